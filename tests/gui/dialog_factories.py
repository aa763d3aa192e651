"""Every window the application opens besides the main one, built as a person opens it: the
registry that the screen-fit check (tests/gui/screen_fit.py), the mnemonics test and the
screenshots walk (issue 13: each fits a 1366×768 screen and 1920×1080 at 200 %).

Two ways to add a dialog:
- FACTORIES: a function taking the `Scene` (the main window over the demo, shown) and returning
  the dialog, not yet shown (or shown: page actions open theirs), decorated with
  `@dialog("short-name")`. Prefer opening it through the page's own action (`scene.opened`).
- DIALOGS: (name, factory), a factory taking (qtbot, context), `context` being the main window's
  AppContext over the demo company (`window.context`), returning the dialog added to qtbot, not
  shown yet. Each of them is also in FACTORIES (under its name), unless one there already
  opens the same dialog through its page.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from deepetch_desktop import services
from deepetch_desktop.domain.vocabulary import LimitKind
from deepetch_desktop.gui import fmt
from deepetch_desktop.gui.context import AppContext
from deepetch_desktop.gui.dialogs.catalogue import CatalogueDialog
from deepetch_desktop.gui.dialogs.company import CompanyDialog
from deepetch_desktop.gui.dialogs.correction import CorrectionDialog
from deepetch_desktop.gui.dialogs.invoice_actions import CreditNoteDialog, PaymentDialog
from deepetch_desktop.gui.dialogs.limits import ModifyLimitsDialog
from deepetch_desktop.gui.dialogs.platform import PlatformDialog
from deepetch_desktop.gui.dialogs.seller import SellerDialog
from deepetch_desktop.gui.dialogs.smtp import SmtpDialog
from deepetch_desktop.gui.dialogs.subaccount import SubAccountDialog
from deepetch_desktop.gui.dialogs.test_email import TestEmailDialog

NAMES = ("Camille Martin",)


@dataclass
class Scene:
    """The main window of the demo's administrator, shown, its pages loaded as they are
    opened."""

    window: Any  # deepetch_desktop.gui.window.MainWindow

    @property
    def db(self) -> Any:
        return self.window.context.db

    @property
    def now(self) -> Any:
        return self.window.context.now()

    def wait(self, done: Callable[[], bool], seconds: float = 20) -> None:
        end = time.monotonic() + seconds
        app = QCoreApplication.instance()
        while not done():
            if time.monotonic() > end:
                raise TimeoutError("the dialog did not open")
            assert app is not None
            app.processEvents()
            time.sleep(0.005)
        for _ in range(3):
            QCoreApplication.processEvents()

    def settle(self) -> None:
        self.wait(lambda: not self.window.context.runner.busy)

    def page(self, attribute: str) -> Any:
        """Show the page `window.<attribute>` and wait until it is loaded."""
        page = getattr(self.window, attribute)
        self.window.show_page(self.window.pages.index(page))
        self.wait(lambda: page.loaded)
        self.settle()
        return page

    def opened(self, page: Any, action: Callable[[], object]) -> QDialog:
        """Run `action` (a page's own), wait for the dialog it opens (`page.dialog`)."""
        before = page.dialog
        action()
        self.wait(lambda: page.dialog is not None and page.dialog is not before)
        self.settle()
        dialog: QDialog = page.dialog
        return dialog


FACTORIES: dict[str, Callable[[Scene], QWidget]] = {}


def dialog(name: str) -> Callable[[Callable[[Scene], QWidget]], Callable[[Scene], QWidget]]:
    def register(factory: Callable[[Scene], QWidget]) -> Callable[[Scene], QWidget]:
        if name in FACTORIES:
            raise ValueError(f"two dialogs named {name}")
        FACTORIES[name] = factory
        return factory

    return register


def _select_sub_account(scene: Scene, page: Any) -> Any:
    page.table.select_where(lambda s: s.name == NAMES[0])
    scene.settle()
    return page.selected()


def _open_invoice(scene: Scene) -> Any:
    page = scene.page("invoices")
    page.table.select_where(lambda i: i.left_cents > 0 and i.kind == "invoice")
    return page


# --- Crédits ---------------------------------------------------------------------------------

@dialog("buy-credits")
def buy_credits(scene: Scene) -> QWidget:
    page = scene.page("credits")
    return scene.opened(page, page.buy)


@dialog("buy-confirmation")
def buy_confirmation(scene: Scene) -> QWidget:
    from deepetch_desktop.gui.dialogs.common import confirmation_box

    quote = services.quote_purchase(scene.db, services.ADMINISTRATOR, "ENTREPRISE", 3)
    return confirmation_box(scene.window, "Confirmer l'achat", (
        f"Acheter {quote.quantity} × « Entreprise » ({quote.credits} crédits) pour "
        f"{quote.gross_cents / 100:.2f} € TTC, payables sous 30 jours ?"), "Acheter",
        destructive=False, safe_default=True)[0]


# --- Factures --------------------------------------------------------------------------------

@dialog("payment")
def payment(scene: Scene) -> QWidget:
    page = _open_invoice(scene)
    return scene.opened(page, page.record_payment)


@dialog("credit-note")
def credit_note(scene: Scene) -> QWidget:
    page = _open_invoice(scene)
    return scene.opened(page, page.credit_note)


@dialog("invoice-preview")
def invoice_preview(scene: Scene) -> QWidget:
    page = _open_invoice(scene)
    return scene.opened(page, page.preview_current)


@dialog("print")
def print_dialog(scene: Scene) -> QWidget:
    scene.window.print_target = QPrinter(QPrinter.PrinterMode.HighResolution)
    return QPrintDialog(scene.window.print_target, scene.window)


@dialog("save-file")
def save_file(scene: Scene) -> QWidget:
    return QFileDialog(scene.window, "Enregistrer la facture", "", "PDF (*.pdf)")


# --- Tâches ----------------------------------------------------------------------------------

@dialog("new-task")
def new_task(scene: Scene) -> QWidget:
    page = scene.page("tasks")
    return scene.opened(page, page.new_task)


# --- Rapports --------------------------------------------------------------------------------

@dialog("report-preview")
def report_preview(scene: Scene) -> QWidget:
    page = scene.page("reports")
    scene.wait(lambda: page.report is not None)
    return scene.opened(page, page.preview_current)


# --- Paramètres ------------------------------------------------------------------------------

@dialog("modify-limits")
def modify_limits(scene: Scene) -> QWidget:
    page = scene.page("settings")
    _select_sub_account(scene, page)
    limits = scene.opened(page, page.modify_limits)
    combo = limits.ui.kindCombo  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData(LimitKind.FIXED.value))  # the longest: dates, warning
    return limits


