"""Invoices at the edges of the law (issue 14): the buyer's country (BT-55) and e-invoicing
address (BT-49), the seller's e-invoicing address (BT-34) and option for VAT on debits (BT-8),
each invoice's VAT category (S, AE, O) and the buyer's purchase-order number (BT-13).

The invoices' new columns are NULL in the rows issued before (VAT category S, no purchase
order): a NULL is left out of a row's chain link, so their links stay as they were.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("company") as batch:
        batch.add_column(sa.Column("country", sa.String(2), nullable=False, server_default="FR"))
        batch.add_column(sa.Column("einvoicing_address", sa.String(120), nullable=False,
                                   server_default=""))
    with op.batch_alter_table("seller") as batch:
        batch.add_column(sa.Column("einvoicing_address", sa.String(120), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("vat_on_debits", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    # No batch mode here: on SQLite a batch would copy the table, and the invoices' triggers
    # (append-only) with it; adding a nullable column needs no copy.
    op.add_column("invoices", sa.Column("vat_category", sa.String(2), nullable=True))
    op.add_column("invoices", sa.Column("purchase_order", sa.String(50), nullable=True))
    # The seller's directory address: Deepetch's own, as it declared it (its SIREN).
    op.execute("UPDATE seller SET einvoicing_address = siren WHERE einvoicing_address = ''")


def downgrade() -> None:
    op.drop_column("invoices", "purchase_order")
    op.drop_column("invoices", "vat_category")
    with op.batch_alter_table("seller") as batch:
        batch.drop_column("vat_on_debits")
        batch.drop_column("einvoicing_address")
    with op.batch_alter_table("company") as batch:
        batch.drop_column("einvoicing_address")
        batch.drop_column("country")
