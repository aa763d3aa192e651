"""The company's details and the seller's (Deepetch's) invoicing details, both editable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select

from ..domain.dates import zone
from ..domain.errors import BadInput
from ..domain.identity import check_email, check_name, check_siren, check_vat_number
from ..store import tables as t
from ..store.engine import Database
from .account import _view as company_view
from .common import audit, company_row, get_setting, require
from .results import Actor, CompanyView, SellerView

DEFAULT_LEGAL_RATE_BP = 262  # French legal interest rate for professionals, H1 2026: 2,62 %


@dataclass(frozen=True)
class SellerUpdate:
    seller: SellerView
    warnings: tuple[str, ...]  # e.g. "penalty_rate_below_legal_minimum"


def seller_view(db: Database) -> SellerView:
    with db.read() as conn:
        row = conn.execute(select(t.seller)).one()
    return SellerView(**{k: v for k, v in row._mapping.items() if k != "id"})


def penalty_warnings(conn: Connection, rate_bp: int) -> tuple[str, ...]:
    """French law: the contractual rate may not be below three times the legal rate."""
    legal = int(get_setting(conn, "invoicing.legal_interest_rate_bp", str(DEFAULT_LEGAL_RATE_BP)))
    return ("penalty_rate_below_legal_minimum",) if rate_bp < 3 * legal else ()


def update_seller(db: Database, actor: Actor, *, now: datetime, **changes: object) -> SellerUpdate:
    """Change the seller's details printed on future invoices (issued ones never change)."""
    allowed = set(SellerView.__dataclass_fields__)
    unknown = set(changes) - allowed
    if unknown:
        raise BadInput(sorted(unknown)[0], "unknown", None)
    if "siren" in changes:
        changes["siren"] = check_siren(str(changes["siren"]))
    if "vat_number" in changes:
        changes["vat_number"] = check_vat_number(str(changes["vat_number"]))
    if "email" in changes:
        changes["email"] = check_email(str(changes["email"]))
    if "name" in changes:
        changes["name"] = check_name(str(changes["name"]))
    rate = changes.get("penalty_rate_bp")
    if rate is not None and (not isinstance(rate, int) or not 0 < rate <= 10_000):
        raise BadInput("penalty_rate", "out_of_range", rate)

    def work(conn: Connection) -> SellerUpdate:
        require(conn, actor, "administer")
        if changes:
            conn.execute(t.seller.update().values(**changes))
            audit(conn, actor, "seller.update", now, **changes)
        row = conn.execute(select(t.seller)).one()
        view = SellerView(**{k: v for k, v in row._mapping.items() if k != "id"})
        return SellerUpdate(view, penalty_warnings(conn, view.penalty_rate_bp))

    return db.write(work)


def update_company(db: Database, actor: Actor, *, now: datetime, name: str, siren: str,
                   vat_number: str, address: str, email: str, legal_form: str = "",
                   timezone: str = "Europe/Paris") -> CompanyView:
    """The buyer's details printed on future invoices, and the company's time zone."""
    values = {"name": check_name(name, "company"), "siren": check_siren(siren),
              "vat_number": check_vat_number(vat_number), "address": address.strip(),
              "billing_email": check_email(email) if email else "",
              "legal_form": legal_form.strip(), "timezone": zone(timezone).key}

    def work(conn: Connection) -> CompanyView:
        require(conn, actor, "administer")
        company_row(conn)
        conn.execute(t.company.update().values(**values))
        audit(conn, actor, "company.update", now, **values)
        return company_view(company_row(conn))

    return db.write(work)
