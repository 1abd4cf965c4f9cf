"""Hostile strings (the Big List of Naughty Strings and the characters that broke outputs) as names,
titles, venues and searches: every writer produces a file that reopens and shows the stored text.

The corpus is the public list's JSON, vendored with its MIT licence in ``tests/fixtures/blns/`` (458
distinct strings), completed with the kinds of characters that stopped whole workshops: C0/C1 controls,
U+FFFE, bidi overrides, terminal escapes, letters outside the Basic Multilingual Plane, Arabic-Indic digits.
"""

from __future__ import annotations

import csv
import json
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_kit.cli import main as cli
from workshop_kit.textclean import clean_line, clean_multiline, terminal_safe, xml_safe

BLNS = json.loads((Path(__file__).resolve().parent.parent / "fixtures" / "blns" / "blns.json").read_text(encoding="utf-8"))

EXTRA = [
    "But now...\x1b[20Cfor my greatest trick...\x1b[8m",
    "Ali\x00ce", "tab\there", "bell\x07", "del\x7f", "c1\x85\x9b", "non\ufffechar", "\ufdd0x",
    "\u202eEREH TRESNI\u202c", "\u2066isolate\u2069", "zero\u200bwidth", "nbsp\u00a0name", "ideo\u3000space",
    "𝐌𝐚𝐭𝐡𝐞𝐦𝐚𝐭𝐢𝐜𝐚𝐥 𝐁𝐨𝐥𝐝 𝐋𝐞𝐭𝐭𝐞𝐫𝐬 𝐌𝐚𝐭𝐡𝐞𝐦𝐚𝐭𝐢𝐜𝐚𝐥 𝐁𝐨𝐥𝐝", "١٢٣", "فاطمة\u0651 الزهراء",
    "=HYPERLINK(\"http://x/?leak=\"&C2,\"Open\")", "-1/2", "+++ATH0", "@{[system \"ls\"]}", "%*.*s", "`ls -al /`",
    "**bold** _it_ [link](http://x)", "e\u0301cole",  # decomposed é: stored as NFC
]
CORPUS = list(dict.fromkeys([*BLNS, *EXTRA]))
FORBIDDEN = [chr(c) for c in [*range(0x20), *range(0x7F, 0xA0), 0xFFFE, 0xFFFF, 0xFDD0, 0x202A, 0x202B, 0x202C,
                              0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF]]


# ---------------------------------------------------------------- the entry rule
@given(st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_clean_line_leaves_no_forbidden_character_and_is_stable(text: str) -> None:
    out = clean_line(text)
    assert not any(ch in out for ch in FORBIDDEN)
    assert out == out.strip() and "  " not in out
    assert unicodedata.is_normalized("NFC", out)
    assert clean_line(out) == out  # cleaning twice changes nothing: a stored value is shown as stored
    assert xml_safe(out) == out  # what enters can be written to Word and Excel unchanged


def test_clean_keeps_what_people_need() -> None:
    assert clean_line("  Fatima\u00a0  Zahra ") == "Fatima Zahra"
    assert clean_line("فاطمة\u200c") == "فاطمة\u200c"  # joiners stay (Persian, emoji)
    assert clean_line("e\u0301cole") == "école"
    assert clean_line("But now\x1b[8m") == "But now[8m"
    assert clean_multiline("line one\r\nline\x00 two\u202e") == "line one\nline two"


def test_terminal_output_shows_escapes_instead_of_obeying_them() -> None:
    assert terminal_safe("a\x1b[8mb") == "a\\x1b[8mb"
    assert terminal_safe("x\u202ey") == "x\\u202ey"
    assert terminal_safe("ligne\nsuivante") == "ligne\nsuivante"


# ---------------------------------------------------------------- the whole corpus through every writer
def _run(*args: str, refusal_ok: bool = False) -> dict:
    """A CLI command in this process; a refusal (exit 1) is allowed only where a rule may refuse."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli([*args, "--json"])
    text = out.getvalue()
    if refusal_ok and code == 1:
        return {"error": json.loads(text)["error"]}
    assert code == 0, (args, text)
    return json.loads(text) if text.strip() else {}


def _docx_text(path: Path) -> str:
    """Every paragraph's text, nested tables included (badge cards are tables in a table)."""
    import docx
    from docx.oxml.ns import qn

    body = docx.Document(str(path)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))


def _xlsx_values(path: Path) -> set[str]:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    values = {str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None}
    with zipfile.ZipFile(path) as z:  # no cell became a formula
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
    return values


