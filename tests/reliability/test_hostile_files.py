"""Small hostile files end in a clear refusal (exit 1, a message, no traceback) within bounded memory
and time: each runs in a child process limited to 1.5 GB of address space and 60 s, where each
used to take gigabytes (MemoryError) or minutes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.reliability import hostile as H

GOOD_MODULE = (H.REPO / "curricula" / "m01-migration-terms" / "fr.md").read_bytes()


def _refused(run: H.Run, message: str) -> None:
    assert run.code is not None, "still running after the timeout"
    assert not run.traceback and "Exception ignored" not in run.err, run.err[-3000:]
    assert run.code == 1, (run.code, run.err[-2000:])
    assert message in run.err, run.err[-2000:]
    assert run.seconds < 30


@pytest.fixture
def workshop(demo, db) -> str:
    return demo.id


@pytest.mark.parametrize(("name", "make", "message"), [
    ("far-cell.xlsx", H.xlsx_far_cell, "Row 1048576 has more than 1000 columns"),
    ("merges.xlsx", H.xlsx_many_merges, "60000 merged ranges; at most 10000"),
    ("wide-row.xlsx", H.xlsx_wide_row, "Row 1 has more than 1000 columns"),
    ("bomb.xlsx", H.xlsx_bomb, "holds 300 MB once unzipped; at most 256 MB"),
    ("columns.csv", H.csv_million_columns, "Row 2 has more than 1000 columns"),
    ("lines.csv", H.csv_million_lines, "more than 250 000 rows"),
])
def test_hostile_spreadsheets_are_refused_before_they_are_read(workshop, db, tmp_path, name, make, message) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    run = H.cli("participants", "import", workshop, str(path))
    _refused(run, message)
    assert db.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 12  # the demo's, nothing more


@pytest.mark.parametrize("make", [H.xlsx_declared_size, H.xlsx_whole_sheet_merge])
def test_a_sheet_that_claims_or_merges_every_cell_is_read_as_it_is(tmp_path, make) -> None:
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(make())
    result = H.call("tests.reliability.hostile.read_table", path)
    assert "value" in result, result
    assert result["seconds"] < 30
    if make is H.xlsx_declared_size:
        assert result["value"] == "(['Nom', 'Prénom', 'Consentement'], [(2, ['Alaoui', 'Sara', 'oui'])])"
    else:  # Excel keeps the top-left value of a merge, in every cell the data has
        assert result["value"].endswith("[(2, ['Nom', 'Nom', 'Nom'])])")


def test_a_yaml_alias_bomb_or_loop_is_a_problem_not_a_crash(tmp_path) -> None:
    for name, text in (("bomb", H.yaml_alias_bomb()), ("loop", H.yaml_alias_loop())):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "fr.md").write_text(text, encoding="utf-8")
        run = H.cli("curricula", "validate", str(folder / "fr.md"))
        assert run.code == 1 and not run.traceback, run.err[-2000:]
        assert "expands to more than 20000 values" in run.out + run.err
        zipped = tmp_path / f"{name}.zip"
        zipped.write_bytes(H.zip_of({f"m99-{name}/fr.md": text.encode()}))
        _refused(H.cli("curricula", "import", str(zipped)), "expands to more than 20000 values")


@pytest.mark.parametrize(("make", "message"), [
    (lambda: H.zip_nested(2000, GOOD_MODULE), "nested too deep"),
    (lambda: H.zip_of({f"m{i}/x.md": b"" for i in range(3000)}), "holds 3000 files; a module zip may hold at most 2000"),
    (lambda: H.zip_bad_checksum("m99-x/fr.md", GOOD_MODULE), "is not a readable zip: Bad CRC-32"),
    (lambda: H.zip_encrypted("m99-x/fr.md", GOOD_MODULE), "is not a readable zip"),
    (lambda: GOOD_MODULE[:100], "is not a readable zip"),
])
def test_damaged_or_deep_module_zips_are_refused(data_dir, tmp_path, make, message) -> None:
    path = tmp_path / "modules.zip"
    path.write_bytes(make())
    _refused(H.cli("curricula", "import", str(path)), message)
    run = H.cli("curricula", "validate", str(path))
    assert run.code == 1 and not run.traceback and message in run.out, run.err[-2000:]
    assert not (data_dir / "curricula").exists() or not any(
        p for p in (data_dir / "curricula").iterdir() if not p.name.startswith("."))


def _template(tmp_path: Path, change) -> Path:
    parts = H.template_parts()
    change(parts)
    path = tmp_path / "mine.docx"
    path.write_bytes(H.docx(parts))
    return path


def _cut_document(parts: dict[str, bytes]) -> None:
    parts["word/document.xml"] = parts["word/document.xml"][:-40]


def _no_body(parts: dict[str, bytes]) -> None:
    parts["word/document.xml"] = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                                  b'wordprocessingml/2006/main"/>')


def _bad_relationships(parts: dict[str, bytes]) -> None:
    parts["word/_rels/document.xml.rels"] = b"\xff\xfe not utf-8"


def _bad_styles(parts: dict[str, bytes]) -> None:
    parts["word/styles.xml"] = b"<not xml"


def _entities(parts: dict[str, bytes]) -> None:  # "billion laughs": entities of ten entities, eight deep
    defs = [b'<!ENTITY e0 "lol">'] + [b'<!ENTITY e%d "%s">' % (i, b"".join([b"&e%d;" % (i - 1)] * 10))
                                      for i in range(1, 9)]
    doc = parts["word/document.xml"].replace(b"?>", b"?><!DOCTYPE w:document [" + b"".join(defs) + b"]>", 1)
    parts["word/document.xml"] = doc.replace(b"<w:body>", b"<w:body><w:p><w:r><w:t>&e8;</w:t></w:r></w:p>", 1)


@pytest.mark.parametrize(("change", "message"), [
    (_cut_document, "damaged"), (_no_body, "damaged Word document"), (_bad_relationships, "damaged Word document"),
    (_bad_styles, "damaged"), (_entities, "entity declarations"),
])
def test_a_damaged_template_is_refused_with_a_message(tmp_path, change, message) -> None:
    path = _template(tmp_path, change)
    _refused(H.cli("certificates", "check-template", str(path)), message)


def test_a_zip_bomb_template_is_refused_before_it_is_read(demo, tmp_path) -> None:
    path = tmp_path / "certificat.docx"
    path.write_bytes(H.template_bomb())
    assert path.stat().st_size < 2 * 1024 * 1024
    message = "holds 1500 MB once unzipped; a template may hold at most 20 MB"
    _refused(H.cli("certificates", "check-template", str(path)), message)
    out = tmp_path / "out"
    _refused(H.cli("certificates", "generate", demo.id, "--template", str(path), "-o", str(out)), message)
    assert not out.exists() or not list(out.iterdir())


def _export_xlsx(workshop: str, target: Path, **limits) -> H.Run:
    return H.cli("attendance", "export", workshop, "--format", "xlsx", "-o", str(target), **limits)


def test_an_xlsx_export_on_a_full_disk_says_so_and_leaves_no_file(workshop, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # RLIMIT_FSIZE: any write past 8 kB fails with EFBIG, as on a full disk; the data file is only read.
    run = _export_xlsx(workshop, out / "presences.xlsx", file_size=8 * 1024)
    _refused(run, "The disk is full")
    assert list(out.iterdir()) == []
    assert _export_xlsx(workshop, out / "presences.xlsx").code == 0  # the same export with room for it
    assert [p.name for p in out.iterdir()] == ["presences.xlsx"]


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 kB tmpfs, nearly full (needs root; skipped elsewhere)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        (mount / "filler").write_bytes(bytes(56 * 1024))
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_an_xlsx_export_on_a_really_full_disk_says_so_and_leaves_no_file(workshop, tiny_disk) -> None:
    run = _export_xlsx(workshop, tiny_disk / "presences.xlsx")
    _refused(run, "The disk is full")
    assert [p.name for p in tiny_disk.iterdir()] == ["filler"]


def test_a_template_with_megabytes_of_text_is_refused_before_every_certificate_repeats_it(demo, tmp_path) -> None:
    def padded(parts: dict[str, bytes]) -> None:
        pad = b"<w:p><w:r><w:t>" + b"x" * (2 * 1024 * 1024) + b"</w:t></w:r></w:p>"
        parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", b"<w:body>" + pad, 1)

    path = _template(tmp_path, padded)
    message = "a certificate template's text may be at most 1 MB"
    _refused(H.cli("certificates", "check-template", str(path)), message)
    _refused(H.cli("certificates", "generate", demo.id, "--template", str(path), "--merged",
                   str(tmp_path / "all.docx")), message)
    assert not (tmp_path / "all.docx").exists()
