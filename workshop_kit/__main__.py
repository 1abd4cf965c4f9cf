"""``python -m workshop_kit`` = ``workshop-kit``."""

import sys

from workshop_kit.cli import main

sys.exit(main())
