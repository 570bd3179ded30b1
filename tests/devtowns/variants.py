"""Metamorphic variants of the development towns: the same ledgers saved the way offices re-save them
(values pasted over formulas, a line or two above the table, a blank first column, a signature
block below, sheets left as Sheet1…, a one-sheet book saved as CSV, a book saved as .xls, a book split into a book per sheet)
and the way they rework a register between two years (records newest first or sorted by another column, a column
nobody asked for inserted, headers retyped, numbers typed as text, a 合计 row under each table, 筛选 and frozen
panes, a merged title over each table, a book saved as .ods, the year's books merged into one, files renamed
新建 Microsoft Excel 工作表 (3).xlsx), the way a clerk tidies a book (merged cells undone by 取消合并, dates shown
with a time of day) and what a sheet collects beside and below its register (the register copied beside itself, a
数据透视表 pasted under it, hidden helper columns of =YEAR() and =IF(), blank rows among the records) and what a book
keeps beside this year's register (a column merged over each run of equal values, last year's register as another
sheet, a hidden 备份 / 原表 copy with fewer rows, a reviewer's 批注, a 合计 / 累计 column right of a table of counts)
and what printing, splitting and summing do to a register (小计 rows after each run, a printout's header repeated
every page with page lines, a sheet per month, a row of column numbers, quarter section lines, amounts in 万元)
and what a register's 备注 says and where a book is saved or pasted (notes, a record entered twice marked 重复登记;
a book saved by WPS as .et; a sheet pasted into a Word table; a book saved as Unicode text or as a single-file web page,
or handed out protected) and the years beside this one (last year's books left in the folder, a register going on into
next January, dates typed as their eight digits) and how a folder travels (each file received twice through a chat
app, the same bytes or an earlier and a later save; the folder's zip left beside its unpacked files; CSVs exported
with Excel's sep=, line; a book saved as Strict Open XML) and how a clerk groups, wraps and types a register and binds
the year's books (sorted by village under a line 【柳塘村】 per group, a long 简要情况 wrapped onto a second row, dates
typed behind Excel's apostrophe, sheet names with a trailing space and brackets of the other width, a book saved as
.xlsm, the year's books bound into one behind a 目录 sheet) and how an office re-types and re-arranges a register it
keeps (dates with their day of the week, 2024年3月5日（星期二）; amounts typed as text with thousands separators,
1,200.00; a 合计 row right under the header; a book's sheets stacked onto one sheet, each under a line of its name)
and how a register typed from a paper book is numbered (its 序号 restarted on every page) and the blanks that typing
and copying leave in cells (姓　名, 张　三, a trailing no-break space), each scored against the town's truth.
A variant carries the same records, so a figure may only stay right or, where the variant removed what the figure
rested on (a sheet's or a file's name), become null: never a different number.

    python -m tests.devtowns.variants                 # every town, every variant
    python -m tests.devtowns.variants qinghe csv      # one town, one variant
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import quopri
import re
import sys
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.cell.rich_text import CellRichText
from openpyxl.styles import Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection

from . import TOWNS, generate, name
from .books import Book, Sheet, biff_workbook, docx_bytes, ods_bytes, ole_bytes
from .fake import _GIVEN, _SURNAMES, check_digit
from .score import Run, card
from .score import run as score_run

Variant = Callable[[openpyxl.Workbook], openpyxl.Workbook | None]


def _shift(ws, rows: int, cols: int) -> None:
    """Move a sheet's cells down and right with its merges and hidden rows and columns."""
    if ws.max_row == 1 and ws.max_column == 1 and ws.cell(1, 1).value is None:
        return
    merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    for m in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(m))
    hidden_rows = [r for r, d in ws.row_dimensions.items() if d.hidden]
    hidden_cols = [c for c, d in ws.column_dimensions.items() if d.hidden]
    ws.move_range(ws.dimensions, rows=rows, cols=cols)
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = False
    for r in hidden_rows:
        ws.row_dimensions[r + rows].hidden = True
    for c in hidden_cols:
        ws.column_dimensions[c].hidden = False
    for c in hidden_cols:
        index = openpyxl.utils.column_index_from_string(c)
        ws.column_dimensions[get_column_letter(index + cols)].hidden = True
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=r1 + rows, start_column=c1 + cols, end_row=r2 + rows, end_column=c2 + cols)


def values_pasted(book):
    """Formulas replaced by their values (the baseline of every other variant)."""
    return book


def lines_above(book):
    """A line for the seal and the date, and a blank line, above every table."""
    for ws in book.worksheets:
        if ws.max_row > 1:
            _shift(ws, 2, 0)
            ws.cell(1, 1).value = "填报单位（盖章）：                    填报时间：    年  月  日"
    return book


def blank_first_column(book):
    """An empty column A (the table pasted one column to the right)."""
    for ws in book.worksheets:
        _shift(ws, 0, 1)
    return book


def signatures_below(book):
    """A signature block two lines under the last row."""
    for ws in book.worksheets:
        if ws.max_row > 1:
            last = ws.max_row
            ws.cell(last + 2, 1).value = "填表人：（签字）"
            ws.cell(last + 3, 1).value = "审核人：（签字）          负责人：（签字）"
    return book


def sheets_renamed(book):
    """Sheets left as Sheet1, Sheet2… (what a sheet's name said is gone: a figure may become null)."""
    for i, ws in enumerate(book.worksheets, 1):
        ws.title = f"Sheet{i}"
    return book


def columns_reversed(book):
    """Columns in the opposite order, in sheets with no merged cells and no date split over columns
    titled …年 / …月 / …日 (whose order is part of what they say): there order can move freely. A line
    of one cell (a title, a note) stays where it is, at the left."""
    for ws in book.worksheets:
        if ws.merged_cells.ranges or ws.max_column < 2 or _split_date(ws):
            continue
        rows = [[(c.value, c.number_format) for c in row] for row in ws.iter_rows()]
        hidden = {c for c, d in ws.column_dimensions.items() if d.hidden}
        width = ws.max_column
        for r, row in enumerate(rows, 1):
            if sum(value is not None for value, _ in row) < 2:
                continue
            for c, (value, fmt) in enumerate(reversed(row + [(None, "General")] * (width - len(row))), 1):
                cell = ws.cell(r, c)
                cell.value, cell.number_format = value, fmt
        for letter in hidden:
            ws.column_dimensions[letter].hidden = False
        for letter in hidden:
            index = openpyxl.utils.column_index_from_string(letter)
            ws.column_dimensions[get_column_letter(width + 1 - index)].hidden = True
    return book


def _split_date(ws) -> bool:
    for row in ws.iter_rows(max_row=10, values_only=True):
        titles = [str(v or "").strip() for v in row]
        if any(a.endswith("年") and b.endswith("月") for a, b in zip(titles, titles[1:])):
            return True
    return False


def dates_typed(book):
    """Dates typed as text the way offices type them (2024年3月5日, 2024.3.5) instead of date cells."""
    for ws in book.worksheets:
        for n, row in enumerate(ws.iter_rows()):
            for cell in row:
                if isinstance(cell.value, dt.datetime) and cell.value.time() == dt.time():
                    d = cell.value
                    cell.value = f"{d.year}年{d.month}月{d.day}日" if n % 2 else f"{d.year}.{d.month}.{d.day}"
                    cell.number_format = "@"
    return book


def cells_unmerged(book):
    """Every merged range undone (取消合并单元格): its value left in its first cell, the cells it covered blank
    (a category written once over its block of rows now stands on the block's first row only)."""
    for ws in book.worksheets:
        for m in list(ws.merged_cells.ranges):
            ws.unmerge_cells(str(m))
    return book


def dates_with_time(book):
    """Every date cell shown with a time of day (yyyy-mm-dd hh:mm:ss, 2024-03-05 00:00:00), as a column formatted
    as 日期时间 or a system's export shows dates: the same day, a time format."""
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, dt.datetime | dt.date) and cell.is_date:
                    if not isinstance(cell.value, dt.datetime):
                        cell.value = dt.datetime.combine(cell.value, dt.time())
                    cell.number_format = "yyyy-mm-dd hh:mm:ss"
    return book


# --- variants of issue 12's second round: what offices do to a table between two years ------------------------

TOTAL_WORDS = ("合计", "小计", "总计", "累计")


def _filled(row) -> list:
    return [c for c in row if c.value is not None and str(c.value).strip() != ""]


def _row_kind(row) -> str:
    """blank | line (one cell: a title, a note, a section) | head (three cells or more, text without a digit) |
    total | data. A section line 一 | 调解成功案件 is no header."""
    cells = _filled(row)
    if not cells:
        return "blank"
    if len(cells) < 2:
        return "line"
    texts = [str(c.value) for c in cells]
    if any(w in t for t in texts for w in TOTAL_WORDS):
        return "total"
    if (
        len(cells) >= 3
        and all(isinstance(c.value, (str, CellRichText)) for c in cells)
        and not any(ch.isdigit() for t in texts for ch in t)
    ):
        return "head"
    return "data"


def _merged(ws) -> set[tuple[int, int]]:
    return {
        (r, c)
        for m in ws.merged_cells.ranges
        for r in range(m.min_row, m.max_row + 1)
        for c in range(m.min_col, m.max_col + 1)
    }


def _tables(ws) -> list[tuple[list[int], list[int], bool]]:
    """The sheet's tables as (header rows, record rows, whether it has a total), 1-based: a run of header rows
    (text without a digit) and the rows under it up to a blank line or the next header. Records fill at least
    half the header's columns (a section line 一、行政许可类 | （共7件） is not one)."""
    rows = list(ws.iter_rows())
    kinds = [_row_kind(row) for row in rows]
    tables, r = [], 0
    while r < len(kinds):
        if kinds[r] != "head":
            r += 1
            continue
        heads = []
        while r < len(kinds) and kinds[r] == "head":
            heads.append(r + 1)
            r += 1
        width = len({c.column for h in heads for c in _filled(rows[h - 1])})
        data, total = [], False
        while r < len(kinds) and (kinds[r] in ("data", "total", "line") or _record_in_words(kinds, r, data)):
            total |= kinds[r] == "total"
            if kinds[r] != "total" and kinds[r] != "line" and len(_filled(rows[r])) >= max(2, width / 2):
                data.append(r + 1)
                kinds[r] = "data"
            r += 1
        if data:
            tables.append((heads[-4:], data, total))
    return tables


def _record_in_words(kinds: list[str], r: int, data: list[int]) -> bool:
    """A row of text without a digit right under a record (no blank or title line between) is a record written in
    words (三月初五, 贰佰元整, 张三 …), not the header of another table: one starts after a blank or a title line.
    (`r` 0-based, `data` the table's records so far, 1-based.)"""
    return kinds[r] == "head" and bool(data) and data[-1] == r and kinds[r - 1] == "data"


def _record_runs(ws, data: list[int]) -> list[list[int]]:
    """Runs of consecutive data rows that can move freely: shown, without a merged cell, no outline."""
    merged_rows = {r for r, _ in _merged(ws)}
    hidden = {r for r, d in ws.row_dimensions.items() if d.hidden or d.outline_level}
    runs, cur = [], []
    for r in data:
        if r in merged_rows or r in hidden or (cur and r != cur[-1] + 1):
            if len(cur) > 1:
                runs.append(cur)
            cur = [] if (r in merged_rows or r in hidden) else [r]
            continue
        cur.append(r)
    if len(cur) > 1:
        runs.append(cur)
    return runs


_DATED = re.compile(r"\d{2,4}\s*[-./年]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}")


def _register(ws, data: list[int]) -> bool:
    """Whether a table's records are a register's (each dated), not a statistics form's rows of labels and counts:
    only a register's rows are kept in an order of the office's choosing, or given a column of its own."""
    return all(
        any(isinstance(c.value, dt.date) or (isinstance(c.value, str) and _DATED.search(c.value)) for c in ws[r])
        for r in data
    )


def _says_same_as_above(ws) -> bool:
    return any(
        isinstance(c.value, str) and c.value.strip() in ("同上", "〃", '"') for row in ws.iter_rows() for c in row
    )


def _reorder(book, key) -> None:
    for ws in book.worksheets:
        if _says_same_as_above(ws):  # 同上 means the row above: its order is part of what it says
            continue
        width = ws.max_column
        for _, data, _ in _tables(ws):
            if not _register(ws, data):
                continue
            for run in _record_runs(ws, data):
                rows = [[(ws.cell(r, c).value, ws.cell(r, c)._style) for c in range(1, width + 1)] for r in run]
                for r, cells in zip(run, key(rows)):
                    for c, (value, style) in enumerate(cells, 1):
                        ws.cell(r, c).value, ws.cell(r, c)._style = value, style


def newest_first(book):
    """Each register's records in the opposite order (the newest entered on top), header and totals in place."""
    _reorder(book, lambda rows: rows[::-1])
    return book


def sorted_by_column(book):
    """Each table's records sorted by the text of their last column holding different values (a 备注, a
    result, a name), as 排序 leaves them; header and totals in place."""

    def key(rows):
        columns = [c for c in range(len(rows[0])) if len({_text(r[c][0]) for r in rows}) > 1]
        if not columns:
            return rows
        return sorted(rows, key=lambda r: _text(r[columns[-1]][0]))

    _reorder(book, key)
    return book


EXTRA_COLUMNS = (
    ("经办人", ("王丽", "李强", "张敏", "刘洋")),
    ("联系电话", ("138****2071", "159****6630")),
    ("备注2", (None, None, "已归档")),
)


def column_inserted(book):
    """A column nobody asked for (经办人, 联系电话 masked, 备注2) inserted in the middle of each sheet's first
    table, between two columns no header cell spans; lines above and below widened over it."""
    for n, ws in enumerate(book.worksheets):
        tables = _tables(ws)
        if not tables:
            continue
        heads, data, _ = tables[0]
        if not _register(ws, data):
            continue
        first, last = min(c.column for c in _filled(ws[heads[-1]])), max(c.column for c in _filled(ws[heads[-1]]))
        table_rows = {*heads, *data}  # a merged section line inside the table is widened, as a title is
        spans = [m for m in ws.merged_cells.ranges if set(range(m.min_row, m.max_row + 1)) & table_rows]
        middle = (first + last + 1) // 2
        at = next(
            (
                c
                for c in sorted(range(first + 1, last + 1), key=lambda c: abs(c - middle))
                if not any(m.min_col < c <= m.max_col for m in spans)
            ),
            None,
        )
        if at is None:
            continue
        merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
        for m in list(ws.merged_cells.ranges):
            ws.unmerge_cells(str(m))
        hidden_cols = [openpyxl.utils.column_index_from_string(c) for c, d in ws.column_dimensions.items() if d.hidden]
        ws.move_range(f"{get_column_letter(at)}1:{get_column_letter(ws.max_column)}{ws.max_row}", cols=1)
        for c in hidden_cols:
            ws.column_dimensions[get_column_letter(c)].hidden = False
        for c in hidden_cols:
            ws.column_dimensions[get_column_letter(c + 1 if c >= at else c)].hidden = True
        for r1, c1, r2, c2 in merges:
            if c1 >= at:
                c1, c2 = c1 + 1, c2 + 1
            elif c2 >= at:  # a title or a note over the table: widened over the new column
                c2 += 1
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        title, values = EXTRA_COLUMNS[n % len(EXTRA_COLUMNS)]
        ws.cell(heads[0], at).value = title
        ws.cell(heads[0], at)._style = ws.cell(heads[-1], at - 1)._style
        if len(heads) > 1:
            ws.merge_cells(start_row=heads[0], start_column=at, end_row=heads[-1], end_column=at)
        for i, r in enumerate(data):
            ws.cell(r, at).value = values[i % len(values)]
    return book


