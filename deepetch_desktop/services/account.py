"""The company account: creating it, its identity, enterprise terms and its status."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from sqlalchemy import Connection, Row, bindparam, func, select

from ..domain.catalogue import DEFAULT_COMPLEXITIES, DEFAULT_PACKS, DEFAULT_SERVICES
from ..domain.dates import local_day, month_key, require_aware, zone
from ..domain.errors import AlreadyInitialised, BadInput, field_refusals
from ..domain.expiry import expires_at
from ..domain.identity import (
    check_email,
    check_name,
    check_siren,
    check_vat_number,
    french_vat_number,
)
from ..domain.text import clean_text
from ..domain.vocabulary import AuditAction, Privilege
from ..store import tables as t
from ..store.engine import Database
from .common import audit, company_row, require
from .invoice_queries import unpaid_summary
from .privileges import journals_refusals
from .results import Actor, CompanyView, StatusView

DEFAULT_SELLER = {
    "id": 1,
    "name": "Deepetch",
    "legal_form": "SAS",
    "share_capital_cents": 5_000_000,
    "address": "12 rue des Traducteurs\n75011 Paris\nFrance",
    "siren": "732829320",
    "siret": "73282932000074",
    "rcs": "RCS Paris 732 829 320",
    "vat_number": french_vat_number("732829320"),
    "email": "facturation@deepetch.example",
    "iban": "FR7630006000011234567890189",
    "bic": "AGRIFRPPXXX",
    "penalty_rate_bp": 1215,  # ECB refinancing rate + 10 points
    "logo_path": None,
}


def _view(row: Row) -> CompanyView:
    return CompanyView(
        name=row.name, legal_form=row.legal_form, siren=row.siren, vat_number=row.vat_number,
        address=row.address, billing_email=row.billing_email, timezone=row.timezone,
        terms_approved_at=row.terms_approved_at, terms_approved_by=row.terms_approved_by,
    )


# Each field of the company's identity and its check, in the order they are tried; an empty
# VAT number is derived from the SIREN, an empty e-mail stays empty.
IDENTITY_CHECKS: dict[str, Callable[[str], str]] = {
    "siren": check_siren,
    "name": lambda text: check_name(text, "company"),
    "vat_number": lambda text: check_vat_number(text) if text else "",
    "legal_form": lambda text: clean_text(text, "legal_form"),
    "address": lambda text: clean_text(text, "address"),
    "email": lambda text: check_email(text, "email") if text.strip() else "",
    "timezone": lambda text: zone(clean_text(text, "timezone", required=True)).key,
}


def identity_values(*, name: str, siren: str, vat_number: str | None, address: str,
                    email: str, legal_form: str, timezone: str) -> dict[str, object]:
    """The company's identity as typed, checked: what is printed on its invoices."""
    typed = {"siren": siren, "name": name, "vat_number": vat_number or "",
             "legal_form": legal_form, "address": address, "email": str(email or ""),
             "timezone": timezone}
    checked = {field: check(typed[field]) for field, check in IDENTITY_CHECKS.items()}
    return {
        "name": checked["name"],
        "siren": checked["siren"],
        "vat_number": checked["vat_number"] or french_vat_number(checked["siren"]),
        "legal_form": checked["legal_form"],
        "address": checked["address"],
        "billing_email": checked["email"],
        "timezone": checked["timezone"],
    }


def identity_problems(typed: Mapping[str, str]) -> dict[str, BadInput]:
    """For the first start's form: what `init_company` would refuse in each field typed
    (named as IDENTITY_CHECKS names them), by its own checks."""
    return field_refusals(IDENTITY_CHECKS, typed)


def company(db: Database) -> CompanyView | None:
    with db.read() as conn:
        row = conn.execute(select(t.company)).first()
        return None if row is None else _view(row)


