"""What one screen shows, read in one transaction: one user action, one service call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..domain.vocabulary import Privilege
from ..store import tables as t
from ..store.engine import Database
from .account import status_of
from .catalogue import complexity_views, pack_views, service_views
from .common import company_row, require
from .ledger import ledger_entries
from .notifications import NotificationView, notification_views, unread_in
from .privileges import administers, journals_refusals, own_scope
from .purchases import batch_views
from .reminders import ReminderSettings, reminders_of
from .results import (
    Actor,
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
class FirstSteps:
    """What a new company still has to do before it works on its own: the dashboard's
    « Premiers pas » while one of them is not done."""

    terms_approved: bool
    credits_bought: bool
    sub_account_added: bool
    smtp_configured: bool

    @property
    def all_done(self) -> bool:
        return (self.terms_approved and self.credits_bought and self.sub_account_added
                and self.smtp_configured)


@dataclass(frozen=True)
class LatestNotifications:
    """The dashboard's notifications: how many are unread, and the latest ones."""

    unread: int
    latest: tuple[NotificationView, ...]


# Each screen's read checks its actor as the separate reads do (services/privileges.py).
@journals_refusals
def credits_overview(db: Database, actor: Actor, now: datetime) -> CreditsOverview:
    """A holder's (`buy_credits`) movements leave out the tasks: they are every holder's."""
    with db.read() as conn:
        require(conn, actor, Privilege.BUY_CREDITS)
        ledger = ledger_entries(conn)
        if not administers(conn, actor):
            ledger = [entry for entry in ledger if entry.task_id is None]
        return CreditsOverview(status_of(conn, now).balance, tuple(ledger),
                               tuple(batch_views(conn)))


@journals_refusals
def purchase_form(db: Database, actor: Actor) -> PurchaseForm:
    with db.read() as conn:
        require(conn, actor, Privilege.BUY_CREDITS)
        company = company_row(conn)
        return PurchaseForm(tuple(pack_views(conn)), company.terms_approved_at is not None,
                            company.billing_email or "")


@journals_refusals
def task_form(db: Database, actor: Actor, now: datetime) -> TaskForm:
    """A holder (`submit_tasks`) chooses only their own sub-account."""
    with db.read() as conn:
        require(conn, actor, Privilege.SUBMIT_TASKS)
        own = None if administers(conn, actor) else actor.sub_account_id
        return TaskForm(tuple(sub_account_views(conn, now, own)), tuple(service_views(conn)),
                        tuple(complexity_views(conn)))


@journals_refusals
def tasks_overview(db: Database, actor: Actor) -> TasksOverview:
    with db.read() as conn:
        own = own_scope(conn, actor, Privilege.SEE_OWN_USAGE)
        return TasksOverview(tuple(task_views(conn, own)),
                             {service.code: service.name for service in service_views(conn)})


@journals_refusals
def latest_notifications(db: Database, actor: Actor, limit: int,
                         lang: str = "fr") -> LatestNotifications:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        return LatestNotifications(unread_in(conn), tuple(notification_views(conn, limit, lang)))


@journals_refusals
def first_steps(db: Database, actor: Actor) -> FirstSteps:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        exists = lambda table: conn.execute(select(table.c.id).limit(1)).first() is not None  # noqa: E731
        return FirstSteps(company_row(conn).terms_approved_at is not None, exists(t.batches),
                          exists(t.sub_accounts), settings_of(conn) is not None)


@journals_refusals
def mail_settings(db: Database, actor: Actor) -> MailSettings:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        smtp, reminders = settings_of(conn), reminders_of(conn)
    return MailSettings(smtp_view_of(smtp), reminders)  # the keyring asked after the read
