"""Workshop Kit core: everything the app does, without Qt.

The desktop UI (``ui/``) and the CLI (``workshop_kit.cli``) are thin layers over these modules.
Importing this package must never load PySide6 (a test checks it).
"""

__version__ = "0.1.0"
APP_NAME = "Workshop Kit"
APP_ID = "workshop-kit"
