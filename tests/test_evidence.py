"""What a figure rests on (issue 13): error values and uncached formulas are never blanks, values are
checked for sense, statistics tables are told from records (used only where no record can give a
figure, and checked against the records), hidden content is handled on purpose, and a folder of
another year's ledgers says so. Each fixture is small, fictitious, and named after its quirk."""

from __future__ import annotations

import json

import pytest

from fzlib.cli import main

import builders
from builders import clean, codes

MEDIATION = ["卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额"]


def mediation(n: int, subsidy=50, start: int = 1) -> list[list]:
    return [
        [f"（2024）某人调字第{i}号", f"2024-03-{i % 28 + 1:02d}", "调解成功", "口头", subsidy]
        for i in range(start, start + n)
    ]


# --- error values ------------------------------------------------------------------------------


def test_an_error_value_in_a_summed_column_leaves_the_sum_unknown_never_lower(tmp_path):
    rows = [MEDIATION, *mediation(30), ["（2024）某人调字第31号", "2024-04-01", "调解成功", "书面", "#REF!"]]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记": rows})
    result = clean(tmp_path)
    found = builders.evidence(result)
    assert found["mediation.cases"].value == 31  # the count does not need the amount
    assert found["mediation.subsidy_yuan"].value is None  # 30 × 50 would be a wrong 1500
    assert "合计无法得出" in found["mediation.subsidy_yuan"].reason
    (error,) = codes(result, "cell.error")
    assert (error["cell"], error["value"], error["level"]) == ("E32", "#REF!", "错误")


def test_a_successful_case_without_its_agreement_form_leaves_the_oral_and_written_split_unknown(tmp_path):
    """Every case mediated successfully ended in an oral or a written agreement: one whose 协议形式 is blank
    made 口头 and 书面 add up to less than the cases, published without a word (2 + 1 beside 4 cases)."""
    blank_form = ["（2024）某人调字第4号", "2024-04-01", "调解成功", "", 50]
    failed = ["（2024）某人调字第5号", "2024-04-02", "调解不成功", "", ""]  # no agreement: no form to give
    rows = [MEDIATION, *mediation(2), ["（2024）某人调字第3号", "2024-03-30", "调解成功", "书面", 50]]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记": [*rows, blank_form, failed]})
    result = clean(tmp_path)
    found = builders.evidence(result)
    assert (found["mediation.cases"].value, found["mediation.subsidy_yuan"].value) == (4, 200)
    assert found["mediation.oral"].value is None and found["mediation.written"].value is None
    (blank,) = codes(result, "cell.required_blank")
    assert (blank["cell"], blank["level"]) == ("D5", "错误")


def test_a_sheet_without_the_summed_column_is_named_with_how_to_fix_it(tmp_path):
    # 家暴治安案件 entered later on a sheet of their own, without the 拘留人数 the cases sheet has: the detentions of
    # domestic violence are unknown, and the office is told where.
    later = [["日期", "类型", "村（社区）"], *[[f"2024-0{m}-10", "家暴治安案件", "东村"] for m in (3, 5)]]
    cases = [["日期", "类型", "拘留人数"], ["2024-06-01", "家暴治安案件", 1], ["2024-07-01", "涉黄治安案件", 2]]
    builders.xlsx(tmp_path / "平安建设台账.xlsx", {"补登": later, "治安案件": cases})
    found = builders.evidence(clean(tmp_path))
    assert found["security.vice_detentions"].value == 2  # the 涉黄 cases' own sheet has the column
    assert found["security.dv_detentions"].value is None
    assert found["security.dv_detentions"].reason == (
        "2条应计入的记录所在的工作表（平安建设台账.xlsx「补登」）没有“拘留人数”一列，"
        "合计无法得出：请在该工作表加上“拘留人数”一列并逐条填写"
    )


def test_an_error_value_outside_the_summed_records_changes_nothing(tmp_path):
    failed = ["（2024）某人调字第9号", "2024-04-01", "调解不成功", "", "#DIV/0!"]  # not a paid case
    builders.xlsx(tmp_path / "调解.xlsx", {"登记": [MEDIATION, *mediation(3), failed]})
    assert builders.figures(clean(tmp_path))["mediation.subsidy_yuan"] == 150


def test_a_formula_saved_without_its_value_is_flagged_not_read_as_empty(tmp_path):
    rows = [MEDIATION, *mediation(3), ["（2024）某人调字第4号", "2024-04-01", "调解成功", "口头", "=E2+E3"]]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记": rows})
    result = clean(tmp_path)
    assert [(r["code"], r["cell"]) for r in codes(result, "cell.uncached")] == [("cell.uncached", "E5")]
    assert builders.figures(result)["mediation.subsidy_yuan"] is None


def test_an_error_value_typed_as_text_is_not_a_blank(tmp_path):
    rows = [
        ["日期", "名称", "对象", "形式", "应参考人数", "实参考人数"],
        ["2024-11-20", "法宣在线考试", "领导干部", "考试", "30", "#N/A"],
    ]
    builders.csv_file(tmp_path / "学法.csv", rows)
    result = clean(tmp_path)
    assert [r["value"] for r in codes(result, "cell.error")] == ["#N/A"]
    assert builders.evidence(result)["training.exam_coverage"].value is None


