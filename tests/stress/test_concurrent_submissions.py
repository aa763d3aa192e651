"""Several OS processes on one database at once: debits, idempotency keys, invoice numbers.

Each test starts WORKERS processes (tests.conftest.worker_context) that call the services as fast
as they can after a common barrier, bounded by time and by count, and write what they saw to a
JSON file. The parent then checks the database: no credit created or lost, no limit exceeded,
the audit passes, one task per idempotency key, invoice numbers 1..N. Every test runs on SQLite
and on PostgreSQL (the `db_url` fixture; PostgreSQL is skipped without DEEPETCH_TEST_PG_URL).
"""

from __future__ import annotations

import json
import os
import random
import time
import traceback
from collections import Counter
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

WORKERS = 8
SECONDS = float(os.environ.get("DEEPETCH_STRESS_SECONDS", "4"))
MAX_SUBMISSIONS_PER_WORKER = 1500
BARRIER_TIMEOUT_S = 90
JOIN_TIMEOUT_S = 120
TYPED_REFUSALS = {"insufficient_credits", "limit_reached", "fixed_limit_exhausted"}

BOUGHT = 5_000  # 10 x Découverte (500)
MONTHLY_LIMIT = 500
FIXED_LIMIT = 600
# Four monthly limits, one fixed, one without limit: limits and the basket both run out.
LIMITS = [("monthly", MONTHLY_LIMIT)] * 4 + [("fixed", FIXED_LIMIT), ("none", None)]
SERVICES = ("TRAD_TEXTE", "RELECTURE", "TRANSCRIPTION")


# --- the workers (top-level functions: each process imports this module) --------------------


def _run_worker(out: str, body) -> None:  # type: ignore[no-untyped-def]
    """Run `body(report)` and always write the report; an unexpected crash exits 1."""
    report: dict[str, Any] = {"accepted": [], "refusals": {}, "errors": [], "results": []}
    try:
        body(report)
    except BaseException:
        report["errors"].append(traceback.format_exc())
        Path(out).write_text(json.dumps(report))
        raise
    Path(out).write_text(json.dumps(report))


def _note_error(report: dict[str, Any], exc: BaseException) -> None:
    if len(report["errors"]) < 20:
        report["errors"].append("".join(traceback.format_exception(exc)))


def submit_worker(url: str, seed: int, subs: list[int], barrier, out: str) -> None:  # type: ignore[no-untyped-def]
    def body(report: dict[str, Any]) -> None:
        rng = random.Random(seed)
        db = open_database(url)
        refusals: Counter[str] = Counter()
        try:
            barrier.wait(BARRIER_TIMEOUT_S)
            stop = time.monotonic() + SECONDS
            for _ in range(MAX_SUBMISSIONS_PER_WORKER):
                if time.monotonic() >= stop:
                    break
                sub = rng.choice(subs)
                try:
                    result = s.submit_task(
                        db, ADMINISTRATOR, sub_account=sub, service_code=rng.choice(SERVICES),
                        units=rng.randint(1, 20), now=NOW, title=f"w{seed}")
                except DeepetchError as exc:
                    if exc.code in TYPED_REFUSALS:
                        refusals[exc.code] += 1
                    else:
                        _note_error(report, exc)
                except Exception as exc:  # database is locked, deadlocks, assertion errors...
                    _note_error(report, exc)
                else:
                    report["accepted"].append([result.task_id, sub, result.cost])
        finally:
            report["refusals"] = dict(refusals)
            db.dispose()

    _run_worker(out, body)


def idempotent_worker(url: str, keys: list[str], per_round: int, sub: int, barrier,  # type: ignore[no-untyped-def]
                      out: str) -> None:
    def body(report: dict[str, Any]) -> None:
        db = open_database(url)
        try:
            for key in keys:
                barrier.wait(BARRIER_TIMEOUT_S)
                for _ in range(per_round):
                    try:
                        r = s.submit_task(db, ADMINISTRATOR, sub_account=sub,
                                          service_code="TRAD_DOC", complexity_code="EXPERT",
                                          units=3, now=NOW, title="Rapport annuel", key=key)
                    except Exception as exc:
                        _note_error(report, exc)
                    else:
                        report["results"].append(
                            [key, r.task_id, r.cost, r.balance, r.remaining, r.replayed])
        finally:
            db.dispose()

    _run_worker(out, body)


