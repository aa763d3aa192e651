"""What the person logged in may do, as the window needs it to choose its pages."""

from __future__ import annotations

from ..store.engine import Database
from .common import find_sub_account
from .results import Actor, Privileges
from .subaccounts import privileges_of


def own_privileges(db: Database, actor: Actor) -> Privileges | None:
    """None for an administrator; a holder's privileges as granted now. Every holder may read
    their own (whatever they were granted: it decides what their window shows, and the
    services check each action again)."""
    if actor.sub_account_id is None:
        return None
    with db.read() as conn:
        return privileges_of(find_sub_account(conn, actor.sub_account_id))
