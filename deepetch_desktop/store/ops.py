"""The few statements that must be atomic on both databases: debits, counters, upserts."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    CursorResult,
    Table,
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


def insert_ignore(conn: Connection, table: Table, values: dict[str, object]) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING; True when the row was inserted."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = (dialect.insert(table).values(**values).on_conflict_do_nothing()
            .returning(*table.primary_key.columns))
    # rowcount is not reliable across drivers for this statement; a returned row is.
    return conn.execute(stmt).first() is not None


def claim_effect(conn: Connection, key: str, now: datetime) -> bool:
    """Record that the effect `key` is done; False when some run already did it."""
    return insert_ignore(conn, t.effects, {"key": key, "done_at": now})


def later_use(now: datetime) -> ColumnElement[datetime]:
    """The basket's last use moved to `now` only if that is later: a write from a workstation
    whose clock is behind must never move it back (it would bring the expiry closer)."""
    last = t.basket.c.last_use_at
    when = literal(now, type_=last.type)
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


def latest_activity(conn: Connection) -> datetime | None:
    """The latest instant the database records an activity at: the basket's last use, the
    latest ledger entry, the latest invoice issued. A write dated well before it is refused."""
    last_use, entry, issued = conn.execute(select(
        select(t.basket.c.last_use_at).where(t.basket.c.id == 1).scalar_subquery(),
        select(func.max(t.ledger.c.at)).scalar_subquery(),
        select(func.max(t.invoices.c.issued_at)).scalar_subquery(),
    )).one()
    known = [x for x in (last_use, entry, issued) if x is not None]
    return max(known) if known else None


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


def debit_basket(conn: Connection, credits: int, now: datetime, *, touch: bool) -> int | None:
    """Take `credits` out of the basket if it holds enough; the new balance, or None."""
    values: dict[str, object] = {"balance": t.basket.c.balance - credits}
    if touch:
        values["last_use_at"] = later_use(now)
    row = conn.execute(
        update(t.basket)
        .where(t.basket.c.id == 1, t.basket.c.balance >= credits)
        .values(**values)
        .returning(t.basket.c.balance)
    ).first()
    return None if row is None else int(row[0])


def credit_basket(conn: Connection, credits: int, now: datetime, *, touch: bool) -> int:
    values: dict[str, object] = {"balance": t.basket.c.balance + credits}
    if touch:
        values["last_use_at"] = later_use(now)
    row = conn.execute(
        update(t.basket).where(t.basket.c.id == 1).values(**values).returning(t.basket.c.balance)
    ).one()
    return int(row[0])


def basket_balance(conn: Connection) -> int:
    return int(conn.execute(select(t.basket.c.balance).where(t.basket.c.id == 1)).scalar_one())


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
) -> int:
    """The one way a ledger entry is written: chained (store/chains.py)."""
    return insert_chained(conn, "ledger", {
        "at": at, "kind": kind, "credits": credits, "balance_after": balance_after,
        "actor": actor, "note": note, "task_id": task_id, "batch_id": batch_id,
    })


def count_usage(
    conn: Connection, sub_id: int, generation: int, period: str, cost: int, limit: int | None
) -> int | None:
    """Add `cost` to the period's usage if it stays within `limit`; the new used, or None."""
    insert_ignore(
        conn, t.usage,
        {"sub_account_id": sub_id, "generation": generation, "period": period, "used": 0},
    )
    cond = [
        t.usage.c.sub_account_id == sub_id,
        t.usage.c.generation == generation,
        t.usage.c.period == period,
    ]
    if limit is not None:
        cond.append(t.usage.c.used + cost <= limit)
    row = conn.execute(
        update(t.usage).where(*cond).values(used=t.usage.c.used + cost).returning(t.usage.c.used)
    ).first()
    return None if row is None else int(row[0])


def used_in(conn: Connection, sub_id: int, generation: int, period: str) -> int:
    value = conn.execute(
        select(t.usage.c.used).where(
            t.usage.c.sub_account_id == sub_id,
            t.usage.c.generation == generation,
            t.usage.c.period == period,
        )
    ).scalar()
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


def ledger_sum(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.sum(t.ledger.c.credits), 0))).scalar_one())
