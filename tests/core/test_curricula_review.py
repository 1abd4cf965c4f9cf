"""What a trainer editing a module is told: where a YAML mistake begins, skewed quizzes, answers
left in participant handouts, core and optional sessions."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from workshop_kit import curricula, curricula_review
from workshop_kit.cli import main

SAMPLE = curricula.bundled_dir() / "m04-protection"


def run_json(capsys, *args):
    code = main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _copy_module(tmp_path: Path, name: str = "m90-review") -> Path:
    dest = tmp_path / "mods" / name
    shutil.copytree(SAMPLE, dest)
    for f in dest.glob("*.md"):
        f.write_text(f.read_text(encoding="utf-8").replace("id: m04-protection", f"id: {name}"), encoding="utf-8")
    return dest


def _set_line(path: Path, number: int, text: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[number - 1] = text
    path.write_text("\n".join(lines), encoding="utf-8")


def test_unclosed_list_is_reported_where_it_was_opened_then_where_the_parser_gave_up(tmp_path):
    mod = _copy_module(tmp_path)
    _set_line(mod / "fr.md", 4, "objectives: [unclosed, 'list")
    [problem] = curricula.validate_path(mod / "fr.md")
    assert problem.line == 4
    gave_up = int(problem.message.rsplit("line ", 1)[1].split(":")[0])
    assert gave_up > 4
    assert problem.message.index("line 4") < problem.message.index(f"line {gave_up}")


def test_unclosed_mapping_in_a_translation_points_at_its_opening_line(tmp_path):
    mod = _copy_module(tmp_path)
    _set_line(mod / "en.md", 5, "updated: {day: 2026-11-24")
    [problem] = curricula.validate_path(mod / "en.md")
    assert problem.line == 5 and "flow mapping" in problem.message


def test_a_bad_indent_is_still_reported_where_the_parser_stopped(tmp_path):
    mod = _copy_module(tmp_path)
    _set_line(mod / "fr.md", 9, " audience: décalé")
    [problem] = curricula.validate_path(mod / "fr.md")
    assert problem.line == 9 and "look at line" not in problem.message


# -- quizzes that test knowledge ------------------------------------------------------------------------
def test_shipped_modules_have_balanced_quizzes_and_no_answers_in_handouts():
    assert curricula_review.warnings_for_path(curricula.bundled_dir()) == []
    for folder in sorted(curricula.bundled_dir().iterdir()):
        text = curricula.load_module(folder).texts["fr"]
        counts, longest = curricula_review.quiz_balance(text)
        assert max(counts.values()) <= len(text.quiz) // 2 and len(longest) <= len(text.quiz) // 2, folder.name


def _skew(path: Path) -> None:
    """Every key moved to the second place and made the longest choice, as a hurried author would."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = lines.index("quiz:")
    for i in range(start, len(lines)):
        if lines[i].startswith("    choices:"):
            choices = yaml.safe_load(lines[i].split(":", 1)[1])
            answer = yaml.safe_load(lines[i + 1].split(":", 1)[1])
            key = answer + ", as the law and the guidelines of every organisation clearly say"
            others = [c for c in choices if c != answer]
            lines[i] = "    choices: " + json.dumps([others[0], key, *others[1:]], ensure_ascii=False)
            lines[i + 1] = "    answer: " + json.dumps(key, ensure_ascii=False)
    path.write_text("\n".join(lines), encoding="utf-8")


def test_a_skewed_quiz_is_warned_about_but_not_refused(tmp_path, capsys):
    mod = _copy_module(tmp_path)
    for lang in ("fr", "ar", "en"):
        _skew(mod / f"{lang}.md")
    assert curricula.validate_path(mod) == []
    warnings = curricula_review.warnings_for_path(mod)
    positions = [w for w in warnings if "choice 2" in w.message]
    lengths = [w for w in warnings if "longest choice in 8 of 8" in w.message]
    assert len(positions) == 1 and positions[0].file.endswith("fr.md") and positions[0].field == "quiz"
    assert {Path(w.file).name for w in lengths} == {"fr.md", "ar.md", "en.md"}
    lines = (mod / "fr.md").read_text(encoding="utf-8").split("\n")
    assert lines[positions[0].line - 1] == "quiz:"
    code, data = run_json(capsys, "curricula", "validate", str(mod))
    assert code == 0 and data["ok"] and len(data["warnings"]) == 4


