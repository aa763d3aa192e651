"""After issue: recording payments, credit notes, sending an invoice again."""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import Connection, func, select

from ..domain.errors import BadInput, InvoiceRule
from ..domain.invoicing import (
    InvoiceKind,
    Line,
    credits_cancelled,
    net_for_gross,
    partial_credit_line,
    totals,
)
from ..domain.text import clean_text
from ..domain.vat import VatCategory
from ..domain.vocabulary import AuditAction, LedgerKind, Privilege
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import append_ledger, debit_basket
from .clock import require_clock
from .common import audit, require, today
from .invoice_mail import queue_invoice_email
from .invoice_queries import invoice_row, invoice_view
from .issuing import issue_record
from .privileges import journals_refusals
from .results import Actor, InvoiceView


def money_day(conn: Connection, now: datetime, day: date, given: date | None) -> date:
    """The day money moved (a payment, a refund): `given` or today, never a later day; this
    workstation's clock checked first."""
    require_clock(conn, now)
    when = given or day
    if when > day:
        raise BadInput("date", "in_the_future", when)
    return when


@journals_refusals
def record_payment(
    db: Database, actor: Actor, number: str, amount_cents: int, *, now: datetime,
    paid_on: date | None = None, reference: str = "",
) -> InvoiceView:
    """A payment received (partial ones too); more than what is left to pay is refused."""
    if amount_cents <= 0:
        raise BadInput("amount", "must_be_positive", amount_cents)
    reference = clean_text(reference, "reference")

    def work(conn: Connection) -> InvoiceView:
        require(conn, actor, Privilege.ADMINISTER)
        day = today(conn, now)
        view = invoice_view(conn, number, day)
        if view.kind != "invoice":
            raise InvoiceRule(view.number, "credit_note_not_payable")
        if view.status == "cancelled":
            raise InvoiceRule(view.number, "cancelled")
        if amount_cents > view.left_cents:
            raise InvoiceRule(view.number, "overpayment")
        when = money_day(conn, now, day, paid_on)
        conn.execute(t.payments.insert().values(
            invoice_id=view.id, paid_on=when, amount_cents=amount_cents,
            reference=reference, recorded_at=now, actor=actor.name))
        audit(conn, actor, AuditAction.INVOICE_PAYMENT, now, number=view.number,
              amount_cents=amount_cents, paid_on=when, reference=reference)
        return invoice_view(conn, number, day)

    return db.write(work)


@journals_refusals
def issue_credit_note(
    db: Database, actor: Actor, number: str, reason: str, *, now: datetime,
    amount_cents: int | None = None,
) -> InvoiceView:
    """An avoir referring to the invoice: the whole of what is not yet credited, or
    `amount_cents` of it (including VAT). It takes back the unused credits it cancels."""
    reason = clean_text(reason, "reason", required=True)
    if amount_cents is not None and amount_cents <= 0:
        raise BadInput("amount", "must_be_positive", amount_cents)

    def work(conn: Connection) -> InvoiceView:
        require(conn, actor, Privilege.ADMINISTER)
        day = today(conn, now)
        original = invoice_row(conn, number)
        if original.kind != InvoiceKind.INVOICE:
            raise InvoiceRule(original.number, "not_an_invoice")
        credited_net, credited_gross = conn.execute(
            select(func.coalesce(func.sum(t.invoices.c.net_cents), 0),
                   func.coalesce(func.sum(t.invoices.c.gross_cents), 0))
            .where(t.invoices.c.corrects_id == original.id)).one()
        credited_net, credited_gross = int(credited_net), int(credited_gross)  # PG: Decimal
        open_gross = original.gross_cents - credited_gross
        if open_gross <= 0:
            raise InvoiceRule(original.number, "already_credited")
        gross = open_gross if amount_cents is None else amount_cents
        if gross > open_gross:
            raise InvoiceRule(original.number, "credit_above_invoice")
        require_clock(conn, now)
        lines = [Line(**x) for x in json.loads(original.lines_json)]
        vat_bp = lines[0].vat_bp
        cancelled = credits_cancelled(original.credits, original.gross_cents, gross)
        if gross == original.gross_cents:
            credit_lines = lines  # the whole invoice: its own lines, cancelled
        else:
            # Part of it: one line that says what is cancelled, the credits by number (never
            # « 1 × 50,00 € », which reads as a rebate on the price).
            net = (original.net_cents - credited_net if gross == open_gross
                   else net_for_gross(gross, vat_bp))
            credit_lines = [Line(partial_credit_line(original.number, cancelled,
                                                     lines[0].description), 1, net, vat_bp)]
        credit_gross = totals(credit_lines).gross_cents
        # The basket locked first, as a purchase or a task locks it before the chains' heads
        # (ledger, invoices): writers take the same rows in the same order on PostgreSQL.
        balance_now = conn.execute(select(t.basket.c.balance).where(t.basket.c.id == 1)
                                   .with_for_update()).scalar_one()
        taken = min(cancelled, int(balance_now))
        credit_id, credit_number = issue_record(
            conn, kind=InvoiceKind.CREDIT_NOTE, lines=credit_lines, issue_day=day, now=now,
            actor=actor.name, credits=taken, corrects_id=original.id, reason=reason,
            vat_category=VatCategory(original.vat_category or VatCategory.STANDARD),
        )
        if taken:
            balance = debit_basket(conn, taken, now, touch=False)
            assert balance is not None
            append_ledger(conn, at=now, kind=LedgerKind.CREDIT_NOTE, credits=-taken,
                          balance_after=balance, actor=actor.name,
                          note=f"{credit_number} ({original.number})")
        queue_invoice_email(conn, credit_id, now)
        view = invoice_view(conn, credit_number, day)
        # A credit note on money already received leaves a refund owed: journalled here, shown
        # on the invoice until `record_refund` marks it paid back.
        audit(conn, actor, AuditAction.INVOICE_CREDIT_NOTE, now, number=credit_number,
              invoice=original.number, gross_cents=credit_gross, credits=taken,
              credits_cancelled=cancelled, refund_owed_cents=view.refund_owed_cents,
              reason=reason)
        return view

    return db.write(work)


