"""A command line builds and imports only what its command needs (start-up time: docs/performance.md)."""

import argparse
import importlib
import json
import subprocess
import sys

from workshop_kit.cli import COMMAND_MODULES, COMMANDS, build_parser, main, modules_for
from workshop_kit.cli.common import build_common_parent


def test_the_command_table_names_every_command_of_every_module():
    registered = {}
    for name in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"workshop_kit.cli.{name}").register(sub, build_common_parent())
        registered.update(dict.fromkeys(sub.choices, name))
    assert registered == COMMANDS


def test_a_command_line_gets_the_same_parser_for_its_command_as_the_full_one():
    argv = ["--data-dir", "/tmp/x", "checkin", "W", "--session", "2", "WK1-abc"]
    assert modules_for(argv) == ["checkin"]
    assert vars(build_parser(argv).parse_args(argv)) == {
        k: v for k, v in vars(build_parser().parse_args(argv)).items()}
    assert modules_for(["--json"]) == []  # the window: no command to build
    assert modules_for(["workshop", "--help"]) == ["workshops"]
    assert modules_for(["--help"]) == modules_for(["no-such-command"]) == COMMAND_MODULES


def test_help_and_unknown_commands_still_list_every_command(capsys):
    assert main([]) == 2
    out = capsys.readouterr().out
    assert all(name in out for name in COMMANDS)
    assert main(["no-such-command"]) == 2
    assert "certificates" in capsys.readouterr().err


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_listing_workshops_and_checking_in_load_neither_sqlite_utils_nor_other_commands(data_dir):
    mods = _modules_after(
        "import json\nfrom ui.launcher import main\n"
        "main(['workshop', 'create', '--title', 'T', '--start', '2026-01-05'])\n"
        "main(['workshop', 'list', '--json'])\n"
        "main(['checkin', 'nothing', 'WK1-0000', '--json'])\n"
    )
    assert "workshop_kit.cli.workshops" in mods and "workshop_kit.cli.checkin" in mods
    assert not any(m.startswith(("sqlite_utils", "click", "dateutil", "pluggy")) for m in mods)
    assert not {"workshop_kit.cli.certificates", "workshop_kit.cli.participants"} & mods


def test_sqlite_utils_api_still_works_on_the_database(db):
    """Code that reaches for sqlite-utils' table API gets it over the same connection."""
    db["meta"].insert({"key": "k", "value": "v"})
    assert db.execute("SELECT value FROM meta WHERE key = 'k'").fetchone() == ("v",)
    assert "participants" in db.table_names()


def test_new_ids_are_distinct_uuid4_strings():
    """Ids travel between laptops and merge by value: the format stays uuid4's, written the same way."""
    import uuid

    from workshop_kit.db import new_id

    ids = {new_id() for _ in range(2000)}
    assert len(ids) == 2000
    for value in list(ids)[:200]:
        parsed = uuid.UUID(value)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, value)
