"""Builders for small ledger files written inside the tests, each named after the quirk it shows."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import math
import os
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter


def xlsx(
    path: Path,
    sheets: dict[str, list[list]],
    merged: dict[str, list[str]] | None = None,
    hidden: tuple[str, ...] = (),
    hidden_rows: dict[str, list[int]] | None = None,
) -> Path:
    """A workbook with the given sheets (rows of cell values) and merged ranges per sheet; `hidden`
    sheets and `hidden_rows` (1-based, per sheet) hidden. A cell "=SUM(…)" is a formula saved without
    its value and "#REF!" an error value, as openpyxl writes them."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not (merged or hidden or hidden_rows) and (parts := _plain_parts(sheets)) is not None:
        path.write_bytes(_zipped(parts))
        return path
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for rng in (merged or {}).get(name, []):
            ws.merge_cells(rng)
        for r in (hidden_rows or {}).get(name, []):
            ws.row_dimensions[r].hidden = True
        if name in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


# A workbook of plain cells (texts, numbers, blanks) written part by part as openpyxl writes it, the same bytes
# but the save time: openpyxl spent most of a small test's own time building and writing its style objects.
# Anything else (a formula, an error value, a date, a merge, a hidden sheet or row) is openpyxl's to write.
_SHEET_HEAD = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr><outlinePr '
    'summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr><dimension ref="{}"/><sheetViews><sheetView '
    'workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr '
    'baseColWidth="8" defaultRowHeight="15"/><sheetData>'
)
_SHEET_TAIL = (
    '</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></worksheet>'
)
_MAIN = "http://schemas.openxmlformats.org"
# What lxml writes otherwise than as itself (a carriage return as &#13;) or refuses: openpyxl's to write.
_NOT_AS_IS = re.compile("[\r\ud800-\udfff\ufffe\uffff]")
_WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


@functools.cache
def _fixed_parts() -> dict[str, bytes]:
    """The parts openpyxl writes the same in every workbook (styles, theme, properties), from a workbook it saved."""
    out = io.BytesIO()
    openpyxl.Workbook().save(out)
    with zipfile.ZipFile(out) as archive:
        return {n: archive.read(n) for n in ("docProps/app.xml", "xl/theme/theme1.xml", "xl/styles.xml", "_rels/.rels")}


def _plain_cell(ref: str, value) -> str | None:
    if isinstance(value, str):
        if (len(value) > 1 and value.startswith("=")) or value in ERROR_CODES or len(value) > 32767:
            return None
        if ILLEGAL_CHARACTERS_RE.search(value) or _NOT_AS_IS.search(value):
            return None
        if not value:
            return f'<c r="{ref}" t="inlineStr"></c>'
        space = ' xml:space="preserve"' if value != value.strip() else ""
        return f'<c r="{ref}" t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'
    if type(value) in (int, float) and math.isfinite(value):
        return f'<c r="{ref}" t="n"><v>{value:.16g}</v></c>'
    return None


