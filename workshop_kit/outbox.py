"""The e-mail outbox: certificates queued per participant, sent through the organisation's SMTP server.

Every message is a row (``outbox``) with a status: ``queued`` → ``sending`` → ``sent`` (or
``failed`` / ``cancelled`` / ``uncertain``). Exactly-once delivery is impossible with SMTP, so the
outbox aims for "never twice without the user saying so":

- every message gets its ``Message-ID`` when it is queued and keeps it for every attempt;
- the row is marked ``sending`` (attempt counted) in its own committed write *before* the SMTP
  transaction, and ``sent`` right after the server's reply;
- a failure before the message text was handed over (connecting, MAIL, RCPT, the DATA command) is
  safe to retry: the server cannot have it;
- a connection that drops (or times out) after the message text was handed over and before the
  server answered leaves the message ``uncertain``: the server may have accepted it. So does a row
  found in ``sending`` at the next run (the app died mid-send). Uncertain messages are never sent
  again automatically; the user checks (the sender's "sent" folder, the participant) and chooses
  ``outbox retry ID`` (same Message-ID, so mail programs that see both show one) or
  ``outbox mark-sent ID``.

Temporary failures (4xx answers, a dropped connection before the message was handed over) are retried
a few times; a message still failing stays ``queued`` for the next run until its attempts are used
up. Permanent refusals (5xx) are ``failed`` at once. Participants without an e-mail address or without
e-mail consent are skipped and listed. The SMTP password lives in the OS keyring (``keyring``) when
one exists; otherwise it is read from ``WORKSHOP_KIT_SMTP_PASSWORD`` or asked for each time, never
written to settings.json.
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
import shutil
import smtplib
import ssl
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from . import audit
from .atomicfile import atomic_path
from .changes import writes
from .db import new_id, now_iso
from .errors import NotFound, ValidationError, WorkshopKitError
from .i18n import N_, _
from .participants import Participant
from .sqlconn import Database
from .workshops import get_workshop

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer  # smtplib's own annotations

KEYRING_SERVICE = "workshop-kit-smtp"
PASSWORD_ENV = "WORKSHOP_KIT_SMTP_PASSWORD"
MAX_ATTEMPTS = 3
STATUSES = ("queued", "sending", "sent", "failed", "cancelled", "uncertain")
STATUS_LABELS = {
    "queued": N_("queued"),
    "sending": N_("sending"),
    "sent": N_("sent"),
    "failed": N_("failed"),
    "cancelled": N_("cancelled"),
    "uncertain": N_("uncertain"),
}

MESSAGES = {
    "fr": (
        "Votre attestation de participation — {workshop}",
        "Bonjour {name},\n\nVeuillez trouver ci-joint votre attestation de participation à l'atelier « {workshop} » "
        "({dates}).\n\nNuméro : {number}\nCode de vérification : {code}\n\nToute personne peut vérifier "
        "cette attestation avec Workshop Kit (code QR ou code de vérification).\n\nCordialement,\n{organisation}\n",
    ),
    "ar": (
        "شهادة مشاركتكم — {workshop}",
        "مرحبًا {name}،\n\nتجدون رفقته شهادة مشاركتكم في الورشة « {workshop} » ({dates}).\n\n"
        "رقم الشهادة: {number}\nرمز التحقق: {code}\n\nيمكن لأي جهة التحقق من هذه الشهادة بواسطة Workshop Kit "
        "(رمز QR أو رمز التحقق).\n\nمع أطيب التحيات،\n{organisation}\n",
    ),
    "en": (
        "Your certificate of participation — {workshop}",
        "Hello {name},\n\nPlease find attached your certificate of participation in the workshop \"{workshop}\" "
        "({dates}).\n\nNumber: {number}\nVerification code: {code}\n\nAnyone can check this certificate with "
        "Workshop Kit (QR code or verification code).\n\nKind regards,\n{organisation}\n",
    ),
}


class SmtpUnavailable(WorkshopKitError):
    """The server cannot be reached or refuses the login: nothing was sent, messages stay queued."""


class PasswordStoreUnavailable(WorkshopKitError):
    """No OS keyring backend: the password cannot be remembered safely."""


@dataclass
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # starttls | ssl | none
    username: str = ""
    from_addr: str = ""
    from_name: str = ""
    timeout: float = 30.0
    cafile: str = ""  # a private certificate authority the server's certificate is signed by

    @classmethod
    def from_settings(cls, values: dict[str, Any]) -> SmtpSettings:
        smtp = values.get("smtp") or {}
        known = cls.__dataclass_fields__
        s = cls(**{k: v for k, v in smtp.items() if k in known})
        if not s.from_name:
            s.from_name = values.get("organisation_name") or ""
        return s

    def check(self) -> None:
        if not self.host:
            raise ValidationError(_("No SMTP server set. Set it with: workshop-kit outbox smtp --host … --from …"), "host")
        if not self.from_addr or "@" not in self.from_addr:
            raise ValidationError(_("Set the sender address for e-mails."), "from_addr")
        if self.security not in ("starttls", "ssl", "none"):
            raise ValidationError(_("Security must be starttls, ssl or none."), "security")

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


# --------------------------------------------------------------------------------------------
# Password
# --------------------------------------------------------------------------------------------
def _keyring() -> ModuleType | None:
    """The keyring module, or None when this computer has no usable password store."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return keyring


