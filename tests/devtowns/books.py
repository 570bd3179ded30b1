"""Writing the development towns' ledger files byte-reproducibly: a grid model of a sheet and its
xlsx (merges, hidden sheets and rows, formulas with cached values, error cells), CSV (GBK, GB18030,
UTF-8 with BOM), HTML-table-as-.xls, Word .docx, OpenDocument .ods and Excel 97-2003 BIFF8 (.xls / WPS .et)
writers."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
import struct
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

NOTE = "虚构示例数据（开发测试用，人名、证件号、电话均为随机生成）"
# Every file of the development set carries this time, so regeneration is byte-identical.
FIXED_TIME = dt.datetime(2025, 1, 6, 9, 30, 0)


@dataclass(frozen=True)
class Formula:
    """A formula cell as Excel saves it: the formula text and the value Excel last computed (cached).

    openpyxl writes formulas without a cached value; the xlsx writer patches the value in, because a
    reader that does not evaluate formulas (calamine) sees only the cached value."""

    text: str  # without the leading "="
    cached: Any  # int/float, str, or an error code such as "#REF!"


@dataclass(frozen=True)
class Retyped:
    """A cell whose first value the clerk struck through and followed with the new one, in the same cell: in xlsx
    rich text whose `old` run has the 删除线 font (what a reader without formatting sees is `old` + `new`, joined);
    in any other format the two texts as they stand."""

    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.old}{self.new}"


@dataclass
class Sheet:
    """One sheet as a grid of cell values (1-based rows when referred to), with merged ranges."""

    name: str
    rows: list[list[Any]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 (1-based)
    hidden_rows: set[int] = field(default_factory=set)
    # xlsx only: rows greyed out (a grey fill and grey text) as an office marks rows it keeps but no longer counts.
    grey_rows: set[int] = field(default_factory=set)
    # xlsx only: rows struck through (删除线 on every cell: Ctrl+5), and rows filled with a colour (row → RGB hex).
    struck_rows: set[int] = field(default_factory=set)
    filled_rows: dict[int, str] = field(default_factory=dict)
    # A cell's own font, (row, column) → openpyxl Font arguments: a tick typed as the letter a symbol font draws it
    # with (name="Wingdings", the cell holding ü), a row marked by red or bold text only. Excel 97 .xls writes the
    # name and the color; there, runs=True types a text's colour on the text (a rich-text run), not the cell's format.
    cell_fonts: dict[tuple[int, int], dict] = field(default_factory=dict)
    hidden: bool = False
    header_rows: list[int] = field(default_factory=list)
    autofilter: str | None = None  # a range such as "A1:L80": the 筛选 buttons a WPS export leaves on
    freeze: str | None = None  # the top-left cell below and right of frozen panes, such as "C2"
    # xlsx only: outline levels of rows (Data → Subtotal groups its detail rows at level 2 under level-1 summaries),
    # and the summary rows whose group is collapsed (its detail rows are also in hidden_rows).
    outline: dict[int, int] = field(default_factory=dict)
    collapsed: set[int] = field(default_factory=set)
    # Word only: paragraphs before the table's title (prose, a page break "\f"), whether the sheet's name is the
    # paragraph just above its table (a table continued after a note has none), paragraphs under the table
    # (填表人/审核人 lines), and header rows marked to repeat at the top of every printed page (w:tblHeader).
    doc_before: list[str] = field(default_factory=list)
    doc_title: bool = True
    doc_after: list[str] = field(default_factory=list)
    repeat_header: bool = False
    # Word only: ☑ and □ in cells written as symbols of the Wingdings 2 font (w:sym, R = ☑, £ = □), as Insert →
    # Symbol puts them: no Unicode character in the text at all.
    doc_symbols: bool = False
    # Word only: the table as a PDF-to-Word converter leaves it when it finds no ruling lines: one paragraph per row,
    # the cells joined by tabs (no w:tbl at all).
    doc_tabbed: bool = False

    @property
    def next_row(self) -> int:
        return len(self.rows) + 1

    def add(self, *cells: Any) -> int:
        """Append a row; returns its 1-based row number."""
        self.rows.append(list(cells))
        return len(self.rows)

    def blank(self) -> int:
        return self.add()

    def title(self, text: str, width: int) -> int:
        r = self.add(text, *([None] * (width - 1)))
        if width > 1:
            self.merges.append((r, 1, r, width))
        return r

    def header(self, grid: list[list[Any]], merges: list[tuple[int, int, int, int]] = ()) -> int:
        """A header of one or more rows; merges are relative to the header (1-based). Returns the
        row number of the header's first row."""
        first = self.next_row
        for row in grid:
            self.header_rows.append(self.add(*row))
        for r1, c1, r2, c2 in merges:
            self.merges.append((first + r1 - 1, c1, first + r2 - 1, c2))
        return first


