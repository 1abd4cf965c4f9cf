"""``participants list|add|show|import|duplicates|merge|distinct|erase|export|retention``."""

from __future__ import annotations

import argparse

from ..i18n import _, _n
from .common import Context, add_command, file_password, note_cleaned


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    top = add_command(subparsers, parent, "participants", _("register, import, find duplicates and erase participants"))
    sub = top.add_subparsers(dest="participants_command", metavar="ACTION")

    p = add_command(sub, parent, "list", _("list the participants of a workshop with their badge status"), _list)
    p.add_argument("workshop", help=_("workshop id (or its first characters)"))
    p.add_argument("--search", metavar="TEXT", help=_("only names, organisations, cities, phones or e-mails containing TEXT"))

    p = add_command(sub, parent, "add", _("register a participant (and enrol them in a workshop)"), _add)
    p.add_argument("--workshop", help=_("enrol in this workshop"))
    p.add_argument("--name", help=_("full name as typed (split into first/last name, Latin or Arabic script)"))
    for flag, help_text in (
        ("--first-name", _("first name (Latin script)")), ("--last-name", _("last name (Latin script)")),
        ("--first-name-ar", _("first name (Arabic script)")), ("--last-name-ar", _("last name (Arabic script)")),
        ("--gender", _("F, M or X")), ("--birth-year", _("year of birth")), ("--age-band", _("age band, e.g. 25-34")),
        ("--nationality", _("country name or ISO code")), ("--phone", _("phone number")), ("--email", _("e-mail")),
        ("--organisation", _("organisation")), ("--role", _("role or function")), ("--city", _("city")),
        ("--heard-from", _("how they heard of the workshop")), ("--language", _("fr, ar or en")), ("--notes", _("notes")),
    ):
        p.add_argument(flag, help=help_text)
    p.add_argument("--consent", action="store_true", help=_("the participant consents to the use of their data (required)"))
    p.add_argument("--consent-photos", action="store_true", help=_("the participant accepts photos"))
    p.add_argument("--consent-email", action="store_true", help=_("the participant accepts the certificate by e-mail"))
    p.add_argument("--recorded-by", help=_("who recorded the consent"))

    p = add_command(sub, parent, "enrol", _("enrol registered participants in a workshop"), _enrol)
    p.add_argument("workshop", help=_("workshop id (or its first characters)"))
    p.add_argument("participants", nargs="+", metavar="ID", help=_("participant id (or its first characters)"))

    p = add_command(sub, parent, "show", _("show a participant and their workshops"), _show)
    p.add_argument("participant", help=_("participant id (or its first characters)"))

    p = add_command(sub, parent, "import", _("import participants from a CSV or XLSX file into a workshop"), _import)
    p.add_argument("workshop", help=_("workshop id (or its first characters)"))
    p.add_argument("file", help=_("CSV, TSV, XLSX or XLS file"))
    p.add_argument("--mapping", metavar="JSON", help=_('column → field, e.g. \'{"Nom": "last_name", "Tel": "phone"}\' (null ignores a column)'))
    p.add_argument("--dry-run", action="store_true", help=_("check and report, write nothing"))
    p.add_argument("--skip-invalid", action="store_true", help=_("import the valid rows even when some rows have errors"))
    p.add_argument("--consent-collected", action="store_true",
                   help=_("consent was collected on paper for every row of a file without a consent column"))
    p.add_argument("--without-invalid-fields", action="store_true",
                   help=_("import a person whose only problems are in optional fields (birth date, phone, e-mail…) "
                          "without those fields; the report lists them"))
    p.add_argument("--encoding", help=_("text encoding of a CSV file (default: detected), e.g. cp1256"))
    p.add_argument("--delimiter", help=_("CSV delimiter (default: detected)"))
    p.add_argument("--sheet", help=_("XLSX sheet name or number (default: the first)"))

    add_command(sub, parent, "duplicates", _("list records that may be the same person"), _duplicates)
    p = add_command(sub, parent, "merge", _("merge two records of the same person (history kept)"), _merge)
    p.add_argument("keep", help=_("id of the record to keep"))
    p.add_argument("other", help=_("id of the record merged into it (then removed)"))
    p = add_command(sub, parent, "distinct", _("remember that two records are different people"), _distinct)
    p.add_argument("first", help=_("participant id"))
    p.add_argument("second", help=_("participant id"))

    p = add_command(sub, parent, "erase", _("erase a participant's personal data (attendance counts are kept)"), _erase)
    p.add_argument("participant", help=_("participant id (or its first characters)"))
    p = add_command(sub, parent, "export", _("write everything held about one participant to a Word document"), _export)
    p.add_argument("participant", help=_("participant id (or its first characters)"))
    p.add_argument("--output", "-o", metavar="FILE", help=_("the .docx to write (default: in the current folder)"))
    p.add_argument("--lang", choices=("fr", "ar", "en"), help=_("language of the document (default: the participant's)"))
    p.add_argument("--password", action="store_true",
                   help=_("protect the document with a password for the way to the person (asked, or "
                          "WORKSHOP_KIT_FILE_PASSWORD); open it with: workshop-kit unseal FILE"))
    p.add_argument("--password-stdin", action="store_true", help=_("read that password from standard input"))
    p = add_command(sub, parent, "retention", _("list (or anonymise with --apply) participants kept longer than the retention period"), _retention)
    p.add_argument("--months", type=int, metavar="N", help=_("retention period in months (default: from Settings)"))
    p.add_argument("--apply", action="store_true", help=_("anonymise them now"))


