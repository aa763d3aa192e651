"""Delivering the outbox after commit: each message claimed, sent, then marked sent, once.

A failed server leaves the message queued with a later attempt time (backoff); a message is
claimed before it is sent so that two workstations never send it both. An invoice's e-mail
whose PDF could not be rendered waits for it, without holding up the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Connection, and_, or_, select, update

from ..domain.errors import DocumentNotRendered
from ..domain.vocabulary import Privilege
from ..mail.message import Attachment, OutgoingMessage, SmtpSettings
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import lease_clock
from .common import require
from .document_failures import has_failed
from .installation import installation_id
from .invoice_documents import archive, archive_pending
from .platform import exchange
from .privileges import journals_refusals
from .results import Actor
from .smtp_settings import settings_of

if TYPE_CHECKING:
    from ..mail.smtp import DeliveryFailed

BACKOFF_MINUTES = (1, 5, 15, 60, 180, 360)
CLAIM = timedelta(minutes=10)
Transport = Callable[[SmtpSettings, str | None, OutgoingMessage], None]


@dataclass(frozen=True)
class OutboxReport:
    sent: int
    failed: int
    waiting: int
    configured: bool
    last_error: str | None = None
    refused: int = 0  # failures someone must fix (credentials, certificate, address)
    needs_password: bool = False  # no keyring and no password given: the user must type one
    held: tuple[str, ...] = ()  # invoices whose e-mail waits for a PDF that failed to render
    password_refused: bool = False  # the server refused the password given: it is wrong


def _backoff(attempts: int, permanent: bool) -> timedelta:
    step = BACKOFF_MINUTES[min(attempts, len(BACKOFF_MINUTES)) - 1]
    return timedelta(minutes=max(step, 60) if permanent else step)


def _waiting(conn: Connection) -> int:
    return len(conn.execute(select(t.outbox.c.id).where(t.outbox.c.sent_at.is_(None))).all())


def _claim(db: Database, message_id: int, now: datetime) -> bool:
    def work(conn: Connection) -> bool:
        # The lease is measured on one clock for everyone: on PostgreSQL the server's, since
        # two workstations' clocks minutes apart would each see the other's lease expired.
        clock, until = lease_clock(conn, now, CLAIM)
        free = or_(t.outbox.c.claimed_until.is_(None), t.outbox.c.claimed_until < clock)
        done = conn.execute(update(t.outbox).where(
            t.outbox.c.id == message_id, t.outbox.c.sent_at.is_(None), free,
        ).values(claimed_until=until))
        return done.rowcount == 1

    return db.write(work)


def _document(db: Database, invoice_id: int, now: datetime) -> tuple[str, bytes | None]:
    """(number, archived PDF); None while it cannot be rendered. A document that already
    failed is left to the catch-up's next try rather than rendered again for every message."""
    with db.read() as conn:
        number = conn.execute(select(t.invoices.c.number).where(
            t.invoices.c.id == invoice_id)).scalar_one()
        stored = conn.execute(select(t.invoice_documents.c.pdf).where(
            t.invoice_documents.c.invoice_id == invoice_id)).scalar()
        failed = stored is None and has_failed(conn, invoice_id)
    if stored is not None:
        return number, bytes(stored)
    if failed:
        return number, None
    try:
        return number, archive(db, number, now)
    except DocumentNotRendered:
        return number, None


def _message(row, pdf: tuple[str, bytes] | None) -> OutgoingMessage:  # type: ignore[no-untyped-def]
    attachments: tuple[Attachment, ...] = ()
    if pdf is not None:
        number, data = pdf
        attachments = (Attachment(f"{number.replace('/', '-')}.pdf", data),)
    if row.attachment is not None:  # a chargeback statement's PDF
        attachments += (Attachment(row.attachment_name or "document.pdf", row.attachment),)
    return OutgoingMessage(row.recipient, row.subject, row.body, attachments, row.key)


