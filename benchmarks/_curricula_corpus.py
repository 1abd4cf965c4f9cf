"""A curricula folder the size of the full programme (nine modules × three languages) for benchmarks.

Until every module is written, the bundled ones are copied under new ids (m11-…, m21-…) so the
figures are measured on the volume the app will carry, not on what happens to be bundled today.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from _common import ROOT


def full_corpus(modules: int = 9) -> Path:
    bundled = sorted(p for p in (ROOT / "curricula").iterdir() if (p / "fr.md").exists())
    root = Path(tempfile.mkdtemp(prefix="wk-bench-curricula-"))
    n = 0
    copy = 0
    while n < modules:
        for src in bundled:
            if n >= modules:
                break
            new_id = src.name if copy == 0 else f"m{copy}{src.name[1:]}"
            shutil.copytree(src, root / new_id)
            if copy:
                for f in (root / new_id).glob("*.md"):
                    f.write_text(f.read_text(encoding="utf-8").replace(f"id: {src.name}", f"id: {new_id}"),
                                 encoding="utf-8")
            n += 1
        copy += 1
    return root
