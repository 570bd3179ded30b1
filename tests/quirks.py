"""Hostile and careless inputs, one builder per quirk, each file named after the quirk it shows.

`QUIRKS` maps a quirk's name to how to build it in a raw folder and what must become of it: the
issue code its file ends with (a named error), or None when its records are read like any other.
Every builder writes small files (the largest is a few hundred KB) so that the whole set runs
beside the good sample ledgers in seconds; `a_million_rows` is built on its own (slow).
"""

from __future__ import annotations

import datetime
import io
import os
import re
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import builders

H = builders.ENFORCEMENT_HEADER


@dataclass(frozen=True)
class Quirk:
    build: Callable[[Path], list[Path]]  # writes into the raw folder, returns what it wrote
    code: str | None  # the issue code the file ends with; None: its records are read
    rows: int = 0  # records of it that must be kept (when code is None)
    full_size: bool = False  # built to reach a limit: a slow test
    # Its outcome is decided over every file of its kind (a column's way of writing numbers is read over all the
    # kind's files): cleaned beside the good ledger alone, never among the other quirks.
    alone: bool = False


def enforcement(start: int, n: int = 2) -> list[list]:
    """`n` good enforcement records with case numbers from `start` (unique across quirks: the quirks are cleaned
    together in one folder, where two files of one case number would be one file's records counted twice)."""
    return builders.enforcement_rows(n, start=start)


def _xlsx_with_sheet_xml(path: Path, sheet_xml: str, shared: str | None = None) -> Path:
    """A minimal .xlsx whose one sheet is the given XML (what Excel itself would never write)."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


def _sheet_with_cells(rows: list[list], special: dict[str, str]) -> str:
    """A sheet's XML of rows (numbers as numbers, texts inline), the cells named in `special` written as given (a
    formula with or without its cached value, which openpyxl cannot write)."""
    xml = [
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    ]
    for r, row in enumerate(rows, 1):
        xml.append(f'<row r="{r}">')
        for c, v in zip("ABCDEFGH", row):
            ref = f"{c}{r}"
            if ref in special:
                xml.append(special[ref])
            elif isinstance(v, int):
                xml.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v:
                xml.append(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>')
        xml.append("</row>")
    xml.append("</sheetData></worksheet>")
    return "".join(xml)


def cells_at_a1_and_xfd1048576(raw: Path) -> list[Path]:
    """1 KB: one cell at A1, one at the last cell of a sheet. Read naively, the grid is 17 billion cells."""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>'
    )
    return [_xlsx_with_sheet_xml(raw / "cells-at-a1-and-xfd1048576.xlsx", sheet)]


def an_empty_text_left_at_xfd1048576(raw: Path) -> list[Path]:
    """A register whose last cell of the sheet holds an empty text (a formula's "" pasted as a value):
    nothing shows there, yet a reader lays out the whole 17-billion-cell grid."""
    rows = "".join(
        f'<row r="{r}">'
        + "".join(f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{v}</t></is></c>' for c, v in enumerate(row))
        + "</row>"
        for r, row in enumerate([H, *enforcement(980, 2)], 1)
    )
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetData>{rows}<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t></t></is></c></row></sheetData></worksheet>'
    )
    return [_xlsx_with_sheet_xml(raw / "an-empty-text-at-xfd1048576.xlsx", sheet)]


def colspan_2_0(raw: Path) -> list[Path]:
    """An HTML "xls" whose title cell spans 2.0 columns, as one platform writes it."""
    path = raw / "colspan-2.0.xls"
    path.parent.mkdir(parents=True, exist_ok=True)
    header = "".join(f"<td>{h}</td>" for h in H)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in enforcement(7001))
    path.write_text(
        f"<html><body><table><tr><td colspan='{len(H)}.0'>执法台账</td></tr><tr>{header}</tr>{body}</table></body></html>",
        encoding="utf-8",
    )
    return [path]


def rowspan_20000_colspan_16384(raw: Path) -> list[Path]:
    """One cell spanning 20,000 rows × 16,384 columns: 327 million cells if expanded."""
    path = raw / "rowspan-20000-colspan-16384.xls"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "<html><body><table><tr><td rowspan='20000' colspan='16384'>序号</td><td>案件编号</td></tr></table></body></html>",
        encoding="utf-8",
    )
    return [path]


def control_characters(raw: Path) -> list[Path]:
    """\\x0b and \\x01 inside values (a category that is unknown, so the value reaches issues.xlsx)."""
    rows = enforcement(7101)
    rows[0][3] = "行政\x0b许可\x01审批"
    rows[1][7] = "备注\x01\x0b"
    return [builders.csv_file(raw / "control-characters.csv", [H, *rows], encoding="utf-8")]


def gbk_bytes_name(raw: Path) -> list[Path]:
    """A file name in GBK bytes, as unzip leaves the names of a zip made on a Chinese Windows."""
    raw.mkdir(parents=True, exist_ok=True)
    name = os.fsdecode(os.fsencode(raw) + b"/" + "执法台账（GBK文件名）".encode("gbk") + b".xlsx")
    return [builders.xlsx(Path(name), {"Sheet1": [H, *enforcement(7201)]})]


def symlink_to_etc_passwd(raw: Path) -> list[Path]:
    """A link in the raw folder to a file outside it (here /etc/passwd)."""
    raw.mkdir(parents=True, exist_ok=True)
    link = raw / "symlink-to-etc-passwd.csv"
    link.symlink_to("/etc/passwd")
    return [link]


def two_hundred_villagers(raw: Path) -> list[Path]:
    """A 当事人 cell listing 200 villagers (a collective petition)."""
    villagers = "、".join(f"{'张王李赵刘'[i % 5]}{chr(0x4E50 + i)}{chr(0x4F50 + i)}" for i in range(200))
    rows = enforcement(7301, 1)
    rows[0][6] = villagers
    return [builders.xlsx(raw / "two-hundred-villagers.xlsx", {"Sheet1": [H, *rows]})]


def many_issues(raw: Path) -> list[Path]:
    """12,000 records, each with a date nobody can read: more issues than one file may list."""
    rows = builders.enforcement_rows(12_000, start=20_001)
    for r in rows:
        r[5] = "某日"
    return [builders.csv_file(raw / "many-issues.csv", [H, *rows], encoding="utf-8")]


def a_cell_longer_than_the_limit(raw: Path) -> list[Path]:
    """One remark of 200,000 characters (a CSV can hold what Excel cannot)."""
    rows = enforcement(7401, 1)
    rows[0][7] = "长" * 200_000
    return [builders.csv_file(raw / "a-cell-longer-than-the-limit.csv", [H, *rows], encoding="utf-8")]


def unbalanced_quote(raw: Path) -> list[Path]:
    """A quote opened in a cell and never closed: the rest of the file is one cell."""
    path = raw / "unbalanced-quote.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [",".join(H)] + [",".join(map(str, r)) for r in enforcement(7501, 2)]
    lines.insert(2, '1,"旺草许字〔2024〕第7500号,事项' + "，补充说明" * 30_000)
    path.write_text("\n".join(lines), encoding="utf-8")
    return [path]


def truncated_xlsx(raw: Path) -> list[Path]:
    """A workbook cut off half-way (an interrupted copy)."""
    good = builders.xlsx(raw / "truncated.xlsx", {"Sheet1": [H, *enforcement(7601)]})
    data = good.read_bytes()
    good.write_bytes(data[: len(data) // 2])
    return [good]


def password_protected(raw: Path) -> list[Path]:
    return [builders.password_protected_xlsx(raw / "password-protected.xlsx")]


def zip_that_is_not_a_workbook(raw: Path) -> list[Path]:
    """A .xlsx that is a zip of something else (a renamed archive)."""
    path = raw / "zip-that-is-not-a-workbook.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "照片")
    path.write_bytes(buf.getvalue())
    return [path]


def ledger_kept_as_a_word_table(raw: Path) -> list[Path]:
    """The ledger is a table in a Word document under its title paragraph."""
    return [
        builders.docx_table(raw / "ledger-kept-as-a-word-table.docx", "2024年行政执法案件台账", [H, *enforcement(7701)])
    ]


def scanned_ledger_as_pdf(raw: Path) -> list[Path]:
    """A scan of the paper ledger, saved as PDF (named .xlsx by mistake)."""
    return _bytes(raw / "scanned-ledger-as-pdf.xlsx", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")


def photo_of_a_ledger(raw: Path) -> list[Path]:
    return _bytes(raw / "photo-of-a-ledger.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200))


def word_97_document(raw: Path) -> list[Path]:
    """A Word 97-2003 .doc: an OLE file whose main stream is WordDocument, not Workbook."""
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "WordDocument".encode("utf-16-le") + bytes(500)
    return _bytes(raw / "word-97-document.doc", ole)


def ole_garbage(raw: Path) -> list[Path]:
    """An .xls that starts like one and then is noise."""
    return _bytes(raw / "ole-garbage.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 40)


def only_a_bom(raw: Path) -> list[Path]:
    return _bytes(raw / "only-a-bom.csv", b"\xef\xbb\xbf\r\n")


def _bytes(path: Path, data: bytes) -> list[Path]:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return [path]


def lone_surrogates_and_bidi(raw: Path) -> list[Path]:
    """Text that UTF-8 cannot encode (a lone surrogate, as a broken export leaves) and bidi overrides."""
    rows = enforcement(22301)
    rows[0][2] = "事项\udcb0\u202e反向\u202c"
    rows[1][4] = "旺草镇\u2066人民政府\u2069"
    path = raw / "lone-surrogates-and-bidi.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join(",".join(map(str, r)) for r in [H, *rows])
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    return [path]


def nested_html(raw: Path) -> list[Path]:
    """HTML nested 100,000 levels deep around a table."""
    path = raw / "nested-html.xls"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("<div>" * 100_000 + "<table><tr><td>序号</td></tr></table>" + "</div>" * 100_000, encoding="utf-8")
    return [path]


def unicode_text_export(raw: Path) -> list[Path]:
    """Excel's "Unicode text" export: UTF-16 with a BOM, tab-separated, saved as .xls."""
    path = raw / "unicode-text-export.xls"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\r\n".join("\t".join(map(str, r)) for r in [H, *enforcement(7801)])
    path.write_bytes(text.encode("utf-16"))
    return [path]


def zip_bomb(raw: Path, unpacked: int = 600 * 1024**2) -> list[Path]:
    """A workbook whose shared strings unpack to `unpacked` bytes (a few hundred KB on disk)."""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
    )
    path = _xlsx_with_sheet_xml(raw / "zip-bomb.xlsx", sheet)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(
                b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
            )
            chunk = b"A" * (1 << 20)
            for _ in range(unpacked // len(chunk)):
                fh.write(chunk)
            fh.write(b"</t></si></sst>")
    return [path]


def dates_with_the_year_last(raw: Path) -> list[Path]:
    """Dates typed as English-locale Excel shows them: 05/03/2024 (5 March or May 3rd), 13/03/2024."""
    rows = enforcement(7901, 3)
    rows[0][5], rows[1][5], rows[2][5] = "05/03/2024", "13/03/2024", "7/7/2024"
    return [builders.xlsx(raw / "dates-with-the-year-last.xlsx", {"Sheet1": [H, *rows]})]


def a_stray_nul_in_a_csv(raw: Path) -> list[Path]:
    """A NUL byte inside one record of a UTF-8 CSV (a copy interrupted, a system's export gone wrong)."""
    lines = [",".join(map(str, r)) for r in [H, *enforcement(7951)]]
    lines[2] = lines[2].replace("事项", "事\x00项")
    return _bytes(raw / "a-stray-nul-in-a-csv.csv", "\n".join(lines).encode("utf-8"))


def utf16_text_without_a_bom(raw: Path) -> list[Path]:
    """Tab-separated UTF-16 text without its byte-order mark, as some systems' "Unicode" export."""
    text = "\r\n".join("\t".join(map(str, r)) for r in [H, *enforcement(7961)])
    return _bytes(raw / "utf16-text-without-a-bom.txt", text.encode("utf-16-le"))


def lines_in_gbk_and_utf8(raw: Path) -> list[Path]:
    """A GBK export with records appended in UTF-8 (two exports joined, or a line added in Notepad)."""
    lines = [",".join(map(str, r)) for r in [H, *enforcement(7971, 4)]]
    data = b"\n".join(line.encode("utf-8" if i in (2, 4) else "gbk") for i, line in enumerate(lines))
    return _bytes(raw / "lines-in-gbk-and-utf8.csv", data)


def a_link_to_a_moved_ledger(raw: Path) -> list[Path]:
    """A link left in the folder after the ledger it pointed at was moved away."""
    raw.mkdir(parents=True, exist_ok=True)
    link = raw / "a-link-to-a-moved-ledger.xlsx"
    link.symlink_to("moved/执法台账.xlsx")
    return [link]


def cells_exported_as_text_formulas(raw: Path) -> list[Path]:
    """A system's CSV export keeping numbers and dates as text: ="2024.3.5", and Excel's apostrophe."""
    rows = enforcement(7981)
    rows[0][1], rows[0][5] = f'="{rows[0][1]}"', f'="{rows[0][5]}"'
    rows[1][5] = f"'{rows[1][5]}"
    return [builders.csv_file(raw / "cells-exported-as-text-formulas.csv", [H, *rows], encoding="utf-8")]


def moments_in_utc(raw: Path) -> list[Path]:
    """Dates as a web system exports them: moments in UTC (local midnight is 16:00 the day before)."""
    rows = enforcement(7991)
    rows[0][5], rows[1][5] = "2024-03-04T16:00:00.000Z", "2023-12-31T16:00:00.000Z"
    return [builders.csv_file(raw / "moments-in-utc.csv", [H, *rows], encoding="utf-8")]


def a_workbook_of_blank_sheets(raw: Path) -> list[Path]:
    """A workbook saved with nothing in it: Sheet1 to Sheet3 blank (one cell holds only spaces)."""
    return [
        builders.xlsx(raw / "a-workbook-of-blank-sheets.xlsx", {"Sheet1": [], "Sheet2": [[None, "  "]], "Sheet3": []})
    ]


def nulls_of_a_database_export(raw: Path) -> list[Path]:
    """A database export writing NULL, null, None for cells that hold nothing, and a zero date."""
    rows = enforcement(22311, 4)
    rows[0][5], rows[1][3], rows[2][7], rows[3][5] = "NULL", "null", "None", "0000-00-00"
    return [builders.csv_file(raw / "nulls-of-a-database-export.csv", [H, *rows], encoding="utf-8")]


def lines_ending_in_a_lone_cr(raw: Path) -> list[Path]:
    """A CSV whose lines end in a lone carriage return (old Mac, some systems' exports), in GBK."""
    text = "\r".join(",".join(map(str, r)) for r in [H, *enforcement(22321)])
    return _bytes(raw / "lines-ending-in-a-lone-cr.csv", text.encode("gbk"))


def a_line_break_without_quotes(raw: Path) -> list[Path]:
    """A system's CSV writing a line break inside a 案件名称 without quotes: one record cut in two rows."""
    lines = [",".join(map(str, r)) for r in [H, *enforcement(8031, 3)]]
    lines[2] = lines[2].replace("事项8032", "事项8032（第一次\n第二次检查）")
    return _bytes(raw / "a-line-break-without-quotes.csv", "\n".join(lines).encode("utf-8"))


def an_example_row_under_the_header(raw: Path) -> list[Path]:
    """The template's example row kept under the header (序号 示例), above the year's records."""
    example = [
        "示例",
        "旺草许字〔2024〕第X号",
        "某某违法建设案",
        "行政处罚",
        "旺草镇人民政府",
        "2024.1.1",
        "某某",
        "填写示例",
    ]
    return [builders.xlsx(raw / "an-example-row-under-the-header.xlsx", {"Sheet1": [H, example, *enforcement(8051)]})]


def field_codes_under_the_titles(raw: Path) -> list[Path]:
    """A system's export with its field codes as a second header line (xh, ajbh, blrq …)."""
    codes = ["xh", "ajbh", "ajmc", "zflb", "zfdw", "blrq", "dsr", "bz"]
    return [builders.xlsx(raw / "field-codes-under-the-titles.xlsx", {"Sheet1": [H, codes, *enforcement(8061)]})]


def an_excel_tables_total_row(raw: Path) -> list[Path]:
    """An Excel table's total row: 汇总 in the first column, a SUBTOTAL saved without its value."""
    total = ["汇总", None, None, None, None, None, None, "=SUBTOTAL(103,H2:H3)"]
    return [builders.xlsx(raw / "an-excel-tables-total-row.xlsx", {"Sheet1": [H, *enforcement(8071), total]})]


def an_old_column_hidden_beside_its_successor(raw: Path, start: int = 8081) -> list[Path]:
    """Last year's 办理日期 column hidden (column F) beside this year's, titled the same."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([*H[:5], "办理日期", *H[5:]])
    for r in enforcement(start):
        ws.append([*r[:5], "2023.1.1", *r[5:]])
    ws.column_dimensions["F"].hidden = True
    path = raw / "an-old-column-hidden-beside-its-successor.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return [path]


def a_header_written_downwards(raw: Path) -> list[Path]:
    """Each column's title written downwards, one character per row (序 over 号, 案 over 件 …)."""
    header = [[t[i] if i < len(t) else None for t in H] for i in range(max(map(len, H)))]
    return [builders.xlsx(raw / "a-header-written-downwards.xlsx", {"Sheet1": [*header, *enforcement(8091)]})]


def a_damaged_merged_range(raw: Path) -> list[Path]:
    """A merged range recorded backwards and off the sheet (E4:A0), as a faulty generator writes it:
    Excel offers to repair the book; calamine refuses it whole."""
    good = builders.xlsx(raw / "tmp-merged.xlsx", {"Sheet1": [H, *enforcement(8101)]}, merged={"Sheet1": ["H2:H3"]})
    path = raw / "a-damaged-merged-range.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data.replace(b'ref="H2:H3"', b'ref="E4:A0"'))
    good.unlink()
    return [path]


def a_quarter_sheet_cut_short(raw: Path) -> list[Path]:
    """A book of one sheet per quarter whose 二季度 part was cut short (a copy interrupted, a sync
    conflict): Excel offers to repair it; calamine reads 一季度 and refuses 二季度 alone."""
    good = builders.xlsx(raw / "tmp-cut.xlsx", {"一季度": [H, *enforcement(8131)], "二季度": [H, *enforcement(8133)]})
    path = raw / "a-quarter-sheet-cut-short.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data[: len(data) // 2] if info.filename == "xl/worksheets/sheet2.xml" else data)
    good.unlink()
    return [path]


def a_json_export(raw: Path) -> list[Path]:
    """A system's raw data saved as JSON (a list of objects), put among the ledgers."""
    text = (
        "["
        + ",".join(f'{{"序号": "{r[0]}", "案件编号": "{r[1]}", "当事人": "{r[6]}"}}' for r in enforcement(8111))
        + "]"
    )
    return _bytes(raw / "a-json-export.json", text.encode("utf-8"))


def an_unquoted_comma_in_a_cell(raw: Path) -> list[Path]:
    """A CSV row whose 案件名称 holds a comma without quotes: every later cell one column to the right."""
    lines = [",".join(map(str, r)) for r in [H, *enforcement(8121, 3)]]
    lines[2] = lines[2].replace("事项8122", "事项8122,补充说明")
    return _bytes(raw / "an-unquoted-comma-in-a-cell.csv", "\n".join(lines).encode("utf-8"))


# --- round 3 ------------------------------------------------------------------------------------
def amounts_with_their_own_unit_under_a_wan_yuan_title(raw: Path) -> list[Path]:
    """罚款金额（万元） over 0.5 (万元), "5000元" and "0.2万": a cell that names its unit is worth that."""
    rows = [r + [v] for r, v in zip(enforcement(9361, 3), [0.5, "5000元", "0.2万"])]
    return [builders.xlsx(raw / "amounts-with-their-own-unit.xlsx", {"S": [[*H, "罚款金额（万元）"], *rows]})]


def a_subtotal_after_each_village(raw: Path) -> list[Path]:
    """晨光村小计 (with its count beside it) after the village's records, 广怀村合计, then 全镇总计."""
    rows = [
        H,
        *enforcement(9111),
        ["晨光村小计", 2],
        *enforcement(9113),
        ["广怀村合计", 2, "", "", "", "", "", ""],
        ["", "", "行政许可小计", "", "", "", "", "4件"],
        ["全镇总计", 4],
    ]
    return [builders.xlsx(raw / "a-subtotal-after-each-village.xlsx", {"S": rows})]


def a_summary_sheet_beside_the_villages_sheets(raw: Path) -> list[Path]:
    """A sheet per village, each ending in 合计, and a sheet 汇总 of 村 | 件数 that no kind's records fit."""
    sheets = {
        v: [H, *enforcement(n), ["合计", "", "", "", "", "", "", ""]] for v, n in (("晨光村", 9581), ("广怀村", 9584))
    }
    sheets["汇总"] = [["村", "件数"], ["晨光村", 2], ["广怀村", 2], ["合计", 4]]
    return [builders.xlsx(raw / "a-summary-sheet-beside-the-villages-sheets.xlsx", sheets)]


def cells_quoted_after_a_comma_and_a_space(raw: Path) -> list[Path]:
    """A hand-written or scripted CSV: `"序号", "案件编号", …`, and a quoted comma in one name."""
    rows = [H, *enforcement(9860, 3)]
    rows[2][2] = "事项9861，含复查, 补正"
    text = "\n".join(", ".join(f'"{c}"' for c in r) for r in rows)
    return _bytes(raw / "cells-quoted-after-a-comma-and-a-space.csv", text.encode("utf-8"))


def two_case_numbers_in_one_cell(raw: Path) -> list[Path]:
    """Two decisions pasted from a chat into one 案件编号 cell (a line break between), and 第9512、9598号."""
    rows = enforcement(9511, 3)
    rows[0][1] = "旺草许字〔2024〕第9511号\n旺草许字〔2024〕第9599号"
    rows[1][1] = "旺草许字〔2024〕第9512、9598号"
    return [builders.xlsx(raw / "two-case-numbers-in-one-cell.xlsx", {"S": [H, *rows]})]


def fields_far_right_of_a_hundred_columns(raw: Path) -> list[Path]:
    """A template padded to 100 columns: 91 titled but empty (列0…列90), one titled and filled (审核意见),
    the ledger's fields far right."""
    pad = [f"列{i}" for i in range(91)]
    rows = [[*pad, "审核意见", *H]] + [[*[""] * 91, "同意", *r] for r in enforcement(9131, 3)]
    return [builders.xlsx(raw / "fields-far-right-of-a-hundred-columns.xlsx", {"S": rows})]


MEDIATION = ["卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额"]


def a_second_ledger_right_beside_the_first(raw: Path) -> list[Path]:
    """An enforcement register and a mediation register side by side, no blank column between them."""
    mediation = [[f"（2024）某人调字第{i}号", "2024-03-05", "调解成功", "口头", 50] for i in (1, 2)]
    rows = [[*H, *MEDIATION]] + [a + b for a, b in zip(enforcement(9990), mediation)]
    return [builders.xlsx(raw / "a-second-ledger-right-beside-the-first.xlsx", {"S": rows})]


def dates_pasted_from_a_chat(raw: Path) -> list[Path]:
    """Dates pasted from WeChat: a tick or an emoji beside them, two dates on two lines of one cell."""
    rows = enforcement(9900, 4)
    rows[0][5], rows[1][5], rows[2][5] = "2024.3.5✅", "👍2024年3月6日", "2024年3月7日\n2024年3月9日"
    rows[3][5] = "2024.3.8 √"
    return [builders.xlsx(raw / "dates-pasted-from-a-chat.xlsx", {"S": [H, *rows]})]


def a_space_typed_far_below_the_table(raw: Path) -> list[Path]:
    """A good register, and one cell holding a space at Z300000: the sheet's range is 7.8 million cells."""
    import openpyxl

    path = builders.xlsx(raw / "a-space-typed-far-below-the-table.xlsx", {"S": [H, *enforcement(9991)]})
    book = openpyxl.load_workbook(path)
    book.active["Z300000"] = " "
    book.save(path)
    return [path]


def a_link_to_an_online_sheet(raw: Path) -> list[Path]:
    """A browser's shortcut to the ledger kept online (金山文档), saved among the ledgers."""
    text = "[InternetShortcut]\r\nURL=https://www.kdocs.cn/l/abcdef\r\n"
    return _bytes(raw / "a-link-to-an-online-sheet.url", text.encode("ascii"))


def a_windows_shortcut(raw: Path) -> list[Path]:
    """A Windows .lnk to a ledger on another drive (its header and a path), named like the ledger."""
    data = b"L\x00\x00\x00\x01\x14\x02\x00" + b"\x00" * 68 + "D:\\台账\\执法.xlsx".encode("utf-16-le")
    return _bytes(raw / "a-windows-shortcut.xlsx.lnk", data)


def formulas_whose_result_is_empty_or_zero(raw: Path) -> list[Path]:
    """As Excel saves them: =IF(Z2="","",Z2) computed to "" in a date (t="str", empty value), =Z3
    computed to 0 in a date, a lookup computed to "" in a category; and one formula never computed."""
    rows = [H, *enforcement(9700, 4)]
    special = {
        "F2": '<c r="F2" t="str"><f>IF(Z2="","",Z2)</f><v></v></c>',
        "F3": '<c r="F3"><f>Z3</f><v>0</v></c>',
        "D4": '<c r="D4" t="str"><f>VLOOKUP(A4,Z:Z,1,0)</f><v></v></c>',
        "F5": '<c r="F5"><f>TODAY()</f></c>',
    }
    return [_xlsx_with_sheet_xml(raw / "formulas-whose-result-is-empty-or-zero.xlsx", _sheet_with_cells(rows, special))]


def a_word_ledger_in_content_controls(raw: Path) -> list[Path]:
    """A Word template's ledger: the table inside a content control, a row and a cell each in one, a
    date typed as a tracked change (the old one deleted, the new one inserted)."""

    def tc(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    def tr(cells: list[str]) -> str:
        return "<w:tr>" + "".join(cells) + "</w:tr>"

    def sdt(xml: str) -> str:
        return f"<w:sdt><w:sdtPr/><w:sdtContent>{xml}</w:sdtContent></w:sdt>"

    header, (a, b, c) = H, enforcement(9960, 3)
    tracked = (
        '<w:tc><w:p><w:del w:id="1" w:author="x"><w:r><w:delText>2023.3.5</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="x"><w:r><w:t>2024.3.5</w:t></w:r></w:ins></w:p></w:tc>'
    )
    rows = [
        tr([tc(h) for h in header]),
        tr([tc(str(x)) for x in a]),
        sdt(tr([tc(str(x)) for x in b])),  # a row in a content control
        tr([tc(str(x)) for x in c[:5]] + [tracked] + [sdt(tc(str(x))) for x in c[6:]]),
    ]
    body = "<w:p><w:r><w:t>行政执法案件台账</w:t></w:r></w:p>" + sdt("<w:tbl>" + "".join(rows) + "</w:tbl>")
    return [builders.word_draft(raw / "a-word-ledger-in-content-controls.docx", body)]


def a_new_empty_text_file_in_a_ledgers_folder(raw: Path) -> list[Path]:
    """Right-click → 新建文本文档 in the 执法 folder, left empty beside the register."""
    builders.xlsx(raw / "执法" / "执法台账.xlsx", {"S": [H, *enforcement(9975, 3)]})
    return [*_bytes(raw / "执法" / "新建文本文档.txt", b""), raw / "执法" / "执法台账.xlsx"]


def _csv_text(rows: list[list], delimiter: str = ",") -> str:
    return "".join(delimiter.join(map(str, r)) + "\n" for r in rows)


def a_bom_and_semicolons(raw: Path) -> list[Path]:
    """A UTF-8 CSV with its BOM whose cells are parted by ; (Excel of a European locale)."""
    return _bytes(
        raw / "a-bom-and-semicolons.csv", "\ufeff".encode() + _csv_text([H, *enforcement(9801)], ";").encode()
    )


def a_bom_and_tabs(raw: Path) -> list[Path]:
    """A UTF-8 CSV with its BOM whose cells are parted by tabs."""
    return _bytes(raw / "a-bom-and-tabs.csv", "\ufeff".encode() + _csv_text([H, *enforcement(9803)], "\t").encode())


def utf16_big_endian_with_its_bom(raw: Path) -> list[Path]:
    return _bytes(raw / "utf16-big-endian.csv", b"\xfe\xff" + _csv_text([H, *enforcement(9805)]).encode("utf-16-be"))


def lines_each_quoted_whole(raw: Path) -> list[Path]:
    """Every line of the export wrapped whole in quotes: "序号,案件编号,…" (one cell per line, read naively)."""
    lines = ['"' + ",".join(map(str, r)) + '"' for r in [H, *enforcement(9807)]]
    return _bytes(raw / "lines-each-quoted-whole.csv", ("\n".join(lines) + "\n").encode("utf-8-sig"))


def a_macro_enabled_book(raw: Path) -> list[Path]:
    """A ledger kept in a macro-enabled book (.xlsm): the same workbook to read."""
    path = builders.xlsx(raw / "tmp-macro.xlsx", {"台账": [H, *enforcement(9809)]})
    return [path.rename(raw / "a-macro-enabled-book.xlsm")]


def a_workbook_named_xls(raw: Path) -> list[Path]:
    """An .xlsx renamed .xls by hand: read by what it is, not by its name."""
    path = builders.xlsx(raw / "tmp-named.xlsx", {"台账": [H, *enforcement(9811)]})
    return [path.rename(raw / "a-workbook-named.xls")]


def _rezipped(path: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    change(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def a_link_to_another_book(raw: Path) -> list[Path]:
    """A book holding an external link part (a formula once pointed at another workbook)."""
    path = builders.xlsx(raw / "a-link-to-another-book.xlsx", {"台账": [H, *enforcement(9813)]})
    part = (
        '<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main"><externalBook/></externalLink>'
    )
    return [_rezipped(path, lambda parts: parts.update({"xl/externalLinks/externalLink1.xml": part.encode()}))]


def sheets_all_very_hidden(raw: Path) -> list[Path]:
    """A book whose every sheet is very hidden (Excel's own 取消隐藏 does not list them)."""
    path = builders.xlsx(raw / "sheets-all-very-hidden.xlsx", {"台账": [H, *enforcement(9815)], "备用": [["x"]]})

    def very(parts: dict[str, bytes]) -> None:
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b'state="visible"', b'state="veryHidden"')

    return [_rezipped(path, very)]


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _ods(path: Path, rows: list[list], manifest_extra: str = "") -> Path:
    """A minimal OpenDocument spreadsheet (what LibreOffice and WPS save as .ods) of one sheet."""
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    body = "".join("<table:table-row>" + "".join(cell.format(c) for c in r) + "</table:table-row>" for r in rows)
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="台账">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
        'xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
        'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
        f'manifest:media-type="text/xml">{manifest_extra}</manifest:file-entry></manifest:manifest>'
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    return path


def an_opendocument_ledger(raw: Path) -> list[Path]:
    return [_ods(raw / "an-opendocument-ledger.ods", [H, *enforcement(9817)])]


def an_opendocument_book_with_a_password(raw: Path) -> list[Path]:
    """An .ods saved with a password: its manifest says how content.xml was encrypted."""
    extra = '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/>'
    return [_ods(raw / "an-opendocument-book-with-a-password.ods", [H, *enforcement(9819)], extra)]


def a_folder_linked_into_itself(raw: Path) -> list[Path]:
    """A folder holding a link to its own parent: walking it must end, the ledger in it read once."""
    path = builders.xlsx(raw / "a-folder-linked-into-itself" / "台账.xlsx", {"S": [H, *enforcement(9821)]})
    os.symlink("..", raw / "a-folder-linked-into-itself" / "loop")
    return [path]


def a_name_with_spaces_and_an_emoji(raw: Path) -> list[Path]:
    folder = raw / ("很长的文件夹名称" * 8) / "sub folder 🙂"
    return [builders.xlsx(folder / "执法 台账 🙂 (最终版)  .xlsx", {"S": [H, *enforcement(9823)]})]


def an_office_lock_file_beside_the_ledger(raw: Path) -> list[Path]:
    """The ledger open in Excel (~$ lock file) and in LibreOffice (.~lock…#) while the folder is read."""
    path = builders.xlsx(raw / "an-office-lock-file.xlsx", {"S": [H, *enforcement(9825)]})
    _bytes(raw / "~$an-office-lock-file.xlsx", b"\x08Administrator" + b"\x00" * 100)
    _bytes(raw / ".~lock.an-office-lock-file.xlsx#", b",Admin,PC,03.12.2026 10:00,file:///C:/;")
    return [path]


def a_book_of_only_a_chart(raw: Path) -> list[Path]:
    """A workbook whose one sheet is a chart sheet (the chart's data in a book not sent)."""
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    book = openpyxl.Workbook()
    data = book.active
    data.append([1])
    data.append([2])
    chart = BarChart()
    chart.add_data(Reference(data, min_col=1, min_row=1, max_row=2))
    book.create_chartsheet("图表").add_chart(chart)
    book.remove(data)
    path = raw / "a-book-of-only-a-chart.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return [path]


def a_big5_csv(raw: Path) -> list[Path]:
    """A CSV in Big5 (traditional Chinese), as a traditional-Chinese Windows or system writes it."""
    header = ["序號", "案件編號", "案件名稱", "執法類別", "執法單位", "辦理日期", "當事人", "備註"]
    row = [1, "旺草許字〔2024〕第9827號", "事項", "行政許可", "旺草鎮人民政府", "2024.3.5", "某甲", ""]
    return _bytes(raw / "a-big5.csv", _csv_text([header, row]).encode("big5"))


def text_apostrophes_kept_in_a_workbook(raw: Path) -> list[Path]:
    """A system's export into a workbook that kept Excel's text apostrophe as a character ('2024-03-05):
    before, every date was unreadable and the records left out."""
    rows = enforcement(8701)
    for row in rows:
        row[5] = "'2024-03-05"
    return [builders.xlsx(raw / "text-apostrophes-kept.xlsx", {"S": [H, *rows]})]


def lines_pasted_into_one_column(raw: Path) -> list[Path]:
    """A text export pasted into a sheet: each line one cell of column B, its cells parted by tabs, under a
    title. Before: file.unknown_kind ("no known header"), its records lost."""
    lines = [["", "2024年行政执法台账"], *(["", "\t".join(map(str, r))] for r in [H, *enforcement(8711)])]
    return [builders.xlsx(raw / "lines-pasted-into-one-column.xlsx", {"S": lines})]


def dates_in_excels_english_month_format(raw: Path) -> list[Path]:
    """A CSV saved from a book whose dates were formatted 5-Mar-24 (a built-in Excel date format), or
    exported by a system of another locale (Mar 5, 2024)."""
    rows = [[*r[:5], day, *r[6:]] for r, day in zip(enforcement(970, 3), ("5-Mar-24", "Mar 6, 2024", "07-Mar-2024"))]
    return [builders.csv_file(raw / "english-month-dates.csv", [H, *rows], encoding="utf-8-sig")]


def a_macro_sheet_in_the_book(raw: Path) -> list[Path]:
    """A ledger kept in a book that also holds an Excel 4.0 macro sheet (宏表, as old systems' templates
    do): calamine refuses the whole book for it."""
    plain = builders.xlsx(raw / "macro.tmp.xlsx", {"执法": [H, *enforcement(1100)]})

    def with_macro_sheet(parts: dict[str, bytes]) -> None:
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            b"</sheets>",
            b'<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="Macro1" '
            b'sheetId="9" r:id="rId99"/></sheets>',
        )
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>",
            b'<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet" '
            b'Target="macrosheets/sheet1.xml"/></Relationships>',
        )
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>",
            b'<Override PartName="/xl/macrosheets/sheet1.xml" ContentType="application/vnd.ms-excel.macrosheet+xml"/></Types>',
        )
        parts["xl/macrosheets/sheet1.xml"] = (
            b'<?xml version="1.0"?><xm:macrosheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData><row r="1"><c r="A1">'
            b"<f>HALT()</f></c></row></sheetData></xm:macrosheet>"
        )

    book = _rezipped(plain, with_macro_sheet).rename(raw / "带宏表的执法台账.xlsm")
    return [book]


