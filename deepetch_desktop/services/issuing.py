"""Issuing an invoice or credit note record: the gap-free number is drawn in the same
transaction, and the seller and buyer are frozen into it as they are at that moment."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime

from sqlalchemy import Connection, select

from ..domain.errors import InvoiceDatedBefore, InvoiceRule
from ..domain.invoicing import (
    CREDIT_NOTE_SERIES,
    INVOICE_SERIES,
    InvoiceKind,
    Line,
    due_date,
    invoice_number,
    totals,
)
from ..domain.legal_rate import penalty_floor
from ..domain.vat import VatCategory
from ..store import tables as t
from ..store.chains import insert_chained
from ..store.ops import next_number
from .common import company_row
from .identities import legal_rates_of


def seller_snapshot(conn: Connection) -> dict[str, object]:
    row = conn.execute(select(t.seller)).one()
    return {k: v for k, v in row._mapping.items() if k != "id"}


def buyer_snapshot(conn: Connection) -> dict[str, object]:
    row = company_row(conn)
    return {
        "name": row.name, "legal_form": row.legal_form, "siren": row.siren,
        "vat_number": row.vat_number, "address": row.address, "email": row.billing_email,
        "country": row.country, "einvoicing_address": row.einvoicing_address,
    }


def require_chronology(conn: Connection, series: str, issue_day: date) -> None:
    """A number drawn later never carries an earlier date (CGI ann. II art. 242 nonies A I 7°:
    « une séquence chronologique et continue »): a document dated before the latest of its
    series, wherever the workstation's clock or time zone puts its day, is refused."""
    last = conn.execute(
        select(t.invoices.c.number, t.invoices.c.issue_date)
        .where(t.invoices.c.series == series)
        .order_by(t.invoices.c.issue_date.desc(), t.invoices.c.id.desc()).limit(1)).first()
    if last is not None and issue_day < last.issue_date:
        raise InvoiceDatedBefore(last.number, last.issue_date, issue_day)


def issue_record(
    conn: Connection,
    *,
    kind: InvoiceKind,
    lines: list[Line],
    issue_day: date,
    now: datetime,
    actor: str,
    credits: int,
    vat_category: VatCategory,
    batch_id: int | None = None,
    corrects_id: int | None = None,
    reason: str = "",
    purchase_order: str = "",
) -> tuple[int, str]:
    """Insert the numbered, immutable record; returns (id, number). An invoice is refused
    while the seller's penalty rate is below three times the legal rate in force on its
    date (C. com. L441-10 II)."""
    series = INVOICE_SERIES if kind is InvoiceKind.INVOICE else CREDIT_NOTE_SERIES
    require_chronology(conn, series, issue_day)
    seq = next_number(conn, series, issue_day.year)
    number = invoice_number(series, issue_day.year, seq)
    seller = seller_snapshot(conn)
    penalty_rate_bp = seller["penalty_rate_bp"]
    assert isinstance(penalty_rate_bp, int)  # a NOT NULL integer column
    if kind is InvoiceKind.INVOICE and penalty_rate_bp < penalty_floor(
            issue_day, legal_rates_of(conn)):
        raise InvoiceRule("", "penalty_rate_below_legal_minimum")
    sums = totals(lines)
    invoice_id = insert_chained(
        conn, "invoices", dict(
            number=number, series=series, year=issue_day.year, seq=seq, kind=kind.value,
            issue_date=issue_day, sale_date=issue_day, due_date=due_date(issue_day),
            batch_id=batch_id, corrects_id=corrects_id, reason=reason,
            seller_json=json.dumps(seller, ensure_ascii=False),
            buyer_json=json.dumps(buyer_snapshot(conn), ensure_ascii=False),
            lines_json=json.dumps([asdict(line) for line in lines], ensure_ascii=False),
            net_cents=sums.net_cents, vat_cents=sums.vat_cents, gross_cents=sums.gross_cents,
            credits=credits, penalty_rate_bp=penalty_rate_bp,
            vat_category=vat_category.value, purchase_order=purchase_order or None,
            issued_at=now, actor=actor,
        )
    )
    return invoice_id, number
