"""Floor: a bare one-page ReportLab PDF carrying an invoice's text.

Nothing of the project is imported. One A4 page drawn on a canvas with a standard font (not
embedded), the given lines one under the other, written to memory: what any PDF of that
invoice costs at least. The app's document adds embedded fonts, a table layout, the Factur-X
XML checked against its schema, PDF/A-3 metadata and an output intent (hence a target of 8x).
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def one_page(lines: list[str]) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setTitle(lines[0] if lines else "")
    text = canvas.beginText(50, A4[1] - 60)
    text.setFont("Helvetica", 10)
    for line in lines:
        text.textLine(line)
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
