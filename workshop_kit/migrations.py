"""Numbered schema migrations.

The schema version is SQLite's ``PRAGMA user_version``. Migration N brings the schema from N-1 to N;
a migration is numbered by its position in ``MIGRATIONS`` (append new ones at the end, never edit or
reorder a released one). ``db.open_database`` takes a verified backup before running any of them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import cast

Migration = Callable[[sqlite3.Connection], None]


def _m001_core(conn: sqlite3.Connection) -> None:
    """Organisations, workshops, sessions, participants, enrolments, device metadata."""
    conn.executescript(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE organisations (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            short_name TEXT,
            kind TEXT,
            city TEXT,
            logo_path TEXT,
            public_key TEXT,
            is_default INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE workshops (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            city TEXT,
            venue TEXT,
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL,
            modules TEXT NOT NULL DEFAULT '[]',
            partner TEXT,
            donor TEXT,
            project_code TEXT,
            attendance_threshold REAL NOT NULL DEFAULT 0.8,
            late_grace_minutes INTEGER NOT NULL DEFAULT 15,
            trainer_name TEXT,
            language TEXT NOT NULL DEFAULT 'fr',
            organisation_id TEXT REFERENCES organisations(id),
            notes TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            date TEXT NOT NULL,
            start_time TEXT NOT NULL,
            end_time TEXT NOT NULL,
            module_id TEXT,
            title TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (workshop_id, number)
        );
        CREATE INDEX idx_sessions_workshop_date ON sessions(workshop_id, date, start_time);
        CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            first_name TEXT,
            last_name TEXT,
            first_name_ar TEXT,
            last_name_ar TEXT,
            gender TEXT,
            birth_year INTEGER,
            age_band TEXT,
            nationality TEXT,
            phone TEXT,
            email TEXT,
            organisation_name TEXT,
            organisation_kind TEXT,
            role TEXT,
            city TEXT,
            heard_from TEXT,
            language TEXT,
            consent_data INTEGER NOT NULL DEFAULT 0,
            consent_photos INTEGER NOT NULL DEFAULT 0,
            consent_email INTEGER NOT NULL DEFAULT 0,
            consent_date TEXT,
            consent_recorded_by TEXT,
            notes TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            erased_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX idx_participants_email ON participants(email);
        CREATE INDEX idx_participants_phone ON participants(phone);
        CREATE TABLE enrolments (
            id TEXT PRIMARY KEY,
            workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            role TEXT NOT NULL DEFAULT 'participant',
            enrolled_at TEXT NOT NULL,
            UNIQUE (workshop_id, participant_id)
        );
        CREATE INDEX idx_enrolments_participant ON enrolments(participant_id);
        """
    )


def _m002_attendance(conn: sqlite3.Connection) -> None:
    """Badge tokens, attendance and the check-in event log (every scan, failed ones included)."""
    conn.executescript(
        """
        CREATE TABLE badge_tokens (
            id TEXT PRIMARY KEY,
            token TEXT NOT NULL UNIQUE,
            short_code TEXT NOT NULL UNIQUE,
            workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            issued_at TEXT NOT NULL,
            revoked_at TEXT,
            revoked_reason TEXT
        );
        CREATE INDEX idx_badges_participant ON badge_tokens(workshop_id, participant_id);
        CREATE TABLE attendance (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('present', 'late', 'absent', 'excused')),
            checked_in_at TEXT,
            device_id TEXT,
            method TEXT CHECK (method IN ('scanner', 'camera', 'search', 'manual', 'import', 'bundle')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (session_id, participant_id)
        );
        CREATE INDEX idx_attendance_participant ON attendance(participant_id);
        CREATE TABLE checkin_events (
            id TEXT PRIMARY KEY,
            session_id TEXT REFERENCES sessions(id) ON DELETE CASCADE,
            participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
            scanned TEXT,
            result TEXT NOT NULL,
            reason TEXT,
            method TEXT,
            device_id TEXT,
            at TEXT NOT NULL
        );
        CREATE INDEX idx_checkin_events_session ON checkin_events(session_id, at);
        """
    )