def _only_sheets_of_macros(raw: Path, name: str, dialog: bool) -> list[Path]:
    """A book whose only sheet is an Excel 4.0 macro sheet (or, `dialog`, an Excel 5 dialog sheet): no worksheet."""
    (book,) = a_macro_sheet_in_the_book(raw)

    def without_its_worksheet(parts: dict[str, bytes]) -> None:
        parts["xl/workbook.xml"] = re.sub(rb'<sheet [^>]*r:id="rId1"/>', b"", parts["xl/workbook.xml"])
        del parts["xl/worksheets/sheet1.xml"]
        if dialog:
            for part in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"):
                parts[part] = (
                    parts[part]
                    .replace(b"schemas.microsoft.com/office/2006/relationships/xlMacrosheet", _DIALOG_RELATION)
                    .replace(b"macrosheets/sheet1.xml", b"dialogsheets/sheet1.xml")
                    .replace(b"application/vnd.ms-excel.macrosheet+xml", _DIALOG_CONTENT)
                )
            del parts["xl/macrosheets/sheet1.xml"]
            parts["xl/dialogsheets/sheet1.xml"] = (
                b'<?xml version="1.0"?><dialogsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b"<sheetData/></dialogsheet>"
            )

    return [_rezipped(book, without_its_worksheet).rename(raw / name)]


_DIALOG_RELATION = b"schemas.openxmlformats.org/officeDocument/2006/relationships/dialogsheet"
_DIALOG_CONTENT = b"application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml"


def a_book_of_only_a_macro_sheet(raw: Path) -> list[Path]:
    """An old system's macro template (宏表 only) sent for the register: before, "文件是空的"."""
    return _only_sheets_of_macros(raw, "只有宏表的工作簿.xlsm", dialog=False)


def a_book_of_only_a_dialog_sheet(raw: Path) -> list[Path]:
    """A book holding nothing but an Excel 5 dialog sheet (对话框): before, "文件是空的"."""
    return _only_sheets_of_macros(raw, "只有对话框的工作簿.xlsm", dialog=True)


def a_word_ledger_saved_as_strict_open_xml(raw: Path) -> list[Path]:
    """A ledger kept as a Word table, saved as "Strict Open XML 文档" (Word's other .docx)."""
    plain = builders.docx_table(raw / "plain.tmp.docx", "2024年行政执法案件台账", [H, *enforcement(1110)])
    strict = builders.strict_ooxml(plain, raw / "strict-open-xml-ledger.docx")
    plain.unlink()
    return [strict]


def an_excel_save_left_unfinished(raw: Path) -> list[Path]:
    """The temporary file Excel leaves when a save is cut off (8 hex digits, no suffix), half written."""
    return _bytes(raw / "5E3A1C20", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)


def a_numbers_spreadsheet_from_a_mac(raw: Path) -> list[Path]:
    """A ledger kept in Apple's Numbers: a zip of .iwa parts (named an archive before, with advice to unzip it)."""
    path = raw / "执法台账.numbers"
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Index/Document.iwa", b"\x00" * 64)
        z.writestr("Metadata/Properties.plist", b"<plist/>")
    return [path]


def a_word_ledger_that_is_an_imported_web_page(raw: Path) -> list[Path]:
    """A web system's "Word" export of the ledger: a .docx whose body is an MHT page imported whole
    (w:altChunk), its table in the page (the document's own XML holds none)."""
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [H, *enforcement(1120)])
    page = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        b'Content-Type: text/html; charset="utf-8"\r\n\r\n'
        + f"<html><body><p>2024年行政执法案件台账</p><table>{table}</table></body></html>".encode()
        + b"\r\n--b--\r\n"
    )
    return [builders.docx_of_a_web_page(raw / "web-export-ledger.docx", page)]


def _word_table(rows: list[list]) -> str:
    """A Word table's XML (w: prefix bound) of text cells."""
    cells = ("".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in row) for row in rows)
    return "<w:tbl>" + "".join(f"<w:tr>{tr}</w:tr>" for tr in cells) + "</w:tbl>"


def a_word_ledger_in_a_text_box(raw: Path) -> list[Path]:
    """A ledger drawn in a text box (to place it on the page), with the copy Word keeps for old versions
    (mc:Fallback) beside it. Before: "一份 Word 文档（其中没有表格）", an error, its records lost."""
    inner = "<w:p><w:r><w:t>2024年行政执法案件台账</w:t></w:r></w:p>" + _word_table([H, *enforcement(1130)])
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    body = (
        f'<w:p><w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>'
        f"<w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
        f"<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p>"
    )
    return [builders.word_draft(raw / "ledger-in-a-text-box.docx", body)]


def a_word_ledger_inside_a_framing_table(raw: Path) -> list[Path]:
    """A form's border drawn as a one-column table, its title and the ledger inside its cell. Before:
    file.unknown_kind, "首行为：…" (the frame's one cell), its records lost."""
    inner = "<w:p><w:r><w:t>2024年行政执法案件台账</w:t></w:r></w:p>" + _word_table([H, *enforcement(1140)])
    body = f"<w:tbl><w:tr><w:tc>{inner}<w:p/></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>填表人：</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    return [builders.word_draft(raw / "ledger-inside-a-framing-table.docx", body)]


def _web_archive(parts: list[tuple[str, str]], encoding: str, transfer: str) -> str:
    """A MIME web archive (.mht) of the given (location, page) parts, as Excel or a browser saves one."""
    import base64
    import quopri

    out = 'MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: multipart/related;\r\n\tboundary="----=_NextPart_01"\r\n\r\n'
    for where, page in parts:
        data = page.encode(encoding)
        body = (base64.encodebytes(data) if transfer == "base64" else quopri.encodestring(data)).decode("ascii")
        kind = "text/css" if where.endswith(".css") else "text/html"  # the book's stylesheet.css
        out += (
            f"------=_NextPart_01\r\nContent-Location: {where}\r\nContent-Transfer-Encoding: {transfer}\r\n"
            f'Content-Type: {kind}; charset="{encoding}"\r\n\r\n{body}\r\n'
        )
    return out + "------=_NextPart_01--\r\n"


def _page(rows: list[list]) -> str:
    return (
        "<html><body><table>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        + "</table></body></html>"
    )


def a_web_archive_saved_as_xls(raw: Path) -> list[Path]:
    """A system's export that is a web archive (MIME, the page quoted-printable) named .xls. Before:
    file.unknown_kind quoting a header of =E5=BA=8F=E5=8F=B7, its records lost."""
    text = _web_archive(
        [("file:///C:/export/sheet001.htm", _page([H, *enforcement(1150)]))], "utf-8", "quoted-printable"
    )
    path = raw / "web-archive-named-xls.xls"
    path.write_text(text, encoding="ascii")
    return [path]


def excels_single_file_web_page(raw: Path) -> list[Path]:
    """Excel's 单个文件网页 (.mht) of a book of two sheets, in GB2312 and base64: a first page naming the
    sheets, a page per sheet and a tab strip (a table of the sheets' names, no sheet). Before: a page of
    base64 text, no table."""
    frame = (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><xml><x:ExcelWorkbook><x:ExcelWorksheets>'
        '<x:ExcelWorksheet><x:Name>一季度</x:Name><x:WorksheetSource HRef="cid:book_files/sheet001.htm"/></x:ExcelWorksheet>'
        '<x:ExcelWorksheet><x:Name>二季度</x:Name><x:WorksheetSource HRef="cid:book_files/sheet002.htm"/></x:ExcelWorksheet>'
        '</x:ExcelWorksheets></x:ExcelWorkbook></xml></head><frameset><frame src="book_files/sheet001.htm"></frameset></html>'
    )
    parts = [
        ("file:///C:/book.htm", frame),
        ("file:///C:/book_files/sheet001.htm", _page([H, *enforcement(1160)])),
        ("file:///C:/book_files/sheet002.htm", _page([H, *enforcement(1162)])),
        ("file:///C:/book_files/tabstrip.htm", _page([["一季度", "二季度"]])),
    ]
    path = raw / "single-file-web-page.mht"
    path.write_text(_web_archive(parts, "gb2312", "base64"), encoding="ascii")
    return [path]


def a_web_page_whose_parts_excel_named_in_chinese(raw: Path) -> list[Path]:
    """Excel's 单个文件网页 of a book named 台账, its parts' Content-Location written in GB2312 as Excel writes the
    file's name (file:///C:/5A3D8E21/台账.files/sheet001.htm), the pages quoted-printable. Before: the parser's
    undecoded header taken for text, the whole archive file.unreadable (every record of the book lost)."""
    frame = (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><xml><x:ExcelWorkbook><x:ExcelWorksheets>'
        '<x:ExcelWorksheet><x:Name>上半年</x:Name><x:WorksheetSource HRef="台账.files/sheet001.htm"/></x:ExcelWorksheet>'
        '<x:ExcelWorksheet><x:Name>下半年</x:Name><x:WorksheetSource HRef="台账.files/sheet002.htm"/></x:ExcelWorksheet>'
        "</x:ExcelWorksheets></x:ExcelWorkbook></xml></head><frameset></frameset></html>"
    )
    parts = [
        ("file:///C:/5A3D8E21/台账.htm", frame),
        ("file:///C:/5A3D8E21/台账.files/sheet001.htm", _page([H, *enforcement(1164)])),
        ("file:///C:/5A3D8E21/台账.files/sheet002.htm", _page([H, *enforcement(1166)])),
        ("file:///C:/5A3D8E21/台账.files/tabstrip.htm", _page([["上半年", "下半年"]])),
    ]
    return _bytes(
        raw / "web-page-parts-named-in-chinese.mht", _web_archive(parts, "gb2312", "quoted-printable").encode("gb2312")
    )


def amounts_exported_the_european_way(raw: Path) -> list[Path]:
    """A system's export from Excel of a European locale: cells parted by ;, 罚款金额 written 1.234,50, 500,00 and
    2.500 (the comma the decimal point, the dot parting thousands). Before: 1.234,50 and 500,00 unreadable,
    2.500 read as 2.5 yuan."""
    rows = [[*H, "罚款金额（元）"]] + [
        [*r, amount] for r, amount in zip(enforcement(1170, 3), ["1.234,50", "500,00", "2.500"], strict=True)
    ]
    return _bytes(raw / "amounts-exported-the-european-way.csv", _csv_text(rows, ";").encode())


def a_quote_never_closed_in_a_short_export(raw: Path) -> list[Path]:
    """A CSV whose third record's 案件名称 opens a quote never closed (事项 typed as "事项): the reader makes one
    cell of the rest of the file. Before: the two records after it lost without a word, the third named as
    missing its 执法类别 and 办理日期."""
    lines = [",".join(H)] + [",".join(map(str, r)) for r in enforcement(1180, 5)]
    lines[3] = lines[3].replace("事项", '"事项', 1)
    return _bytes(raw / "a-quote-never-closed.csv", ("\n".join(lines) + "\n").encode())


def a_text_lined_up_by_spaces(raw: Path) -> list[Path]:
    """A register exported as text whose columns are lined up by spaces (Excel's 带格式文本 .prn, a system's
    print to a file), in GBK. Before: file.unreadable, "已损坏或不是表格文件", advice to open it in Excel."""
    import unicodedata

    def padded(value: object, width: int = 26) -> str:
        text = str(value)
        return text + " " * max(2, width - sum(1 + (unicodedata.east_asian_width(c) in "WF") for c in text))

    lines = ["".join(padded(c) for c in row).rstrip() for row in [H, *enforcement(1190)]]
    return _bytes(raw / "a-text-lined-up-by-spaces.prn", ("\r\n".join(lines) + "\r\n").encode("gbk"))


def a_ruled_line_under_the_header(raw: Path) -> list[Path]:
    """A register kept as a Markdown table: | 序号 | 案件编号 | …, a line |---|---| under the header. Before: the
    ruled line was a record missing its 案件编号, an error."""
    lines = ["| " + " | ".join(map(str, row)) + " |" for row in [H, *enforcement(1195)]]
    lines.insert(1, "|" + "---|" * len(H))
    return _bytes(raw / "a-ruled-line-under-the-header.md", ("\n".join(lines) + "\n").encode())


def a_byte_order_mark_before_gbk_text(raw: Path) -> list[Path]:
    """A GBK export a tool "converted to UTF-8" by putting the UTF-8 byte-order mark before it, and nothing
    else. Before: every title mangled (序号 as ���), file.unknown_kind, and line 1 named as of another encoding."""
    return _bytes(raw / "a-bom-before-gbk-text.csv", b"\xef\xbb\xbf" + _csv_text([H, *enforcement(1200)]).encode("gbk"))


def two_sheets_of_one_name(raw: Path) -> list[Path]:
    """A book whose two sheets are both named 台账 (a system's export; Excel refuses such a book, then repairs it)."""
    path = builders.xlsx(
        raw / "two-sheets-of-one-name.xlsx", {"甲": [H, *enforcement(8001)], "乙": [H, *enforcement(8011)]}
    )
    return [
        _rezipped(
            path,
            lambda parts: parts.update(
                {
                    "xl/workbook.xml": parts["xl/workbook.xml"]
                    .replace('name="甲"'.encode(), 'name="台账"'.encode())
                    .replace('name="乙"'.encode(), 'name="台账"'.encode())
                }
            ),
        )
    ]


def backups_beside_their_ledger(raw: Path) -> list[Path]:
    """What programs leave beside a ledger they saved: 台账.xlsx.bak and 台账.xlsx~ (the file before its last save),
    Excel's 始终创建备份 copy Backup of 台账.xlk. Each holds a record since deleted (8103) and one since corrected
    (8102: 行政许可, now 行政处罚)."""
    now = builders.enforcement_rows(2, start=8101, category="行政处罚")
    before = builders.enforcement_rows(3, start=8101, category="行政处罚")
    before[1][3] = "行政许可"
    ledger = builders.xlsx(raw / "2024年执法台账.xlsx", {"Sheet1": [H, *now]})
    names = ["2024年执法台账.xlsx.bak", "2024年执法台账.xlsx~", "Backup of 2024年执法台账.xlk"]
    return [ledger, *(builders.xlsx(raw / n, {"Sheet1": [H, *before]}) for n in names)]


def rows_a_clerk_hides_without_hiding_them(raw: Path) -> list[Path]:
    """Records hidden the ways a clerk hides them without Excel's 隐藏: row 3 given no height (ht="0", no hidden flag),
    row 4 typed in white on no fill, row 5 in the number format ;;; (shows nothing). Row 6 is white on a dark blue
    fill: seen. Cases 12101–12105."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "执法台账"
    for row in [H, *builders.enforcement_rows(5, start=12101)]:
        ws.append(row)
    for cell in ws[4]:
        cell.font = Font(color="FFFFFFFF")
    for cell in ws[5]:
        cell.number_format = ";;;"
    for cell in ws[6]:
        cell.font = Font(color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor="FF1F3864")
    path = raw / "rows-hidden-without-hiding.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)

    def shut_row_3(parts: dict[str, bytes]) -> None:
        sheet = parts["xl/worksheets/sheet1.xml"]
        assert b'<row r="3">' in sheet
        parts["xl/worksheets/sheet1.xml"] = sheet.replace(b'<row r="3">', b'<row r="3" ht="0" customHeight="1">')

    return [_rezipped(path, shut_row_3)]


def _as_windows_western(data: bytes) -> str:
    """Bytes decoded as Windows' Western European code page (1252) decodes them, its five undefined bytes passed
    through as the characters of their number."""
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data)


def chinese_decoded_as_western_and_saved_again(raw: Path, encoding: str = "utf-8") -> list[Path]:
    """A CSV export opened by a program set to Western European and saved again as UTF-8: a UTF-8 export's Chinese
    became æ¡ˆä»¶ç¼–å·…, a GBK one's °¸¼þ±àºÅ…. Cases 12201–12202 (12211–12212 for GBK)."""
    start = 12201 if encoding == "utf-8" else 12211
    text = "\r\n".join(",".join(map(str, r)) for r in [H, *enforcement(start)]) + "\r\n"
    return _bytes(raw / f"乱码-{encoding}.csv", _as_windows_western(text.encode(encoding)).encode("utf-8"))


def an_opendocument_sheet_with_hidden_and_filtered_rows(raw: Path) -> list[Path]:
    """An .ods (LibreOffice, WPS) whose row 3 is hidden (table:visibility="collapse") and row 4 filtered out
    ("filter"), written by hand as LibreOffice writes them. Cases 12131–12134."""
    cell = "<table:table-cell office:value-type='string'><text:p>{}</text:p></table:table-cell>"
    shown = {2: " table:visibility='collapse'", 3: " table:visibility='filter'"}
    body = "".join(
        f"<table:table-row{shown.get(i, '')}>" + "".join(cell.format(c) for c in r) + "</table:table-row>"
        for i, r in enumerate([H, *builders.enforcement_rows(4, start=12131)])
    )
    content = (
        "<?xml version='1.0' encoding='UTF-8'?><office:document-content "
        "xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
        "xmlns:table='urn:oasis:names:tc:opendocument:xmlns:table:1.0' "
        "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' office:version='1.2'><office:body>"
        f"<office:spreadsheet><table:table table:name='执法台账'>{body}</table:table></office:spreadsheet>"
        "</office:body></office:document-content>"
    )
    manifest = (
        "<?xml version='1.0' encoding='UTF-8'?><manifest:manifest "
        "xmlns:manifest='urn:oasis:names:tc:opendocument:xmlns:manifest:1.0' manifest:version='1.2'>"
        "<manifest:file-entry manifest:full-path='/' "
        "manifest:media-type='application/vnd.oasis.opendocument.spreadsheet'/>"
        "<manifest:file-entry manifest:full-path='content.xml' manifest:media-type='text/xml'/></manifest:manifest>"
    )
    path = raw / "opendocument-hidden-rows.ods"
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    return [path]


def a_sylk_export_named_xls(raw: Path) -> list[Path]:
    """An old system's export in SYLK (Excel's symbolic link format: ID;P…, a C; record per cell), named .xls."""
    lines = ["ID;PWXL;N;E"]
    for i, row in enumerate([H, *enforcement(8401)], 1):
        lines += [f'C;Y{i};X{j};K"{str(v).replace(";", ";;")}"' for j, v in enumerate(row, 1)]
    return _bytes(raw / "a-sylk-export.xls", "\r\n".join([*lines, "E"]).encode("gbk"))


def a_dif_export(raw: Path) -> list[Path]:
    """An old system's export in DIF (Data Interchange Format: TABLE, VECTORS, TUPLES, then a value per line)."""
    rows = [H, *enforcement(8501)]
    lines = [
        "TABLE",
        "0,1",
        '""',
        "VECTORS",
        f"0,{len(H)}",
        '""',
        "TUPLES",
        f"0,{len(rows)}",
        '""',
        "DATA",
        "0,0",
        '""',
    ]
    for row in rows:
        lines += ["-1,0", "BOT", *(x for v in row for x in ("1,0", f'"{v}"'))]
    return _bytes(raw / "a-dif-export.dif", "\r\n".join([*lines, "-1,0", "EOD"]).encode("gbk"))


def an_xls_with_an_opening_password(raw: Path) -> list[Path]:
    """An Excel 97-2003 book with an opening password: a FILEPASS record right after the Workbook stream's BOF (RC4
    CryptoAPI), the records after it ciphered. No EncryptionInfo stream: that is how a password-protected .xlsx is kept."""
    from devtowns import books

    stream = books.biff_workbook(books.Book("x.xls", [books.Sheet("台账", [H, *enforcement(8601)])], fmt="biff"))
    after_bof = 4 + struct.unpack_from("<H", stream, 2)[0]
    filepass = books._rec(0x002F, struct.pack("<HHH", 1, 4, 2) + bytes(48))
    return _bytes(
        raw / "an-xls-with-a-password.xls", books.ole_bytes(stream[:after_bof] + filepass + stream[after_bof:])
    )


def a_word_ledger_cut_short(raw: Path) -> list[Path]:
    """A Word ledger cut off half-way (a copy or a download interrupted)."""
    path = builders.docx_table(raw / "a-word-ledger-cut-short.docx", "2024年行政执法案件台账", [H, *enforcement(8801)])
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return [path]


def a_word_ledger_damaged_inside(raw: Path) -> list[Path]:
    """A Word ledger whole as a package but its body cut half-way (a program's slip while saving)."""
    path = builders.docx_table(
        raw / "a-word-ledger-damaged-inside.docx", "2024年行政执法案件台账", [H, *enforcement(22331)]
    )

    def body_cut(parts: dict[str, bytes]) -> None:
        parts["word/document.xml"] = parts["word/document.xml"][: len(parts["word/document.xml"]) // 2]

    return [_rezipped(path, body_cut)]


def a_year_typed_1024_in_libreoffice(raw: Path) -> Path:
    """A decision date typed 1024-3-5 for 2024-3-5 in LibreOffice or WPS, which made it a date and saved it as a negative
    serial (Excel cannot hold a date before 1900), beside a fine of -50 typed as a number."""
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([*H, "罚没金额"])
    for row in enforcement(8901, 3):
        sheet.append([*row, 100])
    sheet["F2"] = dt.datetime(1024, 3, 5)
    sheet["F2"].number_format = "yyyy-mm-dd"
    sheet["I3"] = -50
    raw.mkdir(parents=True, exist_ok=True)
    book.save(raw / "a-year-typed-1024.xlsx")
    return raw / "a-year-typed-1024.xlsx"


def a_link_to_a_pipe_outside_the_folder(raw: Path) -> list[Path]:
    """A link leading out of the folder to a named pipe: opening a pipe for reading waits for a writer forever."""
    raw.mkdir(parents=True, exist_ok=True)
    pipe = raw.parent / "a-pipe"
    if not pipe.exists():
        os.mkfifo(pipe)
    (raw / "a-link-to-a-pipe.csv").symlink_to(pipe)
    return [raw / "a-link-to-a-pipe.csv"]


def a_damaged_formatting_part(raw: Path) -> list[Path]:
    """A register whose formatting part (xl/styles.xml) was cut short (a sync or a script's slip), its decision
    dates real dates formatted as such: every cell is intact, and Excel offers to repair the book."""
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(H)
    for row in enforcement(9401, 2):
        sheet.append([*row[:5], dt.datetime(2024, 3, 5), *row[6:]])
        sheet.cell(sheet.max_row, 6).number_format = "yyyy-mm-dd"
    raw.mkdir(parents=True, exist_ok=True)
    path = raw / "a-damaged-formatting-part.xlsx"
    book.save(path)
    return [_rezipped(path, lambda parts: parts.update({"xl/styles.xml": parts["xl/styles.xml"][:200]}))]


def folders_programs_keep_among_the_ledgers(raw: Path) -> list[Path]:
    """The ledgers kept under version control (.git), copied from a USB drive (its recycle bin holding a deleted copy
    of a register, System Volume Information) and unzipped from a Mac's zip (__MACOSX, ._ files)."""
    git = raw / ".git"
    (git / "objects" / "4b").mkdir(parents=True, exist_ok=True)
    (git / "HEAD").write_text("ref: refs/heads/main\n", encoding="ascii")
    (git / "config").write_text("[core]\n\trepositoryformatversion = 0\n", encoding="ascii")
    (git / "objects" / "4b" / "825dc642cb6eb9a060e54bf8d69288fbee4904").write_bytes(b"x\x01+)JMU0\xb4d\x00\x00")
    deleted = builders.xlsx(raw / "$RECYCLE.BIN" / "S-1-5-21" / "$R1A2B3C.xlsx", {"S": [H, *enforcement(9411, 2)]})
    (raw / "System Volume Information").mkdir()
    (raw / "System Volume Information" / "IndexerVolumeGuid").write_bytes("{1F2E}".encode("utf-16"))
    (raw / "__MACOSX").mkdir()
    apple_double = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + b"\x00" * 64
    (raw / "__MACOSX" / "._台账.xlsx").write_bytes(apple_double)
    return [git, deleted, raw / "System Volume Information", raw / "__MACOSX"]


def _xlsb_record(kind: int, body: bytes = b"") -> bytes:
    """One BIFF12 record: its type and size as variable-length integers (7 bits a byte), then its body."""
    head = bytes([kind]) if kind < 0x80 else bytes([(kind & 0x7F) | 0x80, kind >> 7])
    size, length = len(body), b""
    while True:
        length += bytes([(size & 0x7F) | (0x80 if size >= 0x80 else 0)])
        size >>= 7
        if not size:
            break
    return head + length + body


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def _xlsb(path: Path, sheets: dict[str, list[list] | None]) -> Path:
    """A minimal Excel binary workbook (.xlsb: BIFF12 records in a zip) of the given worksheets; a sheet given as
    None is a chart sheet (a chart over the ledger, as Excel saves it beside the sheet it draws)."""
    parts, bundle, rels = {}, b"", ""
    for n, (name, rows) in enumerate(sheets.items(), 1):
        folder = "chartsheets" if rows is None else "worksheets"
        rels += f'<Relationship Id="rId{n}" Type="x" Target="{folder}/sheet{n}.bin"/>'
        bundle += _xlsb_record(0x9C, struct.pack("<II", 0, n) + _wide(f"rId{n}") + _wide(name))
        if rows is None:
            parts[f"xl/chartsheets/sheet{n}.bin"] = _xlsb_record(0x81) + _xlsb_record(0x82)
            continue
        width = max(len(r) for r in rows)
        data = _xlsb_record(0x81) + _xlsb_record(0x94, struct.pack("<IIII", 0, len(rows) - 1, 0, width - 1))
        data += _xlsb_record(0x91)
        for r, row in enumerate(rows):
            data += _xlsb_record(0x00, struct.pack("<I", r) + b"\x00" * 13)
            for c, value in enumerate(row):
                if isinstance(value, (int, float)):
                    data += _xlsb_record(0x05, struct.pack("<IId", c, 0, value))
                else:
                    data += _xlsb_record(0x06, struct.pack("<II", c, 0) + _wide(str(value)))
        parts[f"xl/worksheets/sheet{n}.bin"] = data + _xlsb_record(0x92) + _xlsb_record(0x82)
    parts["xl/workbook.bin"] = (
        _xlsb_record(0x83) + _xlsb_record(0x8F) + bundle + _xlsb_record(0x90) + _xlsb_record(0x84)
    )
    parts["xl/_rels/workbook.bin.rels"] = f'<?xml version="1.0"?><Relationships>{rels}</Relationships>'
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
        "</Types>"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def a_binary_workbook_with_a_chart_sheet(raw: Path) -> list[Path]:
    """A register kept in Excel's binary workbook (.xlsb, saved so for its size), with a chart sheet beside it."""
    return [_xlsb(raw / "a-binary-workbook-with-a-chart.xlsb", {"台账": [H, *enforcement(9421, 2)], "图表": None})]


def a_binary_workbook_of_only_a_chart(raw: Path) -> list[Path]:
    """A binary workbook (.xlsb) holding only a chart sheet: the chart's data are in a book not sent."""
    return [_xlsb(raw / "a-binary-workbook-of-only-a-chart.xlsb", {"图表": None})]


def _rtf_text(text: str, unicode: bool) -> str:
    """Text as Word writes it into RTF: ASCII as is, other characters as \\uN with a GBK fallback (unicode), or as
    GBK bytes \\'hh of the document's code page."""
    out = ""
    for ch in str(text):
        if ord(ch) < 128:
            out += {"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(ch, ch)
            continue
        hexes = "".join(f"\\'{b:02x}" for b in ch.encode("gbk"))
        out += f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}{hexes}" if unicode else hexes
    return out


def a_ledger_saved_as_rtf_named_doc(raw: Path) -> list[Path]:
    """A web system's "Word" export that is Rich Text Format named .doc, as Word writes RTF: font table in GBK,
    a style sheet, document info, a picture in hex and in binary, a page header, a title paragraph, the register's
    rows (every other one in \\uN with its fallback), a 执法单位 merged down two rows, a small table nested in a
    remark, and a signature line under it."""
    rows = [H, *enforcement(9431, 3)]
    t = lambda v, n=0: _rtf_text(v, unicode=n % 2 == 1)  # noqa: E731
    cells = "".join(f"\\clbrdrt\\brdrs\\brdrw10 \\cellx{1200 * (i + 1)}" for i in range(len(H)))
    body = ""
    for n, row in enumerate(rows):
        texts = [t(v, n) for v in row]
        if n == 2:
            texts[4] = ""  # merged with the cell above (\clvmrg)
        if n == 3:
            nested = f"\\pard\\intbl\\itap2 {t('附件')}\\nestcell {t('无')}\\nestcell{{\\*\\nesttableprops\\trowd\\cellx500\\cellx900\\nestrow}}"
            texts[7] = nested + "\\pard\\intbl\\itap1 "
        merge = "\\clvmgf" if n == 1 else "\\clvmrg" if n == 2 else ""
        defs = cells.replace("\\cellx6000", f"{merge}\\cellx6000")
        body += f"\\trowd\\trgaph108\\trleft-108{defs}\n"
        body += "".join(f"\\pard\\plain\\intbl\\f0\\fs21 {c}\\cell " for c in texts) + "\\row\n"
    doc = (
        "{\\rtf1\\ansi\\ansicpg936\\uc2\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 "
        + _rtf_text("宋体", False)
        + ";}}{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}{\\*\\generator "
        + _rtf_text("某系统导出", False)
        + ";}"
        + "{\\info{\\title "
        + _rtf_text("执法台账", False)
        + "}}{\\header\\pard "
        + _rtf_text("页眉：某系统", False)
        + "\\par}\n{\\pict\\pngblip\\picw10\\pich10 89504e470d0a1a0a}{\\pict\\wmetafile8\\bin4 {}{}}\n"
        + "\\pard\\qc "
        + _rtf_text("2024年行政执法台账", False)
        + "\\par\n"
        + body
        + "\\pard "
        + _rtf_text("填表人：某某", True)
        + "\\par}"
    )
    path = raw / "a-ledger-saved-as-rtf.doc"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(doc, encoding="ascii")
    return [path]


def a_book_written_with_prefixed_names(raw: Path) -> list[Path]:
    """A register a system built on the Open XML SDK exported: every element of the book named with a prefix
    (<x:row>, <x:c>, <x:font>), its third record struck through (deleted) and the second's date an error value."""
    import re

    import openpyxl
    from openpyxl.styles import Font

    rows = enforcement(9441, 3)
    rows[1][5] = "#REF!"
    path = builders.xlsx(raw / "a-book-with-prefixed-names.xlsx", {"台账": [H, *rows]})
    book = openpyxl.load_workbook(path)
    for cell in book.active[4]:
        cell.font = Font(strike=True)
    book.save(path)
    main = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'

    def prefixed(parts: dict[str, bytes]) -> None:
        for name, data in parts.items():
            if name.startswith("xl/") and main in data[:1000]:
                data = data.replace(main, main.replace(b"xmlns=", b"xmlns:x="), 1)
                parts[name] = re.sub(rb"<(/?)(?![?!])([A-Za-z]+)(?=[\s>/])", rb"<\1x:\2", data)

    return [_rezipped(path, prefixed)]


def a_hidden_old_column_written_by_apache_poi(raw: Path) -> list[Path]:
    """`an_old_column_hidden_beside_its_successor` as a Java system's export writes it with Apache POI: hidden="true"
    (a boolean Excel itself writes 1), on the column and on a row."""
    path = raw / "a-hidden-old-column-written-by-apache-poi.xlsx"
    an_old_column_hidden_beside_its_successor(raw, start=22341)[0].rename(path)

    def poi(parts: dict[str, bytes]) -> None:
        sheet = parts["xl/worksheets/sheet1.xml"].replace(b'hidden="1"', b'hidden="true"')
        parts["xl/worksheets/sheet1.xml"] = sheet.replace(b'<row r="3"', b'<row r="3" hidden="true"', 1)

    return [_rezipped(path, poi)]


def a_word_ledger_pasted_as_an_excel_object(raw: Path) -> list[Path]:
    """A register pasted into Word as an Excel object (选择性粘贴 → Microsoft Excel 工作表对象) under its title: the
    page shows a picture of the table, the workbook itself is inside the document (word/embeddings)."""
    book = builders.xlsx(raw / "embedded.xlsx", {"执法台账": [H, *enforcement(9451, 2)]})
    data = book.read_bytes()
    book.unlink()
    body = (
        "<w:p><w:r><w:t>2024年行政执法台账</w:t></w:r></w:p><w:p><w:r><w:object>"
        '<v:shape id="_x0000_i1025" style="width:400pt;height:80pt"><v:imagedata o:title=""/></v:shape>'
        '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Content" '
        'ObjectID="_1700000000" r:id="rId900"/></w:object></w:r></w:p>'
    )
    path = builders.word_draft(raw / "a-word-ledger-pasted-as-an-excel-object.docx", body)
    rel = (
        b'<Relationship Id="rId900" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" '
        b'Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/></Relationships>'
    )

    def embed(parts: dict[str, bytes]) -> None:
        parts["word/embeddings/Microsoft_Excel_Worksheet.xlsx"] = data
        parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(b"</Relationships>", rel)

    return [_rezipped(path, embed)]


# A day counted from 1904-01-01, as a book of Mac Excel's 1904 date system keeps it: 2024-03-05 is 43894, the
# number the 1900 system gives 2020-03-04.
DAYS_1904 = {"2024-03-05": 43894, "2024-03-06": 43895}


def a_mac_book_in_the_1904_date_system(raw: Path) -> list[Path]:
    """A book saved by Mac Excel in its 1904 date system: one decision date formatted as a date, one left as the
    plain number of its day (its format cleared), 43895 — 2024-03-06 counted from 1904."""
    import datetime as dt

    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    book.active.append(H)
    for r, day in zip(enforcement(12010), (dt.datetime(2024, 3, 5), DAYS_1904["2024-03-06"]), strict=True):
        book.active.append([*r[:5], day, *r[6:]])
    path = raw / "a-mac-book-in-the-1904-date-system.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return [path]


def an_old_mac_xls_in_the_1904_date_system(raw: Path) -> list[Path]:
    """An Excel 97-2003 book of the 1904 date system (its DATEMODE record 1): the days as plain numbers."""
    from devtowns import books

    rows = [[*r[:5], day, *r[6:]] for r, day in zip(enforcement(12020), DAYS_1904.values(), strict=True)]
    stream = books.biff_workbook(books.Book("x.xls", [books.Sheet("台账", [H, *rows])], fmt="biff"))
    mode_1900 = struct.pack("<HHH", 0x0022, 2, 0)
    stream = stream.replace(mode_1900, struct.pack("<HHH", 0x0022, 2, 1), 1)
    return _bytes(raw / "an-old-mac-xls-in-the-1904-date-system.xls", books.ole_bytes(stream))


# What a phone or a chat app saves a photo of the paper ledger as (an iPhone HEIC, a chat's WebP), and the
# fixed-layout documents a printer driver or an office system makes (an XPS print, an OFD official document):
# each had been "damaged, open it in Excel" or "a zip, unpack it".
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(200)


def a_phones_heic_photo_of_a_ledger(raw: Path) -> list[Path]:
    return _bytes(raw / "a-phones-photo-of-a-ledger.heic", HEIC)


def a_chats_webp_picture_of_a_ledger(raw: Path) -> list[Path]:
    return _bytes(raw / "a-chats-picture-of-a-ledger.webp", b"RIFF\xd0\x00\x00\x00WEBPVP8 " + bytes(200))


def _zip(path: Path, parts: dict[str, str]) -> list[Path]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return [path]


def an_ofd_official_document(raw: Path) -> list[Path]:
    """An OFD file (GB/T 33190, the national format of electronic official documents): a zip of page descriptions."""
    ofd = '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" DocType="OFD"><ofd:DocBody/></ofd:OFD>'
    return _zip(raw / "an-ofd-official-document.ofd", {"OFD.xml": ofd, "Doc_0/Document.xml": "<ofd:Document/>"})


def an_xps_print(raw: Path) -> list[Path]:
    """A ledger printed to "Microsoft XPS Document Writer": a zip of fixed pages."""
    parts = {"FixedDocSeq.fdseq": "<FixedDocumentSequence/>", "Documents/1/FixedDoc.fdoc": "<FixedDocument/>"}
    return _zip(raw / "an-xps-print.xps", parts)


def a_ledger_sent_as_an_email_attachment(raw: Path) -> list[Path]:
    """The message a ledger came in, saved whole from the mail program (.eml): the ledger is its attachment. It had
    been "no known ledger's header" and the advice to rename its columns."""
    import base64

    book = builders.xlsx(raw / "attached.xlsx", {"S": [H, *enforcement(12030)]})
    data = base64.encodebytes(book.read_bytes()).decode()
    book.unlink()
    message = (
        "Received: from mail.example.cn\r\nFrom: office@example.cn\r\nTo: fzb@example.cn\r\n"
        "Subject: =?utf-8?b?5Y+w6LSm?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
        "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nsee the attachment\r\n--B\r\n"
        'Content-Type: application/octet-stream; name="t.xlsx"\r\nContent-Disposition: attachment; filename="t.xlsx"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{data}\r\n--B--\r\n"
    )
    return _bytes(raw / "a-ledger-sent-as-an-email-attachment.eml", message.encode())


def an_outlook_message(raw: Path) -> list[Path]:
    """An Outlook message (.msg): an OLE file of __substg1.0_ property streams. It had been "damaged"."""
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "__substg1.0_0037001F".encode("utf-16-le") + bytes(500)
    return _bytes(raw / "an-outlook-message.msg", ole)


# --- round 14 -----------------------------------------------------------------------------------
def error_values_newer_than_the_reader(raw: Path) -> list[Path]:
    """A register of four records, one 执法类别 a dynamic array's #SPILL! (its formula's result blocked), one 案件编号
    a linked data type's #FIELD!: error values Excel added after 2018, which calamine refuses a sheet for."""
    rows = enforcement(14001, 4)
    rows[1][3] = "#REF!"  # openpyxl writes it as an error cell (t="e"); made a newer error value below
    rows[2][1] = "#N/A"
    path = builders.xlsx(raw / "error-values-newer-than-the-reader.xlsx", {"台账": [H, *rows]})

    def newer(parts: dict[str, bytes]) -> None:
        sheet = parts["xl/worksheets/sheet1.xml"]
        sheet = sheet.replace(b"<v>#REF!</v>", b"<f>_xlfn._xlws.SORT(Z1:Z9)</f><v>#SPILL!</v>")
        parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"<v>#N/A</v>", b"<v>#FIELD!</v>")

    return [_rezipped(path, newer)]


