"""Look of the printed documents: DejaVu paragraph styles, colours, page furniture."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, TableStyle

from .fonts import BOLD, REGULAR, register_fonts

ACCENT = colors.HexColor("#1F3A5F")
LIGHT = colors.HexColor("#EEF2F7")
RULE = colors.HexColor("#C5CEDA")
MUTED = colors.HexColor("#5B6573")
TEXT = colors.HexColor("#1B1F24")
WHITE = colors.HexColor("#FFFFFF")

PAGE_MARGIN = 18 * mm
FOOTER_Y = 10 * mm


@dataclass(frozen=True)
class Styles:
    """Every paragraph style a document uses; all DejaVu, none from getSampleStyleSheet."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    mention: ParagraphStyle
    heading: ParagraphStyle
    seller_name: ParagraphStyle
    party_name: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    right: ParagraphStyle
    right_bold: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    total_label: ParagraphStyle
    total_value: ParagraphStyle
    grand_label: ParagraphStyle
    grand_value: ParagraphStyle
    footer: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()

    def style(name: str, size: float, *, bold: bool = False, **kw: Any) -> ParagraphStyle:
        kw.setdefault("textColor", TEXT)
        kw.setdefault("leading", round(size * 1.3, 1))
        return ParagraphStyle(
            name, fontName=BOLD if bold else REGULAR, fontSize=size, splitLongWords=True, **kw
        )

    return Styles(
        body=style("body", 9),
        small=style("small", 7.8),
        muted=style("muted", 7.8, textColor=MUTED),
        mention=style("mention", 7.8, textColor=MUTED, spaceAfter=1.2 * mm),
        heading=style("heading", 7.8, bold=True, textColor=ACCENT, spaceAfter=1.5 * mm),
        seller_name=style("seller_name", 13, bold=True, textColor=ACCENT, spaceAfter=1 * mm),
        party_name=style("party_name", 9.5, bold=True, spaceAfter=0.5 * mm),
        title=style("title", 22, bold=True, textColor=ACCENT, alignment=TA_RIGHT, leading=26),
        number=style("number", 11, bold=True, alignment=TA_RIGHT, spaceAfter=2.5 * mm),
        right=style("right", 8.5, alignment=TA_RIGHT),
        right_bold=style("right_bold", 8.5, bold=True, alignment=TA_RIGHT),
        cell=style("cell", 8.5),
        cell_right=style("cell_right", 8.5, alignment=TA_RIGHT),
        head=style("head", 8, bold=True, textColor=WHITE),
        head_right=style("head_right", 8, bold=True, textColor=WHITE, alignment=TA_RIGHT),
        total_label=style("total_label", 9, alignment=TA_LEFT),
        total_value=style("total_value", 9, alignment=TA_RIGHT),
        grand_label=style("grand_label", 10, bold=True, textColor=WHITE),
        grand_value=style("grand_value", 10, bold=True, textColor=WHITE, alignment=TA_RIGHT),
        footer=style("footer", 7, textColor=MUTED, alignment=TA_LEFT),
    )


NARROW_NBSP, NBSP = "\u202f", "\u00a0"


def text(value: str) -> str:
    """Paragraph markup for plain text: escaped, newlines kept as line breaks. ReportLab
    breaks lines at a narrow no-break space (U+202F, the French thousands separator and the
    space before ; ! ?) as at any space: it is drawn as a no-break space, which it keeps, so
    that « (10 000 crédits) » never ends a line on « (10 »."""
    lines = (line.strip() for line in value.replace(NARROW_NBSP, NBSP).splitlines())
    return "<br/>".join(escape(line) for line in lines if line)


def para(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


def labelled(label: str, value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(f"<b>{escape(label)}</b> {text(value)}", style)


class NumberedCanvas(Canvas):
    """A canvas that writes "Page n/total" once the total is known (pages are held back)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        register_fonts()
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self.saveState()
            self.setFont(REGULAR, 7)
            self.setFillColor(MUTED)
            width = self._pagesize[0]
            self.drawRightString(width - PAGE_MARGIN, FOOTER_Y, f"Page {self._pageNumber}/{total}")
            self.restoreState()
            super().showPage()
        super().save()


def draw_footer(canv: Canvas, footer: Paragraph) -> None:
    """Draw the running footer (identity of the document) above the page number line."""
    width = canv._pagesize[0] - 2 * PAGE_MARGIN
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    _, height = footer.wrap(width - 25 * mm, 30 * mm)
    top = FOOTER_Y + height + 1.5 * mm
    canv.line(PAGE_MARGIN, top + 1 * mm, PAGE_MARGIN + width, top + 1 * mm)
    footer.drawOn(canv, PAGE_MARGIN, FOOTER_Y - 0.6 * mm)
    canv.restoreState()


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Table style with our font forced (Table defaults to Helvetica) and no cell padding."""
    base: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    return TableStyle(base + commands)


def logo_image(path: str | None, box: tuple[float, float]) -> Image | None:
    """The logo scaled to fit `box` (width, height), or None if no file is configured."""
    if not path or not Path(path).is_file():
        return None
    with PILImage.open(path) as img:
        # Re-encode as RGB(A) PNG: the PDF/A output intent is sRGB, so no CMYK or palette image.
        alpha = "A" in img.getbands() or "transparency" in img.info
        converted = img.convert("RGBA" if alpha else "RGB")
        width, height = converted.size
        data = io.BytesIO()
        converted.save(data, format="PNG")
    data.seek(0)
    scale = min(box[0] / width, box[1] / height)
    logo = Image(data, width=width * scale, height=height * scale)
    logo.hAlign = "LEFT"
    return logo
