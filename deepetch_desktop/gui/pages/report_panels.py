"""Rapports' tabs beside the consumption: the runway and what to buy (services.runway), and
the prepaid credits at a date (services.prepaid) with their export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop.domain.dates import add_months
from deepetch_desktop.domain.money import cents_to_decimal
from deepetch_desktop.services import Advice, PrepaidReport, RunwayReport
from deepetch_desktop.services.runway import SubAccountRunway
from deepetch_desktop.services.valuation import PrepaidBatch

from .. import fmt, labels
from ..models.base import Column, RowsModel
from ..report_output import ReportTable
from ..widgets import TableSection, scaled_font

RELOAD_DELAY_MS = 250
DEFAULT_UNTIL_MONTHS = 6


def _t(text: str) -> str:
    return QCoreApplication.translate("report_panels", text)


def _labelled(row: QHBoxLayout, text: str, field: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field)
    row.addSpacing(8)


def advice_text(advice: Advice | None) -> str:
    """« Pour tenir jusqu'au 30/06/2027 : 3 × Équipe, 1 × Découverte (6 500 crédits,
    590,00 € HT) », or that the basket lasts."""
    if advice is None:
        return _t("Aucun pack en vente\u00a0: pas de conseil d'achat.")
    if not advice.packs:
        return _t("Le panier suffit jusqu'au {day}.").format(day=fmt.day(advice.until))
    packs = ", ".join(f"{p.quantity} × {p.name}" for p in advice.packs)
    return _t("Pour tenir jusqu'au {day}\u00a0: {packs} ({credits} crédits, {net} HT).").format(
        day=fmt.day(advice.until), packs=packs, credits=fmt.credits(advice.credits),
        net=fmt.money(advice.net_cents))


class RunwayPanel(QWidget):
    """How long the basket lasts, when each limited sub-account reaches its limit, and the
    cheapest packs lasting until the day chosen."""

    changed = Signal()  # the day or the window changed: load again

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.until = QDateEdit(fmt.to_qdate(add_months(today, DEFAULT_UNTIL_MONTHS)))
        self.until.setCalendarPopup(True)
        self.until.setMinimumDate(fmt.to_qdate(today))
        self.until.setAccessibleName(_t("Tenir jusqu'au"))
        self.window_days = QSpinBox()
        self.window_days.setRange(1, 3650)
        self.window_days.setValue(90)
        self.window_days.setSuffix(_t(" jours"))
        self.window_days.setAccessibleName(_t("Au rythme des derniers jours"))
        _labelled(row, _t("&Tenir jusqu'au\u00a0:"), self.until)
        _labelled(row, _t("au r&ythme des derniers\u00a0:"), self.window_days)
        row.addStretch(1)
        layout.addLayout(row)
        self.basket = QLabel("")
        self.basket.setWordWrap(True)
        self.advice = QLabel("")
        self.advice.setWordWrap(True)
        self.advice.setFont(scaled_font(self.advice, 1.0, bold=True))
        layout.addWidget(self.basket)
        layout.addWidget(self.advice)
        self.model = RowsModel[SubAccountRunway]([
            Column(_t("Sous-compte"), lambda r: r.name, key=lambda r: r.name.casefold()),
            Column(_t("Limite"), lambda r: fmt.credits(r.limit_credits),
                   key=lambda r: r.limit_credits, numeric=True, searchable=False),
            Column(_t("Utilisés"), lambda r: fmt.credits(r.used), key=lambda r: r.used,
                   numeric=True, searchable=False),
            Column(_t("Limite atteinte le"), lambda r: fmt.day(r.reaches_limit_on)
                   if r.reaches_limit_on else _t("pas sur cette période"),
                   key=lambda r: r.reaches_limit_on or date.max, searchable=False),
        ], self)
        self.table = TableSection(
            self.model, lambda n: labels.count(n, _t("{n} sous-compte limité"),
                                               _t("{n} sous-comptes limités")),
            _t("Aucun sous-compte n'a de limite."), _t("Rechercher un sous-compte…"))
        self.table.set_column_widths([24, 10, 10, 24])
        self.table.set_stretch_column(0)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.changed.emit)
        self.until.dateChanged.connect(lambda _d: self._timer.start())
        self.window_days.valueChanged.connect(lambda _v: self._timer.start())

    def chosen(self) -> tuple[date, int]:
        return fmt.from_qdate(self.until.date()), self.window_days.value()

    def show_report(self, report: RunwayReport) -> None:
        if report.basket_runs_out_on is None:
            self.basket.setText(_t("Aucune consommation sur les {window} derniers jours.")
                                .format(window=report.window_days))
        else:
            self.basket.setText(_t(
                "Au rythme des {window} derniers jours ({used} crédits), le panier sera vide "
                "le {day}.").format(window=report.window_days,
                                    used=fmt.credits(report.used_in_window),
                                    day=fmt.day(report.basket_runs_out_on)))
        self.advice.setText(advice_text(report.advice))
        self.model.set_rows(list(report.sub_accounts))


class PrepaidPanel(QWidget):
    """The credits left per batch at the end of a day, at their purchase price: what the
    accountant carries over (charges constatées d'avance)."""

    changed = Signal()
    export_wanted = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.at = QDateEdit(fmt.to_qdate(date(today.year, 12, 31)))
        self.at.setCalendarPopup(True)
        self.at.setAccessibleName(_t("Crédits restants au"))
        _labelled(row, _t("Crédits re&stants au\u00a0:"), self.at)
        row.addStretch(1)
        self.export_button = QPushButton(_t("Exp&orter les crédits prépayés…"))
        self.export_button.clicked.connect(self.export_wanted.emit)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.model = RowsModel[PrepaidBatch]([
            Column(_t("Lot"), lambda b: str(b.batch_id), key=lambda b: b.batch_id,
                   numeric=True),
            Column(_t("Acheté le"), lambda b: fmt.day(fmt.local_day(b.bought_at)),
                   key=lambda b: b.bought_at, searchable=False),
            Column(_t("Pack"), lambda b: b.pack_name, key=lambda b: b.pack_name.casefold()),
            Column(_t("Crédits restants"), lambda b: fmt.credits(b.credits_left),
                   key=lambda b: b.credits_left, numeric=True, searchable=False),
            Column(_t("Prix par crédit HT"), lambda b: fmt.money_fine(
                b.price_per_credit_millicents), key=lambda b: b.price_per_credit_millicents,
                numeric=True, searchable=False),
            Column(_t("Valeur HT"), lambda b: fmt.money(b.value_cents),
                   key=lambda b: b.value_cents, numeric=True, searchable=False),
        ], self)
        self.table = TableSection(
            self.model, lambda n: labels.count(n, _t("{n} lot"), _t("{n} lots")),
            _t("Aucun crédit restant à cette date."), _t("Rechercher un pack…"))
        self.table.set_column_widths([6, 12, 16, 14, 16, 14])
        layout.addWidget(self.table, 1)
        self.total = QLabel("")
        self.total.setFont(scaled_font(self.total, 1.0, bold=True))
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        self.report: PrepaidReport | None = None
        self._timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.changed.emit)
        self.at.dateChanged.connect(lambda _d: self._timer.start())

    def chosen(self) -> date:
        return fmt.from_qdate(self.at.date())

    def show_report(self, report: PrepaidReport) -> None:
        self.report = report
        self.model.set_rows(list(report.batches))
        text = _t("À reporter au {day}\u00a0: {value} HT pour {credits} crédits "
                  "(charges constatées d'avance).").format(
            day=fmt.day(report.at), value=fmt.money(report.value_cents),
            credits=fmt.credits(report.credits))
        if report.unpriced_credits:
            text += " " + _t("Dont {credits} crédits ajoutés par correction, sans prix "
                             "d'achat.").format(credits=fmt.credits(report.unpriced_credits))
        self.total.setText(text)
        self.export_button.setEnabled(bool(report.batches))

    def report_table(self) -> ReportTable | None:
        report = self.report
        if report is None:
            return None
        title = _t("Crédits prépayés au {day}").format(day=fmt.day(report.at))
        headers = (_t("Lot"), _t("Acheté le"), _t("Pack"), _t("Crédits restants"),
                   _t("Prix par crédit HT (€)"), _t("Valeur HT (€)"))

        def row(b: PrepaidBatch, shown: Callable[[PrepaidBatch], object]) -> tuple[object, ...]:
            return (str(b.batch_id), fmt.day(fmt.local_day(b.bought_at)), b.pack_name,
                    b.credits_left, shown(b), cents_to_decimal(b.value_cents))

        return ReportTable(
            title, _t("Crédits restants de chaque lot au prix d'achat HT\u00a0: charges constatées "
                      "d'avance à reporter"), headers,
            tuple(row(b, lambda x: Decimal(x.price_per_credit_millicents) / 100_000)
                  for b in report.batches),
            tuple(row(b, lambda x: fmt.money_fine(x.price_per_credit_millicents))
                  for b in report.batches),
            (_t("Total"), "", "", report.credits, "", cents_to_decimal(report.value_cents)),
            names=3)