def buy_worker(url: str, seed: int, count: int, barrier, out: str) -> None:  # type: ignore[no-untyped-def]
    def body(report: dict[str, Any]) -> None:
        rng = random.Random(seed)
        db = open_database(url)
        try:
            barrier.wait(BARRIER_TIMEOUT_S)
            stop = time.monotonic() + SECONDS
            for _ in range(count):
                if time.monotonic() >= stop:
                    break
                pack, quantity = rng.choice(["DECOUVERTE", "EQUIPE"]), rng.randint(1, 3)
                try:
                    r = s.buy(db, ADMINISTRATOR, pack, quantity, now=NOW)
                except Exception as exc:
                    _note_error(report, exc)
                else:
                    report["results"].append([r.invoice_number, r.batch_id, r.credits])
        finally:
            db.dispose()

    _run_worker(out, body)


# --- the parent side ------------------------------------------------------------------------


def run_workers(tmp_path: Path, target, args_for) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """Start WORKERS processes, wait for them, return their reports (exit 0 each)."""
    ctx = worker_context()
    barrier = ctx.Barrier(WORKERS)
    outs = [tmp_path / f"worker-{i}.json" for i in range(WORKERS)]
    procs = [ctx.Process(target=target, args=(*args_for(i), barrier, str(outs[i])),
                         name=f"deepetch-stress-{i}") for i in range(WORKERS)]
    for p in procs:
        p.start()
    try:
        for p in procs:
            p.join(JOIN_TIMEOUT_S)
    finally:
        for p in procs:
            if p.is_alive():
                p.kill()
                p.join()
    reports = [json.loads(o.read_text()) if o.exists() else None for o in outs]
    for i, (p, report) in enumerate(zip(procs, reports, strict=True)):
        assert report is not None, f"worker {i} wrote no report (exit code {p.exitcode})"
        assert p.exitcode == 0, f"worker {i} exited {p.exitcode}: {report['errors']}"
    errors = [e for r in reports for e in r["errors"]]  # type: ignore[index]
    assert not [e for e in errors if "database is locked" in e], errors[0]
    assert errors == [], f"{len(errors)} unexpected exceptions, first:\n{errors[0]}"
    return reports  # type: ignore[return-value]


def audit_ok(db) -> int:  # type: ignore[no-untyped-def]
    report = s.verify(db, ADMINISTRATOR)
    assert report.ok, report.problems
    assert report.ledger_sum == report.balance == s.status(db, ADMINISTRATOR, NOW).balance
    return report.balance


