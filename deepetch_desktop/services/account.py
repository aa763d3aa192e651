"""The company account: creating it, its identity, enterprise terms and its status."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from sqlalchemy import Connection, Row, bindparam, func, select

from ..domain.catalogue import DEFAULT_COMPLEXITIES, DEFAULT_PACKS, DEFAULT_SERVICES
from ..domain.dates import local_day, month_key, require_aware, zone
from ..domain.errors import AlreadyInitialised, BadInput, field_refusals
from ..domain.expiry import days_until, expires_at
from ..domain.identity import (
    check_einvoicing_address,
    check_email,
    check_name,
    check_postal_address,
    check_siren,
    check_vat_number,
    french_vat_number,
    is_full_address,
)
from ..domain.text import clean_text
from ..domain.vat import FRANCE, check_country, country_codes, needs_siren
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
    "einvoicing_address": "732829320",  # Deepetch's address in the directory, as it declared it
    "vat_on_debits": False,
}


def _view(row: Row) -> CompanyView:
    return CompanyView(
        name=row.name, legal_form=row.legal_form, siren=row.siren, vat_number=row.vat_number,
        address=row.address, billing_email=row.billing_email, timezone=row.timezone,
        country=row.country, einvoicing_address=row.einvoicing_address,
        terms_approved_at=row.terms_approved_at, terms_approved_by=row.terms_approved_by,
    )


def identity_checks(country: str, siren: str) -> dict[str, Callable[[str], str]]:
    """Each field of the company's identity and its check, in the order they are tried, for a
    company in `country` whose SIREN is `siren`. What an invoice must name (CGI ann. II art.
    242 nonies A I 1°, C. com. L441-9): the name, the full address with its country, the SIREN
    of a French company; the VAT number only when the company gave one (never derived from
    the SIREN: a company may not be registered, or be in a VAT group), checked against its
    country (and, in France, against the SIREN it embeds); the e-invoicing address it gave
    (BT-49, required by the French CTC rule BR-FR-12), never guessed."""
    french = needs_siren(country)

    def vat(text: str) -> str:
        if not text.strip():
            return ""
        number = check_vat_number(text, country)
        if french and siren and number[4:] != siren:
            raise BadInput("vat_number", "vat_number_of_another_company", text)
        return number

    return {
        "country": check_country,
        "siren": (check_siren if french
                  else lambda text: check_siren(text) if text.strip() else ""),
        "name": lambda text: check_name(text, "company"),
        "vat_number": vat,
        "legal_form": lambda text: clean_text(text, "legal_form"),
        "address": lambda text: check_postal_address(text, country),
        "einvoicing_address": lambda text: _required(
            check_einvoicing_address(text, country, siren), "einvoicing_address", text),
        "email": lambda text: check_email(text, "email") if text.strip() else "",
        "timezone": lambda text: zone(clean_text(text, "timezone", required=True)).key,
    }


def _required(value: str, field: str, typed: str) -> str:
    if not value:
        raise BadInput(field, "required", typed)
    return value


def identity_context(typed: Mapping[str, str]) -> tuple[str, str]:
    """The country and SIREN the other fields are checked against (France, no SIREN, where
    those typed are wrong: their own fields say so)."""
    try:
        country = check_country(typed.get("country", ""))
    except BadInput:
        country = FRANCE
    try:
        siren = check_siren(typed.get("siren", ""))
    except BadInput:
        siren = ""
    return country, siren


def identity_values(*, name: str, siren: str, vat_number: str | None, address: str,
                    email: str, legal_form: str, timezone: str, country: str = FRANCE,
                    einvoicing_address: str = "") -> dict[str, object]:
    """The company's identity as typed, checked: what is printed on its invoices."""
    typed = {"country": country, "siren": siren, "name": name, "vat_number": vat_number or "",
             "legal_form": legal_form, "address": address, "email": str(email or ""),
             "einvoicing_address": einvoicing_address, "timezone": timezone}
    checks = identity_checks(*identity_context(typed))
    checked = {field: check(typed[field]) for field, check in checks.items()}
    return {
        "name": checked["name"],
        "siren": checked["siren"],
        "vat_number": checked["vat_number"],
        "legal_form": checked["legal_form"],
        "address": checked["address"],
        "country": checked["country"],
        "einvoicing_address": checked["einvoicing_address"],
        "billing_email": checked["email"],
        "timezone": checked["timezone"],
    }


def identity_problems(typed: Mapping[str, str]) -> dict[str, BadInput]:
    """For the first start's form: what `init_company` would refuse in each field typed
    (named as `identity_checks` names them), by its own checks, against the country and
    SIREN typed."""
    return field_refusals(identity_checks(*identity_context(typed)), typed)


def incomplete_identity(row: Row) -> str | None:
    """The first field an invoice to the company would lack, None when it has them all (a
    company recorded before these checks may lack its address or e-invoicing address). What
    is there is not checked again against today's input limits: a longer address typed
    before them still prints (cut short in the PDF, whole in the XML)."""
    lacking = {
        "name": not row.name.strip(),
        "country": row.country not in country_codes(),
        "siren": needs_siren(row.country) and not row.siren,
        "address": not is_full_address(row.address, row.country),
        "einvoicing_address": not row.einvoicing_address,
    }
    return next((field for field, lacks in lacking.items() if lacks), None)


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
    country: str = FRANCE,
    einvoicing_address: str = "",
) -> CompanyView:
    """Create the company account, its empty basket and the default catalogues."""
    now = require_aware(now)
    values: dict[str, object] = {
        "id": 1, "created_at": now,
        **identity_values(name=name, siren=siren, vat_number=vat_number, address=address,
                          email=email, legal_form=legal_form, timezone=timezone,
                          country=country, einvoicing_address=einvoicing_address),
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
    days_left = None if expiry is None else days_until(expiry, now, tz)
    return StatusView(
        company=row.name, balance=int(basket.balance), used_this_month=int(used),
        last_use=basket.last_use_at, expires_at=expiry, expires_on=expires_on,
        days_left=days_left, unpaid_count=unpaid.count, unpaid_cents=unpaid.left_cents,
        overdue_count=unpaid.overdue, terms_approved=row.terms_approved_at is not None,
        month=month,
    )
