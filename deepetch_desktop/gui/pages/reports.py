"""Rapports: consumption over a period grouped by sub-account, department, service or month,
as a table and a bar chart; the runway of the basket; exports (CSV, XLSX, PDF) and printing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop import services
from deepetch_desktop.domain.money import cents_to_decimal
from deepetch_desktop.services import PrepaidReport, RunwayReport, UsageReport

from .. import fmt, labels
from ..changes import Topic
from ..charts import BarChart
from ..context import AppContext
from ..models.usage import UsageModel, UsageRow, usage_rows
from ..report_charts import ReportChartsPanel
from ..report_output import (
    ReportPreviewDialog,
    ReportTable,
    export_format,
    file_name,
    no_printing_reason,
    print_support,
    print_table,
    write_export,
)
from ..statements import open_statements
from ..widgets import Card, TableSection, scaled_font
from .base import Page
from .report_panels import PrepaidPanel, RunwayPanel, advice_text

if TYPE_CHECKING:  # the printing module may be missing from this Qt: see print_support
    from PySide6.QtPrintSupport import QPrinter

RUNWAY_WINDOW_DAYS = 90
CHART_BARS = 12  # more lines than this: the biggest ones and « Autres »
RELOAD_DELAY_MS = 250


def _t(text: str) -> str:
    """For class methods: `parent.tr()` would look the text up in the parent's class."""
    return QCoreApplication.translate("ReportsPage", text)


@dataclass(frozen=True)
class ReportData:
    report: UsageReport
    runway_days: int | None
    runway: RunwayReport | None = None  # None: the actor may not buy credits
    prepaid: PrepaidReport | None = None


