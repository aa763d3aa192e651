"""Floor: a bare-sqlite3 script printing the JSON `deepetch --json status` prints.

Nothing of the project is imported. `python status_json.py PATH`: first, as ours, the login this
computer remembers (remembered.py: the token from the keyring file, its SHA-256 looked up in
login_tokens; exit 3 without one), then the company, the basket, the credits used this month
(the same sum over this month's tasks), the credits' expiry (twelve months after the last use,
same wall-clock time in the company's time zone) and the invoices left to pay, printed with the
same keys, order and formatting.
"""

from __future__ import annotations

import calendar
import json
import os
import sqlite3
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from urllib.parse import quote
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from remembered import NOT_AUTHENTICATED, remembered  # noqa: E402

UNPAID = """
SELECT i.gross_cents - coalesce(p.paid, 0) - coalesce(c.credited, 0), i.due_date
FROM invoices i
LEFT JOIN (SELECT invoice_id, sum(amount_cents) AS paid FROM payments GROUP BY invoice_id) p
  ON p.invoice_id = i.id
LEFT JOIN (SELECT corrects_id, sum(gross_cents) AS credited FROM invoices
           WHERE corrects_id IS NOT NULL GROUP BY corrects_id) c ON c.corrects_id = i.id
WHERE i.kind = 'invoice'"""


def _instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _twelve_months_later(moment: datetime, zone: ZoneInfo) -> datetime:
    local = moment.astimezone(zone)
    year, month = local.year + 1, local.month
    day = date(year, month, min(local.day, calendar.monthrange(year, month)[1]))
    return datetime.combine(day, local.time().replace(tzinfo=None), tzinfo=zone).astimezone(UTC)


def status(path: str, now: datetime) -> dict[str, object] | None:
    """The status, or None when this computer remembers nobody (ours refuses then)."""
    con = sqlite3.connect(f"file:{quote(path)}?mode=rw", uri=True, timeout=30)
    try:
        if remembered(con, now) is None:
            return None
        name, zone_name, approved = con.execute(
            "SELECT name, timezone, terms_approved_at FROM company WHERE id = 1").fetchone()
        zone = ZoneInfo(zone_name)
        balance, last_use_text = con.execute(
            "SELECT balance, last_use_at FROM basket WHERE id = 1").fetchone()
        today = now.astimezone(zone).date()
        month = f"{today.year:04d}-{today.month:02d}"
        used = con.execute("SELECT coalesce(sum(cost), 0) FROM tasks WHERE month = ? AND "
                           "refunded_at IS NULL", (month,)).fetchone()[0]
        left = [(cents, date.fromisoformat(due)) for cents, due in con.execute(UNPAID)
                if cents > 0]
    finally:
        con.close()
    last_use = _instant(last_use_text)
    expiry = _twelve_months_later(last_use, zone) if last_use else None
    days_left = None
    if expiry is not None:
        days_left = max(0, (expiry - now + timedelta(days=1) - timedelta(seconds=1)).days)
    left_cents = sum(cents for cents, _ in left)
    return {
        "company": name, "balance": balance, "used_this_month": used, "month": month,
        "last_use": last_use.isoformat() if last_use else None,
        "expires_on": expiry.astimezone(zone).date().isoformat() if expiry else None,
        "days_left": days_left, "unpaid_invoices": len(left),
        "unpaid_eur": str((Decimal(left_cents) / 100).quantize(Decimal("0.01"))),
        "overdue_invoices": sum(1 for _, due in left if today > due),
        "terms_approved": approved is not None,
    }


if __name__ == "__main__":
    shown = status(sys.argv[1], datetime.now(UTC))
    if shown is None:
        print("not logged in", file=sys.stderr)
        sys.exit(NOT_AUTHENTICATED)
    json.dump(shown, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
