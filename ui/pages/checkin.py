"""Check-in page: the door screen. Scanner, camera and name search all call ``checkin.check_in``.

- A USB barcode scanner is a keyboard that types fast and ends with Enter: ``ScannerInput`` watches
  key presses at the application level, so no field needs focus first.
- The camera preview runs in a ``QVideoWidget``; frames are decoded in a worker (``checkin_camera``).
- The result is shown big (green welcome, amber repeat or session to choose, red refused) with a
  distinct sound, after ``check_in`` has committed it to disk.
"""

from __future__ import annotations

import json
import time
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import checkin as core
from workshop_kit import dbconnect
from workshop_kit.atomicfile import write_text
from workshop_kit.badges import is_token_format, normalise_short_code
from workshop_kit.db import DatabaseDamaged, DataFileReplaced
from workshop_kit.errors import WorkshopKitError
from workshop_kit.paths import resource
from workshop_kit.workshops import list_sessions

from ..services import Services
from ..widgets import ltr_text
from ..workers import show_error

COLOURS = {"green": "#1e7e34", "late": "#1f5fa8", "amber": "#a35f00", "red": "#b3261e", "idle": "#4a5560"}
# A shape for each answer, so the colour is never the only signal (colour-blind staff, sunlight on the screen).
SHAPES = {"green": "✓", "late": "✓", "amber": "!", "red": "✗"}
# Kiosk mode, read from 2 m on a 14" 1366×768 screen (about 0.227 mm per pixel): a 100 px font has capitals
# about 71 px ≈ 16 mm high, the usual "2.5 cm of letter per 3 m of distance" rule for signs read at 2 m.
KIOSK_HEADLINE_PX, KIOSK_DETAIL_PX = 100, 36
SOUND_FILES = {"green": "checkin_ok.wav", "amber": "checkin_repeat.wav", "red": "checkin_error.wav"}
RESULT_SHOWN_MS = 6000
RETRY_MS = 2000
PENDING_FILE = "pending-scans.json"


class ScannerInput(QObject):
    """Catches a keyboard-wedge scanner anywhere in the window: printable keys arriving fast, then Enter.

    Keys typed while no text field has focus are taken (a scanner types into nothing); in a text
    field they pass through, and when the burst ends with Enter it is taken back out of the field.
    """

    scanned = Signal(str)
    MAX_GAP = 0.08  # seconds between two keys of one scan
    MAX_AVERAGE = 0.035  # average seconds per key for a burst to count as a scanner
    MIN_LENGTH = 6

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.buffer = ""
        self._first = self._last = 0.0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not self.page.isVisible():
            return False
        window = self.page.window()
        target = QApplication.focusWidget() or window
        if obj is not target or not isinstance(obj, QWidget) or obj.window() is not window:
            return False  # a dialog, or the same key propagating to a parent
        # The time the key was pressed (platform timestamp, ms) when there is one: a UI thread busy for a
        # moment must not split one scan in two, as the keys then arrive queued, with small gaps.
        now = event.timestamp() / 1000 if event.timestamp() else time.monotonic()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):  # scanners end with Enter or Tab
            text, first, last = self.buffer, self._first, self._last
            self.buffer = ""
            fast = (
                len(text) >= self.MIN_LENGTH
                and now - last <= self.MAX_GAP
                and (now - first) / len(text) <= self.MAX_AVERAGE
            )
            if not fast:
                return False
            if isinstance(obj, QLineEdit) and obj.text().endswith(text):
                obj.setText(obj.text()[: -len(text)])
            self.scanned.emit(text)
            return True
        text = event.text()
        if not text or not text.isprintable() or text.isspace():
            return False  # badge codes have no spaces: Space still presses the focused button
        if now - self._last > self.MAX_GAP:
            self.buffer, self._first = "", now
        self.buffer += text
        self._last = now
        # Keys for a text field pass through; anything else (a button, the session list…) must not act on
        # a scanner's keystrokes — a focused session list would otherwise jump to another session.
        editable = isinstance(obj, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox) or (
            isinstance(obj, QComboBox) and obj.isEditable()
        )
        return not editable


