"""Reading any ledger file into raw grids of cells, the format told by content, never by name."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine as calamine

from fzlib.ingest.marks import SheetMarks, apply_marks

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, WPS .et, and encrypted OOXML
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_MARKER = "EncryptionInfo".encode("utf-16-le")
TEXT_ENCODINGS = ("utf-8-sig", "gb18030")


@dataclass
class Sheet:
    """One sheet as a grid: rows[i][j] is the cell at Excel row i+1, column j+1 ('' when empty)."""

    name: str
    rows: list[list]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    marks: SheetMarks = field(default_factory=SheetMarks)  # hidden sheet or rows, error cells


@dataclass
class ReadResult:
    sheets: list[Sheet]
    format: str
    problem: str | None = None  # an issue code from fzlib.issues when the file cannot be used


def sniff(head: bytes) -> str:
    """The format of a file from its first bytes: xlsx, ole, html, text or empty."""
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        return "empty"
    if head.startswith(ZIP_MAGIC):
        return "xlsx"
    if head.startswith(OLE_MAGIC):
        return "ole"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"<?xml")) or b"<table" in text:
        return "html"
    return "text"


def read_file(path: Path) -> ReadResult:
    """Every sheet of a ledger file. Never raises on bad files: problems come back as codes."""
    try:
        data = path.read_bytes()
    except OSError:
        return ReadResult([], "unknown", "file.unreadable")
    fmt = sniff(data[:4096])
    if fmt == "empty":
        return ReadResult([], fmt, "file.empty")
    if fmt in ("xlsx", "ole"):
        if fmt == "ole" and ENCRYPTED_MARKER in data:
            return ReadResult([], fmt, "file.encrypted")
        return _read_workbook(data, fmt)
    text = _decode(data)
    if text is None:
        return ReadResult([], fmt, "file.unreadable")
    if fmt == "html":
        return _read_html(text, path)
    return _read_csv(text, path)


def _read_workbook(data: bytes, fmt: str) -> ReadResult:
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = []
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            merged = list(sheet.merged_cell_ranges or []) if fmt == "xlsx" else []
            sheets.append(Sheet(name, rows, merged))
        apply_marks(book, data, fmt, sheets)
    except calamine.PasswordError:
        return ReadResult([], fmt, "file.encrypted")
    except Exception:  # calamine raises several types for broken archives; all mean "unreadable"
        return ReadResult([], fmt, "file.unreadable")
    if not any(any(c != "" for c in r) for s in sheets for r in s.rows):
        return ReadResult(sheets, fmt, "file.empty")
    return ReadResult(sheets, fmt)


def _decode(data: bytes) -> str | None:
    head = data[:2048].decode("ascii", "ignore").lower()
    declared = re.search(r"charset=[\"']?([\w-]+)", head)
    encodings = ((declared.group(1),) if declared else ()) + TEXT_ENCODINGS
    for enc in encodings:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _read_csv(text: str, path: Path) -> ReadResult:
    if "\x00" in text:
        return ReadResult([], "text", "file.unreadable")
    sample = text[:8192]
    delimiter = max((",", "\t", ";", "，"), key=sample.count)
    rows = [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
    width = max((len(r) for r in rows), default=0)
    if width < 2:
        return ReadResult([], "text", "file.unreadable" if text.strip() else "file.empty")
    rows = [r + [""] * (width - len(r)) for r in rows]
    return ReadResult([Sheet(path.stem, rows)], "csv")


def _read_html(text: str, path: Path) -> ReadResult:
    from lxml import html as lxml_html

    try:
        doc = lxml_html.fromstring(text)
    except Exception:  # lxml raises ParserError and others on garbage
        return ReadResult([], "html", "file.unreadable")
    sheets = []
    for i, table in enumerate(doc.iter("table")):
        rows = _html_table_rows(table)
        if rows:
            sheets.append(Sheet(path.stem if i == 0 else f"{path.stem}-{i + 1}", rows))
    if not sheets:
        return ReadResult([], "html", "file.no_table")
    return ReadResult(sheets, "html")


def _html_table_rows(table) -> list[list]:
    """Expand an HTML table into a grid, repeating nothing: a spanned cell is '' outside its corner,
    as in a spreadsheet's merged range."""
    grid: dict[tuple[int, int], str] = {}
    for r, tr in enumerate(table.iter("tr")):
        c = 0
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            text = td.text_content()
            rowspan = int(td.get("rowspan", 1) or 1)
            colspan = int(td.get("colspan", 1) or 1)
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = text if (dr, dc) == (0, 0) else ""
            c += colspan
    if not grid:
        return []
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    return [[grid.get((r, c), "") for c in range(width)] for r in range(height)]
