"""The desktop app's window in its own process, offscreen, writing as a trainer would.

Started by ``test_app_and_cli``: opens the data folder as ``ui.app`` does (single-instance lock,
header check, main window, the background integrity check and backup after the first paint), prints
``READY`` once that check and its backup are done, then adds one participant every 25 ms through the
core function the participants page calls, until a file ``stop`` appears in the data folder. Prints
``DONE <n>`` after the window closed its database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QTimer

    from ui.app import ensure_app, open_services
    from ui.main_window import MainWindow
    from workshop_kit.db import InstanceLock
    from workshop_kit.participants import add_participant

    data_dir = Path(os.environ["WORKSHOP_KIT_HOME"])
    app = ensure_app([])
    services = open_services(data_dir)
    if services is None:
        print("FAILED to open", flush=True)
        return 1
    window = MainWindow(services)
    window.show()
    state = {"n": 0, "errors": []}

    def write() -> None:
        if (data_dir / "stop").exists():
            timer.stop()
            window.close()
            app.quit()
            return
        try:
            add_participant(services.db, first_name=f"App{state['n']:04d}", last_name="Window", consent_data=True)
            state["n"] += 1
        except Exception as exc:  # noqa: BLE001 - reported to the test
            state["errors"].append(repr(exc))

    timer = QTimer(interval=25, timeout=write)

    def ready(_backup: str) -> None:
        if not timer.isActive():
            print("READY", flush=True)
            timer.start()

    services.state.backupMade.connect(ready)
    app.exec()
    services.db.conn.close()
    InstanceLock.release_all()
    print(f"DONE {state['n']} errors={len(state['errors'])} {state['errors'][:3]}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
