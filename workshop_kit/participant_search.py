"""Finding participants: search as you type over 100k people, sorted pages for the table, badge status.

Search goes through ``participants_fts`` (FTS5 trigram index over the folded ``search_text``):
every word typed must appear, anywhere in a word, whatever the case, accents or Arabic harakat.
"""

from __future__ import annotations

import re
from typing import Any

from . import participant_order
from .sqlconn import LIKE_ESCAPE, Database, like_contains
from .textnorm import fold

SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("COALESCE(p.last_name, p.last_name_ar) COLLATE NOCASE", "p.first_name COLLATE NOCASE"),
    "name_ar": ("COALESCE(p.last_name_ar, p.last_name)", "p.first_name_ar"),
    "organisation": ("p.organisation_name COLLATE NOCASE",),
    "role": ("p.role COLLATE NOCASE",),
    "city": ("p.city COLLATE NOCASE",),
    "phone": ("p.phone",),
    "nationality": ("p.nationality",),
    # active (0), revoked (1), none (2): only with a workshop
    "badge": ("COALESCE((SELECT MIN(b.revoked_at IS NOT NULL) FROM badge_tokens b"
              " WHERE b.workshop_id = :workshop AND b.participant_id = p.id), 2)",),
    "created": ("p.created_at",),
}


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
PHONE_SEARCH_DIGITS = 6  # fewer digits is a number in a name ("1.00", "123"), not a phone


def fts_words(text: str) -> list[str]:
    """The folded words of a search; a phone typed with spaces ("06 11 22 33 44") is one word.

    Digits are folded as registration folds them (Arabic-Indic ٠١٢ and Persian ۰۱۲ become 012), so a
    phone or a number typed on an Arabic keyboard finds what was stored.
    """
    digits = (text or "").translate(_DIGITS)
    if re.fullmatch(r"[0-9\s+().-]+", digits) and sum(c.isdigit() for c in digits) >= PHONE_SEARCH_DIGITS:
        return [re.sub(r"[^0-9]", "", digits)]
    return fold(digits).split()


def fts_query(text: str) -> tuple[str | None, list[str]]:
    """Split a search into an FTS5 trigram MATCH (words of 3+ characters) and short words for LIKE.

    Every word must appear (AND), anywhere in a word (partial words), folded like the stored text.
    """
    words = fts_words(text)
    long_words = [w for w in words if len(w) >= 3]
    short = [w for w in words if len(w) < 3]
    match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words) or None
    return match, short


def _filter_sql(text: str | None, workshop_id: str | None, include_erased: bool, filters: dict[str, Any] | None,
                *, fts_join: bool = False, in_order: bool = False) -> tuple[str, str, list[Any]]:
    """FROM-clause joins, WHERE clause and parameters for a search with filters.

    ``fts_join`` drives the query from the search index (rows stream out in index order, so a
    LIMIT stops early); otherwise the index result is a set the sorted scan is checked against.
    """
    joins = ""
    where: list[str] = []
    params: list[Any] = []
    if text and text.strip():
        match, short = fts_query(text)
        if match and in_order:
            # Many matches: walk the sort index and test each row with LIKE (the same substring test
            # the trigram index answers), so a page stops after LIMIT rows instead of sorting them all.
            short = fts_words(text)
        elif match and fts_join:
            joins = " JOIN participants_fts f ON f.rowid = p.rowid"
            where.append("participants_fts MATCH ?")
            params.append(match)
        elif match:
            where.append("p.rowid IN (SELECT rowid FROM participants_fts WHERE participants_fts MATCH ?)")
            params.append(match)
        for word in short:
            where.append(f"p.search_text LIKE ? {LIKE_ESCAPE}")
            params.append(like_contains(word))
    if workshop_id:
        # EXISTS rather than a join: the planner can then walk the sort index and stop at the LIMIT.
        where.append("EXISTS (SELECT 1 FROM enrolments e WHERE e.workshop_id = ? AND e.participant_id = p.id)")
        params.append(workshop_id)
    if not include_erased:
        where.append("p.erased_at IS NULL")
    for key, value in (filters or {}).items():
        if value in (None, ""):
            continue
        if key in ("gender", "nationality", "city", "organisation_name", "age_band"):
            where.append(f"p.{key} = ?")
            params.append(value)
        elif key == "consent_photos":
            where.append("p.consent_photos = ?")
            params.append(1 if value else 0)
    if fts_join and text and text.strip() and fts_query(text)[0]:
        return "FROM participants_fts f JOIN participants p ON p.rowid = f.rowid" + joins.replace(
            " JOIN participants_fts f ON f.rowid = p.rowid", ""), (" WHERE " + " AND ".join(where)) if where else "", params
    return "FROM participants p" + joins, (" WHERE " + " AND ".join(where)) if where else "", params


