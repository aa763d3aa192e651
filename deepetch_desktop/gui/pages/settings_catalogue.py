"""Paramètres › Catalogue: the packs, the services and the complexity levels, added and changed
in a dialog through services/catalogue_admin.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop import services
from deepetch_desktop.services import CatalogueEdit
from deepetch_desktop.services.results import ComplexityView, PackView, ServiceView

from .. import fmt
from ..changes import Topic
from ..context import AppContext
from ..dialogs.catalogue import CatalogueDialog, CatalogueItem, factor_text
from ..dialogs.common import Save
from .base import Page
from .settings_common import fill_row, readonly_table

C = TypeVar("C", PackView, ServiceView, ComplexityView)


class ItemTable(QGroupBox):
    """One catalogue: its rows, « Ajouter… » and « Modifier… » (or a double click)."""

    add_wanted = Signal()
    edit_wanted = Signal(object)

    def __init__(self, title: str, headers: Sequence[str], add: str, edit: str) -> None:
        super().__init__(title)
        self.items: list[CatalogueItem] = []
        column = QVBoxLayout(self)
        self.table = readonly_table(headers, 1)  # the name stretches
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(add)
        self.edit_button = QPushButton(edit)
        self.add_button.clicked.connect(self.add_wanted.emit)
        self.edit_button.clicked.connect(self._edit)
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        column.addLayout(row)
        self._selection_changed()

    def show_items(self, items: Sequence[C], cells: Callable[[C], Sequence[str]],
                   numbers: Sequence[int] = ()) -> None:
        chosen = self.selected()
        self.items = list(items)
        self.table.setRowCount(len(items))
        for number, item in enumerate(items):
            fill_row(self.table, number, cells(item), numbers)
            if chosen is not None and item.code == chosen.code:
                self.table.selectRow(number)
        self._selection_changed()

    def selected(self) -> CatalogueItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def select_code(self, code: str) -> None:
        for number, item in enumerate(self.items):
            if item.code == code:
                self.table.selectRow(number)

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def _edit(self) -> None:
        item = self.selected()
        if item is not None:
            self.edit_wanted.emit(item)


class CatalogueTab(QWidget):
    """Issued invoices keep their price and tasks their cost: the catalogue is for what comes."""

    def __init__(self, context: AppContext, page: Page) -> None:
        super().__init__()
        self.context, self.page = context, page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        self.packs = ItemTable(
            self.tr("Packs de crédits"),
            (self.tr("Code"), self.tr("Nom"), self.tr("Crédits"), self.tr("Prix HT"),
             self.tr("Prix du crédit"), self.tr("Proposé")),
            self.tr("Ajouter un &pack…"), self.tr("Modifier le pac&k…"))
        self.services = ItemTable(
            self.tr("Services"),
            (self.tr("Code"), self.tr("Nom"), self.tr("Unité"), self.tr("Tarif (crédits)"),
             self.tr("Proposé")),
            self.tr("Ajouter un &service…"), self.tr("Modifier le ser&vice…"))
        self.complexities = ItemTable(
            self.tr("Niveaux de complexité"),
            (self.tr("Code"), self.tr("Nom"), self.tr("Facteur")),
            self.tr("Ajouter un &niveau…"), self.tr("Modifier le nivea&u…"))
        layout.addWidget(self.packs, 1)
        row = QHBoxLayout()
        row.addWidget(self.services, 3)
        row.addWidget(self.complexities, 2)
        layout.addLayout(row, 1)
        self.tables = {"packs": self.packs, "services": self.services,
                       "complexities": self.complexities}
        self._select: tuple[str, str] | None = None  # the item just saved, once reloaded
        for kind, table in self.tables.items():
            table.add_wanted.connect(lambda kind=kind: self.edit(kind, None))
            table.edit_wanted.connect(lambda item, kind=kind: self.edit(kind, item))
            context.writes(table.add_button, table.edit_button)

    def refresh(self) -> None:
        context = self.context
        self.page.run_latest("catalogue", lambda: services.catalogue_for_editing(
            context.db, context.actor), self._show)

    def _show(self, catalogue: CatalogueEdit) -> None:
        yes, no = self.tr("oui"), self.tr("non")
        self.packs.show_items(catalogue.packs, lambda p: (
            p.code, p.name, fmt.credits(p.credits), fmt.money(p.price_cents),
            fmt.money_fine(p.price_per_credit_millicents), yes if p.active else no),
            numbers=(2, 3, 4))
        self.services.show_items(catalogue.services, lambda s: (
            s.code, s.name, s.unit, fmt.credits(s.rate), yes if s.active else no), numbers=(3,))
        self.complexities.show_items(catalogue.complexities, lambda c: (
            c.code, c.name, "×" + factor_text(c.factor_permille)), numbers=(2,))
        if self._select is not None:
            kind, code = self._select
            self._select = None
            self.tables[kind].select_code(code)

    def edit(self, kind: str, item: CatalogueItem | None) -> None:
        dialog = CatalogueDialog(kind, item, self)
        self.page.open_saving(dialog, lambda: self._save(kind, dialog))

    def _save(self, kind: str, dialog: CatalogueDialog) -> Save[None]:
        code, values, context = dialog.code(), dialog.values(), self.context
        now = context.now()
        setters: dict[str, Callable[..., None]] = {
            "packs": services.set_pack, "services": services.set_service,
            "complexities": services.set_complexity}
        setter = setters[kind]

        def saved(_none: None) -> None:
            self.page.say(self.tr("Catalogue enregistré\u00a0: {code}").format(code=code))
            context.events.announce(Topic.SETTINGS, Topic.JOURNAL)
            self._select = (kind, code)
            self.refresh()

        return Save(lambda: setter(context.db, context.actor, code, now=now, **values),
                    saved)
