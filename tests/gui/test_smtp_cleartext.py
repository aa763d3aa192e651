"""The SMTP dialog asks before saving a configuration that sends the password in clear."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from deepetch_desktop import services
from deepetch_desktop.gui import i18n
from deepetch_desktop.gui.dialogs import smtp
from deepetch_desktop.gui.dialogs.smtp import SmtpDialog
from deepetch_desktop.services import ADMINISTRATOR as ADMIN


def _tab(qtbot: Any, window: Any) -> Any:
    window.show_page(5)
    page = window.settings
    page.tabs.setCurrentWidget(page.mail)
    qtbot.waitUntil(lambda: page.mail.view is not None, timeout=10_000)
    return page.mail


def _fill(qtbot: Any, tab: Any, security: str, user: str) -> SmtpDialog:
    tab.smtp_button.click()
    qtbot.waitUntil(lambda: isinstance(tab.page.dialog, SmtpDialog), timeout=10_000)
    dialog: SmtpDialog = tab.page.dialog
    dialog.host.setText("smtp.atelier-lumiere.fr")
    dialog.from_address.setText("factures@atelier-lumiere.fr")
    dialog.security.setCurrentIndex(dialog.security.findData(security))
    dialog.user.setText(user)
    assert dialog.ok_button.isEnabled()  # not a field error: a question when saving
    return dialog


def _answer(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    asked: list[str] = []

    def confirm_cleartext(cls: type, parent: QWidget, host: str) -> bool:
        asked.append(host)
        return answer

    monkeypatch.setattr(SmtpDialog, "confirm_cleartext", classmethod(confirm_cleartext))
    return asked


def test_cancelling_keeps_the_dialog_open_and_saves_nothing(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, False)
    tab = _tab(qtbot, window)
    dialog = _fill(qtbot, tab, "none", "factures")
    dialog.ok_button.click()
    assert asked == ["smtp.atelier-lumiere.fr"]
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert not services.smtp_view(window.context.db, ADMIN).configured


def test_confirming_saves_and_records_it(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _answer(monkeypatch, True)
    tab = _tab(qtbot, window)
    dialog = _fill(qtbot, tab, "none", "factures")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.page.dialog is None, timeout=10_000)
    view = services.smtp_view(window.context.db, ADMIN)
    assert asked and (view.security, view.user, view.allow_cleartext_auth) == (
        "none", "factures", True)
    assert tab.smtp_fields["security"].text() == "Aucune (mot de passe envoyé en clair)"


@pytest.mark.parametrize(("security", "user"), [("starttls", "factures"), ("none", "")])
def test_nothing_is_asked_when_no_password_travels_in_clear(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, security: str,
        user: str) -> None:
    asked = _answer(monkeypatch, False)
    tab = _tab(qtbot, window)
    dialog = _fill(qtbot, tab, security, user)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: tab.page.dialog is None, timeout=10_000)
    assert asked == [] and not services.smtp_view(window.context.db, ADMIN).allow_cleartext_auth


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "fr")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_confirmation_names_the_consequence_and_its_action(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest,
        lang: str) -> None:
    if lang == "en":
        request.getfixturevalue("english")
    shown: list[tuple[str, str, str]] = []

    def fake_confirm(parent: Any, title: str, text: str, action: str, **_: Any) -> bool:
        shown.append((title, text, action))
        return True

    monkeypatch.setattr(smtp, "confirm", fake_confirm)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert SmtpDialog.confirm_cleartext(parent, "smtp.exemple.fr") is True
    [(title, text, action)] = shown
    expected = {"fr": ("Mot de passe en clair", "en clair vers smtp.exemple.fr",
                       "Envoyer le mot de passe en clair"),
                "en": ("Password in clear", "in clear to smtp.exemple.fr",
                       "Send the password in clear")}[lang]
    assert title == expected[0] and expected[1] in text and action == expected[2]