def test_a_short_quiz_is_not_judged():
    text = curricula.ModuleText(id="m00", lang="fr", path=SAMPLE / "fr.md")
    text.quiz = [curricula.Question("?", ["a", "bbbbbbbbbb"], "bbbbbbbbbb") for _ in range(3)]
    assert curricula_review.quiz_warnings(text) == []


# -- handouts that do not give the answers away --------------------------------------------------------------
LEAKY = """## Exercise: guess the figure

1. How many foreigners did the 2024 census count? **148,152** (HCP).
2. « Le RAMED existe toujours. » — **Faux**

**“School clerk” card.** You will accept if they show you the circular.

**Éléments de débriefing.** Kept away from participants.

### For the trainer: role cards to cut out

**“Parent” card.** You are tired and afraid.

## Glossary

- **Trafficking**: an act, a means, a purpose.
"""


def test_answers_and_role_cards_outside_the_recognised_labels_are_flagged(tmp_path):
    text = curricula.ModuleText(id="m00", lang="en", path=tmp_path / "en.md", body=LEAKY, body_line=10)
    flagged = {w.line for w in curricula_review.answer_leaks(text)}
    assert flagged == {12, 13, 15}
    shown = curricula.without_answer_keys(LEAKY)
    assert "Kept away" not in shown and "“Parent” card" not in shown and "## Glossary" in shown


def test_role_cards_print_in_the_trainers_handout_only(tmp_path):
    from docx import Document

    from workshop_kit.curricula_docx import export_handout

    module = curricula.load_module(curricula.bundled_dir() / "m03-public-services")
    for lang in ("fr", "ar", "en"):
        body = module.texts[lang].body
        card = next(line for line in body.split("\n") if line.startswith(("**Carte «", "**“", "**بطاقة «")))
        sample = card.split("**")[2].strip()[:40]
        participant = "\n".join(p.text for p in Document(str(export_handout(module, lang, tmp_path / "p.docx"))).paragraphs)
        trainer = "\n".join(p.text for p in Document(str(
            export_handout(module, lang, tmp_path / "t.docx", participant=False))).paragraphs)
        assert sample not in participant and sample in trainer


# -- core and optional sessions ------------------------------------------------------------------------------
def test_core_flag_is_read_checked_and_kept_the_same_in_every_language(tmp_path):
    mod = _copy_module(tmp_path)
    for lang in ("fr", "ar", "en"):
        text = (mod / f"{lang}.md").read_text(encoding="utf-8")
        (mod / f"{lang}.md").write_text(text.replace("    minutes: 60\n", "    minutes: 60\n    core: false\n", 1),
                                        encoding="utf-8")
    module = curricula.load_module(mod)
    assert module.problems == []
    assert [s.core for s in module.texts["ar"].sessions] == [True, False, True]
    assert "optional" in curricula.to_markdown(module.texts["en"]).split("### 2.")[1].split("\n")[0]
    _set_line(mod / "en.md", next(i for i, line in enumerate(
        (mod / "en.md").read_text(encoding="utf-8").split("\n"), 1) if line == "    core: false"), "    core: maybe")
    problems = curricula.validate_path(mod)
    assert any(p.field == "sessions[2].core" and "true" in p.message and p.file.endswith("en.md") for p in problems)
    _set_line(mod / "en.md", next(i for i, line in enumerate(
        (mod / "en.md").read_text(encoding="utf-8").split("\n"), 1) if line == "    core: maybe"), "    core: true")
    assert [p.field for p in curricula.validate_path(mod)] == ["sessions[2].core"]


