"""The product's words in English, the interface's translation (UI-GUIDE's word table)."""

from __future__ import annotations

from ..domain.vocabulary import (
    AuditAction,
    InvoiceKind,
    InvoiceStatus,
    LedgerKind,
    LimitKind,
    NotificationKind,
    Privilege,
    SubAccountStatus,
)
from .table import Labels

ENGLISH: Labels = {
    LimitKind: {
        LimitKind.NONE: "No limit",
        LimitKind.MONTHLY: "Monthly limit",
        LimitKind.FIXED: "Fixed limit",
    },
    SubAccountStatus: {
        SubAccountStatus.ACTIVE: "Active",
        SubAccountStatus.SUSPENDED: "Suspended",
        SubAccountStatus.CLOSED: "Closed",
    },
    InvoiceKind: {
        InvoiceKind.INVOICE: "Invoice",
        InvoiceKind.CREDIT_NOTE: "Credit note",
    },
    InvoiceStatus: {
        InvoiceStatus.ISSUED: "Issued",
        InvoiceStatus.SENT: "Sent",
        InvoiceStatus.PARTLY_PAID: "Partly paid",
        InvoiceStatus.PAID: "Paid",
        InvoiceStatus.OVERDUE: "Overdue",
        InvoiceStatus.CANCELLED: "Cancelled by credit note",
        InvoiceStatus.DUE_SOON: "Due soon",
    },
    LedgerKind: {
        LedgerKind.PURCHASE: "Purchase",
        LedgerKind.TASK: "Task",
        LedgerKind.REFUND: "Refund",
        LedgerKind.EXPIRY: "Expiry",
        LedgerKind.CORRECTION: "Correction",
        LedgerKind.CREDIT_NOTE: "Credit note",
    },
    NotificationKind: {
        NotificationKind.MONTH_END: "Monthly reset",
        NotificationKind.EXPIRY_REMINDER: "Credit expiry reminder",
        NotificationKind.EXPIRED: "Credits expired",
        NotificationKind.LIMIT_80: "Limit nearly reached",
        NotificationKind.LIMIT_100: "Limit reached",
        NotificationKind.INVOICE_REMINDER: "Invoice reminder",
        NotificationKind.DOCUMENT_FAILED: "Invoice PDF not produced",
    },
    AuditAction: {
        AuditAction.COMPANY_INIT: "Company account created",
        AuditAction.COMPANY_UPDATE: "Company details changed",
        AuditAction.TERMS_APPROVE: "Enterprise terms approved",
        AuditAction.SELLER_UPDATE: "Seller details changed",
        AuditAction.SMTP_SET: "Outgoing e-mail server changed",
        AuditAction.REMINDERS_SET: "Reminder schedule changed",
        AuditAction.CATALOGUE_PACK: "Credit type saved",
        AuditAction.CATALOGUE_SERVICE: "Service saved",
        AuditAction.CATALOGUE_COMPLEXITY: "Complexity saved",
        AuditAction.SUBACCOUNT_ADD: "Sub-account added",
        AuditAction.SUBACCOUNT_UPDATE: "Profile changed",
        AuditAction.SUBACCOUNT_ACTIVE: "Sub-account reactivated",
        AuditAction.SUBACCOUNT_SUSPENDED: "Sub-account suspended",
        AuditAction.SUBACCOUNT_CLOSED: "Sub-account closed",
        AuditAction.LIMIT_SET: "Limit changed",
        AuditAction.CREDITS_BUY: "Credit purchase",
        AuditAction.BASKET_CORRECT: "Credit basket corrected",
        AuditAction.TASK_REFUND: "Task refunded",
        AuditAction.INVOICE_PAYMENT: "Payment recorded",
        AuditAction.INVOICE_CREDIT_NOTE: "Credit note issued",
        AuditAction.INVOICE_RESEND: "Invoice sent again",
        AuditAction.ACCESS_REFUSED: "Access refused",
        AuditAction.INVOICE_ARCHIVE: "Invoice archived",
    },
    Privilege: {
        Privilege.SUBMIT_TASKS: "Submit tasks",
        Privilege.SEE_OWN_USAGE: "See own usage",
        Privilege.SEE_INVOICES: "See the company's invoices",
        Privilege.BUY_CREDITS: "Buy credits",
        Privilege.ADMINISTER: "Administer sub-accounts",
    },
}
