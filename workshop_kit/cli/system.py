"""System commands: selfcheck, demo, backup."""

from __future__ import annotations

import argparse

from ..i18n import _, _n
from .common import Context, add_command


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    add_command(subparsers, parent, "selfcheck", _("check the data folder, database, curricula, templates, fonts, translations and optional tools"), _selfcheck)
    demo = add_command(subparsers, parent, "demo", _("create a demo workshop with sessions and sample participants"), _demo)
    demo.add_argument("--start", metavar="YYYY-MM-DD", help=_("first day (default: today)"))
    demo.add_argument("--if-empty", action="store_true", help=_("only when there is no workshop yet"))
    backup = add_command(subparsers, parent, "backup", _("make, list or restore backups of the data file"))
    bsub = backup.add_subparsers(dest="backup_command", metavar="ACTION")
    add_command(bsub, parent, "create", _("make a verified backup now"), _backup_create)
    add_command(bsub, parent, "list", _("list backups, newest first"), _backup_list)
    restore = add_command(bsub, parent, "restore", _("replace the data file with a backup (the newest good one by default)"), _backup_restore)
    restore.add_argument("file", nargs="?", help=_("backup file to restore"))


def _selfcheck(ctx: Context) -> int:
    from .. import __version__
    from ..selfcheck import run_checks

    checks = run_checks(ctx.data_dir)
    ok = all(c.ok for c in checks if c.required)
    data = {"ok": ok, "version": __version__, "data_dir": str(ctx.data_dir), "checks": [c.to_json() for c in checks]}

    def human() -> str:
        lines = []
        for c in checks:
            mark = "OK " if c.ok else ("!! " if c.required else "-- ")
            lines.append(f"{mark}{c.name}: {c.detail}")
            if not c.ok and c.fix:
                lines.append(f"     → {c.fix}")
        lines.append(_("All required checks passed.") if ok else _("Some required checks failed."))
        return "\n".join(lines)

    ctx.emit(data, human)
    return 0 if ok else 1


def _demo(ctx: Context) -> None:
    from ..demo import create_demo
    from ..workshops import list_sessions, parse_date

    if ctx.args.if_empty and ctx.db.execute("SELECT COUNT(*) FROM workshops").fetchone()[0]:
        ctx.emit({"created": False}, _("Workshops already exist; no demo created."))
        return
    start = parse_date(ctx.args.start) if ctx.args.start else None
    workshop, people = create_demo(ctx.db, start)
    sessions = list_sessions(ctx.db, workshop.id)
    ctx.emit(
        {"id": workshop.id, "title": workshop.title, "participants": people, "sessions": [s.to_json() for s in sessions]},
        _("Demo workshop created: {title} ({id}), {counts}.").format(
            title=workshop.title, id=workshop.id, counts=_("{participants}, {sessions}").format(
                participants=_n("%n participant(s)", people), sessions=_n("%n session(s)", len(sessions))),
        ),
    )


def _backup_create(ctx: Context) -> None:
    from ..backup import make_backup
    from ..paths import database_path

    path = make_backup(ctx.db.conn, database_path(ctx.data_dir), reason="manual")
    ctx.emit({"backup": str(path)}, _("Backup written: {path}").format(path=path))


def _backup_list(ctx: Context) -> None:
    from ..backup import backup_time, list_backups
    from ..paths import database_path

    items = [{"file": str(p), "time": str(backup_time(p)), "size": p.stat().st_size} for p in list_backups(database_path(ctx.data_dir))]
    ctx.emit(items, lambda: "\n".join(f"{i['time']}  {i['file']}" for i in items) or _("No backups yet."))


def _backup_restore(ctx: Context) -> None:
    from pathlib import Path

    from ..backup import restore_backup
    from ..paths import database_path

    used, moved = restore_backup(database_path(ctx.data_dir), Path(ctx.args.file) if ctx.args.file else None)
    ctx.emit(
        {"restored": str(used), "previous_file": str(moved) if moved else None},
        _("Restored {backup}. The previous file was kept as {moved}.").format(backup=used, moved=moved)
        if moved else _("Restored {backup}.").format(backup=used),
    )
