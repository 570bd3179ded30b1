"""Charts: a `fzlib.report.pieces.Chart` laid out once as shapes, drawn as inline SVG for the page (fzlib.report.chart_images draws the same shapes as PNG for Word).

A bar chart (horizontal when it has many labels) or a line chart, in the report's palette, with
its value on each bar, axes with round ticks, and its unit beside the axis. It is plain Python over
the chart's few numbers: no plotting library is loaded by the notebook's kernel or the Word
document's process, and a page's eight charts take milliseconds, not the ≈0.6 s a plotting
library took to lay out their text twice.

Sizes are in CSS px of a 4.6-inch chart and chosen for phones: the page scales a chart to the
screen's width, so text is drawn large enough (11 pt) to stay at least 11 px on a 390 px screen.
Text widths are estimated from the font's proportions (a Chinese character is one em, a digit or
Latin letter a little over half), with room to spare. Labels are text, never markup: "$x$" is
drawn as written. The SVG is the same bytes for the same chart and holds no id, so charts never
collide on a page.
"""

from __future__ import annotations

import html
import math
import unicodedata
from dataclasses import dataclass

from fzlib.fmt import round_half_up
from fzlib.report.pieces import Chart

PALETTE = ["#1f5f8b", "#c0392b", "#2e8b57", "#d4a017", "#7d3c98", "#5d6d7e", "#e67e22", "#17a589"]
WIDTH_IN = 4.6  # chart width: the page shows it at its own width at most, narrower on a phone
TEXT_PT = 11  # every label; the title a little larger
PX = 96  # CSS pixels per inch
TEXT = TEXT_PT * 4 / 3  # px
TITLE = (TEXT_PT + 1) * 4 / 3
INK = "#262626"
AXIS = "#333333"
GRID = "#e6e6e6"
TICK = 4  # px, outward
GAP = 6  # px between a tick and its label, a bar and its value
FONT_STYLE = "font-family: FzlibCJK, sans-serif"  # the page's embedded subset (fzlib.report.font)


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str = PALETTE[0]


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str = AXIS
    width: float = 1


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # the baseline
    text: str
    anchor: str = "middle"  # start, middle or end (SVG's words)
    size: float = TEXT


@dataclass(frozen=True)
class Polyline:
    points: tuple[tuple[float, float], ...]
    color: str = PALETTE[0]
    width: float = 2


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    r: float = 3.5
    fill: str = PALETTE[0]


@dataclass(frozen=True)
class Layout:
    """A chart as shapes on a `width` × `height` px canvas, in drawing order."""

    width: int
    height: int
    shapes: tuple


def text_width(text: str, size: float = TEXT) -> float:
    """Estimated width of a text in px: a Chinese character one em, anything else 0.6 em."""
    return sum(size if unicodedata.east_asian_width(c) in "WF" else 0.6 * size for c in text)


def nice_ticks(top: float, room: float) -> list[float]:
    """Round tick values from 0 up to `top`, at most `room` intervals, each 1, 2, 2.5 or 5 times a
    power of ten (and never below 1 on an axis reaching 1: counts have no half steps)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / max(room, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 2.5, 5, 10) if s * power >= raw)
    if step < 1 and top >= 1:
        step = 1
    count = int(top / step + 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def fit(text: str, room: float, size: float = TEXT) -> str:
    """A label cut to `room` px with an ellipsis when it is longer (the table beside the chart has it whole)."""
    if text_width(text, size) <= room:
        return text
    while text and text_width(text + "…", size) > room:
        text = text[:-1]
    return text + "…"


def _values(chart: Chart) -> list[float]:
    """The values as drawn: a bar or point below zero, or not a number, sits at 0."""
    out = []
    for v in chart.values:
        try:
            f = float(v)
        except (TypeError, ValueError):  # pandas' NA, a text
            f = 0.0
        out.append(f if math.isfinite(f) and f > 0 else 0.0)
    return out


def _num(value: float) -> str:
    """A tick or a bar's value: 250; 2.5 and 97.8 (a rate) with their first decimal, rounded
    half-up as every rate of the report is (fzlib.fmt)."""
    value = round_half_up(value, 1)
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def layout(chart: Chart) -> Layout:
    """The chart's shapes: title, grid, bars or line, axes with their ticks and labels, the unit."""
    width = round(WIDTH_IN * PX)
    if chart.kind == "line":
        height, shapes = _line_chart(chart, width)
    elif chart.horizontal or not _upright_labels_fit(chart, width):
        height, shapes = _horizontal_bars(chart, width)
    else:
        height, shapes = _vertical_bars(chart, width)
    title = Text(width / 2, TITLE, fit(chart.title, width - 2 * GAP, TITLE), size=TITLE)
    return Layout(width, round(height), (title, *shapes))


