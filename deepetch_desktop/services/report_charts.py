"""What Rapports' charts show (issue 15), read in one transaction: consumption per month
stacked by department or service, the basket's balance day by day with its purchases and
expiries, and each limited sub-account's use of its limit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Select, func, select

from ..documents.report_charts import (
    BalanceOverTime,
    Chart,
    LimitUses,
    StackedMonths,
    month_starts,
)
from ..domain.errors import BadInput
from ..domain.vocabulary import LedgerKind, LimitKind, Privilege, SubAccountStatus
from ..store import tables as t
from ..store.engine import Database
from .common import company_zone, require
from .privileges import journals_refusals
from .results import Actor
from .subaccounts import sub_account_views

STACKINGS = ("department", "service")
STACK_GROUPS = 6  # more groups than this: the biggest five and « others » (named OTHERS)
OTHERS = ""  # a department's empty name is shown "—", never ""


@dataclass(frozen=True)
class MonthStack:
    """One month's credits, per group (department or service name, OTHERS for the rest)."""

    month: str  # YYYY-MM
    credits: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(value for _, value in self.credits)


@dataclass(frozen=True)
class BalanceDay:
    day: date
    balance: int  # at the end of the day


@dataclass(frozen=True)
class BasketEvent:
    day: date
    kind: LedgerKind  # PURCHASE or EXPIRY
    credits: int  # positive for a purchase, negative for an expiry


@dataclass(frozen=True)
class LimitUse:
    sub_account_id: int
    name: str
    limit_kind: LimitKind
    limit: int
    used: int


@dataclass(frozen=True)
class ReportCharts:
    start: date
    end: date
    stack_by: str
    groups: tuple[str, ...]  # the stacks' order, biggest first (OTHERS last when present)
    months: tuple[MonthStack, ...]
    opening_balance: int  # before `start`
    balance: tuple[BalanceDay, ...]  # the days something moved, in order
    events: tuple[BasketEvent, ...]
    limits: tuple[LimitUse, ...]  # biggest share of the limit first


@journals_refusals
def report_charts(db: Database, actor: Actor, start: date, end: date, now: datetime,
                  stack_by: str = "department") -> ReportCharts:
    """The charts of Rapports for `start`..`end` (company days, inclusive); the limits as they
    stand at `now`. The basket and every sub-account's limit are an administrator's to see."""
    if stack_by not in STACKINGS:
        raise BadInput("by", "unknown", stack_by)
    if end < start:
        raise BadInput("valid_to", "before_start", end)
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        tz = company_zone(conn)
        begin = datetime.combine(start, time.min, tz)
        finish = datetime.combine(end + timedelta(days=1), time.min, tz)
        groups, months = _stacks(conn, _stack_query(stack_by, begin, finish))
        opening, days, events = _balance(conn, begin, finish, tz)
        limits = _limits(conn, now)
    return ReportCharts(start, end, stack_by, groups, months, opening, days, events, limits)


def _stack_query(stack_by: str, begin: datetime, finish: datetime) -> Select[Any]:
    tk, sa, sv = t.tasks, t.sub_accounts, t.services
    counted = (tk.c.refunded_at.is_(None), tk.c.submitted_at >= begin,
               tk.c.submitted_at < finish)
    if stack_by == "service":
        name = func.coalesce(sv.c.name, tk.c.service_code)
        return (select(tk.c.month, name, func.sum(tk.c.cost))
                .join_from(tk, sv, sv.c.code == tk.c.service_code, isouter=True)
                .where(*counted).group_by(tk.c.month, name))
    return (select(tk.c.month, sa.c.department, func.sum(tk.c.cost))
            .join_from(tk, sa, sa.c.id == tk.c.sub_account_id)
            .where(*counted).group_by(tk.c.month, sa.c.department))


