"""The Journal shows a label, never a code, for every action the services write, in French and
in English, and the window's other product words come from the same table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from deepetch_desktop.domain.vocabulary import (
    AuditAction,
    InvoiceStatus,
    LimitKind,
    SubAccountStatus,
)
from deepetch_desktop.gui import i18n, labels
from deepetch_desktop.texts import label
from tests.conftest import NOW
from tests.integration.test_journal_actions import _every_use_case_that_journals

ACTION_COLUMN = 2


@pytest.fixture
def journal_window(qtbot: Any, sqlite_company: Any) -> Iterator[Any]:
    """The window over a database where every journalled use case happened once."""
    from deepetch_desktop.gui.app import build_window

    _every_use_case_that_journals(sqlite_company)
    win = build_window(sqlite_company, clock=lambda: NOW + timedelta(hours=1), schedule=False)
    qtbot.addWidget(win)
    win.show_page(6)
    qtbot.waitUntil(lambda: win.journal.loaded, timeout=10_000)
    yield win
    win.context.runner.wait(10_000)


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "fr")


def _shown_actions(win: Any) -> set[str]:
    model = win.journal.model
    return {model.index(row, ACTION_COLUMN).data() for row in range(model.rowCount())}


def test_the_journal_names_every_action_in_french(journal_window: Any) -> None:
    shown = _shown_actions(journal_window)
    assert shown == {label(action, "fr") for action in AuditAction}
    assert not shown & {action.value for action in AuditAction}


def test_the_journal_names_every_action_in_english(journal_window: Any, english: None) -> None:
    shown = _shown_actions(journal_window)
    assert shown == {label(action, "en") for action in AuditAction}
    assert "Credit basket corrected" in shown and "Credit type saved" in shown


def test_the_label_function_of_the_journal_covers_every_action(english: None) -> None:
    for action in AuditAction:
        assert labels.audit_action(action) == label(action, "en") != action.value
    assert labels.audit_action("future.action") == "future.action"  # a newer version's


def test_the_window_speaks_the_table_s_words(qapp: Any) -> None:
    assert labels.language() == "fr"
    assert labels.limit_kind(LimitKind.MONTHLY) == "Limite mensuelle"
    assert labels.limit_kind("fixed") == "Limite fixe"  # a journal entry's detail
    today = date(2026, 11, 20)
    soon = labels.invoice_status_code(InvoiceStatus.SENT, today + timedelta(days=3), today)
    assert soon is InvoiceStatus.DUE_SOON and labels.invoice_status(soon) == "Bientôt due"
    late = labels.invoice_status_code(InvoiceStatus.OVERDUE, today, today)
    assert late is InvoiceStatus.OVERDUE


def test_the_limits_dialog_offers_each_kind_by_its_data(qtbot: Any, english: None) -> None:
    from deepetch_desktop.gui.dialogs.limits import ModifyLimitsDialog
    from deepetch_desktop.services.results import Privileges, SubAccountView

    sub = SubAccountView(
        id=1, name="Camille Martin", email="c@x.fr", department="", phone="", role="",
        privileges=Privileges(), status=SubAccountStatus.ACTIVE, limit_kind=LimitKind.FIXED,
        limit_amount=500, limit_from=None, limit_to=None, used=480, remaining=20)
    dialog = ModifyLimitsDialog(sub, date(2026, 11, 20))
    qtbot.addWidget(dialog)
    combo = dialog.ui.kindCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "No limit", "Monthly limit", "Fixed limit"]
    assert dialog.kind() is LimitKind.FIXED and combo.currentText() == "Fixed limit"
    combo.setCurrentIndex(combo.findData(LimitKind.MONTHLY.value))
    assert dialog.kind() is LimitKind.MONTHLY and dialog.kind_changes()
