"""The report as an official Word document (GB/T 9704 公文格式), built from the same outline and pieces as the page.

A4 with 37/35/28/26 mm margins; title in 方正小标宋简体 2号 (22 pt), centred; body in 仿宋_GB2312 3号
(16 pt) at a fixed 28.95 pt line (22 lines a page), each paragraph indented two characters; 一、
headings in 黑体, （一） in 楷体_GB2312, 1. in bold 仿宋; page numbers "— 1 —" in 宋体 4号, odd pages
right and even pages left; the issuing unit and the date (落款) at the end; tables three-line (三线表)
in 仿宋 小四 with a title above; charts as 300 dpi pictures. East Asian fonts are set on styles and
on every run (w:eastAsia), since Word would otherwise take the theme's. All text is black.

A unit's own template (params `word_template`, a .docx or .dotx) lends its styles: a style it
defines under one of the names in STYLES is used as it is, the others are added as here.
"""

from __future__ import annotations

import io
import re
import unicodedata
import weakref
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from fzlib import paths
from fzlib.outputs import fixed_zip, own_output
from fzlib.report import chart_images
from fzlib.report.pieces import Cards, Chart, Collapsed, Note, Paragraph, Subheading, Table

BLACK = RGBColor(0, 0, 0)
LINE = Pt(28.95)  # 22 lines in the 225 mm text block
BODY_PT, TITLE_PT, TABLE_PT, PAGE_NUMBER_PT = 16, 22, 12, 14
INDENT = Pt(2 * BODY_PT)  # two characters
TITLE_FONT, BODY_FONT, HEADING_FONT, SUBHEADING_FONT, PAGE_FONT = (
    "方正小标宋简体",
    "仿宋_GB2312",
    "黑体",
    "楷体_GB2312",
    "宋体",
)
CHART_WIDTH = Mm(140)
TEXT_WIDTH_MM = 156  # 版心: 210 − 28 − 26
KEEP_WITH_TITLE_ROWS = 3
DOTX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@dataclass(frozen=True)
class Look:
    font: str
    size: float
    bold: bool = False
    align: str = "justify"
    indent: bool = False  # two characters on the first line
    line: Pt | None = LINE
    keep_with_next: bool = False
    space_before: float = 0


# Paragraph style ids per document being built (keyed by its main part), by style name (see _styled).
_STYLE_IDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

# The document's styles, by the names a unit's template may define instead.
STYLES = {
    "公文标题": Look(TITLE_FONT, TITLE_PT, align="center", line=Pt(35)),
    "公文正文": Look(BODY_FONT, BODY_PT, indent=True),
    "一级标题": Look(HEADING_FONT, BODY_PT, indent=True, keep_with_next=True),
    "二级标题": Look(SUBHEADING_FONT, BODY_PT, indent=True, keep_with_next=True),
    "三级标题": Look(BODY_FONT, BODY_PT, bold=True, indent=True, keep_with_next=True),
    "表题": Look(HEADING_FONT, 14, align="center", line=None, keep_with_next=True, space_before=6),
    "表格文字": Look(BODY_FONT, TABLE_PT, align="center", line=None),
    "图题": Look(BODY_FONT, 14, align="center", line=None),
    "注释": Look(BODY_FONT, 14, indent=True, line=None),
    "落款": Look(BODY_FONT, BODY_PT, align="right"),
    "页码": Look(PAGE_FONT, PAGE_NUMBER_PT, line=None),
}
ALIGN = {
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
}
_NUMBERED = re.compile(r"^\d+[.．]")  # a paragraph that opens with 1. is a third-level heading


def set_fonts(rpr_owner, name: str) -> None:
    """The font of a style or run for every script: East Asian explicitly, or Word takes the theme's."""
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)


def _define(document, name: str, look: Look) -> None:
    styles = document.styles
    if name in [s.name for s in styles]:
        return  # the unit's template defines it: its look wins
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.quick_style = True
    font = style.font
    font.name, font.size, font.bold, font.color.rgb = look.font, Pt(look.size), look.bold, BLACK
    set_fonts(style.element, look.font)
    fmt = style.paragraph_format
    fmt.alignment = ALIGN[look.align]
    fmt.first_line_indent = INDENT if look.indent else Pt(0)
    fmt.space_before, fmt.space_after = Pt(look.space_before), Pt(0)
    fmt.keep_with_next = look.keep_with_next
    fmt.widow_control = True
    if look.line is not None:
        fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, look.line
    if name == "落款":
        fmt.right_indent = Pt(4 * BODY_PT)


def _blank_document(template: Path | None):
    """python-docx's own blank document, or the unit's template emptied of its text (a .dotx read as a
    document: Word templates differ from documents only in their declared content type)."""
    if template is None:
        return Document()
    data = template.read_bytes().replace(DOTX, DOCX)
    document = Document(io.BytesIO(data))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _page(document) -> None:
    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(25)
    document.settings.odd_and_even_pages_header_footer = True
    for footer, align, side in ((section.footer, "right", "right"), (section.even_page_footer, "left", "left")):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        _styled(document, p, "页码")
        p.alignment = ALIGN[align]
        setattr(p.paragraph_format, f"{side}_indent", Pt(PAGE_NUMBER_PT))  # one character in from the edge
        _run(p, "— ", PAGE_FONT)
        _page_field(p)
        _run(p, " —", PAGE_FONT)


