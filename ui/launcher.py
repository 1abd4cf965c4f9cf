"""The ``workshop-kit`` command: the CLI of the core, and the desktop app when no sub-command is given.

The core's CLI (``workshop_kit.cli``) knows nothing of Qt; this launcher hands it the one thing it
cannot do itself, opening the window. ``python -m ui`` does the same.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _open_app(data_dir: Path) -> int:
    from .app import run

    return run(data_dir)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--qt-probe"]:  # selfcheck of the frozen app: can Qt load here? (ui/qtprobe.py)
        import json

        from .qtprobe import probe

        json.dump(probe(), sys.stdout)
        return 0
    from workshop_kit.cli import main as cli_main

    return cli_main(argv, open_app=_open_app)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
