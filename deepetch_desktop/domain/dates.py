"""Calendar arithmetic in the company's time zone; instants are aware datetimes in UTC."""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import BadInput


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
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


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", re.ASCII)
FRENCH_DAY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})", re.ASCII)
ISO_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})", re.ASCII)
YEARS = range(2000, 3000)  # what a business account can mean; far dates overflow arithmetic


def parse_month(text: str) -> tuple[int, int]:
    """YYYY-MM, ASCII digits only."""
    found = ISO_MONTH.fullmatch(str(text).strip())
    if not found or int(found[1]) not in YEARS or not 1 <= int(found[2]) <= 12:
        raise BadInput("month", "not_a_month", text)
    return int(found[1]), int(found[2])


def parse_day(text: str, field: str = "date") -> date:
    """ISO dates (2026-11-29) and French dates (29/11/2026), ASCII digits, years 2000-2999."""
    raw = str(text).strip()
    iso, french = ISO_DAY.fullmatch(raw), FRENCH_DAY.fullmatch(raw)
    try:
        if iso:
            day = date(int(iso[1]), int(iso[2]), int(iso[3]))
        elif french:
            day = date(int(french[3]), int(french[2]), int(french[1]))
        else:
            raise ValueError(raw)
    except ValueError:
        raise BadInput(field, "not_a_date", text) from None
    if day.year not in YEARS:
        raise BadInput(field, "out_of_range", text)
    return day
