"""The few statements that must be atomic on both databases: debits, counters, upserts.

The statements of the write path are built once, at import, with `bindparam()` (issue 12): each
call only passes its values, so SQLAlchemy finds the statement in its compiled cache instead of
building, keying and compiling it again inside the write lock."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    CursorResult,
    Table,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from . import tables as t
from .chains import insert_chained


def new_id(result: CursorResult[Any]) -> int:
    """The primary key an INSERT just gave its row."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


# (statement, dialect) -> its SQL as the driver takes it and, for a driver with positional
# parameters (SQLite's ?), the parameters' names in their order; compiled once.
_DRIVER_SQL: dict[tuple[int, str], tuple[Any, str, tuple[str, ...] | None, dict[str, Any]]] = {}


def driver_rows(conn: Connection, statement: Any, params: dict[str, Any]) -> list[Any]:
    """The rows of `statement` (a module constant with `bindparam()`s) as the driver returns
    them: plain tuples, without SQLAlchemy's result processing, which costs more than the
    query on a 100 000-row list. Its SQL is compiled once per dialect."""
    key = (id(statement), conn.dialect.name)
    found = _DRIVER_SQL.get(key)
    if found is None or found[0] is not statement:
        compiled = statement.compile(dialect=conn.dialect)
        order = tuple(compiled.positiontup or ()) if compiled.positional else None
        constants = {name: str(value) if isinstance(value, str) else value  # a StrEnum: its code
                     for name, value in compiled.params.items()}
        found = _DRIVER_SQL[key] = (statement, str(compiled), order, constants)
    _statement, sql, order, constants = found  # constants: the statement's literal values
    given = {**constants, **params}
    values = tuple(given[name] for name in order) if order is not None else given
    return list(conn.exec_driver_sql(sql, values).fetchall())


# (dialect, table, columns) -> its INSERT ... ON CONFLICT DO NOTHING RETURNING key, built once.
_INSERT_IGNORE: dict[tuple[str, str, tuple[str, ...]], Any] = {}


def insert_ignore(conn: Connection, table: Table, values: dict[str, object]) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING; True when the row was inserted."""
    name = conn.dialect.name
    cache_key = (name, table.name, tuple(sorted(values)))
    stmt = _INSERT_IGNORE.get(cache_key)
    if stmt is None:
        dialect = postgresql if name == "postgresql" else sqlite
        # No values(): the columns come from the parameters of each call (same keys, same SQL).
        stmt = _INSERT_IGNORE[cache_key] = (
            dialect.insert(table).on_conflict_do_nothing()
            .returning(*table.primary_key.columns))
    # rowcount is not reliable across drivers for this statement; a returned row is.
    return conn.execute(stmt, values).first() is not None


def claim_effect(conn: Connection, key: str, now: datetime) -> bool:
    """Record that the effect `key` is done; False when some run already did it."""
    return insert_ignore(conn, t.effects, {"key": key, "done_at": now})


def later_use(now: datetime | ColumnElement[datetime]) -> ColumnElement[datetime]:
    """The basket's last use moved to `now` only if that is later: a write from a workstation
    whose clock is behind must never move it back (it would bring the expiry closer). `now` a
    datetime, or a bind parameter of a statement built once."""
    last = t.basket.c.last_use_at
    when = now if isinstance(now, ColumnElement) else literal(now, type_=last.type)
    return case((or_(last.is_(None), last < when), when), else_=last)


def lease_clock(conn: Connection, now: datetime,
                lease: timedelta) -> tuple[ColumnElement[datetime], ColumnElement[datetime]]:
    """(now, end of a lease taken now) on the clock leases and claims are measured on: the
    database server's on PostgreSQL (workstations share it, not their own clocks), this
    computer's `now` on SQLite (one machine)."""
    if conn.dialect.name == "postgresql":
        return func.now(), func.now() + lease
    kind = t.outbox.c.claimed_until.type
    return literal(now, type_=kind), literal(now + lease, type_=kind)


