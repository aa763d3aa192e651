"""Rapports' charts (issue 15): months stacked by department or service, the basket's balance
with its purchases and expiries, each limited sub-account's use; what they draw equals the
services' figures; the PDF report (window and command line) carries them, read back."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import NOW, idle
from pypdf import PdfReader
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.domain.vocabulary import LedgerKind, LimitKind
from deepetch_desktop.gui import fmt
from deepetch_desktop.gui.pages.reports import ReportsPage
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.services.report_charts import OTHERS, STACK_GROUPS

START, END = date(2026, 1, 1), date(2026, 11, 20)


def _reports(qtbot: Any, window: Any) -> ReportsPage:
    window.show_page(window.pages.index(window.reports))
    page = window.reports
    qtbot.waitUntil(lambda: page.report is not None and page.charts.charts is not None,
                    timeout=10_000)
    idle(qtbot, window)
    return page


def _words(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.mark.parametrize("stack_by", ["department", "service"])
def test_the_stacked_months_add_up_to_the_usage_report(window: Any, stack_by: str) -> None:
    db = window.context.db
    charts = services.report_charts(db, ADMIN, START, END, NOW, stack_by)
    by_month = services.usage_report(db, ADMIN, START, END, "month")
    assert [(m.month, m.total) for m in charts.months] == [
        (line.key, line.credits) for line in by_month.lines]
    by_group = services.usage_report(db, ADMIN, START, END, stack_by)
    totals = {name: sum(dict(m.credits)[name] for m in charts.months) for name in charts.groups}
    expected = {line.key: line.credits for line in by_group.lines}
    if len(expected) > STACK_GROUPS:  # the smallest ones put together
        kept = {name: totals[name] for name in charts.groups if name != OTHERS}
        assert kept == {name: expected[name] for name in kept}
        assert totals[OTHERS] == sum(v for k, v in expected.items() if k not in kept)
    else:
        assert totals == expected and OTHERS not in charts.groups
    assert list(charts.groups) == sorted(charts.groups, key=lambda g: (-totals[g], g)) or \
        charts.groups[-1] == OTHERS


def test_the_balance_follows_the_ledger_with_purchases_and_expiries_marked(
        window: Any) -> None:
    db = window.context.db
    charts = services.report_charts(db, ADMIN, START, END, NOW)
    ledger = services.list_ledger(db, ADMIN)
    zone = fmt.company_zone()
    begin = datetime.combine(START, time.min, zone)
    finish = datetime.combine(END + timedelta(days=1), time.min, zone)
    inside = sorted((e for e in ledger if begin <= e.at < finish), key=lambda e: (e.at, e.id))
    before = [e for e in ledger if e.at < begin]
    assert charts.opening_balance == (max(before, key=lambda e: (e.at, e.id)).balance_after
                                      if before else 0)
    assert charts.balance[-1].balance == inside[-1].balance_after
    assert [(p.day, p.balance) for p in charts.balance] == sorted(
        {e.at.astimezone(zone).date(): e.balance_after for e in inside}.items())
    assert [(e.day, e.kind, e.credits) for e in charts.events] == [
        (e.at.astimezone(zone).date(), LedgerKind(e.kind), e.credits) for e in inside
        if e.kind in (LedgerKind.PURCHASE, LedgerKind.EXPIRY)]
    assert any(e.kind == LedgerKind.PURCHASE for e in charts.events)


def test_limit_use_lists_each_limited_sub_account(window: Any) -> None:
    db = window.context.db
    charts = services.report_charts(db, ADMIN, START, END, NOW)
    limited = {s.id: s for s in services.list_sub_accounts(db, ADMIN, NOW)
               if s.limit_kind != LimitKind.NONE and s.status != "closed"}
    assert {u.sub_account_id for u in charts.limits} == set(limited)
    for use in charts.limits:
        assert (use.used, use.limit) == (limited[use.sub_account_id].used,
                                         limited[use.sub_account_id].limit_amount)
    shares = [u.used / u.limit for u in charts.limits]
    assert shares == sorted(shares, reverse=True)


def test_rapports_shows_the_three_charts(qtbot: Any, window: Any, tmp_path: Path) -> None:
    window.resize(1366, 768)
    page = _reports(qtbot, window)
    charts = page.charts.charts
    assert charts is not None and charts.months and charts.balance and charts.limits
    tabs = [page.charts.tabText(i) for i in range(page.charts.count())]
    assert tabs == ["Regroupement", "Par mois", "Solde du panier", "Limites"]
    for number in range(page.charts.count()):  # each one drawn, and looked at
        page.charts.setCurrentIndex(number)
        qtbot.wait(30)
        assert window.grab().save(str(tmp_path / f"rapports-{number}.png"))
    described = page.charts.months.accessibleDescription()
    assert all(fmt.month_short(m.month) in described for m in charts.months)
    first = charts.limits[0]
    assert page.charts.limits.accessibleDescription().startswith(
        f"{first.name} {fmt.credits(first.used)} / {fmt.credits(first.limit)}")
    page.charts.stack_by.setCurrentIndex(page.charts.stack_by.findData("service"))
    qtbot.waitUntil(lambda: page.charts.charts is not None
                    and page.charts.charts.stack_by == "service", timeout=10_000)
    services_report = services.usage_report(window.context.db, ADMIN, START, END, "service")
    assert set(page.charts.charts.groups) == {line.key for line in services_report.lines}


def test_the_pdf_export_carries_the_charts(qtbot: Any, window: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    page = _reports(qtbot, window)
    target = tmp_path / "rapport.pdf"
    monkeypatch.setattr(ReportsPage, "ask_export_path",
                        classmethod(lambda cls, parent, suggested: str(target)))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Rapport enregistré" in window.message(),
                    timeout=20_000)
    words = _words(target)
    for title in ("Consommation par mois", "Solde du panier", "Utilisation des limites"):
        assert title in words
    charts = page.charts.charts
    assert charts is not None
    purchase = next(e for e in charts.events if e.kind == LedgerKind.PURCHASE)
    assert f"+{fmt.credits(purchase.credits)}".replace("\u202f", " ") in words.replace(
        "\u202f", " ").replace("\u00a0", " ")
    assert charts.limits[0].name in words


def test_the_dashboard_shows_the_basket_balance_beside_the_consumption(
        qtbot: Any, window: Any) -> None:
    page = window.dashboard
    qtbot.waitUntil(lambda: page.basket_balance.charts is not None, timeout=10_000)
    assert [page.charts.tabText(i) for i in range(page.charts.count())] == [
        "Consommation", "Solde du panier"]
    charts = page.basket_balance.charts
    status = services.status(window.context.db, ADMIN, NOW)
    assert charts.balance[-1].balance == status.balance
    assert charts.end == fmt.local_day(NOW) and charts.start.day == 1
    page.charts.setCurrentIndex(1)
    qtbot.wait(30)
    assert page.basket_balance.accessibleDescription().endswith(fmt.credits(status.balance))
