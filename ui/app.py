"""The one QApplication: translators, layout direction, opening the database, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop_kit import APP_NAME, __version__
from workshop_kit import settings as settings_mod
from workshop_kit.db import DatabaseDamaged, DatabaseInUse, DataFileMissing, InstanceLock, open_database
from workshop_kit.errors import WorkshopKitError
from workshop_kit.paths import resource

from .i18n import apply_language
from .services import Services


def tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Al Wassit")
    icon = resource("assets", "icons", "app.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_fonts()
    from .gc_guard import install_main_thread_gc
    from .widgets import install_wheel_guard

    install_wheel_guard(app)
    install_main_thread_gc(app)
    return app


_fonts_registered = False


def register_fonts() -> None:
    """Make the bundled Noto fonts available to Qt.

    A laptop may have no Arabic font at all (or one without every style: Arabic text in italics came
    out as empty boxes with only DejaVu installed); with these registered, Qt's fallback always finds
    Noto Naskh Arabic for Arabic script and synthesises the styles it lacks.
    """
    global _fonts_registered
    if _fonts_registered:
        return
    from PySide6.QtGui import QFontDatabase

    for path in sorted(resource("assets", "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    _fonts_registered = True


def ask_passphrase(path: Path, parent=None, attempts: int = 3) -> bool:  # noqa: ANN001
    """Ask for the passphrase of an encrypted data folder; False when the user gives up."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from workshop_kit import dbconnect

    prompt = tr("This data folder is encrypted. Passphrase:")
    for _attempt in range(attempts):
        text, ok = QInputDialog.getText(parent, APP_NAME, prompt, QLineEdit.Password)
        if not ok:
            return False
        try:
            dbconnect.unlock(path, text)
            return True
        except dbconnect.WrongPassphrase:
            prompt = tr("Wrong passphrase (check the keyboard layout and Caps Lock). Passphrase:")
    return False


def restore_chosen_backup(data_dir: Path, parent=None):  # noqa: ANN001, ANN201
    """Restore the backup chosen in Settings while the app was open (it could not replace its own file).

    Returns (backup used, file kept) or None; a restore that fails is said, and the app opens the data
    file as it is.
    """
    from workshop_kit import dbconnect
    from workshop_kit.backup import run_scheduled_restore
    from workshop_kit.paths import database_path

    try:
        return run_scheduled_restore(database_path(data_dir))
    except (DatabaseInUse, dbconnect.PassphraseNeeded):
        raise
    except WorkshopKitError as exc:
        QMessageBox.warning(parent, APP_NAME, tr("The backup you chose could not be restored; the data file "
                                                 "was not changed.") + "\n\n" + str(exc))
        return None