class ReportsPage(Page):
    icon_name = "reports"
    shows = frozenset({Topic.TASKS, Topic.SUB_ACCOUNTS, Topic.BASKET})  # the runway: the balance

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Rapports"), self.tr(
            "La consommation de crédits sur une période, par sous-compte, service ou mois\u202f; "
            "jusqu'à quand le panier suffira."), parent)
        self.groupings = {
            "subaccount": (self.tr("Sous-compte"), self.tr("Consommation par sous-compte")),
            "department": (self.tr("Département / centre de coût"),
                           self.tr("Consommation par département / centre de coût")),
            "service": (self.tr("Service"), self.tr("Consommation par service")),
            "complexity": (self.tr("Complexité"), self.tr("Consommation par complexité")),
            "month": (self.tr("Mois"), self.tr("Consommation par mois")),
            "department,subaccount": (
                self.tr("Département / centre de coût, puis sous-compte"),
                self.tr("Consommation par département / centre de coût et sous-compte")),
            "month,service": (self.tr("Mois, puis service"),
                              self.tr("Consommation par mois et service")),
        }
        self.report: UsageReport | None = None
        self._shown_by = ""  # the grouping whose order the header's arrow shows
        self.export_button = self.header.add_primary(self.tr("E&xporter…"), "save",
                                                     creates=False)
        self.export_button.clicked.connect(self.export)
        self.preview_button = self.header.add_button(self.tr("A&perçu"), "print")
        self.preview_button.clicked.connect(self.preview_current)
        self.print_button = self.header.add_button(self.tr("&Imprimer…"), "print")
        self.statements_button = self.header.add_button(self.tr("Rele&vés…"), "save")
        self.statements_button.clicked.connect(lambda: open_statements(self, self.context))
        self.print_button.clicked.connect(self.print_current)
        if print_support() is None:
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(no_printing_reason())
        self.body.addLayout(self._build_controls())
        self.body.addLayout(self._build_cards())
        self.body.addWidget(self._build_results(), 1)
        self._timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.load_report)
        self.start.dateChanged.connect(self._period_changed)
        self.end.dateChanged.connect(lambda _d: self._timer.start())
        self.grouping.currentIndexChanged.connect(lambda _i: self._timer.start())
        self._set_buttons()

    # --- layout ---------------------------------------------------------------------------

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(fmt.to_qdate(day))
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    def _build_controls(self) -> QHBoxLayout:
        today = fmt.local_day(self.context.now())
        self.start = self._date_edit(date(today.year, 1, 1), self.tr("Début de la période"))
        self.end = self._date_edit(today, self.tr("Fin de la période"))
        self.end.setMinimumDate(self.start.date())
        self.grouping = QComboBox()
        self.grouping.setAccessibleName(self.tr("Regrouper par"))
        # Narrower than its longest choice when the window is (the list still shows it whole).
        self.grouping.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.grouping.setMinimumContentsLength(16)
        for code in (*services.GROUPINGS, *services.TWO_LEVELS):
            self.grouping.addItem(self.groupings[code][0], code)
        row = QHBoxLayout()
        for text, field in ((self.tr("D&u\u00a0:"), self.start), (self.tr("&au\u00a0:"), self.end),
                            (self.tr("&Regrouper par\u00a0:"), self.grouping)):
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
            row.addSpacing(8)
        row.addStretch(1)
        return row

    def _build_cards(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        self.total_card = Card(self.tr("Consommation sur la période"))
        self.runway_card = Card(self.tr("Autonomie du panier"))
        self.advice_card = Card(self.tr("Conseil d'achat"))
        for column, card in enumerate((self.total_card, self.runway_card, self.advice_card)):
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 1)
        self.advice_card.setVisible(self.context.may("buy_credits"))
        return grid

    def _build_results(self) -> QTabWidget:
        """The consumption (table and chart); the runway and what to buy, and the prepaid
        credits, for who may buy credits."""
        self.tabs = QTabWidget()
        usage = QWidget()
        usage.setLayout(self._build_usage())
        self.tabs.addTab(usage, self.tr("Consommation"))
        today = fmt.local_day(self.context.now())
        self.runway_panel = RunwayPanel(today)
        self.prepaid_panel = PrepaidPanel(today)
        if self.context.may("buy_credits"):
            self.tabs.addTab(self.runway_panel, self.tr("Autonomie et achats"))
            self.tabs.addTab(self.prepaid_panel, self.tr("Crédits prépayés"))
        self.runway_panel.changed.connect(self.load_report)
        self.prepaid_panel.changed.connect(self.load_report)
        self.prepaid_panel.export_wanted.connect(self.export_prepaid)
        return self.tabs

    def _build_usage(self) -> QHBoxLayout:
        self.model = UsageModel(self)
        self.table = TableSection(
            self.model, lambda n: labels.count(n, self.tr("{n} ligne"), self.tr("{n} lignes")),
            self.tr("Aucune consommation sur cette période. Choisissez d'autres dates."),
            self.tr("Rechercher dans le rapport…"))
        self.table.set_column_widths([24, 8, 10, 10, 6])
        self.table.set_stretch_column(0)
        self.total = QLabel("")
        self.total.setFont(scaled_font(self.total, 1.0, bold=True))
        self.table_box = QGroupBox()
        box = QVBoxLayout(self.table_box)
        box.addWidget(self.table, 1)
        box.addWidget(self.total)
        self.chart_box = QGroupBox()
        self.chart = BarChart()
        QVBoxLayout(self.chart_box).addWidget(self.chart)
        self.charts = ReportChartsPanel(self.context, self.chart_box)  # issue 15's in tabs
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(self.table_box, 1)
        columns.addWidget(self.charts, 1)
        return columns

    # --- loading --------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return fmt.from_qdate(self.start.date()), fmt.from_qdate(self.end.date())

    def by(self) -> str:
        return str(self.grouping.currentData())

    def refresh(self) -> None:
        self.load_report()

    def load_report(self) -> None:
        """The report for the period and grouping chosen, and the runway (off the GUI thread);
        when loads overlap, the latest one is shown."""
        self._timer.stop()
        db, actor, now = self.context.db, self.context.actor, self.context.now()
        (start, end), by = self.period(), self.by()
        (until, window), at = self.runway_panel.chosen(), self.prepaid_panel.chosen()
        buys = self.context.may("buy_credits")

        def load() -> ReportData:
            report = services.usage_report(db, actor, start, end, by)
            if not buys:
                return ReportData(report, None)
            runway = services.runway(db, actor, now, window_days=window, until=until)
            card = services.runway(db, actor, now, window_days=RUNWAY_WINDOW_DAYS)
            days = (None if card.basket_runs_out_on is None
                    else (card.basket_runs_out_on - card.today).days)
            return ReportData(report, days, runway, services.prepaid(db, actor, at))

        self.run_latest("report", load, self._show)
        self.charts.load(start, end)

    def _period_changed(self, day: QDate) -> None:
        self.end.setMinimumDate(day)  # the end follows a start moved past it
        self._timer.start()

    def _show(self, data: ReportData) -> None:
        report = self.report = data.report
        column, title = self.groupings.get(report.by, (report.by, report.by))
        rows = usage_rows(report)
        self.model.set_key_header(column)
        if report.by != self._shown_by:  # the services' order for a new grouping
            self._shown_by = report.by
            self.table.show_order(*self._services_order(report.by))
        self.model.set_rows(rows)
        self.table_box.setTitle(title)
        self.chart_box.setTitle(self.tr("Crédits utilisés, du {start} au {end}").format(
            start=fmt.day(report.start), end=fmt.day(report.end)))
        self.chart.set_data(self._chart_data(report.by, rows),
                            self.tr("Aucune consommation sur cette période."))
        self.total.setText(self.total_text(report))
        self.total_card.set(fmt.credits(report.total_credits), self.tr(
            "crédits du {start} au {end}, {value} HT").format(
                start=fmt.day(report.start), end=fmt.day(report.end),
                value=fmt.money(report.total_value_cents)))
        self.runway_card.set(*self.runway_texts(data.runway_days))
        if data.runway is not None:
            self.runway_panel.show_report(data.runway)
            advice = data.runway.advice
            self.advice_card.set(fmt.money(advice.net_cents) if advice else "—",
                                 advice_text(advice))
        if data.prepaid is not None:
            self.prepaid_panel.show_report(data.prepaid)
        self.loaded = True
        self._set_buttons()

    @staticmethod
    def _services_order(by: str) -> tuple[int, Qt.SortOrder]:
        """The column the services' lines come sorted by: months in time, the others by the
        credits used; two levels nest (the first level's order, then the second's within it),
        which no one column says: no arrow."""
        if "," in by:
            return -1, Qt.SortOrder.AscendingOrder
        if by == "month":
            return 0, Qt.SortOrder.AscendingOrder
        return 2, Qt.SortOrder.DescendingOrder

    def total_text(self, report: UsageReport) -> str:
        tasks = labels.count(report.total_tasks, self.tr("{n} tâche"), self.tr("{n} tâches"))
        return labels.count(report.total_credits,
                            self.tr("Total\u00a0: {n} crédit, {tasks}, {value} HT"),
                            self.tr("Total\u00a0: {n} crédits, {tasks}, {value} HT"),
                            tasks=tasks, value=fmt.money(report.total_value_cents))

    def runway_texts(self, days: int | None) -> tuple[str, str]:
        """The card's figure and its sentence."""
        if days is None:
            return "—", self.tr("Pas de consommation récente")
        empty_on = fmt.local_day(self.context.now()) + timedelta(days=days)
        return fmt.day(empty_on), self.tr(
            "Au rythme des {window} derniers jours, le panier sera vide vers le {day}").format(
                window=RUNWAY_WINDOW_DAYS, day=fmt.day(empty_on))

    def _chart_data(self, by: str, rows: list[UsageRow]) -> list[tuple[str, int]]:
        if by == "month":
            return [(fmt.month_short(row.key), row.credits) for row in rows]
        if len(rows) <= CHART_BARS:
            return [(row.label, row.credits) for row in rows]
        biggest = sorted(rows, key=lambda row: -row.credits)
        rest = sum(row.credits for row in biggest[CHART_BARS - 1:])
        return [(row.label, row.credits) for row in biggest[:CHART_BARS - 1]] + [
            (self.tr("Autres"), rest)]

    def _set_buttons(self) -> None:
        has_lines = self.report is not None and bool(self.report.lines)
        self.export_button.setEnabled(has_lines)
        self.print_button.setEnabled(has_lines and print_support() is not None)
        self.preview_button.setEnabled(self.print_button.isEnabled())

    def focus_search(self) -> None:
        self.table.search.setFocus()

    # --- exports and printing -------------------------------------------------------------

    def report_table(self) -> ReportTable | None:
        """What is shown, as rows for a file or a printed page."""
        report = self.report
        if report is None:
            return None
        rows = usage_rows(report)
        column, title = self.groupings.get(report.by, (report.by, report.by))
        subtitle = self.tr("Du {start} au {end}").format(start=fmt.day(report.start),
                                                          end=fmt.day(report.end))
        levels = report.by.split(",")
        names = tuple(self.groupings.get(level, (level, level))[0] for level in levels)
        blanks = ("",) * (len(levels) - 1)
        return ReportTable(
            title, subtitle, (*names, self.tr("Tâches"), self.tr("Crédits"),
                              self.tr("Valeur HT (€)")),
            tuple((*line.keys, line.tasks, line.credits, cents_to_decimal(line.value_cents))
                  for line in report.lines),
            tuple((*row.labels, row.tasks,
                   row.credits, cents_to_decimal(row.value_cents)) for row in rows),
            (self.tr("Total"), *blanks, report.total_tasks, report.total_credits,
             cents_to_decimal(report.total_value_cents)), len(levels), self.charts.pdf_charts())

    @classmethod
    def ask_export_path(cls, parent: QWidget, suggested: str) -> str:
        """The file to write, its extension naming the format; '' when cancelled (tests
        replace this method)."""
        filters = [_t("Fichier CSV (*.csv)"), _t("Classeur Excel (*.xlsx)"),
                   _t("Document PDF (*.pdf)")]
        path, chosen = QFileDialog.getSaveFileName(
            parent, _t("Exporter le rapport"), suggested, ";;".join(filters),
            filters[1])
        if path and export_format(path) is None:
            path += (".csv", ".xlsx", ".pdf")[filters.index(chosen) if chosen in filters else 1]
        return path

    def export(self) -> None:
        table, report = self.report_table(), self.report
        if table is not None and report is not None:
            self._export(table, report.start, report.end,
                         self.tr("Rapport enregistré dans {path}"))

    def export_prepaid(self) -> None:
        """The prepaid credits shown, as CSV, XLSX or PDF."""
        table, report = self.prepaid_panel.report_table(), self.prepaid_panel.report
        if table is not None and report is not None:
            self._export(table, report.at, report.at,
                         self.tr("Crédits prépayés enregistrés dans {path}"))

    def _export(self, table: ReportTable, start: date, end: date, saved: str) -> None:
        """`table` written off the GUI thread to the file chosen, its extension naming the
        format; `saved` said once done."""
        chosen = self.ask_export_path(self, str(Path.home() / file_name(table.title, start,
                                                                         end)))
        if not chosen:
            return
        path = Path(chosen)
        if export_format(chosen) is None:
            self.say(self.tr("Choisissez un fichier .csv, .xlsx ou .pdf."))
            return
        self.say(self.tr("Export du rapport en cours…"))
        self.run(lambda: write_export(table, path),
                 lambda written: self.say(saved.format(path=str(written))),
                 lambda error: self.say(self.tr("Le rapport n'a pas pu être enregistré dans "
                                                "{path}\u00a0: {error}").format(path=str(path),
                                                                           error=error)))

    @classmethod
    def ask_printer(cls, parent: QWidget, printer: QPrinter) -> bool:
        """The print dialog over `printer`; False when cancelled (tests replace this)."""
        module = print_support()
        if module is None:
            return False
        dialog = module.QPrintDialog(printer, parent)
        return bool(dialog.exec() == module.QPrintDialog.DialogCode.Accepted)

    def preview_current(self) -> None:
        """The print preview of the table as shown (printing from it too)."""
        table = self.report_table()
        if table is None or print_support() is None:
            return
        dialog = ReportPreviewDialog(table, self)
        self.open_dialog(dialog)

    def print_current(self) -> None:
        """Ctrl+P: the table as shown, with its title, period and total."""
        module, table = print_support(), self.report_table()
        if module is None:
            self.say(no_printing_reason())
            return
        if table is None:
            return
        printer = module.QPrinter(module.QPrinter.PrinterMode.HighResolution)
        printer.setDocName(table.title)
        if self.ask_printer(self, printer):
            print_table(table, printer)
            self.say(self.tr("Rapport «\u00a0{title}\u00a0» envoyé à l'impression").format(
                title=table.title))
