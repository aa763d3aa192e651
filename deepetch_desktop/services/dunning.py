"""Payment reminders ("relances"): a courteous one before the due date, then after it, each
sent once and each firmer (services/reminder_letters.py); when several dates passed while
nothing ran, only the latest is sent."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Connection, select

from ..domain.invoicing import parse_stages as parse_stages  # the GUI's import, for now
from ..domain.vocabulary import NotificationKind
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import claim_effect
from .common import company_row, today
from .effect_keys import done_among
from .invoice_queries import invoice_view, invoice_views
from .notifications import notify, queue_email
from .reminder_letters import CreditNoteLine, ReminderFacts, euros, letter
from .reminders import reminders_of
from .results import InvoiceView


def reminder_facts(conn: Connection, inv: InvoiceView, stage: int, rate_bp: int,
                   day: date) -> ReminderFacts:
    """The invoice with its payments and credit notes, as the letter states them."""
    full = invoice_view(conn, inv.number, day)
    notes = tuple(CreditNoteLine(r.number, r.issue_date, r.gross_cents) for r in conn.execute(
        select(t.invoices.c.number, t.invoices.c.issue_date, t.invoices.c.gross_cents)
        .where(t.invoices.c.corrects_id == inv.id).order_by(t.invoices.c.id)))
    return ReminderFacts(full, notes, rate_bp, day, stage)


def invoice_reminders(db: Database, now: datetime) -> int:
    with db.read() as conn:
        company = company_row(conn)
        day = today(conn, now)
        stages = reminders_of(conn).invoice_days
        unpaid = [v for v in invoice_views(conn, day)
                  if v.kind == "invoice" and v.left_cents > 0 and v.status != "cancelled"]
        # The latest stage passed of each unpaid invoice, looked up by its key (never every
        # dunning key ever recorded).
        due = {inv.number: [s for s in stages if day >= inv.due_date + timedelta(days=s)]
               for inv in unpaid}
        done = done_among(conn, [f"dunning:{number}:{passed[-1]}"
                                 for number, passed in due.items() if passed])
        rates = dict(conn.execute(select(t.invoices.c.id, t.invoices.c.penalty_rate_bp)).all())
    sent = 0
    for inv in unpaid:
        passed = due[inv.number]
        if not passed:
            continue
        stage = passed[-1]
        keys = [f"dunning:{inv.number}:{s}" for s in reversed(passed)]
        if keys[0] in done:
            continue

        def work(conn: Connection, inv: InvoiceView = inv, stage: int = stage,
                 keys: list[str] = keys) -> bool:
            if not [claim_effect(conn, k, now) for k in keys][0]:
                return False
            subject, body = letter(reminder_facts(conn, inv, stage, int(rates[inv.id]), day))
            notify(conn, keys[0], NotificationKind.INVOICE_REMINDER, now, number=inv.number,
                   stage=stage, left=euros(inv.left_cents),
                   due_date=inv.due_date.strftime("%d/%m/%Y"))
            queue_email(conn, keys[0], company.billing_email, subject, body, now, inv.id)
            return True

        sent += int(db.write(work))
    return sent
