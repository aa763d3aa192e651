"""Reading invoices with their derived status: paid, credited, left to pay, overdue."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, Row, func, select

from ..domain.errors import NotFound
from ..domain.invoicing import InvoiceKind, invoice_status, refund_owed
from ..domain.text import clean_text
from ..domain.vocabulary import InvoiceStatus, LifecycleStatus, known
from ..store import tables as t
from .results import InvoiceView, LifecycleView, PaymentView, RefundView


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
_DEPOSITED = select(t.pa_deposits.c.invoice_id, t.pa_deposits.c.deposited_at)
_REFUNDED = (select(t.invoice_refunds.c.invoice_id, func.sum(t.invoice_refunds.c.amount_cents))
             .group_by(t.invoice_refunds.c.invoice_id))
_LIFECYCLE = (select(t.lifecycle_events.c.invoice_id, t.lifecycle_events.c.code)
              .order_by(t.lifecycle_events.c.status_at, t.lifecycle_events.c.id))
_CREDITED_GROSS = select(t.invoices.c.id, t.invoices.c.gross_cents).where(
    t.invoices.c.id.in_(select(t.invoices.c.corrects_id)
                        .where(t.invoices.c.corrects_id.is_not(None))))


def _paid_credited_sent(conn: Connection) -> tuple[dict[int, int], dict[int, int],
                                                   dict[int, datetime]]:
    """Per invoice: the sum paid, the sum its credit notes take back, its last sending."""
    paid = {invoice_id: int(total) for invoice_id, total in conn.execute(_PAID)}
    credited = {invoice_id: int(total) for invoice_id, total in conn.execute(_CREDITED)}
    sent: dict[int, datetime] = {invoice_id: at for invoice_id, at in conn.execute(_LAST_SENT)}
    return paid, credited, sent


@dataclass(frozen=True)
class _Sums:
    """Per invoice id: paid, credited (gross of its credit notes), refunded, when last sent,
    the latest lifecycle status the platform reported."""

    paid: dict[int, int]
    credited: dict[int, int]
    refunded: dict[int, int]
    sent: dict[int, datetime]
    lifecycle: dict[int, str]
    gross: dict[int, int]  # of the invoices that have credit notes

    def refund_owed(self, invoice_id: int) -> int:
        if invoice_id not in self.gross:
            return 0  # nothing credited: nothing to pay back
        return refund_owed(gross_cents=self.gross[invoice_id],
                           paid_cents=self.paid.get(invoice_id, 0),
                           credited_cents=self.credited.get(invoice_id, 0),
                           refunded_cents=self.refunded.get(invoice_id, 0))


def _sums(conn: Connection) -> _Sums:
    paid, credited, sent = _paid_credited_sent(conn)
    # Deposited with the approved platform is sent too (by the other channel): the later of the
    # two is when it was last sent.
    for invoice_id, at in conn.execute(_DEPOSITED):
        if invoice_id not in sent or at > sent[invoice_id]:
            sent[invoice_id] = at
    refunded = {invoice_id: int(total) for invoice_id, total in conn.execute(_REFUNDED)}
    lifecycle: dict[int, str] = {}
    for invoice_id, code in conn.execute(_LIFECYCLE):
        lifecycle[invoice_id] = code  # the latest status wins
    gross = {invoice_id: int(total) for invoice_id, total in conn.execute(_CREDITED_GROSS)}
    return _Sums(paid, credited, refunded, sent, lifecycle, gross)


def _view(row: Row, sums: _Sums, numbers: dict[int, str], today: date,
          payments: tuple[PaymentView, ...] = (), refunds: tuple[RefundView, ...] = (),
          lifecycle: tuple[LifecycleView, ...] = ()) -> InvoiceView:
    lines = json.loads(row.lines_json)
    description = lines[0]["description"] if lines else ""
    paid, credited = int(sums.paid.get(row.id, 0)), int(sums.credited.get(row.id, 0))
    sent_at = sums.sent.get(row.id)
    if row.kind == InvoiceKind.CREDIT_NOTE:
        status, left = InvoiceStatus.SENT if sent_at is not None else InvoiceStatus.ISSUED, 0
        owed = sums.refund_owed(row.corrects_id) if row.corrects_id else 0
    else:
        status = invoice_status(
            gross_cents=row.gross_cents, paid_cents=paid, credited_cents=credited,
            sent=sent_at is not None, due=row.due_date, today=today,
        )
        left = max(0, row.gross_cents - paid - credited)
        owed = sums.refund_owed(row.id)
    code = sums.lifecycle.get(row.id)
    return InvoiceView(
        id=row.id, number=row.number, kind=InvoiceKind(row.kind), issue_date=row.issue_date,
        due_date=row.due_date, net_cents=row.net_cents, vat_cents=row.vat_cents,
        gross_cents=row.gross_cents, credits=row.credits, status=status, paid_cents=paid,
        credited_cents=credited, left_cents=left,
        corrects_number=numbers.get(row.corrects_id) if row.corrects_id else None,
        description=description, sent_at=sent_at, payments=payments,
        refund_owed_cents=owed, refunds=refunds,
        lifecycle_status=known(LifecycleStatus, code) if code is not None else None,
        lifecycle=lifecycle,
    )


_EVENTS = select(t.lifecycle_events).order_by(t.lifecycle_events.c.status_at,
                                              t.lifecycle_events.c.id)


def _lifecycle_view(row: Row) -> LifecycleView:
    return LifecycleView(known(LifecycleStatus, row.code), row.status_at, row.reason,
                         row.file_name)


def invoice_views(conn: Connection, today: date) -> list[InvoiceView]:
    sums = _sums(conn)
    rows = conn.execute(select(t.invoices).order_by(t.invoices.c.id)).all()
    numbers = {r.id: r.number for r in rows}
    events: dict[int, list[LifecycleView]] = {}
    for event in conn.execute(_EVENTS):  # the platform's statuses, few: read once for all
        events.setdefault(event.invoice_id, []).append(_lifecycle_view(event))
    return [_view(r, sums, numbers, today, lifecycle=tuple(events.get(r.id, ())))
            for r in rows]


def invoice_row(conn: Connection, number: str) -> Row:
    key = clean_text(number, "number", required=True)
    row = conn.execute(select(t.invoices).where(t.invoices.c.number == key)).first()
    if row is None:
        raise NotFound("invoice", number)
    return row


def invoice_view(conn: Connection, number: str, today: date) -> InvoiceView:
    row = invoice_row(conn, number)
    payments = tuple(
        PaymentView(p.paid_on, p.amount_cents, p.reference)
        for p in conn.execute(
            select(t.payments).where(t.payments.c.invoice_id == row.id).order_by(t.payments.c.id)
        )
    )
    refunds = tuple(
        RefundView(r.refunded_on, r.amount_cents, r.reference)
        for r in conn.execute(select(t.invoice_refunds).where(
            t.invoice_refunds.c.invoice_id == row.id).order_by(t.invoice_refunds.c.id)))
    lifecycle = tuple(_lifecycle_view(e) for e in conn.execute(
        _EVENTS.where(t.lifecycle_events.c.invoice_id == row.id)))
    numbers = {}
    if row.corrects_id:
        numbers[row.corrects_id] = conn.execute(
            select(t.invoices.c.number).where(t.invoices.c.id == row.corrects_id)
        ).scalar_one()
    return _view(row, _sums(conn), numbers, today, payments, refunds, lifecycle)


_INVOICES_DUE = select(t.invoices.c.id, t.invoices.c.gross_cents, t.invoices.c.due_date).where(
    t.invoices.c.kind == InvoiceKind.INVOICE.value)


def unpaid_summary(conn: Connection, today: date) -> UnpaidSummary:
    """What is left to pay and how much of it is overdue: the invoices' amounts and due dates
    with the sums paid, credited and sent, by the same rule as each invoice's view (no line
    decoded, no view built)."""
    paid, credited, sent = _paid_credited_sent(conn)
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
