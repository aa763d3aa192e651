"""A catch-up with nothing due costs what is due, not what exists: the same statements with 10
sub-accounts as with 500 and thousands of past effects, no prefix scan of `effects`, and (on
SQLite, where the engine's work can be counted) about the same work inside the database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import event

from deepetch_desktop import services as s
from deepetch_desktop.services.results import ADMINISTRATOR as A
from deepetch_desktop.store import tables as t
from deepetch_desktop.store.engine import Database
from tests.conftest import NOW, setup_company

STEP = 5  # SQLite calls the progress handler every STEP virtual-machine instructions


@contextmanager
def counted(db: Database) -> Iterator[dict[str, Any]]:
    """The statements `db`'s engines send while the block runs, and on SQLite the engine's
    virtual-machine instructions (in STEPs): the rows it reads, in whatever table."""
    seen: dict[str, Any] = {"statements": [], "steps": 0, "on": False}

    def step() -> int:
        if seen["on"]:
            seen["steps"] += 1
        return 0  # go on

    def before(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if seen["on"]:
            seen["statements"].append(statement)
        raw = conn.connection.dbapi_connection
        if isinstance(raw, sqlite3.Connection):
            raw.set_progress_handler(step, STEP)

    engines = {db.write_engine, db.read_engine}
    for engine in engines:
        event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", before)


def nothing_due(db: Database, seen: dict[str, Any], at) -> tuple[list[str], int]:  # type: ignore[no-untyped-def]
    s.catch_up(db, A, at - timedelta(seconds=30), deliver_mail=False)  # whatever was due
    seen.update(statements=[], steps=0, on=True)
    report = s.catch_up(db, A, at, deliver_mail=False)
    seen["on"] = False
    assert (report.month_ends, report.limit_alerts, report.invoice_reminders,
            report.expired_credits, report.archived) == ((), 0, 0, 0, 0)
    return list(seen["statements"]), int(seen["steps"])


def many_more(db: Database, subs: int, effects: int) -> None:
    """What a large company has besides: sub-accounts with limits, idle this period (some used
    theirs in past months), and past effects (`effects` alerts of past months, letters of past
    invoices, month ends of years before)."""
    def work(conn) -> None:  # type: ignore[no-untyped-def]
        first = 1000
        conn.execute(t.sub_accounts.insert(), [
            {"id": first + n, "name": f"Collaborateur {n}", "email": f"c{n}@atelier.fr",
             "limit_kind": ("monthly", "fixed", "none")[n % 3], "created_at": NOW,
             "limit_amount": None if n % 3 == 2 else 100} for n in range(subs)])
        conn.execute(t.usage.insert(), [
            {"sub_account_id": first + n, "generation": 1, "period": "2026-10", "used": 95}
            for n in range(0, subs, 3)])
        alerts = [f"limit{p}:{first + n}:1:2026-{m:02d}" for m in range(1, 11)
                  for n in range(subs) for p in (80, 100)]
        keys = (alerts[:effects] + [f"dunning:FA2025-{n:06d}:30" for n in range(subs)]
                + [f"month_end:{y}-{m:02d}" for y in range(2000, 2026) for m in range(1, 13)])
        conn.execute(t.effects.insert(),
                     [{"key": key, "done_at": NOW - timedelta(days=40)} for key in keys])

    db.write(work)


def test_a_catch_up_with_nothing_due_costs_the_same_whatever_the_history(db):
    setup_company(db, credits_packs=2)
    subs = [s.add_sub_account(db, A, name=f"Camille {n}", email=f"camille{n}@atelier.fr", now=NOW)
            for n in range(10)]
    for n, sub in enumerate(subs):
        s.set_limit(db, A, sub.id, ("monthly", "fixed")[n % 2], 100, now=NOW)
    for sub, units in zip(subs[:4], (9, 10, 8, 3), strict=True):  # 80 %, 100 %, 80 %, 30 %
        s.submit_task(db, A, sub_account=sub.id, service_code="TRAD_TEXTE", units=units, now=NOW)
    with counted(db) as seen:
        small, small_steps = nothing_due(db, seen, NOW + timedelta(minutes=5))
        many_more(db, subs=490, effects=5000)
        large, large_steps = nothing_due(db, seen, NOW + timedelta(minutes=10))
    assert len(large) == len(small) and large == small
    assert len(small) <= 40
    # effects are looked up by key (their primary key), never by a prefix scan
    assert not [x for x in small if "effects" in x and "LIKE" in x.upper()]
    if db.dialect == "sqlite":
        # 50 times the sub-accounts, 5 000 past effects: the work in the engine barely moves
        assert large_steps <= small_steps * 1.2, (small_steps, large_steps)
