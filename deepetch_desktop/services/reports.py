"""Consumption reports: credits used by sub-account, department, service or month."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, select

from ..domain.errors import BadInput
from ..domain.valuation import Fifo, Scale, apportion, round_half_up
from ..domain.vocabulary import Privilege
from ..store import tables as t
from ..store.engine import Database
from .common import company_zone, require
from .privileges import journals_refusals, own_scope
from .results import Actor
from .valuation import replay, task_value_units

GROUPINGS = ("subaccount", "department", "service", "complexity", "month")
# The two-level groupings the screens offer (the CLI takes any two: `--by month,service`).
TWO_LEVELS = ("department,subaccount", "month,service")


@dataclass(frozen=True)
class UsageLine:
    key: str  # the names of its groups, joined by " / "
    tasks: int
    credits: int
    value_cents: int = 0  # excl. VAT, FIFO over the batches (services/valuation.py)
    keys: tuple[str, ...] = ()  # the name at each level
    ids: tuple[str, ...] = ()  # what identifies it at each level (a sub-account's id, a code)


@dataclass(frozen=True)
class UsageReport:
    start: date
    end: date
    by: str
    lines: tuple[UsageLine, ...]
    total_tasks: int
    total_credits: int
    total_value_cents: int = 0


def parse_grouping(by: str) -> tuple[str, ...]:
    """'department,subaccount' -> ('department', 'subaccount'): one or two known groupings."""
    levels = tuple(x.strip() for x in str(by).split(","))
    if not 1 <= len(levels) <= 2 or len(set(levels)) != len(levels) or any(
            x not in GROUPINGS for x in levels):
        raise BadInput("by", "unknown", by)
    return levels


@journals_refusals
def usage_report(db: Database, actor: Actor, start: date, end: date,
                 by: str = "subaccount") -> UsageReport:
    """Tasks not refunded, submitted between `start` and `end` inclusive (company time), by one
    or two groupings, each line with its credits and their value excl. VAT; a holder's
    (`see_own_usage`) count their own tasks only."""
    levels = parse_grouping(by)
    if end < start:
        raise BadInput("valid_to", "before_start", end)
    with db.read() as conn:
        own = own_scope(conn, actor, Privilege.SEE_OWN_USAGE)
        tz = company_zone(conn)
        begin = datetime.combine(start, time.min, tz)
        finish = datetime.combine(end + timedelta(days=1), time.min, tz)
        gc_was_enabled = gc.isenabled()
        gc.disable()  # a line per sub-account (100 000), none cyclic: no collection meanwhile
        try:
            fifo = replay(conn, finish)
            scale = fifo.scale()
            sums = _sums(conn, fifo, scale.units, levels, begin, finish, own)
            names = [_names(conn, level, {k[i] for k in sums}) for i, level in enumerate(levels)]
        finally:
            if gc_was_enabled:
                gc.enable()
    groups = _named(sums, names, levels)
    total_units = sum(g.units for g in groups)
    total_cents = round_half_up(scale.exact(total_units))
    lines = _lines(groups, levels, scale, total_cents)
    return UsageReport(start, end, ",".join(levels), lines, sum([x.tasks for x in lines]),
                       sum([x.credits for x in lines]), total_cents)


_RAW = {"subaccount": t.tasks.c.sub_account_id, "department": t.tasks.c.sub_account_id,
        "service": t.tasks.c.service_code, "complexity": t.tasks.c.complexity_code,
        "month": t.tasks.c.month}


def _sums(conn: Connection, fifo: Fifo, units: list[int], levels: tuple[str, ...],
          begin: datetime, finish: datetime, own: int | None) -> dict[tuple[Any, ...], list[int]]:
    """(what identifies a task's group in the tasks table) -> [tasks, credits, value units]."""
    tk = t.tasks.c
    counted = [tk.refunded_at.is_(None), tk.submitted_at >= begin, tk.submitted_at < finish]
    if own is not None:
        counted.append(tk.sub_account_id == own)
    raw = list(dict.fromkeys(_RAW[level] for level in levels))
    rows = conn.execute(select(tk.id, tk.cost, *raw).where(*counted))
    task_lot, top = fifo.task_lot, len(fifo.task_lot)
    sums: dict[Any, list[int]] = {}
    get = sums.get
    for task_id, cost, *key in rows:
        lot = task_lot[task_id] if task_id < top else -1
        value = cost * units[lot] if lot >= 0 else task_value_units(fifo, units, task_id, cost)
        group = key[0] if len(key) == 1 else tuple(key)
        acc = get(group)
        if acc is None:
            sums[group] = [1, cost, value]
        else:
            acc[0] += 1
            acc[1] += cost
            acc[2] += value
    index = [raw.index(_RAW[level]) for level in levels]
    if len(raw) == 1:
        return {tuple(group for _ in index): acc for group, acc in sums.items()}
    return {tuple(group[i] for i in index): acc for group, acc in sums.items()}


def _names(conn: Connection, level: str, ids: set[Any]) -> dict[Any, tuple[str, str]]:
    """What identifies each group at `level` (its raw value) -> (its id, its name)."""
    if level == "month":
        return {m: (m, m) for m in ids}
    if level in ("service", "complexity"):  # a task keeps its code if the catalogue drops it
        table = t.services if level == "service" else t.complexities
        known = dict(conn.execute(select(table.c.code, table.c.name)).all())
        return {code: (code, known.get(code) or code) for code in ids}
    sa = t.sub_accounts.c
    rows = conn.execute(select(sa.id, sa.name, sa.department)).all() if ids else []
    if level == "subaccount":
        return {r.id: (str(r.id), r.name) for r in rows if r.id in ids}
    return {r.id: (r.department, r.department or "—") for r in rows if r.id in ids}


@dataclass
class _Group:
    ids: tuple[str, ...]
    keys: tuple[str, ...]
    tasks: int
    credits: int
    units: int


def _named(sums: dict[tuple[Any, ...], list[int]], names: list[dict[Any, tuple[str, str]]],
           levels: tuple[str, ...]) -> list[_Group]:
    """The groups by what identifies them for people (sub-accounts of one department merged)."""
    groups: dict[tuple[str, ...], _Group] = {}
    for raw, (n, credits, units) in sums.items():
        named = [names[i].get(r, (str(r), str(r))) for i, r in enumerate(raw)]
        ids = tuple(x[0] for x in named)
        group = groups.get(ids)
        if group is None:
            groups[ids] = _Group(ids, tuple(x[1] for x in named), n, credits, units)
        else:
            group.tasks += n
            group.credits += credits
            group.units += units
    return list(groups.values())


def _order(level: str, group: _Group, depth: int) -> tuple[Any, ...]:
    if level == "month":
        return (group.ids[depth],)
    return (-group.credits, group.keys[depth], group.ids[depth])


def _lines(groups: list[_Group], levels: tuple[str, ...], scale: Scale,
           total_cents: int) -> tuple[UsageLine, ...]:
    """The lines in order, their values rounded once and adding up to the total (apportion):
    with two levels, the first level's subtotals add up to the total and each one's lines to
    its subtotal."""
    if len(levels) == 1:
        groups = sorted(groups, key=lambda g: _order(levels[0], g, 0))
        cents = apportion(total_cents, [scale.exact(g.units) for g in groups])
        return tuple(_line(g, c) for g, c in zip(groups, cents, strict=True))
    parents: dict[str, _Group] = {}
    children_of: dict[str, list[_Group]] = {}
    for g in groups:
        parent = parents.setdefault(g.ids[0], _Group(g.ids[:1], g.keys[:1], 0, 0, 0))
        children_of.setdefault(g.ids[0], []).append(g)
        parent.tasks += g.tasks
        parent.credits += g.credits
        parent.units += g.units
    ordered = sorted(parents.values(), key=lambda g: _order(levels[0], g, 0))
    parent_cents = apportion(total_cents, [scale.exact(p.units) for p in ordered])
    lines: list[UsageLine] = []
    for parent, subtotal in zip(ordered, parent_cents, strict=True):
        children = sorted(children_of[parent.ids[0]],
                          key=lambda g: _order(levels[1], g, 1))
        shares = apportion(subtotal, [scale.exact(g.units) for g in children])
        lines += [_line(g, c) for g, c in zip(children, shares, strict=True)]
    return tuple(lines)


def _line(group: _Group, cents: int) -> UsageLine:
    return UsageLine(" / ".join(group.keys), group.tasks, group.credits, cents, group.keys,
                     group.ids)


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
