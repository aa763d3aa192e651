"""The tables. Credits are BIGINT whole credits, money BIGINT cents; instants are UTC."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class Amount(TypeDecorator[int]):
    """A BIGINT that refuses floats: credits and cents are whole numbers."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: object, dialect: Dialect) -> int | None:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise TypeError(f"amounts are integers, got {type(value).__name__}")
        return value


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as UTC; naive values are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


company = Table(
    "company",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("legal_form", String(60), nullable=False, default=""),
    Column("share_capital_cents", Amount, nullable=True),
    Column("siren", String(9), nullable=False),
    Column("siret", String(14), nullable=False, default=""),
    Column("rcs", String(100), nullable=False, default=""),
    Column("vat_number", String(20), nullable=False, default=""),
    Column("address", Text, nullable=False, default=""),
    Column("billing_email", String(254), nullable=False, default=""),
    Column("timezone", String(64), nullable=False, default="Europe/Paris"),
    # ISO 3166-1 alpha-2 (BT-55) and the e-invoicing address typed (BT-49), migration 0012
    Column("country", String(2), nullable=False, server_default="FR"),
    Column("einvoicing_address", String(120), nullable=False, server_default=""),
    Column("terms_approved_at", UtcDateTime, nullable=True),
    Column("terms_approved_by", String(200), nullable=True),
    Column("created_at", UtcDateTime, nullable=False),
    CheckConstraint("id = 1", name="single_company"),
)

# The seller: Deepetch itself, who issues the invoices. Editable in Paramètres.
seller = Table(
    "seller",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("legal_form", String(60), nullable=False),
    Column("share_capital_cents", Amount, nullable=False),
    Column("address", Text, nullable=False),
    Column("siren", String(9), nullable=False),
    Column("siret", String(14), nullable=False),
    Column("rcs", String(100), nullable=False),
    Column("vat_number", String(20), nullable=False),
    Column("email", String(254), nullable=False),
    Column("iban", String(40), nullable=False),
    Column("bic", String(11), nullable=False),
    Column("penalty_rate_bp", Integer, nullable=False),
    Column("logo_path", Text, nullable=True),
    # BT-34, and the option for VAT on debits (CGI ann. II 242 nonies A, décret 2022-1299; BT-8)
    Column("einvoicing_address", String(120), nullable=False, server_default=""),
    Column("vat_on_debits", Boolean, nullable=False, server_default=false()),
    CheckConstraint("id = 1", name="single_seller"),
)

basket = Table(
    "basket",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("balance", Amount, nullable=False),
    Column("last_use_at", UtcDateTime, nullable=True),
    CheckConstraint("balance >= 0", name="balance_not_negative"),
    CheckConstraint("id = 1", name="single_basket"),
)

ledger = Table(
    "ledger_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime, nullable=False, index=True),
    # purchase, task, refund, expiry, correction, credit_note
    Column("kind", String(20), nullable=False),
    Column("credits", Amount, nullable=False),  # signed
    Column("balance_after", Amount, nullable=False),
    Column("task_id", Integer, ForeignKey("tasks.id"), nullable=True),
    Column("batch_id", Integer, ForeignKey("batches.id"), nullable=True),
    Column("note", Text, nullable=False, default=""),
    Column("actor", String(200), nullable=False),
    Column("link", String(64), nullable=True),  # hash chain (store/chains.py); NULL: none yet
    CheckConstraint("balance_after >= 0", name="balance_after_not_negative"),
)

