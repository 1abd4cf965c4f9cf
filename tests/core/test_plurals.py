"""The core picks the plural form a count needs, with the CLDR rules (Qt's order) for French, Arabic, English."""

from __future__ import annotations

import pytest

from workshop_kit import i18n
from workshop_kit.i18n import _n, plural_index, translate_n

COUNTS = (0, 1, 2, 3, 11, 100)


def test_plural_rules_follow_cldr_in_qts_order():
    assert [plural_index("fr", n) for n in COUNTS] == [0, 0, 1, 1, 1, 1]
    assert [plural_index("en", n) for n in COUNTS] == [1, 0, 1, 1, 1, 1]
    # zero, one, two, few (n % 100 in 3..10), many (n % 100 in 11..99), other (100-102, 200-202...)
    assert [plural_index("ar", n) for n in (*COUNTS, 10, 99, 101, 102, 103, 111, 1000)] == [
        0, 1, 2, 3, 4, 5, 3, 4, 5, 5, 3, 4, 5]


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", ["0 séance", "1 séance", "2 séances", "3 séances", "11 séances", "100 séances"]),
    ("ar", ["0 جلسة", "جلسة واحدة", "جلستان", "3 جلسات", "11 جلسة", "100 جلسة"]),
    ("en", ["0 sessions", "1 session", "2 sessions", "3 sessions", "11 sessions", "100 sessions"]),
])
def test_sessions_take_the_right_form(lang, expected):
    i18n.set_language(lang)
    assert [_n("%n session(s)", n) for n in COUNTS] == expected


def test_participants_in_arabic():
    assert [translate_n("%n participant(s)", n, "ar") for n in COUNTS] == [
        "0 مشارك", "مشارك واحد", "مشاركان", "3 مشاركين", "11 مشاركًا", "100 مشارك"]
    assert [translate_n("%n participant(s)", n, "fr") for n in COUNTS] == [
        "0 participant", "1 participant", "2 participants", "3 participants", "11 participants", "100 participants"]


def test_a_core_message_with_other_fields_keeps_them(data_dir):
    i18n.set_language("ar")
    text = _n("%n participant(s) enrolled in {title}.", 2).format(title="Atelier")
    assert text == "تم تسجيل مشاركَين في Atelier."
    assert _n("%n problem(s).", 11) == "11 مشكلة."
    assert _n("%n problem(s).", 3) == "3 مشاكل."


def test_an_untranslated_count_falls_back_to_the_source_with_the_number():
    i18n.set_language("ar")
    assert _n("%n widget(s) nobody translated", 4) == "4 widget(s) nobody translated"


def test_every_catalog_has_every_form_of_every_count_string():
    for lang in ("fr", "ar", "en"):
        forms = i18n.plural_catalog(lang)
        assert len(forms) >= 40
        assert all(len(v) == i18n.PLURAL_FORMS[lang] for v in forms.values())


def test_documents_in_arabic_count_minutes_with_the_right_form():
    """Handouts and agendas written in Arabic say "5 دقائق" (3-10), not "5 دقيقة"."""
    from workshop_kit.curricula_docx import _fmt_minutes

    assert [_fmt_minutes(m, "ar") for m in (1, 2, 5, 45)] == ["دقيقة واحدة", "دقيقتان", "5 دقائق", "45 دقيقة"]
    assert _fmt_minutes(105, "ar") == "105 دقائق (1 س 45 د)"
    assert _fmt_minutes(105, "fr") == "105 min (1 h 45)"