@dataclass
class Book:
    """One ledger file: its name, its sheets and how it is written."""

    filename: str
    sheets: list[Sheet]
    # xlsx | csv-gbk | csv-gbk-tab | csv-gb18030 | csv-utf8-bom | csv-utf8 | html-xls | docx | xml-xls | biff | ods | raw
    fmt: str = "xlsx"
    data: bytes = b""  # fmt raw: the file's bytes as they are (a scan or a photo, no table in it)


def with_note(sheet: Sheet) -> Sheet:
    """The sheet with a last line saying the data are fictitious (every file of the set says so)."""
    return replace(sheet, rows=[*sheet.rows, [], [f"注：{NOTE}"]])


def write(book: Book, folder: Path) -> Path:
    path = folder / book.filename  # a filename may name subfolders (综治办/信访/…), as offices file them
    path.parent.mkdir(parents=True, exist_ok=True)
    if book.fmt == "raw":
        path.write_bytes(book.data)
        return path
    if book.fmt == "docx":  # the note is a paragraph under the last table, not a row of it
        path.write_bytes(docx_bytes(book))
        return path
    sheets = (
        [with_note(s) for s in book.sheets]
        if book.fmt in ("xlsx", "xml-xls", "biff", "ods")
        else [*book.sheets[:-1], with_note(book.sheets[-1])]
    )
    book = replace(book, sheets=sheets)
    if book.fmt == "xml-xls":
        data = spreadsheet_ml_bytes(book)
    elif book.fmt == "xlsx":
        data = xlsx_bytes(book)
    elif book.fmt.startswith("csv-"):
        # csv-gbk-tab: a CSV an office's system exported with a tab between the cells.
        encoding = {
            "csv-gbk": "gbk",
            "csv-gbk-tab": "gbk",
            "csv-gb18030": "gb18030",
            "csv-utf8-bom": "utf-8-sig",
            "csv-utf8": "utf-8",
        }[book.fmt]
        data = csv_bytes(book.sheets, encoding, "\t" if book.fmt.endswith("-tab") else ",")
    elif book.fmt == "html-xls":
        data = html_bytes(book.sheets[0])
    elif book.fmt == "biff":  # .xls of Excel 97-2003, or a WPS .et (the same compound file)
        data = ole_bytes(biff_workbook(book))
    elif book.fmt == "ods":  # OpenDocument spreadsheet, as WPS or LibreOffice saves it
        data = ods_bytes(book)
    else:
        raise ValueError(f"unknown format {book.fmt!r}")
    path.write_bytes(data)
    return path


# --- xlsx -------------------------------------------------------------------------------------