# The instants `latest_activity` takes the latest of, as columns any SELECT may add.
LATEST_ACTIVITY = (
    select(t.basket.c.last_use_at).where(t.basket.c.id == 1).scalar_subquery()
    .label("last_use_at"),
    select(func.max(t.ledger.c.at)).scalar_subquery().label("last_entry_at"),
    select(func.max(t.invoices.c.issued_at)).scalar_subquery().label("last_issued_at"),
)
_LATEST_ACTIVITY = select(*LATEST_ACTIVITY)


def latest_of(*instants: datetime | None) -> datetime | None:
    known = [x for x in instants if x is not None]
    return max(known) if known else None


def latest_activity(conn: Connection) -> datetime | None:
    """The latest instant the database records an activity at: the basket's last use, the
    latest ledger entry, the latest invoice issued. A write dated well before it is refused."""
    return latest_of(*conn.execute(_LATEST_ACTIVITY).one())


USE_KINDS = ("purchase", "task")  # what counts as using the account (refunds do not)


def recorded_last_use(conn: Connection) -> datetime | None:
    """The latest use the database holds evidence of: the basket's last use or a later
    purchase or task in the ledger (a database written before the last use only moved forward
    may hold a last use older than its own ledger). Expiry is decided on this, never less."""
    last_use, entry = conn.execute(select(
        select(t.basket.c.last_use_at).where(t.basket.c.id == 1).scalar_subquery(),
        select(func.max(t.ledger.c.at)).where(t.ledger.c.kind.in_(USE_KINDS))
        .scalar_subquery(),
    )).one()
    known = [x for x in (last_use, entry) if x is not None]
    return max(known) if known else None


_CREDITS = bindparam("p_credits", type_=t.basket.c.balance.type)
_NOW = bindparam("p_now", type_=t.basket.c.last_use_at.type)
_BASKET = t.basket.c.id == 1
_DEBIT = update(t.basket).where(_BASKET, t.basket.c.balance >= _CREDITS)
_CREDIT = update(t.basket).where(_BASKET)
_BASKET_STATEMENTS = {
    # (debit?, touch?): the statement, built once
    (True, False): _DEBIT.values(balance=t.basket.c.balance - _CREDITS)
    .returning(t.basket.c.balance),
    (True, True): _DEBIT.values(balance=t.basket.c.balance - _CREDITS, last_use_at=later_use(_NOW))
    .returning(t.basket.c.balance),
    (False, False): _CREDIT.values(balance=t.basket.c.balance + _CREDITS)
    .returning(t.basket.c.balance),
    (False, True): _CREDIT.values(balance=t.basket.c.balance + _CREDITS,
                                  last_use_at=later_use(_NOW))
    .returning(t.basket.c.balance),
}
_BALANCE = select(t.basket.c.balance).where(_BASKET)


def debit_basket(conn: Connection, credits: int, now: datetime, *, touch: bool) -> int | None:
    """Take `credits` out of the basket if it holds enough; the new balance, or None."""
    row = conn.execute(_BASKET_STATEMENTS[True, touch],
                       {"p_credits": credits, "p_now": now}).first()
    return None if row is None else int(row[0])


def credit_basket(conn: Connection, credits: int, now: datetime, *, touch: bool) -> int:
    row = conn.execute(_BASKET_STATEMENTS[False, touch],
                       {"p_credits": credits, "p_now": now}).one()
    return int(row[0])


def basket_balance(conn: Connection) -> int:
    return int(conn.execute(_BALANCE).scalar_one())


