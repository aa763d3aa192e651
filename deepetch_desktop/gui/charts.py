"""Charts painted with QPainter (no QtCharts): a bar chart (labelled bars, values above, the
accent colour); for Rapports (issue 15) months of stacked consumption, the basket's balance
over time with its purchases and expiries, and each sub-account's use of its limit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from deepetch_desktop.documents.report_charts import SERIES, month_starts, nice_top

from . import fmt, theme


class BarChart(QWidget):
    """`set_data([(label, value), ...])`; values are whole numbers (credits)."""

    def __init__(self, parent: QWidget | None = None,
                 value_text: Callable[[int], str] = fmt.credits) -> None:
        super().__init__(parent)
        self._data: list[tuple[str, int]] = []
        self._value_text = value_text
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def set_data(self, data: Sequence[tuple[str, int]], empty_text: str = "") -> None:
        self._data = list(data)
        self._empty_text = empty_text
        self.setAccessibleDescription(
            "; ".join(f"{label} {self._value_text(value)}" for label, value in self._data))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(170)
        metrics = self.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(4, line + 6, -4, -(2 * line + 8))
        if not self._data or max(value for _, value in self._data) <= 0:
            painter.setPen(muted)
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self._empty_text)
            return
        top = max(value for _, value in self._data)
        slot = area.width() / len(self._data)
        bar_width = min(slot * 0.62, 56.0)
        axis = QColor(palette.color(QPalette.ColorRole.Mid))
        painter.setPen(axis)
        painter.drawLine(int(area.left()), int(area.bottom()), int(area.right()),
                         int(area.bottom()))
        for number, (label, value) in enumerate(self._data):
            centre = area.left() + slot * number + slot / 2
            height = area.height() * value / top if top else 0
            bar = QRectF(centre - bar_width / 2, area.bottom() - height, bar_width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.ACCENT)
            painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(text)
            value_rect = QRectF(centre - slot / 2, bar.top() - line - 2, slot, line)
            if value:
                painter.drawText(value_rect, int(Qt.AlignmentFlag.AlignCenter),
                                 self._value_text(value))
            painter.setPen(muted)
            label_rect = QRectF(centre - slot / 2, area.bottom() + 4, slot, 2 * line + 2)
            if metrics.horizontalAdvance(label) > slot - 6 and " " in label:
                label = "\n".join(label.rsplit(" ", 1))  # 'janv. 26' on two lines
            shown = "\n".join(metrics.elidedText(part, Qt.TextElideMode.ElideRight, int(slot))
                              for part in label.split("\n"))
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignHCenter
                                             | Qt.AlignmentFlag.AlignTop), shown)


# --- issue 15: stacked months, the basket's balance, limit use ----------------------------

def series_colour(number: int, others: bool = False) -> QColor:
    return QColor(SERIES[-1] if others else SERIES[number % (len(SERIES) - 1)])


def _muted(widget: QWidget) -> QColor:
    colour = QColor(widget.palette().color(QPalette.ColorRole.WindowText))
    colour.setAlpha(170)
    return colour


def _empty(widget: QWidget, painter: QPainter, text: str) -> None:
    painter.setPen(_muted(widget))
    painter.drawText(widget.rect(), int(Qt.AlignmentFlag.AlignCenter), text)


def _legend(widget: QWidget, painter: QPainter, entries: Sequence[tuple[str, QColor]],
            top: float) -> float:
    """Colour swatches and names in rows from `top`, wrapped to the width; the height used."""
    metrics = widget.fontMetrics()
    line = metrics.height()
    x, y = 4.0, top
    painter.setPen(widget.palette().color(QPalette.ColorRole.WindowText))
    for name, colour in entries:
        width = line * 0.8 + 6 + metrics.horizontalAdvance(name) + 16
        if x + width > widget.width() and x > 4:
            x, y = 4.0, y + line + 4
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(x, y + line * 0.15, line * 0.8, line * 0.7), 2, 2)
        painter.setPen(widget.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(x + line * 0.8 + 6, y, width, line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        x += width
    return y + line + 6 - top


class StackedBarChart(QWidget):
    """Columns (months) of stacked values (departments or services), a legend above,
    each column's total over it. `set_data(columns, series, values)`: `values[c][s]`."""

    def __init__(self, parent: QWidget | None = None,
                 value_text: Callable[[int], str] = fmt.credits) -> None:
        super().__init__(parent)
        self._columns: list[str] = []
        self._series: list[tuple[str, QColor]] = []
        self._values: list[list[int]] = []
        self._value_text = value_text
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)

    def set_data(self, columns: Sequence[str], series: Sequence[tuple[str, QColor]],
                 values: Sequence[Sequence[int]], empty_text: str = "") -> None:
        self._columns, self._series = list(columns), list(series)
        self._values = [list(row) for row in values]
        self._empty_text = empty_text
        self.setAccessibleDescription("; ".join(
            f"{column}: " + ", ".join(f"{name} {self._value_text(v)}"
                                      for (name, _), v in zip(self._series, row, strict=True)
                                      if v)
            for column, row in zip(self._columns, self._values, strict=True)))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        totals = [sum(row) for row in self._values]
        if not totals or max(totals) <= 0:
            _empty(self, painter, self._empty_text)
            return
        metrics = self.fontMetrics()
        line = metrics.height()
        legend = _legend(self, painter, self._series, 2)
        area = QRectF(self.rect()).adjusted(4, legend + line + 6, -4, -(2 * line + 8))
        top = max(totals)
        slot = area.width() / len(self._columns)
        bar_width = min(slot * 0.62, 56.0)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(int(area.left()), int(area.bottom()), int(area.right()),
                         int(area.bottom()))
        text, muted = self.palette().color(QPalette.ColorRole.WindowText), _muted(self)
        for number, (label, row) in enumerate(zip(self._columns, self._values, strict=True)):
            centre = area.left() + slot * number + slot / 2
            bottom = area.bottom()
            painter.setPen(Qt.PenStyle.NoPen)
            for (_, colour), value in zip(self._series, row, strict=True):
                height = area.height() * value / top
                if height <= 0:
                    continue
                painter.setBrush(colour)
                painter.drawRect(QRectF(centre - bar_width / 2, bottom - height, bar_width,
                                        height))
                bottom -= height
            if totals[number]:
                painter.setPen(text)
                painter.drawText(QRectF(centre - slot / 2, bottom - line - 2, slot, line),
                                 int(Qt.AlignmentFlag.AlignCenter),
                                 self._value_text(totals[number]))
            painter.setPen(muted)
            shown = label
            if metrics.horizontalAdvance(label) > slot - 6 and " " in label:
                shown = "\n".join(label.rsplit(" ", 1))
            painter.drawText(QRectF(centre - slot / 2, area.bottom() + 4, slot, 2 * line + 2),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             shown)


