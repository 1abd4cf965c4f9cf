"""Grab every page and every dialog of the app, in French and Arabic, on a fresh demo data folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--langs fr,ar]
                                                                     [--pages a,b] [--no-walk]

Writes ``<out>/<lang>/*.png``: each page (and each tab of a page) at 1366×768, the laptops trainers carry;
the door in kiosk mode; and each dialog at its own size. Dialogs come two ways: scenes set up on purpose
(import wizard steps, duplicates, agenda save preview…) and a walk that presses every enabled button and
menu entry of every page, as ``tests/ui/test_every_button.py`` does, grabbing each dialog that opens and
answering it safely (Cancel, Escape). Used to look at the app as a trainer would; PNGs are reduced to 256
colours so the folder stays small. Prints the kiosk name's pixel size and cap height.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (1366, 768)
MM_PER_PX_14IN = 0.227  # a 14" 1366×768 screen


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--pages", default="")
    parser.add_argument("--langs", default="fr,ar")
    parser.add_argument("--no-walk", action="store_true", help="skip pressing every button")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from ui.app import ensure_app, register_fonts
    from ui.i18n import apply_language
    from ui.main_window import PAGES, MainWindow
    from ui.services import Services
    from workshop_kit import settings as settings_mod
    from workshop_kit.db import open_database
    from workshop_kit.demo import create_demo
    from workshop_kit.paths import database_path

    app = ensure_app([])
    register_fonts()
    wanted = [p for p in args.pages.split(",") if p] or [k for k, _ in PAGES]
    out = Path(args.out)
    for lang in args.langs.split(","):
        # each language on its own fresh data folder: what the walk of one changed does not show in the other
        home = Path(tempfile.mkdtemp(prefix="wk-shots-"))
        os.environ["WORKSHOP_KIT_HOME"] = str(home)
        result = open_database(home, auto_backup=False)
        workshop, _n = create_demo(result.db)
        if "programme" in wanted:
            coordinator_scene(home, Path(tempfile.mkdtemp(prefix="wk-shots-laptops-")))
        day_of_data(result.db, home, workshop.id)
        folder = out / lang
        folder.mkdir(parents=True, exist_ok=True)
        apply_language(app, lang)
        services = Services(data_dir=home, db=result.db, db_path=database_path(home),
                            settings=settings_mod.load(home))
        services.save_settings(language=lang)
        window = MainWindow(services)
        window.resize(*SIZE)
        window.show()
        window.reload_workshops()
        shots = Shots(folder, lang, Path(tempfile.mkdtemp(prefix="wk-shots-files-")))
        scenes(window, result.db, shots, wanted)
        for key in wanted:
            page_shots(window, key, shots)
        if "checkin" in wanted:
            kiosk_shot(window, result.db, shots)
        if not args.no_walk:
            walk(window, shots, wanted)
        settle()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        print(f"{lang}: {len(shots.saved)} pictures", flush=True)
    shrink(out)
    return 0


# -- taking pictures --------------------------------------------------------------------------------------
def settle(rounds: int = 3) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.workers import wait_all

    for _ in range(rounds):
        wait_all(60000)
        for _ in range(20):
            QApplication.processEvents()


def english(text: str, lang: str) -> str:
    """The English source of a translated text (file names stay readable in every language)."""
    from workshop_kit.i18n import catalog

    text = text.replace("&", "").strip()
    reverse = {v.replace("&", "").strip(): k for k, v in catalog(lang).items()}
    return reverse.get(text, text)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "x"


class Shots:
    """Saves pictures under one folder and answers the dialogs that open, grabbing each first."""

    def __init__(self, folder: Path, lang: str, files: Path) -> None:
        from PySide6.QtCore import QTimer

        self.folder, self.lang, self.files = folder, lang, files
        self.saved: list[Path] = []
        self.name = "dialog"
        self.file_dialogs = 0
        self._n = 0
        self.pending = 0
        self._seen: set[int] = set()
        self.respond: Callable | None = None  # a scene's own answer to the next dialog
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._poll)

    def save(self, widget, name: str) -> Path:  # noqa: ANN001
        path = self.folder / f"{name}.png"
        n = 2
        while path in self.saved:
            path = self.folder / f"{name}-{n}.png"
            n += 1
        widget.grab().save(str(path))
        self.saved.append(path)
        print(path, flush=True)
        return path

    def catch(self, name: str, trigger: Callable[[], object], respond: Callable | None = None) -> None:
        """Run ``trigger``; each dialog it opens is grabbed as ``name`` (then name-2…) and answered."""
        self.name, self.respond = name, respond
        self._seen.clear()
        gc.collect()  # Qt wrappers in garbage cycles are freed here, not while a worker runs (as in the tests)
        self.timer.start()
        try:
            trigger()
            settle()
            self._drain()
        finally:
            self.timer.stop()
            self.respond = None

    def _drain(self) -> None:
        """Wait for the dialogs already seen to be grabbed, so a late one keeps the name of what opened it."""
        import time

        from PySide6.QtWidgets import QApplication

        quiet = time.monotonic() + 0.5  # a box a finished worker opens is seen by the next polls
        while time.monotonic() < quiet:
            QApplication.processEvents()
            time.sleep(0.01)
        deadline = time.monotonic() + 10
        while self.pending and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        settle(1)

    def _poll(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible() and id(w) not in self._seen:
                self._seen.add(id(w))
                self.pending += 1
                QTimer.singleShot(250, lambda w=w: self._answer(w))

    def _answer(self, w) -> None:  # noqa: ANN001
        from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
        from shiboken6 import isValid

        self.pending -= 1
        if not isValid(w) or not w.isVisible():
            return
        if isinstance(w, QFileDialog):
            self.file_dialogs += 1
            if self.file_dialogs <= 1 or self.name.startswith(("menu--", "checkin--")):  # Qt's own, translated
                self.save(w, f"{self.name}--file-dialog")
        else:
            self.save(w, self.name)
        if self.respond is not None:
            respond, self.respond = self.respond, None
            respond(w)
            return
        if isinstance(w, QMessageBox):
            escape = w.escapeButton()
            escape.click() if escape is not None else w.reject()
        elif isinstance(w, QFileDialog) and w.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
            self._n += 1
            ext = re.search(r"\*\.(\w+)", w.selectedNameFilter() or "")
            w.selectFile(str(self.files / f"saved-{self._n}.{ext.group(1) if ext else 'out'}"))
            w.accept()
        elif isinstance(w, QInputDialog):
            w.reject()
        else:
            w.reject()


def page_shots(window, key: str, shots: Shots) -> None:  # noqa: ANN001
    """The page at 1366×768, then each of its tabs."""
    from PySide6.QtWidgets import QTabWidget

    page = window.show_section(key)
    settle()
    if key == "programme":
        grab_programme(page)
    tabs = next((t for t in page.findChildren(QTabWidget) if t.isVisible()), None)
    if tabs is None:
        shots.save(window, key)
        return
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        settle(1)
        shots.save(window, key if i == 0 else f"{key}-{slug(english(tabs.tabText(i), shots.lang))}")
    tabs.setCurrentIndex(0)


# -- the data a day leaves behind ------------------------------------------------------------------------
def day_of_data(db, home: Path, workshop_id: str) -> None:  # noqa: ANN001
    """Attendance for everyone (so certificates can be issued), a correction in the grid, a backup, a
    near-duplicate registration, issued certificates: what the dialogs have to show."""
    from sqlite_utils import Database

    from workshop_kit import attendance, certificates
    from workshop_kit import backup as backup_mod
    from workshop_kit import participants as P
    from workshop_kit.paths import database_path

    g = attendance.grid(db, workshop_id)
    for i, row in enumerate(g.rows):
        for j, s in enumerate(g.sessions):
            status = "absent" if (i == 1 and j > 1) else "late" if (i == 2 and j < 3) else "present"
            attendance.set_status(db, s.id, row.participant.id, status, actor="door")
    first = g.rows[0].participant.id
    attendance.set_status(db, g.sessions[0].id, first, "absent", actor="trainer")
    attendance.set_status(db, g.sessions[0].id, first, "excused", actor="trainer")
    p = g.rows[0].participant
    P.add_participant(db, actor="app", first_name=(p.first_name or "Fatima").lower(), last_name=p.last_name,
                      first_name_ar=p.first_name_ar, last_name_ar=p.last_name_ar, consent_data=True)
    certificates.generate(db, home, workshop_id, Path(tempfile.mkdtemp(prefix="wk-shots-certs-")))
    conn = Database(database_path(home)).conn
    backup_mod.make_backup(conn, database_path(home), reason="manual", keep=10)
    conn.close()


def coordinator_scene(home: Path, root: Path) -> None:
    """Three trainers' laptops (real data folders) export signed bundles into an inbox folder, which
    also holds a tampered copy and a sync engine's temporary file; the coordinator (``home``) trusts
    the laptops and points the inbox at the folder."""
    import random
    import shutil
    import time
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
    old = time.time() - 600
    for p in box.iterdir():
        os.utime(p, (old, old))
    inbox.set_inbox_folder(home, box)


def grab_programme(page) -> None:  # noqa: ANN001
    """Scan the inbox with the page's own button, then wait for the figures."""
    page._show_folder()
    page.scan_button.click()
    settle()


