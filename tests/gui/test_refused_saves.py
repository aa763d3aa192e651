"""A dialog whose service refuses stays open, with what was typed and the refusal shown in it
(under the field it names when there is one); saved, it closes (issue 13). One mechanism,
SavingDialog, for adding a sub-account, its profile, its limits, a payment and a credit note.
Each refusal is brought about for real: the database changes behind the open dialog, as when
another workstation acts first."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import NOW, click_sidebar, idle, select_row
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui.dialogs.invoice_actions import CreditNoteDialog, PaymentDialog
from deepetch_desktop.gui.dialogs.limits import ModifyLimitsDialog
from deepetch_desktop.gui.dialogs.subaccount import SubAccountDialog
from deepetch_desktop.services import ADMINISTRATOR as ADMIN

TAKEN = "L'adresse e-mail est déjà utilisée."


def _settings(qtbot: Any, window: Any) -> Any:
    click_sidebar(qtbot, window, 5)
    page = window.settings
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    return page


def _ok(qtbot: Any, dialog: Any) -> None:
    button = dialog.ok_button if hasattr(dialog, "ok_button") else dialog.buttons.buttons()[0]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_sub_account_refused_keeps_what_was_typed_then_is_added_with_its_limit(
        qtbot: Any, window: Any) -> None:
    db = window.context.db
    page = _settings(qtbot, window)
    taken = services.list_sub_accounts(db, ADMIN, NOW)[0].email
    qtbot.mouseClick(page.header.primary, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SubAccountDialog) and dialog.limit is not None
    assert dialog.limit.chosen().value == "monthly"  # the default: a monthly limit, asked
    assert not dialog.buttons.buttons()[0].isEnabled()
    dialog.name.setText("Inès Garnier")
    qtbot.keyClicks(dialog.email, taken)
    qtbot.keyClicks(dialog.department, "Export")
    qtbot.keyClicks(dialog.limit.amount, "1500")
    dialog.buy_credits.setChecked(True)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.email_error.isVisible(), timeout=10_000)
    assert dialog.email_error.text() == TAKEN
    assert dialog.isVisible() and page.dialog is dialog
    assert (dialog.name.text(), dialog.email.text(), dialog.limit.amount.text()) == (
        "Inès Garnier", taken, "1500")
    assert dialog.buy_credits.isChecked()
    assert dialog.email.property("invalid") is True
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "ines.garnier@atelier-lumiere.fr")
    assert not dialog.email_error.isVisible()
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10_000)
    added = services.get_sub_account(db, ADMIN, "ines.garnier@atelier-lumiere.fr", NOW)
    assert (added.limit_kind, added.limit_amount, added.used) == ("monthly", 1500, 0)
    assert added.privileges.buy_credits and added.privileges.submit_tasks
    assert added.department == "Export"
    journal = services.list_audit(db, ADMIN, limit=3)
    assert [e.action.value for e in journal].count("subaccount.add") == 1
    assert not any(e.action.value == "limit.set" for e in journal)  # one act, one entry
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().id == added.id,
                    timeout=10_000)


def test_a_new_sub_account_limit_is_checked_in_place(qtbot: Any) -> None:
    dialog = SubAccountDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.limit is not None
    dialog.name.setText("Léa")
    dialog.email.setText("lea@exemple.fr")
    qtbot.keyClicks(dialog.limit.amount, "12,5")
    assert dialog.limit.error.text() == "Le montant doit être un nombre entier de crédits."
    assert not dialog.buttons.buttons()[0].isEnabled()
    dialog.limit.amount.setText("2\u202f000")
    assert not dialog.limit.error.isVisible() and dialog.buttons.buttons()[0].isEnabled()
    assert dialog.limit_request().amount == 2000
    dialog.limit.kind.setCurrentIndex(dialog.limit.kind.findData("none"))
    assert not dialog.limit.amount.isEnabled()
    assert "sans plafond" in dialog.limit.explanation.text()
    assert dialog.limit_request().amount is None


def test_a_profile_refused_shows_the_sentence_under_the_email(qtbot: Any, window: Any) -> None:
    db = window.context.db
    page = _settings(qtbot, window)
    first, second = services.list_sub_accounts(db, ADMIN, NOW)[:2]
    select_row(qtbot, page.table, lambda s: s.id == first.id)
    qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SubAccountDialog) and dialog.limit is None
    dialog.email.selectAll()
    qtbot.keyClicks(dialog.email, second.email)
    dialog.phone.setText("01 02 03 04 05")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.email_error.isVisible(), timeout=10_000)
    assert dialog.email_error.text() == TAKEN and dialog.isVisible()
    assert dialog.phone.text() == "01 02 03 04 05"
    assert services.get_sub_account(db, ADMIN, first.id, NOW).email == first.email


def test_limits_refused_stay_open_with_the_sentence(qtbot: Any, window: Any) -> None:
    db = window.context.db
    page = _settings(qtbot, window)
    sub = next(s for s in services.list_sub_accounts(db, ADMIN, NOW)
               if s.limit_kind == "monthly")
    select_row(qtbot, page.table, lambda s: s.id == sub.id)
    qtbot.mouseClick(page.limits_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ModifyLimitsDialog)
    dialog.ui.amountEdit.setText("4321")
    services.close_sub_account(db, ADMIN, sub.id, NOW)  # another workstation, meanwhile
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.refusal.isVisible(), timeout=10_000)
    assert "clôturé" in dialog.refusal.text()
    assert dialog.isVisible() and dialog.ui.amountEdit.text() == "4321"
    assert services.get_sub_account(db, ADMIN, sub.id, NOW).limit_amount == sub.limit_amount


def _invoice_dialog(qtbot: Any, window: Any, button: str) -> tuple[Any, Any]:
    db = window.context.db
    click_sidebar(qtbot, window, 2)
    page = window.invoices
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=10_000)
    unpaid = next(i for i in services.list_invoices(db, ADMIN, NOW)
                  if i.left_cents > 10_000 and i.kind == "invoice")
    select_row(qtbot, page.table, lambda i: i.number == unpaid.number)
    qtbot.mouseClick(page.buttons[button], Qt.MouseButton.LeftButton)
    return page.dialog, unpaid


def test_a_payment_refused_stays_open_with_the_amount_and_the_sentence(
        qtbot: Any, window: Any) -> None:
    db = window.context.db
    dialog, invoice = _invoice_dialog(qtbot, window, "pay")
    assert isinstance(dialog, PaymentDialog)
    dialog.amount.setText("100,00")
    dialog.reference.setText("VIR-2026-118")
    services.record_payment(db, ADMIN, invoice.number, invoice.left_cents - 5_000, now=NOW,
                            paid_on=NOW.date())  # paid meanwhile: 50 € left
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.amount_error.isVisible() or dialog.refusal.isVisible(),
                    timeout=10_000)
    shown = dialog.amount_error.text() or dialog.refusal.text()
    assert shown == services.describe(_refusal(lambda: services.record_payment(
        db, ADMIN, invoice.number, 10_000, now=NOW, paid_on=NOW.date())))
    assert dialog.isVisible() and dialog.reference.text() == "VIR-2026-118"
    assert services.get_invoice(db, ADMIN, invoice.number, NOW).left_cents == 5_000


def test_a_credit_note_refused_stays_open_with_its_reason(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CreditNoteDialog, "confirm_issue",
                        classmethod(lambda cls, parent, number, amount: True))
    db = window.context.db
    dialog, invoice = _invoice_dialog(qtbot, window, "credit")
    assert isinstance(dialog, CreditNoteDialog)
    dialog.amount.setText("100,00")
    dialog.reason.setText("Remise commerciale")
    services.issue_credit_note(db, ADMIN, invoice.number, "Annulation",
                               now=NOW)  # cancelled meanwhile by a credit note for all of it
    before = len(services.list_invoices(db, ADMIN, NOW))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.amount_error.isVisible() or dialog.refusal.isVisible(),
                    timeout=10_000)
    assert dialog.isVisible() and dialog.reason.text() == "Remise commerciale"
    assert len(services.list_invoices(db, ADMIN, NOW)) == before


def _refusal(call: Any) -> Any:
    try:
        call()
    except Exception as error:  # noqa: BLE001 - the refusal itself is what is compared
        return error
    raise AssertionError("not refused")
