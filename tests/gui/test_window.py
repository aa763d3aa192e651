"""Issue 13, the window: its title and status bar, the page's message bar, the keyboard (Enter,
Ctrl+N, F1), About, the sentences about opening a file and about the invoice's e-mail, the
buy confirmation's safe default, the limits dialog's warnings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import NOW, click_sidebar, idle, select_row
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from deepetch_desktop import about, services
from deepetch_desktop.domain.vocabulary import LimitKind
from deepetch_desktop.gui.dialogs.buy import BuyCreditsDialog
from deepetch_desktop.gui.dialogs.limits import ModifyLimitsDialog
from deepetch_desktop.gui.help import HelpDialog, help_file
from deepetch_desktop.gui.message_bar import ERROR
from deepetch_desktop.gui.pages.invoices import InvoicesPage
from deepetch_desktop.gui.pages.reports import ReportsPage
from deepetch_desktop.services import ADMINISTRATOR as ADMIN


def _opened(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    """What the system was asked to open; `answer`: whether a viewer took it."""
    urls: list[str] = []
    monkeypatch.setattr(InvoicesPage, "open_url", staticmethod(
        lambda url: urls.append(QUrl(url).toLocalFile()) or answer))
    return urls


def _invoices(qtbot: Any, window: Any) -> Any:
    click_sidebar(qtbot, window, 2)
    page = window.invoices
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=10_000)
    return page


def test_the_title_names_the_company_once_and_the_status_bar_no_full_path(window: Any) -> None:
    assert window.windowTitle() == "Atelier Lumière — Deepetch Desktop"
    assert window.windowTitle().count("Deepetch Desktop") == 1
    location = window.context.db.location
    assert window.database.text() == "Base\u00a0: t.db"
    assert str(Path(location).parent) not in window.database.text()
    assert window.database.toolTip() == location  # the whole path on demand


def test_a_background_error_stays_in_the_page_until_dismissed(qtbot: Any, window: Any) -> None:
    page = window.current_page()

    def fail() -> None:
        raise RuntimeError("disque plein")

    page.run(fail)
    idle(qtbot, window)
    bar = page.message_bar
    assert bar.isVisible() and bar.kind() == ERROR
    assert window.message() and window.message() == bar.text.text()
    assert window.statusBar().currentMessage() == ""  # not a hint that goes away
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and window.message() == ""


def test_enter_on_a_selected_invoice_opens_it(qtbot: Any, window: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    urls = _opened(monkeypatch, True)
    page = _invoices(qtbot, window)
    select_row(qtbot, page.table, lambda i: i.kind == "invoice")
    number = page.selected().number
    page.table.view.setFocus()
    qtbot.keyClick(page.table.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(urls), timeout=10_000)
    assert Path(urls[0]).name == f"{number}.pdf" and Path(urls[0]).read_bytes()[:5] == b"%PDF-"
    assert "ouverte" in window.statusBar().currentMessage()


def test_when_no_viewer_opens_the_invoice_it_says_so(qtbot: Any, window: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    urls = _opened(monkeypatch, False)
    page = _invoices(qtbot, window)
    select_row(qtbot, page.table, lambda i: i.kind == "invoice")
    number = page.selected().number
    qtbot.mouseClick(page.buttons["open"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.message()), timeout=10_000)
    assert urls
    assert f"La facture {number} n'a pas pu être ouverte" in window.message()
    assert page.message_bar.kind() == ERROR
    assert "ouverte dans votre lecteur" not in window.statusBar().currentMessage()


def test_ctrl_n_is_new_on_every_page_and_never_export(qtbot: Any, window: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(ReportsPage, "ask_export_path",
                        classmethod(lambda cls, parent, suggested: asked.append(suggested) or ""))
    window.show_page(window.pages.index(window.reports))
    qtbot.waitUntil(lambda: window.reports.report is not None, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [] and window.reports.dialog is None
    assert "Rien à créer" in window.statusBar().currentMessage()
    settings = window.settings
    window.show_page(window.pages.index(settings))
    qtbot.waitUntil(lambda: settings.loaded, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: settings.dialog is not None, timeout=10_000)
    assert settings.dialog.windowTitle() == "Ajouter un sous-compte"
    settings.dialog.reject()


def test_f1_opens_the_help_of_the_page_shown(qtbot: Any, window: Any) -> None:
    window.show_page(window.pages.index(window.invoices))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert text.startswith("Factures") and "Aperçu" in text
    dialog.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_has_its_help_in_both_languages(window: Any, lang: str) -> None:
    topics = {page.help_topic() for page in window.pages} | {"myspace", "index"}
    for topic in topics:
        path = help_file(topic, lang)
        assert path.name == f"{topic}.{lang}.html", path
        assert f'<html lang="{lang}">' in path.read_text(encoding="utf-8")


def test_about_says_the_version(window: Any) -> None:
    text = window.about_text()
    assert about.version() and f"Deepetch Desktop {about.version()}" in text


def _answer_the_box(qtbot: Any, seen: dict[str, Any]) -> None:
    """Once the modal box is up: note its default button's text, then press Escape."""
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        default = box.defaultButton()
        seen["default"] = default.text() if default is not None else None
        seen["icons"] = [button.icon().isNull() for button in box.buttons()]
        box.reject()

    QTimer.singleShot(0, look)


