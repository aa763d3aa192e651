"""A generic read-only table model over a list of service values, described by columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")  # the service value a row shows (a SubAccountView, an InvoiceView...)

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a plain Python value to sort on
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole service value of the row
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3  # (used, limit) for the progress delegate
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4  # a status code for the status delegate


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, how to show a row, what to sort on, and how to align."""

    header: str
    text: Callable[[R], str]
    key: Callable[[R], Any] | None = None  # anything sortable: a number, a date, a tuple
    numeric: bool = False
    searchable: bool = True
    progress: Callable[[R], tuple[int, int | None]] | None = None
    status: Callable[[R], str] | None = None
    tooltip: Callable[[R], str] | None = None


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT, _LEFT = int(RIGHT), int(LEFT)
# The roles a cell answers; a view asks for a dozen per cell it paints, the rest get None at once.
SERVED_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP, int(ROW_ROLE), int(SORT_ROLE),
                          int(PROGRESS_ROLE), int(STATUS_ROLE)})


def cell_data(col: Column[R], value: R, text: str, role: int) -> Any:
    """What a cell of `col` shows for the row `value` (already formatted as `text`)."""
    if role == _DISPLAY:
        return text
    if role == _ALIGNMENT:
        return _RIGHT if col.numeric else _LEFT
    if role == _TOOLTIP and col.tooltip is not None:
        return col.tooltip(value)
    if role == ROW_ROLE:
        return value
    if role == SORT_ROLE:
        return col.key(value) if col.key else text
    if role == PROGRESS_ROLE and col.progress is not None:
        return col.progress(value)
    if role == STATUS_ROLE and col.status is not None:
        return col.status(value)
    return None


def header_data(columns: Sequence[Column[R]], section: int, orientation: Qt.Orientation,
                role: int) -> Any:
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
        return None
    col = columns[section]
    if role == Qt.ItemDataRole.DisplayRole:
        return col.header
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return int(RIGHT if col.numeric else LEFT)
    return None


def row_texts(columns: Sequence[Column[R]], value: R) -> tuple[str, ...]:
    return tuple(col.text(value) for col in columns)


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows are immutable service values; texts, sort keys and the search text are computed
    once per row when the rows arrive, so views, sorting and searching stay cheap."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[R] = []
        self._texts: list[tuple[str, ...] | None] = []
        self._haystacks: list[str] | None = None

    # --- what the pages use -------------------------------------------------------------

    def build_haystacks(self, rows: Sequence[R]) -> list[str]:
        """The search text of each row; pure Python, so a loader may call it off-thread."""
        return [self._haystack(row) for row in rows]

    def set_rows(self, rows: Sequence[R], haystacks: list[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)  # formatted lazily, for the rows shown
        self._haystacks = haystacks
        self.endResetModel()

    def replace_row(self, match: Callable[[R], bool], row: R) -> bool:
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

    def row_value(self, row: int) -> R:
        return self._rows[row]

    def is_empty(self) -> bool:
        """Nothing at all to show (not merely nothing matching a search)."""
        return not self._rows

    def rows(self) -> list[R]:
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

    def column(self, column: int) -> Column[R]:
        return self._columns[column]

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_data(self._columns, section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SERVED_ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        return cell_data(self._columns[column], self._rows[row], self._text(row)[column], role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- helpers --------------------------------------------------------------------------

    def _text(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            texts = row_texts(self._columns, self._rows[row])
            self._texts[row] = texts
        return texts

    def _haystack(self, row: R) -> str:
        return "\x1f".join(col.text(row) for col in self._columns if col.searchable).casefold()
