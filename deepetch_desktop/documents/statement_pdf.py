"""A chargeback statement (relevé de refacturation, issue 15) as an A4 PDF in the invoices'
style: what a department or a sub-account consumed over a period, its credits and their value
excl. VAT (FIFO over the batches), the limits and their use, then the tasks one by one."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from . import formatting as fmt
from .fonts import REGULAR
from .pdf_style import (
    ACCENT,
    LIGHT,
    PAGE_MARGIN,
    RULE,
    NumberedCanvas,
    Styles,
    draw_footer,
    make_styles,
    para,
    table_style,
    text,
)

CREATOR = "Deepetch Desktop"
CONTENT_WIDTH = A4[0] - 2 * PAGE_MARGIN


@dataclass(frozen=True)
class StatementLine:
    """A line of the summary: a sub-account (a department's statement) or a service (a
    sub-account's), with its limit and its use when it is a sub-account that has one."""

    name: str
    tasks: int
    credits: int
    value_cents: int
    limit: str = ""  # « 1 500 par mois », « 5 000 au total », "" without a limit
    use: str = ""  # « 1 234 (82 %) »


@dataclass(frozen=True)
class StatementTaskLine:
    day: date
    number: int
    sub_account: str
    service: str
    title: str
    credits: int


@dataclass(frozen=True)
class StatementDocument:
    company: str
    company_address: str
    kind: str  # « Service » (a department) or « Sous-compte »
    name: str
    start: date
    end: date
    issued_on: date
    line_heading: str  # « Sous-compte » or « Service »
    lines: tuple[StatementLine, ...]
    tasks: tuple[StatementTaskLine, ...]
    total_tasks: int
    total_credits: int
    total_value_cents: int


def render_statement(doc: StatementDocument) -> bytes:
    st = make_styles()
    buf = io.BytesIO()
    title = f"Relevé de refacturation — {doc.name}"
    template = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN, topMargin=15 * mm,
        bottomMargin=22 * mm, title=title, author=doc.company,
        subject=f"{title}, du {fmt.day(doc.start)} au {fmt.day(doc.end)}", creator=CREATOR,
        producer=CREATOR, lang="fr-FR", initialFontName=REGULAR, initialFontSize=9,
        initialLeading=11)
    footer = Paragraph(text(f"Relevé de refacturation · {doc.kind} {doc.name} · du "
                            f"{fmt.day(doc.start)} au {fmt.day(doc.end)} · {doc.company}"),
                       st.footer)

    def on_page(canv: Canvas, _template: Any) -> None:
        draw_footer(canv, footer)

    frame = Frame(template.leftMargin, template.bottomMargin, template.width, template.height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    story: list[Flowable] = [
        _header(doc, st), Spacer(1, 7 * mm),
        para("Récapitulatif", st.heading), _summary(doc, st), Spacer(1, 4 * mm),
        KeepTogether([_totals(doc, st)]), Spacer(1, 3 * mm),
        para("Valeur hors taxes des crédits consommés, au prix d'achat des lots dont ils ont "
             "été tirés (le plus ancien d'abord).", st.muted),
        Spacer(1, 7 * mm), para("Détail des tâches", st.heading), _tasks(doc, st)]
    template.build(story, canvasmaker=NumberedCanvas)
    return buf.getvalue()


def _header(doc: StatementDocument, st: Styles) -> Table:
    left = [para(fmt.clipped(doc.company, 80, 2), st.seller_name),
            para(fmt.clipped(doc.company_address, 200), st.body)]
    dates = [[para("Période", st.right),
              para(f"du {fmt.day(doc.start)} au {fmt.day(doc.end)}", st.right_bold)],
             [para("Établi le", st.right), para(fmt.day(doc.issued_on), st.right_bold)]]
    date_table = Table(dates, colWidths=[30 * mm, 50 * mm], hAlign="RIGHT")
    date_table.setStyle(table_style([("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    right = [para("RELEVÉ", st.title), para(f"{doc.kind}\u00a0: {doc.name}", st.number),
             date_table]
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.55])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _grid(rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, LIGHT]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 1.4 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * mm),
    ]))
    return table


def _summary(doc: StatementDocument, st: Styles) -> Table:
    rows: list[list[Any]] = [[para(doc.line_heading, st.head), para("Tâches", st.head_right),
                              para("Crédits", st.head_right), para("Valeur HT", st.head_right),
                              para("Limite", st.head_right), para("Utilisé", st.head_right)]]
    for line in doc.lines:
        rows.append([para(fmt.clipped(line.name, 120, 2), st.cell),
                     para(fmt.quantity(line.tasks), st.cell_right),
                     para(fmt.quantity(line.credits), st.cell_right),
                     para(fmt.money(line.value_cents), st.cell_right),
                     para(line.limit or "—", st.cell_right), para(line.use or "—", st.cell_right)])
    return _grid(rows, [52, 16, 22, 26, 30, 28])


def _totals(doc: StatementDocument, st: Styles) -> Table:
    rows = [[para("Tâches", st.total_label), para(fmt.quantity(doc.total_tasks), st.total_value)],
            [para("Crédits consommés", st.total_label),
             para(fmt.quantity(doc.total_credits), st.total_value)],
            [para("Total à refacturer HT", st.grand_label),
             para(fmt.money(doc.total_value_cents), st.grand_value)]]
    table = Table(rows, colWidths=[55 * mm, 36 * mm], hAlign="RIGHT")
    table.setStyle(table_style([
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, -1), (-1, -1), ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
    ]))
    return table


def _tasks(doc: StatementDocument, st: Styles) -> Flowable:
    if not doc.tasks:
        return para("Aucune tâche sur la période.", st.muted)
    rows: list[list[Any]] = [[para("Date", st.head), para("N°", st.head_right),
                              para("Sous-compte", st.head), para("Service", st.head),
                              para("Titre", st.head), para("Crédits", st.head_right)]]
    for task in doc.tasks:
        rows.append([para(fmt.day(task.day), st.cell), para(str(task.number), st.cell_right),
                     para(fmt.clipped(task.sub_account, 60, 2), st.cell),
                     para(fmt.clipped(task.service, 60, 2), st.cell),
                     para(fmt.clipped(task.title, 160, 3), st.cell),
                     para(fmt.quantity(task.credits), st.cell_right)])
    return _grid(rows, [23, 12, 33, 31, 55, 20])
