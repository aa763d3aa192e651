"""PostgreSQL in depth (issue 11): after `deepetch roles setup`, a workstation logged in as a
member of deepetch_member submits its tasks but the database itself refuses it the rest (a
limit, a trigger, the counters, the invoices, the journal); one in deepetch_admin does what an
administrator does, but cannot disable a trigger either: neither owns the tables."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.cli import main
from deepetch_desktop.domain.errors import DatabaseRefused
from deepetch_desktop.services.results import ADMINISTRATOR, Actor
from deepetch_desktop.store.roles import ADMIN, MEMBER, OWNER
from deepetch_desktop.store.tables import metadata
from tests.conftest import NOW, pg_admin_url, setup_company
from tests.readme_json_keys import documented

pytestmark = pytest.mark.postgres
PASSWORD = "mot-de-passe-de-test"


@dataclass(frozen=True)
class Cluster:
    """A database set up by `roles setup`, and the URLs of its superuser, an administrator's
    workstation (alice, in deepetch_admin) and a colleague's (bob, in deepetch_member)."""

    superuser: str
    alice: str
    bob: str
    alice_role: str
    bob_role: str
    setup_output: dict[str, object]


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _admin_execute(*statements: str, url: str | None = None) -> None:
    import psycopg

    with psycopg.connect(_dsn(url or pg_admin_url()), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


# An administrator and the holder of sub-account 1, as rows: what a member's role may change
# of them is the database's business here, not how the program makes them.
ADMIN_ROW, HOLDER_ROW = "email = 'claire@atelier.fr'", "email = 'bob@atelier.fr'"
PEOPLE = ("INSERT INTO people (name, email, is_administrator, sub_account_id, password_hash, "
          "must_change_password, locked, failed_attempts, created_at) VALUES "
          "('Claire', 'claire@atelier.fr', true, NULL, '$argon2id$admin', false, false, 0, "
          "now()), ('Bob Martin', 'bob@atelier.fr', false, 1, '$argon2id$bob', false, false, 0, "
          "now())")
ADMIN_ID = "(SELECT id FROM people WHERE email = 'claire@atelier.fr')"
HOLDER_ID = "(SELECT id FROM people WHERE email = 'bob@atelier.fr')"


def run_cli(url: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--db", url, *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    """A fresh database: created and migrated by the superuser, a company with 2 000 credits, a
    sub-account (id 1, monthly limit 500) and one task of it, `deepetch roles setup`, then
    alice and bob."""
    tag = uuid.uuid4().hex[:10]
    name, alice, bob = f"deepetch_roles_{tag}", f"alice_{tag}", f"bob_{tag}"
    base = make_url(pg_admin_url())
    superuser = base.set(database=name).render_as_string(hide_password=False)
    _admin_execute(f'CREATE DATABASE "{name}"')
    try:
        db = open_database(superuser)
        setup_company(db)
        s.add_sub_account(db, ADMINISTRATOR, name="Bob Martin", email="bob@atelier.fr", now=NOW)
        s.set_limit(db, ADMINISTRATOR, 1, "monthly", 500, now=NOW)
        s.submit_task(db, ADMINISTRATOR, sub_account=1, service_code="RELECTURE", units=10,
                      now=NOW)
        db.dispose()
        _admin_execute(PEOPLE, url=superuser)
        code, out, err = run_cli(superuser, "--json", "roles", "setup")
        assert code == 0, err
        _admin_execute(f"CREATE ROLE \"{alice}\" LOGIN PASSWORD '{PASSWORD}' IN ROLE {ADMIN}",
                       f"CREATE ROLE \"{bob}\" LOGIN PASSWORD '{PASSWORD}' IN ROLE {MEMBER}")
        as_role = {role: base.set(username=role, password=PASSWORD, database=name)
                   .render_as_string(hide_password=False) for role in (alice, bob)}
        yield Cluster(superuser, as_role[alice], as_role[bob], alice, bob, json.loads(out))
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        # The login roles go; deepetch_owner, deepetch_admin and deepetch_member are the
        # cluster's (their names are the product's): dropping them would race with a run of
        # these tests at the same time elsewhere, between its roles setup and its grants.
        _admin_execute(f'DROP ROLE IF EXISTS "{alice}"', f'DROP ROLE IF EXISTS "{bob}"')


def refused(url: str, statement: str) -> Exception:
    """What the database answers `statement` run as the role of `url` (it must refuse)."""
    import psycopg

    with psycopg.connect(_dsn(url)) as conn:
        with pytest.raises((psycopg.errors.InsufficientPrivilege,
                            psycopg.errors.RaiseException)) as caught:
            conn.execute(statement)  # type: ignore[arg-type]
    return caught.value


def downgrade(url: str, revision: str) -> None:
    """The schema taken back to `revision` (a program newer than its database)."""
    from alembic import command
    from sqlalchemy import create_engine

    from deepetch_desktop.store.migrate import alembic_config

    engine = create_engine(url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), revision)
    engine.dispose()


def scalar(url: str, query: str) -> object:
    import psycopg

    with psycopg.connect(_dsn(url)) as conn:
        row = conn.execute(query).fetchone()  # type: ignore[arg-type]
    assert row is not None
    return row[0]


MEMBER_REFUSED = [
    "UPDATE sub_accounts SET limit_amount = 100000 WHERE id = 1",
    "UPDATE sub_accounts SET can_buy = true, can_administer = true WHERE id = 1",
    "UPDATE packs SET price_cents = 1",
    "UPDATE services SET rate = 1",
    "UPDATE seller SET iban = 'FR7630006000011234567890189'",
    "UPDATE company SET billing_email = 'x@y.fr'",
    "UPDATE settings SET value = 'x'",
    "UPDATE invoices SET gross_cents = 1",
    "UPDATE payments SET amount_cents = 1",
    "DELETE FROM payments",
    "DELETE FROM audit_log",
    "UPDATE audit_log SET actor = 'quelqu''un'",
    "DELETE FROM tasks",
    "DELETE FROM usage",
    "UPDATE tasks SET refunded_at = now()",
    "INSERT INTO settings (key, value) VALUES ('smtp_host', 'evil.example')",
    "INSERT INTO invoices (number) VALUES ('X')",
    "ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only",
    "ALTER TABLE basket DISABLE TRIGGER ALL",
    "DROP TRIGGER basket_balance_raised ON basket",
    "DROP TABLE audit_log",
    "CREATE TABLE mine (id int)",
    # the triggers of migration 0006: the counters
    "UPDATE usage SET used = 0",
    "UPDATE basket SET balance = balance + 1000",
    "UPDATE basket SET last_use_at = now() + interval '3 years'",
    "INSERT INTO effects (key, done_at) VALUES ('month_end:2026-11', now())",
    "INSERT INTO outbox (key, created_at, recipient, subject, body, attempts, "
    "next_attempt_at) VALUES ('x', now(), 'a@b.fr', 's', 'b', 0, now())",
    "INSERT INTO ledger_entries (at, kind, credits, balance_after, note, actor) "
    "VALUES (now(), 'purchase', 1000, 3000, '', 'bob')",
    # people: who is an administrator, and an administrator's password and logins
    f"UPDATE people SET is_administrator = true, sub_account_id = NULL WHERE {HOLDER_ROW}",
    f"UPDATE people SET email = 'x@atelier.fr' WHERE {ADMIN_ROW}",
    "UPDATE people SET locked = false",
    f"UPDATE people SET password_hash = '$argon2id$known' WHERE {ADMIN_ROW}",
    f"UPDATE people SET must_change_password = true WHERE {ADMIN_ROW}",
    "INSERT INTO login_tokens (person_id, token_hash, created_at, expires_at) "
    f"VALUES ({ADMIN_ID}, 'known', now(), now() + interval '30 days')",
    "DELETE FROM login_tokens",
    "INSERT INTO people (name, email, is_administrator, password_hash, must_change_password, "
    "locked, failed_attempts, created_at) VALUES ('x', 'x@y.fr', true, 'h', false, false, 0, "
    "now())",
]


@pytest.mark.parametrize("statement", MEMBER_REFUSED)
def test_the_database_refuses_a_member_role(cluster: Cluster, statement: str) -> None:
    before = scalar(cluster.superuser, "SELECT balance FROM basket")
    refused(cluster.bob, statement)
    assert scalar(cluster.superuser, "SELECT balance FROM basket") == before
    assert scalar(cluster.superuser, "SELECT limit_amount FROM sub_accounts") == 500


def test_the_triggers_name_what_is_an_administrators(cluster: Cluster) -> None:
    lowered = refused(cluster.bob, "UPDATE usage SET used = used - 1")
    assert "lowering a usage counter" in str(lowered)
    raised = refused(cluster.bob, "UPDATE basket SET balance = balance + 1")
    assert "raising the basket's balance" in str(raised)
    assert scalar(cluster.superuser, "SELECT sum(used) FROM usage") > 0  # type: ignore[operator]


def test_an_admin_role_cannot_disable_or_drop_a_trigger_either(cluster: Cluster) -> None:
    for statement in ("ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only",
                      "ALTER TABLE basket DISABLE TRIGGER basket_balance_raised",
                      "DROP TRIGGER usage_used_lowered ON usage",
                      "DROP TABLE audit_log",
                      "DELETE FROM audit_log",  # no grant, and the append-only trigger
                      "UPDATE invoices SET gross_cents = 1"):
        refused(cluster.alice, statement)
    owners = scalar(cluster.superuser, "SELECT string_agg(DISTINCT tableowner, ',') FROM "
                                       "pg_tables WHERE schemaname = 'public'")
    assert owners == OWNER


def test_a_member_submits_its_tasks_through_the_application(cluster: Cluster) -> None:
    bob = open_database(cluster.bob)  # at head: no DDL tried
    try:
        before = scalar(cluster.bob, "SELECT balance FROM basket")
        holder = Actor("Bob Martin", sub_account_id=1, email="bob@atelier.fr")
        done = s.submit_task(bob, holder, sub_account=1, service_code="RELECTURE", units=10,
                             title="Brochure", now=NOW)
        assert done.cost > 0 and done.balance == before - done.cost
        assert done.remaining == 500 - 2 * done.cost
        assert scalar(cluster.bob, "SELECT balance FROM basket") == done.balance
    finally:
        bob.dispose()
    assert scalar(cluster.superuser, "SELECT count(*) FROM ledger_entries WHERE kind = 'task'"
                  ) == 2
    superuser = open_database(cluster.superuser)
    try:
        assert s.verify(superuser, ADMINISTRATOR).ok  # the chains hold over a member's rows
    finally:
        superuser.dispose()


def test_an_admin_role_does_what_an_administrator_does(cluster: Cluster) -> None:
    alice = open_database(cluster.alice)
    try:
        s.set_limit(alice, ADMINISTRATOR, 1, "monthly", 800, now=NOW)
        before = scalar(cluster.alice, "SELECT balance FROM basket")
        bought = s.buy(alice, ADMINISTRATOR, "EQUIPE", 1, now=NOW)
        assert bought.balance == before + 2000
        task = s.submit_task(alice, ADMINISTRATOR, sub_account=1, service_code="RELECTURE",
                             units=10, now=NOW)
        s.refund_task(alice, ADMINISTRATOR, task.task_id, now=NOW)  # usage and balance back
        s.correct_basket(alice, ADMINISTRATOR, 5, "Geste commercial", now=NOW)
        month_end = s.catch_up(alice, ADMINISTRATOR, NOW + timedelta(days=20),
                               deliver_mail=False)
        assert list(month_end.month_ends) == ["2026-11"]
        assert s.verify(alice, ADMINISTRATOR).ok
    finally:
        alice.dispose()
    assert scalar(cluster.superuser, "SELECT limit_amount FROM sub_accounts") == 800


def test_roles_setup_is_idempotent_and_gives_every_object_to_the_owner(
        cluster: Cluster) -> None:
    first = cluster.setup_output
    assert set(first) == documented()["roles setup"].keys
    assert {first["owner"], first["admin_role"], first["member_role"]} == {OWNER, ADMIN, MEMBER}
    assert first["unruled"] == [] and set(first["tables"]) == set(metadata.tables)  # type: ignore[arg-type]
    code, out, err = run_cli(cluster.superuser, "--json", "roles", "setup")
    again = json.loads(out)
    assert code == 0 and again["created"] == [] and again["owned"] == 0, err
    functions = scalar(cluster.superuser, "SELECT string_agg(DISTINCT pg_get_userbyid(proowner)"
                       ", ',') FROM pg_proc WHERE pronamespace = 'public'::regnamespace")
    sequences = scalar(cluster.superuser, "SELECT string_agg(DISTINCT pg_get_userbyid(relowner)"
                       ", ',') FROM pg_class WHERE relkind = 'S' "
                       "AND relnamespace = 'public'::regnamespace")
    assert functions == OWNER and sequences == OWNER
    code, out, err = run_cli(cluster.superuser, "--lang", "en", "roles", "setup")
    assert code == 0 and "deepetch_admin" in out and "deepetch_member" in out


def test_a_workstation_role_cannot_run_roles_setup(cluster: Cluster) -> None:
    for url in (cluster.alice, cluster.bob):
        code, out, err = run_cli(url, "roles", "setup")
        assert code == 2 and out == ""
        assert "superutilisateur" in err and "Traceback" not in err


def test_roles_setup_on_sqlite_says_the_file_is_the_boundary(tmp_path: Path) -> None:
    code, out, err = run_cli(f"sqlite:///{tmp_path}/d.sqlite3", "--lang", "en", "roles", "setup")
    assert code == 2 and "0600" in err and "0700" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # refused before anything was opened or created


def test_a_schema_behind_is_refused_to_a_workstation_role_and_migrated_by_the_owner(
        cluster: Cluster) -> None:
    """When the program is newer than the schema, a workstation's role says to open the
    database with the owner's; the superuser migrates it as deepetch_owner, and the new
    objects are the owner's and granted."""
    downgrade(cluster.superuser, "0005")  # back to before 0006: its functions and triggers go
    for url in (cluster.bob, cluster.alice):
        with pytest.raises(DatabaseRefused) as caught:
            open_database(url)
        assert caught.value.reason == "cannot_migrate"
        assert s.describe(caught.value).startswith("La base")
    open_database(cluster.superuser).dispose()
    owners = scalar(cluster.superuser, "SELECT string_agg(DISTINCT pg_get_userbyid(proowner)"
                    ", ',') FROM pg_proc WHERE pronamespace = 'public'::regnamespace")
    assert owners == OWNER
    refused(cluster.bob, "UPDATE basket SET balance = balance + 1")
    bob = open_database(cluster.bob)  # at head now
    bob.dispose()


def test_before_roles_setup_the_triggers_hold_for_a_role_that_is_no_admin() -> None:
    """Migration 0006 on a database whose group roles may not exist: the superuser (and the
    tables' owner) act as administrators; any other role is refused raising the balance."""
    tag = uuid.uuid4().hex[:10]
    name, other = f"deepetch_noroles_{tag}", f"other_{tag}"
    url = make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)
    _admin_execute(f'CREATE DATABASE "{name}"',
                   f"CREATE ROLE \"{other}\" LOGIN PASSWORD '{PASSWORD}'")
    try:
        db = open_database(url)
        setup_company(db)
        db.dispose()
        _admin_execute("UPDATE basket SET balance = balance + 1",  # a superuser may
                       f'GRANT SELECT, UPDATE ON basket, usage TO "{other}"', url=url)
        as_other = make_url(url).set(username=other, password=PASSWORD)
        refused(as_other.render_as_string(hide_password=False),
                "UPDATE basket SET balance = balance + 1")
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                       f'DROP ROLE IF EXISTS "{other}"')


