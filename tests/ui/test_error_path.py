"""One error path: an exception escaping a click handler is logged (without personal data) and shown;
Help → Save a problem report writes a zip a trainer can send."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import REPO
from workshop_kit import problemlog


def _close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.accept()


def test_an_exception_in_a_handler_is_logged_without_personal_data_and_shown(qtbot, window, data_dir) -> None:
    from ui.errorhook import ErrorHook

    problemlog.setup(data_dir)
    hook = ErrorHook(lambda: window)
    try:
        raise ValueError("fatima.elidrissi@example.org is not valid for Fatima El Idrissi")
    except ValueError:
        timer = QTimer()
        timer.timeout.connect(_close_dialogs)
        timer.start(50)
        hook(*sys.exc_info())
        timer.stop()
    assert hook.shown and "ValueError" in hook.shown[0] and "problem report" in hook.shown[0]
    log = problemlog.log_path(data_dir).read_text(encoding="utf-8")
    assert "builtins.ValueError" in log and "test_error_path.py" in log  # where it happened
    assert "fatima" not in log.lower() and "Idrissi" not in log  # never what it said
    assert oct(problemlog.log_path(data_dir).stat().st_mode & 0o777) == "0o600"


def test_a_refusal_is_shown_as_a_message_not_logged_as_a_failure(qtbot, window, data_dir) -> None:
    from ui.errorhook import ErrorHook
    from workshop_kit.errors import ValidationError

    problemlog.setup(data_dir)
    hook = ErrorHook(lambda: window)
    try:
        raise ValidationError("A workshop needs a title.")
    except ValidationError:
        QTimer.singleShot(50, _close_dialogs)
        hook(*sys.exc_info())
    assert hook.shown == ["A workshop needs a title."]
    assert "unexpected" not in problemlog.log_path(data_dir).read_text(encoding="utf-8")


def test_help_menu_saves_a_problem_report(qtbot, window, data_dir, tmp_path: Path) -> None:
    problemlog.setup(data_dir).info("started")
    actions = [a for m in window.menuBar().actions() for a in m.menu().actions()]
    assert any("problem report" in a.text() for a in actions)
    window.save_problem_report(str(tmp_path / "report.zip"))
    assert window.last_problem_report is None  # a job: the click returns before the zip is written
    qtbot.waitUntil(lambda: window.last_problem_report is not None, timeout=20000)
    written = window.last_problem_report
    with zipfile.ZipFile(written) as zf:
        names = set(zf.namelist())
        about = json.loads(zf.read("about.json"))
        assert {"about.json", "selfcheck.json", "logs/workshop-kit.log"} <= names
        assert not any(n.endswith(".sqlite") for n in names)  # never the data
    assert about["workshop_kit"]
    assert "saved" in window.statusBar().currentMessage()


def test_the_real_app_logs_an_unexpected_error_from_a_click(data_dir, tmp_path: Path) -> None:
    """In a real process: a slot that raises reaches the hook (PySide6 calls sys.excepthook), the log
    gets it and the app keeps running."""
    script = f"""
import os, sys
sys.path.insert(0, {str(REPO)!r})
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
import ui.app as app_mod

def fail():
    raise RuntimeError("Samira Bennani 0612345678")

def close_boxes():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.accept()
            QTimer.singleShot(100, QApplication.quit)

def poke():
    QTimer.singleShot(0, fail)
    t = QTimer(QApplication.instance()); t.timeout.connect(close_boxes); t.start(50)
app_mod.ensure_app()
QTimer.singleShot(1500, poke)
QTimer.singleShot(30000, QApplication.quit)  # never hang a test run
sys.exit(app_mod.run(Path(os.environ["WORKSHOP_KIT_HOME"])))
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=90)
    log = problemlog.log_path(data_dir).read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in log, (proc.stdout, proc.stderr)
    assert "Samira" not in log and "0612345678" not in log
