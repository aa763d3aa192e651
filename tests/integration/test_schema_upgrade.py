"""The schema upgrade with several workstations (issue 16): an older program refuses a schema a
newer one migrated, naming the version to install; the first upgraded workstation migrates,
once, under an advisory lock, while the others wait and find it done."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout

import pytest
from sqlalchemy import text

import deepetch_desktop
from deepetch_desktop.cli import main
from deepetch_desktop.domain.errors import DatabaseRefused
from deepetch_desktop.services import describe
from deepetch_desktop.store import revision
from deepetch_desktop.store.engine import open_database
from tests.conftest import _pg_database, worker_context

NEWER = "0.2.0"


def _as_older_program(monkeypatch: pytest.MonkeyPatch) -> None:
    """The program before the head migration: it knows every revision but the last."""
    older = revision.REVISIONS[:-1]
    monkeypatch.setattr(revision, "REVISIONS", older)
    monkeypatch.setattr(revision, "HEAD_REVISION", older[-1])
    monkeypatch.setattr(revision, "KNOWN_REVISIONS", frozenset(older))


def test_an_older_program_refuses_a_newer_schema_naming_the_version(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as newer:
        newer.setattr(deepetch_desktop, "__version__", NEWER)
        open_database(db_url).dispose()  # the newer program migrates, and says it did
    _as_older_program(monkeypatch)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(db_url)
    assert refused.value.reason == "newer_schema" and refused.value.version == NEWER
    sentence = describe(refused.value, "fr")
    assert f"mise à jour par Deepetch Desktop {NEWER}\u00a0: installez cette version" in sentence
    assert f"Deepetch Desktop {NEWER}: install that version" in describe(refused.value, "en")
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()) as err:
        assert main(["--db", db_url, "status"]) == 2
    assert NEWER in err.getvalue() and len(err.getvalue().strip().splitlines()) == 1


def _open(url: str, barrier: object) -> str:
    barrier.wait()  # type: ignore[attr-defined]
    try:
        open_database(url).dispose()
    except Exception as exc:  # noqa: BLE001 - reported to the test
        return f"{type(exc).__name__}: {exc}"
    return "ok"


def test_workstations_started_at_once_migrate_once() -> None:
    """Four workstations of the new version start together on a schema one revision behind:
    all open it, the migration having run once (without the lock, the others' CREATE TRIGGER
    would fail on the first's)."""
    from alembic import command

    from deepetch_desktop.store.migrate import alembic_config

    with _pg_database() as url:
        older = open_database(url, migrate=False)
        with older.write_engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision.REVISIONS[-2])
        older.dispose()
        context = worker_context()
        with context.Manager() as manager:
            barrier = manager.Barrier(4)
            with context.Pool(4) as pool:
                results = pool.starmap(_open, [(url, barrier)] * 4)
        assert results == ["ok"] * 4
        database = open_database(url)
        try:
            with database.read() as conn:
                assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars() \
                    .all() == [revision.HEAD_REVISION]
                triggers = conn.execute(text(
                    "SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%\\_announce'"
                )).scalar_one()
                assert triggers > 0
        finally:
            database.dispose()
