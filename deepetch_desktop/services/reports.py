"""Consumption reports: credits used by sub-account, department, service or month."""

from __future__ import annotations

import gc
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Select,
    Subquery,
    bindparam,
    cast,
    column,
    func,
    select,
    values,
)

from ..domain.errors import BadInput
from ..domain.valuation import LAST_ID, ValueRuns, apportion_units, round_units
from ..domain.vocabulary import Privilege
from ..store import tables as t
from ..store.engine import Database
from .common import company_zone, require
from .privileges import journals_refusals, own_scope
from .results import Actor
from .valuation import ledger_worth

GROUPINGS = ("subaccount", "department", "service", "complexity", "month")
UNVALUED = ValueRuns(1, ((0, LAST_ID, 0),), {}, 0)  # every task worth 0
RUNS_PER_QUERY = 2000  # ranges of task ids (3 numbers each) or task ids given to one query
# The two-level groupings the screens offer (the CLI takes any two: `--by month,service`).
TWO_LEVELS = ("department,subaccount", "month,service")


@dataclass(slots=True)  # not frozen: made by the 100 000, and a frozen one is 3 times slower
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
                 by: str = "subaccount", *, valued: bool = True) -> UsageReport:
    """Tasks not refunded, submitted between `start` and `end` inclusive (company time), by one
    or two groupings, each line with its credits and their value excl. VAT; a holder's
    (`see_own_usage`) count their own tasks only. `valued` False: credits alone, every value
    0 (the dashboard's chart, refreshed often, needs no replay of the ledger)."""
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
            # a task's draws never change afterwards: the replay kept serves any period
            worth = ledger_worth(db, conn) if valued else UNVALUED
            counted = [t.tasks.c.refunded_at.is_(None), t.tasks.c.submitted_at >= begin,
                       t.tasks.c.submitted_at < finish]
            if own is not None:
                counted.append(t.tasks.c.sub_account_id == own)
            groups = _groups(conn, worth, levels, counted)
            units = [g[4] for g in groups]
            total_cents = round_units(sum(units), worth.denominator)
            lines = _lines(groups, units, levels, worth.denominator, total_cents)
        finally:
            if gc_was_enabled:
                gc.enable()
    return UsageReport(start, end, ",".join(levels), lines, sum([x.tasks for x in lines]),
                       sum([x.credits for x in lines]), total_cents)


# What identifies a task's group at each level, in the tasks table (a department: through
# the sub-account's id).
_RAW = {"subaccount": t.tasks.c.sub_account_id, "department": t.tasks.c.sub_account_id,
        "service": t.tasks.c.service_code, "complexity": t.tasks.c.complexity_code,
        "month": t.tasks.c.month}
# A group: (id, name, tasks, credits, value units) with one level, a row as the database gives
# it (the numbers may be Decimals on PostgreSQL); with two: the ids and names as tuples.
Group = Sequence[Any]


