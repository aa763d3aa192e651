"""Copying a SQLite company into an empty PostgreSQL database (`deepetch migrate-to`).

One PostgreSQL transaction does it all: the schema by the migrations, every row of every table
in dependency order (the metadata of store/tables.py, a thousand rows per INSERT), the id
sequences set after the highest id, then the row counts and the ledger's sum compared with the
source's. Whatever fails rolls it all back: the target is left as empty as it was found. The
file's write lock is held throughout (no other program writes meanwhile), and the only row
written to it, the mark saying where the account now lives, is written once the copy was
checked.

The rows are copied as they are, links included: the copy's triggers are lifted for this
transaction only (the journal's role trigger would write the copying role's name into rows
whose link counts the role they were written with, and the copy is not a task's debit)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.dialects.sqlite import insert

from ..domain.errors import CopyDiffers, DatabaseRefused, TargetNotEmpty
from . import tables as t
from .engine import Database, open_database
from .revision import MOVED_KEY, SCHEMA_WRITER_KEY

CHUNK = 1000
# Two copies started at once into one database: the second waits, then finds it not empty.
_COPY_LOCK = 0x44_45_45_50_43_50  # "DEEPCP"


@dataclass(frozen=True)
class Copied:
    """The copy's rows, table by table (as many as the source's: checked), and its ledger's
    sum (the source's)."""

    rows: dict[str, int]
    ledger_sum: int


def user_tables(conn: Connection) -> list[str]:
    """The tables (and views) of the target's schema: a database that has any is not empty."""
    return list(conn.execute(text(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = current_schema() ORDER BY table_name")).scalars())


def move_to_postgres(source: Database, target_url: str,
                     check: Callable[[Database, Copied], None]) -> tuple[str, Copied]:
    """Copy `source` (SQLite, at the head revision) into the empty PostgreSQL database at
    `target_url`, let `check` look at the copy (it raises to refuse it), then mark the file as
    moved; where the account now lives (without password) and what was copied.

    The file's write lock is held from before the copy until it is marked: nothing written
    meanwhile by another program can be left behind in the file. TargetNotEmpty, with nothing
    written anywhere, when the target has any table."""
    target = open_database(target_url, migrate=False)
    try:
        if target.dialect != "postgresql":
            raise DatabaseRefused("unsupported_database", target.location)
        location = target.location

        def work(src: Connection) -> Copied:
            with target.write_engine.begin() as dst:
                copied = _copy(src, dst, location)
            check(target, copied)
            src.execute(insert(t.settings).values(key=MOVED_KEY, value=location)
                        .on_conflict_do_update(index_elements=[t.settings.c.key],
                                               set_={"value": location}))
            return copied

        return location, source.write(work, attempts=1)
    finally:
        target.dispose()


def _copy(src: Connection, dst: Connection, location: str) -> Copied:
    from .migrate import upgrade

    dst.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _COPY_LOCK})
    if user_tables(dst):
        raise TargetNotEmpty(location)
    upgrade(dst, location)
    ordered = t.metadata.sorted_tables
    for table in ordered:
        dst.execute(text(f'ALTER TABLE "{table.name}" DISABLE TRIGGER USER'))
    # What the migrations wrote (the empty chains' heads, ...) gives way to the source's rows;
    # but for the schema's writer: that is the target's.
    for table in reversed(ordered):
        dst.execute(table.delete().where(t.settings.c.key != SCHEMA_WRITER_KEY)
                    if table is t.settings else table.delete())
    written_by_migrations = set(dst.execute(select(t.settings.c.key)).scalars())
    for table in ordered:
        for chunk in _chunks(src, table):
            if table is t.settings:
                chunk = [row for row in chunk if row["key"] not in written_by_migrations]
            if chunk:
                dst.execute(table.insert(), chunk)
    for table in ordered:
        dst.execute(text(f'ALTER TABLE "{table.name}" ENABLE TRIGGER USER'))
        _set_sequence(dst, table)
    copied = Copied(row_counts(dst), _ledger_sum(dst))
    _check_same(src, copied, written_by_migrations, location)
    return copied


def _chunks(src: Connection, table: Table) -> Iterator[list[dict[str, object]]]:
    result = src.execute(select(table).order_by(*table.primary_key.columns))
    while batch := result.fetchmany(CHUNK):
        yield [dict(row._mapping) for row in batch]


def _set_sequence(dst: Connection, table: Table) -> None:
    """The next id drawn is the highest copied plus one (1 for an empty table)."""
    if "id" not in table.c or not table.c.id.primary_key:
        return
    dst.execute(text(
        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
        f'COALESCE(MAX(id), 0) + 1, false) FROM "{table.name}"'))


def _ledger_sum(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.sum(t.ledger.c.credits), 0))).scalar_one())


def row_counts(conn: Connection) -> dict[str, int]:
    return {table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for table in t.metadata.sorted_tables}


def _check_same(src: Connection, copied: Copied, target_keys: set[str],
                location: str) -> None:
    """Every table holds as many rows as the source's (the settings, plus the target's own
    schema writer if the source had none), and the ledger sums to the same: else the copy is
    rolled back."""
    expected = row_counts(src)
    expected["settings"] += len(target_keys - set(src.execute(select(t.settings.c.key))
                                                  .scalars()))
    if expected != copied.rows or _ledger_sum(src) != copied.ledger_sum:
        differing = sorted(name for name in expected if expected[name] != copied.rows.get(name))
        raise CopyDiffers(location, ", ".join(differing) or "ledger sum")
