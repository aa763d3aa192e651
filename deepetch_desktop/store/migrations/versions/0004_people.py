"""People who log in: administrators and sub-account holders, their password hashes, session tokens and failed attempts (issue 11).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("is_administrator", sa.Boolean, nullable=False),
        sa.Column("sub_account_id", sa.Integer, nullable=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("must_change_password", sa.Boolean, nullable=False),
        sa.Column("locked", sa.Boolean, nullable=False),
        sa.Column("failed_attempts", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_people"),
        sa.UniqueConstraint("email", name="uq_people_email"),
        sa.UniqueConstraint("sub_account_id", name="uq_people_sub_account_id"),
        sa.ForeignKeyConstraint(["sub_account_id"], ["sub_accounts.id"],
                                name="fk_people_sub_account_id_sub_accounts"),
        sa.CheckConstraint("email = lower(email)", name="ck_people_email_lower_case"),
        sa.CheckConstraint("failed_attempts >= 0", name="ck_people_failed_attempts_not_negative"),
        sa.CheckConstraint("(is_administrator AND sub_account_id IS NULL) OR "
                           "(NOT is_administrator AND sub_account_id IS NOT NULL)",
                           name="ck_people_role_known"),
    )
    op.create_table(
        "login_tokens",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("person_id", sa.Integer, nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_login_tokens"),
        sa.UniqueConstraint("token_hash", name="uq_login_tokens_token_hash"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"],
                                name="fk_login_tokens_person_id_people"),
    )
    op.create_index("ix_login_tokens_person_id", "login_tokens", ["person_id"])


def downgrade() -> None:
    op.drop_index("ix_login_tokens_person_id", table_name="login_tokens")
    op.drop_table("login_tokens")
    op.drop_table("people")
