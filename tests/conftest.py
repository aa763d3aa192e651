"""Shared fixtures: a real SQLite file and a real PostgreSQL database for each test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.services.results import ADMINISTRATOR

PG_ENV = "DEEPETCH_TEST_PG_URL"
NOW = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)


def pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must start PostgreSQL (.ci/start-postgres.sh)")
        pytest.skip(f"no PostgreSQL server ({PG_ENV} unset)")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database, dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(pg_admin_url())
    name = f"deepetch_test_{uuid.uuid4().hex[:12]}"
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield admin.set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path / 'deepetch.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request) -> str:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url):  # type: ignore[no-untyped-def]
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url):  # type: ignore[no-untyped-def]
    database = open_database(sqlite_url)
    yield database
    database.dispose()


def setup_company(database, *, credits_packs: int = 1, approve: bool = True, now=NOW):  # type: ignore[no-untyped-def]
    """A company with approved terms and `credits_packs` × Équipe (2 000 credits each)."""
    s.init_company(database, ADMINISTRATOR, name="Atelier Lumière", siren="552100554",
                   legal_form="SAS", address="8 quai des Chartrons\n33000 Bordeaux\nFrance",
                   email="compta@atelier-lumiere.fr", now=now)
    if approve:
        s.approve_terms(database, ADMINISTRATOR, now)
        if credits_packs:
            s.buy(database, ADMINISTRATOR, "EQUIPE", credits_packs, now=now)
    return database


@pytest.fixture
def company(db):  # type: ignore[no-untyped-def]
    return setup_company(db)


@pytest.fixture
def sqlite_company(sqlite_db):  # type: ignore[no-untyped-def]
    return setup_company(sqlite_db)