def _name(row: dict) -> str:
    from ..i18n import language
    from ..participants import display_name

    return display_name(row, language(), both=True)


def _flat(header: str) -> str:
    """A header on one line (Google Forms puts a question's description after a line break)."""
    return " ".join(str(header).split())


def _list(ctx: Context) -> None:
    from ..participants import list_for_workshop
    from ..workshops import get_workshop

    w = get_workshop(ctx.db, ctx.args.workshop)
    items = list_for_workshop(ctx.db, w.id, ctx.args.search)
    badge = {"active": _("badge active"), "revoked": _("badge revoked"), "none": _("no badge")}

    def human() -> str:
        if not items:
            return _("No participants match.") if ctx.args.search else _(
                "No participants in this workshop yet. Add some with: workshop-kit participants import WORKSHOP FILE")
        lines = [f"{i['id'][:8]}  {_name(i)}  — {i['organisation'] or '-'}  [{badge[i['badge_status']]}]" for i in items]
        return "\n".join(lines + [_n("%n participant(s)", len(items))])

    ctx.emit(items, human)


def _add(ctx: Context) -> None:
    from ..participants import add_participant, enrol, require_consent, split_name
    from ..workshops import get_workshop

    a = ctx.args
    fields = split_name(a.name) if a.name else {}
    for key in ("first_name", "last_name", "first_name_ar", "last_name_ar"):
        if getattr(a, key):
            fields[key] = getattr(a, key)
    fields.update(
        gender=a.gender, birth_year=a.birth_year, age_band=a.age_band, nationality=a.nationality, phone=a.phone,
        email=a.email, organisation_name=a.organisation, role=a.role, city=a.city, heard_from=a.heard_from,
        language=a.language, notes=a.notes, consent_data=a.consent, consent_photos=a.consent_photos,
        consent_email=a.consent_email, consent_recorded_by=a.recorded_by or "cli",
    )
    from ..errors import ValidationError

    if require_consent(fields):
        raise ValidationError(_("Consent to data use is missing; ask the participant, then add --consent."))
    w = get_workshop(ctx.db, a.workshop) if a.workshop else None
    with ctx.db.atomic():
        p = add_participant(ctx.db, actor="cli", **fields)
        if w:
            enrol(ctx.db, w.id, p.id, actor="cli")
    note_cleaned({k: fields.get(k) for k in ("first_name", "last_name", "first_name_ar", "last_name_ar",
                                              "organisation_name", "role", "city", "notes")}, p.to_json())
    ctx.emit(p.to_json() | {"workshop": w.id if w else None},
             lambda: _("Participant registered: {name} ({id}).").format(name=p.display_name(), id=p.id))


