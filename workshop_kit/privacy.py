"""Privacy duties towards participants (Moroccan law 09-08): erasure, access, retention.

- ``erase_participant``: personal fields set to NULL, the row kept with ``erased_at`` so attendance,
  enrolments, scores and certificates still count in workshop statistics, anonymously. The audit
  log records that an erasure happened, never what was erased. Copies go too: e-mails in the outbox
  (address, text, last error) and their attached certificate files, the search index's trigrams
  (merged away with FTS5 ``optimize``); deleted content is zeroed (``secure_delete``, set on every
  connection in ``db.configure``) and the WAL is checkpointed and truncated, so no byte of the
  person is left in the data file, its WAL or the data folder. Backups age out (``backup``).
- ``export_personal_data``: everything held about one person, as a Word document in their language.
- ``retention_candidates`` / ``anonymise_expired``: after N months, people whose workshops are all
  over can be anonymised (the coordinator is asked first).
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import audit, dbconnect
from .changes import writes
from .countries import name_of
from .db import now_iso
from .errors import ValidationError
from .i18n import LANGUAGE_NAMES, N_, _, translate
from .participant_fields import FIELD_LABELS
from .participants import CONSENT_FIELDS, PERSONAL_FIELDS, Participant, get_participant, history
from .sqlconn import Database

if TYPE_CHECKING:
    from docx.table import _Cell


@writes(participants=True, outbox=True)
def erase_participant(db: Database, participant_id: str, actor: str | None = None, reason: str = "request") -> Participant:
    """Erase one person's personal data and keep their anonymous participation."""
    p = get_participant(db, participant_id)
    if p.erased_at:
        raise ValidationError(_("This participant was already erased on {date}.").format(date=p.erased_at[:10]))
    now = now_iso()
    with db.atomic():
        folders = erase_rows(db, [p.id], now)
        purge_search_index(db)
        audit.log(db, "erase", "participant", p.id, {"reason": reason}, actor)
    after_erasure(db, folders)
    return get_participant(db, p.id)


def purge_search_index(db: Database) -> None:
    """Merge the FTS5 index into one segment: a deleted row's trigrams otherwise stay in older
    segments until some later merge (``secure_delete`` then zeroes the pages they leave)."""
    db.execute("INSERT INTO participants_fts (participants_fts) VALUES ('optimize')")


def after_erasure(db: Database, outbox_folders: list[Path]) -> None:
    """Once committed: the outbox's copies of the certificates go, and the WAL (which still holds
    the pages as they were before) is copied back and truncated."""
    for folder in outbox_folders:
        shutil.rmtree(folder, ignore_errors=True)
    if db.conn.in_transaction:
        return  # inside a caller's transaction: its commit and the next checkpoint do it
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # busy readers only delay it to a later checkpoint
    except dbconnect.errors("OperationalError"):
        pass


def _data_folder(db: Database) -> Path | None:
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file).parent
    return None


def erase_rows(db: Database, ids: list[str], now: str) -> list[Path]:
    """Blank the rows of ``ids``; returns the outbox folders holding their certificate files."""
    from .outbox import outbox_dir

    base = _data_folder(db)
    folders = []
    marks = ", ".join("?" * len(ids))
    if base is not None:
        root = outbox_dir(base).resolve()
        for (mid,) in db.execute(f"SELECT id FROM outbox WHERE participant_id IN ({marks})", ids).fetchall():
            folder = (root / mid).resolve()
            if folder.parent == root and folder.is_dir():
                folders.append(folder)
    nulls = ", ".join(f"{f} = NULL" for f in PERSONAL_FIELDS + ("consent_date", "consent_recorded_by"))
    db.execute(
        f"UPDATE participants SET {nulls}, consent_data = 0, consent_photos = 0, consent_email = 0,"
        f" search_text = '', erased_at = ?, updated_at = ? WHERE id IN ({marks})",
        [now, now, *ids],
    )
    # Copies of personal data elsewhere: e-mails waiting or sent, certificate payloads, old audit details.
    db.execute(
        f"UPDATE outbox SET to_addr = '', subject = '', body = '', attachment_path = NULL, last_error = NULL,"
        f" status = CASE WHEN status IN ('queued', 'sending', 'failed', 'uncertain') THEN 'cancelled' ELSE status END,"
        f" updated_at = ? WHERE participant_id IN ({marks})",
        [now, *ids],
    )
    db.execute(f"UPDATE certificates SET payload = NULL WHERE participant_id IN ({marks})", ids)
    db.execute(
        f"UPDATE badge_tokens SET revoked_at = ?, revoked_reason = 'erased' WHERE revoked_at IS NULL"
        f" AND participant_id IN ({marks})",
        [now, *ids],
    )
    db.execute(
        f"UPDATE audit_log SET details = NULL WHERE entity = 'participant' AND entity_id IN ({marks})"
        f" AND action NOT IN ('erase', 'anonymise')",
        ids,
    )
    return folders


# -- retention -------------------------------------------------------------------------------------