def _page_field(paragraph) -> None:
    run = paragraph.add_run()
    set_fonts(run._r, PAGE_FONT)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _run(paragraph, text: str, font: str, bold: bool | None = None):
    run = paragraph.add_run(text)
    set_fonts(run._r, font)
    run.font.color.rgb = BLACK
    if bold is not None:
        run.bold = bold
    return run


def _styled(document, paragraph, style: str):
    """Give a paragraph a style by its id, looked up once per document: python-docx's own setter
    scans every style of the document on each assignment (to compare with the default), a third
    of the Word file's time. Same XML as ``paragraph.style = …``."""
    ids = _STYLE_IDS.setdefault(document.part, {})
    if style not in ids:
        ids[style] = document.part.get_style_id(document.styles[style], WD_STYLE_TYPE.PARAGRAPH)
    paragraph._p.style = ids[style]
    return paragraph


def _add(document, style: str):
    """A new paragraph in a style."""
    return _styled(document, document.add_paragraph(), style)


def _para(document, text: str, style: str):
    p = _add(document, style)
    _run(p, text, STYLES[style].font)
    return p


def _borders(table, top: int, bottom: int) -> None:
    """Three-line table: a thick top and bottom rule, no vertical lines (the header's rule is its cells')."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, size in (("top", top), ("bottom", bottom), ("left", 0), ("right", 0), ("insideH", 0), ("insideV", 0)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if size else "nil")
        if size:
            el.set(qn("w:sz"), str(size))
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def _header_rule(row) -> None:
    for cell in row.cells:
        tc_pr = cell._tc.get_or_add_tcPr()
        borders = OxmlElement("w:tcBorders")
        el = OxmlElement("w:bottom")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:color"), "000000")
        borders.append(el)
        tc_pr.append(borders)


def _cell_text(value) -> str:
    from fzlib.report.blocks import _show  # the page's way of writing a cell, so both read alike

    return _show(value)


def _width(text: str) -> int:
    """Columns a text takes: a Chinese character two, other characters one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# A run of half-width characters (51,800, 100.0%) is one word to a line breaker: Word, WPS and LibreOffice break it
# only where it does not fit, and 51,80 over 0 reads as two numbers. Its room is measured at the width of the sans
# fonts LibreOffice and WPS put in for a missing 仿宋 (digits and % wider than 仿宋's half an em; at 0.62 em 100.0% still
# broke in LibreOffice with Noto Sans CJK), plus cell margins of 2.5 mm each side (Word's default is 1.9 mm).
_UNBROKEN = re.compile(r"[!-~]+")
_UNBROKEN_EM = 0.7
_CELL_MARGINS_MM = 5.0


# A cell of a few characters (达到目标, 完成情况, 未达目标) is one word to its reader: broken as 达到目 over 标 it reads
# wrong, where a sentence in a cell may wrap anywhere. Up to five Chinese characters stay on one line.
_SHORT_WORD = 10  # columns, a Chinese character two


def _unbroken_mm(text: str) -> float:
    """The width a cell's text needs so that nothing of it that reads as one word breaks, margins included: the
    whole text when it is short, else its longest run of half-width characters.

    >>> round(_unbroken_mm("较上年提高25.0个百分点"), 1), round(_unbroken_mm("100.0%"), 1), round(_unbroken_mm("达到目标"), 1)
    (16.9, 22.8, 21.9)
    """
    if _width(text) <= _SHORT_WORD:
        ems = sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else _UNBROKEN_EM for ch in text)
    else:
        ems = max((len(run) for run in _UNBROKEN.findall(text)), default=0) * _UNBROKEN_EM
    return ems * TABLE_PT * 25.4 / 72 + _CELL_MARGINS_MM


def _column_widths(header: list[str], rows: list[list[str]]) -> list[Mm]:
    """Widths sharing the text block by what each column holds (a long label column gets more), each column first
    given the room its longest number or short word needs on one line (longer Chinese text wraps between any two
    characters)."""
    columns = [[str(h), *(str(r[i]) for r in rows)] for i, h in enumerate(header)]
    # +5: the cell margins, which a narrow column of numbers needs as much as a wide one.
    weights = [min(max(_width(v) for v in values), 20) + 5 for values in columns]
    floors = [max(_unbroken_mm(v) for v in values) for values in columns]
    fixed: dict[int, float] = {}
    if sum(floors) > TEXT_WIDTH_MM:  # the numbers cannot all have a line of their own: shared as they come
        floors = [0.0] * len(columns)
    while True:
        free = [i for i in range(len(columns)) if i not in fixed]
        room = TEXT_WIDTH_MM - sum(fixed.values())
        share = {i: room * weights[i] / sum(weights[j] for j in free) for i in free}
        short = {i for i in free if share[i] < floors[i]}
        if not short or len(short) == len(free):  # every column fits, or none can: shared as it stands
            break
        fixed |= {i: floors[i] for i in short}
    return [Mm(fixed.get(i, share.get(i, 0.0))) for i in range(len(columns))]


