"""Index usage by period (issue 12): the catch-up finds the limit alerts due from this period's
usage rows (services/alerts.py) instead of reading every sub-account each minute.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_usage_period", "usage", ["period"])


def downgrade() -> None:
    op.drop_index("ix_usage_period", table_name="usage")
