"""Paramètres: the sub-accounts (limits, profile, privileges, status) and the application."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from deepetch_desktop import services
from deepetch_desktop.services import Database, LimitSaved
from deepetch_desktop.services.results import Actor, SubAccountView
from deepetch_desktop.services.subaccounts import SubAccountPage

from .. import fmt, labels
from ..changes import Topic
from ..context import AppContext
from ..delegates import ProgressDelegate, StatusDelegate
from ..dialogs.common import Save, confirm
from ..dialogs.limits import ModifyLimitsDialog
from ..dialogs.subaccount import SubAccountDialog
from ..icons import icon
from ..models.paged import Query
from ..models.tables import sub_accounts_model
from ..widgets import TableSection, ToolRow
from .base import Page
from .mail_settings import MailSettingsTab
from .preferences import PreferencesTab
from .settings_catalogue import CatalogueTab
from .settings_maintenance import MaintenanceTab
from .settings_outbox import OutboxTab
from .settings_seller import SellerTab

SettingsTab = PreferencesTab | SellerTab | CatalogueTab | MailSettingsTab | OutboxTab | \
    MaintenanceTab

# suspend_sub_account, reactivate_sub_account, close_sub_account
StatusChange = Callable[[Database, Actor, int, datetime], SubAccountView]


def _t(text: str) -> str:
    """For class methods: `parent.tr()` would look the text up in the parent's class."""
    return QCoreApplication.translate("SettingsPage", text)


def sub_accounts_fetch(context: AppContext) -> Callable[[Query, int, int], SubAccountPage]:
    """One block of the sub-account list as the database filters and sorts it (pool thread)."""

    def fetch(query: Query, offset: int, limit: int) -> SubAccountPage:
        return services.page_sub_accounts(
            context.db, context.actor, context.now(), search=query.search, sort=query.sort,
            descending=query.descending, offset=offset, limit=limit)

    return fetch


