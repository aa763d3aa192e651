"""What changed: the topics the change signal names, and what a catch-up changed.

A page declares the topics it shows (`Page.shows`); the window marks stale only the pages
that show something that changed, so a change of limit reloads Paramètres, the dashboard and
the Journal when they are next shown, never Factures.
"""

from __future__ import annotations

from enum import StrEnum

from deepetch_desktop.services import CatchUpReport


class Topic(StrEnum):
    """One kind of data a page shows."""

    BASKET = "basket"  # balance, movements, batches bought, expiry
    SUB_ACCOUNTS = "sub_accounts"  # profiles, privileges, statuses, limits
    TASKS = "tasks"  # tasks sent and refunded, and so each sub-account's use
    INVOICES = "invoices"  # invoices, credit notes, payments, what was sent
    NOTIFICATIONS = "notifications"
    SETTINGS = "settings"  # the company, the enterprise terms, SMTP, reminders
    JOURNAL = "journal"  # the administrative changes


Topics = frozenset[Topic]
EVERYTHING: Topics = frozenset(Topic)


def topics(*named: Topic) -> Topics:
    return frozenset(named)


def caught_up(report: CatchUpReport) -> Topics:
    """What a catch-up changed that the pages show (nothing: the empty set)."""
    changed: set[Topic] = set()
    if report.month_ends:  # recorded and notified; the counts start again by themselves
        changed |= {Topic.NOTIFICATIONS, Topic.SUB_ACCOUNTS}
    if report.expiry_reminder_days is not None or report.limit_alerts:
        changed.add(Topic.NOTIFICATIONS)
    if report.expired_credits:
        changed |= {Topic.BASKET, Topic.NOTIFICATIONS}
    if report.invoice_reminders:
        changed |= {Topic.INVOICES, Topic.NOTIFICATIONS}
    if report.outbox is not None and report.outbox.sent:
        changed.add(Topic.INVOICES)  # an invoice sent is shown as « Envoyée »
    return frozenset(changed)
