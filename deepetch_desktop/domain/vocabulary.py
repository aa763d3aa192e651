"""The product's words as enums: each value is the code the database and the CLI's JSON hold."""

from __future__ import annotations

import enum
from typing import TypeVar


class LimitKind(enum.StrEnum):
    """What a sub-account's limit counts: nothing, each calendar month, or once for good."""

    NONE = "none"
    MONTHLY = "monthly"
    FIXED = "fixed"


class SubAccountStatus(enum.StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class InvoiceKind(enum.StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(enum.StrEnum):
    """Derived from payments, credit notes and dates, never stored."""

    ISSUED = "issued"
    SENT = "sent"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"
    # Shown by the window for an open invoice due within a few days; the services never
    # return it, so the CLI's JSON never holds it.
    DUE_SOON = "due_soon"


class LedgerKind(enum.StrEnum):
    """What moved credits in or out of the basket (one ledger entry)."""

    PURCHASE = "purchase"
    TASK = "task"
    REFUND = "refund"
    EXPIRY = "expiry"
    CORRECTION = "correction"
    CREDIT_NOTE = "credit_note"


class NotificationKind(enum.StrEnum):
    MONTH_END = "month_end"
    EXPIRY_REMINDER = "expiry_reminder"
    EXPIRED = "expired"
    LIMIT_80 = "limit_80"
    LIMIT_100 = "limit_100"
    INVOICE_REMINDER = "invoice_reminder"
    DOCUMENT_FAILED = "document_failed"


class AuditAction(enum.StrEnum):
    """Every action the services write to the journal, and only those."""

    COMPANY_INIT = "company.init"
    COMPANY_UPDATE = "company.update"
    TERMS_APPROVE = "terms.approve"
    SELLER_UPDATE = "seller.update"
    SMTP_SET = "smtp.set"
    REMINDERS_SET = "reminders.set"
    CATALOGUE_PACK = "catalogue.pack"
    CATALOGUE_SERVICE = "catalogue.service"
    CATALOGUE_COMPLEXITY = "catalogue.complexity"
    SUBACCOUNT_ADD = "subaccount.add"
    SUBACCOUNT_UPDATE = "subaccount.update"
    SUBACCOUNT_ACTIVE = "subaccount.active"
    SUBACCOUNT_SUSPENDED = "subaccount.suspended"
    SUBACCOUNT_CLOSED = "subaccount.closed"
    LIMIT_SET = "limit.set"
    CREDITS_BUY = "credits.buy"
    BASKET_CORRECT = "basket.correct"
    TASK_REFUND = "task.refund"
    INVOICE_PAYMENT = "invoice.payment"
    INVOICE_CREDIT_NOTE = "invoice.credit_note"
    INVOICE_RESEND = "invoice.resend"
    ACCESS_REFUSED = "access.refused"
    INVOICE_ARCHIVE = "invoice.archive"
    INVOICE_REFUND = "invoice.refund"
    PA_CHANNEL_SET = "pa.channel_set"
    PERSON_LOGIN = "person.login"
    PERSON_LOGIN_FAILED = "person.login_failed"
    PERSON_LOCKED = "person.locked"
    PERSON_UNLOCKED = "person.unlocked"
    PERSON_ADDED = "person.added"
    PERSON_PASSWORD_RESET = "person.password_reset"
    PERSON_PASSWORD_CHANGED = "person.password_changed"


class LifecycleStatus(enum.StrEnum):
    """An e-invoice's lifecycle status as the approved platform (PA) reports it: the codes of
    the French e-invoicing external specifications (flux 6 « cycle de vie », CDAR message,
    ProcessConditionCode; norme XP Z12-012). 200, 210, 212 and 213 are the statuses every
    platform must exchange (Déposée, Refusée, Encaissée, Rejetée), the others optional."""

    DEPOSITED = "200"  # Déposée: the seller's platform accepted the file
    ISSUED_BY_PLATFORM = "201"
    RECEIVED_BY_PLATFORM = "202"  # by the buyer's platform
    MADE_AVAILABLE = "203"
    TAKEN_OVER = "204"  # prise en charge by the buyer
    APPROVED = "205"
    PARTLY_APPROVED = "206"
    DISPUTED = "207"
    SUSPENDED = "208"
    COMPLETED = "209"
    REFUSED = "210"  # by the buyer: a business refusal, the invoice must be corrected
    PAYMENT_SENT = "211"
    CASHED = "212"  # Encaissée
    REJECTED = "213"  # by a platform: a technical or semantic rejection, not received
    REVIEWED = "214"
    CANCELLED = "220"
    ROUTING_ERROR = "221"


class Privilege(enum.StrEnum):
    """What a sub-account holder may do; the administrator may do everything."""

    SUBMIT_TASKS = "submit_tasks"
    SEE_OWN_USAGE = "see_own_usage"
    SEE_INVOICES = "see_invoices"
    BUY_CREDITS = "buy_credits"
    ADMINISTER = "administer"


# The journal's action for a sub-account moved into each status.
STATUS_ACTIONS: dict[SubAccountStatus, AuditAction] = {
    SubAccountStatus.ACTIVE: AuditAction.SUBACCOUNT_ACTIVE,
    SubAccountStatus.SUSPENDED: AuditAction.SUBACCOUNT_SUSPENDED,
    SubAccountStatus.CLOSED: AuditAction.SUBACCOUNT_CLOSED,
}

Word = (LimitKind | SubAccountStatus | InvoiceKind | InvoiceStatus | LedgerKind
        | NotificationKind | AuditAction | Privilege | LifecycleStatus)

W = TypeVar("W", bound=enum.StrEnum)


def known(kind: type[W], code: str) -> W | str:
    """The member for a code read back from the database, or the code itself when this
    version does not know it (a newer version's, on a shared database): one unknown row
    must not hide a whole journal."""
    try:
        return kind(code)
    except ValueError:
        return code


# Every enum of the vocabulary: each member has a label per language and a CLI word.
WORDS: tuple[type[Word], ...] = (LimitKind, SubAccountStatus, InvoiceKind, InvoiceStatus,
                                 LedgerKind, NotificationKind, AuditAction, Privilege,
                                 LifecycleStatus)