def _value_axis_left(top: float, left: float, plot_top: float, plot_bottom: float, right: float):
    """The value axis on the left: (light grid lines, the axes with ticks and their labels, px per unit)."""
    ticks = nice_ticks(top, (plot_bottom - plot_top) / (TEXT * 2.2))
    scale = (plot_bottom - plot_top) / top
    grid, axis = [], []
    for t in ticks:
        y = plot_bottom - t * scale
        if t:
            grid.append(Line(left, y, right, y, GRID))
        axis.append(Line(left - TICK, y, left, y))
        axis.append(Text(left - TICK - GAP / 2, y + TEXT * 0.35, _num(t), "end"))
    axis.append(Line(left, plot_top, left, plot_bottom))
    axis.append(Line(left, plot_bottom, right, plot_bottom))
    return grid, axis, scale


def _y_margin(chart: Chart, top: float) -> float:
    """Room left of the value axis: the longest tick label, then the unit (written upright)."""
    labels = [_num(t) for t in nice_ticks(top, 6)]
    return max(text_width(s) for s in labels) + TICK + GAP + (text_width(chart.unit) + GAP * 2 if chart.unit else GAP)


def _unit_left(chart: Chart, plot_top: float, plot_bottom: float) -> list:
    return [Text(GAP, (plot_top + plot_bottom) / 2, chart.unit, "start")] if chart.unit else []


def _upright_labels_fit(chart: Chart, width: int) -> bool:
    """Whether every label fits under its upright bar: four bars of 行政执法人员 and 初任公务员 had shown 行政执法人…,
    which lying bars give the room to say whole."""
    top = max(max(_values(chart), default=0) * 1.15, 1)
    slot = (width - GAP - _y_margin(chart, top)) / max(len(chart.labels), 1)
    return all(text_width(str(label)) <= slot - GAP for label in chart.labels)


def _vertical_bars(chart: Chart, width: int) -> tuple[float, list]:
    height = 2.9 * PX
    values = _values(chart)
    top = max(max(values, default=0) * 1.15, 1)
    left = _y_margin(chart, top)
    right = width - GAP
    plot_top, plot_bottom = TITLE * 2.2, height - TEXT * 2
    grid, axis, scale = _value_axis_left(top, left, plot_top, plot_bottom, right)
    slot = (right - left) / max(len(values), 1)
    bars = []
    for i, (label, value) in enumerate(zip(chart.labels, values)):
        x = left + slot * (i + 0.5)
        bar = slot * 0.7
        y = plot_bottom - value * scale
        bars.append(Rect(x - bar / 2, y, bar, plot_bottom - y))
        axis.append(Text(x, y - GAP, _num(value)))
        axis.append(Line(x, plot_bottom, x, plot_bottom + TICK))
        axis.append(Text(x, plot_bottom + TICK + TEXT, fit(str(label), slot - GAP)))
    return height, grid + bars + axis + _unit_left(chart, plot_top, plot_bottom)


