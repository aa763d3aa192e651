"""The clock guard every dated write goes through: a workstation whose clock is behind the
latest recorded activity is refused (`ClockBehind`) before it writes anything."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from ..domain.clock import check_clock
from ..store.ops import latest_activity


def require_clock(conn: Connection, now: datetime) -> None:
    """Refuse the write in progress when `now` is well before the latest recorded activity.

    Read in the write transaction: on SQLite it holds the write lock, on PostgreSQL a write
    committed meanwhile with a later date can still slip under it, which is harmless since
    the basket's last use only ever moves forward (`later_use`)."""
    check_clock(now, latest_activity(conn))
