"""Fill ``{{placeholders}}`` in a Word template, fast, safely and right-to-left where needed.

A template is compiled once: Word often splits ``{{participant_name}}`` over several runs (spell
check, an edit in the middle, a change of formatting); compiling joins them, gives each placeholder
a run of its own and turns the document into literal XML strings and slots. Rendering a certificate
is then string joining: each value is XML-escaped, cut into Latin and Arabic stretches (Arabic ones
get ``w:rtl`` and the complex-script font, so an Arabic name reads right even inside a French
template), and the .docx is written as a zip directly, with pictures (``{{logo}}``, ``{{qr:30}}``,
``{{signature}}``, height in mm) as media parts. A merged print file repeats the body, each copy
ending its own section, so every certificate starts a new page.
"""

from __future__ import annotations

import copy
import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

from .docxutil import ARABIC_FONT, RPR_ORDER
from .errors import ValidationError
from .i18n import N_, _

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*(\d+(?:\.\d+)?)\s*)?\}\}")
EMU_PER_MM = 36000


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# name → description shown by check-template (translated where shown).
KNOWN_FIELDS: dict[str, str] = {
    "participant_name": N_("participant's name in the certificate's language (the other script if missing)"),
    "participant_name_latin": N_("participant's name in Latin script"),
    "participant_name_ar": N_("participant's name in Arabic script"),
    "workshop_title": N_("workshop title"),
    "dates": N_("workshop dates, written out"),
    "start_date": N_("first day"),
    "end_date": N_("last day"),
    "place": N_("venue and city"),
    "hours": N_("hours attended"),
    "sessions_attended": N_("sessions attended"),
    "sessions_total": N_("sessions counted"),
    "modules": N_("modules covered"),
    "trainer_name": N_("trainer's name"),
    "organisation_name": N_("organisation's name (Settings)"),
    "programme": N_("programme name (Al Wassit)"),
    "partner": N_("partner organisation"),
    "eu_mention": N_("EU co-funding mention (Settings)"),
    "issue_date": N_("date the certificate was issued"),
    "certificate_number": N_("certificate number"),
    "verify_code": N_("short verification code to type in"),
    "participated": N_("'has participated', agreed with the participant's gender in Arabic"),
    "trainer_label": N_("'Trainer' with the trainer's gender when known, else a neutral line"),
}
# Locale-dependent fields also exist with a language suffix, for bilingual templates.
LOCALISED = ("dates", "start_date", "end_date", "modules", "programme", "eu_mention",
             "issue_date", "workshop_title", "place", "trainer_name", "organisation_name",
             "participated", "trainer_label")
for _name in LOCALISED:
    for _lang in ("fr", "ar"):
        KNOWN_FIELDS[f"{_name}_{_lang}"] = KNOWN_FIELDS[_name]
IMAGE_FIELDS: dict[str, tuple[str, float]] = {
    "logo": (N_("organisation's logo (Settings)"), 20.0),
    "qr": (N_("QR code with the signed verification payload"), 30.0),
    "signature": (N_("trainer's signature image"), 15.0),
}
PER_CERTIFICATE = {"participant_name", "participant_name_latin", "participant_name_ar", "hours",
                   "sessions_attended", "certificate_number", "verify_code", "qr"}

_ARABIC_CHAR = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_HAS_ARABIC = re.compile(f"[{_ARABIC_CHAR}]")
# A Latin stretch inside a value that also has Arabic: from a Latin letter to the last Latin letter.
_LATIN = "A-Za-z\u00c0-\u024f"
_LATIN_STRETCH = re.compile(f"[{_LATIN}](?:[{_LATIN}0-9 .,'\u2019()\\-]*[{_LATIN}])?")
LRM = "\u200e"
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # not allowed in XML
_XMLNS = re.compile(r'\sxmlns(?::\w+)?="[^"]*"')
_RANK = {w(n): i for i, n in enumerate(RPR_ORDER)}


@dataclass
class Field:
    name: str
    rpr_ltr: str
    rpr_rtl: str
    rtl_para: bool = False


