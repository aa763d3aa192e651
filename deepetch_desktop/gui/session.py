"""From logging in to the window and back: the login dialog (skipped when this computer
remembers someone), the password change a one-time password asks for, the window built for
the person, and « Se déconnecter »."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from deepetch_desktop import services
from deepetch_desktop.domain.errors import BadInput, DeepetchError
from deepetch_desktop.services import Database
from deepetch_desktop.services.results import Actor

from .context import utc_now
from .dialogs.common import sentence
from .dialogs.login import ChangePasswordDialog, LoginDialog
from .window import MainWindow
from .worker import Runner

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Session", text)


WindowBuilder = Callable[[Actor], MainWindow]


class Session(QObject):
    """`start()` opens the window of the person this computer remembers, else the login
    dialog. `window` is the window open now (None while logging in)."""

    window_opened = Signal(object)  # the MainWindow, shown

    def __init__(self, db: Database, build: WindowBuilder, *,
                 clock: Callable[[], datetime] = utc_now, company_name: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.build = build
        self.clock = clock
        self.company_name = company_name
        self.runner = Runner(self, max_threads=1)  # the password checks (Argon2)
        self.window: MainWindow | None = None
        self.login_dialog: LoginDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.notice = ""  # what the window says once opened (the keyring refused, …)

    # --- starting -------------------------------------------------------------------------

    def start(self, actor: Actor | None = None) -> None:
        """The window for `actor` (just created at first start), else for the person this
        computer remembers, else the login dialog."""
        if actor is None:
            actor = self._remembered()
        if actor is None:
            self.ask_login()
            return
        try:
            self.open_window(actor)
        except DeepetchError as error:  # their sub-account gone meanwhile: they log in again
            self.ask_login(actor.email or "", self._describe(error))

    def _remembered(self) -> Actor | None:
        try:
            return services.remembered_login(self.db, self.clock())
        except Exception as error:  # noqa: BLE001 - no keyring, an expired token: log in
            log.info("no remembered login: %s", error)
            return None

    def shutdown(self) -> None:
        """At exit: the window's background work, then ours."""
        if self.window is not None:
            self.window.shutdown()
        self.runner.wait(10_000)

    # --- logging in -----------------------------------------------------------------------

    def ask_login(self, email: str = "", notice: str = "") -> LoginDialog:
        dialog = LoginDialog(self.company_name, email)
        dialog.login_wanted.connect(self._log_in)
        dialog.rejected.connect(lambda: self._login_closed(dialog))
        if notice:
            dialog.show_refusal(notice, "email")
        self.login_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _login_closed(self, dialog: LoginDialog) -> None:
        if self.login_dialog is dialog:
            self.login_dialog = None
        dialog.deleteLater()  # no window left: the application quits

    def _log_in(self, email: str, password: str, remember: bool) -> None:
        dialog = self.login_dialog
        if dialog is None:
            return
        db, now = self.db, self.clock()

        def work() -> tuple[services.Login, str]:
            login = services.log_in(db, email, password, now)
            refused = ""
            if remember and not login.must_change_password:
                refused = self._remember(login.actor, now)
            return login, refused

        def done(result: tuple[services.Login, str]) -> None:
            login, refused = result
            if login.must_change_password:
                self._ask_new_password(dialog, login.actor, password, remember)
            else:
                self.notice = refused
                self.open_window(login.actor)

        def failed(error: BaseException) -> None:
            locked = getattr(error, "code", "") == "account_locked"
            dialog.show_refusal(self._describe(error), "email" if locked else "password")

        self.runner.run(work, done, failed, owner=dialog)

    def _remember(self, actor: Actor, now: datetime) -> str:
        """Keep the session token in the system keyring; the sentence when it cannot (the
        person is logged in all the same)."""
        try:
            services.remember_login(self.db, actor, now)
        except Exception as error:  # noqa: BLE001 - said in the status bar, not fatal
            log.warning("login not remembered: %s", error)
            return _t("Connexion non mémorisée sur cet ordinateur\u00a0: {error}").format(
                error=self._describe(error))
        return ""

    @staticmethod
    def _describe(error: BaseException) -> str:
        if isinstance(error, DeepetchError):
            return sentence(error)
        return _t("La connexion n'a pas abouti\u00a0: {error}").format(error=error)

    # --- a one-time password --------------------------------------------------------------

    def _ask_new_password(self, login: LoginDialog, actor: Actor, old: str,
                          remember: bool) -> None:
        dialog = ChangePasswordDialog(actor.name, services.check_password)
        self.password_dialog = dialog
        email = actor.email or login.email.text().strip()

        def change(new: str) -> None:
            db, now = self.db, self.clock()

            def work() -> tuple[Actor, str]:
                changed = services.change_password(db, email, old, new, now)
                return changed, self._remember(changed, now) if remember else ""

            def done(result: tuple[Actor, str]) -> None:
                self.notice = result[1]
                self.open_window(result[0])

            def failed(error: BaseException) -> None:
                if isinstance(error, BadInput) and error.field in ("password", "new_password"):
                    dialog.show_refusal(self._describe(error))
                    return
                # Anything else (locked meanwhile…): back to the login dialog, which says it.
                self._back_to_login(dialog, self._describe(error))

            self.runner.run(work, done, failed, owner=dialog)

        dialog.change_wanted.connect(change)
        dialog.rejected.connect(lambda: self._back_to_login(dialog, ""))
        dialog.show()  # before the login dialog hides: a window stays open
        login.hide()

    def _back_to_login(self, dialog: ChangePasswordDialog, text: str) -> None:
        login = self.login_dialog
        if login is not None:
            login.password.clear()
            login.set_busy(False)
            login.show()
            if text:
                login.show_refusal(text, "email")
        if self.password_dialog is dialog:
            self.password_dialog = None
        dialog.hide()
        dialog.deleteLater()

    # --- the window -----------------------------------------------------------------------

    def open_window(self, actor: Actor) -> MainWindow:
        window = self.build(actor)
        window.logout_requested.connect(self.log_out)
        self.window = window
        window.show()  # before the dialogs close: the application never runs out of windows
        for dialog in (self.password_dialog, self.login_dialog):
            if dialog is not None:
                dialog.blockSignals(True)  # accepted, not « Quitter »
                dialog.hide()
                dialog.deleteLater()
        self.password_dialog = self.login_dialog = None
        if self.notice:
            window.say(self.notice)
            self.notice = ""
        self.window_opened.emit(window)
        return window

    def log_out(self) -> None:
        """« Se déconnecter »: this computer forgets the person, the login dialog opens (with
        their e-mail), then the window closes."""
        window = self.window
        if window is None:
            return
        email = window.context.actor.email or ""
        try:
            services.forget_login(self.db, self.clock())
        except Exception as error:  # noqa: BLE001 - logged out all the same
            log.warning("remembered login not forgotten: %s", error)
        self.ask_login(email)
        self.window = None
        window.close()
        window.deleteLater()

    @property
    def shown(self) -> QWidget | None:
        """What the person sees now: the window or one of the dialogs."""
        return self.window or self.password_dialog or self.login_dialog
