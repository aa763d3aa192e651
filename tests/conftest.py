"""Shared fixtures: a real SQLite file and a real PostgreSQL database for each test; the company
most tests start from is built once per session and copied (a file, or a PostgreSQL template)."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from multiprocessing.synchronize import Event
from pathlib import Path

import argon2
import hypothesis
import pytest

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.domain.errors import DeepetchError
from deepetch_desktop.services.results import ADMINISTRATOR
from deepetch_desktop.store import password_hashes
from deepetch_desktop.store.engine import Database

PG_ENV = "DEEPETCH_TEST_PG_URL"
NOW = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
DB_FILE = "deepetch.sqlite3"

# The administrator every test company has (issue 11: the command line acts as a person):
# `setup_company` and the command line's `init` and `demo` create them, and DEEPETCH_USER and
# DEEPETCH_PASSWORD name them to every command a test runs (see `_test_administrator`).
TEST_ADMIN_NAME = "Claire Dubois"
TEST_ADMIN_EMAIL = "claire.dubois@atelier-lumiere.fr"
TEST_PASSWORD = "cheval agrafe pile correcte"

# Argon2id's cheapest parameters in the tests' processes (and the workers forked from them):
# thousands of commands each check a password. The product's own are tested apart
# (tests/unit/test_passwords.py); a command run as a new process uses them.
password_hashes.use_parameters(argon2.profiles.CHEAPEST)

# No per-example time limit in the property tests: a busy machine (CI, other builds) made
# exact, fast examples miss Hypothesis's default 200 ms and fail for nothing. Speed is measured
# in benchmarks/, never asserted here.
hypothesis.settings.register_profile("deepetch", deadline=None)
hypothesis.settings.load_profile("deepetch")


@pytest.fixture(scope="session", autouse=True)
def _test_administrator() -> Iterator[None]:
    """DEEPETCH_USER and DEEPETCH_PASSWORD for the whole session (the session's templates are
    built with them too): every command a test runs logs in as TEST_ADMIN_EMAIL."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DEEPETCH_USER", TEST_ADMIN_EMAIL)
        patch.setenv("DEEPETCH_PASSWORD", TEST_PASSWORD)
        patch.delenv("DEEPETCH_NEW_PASSWORD", raising=False)
        yield


@pytest.fixture(scope="session", autouse=True)
def _system_keyring_chosen_first() -> None:
    """keyring chooses its default backend on first use, among every backend class imported,
    by priority. Chosen here, before any test names a file keyring's file: else a test that
    sets DEEPETCH_TEST_KEYRING and saves « the keyring before » would save a file keyring,
    which refuses to work once that variable is gone, in every later test."""
    import keyring

    keyring.get_keyring()


def worker_context() -> multiprocessing.context.BaseContext:
    """Where tests start their other processes (workstations, writers): as separate as spawned
    ones (a fresh interpreter, no inherited thread, connection or engine), but forked from a
    server that has imported the application once, instead of ~1 s of imports per process."""
    context = multiprocessing.get_context("forkserver")
    # The package imports its use cases on first use (issue 12): their modules by name.
    use_cases = sorted({f"deepetch_desktop.services{module}"
                        for module in s._WHERE.values() if module.startswith(".")})
    context.set_forkserver_preload(["deepetch_desktop.bootstrap", "deepetch_desktop.services",
                                    *use_cases, "psycopg", "tests.conftest"])
    return context


def submit_until_stopped(url: str, stop: Event) -> None:
    """A writer process: one-credit tasks for sub-account 1 until `stop` (90 s at most);
    the refusals a busy database gives are retried."""
    database = open_database(url)
    give_up = time.time() + 90
    while not stop.is_set() and time.time() < give_up:
        try:
            s.submit_task(database, ADMINISTRATOR, sub_account=1, service_code="RELECTURE",
                          units=1, now=NOW)
        except DeepetchError:
            time.sleep(0.01)
    database.dispose()


def pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must start PostgreSQL (.ci/start-postgres.sh)")
        pytest.skip(f"no PostgreSQL server ({PG_ENV} unset)")
    return url


