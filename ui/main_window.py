"""Main window: a section list on the side, pages created lazily, the current workshop on top."""

from __future__ import annotations

import importlib
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from workshop_kit import backup as backup_mod
from workshop_kit import dbconnect
from workshop_kit.changes import ChangeSet
from workshop_kit.db import BUSY_TIMEOUT_MS
from workshop_kit.errors import WorkshopKitError
from workshop_kit.workshops import list_workshops

from .jobs import Job, run_job
from .lifetime import alive
from .services import Services
from .widgets import ltr_text
from .workers import run_task, show_error

# (key, "module:Class"). Pages are imported when first shown: start-up only builds the first one.
PAGES: list[tuple[str, str]] = [
    ("workshops", "ui.pages.workshops:WorkshopsPage"),
    ("curricula", "ui.pages.curricula:CurriculaPage"),
    ("participants", "ui.pages.participants:ParticipantsPage"),
    ("checkin", "ui.pages.checkin:CheckinPage"),
    ("attendance", "ui.pages.attendance:AttendancePage"),
    ("certificates", "ui.pages.certificates:CertificatesPage"),
    ("programme", "ui.pages.programme:ProgrammePage"),
    ("settings", "ui.pages.settings:SettingsPage"),
]


FILES_CHECK_MS = 5000


