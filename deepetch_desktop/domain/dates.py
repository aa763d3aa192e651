"""Calendar arithmetic in the company's time zone; instants are aware datetimes in UTC."""

from __future__ import annotations

import calendar as _calendar
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import BadInput

UTC = UTC


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput("timezone", "unknown_time_zone", name) from None


def require_aware(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise ValueError("instants must be timezone-aware")
    return now.astimezone(UTC)


def local_day(now: datetime, tz: ZoneInfo) -> date:
    return require_aware(now).astimezone(tz).date()


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = _calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def add_months_instant(instant: datetime, months: int, tz: ZoneInfo) -> datetime:
    """The same wall-clock time `months` later in `tz` (day clamped to the month's end)."""
    local = require_aware(instant).astimezone(tz)
    day = add_months(local.date(), months)
    moved = datetime.combine(day, local.time().replace(tzinfo=None), tzinfo=tz)
    return moved.astimezone(UTC)


def month_start(year: int, month: int, tz: ZoneInfo) -> datetime:
    return datetime(year, month, 1, tzinfo=tz).astimezone(UTC)


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def parse_month(text: str) -> tuple[int, int]:
    try:
        year_s, month_s = text.split("-")
        year, month = int(year_s), int(month_s)
        if not (1 <= month <= 12 and 2000 <= year <= 9999):
            raise ValueError
    except ValueError:
        raise BadInput("month", "not_a_month", text) from None
    return year, month


def parse_day(text: str, field: str = "date") -> date:
    """ISO dates (2026-11-29) and French dates (29/11/2026)."""
    raw = str(text).strip()
    try:
        if "/" in raw:
            d, m, y = raw.split("/")
            return date(int(y), int(m), int(d))
        return date.fromisoformat(raw)
    except ValueError:
        raise BadInput(field, "not_a_date", text) from None


def days_between(start: date, end: date) -> int:
    return (end - start) // timedelta(days=1)
