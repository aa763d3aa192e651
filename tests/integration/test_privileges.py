"""Privileges enforced in the services (issue 11), on SQLite and PostgreSQL: a sub-account
holder acts on their own sub-account only, within what they were granted; every refusal is
`not_permitted` and journalled (in a transaction of its own: the refused change rolls back) with
the holder's name, the privilege and what was attempted; the same action by an administrator
succeeds and is journalled with the administrator's name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from deepetch_desktop import services as s
from deepetch_desktop.cli.main import main
from deepetch_desktop.domain.errors import NotPermitted
from deepetch_desktop.domain.vocabulary import AuditAction, Privilege
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.services import Actor, Database, Privileges
from deepetch_desktop.store import tables as t
from tests.conftest import NOW, TEST_ADMIN_EMAIL, TEST_ADMIN_NAME

LATER = NOW + timedelta(minutes=5)
CAMILLE = "camille.martin@atelier-lumiere.fr"
HUGO = "hugo.bernard@atelier-lumiere.fr"


@dataclass(frozen=True)
class Office:
    camille: Actor  # a holder: submit_tasks and see_own_usage (the default grant)
    hugo: Actor  # another holder, with the same grant
    camille_id: int
    hugo_id: int


def holder(db: Database, email: str, privileges: Privileges) -> Actor:
    """A sub-account and its holder, as the login will make them (name, sub-account, e-mail)."""
    view = s.add_sub_account(db, ADMIN, name=email.split("@")[0].replace(".", " ").title(),
                             email=email, privileges=privileges, now=NOW)
    return Actor(view.name, sub_account_id=view.id, email=view.email)


GRANT = Privileges()  # the default grant: submit_tasks and see_own_usage


def office(db: Database, camille: Privileges = GRANT, hugo: Privileges = GRANT) -> Office:
    """Two holders with a monthly limit and one task each (submitted by themselves)."""
    people = holder(db, CAMILLE, camille), holder(db, HUGO, hugo)
    for who, granted in zip(people, (camille, hugo), strict=True):
        assert who.sub_account_id is not None
        s.set_limit(db, ADMIN, who.sub_account_id, "monthly", 500, now=NOW)
        if granted.submit_tasks:  # a sub-account without it takes no task, whoever submits
            s.submit_task(db, who, sub_account=who.sub_account_id, service_code="TRAD_TEXTE",
                          units=2, title=f"Tâche de {who.name}", now=NOW)
    a, b = people
    assert a.sub_account_id is not None and b.sub_account_id is not None
    return Office(a, b, a.sub_account_id, b.sub_account_id)


def journal(db: Database) -> list[s.results.AuditEntryView]:
    return s.list_audit(db, ADMIN)


def refusals(db: Database) -> list[s.results.AuditEntryView]:
    return [e for e in journal(db) if e.action == AuditAction.ACCESS_REFUSED]


def assert_refused(db: Database, who: Actor, attempt: Callable[[Actor], object],
                   privilege: Privilege, attempted: str) -> None:
    """Refused as `not_permitted`, nothing changed, and the refusal journalled once with the
    holder's name, the privilege missing and the service attempted."""
    before = snapshot(db)
    count = len(refusals(db))
    with pytest.raises(NotPermitted) as refused:
        attempt(who)
    assert refused.value.code == "not_permitted" and refused.value.privilege == privilege
    assert snapshot(db) == before  # the refused transaction rolled back
    entries = refusals(db)
    assert len(entries) == count + 1
    entry = entries[0]  # the latest first
    assert entry.actor == who.name and entry.person == who.email
    assert entry.details["privilege"] == privilege.value
    assert entry.details["attempted"] == attempted
    assert entry.details["sub_account"] == who.sub_account_id


def snapshot(db: Database) -> tuple[object, ...]:
    """What a refused change could have touched (the journal apart)."""
    with db.read() as conn:
        return tuple(
            tuple(tuple(row) for row in conn.execute(select(table)).all())
            for table in (t.sub_accounts, t.packs, t.tasks, t.usage, t.basket, t.invoices,
                          t.batches, t.ledger, t.settings)
        )


