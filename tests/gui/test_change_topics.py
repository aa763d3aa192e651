"""The change signal names what changed, and only the pages that show it reload."""

from __future__ import annotations

from collections import Counter
from typing import Any

from gui_helpers import NOW, click_sidebar, idle, select_row
from PySide6.QtCore import QCoreApplication, Qt

from deepetch_desktop import services
from deepetch_desktop.gui.changes import EVERYTHING, Topic, caught_up
from deepetch_desktop.gui.dialogs.limits import ModifyLimitsDialog
from deepetch_desktop.services import CatchUpReport, OutboxReport

DASHBOARD, CREDITS, INVOICES, TASKS, REPORTS, SETTINGS, JOURNAL = range(7)


def _quiet(qtbot: Any, window: Any) -> Counter[int]:
    """No ticker (its catch-up would announce changes of its own); every page loaded once;
    then each page's reloads counted."""
    window.stop_schedule()
    QCoreApplication.processEvents()  # a report the ticker queued before it stopped
    for number, page in enumerate(window.pages):
        click_sidebar(qtbot, window, number)
        qtbot.waitUntil(lambda page=page: page.loaded, timeout=10_000)
        idle(qtbot, window)
    reloads: Counter[int] = Counter()
    for number, page in enumerate(window.pages):
        def counted(number: int = number, reload: Any = page.refresh) -> None:
            reloads[number] += 1
            reload()

        page.refresh = counted
    return reloads


def test_a_change_of_limit_reloads_what_shows_it_and_not_factures(
        qtbot: Any, window: Any) -> None:
    reloads = _quiet(qtbot, window)
    page = window.settings
    click_sidebar(qtbot, window, SETTINGS)
    select_row(qtbot, page.table, lambda s: s.name == "Camille Martin")
    before = page.selected()
    qtbot.mouseClick(page.limits_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ModifyLimitsDialog))
    page.dialog.ui.amountEdit.setText(str(before.limit_amount + 100))  # same kind: no reset
    qtbot.mouseClick(page.dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.message().startswith(
        "Limite enregistrée"), timeout=10_000)
    # Paramètres shows the sub-account as it now is (its row, read with the change)...
    assert page.selected().limit_amount == before.limit_amount + 100
    saved = services.get_sub_account(window.context.db, services.ADMINISTRATOR, before.id, NOW)
    assert saved.limit_amount == before.limit_amount + 100
    # ... the pages that show sub-accounts or the journal reload when shown, Factures does not.
    for number in (INVOICES, CREDITS, JOURNAL, DASHBOARD, REPORTS):
        click_sidebar(qtbot, window, number)
        idle(qtbot, window)
    assert reloads[INVOICES] == 0 and reloads[CREDITS] == 0
    assert reloads[JOURNAL] == 1 and reloads[DASHBOARD] == 1 and reloads[REPORTS] == 1
    assert window.journal.model.row_value(0).action == "limit.set"


def test_paramètres_reloads_for_a_change_made_elsewhere(qtbot: Any, window: Any) -> None:
    reloads = _quiet(qtbot, window)
    click_sidebar(qtbot, window, INVOICES)
    window.context.events.announce(Topic.TASKS, Topic.BASKET)  # a task sent
    for number in (SETTINGS, INVOICES, CREDITS, JOURNAL):
        click_sidebar(qtbot, window, number)
        idle(qtbot, window)
    assert reloads[SETTINGS] == 1 and reloads[CREDITS] == 1  # its use, the basket
    assert reloads[INVOICES] == 0 and reloads[JOURNAL] == 0


def test_every_topic_is_shown_by_a_page(window: Any) -> None:
    shown = frozenset().union(*(page.shows for page in window.pages))
    assert shown == EVERYTHING
    assert window.showing(frozenset({Topic.INVOICES})) == {DASHBOARD, INVOICES}


def test_what_a_catch_up_changed() -> None:
    nothing = CatchUpReport((), None, 0, 0, 0, 0, OutboxReport(0, 0, 0, True))
    assert caught_up(nothing) == frozenset()
    sent = CatchUpReport((), None, 0, 0, 0, 0, OutboxReport(1, 0, 0, True))
    assert caught_up(sent) == {Topic.INVOICES}
    expired = CatchUpReport((), None, 500, 0, 0, 0, None)
    assert caught_up(expired) == {Topic.BASKET, Topic.NOTIFICATIONS}
