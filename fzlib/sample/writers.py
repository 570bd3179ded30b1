"""Writing sample ledgers byte-identically: a small sheet model and its xlsx, GB18030 CSV and HTML-as-xls writers."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

CREATOR = "fzlib.sample"  # a workbook's creator: what `sample` may write over
SAMPLE_NOTE = "示例数据（虚构，仅供演示）"


@dataclass
class Sheet:
    """One sheet as a grid of cell values, top to bottom, with merged ranges (1-based, inclusive)."""

    name: str
    rows: list[list[Any]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2
    header_rows: list[int] = field(default_factory=list)

    def title(self, text: str, width: int) -> None:
        self.rows.append([text] + [None] * (width - 1))
        r = len(self.rows)
        if width > 1:
            self.merges.append((r, 1, r, width))

    def line(self, *cells: Any) -> None:
        self.rows.append(list(cells))

    def blank(self) -> None:
        self.rows.append([])

    def header(self, titles: list[str]) -> None:
        self.rows.append(list(titles))
        self.header_rows.append(len(self.rows))

    def header2(self, groups: list[tuple[str, list[str] | None]]) -> None:
        """A two-row header: ("当事人", ["申请人", "被申请人"]) spans; ("序号", None) merges down."""
        top, bottom = [], []
        r = len(self.rows) + 1
        for title, subs in groups:
            c = len(top) + 1
            if subs:
                top += [title] + [None] * (len(subs) - 1)
                bottom += subs
                if len(subs) > 1:
                    self.merges.append((r, c, r, c + len(subs) - 1))
            else:
                top.append(title)
                bottom.append(None)
                self.merges.append((r, c, r + 1, c))
        self.rows += [top, bottom]
        self.header_rows += [r, r + 1]

    def record(self, cells: list[Any]) -> None:
        self.rows.append(list(cells))


@dataclass
class Book:
    """One ledger file: its name (the extension says how it is written) and its sheets."""

    filename: str
    sheets: list[Sheet]
    fmt: str = "xlsx"  # xlsx | csv-gb18030 | html-xls


def fixed_time(year: int) -> dt.datetime:
    """The constant timestamp stamped into every file of a year, so regeneration is byte-identical."""
    return dt.datetime(year + 1, 1, 10, 9, 0, 0)


def write(book: Book, folder: Path, year: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / book.filename
    if book.fmt == "xlsx":
        data = xlsx_bytes(book, year)
    elif book.fmt == "csv-gb18030":
        data = csv_bytes(book.sheets[0], "gb18030")
    elif book.fmt == "html-xls":
        data = html_bytes(book.sheets[0])
    else:
        raise ValueError(f"unknown format {book.fmt!r}")
    path.write_bytes(data)
    return path


def text(value: Any) -> str:
    """How a cell value appears once a web system or a CSV export has turned it into text."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d}"
    return str(value)


def xlsx_bytes(book: Book, year: int) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in book.sheets:
        ws = wb.create_sheet(sheet.name)
        width = max((len(r) for r in sheet.rows), default=1)
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, dt.datetime):
                    cell.number_format = "yyyy-mm-dd"
        for r1, c1, r2, c2 in sheet.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for r in sheet.header_rows:
            for c in range(1, width + 1):
                ws.cell(row=r, column=c).font = Font(bold=True)
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="center")
        if sheet.rows and sheet.rows[0] and sheet.merges and sheet.merges[0][0] == 1:
            ws.cell(row=1, column=1).font = Font(bold=True, size=14)
            ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
        for c in range(1, width + 1):
            ws.column_dimensions[get_column_letter(c)].width = 16
    when = fixed_time(year)
    wb.properties.creator = CREATOR
    wb.properties.lastModifiedBy = CREATOR
    wb.properties.title = SAMPLE_NOTE
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return _freeze_zip(buf.getvalue(), when)


def _freeze_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite an xlsx zip with fixed entry times and fixed core-property dates (openpyxl stamps 'now')."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, content)
            entry = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, content)
    return out.getvalue()


def csv_bytes(sheet: Sheet, encoding: str) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    width = max((len(r) for r in sheet.rows), default=1)
    for row in sheet.rows:
        cells = [text(v) for v in row]
        # Title and 填报单位 lines keep their single cell; table rows are padded like Excel exports them.
        writer.writerow(cells + [""] * (width - len(cells)) if len(cells) > 1 else cells)
    return buf.getvalue().encode(encoding)


def html_bytes(sheet: Sheet) -> bytes:
    """The kind of '.xls' a web platform exports: an HTML table Excel opens, declared as Excel."""
    covered: dict[tuple[int, int], tuple[int, int] | None] = {}
    for r1, c1, r2, c2 in sheet.merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                covered[(r, c)] = (r2 - r1 + 1, c2 - c1 + 1) if (r, c) == (r1, c1) else None
    width = max((len(r) for r in sheet.rows), default=1)
    out = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{html.escape(sheet.name)}</title></head>",
        '<body><table border="1" cellspacing="0">',
    ]
    for r, row in enumerate(sheet.rows, start=1):
        cells = list(row) + [None] * (width - len(row))
        tag = "th" if r in sheet.header_rows else "td"
        parts = []
        for c, value in enumerate(cells, start=1):
            span = covered.get((r, c), (1, 1))
            if span is None:
                continue
            attrs = (f' rowspan="{span[0]}"' if span[0] > 1 else "") + (f' colspan="{span[1]}"' if span[1] > 1 else "")
            # mso-number-format keeps codes such as 20240305 or ID numbers as text, as exporters do.
            style = " style=\"mso-number-format:'\\@'\"" if tag == "td" else ""
            parts.append(f"<{tag}{attrs}{style}>{html.escape(text(value))}</{tag}>")
        out.append("<tr>" + "".join(parts) + "</tr>")
    out.append("</table></body></html>")
    return ("\n".join(out) + "\n").encode("utf-8")
