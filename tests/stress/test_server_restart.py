"""A PostgreSQL server restarted while 4 workstations submit tasks (issue 16).

The test starts a PostgreSQL server of its own (initdb in /dev/shm, a free port: the shared
server of the other tests is never restarted), puts a company on it, and starts 4 processes that
submit tasks with idempotency keys as fast as they can. Meanwhile it restarts the server
(`pg_ctl restart -m fast`: every connection is cut, in the middle of whatever it was doing).
Every submit either committed once or was refused cleanly (a typed error, never a traceback);
none committed twice (the keys: a refused one sent again is found, not done again); `audit
verify` passes; and each process carries on, committing again after the restart."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from deepetch_desktop import services as s
from deepetch_desktop.domain.errors import DeepetchError
from deepetch_desktop.services.results import ADMINISTRATOR
from deepetch_desktop.store import tables as t
from deepetch_desktop.store.engine import open_database
from tests.conftest import NOW, setup_company, worker_context

pytestmark = pytest.mark.stress

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 4
BEFORE_S, AFTER_S = 1.5, 3.0  # submitting before the restart, and after it is back


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pg_ctl(data: str, *args: str) -> None:
    bin_dir = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name)
    pg_ctl = str(bin_dir[-1] / "pg_ctl")
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    env = {**os.environ, "PATH": f"{os.environ['PATH']}:/usr/sbin:/sbin"}
    subprocess.run([*run_as, pg_ctl, "-D", data, "-l", f"{data}/server.log", "-w", *args],
                   check=True, env=env, stdout=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def private_server() -> Iterator[tuple[str, str]]:
    """A PostgreSQL server of this test's own: its URL (a database `deepetch` on it) and its
    data folder."""
    data = f"/dev/shm/deepetch-pg-restart-{uuid.uuid4().hex[:12]}"
    env = {**os.environ, "DEEPETCH_PG_PORT": str(_free_port()), "DEEPETCH_PG_DATA": data}
    try:
        url = subprocess.run(["bash", str(ROOT / ".ci/start-postgres.sh")], env=env,
                             check=True, capture_output=True, text=True,
                             timeout=120).stdout.strip()
        import psycopg
        from sqlalchemy.engine import make_url

        dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("CREATE DATABASE deepetch")
        yield make_url(url).set(database="deepetch").render_as_string(hide_password=False), data
    finally:
        subprocess.run(["bash", str(ROOT / ".ci/stop-postgres.sh")], env=env, check=False,
                       timeout=120)


def _submitter(url: str, number: int, sub: int, stop: Any, started: Any) -> dict[str, Any]:
    """One workstation: tasks with keys of its own until `stop`; what became of each key."""
    database = open_database(url)
    committed: dict[str, tuple[int, float]] = {}  # key -> (task id, when)
    refused: dict[str, str] = {}  # key -> the error's code
    unexpected: list[str] = []
    n = 0
    try:
        started.set()
        while not stop.is_set():
            key = f"poste{number}-{n}"
            n += 1
            try:
                done = s.submit_task(database, ADMINISTRATOR, sub_account=sub,
                                     service_code="RELECTURE", units=1, key=key, now=NOW)
            except DeepetchError as exc:
                refused[key] = exc.code
            except Exception as exc:  # noqa: BLE001 - what the test must not see
                unexpected.append(f"{key}: {type(exc).__name__}: {exc}")
            else:
                assert not done.replayed
                committed[key] = (done.task_id, time.time())
        # What was refused is sent again, as the person would: done once, or found done.
        resent: dict[str, tuple[int, bool]] = {}
        for key in refused:
            again = s.submit_task(database, ADMINISTRATOR, sub_account=sub,
                                  service_code="RELECTURE", units=1, key=key, now=NOW)
            resent[key] = (again.task_id, again.replayed)
    finally:
        database.dispose()
    return {"committed": committed, "refused": refused, "resent": resent,
            "unexpected": unexpected}


def test_a_server_restart_while_four_workstations_submit(
        private_server: tuple[str, str]) -> None:
    url, data = private_server
    database = open_database(url)
    setup_company(database, credits_packs=20)
    sub = s.add_sub_account(database, ADMINISTRATOR, name="Léa Martin", email="lea@atelier.fr",
                            now=NOW).id
    database.dispose()
    context = worker_context()
    with context.Manager() as manager:
        stop = manager.Event()
        started = [manager.Event() for _ in range(WORKERS)]
        with context.Pool(WORKERS) as pool:
            running = [pool.apply_async(_submitter, (url, n, sub, stop, started[n]))
                       for n in range(WORKERS)]
            for event in started:
                assert event.wait(60)
            time.sleep(BEFORE_S)
            restarted_at = time.time()
            _pg_ctl(data, "-m", "fast", "restart")
            back_at = time.time()
            time.sleep(AFTER_S)
            stop.set()
            reports = [r.get(timeout=120) for r in running]
    assert back_at > restarted_at
    for report in reports:
        assert report["unexpected"] == []
        # Refused cleanly: the server was away, or the outcome of a COMMIT was not known.
        assert set(report["refused"].values()) <= {"server_lost", "commit_unknown"}
        # The processes carried on: each committed again once the server was back.
        assert any(when > back_at for _id, when in report["committed"].values())
    database = open_database(url)
    try:
        with database.read() as conn:
            keys = dict(conn.execute(select(t.tasks.c.idem_key, t.tasks.c.id)).all())
            tasks = conn.execute(select(func.count()).select_from(t.tasks)).scalar_one()
            debits = conn.execute(select(func.count()).select_from(t.ledger)
                                  .where(t.ledger.c.task_id.is_not(None))).scalar_one()
        expected: dict[str, int] = {}
        for report in reports:
            expected |= {key: task_id for key, (task_id, _when) in report["committed"].items()}
            expected |= {key: task_id for key, (task_id, _replayed) in report["resent"].items()}
        assert keys == expected  # every submit once: none lost, none twice
        assert tasks == len(expected) == debits
        report_ = s.verify(database, ADMINISTRATOR)
        assert report_.ok, report_.problems
    finally:
        database.dispose()
