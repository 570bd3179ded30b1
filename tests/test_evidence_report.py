"""No number without evidence in what people read: 无法统计 and 部分统计 instead of a number, 草稿 while errors
remain, and no report at all under --strict."""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd
import pytest
from pagetext import joined

from fzlib import paths
from fzlib.indicators.figures import PARTIAL, UNAVAILABLE
from fzlib.ingest.issues import ERROR
from fzlib.report import data as report
from fzlib.report import exports, outline
from fzlib.report.components import NOT_COUNTABLE
from fzlib.report.pieces import Note, Paragraph

import builders


@pytest.fixture(scope="module")
def year_2024(processed_years):
    return report.load(2024, processed_years / "2024")


def with_figure(d, name: str, **changes):
    evidence = dict(d.evidence)
    evidence[name] = replace(evidence[name], **changes)
    return replace(d, evidence=evidence)


def with_errors(d, n: int):
    rows = pd.DataFrame([{"code": "vocab.unknown", "level": ERROR, "file": "x.xlsx"}] * n)
    return replace(d, issues=pd.concat([d.issues, rows], ignore_index=True))


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", joined(html)))


def test_a_card_whose_figure_cannot_be_counted_says_so_and_why(year_2024):
    d = with_figure(
        year_2024,
        "mediation.subsidy_yuan",
        value=None,
        status=UNAVAILABLE,
        reason="12条记录的“补贴金额”无法识别（占20%，超过可接受的比例）",
    )
    shown = outline.show(d, "overview")
    assert 'class="kpi is-na"' in shown
    assert f"{NOT_COUNTABLE} 以案定补经费 12条记录的“补贴金额”无法识别" in text(shown)
    assert "51,800" not in text(shown)


def test_a_partial_figure_is_shown_with_what_it_left_out(year_2024):
    d = with_figure(year_2024, "enforcement.cases", status=PARTIAL, reason="3条记录因必填项为空或无法识别未计入")
    shown = outline.show(d, "overview")
    assert 'class="kpi is-partial"' in shown and "部分统计：3条记录因必填项为空或无法识别未计入" in text(shown)


def test_figures_tables_list_an_uncountable_row_with_its_reason_instead_of_skipping_it(year_2024):
    d = with_figure(year_2024, "disputes.resolution_rate", value=None, status=UNAVAILABLE, reason="化解状态一列缺失")
    shown = text(outline.show(d, "disputes"))
    assert f"化解成功率 {NOT_COUNTABLE}" in shown and "化解成功率：化解状态一列缺失" in shown


def test_the_sources_table_sets_each_count_of_rows_left_out_apart_from_its_reason(year_2024):
    """ "日期2023-12-27不在2024年1行" read as "not in row 1 of 2024": each reason's count stands in its own brackets,
    and the figure's value is a number column (whole on a phone)."""
    from fzlib.report.components import COMPONENTS

    (folded,) = COMPONENTS["sources"].render(year_2024, ["enforcement"], {})
    (table,) = folded.pieces
    row = table.frame.set_index("指标").loc["行政执法案件（件）"]
    assert row["数值"] == "702" and table.numeric == ("数值",)
    assert re.findall(r"（(\d+)行）", row["未计入"]) == ["1", "1"]  # the duplicate and the row of 2023
    assert not re.search(r"\d年\d+行", row["未计入"])


def test_the_quality_section_lists_every_figure_that_is_not_complete(year_2024):
    assert "本报告的每个数字都由台账的全部记录算出" in text(outline.show(year_2024, "quality"))
    d = with_figure(year_2024, "counsel.opinions", status=PARTIAL, reason="2条记录的“服务类型”无法识别")
    shown = text(outline.show(d, "quality"))
    assert "法律意见书（件） 部分统计 2条记录的“服务类型”无法识别" in shown


def test_with_errors_left_the_report_the_word_file_and_the_text_say_draft(year_2024):
    d = with_errors(year_2024, 3)
    assert d.page_title.startswith("【草稿：3项错误未处理】")
    assert "草稿：台账中还有3项“错误”未处理" in text(outline.title_block(d))
    assert "草稿：台账中还有3项“错误”未处理" in exports.draft_text(d)
    assert "草稿" not in exports.draft_text(year_2024) and "草稿" not in outline.title_block(year_2024)