def test_the_buy_confirmation_defaults_to_annuler(qtbot: Any, window: Any) -> None:
    quote = services.quote_purchase(window.context.db, ADMIN, "ENTREPRISE", 1)
    seen: dict[str, Any] = {}
    _answer_the_box(qtbot, seen)
    assert BuyCreditsDialog.confirm_purchase(window, quote) is False
    assert seen["default"] == "Annuler"
    assert all(seen["icons"])  # no stock icons on the buttons


def test_dialog_buttons_have_no_stock_icons(qtbot: Any, window: Any) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.show()
    assert all(button.icon().isNull() for button in box.buttons())


def test_after_a_purchase_without_smtp_the_invoice_waits_and_opens(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not services.smtp_view(window.context.db, ADMIN).configured  # the demo has none
    urls = _opened(monkeypatch, True)
    monkeypatch.setattr(BuyCreditsDialog, "confirm_purchase",
                        classmethod(lambda cls, parent, quote: True))
    click_sidebar(qtbot, window, 1)
    page = window.credits
    qtbot.mouseClick(page.header.primary, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, BuyCreditsDialog), timeout=10_000)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.buy_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.buy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.open_button.isVisible(), timeout=10_000)
    assert "file d'attente" in dialog.mail.text()
    idle(qtbot, window)  # the outbox's answer: no server
    said = " ".join(label.text() for label in (dialog.message, dialog.mail, dialog.payment_reason)
                    if label.isVisible())
    assert "envoyée" not in said and "SMTP" in dialog.mail.text()
    assert dialog.open_button.text() == "&Ouvrir la facture"
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(urls), timeout=10_000)
    assert Path(urls[0]).stem == dialog.invoice_number
    dialog.reject()


def _limits(qtbot: Any, window: Any, name: str) -> ModifyLimitsDialog:
    click_sidebar(qtbot, window, 5)
    page = window.settings
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=10_000)
    select_row(qtbot, page.table, lambda s: s.name == name)
    page.modify_limits()
    qtbot.waitUntil(lambda: isinstance(page.dialog, ModifyLimitsDialog))
    return page.dialog  # type: ignore[return-value]


def _unused(window: Any) -> str:
    """A new sub-account with a monthly limit, nothing used yet."""
    db = window.context.db
    sub = services.add_sub_account(db, ADMIN, name="Zoé Nouvelle",
                                   email="zoe.nouvelle@atelier-lumiere.fr", now=NOW)
    services.save_limit(db, ADMIN, sub.id, LimitKind.MONTHLY, 1000, None, None, now=NOW)
    window.settings.refresh()
    return str(sub.name)


def test_the_limits_dialog_warns_of_a_reset_only_when_something_is_used(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(ModifyLimitsDialog, "confirm_reset",
                        classmethod(lambda cls, parent, name, used: asked.append(name) or True))
    dialog = _limits(qtbot, window, _unused(window))
    combo = dialog.ui.kindCombo
    combo.setCurrentIndex(combo.findData(LimitKind.FIXED.value))
    assert not dialog.ui.resetWarning.isVisible()
    dialog.ui.amountEdit.setText("500")
    dialog.accept()
    assert asked == []  # nothing used: nothing to confirm
    dialog = _limits(qtbot, window, "Camille Martin")
    combo = dialog.ui.kindCombo
    combo.setCurrentIndex(combo.findData(LimitKind.FIXED.value))
    assert dialog.ui.resetWarning.isVisible()
    assert "remet à 0" in dialog.ui.resetWarning.text()
    dialog.reject()


def test_the_limits_dialog_warns_when_the_amount_is_below_what_is_used(
        qtbot: Any, window: Any) -> None:
    dialog = _limits(qtbot, window, "Camille Martin")
    used = dialog._sub.used
    assert used > 1
    dialog.ui.amountEdit.setText(str(used - 1))
    assert dialog.ui.resetWarning.isVisible()
    assert "a déjà utilisé" in dialog.ui.resetWarning.text()
    assert dialog.ok_button.isEnabled()  # a warning, not a refusal
    dialog.ui.amountEdit.setText(str(used + 100))
    assert not dialog.ui.resetWarning.isVisible()
    dialog.reject()


def test_a_toolbar_too_wide_puts_its_last_buttons_in_the_more_menu(qtbot: Any,
                                                                    window: Any) -> None:
    page = _invoices(qtbot, window)
    tools = page.tools
    tools.resize(tools.more.sizeHint().width() + page.buttons["open"].sizeHint().width() + 20,
                 tools.height())
    hidden = tools.hidden_buttons()
    assert hidden and page.buttons["open"] not in hidden and tools.more.isVisible()
    texts = [action.text() for action in tools.more_menu.actions()]
    assert texts == [button.text() for button in hidden]
    tools.resize(4000, tools.height())
    assert tools.hidden_buttons() == [] and not tools.more.isVisible()
    assert isinstance(tools.more, QPushButton)
