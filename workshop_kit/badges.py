"""Badge tokens: random, opaque secrets printed as QR codes, plus a short code for the keyboard.

Like pretix: a long random secret from an alphabet without look-alike characters (no o/O/0/1/i/l/I)
behind a short version prefix (``WK1-``) so the format can evolve. Nothing personal is inside:
a lost badge is revoked and a new one issued; the old token then reads as ``revoked`` at the door.
The short code (``K7M-4PQ``) is for typing when the camera or scanner fails.

USB scanners "type" the code as if on a US keyboard; on a French (AZERTY) laptop the same keys give
other characters (``WK1-`` arrives as ``ZK&)``; on the Arabic layout as ``ً،1-``). ``candidates`` undoes
the usual layout and caps-lock mix-ups (``keyboard_layouts`` for Arabic) so such a scan is still recognised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from . import audit
from .changes import writes
from .db import new_id, now_iso
from .errors import NotFound, ValidationError
from .i18n import _
from .keyboard_layouts import arabic_readings
from .sqlconn import Database

TOKEN_PREFIX = "WK1-"
TOKEN_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
TOKEN_LENGTH = 32  # 55^32 ≈ 2^185
SHORT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # upper case only: read aloud and typed by hand
SHORT_LENGTH = 6  # 31^6 ≈ 887 million

_TOKEN_RE = re.compile(r"^WK(\d+)-([A-Za-z0-9]+)$")
_SHORT_RE = re.compile(rf"^[{SHORT_ALPHABET}]{{{SHORT_LENGTH}}}$")

# What a US-layout scanner produces on an AZERTY (French) keyboard → what it meant.
_AZERTY_TO_QWERTY = str.maketrans(
    {
        "&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "§": "6", "è": "7", "!": "8", "ç": "9", "à": "0",
        ")": "-", "-": "6", "_": "8",
        "a": "q", "q": "a", "z": "w", "w": "z", "A": "Q", "Q": "A", "Z": "W", "W": "Z",
        ",": "m", "?": "M", ";": ",", "m": ";",
    }
)


@dataclass
class Badge:
    id: str
    token: str
    short_code: str
    workshop_id: str
    participant_id: str
    issued_at: str
    revoked_at: str | None = None
    revoked_reason: str | None = None

    @property
    def human_code(self) -> str:
        """The short code as printed: two groups of three (``K7M-4PQ``)."""
        return format_short_code(self.short_code)

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"human_code": self.human_code}


def new_token() -> str:
    import secrets  # here, not at the top: loading it (with OpenSSL) slowed every check-in command's start

    return TOKEN_PREFIX + "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def new_short_code() -> str:
    import secrets

    return "".join(secrets.choice(SHORT_ALPHABET) for _ in range(SHORT_LENGTH))


def format_short_code(code: str) -> str:
    return f"{code[:3]}-{code[3:]}"


def normalise_short_code(text: str) -> str | None:
    """``k7m 4pq`` / ``K7M-4PQ`` → ``K7M4PQ``; None when it cannot be a short code."""
    cleaned = re.sub(r"[\s\-_.]", "", text).upper()
    return cleaned if _SHORT_RE.match(cleaned) else None


def is_token_format(text: str) -> bool:
    return bool(_TOKEN_RE.match(text))


def candidates(scanned: str, keep: Callable[[str], bool] | None = None) -> list[str]:
    """The scanned text and its usual keyboard mix-ups (AZERTY or Arabic layout, caps lock), de-duplicated.

    ``keep`` tells the Arabic-layout readings which starts can lead to a badge (``find_badge``'s
    index lookups), so a token with many ambiguous keys is read in full rather than cut off.
    """
    raw = (scanned or "").strip().strip("\x00\r\n\t")
    out = [raw, raw.swapcase()]
    remapped = raw.translate(_AZERTY_TO_QWERTY)
    out += [remapped, remapped.swapcase()]
    for reading in arabic_readings(raw, keep):
        out += [reading, reading.swapcase()]
    seen: list[str] = []
    for c in out:
        if c and c not in seen:
            seen.append(c)
    return seen


def _row_to_badge(row: dict[str, Any] | None) -> Badge | None:
    return Badge(**row) if row else None


_COLUMNS = "id, token, short_code, workshop_id, participant_id, issued_at, revoked_at, revoked_reason"


SHORT_CODE_READING = 12  # a typed short code, with its dash and spaces, is never longer


def _may_start_a_badge(db: Database, start: str) -> bool:
    """Whether a token begins with ``start`` (or with it in the other case, for caps lock); any short
    start may still be a short code. One lookup in the token index each."""
    if len(start) <= SHORT_CODE_READING:
        return True
    return any(
        db.execute("SELECT 1 FROM badge_tokens WHERE token >= ? AND token < ? LIMIT 1", [s, s + "\U0010ffff"]).fetchone()
        for s in (start, start.swapcase())
    )


def find_badge(db: Database, scanned: str) -> Badge | None:
    """The badge (active or revoked, any workshop) a scanned text or typed short code designates.

    The candidates are looked up in batches (an Arabic-layout scan may have a few dozen readings);
    the first candidate that exists wins.
    """
    texts = candidates(scanned, lambda start: _may_start_a_badge(db, start))
    tokens = [t for t in texts if is_token_format(t)]
    codes = list(dict.fromkeys(c for t in texts if not is_token_format(t) and (c := normalise_short_code(t))))
    for column, values in (("token", tokens), ("short_code", codes)):
        found: dict[str, tuple] = {}
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in db.execute(f"SELECT {_COLUMNS} FROM badge_tokens WHERE {column} IN ({marks})", chunk):
                found[row[1] if column == "token" else row[2]] = row
        for value in values:
            if value in found:
                return Badge(*found[value])
    return None


def active_badge(db: Database, workshop_id: str, participant_id: str) -> Badge | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM badge_tokens WHERE workshop_id = ? AND participant_id = ? AND revoked_at IS NULL"
        " ORDER BY issued_at DESC LIMIT 1",
        [workshop_id, participant_id],
    ).fetchone()
    return Badge(*row) if row else None


def _check_enrolled(db: Database, workshop_id: str, participant_id: str) -> None:
    if not db.execute(
        "SELECT 1 FROM enrolments WHERE workshop_id = ? AND participant_id = ?", [workshop_id, participant_id]
    ).fetchone():
        raise ValidationError(
            _("This participant is not enrolled in the workshop; enrol them before issuing a badge.")
        )


def _insert_badge(db: Database, workshop_id: str, participant_id: str) -> Badge:
    for _attempt in range(20):
        badge = Badge(new_id(), new_token(), new_short_code(), workshop_id, participant_id, now_iso())
        exists = db.execute(
            "SELECT 1 FROM badge_tokens WHERE token = ? OR short_code = ?", [badge.token, badge.short_code]
        ).fetchone()
        if exists:
            continue  # astronomically rare for the token, possible for the short code at scale
        db.execute(
            f"INSERT INTO badge_tokens ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)",
            [badge.id, badge.token, badge.short_code, workshop_id, participant_id, badge.issued_at],
        )
        return badge
    raise ValidationError(_("Could not find a free badge code; try again."))  # pragma: no cover


@writes(badge_tokens=True)
def issue_badge(db: Database, workshop_id: str, participant_id: str, actor: str | None = None) -> Badge:
    """The participant's active badge for the workshop, created when there is none (idempotent)."""
    with db.atomic():
        current = active_badge(db, workshop_id, participant_id)
        if current:
            return current
        _check_enrolled(db, workshop_id, participant_id)
        badge = _insert_badge(db, workshop_id, participant_id)
        audit.log(db, "issue", "badge", badge.id, {"workshop": workshop_id, "participant": participant_id}, actor)
    return badge


