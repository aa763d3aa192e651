"""Journal: every administrative change, who made it and when."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from deepetch_desktop import services
from deepetch_desktop.services.results import AuditEntryView

from .. import labels
from ..changes import Topic
from ..context import AppContext
from ..models.tables import audit_model
from ..widgets import TableSection
from .base import Page


class JournalPage(Page):
    icon_name = "journal"
    shows = frozenset({Topic.JOURNAL})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Journal"), self.tr(
            "Chaque modification administrative, qui l'a faite et quand."), parent)
        self.model = audit_model(self)
        self.table = TableSection(
            self.model,
            lambda n: labels.count(n, self.tr("{n} entrée"), self.tr("{n} entrées")),
            self.tr("Le journal est vide\u00a0: il se remplit à chaque modification."),
            self.tr("Rechercher une action, une personne…"))
        self.table.show_order(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.set_column_widths([16, 16, 34, 40])
        self.body.addWidget(self.table)

    def refresh(self) -> None:
        context = self.context
        self.run(lambda: services.list_audit(context.db, context.actor, limit=2000), self._loaded)

    def _loaded(self, rows: list[AuditEntryView]) -> None:
        self.model.set_rows(rows)
        self.loaded = True

    def focus_search(self) -> None:
        self.table.search.setFocus()