def init_company(
    db: Database,
    actor: Actor,
    *,
    name: str,
    siren: str,
    now: datetime,
    vat_number: str | None = None,
    address: str = "",
    email: str = "",
    timezone: str = "Europe/Paris",
    legal_form: str = "",
) -> CompanyView:
    """Create the company account, its empty basket and the default catalogues."""
    now = require_aware(now)
    values: dict[str, object] = {
        "id": 1, "created_at": now,
        **identity_values(name=name, siren=siren, vat_number=vat_number, address=address,
                          email=email, legal_form=legal_form, timezone=timezone),
    }

    def work(conn: Connection) -> CompanyView:
        existing = conn.execute(select(t.company.c.name)).scalar()
        if existing is not None:
            raise AlreadyInitialised(existing)
        conn.execute(t.company.insert().values(**values))
        conn.execute(t.basket.insert().values(id=1, balance=0, last_use_at=None))
        if conn.execute(select(func.count()).select_from(t.seller)).scalar_one() == 0:
            conn.execute(t.seller.insert().values(**DEFAULT_SELLER))
        for p in DEFAULT_PACKS:
            conn.execute(t.packs.insert().values(
                code=p.code, name=p.name, credits=p.credits, price_cents=p.price_cents,
                active=True))
        for s in DEFAULT_SERVICES:
            conn.execute(t.services.insert().values(
                code=s.code, name=s.name, unit=s.unit, rate=s.rate, active=True))
        for c in DEFAULT_COMPLEXITIES:
            conn.execute(t.complexities.insert().values(
                code=c.code, name=c.name, factor_permille=c.factor_permille))
        audit(conn, actor, AuditAction.COMPANY_INIT, now, name=values["name"],
              siren=values["siren"])
        return _view(company_row(conn))

    return db.write(work)


@journals_refusals
def approve_terms(db: Database, actor: Actor, now: datetime) -> CompanyView:
    """Record that the enterprise terms were approved, when and by whom (kept, not redone)."""
    now = require_aware(now)

    def work(conn: Connection) -> CompanyView:
        require(conn, actor, Privilege.ADMINISTER)
        row = company_row(conn)
        if row.terms_approved_at is None:
            conn.execute(t.company.update().values(terms_approved_at=now,
                                                   terms_approved_by=actor.name))
            audit(conn, actor, AuditAction.TERMS_APPROVE, now)
        return _view(company_row(conn))

    return db.write(work)


@journals_refusals
def status(db: Database, actor: Actor, now: datetime) -> StatusView:
    """The company's basket and invoices: a holder's with `buy_credits`."""
    with db.read() as conn:
        require(conn, actor, Privilege.BUY_CREDITS)
        return status_of(conn, now)


_BASKET = select(t.basket)
_USED_IN_MONTH = select(func.coalesce(func.sum(t.tasks.c.cost), 0)).where(
    t.tasks.c.month == bindparam("p_month"), t.tasks.c.refunded_at.is_(None))


def status_of(conn: Connection, now: datetime) -> StatusView:
    """The basket, this month's use, the expiry and the invoices to pay, on `conn`."""
    now = require_aware(now)
    row = company_row(conn)
    tz = zone(row.timezone)
    basket = conn.execute(_BASKET).one()
    day = local_day(now, tz)
    month = month_key(day)
    used = conn.execute(_USED_IN_MONTH, {"p_month": month}).scalar_one()
    unpaid = unpaid_summary(conn, day)
    expiry = expires_at(basket.last_use_at, tz) if basket.last_use_at else None
    expires_on = local_day(expiry, tz) if expiry else None
    days_left = None
    if expiry is not None:
        days_left = max(0, (expiry - now + timedelta(days=1) - timedelta(seconds=1)).days)
    return StatusView(
        company=row.name, balance=int(basket.balance), used_this_month=int(used),
        last_use=basket.last_use_at, expires_at=expiry, expires_on=expires_on,
        days_left=days_left, unpaid_count=unpaid.count, unpaid_cents=unpaid.left_cents,
        overdue_count=unpaid.overdue, terms_approved=row.terms_approved_at is not None,
        month=month,
    )