def _plain_parts(sheets: dict[str, list[list]]) -> dict[str, bytes] | None:
    """The parts of a workbook of plain cells, None when it holds anything else."""
    names = list(sheets)
    if not names or len({n.lower() for n in names}) < len(names):
        return None
    if any(len(n) > 31 or not n or set(n) & set("\\/*?:[]\"'<>&") or not n.isprintable() for n in names):
        return None
    parts = dict(_fixed_parts())
    for i, rows in enumerate(sheets.values(), 1):
        body, at = [], []
        for r, row in enumerate(rows, 1):
            if not isinstance(row, list):
                return None
            if not row:
                continue
            cells = []
            for c, value in enumerate(row, 1):
                at.append((r, c))
                if value is not None:
                    if (cell := _plain_cell(f"{get_column_letter(c)}{r}", value)) is None:
                        return None
                    cells.append(cell)
            body.append(f'<row r="{r}">{"".join(cells)}</row>')
        dimension = "A1:A1"
        if at:
            rs, cs = [r for r, _ in at], [c for _, c in at]
            dimension = f"{get_column_letter(min(cs))}{min(rs)}:{get_column_letter(max(cs))}{max(rs)}"
        parts[f"xl/worksheets/sheet{i}.xml"] = (_SHEET_HEAD.format(dimension) + "".join(body) + _SHEET_TAIL).encode(
            "ascii",
            "xmlcharrefreplace",  # as lxml writes a part without an encoding: every other character by number
        )
    n = len(names)
    sheet_tags = "".join(
        f'<sheet xmlns:r="{_MAIN}/officeDocument/2006/relationships" name="{name}" sheetId="{i}" '
        f'state="visible" r:id="rId{i}"/>'
        for i, name in enumerate(names, 1)
    )
    parts["xl/workbook.xml"] = (
        f'<workbook xmlns="{_MAIN}/spreadsheetml/2006/main"><workbookPr/><workbookProtection/><bookViews><workbookView '
        'visibility="visible" minimized="0" showHorizontalScroll="1" showVerticalScroll="1" showSheetTabs="1" '
        'tabRatio="600" firstSheet="0" activeTab="0" autoFilterDateGrouping="1"/></bookViews>'
        f'<sheets>{sheet_tags}</sheets><definedNames/><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
    ).encode()
    rel = f"{_MAIN}/officeDocument/2006/relationships"
    parts["xl/_rels/workbook.xml.rels"] = (
        f'<Relationships xmlns="{_MAIN}/package/2006/relationships">'
        + "".join(
            f'<Relationship Type="{rel}/worksheet" Target="/xl/worksheets/sheet{i}.xml" Id="rId{i}"/>'
            for i in range(1, n + 1)
        )
        + f'<Relationship Type="{rel}/styles" Target="styles.xml" Id="rId{n + 1}"/>'
        + f'<Relationship Type="{rel}/theme" Target="theme/theme1.xml" Id="rId{n + 2}"/></Relationships>'
    ).encode()
    office = "application/vnd.openxmlformats-officedocument"
    parts["[Content_Types].xml"] = (
        f'<Types xmlns="{_MAIN}/package/2006/content-types"><Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/xl/styles.xml" '
        f'ContentType="{office}.spreadsheetml.styles+xml"/><Override PartName="/xl/theme/theme1.xml" '
        f'ContentType="{office}.theme+xml"/><Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override '
        f'PartName="/docProps/app.xml" ContentType="{office}.extended-properties+xml"/>'
        + "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_WORKSHEET_TYPE}"/>'
            for i in range(1, n + 1)
        )
        + f'<Override PartName="/xl/workbook.xml" ContentType="{office}.spreadsheetml.sheet.main+xml"/></Types>'
    ).encode()
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    terms = (
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:type="dcterms:W3CDTF"'
    )
    parts["docProps/core.xml"] = (
        f'<cp:coreProperties xmlns:cp="{_MAIN}/package/2006/metadata/core-properties"><dc:creator '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">openpyxl</dc:creator>'
        f"<dcterms:created {terms}>{now}</dcterms:created><dcterms:modified {terms}>{now}</dcterms:modified>"
        "</cp:coreProperties>"
    ).encode()
    return parts


_ORDER = ("docProps/app.xml", "docProps/core.xml", "xl/theme/theme1.xml")
_AFTER = ("xl/styles.xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml")


def _zipped(parts: dict[str, bytes]) -> bytes:
    """The parts in openpyxl's order and compression."""
    sheets = sorted((n for n in parts if n.startswith("xl/worksheets/")), key=lambda n: int(n[19:-4]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in (*_ORDER, *sheets, *_AFTER):
            archive.writestr(name, parts[name])
    return out.getvalue()


def csv_file(path: Path, rows: list[list], encoding: str = "gb18030") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def html_xls(path: Path, rows: list[list], title: str = "") -> Path:
    """An ".xls" that is really an HTML table, as web systems export."""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    cap = f"<tr><td colspan='{len(rows[0])}'>{title}</td></tr>" if title else ""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"<html><head><meta charset='utf-8'></head><body><table>{cap}{body}</table></body></html>", encoding="utf-8"
    )
    return path


ENFORCEMENT_HEADER = ["序号", "案件编号", "案件名称", "执法类别", "执法单位", "办理日期", "当事人", "备注"]


def enforcement_rows(n: int, start: int = 1, category: str = "行政许可", year: int = 2024) -> list[list]:
    return [
        [
            i,
            f"旺草许字〔{year}〕第{i}号",
            f"事项{i}",
            category,
            "旺草镇人民政府",
            f"{year}.3.{(i % 28) + 1}",
            "张三",
            "",
        ]
        for i in range(start, start + n)
    ]


def password_protected_xlsx(path: Path) -> Path:
    """What Excel writes for a workbook with an opening password: an OLE compound file (not a zip)
    whose directory names an 'EncryptionInfo' stream (UTF-16). A minimal stand-in with both marks."""
    directory_entry = "EncryptionInfo".encode("utf-16-le").ljust(64, b"\x00")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + directory_entry + b"\x00" * 448)
    return path


