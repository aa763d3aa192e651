"""PostgreSQL's roles: `roles setup`, run once by the database's owner (issue 11)."""

from __future__ import annotations

import argparse
from datetime import datetime

from ..common import Commands, services, voice
from ..output import emit


def register(commands: Commands) -> None:
    roles = commands.add("roles")
    commands.actions(roles, "roles").add_file_command("setup", cmd_roles_setup)


def cmd_roles_setup(args: argparse.Namespace, now: datetime) -> None:
    """No person acts here (no login: the first one may not exist yet): the database decides,
    as only a superuser or its owner may create roles and give away its tables. Opening it
    migrates it first."""
    from ...bootstrap import default_database_url
    from ..main import open_database

    url = args.db or default_database_url()
    services.require_postgresql(url)  # a SQLite file is not even created
    db = open_database(url)
    try:
        result, v = services.setup_roles(db), voice(args.lang)
    finally:
        db.dispose()
    lines = [v.say("roles.done", owner=result.owner, admin=result.admin_role,
                   member=result.member_role, tables=len(result.tables))]
    if result.created:
        lines.append(v.say("roles.created", roles=", ".join(result.created)))
    if result.unruled:
        lines.append(v.say("roles.unruled", tables=", ".join(result.unruled)))
    emit(args.json, result, "\n".join(lines))
