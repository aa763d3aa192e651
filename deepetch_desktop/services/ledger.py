"""The basket's ledger, the journal of administrative changes, and the integrity audit."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Connection, bindparam, func, select

from ..domain.expiry import is_expired
from ..domain.text import parse_int
from ..domain.vocabulary import AuditAction, LedgerKind, Privilege, known
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import USE_KINDS, ledger_sum
from .common import company_zone, require
from .document_failures import document_failures
from .invoice_documents import verify_archive
from .privileges import journals_refusals
from .proof import broken_chains, replaced_documents
from .results import Actor, AuditEntryView, AuditReport, LedgerEntryView

MAX_ROWS = 100_000


@journals_refusals
def list_ledger(db: Database, actor: Actor, limit: int | None = None) -> list[LedgerEntryView]:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)  # every holder's tasks are in it
        return ledger_entries(conn, limit)


def ledger_entries(conn: Connection, limit: int | None = None) -> list[LedgerEntryView]:
    """The entries, newest first, each with the sub-account its task was for (a task's debit
    and its refund; None for the basket's own movements)."""
    led, tk, sa = t.ledger, t.tasks, t.sub_accounts
    query = (select(led, sa.c.name.label("sub_account"))
             .select_from(led.outerjoin(tk, tk.c.id == led.c.task_id)
                          .outerjoin(sa, sa.c.id == tk.c.sub_account_id))
             .order_by(led.c.id.desc()))
    if limit is not None:
        query = query.limit(parse_int(limit, "limit", minimum=1, maximum=MAX_ROWS))
    rows = conn.execute(query).all()
    return [
        LedgerEntryView(r.id, r.at, LedgerKind(r.kind), r.credits, r.balance_after, r.note, r.actor,
                        r.task_id, r.batch_id, r.sub_account)
        for r in rows
    ]


@journals_refusals
def list_audit(db: Database, actor: Actor, limit: int = 500) -> list[AuditEntryView]:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        rows = conn.execute(
            select(t.audit_log).order_by(t.audit_log.c.id.desc()).limit(limit)
        ).all()
    return [AuditEntryView(r.id, r.at, r.actor, known(AuditAction, r.action), json.loads(r.details),
                           r.person, r.db_role, _values(r.before), _values(r.after))
            for r in rows]


def _values(text: str | None) -> dict[str, object] | None:
    return None if text is None else dict(json.loads(text))



_EXPIRIES = select(t.ledger.c.id, t.ledger.c.at, t.ledger.c.credits).where(
    t.ledger.c.kind == "expiry")
_LAST_USE_BEFORE = select(func.max(t.ledger.c.at)).where(
    t.ledger.c.kind.in_(USE_KINDS), t.ledger.c.id < bindparam("p_id"))
_BASKET_BALANCE = select(t.basket.c.balance)
_LAST_BALANCE = select(t.ledger.c.balance_after).order_by(t.ledger.c.id.desc()).limit(1)
_TASKS_PER_USAGE = (
    select(t.tasks.c.sub_account_id, t.tasks.c.generation, t.tasks.c.period,
           func.sum(t.tasks.c.cost).label("total"))
    .where(t.tasks.c.refunded_at.is_(None))
    .group_by(t.tasks.c.sub_account_id, t.tasks.c.generation, t.tasks.c.period))
_USAGE = select(t.usage)
_SERIES = (select(t.invoices.c.series, t.invoices.c.year, func.count(),
                  func.max(t.invoices.c.seq))
           .group_by(t.invoices.c.series, t.invoices.c.year))


def _contradicted_expiries(conn: Connection) -> list[str]:
    """Expiry entries that a use recorded less than twelve months before them contradicts
    (a workstation's clock behind had moved the last use back in time)."""
    expiries = conn.execute(_EXPIRIES).all()
    if not expiries:
        return []
    tz = company_zone(conn)  # expiries mean a company
    problems = []
    for entry in expiries:
        used = conn.execute(_LAST_USE_BEFORE, {"p_id": entry.id}).scalar()
        if used is not None and not is_expired(used, entry.at, tz):
            problems.append(f"expiry of {-entry.credits} credits at {entry.at.isoformat()} "
                            f"contradicts a use recorded at {used.isoformat()}")
    return problems


def inverted_dates(conn: Connection) -> list[str]:
    """Documents dated before an earlier number of their series (CGI ann. II art. 242 nonies A
    I 7°: numbers follow the dates), already stored: each named with the one before it."""
    problems: list[str] = []
    latest: dict[str, tuple[str, date]] = {}
    for row in conn.execute(select(t.invoices.c.series, t.invoices.c.number,
                                   t.invoices.c.issue_date)
                            .order_by(t.invoices.c.series, t.invoices.c.year, t.invoices.c.seq)):
        before = latest.get(row.series)
        if before is not None and row.issue_date < before[1]:
            problems.append(f"invoice {row.number} dated {row.issue_date.isoformat()} comes "
                            f"after {before[0]} dated {before[1].isoformat()}")
        if before is None or row.issue_date >= before[1]:
            latest[row.series] = (row.number, row.issue_date)
    return problems


@journals_refusals
def verify(db: Database, actor: Actor) -> AuditReport:
    """Check the invariants: balance = sum of the ledger, usage = sum of its tasks, invoice
    numbers 1..N without gaps in every series and year, each hash chain from its start to its
    recorded head and count, archived PDFs against the SHA-256 the journal recorded."""
    problems: list[str] = []
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        broken = broken_chains(conn) + replaced_documents(conn)
        problems += [sentence for _row, sentence in broken]
        balance = int(conn.execute(_BASKET_BALANCE).scalar() or 0)
        total = ledger_sum(conn)
        if balance != total:
            problems.append(f"basket balance {balance} != ledger sum {total}")
        last = conn.execute(_LAST_BALANCE).scalar()
        if last is not None and int(last) != balance:
            problems.append(f"last ledger balance {last} != basket balance {balance}")
        counted = {
            (r.sub_account_id, r.generation, r.period): int(r.total)
            for r in conn.execute(_TASKS_PER_USAGE)
        }
        for r in conn.execute(_USAGE):
            expected = counted.get((r.sub_account_id, r.generation, r.period), 0)
            if int(r.used) != expected:
                problems.append(
                    f"usage of sub-account {r.sub_account_id} in {r.period} is {r.used}, "
                    f"its tasks sum to {expected}")
        for series, year, count, top in conn.execute(_SERIES):
            if count != top:
                problems.append(f"invoice series {series}{year} has gaps ({count} of {top})")
        problems += inverted_dates(conn)
        problems += _contradicted_expiries(conn)
    problems += [f"archived PDF of {n} does not match its SHA-256"
                 for n in verify_archive(db, actor)]
    problems += [f"invoice {f.number} has no PDF since {f.first_failed_at.isoformat()} "
                 f"({f.attempts} tries): {f.cause}" for f in document_failures(db, actor)]
    return AuditReport(not problems, balance, total, tuple(problems),
                       tuple(row for row, _sentence in broken))