class SettingsPage(Page):
    """The path of the original text: Paramètres, select a sub-account, Modifier les limites."""

    icon_name = "settings"
    # The list shows each sub-account's use, which tasks change.
    shows = frozenset({Topic.SUB_ACCOUNTS, Topic.TASKS, Topic.SETTINGS})
    sub_accounts_loaded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context, self.tr("Paramètres"),
            self.tr("Les sous-comptes qui puisent dans le panier\u00a0: profils, privilèges et "
                    "limites\u202f; l'entreprise, la facturation, le catalogue, l'e-mail et la "
                    "maintenance."), parent)
        add = self.header.add_primary(self.tr("&Ajouter un sous-compte"))
        add.clicked.connect(self.add_sub_account)
        context.writes(add)
        self.tabs = QTabWidget()
        self.body.addWidget(self.tabs)
        self.model = sub_accounts_model(sub_accounts_fetch(context), context.runner, self,
                                        today=lambda: fmt.local_day(context.now()))
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.show_error)
        self._reselect: int | None = None  # the sub-account selected before a refresh
        self.table = TableSection(
            self.model,
            lambda n: labels.count(n, self.tr("{n} sous-compte"), self.tr("{n} sous-comptes")),
            self.tr("Aucun sous-compte. Ajoutez-en un avec «\u00a0Ajouter un sous-compte\u00a0»."),
            self.tr("Rechercher un nom, un e-mail, un département…"),
        )
        self.table.set_delegate(5, ProgressDelegate(self.table.view))
        self.table.set_delegate(7, StatusDelegate(self.table.view))
        self.table.set_column_widths([20, 33, 23, 15, 7, 13, 8, 13])  # an e-mail whole
        self.table.set_stretch_column(0)  # the name: not cut for a long e-mail
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(8, 10, 8, 8)
        tools = ToolRow(self.tr("Pl&us"), self)
        self.limits_button = QPushButton(icon("limits"), self.tr("&Modifier les limites"))
        self.profile_button = QPushButton(icon("edit"), self.tr("&Profil et privilèges"))
        self.suspend_button = QPushButton(icon("suspend"), self.tr("&Suspendre"))
        self.reactivate_button = QPushButton(icon("reactivate"), self.tr("&Réactiver"))
        self.close_button = QPushButton(icon("close"), self.tr("&Clôturer"))
        for button in (self.limits_button, self.profile_button, self.suspend_button,
                       self.reactivate_button, self.close_button):
            tools.add(button)  # those that do not fit go into « Plus »
        column.addWidget(tools)
        column.addWidget(self.table, 1)
        self.tabs.addTab(tab, self.tr("Sous-comptes"))
        self.preferences = PreferencesTab(context, self)
        self.seller = SellerTab(context, self)
        self.catalogue = CatalogueTab(context, self)
        self.mail = MailSettingsTab(context, self)
        self.outbox = OutboxTab(context, self)
        self.maintenance = MaintenanceTab(context, self)
        # Each tab reads its data when it is first shown after a change, not all at once.
        self.admin_tabs: tuple[SettingsTab, ...] = (
            self.preferences, self.seller, self.catalogue, self.mail, self.outbox,
            self.maintenance)
        for widget, title in zip(self.admin_tabs, (
                self.tr("Entreprise"), self.tr("Facturation"), self.tr("Catalogue"),
                self.tr("E-mail et rappels"), self.tr("File d'envoi"),
                self.tr("Maintenance")), strict=True):
            self.tabs.addTab(widget, title)
        self._stale: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.limits_button.clicked.connect(self.modify_limits)
        self.profile_button.clicked.connect(self.edit_profile)
        self.suspend_button.clicked.connect(self.suspend)
        self.reactivate_button.clicked.connect(self.reactivate)
        self.close_button.clicked.connect(self.close_sub_account)
        if not context.read_only:
            self.table.activated.connect(lambda _row: self.modify_limits())
        self.table.selection_changed.connect(self._update_buttons)
        for button in (self.limits_button, self.profile_button, self.suspend_button,
                       self.reactivate_button, self.close_button):
            action = QAction(button.icon(), button.text(), self)
            action.triggered.connect(button.click)
            self.table.row_actions.append(action)
            context.writes(button, action)
        self._update_buttons(None)

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected()
        self._reselect = selected.id if selected is not None else None
        self.model.refresh()
        self._stale = {id(tab) for tab in self.admin_tabs}
        self._tab_shown()

    def _tab_shown(self) -> None:
        """A tab reads its data when shown after a change; the e-mail queue and the basket's
        balance (Maintenance) change with what other pages do: read each time they are shown."""
        tab = self.tabs.currentWidget()
        if isinstance(tab, OutboxTab | MaintenanceTab):
            self._stale.add(id(tab))
        if id(tab) in self._stale and isinstance(tab, SettingsTab):
            self._stale.discard(id(tab))
            tab.refresh()

    def _loaded(self) -> None:
        wanted, self._reselect = self._reselect, None
        current = self.selected()
        if wanted is not None and (current is None or current.id != wanted):
            self.table.select_where(lambda s: s.id == wanted)
        self.loaded = True
        self.sub_accounts_loaded.emit(self.model.rowCount())

    def show_part(self, part: object) -> None:
        """A first step: "add_sub_account" (the dialog), "application" (the terms), "mail"
        (the SMTP server)."""
        tabs = {"application": self.preferences, "mail": self.mail}
        self.tabs.setCurrentIndex(self.tabs.indexOf(tabs[part]) if part in tabs else 0)
        if part == "add_sub_account":
            self.add_sub_account()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.table.search.setFocus()
        self.table.search.selectAll()

    def selected(self) -> SubAccountView | None:
        value = self.table.selected()
        return value if isinstance(value, SubAccountView) else None

    def _update_buttons(self, sub: object) -> None:
        status = sub.status if isinstance(sub, SubAccountView) else None
        self.limits_button.setEnabled(status in ("active", "suspended"))
        self.profile_button.setEnabled(status in ("active", "suspended"))
        self.suspend_button.setEnabled(status == "active")
        self.reactivate_button.setEnabled(status == "suspended")
        self.close_button.setEnabled(status in ("active", "suspended"))

    def _updated(self, view: SubAccountView, message: str) -> None:
        if not self.model.replace_row(lambda s: s.id == view.id, view):
            self.refresh()
        self._update_buttons(self.selected())
        self.say(message)
        self.context.events.announce(Topic.SUB_ACCOUNTS, Topic.JOURNAL)

    # --- actions --------------------------------------------------------------------------

    def modify_limits(self) -> None:
        sub = self.selected()
        if sub is None or sub.status == "closed":
            return
        dialog = ModifyLimitsDialog(sub, fmt.local_day(self.context.now()), self)
        self.open_saving(dialog, lambda: self._save_limit(sub, dialog))

    def _save_limit(self, sub: SubAccountView, dialog: ModifyLimitsDialog) -> Save[LimitSaved]:
        request, context = dialog.request(), self.context
        now = context.now()

        def saved(result: LimitSaved) -> None:
            view = result.sub_account
            message = self.tr("Limite enregistrée pour {name}").format(name=view.name)
            if result.change.used_reset:
                message += self.tr("\u202f; crédits utilisés remis à 0")
            self._updated(view, message)

        return Save(lambda: services.save_limit(
            context.db, context.actor, sub.id, request.kind, request.amount, request.valid_from,
            request.valid_to, now=now), saved)

    def add_sub_account(self) -> None:
        dialog = SubAccountDialog(None, self)
        self.open_saving(dialog, lambda: self._save_profile(None, dialog))

    def edit_profile(self) -> None:
        sub = self.selected()
        if sub is None:
            return
        dialog = SubAccountDialog(sub, self)
        self.open_saving(dialog, lambda: self._save_profile(sub, dialog))

    def _save_profile(self, sub: SubAccountView | None,
                      dialog: SubAccountDialog) -> Save[SubAccountView]:
        req, limit, context = dialog.request(), dialog.limit_request(), self.context
        now = context.now()
        db, actor = context.db, context.actor
        if sub is None:
            def added(view: SubAccountView) -> None:
                self._reselect = view.id
                self.say(self.tr("Sous-compte «\u00a0{name}\u00a0» ajouté").format(name=view.name))
                self.model.refresh()
                self.context.events.announce(Topic.SUB_ACCOUNTS, Topic.JOURNAL)

            return Save(lambda: services.add_sub_account(
                db, actor, name=req.name, email=req.email, department=req.department,
                phone=req.phone, role=req.role, privileges=req.privileges,
                limit_kind=limit.kind.value, limit_amount=limit.amount, now=now), added)
        return Save(
            lambda: services.update_sub_account(
                db, actor, sub.id, name=req.name, email=req.email,
                department=req.department, phone=req.phone, role=req.role,
                privileges=req.privileges, now=now),
            lambda view: self._updated(
                view, self.tr("Profil enregistré pour {name}").format(name=view.name)))

    @classmethod
    def confirm_close(cls, parent: QWidget, name: str) -> bool:
        """Tests patch this to answer without a modal box."""
        return confirm(
            parent, _t("Clôturer le sous-compte"),
            _t("«\u00a0{name}\u00a0» ne pourra plus envoyer de tâches et ne pourra pas être "
               "rouvert\u202f; son historique est conservé.").format(name=name),
            _t("Clôturer définitivement"))

    def _set_status(self, function: StatusChange, message: str) -> None:
        sub, context = self.selected(), self.context
        if sub is None:
            return
        now = context.now()
        self.run(lambda: function(context.db, context.actor, sub.id, now),
                 lambda view: self._updated(view, message.format(name=view.name)))

    def suspend(self) -> None:
        self._set_status(services.suspend_sub_account, self.tr("«\u00a0{name}\u00a0» est suspendu"))

    def reactivate(self) -> None:
        self._set_status(services.reactivate_sub_account, self.tr("«\u00a0{name}\u00a0» est "
                                                                  "réactivé"))

    def close_sub_account(self) -> None:
        sub = self.selected()
        if sub is None or not self.confirm_close(self, sub.name):
            return
        self._set_status(services.close_sub_account, self.tr("«\u00a0{name}\u00a0» est clôturé"))
