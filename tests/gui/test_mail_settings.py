"""Paramètres › E-mail et rappels: the SMTP dialog validated in place, a machine without a
keyring said in the dialog, the reminder calendar validated in place and saved."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui.dialogs.smtp import SmtpDialog
from deepetch_desktop.mail import secrets
from deepetch_desktop.services import ADMINISTRATOR as ADMIN


def _tab(qtbot: Any, window: Any) -> Any:
    window.show_page(5)
    page = window.settings
    page.tabs.setCurrentWidget(page.mail)
    qtbot.waitUntil(lambda: page.mail.view is not None and page.mail.reminders is not None,
                    timeout=10_000)
    return page.mail


def _open_dialog(qtbot: Any, tab: Any) -> SmtpDialog:
    tab.smtp_button.click()
    qtbot.waitUntil(lambda: isinstance(tab.page.dialog, SmtpDialog), timeout=10_000)
    return tab.page.dialog  # type: ignore[no-any-return]


def test_the_smtp_dialog_validates_in_place(qtbot: Any) -> None:
    view = services.SmtpView(False, "", 587, "starttls", "", "", None, False, True)
    dialog = SmtpDialog(view)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled() and not dialog.errors["host"].isVisible()
    qtbot.keyClicks(dialog.host, "smtp exemple.fr")
    assert dialog.errors["host"].isVisible() and not dialog.ok_button.isEnabled()
    assert dialog.host.property("invalid") is True
    dialog.host.setText("smtp.exemple.fr")
    qtbot.keyClicks(dialog.from_address, "factures")
    assert dialog.errors["sender"].text() == "L'expéditeur doit être une adresse e-mail."
    qtbot.keyClicks(dialog.from_address, "@exemple.fr")
    assert dialog.ok_button.isEnabled() and not dialog.errors["sender"].isVisible()
    dialog.security.setCurrentIndex(dialog.security.findData("tls"))
    assert dialog.port.value() == 465
    dialog.password.setText("secret")
    assert dialog.errors["password"].isVisible() and not dialog.ok_button.isEnabled()
    dialog.user.setText("factures@exemple.fr")
    assert dialog.ok_button.isEnabled()


def test_smtp_settings_are_saved_and_shown(qtbot: Any, window: Any) -> None:
    tab = _tab(qtbot, window)
    assert "Aucun serveur SMTP" in tab.smtp_state.text()
    dialog = _open_dialog(qtbot, tab)
    dialog.host.setText("smtp.atelier-lumiere.fr")
    dialog.from_address.setText("factures@atelier-lumiere.fr")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.page.dialog is None, timeout=10_000)  # closed, deleted
    view = services.smtp_view(window.context.db, ADMIN)
    assert (view.host, view.port, view.security) == ("smtp.atelier-lumiere.fr", 587, "starttls")
    assert tab.smtp_fields["server"].text() == "smtp.atelier-lumiere.fr:587"
    qtbot.waitUntil(lambda: "Serveur SMTP enregistré" in window.message(),
                    timeout=10_000)


def test_without_a_keyring_the_dialog_says_so_and_stays_open(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secrets, "_usable_backend", lambda: None)  # as on a bare server
    tab = _tab(qtbot, window)
    dialog = _open_dialog(qtbot, tab)
    assert not tab.view.keyring_available and dialog.keyring_note.isVisible()
    assert "DEEPETCH_SMTP_PASSWORD" in dialog.keyring_note.text()
    dialog.host.setText("smtp.atelier-lumiere.fr")
    dialog.from_address.setText("factures@atelier-lumiere.fr")
    dialog.user.setText("factures@atelier-lumiere.fr")
    dialog.password.setText("secret")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "trousseau" in dialog.message.text()
    assert "DEEPETCH_SMTP_PASSWORD" in dialog.message.text()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert not services.smtp_view(window.context.db, ADMIN).configured  # nothing written
    dialog.password.clear()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.page.dialog is None, timeout=10_000)  # closed, deleted
    assert services.smtp_view(window.context.db, ADMIN).user == "factures@atelier-lumiere.fr"


def test_the_reminder_calendar_is_edited_as_rows_and_saved(qtbot: Any, window: Any) -> None:
    """Readable rows, not "-5, 1, 15, 30" typed (issue 13)."""
    tab = _tab(qtbot, window)
    expiry, invoice = tab.expiry_days, tab.invoice_days
    assert expiry.values() == (30, 7, 1) and invoice.values() == (-5, 1, 15, 30)
    assert [(r.days.text(), r.unit.text()) for r in expiry.rows] == [
        ("30", "jours avant l'expiration des crédits"),
        ("7", "jours avant l'expiration des crédits"),
        ("1", "jour avant l'expiration des crédits")]
    assert [(r.days.text(), r.unit.text(), r.when.currentText()) for r in invoice.rows] == [
        ("5", "jours", "avant l'échéance"), ("1", "jour", "après l'échéance"),
        ("15", "jours", "après l'échéance"), ("30", "jours", "après l'échéance")]
    assert not tab.save_reminders_button.isEnabled()  # nothing changed yet
    for row in list(expiry.rows):  # none left: said in place, nothing to save
        qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    assert tab.expiry_error.isVisible() and not tab.save_reminders_button.isEnabled()
    assert tab.expiry_days.property("invalid") is True
    for days in (60, 30, 7):
        qtbot.mouseClick(expiry.add_button, Qt.MouseButton.LeftButton)
        expiry.rows[-1].days.setValue(days)
    assert not tab.expiry_error.isVisible() and expiry.values() == (60, 30, 7)
    invoice.rows[0].days.setValue(7)  # a week before the due date
    invoice.rows[1].when.setCurrentIndex(invoice.rows[1].when.findData(0))  # on the day
    assert not invoice.rows[1].days.isVisibleTo(invoice)
    qtbot.mouseClick(invoice.rows[-1].remove, Qt.MouseButton.LeftButton)
    assert invoice.values() == (-7, 0, 15) and tab.save_reminders_button.isEnabled()
    tab.save_reminders_button.click()
    qtbot.waitUntil(lambda: "Rappels enregistrés" in window.message(),
                    timeout=10_000)
    saved = services.reminder_settings(window.context.db, ADMIN)
    assert (saved.expiry_days, saved.invoice_days) == ((60, 30, 7), (-7, 0, 15))
    assert not tab.save_reminders_button.isEnabled()
