"""Search as a trainer types: French, English, Arabic with and without harakat, with snippets."""

from __future__ import annotations

import pytest

from workshop_kit import curricula
from workshop_kit.curricula_search import SearchIndex, make_snippet


@pytest.fixture(scope="module")
def index():
    ix = SearchIndex(curricula.load_catalog(None))
    yield ix
    ix.close()


def test_french_without_accents_finds_accented_text(index):
    hits = index.search("consentement eclaire", "fr")
    assert hits and all(h.lang == "fr" for h in hits)
    best = hits[0]
    assert "éclairé" in best.snippet.lower() or "eclaire" in best.snippet.lower()
    marked = [best.snippet[a:b].lower() for a, b in best.spans]
    assert "éclairé" in marked and "consentement" in marked


def test_english_search(index):
    hits = index.search("trafficking", "en")
    assert hits and hits[0].module_id == "m04-protection"
    assert "trafficking" in hits[0].snippet.lower()
    assert all(b > a for a, b in hits[0].spans)


def test_arabic_without_harakat_finds_text_with_them(index):
    # The Arabic text writes "مُدمَج" forms with harakat in places; fold removes them on both sides.
    text_with = "الاتِّجَارُ"
    plain = "الاتجار"
    with_hits = index.search(text_with, "ar")
    plain_hits = index.search(plain, "ar")
    assert plain_hits and [h.section for h in with_hits] == [h.section for h in plain_hits]
    assert all(h.lang == "ar" for h in plain_hits)
    first = plain_hits[0]
    assert first.snippet[first.spans[0][0]:first.spans[0][1]] == "الاتجار"


def test_arabic_alef_hamza_and_attached_article(index):
    # "إتجار" (hamza under alef) and a word inside "والمدرسة"-style attachments still match.
    assert index.search("الإتجار", "ar")
    hits = index.search("مدرسه", "ar")  # ha instead of ta marbuta
    assert hits and any("المدرسة" in h.snippet for h in hits)


def test_snippet_highlights_original_with_diacritics():
    text = "Avant la séance, lisez « Le consentement éclairé » puis l'exercice."
    snippet, spans = make_snippet(text, ["eclaire"])
    assert [snippet[a:b] for a, b in spans] == ["éclairé"]
    arabic = "يُعَدُّ الاتِّجَارُ بِالبَشَرِ جَرِيمَةً"
    snippet, spans = make_snippet(arabic, ["الاتجار"])
    assert [snippet[a:b] for a, b in spans] == ["الاتِّجَارُ"]


def test_short_or_empty_query_and_language_filter(index):
    assert index.search("") == [] and index.search("a") == []
    both = index.search("trafic")
    assert {h.lang for h in both} >= {"fr"}
    assert all(h.lang == "en" for h in index.search("trafic", "en"))
    assert index.search("zzqqxx") == []


def test_index_cache_file_is_reused_and_follows_module_changes(data_dir):
    from workshop_kit.curricula_search import INDEX_VERSION

    catalog = curricula.load_catalog(data_dir)
    first = SearchIndex(catalog)
    cache = data_dir / "cache" / f"curricula-fts-v{INDEX_VERSION}.sqlite"
    assert cache.exists()
    expected = [(h.module_id, h.section) for h in first.search("trafficking", "en")]
    first.close()
    again = SearchIndex(catalog)  # copied from the cache file
    assert [(h.module_id, h.section) for h in again.search("trafficking", "en")] == expected
    again.close()
    # a different catalog key (a module file changed) rebuilds instead of reading a stale index
    catalog.key = "changed"
    rebuilt = SearchIndex(catalog)
    assert [(h.module_id, h.section) for h in rebuilt.search("trafficking", "en")] == expected
    rebuilt.close()