def _groups(conn: Connection, worth: ValueRuns, levels: tuple[str, ...],
            counted: list[ColumnElement[bool]]) -> Sequence[Group]:
    """The groups, each task valued by the run of ids it is in (`worth`): counted and added
    up by the database in the tasks table alone, grouped by what identifies a group (a month,
    a sub-account's id, a service's code), then named: two sub-accounts or services of the
    same name stay two groups, and only the tables that name the groupings are joined. The
    tasks drawn on batches of different prices are then added one by one."""
    tk = t.tasks.c
    raw = list(dict.fromkeys(_RAW[level] for level in levels))
    if not worth.fits():  # values too large for the database's integers (packs of odd sizes)
        return _groups_here(conn, worth, levels, counted)
    runs = worth.runs
    if len(runs) > 1:  # the runs the period's tasks are in (their ids come in time order)
        first, last = conn.execute(select(func.min(tk.id), func.max(tk.id))
                                   .where(*counted)).one()
        runs = worth.within(first or 0, last or 0)
    found: dict[tuple[Any, ...], list[Any]] = {}
    chunks = [()] if len(runs) == 1 else list(_chunks(runs, RUNS_PER_QUERY))
    for chunk in chunks:
        if not chunk:  # one price for them all: no ranges to join
            per = (select(*raw, func.count().label("n"), _whole(func.sum(tk.cost)).label("c"),
                          _whole(func.sum(tk.cost) * bindparam("u", runs[0][2], BigInteger))
                          .label("v"))
                   .where(*counted).group_by(*raw).subquery("per"))
        else:
            ranges = values(column("lo", BigInteger), column("hi", BigInteger),
                            column("u", BigInteger), name="runs").data(chunk).cte("runs")
            per = (select(*raw, func.count().label("n"), _whole(func.sum(tk.cost)).label("c"),
                          _whole(func.sum(tk.cost * ranges.c.u)).label("v"))
                   .select_from(ranges).join(t.tasks, tk.id.between(ranges.c.lo, ranges.c.hi))
                   .where(*counted).group_by(*raw).subquery("per"))
        rows = conn.execute(_named_query(levels, per)).all()
        if len(chunks) == 1 and len(levels) == 1 and not worth.splits:
            return rows  # the lines as the database ordered them
        for row in rows:
            ids, names = _ids_names(levels, row)
            group = found.get(ids)
            if group is None:
                found[ids] = [ids, names, int(row.n), int(row.c), int(row.v)]
            else:
                group[2] += int(row.n)
                group[3] += int(row.c)
                group[4] += int(row.v)
    for chunk in _chunks(tuple(worth.splits), RUNS_PER_QUERY):
        split = select(tk.id.label("task_id"), *raw).where(*counted, tk.id.in_(chunk))
        for row in conn.execute(_named_query(levels, split.subquery("per"), tasks=True)):
            found[_ids_names(levels, row, 1)[0]][4] += worth.splits[row.task_id]
    return _in_order(list(found.values()), levels)


def _in_order(groups: list[list[Any]], levels: tuple[str, ...]) -> Sequence[Group]:
    """Groups made here, ordered, as `_lines` takes them (one level: id and name alone)."""
    if len(levels) > 1:
        return groups
    return sorted(([g[0][0], g[1][0], *g[2:]] for g in groups),
                  key=lambda g: _order(levels[0], g))


def _named_query(levels: tuple[str, ...], per: Subquery, tasks: bool = False) -> Select[Any]:
    """`per`'s rows (one per group of the tasks table's columns, else one per task) with what
    identifies each level's group and its name (`id0`, `name0`, `id1`, `name1`), in the
    report's order when there is one level."""
    sa, sv, cx = t.sub_accounts.c, t.services.c, t.complexities.c
    source: Any = per
    if "subaccount" in levels or "department" in levels:
        source = source.join(t.sub_accounts, sa.id == per.c.sub_account_id)
    columns: list[Any] = []
    ident: Any
    name: Any
    for n, level in enumerate(levels):
        if level == "subaccount":
            ident, name = sa.id, sa.name
        elif level == "department":
            ident, name = sa.department, func.coalesce(func.nullif(sa.department, ""), "—")
        elif level == "month":
            ident = name = per.c.month
        else:  # a task keeps its code even if the catalogue no longer has it
            code, table = (per.c.service_code, t.services) if level == "service" else (
                per.c.complexity_code, t.complexities)
            named = sv if level == "service" else cx
            source = source.join(table, named.code == code, isouter=True)
            ident, name = code, func.coalesce(named.name, code)
        columns += [ident.label(f"id{n}"), name.label(f"name{n}")]
    if tasks:
        return select(per.c.task_id, *columns).select_from(source)
    merged = "department" in levels and "subaccount" not in levels  # sub-accounts merged
    n_, c_, v_ = ((_whole(func.sum(per.c.n)), _whole(func.sum(per.c.c)),
                   _whole(func.sum(per.c.v))) if merged else (per.c.n, per.c.c, per.c.v))
    query = select(*columns, n_.label("n"), c_.label("c"), v_.label("v")).select_from(source)
    if merged:
        query = query.group_by(*columns)
    if len(levels) == 1:
        first = columns[0]
        query = query.order_by(first) if levels[0] == "month" else query.order_by(
            c_.desc(), columns[1], first)
    return query