# -- scenes set up on purpose ----------------------------------------------------------------------------
def kiosk_shot(window, db, shots: Shots) -> None:  # noqa: ANN001
    """The door in kiosk mode at 1366×768, right after a participant scanned a badge; prints the name's size."""
    from PySide6.QtGui import QFontInfo, QFontMetrics

    from workshop_kit import attendance, badges

    page = window.show_section("checkin")
    page.sound_box.setChecked(False)
    page.kiosk_button.setChecked(True)
    window.showNormal()  # the offscreen screen is 800×600: full screen on a trainer's laptop is 1366×768
    window.resize(*SIZE)
    workshop_id = window.services.state.current_workshop_id
    g = attendance.grid(db, workshop_id)
    person = g.rows[3 if shots.lang == "fr" else 4].participant  # someone not yet in: a welcome, not a warning
    for s in g.sessions:
        attendance.set_status(db, s.id, person.id, None, actor="door")
    token = badges.ensure_badges(db, workshop_id)[person.id].token
    page.scan(token, "scanner")
    settle(1)
    shots.save(window, "checkin-kiosk")
    page.headline.ensurePolished()
    font = page.headline.font()
    px, cap = QFontInfo(font).pixelSize(), QFontMetrics(font).capHeight()
    top, bottom = ink_rows(page.headline)
    print(f"kiosk name: font {px} px, cap height {cap} px = {cap * MM_PER_PX_14IN:.1f} mm on a 14\" 1366×768 "
          f"screen; ink {bottom - top + 1} px high", flush=True)
    page.scan(token, "scanner")  # the same badge again: amber
    settle(1)
    shots.save(window, "checkin-kiosk-again")
    page.kiosk_button.setChecked(False)
    window.resize(*SIZE)