def password_storage() -> str:
    """``keyring`` when the OS keyring is usable, else ``none`` (environment variable or prompt)."""
    return "keyring" if _keyring() is not None else "none"


def _account(s: SmtpSettings) -> str:
    return f"{s.username or s.from_addr}@{s.host}"


def store_password(s: SmtpSettings, password: str) -> None:
    ring = _keyring()
    if ring is None:
        raise PasswordStoreUnavailable(
            _("No system keyring is available on this computer, so the password cannot be remembered safely. "
              "Give it each time (--password-stdin) or set the environment variable {env}.").format(env=PASSWORD_ENV)
        )
    ring.set_password(KEYRING_SERVICE, _account(s), password)


def get_password(s: SmtpSettings) -> str | None:
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    ring = _keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(KEYRING_SERVICE, _account(s))
    except Exception:  # noqa: BLE001 - a locked or broken keyring means "no stored password"
        return None


# --------------------------------------------------------------------------------------------
# Queueing
# --------------------------------------------------------------------------------------------
@dataclass
class QueueResult:
    queued: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"queued": self.queued, "skipped": self.skipped}


def outbox_dir(data_dir: Path) -> Path:
    return data_dir / "outbox"


def message_for(lang: str, **values: Any) -> tuple[str, str]:
    subject, body = MESSAGES.get(lang, MESSAGES["fr"])
    return subject.format(**values), body.format(**values)


@writes(outbox=True)
def queue_certificates(db: Database, data_dir: Path, workshop_ref: str, files: dict[str, Path],
                       settings: dict[str, Any], actor: str | None = None) -> QueueResult:
    """Queue one message per certificate; ``files`` maps certificate number → PDF (else .docx)."""
    from . import certcode
    from .certificates import format_dates

    workshop = get_workshop(db, workshop_ref)
    smtp = SmtpSettings.from_settings(settings)
    domain = (smtp.from_addr.split("@", 1)[1] if "@" in smtp.from_addr else "workshop-kit.invalid")
    organisation = settings.get("organisation_name") or "Workshop Kit"
    result = QueueResult()
    rows = list(db.query(
        "SELECT c.id AS cid, c.number, c.signature, c.revoked_at, p.* FROM certificates c"
        " JOIN participants p ON p.id = c.participant_id WHERE c.workshop_id = ? ORDER BY c.number", [workshop.id]))
    folder = outbox_dir(data_dir)
    with db.atomic():
        for row in rows:
            p = Participant.from_row(row)
            name = p.display_name(p.language or workshop.language or "fr")
            reason = None
            if row["revoked_at"]:
                reason = _("certificate revoked")
            elif not (p.email or "").strip():
                reason = _("no e-mail address")
            elif not p.consent_email:
                reason = _("no consent to e-mail")
            elif row["number"] not in files or not Path(files[row["number"]]).exists():
                reason = _("no certificate file; generate the certificates first")
            existing = db.execute(
                "SELECT id, status FROM outbox WHERE certificate_id = ? AND status IN ('queued', 'sending', 'sent')",
                [row["cid"]]).fetchone()
            if reason is None and existing:
                reason = _("already in the outbox ({status})").format(status=existing[1])
            if reason:
                result.skipped.append({"number": row["number"], "name": name, "reason": reason})
                continue
            lang = p.language if p.language in MESSAGES else (workshop.language if workshop.language in MESSAGES else "fr")
            code = certcode.identity_code(row["cid"])
            subject, body = message_for(lang, name=name, workshop=workshop.title, number=row["number"], code=code,
                                        organisation=organisation,
                                        dates=format_dates(workshop.start_date, workshop.end_date, lang))
            mid = new_id()
            source = Path(files[row["number"]])
            stored = store_attachment(db, folder / mid, source)
            message_id = f"<{row['number']}.{uuid.uuid4().hex[:12]}@{domain}>"
            now = now_iso()
            db.execute(
                "INSERT INTO outbox (id, certificate_id, participant_id, to_addr, subject, body, attachment_path,"
                " status, attempts, message_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)",
                [mid, row["cid"], p.id, (p.email or "").strip(), subject, body, str(stored), message_id, now, now],
            )
            audit.log(db, "queue", "outbox", mid, {"number": row["number"]}, actor)
            result.queued.append({"id": mid, "number": row["number"], "name": name, "to": (p.email or "").strip(),
                                  "attachment": source.name})
    return result


