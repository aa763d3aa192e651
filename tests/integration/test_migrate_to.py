"""`deepetch migrate-to URL` (issue 16): the demo plus 10 000 generated tasks, copied from its
SQLite file into an empty PostgreSQL database, keeps every row of every table (counts and
content); `audit verify` passes on the copy; the file is marked as moved and says where the
account lives; a second run, or a copy into a database that is not empty, is refused and
changes nothing."""

from __future__ import annotations

import hashlib
import io
import json
from contextlib import redirect_stderr, redirect_stdout
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url

from deepetch_desktop import services as s
from deepetch_desktop.cli import main
from deepetch_desktop.services import ADMINISTRATOR
from deepetch_desktop.store import tables as t
from deepetch_desktop.store.engine import Database, open_database
from tests.conftest import _pg_database, copy_sqlite_template, sqlite_template
from tests.integration.test_cli import dump

GENERATED_TASKS = 10_000
# The office is made once for the module by 10 000 submits through the service (about a minute
# on an idle machine, several on a busy one): more than the suite's time-out per test.
pytestmark = pytest.mark.timeout(900)


def run(*args: str) -> tuple[int, str, str]:
    with redirect_stdout(io.StringIO()) as out, redirect_stderr(io.StringIO()) as err:
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def _demo_and_tasks(database: Database) -> None:
    code, _out, err = run("--db", database.url, "demo")
    assert code == 0, err
    now = datetime.now(UTC)  # the demo's company was made up to now
    sub = s.add_sub_account(database, ADMINISTRATOR, name="Générateur de charge",
                            email="charge@atelier-lumiere.fr", now=now).id
    s.buy(database, ADMINISTRATOR, "ENTREPRISE", 40, now=now)
    for n in range(GENERATED_TASKS):
        s.submit_task(database, ADMINISTRATOR, sub_account=sub, service_code="RELECTURE",
                      units=1 + n % 3, title=f"Lot {n}", key=f"charge-{n}",
                      now=now + timedelta(milliseconds=n))


@pytest.fixture(scope="module")
def busy_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sqlite_template(tmp_path_factory, "demo-10k", _demo_and_tasks)


@pytest.fixture
def source_url(tmp_path: Path, busy_template: Path) -> str:
    return copy_sqlite_template(busy_template, tmp_path / "office.sqlite3")


def contents(url: str) -> dict[str, tuple[int, str]]:
    """Every table's row count and a SHA-256 of its rows (ordered by primary key), read
    through the tables' own types, whichever the database."""
    engine = create_engine(url)
    found: dict[str, tuple[int, str]] = {}
    try:
        with engine.connect() as conn:
            for table in t.metadata.sorted_tables:
                digest, count = hashlib.sha256(), 0
                rows = conn.execute(select(table).order_by(*table.primary_key.columns))
                for row in rows:
                    if table is t.settings and row.key == "account.moved_to":
                        continue  # the one row the move adds to the file
                    digest.update(repr(tuple(row)).encode())
                    count += 1
                found[table.name] = (count, digest.hexdigest())
    finally:
        engine.dispose()
    return found


@pytest.mark.slow
def test_the_copy_keeps_every_row_and_verifies(source_url: str) -> None:
    before = contents(source_url)
    assert before["tasks"][0] > GENERATED_TASKS
    with _pg_database() as target:
        code, out, err = run("--db", source_url, "--json", "migrate-to", target)
        assert code == 0, err
        result = json.loads(out)
        assert result["verified"] is True
        assert result["tables"] == {name: count for name, (count, _) in before.items()}
        assert result["rows"] == sum(count for count, _ in before.values())
        assert result["balance"] == result["ledger_sum"]
        # Every row, the same content, table by table.
        assert contents(target) == before
        # audit verify, as anyone would run it, on the copy.
        code, out, err = run("--db", target, "--json", "audit", "verify")
        assert code == 0, err
        assert json.loads(out)["ok"] is True
        # The copy is a working database: the next ids follow the copied ones, chains go on.
        copy = open_database(target)
        try:
            highest = before["tasks"][0]  # ids 1..N: none was ever deleted
            later = datetime.now(UTC) + timedelta(minutes=5)
            done = s.submit_task(copy, ADMINISTRATOR, sub_account="charge@atelier-lumiere.fr",
                                 service_code="RELECTURE", units=1, now=later)
            assert done.task_id == highest + 1
            assert s.verify(copy, ADMINISTRATOR).ok
        finally:
            copy.dispose()
    # The file: unchanged but for the mark, and opening it says where the account lives.
    assert contents(source_url) == before
    code, _out, err = run("--db", source_url, "status")
    assert code == 3
    assert "déplacé sur le serveur" in err and make_url(target).database in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_second_run_is_refused_and_changes_nothing(source_url: str, tmp_path: Path,
                                                     busy_template: Path) -> None:
    with _pg_database() as target:
        assert run("--db", source_url, "migrate-to", target)[0] == 0
        copied = contents(target)
        file_after = contents(source_url)
        # The same file again: it says where its account is, and nothing is written.
        code, _out, err = run("--db", source_url, "--json", "migrate-to", target)
        assert code == 3 and json.loads(err)["error"] == "account_moved"
        # Another copy of the office into the same database: the target is not empty.
        other = copy_sqlite_template(busy_template, tmp_path / "other.sqlite3")
        other_before = dump(other)
        code, _out, err = run("--db", other, "migrate-to", target)
        assert code == 3
        assert "n'est pas vide" in err and len(err.strip().splitlines()) == 1
        assert contents(target) == copied
        assert contents(source_url) == file_after
        assert dump(other) == other_before  # not marked: it still opens
        assert run("--db", other, "status")[0] == 0


def test_only_from_a_file_to_a_server(source_url: str, tmp_path: Path) -> None:
    before = dump(source_url)
    code, _out, err = run("--db", source_url, "migrate-to", f"sqlite:///{tmp_path}/x.db")
    assert code == 2 and "PostgreSQL" in err
    assert not (tmp_path / "x.db").exists()
    assert dump(source_url) == before



def test_a_copy_that_does_not_verify_leaves_the_file_unmarked(sqlite_company: Database) -> None:
    """A file whose ledger was edited behind the program's back: the copy keeps the edit, its
    `audit verify` fails, so the file is not marked (it still opens) and the command says so."""
    from tests.integration.test_tamper import tamper

    tamper(sqlite_company, "UPDATE ledger_entries SET note = 'retouchée' WHERE id = 1")
    url = sqlite_company.url
    sqlite_company.dispose()
    with _pg_database() as target:
        code, _out, err = run("--db", url, "--json", "migrate-to", target)
        assert code == 1 and json.loads(err)["error"] == "copy_differs"
    assert run("--db", url, "status")[0] == 0
