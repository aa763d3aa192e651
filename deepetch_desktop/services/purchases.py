"""Buying credit packs on enterprise terms: credits at once, one invoice per batch."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, select

from ..domain.errors import IdempotencyConflict, InvoiceRule, TermsNotApproved
from ..domain.invoicing import DEFAULT_VAT_BP, InvoiceKind, Line, due_date, totals
from ..domain.money import require_int
from ..domain.text import clean_optional, clean_text, parse_int
from ..domain.vat import VatCategory, vat_category
from ..domain.vocabulary import AuditAction, LedgerKind, Privilege
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import append_ledger, credit_basket, new_id
from .account import incomplete_identity
from .catalogue import find_pack, pack_views
from .clock import require_clock
from .common import audit, company_row, require, today
from .invoice_mail import queue_invoice_email
from .issuing import issue_record
from .privileges import journals_refusals
from .results import Actor, BatchView, PurchaseQuote, PurchaseResult

ENTERPRISE_TERMS = "enterprise_terms"
MAX_QUANTITY = 1000


def parse_quantity(value: object) -> int:
    return parse_int(value, "quantity", minimum=1, maximum=MAX_QUANTITY)


def _line(pack_name: str, pack_credits: int, price_cents: int, quantity: int,
          category: VatCategory = VatCategory.STANDARD) -> Line:
    credits_text = f"{pack_credits:,}".replace(",", "\u202f")
    return Line(
        description=f"Crédits Deepetch, pack {pack_name} ({credits_text}\u00a0crédits)",
        quantity=quantity, unit_price_cents=price_cents,
        # AE and O: no French VAT (domain/vat.py); the rate is 0 (BR-AE-05, BR-O-05)
        vat_bp=DEFAULT_VAT_BP if category is VatCategory.STANDARD else 0,
    )


def buyer_category(conn: Connection) -> VatCategory:
    row = company_row(conn)
    return vat_category(row.country, row.vat_number)


def require_complete_buyer(conn: Connection) -> None:
    """No invoice to a company whose identity lacks what it must name (CGI ann. II art. 242
    nonies A I 1°, C. com. L441-9; the e-invoicing address BT-49, BR-FR-12)."""
    missing = incomplete_identity(company_row(conn))
    if missing is not None:
        raise InvoiceRule("", f"buyer_{missing}")


@journals_refusals
def quote_purchase(db: Database, actor: Actor, pack_code: str,
                   quantity: object = 1) -> PurchaseQuote:
    qty = parse_quantity(quantity)
    with db.read() as conn:
        require(conn, actor, Privilege.BUY_CREDITS)
        pack = find_pack(conn, pack_code)
        category = buyer_category(conn)
    line = _line(pack.name, pack.credits, pack.price_cents, qty, category)
    sums = totals([line])
    return PurchaseQuote(pack, qty, pack.credits * qty, sums.net_cents, sums.vat_cents,
                         sums.gross_cents, line.vat_bp)


def _replay(conn: Connection, key: str, pack_code: str, quantity: int) -> PurchaseResult | None:
    row = conn.execute(select(t.batches).where(t.batches.c.idem_key == key)).first()
    if row is None:
        return None
    if row.pack_code != pack_code or row.quantity != quantity:
        raise IdempotencyConflict(key)
    inv = conn.execute(select(t.invoices).where(t.invoices.c.batch_id == row.id)).one()
    balance = conn.execute(select(t.basket.c.balance)).scalar_one()
    return PurchaseResult(row.id, row.credits, balance, inv.number, inv.net_cents, inv.vat_cents,
                          inv.gross_cents, inv.due_date, True)


@journals_refusals
def buy(
    db: Database,
    actor: Actor,
    pack_code: str,
    quantity: object = 1,
    key: str | None = None,
    *,
    now: datetime,
    purchase_order: str = "",
) -> PurchaseResult:
    """Add the credits, record the batch, issue its invoice and queue its e-mail, atomically.
    `purchase_order`: the buyer's order number, printed and in BT-13 (C. com. L441-9)."""
    qty = parse_quantity(quantity)
    key = clean_optional(key, "key")
    order = clean_text(purchase_order, "purchase_order")

    def work(conn: Connection) -> PurchaseResult:
        require(conn, actor, Privilege.BUY_CREDITS)
        pack = find_pack(conn, pack_code)
        if key:
            replay = _replay(conn, key, pack.code, qty)
            if replay:
                return replay
        if company_row(conn).terms_approved_at is None:
            raise TermsNotApproved()
        require_complete_buyer(conn)
        require_clock(conn, now)
        category = buyer_category(conn)
        credits = require_int(pack.credits * qty, "credits")
        batch_id = new_id(conn.execute(t.batches.insert().values(
            bought_at=now, pack_code=pack.code, pack_name=pack.name, pack_credits=pack.credits,
            quantity=qty, unit_price_cents=pack.price_cents, credits=credits,
            payment_method=ENTERPRISE_TERMS, idem_key=key or None, actor=actor.name,
        )))
        balance = credit_basket(conn, credits, now, touch=True)
        append_ledger(conn, at=now, kind=LedgerKind.PURCHASE, credits=credits,
                      balance_after=balance, actor=actor.name, batch_id=batch_id,
                      note=f"{pack.name} × {qty}")
        day = today(conn, now)
        line = _line(pack.name, pack.credits, pack.price_cents, qty, category)
        invoice_id, number = issue_record(
            conn, kind=InvoiceKind.INVOICE, lines=[line], issue_day=day, now=now,
            actor=actor.name, credits=credits, batch_id=batch_id, vat_category=category,
            purchase_order=order,
        )
        queue_invoice_email(conn, invoice_id, now)
        sums = totals([line])
        audit(conn, actor, AuditAction.CREDITS_BUY, now, pack=pack.code, quantity=qty,
              credits=credits, invoice=number)
        return PurchaseResult(batch_id, credits, balance, number, sums.net_cents,
                              sums.vat_cents, sums.gross_cents, due_date(day), False)

    return db.write(work, replayable=bool(key))  # the key finds a purchase already written


@journals_refusals
def list_batches(db: Database, actor: Actor) -> list[BatchView]:
    with db.read() as conn:
        require(conn, actor, Privilege.BUY_CREDITS)
        return batch_views(conn)


def batch_views(conn: Connection) -> list[BatchView]:
    rows = conn.execute(
        select(t.batches, t.invoices.c.number)
        .join(t.invoices, t.invoices.c.batch_id == t.batches.c.id, isouter=True)
        .order_by(t.batches.c.id.desc())
    ).all()
    return [
        BatchView(r.id, r.bought_at, r.pack_code, r.pack_name, r.quantity, r.credits,
                  r.unit_price_cents, r.number)
        for r in rows
    ]


__all__ = ["buy", "quote_purchase", "list_batches", "pack_views"]
