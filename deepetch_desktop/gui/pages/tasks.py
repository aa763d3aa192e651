"""Tâches: every task, filtered by sub-account, month and search; « Nouvelle tâche »; refunds."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import uuid4

from PySide6.QtCore import QCoreApplication, Qt
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
        self._month_wanted: str | None = None  # asked before the tasks were loaded
        self.model = tasks_model(self.service_names, self)
        self.table = TableSection(
            self.model,
            lambda n: labels.count(n, self.tr("{n} tâche"), self.tr("{n} tâches")),
            self.tr("Aucune tâche. Envoyez-en une avec «\u00a0Nouvelle tâche\u00a0»."),
            self.tr("Rechercher un titre, un sous-compte…"))
        self.table.show_order(0, Qt.SortOrder.DescendingOrder)  # the latest task first
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

    def show_part(self, part: object) -> None:
        """`part`: a month ("2026-11"): its tasks, every sub-account's (the dashboard's
        « Utilisés ce mois-ci »), even a month with none yet."""
        if isinstance(part, str):
            self._month_wanted = part
            self.table.search.clear()
            if self.loaded:
                self._fill_filters(self.model.rows())

    def _fill_filters(self, tasks: Sequence[TaskView]) -> None:
        wanted, self._month_wanted = self._month_wanted, None
        # The month chosen stays in the list through a reload, even with no task in it.
        months = {t.month for t in tasks} | {
            m for m in (wanted, self.month_filter.currentData()) if isinstance(m, str)}
        for combo, values, everyone, chosen in (
            (self.sub_filter, sorted({(t.sub_account_name, t.sub_account_id) for t in tasks}),
             self.tr("Tous"), None if wanted else self.sub_filter.currentData()),
            (self.month_filter, [(fmt.month_label(m), m) for m in sorted(months, reverse=True)],
             self.tr("Tous"), wanted or self.month_filter.currentData()),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for label, data in values:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
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
        return confirm(parent, _t("Rembourser la tâche"), labels.count(
            task.cost, _t("Le crédit de la tâche «\u00a0{title}\u00a0» revient au panier et "
                          "à la limite de «\u00a0{name}\u00a0»."),
            _t("Les {n} crédits de la tâche «\u00a0{title}\u00a0» reviennent au panier et à "
               "la limite de «\u00a0{name}\u00a0»."),
            title=task.title or task.id, name=task.sub_account_name), _t("Rembourser"))

    def refund(self) -> None:
        task = self.table.selected()
        if not isinstance(task, TaskView) or task.refunded_at is not None:
            return
        if not self.confirm_refund(self, task):
            return
        context = self.context
        now = context.now()

        def done(result: RefundResult) -> None:
            self.say(labels.count(
                result.credits, self.tr("Tâche n° {id} remboursée\u00a0: {n} crédit rendu"),
                self.tr("Tâche n° {id} remboursée\u00a0: {n} crédits rendus"), id=task.id))
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
            page.say(labels.count(
                result.cost, _t("Tâche n° {id} envoyée\u00a0: {n} crédit débité"),
                _t("Tâche n° {id} envoyée\u00a0: {n} crédits débités"), id=result.task_id))
            context.events.announce(Topic.TASKS, Topic.BASKET)
            page.refresh()

        context.runner.run(work, accepted,
                           lambda e: dialog.show_refusal(context.describe(e)), owner=dialog)

    dialog.estimate_wanted.connect(estimate)
    dialog.submit_wanted.connect(submit)
    page.open_dialog(dialog)
    dialog._changed()
