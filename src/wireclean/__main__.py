"""Run the command line with ``python -m wireclean``."""

import sys

from wireclean.cli import main

sys.exit(main())
