"""Run service calls off the GUI thread and hand their results back on it, by signal."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
Failure = Callable[[BaseException], None]


@dataclass
class _Pending:
    owner: QObject | None
    on_success: Callable[[Any], None] | None  # typed by `Runner.run`, which pairs it with fn
    on_failure: Failure | None


class _Job(QRunnable):
    """One call on a pool thread; reports through the runner's queued signal."""

    def __init__(self, runner: Runner, job_id: int, fn: Callable[[], object]) -> None:
        super().__init__()
        self._runner = runner
        self._job_id = job_id
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:  # noqa: BLE001 - reported to the GUI thread
            self._report(False, error)
            return
        self._report(True, result)

    def _report(self, ok: bool, payload: object) -> None:
        if not shiboken6.isValid(self._runner):
            return  # the window is gone (quitting): nobody is left to tell
        try:
            self._runner.finished_job.emit(self._job_id, ok, payload)
        except RuntimeError:  # deleted between the check and the emit
            log.debug("job %s finished after its runner was deleted", self._job_id)


class Runner(QObject):
    """In the spirit of anki's `aqt.operations`: `runner.run(fn, on_success, owner=self)`.

    `fn` runs on a pool thread; `on_success(result)` or `on_failure(error)` then runs on the
    GUI thread, unless `owner` was deleted meanwhile. `busy_changed` drives the busy indicator.
    """

    finished_job = Signal(int, bool, object)
    busy_changed = Signal(bool)
    failed = Signal(object)  # errors nobody handled

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self.finished_job.connect(self._on_finished)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> int:
        job_id = next(self._ids)
        was_busy = self.busy
        self._pending[job_id] = _Pending(owner, on_success, on_failure)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self, job_id, fn))
        return job_id

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for the running jobs (at exit); their callbacks are dropped."""
        done = self._pool.waitForDone(msecs)
        self._pending.clear()
        return done

    @Slot(int, bool, object)
    def _on_finished(self, job_id: int, ok: bool, payload: object) -> None:
        pending = self._pending.pop(job_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending is None:
            return
        if pending.owner is not None and not shiboken6.isValid(pending.owner):
            return
        if ok:
            if pending.on_success is not None:
                pending.on_success(payload)
            return
        error = payload if isinstance(payload, BaseException) else RuntimeError(str(payload))
        if pending.on_failure is not None:
            pending.on_failure(error)
        else:
            log.error("background job failed", exc_info=error)
            self.failed.emit(error)
