"""Full-text search over every module and language (SQLite FTS5), Arabic included.

Where the index lives: searches run on an **in-memory** SQLite database (no disk access per key press,
nothing added to the main database for text that lives in the Markdown files). Building the trigram
index for nine modules × three languages costs 60–100 ms, so when the catalog comes from a data folder
the built index is also saved as ``<data dir>/cache/curricula-fts-v1.sqlite`` with the catalog's key
(every module file's path, mtime and size) and copied back into memory with the SQLite backup API
(a few ms) while the files are unchanged. A stale or damaged cache file is simply rebuilt.

Both sides are folded with ``textnorm.fold`` (case, accents, harakat, alef/hamza forms, ta marbuta),
and the FTS5 ``trigram`` tokenizer matches inside words, which Arabic needs: "مدرسة" must find
"والمدرسة" (attached conjunction and article). Snippets are cut from the original text (with its
accents and harakat); the highlights are found with a pattern that accepts every spelling that folds
to the query.
"""

from __future__ import annotations

import html
import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .curricula import Catalog, section_label
from .sqlconn import LIKE_ESCAPE, like_contains
from .textnorm import fold

INDEX_VERSION = 1
SNIPPET_CHARS = 160
MIN_QUERY = 2


@dataclass
class Hit:
    module_id: str
    lang: str
    section: str
    section_title: str
    module_title: str
    snippet: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    local: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "module": self.module_id,
            "lang": self.lang,
            "section": self.section,
            "section_title": self.section_title,
            "module_title": self.module_title,
            "snippet": self.snippet,
            "highlights": [list(s) for s in self.spans],
            "local": self.local,
        }

    def marked(self, before: str = "«", after: str = "»") -> str:
        """The snippet with each match wrapped (for the terminal)."""
        out, pos = [], 0
        for a, b in self.spans:
            out += [self.snippet[pos:a], before, self.snippet[a:b], after]
            pos = b
        out.append(self.snippet[pos:])
        return "".join(out)

    def html(self, color: str = "#ffe58a") -> str:
        """The snippet as HTML with highlighted matches (for the app)."""
        out, pos = [], 0
        for a, b in self.spans:
            out += [html.escape(self.snippet[pos:a]),
                    f'<span style="background:{color}; color:#000">{html.escape(self.snippet[a:b])}</span>']
            pos = b
        out.append(html.escape(self.snippet[pos:]))
        return "".join(out)


# Characters that fold to nothing (harakat, tatweel, hamza alone) may sit between any two letters.
_IGNORABLE = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0621\u0300-\u036f]*"


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Folded character → every character that folds to it (é, É, è… for e; أ, إ, آ… for ا)."""
    table: dict[str, set[str]] = {}
    for cp in [*range(0x20, 0x250), *range(0x600, 0x700), *range(0x1E00, 0x1F00)]:
        ch = chr(cp)
        folded = fold(ch)
        if len(folded) == 1:
            table.setdefault(folded, {folded}).add(ch)
            table[folded].add(ch.upper())
    return {k: "".join(sorted(v)) for k, v in table.items()}


@lru_cache(maxsize=512)
def _token_pattern(token: str) -> re.Pattern[str]:
    variants = _variants()
    parts = ["[" + re.escape(variants.get(ch, ch)) + "]" for ch in token]
    start = r"(?<!\w)" if len(token) < 3 else ""  # "ne" highlights the word, not the inside of "une"
    trailing = "[\u064b-\u065f\u0670\u0300-\u036f]*"  # harakat on the last letter belong to the match
    return re.compile(start + _IGNORABLE.join(parts) + trailing, re.IGNORECASE)


def find_spans(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Where the folded ``tokens`` occur in the original ``text`` (merged, in order)."""
    spans = []
    for token in tokens:
        spans += [m.span() for m in _token_pattern(token).finditer(text) if m.end() > m.start()]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _first_match(text: str, token: str, folded: str | None) -> int | None:
    """Where ``token`` first occurs in ``text``. The folded text finds it with a plain ``find``; the
    pattern then only runs near the same relative place (folding barely changes lengths)."""
    pattern = _token_pattern(token)
    if folded:
        pos = folded.find(token)
        if pos < 0:
            return None
        guess = int(pos * len(text) / max(1, len(folded)))
        m = pattern.search(text, max(0, guess - 200), guess + 200 + 3 * len(token))
        if m:
            return m.start()
    m = pattern.search(text)
    return m.start() if m else None


