"""Printing invoices and reports (issue 13): the invoice's PDF pages rendered by PDFium and
painted on a QPrinter, here one that writes a PDF file, read back; the print previews paint
the same pages."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import NOW, click_sidebar, idle, select_row
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from deepetch_desktop import services
from deepetch_desktop.gui import printing
from deepetch_desktop.gui.printing import PdfPreviewDialog, page_count, paint_pdf
from deepetch_desktop.gui.report_output import ReportPreviewDialog
from deepetch_desktop.services import ADMINISTRATOR as ADMIN


def _to_file(printer: QPrinter, path: Path) -> QPrinter:
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _images(reader: PdfReader) -> int:
    count = 0
    for page in reader.pages:
        objects = page["/Resources"].get("/XObject", {})
        count += sum(1 for ref in objects.values() if ref.get_object()["/Subtype"] == "/Image")
    return count


def _invoice_pdf(db: Any) -> tuple[str, bytes]:
    invoice = next(i for i in services.list_invoices(db, ADMIN, NOW) if i.kind == "invoice")
    return invoice.number, services.invoice_pdf(db, ADMIN, invoice.number, NOW)


def test_an_invoice_printed_has_its_pages_as_images(qapp: Any, demo_db: Any,
                                                   tmp_path: Path) -> None:
    number, data = _invoice_pdf(demo_db)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert page_count(data) == pages >= 1
    output = tmp_path / "printed.pdf"
    assert paint_pdf(data, _to_file(printing.new_printer(number), output)) == pages
    printed = PdfReader(output)
    assert len(printed.pages) == pages
    assert _images(printed) == pages  # one image of each page, its whole surface
    assert printed.pages[0].mediabox.width > 500  # A4, not a thumbnail


def test_the_invoices_page_prints_the_selected_invoice(qtbot: Any, window: Any,
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "invoice.pdf"
    monkeypatch.setattr(printing, "ask_printer",
                        lambda parent, printer: bool(_to_file(printer, output)))
    click_sidebar(qtbot, window, 2)
    page = window.invoices
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=10_000)
    select_row(qtbot, page.table, lambda i: i.kind == "invoice")
    number = page.selected().number
    page.buttons["print"].click()
    qtbot.waitUntil(output.exists, timeout=10_000)
    idle(qtbot, window)
    expected = len(PdfReader(io.BytesIO(
        services.invoice_pdf(window.context.db, ADMIN, number, NOW))).pages)
    assert len(PdfReader(output).pages) == expected
    assert f"Facture {number} envoyée à l'imprimante" in window.statusBar().currentMessage()


def test_the_invoice_preview_shows_every_page(qtbot: Any, window: Any) -> None:
    click_sidebar(qtbot, window, 2)
    page = window.invoices
    qtbot.waitUntil(lambda: page.loaded and page.model.rowCount() > 0, timeout=10_000)
    select_row(qtbot, page.table, lambda i: i.kind == "invoice")
    page.buttons["preview"].click()
    qtbot.waitUntil(lambda: isinstance(page.dialog, PdfPreviewDialog), timeout=10_000)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.painted > 0, timeout=10_000)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None and preview.pageCount() == page_count(dialog.data)
    assert dialog.windowTitle().startswith("Aperçu avant impression")
    dialog.reject()


def test_the_report_preview_paints_the_table(qtbot: Any, window: Any, tmp_path: Path) -> None:
    window.show_page(window.pages.index(window.reports))
    reports = window.reports
    qtbot.waitUntil(lambda: reports.report is not None, timeout=10_000)
    table = reports.report_table()
    dialog = ReportPreviewDialog(table, window)
    qtbot.addWidget(dialog)
    output = tmp_path / "report.pdf"
    dialog.paintRequested.emit(_to_file(QPrinter(QPrinter.PrinterMode.HighResolution), output))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(output).pages)
    assert table.title in text and "Total" in text
    dialog.show()
    QApplication.processEvents()
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1, timeout=10_000)
    dialog.reject()
