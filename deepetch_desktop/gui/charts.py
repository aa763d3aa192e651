"""A bar chart painted with QPainter: labelled bars, values above, the accent colour."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

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
