"""Training modules: parsing the Markdown + YAML front matter, validating it, loading the catalog.

A module is a folder ``<id>/`` holding ``fr.md`` (the reference), ``ar.md`` and ``en.md``
(docs/curricula-format.md). Bundled modules come with the app (``resource("curricula")``); trainers
add their own in ``paths.user_curricula_dir(data_dir)`` and those are marked *local*.

The validator never raises on a broken file: every problem becomes a ``Problem`` with the file,
the line and the field, so a trainer can fix them all in one pass.

Loading is cached twice because parsing 30 YAML files costs more than a frame: in the process
(keyed on every file's path, mtime and size) and, when a data folder is given, in
``<data dir>/cache/curricula-v2.json`` with the same key, so the app and the CLI start warm.
The disk cache is plain data, read back field by field against the dataclasses' types: data folders
travel between laptops, so nothing read from one may run code (no pickle). A stale, unreadable or
ill-formed cache is simply rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import types
import zipfile
import zlib
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

import yaml

from .changes import writes
from .errors import NotFound, ValidationError
from .i18n import LANGUAGES, N_, Nn_, _, _n, translate, translate_n
from .paths import resource, user_curricula_dir
from .textnorm import fold

REFERENCE_LANGUAGE = "fr"
CACHE_VERSION = 2
CACHE_FILE = f"curricula-v{CACHE_VERSION}.json"
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
VERSION_RE = re.compile(r"^\d+\.\d+(?:\.\d+)?$")
IMAGE_RE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
MAX_IMPORT_BYTES = 50 * 1024 * 1024
MAX_MODULE_FILE_BYTES = 2 * 1024 * 1024  # the longest bundled module file is 58 kB
MAX_ZIP_ENTRIES = 2_000
MAX_ZIP_DEPTH = 8  # folders in a path inside a module zip ("modules/m99-x/images/a.png" is 4)
MAX_YAML_NODES = 20_000  # values in a front matter, aliases expanded (the largest bundled one has 460)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# -- model ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file: where (line, field) and what to do."""

    file: str
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "field": self.field, "message": self.message}


@dataclass
class Activity:
    title: str
    minutes: int
    method: str
    steps: list[str]
    materials: list[str]


@dataclass
class PlanSession:
    title: str
    minutes: int
    activities: list[Activity]
    core: bool = True  # False: optional, left out of the short (4-day) path


@dataclass
class Question:
    question: str
    choices: list[str]
    answer: str
    explanation: str = ""

    @property
    def answer_index(self) -> int:
        return self.choices.index(self.answer) if self.answer in self.choices else -1


@dataclass
class Source:
    title: str
    publisher: str
    year: str
    url: str = ""


@dataclass
class Section:
    """A searchable piece of a module text (overview, a session, a body section, the quiz…)."""

    key: str
    title: str
    plain: str
    folded: str


@dataclass
class ModuleText:
    """One language of a module, as written in its file."""

    id: str
    lang: str
    path: Path
    version: str = ""
    updated: str = ""
    title: str = ""
    summary: str = ""
    duration: int = 0
    audience: str = ""
    prerequisites: str = ""
    objectives: list[str] = field(default_factory=list)
    sessions: list[PlanSession] = field(default_factory=list)
    key_messages: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    quiz: list[Question] = field(default_factory=list)
    facilitator_notes: str = ""
    body: str = ""
    body_line: int = 1
    lines: dict[str, int] = field(default_factory=dict, repr=False)
    sections: list[Section] = field(default_factory=list, repr=False)

    def line_of(self, path: str) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path.rsplit(".", 1)[0] if "." in path else (path.rsplit("[", 1)[0] if "[" in path else "")
        return 1


@dataclass
class Module:
    """A module folder with its languages; ``problems`` lists what the validator found in it."""

    id: str
    folder: Path
    local: bool
    texts: dict[str, ModuleText] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        return [lang for lang in LANGUAGES if lang in self.texts]

    def text(self, lang: str | None = None) -> tuple[ModuleText, bool]:
        """The text in ``lang``; when missing, the French one (or any) and ``True`` for "fallback"."""
        if lang in self.texts:
            return self.texts[lang], False
        for other in (REFERENCE_LANGUAGE, *LANGUAGES):
            if other in self.texts:
                return self.texts[other], True
        raise NotFound(_("Module '{id}' has no readable language file.").format(id=self.id))

    def title(self, lang: str | None = None) -> str:
        try:
            return self.text(lang)[0].title or self.id
        except NotFound:
            return self.id

    @property
    def duration(self) -> int:
        return self.text(REFERENCE_LANGUAGE)[0].duration if self.texts else 0

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        text, fallback = self.text(lang) if self.texts else (None, True)
        return {
            "id": self.id,
            "local": self.local,
            "folder": str(self.folder),
            "languages": self.languages,
            "lang": text.lang if text else None,
            "fallback": fallback,
            "title": text.title if text else self.id,
            "version": text.version if text else "",
            "duration": text.duration if text else 0,
            "sessions": len(text.sessions) if text else 0,
            "core_minutes": sum(s.minutes for s in text.sessions if s.core) if text else 0,
            "problems": len(self.problems),
        }