@dialog("add-sub-account")
def add_sub_account(scene: Scene) -> QWidget:
    page = scene.page("settings")
    return scene.opened(page, page.add_sub_account)


@dialog("sub-account-profile")
def sub_account_profile(scene: Scene) -> QWidget:
    page = scene.page("settings")
    _select_sub_account(scene, page)
    return scene.opened(page, page.edit_profile)


@dialog("company")
def company(scene: Scene) -> QWidget:
    page = scene.page("settings")
    page.tabs.setCurrentWidget(page.preferences)  # a tab reads its data when shown
    scene.wait(lambda: page.preferences.company is not None)
    return scene.opened(page, page.preferences.edit_company)


@dialog("smtp")
def smtp(scene: Scene) -> QWidget:
    page = scene.page("settings")
    page.tabs.setCurrentWidget(page.mail)
    scene.wait(lambda: page.mail.view is not None)
    return scene.opened(page, page.mail.edit_smtp)


@dialog("smtp-password")
def smtp_password(scene: Scene) -> QWidget:
    from deepetch_desktop.gui.dialogs.smtp import SmtpPasswordDialog

    return SmtpPasswordDialog(scene.window)


@dialog("restore-file")
def restore_file(scene: Scene) -> QWidget:
    return QFileDialog(scene.window, "Restaurer une sauvegarde", "",
                       "Sauvegardes Deepetch (*.sqlite3 *.sqlite3.*);;Tous les fichiers (*)")


# --- Logging in, first start -----------------------------------------------------------------

@dialog("login")
def login(scene: Scene) -> QWidget:
    from deepetch_desktop.gui.dialogs.login import LoginDialog

    return LoginDialog("Atelier Lumière", "claire.dubois@atelier-lumiere.fr")


