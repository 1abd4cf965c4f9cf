"""``programme`` (the coordinator's dashboard over all workshops) and ``inbox set|show|scan``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import _, _n
from .common import Context, add_command


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    prog = add_command(subparsers, parent, "programme",
                       _("programme dashboard over all workshops: reach, disaggregation, attendance, certificates, "
                         "knowledge gain (anonymised)"), _programme)
    prog.add_argument("--from", dest="date_from", metavar="DATE", help=_("workshops starting on or after DATE (YYYY-MM-DD)"))
    prog.add_argument("--to", dest="date_to", metavar="DATE", help=_("workshops starting on or before DATE (YYYY-MM-DD)"))
    prog.add_argument("--city", help=_("workshops held in this city"))
    prog.add_argument("--partner", help=_("workshops of this partner organisation"))
    prog.add_argument("--module", metavar="ID", help=_("workshops that teach this module (curriculum id)"))
    prog.add_argument("-o", "--output", metavar="FILE",
                      help=_("write the dashboard: .xlsx (tables and charts), .docx or .pdf (one-page summary)"))
    prog.add_argument("--lang", choices=["fr", "ar", "en"], help=_("language of the figures and the file"))

    inbox = add_command(subparsers, parent, "inbox", _("the coordinator's inbox folder of bundles"))
    sub = inbox.add_subparsers(dest="inbox_command", metavar="ACTION")
    set_ = add_command(sub, parent, "set", _("remember the folder where bundles arrive"), _inbox_set)
    set_.add_argument("folder", metavar="FOLDER", help=_("the inbox folder ('' to forget it)"))
    add_command(sub, parent, "show", _("show the inbox folder"), _inbox_show)
    scan = add_command(sub, parent, "scan", _("check and merge every new bundle in the inbox (never writes into it)"),
                       _inbox_scan)
    scan.add_argument("folder", nargs="?", metavar="FOLDER", help=_("scan this folder instead of the remembered one"))
    scan.add_argument("--settle", type=float, default=None, metavar="SECONDS",
                      help=_("leave files changed less than SECONDS ago for a later scan (default 3)"))
    scan.add_argument("--recheck", action="store_true",
                      help=_("merge every bundle again, even those recorded as merged"))
    scan.add_argument("--trust-signer", action="append", default=[], metavar="KEY_ID",
                      help=_("trust this signer's key (as a refused bundle names it) and merge its bundles"))


def _programme(ctx: Context) -> None:
    from .. import programme

    a = ctx.args
    filters = programme.Filters(a.date_from, a.date_to, a.city, a.partner, a.module)
    prog = programme.build_programme(ctx.db, filters, lang=a.lang)
    written = None
    if a.output:
        written = programme.export(prog, Path(a.output))
    data = prog.to_json() | ({"path": str(written)} if written else {})

    def human() -> str:
        from ..i18n import translate
        from ..report import DIMENSIONS

        rep = prog.report
        lines = [prog.filters.describe(rep.lang)]
        lines += [f"{label}: {value}" for label, value in prog.figures()]
        for dim, label in DIMENSIONS.items():
            lines.append(translate(label, rep.lang) + ": " + ", ".join(f"{k} {v}" for k, v in rep.table(dim)))
        for m in rep.gain["modules"]:
            lines.append(_n("Module {module}: {pre} % → {post} % (%n person(s))", m["participants"]).format(
                module=m["module"], pre=m["pre_pct"] if m["pre_pct"] is not None else "—",
                post=m["post_pct"] if m["post_pct"] is not None else "—"))
        lines += rep.notes
        if written:
            lines.append(_("Written: {path}").format(path=written))
        return "\n".join(lines)

    ctx.emit(data, human)


def _inbox_set(ctx: Context) -> None:
    from ..inbox import set_inbox_folder

    folder = set_inbox_folder(ctx.data_dir, ctx.args.folder or None)
    ctx.emit({"folder": str(folder) if folder else None},
             _("Inbox folder: {folder}").format(folder=folder) if folder else _("Inbox folder forgotten."))


def _inbox_show(ctx: Context) -> None:
    from ..inbox import inbox_folder, load_record

    folder = inbox_folder(ctx.data_dir)
    merged = len(load_record(ctx.data_dir)["merged"])
    ctx.emit({"folder": str(folder) if folder else None, "bundles_merged": merged},
             (_("Inbox folder: {folder}").format(folder=folder) if folder else _("No inbox folder is set."))
             + "\n" + _("Bundles merged from inboxes so far: {n}").format(n=merged))


def _inbox_scan(ctx: Context) -> int:
    from ..inbox import SETTLE_SECONDS, scan

    a = ctx.args
    result = scan(ctx.db, ctx.data_dir, a.folder, recheck=a.recheck, trust=set(a.trust_signer),
                  settle_seconds=SETTLE_SECONDS if a.settle is None else a.settle)
    ctx.emit(result.to_json(), result.summary)
    return 1 if result.of("refused") else 0
