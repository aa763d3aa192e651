"""A Rapports table as a file (CSV, XLSX, PDF) or as a printed page.

`ReportTable` is built on the GUI thread from what the page shows; `export_bytes` and
`write_export` are pure and run on a pool thread; `print_table` paints a QTextDocument.
"""

from __future__ import annotations

import html
import importlib
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from deepetch_desktop.documents import report_files
from deepetch_desktop.documents.report_charts import Chart

from . import fmt
from .printing import new_printer, preview_size

if TYPE_CHECKING:  # the printing module may be missing from this Qt: see print_support
    from PySide6.QtPrintSupport import QPrinter

FORMATS = ("csv", "xlsx", "pdf")


def _t(text: str) -> str:
    return QCoreApplication.translate("report_output", text)


@dataclass(frozen=True)
class ReportTable:
    """What an export or a print holds: words already translated, numbers as ints.

    `data_rows` keep the service's keys ('2026-03') for spreadsheets; `shown_rows` carry the
    labels of the screen ('mars 2026') for the PDF and the printed page."""

    title: str
    subtitle: str
    headers: tuple[str, ...]
    data_rows: tuple[tuple[object, ...], ...]
    shown_rows: tuple[tuple[object, ...], ...]
    total: tuple[object, ...]
    names: int = 1  # the first columns hold names (one per level), the others numbers:
    # ints (credits, tasks) or Decimal euros
    charts: tuple[Chart, ...] = ()  # drawn in the PDF after the table (issue 15)


def shown_number(value: object) -> str:
    if isinstance(value, Decimal):
        return fmt.money(int(value * 100))
    return fmt.credits(value) if isinstance(value, int) else str(value)


def export_format(path: str) -> str | None:
    """'csv', 'xlsx' or 'pdf' from the file name's extension; None for anything else."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def file_name(title: str, start: date, end: date) -> str:
    """'consommation-par-sous-compte-20260101-20261120.xlsx' for a report so titled."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = "-".join("".join(c if c.isalnum() else " " for c in plain.lower()).split())
    return f"{slug}-{start:%Y%m%d}-{end:%Y%m%d}.xlsx"


def export_bytes(table: ReportTable, kind: str) -> bytes:
    if kind == "csv":
        return report_files.to_csv(table.headers, table.data_rows)
    if kind == "xlsx":
        return report_files.to_xlsx(table.title, table.headers, table.data_rows)
    if kind == "pdf":
        return report_files.to_pdf(table.title, table.subtitle, table.headers,
                                   [*table.shown_rows, table.total], names=table.names,
                                   charts=table.charts)
    raise ValueError(f"unknown export format: {kind}")


def write_export(table: ReportTable, path: Path) -> Path:
    """Build the file its extension names and write it (off the GUI thread)."""
    kind = export_format(str(path))
    if kind is None:
        raise ValueError(f"unknown export format: {path.suffix}")
    path.write_bytes(export_bytes(table, kind))
    return path


def table_html(table: ReportTable) -> str:
    """The table as simple HTML for a QTextDocument: numbers right-aligned, a bold total."""

    def cells(row: tuple[object, ...], tag: str = "td") -> str:
        first = "".join(f"<{tag} align='left'>{html.escape(str(name))}</{tag}>"
                        for name in row[:table.names])
        rest = "".join(f"<{tag} align='right'>{html.escape(shown_number(value))}</{tag}>"
                       for value in row[table.names:])
        return f"<tr>{first}{rest}</tr>"

    head = "".join(
        f"<th align='{'left' if n < table.names else 'right'}'>{html.escape(h)}</th>"
        for n, h in enumerate(table.headers))
    body = "".join(cells(row) for row in table.shown_rows)
    total = cells(table.total).replace("<td", "<td style='font-weight:600'")
    return (f"<h2>{html.escape(table.title)}</h2><p>{html.escape(table.subtitle)}</p>"
            "<table width='100%' cellspacing='0' cellpadding='4' border='0'>"
            f"<thead><tr style='background:#e8edf6'>{head}</tr></thead>"
            f"<tbody>{body}{total}</tbody></table>")


def print_support() -> Any | None:
    """PySide6.QtPrintSupport, or None when this Qt has no printing module."""
    try:
        return importlib.import_module("PySide6.QtPrintSupport")
    except ImportError:
        return None


def print_table(table: ReportTable, printer: QPrinter) -> None:
    """Lay the table out on `printer` (a QPrinter already chosen in the print dialog)."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(table_html(table))
    document.print_(printer)


def no_printing_reason() -> str:
    return _t("L'impression n'est pas disponible sur ce poste\u00a0: exportez le rapport en PDF "
              "et imprimez-le depuis votre lecteur PDF.")


class ReportPreviewDialog(QPrintPreviewDialog):
    """The print preview of a report's table; its « Imprimer » prints it."""

    def __init__(self, table: ReportTable, parent: QWidget | None = None) -> None:
        self.target = new_printer(table.title)  # kept alive with the dialog
        super().__init__(self.target, parent)
        self.setWindowTitle(_t("Aperçu avant impression — {title}").format(title=table.title))
        self.resize(preview_size(parent))
        self.paintRequested.connect(lambda printer: print_table(table, printer))
