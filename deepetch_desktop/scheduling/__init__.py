"""APScheduler wiring: a wake-up tick that only calls services.catch_up(now)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from .. import services
from .ticker import CatchUpTicker


def catch_up_ticker(
    db: object,
    timezone_name: str = "Europe/Paris",
    on_result: Callable[[object], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    interval: float = 60,
    clock: Callable[[], datetime] | None = None,
) -> CatchUpTicker:
    """The application's ticker: each tick runs services.catch_up(db, now)."""

    def work(now: datetime) -> object:
        return services.catch_up(db, now)  # type: ignore[arg-type]

    if clock is None:
        return CatchUpTicker(work, timezone_name, interval, on_result, on_error)
    return CatchUpTicker(work, timezone_name, interval, on_result, on_error, clock)


__all__ = ["CatchUpTicker", "catch_up_ticker"]
