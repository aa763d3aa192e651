"""The archived invoice documents: rendered once after the invoice commits, kept unchanged.

Rendering (ReportLab, Factur-X) is slow, so it never runs inside a write transaction: the
invoice record commits first, then its PDF is rendered and archived with its SHA-256. A reprint
returns the archived bytes, never a new rendering. A document that cannot be rendered is
recorded with its cause and tried again at each catch-up; it never stops the others.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Connection, Row, select

from ..documents.model import DocumentLine, InvoiceDocument, Party, RenderedInvoice
from ..domain.errors import DocumentNotRendered
from ..domain.invoicing import Line, credits_cancelled, totals
from ..domain.vocabulary import AuditAction, Privilege
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import insert_ignore
from .common import audit, require
from .document_failures import cause_of, clear_failure, record_failure
from .invoice_queries import invoice_row
from .privileges import journals_refusals, require_any
from .results import Actor

Renderer = Callable[[InvoiceDocument], RenderedInvoice]
RENDER_TMP = "render-tmp"
ARCHIVIST = Actor("système")  # archiving follows the invoice's commit, whoever issued it
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArchiveReport:
    archived: int
    failed: tuple[str, ...]  # the numbers whose document could not be rendered this time


def _party(data: dict[str, object]) -> Party:
    capital = data.get("share_capital_cents")
    siren = str(data.get("siren") or "")
    return Party(
        name=str(data["name"]), address=str(data.get("address") or ""),
        siren=siren, vat_number=str(data.get("vat_number") or ""),
        legal_form=str(data.get("legal_form") or ""),
        share_capital_cents=capital if isinstance(capital, int) else None,
        siret=str(data.get("siret") or ""), rcs=str(data.get("rcs") or ""),
        email=str(data.get("email") or ""),
        country_code=str(data.get("country") or "FR"),
        # Frozen before migration 0012 without one: the SIREN these documents then carried.
        einvoicing_address=str(data.get("einvoicing_address", siren) or ""),
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
        corrects_gross_cents=corrects.gross_cents if corrects is not None else 0,
        credits_cancelled=(credits_cancelled(corrects.credits, corrects.gross_cents,
                                             row.gross_cents) if corrects is not None else 0),
        credits_taken_back=row.credits if corrects is not None else 0,
        reason=row.reason, logo_path=_current_logo(conn),
        vat_category=row.vat_category or "S", purchase_order=row.purchase_order or "",
        vat_on_debits=bool(seller.get("vat_on_debits", False)),
    )


def _current_logo(conn: Connection) -> str | None:
    # The logo is not a legal mention frozen at issue: the seller's current one is drawn, so
    # that correcting or clearing a logo that could not be drawn repairs the waiting invoices.
    return conn.execute(select(t.seller.c.logo_path)).scalar()


def render_folder(db: Database) -> Path:
    """Where renders write their temporary files: next to a SQLite file, else in the user's
    data folder; never the system's temporary folder (personal data, left by a kill -9)."""
    if db.dialect == "sqlite" and db.location not in ("", ":memory:"):
        return Path(db.location).resolve().parent / RENDER_TMP
    return Path(user_data_dir("deepetch-desktop", "Deepetch")) / RENDER_TMP


def sweep_render_folder(db: Database) -> int:
    """Remove the temporary files renders killed mid-way left behind (done at start)."""
    from ..documents.workdir import sweep_workdirs

    return sweep_workdirs(render_folder(db))


def default_renderer(db: Database) -> Renderer:
    from ..documents.facturx_pdf import render_invoice

    folder = render_folder(db)
    return lambda document: render_invoice(document, folder)