MANY_MATCHES = 20_000  # beyond this many matches a page is read in sort order instead of sorted afterwards
_LIST_COLUMNS = ("p.id, p.first_name, p.last_name, p.first_name_ar, p.last_name_ar, p.gender, p.birth_year, p.age_band,"
                 " p.nationality, p.phone, p.email, p.organisation_name, p.role, p.city, p.consent_data,"
                 " p.consent_photos, p.consent_email, p.erased_at")


def query_participants(
    db: Database,
    text: str | None = None,
    *,
    workshop_id: str | None = None,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
    include_erased: bool = False,
    filters: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """One page of participants matching ``text`` (both scripts, accents/harakat/case ignored).

    The UI table fetches pages of this lazily; ``workshop_id`` restricts to that workshop's
    enrolments and adds its badge status (active / revoked / none), computed for the page only.
    """
    if workshop_id and _enrolled_at_most(db, workshop_id, SMALL_WORKSHOP) <= SMALL_WORKSHOP:
        small = _small_workshop_page(db, text, workshop_id, sort, descending, offset, limit, include_erased, filters)
        return _page_rows(db, small, workshop_id)
    if participant_order.usable(sort, text, limit, filters):
        assert text is not None and limit is not None
        ids = participant_order.page(
            db, words=fts_words(text), match=fts_query(text)[0], sort=sort,
            order_sql=", ".join((*SORT_COLUMNS[sort], "p.id")), descending=descending, offset=offset, limit=limit,
            workshop_id=workshop_id, include_erased=include_erased)
        if ids is not None:  # None: a word the index finds in few rows, which SQL sorts directly
            return _page_rows(db, ids, workshop_id)
    match = fts_query(text)[0] if text and text.strip() else None
    many = bool(match) and limit is not None and db.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM participants_fts WHERE participants_fts MATCH ? LIMIT ?)",
        [match, MANY_MATCHES]).fetchone()[0] >= MANY_MATCHES
    source, where, params = _filter_sql(text, workshop_id, include_erased, filters, in_order=many)
    parts = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    if sort == "badge" and not workshop_id:
        parts = SORT_COLUMNS["name"]
    direction = " DESC" if descending else ""
    order = ", ".join(part + direction for part in (*parts, "p.id"))
    if sort == "badge":
        order = order.replace(":workshop", "?")
    if sort == "badge" and workshop_id:
        params = [*params, *([workshop_id] * order.count("?"))]
    ids = None
    words = fts_words(text) if text and text.strip() else []
    if words and not match and offset == 0 and limit is not None and sort != "badge":
        ids = _first_page_of_short_search(db, words, workshop_id, include_erased, filters, order, limit)
    if ids is None:
        if words and not match:
            # Short words whose matches sit late in the order: filter every row, then sort the
            # matches ("+" keeps the planner from walking the whole sort index instead).
            order = ", ".join("+" + part + direction for part in (*parts, "p.id"))
            if sort == "badge":
                order = order.replace(":workshop", "?")
        # Two phases: sort and page on the id alone (a narrow sorter), then read the page's rows.
        sql = f"SELECT p.id {source}{where} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        ids = [r[0] for r in db.execute(sql, params).fetchall()]
    return _page_rows(db, ids, workshop_id)


def _page_rows(db: Database, ids: list[str], workshop_id: str | None) -> list[dict[str, Any]]:
    """The table's columns for a page of ids, in that order, with the badge status for a workshop."""
    by_id: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for r in db.query(f"SELECT {_LIST_COLUMNS} FROM participants p WHERE p.id IN ({', '.join('?' * len(chunk))})", chunk):
            by_id[r["id"]] = dict(r)
    rows = [by_id[i] for i in ids]
    if workshop_id:
        status = badge_statuses(db, workshop_id, [r["id"] for r in rows])
        for r in rows:
            r["badge_status"] = status.get(r["id"], "none")
    else:
        for r in rows:
            r["badge_status"] = None
    return rows


SHORT_SEARCH_WINDOW = 4000
# A workshop of up to this many people is paged from its enrolments: filtering and sorting a few
# thousand rows is cheaper than walking 100k participants in sort order and testing each for the
# workshop (a workshop of 300 among 100k took up to 0.3 s a page that way).
SMALL_WORKSHOP = 5000


def _enrolled_at_most(db: Database, workshop_id: str, cap: int) -> int:
    """How many are enrolled in the workshop, counting no further than ``cap + 1``."""
    return db.execute("SELECT COUNT(*) FROM (SELECT 1 FROM enrolments WHERE workshop_id = ? LIMIT ?)",
                      [workshop_id, cap + 1]).fetchone()[0]


