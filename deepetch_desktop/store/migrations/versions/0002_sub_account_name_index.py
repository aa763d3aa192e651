"""Index sub-accounts by name: the Paramètres list is sorted by name (100 000 rows).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sub_accounts_name", "sub_accounts", ["name"])


def downgrade() -> None:
    op.drop_index("ix_sub_accounts_name", table_name="sub_accounts")