@dataclass
class Image:
    name: str
    height_mm: float
    rpr: str


Segment = str | Field | Image


@dataclass
class Part:
    """One XML part (body, header, footer) as literal strings and slots."""

    segments: list[Segment]


@dataclass
class Picture:
    """A picture value: PNG/JPEG bytes and pixel size (for the aspect ratio)."""

    data: bytes
    width: int
    height: int
    ext: str = "png"

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Picture:
        from PIL import Image as PILImage

        size = Path(path).stat().st_size
        if size > MAX_PICTURE_BYTES:  # it is copied into every certificate
            raise ValidationError(_("{path} is {mb} MB; a picture for certificates may be at most {max} MB.").format(
                path=path, mb=round(size / 2**20, 1), max=MAX_PICTURE_BYTES // 2**20))
        data = Path(path).read_bytes()
        try:
            with PILImage.open(io.BytesIO(data)) as im:
                fmt, (wd, ht) = (im.format or "PNG").lower(), im.size
                if fmt not in ("png", "jpeg"):
                    buf = io.BytesIO()
                    im.convert("RGBA").save(buf, "PNG")
                    data, fmt = buf.getvalue(), "png"
        except (OSError, ValueError, SyntaxError, EOFError, IndexError, PILImage.DecompressionBombError) as exc:
            # SyntaxError is how Pillow says a PNG is broken
            raise ValidationError(_("{path} is not a picture Workshop Kit can read (PNG or JPEG).").format(path=path)) from exc
        return cls(data, wd, ht, "jpeg" if fmt == "jpeg" else "png")


@dataclass
class Template:
    path: Path
    entries: dict[str, bytes]
    prefix: str
    body: Part
    sect_pr: str
    suffix: str
    others: dict[str, Part] = field(default_factory=dict)
    fields: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    compressed: dict[str, tuple[int, int, int, bytes]] = field(default_factory=dict)

    @property
    def names(self) -> set[str]:
        return set(self.fields)


# --------------------------------------------------------------------------------------------
# Compiling
# --------------------------------------------------------------------------------------------
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024  # unzipped; the bundled templates are 40 kB, a logo a few MB
MAX_TEMPLATE_PARTS = 1_000
MAX_TEMPLATE_BODY_BYTES = 1024 * 1024  # word/document.xml; the bundled ones are about 10 kB
MAX_PICTURE_BYTES = 10 * 1024 * 1024  # a logo or a signature
_READ_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error, RuntimeError,
                NotImplementedError, KeyError, ValueError)


def _parser() -> etree.XMLParser:
    """No entities, no network, no huge trees (one per call: lxml parsers are not shared between threads)."""
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def read_docx(path: str | os.PathLike[str], only: str | None = None) -> dict[str, bytes]:
    """The parts of a .docx (or just ``only``), refused before reading when they would unzip to more
    than ``MAX_TEMPLATE_BYTES``: every certificate carries a copy of every part of its template."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            unpacked = sum(i.file_size for i in infos)  # zipfile never returns more (and checks the CRC)
            if len(infos) > MAX_TEMPLATE_PARTS or unpacked > MAX_TEMPLATE_BYTES:
                raise ValidationError(_(
                    "{path} holds {mb} MB once unzipped; a template may hold at most {max} MB (it is copied into "
                    "every certificate). Use smaller pictures.").format(
                    path=path, mb=unpacked // 2**20, max=MAX_TEMPLATE_BYTES // 2**20))
            body = next((i.file_size for i in infos if i.filename == "word/document.xml"), 0)
            if body > MAX_TEMPLATE_BODY_BYTES:  # repeated for every certificate of a merged print file
                raise ValidationError(_(
                    "The text of {path} is {mb} MB; a certificate template's text may be at most {max} MB (it is "
                    "repeated for every certificate of the print file).").format(
                    path=path, mb=round(body / 2**20, 1), max=MAX_TEMPLATE_BODY_BYTES // 2**20))
            return {i.filename: zf.read(i) for i in infos if only is None or i.filename == only}
    except _READ_ERRORS as exc:
        raise ValidationError(_("{path} is not a Word document (.docx).").format(path=path)) from exc


def compile_template(path: str | os.PathLike[str]) -> Template:
    """Read a .docx once and prepare it for fast rendering (see the module docstring)."""
    path = Path(path)
    entries = read_docx(path)
    if "word/document.xml" not in entries:
        raise ValidationError(_("{path} is not a Word document (.docx).").format(path=path))
    try:
        return _compile(path, entries)
    except (etree.XMLSyntaxError, ValueError, UnicodeDecodeError, AttributeError, IndexError, TypeError) as exc:
        # damaged XML, a document without a body, parts that are not UTF-8: Word would refuse it too
        raise ValidationError(_("{path} is a damaged Word document ({detail}); open it in Word, save it again "
                                "and retry.").format(path=path, detail=exc)) from None


def _compile(path: Path, entries: dict[str, bytes]) -> Template:
    for name, closing in (("word/_rels/document.xml.rels", "</Relationships>"), ("[Content_Types].xml", "</Types>")):
        if name in entries and closing not in entries[name].decode("utf-8"):  # pictures are added there
            raise ValueError(name)
    names: list[str] = []
    problems: list[str] = []
    root = _parse(path, "word/document.xml", entries["word/document.xml"])
    body = root.find(w("body"))
    _drop_unique_marks(body)
    default_bidi = _default_bidi(entries.get("word/styles.xml", b""))
    slots = _prepare(root, names, problems, images=True, default_bidi=default_bidi)
    last = body[-1] if len(body) else None
    sect = last if last is not None and last.tag == w("sectPr") else None
    sect_xml = _clean(etree.tostring(sect, encoding="unicode")) if sect is not None else ""
    if sect is not None:
        body.remove(sect)
    # The last paragraph carries the section break in a merged file: mark where its sectPr goes.
    if not len(body) or body[-1].tag != w("p"):
        etree.SubElement(body, w("p"))
    last_p = body[-1]
    ppr = last_p.find(w("pPr"))
    if ppr is None:
        ppr = etree.Element(w("pPr"))
        last_p.insert(0, ppr)
    ppr.append(etree.ProcessingInstruction("wksect"))
    xml = etree.tostring(root, encoding="unicode")
    start = xml.index(">", xml.index("<w:body")) + 1
    end = xml.rindex("</w:body>")
    prefix = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml[:start]
    template = Template(path, entries, prefix, _split(xml[start:end], slots), sect_xml, xml[end:])
    for name in entries:
        if re.fullmatch(r"word/(header|footer)\d*\.xml", name):
            part_root = _parse(path, name, entries[name])
            before = len(names)
            part_slots = _prepare(part_root, names, problems, images=False, default_bidi=default_bidi)
            personal = sorted(set(names[before:]) & PER_CERTIFICATE)
            if personal:
                problems.append(
                    _("{part}: {names} change for each participant; put them in the body, not in a header or footer.").format(
                        part=name, names=", ".join(personal)
                    )
                )
            template.others[name] = _split(
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + etree.tostring(part_root, encoding="unicode"),
                part_slots,
            )
    template.fields = names
    template.problems = problems
    return template


def _parse(path: Path, part: str, data: bytes) -> etree._Element:
    """One XML part of a template, parsed without DTDs or entities (no file or URL is ever read)."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ValidationError(_("{path}: {part} holds XML entity declarations, which Word never writes; "
                                "the template is refused.").format(path=path, part=part))
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise ValidationError(_("{path} is damaged: {part} cannot be read ({detail}). Open and save it again in "
                                "Word or LibreOffice.").format(path=path, part=part, detail=exc)) from exc


