"""Settings → Encryption over the real data file, and the passphrase asked when the app starts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from workshop_kit import dbconnect

PASS = "trois mots pour la porte"


@pytest.fixture(autouse=True)
def _no_keys_left(monkeypatch):
    monkeypatch.delenv(dbconnect.PASSPHRASE_ENV, raising=False)
    dbconnect.forget()
    yield
    dbconnect.forget()


def test_encrypt_then_decrypt_from_settings_while_the_app_runs(qtbot, window, services, demo, db) -> None:
    page = window.show_section("settings")
    assert "Not encrypted" in page.encryption_label.text() and not page.encrypt_button.isHidden()
    job = page.encrypt(PASS)
    qtbot.waitUntil(lambda: job.finished, timeout=30000)
    assert "Encrypted with a passphrase" in page.encryption_label.text() and not page.decrypt_button.isHidden()
    raw = services.db_path.read_bytes()
    assert b"Fatima" not in raw and b"SQLite format 3" not in raw
    # The pages keep working on the same services: the connection was switched underneath.
    participants = window.show_section("participants")
    assert participants is not None
    assert services.db.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 12
    # The automatic backup (a worker with its own connection) and the door's checkpoint work encrypted.
    from ui.workers import wait_all
    from workshop_kit import backup

    window.backup_now()
    door = window.show_section("checkin")
    door.checkpoint_in_background()
    assert wait_all(30000)
    made = backup.list_backups(services.db_path)
    assert made and all(b"Fatima" not in b.read_bytes() and backup.is_good(b) for b in made)
    assert not page.change_button.isHidden()
    job = page.change_passphrase("une autre phrase de porte")
    qtbot.waitUntil(lambda: job.finished, timeout=30000)
    assert services.db.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 12
    job = page.decrypt(confirmed=True)
    qtbot.waitUntil(lambda: job.finished, timeout=30000)
    assert "Not encrypted" in page.encryption_label.text()
    assert b"SQLite format 3" in services.db_path.read_bytes()[:16]


def test_the_passphrase_dialog_only_accepts_a_long_repeated_written_down_passphrase(qtbot) -> None:
    from ui.dialogs.encryption import PassphraseDialog

    dialog = PassphraseDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    dialog.passphrase.setText("court")
    assert not ok.isEnabled() and "Too short" in dialog.problem.text()
    dialog.passphrase.setText(PASS)
    dialog.repeated.setText(PASS + "x")
    assert not ok.isEnabled() and "differ" in dialog.problem.text()
    dialog.repeated.setText(PASS)
    assert not ok.isEnabled()
    dialog.written_down.setChecked(True)
    assert ok.isEnabled()


def test_the_app_asks_the_passphrase_of_an_encrypted_folder(qapp, data_dir, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ui.app import open_services
    from workshop_kit import encryption
    from workshop_kit.db import InstanceLock, open_database

    opened = open_database(data_dir, auto_backup=False)
    encryption.enable(opened.db, data_dir, opened.path, PASS)
    opened.db.conn.close()
    dbconnect.forget()
    answers = iter([("pas la bonne", True), (PASS, True)])
    prompts = []

    def answer(parent, title, label, echo):
        prompts.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", answer)
    services = open_services(data_dir)
    try:
        assert services is not None and len(prompts) == 2 and "Wrong passphrase" in prompts[1]
        assert services.db.execute("SELECT COUNT(*) FROM workshops").fetchone()[0] == 0
    finally:
        if services is not None:
            services.db.conn.close()
        InstanceLock.release_all()
    dbconnect.forget()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("", False))
    assert open_services(data_dir) is None
    InstanceLock.release_all()


def test_the_file_password_dialog_allows_empty_or_a_long_repeated_password(qtbot) -> None:
    from ui.dialogs.encryption import FilePasswordDialog

    dialog = FilePasswordDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert ok.isEnabled()  # empty: the file is written unprotected
    dialog.password.setText("court")
    assert not ok.isEnabled() and "Too short" in dialog.problem.text()
    dialog.password.setText("porte bleue")
    assert not ok.isEnabled()
    dialog.repeated.setText("porte bleux")
    assert "differ" in dialog.problem.text()
    dialog.repeated.setText("porte bleue")
    assert ok.isEnabled()


def test_personal_data_export_protected_from_the_participants_page(window, services, demo, db, monkeypatch,
                                                                   tmp_path, qtbot) -> None:
    from PySide6.QtWidgets import QFileDialog

    import ui.dialogs.encryption as dialogs
    from workshop_kit import sealed

    page = window.show_section("participants")
    fatima = db.execute("SELECT id FROM participants WHERE first_name = 'Fatima'").fetchone()[0]
    monkeypatch.setattr(page, "current_id", lambda: fatima)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "fatima.docx"), ""))
    monkeypatch.setattr(dialogs, "ask_file_password", lambda parent: "porte bleue")
    page.export_data()
    protected = tmp_path / "fatima.docx.sealed"
    assert not protected.exists()  # a job: the click returns at once, the file comes later
    qtbot.waitUntil(lambda: getattr(page, "last_personal_data", None) == str(protected), timeout=20000)
    assert sealed.is_sealed(protected) and b"Fatima" not in protected.read_bytes()
    assert sealed.unseal(protected.read_bytes(), "porte bleue")[:2] == b"PK"
