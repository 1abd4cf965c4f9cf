"""The coordinator's inbox: a folder of bundles (e-mailed, copied from USB sticks, or kept in step by
Syncthing or Nextcloud) merged into this data folder.

``scan`` looks at every bundle file in the folder (sub-folders too) and sorts it:

- *merged*: checked (``bundles.read_bundle``: signature, signer, checksums) and merged;
- *known*: the same file content (SHA-256) was merged before, or merging it changed nothing;
- *refused*: with the reason (unsigned, tampered, unknown signer, damaged); it is tried again at the
  next scan (the signer may have been trusted since, or a fresh copy may have arrived);
- *waiting*: the file is still being written (its size or time changed within ``SETTLE_SECONDS``);
  it is taken at a later scan.

Sync engines write a file under a temporary name, then rename it: those names are never opened
(``.syncthing.*.tmp``, ``~syncthing~*``, ``*.part``, ``.~lock*``, hidden files and folders such as
Syncthing's ``.stversions``). The inbox is only read, never written: the record of what was seen is
``inbox.json`` in the data folder (written atomically, checked when read; a damaged record is set aside
and the scan starts afresh, which is harmless because merging a bundle twice changes nothing).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .changes import writes
from .db import now_iso
from .errors import ValidationError
from .i18n import N_, Nn_, _, translate, translate_n
from .sqlconn import Database

RECORD = "inbox.json"
RECORD_VERSION = 1
SETTLE_SECONDS = 3.0
BUNDLE_SUFFIXES = (".zip",)
TEMP_SUFFIXES = (".part", ".partial", ".tmp", ".crdownload", ".download", ".filepart", ".swp")
TEMP_PREFIXES = (".", "~", ".~lock", "~syncthing~", ".syncthing.")

STATUS_LABELS = {
    "merged": N_("merged"),
    "known": N_("already known"),
    "refused": N_("refused"),
    "waiting": N_("still arriving"),
}
# The same, counted: French agrees the participle with the number ("1 fusionné", "2 fusionnés").
_COUNT_LABELS = {
    "merged": Nn_("%n merged"),
    "known": Nn_("%n already known"),
    "refused": Nn_("%n refused"),
    "waiting": Nn_("%n still arriving"),
}

Progress = Callable[[int, int, str], None]


@dataclass
class Entry:
    file: str  # path relative to the inbox
    status: str  # merged | known | refused | waiting
    sha256: str | None = None
    workshop_id: str | None = None
    workshop_title: str | None = None
    signer: str | None = None
    reason: str | None = None
    signer_key: str | None = None  # an unknown signer's public key (text), to trust it if the coordinator knows it
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    double_scans: int = 0


@dataclass
class ScanResult:
    folder: str
    entries: list[Entry] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # temporary / partial / non-bundle files

    def of(self, status: str) -> list[Entry]:
        return [e for e in self.entries if e.status == status]

    @property
    def changed(self) -> bool:
        return bool(self.of("merged"))

    def counts(self) -> dict[str, int]:
        return {s: len(self.of(s)) for s in STATUS_LABELS}

    def to_json(self) -> dict[str, Any]:
        return {"folder": self.folder, "counts": self.counts(), "entries": [asdict(e) for e in self.entries],
                "ignored": self.ignored}

    def summary(self, lang: str | None = None) -> str:
        t = lambda text: translate(text, lang)  # noqa: E731
        c = self.counts()
        lines = [t(N_("Inbox {folder}: {merged}, {known}, {refused}, {waiting}.")).format(
            folder=self.folder, **{k: translate_n(label, c[k], lang) for k, label in _COUNT_LABELS.items()})]
        for e in self.entries:
            what = e.workshop_title or ""
            if e.status == "refused":
                what = e.reason or ""
            lines.append(f"  [{t(STATUS_LABELS[e.status])}] {e.file}" + (f" — {what}" if what else ""))
        return "\n".join(lines)


# -- the folder setting and the record --------------------------------------------------------------

def inbox_folder(data_dir: Path) -> Path | None:
    from .settings import load

    value = load(data_dir).get("inbox_folder") or ""
    return Path(value) if value else None


@writes(settings=True)
def set_inbox_folder(data_dir: Path, folder: str | os.PathLike[str] | None) -> Path | None:
    """Remember the inbox folder (``None`` forgets it). The folder must exist and be outside the data folder."""
    from .settings import update

    if folder is None or str(folder) == "":
        update(data_dir, inbox_folder="")
        return None
    path = Path(folder).expanduser().resolve()
    check_folder(path, data_dir)
    update(data_dir, inbox_folder=str(path))
    return path


def check_folder(path: Path, data_dir: Path) -> None:
    if not path.is_dir():
        raise ValidationError(_("The inbox folder {folder} does not exist or is not a folder.").format(folder=path),
                              "folder")
    data = data_dir.resolve()
    if path == data or data in path.parents or path in data.parents:
        raise ValidationError(
            _("The inbox folder cannot be the data folder, inside it or around it: choose the folder where "
              "bundles arrive ({folder}).").format(folder=path), "folder")


def _empty_record() -> dict[str, Any]:
    return {"version": RECORD_VERSION, "files": {}, "merged": {}}


def load_record(data_dir: Path) -> dict[str, Any]:
    """What earlier scans saw. Plain JSON, checked field by field; anything else starts afresh."""
    path = data_dir / RECORD
    if not path.exists():
        return _empty_record()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        ok = (isinstance(data, dict) and data.get("version") == RECORD_VERSION
              and isinstance(data.get("files"), dict) and isinstance(data.get("merged"), dict))
        if ok:
            files = {k: v for k, v in data["files"].items() if isinstance(k, str) and isinstance(v, dict)
                     and isinstance(v.get("size"), int) and isinstance(v.get("mtime_ns"), int)
                     and isinstance(v.get("sha256"), str)}
            merged = {k: v for k, v in data["merged"].items() if isinstance(k, str) and isinstance(v, dict)}
            return {"version": RECORD_VERSION, "files": files, "merged": merged}
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    path.replace(path.with_suffix(".json.damaged"))
    return _empty_record()


def _save_record(data_dir: Path, record: dict[str, Any]) -> None:
    from .atomicfile import write_text

    write_text(data_dir / RECORD, json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True))


# -- scanning -------------------------------------------------------------------------------------

def is_temporary(name: str) -> bool:
    """Names sync engines, browsers and office suites give files they are still writing (or hidden files)."""
    lower = name.lower()
    return lower.startswith(TEMP_PREFIXES) or lower.endswith(TEMP_SUFFIXES)


def candidates(folder: Path) -> tuple[list[Path], list[str]]:
    """Bundle files under ``folder`` (hidden and temporary folders skipped) and the names left aside."""
    found, ignored = [], []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not is_temporary(d))
        for name in sorted(files):
            path = Path(root) / name
            rel = path.relative_to(folder).as_posix()
            if is_temporary(name) or not name.lower().endswith(BUNDLE_SUFFIXES) or not path.is_file():
                ignored.append(rel)
            else:
                found.append(path)
    return found, ignored


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def scan(db: Database, data_dir: Path, folder: str | os.PathLike[str] | None = None, *,
         progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
         settle_seconds: float = SETTLE_SECONDS, recheck: bool = False,
         trust: Collection[str] = ()) -> ScanResult:
    """Check and merge every new bundle in the inbox (the remembered folder when ``folder`` is None).

    ``recheck`` merges every bundle again, even those recorded as merged (after restoring a backup
    older than them, say); bundles already in the data file are then reported as known. ``trust``:
    key ids the coordinator recognises; a bundle signed by one of them adds that key to the trusted
    keys and is merged (like ``bundle import --trust-signer``)."""
    from .bundles import BundleRefused, UnknownSigner, merge, read_bundle
    from .signing import trust_public_key

    path = Path(folder).expanduser().resolve() if folder else inbox_folder(data_dir)
    if path is None:
        raise ValidationError(_("No inbox folder is set: choose one first (workshop-kit inbox set FOLDER)."),
                              "folder")
    check_folder(path, data_dir)
    record = load_record(data_dir)
    if recheck:
        record["merged"] = {}
    files, ignored = candidates(path)
    result = ScanResult(str(path), ignored=ignored)
    now = time.time()
    for i, file in enumerate(files):
        if cancelled and cancelled():
            break
        rel = file.relative_to(path).as_posix()
        if progress:
            progress(i, len(files), rel)
        st = file.stat()
        if now - st.st_mtime < settle_seconds:
            result.entries.append(Entry(rel, "waiting"))
            continue
        seen = record["files"].get(rel)
        if seen and seen["size"] == st.st_size and seen["mtime_ns"] == st.st_mtime_ns:
            digest = seen["sha256"]
        else:
            digest = _sha256(file)
            after = file.stat()
            if (after.st_size, after.st_mtime_ns) != (st.st_size, st.st_mtime_ns):
                result.entries.append(Entry(rel, "waiting"))  # changed while it was read
                continue
        if digest in record["merged"]:
            m = record["merged"][digest]
            result.entries.append(Entry(rel, "known", digest, m.get("workshop_id"), m.get("workshop_title"),
                                        m.get("signer")))
            record["files"][rel] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest}
            continue
        try:
            try:
                bundle = read_bundle(file, data_dir)
            except UnknownSigner as exc:
                if exc.key_id not in trust:
                    raise
                trust_public_key(data_dir, exc.public_text)
                bundle = read_bundle(file, data_dir)
            if _sha256(file) != digest:
                result.entries.append(Entry(rel, "waiting"))
                continue
            merged = merge(db, bundle)
        except UnknownSigner as exc:
            result.entries.append(Entry(rel, "refused", digest, signer=exc.key_id, reason=str(exc),
                                        signer_key=exc.public_text))
            continue
        except BundleRefused as exc:
            result.entries.append(Entry(rel, "refused", digest, reason=str(exc)))
            continue
        status = "merged" if merged.changed else "known"
        result.entries.append(Entry(
            rel, status, digest, merged.workshop_id, merged.workshop_title, merged.signer_key_id,
            added={k: v for k, v in merged.added.items() if v}, updated={k: v for k, v in merged.updated.items() if v},
            double_scans=len(merged.double_scans)))
        record["files"][rel] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": digest}
        record["merged"][digest] = {"workshop_id": merged.workshop_id, "workshop_title": merged.workshop_title,
                                    "signer": merged.signer_key_id, "file": rel, "at": now_iso()}
    present = {f.relative_to(path).as_posix() for f in files}
    record["files"] = {k: v for k, v in record["files"].items() if k in present}
    _save_record(data_dir, record)
    if progress:
        progress(len(files), len(files), "")
    return result
