"""What calamine leaves out of a workbook's cells: hidden sheets and rows, Excel's error values, formulas saved without their value, rows and values struck through, notes, unlinked check boxes and the titles of an Excel table whose title row is turned off.

calamine reads an error cell (#REF!, #DIV/0!, #N/A …) and a formula without a cached value as an
empty cell, so a total resting on them would silently be lower. For .xlsx a light scan of each
sheet's XML finds them (byte searches for `t="e"`, `<f`, `hidden="1"`; no XML parsing) and writes
the error value, or `UNCACHED_FORMULA`, back into the grid, where the cleaners flag it (and a number stored as NaN
or infinity, which no Excel cell holds, as #NUM! or #DIV/0!: read as a blank, it had passed silently); for an Excel
97-2003 book (.xls, WPS .et) a walk of its BIFF records finds error cells and hidden rows alike. Whether
a sheet is hidden comes from calamine's sheet metadata (xlsx, xls, et).

A clerk deletes a row by striking it through (删除线) and corrects a value by striking the old one and typing the
new one after it in the same cell. calamine reads no font: the struck formats are found in styles.xml (or the
.xls FONT and XF records) and a row whose every filled cell (or all but one of three or more) has one is marked; a rich-text cell whose struck run
comes before unstruck text (shared or inline strings) is written back as "old→new", which the cleaners read as a
value retyped. A book with no strike at all costs one more inflating of styles.xml and sharedStrings.xml and a byte
search of each: measured on a 20,000-row book, 14 ms when its 2.8 MB of shared strings are all distinct; a book of
inline strings (as openpyxl writes, never Excel or WPS) has each sheet searched instead, 9 ms for an 11 MB sheet;
some 600 ms to read either.
"""

from __future__ import annotations

import colorsys
import datetime as dt
import html
import io
import math
import posixpath
import re
import struct
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass

import numpy as np

# Written into a cell whose formula was saved without its value (the cleaners flag it).
UNCACHED_FORMULA = "#公式未计算"
# Written into a Word table's cell whose text is a date field that updates itself (插入 → 日期和时间 with 自动更新: DATE,
# TIME, SAVEDATE, PRINTDATE, CREATEDATE), and into a workbook's cell of =TODAY() or =NOW(): what the file holds is the
# day it was last saved, printed or calculated, never the record's day (the cleaners flag it, the date unknown).
UPDATING_DATE = "#自动更新的日期"
_EMPTY_VALUE = re.compile(rb"<v\s*/>|<v></v>")
_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_ROW_NUMBER = re.compile(rb'\br="([0-9]{1,7})"')
_SHEET = re.compile(rb"<sheet\b[^>]*?>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_RELATION = re.compile(rb"<Relationship\b[^>]*?>")


@dataclass
class SheetMarks:
    """What a sheet's cells do not show."""

    hidden: bool = False  # the sheet is hidden (or very hidden)
    # Very hidden: Excel's own 取消隐藏 does not list it (only its VBA editor does), so the advice differs.
    very_hidden: bool = False
    hidden_rows: tuple[int, ...] = ()  # 0-based indices of hidden rows
    hidden_columns: tuple[int, ...] = ()  # 0-based indices of hidden columns
    struck_rows: tuple[int, ...] = ()  # 0-based rows struck through (删除线): every filled cell, or all but one
    # (0-based row, RRGGBB) of rows whose every filled cell (or all but one, row_colour) has one solid fill colour: an office that
    # marks a row's state by its colour (绿色为已化解) and says so in a note under the table (fzlib.ingest.legends).
    row_fills: tuple[tuple[int, str], ...] = ()
    # (0-based row, RRGGBB) of rows whose every filled cell is typed in the same font colour (.xlsx and .xls; black for
    # the book's default): the same marking by the colour of the text (注：红色字体为化解中，黑色字体为已化解).
    row_fonts: tuple[tuple[int, str], ...] = ()
    # 0-based rows holding a filled cell formatted to show nothing (white text on no fill, the number format ;;;):
    # a clerk's way of hiding a value without hiding its row. Read as any cell is, and named.
    unseen_rows: tuple[int, ...] = ()
    errors: int = 0  # cells holding an error value or a formula without its value
    formulas: int = 0  # formula cells (statistics sheets are made of them)
    # What the reader mended to read the sheet at all, as issue code → the rows (1-based) it touched:
    # stray NUL characters removed, lines decoded in another encoding than the rest of a text file.
    repairs: tuple[tuple[str, tuple[int | str, ...]], ...] = ()  # rows (1-based), or ranges (B1:B4)
    # The sheet's part of the file is damaged (its XML cut short, a shared string it names missing): none of its
    # rows could be read, while the book's other sheets were.
    damaged: bool = False
    # How it is damaged, when the scan can say (a row or a cell written twice), and where: (detail, cell).
    damage: tuple[str, str] = ("", "")
    # A damaged sheet's first rows as far as they are whole (`rows_before_damage`): its header says what kind of
    # records it held; never read as records.
    before_damage: tuple[tuple[str, ...], ...] = ()
    # The book counts its days from 1904 (Mac Excel's 1904 date system, kept when the book is opened on Windows):
    # calamine dates the cells formatted as dates right, but a day left as a plain number (its format cleared)
    # is 1,462 days smaller than the same day's number in the 1900 system — read so, four years early.
    date1904: bool = False
    # (0-based row, column) of the cells carrying a note (批注: Excel's 新建批注 or 新建注释, WPS's 插入批注). A clerk may
    # write a value there instead of in the cell (状态 left blank, the note saying 已化解): the note is never read as the
    # value (it may hold anything, names too), but a blank cell under one is named (cell.blank_with_note).
    noted: tuple[tuple[int, int], ...] = ()
    # Check boxes drawn over the sheet (开发工具 → 复选框, a form control floating above the cells) linked to no cell:
    # whether one is ticked is in the drawing, not in any cell, and is never read (sheet.check_boxes_unlinked). A
    # box linked to its cell writes TRUE / FALSE there, which is read.
    unlinked_boxes: int = 0


def apply_marks(book, data: bytes, fmt: str, sheets: list) -> None:
    """Mark `sheets` (read by calamine from `data`) in place: `sheet.marks`, and error values written
    into their cells. Never raises: a workbook whose XML cannot be scanned keeps calamine's reading."""
    try:
        visible = {m.name: str(m.visible).rsplit(".", 1)[-1] for m in book.sheets_metadata}
    except Exception:  # metadata is a nicety; calamine raises several types on odd books
        visible = {}
    xml, strikes, twice = _sheet_xml(data, sheets) if fmt == "xlsx" else ({}, _Strikes(), {})
    try:
        noted, boxes = _beside_cells(data) if fmt == "xlsx" else ({}, {})
    except Exception:  # a nicety: an odd comments or drawing part leaves the cells as calamine read them
        noted, boxes = {}, {}
    try:
        shut = _ods_hidden(data) if fmt == "xlsx" and b"opendocument.spreadsheet" in data[:256] else {}
    except Exception:  # an odd OpenDocument file: its rows and columns as calamine read them, none hidden
        shut = {}
    try:
        biff = _biff_marks(data) if fmt == "ole" else {}
    except Exception:  # a compound file this light reader cannot follow: keep calamine's reading
        biff = {}
    try:
        date1904 = _date1904(data, fmt)
    except Exception:  # a nicety of an odd book: its days read in the 1900 system, as calamine's numbers are
        date1904 = False
    try:
        headless = _headless_tables(data) if fmt == "xlsx" else {}
    except Exception:  # an odd table part: the cells as calamine read them
        headless = {}
    for sheet in sheets:
        state = visible.get(sheet.name, "Visible")
        marks = SheetMarks(hidden=state != "Visible", very_hidden=state == "VeryHidden", date1904=date1904)
        marks.noted, marks.unlinked_boxes = noted.get(sheet.name, ()), boxes.get(sheet.name, 0)
        if sheet.name in twice:
            # Two rows or two cells at one place: calamine keeps the last, the first record's values lost or replaced
            # by another's without a word (a case name read as the case number). Which was meant is unknown: the sheet
            # is damaged, as Excel finds it (it offers to repair the book).
            marks.damaged, marks.damage = True, twice[sheet.name]
        content = xml.get(sheet.name)
        if content:
            try:
                _scan(content, sheet, marks)
                # A book explaining its font colours whose text is coloured by rich-text runs only: its cells are
                # black by their format, and only the runs say otherwise.
                runs = strikes.fonts is not None and b"<rPr" in content
                inline = strikes.inline_text and (b"<strike" in content or b"superscript" in content)
                if strikes or inline or runs:
                    _scan_strikes(content, sheet, marks, strikes)
            except Exception:  # a malformed sheet part: keep what calamine read
                pass
        if sheet.name in shut:
            marks.hidden_rows, marks.hidden_columns, ods_errors, spans, marks.noted = shut[sheet.name]
            # calamine gives no merged ranges of an OpenDocument file: its spanned cells are them (a 执法类别 written
            # once over its block of rows counts for each row, as in the .xlsx it was saved from).
            sheet.merged = sheet.merged or spans
            for row, col, value in ods_errors:
                _put(sheet, row, col, value)
            marks.errors += len(ods_errors)
        errors, hidden_rows, struck_rows, symbol_cells, row_fills, row_fonts = biff.get(sheet.name, ((),) * 6)
        for row, col, value in errors:
            _put(sheet, row, col, value)
        for row, col, font in symbol_cells:
            _show_symbols(sheet, row, col, font)
        marks.errors += len(errors)
        marks.hidden_rows = marks.hidden_rows or hidden_rows
        marks.struck_rows = marks.struck_rows or struck_rows
        marks.row_fills = marks.row_fills or row_fills
        marks.row_fonts = marks.row_fonts or row_fonts
        sheet.marks = marks
        for row, col, titles in sorted(headless.get(sheet.name, ()), reverse=True):
            _titled(sheet, row, col, titles)


_DATE1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*?\bdate1904\s*=\s*[\"'](?:1|true)[\"']")


def _date1904(data: bytes, fmt: str) -> bool:
    """Whether a workbook uses the 1904 date system: an .xlsx's workbookPr date1904, an .xls's DATEMODE record."""
    if fmt == "xlsx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return bool(_DATE1904.search(archive.read("xl/workbook.xml")))
    if fmt == "ole":
        stream = _ole_stream(data, ("Workbook", "Book"))
        for kind, body in _biff_records(stream or b"", 0):
            if kind == 0x0022 and len(body) >= 2:  # DATEMODE: 1 for the 1904 system
                return struct.unpack_from("<H", body)[0] == 1
    return False


# --- Excel 97-2003 (BIFF8 in an OLE compound file; WPS .et alike) ------------------------------------------------

_FREE_SECTORS = 0xFFFFFFFA  # and above: end of chain, FAT/DIFAT sectors, free
# BIFF8 error codes (BErr) as Excel shows them.
_BIFF_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!",
                0x2A: "#N/A", 0x2B: "#GETTING_DATA"}  # fmt: skip


