"""The archived invoice documents: rendered once after the invoice commits, kept unchanged.

Rendering (ReportLab, Factur-X) is slow, so it never runs inside a write transaction: the
invoice record commits first, then its PDF is rendered and archived with its SHA-256. A reprint
returns the archived bytes, never a new rendering.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Connection, Row, select

from ..documents.model import DocumentLine, InvoiceDocument, Party, RenderedInvoice
from ..domain.invoicing import Line, totals
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import insert_ignore
from .invoice_queries import invoice_row

Renderer = Callable[[InvoiceDocument], RenderedInvoice]


def _party(data: dict[str, object]) -> Party:
    return Party(
        name=str(data["name"]), address=str(data.get("address") or ""),
        siren=str(data.get("siren") or ""), vat_number=str(data.get("vat_number") or ""),
        legal_form=str(data.get("legal_form") or ""),
        share_capital_cents=data.get("share_capital_cents"),  # type: ignore[arg-type]
        siret=str(data.get("siret") or ""), rcs=str(data.get("rcs") or ""),
        email=str(data.get("email") or ""),
    )


def document_of(conn: Connection, row: Row) -> InvoiceDocument:
    """The renderer's input, entirely from what was frozen into the record at issue."""
    seller = json.loads(row.seller_json)
    lines = [Line(**line) for line in json.loads(row.lines_json)]
    sums = totals(lines)
    corrects = None
    if row.corrects_id:
        corrects = conn.execute(select(t.invoices).where(t.invoices.c.id == row.corrects_id)).one()
    return InvoiceDocument(
        kind=row.kind, number=row.number, issue_date=row.issue_date, sale_date=row.sale_date,
        due_date=row.due_date, seller=_party(seller), buyer=_party(json.loads(row.buyer_json)),
        lines=tuple(DocumentLine(x.description, x.quantity, x.unit_price_cents, x.vat_bp,
                                 x.net_cents) for x in lines),
        net_cents=row.net_cents, vat_by_rate=sums.vat_by_rate, vat_cents=row.vat_cents,
        gross_cents=row.gross_cents, penalty_rate_bp=row.penalty_rate_bp,
        iban=str(seller.get("iban", "")), bic=str(seller.get("bic", "")),
        payment_reference=row.number,
        corrects_number=corrects.number if corrects is not None else None,
        corrects_date=corrects.issue_date if corrects is not None else None,
        reason=row.reason, logo_path=seller.get("logo_path"),
    )


def default_renderer() -> Renderer:
    from ..documents.facturx_pdf import render_invoice

    return render_invoice


def archive(db: Database, number: str, now: datetime,
            render: Renderer | None = None) -> bytes:
    """The archived PDF of `number`, rendering and storing it first if it is not yet."""
    with db.read() as conn:
        row = invoice_row(conn, number)
        stored = conn.execute(
            select(t.invoice_documents.c.pdf).where(t.invoice_documents.c.invoice_id == row.id)
        ).scalar()
        if stored is not None:
            return bytes(stored)
        document = document_of(conn, row)
    rendered = (render or default_renderer())(document)

    def work(conn: Connection) -> bytes:
        insert_ignore(conn, t.invoice_documents, {
            "invoice_id": row.id, "pdf": rendered.pdf, "xml": rendered.xml,
            "sha256": hashlib.sha256(rendered.pdf).hexdigest(), "created_at": now,
        })
        # Another workstation may have archived it first: its bytes are the invoice.
        return bytes(conn.execute(select(t.invoice_documents.c.pdf).where(
            t.invoice_documents.c.invoice_id == row.id)).scalar_one())

    return db.write(work)


def archive_pending(db: Database, now: datetime, render: Renderer | None = None) -> int:
    """Archive every issued document that has no PDF yet; how many were archived."""
    with db.read() as conn:
        numbers = conn.execute(
            select(t.invoices.c.number)
            .join(t.invoice_documents, t.invoice_documents.c.invoice_id == t.invoices.c.id,
                  isouter=True)
            .where(t.invoice_documents.c.invoice_id.is_(None))
            .order_by(t.invoices.c.id)
        ).scalars().all()
    for number in numbers:
        archive(db, number, now, render)
    return len(numbers)


def invoice_pdf(db: Database, number: str, now: datetime) -> bytes:
    return archive(db, number, now)


def invoice_xml(db: Database, number: str, now: datetime) -> bytes:
    archive(db, number, now)
    with db.read() as conn:
        row = invoice_row(conn, number)
        return bytes(conn.execute(select(t.invoice_documents.c.xml).where(
            t.invoice_documents.c.invoice_id == row.id)).scalar_one())


def verify_archive(db: Database) -> list[str]:
    """Numbers whose archived PDF no longer matches the SHA-256 recorded at issue."""
    with db.read() as conn:
        rows = conn.execute(select(t.invoices.c.number, t.invoice_documents.c.pdf,
                                   t.invoice_documents.c.sha256)
                            .join(t.invoice_documents,
                                  t.invoice_documents.c.invoice_id == t.invoices.c.id)).all()
    return [r.number for r in rows if hashlib.sha256(bytes(r.pdf)).hexdigest() != r.sha256]
