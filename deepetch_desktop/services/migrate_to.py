"""`deepetch migrate-to URL`: moving an office's account from its SQLite file to a PostgreSQL
server (issue 16).

The copy (store/copy.py) is one transaction on the server, checked there (row counts, ledger
sum against the file's); then `audit verify` runs on the copy as on any database. Only then is
the file marked as moved, its write lock held since before the copy: opening it afterwards says
where the account lives. Whatever fails before leaves the file as it was."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ..domain.errors import CopyDiffers, DatabaseRefused
from ..domain.urls import masked_url
from ..domain.vocabulary import Privilege
from ..store.copy import Copied, move_to_postgres
from ..store.engine import Database
from .common import require
from .ledger import verify
from .privileges import journals_refusals
from .results import Actor, AuditReport


@dataclass(frozen=True)
class MigrationResult:
    """`target`: the server's database, without its password; `tables`: the rows copied per
    table; `rows`: their total; `balance` and `ledger_sum`: the copy's, equal to the file's;
    `verified`: `audit verify` passed on the copy; `source`: the file, now marked as moved."""

    source: str
    target: str
    tables: dict[str, int]
    rows: int
    balance: int
    ledger_sum: int
    verified: bool


def require_server_url(url: str, password: str | None = None) -> str:
    """The URL of a PostgreSQL database (with `password` when given apart), checked before
    anything is opened."""
    try:
        parsed = make_url(url)
        backend = parsed.get_backend_name()
    except (ArgumentError, ValueError):
        raise DatabaseRefused("bad_url", url) from None
    if backend != "postgresql":
        raise DatabaseRefused("migrate_needs_postgresql", url)
    if password:
        return parsed.set(password=password).render_as_string(hide_password=False)
    return url


@journals_refusals
def migrate_to(db: Database, actor: Actor, url: str,
               password: str | None = None) -> MigrationResult:
    """Copy this SQLite company into the empty PostgreSQL database at `url` (its password
    there or in `password`), check the copy, then mark the file as moved. TargetNotEmpty
    (nothing written) when the database has tables; CopyDiffers (the file left unmarked) when
    the copy does not check."""
    url = require_server_url(url, password)
    if db.dialect != "sqlite":
        raise DatabaseRefused("migrate_from_sqlite", db.location)
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
    checked: list[AuditReport] = []

    def check(copy: Database, copied: Copied) -> None:
        """`audit verify` on the copy (its balance equal to its ledger's sum, which the copy
        found equal to the file's): the file is marked as moved only when it passes."""
        report = verify(copy, actor)
        if not report.ok or report.ledger_sum != copied.ledger_sum:
            raise CopyDiffers(copy.location, "; ".join(report.problems) or "ledger sum")
        checked.append(report)

    location, copied = move_to_postgres(db, url, check)
    report = checked[0]
    return MigrationResult(db.location, masked_url(location), copied.rows,
                           sum(copied.rows.values()), report.balance, report.ledger_sum,
                           report.ok)
