"""People who log in (issue 11), on SQLite and PostgreSQL: five wrong passwords lock a person
on every workstation for 15 minutes, a remembered login survives a restart and dies with a
password change or a lock, a one-time password is changed first, the password rule, every
login, failure and lock journalled, the command line's refusals (exit 3), and no password
anywhere but as a hash (the token alone in the keyring)."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.cli import main
from deepetch_desktop.domain.errors import (
    AccountLocked,
    BadCredentials,
    BadInput,
    NotPermitted,
)
from deepetch_desktop.domain.vocabulary import AuditAction
from deepetch_desktop.services.results import ADMINISTRATOR, Actor
from deepetch_desktop.store import tables as t
from deepetch_desktop.store.engine import Database
from tests.conftest import NOW, TEST_ADMIN_EMAIL, TEST_PASSWORD, setup_company
from tests.file_keyring import ENV as KEYRING_ENV
from tests.file_keyring import FileKeyring

ROOT = Path(__file__).resolve().parents[2]
HOLDER = "camille@atelier-lumiere.fr"
NEW_PASSWORD = "une nouvelle phrase secrète"


@pytest.fixture
def company(db: Database) -> Database:
    """setup_company (and its administrator) and a sub-account, on each database."""
    setup_company(db)
    s.add_sub_account(db, ADMINISTRATOR, name="Camille Martin", email=HOLDER, now=NOW)
    return db


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This process's keyring kept in a JSON file (the processes it starts use it too)."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv(KEYRING_ENV, str(path))
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(before)


def admin(db: Database) -> Actor:
    return s.log_in(db, TEST_ADMIN_EMAIL, TEST_PASSWORD, NOW).actor


def actions(db: Database) -> list[str]:
    return [str(e.action) for e in reversed(s.list_audit(db, ADMINISTRATOR))]


def wrong(db: Database, times: int, now: object = NOW) -> list[str]:
    codes = []
    for _ in range(times):
        with pytest.raises((BadCredentials, AccountLocked)) as refused:
            s.log_in(db, TEST_ADMIN_EMAIL, "pas le bon mot de passe", now)  # type: ignore[arg-type]
        codes.append(refused.value.code)
    return codes


# --- locks ----------------------------------------------------------------------------------


def test_five_wrong_passwords_lock_on_every_workstation_for_15_minutes(company: Database) -> None:
    assert wrong(company, 4) == ["bad_credentials"] * 4
    # The fifth, typed on another workstation (another Database on the same database).
    other = open_database(company.url)
    try:
        assert wrong(other, 1) == ["account_locked"]
        # Locked everywhere, even with the right password.
        for workstation in (company, other):
            with pytest.raises(AccountLocked) as locked:
                s.log_in(workstation, TEST_ADMIN_EMAIL, TEST_PASSWORD, NOW + timedelta(minutes=1))
            assert locked.value.until == NOW + timedelta(minutes=15)
            with pytest.raises(AccountLocked):
                s.authenticate(workstation, TEST_ADMIN_EMAIL, TEST_PASSWORD,
                               NOW + timedelta(minutes=14, seconds=59))
        # Lifted after 15 minutes, on the other workstation as on this one.
        login = s.log_in(other, TEST_ADMIN_EMAIL, TEST_PASSWORD, NOW + timedelta(minutes=15))
        assert login.actor.email == TEST_ADMIN_EMAIL
    finally:
        other.dispose()
    with company.read() as conn:
        person = conn.execute(select(t.people).where(t.people.c.email == TEST_ADMIN_EMAIL)).one()
    assert person.failed_attempts == 0 and person.locked_until is None


def test_a_success_restarts_the_count(company: Database) -> None:
    wrong(company, 4)
    s.log_in(company, TEST_ADMIN_EMAIL, TEST_PASSWORD, NOW)
    assert wrong(company, 4) == ["bad_credentials"] * 4  # not locked: counted from zero


def test_an_administrator_locks_and_unlocks(company: Database) -> None:
    boss = admin(company)
    one_time = s.give_one_time_password(company, boss, HOLDER, NOW)
    s.lock_person(company, boss, HOLDER, NOW)
    with pytest.raises(AccountLocked) as locked:
        s.log_in(company, HOLDER, one_time, NOW + timedelta(days=2))
    assert locked.value.until is None and "administrateur" in s.describe(locked.value, "fr")
    s.unlock_person(company, boss, HOLDER, NOW)
    assert s.log_in(company, HOLDER, one_time, NOW).must_change_password
    with pytest.raises(BadInput):
        s.lock_person(company, boss, TEST_ADMIN_EMAIL, NOW)  # not oneself


def test_a_holder_manages_nobody(company: Database) -> None:
    one_time = s.give_one_time_password(company, admin(company), HOLDER, NOW)
    holder = s.change_password(company, HOLDER, one_time, NEW_PASSWORD, NOW)
    assert holder.sub_account_id is not None and holder.person_id is not None
    for attempt in (lambda: s.list_people(company, holder),
                    lambda: s.lock_person(company, holder, TEST_ADMIN_EMAIL, NOW),
                    lambda: s.add_administrator(company, holder, "Eve", "eve@x.fr", NOW),
                    lambda: s.give_one_time_password(company, holder, TEST_ADMIN_EMAIL, NOW)):
        with pytest.raises(NotPermitted):
            attempt()
    assert actions(company).count(AuditAction.ACCESS_REFUSED.value) == 4


# --- one-time passwords, the rule -----------------------------------------------------------


def test_a_one_time_password_is_changed_first(company: Database) -> None:
    boss = admin(company)
    one_time = s.give_one_time_password(company, boss, HOLDER, NOW)
    people = {p.email: p for p in s.list_people(company, boss)}
    assert people[HOLDER].must_change_password and not people[HOLDER].is_administrator
    login = s.log_in(company, HOLDER, one_time, NOW)
    assert login.must_change_password
    assert login.actor.sub_account_id == people[HOLDER].sub_account_id
    with pytest.raises(BadInput) as same:
        s.change_password(company, HOLDER, one_time, one_time, NOW)
    assert same.value.problem in ("same_as_old", "too_short_password", "common_password")
    s.change_password(company, HOLDER, one_time, NEW_PASSWORD, NOW)
    assert not s.log_in(company, HOLDER, NEW_PASSWORD, NOW).must_change_password
    with pytest.raises(BadCredentials):
        s.log_in(company, HOLDER, one_time, NOW)
    # Another administrator: a one-time password too.
    person, password = s.add_administrator(company, boss, "Hugo Bernard", "Hugo@Atelier.fr", NOW)
    assert person.email == "hugo@atelier.fr" and person.must_change_password
    assert s.log_in(company, "HUGO@atelier.fr", password, NOW).must_change_password


def test_the_password_rule(db: Database) -> None:
    for typed, problem in (("neufcarac", "too_short_password"),
                           ("Password123", "common_password"),
                           ("azertyuiop", "common_password")):
        with pytest.raises(BadInput) as refused:
            s.create_first_administrator(db, "Claire", "claire@x.fr", typed, NOW)
        assert (refused.value.field, refused.value.problem) == ("password", problem)
    assert not s.has_people(db)
    s.create_first_administrator(db, "Claire", "claire@x.fr", "dixcaracts", NOW)
    with pytest.raises(NotPermitted):  # only while there is no administrator
        s.create_first_administrator(db, "Autre", "autre@x.fr", "dixcaracts", NOW)
    with pytest.raises(BadInput):
        s.change_password(db, "claire@x.fr", "dixcaracts", "court", NOW)


def test_e_mails_are_unique_whatever_their_case(company: Database) -> None:
    with pytest.raises(BadInput) as taken:
        s.add_administrator(company, admin(company), "Double", TEST_ADMIN_EMAIL.upper(), NOW)
    assert taken.value.problem == "already_used"


# --- the journal ----------------------------------------------------------------------------


def test_every_login_failure_and_lock_is_journalled(company: Database) -> None:
    before = len(actions(company))
    s.log_in(company, TEST_ADMIN_EMAIL, TEST_PASSWORD, NOW)
    wrong(company, 5)
    with pytest.raises(BadCredentials):
        s.log_in(company, "personne@nulle-part.fr", TEST_PASSWORD, NOW)
    journal = actions(company)[before:]
    assert journal == (["person.login"] + ["person.login_failed"] * 5 + ["person.locked"]
                       + ["person.login_failed"])
    entries = s.list_audit(company, ADMINISTRATOR)
    assert entries[0].details["email"] == "personne@nulle-part.fr"
    locked = next(e for e in entries if e.action == AuditAction.PERSON_LOCKED)
    assert locked.details["by"] == "attempts" and locked.person == TEST_ADMIN_EMAIL
    assert s.verify(company, ADMINISTRATOR).ok  # the failures are chained like the rest


# --- remembered logins ----------------------------------------------------------------------


def test_a_remembered_login_survives_a_restart_and_dies_with_a_password_change(
        company: Database, file_keyring: Path) -> None:
    boss = admin(company)
    s.remember_login(company, boss, NOW)
    kept = json.loads(file_keyring.read_text())
    assert len(kept) == 1
    (token,) = kept.values()
    restarted = open_database(company.url)
    try:
        assert s.remembered_login(restarted, NOW + timedelta(days=29)) == boss
        assert s.remembered_login(restarted, NOW + timedelta(days=30)) is None  # expired
        s.change_password(restarted, TEST_ADMIN_EMAIL, TEST_PASSWORD, NEW_PASSWORD, NOW)
        assert s.remembered_login(restarted, NOW) is None
    finally:
        restarted.dispose()
    with company.read() as conn:
        stored = conn.execute(select(t.login_tokens)).one()
    assert stored.token_hash != token and len(stored.token_hash) == 64
    assert stored.revoked_at is not None


def test_a_lock_and_a_logout_end_the_remembered_login(company: Database,
                                                      file_keyring: Path) -> None:
    boss = admin(company)
    one_time = s.give_one_time_password(company, boss, HOLDER, NOW)
    holder = s.change_password(company, HOLDER, one_time, NEW_PASSWORD, NOW)
    s.remember_login(company, holder, NOW)
    assert s.remembered_login(company, NOW) == holder
    s.lock_person(company, boss, HOLDER, NOW)
    assert s.remembered_login(company, NOW) is None
    s.unlock_person(company, boss, HOLDER, NOW)
    assert s.remembered_login(company, NOW) is None  # revoked, not only hidden
    s.remember_login(company, holder, NOW)
    s.forget_login(company, NOW)
    assert s.remembered_login(company, NOW) is None and json.loads(file_keyring.read_text()) == {}


def test_without_a_keyring_remember_login_says_so(company: Database) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with pytest.raises(s.LoginNotRemembered) as refused:
            s.remember_login(company, admin(company), NOW)
    finally:
        keyring.set_keyring(before)
    assert "trousseau" in s.describe(refused.value, "fr")
    with company.read() as conn:
        assert conn.execute(select(t.login_tokens)).first() is None


# --- the command line -----------------------------------------------------------------------


def run(url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--db", url, "--json", *args])
    return code, out.getvalue(), err.getvalue()


def refused(url: str, *args: str) -> str:
    code, _, err = run(url, *args)
    assert code == 3, err
    return str(json.loads(err)["error"])


def test_the_command_line_refusals_exit_3(company: Database,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    url = company.url
    monkeypatch.setenv("DEEPETCH_PASSWORD", "pas le bon mot de passe")
    assert refused(url, "status") == "bad_credentials"
    assert refused(url, "--user", "inconnu@x.fr", "status") == "bad_credentials"
    for _ in range(3):
        refused(url, "status")
    assert refused(url, "status") == "account_locked"
    monkeypatch.setenv("DEEPETCH_PASSWORD", TEST_PASSWORD)
    assert refused(url, "status") == "account_locked"  # the right one too, for 15 minutes
    monkeypatch.delenv("DEEPETCH_USER")
    assert refused(url, "status") == "not_authenticated"  # nobody given, nothing remembered
    one_time = s.give_one_time_password(company, ADMINISTRATOR, HOLDER, NOW)
    monkeypatch.setenv("DEEPETCH_PASSWORD", one_time)
    assert refused(url, "--user", HOLDER, "status") == "password_change_required"
    monkeypatch.setenv("DEEPETCH_NEW_PASSWORD", NEW_PASSWORD)
    code, out, err = run(url, "--user", HOLDER, "password")
    assert code == 0 and json.loads(out)["password_changed"] is True, err
    monkeypatch.setenv("DEEPETCH_PASSWORD", NEW_PASSWORD)
    code, out, err = run(url, "--user", HOLDER, "tasks", "list")
    assert code == 0, err


def test_catch_up_runs_without_a_person(company: Database,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEEPETCH_USER")
    monkeypatch.delenv("DEEPETCH_PASSWORD")
    code, _, err = run(company.url, "catch-up")
    assert code == 0, err


def test_a_database_without_anyone_asks_for_people_add_admin(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    s.init_company(db, ADMINISTRATOR, name="Atelier Ancien", siren="552100554",
                   address="8 quai des Chartrons\n33000 Bordeaux",
                   einvoicing_address="552100554", now=NOW)
    code, _, err = run(db.url, "status")
    assert code == 3 and json.loads(err)["error"] == "not_authenticated"
    assert "people add-admin" in json.loads(err)["message"]
    # Then allowed without logging in, while there is no administrator.
    monkeypatch.delenv("DEEPETCH_USER")
    code, out, err = run(db.url, "people", "add-admin", "--name", "Claire Dubois", "--email",
                         TEST_ADMIN_EMAIL)
    assert code == 0 and json.loads(out)["one_time_password"] is None, err
    monkeypatch.setenv("DEEPETCH_USER", TEST_ADMIN_EMAIL)
    assert run(db.url, "status")[0] == 0
    # Not a second time without logging in.
    monkeypatch.delenv("DEEPETCH_USER")
    assert refused(db.url, "people", "add-admin", "--name", "Eve", "--email",
                   "eve@x.fr") == "not_authenticated"
    monkeypatch.setenv("DEEPETCH_USER", TEST_ADMIN_EMAIL)
    code, out, err = run(db.url, "people", "add-admin", "--name", "Hugo", "--email",
                         "hugo@x.fr")
    assert code == 0 and json.loads(out)["one_time_password"], err


def test_reset_password_of_a_sub_account_creates_its_holder(company: Database) -> None:
    code, out, err = run(company.url, "people", "reset-password", HOLDER)
    assert code == 0, err
    one_time = json.loads(out)["one_time_password"]
    login = s.log_in(company, HOLDER, one_time, NOW)
    assert login.must_change_password and login.actor.name == "Camille Martin"
    code, _, err = run(company.url, "people", "reset-password", "personne@x.fr")
    assert code == 4 and json.loads(err)["error"] == "not_found"


def test_init_creates_the_first_administrator(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    monkeypatch.setenv("DEEPETCH_USER", "direction@atelier.fr")
    code, _, err = run(url, "init", "--company", "Atelier", "--siren", "552100554",
                       "--address", "8 quai des Chartrons\\n33000 Bordeaux",
                       "--einvoicing-address", "552100554", "--admin-name", "Claire Dubois")
    assert code == 0, err
    code, out, err = run(url, "people", "list")
    assert code == 0, err
    (person,) = json.loads(out)
    assert (person["name"], person["email"], person["is_administrator"]) == (
        "Claire Dubois", "direction@atelier.fr", True)
    journal = json.loads(run(url, "audit", "list")[1])
    assert journal[-1]["actor"] == "Claire Dubois" and journal[-1]["action"] == "company.init"


def test_demo_prints_its_logins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    monkeypatch.delenv("DEEPETCH_USER")
    code, out, err = run(url, "demo")
    assert code == 0, err
    logins = json.loads(out)["logins"]
    assert [login["is_administrator"] for login in logins] == [True, False]
    demo = open_database(url)
    try:
        for login in logins:
            assert s.authenticate(demo, login["email"], login["password"],
                                  NOW).actor.email == login["email"]
    finally:
        demo.dispose()


# --- processes and files: a restart, the bytes --------------------------------------------


def deepetch(url: str, keyring_file: Path, data: Path, *args: str,
             **env: str) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own (the product's Argon2 parameters)."""
    environment = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
                   KEYRING_ENV: str(keyring_file), "XDG_DATA_HOME": str(data),
                   "PYTHONPATH": str(ROOT), **env}
    for name in [k for k, v in env.items() if v == ""]:
        environment.pop(name)
    return subprocess.run([sys.executable, "-m", "deepetch_desktop", "--db", url, *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env=environment)


def test_login_survives_new_processes_and_no_password_is_kept_anywhere(
        sqlite_company: Database, tmp_path: Path) -> None:
    """On a SQLite file, whose bytes are read (the logins are the same on PostgreSQL)."""
    s.add_sub_account(sqlite_company, ADMINISTRATOR, name="Camille Martin", email=HOLDER,
                      now=NOW)
    url, keyring_file, data = sqlite_company.url, tmp_path / "keyring.json", tmp_path / "data"
    nobody = {"DEEPETCH_USER": "", "DEEPETCH_PASSWORD": ""}
    done = deepetch(url, keyring_file, data, "--user", TEST_ADMIN_EMAIL, "login",
                    DEEPETCH_USER="")
    assert done.returncode == 0, done.stderr
    # A new process, no e-mail, no password: the remembered login.
    done = deepetch(url, keyring_file, data, "--json", "status", **nobody)
    assert done.returncode == 0, done.stderr
    wrong_once = deepetch(url, keyring_file, data, "status", DEEPETCH_PASSWORD="pas le bon !!")
    assert wrong_once.returncode == 3 and "incorrect" in wrong_once.stderr
    done = deepetch(url, keyring_file, data, "catch-up", **nobody)  # logs, a daily backup
    assert done.returncode == 0, done.stderr
    one_time = json.loads(deepetch(url, keyring_file, data, "--json", "people",
                                   "reset-password", HOLDER, **nobody).stdout)["one_time_password"]
    changed = deepetch(url, keyring_file, data, "--user", HOLDER, "password",
                       DEEPETCH_PASSWORD=one_time, DEEPETCH_NEW_PASSWORD=NEW_PASSWORD)
    assert changed.returncode == 0, changed.stderr
    # The administrator's own password change ends the remembered login.
    changed = deepetch(url, keyring_file, data, "password",
                       DEEPETCH_USER="", DEEPETCH_NEW_PASSWORD="encore une autre phrase")
    assert changed.returncode == 0, changed.stderr
    after = deepetch(url, keyring_file, data, "--json", "status", **nobody)
    assert after.returncode == 3 and json.loads(after.stderr)["error"] == "not_authenticated"

    passwords = [TEST_PASSWORD, one_time, NEW_PASSWORD, "encore une autre phrase",
                 "pas le bon !!"]
    kept = json.loads(keyring_file.read_text())
    assert len(kept) == 1 and list(kept)[0].startswith("deepetch-desktop/login:")
    token = next(iter(kept.values()))
    database = Path(url.removeprefix("sqlite:///"))
    files = [database, *database.parent.glob(f"{database.name}-*"),
             *[p for p in data.rglob("*") if p.is_file()],
             *[p for p in database.parent.rglob("*") if p.is_file() and p != keyring_file]]
    for path in files:
        content = path.read_bytes()
        for secret in [*passwords, token]:
            assert secret.encode() not in content, (path, secret[:4])
    assert all(secret not in keyring_file.read_text() for secret in passwords)
    conn = sqlite3.connect(database)
    try:
        settings = conn.execute("SELECT key, value FROM settings").fetchall()
        hashes = [row[0] for row in conn.execute("SELECT password_hash FROM people")]
    finally:
        conn.close()
    assert all(secret not in str(settings) for secret in [*passwords, token])
    assert hashes and all(h.startswith("$argon2id$v=19$m=65536,t=3,p=4$") for h in hashes)
