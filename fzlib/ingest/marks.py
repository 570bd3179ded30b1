"""What calamine leaves out of a workbook's cells: hidden sheets and rows, Excel's error values, formulas saved without their value.

calamine reads an error cell (#REF!, #DIV/0!, #N/A …) and a formula without a cached value as an
empty cell, so a total resting on them would silently be lower. For .xlsx a light scan of each
sheet's XML finds them (byte searches for `t="e"`, `<f`, `hidden="1"`; no XML parsing) and writes
the error value, or `UNCACHED_FORMULA`, back into the grid, where the cleaners flag it. Whether a
sheet is hidden comes from calamine's sheet metadata (xlsx, xls, et).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass

# Written into a cell whose formula was saved without its value (the cleaners flag it).
UNCACHED_FORMULA = "#公式未计算"
_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_ROW_NUMBER = re.compile(rb'\br="([0-9]{1,7})"')
_SHEET = re.compile(rb"<sheet\b[^>]*?>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_RELATION = re.compile(rb"<Relationship\b[^>]*?>")


@dataclass
class SheetMarks:
    """What a sheet's cells do not show."""

    hidden: bool = False  # the sheet is hidden (or very hidden)
    hidden_rows: tuple[int, ...] = ()  # 0-based indices of hidden rows
    hidden_columns: tuple[int, ...] = ()  # 0-based indices of hidden columns
    errors: int = 0  # cells holding an error value or a formula without its value
    formulas: int = 0  # formula cells (statistics sheets are made of them)
    # What the reader mended to read the sheet at all, as issue code → the rows (1-based) it touched:
    # stray NUL characters removed, lines decoded in another encoding than the rest of a text file.
    repairs: tuple[tuple[str, tuple[int, ...]], ...] = ()


def apply_marks(book, data: bytes, fmt: str, sheets: list) -> None:
    """Mark `sheets` (read by calamine from `data`) in place: `sheet.marks`, and error values written
    into their cells. Never raises: a workbook whose XML cannot be scanned keeps calamine's reading."""
    try:
        hidden = {m.name: str(m.visible).rsplit(".", 1)[-1] != "Visible" for m in book.sheets_metadata}
    except Exception:  # metadata is a nicety; calamine raises several types on odd books
        hidden = {}
    xml = _sheet_xml(data) if fmt == "xlsx" else {}
    for sheet in sheets:
        marks = SheetMarks(hidden=hidden.get(sheet.name, False))
        content = xml.get(sheet.name)
        if content:
            try:
                _scan(content, sheet, marks)
            except Exception:  # a malformed sheet part: keep what calamine read
                pass
        sheet.marks = marks


def _attrs(tag: bytes) -> dict[bytes, bytes]:
    return dict(_ATTR.findall(tag))


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """A workbook's worksheet parts (xl/worksheets/sheet1.xml) → the sheet names they hold."""
    book = archive.read("xl/workbook.xml")
    rels = archive.read("xl/_rels/workbook.xml.rels")
    targets = {}
    for tag in _RELATION.findall(rels):
        a = _attrs(tag)
        target = a.get(b"Target", b"").decode("utf-8", "replace").lstrip("/")
        targets[a.get(b"Id", b"")] = target if target.startswith("xl/") else f"xl/{target}"
    out = {}
    for tag in _SHEET.findall(book):
        a = _attrs(tag)
        path = targets.get(a.get(b"r:id", b""))
        if path is not None:
            out[path] = _unescape(a.get(b"name", b"").decode("utf-8", "replace"))
    return out


def _sheet_xml(data: bytes) -> dict[str, bytes]:
    """Sheet name → its worksheet XML, for the sheets whose XML holds anything worth scanning."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = sheet_parts(archive)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError):
        return {}
    out = {}
    for path, name in parts.items():
        try:
            content = _member(archive, data, path)
        except (KeyError, OSError, RuntimeError, zipfile.BadZipFile, zlib.error, struct.error):
            continue
        if b't="e"' in content or b"<f" in content or b'hidden="1"' in content:
            out[name] = content
    return out


def _member(archive: zipfile.ZipFile, data: bytes, path: str) -> bytes:
    """A member's bytes: a deflated one inflated in one call (zipfile's chunked reading and CRC
    check cost more than the inflating; calamine has read the same bytes already)."""
    info = archive.getinfo(path)
    if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1:
        return archive.read(path)
    h = info.header_offset
    name_len, extra_len = struct.unpack("<HH", data[h + 26 : h + 30])
    start = h + 30 + name_len + extra_len
    return zlib.decompress(data[start : start + info.compress_size], -15)


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _cell_at(content: bytes, pos: int) -> tuple[int, int, bytes] | None:
    """(row, column, the cell's XML) of the <c> element around byte `pos`."""
    start = content.rfind(b"<c ", 0, pos)
    if start < 0:
        return None
    tag_end = content.find(b">", start)
    if tag_end < 0:
        return None
    end = tag_end + 1 if content[tag_end - 1 : tag_end] == b"/" else content.find(b"</c>", tag_end) + 4
    if end < pos:  # `pos` is not inside this cell
        return None
    ref = _REF.search(content, start, tag_end)
    if ref is None:
        return None
    return int(ref.group(2)) - 1, _column(ref.group(1)), content[start:end]


def _put(sheet, row: int, col: int, value: str) -> None:
    rows = sheet.rows
    while len(rows) <= row:
        rows.append([""] * (len(rows[0]) if rows else 0))
    if len(rows[row]) <= col:
        rows[row].extend([""] * (col + 1 - len(rows[row])))
    if rows[row][col] in ("", None):
        rows[row][col] = value


def _scan(content: bytes, sheet, marks: SheetMarks) -> None:
    pos = content.find(b't="e"')
    while pos >= 0:
        found = _cell_at(content, pos)
        if found:
            row, col, cell = found
            v = re.search(rb"<v>([^<]*)</v>", cell)
            _put(sheet, row, col, v.group(1).decode("utf-8", "replace") if v else UNCACHED_FORMULA)
            marks.errors += 1
        pos = content.find(b't="e"', pos + 5)
    pos = content.find(b"<f")
    while pos >= 0:
        if content[pos + 2 : pos + 3] in (b">", b" ", b"/"):  # <f>, not <filterColumn>
            marks.formulas += 1
            found = _cell_at(content, pos)
            if found and not re.search(rb"<v>[^<]+</v>", found[2]) and b't="e"' not in found[2]:
                _put(sheet, found[0], found[1], UNCACHED_FORMULA)
                marks.errors += 1
        pos = content.find(b"<f", pos + 2)
    hidden, columns = [], []
    pos = content.find(b'hidden="1"')
    while pos >= 0:
        tag_start = content.rfind(b"<", 0, pos)
        if content.startswith(b"<row ", tag_start):
            number = _ROW_NUMBER.search(content, tag_start, pos)
            if number:
                hidden.append(int(number.group(1)) - 1)
        elif content.startswith(b"<col ", tag_start):  # <col min="6" max="7" hidden="1"/>: F and G
            span = _attrs(content[tag_start : content.find(b">", pos) + 1])
            try:
                low, high = int(span[b"min"]), int(span[b"max"])
            except (KeyError, ValueError):
                pass
            else:
                columns.extend(range(low - 1, min(high, low + 16_384)))
        pos = content.find(b'hidden="1"', pos + 10)
    marks.hidden_rows = tuple(hidden)
    marks.hidden_columns = tuple(columns)
