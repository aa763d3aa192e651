"""The SQLite file under the application: created private, another application's file left
alone, a file deleted or replaced while open never written into, a full disk or a read-only
file said as such (never « not a database »)."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat

import pytest
from sqlalchemy import event

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.cli import main
from deepetch_desktop.domain.errors import DatabaseRefused
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from tests.conftest import NOW, setup_company


def mode(path) -> int:  # type: ignore[no-untyped-def]
    return stat.S_IMODE(os.stat(path).st_mode)


def snapshot(folder) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Every file of `folder` and its content: "nothing written anywhere" is this unchanged."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def ledger_of(path) -> list[tuple]:  # type: ignore[type-arg]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT id, kind, credits, balance_after FROM ledger_entries "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()


def test_folder_database_and_companions_are_private_whatever_the_umask(tmp_path):
    path = tmp_path / "données" / "deepetch.sqlite3"
    old = os.umask(0o022)
    try:
        database = open_database(f"sqlite:///{path}")
        setup_company(database)
        assert mode(path.parent) == 0o700
        assert mode(path) == 0o600
        for companion in ("-wal", "-shm"):
            assert mode(f"{path}{companion}") == 0o600
        database.dispose()
    finally:
        os.umask(old)


def test_an_existing_folder_keeps_its_mode(tmp_path):
    folder = tmp_path / "partagé"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    open_database(f"sqlite:///{folder / 'deepetch.sqlite3'}").dispose()
    assert mode(folder) == 0o755
    assert mode(folder / "deepetch.sqlite3") == 0o600


def test_a_database_an_older_version_left_readable_is_made_private(tmp_path):
    path = tmp_path / "deepetch.sqlite3"
    database = open_database(f"sqlite:///{path}")
    setup_company(database)
    database.dispose()
    for file in (path, f"{path}-wal", f"{path}-shm"):
        if os.path.exists(file):
            os.chmod(file, 0o644)  # what versions before the private files left
    database = open_database(f"sqlite:///{path}")
    try:
        assert s.status(database, ADMIN, NOW).balance == 2000
        assert mode(path) == 0o600
        for companion in ("-wal", "-shm"):
            if os.path.exists(f"{path}{companion}"):
                assert mode(f"{path}{companion}") == 0o600
    finally:
        database.dispose()


def make_foreign(path, with_alembic: bool) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('Camille')")
    if with_alembic:  # another application that also uses Alembic
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("with_alembic", [False, True])
def test_another_applications_sqlite_file_is_refused_unchanged(tmp_path, capsys, with_alembic):
    path = tmp_path / "carnet.sqlite3"
    make_foreign(path, with_alembic)
    before = snapshot(tmp_path)
    code = main(["--db", f"sqlite:///{path}", "--json", "status"])
    err = capsys.readouterr().err
    assert code == 2
    error = json.loads(err)
    assert error["error"] == "database_refused"
    assert error["details"]["reason"] == "foreign_database"
    assert "d'une autre application" in error["message"]
    assert snapshot(tmp_path) == before  # no table created, no -wal, no -shm
    conn = sqlite3.connect(path)
    assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")} \
        == ({"contacts", "alembic_version"} if with_alembic else {"contacts"})
    conn.close()


def test_an_empty_sqlite_file_is_a_new_database(tmp_path):
    path = tmp_path / "vide.sqlite3"
    sqlite3.connect(path).close()
    database = open_database(f"sqlite:///{path}")
    setup_company(database)
    database.dispose()


@pytest.fixture
def opened(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "deepetch.sqlite3"
    database = open_database(f"sqlite:///{path}")
    setup_company(database)
    yield path, database
    database.dispose()


def test_a_database_deleted_while_open_refuses_the_next_purchase(opened):
    path, database = opened
    folder = path.parent
    ledger = s.list_ledger(database, ADMIN)
    os.unlink(path)
    before = snapshot(folder)
    with pytest.raises(DatabaseRefused) as refused:
        s.buy(database, s.ADMINISTRATOR, "EQUIPE", 1, now=NOW)
    assert refused.value.reason == "database_moved"
    assert "supprimé ou remplacé" in s.describe(refused.value)
    assert "deleted or replaced" in s.describe(refused.value, "en")
    assert not path.exists()  # not quietly recreated empty
    assert snapshot(folder) == before  # the -wal the unlinked file still uses: untouched
    with pytest.raises(DatabaseRefused, match="database_moved"):
        s.submit_task(database, s.ADMINISTRATOR, sub_account=1, service_code="TRAD_TEXTE",
                      units=1, now=NOW)
    assert s.list_ledger(database, ADMIN) == ledger  # read from the unlinked file, still open


def test_a_database_replaced_while_open_is_not_written_into(opened, tmp_path):
    path, database = opened
    other = tmp_path / "other"
    other.mkdir()
    copy = open_database(f"sqlite:///{other / 'copy.sqlite3'}")
    setup_company(copy, credits_packs=0)
    copy.dispose()
    os.replace(other / "copy.sqlite3", path)  # e.g. a restore made by another program
    for companion in ("-wal", "-shm"):
        (path.parent / f"{path.name}{companion}").unlink(missing_ok=True)
    ledger = ledger_of(path)
    before = snapshot(path.parent)
    with pytest.raises(DatabaseRefused) as refused:
        s.buy(database, s.ADMINISTRATOR, "EQUIPE", 1, now=NOW)
    assert refused.value.reason == "database_moved"
    assert snapshot(path.parent) == before
    assert ledger_of(path) == ledger


def test_a_full_disk_is_said_as_such_and_nothing_is_saved(opened):
    path, database = opened
    database.dispose()

    @event.listens_for(database.write_engine, "connect")
    def _no_room(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")  # the file may not grow: SQLITE_FULL

    ledger = ledger_of(path)
    with pytest.raises(DatabaseRefused) as refused:
        for _ in range(50):  # the WAL has room for a few pages; the checkpoint then fails
            s.buy(database, s.ADMINISTRATOR, "EQUIPE", 1, now=NOW)
            ledger = ledger_of(path)
    assert refused.value.reason == "disk_full"
    sentence = s.describe(refused.value)
    assert "plein" in sentence and "libérez de la place" in sentence
    assert "not a database" not in sentence and "pas une base" not in sentence
    assert "full" in s.describe(refused.value, "en")
    assert ledger_of(path) == ledger
    assert s.verify(database, ADMIN).ok


def test_a_read_only_database_is_said_as_such(opened):
    path, database = opened
    database.dispose()

    @event.listens_for(database.write_engine, "connect")
    def _read_only(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA query_only=1")  # SQLite answers SQLITE_READONLY

    ledger = ledger_of(path)
    with pytest.raises(DatabaseRefused) as refused:
        s.buy(database, s.ADMINISTRATOR, "EQUIPE", 1, now=NOW)
    assert refused.value.reason == "read_only"
    assert "lecture seule" in s.describe(refused.value)
    assert "read-only" in s.describe(refused.value, "en")
    assert ledger_of(path) == ledger
