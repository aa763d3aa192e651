"""`python -m deepetch_desktop` runs the command line."""

import sys

from deepetch_desktop.cli import main

sys.exit(main())
