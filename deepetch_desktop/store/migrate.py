"""Alembic, driven from code: migrations run on open; a newer schema is refused."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from ..domain.errors import DatabaseRefused

MIGRATIONS = Path(__file__).with_name("migrations")


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


def check_revision(conn: Connection, location: str) -> None:
    current = MigrationContext.configure(conn).get_current_revision()
    if current is not None and current not in known_revisions():
        raise DatabaseRefused("newer_schema", location)


def upgrade(conn: Connection) -> None:
    current = MigrationContext.configure(conn).get_current_revision()
    if current == head_revision():
        return
    command.upgrade(alembic_config(conn), "head")