# --- a holder's attempt refused, the administrator's the same action done ---------------------

# (case, the action as a function of who acts, privilege a holder lacks, service, journal action)
WRITES: list[tuple[str, Callable[[Database, Office, Actor], object], Privilege, str,
                   AuditAction]] = [
    ("limit", lambda db, o, who: s.set_limit(db, who, o.camille_id, "monthly", 900, now=LATER),
     Privilege.ADMINISTER, "set_limit", AuditAction.LIMIT_SET),
    ("privilege", lambda db, o, who: s.update_sub_account(
        db, who, o.camille_id, name=o.camille.name, email=CAMILLE, now=LATER,
        privileges=Privileges(buy_credits=True, see_invoices=True)),
     Privilege.ADMINISTER, "update_sub_account", AuditAction.SUBACCOUNT_UPDATE),
    ("profile", lambda db, o, who: s.update_sub_account(
        db, who, o.camille_id, name="Camille Martin-Roux", email=CAMILLE, now=LATER),
     Privilege.ADMINISTER, "update_sub_account", AuditAction.SUBACCOUNT_UPDATE),
    ("catalogue", lambda db, o, who: s.set_pack(db, who, "ESSAI", name="Essai", credits=100,
                                                price_cents=900, now=LATER),
     Privilege.ADMINISTER, "set_pack", AuditAction.CATALOGUE_PACK),
    ("settings", lambda db, o, who: s.set_reminders(db, who, expiry_days="30,7",
                                                    invoice_days="1,15", now=LATER),
     Privilege.ADMINISTER, "set_reminders", AuditAction.REMINDERS_SET),
    ("buy", lambda db, o, who: s.buy(db, who, "EQUIPE", 1, now=LATER),
     Privilege.BUY_CREDITS, "buy", AuditAction.CREDITS_BUY),
    ("task for another", lambda db, o, who: s.submit_task(
        db, who, sub_account=o.hugo_id, service_code="TRAD_TEXTE", units=1, now=LATER),
     Privilege.ADMINISTER, "submit_task", None),  # type: ignore[list-item]  # tasks: the ledger
]


@pytest.mark.parametrize(("case", "action", "privilege", "service", "journalled"), WRITES,
                         ids=[w[0] for w in WRITES])
def test_a_holder_is_refused_what_an_administrator_does(
        company: Database, case: str, action: Callable[[Database, Office, Actor], object],
        privilege: Privilege, service: str, journalled: AuditAction | None) -> None:
    db = company
    o = office(db)
    assert_refused(db, o.camille, lambda who: action(db, o, who), privilege, service)
    action(db, o, ADMIN)  # the same action by an administrator is done
    if journalled is not None:
        latest = journal(db)[0]
        assert latest.action == journalled and latest.actor == ADMIN.name
    assert s.verify(db, ADMIN).ok


READS: list[tuple[str, Callable[[Database, Office, Actor], object], Privilege, str]] = [
    ("invoices", lambda db, o, who: s.list_invoices(db, who, LATER),
     Privilege.SEE_INVOICES, "list_invoices"),
    ("an invoice", lambda db, o, who: s.get_invoice(db, who, "F2026-000001", LATER),
     Privilege.SEE_INVOICES, "get_invoice"),
    ("an invoice's PDF", lambda db, o, who: s.invoice_pdf(db, who, "F2026-000001", LATER),
     Privilege.SEE_INVOICES, "invoice_pdf"),
    ("another's usage", lambda db, o, who: s.get_sub_account(db, who, o.hugo_id, LATER),
     Privilege.ADMINISTER, "get_sub_account"),
    ("another's tasks", lambda db, o, who: s.list_tasks(db, who, o.hugo_id),
     Privilege.ADMINISTER, "list_tasks"),
    ("the basket", lambda db, o, who: s.status(db, who, LATER),
     Privilege.BUY_CREDITS, "status"),
    ("the ledger", lambda db, o, who: s.list_ledger(db, who),
     Privilege.ADMINISTER, "list_ledger"),
    ("the journal", lambda db, o, who: s.list_audit(db, who),
     Privilege.ADMINISTER, "list_audit"),
    ("the mail settings", lambda db, o, who: s.smtp_view(db, who),
     Privilege.ADMINISTER, "smtp_view"),
    ("the purchase form", lambda db, o, who: s.purchase_form(db, who),
     Privilege.BUY_CREDITS, "purchase_form"),
]


