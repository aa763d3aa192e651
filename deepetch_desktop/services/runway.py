"""Runway and advice (domain/runway.py): when the basket runs out and each limited sub-account
reaches its limit at the rate of the last days, and the cheapest packs lasting until a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from fractions import Fraction

from sqlalchemy import and_, func, select

from ..domain.errors import BadInput
from ..domain.runway import (
    PackOffer,
    cheapest_mix,
    credits_needed,
    reaches_limit_on,
    runs_out_on,
)
from ..domain.text import parse_int
from ..domain.vocabulary import Privilege
from ..store import tables as t
from ..store.engine import Database
from .catalogue import pack_views
from .common import require, today
from .privileges import journals_refusals
from .results import Actor, PackView
from .subaccounts import limit_of

DEFAULT_WINDOW_DAYS = 90
MAX_WINDOW_DAYS = 3650


@dataclass(frozen=True)
class SubAccountRunway:
    id: int
    name: str
    limit_kind: str  # monthly, fixed
    limit_credits: int
    used: int  # in the limit's current period
    reaches_limit_on: date | None  # None: not within the period at this rate


@dataclass(frozen=True)
class AdvicePack:
    code: str
    name: str
    quantity: int
    credits: int
    net_cents: int  # excl. VAT


@dataclass(frozen=True)
class Advice:
    """The cheapest packs (excl. VAT, then the fewest credits) that last through `until`;
    `exact` False when the catalogue was too irregular to search: the best price per credit
    alone, then."""

    until: date
    needed_credits: int
    packs: tuple[AdvicePack, ...]
    credits: int
    net_cents: int
    exact: bool = True


@dataclass(frozen=True)
class RunwayReport:
    today: date
    window_days: int
    balance: int
    used_in_window: int
    basket_runs_out_on: date | None  # None: nothing used in the window
    sub_accounts: tuple[SubAccountRunway, ...]
    advice: Advice | None  # None: no `until` given, or no pack for sale


def parse_window(value: object) -> int:
    return parse_int(value, "window_days", minimum=1, maximum=MAX_WINDOW_DAYS)


@journals_refusals
def runway(db: Database, actor: Actor, now: datetime, *,
           window_days: object = DEFAULT_WINDOW_DAYS, until: date | None = None) -> RunwayReport:
    window = parse_window(window_days)
    tk, sa = t.tasks.c, t.sub_accounts.c
    since = now - timedelta(days=window)
    recent = and_(tk.refunded_at.is_(None), tk.submitted_at >= since, tk.submitted_at <= now)
    with db.read() as conn:
        require(conn, actor, Privilege.BUY_CREDITS)
        day = today(conn, now)
        if until is not None and until < day:
            raise BadInput("until", "before_today", until)
        used = int(conn.execute(select(func.coalesce(func.sum(tk.cost), 0)).where(recent))
                   .scalar_one())
        balance = int(conn.execute(select(t.basket.c.balance)).scalar_one())
        limited = conn.execute(select(t.sub_accounts).where(
            sa.limit_kind != "none", sa.status != "closed").order_by(sa.name, sa.id)).all()
        per_sub = dict(conn.execute(
            select(tk.sub_account_id, func.sum(tk.cost)).where(recent)
            .where(tk.sub_account_id.in_(
                select(sa.id).where(sa.limit_kind != "none", sa.status != "closed")))
            .group_by(tk.sub_account_id)).all()) if limited else {}
        usage = {(r.sub_account_id, r.generation, r.period): int(r.used)
                 for r in conn.execute(select(t.usage).where(t.usage.c.sub_account_id.in_(
                     [r.id for r in limited])))} if limited else {}
        offers = pack_views(conn)
    subs = []
    for row in limited:
        limit = limit_of(row)
        in_period = usage.get((row.id, limit.generation, limit.period_key(day)), 0)
        subs.append(SubAccountRunway(
            row.id, row.name, row.limit_kind, int(row.limit_amount or 0), in_period,
            reaches_limit_on(limit, in_period, int(per_sub.get(row.id, 0)), window, day)))
    advice = None
    if until is not None and offers:
        advice = _advice(offers, credits_needed(balance, used, window, day, until), until)
    return RunwayReport(day, window, balance, used, runs_out_on(balance, used, window, day),
                        tuple(subs), advice)


def _advice(offers: list[PackView], needed: int, until: date) -> Advice:
    packs = [PackOffer(p.code, p.credits, p.price_cents) for p in offers]
    mix, exact = cheapest_mix(packs, needed), True
    chosen: tuple[tuple[str, int], ...]
    if mix is None:  # too irregular a catalogue: the best price per credit alone
        exact = False
        best = min(packs, key=lambda p: Fraction(p.price_cents, p.credits))
        count = -(-needed // best.credits)
        chosen = ((best.code, count),)
    else:
        chosen = mix.quantities
    named = {p.code: p for p in offers}
    lines = tuple(AdvicePack(code, named[code].name, n, named[code].credits * n,
                             named[code].price_cents * n) for code, n in chosen)
    return Advice(until, needed, lines, sum(x.credits for x in lines),
                  sum(x.net_cents for x in lines), exact)
