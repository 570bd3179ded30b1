"""Charts for the page: inline SVG drawn directly from a `fzlib.report.pieces.Chart`, text kept as text in the page's embedded font.

A bar chart (horizontal when it has many labels) or a line chart, in the report's palette, with
its value on each bar, axes with round ticks, and its unit beside the axis. It is plain Python over
the chart's few numbers: no plotting library is loaded by the notebook's kernel, and a page's eight
charts take milliseconds, not the ≈0.6 s a plotting library takes to lay out their text twice.
The same chart prints for Word as a PNG (fzlib.report.chart_images), from the same data.

Sizes are chosen for phones: the page scales a chart to the screen's width, so text is drawn
large enough (11 pt on a 4.6-inch chart) to stay at least 11 px on a 390 px screen. Text widths
are estimated from the font's proportions (a Chinese character is one em, a digit or Latin letter
a little over half), with room to spare. Labels are text, never markup: "$x$" is drawn as written.
The output is the same bytes for the same chart, and holds no id, so charts never collide on a page.
"""

from __future__ import annotations

import html
import math
import unicodedata

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


def text_width(text: str, size: float = TEXT) -> float:
    """Estimated width of a text in px: a Chinese character one em, anything else 0.6 em."""
    return sum(size if unicodedata.east_asian_width(c) in "WF" else 0.6 * size for c in text)


def nice_ticks(top: float, room: float) -> list[float]:
    """Round tick values from 0 up to `top` (at most one per `room`-th of the axis: about 5 to 8
    ticks), stepping by 1, 2, 2.5 or 5 times a power of ten."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / max(room, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 2.5, 5, 10) if s * power >= raw)
    if step < 1 and top >= 1:  # counts: no 0.5 steps on an axis of whole numbers
        step = 1
    count = int(top / step + 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def _num(value: float) -> str:
    """A tick label: 250, 2.5."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _f(x: float) -> str:
    return f"{x:.1f}"


def _text(x: float, y: float, text: str, anchor: str = "middle", size: float = TEXT, extra: str = "") -> str:
    size_attr = "" if size == TEXT else f' font-size="{_f(size)}"'
    return f'<text x="{_f(x)}" y="{_f(y)}" text-anchor="{anchor}"{size_attr}{extra}>{html.escape(str(text))}</text>'


def _line(x1: float, y1: float, x2: float, y2: float, color: str = AXIS) -> str:
    return f'<line x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}" stroke="{color}" stroke-width="1"/>'


def _rect(x: float, y: float, w: float, h: float) -> str:
    return f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(w)}" height="{_f(h)}" fill="{PALETTE[0]}"/>'


def svg(chart: Chart) -> str:
    """A chart as inline ``<svg role="img">``, as wide as its drawing at most and narrower on a phone."""
    width = round(WIDTH_IN * PX)
    if chart.kind == "line":
        height, body = _line_chart(chart, width)
    elif chart.horizontal:
        height, body = _horizontal_bars(chart, width)
    else:
        height, body = _vertical_bars(chart, width)
    title = html.escape(chart.title)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="fz-chart" role="img" aria-label="{title}" '
        f'width="100%" style="max-width: {width}px" viewBox="0 0 {width} {round(height)}">'
        f"<title>{title}</title>"
        f'<g style="{FONT_STYLE}" font-size="{_f(TEXT)}" fill="{INK}">'
        + _text(width / 2, TITLE, chart.title, size=TITLE)
        + "".join(body)
        + "</g></svg>"
    )


def _value_axis_left(top: float, left: float, plot_top: float, plot_bottom: float, right: float):
    """The value axis on the left: (light grid lines, the axes with ticks and their labels, px per unit)."""
    ticks = nice_ticks(top, (plot_bottom - plot_top) / (TEXT * 2.2))
    scale = (plot_bottom - plot_top) / top
    grid, axis = [], []
    for t in ticks:
        y = plot_bottom - t * scale
        if t:
            grid.append(_line(left, y, right, y, GRID))
        axis.append(_line(left - TICK, y, left, y))
        axis.append(_text(left - TICK - GAP / 2, y + TEXT * 0.35, _num(t), "end"))
    axis.append(_line(left, plot_top, left, plot_bottom))
    axis.append(_line(left, plot_bottom, right, plot_bottom))
    return grid, axis, scale


