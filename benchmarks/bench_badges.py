"""A sheet of badge cards (Word): a QR picture per card.

Target: 1,000 cards in under 5 s (a large event's registrations printed at once). Baseline, same run:
the same cards with python-docx's own ``add_picture``, which rescans the document for every
picture (the sheet's code before ``docxutil.PictureAdder``), timed on fewer cards and scaled up
linearly — which flatters it, since its cost grows faster than the number of cards.
Run: .venv/bin/python benchmarks/bench_badges.py [--cards 1000] [--naive 300]
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
from pathlib import Path

from _common import fill_participants, report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--naive", type=int, default=300)
    args = parser.parse_args()

    from workshop_kit import badge_cards, docxutil
    from workshop_kit.db import open_database
    from workshop_kit.workshops import create_workshop

    data = Path(tempfile.mkdtemp(prefix="wk-bench-badges-"))
    db = open_database(data, auto_backup=False).db
    workshop, _sessions = create_workshop(db, title="Badges", start="2026-03-10")
    ids = fill_participants(db, args.cards, workshop_id=workshop.id)

    t = time.perf_counter()
    badge_cards.write_badges_docx(db, workshop.id, data / "sheet.docx")
    seconds = time.perf_counter() - t

    class Naive(docxutil.PictureAdder):  # python-docx's add_picture: the next id and name found by scanning
        def add(self, run, data: bytes, width: int) -> None:  # noqa: ANN001
            run.add_picture(io.BytesIO(data), width=width)

    real = docxutil.PictureAdder
    docxutil.PictureAdder = Naive  # type: ignore[misc]
    try:
        t = time.perf_counter()
        badge_cards.write_badges_docx(db, workshop.id, data / "naive.docx", participant_ids=ids[: args.naive])
        naive = time.perf_counter() - t
    finally:
        docxutil.PictureAdder = real  # type: ignore[misc]
    report("badges_docx", cards=args.cards, seconds=round(seconds, 2), target_seconds=5.0,
           baseline_naive_seconds=round(naive * args.cards / args.naive, 2), naive_cards=args.naive)


if __name__ == "__main__":
    main()