def _m003_certificates_outbox_audit(conn: sqlite3.Connection) -> None:
    """Certificates, the e-mail outbox, quiz scores and the audit log."""
    conn.executescript(
        """
        CREATE TABLE certificates (
            id TEXT PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            payload TEXT,
            signature TEXT,
            issued_at TEXT NOT NULL,
            revoked_at TEXT,
            revoked_reason TEXT,
            UNIQUE (workshop_id, participant_id)
        );
        CREATE TABLE outbox (
            id TEXT PRIMARY KEY,
            certificate_id TEXT REFERENCES certificates(id) ON DELETE SET NULL,
            participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
            to_addr TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            attachment_path TEXT,
            status TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            message_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            sent_at TEXT
        );
        CREATE INDEX idx_outbox_status ON outbox(status);
        CREATE TABLE quiz_scores (
            id TEXT PRIMARY KEY,
            workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            module_id TEXT NOT NULL,
            pre_score REAL,
            post_score REAL,
            max_score REAL NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (workshop_id, participant_id, module_id)
        );
        CREATE TABLE audit_log (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            device_id TEXT,
            actor TEXT,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            details TEXT
        );
        CREATE INDEX idx_audit_entity ON audit_log(entity, entity_id);
        """
    )


def _m004_participant_search_and_duplicates(conn: sqlite3.Connection) -> None:
    """Search as you type over 100k participants, sorting indexes, and "not the same person" decisions.

    ``participants_fts`` is an FTS5 trigram index over the folded ``search_text`` (substring search in
    Latin and Arabic script), kept in step by triggers. ``distinct_people`` remembers pairs a
    coordinator marked as different people so duplicate detection stops proposing them.
    """
    conn.executescript(
        """
        CREATE VIRTUAL TABLE participants_fts USING fts5(
            search_text, content='participants', content_rowid='rowid', tokenize='trigram'
        );
        INSERT INTO participants_fts (rowid, search_text) SELECT rowid, search_text FROM participants;
        CREATE TRIGGER participants_fts_ai AFTER INSERT ON participants BEGIN
            INSERT INTO participants_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
        END;
        CREATE TRIGGER participants_fts_ad AFTER DELETE ON participants BEGIN
            INSERT INTO participants_fts (participants_fts, rowid, search_text)
                VALUES ('delete', old.rowid, old.search_text);
        END;
        CREATE TRIGGER participants_fts_au AFTER UPDATE OF search_text ON participants BEGIN
            INSERT INTO participants_fts (participants_fts, rowid, search_text)
                VALUES ('delete', old.rowid, old.search_text);
            INSERT INTO participants_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
        END;
        CREATE INDEX idx_participants_sort_latin
            ON participants(COALESCE(last_name, last_name_ar) COLLATE NOCASE, first_name COLLATE NOCASE, id);
        CREATE INDEX idx_participants_sort_arabic
            ON participants(COALESCE(last_name_ar, last_name), first_name_ar, id);
        CREATE INDEX idx_certificates_participant ON certificates(participant_id);
        CREATE INDEX idx_quiz_scores_participant ON quiz_scores(participant_id);
        CREATE INDEX idx_checkin_events_participant ON checkin_events(participant_id);
        CREATE INDEX idx_outbox_participant ON outbox(participant_id);
        CREATE TABLE distinct_people (
            participant_a TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            participant_b TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            decided_at TEXT NOT NULL,
            decided_by TEXT,
            PRIMARY KEY (participant_a, participant_b),
            CHECK (participant_a < participant_b)
        );
        """
    )


