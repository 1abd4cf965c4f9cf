"""Shared CLI plumbing: the data folder, opening the database, JSON or human output, errors."""

from __future__ import annotations

import argparse
import errno
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import dbconnect
from ..errors import WorkshopKitError
from ..i18n import _
from ..textclean import terminal_safe

if TYPE_CHECKING:
    from ..sqlconn import Database

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def build_common_parent() -> argparse.ArgumentParser:
    """Options every command accepts, before or after the sub-command name."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=_("data folder (default: $WORKSHOP_KIT_HOME or the user data folder)"),
    )
    parent.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=_("print JSON"))
    return parent


class Context:
    """What a command handler gets: parsed args, the data folder, and the database on demand."""

    def __init__(self, args: argparse.Namespace) -> None:
        from ..i18n import set_language
        from ..paths import data_dir
        from ..settings import load

        self.args = args
        self.json = bool(getattr(args, "json", False))
        self.data_dir: Path = data_dir(getattr(args, "data_dir", None))
        self._db: Database | None = None
        import os

        if "WORKSHOP_KIT_LANG" not in os.environ and (self.data_dir / "settings.json").exists():
            set_language(load(self.data_dir).get("language", "fr"))

    @property
    def db(self) -> Database:
        if self._db is None:
            from ..db import open_database

            # Backups on open are the app's job; a script run still gets the pre-migration backup.
            # Only the header is checked here: a command must not cost a full scan of a large file;
            # a damaged page met later is reported by run_command, and selfcheck checks everything.
            try:
                self._db = open_database(self.data_dir, lock=False, auto_backup=False, check="header").db
            except dbconnect.PassphraseNeeded as exc:
                ask_passphrase(exc.path)
                self._db = open_database(self.data_dir, lock=False, auto_backup=False, check="header").db
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.conn.close()

    def emit(self, data: Any, human: str | Callable[[], str] | None = None) -> None:
        """Print ``data`` as JSON with --json, else the human text."""
        if self.json:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        elif human is not None:
            # Names are shown as text: an ESC stored in a name must not recolour or hide the terminal.
            print(terminal_safe(human() if callable(human) else human))


def note_cleaned(given: dict[str, Any], stored: dict[str, Any]) -> None:
    """Tell the user when the entry rule (``textclean``) removed invisible characters from a value."""
    from ..textclean import changed_by_cleaning

    for field, before in given.items():
        if isinstance(before, str) and changed_by_cleaning(before, stored.get(field)):
            print(_("note: invisible control characters were removed from {field} (they cannot be printed).").format(
                field=field), file=sys.stderr)


def ask_passphrase(path: Path, attempts: int = 3) -> None:
    """Ask for the passphrase of an encrypted data file in a terminal (scripts set the environment variable)."""
    import getpass

    if not sys.stdin.isatty():
        raise dbconnect.PassphraseNeeded(path)
    for attempt in range(attempts):
        try:
            dbconnect.unlock(path, getpass.getpass(_("Passphrase of the data folder: ")))
            return
        except dbconnect.WrongPassphrase:
            if attempt == attempts - 1:
                raise
            print(_("Wrong passphrase, try again."), file=sys.stderr)


def file_password(args: argparse.Namespace, *, new: bool) -> str | None:
    """The password protecting an exported file: --password-stdin, else the environment, else asked.

    ``new``: choosing one (asked twice); else opening a protected file.
    """
    import getpass
    import os

    from ..sealed import PASSWORD_ENV, check_password

    if getattr(args, "password_stdin", False):
        password = sys.stdin.readline().rstrip("\n")
    elif os.environ.get(PASSWORD_ENV):
        password = os.environ[PASSWORD_ENV]
    elif sys.stdin.isatty():
        password = getpass.getpass(_("Password of the file: "))
        if new and getpass.getpass(_("The same password again: ")) != password:
            raise WorkshopKitError(_("The two passwords differ."))
    else:
        return None
    if new:
        check_password(password)
    return password


def run_command(args: argparse.Namespace) -> int:
    handler = getattr(args, "handler", None)
    if handler is None:
        print(_("Missing sub-command; see --help."), file=sys.stderr)
        return EXIT_USAGE
    ctx = None
    try:
        ctx = Context(args)
        result = handler(ctx)
        return EXIT_OK if result is None else int(result)
    except WorkshopKitError as exc:
        _report(args, str(exc))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _report(args, _("Interrupted."))
        return EXIT_REFUSED
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            _report(args, _("The disk is full ({detail}); free some space and try again. No partial file was "
                            "left.").format(detail=exc.filename or exc.strerror))
        else:
            _report(args, _("File problem: {detail}").format(detail=exc))
        return EXIT_REFUSED
    except (MemoryError, RecursionError):  # a last resort: readers refuse oversized input before this
        _report(args, _("The input is too large or too deeply nested to be read on this computer."))
        return EXIT_REFUSED
    except dbconnect.errors("DatabaseError") as exc:
        _report(args, _explain_database_error(ctx, exc))
        return EXIT_REFUSED
    finally:
        if ctx is not None:
            ctx.close()


def _explain_database_error(ctx: Context | None, exc: BaseException) -> str:
    """A message for an error SQLite raised; damage met here is remembered so writes stop."""
    from ..db import damage_found, is_damage_error, mark_damaged
    from ..paths import database_path

    path = database_path(ctx.data_dir) if ctx is not None else None
    if isinstance(exc, dbconnect.errors("OperationalError")) and "locked" in str(exc):
        return _("The data file is busy (another program is writing to it); try again in a moment.")
    if path is not None and is_damage_error(exc):
        mark_damaged(path, str(exc))
    found = damage_found(path) if path is not None else None
    if found is not None and "readonly" in str(exc).replace(" ", "").replace("-", ""):
        return _("The data file {path} is damaged ({detail}); nothing more is written to it. Restore a backup "
                 "with: workshop-kit backup restore").format(path=path, detail=found)
    return _("The data file could not be read ({detail}). Check it with: workshop-kit selfcheck; "
             "restore a backup with: workshop-kit backup restore").format(detail=exc)


def _report(args: argparse.Namespace, message: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps({"error": message}, ensure_ascii=False))
    print(terminal_safe(_("error: {message}").format(message=message)), file=sys.stderr)


def add_command(
    subparsers: argparse._SubParsersAction,
    parent: argparse.ArgumentParser,
    name: str,
    help_text: str,
    handler: Callable[[Context], int | None] | None = None,
) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help=help_text, description=help_text, parents=[parent])
    if handler is not None:
        parser.set_defaults(handler=handler)
    return parser
