"""Frozen entry point of `deepetch` (PyInstaller): the command line, like the console script."""

from deepetch_desktop.cli import main

raise SystemExit(main())