SEALED_ATTACHMENT = "attachment.sealed"


def store_attachment(db: Database, folder: Path, source: Path) -> Path:
    """The outbox's own copy of a certificate; in an encrypted data folder it is sealed, its name too."""
    from . import dbconnect, sealed

    folder.mkdir(parents=True, exist_ok=True)
    key = dbconnect.connection_key(db.conn)
    if key is None:
        stored = folder / source.name
        with atomic_path(stored) as tmp:
            shutil.copyfile(source, tmp)
        return stored
    stored = folder / SEALED_ATTACHMENT
    with atomic_path(stored) as tmp:
        tmp.write_bytes(sealed.seal_with_key(source.read_bytes(), source.name, *key))
    return stored


def read_attachment(path: Path) -> tuple[str, bytes]:
    """(file name, content) of an outbox attachment, sealed or not."""
    from . import dbconnect, sealed

    if path.name == SEALED_ATTACHMENT:
        return sealed.open_with_key(path.read_bytes(), dbconnect.key_for_salt)
    return path.name, path.read_bytes()


def files_in(folder: str | Path) -> dict[str, Path]:
    """Certificate number → file, from a folder of generated certificates (PDF preferred)."""
    found: dict[str, Path] = {}
    for path in sorted(Path(folder).glob("*")):
        if path.suffix.lower() not in (".pdf", ".docx") or path.name.startswith("."):
            continue
        number = path.stem.split("_", 1)[0]
        if number not in found or path.suffix.lower() == ".pdf":
            found[number] = path
    return found


