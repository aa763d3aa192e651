"""The product's words for the window: lookups into the one table per language (texts/)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from .. import texts
from ..domain.expiry import EXPIRY_NOTE
from ..domain.vocabulary import (
    AuditAction,
    InvoiceKind,
    InvoiceStatus,
    LedgerKind,
    LifecycleStatus,
    LimitKind,
    Privilege,
    SubAccountStatus,
    Word,
)
from ..services.catch_up import SYSTEM
from ..services.results import ADMINISTRATOR, SCHEDULER
from ..texts.catalogue_names import catalogue_name


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def language() -> texts.Lang:
    """The window's language: i18n.install sets the default locale with the catalogue."""
    return "en" if QLocale().language() == QLocale.Language.English else "fr"


def catalogue(code: str, name: str) -> str:
    """A catalogue entry's name (or unit) in the window's language: the shipped names are
    translated, the names the administrator typed are shown as typed."""
    return catalogue_name(code, name, language())


def word(member: Word) -> str:
    """Any member of the vocabulary in the window's language."""
    return texts.label(member, language())


# Each takes a code as the services return it (a member, which is its code) or as read back
# from a journal entry's details (plain text); a code this version does not know is shown as
# it is.
def limit_kind(code: str) -> str:
    return texts.label_of(LimitKind, code, language())


def sub_account_status(code: str) -> str:
    return texts.label_of(SubAccountStatus, code, language())


def invoice_kind(code: str) -> str:
    return texts.label_of(InvoiceKind, code, language())


def invoice_status(code: str) -> str:
    return texts.label_of(InvoiceStatus, code, language())


def lifecycle_status(code: str | None) -> str:
    """The approved platform's status of an invoice (« Déposée »...), "" before any."""
    return "" if code is None else texts.label_of(LifecycleStatus, code, language())


def ledger_kind(code: str) -> str:
    return texts.label_of(LedgerKind, code, language())


def privilege(code: str) -> str:
    return texts.label_of(Privilege, code, language())


def audit_action(code: str) -> str:
    """The Journal's Action column: every AuditAction has a label in both languages."""
    return texts.label_of(AuditAction, code, language())


def limit_period(valid_from: date | None, valid_to: date | None) -> str:
    """A fixed limit's validity period: « du 01/11/2026 au 30/11/2026 », « à partir du … »,
    « jusqu'au … », or nothing when it has none."""
    from . import fmt

    if valid_from and valid_to:
        return _t("du {start} au {end}").format(start=fmt.day(valid_from), end=fmt.day(valid_to))
    if valid_from:
        return _t("à partir du {start}").format(start=fmt.day(valid_from))
    if valid_to:
        return _t("jusqu'au {end}").format(end=fmt.day(valid_to))
    return ""


def limit_with_period(kind: str, valid_from: date | None, valid_to: date | None) -> str:
    """The kind of limit and, for a fixed one, its period: « Limite fixe, du … au … »."""
    period = limit_period(valid_from, valid_to) if kind == LimitKind.FIXED else ""
    return _t("{kind}, {period}").format(kind=limit_kind(kind), period=period) if period \
        else limit_kind(kind)


DUE_SOON_DAYS = 7
OPEN = (InvoiceStatus.ISSUED, InvoiceStatus.SENT, InvoiceStatus.PARTLY_PAID)


def invoice_status_code(status: InvoiceStatus, due_date: date, today: date) -> InvoiceStatus:
    """The services' status, or DUE_SOON for an open invoice due within a week."""
    if status in OPEN and (due_date - today).days <= DUE_SOON_DAYS:
        return InvoiceStatus.DUE_SOON
    return status


def actor(name: str) -> str:
    """Who acted, as the journal and the ledger record it: a person's name as it is; the
    names of the administrator without a login, the scheduler and the system (recorded in
    French) in the window's language."""
    return {ADMINISTRATOR.name: _t("administrateur"), SCHEDULER.name: _t("planificateur"),
            SYSTEM: _t("système")}.get(name, name)


def ledger_note(kind: str, note: str) -> str:
    """A ledger entry's note; the expiry's, recorded in French, in the window's language."""
    if kind == LedgerKind.EXPIRY and note == EXPIRY_NOTE:
        return _t("Douze mois sans utilisation")
    return note


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


def count(number: int, one: str, many: str, **values: object) -> str:
    """'1 sous-compte', '128 sous-comptes' with the locale's grouping: `one` for 0 and 1 in
    French ("0 facture"), for 1 only in English ("0 invoices"); `values` fill the sentence's
    other places."""
    from . import fmt

    singular = number in (0, 1) if language() == "fr" else number == 1
    return (one if singular else many).format(n=fmt.credits(number), **values)
