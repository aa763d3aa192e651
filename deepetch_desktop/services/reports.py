"""Consumption reports: credits used by sub-account, department, service or month."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select

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
    with db.read() as conn:
        own = own_scope(conn, actor, Privilege.SEE_OWN_USAGE)
        tz = company_zone(conn)
        begin = datetime.combine(start, time.min, tz)
        finish = datetime.combine(end + timedelta(days=1), time.min, tz)
        query = _usage_query(by, begin, finish, own)
        gc_was_enabled = gc.isenabled()
        gc.disable()  # a line per sub-account (100 000), none cyclic: no collection meanwhile
        try:
            rows = conn.execute(query).all()
            # unpacked rather than read by name
            lines = tuple([UsageLine(key or "—", int(n), int(c)) for key, n, c in rows])
        finally:
            if gc_was_enabled:
                gc.enable()
    return UsageReport(start, end, by, lines, sum([x.tasks for x in lines]),
                       sum([x.credits for x in lines]))


def _usage_query(by: str, begin: datetime, finish: datetime, own: int | None) -> Select[Any]:
    """Tasks counted in the tasks table alone, grouped by what identifies a line (the month, the
    sub-account's id, the service's code), then named: two sub-accounts or services of the same
    name stay two lines, and only the table that names the grouping is joined."""
    tk, sa, sv = t.tasks, t.sub_accounts, t.services
    counted = [tk.c.refunded_at.is_(None), tk.c.submitted_at >= begin, tk.c.submitted_at < finish]
    if own is not None:
        counted.append(tk.c.sub_account_id == own)
    n, c = func.count().label("n"), func.sum(tk.c.cost).label("c")
    if by == "month":
        return (select(tk.c.month.label("key"), n, c).where(*counted).group_by(tk.c.month)
                .order_by(tk.c.month))
    ident = tk.c.service_code if by == "service" else tk.c.sub_account_id
    per = select(ident.label("id"), n, c).where(*counted).group_by(ident).subquery("per")
    if by == "subaccount":
        return (select(sa.c.name.label("key"), per.c.n, per.c.c)
                .join_from(per, sa, sa.c.id == per.c.id)
                .order_by(per.c.c.desc(), sa.c.name, sa.c.id))
    if by == "service":  # a task keeps its code even if the catalogue no longer has it
        name = func.coalesce(sv.c.name, per.c.id)
        return (select(name.label("key"), per.c.n, per.c.c)
                .join_from(per, sv, sv.c.code == per.c.id, isouter=True)
                .order_by(per.c.c.desc(), name, per.c.id))
    credits = func.sum(per.c.c)
    return (select(sa.c.department.label("key"), func.sum(per.c.n).label("n"),
                   credits.label("c"))
            .join_from(per, sa, sa.c.id == per.c.id).group_by(sa.c.department)
            .order_by(credits.desc(), sa.c.department))


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
