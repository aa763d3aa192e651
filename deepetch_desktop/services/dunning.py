"""Payment reminders ("relances"): a courteous one before the due date, then after it, each
sent once; when several dates passed while nothing ran, only the latest is sent."""

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
from .invoice_queries import invoice_views
from .notifications import notify, queue_email
from .reminders import reminders_of
from .results import InvoiceView

RECOVERY_INDEMNITY_CENTS = 4000


def penalties_cents(left_cents: int, rate_bp: int, due: date, today: date) -> int:
    """Late-payment penalties accrued so far: simple interest at the annual rate."""
    days = max(0, (today - due).days)
    return (left_cents * rate_bp * days + 5_000 * 365) // (10_000 * 365)


def _euros(cents: int) -> str:
    whole, frac = divmod(cents, 100)
    return f"{whole:,}".replace(",", "\u202f") + f",{frac:02d}\u00a0€"


def _letter(inv: InvoiceView, stage: int, rate_bp: int, today: date) -> tuple[str, str]:
    due = inv.due_date.strftime("%d/%m/%Y")
    if stage < 0:
        subject = f"Deepetch : rappel, facture {inv.number} à échéance le {due}"
        body = (f"Bonjour,\n\nPour rappel, la facture {inv.number} du "
                f"{inv.issue_date:%d/%m/%Y} arrive à échéance le {due}. Il reste "
                f"{_euros(inv.left_cents)} à régler, par virement en indiquant la référence "
                f"{inv.number}.\n\nSi le règlement est déjà parti, merci de ne pas tenir compte "
                "de ce message.\n\nCordialement,\nDeepetch\n")
        return subject, body
    penalties = penalties_cents(inv.left_cents, rate_bp, inv.due_date, today)
    rate = f"{rate_bp // 100},{rate_bp % 100:02d}\u00a0%"
    subject = f"Deepetch : relance, facture {inv.number} échue le {due}"
    body = (f"Bonjour,\n\nSauf erreur de notre part, la facture {inv.number} du "
            f"{inv.issue_date:%d/%m/%Y}, échue le {due}, n'est pas entièrement réglée : il reste "
            f"{_euros(inv.left_cents)} à payer.\n\nConformément à nos conditions, des pénalités "
            f"de retard au taux annuel de {rate} courent depuis l'échéance "
            f"({_euros(penalties)} à ce jour), ainsi que l'indemnité forfaitaire pour frais de "
            f"recouvrement de {_euros(RECOVERY_INDEMNITY_CENTS)} (quarante euros).\n\n"
            f"Merci de procéder au règlement en indiquant la référence {inv.number}.\n\n"
            "Cordialement,\nDeepetch\n")
    return subject, body


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
            subject, body = _letter(inv, stage, int(rates[inv.id]), day)
            notify(conn, keys[0], NotificationKind.INVOICE_REMINDER, now, number=inv.number,
                   stage=stage, left=_euros(inv.left_cents),
                   due_date=inv.due_date.strftime("%d/%m/%Y"))
            queue_email(conn, keys[0], company.billing_email, subject, body, now, inv.id)
            return True

        sent += int(db.write(work))
    return sent
