"""Fuzzing every file and text the app reads: a clear error (``WorkshopKitError``, which the CLI
turns into a message and exit 1) or a correct result, never another exception, a hang or a partial
write. Bounded so the whole file runs in well under a minute (see ``FAST``).

Readers covered: XLSX and CSV imports, module files and module zips, bundles, certificate
templates, picture files (QR photos), QR payloads and typed codes at the door and for certificates.
(``tests/core/test_import_fuzz.py`` fuzzes CSV bytes and rows under a real header.)
"""

from __future__ import annotations

import io
import json
import os
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reliability import hostile as H
from tests.reliability.test_bad_inputs import resign
from workshop_kit import bundles, certificates, checkin, curricula, qr, spreadsheets, templating
from workshop_kit.attendance import grid
from workshop_kit.db import open_database
from workshop_kit.errors import WorkshopKitError
from workshop_kit.importing import import_file
from workshop_kit.participant_search import list_for_workshop

# WK_FUZZ_EXAMPLES=1000 fuzzes longer on a developer's machine; CI keeps 40 per test.
FAST = settings(max_examples=int(os.environ.get("WK_FUZZ_EXAMPLES", "40")), deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
xml_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)
anything = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(), st.text(max_size=30))


def _mutate(data: bytes, rnd: random.Random) -> bytes:
    """Cut, drop, repeat or change a few bytes at random places."""
    for _ in range(rnd.randint(1, 3)):
        if not data:
            break
        i = rnd.randrange(len(data))
        kind = rnd.randrange(4)
        if kind == 0:
            data = data[:i]
        elif kind == 1:
            data = data[:i] + data[i + rnd.randint(1, 40):]
        elif kind == 2:
            data = data[:i] + data[i:i + 30] * rnd.randint(2, 5) + data[i:]
        else:
            data = data[:i] + bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 8))) + data[i + 1:]
    return data


# -- XLSX and CSV imports -------------------------------------------------------------------------------
column = st.sampled_from(["A", "B", "C", "D", "Z", "AA", "XFD", "XFE", "AAAA", "a", ""])
ref = st.one_of(st.none(), st.builds(lambda c, r: f"{c}{r}", column,
                                     st.sampled_from(["1", "2", "3", "9", "0", "-1", "1048577", "x", ""])))
cell_xml = st.builds(
    lambda r, t, v: (f'<c{f" r={json.dumps(r)}" if r is not None else ""} t="{t}">'
                     + (f"<is><t>{escape(v)}</t></is>" if t == "inlineStr" else f"<v>{escape(v)}</v>") + "</c>"),
    ref, st.sampled_from(["inlineStr", "s", "n", "b", "d", "str", "e", "bogus"]),
    st.one_of(xml_text, st.sampled_from(["0", "1", "5", "-3", "1e308", "nan", "2026-03-14", "45000.5"])))
row_xml = st.builds(lambda n, cells: (f'<row r="{n}">' if n is not None else "<row>") + "".join(cells) + "</row>",
                    st.one_of(st.none(), st.integers(0, 3000)), st.lists(cell_xml, max_size=6))
header_row = '<row r="1">' + "".join(H.cell(r, t) for r, t in H.HEADER) + "</row>"
merge = st.builds(lambda a, b: f'<mergeCell ref="{a}{":" + b if b else ""}"/>', st.sampled_from(
    ["A1", "B2", "A2", "XFD1048576", "ZZZZ1", "A0", "1A"]), st.sampled_from(["", "C3", "A1", "XFD1048576", "B"]))


@FAST
@given(rows=st.lists(row_xml, max_size=8), merges=st.lists(merge, max_size=3),
       strings=st.lists(xml_text, max_size=3), seed=st.integers(0, 2**32), mutate=st.booleans())