def test_a_role_without_ddl_on_a_schema_behind_is_refused_in_one_sentence() -> None:
    """A database not set up by `roles setup` (the old recipe: a group with every DML right
    and no DDL): opening it behind the program's revision is `cannot_migrate`, not a
    connection failure."""
    tag = uuid.uuid4().hex[:10]
    name, plain = f"deepetch_behind_{tag}", f"plain_{tag}"
    url = make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)
    _admin_execute(f'CREATE DATABASE "{name}"',
                   f"CREATE ROLE \"{plain}\" LOGIN PASSWORD '{PASSWORD}'")
    try:
        open_database(url).dispose()
        downgrade(url, "0005")
        _admin_execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public '
                       f'TO "{plain}"', url=url)
        as_plain = make_url(url).set(username=plain, password=PASSWORD)
        code, out, err = run_cli(as_plain.render_as_string(hide_password=False), "status")
        assert code == 2 and out == "" and "Traceback" not in err
        assert "rôle propriétaire" in err and PASSWORD not in err
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                       f'DROP ROLE IF EXISTS "{plain}"')


def test_a_member_cannot_put_its_own_judge_before_the_triggers(cluster: Cluster) -> None:
    """A member with a schema of its own (where it may create) puts a deepetch_acts_as_admin
    that says yes first in its search_path: the triggers' functions look in pg_catalog and the
    application's schema only, and still refuse."""
    import psycopg

    schema = f"own_{cluster.bob_role}"
    _admin_execute(f'CREATE SCHEMA "{schema}" AUTHORIZATION "{cluster.bob_role}"',
                   url=cluster.superuser)
    with psycopg.connect(_dsn(cluster.bob), autocommit=True) as conn:
        conn.execute(f'CREATE FUNCTION "{schema}".deepetch_acts_as_admin(tbl regclass) '  # type: ignore[arg-type]
                     "RETURNS boolean LANGUAGE sql AS 'SELECT true'")
        conn.execute(f'SET search_path = "{schema}", public')  # type: ignore[arg-type]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE basket SET balance = balance + 1000")


