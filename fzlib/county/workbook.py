"""The county workbook (.xlsx): towns × figures with the county totals, the totals with their evidence, rankings, each town's data status.

Written in openpyxl's streaming mode (a province's towns fit), every text cell made inert (never a
formula), rates as fractions shown as percentages, each figure's column titled with its unit, an unavailable
figure as a cell saying so (无法统计: read alone, the towns' sheet must not show it as an empty cell, a zero to
some) with its reason in the other sheets; fixed document times, so the same county gives the same bytes.
"""

from __future__ import annotations

import io

from fzlib.county.report import report_date
from fzlib.county.rollup import County
from fzlib.indicators.figures import OK, STATUS_WORDS
from fzlib.outputs import inert, own_output
from fzlib.report.exports import figure_units, fixed_zip, titled_with_unit
from fzlib.spec import load_specs

RATE_FORMAT = "0.0%"


def xlsx_bytes(county: County, params: dict) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    rates = set(county.rates)

    def row(ws, values, *, header: bool = False, rate_columns: frozenset[int] = frozenset()):
        cells = []
        for i, value in enumerate(values):
            cell = WriteOnlyCell(ws, value=inert(value))
            if header:
                cell.font = bold
            elif i in rate_columns and isinstance(value, (int, float)):
                cell.number_format = RATE_FORMAT
            cells.append(cell)
        ws.append(cells)

    names = county.published
    rate_columns = frozenset(i + 1 for i, n in enumerate(names) if n in rates)
    ws = wb.create_sheet("各乡镇指标")
    ws.freeze_panes = "B3"
    ws.column_dimensions["A"].width = 14
    units = figure_units(load_specs())
    row(ws, ["乡镇", *(titled_with_unit(county.totals[n].title, units.get(n, "")) for n in names)], header=True)
    row(ws, ["指标键", *names], header=True)

    def said(f) -> object:
        return STATUS_WORDS[f.status] if f.value is None else f.value

    for town in county.towns:
        e = county.evidence[town]
        row(ws, [town, *(said(e[n]) for n in names)], rate_columns=rate_columns)
    row(ws, ["全县合计", *(said(county.totals[n]) for n in names)], rate_columns=rate_columns)

    ws = wb.create_sheet("全县合计")
    ws.freeze_panes = "A2"
    for column, width in zip("ABCDE", (34, 30, 12, 10, 70)):
        ws.column_dimensions[column].width = width
    row(ws, ["指标键", "中文名称", "全县", "状态", "说明"], header=True)
    for n in names:
        f = county.totals[n]
        row(
            ws,
            [n, f.title, f.value, STATUS_WORDS[f.status], f.reason],
            rate_columns=frozenset({2} if n in rates else ()),
        )

    ws = wb.create_sheet("比率排名")
    ws.freeze_panes = "A2"
    row(ws, ["指标键", "指标", "名次", "乡镇", "比率"], header=True)
    for n in county.rates:
        for rank, town, value in county.ranking(n):
            row(ws, [n, county.totals[n].title, rank, town, value], rate_columns=frozenset({4}))

    ws = wb.create_sheet("数据状况")
    ws.freeze_panes = "B2"
    headers = [
        "乡镇",
        "已提供台账（种）",
        "应有台账（种）",
        "未提供的台账",
        "无法使用的文件",
        "错误（项）",
        "警告（项）",
    ]
    row(ws, [*headers, "计入记录（行）", "无法统计的指标", "部分统计的指标", "未能处理的原因"], header=True)
    for town in county.towns:
        s = county.status[town]
        row(
            ws,
            [
                town,
                s.provided,
                s.declared,
                "、".join(s.missing),
                "、".join(s.failed_files),
                s.errors,
                s.warnings,
                s.rows,
                "、".join(s.unavailable),
                "、".join(s.partial),
                s.problem or "",
            ],
        )

    ws = wb.create_sheet("未完整统计的指标")
    ws.freeze_panes = "A2"
    row(ws, ["乡镇", "指标键", "中文名称", "值", "状态", "说明"], header=True)
    for town in county.towns:
        e = county.evidence[town]
        for n in names:
            if e[n].status != OK:
                row(
                    ws,
                    [town, n, e[n].title, e[n].value, STATUS_WORDS[e[n].status], e[n].reason],
                    rate_columns=frozenset({3} if n in rates else ()),
                )

    when = report_date(params, county.year)
    wb.properties.created = wb.properties.modified = when
    wb.properties.creator = wb.properties.lastModifiedBy = "fzlib"
    wb.properties.category = own_output("全县汇总表")
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue(), when)