def xlsx_bytes(book: Book) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    cached: dict[tuple[int, str], Any] = {}  # (sheet index, cell ref) → cached value of a formula
    for index, sheet in enumerate(book.sheets):
        ws = wb.create_sheet(sheet.name)
        width = max((len(r) for r in sheet.rows), default=1)
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                if isinstance(value, Formula):
                    ws.cell(row=r, column=c, value="=" + value.text)
                    cached[(index, f"{get_column_letter(c)}{r}")] = value.cached
                    continue
                if isinstance(value, Retyped):
                    ws.cell(row=r, column=c).value = CellRichText(
                        TextBlock(InlineFont(strike=True), value.old), TextBlock(InlineFont(), value.new)
                    )
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, (dt.date, dt.datetime)):
                    cell.number_format = "yyyy-mm-dd"
                if isinstance(value, str) and "\n" in value:
                    cell.alignment = Alignment(wrap_text=True)
        for r1, c1, r2, c2 in sheet.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for r in sheet.header_rows:
            for c in range(1, width + 1):
                ws.cell(row=r, column=c).font = Font(bold=True)
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for r in sheet.hidden_rows:
            ws.row_dimensions[r].hidden = True
        for r, level in sorted(sheet.outline.items()):
            ws.row_dimensions[r].outline_level = level
        for r in sorted(sheet.collapsed):
            ws.row_dimensions[r].collapsed = True
        for r in sheet.grey_rows:
            for c in range(1, width + 1):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="D9D9D9")
                ws.cell(row=r, column=c).font = Font(color="808080")
        for r in sheet.struck_rows:
            for c in range(1, width + 1):
                ws.cell(row=r, column=c).font = Font(strike=True)
        for r, colour in sheet.filled_rows.items():
            for c in range(1, width + 1):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor=colour)
        for (r, c), font in sheet.cell_fonts.items():
            ws.cell(row=r, column=c).font = Font(**font)
        if sheet.hidden:
            ws.sheet_state = "hidden"
        if sheet.autofilter:
            ws.auto_filter.ref = sheet.autofilter
        if sheet.freeze:
            ws.freeze_panes = sheet.freeze
        for c in range(1, width + 1):
            ws.column_dimensions[get_column_letter(c)].width = 14
    wb.properties.creator = "devtowns"
    wb.properties.lastModifiedBy = "devtowns"
    wb.properties.title = NOTE
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    return _freeze(buf.getvalue(), cached)


def _cached_xml(value: Any) -> tuple[str, str]:
    """(type attribute, <v> text) of a formula's cached value."""
    if isinstance(value, str) and value.startswith("#"):
        return ' t="e"', html.escape(value)
    if isinstance(value, str):
        return ' t="str"', html.escape(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "", str(value)


def _patch_formulas(xml: bytes, cells: dict[str, Any]) -> bytes:
    text = xml.decode("utf-8")
    for ref, value in cells.items():
        attr, v = _cached_xml(value)
        pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>')
        text, n = pattern.subn(
            lambda m: f'<c r="{ref}"{m.group(1)}{attr}><f>{m.group(2)}</f><v>{v}</v></c>', text, count=1
        )
        if n != 1:
            raise AssertionError(f"formula cell {ref} not found for its cached value")
    return text.encode("utf-8")


def _freeze(data: bytes, cached: dict[tuple[int, str], Any]) -> bytes:
    """Rewrite the zip with fixed entry times, fixed core-property dates and the formulas' cached values."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    by_sheet: dict[int, dict[str, Any]] = {}
    for (index, ref), value in cached.items():
        by_sheet.setdefault(index, {})[ref] = value
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, content)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
            if m and int(m.group(1)) - 1 in by_sheet:
                content = _patch_formulas(content, by_sheet[int(m.group(1)) - 1])
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, content)
    return out.getvalue()


# --- text formats -----------------------------------------------------------------------------


def as_text(value: Any) -> str:
    """How a cell reads once a web system or a CSV export has turned it into text."""
    if value is None:
        return ""
    if isinstance(value, Formula):
        return as_text(value.cached)
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, dt.date):
        return f"{value:%Y-%m-%d}"
    return str(value)


def csv_bytes(sheets: list[Sheet], encoding: str, delimiter: str = ",") -> bytes:
    """All sheets one after another in one CSV, as offices paste several tables into one file."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", delimiter=delimiter)
    width = max((len(r) for s in sheets for r in s.rows), default=1)
    for sheet in sheets:
        for row in sheet.rows:
            cells = [as_text(v) for v in row]
            writer.writerow(cells + [""] * (width - len(cells)) if len(cells) > 1 else cells)
    return buf.getvalue().encode(encoding)