def test_the_role_a_journal_row_names_cannot_be_forged(cluster: Cluster) -> None:
    """audit_log.db_role is filled by the database (DEFAULT current_user) and no role may
    write it: a member inserting a row naming an administrator's role is refused, and one it
    inserts without it names the member."""
    import psycopg

    refused(cluster.bob, "INSERT INTO audit_log (at, actor, action, details, db_role) "
                         f"VALUES (now(), 'x', 'limit.set', '{{}}', '{cluster.alice_role}')")
    with psycopg.connect(_dsn(cluster.bob)) as conn:
        row = conn.execute("INSERT INTO audit_log (at, actor, action, details) "
                           "VALUES (now(), 'x', 'limit.set', '{}') RETURNING db_role").fetchone()
        conn.rollback()
    assert row == (cluster.bob_role,)


def test_a_member_records_its_own_logins_and_password(cluster: Cluster) -> None:
    """What a colleague's workstation does at a login (any person's failed attempts counted,
    the holder's own password changed, a remembered login made and revoked) the member's role
    may do; the same on an administrator's row is for alice's role."""
    import psycopg

    with psycopg.connect(_dsn(cluster.bob)) as conn:
        conn.execute("UPDATE people SET failed_attempts = failed_attempts + 1")
        conn.execute("UPDATE people SET failed_attempts = 0, locked_until = NULL, "  # type: ignore[arg-type]
                     f"last_login_at = now() WHERE {ADMIN_ROW}")
        conn.execute("UPDATE people SET password_hash = '$argon2id$new', "  # type: ignore[arg-type]
                     "must_change_password = false, password_changed_at = now() "
                     f"WHERE {HOLDER_ROW}")
        conn.execute("INSERT INTO login_tokens (person_id, token_hash, created_at, "  # type: ignore[arg-type]
                     f"expires_at) VALUES ({HOLDER_ID}, 'bob', now(), now() + interval '1 day')")
        conn.execute("UPDATE login_tokens SET revoked_at = now()")
    with psycopg.connect(_dsn(cluster.alice)) as conn:
        conn.execute("UPDATE people SET password_hash = '$argon2id$claire' "  # type: ignore[arg-type]
                     f"WHERE {ADMIN_ROW}")
        conn.execute("INSERT INTO login_tokens (person_id, token_hash, created_at, "  # type: ignore[arg-type]
                     f"expires_at) VALUES ({ADMIN_ID}, 'claire', now(), now() + interval '1 day')")
    hashes = scalar(cluster.superuser, "SELECT string_agg(password_hash, ',' ORDER BY email) "
                    "FROM people WHERE email IN ('bob@atelier.fr', 'claire@atelier.fr')")
    assert hashes == "$argon2id$new,$argon2id$claire"


