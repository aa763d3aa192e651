"""Every dialog, built as the window builds it, for the tests that look at all of them (issue
13: each fits a 1366×768 screen; screenshots). DIALOGS is a list of (name, factory): a factory
takes (qtbot, context), `context` being the main window's AppContext over the demo company
(`window.context`), and returns the dialog, added to qtbot, not shown yet."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog

from deepetch_desktop import services
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
