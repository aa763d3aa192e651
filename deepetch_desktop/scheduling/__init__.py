"""APScheduler wiring: a wake-up tick whose work only calls services.catch_up(now)."""

from __future__ import annotations

from .ticker import CatchUpTicker

__all__ = ["CatchUpTicker"]
