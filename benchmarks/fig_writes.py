"""The write figures: a task submit in one process (and the write lock it holds), then 8 processes
submitting at once, on SQLite and on PostgreSQL."""

from __future__ import annotations

import itertools
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, func, select

from deepetch_desktop import bootstrap, services
from deepetch_desktop.store import chains
from deepetch_desktop.store import tables as t
from deepetch_desktop.store.engine import Database

from .harness import Figure, alternate, measured
from .settings import FLOORS, ROOT, Scale

SERVICE, UNITS = "TRAD_TEXTE", 3  # 30 credits a task


class LockProbe:
    """Times each write transaction of the app's engine, from its "begin" event (on SQLite the
    app's own listener has sent BEGIN IMMEDIATE by then) to its "commit" event (sent just
    before COMMIT): how long the write lock was held, less the COMMIT itself, as for the floor."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.held: list[float] = []
        self.began: float | None = None
        self.in_transaction_at_begin: set[bool] = set()
        self.statements: list[str] | None = None
        event.listen(engine, "begin", self._begin)
        event.listen(engine, "commit", self._commit)
        event.listen(engine, "rollback", self._rollback)
        event.listen(engine, "before_cursor_execute", self._statement)

    def _begin(self, conn: Any) -> None:
        self.began = time.perf_counter()
        dbapi = conn.connection.dbapi_connection
        if hasattr(dbapi, "in_transaction"):  # sqlite3: the lock is taken already
            self.in_transaction_at_begin.add(bool(dbapi.in_transaction))

    def _commit(self, conn: Any) -> None:
        if self.began is not None:
            self.held.append(time.perf_counter() - self.began)
        self.began = None

    def _rollback(self, conn: Any) -> None:
        self.began = None

    def _statement(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if self.statements is not None and not statement.startswith("BEGIN"):
            self.statements.append(statement)

    def record_statements(self, work: Callable[[], object]) -> list[str]:
        self.statements = []
        work()
        sent, self.statements = self.statements, None
        return sent

    def close(self) -> None:
        for name, fn in (("begin", self._begin), ("commit", self._commit),
                         ("rollback", self._rollback), ("before_cursor_execute", self._statement)):
            event.remove(self.engine, name, fn)


class _Recording:
    """A floor's connection that notes each statement the floor sends (BEGIN, COMMIT and
    ROLLBACK aside, as for ours), for one submit: what the floor sends, not what it says."""

    def __init__(self, con: Any) -> None:
        self.con = con
        self.sent: list[str] = []

    def execute(self, statement: str, *args: Any) -> Any:
        if not statement.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            self.sent.append(statement)
        return self.con.execute(statement, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.con, name)


def ledger_last_id(db: Database) -> int:
    with db.read() as conn:
        return int(conn.execute(select(func.coalesce(func.max(t.ledger.c.id), 0))).scalar_one())


def verify_ledger(db: Database, after_id: int) -> dict[str, Any]:
    """The ledger entries written after `after_id` (by ours and the floor, in turns), each
    checked with the app's own chain code (`store.chains.link_of`, what `audit verify` uses)
    against the entry before it, and the chain's recorded head and count against the last
    entry and the number of entries: the floor's links are the app's."""
    ledger = t.ledger
    with db.read() as conn:
        rows = conn.execute(select(ledger).where(ledger.c.id >= after_id)
                            .order_by(ledger.c.id)).all()
        head, count = conn.execute(select(t.chain_heads.c.head, t.chain_heads.c.count)
                                   .where(t.chain_heads.c.chain == "ledger")).one()
        total = int(conn.execute(select(func.count()).select_from(ledger)).scalar_one())
    previous = chains.GENESIS
    checked, broken = 0, None
    for row in rows:
        values = dict(row._mapping)
        if values["id"] == after_id:  # the entry before the figure: its link is the start
            previous = values["link"]
            continue
        checked += 1
        if broken is None and values["link"] != chains.link_of(previous, values):
            broken = values["id"]
        previous = values["link"]
    ok = broken is None and head == previous and int(count) == total
    return {"ledger_entries_verified": checked, "ledger_chain_ok": ok,
            **({"ledger_first_broken_id": broken} if broken is not None else {})}


def _per_run(spans: list[float], per_run: int) -> list[float]:
    return [statistics.median(spans[i:i + per_run]) for i in range(0, len(spans), per_run)
            if spans[i:i + per_run]]


def one_process(names: tuple[str, str], db: Any, floor_submit: Callable[..., object],
                floor_con: Any, sub_ids: list[int], scale: Scale) -> list[Figure]:
    """(the submit figure, the lock figure): `scale.submits` submits per run, each side. The
    statements of one submit of each side are noted and compared; the ledger entries both
    wrote are verified with the app's chain code."""
    probe = LockProbe(db.write_engine)
    floor_held: list[float] = []
    subs = itertools.cycle(sub_ids)
    per_run = scale.submits

    def ours_once() -> None:
        services.submit_task(db, services.ADMINISTRATOR, sub_account=next(subs),
                             service_code=SERVICE, units=UNITS, now=datetime.now(UTC))

    def ours() -> float:
        start = time.perf_counter()
        for _ in range(per_run):
            ours_once()
        return (time.perf_counter() - start) / per_run

    def floor() -> float:
        start = time.perf_counter()
        for _ in range(per_run):
            floor_submit(floor_con, next(subs), SERVICE, UNITS, datetime.now(UTC),
                         held=floor_held)
        return (time.perf_counter() - start) / per_run

    def reset() -> None:
        probe.held.clear()
        floor_held.clear()

    try:
        first_id = ledger_last_id(db)
        ours_sent = probe.record_statements(ours_once)
        recording = _Recording(floor_con)
        floor_submit(recording, next(subs), SERVICE, UNITS, datetime.now(UTC))
        mine, base = alternate(ours, floor, scale.runs, after_warmup=reset)
        held_ours, held_floor = _per_run(probe.held, per_run), _per_run(floor_held, per_run)
        notes = {"statements_per_submit": {"ours": len(ours_sent), "floor": len(recording.sent)},
                 "same_statements": ours_sent == recording.sent,
                 "submits_per_run": per_run, **verify_ledger(db, first_id)}
        lock_notes = dict(notes)
        if probe.in_transaction_at_begin:
            lock_notes["ours_span_starts_with_lock_taken"] = all(probe.in_transaction_at_begin)
        return [measured(names[0], mine, base, **notes),
                measured(names[1], held_ours, held_floor, **lock_notes)]
    finally:
        probe.close()


