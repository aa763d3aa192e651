"""Building blocks of every page: header with the primary action, cards, searchable tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .icons import icon
from .models.base import R, RowsModel
from .models.paged import PagedRowsModel
from .models.proxy import SearchProxyModel

SEARCH_DELAY_MS = 120
W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """`widget` with its object name set, for the style sheet (the stubs have no
    `objectName=` keyword)."""
    widget.setObjectName(name)
    return widget


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """A font relative to the system one, so a user's larger font setting still works."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


class PageHeader(QWidget):
    """Title, one line saying what the page is about, and the page's one primary button."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = named(QLabel(title), "pageTitle")
        self.title.setFont(scaled_font(self.title, 1.6, bold=True))
        self.subtitle = named(QLabel(subtitle), "pageSubtitle")
        self.subtitle.setWordWrap(True)
        texts.addWidget(self.title)
        texts.addWidget(self.subtitle)
        layout.addLayout(texts, 1)
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(8)
        layout.addLayout(self.actions_row)
        self.primary: QPushButton | None = None
        self.new_button: QPushButton | None = None  # what Ctrl+N clicks

    def add_primary(self, text: str, icon_name: str = "add", creates: bool = True) -> QPushButton:
        """The page's main action; Ctrl+N clicks it when it makes something new (`creates`:
        not « Exporter »)."""
        button = named(QPushButton(icon(icon_name, _white()), text), "primary")
        button.setDefault(False)
        self.actions_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.primary = button
        self.new_button = button if creates else None
        return button

    def add_button(self, text: str, icon_name: str | None = None) -> QPushButton:
        button = QPushButton(text)
        if icon_name:
            button.setIcon(icon(icon_name))
        if self.primary is not None:  # as tall as the primary button beside it
            button.setMinimumHeight(self.primary.sizeHint().height())
        self.actions_row.insertWidget(max(0, self.actions_row.count() - 1), button, 0,
                                      Qt.AlignmentFlag.AlignTop)
        return button


def _white() -> QColor:
    return QColor("white")


class Card(QFrame):
    """A framed box: small grey caption, large figure, a detail line under it; once
    `make_clickable`, a click (or Enter, Space) opens what it sums up."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clickable = False
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        self.caption = named(QLabel(caption), "cardCaption")
        self.value = named(QLabel("—"), "cardValue")
        self.value.setFont(scaled_font(self.value, 2.0, bold=True))
        self.detail = named(QLabel(""), "caption")
        self.detail.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "", colour: str | None = None) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")

    def make_clickable(self, what_it_opens: str) -> None:
        """A hand over it, reachable with Tab, and `what_it_opens` said as its tooltip and to
        screen readers ("Ouvrir les factures à régler")."""
        self._clickable = True
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(what_it_opens)
        self.setAccessibleName(self.caption.text())
        self.setAccessibleDescription(what_it_opens)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (self._clickable and event.button() == Qt.MouseButton.LeftButton
                and self.rect().contains(event.position().toPoint())):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                               Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class TableSection(QWidget, Generic[R]):
    """A search field that filters as you type, the row count, the table, and an empty state.

    Over a `RowsModel`, a `SearchProxyModel` searches and sorts in memory; a `PagedRowsModel`
    does both itself, in the database, and is then what the view shows (`self.proxy`)."""

    activated = Signal(object)  # the row's service value, on double-click or Enter
    selection_changed = Signal(object)  # the selected row's value or None

    def __init__(
        self,
        model: RowsModel[R] | PagedRowsModel[R],
        count_text: Callable[[int], str],
        empty_text: str,
        search_placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy: SearchProxyModel[R] | PagedRowsModel[R]
        if isinstance(model, PagedRowsModel):
            self.proxy = model
        else:
            self.proxy = SearchProxyModel[R](self)
            self.proxy.setSourceModel(model)
        self._count_text = count_text
        self._empty_text = empty_text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit(placeholderText=search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(search_placeholder)
        self.search.setMaximumWidth(360)
        self.search.setMinimumWidth(min(360, self.search.fontMetrics().horizontalAdvance(
            search_placeholder) + 48))  # the placeholder whole, room for the icons
        self.filters = QHBoxLayout()
        self.count = named(QLabel(""), "rowCount")
        bar.addWidget(self.search, 1)
        bar.addLayout(self.filters)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout.addLayout(bar)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(False)  # header clicks call sort() below, at our pace
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setStretchLastSection(True)
        if isinstance(model, PagedRowsModel):
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # the database's order
            model.dataChanged.connect(self._rows_arrived)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # no arrow until sorted
        header.sortIndicatorChanged.connect(self.proxy.sort)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        # A double click, or Enter on the selected row (QAbstractItemView says both).
        self.view.activated.connect(self._double_clicked)
        self.empty = named(QLabel(empty_text), "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        # Rows there are, but none that the search or the filters let through.
        self.no_match = named(QLabel(""), "emptyState")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.no_match)
        layout.addLayout(self._stack, 1)
        self.row_actions: list[QAction | None] = []
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.proxy.count_changed.connect(self._count_changed)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(lambda: self.selection_changed.emit(None))
        if getattr(self.proxy, "ready", True):
            self._count_changed(self.proxy.rowCount())

    def set_column_widths(self, widths: Sequence[int]) -> None:
        unit = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate(widths):
            self.view.setColumnWidth(column, chars * unit + 24)

    def set_stretch_column(self, column: int) -> None:
        """`column` takes the width left over (the others keep theirs)."""
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def set_delegate(self, column: int, delegate: QAbstractItemDelegate) -> None:
        self.view.setItemDelegateForColumn(column, delegate)

    def set_predicate(self, predicate: Callable[[R], bool] | None) -> None:
        """Show only the rows `predicate` accepts (the page's filters), in memory; a paged
        model filters in the database through its query instead."""
        if not isinstance(self.proxy, SearchProxyModel):
            raise TypeError("a paged table filters through its query")
        self.proxy.set_predicate(predicate)

    def selected(self) -> R | None:
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.row_value(rows[0].row()) if rows else None

    def select_where(self, match: Callable[[R], bool]) -> bool:
        row = self.proxy.find_row(match)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.proxy.index(row, 0))
        return True

    def _apply_search(self) -> None:
        self.proxy.set_search(self.search.text())

    def show_order(self, column: int, order: Qt.SortOrder) -> None:
        """The order the rows come in (newest first...), shown by the header's arrow."""
        self.view.horizontalHeader().setSortIndicator(column, order)

    def set_sortable(self, sortable: bool) -> None:
        """A short list in an order of its own (the closest to their limit): no arrow, and a
        click on a header does not sort it."""
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(sortable)
        header.setSectionsClickable(sortable)

    def _count_changed(self, count: int) -> None:
        self.count.setText(self._count_text(count))
        if self.model.is_empty():
            self._stack.setCurrentWidget(self.empty)
        elif count == 0 and getattr(self.proxy, "ready", True):
            self.no_match.setText(self._no_match_text())
            self._stack.setCurrentWidget(self.no_match)
        else:
            self._stack.setCurrentWidget(self.view)

    def _no_match_text(self) -> str:
        words = " ".join(self.search.text().split())
        if words:
            return self.tr("Aucun résultat pour «\u00a0{words}\u00a0». Effacez la recherche "
                           "pour tout revoir.").format(words=words)
        return self.tr("Aucune ligne ne correspond aux filtres choisis.")

    def _selection_changed(self) -> None:
        self.selection_changed.emit(self.selected())

    def _rows_arrived(self, top: QModelIndex, bottom: QModelIndex) -> None:
        """A selected placeholder row got its value: say so, as if it were selected now."""
        rows = self.view.selectionModel().selectedRows()
        if rows and top.row() <= rows[0].row() <= bottom.row():
            self._selection_changed()

    def _double_clicked(self, index: QModelIndex) -> None:
        self.activated.emit(self.proxy.row_value(index.row()))

    def _context_menu(self, position: QPoint) -> None:
        if not self.row_actions or self.selected() is None:
            return
        menu = QMenu(self)
        for action in self.row_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(position))


