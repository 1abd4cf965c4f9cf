"""``attendance show|set|export|history``, ``report`` and ``bundle export|import|trust``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import _, _n
from .common import Context, add_command, file_password


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    top = add_command(subparsers, parent, "attendance", _("attendance grid, corrections and exports"))
    sub = top.add_subparsers(dest="attendance_command", metavar="ACTION")
    show = add_command(sub, parent, "show", _("show the attendance grid with totals and eligibility"), _show)
    show.add_argument("workshop", help=_("workshop id (or its first characters)"))
    set_ = add_command(sub, parent, "set", _("correct one participant's status for one session (audited)"), _set)
    set_.add_argument("workshop", help=_("workshop id (or its first characters)"))
    set_.add_argument("--session", type=int, required=True, metavar="N", help=_("session number"))
    set_.add_argument("--participant", required=True, metavar="ID", help=_("participant id (or its first characters)"))
    set_.add_argument("--status", required=True, choices=["present", "late", "absent", "excused", "none"],
                      help=_("new status; 'none' clears the cell"))
    export = add_command(sub, parent, "export", _("export attendance as CSV, XLSX or printable sign-in sheets"), _export)
    export.add_argument("workshop", help=_("workshop id (or its first characters)"))
    export.add_argument("--format", choices=["csv", "xlsx", "sheet"], default="xlsx",
                        help=_("csv (UTF-8 for Excel), xlsx (one sheet per session and a summary) or sheet "
                               "(sign-in sheets .docx)"))
    export.add_argument("-o", "--output", required=True, metavar="FILE", help=_("file to write"))
    export.add_argument("--lang", choices=["fr", "ar", "en"], help=_("language of the file (default: the workshop's)"))
    export.add_argument("--session", type=int, metavar="N", help=_("sign-in sheet of this session only"))
    hist = add_command(sub, parent, "history", _("list the corrections made to the grid"), _history)
    hist.add_argument("workshop", help=_("workshop id (or its first characters)"))

    rep = add_command(subparsers, parent, "report", _("donor report: reach, disaggregation, attendance, knowledge gain"),
                      _report)
    scope = rep.add_mutually_exclusive_group(required=True)
    scope.add_argument("workshop", nargs="?", help=_("workshop id (or its first characters)"))
    scope.add_argument("--all", action="store_true", help=_("every workshop in this data folder"))
    rep.add_argument("-o", "--output", metavar="FILE", help=_("write the report as .xlsx (with charts)"))
    rep.add_argument("--with-names", action="store_true",
                     help=_("include participants' names (default: anonymised aggregates only)"))
    rep.add_argument("--lang", choices=["fr", "ar", "en"], help=_("language of the report"))

    bundle = add_command(subparsers, parent, "bundle", _("signed bundles to merge data between laptops"))
    bsub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION")
    bexp = add_command(bsub, parent, "export", _("write a signed bundle of a workshop"), _bundle_export)
    bexp.add_argument("workshop", help=_("workshop id (or its first characters)"))
    bexp.add_argument("-o", "--output", required=True, metavar="FILE", help=_("bundle file to write (.zip)"))
    bexp.add_argument("--password", action="store_true",
                      help=_("protect the bundle with a password (asked, or WORKSHOP_KIT_FILE_PASSWORD)"))
    bexp.add_argument("--password-stdin", action="store_true", help=_("read that password from standard input"))
    bimp = add_command(bsub, parent, "import", _("check a bundle and merge it into this data folder"), _bundle_import)
    bimp.add_argument("file", nargs="+", metavar="FILE", help=_("bundle files"))
    bimp.add_argument("--accept-signer", action="store_true",
                      help=_("import even if the signer's key is not trusted (this time only)"))
    bimp.add_argument("--trust-signer", action="store_true",
                      help=_("import and trust the signer's key from now on"))
    bimp.add_argument("--password-stdin", action="store_true",
                      help=_("read the password of protected bundles from standard input (else "
                             "WORKSHOP_KIT_FILE_PASSWORD, else asked)"))
    btrust = add_command(bsub, parent, "trust", _("trust another laptop's public key file (keys/organisation.pub)"),
                         _bundle_trust)
    btrust.add_argument("file", metavar="FILE", help=_("public key file"))


def _show(ctx: Context) -> None:
    from ..attendance import grid

    g = grid(ctx.db, ctx.args.workshop)

    def human() -> str:
        short = {"present": "P", "late": "L", "absent": "A", "excused": "E", None: "·"}
        lines = [f"{g.workshop.title}  " + _("(threshold {pct} %)").format(pct=round(100 * g.workshop.attendance_threshold))]
        lines.append(_("P present, L late, A absent, E excused, · nothing recorded"))
        head = "".join(f"{s.number:>3}" for s in g.sessions)
        lines.append(f"{'':36}{head}   " + _("attended  eligible"))
        for r in g.rows:
            cells = "".join(f"{short[r.statuses.get(s.id)]:>3}" for s in g.sessions)
            e = r.eligibility
            mark = _("yes") if e.eligible else _("no")
            lines.append(f"{r.participant.display_name()[:34]:36}{cells}   {e.attended}/{e.counted} ({round(100 * e.rate)} %)  {mark}")
        totals = g.session_totals()
        lines.append(f"{_('attended'):36}" + "".join(f"{totals[s.id]['attended']:>3}" for s in g.sessions))
        return "\n".join(lines)

    ctx.emit(g.to_json(), human)


def _set(ctx: Context) -> None:
    from ..attendance import set_status_by_number

    a = ctx.args
    status = None if a.status == "none" else a.status
    changed = set_status_by_number(ctx.db, a.workshop, a.session, a.participant, status, actor="cli")
    ctx.emit({"changed": changed, "status": status},
             _("Attendance updated.") if changed else _("Nothing to change: the status was already that."))


def _export(ctx: Context) -> None:
    from ..exports import export
    from ..workshops import get_workshop

    a = ctx.args
    w = get_workshop(ctx.db, a.workshop)
    from ..settings import load

    logo = load(ctx.data_dir).get("organisation_logo") or None
    path = export(ctx.db, w.id, a.format, Path(a.output), lang=a.lang, session_number=a.session, logo=logo)
    ctx.emit({"path": str(path), "format": a.format}, _("Written: {path}").format(path=path))


def _history(ctx: Context) -> None:
    from ..attendance import history
    from ..workshops import get_workshop

    w = get_workshop(ctx.db, ctx.args.workshop)
    items = history(ctx.db, w.id)

    def human() -> str:
        if not items:
            return _("No corrections recorded.")
        return "\n".join(
            f"{e['at'][:19]}  {e['actor'] or '-'}  " + _("session {n}").format(n=e["details"].get("session_number"))
            + f"  {e['details'].get('participant', '')[:8]}  {e['details'].get('from') or '·'} → {e['details'].get('to') or '·'}"
            for e in items
        )

    ctx.emit(items, human)


def _report(ctx: Context) -> None:
    from ..i18n import translate
    from ..report import DIMENSIONS, build_report, write_xlsx

    a = ctx.args
    rep = build_report(ctx.db, None if a.all else a.workshop, with_names=a.with_names, lang=a.lang)
    if a.output:
        write_xlsx(rep, Path(a.output))
    data = rep.to_json() | ({"path": a.output} if a.output else {})

    def human() -> str:
        rate = f"{round(100 * rep.attendance_rate)} %" if rep.attendance_rate is not None else "—"
        lines = [
            _("Participants reached: {n}").format(n=data["participants_reached"]),
            _("Sessions delivered: {d} of {p}").format(d=rep.sessions_delivered, p=rep.sessions_planned),
            _("Attendance rate: {rate}").format(rate=rate),
        ]
        gain = rep.gain["overall"]
        if gain["gain_pct"] is not None:
            lines.append(_("Knowledge gain: {pre} % → {post} % ({gain:+} points)").format(
                pre=gain["pre_pct"], post=gain["post_pct"], gain=gain["gain_pct"]))
        for dim, label in DIMENSIONS.items():
            lines.append(translate(label, rep.lang) + ": " + ", ".join(f"{k} {v}" for k, v in rep.table(dim)))
        lines += rep.notes
        if a.output:
            lines.append(_("Written: {path}").format(path=a.output))
        return "\n".join(lines)

    ctx.emit(data, human)


def _bundle_export(ctx: Context) -> None:
    from ..bundles import export_bundle
    from ..errors import ValidationError
    from ..workshops import get_workshop

    w = get_workshop(ctx.db, ctx.args.workshop)
    password = None
    if ctx.args.password or ctx.args.password_stdin:
        password = file_password(ctx.args, new=True)
        if not password:
            raise ValidationError(_("Give the bundle's password with --password-stdin or WORKSHOP_KIT_FILE_PASSWORD."))
    manifest = export_bundle(ctx.db, ctx.data_dir, w.id, Path(ctx.args.output), password=password)
    rows = sum(f["rows"] for f in manifest["files"].values())
    ctx.emit(manifest | {"path": ctx.args.output},
             _n("Bundle written: {path} (%n row(s), signed by key {key_id}).", rows).format(
                 path=ctx.args.output, key_id=manifest["signer"]["key_id"]))


def _bundle_import(ctx: Context) -> int:
    from ..bundles import import_bundle
    from ..sealed import is_sealed

    a = ctx.args
    results = []
    password = None
    for file in a.file:
        if password is None and Path(file).is_file() and is_sealed(file):
            password = file_password(a, new=False)
        result = import_bundle(ctx.db, ctx.data_dir, Path(file), accept_unknown=a.accept_signer,
                               trust=a.trust_signer, password=password)
        results.append(result)
        if not ctx.json:
            print(result.summary())
    if ctx.json:
        ctx.emit([r.to_json() for r in results])
    return 0


def _bundle_trust(ctx: Context) -> None:
    from ..signing import read_public_key_file, trust_public_key

    kid = trust_public_key(ctx.data_dir, read_public_key_file(ctx.args.file))
    ctx.emit({"key_id": kid}, _("Key {key_id} is now trusted: bundles it signs are imported.").format(key_id=kid))
