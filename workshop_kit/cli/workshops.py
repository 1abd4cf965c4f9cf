"""``workshop create|update|list|show``."""

from __future__ import annotations

import argparse

from ..i18n import _, _n
from .common import Context, add_command, note_cleaned


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    top = add_command(subparsers, parent, "workshop", _("create and list workshops"))
    sub = top.add_subparsers(dest="workshop_command", metavar="ACTION")
    create = add_command(sub, parent, "create", _("create a workshop and its sessions"), _create)
    create.add_argument("--title", required=True, help=_("workshop title"))
    create.add_argument("--start", required=True, metavar="YYYY-MM-DD", help=_("first day"))
    create.add_argument("--days", type=int, default=1, metavar="N", help=_("number of days (default 1)"))
    create.add_argument("--sessions-per-day", type=int, default=2, metavar="N", help=_("sessions each day (default 2)"))
    create.add_argument("--city", help=_("city"))
    create.add_argument("--venue", help=_("venue"))
    create.add_argument("--module", action="append", default=[], metavar="ID", help=_("curriculum module id (repeatable)"))
    create.add_argument("--partner", help=_("partner organisation"))
    create.add_argument("--donor", help=_("donor"))
    create.add_argument("--project-code", help=_("donor/project code"))
    create.add_argument("--threshold", type=float, default=80, metavar="PERCENT", help=_("attendance needed for a certificate, in %% (default 80)"))
    create.add_argument("--trainer", help=_("trainer's name"))
    _arabic_options(create)
    update = add_command(sub, parent, "update", _("change a workshop's title, venue, trainer or their Arabic forms"),
                         _update)
    update.add_argument("workshop", help=_("workshop id (or its first characters)"))
    update.add_argument("--title", help=_("workshop title"))
    update.add_argument("--city", help=_("city"))
    update.add_argument("--venue", help=_("venue"))
    update.add_argument("--trainer", help=_("trainer's name"))
    _arabic_options(update)
    add_command(sub, parent, "list", _("list workshops"), _list)
    show = add_command(sub, parent, "show", _("show a workshop and its sessions"), _show)
    show.add_argument("workshop", help=_("workshop id (or its first characters)"))


def _arabic_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--title-ar", metavar="TITLE", help=_("the title on Arabic documents (empty: the title)"))
    parser.add_argument("--venue-ar", metavar="VENUE", help=_("the venue on Arabic documents (empty: the venue)"))
    parser.add_argument("--trainer-ar", metavar="NAME",
                        help=_("the trainer's name on Arabic documents (empty: the trainer's name)"))
    parser.add_argument("--trainer-gender", metavar="F|M",
                        help=_("F or M: certificates say Formatrice/Formateur; empty: a neutral line"))


def _update(ctx: Context) -> None:
    from ..errors import ValidationError
    from ..workshops import get_workshop, update_workshop

    a = ctx.args
    options = {"title": a.title, "city": a.city, "venue": a.venue, "trainer_name": a.trainer, "title_ar": a.title_ar,
               "venue_ar": a.venue_ar, "trainer_name_ar": a.trainer_ar, "trainer_gender": a.trainer_gender}
    changes = {k: v for k, v in options.items() if v is not None}
    if not changes:
        raise ValidationError(_("Nothing to change: give at least one of --title, --city, --venue, --trainer, "
                                "--title-ar, --venue-ar, --trainer-ar, --trainer-gender."))
    w = update_workshop(ctx.db, get_workshop(ctx.db, a.workshop).id, actor="cli", **changes)
    ctx.emit(w.to_json(), lambda: _("Workshop updated: {title} ({id}).").format(title=w.title, id=w.id))


def _create(ctx: Context) -> None:
    from ..workshops import create_workshop

    a = ctx.args
    w, sessions = create_workshop(
        ctx.db,
        title=a.title,
        start=a.start,
        days=a.days,
        sessions_per_day=a.sessions_per_day,
        city=a.city,
        venue=a.venue,
        modules=a.module,
        partner=a.partner,
        donor=a.donor,
        project_code=a.project_code,
        attendance_threshold=a.threshold,
        trainer_name=a.trainer,
        title_ar=a.title_ar,
        venue_ar=a.venue_ar,
        trainer_name_ar=a.trainer_ar,
        trainer_gender=a.trainer_gender,
        actor="cli",
    )
    data = w.to_json() | {"sessions": [s.to_json() for s in sessions]}
    note_cleaned({"title": a.title, "city": a.city, "venue": a.venue, "partner": a.partner, "donor": a.donor,
                  "trainer_name": a.trainer}, data)
    ctx.emit(
        data,
        lambda: _n("Workshop created: {title} ({id}), %n session(s) from {start} to {end}.", len(sessions)).format(
            title=w.title, id=w.id, start=w.start_date, end=w.end_date
        ),
    )


def _list(ctx: Context) -> None:
    from ..workshops import list_workshops

    items = list_workshops(ctx.db)

    def human() -> str:
        if not items:
            return _("No workshops yet. Create one with: workshop-kit workshop create --title … --start YYYY-MM-DD")
        return "\n".join(
            f"{w['id'][:8]}  {w['start_date']}→{w['end_date']}  {w['title']}  ({w.get('city') or '-'}, "
            + _("{sessions}, {participants}").format(sessions=_n("%n session(s)", w["session_count"]),
                                                    participants=_n("%n participant(s)", w["participant_count"]))
            + ")"
            for w in items
        )

    ctx.emit(items, human)


def _show(ctx: Context) -> None:
    from ..workshops import get_workshop, list_sessions

    w = get_workshop(ctx.db, ctx.args.workshop)
    sessions = list_sessions(ctx.db, w.id)
    data = w.to_json() | {"sessions": [s.to_json() for s in sessions]}

    def human() -> str:
        lines = [f"{w.title} ({w.id})", f"{w.start_date} → {w.end_date}  {w.city or ''}"]
        lines += [f"  {s.number:>2}. {s.date} {s.start_time}-{s.end_time} {s.module_id or ''}" for s in sessions]
        return "\n".join(lines)

    ctx.emit(data, human)
