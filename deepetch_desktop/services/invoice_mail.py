"""Invoice e-mails in the outbox: queued in the transaction that decides to send them, and
what became of the latest one."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Connection, select

from ..domain.vocabulary import Privilege
from ..store import tables as t
from ..store.engine import Database
from .common import company_row, today
from .notifications import queue_email
from .privileges import journals_refusals, require_any
from .results import Actor


def queue_invoice_email(conn: Connection, invoice_id: int, now: datetime,
                        key_suffix: str = "") -> bool:
    """Queue the invoice (or credit note) for the billing contact; False without an address."""
    recipient = company_row(conn).billing_email
    if not recipient:
        return False
    inv = conn.execute(select(t.invoices).where(t.invoices.c.id == invoice_id)).one()
    title = "Avoir" if inv.kind == "credit_note" else "Facture"
    subject = f"{title} Deepetch {inv.number}"
    body = (
        "Bonjour,\n\n"
        f"Veuillez trouver ci-joint {'l’avoir' if inv.kind == 'credit_note' else 'la facture'} "
        f"{inv.number} du {inv.issue_date:%d/%m/%Y}.\n"
        + ("" if inv.kind == "credit_note" else _payable(inv.number, inv.due_date,
                                                         today(conn, now)))
        + "\nCordialement,\nDeepetch\n"
    )
    return queue_email(conn, f"invoice:{inv.number}{key_suffix}", recipient, subject, body,
                       now, invoice_id)


def _payable(number: str, due: date, day: date) -> str:
    """When to pay: by the due date, or at once when it is past (an invoice sent again)."""
    when = (f"Elle est payable au plus tard le {due:%d/%m/%Y}" if day <= due else
            f"Son échéance était le {due:%d/%m/%Y}\u00a0: elle est à régler dès maintenant")
    return f"{when}, par virement, en indiquant la référence {number}.\n"


@journals_refusals
def invoice_email_state(db: Database, actor: Actor, number: str) -> str | None:
    """What became of invoice `number`'s latest e-mail: "sent", "queued" (waiting for a retry),
    or None when none was ever queued (no billing address)."""
    o, i = t.outbox, t.invoices
    with db.read() as conn:
        # a buyer's too: after their purchase the front end says what became of its e-mail
        require_any(conn, actor, Privilege.SEE_INVOICES, Privilege.BUY_CREDITS)
        sent = conn.execute(
            select(o.c.id, o.c.sent_at).join(i, i.c.id == o.c.invoice_id)
            .where(i.c.number == number).order_by(o.c.id.desc()).limit(1)
        ).first()
    if sent is None:
        return None
    return "queued" if sent.sent_at is None else "sent"
