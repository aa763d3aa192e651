"""Sub-account limit alerts at 80 % and 100 %, once per limit period."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, select

from ..domain.dates import month_key
from ..domain.vocabulary import NotificationKind
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import claim_effect
from .common import today
from .notification_texts import notification_text
from .notifications import notify, queue_email
from .subaccounts import limit_of, list_query

THRESHOLDS = (100, 80)
NOTIFICATIONS = {100: NotificationKind.LIMIT_100, 80: NotificationKind.LIMIT_80}


def limit_alerts(db: Database, now: datetime) -> int:
    with db.read() as conn:
        day = today(conn, now)
        # Only the sub-accounts past the lowest threshold: a few rows, even among 100 000.
        rows = conn.execute(list_query(month_key(day)).where(
            t.sub_accounts.c.limit_kind != "none", t.sub_accounts.c.status != "closed",
            t.sub_accounts.c.limit_amount > 0,
            t.usage.c.used * 100 >= t.sub_accounts.c.limit_amount * min(THRESHOLDS))).all()
        done = set(conn.execute(select(t.effects.c.key).where(
            t.effects.c.key.startswith("limit", autoescape=True))).scalars())
    sent = 0
    for row in rows:
        used, amount = int(row.period_used or 0), int(row.limit_amount or 0)
        if amount <= 0:
            continue
        period = limit_of(row).period_key(day)
        reached = [p for p in THRESHOLDS if used * 100 >= p * amount]
        if not reached:
            continue
        keys = [f"limit{p}:{row.id}:{row.limit_generation}:{period}" for p in reached]
        if keys[0] in done:
            continue
        data = {"name": row.name, "used": used, "limit": amount, "period": period,
                "percent": used * 100 // amount, "sub_account_id": row.id}

        def work(conn: Connection, keys: list[str] = keys, top: int = reached[0],
                 data: dict[str, object] = data, email: str = row.email) -> bool:
            fresh = [claim_effect(conn, k, now) for k in keys]
            if not fresh[0]:
                return False
            notify(conn, keys[0], NOTIFICATIONS[top], now, **data)
            title, body = notification_text(NOTIFICATIONS[top], data)
            queue_email(conn, keys[0], email, f"Deepetch : {title}", body, now)
            return True

        sent += int(db.write(work))
    return sent
