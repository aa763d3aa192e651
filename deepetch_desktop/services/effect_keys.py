"""Which scheduled effects are already done, looked up by their exact keys.

The catch-up runs every minute and must cost what is due, not what was ever done: it computes
the keys an effect would claim and looks those up in `effects`' primary key. A prefix lookup
(`LIKE 'limit%' ESCAPE`) reads every key ever recorded; a key range would use the index but,
on a PostgreSQL database whose collation is not "C" (fr_FR.UTF-8), a range of text does not
follow byte prefixes, so exact keys are the only lookup both fast and right everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, select

from ..store import tables as t

# Built once: the expanding list is bound at each call, the compiled statement is reused.
_DONE = select(t.effects.c.key).where(t.effects.c.key.in_(bindparam("keys", expanding=True)))
_CHUNK = 500  # well under SQLite's and PostgreSQL's bound-parameter limits


def done_among(conn: Connection, keys: Iterable[str]) -> set[str]:
    """Those of `keys` already claimed by an effect."""
    wanted = sorted(set(keys))
    done: set[str] = set()
    for i in range(0, len(wanted), _CHUNK):
        done.update(conn.execute(_DONE, {"keys": wanted[i:i + _CHUNK]}).scalars())
    return done