def _y_margin(chart: Chart, top: float) -> float:
    """Room left of the value axis: the longest tick label, then the unit (written upright)."""
    labels = [_num(t) for t in nice_ticks(top, 6)]
    return max(text_width(s) for s in labels) + TICK + GAP + (text_width(chart.unit) + GAP * 2 if chart.unit else GAP)


def _unit_left(chart: Chart, plot_top: float, plot_bottom: float) -> list[str]:
    return [_text(GAP, (plot_top + plot_bottom) / 2, chart.unit, "start")] if chart.unit else []


def _vertical_bars(chart: Chart, width: int) -> tuple[float, list[str]]:
    height = 2.9 * PX
    values = [float(v) for v in chart.values]
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
        bars.append(_rect(x - bar / 2, y, bar, plot_bottom - y))
        axis.append(_text(x, y - GAP, f"{value:,.0f}"))
        axis.append(_line(x, plot_bottom, x, plot_bottom + TICK))
        axis.append(_text(x, plot_bottom + TICK + TEXT, label))
    return height, grid + bars + axis + _unit_left(chart, plot_top, plot_bottom)


def _horizontal_bars(chart: Chart, width: int) -> tuple[float, list[str]]:
    n = len(chart.labels)
    height = max(2.4, 0.36 * n + 0.9) * PX
    values = [float(v) for v in chart.values]
    top = max(max(values, default=0) * 1.15, 1)
    left = max((text_width(str(s)) for s in chart.labels), default=0) + TICK + GAP
    right = width - GAP
    plot_top, plot_bottom = TITLE * 2, height - TEXT * 3.4
    ticks = nice_ticks(top, (right - left) / (TEXT * 4))
    scale = (right - left) / top
    out = []
    for t in ticks:
        x = left + t * scale
        if t:
            out.append(_line(x, plot_top, x, plot_bottom, GRID))
        out.append(_line(x, plot_bottom, x, plot_bottom + TICK))
        out.append(_text(x, plot_bottom + TICK + TEXT, _num(t)))
    slot = (plot_bottom - plot_top) / max(n, 1)
    bars = []
    for i, (label, value) in enumerate(zip(chart.labels, values)):
        y = plot_top + slot * (i + 0.5)
        bar = slot * 0.75
        end = left + value * scale
        bars.append(_rect(left, y - bar / 2, end - left, bar))
        out.append(_text(end + GAP / 2, y + TEXT * 0.35, f"{value:,.0f}", "start"))
        out.append(_line(left - TICK, y, left, y))
        out.append(_text(left - TICK - GAP / 2, y + TEXT * 0.35, label, "end"))
    out.append(_line(left, plot_top, left, plot_bottom))
    out.append(_line(left, plot_bottom, right, plot_bottom))
    if chart.unit:
        out.append(_text((left + right) / 2, height - GAP, chart.unit))
    return height, [o for o in out if GRID in o] + bars + [o for o in out if GRID not in o]


def _line_chart(chart: Chart, width: int) -> tuple[float, list[str]]:
    height = 2.9 * PX
    values = [float(v) for v in chart.values]
    top = max(max(values, default=0) * 1.05, 1)
    left = _y_margin(chart, top)
    right = width - GAP * 2
    plot_top, plot_bottom = TITLE * 2.2, height - TEXT * 2
    grid, out, scale = _value_axis_left(top, left, plot_top, plot_bottom, right)
    n = len(values)
    pad = (right - left) * 0.05
    step = (right - left - 2 * pad) / max(n - 1, 1)
    points = [(left + pad + step * i, plot_bottom - v * scale) for i, v in enumerate(values)]
    for i, label in enumerate(chart.labels):
        x = points[i][0]
        out.append(_line(x, plot_bottom, x, plot_bottom + TICK))
        # Twelve month labels do not fit at this width: every other one is shown.
        if n <= 6 or i % 2 == 0:
            out.append(_text(x, plot_bottom + TICK + TEXT, label))
    path = " ".join(f"{_f(x)},{_f(y)}" for x, y in points)
    out.append(f'<polyline points="{path}" fill="none" stroke="{PALETTE[0]}" stroke-width="2"/>')
    out += [f'<circle cx="{_f(x)}" cy="{_f(y)}" r="3.5" fill="{PALETTE[0]}"/>' for x, y in points]
    return height, grid + out + _unit_left(chart, plot_top, plot_bottom)
