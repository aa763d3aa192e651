"""Alembic, driven from code: migrations run on open when the schema is older than the head
(store/revision.py tells without Alembic, so this module is imported only then)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError

from ..domain.errors import DatabaseRefused
from . import roles
from .revision import SCHEMA_WRITER_KEY

MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK = 0x44_45_45_50_4D_47  # pg_advisory_xact_lock's key: "DEEPMG"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@cache  # the scripts do not change while the program runs; reading them costs ~25 ms
def known_revisions() -> frozenset[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


@cache
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head
    return head


def upgrade(conn: Connection, location: str = "") -> None:
    """Migrate to the head revision; nothing at all (no DDL) when the schema is there already.

    On a PostgreSQL database whose schema `deepetch roles setup` gave to `deepetch_owner`, the
    migrations run as that role (so what they create is its too) and the group roles' grants
    are made again for what they added. A role that may not do so (a workstation's, in
    `deepetch_admin` or `deepetch_member`) is refused with `cannot_migrate`: the owner, or a
    superuser, opens the database once after an upgrade of the program."""
    if conn.dialect.name == "postgresql":
        # One workstation migrates, however many start at once: the others wait here (for as
        # long as it takes: no lock or statement time-out in this transaction), then find the
        # schema at the head revision and do nothing.
        conn.execute(text("SET LOCAL lock_timeout = 0"))
        conn.execute(text("SET LOCAL statement_timeout = 0"))
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
    current = MigrationContext.configure(conn).get_current_revision()
    if current == head_revision():
        return
    owned = conn.dialect.name == "postgresql" and roles.is_set_up(conn)
    if owned:
        member = conn.execute(text("SELECT pg_has_role(current_user, :r, 'MEMBER')"),
                              {"r": roles.OWNER}).scalar()
        if not member:
            raise DatabaseRefused("cannot_migrate", location)
        conn.execute(text(f'SET LOCAL ROLE "{roles.OWNER}"'))
    try:
        command.upgrade(alembic_config(conn), "head")
    except DBAPIError as exc:
        if getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501":
            raise DatabaseRefused("cannot_migrate", location) from None
        raise
    _record_writer(conn)
    if owned:
        roles.grant_all(conn)
        conn.execute(text("RESET ROLE"))


def _record_writer(conn: Connection) -> None:
    """Which version of the program brought the schema to this revision: an older program
    that finds a revision it does not know names it (store/revision.py)."""
    from .. import __version__
    from . import tables as t

    key = t.settings.c.key == SCHEMA_WRITER_KEY
    if conn.execute(select(t.settings.c.key).where(key)).first():
        conn.execute(t.settings.update().where(key).values(value=__version__))
    else:
        conn.execute(t.settings.insert().values(key=SCHEMA_WRITER_KEY, value=__version__))
