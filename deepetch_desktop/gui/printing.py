"""Printing a PDF (an invoice, a report): its pages rendered to images by PDFium (pypdfium2)
and painted on a QPrinter, with a print preview (QPrintPreviewDialog) or straight to the
printer chosen in the print dialog. QtPrintSupport is in PySide6-Essentials; QtPdf is not."""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from .screen import available_area

# Sharp on paper without images of hundreds of megabytes (a printer may claim 1200 dpi).
MAX_DPI = 300
POINTS_PER_INCH = 72
_FORMATS = {1: QImage.Format.Format_Grayscale8, 3: QImage.Format.Format_RGB888,
            4: QImage.Format.Format_RGBA8888}


def page_count(data: bytes) -> int:
    document = pypdfium2.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def page_images(data: bytes, dpi: int) -> Iterator[QImage]:
    """Each page of the PDF `data` as an image at `dpi`, on white."""
    document = pypdfium2.PdfDocument(data)
    try:
        for page in document:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True,
                                 fill_color=(255, 255, 255, 255))
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           _FORMATS[bitmap.n_channels])
            yield image.copy()  # its own pixels: the bitmap's are freed with the page
            bitmap.close()
            page.close()
    finally:
        document.close()


def paint_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of `data` on `printer`, each scaled to fit its printable area and
    centred; the number of pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    area.moveTo(0, 0)  # the painter's origin is the printable area's corner
    dpi = max(72, min(MAX_DPI, printer.resolution()))
    painted = 0
    try:
        for image in page_images(data, dpi):
            if painted:
                printer.newPage()
            painter.drawImage(_fitted(image.size(), area), image)
            painted += 1
    finally:
        painter.end()
    return painted


def _fitted(size: QSize, area: QRect) -> QRect:
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(area.x() + (area.width() - scaled.width()) // 2,
                 area.y() + (area.height() - scaled.height()) // 2,
                 scaled.width(), scaled.height())


def preview_size(parent: QWidget | None) -> QSize:
    """Most of the screen: a page is read there (gui/screen.py keeps the frame on it)."""
    area = available_area(parent)
    return QSize(min(1000, area.width() * 9 // 10), area.height() * 9 // 10)


def new_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(False)
    return printer


class PdfPreviewDialog(QPrintPreviewDialog):
    """The print preview of a PDF: the pages as they will come out, zoom, page setup, and
    « Imprimer » to print them."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        self.target = new_printer(title)  # kept alive with the dialog
        super().__init__(self.target, parent)
        self.setWindowTitle(self.tr("Aperçu avant impression — {title}").format(title=title))
        self.data = data
        self.painted = 0
        self.resize(preview_size(parent))
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        self.painted = paint_pdf(self.data, printer)


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The system's print dialog over `printer`; False when cancelled."""
    dialog = QPrintDialog(printer, parent)
    return bool(dialog.exec() == QDialog.DialogCode.Accepted)


def print_pdf(parent: QWidget, data: bytes, title: str) -> int:
    """Print `data` on the printer chosen in the print dialog; the number of pages sent (0
    when cancelled)."""
    printer = new_printer(title)
    if not ask_printer(parent, printer):
        return 0
    return paint_pdf(data, printer)
