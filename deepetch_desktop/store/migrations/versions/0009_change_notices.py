"""Change notices (issue 16): on PostgreSQL, each statement that changes a table a page shows
calls pg_notify('deepetch_changes', <table>) in its own transaction, so other workstations
hear of a change once it commits (and never of one rolled back): store/notify.py listens. On
SQLite nothing: `PRAGMA data_version` says a file changed.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CHANNEL = "deepetch_changes"
# The tables whose changes a page shows (store/notify.py's TABLE_TOPICS, as of this revision).
TABLES = ("basket", "ledger_entries", "batches", "sub_accounts", "usage", "people", "tasks",
          "invoices", "invoice_documents", "document_failures", "invoice_sendings", "payments",
          "outbox", "notifications", "company", "seller", "packs", "services", "complexities",
          "settings", "audit_log")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION deepetch_announce_change() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
            RETURN NULL;
        END;
        $$
        """
    )
    for table in TABLES:
        op.execute(f"CREATE TRIGGER {table}_announce AFTER INSERT OR UPDATE OR DELETE "
                   f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION deepetch_announce_change()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_announce ON {table}")
    op.execute("DROP FUNCTION IF EXISTS deepetch_announce_change()")
