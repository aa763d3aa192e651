"""Buying on enterprise terms, a task refused by its limit, recording a payment, closing."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import NOW, click_sidebar, idle, select_row
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui.dialogs.buy import BuyCreditsDialog
from deepetch_desktop.gui.dialogs.invoice_actions import CreditNoteDialog, PaymentDialog
from deepetch_desktop.gui.dialogs.new_task import NewTaskDialog
from deepetch_desktop.gui.pages.settings import SettingsPage
from deepetch_desktop.services import ADMINISTRATOR as ADMIN


def test_buy_a_pack_on_enterprise_terms(qtbot: Any, window: Any,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BuyCreditsDialog, "confirm_purchase",
                        classmethod(lambda cls, parent, quote: True))
    before = services.status(window.context.db, ADMIN, NOW).balance
    click_sidebar(qtbot, window, 1)
    page = window.credits
    qtbot.mouseClick(page.header.primary, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, BuyCreditsDialog), timeout=10_000)
    dialog = page.dialog
    assert dialog.payment.isEnabled()
    dialog.select_pack("ENTREPRISE")
    dialog.quantity.setValue(2)
    qtbot.waitUntil(lambda: dialog.buy_button.isEnabled(), timeout=10_000)
    assert dialog.net.text() == "1\u202f600,00\xa0€"
    assert dialog.vat.text() == "320,00\xa0€"
    qtbot.mouseClick(dialog.buy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    invoice = services.list_invoices(window.context.db, ADMIN, NOW)
    number = dialog.invoice_number
    assert number in dialog.message.text() and any(i.number == number for i in invoice)
    assert services.status(window.context.db, ADMIN, NOW).balance == before + 20_000
    qtbot.waitUntil(lambda: "20\u202f000 crédits achetés" in window.message())


def test_buying_is_unavailable_until_the_terms_are_approved(qtbot: Any, db: Any) -> None:
    services.init_company(db, services.ADMINISTRATOR, name="Neuve", siren="552100554",
                          address="8 quai des Chartrons\n33000 Bordeaux",
                          einvoicing_address="552100554", now=NOW)
    packs = services.list_packs(db, ADMIN)
    dialog = BuyCreditsDialog(packs, terms_approved=False, billing_email="")
    qtbot.addWidget(dialog)
    assert not dialog.payment.isEnabled()
    assert "conditions d'entreprise" in dialog.payment_reason.text()
    assert not dialog.buy_button.isEnabled()


def test_task_refused_by_its_monthly_limit_says_why(qtbot: Any, window: Any) -> None:
    db = window.context.db
    chloe = services.get_sub_account(db, ADMIN, "chloe.moreau@atelier-lumiere.fr", NOW)
    before = services.status(db, ADMIN, NOW).balance
    click_sidebar(qtbot, window, 3)
    page = window.tasks
    qtbot.mouseClick(page.header.primary, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, NewTaskDialog), timeout=10_000)
    dialog = page.dialog
    dialog.select_sub_account(chloe.id)
    dialog.service.setCurrentIndex(dialog.service.findData("TRAD_DOC"))
    dialog.units.setValue(100)
    qtbot.waitUntil(lambda: dialog.cost.text() == "Coût\u00a0: 2\u202f500 crédits", timeout=10_000)
    left = str(chloe.remaining)
    assert left in dialog.remaining.text().replace("\u202f", "")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.refusal.isVisible(), timeout=10_000)
    text = dialog.refusal.text()
    # Not reached: what is left is less than the task costs (issue 13), and the sentence says so.
    assert "Limite mensuelle insuffisante pour cette tâche\u00a0: il reste " in text
    assert left in text.replace("\u202f", "") and "elle en coûte 2\u202f500" in text
    assert dialog.isVisible()
    assert services.status(db, ADMIN, NOW).balance == before


def test_task_accepted_closes_the_dialog(qtbot: Any, window: Any) -> None:
    click_sidebar(qtbot, window, 3)
    page = window.tasks
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    count = page.model.rowCount()
    page.new_item()
    qtbot.waitUntil(lambda: isinstance(page.dialog, NewTaskDialog), timeout=10_000)
    dialog = page.dialog
    dialog.units.setValue(2)
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == count + 1, timeout=10_000)
    assert page.dialog is None


def test_record_a_payment(qtbot: Any, window: Any) -> None:
    db = window.context.db
    click_sidebar(qtbot, window, 2)
    page = window.invoices
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=10_000)
    unpaid = next(i for i in services.list_invoices(db, ADMIN, NOW) if i.left_cents > 0)
    select_row(qtbot, page.table, lambda i: i.number == unpaid.number)
    assert page.buttons["pay"].isEnabled()
    qtbot.mouseClick(page.buttons["pay"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PaymentDialog)
    dialog.amount.setText("0")
    assert not dialog.ok_button.isEnabled()
    dialog.amount.setText("100,00")
    dialog.reference.setText("VIR-118")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: services.get_invoice(db, ADMIN, unpaid.number, NOW).paid_cents == 10_000,
        timeout=10_000)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: any(
        page.model.row_value(r).number == unpaid.number
        and page.model.row_value(r).paid_cents == 10_000
        for r in range(page.model.rowCount())), timeout=10_000)
    assert "Paiement de 100,00\xa0€ enregistré" in window.message()


def test_credit_note_asks_for_a_reason_and_confirmation(qtbot: Any, window: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    answers: list[str] = []
    monkeypatch.setattr(CreditNoteDialog, "confirm_issue",
                        classmethod(lambda cls, parent, number, amount: answers.append(number)
                                    or False))
    invoice = next(i for i in services.list_invoices(window.context.db, ADMIN, NOW) if i.left_cents)
    dialog = CreditNoteDialog(invoice)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setText("Erreur de quantité")
    assert dialog.ok_button.isEnabled()
    dialog.amount.setText("999999")
    assert not dialog.ok_button.isEnabled()
    dialog.amount.setText("")
    dialog.accept()
    assert answers == [invoice.number] and dialog.result() == 0


def test_close_a_sub_account_after_confirmation(qtbot: Any, window: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SettingsPage, "confirm_close", classmethod(lambda cls, p, name: True))
    click_sidebar(qtbot, window, 5)
    page = window.settings
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    select_row(qtbot, page.table, lambda s: s.name == "Léa Dubois")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().status == "closed",
                    timeout=10_000)
    assert not page.limits_button.isEnabled()
    lea = services.get_sub_account(window.context.db, ADMIN, "lea.dubois@atelier-lumiere.fr", NOW)
    assert lea.status == "closed"


def test_search_filters_as_you_type_and_counts(qtbot: Any, window: Any) -> None:
    window.show_page(5)
    page = window.settings
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    assert page.table.count.text() == "6 sous-comptes"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.table.search, "juri")
    qtbot.waitUntil(lambda: page.table.proxy.rowCount() == 1, timeout=2000)
    assert page.table.count.text() == "1 sous-compte"
    assert page.table.proxy.row_value(0).name == "Hugo Bernard"


def test_every_page_loads_and_f5_refreshes(qtbot: Any, window: Any) -> None:
    for number, page in enumerate(window.pages):
        window.show_page(number)
        qtbot.waitUntil(lambda p=page: p.loaded, timeout=10_000)
    page = window.journal
    page.loaded = False
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    assert page.model.rowCount() > 0