def _drop_unique_marks(body: etree._Element) -> None:
    """Bookmarks and Word's paragraph ids must be unique in a document; the body is repeated in a
    merged file, and certificates need neither."""
    for tag in ("bookmarkStart", "bookmarkEnd"):
        for el in list(body.iter(w(tag))):
            el.getparent().remove(el)
    for el in body.iter():
        for attr in [a for a in el.attrib if a.endswith(("}paraId", "}textId"))]:
            del el.attrib[attr]


def _default_bidi(styles_xml: bytes) -> bool:
    """Whether paragraphs are right-to-left unless they say otherwise (an Arabic document)."""
    if not styles_xml:
        return False
    root = etree.fromstring(styles_xml, _parser())  # damaged: the whole template is refused as damaged
    for el in root.iter(w("style")):
        if el.get(w("type")) == "paragraph" and el.get(w("default")) in ("1", "true"):
            return _is_on(el.find(f"{w('pPr')}/{w('bidi')}"))
    return _is_on(root.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}/{w('bidi')}"))


def _is_on(el: etree._Element | None) -> bool:
    return el is not None and el.get(w("val"), "1") not in ("0", "false", "off")


def _paragraph_bidi(p: etree._Element, default: bool) -> bool:
    el = p.find(f"{w('pPr')}/{w('bidi')}")
    return default if el is None else _is_on(el)


