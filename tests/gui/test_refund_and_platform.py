"""The invoices page after issue 14: a credit note on a paid invoice shows the refund owed
until « Marquer remboursé » records it; « Plateforme agréée… » sets the exchange folders, and
the statuses the platform drops there show in the Plateforme column; an unreachable credit
note amount is refused in the dialog with the two amounts that can be issued."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import NOW, click_sidebar, select_row
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui.dialogs.invoice_actions import CreditNoteDialog, RefundDialog
from deepetch_desktop.gui.dialogs.platform import PlatformDialog
from deepetch_desktop.services import ADMINISTRATOR as ADMIN

REFUND_COLUMN, PLATFORM_COLUMN = 8, 9


def _page(qtbot: Any, window: Any) -> Any:
    click_sidebar(qtbot, window, 2)
    page = window.invoices
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=10_000)
    return page


def _cell(page: Any, number: str, column: int) -> str:
    row = next(r for r in range(page.model.rowCount())
               if page.model.index(r, 0).data() == number)
    return str(page.model.index(row, column).data())


def _ok(qtbot: Any, dialog: Any) -> None:
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _paid_invoice(db: Any) -> Any:
    invoice = next(i for i in services.list_invoices(db, ADMIN, NOW)
                   if i.kind == "invoice" and i.credited_cents == 0 and i.left_cents > 5_000)
    services.record_payment(db, ADMIN, invoice.number, invoice.left_cents, now=NOW)
    return invoice


def test_the_refund_owed_shows_until_marked_refunded(qtbot: Any, window: Any) -> None:
    db = window.context.db
    invoice = _paid_invoice(db)
    services.issue_credit_note(db, ADMIN, invoice.number, "Pack trop grand", now=NOW,
                               amount_cents=5_004)
    page = _page(qtbot, window)
    page.refresh()
    qtbot.waitUntil(lambda: _cell(page, invoice.number, REFUND_COLUMN) == "50,04\u00a0€",
                    timeout=10_000)
    select_row(qtbot, page.table, lambda i: i.number == invoice.number)
    assert page.buttons["refund"].isEnabled() and page.buttons["credit"].isEnabled()
    qtbot.mouseClick(page.buttons["refund"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RefundDialog)
    assert dialog.amount.text() == "50,04"
    dialog.amount.setText("60")
    assert not dialog.ok_button.isEnabled()
    assert "remboursement dû (50,04\u00a0€)" in dialog.amount_error.text()
    dialog.amount.setText("50,04")
    dialog.reference.setText("VIR-R9")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10_000)
    view = services.get_invoice(db, ADMIN, invoice.number, NOW)
    assert view.refund_owed_cents == 0 and view.refunds[0].reference == "VIR-R9"
    qtbot.waitUntil(lambda: _cell(page, invoice.number, REFUND_COLUMN) == "", timeout=10_000)
    select_row(qtbot, page.table, lambda i: i.number == invoice.number)
    assert not page.buttons["refund"].isEnabled()


def test_an_unreachable_credit_note_amount_is_refused_in_the_dialog(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CreditNoteDialog, "confirm_issue",
                        classmethod(lambda cls, parent, number, amount: True))
    db = window.context.db
    page = _page(qtbot, window)
    invoice = next(i for i in services.list_invoices(db, ADMIN, NOW)
                   if i.kind == "invoice" and i.left_cents > 20_000 and i.credited_cents == 0)
    select_row(qtbot, page.table, lambda i: i.number == invoice.number)
    qtbot.mouseClick(page.buttons["credit"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CreditNoteDialog)
    dialog.amount.setText("100,05")
    dialog.reason.setText("Geste commercial")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.refusal.isVisible(), timeout=10_000)
    assert "100,04\u00a0€ ou 100,06\u00a0€" in dialog.refusal.text()
    assert dialog.isVisible()
    assert services.get_invoice(db, ADMIN, invoice.number, NOW).credited_cents == 0


def test_the_platform_folders_are_set_and_its_statuses_shown(qtbot: Any, window: Any,
                                                              tmp_path: Path) -> None:
    from tests.integration.test_platform_channel import REASON, status_file

    db = window.context.db
    outgoing, incoming = tmp_path / "vers-pa", tmp_path / "depuis-pa"
    outgoing.mkdir()
    incoming.mkdir()
    invoice = next(i for i in services.list_invoices(db, ADMIN, NOW) if i.kind == "invoice")
    status_file(incoming, "statut.xml", invoice.number, "210", "Refusée", "20261116100000",
                reason=REASON)
    page = _page(qtbot, window)
    assert _cell(page, invoice.number, PLATFORM_COLUMN) == ""
    qtbot.mouseClick(page.buttons["platform"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, PlatformDialog), timeout=10_000)
    dialog = page.dialog
    assert not dialog.ok_button.isEnabled()
    dialog.outgoing.setText(str(outgoing / "absent"))
    dialog.incoming.setText(str(incoming))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.outgoing_error.isVisible(), timeout=10_000)
    assert "n'est pas un dossier existant" in dialog.outgoing_error.text()
    assert services.platform_channel(db, ADMIN) is None
    dialog.outgoing.setText(str(outgoing))
    dialog.xml_only.setChecked(True)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10_000)
    channel = services.platform_channel(db, ADMIN)
    assert channel is not None and channel.xml_only
    qtbot.waitUntil(lambda: _cell(page, invoice.number, PLATFORM_COLUMN) == "Refusée",
                    timeout=10_000)
    assert (incoming / "done" / "statut.xml").exists()
    row = next(r for r in range(page.model.rowCount())
               if page.model.index(r, 0).data() == invoice.number)
    tip = page.model.index(row, PLATFORM_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert "Refusée (TX_TVA_ERR Taux de TVA erroné)" in tip