def html_bytes(sheet: Sheet) -> bytes:
    """The '.xls' a web platform exports: an HTML table (or several) that Excel opens.

    A row whose first cell is the marker TABLE_BREAK closes the current table and opens a new one."""
    covered: dict[tuple[int, int], tuple[int, int] | None] = {}
    for r1, c1, r2, c2 in sheet.merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                covered[(r, c)] = (r2 - r1 + 1, c2 - c1 + 1) if (r, c) == (r1, c1) else None
    out = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        '<meta name="ProgId" content="Excel.Sheet">',
        f"<title>{html.escape(sheet.name)}</title></head>",
        '<body><table border="1" cellspacing="0">',
    ]
    for r, row in enumerate(sheet.rows, start=1):
        if row and row[0] is TABLE_BREAK:
            out.append('</table><br/><table border="1" cellspacing="0">')
            continue
        tag = "th" if r in sheet.header_rows else "td"
        parts = []
        for c, value in enumerate(row, start=1):
            span = covered.get((r, c), (1, 1))
            if span is None:
                continue
            attrs = (f' rowspan="{span[0]}"' if span[0] > 1 else "") + (f' colspan="{span[1]}"' if span[1] > 1 else "")
            style = " style=\"mso-number-format:'\\@'\"" if tag == "td" else ""
            # Exporters write an in-cell line break as a <br> Excel keeps inside the cell.
            text = html.escape(as_text(value)).replace("\n", '<br style="mso-data-placement:same-cell;"/>')
            parts.append(f"<{tag}{attrs}{style}>{text}</{tag}>")
        out.append("<tr>" + "".join(parts) + "</tr>")
    out.append("</table></body></html>")
    return ("\n".join(out) + "\n").encode("utf-8")


def spreadsheet_ml_bytes(book: Book) -> bytes:
    """The '.xls' an office system exports as Excel 2003's XML Spreadsheet: one Worksheet per sheet,
    merged ranges as ss:MergeAcross / ss:MergeDown, gaps skipped with ss:Index, dates as DateTime."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<?mso-application progid="Excel.Sheet"?>',
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
        f'<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Title>{html.escape(NOTE)}</Title>'
        f"<Created>{FIXED_TIME:%Y-%m-%dT%H:%M:%SZ}</Created></DocumentProperties>",
    ]
    for sheet in book.sheets:
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        covered: set[tuple[int, int]] = set()
        for r1, c1, r2, c2 in sheet.merges:
            spans[(r1, c1)] = (r2 - r1, c2 - c1)
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - {(r1, c1)}
        out.append(f'<Worksheet ss:Name="{html.escape(sheet.name)}"><Table>')
        for r, row in enumerate(sheet.rows, start=1):
            cells, skipped = [], False
            for c, value in enumerate(row, start=1):
                if (r, c) in covered or (value is None and (r, c) not in spans):
                    skipped = True
                    continue
                down, across = spans.get((r, c), (0, 0))
                attrs = (f' ss:Index="{c}"' if skipped else "") + (f' ss:MergeAcross="{across}"' if across else "")
                attrs += f' ss:MergeDown="{down}"' if down else ""
                skipped = False
                if isinstance(value, Formula):
                    value = value.cached
                if value is None:
                    cells.append(f"<Cell{attrs}/>")
                elif isinstance(value, (dt.date, dt.datetime)):
                    cells.append(f'<Cell{attrs}><Data ss:Type="DateTime">{value:%Y-%m-%dT00:00:00}.000</Data></Cell>')
                elif isinstance(value, (int, float)):
                    cells.append(f'<Cell{attrs}><Data ss:Type="Number">{value}</Data></Cell>')
                else:
                    text = html.escape(str(value)).replace("\n", "&#10;")
                    cells.append(f'<Cell{attrs}><Data ss:Type="String">{text}</Data></Cell>')
            row_attrs = ' ss:Hidden="1"' if r in sheet.hidden_rows else ""
            out.append(f"<Row{row_attrs}>" + "".join(cells) + "</Row>")
        out.append("</Table></Worksheet>")
    out.append("</Workbook>")
    return ("\n".join(out) + "\n").encode("utf-8")


def docx_bytes(book: Book) -> bytes:
    """A Word document as offices print a register: per sheet, any paragraphs before it, the sheet's name as the
    paragraph above its table, then the table (merges as Word's gridSpan / vMerge, header rows repeated on each
    page when asked), the paragraphs under it, and the fictitious-data note last."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()

    def paragraph(text: str) -> None:
        if text == "\f":  # a page break, as offices start the next month's table on a new page
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            document.add_paragraph(text)

    for sheet in book.sheets:
        for text in sheet.doc_before:
            paragraph(text)
        if sheet.doc_title:
            document.add_paragraph(sheet.name)
        if sheet.doc_tabbed:
            for row in sheet.rows:
                paragraph("\t".join("" if v is None else as_text(v) for v in row).rstrip("\t"))
            for text in sheet.doc_after:
                paragraph(text)
            continue
        width = max(len(r) for r in sheet.rows)
        table = document.add_table(rows=len(sheet.rows), cols=width)
        table.style = "Table Grid"
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                text = as_text(value)
                if sheet.doc_symbols and any(box in text for box in _WINGDINGS_2):
                    _symbol_runs(table.cell(r, c).paragraphs[0], text)
                else:
                    table.cell(r, c).text = text
        for r1, c1, r2, c2 in sheet.merges:
            keep = table.cell(r1 - 1, c1 - 1).text
            table.cell(r1 - 1, c1 - 1).merge(table.cell(r2 - 1, c2 - 1)).text = keep
        if sheet.repeat_header:
            for r in sheet.header_rows:
                mark = OxmlElement("w:tblHeader")
                mark.set(qn("w:val"), "true")
                table.rows[r - 1]._tr.get_or_add_trPr().append(mark)
        for text in sheet.doc_after:
            paragraph(text)
    document.add_paragraph(f"注：{NOTE}")
    document.core_properties.author = "devtowns"
    document.core_properties.created = FIXED_TIME
    document.core_properties.modified = FIXED_TIME
    document.core_properties.last_modified_by = "devtowns"
    document.core_properties.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    return _freeze(buf.getvalue(), {})


