"""The product's words for the codes the services return, translated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def limit_kind(code: str) -> str:
    return {
        "none": _t("Aucune limite"),
        "monthly": _t("Limite mensuelle"),
        "fixed": _t("Limite fixe"),
    }.get(code, code)


def sub_account_status(code: str) -> str:
    return {"active": _t("Actif"), "suspended": _t("Suspendu"), "closed": _t("Clôturé")}.get(
        code, code
    )


DUE_SOON_DAYS = 7


def invoice_status_code(status: str, due_date: date, today: date) -> str:
    """The services' status, plus 'due_soon' for an open invoice due within a week."""
    if status in ("issued", "sent", "partly_paid") and (due_date - today).days <= DUE_SOON_DAYS:
        return "due_soon"
    return status


def invoice_status(code: str) -> str:
    return {
        "issued": _t("Émise"),
        "sent": _t("Envoyée"),
        "partly_paid": _t("Partiellement payée"),
        "paid": _t("Payée"),
        "overdue": _t("En retard"),
        "cancelled": _t("Annulée par avoir"),
        "due_soon": _t("Bientôt due"),
    }.get(code, code)


def invoice_kind(code: str) -> str:
    return {"invoice": _t("Facture"), "credit_note": _t("Avoir")}.get(code, code)


def ledger_kind(code: str) -> str:
    return {
        "purchase": _t("Achat"),
        "task": _t("Tâche"),
        "refund": _t("Remboursement"),
        "expiry": _t("Expiration"),
        "correction": _t("Correction"),
        "credit_note": _t("Avoir"),
    }.get(code, code)


def audit_action(code: str) -> str:
    return {
        "company.init": _t("Création du compte entreprise"),
        "company.update": _t("Coordonnées de l'entreprise modifiées"),
        "terms.approve": _t("Conditions d'entreprise approuvées"),
        "terms.approved": _t("Conditions d'entreprise approuvées"),
        "subaccount.add": _t("Sous-compte ajouté"),
        "subaccount.update": _t("Profil modifié"),
        "subaccount.suspended": _t("Sous-compte suspendu"),
        "subaccount.active": _t("Sous-compte réactivé"),
        "subaccount.closed": _t("Sous-compte clôturé"),
        "limit.set": _t("Limite modifiée"),
        "purchase": _t("Achat de crédits"),
        "credits.buy": _t("Achat de crédits"),
        "task.submit": _t("Tâche envoyée"),
        "task.refund": _t("Tâche remboursée"),
        "invoice.payment": _t("Paiement enregistré"),
        "invoice.credit_note": _t("Avoir émis"),
        "invoice.resend": _t("Facture renvoyée"),
    }.get(code, code)


def company_field(code: str) -> str:
    return {
        "name": _t("raison sociale"),
        "legal_form": _t("forme juridique"),
        "siren": _t("SIREN"),
        "vat_number": _t("n° de TVA"),
        "address": _t("adresse"),
        "billing_email": _t("e-mail de facturation"),
        "timezone": _t("fuseau horaire"),
    }.get(code, code)


def count(number: int, one: str, many: str) -> str:
    """'1 sous-compte', '128 sous-comptes' with the locale's grouping."""
    from . import fmt

    return (one if number == 1 else many).format(n=fmt.credits(number))