@pytest.mark.parametrize(("case", "read", "privilege", "service"), READS,
                         ids=[r[0] for r in READS])
def test_a_holder_is_refused_what_they_may_not_see(
        company: Database, case: str, read: Callable[[Database, Office, Actor], object],
        privilege: Privilege, service: str) -> None:
    db = company
    o = office(db)
    assert_refused(db, o.camille, lambda who: read(db, o, who), privilege, service)
    assert read(db, o, ADMIN)  # the administrator sees it


# --- what a holder may do, on their own sub-account ------------------------------------------


def test_a_holder_sees_only_their_own_usage_limit_and_tasks(company: Database) -> None:
    db = company
    o = office(db)
    mine = s.list_tasks(db, o.camille)
    assert mine and {task.sub_account_id for task in mine} == {o.camille_id}
    assert s.list_tasks(db, o.camille, CAMILLE) == mine
    assert len(s.list_tasks(db, ADMIN)) == 2
    assert [v.id for v in s.list_sub_accounts(db, o.camille, LATER)] == [o.camille_id]
    page = s.page_sub_accounts(db, o.camille, LATER, search="")
    assert page.total == 1 and [v.id for v in page.rows] == [o.camille_id]
    own = s.get_sub_account(db, o.camille, o.camille_id, LATER)
    assert (own.limit_amount, own.used, own.remaining) == (500, 20, 480)
    report = s.usage_report(db, o.camille, date(2026, 11, 1), date(2026, 11, 30))
    everyone = s.usage_report(db, ADMIN, date(2026, 11, 1), date(2026, 11, 30))
    assert [line.key for line in report.lines] == [o.camille.name]
    assert report.total_credits == 20 and everyone.total_credits == 40
    overview = s.tasks_overview(db, o.camille)
    assert [task.id for task in overview.tasks] == [task.id for task in mine]
    form = s.task_form(db, o.camille, LATER)
    assert [v.id for v in form.sub_accounts] == [o.camille_id]
    near = s.near_limit_sub_accounts(db, o.camille, LATER, percent=1)
    assert [v.id for v in near] == [o.camille_id]
    assert refusals(db) == []  # reading one's own is no refusal


def test_a_holder_without_see_own_usage_is_refused_even_their_own(company: Database) -> None:
    db = company
    o = office(db, camille=Privileges(see_own_usage=False))
    assert_refused(db, o.camille, lambda who: s.list_tasks(db, who), Privilege.SEE_OWN_USAGE,
                   "list_tasks")
    assert_refused(db, o.camille, lambda who: s.get_sub_account(db, who, o.camille_id, LATER),
                   Privilege.SEE_OWN_USAGE, "get_sub_account")
    assert_refused(db, o.camille,
                   lambda who: s.usage_report(db, who, date(2026, 11, 1), date(2026, 11, 30)),
                   Privilege.SEE_OWN_USAGE, "usage_report")


def test_a_holder_submits_for_themselves_only_with_submit_tasks(company: Database) -> None:
    db = company
    o = office(db, hugo=Privileges(submit_tasks=False))
    done = s.submit_task(db, o.camille, sub_account=o.camille_id, service_code="TRAD_TEXTE",
                         units=1, now=LATER)
    assert done.task_id and journal(db)[0].action != AuditAction.ACCESS_REFUSED
    assert_refused(db, o.hugo, lambda who: s.submit_task(
        db, who, sub_account=o.hugo_id, service_code="TRAD_TEXTE", units=1, now=LATER),
        Privilege.SUBMIT_TASKS, "submit_task")
    assert_refused(db, o.hugo, lambda who: s.estimate_task(db, who, "TRAD_TEXTE", "STANDARD", 1),
                   Privilege.SUBMIT_TASKS, "estimate_task")