def numbers_stored_as_nan_or_infinity(raw: Path) -> list[Path]:
    """A counsel log written by a script: 数量 stored as NaN (<v>NaN</v>, a count it could not compute) and as
    infinity (<v>inf</v>, a division by nought), which Excel shows as no number and calamine reads as floats."""
    rows = [["序号", "服务日期", "服务类型", "数量"], [1, "2024-03-05", "法律咨询", 7], [2, "2024-03-06", "法律咨询", 8],
            [3, "2024-03-07", "法律咨询", 2]]  # fmt: skip
    path = builders.xlsx(raw / "numbers-stored-as-nan-or-infinity.xlsx", {"台账": rows})

    def stored(parts: dict[str, bytes]) -> None:
        sheet = parts["xl/worksheets/sheet1.xml"]
        sheet = re.sub(rb"(<c r=\"D2\"[^>]*>)<v>7</v>", rb"\1<v>NaN</v>", sheet)
        parts["xl/worksheets/sheet1.xml"] = re.sub(rb"(<c r=\"D3\"[^>]*>)<v>8</v>", rb"\1<v>-inf</v>", sheet)

    return [_rezipped(path, stored)]


def values_taken_from_another_book(raw: Path) -> list[Path]:
    """A counsel log whose 数量 D2 is a formula into another workbook ([1]Sheet1!A1, Excel's external reference, its
    link part naming C:\\汇总.xlsx) saved with its value, and whose D3 is a hyperlink to a sheet of that book."""
    rows = [
        ["序号", "服务日期", "服务类型", "数量"],
        [1, "2024-03-05", "法律咨询", 7],
        [2, "2024-03-06", "法律咨询", 8],
    ]
    path = builders.xlsx(raw / "values-taken-from-another-book.xlsx", {"台账": rows})
    ns = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rel = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    def linked(parts: dict[str, bytes]) -> None:
        sheet = re.sub(rb'<c r="D2"[^>]*><v>7</v></c>', b'<c r="D2"><f>[1]Sheet1!A1</f><v>7</v></c>',
                       parts["xl/worksheets/sheet1.xml"])  # fmt: skip
        parts["xl/worksheets/sheet1.xml"] = sheet.replace(
            b"</sheetData>", b'</sheetData><hyperlinks><hyperlink ref="D3" r:id="rIdX" ' + ns + b"/></hyperlinks>"
        )
        parts["xl/worksheets/_rels/sheet1.xml.rels"] = (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            b'2006/relationships"><Relationship Id="rIdX" Type="' + rel + b'/hyperlink" Target="%E6%B1%87%E6%80%BB.xlsx'
            b'#Sheet1!A1" TargetMode="External"/></Relationships>'
        )
        book = parts["xl/workbook.xml"]
        parts["xl/workbook.xml"] = book.replace(
            b"</sheets>",
            b'</sheets><externalReferences><externalReference r:id="rIdE" ' + ns + b"/></externalReferences>",
        )
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>",
            b'<Relationship Id="rIdE" Type="' + rel + b'/externalLink" Target="externalLinks/externalLink1.xml"/>'
            b"</Relationships>",
        )
        parts["xl/externalLinks/externalLink1.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            b'2006/main" ' + ns + b'><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames>'
            b'<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>7</v></cell></row></sheetData>'
            b"</sheetDataSet></externalBook></externalLink>"
        )
        parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = (
            b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            b'2006/relationships"><Relationship Id="rId1" Type="' + rel + b'/externalLinkPath" Target="file:///C:\\'
            b'%E6%B1%87%E6%80%BB.xlsx" TargetMode="External"/></Relationships>'
        )

    return [_rezipped(path, linked)]


def a_word_ledger_with_a_record_moved_while_tracking(raw: Path) -> list[Path]:
    """A Word register of three records whose first was dragged below the others with 修订 (tracked changes) on
    and never accepted: Word keeps its text where it was (w:moveFrom, a row marked deleted) and where it went."""
    rows = enforcement(14011, 3)

    def cell(text: str, move: str = "") -> str:
        run = f"<w:r><w:t>{text}</w:t></w:r>"
        return (
            f'<w:tc><w:p><w:{move} w:id="1" w:author="某">{run}</w:{move}></w:p></w:tc>'
            if move
            else f"<w:tc><w:p>{run}</w:p></w:tc>"
        )

    def row(cells: list, move: str = "") -> str:
        mark = {
            "moveFrom": '<w:trPr><w:del w:id="2" w:author="某"/></w:trPr>',
            "moveTo": '<w:trPr><w:ins w:id="3" w:author="某"/></w:trPr>',
        }
        return f"<w:tr>{mark.get(move, '')}" + "".join(cell(str(c), move) for c in cells) + "</w:tr>"

    table = row(H) + row(rows[0], "moveFrom") + row(rows[1]) + row(rows[2]) + row(rows[0], "moveTo")
    body = f"<w:p><w:r><w:t>执法台账</w:t></w:r></w:p><w:tbl>{table}</w:tbl>"
    return [builders.word_draft(raw / "a-record-moved-while-tracking.docx", body)]


TRAINING = ["日期", "名称", "对象", "形式", "参加人数", "地点"]
SESSIONS = [
    ["2024-03-05", "宪法学习", "村干部", "线下", 30, "会议室"],
    ["2024-04-08", "民法典宣讲", "群众", "线下", 50, "村部"],
    ["2024-05-08", "反诈宣讲", "群众", "线下", 40, "村部"],
]


def a_training_log_sheet_copied_in_its_book(raw: Path) -> list[Path]:
    """A log of sessions (no number of its own) whose sheet was copied in its book (移动或复制 → 建立副本: Excel names
    the copy 培训台账 (2)) and a third session added to the copy only."""
    sheets = {"培训台账": [TRAINING, *SESSIONS[:2]], "培训台账 (2)": [TRAINING, *SESSIONS]}
    return [builders.xlsx(raw / "a-training-log-sheet-copied.xlsx", sheets)]


def a_ledger_whose_name_was_deleted_but_its_suffix(raw: Path) -> list[Path]:
    """A register renamed by deleting its name up to the suffix: .xlsx, which Windows shows and macOS and Linux hide."""
    return [builders.xlsx(raw / ".xlsx", {"台账": [H, *enforcement(14031)]})]


def an_opendocument_ledger_with_error_values(raw: Path) -> list[Path]:
    """A LibreOffice register of three records whose 办理日期, 执法类别 and 案件编号 are each a formula's error (#DIV/0!,
    Err:502, #REF!): LibreOffice saves them as an empty text marked calcext:value-type="error"."""
    rows = enforcement(14061, 3)
    errors = {
        (0, 5): ("of:=[.Z1]/0", "#DIV/0!"),
        (1, 3): ("of:=VLOOKUP(1;[.Z1:.Z2];3)", "Err:502"),
        (2, 1): ("of:=[.Z1]", "#REF!"),
    }
    for r, c in errors:
        rows[r][c] = f"error-{r}-{c}"  # a mark of the cell to be made an error below
    path = _ods(raw / "an-opendocument-ledger-with-error-values.ods", [H, *rows])
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    content = parts["content.xml"].decode()
    for (r, c), (formula, shown) in errors.items():
        content = content.replace(
            f'<table:table-cell office:value-type="string"><text:p>{rows[r][c]}</text:p>',
            f'<table:table-cell table:formula="{formula}" office:value-type="string" office:string-value="" '
            f'calcext:value-type="error"><text:p>{shown}</text:p>',
            1,
        )
    calcext = 'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
    parts["content.xml"] = content.replace(
        "<office:document-content ", f"<office:document-content {calcext} ", 1
    ).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():  # the mimetype first and stored, as LibreOffice writes it
            z.writestr(name, data, compress_type=zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return [path]


# --- round 16: a clerk's folder, a broken export tool, a hostile file ---------------------------------------------
def _lines(rows: list[list], delimiter: str = ",") -> list[str]:
    return [delimiter.join(str(c) for c in r) for r in rows]


def _sheet_xml_edited(path: Path, edit: Callable[[str], str]) -> Path:
    """`path` (a one-sheet workbook openpyxl wrote) with its sheet's XML changed by `edit`."""

    def change(parts: dict[str, bytes]) -> None:
        parts["xl/worksheets/sheet1.xml"] = edit(parts["xl/worksheets/sheet1.xml"].decode()).encode()

    return _rezipped(path, change)


def _repackaged(src: Path, dst: Path, name: Callable[[str], str | None]) -> list[Path]:
    """`src`'s parts written again into `dst` under `name(part)` (None: the part left out)."""
    with zipfile.ZipFile(src) as given, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
        for part in given.namelist():
            if (renamed := name(part)) is not None:
                out.writestr(renamed, given.read(part))
    src.unlink()
    return [dst]


def a_workbook_zipped_with_windows_separators(raw: Path) -> list[Path]:
    """A register a script made by zipping a workbook's folder with Windows' separators (xl\\workbook.xml), as .NET
    Framework 4.5's ZipFile.CreateFromDirectory did."""
    src = builders.xlsx(raw / "zipped-with-backslashes.tmp.xlsx", {"S": [H, *enforcement(16001)]})
    return _repackaged(src, raw / "a-workbook-zipped-with-windows-separators.xlsx", lambda n: n.replace("/", "\\"))


def a_ledger_under_an_office_lock_files_name(raw: Path) -> list[Path]:
    """A register saved as ~$执法台账.xlsx (a sync tool's copy of a file open in Excel, a rename gone wrong): the name
    Excel gives its lock file, the content a workbook."""
    return [builders.xlsx(raw / "~$a-ledger-under-a-lock-files-name.xlsx", {"S": [H, *enforcement(16011)]})]


def titles_with_soft_hyphens_and_word_joiners(raw: Path) -> list[Path]:
    """A header pasted from a web page: soft hyphens (U+00AD) and word joiners (U+2060) inside the titles, invisible
    in Excel."""
    header = ["序\u00ad号", "案件\u00ad编号", "案件\u2060名称", "执法\u00ad类别", *H[4:5], "办理\u00ad日期", *H[6:]]
    return [builders.xlsx(raw / "titles-with-soft-hyphens.xlsx", {"S": [header, *enforcement(16021)]})]


def a_workbook_saved_as_strict_open_xml(raw: Path) -> list[Path]:
    """A register Excel saved as "Strict Open XML 电子表格" (the ISO namespaces, purl.oclc.org)."""
    src = builders.xlsx(raw / "strict.tmp.xlsx", {"S": [H, *enforcement(16031)]})
    path = builders.strict_ooxml(src, raw / "a-workbook-saved-as-strict-open-xml.xlsx")
    src.unlink()
    return [path]


def a_dimension_claiming_every_row_excel_allows(raw: Path) -> list[Path]:
    """Nine records under a sheet dimension that claims A1:XFD1048576 (an export tool's idea of "the whole sheet")."""
    path = builders.xlsx(raw / "a-dimension-claiming-every-row.xlsx", {"S": [H, *enforcement(16041, 9)]})
    return [
        _sheet_xml_edited(path, lambda x: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', x))
    ]


def a_hundred_thousand_formatted_empty_rows(raw: Path) -> list[Path]:
    """Three records, then 100,000 rows formatted (a style, a height, two styled cells) but holding nothing: a
    column's format applied down to the bottom of the sheet."""
    path = builders.xlsx(raw / "a-hundred-thousand-formatted-empty-rows.xlsx", {"S": [H, *enforcement(16051, 3)]})
    empty = "".join(
        f'<row r="{r}" s="1" customFormat="1" ht="15" customHeight="1"><c r="A{r}" s="1"/><c r="F{r}" s="1"/></row>'
        for r in range(5, 100_005)
    )
    return [_sheet_xml_edited(path, lambda x: x.replace("</sheetData>", empty + "</sheetData>"))]


def dates_as_shared_formulas_saved_without_values(raw: Path) -> list[Path]:
    """Three records whose 办理日期 is one shared formula (=DATE(2024,3,A2) filled down) that a program wrote without
    computing: the first cell holds the formula, the others only a reference to it, none a value."""
    path = builders.xlsx(raw / "dates-as-shared-formulas.xlsx", {"S": [H, *enforcement(16061, 3)]})

    def edit(xml: str) -> str:
        for r in (2, 3, 4):
            formula = '<f t="shared" ref="F2:F4" si="0">DATE(2024,3,A2)</f>' if r == 2 else '<f t="shared" si="0"/>'
            xml = re.sub(
                rf'<c r="F{r}"([^>]*?)(?: t="\w+")?>(?:<is>.*?</is>|<v>.*?</v>)</c>',
                rf'<c r="F{r}"\1>{formula}</c>',
                xml,
            )
        return xml

    return [_sheet_xml_edited(path, edit)]


def a_csv_whose_lines_end_three_ways(raw: Path) -> list[Path]:
    """A CSV joined from a Windows, an old Mac and a Linux export: lines ending in CRLF, CR and LF."""
    head, *rows = _lines([H, *enforcement(16071, 4)])
    text = head + "\r\n" + rows[0] + "\r" + rows[1] + "\n" + rows[2] + "\r\n" + rows[3] + "\r"
    return _bytes(raw / "a-csv-whose-lines-end-three-ways.csv", text.encode())


def dates_in_full_width_digits_and_chinese_zeros(raw: Path) -> list[Path]:
    """Dates typed with an input method's full-width digits (２０２４年３月５日), in Chinese numerals with 〇
    (二〇二四年三月六日), and with 〇 for one 0 (2〇24.3.7)."""
    rows = enforcement(16081, 3)
    for row, day in zip(rows, ("２０２４年３月５日", "二〇二四年三月六日", "2〇24.3.7"), strict=True):
        row[5] = day
    return [builders.xlsx(raw / "dates-in-full-width-digits.xlsx", {"S": [H, *rows]})]


def the_1900_leap_day_and_a_negative_day_number(raw: Path) -> list[Path]:
    """Two dates left as day numbers: 60, the 29 February 1900 only Excel's calendar has, and -5."""
    rows = enforcement(16091, 2)
    rows[0][5], rows[1][5] = 60, -5
    return [builders.xlsx(raw / "the-1900-leap-day.xlsx", {"S": [H, *rows]})]


def merged_ranges_that_overlap(raw: Path) -> list[Path]:
    """A register whose merged ranges overlap (E2:E4, one 执法单位 for three records, and D3:E3), which Excel offers to
    repair; the cells under a merge left empty, as Excel keeps them."""
    rows = enforcement(16101, 3)
    rows[1][4] = rows[2][4] = None
    path = builders.xlsx(raw / "merged-ranges-that-overlap.xlsx", {"S": [H, *rows]})
    merges = '<mergeCells count="2"><mergeCell ref="E2:E4"/><mergeCell ref="D3:E3"/></mergeCells>'
    return [_sheet_xml_edited(path, lambda x: x.replace("</sheetData>", "</sheetData>" + merges))]


def the_header_pasted_again_mid_sheet(raw: Path) -> list[Path]:
    """Two batches of records pasted one under the other, each with its header."""
    rows = [H, *enforcement(16111, 2), H, *enforcement(16113, 2)]
    return [builders.xlsx(raw / "the-header-pasted-again.xlsx", {"S": rows})]


def an_empty_word_file_named_as_a_ledger(raw: Path) -> list[Path]:
    """A .docx of zero bytes (新建 Word 文档 never opened)."""
    return _bytes(raw / "an-empty-word-file.docx", b"")


def a_rar_of_ledgers(raw: Path) -> list[Path]:
    """The ledgers sent as a RAR archive (WinRAR's, the office's usual)."""
    return _bytes(raw / "a-rar-of-ledgers.rar", b"Rar!\x1a\x07\x01\x00" + bytes(range(256)))


def ledgers_in_folders_per_office_and_quarter(raw: Path) -> list[Path]:
    """A register three folders down: one per office, then the year, then the quarter."""
    path = raw / "综合执法办" / "2024" / "一季度" / "ledgers-in-folders-per-office.xlsx"
    return [builders.xlsx(path, {"S": [H, *enforcement(16121)]})]


def a_csv_with_excels_separator_line(raw: Path) -> list[Path]:
    """A semicolon CSV whose first line tells Excel its separator (sep=;)."""
    text = "\n".join(["sep=;", *_lines([H, *enforcement(16131)], ";")]) + "\n"
    return _bytes(raw / "a-csv-with-excels-separator-line.csv", text.encode())


def tab_separated_text_named_xls(raw: Path) -> list[Path]:
    """A system's "Excel export" that is GBK text, tab-separated, named .xls."""
    text = "\r\n".join(_lines([H, *enforcement(16141)], "\t")) + "\r\n"
    return _bytes(raw / "tab-separated-text-named.xls", text.encode("gbk"))


def a_dos_end_of_file_mark(raw: Path) -> list[Path]:
    """A CSV an old DOS-era program wrote, ending in its end-of-file mark (Ctrl-Z, 0x1A)."""
    text = "\r\n".join(_lines([H, *enforcement(16151)])) + "\r\n"
    return _bytes(raw / "a-dos-end-of-file-mark.csv", text.encode("gbk") + b"\x1a")


def pages_split_by_form_feeds(raw: Path) -> list[Path]:
    """A system's print-to-file export: two pages, a form feed between them, the header on each."""
    rows = enforcement(16161, 4)
    pages = ["\r\n".join(_lines([H, *rows[:2]])), "\r\n".join(_lines([H, *rows[2:]]))]
    return _bytes(raw / "pages-split-by-form-feeds.csv", ("\r\n\f".join(pages) + "\r\n").encode("gbk"))


def two_exports_joined_each_with_its_bom(raw: Path) -> list[Path]:
    """Two UTF-8 exports joined by copy /b: the second's byte-order mark in the middle of the file."""
    first = "\n".join(_lines([H, *enforcement(16171)])) + "\n"
    second = "\n".join(_lines([H, *enforcement(16173)])) + "\n"
    data = b"\xef\xbb\xbf" + first.encode() + b"\xef\xbb\xbf" + second.encode()
    return _bytes(raw / "two-exports-joined-each-with-its-bom.csv", data)


def _inline_xml(rows: list[list]) -> str:
    """A sheet's XML with every text written inline (t="inlineStr"), numbers as numbers."""

    def cell(ref: str, v: object) -> str:
        if isinstance(v, int):
            return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'

    body = "".join(
        f'<row r="{k}">' + "".join(cell(f"{chr(65 + i)}{k}", v) for i, v in enumerate(r)) + "</row>"
        for k, r in enumerate(rows, start=1)
    )
    return f'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>'


def shared_strings_with_phonetic_guides(raw: Path, start: int = 16181) -> list[Path]:
    """A register whose shared strings carry phonetic guides (<rPh>, Excel's 拼音指南 and Japanese furigana) beside
    their text."""
    rows = [H, *enforcement(start)]
    strings = list(dict.fromkeys(str(v) for r in rows for v in r if not isinstance(v, int)))
    xml = _inline_xml(rows)
    for k, text in enumerate(strings):
        xml = xml.replace(f't="inlineStr"><is><t>{text}</t></is></c>', f't="s"><v>{k}</v></c>')
    sst = "".join(
        f'<si><t>{t}</t><rPh sb="0" eb="1"><t>ピンイン</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>'
        for t in strings
    )
    path = _xlsx_with_sheet_xml(raw / "shared-strings-with-phonetic-guides.xlsx", xml)

    def change(parts: dict[str, bytes]) -> None:
        parts["xl/sharedStrings.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"{sst}</sst>"
        ).encode()
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            b'spreadsheetml.sharedStrings+xml"/></Types>',
        )
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>",
            b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )

    return [_rezipped(path, change)]


def _with_shared_strings(path: Path, rows: list[list], strings_part: Callable[[bytes], bytes | None]) -> Path:
    """A register whose texts are shared strings (t="s", as Excel saves them), its xl/sharedStrings.xml as
    `strings_part` leaves it (None: left out of the package, its relationship kept)."""
    strings = list(dict.fromkeys(str(v) for r in rows for v in r if not isinstance(v, int)))
    xml = _inline_xml(rows)
    for k, text in enumerate(strings):
        xml = xml.replace(f't="inlineStr"><is><t>{text}</t></is></c>', f't="s"><v>{k}</v></c>')
    path = _xlsx_with_sheet_xml(path, xml)
    whole = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + "".join(f"<si><t>{t}</t></si>" for t in strings)
        + "</sst>"
    ).encode()

    def change(parts: dict[str, bytes]) -> None:
        if (part := strings_part(whole)) is not None:
            parts["xl/sharedStrings.xml"] = part
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>",
            b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )

    return _rezipped(path, change)


def shared_strings_cut_short(raw: Path) -> list[Path]:
    """A register whose shared strings part was cut in half (a sync or a script's slip): the sheet's cells intact, the
    texts they point to half gone."""
    cut = lambda part: part[: len(part) // 2]  # noqa: E731
    return [_with_shared_strings(raw / "shared-strings-cut-short.xlsx", [H, *enforcement(28101)], cut)]


def shared_strings_left_out(raw: Path) -> list[Path]:
    """A register whose shared strings part is missing from the package (a tool zipped the parts again without it)."""
    return [_with_shared_strings(raw / "shared-strings-left-out.xlsx", [H, *enforcement(28111)], lambda part: None)]


def a_package_without_its_content_types(raw: Path) -> list[Path]:
    """A workbook a tool zipped without its [Content_Types].xml."""
    src = builders.xlsx(raw / "no-content-types.tmp.xlsx", {"S": [H, *enforcement(16191)]})
    keep = lambda n: None if n == "[Content_Types].xml" else n  # noqa: E731
    return _repackaged(src, raw / "a-package-without-its-content-types.xlsx", keep)


def a_web_page_export_in_utf16(raw: Path) -> list[Path]:
    """A web system's "Excel" export: an HTML table in UTF-16 with its byte-order mark, named .xls."""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [H, *enforcement(16201)])
    page = f"<html><head><meta charset='utf-16'></head><body><table>{body}</table></body></html>"
    return _bytes(raw / "a-web-page-export-in-utf16.xls", b"\xff\xfe" + page.encode("utf-16-le"))


def a_header_below_999_blank_rows(raw: Path) -> list[Path]:
    """A register that starts at row 1000, the rows above it left blank (a block cut and pasted far down)."""
    return [builders.xlsx(raw / "a-header-below-999-blank-rows.xlsx", {"S": [*[[None]] * 999, H, *enforcement(16211)]})]


def a_name_with_a_line_break(raw: Path) -> list[Path]:
    """A register whose file name holds a line break (pasted from a cell into the 另存为 dialog of a Linux desktop)."""
    return [builders.xlsx(raw / "a-name-with-a\nline-break.xlsx", {"S": [H, *enforcement(16221)]})]


def cells_written_in_reverse_order(raw: Path) -> list[Path]:
    """An export tool's sheet XML listing rows bottom up and each row's cells right to left (Excel writes them in
    order; the format only asks for references)."""
    xml = _inline_xml([H, *enforcement(16231, 3)])
    rows = re.findall(r"<row .*?</row>", xml)
    flipped = [
        re.match(r"<row [^>]*>", r).group() + "".join(reversed(re.findall(r"<c .*?</c>", r))) + "</row>" for r in rows
    ]
    xml = xml.replace("".join(rows), "".join(reversed(flipped)))
    return [_xlsx_with_sheet_xml(raw / "cells-written-in-reverse-order.xlsx", xml)]


def dates_with_the_half_of_the_day_after_the_time(raw: Path) -> list[Path]:
    """Moments a system on an English Windows exported (.NET's en-US form): 2024/3/5 12:00:00 AM, 2024/3/6 2:30:00 PM."""
    rows = enforcement(16271, 2)
    rows[0][5], rows[1][5] = "2024/3/5 12:00:00 AM", "2024/3/6 2:30:00 PM"
    return [builders.xlsx(raw / "dates-with-am-and-pm.xlsx", {"S": [H, *rows]})]


def dates_joined_by_long_dashes(raw: Path) -> list[Path]:
    """Dates typed with the dashes a Chinese input method gives for "-": 2024—3—5 (em dash), 2024–3–6 (en dash)."""
    rows = enforcement(16281, 2)
    rows[0][5], rows[1][5] = "2024\u20143\u20145", "2024\u20133\u20136"
    return [builders.xlsx(raw / "dates-joined-by-long-dashes.xlsx", {"S": [H, *rows]})]


_OUTSIDE = '<!DOCTYPE {root} [<!ENTITY outside SYSTEM "file:///etc/passwd">]>'
_LAUGHS = "".join(['<!ENTITY a0 "lol">', *(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))])


def _with_doctype(xml: str, doctype: str, before: str, entity: str) -> str:
    """`xml` with `doctype` after its declaration and `&entity;` written after the first `before`."""
    declaration, body = "", xml
    if xml.startswith("<?xml"):
        end = xml.index("?>") + 2
        declaration, body = xml[:end], xml[end:]
    return declaration + doctype + body.replace(before, f"{before}&{entity};", 1)


def an_external_entity_in_a_sheet(raw: Path) -> list[Path]:
    """A workbook whose sheet XML declares an entity naming a file of the machine (/etc/passwd, an XXE attack) and uses
    it in a cell."""
    path = builders.xlsx(raw / "an-external-entity-in-a-sheet.xlsx", {"S": [H, *enforcement(16291)]})
    doctype = _OUTSIDE.format(root="worksheet")
    return [_sheet_xml_edited(path, lambda x: _with_doctype(x, doctype, "事项16291", "outside"))]


def an_external_entity_in_a_word_ledger(raw: Path) -> list[Path]:
    """A Word register whose body declares an entity naming /etc/passwd and uses it in a cell."""
    path = builders.docx_table(raw / "an-external-entity-in-a-word-ledger.docx", "执法台账", [H, *enforcement(16301)])
    doctype = _OUTSIDE.format(root="w:document")

    def change(parts: dict[str, bytes]) -> None:
        xml = parts["word/document.xml"].decode()
        parts["word/document.xml"] = _with_doctype(xml, doctype, "事项16301", "outside").encode()

    return [_rezipped(path, change)]


def a_billion_laughs_in_a_sheet(raw: Path) -> list[Path]:
    """A sheet whose XML nests entities ten deep, ten each (10^9 "lol"s expanded: the billion laughs attack)."""
    path = builders.xlsx(raw / "a-billion-laughs-in-a-sheet.xlsx", {"S": [H, *enforcement(16311)]})
    doctype = f"<!DOCTYPE worksheet [{_LAUGHS}]>"
    return [_sheet_xml_edited(path, lambda x: _with_doctype(x, doctype, "事项16311", "a9"))]


def a_billion_laughs_in_a_word_ledger(raw: Path) -> list[Path]:
    """A Word register whose body nests entities ten deep (Word itself refuses a document type in a .docx)."""
    path = builders.docx_table(raw / "a-billion-laughs-in-a-word-ledger.docx", "执法台账", [H, *enforcement(16321)])
    doctype = f"<!DOCTYPE w:document [{_LAUGHS}]>"

    def change(parts: dict[str, bytes]) -> None:
        xml = parts["word/document.xml"].decode()
        parts["word/document.xml"] = _with_doctype(xml, doctype, "事项16321", "a9").encode()

    return [_rezipped(path, change)]


def a_shared_string_index_past_the_table(raw: Path) -> list[Path]:
    """A one-sheet book whose cell C2 points at shared string 99,999 of a table of 12 (a tool's off-by-a-lot slip)."""
    rows = [H, *enforcement(16331)]
    xml = _inline_xml(rows).replace(
        '<c r="C2" t="inlineStr"><is><t>事项16331</t></is></c>', '<c r="C2" t="s"><v>99999</v></c>'
    )
    return [_xlsx_with_sheet_xml(raw / "a-shared-string-index-past-the-table.xlsx", xml)]