@writes(badge_tokens=True)
def ensure_badges(db: Database, workshop_id: str, actor: str | None = None) -> dict[str, Badge]:
    """Active badges of every enrolled participant (participant id → badge), issuing missing ones."""
    rows = db.execute(
        f"SELECT {', '.join('b.' + c.strip() for c in _COLUMNS.split(','))} FROM badge_tokens b"
        " JOIN enrolments e ON e.workshop_id = b.workshop_id AND e.participant_id = b.participant_id"
        " WHERE b.workshop_id = ? AND b.revoked_at IS NULL ORDER BY b.issued_at",
        [workshop_id],
    ).fetchall()
    badges = {r[4]: Badge(*r) for r in rows}
    missing = [
        r[0]
        for r in db.execute(
            "SELECT e.participant_id FROM enrolments e JOIN participants p ON p.id = e.participant_id"
            " WHERE e.workshop_id = ? AND p.erased_at IS NULL",
            [workshop_id],
        ).fetchall()
        if r[0] not in badges
    ]
    if missing:
        with db.atomic():
            for pid in missing:
                badges[pid] = _insert_badge(db, workshop_id, pid)
            audit.log(db, "issue", "badge", None, {"workshop": workshop_id, "count": len(missing)}, actor)
    return badges


@writes(badge_tokens=True)
def revoke_badge(
    db: Database, workshop_id: str, participant_id: str, reason: str = "lost", actor: str | None = None
) -> Badge:
    """Revoke the participant's active badge (a lost badge then reads as revoked at the door)."""
    with db.atomic():
        current = active_badge(db, workshop_id, participant_id)
        if current is None:
            raise NotFound(_("This participant has no active badge for the workshop."))
        now = now_iso()
        db.execute(
            "UPDATE badge_tokens SET revoked_at = ?, revoked_reason = ? WHERE id = ?", [now, reason, current.id]
        )
        audit.log(db, "revoke", "badge", current.id, {"reason": reason}, actor)
    current.revoked_at, current.revoked_reason = now, reason
    return current


@writes(badge_tokens=True)
def reissue_badge(
    db: Database, workshop_id: str, participant_id: str, reason: str = "lost", actor: str | None = None
) -> Badge:
    """Revoke the current badge (if any) and issue a new one, in one transaction."""
    with db.atomic():
        _check_enrolled(db, workshop_id, participant_id)
        if active_badge(db, workshop_id, participant_id):
            revoke_badge(db, workshop_id, participant_id, reason, actor)
        return issue_badge(db, workshop_id, participant_id, actor)
