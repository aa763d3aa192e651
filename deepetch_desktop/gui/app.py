"""Entry point of `deepetch-desktop`: open the database, first-start wizard, logging in, main
window."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from deepetch_desktop import bootstrap, services
from deepetch_desktop.domain.errors import BadInput, DeepetchError
from deepetch_desktop.domain.urls import masked_url
from deepetch_desktop.services import Database
from deepetch_desktop.services.results import ADMINISTRATOR, Actor
from deepetch_desktop.services.whoami import own_privileges

from . import crash, fmt, i18n, theme
from .context import AppContext, utc_now
from .dialogs.wizard import FirstStartDialog
from .icons import icon
from .options import parse_options
from .screen import fit_every_dialog
from .session import Session
from .window import MainWindow
from .worker import Runner


def _t(text: str) -> str:
    return QCoreApplication.translate("app", text)


def make_application(argv: Sequence[str] | None = None,
                     language: str | None = None) -> QApplication:
    """The one QApplication, styled, with its organisation (for QSettings) and language
    (`language`, else the one chosen in Paramètres, else the system's)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv if argv is not None else sys.argv))
    app.setOrganizationName("Deepetch")
    app.setApplicationName("Deepetch Desktop")
    app.setApplicationDisplayName("Deepetch Desktop")
    app.setWindowIcon(icon("app"))
    theme.apply_style(app)
    fit_every_dialog(app)
    i18n.install(app, language or i18n.chosen_language())
    return app


def build_window(db: Database, *, actor: Actor = ADMINISTRATOR,
                 clock: Callable[[], datetime] = utc_now, lang: str = "fr",
                 schedule: bool = True) -> MainWindow:
    """The main window of `actor` over an initialised database (the session builds it after
    logging in; tests and the self-test build it directly), with its catch-up ticker started
    unless `schedule` is False; closing it stops the ticker. A sub-account holder's window
    shows what their privileges, read now, grant. Over a database opened read-only, nothing
    that writes is enabled and no ticker runs."""
    company = services.company(db)
    if company is not None:
        fmt.set_company_timezone(company.timezone)
    privileges = own_privileges(db, actor)
    runner = Runner()
    read_only = bool(getattr(db, "read_only", False))
    context = AppContext(db=db, runner=runner, actor=actor, privileges=privileges,
                         clock=clock, lang=lang, read_only=read_only)
    window = MainWindow(context, company.name if company else "")
    runner.setParent(window)
    # The catch-up runs where an administrator works, connected as a role that may do it (a
    # colleague's deepetch_member workstation may not send the outbox or archive invoices).
    if schedule and not read_only and context.administers and services.acts_as_admin(db):
        window.start_schedule(company.timezone if company else "Europe/Paris")
    return window


def first_start(db: Database, now: datetime) -> Actor | None:
    """Ask for the company (unless a version before people logged in made it) and its first
    administrator, create them and log the administrator
    in (their Actor; the demo's administrator for the demo company); None when the person
    quits."""
    dialog = FirstStartDialog(check_password=services.check_password,
                              administrator_only=services.company(db) is not None)
    while True:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if dialog.demo_chosen:
                return demo_start(db, now, dialog)
            request, admin = dialog.request(), dialog.administrator()
            if services.company(db) is None:  # not again when the administrator was refused
                services.init_company(db, ADMINISTRATOR, name=request.name,
                                      siren=request.siren, vat_number=request.vat_number,
                                      address=request.address, email=request.email,
                                      country=request.country,
                                      einvoicing_address=request.einvoicing_address, now=now)
            services.create_first_administrator(db, admin.name, admin.email, admin.password,
                                                now)
            return services.log_in(db, admin.email, admin.password, now).actor
        except Exception as error:  # noqa: BLE001 - said in one sentence, then asked again
            dialog.demo_chosen = False
            said = services.describe(error, i18n.language()) if isinstance(
                error, DeepetchError) else str(error)
            if not (isinstance(error, BadInput) and dialog.show_refusal(error.field, said)):
                QMessageBox.warning(dialog, _t("Création impossible"), said)
        finally:
            QGuiApplication.restoreOverrideCursor()


def demo_start(db: Database, now: datetime, parent: QWidget | None = None) -> Actor:
    """The demo company and its logins, shown once (their passwords are generated); its
    administrator logged in."""
    services.create_demo(db, now)
    logins = services.create_demo_logins(db, now)
    lines = [_t("{name} ({role})\u00a0: {email}, mot de passe {password}").format(
        name=login.name, email=login.email, password=login.password,
        role=_t("administrateur") if login.is_administrator else _t("sous-compte"))
        for login in logins if login.password]
    box = QMessageBox(QMessageBox.Icon.Information, _t("Entreprise de démonstration"),
                      _t("Les connexions de la démonstration (notez-les)\u00a0:") + "\n\n"
                      + "\n".join(lines), QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    QGuiApplication.restoreOverrideCursor()
    box.exec()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    administrator = next(login for login in logins if login.is_administrator)
    return services.log_in(db, administrator.email, administrator.password or "", now).actor


def open_session(db: Database, lang: str, actor: Actor | None = None) -> Session:
    """The window of `actor`, or of the person this computer remembers, else the login
    dialog; « Se déconnecter » comes back to it."""
    company = services.company(db)
    session = Session(db, lambda who: build_window(db, actor=who, lang=lang),
                      company_name=company.name if company else "")
    session.start(actor)
    return session


def database_failure(url: str, error: BaseException, lang: str = "fr") -> str:
    """The « cannot open the database » dialog's one sentence: the reason in words (refused,
    or the PostgreSQL driver missing: what to do), the address with its password masked."""
    if isinstance(error, DeepetchError):
        return services.describe(error, lang)
    shown = masked_url(url)
    reason = (str(error).splitlines() or [type(error).__name__])[0].replace(url, shown)
    return _t("Impossible d'ouvrir la base de données {url}\u00a0: {error}.").format(
        url=shown, error=reason.rstrip("."))


def review(app: QApplication, db: Database, lang: str) -> int:
    """A copy looked at (--read-only): the administrator's window straight away, since logging
    in would write (the login is journalled) and whoever holds the SQLite file reads it all
    anyway; every action that writes is disabled and the database refuses writes itself."""
    if services.company(db) is None:
        QMessageBox.critical(None, _t("Base de données"), _t(
            "La base {location} n'a pas encore d'entreprise : il n'y a rien à "
            "consulter.").format(location=db.location))
        db.dispose()
        return 2
    window = build_window(db, lang=lang, schedule=False)
    window.show()
    status = int(app.exec())
    window.shutdown()
    db.dispose()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """`argv` as sys.argv has it (the program first); the exit status."""
    arguments = list(sys.argv if argv is None else argv)
    try:
        options = parse_options(arguments[1:])  # --help, --version: printed, nothing opened
    except SystemExit as done:
        return int(done.code or 0)
    if options.self_test:
        from . import self_test  # before any QApplication: it picks offscreen without a display

        return self_test.run(options.db, lang=options.lang)
    app = make_application(arguments[:1] or ["deepetch-desktop"], options.lang)
    crash.install()
    lang = "en" if (options.lang or i18n.chosen_language()) == "en" else "fr"
    url = options.db or bootstrap.default_database_url()
    try:
        db = (bootstrap.open_database(url, read_only=True) if options.read_only
              else bootstrap.open_database(url))
    except Exception as error:  # noqa: BLE001 - the person needs a sentence, not a traceback
        QMessageBox.critical(None, _t("Base de données"), database_failure(url, error, lang))
        return error.exit_status if isinstance(error, DeepetchError) else 1
    if options.read_only:
        return review(app, db, lang)
    actor: Actor | None = None
    if services.company(db) is None or not services.has_administrator(db):
        created = first_start(db, utc_now())
        if not isinstance(created, Actor):
            return 0
        actor = created
    session = open_session(db, lang, actor)
    app.aboutToQuit.connect(session.shutdown)  # also when quitting without closing the window
    status = int(app.exec())
    session.shutdown()
    db.dispose()
    return status


if __name__ == "__main__":
    sys.exit(main())
