"""Charts for the report: Chinese-capable fonts, one palette, deterministic SVG drawn inline in the page."""

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

PALETTE = ["#1f5f8b", "#c0392b", "#2e8b57", "#d4a017", "#7d3c98", "#5d6d7e", "#e67e22", "#17a589"]
# Fallbacks for machines that have a system CJK font; the bundled Noto face comes first.
CJK_FALLBACKS = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"]
DPI = 150
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
            "axes.unicode_minus": False,  # the CJK face's minus sign is missing in some fallbacks
            "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
            "axes.spines.top": False,
            "axes.spines.right": False,
            "figure.dpi": DPI,
            "savefig.dpi": DPI,
            # Text stays text: the browser draws it with the page's embedded subset of the same Noto
            # face (same metrics as here), sharp at any zoom, and the SVG is a quarter of a PNG's size.
            "svg.fonttype": "none",
            "svg.hashsalt": "fzlib",  # clip-path ids from content, not from a random uuid
            # Text is text: a village named $x^2$ is shown as typed, never parsed as mathtext.
            "text.parse_math": False,
        }
    )
    return family


def to_svg(fig, title: str) -> str:
    """A figure as inline ``<svg role="img">``: byte-stable, ids unique in the page, text set in the
    page's embedded font, as wide as its drawing at most and narrower on a phone."""
    from fzlib.report.font import FONT_FAMILY

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    svg = _METADATA.sub("", _XML_PROLOGUE.sub("", buf.getvalue(), count=1), count=1)
    # Several charts share one page: keep only the ids something refers to, made chart-unique.
    prefix = "fz" + hashlib.sha256(svg.encode()).hexdigest()[:8] + "-"
    used = {name for _, name in _REF.findall(svg)}
    svg = _ID.sub(lambda m: f' id="{prefix}{m[1]}"' if m[1] in used else "", svg)
    svg = _REF.sub(lambda m: m[1] + prefix + m[2], svg)
    svg = _FONT.sub(f"font-family: {FONT_FAMILY}, sans-serif", svg)
    width_px = round(float(_SIZE.search(svg)[2]) * 4 / 3)  # pt → CSS px
    return _SIZE.sub(
        lambda m: (
            f'<svg{m[1]} class="fz-chart" role="img" aria-label="{html.escape(title)}" '
            f'width="100%" style="max-width: {width_px}px"'
        ),
        svg,
        count=1,
    ).strip()


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
    return to_svg(fig, title)


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
    return to_svg(fig, title)
