"""Writing outputs safely: atomic replacement, text every writer accepts (no XML-illegal characters), spreadsheet cells that can never become formulas, zips (xlsx, docx) the same to the byte from run to run."""

from __future__ import annotations

import io
import os
import re
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What no writer may be given: control characters XML 1.0 forbids (openpyxl and python-docx raise on
# them), U+FFFE/U+FFFF, lone surrogates (UTF-8 cannot encode them: parquet and JSON fail), the bidi
# controls that make a text read differently from what it holds, and zero-width characters: among them the
# variation selectors a phone's keyboard puts after a symbol (✔️ is ✔ + U+FE0F, asking for its emoji picture), the
# soft hyphen (U+00AD, shown only where a line breaks: 办理\u00ad日期 pasted from a web page looks like 办理日期 and was no
# title of any field) and the Mongolian vowel separator (U+180E, a zero-width space until Unicode 6.3).
_VANISH = "\u00ad\u180e\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060-\u2064\ufeff\u061c\ufe00-\ufe0f"
UNSAFE_CHAR = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff{_VANISH}]")
_VANISHES = re.compile(f"[{_VANISH}]")
# The category (a document property Excel, WPS and Word keep on saving) of every workbook and Word file
# fzlib writes for people to read, never of its blank templates: such a file copied back among the ledgers
# is told by it (fzlib.ingest.read), never read as a ledger (the 指标 sheet once counted as 41 规范性文件).
OWN_OUTPUT = "fzlib 输出"


def own_output(what: str) -> str:
    """The category property of one of fzlib's outputs: what it is, after OWN_OUTPUT.

    >>> own_output("问题清单")
    'fzlib 输出：问题清单'
    """
    return f"{OWN_OUTPUT}：{what}"


# Excel's limit on the characters of one cell.
EXCEL_CELL_CHARS = 32_767


def safe_text(text: str) -> str:
    r"""`text` as every writer accepts it: illegal controls become a space, lone surrogates U+FFFD,
    bidi controls and zero-width characters vanish.

    >>> safe_text("甲\x0b乙\x01"), safe_text("\udcb0x"), safe_text("a\u202eb"), safe_text("✔\ufe0f")
    ('甲 乙 ', '\ufffdx', 'ab', '✔')
    """
    if not UNSAFE_CHAR.search(text):
        return text
    return UNSAFE_CHAR.sub(_replacement, text)


def unseen_removed(text: str) -> str:
    r"""`text` without the characters no reader sees (zero-width ones, the soft hyphen, bidi controls), controls kept.

    >>> unseen_removed("2\u200b0件，1\u00ad0件\x0c")
    '20件，10件\x0c'
    """
    return _VANISHES.sub("", text)


def _replacement(match: re.Match) -> str:
    ch = match.group()
    if "\ud800" <= ch <= "\udfff":
        return "\ufffd"
    return "" if _VANISHES.match(ch) else " "


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write to a temporary file beside `path`, then rename it into place: never half-written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; reports and tables are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
CORE_XML = "docProps/core.xml"
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def fixed_zip(data: bytes, when: datetime) -> bytes:
    """The same zip with every entry's time fixed, and the document's modified time set to `when`
    (openpyxl stamps the clock into docProps/core.xml on save), so same content gives same bytes."""
    out = io.BytesIO()
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == CORE_XML:
                content = _MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", content)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, content)
    return out.getvalue()


def inert(value):
    """A cell value a spreadsheet will show as text, never evaluate (CSV/formula injection).

    >>> inert("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> inert(-3)
    -3
    """
    import pandas as pd  # here, not above: fzlib.render needs write_atomic before pandas is loaded

    if isinstance(value, str):
        value = safe_text(value)
        if len(value) > EXCEL_CELL_CHARS:
            value = value[: EXCEL_CELL_CHARS - 1] + "…"
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def inert_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table safe to hand to Excel/WPS (text cells neutralised, NA as empty)."""
    return frame.astype("object").map(inert)