def _months_before(today: date, months: int) -> str:
    y, m = divmod(today.year * 12 + today.month - 1 - months, 12)
    day = min(today.day, 28)
    return date(y, m + 1, day).isoformat()


def retention_candidates(db: Database, months: int, today: date | None = None) -> list[str]:
    """Ids of people not erased whose workshops all ended more than ``months`` months ago.

    People enrolled in no workshop count from their registration date.
    """
    if months < 1:
        raise ValidationError(_("The retention period must be at least one month."))
    cutoff = _months_before(today or date.today(), months)
    rows = db.execute(
        """
        SELECT p.id FROM participants p
        WHERE p.erased_at IS NULL
          AND ( (EXISTS (SELECT 1 FROM enrolments e WHERE e.participant_id = p.id)
                 AND NOT EXISTS (SELECT 1 FROM enrolments e JOIN workshops w ON w.id = e.workshop_id
                                 WHERE e.participant_id = p.id AND w.end_date >= ?))
             OR (NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.participant_id = p.id)
                 AND substr(p.created_at, 1, 10) < ?) )
        """,
        [cutoff, cutoff],
    ).fetchall()
    return [r[0] for r in rows]


@writes(participants=True, outbox=True)
def anonymise_expired(db: Database, months: int, actor: str | None = None, today: date | None = None) -> int:
    """Anonymise every retention candidate in one transaction; returns how many."""
    ids = retention_candidates(db, months, today)
    if not ids:
        return 0
    now = now_iso()
    folders: list[Path] = []
    with db.atomic():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            folders += erase_rows(db, chunk, now)
        purge_search_index(db)
        audit.log(db, "anonymise", "participant", None, {"count": len(ids), "retention_months": months}, actor)
    after_erasure(db, folders)
    return len(ids)


# -- access right: everything held about one person -------------------------------------------------

def personal_data(db: Database, participant_id: str) -> dict[str, Any]:
    """Everything the data file holds about one person, as plain data (also used for --json)."""
    p = get_participant(db, participant_id)
    q = lambda sql: [dict(r) for r in db.query(sql, [p.id])]  # noqa: E731
    return {
        "participant": p.to_json(),
        "workshops": history(db, p.id),
        "attendance": q(
            "SELECT w.title AS workshop, s.number, s.date, s.start_time, s.end_time, a.status, a.checked_in_at"
            " FROM attendance a JOIN sessions s ON s.id = a.session_id JOIN workshops w ON w.id = s.workshop_id"
            " WHERE a.participant_id = ? ORDER BY s.date, s.start_time"
        ),
        "certificates": q(
            "SELECT w.title AS workshop, c.number, c.issued_at, c.revoked_at FROM certificates c"
            " JOIN workshops w ON w.id = c.workshop_id WHERE c.participant_id = ? ORDER BY c.issued_at"
        ),
        "quiz_scores": q(
            "SELECT w.title AS workshop, q.module_id, q.pre_score, q.post_score, q.max_score FROM quiz_scores q"
            " JOIN workshops w ON w.id = q.workshop_id WHERE q.participant_id = ?"
        ),
        "badges": q(
            "SELECT w.title AS workshop, b.short_code, b.issued_at, b.revoked_at FROM badge_tokens b"
            " JOIN workshops w ON w.id = b.workshop_id WHERE b.participant_id = ?"
        ),
        "emails": q("SELECT to_addr, subject, status, created_at, sent_at FROM outbox WHERE participant_id = ?"),
        "log": [
            {"at": r["at"], "action": r["action"], "actor": r["actor"]}
            for r in audit.entries(db, "participant", p.id)
        ],
    }


