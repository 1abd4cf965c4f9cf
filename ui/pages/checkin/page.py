"""The check-in page: the door screen. Scanner, camera and name search all call ``checkin.check_in``.

The result is shown big after ``check_in`` has committed it to disk; a scan the data file cannot
take yet is kept (``workshop_kit.door``) and retried until it is recorded.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import changes, door
from workshop_kit import checkin as core
from workshop_kit.changes import ChangeSet
from workshop_kit.errors import WorkshopKitError
from workshop_kit.workshops import list_sessions

from ...services import Services
from ...widgets import ltr_text
from .door_actions import DoorActions
from .finder import FinderPanel
from .kiosk import Kiosk
from .result_panel import ResultPanel
from .scanner import ScannerInput
from .sounds import SoundBoard
from .style import RESULT_SHOWN_MS, RETRY_MS


class CheckinPage(QWidget):
    checkedIn = Signal(object)  # a CheckinResult, emitted after it is committed
    badgesWritten = Signal(dict)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.workshop_id: str | None = None
        self.sounds = SoundBoard()
        self._kiosk = Kiosk()
        self.kiosk = False
        self.last_scan: core.CheckinResult | None = None  # what "Undo" takes back
        self.badge_job: Any = None  # the last "Print badges" job (ui.jobs.Job)
        self.actions = DoorActions(self)
        self._build()
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(lambda text: self.scan(text, "scanner"))
        self.reset_timer = QTimer(self, singleShot=True, interval=RESULT_SHOWN_MS, timeout=self.show_idle)
        self._last_failure = ""
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_MS, timeout=self.retry_pending)
        self.pending: list[dict] = door.load_pending(services.data_dir)  # scans not recorded yet, oldest first
        if self.pending:
            self._last_failure = self.tr("Scans made while the data file could not take them are waiting.")
        self._clock_timer = QTimer(self, interval=20_000, timeout=self.refresh_status)
        self._checkpoint_timer = QTimer(self, singleShot=True, interval=door.CHECKPOINT_IDLE_MS,
                                        timeout=self.checkpoint_in_background)
        self._checkpoints = door.CheckpointClock()
        services.state.workshopChanged.connect(self.set_workshop)
        services.state.dataChanged.connect(self._on_data_changed)
        self.set_workshop(services.state.current_workshop_id or "")
        self.show_idle()

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Check-in"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.clock_label = QLabel()
        self.clock_label.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.session_combo = QComboBox()
        self.session_combo.setMinimumWidth(300)
        self.session_combo.currentIndexChanged.connect(self.refresh_status)
        self.sound_box = QCheckBox(self.tr("Sounds"))
        self.sound_box.setChecked(bool(self.services.settings.get("checkin_sounds", True)))
        self.sound_box.toggled.connect(lambda on: self.services.save_settings(checkin_sounds=bool(on)))
        self.undo_button = QPushButton(self.tr("Undo last check-in"))
        self.undo_button.clicked.connect(self.undo_last)
        self.kiosk_button = QPushButton(self.tr("Full screen"))
        self.kiosk_button.setCheckable(True)
        self.kiosk_button.setToolTip(self.tr("Kiosk mode for the door (F11; Esc to leave)"))
        self.kiosk_button.toggled.connect(self.set_kiosk)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Session:")))
        top.addWidget(self.session_combo)
        top.addStretch(1)
        top.addWidget(self.clock_label)
        top.addSpacing(12)
        top.addWidget(self.sound_box)
        top.addWidget(self.undo_button)
        top.addWidget(self.kiosk_button)

        self.session_note = QLabel()
        self.session_note.setWordWrap(True)
        self.session_note.setStyleSheet("color: #a35f00; font-weight: 600;")

        self.result_frame = ResultPanel()
        self.headline, self.detail = self.result_frame.headline, self.result_frame.detail

        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setStyleSheet("font-size: 22px; font-weight: 600;")

        # Camera (left) and name search (right).
        from ...checkin_camera import CameraPanel  # first: it quiets Qt Multimedia's probing messages

        self.camera_panel = CameraPanel(self.tr("Use the USB scanner, type the code printed on the badge, "
                                                "or search the name."))
        self.camera_panel.codeRead.connect(lambda text: self.scan(text, "camera"))
        self.no_camera, self.camera_button = self.camera_panel.message, self.camera_panel.button
        self.finder = FinderPanel(self)
        f = self.finder
        self.search, self.results = f.search, f.results
        self.check_button, self.walk_in_button, self.print_button = f.check_button, f.walk_in_button, f.print_button
        self.replace_button, self.revoke_badge_button = f.replace_button, f.revoke_badge_button

        bottom = QHBoxLayout()
        bottom.addWidget(self.camera_panel, 1)
        bottom.addWidget(self.finder, 1)

        layout = self._layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.session_note)
        layout.addWidget(self.result_frame, 3)
        layout.addWidget(self.count_label)
        layout.addLayout(bottom, 2)

        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.kiosk_button.toggle)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_last)
        self.undo_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=lambda: self.kiosk_button.setChecked(False))

    # -- showing results --------------------------------------------------------------------------
    def paint(self, colour: str, headline: str, detail: str) -> None:
        self.result_frame.paint(colour, headline, detail, kiosk=self.kiosk)

    def show_idle(self) -> None:
        if self.pending:  # never "Ready" while a scan is still waiting to be recorded
            self._show_not_recorded(None, sound=False)
            return
        self.paint("idle", self.tr("Ready"), self.tr("Scan a badge, hold it up to the camera, or search a name."))

    def show_result(self, result: core.CheckinResult) -> None:
        self.paint(*self.result_frame.describe(result))
        if self.sound_box.isChecked():
            self.sounds.play(result.colour)
        self.reset_timer.start()

    # -- the three ways in -----------------------------------------------------------------------------
    def scan(self, text: str, method: str = "scanner", participant_id: str | None = None) -> core.CheckinResult | None:
        """Check in through the core function; the result is committed before it is shown.

        When the data file cannot take the write (busy longer than the busy timeout, a full disk,
        damage found), the screen turns red and the scan is kept, with the time it was made, and
        retried every few seconds: a person who was scanned is never silently forgotten.
        """
        if not self.workshop_id:
            self.paint("red", self.tr("No workshop"), self.tr("Create or choose a workshop first."))
            return None
        waiting = {
            "workshop_id": self.workshop_id,
            "scanned": text if participant_id is None else None,
            "participant_id": participant_id,
            "session_id": self.session_combo.currentData(),
            "method": method,
            "now": datetime.now(),
        }
        if self.pending:  # earlier scans go first
            self.pending.append(waiting)
            door.save_pending(self.services.data_dir, self.pending)
            self._show_not_recorded(None)
            return None
        return self._record(waiting)

    def _record(self, waiting: dict, retry: bool = False) -> core.CheckinResult | None:
        try:
            with changes.collect() as written:  # published once the panel is painted (below)
                result = core.check_in(
                    self.services.db,
                    waiting["workshop_id"],
                    waiting["scanned"],
                    participant_id=waiting["participant_id"],
                    session_id=waiting["session_id"],
                    method=waiting["method"],
                    now=waiting["now"],
                )
        except door.transient_errors() as exc:
            if waiting not in self.pending:
                self.pending.append(waiting)
                door.save_pending(self.services.data_dir, self.pending)
            self._show_not_recorded(exc, sound=not retry)  # one sound per scan, not one per retry
            return None
        except WorkshopKitError as exc:  # refused by a rule: not worth keeping
            self._forget(waiting)
            self.paint("red", self.tr("Not recorded"), str(exc))
            return None
        self._forget(waiting)
        # Feedback first: the panel is painted now (the check-in is already on disk), then the counter
        # and the other pages catch up.
        self.last_scan = result
        self.show_result(result)
        self.result_frame.repaint()
        self.checkedIn.emit(result)
        if self._checkpoints.overdue():  # a long queue: checkpoint now and then anyway
            self.checkpoint_in_background()
        else:
            self._checkpoint_timer.start()
        self.refresh_status()
        self.services.state.publish(written.changes)
        return result

    def _show_not_recorded(self, exc: BaseException | None, sound: bool = True) -> None:
        """Red until every kept scan is recorded; the retry timer runs meanwhile."""
        if exc is not None:
            self._last_failure = str(exc) if isinstance(exc, WorkshopKitError) else self.tr(
                "The data file is busy or cannot be written ({detail}).").format(detail=exc)
        self.reset_timer.stop()
        self.paint(
            "red",
            self.tr("Not recorded yet"),
            self._last_failure + "\n" + self.tr("%n scan(s) kept; retrying every few seconds.", "", len(self.pending)),
        )
        if sound and self.sound_box.isChecked():
            self.sounds.play("red")
        self._retry_timer.start()

    def _forget(self, waiting: dict) -> None:
        if waiting in self.pending:
            self.pending.remove(waiting)
            door.save_pending(self.services.data_dir, self.pending)

    def retry_pending(self) -> None:
        """Record the kept scans in order; stop at the first that still fails."""
        while self.pending:
            if self._record(self.pending[0], retry=True) is None and self.pending:
                return

    def search_entered(self) -> None:
        self.finder.search_entered()

    def run_search(self) -> None:
        self.finder.run_search()

    def check_in_item(self, item) -> None:  # noqa: ANN001 - a QListWidgetItem or None
        self.finder.check_in_item(item)

    # -- the trainer's actions (door_actions.py) ---------------------------------------------------------
    def replace_badge(self, item) -> None:  # noqa: ANN001
        self.actions.replace_badge(item)

    def revoke_badge(self, item) -> None:  # noqa: ANN001
        self.actions.revoke_badge(item)

    def print_badges(self, path: str | None = None) -> None:
        self.actions.print_badges(path)

    def walk_in(self) -> None:
        self.actions.walk_in()

    def undo_last(self) -> None:
        self.actions.undo_last()

    # -- kiosk -------------------------------------------------------------------------------------------
    def set_kiosk(self, on: bool) -> None:
        """Full screen with only this page: the navigation, menus and toolbars are hidden."""
        self.kiosk = on
        if on:
            self._kiosk.enter(self.window(), self.trainer_controls())
        else:
            self._kiosk.leave(self.window())
        self._layout.setStretch(self._layout.count() - 1, 0 if on else 2)  # the answer takes the free room
        self.show_idle()
        self.kiosk_button.setText(self.tr("Leave full screen") if on else self.tr("Full screen"))

    def trainer_controls(self) -> list[QWidget]:
        controls = [self.undo_button, self.sound_box, self.check_button, self.replace_button,
                    self.revoke_badge_button, self.print_button,
                    self.walk_in_button, self.search, self.results, self.camera_button, self.no_camera]
        if not self.no_camera.isHidden():  # no camera here: its empty area goes too
            controls.append(self.camera_panel)
        return controls

    # -- workshop, session and counts --------------------------------------------------------------------
    def set_workshop(self, workshop_id: str) -> None:
        self.workshop_id = workshop_id or None
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("Automatic (from the clock)"), None)
        if self.workshop_id:
            for s in list_sessions(self.services.db, self.workshop_id):
                when = ltr_text(f"{s.date} {s.start_time}–{s.end_time}")  # one left-to-right run in Arabic
                label = self.tr("Session {number} · {when}").format(number=s.number, when=when)
                self.session_combo.addItem(label, s.id)
        self.session_combo.blockSignals(False)
        self.refresh_status()

    def effective_session_id(self) -> str | None:
        chosen = self.session_combo.currentData()
        if chosen or not self.workshop_id:
            return chosen
        current = core.current_session(self.services.db, self.workshop_id)
        return current.id if current else None
    def refresh_status(self) -> None:
        now = datetime.now()
        self.clock_label.setText(ltr_text(now.strftime("%H:%M")))
        notes = []
        session_id = self.effective_session_id()
        if self.workshop_id and self.session_combo.currentData() is None:
            current = core.current_session(self.services.db, self.workshop_id, now)
            if current is None:
                notes.append(self.tr("No session of this workshop is running by the laptop clock ({time}, {date}). "
                                     "Check the clock, or choose the session.").format(
                    time=ltr_text(now.strftime("%H:%M")), date=ltr_text(now.date().isoformat())))
            else:
                notes.append("")
        if self.workshop_id:
            warning = core.clock_warning(self.services.db, self.workshop_id, now)
            if warning:
                notes.append(warning)
        self.session_note.setText("\n".join(n for n in notes if n))
        self.session_note.setVisible(bool(self.session_note.text()))
        if self.workshop_id:
            present, expected = core.counts(self.services.db, self.workshop_id, session_id)
            session = next(
                (self.session_combo.itemText(i) for i in range(1, self.session_combo.count())
                 if self.session_combo.itemData(i) == session_id), None)
            self.count_label.setText(
                self.tr("Present {present} / {expected}").format(present=present, expected=expected)
                + (f"  ·  {session}" if session else "")
            )
            last = core.last_undoable(self.services.db, self.workshop_id)
            self.undo_button.setEnabled(last is not None)
            self.undo_button.setToolTip((last["display_name"] or "") if last else "")
        else:
            self.count_label.setText(self.tr("No workshop chosen"))
            self.undo_button.setEnabled(False)

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.sessions or changes.workshops:
            self.set_workshop(self.workshop_id or "")
        elif changes.attendance or changes.enrolments or changes.participants or changes.badge_tokens:
            self.refresh_status()

    # -- page visibility: the scanner and the camera only work while the page is shown ----------------

    # -- page visibility: the scanner and the camera only work while the page is shown ----------------
    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt API
        super().showEvent(event)
        QApplication.instance().installEventFilter(self.scanner)
        door.pause_autocheckpoint(self.services.db)
        self._clock_timer.start()
        self.refresh_status()
        if not self.camera_button.isChecked():
            self.camera_button.setChecked(True)  # tries the camera; says so when there is none

    def hideEvent(self, event) -> None:  # noqa: ANN001 - Qt API
        super().hideEvent(event)
        QApplication.instance().removeEventFilter(self.scanner)
        self._restore_autocheckpoint()
        self._clock_timer.stop()
        self.finder.search_timer.stop()
        if self.camera_button.isChecked():
            self.camera_button.setChecked(False)

    def _restore_autocheckpoint(self) -> None:
        self._checkpoint_timer.stop()
        door.restore_autocheckpoint(self.services.db)

    def checkpoint_in_background(self) -> None:
        """A passive checkpoint on the worker's own connection: it never blocks a check-in."""
        path = self.services.db_path
        self._checkpoints.started()
        from ...workers import run_task

        # A missed checkpoint is retried after the next scan.
        run_task(self, lambda _progress, _cancelled: door.passive_checkpoint(path), on_error=lambda _exc: None)

    def closeEvent(self, event) -> None:  # noqa: ANN001 - Qt API
        self.camera_panel.shutdown()
        super().closeEvent(event)
