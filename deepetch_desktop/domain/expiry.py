"""Credits never expire while the account is used at least once a year.

The expiry instant is twelve months after the last use (a task submitted or credits bought),
at the same wall-clock time in the company's time zone. Reminders go out before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .dates import add_months_instant, local_day, require_aware
from .errors import BadInput
from .text import parse_int

EXPIRY_MONTHS = 12
EXPIRY_NOTE = "Douze mois sans utilisation"  # the ledger's note of an expiry (in French, stored)
DEFAULT_REMINDER_DAYS = (30, 7, 1)


def expires_at(last_use: datetime, tz: ZoneInfo) -> datetime:
    return add_months_instant(last_use, EXPIRY_MONTHS, tz)


def is_expired(last_use: datetime, now: datetime, tz: ZoneInfo) -> bool:
    """Expired strictly after the expiry instant (12 months minus 1 s: not yet)."""
    return require_aware(now) > expires_at(last_use, tz)


def days_until(instant: datetime, now: datetime, tz: ZoneInfo) -> int:
    """Whole calendar days from today to the day of `instant`, both days read in the company's
    time zone: 1 the day before whatever the hours, 0 on the day itself (and after). The one
    count the dashboard's card, the reminder's notification and its e-mail all say."""
    return max(0, (local_day(instant, tz) - local_day(now, tz)).days)


@dataclass(frozen=True)
class DueReminder:
    days_before: int
    expires_at: datetime


def due_expiry_reminder(
    last_use: datetime, now: datetime, tz: ZoneInfo, offsets: tuple[int, ...]
) -> DueReminder | None:
    """The one reminder to send now: the latest offset whose date has passed, not a burst of
    stale ones when several dates passed while nothing ran. None after expiry."""
    expiry = expires_at(last_use, tz)
    now = require_aware(now)
    if now > expiry:
        return None
    passed = [d for d in offsets if now >= expiry - timedelta(days=d)]
    if not passed:
        return None
    return DueReminder(min(passed), expiry)


def parse_reminder_days(text: str) -> tuple[int, ...]:
    """'30, 7, 1' -> (30, 7, 1): days before the expiry, 1 to 365 each."""
    days = tuple(sorted(set(parse_days(text)), reverse=True))
    if not days or any(d <= 0 or d > 365 for d in days):
        raise BadInput("reminder_days", "days_out_of_range", text)
    return days


def parse_days(text: str) -> list[int]:
    """A list of whole numbers separated by commas or semicolons (at most 20 of them)."""
    parts = [p for p in str(text).replace(";", ",").split(",", 20) if p.strip()]
    if len(parts) > 20:
        raise BadInput("reminder_days", "too_many_days", text)
    try:
        return [parse_int(p, "reminder_days") for p in parts]
    except BadInput:
        raise BadInput("reminder_days", "not_a_list_of_days", text) from None
