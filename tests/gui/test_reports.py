"""Rapports: the demo's consumption grouped four ways with the services' totals, the runway,
exports written off the GUI thread and read back, printing through a patched dialog."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import NOW, idle
from PySide6.QtCore import Qt

from deepetch_desktop import services
from deepetch_desktop.gui import fmt
from deepetch_desktop.gui.models.proxy import SearchProxyModel
from deepetch_desktop.gui.models.usage import UsageModel, usage_rows
from deepetch_desktop.gui.pages.reports import ReportsPage
from deepetch_desktop.services import ADMINISTRATOR as ADMIN

START, END = date(2026, 1, 1), date(2026, 11, 20)  # the default: this year to date


def _reports(qtbot: Any, window: Any) -> ReportsPage:
    window.show_page(4)
    page = window.reports
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    idle(qtbot, window)
    return page


def _group(qtbot: Any, window: Any, page: ReportsPage, by: str) -> None:
    page.grouping.setCurrentIndex(page.grouping.findData(by))
    qtbot.waitUntil(lambda: page.report is not None and page.report.by == by, timeout=10_000)
    idle(qtbot, window)


def _shown(page: ReportsPage) -> list[tuple[str, str, str, str]]:
    model = page.table.proxy
    return [tuple(model.index(row, col).data() for col in range(4))  # type: ignore[misc]
            for row in range(model.rowCount())]


def _words(pdf: Any) -> str:
    """The text of a PDF, every run of spaces (tabs, no-break ones too) as one space."""
    return " ".join(" ".join(page.extract_text() for page in pdf.pages).split())


@pytest.mark.parametrize("by", services.GROUPINGS)
def test_each_grouping_shows_the_service_report(qtbot: Any, window: Any, by: str) -> None:
    page = _reports(qtbot, window)
    assert page.period() == (START, END)
    _group(qtbot, window, page, by)
    expected = services.usage_report(window.context.db, ADMIN, START, END, by)
    assert expected.lines and expected.total_credits > 0
    labels = [fmt.month_label(x.key) if by == "month" else x.key for x in expected.lines]
    assert _shown(page) == [(label, fmt.credits(x.tasks), fmt.credits(x.credits),
                             fmt.money(x.value_cents))
                            for label, x in zip(labels, expected.lines, strict=True)]
    assert expected.total_value_cents > 0
    assert page.total.text() == (f"Total\u00a0: {fmt.credits(expected.total_credits)} crédits, "
                                 f"{fmt.credits(expected.total_tasks)} tâches, "
                                 f"{fmt.money(expected.total_value_cents)} HT")
    assert page.total_card.value.text() == fmt.credits(expected.total_credits)
    header = page.table.proxy.headerData(0, Qt.Orientation.Horizontal)
    assert header == page.grouping.currentText()
    assert page.model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)


@pytest.mark.parametrize("by", services.TWO_LEVELS)
def test_two_levels(qtbot: Any, window: Any, by: str) -> None:
    page = _reports(qtbot, window)
    _group(qtbot, window, page, by)
    expected = services.usage_report(window.context.db, ADMIN, START, END, by)
    first = fmt.month_label if by.startswith("month") else str
    assert [row[0] for row in _shown(page)] == [
        f"{first(x.keys[0])} / {x.keys[1]}" for x in expected.lines]
    assert all(len(x.keys) == 2 for x in expected.lines)
    assert sum(x.value_cents for x in expected.lines) == expected.total_value_cents
    table = page.report_table()
    assert table is not None and table.names == 2
    assert table.data_rows[0][:2] == expected.lines[0].keys


def test_a_shorter_period_reloads(qtbot: Any, window: Any) -> None:
    page = _reports(qtbot, window)
    page.start.setDate(fmt.to_qdate(date(2026, 11, 1)))
    qtbot.waitUntil(lambda: page.report.start == date(2026, 11, 1), timeout=10_000)
    expected = services.usage_report(window.context.db, ADMIN, date(2026, 11, 1), END, "subaccount")
    assert page.report == expected
    page.end.setDate(fmt.to_qdate(date(2026, 10, 1)))  # before the start: not allowed
    assert page.period()[1] == date(2026, 11, 1)


def test_the_runway(qtbot: Any, window: Any) -> None:
    page = _reports(qtbot, window)
    days = services.runway_days(window.context.db, ADMIN, NOW, window_days=90)
    assert days is not None
    day = fmt.day(NOW.date() + timedelta(days=days))
    assert page.runway_card.detail.text() == (
        f"Au rythme des 90 derniers jours, le panier sera vide vers le {day}")
    assert page.runway_card.value.text() == day


def test_no_recent_consumption(qtbot: Any, db: Any) -> None:
    from deepetch_desktop.gui.app import build_window

    services.init_company(db, services.ADMINISTRATOR, name="Neuve", siren="552100554",
                          address="8 quai des Chartrons\n33000 Bordeaux",
                          einvoicing_address="552100554", now=NOW)
    win = build_window(db, clock=lambda: NOW, schedule=False)
    qtbot.addWidget(win)
    page = _reports(qtbot, win)
    assert page.runway_card.detail.text() == "Pas de consommation récente"
    assert page.table.empty.isVisibleTo(page) and not page.export_button.isEnabled()
    win.context.runner.wait()


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "pdf"])
def test_export(qtbot: Any, window: Any, tmp_path: Path, suffix: str,
                monkeypatch: pytest.MonkeyPatch) -> None:
    page = _reports(qtbot, window)
    _group(qtbot, window, page, "month")
    target = tmp_path / f"rapport.{suffix}"
    asked: list[str] = []

    def ask(cls: Any, parent: Any, suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(ReportsPage, "ask_export_path", classmethod(ask))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Rapport enregistré" in window.message(),
                    timeout=20_000)
    assert str(target) in window.message()
    assert Path(asked[0]).name == "consommation-par-mois-20260101-20261120.xlsx"
    report = services.usage_report(window.context.db, ADMIN, START, END, "month")
    expected = [[x.key, x.tasks, x.credits] for x in report.lines]
    euros = [f"{x.value_cents // 100},{x.value_cents % 100:02d}" for x in report.lines]
    headers = ["Mois", "Tâches", "Crédits", "Valeur HT (€)"]
    if suffix == "csv":
        text = target.read_bytes().decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
        assert rows[0] == headers
        assert rows[1:] == [[*(str(v) for v in row), value]
                            for row, value in zip(expected, euros, strict=True)]
    elif suffix == "xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(target).active
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        assert rows == [headers, *([*row, x.value_cents / 100]
                                   for row, x in zip(expected, report.lines, strict=True))]
    else:
        from pypdf import PdfReader

        text = _words(PdfReader(target))
        assert "Consommation par mois" in text and "janv. 2026" in text
        total = " ".join(fmt.credits(report.total_credits).split())
        value = " ".join(fmt.money(report.total_value_cents).split())
        assert f"Total {fmt.credits(report.total_tasks)} {total} {value}" in text


def test_print_through_a_patched_dialog(qtbot: Any, window: Any, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    page = _reports(qtbot, window)
    _group(qtbot, window, page, "service")
    output = tmp_path / "printed.pdf"

    def ask(cls: Any, parent: Any, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return True

    monkeypatch.setattr(ReportsPage, "ask_printer", classmethod(ask))
    assert page.print_button.isEnabled()
    page.print_current()
    text = _words(PdfReader(output))
    report = services.usage_report(window.context.db, ADMIN, START, END, "service")
    assert "Consommation par service" in text
    for line in report.lines:
        credits = " ".join(fmt.credits(line.credits).split())
        assert f"{line.key} {line.tasks} {credits}" in text
    assert "envoyé à l'impression" in window.message()


def test_the_usage_model_passes_the_model_tester(qtmodeltester: Any, demo_db: Any) -> None:
    model = UsageModel()
    qtmodeltester.check(model)
    for by in (*services.GROUPINGS, *services.TWO_LEVELS):
        model.set_rows(usage_rows(services.usage_report(demo_db, ADMIN, START, END, by)))
        model.set_key_header(by)
        qtmodeltester.check(model)
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    proxy.set_search("202")
    qtmodeltester.check(proxy)
    model.set_rows([])
    qtmodeltester.check(proxy)


def test_the_runway_tab_and_the_advice(qtbot: Any, window: Any) -> None:
    page = _reports(qtbot, window)
    until = date(2027, 6, 30)
    page.runway_panel.until.setDate(fmt.to_qdate(until))
    qtbot.waitUntil(lambda: page.runway_panel.advice.text().startswith(
        "Pour tenir jusqu'au 30/06/2027"), timeout=10_000)
    expected = services.runway(window.context.db, ADMIN, NOW, until=until)
    assert expected.advice is not None and expected.advice.packs
    packs = ", ".join(f"{p.quantity} × {p.name}" for p in expected.advice.packs)
    assert page.runway_panel.advice.text() == (
        f"Pour tenir jusqu'au 30/06/2027\u00a0: {packs} ({fmt.credits(expected.advice.credits)} "
        f"crédits, {fmt.money(expected.advice.net_cents)} HT).")
    assert page.advice_card.value.text() == fmt.money(expected.advice.net_cents)
    shown = page.runway_panel.table.proxy
    assert [shown.index(row, 0).data() for row in range(shown.rowCount())] == [
        x.name for x in expected.sub_accounts]
    page.runway_panel.window_days.setValue(30)  # another rate: loaded again
    qtbot.waitUntil(lambda: "30 derniers jours" in page.runway_panel.basket.text(),
                    timeout=10_000)


def test_the_prepaid_tab_and_its_export(qtbot: Any, window: Any, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    page = _reports(qtbot, window)
    page.tabs.setCurrentWidget(page.prepaid_panel)
    at = date(2026, 12, 31)  # the default: the year's end
    assert page.prepaid_panel.chosen() == at
    expected = services.prepaid(window.context.db, ADMIN, at)
    assert expected.batches and expected.value_cents > 0
    model = page.prepaid_panel.table.proxy
    assert [model.index(row, 3).data() for row in range(model.rowCount())] == [
        fmt.credits(b.credits_left) for b in expected.batches]
    assert fmt.money(expected.value_cents) in page.prepaid_panel.total.text()
    target = tmp_path / "prepaye.xlsx"
    monkeypatch.setattr(ReportsPage, "ask_export_path",
                        classmethod(lambda cls, parent, suggested: str(target)))
    qtbot.mouseClick(page.prepaid_panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Crédits prépayés enregistrés" in
                    window.message(), timeout=20_000)
    rows = [list(r) for r in load_workbook(target).active.iter_rows(values_only=True)]
    assert rows[0][3] == "Crédits restants"
    assert [r[3] for r in rows[1:]] == [b.credits_left for b in expected.batches]
    assert round(sum(r[5] for r in rows[1:]) * 100) == expected.value_cents