def _small_workshop_page(db: Database, text: str | None, workshop_id: str, sort: str, descending: bool, offset: int,
                         limit: int | None, include_erased: bool, filters: dict[str, Any] | None) -> list[str]:
    """Ids of one sorted page of a small workshop: its enrolments drive the query (CROSS JOIN keeps
    that order of the loops), every word is tested with LIKE on the folded text (the substring test
    the trigram index answers), then the few matches are sorted."""
    _source, where, params = _filter_sql(text, None, include_erased, filters, in_order=True)
    parts = SORT_COLUMNS.get(sort, SORT_COLUMNS["name"])
    direction = " DESC" if descending else ""
    order = ", ".join(part + direction for part in (*parts, "p.id")).replace(":workshop", "?")
    where = (where + " AND " if where else " WHERE ") + "e.workshop_id = ?"
    params = [*params, workshop_id, *([workshop_id] * order.count("?"))]
    sql = (f"SELECT p.id FROM enrolments e CROSS JOIN participants p ON p.id = e.participant_id{where}"
           f" ORDER BY {order}")
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [r[0] for r in db.execute(sql, params).fetchall()]


def _first_page_of_short_search(db: Database, words: list[str], workshop_id: str | None, include_erased: bool,
                                filters: dict[str, Any] | None, order: str, limit: int) -> list[str] | None:
    """First page for one- or two-letter searches (no trigram index): test the first rows in sort
    order only. Typing "Ko" usually fills a page within them; if not (matches sit late in the
    alphabet), None sends the caller to the full query."""
    source, where, params = _filter_sql(None, workshop_id, include_erased, filters)
    like = " AND ".join(f"w.search_text LIKE ? {LIKE_ESCAPE}" for _ in words)
    patterns = [like_contains(w) for w in words]
    sql = (f"SELECT w.id FROM (SELECT p.id, p.search_text {source}{where} ORDER BY {order} LIMIT ?) w"
           f" WHERE {like} LIMIT ?")
    ids = [r[0] for r in db.execute(sql, [*params, SHORT_SEARCH_WINDOW, *patterns, limit]).fetchall()]
    return ids if len(ids) == limit else None


def badge_statuses(db: Database, workshop_id: str, ids: list[str]) -> dict[str, str]:
    """active (a token not revoked) / revoked (only revoked tokens) / none, per participant id."""
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = db.execute(
            f"SELECT participant_id, MIN(revoked_at IS NOT NULL) FROM badge_tokens WHERE workshop_id = ?"
            f" AND participant_id IN ({', '.join('?' * len(chunk))}) GROUP BY participant_id",
            [workshop_id, *chunk],
        ).fetchall()
        out.update({pid: "revoked" if any_revoked_only else "active" for pid, any_revoked_only in rows})
    return out


def count_participants(db: Database, text: str | None = None, *, workshop_id: str | None = None,
                       include_erased: bool = False, filters: dict[str, Any] | None = None,
                       at_most: int | None = None) -> int:
    """How many match; ``at_most`` stops counting there (a search box shows "1000+")."""
    source, where, params = _filter_sql(text, workshop_id, include_erased, filters, fts_join=True)
    if at_most is not None:
        return db.execute(f"SELECT COUNT(*) FROM (SELECT 1 {source}{where} LIMIT ?)", [*params, at_most]).fetchone()[0]
    return db.execute(f"SELECT COUNT(*) {source}{where}", params).fetchone()[0]


def search(db: Database, text: str, limit: int = 20, workshop_id: str | None = None) -> list[dict[str, Any]]:
    """The first matches for a search box or the check-in desk, straight from the index (no sorting)."""
    source, where, params = _filter_sql(text, workshop_id, False, None, fts_join=True)
    sql = (f"SELECT p.id, p.first_name, p.last_name, p.first_name_ar, p.last_name_ar, p.organisation_name,"
           f" p.city {source}{where} LIMIT ?")
    return [dict(r) for r in db.query(sql, [*params, limit])]


def list_for_workshop(db: Database, workshop_id: str, text: str | None = None) -> list[dict[str, Any]]:
    """The participants of a workshop for ``participants list``: ids, names, organisation, badge status."""
    rows = query_participants(db, text, workshop_id=workshop_id, limit=None, include_erased=True)
    return [
        {
            "id": r["id"],
            "first_name": r["first_name"],
            "last_name": r["last_name"],
            "first_name_ar": r["first_name_ar"],
            "last_name_ar": r["last_name_ar"],
            "organisation": r["organisation_name"],
            "badge_status": r["badge_status"],
            "erased": bool(r["erased_at"]),
        }
        for r in rows
    ]
