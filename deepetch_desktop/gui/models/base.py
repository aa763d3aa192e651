"""A generic read-only table model over a list of service values, described by columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a plain Python value to sort on
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole service value of the row
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3  # (used, limit) for the progress delegate
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4  # a status code for the status delegate


@dataclass(frozen=True)
class Column:
    """One column: its header, how to show a row, what to sort on, and how to align."""

    header: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any] | None = None
    numeric: bool = False
    searchable: bool = True
    progress: Callable[[Any], tuple[int, int | None]] | None = None
    status: Callable[[Any], str] | None = None
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """Rows are immutable service values; texts, sort keys and the search text are computed
    once per row when the rows arrive, so views, sorting and searching stay cheap."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[Any] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._haystacks: list[str] | None = None

    # --- what the pages use -------------------------------------------------------------

    def build_haystacks(self, rows: Sequence[Any]) -> list[str]:
        """The search text of each row; pure Python, so a loader may call it off-thread."""
        return [self._haystack(row) for row in rows]

    def set_rows(self, rows: Sequence[Any], haystacks: list[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)  # formatted lazily, for the rows shown
        self._haystacks = haystacks
        self.endResetModel()

    def replace_row(self, match: Callable[[Any], bool], row: Any) -> bool:
        """Put `row` in place of the first row `match` accepts; True when one was found."""
        for number, current in enumerate(self._rows):
            if match(current):
                self._rows[number] = row
                self._texts[number] = None
                if self._haystacks is not None:
                    self._haystacks[number] = self._haystack(row)
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))
                return True
        return False

    def row_value(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def haystacks(self) -> list[str]:
        if self._haystacks is None:
            self._haystacks = self.build_haystacks(self._rows)
        return self._haystacks

    def sort_keys(self, column: int) -> list[Any]:
        col = self._columns[column]
        if col.key is None:
            return [col.text(row).casefold() for row in self._rows]
        return [col.key(row) for row in self._rows]

    def column(self, column: int) -> Column:
        return self._columns[column]

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        col = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if col.numeric else LEFT)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        col = self._columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if col.numeric else LEFT)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(self._rows[row])
        if role == ROW_ROLE:
            return self._rows[row]
        if role == SORT_ROLE:
            return col.key(self._rows[row]) if col.key else self._text(row)[column]
        if role == PROGRESS_ROLE and col.progress is not None:
            return col.progress(self._rows[row])
        if role == STATUS_ROLE and col.status is not None:
            return col.status(self._rows[row])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- helpers --------------------------------------------------------------------------

    def _text(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            texts = tuple(col.text(self._rows[row]) for col in self._columns)
            self._texts[row] = texts
        return texts

    def _haystack(self, row: Any) -> str:
        return "\x1f".join(col.text(row) for col in self._columns if col.searchable).casefold()