@journals_refusals
def record_refund(
    db: Database, actor: Actor, number: str, *, now: datetime, amount_cents: int | None = None,
    refunded_on: date | None = None, reference: str = "",
) -> InvoiceView:
    """Mark the refund owed on invoice `number` (or `amount_cents` of it) as paid back to the
    company; refused when nothing is owed or the amount is more than what is."""
    if amount_cents is not None and amount_cents <= 0:
        raise BadInput("amount", "must_be_positive", amount_cents)
    reference = clean_text(reference, "reference")

    def work(conn: Connection) -> InvoiceView:
        require(conn, actor, Privilege.ADMINISTER)
        day = today(conn, now)
        view = invoice_view(conn, number, day)
        if view.kind != InvoiceKind.INVOICE or view.refund_owed_cents <= 0:
            raise InvoiceRule(view.number, "no_refund_owed")
        amount = view.refund_owed_cents if amount_cents is None else amount_cents
        if amount > view.refund_owed_cents:
            raise InvoiceRule(view.number, "refund_above_owed")
        when = money_day(conn, now, day, refunded_on)
        conn.execute(t.invoice_refunds.insert().values(
            invoice_id=view.id, refunded_on=when, amount_cents=amount, reference=reference,
            recorded_at=now, actor=actor.name))
        audit(conn, actor, AuditAction.INVOICE_REFUND, now, number=view.number,
              amount_cents=amount, refunded_on=when, reference=reference,
              before={"refund_owed_cents": view.refund_owed_cents},
              after={"refund_owed_cents": view.refund_owed_cents - amount})
        return invoice_view(conn, number, day)

    return db.write(work)


@journals_refusals
def resend_invoice(db: Database, actor: Actor, number: str, *, now: datetime) -> InvoiceView:
    """Queue the invoice's e-mail once more (delivered by deliver_outbox)."""

    def work(conn: Connection) -> InvoiceView:
        require(conn, actor, Privilege.ADMINISTER)
        row = invoice_row(conn, number)
        count = conn.execute(select(func.count()).select_from(t.outbox).where(
            t.outbox.c.invoice_id == row.id)).scalar_one()
        if not queue_invoice_email(conn, row.id, now, key_suffix=f":resend:{count}"):
            raise BadInput("email", "required", "")
        audit(conn, actor, AuditAction.INVOICE_RESEND, now, number=row.number)
        return invoice_view(conn, number, today(conn, now))

    return db.write(work)
