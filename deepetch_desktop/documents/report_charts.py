"""The charts of a usage report in a PDF (issue 15), drawn with ReportLab's graphics: months
of stacked consumption, the basket's balance with purchases and expiries marked, each
sub-account's use of its limit. Given plain data and words already translated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from .fonts import REGULAR
from .formatting import quantity
from .pdf_style import ACCENT, MUTED, RULE, TEXT, make_styles, text

# Series colours (the window's charts too): distinct in hue and lightness, told apart in grey,
# readable on a light or a dark window; the last one is for « Autres ».
SERIES = ("#2f5fb3", "#d9822b", "#3a9a5b", "#8e5bb5", "#c0434a", "#5aa6c9", "#8a8f98")
GREEN = colors.HexColor("#1e7b34")
RED = colors.HexColor("#c0262d")
ORANGE = colors.HexColor("#b35900")
HEIGHT = 190.0
SIZE = 7.0


@dataclass(frozen=True)
class StackedMonths:
    title: str
    columns: tuple[str, ...]  # month labels
    series: tuple[str, ...]  # group names
    values: tuple[tuple[int, ...], ...]  # values[column][series]
    others: bool = False  # the last series is the rest put together (drawn grey)


@dataclass(frozen=True)
class BalanceOverTime:
    title: str
    start: date
    end: date
    opening: int
    points: tuple[tuple[date, int], ...]  # (day, balance at its end)
    marks: tuple[tuple[date, int], ...]  # (day, credits): + a purchase, − an expiry
    legend: tuple[str, str, str]  # the balance, a purchase, an expiry
    month_labels: tuple[tuple[date, str], ...]  # first days of months and their labels


@dataclass(frozen=True)
class LimitUses:
    title: str
    rows: tuple[tuple[str, int, int, str], ...]  # name, used, limit, « used / limit · share »


Chart = StackedMonths | BalanceOverTime | LimitUses


def chart_flowables(charts: Sequence[Chart], width: float) -> list[Flowable]:
    """Each chart under its title, kept on one page."""
    styles = make_styles()
    flowables: list[Flowable] = []
    for chart in charts:
        if isinstance(chart, StackedMonths):
            drawing = stacked_months(chart, width)
        elif isinstance(chart, BalanceOverTime):
            drawing = balance_over_time(chart, width)
        else:
            drawing = limit_uses(chart, width)
        flowables.append(KeepTogether([Spacer(1, 14), Paragraph(text(chart.title),
                                                                 styles.heading), drawing]))
    return flowables


def _label(x: float, y: float, words: str, *, anchor: str = "start", colour: object = TEXT,
           size: float = SIZE) -> String:
    return String(x, y, words, fontName=REGULAR, fontSize=size, fillColor=colour,
                  textAnchor=anchor)


def _legend(drawing: Drawing, entries: Sequence[tuple[str, object]], y: float) -> None:
    x = 0.0
    for name, colour in entries:
        drawing.add(Rect(x, y, 7, 7, fillColor=colour, strokeColor=None))
        drawing.add(_label(x + 10, y + 0.5, name))
        x += 10 + stringWidth(name, REGULAR, SIZE) + 14


def stacked_months(chart: StackedMonths, width: float) -> Drawing:
    drawing = Drawing(width, HEIGHT)
    last = len(chart.series) - 1
    colours = [colors.HexColor(SERIES[-1] if chart.others and n == last
                               else SERIES[n % (len(SERIES) - 1)])
               for n in range(len(chart.series))]
    _legend(drawing, list(zip(chart.series, colours, strict=True)), HEIGHT - 9)
    totals = [sum(row) for row in chart.values]
    bottom, top_y = 22.0, HEIGHT - 32
    drawing.add(Line(0, bottom, width, bottom, strokeColor=RULE, strokeWidth=0.5))
    if not totals or max(totals) <= 0:
        return drawing
    top = max(totals)
    slot = width / len(chart.columns)
    bar = min(slot * 0.62, 34.0)
    for number, (label, row) in enumerate(zip(chart.columns, chart.values, strict=True)):
        centre = slot * number + slot / 2
        y = bottom
        for colour, value in zip(colours, row, strict=True):
            height = (top_y - bottom) * value / top
            if height > 0:
                drawing.add(Rect(centre - bar / 2, y, bar, height, fillColor=colour,
                                 strokeColor=None))
                y += height
        if totals[number]:
            drawing.add(_label(centre, y + 3, quantity(totals[number]), anchor="middle"))
        drawing.add(_label(centre, bottom - 10, label, anchor="middle", colour=MUTED))
    return drawing


def balance_over_time(chart: BalanceOverTime, width: float) -> Drawing:
    drawing = Drawing(width, HEIGHT)
    _legend(drawing, [(chart.legend[0], ACCENT), ("▲ " + chart.legend[1], GREEN),
                      ("▼ " + chart.legend[2], RED)], HEIGHT - 9)
    points = [(chart.start, chart.opening), *chart.points]
    top = nice_top(max(value for _, value in points))
    left, bottom, right, top_y = 38.0, 16.0, width - 4, HEIGHT - 26
    days = max((chart.end - chart.start).days + 1, 1)

    def x_of(day: date) -> float:
        return left + (right - left) * (day - chart.start).days / days

    def y_of(value: int) -> float:
        return bottom + (top_y - bottom) * max(value, 0) / top

    for step in range(5):
        value = top * step // 4
        drawing.add(Line(left, y_of(value), right, y_of(value), strokeColor=RULE,
                         strokeWidth=0.4))
        drawing.add(_label(left - 4, y_of(value) - 2.5, quantity(value), anchor="end",
                           colour=MUTED))
    free_from = left
    for day, label in chart.month_labels:
        x, label_width = x_of(day), stringWidth(label, REGULAR, SIZE)
        if x >= free_from and x + label_width <= width:
            drawing.add(_label(x + 1, bottom - 10, label, colour=MUTED))
            free_from = x + label_width + 6
    steps: list[float] = [x_of(points[0][0]), y_of(points[0][1])]
    for day, value in points[1:]:
        x = x_of(day)
        steps += [x, steps[-1], x, y_of(value)]
    steps += [right, steps[-1]]
    drawing.add(PolyLine(steps, strokeColor=ACCENT, strokeWidth=1.2))
    for day, credits in chart.marks:
        bought, x = credits > 0, x_of(day)
        colour = GREEN if bought else RED
        drawing.add(Line(x, bottom, x, top_y, strokeColor=colour, strokeWidth=0.5,
                         strokeDashArray=[2, 2]))
        y = top_y if bought else bottom
        side = -5 if bought else 5
        drawing.add(Polygon([x - 3.5, y + side, x + 3.5, y + side, x, y],
                            fillColor=colour, strokeColor=None))
        words = ("+" if bought else "−") + quantity(abs(credits))
        anchor = "start" if x + 40 < right else "end"
        drawing.add(_label(x + (6 if anchor == "start" else -6),
                           y - 10 if bought else y + 4, words, anchor=anchor, colour=colour))
    return drawing


def limit_uses(chart: LimitUses, width: float) -> Drawing:
    row_height = 13.0
    drawing = Drawing(width, max(row_height * len(chart.rows), row_height) + 4)
    name_width, text_width = width * 0.25, width * 0.32
    bar_width = width - name_width - text_width - 8
    for number, (name, used, limit, words) in enumerate(chart.rows):
        y = drawing.height - (number + 1) * row_height
        drawing.add(_label(0, y + 3, _fit(name, name_width - 6)))
        drawing.add(Rect(name_width, y + 2, bar_width, 7, fillColor=colors.HexColor("#e3e7ee"),
                         strokeColor=None))
        share = used * 100 // limit
        colour = RED if share >= 100 else ORANGE if share >= 80 else ACCENT
        drawing.add(Rect(name_width, y + 2, bar_width * min(used / limit, 1.0), 7,
                         fillColor=colour, strokeColor=None))
        drawing.add(_label(name_width + bar_width + 8, y + 3, _fit(words, text_width)))
    return drawing


def _fit(words: str, width: float) -> str:
    if stringWidth(words, REGULAR, SIZE) <= width:
        return words
    while words and stringWidth(words + "…", REGULAR, SIZE) > width:
        words = words[:-1]
    return words + "…"


def nice_top(value: int) -> int:
    """A scale's top: `value` rounded up to 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 1
    power = 10 ** (len(str(value)) - 1)
    for factor in (1, 2, 5, 10):
        if value <= factor * power:
            return factor * power
    return 10 * power


def month_starts(start: date, end: date) -> list[date]:
    """The first day of each month from `start` to `end` (`start` itself when it is one)."""
    day = date(start.year, start.month, 1)
    if day < start:
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    days = []
    while day <= end:
        days.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return days
