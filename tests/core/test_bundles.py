"""Bundles between two real data folders: two laptops at two doors, and a coordinator merging them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from workshop_kit import bundles, signing
from workshop_kit.attendance import grid
from workshop_kit.db import device_id, new_id, open_database
from workshop_kit.demo import create_demo


def _scan(db, session_id: str, participant_id: str, at: str, status: str = "present") -> None:
    """What the check-in screen records for one accepted scan: an event and an attendance row."""
    dev = device_id(db)
    db.execute(
        "INSERT INTO checkin_events (id, session_id, participant_id, scanned, result, method, device_id, at)"
        " VALUES (?, ?, ?, 'tok', 'ok', 'scanner', ?, ?)",
        [new_id(), session_id, participant_id, dev, at],
    )
    db.execute(
        "INSERT INTO attendance (id, session_id, participant_id, status, checked_in_at, device_id, method,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'scanner', ?, ?)",
        [new_id(), session_id, participant_id, status, at, dev, at, at],
    )


def _count(db, table: str) -> int:
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def _snapshot(db) -> dict[str, list]:
    return {t: sorted(map(tuple, db.execute(f"SELECT * FROM {t}").fetchall())) for t in bundles.TABLES}


@pytest.fixture
def laptops(db, data_dir, tmp_path):
    """Laptop A (the test's data folder) prepared the workshop; laptop B got it through a bundle."""
    workshop, _ = create_demo(db)
    dir_b = tmp_path / "laptop-b"
    db_b = open_database(dir_b, auto_backup=False).db
    bundles.export_bundle(db, data_dir, workshop.id, tmp_path / "setup.zip")
    bundles.import_bundle(db_b, dir_b, tmp_path / "setup.zip", trust=True)
    signing.load_or_create(dir_b)
    signing.trust_public_key(data_dir, (dir_b / "keys" / "organisation.pub").read_text(encoding="utf-8"))
    yield workshop, db, data_dir, db_b, dir_b
    db_b.conn.close()


def test_a_second_laptop_gets_the_whole_workshop(laptops):
    workshop, db_a, _dir_a, db_b, _dir_b = laptops
    g = grid(db_b, workshop.id)
    assert len(g.sessions) == 6 and len(g.rows) == 12
    assert "خديجة العلوي" in {r.participant.arabic_name for r in g.rows}


def test_two_doors_merge_keeping_the_earliest_check_in_and_reporting_double_scans(laptops, tmp_path):
    workshop, db_a, dir_a, db_b, dir_b = laptops
    g = grid(db_a, workshop.id)
    s1 = g.sessions[0].id
    people = [r.participant.id for r in g.rows]
    _scan(db_a, s1, people[0], "2026-03-10T08:55:00.000000Z")
    _scan(db_a, s1, people[1], "2026-03-10T09:05:00.000000Z")
    _scan(db_b, s1, people[2], "2026-03-10T08:58:00.000000Z")
    # people[1] went through both doors: B scanned them earlier, and late
    _scan(db_b, s1, people[1], "2026-03-10T09:01:00.000000Z", status="late")
    bundles.export_bundle(db_b, dir_b, workshop.id, tmp_path / "door-b.zip")

    result = bundles.import_bundle(db_a, dir_a, tmp_path / "door-b.zip")
    assert result.signer_trusted
    assert result.added["attendance"] == 1 and result.updated["attendance"] == 1
    assert result.added["checkin_events"] == 2
    [double] = result.double_scans
    assert double.participant_id == people[1] and double.session_number == 1
    assert double.kept_at == "2026-03-10T09:01:00.000000Z" and double.kept_device == device_id(db_b)
    assert double.other_at == "2026-03-10T09:05:00.000000Z"
    assert "Double scans" in result.summary()
    rows = dict(db_a.execute(
        "SELECT participant_id, checked_in_at FROM attendance WHERE session_id = ?", [s1]).fetchall())
    assert rows == {people[0]: "2026-03-10T08:55:00.000000Z", people[1]: "2026-03-10T09:01:00.000000Z",
                    people[2]: "2026-03-10T08:58:00.000000Z"}
    # every scan stays in the event log, from both laptops
    assert _count(db_a, "checkin_events") == 4


def test_importing_twice_changes_nothing(laptops, tmp_path):
    workshop, db_a, dir_a, db_b, dir_b = laptops
    g = grid(db_b, workshop.id)
    _scan(db_b, g.sessions[0].id, g.rows[0].participant.id, "2026-03-10T09:00:00.000000Z")
    _scan(db_a, g.sessions[0].id, g.rows[0].participant.id, "2026-03-10T09:03:00.000000Z")
    bundles.export_bundle(db_b, dir_b, workshop.id, tmp_path / "b.zip")
    first = bundles.import_bundle(db_a, dir_a, tmp_path / "b.zip")
    assert first.changed and len(first.double_scans) == 1
    before = _snapshot(db_a)
    audit_rows = _count(db_a, "audit_log")
    second = bundles.import_bundle(db_a, dir_a, tmp_path / "b.zip")
    assert second.changed == 0 and second.double_scans == []
    assert "already merged" in second.summary()
    assert _snapshot(db_a) == before and _count(db_a, "audit_log") == audit_rows


def test_the_later_scan_does_not_replace_the_earlier_one(laptops, tmp_path):
    workshop, db_a, dir_a, db_b, dir_b = laptops
    g = grid(db_a, workshop.id)
    sid, pid = g.sessions[0].id, g.rows[0].participant.id
    _scan(db_a, sid, pid, "2026-03-10T08:50:00.000000Z")
    _scan(db_b, sid, pid, "2026-03-10T09:30:00.000000Z", status="late")
    bundles.export_bundle(db_b, dir_b, workshop.id, tmp_path / "b.zip")
    result = bundles.import_bundle(db_a, dir_a, tmp_path / "b.zip")
    assert result.updated.get("attendance", 0) == 0
    assert len(result.double_scans) == 1 and result.double_scans[0].kept_at.startswith("2026-03-10T08:50")
    assert db_a.execute("SELECT status FROM attendance WHERE session_id = ? AND participant_id = ?",
                        [sid, pid]).fetchone()[0] == "present"


def test_a_coordinator_merges_both_laptops_into_a_third_database(laptops, tmp_path):
    workshop, db_a, dir_a, db_b, dir_b = laptops
    g = grid(db_a, workshop.id)
    for i, row in enumerate(g.rows):
        _scan(db_a if i % 2 else db_b, g.sessions[0].id, row.participant.id, f"2026-03-10T09:{i:02d}:00.000000Z")
    bundles.export_bundle(db_a, dir_a, workshop.id, tmp_path / "a.zip")
    bundles.export_bundle(db_b, dir_b, workshop.id, tmp_path / "b.zip")
    dir_c = tmp_path / "coordinator"
    db_c = open_database(dir_c, auto_backup=False).db
    try:
        for name in ("a.zip", "b.zip", "a.zip"):
            bundles.import_bundle(db_c, dir_c, tmp_path / name, accept_unknown=True)
        merged = grid(db_c, workshop.id)
        assert merged.session_totals()[g.sessions[0].id]["attended"] == 12
        assert _count(db_c, "checkin_events") == 12
    finally:
        db_c.conn.close()


def test_unknown_signer_is_refused_until_accepted_or_trusted(db, data_dir, tmp_path):
    workshop, _ = create_demo(db)
    bundles.export_bundle(db, data_dir, workshop.id, tmp_path / "w.zip")
    dir_x = tmp_path / "stranger"
    db_x = open_database(dir_x, auto_backup=False).db
    try:
        with pytest.raises(bundles.UnknownSigner, match="signing.trust_public_key|bundle trust") as info:
            bundles.import_bundle(db_x, dir_x, tmp_path / "w.zip")
        assert info.value.key_id == signing.load_or_create(data_dir).key_id
        assert _count(db_x, "workshops") == 0
        signing.trust_public_key(dir_x, (data_dir / "keys" / "organisation.pub").read_text(encoding="utf-8"))
        result = bundles.import_bundle(db_x, dir_x, tmp_path / "w.zip")
        assert result.signer_trusted and result.added["participants"] == 12
    finally:
        db_x.conn.close()


def _rewrite(src: Path, dst: Path, change) -> None:
    with zipfile.ZipFile(src) as zin:
        files = {n: zin.read(n) for n in zin.namelist()}
    change(files)
    with zipfile.ZipFile(dst, "w") as zout:
        for name, blob in files.items():
            zout.writestr(name, blob)


def _edit_rows(files: dict[str, bytes]) -> None:
    rows = json.loads(files["participants.json"])
    rows[0]["first_name"] = "Intrus"
    files["participants.json"] = json.dumps(rows).encode()


def _edit_rows_and_checksum(files: dict[str, bytes]) -> None:
    import hashlib

    _edit_rows(files)
    manifest = json.loads(files["manifest.json"])
    manifest["files"]["participants.json"]["sha256"] = hashlib.sha256(files["participants.json"]).hexdigest()
    files["manifest.json"] = json.dumps(manifest).encode()


def _newer_version(files: dict[str, bytes]) -> None:
    manifest = json.loads(files["manifest.json"])
    manifest["format_version"] = 99
    files["manifest.json"] = json.dumps(manifest).encode()


def _zip_slip(files: dict[str, bytes]) -> None:
    files["../../evil.json"] = b"[]"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_edit_rows, "checksum of participants.json does not match"),
        (_edit_rows_and_checksum, "signature does not match"),
        (_newer_version, "newer Workshop Kit"),
        (_zip_slip, "path outside the bundle"),
    ],
)
def test_tampered_or_foreign_bundles_are_refused_and_record_nothing(laptops, tmp_path, change, message):
    workshop, db_a, dir_a, db_b, dir_b = laptops
    g = grid(db_b, workshop.id)
    _scan(db_b, g.sessions[0].id, g.rows[0].participant.id, "2026-03-10T09:00:00.000000Z")
    bundles.export_bundle(db_b, dir_b, workshop.id, tmp_path / "good.zip")
    _rewrite(tmp_path / "good.zip", tmp_path / "bad.zip", change)
    before = _snapshot(db_a)
    with pytest.raises(bundles.BundleRefused, match=message):
        bundles.import_bundle(db_a, dir_a, tmp_path / "bad.zip", accept_unknown=True)
    assert _snapshot(db_a) == before
    assert not (tmp_path.parent / "evil.json").exists()