def headers_retyped(book):
    """Every header cell retyped: a space before and after, a full-width colon after, or a line break inside
    (受理\\n日期), in turn across the columns."""
    for ws in book.worksheets:
        for heads, _, _ in _tables(ws):
            for r in heads:
                for cell in _filled(ws[r]):
                    if not isinstance(cell.value, str):
                        continue
                    text = cell.value.strip()
                    style = cell.column % 3
                    if style == 0 or style == 2 and (len(text) < 4 or "\n" in text):
                        cell.value = f" {text} "
                    elif style == 1:
                        cell.value = f"{text}："
                    else:
                        cell.value = f"{text[: len(text) // 2]}\n{text[len(text) // 2 :]}"
    return book


FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")
UNITS = (
    ("人次", "人次"),
    ("（件）", "件"),
    ("(件)", "件"),
    ("（次）", "次"),
    ("（人）", "人"),
    ("（场）", "场"),
    ("（份）", "份"),
)


def numbers_as_text(book):
    """Numbers in records typed as text: '12 (a text cell), １２ (full-width), 12件 where the header names the
    unit; not dates, rates, or numbers an Excel date serial could be."""
    for ws in book.worksheets:
        for heads, data, _ in _tables(ws):
            header = {c.column: "".join(str(ws.cell(r, c.column).value or "") for r in heads) for c in ws[heads[-1]]}
            for i, r in enumerate(data):
                for cell in ws[r]:
                    v = cell.value
                    if isinstance(v, bool) or not isinstance(v, (int, float)) or "%" in (cell.number_format or ""):
                        continue
                    if cell.is_date or 20000 <= v <= 80000 and float(v).is_integer():
                        continue
                    # Excel's text of a number keeps its 15 significant digits (an 18-digit 案件编号 ends in 000).
                    text = str(int(Decimal(f"{v:.14e}"))) if abs(v) >= 1e15 else _text(v)
                    unit = next((u for word, u in UNITS if word in header.get(cell.column, "")), None)
                    turn = (i + cell.column) % 3
                    if turn == 1:
                        text = text.translate(FULL_WIDTH)
                    elif turn == 2 and unit:
                        text += unit
                    cell.value, cell.number_format = text, "@"
    return book


def totals_below(book):
    """A 合计 row under each table that has none: the counts and amounts of its columns summed."""
    sums = ("数", "金额", "元", "人次", "件", "次", "场", "份")
    never = ("号", "编", "日", "时间", "年", "月", "率", "电话", "证")
    for ws in book.worksheets:
        for heads, data, total in _tables(ws):
            below = data[-1] + 1
            if total or any(c.value is not None for c in ws[below]) or (below, 1) in _merged(ws):
                continue
            columns = {c.column for r in data for c in _filled(ws[r])}
            first = min(columns)
            ws.cell(below, first).value = "合计"
            for c in sorted(columns - {first}):
                title = "".join(str(ws.cell(r, c).value or "") for r in heads)
                values = [ws.cell(r, c).value for r in data if ws.cell(r, c).value is not None]
                numeric = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
                if numeric and any(w in title for w in sums) and not any(w in title for w in never):
                    ws.cell(below, c).value = sum(values)
    return book


def filter_on(book):
    """The header row frozen and 筛选 (autofilter) buttons on the first table, nothing filtered."""
    for ws in book.worksheets:
        tables = _tables(ws)
        if not tables or ws.auto_filter.ref:
            continue
        heads, data, _ = tables[0]
        columns = [c.column for r in (heads[-1], *data) for c in _filled(ws[r])]
        ws.freeze_panes = f"A{heads[-1] + 1}"
        ws.auto_filter.ref = f"{get_column_letter(min(columns))}{heads[-1]}:{get_column_letter(max(columns))}{data[-1]}"
    return book


def _titled(book, path: Path) -> bool:
    """A merged title row over each table: the file's name for a book of one sheet, else the sheet's name."""
    for ws in book.worksheets:
        if not _tables(ws):
            continue
        _shift(ws, 1, 0)
        width = ws.max_column
        ws.cell(1, 1).value = path.stem if len(book.worksheets) == 1 else ws.title
        if width > 1:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    book.save(path)
    return True


def _marked(ws, cells) -> bool:
    """Whether a sheet says something by its cells' look that a writer of plain cells would lose: % formats, text
    struck inside a cell, struck or coloured rows, a symbol font."""
    if any("%" in (c.number_format or "") or isinstance(c.value, CellRichText) for c in cells):
        return True
    return bool(
        _struck_rows(ws)
        or _filled_rows(ws)
        or any(c.font is not None and (c.font.name or "").startswith("Wingdings") for c in cells)
    )


def _as_ods(book, path: Path) -> bool:
    """The book saved as OpenDocument (.ods, LibreOffice) with its merges and hidden rows; False (left as it is)
    where this writer would lose something the book says (hidden sheets or columns, % formats, struck or
    coloured rows, a cell's own font, text struck inside a cell)."""
    sheets = []
    for ws in book.worksheets:
        if ws.sheet_state != "visible" or any(d.hidden for d in ws.column_dimensions.values()):
            return False
        cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
        if _marked(ws, cells):
            return False
        sheets.append(
            Sheet(
                ws.title,
                [list(row) for row in ws.iter_rows(values_only=True)],
                [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges],
                hidden_rows={r for r, d in ws.row_dimensions.items() if d.hidden},
            )
        )
    path.with_suffix(".ods").write_bytes(ods_bytes(Book(path.with_suffix(".ods").name, sheets)))
    path.unlink()
    return True


def _sheet_name(stem: str, title: str | None, taken: set[str]) -> str:
    """A sheet named after the book it was (and its sheet, for a book of several): Excel keeps 31 characters,
    the end of the name (a town's name comes first in most), without []:*?/\\."""
    name = (stem if title is None else f"{stem}-{title}").translate(str.maketrans("[]:*?/\\", "（）：＊？／＼"))[-31:]
    n, unique = 1, name
    while unique in taken:
        n += 1
        unique = f"{name[: 31 - len(str(n)) - 2]}({n})"
    taken.add(unique)
    return unique


def _one_book(raw: Path) -> int:
    """The year's .xlsx books copied into one book 台账汇编.xlsx, a sheet per sheet named after its old file
    (what the file's name and folder said is now the sheet's name, cut to Excel's 31 characters)."""
    from copy import copy

    out = openpyxl.Workbook()
    out.remove(out.active)
    taken: set[str] = set()
    merged = []
    for path in sorted(raw.rglob("*.xlsx")):
        try:
            book = openpyxl.load_workbook(path, data_only=True, rich_text=True)
        except Exception:
            continue
        for ws in book.worksheets:
            title = None if len(book.worksheets) == 1 else ws.title
            new = out.create_sheet(_sheet_name(path.stem, title, taken))
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None and not c.has_style:
                        continue
                    t = new.cell(c.row, c.column, c.value)
                    if c.has_style:
                        t.font, t.fill, t.alignment = copy(c.font), copy(c.fill), copy(c.alignment)
                        t.number_format = c.number_format
            for m in ws.merged_cells.ranges:
                new.merge_cells(str(m))
            for r, d in ws.row_dimensions.items():
                new.row_dimensions[r].hidden = d.hidden
                new.row_dimensions[r].outline_level = d.outline_level
            for c, d in ws.column_dimensions.items():
                new.column_dimensions[c].hidden = d.hidden
            new.sheet_state = ws.sheet_state
            new.freeze_panes = ws.freeze_panes
            new.auto_filter.ref = ws.auto_filter.ref
        merged.append(path)
    if not merged:
        return 0
    if all(ws.sheet_state != "visible" for ws in out.worksheets[:1]):
        out.active = next(i for i, ws in enumerate(out.worksheets) if ws.sheet_state == "visible")
    out.save(raw / "台账汇编.xlsx")
    for path in merged:
        path.unlink()
    return len(merged)


GENERIC_NAMES = {".docx": "新建 Microsoft Word 文档", ".csv": "新建文本文档"}


def _generic_names(raw: Path) -> int:
    """Every file renamed as a new file is named (新建 Microsoft Excel 工作表 (3).xlsx): what its name said is gone."""
    files = sorted(p for p in raw.rglob("*") if p.is_file())
    for i, path in enumerate(files, 1):
        path.rename(
            path.with_name(
                f"{GENERIC_NAMES.get(path.suffix.lower(), '新建 Microsoft Excel 工作表')} ({i}){path.suffix}"
            )
        )
    return len(files)


# --- a fourth round (session 44): what a sheet collects beside and below its register ---------------------------


def _registers(ws) -> list[tuple[list[int], list[int], bool]]:
    """The sheet's tables whose records are a register's (each dated)."""
    return [t for t in _tables(ws) if _register(ws, t[1])]


def side_by_side(book):
    """A register copied a second time into its own sheet, to the right after one blank column (a copy kept to
    compare against, or to print two to a page): the same records twice, which must count once. Sheets with a
    register only; the copy's merges go with it, its rows' hidden state is the rows'."""
    for ws in book.worksheets:
        if not _registers(ws):
            continue
        width, height = ws.max_column, ws.max_row
        at = width + 2  # one blank column between
        for r in range(1, height + 1):
            for c in range(1, width + 1):
                cell = ws.cell(r, c)
                if cell.value is None and not cell.has_style:
                    continue
                copy = ws.cell(r, c + at - 1)
                copy.value, copy._style = cell.value, cell._style
        for m in list(ws.merged_cells.ranges):
            ws.merge_cells(
                start_row=m.min_row, start_column=m.min_col + at - 1, end_row=m.max_row, end_column=m.max_col + at - 1
            )
    return book


def pivot_below(book):
    """A 数据透视表 of the sheet's largest register pasted as values two blank rows under the sheet's last line (行标签 |
    计数项:<a title>, a line per value of one of its columns of few values, 总计): counts computed from the records,
    never records."""
    for ws in book.worksheets:
        registers = _registers(ws)
        if not registers:
            continue
        heads, data, _ = max(registers, key=lambda t: len(t[1]))
        below = ws.max_row + 3
        titles = {
            c.column: "".join(str(ws.cell(r, c.column).value or "").strip() for r in heads) for c in ws[heads[-1]]
        }
        columns = [
            c
            for c, title in titles.items()
            if title
            and all(isinstance(ws.cell(r, c).value, str) for r in data)
            and 1 < len({ws.cell(r, c).value for r in data}) <= max(2, len(data) // 3)
        ]
        if not columns:
            continue
        by = columns[-1]
        counts: dict[str, int] = {}
        for r in data:
            counts[ws.cell(r, by).value] = counts.get(ws.cell(r, by).value, 0) + 1
        first = min(c.column for c in _filled(ws[heads[-1]]))
        key = next((t for c, t in sorted(titles.items()) if t and c != by), titles[by])
        ws.cell(below, first).value, ws.cell(below, first + 1).value = "行标签", f"计数项:{key}"
        for i, (value, n) in enumerate(sorted(counts.items()), 1):
            ws.cell(below + i, first).value, ws.cell(below + i, first + 1).value = value, n
        ws.cell(below + len(counts) + 1, first).value = "总计"
        ws.cell(below + len(counts) + 1, first + 1).value = len(data)
    return book


def helper_columns(book):
    """Two columns a clerk adds right of the sheet's largest register to filter it, then hides: 年份 (=IF(ISNUMBER(D3),YEAR(D3),""),
    the year of the record's first date cell, blank for a date typed as text) and 辅助列 (=IF(E3="","",1): 1 beside
    every record), their values as Excel caches them."""
    for ws in book.worksheets:
        for heads, data, _ in sorted(_registers(ws), key=lambda t: -len(t[1]))[:1]:
            last = max(c.column for r in (*heads, *data) for c in _filled(ws[r]))
            if any(ws.cell(r, c).value is not None for r in (*heads, *data) for c in (last + 1, last + 2)):
                continue
            ws.cell(heads[-1], last + 1).value, ws.cell(heads[-1], last + 2).value = "年份", "辅助列"
            for r in data:
                day = next((c.value for c in ws[r] if isinstance(c.value, dt.date)), None)
                ws.cell(r, last + 1).value = day.year if day else None
                ws.cell(r, last + 2).value = 1
            for c in (last + 1, last + 2):
                ws.column_dimensions[get_column_letter(c)].hidden = True
    return book


def _insert_blank_row(ws, at: int) -> None:
    """A blank row inserted before row `at`: the cells, merges and rows' states below it moved down one."""
    merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    for m in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(m))
    states = {r: (d.hidden, d.outline_level) for r, d in ws.row_dimensions.items() if r >= at}
    ws.move_range(f"A{at}:{get_column_letter(ws.max_column)}{ws.max_row}", rows=1)
    for r in states:
        ws.row_dimensions[r].hidden, ws.row_dimensions[r].outline_level = False, 0
    for r, (hidden, level) in states.items():
        ws.row_dimensions[r + 1].hidden, ws.row_dimensions[r + 1].outline_level = hidden, level
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=r1 + (r1 >= at), start_column=c1, end_row=r2 + (r2 >= at), end_column=c2)


def blank_rows(book):
    """A blank row after every third record of each register, as rows inserted to add records later (or whose
    contents were cleared while the record was moved elsewhere): the same records with gaps between them. The
    gap goes right above the next record, so that a record written over several rows (a row per party, a second
    row of its penalties) keeps its rows together."""
    for ws in book.worksheets:
        for _, data, _ in reversed(_registers(ws)):
            for r in reversed(data[3::3]):
                _insert_blank_row(ws, r)
    return book


# --- a fifth round (session 45): what a book keeps beside this year's register -----------------------------------


