"""Metamorphic variants of the development towns: the same ledgers saved the way offices re-save them
(values pasted over formulas, a line or two above the table, a blank first column, a signature
block below, sheets left as Sheet1…, a one-sheet book saved as CSV, a book saved as .xls, a book split into a book per sheet), each scored against the town's
truth. A variant carries the same records, so a figure may only stay right or, where the variant
removed what the figure rested on (a sheet's name), become null: never a different number.

    python -m tests.devtowns.variants                 # every town, every variant
    python -m tests.devtowns.variants qinghe csv      # one town, one variant
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
from openpyxl.cell.rich_text import CellRichText
from openpyxl.utils import get_column_letter

from . import TOWNS, generate, name
from .books import Book, Sheet, biff_workbook, ole_bytes
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


VARIANTS: dict[str, Variant] = {
    "values": values_pasted,
    "above": lines_above,
    "left": blank_first_column,
    "below": signatures_below,
    "renamed": sheets_renamed,
    "reversed": columns_reversed,
    "dates": dates_typed,
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
    shown = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
    if len(book.worksheets) != 1 or len(shown) != 1:
        return False
    ws = shown[0]
    if ws.merged_cells.ranges or any(d.hidden for d in ws.row_dimensions.values()):
        return False
    if any(d.hidden for d in ws.column_dimensions.values()) or _struck_rows(ws):
        return False
    if any("%" in (c.number_format or "") for row in ws.iter_rows() for c in row if c.value is not None):
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


def _as_xls(book, path: Path) -> bool:
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
    path.with_suffix(".xls").write_bytes(ole_bytes(biff_workbook(Book(path.with_suffix(".xls").name, sheets))))
    path.unlink()
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


def _quote(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\r\n') else value


def apply(variant: str, raw: Path) -> int:
    """Apply a variant to every .xlsx book of a town's folder; how many books it changed."""
    changed = 0
    for path in sorted(raw.rglob("*.xlsx")):
        try:
            # Rich text kept (a value struck through inside its cell, 枣林乡), as Excel keeps it on re-saving.
            book = openpyxl.load_workbook(path, data_only=True, rich_text=True)
        except Exception:  # a book openpyxl cannot open is left as it is: its quirk is the point
            continue
        if variant in SAVED_AS:
            changed += SAVED_AS[variant](book, path)
            continue
        VARIANTS[variant](book)
        book.save(path)
        changed += 1
    return changed


SAVED_AS = {"csv": _as_csv, "xls": _as_xls, "split": _split}


def run(town: str, variant: str) -> Run:
    def make(raw: Path) -> None:
        generate(town, raw)
        apply("values", raw)
        if variant != "values":
            apply(variant, raw)

    return score_run(town, make=make)


def main(argv: list[str]) -> int:
    towns = [a for a in argv if a in TOWNS] or list(TOWNS)
    variants = [a for a in argv if a in VARIANTS or a in SAVED_AS] or [*VARIANTS, *SAVED_AS]
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