def a_row_numbered_zero(raw: Path) -> list[Path]:
    """A one-sheet book with a row r="0" holding cell A0 under its records (no such row or cell exists)."""
    xml = _inline_xml([H, *enforcement(16341)])
    xml = xml.replace("</sheetData>", '<row r="0"><c r="A0" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    return [_xlsx_with_sheet_xml(raw / "a-row-numbered-zero.xlsx", xml)]


# --- round 17: a clerk's folder, a broken export tool, a hostile file ---------------------------------------------
def a_merged_range_right_of_the_table(raw: Path) -> list[Path]:
    """A register whose header row carries a merged range over two empty cells right of its last title (a format
    copied across), and another below its last record: ranges beyond the cells the sheet holds."""
    path = builders.xlsx(raw / "a-merged-range-right-of-the-table.xlsx", {"S": [H, *enforcement(17001)]})
    merges = '<mergeCells count="2"><mergeCell ref="J1:K1"/><mergeCell ref="A10:B10"/></mergeCells>'
    return [_sheet_xml_edited(path, lambda x: x.replace("</sheetData>", "</sheetData>" + merges))]


def a_first_line_of_a_hundred_thousand_titles(raw: Path) -> list[Path]:
    """A 600 KB text whose first line holds 100,000 titles (a broken export joining every field name on one line):
    each titled column is matched against every kind's fields."""
    titles = ",".join([*H, *(f"字段{k}" for k in range(100_000))])
    return _bytes(raw / "a-hundred-thousand-titles.csv", "\n".join([titles, *_lines(enforcement(17011))]).encode())


def a_workbook_whose_parts_are_in_utf16(raw: Path) -> list[Path]:
    """A register whose sheet and workbook parts a .NET or Java writer wrote in UTF-16 (with its byte-order mark):
    the standard allows it, Excel reads it."""
    path = _xlsx_with_sheet_xml(raw / "parts-in-utf16.xlsx", _inline_xml([H, *enforcement(17021)]))

    def change(parts: dict[str, bytes]) -> None:
        for name in ("xl/worksheets/sheet1.xml", "xl/workbook.xml"):
            xml = parts[name].decode().removeprefix('<?xml version="1.0" encoding="UTF-8"?>')
            parts[name] = b"\xff\xfe" + ('<?xml version="1.0" encoding="UTF-16"?>' + xml).encode("utf-16-le")

    return [_rezipped(path, change)]


def a_text_export_in_utf32(raw: Path) -> list[Path]:
    """A register a script wrote as UTF-32 text with its byte-order mark (Python's encoding="utf-32", .NET's
    Encoding.UTF32); its mark opens as UTF-16's does."""
    text = "\r\n".join(_lines([H, *enforcement(17031)])) + "\r\n"
    return _bytes(raw / "a-text-export-in-utf32.csv", text.encode("utf-32"))


def _excel_web_page(raw: Path, stem: str, sheets: dict[str, list[list]], folder: bool = True, href: str = "") -> Path:
    """Excel's 网页 (*.htm, not 单个文件网页) of a book of several sheets: a frame page naming its sheets
    (<x:WorksheetSource>), each sheet a page in the folder beside it (stem.files), with Excel's file list, tab strip
    and style sheet. `folder` False: the page copied without its folder; `href` names every sheet's page instead."""
    parts = f"{stem}.files"
    pages = {f"{parts}/sheet{k:03}.htm": name for k, name in enumerate(sheets, 1)}
    listed = "".join(
        f'<x:ExcelWorksheet><x:Name>{name}</x:Name><x:WorksheetSource HRef="{href or page}"/></x:ExcelWorksheet>'
        for page, name in pages.items()
    )
    frame = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
        'xmlns="http://www.w3.org/TR/REC-html40"><head><meta name="Excel Workbook Frameset"><meta http-equiv=Content-Type '
        f'content="text/html; charset=gb2312"><meta name=ProgId content=Excel.Sheet><link rel=File-List href="{parts}/'
        f'filelist.xml"><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets>{listed}</x:ExcelWorksheets>'
        f'</x:ExcelWorkbook></xml><![endif]--></head><frameset rows="*,39"><frame src="{parts}/sheet001.htm" '
        f'name="frSheet"><frame src="{parts}/tabstrip.htm" name="frTabs"><noframes><body><p>此页面使用了框架。</p>'
        "</body></noframes></frameset></html>"
    )
    main = raw / f"{stem}.htm"
    _bytes(main, frame.encode("gb2312"))
    if not folder:
        return main
    files = "".join(f'<o:File HRef="{p.rsplit("/", 1)[1]}"/>' for p in pages)
    _bytes(
        raw / parts / "filelist.xml",
        f'<xml><o:MainFile HRef="../{stem}.htm"/>{files}<o:File HRef="tabstrip.htm"/></xml>'.encode(),
    )
    for page, rows in zip(pages, sheets.values(), strict=True):
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        head = f'<meta http-equiv=Content-Type content="text/html; charset=gb2312"><link rel=Main-File href="../{stem}.htm">'
        _bytes(raw / page, f"<html><head>{head}</head><body><table>{body}</table></body></html>".encode("gb2312"))
    tabs = "".join(f'<td><a href="{p.rsplit("/", 1)[1]}" target="frSheet">{n}</a></td>' for p, n in pages.items())
    _bytes(raw / parts / "tabstrip.htm", f"<html><body><table><tr>{tabs}</tr></table></body></html>".encode("gb2312"))
    _bytes(raw / parts / "stylesheet.css", b"td {mso-number-format:General;}\n")
    return main


def excels_web_page_with_its_folder(raw: Path) -> list[Path]:
    """A book of two quarters' sheets saved from Excel as 网页 (台账.htm and its folder 台账.files)."""
    sheets = {"一季度": [H, *enforcement(17041)], "二季度": [H, *enforcement(17043)]}
    return [_excel_web_page(raw, "excels-web-page", sheets)]


def excels_web_page_without_its_folder(raw: Path) -> list[Path]:
    """The same page copied (or mailed) without the folder that holds its sheets."""
    return [_excel_web_page(raw, "a-web-page-without-its-folder", {"台账": [H, *enforcement(17051)]}, folder=False)]


def a_web_page_whose_sheet_is_a_file_outside_the_folder(raw: Path) -> list[Path]:
    """A page naming /etc/passwd and ../../etc/passwd as its sheets' pages: never read."""
    main = _excel_web_page(raw, "a-frame-naming-etc-passwd", {"台账": [H], "表2": [H]}, folder=False)
    text = main.read_bytes().decode("gb2312")
    text = text.replace('HRef="a-frame-naming-etc-passwd.files/sheet001.htm"', 'HRef="/etc/passwd"')
    text = text.replace('HRef="a-frame-naming-etc-passwd.files/sheet002.htm"', 'HRef="../../../../../../etc/passwd"')
    return _bytes(main, text.encode("gb2312"))


def a_logical_value_in_a_date_column(raw: Path) -> list[Path]:
    """A decision date left as a logical value (a formula =B3>0 pasted as values): Excel shows TRUE."""
    xml = _inline_xml([H, *enforcement(17061)])
    xml = re.sub(r'<c r="F3" t="inlineStr"><is><t>[^<]*</t></is></c>', '<c r="F3" t="b"><v>1</v></c>', xml)
    return [_xlsx_with_sheet_xml(raw / "a-logical-value-in-a-date-column.xlsx", xml)]


def a_workbook_named_csv(raw: Path) -> list[Path]:
    """A workbook a system's download saved as 台账.csv: read by what it is, not by its name."""
    path = builders.xlsx(raw / "named-csv.tmp.xlsx", {"台账": [H, *enforcement(17071)]})
    return [path.rename(raw / "a-workbook-named-csv.csv")]


def a_web_page_named_csv(raw: Path) -> list[Path]:
    """A web system's "CSV" export that is an HTML table."""
    return [builders.html_xls(raw / "a-web-page-named-csv.csv", [H, *enforcement(17081)])]


def _with_main_type(path: Path, main: bytes, template: bytes) -> Path:
    return _rezipped(
        path, lambda parts: parts.update({"[Content_Types].xml": parts["[Content_Types].xml"].replace(main, template)})
    )


def an_excel_template(raw: Path) -> list[Path]:
    """A register kept in an Excel template (.xltx: its workbook part typed as a template's)."""
    path = builders.xlsx(raw / "template.tmp.xlsx", {"台账": [H, *enforcement(17091)]})
    _with_main_type(path, b"spreadsheetml.sheet.main+xml", b"spreadsheetml.template.main+xml")
    return [path.rename(raw / "an-excel-template.xltx")]


def a_word_template(raw: Path) -> list[Path]:
    """A register kept as a table in a Word template (.dotx)."""
    path = builders.docx_table(raw / "template.tmp.docx", "行政执法台账", [H, *enforcement(17101)])
    _with_main_type(path, b"document.main+xml", b"template.main+xml")
    return [path.rename(raw / "a-word-template.dotx")]


def a_word_file_named_wps(raw: Path) -> list[Path]:
    """A Word file WPS 文字 kept under its own suffix (.wps), the content a .docx."""
    path = builders.docx_table(raw / "wps.tmp.docx", "行政执法台账", [H, *enforcement(17111)])
    return [path.rename(raw / "a-word-file-named-wps.wps")]


def cells_without_references_and_rows_out_of_order(raw: Path) -> list[Path]:
    """A writer's sheet XML whose cells carry no r attribute (the format allows it: each follows the one before) and
    whose rows, numbered, are written out of order."""
    xml = re.sub(r' r="[A-Z]+\d+"', "", _inline_xml([H, *enforcement(17121, 3)]))
    rows = re.findall(r"<row .*?</row>", xml)
    return [
        _xlsx_with_sheet_xml(
            raw / "cells-without-references.xlsx", xml.replace("".join(rows), "".join(rows[i] for i in (0, 2, 1, 3)))
        )
    ]


def rows_and_cells_without_references(raw: Path) -> list[Path]:
    """A writer's sheet XML with neither rows nor cells numbered (<row><c t="inlineStr">…)."""
    xml = re.sub(r' r="[A-Z]*\d+"', "", _inline_xml([H, *enforcement(17131, 3)]))
    return [_xlsx_with_sheet_xml(raw / "rows-and-cells-without-references.xlsx", xml)]


def dates_as_iso_date_cells(raw: Path) -> list[Path]:
    """Decision dates written as ISO 8601 date cells (t="d", as LibreOffice and some writers store them)."""
    xml = re.sub(
        r'<c r="(F[23])" t="inlineStr"><is><t>[^<]*</t></is></c>',
        r'<c r="\1" t="d"><v>2024-03-05T00:00:00</v></c>',
        _inline_xml([H, *enforcement(17141)]),
    )
    return [_xlsx_with_sheet_xml(raw / "dates-as-iso-date-cells.xlsx", xml)]


def parts_named_by_absolute_paths(raw: Path) -> list[Path]:
    """A package whose relationships name their targets from its root (/xl/workbook.xml), as some writers do."""
    path = _xlsx_with_sheet_xml(raw / "parts-named-by-absolute-paths.xlsx", _inline_xml([H, *enforcement(17151)]))

    def change(parts: dict[str, bytes]) -> None:
        parts["_rels/.rels"] = parts["_rels/.rels"].replace(b'Target="xl/', b'Target="/xl/')
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b'Target="worksheets/', b'Target="/xl/worksheets/'
        )

    return [_rezipped(path, change)]


def a_chart_sheet_before_the_register(raw: Path) -> list[Path]:
    """A book opening on a chart sheet (图表) drawn from the register on its second sheet."""
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "台账"
    for row in [H, *enforcement(17161)]:
        sheet.append(row)
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=1, min_row=1, max_row=3))
    book.create_chartsheet("图表", 0).add_chart(chart)
    path = raw / "a-chart-sheet-before-the-register.xlsx"
    book.save(path)
    return [path]


def a_very_hidden_list_sheet_before_the_register(raw: Path) -> list[Path]:
    """A template's very hidden sheet of choices (参数) first, the register second."""
    path = raw / "a-very-hidden-sheet-first.xlsx"
    builders.xlsx(path, {"参数": [["选项"], ["行政许可"]], "台账": [H, *enforcement(17171)]}, hidden=("参数",))
    return [
        _rezipped(
            path,
            lambda parts: parts.update(
                {"xl/workbook.xml": parts["xl/workbook.xml"].replace(b'state="hidden"', b'state="veryHidden"')}
            ),
        )
    ]


def lines_ending_in_cr_cr_lf(raw: Path) -> list[Path]:
    """A CSV written by a script on Windows in text mode over lines already ending in CRLF: every line ends CR CR LF."""
    return _bytes(
        raw / "lines-ending-in-cr-cr-lf.csv", ("\r\r\n".join(_lines([H, *enforcement(17181, 3)])) + "\r\r\n").encode()
    )


def zip_entries_named_out_of_the_package(raw: Path) -> list[Path]:
    """A workbook carrying entries named ../../../tmp/… (a zip-slip attempt): nothing is ever unpacked."""
    path = builders.xlsx(raw / "zip-entries-named-out.xlsx", {"台账": [H, *enforcement(17191)]})
    extra = {"../../../../tmp/fzlib-zip-slip.txt": b"x", "xl/embeddings/../../../../../tmp/fzlib-zip-slip.xlsx": b"x"}
    return [_rezipped(path, lambda parts: parts.update(extra))]


def an_error_value_cached_in_an_amount(raw: Path) -> list[Path]:
    """A 以案定补 amount whose formula (a VLOOKUP that found nothing) was saved with its error value #N/A."""
    header = ["卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"]
    rows = [header, ["调2024-171", "2024-03-05", "邻里纠纷", "调解成功", "口头", 500]]
    rows.append(["调2024-172", "2024-03-06", "邻里纠纷", "调解成功", "书面", 800])
    xml = _inline_xml(rows).replace(
        '<c r="F2"><v>500</v></c>', '<c r="F2" t="e"><f>VLOOKUP(A2,标准!A:B,2,0)</f><v>#N/A</v></c>'
    )
    return [_xlsx_with_sheet_xml(raw / "error-values-in-an-amount.xlsx", xml)]


def one_sheets_part_listed_twice(raw: Path) -> list[Path]:
    """A workbook listing two sheets (Sheet1, Sheet2) whose relationship leads to the one same part."""
    path = _xlsx_with_sheet_xml(raw / "one-sheets-part-listed-twice.xlsx", _inline_xml([H, *enforcement(17201)]))
    twice = b'<sheet name="Sheet2" sheetId="2" r:id="rId1"/></sheets>'
    return [
        _rezipped(
            path, lambda parts: parts.update({"xl/workbook.xml": parts["xl/workbook.xml"].replace(b"</sheets>", twice)})
        )
    ]


def a_word_table_nested_sixty_deep(raw: Path) -> list[Path]:
    """A Word ledger after a layout table nested sixty deep (tables inside table cells, Word's own depth)."""
    path = builders.docx_table(raw / "a-word-table-nested-sixty-deep.docx", "行政执法台账", [H, *enforcement(17211)])
    nest = "<w:tbl><w:tr><w:tc><w:p/>" * 60 + "<w:p/>" + "</w:tc></w:tr></w:tbl><w:p/>" * 60

    def change(parts: dict[str, bytes]) -> None:
        parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", b"<w:body>" + nest.encode(), 1)

    return [_rezipped(path, change)]


def a_million_unused_shared_strings(raw: Path) -> list[Path]:
    """A register whose shared-string table holds a million strings no cell uses (an export tool's pool): 4 MB."""
    rows = [H, *enforcement(17221)]
    texts = list(dict.fromkeys(str(v) for r in rows for v in r if not isinstance(v, int)))
    xml = _inline_xml(rows)
    for k, text in enumerate(texts):
        xml = xml.replace(f't="inlineStr"><is><t>{text}</t></is></c>', f't="s"><v>{k}</v></c>')
    pool = "".join(f"<si><t>{t}</t></si>" for t in texts) + "<si><t>x</t></si>" * 1_000_000
    path = _xlsx_with_sheet_xml(raw / "a-million-unused-shared-strings.xlsx", xml)

    def change(parts: dict[str, bytes]) -> None:
        parts["xl/sharedStrings.xml"] = f'<sst xmlns="{_MAIN_NS}">{pool}</sst>'.encode()
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>",
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            b'spreadsheetml.sharedStrings+xml"/></Types>',
        )
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>",
            b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        )

    return [_rezipped(path, change)]


_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def elements_nested_200000_deep(raw: Path) -> list[Path]:
    """A sheet whose extension list nests 200,000 elements of an unknown namespace (a recursive reader's stack)."""
    path = builders.xlsx(raw / "elements-nested-deep.xlsx", {"S": [H, *enforcement(17231)]})
    deep = "<x:a xmlns:x='urn:x'>" * 200_000 + "</x:a>" * 200_000
    return [
        _sheet_xml_edited(
            path, lambda x: x.replace("</worksheet>", f"<extLst><ext uri='x'>{deep}</ext></extLst></worksheet>")
        )
    ]


def an_opendocument_row_repeated_a_million_times_across(raw: Path) -> list[Path]:
    """An .ods (3 KB) whose last row, a value filled across all 16,384 columns, is repeated a million times (a fill
    dragged to the sheet's end): 16 billion cells, past calamine's own limit, which then cannot tell the format."""
    path = _ods(raw / "an-ods-row-repeated-a-million-times.ods", [H, *enforcement(17251)])
    with zipfile.ZipFile(path) as given:
        parts = {name: given.read(name) for name in given.namelist()}
    row = (
        b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16384" '
        b'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>'
    )
    parts["content.xml"] = parts["content.xml"].replace(b"</table:table>", row)
    with zipfile.ZipFile(path, "w") as out:  # the mimetype first and stored, as an .ods is told by it
        for name, data in parts.items():
            out.writestr(name, data, zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return [path]


def a_word_ledger_split_over_two_tables(raw: Path) -> list[Path]:
    """A Word ledger continued on the next page as a second table, its header typed again."""
    import docx

    document = docx.Document()
    document.add_paragraph("行政执法台账")
    for part in (enforcement(17241), enforcement(17243)):
        table = document.add_table(rows=0, cols=len(H))
        for row in [H, *part]:
            for cell, value in zip(table.add_row().cells, row, strict=True):
                cell.text = str(value)
        document.add_page_break()
    path = raw / "a-word-ledger-split-over-two-tables.docx"
    document.save(path)
    return [path]


def a_word_ledger_kept_whole_in_the_page_header(raw: Path) -> list[Path]:
    """A Word register typed whole into the page header (页眉), the body empty but for a line. Before: "一份 Word
    文档（其中没有表格）", which the clerk, seeing the table on every page, could not follow."""
    import docx

    document = docx.Document()
    table = document.sections[0].header.add_table(rows=0, cols=len(H), width=docx.shared.Inches(6))
    for row in [H, *enforcement(30251, 2)]:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = str(value)
    document.add_paragraph("（见上表）")
    raw.mkdir(parents=True, exist_ok=True)
    path = raw / "a-word-ledger-kept-whole-in-the-page-header.docx"
    document.save(path)
    return [path]


def a_coded_column_shown_as_words_by_its_number_format(raw: Path) -> list[Path]:
    """A register whose 执法类别 holds codes (1, 2) that a custom number format shows as words
    ([=1]"行政许可";[=2]"行政处罚";General): Excel shows 行政许可, the cell holds 1. Before: "“1”不在“执法类别”的规定选项中",
    the office told to write what the cell already shows, every category unknown."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "执法台账"
    sheet.append(H)
    for i, row in enumerate(enforcement(30241, 3)):
        sheet.append([*row[:3], 2 if i == 2 else 1, *row[4:]])
        sheet.cell(sheet.max_row, 4).number_format = '[=1]"行政许可";[=2]"行政处罚";General'
    raw.mkdir(parents=True, exist_ok=True)
    path = raw / "a-coded-column-shown-as-words-by-its-number-format.xlsx"
    book.save(path)
    return [path]


def a_web_grid_saved_with_its_header_a_table_apart(raw: Path) -> list[Path]:
    """A system's list page saved as a web page (另存为网页, named .xls): its grid (EasyUI, layui, Element) draws the
    column titles as a table of their own over the table of records, so that the titles stay put as the records
    scroll. Before: the records' table "有数据但未能识别" (sheet.unread_rows), an error, its records lost."""
    import html

    head = "<tr>" + "".join(f"<th>{html.escape(t)}</th>" for t in H) + "</tr>"
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in enforcement(30221, 4)
    )
    page = (
        '<html><head><meta charset="utf-8"><title>行政执法案件</title></head><body><div class="datagrid-view">'
        f'<div class="datagrid-header"><table class="datagrid-htable">{head}</table></div>'
        f'<div class="datagrid-body"><table class="datagrid-btable">{body}</table></div></div></body></html>'
    )
    path = raw / "a-web-grid-saved-with-its-header-a-table-apart.xls"
    raw.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return [path]


def an_excel_table_whose_title_row_is_turned_off(raw: Path, first_row: int = 2) -> list[Path]:
    """A register formatted as an Excel table (套用表格格式) whose 标题行 was unticked (表设计 → 标题行): Excel clears
    the title row's cells (a blank row above the records), the titles kept only in the table's definition. Before:
    "无法识别台账种类" (首行为：…), the records lost. `first_row`: where the records start (1: a program's table with
    no row above it)."""
    rows = [[] for _ in range(first_row - 1)] + enforcement(30211, 3)
    path = builders.xlsx(raw / "an-excel-table-whose-title-row-is-turned-off.xlsx", {"执法台账": rows})

    def headless(parts: dict[str, bytes]) -> None:
        columns = "".join(f'<tableColumn id="{i + 1}" name="{t}"/>' for i, t in enumerate(H))
        parts["xl/tables/table1.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="表1" '
            f'displayName="表1" ref="A{first_row}:H{first_row + 2}" headerRowCount="0">'
            f'<tableColumns count="{len(H)}">{columns}</tableColumns>'
            '<tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>'
        ).encode()
        parts["xl/worksheets/_rels/sheet1.xml.rels"] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" '
            b'Target="../tables/table1.xml"/></Relationships>'
        )
        sheet = parts["xl/worksheets/sheet1.xml"]
        parts["xl/worksheets/sheet1.xml"] = sheet.replace(
            b"</worksheet>", b'<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'
        )
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>",
            b'<Override PartName="/xl/tables/table1.xml" '
            b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>',
        )

    return [_rezipped(path, headless)]


def a_word_ledger_whose_titles_are_in_the_page_header(raw: Path) -> list[Path]:
    """A Word register whose column titles are a one-row table in the page header (页眉), so that every printed page
    shows them, its records a table in the body without a title row of its own. Before: "无法识别台账种类" (the header
    it asks for is there, in the page header), the register's records lost."""
    import docx

    document = docx.Document()
    header = document.sections[0].header
    header.add_paragraph("2024年行政执法案件台账")
    titles = header.add_table(rows=1, cols=len(H), width=docx.shared.Inches(6))
    for cell, title in zip(titles.rows[0].cells, H, strict=True):
        cell.text = title
    table = document.add_table(rows=0, cols=len(H))
    for row in enforcement(30201, 3):
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = str(value)
    raw.mkdir(parents=True, exist_ok=True)
    path = raw / "a-word-ledger-whose-titles-are-in-the-page-header.docx"
    document.save(path)
    return [path]


# --- round 18: a clerk's folder, a broken export tool, a hostile file ---------------------------------------------
def one_record_repeated_twenty_thousand_times(raw: Path) -> list[Path]:
    """A system's export whose paging loop wrote one record 20,000 times. Before: each copy was looked up in the
    frame (6 ms a copy): 2 minutes here, hours at 200,000 rows, outside any time limit."""
    (row,) = enforcement(18001, 1)
    return _bytes(raw / "one-record-repeated.csv", "\n".join(_lines([H] + [row] * 20_000)).encode())


def header_rows_by_the_thousand(raw: Path, n: int = 5_000) -> list[Path]:
    """An export that wrote its header `n` times, each with its page's number after it, then two records: each header
    row is a table to recognise. Before: 20,000 of them took 12 GB and hours (each table kept a frame of the whole sheet
    alive). The same header repeated word for word is now one header printed again on every page (no table of its own),
    cheap however many: the page numbers keep each a header of its own."""
    headers = [[*H, f"第{k}页"] for k in range(1, n + 1)]
    return _bytes(raw / "header-rows-by-the-thousand.csv", "\n".join(_lines(headers + enforcement(18011))).encode())


def cells_of_130000_characters(raw: Path) -> list[Path]:
    """Twenty records whose 案件名称 each holds 130,000 characters (a text pasted into every row), under the limit."""
    rows = [[*r[:2], "案" * 130_000, *r[3:]] for r in enforcement(18021, 20)]
    return _bytes(raw / "cells-of-130000-characters.csv", "\n".join(_lines([H, *rows])).encode())


def brackets_nested_60000_deep_in_values(raw: Path) -> list[Path]:
    """A case number, a date and a name each wrapped in 60,000 brackets (a macro gone wrong): no pattern may recurse."""
    rows = enforcement(18101, 3)
    rows[0][1] = "（" * 60_000 + "旺草许字〔2024〕18101号" + "）" * 60_000
    rows[1][5] = "(" * 60_000 + "2024-3-5" + ")" * 60_000
    rows[2][2] = "〔" * 60_000
    return _bytes(raw / "brackets-nested-deep.csv", "\n".join(_lines([H, *rows])).encode())


def values_written_to_trip_a_pattern(raw: Path) -> list[Path]:
    """Values long runs of what date, number and category patterns look for (120,000 digits, 2024- 25,000 times,
    2024年3月 14,000 times, 第…号, 行政 60,000 times): a pattern that backtracks would never end."""
    rows = enforcement(18201, 6)
    rows[0][5], rows[1][5], rows[2][5] = "1" * 120_000, "2024-" * 25_000, "2024年3月" * 14_000
    rows[3][1], rows[4][3], rows[5][5] = "第" * 40_000 + "号" * 40_000, "行政" * 60_000, "2024.3.5 " * 14_000
    return _bytes(raw / "values-to-trip-a-pattern.csv", "\n".join(_lines([H, *rows])).encode())


def a_merged_range_over_250000_rows(raw: Path) -> list[Path]:
    """Three records, then one merged range A4:H250000 (a format painted down the sheet): 2 million cells merged."""
    path = builders.xlsx(raw / "a-merged-range-over-250000-rows.xlsx", {"S": [H, *enforcement(18401, 3)]})
    merges = '<mergeCells count="1"><mergeCell ref="A5:H250000"/></mergeCells>'
    return [_sheet_xml_edited(path, lambda x: x.replace("</sheetData>", "</sheetData>" + merges))]


def two_hundred_thousand_merged_rows(raw: Path) -> list[Path]:
    """Three records, then every row below merged across A:H, 200,000 ranges (a template's blank lines)."""
    path = builders.xlsx(raw / "two-hundred-thousand-merged-rows.xlsx", {"S": [H, *enforcement(18411, 3)]})
    ranges = "".join(f'<mergeCell ref="A{r}:H{r}"/>' for r in range(5, 200_005))
    merges = f'<mergeCells count="200000">{ranges}</mergeCells>'
    return [_sheet_xml_edited(path, lambda x: x.replace("</sheetData>", "</sheetData>" + merges))]


def a_word_table_nested_3000_deep(raw: Path) -> list[Path]:
    """A Word register after a table nested 3,000 deep (a generator's recursion): past the XML parser's depth limit."""
    path = builders.docx_table(raw / "a-word-table-nested-3000-deep.docx", "行政执法台账", [H, *enforcement(18501)])
    nest = "<w:tbl><w:tr><w:tc><w:p/>" * 3000 + "<w:p/>" + "</w:tc></w:tr></w:tbl><w:p/>" * 3000

    def change(parts: dict[str, bytes]) -> None:
        parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", b"<w:body>" + nest.encode(), 1)

    return [_rezipped(path, change)]


def words_in_a_word_table_nested_3000_deep(raw: Path) -> list[Path]:
    """A Word register after tables nested 3,000 deep whose innermost cell holds a line of text."""
    path = builders.docx_table(raw / "words-in-a-table-nested-3000-deep.docx", "行政执法台账", [H, *enforcement(18511)])
    nest = (
        "<w:tbl><w:tr><w:tc><w:p/>" * 3000
        + "<w:p><w:r><w:t>附记</w:t></w:r></w:p>"
        + "</w:tc></w:tr></w:tbl><w:p/>" * 3000
    )

    def change(parts: dict[str, bytes]) -> None:
        parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:body>", b"<w:body>" + nest.encode(), 1)

    return [_rezipped(path, change)]


def a_frame_page_saved_from_a_browser(raw: Path) -> list[Path]:
    """A system's page of frames saved by a browser (另存为 → 仅 HTML): a menu and a main frame, no table. Before:
    file.no_table, "请确认表头…在前 20 行内": the office looked for a header in a file that holds none."""
    page = (
        "<html><head><title>行政执法台账</title></head><frameset cols='20%,80%'>"
        "<frame src='menu.jsp' name='menu'><frame src='ledger.jsp?year=2024' name='main'></frameset></html>"
    )
    return _bytes(raw / "a-frame-page.htm", page.encode())


def sheets_named_alike_but_for_case(raw: Path) -> list[Path]:
    """Two sheets named Sheet1 and SHEET1 (Excel holds names equal but for case to be one; a script wrote both)."""
    sheets = {"Sheet1": [H, *enforcement(18601)], "SHEET1": [H, *enforcement(18603)]}
    return [builders.xlsx(raw / "sheets-named-alike-but-for-case.xlsx", sheets)]


def numbers_that_are_not_finite(raw: Path) -> list[Path]:
    """A script's workbook whose subsidy cells hold NaN, INF and 1e400 as numbers (what Excel itself never writes)."""
    header = ["卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"]
    rows = [header, *([f"调2024-18{k}", f"2024-03-0{k}", "邻里纠纷", "调解成功", "书面", 100 * k] for k in (5, 6, 7))]
    xml = _inline_xml(rows)
    for amount, value in (("500", "NaN"), ("600", "INF"), ("700", "1e400")):
        xml = xml.replace(f"<v>{amount}</v>", f"<v>{value}</v>")
    return [_xlsx_with_sheet_xml(raw / "numbers-that-are-not-finite.xlsx", xml)]


def _with_second_sheet(path: Path, target: str, mode: str = "") -> Path:
    """`path` (one sheet) listing a second sheet whose relationship leads to `target`."""

    def change(parts: dict[str, bytes]) -> None:
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            b"</sheets>", b'<sheet name="Sheet2" sheetId="2" r:id="rId7"/></sheets>'
        )
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>",
            f'<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            f'worksheet" Target="{target}"{mode}/></Relationships>'.encode(),
        )

    return _rezipped(path, change)


def a_sheet_pointing_out_of_the_package(raw: Path) -> list[Path]:
    """A second sheet whose relationship is external, to file:///etc/passwd (an adversarial book): never read."""
    path = _xlsx_with_sheet_xml(raw / "a-sheet-pointing-out.xlsx", _inline_xml([H, *enforcement(18701)]))
    return [_with_second_sheet(path, "file:///etc/passwd", ' TargetMode="External"')]


def a_sheet_whose_part_is_missing(raw: Path) -> list[Path]:
    """A book listing a second sheet whose part was never written (a tool stopped between parts)."""
    path = _xlsx_with_sheet_xml(raw / "a-sheet-whose-part-is-missing.xlsx", _inline_xml([H, *enforcement(18711)]))
    return [_with_second_sheet(path, "worksheets/sheet9.xml")]


def a_sheet_without_a_name(raw: Path) -> list[Path]:
    """A book whose sheet is named "" (a generator given no name; Excel would refuse to name it so)."""
    path = _xlsx_with_sheet_xml(raw / "a-sheet-without-a-name.xlsx", _inline_xml([H, *enforcement(18721)]))

    def change(parts: dict[str, bytes]) -> None:
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b'name="Sheet1" ', b'name="" ')

    return [_rezipped(path, change)]


def day_numbers_beyond_excels_calendar(raw: Path) -> list[Path]:
    """Decision dates as day numbers Excel cannot show as dates (2958466, past 9999-12-31: it shows ####; 1e10), a
    time of day alone (0.3958333, 9:30) and the day 1 (1900-01-01)."""
    xml = _inline_xml([H, *enforcement(18731, 4)])
    for k, value in enumerate(("2958466", "1e10", "0.3958333", "1"), start=2):
        xml = re.sub(rf'<c r="F{k}" t="inlineStr"><is><t>[^<]*</t></is></c>', f'<c r="F{k}"><v>{value}</v></c>', xml)
    return [_xlsx_with_sheet_xml(raw / "day-numbers-beyond-the-calendar.xlsx", xml)]


def missing_values_as_pandas_writes_them(raw: Path) -> list[Path]:
    """A script's export of a frame turned into text: NaT for a missing date, <NA> for a missing category, nan. Before:
    "“NaT”不是可识别的日期" and "“<NA>”不在规定选项中", where a blank was meant."""
    rows = enforcement(18741, 3)
    rows[0][5], rows[1][3], rows[2][5] = "NaT", "<NA>", "nan"
    return _bytes(raw / "missing-values-as-pandas-writes-them.csv", "\n".join(_lines([H, *rows])).encode())


def google_sheets_error_values(raw: Path) -> list[Path]:
    """A register downloaded from Google Sheets (or WPS) as CSV: a formula it could not parse shows #ERROR!, in a
    date and a case number. Before: "“#ERROR!”不是可识别的日期", and #ERROR! taken for a case number."""
    rows = enforcement(18751, 3)
    rows[0][5], rows[1][1] = "#ERROR!", "#ERROR!"
    return _bytes(raw / "google-sheets-error-values.csv", "\n".join(_lines([H, *rows])).encode())


def a_sheet_part_named_with_uri_escapes(raw: Path) -> list[Path]:
    """A book whose sheet part is xl/worksheets/数据 1.xml in the zip and worksheets/%E6%95%B0%E6%8D%AE%201.xml in its
    relationship (a URI's escapes, as a .NET or Java writer gives them). Before: file.unreadable, an intact register."""
    path = _xlsx_with_sheet_xml(raw / "a-sheet-part-named-with-escapes.xlsx", _inline_xml([H, *enforcement(18761)]))
    escaped = "worksheets/%E6%95%B0%E6%8D%AE%201.xml"

    def change(parts: dict[str, bytes]) -> None:
        parts["xl/worksheets/数据 1.xml"] = parts.pop("xl/worksheets/sheet1.xml")
        for name in ("xl/_rels/workbook.xml.rels", "[Content_Types].xml"):
            parts[name] = parts[name].replace(b"worksheets/sheet1.xml", escaped.encode())

    return [_rezipped(path, change)]


