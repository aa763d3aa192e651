"""Consumption reports: credits used by sub-account, department, service or month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from ..domain.errors import BadInput
from ..domain.vocabulary import Privilege
from ..store import tables as t
from ..store.engine import Database
from .common import company_zone, require
from .privileges import journals_refusals, own_scope
from .results import Actor

GROUPINGS = ("subaccount", "department", "service", "month")


@dataclass(frozen=True)
class UsageLine:
    key: str
    tasks: int
    credits: int


@dataclass(frozen=True)
class UsageReport:
    start: date
    end: date
    by: str
    lines: tuple[UsageLine, ...]
    total_tasks: int
    total_credits: int


@journals_refusals
def usage_report(db: Database, actor: Actor, start: date, end: date,
                 by: str = "subaccount") -> UsageReport:
    """Tasks not refunded, submitted between `start` and `end` inclusive (company time); a
    holder's (`see_own_usage`) count their own tasks only."""
    if by not in GROUPINGS:
        raise BadInput("by", "unknown", by)
    if end < start:
        raise BadInput("valid_to", "before_start", end)
    tk, sa, sv = t.tasks, t.sub_accounts, t.services
    key = {"subaccount": sa.c.name, "department": sa.c.department, "service": sv.c.name,
           "month": tk.c.month}[by]
    with db.read() as conn:
        own = own_scope(conn, actor, Privilege.SEE_OWN_USAGE)
        mine = [] if own is None else [tk.c.sub_account_id == own]
        tz = company_zone(conn)
        begin = datetime.combine(start, time.min, tz)
        finish = datetime.combine(end + timedelta(days=1), time.min, tz)
        rows = conn.execute(
            select(key.label("key"), func.count().label("n"), func.sum(tk.c.cost).label("c"))
            .select_from(tk.join(sa, sa.c.id == tk.c.sub_account_id)
                         .join(sv, sv.c.code == tk.c.service_code))
            .where(tk.c.refunded_at.is_(None), tk.c.submitted_at >= begin,
                   tk.c.submitted_at < finish, *mine)
            .group_by(key)
            .order_by(key if by == "month" else func.sum(tk.c.cost).desc())
        ).all()
    lines = tuple(UsageLine(r.key or "—", int(r.n), int(r.c)) for r in rows)
    return UsageReport(start, end, by, lines, sum(x.tasks for x in lines),
                       sum(x.credits for x in lines))


@journals_refusals
def runway_days(db: Database, actor: Actor, now: datetime,
                window_days: int = 90) -> int | None:
    """Days until the basket runs out at the rate of the last `window_days` (None: no use)."""
    with db.read() as conn:
        require(conn, actor, Privilege.BUY_CREDITS)
        used = conn.execute(select(func.coalesce(func.sum(t.tasks.c.cost), 0)).where(
            t.tasks.c.refunded_at.is_(None),
            t.tasks.c.submitted_at >= now - timedelta(days=window_days))).scalar_one()
        balance = conn.execute(select(t.basket.c.balance)).scalar_one()
    if not used:
        return None
    return int(balance) * window_days // int(used)