class SoundBoard:
    """One short sound per result colour; Qt Multimedia is loaded on the first sound played."""

    def __init__(self) -> None:
        self._effects: dict = {}
        self.last: str | None = None

    def play(self, colour: str) -> None:
        self.last = colour
        if colour not in SOUND_FILES:
            return
        from PySide6.QtMultimedia import QSoundEffect

        effect = self._effects.get(colour)
        if effect is None:
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(resource("assets", "sounds", SOUND_FILES[colour]))))
            effect.setVolume(0.8)
            self._effects[colour] = effect
        effect.play()


class WalkInDialog(QDialog):
    """Someone not on the list: a name (Latin or Arabic script) and consent are enough."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in registration"))
        form = QFormLayout(self)
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.first_name_ar, self.last_name_ar = QLineEdit(), QLineEdit()
        for edit in (self.first_name_ar, self.last_name_ar):
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.organisation = QLineEdit()
        # Gender counts in the donor report; an e-mail (with consent) lets the certificate be sent.
        self.gender = QComboBox()
        for code, label in (("", "—"), ("F", self.tr("Woman")), ("M", self.tr("Man")),
                            ("X", self.tr("Other / prefers not to say"))):
            self.gender.addItem(label, code)
        self.phone, self.email = QLineEdit(), QLineEdit()
        for edit in (self.phone, self.email):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.consent = QCheckBox(self.tr("The person agrees that their data is recorded for this programme"))
        self.consent_email = QCheckBox(self.tr("Agrees to receive the certificate by e-mail"))
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("First name (Arabic)"), self.first_name_ar)
        form.addRow(self.tr("Last name (Arabic)"), self.last_name_ar)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.consent)
        form.addRow(self.consent_email)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register and check in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.first_name, self.last_name, self.first_name_ar, self.last_name_ar):
            edit.textChanged.connect(self._update)
        self.consent.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        named = any(e.text().strip() for e in (self.first_name, self.last_name, self.first_name_ar, self.last_name_ar))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(named and self.consent.isChecked())

    def values(self) -> dict:
        return {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "first_name_ar": self.first_name_ar.text(),
            "last_name_ar": self.last_name_ar.text(),
            "organisation_name": self.organisation.text(),
            "gender": self.gender.currentData() or None,
            "phone": self.phone.text(),
            "email": self.email.text(),
            "consent_data": self.consent.isChecked(),
            "consent_email": self.consent_email.isChecked(),
        }


class CheckinPage(QWidget):
    checkedIn = Signal(object)  # a CheckinResult, emitted after it is committed
    badgesWritten = Signal(dict)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.workshop_id: str | None = None
        self.sounds = SoundBoard()
        self._kiosk_hidden: list[QWidget] = []
        self._was_maximized = False
        self.kiosk = False
        self.last_scan: core.CheckinResult | None = None  # what "Undo" takes back
        self._build()
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(lambda text: self.scan(text, "scanner"))
        self._reset_timer = QTimer(self, singleShot=True, interval=RESULT_SHOWN_MS, timeout=self.show_idle)
        self.pending: list[dict] = []  # scans the data file could not take yet, oldest first
        self._last_failure = ""
        self._retry_timer = QTimer(self, singleShot=True, interval=RETRY_MS, timeout=self.retry_pending)
        self._load_pending()
        self._search_timer = QTimer(self, singleShot=True, interval=150, timeout=self.run_search)
        self._clock_timer = QTimer(self, interval=20_000, timeout=self.refresh_status)
        # While the door screen is shown, SQLite's checkpoint (copying the write-ahead log into the file,
        # with its own disk flush) runs in a worker when no one is scanning, not inside a check-in.
        self._checkpoint_timer = QTimer(self, singleShot=True, interval=1500, timeout=self.checkpoint_in_background)
        self._last_checkpoint = time.monotonic()
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

        self.result_frame = QFrame()
        self.result_frame.setObjectName("result")
        self.result_frame.setMinimumHeight(190)
        self.result_frame.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rl = QVBoxLayout(self.result_frame)
        rl.addStretch(1)
        rl.addWidget(self.headline)
        rl.addWidget(self.detail)
        rl.addStretch(1)

        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setStyleSheet("font-size: 22px; font-weight: 600;")

        # Camera (left) and name search (right).
        from ..checkin_camera import CameraPanel  # first: it quiets Qt Multimedia's probing messages

        self.camera_panel = CameraPanel(self.tr("Use the USB scanner, type the code printed on the badge, "
                                                "or search the name."))
        self.camera_panel.codeRead.connect(lambda text: self.scan(text, "camera"))
        self.no_camera, self.camera_button = self.camera_panel.message, self.camera_panel.button
        cam = QVBoxLayout()
        cam.addWidget(self.camera_panel, 1)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Forgot the badge? Type a name, or the code printed on the badge"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.search_entered)
        self.results = QListWidget()
        self.results.itemActivated.connect(self.check_in_item)
        self.check_button = QPushButton(self.tr("Check in"))
        self.check_button.clicked.connect(lambda: self.check_in_item(self.results.currentItem()))
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.walk_in_button.clicked.connect(self.walk_in)
        self.replace_button = QPushButton(self.tr("Replace lost badge"))
        self.replace_button.setToolTip(self.tr("Revoke the selected person's badge and issue a new code"))
        self.replace_button.clicked.connect(lambda: self.replace_badge(self.results.currentItem()))
        self.revoke_badge_button = QPushButton(self.tr("Revoke badge…"))
        self.revoke_badge_button.setToolTip(self.tr("The selected person's badge stops working; no new code is issued"))
        self.revoke_badge_button.clicked.connect(lambda: self.revoke_badge(self.results.currentItem()))
        self.print_button = QPushButton(self.tr("Print badges…"))
        self.print_button.setToolTip(self.tr("A Word sheet of badge cards (A4, 10 per page) and one PNG per person"))
        self.print_button.clicked.connect(lambda: self.print_badges())
        # Acting on "the selected person" needs one: the buttons wait for a name in the list.
        self.results.currentItemChanged.connect(lambda current, _previous: self._person_buttons(current is not None))
        self._person_buttons(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.revoke_badge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.walk_in_button)
        find = QVBoxLayout()
        find.addWidget(self.search)
        find.addWidget(self.results, 1)
        find.addLayout(buttons)

        bottom = QHBoxLayout()
        bottom.addLayout(cam, 1)
        bottom.addLayout(find, 1)

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
    def _paint(self, colour: str, headline: str, detail: str) -> None:
        self.result_frame.setProperty("colour", colour)
        big, small = (KIOSK_HEADLINE_PX, KIOSK_DETAIL_PX) if self.kiosk else (40, 20)
        self.result_frame.setStyleSheet(
            f"QFrame#result {{ background: {COLOURS[colour]}; border-radius: 14px; }}"
            " QFrame#result QLabel { color: white; }"
            f" QLabel#headline {{ font-size: {big}px; font-weight: 700; }}"
            f" QLabel#detail {{ font-size: {small}px; }}"
        )
        if colour in SHAPES:
            headline = f"{SHAPES[colour]} {headline}"
        self.headline.setText(headline)
        self.detail.setText(detail)

    def show_idle(self) -> None:
        if self.pending:  # never "Ready" while a scan is still waiting to be recorded
            self._show_not_recorded(None, sound=False)
            return
        self._paint("idle", self.tr("Ready"), self.tr("Scan a badge, hold it up to the camera, or search a name."))

    def show_result(self, result: core.CheckinResult) -> None:
        name = result.display_name or ""
        if result.status == core.CHECKED_IN:
            headline = (self.tr("Welcome {name} (late)") if result.late else self.tr("Welcome {name}")).format(name=name)
            detail = self.tr("Checked in at {time}").format(time=ltr_text(result.time))
        elif result.status == core.ALREADY:
            # The name is the big line (read from 2 m); what happened is said under it.
            if result.checked_in_at in (None, "", "?"):
                detail = self.tr("Already marked present for this session")  # marked in the grid: no scan time
            else:
                detail = self.tr("Already checked in at {time}").format(time=ltr_text(result.checked_in_at))
            headline, detail = (name, detail) if name else (detail, "")
        elif result.status == core.NO_SESSION:
            headline = self.tr("Choose the session")
            detail = self.tr("No session is running by the laptop clock ({time}). Check the clock or choose the "
                             "session at the top; nothing was recorded.").format(time=ltr_text(result.time))
        elif result.status == core.REVOKED:
            headline = self.tr("Badge no longer valid")
            detail = result.message
        elif result.status == core.NOT_ENROLLED:
            headline = self.tr("Not enrolled in this workshop")
            detail = result.message
        else:
            headline = self.tr("Unknown code")
            detail = result.message
        if result.warnings:
            detail += "\n" + "\n".join(result.warnings)
        colour = "late" if result.status == core.CHECKED_IN and result.late else result.colour
        self._paint(colour, headline, detail)
        if self.sound_box.isChecked():
            self.sounds.play(result.colour)
        self._reset_timer.start()

    # -- the three ways in -----------------------------------------------------------------------------
    def scan(self, text: str, method: str = "scanner", participant_id: str | None = None) -> core.CheckinResult | None:
        """Check in through the core function; the result is committed before it is shown.

        When the data file cannot take the write (busy longer than the busy timeout, a full disk,
        damage found), the screen turns red and the scan is kept, with the time it was made, and
        retried every few seconds: a person who was scanned is never silently forgotten.
        """
        if not self.workshop_id:
            self._paint("red", self.tr("No workshop"), self.tr("Create or choose a workshop first."))
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
            self._save_pending()
            self._show_not_recorded(None)
            return None
        return self._record(waiting)

    def _record(self, waiting: dict, retry: bool = False) -> core.CheckinResult | None:
        try:
            result = core.check_in(
                self.services.db,
                waiting["workshop_id"],
                waiting["scanned"],
                participant_id=waiting["participant_id"],
                session_id=waiting["session_id"],
                method=waiting["method"],
                now=waiting["now"],
            )
        except (*dbconnect.errors("Error"), OSError, DatabaseDamaged, DataFileReplaced) as exc:
            if waiting not in self.pending:
                self.pending.append(waiting)
                self._save_pending()
            self._show_not_recorded(exc, sound=not retry)  # one sound per scan, not one per retry
            return None
        except WorkshopKitError as exc:  # refused by a rule: not worth keeping
            self._forget(waiting)
            self._paint("red", self.tr("Not recorded"), str(exc))
            return None
        self._forget(waiting)
        # Feedback first: the panel is painted now (the check-in is already on disk), then the counter
        # and the other pages catch up.
        self.last_scan = result
        self.show_result(result)
        self.result_frame.repaint()
        self.checkedIn.emit(result)
        if time.monotonic() - self._last_checkpoint > 30:  # a long queue: checkpoint now and then anyway
            self.checkpoint_in_background()
        else:
            self._checkpoint_timer.start()
        self.refresh_status()
        if result.status == core.CHECKED_IN:
            self.services.state.changed("attendance")
        return result

    def _show_not_recorded(self, exc: BaseException | None, sound: bool = True) -> None:
        """Red until every kept scan is recorded; the retry timer runs meanwhile."""
        if exc is not None:
            self._last_failure = str(exc) if isinstance(exc, WorkshopKitError) else self.tr(
                "The data file is busy or cannot be written ({detail}).").format(detail=exc)
        self._reset_timer.stop()
        self._paint(
            "red",
            self.tr("Not recorded yet"),
            self._last_failure + "\n" + self.tr("{n} scan(s) kept; retrying every few seconds.").format(
                n=len(self.pending)),
        )
        if sound and self.sound_box.isChecked():
            self.sounds.play("red")
        self._retry_timer.start()

    def _forget(self, waiting: dict) -> None:
        if waiting in self.pending:
            self.pending.remove(waiting)
            self._save_pending()

    def _save_pending(self) -> None:
        """Kept scans survive closing the app (or a restore): they are in a small file of the folder."""
        path = self.services.data_dir / PENDING_FILE
        try:
            if self.pending:
                rows = [{**w, "now": w["now"].isoformat()} for w in self.pending]
                write_text(path, json.dumps(rows))
            else:
                path.unlink(missing_ok=True)
        except OSError:
            pass  # a full disk: they stay in memory and are retried all the same

    def _load_pending(self) -> None:
        try:
            rows = json.loads((self.services.data_dir / PENDING_FILE).read_text(encoding="utf-8"))
            self.pending = [{**row, "now": datetime.fromisoformat(row["now"])} for row in rows]
        except (OSError, ValueError, KeyError, TypeError):
            return
        if self.pending:
            self._last_failure = self.tr("Scans made while the data file could not take them are waiting.")

    def retry_pending(self) -> None:
        """Record the kept scans in order; stop at the first that still fails."""
        while self.pending:
            if self._record(self.pending[0], retry=True) is None and self.pending:
                return

    def search_entered(self) -> None:
        text = self.search.text().strip()
        if is_token_format(text) or normalise_short_code(text):
            self.search.clear()
            self.scan(text, "manual")
        elif self.results.count() == 1:
            self.check_in_item(self.results.item(0))

    def run_search(self) -> None:
        self.results.clear()
        if not self.workshop_id:
            return
        for hit in core.search_enrolled(self.services.db, self.workshop_id, self.search.text(), self.effective_session_id()):
            label = hit["display_name"]
            other = hit["arabic_name"] if hit["display_name"] == hit["latin_name"] else hit["latin_name"]
            if other:
                label += f"  ·  {other}"
            if hit["organisation"]:
                label += f"  —  {hit['organisation']}"
            if hit["checked_in_at"]:
                label += "  ✓ " + ltr_text(hit["checked_in_at"])
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, hit["participant_id"])
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def check_in_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.scan("", "search", participant_id=item.data(Qt.ItemDataRole.UserRole))
        self.search.clear()

    def _person_buttons(self, enabled: bool) -> None:
        for button in (self.check_button, self.replace_button, self.revoke_badge_button):
            button.setEnabled(enabled)

    def replace_badge(self, item: QListWidgetItem | None) -> None:
        """A lost badge: the old code stops working at once; the new short code works right away."""
        if item is None or not self.workshop_id:
            return
        from workshop_kit.badges import reissue_badge

        badge = reissue_badge(self.services.db, self.workshop_id, item.data(Qt.ItemDataRole.UserRole), actor="app")
        self._paint("idle", self.tr("New badge code: {code}").format(code=ltr_text(badge.human_code)),
                    self.tr("The old badge no longer works. Print the new one with 'Print badges…'."))
        self._reset_timer.stop()

    def revoke_badge(self, item: QListWidgetItem | None) -> None:
        """A badge found in the wrong hands, or someone who left: it stops working, nothing replaces it."""
        if item is None or not self.workshop_id:
            return
        from workshop_kit.badges import revoke_badge

        from ..widgets import confirm_destructive

        name = item.text().split("  ")[0]
        if not confirm_destructive(self, self.tr("Revoke badge"), self.tr(
                "Revoke the badge of {name}? It will read as no longer valid at the door. A new badge can be "
                "issued later with 'Replace lost badge'.").format(name=name), self.tr("Revoke badge")):
            return
        try:
            revoke_badge(self.services.db, self.workshop_id, item.data(Qt.ItemDataRole.UserRole), reason="revoked",
                         actor="app")
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        self._paint("idle", self.tr("Badge revoked"), name)
        self._reset_timer.start()

    def print_badges(self, path: str | None = None) -> None:
        """Write the Word sheet (and a folder of PNGs beside it) in a worker; the door keeps working."""
        if not self.workshop_id:
            return
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save badges"), str(self.services.data_dir / "badges.docx"), self.tr("Word (*.docx)")
            )
            if not path:
                return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        data_dir, workshop_id = self.services.data_dir, self.workshop_id

        def work(_progress, _cancelled) -> dict:  # noqa: ANN001
            from workshop_kit.badge_cards import write_badge_pngs, write_badges_docx
            from workshop_kit.db import open_database

            db = open_database(data_dir, lock=False, auto_backup=False, check=False).db
            try:
                info = write_badges_docx(db, workshop_id, path)
                info["png"] = [str(p) for p in write_badge_pngs(db, workshop_id, path[: -len(".docx")] + "-png")]
                return info
            finally:
                db.conn.close()

        def done(info: dict) -> None:
            self.print_button.setEnabled(True)
            self.last_badges = info
            self.services.state.changed("badge_tokens")  # badges were issued: the participants' badge column
            self._paint("idle", self.tr("{count} badges ready").format(count=info["count"]),
                        ltr_text(info["path"]))
            self._reset_timer.start()
            self.badgesWritten.emit(info)

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            show_error(self, exc)

        self.print_button.setEnabled(False)
        from ..workers import run_task

        run_task(self, work, on_done=done, on_error=failed)

    def walk_in(self) -> None:
        if not self.workshop_id:
            return
        dialog = WalkInDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            p = core.register_walk_in(self.services.db, self.workshop_id, actor="app", **values)
        except (*dbconnect.errors("Error"), WorkshopKitError) as exc:
            show_error(self, exc)
            return
        self.services.state.changed("participants", "enrolments")
        result = self.scan("", "manual", participant_id=p.id)
        from workshop_kit.badges import ensure_badges

        badge = ensure_badges(self.services.db, self.workshop_id).get(p.id)
        if result is not None and badge is not None:  # the code to write on a badge now, or to type next time
            self.detail.setText(self.detail.text() + "\n" + self.tr("New badge code: {code}").format(
                code=ltr_text(badge.human_code)))

    def undo_last(self) -> None:
        """Take back the last scan (Ctrl+Z): if it recorded nothing (a repeat, a refusal), nothing is undone."""
        if not self.workshop_id:
            return
        scan, self.last_scan = self.last_scan, None
        if scan is not None and (scan.status != core.CHECKED_IN or not scan.event_id):
            self._paint("idle", self.tr("Nothing to take back"),
                        self.tr("The last scan recorded no new check-in."))
            self._reset_timer.start()
            return
        last = core.last_undoable(self.services.db, self.workshop_id)
        if scan is not None:
            last = {"event_id": scan.event_id, "display_name": scan.display_name}
        if last is None:
            return
        try:
            core.undo_checkin(self.services.db, last["event_id"], actor="app")
        except (*dbconnect.errors("Error"), WorkshopKitError) as exc:
            self._paint("red", self.tr("Not recorded"), str(exc))
            return
        self._paint("idle", self.tr("Check-in taken back"), last["display_name"] or "")
        self._reset_timer.start()
        self.services.state.changed("attendance")
        self.refresh_status()

    # -- kiosk -------------------------------------------------------------------------------------------
    def set_kiosk(self, on: bool) -> None:
        """Full screen with only this page: the navigation, menus and toolbars are hidden."""
        window = self.window()
        self.kiosk = on
        # Participants see the door screen: the trainer's controls are out of their reach and sight.
        if on:
            self._kiosk_controls = [w for w in self.trainer_controls() if not w.isHidden()]
            for w in self._kiosk_controls:
                w.hide()
        else:
            for w in getattr(self, "_kiosk_controls", []):
                w.show()
            self._kiosk_controls = []
        self._layout.setStretch(self._layout.count() - 1, 0 if on else 2)  # the answer takes the free room
        self.show_idle()
        if on:
            hidden = [getattr(window, "nav", None), *window.findChildren(QToolBar)]
            if isinstance(window, QMainWindow):
                hidden += [window.menuBar(), window.statusBar()]
            self._kiosk_hidden = [w for w in hidden if w is not None and w.isVisible()]
            for w in self._kiosk_hidden:
                w.hide()
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
        else:
            for w in self._kiosk_hidden:
                w.show()
            self._kiosk_hidden = []
            if window.isFullScreen():
                window.showMaximized() if self._was_maximized else window.showNormal()
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

    def _on_data_changed(self, tables: set[str]) -> None:
        if tables & {"sessions", "workshops"}:
            self.set_workshop(self.workshop_id or "")
        elif tables & {"attendance", "enrolments", "participants"}:
            self.refresh_status()

    # -- page visibility: the scanner and the camera only work while the page is shown ----------------
    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        QApplication.instance().installEventFilter(self.scanner)
        self.services.db.execute("PRAGMA wal_autocheckpoint = 0")
        self._clock_timer.start()
        self.refresh_status()
        if not self.camera_button.isChecked():
            self.camera_button.setChecked(True)  # tries the camera; says so when there is none

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().hideEvent(event)
        QApplication.instance().removeEventFilter(self.scanner)
        self._restore_autocheckpoint()
        self._clock_timer.stop()
        self._search_timer.stop()
        if self.camera_button.isChecked():
            self.camera_button.setChecked(False)

    def _restore_autocheckpoint(self) -> None:
        self._checkpoint_timer.stop()
        try:
            self.services.db.execute("PRAGMA wal_autocheckpoint = 1000")  # SQLite's default
        except dbconnect.errors("ProgrammingError"):
            pass  # the database is already closed (the app is quitting)

    def checkpoint_in_background(self) -> None:
        """A passive checkpoint on the worker's own connection: it never blocks a check-in."""
        path = self.services.db_path
        self._last_checkpoint = time.monotonic()

        def work(_progress, _cancelled) -> None:  # noqa: ANN001
            conn = dbconnect.connect(path, timeout=0.5)  # the folder's own library (SQLCipher when encrypted)
            try:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                conn.close()

        from ..workers import run_task

        run_task(self, work, on_error=lambda _exc: None)  # a missed checkpoint is retried after the next scan

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        self.camera_panel.shutdown()
        super().closeEvent(event)
