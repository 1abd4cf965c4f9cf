"""Certificates of attendance: who gets one, numbers that stay, signed codes, files, revocation, checks.

``generate`` applies the workshop's attendance rule (``attendance.eligibility``), keeps each
participant's certificate number across runs (one row per workshop and participant), signs a compact
payload with the organisation's key (``certcode``), fills the template (``templating``) into one file
per participant and/or one merged print file, and optionally converts to PDF in one LibreOffice call
(``pdf``). Files are written whole (temporary name, then rename): a cancelled run leaves only
complete certificates. ``verify`` tells valid / altered / revoked / unknown organisation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from . import audit, certcode, signing
from .attendance import Eligibility, eligibility
from .changes import writes
from .db import device_id, new_id, now_iso
from .errors import NotFound, ValidationError
from .i18n import N_, _, _n
from .participants import Participant
from .paths import resource
from .qr import qr_picture
from .sqlconn import Database
from .templating import LOCALISED, Picture, compile_template, render_bytes, render_many_bytes, write_atomic
from .workshops import Workshop, get_workshop

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

BUNDLED = {"fr": "certificate_fr.docx", "ar": "certificate_ar.docx", "fr_ar": "certificate_fr_ar.docx"}
PROGRAMME = {"fr": "Al Wassit", "ar": "الوسيط"}
EU_MENTION = {
    "fr": "Ce programme est cofinancé par l'Union européenne. Son contenu relève de la seule responsabilité "
          "de {organisation} et ne reflète pas nécessairement les opinions de l'Union européenne.",
    "ar": "يموّل الاتحاد الأوروبي هذا البرنامج بشكل مشترك. ويتحمّل {organisation} وحده مسؤولية محتواه، "
          "ولا يعكس بالضرورة آراء الاتحاد الأوروبي.",
}
SAMPLE_TITLE = {"fr": "Droits des personnes migrantes et accès aux services publics",
                "ar": "حقوق المهاجرين والولوج إلى الخدمات العمومية"}
MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر",
           "دجنبر"],
}


@dataclass
class Recipient:
    participant: Participant
    eligibility: Eligibility | None


@dataclass
class Issued:
    id: str
    number: str
    participant_id: str
    name: str
    qr: str
    code: str
    issued_at: str
    file: Path | None = None
    pdf: Path | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "participant_id": self.participant_id,
            "name": self.name,
            "code": self.code,
            "file": str(self.file) if self.file else None,
            "pdf": str(self.pdf) if self.pdf else None,
        }


@dataclass
class GenerationResult:
    workshop_id: str
    template: str
    issued: list[Issued] = field(default_factory=list)
    not_eligible: list[dict[str, Any]] = field(default_factory=list)
    merged: Path | None = None
    merged_pdf: Path | None = None
    pdf_problem: str | None = None
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "workshop_id": self.workshop_id,
            "template": self.template,
            "certificates": [i.to_json() for i in self.issued],
            "not_eligible": self.not_eligible,
            "merged": str(self.merged) if self.merged else None,
            "merged_pdf": str(self.merged_pdf) if self.merged_pdf else None,
            "pdf_problem": self.pdf_problem,
            "cancelled": self.cancelled,
        }


# --------------------------------------------------------------------------------------------
# Formatting values
# --------------------------------------------------------------------------------------------
def format_date(value: str, lang: str) -> str:
    d = date.fromisoformat(value)
    return f"{d.day} {MONTHS['ar' if lang == 'ar' else 'fr'][d.month - 1]} {d.year}"


def format_dates(start: str, end: str, lang: str) -> str:
    """``du 14 au 16 mars 2026`` / ``من 14 إلى 16 مارس 2026``; one day: ``le 14 mars 2026``."""
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    months = MONTHS["ar" if lang == "ar" else "fr"]
    if s == e:
        return (f"يوم {format_date(start, lang)}" if lang == "ar" else f"le {format_date(start, lang)}")
    if (s.year, s.month) == (e.year, e.month):
        first = str(s.day)
    elif s.year == e.year:
        first = f"{s.day} {months[s.month - 1]}"
    else:
        first = format_date(start, lang)
    return f"من {first} إلى {format_date(end, lang)}" if lang == "ar" else f"du {first} au {format_date(end, lang)}"


def format_hours(minutes: int) -> str:
    """Hours to the half hour, with a decimal comma (French and Arabic certificates)."""
    hours = round(minutes / 30) / 2
    text = str(int(hours)) if hours == int(hours) else f"{hours:.1f}"
    return text.replace(".", ",")


def module_titles(ids: list[str], lang: str, data_dir: Path | None = None) -> list[str]:
    """Module titles in ``lang`` from the curricula catalog (the user's modules included); the id
    when a module is not installed here."""
    from .curricula import load_catalog

    catalog = load_catalog(data_dir)
    titles = []
    for mid in ids:
        module = catalog.modules.get(mid)
        titles.append(module.title(lang) if module is not None else mid)
    return titles


# "a participé" is the same for everyone; Arabic agrees the verb with the participant.
PARTICIPATED = {"fr": {"F": "a participé", "M": "a participé", None: "a participé"},
                "ar": {"F": "شاركت", "M": "شارك", None: "شارك(ت)"}}
# Under the trainer's signature: the title when the trainer's gender is known, a neutral line otherwise.
TRAINER_LABEL = {"fr": {"F": "Formatrice", "M": "Formateur", None: "Animation de la formation"},
                 "ar": {"F": "المكوّنة", "M": "المكوّن", None: "تأطير التكوين"}}


def organisation_name(settings: dict[str, Any], lang: str) -> str:
    """The organisation's name in ``lang``: its Arabic form (Settings) on Arabic documents when set."""
    if lang == "ar" and settings.get("organisation_name_ar"):
        return str(settings["organisation_name_ar"])
    return str(settings.get("organisation_name") or "")


def eu_mention(settings: dict[str, Any], lang: str) -> str:
    value = settings.get("eu_mention", True)
    organisation = organisation_name(settings, lang) or ("المنظمة" if lang == "ar" else "l'organisation")
    if isinstance(value, dict):
        value = value.get(lang) or value.get("fr") or True
    if value is True:
        return EU_MENTION["ar" if lang == "ar" else "fr"].format(organisation=organisation)
    return str(value) if value else ""


def certificate_values(
    workshop: Workshop,
    participant: Participant,
    elig: Eligibility | None,
    number: str,
    code: str,
    issued_at: str,
    settings: dict[str, Any],
    lang: str,
    data_dir: Path | None = None,
    titles: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    """Every placeholder value for one certificate (see ``templating.KNOWN_FIELDS``).

    ``titles`` (language → module titles) is computed once per batch by the caller; without it the
    curricula catalog is read here.
    """
    if titles is None:
        titles = {lg: module_titles(workshop.modules, lg, data_dir) for lg in ("fr", "ar")}
    main = "ar" if lang == "ar" else "fr"
    gender = participant.gender if participant.gender in ("F", "M") else None
    trainer_gender = workshop.trainer_gender if workshop.trainer_gender in ("F", "M") else None
    values: dict[str, Any] = {
        "participant_name_latin": participant.latin_name,
        "participant_name_ar": participant.arabic_name,
        "hours": format_hours(elig.minutes_attended if elig else 0),
        "sessions_attended": elig.attended if elig else "",
        "sessions_total": elig.counted if elig else "",
        "partner": workshop.partner or "",
        "certificate_number": number,
        "verify_code": code,
    }
    for lg in ("fr", "ar"):
        sep = "، " if lg == "ar" else ", "
        values |= {
            f"dates_{lg}": format_dates(workshop.start_date, workshop.end_date, lg),
            f"start_date_{lg}": format_date(workshop.start_date, lg),
            f"end_date_{lg}": format_date(workshop.end_date, lg),
            f"modules_{lg}": sep.join(titles[lg]) or "—",
            f"programme_{lg}": PROGRAMME[lg],
            f"eu_mention_{lg}": eu_mention(settings, lg),
            f"issue_date_{lg}": format_date(issued_at[:10], lg),
            f"workshop_title_{lg}": workshop.title_in(lg),
            f"place_{lg}": workshop.place_in(lg),
            f"trainer_name_{lg}": workshop.trainer_in(lg) or "",
            f"organisation_name_{lg}": organisation_name(settings, lg),
            f"participated_{lg}": PARTICIPATED[lg][gender],
            f"trainer_label_{lg}": TRAINER_LABEL[lg][trainer_gender],
        }
    values["participant_name"] = participant.display_name(main)
    for name in LOCALISED:
        values[name] = values[f"{name}_{main}"]
    return values


FILENAME_NAME_BYTES = 120  # + number, suffix and the writer's temporary prefix stay far below 255 bytes


def safe_filename(number: str, name: str) -> str:
    """``2026-AB12-0003_Fatima_El_Idrissi.docx``: letters of any script kept, nothing a file system refuses.

    Capped by bytes, not characters: file systems allow 255 bytes, and a name of 40 letters from
    outside the Basic Multilingual Plane is 160 bytes (the batch once stopped on "File name too long").
    """
    text = unicodedata.normalize("NFC", name)
    text = re.sub(r"[^\w]+", "_", text, flags=re.UNICODE).strip("_")
    encoded = text.encode("utf-8")[:FILENAME_NAME_BYTES]
    text = encoded.decode("utf-8", errors="ignore").strip("_")  # a cut inside a character drops it
    return f"{number}_{text}" if text else number


# --------------------------------------------------------------------------------------------
# Who gets one, numbers, signatures
# --------------------------------------------------------------------------------------------
def recipients(db: Database, workshop_id: str, only_eligible: bool = True) -> tuple[list[Recipient], list[dict[str, Any]]]:
    """(who gets a certificate, who does not and why), in name order."""
    rules = {e.participant_id: e for e in eligibility(db, workshop_id)}
    rows = db.query(
        "SELECT p.* FROM participants p JOIN enrolments e ON e.participant_id = p.id"
        " WHERE e.workshop_id = ? AND e.role = 'participant'"
        " ORDER BY COALESCE(NULLIF(p.last_name, ''), p.last_name_ar), COALESCE(NULLIF(p.first_name, ''), p.first_name_ar)",
        [workshop_id],
    )
    revoked = {
        r["participant_id"]: r
        for r in db.query("SELECT participant_id, number, revoked_at FROM certificates WHERE workshop_id = ?"
                          " AND revoked_at IS NOT NULL", [workshop_id])
    }
    chosen, refused = [], []
    for row in rows:
        p = Participant.from_row(row)
        e = rules.get(p.id)
        reason = None
        if p.erased_at:
            reason = _("personal data erased")
        elif p.id in revoked:
            reason = _("certificate {number} was revoked").format(number=revoked[p.id]["number"])
        elif only_eligible and (e is None or not e.eligible):
            if e is None or e.counted == 0:
                reason = _("no session counted yet")
            else:
                reason = _n("attended {attended} of %n session(s), {needed} needed ({percent} %)", e.counted).format(
                    attended=e.attended, needed=e.needed, percent=round(e.threshold * 100)
                )
        if reason:
            refused.append({"participant_id": p.id, "name": p.display_name(), "reason": reason,
                            "attended": e.attended if e else 0, "sessions": e.counted if e else 0})
        else:
            chosen.append(Recipient(p, e))
    return chosen, refused


def _next_numbers(db: Database, count: int) -> list[str]:
    year = date.today().year
    prefix = f"{year}-{device_id(db).replace('-', '')[:4].upper()}-"
    row = db.execute("SELECT MAX(CAST(substr(number, ?) AS INTEGER)) FROM certificates WHERE number LIKE ? || '%'",
                     [len(prefix) + 1, prefix]).fetchone()
    start = (row[0] or 0) + 1
    return [f"{prefix}{n:04d}" for n in range(start, start + count)]


@writes(certificates=True)
def issue(db: Database, data_dir: Path, workshop: Workshop, people: list[Recipient], lang: str = "fr",
          actor: str | None = None) -> list[Issued]:
    """Create or refresh the certificate rows: same number as before, payload re-signed if it changed."""
    keys = signing.load_or_create(data_dir)
    from .settings import load as load_settings
    from .verifypage import qr_target

    page_url = load_settings(data_dir).get("verify_url") or ""
    existing = {r["participant_id"]: r for r in db.query(
        "SELECT * FROM certificates WHERE workshop_id = ?", [workshop.id])}
    issued: list[Issued] = []
    with db.atomic():
        fresh = iter(_next_numbers(db, sum(1 for r in people if r.participant.id not in existing)))
        for rec in people:
            p = rec.participant
            row = existing.get(p.id)
            number = row["number"] if row else next(fresh)
            cid = row["id"] if row else new_id()
            code = certcode.identity_code(cid)
            name = p.display_name(lang)
            minutes = rec.eligibility.minutes_attended if rec.eligibility else 0
            payload = certcode.CertPayload(keys.key_id, number, name, workshop.title, workshop.start_date,
                                           workshop.end_date, code, f"{round(minutes / 30) / 2:g}" if minutes else "")
            data = payload.encode()
            signature = keys.sign(data)
            payload_text, sig_text = signing.b64(data), signing.b64(signature)
            if row is None:
                issued_at = now_iso()
                db.execute(
                    "INSERT INTO certificates (id, number, workshop_id, participant_id, payload, signature, issued_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [cid, number, workshop.id, p.id, payload_text, sig_text, issued_at],
                )
                audit.log(db, "issue", "certificate", cid, {"number": number}, actor)
            else:
                issued_at = row["issued_at"]
                if (row["payload"], row["signature"]) != (payload_text, sig_text):
                    db.execute("UPDATE certificates SET payload = ?, signature = ? WHERE id = ?",
                               [payload_text, sig_text, cid])
            issued.append(Issued(cid, number, p.id, name, qr_target(page_url, certcode.qr_text(payload, signature)),
                                 code, issued_at))
    return issued


def template_path(template: str | Path | None, lang: str) -> Path:
    if template:
        path = Path(template)
        if not path.exists():
            raise NotFound(_("Template {path} not found.").format(path=path))
        return path
    return resource("assets", "templates", BUNDLED.get(lang, BUNDLED["fr"]))


def template_language(path: Path, fallback: str) -> str:
    """The language values are written in: from a bundled name, else the text of the template."""
    stem = path.stem.lower()
    if stem.endswith(("_fr_ar", "_bilingual")):
        return "fr_ar"
    if stem.endswith("_ar"):
        return "ar"
    if stem.endswith("_fr"):
        return "fr"
    from .templating import read_docx

    document = read_docx(path, only="word/document.xml").get("word/document.xml")
    if document is None:
        return fallback
    text = re.sub(r"<[^>]+>", "", document.decode("utf-8", "replace"))
    arabic = len(re.findall("[\u0600-\u06ff]", text))
    latin = len(re.findall("[A-Za-z]", re.sub(r"\{\{[^}]*\}\}", "", text)))
    if arabic and latin:
        return "fr_ar" if min(arabic, latin) > 0.25 * max(arabic, latin) else ("ar" if arabic > latin else "fr")
    return "ar" if arabic else fallback


def load_pictures(settings: dict[str, Any], signature: str | Path | None = None) -> dict[str, Picture | None]:
    pics: dict[str, Picture | None] = {"logo": None, "signature": None}
    logo = settings.get("organisation_logo")
    sig = signature or settings.get("trainer_signature")
    for key, value in (("logo", logo), ("signature", sig)):
        if value and Path(value).exists():
            pics[key] = Picture.from_file(value)
    return pics


def generate(
    db: Database,
    data_dir: Path,
    workshop_ref: str,
    out_dir: str | Path | None,
    *,
    template: str | Path | None = None,
    merged: str | Path | None = None,
    pdf: bool = False,
    only_eligible: bool = True,
    lang: str | None = None,
    signature: str | Path | None = None,
    settings: dict[str, Any] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    actor: str | None = None,
) -> GenerationResult:
    """Certificates for a workshop: separate files in ``out_dir`` and/or one ``merged`` print file."""
    from . import settings as settings_mod

    if out_dir is None and merged is None:
        raise ValidationError(_("Say where to write the certificates: -o DIR and/or --merged FILE."))
    settings = settings if settings is not None else settings_mod.load(data_dir)
    workshop = get_workshop(db, workshop_ref)
    path = template_path(template, lang or workshop.language)
    tlang = lang or template_language(path, workshop.language or "fr")
    compiled = compile_template(path)
    if compiled.problems and template:
        raise ValidationError(_("The template has problems: {problems} (see: workshop-kit certificates check-template)").format(
            problems="; ".join(compiled.problems)))
    people, refused = recipients(db, workshop.id, only_eligible)
    name_lang = "ar" if tlang == "ar" else "fr"
    people, too_long = _fitting_qr(workshop, people, name_lang)
    result = GenerationResult(workshop.id, str(path), not_eligible=refused + too_long)
    if not people:
        return result
    issued = issue(db, data_dir, workshop, people, name_lang, actor)
    pictures = load_pictures(settings, signature)
    total = len(issued) + (1 if merged else 0)
    report = progress or (lambda *_a: None)
    stop = cancelled or (lambda: False)
    items: list[tuple[Mapping[str, object], Mapping[str, Picture | None]]] = []
    by_id = {r.participant.id: r for r in people}
    # Separate PDFs are cut from one converted print file: it needs the filled copies too.
    collect = bool(merged) or (pdf and out_dir is not None and _pdf_split_ok())
    titles = {lg: module_titles(workshop.modules, lg, data_dir) for lg in ("fr", "ar")}
    for i, cert in enumerate(issued):
        if stop():
            result.cancelled = True
            break
        rec = by_id[cert.participant_id]
        values = certificate_values(workshop, rec.participant, rec.eligibility, cert.number, cert.code,
                                    cert.issued_at, settings, name_lang, data_dir, titles)
        try:
            pics = pictures | {"qr": qr_picture(cert.qr)}
            document = render_bytes(compiled, values, pics) if out_dir is not None else b""
        except (ValueError, ValidationError) as exc:  # one person never stops the batch
            result.not_eligible.append(_left_out(rec.participant, _("the certificate could not be made: {detail}").format(
                detail=exc)))
            continue
        if out_dir is not None:
            target = Path(out_dir) / (safe_filename(cert.number, rec.participant.display_name(name_lang)) + ".docx")
            cert.file = write_atomic(target, document)
        if collect:
            items.append((values, pics))
        result.issued.append(cert)
        report(i + 1, total, cert.name)
    if merged and not result.cancelled and items:
        result.merged = write_atomic(Path(merged), render_many_bytes(compiled, items))
        report(total, total, str(result.merged))
    if pdf and not result.cancelled:
        _to_pdf(result, compiled, items, progress, cancelled)
    return result


def _left_out(p: Participant, reason: str) -> dict[str, Any]:
    return {"participant_id": p.id, "name": p.display_name()[:80], "reason": reason, "attended": 0, "sessions": 0}


def _fitting_qr(workshop: Workshop, people: list[Recipient], lang: str) -> tuple[list[Recipient], list[dict[str, Any]]]:
    """(people whose signed code fits a QR code, the others with the reason). The name and the
    workshop title travel in the code: a name of a thousand characters cannot be printed as one."""
    def payload(name: str) -> certcode.CertPayload:
        return certcode.CertPayload("k" * 8, "2026-XXXX-000000", name, workshop.title, workshop.start_date,
                                    workshop.end_date)

    if not certcode.fits(payload("")):
        raise ValidationError(_n("The workshop title is too long to go in the certificates' QR code (%n character(s)); "
                                 "shorten it.", len(workshop.title)), "title")
    fit, left = [], []
    for rec in people:
        name = rec.participant.display_name(lang)
        if certcode.fits(payload(name)):
            fit.append(rec)
        else:
            left.append(_left_out(rec.participant, _n(
                "the name is too long to go in the certificate's QR code (%n character(s)); shorten it in the "
                "participant's record", len(name))))
    return fit, left


def _pdf_split_ok() -> bool:
    from . import pdf as pdf_mod

    return pdf_mod.can_split()


def _to_pdf(result: GenerationResult, compiled: Any, items: list, progress: Progress | None,
            cancelled: Cancelled | None) -> None:
    """PDFs in one LibreOffice call: the print file is converted, separate PDFs are cut from it.

    When the pages cannot be cut evenly (a custom template running over two pages for some people)
    or pypdf is missing, every .docx of the run goes into one batched call instead.
    """
    import tempfile

    from . import pdf as pdf_mod

    separate = [c.file for c in result.issued if c.file]
    if progress:
        progress(0, 0, "PDF")
    try:
        if separate and items and pdf_mod.can_split():
            with tempfile.TemporaryDirectory(prefix="wk-print-") as tmp:
                source = result.merged or write_atomic(Path(tmp) / "print.docx", render_many_bytes(compiled, items))
                made = pdf_mod.convert([source], cancelled=cancelled)
                whole = made.get(Path(source).resolve())
                pieces = pdf_mod.split_pages(whole, [f.with_suffix(".pdf") for f in separate], cancelled) if whole else {}
                if result.merged and whole:
                    result.merged_pdf = whole
            if len(pieces) == len(separate):
                for cert in result.issued:
                    cert.pdf = cert.file.with_suffix(".pdf") if cert.file else None
                return
        files = separate + ([result.merged] if result.merged and not result.merged_pdf else [])
        made = pdf_mod.convert(files, progress=progress, cancelled=cancelled)
    except pdf_mod.PdfUnavailable as exc:
        result.pdf_problem = str(exc)
        return
    for cert in result.issued:
        if cert.file:
            cert.pdf = made.get(cert.file.resolve())
    if result.merged and not result.merged_pdf:
        result.merged_pdf = made.get(result.merged.resolve())
    if any(made.get(Path(f).resolve()) is None for f in files):
        result.pdf_problem = _("Some PDF files could not be made; the .docx files are complete.")


def template_render_sample(template: str | Path, out: str | Path, lang: str | None = None,
                           settings: dict[str, Any] | None = None) -> Path:
    """Fill a template with sample data (for the preview and check-template)."""
    path = Path(template)
    tlang = lang or template_language(path, "fr")
    main = "ar" if tlang == "ar" else "fr"
    settings = settings or {}
    workshop = Workshop(id="sample", title=SAMPLE_TITLE["fr"], title_ar=SAMPLE_TITLE["ar"],
                        start_date=date.today().isoformat(), end_date=date.today().isoformat(), city="Rabat",
                        venue="Centre culturel", venue_ar="المركز الثقافي", modules=["m04-protection"],
                        trainer_name="Salma Ouazzani", trainer_name_ar="سلمى الوزاني", trainer_gender="F")
    person = Participant(id="sample", first_name="Fatima", last_name="El Idrissi", first_name_ar="فاطمة",
                         last_name_ar="الإدريسي", gender="F")
    elig = Eligibility("sample", 6, 6, 0, 6 * 195, 1.0, 0.8, True)
    values = certificate_values(workshop, person, elig, "2026-SAMP-0001", "ABCD-EFGH", now_iso(), settings, main)
    pics = load_pictures(settings) | {"qr": qr_picture("WKC1.sample")}
    return write_atomic(Path(out), render_bytes(compile_template(path), values, pics))


# --------------------------------------------------------------------------------------------
# Listing, revoking, verifying
# --------------------------------------------------------------------------------------------
def list_certificates(db: Database, workshop_id: str | None = None) -> list[dict[str, Any]]:
    sql = ("SELECT c.*, w.title AS workshop_title FROM certificates c JOIN workshops w ON w.id = c.workshop_id"
           + (" WHERE c.workshop_id = ?" if workshop_id else "") + " ORDER BY c.number")
    out = []
    for row in db.query(sql, [workshop_id] if workshop_id else []):
        code = certcode.identity_code(row["id"])
        try:
            name = certcode.CertPayload.decode(signing.unb64(row["payload"])).name if row["payload"] else ""
        except (ValidationError, ValueError):
            name = "?"
        out.append({"number": row["number"], "name": name, "code": code, "workshop": row["workshop_title"],
                    "workshop_id": row["workshop_id"], "participant_id": row["participant_id"],
                    "issued_at": row["issued_at"], "revoked_at": row["revoked_at"],
                    "revoked_reason": row["revoked_reason"]})
    return out


@writes(certificates=True)
def revoke(db: Database, number: str, reason: str, actor: str | None = None) -> dict[str, Any]:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Say why the certificate is revoked."), "reason")
    row = db.execute("SELECT id, revoked_at FROM certificates WHERE number = ?", [number.strip()]).fetchone()
    if row is None:
        raise NotFound(_("No certificate number {number} in this database.").format(number=number))
    if row[1]:
        raise ValidationError(_("Certificate {number} was already revoked on {when}.").format(number=number, when=row[1][:10]))
    when = now_iso()
    with db.atomic():
        db.execute("UPDATE certificates SET revoked_at = ?, revoked_reason = ? WHERE id = ?", [when, reason, row[0]])
        audit.log(db, "revoke", "certificate", row[0], {"number": number, "reason": reason}, actor)
    return {"number": number, "revoked_at": when, "reason": reason}


REASONS = {
    "valid": N_("The certificate is genuine."),
    "altered": N_("The code has been altered: its signature does not match its content."),
    "revoked": N_("The certificate is genuine but was revoked by the organisation that issued it."),
    "unknown_key": N_("The code is signed by an organisation whose public key this copy does not know."),
    "not_found": N_("No certificate with this code in this database."),
    "not_a_code": N_("This is not a Workshop Kit certificate code."),
}


def verify(data_dir: Path, text: str, db: Database | None = None) -> dict[str, Any]:
    """Check a scanned QR text, a typed short code or a certificate number.

    ``valid`` is True only for a genuine, non-revoked certificate. Revocation belongs to the
    certificate (one per participant and workshop), not to one print of it: a QR printed before a
    rename or in another language, or the code of a person since erased, reads "revoked" once the
    certificate is revoked. Revocation is known only to the issuing organisation's database: a valid
    answer elsewhere says so (``revocation_checked``).
    """
    text = certcode.strip_page_address((text or "").strip())
    keys = signing.known_keys(data_dir)
    if not keys:
        signing.load_or_create(data_dir)
        keys = signing.known_keys(data_dir)
    row = None
    if text.startswith(certcode.PREFIX + "."):
        try:
            payload, data, signature = certcode.parse_qr_text(text)
        except ValidationError:
            return _answer("not_a_code")
        if db is not None and payload.key_id == _own_key_id(data_dir):
            row = _row(db, "SELECT * FROM certificates WHERE number = ?", payload.number)
    else:
        short = certcode.normalise_short_code(text)
        if db is None:
            return _answer("not_found")
        if short is None:
            row = _row(db, "SELECT * FROM certificates WHERE number = ?", text)
        else:
            row = next((r for r in db.query("SELECT * FROM certificates") if short in _codes_of(r)), None)
        if row is None:
            return _answer("not_found" if short or re.match(r"^\d{4}-", text) else "not_a_code")
        if not row["payload"]:  # the person was erased: the certificate stands, its content is gone
            details = {"number": row["number"], "name": "", "workshop": "", "code": certcode.identity_code(row["id"])}
            return _by_row(row, details)
        data, signature = signing.unb64(row["payload"]), signing.unb64(row["signature"])
        try:
            payload = certcode.CertPayload.decode(data)
        except ValidationError:
            return _answer("altered")
    public = keys.get(payload.key_id)
    if public is None:
        return _answer("unknown_key", {"key_id": payload.key_id})
    if not signing.verify(public, data, signature):
        return _answer("altered")
    code = certcode.identity_code(row["id"]) if row else (payload.code or certcode.short_code(signature))
    details = payload.to_json() | {"code": code}
    if row is None:
        return _answer("valid", details | {"issued_at": None, "revocation_checked": False})
    return _by_row(row, details | {"current": signing.unb64(row["payload"] or "") == data})


def _by_row(row: dict[str, Any], details: dict[str, Any]) -> dict[str, Any]:
    """The answer for a genuine certificate found in this database: revoked or valid."""
    if row["revoked_at"]:
        return _answer("revoked", details | {"revoked_at": row["revoked_at"], "revoked_reason": row["revoked_reason"]})
    return _answer("valid", details | {"issued_at": row["issued_at"], "revocation_checked": True})


def _codes_of(row: dict[str, Any]) -> tuple[str, ...]:
    """The certificate's code, and the one printed before codes were tied to the certificate."""
    legacy = (certcode.short_code(signing.unb64(row["signature"])),) if row["signature"] else ()
    return (certcode.identity_code(row["id"]), *legacy)


def _own_key_id(data_dir: Path) -> str | None:
    try:
        raw, _org = signing.parse_public_text((signing.keys_dir(data_dir) / signing.PUBLIC_FILE).read_text("utf-8"))
    except (OSError, ValidationError):
        return None
    return signing.key_id(raw)


def _row(db: Database, sql: str, value: str) -> dict[str, Any] | None:
    rows = list(db.query(sql, [value]))
    return rows[0] if rows else None


def _answer(reason: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    answer: dict[str, Any] = {"valid": reason == "valid", "reason": reason, "message": _(REASONS[reason])}
    if reason in ("valid", "revoked") and details:
        answer["certificate"] = details
        if reason == "valid" and not details.get("revocation_checked"):
            answer["note"] = _("Revocation is known only to the issuing organisation's database; this copy "
                               "could not check it.")
    elif details:
        answer |= details
    return answer


def overview(db: Database, workshop_id: str) -> list[dict[str, Any]]:
    """One row per enrolled participant: attendance, eligibility (and why not), certificate if any."""
    people, refused = recipients(db, workshop_id, only_eligible=True)
    rules = {e.participant_id: e for e in eligibility(db, workshop_id)}
    certs = {r["participant_id"]: r for r in db.query(
        "SELECT id, participant_id, number, revoked_at FROM certificates WHERE workshop_id = ?", [workshop_id])}
    rows: list[dict[str, Any]] = []
    for rec in people:
        rows.append({"participant_id": rec.participant.id, "name": rec.participant.display_name(),
                     "eligible": True, "reason": ""})
    for item in refused:
        rows.append({"participant_id": item["participant_id"], "name": item["name"], "eligible": False,
                     "reason": item["reason"]})
    for row in rows:
        e = rules.get(row["participant_id"])
        row["attended"] = f"{e.attended}/{e.counted}" if e else "0/0"
        cert = certs.get(row["participant_id"])
        row["number"] = cert["number"] if cert else ""
        row["code"] = certcode.identity_code(cert["id"]) if cert else ""
        row["revoked"] = bool(cert and cert["revoked_at"])
    rows.sort(key=lambda r: (not r["eligible"], r["name"].casefold()))
    return rows
