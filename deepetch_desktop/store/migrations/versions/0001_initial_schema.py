"""Initial schema, with the triggers that keep the ledger and issued invoices append-only.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 01:21:45.035332
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


# Rows that are history: the database itself rejects any UPDATE or DELETE on them.
APPEND_ONLY = ("ledger_entries", "invoices", "invoice_documents", "payments", "audit_log")


def _append_only_triggers() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(
            """
            CREATE OR REPLACE FUNCTION deepetch_append_only() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME;
            END;
            $$ LANGUAGE plpgsql
            """
        )
        for table in APPEND_ONLY:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION deepetch_append_only()"
            )
        return
    for table in APPEND_ONLY:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END"
            )


def upgrade() -> None:

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_table('basket',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('balance', sa.BigInteger(), nullable=False),
    sa.Column('last_use_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('balance >= 0', name=op.f('ck_basket_balance_not_negative')),
    sa.CheckConstraint('id = 1', name=op.f('ck_basket_single_basket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_basket'))
    )
    op.create_table('batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bought_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('pack_code', sa.String(length=32), nullable=False),
    sa.Column('pack_name', sa.String(length=100), nullable=False),
    sa.Column('pack_credits', sa.BigInteger(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price_cents', sa.BigInteger(), nullable=False),
    sa.Column('credits', sa.BigInteger(), nullable=False),
    sa.Column('payment_method', sa.String(length=30), nullable=False),
    sa.Column('idem_key', sa.String(length=200), nullable=True),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_batches_quantity_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batches')),
    sa.UniqueConstraint('idem_key', name=op.f('uq_batches_idem_key'))
    )
    op.create_table('company',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('legal_form', sa.String(length=60), nullable=False),
    sa.Column('share_capital_cents', sa.BigInteger(), nullable=True),
    sa.Column('siren', sa.String(length=9), nullable=False),
    sa.Column('siret', sa.String(length=14), nullable=False),
    sa.Column('rcs', sa.String(length=100), nullable=False),
    sa.Column('vat_number', sa.String(length=20), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('billing_email', sa.String(length=254), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('terms_approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('terms_approved_by', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_company_single_company')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company'))
    )
    op.create_table('complexities',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('factor_permille', sa.Integer(), nullable=False),
    sa.CheckConstraint('factor_permille > 0', name=op.f('ck_complexities_factor_positive')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_complexities'))
    )
    op.create_table('effects',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_effects'))
    )
    op.create_table('invoice_counters',
    sa.Column('series', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', 'year', name=op.f('pk_invoice_counters'))
    )
    op.create_table('notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('data_json', sa.Text(), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications')),
    sa.UniqueConstraint('key', name=op.f('uq_notifications_key'))
    )
    op.create_table('packs',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('credits', sa.BigInteger(), nullable=False),
    sa.Column('price_cents', sa.BigInteger(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('credits > 0', name=op.f('ck_packs_credits_positive')),
    sa.CheckConstraint('price_cents >= 0', name=op.f('ck_packs_price_not_negative')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_packs'))
    )
    op.create_table('seller',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('legal_form', sa.String(length=60), nullable=False),
    sa.Column('share_capital_cents', sa.BigInteger(), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('siren', sa.String(length=9), nullable=False),
    sa.Column('siret', sa.String(length=14), nullable=False),
    sa.Column('rcs', sa.String(length=100), nullable=False),
    sa.Column('vat_number', sa.String(length=20), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('iban', sa.String(length=40), nullable=False),
    sa.Column('bic', sa.String(length=11), nullable=False),
    sa.Column('penalty_rate_bp', sa.Integer(), nullable=False),
    sa.Column('logo_path', sa.Text(), nullable=True),
    sa.CheckConstraint('id = 1', name=op.f('ck_seller_single_seller')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seller'))
    )
    op.create_table('services',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('unit', sa.String(length=60), nullable=False),
    sa.Column('rate', sa.BigInteger(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('rate > 0', name=op.f('ck_services_rate_positive')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_services'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('sub_accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('can_submit', sa.Boolean(), nullable=False),
    sa.Column('can_see_usage', sa.Boolean(), nullable=False),
    sa.Column('can_see_invoices', sa.Boolean(), nullable=False),
    sa.Column('can_buy', sa.Boolean(), nullable=False),
    sa.Column('can_administer', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('limit_kind', sa.String(length=10), nullable=False),
    sa.Column('limit_amount', sa.BigInteger(), nullable=True),
    sa.Column('limit_from', sa.Date(), nullable=True),
    sa.Column('limit_to', sa.Date(), nullable=True),
    sa.Column('limit_generation', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("limit_kind in ('none','monthly','fixed')", name=op.f('ck_sub_accounts_limit_kind_known')),
    sa.CheckConstraint("status in ('active','suspended','closed')", name=op.f('ck_sub_accounts_status_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sub_accounts')),
    sa.UniqueConstraint('email', name=op.f('uq_sub_accounts_email'))
    )
    op.create_table('invoices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=35), nullable=False),
    sa.Column('series', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('sale_date', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('seller_json', sa.Text(), nullable=False),
    sa.Column('buyer_json', sa.Text(), nullable=False),
    sa.Column('lines_json', sa.Text(), nullable=False),
    sa.Column('net_cents', sa.BigInteger(), nullable=False),
    sa.Column('vat_cents', sa.BigInteger(), nullable=False),
    sa.Column('gross_cents', sa.BigInteger(), nullable=False),
    sa.Column('credits', sa.BigInteger(), nullable=False),
    sa.Column('penalty_rate_bp', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['batches.id'], name=op.f('fk_invoices_batch_id_batches')),
    sa.ForeignKeyConstraint(['corrects_id'], ['invoices.id'], name=op.f('fk_invoices_corrects_id_invoices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoices')),
    sa.UniqueConstraint('number', name=op.f('uq_invoices_number')),
    sa.UniqueConstraint('series', 'year', 'seq', name='uq_invoices_series_year_seq')
    )
    op.create_table('tasks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sub_account_id', sa.Integer(), nullable=False),
    sa.Column('service_code', sa.String(length=32), nullable=False),
    sa.Column('complexity_code', sa.String(length=32), nullable=False),
    sa.Column('units', sa.BigInteger(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('cost', sa.BigInteger(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('idem_key', sa.String(length=200), nullable=True),
    sa.Column('refunded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.CheckConstraint('cost > 0', name=op.f('ck_tasks_cost_positive')),
    sa.ForeignKeyConstraint(['sub_account_id'], ['sub_accounts.id'], name=op.f('fk_tasks_sub_account_id_sub_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks')),
    sa.UniqueConstraint('idem_key', name=op.f('uq_tasks_idem_key'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tasks_month'), ['month'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_sub_account_id'), ['sub_account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_submitted_at'), ['submitted_at'], unique=False)

    op.create_table('usage',
    sa.Column('sub_account_id', sa.Integer(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('used', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('used >= 0', name=op.f('ck_usage_used_not_negative')),
    sa.ForeignKeyConstraint(['sub_account_id'], ['sub_accounts.id'], name=op.f('fk_usage_sub_account_id_sub_accounts')),
    sa.PrimaryKeyConstraint('sub_account_id', 'generation', 'period', name=op.f('pk_usage'))
    )
    op.create_table('invoice_documents',
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('xml', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_invoice_documents_invoice_id_invoices')),
    sa.PrimaryKeyConstraint('invoice_id', name=op.f('pk_invoice_documents'))
    )
    op.create_table('invoice_sendings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recipient', sa.String(length=254), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_invoice_sendings_invoice_id_invoices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_sendings'))
    )
    with op.batch_alter_table('invoice_sendings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_sendings_invoice_id'), ['invoice_id'], unique=False)

    op.create_table('ledger_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('credits', sa.BigInteger(), nullable=False),
    sa.Column('balance_after', sa.BigInteger(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.CheckConstraint('balance_after >= 0', name=op.f('ck_ledger_entries_balance_after_not_negative')),
    sa.ForeignKeyConstraint(['batch_id'], ['batches.id'], name=op.f('fk_ledger_entries_batch_id_batches')),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_ledger_entries_task_id_tasks')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entries'))
    )
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_entries_at'), ['at'], unique=False)

    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recipient', sa.String(length=254), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('claimed_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_outbox_invoice_id_invoices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('key', name=op.f('uq_outbox_key'))
    )
    op.create_table('payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.CheckConstraint('amount_cents > 0', name=op.f('ck_payments_amount_positive')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_payments_invoice_id_invoices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_invoice_id'), ['invoice_id'], unique=False)



    _append_only_triggers()


def downgrade() -> None:

    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_invoice_id'))

    op.drop_table('payments')
    op.drop_table('outbox')
    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_entries_at'))

    op.drop_table('ledger_entries')
    with op.batch_alter_table('invoice_sendings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_sendings_invoice_id'))

    op.drop_table('invoice_sendings')
    op.drop_table('invoice_documents')
    op.drop_table('usage')
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tasks_submitted_at'))
        batch_op.drop_index(batch_op.f('ix_tasks_sub_account_id'))
        batch_op.drop_index(batch_op.f('ix_tasks_month'))

    op.drop_table('tasks')
    op.drop_table('invoices')
    op.drop_table('sub_accounts')
    op.drop_table('settings')
    op.drop_table('services')
    op.drop_table('seller')
    op.drop_table('packs')
    op.drop_table('notifications')
    op.drop_table('invoice_counters')
    op.drop_table('effects')
    op.drop_table('complexities')
    op.drop_table('company')
    op.drop_table('batches')
    op.drop_table('basket')
    op.drop_table('audit_log')