def append_ledger(
    conn: Connection,
    *,
    at: datetime,
    kind: str,
    credits: int,
    balance_after: int,
    actor: str,
    note: str = "",
    task_id: int | None = None,
    batch_id: int | None = None,
    sqlite_head: tuple[str, int, int] | None = None,
) -> int:
    """The one way a ledger entry is written: chained (store/chains.py; `sqlite_head` as
    `insert_chained` takes it)."""
    return insert_chained(conn, "ledger", {
        "at": at, "kind": kind, "credits": credits, "balance_after": balance_after,
        "actor": actor, "note": note, "task_id": task_id, "batch_id": batch_id,
    }, sqlite_head)


_USAGE_KEY = (t.usage.c.sub_account_id, t.usage.c.generation, t.usage.c.period)
_USAGE_COST = bindparam("p_cost", type_=t.usage.c.used.type)
_USAGE_LIMIT = bindparam("p_limit", type_=t.usage.c.used.type)


def _usage_upserts(dialect: Any) -> dict[bool, Any]:
    """{within a limit?: the statement}: one conditional upsert that creates the period's row
    holding `cost`, or adds `cost` to it (only if it stays within the limit, when there is one),
    and returns the new used; nothing returned when the limit would be passed. A new row holds
    p_first, `cost` but never below 0 (the CHECK is tested on the row proposed, even when it
    conflicts: a refund's negative cost only ever meets its period's existing row)."""
    insert = dialect.insert(t.usage).values(
        sub_account_id=bindparam("p_sub"), generation=bindparam("p_generation"),
        period=bindparam("p_period"), used=bindparam("p_first", type_=t.usage.c.used.type))
    added = {"used": t.usage.c.used + _USAGE_COST}
    return {
        False: insert.on_conflict_do_update(index_elements=list(_USAGE_KEY), set_=added)
        .returning(t.usage.c.used),
        True: insert.on_conflict_do_update(index_elements=list(_USAGE_KEY), set_=added,
                                           where=t.usage.c.used + _USAGE_COST <= _USAGE_LIMIT)
        .returning(t.usage.c.used),
    }


_COUNT_USAGE = {"postgresql": _usage_upserts(postgresql), "sqlite": _usage_upserts(sqlite)}
_USED = select(t.usage.c.used).where(
    t.usage.c.sub_account_id == bindparam("p_sub"),
    t.usage.c.generation == bindparam("p_generation"),
    t.usage.c.period == bindparam("p_period"))


def count_usage(
    conn: Connection, sub_id: int, generation: int, period: str, cost: int, limit: int | None
) -> int | None:
    """Add `cost` to the period's usage if it stays within `limit`; the new used, or None."""
    if limit is not None and cost > limit:  # a new row would hold more than the limit
        return None
    stmt = _COUNT_USAGE["postgresql" if conn.dialect.name == "postgresql" else "sqlite"]
    row = conn.execute(stmt[limit is not None], {
        "p_sub": sub_id, "p_generation": generation, "p_period": period, "p_cost": cost,
        "p_first": max(cost, 0), "p_limit": limit}).first()
    return None if row is None else int(row[0])


def used_in(conn: Connection, sub_id: int, generation: int, period: str) -> int:
    value = conn.execute(
        _USED, {"p_sub": sub_id, "p_generation": generation, "p_period": period}).scalar()
    return int(value or 0)


def next_number(conn: Connection, series: str, year: int) -> int:
    """The next number of a gap-free series, drawn in the caller's transaction."""
    row = conn.execute(
        update(t.invoice_counters)
        .where(t.invoice_counters.c.series == series, t.invoice_counters.c.year == year)
        .values(last_value=t.invoice_counters.c.last_value + 1)
        .returning(t.invoice_counters.c.last_value)
    ).first()
    if row is not None:
        return int(row[0])
    # First number of the year; a concurrent first insert makes this fail and the caller retry.
    conn.execute(t.invoice_counters.insert().values(series=series, year=year, last_value=1))
    return 1


_LEDGER_SUM = select(func.coalesce(func.sum(t.ledger.c.credits), 0))


def ledger_sum(conn: Connection) -> int:
    return int(conn.execute(_LEDGER_SUM).scalar_one())