def test_see_invoices_opens_the_invoices_and_nothing_more(company: Database) -> None:
    db = company
    o = office(db, camille=Privileges(see_invoices=True))
    invoices = s.list_invoices(db, o.camille, LATER)
    assert invoices == s.list_invoices(db, ADMIN, LATER)
    assert s.invoice_pdf(db, o.camille, invoices[0].number, LATER).startswith(b"%PDF")
    assert_refused(db, o.camille, lambda who: s.record_payment(
        db, who, invoices[0].number, 100, now=LATER), Privilege.ADMINISTER, "record_payment")
    assert_refused(db, o.camille, lambda who: s.buy(db, who, "EQUIPE", 1, now=LATER),
                   Privilege.BUY_CREDITS, "buy")


def test_buy_credits_lets_a_holder_buy_journalled_in_their_name(company: Database) -> None:
    db = company
    o = office(db, camille=Privileges(buy_credits=True))
    assert s.quote_purchase(db, o.camille, "EQUIPE", 1).credits == 2000
    bought = s.buy(db, o.camille, "EQUIPE", 1, now=LATER)
    latest = journal(db)[0]
    assert latest.action == AuditAction.CREDITS_BUY and latest.actor == o.camille.name
    assert latest.person == CAMILLE
    assert s.status(db, o.camille, LATER).balance == bought.balance
    # the basket's movements, without the tasks (every holder's)
    overview = s.credits_overview(db, o.camille, LATER)
    assert overview.ledger and all(entry.task_id is None for entry in overview.ledger)
    assert any(entry.task_id for entry in s.credits_overview(db, ADMIN, LATER).ledger)
    assert_refused(db, o.camille, lambda who: s.list_invoices(db, who, LATER),
                   Privilege.SEE_INVOICES, "list_invoices")


def test_administer_grants_everything_an_administrator_does(company: Database) -> None:
    db = company
    o = office(db, camille=Privileges(administer=True))
    s.set_limit(db, o.camille, o.hugo_id, "monthly", 900, now=LATER)
    latest = journal(db)[0]
    assert latest.action == AuditAction.LIMIT_SET and latest.actor == o.camille.name
    assert len(s.list_tasks(db, o.camille)) == 2
    assert s.get_sub_account(db, o.camille, o.hugo_id, LATER).limit_amount == 900
    s.submit_task(db, o.camille, sub_account=o.hugo_id, service_code="TRAD_TEXTE", units=1,
                  now=LATER)


def test_a_suspended_holder_is_refused(company: Database) -> None:
    db = company
    o = office(db)
    s.suspend_sub_account(db, ADMIN, o.camille_id, LATER)
    assert_refused(db, o.camille, lambda who: s.list_tasks(db, who), Privilege.SEE_OWN_USAGE,
                   "list_tasks")


def test_a_task_submitted_by_an_administrator_for_a_sub_account_records_both(
        company: Database) -> None:
    db = company
    o = office(db)
    alice = Actor("Alice Durand", email="alice.durand@atelier-lumiere.fr")  # an administrator
    done = s.submit_task(db, alice, sub_account=o.camille_id, service_code="TRAD_TEXTE",
                         units=1, now=LATER)
    mine = s.submit_task(db, o.camille, sub_account=o.camille_id, service_code="TRAD_TEXTE",
                         units=1, now=LATER)
    with db.read() as conn:
        rows = {r.id: r for r in conn.execute(select(t.tasks)).all()}
    assert (rows[done.task_id].sub_account_id, rows[done.task_id].actor,
            rows[done.task_id].submitted_by) == (o.camille_id, "Alice Durand",
                                                 "alice.durand@atelier-lumiere.fr")
    assert (rows[mine.task_id].sub_account_id, rows[mine.task_id].submitted_by) == (
        o.camille_id, CAMILLE)
    # the holder sees both: they are theirs, whoever submitted them
    assert {done.task_id, mine.task_id} <= {task.id for task in s.list_tasks(db, o.camille)}


def test_the_scheduler_catches_up_and_a_holder_may_not(company: Database) -> None:
    db = company
    o = office(db)
    report = s.catch_up(db, s.SCHEDULER, LATER, deliver_mail=False)
    assert report.documents_failed == ()
    assert_refused(db, o.camille, lambda who: s.catch_up(db, who, LATER, deliver_mail=False),
                   Privilege.ADMINISTER, "catch_up")