@pytest.fixture
def hostile_workshop(data_dir: Path) -> tuple[str, dict[str, str]]:
    """A workshop with one participant per corpus string that leaves a name after the entry rule."""
    w = _run("workshop", "create", "--title", "Corpus", "--start", "2026-03-10", "--days", "1")
    stored: dict[str, str] = {}
    for n, text in enumerate(CORPUS):
        if not clean_line(text):
            continue
        p = _run("participants", "add", "--workshop", w["id"], f"--first-name={text}", f"--last-name=N{n:03d}",
                 f"--organisation={text}", f"--city={text}", "--consent", refusal_ok=True)
        if "error" in p:  # Latin and Arabic letters in one name field, or a name too long for a badge:
            assert "Arabic letters" in p["error"] or "at most 100 fit" in p["error"]  # refused, and why
            continue
        assert (p["first_name"] or p["first_name_ar"]) == clean_line(text)
        stored[p["id"]] = clean_line(text)
    return w["id"], stored


def test_corpus_as_names_survives_every_writer(hostile_workshop, tmp_path: Path) -> None:
    wid, stored = hostile_workshop
    names = set(stored.values())
    for pid in stored:  # everyone attends both sessions: in the report's names, and a certificate each
        for session in ("1", "2"):
            _run("attendance", "set", wid, "--session", session, "--participant", pid, "--status", "present")

    _run("badges", wid, "-o", str(tmp_path / "badges.docx"))
    badge_text = _docx_text(tmp_path / "badges.docx")
    _run("attendance", "export", wid, "--format", "sheet", "-o", str(tmp_path / "sheet.docx"))
    sheet_text = _docx_text(tmp_path / "sheet.docx")
    for name in names:
        assert name in badge_text and name in sheet_text, name

    from workshop_kit import pdf

    if pdf.available():  # LibreOffice opens what Word would: one conversion of each document
        converted = pdf.convert([tmp_path / "badges.docx", tmp_path / "sheet.docx"])
        assert all(out is not None and out.stat().st_size > 1000 for out in converted.values()), converted

    _run("attendance", "export", wid, "--format", "xlsx", "-o", str(tmp_path / "att.xlsx"))
    xlsx = _xlsx_values(tmp_path / "att.xlsx")
    _run("report", wid, "--with-names", "-o", str(tmp_path / "report.xlsx"))
    report = _xlsx_values(tmp_path / "report.xlsx")
    for name in names:
        assert any(name in v for v in xlsx), name
        assert any(name in v for v in report), name

    _run("attendance", "export", wid, "--format", "csv", "-o", str(tmp_path / "att.csv"))
    with open(tmp_path / "att.csv", encoding="utf-8-sig", newline="") as f:
        cells = {c for row in csv.reader(f) for c in row}
    for name in names:
        # A value that a spreadsheet would run as a formula is written with a leading quote.
        assert any(c == name or c.lstrip("'") == name or name in c for c in cells), name

    _run("report", "--all", "-o", str(tmp_path / "all.xlsx"))
    for pid, name in list(stored.items())[:40]:
        out = tmp_path / f"access-{pid[:8]}.docx"
        _run("participants", "export", pid, "-o", str(out))
        assert name in _docx_text(out)

    result = _run("certificates", wid, "-o", str(tmp_path / "certs"))
    certs = sorted((tmp_path / "certs").glob("*.docx"))
    assert len(certs) == len(stored), result  # nobody's name stops the batch
    printed = "\n".join(_docx_text(c) for c in certs)
    latin = {r["id"]: r["first_name"] for r in _run("participants", "list", wid)}
    for pid, name in stored.items():
        if latin.get(pid) == name:  # the French certificate prints the Latin-script name
            assert name in printed, name

    # A bundle carries every name to another laptop unchanged.
    _run("bundle", "export", wid, "-o", str(tmp_path / "w.zip"))
    from workshop_kit import bundles
    from workshop_kit.db import open_database

    other_dir = tmp_path / "laptop-b"
    other = open_database(other_dir, auto_backup=False).db
    bundles.import_bundle(other, other_dir, tmp_path / "w.zip", trust=True)
    arrived = {r[0]: r[1] or r[2] for r in other.execute(
        "SELECT id, first_name, first_name_ar FROM participants").fetchall()}
    other.conn.close()
    assert {pid: arrived.get(pid) for pid in stored} == stored


