"""Sorted pages of a search over many participants, from an in-memory copy of the sort order.

SQLite answers a sorted page of a search either by walking the sort index and testing every row (fast
when matches come early in the order) or by collecting the matches and sorting them (fast when they
are few). Searches of one or two letters ("Ko", "06", "عم") over 100,000 people, and words matched
by ten thousand of them, are neither: a page took 30–90 ms of CPU. Here the participants' ids and
folded search texts are kept once in sort order (about 10 MB at 100k), and a page is the first rows
of that list that pass the same substring test the search index answers, in a few milliseconds.

The copy is rebuilt when the data changes: ``PRAGMA data_version`` (commits by other connections)
and ``total_changes`` (this connection's writes) are checked before each use; building it takes about
as long as one slow page did. Only the common case uses it (sort by name, no column filter); the
rest goes through SQL as before.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import Any

from .sqlconn import Database

ORDERED_SORTS = ("name", "name_ar")
FEW_MATCHES = 3000  # fewer index matches than this: sort them by their place in the order instead of walking it


class _Order:
    """Row ids and search texts in one sort order, with each row's place, for one state of the data."""

    def __init__(self, db: Database, order_sql: str, include_erased: bool) -> None:
        where = "" if include_erased else " WHERE p.erased_at IS NULL"
        rows = db.execute(f"SELECT p.rowid, p.id, p.search_text FROM participants p{where} ORDER BY {order_sql}").fetchall()
        self.rowids = [r[0] for r in rows]
        self.ids = [r[1] for r in rows]
        self.texts = [(r[2] or "").replace("\n", " ") for r in rows]
        self.place = {rowid: i for i, rowid in enumerate(self.rowids)}
        # All texts in one string, one row a line: str.find skips rows that do not match at C speed.
        self.joined = "\n".join(self.texts)
        self.starts = list(accumulate((len(t) + 1 for t in self.texts[:-1]), initial=0)) if self.texts else []
        self.workshops: dict[str, frozenset[int]] = {}

    def enrolled(self, db: Database, workshop_id: str) -> frozenset[int]:
        found = self.workshops.get(workshop_id)
        if found is None:
            found = frozenset(r[0] for r in db.execute(
                "SELECT p.rowid FROM enrolments e JOIN participants p ON p.id = e.participant_id WHERE e.workshop_id = ?",
                [workshop_id]))
            self.workshops[workshop_id] = found
        return found


def _state(db: Database) -> tuple[int, int]:
    return db.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes


def _order(db: Database, sort: str, order_sql: str, include_erased: bool) -> _Order:
    cache: dict[tuple[str, bool], tuple[tuple[int, int], _Order]] = db.__dict__.setdefault("_wk_participant_order", {})
    state = _state(db)
    key = (sort, include_erased)
    hit = cache.get(key)
    if hit is None or hit[0] != state:
        cache.clear()  # one state of the data at a time: stale copies are not kept
        hit = (state, _Order(db, order_sql, include_erased))
        cache[key] = hit
    return hit[1]


def page(db: Database, *, words: list[str], match: str | None, sort: str, order_sql: str, descending: bool,
         offset: int, limit: int, workshop_id: str | None, include_erased: bool) -> list[str]:
    """Ids of one page: rows in sort order whose folded text holds every word, in the workshop if given.

    ``match`` is the search index query for the words of 3+ letters: when it finds few rows, those
    are placed by their position in the order; otherwise the order is walked until the page is full.
    """
    order = _order(db, sort, order_sql, include_erased)
    members = order.enrolled(db, workshop_id) if workshop_id else None
    wanted = offset + limit
    if match:
        found = [r[0] for r in db.execute(
            "SELECT rowid FROM participants_fts WHERE participants_fts MATCH ? LIMIT ?", [match, FEW_MATCHES])]
        if len(found) < FEW_MATCHES:
            places = sorted(order.place[r] for r in found if r in order.place and (members is None or r in members))
            places = [i for i in places if all(w in order.texts[i] for w in words)]
            if descending:
                places.reverse()
            return [order.ids[i] for i in places[offset:wanted]]
    return _walk(order, words, members, descending, wanted)[offset:]


def _walk(order: _Order, words: list[str], members: frozenset[int] | None, descending: bool, wanted: int) -> list[str]:
    """The first ``wanted`` ids in order (or reverse order) whose text holds every word, in ``members``.

    The longest word drives: ``str.find`` jumps to its next occurrence in the joined texts, and only
    the rows it lands on are tested for the other words and the workshop.
    """
    out: list[str] = []
    if not order.rowids:
        return out
    if not words:
        rows = range(len(order.rowids) - 1, -1, -1) if descending else range(len(order.rowids))
        for i in rows:
            if members is None or order.rowids[i] in members:
                out.append(order.ids[i])
                if len(out) == wanted:
                    break
        return out
    driver = max(words, key=len)
    others = [w for w in words if w is not driver]
    joined, starts, texts, rowids = order.joined, order.starts, order.texts, order.rowids
    last = len(starts) - 1
    if descending:
        end = len(joined)
        while len(out) < wanted:
            pos = joined.rfind(driver, 0, end)
            if pos < 0:
                break
            i = bisect_right(starts, pos) - 1
            if all(w in texts[i] for w in others) and (members is None or rowids[i] in members):
                out.append(order.ids[i])
            end = starts[i] - 1 if i > 0 else 0  # before this row's line
            if end <= 0:
                break
    else:
        pos = 0
        while len(out) < wanted:
            pos = joined.find(driver, pos)
            if pos < 0:
                break
            i = bisect_right(starts, pos) - 1
            if all(w in texts[i] for w in others) and (members is None or rowids[i] in members):
                out.append(order.ids[i])
            if i == last:
                break
            pos = starts[i + 1]  # the next row's line
    return out


def usable(sort: str, text: str | None, limit: int | None, filters: dict[str, Any] | None) -> bool:
    """The case this copy serves: a search in a name order, one page, no column filter."""
    return (sort in ORDERED_SORTS and bool(text and text.strip()) and limit is not None
            and not any(v not in (None, "") for v in (filters or {}).values()))
