"""The dashboard leads somewhere (issue 13): each card opens the list it sums up, filtered; an
empty company gets its first steps, each with the button that does it; the expiry card counts
the days as the reminders do."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from gui_helpers import NOW, idle
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui.dialogs.subaccount import SubAccountDialog
from deepetch_desktop.gui.first_steps import DONE, TO_DO
from deepetch_desktop.services import ADMINISTRATOR as ADMIN


def _click(qtbot: Any, card: Any) -> None:
    assert card.toolTip()  # it says what it opens
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)


def test_the_unpaid_card_opens_the_invoices_to_pay(qtbot: Any, window: Any) -> None:
    idle(qtbot, window)
    status = services.status(window.context.db, ADMIN, NOW)
    assert status.unpaid_count > 0
    _click(qtbot, window.dashboard.unpaid)
    page = window.invoices
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    wanted = "overdue" if status.overdue_count else "open"
    assert page.status_filter.currentData() == wanted
    shown = [page.table.proxy.row_value(r) for r in range(page.table.proxy.rowCount())]
    assert shown and all(i.left_cents > 0 for i in shown)


def test_the_used_card_opens_this_month_s_tasks(qtbot: Any, window: Any) -> None:
    idle(qtbot, window)
    month = services.status(window.context.db, ADMIN, NOW).month
    window.dashboard.used.setFocus()
    qtbot.keyClick(window.dashboard.used, Qt.Key.Key_Return)  # the keyboard opens it too
    page = window.tasks
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.loaded and page.month_filter.currentData() == month,
                    timeout=10_000)
    shown = [page.table.proxy.row_value(r) for r in range(page.table.proxy.rowCount())]
    expected = [t for t in services.list_tasks(window.context.db, ADMIN) if t.month == month]
    assert sorted(t.id for t in shown) == sorted(t.id for t in expected)
    assert page.sub_filter.currentData() is None  # every sub-account's


def test_the_balance_card_opens_the_ledger(qtbot: Any, window: Any) -> None:
    idle(qtbot, window)
    window.credits.tabs.setCurrentIndex(1)
    _click(qtbot, window.dashboard.balance)
    assert window.current_page() is window.credits
    assert window.credits.tabs.currentIndex() == 0


def test_the_runway_card_opens_the_reports(qtbot: Any, window: Any) -> None:
    idle(qtbot, window)
    _click(qtbot, window.dashboard.runway)
    assert window.current_page() is window.reports


def test_the_expiry_card_counts_days_as_the_reminders_do(qtbot: Any, window: Any) -> None:
    idle(qtbot, window)
    status = services.status(window.context.db, ADMIN, NOW)
    days = status.days_left
    assert days is not None and days > 1
    written = f"{days:,}".replace(",", "\u202f")
    expected = f"dans {written} jours, sauf utilisation d'ici là"
    assert window.dashboard.expiry.detail.text() == expected
    assert window.dashboard._days_left(1) == "dans 1 jour, sauf utilisation d'ici là"
    assert window.dashboard._days_left(0) == "aujourd'hui, sauf utilisation d'ici là"


@pytest.fixture
def empty_window(qtbot: Any, db: Any) -> Iterator[Any]:
    from deepetch_desktop.gui.app import build_window

    services.init_company(db, ADMIN, name="Neuve", siren="552100554",
                          address="8 quai des Chartrons\n33000 Bordeaux",
                          einvoicing_address="552100554", now=NOW)
    win = build_window(db, clock=lambda: NOW, schedule=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.dashboard.loaded, timeout=10_000)
    idle(qtbot, win)
    yield win
    win.context.runner.wait(10_000)


def _marks(box: Any) -> dict[str, str]:
    return {key: mark.text() for key, (mark, _label, _button) in box.rows.items()}


def test_an_empty_company_gets_its_first_steps(qtbot: Any, empty_window: Any) -> None:
    win = empty_window
    box = win.dashboard.first_steps
    assert box.isVisible()
    assert _marks(box) == dict.fromkeys(("terms", "purchase", "sub_account", "smtp"), TO_DO)
    # Each button does its step: « Ajouter un sous-compte… » opens the dialog on Paramètres.
    button = box.rows["sub_account"][2]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert win.current_page() is win.settings
    qtbot.waitUntil(lambda: isinstance(win.settings.dialog, SubAccountDialog), timeout=10_000)
    win.settings.dialog.reject()
    qtbot.mouseClick(box.rows["smtp"][2], Qt.MouseButton.LeftButton)
    assert win.settings.tabs.currentWidget() is win.settings.mail
    qtbot.mouseClick(box.rows["terms"][2], Qt.MouseButton.LeftButton)
    assert win.settings.tabs.currentWidget() is win.settings.preferences
    # Done one by one, they are ticked; all done, the box goes.
    db = win.context.db
    services.approve_terms(db, ADMIN, NOW)
    services.buy(db, ADMIN, "EQUIPE", 1, now=NOW)
    services.add_sub_account(db, ADMIN, name="Léa", email="lea@neuve.fr", now=NOW)
    win.show_page(0)
    win.refresh_page(0)
    qtbot.waitUntil(lambda: box.rows["terms"][0].text() == DONE, timeout=10_000)
    assert _marks(box) == {"terms": DONE, "purchase": DONE, "sub_account": DONE, "smtp": TO_DO}
    assert box.isVisible() and not box.rows["smtp"][2].isHidden()
    assert box.rows["terms"][2].isHidden()  # done: no button
    services.set_smtp(db, ADMIN, host="127.0.0.1", port=2525, security="none",
                      sender="factures@neuve.fr", now=NOW + timedelta(minutes=1))
    win.refresh_page(0)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=10_000)


def test_the_first_steps_can_be_hidden(qtbot: Any, empty_window: Any) -> None:
    box = empty_window.dashboard.first_steps
    qtbot.mouseClick(box.hide_button, Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    empty_window.refresh_page(0)
    idle(qtbot, empty_window)
    assert not box.isVisible()


def test_the_demo_company_has_no_first_steps_left_to_show(qtbot: Any, window: Any) -> None:
    idle(qtbot, window)
    steps = services.first_steps(window.context.db, ADMIN)
    assert window.dashboard.first_steps.isVisible() == (not steps.all_done)


def test_an_empty_company_is_counted_in_the_singular(qtbot: Any, empty_window: Any) -> None:
    """French: 0 and 1 take the singular (« 0 facture », never « 0 facture(s) »)."""
    win = empty_window
    assert win.dashboard.unpaid.detail.text() == "0 facture, 0,00\u00a0€"
    win.show_page(1)
    qtbot.waitUntil(lambda: win.credits.loaded, timeout=10_000)
    assert win.credits.balance.text() == "Solde du panier\u00a0: 0 crédit"
