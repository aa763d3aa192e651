"""Who submitted each task (issue 11): the person's e-mail, or the actor's name when no person
logged in; an administrator may submit for a sub-account, and the task records both.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tasks", sa.Column("submitted_by", sa.String(254), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.drop_column("submitted_by")
