"""Printing a PDF: through QtPdf when this PySide6 has it (PySide6-Essentials does not)."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QWidget


def qtpdf() -> Any | None:
    try:
        return importlib.import_module("PySide6.QtPdf")
    except ImportError:
        return None


def print_pdf(parent: QWidget, data: bytes, title: str) -> bool:
    """Render each page onto the printer chosen in a QPrintDialog; False when QtPdf is
    missing, so the caller falls back to the system viewer."""
    module = qtpdf()
    if module is None:
        return False
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = module.QPdfDocument(parent)
    document.load(buffer)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return True
    painter = QPainter(printer)
    page_rect = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    for page in range(document.pageCount()):
        if page:
            printer.newPage()
        image = document.render(page, page_rect.size())
        painter.drawImage(page_rect.topLeft(), image)
    painter.end()
    return True