def test_not_a_zip_is_refused(db, data_dir, tmp_path):
    bad = tmp_path / "notes.zip"
    bad.write_text("hello", encoding="utf-8")
    with pytest.raises(bundles.BundleRefused, match="not a zip file"):
        bundles.import_bundle(db, data_dir, bad)


def test_a_bundle_that_breaks_the_database_rules_rolls_back_entirely(laptops, tmp_path):
    workshop, db_a, dir_a, db_b, dir_b = laptops
    g = grid(db_b, workshop.id)
    _scan(db_b, g.sessions[0].id, g.rows[0].participant.id, "2026-03-10T09:00:00.000000Z")
    # a new participant on B whose row we then drop from the bundle (their attendance dangles)
    from workshop_kit.participants import add_participant, enrol

    p = add_participant(db_b, first_name="Sara", consent_data=True)
    enrol(db_b, workshop.id, p.id)
    _scan(db_b, g.sessions[0].id, p.id, "2026-03-10T09:02:00.000000Z")
    data = bundles.collect(db_b, workshop.id)
    data["participants"] = [r for r in data["participants"] if r["id"] != p.id]
    keys = signing.load_or_create(dir_b)
    bundle = bundles.Bundle({"device_id": "x"}, data, keys.key_id, keys.public_raw, True)
    before = _snapshot(db_a)
    with pytest.raises(bundles.BundleRefused, match="does not fit together"):
        bundles.merge(db_a, bundle)
    assert _snapshot(db_a) == before


