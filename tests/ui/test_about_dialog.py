"""The About dialog reads right to left in Arabic; versions and the data file keep their Latin order."""

from __future__ import annotations

import platform

import pytest
from PySide6.QtWidgets import QLabel

LRI, PDI = "\u2066", "\u2069"


def _plain(text: str) -> str:
    return text.replace(LRI, "").replace(PDI, "").replace("<b>", "").replace("</b>", "").strip()


def _label(dialog, text: str) -> QLabel:
    """The label that shows exactly ``text`` (a name or a version on its own, as a trainer reads it)."""
    found = [lab for lab in dialog.findChildren(QLabel) if _plain(lab.text()) == text]
    assert found, f"no label showing {text!r} on its own"
    return found[0]


def _ink_columns(label: QLabel) -> tuple[int, int]:
    """Leftmost and rightmost columns where the label paints text."""
    image = label.grab().toImage()
    background = image.pixel(0, 0)
    cols = [x for x in range(image.width()) for y in range(0, image.height(), 2) if image.pixel(x, y) != background]
    return min(cols), max(cols)


@pytest.mark.parametrize(("lang", "rtl"), [("ar", True), ("fr", False)])
def test_about_follows_the_reading_direction(qapp, qtbot, services, lang, rtl):
    from ui.dialogs.about import AboutDialog
    from ui.i18n import apply_language

    apply_language(qapp, lang)
    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    dialog.resize(560, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    for name, value in (("Python", platform.python_version()), ("SQLite", __import__("sqlite3").sqlite_version)):
        key, val = _label(dialog, name), _label(dialog, value)
        key_x = key.mapTo(dialog, key.rect().center()).x()
        val_x = val.mapTo(dialog, val.rect().center()).x()
        assert (key_x > val_x) if rtl else (key_x < val_x), f"{name}: name and version in the wrong order"
        assert f"{LRI}{value}{PDI}" in val.text()  # "3.11.2" never becomes "2.11.3"
    heading = _label(dialog, "Workshop Kit")
    left, right = _ink_columns(heading)
    if rtl:
        assert left > heading.width() / 2, "the title sits on the left of an Arabic dialog"
    else:
        assert right < heading.width() / 2
    data = [lab for lab in dialog.findChildren(QLabel) if str(services.db_path) in lab.text()]
    assert data and f"{LRI}{services.db_path}{PDI}" in data[0].text()
    if rtl:
        assert "encryption" not in " ".join(lab.text() for lab in dialog.findChildren(QLabel))
