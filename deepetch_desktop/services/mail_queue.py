"""The e-mail queue as an administrator sees it (what waits, why it failed, the next try), and
the test e-mail that checks the SMTP settings by the very path invoices take."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select

from ..domain.dates import require_aware
from ..domain.identity import check_email
from ..domain.vocabulary import Privilege
from ..store import tables as t
from ..store.engine import Database
from ..texts.notices_en import NOTICES_ENGLISH
from ..texts.notices_fr import NOTICES_FRENCH
from ..texts.voice import Voice
from .common import require
from .notifications import queue_email
from .outbox import OutboxReport, deliver_outbox
from .privileges import journals_refusals
from .results import Actor
from .smtp_settings import settings_of

MAX_SHOWN = 500


@dataclass(frozen=True)
class QueuedEmail:
    """One e-mail not sent yet: `last_error` says why the last try failed (None: not tried
    yet), `next_attempt_at` when it is tried again."""

    id: int
    created_at: datetime
    recipient: str
    subject: str
    invoice_number: str | None
    attempts: int
    next_attempt_at: datetime
    last_error: str | None


@dataclass(frozen=True)
class TestEmail:
    """What became of the test e-mail: `sent`, or else `report` says why it waits."""

    recipient: str
    sent: bool
    report: OutboxReport


@journals_refusals
def waiting_emails(db: Database, actor: Actor) -> list[QueuedEmail]:
    """The e-mails that wait in the queue, oldest first."""
    o, i = t.outbox, t.invoices
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        rows = conn.execute(
            select(o.c.id, o.c.created_at, o.c.recipient, o.c.subject, i.c.number,
                   o.c.attempts, o.c.next_attempt_at, o.c.last_error)
            .select_from(o.outerjoin(i, i.c.id == o.c.invoice_id))
            .where(o.c.sent_at.is_(None)).order_by(o.c.id).limit(MAX_SHOWN)).all()
    return [QueuedEmail(*row) for row in rows]


@journals_refusals
def send_test_email(db: Database, actor: Actor, recipient: str, *, now: datetime,
                    password: str | None = None, lang: str = "fr") -> TestEmail:
    """Queue a test e-mail to `recipient` and send the queue at once through the SMTP server
    configured; a failure leaves it waiting like any other e-mail, its reason in `report`."""
    now = require_aware(now)
    address = check_email(recipient)
    v = Voice(lang, {"fr": NOTICES_FRENCH, "en": NOTICES_ENGLISH})
    key = f"test:{now.isoformat()}:{address.lower()}"

    def work(conn: Connection) -> bool:
        require(conn, actor, Privilege.ADMINISTER)
        settings = settings_of(conn)
        if settings is None:
            return False  # nothing to test: the e-mail would only wait in the queue
        server = f"{settings.host}:{settings.port}"
        queue_email(conn, key, address, v.say("test_email.subject"),
                    v.fill("test_email.body", {"actor": actor.name, "server": server}), now)
        return True

    if not db.write(work):
        with db.read() as conn:
            waiting = len(conn.execute(select(t.outbox.c.id).where(
                t.outbox.c.sent_at.is_(None))).all())
        return TestEmail(address, False, OutboxReport(0, 0, waiting, False))
    report = deliver_outbox(db, now, password=password)
    with db.read() as conn:
        sent = conn.execute(select(t.outbox.c.sent_at).where(t.outbox.c.key == key)).scalar()
    return TestEmail(address, sent is not None, report)