@dialog("change-password")
def change_password(scene: Scene) -> QWidget:
    from deepetch_desktop.gui.dialogs.login import ChangePasswordDialog

    return ChangePasswordDialog("Claire Dubois", services.check_password)


@dialog("first-start")
def first_start(scene: Scene) -> QWidget:
    from deepetch_desktop.gui.dialogs.wizard import FirstStartDialog

    return FirstStartDialog(check_password=services.check_password)


# --- Aide ------------------------------------------------------------------------------------

@dialog("help")
def help_page(scene: Scene) -> QWidget:
    scene.page("dashboard")
    scene.window.show_help()
    return scene.window.help_dialog  # type: ignore[no-any-return]


@dialog("about")
def about(scene: Scene) -> QWidget:
    box = QMessageBox(QMessageBox.Icon.NoIcon, "À propos de Deepetch Desktop",
                      scene.window.about_text(), QMessageBox.StandardButton.Ok, scene.window)
    return box


# --- (qtbot, context) factories --------------------------------------------------------------

Factory = Callable[[Any, AppContext], QDialog]


def _added(qtbot: Any, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    return dialog


def _sub_account(context: AppContext) -> Any:
    return services.list_sub_accounts(context.db, context.actor, context.now())[0]


def _unpaid(context: AppContext) -> Any:
    return next(i for i in services.list_invoices(context.db, context.actor, context.now())
                if i.left_cents > 0 and i.kind == "invoice")


def _catalogue(kind: str, new: bool) -> Factory:
    def make(qtbot: Any, context: AppContext) -> QDialog:
        edit = services.catalogue_for_editing(context.db, context.actor)
        item = None if new else getattr(edit, kind)[0]
        return _added(qtbot, CatalogueDialog(kind, item))
    return make


DIALOGS: list[tuple[str, Factory]] = [
    ("add_sub_account", lambda qtbot, c: _added(qtbot, SubAccountDialog(None))),
    ("profile_and_privileges", lambda qtbot, c: _added(qtbot, SubAccountDialog(
        _sub_account(c)))),
    ("modify_limits", lambda qtbot, c: _added(qtbot, ModifyLimitsDialog(
        _sub_account(c), fmt.local_day(c.now())))),
    ("payment", lambda qtbot, c: _added(qtbot, PaymentDialog(_unpaid(c),
                                                             fmt.local_day(c.now())))),
    ("credit_note", lambda qtbot, c: _added(qtbot, CreditNoteDialog(_unpaid(c)))),
    ("platform", lambda qtbot, c: _added(qtbot, PlatformDialog(None))),
    ("company", lambda qtbot, c: _added(qtbot, CompanyDialog(
        services.company(c.db), c.describe))),  # type: ignore[arg-type]
    ("smtp", lambda qtbot, c: _added(qtbot, SmtpDialog(services.smtp_view(c.db, c.actor)))),
    ("seller", lambda qtbot, c: _added(qtbot, SellerDialog(
        services.seller_view(c.db, c.actor)))),
    ("catalogue_new_pack", _catalogue("packs", True)),
    ("catalogue_pack", _catalogue("packs", False)),
    ("catalogue_service", _catalogue("services", False)),
    ("catalogue_complexity", _catalogue("complexities", False)),
    ("basket_correction", lambda qtbot, c: _added(qtbot, CorrectionDialog(
        services.status(c.db, c.actor, c.now()).balance))),
    ("test_email", lambda qtbot, c: _added(qtbot, TestEmailDialog("compta@exemple.fr"))),
]


# The ones FACTORIES opens through their page already.
THROUGH_A_PAGE = {"add_sub_account", "profile_and_privileges", "modify_limits", "payment",
                  "credit_note", "company", "smtp"}


class _Keeper:
    """What a (qtbot, context) factory is handed outside pytest: it keeps the dialog alive."""

    def __init__(self) -> None:
        self.kept: list[QWidget] = []

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - qtbot's name
        self.kept.append(widget)


_KEEPER = _Keeper()


def _from_context(make: Factory) -> Callable[[Scene], QWidget]:
    return lambda scene: make(_KEEPER, scene.window.context)


for _name, _make in DIALOGS:
    if _name not in THROUGH_A_PAGE:
        dialog(_name.replace("_", "-"))(_from_context(_make))
