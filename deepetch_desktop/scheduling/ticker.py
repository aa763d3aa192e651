"""The wake-up tick: APScheduler 3 BackgroundScheduler, memory job store, catch_up only.

Correctness lives in the data (catch_up is idempotent); the scheduler only decides when to look.
A missed tick (the machine slept, the process was busy) is never dropped: misfire_grace_time is
None and runs are coalesced, so the first tick after a wake-up runs at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from apscheduler.events import EVENT_JOB_ERROR, JobExecutionEvent
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

log = logging.getLogger(__name__)
TICK_SECONDS = 60
SLEEP_GAP_SECONDS = 180

Work = Callable[[datetime], object]


class CatchUpTicker:
    """Calls `work(now)` at start, every `interval` seconds, at the first minute of each month
    in `timezone`, and at once after the machine wakes from sleep. Results and errors are
    handed to the callbacks, on the scheduler's thread: a GUI must re-emit them as signals."""

    def __init__(
        self,
        work: Work,
        timezone_name: str = "Europe/Paris",
        interval: float = TICK_SECONDS,
        on_result: Callable[[object], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._work = work
        self._zone = timezone_name
        self._interval = interval
        self._on_result = on_result
        self._on_error = on_error
        self._clock = clock
        self._lock = threading.Lock()
        self._last_tick: datetime | None = None
        self.ticks = 0
        self._scheduler = BackgroundScheduler(
            timezone=timezone_name,
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
        )
        self._scheduler.add_listener(self._job_error, EVENT_JOB_ERROR)

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    def start(self) -> None:
        if self.running:
            return
        self._scheduler.add_job(self.tick, IntervalTrigger(seconds=self._interval),
                                id="tick", next_run_time=datetime.now(UTC))
        self._scheduler.add_job(self.tick, CronTrigger(day=1, hour=0, minute=1,
                                                       timezone=self._zone), id="month_start")
        self._scheduler.start()

    def stop(self) -> None:
        """Stop and wait for a running tick to finish: no thread is left behind."""
        if self.running:
            self._scheduler.shutdown(wait=True)

    def tick(self) -> object:
        """One run of the work; never two at once, whoever calls it."""
        with self._lock:
            now = self._clock()
            if self._last_tick and (now - self._last_tick).total_seconds() > SLEEP_GAP_SECONDS:
                log.info("woke up after %s: catching up", now - self._last_tick)
            self._last_tick = now
            self.ticks += 1
            try:
                result = self._work(now)
            except Exception as exc:  # reported, and the next tick tries again
                log.warning("catch-up failed: %s", exc)
                if self._on_error:
                    self._on_error(exc)
                return None
            if self._on_result:
                self._on_result(result)
            return result

    def _job_error(self, event: JobExecutionEvent) -> None:  # pragma: no cover - tick catches
        if event.exception and self._on_error:
            self._on_error(event.exception)
