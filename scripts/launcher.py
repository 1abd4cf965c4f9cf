"""Entry point of the frozen (PyInstaller) app: the same CLI, no sub-command opens the window."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
