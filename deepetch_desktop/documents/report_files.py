"""A usage report as CSV, XLSX or PDF: given rows and already-translated labels."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import TypeGuard

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from .formatting import money, quantity
from .pdf_style import ACCENT, LIGHT, RULE, WHITE, make_styles, table_style, text
from .report_charts import Chart, chart_flowables

Row = Sequence[object]

SHEET_NAME_FORBIDDEN = str.maketrans({c: "-" for c in ":\\/?*[]"})
# What makes a spreadsheet read a text cell as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> TypeGuard[str]:
    """True for text a spreadsheet would evaluate; numbers, negative ones too, are never."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value: object) -> object:
    """A name such as '=HYPERLINK(...)' kept as text: a leading quote, as OWASP advises; euros
    (a Decimal) with a decimal comma, as the semicolons are for a French spreadsheet."""
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    return f"'{value}" if is_formula_like(value) else value


def to_csv(headers: Sequence[str], rows: Sequence[Row]) -> bytes:
    """Semicolon-separated UTF-8 with BOM: what a French spreadsheet opens correctly."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in (headers, *rows):
        writer.writerow([csv_cell(value) for value in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(title: str, headers: Sequence[str], rows: Sequence[Row]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    # A sheet's name: at most 31 characters, none of : \ / ? * [ ] (« au 31/12/2026 »)
    sheet.title = title.translate(SHEET_NAME_FORBIDDEN)[:31]
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    for line in sheet.iter_rows():
        for cell in line:
            if is_formula_like(cell.value):
                # openpyxl stores any text starting with '=' as a formula: make it a string
                # cell, value intact, and quote-prefixed so editing it in Excel keeps it text.
                cell.data_type = "s"
                cell.quotePrefix = True
    for column in sheet.columns:
        width = max(len(str(c.value or "")) for c in column)
        sheet.column_dimensions[column[0].column_letter].width = min(60, width + 2)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def to_pdf(title: str, subtitle: str, headers: Sequence[str], rows: Sequence[Row],
           names: int = 1, charts: Sequence[Chart] = ()) -> bytes:
    """A4 table whose first `names` columns are names, the others numbers (euros as a Decimal);
    every word is escaped, so a name holding '<a href=...>' prints as typed. `charts` follow
    the table (documents/report_charts.py)."""
    styles = make_styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=title, author="Deepetch Desktop",
                            initialFontName=styles.body.fontName)
    heading = ParagraphStyle("report_title", parent=styles.title, alignment=TA_LEFT)
    cells = [[Paragraph(plain(h), styles.head if i < names else styles.head_right)
              for i, h in enumerate(headers)]]
    for row in rows:
        cells.append([Paragraph(_number(v) if isinstance(v, int | Decimal) else plain(v),
                                styles.cell_right if isinstance(v, int | Decimal) else styles.cell)
                      for v in row])
    numbers = max(1, len(headers) - names)
    table = Table(cells, repeatRows=1, colWidths=[doc.width * 0.6 / names] * names + [
        doc.width * 0.4 / numbers] * numbers)
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("TEXTCOLOR", (0, 0), (-1, 0), WHITE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, LIGHT]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    doc.build([Paragraph(plain(title), heading), Paragraph(plain(subtitle), styles.muted),
               Spacer(1, 12), table, *chart_flowables(charts, doc.width)])
    return out.getvalue()


def _number(value: int | Decimal) -> str:
    return money(int(value * 100)) if isinstance(value, Decimal) else quantity(value)


def plain(value: object) -> str:
    """Paragraph markup that shows `value` as typed (escaped, line breaks kept)."""
    return text(str(value))