def _column_of_few(ws, heads: list[int], data: list[int]) -> int | None:
    """A column of the table whose records hold text of few values (a category, a village, a month), the one of fewest
    values; None where none has."""
    columns = []
    for c in sorted({c.column for c in _filled(ws[heads[-1]])}):
        values = [ws.cell(r, c).value for r in data]
        if all(isinstance(v, str) and v.strip() for v in values) and 1 < len(set(values)) <= max(2, len(data) // 3):
            columns.append((len(set(values)), c))
    return min(columns)[1] if columns else None


def merged_groups(book):
    """Each register sorted by a column of few values (a category, a village, a month) and that column merged down
    over each run of equal values, as a clerk tidies a register to read it: the value stands once, over its block.
    Rows that cannot move (merged, hidden, grouped) and sheets saying 同上 are left as they are."""
    for ws in book.worksheets:
        if _says_same_as_above(ws):
            continue
        width = ws.max_column
        for heads, data, _ in _registers(ws):
            by = _column_of_few(ws, heads, data)
            if by is None:
                continue
            for run in _record_runs(ws, data):
                rows = [[(ws.cell(r, c).value, ws.cell(r, c)._style) for c in range(1, width + 1)] for r in run]
                rows = sorted(rows, key=lambda row: _text(row[by - 1][0]))
                for r, cells in zip(run, rows):
                    for c, (value, style) in enumerate(cells, 1):
                        ws.cell(r, c).value, ws.cell(r, c)._style = value, style
                start = 0
                for i in range(1, len(run) + 1):
                    if i == len(run) or rows[i][by - 1][0] != rows[start][by - 1][0]:
                        if i - start > 1:
                            ws.merge_cells(start_row=run[start], start_column=by, end_row=run[i - 1], end_column=by)
                        start = i
    return book


EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def _year_back(value, year: int):
    """A cell's value as last year's: a date a year earlier, a date typed as its serial number (45324) whose day
    falls in `year` a year earlier, the year written in a text a year earlier."""
    if isinstance(value, dt.datetime | dt.date):
        try:
            return value.replace(year=value.year - 1)
        except ValueError:  # 29 February
            return value.replace(year=value.year - 1, day=28)
    if type(value) in (int, float) and float(value).is_integer() and 20000 <= value <= 80000:
        day = EXCEL_EPOCH + dt.timedelta(days=int(value))
        if day.year == year:
            return int(value) - (day - _year_back(day, year)).days
    if isinstance(value, str):
        # The year as typed or as a scan's reading spells it (2O24, 2〇24, ２０２４), the year before first (a case
        # of last December in this year's register), then a short year (24.3.5).
        for y in (year - 1, year):
            value = re.sub(_spelt(str(y)), str(y - 1), value)
            value = re.sub(_in_words(str(y)), lambda m, y=y: _words(str(y - 1), m.group()), value)
        return value.replace(str(year)[2:] + ".", str(year - 1)[2:] + ".")
    return value


_PERSON = re.compile(f"[{_SURNAMES}][{_GIVEN}]{{1,2}}")

LOOK_ALIKE = {"0": "0OoＯ〇０", "1": "1lIｌ１"}


def _spelt(digits: str) -> str:
    """A pattern of the digits in any of the ways a clerk or a scan's reading writes them."""
    return "".join(f"[{LOOK_ALIKE.get(d, d)}{chr(ord(d) + 0xFEE0)}]" for d in digits)


CHINESE_DIGITS = "〇一二三四五六七八九"


def _in_words(digits: str) -> str:
    """A pattern of a year written in Chinese digits (二〇二四, 二零二四, 二O二四)."""
    return "".join("[〇零O]" if d == "0" else CHINESE_DIGITS[int(d)] for d in digits)


def _words(digits: str, like: str) -> str:
    """A year in Chinese digits, its zero written as in `like`."""
    zero = next((c for c in like if c in "〇零O"), "〇")
    return "".join(zero if d == "0" else CHINESE_DIGITS[int(d)] for d in digits)


def _year_of(ws, data: list[int]) -> int | None:
    """The year most of the records' date cells fall in."""
    years = [c.value.year for r in data for c in ws[r] if isinstance(c.value, dt.date)]
    return max(set(years), key=years.count) if years else None


def _copy_sheet(book, ws, title: str, value=lambda v: v):
    """A copy of a sheet (values through `value`, styles, merges, hidden rows and columns) as the book's last sheet."""
    new = book.copy_worksheet(ws)
    new.title = title
    for row in new.iter_rows():
        for cell in row:
            if cell.value is not None and not isinstance(cell.value, CellRichText):
                cell.value = value(cell.value)
    return new


def last_year_sheet(book):
    """Last year's register of the same ledger kept as another sheet of the book (named 2023年, or the sheet's name
    with the year a year earlier), its dates and the years written in it all a year earlier: the book of the
    sheet's largest dated register only. Last year's records count for nothing this year."""
    for ws in list(book.worksheets):
        registers = _registers(ws)
        if not registers or ws.sheet_state != "visible":
            continue
        _, data, _ = max(registers, key=lambda t: len(t[1]))
        year = _year_of(ws, data)
        if year is None:
            continue
        title = ws.title.replace(str(year), str(year - 1)) if str(year) in ws.title else f"{year - 1}年"
        if title in book.sheetnames:
            continue
        copy = _copy_sheet(book, ws, title, lambda v: _year_back(v, year))
        # A record of next year (a case decided in January after the year) would land in this year a year earlier:
        # one last year's register never held, so the copy leaves it out.
        for r in data:
            if any(_after(cell.value, year) for cell in ws[r]):
                for cell in copy[r]:
                    if not isinstance(cell, openpyxl.cell.cell.MergedCell):
                        cell.value = None
        break
    return book


def _after(value, year: int) -> bool:
    """Whether a cell names a day or a year after `year`: a date, a date's serial number, a year written in a text."""
    if isinstance(value, dt.datetime | dt.date):
        return value.year > year
    if type(value) in (int, float) and float(value).is_integer() and 20000 <= value <= 80000:
        return (EXCEL_EPOCH + dt.timedelta(days=int(value))).year > year
    later = str(year + 1)
    return isinstance(value, str) and re.search(f"{_spelt(later)}|{_in_words(later)}", value) is not None


def backup_sheet(book):
    """A hidden sheet named 备份 (or 原表, in every other book) holding an older copy of the book's largest register
    (its last third of records not yet entered): a copy kept aside, which counts for nothing."""
    best = max(
        ((ws, t) for ws in book.worksheets if ws.sheet_state == "visible" for t in _registers(ws)),
        key=lambda p: len(p[1][1]),
        default=None,
    )
    if best is None:
        return book
    ws, (_, data, _) = best
    copy = _copy_sheet(book, ws, "原表" if "原表" not in book.sheetnames and len(data) % 2 else "备份")
    for r in data[len(data) - len(data) // 3 :]:
        for cell in copy[r]:
            if not isinstance(cell, openpyxl.cell.cell.MergedCell):
                cell.value = None
    copy.sheet_state = "hidden"
    return book


COMMENTS = ("已核实", "请补充材料", "数据来源：系统导出", "此处以原件为准")


def comments(book):
    """Cell comments (批注) left by a reviewer on the header's first cell and on every fourth record's first and
    last cells: notes beside the values, not values."""
    from openpyxl.comments import Comment

    n = 0
    for ws in book.worksheets:
        for heads, data, _ in _tables(ws):
            for r in (heads[0], *data[::4]):
                cells = _filled(ws[r])
                for cell in {cells[0].coordinate: cells[0], cells[-1].coordinate: cells[-1]}.values():
                    if isinstance(cell, openpyxl.cell.cell.MergedCell):
                        continue
                    cell.comment = Comment(COMMENTS[n % len(COMMENTS)], "审核人")
                    n += 1
    return book


COUNT_WORDS = ("数", "人次", "件", "次", "场", "份", "人")
PERIOD_WORDS = ("本期", "上期", "同期", "增减", "本月", "本季", "本年", "累计", "比上年", "同比")
NOT_COUNTS = ("号", "编", "日", "时间", "年", "率", "电话", "证", "金额", "元", "代码", "序")


def total_column(book):
    """A column at the right of each table of counts (a form's rows of labels and counts under one header row: not
    a register), computed from the table, never a record: where the rows are months (1月 …), 累计, the running sum
    of the first count; else 合计, the row's counts summed. Only where a sum means something: counts of one unit,
    none of them a period's (本期 | 上年同期 | 增减 are no parts of a whole) or a 其中 of another."""
    for ws in book.worksheets:
        for heads, data, _ in _tables(ws):
            if _register(ws, data) or len(heads) > 1:
                continue
            titles = {c.column: "".join(str(ws.cell(r, c.column).value or "") for r in heads) for c in ws[heads[-1]]}
            counts = [
                c
                for c, title in titles.items()
                if any(w in title for w in COUNT_WORDS)
                and not any(w in title for w in NOT_COUNTS)
                and any(isinstance(ws.cell(r, c).value, int | float) for r in data)
                and all(type(ws.cell(r, c).value) in (int, float, type(None)) for r in data)
            ]
            units = {
                re.sub(r"^.*?[（(]|[）)].*$", "", titles[c]) if re.search(r"[（(]", titles[c]) else "" for c in counts
            }
            # A 其中 column is a part of another: summed with it, it counts twice (蕙田镇's 实施数量 | 其中：公示数量).
            if len(units) > 1 or any(w in titles[c] for c in counts for w in (*PERIOD_WORDS, "其中")):
                continue
            last = max(c.column for r in (*heads, *data) for c in _filled(ws[r]))
            if len(counts) < 2 or any(ws.cell(r, last + 1).value is not None for r in (*heads, *data)):
                continue
            months = all(re.fullmatch(r"\s*\d{1,2}\s*月份?\s*", str(_filled(ws[r])[0].value)) for r in data)
            ws.cell(heads[-1], last + 1).value = "累计" if months else "合计"
            running = 0
            for r in data:
                running += ws.cell(r, counts[0]).value or 0
                total = sum(ws.cell(r, c).value or 0 for c in counts)
                ws.cell(r, last + 1).value = running if months else total
    return book


# --- a sixth round (session 46): what a register looks like once an office has printed, split or summed it --------


# --- a fourteenth round (session 54): the blanks a clerk's typing and a system's copying leave in cells -----------

_CJK_TWO = re.compile(r"[\u4e00-\u9fff]{2}")
_PADS = ("{}  ", "{}\u00a0", "\u3000{}", " {} ")


def padded_text(book):
    """Blanks in the cells of each table, as typing to line a printout up and pasting from a web system leave them:
    a header's title of two characters spaced to the width of the others (姓　名, 序　号, full-width space), a
    person's name of two characters likewise (张　三, as a list of names is lined up), and each other text cell of
    the records with blanks around it by turns (trailing spaces, a trailing no-break space copied from a web page,
    a leading full-width space, a space each side). Numbers, dates and empty cells are left as they are. The same
    records: a blank in a cell says nothing."""
    for ws in book.worksheets:
        for heads, data, _ in _tables(ws):
            for r in _whole_header(ws, heads):
                for cell in _filled(ws[r]):
                    if isinstance(cell.value, str) and _CJK_TWO.fullmatch(cell.value.strip()):
                        text = cell.value.strip()
                        cell.value = f"{text[0]}\u3000{text[1]}"
            for i, r in enumerate(data):
                for cell in _filled(ws[r]):
                    if not isinstance(cell.value, str) or isinstance(cell, openpyxl.cell.cell.MergedCell):
                        continue
                    text = cell.value.strip()
                    if len(text) == 2 and _PERSON.fullmatch(text):
                        cell.value = f"{text[0]}\u3000{text[1]}"
                    else:
                        cell.value = _PADS[(i + cell.column) % len(_PADS)].format(text)
    return book


AMOUNT_WORDS = ("元", "金额")
NEVER_SUMMED = ("号", "编", "日", "时间", "年", "月", "率", "电话", "证", "序")
SUMMED = ("数", "金额", "元", "人次", "件", "次", "场", "份")


def _title_of(ws, heads: list[int], column: int) -> str:
    return "".join(str(ws.cell(r, column).value or "").strip() for r in heads)


def _whole_header(ws, heads: list[int]) -> list[int]:
    """A table's header rows with the rows of titles above those `_tables` finds (a row of two titles, 申请人 |
    被申请人, over the names' row): up to the title line or a blank row."""
    top = heads[0]
    while top > 1:
        cells = _filled(ws[top - 1])
        texts = [str(c.value) for c in cells]
        if len(cells) < 2 or not all(isinstance(c.value, str | CellRichText) for c in cells):
            break
        if any(ch.isdigit() for t in texts for ch in t) or any(w in t for t in texts for w in TOTAL_WORDS):
            break
        top -= 1
    return list(range(top, heads[-1] + 1))


def _movable(ws, data: list[int]) -> bool:
    """Whether a table's records are one run of rows that can move freely (shown, unmerged, no outline)."""
    return _record_runs(ws, data) == [data]


_DAY = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")


def _day(value) -> dt.date | None:
    """A cell's day: a date cell, or a date typed in full (2024.3.5, 2024年3月5日, 2024-03-05)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = _DAY.search(value) if isinstance(value, str) else None
    try:
        return dt.date(*map(int, m.groups())) if m else None
    except ValueError:
        return None


def _first_day(ws, r: int) -> dt.date | None:
    """A record's first day (its leftmost cell holding one)."""
    return next((d for d in map(_day, (c.value for c in ws[r])) if d is not None), None)


def _cells_day(cells) -> dt.date | None:
    """The first day of a row given as (value, style) pairs."""
    return next((d for d in (_day(v) for v, _ in cells) if d is not None), None)


def _insert_rows(ws, at: int, rows: list[list[tuple[int, object]]]) -> None:
    """Rows of (column, value) inserted before row `at`, in their order."""
    for cells in reversed(rows):
        _insert_blank_row(ws, at)
        for c, value in cells:
            ws.cell(at, c).value = value


def _sorted_rows(ws, data: list[int], key) -> None:
    """A table's records (one movable run) rewritten in the order of `key` over each row's cells."""
    width = ws.max_column
    rows = [[(ws.cell(r, c).value, ws.cell(r, c)._style) for c in range(1, width + 1)] for r in data]
    for r, cells in zip(data, sorted(rows, key=key)):
        for c, (value, style) in enumerate(cells, 1):
            ws.cell(r, c).value, ws.cell(r, c)._style = value, style


def _summed_columns(ws, heads: list[int], data: list[int]) -> list[int]:
    """The table's columns of counts and amounts (numbers under a count's or an amount's title), as a 合计 sums them."""
    out = []
    for c in sorted({c.column for r in data for c in _filled(ws[r])}):
        title = _title_of(ws, heads, c)
        values = [ws.cell(r, c).value for r in data if ws.cell(r, c).value is not None]
        numeric = bool(values) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
        if numeric and any(w in title for w in SUMMED) and not any(w in title for w in NEVER_SUMMED):
            out.append(c)
    return out


def subtotals(book):
    """Each register sorted by a column of few values (a category, a village) or else by its records' months, and a
    小计 row after each run of equal values with the run's counts and amounts summed (and, in every other register,
    a 合计 of them all under the last): lines of sums among the records, which count for nothing. Registers whose
    records cannot all move (merged, hidden, grouped) and sheets saying 同上 are left as they are."""
    for ws in book.worksheets:
        if _says_same_as_above(ws):
            continue
        for heads, data, total in reversed(_registers(ws)):
            if not _movable(ws, data) or len(data) < 2:
                continue
            heads = _whole_header(ws, heads)
            by = _column_of_few(ws, heads, data)
            if by is not None:

                def group(cells, by=by):
                    return _text(cells[by - 1][0])

            else:

                def group(cells):
                    day = _cells_day(cells)
                    return f"{day.year:04d}-{day.month:02d}" if day else ""

            _sorted_rows(ws, data, lambda cells, group=group: group(cells))
            summed = _summed_columns(ws, heads, data)
            first = min(c.column for r in heads for c in _filled(ws[r]))
            label = by or first  # 张庄村小计 in the column of the run's value, else 小计 in the first
            width = ws.max_column
            groups: list[tuple[str, list[int]]] = []
            for r in data:
                cells = [(ws.cell(r, c).value, None) for c in range(1, width + 1)]
                name = group(cells)
                if groups and groups[-1][0] == name:
                    groups[-1][1].append(r)
                else:
                    groups.append((name, [r]))
            last_total = not total and len(data) % 2 == 0 and ws.cell(data[-1] + 1, first).value is None
            for i, (name, rows) in reversed(list(enumerate(groups))):
                words = f"{name}小计" if by is not None else "小计"
                lines = [[(label, words)] + [(c, sum(ws.cell(r, c).value or 0 for r in rows)) for c in summed]]
                if i == len(groups) - 1 and last_total:
                    lines.append([(label, "合计")] + [(c, sum(ws.cell(r, c).value or 0 for r in data)) for c in summed])
                _insert_rows(ws, rows[-1] + 1, lines)
    return book


PAGE = 20


def print_titles(book):
    """Each register pasted from a printout of PAGE records a page: its header rows printed again at the top of every
    page (打印标题行) and a line 第 N 页 共 M 页 at the foot of each: lines of the printout, no records. A page break
    falls only between two records no merged cell joins."""
    for ws in book.worksheets:
        for heads, data, _ in reversed(_registers(ws)):
            if len(data) <= PAGE:
                continue
            heads = _whole_header(ws, heads)
            merged = {(r, c) for r, c in _merged(ws)}
            cuts = [
                r
                for r in data[PAGE::PAGE]
                if not any((r, c) in merged and (r - 1, c) in merged for c in range(1, ws.max_column + 1))
            ]
            if not cuts:
                continue
            pages = len(cuts) + 1
            width = ws.max_column
            header = [[(c, ws.cell(r, c).value, ws.cell(r, c)._style) for c in range(1, width + 1)] for r in heads]
            spans = [
                (m.min_row - heads[0], m.min_col, m.max_row - heads[0], m.max_col)
                for m in ws.merged_cells.ranges
                if heads[0] <= m.min_row and m.max_row <= heads[-1]
            ]
            first = min(c.column for r in heads for c in _filled(ws[r]))
            _insert_rows(ws, data[-1] + 1, [[(first, f"第 {pages} 页 共 {pages} 页")]])
            for n, at in reversed(list(enumerate(cuts, 1))):
                _insert_rows(ws, at, [[(first, f"第 {n} 页 共 {pages} 页")]] + [[] for _ in heads])
                for i, cells in enumerate(header):
                    for c, value, style in cells:
                        ws.cell(at + 1 + i, c).value, ws.cell(at + 1 + i, c)._style = value, style
                for r1, c1, r2, c2 in spans:
                    ws.merge_cells(start_row=at + 1 + r1, start_column=c1, end_row=at + 1 + r2, end_column=c2)
    return book


_SPAN = re.compile(r"\d{1,2}\s*月?\s*[-—–~～至到]\s*\d{1,2}\s*月")


def _span_of_months(ws, header: int) -> bool:
    """Whether the sheet's name or a title line above its header names a span of months (10-12月, 1月至6月)."""
    lines = [ws.title, *(str(c.value) for row in ws.iter_rows(max_row=header - 1) for c in row if c.value is not None)]
    return any(_SPAN.search(line) for line in lines)


def monthly_sheets(book):
    """A book's largest register split by its records' months (each record's first date) into sheets 1月 … 12月 of
    the same book in the register's place, each with the sheet's title lines, header and notes, a month without a
    record kept as a sheet with its header only: the same records, a sheet's name now a month. Registers whose
    records cannot all move, under a 合计, or of several years (a 清理目录 of documents since 2019), are left as they
    are; so is a book already kept a sheet a month (檀湾镇's 1月 … 12月: its largest month is no year to split), a
    register saying 同上 (a record split from the row above would say what another month's row says), and a register
    going on in a sheet of its book without its header (a converted PDF's pages, `_page_going_on`)."""
    if any(re.fullmatch(r"\s*\d{1,2}\s*月份?\s*", ws.title) for ws in book.worksheets):
        return book
    best = max(
        (
            (ws, t)
            for ws in book.worksheets
            if ws.sheet_state == "visible" and not _says_same_as_above(ws)
            for t in _registers(ws)
        ),
        key=lambda p: len(p[1][1]),
        default=None,
    )
    if best is None:
        return book
    ws, (heads, data, total) = best
    if total or not _movable(ws, data) or len(_tables(ws)) > 1 or any(_first_day(ws, r) is None for r in data):
        return book
    if any(_page_going_on(other) for other in book.worksheets if other is not ws):
        return book  # a converted PDF's pages (Table 1, Table 2): the register goes on in a sheet with no header
    if len({_first_day(ws, r).year for r in data}) > 1:
        return book  # a year's register is split by month: a catalogue of several years' documents is none
    if _span_of_months(ws, min(heads)):
        return book  # a register of part of the year (（2024年10-12月）) split into twelve months would claim the year
    width = ws.max_column
    rows = {r: [(ws.cell(r, c).value, ws.cell(r, c)._style) for c in range(1, width + 1)] for r in data}
    at = book.worksheets.index(ws)
    for month in range(1, 13):
        sheet = _copy_sheet(book, ws, f"{month}月")
        kept = [r for r in data if _first_day(ws, r).month == month]
        for r, source in zip(data, [*kept, *[None] * (len(data) - len(kept))]):
            for c in range(1, width + 1):
                cell = sheet.cell(r, c)
                if source is None:
                    cell.value = None
                else:
                    cell.value, cell._style = rows[source][c - 1]
        book.move_sheet(sheet, offset=at + month - 1 - book.worksheets.index(sheet))
    book.remove(ws)
    book.active = at
    return book


def _page_going_on(ws) -> bool:
    """Whether a sheet is a page of a register begun in another sheet: no header of its own, its first filled row a
    record's, opening with its 序号 (芦洲镇's converted PDF: Table 2 under Table 1's header). Split by month, only the
    first page's records would move, the next page's left after December's sheet: a book no office keeps."""
    if ws.sheet_state != "visible" or _tables(ws):
        return False
    first = next((row for row in ws.iter_rows(values_only=True) if any(v is not None for v in row)), None)
    return first is not None and isinstance(first[0], int) and not isinstance(first[0], bool)


STEMS = "甲乙丙丁戊己庚辛"


def column_numbers(book):
    """A row of column numbers under each table's header: 1 2 3 … under a register's every column; under a form's (a
    table of labels and counts), as the national forms number them, 甲 乙 丙 … under the leading columns of labels
    and 1 2 3 … under the rest (in every other form; 1 2 3 … under all in the others)."""
    n = 0
    for ws in book.worksheets:
        for heads, data, _ in reversed(_tables(ws)):
            heads = _header_lines_below(ws, _whole_header(ws, heads))
            data = [r for r in data if r not in heads]
            columns = sorted({c.column for r in heads for c in _filled(ws[r])})
            columns = list(range(columns[0], columns[-1] + 1))
            if any(isinstance(ws.cell(heads[-1] + 1, c), openpyxl.cell.cell.MergedCell) for c in columns):
                continue  # a header cell merged down into the row below: no room for a line of its own
            labels = 0
            if n % 2 and not _register(ws, data):
                for c in columns:
                    values = [ws.cell(r, c).value for r in data if ws.cell(r, c).value is not None]
                    if labels >= len(STEMS) or not values or not all(isinstance(v, str) for v in values):
                        break
                    labels += 1
                counts = [ws.cell(r, c).value for c in columns[labels:] for r in data]
                if not all(v is None or isinstance(v, int | float) and not isinstance(v, bool) for v in counts):
                    labels = 0  # a form is its labels and counts: a table with text or dates after its labels is none
            line = [(c, STEMS[i]) for i, c in enumerate(columns[:labels])]
            line += [(c, i) for i, c in enumerate(columns[labels:], 1)]
            _insert_rows(ws, heads[-1] + 1, [_numbered_apart(ws, heads, data, line)])
            n += 1
    return book


def _numbered_apart(ws, heads: list[int], data: list[int], line: list[tuple[int, object]]) -> list[tuple[int, object]]:
    """A line of column numbers with a column blank in the header and every record left blank, and the numbers after
    it counted from 1 again where another ledger begins there (its first title the table's first, 序号 … 序号): two
    ledgers side by side (梅岗镇's 应诉 | 备案 on one sheet) are numbered each on its own, as the office numbers each
    table it prints, never across the blank column between them; a blank column inside one table (a converted PDF
    page's, 芦洲镇) is passed over, the numbers running on as the office printed them."""
    blank = {c for c, _ in line if all(ws.cell(r, c).value is None for r in (*heads, *data))}

    def title(c: int):
        return next((ws.cell(r, c).value for r in heads if ws.cell(r, c).value is not None), None)

    out, n, after_blank = [], 0, False
    for c, value in line:
        if c in blank:
            after_blank = True
            continue
        if after_blank and title(c) == title(line[0][0]):
            n = 0
        after_blank = False
        n += 1
        out.append((c, n if isinstance(value, int) else value))
    return out


def _header_lines_below(ws, heads: list[int]) -> list[int]:
    """The header's rows with a second line of titles under them that `_tables` takes for a row (排查 over 日期, 化解
    over 情况, the first column blank): a few texts without digits, where the header fills more cells."""
    last = heads[-1]
    titles = _filled(ws[heads[0]])
    below = _filled(ws[last + 1]) if last < ws.max_row else []
    first = min(c.column for c in titles)
    if (
        below
        and ws.cell(last + 1, first).value is None
        and 2 * len(below) <= len(titles)
        and all(isinstance(c.value, str) and not any(ch.isdigit() for ch in c.value) for c in below)
    ):
        return [*heads, last + 1]
    return heads


ORDINALS = "一二三四五六七八九十"


def section_lines(book):
    """Each register sorted by its records' first dates and a line 一、第一季度 (one cell merged across the table)
    before each quarter's records, as an office sections a register (a quarter of another year is named with its
    year: 一、2023年第四季度). Registers whose records cannot all move, or some undated, are left as they are."""
    for ws in book.worksheets:
        if _says_same_as_above(ws):
            continue
        for heads, data, _ in reversed(_registers(ws)):
            heads = _whole_header(ws, heads)
            days = {r: _first_day(ws, r) for r in data}
            if not _movable(ws, data) or any(d is None for d in days.values()):
                continue
            years = [d.year for d in days.values()]
            year = max(set(years), key=years.count)
            if len({(d.year, (d.month - 1) // 3) for d in days.values()}) > len(ORDINALS):
                continue
            _sorted_rows(ws, data, _cells_day)
            quarters: list[tuple[tuple[int, int], int]] = []
            for r in data:
                d = _first_day(ws, r)
                q = (d.year, (d.month - 1) // 3 + 1)
                if not quarters or quarters[-1][0] != q:
                    quarters.append((q, r))
            columns = sorted({c.column for r in heads for c in _filled(ws[r])})
            for i, ((y, q), at) in reversed(list(enumerate(quarters))):
                words = f"第{ORDINALS[q - 1]}季度" if y == year else f"{y}年第{ORDINALS[q - 1]}季度"
                _insert_rows(ws, at, [[(columns[0], f"{ORDINALS[i]}、{words}")]])
                ws.merge_cells(start_row=at, start_column=columns[0], end_row=at, end_column=columns[-1])
    return book


def amounts_wan(book):
    """Every column of amounts in 元 rewritten in 万元: its title says （万元） (written in the cell that said 元, else
    after the title), its values divided by 10000 to four decimals. A column with an amount of 角 or 分, or typed as
    text, is left as it is (four decimals of 万元 keep whole yuan only)."""
    for ws in book.worksheets:
        for heads, data, _ in _tables(ws):
            for c in sorted(
                {c.column for c in _filled(ws[heads[-1]])} | {c.column for r in heads for c in _filled(ws[r])}
            ):
                title = _title_of(ws, heads, c)
                if not any(w in title for w in AMOUNT_WORDS) or any(w in title for w in ("万元", "千元", "率")):
                    continue
                values = [ws.cell(r, c).value for r in data if ws.cell(r, c).value is not None]
                if not values or not all(
                    isinstance(v, int | float) and not isinstance(v, bool) and float(v).is_integer() for v in values
                ):
                    continue
                unit = next((ws.cell(r, c) for r in heads if "元" in str(ws.cell(r, c).value or "")), None)
                if unit is not None:
                    unit.value = re.sub(r"(?<!万)元", "万元", str(unit.value), count=1)
                else:
                    cell = next(ws.cell(r, c) for r in reversed(heads) if ws.cell(r, c).value is not None)
                    cell.value = f"{str(cell.value).strip()}（万元）"
                for r in data:
                    cell = ws.cell(r, c)
                    if cell.value is not None:
                        cell.value, cell.number_format = round(cell.value / 10000, 4), "0.0000"
    return book


# --- a seventh round (session 47): what a register's notes say, and two registers to a sheet ---------------------

NEUTRAL_NOTES = ("已归档", "已电话回访", "材料已补齐")
TWICE_NOTES = ("重复登记", "重复录入")


def notes_column_text(book):
    """Each register's 备注 (a column of its own added at its right where it has none) holding what offices write there:
    a note that changes nothing (已归档, 已电话回访, 材料已补齐) in a blank 备注 of every fifth record, and, after every
    seventh record, the same record entered a second time, its 备注 saying so (重复登记, 重复录入): the
    office counts it once. Registers whose records cannot all move and sheets saying 同上 are left as they are.
    (已撤回 and 不属于本镇 are not written: they change what the office counts — a withdrawn application is still one
    received, a dispute not of the town is none — so a row marked so is no longer the same records.)"""
    for ws in book.worksheets:
        if _says_same_as_above(ws):
            continue
        for heads, data, _ in reversed(_registers(ws)):
            if not _movable(ws, data):
                continue
            whole = _whole_header(ws, heads)
            columns = sorted({c.column for r in whole for c in _filled(ws[r])})
            notes = next((c for c in columns if "备注" in _title_of(ws, whole, c)), None)
            if notes is None:  # titled in the header's own rows (`_tables`'), never a 填报单位 line over them
                notes = max(c.column for r in (*heads, *data) for c in _filled(ws[r])) + 1
                if any(ws.cell(r, notes).value is not None for r in range(heads[0], data[-1] + 2)):
                    continue
                ws.cell(heads[-1], notes).value = "备注"
                ws.cell(heads[-1], notes)._style = ws.cell(heads[-1], notes - 1)._style
                if len(heads) > 1:
                    ws.merge_cells(start_row=heads[0], start_column=notes, end_row=heads[-1], end_column=notes)
                    ws.cell(heads[0], notes).value = "备注"
            for i, r in enumerate(data[::5]):
                if ws.cell(r, notes).value in (None, ""):
                    ws.cell(r, notes).value = NEUTRAL_NOTES[i % len(NEUTRAL_NOTES)]
            width = ws.max_column
            for i, r in reversed(list(enumerate(data[6::7]))):
                cells = [(ws.cell(r, c).value, ws.cell(r, c)._style) for c in range(1, width + 1)]
                _insert_blank_row(ws, r + 1)
                for c, (value, style) in enumerate(cells, 1):
                    ws.cell(r + 1, c).value, ws.cell(r + 1, c)._style = value, style
                ws.cell(r + 1, notes).value = TWICE_NOTES[i % len(TWICE_NOTES)]
    return book


# --- a ninth round (session 49): the years beside this one, and dates typed as digits ---------------------------


_ID = re.compile(r"99\d{15}[\dX]")


def _renamed(value, step: int):
    """A fictitious person's name (a surname and one or two given characters of tests/devtowns/fake.py) with its
    given name changed, and a fictitious ID number (area 99…) with its sequence changed and its check digit made
    anew: another year's register names other people. Any other value is left as it is."""
    if isinstance(value, str) and _PERSON.fullmatch(value.strip()):
        text = value.strip()
        return text[0] + "".join(_GIVEN[(_GIVEN.index(ch) + step) % len(_GIVEN)] for ch in text[1:])
    if isinstance(value, str) and _ID.fullmatch(value.strip()):
        first17 = value.strip()[:14] + f"{(int(value.strip()[14:17]) + step * 37) % 1000:03d}"
        return first17 + check_digit(first17)
    return value


def _folder_year(books: list[openpyxl.Workbook]) -> int | None:
    """The year most of the folder's days fall in (date cells, dates typed in full): the year its books are of."""
    years = [
        d.year
        for book in books
        for ws in book.worksheets
        for row in ws.iter_rows()
        for c in row
        if (d := _day(c.value)) is not None
    ]
    return max(set(years), key=years.count) if years else None


# Variants of a book that need the year of the folder it lies in.
OF_THE_YEAR = {"next_year_started"}


def _last_years_name(rel: Path, year: int, i: int) -> Path:
    """Where last year's book of a ledger lies beside this year's: its name with the year a year earlier
    (2024年矛盾纠纷排查台账.xlsx → 2023年…); a name carrying no year is given it (2023年调解台账.xlsx) or, every
    other book, kept as it is in a folder of last year (2023年/调解台账.xlsx)."""
    if str(year) in rel.name:  # every year it names a year earlier (台账（2023—2024年） → 台账（2022—2023年）)
        return rel.with_name(_year_back(rel.name, year))
    if i % 2:
        return Path(f"{year - 1}年") / rel
    return rel.with_name(f"{year - 1}年{rel.name}")


def _digits_back(value, year: int, split: bool):
    """A date typed as its eight digits (20240305, a number) a year earlier; in a sheet whose date is split over
    …年 | …月 | …日 columns, the year typed as a number (2024) a year earlier; 2月29日 typed without its year as 2月28日."""
    if type(value) is int and 19000101 <= value <= 21001231:
        try:
            day = dt.date(value // 10000, value // 100 % 100, value % 100)
        except ValueError:
            return value
        if day.year in (year - 1, year):
            back = _year_back(day, year)
            return back.year * 10000 + back.month * 100 + back.day
    if split and type(value) is int and value in (year - 1, year):
        return value - 1
    if isinstance(value, str) and "2月29日" in value:  # a day typed without its year: last year had no 29 February
        return re.sub(r"(?<![\d年./-])2月29日", "2月28日", value)
    return value


def _neighbour_years(raw: Path) -> int:
    """Last year's books of the same ledgers left beside this year's, as an office keeps them in the folder it hands
    over: each book copied with its dates, 文号 and 卷宗号 years a year earlier and other people's names, named for
    last year (`_last_years_name`). A record of next year in this year's book (a case decided in January after the
    year) would land in this year a year earlier, one last year's book never held: the copy leaves it out. Last
    year's records count for nothing this year: every figure stays as it was. Every .xlsx book, every Excel 97 (.xls,
    WPS .et) and OpenDocument (.ods) book (`_grid_books`: leftovers round 16, they had been left out), and (leftovers
    round 15: it had been .xlsx only) every book kept as text the readers read — a CSV in its own encoding and
    delimiter, a web system's HTML table saved .xls, a Word table (`_text_books_back`)."""
    paths, books = [], []
    for path in sorted(raw.rglob("*.xlsx")):
        try:
            books.append(openpyxl.load_workbook(path, data_only=True, rich_text=True))
            paths.append(path)
        except Exception:
            continue
    grids = _grid_books(raw)  # the Excel 97 (.xls, WPS .et) and OpenDocument books, copied as the .xlsx are
    paths += list(grids)
    books += [book for book, _ in grids.values()]
    texts = _text_books(raw)
    year = _folder_year(books) or _texts_year(texts)
    if year is None:
        return 0
    written = _text_books_back(raw, texts, year, len(paths))
    for i, (path, book) in enumerate(zip(paths, books)):
        for ws in book.worksheets:
            split = _split_date(ws)
            later = {r for _, data, _ in _tables(ws) for r in data if any(_after(c.value, year) for c in ws[r])}
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell, openpyxl.cell.cell.MergedCell) or cell.value is None:
                        continue
                    if cell.row in later:
                        cell.value = None
                    elif not isinstance(cell.value, CellRichText):
                        cell.value = _renamed(_digits_back(_year_back(cell.value, year), year, split), 7)
        target = raw / _last_years_name(path.relative_to(raw), year, i)
        target.parent.mkdir(parents=True, exist_ok=True)
        if path in grids:
            target.write_bytes(_grid_bytes(book, target.name, grids[path][1]))
        else:
            book.save(target)
    return len(paths) + written


def _grid_books(raw: Path) -> dict[Path, tuple[openpyxl.Workbook, str]]:
    """The folder's books in the grid formats other than .xlsx (Excel 97 .xls and WPS .et, OpenDocument .ods),
    each as a workbook of its values, merges and sheets' visibility (read by calamine, not by fzlib), with the
    format to write it back in. A web page or a SpreadsheetML file saved .xls is text (`_text_books`)."""
    from python_calamine import CalamineWorkbook

    out: dict[Path, tuple[openpyxl.Workbook, str]] = {}
    for path in sorted(p for p in raw.rglob("*") if p.is_file()):
        suffix = path.suffix.lower()
        if suffix not in (".xls", ".et", ".ods") or path.read_bytes().lstrip()[:1] == b"<":
            continue
        try:
            source = CalamineWorkbook.from_path(str(path))
        except Exception:
            continue
        book = openpyxl.Workbook()
        book.remove(book.active)
        for meta in source.sheets_metadata:
            grid = source.get_sheet_by_name(meta.name)
            ws = book.create_sheet(meta.name)
            top, left = grid.start or (0, 0)
            for r, row in enumerate(grid.to_python(), start=top + 1):
                for c, value in enumerate(row, start=left + 1):
                    if value != "":  # a whole number as the book typed it (2024, not calamine's 2024.0)
                        ws.cell(r, c).value = int(value) if type(value) is float and value.is_integer() else value
            for (r1, c1), (r2, c2) in grid.merged_cell_ranges or ():
                ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
            if str(meta.visible).rsplit(".", 1)[-1] != "Visible":
                ws.sheet_state = "hidden"
        out[path] = (book, "ods" if suffix == ".ods" else "biff")
    return out


def _grid_bytes(book: openpyxl.Workbook, name: str, fmt: str) -> bytes:
    """A workbook of `_grid_books` written back in its own format."""
    sheets = [
        Sheet(
            ws.title,
            [
                [int(v) if type(v) is float and v.is_integer() else v for v in row]
                for row in ws.iter_rows(values_only=True)
            ],
            [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges],
            hidden=ws.sheet_state != "visible",
        )
        for ws in book.worksheets
    ]
    return ods_bytes(Book(name, sheets)) if fmt == "ods" else ole_bytes(biff_workbook(Book(name, sheets)))


# The encodings the towns' CSVs are written in, tried in turn (GBK's superset last: it decodes almost anything);
# UTF-16 only after its byte-order mark (without it, any even number of bytes decodes).
_CSV_ENCODINGS = ("utf-8-sig", "gb18030")
# A cell of a web page's table, a run of a Word table's text, a row of either.
_HTML_CELL = re.compile(r"(<t[dh]\b[^>]*>)(.*?)(</t[dh]>)", re.S)
_HTML_ROW = re.compile(r"<tr\b.*?</tr>", re.S)
_DOCX_TEXT = re.compile(r"(<w:t\b[^>]*>)(.*?)(</w:t>)", re.S)
# A cell's value and a row of Excel 2003's XML Spreadsheet (SpreadsheetML) saved .xls, as an office system exports it.
_XML_CELL = re.compile(r"(<Data\b[^>]*>)(.*?)(</Data>)", re.S)
_XML_ROW = re.compile(r"<Row\b.*?</Row>", re.S)
_DOCX_ROW = re.compile(r"<w:tr\b.*?</w:tr>", re.S)


def _text_books(raw: Path) -> dict[Path, tuple[str, object]]:
    """The folder's books kept as text: path → (form, content): a CSV's (encoding, delimiter, rows), an HTML table's
    page, a Word document's parts."""
    out: dict[Path, tuple[str, object]] = {}
    for path in sorted(p for p in raw.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.suffix.lower() == ".csv":
            for encoding in ("utf-16",) if data[:2] in (b"\xff\xfe", b"\xfe\xff") else _CSV_ENCODINGS:
                try:
                    text = data.decode(encoding)
                except UnicodeDecodeError:
                    continue
                delimiter = "\t" if text[:4096].count("\t") > text[:4096].count(",") else ","
                out[path] = (
                    "csv",
                    (encoding, delimiter, list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))),
                )
                break
        elif path.suffix.lower() == ".xls" and data.lstrip()[:1] == b"<":
            # SpreadsheetML is no web page: read as one, its rows had been copied as this year's (no <tr> in it).
            form = "xml" if b"urn:schemas-microsoft-com:office:spreadsheet" in data[:4096] else "html"
            out[path] = (form, data.decode("utf-8", errors="replace"))
        elif path.suffix.lower() == ".docx":
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    out[path] = ("docx", {i.filename: z.read(i) for i in z.infolist()})
            except zipfile.BadZipFile:
                continue
    return out


def _cell_texts(form: str, content) -> list[str]:
    if form == "csv":
        return [c for row in content[2] for c in row]
    if form in ("html", "xml"):
        return [html.unescape(m.group(2)) for m in (_HTML_CELL if form == "html" else _XML_CELL).finditer(content)]
    return [html.unescape(m.group(2)) for m in _DOCX_TEXT.finditer(content.get("word/document.xml", b"").decode())]


def _texts_year(texts: dict[Path, tuple[str, object]]) -> int | None:
    """The year most days typed in the text books fall in, as `_folder_year` tells it of workbooks."""
    years = [d.year for form, content in texts.values() for t in _cell_texts(form, content) if (d := _day(t))]
    return max(set(years), key=years.count) if years else None


def _text_back(text: str, year: int) -> str:
    # As a workbook's cell (`_digits_back`): 2月29日 typed without its year is 2月28日 in last year's book, which had
    # no 29 February (a text book's copy had kept it: 桦岭镇's last year's 工作日志, date.unparseable).
    return _renamed(_digits_back(_year_back(text, year), year, False), 7)


def _text_books_back(raw: Path, texts: dict[Path, tuple[str, object]], year: int, start: int) -> int:
    """Each text book copied as last year's (see `_neighbour_years`), a row naming a day after the year left out;
    how many were written. `start`: how many books were copied before, for `_last_years_name`'s alternation."""
    for i, (path, (form, content)) in enumerate(texts.items(), start=start):
        if form == "csv":
            encoding, delimiter, rows = content
            buf = io.StringIO()
            writer = csv.writer(buf, lineterminator="\r\n", delimiter=delimiter)
            for row in rows:
                if not any(_after(c, year) for c in row):
                    writer.writerow([_text_back(c, year) for c in row])
            data = buf.getvalue().encode(encoding)
        elif form in ("html", "xml"):
            cell, line = (_HTML_CELL, _HTML_ROW) if form == "html" else (_XML_CELL, _XML_ROW)

            def row_back(m: re.Match, cell=cell) -> str:
                cells = [html.unescape(c.group(2)) for c in cell.finditer(m.group())]
                if any(_after(c, year) for c in cells):
                    return ""
                return cell.sub(
                    lambda c: c.group(1) + html.escape(_text_back(html.unescape(c.group(2)), year), False) + c.group(3),
                    m.group(),
                )

            data = line.sub(row_back, content).encode("utf-8")
        else:

            def docx_row_back(m: re.Match) -> str:
                cells = [html.unescape(c.group(2)) for c in _DOCX_TEXT.finditer(m.group())]
                return "" if any(_after(c, year) for c in cells) else _docx_texts_back(m.group(), year)

            parts = dict(content)
            document = parts.get("word/document.xml", b"").decode()
            parts["word/document.xml"] = _docx_texts_back(_DOCX_ROW.sub(docx_row_back, document), year).encode()
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for name, part in parts.items():
                    z.writestr(name, part)
            data = buf.getvalue()
        target = raw / _last_years_name(path.relative_to(raw), year, i)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return len(texts)


def _docx_texts_back(xml: str, year: int) -> str:
    return _DOCX_TEXT.sub(
        lambda c: c.group(1) + html.escape(_text_back(html.unescape(c.group(2)), year), False) + c.group(3), xml
    )


_DAY_TYPED = re.compile(r"(\d{4})(\s*[-./年]\s*)(\d{1,2})(\s*[-./月]\s*)(\d{1,2})")
# A day typed without its year (3月5日), in a register whose title gives the year.
_DAY_YEARLESS = re.compile(r"(?<![\d年./-])(\d{1,2})月(\d{1,2})日")


def _days_in(value, year: int) -> list[dt.date]:
    """The days a cell names: a date cell, a date typed in full, a day typed without its year (as of `year`)."""
    day = _day(value)
    if day is not None:
        return [day]
    out = []
    for m in _DAY_YEARLESS.finditer(value) if isinstance(value, str) else ():
        try:
            out.append(dt.date(year, int(m[1]), int(m[2])))
        except ValueError:
            pass
    return out


def _records_year(ws, data: list[int]) -> int | None:
    """The year most of a table's records' days fall in, else the year its sheet's name or a line above it names."""
    years = [d.year for r in data for c in ws[r] if (d := _day(c.value)) is not None]
    if years:
        return max(set(years), key=years.count)
    above = [ws.title] + [str(c.value) for row in ws.iter_rows(max_row=data[0] - 1) for c in row if c.value]
    named = [int(y) for text in above for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text)]
    return named[0] if named else None


def _moved(value, delta: dt.timedelta, year: int):
    """A cell of a record moved by `delta` into next year: a date (cell, serial, typed in full or without its year)
    by `delta`, the year written in a text (文号 〔2024〕) a year later."""
    if isinstance(value, dt.datetime | dt.date):
        return value + delta
    if type(value) in (int, float) and float(value).is_integer() and 20000 <= value <= 80000:
        if (EXCEL_EPOCH + dt.timedelta(days=int(value))).year == year:
            return int(value) + delta.days
        return value
    if isinstance(value, str):

        def day(m: re.Match) -> str:
            try:
                d = dt.date(int(m[1]), int(m[3]), int(m[5])) + delta
            except ValueError:
                return m[0]
            return f"{d.year}{m[2]}{d.month:0{len(m[3])}d}{m[4]}{d.day:0{len(m[5])}d}"

        def yearless(m: re.Match) -> str:
            try:
                d = dt.date(year, int(m[1]), int(m[2])) + delta
            except ValueError:
                return m[0]
            return f"{d.month}月{d.day}日"

        value = _DAY_YEARLESS.sub(yearless, _DAY_TYPED.sub(day, value))
        return re.sub(_spelt(str(year)), str(year + 1), value)
    return value


_NUMBERED = re.compile(r"(.*?)(\d+)(\D*)")
_MONTH_NAMED = re.compile(
    r"(?<!\d)(1[0-2]|[1-9])\s*月(?!\s*\d{1,2}\s*日)|[一二三四五六七八九十]+月|季度|半年|(?<![A-Za-z])[Qq][1-4](?!\d)"
)


def _of_a_month(ws, header: int) -> bool:
    """Whether the sheet's name or a title line above its header names a month or a quarter (2025年3月矛盾纠纷排查化解
    登记表, 一季度): a period's book, which ends with its period."""
    lines = [ws.title, *(str(c.value) for row in ws.iter_rows(max_row=header - 1) for c in row if c.value is not None)]
    return any(_MONTH_NAMED.search(line) for line in lines)


def _numbers_going_on(ws, data: list[int], column: int, year: int):
    """A register's own numbers that go on from record to record without naming the year (HX001, HX002 …: each
    record's, all different) → the number of next year's n-th record (HX014 after HX013); else None (a number
    naming its year, 〔2024〕1号, starts again in the next year's words)."""
    values = [ws.cell(r, column).value for r in data]
    if not all(isinstance(v, str) for v in values) or len(set(values)) < len(values) or len(values) < 2:
        return None
    found = [_NUMBERED.fullmatch(v.strip()) for v in values]
    if not all(found) or any(re.search(_spelt(str(year)), v) or _days_in(v, year) for v in values):
        return None  # a number naming its year, or a day (8月30日 is no number going on)
    last = max(found, key=lambda m: int(m[2]))
    return lambda n: f"{last[1]}{int(last[2]) + n:0{len(last[2])}d}{last[3]}"


def next_year_started(book, year: int | None = None):
    """Each register going on below the year's records with the first records of next year, as a register kept
    without a break reads in February when the report is written: its first records (up to three, each dated within
    the year only) copied under its last record, moved into January of next year (their dates by the same days, a
    day typed without its year as 1月8日, the year in their 文号 a year later, other people's names, the 序号 going
    on), in the registers of the folder's `year` only (a book of a sheet a year goes on in the year's sheet, not in
    last year's). Tables with a 合计 (a year's total over them) and sheets whose date is split over …年 | …月 | …日
    columns are left as they are. Next year's records count for nothing this year."""
    for ws in book.worksheets:
        if _says_same_as_above(ws) or _split_date(ws):
            continue
        width = ws.max_column
        for heads, data, total in reversed(_registers(ws)):
            if total or not _movable(ws, data) or _records_year(ws, data) != year or _of_a_month(ws, heads[0]):
                continue
            if all(any(isinstance(c.value, str) and _ID.fullmatch(c.value.strip()) for c in ws[r]) for r in data):
                continue  # a list of persons (a row per person: where each stands), not a register of events
            firsts = []
            for r in data:
                days = [d for c in ws[r] for d in _days_in(c.value, year)]
                # A date in words (二〇二四年一月十九日) is not moved here: its record is not taken.
                in_words = any(re.search(_in_words(str(year)), str(c.value or "")) for c in ws[r])
                if days and all(d.year == year for d in days) and not in_words:
                    firsts.append((r, min(days)))
                if len(firsts) == max(1, min(3, len(data) // 5)):
                    break
            serials = [ws.cell(r, 1).value for r in data]
            numbered = all(type(v) is int for v in serials)
            going_on = {c: _numbers_going_on(ws, data, c, year) for c in range(1, width + 1)}
            rows = []
            for n, (r, first) in enumerate(firsts, 1):
                delta = dt.date(year + 1, 1, min(first.day, 28)) - first
                cells = []
                for c in range(1, width + 1):
                    value = ws.cell(r, c).value
                    if c == 1 and numbered:
                        value = serials[-1] + n
                    elif going_on[c] is not None:
                        value = going_on[c](n)
                    elif value is not None and not isinstance(value, CellRichText):
                        value = _renamed(_moved(value, delta, year), 11)
                    cells.append((value, ws.cell(r, c)._style))
                rows.append(cells)
            at = data[-1] + 1
            for cells in reversed(rows):
                _insert_blank_row(ws, at)
                for c, (value, style) in enumerate(cells, 1):
                    ws.cell(at, c).value, ws.cell(at, c)._style = value, style
    return book


def dates_as_digits(book):
    """Every date cell of a record typed as its eight digits, as clerks type a date fast and systems export it
    (20240305): a number cell (General) on one record, a text cell ('20240305) on the next. The same days."""
    for ws in book.worksheets:
        records = {r for _, data, _ in _tables(ws) for r in data}
        for row in ws.iter_rows():
            for cell in row:
                if cell.row in records and isinstance(cell.value, dt.date) and cell.is_date:
                    if isinstance(cell.value, dt.datetime) and cell.value.time() != dt.time():
                        continue
                    digits = cell.value.strftime("%Y%m%d")
                    cell.value, cell.number_format = (int(digits), "General") if cell.row % 2 else (digits, "@")
    return book


# --- an eleventh round (session 51): how a clerk groups, wraps and types a register, and how a book is bound -----


# The titles of a column an office groups a register by: where (a village, a unit), whose, of what sort.
GROUP_TITLES = ("村", "社区", "单位", "部门", "类型", "类别", "来源")


def _group_column(ws, heads: list[int], data: list[int]) -> int | None:
    """The column a register is grouped by: of few text values (never 是 / 否) under a title naming a place, a unit
    or a sort, the one of fewest values; None where none is."""
    columns = []
    for c in sorted({c.column for c in _filled(ws[heads[-1]])}):
        values = [ws.cell(r, c).value for r in data]
        if not all(isinstance(v, str) and v.strip() for v in values) or {v.strip() for v in values} <= {"是", "否"}:
            continue
        if not any(w in _title_of(ws, heads, c) for w in GROUP_TITLES):
            continue
        if 1 < len(set(values)) <= max(2, len(data) // 2):
            columns.append((len(set(values)), c))
    return min(columns)[1] if columns else None


def group_lines(book):
    """Each register sorted by a column of few values (a village, a category) and a line 【柳塘村】 (one cell merged
    across the table) above each group's records, as an office groups a register by village to read it: the value
    still stands in every record, a group line holds none. Registers whose records cannot all move, and sheets
    saying 同上, are left as they are."""
    for ws in book.worksheets:
        if _says_same_as_above(ws):
            continue
        for heads, data, _ in reversed(_registers(ws)):
            by = _group_column(ws, heads, data)
            if by is None or not _movable(ws, data):
                continue
            heads = _whole_header(ws, heads)
            _sorted_rows(ws, data, lambda cells, by=by: _text(cells[by - 1][0]))
            groups: list[tuple[str, int]] = []
            for r in data:
                value = _text(ws.cell(r, by).value).strip()
                if not groups or groups[-1][0] != value:
                    groups.append((value, r))
            columns = sorted({c.column for r in heads for c in _filled(ws[r])})
            for value, at in reversed(groups):
                _insert_rows(ws, at, [[(columns[0], f"【{value}】")]])
                ws.merge_cells(start_row=at, start_column=columns[0], end_row=at, end_column=columns[-1])
    return book


WRAP_AT = 8  # a text longer than this no longer fits the narrow printed column: the clerk's paste broke it


def _long_text_column(ws, heads: list[int], data: list[int]) -> int | None:
    """The table's column of the longest texts in words (a 纠纷概况, 案情, 内容: no digit, so no number, date or
    phone), where most records hold a text past WRAP_AT."""
    best = None
    for c in sorted({c.column for c in _filled(ws[heads[-1]])}):
        values = [ws.cell(r, c).value for r in data]
        texts = [v for v in values if isinstance(v, str) and not any(ch.isdigit() for ch in v)]
        if len(texts) != len(values) or sum(len(t) > WRAP_AT for t in texts) * 2 < len(texts):
            continue
        mean = sum(map(len, texts)) / len(texts)
        if best is None or mean > best[0]:
            best = (mean, c)
    return best[1] if best else None


def _wrap(text: str) -> tuple[str, str]:
    """A text cut as a paste from Word cuts it: at the punctuation nearest its middle, else at the middle."""
    middle = len(text) // 2
    marks = [i + 1 for i, ch in enumerate(text) if ch in "，。；、,;" and 0 < i + 1 < len(text)]
    at = min(marks, key=lambda i: abs(i - middle)) if marks else middle
    return text[:at], text[at:]


def wrapped_rows(book):
    """Each register's long texts (the column of its longest, a 纠纷概况) wrapped onto a second row, as a register
    pasted from a Word table or typed to fit a printed column arrives: the text's first part in the record's row, the
    rest in the row below under the same column, that row's other cells blank. The same records, a record's text
    over two rows. Registers whose records cannot all move are left as they are."""
    for ws in book.worksheets:
        for heads, data, _ in reversed(_registers(ws)):
            column = _long_text_column(ws, heads, data)
            if column is None or not _movable(ws, data):
                continue
            for r in reversed(data):
                text = ws.cell(r, column).value
                if len(text) <= WRAP_AT:
                    continue
                first, rest = _wrap(text)
                ws.cell(r, column).value = first
                _insert_rows(ws, r + 1, [[(column, rest)]])
    return book


def dates_quoted(book):
    """Dates typed behind Excel's apostrophe ('2024/3/5 and '2024.03.05 by turns): text cells marked 以文本形式存储
    (quotePrefix), as a clerk types a date so that Excel leaves it as typed."""
    for ws in book.worksheets:
        for n, row in enumerate(ws.iter_rows()):
            for cell in row:
                if isinstance(cell.value, dt.datetime) and cell.value.time() == dt.time() and cell.is_date:
                    d = cell.value
                    cell.value = f"{d.year}/{d.month}/{d.day}" if n % 2 else f"{d.year}.{d.month:02d}.{d.day:02d}"
                    cell.number_format = "General"
                    cell.quotePrefix = True
    return book


_FULL_BRACKETS = str.maketrans("()", "（）")
_HALF_BRACKETS = str.maketrans("（）", "()")


def sheet_names_typed(book):
    """Sheet names as typed in a hurry: a space left at the end (调解台账 ) and brackets typed the other width by turns
    (2024年(上) as 2024年（上）, （备案） as (备案)). What a name says is the same words."""
    taken: set[str] = set()
    for i, ws in enumerate(book.worksheets):
        title = ws.title.translate(_FULL_BRACKETS if i % 2 == 0 else _HALF_BRACKETS)
        title = title if len(title) >= 31 else f"{title} "
        if title in taken:
            title = ws.title
        taken.add(title)
        ws.title = title
    return book


# --- a twelfth round (session 52): how an office re-types and re-arranges a register it keeps -------------------


_WEEKDAYS = "一二三四五六日"


def weekday_dates(book):
    """Each date written with its day of the week after it, as a duty log or a calendar-minded clerk types it:
    2024年3月5日（星期二）, 2024-03-05 周二 and 2024/3/5(礼拜二) by turns, text cells. The day named is the date's own:
    the same days."""
    for ws in book.worksheets:
        for n, row in enumerate(ws.iter_rows()):
            for cell in row:
                if isinstance(cell.value, dt.datetime) and cell.value.time() == dt.time() and cell.is_date:
                    d, w = cell.value, _WEEKDAYS[cell.value.weekday()]
                    cell.value = (
                        f"{d.year}年{d.month}月{d.day}日（星期{w}）",
                        f"{d.year}-{d.month:02d}-{d.day:02d} 周{w}",
                        f"{d.year}/{d.month}/{d.day}(礼拜{w})",
                    )[n % 3]
                    cell.number_format = "@"
    return book


def _thousands(value, cents: bool) -> str:
    """A number as typed with thousands separators: 1,200 or, where `cents` and it has no finer part, 1,200.00; a
    finer part kept as it is (0.005 万元 stays 0.005, never rounded to a cent)."""
    whole, _, fraction = _text(value).partition(".")
    sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    typed = f"{sign}{int(digits):,}"
    if fraction:
        return f"{typed}.{fraction}{'0' if cents and len(fraction) == 1 else ''}"
    return f"{typed}.00" if cents else typed


def thousands_text(book):
    """Amounts and large counts typed as text with thousands separators, as a clerk copies them from a bank slip or a
    report: an amount (a column titled 元 or 金额) as 1,200.00 and 1,200 by turns, a count of 1,000 or more as 1,000;
    text cells. Never a number of a date, a serial, a phone or an ID (号, 编, 日, 年, 电话, 证, 序). The same numbers."""
    for ws in book.worksheets:
        for heads, data, _ in _tables(ws):
            for c in {c.column for r in data for c in _filled(ws[r])}:
                title = _title_of(ws, heads, c)
                if any(w in title for w in NEVER_SUMMED) or "%" in title or "率" in title:
                    continue
                amount = any(w in title for w in AMOUNT_WORDS)
                if not amount and not any(w in title for w in SUMMED):
                    continue
                for i, r in enumerate(data):
                    cell = ws.cell(r, c)
                    v = cell.value
                    if isinstance(v, bool) or not isinstance(v, int | float) or cell.is_date:
                        continue
                    if "%" in (cell.number_format or "") or (not amount and abs(v) < 1000):
                        continue
                    cell.value, cell.number_format = _thousands(v, amount and i % 2 == 0), "@"
    return book


def total_on_top(book):
    """A 合计 row right under each register's header, above its records (as a county's forms and many offices put
    the sum first, to be read without scrolling): the counts and amounts of its columns summed. A line of sums among
    the rows, which counts for nothing. Registers with a total already, or with no count or amount to sum (a 述法 list
    of names, dates and grades: no office tops it with an empty 合计), are left as they are."""
    for ws in book.worksheets:
        for heads, data, total in reversed(_registers(ws)):
            if total or any((data[0], c) in _merged(ws) for c in range(1, ws.max_column + 1)):
                continue
            heads = _whole_header(ws, heads)
            first = min(c.column for r in heads for c in _filled(ws[r]))
            summed = _summed_columns(ws, heads, data)
            if not summed:
                continue
            line = [(first, "合计")] + [(c, sum(ws.cell(r, c).value or 0 for r in data)) for c in summed]
            _insert_rows(ws, data[0], [line])
    return book


def stacked_sheets(book):
    """A book's shown sheets stacked into its first one, as a clerk gathers a book's ledgers onto one sheet to print
    them together: each further sheet's cells (values, styles, merges, hidden rows) under the one above after a blank
    line and a line of its name (the sheet's name, typed above it as its title). The same records, under the name
    the sheet had. Only sheets holding a table are stacked (a 填表说明, 字段说明 or 封面 stays a sheet of its own, as it was
    printed apart); books of one such sheet, and books whose sheets hide columns, are left as they are."""
    # A sheet of notes (字段说明, 填表说明: a system's field dictionary is a table too) is printed apart, as a 封面 is.
    shown = [ws for ws in book.worksheets if ws.sheet_state == "visible" and not ws.title.strip().endswith("说明")]
    shown = [ws for ws in shown if _tables(ws)]
    if len(shown) < 2 or any(d.hidden for ws in shown for d in ws.column_dimensions.values()):
        return book
    base = shown[0]
    for ws in shown[1:]:
        at = base.max_row + 3  # a blank line, the sheet's name, then its cells
        base.cell(at - 1, 1).value = ws.title.strip()
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None and not cell.has_style:
                    continue
                if isinstance(cell, openpyxl.cell.cell.MergedCell):
                    continue
                copy = base.cell(cell.row + at - 1, cell.column)
                copy.value, copy._style = cell.value, cell._style
        for r, d in ws.row_dimensions.items():
            if d.hidden or d.outline_level:
                base.row_dimensions[r + at - 1].hidden = d.hidden
                base.row_dimensions[r + at - 1].outline_level = d.outline_level
        for m in ws.merged_cells.ranges:
            base.merge_cells(
                start_row=m.min_row + at - 1, start_column=m.min_col, end_row=m.max_row + at - 1, end_column=m.max_col
            )
        book.remove(ws)
    return book


# --- a thirteenth round (session 53): how a register typed from paper pages is numbered ---------------------------


def _serial_column(ws, heads: list[int], data: list[int]) -> int | None:
    """The table's column titled 序号 whose records hold 1, 2 … n in their order (numbers, not text); else None."""
    for c in sorted({c.column for r in heads for c in _filled(ws[r])}):
        if "序号" not in _title_of(ws, heads, c):
            continue
        values = [ws.cell(r, c).value for r in data]
        if all(type(v) in (int, float) for v in values) and values == list(range(1, len(values) + 1)):
            return c
    return None


def serials_per_page(book):
    """Each register's 序号 restarted at 1 on every page of PAGE records (1 … 20, 1 … 20, 1 …), as a register typed
    from a paper ledger book whose pages are each numbered from 1, or pasted together from a printout numbered page
    by page: nothing else marks where a page ends. The same records, their 序号 a place on a page. Registers of
    PAGE records or fewer, or whose 序号 is not 1 … n in order, are left as they are."""
    for ws in book.worksheets:
        for heads, data, _ in _registers(ws):
            if len(data) <= PAGE:
                continue
            column = _serial_column(ws, _whole_header(ws, heads), data)
            if column is None:
                continue
            for i, r in enumerate(data):
                ws.cell(r, column).value = i % PAGE + 1
    return book


VARIANTS: dict[str, Variant] = {
    "values": values_pasted,
    "above": lines_above,
    "left": blank_first_column,
    "below": signatures_below,
    "renamed": sheets_renamed,
    "reversed": columns_reversed,
    "dates": dates_typed,
    "newest": newest_first,
    "sorted": sorted_by_column,
    "column": column_inserted,
    "headers": headers_retyped,
    "numbers": numbers_as_text,
    "totals": totals_below,
    "filter": filter_on,
    # A third round (session 43): what a clerk's tidying leaves.
    "unmerged": cells_unmerged,
    "datetimes": dates_with_time,
    # A fourth round (session 44): what a sheet collects beside and below its register.
    "side_by_side": side_by_side,
    "pivot_below": pivot_below,
    "helper_columns": helper_columns,
    "blank_rows": blank_rows,
    # A fifth round (session 45): what a book keeps beside this year's register, and a reviewer's notes.
    "merged_groups": merged_groups,
    "last_year_sheet": last_year_sheet,
    "backup_sheet": backup_sheet,
    "comments": comments,
    "total_column": total_column,
    # A sixth round (session 46): a register printed, split by month, sectioned, summed, numbered, in 万元.
    "subtotals": subtotals,
    "print_titles": print_titles,
    "monthly_sheets": monthly_sheets,
    "column_numbers": column_numbers,
    "section_lines": section_lines,
    "amounts_wan": amounts_wan,
    # A seventh round (session 47): what a register's 备注 says (and see SAVED_AS: .et, a Word table).
    "notes_column_text": notes_column_text,
    # A ninth round (session 49): a register going on into next year, dates typed as their eight digits (and see
    # FOLDER: last year's books beside this year's).
    "next_year_started": next_year_started,
    "dates_as_digits": dates_as_digits,
    # An eleventh round (session 51): a register grouped by village under 【…】 lines, its long texts wrapped onto a
    # second row, dates typed behind Excel's apostrophe, sheet names typed in a hurry (and see SAVED_AS: .xlsm; FOLDER:
    # the year's books bound with a 目录).
    "group_lines": group_lines,
    "wrapped_rows": wrapped_rows,
    "dates_quoted": dates_quoted,
    "sheet_names_typed": sheet_names_typed,
    # A twelfth round (session 52): dates with their day of the week, amounts with thousands separators, a 合计 on
    # top, a book's sheets stacked onto one.
    "weekday_dates": weekday_dates,
    "thousands_text": thousands_text,
    "total_on_top": total_on_top,
    "stacked_sheets": stacked_sheets,
    # A thirteenth round (session 53): a register's 序号 restarted on every page of the paper book it was typed from.
    "serials_per_page": serials_per_page,
    # A fourteenth round (session 54): blanks typed or copied into cells (姓　名, 张　三, a trailing no-break space).
    "padded_text": padded_text,
}


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d") if value.time() == dt.time() else value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _as_csv(book, path: Path) -> bool:
    """A book of one shown sheet, with nothing a CSV cannot keep, saved as CSV in GBK; else False."""
    ws = _plain_sheet(book)
    if ws is None:
        return False
    rows = [[_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    text = "".join(",".join(_quote(v) for v in row) + "\r\n" for row in rows)
    try:
        data = text.encode("gbk")
    except UnicodeEncodeError:
        data = text.encode("utf-8-sig")
    path.with_suffix(".csv").write_bytes(data)
    path.unlink()
    return True


def _struck_rows(ws) -> set[int]:
    """Rows (1-based) whose every filled cell is struck through (删除线)."""
    out = set()
    for row in ws.iter_rows():
        filled = [c for c in row if c.value is not None]
        if filled and all(c.font is not None and c.font.strike for c in filled):
            out.add(filled[0].row)
    return out


def _filled_rows(ws) -> dict[int, str]:
    """Rows (1-based) whose every filled cell has one solid RGB fill → that colour (RRGGBB)."""
    out = {}
    for row in ws.iter_rows():
        filled = [c for c in row if c.value is not None]
        colours = {
            c.fill.fgColor.rgb[-6:] if c.fill.fill_type == "solid" and c.fill.fgColor.type == "rgb" else None
            for c in filled
        }
        if filled and len(colours) == 1 and None not in colours:
            out[filled[0].row] = colours.pop()
    return out


def _as_xls(book, path: Path, suffix: str = ".xls") -> bool:
    """The book saved as Excel 97-2003 (.xls) with its merges and hidden rows and sheets; False (left
    as it is) where the old format would lose something the book says (hidden columns, % formats)."""
    sheets = []
    for ws in book.worksheets:
        if any(d.hidden for d in ws.column_dimensions.values()):
            return False
        if any("%" in (c.number_format or "") for row in ws.iter_rows() for c in row if c.value is not None):
            return False
        sheets.append(
            Sheet(
                ws.title,
                # Rich text as its plain text: this writer keeps no runs (a struck run is lost, as in a CSV).
                [[str(v) if isinstance(v, CellRichText) else v for v in row] for row in ws.iter_rows(values_only=True)],
                [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges],
                hidden_rows={r for r, d in ws.row_dimensions.items() if d.hidden},
                struck_rows=_struck_rows(ws),
                filled_rows=_filled_rows(ws),
                cell_fonts={
                    (c.row, c.column): {"name": c.font.name}
                    for row in ws.iter_rows()
                    for c in row
                    if c.value is not None and c.font is not None and c.font.name in ("Wingdings", "Wingdings 2")
                },
                hidden=ws.sheet_state != "visible",
            )
        )
    path.with_suffix(suffix).write_bytes(ole_bytes(biff_workbook(Book(path.with_suffix(suffix).name, sheets))))
    path.unlink()
    return True


def _as_et(book, path: Path) -> bool:
    """The book saved by WPS 表格 in its own format (.et): the same Excel 97 compound file under WPS's suffix, as a
    WPS user's 保存 leaves it; False where .xls would lose something."""
    return _as_xls(book, path, ".et")


def _as_docx(book, path: Path) -> bool:
    """Each shown sheet's cells copied from Excel and pasted into a Word document (粘贴为表格), as an office hands a
    register over in Word: a Word table per sheet, the sheet's cells as text (dates as 2024-03-05), its merges as
    Word's spans, the sheet's name the paragraph above its table in a book of several (a book of one has its title
    inside the table). False (left as it is) where the paste or this writer would lose what the book says: hidden
    rows, columns or sheets (pasted, they would show), struck or coloured rows, a cell's own font, text struck inside a
    cell, % formats (pasted as the fraction)."""
    sheets = []
    shown = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
    if len(shown) != len(book.worksheets) or not shown:
        return False
    for ws in shown:
        if any(d.hidden for d in ws.column_dimensions.values()) or any(d.hidden for d in ws.row_dimensions.values()):
            return False
        cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
        if not cells:
            continue
        if _marked(ws, cells):
            return False
        rows = [[_text(v) if v is not None else None for v in row] for row in ws.iter_rows(values_only=True)]
        while rows and not any(v not in (None, "") for v in rows[-1]):
            rows.pop()
        merges = [
            (m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges if m.max_row <= len(rows)
        ]
        sheets.append(Sheet(ws.title, rows, merges, doc_title=len(shown) > 1))
    if not sheets:
        return False
    path.with_suffix(".docx").write_bytes(docx_bytes(Book(path.with_suffix(".docx").name, sheets, fmt="docx")))
    path.unlink()
    return True


def _plain_sheet(book):
    """The one shown sheet of a book of one sheet with nothing a text file cannot keep (merges, hidden rows or
    columns, struck rows, % formats); else None."""
    shown = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
    if len(book.worksheets) != 1 or len(shown) != 1:
        return None
    ws = shown[0]
    if ws.merged_cells.ranges or any(d.hidden for d in ws.row_dimensions.values()):
        return None
    if any(d.hidden for d in ws.column_dimensions.values()) or _struck_rows(ws):
        return None
    if any("%" in (c.number_format or "") for row in ws.iter_rows() for c in row if c.value is not None):
        return None
    return ws


def _shown(cell) -> str:
    """A cell's text as Excel shows it, and so writes it into a text file or a web page: a date by its format
    (yyyy-mm-dd: 2024-03-05, with hh:mm:ss its time; else as 中文版 Excel's short date 2024/3/5), a whole number
    without its .0, a number of twelve digits or more in a General cell as General shows it (3.39901E+17: an 18-digit
    案件编号 a system exported as a number)."""
    value, fmt = cell.value, (cell.number_format or "").lower()
    if isinstance(value, int | float) and not isinstance(value, bool) and fmt == "general" and abs(value) >= 1e11:
        mantissa, exponent = f"{value:.5E}".split("E")
        return f"{mantissa.rstrip('0').rstrip('.')}E{exponent}"
    if isinstance(value, dt.date):
        moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
        day = moment.strftime("%Y-%m-%d") if "yyyy-mm-dd" in fmt else f"{moment.year}/{moment.month}/{moment.day}"
        if "h" in fmt:
            return f"{day} {moment.strftime('%H:%M:%S' if 'ss' in fmt else '%H:%M')}"
        return day
    return _text(value)


def _as_unicode_text(book, path: Path) -> bool:
    """A book of one shown sheet saved by Excel as 另存为 "Unicode 文本" (.txt): UTF-16 LE with its byte-order mark,
    a tab between the cells, CRLF, each cell as shown (dates 2024-03-05), a cell holding a tab, a line break or a
    quotation mark quoted; False (left as it is) for a book of several sheets (Excel saves only the active one) or
    one whose sheet says something a text file loses, as for CSV."""
    ws = _plain_sheet(book)
    if ws is None:
        return False

    def quoted(text: str) -> str:
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in '\t"\r\n') else text

    text = "".join("\t".join(quoted(_shown(c)) for c in row) + "\r\n" for row in ws.iter_rows())
    path.with_suffix(".txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    path.unlink()
    return True


# Excel's 单个文件网页 (.mht): a MIME archive of the frame page naming the sheets, a page per sheet, the tab strip,
# the stylesheet and the list of parts, each page in the system's code page (GB2312 in 中文版 Windows, characters
# outside it as &#NNNNN;) and quoted-printable. The boundary and the temp folder are fixed: byte-reproducible.
MHT_BOUNDARY = "----=_NextPart_01DB5F3A.8C2E4D10"
MHT_FOLDER = "file:///C:/5A3D8E21"
MHT_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
    'xmlns:x="urn:schemas-microsoft-com:office:excel"\nxmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
    '<meta http-equiv=Content-Type content="text/html; charset=gb2312">\n<meta name=ProgId content=Excel.Sheet>\n'
    '<meta name=Generator content="Microsoft Excel 15">\n'
)


def _mht_part(location: str, kind: str, text: str) -> str:
    body = quopri.encodestring(text.encode("gb2312", "xmlcharrefreplace")).decode("ascii")
    return (
        f"\n--{MHT_BOUNDARY}\nContent-Location: {MHT_FOLDER}/{location}\nContent-Transfer-Encoding: quoted-printable\n"
        f'Content-Type: {kind}; charset="gb2312"\n\n{body}\n'
    )


def _web_look(cell) -> tuple[bool, str | None, str | None] | None:
    """A cell's format as Excel's web page keeps it: (struck through, font colour, solid fill), colours RRGGBB, None
    for the default; None for a colour this writer cannot name (a theme's or the palette's, which Excel resolves)."""
    font, fill = cell.font, cell.fill
    ink = fill_rgb = None
    colour = font.color if font is not None else None
    # The theme's text colour (theme 1, dk1: how Excel and openpyxl write a cell's default font) is no colour of its own.
    if colour is not None and not (colour.type == "theme" and colour.theme == 1):
        if colour.type != "rgb":
            return None
        ink = None if colour.rgb[-6:] == "000000" else colour.rgb[-6:].upper()
    if fill is not None and fill.fill_type is not None:
        if fill.fill_type != "solid" or fill.fgColor.type != "rgb":
            return None
        fill_rgb = fill.fgColor.rgb[-6:].upper()
    return bool(font is not None and font.strike), ink, fill_rgb


def _web_classes(sheets) -> dict[tuple, str] | None:
    """The book's cell formats as Excel names them in its web page's stylesheet (.xl65 the plain cell's, .xl66 … one
    per other format), by look; None where a cell's colour cannot be named."""
    classes = {(False, None, None): "xl65"}
    for ws in sheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                if (look := _web_look(cell)) is None:
                    return None
                classes.setdefault(look, f"xl{65 + len(classes)}")
    return classes


def _web_stylesheet(classes: dict[tuple, str]) -> str:
    """The classes as Excel writes them: .xl66 {mso-style-parent:style0; color:#FF0000;
    text-decoration:line-through; background:#C6EFCE; mso-pattern:auto none;}."""
    out = []
    for (struck, ink, fill), klass in classes.items():
        rules = ["mso-style-parent:style0;"]
        rules += [f"color:#{ink};"] if ink else []
        rules += ["text-decoration:line-through;"] if struck else []
        rules += [f"background:#{fill};", "mso-pattern:auto none;"] if fill else []
        out.append(f".{klass}\n\t{{" + "\n\t".join(rules) + "}\n")
    return "".join(out)


def _mht_table(ws, classes: dict[tuple, str] | None = None) -> str:
    """A sheet as Excel writes it into a web page: a <tr> per row (height 0 and display:none where hidden), a
    cell's merge as its rowspan / colspan, a line of one cell spilling over the blank cells right of it
    (colspan … mso-ignore:colspan), a date's serial in x:num beside its shown text, a line break inside a cell as
    <br style='mso-data-placement:same-cell'>, each cell's format as its class (`_web_classes`), and the row Excel
    adds under the table to fix the columns' widths."""
    spans: dict[tuple[int, int], tuple[int, int] | None] = {}
    for m in ws.merged_cells.ranges:
        for r in range(m.min_row, m.max_row + 1):
            for c in range(m.min_col, m.max_col + 1):
                spans[(r, c)] = (
                    (m.max_row - m.min_row + 1, m.max_col - m.min_col + 1)
                    if (r, c)
                    == (
                        m.min_row,
                        m.min_col,
                    )
                    else None
                )
    width = ws.max_column
    out = [
        "<table border=0 cellpadding=0 cellspacing=0 style='border-collapse:collapse;table-layout:fixed'>",
        *[" <col width=72 style='width:54pt'>"] * width,
    ]
    for r, row in enumerate(ws.iter_rows(max_col=width), 1):
        hidden = ws.row_dimensions[r].hidden if r in ws.row_dimensions else False
        out.append(" <tr height=0 style='display:none'>" if hidden else " <tr height=18 style='height:13.5pt'>")
        filled = [c for c in row if c.value is not None and str(c.value).strip()]
        lone = len(filled) == 1 and (filled[0].row, filled[0].column) not in spans
        c = 1
        while c <= width:
            cell = row[c - 1]
            span = spans.get((r, c), (1, 1))
            if span is None:
                c += 1
                continue
            attrs = (f" rowspan={span[0]}" if span[0] > 1 else "") + (f" colspan={span[1]}" if span[1] > 1 else "")
            if lone and cell is filled[0] and c < width:
                attrs, span = f" colspan={width - c + 1} style='mso-ignore:colspan'", (1, width - c + 1)
            if isinstance(cell.value, dt.date):
                serial = (
                    dt.datetime.combine(cell.value, dt.time())
                    if not isinstance(cell.value, dt.datetime)
                    else cell.value
                ) - EXCEL_EPOCH
                attrs += f' x:num="{serial.days + serial.seconds / 86400:g}"'
            elif isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
                attrs += " x:num"
            text = html.escape(_shown(cell)).replace("\n", "<br style='mso-data-placement:same-cell'>")
            klass = (classes or {}).get(_web_look(cell) if cell.value is not None else None, "xl65")
            out.append(f"  <td class={klass}{attrs}>{text}</td>")
            c += span[1]
        out.append(" </tr>")
    out += [
        " <![if supportMisalignedColumns]>",
        " <tr height=0 style='display:none'>",
        *["  <td width=72 style='width:54pt'></td>"] * width,
        " </tr>",
        " <![endif]>",
        "</table>",
    ]
    return "\n".join(out)


def _as_web_page(book, path: Path) -> bool:
    """The book saved by Excel as 另存为 "单个文件网页" (.mht): each sheet a page, their names in the frame page (a book
    of one sheet is its page alone, naming its sheet in its head), merges as spans, hidden rows display:none, a hidden
    sheet's state in its options; False (left as it is) where the page would lose what the book says to a reader of
    its tables: hidden columns, a symbol font, text struck inside a cell, % formats. A cell's strike, font colour and
    fill are its class in the book's stylesheet (stylesheet.css; a book of one sheet's in its page's own <style>)."""
    sheets = book.worksheets
    for ws in sheets:
        cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
        if any(d.hidden for d in ws.column_dimensions.values()) or any(
            "%" in (c.number_format or "")
            or isinstance(c.value, CellRichText)
            or (c.font is not None and (c.font.name or "").startswith("Wingdings"))
            for c in cells
        ):
            return False
    if (classes := _web_classes(sheets)) is None:
        return False
    css = _web_stylesheet(classes)
    stem = path.stem
    state = {"hidden": "SheetHidden", "veryHidden": "SheetVeryHidden"}
    names = "".join(
        f"   <x:ExcelWorksheet>\n    <x:Name>{ws.title}</x:Name>\n"
        + (f'    <x:WorksheetSource HRef="{stem}.files/sheet{i:03d}.htm"/>\n' if len(sheets) > 1 else "")
        # A hidden sheet is saved too, its state in its options (the tab strip leaves it out).
        + (
            f"    <x:WorksheetOptions>\n     <x:Visible>{state[ws.sheet_state]}</x:Visible>\n    </x:WorksheetOptions>\n"
            if ws.sheet_state in state
            else ""
        )
        + "   </x:ExcelWorksheet>\n"
        for i, ws in enumerate(sheets, 1)
    )
    xml = (
        f"<!--[if gte mso 9]><xml>\n <x:ExcelWorkbook>\n  <x:ExcelWorksheets>\n{names}  </x:ExcelWorksheets>\n"
        "  <x:ProtectStructure>False</x:ProtectStructure>\n </x:ExcelWorkbook>\n</xml><![endif]-->\n"
    )
    parts = []
    if len(sheets) == 1:
        parts.append(
            _mht_part(
                f"{stem}.htm",
                "text/html",
                f'{MHT_HEAD}{xml}<style>\n<!--table\n\t{{mso-displayed-decimal-separator:"\\.";}}\n{css}-->\n</style>\n'
                f"</head>\n\n<body link=blue vlink=purple>\n\n{_mht_table(sheets[0], classes)}\n\n</body>\n\n</html>\n",
            )
        )
    else:
        frame = (
            f'{MHT_HEAD}<meta name="Excel Workbook Frameset">\n<link rel=File-List href="{stem}.files/filelist.xml">\n'
            f'{xml}</head>\n<frameset rows="*,39" border=0 width=0 frameborder=no framespacing=0>\n'
            f' <frame src="{stem}.files/sheet001.htm" name="frSheet">\n'
            f' <frame src="{stem}.files/tabstrip.htm" name="frTabs" marginwidth=0 marginheight=0>\n'
            " <noframes>\n  <body>\n   <p>此页面使用了框架，而您的浏览器不支持框架。</p>\n  </body>\n </noframes>\n</frameset>\n</html>\n"
        )
        parts.append(_mht_part(f"{stem}.htm", "text/html", frame))
        for i, ws in enumerate(sheets, 1):
            page = (
                f'{MHT_HEAD}<link id=Main-File rel=Main-File href="../{stem}.htm">\n<link rel=File-List href=filelist.xml>\n'
                f"<link rel=Stylesheet href=stylesheet.css>\n</head>\n\n<body link=blue vlink=purple>\n\n"
                f"{_mht_table(ws, classes)}\n\n</body>\n\n</html>\n"
            )
            parts.append(_mht_part(f"{stem}.files/sheet{i:03d}.htm", "text/html", page))
        tabs = "".join(
            f'<td nowrap><a href="sheet{i:03d}.htm" target="frSheet">{ws.title}</a></td>'
            for i, ws in enumerate(sheets, 1)
            if ws.sheet_state == "visible"
        )
        parts.append(
            _mht_part(
                f"{stem}.files/tabstrip.htm",
                "text/html",
                f"{MHT_HEAD}</head>\n<body topmargin=0 leftmargin=0>\n<table><tr>{tabs}</tr></table>\n"
                "</body>\n</html>\n",
            )
        )
    parts.append(_mht_part(f"{stem}.files/stylesheet.css", "text/css", css))
    files = "".join(f' <o:File HRef="sheet{i:03d}.htm"/>\n' for i in range(1, len(sheets) + 1))
    parts.append(
        _mht_part(
            f"{stem}.files/filelist.xml",
            "text/xml",
            f'<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n <o:MainFile HRef="../{stem}.htm"/>\n'
            f'{files} <o:File HRef="filelist.xml"/>\n</xml>\n',
        )
    )
    archive = (
        "MIME-Version: 1.0\nX-Document-Type: Workbook\n"
        f'Content-Type: multipart/related; boundary="{MHT_BOUNDARY}"\n\n'
        "此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器不支持“Web 档案”文件。"
        "请下载支持“Web 档案”的浏览器。\n" + "".join(parts) + f"\n--{MHT_BOUNDARY}--\n"
    )
    path.with_suffix(".mht").write_bytes(archive.replace("\n", "\r\n").encode("gb2312", "xmlcharrefreplace"))
    path.unlink()
    return True


def _as_protected(book, path: Path) -> bool:
    """The book protected as an office hands a register out to be filled in (审阅 › 保护工作表 and 保护工作簿):
    each sheet protected with a password (its cells locked, those under a header's last column also 隐藏 so that a
    formula would not show, filtering and sorting refused), the book's structure locked (no sheet added, moved,
    shown or renamed). Nothing it says is changed: every figure stays."""
    for ws in book.worksheets:
        ws.protection.sheet = True
        ws.protection.password = "fz2024"
        ws.protection.autoFilter = ws.protection.sort = True
        last = ws.max_column
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    cell.protection = Protection(locked=True, hidden=cell.column == last)
    book.security = WorkbookProtection(workbookPassword="fz2024", lockStructure=True)
    book.save(path)
    return True


def _split(book, path: Path) -> bool:
    """Each shown sheet of a book of several saved as a book of its own (台账-1月.xlsx …), the hidden
    ones left out (they are not read unless params name them); False for a book of one sheet."""
    shown = [ws.title for ws in book.worksheets if ws.sheet_state == "visible"]
    if len(book.worksheets) < 2 or not shown:
        return False
    for title in shown:
        copy = openpyxl.load_workbook(path, data_only=True)
        for ws in list(copy.worksheets):
            if ws.title != title:
                copy.remove(ws)
        copy.active = 0
        copy.save(path.with_name(f"{path.stem}-{title}.xlsx"))
    path.unlink()
    return True


# --- a tenth round (session 50): how a folder travels (a chat app, an archive) and what a book is saved as ---------

# What a receiving program adds to the name of a file it already holds: WeChat and QQ save a second receipt as
# 台账(1).xlsx, Windows' 复制 / 粘贴 in one folder as 台账 - 副本.xlsx.
COPY_NAMES = ("{stem}(1){suffix}", "{stem} - 副本{suffix}")


def _sent_twice(raw: Path) -> int:
    """Each ledger file received twice and kept twice beside itself, the same bytes under a receiving program's name
    for a second copy (台账(1).xlsx, 台账 - 副本.xlsx by turns). The copy's records are the original's: the office
    counts them once, every figure stays."""
    files = sorted(p for p in raw.rglob("*") if p.is_file())
    for i, path in enumerate(files):
        path.with_name(COPY_NAMES[i % 2].format(stem=path.stem, suffix=path.suffix)).write_bytes(path.read_bytes())
    return len(files)


def _earlier_save(book) -> bool:
    """The book as it was saved a few days before: each shown register's last two records not yet entered (a
    register with a 合计, fewer than four records or a merged cell in those rows left as it is); whether any was."""
    changed = False
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        merged = {r for r, _ in _merged(ws)}
        for _, data, total in _registers(ws):
            if total or len(data) < 4 or merged & set(data[-2:]):
                continue
            for r in data[-2:]:
                for cell in ws[r]:
                    cell.value = None
            changed = True
    return changed


def _later_save(raw: Path) -> int:
    """Each register book received twice through a chat app, a few days apart: 台账.xlsx the earlier save (its
    registers' last two records not yet entered), 台账(1).xlsx — WeChat's name for the second receipt — the later
    one, whole. Every record of the earlier save is in the later: the office's register is the later save, every
    figure stays (the engine must not add both)."""
    changed = 0
    for path in sorted(raw.rglob("*.xlsx")):
        try:
            book = openpyxl.load_workbook(path, data_only=True, rich_text=True)
        except Exception:  # a book openpyxl cannot open is left as it is
            continue
        if not _earlier_save(book):
            continue
        path.with_name(f"{path.stem}(1){path.suffix}").write_bytes(path.read_bytes())
        book.save(path)
        changed += 1
    return changed


class _GbkName(zipfile.ZipInfo):
    """A member named as 中文版 Windows' 发送到 › 压缩(zipped)文件夹, WinRAR's and 360压缩's zips name it: in the system's
    code page (GBK), without the flag that says UTF-8 (a reader that trusts the flag sees cp437's mojibake)."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def _zip_beside(raw: Path) -> int:
    """The folder as it came in a chat (WeChat, QQ) as one .zip, unpacked where it arrived, the archive left beside
    the files it holds: every file again inside 台账.zip, named in GBK, at a fixed time (byte-reproducible). The zip's
    books are the loose books: every figure stays."""
    files = sorted(p for p in raw.rglob("*") if p.is_file())
    if not files:
        return 0
    with zipfile.ZipFile(raw / "台账.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            info = _GbkName(path.relative_to(raw).as_posix(), date_time=(2025, 1, 6, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # MS-DOS, as Windows' zips say
            archive.writestr(info, path.read_bytes())
    return len(files)


def _sep_line(raw: Path) -> int:
    """Every CSV of the folder as a system exports it with Excel's hint line sep=, first (so that Excel in any locale
    splits at the comma): the folder's own CSVs (after a byte-order mark, where one is) and each book of one shown
    sheet saved as CSV in GBK, as `csv` saves it. A hint line holds no record: every figure stays."""
    changed = 0
    for path in sorted(raw.rglob("*.xlsx")):
        try:
            changed += _as_csv(openpyxl.load_workbook(path, data_only=True, rich_text=True), path)
        except Exception:  # a book openpyxl cannot open is left as it is
            continue
    for path in sorted(raw.rglob("*.csv")):
        data = path.read_bytes()
        bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
        head = data[len(bom) : len(bom) + 4096]
        if head.count(b",") <= max(head.count(b"\t"), head.count(b";")):  # a file of another delimiter
            continue
        path.write_bytes(bom + b"sep=,\r\n" + data[len(bom) :])
        changed += 1
    return changed


# Excel's 另存为 › "Strict Open XML 电子表格": the same parts, the ISO namespaces and relationship types in place of the
# transitional ones (the reverse of fzlib.ooxml), and the workbook saying conformance="strict".
_TO_STRICT = {
    b"http://schemas.openxmlformats.org/officeDocument/2006/": b"http://purl.oclc.org/ooxml/officeDocument/",
    b"http://schemas.openxmlformats.org/spreadsheetml/2006/": b"http://purl.oclc.org/ooxml/spreadsheetml/",
    b"http://schemas.openxmlformats.org/drawingml/2006/": b"http://purl.oclc.org/ooxml/drawingml/",
}


def _as_strict(book, path: Path) -> bool:
    """The book saved as Strict Open XML (.xlsx): every part's transitional namespaces and relationship types renamed
    to the ISO ones, the workbook marked conformance="strict"; the cells, merges and styles as they were. Every figure
    stays."""
    book.save(path)
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as strict:
        for info in source.infolist():
            part = source.read(info)
            if info.filename.endswith((".xml", ".rels")):
                for old, new in _TO_STRICT.items():
                    part = part.replace(old, new)
                if info.filename == "xl/workbook.xml":
                    part = re.sub(rb"<(\w+:)?workbook ", rb'<\1workbook conformance="strict" ', part, count=1)
            strict.writestr(info, part)
    path.write_bytes(out.getvalue())
    return True


# --- an eleventh round (session 51), what a book is saved as and bound into (and see VARIANTS) -----------------


# Excel's 另存为 › "Excel 启用宏的工作簿": the workbook part's content type the macro-enabled one, a VBA project beside it.
_MACRO_MAIN = (
    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
)
_VBA_TYPE = b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
_VBA_REL = (
    b'<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"'
    b' Target="vbaProject.bin"/>'
)


def _as_xlsm(book, path: Path) -> bool:
    """The book saved as a macro-enabled workbook (.xlsm), as an office keeps a book with a macro that numbers 序号 or
    prints each page: the workbook's content type the macro-enabled one and a VBA project (xl/vbaProject.bin) beside
    it; the cells, merges and styles as they were. Every figure stays."""
    book.save(path)
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as macro:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == "[Content_Types].xml":
                part = part.replace(*_MACRO_MAIN).replace(b"<Default ", _VBA_TYPE + b"<Default ", 1)
            elif info.filename == "xl/_rels/workbook.xml.rels":
                part = part.replace(b"</Relationships>", _VBA_REL + b"</Relationships>")
            macro.writestr(info, part)
        project = b'ID="{00000000-0000-0000-0000-000000000000}"\r\nModule=Module1\r\nName="VBAProject"\r\n'
        macro.writestr("xl/vbaProject.bin", ole_bytes(project, "PROJECT"))
    path.with_suffix(".xlsm").write_bytes(out.getvalue())
    path.unlink()
    return True


def _catalogue(raw: Path) -> int:
    """The year's books bound into one 台账汇编.xlsx as `one_book` binds them, with a 目录 sheet first (a title, 序号 |
    台账名称 | 工作表 | 备注, a line per sheet), as an office binds its year's ledgers for an inspection. A catalogue
    names ledgers, it holds no record: every figure stays (or, as in one_book, becomes null where a file's name is
    cut)."""
    merged = _one_book(raw)
    if not merged:
        return 0
    path = raw / "台账汇编.xlsx"
    book = openpyxl.load_workbook(path, rich_text=True)
    sheets = [ws.title for ws in book.worksheets if ws.sheet_state == "visible"]
    ws = book.create_sheet("目录", 0)
    ws.append(["法治建设台账目录"])
    ws.append(["序号", "台账名称", "工作表", "备注"])
    for i, title in enumerate(sheets, 1):
        ws.append([i, title, f"第{i}页", None])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    book.active = 0
    book.save(path)
    return merged


def _quote(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\r\n') else value


def apply(variant: str, raw: Path) -> int:
    """Apply a variant to every .xlsx book of a town's folder; how many books it changed."""
    if variant in FOLDER:
        return FOLDER[variant](raw)
    changed = 0
    books = {}
    for path in sorted(raw.rglob("*.xlsx")):
        try:
            # Rich text kept (a value struck through inside its cell, 枣林乡), as Excel keeps it on re-saving.
            books[path] = openpyxl.load_workbook(path, data_only=True, rich_text=True)
        except Exception:  # a book openpyxl cannot open is left as it is: its quirk is the point
            continue
    year = _folder_year(list(books.values())) if variant in OF_THE_YEAR else None
    for path, book in books.items():
        if variant in SAVED_AS:
            changed += SAVED_AS[variant](book, path)
            continue
        VARIANTS[variant](book, year) if variant in OF_THE_YEAR else VARIANTS[variant](book)
        book.save(path)
        changed += 1
    return changed


SAVED_AS = {
    "csv": _as_csv,
    "xls": _as_xls,
    "split": _split,
    "titled": _titled,
    "ods": _as_ods,
    # A seventh round (session 47): a book saved by WPS as .et, a register pasted into a Word table.
    "wps_et": _as_et,
    "docx_pasted": _as_docx,
    # An eighth round (stop 48): a book saved as Unicode text, as a web page, handed out protected.
    "unicode_text": _as_unicode_text,
    "web_page": _as_web_page,
    "protected": _as_protected,
    # A tenth round (session 50): a book saved as Strict Open XML.
    "strict_xml": _as_strict,
    # An eleventh round (session 51): a book saved as a macro-enabled workbook.
    "xlsm": _as_xlsm,
}
# Variants of the whole folder: its books merged into one, its files renamed, last year's books beside them.
FOLDER = {
    "one_book": _one_book,
    "generic": _generic_names,
    "neighbour_years": _neighbour_years,
    # A tenth round (session 50): each file received twice (the same bytes, or an earlier and a later save), the
    # folder's zip left beside its files, CSVs exported with Excel's sep=, line.
    "sent_twice": _sent_twice,
    "later_save": _later_save,
    "zip_beside": _zip_beside,
    "sep_line": _sep_line,
    # An eleventh round (session 51): the year's books bound into one with a 目录 sheet first.
    "catalogue": _catalogue,
}


def run(town: str, variant: str) -> Run:
    def make(raw: Path) -> None:
        generate(town, raw)
        apply("values", raw)
        if variant != "values":
            apply(variant, raw)

    return score_run(town, make=make)


def main(argv: list[str]) -> int:
    towns = [a for a in argv if a in TOWNS] or list(TOWNS)
    variants = [a for a in argv if a in VARIANTS or a in SAVED_AS or a in FOLDER] or [*VARIANTS, *SAVED_AS, *FOLDER]
    worst = 0
    for town in towns:
        for variant in variants:
            r = run(town, variant)
            print(f"-- variant {variant} of {name(town)}")
            print(card(r))
            worst = max(worst, r.count("WRONG") + int(r.crashed))
    return 1 if worst else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
