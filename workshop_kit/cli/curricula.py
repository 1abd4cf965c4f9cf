"""``curricula list|show|validate|search|import|remove|handout|quiz|agenda|score|gain``."""

from __future__ import annotations

import argparse

from ..i18n import _, _n
from .common import EXIT_REFUSED, Context, add_command


def register(subparsers: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    top = add_command(subparsers, parent, "curricula", _("training modules: read, check, search, print, plan"))
    sub = top.add_subparsers(dest="curricula_command", metavar="ACTION")

    def lang_option(p: argparse.ArgumentParser, help_text: str | None = None) -> None:
        p.add_argument("--lang", metavar="fr|ar|en", help=help_text or _("language (default: the app's language)"))

    p = add_command(sub, parent, "list", _("list the modules (bundled and your own)"), _list)
    lang_option(p)
    p = add_command(sub, parent, "show", _("show a module's plan: sessions, activities, timings"), _show)
    p.add_argument("module", metavar="ID", help=_("module id, e.g. m04-protection"))
    lang_option(p)
    p = add_command(sub, parent, "validate", _("check module files; every problem with file, line and field"), _validate)
    p.add_argument("paths", nargs="+", metavar="PATH", help=_("a module file, a module folder, a folder of modules or a zip"))
    p = add_command(sub, parent, "search", _("search every module and language"), _search)
    p.add_argument("text", metavar="TEXT", help=_("words to find (accents and harakat optional)"))
    p.add_argument("--lang", metavar="fr|ar|en", help=_("only this language (default: all)"))
    p.add_argument("--limit", type=int, default=20, metavar="N", help=_("at most N results (default 20)"))
    p = add_command(sub, parent, "import", _("add your own modules from a folder or a zip"), _import)
    p.add_argument("source", metavar="FOLDER|ZIP")
    p.add_argument("--replace", action="store_true", help=_("replace a local module with the same id"))
    p = add_command(sub, parent, "remove", _("remove one of your own (local) modules"), _remove)
    p.add_argument("module", metavar="ID")
    p = add_command(sub, parent, "handout", _("export a module as a Word handout"), _handout)
    p.add_argument("module", metavar="ID")
    lang_option(p)
    p.add_argument("--out", required=True, metavar="FILE.docx", help=_("file to write"))
    p.add_argument("--trainer", action="store_true",
                   help=_("the trainer's version (steps, facilitator notes, answer key); default: participants'"))
    p.add_argument("--materials", action="store_true",
                   help=_("only the cards and sheets to print and cut out (role cards, case cards, personas)"))
    p = add_command(sub, parent, "quiz", _("export the pre/post test as a Word document"), _quiz)
    p.add_argument("module", metavar="ID")
    lang_option(p)
    p.add_argument("--out", required=True, metavar="FILE.docx", help=_("file to write"))
    p.add_argument("--answer-key", action="store_true", help=_("the answer key with explanations"))
    p = add_command(sub, parent, "agenda", _("show, plan and export a workshop's agenda"), _agenda)
    p.add_argument("workshop", metavar="WORKSHOP", help=_("workshop id (or its first characters)"))
    p.add_argument("--add", action="append", default=[], metavar="ID",
                   help=_("place every session of this module on the next free times and save (repeatable)"))
    p.add_argument("--core-only", action="store_true",
                   help=_("with --add: only the core sessions, leaving the optional ones out (the 4-day path)"))
    lang_option(p, _("language of the titles and of the document (default: the workshop's)"))
    p.add_argument("--out", metavar="FILE.docx", help=_("export the agenda as a Word document"))
    p = add_command(sub, parent, "score", _("record a participant's pre/post test score"), _score)
    p.add_argument("workshop", metavar="WORKSHOP")
    p.add_argument("participant", metavar="PARTICIPANT", help=_("participant id (or its first characters)"))
    p.add_argument("module", metavar="MODULE")
    p.add_argument("--pre", type=float, metavar="N", help=_("points before the module"))
    p.add_argument("--post", type=float, metavar="N", help=_("points after the module"))
    p.add_argument("--max", type=float, metavar="N", help=_("maximum points (default: the module's number of questions)"))
    p = add_command(sub, parent, "gain", _("knowledge gain (post − pre) per module, for donors"), _gain)
    p.add_argument("workshop", nargs="?", metavar="WORKSHOP", help=_("a workshop (default: every workshop)"))


def _lang(ctx: Context, default: str | None = None) -> str:
    from ..curricula import check_language
    from ..i18n import language

    lang = getattr(ctx.args, "lang", None) or default or language()
    return check_language(lang)


def _catalog(ctx: Context):  # noqa: ANN202
    from ..curricula import load_catalog

    return load_catalog(ctx.data_dir)


def _list(ctx: Context) -> None:
    lang = _lang(ctx)
    catalog = _catalog(ctx)
    items = [m.to_json(lang) for m in catalog.sorted()]

    def human() -> str:
        if not items:
            return _("No modules found.")
        lines = []
        for m in items:
            flags = []
            if m["local"]:
                flags.append(_("local"))
            if m["fallback"]:
                flags.append(_("not translated: {lang}").format(lang=lang))
            if m["problems"]:
                flags.append(_n("%n problem(s)", m["problems"]))
            extra = f"  [{', '.join(flags)}]" if flags else ""
            lines.append(f"{m['id']:<28} {m['duration']:>4} min  {'/'.join(m['languages']):<9} {m['title']}{extra}")
        return "\n".join(lines)

    ctx.emit(items, human)


def _show(ctx: Context) -> None:
    lang = _lang(ctx)
    module = _catalog(ctx).get(ctx.args.module)
    text, fallback = module.text(lang)
    data = module.to_json(lang) | {
        "summary": text.summary,
        "audience": text.audience,
        "objectives": text.objectives,
        "key_messages": text.key_messages,
        "plan": [
            {"title": s.title, "minutes": s.minutes, "core": s.core,
             "activities": [{"title": a.title, "minutes": a.minutes, "method": a.method, "materials": a.materials}
                            for a in s.activities]}
            for s in text.sessions
        ],
        "quiz_questions": len(text.quiz),
        "problems": [p.to_json() for p in module.problems],
    }

    def human() -> str:
        lines = [f"{text.title}  ({module.id} {text.version}, {text.lang})"]
        if fallback:
            lines.append(_("Translation missing in {lang}; showing {shown}.").format(lang=lang, shown=text.lang))
        lines += [text.summary, "", _n("Duration: %n min", text.duration)]
        core = sum(s.minutes for s in text.sessions if s.core)
        if core != text.duration:
            lines.append(_n("Core sessions: %n min (the others are optional)", core))
        for i, s in enumerate(text.sessions, 1):
            optional = "" if s.core else "  " + _("(optional)")
            lines.append(f"  {i}. {s.title}  [{s.minutes} min]{optional}")
            lines += [f"       - {a.title} ({a.minutes} min, {a.method})" for a in s.activities]
        lines.append(_n("Quiz: %n question(s)", len(text.quiz)))
        lines += [str(p) for p in module.problems]
        return "\n".join(lines)

    ctx.emit(data, human)


def _validate(ctx: Context) -> int:
    """Problems refuse (exit 1); warnings (skewed quizzes, answers left in handouts) only inform."""
    from ..curricula import validate_path
    from ..curricula_review import warnings_for_path

    problems = [p for path in ctx.args.paths for p in validate_path(path)]
    warnings = [w for path in ctx.args.paths for w in warnings_for_path(path)]

    def human() -> str:
        lines = [str(p) for p in problems] + [_("warning: {text}").format(text=w) for w in warnings]
        lines.append(_n("%n problem(s).", len(problems)) if problems else _("No problem found."))
        if warnings:
            lines.append(_n("%n warning(s).", len(warnings)))
        return "\n".join(lines)

    ctx.emit({"ok": not problems, "problems": [p.to_json() for p in problems],
              "warnings": [w.to_json() for w in warnings]}, human)
    return EXIT_REFUSED if problems else 0


def _search(ctx: Context) -> None:
    from ..curricula import check_language
    from ..curricula_search import index_for

    lang = check_language(ctx.args.lang) if ctx.args.lang else None
    hits = index_for(_catalog(ctx)).search(ctx.args.text, lang, limit=max(1, ctx.args.limit))

    def human() -> str:
        if not hits:
            return _("Nothing found for '{text}'.").format(text=ctx.args.text)
        return "\n".join(f"{h.module_id} [{h.lang}] {h.section_title}\n    {h.marked()}" for h in hits)

    ctx.emit([h.to_json() for h in hits], human)


def _import(ctx: Context) -> None:
    from ..curricula import import_modules

    ids = import_modules(ctx.args.source, ctx.data_dir, replace=ctx.args.replace)
    ctx.emit({"imported": ids}, _("Imported: {ids}").format(ids=", ".join(ids)))


def _remove(ctx: Context) -> None:
    from ..curricula import remove_local_module

    remove_local_module(ctx.args.module, ctx.data_dir)
    ctx.emit({"removed": ctx.args.module}, _("Removed: {id}").format(id=ctx.args.module))


def _handout(ctx: Context) -> None:
    from ..curricula_docx import export_handout, export_materials

    lang = _lang(ctx)
    module = _catalog(ctx).get(ctx.args.module)
    if ctx.args.materials:
        path = export_materials(module, lang, ctx.args.out)
    else:
        path = export_handout(module, lang, ctx.args.out, participant=not ctx.args.trainer)
    ctx.emit({"file": str(path), "lang": lang, "fallback": lang not in module.texts},
             _("Written: {path}").format(path=path))


def _quiz(ctx: Context) -> None:
    from ..curricula_docx import export_quiz

    lang = _lang(ctx)
    module = _catalog(ctx).get(ctx.args.module)
    path = export_quiz(module, lang, ctx.args.out, answer_key=ctx.args.answer_key)
    ctx.emit({"file": str(path), "lang": lang}, _("Written: {path}").format(path=path))


def _agenda(ctx: Context) -> None:
    from ..curricula_agenda import load_agenda, save_agenda
    from ..workshops import get_workshop

    w = get_workshop(ctx.db, ctx.args.workshop)
    lang = _lang(ctx, w.language)
    catalog = _catalog(ctx)
    agenda = load_agenda(ctx.db, w.id, catalog, lang)
    for module_id in ctx.args.add:
        agenda.add_module(catalog, module_id, lang, core_only=ctx.args.core_only)
    if ctx.args.add:
        save_agenda(ctx.db, agenda, actor="cli")
    data = agenda.to_json()
    if ctx.args.out:
        from ..curricula_docx import export_agenda

        data["file"] = str(export_agenda(agenda, w, catalog, lang, ctx.args.out))

    def human() -> str:
        lines = [w.title]
        for day in data["days"]:
            lines.append(f"{day['date']}  ({_n('%n min', day['minutes'])})")
            for e in day["sessions"]:
                missing = f"  [{_('not installed')}]" if e["missing"] else ""
                lines.append(f"  {e['start']}-{e['end']}  {e['module']} #{e['session']}  {e['title']}{missing}")
        lines.append(_n("Total: %n min", data["total_minutes"]))
        if "file" in data:
            lines.append(_("Written: {path}").format(path=data["file"]))
        return "\n".join(lines)

    ctx.emit(data, human)


def _score(ctx: Context) -> None:
    from ..errors import ValidationError
    from ..participants import get_participant
    from ..quizscores import record_score
    from ..workshops import get_workshop

    a = ctx.args
    if a.pre is None and a.post is None:
        raise ValidationError(_("Give --pre N, --post N or both."))
    w = get_workshop(ctx.db, a.workshop)
    person = get_participant(ctx.db, a.participant)
    catalog = _catalog(ctx)
    maximum = a.max
    if maximum is None:
        if a.module not in catalog:
            raise ValidationError(_("Module '{id}' is not installed here; give --max N.").format(id=a.module), "max")
        maximum = len(catalog.get(a.module).text()[0].quiz)
    record_score(ctx.db, w.id, person.id, a.module, pre=a.pre, post=a.post, max_score=maximum, actor="cli")
    ctx.emit({"workshop": w.id, "participant": person.id, "module": a.module, "pre": a.pre, "post": a.post,
              "max": maximum}, _("Score recorded."))


def _gain(ctx: Context) -> None:
    from ..quizscores import knowledge_gain
    from ..workshops import get_workshop

    workshop_id = get_workshop(ctx.db, ctx.args.workshop).id if ctx.args.workshop else None
    data = knowledge_gain(ctx.db, workshop_id)

    def human() -> str:
        if not data["modules"]:
            return _("No participant has both a pre and a post score yet.")
        lines = [_("module                        people   pre %   post %   gain")]
        for m in data["modules"]:
            lines.append(f"{m['module']:<30}{m['participants']:>6}{m['pre_pct']:>8}{m['post_pct']:>9}{m['gain_pct']:>+7}")
        o = data["overall"]
        lines.append(f"{_('all modules'):<30}{o['participants']:>6}{o['pre_pct']:>8}{o['post_pct']:>9}{o['gain_pct']:>+7}")
        return "\n".join(lines)

    ctx.emit(data, human)