packs = Table(
    "packs",
    metadata,
    Column("code", String(32), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("credits", Amount, nullable=False),
    Column("price_cents", Amount, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    CheckConstraint("credits > 0", name="credits_positive"),
    CheckConstraint("price_cents >= 0", name="price_not_negative"),
)

services = Table(
    "services",
    metadata,
    Column("code", String(32), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("unit", String(60), nullable=False),
    Column("rate", Amount, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    CheckConstraint("rate > 0", name="rate_positive"),
)

complexities = Table(
    "complexities",
    metadata,
    Column("code", String(32), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("factor_permille", Integer, nullable=False),
    CheckConstraint("factor_permille > 0", name="factor_positive"),
)

batches = Table(
    "batches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("bought_at", UtcDateTime, nullable=False),
    Column("pack_code", String(32), nullable=False),
    Column("pack_name", String(100), nullable=False),
    Column("pack_credits", Amount, nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("unit_price_cents", Amount, nullable=False),
    Column("credits", Amount, nullable=False),
    Column("payment_method", String(30), nullable=False),
    Column("idem_key", String(200), nullable=True, unique=True),
    Column("actor", String(200), nullable=False),
    CheckConstraint("quantity > 0", name="quantity_positive"),
)

invoice_counters = Table(
    "invoice_counters",
    metadata,
    Column("series", String(8), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("last_value", Integer, nullable=False),
)

invoices = Table(
    "invoices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("number", String(35), nullable=False, unique=True),
    Column("series", String(8), nullable=False),
    Column("year", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("kind", String(20), nullable=False),  # invoice, credit_note
    Column("issue_date", Date, nullable=False),
    Column("sale_date", Date, nullable=False),
    Column("due_date", Date, nullable=False),
    Column("batch_id", Integer, ForeignKey("batches.id"), nullable=True),
    Column("corrects_id", Integer, ForeignKey("invoices.id"), nullable=True),
    Column("reason", Text, nullable=False, default=""),
    Column("seller_json", Text, nullable=False),
    Column("buyer_json", Text, nullable=False),
    Column("lines_json", Text, nullable=False),
    Column("net_cents", Amount, nullable=False),
    Column("vat_cents", Amount, nullable=False),
    Column("gross_cents", Amount, nullable=False),
    Column("credits", Amount, nullable=False, default=0),
    Column("penalty_rate_bp", Integer, nullable=False),
    # Migration 0012; NULL in the invoices issued before it (their chain links stay as they
    # were): VAT category S, no purchase order.
    Column("vat_category", String(2), nullable=True),  # EN 16931: S, AE or O
    Column("purchase_order", String(50), nullable=True),  # BT-13
    Column("issued_at", UtcDateTime, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("link", String(64), nullable=True),  # hash chain (store/chains.py)
    UniqueConstraint("series", "year", "seq", name="uq_invoices_series_year_seq"),
)

# The exact bytes issued, written once after the invoice commits; never updated.
invoice_documents = Table(
    "invoice_documents",
    metadata,
    Column("invoice_id", Integer, ForeignKey("invoices.id"), primary_key=True),
    Column("pdf", LargeBinary, nullable=False),
    Column("xml", LargeBinary, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
)

# An invoice whose document could not be rendered yet (a bad logo, a full disk...): why,
# since when. Rendering is tried again at each catch-up; the row goes once it succeeds.
document_failures = Table(
    "document_failures",
    metadata,
    Column("invoice_id", Integer, ForeignKey("invoices.id"), primary_key=True),
    Column("cause", Text, nullable=False),
    Column("first_failed_at", UtcDateTime, nullable=False),
    Column("failed_at", UtcDateTime, nullable=False),
    Column("attempts", Integer, nullable=False),
)

invoice_sendings = Table(
    "invoice_sendings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("invoice_id", Integer, ForeignKey("invoices.id"), nullable=False, index=True),
    Column("sent_at", UtcDateTime, nullable=False),
    Column("recipient", String(254), nullable=False),
    Column("channel", String(20), nullable=False, default="email"),
)

payments = Table(
    "payments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("invoice_id", Integer, ForeignKey("invoices.id"), nullable=False, index=True),
    Column("paid_on", Date, nullable=False),
    Column("amount_cents", Amount, nullable=False),
    Column("reference", String(200), nullable=False, default=""),
    Column("recorded_at", UtcDateTime, nullable=False),
    Column("actor", String(200), nullable=False),
    CheckConstraint("amount_cents > 0", name="amount_positive"),
)

# Money paid back to the company once credit notes cover what it had paid (issue 14): the
# refund owed is derived (payments + credit notes - the invoice), these rows mark it settled.
invoice_refunds = Table(
    "invoice_refunds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("invoice_id", Integer, ForeignKey("invoices.id"), nullable=False, index=True),
    Column("refunded_on", Date, nullable=False),
    Column("amount_cents", Amount, nullable=False),
    Column("reference", String(200), nullable=False, default=""),
    Column("recorded_at", UtcDateTime, nullable=False),
    Column("actor", String(200), nullable=False),
    CheckConstraint("amount_cents > 0", name="amount_positive"),
)

# The approved platform's file channel (services/pa_channel.py): each document written once
# into the outgoing folder, by the file name it was given there.
pa_deposits = Table(
    "pa_deposits",
    metadata,
    Column("invoice_id", Integer, ForeignKey("invoices.id"), primary_key=True),
    Column("file_name", String(255), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("deposited_at", UtcDateTime, nullable=False),
)

# Lifecycle statuses read from the platform's CDAR messages: one row per status of one
# document in one message (`message_sha256` and `position`), so reading a file again adds none.
lifecycle_events = Table(
    "lifecycle_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("invoice_id", Integer, ForeignKey("invoices.id"), nullable=False, index=True),
    Column("code", String(8), nullable=False),
    Column("status_at", UtcDateTime, nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("message_id", String(200), nullable=False, default=""),
    Column("message_sha256", String(64), nullable=False),
    Column("position", Integer, nullable=False),
    Column("file_name", String(255), nullable=False),
    Column("received_at", UtcDateTime, nullable=False),
    UniqueConstraint("message_sha256", "position", name="uq_lifecycle_events_message"),
)

sub_accounts = Table(
    "sub_accounts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, index=True),
    Column("email", String(254), nullable=False, unique=True),
    Column("department", String(200), nullable=False, default=""),
    Column("phone", String(40), nullable=False, default=""),
    Column("role", String(100), nullable=False, default=""),
    Column("can_submit", Boolean, nullable=False, default=True),
    Column("can_see_usage", Boolean, nullable=False, default=True),
    Column("can_see_invoices", Boolean, nullable=False, default=False),
    Column("can_buy", Boolean, nullable=False, default=False),
    Column("can_administer", Boolean, nullable=False, default=False),
    Column("status", String(12), nullable=False, default="active"),
    Column("limit_kind", String(10), nullable=False, default="none"),
    Column("limit_amount", Amount, nullable=True),
    Column("limit_from", Date, nullable=True),
    Column("limit_to", Date, nullable=True),
    Column("limit_generation", Integer, nullable=False, default=1),
    Column("created_at", UtcDateTime, nullable=False),
    CheckConstraint("status in ('active','suspended','closed')", name="status_known"),
    CheckConstraint("limit_kind in ('none','monthly','fixed')", name="limit_kind_known"),
)

usage = Table(
    "usage",
    metadata,
    Column("sub_account_id", Integer, ForeignKey("sub_accounts.id"), primary_key=True),
    Column("generation", Integer, primary_key=True),
    # indexed (migration 0008): the catch-up reads this period's rows only
    Column("period", String(7), primary_key=True, index=True),
    Column("used", Amount, nullable=False),
    CheckConstraint("used >= 0", name="used_not_negative"),
)

tasks = Table(
    "tasks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sub_account_id", Integer, ForeignKey("sub_accounts.id"), nullable=False, index=True),
    Column("service_code", String(32), nullable=False),
    Column("complexity_code", String(32), nullable=False),
    Column("units", Amount, nullable=False),
    Column("title", String(300), nullable=False, default=""),
    Column("cost", Amount, nullable=False),
    Column("submitted_at", UtcDateTime, nullable=False, index=True),
    Column("month", String(7), nullable=False, index=True),
    Column("generation", Integer, nullable=False),
    Column("period", String(7), nullable=False),
    Column("idem_key", String(200), nullable=True, unique=True),
    Column("refunded_at", UtcDateTime, nullable=True),
    Column("actor", String(200), nullable=False),
    # Who submitted it (migration 0007): the person's e-mail, else the actor's name; NULL before.
    Column("submitted_by", String(254), nullable=True),
    CheckConstraint("cost > 0", name="cost_positive"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UtcDateTime, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(60), nullable=False),
    Column("details", Text, nullable=False),
    Column("person", String(254), nullable=True),  # the e-mail of the person logged in
    # The database role that wrote the row, filled by PostgreSQL itself (DEFAULT current_user,
    # set by migration 0005 on PostgreSQL only): the program never passes it. NULL on SQLite.
    Column("db_role", String(63), nullable=True),
    Column("before", Text, nullable=True),  # JSON of the values changed, as they were
    Column("after", Text, nullable=True),  # and as they became
    Column("link", String(64), nullable=True),  # hash chain (store/chains.py)
)

# People who log in (migration 0004): administrators, and sub-account holders (one person per
# sub-account). The e-mail is stored lower-cased, so unique whatever the case typed; the
# password as an Argon2id hash whose string holds its parameters. Failed attempts and the lock
# they bring live here, so that a lock holds on every workstation of a shared database.
people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("email", String(254), nullable=False, unique=True),
    Column("is_administrator", Boolean, nullable=False, default=False),
    Column("sub_account_id", Integer, ForeignKey("sub_accounts.id"), nullable=True, unique=True),
    Column("password_hash", String(255), nullable=False),
    Column("must_change_password", Boolean, nullable=False, default=False),
    Column("locked", Boolean, nullable=False, default=False),  # by an administrator
    Column("failed_attempts", Integer, nullable=False, default=0),
    Column("locked_until", UtcDateTime, nullable=True),  # after too many failed attempts
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_login_at", UtcDateTime, nullable=True),
    Column("password_changed_at", UtcDateTime, nullable=True),
    CheckConstraint("email = lower(email)", name="email_lower_case"),
    CheckConstraint("failed_attempts >= 0", name="failed_attempts_not_negative"),
    # An administrator holds no sub-account; anyone else holds exactly one.
    CheckConstraint("(is_administrator AND sub_account_id IS NULL) OR "
                    "(NOT is_administrator AND sub_account_id IS NOT NULL)", name="role_known"),
)

# « Remember me »: a random token kept in the system keyring; only its SHA-256 is stored here.
login_tokens = Table(
    "login_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("person_id", Integer, ForeignKey("people.id"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("revoked_at", UtcDateTime, nullable=True),
)

# The head (latest link) and the number of rows of each hash chain (journal, ledger, invoices),
# updated in the transaction of each insert: a removed tail shows as a count that disagrees.
chain_heads = Table(
    "chain_heads",
    metadata,
    Column("chain", String(20), primary_key=True),
    Column("head", String(64), nullable=False),
    Column("count", BigInteger, nullable=False),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)

# E-mails to send, written in the transaction that decides them; `key` makes each one unique.
outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(200), nullable=False, unique=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("recipient", String(254), nullable=False),
    Column("subject", String(300), nullable=False),
    Column("body", Text, nullable=False),
    Column("invoice_id", Integer, ForeignKey("invoices.id"), nullable=True),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UtcDateTime, nullable=False),
    Column("last_error", Text, nullable=True),
    Column("claimed_until", UtcDateTime, nullable=True),  # a sender is at work on it
    Column("sent_at", UtcDateTime, nullable=True),
    # A file sent with it, other than an invoice's PDF (a chargeback statement, migration 0011).
    Column("attachment_name", String(200), nullable=True),
    Column("attachment", LargeBinary, nullable=True),
)

notifications = Table(
    "notifications",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(200), nullable=False, unique=True),
    Column("at", UtcDateTime, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("data_json", Text, nullable=False),
    Column("read_at", UtcDateTime, nullable=True),
)

# Every scheduled effect (a month-end reset recorded, a reminder, an expiry, a dunning letter)
# inserts its key here in the transaction that performs it: a second run finds the key and stops.
effects = Table(
    "effects",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("done_at", UtcDateTime, nullable=False),
)
