"""The Word report is an official document (GB/T 9704): A4 and its margins, 小标宋/仿宋/黑体/楷体 at 22 and
16 pt, page numbers, （一） headings, three-line tables, charts, the 落款 — checked from the XML."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import zipfile

import docx
import pytest

from fzlib.report import data as report
from fzlib.report import exports

TWIPS_PER_MM = 1440 / 25.4


@pytest.fixture(scope="module")
def year_2024(processed_years):
    return report.load(2024, processed_years / "2024")


@pytest.fixture(scope="module")
def word(year_2024):
    return exports.docx_bytes(year_2024)


def part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name).decode("utf-8")


def parts(data: bytes, pattern: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if re.fullmatch(pattern, n))


def test_the_page_is_a4_with_the_standard_margins(word):
    body = part(word, "word/document.xml")
    size = re.search(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"', body)
    assert (round(int(size[1]) / TWIPS_PER_MM), round(int(size[2]) / TWIPS_PER_MM)) == (210, 297)
    margins = dict(re.findall(r'w:(top|bottom|left|right)="(\d+)"', re.search(r"<w:pgMar[^>]*>", body)[0]))
    assert {k: round(int(v) / TWIPS_PER_MM) for k, v in margins.items()} == {
        "top": 37,
        "bottom": 35,
        "left": 28,
        "right": 26,
    }


def test_title_body_and_headings_use_the_official_fonts_and_sizes_set_for_east_asian_text(word):
    styles = part(word, "word/styles.xml")

    def style(name: str) -> str:
        return re.search(rf'<w:style [^>]*>\s*<w:name w:val="{name}"/>.*?</w:style>', styles, re.S)[0]

    for name, font, half_points in [
        ("公文标题", "方正小标宋简体", 44),
        ("公文正文", "仿宋_GB2312", 32),
        ("一级标题", "黑体", 32),
        ("二级标题", "楷体_GB2312", 32),
    ]:
        block = style(name)
        assert f'w:eastAsia="{font}"' in block and f'<w:sz w:val="{half_points}"/>' in block, name
        assert '<w:color w:val="000000"/>' in block
    body = style("公文正文")
    assert 'w:lineRule="exact" w:line="579"' in body  # 28.95 pt: 22 lines a page
    assert '<w:ind w:firstLine="640"/>' in body  # two characters of 16 pt


def test_every_paragraph_uses_the_documents_own_styles_and_black_text(word):
    document = docx.Document(io.BytesIO(word))
    used = {p.style.name for p in document.paragraphs}
    assert used <= {"公文标题", "公文正文", "一级标题", "二级标题", "三级标题", "表题", "图题", "注释", "落款"}
    colours = set(re.findall(r'<w:color w:val="([0-9A-Fa-f]{6})"', part(word, "word/document.xml")))
    assert colours <= {"000000"}


def test_pages_are_numbered_with_a_dash_each_side_odd_right_even_left(word):
    footers = parts(word, r"word/footer\d+\.xml")
    assert footers.count("<w:instrText") == 2 and " PAGE " in footers
    assert footers.count(">— <") == 2 and footers.count("> —<") == 2
    assert '<w:jc w:val="right"/>' in footers and '<w:jc w:val="left"/>' in footers
    assert "<w:evenAndOddHeaders/>" in part(word, "word/settings.xml")


def test_sections_have_second_level_headings_tables_charts_and_end_with_the_signature(word, year_2024):
    document = docx.Document(io.BytesIO(word))
    second = [p.text for p in document.paragraphs if p.style.name == "二级标题"]
    assert second[:2] == ["（一）规范性文件", "（二）政务公开"]
    assert len(document.tables) >= 5 and part(word, "word/document.xml").count("<w:drawing>") >= 3
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    assert texts[-2:] == ["旺草镇人民政府", "2025年1月15日"]
    assert all(p.style.name == "落款" for p in document.paragraphs[-2:])
    # never the unit at the foot of one page and its date alone on the next (柑园镇's report had been so)
    assert document.paragraphs[-2].paragraph_format.keep_with_next is True


def test_tables_are_three_line_with_a_title_above(word):
    document = docx.Document(io.BytesIO(word))
    body = part(word, "word/document.xml")
    borders = re.findall(r"<w:tblBorders>(.*?)</w:tblBorders>", body)
    assert len(borders) == len(document.tables)
    for b in borders:
        assert '<w:top w:val="single" w:sz="12"' in b and '<w:bottom w:val="single" w:sz="12"' in b
        assert '<w:insideV w:val="nil"/>' in b and '<w:left w:val="nil"/>' in b
    titles = [p.text for p in document.paragraphs if p.style.name == "表题"]
    assert len(titles) == len(document.tables) and "行政执法案件按类别" in titles


def test_a_column_of_numbers_is_wide_enough_for_its_widest_number_on_one_line():
    """51,800 over 0, 100.0 over %: LibreOffice and WPS put a wider sans in for a missing 仿宋, and a column shared
    out by its text alone broke the main table's numbers in two."""
    from fzlib.report import document

    header = ["指标", "本年", "上年", "变化", "目标", "完成情况"]
    rows = [
        ["负责人出庭应诉率", "100.0%", "75.0%", "较上年提高25.0个百分点", "不低于100.0%", "达到目标"],
        ["以案定补经费", "51,800", "42,400", "同比增长22.2%", "—", "—"],
    ]
    widths = [w.mm for w in document._column_widths(header, rows)]
    assert sum(widths) == pytest.approx(document.TEXT_WIDTH_MM)
    assert min(widths[1], widths[2], widths[4]) >= document._unbroken_mm("100.0%") - 0.01  # Mm are whole EMU
    assert widths[0] > widths[1] and widths[3] > widths[1]  # the text columns still get what is left, by their text


