"""The PostgreSQL company of the write figures: a database of its own, dropped afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.engine import make_url

from deepetch_desktop import bootstrap, services

from .company_rows import PACK
from .settings import COMPANY_TZ

DATABASE = "deepetch_bench"
ADMIN = services.ADMINISTRATOR


@dataclass(frozen=True)
class PgCompany:
    url: str  # for the app (postgresql+psycopg://)
    dsn: str  # for bare psycopg (postgresql://)
    admin_dsn: str
    sub_ids: list[int]


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def prepare(admin_url: str, subs: int, now: datetime) -> PgCompany:
    """A new database made by the app: the company, its terms, 50 million credits bought, and
    `subs` sub-accounts without a limit (added in bulk, as the SQLite generator does)."""
    import psycopg

    admin = make_url(admin_url)
    if admin.drivername == "postgresql":
        admin = admin.set(drivername="postgresql+psycopg")
    admin_dsn = _dsn(admin.render_as_string(hide_password=False))
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{DATABASE}"')
    url = admin.set(database=DATABASE).render_as_string(hide_password=False)
    start = now - timedelta(days=1)
    db = bootstrap.open_database(url)
    try:
        services.init_company(db, ADMIN, name="Transports Lefèvre et Fils", siren="552100554",
                              address="8 quai Saint-Vincent\n69001 Lyon",
                              einvoicing_address="552100554",
                              email="compta@lefevre.example", timezone=COMPANY_TZ, now=start)
        services.approve_terms(db, ADMIN, start)
        services.add_sub_account(db, ADMIN, name="Gabarit", email="gabarit@lefevre.example",
                                 now=start)
        services.buy(db, ADMIN, PACK[0], 1000, now=start)
    finally:
        db.dispose()
    dsn = _dsn(url)
    with psycopg.connect(dsn) as conn:
        conn.cursor().executemany(
            "INSERT INTO sub_accounts (name, email, department, phone, role, can_submit, "
            "can_see_usage, can_see_invoices, can_buy, can_administer, status, limit_kind, "
            "limit_generation, created_at) SELECT %s, %s, department, phone, role, can_submit, "
            "can_see_usage, can_see_invoices, can_buy, can_administer, status, limit_kind, "
            "limit_generation, created_at FROM sub_accounts WHERE email = "
            "'gabarit@lefevre.example'",
            [(f"Personne {n:06d}", f"p{n}@lefevre.example") for n in range(1, subs)])
        ids = [r[0] for r in conn.execute("SELECT id FROM sub_accounts ORDER BY id LIMIT 500")]
    return PgCompany(url, dsn, admin_dsn, ids)


def drop(company: PgCompany) -> None:
    import psycopg

    with psycopg.connect(company.admin_dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
