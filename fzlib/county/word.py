"""The county Word report (.docx): the county totals, the rankings of rates and each town's data status, laid out as an official document (GB/T 9704), byte-reproducible.

A4 with the standard's margins (top 37 mm, bottom 35, left 28, right 26); body in 3号 (16 pt)
仿宋 with fixed 28 pt lines and a two-character indent; title in 2号 小标宋; 一、 headings in 黑体
and （一） in 楷体; tables in 4号-or-smaller 仿宋 with their title above, no colours; page numbers
"— 1 —" in 4号 宋体 at the foot, odd pages right and even pages left; the issuing office and the
date at the end. East Asian fonts are set on styles and runs (w:eastAsia), as Word and WPS
otherwise take the theme's. Offices have these fonts; the file names them, it does not embed them.

A minimal builder of its own: fzlib/report had no reusable official-document builder when this was
written (the town report's Word export is being reworked there); once it has one, this module should
use it.
"""

from __future__ import annotations

import io

from fzlib import fmt
from fzlib.county.rollup import County
from fzlib.county.workbook import report_date
from fzlib.indicators.figures import PARTIAL, STATUS_WORDS, UNAVAILABLE
from fzlib.report.components import SAMPLE_NOTE
from fzlib.report.exports import fixed_zip

BODY_FONT, HEADING_FONT, SUBHEADING_FONT, TITLE_FONT, PAGE_FONT = "仿宋", "黑体", "楷体", "方正小标宋简体", "宋体"
BODY_PT, TITLE_PT, TABLE_PT, PAGE_PT, LINE_PT = 16, 22, 12, 14, 28
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
NUMERALS = "一二三四五六七八九十"


def _east_asian(target, name: str) -> None:
    """Set a style's or run's font for Latin and East Asian text alike."""
    from docx.oxml.ns import qn

    target.font.name = name
    rpr = target.element.get_or_add_rPr() if hasattr(target, "element") else target._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _paragraph(document, text: str, *, font=BODY_FONT, size=BODY_PT, bold=False, align=None, indent=True):
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    p = document.add_paragraph()
    fmt_ = p.paragraph_format
    fmt_.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt_.line_spacing = Pt(LINE_PT if size <= BODY_PT else size + 8)
    fmt_.space_before = fmt_.space_after = Pt(0)
    if indent:
        fmt_.first_line_indent = Pt(2 * size)
    if align is not None:
        p.alignment = align
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    _east_asian(run, font)
    return p


def _table(document, caption: str, header: list[str], rows: list[list[str]]) -> None:
    """A table with its title above, 仿宋 at TABLE_PT, plain grid lines, no colours."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    _paragraph(document, caption, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, bold=True, size=TABLE_PT + 2)
    table = document.add_table(rows=0, cols=len(header))
    table.style = document.styles["Table Grid"]
    for i, values in enumerate([header, *rows]):
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run(str(value))
            run.font.size = Pt(TABLE_PT)
            run.bold = i == 0
            _east_asian(run, BODY_FONT)
    _paragraph(document, "", indent=False)


def _page_number(paragraph) -> None:
    """— PAGE — as a field Word and WPS fill in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def run(text: str | None = None, field: str | None = None, instruction: str | None = None):
        r = paragraph.add_run(text or "")
        r.font.size = Pt(PAGE_PT)
        _east_asian(r, PAGE_FONT)
        if field:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), field)
            r._r.append(element)
        if instruction:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = instruction
            r._r.append(element)

    run("— ")
    run(field="begin")
    run(instruction=" PAGE ")
    run(field="separate")
    run("1")
    run(field="end")
    run(" —")


