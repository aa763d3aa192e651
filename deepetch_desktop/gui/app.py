"""Entry point of `deepetch-desktop`: open the database, first-start wizard, main window."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from deepetch_desktop import bootstrap, services
from deepetch_desktop.domain.errors import DeepetchError
from deepetch_desktop.domain.urls import masked_url
from deepetch_desktop.services import Database
from deepetch_desktop.services.results import ADMINISTRATOR, Actor

from . import crash, fmt, i18n, theme
from .context import AppContext, utc_now
from .dialogs.wizard import FirstStartDialog
from .icons import icon
from .options import parse_options
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
    i18n.install(app, language or i18n.chosen_language())
    return app


def build_window(db: Database, *, actor: Actor = ADMINISTRATOR,
                 clock: Callable[[], datetime] = utc_now, lang: str = "fr",
                 schedule: bool = True) -> MainWindow:
    """The main window over an initialised database (used by main, tests and screenshots),
    with its catch-up ticker started unless `schedule` is False; closing it stops the ticker."""
    company = services.company(db)
    if company is not None:
        fmt.set_company_timezone(company.timezone)
    runner = Runner()
    context = AppContext(db=db, runner=runner, actor=actor, clock=clock, lang=lang)
    window = MainWindow(context, company.name if company else "")
    runner.setParent(window)
    if schedule:
        window.start_schedule(company.timezone if company else "Europe/Paris")
    return window


def first_start(db: Database, now: datetime) -> bool:
    """Ask for the company (or offer the demo); False when the person quits."""
    dialog = FirstStartDialog()
    while True:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if dialog.demo_chosen:
                services.create_demo(db, now)
            else:
                request = dialog.request()
                services.init_company(db, ADMINISTRATOR, name=request.name,
                                      siren=request.siren, vat_number=request.vat_number,
                                      address=request.address, email=request.email, now=now)
            return True
        except Exception as error:  # noqa: BLE001 - said in one sentence, then asked again
            describe = getattr(services, "describe", None)
            QMessageBox.warning(dialog, _t("Création impossible"),
                                describe(error) if describe else str(error))
            dialog.demo_chosen = False
        finally:
            QGuiApplication.restoreOverrideCursor()


def database_failure(url: str, error: BaseException, lang: str = "fr") -> str:
    """The « cannot open the database » dialog's one sentence: the reason in words (refused,
    or the PostgreSQL driver missing: what to do), the address with its password masked."""
    if isinstance(error, DeepetchError):
        return services.describe(error, lang)
    shown = masked_url(url)
    reason = (str(error).splitlines() or [type(error).__name__])[0].replace(url, shown)
    return _t("Impossible d'ouvrir la base de données {url}\u00a0: {error}.").format(
        url=shown, error=reason.rstrip("."))


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
        db = bootstrap.open_database(url)
    except Exception as error:  # noqa: BLE001 - the person needs a sentence, not a traceback
        QMessageBox.critical(None, _t("Base de données"), database_failure(url, error, lang))
        return error.exit_status if isinstance(error, DeepetchError) else 1
    if services.company(db) is None and not first_start(db, utc_now()):
        return 0
    window = build_window(db, lang=lang)
    app.aboutToQuit.connect(window.shutdown)  # also when quitting without closing the window
    window.show()
    status = int(app.exec())
    window.shutdown()
    db.dispose()
    return status


if __name__ == "__main__":
    sys.exit(main())
