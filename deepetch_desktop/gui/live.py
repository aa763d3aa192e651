"""Live views (issue 16): what another workstation changes reloads the pages that show it.

On PostgreSQL the services' listener hears the server's change notices on a thread of its own;
its callback only emits `heard`, which reaches the window queued, on the GUI thread. On SQLite
a one-second timer asks the file's data version (a PRAGMA on a connection of its own: no table
is read) and, since it does not say what changed, everything did. Either way the window marks
the pages that show a changed topic stale and reloads the one shown (`changed_elsewhere`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from deepetch_desktop import services

from .changes import EVERYTHING, Topic, Topics
from .context import AppContext
from .ticker import QUEUED

DATA_VERSION_MS = 1000
_TOPIC_VALUES = frozenset(topic.value for topic in Topic)


class LiveViews(QObject):
    """Started and stopped with the window's scheduled work; `apply(topics)` is the window's
    reaction, called on the GUI thread."""

    heard = Signal(object)  # a frozenset of Topic, from whichever thread heard it

    def __init__(self, context: AppContext, apply: Callable[[Topics], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._apply = apply
        self.heard.connect(self._deliver, QUEUED)
        self._listener: services.ChangeListener | None = None
        self._version: services.DataVersion | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(DATA_VERSION_MS)
        self._timer.timeout.connect(self._check_version)

    @property
    def running(self) -> bool:
        return self._listener is not None or self._timer.isActive()

    @property
    def hearing(self) -> bool:
        """Whether a change made elsewhere now would be heard (the listener's LISTEN is in
        place, or the data version is watched)."""
        if self._listener is not None:
            return self._listener.listening.is_set()
        return self._timer.isActive()

    def start(self) -> None:
        if self.running:
            return
        self._listener = services.listen_for_changes(self.context.db, self._on_listener_thread)
        if self._listener is None:
            self._version = services.data_version(self.context.db)
            if self._version is not None:
                self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if self._version is not None:
            self._version.close()
            self._version = None

    def _on_listener_thread(self, names: frozenset[str]) -> None:
        self.heard.emit(frozenset(Topic(name) for name in names if name in _TOPIC_VALUES))

    def _check_version(self) -> None:
        if self._version is not None and self._version.changed():
            self._deliver(EVERYTHING)

    @Slot(object)
    def _deliver(self, topics: Topics) -> None:
        if topics:
            self._apply(topics)
