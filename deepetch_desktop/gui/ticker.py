"""Scheduled work in the application: the catch-up ticker, heard on the GUI thread by signal.

The ticker (APScheduler, `deepetch_desktop.scheduling`) calls `services.catch_up` on its own
thread: at start, every minute, at the first minute of each month and after a sleep. Its
callbacks never touch a widget: the bridge re-emits what they get as Qt signals, which reach
the window's slots queued, on the GUI thread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal

from deepetch_desktop import services
from deepetch_desktop.scheduling import CatchUpTicker
from deepetch_desktop.scheduling.ticker import TICK_SECONDS

from .context import AppContext

QUEUED = Qt.ConnectionType.QueuedConnection


class CatchUpBridge(QObject):
    """Lives on the GUI thread; its `report`/`fail` are called on the scheduler's thread."""

    caught_up = Signal(object)  # a services.CatchUpReport
    failed = Signal(object)  # the exception a catch-up raised

    def report(self, result: object) -> None:
        self.caught_up.emit(result)

    def fail(self, error: BaseException) -> None:
        self.failed.emit(error)


def catch_up_ticker(context: AppContext, timezone_name: str, bridge: CatchUpBridge,
                    interval: float = TICK_SECONDS) -> CatchUpTicker:
    """The application's ticker over the context's database and clock (not started); its
    e-mails go with the SMTP password typed in this session when the keyring has none."""

    def work(now: datetime) -> object:
        return services.catch_up(context.db, services.SCHEDULER, now,
                                 password=context.smtp_password)

    return CatchUpTicker(work, timezone_name, interval, bridge.report, bridge.fail,
                         context.clock)

