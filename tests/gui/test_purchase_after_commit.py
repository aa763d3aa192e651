"""The purchase committed: the GUI says so with its invoice even when the PDF cannot be made
right away (a full disk); the message bar says the PDF will follow; nothing is bought twice."""

from __future__ import annotations

import errno
from typing import Any

import pytest
from gui_helpers import NOW, click_sidebar, idle
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.documents import facturx_pdf
from deepetch_desktop.gui.dialogs.buy import BuyCreditsDialog
from deepetch_desktop.services import ADMINISTRATOR as ADMIN


def test_a_purchase_whose_pdf_fails_is_reported_done_and_the_pdf_follows(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    db = window.context.db
    idle(qtbot, window)
    services.catch_up(db, ADMIN, NOW, deliver_mail=False)  # the demo's own invoices archived first

    def disk_full(document: Any, workdir: Any = None) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(facturx_pdf, "render_invoice", disk_full)
    monkeypatch.setattr(BuyCreditsDialog, "confirm_purchase",
                        classmethod(lambda cls, parent, quote: True))
    invoices_before = len(services.list_invoices(db, ADMIN, NOW))
    click_sidebar(qtbot, window, 1)
    page = window.credits
    qtbot.mouseClick(page.header.primary, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, BuyCreditsDialog), timeout=10_000)
    dialog = page.dialog
    dialog.select_pack("EQUIPE")
    qtbot.waitUntil(lambda: dialog.buy_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.buy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    number = dialog.invoice_number

    qtbot.waitUntil(lambda: "n'a pas pu être produit" in window.message(),
                    timeout=10_000)
    message = window.message()
    assert "crédits achetés" in message and number in message
    assert len(services.list_invoices(db, ADMIN, NOW)) == invoices_before + 1
    assert services.document_state(db, ADMIN, number) == "pending"
    idle(qtbot, window)

    monkeypatch.undo()  # space freed: the next catch-up makes it
    report = services.catch_up(db, ADMIN, NOW, deliver_mail=False)
    assert report.documents_failed == ()
    assert services.document_state(db, ADMIN, number) == "archived"
