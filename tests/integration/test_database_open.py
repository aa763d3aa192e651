"""Opening databases: migrations on open, refusing what cannot be trusted, unchanged."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import inspect, text

from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.domain.errors import DatabaseRefused
from deepetch_desktop.store.migrate import head_revision
from deepetch_desktop.store.tables import metadata


def digest(path) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_file_is_created_migrated_with_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "sub" / "deepetch.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == head_revision()
    assert set(metadata.tables) <= set(inspect(db.write_engine).get_table_names())
    db.dispose()
    open_database(f"sqlite:///{path}").dispose()  # reopening is a no-op


def test_the_migrated_schema_matches_the_tables(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.write_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_amount_columns_are_integers(db):
    columns = inspect(db.write_engine).get_columns("ledger_entries")
    kinds = {c["name"]: str(c["type"]).upper() for c in columns}
    assert "INT" in kinds["credits"] and "INT" in kinds["balance_after"]
    for table, column in [("invoices", "gross_cents"), ("payments", "amount_cents"),
                          ("basket", "balance"), ("usage", "used")]:
        columns = inspect(db.write_engine).get_columns(table)
        kinds = {c["name"]: str(c["type"]).upper() for c in columns}
        assert "INT" in kinds[column], (table, column)


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"Liste de courses\n" * 300)
    before = digest(path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(f"sqlite:///{path}")
    assert refused.value.reason == "not_a_database"
    assert digest(path) == before
    assert not (tmp_path / "notes.sqlite3-wal").exists()


def test_a_database_from_a_newer_program_is_refused_unchanged(tmp_path):
    path = tmp_path / "future.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(f"sqlite:///{path}")
    assert refused.value.reason == "newer_schema"
    assert digest(path) == before


def test_a_newer_postgresql_schema_is_refused(pg_url):
    open_database(pg_url).dispose()
    import psycopg
    from sqlalchemy.engine import make_url

    dsn = make_url(pg_url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseRefused, match="newer_schema"):
        open_database(pg_url)


def test_an_unreachable_server_is_a_clear_refusal():
    with pytest.raises(DatabaseRefused) as refused:
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert refused.value.reason == "cannot_connect"


def test_float_amounts_are_refused_before_reaching_the_database(company):
    from deepetch_desktop.store import tables as t

    with pytest.raises(Exception, match="integers"):
        with company.write_engine.begin() as conn:
            conn.execute(t.basket.update().values(balance=12.5))