def _round(commands: list[list[str]], seconds: float, env: dict[str, str]) -> tuple[int, int]:
    """Start the processes, wait until each is ready, let them all go for `seconds`: (done,
    failed) summed over them. Start-up (imports, opening) is outside the measure."""
    procs = [subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env=env, cwd=ROOT) for cmd in commands]
    try:
        for proc in procs:
            if proc.stdout is None or proc.stdout.readline().strip() != "ready":
                raise RuntimeError(f"a worker did not start: {commands[0][:3]} "
                                   f"(status {proc.poll()})")
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(f"go {seconds}\n")
            proc.stdin.flush()
        results = [json.loads(proc.stdout.readline()) for proc in procs if proc.stdout]
        for proc in procs:
            proc.wait(timeout=120)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    return sum(r["done"] for r in results), sum(r["failed"] for r in results)


def processes(name: str, url: str, ours: Callable[[list[int]], list[str]],
              floor: Callable[[list[int]], list[str]], sub_ids: list[int], scale: Scale,
              env: dict[str, str]) -> Figure:
    """`scale.processes` processes for `scale.concurrent_s`, ours and the floor in turns, on the
    database at `url`; the figure is milliseconds per submit (1 / throughput), so that its ratio
    is floor/ours throughput. The ledger entries both wrote are verified afterwards."""
    db = bootstrap.open_database(url)
    try:
        first_id = ledger_last_id(db)
    finally:
        db.dispose()
    n = scale.processes
    shares = [sub_ids[i * len(sub_ids) // n:] + sub_ids[:i * len(sub_ids) // n]
              for i in range(n)]
    seconds = scale.concurrent_s
    runs: dict[str, list[float]] = {"ours": [], "floor": []}
    failed = {"ours": 0, "floor": 0}
    for number in range(scale.concurrent_rounds):
        order = ("ours", "floor") if number % 2 == 0 else ("floor", "ours")
        for side in order:
            make = ours if side == "ours" else floor
            done, bad = _round([make(share) for share in shares], seconds, env)
            runs[side].append(seconds / max(done, 1))
            failed[side] += bad
    db = bootstrap.open_database(url)
    try:
        verified = verify_ledger(db, first_id)
    finally:
        db.dispose()
    return measured(name, runs["ours"], runs["floor"], processes=n, seconds_per_round=seconds,
                    ours_submits_per_s=round(1 / statistics.median(runs["ours"]), 1),
                    floor_submits_per_s=round(1 / statistics.median(runs["floor"]), 1),
                    failed=failed, **verified)


def ours_worker(url: str) -> Callable[[list[int]], list[str]]:
    return lambda ids: [sys.executable, "-m", "benchmarks.worker_ours", url,
                        ",".join(map(str, ids))]


def floor_worker(script: str, target: str) -> Callable[[list[int]], list[str]]:
    path = str(Path(FLOORS) / script)
    return lambda ids: [sys.executable, path, target, ",".join(map(str, ids))]