def make_snippet(text: str, tokens: list[str], width: int = SNIPPET_CHARS,
                 folded: str | None = None) -> tuple[str, list[tuple[int, int]]]:
    """A window of the original text around the first match, with the matches inside it."""
    firsts = [p for p in (_first_match(text, t, folded) for t in tokens) if p is not None]
    if not firsts:
        cut = text[:width]
        return cut + ("…" if len(text) > width else ""), []
    first = min(firsts)
    start = max(0, first - width // 3)
    if start:
        space = text.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", first + 1, end)
        end = space if space > 0 else end
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    window = text[start:end]
    spans = [(a + len(prefix), b + len(prefix)) for a, b in find_spans(window, tokens)]
    return prefix + window + suffix, spans


class SearchIndex:
    """The FTS5 index over one catalog; ``search`` is what the page calls at each key press."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.conn = sqlite3.connect(":memory:", check_same_thread=False)
        self._rows: list[tuple[str, str, int]] = []  # rowid-1 → (module id, lang, section index)
        rows = []
        for module in catalog.sorted():
            for lang, text in module.texts.items():
                for i, section in enumerate(text.sections):
                    self._rows.append((module.id, lang, i))
                    rows.append((len(self._rows), module.id, lang, section.folded))
        _variants()  # built once here, not at the first key press
        cache = catalog.cache_dir / f"curricula-fts-v{INDEX_VERSION}.sqlite" if catalog.cache_dir else None
        if cache is not None and self._load(cache, catalog.key):
            return
        self.conn.execute(
            "CREATE VIRTUAL TABLE doc USING fts5(module_id UNINDEXED, lang UNINDEXED, body, tokenize='trigram')"
        )
        self.conn.execute("CREATE TABLE meta (key TEXT)")
        with self.conn:
            self.conn.executemany("INSERT INTO doc (rowid, module_id, lang, body) VALUES (?, ?, ?, ?)", rows)
            self.conn.execute("INSERT INTO meta VALUES (?)", [catalog.key])
        if cache is not None:
            self._save(cache)

    def _load(self, path: Path, key: str) -> bool:
        """Copy a cached index into memory when it was built from the same files."""
        if not path.exists() or not key:
            return False
        try:
            source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                if source.execute("SELECT key FROM meta").fetchone() != (key,):
                    return False
                source.backup(self.conn)
            finally:
                source.close()
            return True
        except sqlite3.Error:
            self.conn.close()
            self.conn = sqlite3.connect(":memory:", check_same_thread=False)
            return False

    def _save(self, path: Path) -> None:
        try:
            from .atomicfile import atomic_path

            with atomic_path(path) as tmp:
                target = sqlite3.connect(tmp)
                try:
                    self.conn.backup(target)
                finally:
                    target.close()
        except (OSError, sqlite3.Error):
            pass  # a cache that cannot be written only costs time

    def close(self) -> None:
        self.conn.close()

    def search(self, query: str, lang: str | None = None, limit: int = 30, module_id: str | None = None) -> list[Hit]:
        """Sections matching every word of ``query`` (any case, accents, harakat), best first."""
        tokens = fold(query).split()
        if not tokens or len("".join(tokens)) < MIN_QUERY:
            return []
        # A lone letter being typed after other words ("ne pas n") matches nearly everything: wait
        # for the next letter instead of slowing every key press.
        tokens = [t for t in tokens if len(t) > 1] or tokens
        long = [t for t in tokens if len(t) >= 3]
        short = [t for t in tokens if len(t) < 3]
        where, params = [], []
        if long:
            where.append("doc MATCH ?")
            params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long))
        for t in short:
            where.append(f"body LIKE ? {LIKE_ESCAPE}")
            params.append(like_contains(t))
        if lang:
            where.append("lang = ?")
            params.append(lang)
        if module_id:
            where.append("module_id = ?")
            params.append(module_id)
        order = "bm25(doc)" if long else "rowid"
        sql = f"SELECT rowid FROM doc WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?"
        hits = []
        for (rowid,) in self.conn.execute(sql, [*params, limit]):
            mod_id, text_lang, index = self._rows[rowid - 1]
            module = self.catalog.modules[mod_id]
            text = module.texts[text_lang]
            section = text.sections[index]
            snippet, spans = make_snippet(section.plain, tokens, folded=section.folded)
            hits.append(
                Hit(mod_id, text_lang, section.key, section_label(section.key, section.title, text_lang),
                    text.title, snippet, spans, module.local)
            )
        return hits


_indexes: dict[int, SearchIndex] = {}


def index_for(catalog: Catalog) -> SearchIndex:
    """One index per loaded catalog (the catalog object changes when a module file changes)."""
    key = id(catalog)
    index = _indexes.get(key)
    if index is None or index.catalog is not catalog:
        for old in _indexes.values():
            old.close()
        _indexes.clear()
        index = _indexes[key] = SearchIndex(catalog)
    return index
