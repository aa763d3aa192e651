"""The use cases: one public function = one transaction = one thing a user does.

Each is imported on first use (issue 12): `services.buy` imports services/purchases.py the
first time it is asked for, so that a command imports only the modules it runs (`deepetch
--json status` loads neither ReportLab nor the mail nor the keyring). `_WHERE` says which module
each public name lives in; the TYPE_CHECKING block says the same to mypy, and a unit test keeps
the two equal (tests/unit/test_lazy_services.py)."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING

from ..domain.errors import (  # the refusals of logging in, for the front ends
    AccountLocked,
    BadCredentials,
    LoginNotRemembered,
    NotAuthenticated,
    PasswordChangeRequired,
)

if TYPE_CHECKING:
    from ..store.engine import Database
    from .account import approve_terms, company, identity_problems, init_company, status
    from .billing import issue_credit_note, record_payment, record_refund, resend_invoice
    from .catalogue import list_complexities, list_packs, list_services
    from .catalogue_admin import (
        CatalogueEdit,
        catalogue_for_editing,
        parse_factor,
        set_complexity,
        set_pack,
        set_service,
    )
    from .catch_up import CatchUpReport, catch_up
    from .company_details import CompanyUpdate, company_problems, update_company
    from .corrections import CorrectionResult, correct_basket
    from .demo import create_demo
    from .document_failures import DocumentFailure, document_failures
    from .identities import (
        LegalRateView,
        SellerUpdate,
        add_legal_rate,
        legal_rates,
        seller_view,
        seller_warnings,
        update_seller,
    )
    from .invoice_documents import (
        ArchiveReport,
        archive_pending,
        document_state,
        invoice_pdf,
        invoice_xml,
        verify_archive,
    )
    from .invoice_mail import invoice_email_state
    from .invoices import get_invoice, list_invoices
    from .ledger import list_audit, list_ledger, verify
    from .limits import LimitSaved, save_limit, set_limit
    from .live import ChangeListener, DataVersion, data_version, listen_for_changes
    from .mail_queue import QueuedEmail, TestEmail, send_test_email, waiting_emails
    from .maintenance import BackupResult, DailyBackup, RestoreResult, backup, restore
    from .messages import describe
    from .migrate_to import MigrationResult, migrate_to
    from .notifications import (
        NotificationView,
        list_notifications,
        mark_notifications_read,
        unread_count,
    )
    from .outbox import OutboxReport, deliver_outbox, send_outbox_now
    from .overviews import (
        CreditsOverview,
        FirstSteps,
        LatestNotifications,
        MailSettings,
        PurchaseForm,
        TaskForm,
        TasksOverview,
        credits_overview,
        first_steps,
        latest_notifications,
        mail_settings,
        purchase_form,
        task_form,
        tasks_overview,
    )
    from .people import (
        DemoLogin,
        Login,
        PersonView,
        add_administrator,
        authenticate,
        can_remember_login,
        change_password,
        check_password,
        create_demo_logins,
        create_first_administrator,
        forget_login,
        give_one_time_password,
        has_administrator,
        has_people,
        list_people,
        lock_person,
        log_in,
        remember_login,
        remembered_login,
        reset_password,
        unlock_person,
    )
    from .platform import platform_channel, set_platform_channel, sync_platform
    from .proof import check_witness, witness, witness_line
    from .purchases import buy, list_batches, quote_purchase
    from .reminders import ReminderSettings, reminder_settings, set_reminders
    from .report_charts import ReportCharts, report_charts
    from .reports import GROUPINGS, TWO_LEVELS, UsageLine, UsageReport, runway_days, usage_report
    from .results import ADMINISTRATOR, SCHEDULER, Actor, Privileges
    from .roles import RolesSetup, acts_as_admin, require_postgresql, setup_roles
    from .runway import Advice, RunwayReport, runway
    from .smtp_settings import SmtpView, set_smtp, smtp_view
    from .statements import StatementsResult, month_period, write_statements
    from .subaccounts import (
        SubAccountPage,
        add_sub_account,
        close_sub_account,
        get_sub_account,
        list_sub_accounts,
        near_limit_sub_accounts,
        page_sub_accounts,
        profile_problems,
        reactivate_sub_account,
        suspend_sub_account,
        update_sub_account,
    )
    from .tasks import estimate_task, list_tasks, refund_task, submit_task
    from .valuation import PrepaidBatch, PrepaidReport, prepaid
    from .whoami import own_privileges

_WHERE: dict[str, str] = {name: module for module, names in (
    ("..store.engine", ("Database",)),
    (".account", ("approve_terms", "company", "identity_problems", "init_company", "status")),
    (".billing", ("issue_credit_note", "record_payment", "record_refund", "resend_invoice")),
    (".catalogue", ("list_complexities", "list_packs", "list_services")),
    (".catalogue_admin", (
        "CatalogueEdit", "catalogue_for_editing", "parse_factor", "set_complexity", "set_pack",
        "set_service",
    )),
    (".catch_up", ("CatchUpReport", "catch_up")),
    (".company_details", ("CompanyUpdate", "company_problems", "update_company")),
    (".corrections", ("CorrectionResult", "correct_basket")),
    (".demo", ("create_demo",)),
    (".document_failures", ("DocumentFailure", "document_failures")),
    (".identities", ("SellerUpdate", "seller_view", "update_seller", "seller_warnings",
                     "add_legal_rate", "legal_rates", "LegalRateView")),
    (".invoice_documents", (
        "ArchiveReport", "archive_pending", "document_state", "invoice_pdf", "invoice_xml",
        "verify_archive",
    )),
    (".invoice_mail", ("invoice_email_state",)),
    (".invoices", ("get_invoice", "list_invoices")),
    (".ledger", ("list_audit", "list_ledger", "verify")),
    (".limits", ("LimitSaved", "save_limit", "set_limit")),
    (".live", ("ChangeListener", "DataVersion", "data_version", "listen_for_changes")),
    (".mail_queue", ("QueuedEmail", "TestEmail", "send_test_email", "waiting_emails")),
    (".maintenance", ("BackupResult", "DailyBackup", "RestoreResult", "backup", "restore")),
    (".messages", ("describe",)),
    (".migrate_to", ("MigrationResult", "migrate_to")),
    (".notifications", (
        "NotificationView", "list_notifications", "mark_notifications_read", "unread_count",
    )),
    (".outbox", ("OutboxReport", "deliver_outbox", "send_outbox_now")),
    (".overviews", (
        "CreditsOverview", "FirstSteps", "LatestNotifications", "MailSettings", "PurchaseForm",
        "TaskForm", "TasksOverview", "credits_overview", "first_steps", "latest_notifications",
        "mail_settings", "purchase_form", "task_form", "tasks_overview",
    )),
    (".people", (
        "DemoLogin", "Login", "PersonView", "add_administrator", "authenticate",
        "can_remember_login", "change_password", "check_password", "create_demo_logins",
        "create_first_administrator", "forget_login", "give_one_time_password",
        "has_administrator", "has_people", "list_people", "lock_person", "log_in",
        "remember_login", "remembered_login", "reset_password", "unlock_person",
    )),
    (".platform", ("platform_channel", "set_platform_channel", "sync_platform")),
    (".proof", ("check_witness", "witness", "witness_line")),
    (".purchases", ("buy", "list_batches", "quote_purchase")),
    (".reminders", ("ReminderSettings", "reminder_settings", "set_reminders")),
    (".report_charts", ("ReportCharts", "report_charts")),
    (".statements", ("StatementsResult", "month_period", "write_statements")),
    (".reports", ("GROUPINGS", "TWO_LEVELS", "UsageLine", "UsageReport", "runway_days",
                  "usage_report")),
    (".valuation", ("PrepaidBatch", "PrepaidReport", "prepaid")),
    (".runway", ("Advice", "RunwayReport", "runway")),
    (".results", ("ADMINISTRATOR", "SCHEDULER", "Actor", "Privileges")),
    (".roles", ("RolesSetup", "acts_as_admin", "require_postgresql", "setup_roles")),
    (".smtp_settings", ("SmtpView", "set_smtp", "smtp_view")),
    (".subaccounts", (
        "SubAccountPage", "add_sub_account", "close_sub_account", "get_sub_account",
        "list_sub_accounts", "near_limit_sub_accounts", "page_sub_accounts", "profile_problems",
        "reactivate_sub_account", "suspend_sub_account", "update_sub_account",
    )),
    (".tasks", ("estimate_task", "list_tasks", "refund_task", "submit_task")),
    (".whoami", ("own_privileges",)),
) for name in names}

__all__ = [
    "Database",
    "CreditsOverview", "LimitSaved", "MailSettings", "PurchaseForm", "TaskForm",
    "TasksOverview", "credits_overview", "mail_settings", "purchase_form", "save_limit",
    "task_form", "tasks_overview", "send_outbox_now", "identity_problems", "profile_problems",
    "LatestNotifications", "latest_notifications", "FirstSteps", "first_steps",
    "CorrectionResult", "correct_basket",
    "CatalogueEdit", "catalogue_for_editing", "parse_factor",
    "QueuedEmail", "TestEmail", "send_test_email", "waiting_emails",
    "ArchiveReport", "DocumentFailure", "document_failures", "document_state",
    "SellerUpdate", "seller_view", "seller_warnings", "add_legal_rate", "legal_rates",
    "LegalRateView", "set_complexity", "set_pack", "set_service",
    "CompanyUpdate", "company_problems", "update_company", "update_seller",
    "invoice_email_state",
    "DailyBackup", "RestoreResult", "restore",
    "BackupResult", "GROUPINGS", "UsageReport", "backup", "runway_days", "usage_report",
    "ReportCharts", "report_charts", "StatementsResult", "month_period", "write_statements",
    "TWO_LEVELS", "UsageLine", "PrepaidBatch", "PrepaidReport", "prepaid",
    "Advice", "RunwayReport", "runway",
    "SubAccountPage", "near_limit_sub_accounts", "page_sub_accounts",
    "CatchUpReport", "NotificationView", "OutboxReport",
    "ReminderSettings", "SmtpView",
    "archive_pending", "catch_up", "deliver_outbox", "invoice_pdf", "invoice_xml",
    "issue_credit_note", "list_notifications", "mark_notifications_read", "record_payment",
    "reminder_settings", "resend_invoice", "set_reminders", "set_smtp", "smtp_view",
    "unread_count", "verify_archive",
    "ADMINISTRATOR", "SCHEDULER", "Actor", "Privileges", "add_sub_account", "approve_terms", "buy",
    "close_sub_account", "company", "create_demo", "describe", "estimate_task",
    "get_invoice", "get_sub_account", "init_company", "list_audit", "list_batches",
    "list_complexities", "list_invoices", "list_ledger", "list_packs", "list_services",
    "list_sub_accounts", "list_tasks", "quote_purchase", "reactivate_sub_account",
    "refund_task", "set_limit", "status", "submit_task", "suspend_sub_account",
    "update_sub_account", "verify",
    "check_witness", "witness", "witness_line",
    "MigrationResult", "migrate_to",
    "ChangeListener", "DataVersion", "data_version", "listen_for_changes",
    "DemoLogin", "Login", "PersonView", "add_administrator", "authenticate",
    "can_remember_login",
    "change_password", "check_password", "create_demo_logins", "create_first_administrator",
    "forget_login", "give_one_time_password", "has_administrator", "has_people",
    "list_people", "lock_person", "log_in", "remember_login", "remembered_login",
    "reset_password", "unlock_person",
    "AccountLocked", "BadCredentials", "LoginNotRemembered", "NotAuthenticated",
    "PasswordChangeRequired",
    "RolesSetup", "acts_as_admin", "require_postgresql", "setup_roles",
    "own_privileges",
    "record_refund", "platform_channel", "set_platform_channel", "sync_platform",
]


if not TYPE_CHECKING:  # mypy reads the imports above: a misspelt use case stays an error

    def __getattr__(name: str) -> object:
        """A use case, its module imported the first time it is asked for; kept after."""
        module = _WHERE.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))


class _Services(ModuleType):
    """Importing a module of this package binds it to the package under its own name: the
    module services/catch_up.py, imported by whoever imports it first, would hide the use case
    `services.catch_up`. The use case of the module's name stays bound instead."""

    def __setattr__(self, name: str, value: object) -> None:
        if (isinstance(value, ModuleType) and value.__name__ == f"{__name__}.{name}"
                and _WHERE.get(name) == f".{name}"):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Services
