"""Tableau de bord: the basket, this month, the expiry, the invoices to pay, who nears a limit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QTabWidget, QVBoxLayout, QWidget

from deepetch_desktop import services
from deepetch_desktop.domain.dates import add_months
from deepetch_desktop.services import FirstSteps, RunwayReport
from deepetch_desktop.services.results import StatusView, SubAccountView

from .. import fmt, labels, theme, usage
from ..changes import Topic
from ..charts import BarChart
from ..context import AppContext
from ..delegates import ProgressDelegate
from ..first_steps import FirstStepsBox
from ..models.base import Column, RowsModel
from ..notifications import NotificationsBox
from ..report_charts import BasketBalance
from ..widgets import Card, CardRow, TableSection
from .base import Page
from .report_panels import advice_text

NEAR_LIMIT_PERCENT = 80
NEAR_LIMIT_ROWS = 10
LATEST_NOTIFICATIONS = 8
EXPIRY_ORANGE_DAYS = 30
EXPIRY_RED_DAYS = 7
ADVICE_MONTHS = 3  # the runway card says what to buy to last that long


@dataclass(frozen=True)
class DashboardData:
    status: StatusView
    near_limit: list[SubAccountView]
    months: list[tuple[str, int]]
    first_steps: FirstSteps
    runway: RunwayReport | None = None  # None: the actor may not buy credits


class DashboardPage(Page):
    icon_name = "dashboard"
    shows = frozenset({Topic.BASKET, Topic.TASKS, Topic.INVOICES, Topic.SUB_ACCOUNTS,
                       Topic.NOTIFICATIONS, Topic.SETTINGS})
    # A card or a first step asks the window for another page: (the page's attribute on the
    # window, what to open there: a filter, a tab, a dialog; see Page.show_part).
    open_wanted = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Tableau de bord"), self.tr(
            "Le panier de crédits de l'entreprise en un coup d'œil."), parent)
        self.balance = Card(self.tr("Solde du panier"))
        self.used = Card(self.tr("Utilisés ce mois-ci"))
        self.expiry = Card(self.tr("Expiration des crédits"))
        self.unpaid = Card(self.tr("Factures à régler"))
        self.runway = Card(self.tr("Autonomie du panier"))
        cards = [self.balance, self.used, self.expiry, self.unpaid]
        if context.may("buy_credits"):
            cards.append(self.runway)
        self.cards = CardRow(cards)  # two or one to a line when the window is narrow
        self.first_steps = FirstStepsBox(self.open_wanted.emit)
        self.body.addWidget(self.first_steps)
        self.body.addWidget(self.cards)
        self._month = ""
        self._overdue = 0
        self.balance.make_clickable(self.tr("Ouvrir les mouvements du panier"))
        self.used.make_clickable(self.tr("Ouvrir les tâches de ce mois-ci"))
        self.expiry.make_clickable(self.tr("Ouvrir les mouvements du panier"))
        self.unpaid.make_clickable(self.tr("Ouvrir les factures à régler"))
        self.runway.make_clickable(self.tr("Ouvrir les rapports"))
        self.runway.clicked.connect(lambda: self.open_wanted.emit("reports", None))
        self.balance.clicked.connect(lambda: self.open_wanted.emit("credits", None))
        self.expiry.clicked.connect(lambda: self.open_wanted.emit("credits", None))
        self.used.clicked.connect(lambda: self.open_wanted.emit("tasks", self._month))
        self.unpaid.clicked.connect(lambda: self.open_wanted.emit(
            "invoices", "overdue" if self._overdue else "open"))
        lower = QGridLayout()
        lower.setSpacing(12)
        chart_box = QGroupBox(self.tr("Consommation mensuelle (12 derniers mois)"))
        self.chart = BarChart()
        QVBoxLayout(chart_box).addWidget(self.chart)
        # Issue 15: the basket's balance over the same months, in a tab beside.
        self.basket_balance = BasketBalance(context)
        self.charts = QTabWidget()
        self.charts.addTab(chart_box, self.tr("Consommation"))
        self.charts.addTab(self.basket_balance, self.tr("Solde du panier"))
        lower.addWidget(self.charts, 0, 0, 2, 1)
        near_box = QGroupBox(self.tr("Sous-comptes proches de leur limite"))
        self.near_model = RowsModel[SubAccountView]([
            Column(self.tr("Nom"), lambda s: s.name),
            Column(self.tr("Utilisés / limite"), lambda s: fmt.credits(s.used), numeric=True,
                   progress=lambda s: (s.used, s.limit_amount)),
        ], self)
        self.near = TableSection(self.near_model, lambda n: "", self.tr(
            "Aucun sous-compte n'approche de sa limite."), "")
        self.near.set_sortable(False)  # the closest to their limit first, always
        self.near.search.setVisible(False)
        self.near.count.setVisible(False)  # a short list: no search, no count
        self.near.set_delegate(1, ProgressDelegate(self.near.view))
        self.near.set_column_widths([20, 16])
        QVBoxLayout(near_box).addWidget(self.near)
        lower.addWidget(near_box, 0, 1)
        self.notifications = NotificationsBox()
        self.notifications.mark_read_wanted.connect(self.mark_notifications_read)
        context.writes(self.notifications.mark_read)
        lower.addWidget(self.notifications, 1, 1)
        lower.setColumnStretch(0, 3)
        lower.setColumnStretch(1, 2)
        lower.setRowStretch(0, 2)
        lower.setRowStretch(1, 3)  # the notifications have more to say
        self.body.addLayout(lower, 1)

    def refresh(self) -> None:
        context = self.context
        now = context.now()

        def load() -> DashboardData:
            status = services.status(context.db, context.actor, now)
            near = services.near_limit_sub_accounts(
                context.db, context.actor, now, percent=NEAR_LIMIT_PERCENT, limit=NEAR_LIMIT_ROWS)
            today = fmt.local_day(now)
            keys = usage.last_months(today)
            first = date(int(keys[0][:4]), int(keys[0][5:]), 1)
            report = services.usage_report(context.db, context.actor, first, today, "month",
                                           valued=False)
            used = {line.key: line.credits for line in report.lines}
            months = [(month, used.get(month, 0)) for month in keys]
            runway = services.runway(
                context.db, context.actor, now, until=add_months(today, ADVICE_MONTHS)
            ) if context.may("buy_credits") else None
            steps = services.first_steps(context.db, context.actor)
            return DashboardData(status, near, months, steps, runway)

        self.run_latest("cards", load, self._show)
        self.refresh_notifications()
        today = fmt.local_day(now)
        first = usage.last_months(today)[0]
        self.basket_balance.load(date(int(first[:4]), int(first[5:]), 1), today)

    # --- notifications --------------------------------------------------------------------

    def refresh_notifications(self) -> None:
        """The unread count and the latest notifications (alone after a catch-up that changed
        nothing else)."""
        db, actor, lang = self.context.db, self.context.actor, self.context.lang
        self.run_latest("notifications",
                        lambda: services.latest_notifications(db, actor, LATEST_NOTIFICATIONS,
                                                              lang),
                        lambda found: self.notifications.show_notifications(found.unread,
                                                                            found.latest))

    def mark_notifications_read(self) -> None:
        db, actor, now = self.context.db, self.context.actor, self.context.now()
        self.run(lambda: services.mark_notifications_read(db, actor, now),
                 lambda _count: self.refresh_notifications())

    def _days_left(self, days: int) -> str:
        """The days as the reminders count them (services' `days_left`: calendar days in the
        company's time zone)."""
        if days == 0:
            return self.tr("aujourd'hui, sauf utilisation d'ici là")
        return labels.count(days, self.tr("dans {n} jour, sauf utilisation d'ici là"),
                            self.tr("dans {n} jours, sauf utilisation d'ici là"))

    def _show(self, data: DashboardData) -> None:
        status = data.status
        self._month, self._overdue = status.month, status.overdue_count
        self.first_steps.show_steps(data.first_steps)
        self.balance.set(fmt.credits(status.balance), labels.count(
            status.balance, self.tr("crédit disponible"), self.tr("crédits disponibles")))
        self.used.set(fmt.credits(status.used_this_month), labels.count(
            status.used_this_month, self.tr("crédit en {month}"), self.tr("crédits en {month}"),
            month=fmt.month_label(status.month)))
        if status.expires_on is None:
            self.expiry.set(self.tr("Aucune"), self.tr("Le panier est vide."))
        else:
            days = status.days_left or 0
            colour = (theme.RED if days < EXPIRY_RED_DAYS else theme.ORANGE
                      if days < EXPIRY_ORANGE_DAYS else None)
            self.expiry.set(fmt.day(status.expires_on), self._days_left(days),
                            colour.name() if colour else None)
        detail = labels.count(status.unpaid_count, self.tr("{n} facture, {amount}"),
                              self.tr("{n} factures, {amount}"),
                              amount=fmt.money(status.unpaid_cents))
        if status.overdue_count:
            detail += self.tr(" — {count} en retard").format(
                count=fmt.credits(status.overdue_count))
        self.unpaid.set(fmt.money(status.unpaid_cents), detail,
                        theme.RED.name() if status.overdue_count else None)
        self.chart.set_data([(fmt.month_short(m), v) for m, v in data.months],
                            self.tr("Aucune tâche sur les 12 derniers mois."))
        self.near_model.set_rows(data.near_limit)
        if data.runway is not None:
            day = data.runway.basket_runs_out_on
            self.runway.set(fmt.day(day) if day else "—", advice_text(data.runway.advice)
                            if day else self.tr("Pas de consommation récente"))
        self.loaded = True