def _enrol(ctx: Context) -> None:
    from ..participants import enrol, get_participant
    from ..workshops import get_workshop

    w = get_workshop(ctx.db, ctx.args.workshop)
    people = [get_participant(ctx.db, ref) for ref in ctx.args.participants]
    with ctx.db.atomic():
        added = [p.id for p in people if enrol(ctx.db, w.id, p.id, actor="cli")]
    ctx.emit({"workshop": w.id, "enrolled": added, "already": [p.id for p in people if p.id not in added]},
             lambda: _n("%n participant(s) enrolled in {title}.", len(added)).format(title=w.title))


def _show(ctx: Context) -> None:
    from ..participants import get_participant, history

    p = get_participant(ctx.db, ctx.args.participant)
    items = history(ctx.db, p.id)

    def human() -> str:
        lines = [f"{p.display_name()} ({p.id})"]
        if p.organisation_name or p.city:
            lines.append(f"{p.organisation_name or ''}  {p.city or ''}".strip())
        lines += [f"  {h['start_date']}  {h['title']}  {h['attended']}/{h['sessions']}"
                  + (f"  {h['certificate']}" if h["certificate"] else "") for h in items]
        return "\n".join(lines)

    ctx.emit(p.to_json() | {"workshops": items}, human)


def _import(ctx: Context) -> int:
    from ..importing import import_file
    from ..workshops import get_workshop

    a = ctx.args
    w = get_workshop(ctx.db, a.workshop)
    report = import_file(ctx.db, w.id, a.file, mapping=a.mapping, dry_run=a.dry_run, skip_invalid=a.skip_invalid,
                         assume_consent=a.consent_collected, without_invalid_fields=a.without_invalid_fields,
                         encoding=a.encoding, delimiter=a.delimiter, sheet=a.sheet, actor="cli")

    def human() -> str:
        lines = [_n("{file}: %n row(s) read (encoding {encoding}, header on row {header}).", report.rows).format(
            file=report.file, encoding=report.encoding or "xlsx", header=report.header_row)]
        lines.append(_("Columns: {mapping}").format(
            mapping=", ".join(f"{_flat(h)} → {f or '-'}" for h, f in report.mapping.items())))
        if report.ignored_columns:
            lines.append(_("Not imported (never collected): {columns}").format(columns=", ".join(report.ignored_columns)))
        for e in report.errors:
            lines.append(_("row {row}, column {column}: {message}").format(row=e.row, column=_flat(e.column), message=e.message))
        for e in report.cleared:
            lines.append(_("row {row}, column {column} left empty: {message}").format(
                row=e.row, column=_flat(e.column), message=e.message))
        registered = [d for d in report.duplicates if d["match"] != "row"]
        if registered:
            lines.append(_n("%n row(s) are people already registered (enrolled, not created again).", len(registered)))
        for d in report.duplicates:
            if d["match"] == "row":
                lines.append(_("row {row} repeats row {earlier} of this file (not created twice).").format(
                    row=d["row"], earlier=d["same_as_row"]))
        for d in report.possible_duplicates:
            if d["same_as_row"]:
                lines.append(_("row {row} has the same phone as row {earlier} under another name: both kept; "
                               "check them with participants duplicates.").format(row=d["row"], earlier=d["same_as_row"]))
            else:
                lines.append(_("row {row} has the phone of participant {id} under another name: both kept; "
                               "check them with participants duplicates.").format(row=d["row"], id=d["participant_id"][:8]))
        if report.written:
            lines.append(_("Imported: {imported}; {enrolled}; {skipped}.").format(
                imported=_n("%n new participant(s)", report.imported), enrolled=_n("%n enrolment(s) added", report.enrolled),
                skipped=_n("%n row(s) skipped", report.skipped)))
        elif report.dry_run:
            lines.append(_("Dry run: {valid}, {errors}; nothing was written.").format(
                valid=_n("%n valid row(s)", report.valid), errors=_n("%n error(s)", len(report.errors))))
        if report.missing_consent and not report.consent_column and not a.consent_collected:
            lines.append(_n("The file has no consent column, so %n row(s) were refused. If consent to data use was "
                            "collected for every person (on paper or in the form), import it again with "
                            "--consent-collected.", report.missing_consent))
        if report.errors and not report.written and not report.dry_run:
            if report.valid and not a.skip_invalid:
                lines.append(_("Nothing was written. Fix the rows above, or import the valid rows with --skip-invalid."))
            elif not report.valid:
                lines.append(_("Nothing was written: no row can be imported as it is."))
        fixable = report.optional_only_rows()
        if fixable and not a.without_invalid_fields:
            lines.append(_n("%n person(s) have problems only in optional fields: import them without those fields "
                            "with --without-invalid-fields.", fixable))
        return "\n".join(lines)

    ctx.emit(report.to_json(), human)
    return 1 if report.errors and not report.written and not report.dry_run else 0


