"""The benchmark floors' remembered-login check (benchmarks/floors/remembered.py, issue 11) finds
the person ours finds, and nobody when ours finds nobody: the floors of `deepetch status` and of
the window's first paint do the work ours does before anything else, no more and no less."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import keyring
import pytest

from benchmarks import file_keyring
from benchmarks.floors import status_json
from benchmarks.floors.remembered import remembered
from deepetch_desktop import services as s
from deepetch_desktop.services.results import Actor
from deepetch_desktop.store.engine import Database
from tests.conftest import NOW, TEST_ADMIN_EMAIL, TEST_ADMIN_NAME, TEST_PASSWORD, setup_company


@pytest.fixture
def bench_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The benchmark run's keyring file, as benchmarks/__main__.py sets it up."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv(file_keyring.ENV, str(path))
    before = keyring.get_keyring()
    keyring.set_keyring(file_keyring.FileKeyring())
    yield path
    keyring.set_keyring(before)


def _both(db: Database, path: str, at: datetime) -> tuple[str | None, str | None]:
    """(the name ours remembers, the name the floor finds) at `at`."""
    ours = s.remembered_login(db, at)
    con = sqlite3.connect(path)
    try:
        floor = remembered(con, at)
    finally:
        con.close()
    return (ours.name if ours else None), floor


def test_the_floor_finds_whom_ours_finds(sqlite_db: Database, bench_keyring: Path) -> None:
    setup_company(sqlite_db)
    path = sqlite_db.url.removeprefix("sqlite:///")
    assert _both(sqlite_db, path, NOW) == (None, None)  # nobody remembered yet
    assert status_json.status(path, NOW) is None
    boss = s.log_in(sqlite_db, TEST_ADMIN_EMAIL, TEST_PASSWORD, NOW).actor
    s.remember_login(sqlite_db, boss, NOW)
    assert _both(sqlite_db, path, NOW) == (TEST_ADMIN_NAME, TEST_ADMIN_NAME)
    shown = status_json.status(path, NOW)
    assert shown is not None and shown["company"] == "Atelier Lumière"
    assert _both(sqlite_db, path, NOW + timedelta(days=30)) == (None, None)  # expired
    other = s.add_administrator(sqlite_db, boss, "Paul Martin", "paul@atelier-lumiere.fr",
                                NOW)[0]
    paul = Actor(other.name, None, other.id, other.email)
    s.lock_person(sqlite_db, paul, TEST_ADMIN_EMAIL, NOW)
    assert _both(sqlite_db, path, NOW) == (None, None)  # locked (and the token revoked)
    s.unlock_person(sqlite_db, paul, TEST_ADMIN_EMAIL, NOW)
    s.remember_login(sqlite_db, boss, NOW)  # the lock revoked the token: remembered again
    assert _both(sqlite_db, path, NOW) == (TEST_ADMIN_NAME, TEST_ADMIN_NAME)
    s.forget_login(sqlite_db, NOW)  # « Se déconnecter »
    assert _both(sqlite_db, path, NOW) == (None, None)
