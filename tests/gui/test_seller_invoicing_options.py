"""Paramètres › Facturation (issue 14): the seller's e-invoicing address (BT-34) and its option
for VAT on debits, set in the seller's dialog, saved by update_seller, printed on the next
invoice and in its XML."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

from gui_helpers import NOW
from pypdf import PdfReader
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui.dialogs.seller import SellerDialog
from deepetch_desktop.services.results import ADMINISTRATOR


def test_the_seller_dialog_sets_the_e_invoicing_address_and_the_debits_option(
        qtbot: Any, window: Any) -> None:
    db = window.context.db
    window.show_page(5)
    page = window.settings
    tab = page.seller
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.edit_button.isEnabled(), timeout=10_000)
    assert tab.fields["vat_on_debits"].text() == "non (à l'encaissement)"
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SellerDialog) and not dialog.ok_button.isEnabled()
    dialog.vat_on_debits.setChecked(True)
    assert dialog.request() == {"vat_on_debits": True} and dialog.ok_button.isEnabled()
    dialog.edits["einvoicing_address"].setText("552100554")  # not the seller's SIREN
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors["einvoicing_address"].isVisible(), timeout=10_000)
    assert page.dialog is dialog and not services.seller_view(db, ADMINISTRATOR).vat_on_debits
    dialog.edits["einvoicing_address"].setText("732829320_VENTES")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10_000)
    seller = services.seller_view(db, ADMINISTRATOR)
    assert (seller.vat_on_debits, seller.einvoicing_address) == (True, "732829320_VENTES")
    qtbot.waitUntil(lambda: tab.fields["vat_on_debits"].text() == "option exercée",
                    timeout=10_000)
    number = services.buy(db, ADMINISTRATOR, "EQUIPE", now=NOW + timedelta(hours=1))\
        .invoice_number
    pdf = services.invoice_pdf(db, ADMINISTRATOR, number, NOW + timedelta(hours=1))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Option pour le paiement de la taxe d'après les débits." in " ".join(text.split())
    xml = services.invoice_xml(db, ADMINISTRATOR, number, NOW).decode()
    assert "<ram:DueDateTypeCode>5</ram:DueDateTypeCode>" in xml
    assert ">732829320_VENTES</ram:URIID>" in xml


def test_the_company_tab_shows_the_country_and_the_e_invoicing_address(
        qtbot: Any, window: Any) -> None:
    """Paramètres › Entreprise shows every part of the buyer's identity an invoice needs."""
    company = services.company(window.context.db)
    assert company is not None and company.einvoicing_address
    window.show_page(5)
    page = window.settings
    tab = page.preferences
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.company_button.isEnabled(), timeout=10_000)
    assert tab.fields["country"].text() == company.country
    assert tab.fields["einvoicing_address"].text() == company.einvoicing_address