def _setup(document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    normal = document.styles["Normal"]
    _east_asian(normal, BODY_FONT)
    normal.font.size = Pt(BODY_PT)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    document.settings.odd_and_even_pages_header_footer = True
    odd = section.footer.paragraphs[0]
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    odd.paragraph_format.right_indent = Pt(PAGE_PT)  # one character in from the edge of the text block
    _page_number(odd)
    even = section.even_page_footer.paragraphs[0]
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    even.paragraph_format.left_indent = Pt(PAGE_PT)
    _page_number(even)


def _shown(value, rate: bool) -> str:
    if value is None:
        return STATUS_WORDS[UNAVAILABLE]
    if rate:
        return fmt.pct(value)
    return fmt.count(value) if float(value).is_integer() else f"{value:,.2f}"


def docx_bytes(county: County, params: dict) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    from fzlib.county.page import draft_note, title

    document = docx.Document()
    _setup(document)
    name = title(params["county"], county.year)
    _paragraph(document, name, font=TITLE_FONT, size=TITLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    _paragraph(document, "", indent=False)
    statuses = [county.status[t] for t in county.towns]
    complete = sum(s.complete for s in statuses)
    errors = [s.town for s in statuses if s.errors]
    if errors:
        _paragraph(document, draft_note(errors, sum(s.errors for s in statuses)), bold=True)
    if params.get("sample"):
        _paragraph(document, SAMPLE_NOTE)
    _paragraph(
        document,
        f"全县{len(county.towns)}个乡镇的{county.year}年法治政府建设台账经程序统一清洗、统计，现将各项指标汇总如下。"
        f"其中{complete}个乡镇台账齐全、文件均可使用、无未处理的错误、指标均可统计；其余乡镇的情况见第三部分。"
        "全县合计为各乡镇之和，比率由全县合计的分子、分母重新计算；任一乡镇无法统计的指标，全县合计不作统计。",
    )
    rates = set(county.rates)

    _paragraph(document, "一、全县合计", font=HEADING_FONT)
    rows = []
    for n in county.published:
        f = county.totals[n]
        note = f.reason if f.value is None or f.status == PARTIAL else ""
        rows.append([f.title, _shown(f.value, n in rates), note])
    _table(document, f"表1　{params['county']}{county.year}年法治政府建设指标全县合计", ["指标", "全县", "说明"], rows)

    _paragraph(document, "二、比率排名", font=HEADING_FONT)
    for i, n in enumerate(county.rates):
        f = county.totals[n]
        ranked = county.ranking(n)
        _paragraph(document, f"（{NUMERALS[i % 10]}）{f.title}", font=SUBHEADING_FONT)
        left_out = county.unranked(n)
        _paragraph(
            document,
            f"全县{f.title}{_shown(f.value, True)}，{len(ranked)}个乡镇参与排名"
            + (f"，{len(left_out)}个乡镇无法统计、未参与排名" if left_out else "")
            + "。",
        )
        if ranked:
            _table(
                document,
                f"表{i + 2}　各乡镇{f.title}排名",
                ["名次", "乡镇", f.title],
                [[str(rank), town, _shown(value, True)] for rank, town, value in ranked],
            )

    _paragraph(document, "三、各乡镇数据状况", font=HEADING_FONT)
    rows = [
        [
            s.town,
            "未能处理" if s.problem else f"{s.provided}/{s.declared}",
            "、".join(s.failed_files) or "无",
            fmt.count(s.errors),
            s.problem or ("、".join(s.unavailable) or "无"),
        ]
        for s in statuses
    ]
    _table(
        document,
        f"表{len(county.rates) + 2}　各乡镇台账和数据状况",
        ["乡镇", "台账", "无法使用的文件", "错误", "无法统计的指标"],
        rows,
    )

    when = report_date(params, county.year)
    _paragraph(document, "", indent=False)
    for text in (f"{params['county']}依法治县办", f"{when.year}年{when.month}月{when.day}日"):
        p = _paragraph(document, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(4 * BODY_PT)

    core = document.core_properties
    core.author = core.last_modified_by = "fzlib"
    core.title = name
    core.created = core.modified = core.last_printed = when
    core.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    return fixed_zip(buf.getvalue(), when)
