"""Consumption figures computed from the task list: by month, by sub-account."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from deepetch_desktop.services.results import TaskView


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


def by_month(tasks: Iterable[TaskView], months: list[str]) -> list[tuple[str, int]]:
    totals: dict[str, int] = defaultdict(int)
    for task in tasks:
        if task.refunded_at is None:
            totals[task.month] += task.cost
    return [(month, totals.get(month, 0)) for month in months]


def by_sub_account(tasks: Iterable[TaskView],
                   month: str | None = None) -> list[tuple[str, int, int, int]]:
    """(name, tasks, credits, share %) per sub-account, the biggest first."""
    counts: dict[str, int] = defaultdict(int)
    credits: dict[str, int] = defaultdict(int)
    for task in tasks:
        if task.refunded_at is None and (month is None or task.month == month):
            counts[task.sub_account_name] += 1
            credits[task.sub_account_name] += task.cost
    total = sum(credits.values()) or 1
    rows = [(name, counts[name], credits[name], credits[name] * 100 // total)
            for name in credits]
    return sorted(rows, key=lambda row: -row[2])
