"""docs/cli.md and docs/cli/*.md say what ``--help`` says: every command and option is documented,
and every documented ``workshop-kit …`` command exists (as sqlite-utils checks its own docs)."""

from __future__ import annotations

import argparse
import re

from tests.conftest import REPO
from workshop_kit.cli import build_parser

DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [REPO / "docs" / "cli.md", *sorted((REPO / "docs" / "cli").glob("*.md"))])
COMMON = {"-h", "--help", "--json", "--data-dir"}


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], argparse.ArgumentParser]:
    found = {path: parser}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action._name_parser_map.items():
                found |= _commands(sub, (*path, name))
    return found


def test_every_command_and_option_is_documented() -> None:
    missing = []
    for path, parser in _commands(build_parser()).items():
        if not path:
            continue
        if (not re.search(r"workshop-kit\s+" + r"\s+".join(map(re.escape, path)) + r"(\s|`|$)", DOCS, re.M)
                and path != ("certificates", "generate")):  # the default action
            missing.append(" ".join(path))
        for action in parser._actions:
            for option in action.option_strings:
                if option.startswith("--") and option not in COMMON and not re.search(re.escape(option) + r"(?![\w-])", DOCS):
                    missing.append(f"{' '.join(path)} {option}")
    assert not missing, "not in docs/cli*.md: " + ", ".join(missing)


def test_every_documented_command_exists() -> None:
    known = {" ".join(p) for p in _commands(build_parser())}
    parser = build_parser()
    wrong = []
    for line in re.findall(r"^\s*(?:\$ )?workshop-kit ([a-z][a-z-]*(?: [a-z][a-z-]*)?)", DOCS, re.M):
        words = line.split()
        if words[0] not in known or len(words) == 2 and " ".join(words) not in known and words[0] in {
                " ".join(p) for p, sub in _commands(parser).items()
                if len(p) == 1 and any(isinstance(a, argparse._SubParsersAction) for a in sub._actions)} \
                and words[0] != "certificates":
            wrong.append(line)
    assert not wrong, "documented but unknown: " + ", ".join(sorted(set(wrong)))
