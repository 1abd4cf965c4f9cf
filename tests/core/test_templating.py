"""Word templates: split placeholders, escaping, Arabic runs, merged print files, template checks."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from workshop_kit.docxutil import is_rtl_run
from workshop_kit.errors import ValidationError
from workshop_kit.paths import resource
from workshop_kit.qr import png_from_modules
from workshop_kit.templating import (
    KNOWN_FIELDS,
    check_template,
    compile_template,
    render_bytes,
    render_many_bytes,
)

TEMPLATES = sorted(resource("assets", "templates").glob("*.docx"))


def _split_template(tmp_path: Path) -> Path:
    """A template as Word leaves it after an edit: the placeholder cut over three runs."""
    doc = Document()
    p = doc.add_paragraph()
    p.add_run("Certificat pour ")
    p.add_run("{{partic").bold = True
    p.add_run("ipant_na").italic = True
    p.add_run("me}} — ")
    p.add_run("{{ workshop_title }}")
    doc.add_paragraph("{{mystery_field}} et {{qr:25}}")
    path = tmp_path / "split.docx"
    doc.save(path)
    return path


def _open(data: bytes):  # noqa: ANN202
    return Document(io.BytesIO(data))


def test_split_runs_are_joined_and_filled(tmp_path: Path) -> None:
    template = compile_template(_split_template(tmp_path))
    data = render_bytes(template, {"participant_name": "Fatima El Idrissi", "workshop_title": "Droits"}, {})
    doc = _open(data)
    assert doc.paragraphs[0].text == "Certificat pour Fatima El Idrissi — Droits"
    # the value takes the formatting of the run where the placeholder started (bold)
    filled = [r for r in doc.paragraphs[0].runs if r.text == "Fatima El Idrissi"]
    assert filled and filled[0].bold


def test_values_are_xml_escaped(tmp_path: Path) -> None:
    template = compile_template(_split_template(tmp_path))
    data = render_bytes(template, {"participant_name": "A & B <x> \"q\"", "workshop_title": "x\x0by"}, {})
    doc = _open(data)
    assert "A & B <x> \"q\"" in doc.paragraphs[0].text
    assert "xy" in doc.paragraphs[0].text  # a control character cannot break the XML


def test_arabic_value_gets_rtl_run_and_complex_script_font_in_french_template(tmp_path: Path) -> None:
    template = compile_template(_split_template(tmp_path))
    doc = _open(render_bytes(template, {"participant_name": "Fatima فاطمة الإدريسي", "workshop_title": "T"}, {}))
    runs = doc.paragraphs[0].runs
    arabic = [r for r in runs if "فاطمة" in r.text]
    latin = [r for r in runs if r.text.strip() == "Fatima"]
    assert arabic and is_rtl_run(arabic[0])
    fonts = arabic[0]._r.rPr.find(qn("w:rFonts"))
    assert fonts is not None and fonts.get(qn("w:cs")) == "Noto Naskh Arabic"
    assert latin and not is_rtl_run(latin[0])


def test_check_template_lists_known_unknown_and_pictures(tmp_path: Path) -> None:
    report = check_template(_split_template(tmp_path))
    assert report["known"] == ["participant_name", "workshop_title"]
    assert report["unknown"] == ["mystery_field"]
    assert report["images"] == ["qr"]
    assert not report["ok"]


def test_unclosed_placeholder_is_reported(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Nom : {{participant_name")
    path = tmp_path / "bad.docx"
    doc.save(path)
    report = check_template(path)
    assert any("Unclosed" in p for p in report["problems"])


def test_not_a_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(ValidationError, match="not a Word document"):
        compile_template(path)


@pytest.mark.parametrize("path", TEMPLATES, ids=[p.name for p in TEMPLATES])
def test_bundled_templates_use_only_known_placeholders(path: Path) -> None:
    report = check_template(path)
    assert report["ok"], report
    assert "qr" in report["images"] and "logo" in report["images"]
    assert set(report["known"]) <= set(KNOWN_FIELDS)
    doc = Document(str(path))
    section = doc.sections[0]
    assert section.page_width > section.page_height  # A4 landscape


def test_qr_picture_is_embedded_with_its_own_media_part(tmp_path: Path) -> None:
    template = compile_template(_split_template(tmp_path))
    qr = png_from_modules(bytes([0, 255, 255, 0]), 2)
    data = render_bytes(template, {"participant_name": "X"}, {"qr": qr})
    doc = _open(data)
    assert len(doc.inline_shapes) == 1
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        media = [n for n in zf.namelist() if n.startswith("word/media/wk_qr")]
        assert len(media) == 1 and zf.read(media[0]) == qr.data


def test_merged_document_has_one_section_per_copy(tmp_path: Path) -> None:
    template = compile_template(_split_template(tmp_path))
    items = [({"participant_name": f"Person {i}"}, {"qr": png_from_modules(b"\x00", 1)}) for i in range(5)]
    doc = _open(render_many_bytes(template, items))
    assert len(doc.sections) == 5
    names = [p.text for p in doc.paragraphs if p.text.startswith("Certificat")]
    assert names == [f"Certificat pour Person {i} — " for i in range(5)]
    assert len(doc.inline_shapes) == 5
    ids = [el.get("id") for el in doc.element.body.iter(qn("wp:docPr"))]
    assert len(set(ids)) == 5  # Word refuses duplicate drawing ids


def test_any_text_value_comes_back_unchanged(tmp_path: Path) -> None:
    """Whatever a name holds (markup characters, Arabic, accents, quotes), Word shows exactly it."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    template = compile_template(_split_template(tmp_path))
    alphabet = st.sampled_from(list("abcXYZ &<>\"'éàç-—’()0123456789") + list("فاطمةالإدريسي"))

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text(alphabet=alphabet, min_size=1, max_size=40))
    def check(name: str) -> None:
        doc = _open(render_bytes(template, {"participant_name": name, "workshop_title": "T"}, {}))
        shown = doc.paragraphs[0].text.replace("\u200e", "")
        assert shown == f"Certificat pour {name} — T"

    check()


