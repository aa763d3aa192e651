"""Issuing an invoice or credit note record: the gap-free number is drawn in the same
transaction, and the seller and buyer are frozen into it as they are at that moment."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime

from sqlalchemy import Connection, select

from ..domain.invoicing import (
    CREDIT_NOTE_SERIES,
    INVOICE_SERIES,
    InvoiceKind,
    Line,
    due_date,
    invoice_number,
    totals,
)
from ..store import tables as t
from ..store.chains import insert_chained
from ..store.ops import next_number
from .common import company_row


def seller_snapshot(conn: Connection) -> dict[str, object]:
    row = conn.execute(select(t.seller)).one()
    return {k: v for k, v in row._mapping.items() if k != "id"}


def buyer_snapshot(conn: Connection) -> dict[str, object]:
    row = company_row(conn)
    return {
        "name": row.name, "legal_form": row.legal_form, "siren": row.siren,
        "vat_number": row.vat_number, "address": row.address, "email": row.billing_email,
    }


def issue_record(
    conn: Connection,
    *,
    kind: InvoiceKind,
    lines: list[Line],
    issue_day: date,
    now: datetime,
    actor: str,
    credits: int,
    batch_id: int | None = None,
    corrects_id: int | None = None,
    reason: str = "",
) -> tuple[int, str]:
    """Insert the numbered, immutable record; returns (id, number)."""
    series = INVOICE_SERIES if kind is InvoiceKind.INVOICE else CREDIT_NOTE_SERIES
    seq = next_number(conn, series, issue_day.year)
    number = invoice_number(series, issue_day.year, seq)
    seller = seller_snapshot(conn)
    penalty_rate_bp = seller["penalty_rate_bp"]
    assert isinstance(penalty_rate_bp, int)  # a NOT NULL integer column
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
            issued_at=now, actor=actor,
        )
    )
    return invoice_id, number
