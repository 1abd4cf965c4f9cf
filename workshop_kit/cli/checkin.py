"""``checkin`` (record one arrival from a token, a short code or a photo) and ``badges`` (print, revoke)."""

from __future__ import annotations

import argparse

from ..i18n import _, _n
from .common import EXIT_OK, EXIT_REFUSED, Context, add_command


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    checkin = add_command(
        subparsers, parent, "checkin", _("record an arrival from a badge token, a short code or a photo"), _checkin
    )
    checkin.__class__ = _IntermixedParser  # WORKSHOP --session N TOKEN: options between positionals
    checkin.add_argument("workshop", metavar="WORKSHOP", help=_("workshop id (or its first characters)"))
    checkin.add_argument("token", nargs="?", metavar="TOKEN", help=_("badge token (WK1-…) or the short code printed on the badge"))
    checkin.add_argument("--image", metavar="FILE", help=_("read the QR code from a photo or screenshot of a badge"))
    checkin.add_argument(
        "--session", type=int, metavar="N", help=_("session number (default: the session running now, by the clock)")
    )
    checkin.add_argument("--undo-last", action="store_true", help=_("take back the last check-in made on this laptop"))

    badges = add_command(subparsers, parent, "badges", _("print badges (Word, PNG), revoke or re-issue one"), _badges)
    badges.add_argument("workshop", metavar="WORKSHOP", help=_("workshop id (or its first characters)"))
    badges.add_argument("-o", "--output", metavar="FILE.docx", help=_("write a printable Word sheet of badge cards"))
    badges.add_argument("--png-dir", metavar="DIR", help=_("write one PNG badge per participant into DIR"))
    badges.add_argument(
        "--participant", action="append", default=[], metavar="ID", help=_("only this participant (repeatable)")
    )
    badges.add_argument("--revoke", metavar="ID", help=_("revoke this participant's badge (lost badge)"))
    badges.add_argument("--reissue", metavar="ID", help=_("revoke this participant's badge and issue a new one"))
    badges.add_argument("--reason", default="lost", help=_("reason recorded with --revoke/--reissue (default: lost)"))
    badges.add_argument("--lang", choices=["fr", "ar", "en"], help=_("document language (default: the workshop's)"))


class _IntermixedParser(argparse.ArgumentParser):
    """Accept options between the positionals (``checkin W --session 2 TOKEN``), as the docs show."""

    _inner = False

    def parse_known_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201 - argparse API
        if self._inner:
            return super().parse_known_args(args, namespace)
        self._inner = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inner = False


def _session_id(ctx: Context, workshop_id: str) -> str | None:
    if ctx.args.session is None:
        return None
    from ..workshops import get_session

    return get_session(ctx.db, workshop_id, ctx.args.session).id


def _token_from_image(path: str) -> str:
    from ..badges import is_token_format
    from ..errors import ValidationError
    from ..qr import decode_file

    found = decode_file(path)
    ours = sorted({t for t in found if is_token_format(t.strip())})
    if not found:
        raise ValidationError(
            _("No QR code found in {path}. Take a sharper, closer photo of the badge, or type its short code.").format(
                path=path
            )
        )
    if len(ours) > 1:
        raise ValidationError(_("{path} shows several badges; photograph one badge at a time.").format(path=path))
    return ours[0] if ours else found[0]


def _checkin(ctx: Context) -> int:
    from ..checkin import check_in, last_undoable, undo_checkin
    from ..errors import NotFound, ValidationError
    from ..workshops import get_workshop

    a = ctx.args
    w = get_workshop(ctx.db, a.workshop)
    if a.undo_last:
        last = last_undoable(ctx.db, w.id)
        if last is None:
            raise NotFound(_("There is no check-in to undo."))
        undo_checkin(ctx.db, last["event_id"], actor="cli")
        ctx.emit(
            {"status": "undone", **last},
            _("Check-in taken back: {name}.").format(name=last["display_name"] or last["participant_id"]),
        )
        return EXIT_OK
    if bool(a.token) == bool(a.image):
        raise ValidationError(_("Give either a badge token (or short code) or --image FILE."))
    scanned = _token_from_image(a.image) if a.image else a.token
    result = check_in(
        ctx.db, w.id, scanned, session_id=_session_id(ctx, w.id), method="camera" if a.image else "manual"
    )

    def human() -> str:
        session = result.session["label"] if result.session else _("no session")
        lines = [f"{result.status}  {result.display_name or '-'}  {session}  {result.time}", result.message]
        if result.status == "no_session":
            lines.append(_("Choose the session with --session N (see: workshop-kit workshop show {ref}).").format(
                ref=w.id[:8]
            ))
        return "\n".join(lines)

    ctx.emit(result.to_json(), human)
    return EXIT_OK if result.ok else EXIT_REFUSED


def _badges(ctx: Context) -> int:
    from ..badges import reissue_badge, revoke_badge
    from ..participants import get_participant
    from ..workshops import get_workshop

    a = ctx.args
    w = get_workshop(ctx.db, a.workshop)
    if a.revoke or a.reissue:
        p = get_participant(ctx.db, a.revoke or a.reissue)
        if a.revoke:
            badge = revoke_badge(ctx.db, w.id, p.id, a.reason, actor="cli")
            text = _("Badge {code} of {name} revoked.").format(code=badge.human_code, name=p.display_name())
        else:
            badge = reissue_badge(ctx.db, w.id, p.id, a.reason, actor="cli")
            text = _("New badge {code} issued to {name}; the old one no longer works.").format(
                code=badge.human_code, name=p.display_name()
            )
        ctx.emit(badge.to_json() | {"participant": p.display_name()}, text)
        return EXIT_OK
    participant_ids = [get_participant(ctx.db, ref).id for ref in a.participant] or None
    data: dict = {"workshop": w.id}
    lines = []
    if a.output or a.png_dir:
        from ..badge_cards import write_badge_pngs, write_badges_docx

        if a.output:
            data["docx"] = write_badges_docx(ctx.db, w.id, a.output, participant_ids, a.lang)
            lines.append(
                _n("%n badge(s) written to {path} ({pages}).", data["docx"]["count"]).format(
                    path=a.output, pages=_n("%n page(s)", data["docx"]["pages"])
                )
            )
        if a.png_dir:
            pngs = write_badge_pngs(ctx.db, w.id, a.png_dir, participant_ids)
            data["png"] = [str(p) for p in pngs]
            lines.append(_n("%n PNG badge(s) written to {folder}.", len(pngs)).format(folder=a.png_dir))
    else:
        from ..badge_cards import cards

        items = cards(ctx.db, w.id, participant_ids)
        data["badges"] = [
            {"participant_id": c.participant.id, "name": c.participant.display_name(), "short_code": c.badge.human_code}
            for c in items
        ]
        lines = [f"{c.badge.human_code}  {c.participant.display_name()}" for c in items]
        lines.append(_("Print them with: workshop-kit badges {ref} -o badges.docx").format(ref=w.id[:8]))
    ctx.emit(data, "\n".join(lines))
    return EXIT_OK
