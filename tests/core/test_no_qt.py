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
    mods = _modules_after("import workshop_kit, workshop_kit.db, workshop_kit.workshops, workshop_kit.participants")
    assert not any(m.startswith(("PySide6", "shiboken6", "ui")) for m in mods)


def test_cli_commands_do_not_load_pyside6(data_dir):
    code = (
        "from workshop_kit.cli import main\n"
        "main(['workshop', 'create', '--title', 'T', '--start', '2026-01-05'])\n"
        "main(['workshop', 'list', '--json'])\n"
        "main(['selfcheck', '--json'])\n"
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