def test_the_bundled_core_path_fits_four_days():
    catalog = curricula.load_catalog(None)
    core = sum(s.minutes for m in catalog.modules.values() for s in m.texts["fr"].sessions if s.core)
    assert core <= 4 * 6 * 60
    assert any(not s.core for m in catalog.modules.values() for s in m.texts["fr"].sessions)


@pytest.mark.parametrize(("module_id", "lang", "needle"), [
    ("m04-protection", "fr", "Douze cartes-affirmations"),
    ("m04-protection", "ar", "ثماني وضعيات"),
    ("m06-countering-xenophobia", "en", "Four personas"),
    ("m06-countering-xenophobia", "fr", "Scène 1 — Le taxi."),
])
def test_printable_materials_are_in_the_trainers_handout(tmp_path, module_id, lang, needle):
    from docx import Document

    from workshop_kit.curricula_docx import export_handout

    module = curricula.load_module(curricula.bundled_dir() / module_id)
    trainer = "\n".join(p.text for p in Document(str(
        export_handout(module, lang, tmp_path / "t.docx", participant=False))).paragraphs)
    participant = "\n".join(p.text for p in Document(str(export_handout(module, lang, tmp_path / "p.docx"))).paragraphs)
    assert needle in trainer and needle not in participant


# -- one terminology (docs/glossary.md) ---------------------------------------------------------------------
AVOIDED_IN_ARABIC = (
    "المشروع النموذجي", "مبادرة نموذجية", "المبادرة النموذجية", "مبادرات نموذجية", "ديباجة", "التفسيرات",
    "ميقاتي", "الأرضية الوطنية لحماية المهاجرين", "مجموعة مناهضة العنصرية", "المفوضية السامية للاجئين",
    "صادقت عليه الجمعية العامة", "البيانات الشخصية",
)


@pytest.mark.parametrize("folder", sorted(p for p in curricula.bundled_dir().iterdir() if p.is_dir()),
                         ids=lambda p: p.name)
def test_modules_follow_the_glossary(folder):
    arabic = (folder / "ar.md").read_text(encoding="utf-8")
    assert [term for term in AVOIDED_IN_ARABIC if term in arabic] == []
    assert not re.search(r"\d\s?[%٪]", arabic), "per cent is written في المائة in Arabic"
    french = (folder / "fr.md").read_text(encoding="utf-8")
    assert not re.search(r"\b[Ll]e trainer\b", french)


def test_the_agenda_can_place_only_the_core_sessions(db, demo):
    from workshop_kit.curricula_agenda import load_agenda

    catalog = curricula.load_catalog(None)
    agenda = load_agenda(db, demo.id, catalog, "fr")
    agenda.add_module(catalog, "m07-advocacy", "fr", core_only=True)
    sessions = catalog.get("m07-advocacy").texts["fr"].sessions
    placed = sorted(e.session_index for e in agenda.entries)
    assert placed == [i for i, s in enumerate(sessions) if s.core] and len(placed) < len(sessions)
    agenda.add_module(catalog, "m07-advocacy", "fr")
    assert sorted(e.session_index for e in agenda.entries) == list(range(len(sessions)))


def test_the_cards_to_cut_out_print_on_their_own(tmp_path, capsys):
    from docx import Document

    out = tmp_path / "m04-cards.docx"
    code, data = run_json(capsys, "curricula", "handout", "m04-protection", "--lang", "en", "--materials",
                          "--out", str(out))
    assert code == 0 and data["file"] == str(out)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Twelve statement cards" in text and "Case card 4" in text and "Observer" in text
    assert "Context" not in text and "Glossary" not in text
    code, _data = run_json(capsys, "curricula", "handout", "m05-personal-data", "--lang", "ar", "--materials",
                           "--out", str(tmp_path / "none.docx"))
    none = "\n".join(p.text for p in Document(str(tmp_path / "none.docx")).paragraphs)
    assert code == 0 and "لا تتضمن هذه الوحدة" in none
