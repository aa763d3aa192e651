"""The reminder calendar: days before credit expiry, days around an invoice's due date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from ..domain.expiry import DEFAULT_REMINDER_DAYS, parse_reminder_days
from ..domain.invoicing import DEFAULT_REMINDER_STAGES, parse_stages
from ..domain.vocabulary import AuditAction, Privilege
from ..store.engine import Database
from .common import audit, get_setting, put_setting, require
from .privileges import journals_refusals
from .results import Actor

EXPIRY_KEY = "reminders.expiry_days"
INVOICE_KEY = "reminders.invoice_days"


@dataclass(frozen=True)
class ReminderSettings:
    expiry_days: tuple[int, ...]  # days before credit expiry, e.g. (30, 7, 1)
    invoice_days: tuple[int, ...]  # days from the due date, negative before, e.g. (-5, 1, 15, 30)


@journals_refusals
def reminder_settings(db: Database, actor: Actor) -> ReminderSettings:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        return reminders_of(conn)


def reminders_of(conn: Connection) -> ReminderSettings:
    """The calendar saved, or the default one (what the catch-up goes by)."""
    expiry = get_setting(conn, EXPIRY_KEY, "")
    invoice = get_setting(conn, INVOICE_KEY, "")
    return ReminderSettings(
        parse_reminder_days(expiry) if expiry else DEFAULT_REMINDER_DAYS,
        parse_stages(invoice) if invoice else DEFAULT_REMINDER_STAGES,
    )


@journals_refusals
def set_reminders(db: Database, actor: Actor, *, expiry_days: str, invoice_days: str,
                  now: datetime) -> ReminderSettings:
    expiry = parse_reminder_days(expiry_days)
    invoice = parse_stages(invoice_days)

    def work(conn: Connection) -> None:
        require(conn, actor, Privilege.ADMINISTER)
        was = reminders_of(conn)
        put_setting(conn, EXPIRY_KEY, ",".join(map(str, expiry)))
        put_setting(conn, INVOICE_KEY, ",".join(map(str, invoice)))
        audit(conn, actor, AuditAction.REMINDERS_SET, now, expiry_days=expiry, invoice_days=invoice,
              before={"expiry_days": list(was.expiry_days), "invoice_days": list(was.invoice_days)},
              after={"expiry_days": list(expiry), "invoice_days": list(invoice)})

    db.write(work)
    return ReminderSettings(expiry, invoice)
