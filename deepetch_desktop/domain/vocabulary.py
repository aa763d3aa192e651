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
    PERSON_LOGIN = "person.login"
    PERSON_LOGIN_FAILED = "person.login_failed"
    PERSON_LOCKED = "person.locked"
    PERSON_UNLOCKED = "person.unlocked"
    PERSON_ADDED = "person.added"
    PERSON_PASSWORD_RESET = "person.password_reset"
    PERSON_PASSWORD_CHANGED = "person.password_changed"


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
        | NotificationKind | AuditAction | Privilege)

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
                                 LedgerKind, NotificationKind, AuditAction, Privilege)
