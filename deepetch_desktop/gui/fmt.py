"""Locale-aware numbers, money and dates through QLocale; never formatted by hand."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_zone: ZoneInfo = ZoneInfo("Europe/Paris")


def set_company_timezone(name: str) -> None:
    """Instants are shown in the company's time zone."""
    global _zone
    try:
        _zone = ZoneInfo(name)
    except Exception:  # noqa: BLE001 - an unknown zone falls back to Paris
        _zone = ZoneInfo("Europe/Paris")


def company_zone() -> ZoneInfo:
    return _zone


def locale() -> QLocale:
    return QLocale()


def credits(value: int | None) -> str:
    """12500 -> '12 500' (French), '12,500' (English)."""
    if value is None:
        return "—"
    return locale().toString(int(value))


def money(cents: int | None) -> str:
    """Integer cents -> '1 234,56 €' / '€1,234.56', without passing through a float."""
    if cents is None:
        return "—"
    loc = locale()
    sign = loc.negativeSign() if cents < 0 else ""
    euros, rest = divmod(abs(int(cents)), 100)
    number = f"{loc.toString(euros)}{loc.decimalPoint()}{rest:02d}"
    pattern = loc.toCurrencyString(7, "€", 0)  # where the locale puts the symbol
    return sign + pattern.replace("7", number, 1)


def money_fine(millicents: int) -> str:
    """A price per credit in thousandths of a cent: '0,09 €', or '0,085 €' when needed."""
    loc = locale()
    euros, rest = divmod(int(millicents), 100_000)
    digits = f"{rest:05d}".rstrip("0")
    digits = digits.ljust(2, "0")[:3]
    number = f"{loc.toString(euros)}{loc.decimalPoint()}{digits}"
    return loc.toCurrencyString(7, "€", 0).replace("7", number, 1)


def euros_plain(cents: int) -> str:
    """Integer cents -> '1234,56' for an editable field (no grouping, no symbol)."""
    euros, rest = divmod(abs(int(cents)), 100)
    return f"{euros}{locale().decimalPoint()}{rest:02d}"


def percent(value: int) -> str:
    """20 -> '20 %' with the narrow no-break space French typography wants."""
    text = locale().toString(int(value))
    if locale().language() == QLocale.Language.French:
        return f"{text}\u202f%"
    return f"{text}%"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day(value: date | None) -> str:
    """29/11/2026 in French; the locale's short format elsewhere."""
    if value is None:
        return "—"
    return locale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)


def instant(value: datetime | None) -> str:
    """An aware UTC instant shown in the company's time zone, short date and time."""
    if value is None:
        return "—"
    local = value.astimezone(_zone)
    qdt = QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute, local.second))
    return locale().toString(qdt, QLocale.FormatType.ShortFormat)


def local_day(value: datetime) -> date:
    return value.astimezone(_zone).date()


def month_label(month: str) -> str:
    """'2026-11' -> 'nov. 2026' in the locale."""
    year, mon = (int(part) for part in month.split("-"))
    return locale().toString(QDate(year, mon, 1), "MMM yyyy")


def month_short(month: str) -> str:
    """'2026-11' -> 'nov.' (with the year for January: 'janv. 26'), for chart axes."""
    year, mon = (int(part) for part in month.split("-"))
    pattern = "MMM yy" if mon == 1 else "MMM"
    return locale().toString(QDate(year, mon, 1), pattern)
