"""The APScheduler wake-up tick: runs catch_up at start and on each tick, stops cleanly."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

from deepetch_desktop import services as s
from deepetch_desktop.scheduling import CatchUpTicker
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from tests.conftest import setup_company


def scheduler_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if "APScheduler" in t.name
            or t.name.startswith("ThreadPoolExecutor")]


def wait_for(predicate, timeout: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def test_a_tick_runs_catch_up_at_start_and_the_scheduler_stops_cleanly(sqlite_db, caplog):
    created = datetime.now(UTC) - timedelta(days=70)
    setup_company(sqlite_db, now=created)
    results: list[object] = []
    errors: list[BaseException] = []
    ticker = CatchUpTicker(lambda now: s.catch_up(sqlite_db, ADMIN, now), "Europe/Paris", 0.2,
                           results.append, errors.append)
    ticker.start()
    try:
        assert wait_for(lambda: len(results) >= 2)  # the run at start, then a tick
    finally:
        ticker.stop()
    assert not ticker.running and errors == []
    assert isinstance(results[0], s.CatchUpReport) and results[0].month_ends
    assert results[1].month_ends == ()  # nothing done twice
    assert [n.kind for n in s.list_notifications(sqlite_db, ADMIN)].count("month_end") == 1
    assert wait_for(lambda: scheduler_threads() == [], 5), scheduler_threads()
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


def test_a_failing_run_is_reported_and_the_next_tick_tries_again():
    calls: list[datetime] = []

    def work(now: datetime) -> str:
        calls.append(now)
        if len(calls) == 1:
            raise RuntimeError("database is locked")
        return "ok"

    errors: list[BaseException] = []
    results: list[object] = []
    ticker = CatchUpTicker(work, interval=0.1, on_result=results.append, on_error=errors.append)
    ticker.start()
    try:
        assert wait_for(lambda: len(results) >= 1)
    finally:
        ticker.stop()
    assert len(errors) == 1 and "locked" in str(errors[0]) and results[0] == "ok"


def test_a_wake_from_sleep_is_caught_up_at_once():
    clock = [datetime(2026, 4, 30, 20, 0, tzinfo=UTC)]
    seen: list[datetime] = []
    ticker = CatchUpTicker(seen.append, interval=3600, clock=lambda: clock[0])
    ticker.tick()
    clock[0] += timedelta(days=2)  # the lid was closed over the month end
    ticker.tick()
    assert seen == [datetime(2026, 4, 30, 20, 0, tzinfo=UTC),
                    datetime(2026, 5, 2, 20, 0, tzinfo=UTC)]


def test_missed_runs_are_never_dropped():
    ticker = CatchUpTicker(lambda now: None)
    defaults = ticker._scheduler._job_defaults  # noqa: SLF001 - the setting is the point
    assert defaults["misfire_grace_time"] is None and defaults["coalesce"] is True
    assert defaults["max_instances"] == 1