_WINGDINGS_2 = {"☑": "F052", "□": "F0A3"}  # the font's R and £


def _symbol_runs(paragraph, text: str) -> None:
    """A cell's text as runs, each ☑ or □ a Wingdings 2 symbol (w:sym) as Word's Insert → Symbol writes it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for part in re.split("([☑□])", text):
        if part in _WINGDINGS_2:
            symbol = OxmlElement("w:sym")
            symbol.set(qn("w:font"), "Wingdings 2")
            symbol.set(qn("w:char"), _WINGDINGS_2[part])
            paragraph.add_run()._r.append(symbol)
        elif part:
            paragraph.add_run(part)


# --- OpenDocument spreadsheet (.ods) ------------------------------------------------------------------------


def ods_bytes(book: Book) -> bytes:
    """An OpenDocument spreadsheet: strings, numbers and dates (office:date-value), merges as spanned cells over
    covered cells, hidden rows collapsed; the mimetype entry first and stored, as the format requires."""
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    out = [f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">']
    out.append("<office:body><office:spreadsheet>")
    for sheet in book.sheets:
        covered: set[tuple[int, int]] = set()
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        for r1, c1, r2, c2 in sheet.merges:
            spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - {(r1, c1)}
        width = max((len(r) for r in sheet.rows), default=1)
        out.append(f'<table:table table:name="{html.escape(sheet.name)}">')
        out.append(f'<table:table-column table:number-columns-repeated="{width}"/>')
        for r, row in enumerate(sheet.rows, start=1):
            hidden = ' table:visibility="collapse"' if r in sheet.hidden_rows else ""
            out.append(f"<table:table-row{hidden}>")
            for c in range(1, width + 1):
                if (r, c) in covered:
                    out.append("<table:covered-table-cell/>")
                    continue
                value = row[c - 1] if c <= len(row) else None
                span = spans.get((r, c))
                attrs = (
                    f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"' if span else ""
                )
                out.append(_ods_cell(value, attrs))
            out.append("</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, content, method in (
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
            ("content.xml", "".join(out), zipfile.ZIP_DEFLATED),
            ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
        ):
            entry = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = method
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, content.encode("utf-8"))
    return buf.getvalue()


def _ods_cell(value: Any, attrs: str) -> str:
    if value is None:
        return f"<table:table-cell{attrs}/>"
    if isinstance(value, dt.date):
        day = f"{value:%Y-%m-%d}"
        return f'<table:table-cell{attrs} office:value-type="date" office:date-value="{day}"><text:p>{day}</text:p></table:table-cell>'
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<table:table-cell{attrs} office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    text = html.escape(as_text(value))
    return f'<table:table-cell{attrs} office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


class _Break:
    def __repr__(self) -> str:
        return "TABLE_BREAK"


TABLE_BREAK = _Break()


# --- Excel 97-2003 (BIFF8 in an OLE compound file): what a small office's old Excel or WPS saves -----------------


def _rec(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _xl_string(text: str, length_bytes: int = 2) -> bytes:
    """An XLUnicodeString, always stored as UTF-16 (flag 1), as Excel stores any text with Chinese in it."""
    count = struct.pack("<H", len(text)) if length_bytes == 2 else struct.pack("<B", len(text))
    return count + b"\x01" + text.encode("utf-16-le")


def _sst(strings: list) -> bytes:
    """The shared string table, split into CONTINUE records between whole strings (each ≤ 8224 bytes). A string
    given as (text, font) is rich text: one run over the whole text in that font (its colour typed on the text)."""
    head = struct.pack("<II", len(strings), len(strings))
    records, body, kind = [], head, 0x00FC
    for s in strings:
        if isinstance(s, tuple):  # cch, flags (UTF-16, rich), one run from character 0 in font s[1]
            text, font = s
            item = struct.pack("<HBH", len(text), 0x09, 1) + text.encode("utf-16-le") + struct.pack("<HH", 0, font)
        else:
            item = _xl_string(s)
        if len(body) + len(item) > 8224:
            records.append(_rec(kind, body))
            body, kind = b"", 0x003C
        body += item
    records.append(_rec(kind, body))
    return b"".join(records)


_BERR = {"#NULL!": 0x00, "#DIV/0!": 0x07, "#VALUE!": 0x0F, "#REF!": 0x17, "#NAME?": 0x1D, "#NUM!": 0x24, "#N/A": 0x2A}
# XF 0-15 are the style XFs Excel always writes, 16 a general cell, 17 a date cell (built-in format 14); 18 and 19
# the same struck through (font 6, 删除线); 20 and 21 text in Wingdings and Wingdings 2 (fonts 7 and 8); from 22 a
# pair (general, date) per fill colour the book uses, solid in a colour of the default palette.
_XF_GENERAL, _XF_DATE = 16, 17
_SYMBOL_XF = {"Wingdings": 20, "Wingdings 2": 21}
# Excel 97's default palette, indices 8-63.
_PALETTE = (
    "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 "
    "9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF "
    "00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 "
    "003366 339966 003300 333300 993300 993366 333399 333333"
).split()


def _palette_index(rgb: str) -> int:
    """The index (8-63) of the default palette's colour nearest `rgb` (an old book keeps only palette colours)."""

    def far(hex_: str) -> int:
        return sum((int(hex_[i : i + 2], 16) - int(rgb[-6:][i : i + 2], 16)) ** 2 for i in (0, 2, 4))

    return 8 + min(range(len(_PALETTE)), key=lambda i: far(_PALETTE[i]))


