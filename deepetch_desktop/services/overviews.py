"""What one screen shows, read in one transaction: one user action, one service call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..store.engine import Database
from .account import status_of
from .catalogue import complexity_views, pack_views, service_views
from .common import company_row
from .ledger import ledger_entries
from .notifications import NotificationView, notification_views, unread_in
from .purchases import batch_views
from .reminders import ReminderSettings, reminders_of
from .results import (
    BatchView,
    ComplexityView,
    LedgerEntryView,
    PackView,
    ServiceView,
    SubAccountView,
    TaskView,
)
from .smtp_settings import SmtpView, settings_of, smtp_view_of
from .subaccounts import sub_account_views
from .tasks import task_views


@dataclass(frozen=True)
class CreditsOverview:
    """The Crédits page: the basket's balance, its movements and the batches bought."""

    balance: int
    ledger: tuple[LedgerEntryView, ...]
    batches: tuple[BatchView, ...]


@dataclass(frozen=True)
class PurchaseForm:
    """« Acheter des crédits » as it opens: the packs, whether the terms allow buying on
    invoice, and where the invoice goes."""

    packs: tuple[PackView, ...]
    terms_approved: bool
    billing_email: str


@dataclass(frozen=True)
class TaskForm:
    """« Nouvelle tâche » as it opens: who may be chosen, the services and complexities."""

    sub_accounts: tuple[SubAccountView, ...]
    services: tuple[ServiceView, ...]
    complexities: tuple[ComplexityView, ...]


@dataclass(frozen=True)
class TasksOverview:
    """The Tâches page: every task, and the services' names its table shows."""

    tasks: tuple[TaskView, ...]
    service_names: dict[str, str]


@dataclass(frozen=True)
class MailSettings:
    """Paramètres › E-mail et rappels: the SMTP server and the reminders."""

    smtp: SmtpView
    reminders: ReminderSettings


@dataclass(frozen=True)
class LatestNotifications:
    """The dashboard's notifications: how many are unread, and the latest ones."""

    unread: int
    latest: tuple[NotificationView, ...]


def credits_overview(db: Database, now: datetime) -> CreditsOverview:
    with db.read() as conn:
        return CreditsOverview(status_of(conn, now).balance, tuple(ledger_entries(conn)),
                               tuple(batch_views(conn)))


def purchase_form(db: Database) -> PurchaseForm:
    with db.read() as conn:
        company = company_row(conn)
        return PurchaseForm(tuple(pack_views(conn)), company.terms_approved_at is not None,
                            company.billing_email or "")


def task_form(db: Database, now: datetime) -> TaskForm:
    with db.read() as conn:
        return TaskForm(tuple(sub_account_views(conn, now)), tuple(service_views(conn)),
                        tuple(complexity_views(conn)))


def tasks_overview(db: Database) -> TasksOverview:
    with db.read() as conn:
        return TasksOverview(tuple(task_views(conn)),
                             {service.code: service.name for service in service_views(conn)})


def latest_notifications(db: Database, limit: int, lang: str = "fr") -> LatestNotifications:
    with db.read() as conn:
        return LatestNotifications(unread_in(conn), tuple(notification_views(conn, limit, lang)))


def mail_settings(db: Database) -> MailSettings:
    with db.read() as conn:
        smtp, reminders = settings_of(conn), reminders_of(conn)
    return MailSettings(smtp_view_of(smtp), reminders)  # the keyring asked after the read