def test_the_figures_workbook_states_each_figures_status_and_reason(year_2024):
    d = with_figure(year_2024, "litigation.appearance_rate", value=None, status=UNAVAILABLE, reason="开庭日期无法识别")
    frame = exports.indicators_frame(d).set_index("key")
    assert frame.loc["litigation.appearance_rate", ["value", "状态", "说明"]].tolist() == [
        None,
        "无法统计",
        "开庭日期无法识别",
    ]
    assert frame.loc["enforcement.cases", "状态"] == "完整"


@pytest.mark.slow
def test_strict_refuses_to_render_while_errors_remain_and_otherwise_the_page_says_draft(tmp_path):
    from fzlib.ingest.write import clean_year
    from fzlib.report.command import build_report

    raw, processed, out = tmp_path / "raw", tmp_path / "processed" / "2024", tmp_path / "reports"
    rows = [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(30)]
    rows.append([31, "旺草许字〔2024〕第31号", "事项", "处罚决定", "旺草镇人民政府", "2024-04-01", "", ""])
    builders.xlsx(raw / "执法.xlsx", {"Sheet1": rows})
    clean_year(2024, raw, processed)
    assert build_report(2024, processed=processed, out=out, strict=True) == 1
    assert not paths.report_file(2024, out).exists()
    assert build_report(2024, processed=processed, out=out) == 0
    page = paths.report_file(2024, out).read_text(encoding="utf-8")
    assert "<title>【草稿：1项错误未处理】旺草镇2024年法治政府建设工作情况报告</title>" in page
    assert "草稿：台账中还有1项“错误”未处理" in page


def test_a_rate_whose_two_counts_are_missing_for_one_reason_says_it_once():
    """The 出庭应诉率 card had said one reason once per count it rests on."""
    from types import SimpleNamespace

    from fzlib.indicators.figures import Figure, _ratio

    why = "“开庭日期”一列缺失"
    parts = [
        Figure("litigation.appeared", "负责人出庭应诉（件次）", None, UNAVAILABLE, why),
        Figure("litigation.cases", "行政诉讼应诉（件次）", None, UNAVAILABLE, why),
    ]
    rate = _ratio(SimpleNamespace(name="litigation.appearance_rate", title="负责人出庭应诉率"), parts)
    assert rate.value is None and rate.reason.count(why) == 1
    assert rate.reason.startswith("负责人出庭应诉、行政诉讼应诉无法统计")
    other = replace(parts[1], reason="本年度未提供行政应诉案件台账")
    assert _ratio(SimpleNamespace(name="r", title="r"), [parts[0], other]).reason.count("无法统计") == 2


def test_a_reason_several_paragraphs_of_a_section_rest_on_is_said_once(year_2024):
    """Three paragraphs and the subsidy table's note of 人民调解 all needed the withheld mediation count: the page and
    the Word file had said the same reason four times in a row."""
    d = with_figure(year_2024, "mediation.cases", value=None, status=UNAVAILABLE, reason="台账记录少于统计表所列")
    made = outline.pieces(d, outline.section("mediation"))
    said = [p.text for p in made if isinstance(p, (Paragraph, Note))]
    assert len(said) == len(set(said))
    assert sum("台账记录少于统计表所列" in t for t in said) == 1
    in_word = [p.text for s, kept in outline.document(d) if s.id == "mediation" for p in kept if hasattr(p, "text")]
    assert sum("台账记录少于统计表所列" in t for t in in_word) == 1


def test_the_overview_and_the_quality_section_say_each_of_their_leads_once(year_2024):
    def read(section_id: str) -> str:  # the section's lead (the notebook's heading cell), then its pieces
        return outline.section(section_id).lead + text(outline.show(year_2024, section_id))

    assert read("overview").count("卡片下方为") == 1
    assert read("quality").count("由台账") == 1  # 本报告的每个数字都由台账的全部记录算出, not beside 全部由台账自动计算


def test_draft_is_said_once_at_the_top_of_the_page(year_2024):
    """The 草稿 banner under the title and the first line of 要点 right below it had said the same sentence."""
    d = with_errors(year_2024, 3)
    top = text(outline.title_block(d)) + text(outline.show(d, "summary"))
    assert top.count("草稿：台账中还有3项“错误”未处理") == 1
