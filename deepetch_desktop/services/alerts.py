"""Sub-account limit alerts at 80 % and 100 %, once per limit period."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    String,
    and_,
    bindparam,
    case,
    cast,
    exists,
    literal,
    or_,
    select,
)

from ..domain.dates import month_key
from ..domain.limits import FIXED_PERIOD, LimitKind
from ..domain.vocabulary import NotificationKind
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import claim_effect
from .common import today
from .notification_texts import notification_text
from .notifications import notify, queue_email
from .subaccounts import limit_of

THRESHOLDS = (100, 80)
NOTIFICATIONS = {100: NotificationKind.LIMIT_100, 80: NotificationKind.LIMIT_80}


def _due_alerts() -> Select[Any]:
    """This period's usage rows at or above 80 % of their sub-account's limit whose highest
    threshold reached has no effect yet: found from `usage` by period (ix_usage_period), each
    joined to its sub-account by primary key and its key looked up in `effects`' primary key.
    What it reads grows with this period's usage rows, not with every sub-account nor with
    the alerts of past periods."""
    s, u = t.sub_accounts, t.usage
    month = bindparam("month", type_=String)
    top = case((u.c.used >= s.c.limit_amount, literal("limit100:")), else_=literal("limit80:"))
    key = (top + cast(s.c.id, String) + literal(":") + cast(s.c.limit_generation, String)
           + literal(":") + u.c.period)  # as limit_alerts writes it
    return (
        select(s.c.id, s.c.name, s.c.email, s.c.limit_kind, s.c.limit_amount, s.c.limit_from,
               s.c.limit_to, s.c.limit_generation, u.c.used.label("period_used"))
        .select_from(u.join(s, and_(s.c.id == u.c.sub_account_id,
                                    s.c.limit_generation == u.c.generation)))
        .where(u.c.period.in_([month, literal(FIXED_PERIOD)]),
               or_(and_(s.c.limit_kind == LimitKind.MONTHLY.value, u.c.period == month),
                   and_(s.c.limit_kind == LimitKind.FIXED.value, u.c.period == FIXED_PERIOD)),
               s.c.status != "closed", s.c.limit_amount > 0,
               u.c.used * 100 >= s.c.limit_amount * min(THRESHOLDS),
               ~exists().where(t.effects.c.key == key))
        .order_by(s.c.id)
    )


DUE_ALERTS = _due_alerts()  # built once


def limit_alerts(db: Database, now: datetime) -> int:
    with db.read() as conn:
        day = today(conn, now)
        rows = conn.execute(DUE_ALERTS, {"month": month_key(day)}).all()
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
        data = {"name": row.name, "used": used, "limit": amount, "period": period,
                "percent": used * 100 // amount, "sub_account_id": row.id}

        def work(conn: Connection, keys: list[str] = keys, top: int = reached[0],
                 data: dict[str, object] = data, email: str = row.email) -> bool:
            fresh = [claim_effect(conn, k, now) for k in keys]
            if not fresh[0]:
                return False
            notify(conn, keys[0], NOTIFICATIONS[top], now, **data)
            title, body = notification_text(NOTIFICATIONS[top], data)
            queue_email(conn, keys[0], email, f"Deepetch\u00a0: {title}", body, now)
            return True

        sent += int(db.write(work))
    return sent
