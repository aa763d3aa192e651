"""The months a consumption chart shows."""

from __future__ import annotations

from datetime import date


def last_months(today: date, count: int = 12) -> list[str]:
    """'YYYY-MM' of the `count` months ending with today's, oldest first."""
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return months[::-1]

