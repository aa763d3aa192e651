"""Credits valued in euros: the ledger replayed over the batches, oldest first (domain/valuation).

`replay(conn, until)` gives the lots and what every task drew on; the usage report
(services/reports.py) values its lines with it; `prepaid` gives the basket's value at a date
(credits left per batch at purchase price: the prepaid expenses to carry over).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from typing import Any

from sqlalchemy import Connection, bindparam, case, func, or_, select
from sqlalchemy.orm import aliased

from ..domain.valuation import (
    LAST_ID,
    Fifo,
    ValueRuns,
    apportion,
    millicents,
    price_per_credit,
    round_half_up,
    value_runs,
)
from ..domain.vocabulary import LedgerKind, Privilege
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import driver_rows
from .common import company_zone, require
from .privileges import journals_refusals
from .results import Actor

# What the replay reads of each entry (a credit note's note names the invoice it corrects).
_LEDGER_ROWS = (select(t.ledger.c.kind, t.ledger.c.credits, t.ledger.c.task_id,
                       t.ledger.c.batch_id,
                       case((t.ledger.c.kind == LedgerKind.CREDIT_NOTE.value, t.ledger.c.note),
                            else_=None))
                .order_by(t.ledger.c.id))
_LEDGER_AFTER = _LEDGER_ROWS.where(t.ledger.c.id > bindparam("p_after"),
                                   t.ledger.c.id <= bindparam("p_through"))


def replay(conn: Connection, until: datetime | None = None, fifo: Fifo | None = None,
           after: int = 0, through: int | None = None) -> Fifo:
    """The ledger's entries before `until` (all: None), after the entry `after` and up to the
    entry `through` (the last: None), in their order, over the batches, into `fifo` (a new
    one: None)."""
    prices = {r.id: price_per_credit(int(r.unit_price_cents), int(r.pack_credits))
              for r in conn.execute(select(t.batches.c.id, t.batches.c.unit_price_cents,
                                           t.batches.c.pack_credits))}
    noted = _credit_note_batches(conn)
    if until is None:  # the common case: plain tuples from the driver, faster by the million
        rows = driver_rows(conn, _LEDGER_AFTER, {"p_after": after, "p_through":
                                                 LAST_ID if through is None else through})
    else:
        query = _LEDGER_ROWS.where(t.ledger.c.id > after, t.ledger.c.at < until)
        if through is not None:
            query = query.where(t.ledger.c.id <= through)
        rows = list(conn.execute(query).all())
    fifo = Fifo() if fifo is None else fifo
    use, take = fifo.use, fifo.take
    for kind, credits, task_id, batch_id, note in rows:
        if kind == "task":
            use(task_id, -credits)
        elif kind == "purchase":
            fifo.buy(batch_id, credits, prices.get(batch_id, price_per_credit(0, 1)))
        elif kind == "refund":
            fifo.refund(task_id, credits)
        elif kind == "credit_note":
            fifo.credit_note(batch_id or noted.get(str(note).split(" ", 1)[0]), -credits)
        elif credits > 0:  # a correction that adds credits
            fifo.add(credits)
        elif credits < 0:  # an expiry, a correction that removes credits
            take(-credits)
    return fifo


@dataclass
class _Replayed:
    database: weakref.ref[Database]
    fifo: Fifo
    last: tuple[Any, ...] | None  # the last entry replayed: (id, kind, credits, balance_after)
    worth: ValueRuns | None = None  # what the tasks are worth, made again after a replay


_REPLAYED: dict[int, _Replayed] = {}
_REPLAYED_LOCK = threading.Lock()
_ENTRY = select(t.ledger.c.id, t.ledger.c.kind, t.ledger.c.credits, t.ledger.c.balance_after)
# The entry replayed last and the newest, in one statement built once.
_LAST_AND_NEWEST = _ENTRY.where(or_(
    t.ledger.c.id == bindparam("p_last"),
    t.ledger.c.id == select(func.max(t.ledger.c.id)).scalar_subquery()))


@contextmanager
def _kept(db: Database, conn: Connection) -> Iterator[_Replayed]:
    """The whole ledger replayed, for the time of the `with` (no other thread changes it
    meanwhile). The ledger only grows (hash-chained, never updated): the replay is kept for
    `db` and carried on from the last entry it saw, or made anew when that entry is no longer
    the same (a backup restored)."""
    with _REPLAYED_LOCK:
        for key in [k for k, r in _REPLAYED.items() if r.database() is None]:
            del _REPLAYED[key]
        kept = _REPLAYED.get(id(db))
        if kept is None or kept.database() is not db:
            kept = _REPLAYED[id(db)] = _Replayed(weakref.ref(db), Fifo(), None)
        last = -1 if kept.last is None else kept.last[0]
        rows = {r.id: tuple(r) for r in conn.execute(_LAST_AND_NEWEST, {"p_last": last})}
        if kept.last is not None and rows.get(last) != kept.last:
            kept = _REPLAYED[id(db)] = _Replayed(weakref.ref(db), Fifo(), None)
            last = -1
        newest = max(rows, default=None)
        if newest is not None and newest > last:
            replay(conn, None, kept.fifo, max(last, 0), newest)
            kept.last, kept.worth = rows[newest], None
        yield kept


@contextmanager
def whole_ledger(db: Database, conn: Connection) -> Iterator[Fifo]:
    """The whole ledger replayed (`_kept`)."""
    with _kept(db, conn) as kept:
        yield kept.fifo


def ledger_worth(db: Database, conn: Connection) -> ValueRuns:
    """What the tasks are worth by ranges of their ids, from the whole ledger (`_kept`)."""
    with _kept(db, conn) as kept:
        if kept.worth is None:
            kept.worth = value_runs(kept.fifo)
        return kept.worth


def _credit_note_batches(conn: Connection) -> dict[str, int]:
    """Credit note number -> the batch of the invoice it corrects (its ledger entry's note
    starts with the credit note's number)."""
    note, original = t.invoices, aliased(t.invoices)
    return {number: batch for number, batch in conn.execute(
        select(note.c.number, original.c.batch_id)
        .join(original, original.c.id == note.c.corrects_id)
        .where(original.c.batch_id.is_not(None)))}


@dataclass(frozen=True)
class PrepaidBatch:
    batch_id: int
    bought_at: datetime
    pack_name: str
    credits_left: int
    price_per_credit_millicents: int
    value_cents: int


@dataclass(frozen=True)
class PrepaidReport:
    """The credits left at the end of the day `at` per batch, at their purchase price excl.
    VAT: the prepaid amount to carry over (charges constatées d'avance)."""

    at: date
    batches: tuple[PrepaidBatch, ...]
    credits: int
    value_cents: int
    unpriced_credits: int  # credits added by corrections, worth 0 €


@journals_refusals
def prepaid(db: Database, actor: Actor, at: date) -> PrepaidReport:
    with db.read() as conn:
        require(conn, actor, Privilege.BUY_CREDITS)
        until = datetime.combine(at + timedelta(days=1), time.min, company_zone(conn))
        latest = conn.execute(select(func.max(t.ledger.c.at))).scalar()
        if latest is None or latest < until:  # the whole ledger: the replay kept
            with whole_ledger(db, conn) as fifo:
                lots = [lot for lot in fifo.lots() if lot.credits_left]
        else:
            lots = [lot for lot in replay(conn, until).lots() if lot.credits_left]
        info = {r.id: r for r in conn.execute(
            select(t.batches.c.id, t.batches.c.bought_at, t.batches.c.pack_name))}
    bought = [lot for lot in lots if lot.batch_id is not None]
    total = round_half_up(sum((lot.value for lot in bought), Fraction(0)))
    cents = apportion(total, [lot.value for lot in bought])
    batches = tuple(
        PrepaidBatch(lot.batch_id, info[lot.batch_id].bought_at, info[lot.batch_id].pack_name,
                     lot.credits_left, millicents(lot.price_per_credit), value)
        for lot, value in zip(bought, cents, strict=True) if lot.batch_id is not None)
    return PrepaidReport(at, batches, sum(lot.credits_left for lot in lots), total,
                         sum(lot.credits_left for lot in lots if lot.batch_id is None))