def test_any_workbook_is_imported_or_refused_clearly(db, demo, tmp_path, rows, merges, strings, seed, mutate) -> None:
    merged = f"<mergeCells>{''.join(merges)}</mergeCells>" if merges else ""
    sheet = (f'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f"<sheetData>{header_row}{''.join(rows)}</sheetData>{merged}</worksheet>").encode()
    shared = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>").encode()
    if mutate:
        sheet = _mutate(sheet, random.Random(seed))
    data = H.xlsx(sheet, {"xl/sharedStrings.xml": shared})
    _import_or_refuse(db, demo.id, tmp_path / "fuzz.xlsx", data)


@FAST
@given(data=st.binary(max_size=3000), seed=st.integers(0, 2**32))
def test_any_damage_to_a_real_workbook_is_refused_clearly(db, demo, tmp_path, data, seed) -> None:
    real = (Path(__file__).parents[1] / "fixtures" / "participants-merged.xlsx").read_bytes()
    _import_or_refuse(db, demo.id, tmp_path / "fuzz.xlsx", _mutate(real, random.Random(seed)))


@FAST
@given(lines=st.lists(st.text(alphabet=st.sampled_from(list(';,\t|"\r\n xéب\x00')), max_size=60), max_size=10),
       encoding=st.sampled_from(["utf-8", "utf-16", "cp1256"]))
def test_any_delimited_text_is_imported_or_refused_clearly(db, demo, tmp_path, lines, encoding) -> None:
    text = "Nom;Prénom;Consentement\n" + "\n".join(lines)
    _import_or_refuse(db, demo.id, tmp_path / "fuzz.csv", text.encode(encoding, errors="replace"))


def _import_or_refuse(db, workshop_id: str, path: Path, data: bytes) -> None:  # noqa: ANN001
    path.write_bytes(data)
    before = db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
    try:
        report = import_file(db, workshop_id, path, skip_invalid=True)
    except WorkshopKitError as exc:
        assert str(exc)
        report = None
    after = db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
    assert after == before + (report.imported if report and report.written else 0)


def test_the_scan_agrees_with_the_limits_on_real_workbooks() -> None:
    for fixture in ("participants-merged.xlsx", "participants-merged-lo.xlsx"):
        data = (Path(__file__).parents[1] / "fixtures" / fixture).read_bytes()
        assert isinstance(spreadsheets.xlsx_limits(data, fixture), dict)


# -- module files and zips -----------------------------------------------------------------------------
MODULE = (H.REPO / "curricula" / "m01-migration-terms" / "fr.md").read_text(encoding="utf-8")
yaml_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), xml_text,
              st.sampled_from(["*a", "&a x", "!!python/object:os.system", "2026-13-45", "{{", "- -", "'"])),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(xml_text, inner, max_size=4)),
    max_leaves=20)
field_name = st.sampled_from(["id", "lang", "title", "version", "updated", "duration", "objectives", "sessions",
                              "sources", "quiz", "key_messages", "summary", "audience", "x"])


@FAST
@given(front=st.dictionaries(field_name, yaml_value, max_size=10), seed=st.integers(0, 2**32),
       mutate_real=st.booleans())
def test_any_module_file_gives_problems_never_an_exception(tmp_path, front, seed, mutate_real) -> None:
    import yaml

    folder = tmp_path / "m99-fuzz"
    folder.mkdir(exist_ok=True)
    if mutate_real:
        data = _mutate(MODULE.encode(), random.Random(seed))
    else:
        data = ("---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\nBody\n").encode()
    (folder / "fr.md").write_bytes(data)
    text, problems = curricula.parse_text(folder / "fr.md", "m99-fuzz")
    assert text is not None or problems
    assert all(isinstance(p, curricula.Problem) and p.message for p in problems)
    assert isinstance(curricula.validate_path(folder), list)


segment = st.sampled_from(["m99-fuzz", "m98-b", "fr.md", "en.md", "ar.md", "images", "a.png", "..", ".", "",
                           "C:", "\\", "__MACOSX", ".hidden", "x" * 120, "é"])


@FAST
@given(names=st.lists(st.lists(segment, min_size=1, max_size=5).map("/".join), max_size=5),
       contents=st.lists(st.sampled_from([b"", b"---\n", MODULE.encode()[:500], MODULE.encode()]), min_size=5,
                         max_size=5), seed=st.integers(0, 2**32), damage=st.booleans())
def test_any_module_zip_is_imported_or_refused_clearly(data_dir, tmp_path, names, contents, seed, damage) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in zip(dict.fromkeys(names), contents, strict=False):
            try:
                z.writestr(name, content)
            except (ValueError, IndexError, zipfile.BadZipFile):  # names zipfile itself refuses
                pass
    data = _mutate(buf.getvalue(), random.Random(seed)) if damage else buf.getvalue()
    path = tmp_path / "modules.zip"
    path.write_bytes(data)
    problems = curricula.validate_path(path)
    assert isinstance(problems, list)
    user = data_dir / "curricula"
    before = sorted(p.name for p in user.iterdir()) if user.exists() else []
    try:
        curricula.import_modules(path, data_dir, replace=True)
    except WorkshopKitError as exc:
        assert str(exc)
        assert (sorted(p.name for p in user.iterdir()) if user.exists() else []) == before  # nothing copied


# -- bundles -------------------------------------------------------------------------------------------
def test_any_value_in_any_field_of_a_signed_bundle_is_merged_or_refused(db, demo, data_dir, tmp_path) -> None:
    from tests.certhelpers import attend_demo

    attend_demo(db, demo.id)
    good = tmp_path / "good.zip"
    bundles.export_bundle(db, data_dir, demo.id, good)
    other = tmp_path / "laptop-b"
    db_b = open_database(other, auto_backup=False).db

    @FAST
    @given(table=st.sampled_from(bundles.TABLES), index=st.integers(0, 80), key=st.one_of(
        st.sampled_from(["id", "title", "first_name", "status", "checked_in_at", "number", "start_date", "modules",
                         "session_id", "participant_id", "updated_at", "erased_at", "pre_score", "date"]),
        xml_text), value=anything)
    def merge_one(table: str, index: int, key: str, value: object) -> None:
        def change(tables: dict) -> None:
            rows = tables[table]
            if rows:
                rows[index % len(rows)][key] = value
        bad = tmp_path / "bad.zip"
        resign(good, bad, tmp_path / "signer", change)
        before = {t: db_b.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in bundles.TABLES}
        try:
            bundles.import_bundle(db_b, other, bad, accept_unknown=True)
        except WorkshopKitError as exc:
            assert str(exc)
            assert {t: db_b.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in bundles.TABLES} == before
            return
        # merged: what the app shows from it still works
        for w in db_b.execute("SELECT id FROM workshops").fetchall():
            grid(db_b, w[0])
            list_for_workshop(db_b, w[0])
        assert db_b.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    try:
        merge_one()
    finally:
        db_b.conn.close()


