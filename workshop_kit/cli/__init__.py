"""``workshop-kit``: the desktop app with no sub-command, the same features as sub-commands.

Exit codes: 0 ok, 1 refused or invalid input, 2 usage. Every sub-command takes ``--json``.
This module imports nothing heavy: each command imports the core modules it needs when it runs,
so ``--version`` and ``workshop list`` stay fast and never load Qt.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import __version__
from ..i18n import _
from .common import EXIT_USAGE, build_common_parent, run_command

# Each module has ``register(subparsers, parent)``; add a feature's module here.
COMMAND_MODULES = [
    "system",
    "workshops",
    "curricula",
    "participants",
    "checkin",
    "attendance",
    "certificates",
    "encryption",
    "programme",
]
# Each top-level command and the module that registers it: a command line builds only its own
# command's parser (building every command's options cost about 30 ms of each run, and of each time
# the window is opened). tests/cli/test_cli_start.py checks this table against the modules.
COMMANDS = {
    "selfcheck": "system", "demo": "system", "backup": "system",
    "workshop": "workshops",
    "curricula": "curricula",
    "participants": "participants",
    "checkin": "checkin", "badges": "checkin",
    "attendance": "attendance", "report": "attendance", "bundle": "attendance",
    "certificates": "certificates", "outbox": "certificates",
    "encryption": "encryption", "unseal": "encryption",
    "programme": "programme", "inbox": "programme",
}


def modules_for(argv: list[str] | None) -> list[str]:
    """The command modules ``argv`` needs: its command's, none without a command, all for help or
    an unknown command (argparse then lists them)."""
    if argv is None:
        return COMMAND_MODULES
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help"):
            return COMMAND_MODULES
        elif arg == "--data-dir":
            skip = True  # its value follows
        elif not arg.startswith("-"):
            return [COMMANDS[arg]] if arg in COMMANDS else COMMAND_MODULES
    return []


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser, with every command, or only those ``argv`` needs (``modules_for``)."""
    parent = build_common_parent()
    parser = argparse.ArgumentParser(
        prog="workshop-kit",
        description=_("Workshop Kit: curricula, participants, QR check-in, attendance and certificates, offline."),
        epilog=_("With no sub-command, opens the desktop app. Documentation: docs/cli.md"),
        parents=[parent],
    )
    parser.add_argument("--version", action="version", version=f"workshop-kit {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules_for(argv):
        # No fallback for a missing module: a frozen build that lost one must fail loudly, not hide a command.
        importlib.import_module(f"{__name__}.{name}").register(subparsers, parent)
    return parser


def main(argv: list[str] | None = None, open_app: Callable[[Path], int] | None = None) -> int:
    """Run a sub-command. With none, ``open_app(data_dir)`` opens the desktop app: the launcher in
    ``ui/`` passes it, so this core module never imports Qt; without it the help is printed."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    try:
        args = _restore_dashes(parser.parse_args(_protect_dashes(argv)))
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    command = getattr(args, "command", None)
    if not command and open_app is None:
        build_parser().print_help()
        return EXIT_USAGE
    with private_files():
        if not command and open_app is not None:
            from ..paths import data_dir

            return open_app(data_dir(getattr(args, "data_dir", None)))
        return run_command(args)


@contextmanager
def private_files() -> Iterator[None]:
    """Everything the app or a command creates (data file, WAL, backups, folders, PDFs made by
    LibreOffice) is readable by the user only: umask 077 while it runs (``filemodes``)."""
    old = os.umask(0o077) if os.name == "posix" else None
    try:
        yield
    finally:
        if old is not None:
            os.umask(old)


# argparse drops a "--" it meets inside an option's value (``--organisation=--`` became an empty list,
# then "the data file could not be read"). A value is a value: hide it from argparse, then put it back.
_DASHES = "\x00workshop-kit:--\x00"


def _protect_dashes(argv: list[str]) -> list[str]:
    out = []
    for arg in argv:
        name, eq, value = arg.partition("=")
        out.append(f"{name}={_DASHES}" if eq and value == "--" and name.startswith("--") else arg)
    return out


def _restore_dashes(args: argparse.Namespace) -> argparse.Namespace:
    for key, value in vars(args).items():
        if value == _DASHES:
            setattr(args, key, "--")
        elif isinstance(value, list) and _DASHES in value:
            setattr(args, key, ["--" if v == _DASHES else v for v in value])
    return args


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
