"""Can Qt really load here? ``selfcheck`` asks this in a child process: ``python -m ui.qtprobe`` from
source, ``workshop-kit --qt-probe`` in the frozen app (the launcher answers it before the CLI).

Finding the PySide6 package says nothing about the system libraries its binaries need (libGL,
libEGL, libxkbcommon, libglib…): ``import PySide6`` succeeds where ``import PySide6.QtWidgets``
fails. So the probe imports the modules the app uses, and loads the plugins the desktop (xcb,
Wayland) and the camera (Qt Multimedia's backend) need, reporting each loader's error. It lives in
``ui/`` because it imports Qt; the core only starts it as a program.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from workshop_kit.selfcheck import QT_MODULES


def probe() -> dict:
    """``{"error": str}`` when Qt cannot be imported, else its version and each plugin's load error."""
    import importlib

    try:
        from PySide6.QtCore import QLoggingCategory

        # Qt Multimedia logs the optional libraries it looks for (PipeWire, VA-API) as it loads.
        QLoggingCategory.setFilterRules("qt.multimedia.*=false")
        for name in QT_MODULES:
            importlib.import_module(f"PySide6.{name}")
    except ImportError as exc:
        return {"error": str(exc)}
    import PySide6
    from PySide6.QtCore import QLibraryInfo, QPluginLoader

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))

    def load_all(folder: str, keep: Callable[[str], bool] = lambda _name: True) -> dict[str, str]:
        found = {}
        for path in sorted((plugins / folder).glob("*")):
            if path.suffix in (".so", ".dll", ".dylib") and keep(path.stem):
                loader = QPluginLoader(str(path))
                found[path.name] = "" if loader.load() else loader.errorString()
        return found

    return {
        "version": PySide6.__version__,
        # The desktop's platform plugins (offscreen, minimal, vnc… need nothing from the system).
        "platforms": load_all("platforms", lambda s: any(k in s for k in ("xcb", "wayland", "windows", "cocoa"))),
        "multimedia": load_all("multimedia"),
    }


if __name__ == "__main__":
    json.dump(probe(), sys.stdout)
