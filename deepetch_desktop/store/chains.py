"""Hash chains over the journal, the ledger and the invoices (issue 11).

Each row's `link` is SHA-256(previous link || canonical content of the row), the first row's
previous link being GENESIS. The canonical content is the row's columns but `link`, as JSON
with sorted keys, no spaces, NULLs left out, instants in UTC ISO 8601 with microseconds, days
in ISO, integers (no floats), bytes in hex. The `chain_heads` row of each chain holds its latest
link and its number of rows, updated in the transaction of each insert: a tail cut off shows as
a count that disagrees, a row changed as a link that no longer follows from its content.

Every chained row goes in through `insert_chained`: the chain's head row is locked (on
PostgreSQL by an UPDATE of its count that returns the head, the next id and current_user, one
statement; SQLite's writes are already one at a time, BEGIN IMMEDIATE), its link computed over
the values as they will be stored, the row inserted with its link (the append-only triggers
forbid writing it afterwards), and the head moved. On PostgreSQL the journal's
`db_role` is the database's own DEFAULT current_user: the link counts the same current_user,
read under the lock.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select, update

from . import tables as t

GENESIS = "0" * 64
CHAINS: dict[str, Table] = {"journal": t.audit_log, "ledger": t.ledger, "invoices": t.invoices}
ROLE_COLUMN = "db_role"  # filled by the database (PostgreSQL), never by the program


def plain(value: object) -> object:
    """A column's value as the canonical content writes it."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        return str(value)  # a StrEnum member: its value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in a chained row")
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    raise TypeError(f"no canonical form for {type(value).__name__}")  # floats among them


