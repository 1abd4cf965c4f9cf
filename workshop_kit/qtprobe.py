"""Can Qt really load here? ``selfcheck`` asks this in a child process (``python -m workshop_kit.qtprobe``).

Finding the PySide6 package says nothing about the system libraries its binaries need (libGL,
libEGL, libxkbcommon, libglib…): ``import PySide6`` succeeds where ``import PySide6.QtWidgets``
fails. So the probe imports the modules the app uses, and loads the plugins the desktop (xcb,
Wayland) and the camera (Qt Multimedia's backend) need, reporting each loader's error. Importing this
module loads nothing; only ``probe()`` touches Qt, so the core's own process stays Qt-free.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# Modules the app imports (ui/): one failing is enough to stop it.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtMultimediaWidgets", "QtCharts", "QtPdf")


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

    def load_all(folder: str, keep=lambda name: True) -> dict[str, str]:  # noqa: ANN001
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