def ink_rows(label) -> tuple[int, int]:  # noqa: ANN001
    image = label.grab().toImage()
    bg = image.pixel(2, 2)
    rows = [y for y in range(image.height()) if any(image.pixel(x, y) != bg for x in range(0, image.width(), 2))]
    return (rows[0], rows[-1]) if rows else (0, -1)


def scenes(window, db, shots: Shots, wanted: list[str]) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    if "participants" in wanted:
        import_wizard_steps(window, shots)
        window.show_section("participants")
        from ui.dialogs.duplicates import DuplicatesDialog

        dialog = DuplicatesDialog(window.services, window)
        dialog.show()
        settle()
        if dialog.pairs.count():
            dialog.pairs.setCurrentRow(0)
        settle(1)
        shots.save(dialog, "participants--duplicates")
        dialog.reject()
    if "curricula" in wanted:
        agenda_dialog_shot(window, db, shots)
    if "checkin" in wanted:
        door_scene(window, shots)
    window.showNormal()
    window.resize(*SIZE)
    from ui.errorhook import ErrorHook

    hook = ErrorHook(lambda: window)
    shots.catch("error--something-went-wrong", lambda: hook._show(*_bug_box()))
    QApplication.processEvents()


def door_scene(window, shots: Shots) -> None:  # noqa: ANN001
    """A name typed at the door: the list of matches, then the dialogs of the person buttons."""
    page = window.show_section("checkin")
    page.sound_box.setChecked(False)
    page.search.setText("a")
    page.run_search()
    settle(1)
    shots.save(window, "checkin-search")
    shots.catch("checkin--revoke-badge", page.revoke_badge_button.click)
    shots.catch("checkin--print-badges", page.print_button.click, respond=lambda w: w.reject())
    page.check_button.click()
    settle(1)
    shots.save(window, "checkin-after-search")
    page.search.setText("a")
    page.run_search()
    shots.catch("checkin--replace-lost-badge", page.replace_button.click)
    settle(1)
    shots.save(window, "checkin-badge-replaced")


