"""Invoices: listing and showing them with their status."""

from __future__ import annotations

from datetime import datetime

from ..domain.vocabulary import Privilege
from ..store.engine import Database
from .common import require, today
from .invoice_queries import invoice_view, invoice_views
from .privileges import journals_refusals
from .results import Actor, InvoiceView


@journals_refusals
def list_invoices(db: Database, actor: Actor, now: datetime) -> list[InvoiceView]:
    with db.read() as conn:
        require(conn, actor, Privilege.SEE_INVOICES)
        return list(reversed(invoice_views(conn, today(conn, now))))


@journals_refusals
def get_invoice(db: Database, actor: Actor, number: str, now: datetime) -> InvoiceView:
    with db.read() as conn:
        require(conn, actor, Privilege.SEE_INVOICES)
        return invoice_view(conn, number, today(conn, now))
