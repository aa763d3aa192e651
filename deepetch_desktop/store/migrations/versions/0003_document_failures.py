"""Invoice documents that could not be rendered: why, since when, how many tries.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_failures",
        sa.Column("invoice_id", sa.Integer, sa.ForeignKey(
            "invoices.id", name="fk_document_failures_invoice_id_invoices"), nullable=False),
        sa.Column("cause", sa.Text, nullable=False),
        sa.Column("first_failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("invoice_id", name="pk_document_failures"),
    )


def downgrade() -> None:
    op.drop_table("document_failures")