def open_services(data_dir: Path, parent=None) -> Services | None:  # noqa: ANN001
    """Open the data file for the app; asks the passphrase of an encrypted folder; on damage, offers a backup."""
    from workshop_kit import dbconnect
    from workshop_kit.backup import backup_time, restore_backup

    from .widgets import ltr_text

    restored = None
    try:
        # The header only here (its cost does not grow with the file); the full integrity_check runs
        # in a worker right after the first paint (MainWindow) and reports a damaged file then.
        try:
            restored = restore_chosen_backup(data_dir, parent)
            result = open_database(data_dir, lock=True, auto_backup=False, check="header")
        except dbconnect.PassphraseNeeded as exc:
            if not ask_passphrase(exc.path, parent):
                InstanceLock.release_all()
                return None
            restored = restored or restore_chosen_backup(data_dir, parent)
            result = open_database(data_dir, lock=True, auto_backup=False, check="header")
    except DatabaseInUse as exc:
        QMessageBox.critical(parent, APP_NAME, str(exc))
        return None
    except DatabaseDamaged as exc:
        if exc.newest_backup is None:
            QMessageBox.critical(parent, APP_NAME, str(exc))
            return None
        if isinstance(exc, DataFileMissing):
            question = tr("The data file {path} is missing or empty, but backups of it exist.\n\nRestore the "
                          "newest good backup ({name})?").format(path=ltr_text(exc.path), name=ltr_text(exc.newest_backup.name))
        else:
            question = tr("The data file is damaged ({detail}).\n\nRestore the newest good backup ({name})? "
                          "The damaged file is kept beside it.").format(detail=exc.detail, name=ltr_text(exc.newest_backup.name))
        answer = QMessageBox.question(parent, APP_NAME, question)
        if answer != QMessageBox.Yes:
            return None
        try:
            restore_backup(exc.path, exc.newest_backup)
            result = open_database(data_dir, lock=True, auto_backup=False)
        except WorkshopKitError as again:
            QMessageBox.critical(parent, APP_NAME, str(again))
            return None
    except WorkshopKitError as exc:
        QMessageBox.critical(parent, APP_NAME, str(exc))
        return None
    # Exports are offered in the home folder: remove what a killed export left there (the data folder's
    # own temporary files were removed by open_database).
    from workshop_kit.atomicfile import clean_stale

    clean_stale(Path.home())
    if restored is not None:
        used, kept = restored
        when = backup_time(used)
        text = tr("The backup of {time} was restored as you asked.").format(
            time=ltr_text(when.strftime("%Y-%m-%d %H:%M") if when else used.name))
        if kept is not None:
            text += "\n\n" + tr("The data as it was before is kept in {path}.").format(path=ltr_text(str(kept)))
        QMessageBox.information(parent, APP_NAME, text)
    return Services(data_dir=data_dir, db=result.db, db_path=result.path, settings=settings_mod.load(data_dir))


def run(data_dir: Path, argv: list[str] | None = None, *, show: bool = True) -> int:
    app = ensure_app(argv)
    apply_language(app, settings_mod.load(data_dir).get("language", "fr"))
    services = open_services(data_dir)
    if services is None:
        return 1
    from workshop_kit import problemlog

    from . import errorhook
    from .main_window import MainWindow

    problemlog.setup(data_dir).info("started %s", __version__)
    holder: dict[str, MainWindow] = {"window": MainWindow(services)}
    window = holder["window"]
    errorhook.install(lambda: holder["window"])  # one error path: logged, then a dialog

    def relanguage(lang: str) -> None:
        """Rebuild the window in the new language (and direction) without restarting."""
        old = holder["window"]
        apply_language(app, lang)
        new = MainWindow(services)
        new.show_for_screen()
        holder["window"] = new
        old.close()
        old.deleteLater()

    services.state.languageChangeRequested.connect(relanguage)
    if show:
        window.show_for_screen()
    if os.environ.get("WORKSHOP_KIT_QUIT_AFTER_PAINT"):
        # Used by the start-up benchmark: quit as soon as the first frame is painted.
        window.firstPainted.connect(app.quit)
    visit = {"failed": []}
    if os.environ.get("WORKSHOP_KIT_VISIT_PAGES"):
        # Used by the frozen-build check: open every page once, then quit (exit 1 if one is missing).
        def visit_pages() -> None:
            from .main_window import PAGES

            for key, _spec in PAGES:
                try:
                    page = window.show_section(key)
                    app.processEvents()
                except Exception as exc:  # noqa: BLE001 - reported as a failed page
                    visit["failed"].append(f"{key}: {exc}")
                    continue
                if page is None:
                    visit["failed"].append(f"{key}: not in this build")
                print(f"page {key}: {'ok' if not visit['failed'] or not visit['failed'][-1].startswith(key) else 'FAILED'}")
            app.quit()

        window.firstPainted.connect(visit_pages)
    code = app.exec()
    if visit["failed"]:
        print("\n".join(visit["failed"]), file=sys.stderr)
        code = code or 1
    services.db.conn.close()
    InstanceLock.release_all()
    return code
