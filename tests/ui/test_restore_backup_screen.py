"""Restoring a chosen backup from the app: listed with date, reason and size, confirmed with Cancel as the
default, and done at the next start (the running app holds its own data file), the replaced file kept."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workshop_kit import backup
from workshop_kit.db import InstanceLock
from workshop_kit.paths import database_path
from workshop_kit.workshops import list_workshops


def answer_boxes(answers: list, seen: list) -> None:
    """Answer the next message boxes in turn: each answer is a QMessageBox button, or None for Enter."""

    def tick() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            answer = answers.pop(0)
            seen.append((box.text(), box.defaultButton() and box.standardButton(box.defaultButton())))
            if answer is None:
                box.defaultButton().click()
            else:
                box.button(answer).click()
        if answers:
            QTimer.singleShot(20, tick)

    QTimer.singleShot(20, tick)


def test_a_chosen_backup_is_restored_at_the_next_start(qtbot, services, db, demo, data_dir):
    from ui.app import open_services
    from ui.dialogs.restore_backup import RestoreBackupDialog

    path = database_path(data_dir)
    chosen = backup.make_backup(db.conn, path, reason="manual")
    titles_before = {w["title"] for w in list_workshops(db)}
    db.execute("UPDATE workshops SET title = 'Typed after the backup'")
    db.conn.commit()
    backup.make_backup(db.conn, path, reason="auto")

    dialog = RestoreBackupDialog(path, services=services)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 1).text() == "Made by hand"
    assert dialog.table.item(0, 1).text() == "Automatic"
    assert dialog.table.item(1, 2).text().endswith("kB")
    dialog.table.selectRow(1)

    # Enter on the confirmation takes the safe default: nothing planned.
    seen: list = []
    answer_boxes([None], seen)
    assert dialog.restore_selected() is False
    assert seen[0][1] == QMessageBox.Cancel
    assert backup.scheduled_restore(path) is None

    # While the app has the file, the core refuses to replace it; the screen plans it for the next start.
    InstanceLock.acquire(path)
    answer_boxes([QMessageBox.Yes, QMessageBox.Ok], seen)
    assert dialog.restore_selected() is True
    # The backup is checked from start to end before it is planned: a job, not a frozen window (a
    # coordinator's backup of 100k people takes seconds to check).
    assert backup.scheduled_restore(path) is None
    qtbot.waitUntil(lambda: backup.scheduled_restore(path) == chosen, timeout=10000)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)  # Cancel before, then Yes, then the OK here
    assert "next time you start" in seen[-1][0]
    assert backup.scheduled_restore(path) == chosen
    assert "next time you start" in dialog.status.text()
    assert dialog.table.item(1, 1).text() == "Made by hand — to be restored at the next start"
    assert dialog.table.item(1, 0).font().bold() and not dialog.table.item(0, 0).font().bold()
    assert {w["title"] for w in list_workshops(db)} == {"Typed after the backup"}  # nothing replaced yet

    # The app is closed, then started again: the backup is in place, the replaced file kept.
    db.conn.close()
    InstanceLock.release_all()
    answer_boxes([QMessageBox.Ok], seen)
    reopened = open_services(data_dir)
    try:
        assert reopened is not None
        assert {w["title"] for w in list_workshops(reopened.db)} == titles_before
        assert "was restored" in seen[-1][0]
        assert list(data_dir.glob("workshop-kit.sqlite.replaced-*"))
        assert backup.scheduled_restore(path) is None
    finally:
        reopened.db.conn.close()
        InstanceLock.release_all()


def test_the_planned_restore_can_be_cancelled(qtbot, services, db, data_dir):
    from ui.dialogs.restore_backup import RestoreBackupDialog

    path = database_path(data_dir)
    chosen = backup.make_backup(db.conn, path, reason="auto")
    backup.schedule_restore(path, chosen)
    dialog = RestoreBackupDialog(path, services=services)
    qtbot.addWidget(dialog)
    assert dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()
    assert backup.scheduled_restore(path) is None
    assert not dialog.cancel_button.isEnabled()


def test_the_file_menu_offers_the_restore(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Restore a backup…" in texts


def test_in_arabic_the_newest_backup_is_chosen_and_dates_keep_their_order(qapp, qtbot, services, db, data_dir):
    from ui.dialogs.restore_backup import RestoreBackupDialog
    from ui.i18n import apply_language

    path = database_path(data_dir)
    backup.make_backup(db.conn, path, reason="manual")
    newest = backup.make_backup(db.conn, path, reason="auto")
    apply_language(qapp, "ar")
    dialog = RestoreBackupDialog(path, services=services)
    qtbot.addWidget(dialog)
    assert dialog.selected() == newest and dialog.restore_button.isEnabled()
    date = dialog.table.item(0, 0).text()
    assert date.startswith("\u2066") and date.endswith("\u2069")


def test_a_damaged_backup_is_refused_with_a_message_and_nothing_is_planned(qtbot, services, db, data_dir):
    from ui.dialogs.restore_backup import RestoreBackupDialog

    path = database_path(data_dir)
    chosen = backup.make_backup(db.conn, path, reason="manual")
    data = bytearray(chosen.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\xff" * 4096
    chosen.write_bytes(bytes(data))
    dialog = RestoreBackupDialog(path, services=services)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    seen: list = []
    answer_boxes([QMessageBox.Yes, QMessageBox.Ok], seen)
    assert dialog.restore_selected() is True
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert "damaged" in seen[-1][0]
    assert backup.scheduled_restore(path) is None
    assert dialog.restore_button.isEnabled()
