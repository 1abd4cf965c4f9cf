"""``encryption status|enable|change|disable`` (the passphrase of the database and backups), ``unseal FILE``."""

from __future__ import annotations

import argparse
import os
import sys

from ..i18n import _, _n
from .common import Context, add_command


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    top = add_command(subparsers, parent, "encryption",
                      _("encrypt the database and its backups with a passphrase (SQLCipher)"))
    sub = top.add_subparsers(dest="encryption_command", metavar="ACTION")
    add_command(sub, parent, "status", _("is the data folder encrypted?"), _status)
    enable = add_command(sub, parent, "enable", _("encrypt the database and its backups with a passphrase"),
                         _enable)
    enable.add_argument("--passphrase-stdin", action="store_true",
                        help=_("read the new passphrase from standard input (else {env}, else asked twice)").format(
                            env="WORKSHOP_KIT_PASSPHRASE"))
    change = add_command(sub, parent, "change", _("re-encrypt everything under a new passphrase (needs the current one)"),
                         _change)
    change.add_argument("--passphrase-stdin", action="store_true",
                        help=_("read the new passphrase from standard input (else asked twice)"))
    add_command(sub, parent, "disable", _("decrypt the database and its backups (needs the passphrase)"), _disable)
    unseal = add_command(subparsers, parent, "unseal",
                         _("open a password-protected file (a bundle or a personal data export)"), _unseal)
    unseal.add_argument("file", metavar="FILE", help=_("the protected file"))
    unseal.add_argument("-o", "--output", metavar="FILE",
                        help=_("where to write the opened file (default: beside it, under its original name)"))
    unseal.add_argument("--password-stdin", action="store_true", help=_("read the password from standard input"))


def _open_locked(ctx: Context):  # noqa: ANN202 - OpenResult
    """Open with the single-instance lock: converting the file while the app has it open would harm it."""
    from .. import dbconnect
    from ..db import open_database
    from .common import ask_passphrase

    try:
        return open_database(ctx.data_dir, lock=True, auto_backup=False, check="quick")
    except dbconnect.PassphraseNeeded as exc:
        ask_passphrase(exc.path)
        return open_database(ctx.data_dir, lock=True, auto_backup=False, check="quick")


def _close(opened) -> None:  # noqa: ANN001 - OpenResult
    from ..db import InstanceLock

    opened.db.conn.close()
    InstanceLock.release(opened.path)


def _emit_status(ctx: Context, st, headline: str | None = None) -> None:  # noqa: ANN001 - encryption.Status
    def human() -> str:
        lines = [headline] if headline else []
        if st.enabled:
            lines.append(_n("Encrypted with a passphrase (SQLCipher): the database and %n backup(s).",
                             st.backups - st.plain_backups))
            if st.plain_backups:
                lines.append(_n("%n backup(s) are still plain: run workshop-kit encryption enable again to finish.",
                                st.plain_backups))
        else:
            lines.append(_("Not encrypted: anyone who can read the data folder can read the data."))
            if not st.available:
                lines.append(_("Encryption is not available in this installation (the sqlcipher3 package is "
                               "missing)."))
        return "\n".join(lines)

    ctx.emit(st.to_json(), human)


def _status(ctx: Context) -> None:
    from ..encryption import status
    from ..paths import database_path

    _emit_status(ctx, status(ctx.data_dir, database_path(ctx.data_dir)))


def _new_passphrase(ctx: Context, *, from_env: bool = True) -> str:
    from .. import dbconnect
    from ..encryption import check_passphrase

    if ctx.args.passphrase_stdin:
        passphrase = sys.stdin.readline().rstrip("\n")
        check_passphrase(passphrase)
        return passphrase
    if from_env and os.environ.get(dbconnect.PASSPHRASE_ENV):
        passphrase = os.environ[dbconnect.PASSPHRASE_ENV]
        check_passphrase(passphrase)
        return passphrase
    import getpass

    first = getpass.getpass(_("New passphrase: "))
    check_passphrase(first, getpass.getpass(_("The same passphrase again: ")))
    return first


def _enable(ctx: Context) -> None:
    from ..encryption import enable

    passphrase = _new_passphrase(ctx)
    opened = _open_locked(ctx)
    try:
        st = enable(opened.db, ctx.data_dir, opened.path, passphrase)
    finally:
        _close(opened)
    _emit_status(ctx, st, _("The data folder is now encrypted. Keep the passphrase safe: without it the data "
                            "cannot be recovered, by anyone."))


def _change(ctx: Context) -> None:
    from ..encryption import change_passphrase

    opened = _open_locked(ctx)  # opened with the current passphrase (asked, or the environment variable)
    try:
        st = change_passphrase(opened.db, ctx.data_dir, opened.path, _new_passphrase(ctx, from_env=False))
    finally:
        _close(opened)
    _emit_status(ctx, st, _("The passphrase was changed; the old one no longer opens this data folder."))


def _disable(ctx: Context) -> None:
    from ..encryption import disable

    opened = _open_locked(ctx)
    try:
        st = disable(opened.db, ctx.data_dir, opened.path)
    finally:
        _close(opened)
    _emit_status(ctx, st, _("The data folder is no longer encrypted."))


def _unseal(ctx: Context) -> None:
    from pathlib import Path

    from .. import sealed
    from ..atomicfile import write_bytes
    from .common import file_password

    source = Path(ctx.args.file)
    blob = source.read_bytes()
    meta = sealed.header(blob)
    password = file_password(ctx.args, new=False)
    if not password:
        raise sealed.SealedFileError(_("{name} is protected with a password; give it to open the file.").format(
            name=source.name))
    data = sealed.unseal(blob, password)
    name = Path(str(meta.get("content") or source.stem)).name  # a name from the file, never a path
    target = Path(ctx.args.output) if ctx.args.output else source.with_name(name)
    if not ctx.args.output and target.exists():
        raise sealed.SealedFileError(_("{path} already exists; choose where to write with -o FILE.").format(
            path=target))
    write_bytes(target, data)
    ctx.emit({"path": str(target)}, _("Written: {path}").format(path=target))
