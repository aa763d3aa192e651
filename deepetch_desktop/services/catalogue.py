"""The catalogues: credit packs, services and complexity levels."""

from __future__ import annotations

from sqlalchemy import Connection, Row, bindparam, select

from ..domain.catalogue import Pack
from ..domain.errors import NotFound
from ..domain.pricing import Complexity, Service
from ..domain.text import clean_text
from ..store import tables as t
from ..store.engine import Database
from .privileges import journals_refusals
from .results import Actor, ComplexityView, PackView, ServiceView


def all_packs(conn: Connection) -> list[Pack]:
    rows = conn.execute(select(t.packs).order_by(t.packs.c.credits)).all()
    return [Pack(r.code, r.name, r.credits, r.price_cents, r.active) for r in rows]


def pack_view(pack: Pack, smallest: Pack) -> PackView:
    return PackView(
        code=pack.code, name=pack.name, credits=pack.credits, price_cents=pack.price_cents,
        price_per_credit_millicents=pack.price_per_credit_millicents,
        saving_percent=pack.saving_percent_vs(smallest), active=pack.active,
    )


def pack_views(conn: Connection) -> list[PackView]:
    packs = all_packs(conn)
    active = [p for p in packs if p.active]
    if not active:
        return []
    smallest = min(active, key=lambda p: p.credits)
    return [pack_view(p, smallest) for p in active]


def lookup_code(code: object) -> str:
    """A catalogue code as typed ('  equipe '), as stored ('EQUIPE')."""
    return clean_text(code, "code", required=True).upper()


def find_pack(conn: Connection, code: str) -> PackView:
    for view in pack_views(conn):
        if view.code == lookup_code(code):
            return view
    raise NotFound("pack", code)


# Built once (issue 12): found in SQLAlchemy's compiled cache on each call.
_SERVICE = select(t.services).where(t.services.c.code == bindparam("p_code"),
                                    t.services.c.active.is_(True))
_COMPLEXITY = select(t.complexities).where(t.complexities.c.code == bindparam("p_code"))


def find_service(conn: Connection, code: str) -> Service:
    row: Row | None = conn.execute(_SERVICE, {"p_code": lookup_code(code)}).first()
    if row is None:
        raise NotFound("service", code)
    return Service(row.code, row.name, row.unit, row.rate, row.active)


def find_complexity(conn: Connection, code: str) -> Complexity:
    row = conn.execute(_COMPLEXITY, {"p_code": lookup_code(code)}).first()
    if row is None:
        raise NotFound("complexity", code)
    return Complexity(row.code, row.name, row.factor_permille)


# The catalogue is no one's data: every actor reads it (a holder to submit or to buy).
@journals_refusals
def list_packs(db: Database, actor: Actor) -> list[PackView]:
    with db.read() as conn:
        return pack_views(conn)


@journals_refusals
def list_services(db: Database, actor: Actor) -> list[ServiceView]:
    with db.read() as conn:
        return service_views(conn)


def service_views(conn: Connection) -> list[ServiceView]:
    rows = conn.execute(select(t.services).order_by(t.services.c.name)).all()
    return [ServiceView(r.code, r.name, r.unit, r.rate, r.active) for r in rows]


@journals_refusals
def list_complexities(db: Database, actor: Actor) -> list[ComplexityView]:
    with db.read() as conn:
        return complexity_views(conn)


def complexity_views(conn: Connection) -> list[ComplexityView]:
    rows = conn.execute(select(t.complexities).order_by(t.complexities.c.factor_permille)).all()
    return [ComplexityView(r.code, r.name, r.factor_permille) for r in rows]
