"""Refunds owed after a credit note, and the approved platform's file channel (issue 14):
refunds made (append-only, as payments), documents deposited in the outgoing folder, lifecycle
statuses read from the platform's CDAR messages (append-only).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

APPEND_ONLY = ("invoice_refunds", "pa_deposits", "lifecycle_events")
# What the invoices page shows of them: announced to the other workstations as migration 0009
# does for the tables before (store/notify.py's TABLE_TOPICS).
ANNOUNCED = APPEND_ONLY


def _append_only(table: str) -> None:
    """As migration 0001 does for payments: the database itself refuses UPDATE and DELETE."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION deepetch_append_only()")
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END")


def upgrade() -> None:
    op.create_table(
        "invoice_refunds",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("invoice_id", sa.Integer, nullable=False),
        sa.Column("refunded_on", sa.Date, nullable=False),
        sa.Column("amount_cents", sa.BigInteger, nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.CheckConstraint("amount_cents > 0", name="ck_invoice_refunds_amount_positive"),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoices.id"],
                                name="fk_invoice_refunds_invoice_id_invoices"),
        sa.PrimaryKeyConstraint("id", name="pk_invoice_refunds"),
    )
    op.create_index("ix_invoice_refunds_invoice_id", "invoice_refunds", ["invoice_id"])
    op.create_table(
        "pa_deposits",
        sa.Column("invoice_id", sa.Integer, nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("deposited_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoices.id"],
                                name="fk_pa_deposits_invoice_id_invoices"),
        sa.PrimaryKeyConstraint("invoice_id", name="pk_pa_deposits"),
    )
    op.create_table(
        "lifecycle_events",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("invoice_id", sa.Integer, nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("status_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("message_id", sa.String(200), nullable=False),
        sa.Column("message_sha256", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoices.id"],
                                name="fk_lifecycle_events_invoice_id_invoices"),
        sa.PrimaryKeyConstraint("id", name="pk_lifecycle_events"),
        sa.UniqueConstraint("message_sha256", "position", name="uq_lifecycle_events_message"),
    )
    op.create_index("ix_lifecycle_events_invoice_id", "lifecycle_events", ["invoice_id"])
    for table in APPEND_ONLY:
        _append_only(table)
    if op.get_bind().dialect.name == "postgresql":
        for table in ANNOUNCED:
            op.execute(f"CREATE TRIGGER {table}_announce AFTER INSERT OR UPDATE OR DELETE "
                       f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION "
                       "deepetch_announce_change()")


def downgrade() -> None:
    for table in reversed(APPEND_ONLY):
        op.drop_table(table)