class ToolRow(QWidget):
    """A row of buttons for a page's secondary actions that fits any width: the buttons that
    do not fit go, in order, into the menu of a last button (« Plus »)."""

    def __init__(self, more_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.buttons: list[QPushButton] = []
        self._actions: list[QAction] = []
        self.more_menu = QMenu(self)
        self.more = QPushButton(more_text)
        self.more.setMenu(self.more_menu)
        self._layout.addWidget(self.more)
        self._layout.addStretch(1)

    def add_button(self, text: str, icon_name: str | None,
                   slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(icon(icon_name) if icon_name else QIcon(), text)
        button.clicked.connect(slot)
        return self.add(button)

    def add(self, button: QPushButton) -> QPushButton:
        """Put `button` at the end of the row; in the menu it clicks it."""
        self._layout.insertWidget(len(self.buttons), button)
        self.buttons.append(button)
        action = QAction(button.icon(), button.text(), self)
        action.setEnabled(button.isEnabled())
        action.triggered.connect(button.click)
        button.installEventFilter(self)  # its enabled state follows onto the menu's action
        self._actions.append(action)
        self._arrange(self.width())
        return button

    def hidden_buttons(self) -> list[QPushButton]:
        return [button for button in self.buttons if button.isHidden()]

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.more.sizeHint().width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.more.sizeHint().width(), self.more.sizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and watched in self.buttons:
            self._actions[self.buttons.index(watched)].setEnabled(
                watched.isEnabled())  # type: ignore[attr-defined]
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        spacing = self._layout.spacing()
        widths = [button.sizeHint().width() for button in self.buttons]
        shown = len(widths)
        if sum(widths) + spacing * max(0, shown - 1) > width:
            room = width - self.more.sizeHint().width() - spacing
            shown, used = 0, 0
            for button_width in widths:
                if used + button_width > room:
                    break
                used += button_width + spacing
                shown += 1
        self.more_menu.clear()
        for number, button in enumerate(self.buttons):
            button.setVisible(number < shown)
            if number >= shown:
                self.more_menu.addAction(self._actions[number])
        self.more.setVisible(shown < len(self.buttons))


class CardRow(QWidget):
    """Cards side by side, as many to a line as the width holds (all of them on a wide window,
    two or one to a line on a narrow one), each line sharing the width."""

    def __init__(self, cards: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = list(cards)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(12)
        self.columns = 0
        self._lay_out(len(self.cards))

    def _card_width(self) -> int:
        return max(card.minimumSizeHint().width() for card in self.cards)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self._card_width(), hint.height())

    def columns_for(self, width: int) -> int:
        step = self._card_width() + self._grid.spacing()
        return max(1, min(len(self.cards), (width + self._grid.spacing()) // max(1, step)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        columns = self.columns_for(event.size().width())
        if columns != self.columns:
            QTimer.singleShot(0, lambda: self._lay_out(self.columns_for(self.width())))

    def _lay_out(self, columns: int) -> None:
        if columns == self.columns:
            return
        for card in self.cards:
            self._grid.removeWidget(card)
        for column in range(max(self.columns, columns)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for number, card in enumerate(self.cards):
            self._grid.addWidget(card, number // columns, number % columns)
        self.columns = columns
