"""Delegates: used / limit as a progress bar with its figures, statuses as coloured labels."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from . import fmt, theme
from .models.base import PROGRESS_ROLE, STATUS_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


def progress_text(used: int, limit: int | None) -> str:
    if limit is None:
        return fmt.credits(used)
    return f"{fmt.credits(used)} / {fmt.credits(limit)}"


def progress_percent(used: int, limit: int | None) -> int:
    if not limit:
        return 0
    return used * 100 // limit


class ProgressDelegate(QStyledItemDelegate):
    """'480 / 500' inside a bar filled to 96 %: accent, orange from 80 %, red from 100 %."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        used, limit = value
        style = option.widget.style() if option.widget else QApplication.style()
        # The (selection or alternate) background: the view's option has no text in it yet.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect.adjusted(6, 5, -6, -5))
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if limit is not None:
            track = QColor(palette.color(QPalette.ColorRole.Mid))
            track.setAlpha(70)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(rect, 4, 4)
            percent = progress_percent(used, limit)
            colour = QColor(theme.level_colour(percent) or theme.ACCENT)
            colour.setAlpha(150 if percent >= 80 else 90)
            filled = QRectF(rect)
            filled.setWidth(rect.width() * min(percent, 100) / 100)
            painter.setBrush(colour)
            painter.drawRoundedRect(filled, 4, 4)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        painter.setFont(option.font)
        text_rect = rect.toRect().adjusted(6, 0, -6, 0)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, int(align), progress_text(used, limit))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 130), hint.height())


class StatusDelegate(QStyledItemDelegate):
    """A status as a short label with a coloured dot and text (colour only for status)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        code = index.data(STATUS_ROLE)
        colour = theme.STATUS_COLOURS.get(code or "")
        if colour is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        height = metrics.height() + 4
        width = metrics.horizontalAdvance(text) + 22
        top = option.rect.top() + (option.rect.height() - height) // 2
        pill = QRect(option.rect.left() + 6, top, width, height)
        background = QColor(colour)
        background.setAlpha(40 if not theme.is_dark() else 90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(pill), height / 2, height / 2)
        painter.setBrush(colour)
        dot = metrics.height() // 3
        painter.drawEllipse(pill.left() + 7, pill.center().y() - dot // 2, dot, dot)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(QPalette.ColorRole.HighlightedText) if selected else (
            colour.lighter(160) if theme.is_dark() else colour.darker(115)
        )
        painter.setPen(text_colour)
        painter.drawText(
            pill.adjusted(12 + dot, 0, -6, 0), int(Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 28, hint.height() + 4)


