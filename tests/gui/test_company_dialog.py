"""Paramètres › Application › « Modifier les coordonnées… »: validated in place by the
creation's checks, saved off the GUI thread, kept open with what was typed when refused,
and in English with the English catalogue."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from deepetch_desktop import services
from deepetch_desktop.gui import i18n
from deepetch_desktop.gui.dialogs.company import CompanyDialog
from deepetch_desktop.services.results import Actor, Privileges

ROOT = Path(__file__).resolve().parents[2]


def _tab(qtbot: Any, window: Any) -> Any:
    window.show_page(5)
    page = window.settings
    page.tabs.setCurrentWidget(page.preferences)
    qtbot.waitUntil(lambda: page.preferences.company is not None, timeout=10_000)
    return page.preferences


def _open(qtbot: Any, tab: Any) -> CompanyDialog:
    assert tab.company_button.isEnabled()
    tab.company_button.click()
    qtbot.waitUntil(lambda: isinstance(tab.page.dialog, CompanyDialog), timeout=10_000)
    return tab.page.dialog  # type: ignore[no-any-return]


def _dialog(qtbot: Any, demo_db: Any) -> CompanyDialog:
    company = services.company(demo_db)
    assert company is not None
    dialog = CompanyDialog(company, lambda e: services.describe(e))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_validates_in_place(qtbot: Any, demo_db: Any) -> None:
    dialog = _dialog(qtbot, demo_db)
    assert not dialog.ok_button.isEnabled()  # nothing changed yet
    assert not any(label.isVisible() for label in dialog.errors.values())
    dialog.billing_email.clear()
    qtbot.keyClicks(dialog.billing_email, "factures@atelier")
    assert dialog.errors["billing_email"].isVisible() and not dialog.ok_button.isEnabled()
    assert dialog.errors["billing_email"].text() == (
        "L'adresse e-mail n'est pas une adresse valide.")
    assert dialog.billing_email.property("invalid") is True
    qtbot.keyClicks(dialog.billing_email, "-lumiere.fr")
    assert not dialog.errors["billing_email"].isVisible() and dialog.ok_button.isEnabled()
    dialog.siren.setText("123")
    assert dialog.errors["siren"].isVisible() and not dialog.ok_button.isEnabled()
    dialog.siren.setText(services.company(demo_db).siren)  # type: ignore[union-attr]
    dialog.timezone.setCurrentText("Europe/Atlantide")
    assert dialog.errors["timezone"].text() == "Le fuseau horaire est inconnu."
    dialog.timezone.setCurrentText("Europe/Brussels")
    assert dialog.ok_button.isEnabled()
    assert dialog.request() == {"billing_email": "factures@atelier-lumiere.fr",
                                "timezone": "Europe/Brussels"}


def test_labels_end_with_a_no_break_space_and_colon(qtbot: Any, demo_db: Any) -> None:
    dialog = _dialog(qtbot, demo_db)
    form = dialog.findChild(QFormLayout)
    assert form is not None
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
    texts = [item.widget().text() for item in labels
             if item is not None and isinstance(item.widget(), QLabel) and item.widget().text()]
    assert len(texts) == 9 and all(text.endswith("\u00a0:") for text in texts)


def test_corrected_details_are_saved_shown_and_journaled(qtbot: Any, window: Any) -> None:
    tab = _tab(qtbot, window)
    dialog = _open(qtbot, tab)
    dialog.name.setText("Atelier Lumière et Fils")
    dialog.address.setPlainText("14 rue Sainte-Catherine\n33000 Bordeaux")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.page.dialog is None, timeout=10_000)  # closed, deleted
    company = services.company(window.context.db)
    assert company is not None and company.name == "Atelier Lumière et Fils"
    assert company.address == "14 rue Sainte-Catherine\n33000 Bordeaux"
    assert company.billing_email == "comptabilite@atelier-lumiere.fr"  # untouched
    assert tab.fields["address"].text() == company.address
    assert "Atelier Lumière et Fils" in window.windowTitle()
    entry = services.list_audit(window.context.db, services.ADMINISTRATOR)[0]
    assert entry.action == "company.update" and set(entry.details["changed"]) == {  # type: ignore[call-overload]
        "name", "address"}
    window.show_page(6)
    qtbot.waitUntil(lambda: window.journal.loaded, timeout=10_000)
    model = window.journal.model
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert "Coordonnées de l'entreprise modifiées" in shown
    assert any("adresse\u00a0: 8 quai des Chartrons, 33000 Bordeaux, France → 14 rue "
               "Sainte-Catherine, 33000 Bordeaux" in str(text) for text in shown)


def test_a_refused_save_keeps_the_dialog_open_with_what_was_typed(qtbot: Any,
                                                                  window: Any) -> None:
    db = window.context.db
    colleague = services.add_sub_account(db, window.context.actor, name="Inès Roy",
                                         email="ines@atelier.fr", now=window.context.now(),
                                         privileges=Privileges(administer=False))
    tab = _tab(qtbot, window)
    window.context.actor = Actor("Inès Roy", colleague.id)  # no right to administer
    dialog = _open(qtbot, tab)
    dialog.billing_email.setText("factures@atelier-lumiere.fr")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "Privilège manquant" in dialog.message.text()
    assert tab.page.dialog is dialog and dialog.isVisible()
    assert dialog.billing_email.text() == "factures@atelier-lumiere.fr"
    assert dialog.ok_button.isEnabled()
    assert services.company(db).billing_email == "comptabilite@atelier-lumiere.fr"  # type: ignore[union-attr]
    dialog.reject()


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "fr")


def test_the_dialog_is_in_english(qtbot: Any, demo_db: Any, english: None) -> None:
    dialog = _dialog(qtbot, demo_db)
    assert dialog.windowTitle() == "Company details"
    assert dialog.ok_button.text() == "&Save"
    form = dialog.findChild(QFormLayout)
    assert form is not None
    first = form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    assert isinstance(first, QLabel) and first.text() == "&Company name:"


def test_the_english_catalogue_has_no_unfinished_entry() -> None:
    root = ET.parse(ROOT / "resources/translations/deepetch_en.ts").getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if (t := m.find("translation")) is not None
                  and (t.get("type") == "unfinished" or not (t.text or "").strip())]
    assert unfinished == []


def test_the_dialog_refuses_an_incomplete_identity_naming_the_field(qtbot: Any,
                                                                    demo_db: Any) -> None:
    """Issue 14: the address needs its « code postal ville » line; a company abroad gives its
    country and no SIREN; the e-invoicing address is the one it gave."""
    dialog = _dialog(qtbot, demo_db)
    dialog.address.setPlainText("8 quai des Chartrons")
    assert dialog.errors["address"].isVisible() and not dialog.ok_button.isEnabled()
    assert "incomplète" in dialog.errors["address"].text()
    dialog.address.setPlainText("Friedrichstraße 68\n10117 Berlin")
    dialog.country.setText("DE")  # a French VAT number and a SIREN's address: not Germany's
    assert dialog.errors["vat_number"].isVisible() and dialog.errors["einvoicing_address"]\
        .isVisible() and not dialog.ok_button.isEnabled()
    dialog.siren.clear()
    dialog.vat_number.setText("DE123456789")
    dialog.einvoicing_address.setText("9930:DE123456789")
    assert not any(label.isVisible() for label in dialog.errors.values())
    assert dialog.ok_button.isEnabled()
    assert dialog.request() == {"siren": "", "vat_number": "DE123456789",
                                "address": "Friedrichstraße 68\n10117 Berlin", "country": "DE",
                                "einvoicing_address": "9930:DE123456789"}
    dialog.einvoicing_address.clear()
    assert dialog.errors["einvoicing_address"].isVisible() and not dialog.ok_button.isEnabled()