# --- values checked for sense -------------------------------------------------------------------


def test_implausible_numbers_are_errors_never_figures(tmp_path):
    security = [
        ["日期", "类型", "拘留人数"],
        ["2024-01-02", "涉黄治安案件", "2"],
        ["2024-01-03", "涉黄治安案件", "1e309"],  # infinity to a sum
        ["2024-01-04", "涉赌治安案件", 9_000_000_000_000_000_000],  # would overflow a 64-bit total
        ["2024-01-05", "涉赌治安案件", "-3"],
    ]
    builders.xlsx(tmp_path / "平安.xlsx", {"治安": security})
    result = clean(tmp_path)
    found = builders.evidence(result)
    assert found["security.vice_cases"].value == 2
    assert found["security.vice_detentions"].value is None  # one of its two amounts is unusable
    got = {(r["cell"], r["code"]) for r in result.issues.to_dict("records") if r["field"] == "detained"}
    assert got == {("C3", "number.unparseable"), ("C4", "number.out_of_range"), ("C5", "number.out_of_range")}


def test_the_plausible_range_a_message_names_is_written_as_people_write_numbers(tmp_path):
    # A negative fine: its message names the range an analyst can read (0～100,000,000), not 1e+08.
    rows = [builders.ENFORCEMENT_HEADER[:7] + ["罚款金额"], [*builders.enforcement_rows(1)[0][:7], "-500"]]
    builders.xlsx(tmp_path / "执法.xlsx", {"S": rows})
    (issue,) = builders.codes(clean(tmp_path), "number.out_of_range")
    assert issue["detail"] == "0～100,000,000"
    assert "（0～100,000,000）" in issue["message"] and "e+" not in issue["message"]


# --- statistics tables ------------------------------------------------------------------------


def test_a_statistics_form_alone_gives_its_figures_marked_as_stated(tmp_path):
    form = [
        ["某镇2024年行政执法工作统计表"],
        ["执法类别", "一季度", "二季度", "三季度", "四季度", "合计"],
        ["行政许可", 3, 4, 5, 6, "=SUM(B3:E3)"],  # a formula without its value: that figure is unknown
        ["行政检查", 10, 11, 12, 13, 46],
        ["行政处罚", 0, 1, 0, 1, 2],
        ["合计", 13, 16, 17, 20, 66],
    ]
    builders.xlsx(tmp_path / "执法统计.xlsx", {"统计": form})
    result = clean(tmp_path)
    found = builders.evidence(result)
    assert (found["enforcement.inspection"].value, found["enforcement.penalty"].value) == (46, 2)
    assert found["enforcement.cases"].value == 66
    assert found["enforcement.inspection"].status == "stated"
    assert found["enforcement.inspection"].reason == "取自统计表：执法统计.xlsx「统计」单元格 F4"
    assert found["enforcement.licensing"].value is None  # its cell is an uncached formula
    assert found["enforcement.levy"].value is None  # the form has no such row: not 0
    assert "enforcement" not in result.tables  # no row of the form became a record
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["set_aside"]["aggregate"] == 3 and sheet["kept"] == 0


def test_a_statistics_form_s_blank_total_under_filled_rows_states_no_figure_never_0(tmp_path):
    form = [
        ["某乡2024年矛盾纠纷排查化解情况统计"],
        ["村（社区）", "排查数", "化解数"],
        ["甲村", 5, 3],
        ["乙村", 3, None],
        ["合计", 8, None],  # the 合计 of 化解数 never typed: the rows above say 3, the blank says nothing
    ]
    builders.xlsx(tmp_path / "纠纷统计.xlsx", {"统计": form})
    found = builders.evidence(clean(tmp_path))
    assert found["disputes.screened"].value == 8
    assert found["disputes.resolved"].value is None
    assert "合计单元格 C5 为空" in found["disputes.resolved"].reason
    assert found["disputes.resolution_rate"].value is None


