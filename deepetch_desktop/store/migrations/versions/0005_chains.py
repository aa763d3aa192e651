"""Hash chains over the journal, the ledger and the invoices, and the row that holds their heads and counts (issue 11).

The journal gains the person, the database role (PostgreSQL's current_user, set by a trigger
whatever the INSERT says; rows from before stay NULL: nobody recorded it), the values before and after, and a link; ledger entries
and invoices gain a link. The rows already there are chained here, in id order, and each
archived invoice document gets the journal entry that records its SHA-256 (what `audit verify`
compares an archived PDF with). The append-only triggers are lifted for the time of this
transaction only, to write the links, and put back as they were.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

CHAINED = (("journal", "audit_log"), ("ledger", "ledger_entries"), ("invoices", "invoices"))
GENESIS = "0" * 64
SYSTEM = "système"


def _sqlite_triggers(table: str) -> list[tuple[str, str]]:
    bind = op.get_bind()
    return [(r[0], r[1]) for r in bind.execute(sa.text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
        {"t": table})]


def _journal_archived_documents(now: datetime) -> None:
    """One `invoice.archive` journal entry per document archived before this revision."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT d.invoice_id, i.number, d.sha256 FROM invoice_documents d "
        "JOIN invoices i ON i.id = d.invoice_id ORDER BY d.invoice_id")).all()
    audit = sa.table("audit_log", sa.column("at", sa.DateTime(timezone=True)),
                     sa.column("actor", sa.String), sa.column("action", sa.String),
                     sa.column("details", sa.Text))
    at = now if bind.dialect.name == "postgresql" else now.replace(tzinfo=None)
    for invoice_id, number, sha256 in rows:
        details = {"invoice_id": invoice_id, "number": number, "sha256": sha256}
        bind.execute(audit.insert().values(
            at=at, actor=SYSTEM, action="invoice.archive",
            details=json.dumps(details, ensure_ascii=False, sort_keys=True)))


def _chain_existing_rows() -> None:
    """Compute each chain over the rows already there, in id order, and record its head. The
    tables are read as they are at this revision (reflected), instants made UTC-aware as the
    program reads them."""
    from deepetch_desktop.store.chains import link_of

    bind = op.get_bind()
    heads = sa.table("chain_heads", sa.column("chain", sa.String), sa.column("head", sa.String),
                     sa.column("count", sa.BigInteger))
    for chain, name in CHAINED:
        table = sa.Table(name, sa.MetaData(), autoload_with=bind)
        previous, count = GENESIS, 0
        for row in bind.execute(sa.select(table).order_by(table.c.id)).all():
            values = {k: _aware(v) for k, v in row._mapping.items()}
            link = link_of(previous, values)
            bind.execute(table.update().where(table.c.id == values["id"]).values(link=link))
            previous, count = link, count + 1
        bind.execute(heads.insert().values(chain=chain, head=previous, count=count))


def _aware(value: object) -> object:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.add_column("audit_log", sa.Column("person", sa.String(254), nullable=True))
    op.add_column("audit_log", sa.Column("db_role", sa.String(63), nullable=True))
    if postgres:  # set after the column exists: the rows already there stay NULL
        op.execute("ALTER TABLE audit_log ALTER COLUMN db_role SET DEFAULT current_user")
        # And whatever an INSERT says, the role is the one that wrote it: a program cannot
        # journal under another role's name.
        op.execute(
            """
            CREATE OR REPLACE FUNCTION deepetch_db_role() RETURNS trigger AS $$
            BEGIN
                NEW.db_role := current_user;
                RETURN NEW;
            END;
            $$ LANGUAGE plpgsql
            """
        )
        op.execute("CREATE TRIGGER audit_log_db_role BEFORE INSERT ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION deepetch_db_role()")
    op.add_column("audit_log", sa.Column("before", sa.Text, nullable=True))
    op.add_column("audit_log", sa.Column("after", sa.Text, nullable=True))
    for _chain, table in CHAINED:
        op.add_column(table, sa.Column("link", sa.String(64), nullable=True))
    op.create_table(
        "chain_heads",
        sa.Column("chain", sa.String(20), nullable=False),
        sa.Column("head", sa.String(64), nullable=False),
        sa.Column("count", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("chain", name="pk_chain_heads"),
    )
    _journal_archived_documents(datetime.now(UTC))
    # The links are written into rows the append-only triggers protect: lift them for this
    # transaction only.
    if postgres:
        for _chain, table in CHAINED:
            op.execute(f"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only")
        _chain_existing_rows()
        for _chain, table in CHAINED:
            op.execute(f"ALTER TABLE {table} ENABLE TRIGGER {table}_append_only")
        return
    saved = [trigger for _chain, table in CHAINED for trigger in _sqlite_triggers(table)]
    for name, _sql in saved:
        op.execute(f"DROP TRIGGER {name}")
    _chain_existing_rows()
    for _name, sql in saved:
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_db_role ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS deepetch_db_role()")
    op.drop_table("chain_heads")
    for _chain, table in CHAINED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("link")
    with op.batch_alter_table("audit_log") as batch:
        for column in ("after", "before", "db_role", "person"):
            batch.drop_column(column)
