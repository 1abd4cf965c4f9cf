"""``certificates WORKSHOP -o DIR`` and its actions (verify, revoke, keys, templates); ``outbox``."""

from __future__ import annotations

import argparse
import sys

from ..i18n import _, _n
from .common import EXIT_REFUSED, Context, add_command

ACTIONS = ("generate", "list", "check-template", "verify", "revoke", "export-key", "trust-key", "verify-page")


class _AnyName(dict):
    """Lets a workshop name through argparse's choice check; ``_DefaultAction`` routes it."""

    def __contains__(self, key: object) -> bool:
        return True


class _DefaultAction(argparse._SubParsersAction):
    """``certificates WORKSHOP …`` means ``certificates generate WORKSHOP …``."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.choices = _AnyName(self._name_parser_map)

    def __call__(self, parser, namespace, values, option_string=None):  # noqa: ANN001, ANN204
        if values and values[0] not in self._name_parser_map and not values[0].startswith("-"):
            values = ["generate", *values]
        super().__call__(parser, namespace, values, option_string)


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    top = add_command(
        subparsers, parent, "certificates",
        _("make, check and revoke certificates of attendance (certificates WORKSHOP -o DIR)"),
    )
    sub = top.add_subparsers(dest="certificates_command", metavar="ACTION", action=_DefaultAction)
    gen = add_command(sub, parent, "generate", _("certificates for a workshop (the default action)"), _generate)
    gen.add_argument("workshop", help=_("workshop id (or its first characters) or exact title"))
    gen.add_argument("-o", "--output", metavar="DIR", help=_("folder for one .docx per participant"))
    gen.add_argument("--template", metavar="FILE", help=_("your own .docx template (default: the bundled one)"))
    gen.add_argument("--lang", choices=["fr", "ar", "fr_ar"], help=_("certificate language (default: the workshop's)"))
    gen.add_argument("--merged", metavar="FILE", help=_("also write one .docx with every certificate, ready to print"))
    gen.add_argument("--pdf", action="store_true", help=_("also make PDFs with LibreOffice (one batched call)"))
    group = gen.add_mutually_exclusive_group()
    group.add_argument("--only-eligible", dest="only_eligible", action="store_true", default=True,
                       help=_("only participants who meet the attendance rule (default)"))
    group.add_argument("--all", dest="only_eligible", action="store_false", help=_("every enrolled participant"))
    gen.add_argument("--signature", metavar="IMAGE", help=_("trainer's signature picture (PNG or JPEG)"))
    gen.add_argument("--queue-email", action="store_true",
                     help=_("queue the certificates in the outbox (send with: workshop-kit outbox send)"))

    lst = add_command(sub, parent, "list", _("list issued certificates"), _list)
    lst.add_argument("workshop", nargs="?", help=_("only this workshop"))

    chk = add_command(sub, parent, "check-template", _("list known and unknown placeholders of a .docx template"),
                      _check_template)
    chk.add_argument("file", help=_(".docx template"))
    chk.add_argument("--preview", metavar="FILE", help=_("also write the template filled with sample data"))

    ver = add_command(sub, parent, "verify", _("check a certificate: valid, altered, revoked or unknown organisation"),
                      _verify)
    src = ver.add_mutually_exclusive_group(required=True)
    src.add_argument("code", nargs="?", help=_("scanned QR text, short code (ABCD-EFGH) or certificate number"))
    src.add_argument("--image", metavar="FILE", help=_("photo or scan of the QR code"))

    rev = add_command(sub, parent, "revoke", _("revoke a certificate"), _revoke)
    rev.add_argument("number", help=_("certificate number"))
    rev.add_argument("--reason", required=True, help=_("why (kept in the database)"))

    exp = add_command(sub, parent, "export-key", _("export the organisation's public key (to verify elsewhere)"),
                      _export_key)
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help=_("file to write"))

    trust = add_command(sub, parent, "trust-key", _("trust another organisation's public key"), _trust_key)
    trust.add_argument("file", help=_("public key file exported by that organisation"))

    page = add_command(sub, parent, "verify-page",
                       _("write the static verification page (verify.html) to publish: any phone checks a "
                         "certificate with it, offline"), _verify_page)
    page.add_argument("-o", "--output", required=True, metavar="DIR", help=_("folder to write verify.html into"))
    page.add_argument("--url", metavar="URL",
                      help=_("address where verify.html will be published; new certificates' QR codes open it"))

    register_outbox(subparsers, parent)


def _progress(ctx: Context):  # noqa: ANN202
    if ctx.json or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, _message: str) -> None:
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def _generate(ctx: Context) -> int | None:
    from ..certificates import generate
    from ..settings import load

    a = ctx.args
    settings = load(ctx.data_dir)
    result = generate(ctx.db, ctx.data_dir, a.workshop, a.output, template=a.template, merged=a.merged, pdf=a.pdf,
                      only_eligible=a.only_eligible, lang=a.lang, signature=a.signature, settings=settings,
                      progress=_progress(ctx), actor="cli")
    data = result.to_json()
    if a.queue_email and result.issued:
        from ..outbox import queue_certificates

        files = {c.number: path for c in result.issued if (path := c.pdf or c.file)}
        data["email"] = queue_certificates(ctx.db, ctx.data_dir, a.workshop, files, settings, actor="cli").to_json()

    def human() -> str:
        lines = []
        if result.issued:
            lines.append(_n("%n certificate(s) written.", len(result.issued)))
            if a.output:
                lines.append(_("Folder: {path}").format(path=a.output))
        else:
            lines.append(_("Nobody meets the attendance rule yet: no certificate written."))
        if result.merged:
            lines.append(_("Print file: {path}").format(path=result.merged))
        if a.pdf:
            pdfs = sum(1 for c in result.issued if c.pdf) + (1 if result.merged_pdf else 0)
            lines.append(_n("%n PDF file(s) made.", pdfs) if pdfs else "")
        if result.pdf_problem:
            lines.append(result.pdf_problem)
        if result.not_eligible:
            lines.append(_("Not eligible ({n}):").format(n=len(result.not_eligible)))
            lines += [f"  - {p['name']}: {p['reason']}" for p in result.not_eligible]
        if "email" in data:
            lines.append(_n("%n message(s) queued; send with: workshop-kit outbox send",
                                len(data["email"]["queued"])))
            lines += [f"  - {p['name']}: {p['reason']}" for p in data["email"]["skipped"]]
        return "\n".join(line for line in lines if line)

    ctx.emit(data, human)
    return None


def _list(ctx: Context) -> None:
    from ..certificates import list_certificates
    from ..workshops import get_workshop

    wid = get_workshop(ctx.db, ctx.args.workshop).id if ctx.args.workshop else None
    items = list_certificates(ctx.db, wid)

    def human() -> str:
        if not items:
            return _("No certificate issued yet.")
        return "\n".join(
            f"{c['number']}  {c['code']}  {c['name']}  {c['workshop']}"
            + (("  " + _("REVOKED {when}: {reason}").format(when=c["revoked_at"][:10], reason=c["revoked_reason"]))
               if c["revoked_at"] else "")
            for c in items
        )

    ctx.emit(items, human)


def _check_template(ctx: Context) -> int:
    from ..certificates import template_render_sample
    from ..i18n import translate
    from ..settings import load
    from ..templating import IMAGE_FIELDS, KNOWN_FIELDS, check_template

    report = check_template(ctx.args.file)
    if ctx.args.preview:
        report["preview"] = str(template_render_sample(ctx.args.file, ctx.args.preview, settings=load(ctx.data_dir)))

    def human() -> str:
        lines = [_("Known placeholders:")]
        lines += [f"  {{{{{n}}}}}  {translate(KNOWN_FIELDS[n])}" for n in report["known"]] or ["  -"]
        if report["images"]:
            lines.append(_("Pictures:"))
            lines += [f"  {{{{{n}}}}}  {translate(IMAGE_FIELDS[n][0])}" for n in report["images"]]
        if report["unknown"]:
            lines.append(_("Unknown placeholders (left empty):"))
            lines += [f"  {{{{{n}}}}}" for n in report["unknown"]]
        for problem in report["problems"]:
            lines.append(_("Problem: {problem}").format(problem=problem))
        if report.get("preview"):
            lines.append(_("Preview: {path}").format(path=report["preview"]))
        lines.append(_("The template is ready.") if report["ok"] else _("Fix the template, then check it again."))
        return "\n".join(lines)

    ctx.emit(report, human)
    return 0 if report["ok"] else EXIT_REFUSED


def _verify(ctx: Context) -> int:
    from ..certificates import verify
    from ..qr import decode_file

    a = ctx.args
    if a.image:
        texts = decode_file(a.image)
        if not texts:
            from ..errors import ValidationError

            raise ValidationError(_("No QR code found in {path}. Try a sharper, closer photo, or type the short code.").format(
                path=a.image))
        text = texts[0]
    else:
        text = a.code
    answer = verify(ctx.data_dir, text, ctx.db)

    def human() -> str:
        lines = [("✔ " if answer["valid"] else "✘ ") + answer["message"]]
        cert = answer.get("certificate")
        if cert:
            lines += [
                _("Number: {number}").format(number=cert["number"]),
                _("Name: {name}").format(name=cert["name"]),
                _("Workshop: {title}").format(title=cert["workshop"]),
                _("Dates: {start} → {end}").format(start=cert["start"], end=cert["end"]),
                _("Code: {code}").format(code=cert["code"]),
            ]
            if cert.get("revoked_at"):
                lines.append(_("Revoked on {when}: {reason}").format(when=cert["revoked_at"][:10],
                                                                     reason=cert.get("revoked_reason")))
        if answer.get("note"):
            lines.append(answer["note"])
        return "\n".join(lines)

    ctx.emit(answer, human)
    return 0 if answer["valid"] else EXIT_REFUSED


def _revoke(ctx: Context) -> None:
    from ..certificates import revoke

    data = revoke(ctx.db, ctx.args.number, ctx.args.reason, actor="cli")
    ctx.emit(data, _("Certificate {number} revoked.").format(number=data["number"]))


def _verify_page(ctx: Context) -> None:
    from ..settings import load, save
    from ..verifypage import write_page

    settings = load(ctx.data_dir)
    if ctx.args.url is not None:
        settings["verify_url"] = ctx.args.url.strip()
        save(ctx.data_dir, settings)
    result = write_page(ctx.db, ctx.data_dir, ctx.args.output, settings.get("organisation_name") or "")
    data = {"file": str(result.path), "generated": result.generated, "certificates": result.certificates,
            "revoked": result.revoked, "key_id": result.key_id, "url": settings.get("verify_url") or None}

    def human() -> str:
        lines = [_n("Verification page written: {path} (%n certificate(s), revoked: {r}, list of {date}).",
                      result.certificates).format(path=result.path, r=result.revoked, date=result.generated[:10])]
        if settings.get("verify_url"):
            lines.append(_("Publish it at {url}; republish it after every revocation.").format(url=settings["verify_url"]))
        else:
            lines.append(_("Publish it on your website, then give its address with --url so that new certificates' "
                           "QR codes open it."))
        return "\n".join(lines)

    ctx.emit(data, human)


def _export_key(ctx: Context) -> None:
    from pathlib import Path

    from ..settings import load
    from ..signing import export_public_text, load_or_create

    keys = load_or_create(ctx.data_dir)
    text = export_public_text(keys.public_raw, load(ctx.data_dir).get("organisation_name") or "")
    target = Path(ctx.args.output)
    from ..atomicfile import write_text

    write_text(target, text)
    ctx.emit({"key_id": keys.key_id, "file": str(target)},
             _("Public key {kid} written to {path}. Give it to whoever must verify your certificates: "
               "workshop-kit certificates trust-key FILE").format(kid=keys.key_id, path=target))


def _trust_key(ctx: Context) -> None:
    from ..signing import parse_public_text, read_public_key_file, trust_public_key

    text = read_public_key_file(ctx.args.file)
    _raw, org = parse_public_text(text)
    kid = trust_public_key(ctx.data_dir, text)
    ctx.emit({"key_id": kid, "organisation": org},
             _("Key {kid} ({organisation}) is now trusted: its certificates verify on this computer.").format(
                 kid=kid, organisation=org or "?"))


# --------------------------------------------------------------------------------------------
# outbox
# --------------------------------------------------------------------------------------------
def register_outbox(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    top = add_command(subparsers, parent, "outbox", _("e-mail certificates: queue, send, retry"))
    sub = top.add_subparsers(dest="outbox_command", metavar="ACTION")
    lst = add_command(sub, parent, "list", _("messages and their status"), _outbox_list)
    lst.add_argument("--status", choices=["queued", "sending", "sent", "failed", "cancelled", "uncertain"])
    q = add_command(sub, parent, "queue", _("queue the certificates of a workshop for e-mail"), _outbox_queue)
    q.add_argument("workshop", help=_("workshop id (or its first characters) or exact title"))
    q.add_argument("--from-dir", required=True, metavar="DIR", help=_("folder of generated certificates (PDF preferred)"))
    send = add_command(sub, parent, "send", _("send queued messages through the SMTP server"), _outbox_send)
    send.add_argument("--password-stdin", action="store_true", help=_("read the SMTP password from standard input"))
    for name, helptext, fn in (("retry", _("send a failed or uncertain message again"), _outbox_retry),
                               ("mark-sent", _("record an uncertain message as received (never sent again)"),
                                _outbox_mark_sent),
                               ("cancel", _("cancel a queued message"), _outbox_cancel)):
        cmd = add_command(sub, parent, name, helptext, fn)
        cmd.add_argument("id", help=_("message id (or its first characters)"))
    smtp = add_command(sub, parent, "smtp", _("show or set the SMTP server"), _outbox_smtp)
    smtp.add_argument("--host")
    smtp.add_argument("--port", type=int)
    smtp.add_argument("--security", choices=["starttls", "ssl", "none"])
    smtp.add_argument("--user", help=_("login name"))
    smtp.add_argument("--from", dest="from_addr", metavar="ADDRESS", help=_("sender address"))
    smtp.add_argument("--from-name", help=_("sender name (default: the organisation)"))
    smtp.add_argument("--cafile", metavar="PEM", help=_("certificate authority that signed the server's certificate, "
                                                       "when it is not a public one"))
    smtp.add_argument("--password-stdin", action="store_true",
                      help=_("read the password from standard input and keep it in the system keyring"))


def _outbox_list(ctx: Context) -> None:
    from ..i18n import translate
    from ..outbox import STATUS_LABELS, list_outbox

    rows = list_outbox(ctx.db, ctx.args.status)

    def human() -> str:
        if not rows:
            return _("The outbox is empty.")
        return "\n".join(f"{r['id'][:8]}  {translate(STATUS_LABELS[r['status']]):<9}  {r['to_addr']}  {r['subject']}"
                         + (f"  ({r['last_error']})" if r["last_error"] and r["status"] != "sent" else "")
                         for r in rows)

    ctx.emit(rows, human)


def _outbox_queue(ctx: Context) -> None:
    from ..outbox import files_in, queue_certificates
    from ..settings import load

    result = queue_certificates(ctx.db, ctx.data_dir, ctx.args.workshop, files_in(ctx.args.from_dir),
                                load(ctx.data_dir), actor="cli")

    def human() -> str:
        lines = [_n("%n message(s) queued; send with: workshop-kit outbox send", len(result.queued))]
        if result.skipped:
            lines.append(_("Skipped ({n}):").format(n=len(result.skipped)))
            lines += [f"  - {p['name']}: {p['reason']}" for p in result.skipped]
        return "\n".join(lines)

    ctx.emit(result.to_json(), human)


def _outbox_send(ctx: Context) -> int:
    from ..outbox import send_queued
    from ..settings import load

    settings = load(ctx.data_dir)
    password = sys.stdin.readline().rstrip("\n") if ctx.args.password_stdin else None
    if password is None and sys.stdin.isatty():
        from ..outbox import SmtpSettings, get_password

        s = SmtpSettings.from_settings(settings)
        if s.username and get_password(s) is None:
            import getpass

            password = getpass.getpass(_("SMTP password for {user}: ").format(user=s.username))
    result = send_queued(ctx.db, settings, password, progress=_progress(ctx))

    def human() -> str:
        lines = [_("{sent}, {failed}, {uncertain}, {queued}.").format(
            sent=_n("%n sent", len(result.sent)), failed=_n("%n failed", len(result.failed)),
            uncertain=_n("%n uncertain", len(result.uncertain)), queued=_n("%n still queued", result.still_queued))]
        lines += [f"  ✘ {f['to']}: {f['error']}" for f in result.failed]
        lines += [f"  ? {f['to']}: {f['error']}" for f in result.uncertain]
        if result.uncertain or result.interrupted:
            lines.append(_n("%n message(s) may have arrived although the server did not confirm them; they are "
                            "marked uncertain and will not be sent again by themselves. Check the sender's mailbox, "
                            "then use: workshop-kit outbox retry ID, or: workshop-kit outbox mark-sent ID",
                            len(result.uncertain) + len(result.interrupted)))
        return "\n".join(lines)

    ctx.emit(result.to_json(), human)
    return 0 if not (result.failed or result.uncertain) else EXIT_REFUSED


def _outbox_retry(ctx: Context) -> None:
    from ..outbox import retry

    row = retry(ctx.db, ctx.args.id)
    ctx.emit(row, _("Message to {to} queued again.").format(to=row["to_addr"]))


def _outbox_mark_sent(ctx: Context) -> None:
    from ..outbox import mark_sent

    row = mark_sent(ctx.db, ctx.args.id)
    ctx.emit(row, _("Message to {to} recorded as sent.").format(to=row["to_addr"]))


def _outbox_cancel(ctx: Context) -> None:
    from ..outbox import cancel

    row = cancel(ctx.db, ctx.args.id)
    ctx.emit(row, _("Message to {to} cancelled.").format(to=row["to_addr"]))


def _outbox_smtp(ctx: Context) -> None:
    from ..outbox import SmtpSettings, password_storage, store_password
    from ..settings import load, update

    a = ctx.args
    values = load(ctx.data_dir)
    smtp = dict(values.get("smtp") or {})
    for key, value in (("host", a.host), ("port", a.port), ("security", a.security), ("username", a.user),
                       ("from_addr", a.from_addr), ("from_name", a.from_name), ("cafile", a.cafile)):
        if value is not None:
            smtp[key] = value
    if smtp != (values.get("smtp") or {}):
        SmtpSettings.from_settings({"smtp": smtp}).check()
        values = update(ctx.data_dir, smtp=smtp)
    s = SmtpSettings.from_settings(values)
    stored = False
    if a.password_stdin:
        store_password(s, sys.stdin.readline().rstrip("\n"))
        stored = True
    data = s.to_json() | {"password_storage": password_storage(), "password_stored": stored}
    ctx.emit(data, lambda: "\n".join(f"{k}: {v}" for k, v in data.items()))
