"""The `deepetch` command line: the same services as the application, from a terminal."""

from __future__ import annotations

from .main import main

__all__ = ["main"]