@dataclass
class Catalog:
    """Every module found, bundled then local, and every problem met while reading them."""

    modules: dict[str, Module]
    problems: list[Problem]
    key: str = ""  # digest of every file's path, mtime and size: names the search index cache
    cache_dir: Path | None = None

    def get(self, module_id: str) -> Module:
        module = self.modules.get(module_id)
        if module is None:
            raise NotFound(
                _("No module '{id}'. See the list with: workshop-kit curricula list").format(id=module_id)
            )
        return module

    def __contains__(self, module_id: object) -> bool:
        return module_id in self.modules

    def sorted(self) -> list[Module]:
        return [self.modules[k] for k in sorted(self.modules)]


# -- parsing ----------------------------------------------------------------------------------------
def check_language(lang: str) -> str:
    """Refuse a language code the app does not carry, saying which ones it does."""
    if lang not in LANGUAGES:
        raise ValidationError(
            _("Unknown language '{lang}'; use one of: {langs}.").format(lang=lang, langs=", ".join(LANGUAGES)),
            "lang",
        )
    return lang


def _rel(path: Path) -> str:
    for base in (resource(), Path.cwd()):
        try:
            return str(path.resolve().relative_to(base.resolve()))
        except ValueError:
            continue
    return str(path)


def _split_front_matter(text: str) -> tuple[str, str, int] | None:
    """(yaml text, body, first line of the body) or None when there is no front matter."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1 :]), i + 2
    return None


def _small_tree(root: yaml.Node) -> bool:
    """Whether the YAML tree, aliases expanded, has at most ``MAX_YAML_NODES`` nodes and no cycle.

    An alias is a reference to an earlier node: nine aliases of nine aliases (a "billion laughs")
    are a few lines that expand to a billion values, and an alias inside its own anchor is a loop;
    everything that walks the data afterwards would exhaust memory or the stack. Sizes are counted
    once per node (memoised), without recursion.
    """
    size: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    open_nodes: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = ([n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode)
                    else node.value if isinstance(node, yaml.SequenceNode) else [])
        if done:
            open_nodes.discard(key)
            size[key] = 1 + sum(size[id(c)] for c in children)
            if size[key] > MAX_YAML_NODES:
                return False
            continue
        if key in size:
            continue
        if key in open_nodes:
            return False  # an alias inside its own anchor
        open_nodes.add(key)
        stack.append((node, True))
        for child in children:
            if id(child) in open_nodes:
                return False
            if id(child) not in size:
                stack.append((child, False))
    return True


def _node_lines(node: yaml.Node, path: str, out: dict[str, int]) -> None:
    out[path] = node.start_mark.line + 2  # +1: 1-based, +1: the opening '---'
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = str(key.value)
            child = f"{path}.{name}" if path else name
            out[child] = key.start_mark.line + 2
            _node_lines(value, child, out)
            out[child] = key.start_mark.line + 2
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value, 1):
            _node_lines(item, f"{path}[{i}]", out)


def _yaml_problem(file: str, exc: yaml.YAMLError) -> Problem:
    """A YAML error placed where the broken part begins (PyYAML's context mark: the line where an
    unclosed list, mapping or quote was opened), also naming the line where the parser gave up, often
    far below. A block mapping's context is the whole front matter, so there the problem mark is kept."""
    problem, context = getattr(exc, "problem_mark", None), getattr(exc, "context_mark", None)
    detail = getattr(exc, "problem", None) or str(exc)
    opened = str(getattr(exc, "context", "")).startswith(("while parsing a flow", "while scanning"))
    if opened and problem is not None and context is not None and context.line != problem.line:
        start = context.line + 2  # +1: 1-based, +1: the opening '---'
        return Problem(file, start, None, _(
            "the front matter is not valid YAML: look at line {start} ({context}), where the problem begins; "
            "the parser gave up on line {line}: {detail}").format(
            start=start, context=getattr(exc, "context", ""), line=problem.line + 2, detail=detail))
    mark = problem or context
    line = mark.line + 2 if mark is not None else None
    return Problem(file, line, None, _("the front matter is not valid YAML: {detail}").format(detail=detail))


class _Checker:
    """Collects problems for one file while reading its front matter into a ``ModuleText``."""

    def __init__(self, file: str, lines: dict[str, int]) -> None:
        self.file, self.lines = file, lines
        self.problems: list[Problem] = []

    def line(self, path: str) -> int | None:
        probe = path
        while probe:
            if probe in self.lines:
                return self.lines[probe]
            probe = probe.rsplit(".", 1)[0] if "." in probe else (probe.rsplit("[", 1)[0] if "[" in probe else "")
        return self.lines.get("", 2)

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(self.file, self.line(path), path or None, message))

    def string(self, obj: dict, key: str, path: str, required: bool = True) -> str:
        value = obj.get(key) if isinstance(obj, dict) else None
        where = f"{path}.{key}" if path else key
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.add(where, _("missing; add a non-empty text"))
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float | date):
            self.add(where, _("must be a text"))
            return ""
        return str(value)

    def integer(self, obj: dict, key: str, path: str) -> int:
        value = obj.get(key) if isinstance(obj, dict) else None
        where = f"{path}.{key}" if path else key
        if value is None:
            self.add(where, _("missing; add a whole number of minutes"))
            return 0
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(where, _("'{value}' is not a whole number of minutes").format(value=value))
            return 0
        if value <= 0:
            self.add(where, _("must be more than 0"))
        return value

    def items(self, obj: dict, key: str, path: str, required: bool = True, min_n: int = 0, max_n: int = 0) -> list:
        value = obj.get(key) if isinstance(obj, dict) else None
        where = f"{path}.{key}" if path else key
        if value is None:
            if required:
                self.add(where, _("missing; add a list"))
            return []
        if not isinstance(value, list):
            self.add(where, _("must be a list (lines starting with '- ')"))
            return []
        if min_n and len(value) < min_n:
            self.add(where, _n("has {n}; at least %n item(s) needed", min_n).format(n=len(value)))
        if max_n and len(value) > max_n:
            self.add(where, _n("has {n}; at most %n item(s) allowed", max_n).format(n=len(value)))
        return value

    def strings(self, obj: dict, key: str, path: str, required: bool = True, min_n: int = 0, max_n: int = 0) -> list[str]:
        out = []
        where = f"{path}.{key}" if path else key
        for i, item in enumerate(self.items(obj, key, path, required, min_n, max_n), 1):
            if isinstance(item, str | int | float) and not isinstance(item, bool) and str(item).strip():
                out.append(str(item))
            else:
                self.add(f"{where}[{i}]", _("must be a non-empty text"))
        return out


