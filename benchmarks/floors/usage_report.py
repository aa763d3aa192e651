"""Floor: the usage report by sub-account with the best-shaped raw sqlite3 query.

Nothing of the project is imported. The tasks not refunded, submitted in [start, end] (whole
days in the company's time zone), summed per sub-account id in the tasks table alone, then
named: one line per sub-account (two sub-accounts of the same name stay two lines), largest
first, with the totals.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

BY_SUB_ACCOUNT = """
SELECT s.name, x.n, x.c
FROM (SELECT sub_account_id, count(*) AS n, sum(cost) AS c FROM tasks
      WHERE refunded_at IS NULL AND submitted_at >= ? AND submitted_at < ?
      GROUP BY sub_account_id) AS x
JOIN sub_accounts s ON s.id = x.sub_account_id
ORDER BY x.c DESC"""


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def usage_by_sub_account(con: sqlite3.Connection, start: date,
                         end: date) -> tuple[list[tuple[str, int, int]], int, int]:
    """(lines of name, tasks, credits; total tasks; total credits)."""
    zone = ZoneInfo(con.execute("SELECT timezone FROM company WHERE id = 1").fetchone()[0])
    begin = datetime.combine(start, time.min, zone)
    finish = datetime.combine(end + timedelta(days=1), time.min, zone)
    lines = con.execute(BY_SUB_ACCOUNT, (_stamp(begin), _stamp(finish))).fetchall()
    return lines, sum(n for _, n, _ in lines), sum(c for _, _, c in lines)