def _ids_names(levels: tuple[str, ...], row: Any,
               first: int = 0) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """From a row of `_named_query` whose `id0` is at position `first`."""
    ids, names = [], []
    for n in range(len(levels)):
        ident, name = row[first + 2 * n], row[first + 2 * n + 1]
        ids.append(str(ident))
        names.append(name)
    return tuple(ids), tuple(names)


def _groups_here(conn: Connection, worth: ValueRuns, levels: tuple[str, ...],
                 counted: list[ColumnElement[bool]]) -> Sequence[Group]:
    """`_groups` with every task read and valued here (Python's integers have no bounds)."""
    tk = t.tasks.c
    raw = list(dict.fromkeys(_RAW[level] for level in levels))
    per = select(tk.id.label("task_id"), tk.cost, *raw).where(*counted).subquery("per")
    query = _named_query(levels, per, tasks=True).add_columns(per.c.cost)
    starts = [run[0] for run in worth.runs]
    found: dict[tuple[str, ...], list[Any]] = {}
    for row in conn.execute(query).all():
        ids, names = _ids_names(levels, row, 1)
        units = worth.splits.get(row.task_id)
        if units is None:
            units = row.cost * worth.runs[bisect_right(starts, row.task_id) - 1][2]
        group = found.setdefault(ids, [ids, names, 0, 0, 0])
        group[2] += 1
        group[3] += row.cost
        group[4] += units
    return _in_order(list(found.values()), levels)


def _chunks(items: tuple[Any, ...], size: int) -> Iterator[tuple[Any, ...]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _order(level: str, group: Group, depth: int | None = None) -> tuple[Any, ...]:
    """The report's order at a level (`depth`; None: one level): months in order, else the
    largest first, then by name."""
    ident, name = (group[0], group[1]) if depth is None else (group[0][depth],
                                                               group[1][depth])
    if level == "month":
        return (ident,)
    return (-group[3], name, int(ident) if level == "subaccount" else ident)


def _whole(total: Any) -> Any:
    """A sum as a whole number on PostgreSQL too (its sum of BIGINT is a NUMERIC)."""
    return cast(total, BigInteger)


def _lines(groups: Sequence[Group], units: list[int], levels: tuple[str, ...],
           denominator: int, total_cents: int) -> tuple[UsageLine, ...]:
    """The lines in order, their values (`units`) rounded once and adding up to the total
    (apportion): with two levels, the first level's subtotals add up to the total and each
    one's lines to its subtotal."""
    if len(levels) == 1:
        cents = apportion_units(total_cents, units, denominator)
        return tuple([UsageLine(name, n, credits, c, (name,), (str(ident),))
                      for (ident, name, n, credits, _units), c in zip(groups, cents, strict=True)])
    parents: dict[str, list[Any]] = {}
    children_of: dict[str, list[Group]] = {}
    for g in groups:
        parent = parents.setdefault(g[0][0], [g[0][:1], g[1][:1], 0, 0, 0])
        children_of.setdefault(g[0][0], []).append(g)
        parent[2] += g[2]
        parent[3] += g[3]
        parent[4] += g[4]
    ordered = sorted(parents.values(), key=lambda g: _order(levels[0], g, 0))
    parent_cents = apportion_units(total_cents, [p[4] for p in ordered], denominator)
    lines: list[UsageLine] = []
    for parent, subtotal in zip(ordered, parent_cents, strict=True):
        children = sorted(children_of[parent[0][0]], key=lambda g: _order(levels[1], g, 1))
        shares = apportion_units(subtotal, [g[4] for g in children], denominator)
        lines += [UsageLine(" / ".join(g[1]), g[2], g[3], c, g[1], g[0])
                  for g, c in zip(children, shares, strict=True)]
    return tuple(lines)


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