def test_corpus_through_a_csv_import(data_dir: Path, tmp_path: Path) -> None:
    """The same strings arriving in a spreadsheet: each is imported as the rule stores it, or refused
    with a row number and a reason — never a traceback, never a silent change of someone else."""
    w = _run("workshop", "create", "--title", "Import", "--start", "2026-03-10")
    path = tmp_path / "corpus.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Prénom", "Nom", "Organisation", "Consentement"])
        for n, text in enumerate(CORPUS):
            if "\x00" not in text:  # a NUL makes the whole file binary: refused as such (test_importing)
                writer.writerow([text, f"N{n:03d}", text, "oui"])
    report = _run("participants", "import", w["id"], str(path), "--skip-invalid", refusal_ok=True)
    assert "error" not in report, report
    people = _run("participants", "list", w["id"])
    assert people, report
    stored = {p["last_name"]: (p["first_name"] or p["first_name_ar"]) for p in people}
    for n, text in enumerate(CORPUS):
        got = stored.get(f"N{n:03d}")
        if got is not None:
            assert got == clean_line(text), (n, text)


def test_corpus_as_search_finds_each_stored_name(hostile_workshop) -> None:
    wid, stored = hostile_workshop
    for pid, name in stored.items():
        found = _run("participants", "list", wid, f"--search={name}")
        assert pid in {p["id"] for p in found}, name


@pytest.mark.parametrize("title", [t for t in EXTRA if clean_line(t)] + ["田中さんにあげて下さい", "<script>alert(1)</script>"])
def test_hostile_titles_and_venues_survive_agenda_sheet_badges_report_and_certificates(title: str, tmp_path: Path,
                                                                                        data_dir: Path) -> None:
    w = _run("workshop", "create", f"--title={title}", "--start", "2026-03-10", f"--venue={title}",
             f"--city={title}", "--module", "m01-migration-terms")
    stored = w["title"]
    assert stored == clean_line(title) and w["venue"] == stored
    p = _run("participants", "add", "--workshop", w["id"], "--first-name=Amina", "--last-name=Test", "--consent")
    for s in (1, 2):
        _run("attendance", "set", w["id"], "--session", str(s), "--participant", p["id"], "--status", "present")
    _run("curricula", "agenda", w["id"], "--out", str(tmp_path / "agenda.docx"))
    assert stored in _docx_text(tmp_path / "agenda.docx")  # as typed: no Markdown applied to a title
    _run("attendance", "export", w["id"], "--format", "sheet", "-o", str(tmp_path / "sheet.docx"))
    assert stored in _docx_text(tmp_path / "sheet.docx")
    _run("badges", w["id"], "-o", str(tmp_path / "badges.docx"))
    _run("report", w["id"], "-o", str(tmp_path / "report.xlsx"))
    assert any(stored in v for v in _xlsx_values(tmp_path / "report.xlsx"))
    result = _run("certificates", w["id"], "-o", str(tmp_path / "certs"))
    files = list((tmp_path / "certs").glob("*.docx"))
    assert len(files) == 1, result
    assert stored in _docx_text(files[0])


def test_a_name_stored_before_the_rule_does_not_stop_the_workshop(db, tmp_path: Path) -> None:
    """Rows written by an older version keep their control characters: every writer still works."""
    from workshop_kit import badge_cards, exports, report
    from workshop_kit.participants import add_participant, enrol
    from workshop_kit.workshops import create_workshop

    w, _ = create_workshop(db, title="Ancien", start="2026-03-10")
    p = add_participant(db, first_name="Old", last_name="Row", consent_data=True)
    enrol(db, w.id, p.id)
    db.execute("UPDATE participants SET first_name = ? WHERE id = ?", ["Old\x1b[8m\ufffe\x00", p.id])
    db.execute("UPDATE workshops SET title = ? WHERE id = ?", ["Ancien\x07", w.id])
    db.conn.commit()
    badge_cards.write_badges_docx(db, w.id, tmp_path / "b.docx")
    exports.export(db, w.id, "sheet", tmp_path / "s.docx")
    exports.export(db, w.id, "xlsx", tmp_path / "a.xlsx")
    report.write_xlsx(report.build_report(db, w.id, with_names=True), tmp_path / "r.xlsx")
    assert "Old[8m" in _docx_text(tmp_path / "b.docx")
    assert any("Old[8m" in v for v in _xlsx_values(tmp_path / "a.xlsx"))


