"""What a trainer editing a module is told: where a YAML mistake begins, skewed quizzes, answers
left in participant handouts, core and optional sessions."""

from __future__ import annotations

import shutil
from pathlib import Path

from workshop_kit import curricula

SAMPLE = curricula.bundled_dir() / "m04-protection"


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