def test_erased_participants_stay_erased(laptops, tmp_path):
    workshop, db_a, dir_a, db_b, dir_b = laptops
    g = grid(db_a, workshop.id)
    erased_here, erased_there = g.rows[0].participant.id, g.rows[1].participant.id
    _scan(db_b, g.sessions[0].id, erased_here, "2026-03-10T09:00:00.000000Z")
    wipe = ("UPDATE participants SET first_name = NULL, last_name = NULL, first_name_ar = NULL, last_name_ar = NULL,"
            " email = NULL, phone = NULL, search_text = '', erased_at = '2026-03-11T00:00:00Z',"
            " updated_at = '2026-03-11T00:00:00Z' WHERE id = ?")
    db_a.execute(wipe, [erased_here])
    db_b.execute(wipe, [erased_there])
    # B edits the person A erased: the edit must not bring the name back
    db_b.execute("UPDATE participants SET phone = '+212600000000', updated_at = '2026-03-12T00:00:00Z' WHERE id = ?",
                 [erased_here])
    bundles.export_bundle(db_b, dir_b, workshop.id, tmp_path / "b.zip")
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        shipped = {p["id"]: p for p in json.loads(zf.read("participants.json"))}
    assert shipped[erased_there]["first_name"] is None and shipped[erased_there]["email"] is None
    result = bundles.import_bundle(db_a, dir_a, tmp_path / "b.zip")
    rows = {r[0]: r[1:] for r in db_a.execute(
        "SELECT id, first_name, phone, erased_at FROM participants WHERE id IN (?, ?)", [erased_here, erased_there])}
    assert rows[erased_here] == (None, None, "2026-03-11T00:00:00Z")
    assert rows[erased_there][0] is None and rows[erased_there][2]
    # their attendance still counts
    assert db_a.execute("SELECT COUNT(*) FROM attendance WHERE participant_id = ?", [erased_here]).fetchone()[0] == 1
    assert any("erased" in n for n in result.notes)


