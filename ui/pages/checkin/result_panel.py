"""The big answer panel of the door screen: green welcome, amber repeat or session to choose, red refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from workshop_kit import checkin as core

from ...widgets import ltr_text
from .style import COLOURS, KIOSK_DETAIL_PX, KIOSK_HEADLINE_PX, SHAPES


class ResultPanel(QFrame):
    """A coloured frame with a headline read from 2 m and a detail line under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("result")
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rl = QVBoxLayout(self)
        rl.addStretch(1)
        rl.addWidget(self.headline)
        rl.addWidget(self.detail)
        rl.addStretch(1)

    def paint(self, colour: str, headline: str, detail: str, kiosk: bool = False) -> None:
        self.setProperty("colour", colour)
        big, small = (KIOSK_HEADLINE_PX, KIOSK_DETAIL_PX) if kiosk else (40, 20)
        self.setStyleSheet(
            f"QFrame#result {{ background: {COLOURS[colour]}; border-radius: 14px; }}"
            " QFrame#result QLabel { color: white; }"
            f" QLabel#headline {{ font-size: {big}px; font-weight: 700; }}"
            f" QLabel#detail {{ font-size: {small}px; }}"
        )
        if colour in SHAPES:
            headline = f"{SHAPES[colour]} {headline}"
        self.headline.setText(headline)
        self.detail.setText(detail)

    def describe(self, result: core.CheckinResult) -> tuple[str, str, str]:
        """(colour, headline, detail) for a check-in's answer."""
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
        return colour, headline, detail
