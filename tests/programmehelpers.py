"""A small programme made the way it happens: three trainers' laptops (real data folders) export signed
bundles, a coordinator merges them. The figures in the tests are computed by hand from this story.

- Laptop A (Rabat, partner GADEM), workshop "Rabat mars" 2026-03-10, 2 sessions, module droits-base.
  Enrolled P1 (F 1990 MA), P2 (M 2000 SN), P3 (F 1985 CI), P4 (F, never comes).
  Session 1: P1 present, P2 present, P3 late. Session 2: P1 present, P2 excused.
- Laptop B (Oujda, partner Caritas) got A's bundle first, so P1 is the same person there.
  Workshop "Oujda avril" 2026-04-14, 2 sessions, module acces-sante. Enrolled P1, P5 (M 1995 MA),
  P6 (F 2010 SN), P7 (M, never comes). Session 1: P1, P5, P6 present; session 2 not held.
  Quiz acces-sante (out of 10): P1 6→7, P5 4→8, P6 5→9.
- Laptop C (partner GADEM, city written "rabat "), workshop "Rabat juin" 2026-06-02, nobody came yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workshop_kit import bundles, signing
from workshop_kit.attendance import set_status
from workshop_kit.db import open_database
from workshop_kit.participants import add_participant, enrol
from workshop_kit.quizscores import record_score
from workshop_kit.workshops import create_workshop


@dataclass
class Laptops:
    a: Path  # bundle files
    b: Path
    c: Path
    dirs: tuple[Path, Path, Path]
    people: dict[str, str]  # P1.. → participant id
    workshops: dict[str, str]  # a, b, c → workshop id


def person(db, first: str, gender: str, birth: int | None, nationality: str | None) -> str:
    return add_participant(db, first_name=first, last_name="Test", gender=gender, birth_year=birth,
                           nationality=nationality, consent_data=True).id


def make_laptops(root: Path) -> Laptops:
    """Three real data folders, each exporting one signed bundle into ``root/out``."""
    out = root / "out"
    out.mkdir(parents=True, exist_ok=True)
    dir_a, dir_b, dir_c = root / "laptop-a", root / "laptop-b", root / "laptop-c"
    people: dict[str, str] = {}

    db = open_database(dir_a, auto_backup=False).db
    wa, sa = create_workshop(db, title="Rabat mars", start="2026-03-10", days=1, sessions_per_day=2, city="Rabat",
                             partner="GADEM", modules=["droits-base"])
    for key, first, g, birth, nat in (("P1", "Amina", "F", 1990, "MA"), ("P2", "Moussa", "M", 2000, "SN"),
                                      ("P3", "Awa", "F", 1985, "CI"), ("P4", "Salma", "F", None, None)):
        people[key] = person(db, first, g, birth, nat)
        enrol(db, wa.id, people[key])
    for s, key, status in ((0, "P1", "present"), (0, "P2", "present"), (0, "P3", "late"),
                           (1, "P1", "present"), (1, "P2", "excused")):
        set_status(db, sa[s].id, people[key], status)
    bundles.export_bundle(db, dir_a, wa.id, out / "rabat-mars.zip")
    db.conn.close()

    db = open_database(dir_b, auto_backup=False).db
    bundles.import_bundle(db, dir_b, out / "rabat-mars.zip", trust=True)
    wb, sb = create_workshop(db, title="Oujda avril", start="2026-04-14", days=1, sessions_per_day=2, city="Oujda",
                             partner="Caritas", modules=["acces-sante"])
    enrol(db, wb.id, people["P1"])
    for key, first, g, birth, nat in (("P5", "Yassine", "M", 1995, "MA"), ("P6", "Fatou", "F", 2010, "SN"),
                                      ("P7", "Karim", "M", None, None)):
        people[key] = person(db, first, g, birth, nat)
        enrol(db, wb.id, people[key])
    for key in ("P1", "P5", "P6"):
        set_status(db, sb[0].id, people[key], "present")
    for key, pre, post in (("P1", 6, 7), ("P5", 4, 8), ("P6", 5, 9)):
        record_score(db, wb.id, people[key], "acces-sante", pre=pre, post=post, max_score=10)
    bundles.export_bundle(db, dir_b, wb.id, out / "oujda-avril.zip")
    db.conn.close()

    db = open_database(dir_c, auto_backup=False).db
    wc, _s = create_workshop(db, title="Rabat juin", start="2026-06-02", days=1, sessions_per_day=2, city="rabat ",
                             partner="gadem", modules=["droits-base"])
    bundles.export_bundle(db, dir_c, wc.id, out / "rabat-juin.zip")
    db.conn.close()
    return Laptops(out / "rabat-mars.zip", out / "oujda-avril.zip", out / "rabat-juin.zip", (dir_a, dir_b, dir_c),
                   people, {"a": wa.id, "b": wb.id, "c": wc.id})


def trust_laptops(coordinator_dir: Path, laptops: Laptops) -> None:
    """The coordinator trusts the three laptops' public keys (keys/organisation.pub)."""
    for d in laptops.dirs:
        signing.trust_public_key(coordinator_dir, (d / "keys" / "organisation.pub").read_text(encoding="utf-8"))
