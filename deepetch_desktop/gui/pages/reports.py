"""Rapports: consumption by sub-account and by month, as a table and a bar chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from deepetch_desktop import services
from deepetch_desktop.services.results import TaskView

from .. import fmt, labels, usage
from ..charts import BarChart
from ..models.tables import usage_model
from ..widgets import TableSection
from .base import Page


class ReportsPage(Page):
    icon_name = "reports"

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Rapports"), self.tr(
            "Qui consomme combien de crédits, et quand."), parent)
        self._tasks: list[TaskView] = []
        row = QHBoxLayout()
        self.month = QComboBox()
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.month.setAccessibleName(self.tr("Période"))
        row.addWidget(QLabel(self.tr("&Période\u00a0:"), buddy=self.month))
        row.addWidget(self.month)
        row.addStretch(1)
        self.body.addLayout(row)
        columns = QHBoxLayout()
        self.model = usage_model(self)
        self.table = TableSection(
            self.model,
            lambda n: labels.count(n, self.tr("{n} sous-compte"), self.tr("{n} sous-comptes")),
            self.tr("Aucune consommation sur cette période."),
            self.tr("Rechercher un sous-compte…"))
        self.table.set_column_widths([22, 8, 14, 8])
        by_sub = QGroupBox(self.tr("Consommation par sous-compte"))
        QVBoxLayout(by_sub).addWidget(self.table)
        by_month = QGroupBox(self.tr("Consommation par mois (12 derniers mois)"))
        self.chart = BarChart()
        QVBoxLayout(by_month).addWidget(self.chart)
        columns.addWidget(by_sub, 1)
        columns.addWidget(by_month, 1)
        self.body.addLayout(columns, 1)
        self.month.currentIndexChanged.connect(self._show_table)

    def refresh(self) -> None:
        db = self.context.db
        self.run(lambda: services.list_tasks(db), self._loaded)

    def _loaded(self, tasks: list[TaskView]) -> None:
        self._tasks = tasks
        months = usage.last_months(fmt.local_day(self.context.now()))
        current = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("Depuis le début"), None)
        for month in reversed(months):
            self.month.addItem(fmt.month_label(month), month)
        self.month.setCurrentIndex(max(0, self.month.findData(current)))
        self.month.blockSignals(False)
        self.chart.set_data([(fmt.month_short(m), v) for m, v in usage.by_month(tasks, months)],
                            self.tr("Aucune tâche sur les 12 derniers mois."))
        self._show_table()
        self.loaded = True

    def _show_table(self) -> None:
        self.model.set_rows(usage.by_sub_account(self._tasks, self.month.currentData()))

    def focus_search(self) -> None:
        self.table.search.setFocus()
