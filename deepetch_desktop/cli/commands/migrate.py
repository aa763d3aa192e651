"""`migrate-to URL`: moving the account from its SQLite file to a PostgreSQL server (issue 16)."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from ..common import Commands, services, voice
from ..output import emit

if TYPE_CHECKING:
    from ...services import Database


def register(commands: Commands) -> None:
    commands.add("migrate-to", cmd_migrate_to).add_argument("url", metavar="URL")


def cmd_migrate_to(db: Database, args: argparse.Namespace, now: datetime) -> None:
    result, v = services.migrate_to(db, args.actor, args.url), voice(args.lang)
    emit(args.json, result, lambda: v.say("migrate.done", count=result.rows, source=result.source,
                                          target=result.target, tables=len(result.tables)))
