"""Sorted pages of a search over many participants, from an in-memory copy of the sort order.

SQLite answers a sorted page of a search either by walking the sort index and testing every row (fast
when matches come early in the order) or by collecting the matches and sorting them (fast when they
are few). Searches of one or two letters ("Ko", "06", "عم") over 100,000 people, and words matched
by ten thousand of them, are neither: a page took 30–90 ms of CPU. Here the participants' ids and
folded search texts are kept once in sort order (the texts as one UTF-8 string, one row a line: about
30 MB at 100k), and a page is the first rows of that order that hold every word — the same substring
test the search index answers — found with ``bytes.find``, in a few milliseconds.

The copy is rebuilt when the data changes: ``PRAGMA data_version`` (commits by other connections)
and ``total_changes`` (this connection's writes) are checked before each use; building it takes about
as long as one slow page did. Only the common case uses it (sort by name, no column filter, a word the
index finds in many rows or a short word); the rest goes through SQL as before.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from .sqlconn import Database

ORDERED_SORTS = ("name", "name_ar")
FEW_MATCHES = 3000  # a word the index finds in fewer rows: SQL sorts those few rows faster


class _Order:
    """Ids and folded search texts in one sort order, for one state of the data."""

    def __init__(self, db: Database, order_sql: str, include_erased: bool) -> None:
        where = "" if include_erased else " WHERE p.erased_at IS NULL"
        self.ids: list[str] = []
        lines: list[bytes] = []
        for pid, text in db.execute(f"SELECT p.id, p.search_text FROM participants p{where} ORDER BY {order_sql}"):
            self.ids.append(pid)
            lines.append((text or "").replace("\n", " ").encode())
        # One line per row: bytes.find skips the rows that do not match at C speed.
        self.joined = b"\n".join(lines)
        self.starts: list[int] = []
        offset = 0
        for line in lines:
            self.starts.append(offset)
            offset += len(line) + 1
        self.workshops: dict[str, frozenset[str]] = {}

    def line(self, i: int) -> bytes:
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.joined)
        return self.joined[self.starts[i]:end]

    def enrolled(self, db: Database, workshop_id: str) -> frozenset[str]:
        found = self.workshops.get(workshop_id)
        if found is None:
            found = frozenset(r[0] for r in db.execute(
                "SELECT participant_id FROM enrolments WHERE workshop_id = ?", [workshop_id]))
            self.workshops[workshop_id] = found
        return found


def _order(db: Database, sort: str, order_sql: str, include_erased: bool) -> _Order:
    cache: dict[tuple[str, bool], tuple[tuple[int, int, int], _Order]] = db.__dict__.setdefault("_wk_participant_order", {})
    # Another connection's commits move data_version, this one's writes total_changes; a new
    # connection under the same handle (encryption switched the file) starts both again.
    state = id(db.conn), db.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes
    key = (sort, include_erased)
    hit = cache.get(key)
    if hit is None or hit[0] != state:
        cache.clear()  # one state of the data at a time: stale copies are not kept
        hit = (state, _Order(db, order_sql, include_erased))
        cache[key] = hit
    return hit[1]


def page(db: Database, *, words: list[str], match: str | None, sort: str, order_sql: str, descending: bool,
         offset: int, limit: int, workshop_id: str | None, include_erased: bool) -> list[str] | None:
    """Ids of one page: rows in sort order whose folded text holds every word, in the workshop if given.

    None when ``match`` (the search index query for the words of 3+ letters) finds few rows: SQL
    sorts those directly.
    """
    if match and db.execute(
            "SELECT COUNT(*) FROM (SELECT 1 FROM participants_fts WHERE participants_fts MATCH ? LIMIT ?)",
            [match, FEW_MATCHES]).fetchone()[0] < FEW_MATCHES:
        return None
    order = _order(db, sort, order_sql, include_erased)
    members = order.enrolled(db, workshop_id) if workshop_id else None
    return _walk(order, [w.encode() for w in words], members, descending, offset + limit)[offset:]


def _walk(order: _Order, words: list[bytes], members: frozenset[str] | None, descending: bool,
          wanted: int) -> list[str]:
    """The first ``wanted`` ids in order (or reverse order) whose text holds every word, in ``members``.

    The longest word drives: ``bytes.find`` jumps to its next occurrence in the joined texts, and only
    the rows it lands on are tested for the other words and the workshop.
    """
    out: list[str] = []
    ids, starts, joined = order.ids, order.starts, order.joined
    if not ids:
        return out
    if not words:
        for i in (range(len(ids) - 1, -1, -1) if descending else range(len(ids))):
            if members is None or ids[i] in members:
                out.append(ids[i])
                if len(out) == wanted:
                    break
        return out
    driver = max(words, key=len)
    others = [w for w in words if w is not driver]
    last = len(starts) - 1
    pos, end = 0, len(joined)
    while len(out) < wanted:
        pos = joined.rfind(driver, 0, end) if descending else joined.find(driver, pos)
        if pos < 0:
            break
        i = bisect_right(starts, pos) - 1
        if (not others or all(w in order.line(i) for w in others)) and (members is None or ids[i] in members):
            out.append(ids[i])
        if descending:
            if i == 0:
                break
            end = starts[i] - 1  # the previous row's line ends before this row's newline
        else:
            if i == last:
                break
            pos = starts[i + 1]  # the next row's line
    return out


def usable(sort: str, text: str | None, limit: int | None, filters: dict[str, Any] | None) -> bool:
    """The case this copy serves: a search in a name order, one page, no column filter."""
    return (sort in ORDERED_SORTS and bool(text and text.strip()) and limit is not None
            and not any(v not in (None, "") for v in (filters or {}).values()))