def assert_rows_conserved(manifest: dict) -> None:
    """Every row read is accounted for, per sheet: set aside (title/header/blank/total/template/…)
    + kept + excluded (error/out of year/duplicate) + unused (a sheet that could not be used)."""
    for f in manifest["files"]:
        for s in f["sheets"]:
            accounted = (
                sum(s.get("set_aside", {}).values())
                + s.get("kept", 0)
                + sum(s.get("excluded", {}).values())
                + s.get("unused", 0)
            )
            assert accounted == s["rows_read"], (f["file"], s)


def clean(raw: Path, year: int = 2024, **kw):
    """A folder cleaned in memory, every row it read accounted for."""
    from fzlib.ingest.clean import YearCleaner

    result = YearCleaner(year, raw, **kw).run()
    assert_rows_conserved(result.manifest)
    return result


def codes(result, code: str) -> list[dict]:
    """The issue rows of one code."""
    return result.issues[result.issues["code"] == code].to_dict("records")


def evidence(result, max_unusable: float | None = None) -> dict:
    """A cleaning result's figures with their evidence ({name: Figure}), judged with its manifest as
    the report judges them (a refused sheet makes its kind's figures unavailable); `max_unusable` as
    params `max_unusable_share` (default: the package's)."""
    from fzlib.indicators import figures as figs
    from fzlib.spec import load_specs

    specs = load_specs()
    limit = figs.MAX_UNUSABLE_SHARE if max_unusable is None else max_unusable
    return figs.compute(result.tables, specs, figs.kind_evidence(result.manifest, specs), limit)


def stated(result) -> dict:
    """The figures the statistics tables of a cleaning result state, as {name: value}."""
    return {s["figure"]: s["value"] for s in result.manifest["statistics"]}


def figures(result) -> dict:
    """A cleaning result's published figures as {name: value}, None where unavailable."""
    from fzlib.indicators import figures as figs

    return figs.values(evidence(result))


