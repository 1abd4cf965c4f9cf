"""Loading and indexing every module (parse + validate + FTS5 index), cold and from the cache.

Target (curricula issue): < 150 ms, or done once and cached. Baseline: reading the same Markdown files
from disk without parsing (what any approach must pay). Corpus: nine modules × three languages.
Run: .venv/bin/python benchmarks/bench_curricula_load.py [--modules 9] [--runs 5]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import median, report
from _curricula_corpus import full_corpus


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--modules", type=int, default=9)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from workshop_kit import curricula
    from workshop_kit.curricula_search import SearchIndex

    corpus = full_corpus(args.modules)
    files = sorted(corpus.glob("*/*.md"))

    def read_only() -> None:
        for f in files:
            f.read_text(encoding="utf-8")

    def cold() -> None:
        catalog = curricula.load_catalog(None, bundled=corpus, cache=False)
        SearchIndex(catalog).close()

    data = Path(tempfile.mkdtemp(prefix="wk-bench-data-"))
    curricula.load_catalog(data, bundled=corpus)  # writes the disk cache

    def warm() -> None:
        curricula._memo.clear()  # a new process: only the disk cache is left
        catalog = curricula.load_catalog(data, bundled=corpus)
        SearchIndex(catalog).close()

    def memo() -> None:
        SearchIndex(curricula.load_catalog(data, bundled=corpus)).close()

    def timed(fn) -> float:  # noqa: ANN001
        out = []
        for _ in range(args.runs):
            t = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t)
        return round(median(out) * 1000, 1)

    cold()  # imports and first-use costs out of the way
    catalog = curricula.load_catalog(None, bundled=corpus, cache=False)
    sections = sum(len(t.sections) for m in catalog.modules.values() for t in m.texts.values())
    report("curricula_load_and_index", modules=len(catalog.modules), files=len(files), sections=sections,
           cold_parse_validate_index_ms=timed(cold), warm_from_disk_cache_ms=timed(warm),
           in_process_ms=timed(memo), target_ms=150, baseline_read_files_ms=timed(read_only))


if __name__ == "__main__":
    main()
