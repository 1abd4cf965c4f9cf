"""Entry point of the frozen (PyInstaller) app: the same CLI, no sub-command opens the window."""

import sys

from workshop_kit.cli import main

if __name__ == "__main__":
    sys.exit(main())