def test_a_holder_logs_in_and_changes_its_password_on_a_colleagues_workstation(
        cluster: Cluster) -> None:
    """The people services, through the member's role: a wrong password counted, the login
    with the one-time password an administrator gave, the new password; the installation id
    a remembered login is kept under was made by roles setup (a member may add no setting)."""
    from deepetch_desktop.domain.errors import BadCredentials

    admin = open_database(cluster.alice)
    one_time = s.give_one_time_password(admin, ADMINISTRATOR, "bob@atelier.fr", NOW)
    admin.dispose()
    bob = open_database(cluster.bob)
    try:
        with pytest.raises(BadCredentials):
            s.log_in(bob, "bob@atelier.fr", "pas le bon mot de passe", NOW)
        login = s.log_in(bob, "bob@atelier.fr", one_time, NOW)
        assert login.must_change_password
        s.change_password(bob, "bob@atelier.fr", one_time, "un autre mot de passe long", NOW)
        assert s.log_in(bob, "bob@atelier.fr", "un autre mot de passe long", NOW).actor.email \
            == "bob@atelier.fr"
    finally:
        bob.dispose()
    assert scalar(cluster.superuser, "SELECT count(*) FROM settings "
                                     "WHERE key = 'installation_id'") == 1
    roles_seen = scalar(cluster.superuser, "SELECT string_agg(DISTINCT db_role, ',') FROM "
                        "audit_log WHERE action LIKE 'person.login%'")
    assert roles_seen == cluster.bob_role