def _pg_admin(*statements: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    dsn = make_url(pg_admin_url()).set(drivername="postgresql")
    with psycopg.connect(dsn.render_as_string(hide_password=False), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


def _pg_database_url(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)


@contextmanager
def _pg_database(template: str | None = None) -> Iterator[str]:
    """A new PostgreSQL database (empty, or a copy of `template`), dropped afterwards."""
    name = f"deepetch_test_{uuid.uuid4().hex[:12]}"
    _pg_admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield _pg_database_url(name)
    finally:
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database, dropped afterwards."""
    with _pg_database() as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / DB_FILE}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """A new, migrated database: a SQLite file at sqlite_url's place, or a PostgreSQL copy of
    the session's migrated template (migrating costs more than copying)."""
    if request.param == "sqlite":
        database = open_database(request.getfixturevalue("sqlite_url"))
        yield database
        database.dispose()
        return
    with _pg_database(request.getfixturevalue("migrated_pg_template")) as url:
        database = open_database(url)
        yield database
        database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database = open_database(sqlite_url)
    yield database
    database.dispose()


def setup_company(database: Database, *, credits_packs: int = 1, approve: bool = True,
                  now: datetime = NOW) -> Database:
    """A company with approved terms and `credits_packs` × Équipe (2 000 credits each), and
    its administrator TEST_ADMIN_EMAIL (who logs in with TEST_PASSWORD)."""
    s.init_company(database, ADMINISTRATOR, name="Atelier Lumière", siren="552100554",
                   legal_form="SAS", address="8 quai des Chartrons\n33000 Bordeaux\nFrance",
                   vat_number="FR96552100554", einvoicing_address="552100554",
                   email="compta@atelier-lumiere.fr", now=now)
    s.create_first_administrator(database, TEST_ADMIN_NAME, TEST_ADMIN_EMAIL, TEST_PASSWORD, now)
    if approve:
        s.approve_terms(database, ADMINISTRATOR, now)
        if credits_packs:
            s.buy(database, ADMINISTRATOR, "EQUIPE", credits_packs, now=now)
    return database


# --- templates: a database built once per session, copied for each test ----------------------


def sqlite_template(factory: pytest.TempPathFactory, name: str,
                    build: Callable[[Database], object]) -> Path:
    """A SQLite file that `build` filled, closed and checkpointed: a plain copy of it is then a
    whole database (no -wal file holds part of it)."""
    path = factory.mktemp(f"template-{name}") / DB_FILE
    database = open_database(f"sqlite:///{path}")
    try:
        build(database)
    finally:
        database.dispose()
    conn = sqlite3.connect(path)
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    assert busy == 0 and not path.with_name(f"{DB_FILE}-wal").exists(), "template not closed"
    return path


def copy_sqlite_template(template: Path, target: Path) -> str:
    """A private copy of `template` at `target` (0600, as open_database creates one); its URL."""
    shutil.copyfile(template, target)
    target.chmod(0o600)
    return f"sqlite:///{target}"


@pytest.fixture(scope="session")
def company_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sqlite_template(tmp_path_factory, "company", setup_company)


@contextmanager
def _pg_template(build: Callable[[Database], object]) -> Iterator[str]:
    """A PostgreSQL template database, migrated and filled by `build`, closed to connections
    (CREATE DATABASE ... TEMPLATE wants no session on it); dropped afterwards."""
    name = f"deepetch_template_{uuid.uuid4().hex[:12]}"
    _pg_admin(f'CREATE DATABASE "{name}"')
    try:
        database = open_database(_pg_database_url(name))
        try:
            build(database)
        finally:
            database.dispose()
        _pg_admin(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')
        yield name
    finally:
        _pg_admin(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE false',
                  f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def migrated_pg_template() -> Iterator[str]:
    with _pg_template(lambda database: None) as name:
        yield name


@pytest.fixture(scope="session")
def company_pg_template() -> Iterator[str]:
    """A PostgreSQL template database holding setup_company()'s company."""
    with _pg_template(setup_company) as name:
        yield name


@pytest.fixture
def sqlite_company(tmp_path: Path, company_sqlite_template: Path) -> Iterator[Database]:
    """setup_company() on a SQLite file at sqlite_url's place."""
    database = open_database(copy_sqlite_template(company_sqlite_template, tmp_path / DB_FILE))
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def company(request: pytest.FixtureRequest) -> Iterator[Database]:
    """setup_company() on each database: a copy of the session's SQLite file or PostgreSQL
    template."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_company")
        return
    with _pg_database(request.getfixturevalue("company_pg_template")) as url:
        database = open_database(url)
        yield database
        database.dispose()
