"""Read-only opening of a SQLite file (issue 15): `deepetch --read-only` reads a copy and writes
nothing to it (not even a -wal or -shm file); a write is refused in one sentence; a file that
cannot be read without writing (an older schema to migrate, a live journal beside it) is
refused, saying why."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from deepetch_desktop import bootstrap
from deepetch_desktop.cli import main
from deepetch_desktop.domain.errors import DatabaseRefused
from deepetch_desktop.store.revision import REVISIONS
from tests.conftest import copy_sqlite_template


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def copy(tmp_path: Path, company_sqlite_template: Path) -> Path:
    folder = tmp_path / "review"
    folder.mkdir()
    path = folder / "copie.sqlite3"
    copy_sqlite_template(company_sqlite_template, path)
    return path


def test_cli_reads_a_copy_and_refuses_to_write(copy: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    before = fingerprint(copy.parent)
    url = f"sqlite:///{copy}"
    assert main(["--read-only", "--db", url, "--json", "status"]) == 0
    assert '"company": "Atelier Lumière"' in capsys.readouterr().out
    assert main(["--read-only", "--db", url, "report", "usage", "--from", "2026-01-01",
                 "--to", "2026-12-31"]) == 0
    capsys.readouterr()
    assert main(["--read-only", "--db", url, "buy", "EQUIPE"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("deepetch\u00a0: La base ") and "lecture seule (--read-only)" in err
    assert err.count("\n") == 1
    assert fingerprint(copy.parent) == before
    assert [p.name for p in copy.parent.iterdir()] == [copy.name]  # no -wal, no -shm
    # Without --read-only the same purchase is made: the test can tell the difference.
    assert main(["--db", url, "buy", "EQUIPE"]) == 0, capsys.readouterr().err
    assert fingerprint(copy.parent).get(copy.name) != before[copy.name]


def test_an_older_schema_is_not_migrated(copy: Path) -> None:
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE alembic_version SET version_num = ?", (REVISIONS[-2],))
    conn.commit()
    conn.close()
    before = fingerprint(copy.parent)
    with pytest.raises(DatabaseRefused) as refused:
        bootstrap.open_database(f"sqlite:///{copy}", read_only=True)
    assert refused.value.reason == "review_old_schema"
    assert fingerprint(copy.parent) == before


def test_a_journal_beside_the_file_is_refused(copy: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    writer = sqlite3.connect(copy)  # a live database: its -wal holds what the file lacks
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE company SET name = 'Ailleurs'")
    writer.commit()
    try:
        assert Path(f"{copy}-wal").stat().st_size > 0
        assert main(["--read-only", "--db", f"sqlite:///{copy}", "status"]) == 2
        err = capsys.readouterr().err
        assert "journal -wal non vide" in err and err.count("\n") == 1
    finally:
        writer.close()


@pytest.mark.parametrize("url", ["sqlite:///{missing}", "sqlite://",
                                 "postgresql+psycopg://deepetch@127.0.0.1:1/deepetch"])
def test_only_an_existing_sqlite_file_opens_read_only(tmp_path: Path, url: str) -> None:
    with pytest.raises(DatabaseRefused) as refused:
        bootstrap.open_database(url.format(missing=tmp_path / "absent.sqlite3"), read_only=True)
    assert refused.value.reason == "review_needs_file"
    assert list(tmp_path.iterdir()) == []