def _m005_tombstones_and_uncertain_mail(conn: sqlite3.Connection) -> None:
    """Deletions that travel in bundles, and the outbox status for a message that may have gone out.

    ``tombstones`` remembers the UUID of every deleted session and enrolment (filled by triggers, so
    every way of deleting is covered) so a bundle from another laptop cannot bring them back. The
    outbox gains ``uncertain``: the connection dropped after the message was handed over, so the
    server may have it; only the user decides to send it again or to mark it sent. Record dates in the
    future (from a laptop with a wrong clock) are brought back to now so later corrections win again.
    """
    conn.executescript(
        """
        CREATE TABLE tombstones (
            id TEXT PRIMARY KEY,
            table_name TEXT NOT NULL CHECK (table_name IN ('sessions', 'enrolments')),
            workshop_id TEXT NOT NULL,
            participant_id TEXT,
            deleted_at TEXT NOT NULL
        );
        CREATE INDEX idx_tombstones_workshop ON tombstones(workshop_id);
        CREATE TRIGGER sessions_tombstone AFTER DELETE ON sessions BEGIN
            INSERT OR IGNORE INTO tombstones (id, table_name, workshop_id, deleted_at)
                VALUES (old.id, 'sessions', old.workshop_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
        END;
        CREATE TRIGGER enrolments_tombstone AFTER DELETE ON enrolments BEGIN
            INSERT OR IGNORE INTO tombstones (id, table_name, workshop_id, participant_id, deleted_at)
                VALUES (old.id, 'enrolments', old.workshop_id, old.participant_id,
                        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
        END;
        CREATE TABLE outbox_v5 (
            id TEXT PRIMARY KEY,
            certificate_id TEXT REFERENCES certificates(id) ON DELETE SET NULL,
            participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
            to_addr TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            attachment_path TEXT,
            status TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled', 'uncertain')),
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            message_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            sent_at TEXT
        );
        INSERT INTO outbox_v5 SELECT id, certificate_id, participant_id, to_addr, subject, body, attachment_path,
            status, attempts, last_error, message_id, created_at, updated_at, sent_at FROM outbox;
        DROP TABLE outbox;
        ALTER TABLE outbox_v5 RENAME TO outbox;
        CREATE INDEX idx_outbox_status ON outbox(status);
        CREATE INDEX idx_outbox_participant ON outbox(participant_id);
        """
    )
    # Records a bundle dated in the future (a laptop clock at 9999) would never accept a correction again.
    for table in ("organisations", "workshops", "sessions", "participants", "attendance", "quiz_scores"):
        conn.execute(
            f"UPDATE {table} SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
            " WHERE updated_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 day')"
        )


def _m006_workshop_arabic_forms(conn: sqlite3.Connection) -> None:
    """The Arabic title, venue and trainer's name of a workshop, and the trainer's gender.

    Arabic certificates, agendas and sign-in sheets printed the French title and venue; with these
    they speak Arabic (empty: the French form is used). The gender (``F``/``M``, empty when unknown)
    lets certificates say "Formatrice"/"Formateur" and "المكوّنة"/"المكوّن" instead of a neutral form.
    """
    conn.executescript(
        """
        ALTER TABLE workshops ADD COLUMN title_ar TEXT;
        ALTER TABLE workshops ADD COLUMN venue_ar TEXT;
        ALTER TABLE workshops ADD COLUMN trainer_name_ar TEXT;
        ALTER TABLE workshops ADD COLUMN trainer_gender TEXT;
        """
    )


MIGRATIONS: list[Migration] = [
    _m001_core,
    _m002_attendance,
    _m003_certificates_outbox_audit,
    _m004_participant_search_and_duplicates,
    _m005_tombstones_and_uncertain_mail,
    _m006_workshop_arabic_forms,
]

LATEST_VERSION = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def pending(conn: sqlite3.Connection) -> list[int]:
    """Versions still to apply (1-based)."""
    return list(range(current_version(conn) + 1, LATEST_VERSION + 1))


def migrate(conn: sqlite3.Connection, target: int | None = None) -> list[int]:
    """Apply migrations up to ``target`` (default: latest), each in its own transaction.

    Returns the versions applied. A failure rolls that migration back and leaves the schema at the
    previous version.
    """
    target = LATEST_VERSION if target is None else target
    applied = []
    for version in range(current_version(conn) + 1, target + 1):
        migration = MIGRATIONS[version - 1]
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration(cast(sqlite3.Connection, _NoCommit(conn)))  # it has the two methods migrations use
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


class _NoCommit:
    """Lets a migration run several statements inside the caller's transaction.

    ``executescript`` would COMMIT first; here each statement runs with ``execute`` instead.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def executescript(self, script: str) -> None:
        for statement in _split_sql(script):
            self._conn.execute(statement)

    def execute(self, sql: str, params: tuple | dict = ()):  # noqa: ANN201 - mirrors sqlite3
        return self._conn.execute(sql, params)


def _split_sql(script: str) -> list[str]:
    statements, current = [], []
    for line in script.splitlines():
        current.append(line)
        candidate = "\n".join(current).strip()
        if candidate.endswith(";") and sqlite3.complete_statement(candidate):
            statements.append(candidate)
            current = []
    rest = "\n".join(current).strip()
    if rest:
        statements.append(rest)
    return statements
