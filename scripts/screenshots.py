"""Grab every page of the app, in French and Arabic, on a fresh demo data folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--pages a,b]

Used to look at the app as a trainer would and to refresh the README pictures. The window is
1366×768, the size of the laptops trainers carry.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--pages", default="")
    parser.add_argument("--langs", default="fr,ar")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="wk-shots-"))
    os.environ["WORKSHOP_KIT_HOME"] = str(home)

    from PySide6.QtWidgets import QApplication

    from ui.app import ensure_app
    from ui.i18n import apply_language
    from ui.main_window import PAGES, MainWindow
    from ui.services import Services
    from workshop_kit import settings as settings_mod
    from workshop_kit.db import open_database
    from workshop_kit.demo import create_demo
    from workshop_kit.paths import database_path

    result = open_database(home, auto_backup=False)
    create_demo(result.db)
    app = ensure_app([])
    if not args.pages or "programme" in args.pages.split(","):
        coordinator_scene(home, Path(tempfile.mkdtemp(prefix="wk-shots-laptops-")))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    wanted = [p for p in args.pages.split(",") if p] or [k for k, _ in PAGES]
    for lang in args.langs.split(","):
        apply_language(app, lang)
        services = Services(data_dir=home, db=result.db, db_path=database_path(home), settings=settings_mod.load(home))
        window = MainWindow(services)
        window.resize(1366, 768)
        window.show()
        for key in wanted:
            page = window.show_section(key)
            for _ in range(20):
                QApplication.processEvents()
            if key == "programme":
                grab_programme(page)
            path = out / f"{key}-{lang}.png"
            window.grab().save(str(path))
            print(path)
        if "checkin" in wanted:
            print(kiosk_shot(window, result.db, out, lang))
        if "curricula" in wanted:
            print(agenda_dialog_shot(window, result.db, out, lang))
        from ui.workers import wait_all

        wait_all(10000)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return 0


def coordinator_scene(home: Path, root: Path) -> None:
    """Three trainers' laptops (real data folders) export signed bundles into an inbox folder, which
    also holds a tampered copy and a sync engine's temporary file; the coordinator (``home``) trusts
    the laptops and points the inbox at the folder."""
    import random
    import shutil
    import zipfile
    from datetime import date

    from workshop_kit import bundles, inbox, signing
    from workshop_kit.attendance import grid, set_status
    from workshop_kit.db import open_database
    from workshop_kit.demo import create_demo
    from workshop_kit.quizscores import record_score
    from workshop_kit.workshops import update_workshop

    box = root / "inbox"
    box.mkdir(parents=True)
    rnd = random.Random(19)
    places = [("Rabat", "CEFA", date(2026, 3, 10)), ("Oujda", "Caritas", date(2026, 4, 14)),
              ("Tanger", "GADEM", date(2026, 5, 19))]
    for i, (city, partner, start) in enumerate(places):
        folder = root / f"laptop-{i}"
        db = open_database(folder, auto_backup=False).db
        w, _n = create_demo(db, start)
        update_workshop(db, w.id, title=f"Atelier Al Wassit — {city}", city=city, partner=partner)
        g = grid(db, w.id)
        for s in g.sessions[: 3 + i]:
            for row in g.rows:
                if rnd.random() < 0.8:
                    set_status(db, s.id, row.participant.id, "present")
        for row in g.rows:
            pre = rnd.randrange(3, 7)
            record_score(db, w.id, row.participant.id, "m01-migration-terms", pre=pre,
                         post=min(10, pre + rnd.randrange(1, 5)), max_score=10)
        bundles.export_bundle(db, folder, w.id, box / f"{city.lower()}.zip")
        db.conn.close()
        signing.trust_public_key(home, (folder / "keys" / "organisation.pub").read_text(encoding="utf-8"))
    with zipfile.ZipFile(box / "oujda.zip") as zin, zipfile.ZipFile(box / "oujda-modifie.zip", "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, data.replace(b'"present"', b'"excused"', 1) if info.filename == "attendance.json"
                          else data)
    shutil.copyfile(box / "rabat.zip", box / ".syncthing.rabat-2.zip.tmp")
    old = __import__("time").time() - 600
    for p in box.iterdir():
        __import__("os").utime(p, (old, old))
    inbox.set_inbox_folder(home, box)


def grab_programme(page) -> None:  # noqa: ANN001
    """Scan the inbox with the page's own button, then wait for the figures."""
    from PySide6.QtWidgets import QApplication

    from ui.workers import wait_all

    page._show_folder()
    page.scan_button.click()
    for _ in range(3):
        wait_all(60000)
        for _ in range(50):
            QApplication.processEvents()


def kiosk_shot(window, db, out: Path, lang: str) -> Path:  # noqa: ANN001
    """The door in kiosk mode at 1366×768, right after a participant scanned a badge."""
    from PySide6.QtWidgets import QApplication

    from workshop_kit import badges

    page = window.show_section("checkin")
    page.sound_box.setChecked(False)
    page.kiosk_button.setChecked(True)
    window.showNormal()  # the offscreen screen is 800×600: full screen on a trainer's laptop is 1366×768
    window.resize(1366, 768)
    token = next(iter(badges.ensure_badges(db, window.services.state.current_workshop_id).values())).token
    page.scan(token, "scanner")
    for _ in range(20):
        QApplication.processEvents()
    path = out / f"checkin-kiosk-{lang}.png"
    window.grab().save(str(path))
    page.kiosk_button.setChecked(False)
    return path


def agenda_dialog_shot(window, db, out: Path, lang: str) -> Path:  # noqa: ANN001
    """What saving the agenda will change, after two modules were placed."""
    from PySide6.QtWidgets import QApplication

    from ui.dialogs.agenda_save import AgendaSaveDialog

    tab = window.show_section("curricula").agenda_tab
    day1, day2 = tab.agenda.days[:2]
    tab.place("m04-protection", 0, day1)
    tab.place("m05-personal-data", 0, day2)
    dialog = AgendaSaveDialog(db, tab.agenda, window)
    dialog.resize(760, 560)
    dialog.show()
    for _ in range(20):
        QApplication.processEvents()
    path = out / f"agenda-save-{lang}.png"
    dialog.grab().save(str(path))
    dialog.close()
    tab.reload()
    return path


if __name__ == "__main__":
    sys.exit(main())
