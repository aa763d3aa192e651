"""Invoice documents that could not be rendered: recorded with their cause, notified once per
cause, listed by the audit; the invoice waits for its PDF, nothing else does."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, select, update

from ..domain.vocabulary import NotificationKind, Privilege
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import insert_ignore
from .notifications import notify
from .privileges import journals_refusals, require_any
from .results import Actor

MAX_CAUSE = 300


@dataclass(frozen=True)
class DocumentFailure:
    number: str
    cause: str
    first_failed_at: datetime
    failed_at: datetime
    attempts: int


def cause_of(error: BaseException) -> str:
    """One line saying what went wrong, short enough for a notification."""
    if isinstance(error, OSError) and error.strerror:
        where = f" ({error.filename})" if error.filename else ""
        text = f"{error.strerror}{where}"
    else:
        text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    text = f"{type(error).__name__}: {text}" if text else type(error).__name__
    return text[:MAX_CAUSE]


def _cause_key(cause: str) -> str:
    # Addresses and figures vary from one render to the next; the cause is the rest.
    general = re.sub(r"0x[0-9a-fA-F]+|\d+(\.\d+)?", "#", cause)
    return hashlib.sha256(general.encode()).hexdigest()[:16]


def record_failure(db: Database, invoice_id: int, number: str, cause: str,
                   now: datetime) -> None:
    """Record (or update) why `number` has no document yet; notify the first time a cause is
    met, not at every catch-up that meets it again."""

    def work(conn: Connection) -> None:
        first = insert_ignore(conn, t.document_failures, {
            "invoice_id": invoice_id, "cause": cause, "first_failed_at": now,
            "failed_at": now, "attempts": 1})
        if not first:
            conn.execute(update(t.document_failures)
                         .where(t.document_failures.c.invoice_id == invoice_id)
                         .values(cause=cause, failed_at=now,
                                 attempts=t.document_failures.c.attempts + 1))
        notify(conn, f"document_failed:{_cause_key(cause)}", NotificationKind.DOCUMENT_FAILED, now,
               number=number, cause=cause)

    db.write(work)


def clear_failure(conn: Connection, invoice_id: int) -> None:
    """The document is archived at last: it is no longer waiting (same transaction)."""
    conn.execute(delete(t.document_failures)
                 .where(t.document_failures.c.invoice_id == invoice_id))


def has_failed(conn: Connection, invoice_id: int) -> bool:
    return conn.execute(select(t.document_failures.c.invoice_id).where(
        t.document_failures.c.invoice_id == invoice_id)).first() is not None


_WAITING = (select(t.invoices.c.number, t.document_failures)
            .join(t.invoices, t.invoices.c.id == t.document_failures.c.invoice_id)
            .order_by(t.document_failures.c.invoice_id))


@journals_refusals
def document_failures(db: Database, actor: Actor) -> list[DocumentFailure]:
    """The invoices still waiting for their document, oldest first."""
    with db.read() as conn:
        # a buyer's too: after their purchase the front end says why its PDF waits
        require_any(conn, actor, Privilege.SEE_INVOICES, Privilege.BUY_CREDITS)
        rows = conn.execute(_WAITING).all()
    return [DocumentFailure(r.number, r.cause, r.first_failed_at, r.failed_at, r.attempts)
            for r in rows]
