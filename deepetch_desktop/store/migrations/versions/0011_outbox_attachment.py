"""A file attached to a queued e-mail other than an invoice's PDF (issue 15): a chargeback
statement sent to its sub-account holders through the outbox.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:  # nullable columns: a plain ALTER TABLE on both databases
    op.add_column("outbox", sa.Column("attachment_name", sa.String(200), nullable=True))
    op.add_column("outbox", sa.Column("attachment", sa.LargeBinary, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("attachment")
        batch.drop_column("attachment_name")
