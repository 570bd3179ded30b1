"""The files written next to the HTML report: the official Word document, its plain-text copy, and every figure (.xlsx).

The Word document (fzlib.report.document) and the text copy to paste from carry the sections of
the outline for Word (fzlib.report.outline.document); the .xlsx lists every figure with its Chinese
name, unit, last year's value, the change, and its status. All three are byte-identical from run
to run.
"""

from __future__ import annotations

import io
import re
from datetime import datetime

import pandas as pd

from fzlib import fmt, paths
from fzlib.indicators import targets, trace
from fzlib.indicators.figures import STATUS_WORDS, rates, titles
from fzlib.outputs import fixed_zip, inert_frame, own_output
from fzlib.report import outline
from fzlib.report.components import SAMPLE_NOTE, draft_note

XLSX_COLUMNS = ["key", "中文名称", "value", "单位/格式", "上年", "同比变化", "台账", "状态", "说明", "目标", "是否达到"]
TRACE_SHEET = "明细"  # every record behind every figure, and every record left out of it
RATE_FORMAT = "0.0%"  # rates are stored as fractions and shown as 96.3%
_UNIT = re.compile(r"（([^（）]+)）$")


def draft_text(d, sections: list | None = None) -> str:
    """The report's text to paste from: title, 草稿 and sample notes, headings and paragraphs
    (`sections`: the Word document's, fzlib.report.outline.document, when already worked out)."""
    lines = [d.title, ""]
    if d.open_errors:
        lines += [draft_note(d.open_errors), ""]
    if d.params.get("sample"):
        lines += [SAMPLE_NOTE, ""]
    for heading, paragraphs in outline.draft(d, sections):
        lines.append(heading)
        lines += paragraphs
        lines.append("")
    when = _fixed_date(d)
    lines += ["", issuer(d), f"{when.year}年{when.month}月{when.day}日"]
    return "\n".join(lines).rstrip() + "\n"


def issuer(d) -> str:
    """The unit that issues the report (its 落款): params `issuer`, else the town's government."""
    return d.params.get("issuer") or f"{d.params['town']}人民政府"


# --- .docx --------------------------------------------------------------------------------------


def _fixed_date(d) -> datetime:
    """The report date from params (never the clock); else the last day of the year."""
    raw = d.params.get("report_date")
    return datetime.fromisoformat(str(raw)) if raw else datetime(d.year, 12, 31)


def docx_bytes(d, sections: list | None = None) -> bytes:
    """The report as an official Word document (fzlib.report.document), the same outline as the page."""
    from fzlib.report import document

    when = _fixed_date(d)
    notes = ([draft_note(d.open_errors)] if d.open_errors else []) + ([SAMPLE_NOTE] if d.params.get("sample") else [])
    built = document.build(d, outline.document(d) if sections is None else sections, when, notes, issuer(d))
    return document.saved(built, when, d.page_title, "报告")


# --- .xlsx --------------------------------------------------------------------------------------


def figure_units(specs) -> dict[str, str]:
    """Figure → unit: from its title's last （…）, else that of the first figure of its ledger with one (a sub-item,
    行政许可, counts what its ledger's first figure counts); % for a rate."""
    units = {}
    for spec in specs.values():
        default = next((m.group(1) for g in spec.figures if (m := _UNIT.search(g.title))), "")
        for g in spec.figures:
            m = _UNIT.search(g.title)
            units[g.name] = "%" if g.op == "ratio" else (m.group(1) if m else default)
    return units


def titled_with_unit(title: str, unit: str) -> str:
    """A column title saying its unit: 行政许可 → 行政许可（件）; a title saying one already, or a rate, as it is.

    >>> titled_with_unit("行政许可", "件"), titled_with_unit("家暴告诫书（份）", "份"), titled_with_unit("化解成功率", "%")
    ('行政许可（件）', '家暴告诫书（份）', '化解成功率')
    """
    return title if not unit or unit == "%" or _UNIT.search(title) else f"{title}（{unit}）"


def indicators_frame(d) -> pd.DataFrame:
    """Every figure of the year, in spec order, with Chinese name, unit, last year and change."""
    names = titles(d.specs)
    units = figure_units(d.specs)
    ratios = rates(d.specs)
    ledgers = {g.name: s.title for s in d.specs.values() for g in s.figures}
    rows = []
    for key, value in d.figures.items():
        rate = key in ratios
        prev = (d.previous or {}).get(key)
        change = fmt.versus(value, prev, rate=rate) if prev is not None and value is not None else None
        figure = d.evidence[key]
        rows.append(
            [
                key,
                _UNIT.sub("", names.get(key, key)),
                value,
                units.get(key, ""),
                prev,
                change or "",
                ledgers.get(key, ""),
                STATUS_WORDS[figure.status],
                figure.reason,
                targets.goal(d.params, key) or "",
                {True: "否", False: "是", None: ""}[targets.missed(d.params, key, value)],
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
    for column, width in zip("ABCDEFGHIJK", (34, 30, 12, 10, 12, 24, 34, 10, 60, 14, 10)):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    _trace_sheet(wb.create_sheet(TRACE_SHEET), d)
    when = _fixed_date(d)
    wb.properties.created = wb.properties.modified = when
    wb.properties.creator = wb.properties.lastModifiedBy = "fzlib"
    wb.properties.category = own_output("指标表")
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue(), when)


def _trace_sheet(ws, d) -> None:
    """One row per record behind each figure (and per record left out of it, with why), filterable
    by figure: an office that disagrees with a number finds the rows that made it."""
    from openpyxl.styles import Font

    rows = inert_frame(d.traced)
    ws.append(trace.COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for record in rows.itertuples(index=False):
        ws.append(list(record))
    for column, width in zip("ABCDEFGHIJK", (30, 26, 8, 34, 14, 6, 26, 40, 8, 10, 40)):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def files(d, part: str = "all") -> dict[str, bytes | str]:
    """The files that go beside the report, by file name: the Word document and its text copy
    (`part` "word"), the figures workbook ("workbook"), or all three. The two parts share nothing,
    so that two processes can make them side by side."""
    out: dict[str, bytes | str] = {}
    if part in ("word", "all"):
        sections = outline.document(d)  # once for the Word document and its text copy
        out[paths.report_file(d.year, suffix=".docx").name] = docx_bytes(d, sections)
        out[paths.report_file(d.year, suffix="-文字稿.txt").name] = draft_text(d, sections)
    if part in ("workbook", "all"):
        out[paths.report_file(d.year, suffix="-指标.xlsx").name] = xlsx_bytes(d)
    return out