def test_a_later_correction_on_the_other_laptop_wins_and_keeps_the_scan_time(laptops, tmp_path):
    from workshop_kit.attendance import set_status

    workshop, db_a, dir_a, db_b, dir_b = laptops
    g = grid(db_a, workshop.id)
    sid, pid = g.sessions[0].id, g.rows[0].participant.id
    _scan(db_a, sid, pid, "2026-03-10T09:00:00.000000Z")
    set_status(db_b, sid, pid, "excused", actor="coordinator")  # now: later than the scan
    bundles.export_bundle(db_b, dir_b, workshop.id, tmp_path / "b.zip")
    result = bundles.import_bundle(db_a, dir_a, tmp_path / "b.zip")
    assert result.updated["attendance"] == 1 and not result.double_scans
    row = db_a.execute("SELECT status, checked_in_at FROM attendance WHERE session_id = ? AND participant_id = ?",
                       [sid, pid]).fetchone()
    assert row == ("excused", "2026-03-10T09:00:00.000000Z")
    assert bundles.import_bundle(db_a, dir_a, tmp_path / "b.zip").changed == 0


def test_sessions_added_on_both_laptops_are_both_kept_and_reported(laptops, tmp_path):
    from workshop_kit.quizscores import record_score
    from workshop_kit.workshops import add_session, list_sessions

    workshop, db_a, dir_a, db_b, dir_b = laptops
    add_session(db_a, workshop.id, date_="2026-12-01", start="09:00", end="12:00", title="Visite")
    extra = add_session(db_b, workshop.id, date_="2026-12-02", start="14:00", end="17:00", title="Bilan")
    pid = grid(db_b, workshop.id).rows[0].participant.id
    record_score(db_b, workshop.id, pid, "m01", pre=3, post=9, max_score=10)
    bundles.export_bundle(db_b, dir_b, workshop.id, tmp_path / "b.zip")
    result = bundles.import_bundle(db_a, dir_a, tmp_path / "b.zip")
    sessions = list_sessions(db_a, workshop.id)
    assert [s.number for s in sessions] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert {s.title for s in sessions[-2:]} == {"Visite", "Bilan"}
    assert next(s for s in sessions if s.id == extra.id).number == 8
    assert any("session 7" in n and "session 8" in n for n in result.notes)
    assert result.added["quiz_scores"] == 1
    assert bundles.import_bundle(db_a, dir_a, tmp_path / "b.zip").changed == 0