class BalanceChart(QWidget):
    """The basket's balance from `start` to `end` as a step line over the days, its scale on
    the left, purchases marked ▲ (green) and expiries ▼ (red) with their credits."""

    def __init__(self, parent: QWidget | None = None,
                 value_text: Callable[[int], str] = fmt.credits,
                 day_text: Callable[[date], str] = fmt.day) -> None:
        super().__init__(parent)
        self._start = self._end = date.today()
        self._points: list[tuple[date, int]] = []
        self._marks: list[tuple[date, int]] = []
        self._value_text = value_text
        self._day_text = day_text
        self._empty_text = ""
        self._legend: list[tuple[str, QColor]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(200)

    def set_data(self, start: date, end: date, opening: int,
                 points: Sequence[tuple[date, int]], marks: Sequence[tuple[date, int]],
                 legend: Sequence[tuple[str, QColor]] = (), empty_text: str = "") -> None:
        """`points`: (day, balance at its end), in order; `marks`: (day, credits) — positive
        a purchase, negative an expiry."""
        self._start, self._end = start, max(end, start)
        self._points = [(start, opening), *points]
        self._marks = list(marks)
        self._legend = list(legend)
        self._empty_text = empty_text
        self.setAccessibleDescription("; ".join(
            f"{self._day_text(day)} {self._value_text(value)}" for day, value in self._points))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        values = [value for _, value in self._points]
        if not values or (max(values) <= 0 and not self._marks):
            _empty(self, painter, self._empty_text)
            return
        metrics = self.fontMetrics()
        line = metrics.height()
        legend = _legend(self, painter, self._legend, 2) if self._legend else 0
        top = nice_top(max(values))
        scale_width = max(metrics.horizontalAdvance(self._value_text(top)), 20) + 8
        area = QRectF(self.rect()).adjusted(scale_width, legend + line + 4, -8,
                                            -(line + 10))
        days = max((self._end - self._start).days + 1, 1)

        def x_of(day: date) -> float:
            return area.left() + area.width() * (day - self._start).days / days

        def y_of(value: int) -> float:
            return area.bottom() - area.height() * max(value, 0) / top

        grid = QColor(self.palette().color(QPalette.ColorRole.Mid))
        muted = _muted(self)
        for step in range(5):  # the scale: 0, ¼, ½, ¾ and the top
            value = top * step // 4
            y = y_of(value)
            painter.setPen(grid)
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.setPen(muted)
            painter.drawText(QRectF(0, y - line / 2, scale_width - 6, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             self._value_text(value))
        free_from = area.left()  # the months below, each where it has room
        for label_day in month_starts(self._start, self._end):
            x = x_of(label_day)
            painter.setPen(grid)
            painter.drawLine(int(x), int(area.bottom()), int(x), int(area.bottom()) + 4)
            label = fmt.month_short(f"{label_day.year:04d}-{label_day.month:02d}")
            width = metrics.horizontalAdvance(label) + 4
            if x + 2 < free_from or x + 2 + width > self.width():
                continue
            painter.setPen(muted)
            painter.drawText(QRectF(x + 2, area.bottom() + 4, width, line),
                             int(Qt.AlignmentFlag.AlignLeft), label)
            free_from = x + 2 + width + 6
        path = QPainterPath(QPointF(x_of(self._points[0][0]), y_of(self._points[0][1])))
        for day, value in self._points[1:]:
            x = x_of(day)
            path.lineTo(x, path.currentPosition().y())
            path.lineTo(x, y_of(value))
        path.lineTo(area.right(), path.currentPosition().y())
        painter.setPen(QPen(theme.ACCENT, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        for day, credits in self._marks:
            bought = credits > 0
            colour = theme.GREEN if bought else theme.RED
            x = x_of(day)
            y = area.top() + 2 if bought else area.bottom() - 2
            size = line * 0.45
            tip = y + size if not bought else y
            triangle = QPolygonF([QPointF(x - size, tip + (size if bought else -size)),
                                  QPointF(x + size, tip + (size if bought else -size)),
                                  QPointF(x, tip)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon(triangle)
            painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            painter.setPen(colour)
            text = ("+" if bought else "−") + self._value_text(abs(credits))
            width = metrics.horizontalAdvance(text) + 4
            left = x + size + 2 if x + size + 2 + width <= area.right() else x - size - 2 - width
            painter.drawText(QRectF(left, (y if bought else y - line), width, line),
                             int(Qt.AlignmentFlag.AlignLeft), text)


class LimitUseChart(QWidget):
    """One row per sub-account: its name, a bar of its limit filled by what it used (orange
    from 80 %, red at 100 %), « used / limit (share) »."""

    def __init__(self, parent: QWidget | None = None,
                 value_text: Callable[[int], str] = fmt.credits) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, int, str]] = []
        self._value_text = value_text
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def set_data(self, rows: Sequence[tuple[str, int, int, str]], empty_text: str = "") -> None:
        """(name, used, limit, « used / limit · share · kind » as shown beside the bar)."""
        self._rows = list(rows)
        self._empty_text = empty_text
        self.setAccessibleDescription("; ".join(
            f"{name} {words}" for name, _, _, words in self._rows))
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def sizeHint(self) -> QSize:
        return QSize(520, max(120, self.row_height() * len(self._rows) + 8))

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._rows:
            _empty(self, painter, self._empty_text)
            return
        metrics = self.fontMetrics()
        line, height = metrics.height(), self.row_height()
        name_width = min(max(metrics.horizontalAdvance(n) for n, *_ in self._rows) + 12,
                         self.width() // 4)
        texts = [words for *_, words in self._rows]
        text_width = min(max(metrics.horizontalAdvance(t) for t in texts) + 12,
                         self.width() * 45 // 100)
        bar_left = name_width
        bar_width = max(self.width() - name_width - text_width - 8, 40)
        rows_shown = max(1, min(len(self._rows), (self.height() - 4) // height))
        text = self.palette().color(QPalette.ColorRole.WindowText)
        track = QColor(self.palette().color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        for number, ((name, used, limit, _), words) in enumerate(
                zip(self._rows[:rows_shown], texts, strict=False)):
            y = 4 + number * height
            painter.setPen(text)
            painter.drawText(QRectF(0, y, name_width - 8, height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                name_width - 8))
            bar = QRectF(bar_left, y + (height - line * 0.8) / 2, bar_width, line * 0.8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, 3, 3)
            share = min(used / limit, 1.0)
            painter.setBrush(theme.level_colour(used * 100 // limit) or theme.ACCENT)
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * share,
                                           bar.height()), 3, 3)
            painter.setPen(text)
            painter.drawText(QRectF(bar.right() + 8, y, text_width, height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(words, Qt.TextElideMode.ElideRight,
                                                text_width))