def _bug_box() -> tuple:
    """What the error path shows for a bug (the text of ``ErrorHook``, without writing the log)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.errorhook import tr

    return (QMessageBox.Critical, tr(
        "Something went wrong ({kind}); what you were doing may not have been saved. The details are in "
        "the log; to send them, use Help → Save a problem report.").format(kind="RuntimeError"))


def import_wizard_steps(window, shots: Shots) -> None:  # noqa: ANN001
    """The three steps of the import wizard on a real spreadsheet export (French headers)."""
    from ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(window.services, window.services.state.current_workshop_id, window,
                          path=str(ROOT / "tests" / "fixtures" / "participants-excel-fr.csv"))
    wizard.show()
    settle()
    for step in (1, 2, 3):
        shots.save(wizard, f"participants--import-step{step}")
        if step < 3:
            wizard.next()
            settle()
    wizard.reject()


def agenda_dialog_shot(window, db, shots: Shots) -> None:  # noqa: ANN001
    """What saving the agenda will change, after two modules were placed."""
    from ui.dialogs.agenda_save import AgendaSaveDialog

    tab = window.show_section("curricula").agenda_tab
    day1, day2 = tab.agenda.days[:2]
    tab.place("m04-protection", 0, day1)
    tab.place("m05-personal-data", 0, day2)
    dialog = AgendaSaveDialog(db, tab.agenda, window)
    dialog.resize(760, 560)
    dialog.show()
    settle(1)
    shots.save(dialog, "curricula--agenda-save")
    dialog.close()
    tab.reload()


# -- the walk: every enabled button and menu entry -------------------------------------------------------
def UrlCatcher():  # noqa: ANN201, N802 - a QObject with a slot, built once Qt is imported
    from PySide6.QtCore import QObject, QUrl, Slot

    class Catcher(QObject):
        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            pass

    return Catcher()


def walk(window, shots: Shots, wanted: list[str]) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QDialog,
        QPushButton,
        QTabWidget,
        QToolButton,
    )

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")  # folders are not opened here
    skip = {"Quit", "Full screen", "Start the camera"}
    for key in wanted:
        page = window.show_section(key)
        settle()
        if key == "certificates":
            page.make_tab.pdf.setChecked(False)
            page.make_tab.folder.setText(str(shots.files / "certificates"))
        tabs = next((t for t in page.findChildren(QTabWidget) if t.isVisible()), None)
        for t in range(tabs.count() if tabs else 1):
            done: set[int] = set()
            while True:
                if tabs:
                    tabs.setCurrentIndex(t)
                QApplication.processEvents()
                for view in page.findChildren(QAbstractItemView):
                    model = view.model()
                    if view.isVisible() and model is not None and model.rowCount() and not view.currentIndex().isValid():
                        view.setCurrentIndex(model.index(0, 0))
                todo = [b for b in page.findChildren(QAbstractButton)
                        if isinstance(b, QPushButton | QToolButton) and b.isVisible() and b.isEnabled() and b.text() and id(b) not in done
                        and not isinstance(b.window(), QDialog)]
                if not todo:
                    break
                button = todo[0]
                done.add(id(button))
                source = english(button.text(), shots.lang)
                if source.rstrip("…. ") in skip:
                    continue
                shots.catch(f"{key}--{slug(source)}", button.click)
                if button.isCheckable() and button.isChecked():
                    button.click()
                window.showNormal()
                window.resize(*SIZE)
    for menu in (a.menu() for a in window.menuBar().actions() if a.menu() is not None):
        for action in menu.actions():
            if action.isSeparator() or not action.isEnabled() or action.menu() is not None:
                continue
            source = english(action.text(), shots.lang)
            if source == QCoreApplication.translate("MainWindow", "Quit") or source.rstrip("…") in ("Quit",):
                continue
            shots.catch(f"menu--{slug(source)}", action.trigger)
    QDesktopServices.unsetUrlHandler("file")


def shrink(out: Path) -> None:
    """256 colours: the pictures are flat UI, and the folder stays a few MB. A "-2" picture identical to the
    one before it (the same dialog met by a scene and by the walk) is dropped."""
    from PIL import Image, ImageChops

    for path in sorted(out.rglob("*.png")):
        if path.parent.name not in ("fr", "ar"):
            continue
        with Image.open(path) as image:
            rgb = image.convert("RGB")
        first = re.sub(r"-\d+$", "", path.stem)
        twin = path.with_name(f"{first}.png")
        if first != path.stem and twin.exists():
            with Image.open(twin) as other:
                same = other.convert("RGB").size == rgb.size and ImageChops.difference(other.convert("RGB"), rgb).getbbox() is None
            if same:
                path.unlink()
                continue
        rgb.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)


if __name__ == "__main__":
    sys.exit(main())
