"""The columns of each table: sub-accounts, tasks, invoices, ledger, batches, journal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from deepetch_desktop.domain.limits import period_ended
from deepetch_desktop.services.results import (
    AuditEntryView,
    BatchView,
    InvoiceView,
    LedgerEntryView,
    SubAccountView,
    TaskView,
)

from .. import fmt, labels
from ..worker import Runner
from .base import Column, RowsModel
from .journal_text import details_text
from .paged import Fetch, PagedRowsModel, Query


def _t(text: str) -> str:
    return QCoreApplication.translate("tables", text)


def _none_last(value: int | None) -> tuple[int, int]:
    return (1, 0) if value is None else (0, value)


def _sub_account_columns(today: Callable[[], date]) -> list[Column[SubAccountView]]:
    """Name, e-mail, department, limit kind (with a fixed limit's period), limit, used
    (progress), remaining (« expirée » once a fixed period is over: nothing is left to use),
    status; the keys only serve a list held in memory (the paged model sorts in the
    database). `today`: the company's day, asked each time a row is shown."""
    def remaining(s: SubAccountView) -> str:
        if period_ended(s.limit_kind, s.limit_to, today()):
            return _t("expirée")
        return fmt.credits(s.remaining)

    return [
        Column[SubAccountView](_t("Nom"), lambda s: s.name, key=lambda s: s.name.casefold()),
        Column(_t("E-mail"), lambda s: s.email),
        Column(_t("Département / centre de coût"), lambda s: s.department),
        Column(_t("Type de limite"), lambda s: labels.limit_with_period(
            s.limit_kind, s.limit_from, s.limit_to), searchable=False),
        Column(_t("Limite"), lambda s: fmt.credits(s.limit_amount), numeric=True,
               key=lambda s: _none_last(s.limit_amount), searchable=False),
        Column(_t("Utilisés"), lambda s: fmt.credits(s.used), numeric=True,
               key=lambda s: s.used, searchable=False,
               progress=lambda s: (s.used, s.limit_amount)),
        Column(_t("Restants"), remaining, numeric=True,
               key=lambda s: _none_last(s.remaining), searchable=False),
        Column(_t("Statut"), lambda s: labels.sub_account_status(s.status),
               status=lambda s: s.status),
    ]


# The key `services.page_sub_accounts` sorts on for each column above.
SUB_ACCOUNT_SORT_KEYS = ("name", "email", "department", "limit_kind", "limit_amount", "used",
                         "remaining", "status")


def sub_accounts_model(fetch: Fetch[SubAccountView], runner: Runner,
                       parent: QObject | None = None, *,
                       today: Callable[[], date]) -> PagedRowsModel[SubAccountView]:
    """The sub-accounts as the database filters, sorts and pages them: 100 000 open at once."""
    return PagedRowsModel(_sub_account_columns(today), SUB_ACCOUNT_SORT_KEYS, fetch, runner,
                          Query(sort="name"), parent)


def tasks_model(services: dict[str, str],
                parent: QObject | None = None) -> RowsModel[TaskView]:
    """`services` maps a service code to its name."""
    return RowsModel[TaskView](
        [
            Column(_t("N°"), lambda t: str(t.id), key=lambda t: t.id, numeric=True),
            Column(_t("Date"), lambda t: fmt.instant(t.submitted_at), key=lambda t: t.submitted_at,
                   searchable=False),
            Column(_t("Sous-compte"), lambda t: t.sub_account_name),
            Column(_t("Titre"), lambda t: t.title),
            Column(_t("Service"), lambda t: labels.catalogue(
                t.service_code, services.get(t.service_code, t.service_code))),
            Column(_t("Complexité"), lambda t: t.complexity_code.capitalize()),
            Column(_t("Unités"), lambda t: fmt.credits(t.units), key=lambda t: t.units,
                   numeric=True, searchable=False),
            Column(_t("Coût"), lambda t: fmt.credits(t.cost), key=lambda t: t.cost,
                   numeric=True, searchable=False),
            Column(_t("État"), lambda t: _t("Remboursée") if t.refunded_at else _t("Débitée"),
                   status=lambda t: "refunded" if t.refunded_at else "done"),
        ],
        parent,
    )


def invoices_model(today: date, parent: QObject | None = None) -> RowsModel[InvoiceView]:
    def code(i: InvoiceView) -> str:
        return labels.invoice_status_code(i.status, i.due_date, today)

    return RowsModel[InvoiceView](
        [
            Column(_t("Numéro"), lambda i: i.number),
            Column(_t("Type"), lambda i: labels.invoice_kind(i.kind)),
            Column(_t("Date"), lambda i: fmt.day(i.issue_date), key=lambda i: i.issue_date,
                   searchable=False),
            Column(_t("Échéance"), lambda i: fmt.day(i.due_date), key=lambda i: i.due_date,
                   searchable=False),
            Column(_t("Libellé"), lambda i: i.description),
            Column(_t("Total TTC"), lambda i: fmt.money(i.gross_cents),
                   key=lambda i: i.gross_cents, numeric=True),
            Column(_t("Reste à payer"), lambda i: fmt.money(i.left_cents),
                   key=lambda i: i.left_cents, numeric=True, searchable=False),
            Column(_t("Statut"), lambda i: labels.invoice_status(code(i)), status=code),
            # Issue 14: what Deepetch owes back after a credit note on money received, and the
            # approved platform's latest status (its history in the tooltip).
            Column(_t("À rembourser"), lambda i: fmt.money(refund_owed(i)) if refund_owed(i)
                   else "", key=refund_owed, numeric=True, searchable=False),
            Column(_t("Plateforme"), lambda i: labels.lifecycle_status(i.lifecycle_status),
                   tooltip=lifecycle_history),
        ],
        parent,
    )


def refund_owed(i: InvoiceView) -> int:
    """On the invoice itself only (a credit note's view carries its invoice's)."""
    return i.refund_owed_cents if i.kind == "invoice" else 0


def lifecycle_history(i: InvoiceView) -> str:
    return "\n".join(f"{fmt.instant(x.at)} · {labels.lifecycle_status(str(x.code))}"
                     + (f" ({x.reason})" if x.reason else "") for x in i.lifecycle)


def ledger_model(parent: QObject | None = None) -> RowsModel[LedgerEntryView]:
    return RowsModel[LedgerEntryView](
        [
            Column(_t("Date"), lambda e: fmt.instant(e.at), key=lambda e: e.at,
                   searchable=False),
            Column(_t("Opération"), lambda e: labels.ledger_kind(e.kind)),
            Column(_t("Sous-compte"), lambda e: e.sub_account or ""),
            Column(_t("Libellé"), lambda e: labels.ledger_note(e.kind, e.note)),
            Column(_t("Crédits"), lambda e: ("+" if e.credits > 0 else "") + fmt.credits(
                e.credits), key=lambda e: e.credits, numeric=True, searchable=False),
            Column(_t("Solde après"), lambda e: fmt.credits(e.balance_after),
                   key=lambda e: e.balance_after, numeric=True, searchable=False),
            Column(_t("Par"), lambda e: labels.actor(e.actor)),
        ],
        parent,
    )


def batches_model(parent: QObject | None = None) -> RowsModel[BatchView]:
    return RowsModel[BatchView](
        [
            Column(_t("Date"), lambda b: fmt.instant(b.bought_at), key=lambda b: b.bought_at,
                   searchable=False),
            Column(_t("Type de crédits"), lambda b: b.pack_name),
            Column(_t("Quantité"), lambda b: fmt.credits(b.quantity), key=lambda b: b.quantity,
                   numeric=True, searchable=False),
            Column(_t("Crédits"), lambda b: fmt.credits(b.credits), key=lambda b: b.credits,
                   numeric=True, searchable=False),
            Column(_t("Prix unitaire HT"), lambda b: fmt.money(b.unit_price_cents),
                   key=lambda b: b.unit_price_cents, numeric=True, searchable=False),
            Column(_t("Facture"), lambda b: b.invoice_number or "—"),
        ],
        parent,
    )


def audit_model(parent: QObject | None = None) -> RowsModel[AuditEntryView]:
    return RowsModel[AuditEntryView](
        [
            Column(_t("Date"), lambda a: fmt.instant(a.at), key=lambda a: a.at,
                   searchable=False),
            Column(_t("Par"), lambda a: labels.actor(a.actor)),
            Column(_t("Action"), lambda a: labels.audit_action(a.action)),
            Column(_t("Détails"), details_text),
        ],
        parent,
    )