def xls_encrypted(data: bytes) -> bool:
    """Whether an Excel 97-2003 book (.xls, WPS .et) has an opening password: the record right after its Workbook
    stream's BOF is FILEPASS (0x002F), every record after it ciphered. (An .xlsx with a password is an OLE file
    holding an EncryptionInfo stream instead.) calamine, given the bytes alone, says only that it cannot tell
    the format."""
    try:
        stream = _ole_stream(data, ("Workbook", "Book"))
        if not stream or len(stream) < 8:
            return False
        kind, size = struct.unpack_from("<HH", stream, 0)
        after = 4 + size
        return kind in (0x0809, 0x0409, 0x0209, 0x0009) and stream[after : after + 2] == b"\x2f\x00"
    except Exception:  # a compound file this light reader cannot follow: not known to be encrypted
        return False


def _ole_stream(data: bytes, names: tuple[str, ...]) -> bytes | None:
    """The first stream of an OLE compound file named one of `names`, or None (a light reader of the
    header, the FAT, the directory and, for a small stream, the mini stream)."""
    shift, mini_shift = struct.unpack_from("<HH", data, 30)
    size, mini_size = 1 << shift, 1 << mini_shift
    n_fat, first_dir, _, cutoff, first_minifat, _, first_difat, n_difat = struct.unpack_from("<8I", data, 44)

    def sector(i: int) -> bytes:
        return data[(i + 1) * size : (i + 2) * size]

    fat_sectors = list(struct.unpack_from("<109I", data, 76))[: min(n_fat, 109)]
    d = first_difat
    for _ in range(n_difat):  # DIFAT sectors beyond the header's 109 entries
        if d >= _FREE_SECTORS:
            break
        entries = struct.unpack(f"<{size // 4}I", sector(d))
        fat_sectors += [e for e in entries[:-1] if e < _FREE_SECTORS]
        d = entries[-1]
    fat = [e for s in fat_sectors[:n_fat] for e in struct.unpack(f"<{size // 4}I", sector(s))]

    def chain(start: int, table: list[int], limit: int) -> list[int]:
        out = []
        while start < _FREE_SECTORS and start < len(table) and len(out) < limit:
            out.append(start)
            start = table[start]
        return out

    limit = len(data) // size + 1
    directory = b"".join(sector(i) for i in chain(first_dir, fat, limit))
    entries = []
    for at in range(0, len(directory) - 127, 128):
        length = struct.unpack_from("<H", directory, at + 64)[0]
        name = directory[at : at + max(0, min(length, 64) - 2)].decode("utf-16-le", "replace")
        kind = directory[at + 66]
        start, stream_size = struct.unpack_from("<II", directory, at + 116)
        entries.append((name, kind, start, stream_size))
    if not entries:
        return None
    for name, kind, start, stream_size in entries:
        if kind != 2 or name not in names:
            continue
        if stream_size >= cutoff:
            return b"".join(sector(i) for i in chain(start, fat, limit))[:stream_size]
        root = b"".join(sector(i) for i in chain(entries[0][2], fat, limit))
        minifat = [e for s in chain(first_minifat, fat, limit) for e in struct.unpack(f"<{size // 4}I", sector(s))]
        blocks = chain(start, minifat, len(root) // mini_size + 1)
        return b"".join(root[b * mini_size : (b + 1) * mini_size] for b in blocks)[:stream_size]
    return None


# Cell records holding a value, each starting row, column, XF index: LABELSST, NUMBER, RK, LABEL, BOOLERR, FORMULA.
_BIFF_VALUE_CELLS = frozenset((0x00FD, 0x0203, 0x027E, 0x0204, 0x0205, 0x0006))


# The colours of an Excel 97-2003 book's palette, indices 8–63 (Excel's default; a PALETTE record replaces them).
_BIFF_PALETTE = (
    "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 "
    "9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF "
    "00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 "
    "003366 339966 003300 333300 993300 993366 333399 333333"
).split()


@dataclass
class _BiffStyles:
    """What an Excel 97-2003 book's cell formats (XF indices) say beyond the value: struck through, set in a symbol
    font (→ its name), filled solid with a colour (→ RRGGBB)."""

    struck: frozenset[int] = frozenset()
    symbols: dict[int, str] | None = None
    fills: dict[int, str] | None = None
    # XF index → its font's colour, RRGGBB (000000 for the automatic one), in a book whose strings explain font
    # colours and some of whose fonts have one; and the shared strings whose rich-text runs have colours (`_Strikes`).
    fonts: dict[int, str] | None = None
    run_inks: dict[int, frozenset] | None = None

    def __bool__(self) -> bool:
        return bool(self.struck or self.symbols or self.fills or self.fonts)


# The eight colours a BIFF colour index below 8 names (black, white, red, green, blue, yellow, magenta, cyan).
_BIFF_FIXED = ("000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF")


def _biff_colour(icv: int, palette: list[str]) -> str:
    """A font's colour index as RRGGBB: the fixed eight, the book's palette (8–63), else the automatic text colour."""
    if icv < 8:
        return _BIFF_FIXED[icv]
    return palette[icv - 8] if icv - 8 < len(palette) else "000000"


def _explains_font_colours(stream: bytes) -> bool:
    """Whether the book's text names a font colour as a meaning (红色字体为化解中): its strings are UTF-16, at either
    alignment in the stream."""
    return any(FONT_NOTE_TEXT.search(stream[at:].decode("utf-16-le", "ignore")) for at in (0, 1))


def _biff_styles(stream: bytes) -> _BiffStyles:
    """The globals' FONT, XF and PALETTE records read into `_BiffStyles`. Font index 4 does not exist in BIFF: the
    fifth FONT record is font 5. An XF's fill is its fls (1 = solid) and its icvFore, a palette index; a font's
    colour is its icv."""
    fonts, xfs, palette, inks = [], [], list(_BIFF_PALETTE), []
    for kind, body in _biff_records(stream, 0):
        if kind == 0x0031 and len(body) >= 16:
            count, wide = body[14], body[15] & 1
            raw = body[16 : 16 + count * (2 if wide else 1)]
            name = raw.decode("utf-16-le" if wide else "latin-1", "replace")
            fonts.append((bool(struct.unpack_from("<H", body, 2)[0] & 0x0008), name))
            inks.append(struct.unpack_from("<H", body, 4)[0])
        elif kind == 0x0031 and len(body) >= 4:
            fonts.append((bool(struct.unpack_from("<H", body, 2)[0] & 0x0008), ""))
            inks.append(struct.unpack_from("<H", body, 4)[0] if len(body) >= 6 else 0x7FFF)
        elif kind == 0x00E0 and len(body) >= 20:
            fill = (struct.unpack_from("<I", body, 14)[0] >> 26) & 0x3F
            xfs.append(
                (struct.unpack_from("<H", body)[0], struct.unpack_from("<H", body, 18)[0] & 0x7F if fill == 1 else None)
            )
        elif kind == 0x00E0 and len(body) >= 2:
            xfs.append((struct.unpack_from("<H", body)[0], None))
        elif kind == 0x0092 and len(body) >= 2:
            count = struct.unpack_from("<H", body)[0]
            palette = [body[2 + 4 * i : 5 + 4 * i].hex().upper() for i in range(min(count, (len(body) - 2) // 4))]
    by_index = {i if i < 4 else i + 1: font for i, font in enumerate(fonts)}
    struck = frozenset(i for i, (font, _) in enumerate(xfs) if by_index.get(font, (False, ""))[0])
    symbols = {
        i: by_index[font][1]
        for i, (font, _) in enumerate(xfs)
        if font in by_index and by_index[font][1].strip().lower() in SYMBOL_FONTS
    }
    fills = {
        i: palette[colour - 8]
        for i, (_, colour) in enumerate(xfs)
        if colour is not None and 8 <= colour < 8 + len(palette) and palette[colour - 8] != "FFFFFF"
    }
    ink_of = {i if i < 4 else i + 1: _biff_colour(icv, palette) for i, icv in enumerate(inks)}
    fonts = {i: ink_of.get(font, "000000") for i, (font, _) in enumerate(xfs)}
    # Only a book with text in colour (a cell's format or a run of its text), that says what its colours mean, has
    # rows to tell by them.
    coloured = any(c != "000000" for c in ink_of.values()) and _explains_font_colours(stream)
    try:
        runs = _biff_run_inks(stream, ink_of) if coloured else {}
    except (IndexError, ValueError, struct.error):  # a string table this light reader cannot follow: no run read
        runs = {}
    return _BiffStyles(struck, symbols or None, fills or None, fonts if coloured else None, runs or None)


def _biff_run_inks(stream: bytes, ink_of: dict[int, str]) -> dict[int, frozenset]:
    """The shared strings written in rich text whose runs have a colour → the runs' colours (None for text before
    the first run, in the cell's own font): the SST record and its CONTINUE records, a string's characters split over
    two of them going on after a byte saying their width."""
    segments: list[bytes] = []
    for kind, body in _biff_records(stream, 0):
        if kind == 0x00FC:
            segments = [body]
        elif segments and kind == 0x003C:
            segments.append(body)
        elif segments:
            break
    if not segments or len(segments[0]) < 8:
        return {}
    at = [0, 8]  # segment, position

    def take(n: int) -> bytes:
        out = b""
        while n > 0:
            if at[1] >= len(segments[at[0]]):
                at[0], at[1] = at[0] + 1, 0
            chunk = segments[at[0]][at[1] : at[1] + n]
            out, at[1], n = out + chunk, at[1] + len(chunk), n - len(chunk)
        return out

    def skip_chars(count: int, wide: bool) -> None:
        while count > 0:
            if at[1] >= len(segments[at[0]]):
                at[0], at[1] = at[0] + 1, 1
                wide = bool(segments[at[0]][0] & 1)
            step = 2 if wide else 1
            k = min(count, (len(segments[at[0]]) - at[1]) // step)
            if k <= 0:
                raise ValueError("a character cut between records")
            at[1], count = at[1] + k * step, count - k

    out = {}
    for i in range(struct.unpack_from("<I", segments[0], 4)[0]):
        cch, flags = struct.unpack("<HB", take(3))
        runs = struct.unpack("<H", take(2))[0] if flags & 0x08 else 0
        ext = struct.unpack("<I", take(4))[0] if flags & 0x04 else 0
        skip_chars(cch, bool(flags & 1))
        pairs = [struct.unpack_from("<HH", take(4)) for _ in range(runs)]
        take(ext)
        inks = {ink_of.get(font, "000000") for start, font in pairs if start < cch}
        if pairs and pairs[0][0] > 0:
            inks.add(None)
        if inks - {None, "000000"}:
            out[i] = frozenset(inks)
    return out


def _biff_marks(data: bytes) -> dict[str, tuple[tuple, ...]]:
    """Sheet name → (error cells as (row, column, #REF!), hidden rows, rows struck through, text cells set in a symbol
    font as (row, column, font), rows of one solid fill as (row, RRGGBB)) of an Excel 97-2003 workbook. calamine
    reads an error cell (BOOLERR) and a formula whose saved value is an error as empty, and no cell's format."""
    stream = _ole_stream(data, ("Workbook", "Book"))
    if not stream:
        return {}
    styles = _biff_styles(stream)
    out: dict[str, tuple[tuple, ...]] = {}
    for name, offset in _biff_sheets(stream):
        errors, hidden, symbols = [], [], []
        filled: Counter = Counter()
        struck: Counter = Counter()
        colours: dict[int, list] = {}
        inks: dict[int, set] = {}
        for kind, body in _biff_records(stream, offset):
            length = len(body)
            if styles and kind in _BIFF_VALUE_CELLS and length >= 6:
                row, col, xf = struct.unpack_from("<HHH", body)
                filled[row] += 1
                struck[row] += xf in styles.struck
                if styles.fills:
                    colours.setdefault(row, []).append(styles.fills.get(xf))
                if styles.fonts:
                    ink = styles.fonts.get(xf, "000000")
                    sst = struct.unpack_from("<I", body, 6)[0] if kind == 0x00FD and length >= 10 else None
                    runs = (styles.run_inks or {}).get(sst)
                    if runs:  # a text typed in colour run by run: its cell's one colour, if any
                        shown = {ink if r is None else r for r in runs}
                        ink = shown.pop() if len(shown) == 1 else None
                    inks.setdefault(row, set()).add(ink)
                if styles.symbols and kind == 0x00FD and xf in styles.symbols:
                    symbols.append((row, col, styles.symbols[xf]))
            elif styles and kind == 0x00BD and length >= 6:  # MULRK: (XF, RK) pairs in one row
                row = struct.unpack_from("<H", body)[0]
                for at in range(4, length - 2 - 5, 6):
                    xf = struct.unpack_from("<H", body, at)[0]
                    filled[row] += 1
                    struck[row] += xf in styles.struck
                    if styles.fills:
                        colours.setdefault(row, []).append(styles.fills.get(xf))
                    if styles.fonts:
                        inks.setdefault(row, set()).add(styles.fonts.get(xf, "000000"))
            if kind == 0x0205 and length >= 8 and body[7] == 1:  # BOOLERR holding an error
                row, col = struct.unpack_from("<HH", body)
                errors.append((row, col, _BIFF_ERRORS.get(body[6], "#VALUE!")))
            elif kind == 0x0006 and length >= 14 and body[6] == 2 and body[12:14] == b"\xff\xff":
                row, col = struct.unpack_from("<HH", body)  # FORMULA whose saved value is an error
                errors.append((row, col, _BIFF_ERRORS.get(body[8], "#VALUE!")))
            elif kind == 0x0208 and length >= 16 and struct.unpack_from("<I", body, 12)[0] & 0x20:
                hidden.append(struct.unpack_from("<H", body)[0])  # ROW with fDyZero: hidden
        fills = tuple(sorted((r, c) for r, c in ((r, row_colour(cs)) for r, cs in colours.items()) if c))
        struck_rows = tuple(sorted(r for r, n in filled.items() if struck_row(n, struck[r])))
        fonts = tuple(sorted((r, c.pop()) for r, c in inks.items() if len(c) == 1 and None not in c))
        out[name] = (tuple(errors), tuple(hidden), struck_rows, tuple(symbols), fills, fonts)
    return out


def _biff_records(stream: bytes, pos: int):
    """(type, body) of each BIFF record from `pos` up to its substream's EOF record."""
    while pos + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, pos)
        if kind == 0x000A:  # EOF
            return
        yield kind, stream[pos + 4 : pos + 4 + length]
        pos += 4 + length


def _biff_sheets(stream: bytes) -> list[tuple[str, int]]:
    """(name, offset of its BOF) of each sheet, from the globals' BOUNDSHEET8 records."""
    out = []
    for kind, body in _biff_records(stream, 0):
        if kind == 0x0085 and len(body) >= 8:
            count, wide = body[6], body[7] & 1
            raw = body[8 : 8 + count * (2 if wide else 1)]
            out.append((raw.decode("utf-16-le" if wide else "latin-1", "replace"), struct.unpack_from("<I", body)[0]))
    return out


def _attrs(tag: bytes) -> dict[bytes, bytes]:
    return dict(_ATTR.findall(tag))


def distinct_names(names: list[str]) -> list[str]:
    """A book's sheet names, a name met again given its place among its namesakes (a name no other sheet has).

    >>> distinct_names(["台账", "汇总", "台账", "台账（2）"])
    ['台账', '汇总', '台账（3）', '台账（2）']
    """
    out: list[str] = []
    for i, name in enumerate(names):
        if name in out:
            name = next(n for n in (f"{name}（{k}）" for k in range(2, i + 3)) if n not in out and n not in names)
        out.append(name)
    return out


def with_distinct_names(archive: zipfile.ZipFile) -> tuple[bytes, list[str]] | None:
    """xl/workbook.xml with every sheet named apart (`distinct_names`), and the names given; None when no two
    sheets share a name. A program other than Excel can write two sheets of one name (Excel refuses to):
    calamine then reads the first sheet's cells for both."""
    book = archive.read("xl/workbook.xml")
    tags = list(_SHEET.finditer(book))
    written = [_unescape(_attrs(m.group()).get(b"name", b"").decode("utf-8", "replace")) for m in tags]
    names = distinct_names(written)
    if names == written:
        return None
    for m, old, new in reversed(list(zip(tags, written, names))):
        if old != new:
            escaped = new.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
            start, end = re.search(rb'\bname="([^"]*)"', m.group()).span(1)
            tag = m.group()[:start] + escaped.encode() + m.group()[end:]
            book = book[: m.start()] + tag + book[m.end() :]
    return book, [new for old, new in zip(written, names) if old != new]


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


# The relationship types of a book's sheets that are no worksheet: Excel 4.0 macro sheets (宏表, also
# kept by templates of old systems) and Excel 5 dialog sheets. calamine refuses a book holding one.
_NOT_WORKSHEETS = (b"/xlMacrosheet", b"/xlIntlMacrosheet", b"/dialogsheet")


def non_worksheets(archive: zipfile.ZipFile) -> list[tuple[bytes, str]]:
    """A workbook's macro and dialog sheets: each one's <sheet …/> entry in xl/workbook.xml and its name."""
    rels = archive.read("xl/_rels/workbook.xml.rels")
    ids = {
        _attrs(tag).get(b"Id", b"")
        for tag in _RELATION.findall(rels)
        if _attrs(tag).get(b"Type", b"").endswith(_NOT_WORKSHEETS)
    }
    return [
        (tag, _unescape(_attrs(tag).get(b"name", b"").decode("utf-8", "replace")))
        for tag in _SHEET.findall(archive.read("xl/workbook.xml"))
        if _attrs(tag).get(b"r:id", b"") in ids
    ]


# Boxes and ticks a symbol font draws for a character: the font's character code (a letter of the keyboard, or its
# place in the private area F0xx as Word's Insert → Symbol writes it) and the Unicode character a reader sees. A clerk
# sets a column's font to Wingdings 2 and types P for ✓ and O for ✗, or Alt+0252 (ü) in Wingdings for ✓: the cell
# stores the letter, only the font shows the tick (a ☑ turned into R is the well-known sign of a lost font).
SYMBOL_FONTS = {
    "wingdings 2": {0x52: "☑", 0x54: "☒", 0xA3: "□", 0x50: "✓", 0x4F: "✗"},
    "wingdings": {0xFE: "☑", 0xFD: "☒", 0xA8: "□", 0x6F: "□", 0xFC: "✓", 0xFB: "✗"},
}


def symbol_text(font: str, text: str) -> str | None:
    """What a text set in `font` shows when the font is a symbol font and every character of it is one of its
    boxes or ticks; None otherwise (a word in Wingdings is no tick, and is left as stored).

    >>> symbol_text("Wingdings", "ü"), symbol_text("Wingdings 2", "P"), symbol_text("wingdings 2", "\uf052")
    ('✓', '✓', '☑')
    >>> symbol_text("Wingdings", "是"), symbol_text("宋体", "P"), symbol_text("Wingdings", "")
    (None, None, None)
    """
    table = SYMBOL_FONTS.get(font.strip().lower())
    chars = [c for c in text if not c.isspace()]
    if not table or not chars:
        return None
    codes = [ord(c) - 0xF000 if 0xF000 <= ord(c) <= 0xF0FF else ord(c) for c in chars]
    return "".join(table[c] for c in codes) if all(c in table for c in codes) else None


@dataclass
class _Strikes:
    """What of a workbook is struck through (删除线): the cell formats (xf indices) whose font strikes, and the
    shared strings with a struck run beside unstruck text (index → "old→new")."""

    styles: frozenset[bytes] = frozenset()
    shared: dict[int, str] | None = None
    # The book keeps its text in the cells (no shared strings: openpyxl and other writers, never Excel or WPS): only
    # then are its sheets searched for struck runs of their own, so that an Excel book costs no search at all.
    inline_text: bool = False
    # The cell formats (xf indices) whose cells show nothing: white text on no fill or a white one, or a number
    # format of empty sections (;;;).
    unseen: frozenset[bytes] = frozenset()
    # The cell formats (xf indices) whose font is a symbol font (SYMBOL_FONTS) → the font's name.
    symbols: dict[bytes, str] | None = None
    # The cell formats (xf indices) with a solid fill of a colour other than white → the colour, RRGGBB: an RGB one,
    # or a theme's (fgColor theme="9" tint="0.4", Excel's 主题颜色) resolved by the book's theme and the tint.
    fills: dict[bytes, str] | None = None
    # The cell formats (xf indices) → their font's colour, RRGGBB (000000 for the default, automatic or theme text
    # colour), in a book whose strings explain font colours.
    fonts: dict[bytes, str] | None = None
    # Shared strings written in rich text whose runs have colours of their own (a cell's text typed red by selecting
    # it, not by the cell's format) → the runs' colours, None for a run in the cell's own font; same book as `fonts`.
    run_inks: dict[int, frozenset] | None = None
    # The cell formats (xf indices) whose number format is a code book: sections showing numbers as words
    # ([=1]"已化解";[=2]"未化解";General, "是";"是";"否") → the format's sections (`_code_book`).
    worded: dict[bytes, list] | None = None

    def __bool__(self) -> bool:
        return bool(
            self.styles
            or self.shared
            or self.unseen
            or self.symbols
            or self.fills
            or self.fonts
            or self.run_inks
            or self.worded
        )


_FONTS = re.compile(rb"<(?:\w+:)?fonts\b[^>]*>(.*?)</(?:\w+:)?fonts>", re.S)
_FONT = re.compile(rb"<(?:\w+:)?font\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?font>)", re.S)
_STRIKE = re.compile(rb'<(?:\w+:)?strike(?:\s+val="(?:1|true)")?\s*/>')
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.S)
_XF = re.compile(rb"<(?:\w+:)?xf\b([^>]*?)(?:/>|>.*?</(?:\w+:)?xf>)", re.S)
_SI = re.compile(rb"<(?:\w+:)?si>(.*?)</(?:\w+:)?si>", re.S)
_RUN = re.compile(rb"<(?:\w+:)?r>(.*?)</(?:\w+:)?r>", re.S)
_T = re.compile(rb"<(?:\w+:)?t\b[^>]*>(.*?)</(?:\w+:)?t>", re.S)
_FILLS = re.compile(rb"<(?:\w+:)?fills\b[^>]*>(.*?)</(?:\w+:)?fills>", re.S)
_FILL = re.compile(rb"<(?:\w+:)?fill\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?fill>)", re.S)
_NUM_FMT = re.compile(rb"<(?:\w+:)?numFmt\b([^>]*?)/?>")
_COLOR = re.compile(rb"<(?:\w+:)?(?:color|fgColor)\b([^>]*?)/?>")
_PATTERN = re.compile(rb'\bpatternType="(\w+)"')
# A row and a cell, with or without a namespace prefix (<x:row>, as some exporters write the sheet).
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_C = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_S_ATTR = re.compile(rb'\bs="(\d+)"')
_T_ATTR = re.compile(rb'\bt="(\w+)"')


def _strikes(archive: zipfile.ZipFile, data: bytes) -> _Strikes:
    """The workbook's struck formats and struck runs: two byte searches when it has none (the usual book)."""
    out = _Strikes(inline_text="xl/sharedStrings.xml" not in archive.NameToInfo)
    try:
        styles = _member(archive, data, "xl/styles.xml")
    except (KeyError, OSError, RuntimeError, zipfile.BadZipFile, zlib.error, struct.error):
        styles = b""
    if b"strike" in styles:
        fonts = _FONTS.search(styles)
        struck = (
            {i for i, f in enumerate(_FONT.finditer(fonts.group(1))) if _STRIKE.search(f.group(0))} if fonts else set()
        )
        xfs = _CELL_XFS.search(styles)
        if struck and xfs:
            out.styles = frozenset(
                str(i).encode()
                for i, xf in enumerate(_XF.finditer(xfs.group(1)))
                if int((_attrs(xf.group(1)).get(b"fontId") or b"0").decode() or 0) in struck
            )
    if b"wingdings" in styles.lower():
        try:
            out.symbols = _symbol_formats(styles)
        except Exception:  # a malformed format: its cells are read as stored (a letter, said unknown by the cleaners)
            out.symbols = None
    if b"&quot;" in styles and b"<numFmt" in styles:
        try:
            out.worded = _worded_formats(styles) or None
        except Exception:  # a malformed format: its cells are read as the numbers they hold
            out.worded = None
    if b"FFFFFF" in styles.upper() or b'theme="0"' in styles or b";;;" in styles:
        try:
            out.unseen = _unseen_formats(styles)
        except Exception:  # a malformed format (fontId="x"): no cell is said unseen, the struck ones still read
            out.unseen = frozenset()
    try:
        shared = _member(archive, data, "xl/sharedStrings.xml")
    except (KeyError, OSError, RuntimeError, zipfile.BadZipFile, zlib.error, struct.error):
        shared = b""
    if b"strike" in shared or b"superscript" in shared:
        out.shared = {i: text for i, si in enumerate(_SI.finditer(shared)) if (text := _rich_text(si.group(1)))}
    # Rows' fills are read only for a book that may explain its colours (a header filled grey is common; its sheets
    # are then not searched row by row): its strings name a colour as a meaning (绿色为, 红色表示), or it keeps its
    # text in the cells (no shared strings to look in).
    if out.inline_text or _FONT_NOTE.search(shared):
        try:
            theme = _theme_colours(archive, data) if b"theme=" in styles or b"theme=" in shared else ()
            out.fonts = _font_formats(styles, theme)
            runs = {i: inks for i, si in enumerate(_SI.finditer(shared)) if (inks := _run_inks(si.group(1), theme))}
            out.run_inks = runs or None
        except Exception:  # a malformed font: no row's text colour is read
            out.fonts = out.run_inks = None
    if b'patternType="solid"' in styles and (out.inline_text or _COLOUR_NOTE.search(shared)):
        try:
            out.fills = _fill_formats(styles, _theme_colours(archive, data) if b"theme=" in styles else ())
        except Exception:  # a malformed fill: no row's colour is read
            out.fills = None
    return out


# A theme's colours in the order a colour's theme="n" counts them: Excel swaps the first two pairs (0 is lt1, the
# background; 1 is dk1, the text), then accent1 … accent6, hlink, folHlink.
_THEME_SLOTS = (b"lt1", b"dk1", b"lt2", b"dk2", b"accent1", b"accent2", b"accent3", b"accent4", b"accent5", b"accent6",
                b"hlink", b"folHlink")  # fmt: skip
_THEME_COLOUR = re.compile(
    rb"<(?:\w+:)?(lt1|dk1|lt2|dk2|accent[1-6]|hlink|folHlink)>\s*<(?:\w+:)?(?:srgbClr\b[^>]*?\bval|sysClr\b[^>]*?\blastClr)"
    rb'="([0-9A-Fa-f]{6})"',
    re.S,
)


def _theme_colours(archive: zipfile.ZipFile, data: bytes) -> tuple[str, ...]:
    """The book's theme colours (RRGGBB) by their theme="n" number; () without a theme."""
    try:
        theme = _member(archive, data, "xl/theme/theme1.xml")
    except (KeyError, OSError, RuntimeError, zipfile.BadZipFile, zlib.error, struct.error):
        return ()
    found = {m.group(1): m.group(2).decode().upper() for m in _THEME_COLOUR.finditer(theme)}
    return tuple(found.get(slot, "") for slot in _THEME_SLOTS) if found else ()


def _tinted(rgb: str, tint: float) -> str:
    """A colour lightened (tint > 0) or darkened (tint < 0) as Excel applies a theme colour's tint, on its HLS
    lightness (Excel's own rounding may differ by a unit: E2EFDA for the green's 80% lighter).

    >>> _tinted("70AD47", 0.0), _tinted("70AD47", 0.7999816888943144), _tinted("4472C4", -0.249977111117893)
    ('70AD47', 'E2F0D9', '2F5597')
    """
    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, lum, sat = colorsys.rgb_to_hls(r, g, b)
    lum = lum * (1 + tint) if tint < 0 else lum * (1 - tint) + tint
    return "".join(f"{round(c * 255):02X}" for c in colorsys.hls_to_rgb(h, lum, sat))


# A book's words saying what its rows' colours mean (绿色为已化解; 红色字体为化解中): only such a book has rows to tell by
# their fill or their text's colour (an .xlsx's strings, an .xls's, a web page's text alike).
COLOUR_NOTE_TEXT = re.compile("色(?:的)?(?:行|记录|事项)?(?:为|表示|代表|即)")
FONT_NOTE_TEXT = re.compile("色(?:字体|文字|字)(?:的)?(?:行|记录|事项)?(?:为|表示|代表|即|是)")
_COLOUR_NOTE = re.compile(COLOUR_NOTE_TEXT.pattern.encode())
_FONT_NOTE = re.compile(FONT_NOTE_TEXT.pattern.encode())


def _font_colour(inner: bytes, theme: tuple[str, ...] = ()) -> str:
    """A font's colour (a style's <font> or a rich-text run's <rPr>), RRGGBB: an RGB colour, a legacy palette index,
    or a theme colour with its tint; 000000 for a font of no colour, the automatic one or the theme's text colour."""
    colour = _COLOR.search(inner)
    a = _attrs(colour.group(1)) if colour else {}
    rgb = _RGB.search(colour.group(1)) if colour else None
    found = rgb.group(1).decode().upper() if rgb else "000000"
    if rgb is None and b"indexed" in a:
        n = int(a[b"indexed"].decode() or -1)
        found = _BIFF_PALETTE[n - 8] if 8 <= n < 8 + len(_BIFF_PALETTE) else _BIFF_FIXED[n] if 0 <= n < 8 else found
    elif rgb is None and b"theme" in a and theme:
        n = int(a[b"theme"].decode() or -1)
        if 0 <= n < len(theme) and theme[n]:
            found = _tinted(theme[n], float(a.get(b"tint", b"0").decode() or 0))
    return found


_RPR = re.compile(rb"<(?:\w+:)?rPr>(.*?)</(?:\w+:)?rPr>", re.S)


def _run_inks(rich: bytes, theme: tuple[str, ...] = ()) -> frozenset | None:
    """The colours of a rich text's runs holding text (None for a run without properties: the cell's own font), or
    None for a text of no runs or none in a colour."""
    inks = set()
    for run in _RUN.finditer(rich):
        text = "".join(_unescape(t.decode("utf-8", "replace")) for t in _T.findall(run.group(1)))
        if not text.strip():
            continue
        props = _RPR.search(run.group(1))
        inks.add(_font_colour(props.group(1), theme) if props else None)
    return frozenset(inks) if inks - {None, "000000"} else None


def _font_formats(styles: bytes, theme: tuple[str, ...] = ()) -> dict[bytes, str]:
    """The cell formats (xf indices) → their font's colour, RRGGBB (`_font_colour`)."""
    fonts = _FONTS.search(styles)
    colours = [_font_colour(f.group(1) or b"", theme) for f in (_FONT.finditer(fonts.group(1)) if fonts else ())]
    xfs = _CELL_XFS.search(styles)
    if not xfs or all(c == "000000" for c in colours):  # no text in colour: no row to tell (and no sheet to scan)
        return {}
    return {
        str(i).encode(): colours[font] if font < len(colours) else "000000"
        for i, xf in enumerate(_XF.finditer(xfs.group(1)))
        for font in (int((_attrs(xf.group(1)).get(b"fontId") or b"0").decode() or 0),)
    }


# A number format's sections (parted by ; outside quotes), a section's condition ([=1], [>0], [<=2]) and its other
# bracketed parts (a colour [红色], a locale [$-804]), and a section of quoted or escaped literal text only.
_FORMAT_SECTION = re.compile(r'(?:"[^"]*"|\\.|[^;"\\])*')
_FORMAT_CONDITION = re.compile(r"\[(=|<>|<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\]")
_FORMAT_BRACKET = re.compile(r"\[[^\]]*\]")
_FORMAT_LITERAL = re.compile(r'(?:"([^"]*)"|\\(.)|\s)+')
_COMPARE = {
    "=": lambda a, b: a == b,
    "<>": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    ">": lambda a, b: a > b,
    "<=": lambda a, b: a <= b,
    ">=": lambda a, b: a >= b,
}


def _code_book(code: str) -> list[tuple[tuple[str, float] | None, str | None]] | None:
    """A number format's sections as (condition or None, the literal text it shows or None), when two sections or
    more show distinct words and nothing else: a code book (1 shown as 已化解, 2 as 未化解). None for any other format
    (0"件", a dash or 无 for zero alone, a date): its cells are the numbers they hold."""
    sections = [m.group(0) for m in _FORMAT_SECTION.finditer(code)][::2][:3]
    book = []
    for section in sections:
        condition = _FORMAT_CONDITION.search(section)
        bare = _FORMAT_BRACKET.sub("", section).strip()
        literal = _FORMAT_LITERAL.fullmatch(bare) if bare else None
        text = "".join(a or b for a, b in _FORMAT_LITERAL.findall(bare)).strip() if literal else None
        book.append(((condition.group(1), float(condition.group(2))) if condition else None, text or None))
    words = {t for _, t in book if t}
    return book if len(words) >= 2 and all(re.search(r"[^\W\d_]", w) for w in words) else None


def _worded_formats(styles: bytes) -> dict[bytes, list]:
    """The cell formats (xf indices as written in a cell's s="…") whose number format is a code book (`_code_book`)."""
    books = {}
    for tag in _NUM_FMT.finditer(styles):
        a = _attrs(tag.group(0))
        book = _code_book(html.unescape(a.get(b"formatCode", b"").decode("utf-8", "replace")))
        if book is not None:
            books[a.get(b"numFmtId", b"")] = book
    xfs = _CELL_XFS.search(styles)
    if not books or not xfs:
        return {}
    return {
        str(i).encode(): books[fmt]
        for i, xf in enumerate(_XF.finditer(xfs.group(1)))
        if (fmt := _attrs(xf.group(1)).get(b"numFmtId")) in books
    }


def _number_cell(kind: re.Match[bytes] | None) -> bool:
    return kind is None or kind.group(1) == b"n"


def _show_words(sheet, row: int, col: int, book: list, inner: bytes) -> None:
    """A number cell whose format is a code book written as the words it shows (1 as 已化解), as Excel picks the
    section: the first whose condition the number meets, else the first without one; without conditions, positive,
    negative, zero."""
    v = re.search(rb"<(?:\w+:)?v>([^<]*)<", inner)
    try:
        number = float(v.group(1)) if v else None
    except ValueError:
        return
    if number is None:
        return
    if any(c for c, _ in book):
        chosen = next((t for c, t in book if c and _COMPARE[c[0]](number, c[1])), None)
        if chosen is None and not any(c and _COMPARE[c[0]](number, c[1]) for c, _ in book):
            chosen = next((t for c, t in book if c is None), None)
    elif len(book) == 1:
        chosen = book[0][1]
    elif len(book) == 2:
        chosen = book[0][1] if number >= 0 else book[1][1]
    else:
        chosen = book[0][1] if number > 0 else book[1][1] if number < 0 else book[2][1]
    if chosen:
        _set(sheet, row, col, chosen)


_FONT_NAME = re.compile(rb'<(?:\w+:)?name\b[^>]*?\bval="([^"]*)"')


def _symbol_formats(styles: bytes) -> dict[bytes, str]:
    """The cell formats (xf indices as written in a cell's s="…") whose font is a symbol font → its name."""
    fonts = _FONTS.search(styles)
    named = {}
    for i, f in enumerate(_FONT.finditer(fonts.group(1)) if fonts else ()):
        name = _FONT_NAME.search(f.group(1) or b"")
        if name and name.group(1).decode("utf-8", "replace").strip().lower() in SYMBOL_FONTS:
            named[i] = name.group(1).decode("utf-8", "replace")
    xfs = _CELL_XFS.search(styles)
    if not named or not xfs:
        return {}
    return {
        str(i).encode(): named[font]
        for i, xf in enumerate(_XF.finditer(xfs.group(1)))
        if (font := int((_attrs(xf.group(1)).get(b"fontId") or b"0").decode() or 0)) in named
    }


_RGB = re.compile(rb'\brgb="(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})"')


def _fill_formats(styles: bytes, theme: tuple[str, ...] = ()) -> dict[bytes, str]:
    """The cell formats (xf indices) with a solid fill of a colour other than white → the colour, RRGGBB: an RGB
    colour, or a `theme` colour (theme="n") with its tint."""
    fills = _FILLS.search(styles)
    coloured = {}
    for i, f in enumerate(_FILL.finditer(fills.group(1)) if fills else ()):
        inner = f.group(1) or b""
        pattern = _PATTERN.search(inner)
        colour = _COLOR.search(inner)
        rgb = _RGB.search(colour.group(1)) if colour else None
        found = rgb.group(1).decode().upper() if rgb else None
        if found is None and colour is not None and theme:
            a = _attrs(colour.group(1))
            n = int(a.get(b"theme", b"-1").decode() or -1)
            if 0 <= n < len(theme) and theme[n]:
                found = _tinted(theme[n], float(a.get(b"tint", b"0").decode() or 0))
        if pattern and pattern.group(1) == b"solid" and found and found != "FFFFFF":
            coloured[i] = found
    xfs = _CELL_XFS.search(styles)
    if not coloured or not xfs:
        return {}
    return {
        str(i).encode(): coloured[fill]
        for i, xf in enumerate(_XF.finditer(xfs.group(1)))
        if (fill := int((_attrs(xf.group(1)).get(b"fillId") or b"0").decode() or 0)) in coloured
    }


def _white(tag_attrs: bytes | None) -> bool:
    """A colour that is white: ARGB ending FFFFFF, or the theme's first colour (Excel's 背景 1, white in every
    built-in theme) not darkened by a negative tint."""
    if tag_attrs is None:
        return False
    a = _attrs(tag_attrs)
    if a.get(b"rgb", b"").upper().endswith(b"FFFFFF"):
        return True
    try:
        return a.get(b"theme") == b"0" and float(a.get(b"tint", b"0")) >= 0
    except ValueError:
        return False


def _unseen_formats(styles: bytes) -> frozenset[bytes]:
    """The cell formats (xf indices as written in a cell's s="…") whose cells show nothing on screen or on paper:
    a white font over no fill or a white one, or a custom number format of empty sections (;;; — Excel's way to
    hide a value). A white font over a coloured fill is seen, and is not one."""

    def color(inner: bytes | None) -> bytes | None:
        found = _COLOR.search(inner or b"")
        return found.group(1) if found else None

    fonts = _FONTS.search(styles)
    white_fonts = (
        {i for i, f in enumerate(_FONT.finditer(fonts.group(1))) if _white(color(f.group(1)))} if fonts else set()
    )
    fills = _FILLS.search(styles)
    plain_fills = set()
    for i, f in enumerate(_FILL.finditer(fills.group(1)) if fills else ()):
        pattern = _PATTERN.search(f.group(1) or b"")
        kind = pattern.group(1) if pattern else b"none"
        if kind == b"none" or (kind == b"solid" and _white(color(f.group(1)))):
            plain_fills.add(i)
    empty_formats = set()
    for tag in _NUM_FMT.finditer(styles):
        a = _attrs(tag.group(1))
        code = _unescape(a.get(b"formatCode", b"").decode("utf-8", "replace")).replace('""', "")
        if code.count(";") >= 3 and not code.replace(";", "").strip():
            empty_formats.add(a.get(b"numFmtId", b""))
    xfs = _CELL_XFS.search(styles)
    if not xfs or not (white_fonts or empty_formats):
        return frozenset()
    out = set()
    for i, xf in enumerate(_XF.finditer(xfs.group(1))):
        a = _attrs(xf.group(1))
        font, fill = (int((a.get(k) or b"0").decode() or 0) for k in (b"fontId", b"fillId"))
        if (font in white_fonts and fill in plain_fills) or a.get(b"numFmtId", b"0") in empty_formats:
            out.add(str(i).encode())
    return frozenset(out)


_SUPERSCRIPT = re.compile(rb'<(?:\w+:)?vertAlign\s+val="superscript"\s*/>')
_RAISED = str.maketrans("0123456789()+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻")


def raised(text: str) -> str:
    """A text set above the line (上标) as it shows: its digits, brackets and signs as superscript characters.

    >>> raised("(2)"), raised("1"), raised("注")
    ('⁽²⁾', '¹', '注')
    """
    return text.translate(_RAISED)


def _rich_text(rich: bytes) -> str | None:
    """A rich text as a clerk's formatting makes it read (_retyped_runs, _raised_runs); None for a plain one."""
    return _retyped_runs(rich) or _raised_runs(rich)


def _raised_runs(rich: bytes) -> str | None:
    """A rich text with a run set above the line (上标) as it shows: the run raised (5000¹, a note mark after a fine,
    which read as one text had been 50001); None for a text with no such run."""
    if b"superscript" not in rich:
        return None
    texts, found = [], False
    for run in _RUN.finditer(rich):
        text = "".join(_unescape(t.decode("utf-8", "replace")) for t in _T.findall(run.group(1)))
        up = bool(_SUPERSCRIPT.search(run.group(1)))
        found |= up and bool(text.strip())
        texts.append(raised(text) if up else text)
    return "".join(texts) if found else None


def _retyped_runs(rich: bytes) -> str | None:
    """A rich text whose struck runs come before unstruck text (~~300~~ 500) as "old→new", the way a clerk who
    retyped a value in its cell would write it (fzlib/specs/corrections.yaml); None for any other text."""
    if b"strike" not in rich:
        return None
    old, new = [], []
    for run in _RUN.finditer(rich):
        text = "".join(_unescape(t.decode("utf-8", "replace")) for t in _T.findall(run.group(1)))
        (old if _STRIKE.search(run.group(1)) and not new else new).append(text)
    old_text, new_text = "".join(old).strip(), "".join(new).strip()
    return f"{old_text}→{new_text}" if old_text and new_text else None


def _cell_ink(attrs: bytes, inner: bytes, style, strikes: _Strikes) -> str | None:
    """The colour a cell's text shows in: its format's font colour, or its rich text runs' one colour; None where its
    runs show two (one word typed red): the cell says no one colour."""
    own = (strikes.fonts or {}).get(style.group(1) if style else b"0", "000000")
    kind = _T_ATTR.search(attrs)
    runs = None
    if kind and kind.group(1) == b"s" and strikes.run_inks:
        v = re.search(rb"<v>(\d+)</v>", inner)
        runs = strikes.run_inks.get(int(v.group(1))) if v else None
    elif kind and kind.group(1) == b"inlineStr" and b"<rPr" in inner:
        runs = _run_inks(inner)
    if not runs:
        return own
    shown = {own if ink is None else ink for ink in runs}
    return shown.pop() if len(shown) == 1 else None


# A row struck through but for one cell is a row deleted all the same: a column inserted later and filled down the
# register (经办人) leaves its new cell unstruck. One or two struck cells are values corrected, not a row deleted.
STRUCK_BUT_ONE_AT_LEAST = 3


def struck_row(filled: int, struck: int) -> bool:
    """Whether a row of `filled` cells, `struck` of them struck through, is a row the clerk deleted.

    >>> struck_row(6, 6), struck_row(7, 6), struck_row(4, 3), struck_row(3, 2), struck_row(6, 1), struck_row(0, 0)
    (True, True, True, False, False, False)
    """
    return filled > 0 and (struck == filled or (struck >= STRUCK_BUT_ONE_AT_LEAST and struck == filled - 1))


def row_colour(colours: list) -> str | None:
    """The fill colour of a row from its filled cells' fills (None: no solid fill): the one colour every cell has,
    or all but one of four or more, the other uncoloured, as struck_row reads a strike (a column inserted after the
    rows were filled, 经办人, leaves its new cell plain); None where two colours meet or more than one cell is plain.

    >>> row_colour(["C6EFCE"] * 3), row_colour(["C6EFCE"] * 3 + [None]), row_colour(["C6EFCE"] * 2 + [None])
    ('C6EFCE', 'C6EFCE', None)
    >>> row_colour(["C6EFCE"] * 3 + [None, None]), row_colour(["C6EFCE", "FFEB9C", "C6EFCE"]), row_colour([None])
    (None, None, None)
    """
    shades = Counter(colours)
    plain = shades.pop(None, 0)
    if len(shades) != 1:
        return None
    ((colour, n),) = shades.items()
    return colour if plain == 0 or (plain == 1 and n >= STRUCK_BUT_ONE_AT_LEAST) else None


def _scan_strikes(content: bytes, sheet, marks: SheetMarks, strikes: _Strikes) -> None:
    """Rows struck through (struck_row), and cells retyped over a struck run, of one sheet."""
    struck_rows, unseen_rows, row_fills, row_fonts = [], [], [], []
    # A hidden column's cells say nothing of a row's strike or colour: a helper a clerk filled down the register and
    # hid (年份 =YEAR(), 辅助列 =IF()) is neither struck nor coloured where the row is.
    hidden = frozenset(marks.hidden_columns)
    for row in _ROW.finditer(content):
        number = _ROW_NUMBER.search(row.group(1))
        if number is None or not row.group(2):
            continue
        filled = struck = unseen = 0
        colours, inks = [], set()
        for cell in _C.finditer(row.group(2)):
            attrs, inner = cell.group(1), cell.group(2) or b""
            if b"<v" not in inner and b"<is" not in inner:
                continue
            ref = _REF.search(attrs)
            style = _S_ATTR.search(attrs)
            if not (hidden and ref and _column(ref.group(1)) in hidden):
                filled += 1
                if strikes.fills:
                    colours.append(strikes.fills.get(style.group(1)) if style else None)
                if strikes.fonts or strikes.run_inks or (strikes.inline_text and b"<rPr" in inner):
                    inks.add(_cell_ink(attrs, inner, style, strikes))
                struck += bool(style and style.group(1) in strikes.styles)
            unseen += bool(style and style.group(1) in strikes.unseen and not _EMPTY_VALUE.search(inner))
            kind = _T_ATTR.search(attrs)
            text = None
            if kind and kind.group(1) == b"inlineStr":
                text = _rich_text(inner)
            elif kind and kind.group(1) == b"s" and strikes.shared:
                v = re.search(rb"<v>(\d+)</v>", inner)
                text = strikes.shared.get(int(v.group(1))) if v else None
            if text and ref:
                _set(sheet, int(ref.group(2)) - 1, _column(ref.group(1)), text)
            elif strikes.worded and style and style.group(1) in strikes.worded and ref and _number_cell(kind):
                _show_words(sheet, int(ref.group(2)) - 1, _column(ref.group(1)), strikes.worded[style.group(1)], inner)
            elif strikes.symbols and style and style.group(1) in strikes.symbols and ref:
                _show_symbols(sheet, int(ref.group(2)) - 1, _column(ref.group(1)), strikes.symbols[style.group(1)])
        if struck_row(filled, struck):
            struck_rows.append(int(number.group(1)) - 1)
        if unseen:
            unseen_rows.append(int(number.group(1)) - 1)
        if (colour := row_colour(colours)) is not None:
            row_fills.append((int(number.group(1)) - 1, colour))
        if len(inks) == 1 and None not in inks:
            row_fonts.append((int(number.group(1)) - 1, inks.pop()))
    marks.struck_rows = tuple(struck_rows)
    marks.unseen_rows = tuple(unseen_rows)
    marks.row_fills = tuple(row_fills)
    marks.row_fonts = tuple(row_fonts)


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODS_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODS_PARTS = (_ODS_TABLE + "table-row", _ODS_TABLE + "table-column", _ODS_TABLE + "table")
_ODS_MOST = 1_048_576  # a sheet's rows; a repeat beyond it (LibreOffice's trailing empty rows) is cut


def _ods_hidden(data: bytes) -> dict[str, tuple]:
    """An OpenDocument spreadsheet's hidden rows and columns (0-based) by sheet name: table:visibility "collapse"
    (hidden) or "filter" (filtered out), a repeated row or column counted as many times as it repeats; and its error
    values as (row, column, the text the cell shows): LibreOffice saves a formula's error (#DIV/0!, Err:502) as an
    empty text marked calcext:value-type="error", which calamine reads as a blank cell (a required 办理日期 had been
    "为空" where the cell shows #REF!); and its spanned cells as merged ranges ((row, column), (last row, last
    column)), which calamine does not give; and its cells carrying a note (office:annotation, which calamine leaves
    out). {} for any other file."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if archive.read("mimetype")[:46] != b"application/vnd.oasis.opendocument.spreadsheet":
            return {}
        content = archive.open("content.xml")
        out: dict[str, tuple] = {}
        name, rows, columns, errors, r, c, row_at, cell_at = "", [], [], [], 0, 0, 0, 0
        spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
        noted: list[tuple[int, int]] = []
        cells = (_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell")
        for event, element in etree.iterparse(content, events=("start", "end")):
            tag = element.tag
            if event == "start" and tag == _ODS_TABLE + "table":
                name, rows, columns, errors, r, c = element.get(_ODS_TABLE + "name") or "", [], [], [], 0, 0
                spans, noted = [], []
            elif event == "start" and tag in (_ODS_TABLE + "table-row", _ODS_TABLE + "table-column"):
                is_row = tag.endswith("row")
                count = int(
                    element.get(_ODS_TABLE + ("number-rows-repeated" if is_row else "number-columns-repeated"), 1)
                )
                at = r if is_row else c
                count = max(1, min(count, _ODS_MOST - at))
                if element.get(_ODS_TABLE + "visibility") in ("collapse", "filter") and count <= 16_384:
                    (rows if is_row else columns).extend(range(at, at + count))
                if is_row:
                    row_at, cell_at = r, 0
                    r += count
                else:
                    c += count
            elif event == "end" and tag in cells:
                count = max(1, min(int(element.get(_ODS_TABLE + "number-columns-repeated", 1) or 1), 16_384))
                down = int(element.get(_ODS_TABLE + "number-rows-spanned", 1) or 1)
                across = int(element.get(_ODS_TABLE + "number-columns-spanned", 1) or 1)
                if (down > 1 or across > 1) and len(spans) < 100_000:
                    spans.append(
                        ((row_at, cell_at), (row_at + min(down, _ODS_MOST) - 1, cell_at + min(across, 16_384) - 1))
                    )
                if element.get(_ODS_CALCEXT + "value-type") == "error" and len(errors) < 100_000:
                    shown = "\n".join("".join(p.itertext()) for p in element.iter(_ODS_TEXT + "p")).strip()
                    errors.extend((row_at, col, shown) for col in range(cell_at, cell_at + min(count, 64)) if shown)
                if element.find(_ODS_OFFICE + "annotation") is not None and len(noted) < 100_000:
                    noted.append((row_at, cell_at))
                cell_at += count
            elif event == "end" and tag == _ODS_TABLE + "table":
                if rows or columns or errors or spans or noted:
                    out[name] = (tuple(rows), tuple(columns), errors, spans, tuple(noted))
            if event == "end" and tag in _ODS_PARTS:  # a row's cells kept to its end (their text is read there)
                element.clear(keep_tail=True)
        return out


# An Excel table's part (xl/tables/table1.xml): where it stands, whether its title row is shown, its columns' titles.
_TABLE_RELATION = re.compile(rb'Type="[^"]*/relationships/table"')
_TABLE_TAG = re.compile(rb"<(?:\w+:)?table\b[^>]*>")
_TABLE_COLUMN = re.compile(rb"<(?:\w+:)?tableColumn\b[^>]*?>")
_REF_START = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


def _headless_tables(data: bytes) -> dict[str, list[tuple[int, int, list[str]]]]:
    """Sheet name → its Excel tables shown without their title row (表设计 → 标题行 unticked: headerRowCount="0"),
    each as (0-based first row, first column, its columns' titles). Excel clears the title row's cells and keeps the
    titles in the table's part only: read from the cells, the records had stood under no header, the file refused as
    of no known kind."""
    if b"tables/" not in data:
        return {}
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    found: dict[str, list[tuple[int, int, list[str]]]] = {}
    for path, sheet in sheet_parts(archive).items():
        rels = posixpath.join(posixpath.dirname(path), "_rels", posixpath.basename(path) + ".rels")
        if rels not in names:
            continue
        for tag in _RELATION.findall(archive.read(rels)):
            if not _TABLE_RELATION.search(tag):
                continue
            target = _attrs(tag).get(b"Target", b"").decode("utf-8", "replace")
            part = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            )
            if part not in names:
                continue
            table = archive.read(part)
            head = _TABLE_TAG.search(table)
            attrs = _attrs(head.group(0)) if head else {}
            start = _REF_START.match(attrs.get(b"ref", b"").decode("ascii", "replace"))
            if attrs.get(b"headerRowCount") != b"0" or not start:
                continue
            titles = [
                _unescape(_attrs(c).get(b"name", b"").decode("utf-8", "replace")) for c in _TABLE_COLUMN.findall(table)
            ]
            if titles and all(t.strip() for t in titles):
                found.setdefault(sheet, []).append((int(start.group(2)) - 1, _column(start.group(1).encode()), titles))
    return found


def _titled(sheet, row: int, col: int, titles: list[str]) -> None:
    """An Excel table's titles put back over its records: in the blank row Excel left above them, else in a row put in
    above them (a program's table from row 1), the rows and marks below it moved down by one."""
    rows, end = sheet.rows, col + len(titles)
    if row >= len(rows):
        return
    above = rows[row - 1] if row > 0 else None
    if above is None or any(c not in ("", None) for c in above[col:end]):
        width = max(len(rows[row]), end)
        rows.insert(row, [""] * width)
        sheet.merged = [((r0 + (r0 >= row), c0), (r1 + (r1 >= row), c1)) for (r0, c0), (r1, c1) in sheet.merged]
        m = sheet.marks
        below = lambda r: r + (r >= row)  # noqa: E731
        m.hidden_rows = tuple(map(below, m.hidden_rows))
        m.struck_rows = tuple(map(below, m.struck_rows))
        m.unseen_rows = tuple(map(below, m.unseen_rows))
        m.row_fills = tuple((below(r), x) for r, x in m.row_fills)
        m.row_fonts = tuple((below(r), x) for r, x in m.row_fonts)
        m.noted = tuple((below(r), c) for r, c in m.noted)
        row += 1
    for i, title in enumerate(titles):
        _put(sheet, row - 1, col + i, title)
    code = "sheet.table_titles_off" if above is not None and rows[row - 1] is above else "sheet.table_titles_put_in"
    sheet.marks.repairs += ((code, (row,)),)


def _show_symbols(sheet, row: int, col: int, font: str) -> None:
    """A cell set in a symbol font written as the boxes and ticks it shows (ü in Wingdings as ✓)."""
    if row < len(sheet.rows) and col < len(sheet.rows[row]) and isinstance(sheet.rows[row][col], str):
        shown = symbol_text(font, sheet.rows[row][col])
        if shown:
            sheet.rows[row][col] = shown


def _set(sheet, row: int, col: int, value: str) -> None:
    if row < len(sheet.rows) and col < len(sheet.rows[row]):
        sheet.rows[row][col] = value


def _sheet_xml(data: bytes, sheets: list) -> tuple[dict[str, bytes], _Strikes, dict[str, tuple[str, str]]]:
    """Sheet name → its worksheet XML, for the sheets whose XML holds anything worth scanning; what of the
    workbook is struck through; and sheet name → (what, where) for the sheets whose XML gives a row or a cell twice."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = sheet_parts(archive)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError):
        return {}, _Strikes(), {}
    grids = {sheet.name: sheet.rows for sheet in sheets}
    twice = {}
    try:
        strikes = _strikes(archive, data)
    except Exception:  # a malformed styles or strings part: no strike is read, the cells are as calamine read them
        strikes = _Strikes()
    out = {}
    for path, name in parts.items():
        try:
            content = _member(archive, data, path)
        except (KeyError, OSError, RuntimeError, zipfile.BadZipFile, zlib.error, struct.error):
            continue
        # A boolean may be written true as well as 1: Apache POI (the Java library many systems export with) writes
        # hidden="true". Unseen, a hidden column of last year's dates was taken before this year's (every record
        # out of the year, a count of 0) and hidden rows went unnoted.
        # A book keeping its text in the cells may raise a run of it (上标) there; Excel's books keep theirs in the strings.
        held = _holding(content, _NEEDLES_INLINE if strikes.inline_text else _NEEDLES)
        if b'hidden="true"' in held:
            content = content.replace(b'hidden="true"', b'hidden="1"')
            held.add(b'hidden="1"')
        # A row given no height (ht="0", as a program or a clerk dragging it shut can leave it) or a column no width,
        # without the hidden flag, shows nothing, as a hidden one does: it is one, and named as one (a shut row had
        # been counted unnoted, a shut column of last year's dates taken as a shown one).
        for needle, pattern in ((b'ht="0', _ZERO_HEIGHT), (b'width="0', _ZERO_WIDTH)):
            if needle in held and _zero_size(content, needle) and (shut := pattern.sub(_shut, content)) != content:
                content = shut
                held.add(b'hidden="1"')
        inline_strikes = strikes.inline_text and bool(held & {b"<strike", b"superscript"})
        worth = bool(held & _WORTH_SCANNING)
        if worth or strikes or inline_strikes:
            out[name] = content
        # Cells holding something beyond those calamine filled: one may be written twice (the patterns, slower than
        # the counts, run only then; an empty text or formula result is the usual other reason).
        # A cell element closed at once (<c r="J4" t="inlineStr"></c>, a writer's empty text) holds nothing either.
        closed, empty = _cell_ends(content)
        if closed - empty > _filled(grids.get(name, ())) and (found := _written_twice(content)):
            twice[name] = found
    return out, strikes, twice


# A worksheet's notes part, by its relationship (Excel names it xl/comments1.xml, others otherwise), and the cell of
# each note. A threaded comment (新建批注 in Excel 365) is saved with such a note for older programs, so one search
# finds both. A notes part larger than this is left unread (a note is a nicety; the cells are read whatever it holds).
_BESIDE_RELATION = re.compile(rb'Type="[^"]*/relationships/(comments|ctrlProp|vmlDrawing)"')
_NOTE_REF = re.compile(rb'<(?:\w+:)?comment\b[^>]*?\bref="([A-Z]{1,3})([0-9]{1,7})"')
# A check box's properties: Excel 2010's part of its own (objectType="CheckBox", fmlaLink="$E$2" when linked), or the
# legacy drawing every version writes (<x:ClientData ObjectType="Checkbox"> … <x:FmlaLink>), the one WPS may write alone.
_BOX_PART = re.compile(rb'objectType="CheckBox"', re.IGNORECASE)
_BOX_LINK = re.compile(rb'\bfmlaLink="[^"]+"')
_VML_BOX = re.compile(
    rb'<x:ClientData\b[^>]*ObjectType="Checkbox"[^>]*>(.*?)</x:ClientData>', re.IGNORECASE | re.DOTALL
)
MAX_BESIDE_BYTES = 16 * 1024 * 1024


def _beside_cells(data: bytes) -> tuple[dict[str, tuple[tuple[int, int], ...]], dict[str, int]]:
    """What a sheet holds beside its cells, by sheet name, for the sheets having any: the (0-based row, column) of its
    cells carrying a note, and how many check boxes drawn over it are linked to no cell."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    if not any(w in n.lower() for n in names for w in ("comments", "ctrlprop", "vmldrawing")):  # most books
        return {}, {}
    noted, boxes = {}, {}
    for path, name in sheet_parts(archive).items():
        folder, _, base = path.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels"
        if rels not in names:
            continue
        parts: dict[bytes, list[bytes]] = {}
        for tag in _RELATION.findall(archive.read(rels)):
            kind = _BESIDE_RELATION.search(tag)
            target = _attrs(tag).get(b"Target", b"").decode("utf-8", "replace")
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"{folder}/{target}")
            if kind and part in names and archive.getinfo(part).file_size <= MAX_BESIDE_BYTES:
                parts.setdefault(kind.group(1), []).append(archive.read(part))
        cells = {(int(r) - 1, _column(c)) for xml in parts.get(b"comments", []) for c, r in _NOTE_REF.findall(xml)}
        if cells := {(r, c) for r, c in cells if r >= 0}:
            noted[name] = tuple(sorted(cells))
        if b"ctrlProp" in parts:  # Excel's own part per control: the legacy drawing repeats them
            unlinked = sum(1 for xml in parts[b"ctrlProp"] if _BOX_PART.search(xml) and not _BOX_LINK.search(xml))
        else:
            found = [b for xml in parts.get(b"vmlDrawing", []) for b in _VML_BOX.findall(xml)]
            unlinked = sum(1 for inner in found if b"fmlalink>" not in inner.lower())
        if unlinked:
            boxes[name] = unlinked
    return noted, boxes


def _cell_ends(content: bytes) -> tuple[int, int]:
    """How many cell elements a worksheet's XML closes (</c>, or </x:c> with a prefix), and how many of them are closed
    right after their start tag (<c r="J4" t="inlineStr"></c>: nothing in them), as `content.count` would say of
    b"</c>" + b":c>" and of b'"></c>' + b"'></c>". Found from the places of c, a byte rare in that XML (a search for the
    strings crawls over the quotes, < and > every cell has: four of them cost three times this).

    >>> _cell_ends(b'<c r="A1"><v>1</v></c><c r="B1" t="inlineStr"></c><x:c r="D1"><x:v>2</x:v></x:c>')
    (3, 1)
    >>> _cell_ends(b"<c r='C1'></c>"), _cell_ends(b":c>c></c>"), _cell_ends(b"")
    ((1, 1), (2, 0), (0, 0))
    """
    a = np.frombuffer(content, dtype=np.uint8)
    at = np.flatnonzero(a[1:-1] == ord("c")) + 1  # c between two bytes
    at = at[a[at + 1] == ord(">")]
    before = a[at - 1]
    prefixed = int(np.count_nonzero(before == ord(":")))
    ends = at[(before == ord("/")) & (at >= 2)]
    ends = ends[a[ends - 2] == ord("<")]
    opened = ends[ends >= 4]
    quote = a[opened - 4]
    empty = (a[opened - 3] == ord(">")) & ((quote == ord('"')) | (quote == ord("'")))
    return len(ends) + prefixed, int(np.count_nonzero(empty))


def _filled(rows: list) -> int:
    """How many cells of a grid hold something."""
    return sum(len(row) - row.count("") - row.count(None) for row in rows)


# The byte strings looked for in a worksheet's XML, each with the place of a byte of it that is rare there (not
# <, = or quotes, which every cell has, nor the letters of <row> and <c>). `worth` scanning: an error value, a
# formula, a hidden row or column, a negative serial (a date before 1900).
_NEEDLES = (
    (b'ht="0', 0),
    (b'width="0', 2),
    (b'hidden="true"', 0),
    (b'hidden="1"', 0),
    (b"<strike", 5),
    (b't="e"', 3),
    (b"<f", 1),
    (b"<v>-", 3),
    (b"<v>N", 3),
    (b"<v>n", 3),
    (b"<v>i", 3),
    (b"<v>I", 3),
)
_NEEDLES_INLINE = (*_NEEDLES, (b"superscript", 2))
# A value beginning with a letter: a number a script stored as NaN or infinity, or a formula's text (t="str").
_NOT_NUMBERS = (b"<v>N", b"<v>n", b"<v>i", b"<v>I", b"<v>-")
_WORTH_SCANNING = frozenset({b't="e"', b"<f", b'hidden="1"', *_NOT_NUMBERS})
# A number cell whose stored value is no number: NaN (a count a script could not compute, pandas' 0/0) or infinity
# (a division by nought). Excel shows no number for either; they are written back as these marks, which the cleaners
# name as values no program could compute (cell.not_a_number), never read as a blank. No formula is involved: named as
# Excel's #NUM! and #DIV/0!, the office had been told to check a formula the cell does not have.
NOT_A_NUMBER = {b"nan": "#NaN", b"inf": "#Infinity", b"-inf": "#-Infinity"}
_NAN_OR_INFINITY = re.compile(rb"<v>\s*([-+]?)(nan|inf|infinity)\s*</v>", re.IGNORECASE)


_ZERO_HEIGHT = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sht="0+(?:\.0*)?"[^>]*>')
_ZERO_WIDTH = re.compile(rb'<(?:\w+:)?col\b[^>]*?\swidth="0+(?:\.0*)?"[^>]*>')


# A size of nothing as an attribute of its own (after a space): most sheets hold the needle only inside another
# attribute (every page's margins, right="0.7", end in ht="0), and the row pattern crawled over their every row.
# One pattern per needle: its literal start is searched for at C speed.
_ZERO_SIZE = {needle: re.compile(re.escape(needle) + rb'0*(?:\.0*)?"') for needle in (b'ht="0', b'width="0')}


def _zero_size(content: bytes, needle: bytes) -> bool:
    """Whether `content` has the attribute `needle` begins (ht="0…, width="0…) with a value of nought, after a space:
    where it has none, the zero-size patterns cannot match, and their scan is spared.

    >>> _zero_size(b'<pageMargins left="0.7" right="0.7"/><row r="1" ht="15">', b'ht="0')
    False
    >>> _zero_size(b'<row r="2"\tht="0.0" customHeight="1">', b'ht="0'), _zero_size(b'<col width="0"/>', b'width="0')
    (True, True)
    """
    for found in _ZERO_SIZE[needle].finditer(content):
        if content[found.start() - 1 : found.start()].isspace():
            return True
    return False


def _shut(found: re.Match[bytes]) -> bytes:
    tag = found.group(0)
    if re.search(rb'\shidden="', tag):
        return tag
    end = -2 if tag.endswith(b"/>") else -1
    return tag[:end] + b' hidden="1"' + tag[end:]


def _holding(content: bytes, needles: tuple[tuple[bytes, int], ...]) -> set[bytes]:
    """The needles `content` holds, as `needle in content` would say. A byte search crawls over XML, made of the
    bytes its needles are made of (a quote, <, the letters of tags): six of them over a 450 KB sheet cost three
    times its inflating. Here each needle's rare byte is found by numpy and the places narrowed byte by byte.

    >>> sorted(_holding(b'<row r="3" hidden="1"><c r="A3"><f>SUM(A1)</f></c>', _NEEDLES))
    [b'<f', b'hidden="1"']
    >>> _holding(b'<c r="A1" t="inlineStr"><is><t>-1</t></is></c>', _NEEDLES)
    set()
    """
    a = np.frombuffer(content, dtype=np.uint8)
    places_of: dict[int, np.ndarray] = {}
    found = set()
    for needle, k in needles:
        if needle[k] not in places_of:
            places_of[needle[k]] = np.flatnonzero(a == needle[k])
        starts = places_of[needle[k]] - k
        starts = starts[(starts >= 0) & (starts <= len(a) - len(needle))]
        for j in range(len(needle)):
            if not len(starts):
                break
            if j != k:
                starts = starts[a[starts + j] == needle[j]]
        if len(starts):
            found.add(needle)
    return found


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


_ROW_REF = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="([0-9]{1,7})"')
_CELL_REFS = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"')


def _written_twice(content: bytes) -> tuple[str, str] | None:
    """(what, where) of the first cell reference a sheet's XML gives twice (the row, when its row number is given twice
    too), or None. A row number given twice over cells of their own loses nothing, and is no damage.

    >>> _written_twice(b'<row r="2"><c r="A2"/></row><row r="2"><c r="A2"/></row>')
    ('第 2 行在文件中写了两次（生成该文件的程序出错），两次写的内容哪个是记录的无法确定', '第 2 行')
    >>> _written_twice(b'<row r="2"><c r="A2"><v>1</v></c><c r="A2"><v>2</v></c></row>')[1]
    'A2'
    >>> _written_twice(b'<row r="2"><c r="A2"/></row><row r="2"><c r="B2"/></row><row r="3"><c r="A3"/></row>') is None
    True
    """
    refs = _CELL_REFS.findall(content)
    if len(set(refs)) == len(refs):
        return None
    seen: set[bytes] = set()
    ref = next(r for r in refs if r in seen or seen.add(r)).decode()
    number = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if _ROW_REF.findall(content).count(number.encode()) > 1:
        return (
            f"第 {number} 行在文件中写了两次（生成该文件的程序出错），两次写的内容哪个是记录的无法确定",
            f"第 {number} 行",
        )
    return f"单元格 {ref} 在文件中写了两次（生成该文件的程序出错），两次写的内容哪个是记录的无法确定", ref


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


# =TODAY() and =NOW() (=TODAY()-1, =TEXT(NOW(),"yyyy-mm-dd") …): the day the book was last calculated, a clerk's way of
# filling a 登记日期 by itself, never the record's day.
_TODAY = re.compile(rb"(?<![A-Za-z0-9_.])(?:TODAY|NOW)\s*\(", re.IGNORECASE)
_SHARED = re.compile(rb'<f\b[^>]*\bt="shared"[^>]*\bsi="(\d+)"')


def _updating_date(cell: bytes, today: set) -> bool:
    """Whether a formula cell with a value shows the day it was calculated (its formula, or the shared one it uses,
    calls TODAY or NOW); `today` collects the shared formulas that do."""
    if not re.search(rb"<v>[^<]+</v>", cell):
        return False  # never computed: the cleaners name it so (cell.uncached)
    formula = re.search(rb"<f\b[^>]*>([^<]*)</f>", cell)
    shared = _SHARED.search(cell)
    if formula and _TODAY.search(formula.group(1)):
        if shared:
            today.add(shared.group(1))
        return True
    return bool(shared and not formula and shared.group(1) in today)


def _overwrite(sheet, row: int, col: int, value: str) -> None:
    if row < len(sheet.rows) and col < len(sheet.rows[row]):
        sheet.rows[row][col] = value


def _date_before_1900(sheet, row: int, col: int, cell: bytes) -> None:
    """A date before 1900 in a cell (LibreOffice and Python writers save it as a negative serial, which Excel shows
    as ####; a year typed 1024 for 2024 in LibreOffice or WPS becomes one), which calamine reads as the time 00:00:
    written back as the day it is (in the 1900 date system), so that a message quotes it instead of "00:00:00"."""
    value = sheet.rows[row][col] if row < len(sheet.rows) and col < len(sheet.rows[row]) else None
    serial = re.search(rb"<v>(-\d+(?:\.\d*)?(?:[Ee][-+]?\d+)?)</v>", cell)
    if not isinstance(value, dt.time) or serial is None:
        return
    try:
        sheet.rows[row][col] = (
            dt.date(1899, 12, 30) + dt.timedelta(days=math.floor(float(serial.group(1))))
        ).isoformat()
    except (ValueError, OverflowError):  # before the year 1: left as calamine read it
        pass


def _no_number(sheet, row: int, col: int, cell: bytes) -> bool:
    """A number cell (no type, or t="n") storing NaN or infinity, which calamine reads as a float: written back as
    its mark (NOT_A_NUMBER). A formula's text result (t="str") saying "nan" is text, left alone."""
    tag = cell[: cell.find(b">")]
    if re.search(rb'\st="(?!n")', tag) or not (value := _NAN_OR_INFINITY.search(cell)):
        return False
    if row < len(sheet.rows) and col < len(sheet.rows[row]) and isinstance(sheet.rows[row][col], float):
        stored = value.group(2).lower()[:3]
        sheet.rows[row][col] = NOT_A_NUMBER[b"nan" if stored == b"nan" else value.group(1).lstrip(b"+") + b"inf"]
        return True
    return False


def _scan(content: bytes, sheet, marks: SheetMarks) -> None:
    for needle in _NOT_NUMBERS:
        pos = content.find(needle)
        while pos >= 0:
            if found := _cell_at(content, pos):
                if needle == b"<v>-":  # a negative serial (a date before 1900) or -inf, in one walk
                    _date_before_1900(sheet, *found)
                if _no_number(sheet, *found):
                    marks.errors += 1
            pos = content.find(needle, pos + 4)
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
    today = set()  # the shared formulas (their si) of =TODAY() or =NOW(): the cells sharing one show the day too
    while pos >= 0:
        if content[pos + 2 : pos + 3] in (b">", b" ", b"/"):  # <f>, not <filterColumn>
            marks.formulas += 1
            found = _cell_at(content, pos)
            if found and _updating_date(found[2], today):
                _overwrite(sheet, found[0], found[1], UPDATING_DATE)
            elif found and not re.search(rb"<v>[^<]+</v>", found[2]) and b't="e"' not in found[2]:
                # A text result that is empty (=IF(A2="","",A2), a lookup finding nothing) was computed:
                # Excel saves it as t="str" with an empty value. The cell shows nothing, and is blank.
                if not (b't="str"' in found[2] and _EMPTY_VALUE.search(found[2])):
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


# Rows of a damaged sheet read for what they say of its kind, never as records: its header is in the first ones.
HEAD_ROWS = 30
_HEAD_VALUE = re.compile(rb"<(?:\w+:)?v>(.*?)</(?:\w+:)?v>", re.S)


def rows_before_damage(data: bytes, name: str) -> list[list[str]]:
    """The first rows of a sheet calamine could not read (its XML cut short, an element broken further down) as far
    as they are whole, each cell's text where it stands: what the sheet's header says of the kind of records it
    held, which a damaged sheet otherwise leaves unknown. [] when nothing before the damage can be read.

    >>> import io, zipfile
    >>> out = io.BytesIO()
    >>> with zipfile.ZipFile(out, "w") as z:
    ...     z.writestr("xl/workbook.xml", '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>')
    ...     z.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
    ...     z.writestr("xl/sharedStrings.xml", "<sst><si><t>案件编号</t></si><si><r><t>执法</t></r><r><t>类别</t></r></si></sst>")
    ...     z.writestr("xl/worksheets/sheet1.xml", '<sheetData><row r="1"><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c>'
    ...                '<c r="D1" t="inlineStr"><is><t>&#26085;期&amp;</t></is></c></row><row r="2"><c r="B2"><v>4')
    >>> rows_before_damage(out.getvalue(), "S")
    [['', '案件编号', '执法类别', '日期&']]
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        path = next((p for p, n in sheet_parts(archive).items() if n == name), None)
        if path is None:
            return []
        info = archive.getinfo(path)
        h = info.header_offset
        name_len, extra_len = struct.unpack("<HH", data[h + 26 : h + 30])
        raw = data[h + 30 + name_len + extra_len : h + 30 + name_len + extra_len + info.compress_size]
        # Inflated as far as the stream goes: a part cut short gives its beginning, where zipfile gives nothing.
        content = zlib.decompressobj(-15).decompress(raw) if info.compress_type == zipfile.ZIP_DEFLATED else raw
        try:
            shared = [
                html.unescape(b"".join(_T.findall(si.group(1))).decode("utf-8", "replace"))
                for si in _SI.finditer(_member(archive, data, "xl/sharedStrings.xml"))
            ]
        except (KeyError, OSError, RuntimeError, zipfile.BadZipFile, zlib.error, struct.error):
            shared = []
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, zlib.error, struct.error, ValueError):
        return []
    rows: list[list[str]] = []
    for row in _ROW.finditer(content):
        number = _ROW_NUMBER.search(row.group(1))
        at = int(number.group(1)) - 1 if number else len(rows)
        if at >= HEAD_ROWS:
            break
        cells: list[str] = []
        for cell in _C.finditer(row.group(2) or b""):
            ref, kind, inner = _REF.search(cell.group(1)), _T_ATTR.search(cell.group(1)), cell.group(2) or b""
            value = _HEAD_VALUE.search(inner)
            if kind and kind.group(1) == b"inlineStr":
                text = html.unescape(b"".join(_T.findall(inner)).decode("utf-8", "replace"))
            elif kind and kind.group(1) == b"s" and value and value.group(1).strip().isdigit():
                index = int(value.group(1))
                text = shared[index] if index < len(shared) else ""
            else:
                text = html.unescape(value.group(1).decode("utf-8", "replace")) if value else ""
            col = _column(ref.group(1)) if ref else len(cells)
            cells.extend([""] * (col + 1 - len(cells)))
            cells[col] = text
        rows.extend([[] for _ in range(at + 1 - len(rows))])
        rows[at] = cells
    width = max(map(len, rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows] if any(any(r) for r in rows) else []