def examples(n: int) -> int:
    """Hypothesis examples for a property: all of them, a tenth under `make test-fast`, ten times as many under
    `make test-explore`."""
    if os.environ.get("FZLIB_EXPLORE") == "1":
        return n * 10
    return max(5, n // 10) if os.environ.get("FZLIB_FAST") == "1" else n


def table_counts(table, column: str) -> dict:
    """How many records of a cleaned table hold each value of a column."""
    return {str(k): int(v) for k, v in table[column].value_counts().items()}


def issues_json(processed: Path) -> str:
    """A processed folder's issues as JSON records (for assertions on codes and details)."""
    import pandas as pd

    return pd.read_parquet(processed / "issues.parquet").to_json(orient="records", force_ascii=False)


def docx_table(path: Path, title: str, rows: list[list], merges: list[tuple[int, int, int, int]] = ()) -> Path:
    """A Word document holding one table under a title paragraph, as offices keep some ledgers;
    `merges` are (row0, col0, row1, col1) cell ranges merged in Word (gridSpan, vMerge)."""
    import docx

    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = str(value)
    for r0, c0, r1, c1 in merges:
        keep = table.cell(r0, c0).text
        merged = table.cell(r0, c0).merge(table.cell(r1, c1))
        merged.text = keep  # Word keeps every merged cell's paragraphs; offices leave one text
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


def spreadsheet_ml(path: Path, sheets: dict[str, list[list]], *, encoding: str = "utf-8", hidden_rows=(), merge_title=0,
                   hidden_sheets=()) -> Path:  # fmt: skip
    """An Excel 2003 XML Spreadsheet (what many office systems export under an .xls name): rows of
    values (numbers, datetimes, text; None leaves a gap the next cell's ss:Index skips), the first
    row's title merged across `merge_title` more columns, `hidden_rows` (0-based) hidden."""
    import datetime as dt
    from xml.sax.saxutils import escape

    out = [
        f'<?xml version="1.0" encoding="{encoding}"?>',
        '<?mso-application progid="Excel.Sheet"?>',
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:x="urn:schemas-microsoft-com:office:excel">',
    ]
    for name, rows in sheets.items():
        out.append(f'<Worksheet ss:Name="{escape(name)}"><Table>')
        for r, row in enumerate(rows):
            out.append('<Row ss:Hidden="1">' if r in hidden_rows else "<Row>")
            skipped = False
            for c, value in enumerate(row):
                if value is None:
                    skipped = True
                    continue
                index = f' ss:Index="{c + 1}"' if skipped else ""
                merge = f' ss:MergeAcross="{merge_title}"' if r == 0 and c == 0 and merge_title else ""
                skipped = False
                if isinstance(value, dt.datetime):
                    data = f'<Data ss:Type="DateTime">{value:%Y-%m-%dT%H:%M:%S}.000</Data>'
                elif isinstance(value, (int, float)):
                    data = f'<Data ss:Type="Number">{value}</Data>'
                else:
                    data = f'<Data ss:Type="String">{escape(str(value))}</Data>'
                out.append(f"<Cell{index}{merge}>{data}</Cell>")
            out.append("</Row>")
        out.append("</Table>")
        if name in hidden_sheets:
            out.append("<x:WorksheetOptions><x:Visible>SheetHidden</x:Visible></x:WorksheetOptions>")
        out.append("</Worksheet>")
    out.append("</Workbook>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes("\n".join(out).encode(encoding))
    return path


def word_draft(path: Path, body_xml: str) -> Path:
    """A .docx whose body is the given WordprocessingML (w: prefix bound), for what python-docx
    cannot write: tracked changes, text boxes, fields."""
    import re
    import zipfile

    import docx

    path.parent.mkdir(parents=True, exist_ok=True)
    docx.Document().save(path)
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    xml = parts["word/document.xml"].decode("utf-8")
    parts["word/document.xml"] = re.sub(
        r"<w:body>.*?<w:sectPr", f"<w:body>{body_xml}<w:sectPr", xml, flags=re.S
    ).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def strict_ooxml(src: Path, dst: Path) -> Path:
    """`src` (a .docx or .xlsx) as Word or Excel save it as "Strict Open XML": every part naming the
    ISO namespaces and relationship types (http://purl.oclc.org/ooxml/…) instead of the transitional ones."""
    import zipfile

    names = [
        (b"schemas.openxmlformats.org/spreadsheetml/2006/main", b"purl.oclc.org/ooxml/spreadsheetml/main"),
        (b"schemas.openxmlformats.org/wordprocessingml/2006/main", b"purl.oclc.org/ooxml/wordprocessingml/main"),
        (
            b"schemas.openxmlformats.org/officeDocument/2006/relationships",
            b"purl.oclc.org/ooxml/officeDocument/relationships",
        ),
        (b"schemas.openxmlformats.org/drawingml/2006/main", b"purl.oclc.org/ooxml/drawingml/main"),
    ]
    with zipfile.ZipFile(src) as given, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as strict:
        for info in given.infolist():
            part = given.read(info)
            if info.filename.endswith((".xml", ".rels")):
                for old, new in names:
                    part = part.replace(old, new)
            strict.writestr(info, part)
    return dst


def docx_of_a_web_page(path: Path, page: bytes, name: str = "afchunk.mht", kind: str = "message/rfc822") -> Path:
    """A .docx whose body is a web page imported whole (w:altChunk), as web systems export "Word": Word
    shows the page in place; the document's own XML holds no text."""
    import io
    import zipfile

    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(buffer) as given, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as chunked:
        for info in given.infolist():
            part = given.read(info)
            if info.filename == "word/document.xml":
                part = part.replace(b"<w:sectPr", f'<w:altChunk xmlns:r="{r}" r:id="rIdPage"/><w:sectPr'.encode(), 1)
            elif info.filename == "word/_rels/document.xml.rels":
                rel = f'<Relationship Id="rIdPage" Type="{r}/aFChunk" Target="{name}"/></Relationships>'
                part = part.replace(b"</Relationships>", rel.encode())
            elif info.filename == "[Content_Types].xml":
                suffix = name.rsplit(".", 1)[1]
                part = part.replace(
                    b"</Types>", f'<Default Extension="{suffix}" ContentType="{kind}"/></Types>'.encode()
                )
            chunked.writestr(info, part)
        chunked.writestr(f"word/{name}", page)
    return path