@FAST
@given(data=st.binary(max_size=2000), seed=st.integers(0, 2**32), damage_real=st.booleans())
def test_any_bundle_file_is_refused_clearly(db, demo, data_dir, tmp_path, data, seed, damage_real) -> None:
    path = tmp_path / "bundle.zip"
    if damage_real:
        bundles.export_bundle(db, data_dir, demo.id, path)
        path.write_bytes(_mutate(path.read_bytes(), random.Random(seed)))
    else:
        path.write_bytes(data)
    try:
        bundles.read_bundle(path, data_dir, accept_unknown=True)
    except WorkshopKitError as exc:
        assert str(exc)


# -- certificate templates --------------------------------------------------------------------------------
placeholder = st.builds(lambda n, s: "{{" + n + (f":{s}" if s else "") + "}}", st.sampled_from(
    ["participant_name", "qr", "logo", "verify_code", "x", "", " qr ", "dates_ar"]), st.sampled_from(["", "0", "999", "a"]))
insert = st.one_of(placeholder, xml_text, st.sampled_from(["{{", "}}", "{", "<", "&", "]]>", "\u202e"]))


@FAST
@given(inserts=st.lists(insert, min_size=1, max_size=4), seed=st.integers(0, 2**32), damage=st.booleans())
def test_any_template_is_filled_or_refused_clearly(tmp_path, inserts, seed, damage) -> None:
    import docx

    parts = H.template_parts()
    rnd = random.Random(seed)
    document = parts["word/document.xml"]
    texts = [i for i in range(len(document)) if document.startswith(b"<w:t>", i) or document.startswith(b"<w:t ", i)]
    for text in inserts:
        at = document.index(b">", rnd.choice(texts)) + 1
        document = document[:at] + escape(text).encode() + document[at:]
        texts = [i for i in range(len(document)) if document.startswith(b"<w:t>", i)] or texts
    parts["word/document.xml"] = _mutate(document, rnd) if damage else document
    path = tmp_path / "template.docx"
    path.write_bytes(H.docx(parts))
    out = tmp_path / "sample.docx"
    out.unlink(missing_ok=True)
    try:
        templating.check_template(path)
        certificates.template_render_sample(path, out)
    except WorkshopKitError as exc:
        assert str(exc)
        assert not out.exists()
        return
    docx.Document(str(out))  # Word's library opens what was written


# -- pictures, QR payloads, codes ---------------------------------------------------------------------------
@FAST
@given(data=st.binary(max_size=500), seed=st.integers(0, 2**32), damage_real=st.booleans())
def test_any_picture_file_gives_codes_or_a_clear_error(tmp_path, data, seed, damage_real) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(_mutate(qr.qr_picture("WK1-ABC").data, random.Random(seed)) if damage_real else data)
    for read in (qr.decode_file, templating.Picture.from_file):
        try:
            read(path)
        except WorkshopKitError as exc:
            assert str(exc)


def test_a_picture_of_billions_of_pixels_is_refused(tmp_path) -> None:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    path = tmp_path / "bomb.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 1, 0, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(bytes(7501 * 10))) + chunk(b"IEND", b""))
    for read in (qr.decode_file, templating.Picture.from_file):
        with pytest.raises(WorkshopKitError):
            read(path)


b64ish = st.text(alphabet=st.sampled_from(list("ABCabc019-_=.+/ \n\u0628")), max_size=120)
payload_text = st.one_of(
    st.text(max_size=200),
    st.builds(lambda a, b: f"WKC1.{a}.{b}", b64ish, b64ish),
    st.builds(lambda a: f"WK1-{a}", b64ish),
    st.sampled_from(["ABCD-EFGH", "abcd efgh", "2026-ABCD-0001", "WKC1..", "WKC1.", "\x00", "WK1-" + "A" * 32]),
)


@FAST
@given(text=payload_text)
def test_any_scanned_or_typed_text_gets_an_answer(db, demo, data_dir, text) -> None:
    answer = certificates.verify(data_dir, text, db)
    assert answer["reason"] in certificates.REASONS and answer["message"]
    before = db.execute("SELECT COUNT(*) FROM checkin_events").fetchone()[0]
    result = checkin.check_in(db, demo.id, text, session_id=grid(db, demo.id).sessions[0].id)
    assert result.status and result.message
    assert db.execute("SELECT COUNT(*) FROM checkin_events").fetchone()[0] == before + 1  # every scan is logged