def test_a_blank_total_column_beside_counts_in_its_row_states_no_figure_never_0(tmp_path):
    # The annual report's 收到和处理政府信息公开申请情况 with its zeros left blank and the 总计 of 本年新收 never
    # typed beside 自然人 3 and 商业企业 1. Read as a blank the clerk meant as 0, it had published 0 applications.
    form = [
        ["三、收到和处理政府信息公开申请情况"],
        ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", None, "申请人情况"],
        [None, None, "自然人", "法人或其他组织", None, None, None, None, "总计"],
        [None, None, None, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", None],
        ["一、本年新收政府信息公开申请数量", None, 3, 1, None, None, None, None, None],
        ["二、上年结转政府信息公开申请数量", None, 1, None, None, None, None, None, 1],
        ["三、本年度办理结果", "（一）予以公开", 2, None, None, None, None, None, 2],
        ["四、结转下年度继续办理", None, 1, None, None, None, None, None, 1],
    ]
    builders.xlsx(tmp_path / "某镇2024年政府信息公开工作年度报告附表.xlsx", {"依申请公开": form})
    found = builders.evidence(clean(tmp_path))
    assert found["disclosure.on_request"].value is None
    assert "合计单元格 I5 为空" in found["disclosure.on_request"].reason


def test_a_statistics_form_s_category_left_blank_throughout_states_no_figure(tmp_path):
    form = [
        ["某镇2024年行政执法工作统计表"],
        ["单位", "行政许可", "行政检查", "行政处罚", "合计"],
        ["综合执法队", 3, 10, None, 13],
        ["合计", 3, 10, None, 13],
    ]
    builders.xlsx(tmp_path / "执法统计.xlsx", {"统计": form})
    found = builders.evidence(clean(tmp_path))
    assert (found["enforcement.cases"].value, found["enforcement.licensing"].value) == (13, 3)
    # No cell of 行政处罚 holds a count: no evidence. Its reason names the form, not a ledger never sent.
    assert found["enforcement.penalty"].value is None
    assert "只有统计表（执法统计.xlsx「统计」）" in found["enforcement.penalty"].reason


def test_a_blank_cell_in_a_form_filled_around_it_is_the_offices_0(tmp_path):
    form = [
        ["某乡2024年矛盾纠纷排查化解情况统计"],
        ["项目", "本年", "上年"],
        ["排查数", 5, 4],
        ["化解数", None, 3],  # its row (上年 3) and its column (排查数 5) filled: the clerk left 0 blank
    ]
    builders.xlsx(tmp_path / "纠纷统计.xlsx", {"统计": form})
    found = builders.evidence(clean(tmp_path))
    assert (found["disputes.screened"].value, found["disputes.resolved"].value) == (5, 0)
    assert "按 0 计" in found["disputes.resolved"].reason and "B4" in found["disputes.resolved"].reason


def test_months_as_columns_without_a_total_add_up(tmp_path):
    months = [f"{m}月" for m in range(1, 13)]
    form = [
        ["某乡2024年矛盾纠纷排查化解情况统计"],
        ["项目", *months],
        ["排查数", *range(1, 13)],
        ["化解数", *range(0, 12)],
        ["化解率", *["90%"] * 12],
    ]
    builders.xlsx(tmp_path / "纠纷月报.xlsx", {"全年": form})
    got = builders.figures(clean(tmp_path))
    assert (got["disputes.screened"], got["disputes.resolved"]) == (78, 66)
    assert got["disputes.resolution_rate"] == round(66 / 78, 4)  # computed, never the typed 90%


def test_a_statistics_table_beside_records_is_checked_never_preferred(tmp_path):
    summary = [["某镇2024年人民调解案件月度汇总"], ["月份", "受理（件）", "调解成功（件）"]]
    summary += [[f"{m}月", 1, 1] for m in range(1, 13)] + [["合计", 12, 12]]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记": [MEDIATION, *mediation(10)], "汇总": summary})
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.cases"] == 10  # records, not the summary's 12
    (warning,) = codes(result, "statistics.differs")
    assert warning["level"] == "警告" and warning["detail"] == "统计表为 12，按记录为 10"
    sheet = next(s for s in result.manifest["files"][0]["sheets"] if s["sheet"] == "汇总")
    assert (sheet["set_aside"]["aggregate"], sheet["set_aside"]["total"]) == (12, 1)  # no record among them


def test_a_statistics_table_of_a_column_no_record_has_is_used_without_a_false_difference(tmp_path):
    sessions = [["日期", "培训对象", "参训人数"], ["2024-03-01", "法律明白人", 30], ["2024-06-01", "法律明白人", 28]]
    exam = [["科室", "应参考人数", "实参考人数"], ["党政办", 8, 8], ["经发办", 6, 5], ["合计", 14, 13]]
    builders.xlsx(tmp_path / "学法.xlsx", {"培训": sessions, "考试": exam})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["training.legal_literacy_sessions"], got["training.exam_coverage"]) == (2, round(13 / 14, 4))
    # The sessions have no exam columns: "按记录为 0" would be false, and the statement is what counts.
    assert not codes(result, "statistics.differs")


# --- hidden content -------------------------------------------------------------------------------


def test_a_hidden_sheet_is_left_out_unless_params_name_it(tmp_path):
    void = [MEDIATION, *mediation(5, start=50)]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记": [MEDIATION, *mediation(4)], "旧表": void}, hidden=("旧表",))
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.cases"] == 4
    assert [(r["sheet"], r["level"]) for r in codes(result, "sheet.hidden")] == [("旧表", "提示")]
    included = clean(tmp_path, options={"hidden_sheets": ["旧表"]})
    assert builders.figures(included)["mediation.cases"] == 9


def test_hidden_rows_are_records_with_a_note(tmp_path):
    builders.xlsx(tmp_path / "调解.xlsx", {"登记": [MEDIATION, *mediation(6)]}, hidden_rows={"登记": [3, 5]})
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.cases"] == 6
    (note,) = codes(result, "sheet.hidden_rows")
    assert note["detail"] == "3、5" and note["level"] == "提示"


# --- another year's ledgers ----------------------------------------------------------------------