def _horizontal_bars(chart: Chart, width: int) -> tuple[float, list]:
    n = len(chart.labels)
    height = max(2.4, 0.36 * n + 0.9) * PX
    values = _values(chart)
    top = max(max(values, default=0) * 1.15, 1)
    # The labels' column takes at most two fifths of the width; a longer label is cut to it.
    room = min(max((text_width(str(s)) for s in chart.labels), default=0), width * 0.4)
    left = room + TICK + GAP
    right = width - GAP
    plot_top, plot_bottom = TITLE * 2, height - TEXT * 3.4
    scale = (right - left) / top
    grid, bars, axis = [], [], []
    for t in nice_ticks(top, (right - left) / (TEXT * 4)):
        x = left + t * scale
        if t:
            grid.append(Line(x, plot_top, x, plot_bottom, GRID))
        axis.append(Line(x, plot_bottom, x, plot_bottom + TICK))
        axis.append(Text(x, plot_bottom + TICK + TEXT, _num(t)))
    slot = (plot_bottom - plot_top) / max(n, 1)
    for i, (label, value) in enumerate(zip(chart.labels, values)):
        y = plot_top + slot * (i + 0.5)
        bar = slot * 0.75
        end = left + value * scale
        bars.append(Rect(left, y - bar / 2, end - left, bar))
        axis.append(Text(end + GAP / 2, y + TEXT * 0.35, _num(value), "start"))
        axis.append(Line(left - TICK, y, left, y))
        axis.append(Text(left - TICK - GAP / 2, y + TEXT * 0.35, fit(str(label), room), "end"))
    axis.append(Line(left, plot_top, left, plot_bottom))
    axis.append(Line(left, plot_bottom, right, plot_bottom))
    if chart.unit:
        axis.append(Text((left + right) / 2, height - GAP, chart.unit))
    return height, grid + bars + axis


def _line_chart(chart: Chart, width: int) -> tuple[float, list]:
    height = 2.9 * PX
    values = _values(chart)
    top = max(max(values, default=0) * 1.05, 1)
    left = _y_margin(chart, top)
    right = width - GAP * 2
    plot_top, plot_bottom = TITLE * 2.2, height - TEXT * 2
    grid, axis, scale = _value_axis_left(top, left, plot_top, plot_bottom, right)
    n = len(values)
    pad = (right - left) * 0.05
    step = (right - left - 2 * pad) / max(n - 1, 1)
    points = tuple((left + pad + step * i, plot_bottom - v * scale) for i, v in enumerate(values))
    for i, label in enumerate(chart.labels):
        x = points[i][0]
        axis.append(Line(x, plot_bottom, x, plot_bottom + TICK))
        # Twelve month labels do not fit at this width: every other one is shown.
        if n <= 6 or i % 2 == 0:
            axis.append(Text(x, plot_bottom + TICK + TEXT, fit(str(label), step * (1 if n <= 6 else 2) - GAP)))
    line = [Polyline(points)] if points else []
    return height, grid + axis + line + [Dot(x, y) for x, y in points] + _unit_left(chart, plot_top, plot_bottom)


# --- SVG ------------------------------------------------------------------------------------------


def _f(x: float) -> str:
    return f"{x:.1f}"


def _svg_shape(s) -> str:
    if isinstance(s, Rect):
        return f'<rect x="{_f(s.x)}" y="{_f(s.y)}" width="{_f(s.w)}" height="{_f(s.h)}" fill="{s.fill}"/>'
    if isinstance(s, Line):
        return (
            f'<line x1="{_f(s.x1)}" y1="{_f(s.y1)}" x2="{_f(s.x2)}" y2="{_f(s.y2)}" '
            f'stroke="{s.color}" stroke-width="{s.width:g}"/>'
        )
    if isinstance(s, Text):
        size = "" if s.size == TEXT else f' font-size="{_f(s.size)}"'
        return f'<text x="{_f(s.x)}" y="{_f(s.y)}" text-anchor="{s.anchor}"{size}>{html.escape(s.text)}</text>'
    if isinstance(s, Polyline):
        points = " ".join(f"{_f(x)},{_f(y)}" for x, y in s.points)
        return f'<polyline points="{points}" fill="none" stroke="{s.color}" stroke-width="{s.width:g}"/>'
    return f'<circle cx="{_f(s.x)}" cy="{_f(s.y)}" r="{s.r:g}" fill="{s.fill}"/>'


def svg(chart: Chart) -> str:
    """A chart as inline ``<svg role="img">``, as wide as its drawing at most and narrower on a phone."""
    drawn = layout(chart)
    title = html.escape(chart.title)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="fz-chart" role="img" aria-label="{title}" '
        f'width="100%" style="max-width: {drawn.width}px" viewBox="0 0 {drawn.width} {drawn.height}">'
        f"<title>{title}</title>"
        f'<g style="{FONT_STYLE}" font-size="{_f(TEXT)}" fill="{INK}">'
        + "".join(_svg_shape(s) for s in drawn.shapes)
        + "</g></svg>"
    )