def _table(document, caption: str, header: list[str], rows: list[list[str]]) -> None:
    _para(document, caption.removeprefix("表："), "表题")
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _borders(table, top=12, bottom=12)
    widths = _column_widths(header, rows)
    for column, width in zip(table.columns, widths):
        column.width = width  # the grid LibreOffice and WPS lay out by
    for r, values in enumerate([header, *rows]):
        row = table.rows[r]
        cells = row.cells  # built anew on every access from the whole row's XML
        for cell, width in zip(cells, widths):
            cell.width = width
        tr_pr = row._tr.get_or_add_trPr()
        cant_split = OxmlElement("w:cantSplit")
        tr_pr.append(cant_split)
        if r == 0:
            header_mark = OxmlElement("w:tblHeader")  # repeated on a new page
            tr_pr.append(header_mark)
        for cell, value in zip(cells, values):
            p = _styled(document, cell.paragraphs[0], "表格文字")
            # The title, the header and the first rows stay together; a long table then flows on,
            # its header repeated on the next page.
            p.paragraph_format.keep_with_next = r < min(KEEP_WITH_TITLE_ROWS, len(rows))
            _run(p, str(value), BODY_FONT, bold=(r == 0))
    _header_rule(table.rows[0])
    _add(document, "注释")  # air below the table


def _chart(document, chart: Chart) -> None:
    p = _add(document, "图题")
    p.paragraph_format.keep_with_next = True
    p.add_run().add_picture(io.BytesIO(chart_images.png(chart)), width=CHART_WIDTH)
    _para(document, chart.caption.removeprefix("图："), "图题")


def _piece(document, piece) -> None:
    if isinstance(piece, Paragraph):
        _para(document, piece.text, "三级标题" if _NUMBERED.match(piece.text) else "公文正文")
    elif isinstance(piece, Subheading):
        _para(document, piece.number + piece.text, "二级标题")
    elif isinstance(piece, Note):
        _para(document, f"注：{piece.text}", "注释")
    elif isinstance(piece, Table):
        frame = piece.frame
        rows = [[_cell_text(v) for v in record] for record in frame.itertuples(index=False)]
        _table(document, piece.caption, [str(c) for c in frame.columns], rows)
    elif isinstance(piece, Chart):
        _chart(document, piece)
    elif isinstance(piece, Collapsed) and piece.word:  # folded on the page only
        for inner in piece.pieces:
            _piece(document, inner)
    elif isinstance(piece, Cards) and len(piece.rows) > 1:
        _table(document, "表：主要指标", list(piece.rows[0]), [list(r) for r in piece.rows[1:]])


def _signature(document, issuer: str, when: datetime) -> None:
    for _ in range(2):
        _add(document, "公文正文")
    # The unit and its date stand together: 柑园镇's report had the unit at the foot of page 6, the date alone on 7.
    _para(document, issuer, "落款").paragraph_format.keep_with_next = True
    _para(document, f"{when.year}年{when.month}月{when.day}日", "落款")


def build(d, sections: list, when: datetime, notes: list[str], issuer: str) -> Document:
    """The Word document of a year: `sections` are (section, pieces for Word) in order (see
    fzlib.report.outline.document); `notes` go under the title (草稿, sample data)."""
    template = d.params.get("word_template")
    document = _blank_document(paths.ROOT / template if template else None)
    normal = document.styles["Normal"]
    if template is None:
        normal.font.name, normal.font.size, normal.font.color.rgb = BODY_FONT, Pt(BODY_PT), BLACK
        set_fonts(normal.element, BODY_FONT)
    for name, look in STYLES.items():
        _define(document, name, look)
    _page(document)
    _para(document, d.title, "公文标题")
    for note in notes:
        _para(document, note, "注释").alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add(document, "公文正文")  # a blank line before the body
    for section, pieces in sections:
        _para(document, section.heading, "一级标题")
        for piece in pieces:
            _piece(document, piece)
    _signature(document, issuer, when)
    return document


def saved(built: Document, when: datetime, title: str, what: str) -> bytes:
    """A built document's bytes, the same for the same content: its properties dated `when` (never the
    clock), saying fzlib made it and what it is (so a copy put back among the ledgers is told apart,
    fzlib.ingest.read), with python-docx's English default description removed."""
    core = built.core_properties
    core.author = core.last_modified_by = "fzlib"
    core.category = own_output(what)
    core.comments = ""
    core.title = title
    core.created = core.modified = core.last_printed = when
    core.revision = 1
    buf = io.BytesIO()
    built.save(buf)
    return fixed_zip(buf.getvalue(), when)
