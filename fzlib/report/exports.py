"""The files written next to the HTML report: the draft text (.txt, .docx) and every indicator (.xlsx).

The draft text is the sentences of every report section (fzlib.report.outline.draft),
for the analyst to paste into the official report; the .xlsx lists every figure with its Chinese
name, unit, last year's value and the change. All three are byte-identical from run to run.
"""

from __future__ import annotations

import io
import re
from datetime import datetime

import pandas as pd

from fzlib import fmt, paths
from fzlib.indicators.figures import rates, titles
from fzlib.outputs import fixed_zip, inert_frame
from fzlib.report import outline
from fzlib.report.components import SAMPLE_NOTE

XLSX_COLUMNS = ["key", "中文名称", "value", "单位/格式", "上年", "同比变化", "台账"]
RATE_FORMAT = "0.0%"  # rates are stored as fractions and shown as 96.3%
_UNIT = re.compile(r"（([^（）]+)）$")


def draft_text(d) -> str:
    """The draft as plain text: title, a sample-data note when it applies, headings, paragraphs."""
    lines = [d.title, ""]
    if d.params.get("sample"):
        lines += [SAMPLE_NOTE, ""]
    for heading, paragraphs in outline.draft(d):
        lines.append(heading)
        lines += paragraphs
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# --- .docx --------------------------------------------------------------------------------------


def _set_east_asian_font(style, name: str) -> None:
    from docx.oxml.ns import qn

    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _fixed_date(d) -> datetime:
    """The report date from params (never the clock); else the last day of the year."""
    raw = d.params.get("report_date")
    return datetime.fromisoformat(str(raw)) if raw else datetime(d.year, 12, 31)


def docx_bytes(d) -> bytes:
    """The draft as a Word document: title, headings, one paragraph per sentence group."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    _set_east_asian_font(document.styles["Normal"], "仿宋")
    document.styles["Normal"].font.size = Pt(14)
    for name in ("Title", "Heading 1"):
        _set_east_asian_font(document.styles[name], "黑体")
    title = document.add_heading(d.title, level=0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if d.params.get("sample"):
        document.add_paragraph(SAMPLE_NOTE)
    for heading, paragraphs in outline.draft(d):
        document.add_heading(heading, level=1)
        for text in paragraphs:
            document.add_paragraph(text).paragraph_format.first_line_indent = Pt(28)
    _fix_core_properties(document, _fixed_date(d), d.title)
    buf = io.BytesIO()
    document.save(buf)
    return fixed_zip(buf.getvalue(), _fixed_date(d))


def _fix_core_properties(document, when: datetime, title: str) -> None:
    core = document.core_properties
    core.author = core.last_modified_by = "fzlib"
    core.title = title
    core.created = core.modified = core.last_printed = when
    core.revision = 1


# --- .xlsx --------------------------------------------------------------------------------------


def _units(specs) -> dict[str, str]:
    """Figure → unit: from its title's last （…）, else that of the first figure of its ledger with one."""
    units = {}
    for spec in specs.values():
        default = next((m.group(1) for g in spec.figures if (m := _UNIT.search(g.title))), "")
        for g in spec.figures:
            m = _UNIT.search(g.title)
            units[g.name] = "%" if g.op == "ratio" else (m.group(1) if m else default)
    return units


def indicators_frame(d) -> pd.DataFrame:
    """Every figure of the year, in spec order, with Chinese name, unit, last year and change."""
    names = titles(d.specs)
    units = _units(d.specs)
    ratios = rates(d.specs)
    ledgers = {g.name: s.title for s in d.specs.values() for g in s.figures}
    rows = []
    for key, value in d.figures.items():
        rate = key in ratios
        prev = (d.previous or {}).get(key)
        change = fmt.versus(value, prev, rate=rate) if prev is not None else None
        rows.append(
            [
                key,
                _UNIT.sub("", names.get(key, key)),
                value,
                units.get(key, ""),
                prev,
                change or "",
                ledgers.get(key, ""),
            ]
        )
    return pd.DataFrame(rows, columns=XLSX_COLUMNS, dtype="object")


def xlsx_bytes(d) -> bytes:
    """The indicators as a workbook (cells inert: never formulas), with fixed metadata times."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    frame = inert_frame(indicators_frame(d))
    wb = Workbook()
    ws = wb.active
    ws.title = f"{d.year}年指标"
    ws.append(XLSX_COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for record in frame.itertuples(index=False):
        ws.append(list(record))
        if record[3] == "%":
            ws.cell(ws.max_row, 3).number_format = ws.cell(ws.max_row, 5).number_format = RATE_FORMAT
    for column, width in zip("ABCDEFG", (34, 30, 12, 10, 12, 24, 34)):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = "A2"
    when = _fixed_date(d)
    wb.properties.created = wb.properties.modified = when
    wb.properties.creator = wb.properties.lastModifiedBy = "fzlib"
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue(), when)


def files(d) -> dict[str, bytes | str]:
    """The .docx, .txt and .xlsx that go beside the report, by file name."""
    return {
        paths.report_file(d.year, suffix="-文字稿.docx").name: docx_bytes(d),
        paths.report_file(d.year, suffix="-文字稿.txt").name: draft_text(d),
        paths.report_file(d.year, suffix="-指标.xlsx").name: xlsx_bytes(d),
    }