# -- a bundle stays in its workshop; dates from the future; deletions travel --------------------------

def _signed(data: dict, keys_dir: Path, path: Path, device: str = "laptop-b", version: int | None = None) -> Path:
    """A bundle of ``data`` properly signed with the key in ``keys_dir`` (a trusted laptop gone rogue)."""
    bundles.write_bundle(data, signing.load_or_create(keys_dir), device, path, format_version=version)
    return path


@pytest.fixture
def other_workshop(laptops):
    """On laptop A only: another workshop whose two participants are in no other workshop."""
    from workshop_kit.participants import add_participant, enrol
    from workshop_kit.workshops import create_workshop

    _w, db_a = laptops[0], laptops[1]
    other, sessions = create_workshop(db_a, title="Atelier Tanger", start="2026-05-04", days=1)
    people = [add_participant(db_a, first_name=n, last_name="Other", email=f"{n.lower()}@example.org",
                              consent_data=True) for n in ("Nadia", "Karim")]
    for p in people:
        enrol(db_a, other.id, p.id)
    return other, sessions, people


def test_a_bundle_cannot_erase_or_rewrite_people_of_another_workshop(laptops, other_workshop, tmp_path):
    workshop, db_a, dir_a, db_b, dir_b = laptops
    _other, _sessions, (nadia, karim) = other_workshop
    data = bundles.collect(db_b, workshop.id)
    later = "2026-06-01T00:00:00.000000Z"
    base = dict(data["participants"][0])
    erased = base | {k: None for k in ("first_name", "last_name", "first_name_ar", "last_name_ar", "email", "phone")}
    data["participants"] += [
        erased | {"id": nadia.id, "erased_at": later, "updated_at": later, "search_text": ""},
        base | {"id": karim.id, "email": "attacker@example.net", "updated_at": later},
    ]
    data["enrolments"] += [{"id": new_id(), "workshop_id": workshop.id, "participant_id": p.id,
                            "role": "participant", "enrolled_at": later} for p in (nadia, karim)]
    result = bundles.import_bundle(db_a, dir_a, _signed(data, dir_b, tmp_path / "rogue.zip"))
    rows = {r[0]: r[1:] for r in db_a.execute(
        "SELECT id, first_name, email, erased_at FROM participants WHERE id IN (?, ?)", [nadia.id, karim.id])}
    assert rows[nadia.id] == ("Nadia", "nadia@example.org", None)
    assert rows[karim.id] == ("Karim", "karim@example.org", None)
    assert any("another workshop" in n for n in result.notes)


@pytest.mark.parametrize("where", ["session_in_other_workshop", "hijacked_session", "enrolment_in_other_workshop",
                                   "attendance_in_other_session"])
def test_a_bundle_holding_rows_of_another_workshop_is_refused(laptops, other_workshop, tmp_path, where):
    workshop, db_a, dir_a, db_b, dir_b = laptops
    other, other_sessions, (nadia, _karim) = other_workshop
    data = bundles.collect(db_b, workshop.id)
    now = "2026-03-10T09:00:00.000000Z"
    if where == "session_in_other_workshop":
        data["sessions"].append(dict(data["sessions"][0]) | {"id": new_id(), "workshop_id": other.id, "number": 9})
    elif where == "hijacked_session":  # another workshop's session id, claimed for this one
        data["sessions"].append(dict(data["sessions"][0]) | {"id": other_sessions[0].id, "number": 9,
                                                             "updated_at": "2026-06-01T00:00:00.000000Z"})
    elif where == "enrolment_in_other_workshop":
        data["enrolments"].append({"id": new_id(), "workshop_id": other.id, "participant_id": data["participants"][0]["id"],
                                   "role": "participant", "enrolled_at": now})
    else:
        data["attendance"].append({"id": new_id(), "session_id": other_sessions[0].id, "participant_id": nadia.id,
                                   "status": "absent", "checked_in_at": None, "device_id": "x", "method": "manual",
                                   "created_at": now, "updated_at": now})
    before = _snapshot(db_a)
    with pytest.raises(bundles.BundleRefused, match="another workshop"):
        bundles.import_bundle(db_a, dir_a, _signed(data, dir_b, tmp_path / "rogue.zip"))
    assert _snapshot(db_a) == before