def test_last_years_ledger_copied_into_this_years_folder_is_named(tmp_path, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    old = [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(8, year=2023)]
    builders.xlsx(raw / "2023年执法台账.xlsx", {"Sheet1": old})
    builders.xlsx(raw / "调解.xlsx", {"登记": [MEDIATION, *mediation(2)]})
    code = main(["clean", "--year", "2024", "--raw", str(raw), "--out", str(out)])
    printed = capsys.readouterr()
    assert code == 1 and "2023年执法台账.xlsx" in printed.out
    issues = {r["code"]: r for r in json.loads(builders.issues_json(out))}
    assert issues["file.wrong_year"]["detail"] == "8/8条记录是2023年的"
    assert issues["year.mostly_other"]["level"] == "错误"
    main(["indicators", "--year", "2024", "--processed", str(out), "--json"])
    got = json.loads(capsys.readouterr().out)
    assert got["enforcement.cases"] is None and got["mediation.cases"] == 2  # unknown, never 0


def test_an_ordinary_year_with_some_carried_over_rows_is_no_error(tmp_path):
    rows = [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(8), *builders.enforcement_rows(2, 20, year=2023)]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert result.failed_files == [] and not codes(result, "year.mostly_other")
    assert builders.figures(result)["enforcement.cases"] == 8


def test_a_ledger_kept_since_2021_holding_more_of_other_years_than_of_this_one_is_no_error(tmp_path):
    # One sheet filled from 2021 on: most of its rows are of other years, yet it holds this year's too, so it is
    # neither last year's ledger nor a wrong --year. A file of 2023 alone beside it still is named.
    rows = [builders.ENFORCEMENT_HEADER]
    for year, n, start in ((2021, 4, 1), (2022, 4, 10), (2023, 4, 20), (2024, 3, 30), (2025, 1, 40)):
        rows += builders.enforcement_rows(n, start, year=year)
    builders.xlsx(tmp_path / "执法案件登记台账（2021年以来）.xlsx", {"台账": rows})
    result = clean(tmp_path)
    assert not codes(result, "year.mostly_other") and not codes(result, "file.wrong_year")
    assert builders.figures(result)["enforcement.cases"] == 3
    builders.xlsx(tmp_path / "2023年执法台账.xlsx", {"Sheet1": [rows[0], *builders.enforcement_rows(8, 50, year=2023)]})
    result = clean(tmp_path)
    assert [r["file"] for r in codes(result, "file.wrong_year")] == ["2023年执法台账.xlsx"]
    assert builders.figures(result)["enforcement.cases"] == 3


def test_a_county_form_with_penalty_kinds_under_one_title(tmp_path):
    # 行政处罚实施数量 over five kinds and its own 合计（宗）; the grand 合计（件） at the end.
    top = ["单位名称", "行政许可", "行政处罚实施数量", "", "", "", "行政检查", "合计（件）", "罚没金额（万元）"]
    low = ["", "", "警告", "罚款", "没收违法所得", "合计（宗）", "", "", ""]
    form = [
        ["某镇2024年度行政执法数据统计表"],
        top,
        low,
        ["综合执法办", 5, 1, 2, 0, 3, 20, 28, 1.5],
        ["农业服务中心", 7, 0, 1, 1, 2, 9, 18, 0.2],
        ["合计", 12, 1, 3, 1, 5, 29, 46, 1.7],
    ]
    merged = ["A2:A3", "B2:B3", "C2:F2", "G2:G3", "H2:H3", "I2:I3"]
    builders.xlsx(tmp_path / "执法统计.xlsx", {"统计表": form}, merged={"统计表": merged})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.licensing"], got["enforcement.penalty"], got["enforcement.inspection"]) == (12, 5, 29)
    assert got["enforcement.cases"] == 46  # the grand total, not the penalties' 合计（宗）


def test_levels_under_one_title_and_items_in_blocks(tmp_path):
    # 层级 spans every value column; 排查数 appears in the totals block and in each category's block.
    form = [
        ["2024年某乡矛盾纠纷排查情况表（全年）"],
        ["内容", "", "层级", "", ""],
        ["", "", "乡镇", "村居", "小计"],
        ["总况", "排查数", 2, 5, 7],
        ["", "成功数", 2, 4, 6],
        ["婚姻家庭纠纷", "排查数", 1, 1, 2],
        ["", "成功数", 1, 1, 2],
    ]
    merged = ["A2:B3", "C2:E2", "A4:A5", "A6:A7"]
    # The year's form: one month's alone would state no year's figure (test_layouts: part of the year).
    builders.xlsx(tmp_path / "年报.xlsx", {"全年": form}, merged={"全年": merged})
    got = builders.figures(clean(tmp_path))
    assert (got["disputes.screened"], got["disputes.resolved"]) == (7, 6)


def test_a_table_without_dates_takes_the_year_its_title_names(tmp_path):
    rows = [
        ["某镇2024年度以案定补申请汇总表"],
        ["序号", "卷宗号", "调解结果", "协议形式", "补贴金额"],
        [1, "（2024）某人调字第1号", "调解成功", "口头", 50],
        [2, "（2024）某人调字第2号", "调解成功", "书面", 100],
    ]
    builders.xlsx(tmp_path / "案补.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.subsidy_yuan"] == 150
    notes = [r["detail"] for r in codes(result, "column.from_context")]
    assert notes == ["表格标题，按“2024年”计"]


def test_a_kind_no_file_showed_beside_a_file_that_could_not_be_used_names_that_file(tmp_path):
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    (tmp_path / "台账扫描件.pdf").write_bytes(b"%PDF-1.7\n")
    found = builders.evidence(clean(tmp_path))
    assert found["enforcement.licensing"].value == 2
    mediation = found["mediation.cases"]
    assert mediation.value is None
    assert "另有文件无法使用（台账扫描件.pdf），如其中有人民调解" in mediation.reason


def test_a_kind_no_file_showed_is_simply_not_provided_when_every_file_was_read(tmp_path):
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    assert builders.evidence(clean(tmp_path))["mediation.cases"].reason.startswith("本年度未提供人民调解")


def test_the_stamped_scan_beside_its_ledger_adds_nothing_and_takes_nothing_away(tmp_path):
    # A village sends its ledger and, beside it, the printed and stamped copy scanned to PDF: the same
    # records, so the kind is whole and counted once; a scan of no table in the folder stays unknown.
    village = tmp_path / "甲村"
    builders.xlsx(village / "甲村人民调解台账（2024年）.xlsx", {"登记": [MEDIATION, *mediation(3)]})
    (village / "甲村人民调解台账（2024年）（盖章扫描件）.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    result = clean(tmp_path)
    assert result.failed_files == []
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (3, 150)
    (note,) = codes(result, "file.scan_of_table")
    assert (note["level"], note["detail"]) == ("提示", "甲村/甲村人民调解台账（2024年）.xlsx")
    (tmp_path / "乙村").mkdir()
    (tmp_path / "乙村" / "乙村人民调解台账（2024年）（盖章扫描件）.pdf").write_bytes(b"%PDF-1.7\n")
    result = clean(tmp_path)
    assert codes(result, "file.not_a_table") and builders.figures(result)["mediation.cases"] is None


@pytest.mark.parametrize("saved_as", [".txt", ".htm"])
def test_the_stamped_scan_beside_its_ledger_saved_as_text_or_a_web_page_adds_nothing(saved_as, tmp_path):
    # The village's ledger saved by Excel as Unicode text (UTF-16, tabs) or as a web page, its stamped scan beside
    # it: the scan is that table's as beside an .xlsx (it had been a PDF in place of a ledger, the kind withheld).
    rows = [MEDIATION, *[[str(v) for v in row] for row in mediation(3)]]
    name = tmp_path / "甲村" / f"甲村人民调解台账（2024年）{saved_as}"
    name.parent.mkdir()
    if saved_as == ".txt":
        name.write_bytes(b"\xff\xfe" + "".join("\t".join(r) + "\r\n" for r in rows).encode("utf-16-le"))
    else:
        cells = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows)
        name.write_text(f"<html><body><table>{cells}</table></body></html>", encoding="utf-8")
    (tmp_path / "甲村" / "甲村人民调解台账（2024年）（盖章扫描件）.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    result = clean(tmp_path)
    assert result.failed_files == []
    assert builders.figures(result)["mediation.cases"] == 3
    (note,) = codes(result, "file.scan_of_table")
    assert note["detail"] == f"甲村/甲村人民调解台账（2024年）{saved_as}"


def test_last_years_book_sent_beside_this_years_of_the_same_ledger_is_a_note(tmp_path):
    # Told of the mistake, the village sent this year's book too, named as the first with the year
    # added: nothing of the year is missing, so last year's is set aside with a note, not an error.
    old = [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(8, year=2023)]
    builders.xlsx(tmp_path / "甲村执法台账.xlsx", {"Sheet1": old})
    new = [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3, start=20)]
    builders.xlsx(tmp_path / "甲村执法台账（2024年）.xlsx", {"Sheet1": new})
    result = clean(tmp_path)
    assert result.failed_files == [] and not codes(result, "file.wrong_year")
    assert builders.figures(result)["enforcement.cases"] == 3
    (note,) = codes(result, "file.other_years_book")
    assert (note["file"], note["detail"], note["expected"]) == (
        "甲村执法台账.xlsx",
        "2023年",
        "甲村执法台账（2024年）.xlsx",
    )
    # Last year's book beside another ledger's of this year is still the error it was.
    (tmp_path / "甲村执法台账（2024年）.xlsx").rename(tmp_path / "乙村执法台账（2024年）.xlsx")
    result = clean(tmp_path)
    assert [r["file"] for r in codes(result, "file.wrong_year")] == ["甲村执法台账.xlsx"]


def _village_disputes(n: int, village: str) -> list[list]:
    head = ["序号", "排查日期", "纠纷类型", "当事人", "化解状态"]
    return [
        head,
        *[[i, f"2024-{i % 12 + 1:02d}-05", "邻里", f"{village}甲{i}、乙{i}", "已化解"] for i in range(1, n + 1)],
    ]


def test_a_village_s_monthly_form_beside_the_other_villages_registers_leaves_the_town_s_counts_unknown(tmp_path):
    """Eight villages send registers, 小旺草村 a 月报表 of counts. The records alone lack its disputes, and its form
    cannot be added to them without copies (a dispute the town's register also lists): the town's figure is
    unknown, said why, never the other villages' sum. Before, the form was compared with every village's records
    (统计表为 12，按记录为 10: "add the missing records") and the figure published without 小旺草村."""
    builders.xlsx(tmp_path / "晨光村矛盾纠纷排查台账.xlsx", {"Sheet1": _village_disputes(6, "晨光村")})
    builders.xlsx(tmp_path / "广怀村矛盾纠纷排查台账.xlsx", {"Sheet1": _village_disputes(4, "广怀村")})
    form = [["小旺草村2024年矛盾纠纷排查化解情况月报表"], ["月份", "排查矛盾纠纷", "化解", "正在化解"]]
    form += [[f"{m}月", 1, 1 if m % 3 else 0, 0 if m % 3 else 1] for m in range(1, 13)] + [["合计", 12, 8, 4]]
    builders.xlsx(tmp_path / "小旺草村矛盾纠纷月报表.xlsx", {"月报表": form})
    result = clean(tmp_path)
    found = builders.evidence(result)
    assert found["disputes.screened"].value is None and "小旺草村只报了统计表" in found["disputes.screened"].reason
    assert found["disputes.resolution_rate"].value is None
    (error,) = codes(result, "statistics.part_only")
    assert (error["level"], error["file"], error["detail"]) == ("错误", "小旺草村矛盾纠纷月报表.xlsx", "小旺草村")
    assert not codes(result, "statistics.differs")


def test_a_village_s_monthly_form_beside_its_own_register_is_checked_against_that_village_alone(tmp_path):
    # The form's village kept its register too: the form is compared with its own records (6), not the town's (10).
    builders.xlsx(tmp_path / "晨光村矛盾纠纷排查台账.xlsx", {"Sheet1": _village_disputes(6, "晨光村")})
    builders.xlsx(tmp_path / "广怀村矛盾纠纷排查台账.xlsx", {"Sheet1": _village_disputes(4, "广怀村")})
    form = [
        ["晨光村矛盾纠纷排查化解情况月报表"],
        ["月份", "排查矛盾纠纷", "化解"],
        *[[f"{m}月", 1, 1] for m in range(1, 8)],
    ]
    builders.xlsx(tmp_path / "晨光村月报表.xlsx", {"月报表": [*form, ["合计", 7, 7]]})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 10
    details = [w["detail"] for w in codes(result, "statistics.differs")]
    assert details == ["统计表为 7，按记录为 6"] * 2 and not codes(result, "statistics.part_only")  # 排查 and 化解


def test_a_committees_summary_row_whose_register_was_not_handed_over_leaves_the_count_unknown(tmp_path):
    # summary_row_without_its_register (柑园镇): the 司法所's 汇总表 a row per 调委会; the villages' registers are in the
    # folder, the 镇调委会's (kept in the 司法所) is not. The records' 5 were published as the town's, the summary's 8
    # a warning. Now the figure is unknown, the committee named; its register handed over, the records count 8.
    head = ["序号", "卷宗号", "受理日期", "调解结果", "协议形式"]
    for village, n in (("甲村", 3), ("乙村", 2)):
        rows = [[i, f"{village}{i}", f"2024-04-{i:02d}", "调解成功", "口头"] for i in range(1, n + 1)]
        builders.xlsx(tmp_path / "各村调委会台账" / f"{village}人民调解委员会台账.xlsx", {"Sheet1": [head, *rows]})
    summary = [
        ["某镇2024年各村人民调解委员会调解案件汇总表"],
        ["调委会名称", "调解成功（件）", "其中：口头协议（件）"],
        ["某镇人民调解委员会", 3, 3],
        ["甲村人民调解委员会", 3, 3],
        ["乙村人民调解委员会", 2, 2],
        ["丙村人民调解委员会", 0, 0],
        ["合计", 8, 8],
    ]
    builders.xlsx(tmp_path / "某镇调解案件汇总表.xlsx", {"汇总": summary})
    result = clean(tmp_path)
    found = builders.evidence(result)
    assert found["mediation.cases"].value is None and "某镇人民调解委员会" in found["mediation.cases"].reason
    assert found["mediation.oral"].value is None
    (error,) = [e for e in codes(result, "statistics.parts_missing") if e["header"].startswith("人民调解成功")]
    assert (error["level"], error["value"], error["detail"]) == ("错误", "某镇人民调解委员会", "统计表为 8，按记录为 5")
    rows = [[i, f"（2024）某人调字第{i}号", f"2024-05-{i:02d}", "调解成功", "口头"] for i in range(1, 4)]
    builders.xlsx(tmp_path / "某镇人民调解委员会台账.xlsx", {"Sheet1": [head, *rows]})
    got = builders.figures(clean(tmp_path))
    assert (got["mediation.cases"], got["mediation.oral"]) == (8, 8)


def test_an_offices_summary_row_whose_register_was_not_handed_over_leaves_the_count_unknown(tmp_path):
    # offices_as_parts_of_a_summary: the town's enforcement 汇总表 has a row per 执法单位 (bare, or after the town's
    # name), and the 应急管理办公室's register is not in the folder. Before: its offices were no parts, so the
    # team's 3 records were published as the town's count beside the summary's 5 (a warning only).
    head = ["序号", "案件编号", "案件名称", "执法类别", "执法单位", "办理日期", "当事人"]
    team = [
        [i, f"罚字〔2024〕{i}号", f"事项{i}", "行政处罚", "某镇综合行政执法队", f"2024-03-0{i}", "张三"]
        for i in (1, 2, 3)
    ]
    builders.xlsx(tmp_path / "执法台账.xlsx", {"台账": [head, *team]})
    summary = [
        ["某镇2024年行政执法案件汇总表"],
        ["执法单位", "案件总数（件）", "行政处罚（件）"],
        ["某镇综合行政执法队", 3, 3],
        ["应急管理办公室", 2, 2],
        ["合计", 5, 5],
    ]
    builders.xlsx(tmp_path / "汇总表.xlsx", {"汇总": summary})
    result = clean(tmp_path)
    found = builders.evidence(result)
    assert found["enforcement.cases"].value is None and "应急管理办公室" in found["enforcement.cases"].reason
    assert {e["value"] for e in codes(result, "statistics.parts_missing")} == {"应急管理办公室"}
    office = [
        [i, f"应急罚〔2024〕{i}号", f"事项{i}", "行政处罚", "某镇应急管理办公室", f"2024-05-0{i}", "李四"]
        for i in (1, 2)
    ]
    builders.xlsx(tmp_path / "应急办执法台账.xlsx", {"台账": [head, *office]})
    assert builders.figures(clean(tmp_path))["enforcement.cases"] == 5


def test_a_summary_of_one_category_missing_a_part_leaves_the_whole_of_which_it_is_a_part_unknown_too(tmp_path):
    # category_summary_missing_a_part: the 汇总表 states the categories per office (no 案件总数 column), and the
    # 应急管理办公室's register is not in the folder. Its two penalties are cases too: the penalty count was withheld,
    # but the case count (the records of every category, of which penalties are a part) had been published as 3 for 5.
    head = ["序号", "案件编号", "案件名称", "执法类别", "执法单位", "办理日期", "当事人"]
    team = [
        [i, f"罚字〔2024〕{i}号", f"事项{i}", "行政处罚", "某镇综合行政执法队", f"2024-03-0{i}", "张三"]
        for i in (1, 2, 3)
    ]
    team.append([4, "许字〔2024〕1号", "事项4", "行政许可", "某镇综合行政执法队", "2024-04-01", "王五"])
    builders.xlsx(tmp_path / "执法台账.xlsx", {"台账": [head, *team]})
    summary = [
        ["某镇2024年行政执法案件汇总表"],
        ["执法单位", "行政处罚（件）", "行政许可（件）"],
        ["某镇综合行政执法队", 3, 1],
        ["应急管理办公室", 2, 0],
        ["合计", 5, 1],
    ]
    builders.xlsx(tmp_path / "汇总表.xlsx", {"汇总": summary})
    found = builders.evidence(clean(tmp_path))
    assert found["enforcement.penalty"].value is None and "应急管理办公室" in found["enforcement.penalty"].reason
    assert found["enforcement.cases"].value is None and "应急管理办公室" in found["enforcement.cases"].reason
    assert found["enforcement.licensing"].value == 1  # another part, whole in the records: as they give it


def test_a_summary_by_month_stating_more_than_the_records_is_still_only_checked(tmp_path):
    # Rows of months are no parts: the records stand, with the warning (as a summary beside records always was).
    summary = [["某镇2024年人民调解案件月度汇总"], ["月份", "调解成功（件）"], *[[f"{m}月", 1] for m in range(1, 13)]]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记": [MEDIATION, *mediation(10)], "汇总": summary + [["合计", 12]]})
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.cases"] == 10
    assert codes(result, "statistics.differs") and not codes(result, "statistics.parts_missing")


def _village_form(village: str, screened: list[int], resolved: list[int]) -> list[list]:
    form = [[f"{village}2024年矛盾纠纷排查调处月报表"], ["月份", "排查矛盾纠纷", "化解"]]
    return form + [[f"{m}月", s, r] for m, s, r in zip(range(1, 13), screened, resolved)]


def test_each_village_s_monthly_form_with_no_register_anywhere_adds_up_to_the_town_s_figures(tmp_path):
    """Every village sends its year's 月报表 and no one keeps a register: the town's figures are the villages'
    forms added. Before, the first file's form stood for the town (two files stating one period were taken for
    copies of one another): 12 screened published for 12 + 24 + 6."""
    builders.xlsx(tmp_path / "晨光村矛盾纠纷月报表.xlsx", {"2024年": _village_form("晨光村", [1] * 12, [1] * 12)})
    builders.xlsx(tmp_path / "广怀村矛盾纠纷月报表.xlsx", {"2024年": _village_form("广怀村", [2] * 12, [1] * 12)})
    builders.xlsx(tmp_path / "下寺村矛盾纠纷月报表.xlsx", {"2024年": _village_form("下寺村", [0, 1] * 6, [0] * 12)})
    found = builders.evidence(clean(tmp_path))
    assert (found["disputes.screened"].value, found["disputes.resolved"].value) == (42, 24)
    assert found["disputes.screened"].status == "stated"


def test_the_town_s_own_form_beside_the_villages_forms_is_the_town_s_figure_not_one_more_part(tmp_path):
    # The 司法所's own 月报表 of the whole town beside two villages' forms: the town's total, never added to them.
    builders.xlsx(tmp_path / "晨光村矛盾纠纷月报表.xlsx", {"2024年": _village_form("晨光村", [1] * 12, [1] * 12)})
    builders.xlsx(tmp_path / "广怀村矛盾纠纷月报表.xlsx", {"2024年": _village_form("广怀村", [2] * 12, [1] * 12)})
    town = _village_form("", [3] * 12, [2] * 12)
    town[0] = ["旺草镇2024年矛盾纠纷排查调处月报表"]
    builders.xlsx(tmp_path / "旺草镇矛盾纠纷月报表.xlsx", {"2024年": town})
    assert builders.figures(clean(tmp_path))["disputes.screened"] == 36


def test_a_figure_a_kinds_only_statistics_form_does_not_state_says_the_form_names_none(tmp_path):
    # A town keeping its enforcement work only as a form of some categories: a category the form leaves out
    # had been "本年度未提供行政执法案件台账", sending the office after a ledger it had given as a form.
    form = [
        ["某镇2024年行政执法工作统计表"],
        ["执法类别", "件数"],
        ["行政检查", 46],
        ["行政处罚", 2],
    ]
    builders.xlsx(tmp_path / "执法统计.xlsx", {"统计": form})
    found = builders.evidence(clean(tmp_path))
    assert found["enforcement.inspection"].value == 46
    assert found["enforcement.levy"].value is None
    assert found["enforcement.levy"].reason.startswith("只有统计表（执法统计.xlsx「统计」），表中没有“行政征收”一项")
    assert found["mediation.cases"].reason.startswith("本年度未提供人民调解")


ANNUAL_REQUESTS = [
    ["三、收到和处理政府信息公开申请情况"],
    [None, None, "申请人情况"],
    [None, None, "自然人", "法人或其他组织", None, None, None, None, "总计"],
    [None, None, None, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", None],
    ["一、本年新收政府信息公开申请数量", None, 2, 0, 0, 0, 0, 0, 2],
]


@pytest.mark.parametrize(
    ("types", "on_request", "status"),
    [
        # A register of what was published records no application: its silence is no 0, the report's 2 is the year's.
        (["主动公开", "媒体发布", "主动公开"], 2, "stated"),
        # One application registered: the records are counted (1), the report's 2 checked against them, as ever.
        (["主动公开", "依申请公开", "主动公开"], 1, "ok"),
    ],
)
def test_a_value_kept_in_a_register_of_its_own_that_no_record_holds_is_the_year_s_statement(
    tmp_path, types, on_request, status
):
    rows = [["序号", "信息名称", "发布日期", "公开方式"]]
    rows += [[i, f"关于某事项的通知{i}", f"2024-0{i}-05", t] for i, t in enumerate(types, 1)]
    builders.xlsx(tmp_path / "某镇2024年政务信息发布台账.xlsx", {"发布台账": rows})
    builders.xlsx(tmp_path / "某镇2024年政府信息公开工作年度报告附表.xlsx", {"依申请公开": ANNUAL_REQUESTS})
    found = builders.evidence(clean(tmp_path))
    assert (found["disclosure.on_request"].value, found["disclosure.on_request"].status) == (on_request, status)
    assert found["disclosure.proactive"].value == types.count("主动公开")


def test_a_negative_amount_is_said_to_be_negative_and_what_to_do(tmp_path):
    # Before: "“-500”超出…的合理范围（0～100,000,000）。请核对该数（是否多打了位数、误填了负号或单位）": nothing said the
    # number was negative, nor what a 冲减 should be written as.
    rows = [builders.ENFORCEMENT_HEADER[:7] + ["罚款金额"]]
    rows += [[*r[:7], fine] for r, fine in zip(builders.enforcement_rows(3), ["-500", "－1,000", "900000000"])]
    builders.xlsx(tmp_path / "执法.xlsx", {"S": rows})
    said = {r["value"]: r["message"] for r in builders.codes(clean(tmp_path), "number.out_of_range")}
    for value in ("-500", "－1,000"):
        assert f"“{value}”是负数" in said[value] and "不能为负" in said[value]
        assert "冲减" in said[value] and "删去负号" in said[value]
    assert "负" not in said["900000000"] and "超出“罚款金额”的合理范围（0～100,000,000）" in said["900000000"]
