"""The database handle the core passes around: ``execute``, ``query`` and ``atomic`` on one connection.

The core only ever used these three methods (and ``conn``) of ``sqlite_utils.Database``. Importing
sqlite-utils costs about half of a short command's start (click, dateutil and a plugin scan come with
it), and its ``query`` wraps every statement in a savepoint, which the check-in pays on each scan.
This class keeps the same methods and meanings without that. Anything else of sqlite-utils' API
(``db["table"]``, ``db.table(...)``) still works: it is handed to a ``sqlite_utils.Database`` over the
same connection, imported on first use.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

Params = Sequence[Any] | dict[str, Any] | None
_savepoints = itertools.count(1)  # unique savepoint names (no need for the secrets module's import)


LIKE_ESCAPE = "ESCAPE '\\'"  # goes with like_contains


def like_contains(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its ``%``, ``_`` and ``\\`` taken literally.

    Use it as ``f"column LIKE ? {LIKE_ESCAPE}"``: a search for "50%" or "a_b" finds those characters,
    not every row.
    """
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class Database:
    """One SQLite connection with the subset of ``sqlite_utils.Database`` the core uses."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # sqlite-utils turned this on for every connection it wrapped; triggers keep relying on it.
        conn.execute("PRAGMA recursive_triggers = ON")
        self._full_api: Any = None

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.conn.executescript(sql)

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """Rows as dicts; the statement runs now, rows are read as the result is iterated."""
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() is for SQL that returns rows; use execute()")
        keys = [d[0] for d in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        """One transaction; a nested block is a savepoint (rolled back alone if it fails)."""
        if self.conn.in_transaction:
            name = f"wk_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) trigger may have ended everything
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    def close(self) -> None:
        self.conn.close()

    # -- the rest of sqlite-utils' API, on demand -------------------------------------------------
    def _full(self) -> Any:  # noqa: ANN401 - sqlite_utils.Database
        if self._full_api is None or self._full_api.conn is not self.conn:  # encryption swaps ``conn``
            from sqlite_utils import Database as FullDatabase

            self._full_api = FullDatabase(self.conn)
        return self._full_api

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401
        if name.startswith("_"):  # private names (caches set with getattr/setattr) never load sqlite-utils
            raise AttributeError(name)
        return getattr(self._full(), name)

    def __getitem__(self, table: str) -> Any:  # noqa: ANN401
        return self._full()[table]