def test_a_column_of_short_words_is_wide_enough_for_each_word_on_one_line():
    """完成情况 over 况 and 达到目 over 标: the main table's last column had its four characters shared out below what
    four characters take at 小四 (16.9 mm), in Word with 仿宋 as in LibreOffice."""
    from fzlib.report import document

    header = ["指标", "本年", "上年", "变化", "目标", "完成情况"]
    rows = [
        ["负责人出庭应诉率", "100.0%", "75.0%", "较上年提高25.0个百分点", "不低于100.0%", "达到目标"],
        ["矛盾纠纷化解成功率", "96.3%", "94.6%", "较上年提高1.7个百分点", "不低于95.0%", "未达目标"],
    ]
    widths = [w.mm for w in document._column_widths(header, rows)]
    four_characters = 4 * document.TABLE_PT * 25.4 / 72
    assert widths[5] >= four_characters + 3.8  # Word's default cell margins, 1.9 mm a side
    assert sum(widths) == pytest.approx(document.TEXT_WIDTH_MM)
    assert widths[0] > widths[5] and widths[3] > widths[1]  # long text still gets what is left


def test_the_word_report_states_the_figures_of_the_page_and_no_checking_remark(word, year_2024):
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(word)).paragraphs)
    for said in ("2024年共办理行政执法案件702件", "化解成功率96.3%", "申请案补经费51,800元"):
        assert said in text
    assert "需核实更正" not in text and "数据质量" not in text.split("草稿")[-1]


def test_the_word_reports_properties_say_what_made_it_in_chinese_and_nothing_else(word):
    core = docx.Document(io.BytesIO(word)).core_properties
    assert (core.author, core.category, core.comments) == ("fzlib", "fzlib 输出：报告", "")


def test_the_word_report_is_the_same_bytes_every_time(year_2024, word):
    assert hashlib.sha256(exports.docx_bytes(year_2024)).digest() == hashlib.sha256(word).digest()


def test_a_units_own_template_lends_its_styles(year_2024, tmp_path, monkeypatch):
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn

    from fzlib import paths

    template = docx.Document()
    own = template.styles.add_style("公文正文", WD_STYLE_TYPE.PARAGRAPH)
    own.font.size = docx.shared.Pt(15)
    own.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "华文仿宋")
    template.add_paragraph("模板里的示例文字，不应出现在报告中。")
    template.save(tmp_path / "单位模板.docx")
    monkeypatch.setattr(paths, "ROOT", tmp_path)
    d = dataclasses.replace(year_2024, params={**year_2024.params, "word_template": "单位模板.docx"})
    made = docx.Document(io.BytesIO(exports.docx_bytes(d)))
    assert made.styles["公文正文"].font.size == docx.shared.Pt(15)
    assert 'w:eastAsia="华文仿宋"' in made.styles["公文正文"].element.xml
    assert "模板里的示例文字" not in "\n".join(p.text for p in made.paragraphs)