def parse_text(path: Path, folder_id: str | None = None, *, with_sections: bool = True  # noqa: C901 - the checks in the file's order
               ) -> tuple[ModuleText | None, list[Problem]]:
    """Read one language file; returns what could be read and every problem found. Never raises."""
    file = _rel(path)
    lang = path.stem
    try:
        size = path.stat().st_size
        if size > MAX_MODULE_FILE_BYTES:
            return None, [Problem(file, None, None, _("is {mb} MB; a module file may hold at most {max} MB").format(
                mb=round(size / 2**20, 1), max=MAX_MODULE_FILE_BYTES // 2**20))]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(file, None, None, _("cannot be read: {detail}").format(detail=exc))]
    try:
        text = raw.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        return None, [Problem(file, None, None, _("is not UTF-8 text (byte {pos}); save it as UTF-8").format(pos=exc.start))]
    parts = _split_front_matter(text)
    if parts is None:
        return None, [Problem(file, 1, None, _("no front matter: the file must start with a line '---', the YAML fields, then '---'"))]
    yaml_text, body, body_line = parts
    loader = _Loader(yaml_text)
    try:
        node = loader.get_single_node()
        if node is not None and not _small_tree(node):
            return None, [Problem(file, 2, None, _(
                "the front matter expands to more than {max} values (anchors and aliases repeated within "
                "each other); write the values out").format(max=MAX_YAML_NODES))]
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        return None, [_yaml_problem(file, exc)]
    finally:
        loader.dispose()
    if not isinstance(data, dict) or node is None:
        return None, [Problem(file, 2, None, _("the front matter must be a set of 'field: value' lines"))]
    lines: dict[str, int] = {}
    _node_lines(node, "", lines)
    c = _Checker(file, lines)
    mt = ModuleText(id="", lang=lang, path=path, body=body, body_line=body_line, lines=lines)

    mt.id = c.string(data, "id", "")
    if mt.id and not ID_RE.match(mt.id):
        c.add("id", _("'{id}' may only hold lowercase letters, digits and '-'").format(id=mt.id))
    if mt.id and folder_id and mt.id != folder_id:
        c.add("id", _("'{id}' differs from the folder name '{folder}'; they must be equal").format(id=mt.id, folder=folder_id))
    declared = c.string(data, "lang", "")
    if lang not in LANGUAGES:
        c.add("lang", _("unknown language '{lang}' in the file name; name the file fr.md, ar.md or en.md").format(lang=lang))
    elif declared and declared != lang:
        c.add("lang", _("says '{declared}' but the file is {file}; they must match").format(declared=declared, file=path.name))
    mt.version = c.string(data, "version", "")
    if mt.version and not VERSION_RE.match(mt.version):
        c.add("version", _("'{value}' is not MAJOR.MINOR (e.g. \"1.0\"); put it in quotes").format(value=mt.version))
    updated = data.get("updated")
    if updated is None:
        c.add("updated", _("missing; add the date the content was checked (YYYY-MM-DD)"))
    elif isinstance(updated, date):
        mt.updated = updated.isoformat()
    else:
        try:
            mt.updated = date.fromisoformat(str(updated)).isoformat()
        except ValueError:
            c.add("updated", _("'{value}' is not a date YYYY-MM-DD").format(value=updated))
    mt.title = c.string(data, "title", "")
    mt.summary = c.string(data, "summary", "")
    mt.audience = c.string(data, "audience", "")
    mt.prerequisites = c.string(data, "prerequisites", "", required=False)
    mt.facilitator_notes = c.string(data, "facilitator_notes", "")
    mt.duration = c.integer(data, "duration", "")
    mt.objectives = c.strings(data, "objectives", "", min_n=3, max_n=5)
    mt.key_messages = c.strings(data, "key_messages", "", min_n=3, max_n=5)

    for i, raw_s in enumerate(c.items(data, "sessions", "", min_n=1), 1):
        sp = f"sessions[{i}]"
        if not isinstance(raw_s, dict):
            c.add(sp, _("each session needs title, minutes and activities"))
            continue
        session = PlanSession(c.string(raw_s, "title", sp), c.integer(raw_s, "minutes", sp), [])
        core = raw_s.get("core", True)
        if isinstance(core, bool):
            session.core = core
        else:
            c.add(f"{sp}.core", _("must be true (a core session) or false (optional)"))
        for j, raw_a in enumerate(c.items(raw_s, "activities", sp, min_n=1), 1):
            ap = f"{sp}.activities[{j}]"
            if not isinstance(raw_a, dict):
                c.add(ap, _("each activity needs title, minutes, method and steps"))
                continue
            session.activities.append(
                Activity(
                    c.string(raw_a, "title", ap),
                    c.integer(raw_a, "minutes", ap),
                    c.string(raw_a, "method", ap),
                    c.strings(raw_a, "steps", ap, min_n=1),
                    c.strings(raw_a, "materials", ap, required=False),
                )
            )
        total = sum(a.minutes for a in session.activities)
        if session.minutes and session.activities and total != session.minutes:
            c.add(f"{sp}.minutes", _("is {minutes} but its activities add up to {total}; make them equal").format(
                minutes=session.minutes, total=total))
        mt.sessions.append(session)
    total = sum(s.minutes for s in mt.sessions)
    if mt.duration and mt.sessions and total != mt.duration:
        c.add("duration", _("is {minutes} but the sessions add up to {total}; make them equal").format(
            minutes=mt.duration, total=total))

    for i, raw_src in enumerate(c.items(data, "sources", "", min_n=1), 1):
        sp = f"sources[{i}]"
        if not isinstance(raw_src, dict):
            c.add(sp, _("each source needs title, publisher and year"))
            continue
        year = raw_src.get("year")
        if year is None or str(year).strip() == "":
            c.add(f"{sp}.year", _("missing; add the year (or \"s.d.\")"))
        mt.sources.append(Source(c.string(raw_src, "title", sp), c.string(raw_src, "publisher", sp),
                                 str(year or ""), c.string(raw_src, "url", sp, required=False)))

    for i, raw_q in enumerate(c.items(data, "quiz", "", min_n=6), 1):
        qp = f"quiz[{i}]"
        if not isinstance(raw_q, dict):
            c.add(qp, _("each question needs question, choices and answer"))
            continue
        choices = c.strings(raw_q, "choices", qp, min_n=2, max_n=5)
        q = Question(c.string(raw_q, "question", qp), choices, c.string(raw_q, "answer", qp),
                     c.string(raw_q, "explanation", qp, required=False))
        if q.answer and choices and q.answer not in choices:
            c.add(f"{qp}.answer", _("'{answer}' is not one of the choices; copy it exactly from the choices").format(
                answer=q.answer))
        if len(set(choices)) != len(choices):
            c.add(f"{qp}.choices", _("the same choice appears twice"))
        mt.quiz.append(q)

    for match in IMAGE_RE.finditer(body):
        target = match.group(1)
        line = body_line + body.count("\n", 0, match.start())
        folder = path.parent.resolve()
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):
            c.problems.append(Problem(file, line, "image", _("'{target}' is not in the module folder; the app works offline, put the picture in images/").format(target=target)))
            continue
        full = (folder / target).resolve()
        if folder not in full.parents:
            c.problems.append(Problem(file, line, "image", _("'{target}' points outside the module folder").format(target=target)))
        elif not full.is_file():
            c.problems.append(Problem(file, line, "image", _("'{target}' is missing from the module folder").format(target=target)))
    if with_sections:
        mt.sections = build_sections(mt)
    return mt, c.problems


def compare_structure(ref: ModuleText, other: ModuleText) -> list[Problem]:
    """A translation must have the French file's structure: same numbers, answers at the same place."""
    file = _rel(other.path)
    out: list[Problem] = []

    def add(path: str, message: str) -> None:
        out.append(Problem(file, other.line_of(path), path, message))

    intro = _("differs from fr.md")
    if other.id != ref.id:
        add("id", f"{intro}: '{other.id}' ≠ '{ref.id}'")
    if other.version != ref.version:
        add("version", f"{intro}: {other.version} ≠ {ref.version}")
    if other.duration != ref.duration:
        add("duration", f"{intro}: {other.duration} ≠ {ref.duration}")
    if len(other.sessions) != len(ref.sessions):
        add("sessions", _n("{intro}: %n session(s) instead of {m}", len(other.sessions)).format(
            intro=intro, m=len(ref.sessions)))
    for i, (a, b) in enumerate(zip(ref.sessions, other.sessions, strict=False), 1):
        sp = f"sessions[{i}]"
        if a.minutes != b.minutes:
            add(f"{sp}.minutes", f"{intro}: {b.minutes} ≠ {a.minutes}")
        if a.core != b.core:
            add(f"{sp}.core", f"{intro}: {str(b.core).lower()} ≠ {str(a.core).lower()}")
        if len(a.activities) != len(b.activities):
            add(f"{sp}.activities", _n("{intro}: %n activity(ies) instead of {m}", len(b.activities)).format(
                intro=intro, m=len(a.activities)))
        for j, (x, y) in enumerate(zip(a.activities, b.activities, strict=False), 1):
            if x.minutes != y.minutes:
                add(f"{sp}.activities[{j}].minutes", f"{intro}: {y.minutes} ≠ {x.minutes}")
    if len(other.quiz) != len(ref.quiz):
        add("quiz", _n("{intro}: %n question(s) instead of {m}", len(other.quiz)).format(intro=intro, m=len(ref.quiz)))
    for i, (qa, qb) in enumerate(zip(ref.quiz, other.quiz, strict=False), 1):
        qp = f"quiz[{i}]"
        if len(qa.choices) != len(qb.choices):
            add(f"{qp}.choices", _n("{intro}: %n choice(s) instead of {m}", len(qb.choices)).format(
                intro=intro, m=len(qa.choices)))
        elif qa.answer_index != qb.answer_index and qa.answer_index >= 0 and qb.answer_index >= 0:
            add(f"{qp}.answer", _("{intro}: the correct answer is choice {n} here but choice {m} in French").format(
                intro=intro, n=qb.answer_index + 1, m=qa.answer_index + 1))
    return out


# -- searchable sections ------------------------------------------------------------------------------
_MD_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|[*_`#>|]+|^-{3,}$|^\s*[-+]\s+", re.M)
_WS = re.compile(r"\s+")


# A body paragraph that opens with one of these bold labels is the trainer's answer key for an
# exercise: it is left out of participant handouts (docs/curricula-format.md, "Answer keys").
ANSWER_KEY_LABELS = (
    "Éléments de correction.", "Corrigé.", "Éléments de débriefing.", "Answer key.", "Answer notes.",
    "Answer points.", "Debrief points.", "عناصر التصحيح.", "مفتاح التصحيح.", "عناصر الاستخلاص.",
)
_ANSWER_KEY_START = re.compile(r"^\s*\*\*(?:" + "|".join(re.escape(x) for x in ANSWER_KEY_LABELS) + r")\*\*")
# A heading that starts with one of these opens a section for the trainer only (role cards, situations
# to cut out, debrief keys): left out of participant handouts down to the next heading of its level.
TRAINER_SECTION_PREFIXES = ("Pour le formateur", "For the trainer", "للمكوّن", "للمكون")
_HEADING_LEVEL = re.compile(r"^(#{1,6})\s+(.*)$")


def _trainer_section_lines(body: str) -> list[bool]:
    """For each body line, whether it lies under a trainer-only heading."""
    inside: list[bool] = []
    section = 0  # level of the trainer-only heading we are under (0: none)
    for line in body.split("\n"):
        heading = _HEADING_LEVEL.match(line.strip())
        if heading:
            level = len(heading.group(1))
            if section and level <= section:
                section = 0
            if not section and heading.group(2).strip().startswith(TRAINER_SECTION_PREFIXES):
                section = level
        inside.append(bool(section))
    return inside


def participant_lines(body: str) -> list[bool]:
    """For each body line, whether participants see it (answer keys and trainer sections hidden)."""
    shown: list[bool] = []
    skipping = False
    for line, trainer_only in zip(body.split("\n"), _trainer_section_lines(body), strict=True):
        if _ANSWER_KEY_START.match(line):
            skipping = True
        elif skipping and (not line.strip() or _HEADING_LEVEL.match(line.strip())):
            skipping = False
        shown.append(not skipping and not trainer_only)
    return shown


def trainer_sections(body: str) -> str:
    """Only the sections under a trainer-only heading (cards and sheets to print and cut out)."""
    lines = body.split("\n")
    return "\n".join(line for line, inside in zip(lines, _trainer_section_lines(body), strict=True) if inside)


def without_answer_keys(body: str) -> str:
    """The body for participants: answer-key paragraphs and trainer-only sections removed."""
    lines = body.split("\n")
    return "\n".join(line for line, shown in zip(lines, participant_lines(body), strict=True) if shown)


def plain_text(markdown: str) -> str:
    """Markdown without its markup, on one line (for search and snippets)."""
    text = _MD_MARKUP.sub(lambda m: m.group(1) or " ", markdown)
    return _WS.sub(" ", text).strip()


SECTION_LABELS = {
    "overview": N_("Overview"),
    "session": N_("Session {n}"),
    "quiz": N_("Quiz"),
    "notes": N_("Facilitator notes"),
    "sources": N_("Sources"),
}


def build_sections(mt: ModuleText) -> list[Section]:
    """Cut a module text into the pieces search shows: overview, sessions, body sections, quiz…"""
    raw: list[tuple[str, str, str]] = []
    overview = [mt.title, mt.summary, mt.audience, mt.prerequisites, *mt.objectives, *mt.key_messages]
    raw.append(("overview", mt.title, "\n".join(overview)))
    for i, s in enumerate(mt.sessions, 1):
        parts = [s.title]
        for a in s.activities:
            parts += [a.title, a.method, *a.steps, *a.materials]
        raw.append((f"session:{i}", s.title, "\n".join(parts)))
    heading, n = "", 0
    chunk: list[str] = []
    for line in mt.body.split("\n"):
        if line.startswith("## "):
            if chunk and "".join(chunk).strip():
                raw.append((f"body:{n}", heading, "\n".join(chunk)))
            heading, chunk, n = line[3:].strip(), [line[3:]], n + 1
        else:
            chunk.append(line)
    if chunk and "".join(chunk).strip():
        raw.append((f"body:{n}", heading, "\n".join(chunk)))
    quiz = []
    for q in mt.quiz:
        quiz += [q.question, *q.choices, q.explanation]
    raw.append(("quiz", "", "\n".join(quiz)))
    if mt.facilitator_notes:
        raw.append(("notes", "", mt.facilitator_notes))
    raw.append(("sources", "", "\n".join(f"{s.title} {s.publisher} {s.year}" for s in mt.sources)))
    out = []
    for key, title, text in raw:
        plain = plain_text(text)
        out.append(Section(key, plain_text(title), plain, fold(plain)))
    return out


def section_label(key: str, title: str, lang: str | None = None) -> str:
    kind, _sep, n = key.partition(":")
    if kind == "body":
        return title
    if kind == "session":
        return translate(SECTION_LABELS["session"], lang).format(n=n) + (f" — {title}" if title else "")
    return translate(SECTION_LABELS.get(kind, kind), lang)


# -- folders and the catalog --------------------------------------------------------------------------
def bundled_dir() -> Path:
    return resource("curricula")


def load_module(folder: Path, local: bool = False, *, with_sections: bool = True) -> Module:
    """Read and check every language file of one module folder."""
    module = Module(folder.name, folder, local)
    rel = _rel(folder)
    files = sorted(p for p in folder.iterdir() if p.suffix == ".md" and p.is_file()) if folder.is_dir() else []
    for path in files:
        if path.stem not in LANGUAGES:
            module.problems.append(Problem(_rel(path), None, "lang", _(
                "unknown language '{lang}' in the file name; name the file fr.md, ar.md or en.md").format(lang=path.stem)))
            continue
        text, problems = parse_text(path, folder.name, with_sections=with_sections)
        module.problems += problems
        if text is not None:
            module.texts[path.stem] = text
    if not (folder / f"{REFERENCE_LANGUAGE}.md").exists():
        module.problems.append(Problem(rel, None, None, _("no fr.md: every module needs its French file")))
    ref = module.texts.get(REFERENCE_LANGUAGE)
    if ref is not None:
        for lang, text in module.texts.items():
            if lang != REFERENCE_LANGUAGE:
                module.problems += compare_structure(ref, text)
    return module


def _module_folders(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".") and any(p.glob("*.md")))


def _signature(roots: list[tuple[Path, bool]]) -> tuple:
    sig: list[object] = [CACHE_VERSION]
    for root, local in roots:
        sig.append((str(root), local))
        for folder in _module_folders(root):
            for dirpath, _dirs, files in os.walk(folder):
                for name in sorted(files):
                    file = Path(dirpath, name)
                    try:
                        st = file.stat()
                    except OSError:
                        continue
                    sig.append((str(file), st.st_mtime_ns, st.st_size))
    return tuple(sig)


_memo: dict[tuple, Catalog] = {}


def load_catalog(data_dir: Path | None = None, *, bundled: Path | None = None, cache: bool = True) -> Catalog:
    """Every module, bundled then the user's own (local); a local module may not reuse a bundled id."""
    roots = [(bundled or bundled_dir(), False)]
    if data_dir is not None:
        roots.append((user_curricula_dir(Path(data_dir)), True))
    sig = _signature(roots)
    if cache and sig in _memo:
        return _memo[sig]
    cache_file = Path(data_dir) / "cache" / CACHE_FILE if data_dir is not None else None
    key = hashlib.sha1(repr(sig).encode("utf-8")).hexdigest()
    if cache and cache_file is not None:
        catalog = _read_cache(cache_file, key)
        if catalog is not None:
            catalog.cache_dir = cache_file.parent
            _memo.clear()
            _memo[sig] = catalog
            return catalog
    catalog = _read_catalog(roots)
    catalog.key = key
    catalog.cache_dir = cache_file.parent if cache_file is not None else None
    if cache:
        _memo.clear()
        _memo[sig] = catalog
        if cache_file is not None:
            _write_cache(cache_file, catalog)
    return catalog


# -- the disk cache: JSON, checked against the dataclasses ----------------------------------------------
class _BadCache(ValueError):
    """The cache file does not have the shape of a catalog: it is rebuilt."""


def _to_data(value: Any) -> Any:
    if is_dataclass(value):
        return {f.name: _to_data(getattr(value, f.name)) for f in fields(value) if f.name != "cache_dir"}
    if isinstance(value, dict):
        return {str(k): _to_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_to_data(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


_DECODERS: dict[Any, Any] = {}


def _decoder(kind: Any) -> Any:
    """A function building ``kind`` (a dataclass, list[...], dict[str, ...], X | None, str, int, bool,
    Path) from JSON data, raising ``_BadCache`` on anything of another type. Made once per type."""
    made = _DECODERS.get(kind)
    if made is None:
        made = _DECODERS[kind] = _make_decoder(kind)
    return made


def _make_decoder(kind: Any) -> Any:
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(kind) if a is not type(None)]
        if len(inner) != 1:
            raise _BadCache(str(kind))
        one = _decoder(inner[0])
        return lambda data: None if data is None else one(data)
    if origin is list:
        item = _decoder(get_args(kind)[0])

        def as_list(data: Any) -> list:
            if type(data) is not list:
                raise _BadCache("list expected")
            return [item(v) for v in data]
        return as_list
    if origin is dict:
        value = _decoder(get_args(kind)[1])

        def as_dict(data: Any) -> dict:
            if type(data) is not dict:
                raise _BadCache("object expected")
            return {k: value(v) for k, v in data.items()}
        return as_dict
    if kind is Path:
        return lambda data: Path(_exact(str, data))
    if kind in (int, str, bool):
        return lambda data: _exact(kind, data)
    if isinstance(kind, type) and is_dataclass(kind):
        hints = get_type_hints(kind)
        parts = [(f.name, _decoder(hints[f.name])) for f in fields(kind) if f.name != "cache_dir"]

        def as_object(data: Any) -> Any:
            if type(data) is not dict:
                raise _BadCache("object expected")
            try:
                return kind(**{name: build(data[name]) for name, build in parts})
            except KeyError as exc:
                raise _BadCache(f"{kind.__name__}: {exc} missing") from None
        return as_object
    raise _BadCache(f"unexpected type {kind}")


def _exact(kind: type, data: Any) -> Any:
    if type(data) is not kind:
        raise _BadCache(f"{kind.__name__} expected")
    return data


def _from_data(kind: Any, data: Any) -> Any:
    return _decoder(kind)(data)


def _read_cache(path: Path, key: str) -> Catalog | None:
    """The cached catalog when the file is sound and made for these very files, else None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != CACHE_VERSION or data.get("key") != key:
            return None
        catalog = _from_data(Catalog, data.get("catalog"))
    except (OSError, ValueError, TypeError, RecursionError):  # _BadCache and JSON errors are ValueErrors
        return None
    return catalog if catalog.key == key else None


def _write_cache(path: Path, catalog: Catalog) -> None:
    try:
        from .atomicfile import write_text

        payload = {"format": CACHE_VERSION, "key": catalog.key, "catalog": _to_data(catalog)}
        write_text(path, json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
        (path.parent / "curricula-v1.pickle").unlink(missing_ok=True)  # older copies stored a pickle; never read
    except OSError:
        pass  # a cache that cannot be written only costs time


def _read_catalog(roots: list[tuple[Path, bool]], with_sections: bool = True) -> Catalog:
    modules: dict[str, Module] = {}
    problems: list[Problem] = []
    for root, local in roots:
        for folder in _module_folders(root):
            module = load_module(folder, local, with_sections=with_sections)
            problems += module.problems
            if module.id in modules:
                other = modules[module.id]
                problems.append(Problem(_rel(folder), None, "id", _(
                    "duplicate module id '{id}': already in {other}; rename the folder and its id").format(
                    id=module.id, other=_rel(other.folder))))
                continue
            modules[module.id] = module
    return Catalog(modules, problems)


def validate_path(path: str | os.PathLike[str]) -> list[Problem]:
    """Check a module file, a module folder, a folder of modules or a module zip. Never raises."""
    path = Path(path)
    if not path.exists():
        return [Problem(str(path), None, None, _("does not exist"))]
    if path.is_file() and path.suffix.lower() == ".zip":
        try:
            with tempfile.TemporaryDirectory(prefix="wk-validate-") as tmp:
                return _read_catalog([(_extract_zip(path, Path(tmp)), True)]).problems
        except ValidationError as exc:
            return [Problem(str(path), None, None, str(exc))]
    if path.is_file():
        folder = path.parent
        module = load_module(folder)
        own = _rel(path)
        return [p for p in module.problems if p.file == own]
    if any(path.glob("*.md")):
        return load_module(path).problems
    return _read_catalog([(path, False)]).problems


def validate_bundled() -> list[str]:
    """Problems in the modules shipped with the app (empty when fine); used by selfcheck, so it
    skips preparing the search text (the slow part of loading) unless the catalog is already loaded."""
    roots = [(bundled_dir(), False)]
    cached = _memo.get(_signature(roots))
    catalog = cached if cached is not None else _read_catalog(roots, with_sections=False)
    return [str(p) for p in catalog.problems]


# -- importing a trainer's modules ---------------------------------------------------------------------
def _extract_zip(path: Path, target: Path) -> Path:
    """Extract a zip after checking every name stays inside ``target`` (no zip slip, no links)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ValidationError(_("{file} is not a readable zip: {detail}").format(file=path.name, detail=exc)) from None
    with archive:
        total = 0
        base = target.resolve()
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise ValidationError(_n("{file} holds %n file(s); a module zip may hold at most {max}. Nothing was "
                                     "imported.", len(infos)).format(file=path.name, max=MAX_ZIP_ENTRIES))
        for info in infos:
            name = info.filename
            parts = [p for p in re.split(r"[\\/]", name) if p]
            if len(parts) > MAX_ZIP_DEPTH or any(len(p) > 100 for p in parts):
                raise ValidationError(_(
                    "{file} contains '{name}', nested too deep or with too long a name (at most {max} folders "
                    "of 100 characters); nothing was imported. Make the zip again from the module folder.").format(
                    file=path.name, name=name[:120], max=MAX_ZIP_DEPTH))
            mode = info.external_attr >> 16
            dest = (base / name).resolve()
            if name.startswith(("/", "\\")) or ".." in re.split(r"[\\/]", name) or re.match(r"^[A-Za-z]:", name) \
                    or (dest != base and base not in dest.parents):
                raise ValidationError(_(
                    "{file} contains '{name}', a path outside the module folder; nothing was imported. "
                    "Make the zip again from the module folder.").format(file=path.name, name=name))
            if stat.S_ISLNK(mode):
                raise ValidationError(_("{file} contains a link ('{name}'); nothing was imported.").format(
                    file=path.name, name=name))
            total += info.file_size
            if total > MAX_IMPORT_BYTES:
                raise ValidationError(_("{file} is larger than {mb} MB once extracted; nothing was imported.").format(
                    file=path.name, mb=MAX_IMPORT_BYTES // (1024 * 1024)))
        try:
            archive.extractall(base)
        except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, OSError,
                ValueError) as exc:
            # a damaged member (checksum, deflate stream), an encrypted one, an unknown compression
            raise ValidationError(_("{file} is not a readable zip: {detail}").format(
                file=path.name, detail=exc)) from None
    return _modules_root(base)


def _modules_root(base: Path) -> Path:
    """The folder holding module folders: a zip/folder may hold one module at its top or several."""
    entries = [p for p in base.iterdir() if not p.name.startswith((".", "__MACOSX"))]
    if any(p.suffix == ".md" for p in entries if p.is_file()):
        ref = base / f"{REFERENCE_LANGUAGE}.md"
        module_id = None
        if ref.exists():
            parsed, _problems = parse_text(ref)
            module_id = parsed.id if parsed and parsed.id and ID_RE.match(parsed.id) else None
        if not module_id:
            raise ValidationError(_("No fr.md with a valid id at the top of the folder; nothing was imported."))
        wrapper = base / ".wrapped"
        wrapper.mkdir()
        dest = wrapper / module_id
        dest.mkdir()
        for p in entries:
            shutil.move(str(p), dest / p.name)
        return wrapper
    if len(entries) == 1 and entries[0].is_dir() and not any(entries[0].glob("*.md")):
        return _modules_root(entries[0])
    return base


@writes(curricula=True)
def import_modules(source: str | os.PathLike[str], data_dir: Path, *, replace: bool = False) -> list[str]:
    """Add a trainer's module(s) from a folder or a zip to the user curricula folder.

    Everything is checked first (zip paths, every file, ids); on any problem nothing is copied.
    """
    source = Path(source)
    if not source.exists():
        raise NotFound(_("{path} does not exist.").format(path=source))
    user_dir = user_curricula_dir(Path(data_dir))
    user_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".import-", dir=user_dir) as tmp:
        staging = Path(tmp) / "in"
        staging.mkdir()
        if source.is_file():
            root = _extract_zip(source, staging)
        else:
            shutil.copytree(source, staging / "src", ignore=shutil.ignore_patterns(".*"))
            root = _modules_root(staging / "src")
        found = _read_catalog([(root, True)])
        if not found.modules:
            raise ValidationError(_("No module found in {path} (a module is a folder with fr.md).").format(path=source.name))
        if found.problems:
            shown = "\n".join(str(p) for p in found.problems[:20])
            more = len(found.problems) - 20
            raise ValidationError(
                _n("%n problem(s); nothing was imported. Fix them and import again:", len(found.problems))
                + "\n" + shown + (f"\n… (+{more})" if more > 0 else "")
            )
        bundled = {p.name for p in _module_folders(bundled_dir())}
        for module_id in found.modules:
            if module_id in bundled:
                raise ValidationError(_(
                    "'{id}' is a module that comes with the app; give your module another id (and folder name)."
                ).format(id=module_id))
            if (user_dir / module_id).exists() and not replace:
                raise ValidationError(_(
                    "You already have a module '{id}'; use --replace to update it.").format(id=module_id))
        for module_id, module in found.modules.items():
            final = user_dir / module_id
            old = Path(tmp) / f"old-{module_id}"
            if final.exists():
                final.replace(old)
            module.folder.replace(final)
    _memo.clear()
    return sorted(found.modules)


@writes(curricula=True)
def remove_local_module(module_id: str, data_dir: Path) -> None:
    folder = user_curricula_dir(Path(data_dir)) / module_id
    if not ID_RE.match(module_id) or not folder.is_dir():
        raise NotFound(_("No local module '{id}'.").format(id=module_id))
    shutil.rmtree(folder)
    _memo.clear()


# -- reading view ---------------------------------------------------------------------------------------
def to_markdown(text: ModuleText, *, trainer: bool = True) -> str:
    """The module as one Markdown page for the app's reader (labels in the module's language)."""
    lang = text.lang

    def t(s: str) -> str:
        return translate(s, lang)

    def mins(n: int) -> str:
        return translate_n(Nn_("%n min"), n, lang)

    out = [f"# {text.title}", "", f"*{text.summary}*", ""]
    out.append(f"**{t(N_('Duration'))}:** {mins(text.duration)} — **{t(N_('Audience'))}:** {text.audience}")
    if text.prerequisites:
        out += ["", f"**{t(N_('Prerequisites'))}:** {text.prerequisites}"]
    out += ["", f"## {t(N_('Objectives'))}", ""] + [f"- {o}" for o in text.objectives]
    out += ["", f"## {t(N_('Programme'))}", ""]
    for i, s in enumerate(text.sessions, 1):
        optional = "" if s.core else f" — *{t(N_('optional'))}*"
        out += [f"### {i}. {s.title} ({mins(s.minutes)}){optional}", ""]
        for a in s.activities:
            out.append(f"- **{a.title}** — {mins(a.minutes)}, *{a.method}*")
            if trainer:
                out += [f"    {n}. {step}" for n, step in enumerate(a.steps, 1)]
                if a.materials:
                    out.append(f"    - *{t(N_('Materials'))}:* {', '.join(a.materials)}")
        out.append("")
    out += [f"## {t(N_('Key messages'))}", ""] + [f"- {m}" for m in text.key_messages] + ["", text.body.strip(), ""]
    out += [f"## {t(N_('Sources'))}", ""]
    out += [f"- {s.title} — {s.publisher}, {s.year}" + (f" <{s.url}>" if s.url else "") for s in text.sources]
    if trainer and text.facilitator_notes:
        notes = re.sub(r"^(#{1,5}) ", r"#\1 ", text.facilitator_notes, flags=re.M)
        out += ["", f"## {t(N_('Facilitator notes'))}", "", notes]
    return "\n".join(out)
