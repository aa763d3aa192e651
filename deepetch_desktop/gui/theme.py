"""The look: the system palette, one accent colour, the status colours, the style sheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from deepetch_desktop.resources_path import resource

ACCENT = QColor("#2f5fb3")
GREEN = QColor("#1e7b34")
ORANGE = QColor("#b35900")
RED = QColor("#c0262d")
GREY = QColor("#6b6f76")
NEUTRAL = QColor("#3d5a80")

STATUS_COLOURS: dict[str, QColor] = {
    "paid": GREEN,
    "active": GREEN,
    "issued": NEUTRAL,
    "sent": NEUTRAL,
    "partly_paid": NEUTRAL,
    "due_soon": ORANGE,
    "overdue": RED,
    "refused": RED,
    "cancelled": GREY,
    "suspended": GREY,
    "closed": GREY,
    "refunded": GREY,
    "done": GREEN,
}


def is_dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def level_colour(ratio_percent: int) -> QColor | None:
    """Orange from 80 %, red from 100 %; None below."""
    if ratio_percent >= 100:
        return RED
    if ratio_percent >= 80:
        return ORANGE
    return None


def apply_style(app: QApplication) -> None:
    """The application style sheet, with the accent colour filled in."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.Link, ACCENT)
    app.setPalette(palette)
    path = resource("styles", "app.qss")
    if path.exists():
        sheet = path.read_text(encoding="utf-8").replace("@accent", ACCENT.name())
        app.setStyleSheet(sheet)
