"""Charts as pictures for the Word document: PNG at print resolution, drawn by matplotlib with the bundled Noto Sans CJK.

The same `fzlib.report.pieces.Chart` the page draws as SVG (fzlib.report.charts), in its palette
and sizes. Labels are text, never markup: matplotlib's math parsing is off, so a village called
"$x$" is drawn as written. PNG output is deterministic (no timestamp, no software tag).
"""

from __future__ import annotations

import io
from functools import cache

import matplotlib

matplotlib.use("Agg")  # no display on servers
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from fzlib.report.charts import PALETTE, TEXT_PT, WIDTH_IN  # noqa: E402
from fzlib.report.pieces import Chart  # noqa: E402

# Fallbacks for machines that have a system CJK font; the bundled Noto face comes first.
CJK_FALLBACKS = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]
PRINT_DPI = 300  # Word: print resolution


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


def png(chart: Chart, dpi: int = PRINT_DPI) -> bytes:
    """A chart as PNG at print resolution (for Word), its glyphs drawn from the bundled font."""
    fig = draw(chart)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()