# --------------------------------------------------------------------------------------------
# Listing and changing rows
# --------------------------------------------------------------------------------------------
def list_outbox(db: Database, status: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT id, to_addr, subject, status, attempts, last_error, message_id, created_at, sent_at FROM outbox"
    params: list[Any] = []
    if status:
        sql += " WHERE status = ?"
        params.append(status)
    return list(db.query(sql + " ORDER BY created_at, id", params))


def counts(db: Database) -> dict[str, int]:
    out = dict.fromkeys(STATUSES, 0)
    for status, n in db.execute("SELECT status, COUNT(*) FROM outbox GROUP BY status").fetchall():
        out[status] = n
    return out


def _get(db: Database, ref: str) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM outbox WHERE id = ?", [ref]))
    if not rows and len(ref) >= 4:
        rows = list(db.query("SELECT * FROM outbox WHERE substr(id, 1, ?) = ?", [len(ref), ref]))
    if len(rows) != 1:
        raise NotFound(_("No single outbox message '{ref}'. See: workshop-kit outbox list").format(ref=ref))
    return rows[0]


@writes(outbox=True)
def retry(db: Database, ref: str) -> dict[str, Any]:
    """Put a failed, cancelled or uncertain message back in the queue (same Message-ID)."""
    row = _get(db, ref)
    if row["status"] not in ("failed", "cancelled", "uncertain"):
        raise ValidationError(
            _("Only failed, cancelled or uncertain messages can be sent again (this one is {status}).").format(
                status=row["status"]))
    db.execute("UPDATE outbox SET status = 'queued', attempts = 0, updated_at = ? WHERE id = ?", [now_iso(), row["id"]])
    return _get(db, row["id"])


@writes(outbox=True)
def mark_sent(db: Database, ref: str) -> dict[str, Any]:
    """The user checked that an uncertain message arrived: record it as sent, never send it again."""
    row = _get(db, ref)
    if row["status"] != "uncertain":
        raise ValidationError(_("Only uncertain messages can be marked as sent (this one is {status}).").format(
            status=row["status"]))
    now = now_iso()
    db.execute("UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL, updated_at = ? WHERE id = ?",
               [now, now, row["id"]])
    return _get(db, row["id"])


@writes(outbox=True)
def cancel(db: Database, ref: str) -> dict[str, Any]:
    row = _get(db, ref)
    if row["status"] not in ("queued", "failed", "uncertain"):
        raise ValidationError(
            _("Only queued, failed or uncertain messages can be cancelled (this one is {status}).").format(
                status=row["status"]))
    db.execute("UPDATE outbox SET status = 'cancelled', updated_at = ? WHERE id = ?", [now_iso(), row["id"]])
    return _get(db, row["id"])


def uncertain_reason() -> str:
    return _("The connection was lost after the message was handed to the server: it may have been delivered. "
             "Check the sender's mailbox, then send it again (workshop-kit outbox retry ID) or mark it sent "
             "(workshop-kit outbox mark-sent ID).")


@writes(outbox=True)
def recover_interrupted(db: Database) -> list[str]:
    """Messages left in ``sending`` by a crash: the server may have them, so they become ``uncertain``."""
    rows = [r[0] for r in db.execute("SELECT id FROM outbox WHERE status = 'sending'").fetchall()]
    if rows:
        db.execute(
            "UPDATE outbox SET status = 'uncertain', last_error = ?, updated_at = ? WHERE status = 'sending'",
            [_("Interrupted while sending: the server may have received it. Check the sender's mailbox, then "
               "send it again (workshop-kit outbox retry ID) or mark it sent (workshop-kit outbox mark-sent ID)."),
             now_iso()],
        )
    return rows


# --------------------------------------------------------------------------------------------
# Sending
# --------------------------------------------------------------------------------------------
@dataclass
class SendResult:
    sent: list[str] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    uncertain: list[dict[str, str]] = field(default_factory=list)
    still_queued: int = 0
    interrupted: list[str] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"sent": self.sent, "failed": self.failed, "uncertain": self.uncertain,
                "still_queued": self.still_queued,
                "interrupted": self.interrupted, "cancelled": self.cancelled}


def build_message(row: dict[str, Any], s: SmtpSettings) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr((s.from_name, s.from_addr)) if s.from_name else s.from_addr
    msg["To"] = row["to_addr"]
    msg["Subject"] = row["subject"]
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = row["message_id"]
    msg.set_content(row["body"])
    path = row.get("attachment_path")
    if path:
        filename, data = read_attachment(Path(path))
        ctype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


class _HandOverTracking:
    """Knows whether the message text has started to go out in the current DATA command.

    ``smtplib.SMTP.data`` sends the DATA command, reads the 354, then sends the whole text in one
    ``send`` call and reads the final reply. From the second ``send`` on, the server may hold the
    message; a connection lost after that point and before a reply makes the delivery uncertain.
    """

    handed_over = False
    _sends_in_data: int | None = None

    def data(self, msg: ReadableBuffer | str) -> tuple[int, bytes]:
        self._sends_in_data = 0
        try:
            return super().data(msg)  # type: ignore[misc]
        finally:
            self._sends_in_data = None

    def send(self, s: ReadableBuffer | str) -> None:
        if self._sends_in_data is not None:
            self._sends_in_data += 1
            if self._sends_in_data >= 2:
                self.handed_over = True
        return super().send(s)  # type: ignore[misc]


class _SMTP(_HandOverTracking, smtplib.SMTP):
    pass


class _SMTPSSL(_HandOverTracking, smtplib.SMTP_SSL):
    pass


def connect(s: SmtpSettings, password: str | None) -> smtplib.SMTP:
    """A logged-in connection; certificates are always checked (the system's CAs, or ``cafile``)."""
    s.check()
    try:
        context = ssl.create_default_context(cafile=s.cafile or None)
        if s.security == "ssl":
            server: smtplib.SMTP = _SMTPSSL(s.host, s.port, timeout=s.timeout, context=context)
        else:
            server = _SMTP(s.host, s.port, timeout=s.timeout)
            if s.security == "starttls":
                server.starttls(context=context)
        if s.username:
            if not password:
                server.quit()
                raise SmtpUnavailable(_("The SMTP password is missing: store it with workshop-kit outbox smtp "
                                        "--password-stdin, or set {env}.").format(env=PASSWORD_ENV))
            server.login(s.username, password)
    except smtplib.SMTPAuthenticationError as exc:
        raise SmtpUnavailable(_("The SMTP server refused the user name or password ({detail}).").format(
            detail=exc.smtp_code)) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise SmtpUnavailable(_("Cannot reach the SMTP server {host}:{port} ({detail}). Messages stay in the "
                                "outbox; send them when a connection exists.").format(
            host=s.host, port=s.port, detail=exc)) from exc
    return server


