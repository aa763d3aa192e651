"""A table of service values that the database filters, sorts and hands over in blocks.

In the manner of anki's browser table (`qt/aqt/browser/table/model.py`): the model knows how
many rows match; rows arrive in blocks fetched off the GUI thread when the view first asks for
them, shown meanwhile as placeholders, then announced by `dataChanged`. A search or a sort is a
new query, also off the GUI thread; while one is running, newer requests wait and only the
latest runs, so fast typing never queues stale queries.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal

from ..worker import Runner
from .base import (
    LEFT,
    RIGHT,
    SERVED_ROLES,
    AnyIndex,
    Column,
    R,
    cell_data,
    header_data,
    row_texts,
)

BLOCK_ROWS = 200
MAX_BLOCKS = 50  # 10 000 rows kept; the blocks farthest from the last one asked are dropped
PLACEHOLDER = "…"
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


R_co = TypeVar("R_co", covariant=True)


class ResultPage(Protocol[R_co]):
    """What a fetch returns (services.SubAccountPage): how many match, and some of them."""

    @property
    def total(self) -> int: ...

    @property
    def rows(self) -> Sequence[R_co]: ...


@dataclass(frozen=True)
class Query:
    """What the database is asked: the words to find and the sort key."""

    search: str = ""
    sort: str = ""
    descending: bool = False


# (query, offset, limit) -> a page of rows, on a pool thread
Fetch = Callable[[Query, int, int], ResultPage[R]]


@dataclass
class _Block(Generic[R]):
    rows: Sequence[R]
    texts: list[tuple[str, ...] | None] = field(default_factory=list)


class PagedRowsModel(QAbstractTableModel, Generic[R]):
    """`total` rows; block n holds rows n*BLOCK_ROWS.. once fetched. `sort_keys[column]` is the
    key the fetch understands for that column (None: not sortable)."""

    count_changed = Signal(int)  # how many rows match, after each query
    loaded = Signal()  # a query's first rows are in
    failed = Signal(object)  # a fetch failed

    def __init__(self, columns: Sequence[Column[R]], sort_keys: Sequence[str | None],
                 fetch: Fetch[R], runner: Runner, initial: Query = Query(),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._sort_keys = tuple(sort_keys)
        self._fetch = fetch
        self._runner = runner
        self._query = initial  # what the rows shown answer
        self._latest = initial  # what was asked last
        self._waiting: tuple[Query, bool] | None = None  # (query, keep blocks) not yet started
        self._query_running = False
        self._total = 0
        self._blocks: dict[int, _Block[R]] = {}
        self._generation = 0  # bumped when the rows change; late blocks of older ones are dropped
        self._missing: set[int] = set()
        self._fetching: set[int] = set()
        self._last_block = 0
        self.ready = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._fetch_missing)

    # --- what the pages use -------------------------------------------------------------

    def set_search(self, text: str) -> None:
        self._ask(replace(self._latest, search=" ".join(text.split())))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._sort_keys) or self._sort_keys[column] is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._ask(replace(self._latest, sort=str(self._sort_keys[column]), descending=descending))

    def refresh(self) -> None:
        """Ask again (the data changed): the rows around the last ones shown are re-fetched."""
        self._ask(self._latest, force=True)

    def row_value(self, row: int) -> R | None:
        """The service value of `row`, or None while its block is not there yet."""
        block = self._blocks.get(row // BLOCK_ROWS)
        if block is None or not 0 <= row < self._total or row % BLOCK_ROWS >= len(block.rows):
            return None
        return block.rows[row % BLOCK_ROWS]

    def find_row(self, match: Callable[[R], bool]) -> int | None:
        """The first row already fetched that `match` accepts."""
        for number in sorted(self._blocks):
            for offset, value in enumerate(self._blocks[number].rows):
                if match(value):
                    return number * BLOCK_ROWS + offset
        return None

    def replace_row(self, match: Callable[[R], bool], value: R) -> bool:
        row = self.find_row(match)
        if row is None:
            return False
        block = self._blocks[row // BLOCK_ROWS]
        rows = list(block.rows)
        rows[row % BLOCK_ROWS] = value
        self._blocks[row // BLOCK_ROWS] = _Block(rows)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
        return True

    @property
    def query(self) -> Query:
        """The query the rows shown answer."""
        return self._query

    @property
    def busy(self) -> bool:
        """A query or a block is being fetched."""
        return self._query_running or bool(self._fetching)

    def is_empty(self) -> bool:
        return self.ready and self._total == 0 and not self._query.search

    # --- queries ------------------------------------------------------------------------

    def _ask(self, query: Query, force: bool = False) -> None:
        if query == self._latest and not force and (self.ready or self._query_running):
            return
        self._latest = query
        self._waiting = (query, query == self._query and self.ready)
        self._start_query()

    def _start_query(self) -> None:
        if self._query_running or self._waiting is None:
            return
        query, keep = self._waiting
        self._waiting = None
        self._query_running = True
        blocks = [0]
        if keep:  # the rows the view shows now, so that they do not blink
            blocks = sorted({0} | {n for n in (self._last_block, self._last_block + 1)
                                   if n * BLOCK_ROWS < self._total})
        fetch = self._fetch

        def work() -> list[ResultPage[R]]:
            return [fetch(query, number * BLOCK_ROWS, BLOCK_ROWS) for number in blocks]

        self._runner.run(work, lambda pages: self._query_done(query, blocks, pages),
                         self._query_failed, owner=self)

    def _query_done(self, query: Query, blocks: list[int], pages: list[ResultPage[R]]) -> None:
        self._query_running = False
        if self._waiting is not None:  # asked for something newer meanwhile: run that instead
            self._start_query()
            return
        total = pages[0].total
        fresh = {n: _Block(p.rows) for n, p in zip(blocks, pages, strict=True) if p.rows}
        self._generation += 1
        self._missing.clear()
        if query == self._query and total == self._total and self.ready:
            self._blocks = fresh  # same shape: new values in place, selection and scroll kept
            if total:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(total - 1, len(self._columns) - 1))
        else:
            self.beginResetModel()
            self._query, self._total, self._blocks = query, total, fresh
            self.endResetModel()
        self.ready = True
        self.count_changed.emit(total)
        self.loaded.emit()

    def _query_failed(self, error: BaseException) -> None:
        self._query_running = False
        self.failed.emit(error)
        self._start_query()

    # --- blocks on demand ---------------------------------------------------------------

    def _want(self, number: int) -> None:
        self._last_block = number
        if number not in self._fetching and number not in self._missing:
            self._missing.add(number)
            self._timer.start()  # once the view has asked for all it paints

    def _fetch_missing(self) -> None:
        wanted = sorted(self._missing - self._fetching)
        self._missing.clear()
        if not wanted or self._query_running:
            return  # the running query brings rows of its own, and the view will ask again
        self._fetching.update(wanted)
        query, generation, fetch = self._query, self._generation, self._fetch

        def work() -> list[ResultPage[R]]:
            return [fetch(query, number * BLOCK_ROWS, BLOCK_ROWS) for number in wanted]

        def failed(error: BaseException) -> None:
            self._fetching.difference_update(wanted)
            self.failed.emit(error)

        self._runner.run(work, lambda pages: self._blocks_done(generation, wanted, pages),
                         failed, owner=self)

    def _blocks_done(self, generation: int, numbers: list[int],
                     pages: list[ResultPage[R]]) -> None:
        self._fetching.difference_update(numbers)
        if generation != self._generation:
            return
        if any(page.total != self._total for page in pages):
            self.refresh()  # rows were added or removed meanwhile
            return
        last = len(self._columns) - 1
        for number, page in zip(numbers, pages, strict=True):
            self._blocks[number] = _Block(page.rows)
            top = number * BLOCK_ROWS
            bottom = min(self._total, top + len(page.rows)) - 1
            if bottom >= top:
                self.dataChanged.emit(self.index(top, 0), self.index(bottom, last))
        while len(self._blocks) > MAX_BLOCKS:
            del self._blocks[max(self._blocks, key=lambda n: abs(n - self._last_block))]

    # --- Qt -----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_data(self._columns, section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SERVED_ROLES:
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < self._total or not 0 <= column < len(self._columns):
            return None
        number = row // BLOCK_ROWS
        block = self._blocks.get(number)
        if block is None or row % BLOCK_ROWS >= len(block.rows):
            self._want(number)
            if role == Qt.ItemDataRole.DisplayRole:
                return PLACEHOLDER if column == 0 else ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(RIGHT if self._columns[column].numeric else LEFT)
            return None
        self._last_block = number
        offset = row % BLOCK_ROWS
        if not block.texts:
            block.texts = [None] * len(block.rows)
        texts = block.texts[offset]
        if texts is None:
            texts = block.texts[offset] = row_texts(self._columns, block.rows[offset])
        return cell_data(self._columns[column], block.rows[offset], texts[column], role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
