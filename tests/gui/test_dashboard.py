"""The dashboard: the sub-accounts closest to their limit as the services rank them, and the
monthly chart from the month report (neither loads every row)."""

from __future__ import annotations

from datetime import date
from typing import Any

from gui_helpers import NOW, idle

from deepetch_desktop import services
from deepetch_desktop.domain.dates import add_months
from deepetch_desktop.gui import fmt
from deepetch_desktop.gui.pages.dashboard import NEAR_LIMIT_PERCENT, NEAR_LIMIT_ROWS
from deepetch_desktop.gui.pages.report_panels import advice_text
from deepetch_desktop.services import ADMINISTRATOR as ADMIN


def test_near_limit_rows_come_from_the_service(qtbot: Any, window: Any) -> None:
    idle(qtbot, window)
    expected = services.near_limit_sub_accounts(window.context.db, ADMIN, NOW,
                                                percent=NEAR_LIMIT_PERCENT, limit=NEAR_LIMIT_ROWS)
    assert expected  # the demo has someone close to a limit
    assert window.dashboard.near_model.rows() == expected
    assert not window.dashboard.near.empty.isVisible()


def test_near_limit_list_does_not_load_every_sub_account(
        qtbot: Any, window: Any, monkeypatch: Any) -> None:
    def everyone(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the dashboard must not list every sub-account")

    monkeypatch.setattr(services, "list_sub_accounts", everyone)
    idle(qtbot, window)
    window.dashboard.loaded = False
    window.refresh_page(0)
    qtbot.waitUntil(lambda: window.dashboard.loaded, timeout=10_000)



def test_the_monthly_chart_is_the_month_report(qtbot: Any, window: Any) -> None:
    idle(qtbot, window)
    report = services.usage_report(window.context.db, ADMIN, date(2025, 12, 1), date(2026, 11, 20),
                                   "month")
    said = window.dashboard.chart.accessibleDescription()
    for line in report.lines:
        assert f"{fmt.month_short(line.key)} {fmt.credits(line.credits)}" in said


def test_the_runway_card_says_when_and_what_to_buy(qtbot: Any, window: Any) -> None:
    page = window.dashboard
    idle(qtbot, window)
    expected = services.runway(window.context.db, ADMIN, NOW,
                               until=add_months(fmt.local_day(NOW), 3))
    assert expected.basket_runs_out_on is not None
    assert page.runway.value.text() == fmt.day(expected.basket_runs_out_on)
    assert page.runway.detail.text() == advice_text(expected.advice)
