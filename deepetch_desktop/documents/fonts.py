"""The embedded DejaVu Sans fonts every PDF uses (PDF/A forbids the unembedded standard 14)."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources_path import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans regular and bold with ReportLab (idempotent); return their names.

    The family mapping makes ``<b>`` in Paragraph markup pick the bold face; italics map to the
    upright faces since we ship no oblique font (an unmapped italic would fall back to Helvetica).
    """
    registered = pdfmetrics.getRegisteredFontNames()
    for name, filename in _FILES.items():
        if name not in registered:
            path = resource("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"missing font resource: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