def test_what_the_database_refuses_a_member_is_one_sentence_and_nothing_written(
        cluster: Cluster) -> None:
    """The program on a colleague's workstation asked for an administrator's work (a limit, a
    purchase): the database's refusal comes back as role_refused (exit 3) naming the role and
    the database's reason, not an unexpected error; nothing is written."""
    from deepetch_desktop.domain.errors import RoleRefused

    bob = open_database(cluster.bob)
    try:
        with pytest.raises(RoleRefused) as limit:
            s.set_limit(bob, ADMINISTRATOR, 1, "monthly", 900, now=NOW)
        with pytest.raises(RoleRefused) as purchase:
            s.buy(bob, ADMINISTRATOR, "EQUIPE", 1, now=NOW)
    finally:
        bob.dispose()
    assert limit.value.exit_status == 3 and limit.value.role == cluster.bob_role
    assert "sub_accounts" in limit.value.what
    sentence = s.describe(limit.value)
    assert cluster.bob_role in sentence and "deepetch_admin" in sentence
    assert "deepetch_admin" in s.describe(purchase.value, "en")
    assert scalar(cluster.superuser, "SELECT limit_amount FROM sub_accounts") == 500
    assert scalar(cluster.superuser, "SELECT count(*) FROM batches") == 1


def test_a_schema_of_the_older_recipe_is_not_taken_for_one_set_up(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's older recipe named its owner deepetch_owner too, without the group roles:
    such a schema migrates as before (no SET ROLE, no grant to roles that do not exist); once
    the groups exist it is one set up. Names unique to this test stand for the three roles."""
    from deepetch_desktop.store import roles

    tag = uuid.uuid4().hex[:10]
    name, owner, admin, member = (f"deepetch_older_{tag}", f"owner_{tag}", f"admin_{tag}",
                                  f"member_{tag}")
    for constant, value in (("OWNER", owner), ("ADMIN", admin), ("MEMBER", member),
                            ("GROUPS", (admin, member))):
        monkeypatch.setattr(roles, constant, value)
    url = make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)
    _admin_execute(f'CREATE DATABASE "{name}"', f'CREATE ROLE "{owner}" NOLOGIN')
    try:
        open_database(url).dispose()
        downgrade(url, "0005")
        _admin_execute(f'GRANT CREATE ON SCHEMA public TO "{owner}"',
                       f'ALTER TABLE alembic_version OWNER TO "{owner}"', url=url)
        open_database(url).dispose()  # migrated: no grant to the missing groups was tried
        assert scalar(url, "SELECT version_num FROM alembic_version") != "0005"
        _admin_execute(f'CREATE ROLE "{admin}" NOLOGIN', f'CREATE ROLE "{member}" NOLOGIN')
        from sqlalchemy import create_engine

        engine = create_engine(url)
        with engine.connect() as conn:
            assert roles.is_set_up(conn)
        engine.dispose()
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                       *(f'DROP ROLE IF EXISTS "{r}"' for r in (admin, member, owner)))


def test_a_window_can_ask_whether_its_role_acts_as_an_administrator(
        cluster: Cluster, tmp_path: Path) -> None:
    """What a workstation asks before running the catch-up: yes for the superuser and alice,
    no for bob; yes on SQLite (the file is the boundary)."""
    answers = {}
    for who, url in (("superuser", cluster.superuser), ("alice", cluster.alice),
                     ("bob", cluster.bob), ("sqlite", f"sqlite:///{tmp_path}/d.sqlite3")):
        db = open_database(url)
        answers[who] = s.acts_as_admin(db)
        db.dispose()
    assert answers == {"superuser": True, "alice": True, "bob": False, "sqlite": True}


def test_the_databases_owner_with_createrole_may_run_roles_setup_and_migrate() -> None:
    """No superuser: the database's owner, with CREATEROLE, creates the schema, runs roles
    setup, and later migrations run as deepetch_owner through its membership."""
    tag = uuid.uuid4().hex[:10]
    name, dba, member = f"deepetch_dba_{tag}", f"dba_{tag}", f"colleague_{tag}"
    base = make_url(pg_admin_url())
    _admin_execute(f"CREATE ROLE \"{dba}\" LOGIN CREATEROLE PASSWORD '{PASSWORD}'",
                   f'CREATE DATABASE "{name}" OWNER "{dba}"')
    url = base.set(username=dba, password=PASSWORD, database=name).render_as_string(
        hide_password=False)
    try:
        code, out, err = run_cli(url, "--json", "roles", "setup")
        assert code == 0, err
        assert json.loads(out)["unruled"] == []
        owners = scalar(url, "SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables "
                             "WHERE schemaname = 'public'")
        assert owners == OWNER
        db = open_database(url)
        setup_company(db)
        db.dispose()
        _admin_execute(f"CREATE ROLE \"{member}\" LOGIN PASSWORD '{PASSWORD}' IN ROLE {MEMBER}")
        as_member = base.set(username=member, password=PASSWORD, database=name)
        refused(as_member.render_as_string(hide_password=False),
                "UPDATE basket SET balance = balance + 1")
        downgrade(url, "0005")
        open_database(url).dispose()  # migrated again by the owner's member, as the owner
        functions = scalar(url, "SELECT string_agg(DISTINCT pg_get_userbyid(proowner), ',') "
                                "FROM pg_proc WHERE pronamespace = 'public'::regnamespace")
        assert functions == OWNER
        refused(as_member.render_as_string(hide_password=False),
                "UPDATE basket SET balance = balance + 1")
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                       f'DROP ROLE IF EXISTS "{member}"', f'DROP ROLE IF EXISTS "{dba}"')
