"""Where the shipped resources (fonts, icons, templates, translations) live on disk."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def _resources_root() -> Path:
    # PyInstaller bundle: packaging/deepetch-desktop.spec puts them where the wheel does.
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "deepetch_desktop" / "resources"
    # Installed: the top-level resources/ folder ships as the package deepetch_desktop.resources.
    try:
        package = importlib.import_module("deepetch_desktop.resources")
    except ImportError:
        package = None
    location = getattr(package, "__file__", None)
    if location:
        return Path(location).parent
    # Source checkout: resources/ sits next to the deepetch_desktop package.
    return Path(__file__).resolve().parents[1] / "resources"


def resource(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return _resources_root().joinpath(*parts)
