"""The confirmations asked from class methods come out in English with the English catalogue.

They used to call `parent.tr()`: lupdate filed those strings under a context « parent », while
at runtime Qt looked them up under the parent's class name, so they stayed in French."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from deepetch_desktop.gui import i18n
from deepetch_desktop.gui.dialogs import buy, invoice_actions, limits
from deepetch_desktop.gui.pages import invoices, preferences, settings, tasks


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "fr")


def _captured(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[tuple[str, ...]]:
    shown: list[tuple[str, ...]] = []

    def fake_confirm(parent: Any, title: str, text: str, action: str, **_: Any) -> bool:
        shown.append((title, text, action))
        return True

    monkeypatch.setattr(module, "confirm", fake_confirm)
    return shown


QUOTE = SimpleNamespace(quantity=2, pack=SimpleNamespace(code="PRO", name="Pro"), credits=1000,
                        gross_cents=12000)
TASK = SimpleNamespace(cost=40, title="Plaque", id="T-1", sub_account_name="Atelier")

CASES: list[tuple[str, Any, Callable[[QWidget], bool], tuple[str, str, str]]] = [
    ("limits", limits, lambda p: limits.ModifyLimitsDialog.confirm_reset(p, "Atelier", 5),
     ("Change the kind of limit", "Changing the kind of limit resets", "Change and reset to zero")),
    ("buy", buy, lambda p: buy.BuyCreditsDialog.confirm_purchase(p, QUOTE),  # type: ignore
     ("Confirm the purchase", "Buy 2 × “Pro”", "Buy")),
    ("credit note", invoice_actions,
     lambda p: invoice_actions.CreditNoteDialog.confirm_issue(p, "F-1", "10 €"),
     ("Issue a credit note", "A credit note of 10 € will be issued on invoice F-1",
      "Issue the credit note")),
    ("terms", preferences, lambda p: preferences.PreferencesTab.confirm_terms(p),
     ("Enterprise terms", "Record the approval of the enterprise terms", "Record the approval")),
    ("close", settings, lambda p: settings.SettingsPage.confirm_close(p, "Atelier"),
     ("Close the sub-account", "“Atelier” will no longer be able", "Close for good")),
    ("refund", tasks, lambda p: tasks.TasksPage.confirm_refund(p, TASK),  # type: ignore
     ("Refund the task", "The 40 credits of task “Plaque” go back", "Refund")),
]


@pytest.mark.parametrize(("module", "ask", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_confirmation_is_in_english(qtbot: Any, english: None, monkeypatch: pytest.MonkeyPatch,
                                    module: Any, ask: Callable[[QWidget], bool],
                                    expected: tuple[str, str, str]) -> None:
    shown = _captured(monkeypatch, module)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ask(parent) is True
    assert len(shown) == 1
    title, text, action = shown[0]
    assert title == expected[0]
    assert text.startswith(expected[1]), text
    assert action == expected[2]


def test_invoice_save_dialog_is_in_english(qtbot: Any, english: None,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, str]] = []

    def fake_save(parent: Any, caption: str, directory: str, filter: str,
                  **_: Any) -> tuple[str, str]:
        seen.append((caption, filter))
        return "/tmp/F-1.pdf", filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert invoices.InvoicesPage.ask_save_path(parent, "F-1.pdf") == "/tmp/F-1.pdf"
    assert seen == [("Save the invoice", "PDF (*.pdf)")]


def test_french_stays_the_source(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _captured(monkeypatch, settings)
    parent = QWidget()
    qtbot.addWidget(parent)
    settings.SettingsPage.confirm_close(parent, "Atelier")
    assert shown[0][0] == "Clôturer le sous-compte"
