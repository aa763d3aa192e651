"""After buying, a credit note or « Renvoyer par e-mail », the invoice is archived and sent off
the GUI thread, and the status bar says what became of it."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import NOW, select_row
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui.dialogs.buy import BuyCreditsDialog
from deepetch_desktop.gui.outbox import outbox_sentence
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from tests.smtp_server import free_port, running_smtp_server

pytestmark = pytest.mark.ticker  # the start-up catch-up, then its queue

NOT_CONFIGURED = "Configurez le serveur SMTP dans Paramètres pour envoyer les factures."
DOWN = ("Le serveur SMTP ne répond pas\u00a0: la facture est enregistrée et sera envoyée dès qu'il "
        "répondra.")


def _smtp(window: Any, port: int) -> None:
    services.set_smtp(window.context.db, services.ADMINISTRATOR, host="127.0.0.1", port=port,
                      security="none", sender="factures@deepetch.example", now=NOW)


def _buy(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(BuyCreditsDialog, "confirm_purchase",
                        classmethod(lambda cls, parent, quote: True))
    qtbot.waitUntil(lambda: window.last_catch_up is not None, timeout=20_000)  # start run over
    window.show_page(1)
    page = window.credits
    page.buy()
    qtbot.waitUntil(lambda: isinstance(page.dialog, BuyCreditsDialog), timeout=10_000)
    dialog = page.dialog
    dialog.select_pack("EQUIPE")
    qtbot.waitUntil(lambda: dialog.buy_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.buy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(dialog, "invoice_number", None) is not None, timeout=10_000)
    return str(dialog.invoice_number)


def _said(qtbot: Any, window: Any, *parts: str) -> str:
    qtbot.waitUntil(lambda: all(p in window.message() for p in parts),
                    timeout=20_000)
    return str(window.message())


def test_without_smtp_the_buyer_is_told_to_configure_it(qtbot: Any, window: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    number = _buy(qtbot, window, monkeypatch)
    _said(qtbot, window, f"facture {number} émise", NOT_CONFIGURED)


def test_with_the_server_down_the_invoice_waits(qtbot: Any, window: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _smtp(window, free_port())
    number = _buy(qtbot, window, monkeypatch)
    _said(qtbot, window, f"facture {number} émise", DOWN)
    assert services.get_invoice(window.context.db, ADMIN, number, NOW).status == "issued"


def test_with_the_server_up_the_invoice_is_sent(qtbot: Any, window: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    with running_smtp_server() as server:
        _smtp(window, server.port)
        number = _buy(qtbot, window, monkeypatch)
        _said(qtbot, window, f"facture {number} émise", "envoyé")
        assert any(number in (mail.message["Subject"] or "") for mail in server.received)
    assert services.get_invoice(window.context.db, ADMIN, number, NOW).status == "sent"


def test_sending_again_says_what_became_of_it(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: window.last_catch_up is not None, timeout=20_000)
    window.show_page(2)
    page = window.invoices
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=10_000)
    invoice = next(i for i in services.list_invoices(window.context.db, ADMIN, NOW)
                   if i.kind == "invoice")
    select_row(qtbot, page.table, lambda i: i.number == invoice.number)
    qtbot.mouseClick(page.buttons["send"], Qt.MouseButton.LeftButton)
    _said(qtbot, window, f"Facture {invoice.number} remise dans la file d'envoi",
          NOT_CONFIGURED)


def test_the_sentences() -> None:
    report = services.OutboxReport
    assert outbox_sentence(report(0, 0, 3, False)) == NOT_CONFIGURED
    assert outbox_sentence(report(0, 1, 1, True, "Connection refused")) == DOWN
    refused = report(0, 1, 1, True, "535 authentication failed", refused=1)
    assert outbox_sentence(refused) == (
        "Le serveur SMTP a refusé l'envoi\u00a0: vérifiez les réglages dans Paramètres › E-mail et "
        "rappels (535 authentication failed).")
    assert outbox_sentence(report(2, 0, 0, True)) == "2 e-mails envoyés."
    assert outbox_sentence(report(0, 0, 0, True)) == ""