def system_files_among_the_ledgers(raw: Path) -> list[Path]:
    """What Windows and macOS leave in a folder: Thumbs.db, desktop.ini (UTF-16), .DS_Store. No ledgers."""
    _bytes(raw / ".DS_Store", b"\x00\x00\x00\x01Bud1" + b"\x00" * 100)
    _bytes(raw / "Thumbs.db", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    _bytes(raw / "desktop.ini", "[.ShellClassInfo]\r\nLocalizedResourceName=台账\r\n".encode("utf-16"))
    return [raw / ".DS_Store", raw / "Thumbs.db", raw / "desktop.ini"]


# --- round 19 ---------------------------------------------------------------------------------------------------------
def _rows_renumbered(xml: str, row: int, to: int) -> str:
    """A sheet's XML with row `row` (its cells too) numbered `to`."""
    return re.sub(rf'(<row r="|<c r="[A-Z]+){row}"', rf'\g<1>{to}"', xml)


def a_row_written_twice_by_an_export(raw: Path) -> list[Path]:
    """A script's export numbering two rows 2 (its counter not moved on): calamine keeps the second, the first record
    lost without a word. Before: two records of three counted, nothing said."""
    xml = _rows_renumbered(_inline_xml([H, *enforcement(19011, 3)]), 3, 2)
    return [_xlsx_with_sheet_xml(raw / "a-row-written-twice.xlsx", xml)]


def a_cell_written_twice_by_an_export(raw: Path) -> list[Path]:
    """A writer giving the case name's cell the case number's reference (B2 twice in row 2). Before: the case name
    read as the case number, the case number lost, nothing said."""
    xml = _inline_xml([H, *enforcement(19021)]).replace('<c r="C2"', '<c r="B2"', 1)
    return [_xlsx_with_sheet_xml(raw / "a-cell-written-twice.xlsx", xml)]


def not_a_number_saved_in_number_cells(raw: Path) -> list[Path]:
    """A script's book whose number cells hold NaN (Java's and .NET's spelling, Python's nan): a date and an amount
    the script could not compute. Before: each a blank ("必填项…为空", the amount left out without a word)."""
    header = ["卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"]
    rows = [header, *([f"调2024-19{k}", 45350 + k, "邻里纠纷", "调解成功", "书面", 100 * k] for k in (5, 6, 7))]
    xml = _inline_xml(rows).replace("<v>45355</v>", "<v>NaN</v>").replace("<v>600</v>", "<v>nan</v>")
    return [_xlsx_with_sheet_xml(raw / "not-a-number-in-number-cells.xlsx", xml)]


def a_word_title_spanning_two_billion_columns(raw: Path) -> list[Path]:
    """A generator's Word table whose first title cell says it spans 2,000,000,000 columns of a table of 8. Before:
    read as spanning 1,000, every title moved off its records' columns, the records set aside as a blank form's."""
    path = builders.docx_table(
        raw / "a-title-spanning-two-billion-columns.docx", "行政执法台账", [H, *enforcement(19251)]
    )

    def change(parts: dict[str, bytes]) -> None:
        parts["word/document.xml"] = parts["word/document.xml"].replace(
            b"<w:tc><w:tcPr>", b'<w:tc><w:tcPr><w:gridSpan w:val="2000000000"/>', 1
        )

    return [_rezipped(path, change)]


def a_word_ledger_with_an_opening_password(raw: Path) -> list[Path]:
    """A .docx with an opening password (Word's encrypted container, as for a workbook). Before: file.encrypted, "请在
    Excel/WPS 中取消密码保护后另存为 .xlsx", advice a Word file cannot follow."""
    path = builders.password_protected_xlsx(raw / "a-word-ledger-with-a-password.docx")
    path.write_bytes(path.read_bytes() + b"\x00")  # not a copy of the workbook's stand-in (password_protected)
    return [path]


def a_libreoffice_flat_xml_sheet(raw: Path) -> list[Path]:
    """LibreOffice's 平面 XML 表格 (.fods: the OpenDocument sheet as one XML file), which Excel and WPS do not open.
    Before: file.unreadable, "请用 Excel/WPS 打开确认，另存为 .xlsx"."""
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    body = "".join(
        "<table:table-row>" + "".join(cell.format(v) for v in r) + "</table:table-row>"
        for r in [H, *enforcement(19061)]
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_ODS_NS} office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>'
        f'<table:table table:name="台账">{body}</table:table></office:spreadsheet></office:body></office:document>'
    )
    return _bytes(raw / "a-flat-xml-sheet.fods", xml.encode())


def _dates_formatted(raw: Path, name: str, formats: str, ids: tuple[int, ...]) -> list[Path]:
    """A register whose decision dates are day numbers in cells formatted by the number formats `ids` (defined in
    `formats` where they are no built-in ones)."""
    xml = _inline_xml([H, *enforcement(19031, len(ids))])
    for k, serial in enumerate(range(45356, 45356 + len(ids)), start=2):
        xml = re.sub(
            rf'<c r="F{k}" t="inlineStr"><is><t>[^<]*</t></is></c>', f'<c r="F{k}" s="{k - 1}"><v>{serial}</v></c>', xml
        )
    xfs = "".join(f'<xf numFmtId="{i}" applyNumberFormat="1"/>' for i in ids)
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'{formats}<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
        f'<cellXfs count="{len(ids) + 1}"><xf numFmtId="0"/>{xfs}</cellXfs></styleSheet>'
    )
    path = _xlsx_with_sheet_xml(raw / name, xml)

    def change(parts: dict[str, bytes]) -> None:
        parts["xl/styles.xml"] = styles.encode()
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>",
            b'<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            b'Target="styles.xml"/></Relationships>',
        )

    return [_rezipped(path, change)]


def dates_in_chinese_excels_own_formats(raw: Path) -> list[Path]:
    """Dates formatted by Chinese Excel's built-in formats (31: yyyy"年"m"月"d"日", 57, 58: never defined in the file)
    and by a custom one in Chinese numerals ([DBNum1], id 176) and the system's long date ([$-F800], id 177)."""
    formats = (
        '<numFmts count="2"><numFmt numFmtId="176" formatCode="[DBNum1][$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
        '<numFmt numFmtId="177" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/></numFmts>'
    )
    return _dates_formatted(raw, "dates-in-chinese-excels-formats.xlsx", formats, (31, 57, 58, 176, 177))


def characters_escaped_as_office_open_xml_writes_them(raw: Path) -> list[Path]:
    """Texts holding _x000D_ and _x0031_ (the escapes Open XML writes for a carriage return and any character, as
    Apache POI and openpyxl save them)."""
    rows = enforcement(19051)
    rows[0][2], rows[1][1] = "事项_x000D_\n说明", "旺草许字〔2024〕第_x0031_9052号"
    return [_xlsx_with_sheet_xml(raw / "characters-escaped-as-ooxml.xlsx", _inline_xml([H, *rows]))]


def a_browser_download_never_finished(raw: Path) -> list[Path]:
    """Half a workbook under the name Chrome gives a download in progress (执法台账.xlsx.crdownload)."""
    whole = builders.xlsx(raw / "download.tmp.xlsx", {"S": [H, *enforcement(19071)]})
    data = whole.read_bytes()
    whole.unlink()
    return _bytes(raw / "执法台账.xlsx.crdownload", data[: len(data) // 2])


def a_browser_download_finished_but_never_renamed(raw: Path) -> list[Path]:
    """A whole workbook left under the name of a download in progress (未确认 123456.crdownload)."""
    whole = builders.xlsx(raw / "download.tmp.xlsx", {"S": [H, *enforcement(19075)]})
    return [whole.rename(raw / "未确认 123456.crdownload")]


def a_gb18030_export_with_four_byte_characters(raw: Path) -> list[Path]:
    """A GB18030 CSV whose rare name characters (䶮, 𠀀) and the euro sign take bytes GBK has no reading for."""
    rows = enforcement(19141)
    rows[0][6], rows[1][6], rows[0][2] = "王䶮", "李𠀀", "事项€"
    return _bytes(raw / "a-gb18030-export.csv", "\n".join(_lines([H, *rows])).encode("gb18030"))


def a_word_ledger_of_fields_links_and_smart_tags(raw: Path) -> list[Path]:
    """Case numbers wrapped as Word wraps text: a hyperlink, a smart tag (old Chinese Word's dates and names), a simple
    field and a mail-merge field's result between its field characters."""
    wraps = (
        '<w:hyperlink w:anchor="x"><w:r><w:t>{}</w:t></w:r></w:hyperlink>',
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date"><w:r><w:t>{}</w:t></w:r></w:smartTag>',
        '<w:fldSimple w:instr=" QUOTE x "><w:r><w:t>{}</w:t></w:r></w:fldSimple>',
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD 案号 </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )
    rows = enforcement(19211, len(wraps))
    table = _word_table([H, *rows])
    for row, wrap in zip(rows, wraps, strict=True):
        table = table.replace(f"<w:r><w:t>{row[1]}</w:t></w:r>", wrap.format(row[1]), 1)
    return [builders.word_draft(raw / "fields-links-and-smart-tags.docx", table)]


def a_word_record_deleted_while_tracking(raw: Path) -> list[Path]:
    """A Word register whose second record was deleted with 修订 on and never accepted (w:del on the row, its text
    w:delText): Word shows it struck, and it is no record."""
    rows = enforcement(19101, 3)
    table = _word_table([H, *rows])
    deleted = "<w:tr>" + "".join(
        f'<w:tc><w:p><w:del w:id="{k}" w:author="z"><w:r><w:delText>{c}</w:delText></w:r></w:del></w:p></w:tc>'
        for k, c in enumerate(rows[1])
    )
    plain = "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in rows[1])
    table = table.replace(plain, deleted.replace("<w:tr>", '<w:tr><w:trPr><w:del w:id="99" w:author="z"/></w:trPr>', 1))
    return [builders.word_draft(raw / "a-record-deleted-while-tracking.docx", table)]


def a_word_ledger_whose_body_is_utf16(raw: Path) -> list[Path]:
    """A .docx whose document part a .NET writer saved in UTF-16 (the standard allows it)."""
    path = builders.docx_table(raw / "a-word-body-in-utf16.docx", "行政执法台账", [H, *enforcement(19151)])

    def change(parts: dict[str, bytes]) -> None:
        body = re.sub(r"^<\?xml[^>]*\?>", "", parts["word/document.xml"].decode())
        parts["word/document.xml"] = ('<?xml version="1.0" encoding="UTF-16" standalone="yes"?>' + body).encode(
            "utf-16"
        )

    return [_rezipped(path, change)]


def values_led_by_a_tab_to_stay_text(raw: Path) -> list[Path]:
    """A tax or bank system's CSV writing a tab before numbers and dates (so Excel keeps them as text)."""
    rows = enforcement(19201)
    rows[0][1], rows[0][5] = "\t" + rows[0][1], "\t2024-03-05"
    return _bytes(raw / "values-led-by-a-tab.csv", "\n".join(_lines([H, *rows])).encode())


def a_book_linked_to_a_file_on_the_clerks_desktop(raw: Path) -> list[Path]:
    """A register whose 备注 sums a cell of another workbook (an external link to C:\\Users\\…\\汇总.xlsx, with its
    cached value, and a #REF! where the link broke): the book is whole, the link's file never looked for."""
    path = builders.xlsx(raw / "a-book-linked-to-another-file.xlsx", {"台账": [H, *enforcement(19001)]})
    main = "http://schemas.openxmlformats.org"

    def change(parts: dict[str, bytes]) -> None:
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            b"</sheets>", b'</sheets><externalReferences><externalReference r:id="rId99"/></externalReferences>'
        )
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>",
            f'<Relationship Id="rId99" Type="{main}/officeDocument/2006/relationships/externalLink" '
            'Target="externalLinks/externalLink1.xml"/></Relationships>'.encode(),
        )
        parts["xl/externalLinks/externalLink1.xml"] = (
            f'<externalLink xmlns="{main}/spreadsheetml/2006/main" xmlns:r="{main}/officeDocument/2006/relationships">'
            '<externalBook r:id="rId1"><sheetNames><sheetName val="汇总"/></sheetNames></externalBook></externalLink>'
        ).encode()
        parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = (
            f'<Relationships xmlns="{main}/package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{main}/officeDocument/2006/relationships/externalLinkPath" '
            'Target="file:///C:\\Users\\clerk\\Desktop\\汇总.xlsx" TargetMode="External"/></Relationships>'
        ).encode()
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        sheet = re.sub(r'<c r="H2"[^>]*?(?:/>|>.*?</c>)', '<c r="H2"><f>[1]汇总!A1</f><v>5</v></c>', sheet, count=1)
        sheet = re.sub(
            r'<c r="H3"[^>]*?(?:/>|>.*?</c>)', '<c r="H3" t="e"><f>[1]汇总!A2</f><v>#REF!</v></c>', sheet, count=1
        )
        parts["xl/worksheets/sheet1.xml"] = sheet.encode()

    return [_rezipped(path, change)]


def a_word_table_wider_than_a_row_may_hold(raw: Path) -> list[Path]:
    """A Word table of 3,008 columns (Word itself stops at 63): a generator's, or no ledger."""
    rows = [H + [f"列{k}" for k in range(3000)], *[r + ["x"] * 3000 for r in enforcement(19261)]]
    return [builders.word_draft(raw / "a-word-table-3008-columns-wide.docx", _word_table(rows))]


def a_style_index_past_the_books_styles(raw: Path) -> list[Path]:
    """A date cell naming format 999 of a book that has none (a writer's slip)."""
    xml = _inline_xml([H, *enforcement(19041)]).replace('<c r="F2" t="inlineStr">', '<c r="F2" s="999" t="inlineStr">')
    return [_xlsx_with_sheet_xml(raw / "a-style-index-past-the-styles.xlsx", xml)]


def values_left_empty_or_padded(raw: Path) -> list[Path]:
    """A shared-string cell with an empty value (<v></v>) and a number padded with spaces (<v> 19092 </v>)."""
    xml = _inline_xml([H, *enforcement(19091)])
    xml = xml.replace('<c r="A2"><v>19091</v></c>', '<c r="A2" t="s"><v></v></c>')
    xml = xml.replace('<c r="A3"><v>19092</v></c>', '<c r="A3"><v> 19092 </v></c>')
    return [_xlsx_with_sheet_xml(raw / "values-left-empty-or-padded.xlsx", xml)]


def a_shared_strings_count_of_four_billion(raw: Path) -> list[Path]:
    """A 2 KB register whose shared-strings part claims 4,000,000,000 strings (a writer's counter gone wrong):
    calamine reserves room for them all."""
    (path,) = shared_strings_with_phonetic_guides(raw, start=22351)

    def change(parts: dict[str, bytes]) -> None:
        parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].replace(
            b"<sst ", b'<sst count="4000000000" uniqueCount="4000000000" ', 1
        )

    return [_rezipped(path, change).rename(raw / "a-shared-strings-count-of-four-billion.xlsx")]


