"""One short, distinct sound per check-in answer."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from workshop_kit.paths import resource

from .style import SOUND_FILES


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