@writes(outbox=True)
def send_queued(
    db: Database,
    settings: dict[str, Any],
    password: str | None = None,
    *,
    max_attempts: int = MAX_ATTEMPTS,
    retry_delay: float = 1.0,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SendResult:
    """Send every queued message over one connection, reconnecting after a temporary failure."""
    s = SmtpSettings.from_settings(settings)
    s.check()
    if password is None:
        password = get_password(s)
    result = SendResult(interrupted=recover_interrupted(db))
    queue = list(db.query("SELECT * FROM outbox WHERE status = 'queued' ORDER BY created_at, id"))
    if not queue:
        return result
    server: smtplib.SMTP | None = connect(s, password)
    try:
        for i, row in enumerate(queue):
            if cancelled and cancelled():
                result.cancelled = True
                break
            if progress:
                progress(i, len(queue), row["to_addr"])
            server = _send_one(db, server, s, password, row, result, max_attempts, retry_delay)
        if progress and not result.cancelled:
            progress(len(queue), len(queue), "")
    finally:
        if server is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                server.quit()
    result.still_queued = db.execute("SELECT COUNT(*) FROM outbox WHERE status = 'queued'").fetchone()[0]
    return result


def _send_one(db: Database, server: smtplib.SMTP | None, s: SmtpSettings, password: str | None,
              row: dict[str, Any], result: SendResult, max_attempts: int, retry_delay: float) -> smtplib.SMTP | None:
    try:
        message = build_message(row, s)
    except (OSError, WorkshopKitError) as exc:
        _mark(db, row["id"], "failed", _("The attachment cannot be read: {detail}").format(detail=exc))
        result.failed.append({"id": row["id"], "to": row["to_addr"], "error": str(exc)})
        return server
    attempts = row["attempts"]
    while True:
        claimed = db.execute(
            "UPDATE outbox SET status = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ? AND status = 'queued'",
            [now_iso(), row["id"]]).rowcount
        if not claimed:
            return server  # someone else (another window) took it
        attempts += 1
        error, permanent, handed_over = None, False, False
        try:
            if server is None:
                server = connect(s, password)
            server.handed_over = False  # type: ignore[attr-defined]
            server.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [c for c, _m in exc.recipients.values()]
            error, permanent = f"{codes[0] if codes else ''} {exc.recipients}", all(c >= 500 for c in codes)
        except smtplib.SMTPResponseException as exc:  # the server answered: it did not take the message
            error, permanent = f"{exc.smtp_code} {exc.smtp_error!r}", 500 <= exc.smtp_code < 600
            if exc.smtp_code == 421:
                _drop(server)
                server = None
        except (TimeoutError, smtplib.SMTPServerDisconnected, SmtpUnavailable, OSError) as exc:
            error = str(exc) or type(exc).__name__
            handed_over = bool(getattr(server, "handed_over", False))
            _drop(server)
            server = None
        if error is not None and handed_over:
            _mark(db, row["id"], "uncertain", f"{uncertain_reason()} ({error})")
            result.uncertain.append({"id": row["id"], "to": row["to_addr"], "error": error})
            return server
        if error is None:
            db.execute("UPDATE outbox SET status = 'sent', sent_at = ?, last_error = NULL, updated_at = ? WHERE id = ?",
                       [now_iso(), now_iso(), row["id"]])
            result.sent.append(row["id"])
            return server
        if permanent or attempts >= max_attempts:
            _mark(db, row["id"], "failed", error)
            result.failed.append({"id": row["id"], "to": row["to_addr"], "error": error})
            return server
        _mark(db, row["id"], "queued", error)
        time.sleep(retry_delay)


def _drop(server: smtplib.SMTP | None) -> None:
    if server is not None:
        with contextlib.suppress(OSError, smtplib.SMTPException):
            server.close()


def _mark(db: Database, mid: str, status: str, error: str | None) -> None:
    db.execute("UPDATE outbox SET status = ?, last_error = ?, updated_at = ? WHERE id = ?",
               [status, error, now_iso(), mid])
