"""A read-only look at a database (for --self-test --db URL): what it finds, and no write."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.domain.errors import DatabaseRefused
from deepetch_desktop.services.database_check import check_database
from tests.conftest import NOW, setup_company


def _tables(url: str) -> set[str]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_an_empty_database_stays_empty(db_url: str) -> None:
    found = check_database(db_url)
    assert (found.schema, found.company) == ("absent" if "sqlite" in db_url else "empty", None)
    if "sqlite" in db_url:
        assert not Path(db_url.removeprefix("sqlite:///")).exists()
    else:
        assert _tables(db_url) == set()


def test_a_database_in_use_is_read_not_written(db_url: str) -> None:
    db = open_database(db_url)
    setup_company(db, now=NOW)
    db.dispose()
    before = _tables(db_url)
    found = check_database(db_url)
    assert (found.schema, found.company) == ("current", "Atelier Lumière")
    assert found.dialect in db_url
    assert _tables(db_url) == before


def test_an_older_schema_is_reported_not_migrated(sqlite_url: str) -> None:
    open_database(sqlite_url).dispose()
    engine = create_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    assert check_database(sqlite_url).schema == "older"
    with create_engine(sqlite_url).connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"not a database at all")
    with pytest.raises(DatabaseRefused) as refused:
        check_database(f"sqlite:///{path}")
    assert refused.value.reason == "not_a_database"
    assert path.read_bytes() == b"not a database at all"


def test_a_newer_schema_and_unreachable_servers_are_refused(sqlite_url: str) -> None:
    open_database(sqlite_url).dispose()
    engine = create_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(DatabaseRefused) as newer:
        check_database(sqlite_url)
    assert newer.value.reason == "newer_schema"
    with pytest.raises(DatabaseRefused) as unreachable:
        check_database("postgresql://nobody:secret@127.0.0.1:9/none")
    assert unreachable.value.reason == "cannot_connect"
    assert "secret" not in unreachable.value.location
    for url, reason in (("mysql://x/y", "unsupported_database"), ("nonsense", "bad_url")):
        with pytest.raises(DatabaseRefused) as refused:
            check_database(url)
        assert refused.value.reason == reason
