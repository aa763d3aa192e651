"""Tâches: every task, filtered by sub-account, month and search; « Nouvelle tâche »; refunds."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import uuid4

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from deepetch_desktop import services
from deepetch_desktop.services import TaskForm, TasksOverview
from deepetch_desktop.services.results import (
    RefundResult,
    SubAccountView,
    SubmitResult,
    TaskView,
)

from .. import fmt, labels
from ..changes import Topic
from ..context import AppContext
from ..delegates import StatusDelegate
from ..dialogs.common import confirm
from ..dialogs.new_task import NewTaskDialog, TaskRequest
from ..icons import icon
from ..models.tables import tasks_model
from ..widgets import TableSection
from .base import Page


def _t(text: str) -> str:
    """For class methods: `parent.tr()` would look the text up in the parent's class."""
    return QCoreApplication.translate("TasksPage", text)


class TasksPage(Page):
    icon_name = "tasks"
    shows = frozenset({Topic.TASKS, Topic.SUB_ACCOUNTS})  # each task names its sub-account

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Tâches"), self.tr(
            "Les tâches envoyées par les sous-comptes et les crédits qu'elles ont coûté."),
            parent)
        new = self.header.add_primary(self.tr("&Nouvelle tâche"))
        new.clicked.connect(self.new_task)
        self.refund_button = self.header.add_button(self.tr("&Rembourser"), "refund")
        self.refund_button.clicked.connect(self.refund)
        self.service_names: dict[str, str] = {}
        self.model = tasks_model(self.service_names, self)
        self.table = TableSection(
            self.model,
            lambda n: labels.count(n, self.tr("{n} tâche"), self.tr("{n} tâches")),
            self.tr("Aucune tâche. Envoyez-en une avec « Nouvelle tâche »."),
            self.tr("Rechercher un titre, un sous-compte…"))
        self.table.set_delegate(8, StatusDelegate(self.table.view))
        self.table.set_column_widths([5, 15, 16, 22, 24, 10, 7, 8, 12])
        self.sub_filter = QComboBox()
        self.sub_filter.setAccessibleName(self.tr("Sous-compte"))
        self.month_filter = QComboBox()
        self.month_filter.setAccessibleName(self.tr("Mois"))
        self.table.filters.addWidget(QLabel(self.tr("Sous-compte\u00a0:")))
        self.table.filters.addWidget(self.sub_filter)
        self.table.filters.addWidget(QLabel(self.tr("Mois\u00a0:")))
        self.table.filters.addWidget(self.month_filter)
        self.sub_filter.currentIndexChanged.connect(self._apply_filters)
        self.month_filter.currentIndexChanged.connect(self._apply_filters)
        refund = QAction(icon("refund"), self.tr("Rembourser la tâche"), self)
        refund.triggered.connect(self.refund)
        self.table.row_actions.append(refund)
        context.writes(new, self.refund_button, refund)
        self.table.selection_changed.connect(self._update_buttons)
        self.body.addWidget(self.table, 1)
        self._update_buttons(None)

    def refresh(self) -> None:
        db, actor = self.context.db, self.context.actor
        self.run(lambda: services.tasks_overview(db, actor), self._loaded)

    def _loaded(self, overview: TasksOverview) -> None:
        self.service_names.clear()
        self.service_names.update(overview.service_names)
        self._fill_filters(overview.tasks)
        self.model.set_rows(overview.tasks)
        self.loaded = True

    def _fill_filters(self, tasks: Sequence[TaskView]) -> None:
        for combo, values, everyone in (
            (self.sub_filter, sorted({(t.sub_account_name, t.sub_account_id) for t in tasks}),
             self.tr("Tous")),
            (self.month_filter, [(fmt.month_label(m), m) for m in
                                 sorted({t.month for t in tasks}, reverse=True)],
             self.tr("Tous")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for label, data in values:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        sub, month = self.sub_filter.currentData(), self.month_filter.currentData()
        if sub is None and month is None:
            self.table.set_predicate(None)
            return
        self.table.set_predicate(
            lambda t: (sub is None or t.sub_account_id == sub)
            and (month is None or t.month == month))

    def focus_search(self) -> None:
        self.table.search.setFocus()

    def _update_buttons(self, task: object) -> None:
        self.refund_button.setEnabled(isinstance(task, TaskView) and task.refunded_at is None)

    # --- new task -------------------------------------------------------------------------

    def new_task(self) -> None:
        db, actor, now = self.context.db, self.context.actor, self.context.now()
        self.run(lambda: services.task_form(db, actor, now), self._open_new_task)

    def _open_new_task(self, form: TaskForm) -> None:
        open_new_task(self, form, form.sub_accounts)

    # --- refund ---------------------------------------------------------------------------

    @classmethod
    def confirm_refund(cls, parent: QWidget, task: TaskView) -> bool:
        return confirm(parent, _t("Rembourser la tâche"), _t(
            "Les {cost} crédits de la tâche « {title} » reviennent au panier et à la limite de "
            "« {name} ».").format(cost=fmt.credits(task.cost), title=task.title or task.id,
                                  name=task.sub_account_name), _t("Rembourser"))

    def refund(self) -> None:
        task = self.table.selected()
        if not isinstance(task, TaskView) or task.refunded_at is not None:
            return
        if not self.confirm_refund(self, task):
            return
        context = self.context
        now = context.now()

        def done(result: RefundResult) -> None:
            self.say(self.tr("Tâche n° {id} remboursée : {credits} crédits rendus").format(
                id=task.id, credits=fmt.credits(result.credits)))
            context.events.announce(Topic.TASKS, Topic.BASKET, Topic.JOURNAL)
            self.refresh()

        self.run(lambda: services.refund_task(context.db, context.actor, task.id, now=now), done)


def open_new_task(page: Page, form: TaskForm, sub_accounts: Sequence[SubAccountView]) -> None:
    """« Nouvelle tâche » for one of `sub_accounts`, the cost shown as the fields change; the
    task is sent as the context's actor and the page reloads when it is accepted."""
    context = page.context
    dialog = NewTaskDialog(sub_accounts, form.services, form.complexities, parent=page)
    # One idempotency key for the dialog: sent again after a lost connection, or by a second
    # click on « Envoyer », the task is submitted once (issue 16).
    key = f"gui-{uuid4().hex}"

    def estimate(service: str, level: str, units: int) -> None:
        context.runner.run(
            lambda: services.estimate_task(context.db, context.actor, service, level, units),
            dialog.show_estimate, lambda e: dialog.show_refusal(context.describe(e)),
            owner=dialog)

    def submit(request: TaskRequest) -> None:
        now = context.now()

        def work() -> SubmitResult:
            return services.submit_task(
                context.db, context.actor, sub_account=request.sub_account_id,
                service_code=request.service_code, complexity_code=request.complexity_code,
                units=request.units, title=request.title, key=key, now=now)

        def accepted(result: SubmitResult) -> None:
            dialog.accept()
            page.say(_t("Tâche n° {id} envoyée : {cost} crédits débités").format(
                id=result.task_id, cost=fmt.credits(result.cost)))
            context.events.announce(Topic.TASKS, Topic.BASKET)
            page.refresh()

        context.runner.run(work, accepted,
                           lambda e: dialog.show_refusal(context.describe(e)), owner=dialog)

    dialog.estimate_wanted.connect(estimate)
    dialog.submit_wanted.connect(submit)
    page.open_dialog(dialog)
    dialog._changed()
