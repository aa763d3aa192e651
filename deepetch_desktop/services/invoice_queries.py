"""Reading invoices with their derived status: paid, credited, left to pay, overdue."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, Row, func, select

from ..domain.errors import NotFound
from ..domain.invoicing import InvoiceKind, invoice_status
from ..domain.text import clean_text
from ..domain.vocabulary import InvoiceStatus
from ..store import tables as t
from .results import InvoiceView, PaymentView


@dataclass(frozen=True)
class UnpaidSummary:
    count: int
    left_cents: int
    overdue: int


_PAID = select(t.payments.c.invoice_id, func.sum(t.payments.c.amount_cents)).group_by(
    t.payments.c.invoice_id)
_CREDITED = (select(t.invoices.c.corrects_id, func.sum(t.invoices.c.gross_cents))
             .where(t.invoices.c.corrects_id.is_not(None)).group_by(t.invoices.c.corrects_id))
_LAST_SENT = (select(t.invoice_sendings.c.invoice_id, func.max(t.invoice_sendings.c.sent_at))
              .group_by(t.invoice_sendings.c.invoice_id))


def _sums(conn: Connection) -> tuple[dict[int, int], dict[int, int], dict[int, datetime]]:
    """Per invoice: the sum paid, the sum its credit notes take back, its last sending."""
    paid = dict(conn.execute(_PAID).all())
    credited = dict(conn.execute(_CREDITED).all())
    sent: dict[int, datetime] = {invoice_id: at for invoice_id, at in conn.execute(_LAST_SENT)}
    return paid, credited, sent


def _view(row: Row, paid: int, credited: int, sent_at: datetime | None,
          numbers: dict[int, str], today: date,
          payments: tuple[PaymentView, ...] = ()) -> InvoiceView:
    lines = json.loads(row.lines_json)
    description = lines[0]["description"] if lines else ""
    if row.kind == InvoiceKind.CREDIT_NOTE:
        status, left = InvoiceStatus.SENT if sent_at is not None else InvoiceStatus.ISSUED, 0
    else:
        status = invoice_status(
            gross_cents=row.gross_cents, paid_cents=paid, credited_cents=credited,
            sent=sent_at is not None, due=row.due_date, today=today,
        )
        left = max(0, row.gross_cents - paid - credited)
    return InvoiceView(
        id=row.id, number=row.number, kind=InvoiceKind(row.kind), issue_date=row.issue_date,
        due_date=row.due_date, net_cents=row.net_cents, vat_cents=row.vat_cents,
        gross_cents=row.gross_cents, credits=row.credits, status=status, paid_cents=paid,
        credited_cents=credited, left_cents=left,
        corrects_number=numbers.get(row.corrects_id) if row.corrects_id else None,
        description=description, sent_at=sent_at, payments=payments,
    )


def invoice_views(conn: Connection, today: date) -> list[InvoiceView]:
    paid, credited, sent = _sums(conn)
    rows = conn.execute(select(t.invoices).order_by(t.invoices.c.id)).all()
    numbers = {r.id: r.number for r in rows}
    return [
        _view(r, int(paid.get(r.id, 0)), int(credited.get(r.id, 0)), sent.get(r.id), numbers,
              today)
        for r in rows
    ]


def invoice_row(conn: Connection, number: str) -> Row:
    key = clean_text(number, "number", required=True)
    row = conn.execute(select(t.invoices).where(t.invoices.c.number == key)).first()
    if row is None:
        raise NotFound("invoice", number)
    return row


def invoice_view(conn: Connection, number: str, today: date) -> InvoiceView:
    row = invoice_row(conn, number)
    paid, credited, sent = _sums(conn)
    payments = tuple(
        PaymentView(p.paid_on, p.amount_cents, p.reference)
        for p in conn.execute(
            select(t.payments).where(t.payments.c.invoice_id == row.id).order_by(t.payments.c.id)
        )
    )
    numbers = {}
    if row.corrects_id:
        numbers[row.corrects_id] = conn.execute(
            select(t.invoices.c.number).where(t.invoices.c.id == row.corrects_id)
        ).scalar_one()
    return _view(row, int(paid.get(row.id, 0)), int(credited.get(row.id, 0)), sent.get(row.id),
                 numbers, today, payments)


_INVOICES_DUE = select(t.invoices.c.id, t.invoices.c.gross_cents, t.invoices.c.due_date).where(
    t.invoices.c.kind == InvoiceKind.INVOICE.value)


def unpaid_summary(conn: Connection, today: date) -> UnpaidSummary:
    """What is left to pay and how much of it is overdue: the invoices' amounts and due dates
    with the sums paid, credited and sent, by the same rule as each invoice's view (no line
    decoded, no view built)."""
    paid, credited, sent = _sums(conn)
    count = left_cents = overdue = 0
    for invoice_id, gross, due in conn.execute(_INVOICES_DUE):
        p, c = int(paid.get(invoice_id, 0)), int(credited.get(invoice_id, 0))
        left = max(0, gross - p - c)
        if left <= 0:
            continue
        count, left_cents = count + 1, left_cents + left
        status = invoice_status(gross_cents=gross, paid_cents=p, credited_cents=c,
                                sent=invoice_id in sent, due=due, today=today)
        overdue += status == InvoiceStatus.OVERDUE
    return UnpaidSummary(count=count, left_cents=left_cents, overdue=overdue)
