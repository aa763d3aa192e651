"""PostgreSQL's roles: `roles setup`, run once by the database's owner (issue 11)."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from ..common import Commands, services, voice
from ..output import emit

if TYPE_CHECKING:
    from ...services import Database


def register(commands: Commands) -> None:
    roles = commands.add("roles")
    commands.actions(roles, "roles").add("setup", cmd_roles_setup)


def cmd_roles_setup(db: Database, args: argparse.Namespace, now: datetime) -> None:
    """No person acts here: the database decides (only a superuser or its owner may)."""
    result, v = services.setup_roles(db), voice(args.lang)
    lines = [v.say("roles.done", owner=result.owner, admin=result.admin_role,
                   member=result.member_role, tables=len(result.tables))]
    if result.created:
        lines.append(v.say("roles.created", roles=", ".join(result.created)))
    if result.unruled:
        lines.append(v.say("roles.unruled", tables=", ".join(result.unruled)))
    emit(args.json, result, "\n".join(lines))