class MainWindow(QMainWindow):
    firstPainted = Signal()

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self._pages: dict[str, QWidget] = {}
        self._painted = False
        self.integrity_problem: str | None = None
        self.last_problem_report: Path | None = None
        self.setWindowTitle(self.tr("Workshop Kit"))
        self.setMinimumSize(QSize(1000, 640))

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet(
            "QListWidget#nav { font-size: 14px; border: none; background: palette(alternate-base); }"
            " QListWidget#nav::item { padding: 10px 12px; }"
        )
        for key, _spec in PAGES:
            item = QListWidgetItem(self.section_title(key))
            item.setData(Qt.UserRole, key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_menu()
        self._build_status_bar()
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        services.state.dataChanged.connect(self._on_data_changed)
        services.state.workshopChanged.connect(self._show_current_workshop)
        self._backup_timer = QTimer(self)
        self._backup_timer.timeout.connect(self.backup_now)
        minutes = int(services.settings.get("backup_interval_minutes", 15) or 15)
        self._backup_timer.start(max(1, minutes) * 60_000)
        # Another program may replace the data file or remove its write-ahead log while the window
        # is open; say so at once rather than at the next write (``SafeDatabase.check_files``).
        self._files_timer = QTimer(self, interval=FILES_CHECK_MS, timeout=self.check_files)
        self._files_timer.start()

    # -- sections -------------------------------------------------------------------------
    def section_title(self, key: str) -> str:
        return {
            "workshops": self.tr("Workshops"),
            "curricula": self.tr("Curricula"),
            "participants": self.tr("Participants"),
            "checkin": self.tr("Check-in"),
            "attendance": self.tr("Attendance"),
            "certificates": self.tr("Certificates"),
            "programme": self.tr("Programme"),
            "settings": self.tr("Settings"),
        }[key]

    def page(self, key: str) -> QWidget:
        """The page for ``key``, created on first use."""
        if key not in self._pages:
            spec = dict(PAGES)[key]
            module_name, cls_name = spec.split(":")
            # No placeholder for a page whose module is missing: a frozen build that lost one must fail.
            widget = getattr(importlib.import_module(module_name), cls_name)(self.services)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def show_section(self, key: str) -> QWidget:
        row = [k for k, _ in PAGES].index(key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row][0]
        self.stack.setCurrentWidget(self.page(key))

    # -- toolbar: current workshop ------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Workshop"))
        bar.setMovable(False)
        bar.setObjectName("workshopBar")
        bar.addWidget(QLabel(self.tr("Current workshop:") + " "))
        self.workshop_combo = QComboBox()
        self.workshop_combo.setMinimumWidth(420)
        self.workshop_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.workshop_combo.currentIndexChanged.connect(self._on_combo)
        bar.addWidget(self.workshop_combo)
        self.addToolBar(Qt.TopToolBarArea, bar)
        self.reload_workshops()

    def reload_workshops(self) -> None:
        current = self.services.state.current_workshop_id
        items = list_workshops(self.services.db)
        self.workshop_combo.blockSignals(True)
        self.workshop_combo.clear()
        for w in items:
            label = f"{w['title']} — {w['start_date']}"
            if w.get("city"):
                label += f" ({w['city']})"
            self.workshop_combo.addItem(label, w["id"])
        ids = [w["id"] for w in items]
        if current not in ids:
            today = datetime.now().date().isoformat()
            running = [w["id"] for w in items if w["start_date"] <= today <= w["end_date"]]
            current = running[0] if running else (ids[0] if ids else None)
        if current:
            self.workshop_combo.setCurrentIndex(ids.index(current))
        self.workshop_combo.blockSignals(False)
        self.services.state.set_workshop(current)

    def _show_current_workshop(self, workshop_id: str) -> None:
        """Keep the toolbar in step when a page chooses the workshop (e.g. right after "New workshop…")."""
        index = self.workshop_combo.findData(workshop_id)
        if index < 0 and workshop_id:
            self.reload_workshops()
            index = self.workshop_combo.findData(workshop_id)
        if index >= 0 and index != self.workshop_combo.currentIndex():
            self.workshop_combo.blockSignals(True)
            self.workshop_combo.setCurrentIndex(index)
            self.workshop_combo.blockSignals(False)

    def _on_combo(self, index: int) -> None:
        self.services.state.set_workshop(self.workshop_combo.itemData(index))

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.workshops:
            self.reload_workshops()

    # -- menu, about --------------------------------------------------------------------------
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        backup_action = QAction(self.tr("Back up now"), self)
        backup_action.triggered.connect(self.backup_now)
        file_menu.addAction(backup_action)
        restore_action = QAction(self.tr("Restore a backup…"), self)
        restore_action.triggered.connect(lambda: self.show_restore_backup())
        file_menu.addAction(restore_action)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        report = QAction(self.tr("Save a problem report…"), self)
        report.triggered.connect(lambda: self.save_problem_report())
        help_menu.addAction(report)
        about = QAction(self.tr("About Workshop Kit"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def save_problem_report(self, path: str | None = None) -> Job | None:
        """A zip to e-mail to whoever helps: version, self-check and the log (no personal data).

        A job: the self-check looks for LibreOffice and the camera (about a second)."""
        from workshop_kit.problemlog import write_problem_report

        if path is None:
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save a problem report"), "workshop-kit-problem-report.zip", self.tr("Zip files (*.zip)"))
            if not path:
                return None
        data_dir = self.services.data_dir

        def work(_progress: object, _cancelled: object) -> Path:
            return write_problem_report(data_dir, path)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, OSError):
                show_error(self, exc)
                return
            box = QMessageBox(QMessageBox.Warning, self.tr("Problem report"), self.tr(
                "The report could not be written: {error}").format(error=exc.strerror or exc), QMessageBox.Ok, self)
            box.open()

        def done(written: Path) -> None:
            self.last_problem_report = written
            self.statusBar().showMessage(self.tr("Problem report saved: {path}. It holds no participant data; "
                                                 "attach it to your e-mail.").format(path=ltr_text(str(written))), 15000)

        return run_job(self, self.services, work, label=self.tr("Saving the problem report…"), cancellable=False,
                       database=False, on_done=alive(self, done), on_error=alive(self, failed))

    def show_restore_backup(self) -> None:
        from .dialogs.restore_backup import RestoreBackupDialog

        RestoreBackupDialog(self.services.db_path, self, services=self.services).exec()

    def show_about(self) -> None:
        from .dialogs.about import AboutDialog

        AboutDialog(self.services, self).exec()

    # -- status bar and backups ---------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.data_label = QLabel(self.tr("Data: {path}").format(path=ltr_text(self.services.db_path)))
        self.data_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.backup_label = QLabel()
        self.statusBar().addWidget(self.data_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)
        self._show_last_backup()

    def _show_last_backup(self) -> None:
        backups = backup_mod.list_backups(self.services.db_path)
        when = backup_mod.backup_time(backups[0]) if backups else None
        self.backup_label.setText(
            self.tr("Last backup: {time}").format(time=ltr_text(when.strftime("%Y-%m-%d %H:%M"))) if when else self.tr("No backup yet")
        )

    def backup_now(self) -> None:
        """Back up in a worker with its own connection (the UI never waits for it)."""
        if self.services.state.exclusive:
            return  # the data file is being replaced (encryption): the next timer tick backs up
        path = self.services.db_path
        keep = int(self.services.settings.get("backup_keep", backup_mod.DEFAULT_KEEP))

        def work(_progress, _cancelled) -> str:  # noqa: ANN001
            conn = dbconnect.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)  # encrypted backups when encrypted
            try:
                return str(backup_mod.make_backup(conn, path, reason="auto", keep=keep))
            finally:
                conn.close()

        def done(result: str) -> None:
            self._show_last_backup()
            self.services.state.backupMade.emit(result)

        run_task(self, work, on_done=alive(self.backup_label, done))  # the window may be closed meanwhile

    def check_files(self) -> None:
        check = getattr(self.services.db, "check_files", None)
        if check is None or not self.isVisible() or self.services.state.exclusive:  # a closed window's database may be closed too
            return
        try:
            check()
        except dbconnect.errors("ProgrammingError"):
            self._files_timer.stop()  # the database was closed: the app is quitting
        except WorkshopKitError as exc:
            self._files_timer.stop()
            self.integrity_problem = str(exc)
            box = QMessageBox(QMessageBox.Critical, self.tr("Workshop Kit"), str(exc), parent=self)
            box.open()

    # -- sizing and first paint ---------------------------------------------------------------
    def show_for_screen(self) -> None:
        """Fit a 1366×768 laptop: maximise on small screens, else a comfortable size."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and (screen.width() <= 1400 or screen.height() <= 800):
            self.resize(min(1366, screen.width()), min(768, screen.height()))
            self.showMaximized()
        else:
            self.resize(1280, 760)
            self.show()

    def event(self, ev: QEvent) -> bool:
        result = super().event(ev)
        if ev.type() == QEvent.Paint or (ev.type() == QEvent.UpdateRequest and not self._painted):
            self._after_first_paint()
        return result

    def paintEvent(self, ev) -> None:  # noqa: ANN001 - Qt API
        super().paintEvent(ev)
        self._after_first_paint()

    def _after_first_paint(self) -> None:
        if self._painted:
            return
        self._painted = True
        # Deferred start-up work: the open-time backup runs after the first frame.
        QTimer.singleShot(0, self.firstPainted.emit)
        QTimer.singleShot(500, self.check_integrity_in_background)

    def check_integrity_in_background(self) -> None:
        """Full ``integrity_check`` off the UI thread; a backup follows only when the file is sound."""
        path = self.services.db_path

        def work(_progress, _cancelled) -> str | None:  # noqa: ANN001
            from workshop_kit.db import check_integrity

            return check_integrity(path)

        def done(problem: str | None) -> None:
            from workshop_kit.db import damage_found, mark_damaged

            if problem is not None:
                mark_damaged(path, problem)  # every process now refuses to write to it until a restore
            problem = problem or damage_found(path)
            self.integrity_problem = problem
            if problem is None:
                self.backup_now()
                return
            try:
                self.services.db.execute("PRAGMA query_only = ON")  # reading goes on, writing stops
            except dbconnect.errors("Error"):
                pass
            good = backup_mod.newest_good_backup(path)
            text = self.tr("The data file is damaged ({detail}). Stop entering data, close Workshop Kit and "
                           "restore a backup with: workshop-kit backup restore").format(detail=problem)
            if good is not None:
                text += "\n" + self.tr("Newest good backup: {name}").format(name=ltr_text(good.name))
            QMessageBox.critical(self, self.tr("Workshop Kit"), text)

        run_task(self, work, on_done=alive(self.backup_label, done))