def test_dates_from_the_future_are_refused(laptops, tmp_path):
    workshop, db_a, dir_a, db_b, dir_b = laptops
    data = bundles.collect(db_b, workshop.id)
    for p in data["participants"]:
        p["updated_at"] = "9999-12-31T23:59:59.000000Z"
        p["email"] = "frozen@example.net"
    before = _snapshot(db_a)
    with pytest.raises(bundles.BundleRefused, match="in the future.*9999-12-31"):
        bundles.import_bundle(db_a, dir_a, _signed(data, dir_b, tmp_path / "future.zip"))
    assert _snapshot(db_a) == before


def test_deleted_sessions_and_enrolments_travel_and_do_not_come_back(laptops, tmp_path):
    from workshop_kit.participants import unenrol
    from workshop_kit.workshops import delete_session, list_sessions

    workshop, db_a, dir_a, db_b, dir_b = laptops
    g = grid(db_b, workshop.id)
    gone_session, gone_person = g.sessions[-1].id, g.rows[0].participant.id
    bundles.export_bundle(db_a, dir_a, workshop.id, tmp_path / "a-before.zip")  # still holds both
    delete_session(db_b, gone_session)
    unenrol(db_b, workshop.id, gone_person)
    bundles.export_bundle(db_b, dir_b, workshop.id, tmp_path / "b.zip")

    def state(db) -> tuple:
        return (sorted(s.id for s in list_sessions(db, workshop.id)),
                sorted(r[0] for r in db.execute("SELECT participant_id FROM enrolments WHERE workshop_id = ?",
                                                [workshop.id])))

    # B receives A's older bundle: the deleted rows do not come back.
    bundles.import_bundle(db_b, dir_b, tmp_path / "a-before.zip")
    assert gone_session not in state(db_b)[0] and gone_person not in state(db_b)[1]
    # A receives B's bundle: the deletions happen there too, in either order, once.
    result = bundles.import_bundle(db_a, dir_a, tmp_path / "b.zip")
    assert result.added["tombstones"] == 2
    assert state(db_a) == state(db_b) and len(state(db_a)[0]) == 5
    assert bundles.import_bundle(db_a, dir_a, tmp_path / "a-before.zip").changed == 0
    assert bundles.import_bundle(db_a, dir_a, tmp_path / "b.zip").changed == 0
    assert state(db_a) == state(db_b)
    # A coordinator gets them in the other order and ends in the same place.
    dir_c = tmp_path / "coordinator"
    db_c = open_database(dir_c, auto_backup=False).db
    try:
        for name in ("b.zip", "a-before.zip"):
            bundles.import_bundle(db_c, dir_c, tmp_path / name, accept_unknown=True)
        assert state(db_c) == state(db_b)
    finally:
        db_c.conn.close()


def test_bundles_of_the_first_format_still_import(laptops, tmp_path):
    workshop, db_a, dir_a, db_b, dir_b = laptops
    g = grid(db_b, workshop.id)
    _scan(db_b, g.sessions[0].id, g.rows[0].participant.id, "2026-03-10T09:00:00.000000Z")
    data = bundles.collect(db_b, workshop.id)
    del data["tombstones"]
    result = bundles.import_bundle(db_a, dir_a, _signed(data, dir_b, tmp_path / "v1.zip", version=1))
    assert result.added["attendance"] == 1
