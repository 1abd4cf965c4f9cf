"""Module files: every bundled module validates; broken files give file, line and field; imports."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from workshop_kit import curricula
from workshop_kit.errors import NotFound, ValidationError
from workshop_kit.paths import user_curricula_dir

BUNDLED = curricula.bundled_dir()
MODULE_DIRS = sorted(p for p in BUNDLED.iterdir() if p.is_dir() and (p / "fr.md").exists())
SAMPLE = BUNDLED / "m04-protection"


@pytest.mark.parametrize("folder", MODULE_DIRS, ids=[p.name for p in MODULE_DIRS])
def test_every_bundled_module_validates_in_all_three_languages(folder: Path):
    module = curricula.load_module(folder)
    assert module.problems == [], "\n".join(map(str, module.problems))
    assert module.languages == ["fr", "ar", "en"]
    fr = module.texts["fr"]
    for lang in ("ar", "en"):
        other = module.texts[lang]
        assert [s.minutes for s in other.sessions] == [s.minutes for s in fr.sessions]
        assert [q.answer_index for q in other.quiz] == [q.answer_index for q in fr.quiz]


def test_validate_bundled_is_empty_and_catalog_lists_modules():
    assert curricula.validate_bundled() == []
    catalog = curricula.load_catalog(None)
    assert {p.name for p in MODULE_DIRS} <= set(catalog.modules)
    assert all(not m.local for m in catalog.modules.values())


def _copy_module(tmp_path: Path, name: str = "m90-test") -> Path:
    dest = tmp_path / "mods" / name
    shutil.copytree(SAMPLE, dest)
    for f in dest.glob("*.md"):
        f.write_text(f.read_text(encoding="utf-8").replace("id: m04-protection", f"id: {name}"), encoding="utf-8")
    return dest


def _edit(path: Path, old: str, new: str, count: int = 1) -> int:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return text.split("\n").index(next(line for line in text.split("\n") if old.split("\n")[0] in line)) + 1


def test_activity_minutes_that_do_not_add_up_name_file_line_and_field(tmp_path):
    mod = _copy_module(tmp_path)
    _edit(mod / "fr.md", "        minutes: 25\n", "        minutes: 30\n")
    lines = (mod / "fr.md").read_text(encoding="utf-8").split("\n")
    problems = curricula.validate_path(mod / "fr.md")
    session = next(p for p in problems if p.field == "sessions[1].minutes")
    assert "activities add up to 80" in session.message
    assert session.file.endswith("fr.md")
    assert lines[session.line - 1].strip() == "minutes: 75"
    translations = curricula.validate_path(mod / "en.md")
    assert any(p.field == "sessions[1].activities[2].minutes" and "differs from fr.md" in p.message
               for p in translations)


def test_quiz_answer_not_among_choices(tmp_path):
    mod = _copy_module(tmp_path)
    _edit(mod / "en.md", "    answer: ", "    answer: Something else entirely # ", 1)
    problems = curricula.validate_path(mod)
    bad = [p for p in problems if p.field == "quiz[1].answer"]
    assert bad and "not one of the choices" in bad[0].message and bad[0].file.endswith("en.md")
    text = (mod / "en.md").read_text(encoding="utf-8").split("\n")
    assert "answer: Something else" in text[bad[0].line - 1]


def test_bad_yaml_and_missing_front_matter_never_crash(tmp_path):
    mod = _copy_module(tmp_path)
    _edit(mod / "fr.md", "title: ", "title: [unclosed ")
    (mod / "ar.md").write_text("no front matter here\n", encoding="utf-8")
    (mod / "en.md").write_bytes(b"---\nid: \xff\xfe\n---\n")
    problems = curricula.validate_path(mod)
    by_file = {Path(p.file).name: p for p in problems}
    assert "not valid YAML" in by_file["fr.md"].message and by_file["fr.md"].line
    assert "no front matter" in by_file["ar.md"].message
    assert "UTF-8" in by_file["en.md"].message


def test_missing_fields_and_wrong_types(tmp_path):
    mod = _copy_module(tmp_path)
    _edit(mod / "fr.md", "duration: 210\n", "")
    _edit(mod / "fr.md", "version: \"1.0\"", "version: one")
    problems = curricula.validate_path(mod / "fr.md")
    fields = {p.field: p for p in problems}
    assert "missing" in fields["duration"].message
    assert "MAJOR.MINOR" in fields["version"].message and fields["version"].line == 4


def test_translation_with_a_different_structure_is_reported(tmp_path):
    mod = _copy_module(tmp_path)
    text = (mod / "ar.md").read_text(encoding="utf-8")
    # drop the last quiz question of the Arabic file
    head, _sep, tail = text.partition("facilitator_notes:")
    last = head.rindex("  - question:")
    (mod / "ar.md").write_text(head[:last] + "facilitator_notes:" + tail, encoding="utf-8")
    problems = curricula.validate_path(mod)
    quiz = [p for p in problems if p.field == "quiz" and p.file.endswith("ar.md")]
    assert quiz and "7 questions instead of 8" in quiz[0].message


def test_unknown_language_file_and_missing_image(tmp_path):
    mod = _copy_module(tmp_path)
    shutil.copy(mod / "en.md", mod / "de.md")
    with (mod / "fr.md").open("a", encoding="utf-8") as fh:
        fh.write("\n![Carte](images/map.png)\n![Ailleurs](../../secret.png)\n")
    problems = curricula.validate_path(mod)
    assert any("unknown language 'de'" in p.message for p in problems)
    missing = [p for p in problems if p.field == "image"]
    assert any("missing from the module folder" in p.message for p in missing)
    assert any("outside the module folder" in p.message for p in missing)
    (mod / "images").mkdir()
    (mod / "images" / "map.png").write_bytes(b"\x89PNG")
    assert not any("missing" in p.message for p in curricula.validate_path(mod / "fr.md") if p.field == "image")


def test_unknown_language_code_is_refused_with_the_choices():
    with pytest.raises(ValidationError, match="fr, ar, en"):
        curricula.check_language("de")


def test_missing_translation_falls_back_to_french_visibly(tmp_path, data_dir):
    mod = _copy_module(tmp_path)
    (mod / "ar.md").unlink()
    shutil.copytree(mod, user_curricula_dir(data_dir) / mod.name)
    catalog = curricula.load_catalog(data_dir)
    module = catalog.get(mod.name)
    text, fallback = module.text("ar")
    assert fallback and text.lang == "fr"
    assert module.local and module.problems == []
    with pytest.raises(NotFound):
        catalog.get("m99-nowhere")


def test_duplicate_module_id_is_reported(data_dir):
    shutil.copytree(SAMPLE, user_curricula_dir(data_dir) / "m04-protection")
    catalog = curricula.load_catalog(data_dir)
    assert any("duplicate module id 'm04-protection'" in p.message for p in catalog.problems)
    assert catalog.get("m04-protection").local is False  # the bundled one wins


def test_import_folder_then_refuse_same_id_without_replace(tmp_path, data_dir):
    mod = _copy_module(tmp_path, "m91-local")
    assert curricula.import_modules(mod, data_dir) == ["m91-local"]
    catalog = curricula.load_catalog(data_dir)
    assert catalog.get("m91-local").local
    with pytest.raises(ValidationError, match="--replace"):
        curricula.import_modules(mod, data_dir)
    assert curricula.import_modules(mod, data_dir, replace=True) == ["m91-local"]


def test_import_refuses_bundled_id_and_invalid_module_leaving_nothing(tmp_path, data_dir):
    good = _copy_module(tmp_path, "m92-good")
    bad = _copy_module(tmp_path, "m93-bad")
    _edit(bad / "fr.md", "duration: 210", "duration: 999")
    with pytest.raises(ValidationError, match="nothing was imported") as exc:
        curricula.import_modules(tmp_path / "mods", data_dir)
    assert "duration" in str(exc.value)
    user = user_curricula_dir(data_dir)
    assert not (user / "m92-good").exists() and not (user / "m93-bad").exists()
    assert [p.name for p in user.iterdir()] == []
    with pytest.raises(ValidationError, match="comes with the app"):
        curricula.import_modules(SAMPLE, data_dir)
    assert curricula.import_modules(good, data_dir) == ["m92-good"]


def test_zip_import_and_zip_slip_refused(tmp_path, data_dir):
    mod = _copy_module(tmp_path, "m94-zipped")
    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w") as z:
        for f in mod.iterdir():
            z.write(f, f"m94-zipped/{f.name}")
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as z:
        for f in mod.iterdir():
            z.write(f, f"m95-evil/{f.name}")
        z.writestr("../../escaped.txt", "gotcha")
    with pytest.raises(ValidationError, match="outside the module folder"):
        curricula.import_modules(evil, data_dir)
    assert not (data_dir / "escaped.txt").exists() and not (tmp_path / "escaped.txt").exists()
    assert not (user_curricula_dir(data_dir) / "m95-evil").exists()
    assert curricula.import_modules(good, data_dir) == ["m94-zipped"]
    assert curricula.validate_path(evil)[0].message.startswith("evil.zip contains")


def test_catalog_cache_follows_file_changes(tmp_path, data_dir):
    mod = _copy_module(tmp_path, "m96-cached")
    curricula.import_modules(mod, data_dir)
    first = curricula.load_catalog(data_dir)
    assert (data_dir / "cache" / curricula.CACHE_FILE).exists()
    assert curricula.load_catalog(data_dir) is first
    target = user_curricula_dir(data_dir) / "m96-cached" / "en.md"
    _edit(target, 'summary: "', 'summary: "Changed. ')
    assert curricula.load_catalog(data_dir).get("m96-cached").texts["en"].summary.startswith("Changed.")


def test_sections_are_folded_like_a_search_and_long_texts_like_short_ones():
    import unicodedata

    from workshop_kit.textnorm import fold

    catalog = curricula.load_catalog(None)
    sections = [s for m in catalog.modules.values() for t in m.texts.values() for s in t.sections]
    assert sections and all(s.folded == fold(s.plain) for s in sections)
    word = "L'ÉCOLE — مَدْرَسَةٌ أُولى"
    assert fold(word) == "l ecole مدرسه اولي"
    assert fold(" ".join([word] * 40)) == " ".join([fold(word)] * 40)  # past the cached length
    # every combining mark below the Arabic block is an accent to drop, whatever its place in Unicode
    marks = "".join(c for c in map(chr, range(0x600)) if unicodedata.combining(c))
    assert fold("e" + marks + "x") == "ex"


def test_validator_never_crashes_on_arbitrary_front_matter(tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    folder = tmp_path / "m80-fuzz"
    folder.mkdir()
    fr = SAMPLE / "fr.md"
    lines = fr.read_text(encoding="utf-8").split("\n")

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.integers(min_value=1, max_value=170), st.text(max_size=40), st.booleans())
    def check(line_no: int, junk: str, replace: bool) -> None:
        edited = list(lines)
        edited[line_no] = junk if replace else edited[line_no] + junk
        (folder / "fr.md").write_text("\n".join(edited), encoding="utf-8")
        for problem in curricula.validate_path(folder):
            assert problem.file and problem.message

    check()


def test_a_crafted_cache_file_runs_nothing_and_is_rebuilt(tmp_path, data_dir, monkeypatch):
    """Data folders travel between laptops: a planted pickle (or a forged cache) must execute nothing."""
    import pickle

    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    cache = data_dir / "cache"
    cache.mkdir()
    for name in ("curricula-v1.pickle", "curricula-v2.json", f"curricula-v{curricula.CACHE_VERSION}.pickle"):
        (cache / name).write_bytes(pickle.dumps(Evil()))
    curricula._memo.clear()
    catalog = curricula.load_catalog(data_dir)
    assert not marker.exists()
    assert "m01-migration-terms" in catalog

    # The rebuilt cache is plain JSON data; a forged one of the wrong shape is ignored and rebuilt.
    written = cache / curricula.CACHE_FILE
    assert json.loads(written.read_text(encoding="utf-8"))["key"] == catalog.key
    data = json.loads(written.read_text(encoding="utf-8"))
    first = next(iter(data["catalog"]["modules"].values()))
    first["texts"]["fr"]["sessions"] = [{"title": 42, "minutes": "x", "activities": None}]
    written.write_text(json.dumps(data), encoding="utf-8")
    curricula._memo.clear()
    again = curricula.load_catalog(data_dir)
    assert all(isinstance(s.title, str) for m in again.modules.values() for t in m.texts.values() for s in t.sessions)

    # A sound cache is used as it is, equal to a fresh parse.
    fresh = curricula.load_catalog(data_dir, cache=False)
    curricula._memo.clear()
    with monkeypatch.context() as m:
        m.setattr(curricula, "_read_catalog", lambda *a, **k: pytest.fail("the sound cache was not used"))
        from_cache = curricula.load_catalog(data_dir)
    assert from_cache.modules == fresh.modules and from_cache.problems == fresh.problems