def export_personal_data(db: Database, participant_id: str, path: str | Path, lang: str | None = None,
                         password: str | None = None) -> Path:
    """Write a readable .docx of everything held about one person, in their language (access right).

    With ``password`` the file is sealed (``sealed``) for the way to the person; ``workshop-kit unseal``
    gives the .docx back.
    """
    from . import docxutil

    data = personal_data(db, participant_id)
    person = data["participant"]
    lang = lang or person.get("language") or "fr"
    if lang not in ("fr", "ar", "en"):
        lang = "fr"
    t = lambda text: translate(text, lang)  # noqa: E731
    rtl = lang == "ar"
    doc = docxutil.new_document(lang)
    title = docxutil.add_paragraph(doc, t(N_("Personal data held about you")), style="Title", rtl=rtl)
    if rtl:
        for run in title.runs:
            docxutil.set_run_rtl(run)
    docxutil.add_paragraph(
        doc,
        t(N_("This document lists everything Workshop Kit holds about you, as of {date}. Under Moroccan law "
             "09-08 you may ask for it to be corrected or erased.")).format(
            date=_ltr(date.today().isoformat()) if rtl else date.today().isoformat()),
        rtl=rtl,
    )

    def heading(text: str) -> None:
        h = doc.add_heading(level=1)
        docxutil.add_text(h, text)
        if rtl:
            docxutil.set_paragraph_rtl(h)
            for run in h.runs:
                docxutil.set_run_rtl(run)

    def table(headers: list[str], rows: list[list[Any]]) -> None:
        if not rows:
            docxutil.add_paragraph(doc, t(N_("None.")), rtl=rtl)
            return
        tbl = doc.add_table(rows=1, cols=len(headers))
        tbl.style = "Table Grid"
        if rtl:
            from docx.oxml import OxmlElement

            tbl._tbl.tblPr.append(OxmlElement("w:bidiVisual"))
        for cell, text in zip(tbl.rows[0].cells, headers, strict=True):
            _cell_text(cell, text, rtl, bold=True)
        for row in rows:
            cells = tbl.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                _cell_text(cell, "" if value is None else str(value), rtl)

    heading(t(N_("Your details")))
    rows = []
    for key in PERSONAL_FIELDS + CONSENT_FIELDS:
        value = person.get(key)
        if key == "nationality":
            value = name_of(value, lang) if value else value
        elif key == "gender" and value:
            value = t(_GENDERS.get(value, value))
        elif key == "language" and value:
            value = LANGUAGE_NAMES.get(value, value)
        elif key.startswith("consent_") and key not in ("consent_date", "consent_recorded_by"):
            value = t(N_("yes")) if value else t(N_("no"))
        rows.append([t(FIELD_LABELS[key]), value if value not in (None, "") else "—"])
    if person.get("erased_at"):
        rows.append([t(N_("Erased on")), person["erased_at"][:10]])
    table([t(N_("Field")), t(N_("Value"))], rows)

    heading(t(N_("Workshops")))
    table([t(N_("Workshop")), t(N_("Dates")), t(N_("Sessions attended")), t(N_("Certificate"))],
          [[w["title"], f"{w['start_date']} – {w['end_date']}", f"{w['attended']}/{w['sessions']}", w["certificate"] or "—"]
           for w in data["workshops"]])
    heading(t(N_("Attendance")))
    table([t(N_("Workshop")), t(N_("Session")), t(N_("Date")), t(N_("Status"))],
          [[a["workshop"], a["number"], f"{a['date']} {a['start_time']}-{a['end_time']}", t(_STATUS.get(a["status"], a["status"]))]
           for a in data["attendance"]])
    heading(t(N_("Certificates")))
    table([t(N_("Workshop")), t(N_("Number")), t(N_("Issued")), t(N_("Revoked"))],
          [[c["workshop"], c["number"], (c["issued_at"] or "")[:10], (c["revoked_at"] or "")[:10]] for c in data["certificates"]])
    heading(t(N_("Test scores")))
    table([t(N_("Workshop")), t(N_("Module")), t(N_("Before")), t(N_("After")), t(N_("Out of"))],
          [[s["workshop"], s["module_id"], s["pre_score"], s["post_score"], s["max_score"]] for s in data["quiz_scores"]])
    heading(t(N_("Badges")))
    table([t(N_("Workshop")), t(N_("Code")), t(N_("Issued")), t(N_("Revoked"))],
          [[b["workshop"], b["short_code"], (b["issued_at"] or "")[:10], (b["revoked_at"] or "")[:10]] for b in data["badges"]])
    heading(t(N_("E-mails")))
    table([t(N_("To")), t(N_("Subject")), t(N_("Status")), t(N_("Date"))],
          [[e["to_addr"], e["subject"], e["status"], (e["sent_at"] or e["created_at"] or "")[:10]] for e in data["emails"]])
    heading(t(N_("History of this record")))
    table([t(N_("Date")), t(N_("Action")), t(N_("By"))],
          [[e["at"][:19].replace("T", " "), e["action"], e["actor"] or "—"] for e in data["log"]])
    if password:
        import io

        from . import sealed

        buffer = io.BytesIO()
        doc.save(buffer)
        return sealed.write(path, buffer.getvalue(), password, f"personal-data-{participant_id[:8]}.docx")
    return docxutil.save_atomic(doc, path)


_GENDERS = {"F": N_("Woman"), "M": N_("Man"), "X": N_("Other / prefers not to say")}
_STATUS = {"present": N_("present"), "late": N_("late"), "absent": N_("absent"), "excused": N_("excused")}


def _cell_text(cell: _Cell, text: str, rtl: bool, bold: bool = False) -> None:
    from . import docxutil

    paragraph = cell.paragraphs[0]
    docxutil.add_text(paragraph, _ltr(text) if rtl else text, bold=bold)
    if rtl:
        docxutil.set_paragraph_rtl(paragraph)


def _ltr(text: str) -> str:
    """Phones, dates, e-mails inside Arabic text keep their order between left-to-right marks."""
    from .docxutil import has_arabic

    return text if not text or has_arabic(text) else f"\u200e{text}\u200e"


def personal_data_json(db: Database, participant_id: str) -> str:
    return json.dumps(personal_data(db, participant_id), ensure_ascii=False, indent=2, default=str)
