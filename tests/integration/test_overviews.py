"""One user action, one service call: what a screen shows, read in one transaction, equals
what the separate reads gave; a change of limit returns the sub-account as it now is."""

from __future__ import annotations

from deepetch_desktop import services as s
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.store.engine import Database
from tests.conftest import NOW


def test_the_overviews_are_the_reads_they_replace(sqlite_company: Database) -> None:
    db = sqlite_company
    credits = s.credits_overview(db, ADMIN, NOW)
    assert credits.balance == s.status(db, ADMIN, NOW).balance
    assert list(credits.ledger) == s.list_ledger(db, ADMIN)
    assert list(credits.batches) == s.list_batches(db, ADMIN)
    form = s.purchase_form(db, ADMIN)
    company = s.company(db)
    assert company is not None
    assert (list(form.packs), form.terms_approved, form.billing_email) == (
        s.list_packs(db, ADMIN), s.status(db, ADMIN, NOW).terms_approved, company.billing_email)
    task_form = s.task_form(db, ADMIN, NOW)
    assert (list(task_form.sub_accounts), list(task_form.services),
            list(task_form.complexities)) == (s.list_sub_accounts(db, ADMIN, NOW),
                                              s.list_services(db, ADMIN),
                                              s.list_complexities(db, ADMIN))
    tasks = s.tasks_overview(db, ADMIN)
    assert list(tasks.tasks) == s.list_tasks(db, ADMIN)
    assert tasks.service_names == {x.code: x.name for x in s.list_services(db, ADMIN)}
    mail = s.mail_settings(db, ADMIN)
    assert (mail.smtp, mail.reminders) == (s.smtp_view(db, ADMIN), s.reminder_settings(db, ADMIN))
    notes = s.latest_notifications(db, ADMIN, 5)
    assert (notes.unread, list(notes.latest)) == (s.unread_count(db, ADMIN),
                                                  s.list_notifications(db, ADMIN, limit=5))


def test_save_limit_returns_the_change_and_the_row(sqlite_company: Database) -> None:
    db = sqlite_company
    sub = s.add_sub_account(db, s.ADMINISTRATOR, name="Camille", email="camille@exemple.fr",
                            now=NOW)
    saved = s.save_limit(db, s.ADMINISTRATOR, sub.id, "monthly", 500, now=NOW)
    assert saved.sub_account == s.get_sub_account(db, ADMIN, sub.id, NOW)
    assert (saved.sub_account.limit_amount, saved.change.limit_amount) == (500, 500)
    assert saved.change.used_reset
    again = s.save_limit(db, s.ADMINISTRATOR, sub.id, "monthly", 600, now=NOW)
    assert not again.change.used_reset and again.sub_account.remaining == 600