def test_concurrent_submissions_never_overdraw(db_url: str, tmp_path: Path) -> None:
    db = open_database(db_url)
    try:
        setup_company(db, credits_packs=0)
        s.buy(db, ADMINISTRATOR, "DECOUVERTE", BOUGHT // 500, now=NOW)
        subs: dict[int, tuple[str, int | None]] = {}
        for i, (kind, amount) in enumerate(LIMITS):
            sub = s.add_sub_account(db, ADMINISTRATOR, name=f"Équipe {i}",
                                    email=f"equipe{i}@atelier-lumiere.fr", now=NOW)
            if kind != "none":
                s.set_limit(db, ADMINISTRATOR, sub.id, kind, amount, now=NOW)
            subs[sub.id] = (kind, amount)
        assert s.status(db, ADMINISTRATOR, NOW).balance == BOUGHT
    finally:
        db.dispose()

    started = time.monotonic()
    reports = run_workers(tmp_path, submit_worker, lambda i: (db_url, i, sorted(subs)))
    elapsed = time.monotonic() - started

    accepted = [tuple(a) for r in reports for a in r["accepted"]]
    refusals: Counter[str] = Counter()
    for r in reports:
        refusals.update(r["refusals"])
    debited = sum(cost for _, _, cost in accepted)
    print(f"\n{db_url.split(':')[0]}: {len(accepted)} accepted ({debited} credits), "
          f"refusals {dict(refusals)}, {elapsed:.1f}s with spawning")

    db = open_database(db_url)
    try:
        balance = audit_ok(db)
        assert debited <= BOUGHT
        assert debited == BOUGHT - balance, "credits were created or lost"
        assert len({task_id for task_id, _, _ in accepted}) == len(accepted)
        with db.read() as conn:
            tasks = conn.execute(select(func.count(), func.coalesce(func.sum(t.tasks.c.cost), 0))
                                 ).one()
        assert tuple(tasks) == (len(accepted), debited), "the tasks table disagrees with workers"
        for sub_id, (_kind, amount) in subs.items():
            view = s.get_sub_account(db, ADMINISTRATOR, sub_id, NOW)
            mine = sum(cost for _, sub, cost in accepted if sub == sub_id)
            assert view.used == mine, f"sub-account {sub_id}: used {view.used}, accepted {mine}"
            if amount is not None:
                assert view.used <= amount, f"sub-account {sub_id} used {view.used} > {amount}"
    finally:
        db.dispose()
    # The run reached the interesting states: both the limits and the basket ran out.
    assert accepted
    assert TYPED_REFUSALS <= set(refusals), f"not every refusal was reached: {dict(refusals)}"


def test_one_idempotency_key_from_many_processes_debits_once(db_url: str,
                                                             tmp_path: Path) -> None:
    rounds, per_key = 3, 20
    keys = [f"retry-{n}" for n in range(rounds)]
    shares = [per_key // WORKERS + (1 if i < per_key % WORKERS else 0) for i in range(WORKERS)]
    assert sum(shares) == per_key
    db = open_database(db_url)
    try:
        setup_company(db)  # one Équipe pack: 2 000 credits
        sub = s.add_sub_account(db, ADMINISTRATOR, name="Juridique",
                                email="juridique@atelier-lumiere.fr", now=NOW).id
        s.set_limit(db, ADMINISTRATOR, sub, "monthly", 1000, now=NOW)
    finally:
        db.dispose()

    reports = run_workers(tmp_path, idempotent_worker,
                          lambda i: (db_url, keys, shares[i], sub))

    results = [tuple(x) for r in reports for x in r["results"]]
    db = open_database(db_url)
    try:
        balance = audit_ok(db)
        with db.read() as conn:
            stored = dict(conn.execute(select(t.tasks.c.idem_key, t.tasks.c.id)).all())
            debits = conn.execute(select(func.count()).where(t.ledger.c.kind == "task")
                                  ).scalar_one()
        assert set(stored) == set(keys), "one task per key, and only those"
        assert debits == rounds, "one debit per key"
        cost = 150  # 3 pages x 25 credits x 2 (Expert)
        assert balance == 2000 - rounds * cost
        for key in keys:
            mine = [x for x in results if x[0] == key]
            assert len(mine) == per_key
            assert {x[1] for x in mine} == {stored[key]}, f"{key}: different task ids {mine}"
            assert sum(not x[5] for x in mine) == 1, f"{key}: not exactly one first submission"
            first = next(x for x in mine if not x[5])
            # Every answer is the first one, replayed: same task, cost, balance and remaining.
            assert {x[1:5] for x in mine} == {first[1:5]}, mine
        with pytest.raises(DeepetchError) as conflict:
            s.submit_task(db, ADMINISTRATOR, sub_account=sub, service_code="TRAD_DOC",
                          complexity_code="EXPERT", units=4, now=NOW, title="Rapport annuel",
                          key=keys[0])
        assert conflict.value.code == "idempotency_conflict"
        assert audit_ok(db) == balance
    finally:
        db.dispose()


def test_concurrent_purchases_number_invoices_without_gaps(db_url: str,
                                                          tmp_path: Path) -> None:
    per_worker = 25
    db = open_database(db_url)
    try:
        setup_company(db, credits_packs=0)  # no invoice yet: the year's counter starts in the race
    finally:
        db.dispose()

    reports = run_workers(tmp_path, buy_worker, lambda i: (db_url, i, per_worker))

    bought = [tuple(x) for r in reports for x in r["results"]]
    numbers = [number for number, _, _ in bought]
    n = len(numbers)
    assert n > 0
    assert len(set(numbers)) == n, "an invoice number was given twice"
    year = NOW.year
    assert sorted(numbers) == [f"F{year}-{i:06d}" for i in range(1, n + 1)], "gap or duplicate"
    db = open_database(db_url)
    try:
        with db.read() as conn:
            rows = conn.execute(select(t.invoices.c.series, t.invoices.c.year, t.invoices.c.seq,
                                       t.invoices.c.number, t.invoices.c.batch_id)).all()
            batches = conn.execute(select(func.count()).select_from(t.batches)).scalar_one()
        assert batches == n
        assert sorted(r.seq for r in rows) == list(range(1, n + 1))
        assert {(r.number, r.batch_id) for r in rows} == {(num, b) for num, b, _ in bought}
        assert audit_ok(db) == sum(credits for _, _, credits in bought)
    finally:
        db.dispose()