# ---------------------------------------------------------------- values that look like options or wildcards
def test_a_value_of_two_dashes_is_a_value(data_dir: Path) -> None:
    w = _run("workshop", "create", "--title=--", "--start", "2026-03-10", "--venue=--", "--city=--")
    assert (w["title"], w["venue"], w["city"]) == ("--", "--", "--")
    p = _run("participants", "add", "--workshop", w["id"], "--first-name=--", "--organisation=--", "--notes=--",
             "--consent")
    assert (p["first_name"], p["organisation_name"], p["notes"]) == ("--", "--", "--")


def test_email_of_two_dashes_is_refused_as_itself(data_dir: Path, capsys) -> None:
    assert cli(["participants", "add", "--first-name=A", "--email=--", "--consent"]) == 1
    assert "'--' is not an e-mail address" in capsys.readouterr().err


def test_ids_are_matched_literally_not_as_like_patterns(data_dir: Path, capsys) -> None:
    w = _run("workshop", "create", "--title=____", "--start", "2026-03-10")
    shown = _run("workshop", "show", "____")
    assert shown["id"] == w["id"]
    p = _run("participants", "add", "--first-name=Keep", "--consent")
    assert cli(["participants", "erase", "%%%%"]) == 1
    assert "No participant" in capsys.readouterr().err
    assert _run("participants", "show", p["id"])["first_name"] == "Keep"  # not erased
    assert cli(["participants", "erase", p["id"][:6].replace(p["id"][5], "_")]) == 1 or p["id"][5] == "_"


def test_erase_says_whom_it_erased(data_dir: Path, capsys) -> None:
    p = _run("participants", "add", "--first-name=Samira", "--last-name=Bennani", "--consent")
    assert cli(["participants", "erase", p["id"][:8]]) == 0
    assert "Samira Bennani" in capsys.readouterr().out


def test_human_output_does_not_obey_terminal_escapes(data_dir: Path, capsys) -> None:
    from workshop_kit.db import open_database

    opened = open_database(data_dir, auto_backup=False)
    w = opened.db
    w.execute("INSERT INTO workshops (id, title, start_date, end_date, modules, created_at, updated_at)"
              " VALUES ('w-old-0001', 'Old\x1b[8mhidden', '2026-01-01', '2026-01-01', '[]', '', '')")
    w.conn.commit()
    w.conn.close()
    assert cli(["workshop", "list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "Old\\x1b[8mhidden" in out


def test_long_names_outside_the_bmp_do_not_stop_the_certificate_batch(data_dir: Path, tmp_path: Path) -> None:
    w = _run("workshop", "create", "--title=Long", "--start", "2026-03-10", "--days", "1")
    long_name = "𝐀" * 40
    for first in (long_name, "Nadia"):
        p = _run("participants", "add", "--workshop", w["id"], f"--first-name={first}", "--last-name=X", "--consent")
        for s in (1, 2):
            _run("attendance", "set", w["id"], "--session", str(s), "--participant", p["id"], "--status", "present")
    _run("certificates", w["id"], "-o", str(tmp_path / "c"))
    files = sorted((tmp_path / "c").glob("*.docx"))
    assert len(files) == 2
    assert all(len(f.name.encode()) < 200 for f in files)


def test_a_bundle_is_a_door_too(db, data_dir, tmp_path: Path) -> None:
    """Names and titles arriving in a bundle from an older laptop follow the same rule as the form."""
    from workshop_kit import bundles
    from workshop_kit.db import open_database
    from workshop_kit.demo import create_demo

    workshop, _ = create_demo(db)
    pid = db.execute("SELECT participant_id FROM enrolments WHERE workshop_id = ? LIMIT 1", [workshop.id]).fetchone()[0]
    db.execute("UPDATE participants SET first_name = ? WHERE id = ?", ["Ru\x1b[8mth\u202e", pid])
    db.execute("UPDATE workshops SET title = ? WHERE id = ?", ["Atelier\x00 B7al\u00a0b7al", workshop.id])
    db.conn.commit()
    bundles.export_bundle(db, data_dir, workshop.id, tmp_path / "w.zip")
    other = open_database(tmp_path / "laptop-b", auto_backup=False).db
    bundles.import_bundle(other, tmp_path / "laptop-b", tmp_path / "w.zip", trust=True)
    assert other.execute("SELECT first_name FROM participants WHERE id = ?", [pid]).fetchone()[0] == "Ru[8mth"
    assert other.execute("SELECT title FROM workshops WHERE id = ?", [workshop.id]).fetchone()[0] == "Atelier B7al b7al"
    other.conn.close()
