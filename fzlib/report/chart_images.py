"""Charts as pictures for the Word document: the page's chart layout (fzlib.report.charts) drawn as a PNG at print resolution with Pillow and the bundled Noto Sans CJK.

The same shapes as the page's SVG, scaled from CSS px to 300 dpi, so the document and the page show
the same chart. Text is set by FreeType from the bundled font (no system font needed, "$x$" drawn as
written), shapes are drawn twice as large and averaged down for smooth edges, and the PNG carries
no timestamp: the same chart gives the same bytes.
"""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from fzlib.report.charts import INK, PX, Dot, Layout, Line, Polyline, Rect, Text, layout
from fzlib.report.pieces import Chart

PRINT_DPI = 300  # Word: print resolution
SUPERSAMPLE = 2  # shapes are drawn this many times larger, then averaged down: smooth lines and dots
ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}  # left/middle/right of the text, on its baseline


@cache
def _face_index() -> int:
    """The Simplified Chinese face's index in the bundled Noto CJK collection."""
    from fzlib.report.font import CJK_FACE_NAME, cjk_font_path

    path = str(cjk_font_path())
    for index in range(16):
        try:
            if ImageFont.truetype(path, 10, index=index).getname()[0] == CJK_FACE_NAME:
                return index
        except OSError:
            break
    return 0


@cache
def _font(size_px: int) -> ImageFont.FreeTypeFont:
    from fzlib.report.font import cjk_font_path

    return ImageFont.truetype(str(cjk_font_path()), size_px, index=_face_index())


def _shapes(image: Image.Image, drawn: Layout, scale: float) -> None:
    draw = ImageDraw.Draw(image)
    for s in drawn.shapes:
        if isinstance(s, Rect):
            draw.rectangle([s.x * scale, s.y * scale, (s.x + s.w) * scale, (s.y + s.h) * scale], fill=s.fill)
        elif isinstance(s, Line):
            draw.line(
                [s.x1 * scale, s.y1 * scale, s.x2 * scale, s.y2 * scale], fill=s.color, width=round(s.width * scale)
            )
        elif isinstance(s, Polyline):
            points = [(x * scale, y * scale) for x, y in s.points]
            draw.line(points, fill=s.color, width=round(s.width * scale), joint="curve")
        elif isinstance(s, Dot):
            r = s.r * scale
            draw.ellipse([s.x * scale - r, s.y * scale - r, s.x * scale + r, s.y * scale + r], fill=s.fill)


def _texts(image: Image.Image, drawn: Layout, scale: float) -> None:
    draw = ImageDraw.Draw(image)
    for s in drawn.shapes:
        if isinstance(s, Text):
            draw.text(
                (s.x * scale, s.y * scale),
                s.text,
                font=_font(round(s.size * scale)),
                fill=INK,
                anchor=ANCHORS[s.anchor],
            )


def png(chart: Chart, dpi: int = PRINT_DPI) -> bytes:
    """A chart as PNG at print resolution (for Word)."""
    drawn = layout(chart)
    scale = dpi / PX
    size = (round(drawn.width * scale), round(drawn.height * scale))
    big = Image.new("RGB", (size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE), "white")
    _shapes(big, drawn, scale * SUPERSAMPLE)
    image = big.reduce(SUPERSAMPLE)
    _texts(image, drawn, scale)  # FreeType smooths text itself, at the final size
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()