def _prepare(root: etree._Element, names: list[str], problems: list[str], images: bool,
             default_bidi: bool = False) -> list[Segment]:
    """Join split placeholders, give each one its own run and replace that run by a marker."""
    slots: list[Segment] = []
    for p in list(root.iter(w("p"))):
        texts = list(p.iter(w("t")))
        if not texts:
            continue
        joined = "".join(t.text or "" for t in texts)
        if "{{" not in joined:
            continue
        _join_split(texts, joined)
        rtl_para = _paragraph_bidi(p, default_bidi)
        for t in list(p.iter(w("t"))):
            if t.text and PLACEHOLDER.search(t.text):
                _isolate(t, slots, names, images, rtl_para)
        rest = "".join(t.text or "" for t in p.iter(w("t")))
        if "{{" in rest or "}}" in rest:
            near = rest[max(0, rest.find("{{") - 10): rest.find("{{") + 30] if "{{" in rest else rest[:40]
            problems.append(_("Unclosed or malformed placeholder near '{text}'.").format(text=near.strip()))
    return slots


def _join_split(texts: list[etree._Element], joined: str) -> None:
    owner: list[int] = []
    for i, t in enumerate(texts):
        owner.extend([i] * len(t.text or ""))
    changed = False
    for m in PLACEHOLDER.finditer(joined):
        first = owner[m.start()]
        for k in range(m.start(), m.end()):
            if owner[k] != first:
                owner[k] = first
                changed = True
    if not changed:
        return
    rebuilt: list[list[str]] = [[] for _ in texts]
    for ch, i in zip(joined, owner, strict=True):
        rebuilt[i].append(ch)
    for t, chars in zip(texts, rebuilt, strict=True):
        t.text = "".join(chars)
        if t.text != t.text.strip():
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _isolate(t: etree._Element, slots: list[Segment], names: list[str], images: bool, rtl_para: bool) -> None:
    run = t.getparent()
    if run is None or run.tag != w("r"):
        return
    rpr = run.find(w("rPr"))
    new_runs: list[etree._Element] = []

    def plain_run(children: Iterable[etree._Element]) -> etree._Element:
        r = etree.Element(w("r"))
        if rpr is not None:
            r.append(copy.deepcopy(rpr))
        for child in children:
            r.append(child)
        return r

    for child in list(run):
        if child.tag == w("rPr"):
            continue
        if child is not t:
            new_runs.append(plain_run([copy.deepcopy(child)]))
            continue
        text, pos = t.text or "", 0
        for m in PLACEHOLDER.finditer(text):
            if m.start() > pos:
                new_runs.append(plain_run([_t(text[pos:m.start()])]))
            name, size = m.group(1), m.group(2)
            names.append(name)
            marker = etree.ProcessingInstruction("wkslot", str(len(slots)))
            new_runs.append(marker)
            rpr_xml = _clean(etree.tostring(rpr, encoding="unicode")) if rpr is not None else ""
            if name in IMAGE_FIELDS:
                height = float(size) if size else IMAGE_FIELDS[name][1]
                slots.append(Image(name, height, rpr_xml) if images else "")
            else:
                slots.append(Field(name, _rpr_variant(rpr, rtl=False), _rpr_variant(rpr, rtl=True), rtl_para))
            pos = m.end()
        if pos < len(text):
            new_runs.append(plain_run([_t(text[pos:])]))
    parent = run.getparent()
    index = parent.index(run)
    parent.remove(run)
    for offset, new in enumerate(new_runs):
        parent.insert(index + offset, new)


