"""The seller's (Deepetch's) invoicing details, editable (the company's: company_details)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, select

from ..domain.errors import BadInput
from ..domain.identity import (
    check_bic,
    check_einvoicing_address,
    check_email,
    check_iban,
    check_name,
    check_siren,
    check_vat_number,
)
from ..domain.legal_rate import (
    check_legal_rate,
    check_penalty_rate,
    penalty_floor,
    rate_table,
)
from ..domain.money import MAX_CENTS
from ..domain.text import clean_text, parse_int
from ..domain.vat import FRANCE
from ..domain.vocabulary import AuditAction, Privilege
from ..store import tables as t
from ..store.engine import Database
from .common import audit, changed_values, put_setting, require, today
from .privileges import journals_refusals
from .results import Actor, SellerView

LEGAL_RATE_KEY = "legal_rate:"  # settings key prefix: "legal_rate:2026-07-01" -> "262"


@dataclass(frozen=True)
class SellerUpdate:
    seller: SellerView
    warnings: tuple[str, ...]  # e.g. "penalty_rate_below_legal_minimum"


@dataclass(frozen=True)
class LegalRateView:
    valid_from: date
    rate_bp: int


@journals_refusals
def seller_view(db: Database, actor: Actor) -> SellerView:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        return _seller_of(conn)


@journals_refusals
def seller_warnings(db: Database, actor: Actor, now: datetime) -> tuple[str, ...]:
    """What is wrong with the seller's details on `now`'s day: its penalty rate below three
    times the legal rate then in force ("penalty_rate_below_legal_minimum")."""
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        return penalty_warnings(conn, _seller_of(conn).penalty_rate_bp, now)


def _seller_of(conn: Connection) -> SellerView:
    row = conn.execute(select(t.seller)).one()
    return SellerView(**{k: v for k, v in row._mapping.items() if k != "id"})


def legal_rates_of(conn: Connection) -> dict[date, int]:
    """The legal interest rate table: the official values and those added since."""
    rows = conn.execute(select(t.settings.c.key, t.settings.c.value)
                        .where(t.settings.c.key.startswith(LEGAL_RATE_KEY))).all()
    return rate_table((date.fromisoformat(key[len(LEGAL_RATE_KEY):]), int(value))
                      for key, value in rows)


def penalty_warnings(conn: Connection, rate_bp: int,
                     now: datetime | None = None) -> tuple[str, ...]:
    """C. com. L441-10 II: the penalty rate may not be below three times the legal rate in
    force (today's, in the company's time zone)."""
    day = today(conn, now or datetime.now(UTC))
    if rate_bp < penalty_floor(day, legal_rates_of(conn)):
        return ("penalty_rate_below_legal_minimum",)
    return ()


def require_lawful_penalty_rate(conn: Connection, rate_bp: int, day: date) -> None:
    """Refuse a penalty rate below three times the legal rate in force on `day` (exit 2)."""
    check_penalty_rate(rate_bp, day, legal_rates_of(conn))


@journals_refusals
def add_legal_rate(db: Database, actor: Actor, valid_from: date, rate_bp: object, *,
                   now: datetime) -> tuple[list[LegalRateView], tuple[str, ...]]:
    """Record the legal interest rate published for the half-year starting `valid_from` (a
    value for that date replaces the one known); returns the table and the warnings the
    seller's penalty rate now gets."""
    rate = check_legal_rate(rate_bp)
    if (valid_from.month, valid_from.day) not in ((1, 1), (7, 1)):
        raise BadInput("date", "not_a_half_year", valid_from)

    def work(conn: Connection) -> tuple[list[LegalRateView], tuple[str, ...]]:
        require(conn, actor, Privilege.ADMINISTER)
        before = legal_rates_of(conn).get(valid_from)
        put_setting(conn, f"{LEGAL_RATE_KEY}{valid_from.isoformat()}", str(rate))
        audit(conn, actor, AuditAction.SELLER_UPDATE, now, legal_rate_from=valid_from,
              before={"legal_rate_bp": before}, after={"legal_rate_bp": rate})
        table = [LegalRateView(day, bp) for day, bp in legal_rates_of(conn).items()]
        return table, penalty_warnings(conn, _seller_of(conn).penalty_rate_bp, now)

    return db.write(work)


@journals_refusals
def legal_rates(db: Database, actor: Actor) -> list[LegalRateView]:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        return [LegalRateView(day, bp) for day, bp in legal_rates_of(conn).items()]


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


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise BadInput("vat_on_debits", "out_of_range", value)
    return value


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
    "einvoicing_address": lambda v: clean_text(v, "einvoicing_address"),  # and below
    "vat_on_debits": _flag,
}


def _checked_logo(path: str) -> str:
    """documents/logo.py's check, imported when a logo is given: it loads Pillow and ReportLab,
    which reading or changing the rest of the details does not need (issue 12)."""
    from ..documents.logo import check_logo

    return check_logo(path)


def _absent() -> str:
    raise BadInput("einvoicing_address", "required", "")


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
        if "penalty_rate_bp" in changes:
            rate = changes["penalty_rate_bp"]
            assert isinstance(rate, int)  # _penalty_rate checked it
            require_lawful_penalty_rate(conn, rate, today(conn, now))
        if "einvoicing_address" in changes:  # the seller's own directory address (BR-FR-21)
            siren = str(changes.get("siren") or conn.execute(select(t.seller.c.siren)).scalar())
            changes["einvoicing_address"] = check_einvoicing_address(
                str(changes["einvoicing_address"]), FRANCE, siren) or _absent()
        if changes:
            old = conn.execute(select(t.seller)).one()
            conn.execute(t.seller.update().values(**changes))
            before, after = changed_values(old, changes)
            audit(conn, actor, AuditAction.SELLER_UPDATE, now, **changes, before=before,
                  after=after)
        view = _seller_of(conn)
        return SellerUpdate(view, penalty_warnings(conn, view.penalty_rate_bp, now))

    return db.write(work)
