"""The embedded Chinese font: Noto Sans CJK SC (PyPI noto-cjk-sans-otc) cut to exactly the characters of a page, so Chinese renders on any machine.

The subset is a base64 WOFF ``@font-face`` named ``FzlibCJK``, the same bytes for the same
characters (no timestamps), cut in a forked worker while nbconvert writes the page, and cached in
build/cache/fonts by its characters (an analyst re-running with the same text reuses it).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import io
import logging
import re
from pathlib import Path

from fzlib import paths
from fzlib.outputs import write_atomic
from fzlib.report.errors import RenderError

log = logging.getLogger(__name__)

FONT_FAMILY = "FzlibCJK"


# Noto CJK's collection holds JP/KR/SC/TC/HK faces; the report is Simplified Chinese.
CJK_FACE_NAME = "Noto Sans CJK SC"


_INVISIBLE = re.compile(r"<(style|script)\b[^>]*>.*?</\1>", re.S | re.I)  # CSS comments are not text


_TAG = re.compile(r"<[^>]+>")


def cjk_font_path() -> Path:
    """Path of NotoSansCJK-Regular.ttc inside the installed ``noto-cjk-sans-otc`` package."""
    import noto_cjk_sans_otc

    found = sorted(Path(noto_cjk_sans_otc.__file__).parent.glob("*.tt[cf]"))
    if not found:
        raise RenderError("找不到中文字体：请安装 PyPI 包 noto-cjk-sans-otc。")
    return found[0]


def font_face(page: str) -> str:
    """The ``@font-face`` rule embedding the subset that covers every character of a page (HTML)."""
    return font_face_rule(*subset_font(frozenset(page_characters(page))))


def font_face_rule(data: bytes, fmt: str) -> str:
    mime = "font/woff2" if fmt == "woff2" else "font/woff"
    encoded = base64.b64encode(data).decode("ascii")
    return (
        f'@font-face {{ font-family: "{FONT_FAMILY}"; font-style: normal; font-weight: 400; '
        f'font-display: block; src: url(data:{mime};base64,{encoded}) format("{fmt}"); }}'
    )


_FORKED_FONT = None  # the parsed font a forked worker inherits (parsing it again costs ≈0.2 s)


@contextlib.contextmanager
def subset_worker(font):
    """A one-process pool forked from here; where fork is unavailable, a thread (no overlap)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    global _FORKED_FONT
    _FORKED_FONT = font
    try:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    except ValueError:
        pool = ThreadPoolExecutor(1)
    try:
        with pool:
            yield pool
    finally:
        _FORKED_FONT = None


def subset_in_worker(chars: frozenset[str]) -> tuple[bytes, str]:
    return subset_font(chars, _FORKED_FONT)


def page_characters(page_html: str) -> set[str]:
    """Every character a reader could see: the page text with entities decoded, plus ASCII."""
    text = html.unescape(_TAG.sub(" ", _INVISIBLE.sub(" ", page_html)))
    chars = {c for c in text if c.isprintable() or c == "\u3000"}
    chars.update(chr(c) for c in range(0x20, 0x7F))
    return chars


def load_cjk_font():
    """Noto Sans CJK SC from the collection, its tables parsed (the slow part of loading)."""
    from fontTools.ttLib import TTCollection, TTFont

    path = cjk_font_path()
    number = next(
        (
            i
            for i, f in enumerate(TTCollection(str(path), lazy=True).fonts)
            if f["name"].getDebugName(1) == CJK_FACE_NAME
        ),
        0,
    )
    # recalcTimestamp=False keeps head.modified from the source font instead of "now".
    # recalcBBoxes=False keeps the full font's bounds (still bounds of any subset) instead of
    # drawing every kept glyph again on save to recompute head/hhea/vhea: ≈40 % of the subsetting.
    font = TTFont(str(path), fontNumber=number, recalcTimestamp=False, recalcBBoxes=False, lazy=True)
    for tag in font.keys():
        font[tag]
    return font


_SUBSETS: dict[frozenset[str], tuple[bytes, str]] = {}


def subset_font(chars: frozenset[str], font=None) -> tuple[bytes, str]:
    """(font bytes, "woff") holding exactly ``chars``; identical bytes for identical input."""
    from fontTools import subset

    found = cached_subset(chars)
    if found:
        return found
    font = font or load_cjk_font()
    options = subset.Options()
    # WOFF (zlib), not WOFF2: WOFF2's brotli at quality 11 takes ≈2.7 s per render for a file only
    # ≈11 % smaller, and needs one more package.
    options.flavor = "woff"
    options.hinting = False  # screen and print rasterisers do fine without; saves ≈20 %
    # Subroutines are kept: flattening them made the file 3 % smaller (72 against 75 KB for the 2024
    # sample's 523 characters) for about a fifth of the subset's time, which a first render waits for.
    options.desubroutinize = False
    options.notdef_outline = True
    # Only kerning of the OpenType layout features: the SC face's own glyphs are already the
    # simplified forms, so its regional alternates (locl), vertical forms (vert) and the rest never
    # apply to a horizontal Chinese page; their tables were 40 % of the subset and of its time.
    options.layout_features = ["kern"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # keep the copyright and OFL licence notice
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    missing = sorted(c for c in chars if ord(c) not in font.getBestCmap() and not c.isspace())
    if missing:
        log.warning("the embedded font lacks %d characters: %s", len(missing), "".join(missing[:40]))
    if len(_SUBSETS) >= 8:
        _SUBSETS.clear()
    _SUBSETS[chars] = buffer.getvalue(), options.flavor
    write_atomic(_font_cache_file(chars), buffer.getvalue())
    return _SUBSETS[chars]


def cached_subset(chars: frozenset[str]) -> tuple[bytes, str] | None:
    """The subset for exactly these characters when one was cut before (in this process or on
    disk), else None: the export then needs no worker to cut it."""
    if chars in _SUBSETS:
        return _SUBSETS[chars]
    cached = _font_cache_file(chars)
    if cached.exists():
        _SUBSETS[chars] = cached.read_bytes(), "woff"
        return _SUBSETS[chars]
    return None


FONT_CACHE_VERSION = "4"  # bump when the subset options above change


def _font_cache_file(chars: frozenset[str]) -> Path:
    """Where the subset for exactly these characters is kept between runs (build/ is scratch).

    Cutting the subset is most of the export's time; a re-run with the same text (the usual case
    while an analyst corrects a ledger) reuses it. The key covers everything the bytes depend on."""
    import fontTools

    source = cjk_font_path()
    key = "\n".join(
        [FONT_CACHE_VERSION, fontTools.version, source.name, str(source.stat().st_size), "".join(sorted(chars))]
    )
    return paths.FONT_CACHE / f"{hashlib.sha256(key.encode()).hexdigest()}.woff"
