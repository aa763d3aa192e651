"""Correcting the company's details at any time: only what is given changes, with the checks
of its creation; issued invoices keep the details frozen into them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from ..domain.dates import require_aware
from ..domain.errors import BadInput, field_refusals
from ..domain.vocabulary import AuditAction, Privilege
from ..store import tables as t
from ..store.engine import Database
from .account import _view as company_view
from .account import identity_checks, identity_context, identity_values
from .common import audit, company_row, require
from .privileges import journals_refusals
from .results import Actor, CompanyView

# The fields a person may correct, as CompanyView names them.
EDITABLE = ("name", "legal_form", "siren", "vat_number", "address", "country",
            "einvoicing_address", "billing_email", "timezone")


@dataclass(frozen=True)
class CompanyUpdate:
    company: CompanyView
    changed: tuple[str, ...]  # the fields whose value changed, in EDITABLE's order


def _checked(current: Mapping[str, str], given: Mapping[str, str]) -> dict[str, object]:
    """The details once `given` is applied, through the very checks `init_company` uses."""
    merged = {**current, **given}
    return identity_values(name=merged["name"], siren=merged["siren"],
                           vat_number=merged["vat_number"], address=merged["address"],
                           email=merged["billing_email"], legal_form=merged["legal_form"],
                           timezone=merged["timezone"], country=merged["country"],
                           einvoicing_address=merged["einvoicing_address"])


def _current(view: CompanyView) -> dict[str, str]:
    return {field: str(getattr(view, field)) for field in EDITABLE}


def _given(changes: Mapping[str, str | None]) -> dict[str, str]:
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise BadInput(unknown[0], "unknown", None)
    return {field: str(value) for field, value in changes.items() if value is not None}


@journals_refusals
def update_company(db: Database, actor: Actor, *, now: datetime,
                   **changes: str | None) -> CompanyUpdate:
    """Correct some of the company's details (None: unchanged). What future invoices and
    e-mails use; the journal keeps each old and new value."""
    now = require_aware(now)
    given = _given(changes)

    def work(conn: Connection) -> CompanyUpdate:
        require(conn, actor, Privilege.ADMINISTER)
        current = _current(company_view(company_row(conn)))
        values = _checked(current, given)
        changed = {field: values[field] for field in EDITABLE if values[field] != current[field]}
        if changed:
            conn.execute(t.company.update().where(t.company.c.id == 1).values(**changed))
            audit(conn, actor, AuditAction.COMPANY_UPDATE, now, changed={
                field: {"old": current[field], "new": value} for field, value in changed.items()},
                before={field: current[field] for field in changed}, after=changed)
        return CompanyUpdate(company_view(company_row(conn)), tuple(changed))

    return db.write(work)


def company_problems(typed: Mapping[str, str], current: CompanyView) -> dict[str, BadInput]:
    """For a form: what is wrong with each field once `typed` is applied to the details as they
    are, by the same checks, each against the country and SIREN that would then be recorded
    (a record older than these checks shows its missing fields too)."""
    merged = {**_current(current), **_given(typed)}
    as_checked = {("email" if field == "billing_email" else field): value
                  for field, value in merged.items()}
    refusals = field_refusals(identity_checks(*identity_context(as_checked)), as_checked)
    return {("billing_email" if field == "email" else field): error
            for field, error in refusals.items()}