def _stacks(conn: Connection, query: Select[Any]
            ) -> tuple[tuple[str, ...], tuple[MonthStack, ...]]:
    per_month: dict[str, dict[str, int]] = {}
    totals: dict[str, int] = {}
    for month, group, credits in conn.execute(query):
        name = str(group or "—")
        per_month.setdefault(str(month), {})[name] = int(credits)
        totals[name] = totals.get(name, 0) + int(credits)
    ranked = sorted(totals, key=lambda name: (-totals[name], name))
    kept = ranked if len(ranked) <= STACK_GROUPS else ranked[:STACK_GROUPS - 1]
    groups = tuple(kept) + ((OTHERS,) if len(kept) < len(ranked) else ())
    months = []
    for month in sorted(per_month):
        values = per_month[month]
        row = [(name, values.get(name, 0)) for name in kept]
        if OTHERS in groups:
            row.append((OTHERS, sum(v for name, v in values.items() if name not in kept)))
        months.append(MonthStack(month, tuple(row)))
    return groups, tuple(months)


def _balance(conn: Connection, begin: datetime, finish: datetime, tz: Any
             ) -> tuple[int, tuple[BalanceDay, ...], tuple[BasketEvent, ...]]:
    lg = t.ledger
    opening = conn.execute(select(lg.c.balance_after).where(lg.c.at < begin)
                           .order_by(lg.c.at.desc(), lg.c.id.desc()).limit(1)).scalar()
    days: dict[date, int] = {}
    events: list[BasketEvent] = []
    rows = conn.execute(select(lg.c.at, lg.c.kind, lg.c.credits, lg.c.balance_after)
                        .where(lg.c.at >= begin, lg.c.at < finish).order_by(lg.c.at, lg.c.id))
    for at, kind, credits, balance_after in rows:
        day = at.astimezone(tz).date()
        days[day] = int(balance_after)
        if kind in (LedgerKind.PURCHASE, LedgerKind.EXPIRY):
            events.append(BasketEvent(day, LedgerKind(kind), int(credits)))
    return (int(opening or 0), tuple(BalanceDay(day, value) for day, value in days.items()),
            tuple(events))


def _limits(conn: Connection, now: datetime) -> tuple[LimitUse, ...]:
    uses = [LimitUse(s.id, s.name, s.limit_kind, int(s.limit_amount), s.used)
            for s in sub_account_views(conn, now)
            if s.limit_kind != LimitKind.NONE and s.limit_amount
            and s.status != SubAccountStatus.CLOSED]
    return tuple(sorted(uses, key=lambda u: (-u.used / u.limit, u.name)))


@dataclass(frozen=True)
class ChartWords:
    """What a PDF's charts say, in the front end's language."""

    months_title: str
    balance_title: str
    limits_title: str
    others: str
    legend: tuple[str, str, str]  # the balance, a purchase, an expiry
    month_label: Callable[[str], str]  # 'YYYY-MM' -> a short label
    limit_text: Callable[[LimitUse], str]  # « 1 932 / 2 000 · 96 % · limite fixe »


def pdf_charts(charts: ReportCharts, words: ChartWords) -> tuple[Chart, ...]:
    """The charts of `charts` for a PDF report (documents/report_charts.py)."""
    others = bool(charts.groups) and charts.groups[-1] == OTHERS
    months = StackedMonths(
        words.months_title, tuple(words.month_label(m.month) for m in charts.months),
        tuple(name or words.others for name in charts.groups),
        tuple(tuple(value for _, value in m.credits) for m in charts.months), others)
    starts = month_starts(charts.start, charts.end)
    balance = BalanceOverTime(
        words.balance_title, charts.start, charts.end, charts.opening_balance,
        tuple((p.day, p.balance) for p in charts.balance),
        tuple((e.day, e.credits) for e in charts.events), words.legend,
        tuple((day, words.month_label(f"{day:%Y-%m}")) for day in starts))
    limits = LimitUses(words.limits_title, tuple(
        (use.name, use.used, use.limit, words.limit_text(use)) for use in charts.limits))
    return (months, balance, *((limits,) if limits.rows else ()))