def test_every_service_a_front_end_calls_takes_the_actor() -> None:
    """The front ends' services take (db, actor, ...) and journal their refusals; the few that
    run before anyone is logged in or check nothing but the input are named here."""
    before_login_or_pure = {
        "company", "init_company", "create_demo", "restore", "describe", "identity_problems",
        "profile_problems", "company_problems", "check_database", "setup_roles",
        # logging in: who someone is, before they act (services/people.py)
        "has_people", "has_administrator", "create_first_administrator", "log_in",
        "authenticate", "change_password", "check_password", "remember_login",
        "remembered_login", "forget_login", "can_remember_login", "create_demo_logins",
        "require_postgresql",  # roles setup's own check of the database, before anyone acts
        "witness_line",  # writes a witness given, reads nothing
        "acts_as_admin",  # asks the connection's role, not the company's data
        "own_privileges",  # a holder's own privileges, which decide what their window shows
        "archive_pending", "deliver_outbox",  # steps of catch_up and send_outbox_now, which check
        "parse_factor", "month_period",  # read what was typed, nothing of the database
        # which tables changed (their names, no row): the window then reloads through services
        # that check the actor
        "listen_for_changes", "data_version",
    }
    unguarded = []
    for name in s.__all__:
        service: Any = getattr(s, name, None)
        if (not callable(service) or isinstance(service, type) or name in before_login_or_pure
                or not getattr(service, "__module__", "").startswith("deepetch_desktop.services")):
            continue
        if not hasattr(service, "__wrapped__"):
            unguarded.append(name)
    assert unguarded == [], f"services without the actor's check: {unguarded}"


# --- the command line: the same refusals, the person logged in with --user's variables --------

CAMILLE_PASSWORD = "le phare de cordouan 1611"


def logins(db: Database) -> Office:
    """`office` whose holders log in: each given a one-time password by the administrator and
    choosing their own, as `people reset-password` and `deepetch password` do."""
    o = office(db)
    for email in (CAMILLE, HUGO):
        once = s.give_one_time_password(db, ADMIN, email, NOW)
        s.change_password(db, email, once, CAMILLE_PASSWORD, NOW)
    return o


def deepetch(db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
             user: str | None, *args: str) -> tuple[int, str, str]:
    """`deepetch --db URL ARGS` as `user` (DEEPETCH_USER and DEEPETCH_PASSWORD; None: the
    session's administrator, TEST_ADMIN_EMAIL)."""
    with monkeypatch.context() as env:
        if user is not None:
            env.setenv("DEEPETCH_USER", user)
            env.setenv("DEEPETCH_PASSWORD", CAMILLE_PASSWORD)
        code = main(["--db", db.url, *args])
    out, err = capsys.readouterr()
    return code, out, err


# (case, the command, privilege the holder lacks, service, journal action of the administrator's)
COMMANDS: list[tuple[str, tuple[str, ...], Privilege, str, AuditAction | None]] = [
    ("limit", ("limits", "set", CAMILLE, "--monthly", "900"), Privilege.ADMINISTER,
     "set_limit", AuditAction.LIMIT_SET),
    ("catalogue", ("packs", "set", "ESSAI", "--name", "Essai", "--credits", "100", "--price",
                   "9"), Privilege.ADMINISTER, "set_pack", AuditAction.CATALOGUE_PACK),
    ("settings", ("reminders", "set", "--expiry-days", "30,7", "--invoice-days", "1,15"),
     Privilege.ADMINISTER, "set_reminders", AuditAction.REMINDERS_SET),
    ("buy", ("buy", "EQUIPE"), Privilege.BUY_CREDITS, "buy", AuditAction.CREDITS_BUY),
    ("invoices", ("invoices", "list"), Privilege.SEE_INVOICES, "list_invoices", None),
    ("an invoice's PDF", ("invoices", "pdf", "F2026-000001", "--output", "{tmp}/f.pdf"),
     Privilege.SEE_INVOICES, "invoice_pdf", None),
    ("another's usage", ("subaccounts", "show", HUGO), Privilege.ADMINISTER, "get_sub_account",
     None),
    ("another's limit", ("limits", "show", HUGO), Privilege.ADMINISTER, "get_sub_account", None),
    ("another's tasks", ("tasks", "list", "--subaccount", HUGO), Privilege.ADMINISTER,
     "list_tasks", None),
    ("task for another", ("tasks", "submit", "--subaccount", HUGO, "--service", "TRAD_TEXTE",
                          "--units", "1"), Privilege.ADMINISTER, "submit_task", None),
]