def _globals_head(fills: list[int] = (), inks: list[int] = ()) -> bytes:
    out = _rec(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
    out += _rec(0x0042, struct.pack("<H", 1200))  # CODEPAGE: UTF-16
    out += _rec(0x0022, struct.pack("<H", 0))  # DATEMODE: 1900
    font = struct.pack("<HHHHHBBBB", 220, 0, 0x7FFF, 400, 0, 0, 0, 134, 0) + _xl_string("宋体", 1)
    out += b"".join(_rec(0x0031, font) for _ in range(5))  # font 4 is skipped by index, so write five
    struck = struct.pack("<HHHHHBBBB", 220, 0x0008, 0x7FFF, 400, 0, 0, 0, 134, 0) + _xl_string("宋体", 1)
    out += _rec(0x0031, struck)  # font 6: fStrikeOut
    for name in _SYMBOL_XF:  # fonts 7 and 8
        out += _rec(0x0031, struct.pack("<HHHHHBBBB", 220, 0, 0x7FFF, 400, 0, 0, 0, 2, 0) + _xl_string(name, 1))
    for colour in inks:  # fonts 9, 10 …: 宋体 in a palette colour (red text)
        out += _rec(0x0031, struct.pack("<HHHHHBBBB", 220, 0, colour, 400, 0, 0, 0, 134, 0) + _xl_string("宋体", 1))
    for i in range(22):
        style = i < 16
        fmt = 14 if i in (_XF_DATE, 19) else 0
        flags = 0xFFF5 if style else 0x0001
        font = {18: 6, 19: 6, 20: 7, 21: 8}.get(i, 0)
        out += _rec(0x00E0, struct.pack("<HHHBBBBIIH", font, fmt, flags, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    for colour in fills:  # fls 1 (solid) in the dword's top six bits, icvFore the palette index, icvBack 65
        for fmt in (0, 14):
            out += _rec(0x00E0, struct.pack("<HHHBBBBIIH", 0, fmt, 0x0001, 0x20, 0, 0, 0, 0, 1 << 26, 0x2080 | colour))
    for k, _ in enumerate(inks):  # a pair (general, date) per font colour, after the fills'
        for fmt in (0, 14):
            out += _rec(0x00E0, struct.pack("<HHHBBBBIIH", 9 + k, fmt, 0x0001, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    out += _rec(0x0293, struct.pack("<HBB", 0x8000, 0, 0xFF))  # STYLE: Normal
    return out


def _sheet_stream(
    sheet: Sheet,
    strings: dict,
    fill_xfs: dict[int, int] | None = None,
    ink_xfs: dict[int, int] | None = None,
    ink_fonts: dict[int, int] | None = None,
) -> bytes:
    width = max((len(r) for r in sheet.rows), default=1)
    out = _rec(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
    out += _rec(0x0200, struct.pack("<IIHHH", 0, len(sheet.rows), 0, width, 0))
    for r in sorted(sheet.hidden_rows):  # ROW with fDyZero: the row is hidden
        out += _rec(0x0208, struct.pack("<HHHHHHI", r - 1, 0, width, 0x00FF, 0, 0, 0x0100 | 0x20))
    for r, row in enumerate(sheet.rows):
        xf_general, xf_date = (_XF_GENERAL, _XF_DATE) if r + 1 not in sheet.struck_rows else (18, 19)
        if r + 1 not in sheet.struck_rows and r + 1 in sheet.filled_rows and fill_xfs:
            xf_general = fill_xfs[_palette_index(sheet.filled_rows[r + 1])]
            xf_date = xf_general + 1
        row_xfs = xf_general, xf_date
        for c, value in enumerate(row):
            xf_general, xf_date = row_xfs
            own = sheet.cell_fonts.get((r + 1, c + 1), {})
            ink, typed = own.get("color"), own.get("runs")  # runs: the colour typed on the text, not the cell's
            if ink and ink_xfs and not (typed and isinstance(value, str)):
                xf_general = ink_xfs[_palette_index(ink)]
                xf_date = xf_general + 1
            if isinstance(value, Formula) and str(value.cached) in _BERR:
                # A formula whose saved value is an error: FORMULA with the error code, the formula itself
                # reduced to the constant 0 (ptgInt), which no reader of values looks at.
                result = bytes([2, 0, _BERR[value.cached], 0, 0, 0, 0xFF, 0xFF])
                rgce = struct.pack("<HBH", 3, 0x1E, 0)
                out += _rec(0x0006, struct.pack("<HHH", r, c, _XF_GENERAL) + result + struct.pack("<HI", 0, 0) + rgce)
                continue
            if isinstance(value, Formula):
                value = value.cached  # an old book keeps only the value a small office typed
            if value is None or value == "":
                continue
            if isinstance(value, (dt.date, dt.datetime)):
                serial = (dt.date(value.year, value.month, value.day) - dt.date(1899, 12, 30)).days
                out += _rec(0x0203, struct.pack("<HHHd", r, c, xf_date, float(serial)))
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                out += _rec(0x0203, struct.pack("<HHHd", r, c, xf_general, float(value)))
            else:
                text = str(value)
                xf = _SYMBOL_XF.get(sheet.cell_fonts.get((r + 1, c + 1), {}).get("name", ""), xf_general)
                key = (text, ink_fonts[_palette_index(ink)]) if ink and typed and ink_fonts else text
                out += _rec(0x00FD, struct.pack("<HHHI", r, c, xf, strings.setdefault(key, len(strings))))
    if sheet.merges:
        refs = b"".join(struct.pack("<HHHH", r1 - 1, r2 - 1, c1 - 1, c2 - 1) for r1, c1, r2, c2 in sheet.merges)
        out += _rec(0x00E5, struct.pack("<H", len(sheet.merges)) + refs)
    return out + _rec(0x000A, b"")


def biff_workbook(book: Book) -> bytes:
    """The Workbook stream: globals (fonts, XFs, one BOUNDSHEET per sheet, the SST), then each sheet."""
    strings: dict[str, int] = {}
    fills = sorted({_palette_index(c) for s in book.sheets for c in s.filled_rows.values()})
    fill_xfs = {colour: 22 + 2 * k for k, colour in enumerate(fills)}
    inks = sorted({_palette_index(f["color"]) for s in book.sheets for f in s.cell_fonts.values() if "color" in f})
    ink_xfs = {colour: 22 + 2 * len(fills) + 2 * k for k, colour in enumerate(inks)}
    ink_fonts = {colour: 9 + k for k, colour in enumerate(inks)}
    bodies = [_sheet_stream(s, strings, fill_xfs, ink_xfs, ink_fonts) for s in book.sheets]
    head = _globals_head(fills, inks)
    bound_len = sum(4 + 8 + 2 * len(s.name) for s in book.sheets)
    sst = _sst(list(strings))
    offset = len(head) + bound_len + len(sst) + 4  # + the globals' EOF
    bound = b""
    for sheet, body in zip(book.sheets, bodies):
        bound += _rec(0x0085, struct.pack("<IBB", offset, 1 if sheet.hidden else 0, 0) + _xl_string(sheet.name, 1))
        offset += len(body)
    return head + bound + sst + _rec(0x000A, b"") + b"".join(bodies)


def ole_bytes(stream: bytes, name: str = "Workbook") -> bytes:
    """An OLE2 compound file (version 3, 512-byte sectors) holding one stream; the stream is padded to the
    4096-byte cutoff so that it lives in regular sectors (no mini stream)."""
    stream = stream + b"\x00" * max(0, 4096 - len(stream))
    data_sectors = -(-len(stream) // 512)
    dir_sectors = 1
    fat_sectors = 1
    while (data_sectors + dir_sectors + fat_sectors) > fat_sectors * 128:
        fat_sectors += 1
    if fat_sectors > 109:
        raise ValueError("stream too large for this writer")
    end, free, fatsect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    fat = [i + 1 for i in range(data_sectors - 1)] + [end]
    dir_start = len(fat)
    fat += [end]
    fat_start = len(fat)
    fat += [fatsect] * fat_sectors
    fat += [free] * (fat_sectors * 128 - len(fat))

    def entry(label: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = label.encode("utf-16-le") + b"\x00\x00"
        return (
            raw.ljust(64, b"\x00")
            + struct.pack("<HBBIII", len(raw), kind, 1, free, free, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<III", start, size, 0)
        )

    empty = bytes(64) + struct.pack("<HBBIII", 0, 0, 0, free, free, free) + bytes(36) + struct.pack("<III", 0, 0, 0)
    directory = entry("Root Entry", 5, 1, end, 0) + entry(name, 2, free, 0, len(stream)) + empty + empty
    header = (
        OLE_SIGNATURE
        + bytes(16)
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, fat_sectors, dir_start, 0, 4096, end, 0, end, 0)
        + b"".join(struct.pack("<I", fat_start + i) for i in range(fat_sectors))
        + struct.pack("<I", free) * (109 - fat_sectors)
    )
    body = stream.ljust(data_sectors * 512, b"\x00") + directory
    return header + body + b"".join(struct.pack("<I", v) for v in fat)


OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
