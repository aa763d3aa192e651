"""Editing the catalogues: packs, services, complexity levels. Issued invoices keep their price
(it was frozen into them), and a task keeps the cost it was accepted at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Table, select

from ..domain.errors import BadInput
from ..domain.identity import CODE, check_name
from ..domain.money import parse_euros
from ..domain.text import clean_text, parse_int
from ..domain.vocabulary import AuditAction, Privilege
from ..store import tables as t
from ..store.engine import Database
from .catalogue import all_packs, complexity_views, lookup_code, pack_view, service_views
from .common import audit, changed_values, require
from .privileges import journals_refusals
from .results import Actor, ComplexityView, PackView, ServiceView

MAX_CREDITS = 10**9
MAX_FACTOR = 10_000  # x10
ACTIONS = {"packs": AuditAction.CATALOGUE_PACK, "services": AuditAction.CATALOGUE_SERVICE,
           "complexities": AuditAction.CATALOGUE_COMPLEXITY}


@dataclass(frozen=True)
class CatalogueEdit:
    """The whole catalogue as an administrator edits it: withdrawn packs and services too."""

    packs: tuple[PackView, ...]
    services: tuple[ServiceView, ...]
    complexities: tuple[ComplexityView, ...]


@journals_refusals
def catalogue_for_editing(db: Database, actor: Actor) -> CatalogueEdit:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        packs = all_packs(conn)
        offered = [p for p in packs if p.active] or packs
        smallest = min(offered, key=lambda p: p.credits) if offered else None
        return CatalogueEdit(
            tuple(pack_view(p, smallest) for p in packs) if smallest else (),
            tuple(service_views(conn)), tuple(complexity_views(conn)))


def parse_factor(text: str) -> int:
    """A complexity factor as typed ('1,5', '1.5', '2') -> per mille (1500), by the rule for
    amounts: at most two decimals, more than 0, at most x10."""
    permille = parse_euros(text, "factor") * 10
    if not 0 < permille <= MAX_FACTOR:
        raise BadInput("factor", "out_of_range", text)
    return permille


def _code(code: str) -> str:
    value = lookup_code(code)
    if not CODE.match(value):
        raise BadInput("code", "invalid_code", code)
    return value


def _positive(value: object, field: str, maximum: int) -> int:
    if not isinstance(value, int):
        raise BadInput(field, "not_a_whole_number", value)
    return parse_int(value, field, minimum=1, maximum=maximum)


def _save(db: Database, actor: Actor, table: Table, code: str, values: dict[str, object],
          now: datetime) -> None:
    """Create or change one catalogue row, journalled as `catalogue.<table>`."""
    key = _code(code)

    def work(conn: Connection) -> None:
        require(conn, actor, Privilege.ADMINISTER)
        exists = conn.execute(select(table).where(table.c.code == key)).first()
        if exists:
            conn.execute(table.update().where(table.c.code == key).values(**values))
            before, after = changed_values(exists, values)
        else:
            conn.execute(table.insert().values(code=key, **values))
            before, after = {}, dict(values)
        audit(conn, actor, ACTIONS[table.name], now, code=key, **values, before=before,
              after=after)

    db.write(work)


@journals_refusals
def set_pack(db: Database, actor: Actor, code: str, *, name: str, credits: int,
             price_cents: int, now: datetime, active: bool = True) -> None:
    """Create or change a credit type; price excluding VAT, in cents."""
    values = {"name": check_name(name), "active": bool(active),
              "credits": _positive(credits, "credits", MAX_CREDITS),
              "price_cents": _positive(price_cents, "amount", 10**11)}
    _save(db, actor, t.packs, code, values, now)


@journals_refusals
def set_service(db: Database, actor: Actor, code: str, *, name: str, unit: str, rate: int,
                now: datetime, active: bool = True) -> None:
    """Create or change a service: `rate` credits per `unit`."""
    values = {"name": check_name(name), "unit": clean_text(unit, "unit", required=True),
              "rate": _positive(rate, "rate", MAX_CREDITS), "active": bool(active)}
    _save(db, actor, t.services, code, values, now)


@journals_refusals
def set_complexity(db: Database, actor: Actor, code: str, *, name: str, factor_permille: int,
                   now: datetime) -> None:
    """Create or change a complexity level: 1500 per mille is x1.5."""
    values = {"name": check_name(name),
              "factor_permille": _positive(factor_permille, "factor", MAX_FACTOR)}
    _save(db, actor, t.complexities, code, values, now)