def _render(db: Database, row: Row, now: datetime, render: Renderer | None) -> RenderedInvoice:
    """The rendered document, or DocumentNotRendered once its cause is recorded."""
    try:
        with db.read() as conn:
            document = document_of(conn, row)
        return (render or default_renderer(db))(document)
    except Exception as exc:  # whatever stops this document (a bad logo, a full disk...)
        cause = cause_of(exc)
        record_failure(db, row.id, row.number, cause, now)
        raise DocumentNotRendered(row.number, cause) from exc


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
    rendered = _render(db, row, now, render)

    def work(conn: Connection) -> bytes:
        sha256 = hashlib.sha256(rendered.pdf).hexdigest()
        if insert_ignore(conn, t.invoice_documents, {
            "invoice_id": row.id, "pdf": rendered.pdf, "xml": rendered.xml,
            "sha256": sha256, "created_at": now,
        }):  # the chained journal keeps the hash: a PDF replaced with its hash still shows
            audit(conn, ARCHIVIST, AuditAction.INVOICE_ARCHIVE, now, invoice_id=row.id,
                  number=row.number, sha256=sha256)
        clear_failure(conn, row.id)
        # Another workstation may have archived it first: its bytes are the invoice.
        return bytes(conn.execute(select(t.invoice_documents.c.pdf).where(
            t.invoice_documents.c.invoice_id == row.id)).scalar_one())

    return db.write(work)


def archive_pending(db: Database, now: datetime,
                    render: Renderer | None = None) -> ArchiveReport:
    """Archive every issued document that has no PDF yet, each on its own: one that fails is
    recorded (and its e-mail waits) while the others are archived."""
    with db.read() as conn:
        rows = conn.execute(
            select(t.invoices.c.id, t.invoices.c.number)
            .join(t.invoice_documents, t.invoice_documents.c.invoice_id == t.invoices.c.id,
                  isouter=True)
            .where(t.invoice_documents.c.invoice_id.is_(None))
            .order_by(t.invoices.c.id)
        ).all()
    renderer = render or default_renderer(db)
    archived, failed = 0, []
    for row in rows:
        try:
            archive(db, row.number, now, renderer)
            archived += 1
        except DocumentNotRendered:
            failed.append(row.number)
        except Exception as exc:  # storing it failed: recorded if the database lets us
            failed.append(row.number)
            try:
                record_failure(db, row.id, row.number, cause_of(exc), now)
            except Exception:
                log.warning("document %s not archived: %s", row.number, exc)
    return ArchiveReport(archived, tuple(failed))


@journals_refusals
def document_state(db: Database, actor: Actor, number: str) -> str:
    """"archived" once the PDF of `number` is archived; "pending" while it waits for a render
    (the catch-up tries again)."""
    with db.read() as conn:
        # a buyer's too: after their purchase the front end says what became of its PDF
        require_any(conn, actor, Privilege.SEE_INVOICES, Privilege.BUY_CREDITS)
        row = invoice_row(conn, number)
        stored = conn.execute(select(t.invoice_documents.c.invoice_id).where(
            t.invoice_documents.c.invoice_id == row.id)).first()
    return "pending" if stored is None else "archived"


def _may_see_invoices(db: Database, actor: Actor) -> None:
    with db.read() as conn:
        require(conn, actor, Privilege.SEE_INVOICES)


@journals_refusals
def invoice_pdf(db: Database, actor: Actor, number: str, now: datetime) -> bytes:
    _may_see_invoices(db, actor)
    return archive(db, number, now)


@journals_refusals
def invoice_xml(db: Database, actor: Actor, number: str, now: datetime) -> bytes:
    _may_see_invoices(db, actor)
    archive(db, number, now)
    with db.read() as conn:
        row = invoice_row(conn, number)
        return bytes(conn.execute(select(t.invoice_documents.c.xml).where(
            t.invoice_documents.c.invoice_id == row.id)).scalar_one())


_ARCHIVED = select(t.invoices.c.number, t.invoice_documents.c.pdf,
                   t.invoice_documents.c.sha256).join(
    t.invoice_documents, t.invoice_documents.c.invoice_id == t.invoices.c.id)


@journals_refusals
def verify_archive(db: Database, actor: Actor) -> list[str]:
    """Numbers whose archived PDF no longer matches the SHA-256 recorded at issue."""
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        rows = conn.execute(_ARCHIVED).all()
    return [r.number for r in rows if hashlib.sha256(bytes(r.pdf)).hexdigest() != r.sha256]
