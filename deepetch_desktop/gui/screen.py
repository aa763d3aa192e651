"""Windows that fit the screen they open on: its available area (without the panels), a
window's frame included."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

FRAME = QSize(16, 40)  # a usual frame and title bar, around a window not yet mapped


def available_area(widget: QWidget | None = None) -> QRect:
    """The area not taken by panels of the screen `widget` is on (else the primary one)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def on_a_screen(rect: QRect) -> bool:
    """Whether `rect` lies on a screen still there (a monitor may have been unplugged)."""
    return any(screen.availableGeometry().contains(rect)
               for screen in QGuiApplication.screens())


def frame_extra(widget: QWidget) -> QSize:
    """What the window system's frame adds to the widget's size (a guess before mapping)."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return extra if extra.width() > 0 or extra.height() > 0 else FRAME


def fit_dialog(widget: QWidget) -> None:
    """Shrink `widget` (a top-level window) to the available area if it is larger, and move
    it so that its frame lies inside it."""
    area = available_area(widget.parentWidget() or widget)
    extra = frame_extra(widget)
    room = QSize(area.width() - extra.width(), area.height() - extra.height())
    if widget.width() > room.width() or widget.height() > room.height():
        widget.resize(widget.size().boundedTo(room))
    frame = widget.frameGeometry()
    left = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    top = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if (left, top) != (frame.left(), frame.top()):
        widget.move(QPoint(max(left, area.left()), max(top, area.top())))


class _FitDialogs(QObject):
    """Every dialog, message box included, is fitted to its screen as it shows (and once
    more when the window system has put its frame around it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) \
                and watched.isWindow():
            fit_dialog(watched)
            QTimer.singleShot(0, watched, lambda: fit_dialog(watched))
        return False


def fit_every_dialog(app: QApplication) -> None:
    """Install the application-wide fitting once."""
    if app.property("fitsDialogs"):
        return
    fitter = _FitDialogs(app)
    app.installEventFilter(fitter)
    app.setProperty("fitsDialogs", True)
