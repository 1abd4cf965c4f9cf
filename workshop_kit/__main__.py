"""``python -m workshop_kit``: the command line of the core (the desktop app opens with ``workshop-kit``
or ``python -m ui``)."""

import sys

from workshop_kit.cli import main

sys.exit(main())
