"""Floor: the remembered-login check `deepetch status` and the window make before anything else.

Nothing of the project is imported. The token is read from the run's keyring file (the JSON
file DEEPETCH_BENCH_KEYRING names, under the entry the app uses: "deepetch-desktop/login:" and
the database's installation id), its SHA-256 looked up in login_tokens: not revoked, not
expired, its person neither locked nor due to change a one-time password. `remembered(con,
now)` is that person's name, or None (the process then refuses, as ours does).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from datetime import UTC, datetime

KEYRING_ENV = "DEEPETCH_BENCH_KEYRING"
ENTRY = "deepetch-desktop/login:{installation}"
NOT_AUTHENTICATED = 3  # ours: refused by a rule

PERSON = """
SELECT p.name, p.locked, p.locked_until, p.must_change_password
FROM people p JOIN login_tokens l ON l.person_id = p.id
WHERE l.token_hash = ? AND l.revoked_at IS NULL AND l.expires_at > ?"""


def _stored(moment: datetime) -> str:
    """An instant as SQLAlchemy writes it in SQLite: naive UTC with microseconds."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _token(installation: str) -> str | None:
    path = os.environ.get(KEYRING_ENV)
    if not path:
        return None
    try:
        with open(path, encoding="utf-8") as kept:
            entries = json.load(kept)
    except FileNotFoundError:
        return None
    return entries.get(ENTRY.format(installation=installation)) or None


def remembered(con: sqlite3.Connection, now: datetime) -> str | None:
    found = con.execute("SELECT value FROM settings WHERE key = 'installation_id'").fetchone()
    token = _token(found[0]) if found and found[0] else None
    if token is None:
        return None
    digest = hashlib.sha256(token.encode("utf-8")).hexdigest()
    row = con.execute(PERSON, (digest, _stored(now))).fetchone()
    if row is None:
        return None
    name, locked, locked_until, must_change = row
    if locked or must_change or (locked_until is not None and locked_until > _stored(now)):
        return None
    return str(name)
