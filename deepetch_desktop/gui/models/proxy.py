"""A cheap search-and-sort proxy: filtering and sorting are list operations in Python.

QSortFilterProxyModel calls back into Python once per row (filterAcceptsRow) or per
comparison (lessThan): about 100 ms per filter pass and seconds per sort on 100 000 rows,
on the GUI thread. Here the rows' search texts and sort keys are precomputed plain lists,
so a pass over 100 000 rows costs a few milliseconds and the view only asks for what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from .base import AnyIndex, R, RowsModel


class SearchProxyModel(QAbstractProxyModel, Generic[R]):
    """Rows of a `RowsModel` that contain every word typed, accepted by an optional
    predicate (the page's filters), in the order of the sorted column."""

    count_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._map: list[int] = []
        self._reverse: dict[int, int] | None = None
        self._words: list[str] = []
        self._predicate: Callable[[R], bool] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] | None = None  # all source rows in sort order, cached

    # --- configuration --------------------------------------------------------------------

    # Narrower than Qt's QAbstractItemModel on purpose: the proxy needs a RowsModel's lists.
    def setSourceModel(self, model: RowsModel[R]) -> None:  # type: ignore[override]
        old = self.sourceModel()
        if old is not None:
            old.modelReset.disconnect(self._on_source_reset)
            old.dataChanged.disconnect(self._on_source_data_changed)
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelReset.connect(self._on_source_reset)
        model.dataChanged.connect(self._on_source_data_changed)
        self._order = None
        self._map = self._compute()
        self._reverse = None
        self.endResetModel()
        self.count_changed.emit(len(self._map))

    def source(self) -> RowsModel[R]:
        model = self.sourceModel()
        if not isinstance(model, RowsModel):
            raise TypeError("SearchProxyModel needs a RowsModel")
        return model

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._words = words
            self._refilter()

    def set_predicate(self, predicate: Callable[[R], bool] | None) -> None:
        self._predicate = predicate
        self._refilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.sourceModel() is None:
            return
        self._sort_column, self._sort_order = column, order
        self._order = None
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.mapToSource(index) for index in persistent]
        self._map = self._compute()
        self._reverse = None
        self.changePersistentIndexList(persistent, [self.mapFromSource(s) for s in sources])
        self.layoutChanged.emit()

    def row_value(self, row: int) -> R:
        return self.source().row_value(self._map[row])

    def find_row(self, match: Callable[[R], bool]) -> int | None:
        """The first row shown that `match` accepts."""
        value = self.source().row_value
        return next((row for row, src in enumerate(self._map) if match(value(src))), None)

    # --- the computation ------------------------------------------------------------------

    def _compute(self) -> list[int]:
        source = self.source()
        count = source.rowCount()
        if self._order is None:
            self._order = list(range(count))
            if 0 <= self._sort_column < source.columnCount():
                keys = source.sort_keys(self._sort_column)
                reverse = self._sort_order == Qt.SortOrder.DescendingOrder
                self._order.sort(key=keys.__getitem__, reverse=reverse)
        rows: list[int] = self._order
        if self._words:
            haystacks = source.haystacks()
            first, *rest = self._words
            mask = bytearray(count)
            for number, hay in enumerate(haystacks):
                if first in hay and all(word in hay for word in rest):
                    mask[number] = 1
            rows = [number for number in rows if mask[number]]
        if self._predicate is not None:
            predicate, value = self._predicate, source.row_value
            rows = [number for number in rows if predicate(value(number))]
        return list(rows)

    def _refilter(self) -> None:
        if self.sourceModel() is None:
            return
        self.beginResetModel()
        self._map = self._compute()
        self._reverse = None
        self.endResetModel()
        self.count_changed.emit(len(self._map))

    def _on_source_reset(self) -> None:
        self._order = None
        self._refilter()

    def _on_source_data_changed(self, top: QModelIndex, bottom: QModelIndex,
                                roles: Sequence[int]) -> None:
        self._order = None  # keys may have changed; the current order stays until asked
        for source_row in range(top.row(), bottom.row() + 1):
            index = self.mapFromSource(self.source().index(source_row, 0))
            if index.isValid():
                last = self.index(index.row(), self.columnCount() - 1)
                self.dataChanged.emit(index, last)

    # --- Qt -------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._map)):
            return QModelIndex()
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    # The stubs merge QObject.parent() and QAbstractItemModel.parent(index) into overloads.
    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._map)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._map) and self.columnCount() > 0

    def sibling(self, row: int, column: int, index: AnyIndex) -> QModelIndex:
        return self.index(row, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._map):
                return str(section + 1)
            return None
        return self.source().headerData(section, orientation, role)

    def mapToSource(self, proxy: AnyIndex) -> QModelIndex:
        if not proxy.isValid() or proxy.row() >= len(self._map):
            return QModelIndex()
        return self.source().index(self._map[proxy.row()], proxy.column())

    def mapFromSource(self, source: AnyIndex) -> QModelIndex:
        if not source.isValid():
            return QModelIndex()
        if self._reverse is None:
            self._reverse = {src: row for row, src in enumerate(self._map)}
        row = self._reverse.get(source.row())
        return QModelIndex() if row is None else self.createIndex(row, source.column())

