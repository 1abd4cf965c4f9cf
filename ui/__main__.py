"""``python -m ui`` = ``workshop-kit``: the CLI, and the desktop app with no sub-command."""

import sys

from ui.launcher import main

sys.exit(main())
