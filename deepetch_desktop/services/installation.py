"""This database's installation id: random, made once, the same for every workstation on it."""

from __future__ import annotations

import secrets

from sqlalchemy import Connection

from ..store import tables as t
from ..store.engine import Database
from .common import get_setting

KEY = "installation_id"


def installation_id(db: Database) -> str:
    """The id, made the first time it is asked for and never changed afterwards.

    It tells this installation's e-mails from another's that carry the same invoice number
    (Message-IDs). Two workstations asking at once both insert "if absent": one wins, both
    read the winner's."""
    with db.read() as conn:
        found = get_setting(conn, KEY, "")
    if found:
        return found

    from ..store.ops import insert_ignore  # the write path's statements: only when made

    def work(conn: Connection) -> str:
        insert_ignore(conn, t.settings, {"key": KEY, "value": secrets.token_hex(16)})
        return get_setting(conn, KEY, "")

    return db.write(work)
