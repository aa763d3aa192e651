"""The product's words in French, the interface's source language (UI-GUIDE's word table)."""

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

FRENCH: Labels = {
    LimitKind: {
        LimitKind.NONE: "Aucune limite",
        LimitKind.MONTHLY: "Limite mensuelle",
        LimitKind.FIXED: "Limite fixe",
    },
    SubAccountStatus: {
        SubAccountStatus.ACTIVE: "Actif",
        SubAccountStatus.SUSPENDED: "Suspendu",
        SubAccountStatus.CLOSED: "Clôturé",
    },
    InvoiceKind: {
        InvoiceKind.INVOICE: "Facture",
        InvoiceKind.CREDIT_NOTE: "Avoir",
    },
    InvoiceStatus: {
        InvoiceStatus.ISSUED: "Émise",
        InvoiceStatus.SENT: "Envoyée",
        InvoiceStatus.PARTLY_PAID: "Partiellement payée",
        InvoiceStatus.PAID: "Payée",
        InvoiceStatus.OVERDUE: "En retard",
        InvoiceStatus.CANCELLED: "Annulée par avoir",
        InvoiceStatus.DUE_SOON: "Bientôt due",
    },
    LedgerKind: {
        LedgerKind.PURCHASE: "Achat",
        LedgerKind.TASK: "Tâche",
        LedgerKind.REFUND: "Remboursement",
        LedgerKind.EXPIRY: "Expiration",
        LedgerKind.CORRECTION: "Correction",
        LedgerKind.CREDIT_NOTE: "Avoir",
    },
    NotificationKind: {
        NotificationKind.MONTH_END: "Remise à zéro mensuelle",
        NotificationKind.EXPIRY_REMINDER: "Rappel d'expiration des crédits",
        NotificationKind.EXPIRED: "Crédits expirés",
        NotificationKind.LIMIT_80: "Limite bientôt atteinte",
        NotificationKind.LIMIT_100: "Limite atteinte",
        NotificationKind.INVOICE_REMINDER: "Relance de facture",
        NotificationKind.DOCUMENT_FAILED: "PDF de facture non produit",
    },
    AuditAction: {
        AuditAction.COMPANY_INIT: "Création du compte entreprise",
        AuditAction.COMPANY_UPDATE: "Coordonnées de l'entreprise modifiées",
        AuditAction.TERMS_APPROVE: "Conditions d'entreprise approuvées",
        AuditAction.SELLER_UPDATE: "Coordonnées du vendeur modifiées",
        AuditAction.SMTP_SET: "Serveur d'envoi des e-mails modifié",
        AuditAction.REMINDERS_SET: "Calendrier des rappels modifié",
        AuditAction.CATALOGUE_PACK: "Type de crédits enregistré",
        AuditAction.CATALOGUE_SERVICE: "Service enregistré",
        AuditAction.CATALOGUE_COMPLEXITY: "Complexité enregistrée",
        AuditAction.SUBACCOUNT_ADD: "Sous-compte ajouté",
        AuditAction.SUBACCOUNT_UPDATE: "Profil modifié",
        AuditAction.SUBACCOUNT_ACTIVE: "Sous-compte réactivé",
        AuditAction.SUBACCOUNT_SUSPENDED: "Sous-compte suspendu",
        AuditAction.SUBACCOUNT_CLOSED: "Sous-compte clôturé",
        AuditAction.LIMIT_SET: "Limite modifiée",
        AuditAction.CREDITS_BUY: "Achat de crédits",
        AuditAction.BASKET_CORRECT: "Correction du panier de crédits",
        AuditAction.TASK_REFUND: "Tâche remboursée",
        AuditAction.INVOICE_PAYMENT: "Paiement enregistré",
        AuditAction.INVOICE_CREDIT_NOTE: "Avoir émis",
        AuditAction.INVOICE_RESEND: "Facture renvoyée",
        AuditAction.ACCESS_REFUSED: "Accès refusé",
        AuditAction.INVOICE_ARCHIVE: "Facture archivée",
    },
    Privilege: {
        Privilege.SUBMIT_TASKS: "Envoyer des tâches",
        Privilege.SEE_OWN_USAGE: "Voir sa consommation",
        Privilege.SEE_INVOICES: "Voir les factures de l'entreprise",
        Privilege.BUY_CREDITS: "Acheter des crédits",
        Privilege.ADMINISTER: "Administrer les sous-comptes",
    },
}