# --- round 20: a clerk's folder, a broken export tool, a hostile file -----------------------------------------------
def _sheet_of(rows: list[list], cell: Callable[[str, object], str], namespace: str = f'xmlns="{_MAIN_NS}"') -> str:
    """A worksheet's XML of the given rows, each filled cell written by `cell(reference, value)`."""
    body = "".join(
        f'<row r="{r}">'
        + "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row) if v not in (None, ""))
        + "</row>"
        for r, row in enumerate(rows, 1)
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet {namespace}><sheetData>{body}</sheetData></worksheet>'


def _merged(path: Path, ranges: str) -> Path:
    merges = "".join(f'<mergeCell ref="{r}"/>' for r in ranges.split())
    tail = f'</sheetData><mergeCells count="{len(ranges.split())}">{merges}</mergeCells>'
    return _sheet_xml_edited(path, lambda x: x.replace("</sheetData>", tail))


def a_merge_hiding_the_records_under_a_title(raw: Path) -> list[Path]:
    """A script's export that merged B1:B4 after writing every cell (openpyxl's merge_cells keeps the covered values,
    Excel shows only 案件编号): spread as a merge, the title had swallowed the three records below it without a word."""
    path = builders.xlsx(raw / "a-merge-hiding-the-records.xlsx", {"S": [H, *enforcement(20001, 3)]})
    return [_merged(path, "B1:B4")]


def a_merge_over_the_whole_sheet(raw: Path) -> list[Path]:
    """A merged range A1:XFD1048576 over a filled register (a script's "format the sheet"): every cell had read as
    序号, the register "no known ledger"."""
    path = builders.xlsx(raw / "a-merge-over-the-whole-sheet.xlsx", {"S": [H, *enforcement(20011)]})
    return [_merged(path, "A1:XFD1048576")]


def a_sheet_part_appended_again_by_a_script(raw: Path) -> list[Path]:
    """A workbook a script updated by appending its sheet's part again (Python's zipfile in mode "a"): the package
    holds xl/worksheets/sheet1.xml twice, three records in the first, one in the second. calamine had read the second,
    two records lost without a word."""
    import warnings

    path = builders.xlsx(raw / "a-sheet-part-appended-again.xlsx", {"S": [H, *enforcement(20021, 3)]})
    other = builders.xlsx(raw / "appended.tmp.xlsx", {"S": [H, *enforcement(20024, 1)]})
    with zipfile.ZipFile(other) as z:
        second = z.read("xl/worksheets/sheet1.xml")
    other.unlink()
    with warnings.catch_warnings(), zipfile.ZipFile(path, "a") as z:
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name it writes
        z.writestr("xl/worksheets/sheet1.xml", second)
    return [path]


def a_word_record_in_hidden_text(raw: Path) -> list[Path]:
    """A Word ledger whose last record the clerk hid (字体 → 隐藏, w:vanish): Word neither shows nor prints it."""
    body = _word_table([H, *enforcement(20031, 3)]).rsplit("<w:tr>", 1)
    hidden = body[1].replace("<w:r>", "<w:r><w:rPr><w:vanish/></w:rPr>")
    return [builders.word_draft(raw / "a-word-record-in-hidden-text.docx", f"{body[0]}<w:tr>{hidden}")]


def inline_strings_written_as_values(raw: Path) -> list[Path]:
    """Every text cell an export wrote as an inline string holding <v> (a number's element) instead of <is><t>:
    Excel and calamine show them blank; the book had been called empty."""
    xml = _sheet_of([H, *enforcement(20041)], lambda ref, v: f'<c r="{ref}" t="inlineStr"><v>{v}</v></c>')
    return [_xlsx_with_sheet_xml(raw / "inline-strings-written-as-values.xlsx", xml)]


def _header_as_formula(raw: Path, name: str, start: int, value: str) -> list[Path]:
    path = builders.xlsx(raw / name, {"S": [H, *enforcement(start)]})
    cell = (
        f'<c r="B1" t="str"><f>"案件"&amp;"编号"</f>{value}</c>' if value else '<c r="B1"><f>"案件"&amp;"编号"</f></c>'
    )
    return [_sheet_xml_edited(path, lambda x: re.sub(r'<c r="B1"[^>]*>.*?</c>', cell, x, count=1))]


def a_title_written_as_a_formula_never_computed(raw: Path) -> list[Path]:
    """A header whose 案件编号 is a formula (="案件"&"编号") a script saved without its result: "#公式未计算" had been
    quoted as a column no field takes, the records keyed by 序号 without a word why."""
    return _header_as_formula(raw, "a-title-written-as-a-formula.xlsx", 20051, "")


def a_title_written_as_a_formula_with_its_value(raw: Path) -> list[Path]:
    return _header_as_formula(raw, "a-title-formula-with-its-value.xlsx", 20061, "<v>案件编号</v>")


def a_csv_typed_with_chinese_quotes(raw: Path) -> list[Path]:
    """A CSV typed in Notepad with a Chinese input method, whose quote key gives “ and ”: every cell in curly quotes.
    Its titles had been no ledger's (“序号”、“案件编号”…)."""
    lines = [",".join(f"“{c}”" for c in row) for row in [H, *enforcement(20071)]]
    return _bytes(raw / "a-csv-typed-with-chinese-quotes.csv", ("\r\n".join(lines) + "\r\n").encode())


def _packed(raw: Path, name: str, start: int, method: int) -> list[Path]:
    path = builders.xlsx(raw / name, {"S": [H, *enforcement(start)]})
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    with zipfile.ZipFile(path, "w", method) as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return [path]


def a_workbook_packed_with_bzip2(raw: Path) -> list[Path]:
    """A register a script's zip library packed with bzip2 (the zip format allows it; Excel reads only deflate): it
    had been "已损坏…请用 Excel/WPS 打开", which Excel cannot do either."""
    return _packed(raw, "a-workbook-packed-with-bzip2.xlsx", 20081, zipfile.ZIP_BZIP2)


def a_workbook_packed_with_lzma(raw: Path) -> list[Path]:
    return _packed(raw, "a-workbook-packed-with-lzma.xlsx", 20091, zipfile.ZIP_LZMA)


def a_meetings_video_among_the_ledgers(raw: Path, size: int = 300 * 1024**2) -> list[Path]:
    """A recording of a training session (300 MB, sparse: no disk is spent on it) dropped among the ledgers: past the
    size limit, refused by its size before any of it is read."""
    path = raw / "培训现场录像.mp4"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        fh.truncate(size)
    return [path]


def a_sheet_part_led_by_a_byte_order_mark(raw: Path) -> list[Path]:
    """A sheet's XML part led by a UTF-8 byte-order mark (a .NET writer's default encoding)."""
    path = builders.xlsx(raw / "a-sheet-part-led-by-a-bom.xlsx", {"S": [H, *enforcement(20101)]})

    def change(parts: dict[str, bytes]) -> None:
        parts["xl/worksheets/sheet1.xml"] = b"\xef\xbb\xbf" + parts["xl/worksheets/sheet1.xml"]

    return [_rezipped(path, change)]


def a_dimension_of_one_cell_over_thirty_records(raw: Path) -> list[Path]:
    """Thirty records under a sheet dimension of A1 (a streaming writer's, written before its rows)."""
    path = builders.xlsx(raw / "a-dimension-of-one-cell.xlsx", {"S": [H, *enforcement(20111, 30)]})
    return [_sheet_xml_edited(path, lambda x: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1"/>', x))]


def seventy_thousand_cell_formats(raw: Path) -> list[Path]:
    """A styles part of 70,000 cell formats (past Excel's 64,000: a script adding a format per cell)."""
    path = builders.xlsx(raw / "seventy-thousand-cell-formats.xlsx", {"S": [H, *enforcement(20141)]})
    xf = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'

    def change(parts: dict[str, bytes]) -> None:
        styles = parts["xl/styles.xml"].decode()
        parts["xl/styles.xml"] = re.sub(
            r'<cellXfs count="\d+">(.*?)</cellXfs>',
            lambda m: f'<cellXfs count="70000">{m.group(1)}{xf * 69_990}</cellXfs>',
            styles,
            flags=re.S,
        ).encode()

    return [_rezipped(path, change)]


def amounts_with_a_full_width_minus(raw: Path) -> list[Path]:
    """Fines typed with an input method's full-width minus and digits (－１２００), one with the minus sign U+2212."""
    header = [*H[:7], "罚款金额（元）"]
    rows = enforcement(20151, 3)
    for row, amount in zip(rows, ("－１２００", "１２００．５", "−300"), strict=True):
        row[7] = amount
    return [builders.xlsx(raw / "amounts-with-a-full-width-minus.xlsx", {"S": [header, *rows]})]


def cells_of_only_invisible_characters(raw: Path) -> list[Path]:
    """Required cells holding only zero-width spaces, ideographic spaces or direction marks (pasted from a web page):
    blanks, named where a record needs the value."""
    rows = enforcement(20161, 3)
    rows[0][1], rows[1][5], rows[2][3] = "\u200b\u200b", "\u3000\u3000", "\u200e\u200f"
    return [builders.xlsx(raw / "cells-of-only-invisible-characters.xlsx", {"S": [H, *rows]})]


def word_rows_shorter_than_their_table(raw: Path) -> list[Path]:
    """A Word table whose rows hold fewer cells than its grid: one leaves its first column out (w:gridBefore), one its
    last (w:gridAfter), as a table drawn by hand or converted from a PDF."""
    rows = [[str(c) for c in r] for r in [H, *enforcement(20171, 2)]]

    def tr(cells: list[str], props: str = "") -> str:
        return (
            f"<w:tr>{props}" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in cells) + "</w:tr>"
        )

    grid = "<w:tblGrid>" + "<w:gridCol/>" * len(H) + "</w:tblGrid>"
    body = (
        f"<w:tbl>{grid}{tr(rows[0])}"
        + tr(["", *rows[1][1:]][1:], '<w:trPr><w:gridBefore w:val="1"/></w:trPr>')
        + tr(rows[2][:-1], '<w:trPr><w:gridAfter w:val="1"/></w:trPr>')
        + "</w:tbl>"
    )
    return [builders.word_draft(raw / "word-rows-shorter-than-their-table.docx", body)]


def a_word_merge_continued_past_a_table_split(raw: Path) -> list[Path]:
    """A Word ledger split in two tables at a page break, its 执法单位 merged down (w:vMerge) from the first table and
    "continued" at the top of the second, where Word shows the cells empty."""
    rows = [H, *enforcement(20181, 4)]

    def tr(row: list, merge: str | None) -> str:
        cells = []
        for i, c in enumerate(row):
            if i == 4 and merge is not None:
                value = row[4] if merge == "restart" else ""
                attr = ' w:val="restart"' if merge == "restart" else ""
                cells.append(f"<w:tc><w:tcPr><w:vMerge{attr}/></w:tcPr><w:p><w:r><w:t>{value}</w:t></w:r></w:p></w:tc>")
            else:
                cells.append(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>")
        return "<w:tr>" + "".join(cells) + "</w:tr>"

    first = f"<w:tbl>{tr(rows[0], None)}{tr(rows[1], 'restart')}{tr(rows[2], '')}</w:tbl>"
    second = f"<w:tbl>{tr(rows[3], '')}{tr(rows[4], '')}</w:tbl>"
    page_break = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    return [builders.word_draft(raw / "a-word-merge-continued-past-a-split.docx", first + page_break + second)]


def _timed(raw: Path, name: str, start: int, when: int) -> list[Path]:
    path = builders.xlsx(raw / name, {"S": [H, *enforcement(start)]})
    os.utime(path, (when, when))
    return [path]


def a_file_time_from_a_broken_clock(raw: Path) -> list[Path]:
    """A ledger whose modification time a broken clock left in the year 36,812 (no calendar Python keeps)."""
    return _timed(raw, "a-file-time-far-ahead.xlsx", 20191, 2**40)


def a_file_time_before_1970(raw: Path) -> list[Path]:
    """A ledger whose modification time is 35,000 years before 1970 (a FAT stick's or an archive's slip)."""
    return _timed(raw, "a-file-time-far-behind.xlsx", 20193, -(2**40))


def format_placeholders_in_file_and_sheet_names(raw: Path) -> list[Path]:
    """A file and a sheet named with what string formatting reads as placeholders ({0}, {kind}, %s, %(x)s)."""
    return [builders.xlsx(raw / "台账{0}{kind}%s%(x)s.xlsx", {"表{file}%d": [H, *enforcement(20201)]})]


def a_name_led_by_a_dash(raw: Path) -> list[Path]:
    """A ledger named as a command line's option (-rf 台账.xlsx)."""
    return [builders.xlsx(raw / "-rf 台账.xlsx", {"S": [H, *enforcement(20211)]})]


def an_array_formula_saved_without_its_value(raw: Path) -> list[Path]:
    """Two dates of one array formula ({=DATE(2024,3,A2:A3)}) a script wrote without computing it."""
    path = builders.xlsx(raw / "an-array-formula-without-its-value.xlsx", {"S": [H, *enforcement(20221)]})
    formula = '<f t="array" ref="F2:F3">DATE(2024,3,A2:A3)</f>'
    return [
        _sheet_xml_edited(
            path,
            lambda x: re.sub(
                r'<c r="F2"([^>]*?)(?: t="\w+")?>(?:<is>.*?</is>|<v>.*?</v>)</c>', rf'<c r="F2"\1>{formula}</c>', x
            ),
        )
    ]


def texts_in_cdata_sections_and_character_references(raw: Path) -> list[Path]:
    """Inline strings a PHP or Java exporter wrapped in CDATA sections, and titles written as character references
    (&#x6848;&#x4ef6;…)."""

    def cell(ref: str, v: object) -> str:
        text = (
            "".join(f"&#x{ord(ch):x};" for ch in str(v)) if ref.endswith("1") and len(ref) == 2 else f"<![CDATA[{v}]]>"
        )
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    return [_xlsx_with_sheet_xml(raw / "texts-in-cdata-sections.xlsx", _sheet_of([H, *enforcement(20231)], cell))]


def a_sheet_without_its_namespace_and_lower_case_references(raw: Path) -> list[Path]:
    """A hand-rolled writer's sheet: no namespace, cell references in lower case, texts typed t="str" with a <v>."""
    xml = _sheet_of([H, *enforcement(20241)], lambda ref, v: f'<c r="{ref.lower()}" t="str"><v>{v}</v></c>', "")
    return [_xlsx_with_sheet_xml(raw / "a-sheet-without-its-namespace.xlsx", xml)]


def decimal_commas_in_number_cells(raw: Path) -> list[Path]:
    """Amounts a writer on a European locale wrote into number cells as 1200,5 (<v>1200,5</v>)."""
    rows = [[*H[:7], "罚款金额（元）"], *enforcement(20251)]
    rows[1][7], rows[2][7] = "1200,5", "300,25"

    def cell(ref: str, v: object) -> str:
        if ref[0] == "H" and ref != "H1":
            return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'

    return [_xlsx_with_sheet_xml(raw / "decimal-commas-in-number-cells.xlsx", _sheet_of(rows, cell))]


def a_name_of_254_bytes(raw: Path) -> list[Path]:
    """A ledger whose name is as long as a Linux file name may be (254 bytes of UTF-8: 83 Chinese characters)."""
    return [builders.xlsx(raw / ("台" * 83 + ".xlsx"), {"S": [H, *enforcement(20261)]})]


def a_field_cut_in_the_middle_of_a_character(raw: Path) -> list[Path]:
    """A UTF-8 export whose system cut a 案件名称 at a byte limit, in the middle of a character's three bytes."""
    lines = [",".join(map(str, r)) for r in [H, *enforcement(20271, 3)]]
    data = ("\r\n".join(lines) + "\r\n").encode()
    data = data.replace("事项20272".encode(), "事项20272".encode() + "某".encode()[:2])
    return _bytes(raw / "a-field-cut-mid-character.csv", data)


# --- round 21: a clerk's folder, a broken export tool, a hostile file -----------------------------------------------
_FINE = [*H[:7], "罚款金额（元）", "备注"]


def _fines(start: int, amounts: list) -> list[list]:
    """Penalty records of these fines (under _FINE)."""
    return [
        [*r[:3], "行政处罚", *r[4:7], a, ""] for r, a in zip(enforcement(start, len(amounts)), amounts, strict=True)
    ]


def case_numbers_excel_showed_in_scientific_notation(raw: Path) -> list[Path]:
    """A CSV saved from Excel after a system's 18-digit case numbers were opened in it: Excel shows them as
    2.02403E+17 and saves what it shows. Three cases, one six-digit stub."""
    rows = enforcement(21001, 3)
    for row in rows:
        row[1] = "2.02403E+17"
    return [builders.csv_file(raw / "case-numbers-in-scientific-notation.csv", [H, *rows])]


def case_numbers_excel_took_for_dates(raw: Path) -> list[Path]:
    """A register whose numbers were typed 3-1, 3-2, 3-1 (a clerk's 月-序号) into General cells: Excel keeps dates."""
    rows = enforcement(21011, 3)
    for row, day in zip(rows, (1, 2, 1), strict=True):
        row[1] = datetime.datetime(2024, 3, day)
    return [builders.xlsx(raw / "case-numbers-taken-for-dates.xlsx", {"S": [H, *rows]})]


def nulls_as_a_database_dump_writes_them(raw: Path) -> list[Path]:
    """A MySQL SELECT … INTO OUTFILE (or PostgreSQL COPY) export: \\N for NULL. Two records without a case number, one
    without a date, one whole."""
    rows = enforcement(21021, 4)
    rows[0][1] = rows[1][1] = rows[2][5] = "\\N"
    return [builders.csv_file(raw / "nulls-of-a-database-dump.csv", [H, *rows], encoding="utf-8")]


def dates_a_too_narrow_column_saved_as_hashes(raw: Path) -> list[Path]:
    """A CSV saved from Excel while the date column was too narrow: two dates written as Excel showed them, ########."""
    rows = enforcement(21031, 3)
    rows[0][5], rows[1][5] = "########", "###########"
    return [builders.csv_file(raw / "dates-saved-as-hashes.csv", [H, *rows])]


def amounts_with_the_minus_sign_after_them(raw: Path) -> list[Path]:
    """A finance system's export (SAP, 用友, 金蝶) writing a negative with its sign after it: 500-, 1,200.00-."""
    return [
        builders.csv_file(
            raw / "amounts-with-a-trailing-minus.csv", [_FINE, *_fines(21041, ["500-", "1,200.00-", 300])]
        )
    ]


def a_markdown_table_pasted_into_one_column(raw: Path) -> list[Path]:
    """A register a chat assistant wrote as a Markdown table (| 序号 | 案件编号 |, a |---| line) pasted into column A."""
    lines = ["| " + " | ".join(map(str, r)) + " |" for r in [H, *enforcement(21051)]]
    lines.insert(1, "|" + "---|" * len(H))
    return [builders.xlsx(raw / "a-markdown-table-in-one-column.xlsx", {"S": [[line] for line in lines]})]


def a_database_clients_printout_pasted_into_one_column(raw: Path) -> list[Path]:
    """A mysql client's query printout (+----+ borders, | between cells) pasted into column A."""
    rule = "+" + "+".join("------" for _ in H) + "+"
    lines = [
        rule,
        "| " + " | ".join(H) + " |",
        rule,
        *("| " + " | ".join(map(str, r)) + " |" for r in enforcement(21055)),
        rule,
    ]
    return [builders.xlsx(raw / "a-database-printout-in-one-column.xlsx", {"S": [[line] for line in lines]})]


def a_workbook_with_custom_xml_and_a_vba_project(raw: Path) -> list[Path]:
    """An .xlsx an OA system stamped with a custom XML part (its document id) and a leftover VBA project."""
    path = builders.xlsx(raw / "a-workbook-with-custom-xml.xlsx", {"S": [H, *enforcement(21061)]})
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("customXml/item1.xml", '<?xml version="1.0"?><oa><docId>OA-2024-0001</docId></oa>')
        z.writestr("customXml/itemProps1.xml", '<?xml version="1.0"?><ds:datastoreItem xmlns:ds="x"/>')
        z.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    return [path]


def a_table_under_a_note_named_only_by_its_print_area(raw: Path) -> list[Path]:
    """A system's note above the table (本表由系统导出，请勿修改); only the print area and a defined name 台账 say
    where the table is."""
    import openpyxl
    from openpyxl.workbook.defined_name import DefinedName

    path = raw / "a-table-named-by-its-print-area.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "S"
    ws.append(["说明：本表由系统导出，请勿修改表头"])
    for row in [H, *enforcement(21071)]:
        ws.append(row)
    ws.print_area = "A2:H4"
    wb.defined_names["台账"] = DefinedName("台账", attr_text="S!$A$2:$H$4")
    wb.save(path)
    return [path]


def a_sheet_name_of_31_characters_ending_in_a_space(raw: Path) -> list[Path]:
    """A sheet named up to Excel's 31 characters, the last a space (a title cut to fit)."""
    return [
        builders.xlsx(
            raw / "a-sheet-name-ending-in-a-space.xlsx",
            {"2024年旺草镇行政执法案件登记台账（一季度）明细表 "[:30] + " ": [H, *enforcement(21081)]},
        )
    ]


def tab_separated_text_named_csv(raw: Path) -> list[Path]:
    """A web system's "CSV" export that parts its cells by tabs."""
    return _bytes(
        raw / "tab-separated-text-named.csv", ("\n".join(_lines([H, *enforcement(21091)], "\t")) + "\n").encode()
    )


def a_wps_writer_document_in_its_binary_format(raw: Path) -> list[Path]:
    """A WPS 文字 .wps of the old binary format (an OLE file whose main stream is WordDocument, as a .doc's; longer
    than `word_97_document`'s, which it would otherwise copy byte for byte)."""
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "WordDocument".encode("utf-16-le") + bytes(600)
    return _bytes(raw / "执法台账.wps", ole)


def percentages_typed_into_an_amount_column(raw: Path) -> list[Path]:
    """Fines typed as 85％ and 50% (a share of the standard, not an amount) beside one amount."""
    return [builders.csv_file(raw / "percentages-in-amounts.csv", [_FINE, *_fines(21101, ["85％", "50%", 300])])]


def dates_as_moments_since_1970(raw: Path) -> list[Path]:
    """A web system's export keeping its timestamps: milliseconds (1709568000000) and seconds since 1970 (UTC)."""
    rows = enforcement(21111, 3)
    rows[0][5], rows[1][5], rows[2][5] = 1709568000000, 1709654400, "1709740800000"
    return [builders.xlsx(raw / "dates-as-moments-since-1970.xlsx", {"S": [H, *rows]})]


def dates_as_eight_digits_and_with_a_zone(raw: Path) -> list[Path]:
    """Dates as 20240305 (text and number) and 2024-03-07 00:00:00+08:00 (a script's time with its zone)."""
    rows = enforcement(21121, 3)
    rows[0][5], rows[1][5], rows[2][5] = "20240305", 20240306, "2024-03-07 00:00:00+08:00"
    return [builders.xlsx(raw / "dates-as-eight-digits.xlsx", {"S": [H, *rows]})]


def _download_left_unfinished(raw: Path, name: str, start: int) -> list[Path]:
    whole = builders.xlsx(raw / "download.tmp.xlsx", {"S": [H, *enforcement(start)]})
    data = whole.read_bytes()
    whole.unlink()
    return _bytes(raw / name, data[: len(data) // 2])


def a_thunder_download_never_finished(raw: Path) -> list[Path]:
    """Half a workbook under 迅雷's name for a download in progress."""
    return _download_left_unfinished(raw, "执法台账.xlsx.xltd", 21131)


def a_firefox_download_never_finished(raw: Path) -> list[Path]:
    return _download_left_unfinished(raw, "执法台账.xlsx.part", 21133)


def a_baidu_netdisk_download_never_finished(raw: Path) -> list[Path]:
    return _download_left_unfinished(raw, "执法台账.xlsx.baiduyun.p.downloading", 21135)


def a_ledger_whose_suffix_a_chat_app_dropped(raw: Path) -> list[Path]:
    """A workbook saved from a chat without its suffix (执法台账)."""
    return [builders.xlsx(raw / "tmp.xlsx", {"S": [H, *enforcement(21141)]}).rename(raw / "执法台账")]


def a_suffix_a_sync_tool_numbered(raw: Path) -> list[Path]:
    """A workbook a sync tool kept as a second version under 执法台账.xlsx.1."""
    return [builders.xlsx(raw / "tmp.xlsx", {"S": [H, *enforcement(21143)]}).rename(raw / "执法台账.xlsx.1")]


def a_pandas_export_with_its_index_column(raw: Path) -> list[Path]:
    """A script's DataFrame.to_csv() with its index: a first column without a title, 0, 1, 2."""
    lines = ["," + ",".join(H), *(f"{i}," + ",".join(map(str, r)) for i, r in enumerate(enforcement(21151, 3)))]
    return _bytes(raw / "a-pandas-export-with-its-index.csv", ("\n".join(lines) + "\n").encode())


def titles_excels_table_numbered_above_the_header(raw: Path) -> list[Path]:
    """An Excel table made without 表包含标题: Excel adds a header of its own (列1, 列2 …) above the real titles."""
    return [
        builders.xlsx(
            raw / "titles-numbered-above-the-header.xlsx",
            {"S": [[f"列{i}" for i in range(1, 9)], H, *enforcement(21161)]},
        )
    ]


def titles_spaced_out_to_fill_their_cells(raw: Path) -> list[Path]:
    """Titles spaced out to fill their cells (案 件 编 号, 备　　注), as a printed form's are."""
    header = ["序　号", "案 件 编 号", "案件名称", "执 法 类 别", "执法单位", "办 理 日 期", "当事人", "备　　注"]
    return [builders.xlsx(raw / "titles-spaced-out.xlsx", {"S": [header, *enforcement(21171)]})]


# --- round 22: phones, chat apps, cloud offices and the systems behind an export ---------------------------------------
def an_exports_footer_of_who_exported_it_and_when(raw: Path) -> list[Path]:
    """A web system's export ending in 共 2 条记录 and 导出人：管理员 | 导出时间：2025-01-03 10:22:01 under the records."""
    rows = [*enforcement(22011), ["共 2 条记录"], ["导出人：管理员", "", "导出时间：2025-01-03 10:22:01"]]
    return [builders.xlsx(raw / "an-exports-footer.xlsx", {"S": [H, *rows]})]


def dates_as_oracle_prints_them_in_a_chinese_session(raw: Path) -> list[Path]:
    """An OA system's export of an Oracle query that asked for no date format: DD-MON-RR in a Chinese session
    (05-3月 -24), and the same with the year in full (07-3月-2024)."""
    rows = enforcement(22101, 3)
    rows[0][5], rows[1][5], rows[2][5] = "05-3月 -24", "06-3月 -24", "07-3月-2024"
    return [builders.csv_file(raw / "dates-as-oracle-prints-them.csv", [H, *rows])]


def dates_as_javascript_and_dotnet_json_print_them(raw: Path) -> list[Path]:
    """A web page's export writing the dates its script held: JavaScript's Date.toString (Tue Mar 05 2024 00:00:00
    GMT+0800 (中国标准时间), and in English) and ASP.NET's JSON date (/Date(1709740800000)/)."""
    rows = enforcement(22111, 3)
    rows[0][5] = "Tue Mar 05 2024 00:00:00 GMT+0800 (中国标准时间)"
    rows[1][5] = "Wed Mar 06 2024 00:00:00 GMT+0800 (China Standard Time)"
    rows[2][5] = "/Date(1709740800000)/"
    return [builders.csv_file(raw / "dates-as-a-script-prints-them.csv", [H, *rows], encoding="utf-8")]


def a_dropdowns_prompt_left_unchosen(raw: Path) -> list[Path]:
    """A template's 执法类别 dropdown never chosen in two records: its prompt 请选择 / --请选择-- saved as the cell."""
    rows = enforcement(22001, 3)
    rows[0][3], rows[1][3] = "请选择", "--请选择--"
    return [builders.xlsx(raw / "a-dropdown-never-chosen.xlsx", {"S": [H, *rows]})]


def day_numbers_kept_as_text_in_a_date_column(raw: Path) -> list[Path]:
    """A cloud sheet's export of a date column formatted as text: Excel's day numbers as strings (45356, 45357)."""
    rows = enforcement(22021)
    rows[0][5], rows[1][5] = "45356", "45357"
    return [builders.xlsx(raw / "day-numbers-as-text.xlsx", {"S": [H, *rows]})]


def a_register_every_row_struck_through(raw: Path) -> list[Path]:
    """A quarter's register cancelled whole: every record struck through (删除线), the header not."""
    import openpyxl
    from openpyxl.styles import Font

    path = raw / "a-register-struck-through.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook()
    book.active.title = "S"
    for row in [H, *enforcement(22031, 3)]:
        book.active.append(row)
    for row in book.active.iter_rows(min_row=2):
        for cell in row:
            cell.font = Font(strike=True)
    book.save(path)
    return [path]


def a_protected_sheet_in_a_protected_book(raw: Path) -> list[Path]:
    """A register whose sheet is protected with a password (审阅 → 保护工作表) in a book whose structure is locked:
    protection keeps edits out, not readers."""
    import openpyxl

    path = raw / "a-protected-sheet.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    book = openpyxl.Workbook()
    book.active.title = "S"
    for row in [H, *enforcement(22041)]:
        book.active.append(row)
    book.active.protection.sheet = True
    book.active.protection.password = "123"
    book.security.lockStructure = True
    book.save(path)
    return [path]


def a_cloud_export_without_styles_or_properties(raw: Path) -> list[Path]:
    """A cloud office's download (腾讯文档, 石墨): no styles part, no theme, no document properties, none of them listed."""
    path = builders.xlsx(raw / "a-cloud-export-without-styles.xlsx", {"S": [H, *enforcement(22051)]})

    def change(parts: dict[str, bytes]) -> None:
        for name in [n for n in parts if "styles" in n or "theme" in n or n.startswith("docProps/")]:
            del parts[name]
        parts["[Content_Types].xml"] = re.sub(
            rb'<Override PartName="/(?:xl/styles|xl/theme/theme1|docProps/\w+)\.xml"[^>]*/>',
            b"",
            parts["[Content_Types].xml"],
        )
        rels = "xl/_rels/workbook.xml.rels"
        parts[rels] = re.sub(rb'<Relationship[^>]*Target="[^"]*(?:styles|theme1)\.xml"/>', b"", parts[rels])
        parts["_rels/.rels"] = re.sub(rb'<Relationship[^>]*Target="docProps[^"]*"/>', b"", parts["_rels/.rels"])

    return [_rezipped(path, change)]


def an_old_xls_renamed_xlsx(raw: Path) -> list[Path]:
    """An Excel 97-2003 book renamed .xlsx by hand (a chat app would not send .xls): read by what it is."""
    from devtowns import books

    stream = books.biff_workbook(books.Book("x.xls", [books.Sheet("台账", [H, *enforcement(22061)])], fmt="biff"))
    return _bytes(raw / "an-old-xls-renamed.xlsx", books.ole_bytes(stream))


def a_phones_photo_saved_under_the_ledgers_name(raw: Path) -> list[Path]:
    """A phone's photo of the paper ledger (HEIC) sent through a chat app and saved as 执法台账.xlsx (another photo
    than `a_phones_heic_photo_of_a_ledger`'s, not a copy of it)."""
    return _bytes(raw / "执法台账.xlsx", HEIC + bytes(100))


def titles_and_values_split_into_rich_text_runs(raw: Path) -> list[Path]:
    """A header and values formatted in parts (案件 plain, 编号 bold; 行政 black, 许可 red): each a rich text of runs."""
    import html

    path = builders.xlsx(raw / "rich-text-runs.xlsx", {"S": [H, *enforcement(22071)]})

    def runs(xml: str) -> str:
        xml = html.unescape(xml)
        xml = xml.replace("<is><t>案件编号</t></is>", "<is><r><t>案件</t></r><r><rPr><b/></rPr><t>编号</t></r></is>")
        return xml.replace(
            "<is><t>行政许可</t></is>",
            '<is><r><rPr><sz val="11"/></rPr><t>行政</t></r><r><rPr><color rgb="FFFF0000"/></rPr><t>许可</t></r></is>',
        )

    return [_sheet_xml_edited(path, runs)]


def sheet_names_excel_forbids_written_by_a_script(raw: Path) -> list[Path]:
    """A script's book whose sheet is named with the characters Excel refuses in a name (2024/一季度:执法*台账?[1])."""
    path = builders.xlsx(raw / "a-sheet-name-excel-forbids.xlsx", {"S": [H, *enforcement(22081)]})

    def change(parts: dict[str, bytes]) -> None:
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            b'name="S"', 'name="2024/一季度:执法*台账?[1]"'.encode()
        )

    return [_rezipped(path, change)]


def last_years_records_left_at_the_end(raw: Path) -> list[Path]:
    """A 2024 register continued from last year's book: two 2023 records left below this year's three."""
    rows = [*enforcement(22091, 3), *builders.enforcement_rows(2, start=22094, year=2023)]
    return [builders.xlsx(raw / "last-years-records-at-the-end.xlsx", {"S": [H, *rows]})]


def rows_filtered_out_by_an_autofilter(raw: Path) -> list[Path]:
    """A register saved while its 执法类别 filter showed 行政处罚 only: the other records' rows hidden by the filter."""
    path = builders.xlsx(raw / "rows-filtered-out.xlsx", {"S": [H, *enforcement(22151, 3)]})
    fltr = (
        '<autoFilter ref="A1:H4"><filterColumn colId="3"><filters><filter val="行政处罚"/></filters>'
        "</filterColumn></autoFilter>"
    )
    return [
        _sheet_xml_edited(
            path,
            lambda xml: xml.replace("</sheetData>", f"</sheetData>{fltr}").replace(
                '<row r="3"', '<row r="3" hidden="1"'
            ),
        )
    ]


# --- round 23: a number written as an office writes it, a register printed in halves, an unzip's garbled names --------
# Each fine as a clerk typed it → what it is worth (None: no amount to count). Its code is in the test.
AMOUNTS_WRITTEN_OTHERWISE = {
    "1,2000": 12000,  # digits parted every four, as 万 parts them (四位分节)
    "12,0000元": 120000,
    "1.2w": 12000,  # a chat's shorthand: w for 万, k for 千
    "2k": 2000,
    "1000（壹仟元）": 1000,  # in figures and in words, as a 决定书 writes an amount
    "壹仟元整（¥1000.00）": 1000,
    "1000（壹佰元）": None,  # the two disagree: which is meant is the office's to say
    "大写：伍佰元整": 500,  # the label of a form's field copied with its value
    "3+2": 5,  # a sum typed without =: Excel kept the text
    "85%": None,  # a share of the standard, no amount
}


def amounts_written_as_an_office_writes_them(raw: Path) -> list[Path]:
    """A penalty register whose fines are written as a clerk writes them beside the digits (AMOUNTS_WRITTEN_OTHERWISE)."""
    rows = _fines(23001, list(AMOUNTS_WRITTEN_OTHERWISE))
    return [builders.csv_file(raw / "amounts-written-otherwise.csv", [_FINE, *rows], encoding="utf-8")]


def amounts_of_three_decimals_parted_by_a_point(raw: Path) -> list[Path]:
    """Fines typed 1.200 and 2.500元 (thousands parted by a point, or three decimals?) beside 300 and 450."""
    rows = _fines(23021, ["1.200", "2.500元", 300, 450])
    return [builders.csv_file(raw / "amounts-parted-by-a-point.csv", [_FINE, *rows], encoding="utf-8")]


def a_register_printed_in_two_halves_side_by_side(raw: Path) -> list[Path]:
    """A register laid out for printing as two halves side by side, the header written twice in one row and no
    blank column between: records 1–3 on the left, 4–6 on the right."""
    rows = enforcement(23031, 6)
    grid = [[*H, *H], *[[*rows[i], *rows[i + 3]] for i in range(3)]]
    return [builders.xlsx(raw / "printed-in-two-halves.xlsx", {"台账": grid})]


def a_name_unzip_read_as_the_dos_code_page(raw: Path) -> list[Path]:
    """A ledger from a zip made on a Chinese Windows, unpacked by unzip: its GBK name read as code page 437."""
    name = "执法台账.xlsx".encode("gbk").decode("cp437")  # ╓┤╖¿╠¿╒╦.xlsx
    return [builders.xlsx(raw / name, {"S": [H, *enforcement(23041)]})]


def a_name_in_utf8_read_as_gbk(raw: Path) -> list[Path]:
    """A ledger from a zip made on a Mac, unpacked on a Chinese Windows: its UTF-8 name read as GBK."""
    name = "执法台账.xlsx".encode().decode("gbk")  # 鎵ф硶鍙拌处.xlsx
    return [builders.xlsx(raw / name, {"S": [H, *enforcement(23051)]})]


# --- round 24: amounts grouped wrongly, places skipped, bounds; dates in capital numerals, lookalike separators ---------
# Each fine as typed → what it is worth (None: no amount to count; the code is in the test).
AMOUNTS_OF_ROUND_24 = {
    "1,200,0000": None,  # commas every three, then four: 1,200,000 or 12,000,000?
    "1000,500": None,  # had been 1000500 without a word: 1,000,500, or 1000 and 500?
    "10,00,000": None,  # grouped as India groups (lakh): no Chinese office means it
    "1000 00": None,  # had been 100000: a decimal point lost, or a digit too many?
    "1万零200": 10200,  # had been 210000: the 200 taken for the next place after 万 (as 1万2 is 12000)
    "1万0200": 10200,
    "2千零5": 2005,  # had been 2500
    "1.2千": 1200,  # as 1.2万 is written
    "3.5百元": 350,
    "1000元+500元": 1500,  # a sum typed without =, each term with its unit
    "≈1000": None,  # an estimate written with a sign, as 约1000 is one in words
    "～500元": None,
    "1000以上": None,  # a bound, not an amount
    "不超过500元": None,
    "≤800": None,
    "1.200.000": 1200000,  # thousands parted by points: no decimal has two
    "2.500.000元": 2500000,
}
AMOUNTS_OF_ROUND_24_SAID = {
    "1,200,0000": "number.misgrouped",
    "1000,500": "number.misgrouped",
    "10,00,000": "number.misgrouped",
    "1000 00": "number.misgrouped",
    "1000元+500元": "number.sum_typed",
    "≈1000": "number.approximate",
    "～500元": "number.approximate",
    "1000以上": "number.bound",
    "不超过500元": "number.bound",
    "≤800": "number.bound",
    "1.200.000": "number.dot_thousands",
    "2.500.000元": "number.dot_thousands",
}


def _fines_of(raw: Path, name: str, start: int, amounts: list) -> list[Path]:
    return [builders.csv_file(raw / name, [_FINE, *_fines(start, amounts)], encoding="utf-8")]


def amounts_grouped_at_the_wrong_places(raw: Path) -> list[Path]:
    """Fines whose commas or spaces part the digits neither by thousands nor by 万 (1,200,0000; 1000,500)."""
    return _fines_of(raw, "amounts-grouped-wrongly.csv", 24001, ["1,200,0000", "1000,500", "10,00,000", "1000 00"])


def amounts_of_digits_and_wan_with_a_place_skipped(raw: Path) -> list[Path]:
    """Fines in digits and 万 or 千 with a place skipped (1万零200, 1万0200, 2千零5)."""
    return _fines_of(raw, "amounts-with-a-place-skipped.csv", 24011, ["1万零200", "1万0200", "2千零5"])


def amounts_as_a_decimal_of_thousands_or_hundreds(raw: Path) -> list[Path]:
    """Fines written as 1.2万 is written, in 千 or 百 (1.2千, 3.5百元)."""
    return _fines_of(raw, "amounts-as-decimals-of-thousands.csv", 24021, ["1.2千", "3.5百元"])


def a_sum_typed_with_a_unit_on_each_term(raw: Path) -> list[Path]:
    """A fine typed as the sum of two payments, each with its unit (1000元+500元)."""
    return _fines_of(raw, "a-sum-with-units.csv", 24031, ["1000元+500元", 200])


def estimates_written_with_a_sign(raw: Path) -> list[Path]:
    """Fines estimated with a sign instead of 约 (≈1000, ～500元)."""
    return _fines_of(raw, "estimates-with-a-sign.csv", 24041, ["≈1000", "～500元", 300])


def amounts_given_as_a_bound(raw: Path) -> list[Path]:
    """Fines given as a bound, not an amount (1000以上, 不超过500元, ≤800)."""
    return _fines_of(raw, "amounts-as-bounds.csv", 24051, ["1000以上", "不超过500元", "≤800"])


def thousands_parted_by_points_twice(raw: Path) -> list[Path]:
    """Fines whose thousands are parted by points at two places (1.200.000, 2.500.000元)."""
    return _fines_of(raw, "thousands-parted-by-points.csv", 24111, ["1.200.000", "2.500.000元", 300])


def _dated(raw: Path, name: str, start: int, dates: list[str]) -> list[Path]:
    rows = enforcement(start, len(dates))
    for row, date in zip(rows, dates, strict=True):
        row[5] = date
    return [builders.csv_file(raw / name, [H, *rows], encoding="utf-8")]


# Each date as typed → the day it is (round 24); the code, if any, is in the test.
DATES_OF_ROUND_24 = {
    "eight-digits-ending-in-a-day-word.csv": (["20240305号", "20240306日"], ["2024-03-05", "2024-03-06"]),
    "dates-in-capital-numerals.csv": (
        ["贰零贰肆年零叁月零伍日", "2024年叁月陆日", "贰零贰肆年壹拾月贰拾伍日"],
        ["2024-03-05", "2024-03-06", "2024-10-25"],
    ),
    "dates-parted-by-lookalike-separators.csv": (
        ["2024\\3\\5", "2024|3|6", "2024•3•7", "2024・3・8", "2024‐3‐11", "2024ー3ー12", "2024_03_13"],
        ["2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08", "2024-03-11", "2024-03-12", "2024-03-13"],
    ),
    "dates-in-quotes-or-brackets.csv": (
        ["“2024-03-05”", "【2024.3.6】", "2024-03-07'", "2024年3月8日，", "2024/03/11/"],
        ["2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08", "2024-03-11"],
    ),
    "a-remark-in-brackets-after-the-date.csv": (
        ["2024年3月5日（补录）", "2024.3.6(电话通知)"],
        ["2024-03-05", "2024-03-06"],
    ),
    "two-dates-parted-by-a-slash.csv": (
        ["2024.3.5/2024.3.6", "2024-03-07；2024-03-08"],
        ["2024-03-05", "2024-03-07"],
    ),
}


def dates_as_eight_digits_ending_in_a_day_word(raw: Path) -> list[Path]:
    """Dates typed as a system's eight digits with 号 or 日 after them (20240305号)."""
    name = "eight-digits-ending-in-a-day-word.csv"
    return _dated(raw, name, 24061, DATES_OF_ROUND_24[name][0])


def dates_in_the_capital_numerals_of_amounts(raw: Path) -> list[Path]:
    """Dates in the capital numerals a 决定书 or a bill dates itself with (贰零贰肆年零叁月零伍日)."""
    name = "dates-in-capital-numerals.csv"
    return _dated(raw, name, 24071, DATES_OF_ROUND_24[name][0])


def dates_parted_by_lookalike_separators(raw: Path) -> list[Path]:
    """Dates parted by a backslash or a bar (where an input method gives 、), bullets, middle dots, Unicode's hyphen
    and the katakana long sound of a Japanese input method."""
    name = "dates-parted-by-lookalike-separators.csv"
    return _dated(raw, name, 24081, DATES_OF_ROUND_24[name][0])


def dates_in_quotes_or_brackets(raw: Path) -> list[Path]:
    """Dates pasted with the quotes or brackets around them or a punctuation mark after them."""
    name = "dates-in-quotes-or-brackets.csv"
    return _dated(raw, name, 24091, DATES_OF_ROUND_24[name][0])


def a_remark_in_brackets_after_the_date(raw: Path) -> list[Path]:
    """A remark in brackets after the date (2024年3月5日（补录）, 2024.3.6(电话通知))."""
    name = "a-remark-in-brackets-after-the-date.csv"
    return _dated(raw, name, 24121, DATES_OF_ROUND_24[name][0])


def two_dates_parted_by_a_slash(raw: Path) -> list[Path]:
    """Two whole dates in one cell parted by a slash or a semicolon (2024.3.5/2024.3.6)."""
    name = "two-dates-parted-by-a-slash.csv"
    return _dated(raw, name, 24101, DATES_OF_ROUND_24[name][0])


# --- round 25: words before an amount, digits spaced apart, lines of the form under its header, a header retyped ----
# Each fine as typed → what it is worth (None: no amount to count; the code is in the test).
AMOUNTS_OF_ROUND_25 = {
    "罚款1000元": 1000,  # the column's own noun before the amount: had been number.unparseable
    "罚款：壹仟元整": 1000,
    "罚款1000元，没收300元": None,  # two amounts: which is the fine is the office's to say
    "没收违法所得500元": None,  # another thing than the column's
    "2 3": None,  # had been 23 without a word: two numbers, or twenty-three?
    "1 000": 1000,  # thousands parted by a space
    "1 2 0 0": 1200,  # spaced out to fill the cell
}
AMOUNTS_OF_ROUND_25_SAID = {
    "罚款1000元，没收300元": "number.unparseable",
    "没收违法所得500元": "number.unparseable",
    "2 3": "number.misgrouped",
}
_BARE_FINE = [*H[:7], "罚款金额", "备注"]


def amounts_with_the_columns_own_noun_before_them(raw: Path) -> list[Path]:
    """Fines typed with the word of their column before them (罚款1000元), once with a second amount beside it and
    once with another thing's word (没收违法所得)."""
    typed = ["罚款1000元", "罚款：壹仟元整", "罚款1000元，没收300元", "没收违法所得500元"]
    return _fines_of(raw, "amounts-with-their-columns-noun.csv", 25001, typed)


def amounts_with_a_space_among_their_digits(raw: Path) -> list[Path]:
    """Fines with spaces among their digits: two digits apart (2 3), thousands (1 000), every digit (1 2 0 0)."""
    return _fines_of(raw, "amounts-with-spaced-digits.csv", 25011, ["2 3", "1 000", "1 2 0 0"])


def a_unit_line_typed_under_the_header(raw: Path) -> list[Path]:
    """A register whose fines are in 万元, said by a line typed right under its header in the first column
    (单位：万元), as a clerk adds it after the titles; its fines' title names no unit."""
    unit = ["单位：万元", *[""] * (len(_BARE_FINE) - 1)]
    grid = [_BARE_FINE, unit, *_fines(25021, [1.5, 2, 0.3])]
    return [builders.xlsx(raw / "a-unit-line-under-the-header.xlsx", {"S": grid})]


def a_filler_line_typed_under_the_header(raw: Path) -> list[Path]:
    """A register with the form's line of who filled it and when right under its header (填报单位：… | 填报日期：…)."""
    filler = ["填报单位：旺草镇司法所", "", "", "", "填报日期：2024-12-31", "", "", ""]
    return [builders.xlsx(raw / "a-filler-line-under-the-header.xlsx", {"S": [H, filler, *enforcement(25031, 2)]})]


def a_continued_line_typed_under_the_header(raw: Path) -> list[Path]:
    """A register's later page with （续表） typed right under its header."""
    go_on = ["（续表）", *[""] * (len(H) - 1)]
    return [builders.xlsx(raw / "a-continued-line-under-the-header.xlsx", {"S": [H, go_on, *enforcement(25036, 2)]})]


def a_header_retyped_in_part_among_the_records(raw: Path) -> list[Path]:
    """A register whose header is typed again in part among its records (序号 | 案件编号 | 案件名称, the rest blank),
    as a clerk heads a new page by hand."""
    rows = enforcement(25041, 4)
    part = [*H[:3], *[""] * (len(H) - 3)]
    return [builders.xlsx(raw / "a-header-retyped-in-part.xlsx", {"S": [H, *rows[:2], part, *rows[2:]]})]


def dates_of_a_month_as_six_digits(raw: Path) -> list[Path]:
    """Decision dates written as a year and its month in six digits (202403), as text and as a number cell."""
    rows = enforcement(25051, 2)
    rows[0][5], rows[1][5] = "202403", 202404
    return [builders.xlsx(raw / "dates-of-a-month-as-six-digits.xlsx", {"S": [H, *rows]})]


def an_amount_merged_over_two_cases(raw: Path) -> list[Path]:
    """A register whose fine of 2000 is one cell merged down over the rows of two cases (H2:H3), a third case's fine
    its own."""
    rows = _fines(25081, [2000, None, 500])
    return [builders.xlsx(raw / "an-amount-merged-over-two-cases.xlsx", {"S": [_FINE, *rows]}, merged={"S": ["H2:H3"]})]


# --- round 26: ditto marks as clerks type them, days said by another, rates and products, values kept elsewhere -----
# The ditto marks a clerk types besides 同上 and 〃: twice over, spaced, the older 仝上, the keyboard's ″ or a quote.
DITTO_SHAPES = ["〃〃", "″", "仝上", "同 上", " 同上 ", "〃 〃", "”"]


def ditto_marks_of_other_shapes(raw: Path) -> list[Path]:
    """A register whose 执法单位 and 执法类别 repeat the record above with ditto marks of other shapes than 同上."""
    rows = enforcement(26001, len(DITTO_SHAPES) + 1)
    rows[0][3] = "行政处罚"
    for row, mark in zip(rows[1:], DITTO_SHAPES, strict=True):
        row[3] = row[4] = mark
    return [builders.xlsx(raw / "ditto-marks-of-other-shapes.xlsx", {"S": [H, *rows]})]


def a_ditto_with_nothing_above_it(raw: Path) -> list[Path]:
    """A register whose first record's 执法类别 is 同上 (copied from a later page), and whose 当事人 is 〃 under a
    blank one."""
    rows = enforcement(26021, 3)
    rows[0][3] = "同上"
    rows[1][6], rows[2][6] = "", "〃"
    return [builders.xlsx(raw / "a-ditto-with-nothing-above.xlsx", {"S": [H, *rows]})]


def a_ditto_in_the_case_number(raw: Path) -> list[Path]:
    """A register whose second record's 案件编号 is 同上 and its 执法类别 〃: a case number is each record's own, so
    the mark says either the row is another party of the case above or the clerk did not copy the number."""
    rows = enforcement(26011, 3)
    rows[1][1], rows[1][3] = "同上", "〃"
    return [builders.xlsx(raw / "a-ditto-in-the-case-number.xlsx", {"S": [H, *rows]})]


def days_said_by_another_day(raw: Path) -> list[Path]:
    """Decision dates typed as the day after or the same day as another (次日, 同日, 当日)."""
    return _dated(raw, "days-said-by-another-day.csv", 26031, ["2024.3.5", "次日", "同日", "当日"])


# Each date as typed with the time of day in words → the day it is.
DATES_WITH_A_TIME_OF_DAY_WORD = {
    "3月5日上午": "2024-03-05",
    "2024年3月6日晚": "2024-03-06",
    "2024年3月7日凌晨": "2024-03-07",
    "2024.3.8傍晚": "2024-03-08",
    "2024年3月11日夜间": "2024-03-11",
}


def dates_with_a_time_of_day_word(raw: Path) -> list[Path]:
    """Decision dates with the time of day in words after them (晚, 凌晨, 傍晚, 夜间; 上午 after a date without its
    year), as a duty log writes when a case was handled."""
    return _dated(raw, "dates-with-a-time-of-day-word.csv", 26041, list(DATES_WITH_A_TIME_OF_DAY_WORD))


def fines_given_per_person_or_day(raw: Path) -> list[Path]:
    """Fines typed as a rate (500元/人, 200元/天, 每人500元) beside one typed as its amount."""
    return _fines_of(raw, "fines-per-person-or-day.csv", 26051, ["500元/人", "200元/天", "每人500元", 300])


def fines_typed_as_a_product(raw: Path) -> list[Path]:
    """Fines typed as a product without = (500×3, 500元×3人, 3人各500元, 200*2)."""
    return _fines_of(raw, "fines-typed-as-a-product.csv", 26061, ["500×3", "500元×3人", "3人各500元", "200*2"])


def fines_with_a_list_mark_after_them(raw: Path) -> list[Path]:
    """Fines with the punctuation of a list typed after them (1000元；, 500，, 300、)."""
    return _fines_of(raw, "fines-with-a-list-mark-after-them.csv", 26071, ["1000元；", "500，", "300、"])


def values_kept_in_another_paper(raw: Path) -> list[Path]:
    """Fines and a decision date that send the reader to another paper (见附件, 详见卷宗, 略) instead of a value."""
    rows = _fines(26081, ["见附件", "详见卷宗", "略", 800])
    rows[3][5] = "见卷宗"
    return [builders.csv_file(raw / "values-kept-in-another-paper.csv", [_FINE, *rows], encoding="utf-8")]


def days_joined_by_a_word(raw: Path) -> list[Path]:
    """Decision dates of two days joined by 及, 和 or 与 (2024.3.5及3.6), as 、 joins them."""
    return _dated(raw, "days-joined-by-a-word.csv", 26091, ["2024.3.5及3.6", "2024年3月8日和9日", "2024.3.12与3.13"])


def a_part_of_the_year_for_a_date(raw: Path) -> list[Path]:
    """Decision dates typed as a part of the year (2024年底, 2024年初, 2024年末), as a year-end round-up writes them."""
    return _dated(raw, "a-part-of-the-year-for-a-date.csv", 26101, ["2024年底", "2024年初", "2024年末"])


# --- round 27 ----------------------------------------------------------------------------------------------------


def a_span_wrapped_after_its_dash(raw: Path) -> Path:
    """Three decisions, the second dated as a span whose cell was too narrow: 2024.3.3— on its own row, its end
    2024.3.9 (and 至 2024年4月2日 under the third, a span in words) typed on the row under it, nothing else there."""
    rows = enforcement(27001, 3)
    rows[1][5], rows[2][5] = "2024.3.3—", "2024年3月20日至"
    tail = lambda day: [None, None, None, None, None, day, None, None]  # noqa: E731
    return builders.xlsx(
        raw / "a-span-wrapped-after-its-dash.xlsx",
        {"S": [H, rows[0], rows[1], tail("2024.3.9"), rows[2], tail("2024年4月2日")]},
    )


def a_span_wrapped_before_its_dash(raw: Path) -> Path:
    """The same decisions, the span's dash carried down with its end (2024.3.3 | —2024.3.9, 2024年3月20日 | 至2024年4月2日),
    the first a date cell of Excel's own."""
    rows = enforcement(27001, 3)
    rows[1][5], rows[2][5] = datetime.datetime(2024, 3, 3), "2024年3月20日"
    tail = lambda day: [None, None, None, None, None, day, None, None]  # noqa: E731
    return builders.xlsx(
        raw / "a-span-wrapped-before-its-dash.xlsx",
        {"S": [H, rows[0], rows[1], tail("—2024.3.9"), rows[2], tail("至2024年4月2日")]},
    )


def a_workbook_unpacked_into_a_folder_of_its_name(raw: Path) -> Path:
    """执法台账.xlsx as a folder: the workbook's parts ([Content_Types].xml, _rels/, xl/…) as an unzip tool, a Mac's
    Archive Utility or a 解压 by mistake leaves them, under the workbook's own name."""
    book = builders.xlsx(raw.parent / "packed" / "执法台账.xlsx", {"S": [H, *enforcement(27011, 3)]})
    folder = raw / "执法台账.xlsx"
    with zipfile.ZipFile(book) as archive:
        archive.extractall(folder)
    return folder


# --- round 29: what Word and Excel keep in a run beside its text ------------------------------------------------------
def _word_cells(rows: list[list[str]]) -> str:
    """A Word table's XML whose cells are given as the XML of their runs (w: prefix bound)."""
    return (
        "<w:tbl>"
        + "".join("<w:tr>" + "".join(f"<w:tc><w:p>{c}</w:p></w:tc>" for c in row) + "</w:tr>" for row in rows)
        + "</w:tbl>"
    )


def _run(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def a_word_ledger_dated_with_non_breaking_hyphens(raw: Path) -> list[Path]:
    """A Word ledger whose dates were typed with Ctrl+Shift+- (不间断连字符, so that 2024-3-5 is never wrapped at its
    dash in a narrow column): Word keeps each such dash as a w:noBreakHyphen element, no character of the run's text.
    Read without them, 2024-3-5 had been "202435" and its record an error ("20243105 不是可识别的日期")."""
    rows = [[_run(c) for c in H]]
    for row, day in zip(enforcement(29001, 3), ("2024-3-5", "2024-03-06", "2024-3-17"), strict=True):
        cells = [_run(str(c)) for c in row]
        cells[5] = "<w:r>" + "<w:noBreakHyphen/>".join(f"<w:t>{part}</w:t>" for part in day.split("-")) + "</w:r>"
        rows.append(cells)
    body = f"<w:p>{_run('2024年行政执法案件台账')}</w:p>{_word_cells(rows)}"
    return [builders.word_draft(raw / "a-word-ledger-with-non-breaking-hyphens.docx", body)]


def a_word_ledger_with_a_phonetic_guide(raw: Path) -> list[Path]:
    """A Word ledger whose village 新圩村 carries a phonetic guide over its rare 圩 (拼音指南, w:ruby: xū above 圩):
    the guide's text is Word's to show above the line, no part of the name (read in, the village was "新xū圩村")."""
    ruby = (
        '<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/>'
        '<w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt><w:r><w:t>xū</w:t></w:r></w:rt>'
        "<w:rubyBase><w:r><w:t>圩</w:t></w:r></w:rubyBase></w:ruby></w:r>"
    )
    rows = [[_run(c) for c in [*H, "村（社区）"]]]
    rows += [[*(_run(str(c)) for c in row), _run("新") + ruby + _run("村")] for row in enforcement(29011, 3)]
    body = f"<w:p>{_run('2024年行政执法案件台账')}</w:p>{_word_cells(rows)}"
    return [builders.word_draft(raw / "a-word-ledger-with-a-phonetic-guide.docx", body)]


# A date inserted by 插入 → 日期和时间 with 自动更新 ticked is a field (DATE, or TIME, SAVEDATE, PRINTDATE, CREATEDATE):
# Word shows the day the document is opened, saved or printed, never the record's. As Word writes it (fldChar runs
# around an instruction) or as other writers do (one w:fldSimple); its result in the file is the day of the last save.
def _date_field(result: str, instruction: str = 'DATE \\@ "yyyy-MM-dd"', simple: bool = False) -> str:
    if simple:
        instr = instruction.replace('"', "&quot;")
        return f'<w:fldSimple w:instr=" {instr} ">{_run(result)}</w:fldSimple>'
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def a_word_ledger_dated_by_fields_that_update_themselves(raw: Path) -> list[Path]:
    """A Word ledger whose 决定日期 cells are date fields that update themselves (last saved on 2025-01-10): a DATE
    field as Word writes it, a SAVEDATE one as one w:fldSimple, a TIME one formatted as a date. Read as their shown
    text, every record had been dated 2025-01-10 and set aside as of another year without a word."""
    rows = [[_run(c) for c in H]]
    fields = (
        _date_field("2025-01-10"),
        _date_field("2025年1月10日", 'SAVEDATE \\@ "yyyy年M月d日"', simple=True),
        _date_field("2025/1/10", 'TIME \\@ "yyyy/M/d"'),
    )
    for row, field in zip(enforcement(29051, 3), fields, strict=True):
        cells = [_run(str(c)) for c in row]
        cells[5] = field
        rows.append(cells)
    body = f"<w:p>{_run('2024年行政执法案件台账')}</w:p>{_word_cells(rows)}"
    return [builders.word_draft(raw / "a-word-ledger-dated-by-date-fields.docx", body)]


def a_workbook_dated_by_today(raw: Path) -> list[Path]:
    """A register whose 办理日期 a clerk filled with =TODAY() (a shared formula down the column, as Excel writes one
    filled down) and one with =NOW(), the book last calculated on 2025-01-10 (serial 45667): read as its value, every
    record had been dated 2025-01-10 and set aside as of another year. A date typed beside them stays a date."""
    rows = [H, *enforcement(29071, 4)]
    special = {
        "F2": '<c r="F2" s="0"><f t="shared" ref="F2:F3" si="0">TODAY()</f><v>45667</v></c>',
        "F3": '<c r="F3" s="0"><f t="shared" si="0"/><v>45667</v></c>',
        "F4": '<c r="F4" s="0"><f>NOW()-0</f><v>45667.4</v></c>',
    }
    return [_xlsx_with_sheet_xml(raw / "a-workbook-dated-by-today.xlsx", _sheet_with_cells(rows, special))]


def a_word_ledger_dated_by_a_locked_date_field(raw: Path) -> list[Path]:
    """A Word ledger whose dates are DATE fields locked (Ctrl+F11, w:fldLock): a locked field never updates, its result
    is the day it was typed on, as a date inserted without 自动更新 is."""
    rows = [[_run(c) for c in H]]
    for row in enforcement(29061, 2):
        cells = [_run(str(c)) for c in row]
        cells[5] = _date_field(str(row[5])).replace('w:fldCharType="begin"', 'w:fldCharType="begin" w:fldLock="true"')
        rows.append(cells)
    body = f"<w:p>{_run('2024年行政执法案件台账')}</w:p>{_word_cells(rows)}"
    return [builders.word_draft(raw / "a-word-ledger-dated-by-locked-fields.docx", body)]


# A fine followed by a note mark set above the line (5000¹, 3000⁽²⁾ pointing to a note under the table): in a Word
# table and in a workbook's rich text the mark is its own run formatted superscript; typed, a superscript character.
NOTE_MARKED_FINES = (("5000", "1"), ("3000", "(2)"), ("200", "3"))


def fines_with_a_note_mark_above_the_line_in_word(raw: Path) -> list[Path]:
    """A Word ledger of fines, each marked with a note number set superscript (字体 → 上标) pointing to the note
    under the table. Read as one text, 5000 with its mark ¹ had been a fine of 50001 yuan."""
    superscript = '<w:vertAlign w:val="superscript"/>'
    rows = [[_run(c) for c in _FINE]]
    for row, (fine, mark) in zip(_fines(29021, ["", "", ""]), NOTE_MARKED_FINES, strict=True):
        cells = [_run(str(c)) for c in row]
        cells[7] = _run(fine) + _run(mark, superscript)
        rows.append(cells)
    note = "注：1.已当场缴纳；2.分期缴纳；3.已申请复议。"
    body = f"<w:p>{_run('2024年行政处罚案件台账')}</w:p>{_word_cells(rows)}<w:p>{_run(note)}</w:p>"
    return [builders.word_draft(raw / "fines-with-a-note-mark-in-word.docx", body)]


def fines_with_a_note_mark_above_the_line_in_a_workbook(raw: Path) -> list[Path]:
    """The same fines in a workbook as Excel saves them: each a shared string of rich text, the amount and its mark
    set superscript (vertAlign)."""
    rows = _fines(29031, [f"FINE{k}" for k in range(len(NOTE_MARKED_FINES))])

    def marked(strings: bytes) -> bytes:
        for k, (fine, mark) in enumerate(NOTE_MARKED_FINES):
            rich = f'<si><r><t>{fine}</t></r><r><rPr><vertAlign val="superscript"/></rPr><t>{mark}</t></r></si>'
            strings = strings.replace(f"<si><t>FINE{k}</t></si>".encode(), rich.encode())
        return strings

    return [_with_shared_strings(raw / "fines-with-a-note-mark.xlsx", [_FINE, *rows], marked)]


def fines_with_a_note_mark_in_a_scripts_workbook(raw: Path) -> list[Path]:
    """The same fines in a workbook a script wrote, its texts in the cells (inline rich text, as openpyxl writes)."""
    import html

    rows = _fines(29035, [f"FINE{k}" for k in range(len(NOTE_MARKED_FINES))])
    path = builders.xlsx(raw / "fines-with-a-note-mark-inline.xlsx", {"S": [_FINE, *rows]})

    def marked(xml: str) -> str:
        xml = html.unescape(xml)
        for k, (fine, mark) in enumerate(NOTE_MARKED_FINES):
            xml = xml.replace(
                f"<is><t>FINE{k}</t></is>",
                f'<is><r><t>{fine}</t></r><r><rPr><vertAlign val="superscript"/></rPr><t>{mark}</t></r></is>',
            )
        return xml

    return [_sheet_xml_edited(path, marked)]


def fines_with_a_note_mark_typed_as_a_superscript_character(raw: Path) -> list[Path]:
    """The same fines typed with the superscript characters an input method offers (5000¹, 3000⁽²⁾, 200³)."""
    fines = ["5000¹", "3000⁽²⁾", "200³"]
    return [builders.csv_file(raw / "fines-with-a-superscript-mark.csv", [_FINE, *_fines(29041, fines)], "utf-8")]


# Round 30: a register of disputes screened whose 是否化解 column alone says which were resolved.
_DISPUTES = ["编号", "排查日期", "村（社区）", "纠纷类型", "是否化解"]


def _disputes(start: int, answers: list) -> list[list]:
    return [
        [f"JF2024-{start + k:04d}", f"2024-03-{k + 1:02d}", "晨光村", "邻里纠纷", answer]
        for k, answer in enumerate(answers)
    ]


def a_word_ledger_with_content_controls_showing_their_prompts(raw: Path) -> list[Path]:
    """A Word template's register whose fields are content controls: in one record the date picker and the dropdown
    were never filled in, in another the remark, so Word shows each control's prompt (单击或点击此处输入日期。, 选择一项。,
    a template's own 请填写备注) in grey, the control marked w:showingPlcHdr and its prompt kept in the glossary. Read as
    text, the prompt had been a date no one could read and a category the office was told to register under variants.
    In the third record a program filled the date's control and left the mark: its date is what Word shows."""
    prompts = {"DefaultPlaceholder_-1854013437": "单击或点击此处输入日期。", "DefaultPlaceholder_-1854013438": "选择一项。",
               "{7A1C0B1E-0000-4000-8000-000000000001}": "请填写备注"}  # fmt: skip
    part_of = {text: name for name, text in prompts.items()}

    def prompt(text: str, kind: str, shown: str | None = None) -> str:
        return (
            f'<w:sdt><w:sdtPr><w:placeholder><w:docPart w:val="{part_of[text]}"/></w:placeholder>'
            f'<w:showingPlcHdr/>{kind}</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="a3"/></w:rPr>'
            f"<w:t>{shown or text}</w:t></w:r></w:sdtContent></w:sdt>"
        )

    picker = '<w:date><w:dateFormat w:val="yyyy/M/d"/><w:lid w:val="zh-CN"/></w:date>'
    dropdown = '<w:dropDownList><w:listItem w:displayText="行政许可" w:value="行政许可"/></w:dropDownList>'
    rows = [[_run(c) for c in H]]
    for k, row in enumerate(enforcement(30001, 3)):
        cells = [_run(str(c)) for c in row]
        if k == 1:
            cells[3], cells[5] = prompt("选择一项。", dropdown), prompt("单击或点击此处输入日期。", picker)
        if k == 2:
            cells[5], cells[7] = (
                prompt("单击或点击此处输入日期。", picker, "2024/3/23"),
                prompt("请填写备注", "<w:text/>"),
            )
        rows.append(cells)
    body = f"<w:p>{_run('2024年行政执法案件台账')}</w:p>{_word_cells(rows)}"
    path = builders.word_draft(raw / "a-word-ledger-showing-its-prompts.docx", body)
    parts = "".join(
        f'<w:docPart><w:docPartPr><w:name w:val="{name}"/><w:category><w:name w:val="常规"/></w:category>'
        f'</w:docPartPr><w:docPartBody><w:p><w:r><w:rPr><w:rStyle w:val="a3"/></w:rPr><w:t>{text}</w:t></w:r></w:p>'
        "</w:docPartBody></w:docPart>"
        for name, text in prompts.items()
    )
    glossary = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument '
        f'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docParts>{parts}</w:docParts>'
        "</w:glossaryDocument>"
    )
    return [_rezipped(path, lambda p: p.update({"word/glossary/document.xml": glossary.encode()}))]


def a_word_register_of_old_form_check_boxes(raw: Path) -> list[Path]:
    """A register kept in an old Word form: 是否化解 answered by two check box form fields (旧式窗体 → 复选框,
    FORMCHECKBOX), ☑是 ☐否. A form field holds no character, its state is in its field data (w:checked, or
    w:default when never clicked): read as text, every cell had been "是 否", read as 未化解 (its 否 a denial)."""

    def box(ticked: bool, by_click: bool) -> str:
        state = f'<w:checked w:val="{int(ticked)}"/>' if by_click else f'<w:default w:val="{int(ticked)}"/>'
        return (
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )

    rows = [[_run(c) for c in _DISPUTES]]
    for k, row in enumerate(_disputes(30011, [True, False, True])):
        resolved, clicked = row[-1], k != 2
        rows.append(
            [_run(str(c)) for c in row[:-1]]
            + [box(resolved, clicked) + _run("是 ") + box(not resolved, clicked) + _run("否")]
        )
    body = f"<w:p>{_run('矛盾纠纷排查化解台账')}</w:p>{_word_cells(rows)}"
    return [builders.word_draft(raw / "a-register-of-old-form-check-boxes.docx", body)]


def logical_values_in_a_yes_no_column(raw: Path) -> list[Path]:
    """是否化解 answered by a check box linked to its cell (开发工具 → 复选框, or a new Excel's or WPS's check box cell):
    Excel's logical values TRUE and FALSE; and the same register exported as CSV, where they are the words TRUE, FALSE.
    They had been "不在规定选项中", the office told to register TRUE under variants as its own word for 已化解."""
    book = builders.xlsx(
        raw / "a-register-of-check-boxes.xlsx", {"S": [_DISPUTES, *_disputes(30021, [True, False, True])]}
    )
    text = builders.csv_file(
        raw / "a-register-of-check-boxes.csv", [_DISPUTES, *_disputes(30031, ["TRUE", "FALSE", "true"])]
    )
    return [book, text]


def both_answers_printed_and_none_marked(raw: Path) -> list[Path]:
    """A register copied from a form whose boxes were lost (pictures of boxes, a form's fields pasted as text): 是否化解
    holds the question's two answers, 是 否, 是否 or 否/是, nothing marked. Each had been 未化解 (its 否 read as a denial of
    是): a dispute counted unresolved that nobody said was."""
    answers = ["是 否", "是否", "否/是", "是"]
    return [builders.xlsx(raw / "both-answers-printed.xlsx", {"S": [_DISPUTES, *_disputes(30041, answers)]})]


def a_value_written_in_a_note(raw: Path) -> list[Path]:
    """A register whose clerk wrote two outcomes into notes (审阅 → 新建批注) on their 是否化解 cells and left the cells
    blank; a third note explains a filled cell. The notes had gone unseen: two blanks named as blanks, nothing said of
    where their values were."""
    import openpyxl
    from openpyxl.comments import Comment

    book = openpyxl.Workbook()
    sheet = book.active
    for row in [_DISPUTES, *_disputes(30051, _NOTED)]:
        sheet.append(row)
    sheet["E3"].comment = Comment("已化解", "经办人")
    sheet["E4"].comment = Comment("3月20日调解成功", "经办人")
    sheet["E5"].comment = Comment("当事人拒绝调解", "经办人")
    path = raw / "a-value-written-in-a-note.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return [path]


_NOTED = ["是", "", "", "否"]  # the outcomes of a_value_written_in_a_note: a note on each of the middle three cells


def a_value_written_in_a_note_of_an_opendocument_sheet(raw: Path) -> list[Path]:
    """The same register kept in LibreOffice or WPS as .ods, its notes office:annotation elements inside the cells
    (calamine leaves them out)."""

    def cell(value: str, note: str | None) -> str:
        said = (
            f"<office:annotation><dc:creator>经办人</dc:creator><text:p>{note}</text:p></office:annotation>"
            if note
            else ""
        )
        text = f"<text:p>{value}</text:p>" if value else ""
        return f'<table:table-cell office:value-type="string">{said}{text}</table:table-cell>'

    notes = [None, "已化解", "3月20日调解成功", "当事人拒绝调解"]
    body = "<table:table-row>" + "".join(cell(c, None) for c in _DISPUTES) + "</table:table-row>"
    for row, note in zip(_disputes(30061, _NOTED), notes, strict=True):
        body += "<table:table-row>" + "".join(cell(str(c), note if k == 4 else None) for k, c in enumerate(row))
        body += "</table:table-row>"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:body><office:spreadsheet>'
        f'<table:table table:name="台账">{body}</table:table></office:spreadsheet></office:body></office:document-content>'
    )
    path = _ods(raw / "a-value-written-in-a-note.ods", [])
    with zipfile.ZipFile(path) as z:
        manifest = z.read("META-INF/manifest.xml")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    return [path]


def a_value_written_in_a_comment_of_a_word_register(raw: Path) -> list[Path]:
    """The same register kept as a Word table, its notes Word comments (审阅 → 新建批注) anchored in the cells."""

    def noted(text: str, k: int) -> str:
        return (
            f'<w:commentRangeStart w:id="{k}"/>{_run(text) if text else ""}<w:commentRangeEnd w:id="{k}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{k}"/></w:r>'
        )

    rows = [[_run(c) for c in _DISPUTES]]
    for k, row in enumerate(_disputes(30071, _NOTED)):
        rows.append([_run(str(c)) for c in row[:-1]] + [noted(row[-1], k) if k else _run(row[-1])])
    body = f"<w:p>{_run('矛盾纠纷排查化解台账')}</w:p>{_word_cells(rows)}"
    return [builders.word_draft(raw / "a-value-written-in-a-comment.docx", body)]


def check_boxes_drawn_over_a_register(raw: Path) -> list[Path]:
    """A register whose 是否化解 is ticked in check boxes drawn over its cells (开发工具 → 插入 → 复选框, a form control),
    two of them linked to no cell (their cells blank: the ticks are in the drawing only), one linked to its cell
    (TRUE there). The two blanks had been named as blanks, nothing said of the boxes above them."""
    path = builders.xlsx(
        raw / "check-boxes-over-a-register.xlsx", {"S": [_DISPUTES, *_disputes(30081, ["", "", True])]}
    )
    prop = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><formControlPr '
        'xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="CheckBox" {} lockText="1" '
        'noThreeD="1"/>'
    )
    states = ['checked="Checked"', "", 'checked="Checked" fmlaLink="$E$4"']
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp"

    def drawn(parts: dict[str, bytes]) -> None:
        rels = "".join(
            f'<Relationship Id="rIdBox{k}" Type="{kind}" Target="../ctrlProps/ctrlProp{k}.xml"/>' for k in (1, 2, 3)
        )
        parts["xl/worksheets/_rels/sheet1.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
        ).encode()
        for k, state in enumerate(states, 1):
            parts[f"xl/ctrlProps/ctrlProp{k}.xml"] = prop.format(state).encode()

    return [_rezipped(path, drawn)]


QUIRKS: dict[str, Quirk] = {
    "an_opendocument_sheet_with_hidden_and_filtered_rows": Quirk(
        an_opendocument_sheet_with_hidden_and_filtered_rows, None, rows=4
    ),
    "chinese_decoded_as_western_and_saved_again": Quirk(chinese_decoded_as_western_and_saved_again, None, rows=2),
    "rows_a_clerk_hides_without_hiding_them": Quirk(rows_a_clerk_hides_without_hiding_them, None, rows=5),
    "cells_at_a1_and_xfd1048576": Quirk(cells_at_a1_and_xfd1048576, "file.too_large"),
    "an_empty_text_left_at_xfd1048576": Quirk(an_empty_text_left_at_xfd1048576, "file.too_large"),
    "colspan_2_0": Quirk(colspan_2_0, None, rows=2),
    "rowspan_20000_colspan_16384": Quirk(rowspan_20000_colspan_16384, "file.too_large"),
    "control_characters": Quirk(control_characters, None, rows=2),
    "gbk_bytes_name": Quirk(gbk_bytes_name, None, rows=2),
    "symlink_to_etc_passwd": Quirk(symlink_to_etc_passwd, "file.outside_link"),
    "two_hundred_villagers": Quirk(two_hundred_villagers, None, rows=1),
    "many_issues": Quirk(many_issues, None, rows=0, full_size=True),
    "a_cell_longer_than_the_limit": Quirk(a_cell_longer_than_the_limit, "file.too_large"),
    "unbalanced_quote": Quirk(unbalanced_quote, "file.too_large"),
    # Before: file.unreadable, "open it in Excel and save it as .xlsx": Excel's repair keeps only the first records.
    "truncated_xlsx": Quirk(truncated_xlsx, "file.cut_short"),
    "password_protected": Quirk(password_protected, "file.encrypted"),
    "zip_that_is_not_a_workbook": Quirk(zip_that_is_not_a_workbook, "file.archive"),
    "ledger_kept_as_a_word_table": Quirk(ledger_kept_as_a_word_table, None, rows=2),
    "scanned_ledger_as_pdf": Quirk(scanned_ledger_as_pdf, "file.not_a_table"),
    "photo_of_a_ledger": Quirk(photo_of_a_ledger, "file.not_a_table"),
    "word_97_document": Quirk(word_97_document, "file.old_word"),
    "ole_garbage": Quirk(ole_garbage, "file.unreadable"),
    "only_a_bom": Quirk(only_a_bom, "file.empty"),
    "lone_surrogates_and_bidi": Quirk(lone_surrogates_and_bidi, None, rows=2),
    "nested_html": Quirk(nested_html, "file.no_table"),
    "unicode_text_export": Quirk(unicode_text_export, None, rows=2),
    "dates_with_the_year_last": Quirk(dates_with_the_year_last, None, rows=3),
    "a_stray_nul_in_a_csv": Quirk(a_stray_nul_in_a_csv, None, rows=2),
    "utf16_text_without_a_bom": Quirk(utf16_text_without_a_bom, None, rows=2),
    "lines_in_gbk_and_utf8": Quirk(lines_in_gbk_and_utf8, None, rows=4),
    "a_link_to_a_moved_ledger": Quirk(a_link_to_a_moved_ledger, "file.broken_link"),
    "cells_exported_as_text_formulas": Quirk(cells_exported_as_text_formulas, None, rows=2),
    "moments_in_utc": Quirk(moments_in_utc, None, rows=2),
    "a_workbook_of_blank_sheets": Quirk(a_workbook_of_blank_sheets, "file.empty"),
    "nulls_of_a_database_export": Quirk(nulls_of_a_database_export, None, rows=2),
    "lines_ending_in_a_lone_cr": Quirk(lines_ending_in_a_lone_cr, None, rows=2),
    "a_line_break_without_quotes": Quirk(a_line_break_without_quotes, None, rows=3),
    "an_example_row_under_the_header": Quirk(an_example_row_under_the_header, None, rows=2),
    "field_codes_under_the_titles": Quirk(field_codes_under_the_titles, None, rows=2),
    "an_excel_tables_total_row": Quirk(an_excel_tables_total_row, None, rows=2),
    "an_old_column_hidden_beside_its_successor": Quirk(an_old_column_hidden_beside_its_successor, None, rows=2),
    "a_header_written_downwards": Quirk(a_header_written_downwards, "file.unknown_kind"),
    "a_damaged_merged_range": Quirk(a_damaged_merged_range, None, rows=2),
    "a_quarter_sheet_cut_short": Quirk(a_quarter_sheet_cut_short, None, rows=2),
    "a_json_export": Quirk(a_json_export, "file.not_a_table"),
    "an_unquoted_comma_in_a_cell": Quirk(an_unquoted_comma_in_a_cell, None, rows=2),
    "amounts_with_their_own_unit_under_a_wan_yuan_title": Quirk(
        amounts_with_their_own_unit_under_a_wan_yuan_title, None, rows=3
    ),
    "a_subtotal_after_each_village": Quirk(a_subtotal_after_each_village, None, rows=4),
    "a_summary_sheet_beside_the_villages_sheets": Quirk(a_summary_sheet_beside_the_villages_sheets, None, rows=4),
    "cells_quoted_after_a_comma_and_a_space": Quirk(cells_quoted_after_a_comma_and_a_space, None, rows=3),
    "two_case_numbers_in_one_cell": Quirk(two_case_numbers_in_one_cell, None, rows=3),
    "fields_far_right_of_a_hundred_columns": Quirk(fields_far_right_of_a_hundred_columns, None, rows=3),
    "a_second_ledger_right_beside_the_first": Quirk(a_second_ledger_right_beside_the_first, None, rows=2),
    "dates_pasted_from_a_chat": Quirk(dates_pasted_from_a_chat, None, rows=4),
    "a_space_typed_far_below_the_table": Quirk(a_space_typed_far_below_the_table, "file.too_large"),
    "a_link_to_an_online_sheet": Quirk(a_link_to_an_online_sheet, "file.shortcut"),
    "a_windows_shortcut": Quirk(a_windows_shortcut, "file.shortcut"),
    "formulas_whose_result_is_empty_or_zero": Quirk(formulas_whose_result_is_empty_or_zero, None, rows=1),
    "a_word_ledger_in_content_controls": Quirk(a_word_ledger_in_content_controls, None, rows=3),
    "a_bom_and_semicolons": Quirk(a_bom_and_semicolons, None, rows=2),
    "a_bom_and_tabs": Quirk(a_bom_and_tabs, None, rows=2),
    "utf16_big_endian_with_its_bom": Quirk(utf16_big_endian_with_its_bom, None, rows=2),
    "lines_each_quoted_whole": Quirk(lines_each_quoted_whole, None, rows=2),
    "a_macro_enabled_book": Quirk(a_macro_enabled_book, None, rows=2),
    "a_workbook_named_xls": Quirk(a_workbook_named_xls, None, rows=2),
    "a_link_to_another_book": Quirk(a_link_to_another_book, None, rows=2),
    "sheets_all_very_hidden": Quirk(sheets_all_very_hidden, "file.only_hidden"),
    "an_opendocument_ledger": Quirk(an_opendocument_ledger, None, rows=2),
    "an_opendocument_book_with_a_password": Quirk(an_opendocument_book_with_a_password, "file.encrypted"),
    "a_folder_linked_into_itself": Quirk(a_folder_linked_into_itself, None, rows=2),
    "a_name_with_spaces_and_an_emoji": Quirk(a_name_with_spaces_and_an_emoji, None, rows=2),
    "an_office_lock_file_beside_the_ledger": Quirk(an_office_lock_file_beside_the_ledger, None, rows=2),
    "a_book_of_only_a_chart": Quirk(a_book_of_only_a_chart, "file.not_a_table"),
    "a_big5_csv": Quirk(a_big5_csv, None, rows=1),
    "text_apostrophes_kept_in_a_workbook": Quirk(text_apostrophes_kept_in_a_workbook, None, rows=2),
    "lines_pasted_into_one_column": Quirk(lines_pasted_into_one_column, None, rows=2),
    "dates_in_excels_english_month_format": Quirk(dates_in_excels_english_month_format, None, rows=3),
    "a_macro_sheet_in_the_book": Quirk(a_macro_sheet_in_the_book, None, rows=2),
    "a_book_of_only_a_macro_sheet": Quirk(a_book_of_only_a_macro_sheet, "file.not_a_table"),
    "a_book_of_only_a_dialog_sheet": Quirk(a_book_of_only_a_dialog_sheet, "file.not_a_table"),
    # Before: "一份 Word 文档（其中没有表格）", its table unseen in the ISO namespace.
    "a_word_ledger_saved_as_strict_open_xml": Quirk(a_word_ledger_saved_as_strict_open_xml, None, rows=2),
    # Before: file.unreadable, "用 Excel/WPS 打开…另存为 .xlsx" (Excel cannot open either), or 压缩包 "请解压".
    "an_excel_save_left_unfinished": Quirk(an_excel_save_left_unfinished, "file.temporary"),
    "a_numbers_spreadsheet_from_a_mac": Quirk(a_numbers_spreadsheet_from_a_mac, "file.other_program"),
    # Before: "一份 Word 文档（其中没有表格）", an error, its records lost.
    "a_word_ledger_that_is_an_imported_web_page": Quirk(a_word_ledger_that_is_an_imported_web_page, None, rows=2),
    "a_word_ledger_in_a_text_box": Quirk(a_word_ledger_in_a_text_box, None, rows=2),
    "a_word_ledger_inside_a_framing_table": Quirk(a_word_ledger_inside_a_framing_table, None, rows=2),
    "a_web_archive_saved_as_xls": Quirk(a_web_archive_saved_as_xls, None, rows=2),
    "excels_single_file_web_page": Quirk(excels_single_file_web_page, None, rows=4),
    "a_web_page_whose_parts_excel_named_in_chinese": Quirk(a_web_page_whose_parts_excel_named_in_chinese, None, rows=4),
    "amounts_exported_the_european_way": Quirk(amounts_exported_the_european_way, None, rows=3, alone=True),
    "a_quote_never_closed_in_a_short_export": Quirk(a_quote_never_closed_in_a_short_export, None, rows=5),
    "a_text_lined_up_by_spaces": Quirk(a_text_lined_up_by_spaces, "file.fixed_width"),
    "a_ruled_line_under_the_header": Quirk(a_ruled_line_under_the_header, None, rows=2),
    "a_byte_order_mark_before_gbk_text": Quirk(a_byte_order_mark_before_gbk_text, None, rows=2),
    # Before: both sheets read as the first (calamine looks a sheet up by its name), the second's records lost
    # as "duplicates" of the first's.
    "two_sheets_of_one_name": Quirk(two_sheets_of_one_name, None, rows=4),
    # Before: file.unknown_kind, "没有找到与任何已知台账相符的表头，首行为：…、N、E": advice to rename right columns.
    "a_sylk_export_named_xls": Quirk(a_sylk_export_named_xls, "file.other_program"),
    "a_dif_export": Quirk(a_dif_export, "file.other_program"),
    # Before: file.unreadable, "已损坏或不是表格文件…另存为 .xlsx" (Excel asks for the password it was never told of).
    "an_xls_with_an_opening_password": Quirk(an_xls_with_an_opening_password, "file.encrypted"),
    # Before: file.unreadable, "请用 Excel/WPS 打开确认，另存为 .xlsx": Excel cannot open a Word file.
    "a_word_ledger_damaged_inside": Quirk(a_word_ledger_damaged_inside, "file.unreadable_document"),
    # Before (round 15): "请用 Word/WPS 文字打开并修复": Word's repair keeps only the first records.
    "a_word_ledger_cut_short": Quirk(a_word_ledger_cut_short, "file.cut_short"),
    "a_link_to_a_pipe_outside_the_folder": Quirk(a_link_to_a_pipe_outside_the_folder, "file.outside_link"),
    # Before: file.unreadable, "已损坏或不是表格文件", every record of an intact register lost.
    "a_damaged_formatting_part": Quirk(a_damaged_formatting_part, None, rows=2),
    # Before: its chart sheet "已损坏" (sheet.damaged, an error), the register's figures withheld.
    "a_binary_workbook_with_a_chart_sheet": Quirk(a_binary_workbook_with_a_chart_sheet, None, rows=2),
    "a_binary_workbook_of_only_a_chart": Quirk(a_binary_workbook_of_only_a_chart, "file.not_a_table"),
    # Before: file.unknown_kind, "没有找到与任何已知台账相符的表头，首行为：…": its source read as a CSV.
    "a_ledger_saved_as_rtf_named_doc": Quirk(a_ledger_saved_as_rtf_named_doc, None, rows=3),
    # Before: the struck record counted (3, not 2) and the #REF! date called a blank (row.required_missing).
    "a_book_written_with_prefixed_names": Quirk(a_book_written_with_prefixed_names, None, rows=1),
    # Before: the hidden 2023 column was taken for the date, both records out of the year (a count of 0).
    "a_hidden_old_column_written_by_apache_poi": Quirk(a_hidden_old_column_written_by_apache_poi, None, rows=2),
    # Before: file.not_a_table, "一份 Word 文档（其中没有表格）": the register inside it lost.
    "a_word_ledger_pasted_as_an_excel_object": Quirk(a_word_ledger_pasted_as_an_excel_object, None, rows=2),
    "a_mac_book_in_the_1904_date_system": Quirk(a_mac_book_in_the_1904_date_system, None, rows=2),
    "an_old_mac_xls_in_the_1904_date_system": Quirk(an_old_mac_xls_in_the_1904_date_system, None, rows=2),
    "a_phones_heic_photo_of_a_ledger": Quirk(a_phones_heic_photo_of_a_ledger, "file.not_a_table"),
    "a_chats_webp_picture_of_a_ledger": Quirk(a_chats_webp_picture_of_a_ledger, "file.not_a_table"),
    "an_ofd_official_document": Quirk(an_ofd_official_document, "file.not_a_table"),
    "an_xps_print": Quirk(an_xps_print, "file.not_a_table"),
    "a_ledger_sent_as_an_email_attachment": Quirk(a_ledger_sent_as_an_email_attachment, "file.email"),
    "an_outlook_message": Quirk(an_outlook_message, "file.email"),
    # Before: sheet.damaged ("该工作表在文件中的内容已损坏"), the register's four records lost for two formulas' errors.
    "error_values_newer_than_the_reader": Quirk(error_values_newer_than_the_reader, None, rows=3),
    # Before: the moved record read twice, named a copy of itself (row.duplicate) in the clerk's own table.
    # Before: every session of the copy counted again (5 sessions for 3, 210 人次 for 120).
    "a_training_log_sheet_copied_in_its_book": Quirk(a_training_log_sheet_copied_in_its_book, None, rows=3),
    # Before: passed over as a hidden file, its records lost without a word.
    "a_ledger_whose_name_was_deleted_but_its_suffix": Quirk(
        a_ledger_whose_name_was_deleted_but_its_suffix, None, rows=2
    ),
    # Before: each error value read as a blank ("必填项“办理日期”为空"), the office sent to a cell that shows #DIV/0!.
    "an_opendocument_ledger_with_error_values": Quirk(an_opendocument_ledger_with_error_values, None, rows=1),
    "a_word_ledger_with_a_record_moved_while_tracking": Quirk(
        a_word_ledger_with_a_record_moved_while_tracking, None, rows=3
    ),
    # --- round 16 ---
    # Before: file.archive, "这是一个压缩包（zip）…请解压": unpacked, its parts are no ledger either.
    "a_workbook_zipped_with_windows_separators": Quirk(a_workbook_zipped_with_windows_separators, None, rows=2),
    # Before: passed over as Excel's lock file, its records lost without a word.
    "a_ledger_under_an_office_lock_files_name": Quirk(a_ledger_under_an_office_lock_files_name, None, rows=2),
    # Before: 办理日期 found only by its content (column.by_content), the title quoted with its invisible hyphen.
    "titles_with_soft_hyphens_and_word_joiners": Quirk(titles_with_soft_hyphens_and_word_joiners, None, rows=2),
    "a_workbook_saved_as_strict_open_xml": Quirk(a_workbook_saved_as_strict_open_xml, None, rows=2),
    "a_dimension_claiming_every_row_excel_allows": Quirk(a_dimension_claiming_every_row_excel_allows, None, rows=9),
    "a_hundred_thousand_formatted_empty_rows": Quirk(a_hundred_thousand_formatted_empty_rows, None, rows=3),
    # Each date unknown (cell.uncached, an error of its cell): no record of them dated, none counted by a guess.
    "dates_as_shared_formulas_saved_without_values": Quirk(dates_as_shared_formulas_saved_without_values, None, rows=0),
    "a_csv_whose_lines_end_three_ways": Quirk(a_csv_whose_lines_end_three_ways, None, rows=4),
    "dates_in_full_width_digits_and_chinese_zeros": Quirk(dates_in_full_width_digits_and_chinese_zeros, None, rows=3),
    "the_1900_leap_day_and_a_negative_day_number": Quirk(the_1900_leap_day_and_a_negative_day_number, None, rows=0),
    "merged_ranges_that_overlap": Quirk(merged_ranges_that_overlap, None, rows=3),
    "the_header_pasted_again_mid_sheet": Quirk(the_header_pasted_again_mid_sheet, None, rows=4),
    "an_empty_word_file_named_as_a_ledger": Quirk(an_empty_word_file_named_as_a_ledger, "file.empty"),
    "a_rar_of_ledgers": Quirk(a_rar_of_ledgers, "file.archive"),
    "ledgers_in_folders_per_office_and_quarter": Quirk(ledgers_in_folders_per_office_and_quarter, None, rows=2),
    "a_csv_with_excels_separator_line": Quirk(a_csv_with_excels_separator_line, None, rows=2),
    "tab_separated_text_named_xls": Quirk(tab_separated_text_named_xls, None, rows=2),
    "a_dos_end_of_file_mark": Quirk(a_dos_end_of_file_mark, None, rows=2),
    "pages_split_by_form_feeds": Quirk(pages_split_by_form_feeds, None, rows=4),
    "two_exports_joined_each_with_its_bom": Quirk(two_exports_joined_each_with_its_bom, None, rows=4),
    "shared_strings_with_phonetic_guides": Quirk(shared_strings_with_phonetic_guides, None, rows=2),
    "shared_strings_cut_short": Quirk(shared_strings_cut_short, "file.strings_damaged"),
    "shared_strings_left_out": Quirk(shared_strings_left_out, "file.strings_damaged"),
    "a_package_without_its_content_types": Quirk(a_package_without_its_content_types, None, rows=2),
    "a_web_page_export_in_utf16": Quirk(a_web_page_export_in_utf16, None, rows=2),
    "a_header_below_999_blank_rows": Quirk(a_header_below_999_blank_rows, None, rows=2),
    "a_name_with_a_line_break": Quirk(a_name_with_a_line_break, None, rows=2),
    "cells_written_in_reverse_order": Quirk(cells_written_in_reverse_order, None, rows=3),
    # Before: date.unparseable, each record's date lost ("不是可识别的日期").
    "dates_with_the_half_of_the_day_after_the_time": Quirk(dates_with_the_half_of_the_day_after_the_time, None, rows=2),
    # Before: date.unparseable.
    "dates_joined_by_long_dashes": Quirk(dates_joined_by_long_dashes, None, rows=2),
    "an_external_entity_in_a_sheet": Quirk(an_external_entity_in_a_sheet, None, rows=2),
    "an_external_entity_in_a_word_ledger": Quirk(an_external_entity_in_a_word_ledger, None, rows=2),
    "a_billion_laughs_in_a_sheet": Quirk(a_billion_laughs_in_a_sheet, None, rows=2),
    "a_billion_laughs_in_a_word_ledger": Quirk(a_billion_laughs_in_a_word_ledger, "file.unreadable_document"),
    # Damaged as Excel would call it (it offers to repair): named, the good files read.
    "a_shared_string_index_past_the_table": Quirk(a_shared_string_index_past_the_table, "file.unreadable"),
    "a_row_numbered_zero": Quirk(a_row_numbered_zero, "file.unreadable"),
    # --- round 17 ---
    # Before: file.failed ("这是 fzlib 的缺陷", IndexError): a range beyond the sheet's cells.
    "a_merged_range_right_of_the_table": Quirk(a_merged_range_right_of_the_table, None, rows=2),
    # Before: read, after 70 s of matching 100,000 titles outside the reading child's time limit.
    "a_first_line_of_a_hundred_thousand_titles": Quirk(a_first_line_of_a_hundred_thousand_titles, "file.too_large"),
    # Before: file.unreadable, "已损坏…另存为 .xlsx".
    "a_workbook_whose_parts_are_in_utf16": Quirk(a_workbook_whose_parts_are_in_utf16, None, rows=2),
    # Before: file.unreadable (read as UTF-16).
    "a_text_export_in_utf32": Quirk(a_text_export_in_utf32, None, rows=2),
    # Before: the page file.no_table, its filelist.xml file.unreadable, its tab strip and style sheet file.unknown_kind.
    "excels_web_page_with_its_folder": Quirk(excels_web_page_with_its_folder, None, rows=4),
    # Before: file.no_table, "请确认表头…在前 20 行内".
    "excels_web_page_without_its_folder": Quirk(excels_web_page_without_its_folder, "file.page_parts_missing"),
    "a_web_page_whose_sheet_is_a_file_outside_the_folder": Quirk(
        a_web_page_whose_sheet_is_a_file_outside_the_folder, "file.page_parts_missing"
    ),
    "a_logical_value_in_a_date_column": Quirk(a_logical_value_in_a_date_column, None, rows=1),
    "a_workbook_named_csv": Quirk(a_workbook_named_csv, None, rows=2),
    "a_web_page_named_csv": Quirk(a_web_page_named_csv, None, rows=2),
    "an_excel_template": Quirk(an_excel_template, None, rows=2),
    "a_word_template": Quirk(a_word_template, None, rows=2),
    "a_word_file_named_wps": Quirk(a_word_file_named_wps, None, rows=2),
    "cells_without_references_and_rows_out_of_order": Quirk(
        cells_without_references_and_rows_out_of_order, None, rows=3
    ),
    "rows_and_cells_without_references": Quirk(rows_and_cells_without_references, None, rows=3),
    "dates_as_iso_date_cells": Quirk(dates_as_iso_date_cells, None, rows=2),
    "parts_named_by_absolute_paths": Quirk(parts_named_by_absolute_paths, None, rows=2),
    "a_chart_sheet_before_the_register": Quirk(a_chart_sheet_before_the_register, None, rows=2),
    "a_very_hidden_list_sheet_before_the_register": Quirk(a_very_hidden_list_sheet_before_the_register, None, rows=2),
    "lines_ending_in_cr_cr_lf": Quirk(lines_ending_in_cr_cr_lf, None, rows=3),
    "zip_entries_named_out_of_the_package": Quirk(zip_entries_named_out_of_the_package, None, rows=2),
    "an_error_value_cached_in_an_amount": Quirk(an_error_value_cached_in_an_amount, None, rows=2),
    # Each record read twice, named row.duplicate under Sheet2 and counted once.
    "one_sheets_part_listed_twice": Quirk(one_sheets_part_listed_twice, None, rows=2),
    "a_word_table_nested_sixty_deep": Quirk(a_word_table_nested_sixty_deep, None, rows=2),
    "a_million_unused_shared_strings": Quirk(a_million_unused_shared_strings, None, rows=2),
    "elements_nested_200000_deep": Quirk(elements_nested_200000_deep, None, rows=2),
    "a_word_ledger_split_over_two_tables": Quirk(a_word_ledger_split_over_two_tables, None, rows=4),
    "a_word_ledger_kept_whole_in_the_page_header": Quirk(
        a_word_ledger_kept_whole_in_the_page_header, "file.table_in_page_header"
    ),
    "a_coded_column_shown_as_words_by_its_number_format": Quirk(
        a_coded_column_shown_as_words_by_its_number_format, None, rows=3
    ),
    "a_web_grid_saved_with_its_header_a_table_apart": Quirk(
        a_web_grid_saved_with_its_header_a_table_apart, None, rows=4
    ),
    "an_excel_table_whose_title_row_is_turned_off": Quirk(an_excel_table_whose_title_row_is_turned_off, None, rows=3),
    "a_word_ledger_whose_titles_are_in_the_page_header": Quirk(
        a_word_ledger_whose_titles_are_in_the_page_header, None, rows=3
    ),
    # Before: file.unreadable, "已损坏…另存为 .xlsx".
    "an_opendocument_row_repeated_a_million_times_across": Quirk(
        an_opendocument_row_repeated_a_million_times_across, "file.too_large"
    ),
    # --- round 18 ---
    "one_record_repeated_twenty_thousand_times": Quirk(
        one_record_repeated_twenty_thousand_times, None, rows=1, full_size=True
    ),
    "cells_of_130000_characters": Quirk(cells_of_130000_characters, None, rows=20),
    "brackets_nested_60000_deep_in_values": Quirk(brackets_nested_60000_deep_in_values, None, rows=2),
    "values_written_to_trip_a_pattern": Quirk(values_written_to_trip_a_pattern, None, rows=3),
    "a_merged_range_over_250000_rows": Quirk(a_merged_range_over_250000_rows, None, rows=3),
    "two_hundred_thousand_merged_rows": Quirk(two_hundred_thousand_merged_rows, None, rows=3),
    # Before (until round 19): file.unreadable_document, past the XML parser's depth; its empty tables are cut off now.
    "a_word_table_nested_3000_deep": Quirk(a_word_table_nested_3000_deep, None, rows=2),
    "a_frame_page_saved_from_a_browser": Quirk(a_frame_page_saved_from_a_browser, "file.frame_page"),
    "sheets_named_alike_but_for_case": Quirk(sheets_named_alike_but_for_case, None, rows=4),
    "numbers_that_are_not_finite": Quirk(numbers_that_are_not_finite, None, rows=3),
    "a_sheet_pointing_out_of_the_package": Quirk(a_sheet_pointing_out_of_the_package, None, rows=2),
    "a_sheet_whose_part_is_missing": Quirk(a_sheet_whose_part_is_missing, None, rows=2),
    "a_sheet_without_a_name": Quirk(a_sheet_without_a_name, None, rows=2),
    "day_numbers_beyond_excels_calendar": Quirk(day_numbers_beyond_excels_calendar, None, rows=0),
    "missing_values_as_pandas_writes_them": Quirk(missing_values_as_pandas_writes_them, None, rows=1),
    "google_sheets_error_values": Quirk(google_sheets_error_values, None, rows=1),
    "a_sheet_part_named_with_uri_escapes": Quirk(a_sheet_part_named_with_uri_escapes, None, rows=2),
    # --- round 19 ---
    # Before: one record of three lost without a word (the second row 2 kept).
    "a_row_written_twice_by_an_export": Quirk(a_row_written_twice_by_an_export, "sheet.damaged"),
    # Before: the case name read as the case number, without a word.
    "a_cell_written_twice_by_an_export": Quirk(a_cell_written_twice_by_an_export, "sheet.damaged"),
    # Before: NaN read as a blank ("必填项为空"; the amount left out without a word). The date's record is not counted.
    "not_a_number_saved_in_number_cells": Quirk(not_a_number_saved_in_number_cells, None, rows=2),
    # Before: both records set aside as a blank form's rows, without a word.
    "a_word_title_spanning_two_billion_columns": Quirk(a_word_title_spanning_two_billion_columns, None, rows=2),
    # Before: file.encrypted, "请在 Excel/WPS 中取消密码保护后另存为 .xlsx".
    "a_word_ledger_with_an_opening_password": Quirk(a_word_ledger_with_an_opening_password, "file.encrypted_document"),
    # Before: file.unreadable, "请用 Excel/WPS 打开确认" (neither opens it).
    "a_libreoffice_flat_xml_sheet": Quirk(a_libreoffice_flat_xml_sheet, "file.other_program"),
    "dates_in_chinese_excels_own_formats": Quirk(dates_in_chinese_excels_own_formats, None, rows=5),
    "characters_escaped_as_office_open_xml_writes_them": Quirk(
        characters_escaped_as_office_open_xml_writes_them, None, rows=2
    ),
    "a_browser_download_never_finished": Quirk(a_browser_download_never_finished, "file.cut_short"),
    "a_browser_download_finished_but_never_renamed": Quirk(a_browser_download_finished_but_never_renamed, None, rows=2),
    "a_gb18030_export_with_four_byte_characters": Quirk(a_gb18030_export_with_four_byte_characters, None, rows=2),
    "a_word_ledger_of_fields_links_and_smart_tags": Quirk(a_word_ledger_of_fields_links_and_smart_tags, None, rows=4),
    "a_word_record_deleted_while_tracking": Quirk(a_word_record_deleted_while_tracking, None, rows=2),
    "a_word_ledger_whose_body_is_utf16": Quirk(a_word_ledger_whose_body_is_utf16, None, rows=2),
    "values_led_by_a_tab_to_stay_text": Quirk(values_led_by_a_tab_to_stay_text, None, rows=2),
    "a_book_linked_to_a_file_on_the_clerks_desktop": Quirk(a_book_linked_to_a_file_on_the_clerks_desktop, None, rows=2),
    "a_word_table_wider_than_a_row_may_hold": Quirk(a_word_table_wider_than_a_row_may_hold, "file.too_large"),
    "a_style_index_past_the_books_styles": Quirk(a_style_index_past_the_books_styles, None, rows=2),
    "values_left_empty_or_padded": Quirk(values_left_empty_or_padded, None, rows=2),
    # Before: file.too_large ("读取时所需内存超过上限"), an intact 2 KB register refused.
    "a_shared_strings_count_of_four_billion": Quirk(a_shared_strings_count_of_four_billion, None, rows=2),
    # Named, never read with the text of its deep tables left out.
    "words_in_a_word_table_nested_3000_deep": Quirk(words_in_a_word_table_nested_3000_deep, "file.unreadable_document"),
    # --- round 20 ---
    # Before: the three records swallowed by the title's merge, without a word (0 kept).
    "a_merge_hiding_the_records_under_a_title": Quirk(a_merge_hiding_the_records_under_a_title, None, rows=3),
    # Before: file.unknown_kind, "表头为：序号、序号、序号…".
    "a_merge_over_the_whole_sheet": Quirk(a_merge_over_the_whole_sheet, None, rows=2),
    # Before: the later part read, two of three records lost without a word.
    "a_sheet_part_appended_again_by_a_script": Quirk(a_sheet_part_appended_again_by_a_script, "file.part_twice"),
    # Before: counted without a word; now counted and named as a hidden row (sheet.hidden_rows).
    "a_word_record_in_hidden_text": Quirk(a_word_record_in_hidden_text, None, rows=3),
    # Before: file.empty, "文件是空的，没有任何内容".
    "inline_strings_written_as_values": Quirk(inline_strings_written_as_values, None, rows=2),
    # Before: column.unknown quoting "#公式未计算", the records keyed by 序号 without a word why.
    "a_title_written_as_a_formula_never_computed": Quirk(a_title_written_as_a_formula_never_computed, None, rows=2),
    "a_title_written_as_a_formula_with_its_value": Quirk(a_title_written_as_a_formula_with_its_value, None, rows=2),
    # Before: file.unknown_kind, "首行为：“序号”、“案件编号”…".
    "a_csv_typed_with_chinese_quotes": Quirk(a_csv_typed_with_chinese_quotes, None, rows=2),
    # Before: file.unreadable, "已损坏…请用 Excel/WPS 打开确认" (Excel cannot open either).
    "a_workbook_packed_with_bzip2": Quirk(a_workbook_packed_with_bzip2, None, rows=2),
    "a_workbook_packed_with_lzma": Quirk(a_workbook_packed_with_lzma, None, rows=2),
    "a_meetings_video_among_the_ledgers": Quirk(a_meetings_video_among_the_ledgers, "file.not_a_table"),
    "a_sheet_part_led_by_a_byte_order_mark": Quirk(a_sheet_part_led_by_a_byte_order_mark, None, rows=2),
    "a_dimension_of_one_cell_over_thirty_records": Quirk(a_dimension_of_one_cell_over_thirty_records, None, rows=30),
    "seventy_thousand_cell_formats": Quirk(seventy_thousand_cell_formats, None, rows=2),
    # The negative fines named (number.out_of_range), every record kept.
    "amounts_with_a_full_width_minus": Quirk(amounts_with_a_full_width_minus, None, rows=3),
    # The blank case number and date named (row.required_missing); the blank category (cell.required_blank) kept.
    "cells_of_only_invisible_characters": Quirk(cells_of_only_invisible_characters, None, rows=1),
    "word_rows_shorter_than_their_table": Quirk(word_rows_shorter_than_their_table, None, rows=2),
    "a_word_merge_continued_past_a_table_split": Quirk(a_word_merge_continued_past_a_table_split, None, rows=4),
    "a_file_time_from_a_broken_clock": Quirk(a_file_time_from_a_broken_clock, None, rows=2),
    "a_file_time_before_1970": Quirk(a_file_time_before_1970, None, rows=2),
    "format_placeholders_in_file_and_sheet_names": Quirk(format_placeholders_in_file_and_sheet_names, None, rows=2),
    "a_name_led_by_a_dash": Quirk(a_name_led_by_a_dash, None, rows=2),
    "an_array_formula_saved_without_its_value": Quirk(an_array_formula_saved_without_its_value, None, rows=1),
    "texts_in_cdata_sections_and_character_references": Quirk(
        texts_in_cdata_sections_and_character_references, None, rows=2
    ),
    "a_sheet_without_its_namespace_and_lower_case_references": Quirk(
        a_sheet_without_its_namespace_and_lower_case_references, None, rows=2
    ),
    "decimal_commas_in_number_cells": Quirk(decimal_commas_in_number_cells, None, rows=2),
    "a_name_of_254_bytes": Quirk(a_name_of_254_bytes, None, rows=2),
    # Its line read with the broken character as U+FFFD and named (sheet.mixed_encoding), every record kept.
    "a_field_cut_in_the_middle_of_a_character": Quirk(a_field_cut_in_the_middle_of_a_character, None, rows=3),
    # --- round 21 ---
    # Before: one record kept, the other two "与第 2 行是同一条记录（编号相同），只计一次" (a 提示).
    "case_numbers_excel_showed_in_scientific_notation": Quirk(
        case_numbers_excel_showed_in_scientific_notation, None, rows=3
    ),
    "case_numbers_excel_took_for_dates": Quirk(case_numbers_excel_took_for_dates, None, rows=3),
    # Before: the two records keyed \\N were one and its copy, the \\N date "不是可识别的日期". Now blanks where required.
    "nulls_as_a_database_dump_writes_them": Quirk(nulls_as_a_database_dump_writes_them, None, rows=1),
    # Before: date.unparseable, "日期应写成 2024-03-05…": the office told to retype a date it had typed right.
    "dates_a_too_narrow_column_saved_as_hashes": Quirk(dates_a_too_narrow_column_saved_as_hashes, None, rows=1),
    # Before: number.unparseable, "请只填数字". Each record kept, its fine unusable.
    "amounts_with_the_minus_sign_after_them": Quirk(amounts_with_the_minus_sign_after_them, None, rows=3),
    # Before: file.unknown_kind, "首行为：…".
    "a_markdown_table_pasted_into_one_column": Quirk(a_markdown_table_pasted_into_one_column, None, rows=2),
    "a_database_clients_printout_pasted_into_one_column": Quirk(
        a_database_clients_printout_pasted_into_one_column, None, rows=2
    ),
    "a_workbook_with_custom_xml_and_a_vba_project": Quirk(a_workbook_with_custom_xml_and_a_vba_project, None, rows=2),
    "a_table_under_a_note_named_only_by_its_print_area": Quirk(
        a_table_under_a_note_named_only_by_its_print_area, None, rows=2
    ),
    "a_sheet_name_of_31_characters_ending_in_a_space": Quirk(
        a_sheet_name_of_31_characters_ending_in_a_space, None, rows=2
    ),
    "tab_separated_text_named_csv": Quirk(tab_separated_text_named_csv, None, rows=2),
    "a_wps_writer_document_in_its_binary_format": Quirk(a_wps_writer_document_in_its_binary_format, "file.old_word"),
    # Each fine named number.unparseable, the records kept.
    "percentages_typed_into_an_amount_column": Quirk(percentages_typed_into_an_amount_column, None, rows=3),
    "dates_as_moments_since_1970": Quirk(dates_as_moments_since_1970, None, rows=3),
    "dates_as_eight_digits_and_with_a_zone": Quirk(dates_as_eight_digits_and_with_a_zone, None, rows=3),
    "a_thunder_download_never_finished": Quirk(a_thunder_download_never_finished, "file.cut_short"),
    "a_firefox_download_never_finished": Quirk(a_firefox_download_never_finished, "file.cut_short"),
    "a_baidu_netdisk_download_never_finished": Quirk(a_baidu_netdisk_download_never_finished, "file.cut_short"),
    "a_ledger_whose_suffix_a_chat_app_dropped": Quirk(a_ledger_whose_suffix_a_chat_app_dropped, None, rows=2),
    "a_suffix_a_sync_tool_numbered": Quirk(a_suffix_a_sync_tool_numbered, None, rows=2),
    "a_pandas_export_with_its_index_column": Quirk(a_pandas_export_with_its_index_column, None, rows=3),
    "titles_excels_table_numbered_above_the_header": Quirk(titles_excels_table_numbered_above_the_header, None, rows=2),
    "titles_spaced_out_to_fill_their_cells": Quirk(titles_spaced_out_to_fill_their_cells, None, rows=2),
    # --- round 22 ---
    # Before: the 导出人 line a record "missing its case number" (row.required_missing), the kind's figures withheld.
    "an_exports_footer_of_who_exported_it_and_when": Quirk(an_exports_footer_of_who_exported_it_and_when, None, rows=2),
    # Before: each date.unparseable ("日期应写成 2024-03-05…"), no record of the file counted.
    "dates_as_oracle_prints_them_in_a_chinese_session": Quirk(
        dates_as_oracle_prints_them_in_a_chinese_session, None, rows=3
    ),
    "dates_as_javascript_and_dotnet_json_print_them": Quirk(
        dates_as_javascript_and_dotnet_json_print_them, None, rows=3
    ),
    # Before: vocab.unknown, "请改为规定选项之一…本镇惯用的写法可在 variants 中登记": the prompt offered as the town's word.
    "a_dropdowns_prompt_left_unchosen": Quirk(a_dropdowns_prompt_left_unchosen, None, rows=3),
    "day_numbers_kept_as_text_in_a_date_column": Quirk(day_numbers_kept_as_text_in_a_date_column, None, rows=2),
    "a_register_every_row_struck_through": Quirk(a_register_every_row_struck_through, None, rows=0),
    "a_protected_sheet_in_a_protected_book": Quirk(a_protected_sheet_in_a_protected_book, None, rows=2),
    "a_cloud_export_without_styles_or_properties": Quirk(a_cloud_export_without_styles_or_properties, None, rows=2),
    "an_old_xls_renamed_xlsx": Quirk(an_old_xls_renamed_xlsx, None, rows=2),
    "a_phones_photo_saved_under_the_ledgers_name": Quirk(
        a_phones_photo_saved_under_the_ledgers_name, "file.not_a_table"
    ),
    "titles_and_values_split_into_rich_text_runs": Quirk(titles_and_values_split_into_rich_text_runs, None, rows=2),
    "sheet_names_excel_forbids_written_by_a_script": Quirk(sheet_names_excel_forbids_written_by_a_script, None, rows=2),
    "last_years_records_left_at_the_end": Quirk(last_years_records_left_at_the_end, None, rows=3),
    "rows_filtered_out_by_an_autofilter": Quirk(rows_filtered_out_by_an_autofilter, None, rows=3),
    # --- round 23 ---
    # Before: 1,2000, 1.2w, 1000（壹仟元）, 大写：…, 3+2 each number.unparseable ("不是可识别的数字"), the fines unknown.
    "amounts_written_as_an_office_writes_them": Quirk(
        amounts_written_as_an_office_writes_them, None, rows=len(AMOUNTS_WRITTEN_OTHERWISE)
    ),
    # Before: 1.2 and 2.5 yuan, without a word. Alone: whether a point is decimal is decided over the kind's column.
    "amounts_of_three_decimals_parted_by_a_point": Quirk(
        amounts_of_three_decimals_parted_by_a_point, None, rows=4, alone=True
    ),
    # Before: the right half's columns "the same field again, not used" (column.preferred): records 4–6 lost.
    "a_register_printed_in_two_halves_side_by_side": Quirk(a_register_printed_in_two_halves_side_by_side, None, rows=6),
    # Before: read without a word, its name garbled in every message.
    "a_name_unzip_read_as_the_dos_code_page": Quirk(a_name_unzip_read_as_the_dos_code_page, None, rows=2),
    "a_name_in_utf8_read_as_gbk": Quirk(a_name_in_utf8_read_as_gbk, None, rows=2),
    # --- round 24 ---
    # Before: 1000,500 was 1000500 and 1000 00 was 100000 without a word; 1,200,0000 and 10,00,000 number.unparseable.
    "amounts_grouped_at_the_wrong_places": Quirk(amounts_grouped_at_the_wrong_places, None, rows=4),
    # Before: 1万零200 and 1万0200 were 210000, 2千零5 2500, without a word.
    "amounts_of_digits_and_wan_with_a_place_skipped": Quirk(
        amounts_of_digits_and_wan_with_a_place_skipped, None, rows=3
    ),
    # Before: number.unparseable ("不是可识别的数字"), though 1.2万 was read.
    "amounts_as_a_decimal_of_thousands_or_hundreds": Quirk(amounts_as_a_decimal_of_thousands_or_hundreds, None, rows=2),
    "a_sum_typed_with_a_unit_on_each_term": Quirk(a_sum_typed_with_a_unit_on_each_term, None, rows=2),
    # Before: number.unparseable, the office told to type "only digits" of what it had estimated.
    "estimates_written_with_a_sign": Quirk(estimates_written_with_a_sign, None, rows=3),
    "amounts_given_as_a_bound": Quirk(amounts_given_as_a_bound, None, rows=3),
    # Before: each date.unparseable ("日期应写成 2024-03-05…").
    "dates_as_eight_digits_ending_in_a_day_word": Quirk(dates_as_eight_digits_ending_in_a_day_word, None, rows=2),
    "dates_in_the_capital_numerals_of_amounts": Quirk(dates_in_the_capital_numerals_of_amounts, None, rows=3),
    "dates_parted_by_lookalike_separators": Quirk(dates_parted_by_lookalike_separators, None, rows=7),
    "a_remark_in_brackets_after_the_date": Quirk(a_remark_in_brackets_after_the_date, None, rows=2),
    # Before: number.unparseable, though 1.200 alone is named as thousands or three decimals.
    "thousands_parted_by_points_twice": Quirk(thousands_parted_by_points_twice, None, rows=3),
    "dates_in_quotes_or_brackets": Quirk(dates_in_quotes_or_brackets, None, rows=5),
    "two_dates_parted_by_a_slash": Quirk(two_dates_parted_by_a_slash, None, rows=2),
    # --- round 25 ---
    # Before: 罚款1000元 and 罚款：壹仟元整 number.unparseable ("不是可识别的数字"), the fines unknown.
    "amounts_with_the_columns_own_noun_before_them": Quirk(amounts_with_the_columns_own_noun_before_them, None, rows=4),
    # Before: 2 3 was 23 without a word.
    "amounts_with_a_space_among_their_digits": Quirk(amounts_with_a_space_among_their_digits, None, rows=3),
    # Before: read as the header's second line (序号（万元）), the fines 1.5 元 for 15,000 without a word.
    "a_unit_line_typed_under_the_header": Quirk(a_unit_line_typed_under_the_header, None, rows=3),
    # Before: the 填报单位 line a record "missing its case number" (row.required_missing).
    "a_filler_line_typed_under_the_header": Quirk(a_filler_line_typed_under_the_header, None, rows=2),
    # Before: read as the header's second line, 序号（续表） a column of no field (column.unknown).
    "a_continued_line_typed_under_the_header": Quirk(a_continued_line_typed_under_the_header, None, rows=2),
    # Before: the retyped titles a table of their own, its records lost (column.missing 执法类别).
    "a_header_retyped_in_part_among_the_records": Quirk(a_header_retyped_in_part_among_the_records, None, rows=4),
    # Before: date.unparseable ("日期应写成 2024-03-05…"), the records' year unknown.
    "dates_of_a_month_as_six_digits": Quirk(dates_of_a_month_as_six_digits, None, rows=2),
    # Before: 2000 filled into both cases' rows, 4000 counted where the sheet's own sum is 2000, without a word.
    "an_amount_merged_over_two_cases": Quirk(an_amount_merged_over_two_cases, None, rows=3),
    # --- round 26 ---
    # Before: 〃〃, 仝上, 同 上 in 执法单位 read as units of their own without a word; in 执法类别 vocab.unknown.
    "ditto_marks_of_other_shapes": Quirk(ditto_marks_of_other_shapes, None, rows=8),
    # Before: 同上 "不在规定选项中"; a 当事人 〃 kept as a party's name.
    "a_ditto_with_nothing_above_it": Quirk(a_ditto_with_nothing_above_it, None, rows=3),
    # Before: the number above copied into it, the record dropped as the copy of the one above without a word.
    "a_ditto_in_the_case_number": Quirk(a_ditto_in_the_case_number, None, rows=2),
    # Before: date.unparseable ("日期应写成 2024-03-05…"), nothing said the day was another's.
    "days_said_by_another_day": Quirk(days_said_by_another_day, None, rows=1),
    # Before: 2024年3月6日晚, 凌晨, 傍晚, 夜间 and 3月5日上午 date.unparseable, their records left out.
    "dates_with_a_time_of_day_word": Quirk(dates_with_a_time_of_day_word, None, rows=5),
    # Before: number.unparseable ("请只填数字").
    "fines_given_per_person_or_day": Quirk(fines_given_per_person_or_day, None, rows=4),
    # Before: number.unparseable, the fines unknown.
    "fines_typed_as_a_product": Quirk(fines_typed_as_a_product, None, rows=4),
    # Before: 1000元； number.unparseable where 1000元。 was read.
    "fines_with_a_list_mark_after_them": Quirk(fines_with_a_list_mark_after_them, None, rows=3),
    # Before: number.unparseable and date.unparseable, as if a slip of typing.
    "values_kept_in_another_paper": Quirk(values_kept_in_another_paper, None, rows=3),
    # Before: 2024.3.5及3.6 date.unparseable, its record left out (2024.3.5、3.6 was read).
    "days_joined_by_a_word": Quirk(days_joined_by_a_word, None, rows=3),
    # Before: date.unparseable, the records left out.
    "a_part_of_the_year_for_a_date": Quirk(a_part_of_the_year_for_a_date, None, rows=3),
}


def two_category_columns_titled_alike(
    raw: Path, second: tuple = ("行政处罚", "行政处罚", "行政许可", "行政许可")
) -> Path:
    """An enforcement register with two 执法类别 columns (one corrected beside the old one): the first says
    行政许可 of all four cases, the second `second`."""
    header = [*H[:4], "执法类别", *H[4:]]
    rows = [[*r[:4], s, *r[4:]] for r, s in zip(enforcement(900, 4), second, strict=True)]
    return builders.xlsx(raw / "two-category-columns.xlsx", {"S": [header, *rows]})


def year_months_excel_made_numbers(raw: Path) -> Path:
    """Decision dates typed 2024.12, 2024.3 and 2024.10 into number cells: Excel keeps 2024.12, 2024.3
    and 2024.1 (the 0 of October dropped)."""
    rows = [[*r[:5], month, *r[6:]] for r, month in zip(enforcement(950, 3), (2024.12, 2024.3, 2024.1), strict=True)]
    return builders.xlsx(raw / "year-months-as-numbers.xlsx", {"S": [H, *rows]})


def a_year_typed_with_its_digits_swapped(raw: Path) -> Path:
    """Three 2024 decisions, the first dated 2042 (2024 typed with its digits swapped), the last 2025.1.5
    (next year's first record in a book kept on)."""
    rows = [
        [*r[:5], day, *r[6:]] for r, day in zip(enforcement(960, 3), ("2042.3.5", "2024.3.6", "2025.1.5"), strict=True)
    ]
    return builders.xlsx(raw / "a-year-typed-backwards.xlsx", {"S": [H, *rows]})


def a_million_rows(raw: Path) -> Path:
    """A sheet of 1,048,575 records under its header (every row Excel allows), each with a bad date."""
    path = raw / "a-million-rows.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(H) + "\n")
        line = "{0},旺草许字〔2024〕第{0}号,事项,行政许可,旺草镇人民政府,某日,某甲,\n"
        fh.writelines(line.format(i) for i in range(1, 1_048_576))
    return path
