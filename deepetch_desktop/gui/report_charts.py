"""Rapports' charts (issue 15), in tabs beside the table: the consumption of the chosen
grouping (the page's own bar chart), the months stacked by department or service, the
basket's balance with its purchases and expiries, and each limited sub-account's use."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop import services
from deepetch_desktop.documents.report_charts import Chart
from deepetch_desktop.domain.vocabulary import LimitKind
from deepetch_desktop.services import ReportCharts
from deepetch_desktop.services.report_charts import ChartWords, LimitUse, pdf_charts

from . import fmt, theme
from .charts import BalanceChart, LimitUseChart, StackedBarChart, series_colour
from .context import AppContext


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportCharts", text)


def group_name(name: str) -> str:
    """A stack's name as shown: « Autres » for the groups put together (named "")."""
    return name or _t("Autres")


class ReportChartsPanel(QTabWidget):
    """`load(start, end)` reads the charts off the GUI thread; the latest load is shown.
    `charts` holds what is shown (the PDF export draws it too)."""

    def __init__(self, context: AppContext, grouping: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.charts: ReportCharts | None = None
        self.period: tuple[date, date] | None = None
        self._latest = 0
        self.setAccessibleName(_t("Graphiques"))
        self.addTab(grouping, _t("Regroupement"))
        months = QWidget()
        column = QVBoxLayout(months)
        row = QHBoxLayout()
        label = QLabel(_t("E&mpiler par\u00a0:"))
        self.stack_by = QComboBox()
        self.stack_by.setAccessibleName(_t("Empiler par"))
        self.stack_by.addItem(_t("Département / centre de coût"), "department")
        self.stack_by.addItem(_t("Service"), "service")
        label.setBuddy(self.stack_by)
        row.addWidget(label)
        row.addWidget(self.stack_by)
        row.addStretch(1)
        column.addLayout(row)
        self.months = StackedBarChart()
        column.addWidget(self.months, 1)
        self.addTab(months, _t("Par mois"))
        self.balance = BalanceChart()
        self.addTab(self.balance, _t("Solde du panier"))
        self.limits = LimitUseChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.limits)
        self.addTab(scroll, _t("Limites"))
        self.stack_by.currentIndexChanged.connect(lambda _i: self.reload())

    def load(self, start: date, end: date) -> None:
        self.period = (start, end)
        self.reload()

    def reload(self) -> None:
        if self.period is None:
            return
        (start, end), context = self.period, self.context
        by, now = str(self.stack_by.currentData()), context.now()
        self._latest += 1
        number = self._latest

        def done(charts: ReportCharts) -> None:
            if number == self._latest:
                self.show_charts(charts)

        context.runner.run(
            lambda: services.report_charts(context.db, context.actor, start, end, now, by),
            done, lambda error: context.events.message.emit(context.describe(error)),
            owner=self)

    def show_charts(self, charts: ReportCharts) -> None:
        self.charts = charts
        groups = [(group_name(name), series_colour(n, not name))
                  for n, name in enumerate(charts.groups)]
        self.months.set_data([fmt.month_short(m.month) for m in charts.months], groups,
                             [[value for _, value in m.credits] for m in charts.months],
                             _t("Aucune consommation sur cette période."))
        self.balance.set_data(
            charts.start, charts.end, charts.opening_balance,
            [(point.day, point.balance) for point in charts.balance],
            [(event.day, event.credits) for event in charts.events],
            legend(), _t("Aucun mouvement du panier."))
        self.limits.set_data([(use.name, use.used, use.limit, limit_text(use))
                              for use in charts.limits],
                             _t("Aucun sous-compte n'a de limite."))


    def pdf_charts(self) -> tuple[Chart, ...]:
        """What is shown, for the PDF export."""
        if self.charts is None:
            return ()
        return pdf_charts(self.charts, ChartWords(
            _t("Consommation par mois"), _t("Solde du panier"), _t("Utilisation des limites"),
            _t("Autres"), (_t("Solde"), _t("Achat"), _t("Expiration")), fmt.month_short,
            limit_text))


def limit_text(use: LimitUse) -> str:
    """« 1 932 / 2 000 · 96 % · limite fixe »."""
    return (f"{fmt.credits(use.used)} / {fmt.credits(use.limit)} · "
            f"{fmt.percent(use.used * 100 // use.limit)} · {limit_words(use.limit_kind)}")


def limit_words(kind: LimitKind) -> str:
    return _t("ce mois-ci") if kind == LimitKind.MONTHLY else _t("limite fixe")


class BasketBalance(BalanceChart):
    """The basket's balance over a period for the dashboard, loading itself (`load`)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(_t("Solde du panier"))
        self.charts: ReportCharts | None = None
        self._latest = 0

    def load(self, start: date, end: date) -> None:
        context, now = self.context, self.context.now()
        self._latest += 1
        number = self._latest

        def done(charts: ReportCharts) -> None:
            if number == self._latest:
                self.charts = charts
                self.set_data(charts.start, charts.end, charts.opening_balance,
                              [(p.day, p.balance) for p in charts.balance],
                              [(e.day, e.credits) for e in charts.events], legend(),
                              _t("Aucun mouvement du panier."))

        context.runner.run(
            lambda: services.report_charts(context.db, context.actor, start, end, now),
            done, lambda error: context.events.message.emit(context.describe(error)),
            owner=self)


def legend() -> list[tuple[str, QColor]]:
    return [(_t("Solde"), theme.ACCENT), (_t("▲ Achat"), theme.GREEN),
            (_t("▼ Expiration"), theme.RED)]
