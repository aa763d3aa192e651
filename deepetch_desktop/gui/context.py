"""What every page and dialog shares: the database, who acts, the clock and the runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from deepetch_desktop.domain.errors import DeepetchError
from deepetch_desktop.services import Database
from deepetch_desktop.services.results import ADMINISTRATOR, Actor, Privileges

from .changes import Topic
from .worker import Runner


def utc_now() -> datetime:
    return datetime.now(UTC)


class Events(QObject):
    """Application-wide news: something changed in the database, a message for the page shown
    (its message bar), a short hint for the status bar."""

    changed = Signal(object)  # the Topics that changed (a frozenset of changes.Topic)
    company_changed = Signal(object)  # the company's details, as saved (a CompanyView)
    message = Signal(str)
    hint = Signal(str)

    def announce(self, *what: Topic) -> None:
        """Say what an action changed: the pages that show it reload when next shown."""
        self.changed.emit(frozenset(what))


@dataclass
class AppContext:
    """The person logged in acts explicitly as `actor` (a sub-account holder carries
    `privileges`, read at login; None for an administrator); `clock` gives the aware UTC
    `now`."""

    db: Database
    runner: Runner
    actor: Actor = ADMINISTRATOR
    privileges: Privileges | None = None
    clock: Callable[[], datetime] = utc_now
    lang: str = "fr"
    events: Events = field(default_factory=Events)
    # The SMTP password typed on a machine without a keyring: kept in memory for this session
    # only, never written anywhere.
    smtp_password: str | None = field(default=None, repr=False)
    smtp_password_declined: bool = False  # « Annuler » once: the catch-up no longer asks
    asking_smtp_password: bool = False  # a prompt is open: the others wait for it
    read_only: bool = False  # a copy looked at (--read-only): nothing that writes is enabled

    def writes(self, *things: QWidget | QAction) -> None:
        """Mark buttons and actions that write: kept disabled, saying why, when read-only."""
        if self.read_only:
            from .read_only import keep_disabled

            keep_disabled(self.events, *things)

    @property
    def administers(self) -> bool:
        """An administrator, or a holder granted `administer`: the whole window."""
        return self.actor.is_administrator or bool(self.privileges and
                                                   self.privileges.administer)

    def may(self, privilege: str) -> bool:
        """Whether the person logged in has `privilege` (an administrator has them all)."""
        return self.administers or bool(getattr(self.privileges, privilege, False))

    def now(self) -> datetime:
        return self.clock()

    def describe(self, error: BaseException) -> str:
        """One clear sentence for a typed service error (the services' own wording); any other
        error still gets a sentence."""
        if isinstance(error, DeepetchError):
            from deepetch_desktop import services

            return str(services.describe(error, lang=self.lang))
        return QCoreApplication.translate(
            "AppContext", "L'opération n'a pas abouti\u00a0: {error}"
        ).format(error=error)