def _t(text: str) -> etree._Element:
    t = etree.Element(w("t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return t


def _rpr_variant(rpr: etree._Element | None, rtl: bool) -> str:
    """The run properties for a Latin (``rtl=False``) or an Arabic stretch of a value."""
    el = copy.deepcopy(rpr) if rpr is not None else etree.Element(w("rPr"))
    for old in el.findall(w("rtl")):
        el.remove(old)
    if rtl:
        el.append(etree.Element(w("rtl")))
        fonts = el.find(w("rFonts"))
        if fonts is None:
            fonts = etree.SubElement(el, w("rFonts"))
        fonts.set(w("cs"), ARABIC_FONT)
        size = el.find(w("sz"))
        if size is not None and el.find(w("szCs")) is None:
            etree.SubElement(el, w("szCs")).set(w("val"), size.get(w("val")))
        if el.find(w("b")) is not None and el.find(w("bCs")) is None:
            etree.SubElement(el, w("bCs"))
    children = sorted(el, key=lambda c: _RANK.get(c.tag, len(_RANK)))
    for c in children:
        el.append(c)
    return _clean(etree.tostring(el, encoding="unicode")) if len(el) else ""


def _clean(xml: str) -> str:
    """A sub-element serialised alone repeats the namespace declarations of the root; drop them."""
    return _XMLNS.sub("", xml)


def _split(xml: str, slots: list[Segment]) -> Part:
    segments: list[Segment] = []
    pos = 0
    for m in re.finditer(r"<\?(?:wkslot (\d+)|wksect)\s*\?>", xml):
        segments.append(xml[pos:m.start()])
        segments.append(slots[int(m.group(1))] if m.group(1) is not None else "\x00sect")
        pos = m.end()
    segments.append(xml[pos:])
    return Part([s for s in segments if s != ""])


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------
def xml_text(value: object) -> str:
    return escape(_BAD_XML.sub("", str(value)))


def value_runs(value: object, f: Field) -> str:
    """Runs for a value: Arabic right-to-left with the Arabic font, lines joined by breaks.

    A value with Arabic letters becomes RTL runs with its Latin stretches as LTR runs; a value
    without is one LTR run. In a right-to-left paragraph LTR runs are framed by left-to-right marks
    so that numbers and codes such as ``2026-AB12-0003`` keep their order.
    """
    text = "" if value is None else str(value)
    if not text:
        return ""
    out: list[str] = []
    mark = LRM if f.rtl_para else ""

    def ltr(piece: str) -> None:
        out.append(f'<w:r>{f.rpr_ltr}<w:t xml:space="preserve">{mark}{xml_text(piece)}{mark}</w:t></w:r>')

    def rtl(piece: str) -> None:
        out.append(f'<w:r>{f.rpr_rtl}<w:t xml:space="preserve">{xml_text(piece)}</w:t></w:r>')

    for li, line in enumerate(text.split("\n")):
        if li:
            out.append(f"<w:r>{f.rpr_ltr}<w:br/></w:r>")
        if not line:
            continue
        if not _HAS_ARABIC.search(line):
            ltr(line)
            continue
        pos = 0
        for m in _LATIN_STRETCH.finditer(line):
            if m.start() > pos:
                rtl(line[pos:m.start()])
            ltr(m.group())
            pos = m.end()
        if pos < len(line):
            rtl(line[pos:])
    return "".join(out)


_DRAWING = (
    '<w:r>{rpr}<w:drawing xmlns:wp="' + WP_NS + '" xmlns:r="' + R_NS + '">'
    '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
    '<wp:docPr id="{id}" name="{name} {id}" descr="{name}"/><wp:cNvGraphicFramePr>'
    '<a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/>'
    '</wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
    '<pic:cNvPr id="0" name="{name}.{ext}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
    '<a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>'
    '<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
    "</a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
)


class _Media:
    """Pictures of one output document: relationship ids, part names, unique drawing ids."""

    def __init__(self) -> None:
        self.rels: list[tuple[str, str]] = []
        self.parts: dict[str, bytes] = {}
        self.exts: set[str] = set()
        self._shared: dict[int, str] = {}
        self._next_id = 9000

    def add(self, pic: Picture, key: str, shared: bool) -> str:
        if shared and id(pic) in self._shared:
            return self._shared[id(pic)]
        rid = f"rIdWk{len(self.rels) + 1}"
        target = f"media/wk_{key}_{len(self.rels) + 1}.{pic.ext}"
        self.rels.append((rid, target))
        self.parts["word/" + target] = pic.data
        self.exts.add(pic.ext)
        if shared:
            self._shared[id(pic)] = rid
        return rid

    def drawing(self, image: Image, pic: Picture, shared: bool) -> str:
        rid = self.add(pic, image.name, shared)
        self._next_id += 1
        cy = int(image.height_mm * EMU_PER_MM)
        cx = int(cy * pic.width / pic.height) if pic.height else cy
        return _DRAWING.format(rpr=image.rpr, cx=cx, cy=cy, id=self._next_id, name=image.name, ext=pic.ext, rid=rid)


def _render_part(part: Part, values: Mapping[str, object], pictures: Mapping[str, Picture | None],
                 media: _Media | None, sect: str) -> str:
    out: list[str] = []
    for seg in part.segments:
        if isinstance(seg, str):
            out.append(sect if seg == "\x00sect" else seg)
        elif isinstance(seg, Field):
            out.append(value_runs(values.get(seg.name, ""), seg))
        elif media is not None:
            pic = pictures.get(seg.name)
            if pic is not None:
                out.append(media.drawing(seg, pic, shared=seg.name != "qr"))
    return "".join(out)


def render_bytes(template: Template, values: Mapping[str, object], pictures: Mapping[str, Picture | None]) -> bytes:
    """One filled document as .docx bytes."""
    return render_many_bytes(template, [(values, pictures)])


def render_many_bytes(template: Template, items: list[tuple[Mapping[str, object], Mapping[str, Picture | None]]],
                      shared_values: Mapping[str, object] | None = None) -> bytes:
    """Several filled copies of the template in one document, each in its own section (page)."""
    if not items:
        raise ValidationError(_("Nothing to put in the document."))
    media = _Media()
    bodies = []
    for i, (values, pictures) in enumerate(items):
        sect = template.sect_pr if i < len(items) - 1 else ""
        bodies.append(_render_part(template.body, values, pictures, media, sect))
    document = template.prefix + "".join(bodies) + template.sect_pr + template.suffix
    header_values = shared_values if shared_values is not None else items[0][0]
    buf = io.BytesIO()
    _write_zip(buf, template, document, media, header_values)
    return buf.getvalue()


def _write_zip(fh, template: Template, document: str, media: _Media, header_values: Mapping[str, object]) -> None:  # noqa: ANN001
    """Write the .docx zip by hand: parts that never change are compressed once per template."""
    out = _ZipOut()
    for name, data in template.entries.items():
        if name == "word/document.xml":
            out.add(name, document.encode("utf-8"))
        elif name == "word/_rels/document.xml.rels" and media.rels:
            extra = "".join(f'<Relationship Id="{rid}" Type="{IMAGE_REL}" Target="{target}"/>'
                            for rid, target in media.rels)
            text = data.decode("utf-8")
            cut = text.rindex("</Relationships>")
            out.add(name, (text[:cut] + extra + text[cut:]).encode("utf-8"))
        elif name == "[Content_Types].xml" and media.exts:
            text = data.decode("utf-8")
            for ext in sorted(media.exts):
                if f'Extension="{ext}"' not in text:
                    cut = text.index("<Override") if "<Override" in text else text.rindex("</Types>")
                    text = text[:cut] + f'<Default Extension="{ext}" ContentType="image/{ext}"/>' + text[cut:]
            out.add(name, text.encode("utf-8"))
        elif name in template.others:
            out.add(name, _render_part(template.others[name], header_values, {}, None, "").encode("utf-8"))
        else:
            cached = template.compressed.get(name)
            if cached is None:
                cached = template.compressed[name] = _ZipOut.compress(data)
            out.add_compressed(name, cached)
    for name, data in media.parts.items():
        out.add(name, data, deflate=False)
    fh.write(out.finish())


class _ZipOut:
    """A minimal zip writer (deflate or stored, no zip64): enough for a .docx, and fast."""

    def __init__(self) -> None:
        import time as _time

        t = _time.localtime()
        self.dos_time = (t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec // 2)
        self.dos_date = ((t.tm_year - 1980) << 9) | (t.tm_mon << 5) | t.tm_mday
        self.parts: list[bytes] = []
        self.central: list[bytes] = []
        self.offset = 0

    @staticmethod
    def compress(data: bytes, deflate: bool = True) -> tuple[int, int, int, bytes]:
        """(method, crc32, uncompressed size, stored bytes)."""
        if not deflate:
            return 0, zlib.crc32(data), len(data), data
        c = zlib.compressobj(1, zlib.DEFLATED, -15)
        return 8, zlib.crc32(data), len(data), c.compress(data) + c.flush()

    def add(self, name: str, data: bytes, deflate: bool = True) -> None:
        self.add_compressed(name, self.compress(data, deflate))

    def add_compressed(self, name: str, packed: tuple[int, int, int, bytes]) -> None:
        method, crc, size, body = packed
        raw = name.encode("utf-8")
        flags = 0 if raw.isascii() else 0x800
        header = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, flags, method, self.dos_time, self.dos_date,
                             crc, len(body), size, len(raw), 0)
        self.central.append(struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 0, 20, 0, flags, method,
                                        self.dos_time, self.dos_date, crc, len(body), size, len(raw), 0, 0, 0,
                                        0, 0, self.offset) + raw)
        self.parts += [header, raw, body]
        self.offset += len(header) + len(raw) + len(body)

    def finish(self) -> bytes:
        directory = b"".join(self.central)
        end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(self.central), len(self.central), len(directory),
                          self.offset, 0)
        return b"".join(self.parts) + directory + end


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write next to the target then rename: a reader never sees half a file."""
    from .atomicfile import write_bytes

    return write_bytes(path, data)


# --------------------------------------------------------------------------------------------
# Checking a template
# --------------------------------------------------------------------------------------------
def check_template(path: str | os.PathLike[str]) -> dict:
    """Known and unknown placeholders of a template, pictures, and problems found."""
    template = compile_template(path)
    seen = list(dict.fromkeys(template.fields))
    known = [n for n in seen if n in KNOWN_FIELDS]
    images = [n for n in seen if n in IMAGE_FIELDS]
    unknown = [n for n in seen if n not in KNOWN_FIELDS and n not in IMAGE_FIELDS]
    problems = list(template.problems)
    if not any(n in seen for n in ("participant_name", "participant_name_latin", "participant_name_ar")):
        problems.append(_("The template has no participant name placeholder, e.g. {{participant_name}}."))
    if "qr" not in seen and "verify_code" not in seen:
        problems.append(_("The template has neither {{qr}} nor {{verify_code}}: the certificate cannot be verified."))
    return {
        "path": str(path),
        "known": known,
        "images": images,
        "unknown": unknown,
        "problems": problems,
        "ok": not unknown and not problems,
    }
