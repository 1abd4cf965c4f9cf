"""The core and the CLI never load Qt (they must run on a coordinator's server or in scripts)."""

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True, text=True, check=True,
    ).stdout
    return set(out.split())


def test_import_core_does_not_load_pyside6():
    """Every module of the core, the command line's included, imports without Qt or the UI."""
    code = (
        "import pkgutil, importlib, workshop_kit\n"
        "for m in pkgutil.walk_packages(workshop_kit.__path__, 'workshop_kit.'):\n"
        "    if m.name != 'workshop_kit.__main__': importlib.import_module(m.name)\n"
    )
    mods = _modules_after(code)
    assert {"workshop_kit.checkin", "workshop_kit.certificates", "workshop_kit.cli.certificates"} <= mods
    assert not any(m.startswith(("PySide6", "shiboken6", "ui")) for m in mods)


def test_cli_commands_do_not_load_pyside6(data_dir):
    """Commands across the features (write, read, report, search, check) run, and Qt never loads."""
    code = (
        "import json, io, contextlib\n"
        "from workshop_kit.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    codes = [main(['workshop', 'create', '--title', 'T', '--start', '2026-01-05']), main(['--json', 'demo'])]\n"
        "wid = json.loads(out.getvalue()[out.getvalue().index('{'):])['id']\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    for args in (['workshop', 'list'], ['participants', 'list', wid], ['attendance', 'show', wid],\n"
        "                 ['report', wid], ['curricula', 'search', 'droit'], ['selfcheck']):\n"
        "        codes.append(main(['--json', *args]))\n"
        "assert codes[:-1] == [0] * (len(codes) - 1), codes  # selfcheck may warn about optional tools\n"
    )
    mods = _modules_after(code)
    assert "workshop_kit.cli" in mods
    assert not any(m.startswith(("PySide6", "shiboken6")) for m in mods)


def test_the_installed_command_runs_sub_commands_without_qt(data_dir):
    """``workshop-kit`` is ``ui.launcher:main``: it reaches for Qt only to open the window."""
    mods = _modules_after("from ui.launcher import main\nmain(['workshop', 'list', '--json'])")
    assert "workshop_kit.cli" in mods and "ui.launcher" in mods
    assert not any(m.startswith(("PySide6", "shiboken6", "ui.app")) for m in mods)


def test_core_cli_without_the_launcher_prints_help_instead_of_opening_a_window(capsys):
    from workshop_kit.cli import main

    assert main([]) == 2
    assert "usage: workshop-kit" in capsys.readouterr().out
