"""Charts for the report: Chinese-capable fonts, one palette; inline SVG for the page, PNG at print resolution for Word.

A chart is drawn from a `fzlib.report.pieces.Chart`, the same data for both formats. Sizes are
chosen for phones: the page scales a chart to the screen's width, so its text is drawn large
enough (11 pt on a 4.6-inch figure) to stay at least 11 px on a 390 px screen. Labels are text, never
markup: matplotlib's math parsing is off, so a village called "$x$" is drawn as written.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
from functools import cache

import matplotlib

matplotlib.use("Agg")  # no display on servers (SVG output does not depend on the backend)
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from fzlib.report.pieces import Chart  # noqa: E402

PALETTE = ["#1f5f8b", "#c0392b", "#2e8b57", "#d4a017", "#7d3c98", "#5d6d7e", "#e67e22", "#17a589"]
# Fallbacks for machines that have a system CJK font; the bundled Noto face comes first.
CJK_FALLBACKS = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]
WIDTH_IN = 4.6  # figure width: the page shows it at its own width at most, narrower on a phone
TEXT_PT = 11  # every label; the title a little larger
PRINT_DPI = 300  # Word: print resolution
_XML_PROLOGUE = re.compile(r"^.*?(?=<svg\b)", re.S)  # XML declaration and DOCTYPE: not for inline SVG
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.S)
_ID = re.compile(r'\sid="([^"]+)"')
_REF = re.compile(r'(url\(#|href="#)([^)"]+)')
_SIZE = re.compile(r'<svg\b([^>]*?) width="([\d.]+)pt" height="[\d.]+pt"')
_FONT = re.compile(r"font-family: [^;\"]+")


@cache
def setup_fonts() -> str:
    """Register the bundled Noto Sans CJK (PyPI noto-cjk-sans-otc) and make it the default face."""
    from fzlib.report.font import cjk_font_path

    font_manager.fontManager.addfont(str(cjk_font_path()))
    family = "Noto Sans CJK SC"
    matplotlib.rcParams.update(
        {
            "font.family": "sans-serif",
            "font.sans-serif": [family, *CJK_FALLBACKS, "DejaVu Sans"],
            "font.size": TEXT_PT,
            "axes.unicode_minus": False,  # the CJK face's minus sign is missing in some fallbacks
            "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
            "axes.spines.top": False,
            "axes.spines.right": False,
            # Text is text: "$…$" in a name is drawn as written, never parsed as math.
            "text.parse_math": False,
            "figure.dpi": 96,
            # Text stays text in SVG: the browser draws it with the page's embedded subset of the same
            # Noto face (same metrics as here), sharp at any zoom, a quarter of a PNG's size.
            "svg.fonttype": "none",
            "svg.hashsalt": "fzlib",  # clip-path ids from content, not from a random uuid
        }
    )
    return family


def draw(chart: Chart):
    """The matplotlib figure of a chart (a bar chart, horizontal when it has many labels, or a line)."""
    setup_fonts()
    labels, values = list(chart.labels), list(chart.values)
    if chart.kind == "line":
        fig, ax = plt.subplots(figsize=(WIDTH_IN, 2.9))
        ax.plot(labels, values, marker="o", label=chart.series or None)
        ax.set_ylim(bottom=0)
        ax.tick_params(axis="x", labelrotation=0)
        # Twelve month labels do not fit at this width: every other one is shown.
        for i, tick in enumerate(ax.get_xticklabels()):
            tick.set_visible(len(labels) <= 6 or i % 2 == 0)
        ax.set_ylabel(chart.unit, rotation=0, labelpad=12)  # a rotated CJK unit reads as a different glyph
    elif chart.horizontal:
        fig, ax = plt.subplots(figsize=(WIDTH_IN, max(2.4, 0.36 * len(labels) + 0.9)))
        bars = ax.barh(range(len(labels)), values, color=PALETTE[0])
        ax.set_yticks(list(range(len(labels))), labels)
        ax.invert_yaxis()
        ax.set_xlabel(chart.unit)
        ax.bar_label(bars, labels=[f"{v:,.0f}" for v in values], padding=2)
        ax.margins(x=0.12)
    else:
        fig, ax = plt.subplots(figsize=(WIDTH_IN, 2.9))
        bars = ax.bar(range(len(labels)), values, color=PALETTE[0])
        ax.set_xticks(list(range(len(labels))), labels)
        ax.set_ylabel(chart.unit, rotation=0, labelpad=12)
        ax.bar_label(bars, labels=[f"{v:,.0f}" for v in values], padding=2)
        ax.margins(y=0.15)
    ax.set_title(chart.title, fontsize=TEXT_PT + 1)
    return fig


def svg(chart: Chart) -> str:
    """A chart as inline ``<svg role="img">``: byte-stable, ids unique in the page, text set in the
    page's embedded font, as wide as its drawing at most and narrower on a phone."""
    from fzlib.report.font import FONT_FAMILY

    fig = draw(chart)
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    text = _METADATA.sub("", _XML_PROLOGUE.sub("", buf.getvalue(), count=1), count=1)
    # Several charts share one page: keep only the ids something refers to, made chart-unique.
    prefix = "fz" + hashlib.sha256(text.encode()).hexdigest()[:8] + "-"
    used = {name for _, name in _REF.findall(text)}
    text = _ID.sub(lambda m: f' id="{prefix}{m[1]}"' if m[1] in used else "", text)
    text = _REF.sub(lambda m: m[1] + prefix + m[2], text)
    text = _FONT.sub(f"font-family: {FONT_FAMILY}, sans-serif", text)
    width_px = round(float(_SIZE.search(text)[2]) * 4 / 3)  # pt → CSS px
    return _SIZE.sub(
        lambda m: (
            f'<svg{m[1]} class="fz-chart" role="img" aria-label="{html.escape(chart.title)}" '
            f'width="100%" style="max-width: {width_px}px"'
        ),
        text,
        count=1,
    ).strip()


def png(chart: Chart, dpi: int = PRINT_DPI) -> bytes:
    """A chart as PNG at print resolution (for Word), its glyphs drawn from the bundled font."""
    fig = draw(chart)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()
