"""A workstation's clock may be wrong: a write dated well before the latest recorded activity
is refused rather than allowed to move the account back in time (and expire its credits)."""

from __future__ import annotations

from datetime import datetime, timedelta

from .dates import require_aware
from .errors import ClockBehind

# Clocks of a few workstations drift by seconds, not minutes; beyond this the clock is wrong.
CLOCK_TOLERANCE = timedelta(minutes=5)


def check_clock(now: datetime, latest_activity: datetime | None) -> None:
    """Refuse `now` when it is more than CLOCK_TOLERANCE before `latest_activity`."""
    if latest_activity is None:
        return
    lag = require_aware(latest_activity) - require_aware(now)
    if lag > CLOCK_TOLERANCE:
        raise ClockBehind(int(lag.total_seconds()), require_aware(latest_activity))


def latest(*instants: datetime | None) -> datetime | None:
    """The latest of the known instants (None when none is known)."""
    known = [require_aware(i) for i in instants if i is not None]
    return max(known) if known else None
