"""Monochrome SVG icons from resources/icons/, tinted with the palette's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from deepetch_desktop.resources_path import resource

SIZES = (16, 20, 24, 32)


@cache
def _svg(name: str) -> str:
    path = resource("icons", f"{name}.svg")
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _pixmap(svg: str, colour: QColor, size: int, ratio: float) -> QPixmap:
    data = QByteArray(svg.replace("currentColor", colour.name()).encode())
    renderer = QSvgRenderer(data)
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon `name`, in `colour` or else the palette's text colour (disabled: greyed)."""
    svg = _svg(name)
    if not svg:
        return QIcon()
    palette = QGuiApplication.palette()
    normal = colour or palette.color(QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_pixmap(svg, normal, size, ratio), QIcon.Mode.Normal)
        result.addPixmap(_pixmap(svg, disabled, size, ratio), QIcon.Mode.Disabled)
    return result