def canonical(row: Mapping[str, object]) -> bytes:
    """The row's content (every column but `link`; NULLs left out, so that a column added
    later, NULL in the rows before it, leaves their links as they were) as the bytes its link
    hashes."""
    content = {k: plain(v) for k, v in row.items() if k != "link" and v is not None}
    return json.dumps(content, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def link_of(previous: str, row: Mapping[str, object]) -> str:
    return hashlib.sha256(previous.encode("ascii") + canonical(row)).hexdigest()


def _stored_values(table: Table, values: Mapping[str, object]) -> dict[str, object]:
    """`values` completed with the columns' Python defaults: the row as it will be stored."""
    row: dict[str, object] = {}
    for name, default in _COMPLETIONS[table.name]:
        if name in values:
            row[name] = values[name]
        elif default is _GIVEN:
            # A value the database or a callable would choose is unknown to the link here.
            raise ValueError(f"{table.name}.{name}: a chained row gives it")
        else:
            row[name] = default
    return row


_GIVEN = object()  # a column whose value a chained row must give


def _completions(table: Table) -> list[tuple[str, object]]:
    """(column, its value when not given: its scalar default, None, or _GIVEN), but `link`."""
    found: list[tuple[str, object]] = []
    for column in table.columns:
        if column.name == "link":
            continue
        if column.default is not None and column.default.is_scalar:
            found.append((column.name, column.default.arg))  # type: ignore[attr-defined]
        elif column.default is not None or (column.server_default is not None
                                            and column.name != ROLE_COLUMN):
            found.append((column.name, _GIVEN))
        else:
            found.append((column.name, None))
    return found


# Built once (issue 12): the statements of each chain, so that nothing is rebuilt or compiled
# again per insert (each runs under the write lock).
_COMPLETIONS = {table.name: _completions(table) for table in CHAINS.values()}
_HEAD = t.chain_heads.c.chain == bindparam("p_chain")
# PostgreSQL: the count moved first, returning the head, the count before, the next id and
# current_user, one statement.
_PG_TAKE_HEAD = {
    chain: update(t.chain_heads).where(_HEAD).values(count=t.chain_heads.c.count + 1)
    .returning(t.chain_heads.c.head, t.chain_heads.c.count - 1,
               func.nextval(func.pg_get_serial_sequence(table.name, "id")), func.current_user())
    for chain, table in CHAINS.items()
}
# SQLite: the head, its count and the next rowid (the largest plus one), one statement.
_SQLITE_READ_HEAD = {
    chain: select(t.chain_heads.c.head, t.chain_heads.c.count,
                  select(func.coalesce(func.max(table.c.id), 0) + 1).scalar_subquery())
    .where(_HEAD)
    for chain, table in CHAINS.items()
}


def sqlite_head_columns(chain: str) -> tuple[Any, Any, Any]:
    """The chain's (head, count, next id) as three columns another SELECT of the same SQLite
    write transaction may carry (labelled `<chain>_head`, `<chain>_count`, `<chain>_next_id`),
    so that `insert_chained` need not read them again."""
    table = CHAINS[chain]
    heads = t.chain_heads
    return (
        select(heads.c.head).where(heads.c.chain == chain).scalar_subquery()
        .label(f"{chain}_head"),
        select(heads.c.count).where(heads.c.chain == chain).scalar_subquery()
        .label(f"{chain}_count"),
        select(func.coalesce(func.max(table.c.id), 0) + 1).scalar_subquery()
        .label(f"{chain}_next_id"),
    )
_MOVE_HEAD = update(t.chain_heads).where(_HEAD).values(
    head=bindparam("p_head"), count=bindparam("p_count"))
# The insert takes its columns from each call's parameters (always the same keys: the row as
# _stored_values completes it, its link), so it compiles once per chain too.
_INSERTS = {chain: table.insert() for chain, table in CHAINS.items()}


def insert_chained(conn: Connection, chain: str, values: Mapping[str, object],
                   sqlite_head: tuple[str, int, int] | None = None) -> int:
    """Insert one row of `chain` with its link and move the chain's head: one locked read of
    the head, the id, the insert, the head's update. Returns the row's id.

    `sqlite_head`: on SQLite only, the chain's (head, count, next id) as `sqlite_head_columns`
    read them earlier in this same write transaction, nothing of this chain written since (the
    transaction holds SQLite's one write lock from its BEGIN IMMEDIATE, so they are still
    true); ignored on PostgreSQL, where the head is read as it is locked."""
    table = CHAINS[chain]
    if ROLE_COLUMN in values:
        raise ValueError("db_role is the database's to fill")
    if conn.dialect.name != "postgresql" and sqlite_head is not None:
        head, count, row_id = sqlite_head
        role = None
    elif conn.dialect.name == "postgresql":
        # The count moved first: this UPDATE locks the chain's row until commit, so writers of
        # one chain go one at a time (READ COMMITTED re-reads the row a writer waited for),
        # and the id is drawn under that lock: ids grow in the order of the chain.
        head, count, row_id, role = conn.execute(_PG_TAKE_HEAD[chain], {"p_chain": chain}).one()
    else:  # one writer at a time: the next rowid is the largest plus one
        head, count, row_id = conn.execute(_SQLITE_READ_HEAD[chain], {"p_chain": chain}).one()
        role = None
    row = _stored_values(table, {**values, "id": row_id})
    if ROLE_COLUMN in table.c:
        row[ROLE_COLUMN] = role
    link = link_of(head, row)
    stored = {k: v for k, v in row.items() if k != ROLE_COLUMN}
    stored["link"] = link
    conn.execute(_INSERTS[chain], stored)
    conn.execute(_MOVE_HEAD, {"p_chain": chain, "p_head": link,
                              "p_count": int(count) + 1})  # on PostgreSQL, already counted
    return int(row_id)


@dataclass(frozen=True)
class Head:
    chain: str
    count: int
    head: str


def heads(conn: Connection) -> dict[str, Head]:
    """Each chain's recorded head and count."""
    rows = conn.execute(select(t.chain_heads.c.chain, t.chain_heads.c.count,
                               t.chain_heads.c.head)).all()
    found = {chain: Head(chain, int(count), head) for chain, count, head in rows}
    return {name: found.get(name, Head(name, 0, GENESIS)) for name in CHAINS}


@dataclass(frozen=True)
class Break:
    """The first row where a chain stops proving: its id (None when the row is missing), its
    1-based position in the chain and what is wrong."""

    chain: str
    row: int | None
    position: int
    problem: str
    detail: str


# Each chain's rows after an id, in id order, a batch at a time: built once (compiled once).
_ROWS_AFTER = {
    chain: select(table).where(table.c.id > bindparam("p_last"))
    .order_by(table.c.id).limit(bindparam("p_batch"))
    for chain, table in CHAINS.items()
}


def rows_of(conn: Connection, chain: str, batch: int = 2000) -> Iterator[dict[str, Any]]:
    """The chain's rows in id order, each as a dict of its columns, read in batches (a batch
    shorter than asked is the last: no query more to learn that)."""
    last = 0
    while True:
        rows = conn.execute(_ROWS_AFTER[chain], {"p_last": last, "p_batch": batch}).all()
        for r in rows:
            yield dict(r._mapping)
        if len(rows) < batch:
            return
        last = int(rows[-1].id)


def links(conn: Connection, chain: str) -> Iterator[tuple[int, dict[str, Any], str]]:
    """(position, row, the link its content and the previous row's recorded link give)."""
    previous = GENESIS
    for position, row in enumerate(rows_of(conn, chain), start=1):
        yield position, row, link_of(previous, row)
        previous = row["link"] if row["link"] is not None else ""


def check_chain(conn: Connection, chain: str, recorded: Head | None = None) -> Break | None:
    """The first row of `chain` that breaks it, or None when it proves, head and count
    included (`recorded`: its head as `heads` read it, when the caller read them all)."""
    recorded = recorded or heads(conn)[chain]
    position, last_link, last_id = 0, GENESIS, None
    for position, row, expected in links(conn, chain):
        if row["link"] is None:
            return Break(chain, row["id"], position, "missing_link",
                         f"row {row['id']} of the {chain} chain has no link")
        if row["link"] != expected:
            return Break(chain, row["id"], position, "link_mismatch",
                         f"row {row['id']} of the {chain} chain does not follow from its "
                         "content and the row before it (changed, or a row before it removed "
                         "or inserted)")
        if position == recorded.count and row["link"] != recorded.head:
            return Break(chain, row["id"], position, "head_mismatch",
                         f"row {row['id']} is row {position} of the {chain} chain but not the "
                         "head recorded for it")
        if position == recorded.count + 1:
            return Break(chain, row["id"], position, "not_recorded",
                         f"row {row['id']} of the {chain} chain comes after the "
                         f"{recorded.count} rows its head records (added outside the program)")
        last_link, last_id = row["link"], row["id"]
    if position < recorded.count:
        return Break(chain, None, position + 1, "tail_removed",
                     f"the {chain} chain has {position} rows, its head records "
                     f"{recorded.count}: rows after "
                     f"{'the start' if last_id is None else f'row {last_id}'} were removed")
    if position == 0 and recorded.head != GENESIS or position and last_link != recorded.head:
        return Break(chain, last_id, position, "head_mismatch",
                     f"the head recorded for the {chain} chain is not its last row's link")
    return None


def prefix_problem(conn: Connection, chain: str, count: int, head: str) -> str | None:
    """Why today's `chain` does not begin with `count` rows ending in the link `head` (the
    rows recomputed from the start), or None when it does."""
    if count == 0:
        return None if head == GENESIS else f"the {chain} chain's empty head is {GENESIS}"
    for position, row, expected in links(conn, chain):
        if row["link"] != expected:
            return (f"row {row['id']} (position {position}) of the {chain} chain no longer "
                    "follows from its content")
        if position == count:
            if row["link"] != head:
                return (f"row {position} of the {chain} chain now ends in {row['link']}, "
                        f"the witness says {head}")
            return None
    return f"the {chain} chain has fewer than the witness's {count} rows"


def find_link(conn: Connection, link: str) -> tuple[str, int] | None:
    """(chain, position) of the row whose link is `link`, the chain before it recomputed
    right; None when no chain holds it that way."""
    for chain in CHAINS:
        for position, row, expected in links(conn, chain):
            if row["link"] != expected:
                break
            if row["link"] == link:
                return chain, position
    return None