def _mark_sent(db: Database, row, now: datetime) -> None:  # type: ignore[no-untyped-def]
    def work(conn: Connection) -> None:
        conn.execute(update(t.outbox).where(t.outbox.c.id == row.id)
                     .values(sent_at=now, claimed_until=None, last_error=None,
                             attempts=t.outbox.c.attempts + 1))
        if row.invoice_id is not None:
            conn.execute(t.invoice_sendings.insert().values(
                invoice_id=row.invoice_id, sent_at=now, recipient=row.recipient))

    db.write(work)


def _mark_failed(db: Database, row, now: datetime, error: DeliveryFailed) -> None:  # type: ignore[no-untyped-def]
    def work(conn: Connection) -> None:
        attempts = row.attempts + 1
        conn.execute(update(t.outbox).where(t.outbox.c.id == row.id).values(
            attempts=attempts, claimed_until=None, last_error=error.reason[:500],
            next_attempt_at=now + _backoff(attempts, error.permanent)))

    db.write(work)


def deliver_outbox(db: Database, now: datetime, password: str | None = None,
                   transport: Transport | None = None, force: bool = False) -> OutboxReport:
    """Send every message that is due (all queued ones with `force`), through `transport`
    (SMTP, mail/smtp.py, by default). smtplib, ssl and the keyring are imported only once
    there is a server to send to (issue 12): the catch-up without one never loads them."""
    with db.read() as conn:
        settings = settings_of(conn)
        due: list[ColumnElement[bool]] = [t.outbox.c.sent_at.is_(None)]
        if not force:
            due.append(t.outbox.c.next_attempt_at <= now)
        rows = conn.execute(select(t.outbox).where(and_(*due)).order_by(t.outbox.c.id)).all()
        if settings is None:
            return OutboxReport(0, 0, _waiting(conn), False)
    from ..mail.smtp import DeliveryFailed, deliver

    transport = transport or deliver
    # Message-IDs carry this database's own id: another installation's F2026-000001 differs.
    settings = replace(settings, installation_id=installation_id(db))
    if settings.user and password is None:
        from ..mail.secrets import load_password

        password = load_password(settings.host, settings.user)
    sent = failed = refused = 0
    needs_password = password_refused = False
    last_error = None
    held: list[str] = []
    for row in rows:
        pdf = None
        if row.invoice_id is not None:
            number, data = _document(db, row.invoice_id, now)
            if data is None:
                held.append(number)  # sent once its PDF exists; the others go meanwhile
                continue
            pdf = (number, data)
        if not _claim(db, row.id, now):
            continue
        try:
            transport(settings, password, _message(row, pdf))
        except Exception as exc:  # the message stays queued whatever went wrong
            error = exc if isinstance(exc, DeliveryFailed) else DeliveryFailed(
                f"{type(exc).__name__}: {exc}", permanent=False)
            failed += 1
            refused += int(error.permanent)
            needs_password = needs_password or error.needs_password
            password_refused = password_refused or error.credentials_refused
            last_error = error.reason
            _mark_failed(db, row, now, error)
            continue
        _mark_sent(db, row, now)
        sent += 1
    with db.read() as conn:
        return OutboxReport(sent, failed, _waiting(conn), True, last_error, refused,
                            needs_password, tuple(held), password_refused)


@journals_refusals
def send_outbox_now(db: Database, actor: Actor, now: datetime, password: str | None = None, *,
                    force: bool = False) -> OutboxReport:
    """« Send now », right after an action committed: render the documents not archived yet,
    then send the e-mails that are due (every queued one with `force`). `password` is the SMTP
    password typed in this session, for a machine whose keyring has none. A document that
    could not be rendered is named in `held`: its e-mail waits for it. A holder's only after
    what queues mail on their behalf (`buy_credits`)."""
    with db.read() as conn:
        require(conn, actor, Privilege.BUY_CREDITS)
    documents = archive_pending(db, now)
    exchange(db, now)  # the approved platform's deposit, when there is one; never raises
    report = deliver_outbox(db, now, password=password, force=force)
    return replace(report, held=tuple(dict.fromkeys(documents.failed + report.held)))