def _duplicates(ctx: Context) -> None:
    from ..duplicates import find_duplicates
    from ..participants import get_participant

    pairs = find_duplicates(ctx.db)
    data = []
    for c in pairs:
        a, b = get_participant(ctx.db, c.a), get_participant(ctx.db, c.b)
        data.append(c.to_json() | {"a_name": a.display_name(), "b_name": b.display_name()})

    def human() -> str:
        if not data:
            return _("No possible duplicates.")
        return "\n".join(f"{d['a'][:8]} {d['a_name']}  ≈  {d['b'][:8]} {d['b_name']}  ({', '.join(d['reasons'])})" for d in data)

    ctx.emit(data, human)


def _merge(ctx: Context) -> None:
    from ..duplicates import merge
    from ..participants import get_participant

    keep, other = get_participant(ctx.db, ctx.args.keep), get_participant(ctx.db, ctx.args.other)
    keep_name, other_name = _name(keep.__dict__), _name(other.__dict__)
    moved = merge(ctx.db, keep.id, other.id, actor="cli")
    ctx.emit({"kept": keep.id, "removed": other.id, "moved": moved},
             lambda: _("Merged {other_name} ({other}) into {keep_name} ({keep}).").format(
                 other=other.id, keep=keep.id, other_name=other_name, keep_name=keep_name))


def _distinct(ctx: Context) -> None:
    from ..duplicates import mark_distinct

    mark_distinct(ctx.db, ctx.args.first, ctx.args.second, actor="cli")
    ctx.emit({"distinct": [ctx.args.first, ctx.args.second]}, _("Noted: these are different people."))


def _erase(ctx: Context) -> None:
    from ..participants import get_participant
    from ..privacy import erase_participant

    # Say whom: an id prefix is matched literally and must name one person, but the operator
    # should still read the name of the person whose data just went.
    who = _name(get_participant(ctx.db, ctx.args.participant).__dict__)
    p = erase_participant(ctx.db, ctx.args.participant, actor="cli")
    ctx.emit({"id": p.id, "erased_at": p.erased_at},
             lambda: _("Participant {name} ({id}) erased; their attendance still counts, anonymously.").format(
                 id=p.id, name=who))


def _export(ctx: Context) -> None:
    from pathlib import Path

    from ..participants import get_participant
    from ..privacy import export_personal_data

    p = get_participant(ctx.db, ctx.args.participant)
    password = None
    if ctx.args.password or ctx.args.password_stdin:
        from ..errors import ValidationError

        password = file_password(ctx.args, new=True)
        if not password:
            raise ValidationError(_("Give the document's password with --password-stdin or "
                                    "WORKSHOP_KIT_FILE_PASSWORD."))
    out = Path(ctx.args.output or f"personal-data-{p.id[:8]}.docx" + (".sealed" if password else ""))
    path = export_personal_data(ctx.db, p.id, out, lang=ctx.args.lang, password=password)
    ctx.emit({"id": p.id, "path": str(path)}, lambda: _("Written: {path}").format(path=path))


def _retention(ctx: Context) -> None:
    from ..privacy import anonymise_expired, retention_candidates
    from ..settings import load

    months = ctx.args.months or int(load(ctx.data_dir).get("retention_months", 24))
    if ctx.args.apply:
        n = anonymise_expired(ctx.db, months, actor="cli")
        ctx.emit({"months": months, "anonymised": n},
                 lambda: _n("%n participant(s) anonymised.", n))
        return
    ids = retention_candidates(ctx.db, months)
    ctx.emit({"months": months, "candidates": ids},
             lambda: _n("%n participant(s) of workshops finished more than {months} months ago can be anonymised; "
                        "run again with --apply to do it.", len(ids)).format(months=months))
