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
from workshop_kit.db import DatabaseDamaged, DatabaseInUse, InstanceLock, open_database
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
    from .widgets import install_wheel_guard

    install_wheel_guard(app)
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


def open_services(data_dir: Path, parent=None) -> Services | None:  # noqa: ANN001
    """Open the data file for the app; on damage, offer to restore the newest good backup."""
    from workshop_kit.backup import restore_backup

    try:
        # The header only here (its cost does not grow with the file); the full integrity_check runs
        # in a worker right after the first paint (MainWindow) and reports a damaged file then.
        result = open_database(data_dir, lock=True, auto_backup=False, check="header")
    except DatabaseInUse as exc:
        QMessageBox.critical(parent, APP_NAME, str(exc))
        return None
    except DatabaseDamaged as exc:
        if exc.newest_backup is None:
            QMessageBox.critical(parent, APP_NAME, str(exc))
            return None
        answer = QMessageBox.question(
            parent,
            APP_NAME,
            tr("The data file is damaged ({detail}).\n\nRestore the newest good backup ({name})? "
               "The damaged file is kept beside it.").format(detail=exc.detail, name=exc.newest_backup.name),
        )
        if answer != QMessageBox.Yes:
            return None
        InstanceLock.release_all()
        restore_backup(exc.path, exc.newest_backup)
        result = open_database(data_dir, lock=True, auto_backup=False)
    except WorkshopKitError as exc:
        QMessageBox.critical(parent, APP_NAME, str(exc))
        return None
    return Services(data_dir=data_dir, db=result.db, db_path=result.path, settings=settings_mod.load(data_dir))


def run(data_dir: Path, argv: list[str] | None = None, *, show: bool = True) -> int:
    app = ensure_app(argv)
    apply_language(app, settings_mod.load(data_dir).get("language", "fr"))
    services = open_services(data_dir)
    if services is None:
        return 1
    from .main_window import MainWindow

    holder: dict[str, MainWindow] = {"window": MainWindow(services)}
    window = holder["window"]

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
            from .main_window import PAGES, _NotReadyPage

            for key, _spec in PAGES:
                try:
                    page = window.show_section(key)
                    app.processEvents()
                except Exception as exc:  # noqa: BLE001 - reported as a failed page
                    visit["failed"].append(f"{key}: {exc}")
                    continue
                if isinstance(page, _NotReadyPage):
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
