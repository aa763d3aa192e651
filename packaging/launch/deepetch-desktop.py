"""Frozen entry point of `deepetch-desktop` (PyInstaller): the GUI, like the gui-script."""

from deepetch_desktop.gui.app import main

raise SystemExit(main())