@pytest.mark.parametrize(("case", "command", "privilege", "service", "journalled"), COMMANDS,
                         ids=[c[0] for c in COMMANDS])
def test_the_command_line_refuses_a_holder_and_journals_it(
        company: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Any, case: str, command: tuple[str, ...], privilege: Privilege,
        service: str, journalled: AuditAction | None) -> None:
    db = company
    o = logins(db)
    args = tuple(arg.replace("{tmp}", str(tmp_path)) for arg in command)
    before, count = snapshot(db), len(refusals(db))
    code, out, err = deepetch(db, monkeypatch, capsys, CAMILLE, *args)
    assert code == 3, (out, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert snapshot(db) == before
    entries = refusals(db)
    assert len(entries) == count + 1
    assert (entries[0].actor, entries[0].person) == (o.camille.name, CAMILLE)
    assert (entries[0].details["privilege"], entries[0].details["attempted"]) == (
        privilege.value, service)
    code, out, err = deepetch(db, monkeypatch, capsys, CAMILLE, "--json", *args)
    assert code == 3 and json.loads(err)["error"] == "not_permitted", err
    # the same command by the administrator is done, journalled in their name
    code, out, err = deepetch(db, monkeypatch, capsys, None, *args)
    assert code == 0, err
    if journalled is not None:  # (after a purchase, the archived PDF's entry follows)
        latest = next(e for e in journal(db) if e.action == journalled)
        assert latest.id > entries[0].id
        assert (latest.actor, latest.person) == (TEST_ADMIN_NAME, TEST_ADMIN_EMAIL)


def test_the_command_line_shows_a_holder_their_own_only(
        company: Database, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = company
    o = logins(db)
    code, out, err = deepetch(db, monkeypatch, capsys, CAMILLE, "--json", "tasks", "list")
    assert code == 0, err
    assert {task["sub_account_id"] for task in json.loads(out)} == {o.camille_id}
    code, out, err = deepetch(db, monkeypatch, capsys, CAMILLE, "--json", "subaccounts", "list")
    assert code == 0, err
    assert [sub["id"] for sub in json.loads(out)] == [o.camille_id]
    code, out, err = deepetch(db, monkeypatch, capsys, None, "--json", "tasks", "list")
    assert code == 0 and len(json.loads(out)) == 2, err
    # a task the holder submits, and one the administrator submits for them: both theirs
    for user in (CAMILLE, None):
        code, out, err = deepetch(db, monkeypatch, capsys, user, "--json", "tasks", "submit",
                                  "--subaccount", CAMILLE, "--service", "TRAD_TEXTE",
                                  "--units", "1")
        assert code == 0, err
    with db.read() as conn:
        latest = conn.execute(select(t.tasks).order_by(t.tasks.c.id.desc()).limit(2)).all()
    assert [(r.sub_account_id, r.actor, r.submitted_by) for r in latest] == [
        (o.camille_id, TEST_ADMIN_NAME, TEST_ADMIN_EMAIL),
        (o.camille_id, o.camille.name, CAMILLE)]
    assert refusals(db) == []


def test_a_refused_command_exits_3_in_a_real_process(company: Database) -> None:
    db = company
    logins(db)
    env = {**os.environ, "DEEPETCH_USER": CAMILLE, "DEEPETCH_PASSWORD": CAMILLE_PASSWORD,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run([sys.executable, "-m", "deepetch_desktop", "--db", db.url, "limits",
                           "set", CAMILLE, "--monthly", "900"], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
    assert refusals(db)[0].details["attempted"] == "set_limit"