def test_bookmarks_are_not_repeated_in_a_merged_file(tmp_path: Path) -> None:
    from docx.oxml import OxmlElement

    doc = Document()
    p = doc.add_paragraph("{{participant_name}}")
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), "0")
    start.set(qn("w:name"), "_GoBack")
    end.set(qn("w:id"), "0")
    p._p.append(start)
    p._p.append(end)
    path = tmp_path / "bm.docx"
    doc.save(path)
    merged = _open(render_many_bytes(compile_template(path), [({"participant_name": "A"}, {}), ({"participant_name": "B"}, {})]))
    assert not list(merged.element.body.iter(qn("w:bookmarkStart")))
    assert [p.text for p in merged.paragraphs if p.text] == ["A", "B"]


def _with_document_xml(tmp_path: Path, name: str, edit) -> Path:  # noqa: ANN001
    """A copy of the bundled French certificate with word/document.xml changed by ``edit``."""
    source = resource("assets", "templates", "certificate_fr.docx")
    target = tmp_path / name
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/document.xml":
                data = edit(data)
            zout.writestr(info, data)
    return target


def test_a_hostile_template_reads_no_file_and_is_refused_clearly(tmp_path):
    """A template shared by e-mail is untrusted: an XML entity pointing at a local file (XXE) or a
    damaged document part is refused with a message, never read into a certificate or a traceback."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")

    def xxe(data: bytes) -> bytes:
        head, rest = data.split(b"?>", 1)
        doctype = f'<!DOCTYPE w:document [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>'.encode()
        return head + b"?>" + doctype + rest.replace(b"{{participant_name}}", b"&leak;{{participant_name}}", 1)

    with pytest.raises(ValidationError, match="entity declarations"):
        compile_template(_with_document_xml(tmp_path, "xxe.docx", xxe))
    with pytest.raises(ValidationError, match="damaged"):
        compile_template(_with_document_xml(tmp_path, "broken.docx", lambda d: d[: len(d) // 2]))
