"""The seller's (Deepetch's) invoicing details, editable (the company's: company_details)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from ..domain.errors import BadInput
from ..domain.identity import (
    check_bic,
    check_email,
    check_iban,
    check_name,
    check_siren,
    check_vat_number,
)
from ..domain.money import MAX_CENTS
from ..domain.text import clean_text, parse_int
from ..domain.vocabulary import AuditAction, Privilege
from ..store import tables as t
from ..store.engine import Database
from .common import audit, changed_values, get_setting, require
from .privileges import journals_refusals
from .results import Actor, SellerView

DEFAULT_LEGAL_RATE_BP = 262  # French legal interest rate for professionals, H1 2026: 2,62 %


@dataclass(frozen=True)
class SellerUpdate:
    seller: SellerView
    warnings: tuple[str, ...]  # e.g. "penalty_rate_below_legal_minimum"


@journals_refusals
def seller_view(db: Database, actor: Actor) -> SellerView:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        row = conn.execute(select(t.seller)).one()
    return SellerView(**{k: v for k, v in row._mapping.items() if k != "id"})


def penalty_warnings(conn: Connection, rate_bp: int) -> tuple[str, ...]:
    """French law: the contractual rate may not be below three times the legal rate."""
    legal = int(get_setting(conn, "invoicing.legal_interest_rate_bp", str(DEFAULT_LEGAL_RATE_BP)))
    return ("penalty_rate_below_legal_minimum",) if rate_bp < 3 * legal else ()


def _penalty_rate(rate: object) -> int:
    if isinstance(rate, bool) or not isinstance(rate, int) or not 0 < rate <= 10_000:
        raise BadInput("penalty_rate", "out_of_range", rate)
    return rate


def _share_capital(cents: object) -> int | None:
    if cents is None:
        return None
    return parse_int(cents, "amount", minimum=0, maximum=MAX_CENTS)


def _siret(text: object) -> str:
    siret = clean_text(text, "siret").replace(" ", "")
    if siret and not (len(siret) == 14 and siret.isascii() and siret.isdigit()):
        raise BadInput("siret", "invalid_siret", text)
    return siret


# Every seller field is checked when it is set, so that rendering never meets a bad value.
SELLER_CHECKS: dict[str, Callable[[Any], object]] = {
    "name": lambda v: check_name(v, "company"),
    "legal_form": lambda v: clean_text(v, "legal_form"),
    "share_capital_cents": _share_capital,
    "address": lambda v: clean_text(v, "address", required=True),
    "siren": check_siren,
    "siret": _siret,
    "rcs": lambda v: clean_text(v, "rcs"),
    "vat_number": check_vat_number,
    "email": check_email,
    "iban": check_iban,
    "bic": check_bic,
    "penalty_rate_bp": _penalty_rate,
    "logo_path": lambda v: _checked_logo(clean_text(v, "logo")) if v else None,
}


def _checked_logo(path: str) -> str:
    """documents/logo.py's check, imported when a logo is given: it loads Pillow and ReportLab,
    which reading or changing the rest of the details does not need (issue 12)."""
    from ..documents.logo import check_logo

    return check_logo(path)


@journals_refusals
def update_seller(db: Database, actor: Actor, *, now: datetime, **changes: object) -> SellerUpdate:
    """Change the seller's details printed on future invoices (issued ones never change)."""
    allowed = set(SellerView.__dataclass_fields__)
    unknown = set(changes) - allowed
    if unknown:
        raise BadInput(sorted(unknown)[0], "unknown", None)
    changes = {key: SELLER_CHECKS[key](value) for key, value in changes.items()}

    def work(conn: Connection) -> SellerUpdate:
        require(conn, actor, Privilege.ADMINISTER)
        if changes:
            old = conn.execute(select(t.seller)).one()
            conn.execute(t.seller.update().values(**changes))
            before, after = changed_values(old, changes)
            audit(conn, actor, AuditAction.SELLER_UPDATE, now, **changes, before=before,
                  after=after)
        row = conn.execute(select(t.seller)).one()
        view = SellerView(**{k: v for k, v in row._mapping.items() if k != "id"})
        return SellerUpdate(view, penalty_warnings(conn, view.penalty_rate_bp))

    return db.write(work)
