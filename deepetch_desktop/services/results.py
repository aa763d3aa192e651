"""What the services return: plain frozen values, safe to hand to any thread or front end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..domain.vocabulary import (
    AuditAction,
    InvoiceKind,
    InvoiceStatus,
    LedgerKind,
    LifecycleStatus,
    LimitKind,
    SubAccountStatus,
)


@dataclass(frozen=True)
class Actor:
    """Who does something. `sub_account_id` None means an administrator; a sub-account holder
    carries their sub-account. `person_id` and `email` name the person logged in (None for the
    scheduler and for callers from before people logged in)."""

    name: str
    sub_account_id: int | None = None
    person_id: int | None = None
    email: str | None = None

    @property
    def is_administrator(self) -> bool:
        return self.sub_account_id is None


ADMINISTRATOR = Actor("administrateur")
# The scheduler (the catch-up run by cron, systemd or the window's ticker): no person, an
# administrator's rights over the company's scheduled effects.
SCHEDULER = Actor("planificateur")


@dataclass(frozen=True)
class CompanyView:
    name: str
    legal_form: str
    siren: str
    vat_number: str
    address: str
    billing_email: str
    timezone: str
    terms_approved_at: datetime | None
    terms_approved_by: str | None
    country: str = "FR"  # ISO 3166-1 alpha-2 (BT-55)
    einvoicing_address: str = ""  # BT-49, as typed: « 0225:SIREN… », « EM:… »


@dataclass(frozen=True)
class SellerView:
    name: str
    legal_form: str
    share_capital_cents: int
    address: str
    siren: str
    siret: str
    rcs: str
    vat_number: str
    email: str
    iban: str
    bic: str
    penalty_rate_bp: int
    logo_path: str | None
    einvoicing_address: str = ""  # BT-34
    vat_on_debits: bool = False  # « Option pour le paiement de la taxe d'après les débits »


@dataclass(frozen=True)
class StatusView:
    company: str
    balance: int
    used_this_month: int
    last_use: datetime | None
    expires_at: datetime | None
    expires_on: date | None
    days_left: int | None
    unpaid_count: int
    unpaid_cents: int
    overdue_count: int
    terms_approved: bool
    month: str


@dataclass(frozen=True)
class PackView:
    code: str
    name: str
    credits: int
    price_cents: int
    price_per_credit_millicents: int
    saving_percent: int
    active: bool


@dataclass(frozen=True)
class ServiceView:
    code: str
    name: str
    unit: str
    rate: int
    active: bool


@dataclass(frozen=True)
class ComplexityView:
    code: str
    name: str
    factor_permille: int


@dataclass(frozen=True)
class PurchaseQuote:
    pack: PackView
    quantity: int
    credits: int
    net_cents: int
    vat_cents: int
    gross_cents: int
    vat_bp: int


@dataclass(frozen=True)
class PurchaseResult:
    batch_id: int
    credits: int
    balance: int
    invoice_number: str
    net_cents: int
    vat_cents: int
    gross_cents: int
    due_date: date
    replayed: bool


@dataclass(frozen=True)
class BatchView:
    id: int
    bought_at: datetime
    pack_code: str
    pack_name: str
    quantity: int
    credits: int
    unit_price_cents: int
    invoice_number: str | None


@dataclass(frozen=True)
class LedgerEntryView:
    id: int
    at: datetime
    kind: LedgerKind
    credits: int
    balance_after: int
    note: str
    actor: str
    task_id: int | None
    batch_id: int | None
    sub_account: str | None = None  # the name of the sub-account a task's entry was for


@dataclass(frozen=True)
class Privileges:
    submit_tasks: bool = True
    see_own_usage: bool = True
    see_invoices: bool = False
    buy_credits: bool = False
    administer: bool = False


@dataclass(frozen=True)
class SubAccountView:
    id: int
    name: str
    email: str
    department: str
    phone: str
    role: str
    privileges: Privileges
    status: SubAccountStatus
    limit_kind: LimitKind
    limit_amount: int | None
    limit_from: date | None
    limit_to: date | None
    used: int  # in the current period of the current limit
    remaining: int | None  # None without a limit


@dataclass(frozen=True)
class LimitChange:
    sub_account_id: int
    limit_kind: LimitKind
    limit_amount: int | None
    limit_from: date | None
    limit_to: date | None
    used: int
    remaining: int | None
    used_reset: bool


@dataclass(frozen=True)
class TaskEstimate:
    service: str
    complexity: str
    units: int
    cost: int


@dataclass(frozen=True)
class SubmitResult:
    task_id: int
    cost: int
    balance: int
    remaining: int | None
    replayed: bool


@dataclass(frozen=True)
class TaskView:
    id: int
    sub_account_id: int
    sub_account_name: str
    service_code: str
    complexity_code: str
    units: int
    title: str
    cost: int
    submitted_at: datetime
    month: str
    refunded_at: datetime | None


@dataclass(frozen=True)
class RefundResult:
    task_id: int
    credits: int
    balance: int


@dataclass(frozen=True)
class PaymentView:
    paid_on: date
    amount_cents: int
    reference: str


@dataclass(frozen=True)
class RefundView:
    """Money paid back to the company (a refund owed after a credit note, marked done)."""

    refunded_on: date
    amount_cents: int
    reference: str


@dataclass(frozen=True)
class LifecycleView:
    """One status the approved platform reported for the document (CDAR message)."""

    code: LifecycleStatus | str  # str: a code this version does not know
    at: datetime
    reason: str
    file_name: str


@dataclass(frozen=True)
class InvoiceView:
    id: int
    number: str
    kind: InvoiceKind
    issue_date: date
    due_date: date
    net_cents: int
    vat_cents: int
    gross_cents: int
    credits: int
    status: InvoiceStatus  # never DUE_SOON: only the window derives that
    paid_cents: int
    credited_cents: int
    left_cents: int
    corrects_number: str | None
    description: str
    sent_at: datetime | None
    payments: tuple[PaymentView, ...] = ()
    # What Deepetch owes back once credit notes cover money received, until marked refunded
    # (on a credit note: its invoice's).
    refund_owed_cents: int = 0
    refunds: tuple[RefundView, ...] = ()
    # The approved platform's channel: the latest status reported, and every one in order.
    lifecycle_status: LifecycleStatus | str | None = None
    lifecycle: tuple[LifecycleView, ...] = ()


@dataclass(frozen=True)
class AuditEntryView:
    id: int
    at: datetime
    actor: str
    action: AuditAction | str  # str: a code this version does not know (a newer one's)
    details: dict[str, object]
    person: str | None = None  # the e-mail of the person logged in
    db_role: str | None = None  # the PostgreSQL role that wrote the row (None on SQLite)
    before: dict[str, object] | None = None  # the values changed, as they were
    after: dict[str, object] | None = None  # and as they became


@dataclass(frozen=True)
class BrokenRow:
    """The first row where a hash chain (journal, ledger, invoices) stops proving: its id
    (None when the rows were removed), its position in the chain, what is wrong (a code)."""

    chain: str
    row: int | None
    position: int | None
    problem: str


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    balance: int
    ledger_sum: int
    problems: tuple[str, ...]
    broken: tuple[BrokenRow, ...] = ()  # the first broken row of each chain that breaks


@dataclass(frozen=True)
class ChainHead:
    count: int  # rows in the chain
    head: str  # the link of its last row (hex SHA-256; 64 zeros when empty)


@dataclass(frozen=True)
class Witness:
    """The chains' heads and counts: written down elsewhere (the month-end e-mail), they let
    `audit verify --witness` prove that today's chains still begin with that past state."""

    journal: ChainHead
    ledger: ChainHead
    invoices: ChainHead


@dataclass(frozen=True)
class WitnessChain:
    chain: str
    count: int | None  # None: a single link was given, `count` is where it was found
    head: str
    prefix: bool
    problem: str | None


@dataclass(frozen=True)
class WitnessCheck:
    prefix: bool  # every chain of the witness is a prefix of today's
    chains: tuple[WitnessChain, ...]


@dataclass(frozen=True)
class PlatformChannel:
    """The approved platform (Plateforme Agréée) file channel: where issued documents are
    deposited, where its lifecycle status messages arrive; `xml_only`: the CII XML alone is
    deposited instead of the Factur-X PDF. `since`: documents issued from then on go there."""

    outgoing: str
    incoming: str
    xml_only: bool
    since: datetime


@dataclass(frozen=True)
class PlatformSync:
    """What one exchange with the platform's folders did."""

    deposited: tuple[str, ...] = ()  # numbers written into the outgoing folder now
    statuses: int = 0  # lifecycle statuses recorded now
    set_aside: tuple[str, ...] = ()  # incoming files that are not statuses of our documents
    failed: tuple[str, ...] = ()  # numbers not deposited this time (tried again later)
    configured: bool = False
    cashed: tuple[str, ...] = ()  # « Encaissée » (212) reports deposited now, by file name
