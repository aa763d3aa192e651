"""Mon espace: a sub-account holder's own limit, what they used and have left, their tasks,
and « Nouvelle tâche » for themselves."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from deepetch_desktop import services
from deepetch_desktop.domain.limits import period_ended
from deepetch_desktop.domain.vocabulary import LimitKind
from deepetch_desktop.services import TaskForm
from deepetch_desktop.services.results import Privileges, SubAccountView, TaskView

from .. import fmt, labels, theme
from ..changes import Topic
from ..context import AppContext
from ..delegates import StatusDelegate
from ..models.tables import tasks_model
from ..widgets import Card, TableSection
from .base import Page
from .tasks import open_new_task


@dataclass(frozen=True)
class MySpaceData:
    sub_account: SubAccountView
    tasks: list[TaskView]
    service_names: dict[str, str]


class MySpacePage(Page):
    icon_name = "person"
    shows = frozenset({Topic.TASKS, Topic.SUB_ACCOUNTS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Mon espace"), self.tr(
            "Votre limite de crédits, ce que vous avez utilisé et les tâches que vous avez "
            "envoyées."), parent)
        self.privileges = context.privileges or Privileges()
        self.new_button = self.header.add_primary(self.tr("&Nouvelle tâche"))
        self.new_button.clicked.connect(self.new_task)
        if not self.privileges.submit_tasks:
            self.new_button.setEnabled(False)
            self.new_button.setToolTip(self.tr(
                "Votre administrateur ne vous a pas donné le privilège d'envoyer des tâches."))
        grid = QGridLayout()
        grid.setSpacing(12)
        self.limit = Card(self.tr("Ma limite"))
        self.used = Card(self.tr("Crédits utilisés"))
        self.left = Card(self.tr("Crédits restants"))
        for column, card in enumerate((self.limit, self.used, self.left)):
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 1)
        self.body.addLayout(grid)
        self.service_names: dict[str, str] = {}
        self.model = tasks_model(self.service_names, self)
        self.table = TableSection(
            self.model,
            lambda n: labels.count(n, self.tr("{n} tâche"), self.tr("{n} tâches")),
            self.tr("Aucune tâche. Envoyez-en une avec «\u00a0Nouvelle tâche\u00a0»."),
            self.tr("Rechercher un titre, un service…"))
        self.table.show_order(0, Qt.SortOrder.DescendingOrder)  # the latest task first
        self.table.set_delegate(8, StatusDelegate(self.table.view))
        self.table.set_column_widths([5, 16, 0, 30, 24, 12, 8, 8, 12])
        self.table.view.setColumnHidden(2, True)  # the sub-account: always theirs
        self.table.set_stretch_column(3)
        self.hidden = QLabel(self.tr(
            "Votre administrateur ne vous a pas donné accès à votre consommation. Vous pouvez "
            "toujours envoyer des tâches avec «\u00a0Nouvelle tâche\u00a0»."))
        self.hidden.setWordWrap(True)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(self.hidden)
        self.body.addStretch(0)
        sees = self.privileges.see_own_usage
        for card in (self.limit, self.used, self.left):
            card.setVisible(sees)
        self.table.setVisible(sees)
        self.hidden.setVisible(not sees)
        self.sub_account: SubAccountView | None = None

    def refresh(self) -> None:
        context = self.context
        sub = context.actor.sub_account_id
        if sub is None or not self.privileges.see_own_usage:
            self.loaded = True
            return
        now = context.now()

        def load() -> MySpaceData:
            view = services.get_sub_account(context.db, context.actor, sub, now)
            tasks = services.list_tasks(context.db, context.actor, sub_account=sub)
            names = {s.code: s.name for s in services.list_services(context.db, context.actor)}
            return MySpaceData(view, tasks, names)

        self.run_latest("space", load, self._show)

    def _show(self, data: MySpaceData) -> None:
        sub = self.sub_account = data.sub_account
        if sub.limit_kind == LimitKind.NONE or sub.limit_amount is None:
            self.limit.set(self.tr("Aucune limite"), self.tr("Vous pouvez utiliser le panier "
                                                             "de l'entreprise sans plafond."))
        elif sub.limit_kind == LimitKind.MONTHLY:
            self.limit.set(fmt.credits(sub.limit_amount), self.tr("crédits par mois"))
        else:
            period = labels.limit_period(sub.limit_from, sub.limit_to)
            self.limit.set(fmt.credits(sub.limit_amount), self.tr("crédits, {period}").format(
                period=period) if period else self.tr("crédits, sans date de fin"))
        period = (self.tr("ce mois-ci") if sub.limit_kind == LimitKind.MONTHLY
                  else self.tr("sur la période") if sub.limit_kind == LimitKind.FIXED
                  else self.tr("ce mois-ci"))
        self.used.set(fmt.credits(sub.used), period)
        if sub.remaining is None:
            self.left.set("—", self.tr("sans limite"))
        elif period_ended(sub.limit_kind, sub.limit_to, fmt.local_day(self.context.now())):
            self.left.set(self.tr("Expirée"), self.tr(
                "La période de la limite s'est terminée le {end}.").format(
                    end=fmt.day(sub.limit_to)))
        else:
            ratio = sub.used * 100 // sub.limit_amount if sub.limit_amount else 100
            colour = theme.level_colour(ratio)
            self.left.set(fmt.credits(sub.remaining), self.tr("{percent} de la limite utilisés")
                          .format(percent=fmt.percent(min(ratio, 999))),
                          colour.name() if colour else None)
        self.service_names.clear()
        self.service_names.update(data.service_names)
        self.model.set_rows(data.tasks)
        self.loaded = True

    def focus_search(self) -> None:
        self.table.search.setFocus()

    def new_task(self) -> None:
        context = self.context
        sub, now = context.actor.sub_account_id, context.now()
        if sub is None or not self.privileges.submit_tasks:
            return
        self.run(lambda: services.task_form(context.db, context.actor, now), self._open_new_task)

    def _open_new_task(self, form: TaskForm) -> None:
        own = [s for s in form.sub_accounts if s.id == self.context.actor.sub_account_id]
        open_new_task(self, form, own)
