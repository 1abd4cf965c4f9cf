"""Warnings about a module's teaching quality: they never refuse a module, they tell its author.

``curricula validate`` prints them after the problems (docs/curricula-format.md, "Warnings"):

- a quiz that can be passed without knowing the subject: most correct answers at one position, or
  the correct answer standing out as the longest choice in most questions;
- answer-like text left where participants read it: a revealed answer after a question, a
  true/false verdict, a debrief key or a role-play card outside the recognised answer-key labels,
  the trainer-only sections and ``facilitator_notes`` (what ``without_answer_keys`` keeps out of
  participant handouts).

Thresholds are deliberately loose (more than half of a quiz): they catch a pattern, not a question.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from pathlib import Path

from . import curricula
from .curricula import Module, ModuleText, Problem, Question
from .errors import ValidationError
from .i18n import _, _n

MIN_QUESTIONS = 4  # below this a pattern means nothing
SKEW_SHARE = 0.5  # warn when more than this share of a quiz shows the same pattern
STANDS_OUT = 1.10  # the key "stands out" when it is this much longer than every other choice

_ANSWER_WORDS = (
    r"Réponses?|Solutions?|Corrections?|Clés?|Éléments de réponse|Éléments de débriefing"
    r"|Answers?|Key|Debrief (?:points|key|notes)|الجواب|الأجوبة|الإجابة|الإجابات|الحل|عناصر الاستخلاص"
)
_LEAKS = (
    # a bold debrief/answer label that is not one of the recognised answer-key labels
    re.compile(r"^\s*\*\*(?:" + _ANSWER_WORDS + r")\b"),
    # "1. How many…? **148,152**": the answer printed right after the question
    re.compile(r"^\s*\d+[.)]\s.*[?؟]\s*\*\*[^*]+\*\*"),
    # "« … » — **Vrai**": a verdict printed after a statement to judge
    re.compile(r"^\s*\d+[.)]\s.*\s[—–]\s*\*\*[^*]{1,40}\*\*"),
    # a role-play card: each player must read only their own
    re.compile(r"^\s*\*\*(?:Carte «|“[^”]+” card|بطاقة «)"),
)


def _stands_out(q: Question) -> bool:
    if q.answer_index < 0 or len(q.choices) < 2:
        return False
    others = [len(c) for i, c in enumerate(q.choices) if i != q.answer_index]
    return len(q.answer) > max(others) * STANDS_OUT and len(q.answer) - max(others) >= 3


def quiz_balance(text: ModuleText) -> tuple[Counter, list[int]]:
    """(how many keys at each position, the questions whose key stands out as the longest)."""
    quiz = [q for q in text.quiz if q.answer_index >= 0]
    return Counter(q.answer_index for q in quiz), [i for i, q in enumerate(text.quiz, 1) if _stands_out(q)]


def quiz_warnings(text: ModuleText, *, positions: bool = True) -> list[Problem]:
    """Skewed key positions (same in every language, so checked once) and key lengths (per language)."""
    n = sum(1 for q in text.quiz if q.answer_index >= 0)
    if n < MIN_QUESTIONS:
        return []
    file, line = curricula._rel(text.path), text.line_of("quiz")
    counts, longest = quiz_balance(text)
    out = []
    position, same = counts.most_common(1)[0]
    if positions and same > n * SKEW_SHARE:
        out.append(Problem(file, line, "quiz", _n(
            "{same} of %n correct answer(s) are choice {position}: participants learn the pattern, not the subject; "
            "spread the correct answers over the positions", n).format(same=same, position=position + 1)))
    if len(longest) > n * SKEW_SHARE:
        out.append(Problem(file, line, "quiz", _n(
            "the correct answer is clearly the longest choice in {k} of %n question(s) ({which}); give the choices "
            "a similar length, with wrong answers taken from common misconceptions", n).format(
            k=len(longest), which=", ".join(str(i) for i in longest))))
    return out


def answer_leaks(text: ModuleText) -> list[Problem]:
    """Body lines a participant handout would print that look like answers or hidden instructions."""
    file = curricula._rel(text.path)
    out = []
    lines = text.body.split("\n")
    for offset, (line, shown) in enumerate(zip(lines, curricula.participant_lines(text.body), strict=True)):
        if not shown:
            continue
        if any(pattern.search(line) for pattern in _LEAKS):
            out.append(Problem(file, text.body_line + offset, "body", _(
                "participant handouts would print what looks like an answer, a debrief key or a role-play card; "
                "open its paragraph with an answer-key label, put it under a 'Pour le formateur' heading, or move "
                "it to facilitator_notes")))
    return out


def module_warnings(module: Module) -> list[Problem]:
    out: list[Problem] = []
    for i, lang in enumerate(module.languages):
        text = module.texts[lang]
        out += quiz_warnings(text, positions=i == 0)
        out += answer_leaks(text)
    return out


def warnings_for_path(path: str | Path) -> list[Problem]:
    """The warnings for what ``curricula.validate_path`` checks (a file, a module, a folder, a zip)."""
    path = Path(path)
    if not path.exists():
        return []
    if path.is_file() and path.suffix.lower() == ".zip":
        try:
            with tempfile.TemporaryDirectory(prefix="wk-review-") as tmp:
                root = curricula._extract_zip(path, Path(tmp))
                return [w for m in curricula._read_catalog([(root, True)]).modules.values() for w in module_warnings(m)]
        except ValidationError:
            return []
    if path.is_file():
        own = curricula._rel(path)
        return [w for w in module_warnings(curricula.load_module(path.parent)) if w.file == own]
    if any(path.glob("*.md")):
        return module_warnings(curricula.load_module(path))
    return [w for m in curricula._read_catalog([(path, False)]).modules.values() for w in module_warnings(m)]
