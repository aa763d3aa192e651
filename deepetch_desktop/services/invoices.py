"""Invoices: listing and showing them with their status."""

from __future__ import annotations

from datetime import datetime

from ..store.engine import Database
from .common import today
from .invoice_queries import invoice_view, invoice_views
from .results import InvoiceView


def list_invoices(db: Database, now: datetime) -> list[InvoiceView]:
    with db.read() as conn:
        return list(reversed(invoice_views(conn, today(conn, now))))


def get_invoice(db: Database, number: str, now: datetime) -> InvoiceView:
    with db.read() as conn:
        return invoice_view(conn, number, today(conn, now))
