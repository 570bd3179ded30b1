"""Charts for the report: Chinese-capable fonts, one palette, deterministic PNGs inlined as <img>."""

from __future__ import annotations

import base64
import io
from functools import cache

import matplotlib

matplotlib.use("Agg")  # no display on servers; also the fastest backend for PNG
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402

PALETTE = ["#1f5f8b", "#c0392b", "#2e8b57", "#d4a017", "#7d3c98", "#5d6d7e", "#e67e22", "#17a589"]
# Fallbacks for machines that have a system CJK font; the bundled Noto face comes first.
CJK_FALLBACKS = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]
DPI = 150


@cache
def setup_fonts() -> str:
    """Register the bundled Noto Sans CJK (PyPI noto-cjk-sans-otc) and make it the default face."""
    from fzlib.render import cjk_font_path

    font_manager.fontManager.addfont(str(cjk_font_path()))
    family = "Noto Sans CJK SC"
    matplotlib.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": [family, *CJK_FALLBACKS, "DejaVu Sans"],
        "axes.unicode_minus": False,  # the CJK face's minus sign is missing in some fallbacks
        "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
        "axes.spines.top": False,
        "axes.spines.right": False,
        "figure.dpi": DPI,
        "savefig.dpi": DPI,
    })
    return family


def to_img(fig, alt: str) -> str:
    """A figure as an inline <img> (PNG is byte-stable across runs, unlike SVG ids)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{alt}">'


def bar(labels: list[str], values: list[float], title: str, unit: str = "件", horizontal: bool = False) -> str:
    """A labelled bar chart; values printed on the bars so no one has to read the axis."""
    setup_fonts()
    height = max(2.6, 0.42 * len(labels) + 1) if horizontal else 3.2
    fig, ax = plt.subplots(figsize=(6.4, height))
    positions = range(len(labels))
    bars = ax.barh(positions, values, color=PALETTE[0]) if horizontal else ax.bar(positions, values, color=PALETTE[0])
    if horizontal:
        ax.set_yticks(list(positions), labels)
        ax.invert_yaxis()
        ax.set_xlabel(unit)
    else:
        ax.set_xticks(list(positions), labels)
        ax.set_ylabel(unit, rotation=0, labelpad=12)  # a rotated CJK unit reads as a different glyph
    ax.bar_label(bars, labels=[f"{v:,.0f}" for v in values], padding=2, fontsize=9)
    ax.set_title(title, fontsize=12)
    ax.margins(x=0.08, y=0.12)
    return to_img(fig, title)


def line(labels: list[str], series: dict[str, list[float]], title: str, unit: str = "件") -> str:
    """One or more lines over the same labels (e.g. months)."""
    setup_fonts()
    fig, ax = plt.subplots(figsize=(6.4, 3.2))
    for name, values in series.items():
        ax.plot(labels, values, marker="o", label=name)
    ax.set_ylabel(unit, rotation=0, labelpad=12)
    ax.set_title(title, fontsize=12)
    if len(series) > 1:
        ax.legend(frameon=False, fontsize=9)
    ax.set_ylim(bottom=0)
    return to_img(fig, title)
