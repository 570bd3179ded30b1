"""Ledger layouts read as an office means them (issue 12): values by evidence, headers of several
rows, columns told by their cells, the table's context, several tables per sheet, counts in
columns. Each fixture is small, fictitious, and named after the quirk it shows; none copies a
development town's layout."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest

from fzlib.indicators import breakdowns
from fzlib.ingest.locate import build_columns
from fzlib.ingest.read import column_letter

import builders
from builders import clean, codes

# --- values by evidence ---------------------------------------------------------------------------


def test_qualified_suffixed_and_quoted_categories_count_with_a_note(tmp_path):
    rows = [
        ["2024年某镇行政执法案件登记表"],
        ["序号", "决定书文号", "执法类别", "决定日期"],
        [1, "某许〔2024〕1号", "许可（普通）", "2024-02-01"],
        [2, "某检〔2024〕1号", "检查(专项)", "2024-02-02"],
        [3, "某确〔2024〕1号", "“行政确认”", "2024-02-03"],
        [4, "某罚〔2024〕1号", "行政处罚类", "2024-02-04"],
        [5, "某检〔2024〕2号", "开展行政检查", "2024-02-05"],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"登记": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.licensing"], got["enforcement.inspection"]) == (1, 2)
    assert (got["enforcement.confirmation"], got["enforcement.penalty"]) == (1, 1)
    notes = {r["value"]: r["detail"] for r in codes(result, "vocab.assumed")}
    # 行政处罚类 is a listed variant: certain, no note; the others were assumed and say so.
    assert notes == {
        "许可（普通）": "行政许可",
        "检查(专项)": "行政检查",
        "“行政确认”": "行政确认",
        "开展行政检查": "行政检查",
    }
    assert {r["level"] for r in codes(result, "vocab.assumed")} == {"提示"}


def test_a_decision_written_as_the_law_names_its_kind_counts_in_its_category(tmp_path):
    written = {
        "罚款": "行政处罚", "警告": "行政处罚", "没收违法所得": "行政处罚", "简易程序": "行政处罚",
        "一般程序": "行政处罚", "查封": "行政强制", "扣押": "行政强制", "代履行": "行政强制",
        "审批": "行政许可", "双随机抽查": "行政检查", "巡查": "行政检查",
        "罚款；没收违法所得": "行政处罚",  # 没收 holds 没 without denying anything
    }  # fmt: skip
    rows = [["序号", "决定书文号", "执法类别", "决定日期"]]
    rows += [[i, f"某〔2024〕{i}号", w, "2024-02-01"] for i, w in enumerate(written, 1)]
    builders.xlsx(tmp_path / "执法.xlsx", {"登记": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.penalty"], got["enforcement.coercion"]) == (6, 3)
    assert (got["enforcement.licensing"], got["enforcement.inspection"]) == (1, 2)
    assert not codes(result, "vocab.unknown")


def test_a_value_denying_its_category_is_read_as_the_denial_never_as_the_category(tmp_path):
    rows = [
        ["编号", "排查日期", "化解状态"],
        ["A1", "2024-03-01", "已化解"],
        ["A2", "2024-03-02", "未能化解"],  # holds 化解, denied by 未能: 未化解 (noted), never resolved
        ["A3", "2024-03-03", "未上报"],  # denies 已上报, which no canonical value denies: an error
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert [(r["value"], r["suggestion"]) for r in codes(result, "vocab.assumed")] == [("未能化解", "未化解")]
    assert [(r["value"], r["cell"], r["level"]) for r in codes(result, "vocab.unknown")] == [("未上报", "C4", "错误")]
    found = builders.evidence(result)["disputes.resolved"]
    assert found.value is None  # 1 of 3 records unreadable: far above the acceptable share


def test_a_towns_own_words_come_from_params(tmp_path):
    rows = [
        ["编号", "排查日期", "办结情况"],
        ["B1", "2024-04-01", "已息诉"],
        ["B2", "2024-04-02", "已息诉"],
        ["B3", "2024-04-03", "化解中"],
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": rows})
    plain = builders.evidence(clean(tmp_path))
    assert plain["disputes.resolved"].value is None  # 已息诉 is no word of the vocabulary
    own = clean(tmp_path, options={"variants": {"dispute_status": {"已化解": ["已息诉"]}}})
    assert builders.figures(own)["disputes.resolved"] == 2
    named = clean(
        tmp_path,
        options={
            "variants": {"dispute_status": {"已化解": ["已息诉"]}},
            "aliases": {"disputes": {"status": ["办结情况"]}},
        },
    )
    assert builders.figures(named)["disputes.resolution_rate"] == round(2 / 3, 4)
    assert not codes(named, "column.by_content")  # the header is now the town's alias: no guess left


def test_the_same_town_words_give_the_same_specs_run_after_run():
    """A county cleans every town with the project's words: new spec objects per town would be
    worked out again and remembered for ever (the caches are by spec object)."""
    from fzlib.spec import load_specs, with_town_words

    words = {"dispute_status": {"已化解": ["已息诉"]}}
    first = with_town_words(load_specs(), variants=words)
    assert with_town_words(load_specs(), variants={"dispute_status": {"已化解": ["已息诉"]}}) is first
    assert with_town_words(load_specs(), variants={"dispute_status": {"已化解": ["已结案"]}}) is not first
    assert with_town_words(load_specs()) is load_specs()


def test_two_towns_words_cleaned_in_one_process_each_read_their_own_way(tmp_path):
    """A county (and the tests) clean folders with different params in one process: what is worked out once per process
    (specs, vocabularies, a field's question verbs, blank columns, header words) is the town's own, never another's.
    The same register read with a town's 已调停 as 已化解, then with none, then with another town's 已调停 as 未化解."""
    rows = [
        ["编号", "排查日期", "纠纷类型", "调停结果"],
        ["A1", "2024-03-01", "邻里纠纷", "已调停"],
        ["A2", "2024-03-02", "邻里纠纷", "已调停"],
        ["A3", "2024-03-03", "邻里纠纷", "未化解"],
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": rows})
    status = {"disputes": {"status": ["调停结果"]}}
    resolved = {"aliases": status, "variants": {"dispute_status": {"已化解": ["已调停"]}}}
    unresolved = {"aliases": status, "variants": {"dispute_status": {"未化解": ["已调停"]}}}
    got = []
    for options in (resolved, None, unresolved, resolved, None, unresolved):
        result = clean(tmp_path, options=options)
        figures = builders.figures(result)
        got.append((figures["disputes.screened"], figures["disputes.resolved"], bool(codes(result, "column.missing"))))
    assert got == [(3, 2, False), (None, None, True), (3, 0, False)] * 2


def test_yes_no_answers_with_qualifiers_and_tick_only_columns(tmp_path):
    qualified = [
        ["案号", "开庭日期", "负责人是否出庭"],
        ["（2024）某0101行初1号", "2024-03-01", "是（副县长）"],
        ["（2024）某0101行初2号", "2024-05-01", "否(书面委托律师)"],
    ]
    ticked = [
        ["案号", "开庭日期", "负责人出庭"],
        ["（2024）某0101行初3号", "2024-06-01", "√"],
        ["（2024）某0101行初4号", "2024-07-01", ""],  # a tick column: blank is a no, not a gap
    ]
    builders.xlsx(tmp_path / "应诉.xlsx", {"一": qualified, "二": ticked})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (4, 2)
    assert not codes(result, "row.required_missing")


# --- headers ---------------------------------------------------------------------------------


def test_a_three_row_header_with_a_unit_only_title_under_its_parent(tmp_path):
    rows = [
        ["某镇2024年行政处罚案件台账"],
        ["序号", "案件信息", "", "", "处罚情况", ""],
        ["", "决定书文号", "执法类别", "决定日期", "罚没金额", "备注"],
        ["", "", "", "", "（万元）", ""],
        [1, "某罚〔2024〕1号", "行政处罚", "2024-03-05", 0.5, ""],
        [2, "某罚〔2024〕2号", "行政处罚", "2024-03-06", "1.2", ""],
    ]
    merged = ["A2:A4", "B2:D2", "E2:F2", "B3:B4", "C3:C4", "D3:D4", "F3:F4"]
    builders.xlsx(tmp_path / "处罚.xlsx", {"台账": rows}, merged={"台账": merged})
    result = clean(tmp_path)
    table = result.tables["enforcement"]
    assert table["fine_yuan"].tolist() == [5000, 12000]  # 万元 from the unit-only title
    sheet = result.manifest["files"][0]["sheets"][0]
    assert (sheet["header_row"], sheet["kept"], sheet["set_aside"]["header"]) == (2, 2, 3)
    assert not codes(result, "row.required_missing")  # no header row read as a record


def test_a_csv_two_row_header_without_merges(tmp_path):
    rows = [
        ["卷宗号", "受理日期", "当事人", "", "调解结果", "协议形式"],
        ["", "", "申请人", "被申请人", "", ""],
        ["（2024）某人调字第1号", "2024/3/5", "甲某", "乙某", "调解成功", "口头"],
        ["（2024）某人调字第2号", "2024/3/9", "丙某", "丁某", "调解成功", "书面"],
    ]
    builders.csv_file(tmp_path / "调解.csv", rows, encoding="utf-8-sig")
    result = clean(tmp_path)
    table = result.tables["mediation"]
    assert table["applicant"].str.startswith("P-").all() and table["respondent"].str.startswith("P-").all()
    assert builders.figures(result)["mediation.cases"] == 2
    assert result.manifest["files"][0]["sheets"][0]["set_aside"]["header"] == 2


def test_line_breaks_inside_header_cells(tmp_path):
    rows = [
        ["信访\n编号", "交办\n单位", "交办\n日期", "办理\n状态"],
        ["X-1", "市联办", "2024-02-02", "已化解"],
    ]
    builders.xlsx(tmp_path / "信访.xlsx", {"Sheet1": rows})
    assert builders.figures(clean(tmp_path))["petitions.resolved"] == 1


def test_a_blank_header_is_named_with_its_cell(tmp_path):
    rows = [["编号", "排查日期", "化解状态", ""], ["C1", "2024-03-01", "已化解", "某备注"]]
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": rows})
    unknown = codes(clean(tmp_path), "column.unknown")
    assert [(r["header"], r["cell"]) for r in unknown] == [("空白表头（D1）", "D1")]
    assert "nan" not in unknown[0]["message"]


def test_a_header_below_a_long_instruction_preamble_and_repeated_on_every_printed_page(tmp_path):
    header = ["序号", "卷宗号", "受理日期", "纠纷类型", "申请人", "调解结果", "协议形式", "补贴金额（元）"]
    rows = [
        ["人民调解案件登记台账（2024年度）"],
        *[[f"填表说明{i + 1}：请如实填写各栏目。"] for i in range(22)],
        header,
    ]
    n = 0
    for page in range(2):
        for k in range(5):
            n += 1
            rows.append(
                [
                    n,
                    f"（2024）某人调字第{n}号",
                    f"2024年{page + 1}月{k + 1}日",
                    "邻里纠纷",
                    f"甲{n}",
                    "调解成功",
                    "书面",
                    150,
                ]
            )
        rows += [[f"{page + 1}月小计", "", "", "", "", "", "", 750], [f"第 {page + 1} 页 共 2 页"], header]
    builders.xlsx(tmp_path / "调解台账（打印版）.xlsx", {"2024年": rows[:-1]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["mediation.cases"] == 10 and got["mediation.subsidy_yuan"] == 1500
    assert result.manifest["files"][0]["sheets"][0]["header_row"] == 24
    assert not codes(result, "file.unknown_kind")


# --- columns by their cells -----------------------------------------------------------------------


def test_near_miss_headers_are_read_by_their_cells_and_noted(tmp_path):
    rows = [
        ["编号", "发现日期", "回访日期", "化解结论"],
        ["D1", "2024-05-01", "2024-06-01", "已化解"],
        ["D2", "2024-05-02", "2024-06-02", "化解中"],
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.resolved"] == 1
    table = result.tables["disputes"]
    assert table["screened_on"].dt.strftime("%m-%d").tolist() == ["05-01", "05-02"]  # the first close date
    chosen = {(r["field"], r["header"]) for r in codes(result, "column.by_content")}
    assert chosen == {("screened_on", "发现日期"), ("status", "化解结论")}


def test_two_columns_claiming_one_field_are_told_apart_by_their_cells(tmp_path):
    rows = [
        ["日期", "事项类型", "服务类型", "数量"],
        ["2024-01-05", "村集体土地发包事宜", "合同审查", "1"],
        ["2024-01-06", "村民赡养纠纷", "法律咨询", "2"],
        ["2024-01-07", "村规民约修订", "法律意见书", ""],
    ]
    builders.csv_file(tmp_path / "顾问.csv", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.document_reviews"], got["counsel.consultations"], got["counsel.opinions"]) == (1, 2, 1)
    (note,) = codes(result, "column.by_content")
    assert (note["header"], note["expected"]) == ("服务类型", "“事项类型”（B列）")
    # The office may overrule the choice in params: then the other column is read (and its topics fail).
    overruled = clean(tmp_path, options={"columns": {"顾问.csv": {"service": "事项类型"}}})
    assert builders.figures(overruled)["counsel.consultations"] is None
    assert not codes(overruled, "column.by_content")


def test_a_required_category_under_an_unknown_title_is_found_by_its_values(tmp_path):
    rows = [["编号", "排查日期", "目前进展"], ["E1", "2024-01-02", "已化解"], ["E2", "2024-01-03", "稳控中"]]
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.resolved"] == 1
    assert [r["field"] for r in codes(result, "column.by_content")] == ["status"]


def test_ticks_under_a_merged_parent_give_the_field_its_value(tmp_path):
    rows = [
        ["卷宗号", "受理日期", "调解结果", "", "协议形式", ""],
        ["", "", "成功", "不成功", "口头", "书面"],
        ["（2024）某人调字第1号", "2024-04-01", "√", "", "√", ""],
        ["（2024）某人调字第2号", "2024-04-02", "√", "", "", "√"],
        ["（2024）某人调字第3号", "2024-04-03", "", "√", "", ""],
        ["（2024）某人调字第4号", "2024-04-04", "√", "", "√", "√"],  # two forms ticked: which one?
    ]
    merged = ["A1:A2", "B1:B2", "C1:D1", "E1:F1"]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记": rows}, merged={"登记": merged})
    result = clean(tmp_path)
    found = builders.evidence(result)
    assert found["mediation.cases"].value == 3
    assert found["mediation.oral"].value is None  # 1 of 4 records has two forms: too many to guess
    several = codes(result, "tick.several")
    assert [(r["row"], r["detail"], r["level"]) for r in several] == [(6, "口头、书面", "错误")]


def test_several_carriers_ticked_for_one_item_are_all_its_channels_not_a_mistake(tmp_path):
    # A 政务公开 register: 公开方式 merged over 主动公开 | 依申请公开, 公开载体 over 政府网站 | 政务公开栏 | 微信公众号, each
    # ticked. An item put on the website and the 公开栏 was in two places: the channel is declared `several`, so the
    # row is both channels, with nothing to undo, and the breakdown by channel counts it once under each.
    rows = [
        ["序号", "公开日期", "公开内容", "公开方式", "", "公开载体", "", "", "经办人"],
        ["", "", "", "主动公开", "依申请公开", "政府网站", "政务公开栏", "微信公众号", ""],
        [1, "2024-03-05", "财政预算公开", "√", "", "√", "√", "", "甲某"],
        [2, "2024-04-10", "低保名单公示", "√", "", "", "√", "", "甲某"],
        [3, "2024-05-20", "申请公开征地补偿标准", "", "√", "", "", "", "乙某"],
        [4, "2024-06-18", "惠农补贴公示", "√", "", "√", "√", "√", "甲某"],
    ]
    merged = ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:H1", "I1:I2"]
    builders.xlsx(tmp_path / "政务公开工作台账.xlsx", {"公开台账": rows}, merged={"公开台账": merged})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disclosure.proactive"], got["disclosure.on_request"]) == (3, 1)
    assert codes(result, "tick.several") == [] and codes(result, "tick.several_places") == []
    table = result.tables["disclosure"]
    assert table["channel"].fillna("").tolist() == [
        "政府网站、政务公开栏",
        "政务公开栏",
        "",
        "政府网站、政务公开栏、微信公众号",
    ]
    by_channel = breakdowns.declared()["disclosure.channel"]
    assert breakdowns.counts(table, by_channel).to_dict() == {
        "政务公开栏": 3,
        "政府网站": 2,
        "微信公众号": 1,
        "（未填写）": 1,
    }
    assert breakdowns.items(table, by_channel) == 4  # each item once: the base of the channels' shares


@pytest.mark.parametrize(
    ("written", "channel"),
    [
        ("华龙网", "媒体报道"),
        ("人民网", "媒体报道"),
        ("学习强国", "媒体报道"),
        ("县融媒体中心", "媒体报道"),
        ("广播电视", "媒体报道"),
        ("抖音", "微信公众号"),
        ("视频号", "微信公众号"),
        ("今日头条", "微信公众号"),
        ("政务微博", "微信公众号"),
    ],
)
def test_news_outlets_are_media_and_an_offices_own_accounts_its_new_media(tmp_path, written, channel):
    # outlet_and_app_channels: a register's 发布渠道 names the news site the 宣传 office placed an item with (华龙网,
    # 人民网), or the platform of the town's own account (抖音, 视频号). They had been unknown values; a news outlet's
    # site, 网 though it is, is media, not the government's website (政府网站).
    head = ["序号", "信息标题", "发布时间", "公开类型", "发布渠道"]
    rows = [[1, "某镇召开安全生产会议", "2024-03-05", "主动公开", written]]
    builders.xlsx(tmp_path / "信息发布台账.xlsx", {"Sheet1": [head, *rows]})
    result = clean(tmp_path)
    assert result.tables["disclosure"]["channel"].tolist() == [channel]
    assert codes(result, "vocab.unknown") == [] and codes(result, "vocab.assumed") == []


def test_several_ticks_under_a_field_no_figure_counts_and_not_declared_several_are_several_places(tmp_path):
    # The same register's 公开状态 ticked 已发布 and 待发布 on one row: a status is one value, no figure counts by it,
    # so the row is named (提示) and only the breakdown by it cannot place it.
    rows = [
        ["序号", "公开日期", "公开内容", "公开方式", "", "审核状态", ""],
        ["", "", "", "主动公开", "依申请公开", "已发布", "待发布"],
        [1, "2024-03-05", "财政预算公开", "√", "", "√", "√"],
        [2, "2024-04-10", "低保名单公示", "√", "", "√", ""],
    ]
    merged = ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1"]
    builders.xlsx(tmp_path / "政务公开工作台账.xlsx", {"公开台账": rows}, merged={"公开台账": merged})
    result = clean(tmp_path)
    assert builders.figures(result)["disclosure.proactive"] == 2
    (note,) = codes(result, "tick.several_places")
    assert note["level"] == "提示" and note["detail"] == "已发布、待发布"


# --- context ---------------------------------------------------------------------------------------


def test_a_category_from_the_sheet_name_or_the_table_title(tmp_path):
    warnings = [
        ["日期", "当事人", "处理结果"],
        ["2024-02-01", "某甲", "出具告诫书"],
        ["2024-03-01", "某乙", "出具告诫书"],
    ]
    gambling = [["某镇2024年赌博治安案件登记"], ["日期", "当事人", "拘留人数"], ["2024-05-01", "某丙", "2人"]]
    builders.xlsx(tmp_path / "平安.xlsx", {"告诫书": warnings, "一般": gambling})
    result = clean(tmp_path)
    assert builders.table_counts(result.tables["security"], "case_type") == {"家暴告诫书": 2, "涉赌治安案件": 1}
    notes = {(r["sheet"], r["detail"]) for r in codes(result, "column.from_context")}
    assert notes == {("告诫书", "工作表名，按“家暴告诫书”计"), ("一般", "表格标题，按“涉赌治安案件”计")}


def test_the_year_of_yearless_dates_comes_from_the_title(tmp_path):
    rows = [["某镇2023年矛盾纠纷排查台账"], ["编号", "排查日期", "化解状态"]]
    rows += [[f"F{i}", f"{i}月5日", "已化解"] for i in range(1, 7)]
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": rows})
    same_year = clean(tmp_path, year=2023)
    assert builders.figures(same_year)["disputes.screened"] == 6
    (note,) = codes(same_year, "date.yearless")  # one note for the sheet, not one per cell
    assert note["level"] == "提示" and "共 6 处" in note["message"]
    # Cleaned as 2024 by mistake: the title's year places them in 2023, and the file is named.
    wrong = clean(tmp_path, year=2024)
    assert builders.figures(wrong)["disputes.screened"] is None
    assert [r["file"] for r in codes(wrong, "file.wrong_year")] == ["排查.xlsx"]


def test_numbers_restarting_for_each_village_in_one_sheet_are_not_duplicates(tmp_path):
    rows = [["编号", "村（社区）", "排查日期", "化解状态"]]
    rows += [[i, "东村", f"2024-03-{i:02d}", "已化解"] for i in range(1, 4)]
    rows += [[i, "西村", f"2024-04-{i:02d}", "化解中"] for i in range(1, 5)]
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 7
    assert not codes(result, "row.duplicate")


def test_numbers_counting_down_to_1_in_a_list_kept_newest_first_are_not_duplicates(tmp_path):
    # Each village's list numbered from 1, the newest entered on top: 3 2 1 then 4 3 2 1.
    rows = [["编号", "村（社区）", "排查日期", "化解状态"]]
    rows += [[i, "东村", f"2024-03-{i:02d}", "已化解"] for i in range(3, 0, -1)]
    rows += [[i, "西村", f"2024-04-{i:02d}", "化解中"] for i in range(4, 0, -1)]
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (7, 3)
    assert not codes(result, "row.duplicate")


def test_numbers_restarting_for_each_section_in_a_list_sorted_by_another_column_are_not_duplicates(tmp_path):
    # Two sections numbered from 1 (1-4 resolved, 1-3 open), then sorted by date: the numbers no longer count.
    resolved = [[i, "东村", f"2024-0{i}-05", "已化解"] for i in range(1, 5)]
    pending = [[i, "西村", f"2024-0{i}-20", "化解中"] for i in range(1, 4)]
    rows = [["序号", "村（社区）", "排查日期", "化解状态"]] + sorted(resolved + pending, key=lambda r: r[2])
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (7, 4)
    assert not codes(result, "row.duplicate") and not codes(result, "row.copies_differ")


def test_each_villages_sheet_numbered_from_1_then_sorted_by_another_column_keeps_every_record(tmp_path):
    # 东村 and 西村 each number 1-4, then each sheet sorted by its result: the same numbers in both sheets are
    # two villages' records, as when they count up.
    head = ["编号", "排查日期", "纠纷类型", "化解状态"]
    east = [
        [n, f"2024-0{n}-0{n}", "邻里纠纷", s] for n, s in ((3, "化解中"), (1, "已化解"), (4, "化解中"), (2, "已化解"))
    ]
    west = [
        [n, f"2024-0{n + 4}-1{n}", "土地纠纷", s]
        for n, s in ((2, "化解中"), (4, "已化解"), (1, "化解中"), (3, "化解中"))
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"东村": [head, *east], "西村": [head, *west]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (8, 3)
    assert not codes(result, "row.duplicate")


def test_a_row_typed_twice_in_a_sorted_list_is_still_one_record(tmp_path):
    resolved = [[i, "东村", f"2024-0{i}-05", "已化解"] for i in range(1, 4)]
    pending = [[i, "西村", f"2024-0{i}-20", "化解中"] for i in range(1, 3)]
    rows = sorted(resolved + pending + [resolved[0]], key=lambda r: r[2])
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": [["序号", "村（社区）", "排查日期", "化解状态"], *rows]})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 5
    assert len(codes(result, "row.duplicate")) == 1


def test_merged_headers_typed_as_labels_with_a_colon_are_the_same_headers(tmp_path):
    # 序号： merged over the header's two rows, 矛盾事项： over 纠纷类别 / 主要诉求 (a header typed the way a form's
    # labels are): read as an unmerged 序号： is, so the register keeps its numbering column.
    rows = [
        ["序号：", "排查\n日期", "所在村：", "矛盾事项：", None, "化解结果："],
        [None, None, None, "纠纷类别", "主要诉求", None],
    ]
    rows += [
        [i, f"2024-03-{i:02d}", "东村", "邻里纠纷", "要求赔偿", "已化解" if i % 2 else "化解中"] for i in range(1, 6)
    ]
    merged = ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"]
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": rows}, merged={"Sheet1": merged})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (5, 3)
    assert codes(result, "column.missing") == []


def test_a_document_number_and_its_date_in_one_cell(tmp_path):
    rows = [
        ["序号", "决定书文号及日期", "执法类别"],
        [1, "某罚〔2024〕3号（2024年3月5日）", "行政处罚"],
        [2, "2024.4.1 某检〔2024〕7号", "行政检查"],
        [3, "某检〔2023〕9号 2023-12-30", "行政检查"],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.inspection"]) == (2, 1, 1)
    assert [r["field"] for r in codes(result, "column.shared")] == ["decided_on"]
    assert len(codes(result, "row.out_of_year")) == 1


def test_a_wide_log_gives_one_record_per_count(tmp_path):
    rows = [
        ["某镇2024年村（社区）法律顾问工作月报"],
        ["月份", "村（社区）", "解答法律咨询（人次）", "出具法律意见书（份）", "合同审查（件）", "法律援助（件）"],
        ["1月", "东村", 3, "", 1, ""],
        ["1月", "西村", "3-5", 1, "", ""],
        ["2月", "东村", "", "", "", ""],  # nothing that month: not a record
        ["2月", "西村", "２", "", 2, 1],
    ]
    builders.xlsx(tmp_path / "顾问.xlsx", {"月报": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.opinions"]) == (8, 1)  # 3 + low end of 3-5 + 2
    assert (got["counsel.document_reviews"], got["counsel.legal_aid"]) == (3, 1)
    assert result.manifest["files"][0]["sheets"][0]["set_aside"]["nothing_counted"] == 1
    high = clean(tmp_path, options={"range_quantity": "high"})
    assert builders.figures(high)["counsel.consultations"] == 10
    (note,) = codes(high, "number.range")
    assert note["detail"] == "5" and note["level"] == "提示"


def test_a_month_per_row_log_is_months_not_dates_lacking_their_day(tmp_path):
    # 岁丰镇: a counsel log a row per month (2024年1月 … 2024年6月), a count column per service. Each row warned
    # date.partial (62 warnings in the town), burying the warnings that matter. A register whose dates lack
    # their day (two services in one month, or months skipped) still warns: its records had a day.
    months = [[f"2024年{m}月", m % 3, 1, "甲律师"] for m in range(1, 7)]
    rows = [["某镇人民政府法律顾问服务台账"], ["月份", "法律咨询（次）", "审查合同（份）", "服务律师"], *months]
    builders.xlsx(tmp_path / "month_rows" / "法律顾问服务台账.xlsx", {"Sheet1": rows})
    result = clean(tmp_path / "month_rows")
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"]) == (6, 6)
    assert not codes(result, "date.partial")
    head = ["序号", "服务日期", "服务类型", "数量"]
    for name, dates in (("one_month_twice", ["2024年3月", "2024年3月", "2024年4月"]),
                        ("months_skipped", ["2024年3月", "2024年7月", "2024年11月"])):  # fmt: skip
        log = [head, *([i, d, "法律咨询", 1] for i, d in enumerate(dates, start=1))]
        builders.xlsx(tmp_path / name / "法律顾问服务台账.xlsx", {"Sheet1": log})
        result = clean(tmp_path / name)
        assert builders.figures(result)["counsel.consultations"] == 3, name
        assert len(codes(result, "date.partial")) == 3, name


def test_a_column_titled_for_a_month_is_a_month_column_noted_once_and_its_rows_counted_in_their_months(tmp_path):
    # 澄湖街道's monthly return: a row per 社区 and month (月份 2024年3月), so months repeat. Each cell had been a
    # date.partial warning asking for its day (171 in the town); the month is all such a return gives by design.
    villages = ["东社区", "西社区", "南社区"]
    rows = [["月份", "社区", "法律咨询（人次）", "审查合同（份）"]]
    rows += [[f"2024年{m}月", v, 2, 1] for m in (3, 4, 6) for v in villages]
    builders.xlsx(tmp_path / "月报" / "法律顾问服务情况月报.xlsx", {"Sheet1": rows})
    result = clean(tmp_path / "月报")
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"]) == (18, 9)
    assert not codes(result, "date.partial")
    (note,) = codes(result, "date.month_column")
    assert note["level"] == "提示" and note["header"] == "月份" and "（共 " in note["message"]
    # A column titled for a day whose cells lack it is still asked for the day, cell by cell.
    rows[0][0] = "服务日期"
    builders.xlsx(tmp_path / "日期" / "法律顾问服务情况月报.xlsx", {"Sheet1": rows})
    result = clean(tmp_path / "日期")
    assert len(codes(result, "date.partial")) >= 9 and not codes(result, "date.month_column")


def test_a_wide_log_without_a_column_for_a_service_does_not_count_it_as_none(tmp_path):
    # A counsel's log of counts per activity (审查合同, 出具法律意见书, 参与信访接待) with no 法律咨询 column had
    # published 0 consultations: a service the log does not list is no evidence of none.
    rows = [
        ["某镇2024年法律顾问工作台账"],
        ["月份", "审查合同（件）", "出具法律意见书（份）", "参与信访接待（次）"],
        ["1月", 2, 1, ""],
        ["2月", "", 1, 3],
        ["3月", 4, "", 1],
    ]
    builders.xlsx(tmp_path / "a" / "法律顾问工作台账.xlsx", {"Sheet1": rows})
    result = clean(tmp_path / "a")
    got = builders.figures(result)
    assert (got["counsel.document_reviews"], got["counsel.opinions"]) == (6, 2)
    assert (got["counsel.consultations"], got["counsel.legal_aid"]) == (None, None)
    reason = builders.evidence(result)["counsel.consultations"].reason
    assert "只列了" in reason and "没有“法律咨询”一列" in reason
    # Beside a log with a column of services, any service could have been written there: one never named is 0.
    log = [["序号", "服务日期", "服务类型", "数量"], [1, "2024-04-02", "法律援助", 1]]
    builders.xlsx(tmp_path / "b" / "法律顾问工作台账.xlsx", {"Sheet1": rows})
    builders.xlsx(tmp_path / "b" / "法律顾问服务台账.xlsx", {"Sheet1": log})
    got = builders.figures(clean(tmp_path / "b"))
    assert (got["counsel.consultations"], got["counsel.legal_aid"], got["counsel.document_reviews"]) == (0, 1, 6)


def test_a_tick_matrix_with_counts_gives_records_with_quantities(tmp_path):
    rows = [
        ["日期", "服务对象", "服务事项", "", ""],
        ["", "", "法律咨询", "法律援助", "法治讲座"],
        [dt.datetime(2024, 3, 1), "东村", "√", "", "√"],
        [dt.datetime(2024, 3, 8), "西村", 4, "√", ""],
    ]
    builders.xlsx(tmp_path / "顾问.xlsx", {"登记": rows}, merged={"登记": ["A1:A2", "B1:B2", "C1:E1"]})
    got = builders.figures(clean(tmp_path))
    assert (got["counsel.consultations"], got["counsel.legal_aid"]) == (5, 1)


def test_a_tick_matrix_marked_with_shi_instead_of_a_tick_gives_records(tmp_path):
    # A counsel's 履职台账 with a column per service, the service rendered marked 是 (some offices type
    # 是 where others draw √; 否 or blank where none). Not taken for marks, the columns were not a
    # matrix and the log was refused for want of a 服务类型 column.
    rows = [
        ["日期", "服务村（社区）", "法律咨询", "审核文书", "法律意见书", "法律援助", "备注"],
        ["2024/3/1", "东村", "是", None, None, None, None],
        ["2024/3/8", "西村", None, "是", None, "否", None],
        ["2024/4/2", "东村", "是", None, "是", None, None],
        ["2024/5/9", "西村", None, None, None, "是", None],
    ]
    builders.xlsx(tmp_path / "法律顾问台账.xlsx", {"台账": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["counsel.consultations"], got["counsel.document_reviews"]) == (2, 1)
    assert (got["counsel.opinions"], got["counsel.legal_aid"]) == (1, 1)


# --- several tables ----------------------------------------------------------------------------


def test_several_tables_in_one_csv_each_read_with_its_own_header(tmp_path):
    rows = [
        ["一、上级交办信访事项"],
        ["信访编号", "交办单位", "交办日期", "办理状态"],
        ["S-1", "省联办", "2024-03-01", "已化解"],
        ["S-2", "市联办", "2024-04-01", "正在化解"],
        [],
        ["二、本级受理信访事项"],
        ["编号", "来源", "受理日期", "办理情况", "反映问题"],
        ["B-1", "本级受理", "2024-05-01", "已化解", "道路维修"],
    ]
    builders.csv_file(tmp_path / "信访.csv", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (
        2,
        1,
        1,
    )  # 已化解/正在化解 of the assigned only (issue 12)
    assert [t["header_row"] for t in result.manifest["files"][0]["sheets"][0]["tables"]] == [2, 7]


def test_a_stray_line_of_serial_and_total_among_the_records_starts_no_table(tmp_path):
    # 序号 and 合计 are titles of every form: a line of just those two (found by the engine's
    # property test) is no header of a second table, so the record under it stays a record.
    header = builders.ENFORCEMENT_HEADER
    rows = [*builders.enforcement_rows(3), ["序号", "合计"], *builders.enforcement_rows(1, start=5)]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": [header, *rows]})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.cases"] == 4
    assert codes(result, "file.unknown_kind") == []


def test_a_listed_variant_inside_a_value_tells_its_category(tmp_path):
    rows = [
        ["序号", "信息标题", "发布日期", "发布渠道", "公开类型"],
        [1, "某镇春耕动态", "2024-03-01", "县融媒体中心", "宣传报道"],
        [2, "某镇防汛通知", "2024-03-02", "政府门户网站（首页）", "主动公开"],
    ]
    builders.xlsx(tmp_path / "公开.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert result.tables["disclosure"]["channel"].tolist() == ["媒体报道", "政府网站"]
    assert not codes(result, "vocab.unknown")


def test_block_titles_inside_a_table_give_the_category_of_their_rows(tmp_path):
    rows = [
        ["某镇2024年行政执法案件台账"],
        ["序号", "决定书文号", "事项名称", "决定日期"],
        ["一、行政许可"],
        [1, "某许〔2024〕1号", "临时占道", "2024-02-01"],
        [2, "某许〔2024〕2号", "户外广告", "2024-02-03"],
        ["二、行政检查"],
        [1, "某检〔2024〕1号", "燃气安全", "2024-03-01"],
        ["小计", "", "", ""],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.licensing"], got["enforcement.inspection"], got["enforcement.cases"]) == (2, 1, 3)
    (note,) = codes(result, "column.from_context")
    assert note["detail"] == "表内分段标题，按“行政许可、行政检查”计"


def test_a_section_heading_with_its_count_typed_beside_it_still_titles_its_block(tmp_path):
    # 柘溪镇: 一、行政许可类 in A and （共2件） in B, the line not merged; 序号 restarts in every block and a 行政许可小计
    # closes it. Two texts made the line a record (决定书文号 missing) and no block title: every category withheld.
    rows = [
        ["某镇2024年行政执法案件登记台账"],
        ["序号", "案件名称", "作出决定日期", "决定书文号"],
        ["一、行政许可类", "（共2件）", "", ""],
        [1, "临时占用道路许可", "2024-02-01", "某执许〔2024〕1号"],
        [2, "乡村建设规划许可", "2024-02-03", "某执许〔2024〕2号"],
        ["行政许可小计", "2件", "", ""],
        ["二、行政处罚类", "共1件", "", ""],
        [1, "擅自倾倒建筑垃圾", "2024-03-01", "某执罚〔2024〕1号"],
        ["行政处罚小计", "1件", "", ""],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"执法台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.licensing"], got["enforcement.penalty"], got["enforcement.cases"]) == (2, 1, 3)
    assert set(result.issues["code"]) <= {"column.from_context", "column.by_content"}
    (note,) = codes(result, "column.from_context")
    assert note["detail"] == "表内分段标题，按“行政许可、行政处罚”计"


def test_a_section_numbered_in_the_serial_column_with_its_name_beside_it_titles_its_block(tmp_path):
    # 柘溪镇: the 序号 column holds 一 / （一） on the section lines and 1, 2, 3 on the records, the section's name merged
    # across the rest of the line; no 调解结果 or 协议形式 column. Two texts made each line a record: mediation withheld.
    rows = [
        ["某镇人民调解案件登记台账"],
        ["序号", "卷宗号", "受理日期", "纠纷类型", "补贴金额（元）"],
        ["一", "调解成功案件（共3件）", "", "", ""],
        ["（一）", "口头协议", "", "", ""],
        [1, "（2024）某调字第1号", "2024-02-01", "邻里纠纷", 100],
        [2, "（2024）某调字第2号", "2024-03-01", "邻里纠纷", 100],
        ["小计", "", "", "", 200],
        ["（二）", "书面协议", "（共1件）", "", ""],
        [1, "（2024）某调字第3号", "2024-04-01", "婚姻家庭纠纷", 200],
        ["小计", "", "", "", 200],
        ["二", "调解不成功案件", "", "", ""],
        [1, "（2024）某调字第4号", "2024-05-01", "损害赔偿纠纷", ""],
        ["合计", "", "", "", 400],
    ]
    merged = {"调解台账": [f"B{r}:E{r}" for r in (3, 4, 11)]}  # the line of 书面协议 left unmerged, its count in C
    builders.xlsx(tmp_path / "调解.xlsx", {"调解台账": rows}, merged=merged)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (3, 2, 1)
    assert got["mediation.subsidy_yuan"] == 400
    assert not codes(result, "row.required_missing")
    assert {n["field"] for n in codes(result, "column.from_context")} == {"result", "form"}


def test_section_lines_naming_who_assigned_petitions_give_their_source_never_a_processing_step(tmp_path):
    # 柘溪镇: a register grouped under 一、县联办交办件 / 二、本级受理件, numbered from 1 in each group. The words 交办 and
    # 受理 are also processing steps of a platform's log; read as steps, every row after the first block was an item
    # whose 受理 was missing (row.intake_missing) and the petitions were withheld.
    rows = [
        ["某镇2024年信访事项登记台账"],
        ["序号", "信访编号", "交办日期", "信访人", "办理状态"],
        ["一、县联办交办件"],
        [1, "ZX2024001", "2024年3月5日", "张三", "已化解"],
        [2, "ZX2024002", "2024年4月8日", "李四", "正在化解"],
        ["小计", "2件", "", "", ""],
        ["二、本级受理件"],
        [1, "ZX2024003", "2024年5月9日", "王五", "已化解"],
        ["小计", "1件", "", "", ""],
    ]
    builders.xlsx(tmp_path / "信访.xlsx", {"信访台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (2, 1, 1)
    assert not codes(result, "row.intake_missing")
    (note,) = [n for n in codes(result, "column.from_context") if n["field"] == "source"]
    assert note["detail"] == "表内分段标题，按“县联办、本级受理”计"


def test_a_sheet_copied_whole_counts_its_records_once(tmp_path):
    rows = [["编号", "排查日期", "纠纷类型", "化解状态"]]
    rows += [[i, f"2024-05-{i:02d}", "邻里纠纷", "已化解"] for i in range(1, 6)]
    builders.xlsx(tmp_path / "排查.xlsx", {"五月": rows, "五月（副本）": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 5  # numbers restart, but they say the same
    assert len(codes(result, "row.duplicate")) == 5


# --- wordings of the credit-publication register and of township service logs (柏岭镇, issue 12) ------


def test_the_decision_date_beside_the_filing_date_decides_the_year(tmp_path):
    # The credit-publication register: 立案时间 (filing) beside 下达决定书时间 (decision), a 填报单位 line
    # above the header and a 合计 row below. A case filed in December and decided in January of the next
    # year is not a case of this year, so the year must come from 下达决定书时间, never from the title.
    header = ["序号", "案件名称", "执法种类", "决定书文号", "立案时间", "下达决定书时间", "处罚金额（元）"]
    rows = [
        ["某镇2024年第四季度行政执法案件登记台账"],
        ["填报单位：某镇人民政府（盖章）", None, None, None, None, "填报时间：2025年1月3日"],
        header,
        [1, "占道经营案", "行政处罚", "某罚决〔2024〕第7号", "2024/11/2", "2024/11/20", 500],
        [2, "燃气安全检查", "检查（双随机）", "某检〔2024〕9号", "2024/12/3", "2024/12/3", "/"],
        [3, "乱搭乱建案", "行政处罚", "某罚决〔2025〕第1号", "2024/12/20", "2025/1/8", 1000],
        ["合计", None, None, 3, None, None, 1500],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"第四季度": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.inspection"]) == (2, 1, 1)
    unknown = {r["header"] for r in codes(result, "column.unknown")}
    assert not {"下达决定书时间", "处罚金额（元）"} & unknown
    assert codes(result, "column.from_context") == []


def test_service_logs_in_the_words_of_real_templates(tmp_path):
    # Counsel: 工作量 with units (3件, 5人次, 2场, blank = 1) and 服务内容 typed as verb phrases;
    # training: 参加对象 理论学习中心组 (leading cadres) and 全体干部职工 are known audiences, not unknowns
    # that would leave 法律明白人培训 uncountable.
    counsel = [
        ["服务时间", "服务对象", "服务内容", "工作量"],
        ["2024.3.5", "某镇人民政府", "出具法律意见书", "2件"],
        ["2024.3.9", "某村", "解答法律咨询", "5人次"],
        ["2024.4.1", "某村", "参与矛盾纠纷调解", "1件"],
        ["2024.4.2", "某镇人民政府", "审查合同", None],
        ["2024.5.6", "某村", "开展法治讲座", "2场"],
    ]
    training = [
        ["学习时间", "学习内容", "学习形式", "参加对象", "参加人数"],
        ["2024年3月1日", "民法典", "会前学法", "镇党委理论学习中心组", 12],
        ["2024年4月2日", "人民调解法", "集中培训", "村（社区）法律明白人", 40],
        ["2024年5月3日", "信访工作条例", "专题讲座", "全体干部职工", 55],
    ]
    builders.xlsx(tmp_path / "法律顾问服务台账.xlsx", {"服务台账": counsel})
    builders.xlsx(tmp_path / "学法用法记录.xlsx", {"学法记录": training})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.opinions"], got["counsel.consultations"], got["counsel.document_reviews"]) == (2, 5, 1)
    assert got["training.legal_literacy_sessions"] == 1
    assert codes(result, "vocab.unknown") == []


def test_a_service_naming_its_document_by_title_is_read_by_the_documents_kind(tmp_path):
    # A counsel's log names what was reviewed: 审查《烤烟种植收购合同》, 出具《关于…的法律意见书》. The title is
    # the document's own name, its last word the kind of document: the service is 文书审核 / 法律意见书 (it had
    # been an unknown value that left all four counsel figures 无法统计). Words inside a title never decide
    # (《法律咨询服务合同》 reviewed is no consultation); a title ending in no document word (解读《民法典》)
    # still says nothing.
    counsel = [
        ["服务时间", "服务对象", "服务内容", "数量"],
        ["2024.3.5", "某镇人民政府", "审查《烤烟种植收购合同》", "2件"],
        ["2024.3.9", "某镇人民政府", "出具《关于某村土地流转的法律意见书》", None],
        ["2024.4.1", "某村", "审查《法律咨询服务合同》", 1],
        ["2024.4.2", "某村", "审核《某村集体资产租赁协议》", 1],
        ["2024.5.6", "某村", "法律咨询", "3次"],
        # A meeting named by its body is 参加会议, counted by none of the four (it had been unknown too).
        ["2024.6.3", "某镇人民政府", "参加镇党委会议", 1],
    ]
    builders.xlsx(tmp_path / "法律顾问工作日志.xlsx", {"工作日志": counsel})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.document_reviews"], got["counsel.opinions"], got["counsel.consultations"]) == (4, 1, 3)
    assert codes(result, "vocab.unknown") == []
    counsel[5][2] = "解读《民法典》"
    builders.xlsx(tmp_path / "b" / "法律顾问工作日志.xlsx", {"工作日志": counsel})
    result = clean(tmp_path / "b")
    assert builders.figures(result)["counsel.document_reviews"] is None
    assert [(i["cell"], i["value"]) for i in codes(result, "vocab.unknown")] == [("C6", "解读《民法典》")]


def test_mediation_register_wordings_terminated_and_case_subsidy(tmp_path):
    # 终止 (mediation ended without agreement) is 调解不成功; 以案定补（元） is the per-case subsidy.
    rows = [
        ["编号", "受理时间", "调解结果", "协议形式", "以案定补（元）"],
        ["某人调〔2024〕1号", "2024-03-01", "成功", "口头", 50],
        ["某人调〔2024〕2号", "2024-03-02", "终止", None, None],
        ["某人调〔2024〕3号", "2024-03-03", "调解成功", "书面", 200],
    ]
    builders.xlsx(tmp_path / "人民调解案件登记簿.xlsx", {"一季度": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.written"], got["mediation.subsidy_yuan"]) == (2, 1, 250)
    assert codes(result, "vocab.unknown") == []
    # A mediation system's export titles it 案补（元）, short for 案件补贴 (it had been an unknown column, the sum
    # 无法统计).
    rows[0][4] = "案补（元）"
    builders.xlsx(tmp_path / "b" / "调解案件台账导出.xlsx", {"Sheet1": rows})
    assert builders.figures(clean(tmp_path / "b"))["mediation.subsidy_yuan"] == 250


# --- totals and split dates -------------------------------------------------------------------------


def test_a_total_row_right_under_the_header_is_a_total_not_a_second_table(tmp_path):
    rows = [
        ["序号", "案件编号", "执法类别", "办理日期"],
        ["合计", "", "2件"],  # some offices keep the sum on top
        [1, "某许〔2024〕1号", "行政许可", "2024-01-05"],
        [2, "某检〔2024〕1号", "行政检查", "2024-02-05"],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"一季度": rows})
    result = clean(tmp_path)
    assert result.issues["code"].tolist() == []
    assert builders.figures(result)["enforcement.cases"] == 2
    (sheet,) = result.manifest["files"][0]["sheets"]
    assert (sheet["set_aside"]["header"], sheet["set_aside"]["total"], sheet["kept"]) == (1, 1, 2)


def test_a_date_split_into_month_and_day_columns_takes_the_year_of_the_title(tmp_path):
    rows = [
        ["某镇2024年人民调解案件登记簿"],
        ["序号", "卷宗号", "受理时间", "", "申请人", "纠纷类型", "调解结果", "协议形式"],
        ["", "", "月", "日", "", "", "", ""],
        [1, "（2024）某调字第1号", 3, 5, "甲某", "邻里纠纷", "调解成功", "口头"],
        [2, "（2024）某调字第2号", 11, 20, "乙某", "婚姻家庭", "调解成功", "书面"],
    ]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记": rows}, merged={"登记": ["C2:D2"]})
    result = clean(tmp_path)
    table = result.tables["mediation"]
    assert sorted(table["accepted_on"].dt.strftime("%Y-%m-%d")) == [
        "2024-03-05",
        "2024-11-20",
    ]
    assert set(result.issues["code"]) <= {"date.yearless"}  # the year came from the title: a note
    assert builders.figures(result)["mediation.cases"] == 2


def test_a_petition_received_here_has_no_assignment_date_and_is_placed_by_its_own_date(tmp_path):
    header = ["登记编号", "信访日期", "交办单位", "交办日期", "办理结果"]
    rows = [
        header,
        ["X2024001", "2024-03-02", "市联办", "2024-03-05", "已化解"],
        ["X2024002", "2024-04-10", "本级受理", "", "已化解"],  # no 交办日期: its 信访日期 decides the year
        ["X2023099", "2023-12-20", "本级受理", "", "已化解"],  # last year's, by the same rule
    ]
    builders.xlsx(tmp_path / "a" / "信访.xlsx", {"登记": rows})
    result = clean(tmp_path / "a")
    got = builders.figures(result)
    # Of the assigned: the 市联办 item (the one received here is placed, but resolved of no assigned item).
    assert (got["petitions.assigned"], got["petitions.resolved"]) == (1, 1)
    assert builders.evidence(result)["petitions.items"].value == 2
    assert [r["cell"] for r in codes(result, "row.out_of_year")] == ["B4"]
    assert set(result.issues["code"]) == {"row.out_of_year", "column.by_content"}
    # With neither date, the record cannot be placed in a year: still an error.
    builders.xlsx(tmp_path / "b" / "信访.xlsx", {"登记": [header, ["X2024003", "", "本级受理", "", "正在化解"]]})
    assert "row.required_missing" in set(clean(tmp_path / "b").issues["code"])


def test_a_case_not_yet_heard_is_set_aside_without_an_error(tmp_path):
    """开庭时间 “未开庭”: not a date nobody can read, an event that has not happened; the blanks
    of what follows it (负责人是否出庭) are no error either."""
    rows = [
        ["案号", "开庭时间", "出庭应诉负责人", "负责人是否出庭"],
        ["（2024）黔9903行初12号", "2024-03-14", "副镇长", "是"],
        ["（2024）黔9903行初57号", "2024-06-05", "委托代理人", "否"],
        ["（2024）黔9903行初131号", "未开庭", "", ""],
    ]
    builders.xlsx(tmp_path / "应诉.xlsx", {"应诉台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (2, 1)
    assert [(r["cell"], r["level"]) for r in codes(result, "date.pending")] == [("B4", "提示")]
    assert "row.required_missing" not in set(result.issues["code"])
    assert result.manifest["files"][0]["sheets"][0]["excluded"] == {"error": 0, "out_of_year": 1, "duplicate": 0}


def test_appeal_tried_on_papers_is_no_case_heard_and_no_error(tmp_path):
    """开庭日期 “不开庭审理” of an appeal the court decided on the papers (行政诉讼法 第八十六条): the hearing will
    never take place, so the case is none of the cases heard (the appearance rate's base) and no unreadable date
    either (it had withheld every litigation figure). 不详 stays an error: a date nobody wrote down."""
    rows = [
        ["案号", "审级", "应诉通知书签收日期", "开庭日期", "出庭负责人"],
        ["（2023）湘9927行初45号", "一审", "2023.12.18", "2024.02.27", "乡长 张某"],
        ["（2024）湘99行终31号", "二审", "2024.04.10", "不开庭审理", "—"],
        ["（2024）湘9927行初52号", "一审", "2024.05.20", "2024.07.09", "未出庭（委托律师出庭）"],
        ["（2024）湘9927行初60号", "一审", "2024.08.12", "书面审理", ""],
    ]
    builders.xlsx(tmp_path / "行政应诉案件登记台账.xlsx", {"应诉登记": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (2, 1)
    assert [(r["cell"], r["level"]) for r in codes(result, "date.never")] == [("D3", "提示")]  # one note a sheet
    assert result.manifest["files"][0]["sheets"][0]["excluded"] == {"error": 0, "out_of_year": 2, "duplicate": 0}
    assert not {"date.unparseable", "row.required_missing", "cell.required_blank"} & set(result.issues["code"])
    rows[2][3] = "不详"
    builders.xlsx(tmp_path / "行政应诉案件登记台账.xlsx", {"应诉登记": rows})
    assert "date.unparseable" in set(clean(tmp_path).issues["code"])


def test_report_tables_in_2019_layout_give_the_documents_made_in_the_year(tmp_path):
    # The annual report's 第二十条 table in the 2019 layout (本年新制作数量 | 本年新公开数量 | 对外公开总数量), the
    # only record of the documents: the year's documents are those made in it, not those published or in force.
    rows = [
        ["第二十条第（一）项"],
        ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
        ["规章", 0, 0, 0],
        ["规范性文件", 3, 4, 6],
        ["第二十条第（五）项"],
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政许可", 0, 0, 0],
    ]
    builders.xlsx(tmp_path / "2024年政府信息公开工作年度报告表格.xlsx", {"主动公开": rows})
    got = builders.figures(clean(tmp_path))
    assert got["normative_documents.issued"] == 3


def test_a_blank_left_by_a_case_heard_next_year_is_no_error_of_this_year(tmp_path):
    # The register runs on into January: the case heard 2025-01-14 has no 负责人出庭情况 yet. It counts for nothing
    # in 2024, so its blank is no error saying the row is counted; a 2024 case's blank still is one.
    rows = [
        ["案号", "审级", "开庭日期", "负责人出庭情况", "审理结果"],
        ["（2024）黔0399行初11号", "一审", "2024-03-21", "镇长 出庭", "驳回诉讼请求"],
        ["（2024）黔0399行初40号", "一审", "2024-07-09", None, "驳回诉讼请求"],
        ["（2024）黔0399行初90号", "一审", "2025-01-14", None, "待开庭"],
    ]
    builders.xlsx(tmp_path / "行政应诉案件台账.xlsx", {"应诉台账": rows})
    result = clean(tmp_path)
    assert [r["cell"] for r in codes(result, "cell.required_blank")] == ["D3"]
    assert [r["cell"] for r in codes(result, "row.out_of_year")] == ["C4"]
    got = builders.figures(result)
    assert got["litigation.cases"] == 2 and got["litigation.leader_appearances"] is None


def test_a_column_sharing_only_a_modifier_with_a_free_text_field_is_not_that_field(tmp_path):
    """处罚结果 (罚款200元) beside no 执法单位: not the office (处罚机关) by its first two characters;
    any text would fit a free-text field, so its cells cannot confirm the guess."""
    rows = [["序号", "执法类型", "处罚决定书文号", "决定日期", "处罚结果"]]
    rows += [[i + 1, "行政处罚", f"某罚字〔2024〕{i + 1}号", f"2024-0{i + 1}-05", "罚款200元"] for i in range(3)]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert result.tables["enforcement"]["office"].isna().all()
    assert builders.figures(result)["enforcement.penalty"] == 3
    assert ("处罚结果", "office") not in {(r["header"], r["field"]) for r in codes(result, "column.by_content")}


def test_two_yes_no_titles_sharing_only_whether_are_different_fields(tmp_path):
    """是否办结 is no 是否重复信访: 是否 says only that the answer is yes or no."""
    rows = [["序号", "登记日期", "事项来源", "交办时间", "办理情况", "是否办结"]]
    rows += [
        [1, "2024-01-05", "市联办", "2024-01-06", "已化解", "是"],
        [2, "2024-02-11", "县联办", "2024-02-12", "正在化解", "否"],
    ]
    builders.xlsx(tmp_path / "信访.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert result.tables["petitions"]["repeat"].isna().all()
    assert ("是否办结", "repeat") not in {(r["header"], r["field"]) for r in codes(result, "column.by_content")}


# --- the office's shorthand: merged blocks, 同上, labels at the foot ----------------------------------


def test_a_category_merged_down_over_its_block_holds_for_every_row_of_it(tmp_path):
    rows = [
        ["序号", "执法类别", "文书编号", "作出决定日期"],
        [1, "行政许可", "某许〔2024〕1号", "2024-02-01"],
        [2, None, "某许〔2024〕2号", "2024-02-02"],
        [3, None, "某许〔2024〕3号", "2024-02-03"],
        [4, "行政检查", "某检〔2024〕1号", "2024-03-01"],
        [5, None, "某检〔2024〕2号", "2024-03-02"],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"台账": rows}, merged={"台账": ["B2:B4", "B5:B6"]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.licensing"], got["enforcement.inspection"]) == (5, 3, 2)
    assert not codes(result, "row.required_missing")


def test_a_category_left_on_its_blocks_first_row_by_unmerging_is_not_guessed_but_named_for_the_fix(tmp_path):
    # The same register after 取消合并: 行政许可 on the block's first row, blanks below. Nothing says a blank is
    # the block's (it may be a cell left blank): the categories are not counted, the records are, and each blank's
    # message names the value above it for the fix; one blank in a column filled on every other row names none.
    rows = [
        ["序号", "执法类别", "文书编号", "作出决定日期"],
        [1, "行政许可", "某许〔2024〕1号", "2024-02-01"],
        [2, None, "某许〔2024〕2号", "2024-02-02"],
        [3, None, "某许〔2024〕3号", "2024-02-03"],
        [4, "行政检查", "某检〔2024〕1号", "2024-03-01"],
        [5, None, "某检〔2024〕2号", "2024-03-02"],
    ]
    filled = [
        ["序号", "执法类别", "文书编号", "作出决定日期"],
        [1, "行政检查", "某检〔2024〕3号", "2024-04-01"],
        [2, "行政检查", "某检〔2024〕4号", "2024-04-02"],
        [3, None, "某检〔2024〕5号", "2024-04-03"],
        [4, "行政许可", "某许〔2024〕4号", "2024-04-04"],
        [5, "行政检查", "某检〔2024〕6号", "2024-04-05"],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"一季度": rows, "二季度": filled})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["enforcement.cases"] == 10
    assert got["enforcement.licensing"] is None and got["enforcement.inspection"] is None
    blanks = {(b["sheet"], b["cell"]): b.get("detail") for b in codes(result, "cell.required_blank")}
    assert blanks == {
        ("一季度", "B3"): "行政许可",
        ("一季度", "B4"): "行政许可",
        ("一季度", "B6"): "行政检查",
        ("二季度", "B4"): None,
    }


def test_a_title_over_two_columns_unmerged_keeps_the_row_of_lower_titles_under_it_in_the_header(tmp_path):
    # 申请人情况 merged over 自然人 | 法人或其他组织, the other titles merged down both rows, all unmerged (取消合并): the
    # lower titles (none a spec knows) fill exactly the span of the title over a blank cell. Read as a record, the
    # row had no date, an error that left every disclosure figure unknown.
    rows = [
        ["序号", "收到申请日期", "申请人情况", None, "申请内容", "答复结果"],
        [None, None, "自然人", "法人或其他组织", None, None],
        [1, "2024年4月9日", "√", None, "某村土地征收补偿标准", "予以公开"],
        [2, "2024年7月15日", None, "√", "某年度低保名单", "部分公开"],
        [3, "2024年11月4日", "√", None, "某项目环评批复", "予以公开"],
    ]
    builders.xlsx(tmp_path / "某镇政府信息公开申请登记表（2024年）.xlsx", {"依申请公开": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["disclosure.on_request"] == 3
    assert not codes(result, "row.required_missing")
    # A row of text under it that leaves the span part blank, or fills a column under a title of its own, is a
    # record (the date missing: the error named, no figure).
    rows[1] = [None, None, "自然人", None, "某项目批复", None]
    builders.xlsx(tmp_path / "b" / "某镇政府信息公开申请登记表（2024年）.xlsx", {"依申请公开": rows})
    result = clean(tmp_path / "b")
    assert codes(result, "row.required_missing") and builders.figures(result)["disclosure.on_request"] is None


def test_a_line_merged_across_the_table_is_not_spread_down_a_column(tmp_path):
    rows = [
        ["编号", "排查日期", "化解状态"],
        ["本月无矛盾纠纷（零报告）", None, None],
        ["F1", "2024-02-01", "已化解"],
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"2月": rows}, merged={"2月": ["A2:C2"]})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 1
    assert not codes(result, "row.required_missing")


def test_ditto_marks_take_the_value_of_the_record_above_and_say_so(tmp_path):
    rows = [
        ["序号", "排查日期", "纠纷类型", "化解状态"],
        [1, "2024-03-05", "邻里纠纷", "已化解"],
        [2, "同上", "同上", "已化解"],
        [3, "同上", "婚姻家庭纠纷", "未化解"],
        [4, "2024-03-09", "〃", "已化解"],
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"3月": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 3)
    assert builders.table_counts(result.tables["disputes"], "dispute_type") == {"邻里": 2, "婚姻家庭": 2}
    (note,) = codes(result, "sheet.ditto")
    assert (note["detail"], note["level"]) == ("4", "提示")
    # At the rows of the marks, to check them (the header's row had been named), no "单元格 第 3–5 行".
    assert note["message"].startswith("排查.xlsx 工作表「3月」 第 3–5 行：")
    # 同上 in the first record has nothing above it: named by its cell, never read as a date.
    builders.xlsx(tmp_path / "b" / "排查.xlsx", {"3月": [rows[0], [1, "同上", "邻里纠纷", "已化解"], rows[1]]})
    first = clean(tmp_path / "b")
    assert [(r["value"], r["cell"]) for r in codes(first, "sheet.ditto_nothing_above")] == [("同上", "B2")]
    assert not codes(first, "date.unparseable")


def test_a_line_of_labels_waiting_for_signatures_is_not_a_record(tmp_path):
    rows = [
        ["卷宗号", "受理时间", "调解结果", "协议形式", "申报金额（元）"],
        ["（2024）某人调字第1号", "2024.3.5", "调解成功", "口头协议", 100],
        ["（2024）某人调字第2号", "2024.4.8", "调解成功", "书面协议", 200],
        ["合计", None, None, None, 300],
        ["申报人：", "审核人：", None, "日期：", None],
    ]
    builders.xlsx(tmp_path / "以案定补.xlsx", {"申报": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (2, 300)
    assert set(result.issues["code"]) <= {"column.by_content"}


def test_items_registered_as_withheld_are_counted_by_no_disclosure_figure(tmp_path):
    rows = [
        ["门户网站公开信息登记表"],
        ["序号", "信息编号", "信息名称", "内容描述", "生成时间", "公开属性"],
        [1, "G-0001", "2024年防汛应急预案", "按规定公开", "2024-03-01", "主动公开"],
        [2, "G-0002", "某村道路硬化项目公示", "按规定公开", "2024-04-01", "主动公开"],
        [3, "G-0003", "申请公开的征收补偿方案", "按申请公开", "2024-05-01", "依申请公开"],
        [],
        ["不予公开政府信息登记表"],
        ["序号", "信息编号", "信息名称", "内容描述", "生成时间", "不予公开的理由"],
        [1, "G-B001", "人事考察材料", "内部事务信息", "2024-06-01", "内部事务信息"],
    ]
    builders.xlsx(tmp_path / "公开.xlsx", {"登记": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disclosure.proactive"], got["disclosure.on_request"], got["disclosure.media"]) == (2, 1, 0)
    assert builders.table_counts(result.tables["disclosure"], "disclosure_type")["不予公开"] == 1


def test_the_result_column_beside_a_free_text_account_of_the_handling(tmp_path):
    rows = [
        ["来信编号", "交办单位", "交办时间", "办理情况", "办理结果"],
        ["W1", "市联办", "2024-03-05", "已转村现场处理，已回复信访人", "已办结"],
        ["W2", "县联办", "2024-04-05", "已约谈双方，正在协调", "正在办理"],
    ]
    builders.xlsx(tmp_path / "信访.xlsx", {"台账": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (2, 1, 1)


def test_rows_no_table_was_recognised_in_leave_their_files_kind_incomplete_not_zero(tmp_path):
    media = [["序号", "报道标题", "刊发日期"], [1, "某镇开展防汛演练", "2024-03-01"], [2, "某镇茶叶丰收", "2024-05-02"]]
    records = [
        ["G-0001", "2024年防汛应急预案", "2024-03-01", "甲"],
        ["G-0002", "某村道路硬化项目公示", "2024-04-01", "甲"],
        ["G-0003", "征收补偿方案", "2024-05-01", "乙"],
    ]
    notes = [["填表说明："], ["1. 每条信息一行"], ["2. 日期写全"]]
    # Under titles no spec knows (a table of no kind), or pasted without any header (no table at all):
    unknown_titles = [["编码", "名目", "时点", "属性"], *records]
    builders.xlsx(tmp_path / "a" / "政务公开台账.xlsx", {"媒体报道": media, "登记": unknown_titles})
    builders.xlsx(tmp_path / "b" / "政务公开台账.xlsx", {"媒体报道": media, "登记": records, "填表说明": notes})
    for folder, code in (("a", "file.unknown_kind"), ("b", "sheet.unread_rows")):
        result = clean(tmp_path / folder)
        found = builders.evidence(result)["disclosure.proactive"]
        assert found.value is None and "「登记」" in found.reason, folder
        (error,) = codes(result, code)
        assert (error["sheet"], error["level"]) == ("登记", "错误")
    assert [r["sheet"] for r in codes(result, "sheet.no_table")] == ["填表说明"]  # instructions stay a note


def test_a_forms_foot_of_counts_and_a_signature_under_the_numbered_records_is_no_record(tmp_path):
    rows = [
        ["行政许可备案目录表"],
        ["序号", "行政许可事项名称", "作出决定时间", "决定书文号", "备注"],
        [1, "事项1", "2024-03-01", "某许字〔2024〕1号", ""],
        [2, "事项2", "2024-03-02", "某许字〔2024〕2号", ""],
        ["予以许可数量", "", 2, "不予许可数量", 0],
        ["不予受理数量", "", 0],
        ["备案人：", "", "王某"],
    ]
    builders.xlsx(tmp_path / "备案目录.xlsx", {"行政许可": rows})
    result = clean(tmp_path)
    found = builders.evidence(result)["enforcement.licensing"]
    assert (found.value, found.status) == (2, "ok")
    assert result.manifest["files"][0]["sheets"][0]["set_aside"]["note"] == 3
    assert not codes(result, "row.required_missing")


# --- the sixth town's templates (苇塘镇) ------------------------------------------------------------


def test_a_weekday_after_the_date_in_a_duty_log(tmp_path):
    # A counsel's 值班服务登记表 writes the day of the week after the date: 2024年3月5日（周二）.
    rows = [
        ["值班日期", "服务村（社区）", "服务类型", "数量"],
        ["2024年3月5日（周二）", "某村", "法律咨询", 3],
        ["2024年3月12日 星期二", "某村", "法律咨询", 2],
        ["2024年4月2日", "某村", "合同审查", 1],
    ]
    builders.xlsx(tmp_path / "法律顾问值班服务登记表.xlsx", {"值班登记": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"]) == (5, 1)
    assert codes(result, "date.unparseable") == []


def test_a_bare_count_title_under_what_it_counts_beside_a_typed_rate(tmp_path):
    # 行政应诉案件统计表: 负责人出庭应诉 merged over 件数 and 出庭率 ("75.0%" typed): the count is 件数 only.
    rows = [
        ["2024年度行政应诉案件统计表"],
        ["被告（应诉机关）", "应诉案件数", None, None, "负责人出庭应诉", None],
        [None, "一审", "二审", "合计", "件数", "出庭率"],
        ["某镇人民政府", 3, 1, 4, 3, "75.0%"],
        ["某镇综合行政执法队", 1, 0, 1, 1, "100.0%"],
        ["合计", 4, 1, 5, 4, "80.0%"],
    ]
    merges = ["A2:A3", "B2:D2", "E2:F2"]
    builders.xlsx(tmp_path / "行政应诉案件统计表.xlsx", {"应诉统计": rows}, merged={"应诉统计": merges})
    got = builders.figures(clean(tmp_path))
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (5, 4)
    assert got["litigation.appearance_rate"] == 0.8


def test_a_periods_subtotal_line_inside_a_log_is_a_total_not_a_record(tmp_path):
    # Hand-typed 3月小计 / 4月小计 lines between the duty days: totals, never records with no date.
    rows = [
        ["某镇2024年法律顾问值班服务登记表"],
        ["序号", "值班日期", "服务村（社区）", "解答法律咨询（人次）", "审查合同（份）", "出具法律意见（份）"],
        [1, "2024年3月5日", "甲村", 3, 1, None],
        [2, "2024年3月19日", "乙村", 2, None, 1],
        ["3月小计", None, None, 5, 1, 1],
        [3, "2024年4月2日", "甲村", 4, 2, None],
        ["二季度合计", None, None, 4, 2, 0],
        ["合计", None, None, 9, 3, 1],
    ]
    builders.xlsx(tmp_path / "法律顾问值班服务登记表.xlsx", {"值班登记": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (9, 3, 1)
    assert codes(result, "row.required_missing") == []


def test_excel_subtotal_rows_in_the_grouped_column_are_totals_wherever_that_column_stands(tmp_path):
    # Data → 分类汇总 sorted the register by 调解结果 and wrote, after each group, “调解成功 汇总” in that column
    # (the fifth) with =SUBTOTAL(9,…) cached under 补贴金额, and a last 总计: read as records, “调解成功 汇总”
    # would be one more successful case.
    rows = [
        ["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"],
        [1, "某调〔2024〕1号", "2024-03-05", "邻里纠纷", "调解成功", "口头协议", 200],
        [2, "某调〔2024〕3号", "2024-05-06", "邻里纠纷", "调解成功", "书面协议", 400],
        [None, None, None, None, "调解成功 汇总", None, 600],
        [1, "某调〔2024〕2号", "2024-04-01", "土地纠纷", "调解不成功", None, None],
        [None, None, None, None, "调解不成功 汇总", None, 0],
        [None, None, None, None, "总计", None, 600],
    ]
    builders.xlsx(tmp_path / "人民调解登记.xlsx", {"登记表": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.written"], got["mediation.subsidy_yuan"]) == (2, 1, 600)
    assert codes(result, "vocab.assumed") == [] and codes(result, "row.required_missing") == []


def test_excel_subtotal_count_rows_are_totals_and_the_collapsed_groups_rows_still_records(tmp_path):
    # 分类汇总 (计数) by 办理状态: “已化解 计数” with =SUBTOTAL(3,…) cached under 信访编号, and 总计数; the 已化解
    # group collapsed in the outline, its rows hidden: still petitions.
    rows = [
        ["序号", "信访编号", "交办单位", "交办日期", "反映问题", "办理状态"],
        [1, "XF2024001", "县联办", "2024/03/05", "征地补偿", "已化解"],
        [2, "XF2024002", "本级受理", "2024/04/08", "道路硬化", "已化解"],
        [None, 2, None, None, None, "已化解 计数"],
        [1, "XF2024003", "市联办", "2024/06/11", "低保评定", "正在化解"],
        [None, 1, None, None, None, "正在化解 计数"],
        [None, 3, None, None, None, "总计数"],
    ]
    builders.xlsx(tmp_path / "信访台账.xlsx", {"信访": rows}, hidden_rows={"信访": [2, 3]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (
        2,
        1,
        1,
    )  # 已化解/正在化解 of the assigned only (issue 12)
    assert codes(result, "cell.required_blank") == [] and codes(result, "vocab.unknown") == []


def test_a_hand_typed_subtotal_with_units_in_the_result_column_is_a_total(tmp_path):
    # The clerk typed 小计 and 合计 under 调解结果 (the fifth column) with the counts as 2件 and 600元: a total still.
    rows = [
        ["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"],
        [1, "某调〔2024〕1号", "2024-03-05", "邻里纠纷", "调解成功", "口头协议", 200],
        [2, "某调〔2024〕3号", "2024-05-06", "邻里纠纷", "调解成功", "书面协议", 400],
        [None, None, None, None, "小计", "2件", "600元"],
        [None, None, None, None, "合计", "2件", "600元"],
    ]
    builders.xlsx(tmp_path / "人民调解登记.xlsx", {"登记表": rows})
    result = clean(tmp_path)
    assert (builders.figures(result)["mediation.cases"], builders.figures(result)["mediation.subsidy_yuan"]) == (2, 600)
    assert codes(result, "vocab.unknown") == []


def test_english_excels_subtotal_labels_are_totals_too(tmp_path):
    # An office's English Excel writes “调解成功 Total” and “Grand Total” where the Chinese one writes 汇总 / 总计.
    rows = [
        ["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"],
        [1, "某调〔2024〕1号", "2024-03-05", "邻里纠纷", "调解成功", "口头协议", 200],
        [None, None, None, None, "调解成功 Total", None, 200],
        [None, None, None, None, "Grand Total", None, 200],
    ]
    builders.xlsx(tmp_path / "人民调解登记.xlsx", {"登记表": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.cases"] == 1
    assert codes(result, "vocab.assumed") == [] and codes(result, "row.required_missing") == []


def test_a_records_value_ending_in_a_subtotal_word_is_still_a_record(tmp_path):
    # 计数 or 汇总 at the end of a record's text (a case about 数据汇总) does not make the row a total: a subtotal
    # row holds its label and numbers only.
    rows = [
        ["序号", "决定书文号", "执法类别", "案件名称", "决定日期"],
        [1, "某检〔2024〕1号", "行政检查", "统计数据汇总", "2024-02-01"],
        [2, "某罚〔2024〕1号", "行政处罚", "人员计数", "2024-02-02"],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"登记": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.cases"], got["enforcement.inspection"], got["enforcement.penalty"]) == (2, 1, 1)


def test_a_rate_under_the_title_of_a_count_is_never_added_to_it(tmp_path):
    # 调解成功 merged over 件数 and 成功率 ("94.0%" typed): the count is 47, not 47 + 94.
    rows = [
        ["2024年度人民调解工作统计表"],
        ["调委会", "受理纠纷", "调解成功", None],
        [None, None, "件数", "成功率"],
        ["某镇调委会", 40, 38, "95.0%"],
        ["某村调委会", 10, 9, "90.0%"],
        ["合计", 50, 47, "94.0%"],
    ]
    merges = ["A2:A3", "B2:B3", "C2:D2"]
    builders.xlsx(tmp_path / "人民调解统计表.xlsx", {"统计": rows}, merged={"统计": merges})
    assert builders.figures(clean(tmp_path))["mediation.cases"] == 47


def test_a_police_case_register_of_every_sort_is_security_never_a_dispute_register(tmp_path):
    # The 综治 book's 治安案件登记台账 lists every sort the police station handled (盗窃, 打架斗殴 beside 涉黄, 涉赌,
    # 家暴) under 案件类别, dated by 受理日期 and closed by 处理结果: cases, counted only where a figure asks for
    # their sort — never disputes screened (a 受理日期 and a 处理结果 are columns a dispute register has too).
    cases = [
        ["某镇2024年治安案件登记台账"],
        ["序号", "受理日期", "案件类别", "发案地点", "违法行为人", "处理结果", "拘留人数", "办案单位"],
        [1, "2024-02-05", "盗窃", "某村", "甲某", "罚款500元", 0, "某派出所"],
        [2, "2024-03-11", "涉黄治安案件", "某村", "乙某", "行政拘留十日", 2, "某派出所"],
        [3, "2024-04-18", "打架斗殴", "某社区", "丙某", "行政拘留五日", 1, "某派出所"],
        [4, "2024-06-20", "涉赌治安案件", "某村", "丁某", "警告", 0, "某派出所"],
        [5, "2024-09-02", "涉黄治安案件", "某村", "戊某", "行政拘留五日", 1, "某派出所"],
    ]
    builders.xlsx(tmp_path / "平安建设（综治）工作台账.xlsx", {"治安案件": cases})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (2, 3)
    assert got["disputes.screened"] is None
    assert codes(result, "vocab.unknown") == [] and codes(result, "sheet.title_mismatch") == []


def test_a_warning_sheet_without_a_detention_column_adds_none_to_the_domestic_violence_detentions(tmp_path):
    # 告诫书 sheet without 拘留人数 beside the 治安案件 sheet: the 涉黄 detentions do not need it, and neither do
    # the domestic-violence detentions (告诫书 + 家暴案件): a 告诫书 is issued instead of a sanction (反家庭暴力法
    # 第十六条) and detains no one, so they are the 家暴 cases' own. They had been withheld (苇塘镇, 柏溪镇).
    cases = [
        ["受理时间", "案件类别", "查处人数", "其中：行政拘留（人）"],
        ["2024年3月1日", "卖淫嫖娼", 2, 2],
        ["2024年4月1日", "赌博", 3, 1],
        ["2024年5月1日", "殴打他人（家庭暴力）", 1, 1],
        ["2024年6月1日", "卖淫嫖娼", 1, 0],
    ]
    warnings = [
        ["告诫书文号", "出具日期", "被告诫人"],
        *[[f"某公（家）告字〔2024〕{i}号", f"2024-0{i}-03", "王某"] for i in range(1, 5)],
    ]
    builders.xlsx(tmp_path / "平安建设台账.xlsx", {"治安案件查处登记": cases, "家庭暴力告诫书": warnings})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []  # 殴打他人（家庭暴力） is a 家暴治安案件
    found = builders.evidence(result)
    assert (found["security.vice_cases"].value, found["security.vice_detentions"].value) == (2, 2)
    assert found["security.dv_warnings"].value == 4
    assert found["security.dv_detentions"].value == 1


def test_a_short_sort_in_a_list_of_cases_is_the_one_case_sort_it_names(tmp_path):
    # A 派出所's 治安案件查处登记 writes its sorts short (涉黄, 涉赌, 家暴). 家暴 alone names both 家暴告诫书 and
    # 家暴治安案件; a list of 治安案件 holds no 告诫书 (scope), so there it is the domestic-violence case. In a book
    # whose sheets do not say which they hold, it stays unknown. It had withheld the four security figures (箐口镇).
    head = [["受案日期", "案件类别", "处理情况（人）", None, None], [None, None, "行政拘留", "罚款", "警告"]]
    cases = [*head, ["2024-03-01", "涉黄", 2, None, None], ["2024-05-01", "家暴", 1, None, None],
             ["2024-06-01", "涉赌", None, 2, None]]  # fmt: skip
    warnings = [["出具日期", "告诫书文号"], ["2024-04-02", "某公（箐）告字〔2024〕1号"]]
    merges = ["A1:A2", "B1:B2", "C1:E1"]
    builders.xlsx(tmp_path / "派出所平安建设台账.xlsx", {"治安案件查处登记": cases, "家暴告诫书出具登记": warnings},
                  merged={"治安案件查处登记": merges})  # fmt: skip
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    got = builders.figures(result)
    assert (got["security.dv_warnings"], got["security.dv_detentions"]) == (1, 1)
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (1, 2)

    unscoped = tmp_path / "unscoped"
    unscoped.mkdir()
    rows = [["日期", "类型", "拘留人数"], ["2024-03-01", "家暴", 0], ["2024-04-01", "涉黄", 1]]
    builders.xlsx(unscoped / "平安建设台账.xlsx", {"登记": rows})
    result = clean(unscoped)
    assert [c["value"] for c in codes(result, "vocab.unknown")] == ["家暴"]


def test_a_unit_on_a_merged_parent_is_its_childrens_unit(tmp_path):
    # 处理情况（人） merged over 行政拘留 | 罚款 | 警告: the persons detained are the column 行政拘留（人）, not the text of a
    # 处理情况 (箐口镇's 派出所 book had left both detention figures withheld).
    head = [["受案日期", "案件类别", "处理情况（人）", None, None], [None, None, "行政拘留", "罚款", "警告"]]
    rows = [*head, ["2024-03-01", "涉黄治安案件", 3, None, None], ["2024-07-01", "涉黄治安案件", None, 1, None]]
    builders.xlsx(
        tmp_path / "治安案件查处登记.xlsx", {"治安案件": rows}, merged={"治安案件": ["A1:A2", "B1:B2", "C1:E1"]}
    )
    got = builders.figures(clean(tmp_path))
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (2, 3)


def test_a_counsels_review_written_with_either_verb_is_a_document_review(tmp_path):
    # 审核文件 / 文件审核 beside 审查文件: the same review. An unknown service had left all four counsel figures
    # withheld (箐口镇's Word log).
    rows = [
        ["序号", "服务日期", "服务对象", "服务事项", "数量"],
        [1, "2024-03-05", "镇人民政府", "审核文件", "2件"],
        [2, "2024-04-09", "某村", "文件审核", None],
        [3, "2024-05-13", "某村", "审查文件", 1],
        [4, "2024-06-17", "村民", "法律咨询", "3人次"],
    ]
    builders.xlsx(tmp_path / "法律顾问服务工作记录.xlsx", {"记录": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    got = builders.figures(result)
    assert (got["counsel.document_reviews"], got["counsel.consultations"]) == (4, 3)


def test_agreement_registers_are_successful_mediations_in_their_form(tmp_path):
    # 人民调解口头协议登记表 and 调解协议书登记: no result column; an agreement reached is a success.
    oral = [
        ["编号", "调解日期", "当事人", "协议内容"],
        *[[f"某口登〔2024〕00{i}", f"2024-0{i}-05", "甲、乙", "赔偿"] for i in (1, 2, 3)],
    ]
    written = [
        ["序号", "协议书编号", "调解日期", "协议履行情况"],
        [1, "（2024）某人调字第1号", "2024年5月6日", "已履行"],
    ]
    builders.xlsx(tmp_path / "人民调解协议登记.xlsx", {"口头协议登记表": oral, "调解协议书登记": written})
    got = builders.figures(clean(tmp_path))
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (4, 3, 1)
    assert got["mediation.subsidy_yuan"] is None  # no amount column: unknown, never 0


def test_words_of_a_publicity_register_and_a_referral_register(tmp_path):
    # 普法宣传活动登记表: 参与对象 村民群众 / 中小学生 are audiences, not unknowns that would leave the
    # 法律明白人 sessions uncountable; 调处结果 已分流 (referred to another office) is 已上报.
    activities = [
        ["活动时间", "活动主题", "活动形式", "参与对象"],
        ["2024.3.1", "民法典进农村", "现场咨询", "村民群众"],
        ["2024.4.2", "法律明白人履职", "集中培训", "法律明白人"],
        ["2024.5.3", "宪法宣传", "法治讲座", "中小学生"],
    ]
    disputes = [
        ["编号", "登记日期", "调处结果"],
        ["1", "2024-03-01", "调处成功"],
        ["2", "2024-03-02", "已分流"],
        ["3", "2024-03-03", "调处成功"],
    ]
    builders.xlsx(tmp_path / "普法宣传活动登记表.xlsx", {"活动登记": activities})
    builders.xlsx(tmp_path / "矛盾纠纷排查调处登记表.xlsx", {"登记": disputes})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["training.legal_literacy_sessions"] == 1
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 2)
    assert codes(result, "vocab.unknown") == []


# --- documents that are not ledgers, and a form of several kinds -----------------------------------


def test_an_empty_sheet_with_a_few_titles_of_another_kind_gives_that_kind_no_figures(tmp_path):
    # 依申请公开 with no request this year: 申请人 and 答复结果 are close to a mediation ledger's
    # titles, but nothing around the sheet names mediation and no cell confirms it. Taken for one,
    # it made a town that keeps no mediation ledger publish 0 cases and 0 yuan.
    proactive = [
        ["2024年某镇主动公开信息登记"],
        ["序号", "信息标题", "公开日期", "公开渠道"],
        *[[n, f"关于第{n}项工作的通知", f"2024-0{n}-08", "政府网站"] for n in range(1, 4)],
    ]
    requests = [
        ["2024年某镇依申请公开登记"],
        ["序号", "申请日期", "申请人", "申请内容", "答复日期", "答复结果"],
        ["本年度未收到政府信息公开申请。"],
    ]
    builders.xlsx(tmp_path / "某镇2024年政务公开台账.xlsx", {"主动公开": proactive, "依申请公开": requests})
    got = builders.figures(clean(tmp_path))
    assert got["mediation.cases"] is None and got["mediation.subsidy_yuan"] is None  # no ledger: unknown
    assert (got["disclosure.proactive"], got["disclosure.on_request"]) == (3, 0)  # the sheet says none came


def test_a_nil_line_of_wu_and_a_statement_in_the_remark_says_the_year_had_none(tmp_path):
    # 无 under 序号 and 本年度未制定规范性文件 under 备注: the office states it issued none. Read as a record
    # without its title and date it was two errors and an unknown figure; it is 0.
    register = [
        ["某镇2024年规范性文件制定备案登记表"],
        ["序号", "文件名称", "文号", "印发日期", "备案日期", "备注"],
        ["无", "/", "/", None, None, "本年度未制定规范性文件"],
    ]
    builders.xlsx(tmp_path / "规范性文件登记台账.xlsx", {"Sheet1": register})
    result = clean(tmp_path)
    assert builders.figures(result)["normative_documents.issued"] == 0
    assert not (result.issues["level"] == "错误").any()


def test_a_record_with_only_its_title_among_placeholders_is_still_a_record_missing_its_date(tmp_path):
    # The statement must name its period first: a title alone (村规民约指导意见) is a record left incomplete.
    register = [
        ["某镇2024年规范性文件制定备案登记表"],
        ["序号", "文件名称", "文号", "印发日期", "备案日期", "备注"],
        ["无", "某镇村规民约指导意见", "/", None, None, None],
    ]
    builders.xlsx(tmp_path / "规范性文件登记台账.xlsx", {"Sheet1": register})
    result = clean(tmp_path)
    assert builders.figures(result)["normative_documents.issued"] is None
    assert "row.required_missing" in set(result.issues["code"])


def test_the_register_of_legal_reviews_of_major_decisions_is_not_the_case_ledger(tmp_path):
    # 三项制度: the 法制审核 register lists only the major decisions that were reviewed, dated by the
    # review. Alone it would give a fraction of the cases as if it were all of them: no count, a note.
    review = [
        ["某镇2024年重大行政执法决定法制审核登记表"],
        ["序号", "执法决定文书号", "执法类别", "审核日期", "审核人员", "审核意见"],
        *[[n, f"某罚决字〔2024〕{n}号", "行政处罚", f"2024-0{n}-10", "审核员", "同意"] for n in range(1, 4)],
    ]
    builders.xlsx(tmp_path / "法制审核.xlsx", {"审核": review})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.cases"] is None  # unknown, never 3
    (note,) = codes(result, "sheet.other_document")
    assert (note["detail"], note["level"]) == ("标题含“重大行政执法决定法制审核”", "提示")
    # Beside the case ledger it takes nothing away from it.
    builders.xlsx(
        tmp_path / "执法.xlsx",
        {"登记": [["2024年某镇行政执法案件登记表"], builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(5)]},
    )
    assert builders.figures(clean(tmp_path))["enforcement.cases"] == 5


def test_a_hotline_work_order_export_is_neither_petitions_nor_disputes(tmp_path):
    # The 12345 hotline's work orders (咨询/求助/投诉/建议, 工单状态) share dates, 承办单位 and a status
    # with a petition register, but are another channel's tickets: a note, no count, and no error that
    # would hold the report back.
    orders = [
        ["工单编号", "来电时间", "诉求类型", "诉求内容", "承办单位", "办理时限", "工单状态", "办结时间"],
        *[
            [f"20240{n}05123456", f"2024-0{n}-05 10:21:33", "投诉", "反映噪音扰民", "某镇综治中心",
             f"2024-0{n}-12", "已办结", f"2024-0{n}-08 16:00:00"]
            for n in range(1, 6)
        ],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "12345热线工单明细（导出）.xlsx", {"工单明细": orders})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["petitions.resolved"] is None and got["disputes.screened"] is None  # no ledger: unknown
    (note,) = codes(result, "sheet.other_document")
    assert note["level"] == "提示"
    assert "file.unknown_kind" not in set(result.issues["code"])


def test_a_petition_backlog_book_titled_化解_without_its_source_is_no_dispute_register(tmp_path):
    # A 信访积案化解台账 (积案年份, 信访人, 包案领导, 化解时间, 化解情况) or a 信访事项化解台账 without 交办单位: its title's
    # 化解 and its 化解情况 had fitted the dispute register, so that old petitions were counted as the year's disputes
    # screened and resolved. They are petitions whose source is not stated: no dispute, no assigned item.
    backlog = [
        ["2024年信访积案化解工作台账"],
        ["序号", "积案年份", "信访人", "反映问题", "责任单位", "包案领导", "化解时间", "化解情况"],
        [1, "2019年", "王某", "土地征收补偿", "镇信访办", "党委副书记", "2024-03-08", "已化解"],
        [2, "2021年", "李某", "林地权属争议", "镇信访办", "党委副书记", "", "化解中"],
        [3, "2023年", "赵某", "拖欠工资", "镇信访办", "副镇长", "2024-09-19", "已化解"],
    ]
    builders.xlsx(tmp_path / "信访积案化解台账.xlsx", {"Sheet1": backlog})
    items = [
        ["2024年信访事项化解台账"],
        ["序号", "登记日期", "信访人", "反映问题", "责任单位", "化解情况"],
        *[[n, f"2024-0{n}-10", "孙某", "低保评定", "镇综治中心", "已化解"] for n in range(1, 4)],
    ]
    builders.xlsx(tmp_path / "信访事项化解台账.xlsx", {"Sheet1": items})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (None, None)
    assert (got["petitions.assigned"], got["petitions.resolved"]) == (None, None)
    named = {r["file"]: r["level"] for r in codes(result, "sheet.other_document")}
    assert named == {"信访积案化解台账.xlsx": "提示", "信访事项化解台账.xlsx": "提示"}


def test_an_archive_catalogue_of_mediation_files_is_not_the_case_register(tmp_path):
    # The 调解卷宗归档目录 lists the bound files' covers (卷宗号, 卷名, 调解日期 起止, 立卷人, 保管期限): no
    # result, no subsidy. Beside the register it is another document (a note) and leaves the register's
    # figures standing; taken for a broken register it would make them unknown.
    catalogue = [
        ["某镇人民调解委员会调解卷宗归档目录"],
        ["序号", "卷宗号", "卷名", "人民调解员", "调解日期（起）", "调解日期（止）", "立卷人", "立卷日期", "保管期限"],
        *[[n, f"（2024）某人调字第{n}号", "王某与李某邻里纠纷", "张某", f"2024年{n}月5日", f"2024年{n}月9日", "赵某",
           f"2024年{n}月20日", "长期"] for n in range(1, 4)],
    ]  # fmt: skip
    register = [
        ["卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"],
        *[[f"（2024）某人调字第{n}号", f"2024-0{n}-05", "调解成功", "口头协议", 50] for n in range(1, 5)],
    ]
    builders.xlsx(tmp_path / "人民调解卷宗归档目录.xlsx", {"归档目录": catalogue})
    builders.xlsx(tmp_path / "人民调解案件登记.xlsx", {"登记": register})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (4, 200)
    (note,) = codes(result, "sheet.other_document")
    assert note["level"] == "提示" and note["file"] == "人民调解卷宗归档目录.xlsx"
    assert "column.missing" not in set(result.issues["code"])


def test_a_title_naming_another_document_rules_its_kind_out(tmp_path):
    # A roster of 行政执法证 holders and a 普法责任清单 share a kind's columns (执法类别 and a date;
    # 普法对象) but record no decision and no session: named, not counted.
    builders.xlsx(
        tmp_path / "执法.xlsx",
        {"登记": [["2024年某镇行政执法案件登记表"], builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]},
    )
    roster = [
        ["某镇行政执法人员持证情况一览表"],
        ["序号", "姓名", "执法证号", "执法类别", "执法区域", "发证日期"],
        *[[n, f"甲{n}", f"99{n:06d}", "行政检查", "某镇", f"2024-0{n}-10"] for n in range(1, 5)],
    ]
    duties = [
        ["某镇2024年度普法责任清单"],
        ["序号", "责任单位", "普法内容", "普法对象", "工作措施", "完成时限"],
        [1, "司法所", "宪法", "法律明白人", "集中培训", "2024年6月30日"],
        [2, "综治中心", "反电信网络诈骗法", "法律明白人", "专题培训", "2024年9月30日"],
        [3, "党政办", "民法典", "领导干部", "会前学法", "2024年12月31日"],
    ]
    builders.xlsx(tmp_path / "持证人员.xlsx", {"持证人员": roster})
    builders.xlsx(tmp_path / "普法责任清单.xlsx", {"清单": duties})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["enforcement.cases"] == 3
    assert got["training.legal_literacy_sessions"] is None  # no training ledger: unknown, not 2
    # Known for what they are: a note each, nothing to fix, not files that failed.
    named = {r["file"]: (r["detail"], r["level"]) for r in codes(result, "sheet.other_document")}
    assert named == {"持证人员.xlsx": ("标题含“持证”", "提示"), "普法责任清单.xlsx": ("标题含“责任清单”", "提示")}
    assert result.failed_files == [] and not codes(result, "file.unknown_kind")


def test_a_hotline_work_order_export_named_only_by_its_file_is_another_document(tmp_path):
    # A 12345 热线 export saved as Sheet1 with no title says what it is by its file's name alone. Its 工单编号,
    # 受理时间 and 办理状态 had fitted the enforcement register but for 案件编号 and 执法类别: two errors asking a
    # work-order export for columns it never had. Its 诉求类型 纠纷 orders are the hotline's tickets, not disputes
    # screened, so no dispute figure is read off it either.
    rows = [
        ["工单编号", "受理时间", "诉求类型", "诉求内容", "问题分类", "承办单位", "办理状态", "回访满意度"],
        [
            "20240312001",
            "2024-03-12 10:00:00",
            "纠纷",
            "反映邻居占用通道",
            "城乡建设",
            "某镇人民政府",
            "已办结",
            "满意",
        ],
        [
            "20240415002",
            "2024-04-15 09:30:00",
            "咨询",
            "咨询社保办理",
            "社会保障",
            "某镇人民政府",
            "已办结",
            "基本满意",
        ],
        ["20240520003", "2024-05-20 15:10:00", "投诉", "反映噪音扰民", "生态环境", "某镇人民政府", "办理中", "未回访"],
    ]
    builders.xlsx(tmp_path / "12345热线工单导出（某镇）.xlsx", {"Sheet1": rows})
    builders.xlsx(tmp_path / "执法.xlsx", {"登记": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["enforcement.cases"] == 3
    assert got["disputes.screened"] is None
    named = {r["file"]: (r["detail"], r["level"]) for r in codes(result, "sheet.other_document")}
    assert named == {"12345热线工单导出（某镇）.xlsx": ("文件名含“热线工单”", "提示")}
    assert not codes(result, "column.missing") and not codes(result, "file.unknown_kind")


def test_a_hotline_work_order_export_with_its_name_gone_is_no_broken_petition_register(tmp_path):
    # A 12345 export saved as 新建文本文档.csv: nothing names it, and its 办理状态 is the one title of a 信访 register's
    # required columns it shows (no 信访编号, no 交办单位) — a title the dispute and enforcement registers keep too.
    # Taken for a 信访 register missing two columns, it had left every petition figure unknown beside the town's own
    # register (窑岭镇, 泖滨镇 renamed so).
    orders = [
        ["工单编号", "来电时间", "诉求类别", "诉求内容", "所属村（社区）", "承办科室", "办理状态", "办结时间"],
        *[
            [f"14072024{n:02d}113293", f"2024-{n:02d}-11 17:12:45", "投诉", "宅基地地界", "东庄村", "综治中心",
             "已办结", f"2024-{n:02d}-15 12:03:34"]
            for n in range(1, 6)
        ],
    ]  # fmt: skip
    builders.csv_file(tmp_path / "新建文本文档 (1).csv", orders, encoding="gbk")
    register = [
        ["2024年信访事项登记台账"],
        ["信访编号", "交办单位", "信访人", "反映问题", "交办日期", "办理状态"],
        *[[f"XF2024{n:03d}", "县联办", "王某", "土地纠纷", f"2024-0{n}-10", "已化解"] for n in range(1, 4)],
    ]
    builders.xlsx(tmp_path / "新建 Microsoft Excel 工作表 (2).xlsx", {"Sheet1": register})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"]) == (3, 3)
    assert not codes(result, "column.missing")


def test_a_petition_register_missing_its_source_named_nowhere_is_still_a_broken_petition_register(tmp_path):
    # What a register of ours keeps of its own (信访编号, a title no other kind uses) still makes it one, its missing
    # 交办单位 asked for: the petitions figures unknown, never counted off the other columns.
    register = [
        ["信访编号", "信访人", "反映问题", "交办日期", "办理状态"],
        *[[f"XF2024{n:03d}", "王某", "土地纠纷", f"2024-0{n}-10", "已化解"] for n in range(1, 4)],
    ]
    builders.xlsx(tmp_path / "新建 Microsoft Excel 工作表 (2).xlsx", {"Sheet1": register})
    result = clean(tmp_path)
    assert builders.figures(result)["petitions.assigned"] is None
    assert [r["field"] for r in codes(result, "column.missing")] == ["source"]


def test_a_sheet_of_another_document_leaves_its_workbooks_ledger_whole(tmp_path):
    # The 三项制度 公示台账: 事前公示 lists officers and their certificates, 事后公示 the decisions.
    officers = [
        ["某镇行政执法事前公示"],
        ["序号", "执法主体", "执法人员", "执法证号", "执法类别"],
        *[[n, "某镇人民政府", f"甲{n}", f"99{n:06d}", "行政检查"] for n in range(1, 4)],
    ]
    decisions = [["某镇行政执法事后公示"], builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(4)]
    builders.xlsx(tmp_path / "某镇2024年行政执法三项制度公示台账.xlsx", {"事前公示": officers, "事后公示": decisions})
    result = clean(tmp_path)
    assert builders.evidence(result)["enforcement.cases"].value == 4  # not withheld for the officers' rows
    assert [(r["sheet"], r["level"]) for r in codes(result, "sheet.other_document")] == [("事前公示", "提示")]
    assert not codes(result, "sheet.unread_rows")


def test_a_monthly_form_of_several_kinds_states_each_by_its_section(tmp_path):
    # A 司法所 monthly form: a 填报单位 line above 项目/单位/本月/本年累计, section lines 一、人民调解 …
    # under it; 其中：口头协议 is the oral agreements' row. The months' 本月 add up to the year; the
    # screening rounds (次) of the 人民调解 section are not the disputes screened.
    def month(m: int, oral: int, written: int) -> list[list]:
        return [
            [f"某镇司法所工作统计月报表（2024年{m}月）"],
            ["填报单位：某镇司法所（盖章）", None, "填报日期：", f"2024年{m}月28日"],
            ["项目", "单位", "本月", "本年累计"],
            ["一、人民调解"],
            ["开展矛盾纠纷排查（次）", "次", 3, 3 * m],
            ["调解成功", "件", oral + written, None],
            ["其中：口头协议", "件", oral, None],
            ["书面协议", "件", written, None],
            ["二、法律援助"],
            ["受理法律援助案件", "件", 1, m],
        ]

    oral, written = [4, 3, 0, 2, 1, 1, 0, 3, 2, 1, 2, 1], [2, 1, 1, 0, 0, 2, 1, 0, 1, 1, 0, 1]
    builders.xlsx(tmp_path / "司法所月报.xlsx", {f"{m}月": month(m, oral[m - 1], written[m - 1]) for m in range(1, 13)})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (30, 20, 10)
    assert got["disputes.screened"] is None
    assert not codes(result, "file.unknown_kind")


def test_a_form_of_one_column_of_counts_with_an_empty_total_line_under_it_states_its_figures(tmp_path):
    # 指标 | 单位 | 数值 under section lines, a 填表人 line, then 合计 typed under it with nothing beside it (a line
    # left from a template): the form still states its counts; a 合计 stating nothing is no label of one.
    rows = [
        ["某镇2024年度法治建设数据统计表"],
        ["指标", "单位", "数值", "备注"],
        ["一、行政执法"],
        ["行政执法案件总数", "件", 41, None],
        ["二、平安建设"],
        ["家庭暴力告诫书", "份", 6, None],
        ["涉黄治安案件", "起", 3, None],
        ["填表人：", None, "审核人：", None],
        ["合计", None, None, None],
    ]
    builders.xlsx(tmp_path / "数据统计表.xlsx", {"统计表": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["security.dv_warnings"], got["security.vice_cases"]) == (41, 6, 3)
    assert codes(result, "file.unknown_kind") == []


def test_a_platform_report_with_its_period_line_above_the_header_states_its_figures(tmp_path):
    # The county platform's monthly report, a sheet per month: a line 统计周期：…至… 导出时间：… between
    # the title and 指标名称 | 计量单位 | 本月 | 本年累计 | 同比增减 (a change: +2, -1, 持平, never a count).
    def month(m: int, warnings: int, vice: int, detained: int) -> list[list]:
        return [
            ["某镇平安建设工作统计月报"],
            [f"统计周期：2025-{m:02d}-01至2025-{m:02d}-28", None, None, f"导出时间：2025-{m + 1:02d}-03 09:12"],
            ["指标名称", "计量单位", "本月", "本年累计", "同比增减"],
            ["一、矛盾纠纷排查化解"],
            ["排查矛盾纠纷", "件", warnings + 3, None, "+3"],
            ["化解矛盾纠纷", "件", warnings + 2, None, "持平"],
            ["二、平安建设"],
            ["家庭暴力告诫书", "份", warnings, None, "+1"],
            ["涉黄治安案件", "起", vice, None, "持平"],
            ["涉黄治安案件行政拘留", "人", detained, None, "-2"],
        ]

    counts = [(2, 1, 2), (1, 0, 0), (0, 2, 3), *[(0, 0, 0)] * 9]  # the year's twelve months
    builders.xlsx(
        tmp_path / "平安建设工作月报（县综治平台导出）.xlsx",
        {f"2025年{m:02d}月": month(m, *counts[m - 1]) for m in range(1, 13)},
    )
    result = clean(tmp_path, year=2025)
    got = builders.figures(result)
    assert (got["security.dv_warnings"], got["security.vice_cases"], got["security.vice_detentions"]) == (3, 3, 5)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (39, 27)
    assert not codes(result, "file.unknown_kind")


def test_platform_event_states_archived_and_awaiting(tmp_path):
    # A 综治中心 platform's export: 已归档 is closed (after 已办结), 待签收 not yet taken up.
    rows = [
        ["事件编号", "上报时间", "事件状态"],
        ["ZX1", "2024-03-01 09:10:11", "已办结"],
        ["ZX2", "2024-03-02 10:11:12", "已归档"],
        ["ZX3", "2024-03-03 11:12:13", "待签收"],
        ["ZX4", "2024-03-04 12:13:14", "办理中"],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷事件导出.xlsx", {"事件列表": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)
    assert not codes(result, "vocab.unknown")


def test_a_form_with_its_sections_merged_down_beside_the_items(tmp_path):
    # The same form with the section as a label merged down beside its items (人民调解 | 调解成功).
    rows = [
        ["某镇司法所工作统计表（2024年）"],
        ["项目", None, "数量"],
        ["人民调解", "受理纠纷（件）", 12],
        [None, "调解成功（件）", 11],
        [None, "其中：口头协议（件）", 8],
        [None, "书面协议（件）", 3],
        ["法律援助", "受理案件（件）", 2],
    ]
    builders.xlsx(tmp_path / "司法所统计.xlsx", {"统计": rows}, merged={"统计": ["A2:B2", "A3:A6"]})
    got = builders.figures(clean(tmp_path))
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (11, 8, 3)


def test_monthly_sheets_beside_a_whole_year_summary_count_the_year_once(tmp_path):
    # A workbook of monthly forms with a 全年汇总 sheet: the figure is the summary's (10), not the
    # months' and the summary's added up (20).
    def form(title: str, head: str, success: int, oral: int) -> list[list]:
        return [
            [title],
            ["项目", "单位", head],
            ["一、人民调解"],
            ["调解成功", "件", success],
            ["其中：口头协议", "件", oral],
            ["书面协议", "件", success - oral],
        ]

    sheets = {
        "1月": form("某镇司法所工作统计月报表（2024年1月）", "本月", 6, 4),
        "2月": form("某镇司法所工作统计月报表（2024年2月）", "本月", 4, 3),
        "全年汇总": form("某镇司法所工作统计（2024年全年汇总）", "全年合计", 10, 7),
    }
    builders.xlsx(tmp_path / "司法所月报.xlsx", sheets)
    got = builders.figures(clean(tmp_path))
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (10, 7, 3)
    # The same book with its sheets left as Sheet1…Sheet3: the titles name the periods, and a day
    # the summary was filled in (填报日期：2025年1月10日) names none.
    sheets["全年汇总"].insert(1, ["填报日期：2025年1月10日"])
    builders.xlsx(tmp_path / "司法所月报.xlsx", {f"Sheet{i}": rows for i, rows in enumerate(sheets.values(), 1)})
    got = builders.figures(clean(tmp_path))
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (10, 7, 3)


def test_a_form_a_month_saved_as_a_file_a_month_states_the_year_as_their_sum(tmp_path):
    # The 司法所 saves each month's form as a file of its own (Sheet1 in each; the month in the title or
    # only in the file's name). The year is the twelve months' sum, not the first file's month; a
    # 全年汇总 file beside them is the year's, counted once.
    def form(title: str, success: int) -> list[list]:
        return [
            [title],
            ["项目", "单位", "本月"],
            ["一、人民调解"],
            ["调解成功", "件", success],
            ["其中：口头协议", "件", success - 1],
            ["书面协议", "件", 1],
        ]

    for m in range(1, 13):
        title = f"某镇司法所工作统计月报表（2024年{m}月）" if m % 2 else "某镇司法所工作统计月报表"
        builders.xlsx(tmp_path / "a" / f"司法所月报2024年{m}月.xlsx", {"Sheet1": form(title, m)})
    got = builders.figures(clean(tmp_path / "a"))
    assert (got["mediation.cases"], got["mediation.oral"]) == (78, 66)
    builders.xlsx(tmp_path / "a" / "司法所2024年全年汇总.xlsx", {"Sheet1": form("某镇司法所2024年全年汇总", 78)})
    got = builders.figures(clean(tmp_path / "a"))
    assert (got["mediation.cases"], got["mediation.oral"]) == (78, 77)
    # Eleven months' files are no year: the figure is unknown, naming the month missing.
    (tmp_path / "a" / "司法所2024年全年汇总.xlsx").unlink()
    (tmp_path / "a" / "司法所月报2024年7月.xlsx").unlink()
    result = clean(tmp_path / "a")
    assert builders.figures(result)["mediation.cases"] is None
    assert "缺7月" in builders.evidence(result)["mediation.cases"].reason


def test_forms_of_several_files_naming_no_period_and_stating_different_counts_state_no_year(tmp_path):
    # A quarter's form saved each quarter, the files renamed 新建 Microsoft Excel 工作表 (N).xlsx, no period in any
    # title: which is the year's? The first file's number had been taken (27, one quarter's, for 140). A copy of
    # one form saying the same states it.
    def form(this: int, so_far: int) -> list[list]:
        return [
            ["某镇矛盾纠纷排查化解情况统计表"],
            ["指标名称", "计量单位", "本季", "累计"],
            ["排查矛盾纠纷", "件", this, so_far],
            ["化解矛盾纠纷", "件", this - 1, so_far - 4],
        ]

    for n, (this, so_far) in enumerate([(27, 140), (31, 31), (44, 75), (38, 113)], 1):
        builders.xlsx(tmp_path / "a" / f"新建 Microsoft Excel 工作表 ({n}).xlsx", {"Sheet1": form(this, so_far)})
    result = clean(tmp_path / "a")
    assert builders.figures(result)["disputes.screened"] is None
    assert "看不出各是哪一期" in builders.evidence(result)["disputes.screened"].reason
    for n in (1, 2):
        builders.xlsx(tmp_path / "b" / f"新建 Microsoft Excel 工作表 ({n}).xlsx", {"Sheet1": form(140, 140)})
    assert builders.figures(clean(tmp_path / "b"))["disputes.screened"] == 140


def test_forms_of_several_files_naming_one_period_and_stating_different_counts_say_so(tmp_path):
    # Two saves of the year's form (全年, 1-12月), or two of March, stating different counts: which one counts is not
    # known, but their periods are. The reason had said 看不出各是哪一期 of files each naming its period.
    def form(title: str, this: int) -> list[list]:
        return [
            [title],
            ["指标名称", "计量单位", "数量"],
            ["排查矛盾纠纷", "件", this],
            ["化解矛盾纠纷", "件", this - 1],
        ]

    title = "某镇矛盾纠纷排查化解情况统计表（2024年{}）"
    builders.xlsx(tmp_path / "a" / "矛盾纠纷统计表2024年全年.xlsx", {"Sheet1": form(title.format("全年"), 140)})
    builders.xlsx(tmp_path / "a" / "综治中心2024年度统计.xlsx", {"Sheet1": form(title.format("1-12月"), 131)})
    year = builders.evidence(clean(tmp_path / "a"))["disputes.screened"]
    assert year.value is None and "看不出各是哪一期" not in year.reason
    assert "都是全年的数" in year.reason and "不知以哪个为准" in year.reason
    builders.xlsx(tmp_path / "b" / "统计表3月.xlsx", {"Sheet1": form(title.format("3月"), 14)})
    builders.xlsx(tmp_path / "b" / "统计表三月份.xlsx", {"Sheet1": form(title.format("3月"), 13)})
    march = builders.evidence(clean(tmp_path / "b"))["disputes.screened"]
    assert march.value is None and "看不出各是哪一期" not in march.reason
    assert "统计表3月.xlsx（3月）：14" in march.reason and "期别重叠" in march.reason


def test_a_form_of_village_blocks_unmerged_states_no_service_whose_rows_nothing_tells_apart(tmp_path):
    # 村（社区） merged down over each village's services, and 全乡合计 over the town's, unmerged (取消合并): the name
    # stays on each block's first row. 审查合同 is then three rows alike (5, 13, 18); the first village's had been
    # taken for the town's. 法律咨询, on the 全乡合计 row, is still the town's.
    def block(name: str, advice: int, contracts: int) -> list[list]:
        def months(n: int) -> list:
            return [n - 1, None, None, 1, *[None] * 8, n]

        return [[name, "法律咨询（人次）", *months(advice)], [None, "审查合同（份）", *months(contracts)]]

    head = ["村（社区）", "服务项目", *[f"{m}月" for m in range(1, 13)], "合计"]
    rows = [["某乡2024年法律顾问服务情况统计表"], head]
    rows += [*block("甲村", 18, 5), *block("乙村", 37, 13), *block("全乡合计", 55, 18)]
    builders.xlsx(tmp_path / "一村一法律顾问服务情况统计表.xlsx", {"全年": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"]) == (55, None)
    assert "看不出哪一行" in builders.evidence(result)["counsel.document_reviews"].reason


def test_monthly_forms_stating_only_the_year_so_far_give_the_latest(tmp_path):
    # Each month's form states only 本年累计: the year is the latest month's (36), not their sum (234).
    def form(m: int, so_far: int) -> list[list]:
        return [
            [f"某镇人民调解工作月报表（2024年{m}月）"],
            ["项目", "单位", "本年累计"],
            ["调解成功", "件", so_far],
            ["其中：口头协议", "件", so_far - 1],
        ]

    builders.xlsx(tmp_path / "调解月报.xlsx", {f"{m}月": form(m, 3 * m) for m in range(1, 13)})
    got = builders.figures(clean(tmp_path))
    assert (got["mediation.cases"], got["mediation.oral"]) == (36, 35)


def test_monthly_forms_whose_year_so_far_stops_growing_give_decembers(tmp_path):
    # Nothing added after October: November's and December's 本年累计 equal October's, and December's is the
    # year's (the twelve months are all there), never a figure left out for want of December.
    def form(m: int, so_far: int) -> list[list]:
        return [[f"某镇人民调解工作月报表（2024年{m}月）"], ["项目", "单位", "本年累计"], ["调解成功", "件", so_far]]

    builders.xlsx(tmp_path / "调解月报.xlsx", {f"{m}月": form(m, 3 * min(m, 10)) for m in range(1, 13)})
    assert builders.figures(clean(tmp_path))["mediation.cases"] == 30


def test_assessment_year_cumulative_column_is_neither_the_year_nor_the_month(tmp_path):
    # A 信访 monthly form of the 考核年度 (上年12月1日至本年11月30日): 本月, 考核年度累计 (begun again each December)
    # and 上年同期, a sheet a month from 2023年12月 to 2024年12月. The year is the twelve months' 本月 of 2024; no
    # month's 考核年度累计 is it (November's runs from December 2023, December's holds December alone).
    def form(y: int, m: int, month: int, so_far: int) -> list[list]:
        return [
            [f"某镇信访工作统计月报表（{y}年{m}月）"],
            ["项目", "单位", "本月", "考核年度累计", "上年同期"],
            ["上级交办信访事项", "件", month, so_far, 9],
        ]

    sheets = {"2023年12月": form(2023, 12, 5, 5)}
    sheets |= {f"2024年{m}月": form(2024, m, 2, 5 + 2 * m) for m in range(1, 12)}
    sheets["2024年12月"] = form(2024, 12, 2, 2)
    builders.xlsx(tmp_path / "信访工作统计月报表.xlsx", sheets)
    assert builders.figures(clean(tmp_path))["petitions.assigned"] == 24

    # A form stating only the 考核年度累计 states no figure of the calendar year.
    only = {
        k: [[c for i, c in enumerate(row) if i != 2] if len(row) > 3 else row for row in v] for k, v in sheets.items()
    }
    builders.xlsx(tmp_path / "信访工作统计月报表.xlsx", only)
    assert builders.figures(clean(tmp_path))["petitions.assigned"] is None


def test_a_petition_return_a_file_a_month_counting_visits_in_批次_is_a_form_and_a_missing_month_no_year(tmp_path):
    # monthly_files_one_missing (柑园镇): the 信访办's return, one 本月 column, its 单位 column saying 批次 for the
    # visits (件 for the rest). 批次 was no unit: the column weighed as labels, the form was an unknown ledger (an 错误
    # that stopped the report) and said nothing. A form now; with July's file missing the year is unknown, not the
    # sum of eleven months, and the reason names July.
    def form(m: int) -> list[list]:
        return [
            [f"某镇信访工作月报表（2024年{m}月）"],
            ["项目", "单位", "本月", "备注"],
            ["群众来访", "批次", 3, None],
            ["上级交办信访事项", "件", m % 3, None],
            ["已化解", "件", m % 2, None],
        ]

    for m in range(1, 13):
        builders.xlsx(tmp_path / "信访月报" / f"某镇信访工作月报表（2024年{m}月）.xlsx", {f"{m}月": form(m)})
    result = clean(tmp_path)
    assert not codes(result, "file.unknown_kind")
    assert (builders.figures(result)["petitions.assigned"], builders.figures(result)["petitions.resolved"]) == (12, 6)
    (tmp_path / "信访月报" / "某镇信访工作月报表（2024年7月）.xlsx").unlink()
    found = builders.evidence(clean(tmp_path))
    assert found["petitions.assigned"].value is None and "缺7月" in found["petitions.assigned"].reason
    assert found["petitions.resolved"].value is None


def test_monthly_forms_of_part_of_the_year_state_no_year_figure(tmp_path):
    # Forms of January to March only (本月, or 本年累计 up to March): the year's count is not in them.
    def form(m: int, so_far: int) -> list[list]:
        return [[f"某镇人民调解工作月报表（2024年{m}月）"], ["项目", "单位", "本年累计"], ["调解成功", "件", so_far]]

    builders.xlsx(tmp_path / "调解月报.xlsx", {f"{m}月": form(m, 3 * m) for m in range(1, 4)})
    found = builders.evidence(clean(tmp_path))["mediation.cases"]
    assert found.value is None and "4月等9个月" in found.reason


def _quarter_of_cases(q: int) -> list[list]:
    head = [
        [f"某镇2024年第{'一二三四'[q - 1]}季度行政执法案件登记台账"],
        ["序号", "决定书文号", "执法类别", "作出决定日期"],
    ]
    return head + [[n, f"某罚〔2024〕{3 * q + n}号", "行政处罚", f"2024-{3 * q - 2 + n:02d}-10"] for n in range(3)]


def test_missing_quarter_sheet_leaves_the_year_unknown_not_three_quarters(tmp_path):
    # A book kept a sheet per quarter whose 四季度 sheet was never added: nine cases of January to September are
    # not the year's count. No figure, and the reason names the months nothing covers.
    sheets = {f"{'一二三'[q - 1]}季度": _quarter_of_cases(q) for q in (1, 2, 3)}
    builders.xlsx(tmp_path / "某镇2024年行政执法案件登记台账.xlsx", sheets)
    found = builders.evidence(clean(tmp_path))
    assert found["enforcement.cases"].value is None and "10月、11月、12月" in found["enforcement.cases"].reason
    assert found["enforcement.penalty"].value is None

    # With its 四季度 sheet the book is the year's.
    sheets["四季度"] = _quarter_of_cases(4)
    builders.xlsx(tmp_path / "某镇2024年行政执法案件登记台账.xlsx", sheets)
    assert builders.figures(clean(tmp_path))["enforcement.cases"] == 12


def test_last_month_entered_in_the_sheet_before_it_is_not_missing(tmp_path):
    # A sheet a month up to 11月, December's disputes typed on in November's sheet: the records fill the month, so
    # the year is whole. A month skipped before the last sheet is a month without entries (no sheet was opened).
    def month(m: int, days: list[str]) -> list[list]:
        head = [[f"某镇2024年{m}月矛盾纠纷排查台账"], ["序号", "排查日期", "村（社区）", "纠纷类型", "化解状态"]]
        return head + [[n, d, "甲村", "邻里纠纷", "已化解"] for n, d in enumerate(days, start=1)]

    sheets = {f"{m}月": month(m, [f"2024-{m:02d}-05"]) for m in range(1, 12) if m != 7}
    sheets["11月"] = month(11, ["2024-11-05", "2024-12-20"])
    builders.xlsx(tmp_path / "某镇2024年矛盾纠纷排查台账.xlsx", sheets)
    assert builders.figures(clean(tmp_path))["disputes.screened"] == 11


def test_a_register_handed_over_at_mid_year_names_no_month_of_the_year(tmp_path):
    # 登记簿（2023年7月—2024年6月） and 登记簿（2024年7月—2025年6月): each a span of two years' months, no book of June.
    def book(days: list[str]) -> dict:
        head = [["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"]]
        return {"登记簿": head + [[n, f"第{d}号", d, "调解成功", "口头协议", 50] for n, d in enumerate(days, 1)]}

    builders.xlsx(tmp_path / "人民调解案件登记簿（2023年7月—2024年6月）.xlsx", book(["2023-09-01", "2024-03-05"]))
    builders.xlsx(tmp_path / "人民调解案件登记簿（2024年7月—2025年6月）.xlsx", book(["2024-08-01", "2025-01-03"]))
    assert builders.figures(clean(tmp_path))["mediation.cases"] == 2


def test_a_summary_of_counts_per_village_beside_the_village_logs_is_no_log(tmp_path):
    # 一村一卷 logs with a 汇总 sheet (a row per village, a count column per service, no dates): the
    # summary's rows are the year's totals, not services on dates; counted once, from the logs.
    def log(village: str) -> list[list]:
        return [
            [f"{village}法律顾问工作台账（2024年）"],
            ["序号", "服务时间", "服务内容", "服务次数"],
            [1, "2024.3.5", "解答法律咨询", 2],
            [2, "2024.4.8", "审查合同", 1],
            [3, "2024.5.9", "解答法律咨询", 1],
        ]

    summary = [
        ["2024年“一村一法律顾问”服务情况汇总表"],
        ["村（社区）", "解答法律咨询（人次）", "审查合同（份）", "出具法律意见（份）"],
        ["甲村", 3, 1, 0],
        ["乙村", 3, 1, 0],
        ["合计", 6, 2, 0],
    ]
    builders.xlsx(tmp_path / "一村一法律顾问工作台账.xlsx", {"甲村": log("甲村"), "乙村": log("乙村"), "汇总": summary})
    got = builders.figures(clean(tmp_path))
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (6, 2, 0)
    alone = tmp_path / "alone"
    builders.xlsx(alone / "法律顾问服务统计.xlsx", {"汇总": summary})
    got = builders.figures(clean(alone))
    assert (got["counsel.consultations"], got["counsel.document_reviews"]) == (6, 2)  # from the form


def test_void_rows_are_kept_in_the_book_but_not_counted(tmp_path):
    # An entry made by mistake is not deleted but struck out: （作废） in 备注, or 此条作废.
    rows = [
        ["序　号", "执法　类别", "执法决定文书号", "作出决定日期", "备　注"],
        [1, "行政检查", "某检字〔2024〕1号", "2024-03-05", None],
        [2, "行政处罚", "某罚决字〔2024〕1-1号", "2024-03-06", "（作废）"],
        [3, "行政处罚", "某罚决字〔2024〕1号", "2024-03-06", "占道经营"],
        [4, "行政检查", "某检字〔2024〕2号", "2024-04-01", "此条作废，重复登记"],
        [5, "行政许可", "某许字〔2024〕1号", "2024-05-08", "合同作废后重新申请"],  # a remark, not a void mark
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"执法结果公示": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.inspection"]) == (3, 1, 1)
    assert got["enforcement.licensing"] == 1
    (note,) = codes(result, "sheet.void_rows")
    assert (note["detail"], note["level"]) == ("3、5", "提示")
    assert result.manifest["files"][0]["sheets"][0]["set_aside"]["void"] == 2
    # A bare 作废 is a value (a document's 状态, repealed later), not a struck-out row: still a record.
    docs = [["文件名称", "文号", "印发日期", "状态"], ["关于某事的通知", "某府规〔2024〕1号", "2024-03-05", "作废"]]
    builders.xlsx(tmp_path / "b" / "规范性文件登记备案台账.xlsx", {"登记": docs})
    assert builders.figures(clean(tmp_path / "b"))["normative_documents.issued"] == 1


def test_a_reconsideration_register_beside_the_lawsuits_is_not_a_mediation_ledger(tmp_path):
    # 申请人 / 被申请人 are the parties of a 行政复议 as of a mediation; the title tells them apart.
    review = [
        ["某镇行政复议案件台账（2024年）"],
        ["序号", "复议案号", "申请人", "被申请人", "复议机关", "申请日期", "复议决定"],
        [1, "某县政复字〔2024〕11号", "王某", "某镇人民政府", "某县人民政府", "2024-03-05", "维持"],
    ]
    suits = [
        ["序号", "案号", "原告", "被告", "开庭日期", "负责人是否出庭"],
        [1, "（2024）某0101行初21号", "李某", "某镇人民政府", "2024-05-06", "是"],
    ]
    builders.xlsx(tmp_path / "复议应诉台账.xlsx", {"行政复议": review, "行政应诉": suits})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (1, 1)
    assert got["mediation.cases"] is None  # no mediation ledger, not a broken one
    assert "column.missing" not in set(result.issues["code"])


def test_a_title_year_does_not_date_a_register_whose_own_date_is_the_fallback(tmp_path):
    # A 信访事项登记簿 without 交办日期, named for its year: each item is placed by its 登记日期, so one
    # registered in December of the year before is not counted, whatever the file name says.
    rows = [
        ["登记编号", "登记日期", "交办单位", "办理结果"],
        ["FL2023001", "2023-12-27", "本级受理", "正在办理（限期30日）"],
        ["FL2024002", "2024-01-04", "省联席办", "正在办理（限期30日）"],
        ["FL2024003", "2024-02-19", "市联席办", "已办结（已息访）"],
    ]
    builders.csv_file(tmp_path / "信访事项登记簿（2024年）.csv", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (2, 1, 1)
    assert [r["row"] for r in codes(result, "row.out_of_year")] == [2]
    assert "column.missing" not in set(result.issues["code"])


def test_petitions_kept_stable_or_still_being_resolved_are_in_hand(tmp_path):
    # 稳控中 (the petitioner kept from escalating, the matter open) had been no status, so neither 已化解 nor 正在化解
    # could be counted; 持续化解 had been offered as 已化解. 州联办 is of the city's level (it had been offered as 省联办).
    rows = [
        ["信访编号", "来源", "交办日期", "办理情况"],
        ["XF001", "中联办", "2024-01-03", "已化解"],
        ["XF002", "省联办", "2024-02-10", "稳控中"],
        ["XF003", "州联办", "2024-03-17", "持续化解"],
        ["XF004", "县委信访局", "2024-04-03", "已报结"],
        ["XF005", "本级受理", "2024-05-10", "待受理"],
    ]
    builders.xlsx(tmp_path / "信访事项台账.xlsx", {"一季度": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (
        4,
        2,
        2,
    )  # 已化解/正在化解 of the assigned only (issue 12)
    assert codes(result, "vocab.unknown") == []
    by_source = breakdowns.counts(result.tables["petitions"], breakdowns.declared()["petitions.source"])
    assert by_source.to_dict() == {"中联办": 1, "省联办": 1, "市联办": 1, "县联办": 1, "本级受理": 1}


def test_a_levels_column_naming_the_towns_own_level_beside_the_levels_above(tmp_path):
    # A 综治中心's 信访 ledger writes its 交办层级 as levels: 国家信访局交办 / 省级交办 / 县信访局交办 for the items
    # assigned from above, 乡镇受理 / 镇级 for those received here. 乡镇受理 had been an unknown value, so that every
    # assigned figure was unknown (null) for one word the town uses for itself.
    rows = [
        ["序号", "信访编号", "登记日期", "信访类别", "交办层级", "办理状态"],
        [1, "XF2024-001", "2024-01-08", "初信初访", "国家信访局交办", "已化解"],
        [2, "XF2024-002", "2024-02-19", "重复信访", "省级交办", "正在化解"],
        [3, "XF2024-003", "2024-03-05", "初信初访", "市信访局交办", "已化解"],
        [4, "XF2024-004", "2024-04-10", "初信初访", "县级交办", "已化解"],
        [5, "XF2024-005", "2024-05-12", "初信初访", "乡镇受理", "已化解"],
        [6, "XF2024-006", "2024-06-03", "重复信访", "镇级", "正在化解"],
    ]
    builders.xlsx(tmp_path / "综治中心信访事项登记台账.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (4, 3, 1)
    assert codes(result, "vocab.unknown") == []
    by_source = breakdowns.counts(result.tables["petitions"], breakdowns.declared()["petitions.source"])
    assert by_source.to_dict() == {"中联办": 1, "省联办": 1, "市联办": 1, "县联办": 1, "本级受理": 2}


def test_assigning_offices_written_in_full_are_the_short_forms(tmp_path):
    # A register copying the 交办单 writes the office's full name: 省信访工作联席会议办公室 is the 省联办.
    # Neither the 三跨三分离 flag nor the petitioner's satisfaction beside the status is a status.
    rows = [
        ["信访编号", "交办单位", "交办日期", "是否“三跨三分离”", "办理状态", "群众满意度"],
        ["SC001", "中央信访工作联席会议办公室", "2024-01-04", "是", "已办结", "不满意"],
        ["SC002", "省信访工作联席会议办公室", "2024-02-19", "否", "正在办理", "未评价"],
        ["SC003", "县信访工作联席会议办公室", "2024-03-05", "否", "已化解", "满意"],
        ["SC004", "本级受理", "2024-04-10", "否", "已化解", "满意"],
    ]
    builders.xlsx(tmp_path / "信访事项登记台账（2024年）.xlsx", {"信访登记": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (
        3,
        2,
        1,
    )  # 已化解/正在化解 of the assigned only (issue 12)
    assert "vocab.unknown" not in set(result.issues["code"])


def test_a_joint_meeting_register_writes_the_centre_as_中央信访联席办_and_a_stopped_petitioner_as_息访息诉(tmp_path):
    # A 上级交办信访事项台账 of the 联席会议 system: the centre's office written 中央信访联席办 (as 省信访联席办 is the
    # province's) had been an unknown value, so that every assigned figure of the register was unknown. An item
    # whose petitioner has stopped (息访息诉, 停访) is settled: resolved, never in hand (shared spec, issue 12).
    rows = [
        ["2024年上级交办信访事项办理台账"],
        ["序号", "交办单位", "交办日期", "交办编号", "反映问题", "责任单位", "办理状态", "是否重复信访", "满意度"],
        [1, "中央信访联席办", "2024-01-09", "JB2024001", "土地征收补偿", "镇综治中心", "息访息诉", "是", "未评价"],
        [2, "国家信访局", "2024-02-11", "JB2024002", "拖欠工资", "镇综治中心", "已化解", "否", "满意"],
        [3, "省信访局", "2024-03-15", "JB2024003", "低保评定", "镇民政办", "化解中", "是", "未评价"],
        [4, "市联办", "2024-05-20", "JB2024004", "宅基地纠纷", "镇自然资源所", "停访", "否", "基本满意"],
        [5, "县联席办", "2024-07-02", "JB2024005", "道路施工扰民", "镇建设办", "正在办理", "否", "不满意"],
    ]
    builders.xlsx(tmp_path / "2024年上级交办信访事项办理台账.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (5, 3, 2)
    assert "vocab.unknown" not in set(result.issues["code"])
    assert "vocab.assumed" not in set(result.issues["code"])  # 息访息诉 is a declared word, not a guess
    by_source = breakdowns.counts(result.tables["petitions"], breakdowns.declared()["petitions.source"])
    assert by_source.to_dict() == {"中联办": 2, "省联办": 1, "市联办": 1, "县联办": 1}


def test_a_monthly_petition_form_counts_its_化解数_as_resolved_not_its_办结数(tmp_path):
    # A 信访工作统计表 a row per month (月份 | 交办件数 | 办结数 | 化解数 | 办结率) and a 合计 row: 化解数 is the
    # resolved (it had been withheld), 办结数 the concluded (not all settled), the rate never copied.
    months = [[f"{m}月", m % 3, m % 3, m % 2, "100.0%"] for m in range(1, 13)]
    total = ["合计", sum(r[1] for r in months), sum(r[2] for r in months), sum(r[3] for r in months), "100.0%"]
    rows = [["某镇2024年信访工作统计表"], ["月份", "交办件数", "办结数", "化解数", "办结率"], *months, total]
    builders.xlsx(tmp_path / "2024年信访工作统计表.xlsx", {"Sheet1": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["petitions.assigned"], got["petitions.resolved"]) == (12, 6)
    assert got["petitions.in_progress"] is None  # a month's 办结 is not the year's stock in hand
    assert got["disputes.resolved"] is None  # a petition form's 化解数 is no dispute's


def test_counts_kept_per_quarter_are_placed_in_the_year_of_their_quarter(tmp_path):
    # A counsel's log kept over the term of appointment: no year in the title, 服务期间 a quarter.
    rows = [
        ["某镇法律顾问工作台账"],
        ["序号", "服务期间", "服务类型", "数量"],
        [1, "2023年第4季度", "法律咨询", 9],
        [2, "2024年第1季度", "法律咨询", 5],
        [3, "2024年第二季度", "合同审查", "3件"],
        [4, "2024年三季度", "出具法律意见书", 2],
    ]
    builders.xlsx(tmp_path / "法律顾问工作台账.xlsx", {"工作台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (5, 3, 2)
    (note,) = codes(result, "date.period")
    assert note["level"] == "提示"
    assert "date.partial" not in set(result.issues["code"])


def test_a_bare_quarter_takes_the_year_of_the_title(tmp_path):
    # The same log with the year in its title and 服务期间 a bare quarter (第1季度, 二季度, Q3): each
    # quarter is the title's year's, dated its first day, one note for the sheet.
    rows = [
        ["某镇2024年法律顾问工作台账"],
        ["序号", "服务期间", "服务类型", "数量"],
        [1, "第1季度", "法律咨询", 5],
        [2, "二季度", "合同审查", "3件"],
        [3, "Q3", "出具法律意见书", 2],
        [4, "第四季度", "法律咨询", 4],
    ]
    builders.xlsx(tmp_path / "法律顾问工作台账.xlsx", {"工作台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (9, 3, 2)
    (note,) = codes(result, "date.period")
    assert note["level"] == "提示" and "共 4 处" in note["message"]
    assert {"date.unparseable", "date.partial"}.isdisjoint(result.issues["code"])
    # Without a year in the title, file or sheet name a bare quarter is not placed in the year cleaned.
    rows[0] = ["某镇法律顾问工作台账"]
    builders.xlsx(tmp_path / "法律顾问工作台账.xlsx", {"工作台账": rows})
    untitled = clean(tmp_path)
    assert builders.figures(untitled)["counsel.consultations"] is None
    assert "date.period" not in set(untitled.issues["code"])


def test_week_number_dates_place_a_weekly_register_in_the_year_of_its_weeks(tmp_path):
    # A weekly screening register (重要时期每周排查): 排查周次 is the week only, the year in the title;
    # the book opened at the year-end meeting lists the last week of the year before with its year; a
    # week may carry its span in brackets, or be written as the week of its month (7月第3周).
    # 化解时限 is a deadline beside it, not the screening date.
    rows = [
        ["某镇2024年矛盾纠纷每周排查登记表"],
        ["序号", "排查周次", "村（社区）", "纠纷类型", "化解情况", "化解时限"],
        [1, "2023年第52周", "石桥村", "邻里纠纷", "已化解", dt.datetime(2024, 1, 15)],
        [2, "第1周", "石桥村", "邻里纠纷", "已化解", dt.datetime(2024, 1, 20)],
        [3, "第12周", "柳溪村", "婚姻家庭纠纷", "化解中", dt.datetime(2024, 4, 8)],
        [4, "第20周（5月13日-5月19日）", "柳溪村", "邻里纠纷", "已化解", dt.datetime(2024, 6, 3)],
        [5, "第52周", "柳溪村", "山林土地纠纷", "已化解", dt.datetime(2025, 1, 15)],
        [6, "7月第3周", "石桥村", "劳动争议", "化解中", dt.datetime(2024, 8, 5)],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷排查周报台账.xlsx", {"周排查登记": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (5, 3)
    (note,) = codes(result, "date.period")
    assert note["level"] == "提示"
    assert [r["row"] for r in codes(result, "row.out_of_year")] == [3]
    assert {"date.unparseable", "column.from_context"}.isdisjoint(result.issues["code"])


def test_a_deadline_column_is_taken_for_no_date_of_the_record(tmp_path):
    # 化解时限 / 办理期限 are dates set ahead: close to 化解时间 by their title, and full of dates, they are
    # still no 化解日期 (nor any other date of the record); the column is left unused.
    rows = [
        ["某镇2024年矛盾纠纷排查登记表"],
        ["序号", "排查日期", "村（社区）", "纠纷类型", "化解情况", "化解时限"],
        [1, "2024-03-05", "石桥村", "邻里纠纷", "已化解", dt.datetime(2024, 3, 20)],
        [2, "2024-12-20", "柳溪村", "婚姻家庭纠纷", "化解中", dt.datetime(2025, 1, 15)],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷排查台账.xlsx", {"排查登记": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 2
    assert "resolved_on" not in {r["field"] for r in codes(result, "column.by_content")}
    assert any("化解时限" in r["message"] for r in codes(result, "column.unknown"))


def test_a_meeting_of_the_leadership_names_who_studied_before_it(tmp_path):
    # 党委会、政府常务会 会前学法: its members are the town's leaders, not 法律明白人; a 法律明白人 sheet
    # without an audience column takes it from its name.
    pre = [
        ["某镇2024年党委会、政府常务会会前学法登记表"],
        ["序号", "学法时间", "学法内容", "授课单位"],
        [1, "2024年2月26日", "《信访工作条例》", "党政办"],
        [2, "2024年4月9日", "《中华人民共和国行政处罚法》", "司法所"],
    ]
    trained = [
        ["序号", "培训时间", "培训形式", "参训人数"],
        [1, "2024年1月15日", "线上", 29],
        [2, "2024年3月18日", "线下", 20],
    ]
    builders.xlsx(tmp_path / "学法用法台账.xlsx", {"会前学法": pre, "法律明白人培训": trained})
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2
    assert builders.table_counts(result.tables["training"], "audience") == {"领导干部": 2, "法律明白人": 2}


def test_a_record_of_the_leaders_study_before_meetings_alone_says_nothing_of_the_legal_literacy_sessions(tmp_path):
    # Only the 会前学法 record of the 党委会 and the 政府常务会议 is handed over (会议名称, 学法内容, 讲解人; its 领导干部 read
    # off its title): the 法律明白人 trainings are kept in a record of their own, not here. Unknown with its reason, never
    # 0 (it had been 0, as if the town had trained none).
    rows = [
        ["某镇2024年党委会、政府常务会议会前学法记录表"],
        ["序号", "会议名称", "会议时间", "学法内容", "讲解人"],
        [1, "镇党委会（第3次）", "2024-02-06", "《中华人民共和国行政复议法》", "张某"],
        [2, "镇政府常务会议（第2次）", "2024-03-12", "《优化营商环境条例》", "李某"],
        [3, "镇党委会（第9次）", "2024-06-18", "《中华人民共和国民法典》合同编", "王某"],
    ]
    builders.xlsx(tmp_path / "会前学法记录表.xlsx", {"会前学法": rows})
    found = builders.evidence(clean(tmp_path))
    assert found["training.sessions"].value == 3
    assert found["training.legal_literacy_sessions"].value is None
    assert "没有“法律明白人”的表" in found["training.legal_literacy_sessions"].reason


def test_a_training_register_names_its_sessions_given_by_video_and_for_the_heads_of_firms(tmp_path):
    # 培训形式 视频会议 is a session given online; 培训对象 企业负责人 are the heads of firms. Both unlisted, the row of the
    # firms' heads had left the 法律明白人 sessions unknown (its audience might have been theirs).
    rows = [
        ["某镇2024年学法用法培训台账"],
        ["序号", "培训时间", "培训内容", "培训对象", "参训人数", "培训形式"],
        [1, "2024.03.08", "民法典婚姻家庭编解读", "全镇法律明白人", 45, "线下"],
        [2, "2024.05.21", "人民调解实务", "村“两委”干部、法律明白人", 60, "视频会议"],
        [3, "2024.07.09", "安全生产法宣讲", "企业负责人", 32, "线下"],
    ]
    builders.xlsx(tmp_path / "培训台账.xlsx", {"培训台账": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2
    assert builders.table_counts(result.tables["training"], "form") == {"线下": 2, "线上": 1}
    assert builders.table_counts(result.tables["training"], "audience") == {"法律明白人": 2, "企业经营管理人员": 1}
    assert not codes(result, "vocab.unknown")


def test_a_coded_statistics_form_reads_this_years_column_not_the_codes_or_last_year(tmp_path):
    # The statistical system's layout: 类别 | 代码 01… | 本年起数 | 其中：行政拘留（人） | 上年同期起数, with the
    # 栏次 row 甲 乙 1 2 3 under the header. Neither the codes, the column numbers nor last year are counts.
    rows = [
        ["某镇平安建设工作情况统计表（2024年）"],
        ["填报单位：某镇综治中心", None, None, None, "2024年度"],
        ["类别", "代码", "本年起数（份数）", "其中：行政拘留（人）", "上年同期起数（份数）"],
        ["甲", "乙", 1, 2, 3],
        ["家庭暴力告诫书", "01", 5, "—", 9],
        ["家暴治安案件", "02", 3, 6, 1],
        ["涉黄治安案件", "03", 6, 8, 2],
        ["涉赌治安案件", "04", 4, 7, 5],
        ["合计", "05", 18, 21, 17],
    ]
    builders.xlsx(tmp_path / "平安建设统计表.xlsx", {"统计表": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["security.dv_warnings"], got["security.vice_cases"], got["security.vice_detentions"]) == (5, 6, 8)
    # 家暴治安拘留 adds two rows, 告诫书 (— : none) and 家暴治安案件; without the second row it is not stated.
    assert got["security.dv_detentions"] == 6
    builders.xlsx(tmp_path / "b" / "平安建设统计表.xlsx", {"统计表": rows[:5] + rows[6:]})
    got = builders.figures(clean(tmp_path / "b"))
    assert (got["security.dv_warnings"], got["security.dv_detentions"]) == (5, None)


def test_indented_sub_rows_that_go_on_a_qizhong_list_are_parts_not_categories(tmp_path):
    # A 行政执法数据 年度公开 table: 合计 first, then the categories, the penalty's kinds indented under it as a 其中
    # list whose later items drop the word (　　其中：警告 / 　　　　　罚款), and — for a power the town does not hold.
    rows = [
        ["某镇人民政府2024年度行政执法数据"],
        ["执法行为类别", "代码", "实施数量（件）", "罚没金额（万元）"],
        ["甲", "乙", "1", "2"],
        ["合计", "01", 30, 1.2],
        ["行政许可", "02", 10, None],
        ["行政处罚", "03", 8, 1.2],
        ["　　其中：警告、通报批评", "04", 3, None],
        ["　　　　　罚款", "05", 4, 1.0],
        ["　　　　　没收违法所得、没收非法财物", "06", 1, 0.2],
        ["行政检查", "07", 12, None],
        ["　　其中：联合检查", "08", 5, None],
        ["行政裁决", "09", "—", "—"],
        [" 行政奖励", "10", 0, None],  # a stray space before a category after the list: still a category
    ]
    builders.xlsx(tmp_path / "行政执法数据公开表.xlsx", {"执法数据": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.inspection"]) == (30, 8, 12)
    assert (got["enforcement.award"], got["enforcement.adjudication"]) == (0, None)


@pytest.mark.parametrize(
    "listed",
    [
        [
            ["其中：警告、通报批评", 3, None],
            ["罚款", 4, 1.0],
            ["没收违法所得、没收非法财物", 1, 0.2],
        ],  # the word once, no indent
        [["其中：", None, None], ["警告、通报批评", 3, None], ["罚款", 4, 1.0]],  # 其中： alone on its row
    ],
)
def test_unindented_rows_going_on_a_qizhong_list_are_parts_never_added_to_their_whole(tmp_path, listed):
    # unindented_qizhong_list: the penalty's kinds under 行政处罚 written flush left. Before: 罚款 was read as another
    # form of 行政处罚 and added to the row that holds it (penalties 12 for 8).
    rows = [
        ["某镇人民政府2024年度行政执法数据"],
        ["执法行为类别", "实施数量（件）", "罚没金额（万元）"],
        ["合计", 30, 1.2],
        ["行政许可", 10, None],
        ["行政处罚", 8, 1.2],
        *listed,
        ["行政检查", 12, None],
    ]
    builders.xlsx(tmp_path / "行政执法数据公开表.xlsx", {"执法数据": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.penalty"], got["enforcement.inspection"], got["enforcement.licensing"]) == (8, 12, 10)


def test_kinds_of_a_category_listed_flush_as_rows_of_their_own_are_still_added(tmp_path):
    # No 行政处罚 row and no 其中: each kind is a row of the form, the category's count their sum.
    rows = [
        ["某镇人民政府2024年度行政执法数据"],
        ["执法行为类别", "实施数量（件）"],
        ["行政许可", 10],
        ["警告", 3],
        ["罚款", 4],
        ["行政检查", 4],
    ]
    builders.xlsx(tmp_path / "行政执法数据公开表.xlsx", {"执法数据": rows})
    assert builders.figures(clean(tmp_path))["enforcement.penalty"] == 7


@pytest.mark.parametrize("part", ["其中：当场处罚", "　　其中：简易程序"])
def test_a_qizhong_row_under_one_of_a_categorys_kinds_listed_as_rows_is_in_that_kind_never_the_figure(tmp_path, part):
    # kind_with_qizhong_among_kinds: 警告 3, 其中：当场处罚 1, 罚款 4, no 行政处罚 row. The part is already in 警告,
    # 罚款 a sibling of it: the category is 3 + 4. The 其中 row among the rows matched had made the first alone the
    # figure (3 for 7); added, it would count a warning twice (8).
    rows = [
        ["某镇人民政府2024年度行政执法数据"],
        ["执法行为类别", "实施数量（件）"],
        ["行政许可", 10],
        ["警告", 3],
        [part, 1],
        ["罚款", 4],
        ["行政检查", 4],
    ]
    builders.xlsx(tmp_path / "行政执法数据公开表.xlsx", {"执法数据": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.penalty"], got["enforcement.licensing"], got["enforcement.inspection"]) == (7, 10, 4)


def test_a_statistical_forms_registration_line_above_its_title_is_no_table(tmp_path):
    # 表号：… | 制表机关：… over the title of a 信访工作统计报表 (本期 | 上年同期 | 增减（%）): it had been read as the
    # header of a table of its own that no kind fits (file.unknown_kind).
    rows = [
        ["表　　号：信统1表", None, None, None, None, "制表机关：某镇信访办"],
        ["某镇信访工作统计报表（2024年1—12月）"],
        ["填报单位（盖章）：某镇人民政府"],
        ["指标名称", "代码", "计量单位", "本期", "上年同期", "增减（%）"],
        ["甲", "乙", "丙", "1", "2", "3"],
        ["上级交办信访事项", "01", "件", 9, 7, 28.6],
        ["　　其中：已化解", "02", "件", 7, 5, 40],
    ]
    builders.xlsx(tmp_path / "信访工作统计报表.xlsx", {"年报": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"]) == (9, 7)
    assert not codes(result, "file.unknown_kind")


def test_an_amount_a_form_states_in_qianyuan_or_wanyuan_is_converted_to_yuan(tmp_path):
    # A 以案定补 table of indicator rows whose labels carry their unit, under a 栏次 row; one row holds words (the
    # standard), which had left the form no statistics table at all. 4.15 千元 is 4150 元, never 4.15 元.
    rows = [
        ["某镇人民调解以案定补经费情况表（2024年度）"],
        ["指标名称", "代码", "数量", "备注"],
        ["甲", "乙", "1", "丙"],
        ["调解成功（件）", "01", 51, None],
        ["申报补贴金额（千元）", "02", 4.55, "按申报等级"],
        ["核定补贴金额（千元）", "03", 4.15, "经审核"],
        ["补贴标准（元/件）", "04", "口头50，书面100/200/300", None],
    ]
    builders.xlsx(tmp_path / "a" / "以案定补经费情况表.xlsx", {"表二": rows})
    result = clean(tmp_path / "a")
    assert builders.figures(result)["mediation.subsidy_yuan"] == 4150
    assert not codes(result, "file.unknown_kind")
    # The unit stated above the header instead (金额单位：万元); a row in 元 under a column in 万元 is not guessed.
    above = [["某镇以案定补统计表（2024年）  金额单位：万元"], ["项目", "数值"], ["调解成功", 51], ["核定金额", 0.415]]
    builders.xlsx(tmp_path / "b" / "以案定补统计表.xlsx", {"统计": above})
    assert builders.figures(clean(tmp_path / "b"))["mediation.subsidy_yuan"] == 4150
    both = [["某镇以案定补统计表（2024年）"], ["项目", "数值（万元）"], ["调解成功", 51], ["核定金额（元）", 4150]]
    builders.xlsx(tmp_path / "c" / "以案定补统计表.xlsx", {"统计": both})
    assert builders.figures(clean(tmp_path / "c"))["mediation.subsidy_yuan"] is None


def test_a_registers_amount_in_qianyuan_is_converted_to_yuan(tmp_path):
    rows = [
        ["卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（千元）"],
        ["（2024）某人调字第1号", "2024-03-01", "调解成功", "口头", 0.05],
        ["（2024）某人调字第2号", "2024-04-01", "调解成功", "书面", 0.2],
    ]
    builders.xlsx(tmp_path / "人民调解案件登记台账.xlsx", {"登记": rows})
    assert builders.figures(clean(tmp_path))["mediation.subsidy_yuan"] == 250


def test_the_numbered_tables_of_one_report_stating_one_figure_are_not_added(tmp_path):
    # 表一 by 纠纷类型 (总计 first, 其中 sub-types) and 表二 the 以案定补 figures: both state the oral agreements.
    one = [
        ["某镇人民调解工作统计表（2024年度）"],
        ["纠纷类型", "代码", "受理", "调解成功", None, None],
        [None, None, None, "小计", "口头协议", "书面协议"],
        ["甲", "乙", "1", "2", "3", "4"],
        ["总计", "01", 20, 18, 12, 6],
        ["婚姻家庭纠纷", "02", 8, 7, 5, 2],
        ["　　其中：赡养纠纷", "03", 3, 3, 3, 0],
        ["邻里纠纷", "04", 12, 11, 7, 4],
    ]
    two = [["某镇以案定补经费情况表（2024年度）"], ["指标名称", "代码", "数量"], ["甲", "乙", "1"],
           ["调解成功（件）", "01", 18], ["口头协议（件）", "02", 12], ["书面协议（件）", "03", 6]]  # fmt: skip
    merged = {"表一": ["D2:F2", "A2:A3", "B2:B3", "C2:C3"]}
    builders.xlsx(tmp_path / "a" / "人民调解工作统计表.xlsx", {"表一": one, "表二": two}, merged=merged)
    got = builders.figures(clean(tmp_path / "a"))
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (18, 12, 6)
    two[4][2] = 13  # the two tables disagree: which is right is not known
    builders.xlsx(tmp_path / "b" / "人民调解工作统计表.xlsx", {"表一": one, "表二": two}, merged=merged)
    got = builders.figures(clean(tmp_path / "b"))
    assert (got["mediation.cases"], got["mediation.oral"]) == (18, None)


def test_tables_numbered_by_their_table_code_lines_state_a_figure_once_when_the_sheets_are_renamed(tmp_path):
    # The same report re-saved with its sheets left as Sheet1 / Sheet2: only the 表号 lines above the titles still
    # number its tables (某司调统1表 / 2表), and both state the oral agreements (12 had been read as 24).
    one = [["表　　号：某司调统1表", None, None, "制表机关：某镇司法所"], ["某镇人民调解工作统计表（2024年度）"],
           ["项目", "代码", "受理", "口头协议"], ["甲", "乙", "1", "2"], ["总计", "01", 20, 12]]  # fmt: skip
    two = [["表　　号：某司调统2表", None, "制表机关：某镇司法所"], ["某镇以案定补经费情况表（2024年度）"],
           ["指标名称", "代码", "数量"], ["甲", "乙", "1"], ["口头协议（件）", "01", 12]]  # fmt: skip
    builders.xlsx(tmp_path / "a" / "人民调解工作统计表.xlsx", {"Sheet1": one, "Sheet2": two})
    assert builders.figures(clean(tmp_path / "a"))["mediation.oral"] == 12


def test_prefixed_date_parts_are_one_decision_date_not_the_violation_date(tmp_path):
    # A document system exports the decision date as 决定年 / 决定月 / 决定日 (no merged parent above them), the
    # year in Chinese digits with the letter O; 违法日期 beside them is when the violation was found, not decided.
    rows = [
        ["编号", "当事人", "违法日期", "违法活动", "罚款金额", "决定年", "决定月", "决定日", "执法单位"],
        ["某城管罚决〔2024〕001号", "甲某", "2023/12/20", "占道经营", "伍佰元", "二O二四", 1, 8, "某镇执法队"],
        ["某城管罚决〔2024〕002号", "乙某", "2024/5/6", "乱倒垃圾", "壹仟元", "二O二四", 5, 20, "某镇执法队"],
        ["某城管罚决〔2025〕001号", "丙某", "2024/12/18", "违规搭建", "贰仟元", "二O二五", 1, 6, "某镇执法队"],
    ]
    builders.xlsx(tmp_path / "处罚决定书导出.xlsx", {"行政处罚决定书": rows})
    result = clean(tmp_path)
    table = result.tables["enforcement"]
    assert sorted(table["decided_on"].dt.strftime("%Y-%m-%d")) == ["2024-01-08", "2024-05-20"]
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"]) == (2, 2)
    assert [r["header"] for r in codes(result, "row.out_of_year")] == ["决定日期（决定年/决定月/决定日）"]
    # A form counting 本月 / 本日 (one character before 月 and 日) keeps its two count columns.
    form = [["事项", "本月", "本日"], ["受理", 12, 1], ["办结", 10, 0]]
    assert [c.leaf for c in build_columns(form, [], 0, 1)] == ["事项", "本月", "本日"]


def test_an_approved_amount_beside_the_claimed_one_is_the_subsidy(tmp_path):
    # The 司法所's 以案定补 审核表: 申报金额 as claimed, and under 司法所审核 the opinion and 核定金额; a claim refused
    # is paid nothing (0 or /), a tier lowered is paid at the lower rate.
    rows = [
        ["某镇2024年人民调解“以案定补”调解成功案件审核表"],
        ["序号", "卷宗号", "受理日期", "协议形式", "案件等级", "申报金额（元）", "司法所审核", ""],
        ["", "", "", "", "", "", "审核意见", "核定金额（元）"],
        [1, "（2024）某人调字第1号", "2024-02-01", "口头协议", "简单", 50, "同意", 50],
        [2, "（2024）某人调字第2号", "2024-03-01", "书面协议", "重大疑难", 400, "核减（等级认定为较大疑难）", 200],
        [3, "（2024）某人调字第3号", "2024-04-01", "书面协议", "一般", 100, "不予补贴（卷宗不全）", "/"],
        [4, "（2024）某人调字第4号", "2024-05-01", "书面协议", "一般", 100, "不予补贴（协议未履行）", 0],
        ["合计", "", "", "", "", 650, "", 250],
    ]
    merged = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:H2"]
    builders.xlsx(tmp_path / "以案定补审核表.xlsx", {"审核表": rows}, merged={"审核表": merged})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (4, 1, 3)
    assert got["mediation.subsidy_yuan"] == 250
    # The five-tier words are the three tiers': 重大疑难 is 重大 (no unknown value), 较大疑难 is 疑难.
    assert not codes(result, "vocab.unknown") and not codes(result, "vocab.assumed")
    assert builders.table_counts(result.tables["mediation"], "tier") == {"一般": 3, "重大": 1}
    chosen = codes(result, "column.preferred")
    assert [(r["header"], r["detail"], r["expected"]) for r in chosen] == [
        ("司法所审核/核定金额（元）", "补贴金额", "“申报金额（元）”（F列）")
    ]


def test_a_subsidy_summary_of_claims_alone_gives_the_claimed_total_and_its_reason_says_so(tmp_path):
    # A 以案定补 申报汇总表 with 申报金额 and no 审核金额: what was applied for (the figure is 申请案补经费), not yet what was
    # approved. Its total had been given as if it were the subsidy granted; the reason now says it is the claim.
    claims = [
        ["某镇2024年人民调解“以案定补”申报汇总表"],
        ["序号", "调委会", "申报案件数（件）", "补贴标准（元/件）", "申报金额（元）"],
        [1, "甲村调委会", 12, 100, 1200],
        [2, "乙村调委会", 8, 100, 800],
        [3, "镇调委会", 5, 200, 1000],
        ["合计", "", 25, "", 3000],
    ]
    builders.xlsx(tmp_path / "a" / "以案定补申报汇总表.xlsx", {"Sheet1": claims})
    figure = builders.evidence(clean(tmp_path / "a"))["mediation.subsidy_yuan"]
    assert figure.value == 3000
    assert figure.reason.endswith("单元格 E6（申报金额，是申报的数，未经审核；如已审核，请提供核定金额）")
    # Beside the approved column, the approved total, its reason naming no claim.
    approved = [r + [a] for r, a in zip(claims[1:], ["审核金额（元）", 1200, 600, 1000, 2800])]
    builders.xlsx(tmp_path / "b" / "以案定补申报汇总表.xlsx", {"Sheet1": [claims[0], *approved]})
    figure = builders.evidence(clean(tmp_path / "b"))["mediation.subsidy_yuan"]
    assert figure.value == 2800 and "申报" not in figure.reason.replace("申报汇总表", "")


def test_a_subsidy_claim_summary_per_committee_states_the_approved_total(tmp_path):
    # The 司法所's 以案定补 申报汇总表 sent up to the county: a row per 调委会 with its claimed cases, the rate, what
    # was claimed (申报金额) and what the 司法所 approved (审核金额; two files found incomplete were cut). Only the
    # approved money is paid; the claimed cases are not all the successful cases, so they state no case count.
    summary = [
        ["某镇2024年度人民调解员“以案定补”申报汇总表"],
        ["填报单位：某镇司法所"],
        ["序号", "调委会名称", "申报案件数（件）", "补贴标准（元/件）", "申报金额（元）", "审核金额（元）", "备注"],
        [1, "镇调委会", 12, 100, 1200, 1200, ""],
        [2, "甲村调委会", 8, 100, 800, 600, "2件卷宗不全不予补贴"],
        [3, "乙村调委会", 5, 100, 500, 500, ""],
        ["合计", "", 25, "", 2500, 2300, ""],
    ]
    builders.xlsx(tmp_path / "a" / "以案定补申报汇总表.xlsx", {"汇总": summary}, merged={"汇总": ["A1:G1"]})
    result = clean(tmp_path / "a")
    got = builders.figures(result)
    assert got["mediation.subsidy_yuan"] == 2300
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (None, None, None)
    assert not codes(result, "statistics.unused")
    # Beside a system's case list, which has no subsidy column, the list counts the cases and the summary the money.
    cases = [
        ["案件编号", "受理日期", "调解结果", "协议形式", "协议涉及金额（元）"],
        ["某人调〔2024〕1号", "2024-03-05", "调解成功", "口头协议", 3000],
        ["某人调〔2024〕2号", "2024-04-11", "调解成功", "书面协议", 56000],
        ["某人调〔2024〕3号", "2024-05-20", "终止调解", None, None],
    ]
    builders.xlsx(tmp_path / "b" / "以案定补申报汇总表.xlsx", {"汇总": summary}, merged={"汇总": ["A1:G1"]})
    builders.xlsx(tmp_path / "b" / "人民调解案件导出.xlsx", {"案件列表": cases})
    got = builders.figures(clean(tmp_path / "b"))
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (2, 1, 1)
    assert got["mediation.subsidy_yuan"] == 2300
    # A summary of claims not yet reviewed (申报金额 alone) states what was claimed, as a register of claims does;
    # the 补贴标准 beside it is a rate, never the money.
    claims = [[c for j, c in enumerate(r) if j != 5] for r in summary]
    builders.xlsx(tmp_path / "c" / "以案定补申报汇总表.xlsx", {"汇总": claims})
    assert builders.figures(clean(tmp_path / "c"))["mediation.subsidy_yuan"] == 2500
    rates = [[c for j, c in enumerate(r) if j not in (4, 5)] for r in summary]
    builders.xlsx(tmp_path / "d" / "以案定补申报汇总表.xlsx", {"汇总": rates})
    assert builders.figures(clean(tmp_path / "d"))["mediation.subsidy_yuan"] is None


def test_a_register_of_claimed_amounts_beside_a_reviewed_summary_gives_the_approved_subsidy(tmp_path):
    # The register lists each successful case with the 申报金额 its 调委会 claimed; the 司法所's 申报汇总表 beside it
    # states per 调委会 what was approved (审核金额: one file of 乙村's found incomplete, 100 元 cut). What was paid is
    # the approved total (400), not the claims (500): the table's, with a note naming both; the counts stay the
    # register's. A register keeping a 核定金额 column of its own is counted from its records, as before.
    register = [
        ["某镇2024年人民调解案件登记台账"],
        ["序号", "卷宗号", "调解组织", "受理日期", "调解结果", "协议形式", "申报金额（元）"],
        [1, "某人调〔2024〕1号", "镇调委会", "2024-03-05", "调解成功", "口头协议", 100],
        [2, "某人调〔2024〕2号", "乙村调委会", "2024-04-11", "调解成功", "书面协议", 200],
        [3, "某人调〔2024〕3号", "乙村调委会", "2024-05-20", "调解成功", "口头协议", 100],
        [4, "某人调〔2024〕4号", "镇调委会", "2024-06-24", "调解成功", "书面协议", 100],
        [5, "某人调〔2024〕5号", "镇调委会", "2024-07-08", "终止调解", None, None],
    ]
    summary = [
        ["某镇2024年度人民调解“以案定补”申报汇总表"],
        ["序号", "调委会名称", "案件数（件）", "申报金额（元）", "审核金额（元）", "备注"],
        [1, "镇调委会", 2, 200, 200, ""],
        [2, "乙村调委会", 2, 300, 200, "1件卷宗不全不予补贴"],
        ["合计", "", 4, 500, 400, ""],
    ]
    builders.xlsx(tmp_path / "a" / "人民调解案件登记台账.xlsx", {"登记": register})
    builders.xlsx(tmp_path / "a" / "以案定补申报汇总表.xlsx", {"汇总": summary})
    result = clean(tmp_path / "a")
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (4, 2, 2)
    assert got["mediation.subsidy_yuan"] == 400
    (note,) = codes(result, "statistics.preferred")
    assert note["detail"] == "统计表为 400，按记录为 500" and not codes(result, "statistics.differs")
    # The register's own approved column is the records' evidence: the summary is compared with it, not taken.
    approved = [r[:6] + ["核定金额（元）"] if i == 1 else r for i, r in enumerate(register)]
    builders.xlsx(tmp_path / "b" / "人民调解案件登记台账.xlsx", {"登记": approved})
    builders.xlsx(tmp_path / "b" / "以案定补申报汇总表.xlsx", {"汇总": summary})
    result = clean(tmp_path / "b")
    assert builders.figures(result)["mediation.subsidy_yuan"] == 500
    assert [r["detail"] for r in codes(result, "statistics.differs")] == ["统计表为 400，按记录为 500"]


def test_a_service_over_several_days_is_dated_by_its_first_day(tmp_path):
    rows = [
        ["某镇司法所法律顾问服务台账（2024年）"],
        ["序号", "服务时间", "服务类型", "数量"],
        [1, "2024.2.12-2.15", "法律咨询", 3],
        [2, "2024.04.02-04", "审查合同", 2],
        [3, "2024年6月3日至5日", "出具法律意见书", 1],
        [4, "2024.7.8", "法律咨询", 2],
        [5, "2023.12.28-2024.1.3", "法律咨询", 4],  # began in 2023: not this year's
    ]
    builders.xlsx(tmp_path / "法律顾问服务台账.xlsx", {"服务台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (5, 2, 1)
    ranges = codes(result, "date.range")  # one note for the sheet, naming the first
    assert [(r["value"], r["detail"], r["level"]) for r in ranges] == [("2024.2.12-2.15", "2024-02-12", "提示")]
    assert "（共 4 处）" in ranges[0]["message"]
    assert "date.unparseable" not in set(result.issues["code"])


def test_a_per_person_exam_score_sheet_gives_the_exam_counts_by_its_rows(tmp_path):
    # The 学法用法考试参考人员成绩汇总表 (as 法宣在线 exports it): one row per person required to sit the exam, a
    # score for each who sat it, 缺考 in 备注 with no score. No 应参考/实参考 columns and no date: the title's year.
    scores = [
        ["某镇2024年度学法用法考试参考人员成绩汇总表"],
        ["填报单位：某镇人民政府（盖章）", None, None, None, "考试时间：2024年11月"],
        ["序号", "单位", "姓名", "职务", "考试成绩", "备注"],
        [1, "党政办", "甲某", "主任", 92, None],
        [2, "党政办", "乙某", "科员", 85, None],
        [3, "司法所", "丙某", "所长", None, "缺考（病假）"],
        [4, "司法所", "丁某", "科员", 78, "补考"],
        [5, "执法队", "戊某", "队员", 88, None],
    ]
    # Beside it a log of sessions whose lecturer's name is under 授课人姓名: sessions, not persons sitting an exam.
    sessions = [
        ["某镇2024年法律明白人培训登记"],
        ["序号", "培训日期", "培训内容", "授课人姓名", "参训人数"],
        [1, "2024-03-05", "民法典", "己某", 30],
        [2, "2024-06-12", "人民调解法", "庚某", 28],
    ]
    builders.xlsx(tmp_path / "学法用法台账.xlsx", {"法律明白人培训": sessions, "考试成绩": scores})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["training.exam_coverage"] == 0.8  # 4 of the 5 listed sat it
    assert got["training.legal_literacy_sessions"] == 2
    assert "file.unknown_kind" not in set(result.issues["code"])
    assert not [r for r in codes(result, "column.by_content") if r["field"] == "examinee"]


def test_a_score_sheet_writing_grades_or_absence_in_the_score_cell_counts_who_sat_by_what_the_cell_says(tmp_path):
    # An exam platform's 成绩 column holding grades (合格, 优秀, 不合格) or a score in words (九十五) for those who sat
    # it, and 缺考 / 请假 / （未参考） for those who did not. The unreadable scores had counted their persons as absent
    # (coverage 0.25 for 0.875), and 缺考 had been an error asking for a number.
    scores = [
        ["2024年度学法用法考试成绩汇总表"],
        ["序号", "姓名", "单位", "考试成绩"],
        *[
            [i + 1, f"某{i}", "党政办", s]
            for i, s in enumerate(["合格", "优秀", "缺考", 88, "不合格", "九十五", "请假", "（未参考）"])
        ],
    ]
    builders.xlsx(tmp_path / "学法考试成绩.xlsx", {"成绩汇总": scores})
    result = clean(tmp_path)
    assert builders.figures(result)["training.exam_coverage"] == 0.625  # 5 of the 8 listed sat it
    # The grades stay errors of their cells (a score is a number; 九十五 is one); the absence words are no error.
    assert sorted(r["cell"] for r in codes(result, "number.unparseable")) == ["D3", "D4", "D7"]


def test_a_list_of_persons_required_to_sit_the_exam_ticked_whether_they_did_gives_its_coverage(tmp_path):
    # A 参考人员名单: one row per person required to sit the exam, 是否参考 √ or ×, no score and no counts.
    # It was read as training records with nothing to count: the coverage was unknown.
    ticked = [
        ["2024年度国家工作人员学法用法考试参考情况"],
        ["序号", "姓名", "单位", "职务", "是否参考", "备注"],
        [1, "甲某", "党政办", "主任", "√", None],
        [2, "乙某", "财政所", "所长", "√", None],
        [3, "丙某", "执法队", "队长", "×", "病假"],
        [4, "丁某", "党政办", "干事", "√", None],
    ]
    builders.xlsx(tmp_path / "2024年学法考试参考人员名单.xlsx", {"Sheet1": ticked})
    got = builders.figures(clean(tmp_path))
    assert got["training.exam_coverage"] == 0.75  # 3 of the 4 listed sat it


def test_an_exam_platform_export_counts_leading_cadres_required_to_sit_less_those_excused(tmp_path):
    # A 国家工作人员学法用法及法律知识考试 platform's per-person export: 是否领导干部, 应参考 是/否, 考试状态 已参考 /
    # 未参考 / 缺考 / 免考（病假、产假、借调）. Every row had been a person required to sit it (coverage 4/8 = 0.5 here).
    # The rate is the leading cadres' (领导干部法宣在线考试参考率); a person excused (免考) is not required to sit it;
    # 缺考 is required and absent; 应参考 否 is not required.
    export = [
        ["2024年度国家工作人员学法用法及法律知识考试参考情况导出"],
        ["序号", "姓名", "单位/部门", "职务", "是否领导干部", "应参考", "考试状态", "成绩", "是否合格"],
        [1, "甲某", "党政办", "主任", "是", "是", "已参考", 92, "合格"],
        [2, "乙某", "司法所", "所长", "是", "是", "已参考", 85, "合格"],
        [3, "丙某", "财政所", "所长", "是", "是", "缺考", None, None],
        [4, "丁某", "执法队", "队长", "是", "是", "免考（病假）", None, None],
        [5, "戊某", "综治办", "主任", "是", "是", "免考（借调）", None, None],
        [6, "己某", "党政办", "科员", "否", "是", "已参考", 78, "合格"],
        [7, "庚某", "党政办", "科员", "否", "是", "未参考", None, None],
        [8, "辛某", "财政所", "科员", "是", "否", "未参考", None, None],
        [9, "壬某", "司法所", "副所长", "是", "否", "已参考", 88, "合格"],  # sat it, not required: no part of the rate
    ]
    builders.xlsx(tmp_path / "2024年学法考试参考情况导出.xlsx", {"参考明细": export})
    got = builders.figures(clean(tmp_path))
    assert got["training.exam_coverage"] == round(2 / 3, 4)  # 甲 and 乙 sat it of 甲, 乙, 丙 (never 3 of 3)
    # Without 是否领导干部 the rate is everyone's required to sit it: 甲, 乙, 己 of 甲, 乙, 丙, 己, 庚.
    everyone = [row[:4] + row[5:] for row in export]
    builders.xlsx(tmp_path / "2024年学法考试参考情况导出.xlsx", {"参考明细": everyone})
    assert builders.figures(clean(tmp_path))["training.exam_coverage"] == 0.6


def test_two_ledgers_side_by_side_in_one_sheet_are_read_apart(tmp_path):
    # A 法制工作台账 keeping 行政应诉 on the left and 规范性文件备案 on the right of one sheet, a blank column
    # between them, each under its own section title and with its own 序号: two ledgers, not one with unknown columns.
    rows = [
        ["某镇2024年法制工作台账"],
        ["一、行政应诉案件登记", None, None, None, None, None, None, "二、规范性文件备案登记"],
        ["序号", "案号", "原告", "案由", "开庭时间", "负责人是否出庭", None, "序号", "文件名称", "文号", "印发日期"],
        [1, "（2024）某01行初1号", "甲某", "行政处罚", "2024年3月19日", "是", None, 1, "某镇奖补办法", "某府发〔2024〕3号", "2024年2月26日"],
        [2, "（2024）某01行初2号", "乙某", "行政强制", "2024年6月25日", "否", None, 2, "某镇权力清单", "某府发〔2024〕11号", "2024年7月8日"],
        [3, "（2024）某01行初3号", "丙某", "行政协议", "2024年9月12日", "是"],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "法制工作台账.xlsx", {"法制工作": rows}, merged={"法制工作": ["A1:K1", "A2:F2", "H2:K2"]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (3, 2)
    assert got["normative_documents.issued"] == 2
    (note,) = codes(result, "sheet.side_by_side")
    assert (note["detail"], note["level"]) == ("2", "提示")
    assert not [r for r in codes(result, "column.unknown") if r["header"] in ("文件名称", "文号", "印发日期")]
    parts = result.manifest["files"][0]["sheets"]
    assert [(p["sheet"], p["columns"]) for p in parts] == [("法制工作（A–F列）", "A–F"), ("法制工作（H–K列）", "H–K")]
    builders.assert_rows_conserved(result.manifest)


def test_a_wide_ledger_with_a_blank_spacer_column_stays_one_table(tmp_path):
    # A spacer column inside one ledger, the far side without a 序号 of its own: not two ledgers.
    rows = [
        ["序号", "案号", "原告", "案由", None, "开庭时间", "负责人是否出庭"],
        [1, "（2024）某01行初1号", "甲某", "行政处罚", None, "2024-03-19", "是"],
        [2, "（2024）某01行初2号", "乙某", "行政强制", None, "2024-06-25", "否"],
    ]
    builders.xlsx(tmp_path / "应诉.xlsx", {"应诉": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["litigation.cases"] == 2
    assert codes(result, "sheet.side_by_side") == []


def test_a_register_copied_beside_itself_counts_once(tmp_path):
    # A register pasted a second time to the right of itself after a blank column (a copy to compare against): the
    # copy's header is the left one's title by title (编号 first, no 序号), a 注： line under both. Read as one wide
    # table its columns had two titles each (化解结果 from either copy); read apart, a 主动公开 register (no number
    # of its own) had been counted twice and the right copy's 注： line taken for a record without its date.
    disputes = [
        ["编号", "登记日期", "纠纷类型", "当事人", "化解结果", "化解时间"],
        [1, "2024-02-06", "邻里纠纷", "甲某、乙某", "已化解", "2024-02-22"],
        [2, "2024-02-22", "山林土地纠纷", "丙某、丁某", "化解中", None],
        [3, "2024-05-09", "婚姻家庭纠纷", "戊某、己某", "化解成功", "2024-05-20"],
        [],
        ["注：化解结果以村调委会回访为准。"],
    ]
    published = [
        ["序号", "标题", "发布时间", "发布渠道", "责任科室"],
        [1, "城市管理执法公示", "2024-01-09", "微信公众号", "社事办"],
        [2, "老旧小区改造项目公示", "2024-01-10", "政务公开栏", "党政办"],
        [],
        ["注：发布渠道按首次发布计。"],
    ]

    def beside_itself(rows):
        return [[*r, None, *r] if len(r) > 1 else [*r, *([None] * 5), None, *r] if r else [] for r in rows]

    builders.xlsx(tmp_path / "某村2024年矛盾纠纷排查化解台账.xlsx", {"排查台账": beside_itself(disputes)})
    builders.xlsx(tmp_path / "某镇2024年主动公开信息登记.xlsx", {"主动公开": beside_itself(published)})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"], got["disclosure.proactive"]) == (3, 2, 2)
    # The disputes copy agrees cell by cell (its 注： line too); the published one's 注： line stands a column off.
    assert [r["detail"] for r in codes(result, "sheet.copy_beside")] == ["H–M"]
    assert result.issues.query("level == '错误'").empty


COUNSEL_LOG = [
    ["序号", "值班日期", "服务村（社区）", "服务情况", None, None, "顾问签名"],
    [None, None, None, "解答法律咨询（人次）", "审查合同（份）", "出具法律意见（份）", None],
    [1, "2024年1月4日", "北洼村", 3, 2, 1, "甲某"],
    [2, "2024年3月12日", "沙岗村", 1, None, None, "乙某"],
]
COUNSEL_MERGES = ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2"]


def test_a_wide_log_copied_beside_itself_counts_once_though_its_titles_are_services(tmp_path):
    # A counsel's duty log (counts per service under 服务情况) pasted again right of itself after a blank column: its
    # titles are services a spec knows as values, not titles, so only the cells tell the copy. Read as one table of
    # every title twice, each count had doubled (苇塘镇 side_by_side: 98 consultations read as 196).
    rows = [[*r, None, *r] for r in COUNSEL_LOG]
    merges = [*COUNSEL_MERGES, "I1:I2", "J1:J2", "K1:K2", "L1:N1", "O1:O2"]
    builders.xlsx(
        tmp_path / "某镇法律顾问值班服务登记表（2024年）.xlsx", {"值班登记": rows}, merged={"值班登记": merges}
    )
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (4, 2, 1)
    assert [r["detail"] for r in codes(result, "sheet.copy_beside")] == ["I–O"]


def test_a_month_per_row_log_copied_beside_itself_counts_once_though_no_title_is_a_spec_title(tmp_path):
    # A counsel's log a row per month (月份 | 法律咨询（次） | 审查合同（份） …), under a line naming the firm, pasted again
    # right of itself: 月份 and the services are no spec's titles, the services are a vocabulary's values (岁丰镇
    # side_by_side: 58 consultations read as 116, every service doubled).
    log = [
        ["某镇人民政府法律顾问服务台账"],
        ["法律顾问单位：某律师事务所", None, None, "聘用期限：2024年1月1日至2024年12月31日"],
        ["月份", "法律咨询（次）", "审查合同（份）", "出具法律意见书（份）", "服务律师", "备注"],
        ["2024年1月", 3, 2, 1, "甲律师", None],
        ["2024年2月", 4, None, 1, "乙律师", None],
        ["2024年3月", 5, 1, None, "甲律师", "现场服务4小时"],
    ]
    rows = [r + [None] * (7 - len(r)) + r for r in log]
    builders.xlsx(tmp_path / "某镇法律顾问服务台账.xlsx", {"2024年": rows}, merged={"2024年": ["A1:F1", "H1:M1"]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (12, 3, 2)
    assert [r["detail"] for r in codes(result, "sheet.copy_beside")] == ["H–M"]


def test_a_log_beside_a_log_differing_in_one_cell_is_two_logs(tmp_path):
    # The same template kept twice side by side, for two halves of the year: one cell differs, so no copy.
    second = [*COUNSEL_LOG[:2], [1, "2024年7月4日", "北洼村", 3, 2, 1, "甲某"], COUNSEL_LOG[3]]
    rows = [[*a, None, *b] for a, b in zip(COUNSEL_LOG, second)]
    merges = [*COUNSEL_MERGES, "I1:I2", "J1:J2", "K1:K2", "L1:N1", "O1:O2"]
    builders.xlsx(
        tmp_path / "某镇法律顾问值班服务登记表（2024年）.xlsx", {"值班登记": rows}, merged={"值班登记": merges}
    )
    result = clean(tmp_path)
    assert builders.figures(result)["counsel.consultations"] == 8
    assert codes(result, "sheet.copy_beside") == []


def test_labour_dispute_wordings_are_the_labour_dispute_type(tmp_path):
    # 劳资纠纷 is how grid registers name a 劳动争议 (unpaid wages, a boss and his workers).
    rows = [
        ["序号", "排查日期", "纠纷类型", "化解状态"],
        [1, "2024-03-05", "劳资纠纷", "已化解"],
        [2, "2024-03-06", "劳资", "化解中"],
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"3月": rows})
    result = clean(tmp_path)
    assert builders.table_counts(result.tables["disputes"], "dispute_type") == {"劳动争议": 2}
    assert codes(result, "vocab.unknown") == []


def test_codes_a_header_explains_are_read_as_their_words(tmp_path):
    # A grid form's 是否化解（1是0否） and a system export's 协议形式（1=口头，2=书面）: the legend in the header says
    # what 1, 0 and 2 stand for; without a legend a bare 1 stays unknown.
    disputes = [
        ["序号", "排查日期", "纠纷类型", "是否化解（1是0否）"],
        [1, "2024-07-05", "邻里纠纷", 1],
        [2, "2024-07-09", "邻里纠纷", 0],
        [3, "2024-07-12", "婚姻家庭纠纷", "1"],
    ]
    mediation = [
        ["案件编号", "受理日期", "调解结果", "协议形式（1=口头，2=书面）", "补贴金额（元）"],
        ["M1", "2024-03-05", "调解成功", 1, 50],
        ["M2", "2024-04-05", "调解成功", 2, 100],
        ["M3", "2024-05-05", "调解成功", 2, 100],
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"7月": disputes})
    builders.xlsx(tmp_path / "调解.xlsx", {"调解": mediation})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 2)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (3, 1, 2)
    assert codes(result, "vocab.unknown") == []
    builders.xlsx(tmp_path / "b" / "排查.xlsx", {"7月": [["序号", "排查日期", "纠纷类型", "是否化解"], *disputes[1:]]})
    assert builders.figures(clean(tmp_path / "b"))["disputes.resolved"] is None


def test_a_count_typed_after_the_service_in_its_cell_is_the_quantity(tmp_path):
    # No quantity column: 服务内容及数量 holds 审查合同3份, 解答法律咨询十二人次; a cell without a count counts 1.
    rows = [
        ["序号", "服务日期", "服务对象", "服务内容及数量", "法律顾问"],
        [1, "2024.3.5", "某村", "审查合同3份", "甲某"],
        [2, "2024.4.8", "某镇人民政府", "解答法律咨询十二人次", "甲某"],
        [3, "2024.5.9", "某村", "出具法律意见书", "甲某"],
        [4, "2024.6.2", "某村", "出具法律意见书2件", "甲某"],
        [5, "2024.7.1", "某村", "协助法律援助1件", "甲某"],
    ]
    builders.xlsx(tmp_path / "法律顾问服务台账.xlsx", {"服务台账": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["counsel.document_reviews"], got["counsel.consultations"]) == (3, 12)
    assert (got["counsel.opinions"], got["counsel.legal_aid"]) == (3, 1)


def test_a_quantity_column_of_its_own_wins_over_a_count_in_the_service_cell(tmp_path):
    rows = [
        ["序号", "服务日期", "服务类型", "数量"],
        [1, "2024-03-05", "审查合同3份", 2],
        [2, "2024-04-08", "法律咨询", None],
    ]
    builders.xlsx(tmp_path / "法律顾问服务台账.xlsx", {"服务台账": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["counsel.document_reviews"], got["counsel.consultations"]) == (2, 1)


def test_one_row_per_offender_under_a_repeated_case_number_is_one_case(tmp_path):
    # A police station's 治安案件查处登记: each offender a row, the 案件编号 repeated; cases count by the number
    # within the sheet, a row without a number counts itself.
    rows = [
        ["序号", "案件编号", "发生日期", "案件类型", "违法行为人", "处理结果"],
        [1, "某派行案字〔2024〕001号", "2024-03-05", "涉黄治安案件", "甲某", "行政拘留十日"],
        [2, "某派行案字〔2024〕001号", "2024-03-05", "涉黄治安案件", "乙某", "罚款500元"],
        [3, "某派行案字〔2024〕002号", "2024-05-05", "涉黄治安案件", "丙某", "警告"],
        [4, None, "2024-06-05", "涉黄治安案件", "丁某", "警告"],
        [5, "某派行案字〔2024〕003号", "2024-07-05", "涉赌治安案件", "戊某", "警告"],
    ]
    builders.xlsx(tmp_path / "平安建设台账.xlsx", {"治安案件查处登记": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["security.vice_cases"] == 3
    # The report's table by type counts the same cases.
    by_type = breakdowns.counts(result.tables["security"], breakdowns.declared()["security.type"])
    assert by_type.to_dict() == {"涉黄治安案件": 3, "涉赌治安案件": 1}
    # No 拘留人数 column: the detentions are unknown, never read out of the words of 处理结果.
    assert got["security.vice_detentions"] is None


def test_a_case_number_restarting_in_each_sheet_still_names_different_cases(tmp_path):
    head = ["序号", "案件编号", "发生日期", "案件类型", "拘留人数"]
    first = [head, [1, "1", "2024-03-05", "涉黄治安案件", 1], [2, "2", "2024-03-06", "涉黄治安案件", 0]]
    second = [head, [1, "1", "2024-09-05", "涉黄治安案件", 2]]
    builders.xlsx(tmp_path / "平安建设台账.xlsx", {"上半年": first, "下半年": second})
    got = builders.figures(clean(tmp_path))
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (3, 3)


def test_a_是否化解_answered_已移交司法所_is_no_dispute_resolved(tmp_path):
    """A register asking 是否化解 beside its 办理状态 (已办结) answers some rows with what was done instead (已移交司法所,
    已上报, 已转办): each had been 是 by its 已, a dispute handed on counted as resolved (5 for 2). It is no answer, an
    error asking, and 已办结 alone does not say resolved: the count is unknown until the office answers."""
    head = ["序号", "排查时间", "纠纷类型", "办理状态", "是否化解"]
    said = ["是", "已化解", "已移交司法所", "已上报", "已转办", "否"]
    rows = [[i, f"2024年{i + 2}月1日", "土地纠纷", "已办结", a] for i, a in enumerate(said, 1)]
    builders.xlsx(tmp_path / "矛盾纠纷排查登记.xlsx", {"排查": [head, *rows]})
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (6, None)
    assert len(codes(result, "bool.unparseable")) == 3


def test_two_villages_sheets_alike_record_for_record_are_two_villages_disputes(tmp_path):
    """A book of a sheet per village, numbered from 1 in each, screened on the same days for the same kinds of
    dispute (a monthly 排查 day; parties not named): 西村's three rows read as copies of 东村's (4 disputes for 7)."""
    head = ["序号", "排查时间", "纠纷双方", "纠纷类型", "是否化解"]
    rows = [[i, f"2024年{i + 2}月1日", "甲与乙", "土地纠纷", "是"] for i in range(1, 5)]
    builders.xlsx(tmp_path / "各村纠纷排查.xlsx", {"东村": [head, *rows], "西村": [head, *rows[:3]]})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 7
    assert codes(result, "row.duplicate") == []


def test_a_summary_sheet_repeating_the_villages_records_still_counts_them_once(tmp_path):
    """The guard above is between two villages' sheets only: a 汇总 sheet listing both villages' records again is
    a copy of them."""
    head = ["序号", "排查时间", "当事人", "纠纷类型", "化解情况"]
    east = [[i, f"2024-0{i}-05", f"张{i}", "邻里纠纷", "已化解"] for i in (1, 2)]
    west = [[i, f"2024-0{i}-09", f"李{i}", "婚姻家庭纠纷", "已化解"] for i in (1, 2)]
    summary = [[k, *r[1:]] for k, r in enumerate([*east, *west], 1)]
    builders.xlsx(tmp_path / "纠纷排查.xlsx", {"东村": [head, *east], "西村": [head, *west], "汇总": [head, *summary]})
    assert builders.figures(clean(tmp_path))["disputes.screened"] == 4


def test_a_draft_the_legality_review_stopped_is_no_document_issued(tmp_path):
    # A 合法性审核登记: 送审时间 beside 印发日期; a draft 不同意出台 has no 印发日期 and was never issued.
    rows = [
        ["序号", "送审时间", "文件名称", "审核意见", "印发日期", "文号"],
        [1, "2023年12月20日", "某镇建房管理办法", "修改后出台", "2024年1月9日", "某府发〔2024〕1号"],
        [2, "2024年4月6日", "某镇一事一议细则", "同意出台", "2024年4月25日", "某府发〔2024〕2号"],
        [3, "2024年7月3日", "某镇摊位管理规定", "不同意出台", None, None],
        [4, "2024年12月18日", "某镇防火办法", "同意出台", "2025年1月5日", "某府发〔2025〕1号"],
    ]
    builders.xlsx(tmp_path / "规范性文件合法性审核登记表.xlsx", {"审核登记": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["normative_documents.issued"] == 2
    assert codes(result, "row.required_missing") == []


def test_a_draft_sent_back_or_still_under_review_is_no_document_issued_and_no_missing_date(tmp_path):
    # 退回修改 and 审核中 at the year's end had been no opinion, and their blank 印发日期 errors asking for a date the
    # draft never had: the count was unknown. A draft approved without its date is still missing it.
    rows = [
        ["序号", "文件名称", "送审日期", "合法性审核意见", "文号", "印发日期"],
        [1, "某镇甲办法", "2024-01-10", "同意出台", "某府发〔2024〕1号", "2024-02-01"],
        [2, "某镇乙办法", "2024-03-10", "退回修改", None, None],
        [3, "某镇丙办法", "2024-11-10", "审核中", None, None],
        [4, "某镇丁办法", "2024-09-10", "修改后出台", "某府发〔2024〕5号", "2024-10-01"],
    ]
    builders.xlsx(tmp_path / "2024年规范性文件合法性审核登记表.xlsx", {"审核登记": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["normative_documents.issued"] == 2
    assert codes(result, "row.required_missing") == codes(result, "vocab.unknown") == []
    rows[4][5] = None
    builders.xlsx(tmp_path / "b" / "2024年规范性文件合法性审核登记表.xlsx", {"审核登记": rows})
    result = clean(tmp_path / "b")
    assert builders.figures(result)["normative_documents.issued"] is None
    assert [r["cell"] for r in codes(result, "row.required_missing")] == ["F5"]


def test_a_review_register_of_three_sorts_of_matters_counts_only_its_documents(tmp_path):
    # A 合法性审查台账 registers every matter the office reviewed (审查类别 行政规范性文件 / 重大行政决策 / 合同协议):
    # a decision's 实施方案 has a 文号 and a date, a contract its 签订日期, and neither is a document issued.
    rows = [
        ["序号", "收件日期", "审查事项名称", "审查类别", "审查意见", "印发（签订）日期", "文号（合同编号）"],
        [1, "2024-02-26", "某镇集体资产管理办法", "行政规范性文件", "同意", "2024.03.12", "某府规〔2024〕1号"],
        [2, "2024-03-04", "某镇人居环境整治实施方案", "重大行政决策", "同意", "2024.03.25", "某府发〔2024〕7号"],
        [3, "2024-04-15", "某村产业路施工合同", "合同协议", "修改后同意", "2024.04.28", "HT-2024-001"],
        [4, "2024-05-08", "某镇建房管理规定", "行政规范性文件", "修改后同意", "2024.06.03", "某府规〔2024〕2号"],
        [5, "2024-07-08", "某镇法律顾问服务协议", "合同", "同意", "2024.07.15", "HT-2024-002"],
    ]
    builders.xlsx(tmp_path / "合法性审查工作台账.xlsx", {"合法性审查台账": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["normative_documents.issued"] == 2
    notes = codes(result, "row.other_matter")
    assert sorted((n["value"], n["detail"]) for n in notes) == [("合同协议", "4、6"), ("重大行政决策", "3")]
    assert codes(result, "vocab.unknown") == []


def test_a_disclosure_catalogue_beside_the_ledger_leaves_the_ledger_whole(tmp_path):
    # The 基层政务公开标准目录 lists the matters to publish (公开事项, 公开时限, ■政府网站, 主动 √), not items
    # published: kept as a second sheet of the ledger's book, it had made the whole kind unusable (no 公开日期).
    ledger = [
        ["序号", "信息标题", "发布日期", "发布渠道", "公开类型"],
        [1, "关于烤烟收购的通知", "2024-03-05", "政府网站", "主动公开"],
        [2, "镇长接受电视台采访", "2024-04-09", "媒体报道", "媒体发布"],
        [3, "某村低保公示", "2024-05-11", "政务公开栏", "主动公开"],
    ]
    catalogue = [
        ["某镇基层政务公开标准目录"],
        [
            "序号",
            "公开事项",
            None,
            "公开内容（要素）",
            "公开依据",
            "公开时限",
            "公开主体",
            "公开渠道和载体",
            "公开方式",
            None,
        ],
        [None, "一级事项", "二级事项", None, None, None, None, None, "主动", "依申请公开"],
        [
            1,
            "政府文件",
            "政府文件",
            "政府文件。",
            "政府信息公开条例",
            "20个工作日内",
            "镇人民政府",
            "■政府网站",
            "√",
            None,
        ],
        [
            2,
            "财政信息",
            "财政预决算",
            "预决算。",
            "预算法",
            "20个工作日内",
            "镇人民政府",
            "■政府网站 ■公开栏",
            "√",
            None,
        ],
    ]
    builders.xlsx(tmp_path / "政务公开台账.xlsx", {"信息发布台账": ledger, "标准目录": catalogue})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disclosure.proactive"], got["disclosure.media"]) == (2, 1)
    (note,) = codes(result, "sheet.other_document")
    assert (note["sheet"], note["level"]) == ("标准目录", "提示")
    assert codes(result, "column.missing") == []


def test_a_register_of_every_document_issued_counts_only_those_it_says_are_normative(tmp_path):
    # A 发文登记 of all the town's documents says of each whether it is a 行政规范性文件 (是 / 否): a notice or a
    # plan has a 文号 and a date too, and counting it made 8 documents of 2.
    rows = [
        ["序号", "文件名称", "文号", "印发日期", "是否属于行政规范性文件", "备案情况"],
        [1, "关于做好春耕生产的通知", "某府发〔2024〕1号", "2024-02-26", "否", None],
        [2, "某镇集体资产管理办法", "某府发〔2024〕2号", "2024-03-12", "是", "已报县司法局备案"],
        [3, "某镇人居环境整治实施方案", "某府发〔2024〕3号", "2024-04-02", "否", None],
        [4, "某镇建房管理规定", "某府发〔2024〕4号", "2024-06-03", "是", "已报县司法局备案"],
    ]
    builders.xlsx(tmp_path / "规范性文件台账.xlsx", {"文件登记": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["normative_documents.issued"] == 2
    (note,) = codes(result, "row.other_matter")
    assert (note["value"], note["detail"]) == ("否", "2、4")


def test_a_police_register_naming_the_offence_counts_the_vice_cases(tmp_path):
    # 案件性质 written as 治安管理处罚法 第六十六至六十九条 name the offence (容留卖淫, 传播淫秽物品): 涉黄 cases,
    # as 赌博 (第七十条) is 涉赌; before, each was an unknown value and both figures were unavailable.
    rows = [
        ["序号", "受案日期", "案件性质", "违法行为人", "处理结果", "治安拘留人数"],
        [1, "2024-03-05", "卖淫嫖娼", "甲某", "行政拘留十日", 2],
        [2, "2024-04-05", "容留卖淫", "乙某", "行政拘留十日", 1],
        [3, "2024-05-05", "传播淫秽物品", "丙某", "罚款500元", 0],
        [4, "2024-06-05", "引诱、容留、介绍卖淫", "丁某", "行政拘留五日", 1],
        [5, "2024-07-05", "为赌博提供条件", "戊某", "行政拘留五日", 1],
    ]
    builders.xlsx(tmp_path / "治安案件查处台账.xlsx", {"治安案件": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (4, 4)
    assert codes(result, "vocab.unknown") == [] and codes(result, "vocab.several") == []


def test_offence_then_case_word_in_a_police_register_leaves_the_figures_whole(tmp_path):
    # A 派出所's 平安建设 list writes each type as the offence and then 治安案件 (盗窃治安案件 beside 涉黄治安案件):
    # read by the offence, a 盗窃 case is one of the others, and the 涉黄 and 家暴 figures stand (榕溪镇, 2025).
    rows = [
        ["序号", "日期", "类型", "村（社区）", "当事人", "处理结果", "拘留人数"],
        [1, "2025-02-05", "家暴告诫书", "某村", "甲某", "出具家庭暴力告诫书", None],
        [2, "2025-03-11", "盗窃治安案件", "某村", "乙某", "罚款", None],
        [3, "2025-04-18", "涉黄治安案件", "某社区", "丙某", "行政拘留十日", 2],
        [4, "2025-06-20", "赌博治安案件", "某村", "丁某", "行政拘留五日", 1],
        [5, "2025-09-02", "卖淫嫖娼治安案件", "某村", "戊某", "行政拘留五日", 1],
    ]
    builders.xlsx(tmp_path / "派出所平安建设工作台账.xlsx", {"台账": rows})
    result = clean(tmp_path, year=2025)
    got = builders.figures(result)
    assert (got["security.dv_warnings"], got["security.vice_cases"], got["security.vice_detentions"]) == (1, 2, 3)
    assert codes(result, "vocab.unknown") == []


def test_an_approved_draft_without_its_issue_date_is_still_missing_its_date(tmp_path):
    rows = [
        ["序号", "文件名称", "审核意见", "印发日期", "文号"],
        [1, "某镇建房管理办法", "同意出台", "2024年1月9日", "某府发〔2024〕1号"],
        [2, "某镇摊位管理规定", "同意出台", None, "某府发〔2024〕2号"],
    ]
    builders.xlsx(tmp_path / "规范性文件登记.xlsx", {"登记": rows})
    result = clean(tmp_path)
    assert [r["cell"] for r in codes(result, "row.required_missing")] == ["D3"]
    assert builders.figures(result)["normative_documents.issued"] is None


def test_an_application_register_counts_every_application_whatever_the_answer(tmp_path):
    # The portal's 依申请公开 办理台账: 申请公开的信息 names the item, the sheet the type; 不予公开 and 申请人撤回
    # are answers to applications received, not items of a 不予公开 register.
    rows = [
        ["序号", "流水号", "申请时间", "申请方式", "申请公开的信息", "答复时间", "答复结果"],
        [1, "YSQ001", "2024年3月5日", "网上申请", "征地补偿方案", "2024年3月20日", "予以公开"],
        [2, "YSQ002", "2024年5月5日", "信函申请", "低保名单", "2024年5月22日", "不予公开"],
        [3, "YSQ003", "2024年8月5日", "现场申请", "宅基地档案", "2024年8月9日", "申请人撤回"],
    ]
    builders.xlsx(tmp_path / "政府信息公开台账.xlsx", {"依申请公开": rows})
    got = builders.figures(clean(tmp_path))
    assert got["disclosure.on_request"] == 3


def test_appearance_written_as_the_verb_and_contact_as_lost(tmp_path):
    # 负责人出庭情况 出庭 / 未出庭; 是否取得联系 已联系 / 失联.
    lit = [
        ["序号", "案号", "开庭日期", "负责人出庭情况"],
        [1, "（2024）某01行初1号", "2024-03-19", "出庭"],
        [2, "（2024）某01行初2号", "2024-06-25", "未出庭"],
    ]
    fraud = [
        ["序号", "姓名", "管控状态", "是否取得联系"],
        [1, "甲某", "在册", "已联系"],
        [2, "乙某", "在册", "失联"],
        [3, "丙某", "已核减", "失联"],
    ]
    builders.xlsx(tmp_path / "行政诉讼案件登记表.xlsx", {"登记表": lit})
    builders.xlsx(tmp_path / "涉诈高危人员管控台账.xlsx", {"管控台账": fraud})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (2, 1)
    assert (got["fraud_watch.remaining"], got["fraud_watch.contacted"]) == (2, 1)
    assert codes(result, "bool.unparseable") == []


def test_a_counsels_scoring_form_and_a_fraud_warning_register_are_not_ledgers(tmp_path):
    # The 司法所's 法律顾问工作考评表 (项目, 分值, 得分 beside 法律咨询, 法律援助) and the police's 反诈预警劝阻登记表
    # lie beside the ledgers: other documents about the same work, read as no ledger and no error.
    form = [
        ["某村（社区）法律顾问工作考评表（2024年度）"],
        ["项目", "分值", "内容和标准", "评价方式", "评分"],
        ["法律咨询", 15, "每月到村服务不少于1次", "查阅台账", 14],
        ["法律援助", 5, "帮助困难群众获得法律援助", "查阅台账", 5],
        ["法治讲座", 10, "每年不少于2场", "查阅台账", 10],
    ]
    warnings = [
        ["某镇2024年反诈预警劝阻登记表"],
        ["序号", "预警时间", "被预警人", "联系电话", "村（社区）", "预警类型", "劝阻方式", "劝阻结果"],
        [1, "2024-03-05 10:21", "甲某", "13900000000", "某村", "刷单返利", "电话劝阻", "劝阻成功"],
        [2, "2024-04-05 20:01", "乙某", "13900000001", "某村", "虚假投资理财", "见面劝阻", "劝阻成功"],
    ]
    builders.xlsx(tmp_path / "法律顾问工作考评表.xlsx", {"考评表": form})
    builders.xlsx(tmp_path / "反诈预警劝阻登记表.xlsx", {"预警劝阻": warnings})
    result = clean(tmp_path)
    assert not [r for r in result.issues.to_dict("records") if r["level"] == "错误"]
    got = builders.figures(result)
    assert got["counsel.consultations"] is None and got["fraud_watch.remaining"] is None


def _watch_list(title: str, people: list[tuple[str, str, str]]) -> list[list]:
    head = [[title], ["序号", "姓名", "身份证号码", "户籍地", "管控状态", "是否取得联系"]]
    return head + [[i, n, id_no, "某村", state, "是"] for i, (n, id_no, state) in enumerate(people, 1)]


def test_last_years_watch_list_kept_in_a_folder_of_its_year_counts_nothing_this_year(tmp_path):
    # A watch list has no date: the office keeps a book a year, last year's in a folder 2023年 beside this year's
    # (and one more named 2023年 in the title): other people, other states. Both had been counted as this year's.
    this_year = [("甲某", "99010119800101001X", "在管"), ("乙某", "990101198002020020", "已核减")]
    last_year = [("丙某", "990101198003030030", "在管"), ("丁某", "990101198004040040", "在管")]
    last_year += [("戊某", "990101198005050050", "已核减")]
    builders.xlsx(tmp_path / "涉诈高危人员管控台账.xlsx", {"管控": _watch_list("某镇涉诈高危人员管控台账", this_year)})
    (tmp_path / "2023年").mkdir()
    builders.xlsx(
        tmp_path / "2023年" / "涉诈高危人员管控台账.xlsx", {"管控": _watch_list("某镇涉诈高危人员管控台账", last_year)}
    )
    builders.xlsx(tmp_path / "管控名单.xlsx", {"管控": _watch_list("某镇2023年涉诈高危人员管控名单", last_year[:1])})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.remaining"], got["fraud_watch.removed"], got["fraud_watch.contacted"]) == (1, 1, 1)
    said = sorted((n["file"], n["detail"], n["expected"], n["level"]) for n in codes(result, "file.other_years_book"))
    assert said == [
        ("2023年/涉诈高危人员管控台账.xlsx", "2023年", "涉诈高危人员管控台账.xlsx", "提示"),
        ("管控名单.xlsx", "2023年", "涉诈高危人员管控台账.xlsx", "提示"),
    ]


def test_last_years_books_kept_in_a_years_folder_of_the_offices_folders_are_last_years_books(tmp_path):
    # Leftovers round 15 (the neighbour_years variant over CSVs and web pages): last year's folder kept whole beside
    # this year's offices, 2023年/执法办/执法台账.xlsx beside 执法办/执法台账.xlsx. Only a years folder right above a
    # book had been read as one (2023年/执法台账.xlsx): this one was an 错误, file.wrong_year, "可能放错了年份文件夹".
    (tmp_path / "执法办").mkdir()
    (tmp_path / "2023年" / "执法办").mkdir(parents=True)
    builders.xlsx(
        tmp_path / "执法办" / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(4)]}
    )
    last = builders.enforcement_rows(6, start=101, year=2023)
    builders.xlsx(tmp_path / "2023年" / "执法办" / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *last]})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.cases"] == 4
    assert not codes(result, "file.wrong_year")
    said = [(n["file"], n["detail"], n["expected"], n["level"]) for n in codes(result, "file.other_years_book")]
    assert said == [("2023年/执法办/执法台账.xlsx", "2023年", "执法办/执法台账.xlsx", "提示")]


def test_a_watch_list_named_for_another_year_alone_is_the_kinds_list(tmp_path):
    # The only list handed over is titled 2023年 (a title not updated): no list of this year beside it, so it is read.
    people = [("甲某", "99010119800101001X", "在管"), ("乙某", "990101198002020020", "已核减")]
    builders.xlsx(tmp_path / "管控台账.xlsx", {"管控": _watch_list("某镇2023年涉诈高危人员管控台账", people)})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.remaining"], got["fraud_watch.removed"]) == (1, 1)
    assert not codes(result, "file.other_years_book")


def test_an_anti_fraud_publicity_log_beside_the_watch_list_is_no_ledger(tmp_path):
    # One 反诈 book: the 涉诈高危人员 list and a 反诈宣传活动台账 (宣传日期, 宣传地点, 宣传形式, 参与人数) — activities
    # held, not persons watched. The log is another document; the list's figures stand.
    persons = [
        ["某镇涉诈高危人员管控台账"],
        ["序号", "姓名", "身份证号码", "户籍地", "管控状态", "见面核查情况"],
        [1, "甲某", "99010119800101001X", "某村", "在管", "已见面"],
        [2, "乙某", "990101198002020020", "某村", "已核减", "已见面"],
        [3, "丙某", "990101198003030030", "某村", "在管", "未取得联系"],
    ]
    publicity = [
        ["某镇2024年反诈宣传活动台账"],
        ["序号", "宣传日期", "宣传地点", "宣传形式", "参与人数", "发放资料（份）", "负责人"],
        [1, "2024-03-05", "某村", "入户走访", 120, 300, "丁某"],
        [2, "2024-06-12", "集镇", "集中宣传", 260, 500, "戊某"],
    ]
    builders.xlsx(tmp_path / "打击治理电信网络诈骗工作台账.xlsx", {"涉诈高危人员": persons, "反诈宣传": publicity})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.remaining"], got["fraud_watch.removed"], got["fraud_watch.contacted"]) == (2, 1, 1)
    assert codes(result, "file.unknown_kind") == []
    assert [n["sheet"] for n in codes(result, "sheet.other_document")] == ["反诈宣传"]


def test_a_key_persons_list_and_a_report_on_law_register_are_no_training(tmp_path):
    # The 综治 book's 重点人员服务管理台账 (姓名, 身份证号码, 人员类别, 列管日期) and the 党政办's 领导干部述法登记表
    # (述法人, 职务, 述法时间, 述法方式): persons and leaders' reports, not sessions held. Read as training they made
    # a town without any training ledger report 0 法律明白人 sessions where the truth is unknown.
    key_persons = [
        ["某镇2024年重点人员服务管理台账"],
        ["序号", "姓名", "身份证号码", "人员类别", "所在村（社区）", "列管日期", "管控措施", "责任人"],
        [1, "甲某", "990101198001010010", "社区矫正对象", "某村", "2024-03-05", "每月走访", "乙某"],
        [2, "丙某", "990101198102020020", "刑满释放人员", "某村", "2024-05-06", "每周电话联系", "乙某"],
    ]
    reports = [
        ["某镇2024年度领导干部述法登记表"],
        ["序号", "述法人", "职务", "述法时间", "述法方式", "评议等次"],
        [1, "丁某", "党委书记", "2024年12月27日", "会议述法", "好"],
        [2, "戊某", "镇长", "2024年12月27日", "会议述法", "好"],
    ]
    builders.xlsx(tmp_path / "平安建设（综治）工作台账.xlsx", {"重点人员": key_persons})
    builders.xlsx(tmp_path / "述法工作台账.xlsx", {"领导干部述法": reports})
    result = clean(tmp_path)
    assert "training" not in result.tables
    assert builders.figures(result)["training.legal_literacy_sessions"] is None
    assert sorted(n["sheet"] for n in codes(result, "sheet.other_document")) == ["重点人员", "领导干部述法"]
    assert not [r for r in result.issues.to_dict("records") if r["level"] == "错误"]


def test_who_studied_is_named_by_the_study_records_participants(tmp_path):
    # A 领导干部学法记录 whose title names 领导干部, its 参学人员 column naming who studied each time.
    rows = [
        ["某镇2024年领导干部学法记录"],
        ["序号", "学法时间", "学法内容", "学法形式", "参学人员", "参学人数"],
        [1, "2024年3月5日", "行政处罚法", "会前学法", "班子成员", 12],
        [2, "2024年4月5日", "民法典", "法律明白人培训", "各村法律明白人", 30],
        [3, "2024年5月5日", "信访工作条例", "专题讲座", "全体干部", 50],
    ]
    builders.xlsx(tmp_path / "学法记录.xlsx", {"学法记录": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 1
    assert codes(result, "vocab.unknown") == []


def test_a_result_not_yet_given_is_a_case_still_open_not_an_unknown_value(tmp_path):
    rows = [
        ["序号", "案号", "立案日期", "开庭日期", "负责人是否出庭", "审理结果"],
        [1, "（2024）某01行初1号", "2024-02-01", "2024-03-19", "是", "驳回诉讼请求"],
        [2, "（2024）某01行初2号", "2024-05-01", "2024-06-25", "否", "审理中"],
        [3, "（2024）某01行初3号", "2024-12-04", "2025-01-16", "否", "待开庭"],
    ]
    builders.xlsx(tmp_path / "行政诉讼案件登记表.xlsx", {"登记表": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["litigation.cases"] == 2
    assert codes(result, "vocab.unknown") == []


def test_an_indicator_unit_value_form_over_several_kinds_gives_each_kind_its_figures(tmp_path):
    # A county's 年度法治政府建设数据统计表: 指标 | 单位 | 数值 rows under section lines 一、二、三、, one table
    # stating figures of several kinds, a rate's row with % in the 单位 column, detentions named in one row label.
    rows = [
        ["某镇2024年度法治政府建设数据统计表"],
        ["指标", "单位", "数值", "备注"],
        ["一、行政应诉"],
        ["行政诉讼应诉案件", "件", 4, None],
        ["行政机关负责人出庭应诉", "件次", 3, None],
        ["负责人出庭应诉率", "%", "75%", None],
        ["二、平安建设"],
        ["家庭暴力告诫书", "份", 6, None],
        ["家暴治安案件行政拘留", "人", 1, None],
        ["涉黄治安案件", "起", 3, None],
        ["涉黄治安案件行政拘留", "人", 5, None],
    ]
    builders.xlsx(tmp_path / "法治政府建设数据统计表.xlsx", {"统计表": rows})
    result = clean(tmp_path)
    assert not codes(result, "file.unknown_kind")
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (4, 3)
    assert got["litigation.appearance_rate"] == 0.75
    assert (got["security.dv_warnings"], got["security.dv_detentions"]) == (6, 1)
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (3, 5)


def test_quarter_sheets_add_their_flows_and_take_the_last_quarters_stock(tmp_path):
    # A 季度报表 per quarter (项目 | 单位 | 本季 | 累计): assigned and resolved items flow and add up over the
    # quarters (8, 7); 正在化解（季末） is what stands at each quarter's end, so the year's is the fourth
    # quarter's (1), not the sum of the four (4), whatever order the sheets are in.
    assigned, resolved, stock = [2, 1, 3, 2], [1, 2, 1, 3], [1, 0, 2, 1]

    def form(q: int) -> list[list]:
        return [
            ["某镇信访工作季度报表"],
            ["项目", "单位", "本季", "累计"],
            ["上级交办信访事项", "件", assigned[q], sum(assigned[: q + 1])],
            ["其中：已化解", "件", resolved[q], sum(resolved[: q + 1])],
            ["正在化解（季末）", "件", stock[q], stock[q]],
        ]

    names = ["一季度", "二季度", "三季度", "四季度"]
    builders.xlsx(tmp_path / "信访季度报表.xlsx", {names[q]: form(q) for q in (3, 0, 1, 2)})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (8, 7, 1)
    # The row's own words (已化解) do not make it a row of another kind's section (矛盾纠纷 化解).
    assert got["disputes.resolved"] is None
    assert not codes(result, "statistics.differs")


def test_a_mediation_year_form_naming_agreements_by_how_they_were_reached_states_oral_and_written(tmp_path):
    # A 司法所's 人民调解工作年报表 a row per 调委会: 调解案件数, 调解成功数, a rate, 达成口头协议数, 签订书面协议数 and
    # 协议履行数. The agreements reached orally and signed in writing are the year's oral and written ones.
    rows = [
        ["某镇人民调解工作年报表（2024年度）"],
        ["调解组织", "调解案件数", "调解成功数", "调解成功率", "达成口头协议数", "签订书面协议数", "协议履行数"],
        ["镇调委会", 20, 19, "95.0%", 11, 8, 19],
        ["甲村调委会", 9, 9, "100.0%", 7, 2, 8],
        ["合计", 29, 28, "96.6%", 18, 10, 27],
    ]
    builders.xlsx(tmp_path / "人民调解工作年报表.xlsx", {"年报": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (28, 18, 10)
    assert got["mediation.subsidy_yuan"] is None


def test_monthly_dispute_forms_of_disputes_taken_up_and_settled_state_the_settled_as_resolved(tmp_path):
    # A 矛盾纠纷排查调处情况统计表 a file a month, a row per type: 排查数, 调处数 (taken up), 调处成功数 (settled),
    # 稳控数. The year's resolved disputes are the settled ones, added over the months (24), never the taken up (36).
    counts = [("邻里", 2, 2, 1, 1), ("婚姻家庭", 1, 1, 1, 0)]
    for month in range(1, 13):
        rows = [
            ["某镇矛盾纠纷排查调处情况统计表"],
            [f"统计时段：2024年{month}月1日至{month}月28日"],
            ["纠纷类型", "排查数（件）", "调处数（件）", "调处成功数（件）", "稳控数（件）"],
            *[list(c) for c in counts],
            ["合计", 3, 3, 2, 1],
        ]
        builders.xlsx(tmp_path / f"{month}月矛盾纠纷排查调处统计表.xlsx", {"Sheet1": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["disputes.screened"], got["disputes.resolved"]) == (36, 24)
    assert got["disputes.resolution_rate"] == 0.6667


def test_quarter_forms_of_villages_with_this_period_beside_its_cumulative_under_one_title(tmp_path):
    # A 综治中心's 矛盾纠纷排查调处情况统计表 a quarter a sheet: a row per village and a 合计, each count's title
    # spanning 本期 | 累计 (排查矛盾纠纷 › 本期 / 累计), a 上年同期 and a rate beside. The year is the quarters'
    # 本期 added (40 screened, 34 resolved); the 累计 already holds them, so adding it too (136, 117) counts the
    # first quarter four times.
    screened, resolved = [(5, 3), (4, 6), (8, 4), (7, 3)], [(4, 3), (4, 5), (7, 3), (6, 2)]

    def form(q: int, kept: tuple[str, ...]) -> list[list]:
        def cells(counts, v):
            period, so_far = counts[q][v], sum(counts[i][v] for i in range(q + 1))
            return [x for x, w in ((period, "本期"), (so_far, "累计")) if w in kept]

        n = len(kept)
        head = [
            "村（社区）",
            "排查矛盾纠纷",
            *[None] * (n - 1),
            "调处成功",
            *[None] * (n - 1),
            "上年同期排查",
            "调处率",
        ]
        rows = [[f"某镇2024年第{q + 1}季度矛盾纠纷排查调处情况统计表"], ["填报单位：某镇综治中心", None, "单位：件"]]
        rows += [head, [None, *kept, *kept, None, None]]
        for v, village in enumerate(("甲村", "乙村")):
            rows.append(
                [village, *cells(screened, v), *cells(resolved, v), 9, f"{resolved[q][v] / screened[q][v]:.1%}"]
            )
        total = [sum(x) for x in zip(cells(screened, 0), cells(screened, 1))]
        total += [sum(x) for x in zip(cells(resolved, 0), cells(resolved, 1))]
        rows.append(["合计", *total, 18, "-"])
        return rows

    def book(kept: tuple[str, ...]) -> None:
        n = len(kept)
        last = column_letter(2 * n + 2)
        merges = ["A3:A4", f"{column_letter(2 * n + 1)}3:{column_letter(2 * n + 1)}4", f"{last}3:{last}4"]
        if n > 1:  # each count's title spans its columns
            merges += [f"B3:{column_letter(n)}3", f"{column_letter(n + 1)}3:{column_letter(2 * n)}3"]
        quarters = ["一季度", "二季度", "三季度", "四季度"]
        builders.xlsx(
            tmp_path / "矛盾纠纷排查调处统计表.xlsx",
            {quarters[q]: form(q, kept) for q in range(4)},
            merged={name: merges for name in quarters},
        )

    book(("本期", "累计"))
    got = builders.figures(clean(tmp_path))
    assert (got["disputes.screened"], got["disputes.resolved"]) == (40, 34)

    # Only the 累计 under each title: the fourth quarter's is the year's, never the four added.
    book(("累计",))
    got = builders.figures(clean(tmp_path))
    assert (got["disputes.screened"], got["disputes.resolved"]) == (40, 34)


def test_open_items_stated_each_month_are_a_stock_without_an_end_of_period_word(tmp_path):
    # A 信访工作统计表 a month a sheet (项目 | 单位 | 本月 | 累计 | 上年同期): 正在化解 is what is in hand at the
    # month's end (the spec's provisional status), so an item open from March stands in every month after it.
    # The year's is December's (1), never the twelve months added (10), though its label says no 季末.
    assigned = [0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0]
    resolved = [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0]

    def form(m: int) -> list[list]:
        a, r = sum(assigned[: m + 1]), sum(resolved[: m + 1])
        return [
            [f"某镇2024年{m + 1}月信访工作统计表"],
            ["项目", "单位", "本月", "累计", "上年同期"],
            ["上级交办信访事项", "件", assigned[m], a, 2],
            ["已化解", "件", resolved[m], r, 1],
            ["正在化解", "件", a - r, a - r, 1],
        ]

    builders.xlsx(tmp_path / "信访工作月报表.xlsx", {f"{m + 1}月": form(m) for m in range(12)})
    got = builders.figures(clean(tmp_path))
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (3, 2, 1)


def test_a_counsel_form_a_quarter_with_a_unit_column_names_reviews_of_contracts_and_documents(tmp_path):
    # A 法律顾问工作统计表 a quarter a sheet (序号 | 工作事项 | 计量单位 | 本季度 | 累计 | 上年同期): 审核合同及文书
    # is the 文书审核 figure; each count is the quarters' 本季度 added, never with the 累计 or the 上年同期.
    items = [("出具法律意见书", "件", 2), ("审核合同及文书", "件", 3), ("法律咨询", "次", 5), ("法律援助", "件", 1)]

    def form(q: int) -> list[list]:
        rows = [
            [f"某镇2024年第{q + 1}季度法律顾问工作统计表"],
            ["序号", "工作事项", "计量单位", "本季度", "累计", "上年同期"],
        ]
        return rows + [[i, name, unit, n, n * (q + 1), 7] for i, (name, unit, n) in enumerate(items, 1)]

    builders.xlsx(tmp_path / "法律顾问工作统计表.xlsx", {f"{'一二三四'[q]}季度": form(q) for q in range(4)})
    got = builders.figures(clean(tmp_path))
    assert [got[f"counsel.{k}"] for k in ("opinions", "document_reviews", "consultations", "legal_aid")] == [
        8,
        12,
        20,
        4,
    ]


def test_half_year_summary_table_states_no_year_figure(tmp_path):
    # A 上半年 工作总结 sums the first half-year's disputes by village: with no register beside it, it is not the
    # year's count (null, saying which months it leaves out), never the half-year's 20 taken for the year's.
    rows = [
        ["村（社区）", "排查（起）", "化解（起）"],
        ["甲村", 8, 7],
        ["乙村", 12, 10],
        ["合计", 20, 17],
    ]
    half = tmp_path / "上半年"
    builders.xlsx(half / "综治办上半年工作总结附表.xlsx", {"2024年上半年矛盾纠纷排查化解情况统计表": rows})
    result = clean(half)
    found = builders.evidence(result)
    assert found["disputes.screened"].value is None
    assert "7月等6个月" in found["disputes.screened"].reason
    # The two halves together, in one book, are the year: 20 + 25.
    second = [rows[0], ["甲村", 10, 9], ["乙村", 15, 14], ["合计", 25, 23]]
    both = tmp_path / "全年"
    builders.xlsx(
        both / "综治办工作总结附表.xlsx",
        {"2024年上半年矛盾纠纷排查化解情况统计表": rows, "2024年下半年矛盾纠纷排查化解情况统计表": second},
    )
    assert builders.figures(clean(both))["disputes.screened"] == 45


def test_categories_changed_mid_year_leave_the_rest_category_unknown(tmp_path):
    # The county's half-yearly form changed in July: the old form lists four categories and 其他行政执法行为 (行政确认
    # and 行政给付 inside it), the new one every category. Before, the two 其他 were added (11 + 2 = 13 for a count
    # of no one thing); now 其他 is unknown, as 行政确认 is (stated for the second half-year only). The total and
    # the categories both forms list are the two halves added.
    first = [
        ["执法类别", "件数（件）", "备注"],
        ["行政许可", 14, None],
        ["行政处罚", 9, None],
        ["行政检查", 31, None],
        ["其他行政执法行为", 11, "含行政确认、行政给付"],
        ["合计", 65, None],
    ]
    second = [
        ["执法类别", "件数（件）", "备注"],
        ["行政许可", 17, None],
        ["行政处罚", 12, None],
        ["行政检查", 36, None],
        ["行政确认", 8, None],
        ["行政给付", 5, None],
        ["其他", 2, None],
        ["合计", 80, None],
    ]
    builders.xlsx(tmp_path / "行政执法统计表（半年报）.xlsx", {"上半年": first, "下半年": second})
    found = builders.evidence(clean(tmp_path))
    assert found["enforcement.cases"].value == 145
    assert (found["enforcement.licensing"].value, found["enforcement.inspection"].value) == (31, 67)
    assert found["enforcement.confirmation"].value is None
    assert found["enforcement.other"].value is None
    assert "行政确认、行政给付只在部分表中单列" in found["enforcement.other"].reason
    # Forms listing the same categories in both halves add their 其他 as any other category.
    second_alike = [first[0], ["行政许可", 17, None], ["行政处罚", 12, None], ["行政检查", 36, None],
                    ["其他行政执法行为", 15, None], ["合计", 80, None]]  # fmt: skip
    alike = tmp_path / "alike"
    builders.xlsx(alike / "行政执法统计表（半年报）.xlsx", {"上半年": first, "下半年": second_alike})
    assert builders.figures(clean(alike))["enforcement.other"] == 26


def test_a_dispute_template_changed_mid_year_settles_its_status_by_是否化解(tmp_path):
    # The old template's 化解情况 已化解 / 化解中; the new one's 办理状态 已办结 / 办理中 beside a new 是否化解. A dispute
    # 已办结 and 否 was concluded without being resolved: before, 是否化解 lost to 办理状态 as the status column and
    # 已办结 counted it resolved. The June dispute still 化解中 in the old file is copied into the new one with its
    # outcome: one dispute, in its final state.
    old = [
        ["序号", "编号", "排查日期", "当事人", "纠纷类型", "化解情况"],
        [1, "LY-001", "2025.3.5", "甲、乙", "邻里纠纷", "已化解"],
        [2, "LY-002", "2025.4.8", "丙、丁", "合同纠纷", "未化解"],
        [3, "LY-003", "2025.6.20", "戊、己", "婚姻家庭纠纷", "化解中"],
    ]
    new = [
        ["序号", "编号", "纠纷来源", "排查时间", "纠纷当事人", None, "纠纷类别", "办理状态", "是否化解", "办结时间"],
        [None, None, None, None, "申请人", "被申请人", None, None, None, None],
        [1, "LY-003", "网格员排查", "2025-06-20", "戊", "己", "婚姻家庭纠纷", "已办结", "否", "2025-07-10"],
        [2, "LY-004", "群众来访", "2025-08-01", "庚", "辛", "邻里纠纷", "已办结", "是", "2025-08-09"],
        [3, "LY-005", "群众来访", "2025-09-02", "壬", "癸", "邻里纠纷", "已办结", "否", "2025-09-20"],
        [4, "LY-006", "网格员排查", "2025-12-22", "子", "丑", "合同纠纷", "办理中", None, None],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账（旧模板）.xlsx", {"1-6月": old})
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账（新模板）.xlsx", {"7-12月": new})
    result = clean(tmp_path, year=2025)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (6, 2)
    assert not codes(result, "row.copies_differ")


def test_a_forms_span_of_days_names_its_period_and_the_day_it_was_filled_names_none(tmp_path):
    # A sheet named only 统计表: its title's 统计时段 says which months it counts. 1月1日至12月31日 is the
    # year (the 12月 in it is no December form); 1月1日至6月30日 is half a year (null, naming the months it
    # leaves out); a 填报日期 under the title names no period at all.
    def form(span: str) -> dict:
        return {
            "统计表": [
                ["某镇2024年度矛盾纠纷排查化解情况统计表"],
                [f"填报单位（盖章）：某镇综治中心　{span}　填报日期：2025年1月8日"],
                ["村（社区）", "排查（起）", "化解（起）"],
                ["甲村", 8, 7],
                ["乙村", 12, 10],
                ["合计", 20, 17],
            ]
        }

    builders.xlsx(tmp_path / "year" / "矛盾纠纷统计表.xlsx", form("统计时段：2024年1月1日至12月31日"))
    assert builders.figures(clean(tmp_path / "year"))["disputes.screened"] == 20
    builders.xlsx(tmp_path / "half" / "矛盾纠纷统计表.xlsx", form("统计时段：2024年1月1日至6月30日"))
    found = builders.evidence(clean(tmp_path / "half"))["disputes.screened"]
    assert found.value is None and "7月等6个月" in found.reason
    builders.xlsx(tmp_path / "filled" / "矛盾纠纷统计表.xlsx", form(""))
    assert builders.figures(clean(tmp_path / "filled"))["disputes.screened"] == 20


def test_a_watch_list_writing_its_answers_negated_counts_them_as_the_denials(tmp_path):
    # 管控状态 未核减 means still on the list; 联系情况 未取得联系 / 联系不上 means no contact: a negated
    # answer is never the word it contains (核减, 取得联系).
    rows = [
        ["序号", "姓名", "身份证号码", "户籍地", "管控状态", "联系情况"],
        [1, "甲某", "99010119800101001X", "甲村", "在册", "已取得联系"],
        [2, "乙某", "990101198002020026", "甲村", "未核减", "未取得联系"],
        [3, "丙某", "990101198003030034", "乙村", "未核减", "联系不上"],
        [4, "丁某", "990101198004040042", "乙村", "已核减", "已取得联系"],
    ]
    builders.xlsx(tmp_path / "工作台账汇编.xlsx", {"六、涉诈高危人员管控": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.remaining"], got["fraud_watch.removed"], got["fraud_watch.contacted"]) == (3, 1, 1)
    assert not codes(result, "vocab.unknown")


def test_a_form_counting_a_categorys_kinds_on_separate_rows_adds_them(tmp_path):
    # A system's 按类型统计 counts 罚款, 简易程序 and 警告 (all 行政处罚) on rows of their own: the category's
    # count is their sum (9), as columns under one title are added; a 其中 row stays a part, not added.
    rows = [
        ["案件类型", "件数"],
        ["罚款", 4],
        ["简易程序", 3],
        ["警告", 2],
        ["查封", 1],
        ["行政检查", 5],
        ["合计", 15],
    ]
    builders.xlsx(tmp_path / "行政执法案件按类型统计.xlsx", {"按类型统计": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.penalty"], got["enforcement.coercion"], got["enforcement.inspection"]) == (9, 1, 5)
    parts = [["项目", "单位", "本年"], ["行政处罚", "件", 6], ["其中：罚款", "件", 4], ["行政检查", "件", 5]]
    builders.xlsx(tmp_path / "b" / "行政执法统计表.xlsx", {"统计表": parts})
    got = builders.figures(clean(tmp_path / "b"))
    assert (got["enforcement.penalty"], got["enforcement.inspection"]) == (6, 5)


def test_the_national_annual_enforcement_form_of_one_table_per_category_states_each_and_their_sum(tmp_path):
    # The 行政执法统计年报 every office publishes: 表一 行政处罚 (kinds of penalty as columns, then 合计（宗）), 表二
    # 行政许可 (申请 / 受理 / 许可 / 不予许可), 表三 行政强制 (措施 and 执行, each with its 小计 and its own 其他),
    # 表四 the other categories, stacked in one sheet with no total of them all. 表一's 合计 is the penalties'
    # (it had been taken for all cases, and the penalties for 罚款 + 行政拘留 alone); 表三's 其他 are kinds of
    # coercion (they had been category 其他); the cases are the categories' sum.
    rows = [
        ["表一  某镇2024年度行政处罚实施情况统计表"],
        ["行政处罚实施数量（宗）"],
        [
            "警告、通报批评",
            "罚款",
            "没收违法所得、没收非法财物",
            "吊销许可证、执照",
            "行政拘留",
            "其他行政处罚",
            "合计（宗）",
            "罚没金额（万元）",
        ],
        [3, 9, 1, 0, 0, 0, 13, 1.35],
        ["说明：1.行政处罚实施数量的统计范围为统计年度1月1日至12月31日期间作出行政处罚决定的数量。"],
        [],
        ["表二  某镇2024年度行政许可实施情况统计表"],
        ["行政许可实施数量（宗）"],
        ["申请数量", "受理数量", "许可数量", "不予许可数量", "撤销许可数量"],
        [21, 21, 21, 0, 0],
        [],
        ["表三  某镇2024年度行政强制实施情况统计表"],
        ["行政强制措施（宗）", None, None, None, "行政强制执行（宗）", None, None],
        ["扣押财物", "其他", "小计", None, "加处罚款或者滞纳金", "其他", "小计"],
        [2, 1, 3, None, 1, 0, 1],
        [],
        ["表四  某镇2024年度其他行政执法行为实施情况统计表"],
        ["行政征收", "行政给付", "行政检查", "行政确认", "行政奖励", "行政裁决", "其他"],
        [0, 4, 57, 33, 0, 0, 0],
    ]
    builders.xlsx(tmp_path / "某镇2024年度行政执法数据统计表.xlsx", {"行政执法数据": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.penalty"], got["enforcement.licensing"], got["enforcement.coercion"]) == (13, 21, 4)
    assert (got["enforcement.inspection"], got["enforcement.other"], got["enforcement.cases"]) == (57, 0, 132)
    # The same form a table per sheet, 行政许可实施数量 merged over its stages (申请, 受理, 许可, 不予许可: the
    # same applications, never added; they had made 45 of 15) and 其他行政执法行为 for category 其他.
    book = {
        "表一": [["某镇2024年度行政处罚实施情况统计表"], ["警告、通报批评", "罚款", "合计（宗）"], [2, 6, 8]],
        "表二": [
            ["某镇2024年度行政许可实施情况统计表"],
            ["行政许可实施数量（宗）", None, None, None, "撤销许可数量（宗）"],
            ["申请数量", "受理数量", "许可数量", "不予许可数量", None],
            [15, 15, 15, 0, 0],
        ],
        "表三": [["某镇2024年度行政强制实施情况统计表"], ["扣押财物", "代履行", "合计"], [1, 2, 3]],
        "表四": [
            ["某镇2024年度其他行政执法行为实施情况统计表"],
            ["行政征收（宗）", "行政检查（宗）", "行政确认（宗）", "行政给付（宗）", "行政奖励（宗）", "行政裁决（宗）",
             "其他行政执法行为（宗）"],
            [0, 41, 12, 3, 0, 0, 1],
        ],
    }  # fmt: skip
    builders.xlsx(tmp_path / "c" / "某镇2024年度行政执法统计年报.xlsx", book, merged={"表二": ["A2:D2", "E2:E3"]})
    got = builders.figures(clean(tmp_path / "c"))
    assert (got["enforcement.licensing"], got["enforcement.other"], got["enforcement.cases"]) == (15, 1, 83)
    # Without 表四 the categories do not make up the whole: the cases are not stated, never 38.
    builders.xlsx(tmp_path / "b" / "某镇2024年度行政执法数据统计表.xlsx", {"行政执法数据": rows[:15]})
    got = builders.figures(clean(tmp_path / "b"))
    assert (got["enforcement.penalty"], got["enforcement.cases"]) == (13, None)


# --- the 综合行政执法队 and the 司法所's own books --------------------------------------------------------------


def test_an_inspection_without_a_decision_number_in_a_register_of_decisions_is_its_row(tmp_path):
    # A platform's 执法结果公示 export lists decisions and inspections together: an inspection leaves a 检查记录,
    # no 决定书, so its 决定文书号 is blank or /. Each such row is one inspection, noted once (row.keyless); it had
    # been a required value missing ("请补填"), the inspections left out and every enforcement figure 无法统计.
    # A penalty without its number is still an error.
    rows = [
        ["序号", "执法主体", "执法类型", "事项名称", "决定文书号", "执法对象", "决定日期"],
        [1, "某镇人民政府", "行政检查", "安全生产检查", None, "某加油站", "2024年03月05日"],
        [2, "某镇人民政府", "行政处罚", "占道经营", "某综执罚决字〔2024〕2号", "某某", "2024年03月09日"],
        [3, "某镇人民政府", "行政检查", "消防安全检查", "/", "某超市", "2024年04月01日"],
        [4, "某镇人民政府", "行政检查", "食品安全检查", None, "某超市", "2024年04月01日"],
        [5, "某镇人民政府", "行政强制", "扣押财物", "某综执强决字〔2024〕5号", "某某", "2024年05月20日"],
    ]
    builders.csv_file(tmp_path / "执法结果公示数据导出.csv", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.inspection"], got["enforcement.penalty"]) == (5, 3, 1)
    assert len(codes(result, "row.keyless")) == 1 and codes(result, "row.required_missing") == []
    rows[2][4] = None
    builders.csv_file(tmp_path / "b" / "执法结果公示数据导出.csv", rows)
    result = clean(tmp_path / "b")
    assert builders.figures(result)["enforcement.cases"] is None
    assert [i["cell"] for i in codes(result, "row.required_missing")] == ["E3"]


def test_a_filed_case_not_yet_decided_is_no_decision_of_the_year(tmp_path):
    # A 办案台账 lists the cases filed: 办理中 and 撤销立案 have no 决定书文号 and no 作出决定日期, which is
    # no error; the case decided in January of the next year is out of the year.
    rows = [
        ["序号", "立案日期", "执法类别", "决定书文号", "作出决定日期", "案件状态", "结案日期"],
        [1, "2023-12-21", "行政处罚", "某综执罚决〔2024〕1号", "2024-01-10", "已结案", "2024-01-20"],
        [2, "2024-05-02", "行政强制", "某综执强决〔2024〕1号", "2024-05-20", "已结案", "2024-06-01"],
        [3, "2024-11-25", "行政处罚", "某综执罚决〔2024〕2号", "2024-12-20", "已结案", "2025-01-15"],
        [4, "2024-11-03", "行政处罚", None, None, "办理中", None],
        [5, "2024-10-14", "行政处罚", None, None, "撤销立案", None],
        [6, "2024-12-06", "行政处罚", "某综执罚决〔2025〕1号", "2025-01-08", "已结案", "2025-01-20"],
    ]
    builders.xlsx(tmp_path / "综合行政执法队办案台账.xlsx", {"办案台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.coercion"]) == (3, 2, 1)
    assert codes(result, "row.required_missing") == []


def test_a_devolved_powers_register_outcome_filed_closed_or_transferred(tmp_path):
    # A 乡镇综合行政执法 register of the 赋权事项 writes each case's 办理结果 as 立案 (filed, not yet decided),
    # 结案 or 移送 (handed to the authority that has the power, which decides it there); a clue not filed is
    # 不予立案. Only the cases closed here are decisions of the office; the others are no error either.
    # Before, 立案 and 移送 were no value of 案件状态: every row with one was an error and every figure unknown.
    rows = [
        ["序号", "案件编号", "赋权事项", "立案日期", "办理结果", "结案日期", "备注"],
        [1, "某综执立〔2024〕1号", "对露天焚烧秸秆的行政处罚", "2024.03.02", "结案", "2024.03.20", None],
        [2, "某综执立〔2024〕2号", "对农村自建房施工现场的行政检查", "2024.04.11", "结案", "2024.04.11", None],
        [
            3,
            "某综执立〔2024〕3号",
            "对未取得乡村建设规划许可证进行建设的行政处罚",
            "2024.06.05",
            "移送",
            None,
            "移送县自然资源局",
        ],  # fmt: skip
        [
            4,
            "某综执立〔2024〕4号",
            "对在城镇道路两侧和公共场地违法占道经营的行政处罚",
            "2024.11.28",
            "立案",
            None,
            None,
        ],
        [5, "某综执立〔2024〕5号", "对露天焚烧秸秆的行政处罚", "2024.07.16", "移送司法机关", "2024.07.30", None],
        [6, "某综执立〔2024〕6号", "对露天焚烧秸秆的行政处罚", "2024.08.01", "不予立案", None, None],
        [7, "某综执立〔2024〕7号", "对露天焚烧秸秆的行政处罚", "2024.09.09", "结案", "2024.10.08", None],
    ]
    builders.xlsx(tmp_path / "某镇综合行政执法赋权事项案件登记台账.xlsx", {"2024年": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.inspection"]) == (3, 2, 1)
    assert codes(result, "vocab.unknown") == [] and codes(result, "row.required_missing") == []
    # The transferred case dated by its transfer (结案日期 2024.07.30) is set aside, not counted.
    assert {r["level"] for r in codes(result, "row.other_matter")} == {"提示"}


def test_a_case_platforms_list_counts_only_the_cases_its_workflow_state_says_were_decided(tmp_path):
    # A province's 综合行政执法办案系统 exports its case list with each case's 案件状态 in the workflow
    # (立案 → 调查取证 → 审核 → 决定 → 执行 → 结案 → 已归档) or off it: 不予立案, 撤销立案, 移送其他部门 (decided by
    # the receiving authority), 终止调查 (closed without a decision), 作废 (a record voided). A case still in a step
    # before its decision has no 文书号 yet and is no decision of any year; a case off the workflow is none at all,
    # even with the date of its transfer or withdrawal. A case filed in 2023 and closed in 2024 is 2024's.
    # Before, 调查取证, 审核, 移送其他部门, 终止调查 and 作废 were no value of 案件状态: each row was an error and
    # every enforcement figure unknown.
    head = ["序号", "案件编号", "文书号", "案件名称", "执法主体", "执法行为类型", "程序类型", "案件来源", "案件状态"]
    rows = [
        [*head, "立案日期", "结案日期"],
        [1, "520323-2024-000101", "某综执罚〔2024〕1号", "占道经营案", "某镇综合行政执法大队", "行政处罚", "简易程序",
         "日常巡查", "结案", "2024-01-08", "2024-01-08"],
        [2, "520323-2024-000102", "某综执罚〔2024〕2号", "违规堆放案", "某镇综合行政执法大队", "行政处罚", "普通程序",
         "投诉举报", "已归档", "2024-02-03", "2024-03-20"],
        [3, "520323-2023-000231", "某综执罚〔2023〕31号", "环境污染案", "某镇综合行政执法大队", "行政处罚", "普通程序",
         "上级交办", "结案", "2023-12-12", "2024-01-15"],
        [4, "520323-2024-000111", "某综执强〔2024〕1号", "强制拆除案", "某镇综合行政执法大队", "行政强制", "普通程序",
         "日常巡查", "结案", "2024-09-01", "2024-10-12"],
        [5, "520323-2024-000103", None, "夜间施工案", "某镇综合行政执法大队", "行政处罚", "普通程序",
         "投诉举报", "立案", "2024-11-20", None],
        [6, "520323-2024-000104", None, "违法建房案", "某镇综合行政执法大队", "行政处罚", "普通程序",
         "日常巡查", "调查取证", "2024-12-02", None],
        [7, "520323-2024-000105", None, "过期食品案", "某镇综合行政执法大队", "行政处罚", "普通程序",
         "部门移送", "审核", "2024-12-10", None],
        [8, "520323-2024-000106", None, "噪声案", "某镇综合行政执法大队", "行政处罚", "普通程序",
         "投诉举报", "不予立案", "2024-05-06", None],
        [9, "520323-2024-000107", "某综执罚〔2024〕7号", "占道案", "某镇综合行政执法大队", "行政处罚", "普通程序",
         "日常巡查", "撤销立案", "2024-04-01", "2024-04-20"],
        [10, "520323-2024-000108", None, "无证经营案", "某镇综合行政执法大队", "行政处罚", "普通程序",
         "日常巡查", "作废", "2024-06-01", None],
        [11, "520323-2024-000109", None, "非法采矿案", "某镇综合行政执法大队", "行政处罚", "普通程序",
         "投诉举报", "移送其他部门", "2024-07-02", "2024-07-09"],
        [12, "520323-2024-000110", None, "焚烧秸秆案", "某镇综合行政执法大队", "行政处罚", "普通程序",
         "日常巡查", "终止调查", "2024-08-03", "2024-08-30"],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "综合行政执法办案系统案件列表导出.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.coercion"]) == (4, 3, 1)
    assert codes(result, "vocab.unknown") == [] and codes(result, "row.required_missing") == []
    # The five cases off the workflow are set aside with a note naming their state, never counted.
    set_aside = codes(result, "row.other_matter")
    assert {r["level"] for r in set_aside} == {"提示"} and len(set_aside) == 5


def test_a_case_decided_and_being_carried_out_counts_by_its_decision_date(tmp_path):
    # 决定 and 执行 (执行中): the platform's state of a case decided and not yet closed. It is a decision of its
    # 决定日期 (a blank 结案日期 is no gap); one decided in January is next year's. Without any date the year is
    # unknown: an error the office answers, never a guess.
    rows = [
        ["序号", "案件编号", "决定书文号", "执法行为类型", "案件状态", "立案日期", "决定日期", "结案日期"],
        [1, "520323-2024-000202", "某综执罚〔2024〕22号", "行政处罚", "执行", "2024-11-01", "2024-12-10", None],
        [2, "520323-2024-000203", "某综执罚〔2024〕23号", "行政处罚", "决定", "2024-11-05", "2024-12-20", None],
        [3, "520323-2024-000204", "某综执罚〔2024〕24号", "行政处罚", "执行中", "2024-12-01", "2025-01-06", None],
        [
            4,
            "520323-2024-000208",
            "某综执强〔2024〕28号",
            "行政强制",
            "已结案",
            "2024-05-01",
            "2024-05-03",
            "2024-06-01",
        ],
    ]
    builders.xlsx(tmp_path / "行政执法监督平台案件导出.xlsx", {"案件查询": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.coercion"]) == (3, 2, 1)
    assert codes(result, "vocab.unknown") == [] and codes(result, "row.required_missing") == []

    rows[1][6] = None
    builders.xlsx(tmp_path / "行政执法监督平台案件导出.xlsx", {"案件查询": rows})
    missing = codes(clean(tmp_path), "row.required_missing")
    assert [(r["level"], r["row"]) for r in missing] == [("错误", 2)]


def test_a_case_in_hand_said_so_only_in_its_remark_is_no_decision_of_the_year(tmp_path):
    # A quarter's book without a 案件状态 column: the office writes 办理中 alone in 备注 for a case filed
    # in December and not yet decided (no 作出决定日期). It is no decision of any year yet, not an error.
    rows = [
        ["某镇综合行政执法队2025年第四季度执法案件台账"],
        ["序号", "案件编号", "执法类别", "立案日期", "作出决定日期", "备注"],
        [1, "某综执罚〔2025〕17号", "行政处罚", "2025年10月9日", "2025年10月20日", None],
        [2, "某综执检〔2025〕30号", "行政检查", "2025年11月3日", "2025年11月3日", None],
        [3, "某综执罚〔2025〕18号", "行政处罚", "2025年12月24日", None, "办理中"],
    ]
    builders.xlsx(tmp_path / "综合行政执法队2025年第四季度执法案件台账.xlsx", {"2025年第四季度": rows})
    result = clean(tmp_path, year=2025)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.inspection"]) == (2, 1, 1)
    assert codes(result, "row.required_missing") == []


def test_a_remark_saying_more_than_in_hand_does_not_excuse_a_missing_decision_date(tmp_path):
    # Only the remark's whole text is read as the case's state: a sentence is no state.
    rows = [
        ["序号", "案件编号", "执法类别", "作出决定日期", "备注"],
        [1, "某综执罚〔2025〕17号", "行政处罚", "2025年10月20日", None],
        [2, "某综执罚〔2025〕18号", "行政处罚", None, "当事人已缴纳罚款，办理中"],
    ]
    builders.xlsx(tmp_path / "综合行政执法队执法案件台账.xlsx", {"台账": rows})
    result = clean(tmp_path, year=2025)
    assert [r["cell"] for r in codes(result, "row.required_missing")] == ["D3"]


def test_an_undecided_case_not_said_to_be_pending_is_still_missing_its_number(tmp_path):
    rows = [
        ["序号", "执法类别", "决定书文号", "作出决定日期", "案件状态"],
        [1, "行政处罚", "某综执罚决〔2024〕1号", "2024-01-10", "已结案"],
        [2, "行政处罚", None, None, "已结案"],
    ]
    builders.xlsx(tmp_path / "综合行政执法队办案台账.xlsx", {"办案台账": rows})
    result = clean(tmp_path)
    assert {r["cell"] for r in codes(result, "row.required_missing")} <= {"C3", "D3"}
    assert codes(result, "row.required_missing")


def test_reviews_beside_lawsuits_in_one_register_are_no_lawsuits(tmp_path):
    # 行政复议和行政应诉案件登记台账: a review has no hearing (开庭日期 /) and no leader in court (/).
    rows = [
        ["序号", "案件类型", "案号", "被申请人（被告）", "收案日期", "开庭日期", "负责人是否出庭", "办理结果"],
        [1, "行政复议", "某县府复〔2024〕12号", "某镇人民政府", "2024年1月16日", "/", "/", "维持"],
        [
            2,
            "行政诉讼",
            "（2024）某0123行初15号",
            "某镇人民政府",
            "2024年2月5日",
            "2024年3月19日",
            "是",
            "驳回诉讼请求",
        ],
        [3, "行政复议", "某县府复〔2024〕31号", "某镇人民政府", "2024年4月2日", "/", "/", "终止（申请人撤回）"],
        [4, "行政诉讼", "（2024）某0123行初40号", "某镇人民政府", "2024年4月22日", "2024年6月11日", "否", "撤诉"],
    ]
    builders.xlsx(tmp_path / "行政复议和行政应诉案件登记台账.xlsx", {"登记台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (2, 1)
    assert codes(result, "row.required_missing") == []


def test_a_review_dated_in_the_hearing_column_of_a_combined_register_is_no_lawsuit(tmp_path):
    # The clerk types the review's 受理日期 under the 开庭日期 both kinds share, and leaves its 是否出庭 "/":
    # still no lawsuit (it had been the 6th case of 5, and its "/" had made the appearances unknown).
    rows = [
        ["某镇行政应诉案件登记台账"],
        ["序号", "案号", "案件类别", "被告", "开庭日期", "出庭负责人", "是否负责人出庭", "审理结果"],
        [1, "（2024）某0323行初15号", "行政诉讼", "某镇人民政府", "2024.3.5", "王某", "是", "驳回诉讼请求"],
        [2, "某县府复〔2024〕7号", "行政复议", "某镇人民政府", "2024/6/11", None, "/", "维持"],
        [
            3,
            "（2024）某03行终102号",
            "行政诉讼",
            "某镇人民政府",
            "2024-04-02",
            "（委托律师）",
            "否",
            "驳回上诉，维持原判",
        ],
    ]
    builders.xlsx(tmp_path / "行政应诉案件登记台账（2024年）.xlsx", {"2024年": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"], got["litigation.appearance_rate"]) == (
        2,
        1,
        0.5,
    )
    (note,) = codes(result, "row.other_matter")
    assert (note["value"], note["detail"], note["level"]) == ("行政复议", "4", "提示")
    assert codes(result, "cell.required_blank") == []


def test_a_count_of_cases_heard_on_the_appearance_form_is_the_count_of_lawsuits(tmp_path):
    # The county's 行政机关负责人出庭应诉情况统计表 counts the cases heard (开庭审理案件数), the rate's base: without
    # it the appearances stood alone and the rate was unknown.
    rows = [
        ["某镇2024年行政机关负责人出庭应诉情况统计表"],
        ["季度", "开庭审理案件数（件）", "负责人出庭应诉数（件）", "出庭应诉率"],
        ["第一季度", 1, 1, "100%"],
        ["第二季度", 2, 1, "50%"],
        ["第三季度", 0, 0, "/"],
        ["第四季度", 1, 1, "100%"],
        ["合计", 4, 3, "75%"],
    ]
    builders.xlsx(tmp_path / "行政应诉统计表2024.xlsx", {"统计表": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["litigation.cases"], got["litigation.leader_appearances"], got["litigation.appearance_rate"]) == (
        4,
        3,
        0.75,
    )


def test_an_appearance_form_headed_应出庭_and_实际出庭_states_the_cases_and_the_appearances(tmp_path):
    # The shorter form of the 负责人出庭应诉统计表 (应出庭（件） | 实际出庭（件） | 出庭率) was an unused statistics table:
    # every litigation figure unknown. The 合计 row is the year's, never added to the quarters.
    rows = [
        ["某镇2024年行政机关负责人出庭应诉统计表"],
        ["季度", "应出庭（件）", "实际出庭（件）", "出庭率"],
        ["第1季度", 2, 2, "100%"],
        ["第2季度", 1, 0, "0%"],
        ["第3季度", 3, 2, "67%"],
        ["第4季度", 1, 1, "100%"],
        ["合计", 7, 5, "71.4%"],
    ]
    builders.xlsx(tmp_path / "2024年行政机关负责人出庭应诉统计表.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (7, 5)
    assert got["litigation.appearance_rate"] == round(5 / 7, 4)
    assert not codes(result, "statistics.unused")


def test_a_suit_withdrawn_or_dismissed_before_any_hearing_is_no_error_and_none_of_the_cases_heard(tmp_path):
    # A court's list of the town's cases (结案方式 判决 / 裁定驳回 / 撤诉) leaves 开庭日期 blank for a suit that ended
    # before any hearing: each had been a required blank (row.required_missing) leaving the count of cases unknown.
    # It will never be heard, so it is none of the cases heard, the appearance rate's base; nor is its blank
    # 负责人是否出庭 an error. A suit withdrawn after its hearing (准予撤诉 with a date) counts.
    rows = [
        ["序号", "案号", "原告", "被告", "案由", "开庭日期", "结案方式", "负责人是否出庭"],
        [1, "（2024）某0323行初12号", "甲某", "某镇人民政府", "行政强制", "2024-03-20", "判决", "是"],
        [2, "（2024）某0323行初13号", "乙某", "某镇人民政府", "行政征收", None, "撤诉", None],
        [3, "（2024）某0323行初14号", "丙某", "某镇人民政府", "信息公开", "2024-06-18", "裁定驳回", "否"],
        [4, "（2024）某0323行初15号", "丁某", "某镇人民政府", "行政强制", None, "裁定驳回起诉", None],
        [5, "（2024）某0323行初16号", "戊某", "某镇人民政府", "行政征收", "2024-10-09", "准予撤诉", "是"],
    ]
    builders.xlsx(tmp_path / "行政案件清单（法院提供）.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (3, 2)
    assert got["litigation.appearance_rate"] == round(2 / 3, 4)
    assert not codes(result, "row.required_missing") and not codes(result, "cell.required_blank")
    assert not codes(result, "vocab.unknown")


def test_a_courts_case_list_without_the_leaders_appearance_still_counts_the_lawsuits(tmp_path):
    # A court's list of the town's cases has no 负责人是否出庭: the whole list had been refused (column.missing), the
    # cases with it. They are the lawsuits; only whether a leader appeared is unknown, and the rate with it.
    rows = [
        ["某县人民法院涉某镇人民政府行政案件一览表"],
        ["序号", "案号", "原告", "被告", "案由", "开庭日期", "裁判结果"],
        [1, "（2024）某0101行初12号", "甲某", "某镇人民政府", "行政强制", "2024-04-11", "驳回诉讼请求"],
        [2, "（2024）某0101行初31号", "乙某", "某镇人民政府", "行政处罚", "2024-07-02", "撤销"],
        [3, "（2024）某0101行初57号", "丙某", "某镇人民政府", "行政协议", "2024-10-20", "确认违法"],
    ]
    builders.xlsx(tmp_path / "行政诉讼案件.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"], got["litigation.appearance_rate"]) == (
        3,
        None,
        None,
    )
    assert "没有“负责人是否出庭”一列" in builders.evidence(result)["litigation.leader_appearances"].reason
    assert not codes(result, "column.missing")


def test_a_lawsuits_result_written_from_the_governments_side_is_a_known_result(tmp_path):
    # 裁判结果 胜诉 / 败诉 / 部分胜诉 (the town, the defendant, won or lost) had been vocab.unknown errors, and so had a
    # judgment written in full (驳回原告诉讼请求): a result no figure counts by must cost none, nor raise an error.
    rows = [["序号", "案号", "开庭日期", "负责人是否出庭", "裁判结果"]]
    said = ["胜诉", "败诉", "部分胜诉", "驳回原告诉讼请求", "撤销", "确认违法", "行政机关胜诉"]
    rows += [[i, f"（2024）某0101行初{i}号", f"2024-05-{i:02d}", "是", r] for i, r in enumerate(said, 1)]
    builders.xlsx(tmp_path / "行政应诉案件台账.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert not codes(result, "vocab.unknown")
    assert builders.figures(result)["litigation.cases"] == 7
    results = builders.table_counts(result.tables["litigation"], "result")
    assert results == {"胜诉": 2, "败诉": 1, "部分胜诉": 1, "驳回诉讼请求": 1, "撤销": 1, "确认违法": 1}


def test_a_statistics_table_of_reviews_and_lawsuits_a_row_each_states_the_lawsuits_row(tmp_path):
    # A 行政复议、行政应诉案件统计表: a row per sort of case under one set of counts, / where a count does not apply
    # to reviews (no court, no leader appearing). The / had made the appearances' column a column of labels, and the
    # lawsuits' row was named by no label of the figures: every figure unknown.
    rows = [
        ["某镇2024年度行政复议、行政应诉案件统计表"],
        ["类别", "案件数（件）", "负责人出庭应诉（件次）", "维持/胜诉", "撤销/败诉", "备注"],
        ["行政复议", 3, "/", 2, 1, None],
        ["行政应诉", 2, 2, 1, 0, None],
        ["合计", 5, 2, 3, 1, None],
    ]
    builders.xlsx(tmp_path / "复议应诉统计表.xlsx", {"统计": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["litigation.cases"], got["litigation.leader_appearances"], got["litigation.appearance_rate"]) == (
        2,
        2,
        1.0,
    )


# The 政府信息公开工作年度报告's table 三、收到和处理政府信息公开申请情况 (国办公开办函〔2021〕30号): a header of three rows,
# 申请人情况 over 自然人 | 法人或其他组织 | 总计, 法人或其他组织 over its five sorts, each row of titles filling a few
# columns only. The numbers, wider than any one row of titles, had been taken for no table's.
_REQUESTS_TABLE = [
    ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", None, "申请人情况"],
    [None, None, "自然人", "法人或其他组织", None, None, None, None, "总计"],
    [None, None, None, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", None],
    ["一、本年新收政府信息公开申请数量", None, 3, 1, 0, 0, 0, 0, 4],
    ["二、上年结转政府信息公开申请数量", None, 1, 0, 0, 0, 0, 0, 1],
    ["三、本年度办理结果", "（一）予以公开", 2, 1, 0, 0, 0, 0, 3],
    [None, "（二）部分公开", 1, 0, 0, 0, 0, 0, 1],
    [None, "（七）总计", 3, 1, 0, 0, 0, 0, 4],
    ["四、结转下年度继续办理", None, 1, 0, 0, 0, 0, 0, 1],
]


def test_the_annual_disclosure_reports_requests_table_of_three_header_rows_states_the_new_requests(tmp_path):
    # Alone under its heading, the file had been refused (no known ledger); the requests are 本年新收 › 总计.
    builders.xlsx(
        tmp_path / "2024年依申请公开情况.xlsx", {"Sheet1": [["三、收到和处理政府信息公开申请情况"], *_REQUESTS_TABLE]}
    )
    result = clean(tmp_path)
    assert not codes(result, "file.unknown_kind")
    got = builders.figures(result)
    assert (got["disclosure.on_request"], got["disclosure.proactive"]) == (4, None)


def test_the_annual_disclosure_reports_tables_stacked_in_one_sheet_are_statistics_not_records(tmp_path):
    # Under the 第二十条 table on one sheet, the requests table's rows had been read as 14 items of information
    # published (依申请公开, by the section heading), their 2 unlabelled rows leaving the figure unknown by chance.
    rows = [
        ["二、主动公开政府信息情况"],
        ["第二十条第（一）项"],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", 0, 0, 0],
        ["行政规范性文件", 2, 0, 6],
        [],
        ["三、收到和处理政府信息公开申请情况"],
        *_REQUESTS_TABLE,
    ]
    builders.xlsx(tmp_path / "2024年政府信息公开工作年度报告附表.xlsx", {"年报表格": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disclosure.on_request"], got["normative_documents.issued"]) == (4, 2)
    assert "disclosure" not in result.tables or result.tables["disclosure"].empty


def test_a_catalogue_of_documents_without_dates_is_dated_by_the_year_in_each_document_number(tmp_path):
    # A 行政规范性文件目录 (文件名称, 文号, 制定机关, 状态) keeps no date: each 文号 carries the year its document was
    # issued in (旺府发〔2024〕3号). The table had been refused for its missing 印发日期, the count unknown.
    rows = [
        ["某镇行政规范性文件目录"],
        ["序号", "文件名称", "文号", "制定机关", "状态"],
        [1, "某办法", "某府发〔2022〕5号", "镇人民政府", "有效"],
        [2, "某细则", "某府发[2024]3号", "镇人民政府", "有效"],
        [3, "某规定", "某府发（2024）11号", "镇人民政府", "有效"],
        [4, "某意见", "某府发〔2023〕8号", "镇人民政府", "废止"],
    ]
    builders.xlsx(tmp_path / "行政规范性文件目录.xlsx", {"目录": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["normative_documents.issued"] == 2
    (note,) = codes(result, "date.period")
    assert (note["cell"], note["header"]) == ("C3", "文号中的印发日期")
    # A register with its date column keeps a blank date a missing date, whatever its 文号 says.
    dated = [["序号", "文件名称", "文号", "印发日期"], [1, "某细则", "某府发〔2024〕3号", None]]
    builders.xlsx(tmp_path / "b" / "规范性文件登记台账.xlsx", {"登记": dated})
    result = clean(tmp_path / "b")
    assert builders.figures(result)["normative_documents.issued"] is None
    assert [r["cell"] for r in codes(result, "row.required_missing")] == ["D2"]


def test_a_review_register_line_of_other_documents_is_no_normative_document(tmp_path):
    # A 合法性审查工作台账's catch-all line (审查事项类型 其他文件: an 应急预案 with a 文号 and a date) had been
    # counted as a 规范性文件; 其他规范性文件 is one.
    rows = [
        ["序号", "审查事项名称", "审查事项类型", "审查意见", "印发文号", "印发时间"],
        [1, "关于规范村级小微权力运行的办法", "行政规范性文件", "修改后同意", "某府发〔2024〕2号", "2024-03-14"],
        [2, "某镇防汛应急预案", "其他文件", "同意", "某府办发〔2024〕9号", "2024-05-20"],
        [3, "某镇城镇环境卫生管理规定", "其他规范性文件", "同意", "某府发〔2024〕11号", "2024-10-08"],
        [4, "某镇集体资产租赁合同", "合同协议", "同意", None, None],
    ]
    builders.xlsx(tmp_path / "合法性审查台账.xlsx", {"合法性审查": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["normative_documents.issued"] == 2
    assert {r["value"] for r in codes(result, "row.other_matter")} == {"其他事项", "合同协议"}


def test_a_register_line_of_an_unreadable_matter_leaves_the_documents_unknown(tmp_path):
    # 审查事项类型 会议纪要 is no value of the column: the line may be no document, so the count is unknown with its
    # reason, never the line counted as one (it had been 2).
    rows = [
        ["序号", "审查事项名称", "审查事项类型", "印发文号", "印发时间"],
        [1, "关于规范村级小微权力运行的办法", "行政规范性文件", "某府发〔2024〕2号", "2024-03-14"],
        [2, "镇长办公会议纪要", "会议纪要", "某府纪〔2024〕3号", "2024-05-20"],
    ]
    builders.xlsx(tmp_path / "合法性审查台账.xlsx", {"合法性审查": rows})
    result = clean(tmp_path)
    issued = builders.evidence(result)["normative_documents.issued"]
    assert (issued.value, issued.rows, issued.excluded) == (None, 1, 1)
    (unknown,) = codes(result, "vocab.unknown")
    assert (unknown["cell"], unknown["level"]) == ("C3", "错误")


def test_a_lawsuit_register_s_unread_case_type_is_still_a_lawsuit(tmp_path):
    # 案件类型 naming the act the lawsuit challenges (行政处罚, 行政强制) is no value of the column (行政诉讼 /
    # 行政复议), but only a 行政复议 is set aside: the cases of a register of lawsuits stay counted, each unread cell an
    # error of its own. 一审 / 二审 name the instance of a lawsuit; 复议案件 is a review (it had been counted as a case).
    rows = [
        ["序号", "案号", "案件类型", "开庭日期", "负责人是否出庭"],
        [1, "（2024）某0323行初15号", "行政处罚", "2024-03-05", "是"],
        [2, "（2024）某0323行初21号", "行政强制", "2024-04-02", "否"],
        [3, "（2024）某03行终102号", "二审", "2024-06-12", "是"],
        [4, "某府复〔2024〕5号", "复议案件", "2024-06-05", None],
    ]
    builders.xlsx(tmp_path / "行政应诉案件台账.xlsx", {"2024年": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (3, 2)
    assert [r["cell"] for r in codes(result, "vocab.unknown")] == ["C2", "C3"]
    assert [r["value"] for r in codes(result, "row.other_matter")] == ["行政复议"]
    assert codes(result, "cell.required_blank") == []


def test_a_count_by_domain_with_a_sparse_remark_is_a_summary_not_a_broken_ledger(tmp_path):
    # Beside the register, the cases counted by 执法领域 (not by category) with a 备注 on the 合计 row only:
    # a table of counts, never a register missing its 案件编号 that would make every figure unknown.
    cases = [
        ["序号", "执法类别", "决定书文号", "作出决定日期"],
        [1, "行政处罚", "某罚〔2024〕1号", "2024-03-01"],
        [2, "行政处罚", "某罚〔2024〕2号", "2024-04-01"],
        [3, "行政检查", "某检〔2024〕1号", "2024-05-01"],
    ]
    by_domain = [
        ["某镇2024年办案情况（按执法领域）"],
        ["执法领域", "办结案件（件）", "备注"],
        ["城乡建设", 1, None],
        ["自然资源", 1, None],
        ["农业农村", 0, None],
        ["市场监管", 0, None],
        ["合计", 2, "不含行政检查"],
    ]
    builders.xlsx(tmp_path / "执法办案台账.xlsx", {"办案台账": cases, "按领域统计": by_domain})
    result = clean(tmp_path)
    assert codes(result, "column.missing") == []
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.inspection"]) == (3, 2, 1)


def test_the_service_in_an_untitled_column_beside_a_topic_titled_as_the_service(tmp_path):
    # 服务事项 holds the matter (征地补偿协议), 服务方式 the service in a 政府法律顾问 rule's words: the
    # service is read from the column whose cells are services, and 参加会议 counts in none of the four.
    rows = [
        ["序号", "服务日期", "服务事项", "服务方式", "件（次）数"],
        [1, "2024/3/5", "征地补偿协议", "个别咨询", 3],
        [2, "2024/3/9", "劳动用工", "出具法律意见书", None],
        [3, "2024/4/2", "集镇改造项目", "参加会议", 1],
        [4, "2024/5/6", "信访事项答复", "个别咨询", 2],
        [5, "2024/6/1", "村级工程纠纷", "协助法律援助", 1],
        [6, "2024/6/9", "综合执法案件", "参与商务谈判", 1],
    ]
    builders.xlsx(tmp_path / "政府法律顾问履职台账.xlsx", {"日常法律服务": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.opinions"], got["counsel.legal_aid"]) == (5, 1, 1)
    assert codes(result, "vocab.unknown") == []


def test_a_month_sheet_too_thin_to_judge_takes_the_service_column_its_book_s_sheets_of_one_header_took(tmp_path):
    # The same register kept a sheet a month: 2月's two records are too few to tell by their cells which column is the
    # service, 1月's five are not. Judged alone, 2月 read 服务事项's matters (劳动用工) as services, every counsel figure
    # unknown (澄溪镇, monthly_sheets).
    head = ["序号", "服务日期", "服务事项", "服务方式", "件（次）数"]
    january = [head, [1, "2024/1/5", "征地补偿协议", "个别咨询", 3], [2, "2024/1/9", "信访事项答复", "个别咨询", 2],
               [3, "2024/1/12", "集镇改造项目", "参加会议", 1], [4, "2024/1/20", "村级工程纠纷", "协助法律援助", 1],
               [5, "2024/1/26", "综合执法案件", "出具法律意见书", 1]]  # fmt: skip
    february = [
        head,
        [1, "2024/2/3", "劳动用工", "出具法律意见书", None],
        [2, "2024/2/9", "集镇改造项目", "个别咨询", 1],
    ]
    builders.xlsx(tmp_path / "政府法律顾问履职台账.xlsx", {"1月": january, "2月": february})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.opinions"], got["counsel.legal_aid"]) == (6, 2, 1)
    assert codes(result, "vocab.unknown") == []


def test_a_contract_register_counts_its_rows_not_the_contract_amounts(tmp_path):
    rows = [
        ["序号", "审查编号", "送审日期", "合同名称", "合同金额（万元）", "审查意见"],
        [1, "某法审〔2024〕1号", "2024/3/5", "村道硬化工程施工合同", 45, "同意签订"],
        [2, "某法审〔2024〕2号", "2024/5/6", "垃圾清运服务合同", 12, "修改后签订"],
        [3, "某法审〔2024〕3号", "2024/8/1", "土地流转协议", 236, "不同意签订"],
    ]
    builders.xlsx(tmp_path / "政府法律顾问履职台账.xlsx", {"合同审查登记": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["counsel.document_reviews"] == 3


def test_a_session_for_several_audiences_counts_for_the_one_a_figure_asks_about(tmp_path):
    rows = [
        ["序号", "培训日期", "培训对象", "培训形式", "参训人数"],
        [1, "2024年3月5日", "行政执法人员、法律明白人", "集中培训", 40],
        [2, "2024年4月8日", "镇村干部", "以会代训", 30],
        [3, "2024年5月6日", "法律明白人", "线上", 25],
        [4, "2024年6月3日", "行政执法人员", "集中培训", 18],
    ]
    builders.xlsx(tmp_path / "学法用法培训台账.xlsx", {"培训台账": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2
    assert codes(result, "vocab.unknown") == []


# --- a small office's hand-typed books -------------------------------------------------------------------------


def test_a_summary_typed_on_to_the_next_row_is_the_record_above_not_a_record(tmp_path):
    # A long 基本情况 carried on to the next row (only that cell filled) belongs to the record above: it is
    # no record with its 编号 and date missing. 编号 restarts in each quarter's sheet, so the rows carried
    # on must not break the numbering either (else 第1号 of one quarter would be taken for another's).
    def quarter(day: str) -> list[list]:
        return [
            ["编号", "登记日期", "所在村", "矛盾类别", "基本情况", "调处结果"],
            [1, f"2024年{day}", "甲村", "邻里纠纷", "双方因排水沟问题多次争吵，村调委会", "调处成功"],
            [None, None, None, None, "组织双方现场调解，已签字确认。", None],
            [2, f"2024年{day}", "乙村", "山林土地纠纷", "因林地界址发生争执。", "正在调处"],
            [3, f"2024年{day}", "甲村", "婚姻家庭纠纷", "夫妻双方因赡养老人产生矛盾，经", "调处成功"],
            [None, None, None, None, "村调委会两次上门调解后和好", None],
        ]

    builders.xlsx(
        tmp_path / "2024年矛盾纠纷排查化解台账.xlsx", {"三季度": quarter("7月5日"), "四季度": quarter("10月9日")}
    )
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (6, 4)
    assert not codes(result, "row.required_missing") and not codes(result, "row.duplicate")
    sheets = [s for f in result.manifest["files"] for s in f["sheets"]]
    assert sum(s["set_aside"].get("continuation", 0) for s in sheets) == 4


def test_a_lone_text_under_a_finished_sentence_is_still_a_row_to_correct(tmp_path):
    # The record above ended its sentence (。): the lone text below may be a record left half-filled, so
    # it is an error to correct, and the count it may belong to is not given as if complete.
    rows = [
        ["编号", "登记日期", "所在村", "矛盾类别", "基本情况", "调处结果"],
        [1, "2024年7月5日", "甲村", "邻里纠纷", "因排水沟问题发生争执。", "调处成功"],
        [None, None, None, None, "因宅基地界址发生争执", None],
    ]
    builders.xlsx(tmp_path / "2024年矛盾纠纷排查化解台账.xlsx", {"三季度": rows})
    result = clean(tmp_path)
    assert codes(result, "row.required_missing")


def test_cells_a_csv_export_wraps_in_a_text_formula_are_read_as_the_text_excel_shows(tmp_path):
    # ="XP2023030005", ="2023-03-05": an export's way of keeping Excel from making numbers of them.
    rows = [
        ["受理编号", "来访路径", "交办单位", "交办日期", "回复信息", "办理状态", "办结日期"],
        ['="XP2024030001"', "来访", "县联办", '="2024-03-05"', "已回复", "已化解", '="2024-04-02"'],
        ['="XP2024050002"', "来信", "市联办", '="2024-05-11"', "已回复", "正在化解", ""],
        ['="XP2024060003"', "网上信访", "本级受理", '="2024-06-20"', "未回复", "正在化解", ""],
        ['="XP2023120004"', "来访", "县联办", '="2023-12-19"', "已回复", "已化解", '="2024-01-10"'],
    ]
    builders.csv_file(tmp_path / "信访事项登记台账（2024年）.csv", rows, encoding="gbk")
    result = clean(tmp_path)
    got = builders.figures(result)
    # 已回复 answers the petitioner; only 办理状态 says whether the matter is settled.
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (
        2,
        1,
        1,
    )  # 已化解/正在化解 of the assigned only (issue 12)
    assert not codes(result, "column.missing") and not codes(result, "date.unparseable")


def test_a_watch_list_recording_contact_as_its_face_to_face_check(tmp_path):
    # No 是否取得联系 column: the 见面核查情况 says whether the person was reached (已见面, 电话联系) or not
    # (未见面 with the reason in brackets).
    rows = [
        ["序号", "姓名", "身份证号码", "管控状态", "见面核查情况"],
        [1, "甲某", "99010119800101001X", "在管", "已见面"],
        [2, "乙某", "990101198002020026", "在管", "电话联系"],
        [3, "丙某", "990101198003030034", "在管", "未见面（外出务工）"],
        [4, "丁某", "990101198004040042", "已核减", "已见面"],
    ]
    builders.xlsx(tmp_path / "涉诈高危人员管控台账.xlsx", {"管控台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.remaining"], got["fraud_watch.removed"], got["fraud_watch.contacted"]) == (3, 1, 2)
    assert not codes(result, "bool.unparseable")


def test_a_petition_register_without_its_source_is_no_dispute_register(tmp_path):
    # 信访台账 with 信访编号, 信访人, 反映问题, 登记日期, 办理状态 but no 交办单位: its own titles are a petition
    # register's. Complete for a dispute register (编号 by its cells, 登记日期, 办理状态), it had been taken as one:
    # its petitions counted as disputes screened and resolved.
    head = ["序号", "信访编号", "登记日期", "信访形式", "信访人", "反映问题", "办理状态"]
    rows = [[n, f"XF{n:03d}", f"2024-0{n}-05", "来访", "某某", "反映问题", "已化解"] for n in range(1, 5)]
    builders.xlsx(tmp_path / "信访台账.xlsx", {"信访": [head, *rows]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["disputes.screened"] is None and got["petitions.assigned"] is None
    (missing,) = codes(result, "column.missing")
    assert missing["field"] == "source"  # 交办单位, the petition register's column it lacks


def test_a_petition_register_asking_whether_each_item_came_from_above(tmp_path):
    # 是否上级交办 是 / 否 instead of a 交办单位 column: 是 is 上级交办, 否 本级受理.
    head = ["序号", "信访编号", "登记日期", "是否上级交办", "信访人", "办理状态"]
    rows = [
        [1, "XF001", "2024-03-05", "是", "某某", "已化解"],
        [2, "XF002", "2024-04-05", "否", "某某", "已化解"],
        [3, "XF003", "2024-05-05", "是", "某某", "正在化解"],
    ]
    builders.xlsx(tmp_path / "信访台账.xlsx", {"信访": [head, *rows]})
    result = clean(tmp_path)
    assert builders.figures(result)["petitions.assigned"] == 2
    assert result.tables["petitions"]["source"].tolist() == ["上级交办", "本级受理", "上级交办"]


def test_a_register_of_every_document_sent_out_is_no_register_of_normative_documents(tmp_path):
    # A 发文登记簿 (文号, 文件名称, 发文日期, 主送单位, 份数) lists notices and plans: taken as the 规范性文件
    # register, its 9 notices had been 9 normative documents issued.
    head = ["序号", "文号", "文件名称", "发文日期", "主送单位", "份数"]
    rows = [[n, f"某府发〔2024〕{n}号", "关于做好春耕工作的通知", f"2024-0{n}-05", "各村", 20] for n in range(1, 6)]
    builders.xlsx(tmp_path / "发文登记簿.xlsx", {"发文登记": [["某镇人民政府2024年发文登记簿"], head, *rows]})
    result = clean(tmp_path)
    assert builders.figures(result)["normative_documents.issued"] is None  # unknown, never 5
    (note,) = codes(result, "sheet.other_document")
    assert note["level"] == "提示"


def test_a_register_of_every_document_sent_out_saying_which_are_normative_counts_those(tmp_path):
    # A 党政办's 发文登记簿 titled as one, with a 是否规范性文件 column: its 是 are the town's normative documents
    # (the title had refused it, no figure), its 否 (通知, 批复, 函) no records; a blank 是否 leaves the count unknown.
    head = ["序号", "发文字号", "文件标题", "文种", "发文日期", "密级", "是否规范性文件"]
    kinds = {
        1: ("通知", "否"),
        2: ("决定", "是"),
        3: ("意见", "是"),
        4: ("批复", "否"),
        5: ("函", "否"),
        6: ("通知", "否"),
    }
    rows = [
        [n, f"某府发〔2024〕{n}号", f"某镇关于某事项的{k}", k, f"2024-0{n}-05", "无", flag]
        for n, (k, flag) in kinds.items()
    ]
    title = ["某镇人民政府2024年发文登记簿"]
    builders.xlsx(tmp_path / "2024年发文登记簿.xlsx", {"发文登记": [title, head, *rows]})
    result = clean(tmp_path)
    assert builders.figures(result)["normative_documents.issued"] == 2
    assert codes(result, "sheet.other_document") == []
    rows[0][-1] = None
    builders.xlsx(tmp_path / "2024年发文登记簿.xlsx", {"发文登记": [title, head, *rows]})
    assert builders.figures(clean(tmp_path))["normative_documents.issued"] is None  # unknown, never 2 or 6


def test_a_site_export_dating_its_items_in_unix_milliseconds(tmp_path):
    # 发布时间 1709654400000: a publishing system's moment in Unix time. Every date had been unreadable and the
    # kind's figures unavailable; 1704038400000 is 2023-12-31 16:00 UTC, the year's first day in China.
    rows = [
        ["序号", "标题", "所属栏目", "发布时间"],
        [1, "关于甲的公告", "政府信息公开>法定主动公开内容", "1709654400000"],
        [2, "关于乙的公告", "政府信息公开>法定主动公开内容", "1704038400000"],
        [3, "关于丙的公告", "政府信息公开>法定主动公开内容", "1703980800000"],  # 2023-12-31 in China
    ]
    builders.csv_file(tmp_path / "网站信息导出.csv", rows, encoding="utf-8")
    result = clean(tmp_path)
    assert builders.figures(result)["disclosure.proactive"] == 2
    assert codes(result, "date.unparseable") == []


def test_a_monthly_register_keeping_zero_reports(tmp_path):
    # 零报告: a month without any dispute is a line of its own (2024年2月 | 本月无矛盾纠纷（零报告）). Read as a
    # record missing its status, each made the register's figures unavailable.
    head = ["序号", "排查日期", "村（社区）", "纠纷类型", "化解状态"]
    rows = [
        [1, "2024-01-05", "甲村", "邻里纠纷", "已化解"],
        [None, "2024年2月", "本月无矛盾纠纷（零报告）", None, None],
        [2, "2024-03-05", "乙村", "邻里纠纷", "化解中"],
        [None, "2024年4月", "零报告", None, None],
        [3, "2024-05-05", "丙村", "邻里纠纷", "已化解"],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", {"2024年": [head, *rows]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 2)
    assert codes(result, "row.required_missing") == []


def test_disclosure_types_in_their_short_forms(tmp_path):
    # 公开方式 主动 / 依申请 / 媒体: 媒体 had been an unknown value beside the two others read.
    head = ["序号", "信息名称", "公开时间", "公开方式"]
    rows = [[1, "甲", "2024-03-05", "主动"], [2, "乙", "2024-04-05", "媒体"], [3, "丙", "2024-05-05", "依申请"]]
    builders.xlsx(tmp_path / "政务公开登记.xlsx", {"公开": [head, *rows]})
    got = builders.figures(clean(tmp_path))
    assert (got["disclosure.proactive"], got["disclosure.media"], got["disclosure.on_request"]) == (1, 1, 1)


def test_a_watch_list_asking_whether_each_person_was_removed(tmp_path):
    # 是否核减 是 / 否 instead of a 状态 column: 是 is 已核减, 否 在册. Before, 状态 was a missing column and the
    # three figures of the list were unavailable.
    rows = [
        ["序号", "姓名", "身份证号码", "是否核减", "核减原因", "是否取得联系", "是否外出务工"],
        [1, "甲某", "99010119800101001X", "是", "持合法出入境手续", "是", "是"],
        [2, "乙某", "990101198002020026", "否", None, "是", "否"],
        [3, "丙某", "990101198003030034", "否", None, "否", "是"],
    ]
    builders.xlsx(tmp_path / "涉诈高危人员台账.xlsx", {"名单": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.removed"], got["fraud_watch.remaining"], got["fraud_watch.contacted"]) == (1, 2, 1)
    assert codes(result, "column.missing") == [] and codes(result, "vocab.unknown") == []


def test_a_dispute_platform_export_whose_outcome_is_its_closing_way(tmp_path):
    # A 综治 platform's export: 事件状态 已办结 says only that the event was closed; 办结方式 says how (调解成功,
    # 调解不成功, 引导诉讼). Read from 事件状态 alone, every 已办结 had counted as 已化解 (12 resolved of a truth of 6).
    head = ["事件编号", "上报时间", "事件状态", "办结方式", "办结时间"]
    rows = [
        head,
        ["SJ001", "2024-03-05 09:12:00", "已办结", "调解成功", "2024-03-09"],
        ["SJ002", "2024-04-05 10:12:00", "已办结", "调解不成功", "2024-04-19"],
        ["SJ003", "2024-05-05 11:12:00", "已办结", "引导诉讼", "2024-05-07"],
        ["SJ004", "2024-06-05 15:12:00", "办理中", None, None],
        ["SJ005", "2024-07-05 16:12:00", "已办结", "调解成功", "2024-07-08"],
    ]
    builders.csv_file(tmp_path / "矛盾纠纷事件导出.csv", rows, encoding="utf-8-sig")
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (5, 2)
    by = result.tables["disputes"].set_index("dispute_no")["status"].to_dict()
    assert (by["SJ003"], by["SJ004"]) == ("已上报", "化解中")


def test_a_watch_list_whose_face_to_face_check_says_the_person_was_reached_by_phone(tmp_path):
    # 见面核查情况 未见面（在外务工，电话联系）: not met, but reached. Read by its leading 未 it had counted no one
    # of the three reached (contacted 0 of a truth of 2); 已失联 had been read by its 已 as 是.
    rows = [
        ["序号", "姓名", "身份证号码", "管控状态", "见面核查情况"],
        [1, "甲某", "99010119800101001X", "在管", "未见面（在外务工，电话联系）"],
        [2, "乙某", "990101198002020026", "在管", "未见面，已电话联系"],
        [3, "丙某", "990101198003030034", "在管", "已失联"],
        [4, "丁某", "990101198004040042", "已核减", "已见面核查"],
    ]
    builders.xlsx(tmp_path / "涉诈重点人员管控台账.xlsx", {"名单": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.remaining"], got["fraud_watch.removed"], got["fraud_watch.contacted"]) == (3, 1, 2)
    assert not codes(result, "bool.unparseable")


def test_village_cadres_and_a_training_held_in_a_meeting_are_known_audiences_and_forms(tmp_path):
    # 村“两委”干部 are no 法律明白人, and 以会代训 is a form: neither leaves the sessions for 法律明白人 unknown.
    rows = [
        ["序号", "培训日期", "培训主题", "培训对象", "培训形式", "参训人数"],
        [1, "2024.3.5", "《人民调解法》", "法律明白人", "线下", "35人"],
        [2, "2024.4.9", "《信访工作条例》", "村“两委”干部", "以会代训", "20人"],
        [3, "2024.6.12", "《民法典》", "法律明白人", "以会代训", "28人"],
        [4, "2024.9.3", "《土地管理法》", "村干部", "线上", "18人"],
    ]
    builders.xlsx(tmp_path / "2024年学法用法及普法培训台账.xlsx", {"培训记录": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2
    assert not codes(result, "vocab.unknown")


def test_an_excel_97_workbook_is_read_with_its_sheets_dates_and_merged_title(tmp_path):
    # An old office's .xls (BIFF8 in an OLE compound file), as Excel 97-2003 and WPS (.et) save it.
    from devtowns.books import Book, Sheet, write

    sheets = []
    for name, day in (("一季度", dt.datetime(2024, 3, 5)), ("二季度", dt.datetime(2024, 5, 9))):
        sheet = Sheet(name)
        sheet.title(f"2024年{name}行政执法案件台账", 4)
        sheet.header([["序号", "决定书文号", "执法类别", "决定日期"]])
        sheet.add(1, f"某检〔2024〕{day.month}号", "行政检查", day)
        sheet.add(2, f"某许〔2024〕{day.month}号", "行政许可", day.strftime("%Y.%m.%d"))
        sheets.append(sheet)
    for suffix in ("xls", "et"):
        write(Book(f"执法台账.{suffix}", sheets, "biff"), tmp_path / suffix)
        got = builders.figures(clean(tmp_path / suffix))
        assert (got["enforcement.cases"], got["enforcement.inspection"], got["enforcement.licensing"]) == (4, 2, 2)


def test_an_excel_97_workbook_keeps_its_merged_cells_a_record_spanning_rows_is_one_record(tmp_path):
    # A joint matter written over two rows (two parties), its 编号, date and outcome merged down: in an
    # .xls as in an .xlsx it is one record, never a second one with a blank 编号.
    from devtowns.books import Book, Sheet, write

    sheet = Sheet("台账")
    sheet.title("某镇2024年矛盾纠纷排查化解台账", 6)
    sheet.header([["纠纷编号", "排查日期", "当事人", "联系电话", "纠纷类型", "化解情况"]])
    first = sheet.add("JF001", dt.datetime(2024, 3, 5), "某甲", "13800000001", "邻里纠纷", "已化解")
    sheet.add(None, None, "某乙", "13800000002", None, None)
    sheet.add("JF002", dt.datetime(2024, 4, 9), "某丙", "13800000003", "土地纠纷", "化解中")
    sheet.merges += [(first, c, first + 1, c) for c in (1, 2, 5, 6)]
    for suffix, fmt in (("xls", "biff"), ("xlsx", "xlsx")):
        write(Book(f"纠纷台账.{suffix}", [sheet], fmt), tmp_path / suffix)
        result = clean(tmp_path / suffix)
        assert codes(result, "row.required_missing") == []
        got = builders.figures(result)
        assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)


def test_a_subsidy_claim_lists_successful_cases_and_beside_the_register_adds_none(tmp_path):
    # A 以案定补 申报表 has no 调解结果 column: a subsidy is claimed only for a case mediated successfully.
    # Beside the register it lists the same cases (the same 卷宗号): each is counted once, its subsidy once.
    register = [
        ["卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"],
        ["某人调〔2024〕1号", "2024/3/5", "调解成功", "口头协议", 50],
        ["某人调〔2024〕2号", "2024/7/9", "调解成功", "书面协议", 200],
        ["某人调〔2024〕3号", "2024/8/1", "调解不成功", "/", "/"],
        ["某人调〔2024〕4号", "2024/9/3", "调解成功", "书面协议", 100],
    ]
    claim = [
        ["2024年下半年人民调解“以案定补”申报表"],
        ["序号", "卷宗号", "调解员", "案件等级", "协议形式", "申报金额（元）"],
        [1, "某人调〔2024〕2号", "甲某", "疑难", "书面协议", 200],
        [2, "某人调〔2024〕4号", "乙某", "一般", "书面协议", 100],
        ["合计", "2件", None, None, None, 300],
    ]
    builders.xlsx(tmp_path / "a" / "人民调解案件登记表（2024年）.xlsx", {"登记表": register, "Sheet2": claim})
    got = builders.figures(clean(tmp_path / "a"))
    assert (got["mediation.cases"], got["mediation.written"], got["mediation.subsidy_yuan"]) == (3, 2, 350)
    builders.xlsx(tmp_path / "b" / "以案定补.xlsx", {"Sheet1": claim})
    result = clean(tmp_path / "b")
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.written"], got["mediation.subsidy_yuan"]) == (2, 2, 300)
    assert not codes(result, "column.missing")


def test_an_error_value_in_an_excel_97_book_leaves_the_sum_it_is_in_unknown(tmp_path):
    # calamine reads an .xls/.et error cell as empty: the subsidy column would sum to 150 without a word.
    from devtowns.books import Book, Formula, Sheet, write

    sheet = Sheet("登记表")
    sheet.header([["卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"]])
    sheet.add("某人调〔2024〕1号", "2024/3/5", "调解成功", "口头协议", 50)
    sheet.add("某人调〔2024〕2号", "2024/4/9", "调解成功", "书面协议", Formula("VLOOKUP(F3,标准!A:B,2,0)", "#REF!"))
    sheet.add("某人调〔2024〕3号", "2024/5/6", "调解成功", "书面协议", 100)
    write(Book("人民调解案件登记表.et", [sheet], "biff"), tmp_path)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (3, None)
    assert [(r["cell"], r["value"]) for r in codes(result, "cell.error")] == [("E3", "#REF!")]


# --- a 街道's registers (development town 柳港街道) -----------------------------------------------------------------


def test_a_lawsuit_register_naming_the_leader_who_appeared_answers_whether_one_appeared(tmp_path):
    # No 负责人是否出庭 column: 出庭负责人 names who appeared (副主任 甲某), 未出庭（委托律师） says none did;
    # a blank under a case not yet heard is of no year. The name never reaches a message.
    rows = [
        ["序号", "案号", "原告", "收到起诉状日期", "开庭日期", "出庭负责人", "审理结果"],
        [1, "（2024）某0105行初21号", "甲某", "2024年2月26日", "2024年4月9日", "主任 乙某某", "驳回诉讼请求"],
        [2, "（2024）某0105行初35号", "丙某", "2024年5月6日", "2024年6月20日", "未出庭（委托律师）", "撤诉"],
        [3, "（2024）某0105行初48号", "丁某", "2024年7月15日", "2024年9月3日", "副主任 戊某某", "驳回诉讼请求"],
        [4, "（2024）某0105行初90号", "己某", "2024年11月25日", "2025年1月14日", None, "待开庭"],
    ]
    builders.xlsx(tmp_path / "行政应诉案件台账（2024年）.xlsx", {"行政应诉": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (3, 2)
    assert got["litigation.appearance_rate"] == round(2 / 3, 4)
    assert not codes(result, "column.missing") and not codes(result, "bool.unparseable")
    messages = " ".join(result.issues["message"].astype(str))
    assert "乙某某" not in messages and "戊某某" not in messages


def test_a_column_of_its_own_answers_whether_the_leader_appeared_before_the_leader_s_name(tmp_path):
    rows = [
        ["案号", "开庭日期", "出庭负责人", "负责人是否出庭"],
        ["（2024）某行初1号", "2024-04-09", "委派律师 甲某", "否"],
        ["（2024）某行初2号", "2024-06-20", "副镇长 乙某", "是"],
    ]
    builders.xlsx(tmp_path / "行政应诉案件台账.xlsx", {"应诉": rows})
    assert builders.figures(clean(tmp_path))["litigation.leader_appearances"] == 1


def test_items_awaiting_review_without_a_publication_date_are_not_yet_published(tmp_path):
    # A portal register lists items entered for review (审核状态 待审核) with no 公开日期: not published, of no
    # year, no error. An item marked 已发布 without its date is still missing it.
    rows = [
        ["序号", "信息标题", "公开类型", "审核状态", "公开日期"],
        [1, "某街道老旧小区改造工作信息", "主动公开", "已发布", "2024-03-05"],
        [2, "某街道城市管理工作信息", "主动公开", "待审核", None],
        [3, "某街道民生救助工作信息", "主动公开", "已发布", "2024年5月8日"],
        [4, "某街道安全生产工作信息", "主动公开", "审核中", None],
    ]
    builders.xlsx(tmp_path / "a" / "政府信息主动公开登记台账.xlsx", {"主动公开": rows})
    result = clean(tmp_path / "a")
    assert builders.figures(result)["disclosure.proactive"] == 2
    assert codes(result, "row.required_missing") == []
    rows[2][3] = "已发布"
    builders.xlsx(tmp_path / "b" / "政府信息主动公开登记台账.xlsx", {"主动公开": rows})
    result = clean(tmp_path / "b")
    assert [r["cell"] for r in codes(result, "row.required_missing")] == ["E3"]
    assert builders.figures(result)["disclosure.proactive"] is None


def test_a_community_s_press_register_and_an_answers_filing_register_are_disclosure(tmp_path):
    # A 社区's 宣传报道（上稿）登记表: 稿件标题, 刊发日期, 媒体级别 (the outlet's level, no type): media reports.
    press = [
        ["2024年宣传报道（上稿）登记表"],
        ["报送单位：某社区（盖章）"],
        ["序号", "稿件标题", "刊发媒体", "媒体级别", "刊发日期", "撰稿人"],
        [1, "某社区邻里节活动见闻", "区融媒体中心", "区级", "2024.3.5", "甲某"],
        [2, "某社区反诈宣传活动见闻", "市日报", "市级", "2024.6.18", "乙某"],
    ]
    # The 依申请公开 answers' 备案 register: 收到申请日期 beside 答复日期 and 备案日期; the title's 备案 is no
    # normative-document register. The application of December 2023 is not 2024's.
    filing = [
        ["某街道依申请公开政府信息办理备案登记表（2024年）"],
        ["序号", "受理编号", "收到申请日期", "申请人类型", "申请内容", "答复日期", "答复类型", "备案日期"],
        [1, "YSQ-1", "2023年12月27日", "公民", "征收补偿方案", "2024年1月12日", "予以公开", "2024年1月15日"],
        [2, "YSQ-2", "2024年4月8日", "公民", "加装电梯补助名单", "2024年4月22日", "不予公开", "2024年4月24日"],
        [3, "YSQ-3", "2024年12月23日", "法人或其他组织", "违建拆除决定", "2025年1月8日", "信息不存在", "2025年1月9日"],
    ]
    builders.xlsx(tmp_path / "某社区2024年宣传报道登记表.xlsx", {"宣传报道": press})
    builders.xlsx(tmp_path / "依申请公开政府信息办理备案登记表.xlsx", {"办理备案": filing})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disclosure.media"], got["disclosure.on_request"]) == (2, 2)
    assert got["normative_documents.issued"] is None
    assert not codes(result, "file.unknown_kind")


def test_a_grid_worker_s_visit_outcome_says_whether_the_person_was_reached(tmp_path):
    # The grid platform's export: 管控状态 在管 / 已销号, and no 是否取得联系 — the 走访情况 says it.
    rows = [
        ["人员编号", "姓名", "身份证号", "所属网格", "管控状态", "最近走访时间", "走访情况"],
        ["SZ0001", "甲某", "99010119800101001X", "第1网格", "在管", "2024-10-08", "已见面"],
        ["SZ0002", "乙某", "990101198002020026", "第2网格", "在管", "2024-10-09", "已电话联系"],
        ["SZ0003", "丙某", "990101198003030034", "第2网格", "在管", "2024-11-02", "未联系上"],
        ["SZ0004", "丁某", "990101198004040042", "第3网格", "已销号", "2024-09-12", "已见面"],
    ]
    builders.xlsx(tmp_path / "涉诈重点人员网格走访导出.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.remaining"], got["fraud_watch.removed"], got["fraud_watch.contacted"]) == (3, 1, 2)


def test_a_column_titled_as_a_field_another_column_was_taken_for_is_named_so_never_unknown(tmp_path):
    """Two 办理日期 columns that read alike: the first is taken, and the other is named as the one not
    used (column.preferred), not as a column of no known field (column.unknown)."""
    header = [*builders.ENFORCEMENT_HEADER[:6], "办理日期", *builders.ENFORCEMENT_HEADER[6:]]
    rows = [[*r[:6], r[5], *r[6:]] for r in builders.enforcement_rows(5)]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": [header, *rows]})
    result = clean(tmp_path)
    assert not codes(result, "column.unknown")
    (note,) = codes(result, "column.preferred")
    assert (note["cell"], note["expected"]) == (
        "F1",
        "“办理日期”（G列）",
    )  # two columns titled alike: told apart by letter
    assert builders.figures(result)["enforcement.cases"] == 5


# --- books kept per month: an open item listed again next month ---------------------------------------------------


def test_an_item_open_at_a_months_end_and_listed_again_next_month_counts_once_with_its_outcome(tmp_path):
    # One book per month: a petition still in hand at the end of March is listed again in April's
    # book with its outcome, a mediation case 调解中 in March again in April with its result, form and
    # subsidy. One item, one case, each with its outcome, whichever book is read first.
    def book(m: int, petitions: list[list], cases: list[list]) -> dict:
        return {
            "信访事项": [
                [f"某镇综治中心2025年{m}月信访事项登记台账"],
                ["序号", "信访编号", "交办单位", "交办日期", "办理状态", "备注"],
                *[[i, *r] for i, r in enumerate(petitions, 1)],
            ],
            "人民调解": [
                [f"某镇综治中心2025年{m}月人民调解案件登记表"],
                ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）", "备注"],
                *[[i, *r] for i, r in enumerate(cases, 1)],
            ],
        }

    march = book(
        3,
        [["XF2025031", "县联办", "2025-03-08", "已化解", None], ["XF2025032", "县联办", "2025-03-25", "正在化解", None]],
        [["（2025）某人调字第30号", "2025/3/3", "调解成功", "书面协议", 200, None],
         ["（2025）某人调字第31号", "2025/3/26", "调解中", None, None, None]],
    )  # fmt: skip
    april = book(
        4,
        [["XF2025032", "县联办", "2025-03-25", "已化解", "上月结转"], ["XF2025033", "市联办", "2025-04-14", "化解中", None]],
        [["（2025）某人调字第31号", "2025/3/26", "调解成功", "口头协议", 50, "上月结转"]],
    )  # fmt: skip
    builders.xlsx(tmp_path / "综治中心工作台账（2025年3月）.xlsx", march)
    builders.xlsx(tmp_path / "综治中心工作台账（2025年4月）.xlsx", april)
    result = clean(tmp_path, year=2025)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (3, 2, 1)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (2, 1, 1)
    assert got["mediation.subsidy_yuan"] == 250
    assert len(codes(result, "row.duplicate")) == 2


def test_an_open_case_given_two_different_outcomes_by_its_copies_leaves_its_figures_unknown(tmp_path):
    # 调解中 in one book, 调解成功 in a second and 调解不成功 in a third: which holds is not known.
    def book(m: int, result: str) -> dict:
        return {
            "人民调解": [
                ["序号", "卷宗号", "受理日期", "调解结果", "协议形式"],
                [1, "（2025）某人调字第7号", "2025/3/3", "调解成功", "书面协议"],
                [2, "（2025）某人调字第8号", "2025/3/26", result, None],
            ]
        }

    builders.xlsx(tmp_path / "人民调解（2025年3月）.xlsx", book(3, "调解中"))
    builders.xlsx(tmp_path / "人民调解（2025年4月）.xlsx", book(4, "调解成功"))
    builders.xlsx(tmp_path / "人民调解（2025年5月）.xlsx", book(5, "调解不成功"))
    result = clean(tmp_path, year=2025)
    assert builders.figures(result)["mediation.cases"] is None


def test_a_months_book_with_an_empty_sheet_is_no_zero_for_the_year(tmp_path):
    # Only April's book is in the folder and its 信访 sheet has the header only: April had no item, the
    # other months are unknown — the year's figures are unknown, not 0. A book for the year with the
    # header only is the office saying the year had none (0).
    april = [["某镇综治中心2025年4月信访事项登记台账"], ["序号", "信访编号", "交办单位", "交办日期", "办理状态"]]
    builders.xlsx(tmp_path / "month" / "综治中心工作台账（2025年4月）.xlsx", {"信访事项": april})
    result = clean(tmp_path / "month", year=2025)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"]) == (None, None)
    reason = builders.evidence(result)["petitions.assigned"].reason
    assert "4月" in reason and "综治中心工作台账（2025年4月）.xlsx「信访事项」" in reason

    year = [["某镇2025年信访事项登记台账"], ["序号", "信访编号", "交办单位", "交办日期", "办理状态"]]
    builders.xlsx(tmp_path / "year" / "信访事项登记台账（2025年）.xlsx", {"信访事项": year})
    got = builders.figures(clean(tmp_path / "year", year=2025))
    assert (got["petitions.assigned"], got["petitions.resolved"]) == (0, 0)


def test_a_case_platform_export_with_kinds_as_tree_paths_and_withdrawn_cases(tmp_path):
    # A supervision platform's case export: an 导出时间 line over the header, 执法行为 as the platform's
    # tree (category-procedure), ISO timestamps, 案件状态 已归档 (closed and filed) and 已撤销 (the filing
    # withdrawn, never decided: no 决定时间, no error).
    rows = [
        ["行政执法案件信息"],
        ["导出时间：2025-01-06 09:30:15　导出人：某镇综合行政执法队"],
        ["序号", "案件编号", "执法行为", "立案时间", "决定时间", "案件状态"],
        [1, "某执〔2024〕0001号", "行政处罚-简易程序", "2024-03-05T10:21:33", "2024-03-05T10:40:02", "已结案"],
        [2, "某执〔2024〕0002号", "行政许可-一般程序", "2024-04-08T09:02:11", "2024-04-19T15:20:45", "已归档"],
        [3, "某执〔2024〕0003号", "行政检查-双随机抽查", "2024-06-11T14:00:00", "2024-06-11T16:30:00", "已归档"],
        [4, "某执〔2024〕0004号", "行政处罚-普通程序", "2024-07-02T08:45:10", None, "已撤销"],
    ]
    builders.xlsx(tmp_path / "行政执法案件导出.xlsx", {"案件列表": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["enforcement.cases"] == 3
    assert (got["enforcement.penalty"], got["enforcement.licensing"], got["enforcement.inspection"]) == (1, 1, 1)
    assert not codes(result, "vocab.unknown") and not codes(result, "row.required_missing")


def test_a_result_left_blank_while_the_system_says_the_case_is_in_mediation_is_in_mediation(tmp_path):
    # A mediation system's export: 调解结果 (with its dictionary code) is blank until the case is closed,
    # and 调解状态 says 调解中. A closed case (已结案) with its result blank is still missing it.
    head = ["案件编号", "受理日期", "调解状态", "调解结果", "协议类型", "以案定补金额（元）"]
    rows = [
        head,
        ["3299052024030500001", "2024-03-05", "已结案", "01-调解成功", "1-口头协议", 50],
        ["3299052024041100002", "2024-04-11", "调解中", None, None, None],
        ["3299052024052000003", "2024-05-20", "已结案", "02-调解不成功", None, None],
        ["3299052024062400004", "2024-06-24", "已结案", "01-调解成功", "2-书面协议", 150],
    ]
    builders.csv_file(tmp_path / "a" / "人民调解案件导出.csv", rows)
    result = clean(tmp_path / "a")
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (2, 1, 1)
    assert got["mediation.subsidy_yuan"] == 200
    assert not codes(result, "cell.required_blank")
    rows[2][2] = "已结案"
    builders.csv_file(tmp_path / "b" / "人民调解案件导出.csv", rows)
    result = clean(tmp_path / "b")
    assert [r["cell"] for r in codes(result, "cell.required_blank")] == ["D3"]
    assert builders.figures(result)["mediation.cases"] is None


def test_a_case_status_of_still_being_handled_leaves_the_result_to_come(tmp_path):
    # A mediation system's query export says where a case stands in 案件状态: 办理中 (or 在办, 已受理) while it is
    # being mediated, its 调解结果 and 协议形式 blank until it is closed. Such a case is in mediation, not a case
    # missing its result: the year's successful cases stay countable.
    rows = [
        ["案件编号", "纠纷类型", "受理日期", "案件状态", "调解结果", "协议形式"],
        ["某人调〔2024〕1号", "邻里纠纷", "2024/03/05", "已结案", "成功", "口头"],
        ["某人调〔2024〕2号", "合同纠纷", "2024/11/20", "办理中", None, None],
        ["某人调〔2024〕3号", "婚姻家庭纠纷", "2024/12/02", "在办", None, None],
        ["某人调〔2024〕4号", "损害赔偿纠纷", "2024/12/16", "已受理", None, None],
        ["某人调〔2024〕5号", "劳动争议纠纷", "2024/06/24", "已结案", "成功", "书面"],
        ["某人调〔2024〕6号", "邻里纠纷", "2024/07/08", "已结案", "终止", None],
    ]
    builders.xlsx(tmp_path / "调解案件查询结果.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (2, 1, 1)
    assert not codes(result, "cell.required_blank") and not codes(result, "vocab.unknown")
    assert builders.table_counts(result.tables["mediation"], "result") == {"调解成功": 2, "调解不成功": 1, "调解中": 3}


def test_a_date_titled_for_when_the_dispute_arose_is_not_the_day_it_was_taken_up(tmp_path):
    # A mediation platform's case list puts 纠纷发生时间 before 登记时间 (the day the committee took the case up). A
    # dispute that arose last December and was registered in January is this year's case; the case registered on
    # 12月30日 is this year's whatever its agreement's date. The same holds for a screening register's 事发时间.
    rows = [
        ["纠纷编号", "纠纷类别", "纠纷发生时间", "登记时间", "调解结果", "协议类型"],
        ["TJ202401080001", "邻里", "2023-12-20", "2024-01-08 10:00:00", "调解成功", "口头"],
        ["TJ202403050002", "合同", "2024-03-01", "2024-03-05 09:30:00", "调解成功", "书面"],
        ["TJ202406110003", "婚姻家庭", "2024-06-02", "2024-06-11 15:20:00", "调解不成功", None],
        ["TJ202412300004", "损害赔偿", "2024-12-26", "2024-12-30 11:00:00", "调解成功", "口头"],
        ["TJ202312040005", "邻里", "2023-11-30", "2023-12-04 16:00:00", "调解成功", "口头"],
    ]
    builders.xlsx(tmp_path / "a" / "调解案件列表.xlsx", {"sheet": rows})
    result = clean(tmp_path / "a")
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (3, 2, 1)
    assert [r["cell"] for r in codes(result, "row.out_of_year")] == ["D6"]
    screening = [
        ["某镇矛盾纠纷排查登记表"],
        ["序号", "事发时间", "登记时间", "村（社区）", "纠纷类型", "化解状态"],
        [1, "2023-12-28", "2024-01-03", "甲村", "邻里纠纷", "已化解"],
        [2, "2024-02-10", "2024-02-12", "乙村", "山林土地纠纷", "化解中"],
        [3, "2024-12-27", "2025-01-02", "甲村", "婚姻家庭纠纷", "已化解"],
    ]
    builders.xlsx(tmp_path / "b" / "矛盾纠纷排查登记表.xlsx", {"排查登记": screening})
    got = builders.figures(clean(tmp_path / "b"))
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)


def test_a_petition_systems_source_says_only_from_above_and_its_states_are_the_systems_words(tmp_path):
    # 来源 上级交办 / 本级受理 (the level above is in no column): an item from above is assigned whatever
    # its level. 办理状态 as a petition system writes it: 办结 is resolved; 处理中, 未处理 (not yet taken
    # up) and 超时 (past its limit, not concluded) are open.
    rows = [
        ["信访事项列表"],
        ["序号", "信访件编号", "登记时间", "来源", "办理状态"],
        [1, "XF0001", "2024-02-05 09:12:33", "上级交办", "办结"],
        [2, "XF0002", "2024-03-11 10:02:00", "本级受理", "处理中"],
        [3, "XF0003", "2024-05-20 15:40:12", "上级交办", "未处理"],
        [4, "XF0004", "2024-08-08 08:30:45", "上级交办", "超时"],
        ["第1页/共1页　共4条"],
    ]
    builders.csv_file(tmp_path / "信访事项导出.csv", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (
        3,
        1,
        2,
    )  # 已化解/正在化解 of the assigned only (issue 12)
    assert not codes(result, "vocab.unknown")


def test_a_site_export_names_each_item_s_type_only_by_its_path_in_the_site_s_columns(tmp_path):
    # A site platform's publication export: no type column, 所属栏目 the item's path in the site's tree of
    # columns. Items under 法定主动公开内容 are proactive, under 媒体关注 media reports; the guide under the
    # 依申请公开 column is no application.
    rows = [
        ["序号", "标题", "所属栏目", "发布时间", "发布人"],
        [1, "某镇2024年财政预算公开", "政府信息公开>法定主动公开内容>财政预决算", "2024-02-05 10:21:33", "甲某"],
        [2, "某镇防汛应急预案", "政府信息公开>法定主动公开内容>政策文件", "2024-05-20 09:02:11", "甲某"],
        [3, "某日报：某镇秸秆禁烧见闻", "政务动态>媒体关注", "2024-06-11 14:00:00", "乙某"],
        [4, "某镇依申请公开指南", "政府信息公开>依申请公开>依申请公开指南", "2024-01-08 08:45:10", "乙某"],
    ]
    builders.xlsx(tmp_path / "政府信息发布统计（平台导出）.xlsx", {"信息列表": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disclosure.proactive"], got["disclosure.media"], got["disclosure.on_request"]) == (2, 1, 0)


def test_a_column_update_register_counts_the_items_each_update_put_up(tmp_path):
    # A 政务公开栏目更新台账: a row per update of a site's column (栏目名称 a two-level path, no type column) with
    # 更新条数, how many items it put up; a 合计 row. The guide kept under the 依申请公开 column (依申请公开>依申请公开
    # 指南) is no application. Rows had been counted for items (proactive 3 for 7, media 1 for 2) and the guide
    # for an application received (on_request 1 for 0).
    rows = [
        ["某镇政务公开栏目更新台账（2024年）"],
        ["序号", "更新日期", "栏目名称", "更新内容", "更新条数", "发布平台", "责任科室"],
        [
            1,
            dt.date(2024, 2, 20),
            "法定主动公开内容>财政信息",
            "2024年部门预算及三公经费预算",
            2,
            "政府门户网站",
            "党政办",
        ],
        [2, dt.date(2024, 3, 15), "重点领域信息公开>社会救助", "一季度低保人员名单公示", 4, "政务公开栏", "党政办"],
        [3, dt.date(2024, 5, 10), "政务动态>媒体关注", "县融媒体中心报道某镇产业路建设", 2, "政府门户网站", "党政办"],
        [4, dt.date(2024, 7, 1), "依申请公开>依申请公开指南", "更新依申请公开指南", 1, "政府门户网站", "党政办"],
        [5, dt.date(2024, 9, 5), "法定主动公开内容>行政执法", "行政处罚决定公示", None, "政府门户网站", "党政办"],
        ["合计", None, None, None, 9, None, None],
    ]
    builders.xlsx(tmp_path / "某镇政务公开栏目更新台账（2024年）.xlsx", {"2024年": rows})
    got = builders.figures(clean(tmp_path))
    # 2 + 4 + 1 (a blank count is one item): the 合计 is no update.
    assert (got["disclosure.proactive"], got["disclosure.media"], got["disclosure.on_request"]) == (7, 2, 0)


def test_an_exam_platform_s_statistics_per_unit_count_those_who_sat_it_as_already_examined(tmp_path):
    # 法宣在线's statistics export: 应考人数, 已考人数 (those who sat it), 未考人数, a typed 参考率, a 合计 row; the
    # year only in the 考试名称 line.
    rows = [
        ["考试名称：2024年度国家工作人员学法用法考试　导出时间：2025-01-06 09:30"],
        ["序号", "单位名称", "应考人数", "已考人数", "未考人数", "参考率"],
        [1, "党政办公室", 12, 12, 0, "100.00%"],
        [2, "综合行政执法队", 18, 16, 2, "88.89%"],
        [3, "司法所", 5, 5, 0, "100.00%"],
        ["合计", None, 35, 33, 2, "94.29%"],
    ]
    builders.xlsx(tmp_path / "学法考试统计导出.xlsx", {"单位统计": rows})
    assert builders.figures(clean(tmp_path))["training.exam_coverage"] == round(33 / 35, 4)


def test_an_exam_form_by_office_titled_参考人数_beside_应参考_and_未参考_states_those_who_sat_it(tmp_path):
    # 单位 | 应参考人数 | 参考人数 | 未参考人数 | 参考率: the plain 参考人数 is those who sat it. It had been no label of a
    # figure: the coverage unknown beside its own counts.
    rows = [
        ["某镇2024年度学法考试参考情况统计"],
        ["单位", "应参考人数", "参考人数", "未参考人数", "参考率"],
        ["党政办", 8, 8, 0, "100.0%"],
        ["综治中心", 4, 3, 1, "75.0%"],
        ["农业服务中心", 6, 5, 1, "83.3%"],
        ["合计", 18, 16, 2, "88.9%"],
    ]
    builders.xlsx(tmp_path / "学法考试参考情况.xlsx", {"参考情况": rows})
    assert builders.figures(clean(tmp_path))["training.exam_coverage"] == round(16 / 18, 4)


def test_an_exam_form_by_office_with_a_column_of_the_excused_leaves_them_out_of_the_base(tmp_path):
    # 应参考人数 | 免考人数 | 实参考人数 | 未参考人数 | 参考率: the excused are counted in 应参考 (12 = 1 + 11 + 0) and out of
    # the rate's base, as the form's own 参考率 says. They had stayed in it: 32 of 38 for the form's 32 of 35.
    rows = [
        ["某镇2024年国家工作人员学法考试参考情况统计表"],
        ["序号", "单位", "应参考人数", "免考人数", "实参考人数", "未参考人数", "参考率"],
        [1, "党政办", 12, 1, 11, 0, "100.0%"],
        [2, "经济发展办", 9, 0, 8, 1, "88.9%"],
        [3, "社会事务办", 10, 2, 7, 1, "87.5%"],
        [4, "综治中心", 7, 0, 6, 1, "85.7%"],
        ["合计", None, 38, 3, 32, 3, "91.4%"],
    ]
    builders.xlsx(tmp_path / "学法考试参考情况统计表.xlsx", {"Sheet1": rows})
    found = builders.evidence(clean(tmp_path))
    assert found["training.exam_required"].value == 35
    assert found["training.exam_coverage"].value == round(32 / 35, 4)
    # Without the column the form states its 应参考 whole.
    del rows[1][3]
    for row in rows[2:]:
        del row[3]
    builders.xlsx(tmp_path / "学法考试参考情况统计表.xlsx", {"Sheet1": rows})
    assert builders.evidence(clean(tmp_path))["training.exam_required"].value == 38


def test_a_total_typed_in_the_serial_column_of_a_summary_is_stated_once(tmp_path):
    # The 司法所's 以案定补 summary, a row per committee: 合计 typed into the 序号 column, the committee's
    # cell beside it blank. Read as a row of its own it would double every total.
    summary = [
        ["某镇2024年人民调解以案定补汇总表"],
        ["序号", "调委会", "调解成功（件）", "其中：口头协议", "其中：书面协议", "补贴金额（元）"],
        [1, "甲村人民调解委员会", 4, 3, 1, 250],
        [2, "乙村人民调解委员会", 2, 1, 1, 150],
        ["合计", None, 6, 4, 2, 400],
    ]
    builders.xlsx(tmp_path / "以案定补汇总.xlsx", {"汇总": summary})
    result = clean(tmp_path)
    stated = builders.stated(result)
    assert stated["mediation.cases"] == 6 and stated["mediation.subsidy_yuan"] == 400
    assert (stated["mediation.oral"], stated["mediation.written"]) == (4, 2)


def test_a_part_column_named_with_qizhong_but_no_colon_states_its_figure(tmp_path):
    # The 人民调解员 补贴发放花名册, a row per mediator: 其中口头协议（件） typed without the colon after 其中,
    # as often as with it. The column is the oral agreements' count all the same; read as an unknown
    # column it left the split into 口头 and 书面 null beside a stated total.
    roster = [
        ["某镇2024年度人民调解员案件补贴发放花名册"],
        ["序号", "调解员姓名", "调解成功案件数（件）", "其中口头协议（件）", "其中书面协议（件）", "补贴金额（元）"],
        [1, "赵一明", 5, 3, 2, 450],
        [2, "钱二华", 4, 4, 0, 200],
        ["合计", None, 9, 7, 2, 650],
    ]
    builders.xlsx(tmp_path / "人民调解员补贴发放表.xlsx", {"补贴发放": roster})
    result = clean(tmp_path)
    stated = builders.stated(result)
    assert (stated["mediation.cases"], stated["mediation.subsidy_yuan"]) == (9, 650)
    assert (stated["mediation.oral"], stated["mediation.written"]) == (7, 2)


def test_a_summary_with_words_among_its_counts_is_read_by_its_total_and_fails_no_file(tmp_path):
    # A hand-typed summary of the villages' screenings: one village 未报 in the count columns. With its
    # 合计 row the summary states the total; without one, the column is no count and states nothing.
    summary = [
        ["某镇2024年各村（社区）矛盾纠纷排查化解情况汇总表"],
        ["填报单位：某镇综治办", None, None, None, "填报日期：2025年1月3日", None],
        ["序号", "村（社区）", "排查矛盾纠纷（件）", "化解（件）", "化解率", "备注"],
        [1, "甲村", 12, 11, "91.7%", None],
        [2, "乙村", 10, 9, "90.0%", None],
        [3, "丙村", "未报", "未报", None, "报来的是2023年台账"],
        [4, "丁村", 9, 8, "88.9%", None],
        [5, "戊村", 6, 6, "100.0%", None],
    ]
    builders.xlsx(tmp_path / "with" / "排查化解汇总.xlsx", {"汇总": [*summary, ["合计", None, 37, 34, "91.9%", None]]})
    result = clean(tmp_path / "with")
    assert result.failed_files == [] and not codes(result, "file.failed")
    stated = builders.stated(result)
    assert (stated["disputes.screened"], stated["disputes.resolved"]) == (37, 34)
    builders.xlsx(tmp_path / "without" / "排查化解汇总.xlsx", {"汇总": summary})
    result = clean(tmp_path / "without")
    assert result.failed_files == [] and not codes(result, "file.failed")
    assert result.manifest["statistics"] == []
    assert builders.figures(result)["disputes.screened"] is None


def test_one_record_a_month_each_numbered_1_are_that_many_records(tmp_path):
    # A village's book, a sheet per month; months with one dispute hold a single row numbered 1.
    # Numbers restart in every sheet, so two months' 1 are two disputes, not one entered twice.
    head = ["序号", "登记日期", "纠纷类型", "当事人", "化解情况"]
    months = {
        "1月": [
            head,
            [1, "1月5日", "邻里纠纷", "甲某某、乙某某", "已化解"],
            [2, "1月9日", "婚姻家庭纠纷", "丙某、丁某", "已化解"],
        ],
        "2月": [head, [1, "2月28日", "婚姻家庭纠纷", "戊某某、己某", "已化解"]],
        "3月": [head, [1, "3月1日", "山林土地纠纷", "庚某、辛某某", "化解中"]],
        "12月": [head, [1, "12月27日", "山林土地纠纷", "壬某、癸某某", "已化解"]],
    }
    sheets = {name: [[f"某村2024年{name}矛盾纠纷排查登记表"], *rows] for name, rows in months.items()}
    builders.xlsx(tmp_path / "某村2024年矛盾纠纷排查登记.xlsx", sheets)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (5, 4)
    assert not codes(result, "row.duplicate")


def test_a_subsidy_titled_by_its_unit_alone_is_the_subsidy(tmp_path):
    # A village's own register heads the subsidy 补助（元）, and a case not mediated successfully writes /.
    rows = [
        ["案号", "调解结果", "协议", "补助（元）", "受理时间"],
        ["甲调〔2024〕1号", "成功", "口头", 50, "2024.3.5"],
        ["甲调〔2024〕2号", "成功", "协议书", 200, "2024.4.8"],
        ["甲调〔2024〕3号", "不成功", "/", "/", "2024.5.9"],
    ]
    builders.xlsx(tmp_path / "甲村人民调解登记（2024）.xlsx", {"调解登记": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (2, 250)


# --- a PDF converted back to a sheet per page (WPS “PDF转Excel”, online converters) ------------------------------


def _disputes(first: int, n: int, story: str = "因宅基地界址不清与邻居发生争执") -> list[list]:
    return [[k, f"2024.3.{k}", "沙湾村", "邻里纠纷", f"甲{k}", story, "已化解"] for k in range(first, first + n)]


def test_header_lines_as_rows_a_titles_second_line_in_a_row_of_its_own_completes_it(tmp_path):
    # The converter put each line of a two-line title in a row of its own, with no merge: 排查 over 日期.
    rows = [
        ["某镇2024年矛盾纠纷排查化解工作台账"],
        ["序号", "排查", "村（社区）", "纠纷类型", "当事人", "简要情况", "化解"],
        [None, "日期", None, None, None, None, "情况"],
        *_disputes(1, 4),
    ]
    builders.xlsx(tmp_path / "排查台账（转换）.xlsx", {"Table 1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 4)
    assert not codes(result, "row.required_missing")
    assert result.manifest["files"][0]["sheets"][0]["set_aside"]["header"] == 2


def test_header_first_page_only_later_pages_are_read_under_the_first_pages_header(tmp_path):
    header = ["序号", "信访编号", "交办单位", "交办日期", "信访人", "办理状态"]

    def page(first: int, n: int) -> list[list]:
        return [[k, f"LZ{k:03d}", "县联办", f"2024年3月{k}日", f"甲{k}", "已化解"] for k in range(first, first + n)]

    sheets = {
        "Table 1": [["某镇2024年信访事项登记台账"], header, *page(1, 5), ["第 1 页 共 3 页"]],
        "Table 2": [*page(6, 5), ["第 2 页 共 3 页"]],
        "Table 3": [*page(11, 2), [13, "LZ013", "县联办", "2025年1月3日", "甲13", "已化解"], ["第 3 页 共 3 页"]],
    }
    builders.xlsx(tmp_path / "信访台账（PDF转换）.xlsx", sheets)
    result = clean(tmp_path)
    assert builders.figures(result)["petitions.assigned"] == 12  # the last was assigned in 2025
    assert [r["detail"] for r in codes(result, "sheet.page_continued")] == ["Table 1", "Table 1"]
    (late,) = codes(result, "row.out_of_year")
    assert (late["sheet"], late["row"]) == ("Table 3", 3)  # the page's own row, not the first page's
    assert not codes(result, "sheet.unread_rows")


def test_first_page_copied_beside_itself_later_pages_are_read_under_its_own_header(tmp_path):
    # The first page's register (with its header) pasted again right of a blank column: read once, and the later
    # bare pages stand under the register's header, as wide as its block, not under its copy's (芦洲镇 side_by_side:
    # mediation and petitions withheld, Table 2 unread).
    header = ["序号", "信访编号", "交办单位", "交办日期", "信访人", "办理状态"]

    def page(first: int, n: int) -> list[list]:
        return [[k, f"LZ{k:03d}", "县联办", f"2024年3月{k}日", f"甲{k}", "已化解"] for k in range(first, first + n)]

    first = [["某镇2024年信访事项登记台账"], header, *page(1, 5)]
    sheets = {
        "Table 1": [row + [None] * (7 - len(row)) + row for row in first],
        "Table 2": [*page(6, 5), ["第 2 页 共 2 页"]],
    }
    builders.xlsx(tmp_path / "信访台账（PDF转换）.xlsx", sheets)
    result = clean(tmp_path)
    assert builders.figures(result)["petitions.assigned"] == 10
    assert [r["detail"] for r in codes(result, "sheet.page_continued")] == ["Table 1"]
    assert [r["detail"] for r in codes(result, "sheet.copy_beside")] == ["H–M"]
    assert not codes(result, "sheet.unread_rows")


def test_first_page_with_a_pivot_pasted_under_it_later_pages_are_read_under_the_registers_header(tmp_path):
    # A 数据透视表 pasted as values under the first page's rows: the later bare pages continue the register, never the
    # pivot (芦洲镇 pivot_below: Table 2 read under 行标签 | 计数项:信访编号, mediation and petitions withheld).
    header = ["序号", "信访编号", "交办单位", "交办日期", "信访人", "办理状态"]

    def page(first: int, n: int) -> list[list]:
        return [[k, f"LZ{k:03d}", "县联办", f"2024年3月{k}日", f"甲{k}", "已化解"] for k in range(first, first + n)]

    pivot = [[None], [None], ["行标签", "计数项:信访编号"], ["已化解", 5], ["总计", 5]]
    sheets = {
        "Table 1": [["某镇2024年信访事项登记台账"], header, *page(1, 5), *pivot],
        "Table 2": [*page(6, 5), ["第 2 页 共 2 页"]],
    }
    builders.xlsx(tmp_path / "信访台账（PDF转换）.xlsx", sheets)
    result = clean(tmp_path)
    assert builders.figures(result)["petitions.assigned"] == 10
    assert [r["detail"] for r in codes(result, "sheet.page_continued")] == ["Table 1"]
    assert not codes(result, "sheet.unread_rows")


def test_first_page_with_hidden_helper_columns_later_pages_are_read_under_its_header(tmp_path):
    # 年份 and 辅助列 added right of the first page's register and hidden (to filter it): never printed, so the later
    # bare pages are as wide as the register without them (芦洲镇 helper_columns: mediation and petitions withheld).
    import openpyxl

    header = ["序号", "信访编号", "交办单位", "交办日期", "信访人", "办理状态"]

    def page(first: int, n: int) -> list[list]:
        return [[k, f"LZ{k:03d}", "县联办", f"2024年3月{k}日", f"甲{k}", "已化解"] for k in range(first, first + n)]

    sheets = {
        "Table 1": [["某镇2024年信访事项登记台账"], [*header, "年份", "辅助列"], *[[*r, None, 1] for r in page(1, 5)]],
        "Table 2": [*page(6, 5), ["第 2 页 共 2 页"]],
    }
    path = tmp_path / "信访台账（PDF转换）.xlsx"
    builders.xlsx(path, sheets)
    wb = openpyxl.load_workbook(path)
    wb["Table 1"].column_dimensions["G"].hidden = wb["Table 1"].column_dimensions["H"].hidden = True
    wb.save(path)
    result = clean(tmp_path)
    assert builders.figures(result)["petitions.assigned"] == 10
    assert [r["detail"] for r in codes(result, "sheet.page_continued")] == ["Table 1"]
    assert not codes(result, "sheet.unread_rows")


def test_rows_of_another_shape_pasted_without_a_header_are_no_page_of_the_table_before(tmp_path):
    header = ["序号", "信访编号", "交办单位", "交办日期", "信访人", "办理状态"]
    first = [header, *[[k, f"LZ{k:03d}", "县联办", f"2024年3月{k}日", f"甲{k}", "已化解"] for k in range(1, 5)]]
    other = [[f"某村{k}", "2024年度", "已完成", 12 + k, "良好", "无"] for k in range(4)]  # six columns of another form
    builders.xlsx(tmp_path / "信访台账.xlsx", {"Sheet1": first, "Sheet2": other})
    result = clean(tmp_path)
    assert not codes(result, "sheet.page_continued")
    assert [r["sheet"] for r in codes(result, "sheet.unread_rows")] == ["Sheet2"]


def test_record_cut_by_page_break_its_tail_on_the_next_page_is_no_record(tmp_path):
    head = [
        ["某镇2024年矛盾纠纷排查化解工作台账"],
        ["序号", "排查日期", "村（社区）", "纠纷类型", "当事人", "简要情况", "化解状态"],
    ]
    one = _disputes(1, 3)
    one[-1][5] = "因承包田灌溉用水发生口角，经"  # the page break cut the account …
    two = [[None, None, None, None, None, "协调错峰用水", None], *_disputes(4, 2)]  # … its tail heads the next page
    builders.xlsx(tmp_path / "排查台账.xlsx", {"Table 1": [*head, *one], "Table 2": [*head, *two]})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 5
    assert not codes(result, "row.required_missing")
    assert result.manifest["files"][0]["sheets"][1]["set_aside"]["continuation"] == 1


def test_table_as_tab_paragraphs_a_converted_word_documents_rows_are_records(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("某镇2024年政务公开信息登记台账")
    document.add_paragraph("序号\t信息标题\t公开日期\t公开类型\t公开渠道")
    for k, kind in enumerate(["主动公开", "主动公开", "媒体发布", "依申请公开"], start=1):
        document.add_paragraph(f"{k}\t第{k}条信息\t2024-03-0{k}\t{kind}\t政府网站")
    document.add_paragraph("第 1 页 共 1 页")
    document.add_paragraph("填表人：\t审核人：\t日期：")  # one line of tab-aligned labels is no table
    document.save(tmp_path / "政务公开台账（PDF转Word）.docx")
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disclosure.proactive"], got["disclosure.media"], got["disclosure.on_request"]) == (2, 1, 1)
    assert not codes(result, "file.not_a_table")


def test_an_exam_table_whose_counts_the_ocr_misread_states_its_coverage(tmp_path):
    # ocr_digit_confusions in a statistics table: l2 and lO are 12 and 10, read as the record cleaners read them.
    rows = [
        ["某镇2024年度国家工作人员学法用法考试参考情况"],
        ["单位", "应参考人数", "实参考人数", "参考率"],
        ["党政办", "１２", "l2", "100%"],
        ["司法所", "10", "9", "90%"],
        ["综治中心", "1O", "lO", "100%"],
        ["合计", "32", "31", "96.9%"],
    ]
    builders.xlsx(tmp_path / "学法用法台账（转换）.xlsx", {"Table 3": rows})
    assert builders.figures(clean(tmp_path))["training.exam_coverage"] == round(31 / 32, 4)


def test_a_sheet_kept_since_2021_dates_its_yearless_rows_by_their_own_year_column(tmp_path):
    # One sheet filled year after year: the first clerk typed the year in 年度 and the day without it (3月5日),
    # a 小计 line closes each year, the county's new template was typed as a second header in mid-sheet (年度
    # moved, 风险等级 added), the next clerk typed whole dates and left 年度 blank, and early 2025 is entered.
    rows = [
        ["某镇矛盾纠纷排查化解台账"],
        ["序号", "年度", "排查日期", "村（社区）", "化解情况"],
        [1, 2022, "3月5日", "松坪村", "已化解"],
        [2, "2022", "11月20日", "上坝村", "化解中"],
        ["2022年小计", None, None, "共排查2件", "已化解1件"],
        [],
        ["序号", "排查日期", "年度", "村（社区）", "风险等级", "化解状态"],
        [1, "4月2日", "2023", "青冈村", "黄", "已化解"],
        [2, "2023.9.8", None, "松坪村", "橙", "未化解"],
        ["2023年合计", None, None, "共排查2件", None, "已化解1件"],
        [1, "2024.3.5", "2024年", "龙井村", "黄", "已化解"],
        [2, "2024.6.18", "2024年", "石桥村", "黄", "已化解"],
        [3, "2024.12.30", "2024年", "上坝村", "红", "化解中"],
        ["2024年合计", None, None, "共排查3件", None, "已化解2件"],
        [1, "2025.1.7", "2025年", "青冈村", "黄", "化解中"],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", {"台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 2)
    # Each yearless day took its row's year: none is left incomplete, none was placed in the year cleaned.
    assert codes(result, "date.partial") == []
    assert sorted(result.excluded["disputes"]["screened_on"].dt.year.tolist()) == [2022, 2022, 2023, 2023, 2025]
    # The office is told, once per table, which dates took the year column's year.
    assert [(r["detail"], r["header"]) for r in codes(result, "sheet.year_column")] == [("2", "年度"), ("1", "年度")]


def test_a_hidden_year_helper_column_left_blank_does_not_hide_the_year_column_beside_it(tmp_path):
    # A clerk filtering the sheet added 年份 (=IF(ISNUMBER(B3),YEAR(B3),"")) and 辅助列 right of it (then hid them); the
    # days are text, so 年份 is blank. Two year titles had left the 年度 column unused: last year's 3月5日 was this
    # year's (鹤鸣镇 under the helper_columns variant: 50 disputes for 41).
    rows = [
        ["某镇矛盾纠纷排查化解台账"],
        ["序号", "排查日期", "年度", "村（社区）", "化解状态", "年份", "辅助列"],
        [1, "3月5日", "2023", "松坪村", "已化解", None, 1],
        [2, "11月20日", "2023", "上坝村", "化解中", None, 1],
        [3, "4月2日", "2024", "青冈村", "已化解", None, 1],
        [4, "9月8日", "2024", "松坪村", "未化解", None, 1],
        [5, "1月7日", "2025", "青冈村", "化解中", None, 1],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", {"台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)
    assert [(r["detail"], r["header"]) for r in codes(result, "sheet.year_column")] == [("5", "年度")]


def test_a_form_of_this_period_beside_the_same_period_last_year_and_the_change_reads_this_period(tmp_path):
    # A police station's form: each measure over 本期 / 上年同期 / 增减 (+3, -2, 持平). Only 本期 is this year's;
    # the change is no count either, wherever it stands (here before 本期 under the detentions).
    rows = [
        ["某镇派出所2024年1-12月平安建设数据统计表"],
        ["项目", "起（份）数", None, None, "其中：行政拘留（人）", None, None],
        [None, "本期", "上年同期", "增减", "增减", "本期", "上年同期"],
        ["家暴告诫书", 14, 11, "+3", "持平", 0, 0],
        ["家暴治安案件", 3, 3, "持平", "-1", 2, 3],
        ["涉黄治安案件", 4, 4, "持平", "+2", 7, 5],
        ["涉赌治安案件", 6, 9, "-3", "-4", 11, 15],
    ]
    merged = {"统计表": ["A2:A3", "B2:D2", "E2:G2"]}
    builders.xlsx(tmp_path / "平安建设数据统计表.xlsx", {"统计表": rows}, merged)
    got = builders.figures(clean(tmp_path))
    assert (got["security.dv_warnings"], got["security.vice_cases"]) == (14, 4)
    assert (got["security.dv_detentions"], got["security.vice_detentions"]) == (2, 7)


def test_a_book_with_a_tab_per_year_named_by_the_year_alone_dates_its_yearless_days_by_the_tab(tmp_path):
    # Tabs 2023 (hidden when 2024 began), 2024 and 2025 (already begun); 受理日期 typed 3月5日, the title naming no
    # year: each tab's name is its rows' year, never the year being cleaned.
    def tab(days: list[str]) -> list[list]:
        head = [
            ["某镇人民调解委员会案件登记簿"],
            ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"],
        ]
        return head + [[i, f"第{i}号", d, "调解成功", "口头协议", 50] for i, d in enumerate(days, start=1)]

    sheets = {
        "2023": tab(["11月2日", "12月26日"]),
        "2024": tab(["3月5日", "7月9日", "12月26日"]),
        "2025": tab(["1月8日"]),
    }
    builders.xlsx(tmp_path / "人民调解案件登记簿.xlsx", sheets, hidden=("2023",))
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (3, 150)
    assert codes(result, "date.partial") == []


def test_a_compiled_book_whose_tabs_end_in_their_year_dates_their_yearless_days_by_it(tmp_path):
    # A 台账汇编 an office compiled from its books, a tab per book named 登记簿-2023, 登记簿-2024, 登记簿-2025: the year
    # standing alone at the end of the tab's name is its rows' year (the 2025 tab's case counted in 2024 was WRONG).
    def tab(days: list[str]) -> list[list]:
        head = [
            ["某镇人民调解委员会案件登记簿"],
            ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"],
        ]
        return head + [[i, f"第{i}号", d, "调解成功", "口头协议", 50] for i, d in enumerate(days, start=1)]

    sheets = {
        "人民调解案件登记簿-2023": tab(["11月2日", "12月26日"]),
        "人民调解案件登记簿-2024": tab(["3月5日", "7月9日", "12月26日"]),
        "人民调解案件登记簿-2025": tab(["1月8日"]),
        "执法台账_2024": [["序号", "决定书文号", "执法类别", "决定日期"], [1, "某许〔2024〕1号", "行政许可", "3月1日"]],
    }
    builders.xlsx(tmp_path / "台账汇编.xlsx", sheets)
    got = builders.figures(clean(tmp_path))
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"], got["enforcement.cases"]) == (3, 150, 1)


def test_assessment_year_register_dates_its_yearless_days_by_the_span_in_its_title(tmp_path):
    # Kept on the county's 考核年度 (上年12月1日至本年11月30日), the period in the title, days typed without the year:
    # 12月 is the span's first year, 1月–11月 its second. Never the year being cleaned for all of them.
    rows = [
        ["某镇矛盾纠纷排查化解台账（考核年度：2023年12月1日至2024年11月30日）"],
        ["序号", "排查日期", "村（社区）", "纠纷类型", "化解状态"],
        [1, "12月5日", "甲村", "邻里纠纷", "已化解"],
        [2, "12月27日", "乙村", "合同纠纷", "已化解"],
        [3, "1月8日", "甲村", "邻里纠纷", "已化解"],
        [4, "6月3日", "丙村", "婚姻家庭纠纷", "化解中"],
        [5, "11月29日", "乙村", "邻里纠纷", "已化解"],
    ]
    builders.xlsx(tmp_path / "某镇矛盾纠纷排查化解台账（2023年12月1日至2024年11月30日）.xlsx", {"排查台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 2)
    assert codes(result, "date.partial") == []
    # The two December days are last year's, said so row by row; none is taken for December of this year.
    assert sorted(r["row"] for r in codes(result, "row.out_of_year")) == [3, 4]


def test_a_register_kept_since_2022_takes_the_year_of_3_5_from_its_year_column_not_from_2022年起(tmp_path):
    # The file says the register runs from 2022 (（2022年起）): that names no year of its rows. The first clerk typed
    # 交办日期 3.5 (text) with the year in 年份; the second typed whole dates. 序号 runs on over the years.
    rows = [
        ["某镇信访事项登记台账"],
        ["序号", "年份", "信访编号", "交办单位", "交办日期", "办理状态", "办结日期"],
        [1, 2022, "XF2022001", "县联办", "3.5", "已化解", "3.20"],
        [2, 2023, "XF2023001", "市联办", "5.12", "已化解", "6.1"],
        [3, 2024, "XF2024001", "县联办", "2.26", "已化解", "3.8"],
        [4, 2024, "XF2024002", "省联办", "4.3", "正在化解", None],
        [5, "2024年", "XF2024003", "本级受理", "2024/9/9", "已化解", "2024/9/30"],
        ["2024年合计：共登记信访事项3件"],
        [6, "2025年", "XF2025001", "县联办", "2025/1/6", "正在化解", None],
    ]
    builders.xlsx(tmp_path / "信访事项登记台账（2022年起）.xlsx", {"信访台账": rows}, {"信访台账": ["A8:G8"]})
    result = clean(tmp_path)
    got = builders.figures(result)
    # 已化解 of the assigned only (issue 12): the 本级受理 item resolved is none of them.
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (2, 1, 1)
    assert codes(result, "date.partial") == [] and codes(result, "date.yearless") == []


_DISPUTE_HEAD = ["序号", "登记日期", "村（社区）", "纠纷类型", "当事人", "化解情况"]


def _numbered_disputes(n: int, first: int = 1) -> list[list]:
    kinds, places = ["婚姻家庭纠纷", "邻里纠纷", "土地纠纷"], ["晨光村", "鹿山社区"]
    return [
        [i, f"2024年{1 + i % 12}月{1 + i % 27}日", places[i % 2], kinds[i % 3], f"张{i}、李{i}", "化解中" if i % 4 == 0 else "已化解"]
        for i in range(first, first + n)
    ]  # fmt: skip


def test_the_same_disputes_sorted_and_numbered_anew_in_a_second_file_count_once(tmp_path):
    rows = _numbered_disputes(20)
    builders.xlsx(tmp_path / "矛盾纠纷排查台账.xlsx", {"Sheet1": [_DISPUTE_HEAD, *rows]})
    renumbered = [[n, *r[1:]] for n, r in enumerate(reversed(rows), 1)]
    builders.xlsx(tmp_path / "矛盾纠纷排查台账（报送综治中心）.xlsx", {"排查": [_DISPUTE_HEAD, *renumbered]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (20, 15)
    assert len(codes(result, "row.renumbered_copy")) == 20 and not codes(result, "row.duplicate")


def test_two_half_year_files_numbered_from_one_one_with_a_gap_are_all_their_disputes(tmp_path):
    # 上半年 numbered 1–5, 7–13 (a row deleted after numbering), 下半年 1–12: different disputes under the same
    # 序号. Before, the gap left 上半年's numbers read as keys across files: 11 disputes taken for copies of
    # 下半年's, 6 "copies that differ" whose message (move the outdated file out) would drop half the year.
    rows = _numbered_disputes(24)
    first = [[n, *r[1:]] for n, r in zip([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13], rows[:12])]
    second = [[n, *r[1:]] for n, r in enumerate(rows[12:], 1)]
    builders.xlsx(tmp_path / "矛盾纠纷排查台账（上半年）.xlsx", {"Sheet1": [_DISPUTE_HEAD, *first]})
    builders.xlsx(tmp_path / "矛盾纠纷排查台账（下半年）.xlsx", {"Sheet1": [_DISPUTE_HEAD, *second]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (24, 18)
    assert codes(result, "row.copies_differ") == [] and codes(result, "row.duplicate") == []


def test_a_copy_renumbered_beside_a_register_whose_subtotal_row_kept_its_serial_counts_once(tmp_path):
    # The register's 小计 row keeps 序号 13 (its records run 1–12, 14–25); the copy sent in June holds its first
    # twelve disputes newest first, numbered 1–12. The copy's 1 is the register's 12, never its 1.
    rows = _numbered_disputes(24)
    register = [[n, *r[1:]] for n, r in zip([*range(1, 13), *range(14, 26)], rows)]
    register.insert(12, [13, "小计", "", "", "", "12件"])
    copy = [[n, *r[1:]] for n, r in enumerate(reversed(rows[:12]), 1)]
    builders.xlsx(tmp_path / "矛盾纠纷排查台账（全年）.xlsx", {"Sheet1": [_DISPUTE_HEAD, *register]})
    builders.xlsx(tmp_path / "矛盾纠纷排查台账（6月报送）.xlsx", {"Sheet1": [_DISPUTE_HEAD, *copy]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (24, 18)
    assert len(codes(result, "row.renumbered_copy")) == 12 and codes(result, "row.copies_differ") == []


def test_a_file_holding_another_files_disputes_and_more_counts_each_dispute_once(tmp_path):
    rows = _numbered_disputes(20)
    builders.xlsx(tmp_path / "综治中心排查台账.xlsx", {"Sheet1": [_DISPUTE_HEAD, *rows]})
    # The village's own book: five disputes of its own among the centre's twenty, numbered its own way.
    own = sorted(rows + _numbered_disputes(5, first=101), key=lambda r: (int(r[1][5:].split("月")[0]), r[0]))
    builders.xlsx(
        tmp_path / "村调委会排查台账.xlsx", {"Sheet1": [_DISPUTE_HEAD, *[[n, *r[1:]] for n, r in enumerate(own, 1)]]}
    )
    assert builders.figures(clean(tmp_path))["disputes.screened"] == 25


def test_a_copy_numbered_on_from_eleven_in_a_second_sheet_counts_once(tmp_path):
    # The first sheet's ten disputes copied into a second sheet numbered 11–20, as if the register went on.
    rows = _numbered_disputes(10)
    copy = [[10 + n, *r[1:]] for n, r in enumerate(rows, 1)]
    builders.xlsx(
        tmp_path / "矛盾纠纷排查台账.xlsx", {"上半年": [_DISPUTE_HEAD, *rows], "下半年": [_DISPUTE_HEAD, *copy]}
    )
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 10
    assert len(codes(result, "row.renumbered_copy")) == 10


def test_a_second_sheet_numbered_on_with_disputes_of_its_own_counts_them_all(tmp_path):
    # The register going on in a second sheet (11–20) with other disputes: twenty, not ten.
    first, more = _numbered_disputes(10), _numbered_disputes(10, first=11)
    builders.xlsx(
        tmp_path / "矛盾纠纷排查台账.xlsx", {"上半年": [_DISPUTE_HEAD, *first], "下半年": [_DISPUTE_HEAD, *more]}
    )
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 20
    assert codes(result, "row.renumbered_copy") == []


def test_a_ledger_copied_into_a_new_template_and_numbered_anew_counts_each_dispute_once(tmp_path):
    # The county's new template numbers its rows its own way (MD2024-001 → 某司纠〔2024〕11号): the same disputes (date,
    # parties, type, text) under document numbers of another form had been counted twice (10 for 5).
    said = [
        ("2024-02-03", "邻里纠纷", "甲某、乙某", "宅基地滴水纠纷", "已化解"),
        ("2024-03-11", "婚姻家庭纠纷", "丙某、丁某", "赡养费争议", "已化解"),
        ("2024-04-20", "土地纠纷", "戊某、己某", "承包地界争议", "化解中"),
        ("2024-06-02", "邻里纠纷", "庚某、辛某", "排水沟堵塞", "已化解"),
        ("2024-08-15", "劳务纠纷", "壬某、癸某", "工钱拖欠", "已化解"),
    ]
    old = [["编号", "排查日期", "纠纷类型", "当事人", "简要情况", "化解状态"]]
    old += [[f"MD2024-{i:03d}", *r] for i, r in enumerate(said, 1)]
    new = [["纠纷编号", "排查时间", "矛盾纠纷类型", "涉及当事人", "纠纷简要情况", "化解状态"]]
    new += [[f"某司纠〔2024〕{i}号", *r] for i, r in enumerate(said, 11)]
    builders.xlsx(tmp_path / "a" / "矛盾纠纷排查台账（旧模板）.xlsx", {"台账": old})
    builders.xlsx(tmp_path / "a" / "矛盾纠纷排查登记表（新模板）.xlsx", {"登记表": new})
    result = clean(tmp_path / "a")
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (5, 4)
    assert len(codes(result, "row.renumbered_copy")) == 5
    # Other disputes of the same days and types (other parties, other facts) in the new template: ten disputes.
    others = [(d, t, f"子{n}某、丑{n}某", f"另一纠纷{n}", r) for n, (d, t, _, _, r) in enumerate(said)]
    new = [new[0], *[[f"某司纠〔2024〕{i}号", *r] for i, r in enumerate(others, 11)]]
    builders.xlsx(tmp_path / "b" / "矛盾纠纷排查台账（旧模板）.xlsx", {"台账": old})
    builders.xlsx(tmp_path / "b" / "矛盾纠纷排查登记表（新模板）.xlsx", {"登记表": new})
    assert builders.figures(clean(tmp_path / "b"))["disputes.screened"] == 10


def test_two_committees_cases_alike_by_chance_are_still_two_cases(tmp_path):
    # Two sheets numbered from 1: one case each on one day, of one type and outcome, with no parties written.
    head = ["序号", "登记日期", "纠纷类型", "化解情况"]
    north = [
        head,
        [1, "2024年3月5日", "邻里纠纷", "已化解"],
        *[[i, f"2024年{i}月8日", "土地纠纷", "已化解"] for i in range(2, 9)],
    ]
    south = [
        head,
        [1, "2024年3月5日", "邻里纠纷", "已化解"],
        *[[i, f"2024年{i}月20日", "婚姻家庭纠纷", "化解中"] for i in range(2, 9)],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷排查台账.xlsx", {"北片": north, "南片": south})
    assert builders.figures(clean(tmp_path))["disputes.screened"] == 16


# --- platform event logs: one row per processing step ------------------------------------------------------------


def _event_log_one_row_per_step() -> list[list]:
    """A 综治中心 platform's 事件处置过程 export: each event once per step, its 化解状态 as the step left it."""
    return [
        ["序号", "事件编号", "纠纷类型", "处理环节", "处理部门", "处理时间", "化解状态"],
        [1, "SJ0001", "邻里纠纷", "受理", "综治中心", "2023-12-28 09:12:40", "化解中"],  # accepted last year
        [2, "SJ0001", "邻里纠纷", "办结", "司法所", "2024-01-04 16:30:02", "已化解"],
        [3, "SJ0001", "邻里纠纷", "归档", "综治中心", "2024-01-05 10:01:13", "已化解"],
        [4, "SJ0002", "婚姻家庭纠纷", "受理", "综治中心", "2024-03-05 10:21:33", "化解中"],
        [5, "SJ0002", "婚姻家庭纠纷", "派单", "综治中心", "2024-03-05 11:02:51", "化解中"],
        [6, "SJ0002", "婚姻家庭纠纷", "签收", "司法所", "2024-03-06 08:40:19", "化解中"],
        [7, "SJ0002", "婚姻家庭纠纷", "办结", "司法所", "2024-03-12 15:20:45", "已化解"],
        [8, "SJ0003", "邻里纠纷", "受理", "综治中心", "2024-05-06 09:00:00", "化解中"],
        [9, "SJ0003", "邻里纠纷", "派单", "综治中心", "2024-05-06 09:30:00", "化解中"],
        [10, "SJ0003", "邻里纠纷", "退回", "派出所", "2024-05-07 14:00:00", "化解中"],
        [11, "SJ0003", "邻里纠纷", "派单", "综治中心", "2024-05-07 15:00:00", "化解中"],
    ]


def test_an_event_log_counts_each_event_once_dated_by_its_intake_step(tmp_path):
    builders.xlsx(tmp_path / "矛盾纠纷事件处置过程.xlsx", {"事件处置过程": _event_log_one_row_per_step()})
    result = clean(tmp_path)
    got = builders.figures(result)
    # SJ0001 was accepted in 2023 (its 2024 rows are its later steps); SJ0002 ended 已化解; SJ0003 is in hand.
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)
    (note,) = codes(result, "sheet.process_steps")
    assert note["detail"] == "3、4、6、7、8、10、11、12"


def test_a_duplicate_merged_into_another_event_is_not_a_second_record(tmp_path):
    rows = [
        ["事件编号", "纠纷类型", "事件状态", "化解结果", "处理环节", "处理时间", "合并至事件编号"],
        ["SJ0101", "邻里纠纷", "已归档", "化解成功", "受理", "2024-04-01 09:00:00", None],
        ["SJ0101", "邻里纠纷", "已归档", "化解成功", "办结", "2024-04-03 17:00:00", None],
        ["SJ0102", "邻里纠纷", "已合并", None, "受理", "2024-04-02 10:00:00", None],  # the same matter again
        ["SJ0102", "邻里纠纷", "已合并", None, "合并", "2024-04-02 11:00:00", "SJ0101"],
        ["SJ0103", "山林土地纠纷", "已办结", "化解不成功", "受理", "2024-06-10 09:00:00", None],
        ["SJ0103", "山林土地纠纷", "已办结", "化解不成功", "办结", "2024-06-20 09:00:00", None],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷事件处置过程.xlsx", {"事件处置过程": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    # 已办结 says the platform closed SJ0103; its 化解结果 says it was not resolved.
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)
    (note,) = codes(result, "sheet.merged_duplicates")
    assert note["detail"] == "4、5"
    assert not codes(result, "row.required_missing")


def _result_blank_while_in_hand() -> list[list]:
    """A platform's event list: 化解结果 stays blank until the event is closed; 事件状态 says where it stands."""
    return [
        ["事件编号", "上报时间", "纠纷类型", "事件状态", "化解结果"],
        ["SJ0201", "2024-02-01 09:00:00", "邻里纠纷", "已归档", "化解成功"],
        ["SJ0202", "2024-02-03 10:00:00", "邻里纠纷", "已办结", "化解不成功"],
        ["SJ0203", "2024-12-27 15:00:00", "婚姻家庭纠纷", "处置中", None],
    ]


def test_a_result_left_blank_while_the_event_is_in_hand_is_in_progress_and_closed_is_not_resolved(tmp_path):
    builders.xlsx(tmp_path / "矛盾纠纷事件列表.xlsx", {"事件列表": _result_blank_while_in_hand()})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 1)
    assert not codes(result, "cell.required_blank")


def test_an_event_state_with_no_result_beside_it_is_the_status(tmp_path):
    rows = [[r[0], r[1], r[2], r[3]] for r in _result_blank_while_in_hand()]  # 事件状态 alone
    builders.xlsx(tmp_path / "矛盾纠纷事件列表.xlsx", {"事件列表": rows})
    got = builders.figures(clean(tmp_path))
    # 已归档 and 已办结 both count as 已化解 where nothing beside them says otherwise (梧溪镇, 竹溪乡 truth).
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 2)


def test_an_event_whose_intake_step_falls_before_the_export_is_not_placed_in_a_year(tmp_path):
    # Exported by 处理时间 from 1 January: SJ0001, accepted in December, shows only its later steps.
    rows = [r for r in _event_log_one_row_per_step() if r[5] is None or not str(r[5]).startswith("2023")]
    builders.xlsx(tmp_path / "矛盾纠纷事件处置过程.xlsx", {"事件处置过程": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    # Counted by its 办结 it would be a 2024 dispute: the count is unknown, not 3.
    assert got["disputes.screened"] is None
    (missing,) = codes(result, "row.intake_missing")
    assert (missing["row"], missing["detail"]) == (2, "受理")


def test_last_years_export_beside_this_years_gives_an_event_its_intake(tmp_path):
    log = _event_log_one_row_per_step()
    builders.xlsx(tmp_path / "事件处置过程（2023年导出）.xlsx", {"事件处置过程": log[:2]})
    builders.xlsx(tmp_path / "事件处置过程（2024年导出）.xlsx", {"事件处置过程": [log[0], *log[2:]]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)
    assert not codes(result, "row.intake_missing")


def _case_flow_one_row_per_stage() -> list[list]:
    """A 执法队's 办案流程 export: each case once per 环节, each row dated by its own 办理时间 (fictitious)."""
    return [
        ["序号", "案件编号", "案件名称", "环节", "办理人", "办理时间", "状态"],
        [1, "青岚综执罚〔2023〕31号", "占道经营案", "立案审批", "张某某", "2023-12-12", "已办结"],  # filed last year
        [2, "青岚综执罚〔2023〕31号", "占道经营案", "处罚决定", "张某某", "2024-01-08", "已办结"],
        [3, "青岚综执罚〔2023〕31号", "占道经营案", "结案归档", "张某某", "2024-01-20", "已办结"],
        [4, "青岚综执罚〔2024〕1号", "违法建设案", "立案审批", "李某某", "2024-03-01", "已办结"],
        [5, "青岚综执罚〔2024〕1号", "违法建设案", "调查取证", "李某某", "2024-03-09", "已办结"],
        [6, "青岚综执罚〔2024〕1号", "违法建设案", "处罚告知", "李某某", "2024-03-15", "已办结"],
        [7, "青岚综执罚〔2024〕1号", "违法建设案", "听证", "李某某", "2024-03-25", "已办结"],
        [8, "青岚综执罚〔2024〕1号", "违法建设案", "处罚决定", "李某某", "2024-04-02", "已办结"],
        [9, "青岚综执罚〔2024〕1号", "违法建设案", "执行", "李某某", "2024-04-20", "已办结"],
        [10, "青岚综执罚〔2024〕9号", "倾倒垃圾案", "立案审批", "王某某", "2024-12-16", "已办结"],
        [11, "青岚综执罚〔2024〕9号", "倾倒垃圾案", "处罚决定", "王某某", "2025-01-06", "已办结"],  # next year's
        [12, "青岚综执罚〔2024〕10号", "噪声扰民案", "立案审批", "刘某某", "2024-11-20", "已办结"],
        [13, "青岚综执罚〔2024〕10号", "噪声扰民案", "调查取证", "刘某某", "2024-12-02", "办理中"],  # not decided
    ]


def test_a_case_flow_logged_by_stage_counts_each_case_decided_in_the_year_once(tmp_path):
    # Read as rows it had been taken for a dispute platform's event log: 10 disputes, enforcement unknown.
    builders.xlsx(tmp_path / "行政处罚案件办案流程.xlsx", {"办案流程": _case_flow_one_row_per_stage()})
    result = clean(tmp_path)
    got = builders.figures(result)
    # 〔2023〕31号 was decided this January, 1号 in April; 9号 next January; 10号 is still under investigation,
    # no decision of any year and no error (it has not reached its 处罚决定, not lost it before the export).
    assert (got["enforcement.cases"], got["enforcement.penalty"]) == (2, 2)
    assert got["disputes.screened"] is None
    assert not codes(result, "row.intake_missing")
    assert not codes(result, "vocab.unknown")


def test_a_record_whose_state_says_it_was_merged_is_not_a_second_record_without_a_merged_into_column(tmp_path):
    rows = [
        ["信访件编号", "来源", "交办日期", "当前状态"],
        ["XF0001", "县联办", "2024-03-05", "已办结"],
        ["XF0002", "县联办", "2024-03-09", "已合并"],  # the same matter's second letter, merged into XF0001
        ["XF0003", "市联办", "2024-05-10", "办理中"],
    ]
    builders.xlsx(tmp_path / "信访事项.xlsx", {"信访": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (2, 1, 1)
    (note,) = codes(result, "sheet.merged_duplicates")
    assert note["detail"] == "3"


def test_letter_codes_a_header_explains_are_read_as_their_words(tmp_path):
    # 执法类别（A许可 B处罚 C检查 D强制 E其他）: the cells hold the letter only, in either case.
    rows = [
        ["序号", "案件编号", "执法类别（A许可 B处罚 C检查 D强制 E其他）", "作出决定日期"],
        [1, "执〔2024〕1号", "A", "2024-03-05"],
        [2, "执〔2024〕2号", "c", "2024-04-05"],
        [3, "执〔2024〕3号", "C", "2024-05-05"],
        [4, "执〔2024〕4号", "B", "2024-06-05"],
    ]
    builders.xlsx(tmp_path / "执法台账.xlsx", {"执法": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.cases"], got["enforcement.licensing"]) == (4, 1)
    assert (got["enforcement.inspection"], got["enforcement.penalty"]) == (2, 1)


def test_a_code_table_sheet_explains_its_books_codes_and_holds_no_records(tmp_path):
    # A 代码表 sheet (纠纷类型代码 / 化解情况代码, each a 代码 | 名称 table): codes typed 01, 1 or 1.0 are one code; a
    # code the table lacks (09) is left unknown, never guessed; the code table's rows are no disputes.
    register = [
        ["序号", "排查日期", "纠纷类型代码", "化解情况代码"],
        [1, "2024-03-05", "01", 1],
        [2, "2024-03-06", 2, "01"],
        [3, "2024-03-07", "09", 2.0],
        [4, "2024-03-08", "02", "3"],
    ]
    code_table = [
        ["纠纷类型代码"], ["代码", "名称"], ["01", "婚姻家庭纠纷"], ["02", "邻里纠纷"], [None],
        ["化解情况代码"], ["代码", "名称"], ["1", "已化解"], ["2", "化解中"], ["3", "未化解"],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "排查.xlsx", {"登记表": register, "代码表": code_table})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)
    assert builders.table_counts(result.tables["disputes"], "dispute_type") == {"婚姻家庭": 1, "邻里": 2, "09": 1}
    assert codes(result, "file.unknown_kind") == []
    assert len(codes(result, "column.decoded")) == 2


def test_codes_explained_by_a_note_under_the_table_or_a_filling_instructions_sheet(tmp_path):
    # 注：调解结果 1=调解成功 2=调解不成功；协议形式 1=口头 2=书面 under the table; 交办单位代码：1 县联办 … on 填表说明.
    mediation = [
        ["卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"],
        ["M1", "2024-03-05", 1, 1, 100],
        ["M2", "2024-04-05", 1.0, 2, 300],
        ["M3", "2024-05-05", "2", None, None],
        [None],
        ["注：调解结果 1=调解成功 2=调解不成功；协议形式 1=口头 2=书面。"],
    ]
    instructions = [["填表说明"], ["1. 信访编号按系统编号填写。"], ["2. 交办单位代码：1 县联办 2 市联办 3 本级受理"],
                    ["3. 办理状态代码：01 已化解 02 正在化解"]]  # fmt: skip
    petitions = [
        ["序号", "信访编号", "交办单位", "交办日期", "办理状态"],
        [1, "X1", 1, "2024-03-05", "01"],
        [2, "X2", 3, "2024-04-05", 2],
    ]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记表": mediation})
    builders.xlsx(tmp_path / "信访.xlsx", {"填表说明": instructions, "信访台账": petitions})
    got = builders.figures(clean(tmp_path))
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (2, 1, 1)
    assert got["mediation.subsidy_yuan"] == 400
    # X2 (code 3: 本级受理) is in hand but no assigned item: 正在化解 counts the assigned only (issue 12).
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (1, 1, 0)


def test_a_register_and_its_note_of_codes_copied_beside_themselves_are_read_once_by_that_note(tmp_path):
    # The register pasted again right of a blank column, its 注： line with it: the note's row holds the note twice,
    # still a line of legend (青石镇 side_by_side had every 调解结果 and 协议形式 code unknown, mediation withheld).
    register = [
        ["卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"],
        ["M1", "2024-03-05", 1, 1, 100],
        ["M2", "2024-04-05", 1.0, 2, 300],
        ["M3", "2024-05-05", "2", None, None],
        [None],
        ["注：调解结果 1=调解成功 2=调解不成功；协议形式 1=口头 2=书面。"],
    ]
    rows = [row + [None] * (6 - len(row)) + row for row in register]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记表": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (2, 1, 1)
    assert got["mediation.subsidy_yuan"] == 400
    assert not codes(result, "vocab.unknown")
    assert [p["code"] for p in codes(result, "sheet.copy_beside")] == ["sheet.copy_beside"]


def test_a_code_retyped_in_its_cell_is_read_as_its_legends_word(tmp_path):
    # 调解结果 2→1: the clerk retyped the code (不成功 → 成功), the legend under the table says what 1 means; and the
    # legend may be a line opening 填表说明：, as a 注： line does.
    mediation = [
        ["卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"],
        ["M1", "2024-03-05", "2→1", 1, 100],
        ["M2", "2024-04-05", 1, 2, 300],
        ["M3", "2024-05-05", "1→2", None, None],
        [None],
        ["填表说明：调解结果 1=调解成功 2=调解不成功；协议形式 1=口头 2=书面"],
    ]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记表": mediation})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (2, 1, 1)
    assert got["mediation.subsidy_yuan"] == 400
    assert {r["cell"]: r["detail"] for r in codes(result, "value.retyped")} == {"C2": "调解成功", "C4": "调解不成功"}
    assert not codes(result, "vocab.unknown")


def test_a_legend_applies_only_in_its_own_book(tmp_path):
    # The 交办单位 codes of one book's 填表说明 say nothing of another book's bare 1 and 2: those stay unknown.
    instructions = [["填表说明"], ["交办单位代码：1 县联办 2 市联办 3 本级受理"]]
    petitions = [["序号", "信访编号", "交办单位", "交办日期", "办理状态"], [1, "X1", 1, "2024-03-05", "已化解"]]
    builders.xlsx(tmp_path / "说明.xlsx", {"填表说明": instructions})
    builders.xlsx(tmp_path / "信访.xlsx", {"信访台账": petitions})
    got = builders.figures(clean(tmp_path))
    assert got["petitions.assigned"] is None
    # Whether the resolved item was assigned is as unknown (已化解 counts the assigned only, issue 12).
    assert got["petitions.resolved"] is None


def test_pinyin_initials_are_read_only_through_the_note_that_explains_them(tmp_path):
    # 办理状态 YHJ / yhj / ZZHJ with a note under the table (注：办理状态栏按拼音首字母填写，YHJ=已化解，ZZHJ=正在化解。):
    # each code is its word, in either case. The same codes in a book without the note are no value at all.
    petitions = [
        ["序号", "信访编号", "交办单位", "交办日期", "办理状态"],
        [1, "X1", "县联办", "2024-03-05", "YHJ"],
        [2, "X2", "县联办", "2024-04-05", "yhj"],
        [3, "X3", "市联办", "2024-05-05", "ZZHJ"],
        [None],
        ["注：办理状态栏按拼音首字母填写，YHJ=已化解，ZZHJ=正在化解。"],
    ]
    builders.xlsx(tmp_path / "信访.xlsx", {"信访台账": petitions})
    got = builders.figures(clean(tmp_path))
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (3, 2, 1)
    (tmp_path / "信访.xlsx").unlink()
    builders.xlsx(tmp_path / "信访.xlsx", {"信访台账": petitions[:4]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["petitions.resolved"] is None and got["petitions.in_progress"] is None
    assert {r["value"] for r in codes(result, "vocab.unknown")} == {"YHJ", "yhj", "ZZHJ"}


def test_a_header_row_pasted_in_traditional_characters_above_its_simplified_copy_is_one_header(tmp_path):
    # 序號 | 卷號 | 調解結果 … over 序号 | 卷号 | 调解结果 …: one header, no record; 調解成功 in a cell is 调解成功.
    mediation = [
        ["某镇人民调解案件登记台账（2024年）"],
        ["序號", "卷號", "受理日期", "調解結果", "協議形式", "補貼金額（元）"],
        ["序号", "卷号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"],
        [1, "M1", "2024-03-05", "調解成功", "口頭", 100],
        [2, "M2", "2024-04-05", "调解成功", "書面", "贰佰元"],
        [3, "M3", "2024-05-05", "調解不成功", None, None],
        ["合 计", None, None, None, None, 300],
    ]
    builders.xlsx(tmp_path / "调解.xlsx", {"调解台账": mediation})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (2, 1, 1)
    assert got["mediation.subsidy_yuan"] == 300
    assert not codes(result, "vocab.unknown") and not codes(result, "column.unknown")


def test_a_header_typed_with_a_slip_is_its_fields_with_a_note(tmp_path):
    # 纠分类型 (分 for 纷), 当亊人 (亊 looks like 事), 化解情况 with 以化解 / 己化解 / 化解终 in it: the columns are read
    # as their fields (column.slip, a note naming the header), the values as what they can only be (vocab.slip).
    disputes = [
        ["序号", "排查日期", "纠分类型", "当亊人", "化解情况"],
        [1, "2O24-03-05", "邻里纠纷", "张某", "以化解"],
        [2, "2024。4。5", "邻里纠纷", "李某", "己化解"],
        [3, "2024，5，5", "婚姻家庭纠纷", "王某", "化解终"],
        [4, "2024/6/5日", "邻里纠纷", "赵某", "末化解"],
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"排查台账": disputes})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)  # 化解终 and 末化解 are not resolved
    assert {r["header"]: r["detail"] for r in codes(result, "column.slip")} == {
        "纠分类型": "纠纷类型",
        "当亊人": "当事人",
    }
    slips = {r["value"]: (r["detail"], r["level"]) for r in codes(result, "vocab.slip")}
    assert slips["化解终"] == ("化解中", "警告") and slips["末化解"][0] == "未化解"
    assert builders.table_counts(result.tables["disputes"], "dispute_type") == {"邻里": 3, "婚姻家庭": 1}


# --- a county's tables: other towns' rows ----------------------------------------------------------------------------
# The county sends back what it compiled over its towns (a 全县 register, a book of a sheet per town, a summary by
# town): only the town's own rows (params `town`) are its records, the others a note; with the town's name unknown
# or not found, no figure rests on the table (an error names it), never the county's rows.

OWN = {"town": "桃源镇"}  # fictitious, as are the towns beside it


def _county_register() -> list[list]:
    rows = [
        ["2024年某县矛盾纠纷排查化解台账（全县汇总）"],
        ["序号", "乡镇（街道）", "排查日期", "村（社区）", "化解情况"],
    ]
    towns = ["桃源镇", "杏花乡", "桃源", "东关街道", "桃源镇人民政府", "杏花乡", "东关街道", "桃源镇"]
    states = ["已化解", "已化解", "化解中", "已化解", "已化解", "未化解", "已化解", "未化解"]
    for i, (town, state) in enumerate(zip(towns, states), 1):
        rows.append([i, town, f"2024-03-{i:02d}", "某村", state])
    return rows


def test_a_county_register_counts_only_the_rows_its_town_column_names_as_the_town(tmp_path):
    # 桃源镇, 桃源 and 桃源镇人民政府 are the town (4 rows); 杏花乡's and 东关街道's 4 rows are set aside with a note.
    builders.xlsx(tmp_path / "全县矛盾纠纷台账.xlsx", {"全县": _county_register()})
    result = clean(tmp_path, options=OWN)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)
    (note,) = codes(result, "row.other_town")
    assert (note["level"], note["value"], note["header"]) == ("提示", "4", "乡镇（街道）")
    assert "杏花乡" in note["detail"] and "东关街道" in note["detail"]
    (sheet,) = result.manifest["files"][0]["sheets"]
    assert sheet["set_aside"]["other_town"] == 4


def test_a_county_register_whose_town_column_never_names_the_town_gives_no_figure_and_an_error(tmp_path):
    # The town's name unknown (no params) or another (a params file copied from another town): never the county's.
    builders.xlsx(tmp_path / "全县矛盾纠纷台账.xlsx", {"全县": _county_register()})
    for options in (None, {"town": "梨园镇"}):
        result = clean(tmp_path, options=options)
        got = builders.figures(result)
        assert (got["disputes.screened"], got["disputes.resolved"], got["disputes.resolution_rate"]) == (None,) * 3
        (error,) = codes(result, "column.town_unmatched")
        assert (error["level"], error["value"], error["header"]) == ("错误", "8", "乡镇（街道）")
        # the column that decided is not also "unknown, ignored"
        assert [r["header"] for r in codes(result, "column.unknown")] == []


def test_a_county_filing_review_list_counts_only_the_documents_its_filing_office_column_names_as_the_town(tmp_path):
    # A county's 备案审查 通报 lists every town's filed documents under 报备单位 (桃源镇人民政府, 杏花乡人民政府, and a
    # county bureau beside them): the town's 2 are its documents, never the list's 6.
    units = ["桃源镇人民政府", "杏花乡人民政府", "东关街道办事处", "桃源镇人民政府", "杏花乡人民政府", "县农业农村局"]
    rows = [
        ["2024年各乡镇行政规范性文件备案审查情况通报"],
        ["序号", "报备单位", "文件名称", "文号", "报备日期", "审查结果"],
    ]
    rows += [
        [i, u, f"某管理办法{i}", f"某府发〔2024〕{i}号", f"2024-0{i}-10", "予以备案"] for i, u in enumerate(units, 1)
    ]
    builders.xlsx(tmp_path / "规范性文件备案审查情况通报.xlsx", {"通报": rows})
    result = clean(tmp_path, options=OWN)
    assert builders.figures(result)["normative_documents.issued"] == 2
    (note,) = codes(result, "row.other_town")
    assert (note["value"], note["header"]) == ("4", "报备单位")
    assert "杏花乡人民政府" in note["detail"] and "县农业农村局" in note["detail"]


def test_a_towns_own_register_whose_office_column_names_its_offices_counts_every_row(tmp_path):
    # 制定机关 / 起草单位 of the town's own register name the town or its offices (党政办, 综治办): no county's list.
    for title, units in (("制定机关", ["桃源镇人民政府", "桃源镇党委"]), ("起草单位", ["党政办", "综治办"])):
        rows = [["序号", "文件名称", "文号", title, "公布日期"]]
        rows += [[i, f"某管理办法{i}", f"桃府发〔2024〕{i}号", units[i % 2], f"2024-0{i}-10"] for i in range(1, 4)]
        builders.xlsx(tmp_path / "规范性文件登记备案台账.xlsx", {"台账": rows})
        result = clean(tmp_path, options=OWN)
        assert builders.figures(result)["normative_documents.issued"] == 3
        assert codes(result, "row.other_town") == codes(result, "column.town_unmatched") == []


def test_a_platform_export_naming_one_town_in_every_row_is_the_folders_own_whatever_the_params_say(tmp_path):
    # A system export of the town's own events carries 所属乡镇 in every row: one town named is no county's table.
    # With the town's name unset (the project's default) or written otherwise, its rows count, with a note.
    rows = [["序号", "所属乡镇", "排查日期", "村（社区）", "化解情况"]]
    rows += [
        [i, "桃源镇" if i % 3 else "桃源", f"2024-05-{i:02d}", "某村", "已化解" if i % 2 else "化解中"]
        for i in range(1, 7)
    ]
    rows.append([7, "", "2024-05-07", "某村", "已化解"])  # a blank cell says nothing of another town
    builders.xlsx(tmp_path / "平台导出.xlsx", {"事件": rows})
    for options, noted in ((OWN, 0), (None, 1), ({"town": "梨园镇"}, 1)):
        result = clean(tmp_path, options=options)
        got = builders.figures(result)
        assert (got["disputes.screened"], got["disputes.resolved"]) == (7, 4)
        assert codes(result, "row.other_town") == codes(result, "column.town_unmatched") == []
        assert [n["level"] for n in codes(result, "column.town_single")] == ["提示"] * noted


def _mediation_sheet(prefix: str, n: int) -> list[list]:
    rows = [["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"]]
    rows += [[i, f"{prefix}调{i}号", f"2024-04-{i:02d}", "调解成功", "口头", 100] for i in range(1, n + 1)]
    return rows


def test_a_county_book_of_a_sheet_per_town_reads_only_the_towns_sheet(tmp_path):
    # The town's sheet by its short name (桃源), the others by theirs (杏花乡, 东关街道, and 北岭 beside them).
    sheets = {"杏花乡": _mediation_sheet("杏", 5), "桃源": _mediation_sheet("桃", 3),
              "东关街道": _mediation_sheet("东", 4), "北岭": _mediation_sheet("北", 2)}  # fmt: skip
    builders.xlsx(tmp_path / "全县人民调解台账（分乡镇）.xlsx", sheets)
    result = clean(tmp_path, options=OWN)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (3, 300)
    assert sorted(r["sheet"] for r in codes(result, "sheet.other_town")) == ["东关街道", "北岭", "杏花乡"]
    assert {r["level"] for r in codes(result, "sheet.other_town")} == {"提示"}
    assert codes(result, "file.unknown_kind") == []


def test_a_county_book_of_other_towns_sheets_only_gives_no_figure_and_an_error(tmp_path):
    sheets = {
        "杏花乡": _mediation_sheet("杏", 5),
        "东关街道": _mediation_sheet("东", 4),
        "桃源": _mediation_sheet("桃", 3),
    }
    builders.xlsx(tmp_path / "全县人民调解台账（分乡镇）.xlsx", sheets)
    result = clean(tmp_path, options={"town": "梨园镇"})
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (None, None)
    (error,) = codes(result, "file.town_not_found")
    assert error["level"] == "错误"


def test_a_tabs_name_typed_as_a_line_above_the_towns_title_names_no_other_town(tmp_path):
    # 行政许可 over 石桥镇2024年行政许可公示: read as one text, 行政许可石桥镇 was another town's name beside the
    # 石桥镇 of the book's other sheet, and the whole kind was refused (file.town_not_found).
    head = ["序号", "决定书文号", "执法类别", "作出决定日期"]
    licences = [[i, f"石许〔2024〕{i}号", "行政许可", f"2024-0{i}-05"] for i in range(1, 4)]
    penalties = [[i, f"石罚〔2024〕{i}号", "行政处罚", f"2024-0{i}-15"] for i in range(1, 3)]
    sheets = {
        "行政许可": [["行政许可"], ["石桥镇2024年行政许可公示"], head, *licences],
        "行政处罚": [["石桥镇2024年行政处罚公示"], head, *penalties],
    }
    builders.xlsx(tmp_path / "执法公示台账.xlsx", sheets)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.licensing"], got["enforcement.penalty"]) == (5, 3, 2)
    assert codes(result, "file.town_not_found") == codes(result, "sheet.other_town") == []


def test_a_county_summary_by_town_states_the_towns_figures_in_its_row_not_the_countys_total(tmp_path):
    summary = [
        ["2024年某县信访事项分乡镇统计表"],
        ["序号", "乡镇", "交办件数", "已化解", "正在化解"],
        [1, "杏花乡", 12, 10, 2],
        [2, "桃源镇", 7, 5, 2],
        [3, "东关街道", 20, 19, 1],
        ["合计", None, 39, 34, 5],
    ]
    builders.xlsx(tmp_path / "信访分乡镇统计.xlsx", {"统计": summary})
    got = builders.figures(clean(tmp_path, options=OWN))
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (7, 5, 2)
    unknown = clean(tmp_path, options={"town": "梨园镇"})
    assert builders.figures(unknown)["petitions.assigned"] is None
    assert len(codes(unknown, "column.town_unmatched")) == 1


def test_a_towns_own_book_of_village_sheets_and_its_village_column_are_no_other_towns(tmp_path):
    # A 村（社区） column names the town's villages; a sheet named after the town (its 调委会's cases) beside the
    # villages' sheets and a month's: all the town's own, whatever the params' town.
    register = [["序号", "排查日期", "村（社区）", "化解情况"], [1, "2024-03-05", "杏花村", "已化解"],
                [2, "2024-03-06", "东关社区", "化解中"]]  # fmt: skip
    builders.xlsx(tmp_path / "桃源镇矛盾纠纷台账.xlsx", {"登记": register})
    sheets = {
        "桃源镇": _mediation_sheet("镇", 2),
        "杏花村": _mediation_sheet("杏", 3),
        "东关社区": _mediation_sheet("东", 1),
    }
    builders.xlsx(tmp_path / "桃源镇人民调解台账.xlsx", sheets)
    for options in (OWN, None):
        result = clean(tmp_path, options=options)
        got = builders.figures(result)
        assert (got["disputes.screened"], got["mediation.cases"]) == (2, 6)
        assert not [r for r in result.issues.to_dict("records") if "town" in r["code"]]


def test_a_towns_own_sheet_beside_village_sheets_named_without_cun_keeps_every_village(tmp_path):
    # The town's book: a sheet for the 调委会's own cases named after the town, the villages' named bare (杏花, 东关,
    # no 村): villages, not other towns, whatever the params' town.
    sheets = {"桃源镇": _mediation_sheet("镇", 2), "杏花": _mediation_sheet("杏", 3), "东关": _mediation_sheet("东", 1)}
    builders.xlsx(tmp_path / "人民调解台账.xlsx", sheets)
    for options in (OWN, None):
        result = clean(tmp_path, options=options)
        assert builders.figures(result)["mediation.cases"] == 6
        assert not [r for r in result.issues.to_dict("records") if "town" in r["code"]]


def test_a_county_book_of_a_sheet_per_town_left_as_sheet1_is_told_by_its_titles(tmp_path):
    # The sheets' names gone (Sheet1…, or each sheet saved as a book of its own): each table's title still opens
    # with its town (杏花乡2024年…, 桃源镇2024年…); titles naming two towns or more are a county's.
    def titled(town: str, prefix: str, n: int) -> list[list]:
        return [[f"{town}2024年人民调解案件登记台账"], *_mediation_sheet(prefix, n)]

    sheets = {
        "Sheet1": titled("杏花乡", "杏", 5),
        "Sheet2": titled("桃源镇", "桃", 3),
        "Sheet3": titled("东关街道", "东", 4),
    }
    builders.xlsx(tmp_path / "全县人民调解台账.xlsx", sheets)
    result = clean(tmp_path, options=OWN)
    assert builders.figures(result)["mediation.cases"] == 3
    assert sorted(r["detail"] for r in codes(result, "sheet.other_town")) == ["东关街道", "杏花乡"]
    unknown = clean(tmp_path, options={"town": "梨园镇"})
    assert builders.figures(unknown)["mediation.cases"] is None
    assert {r["level"] for r in codes(unknown, "file.town_not_found")} == {"错误"}


def test_a_title_naming_the_towns_own_name_alone_is_read_whatever_the_params_say(tmp_path):
    # One town named in every title is no county's book: a params `town` written otherwise changes nothing.
    sheets = {"1月": [["杏花乡2024年人民调解案件登记台账"], *_mediation_sheet("一", 2)],
              "2月": [["杏花乡2024年人民调解案件登记台账"], *_mediation_sheet("二", 3)]}  # fmt: skip
    builders.xlsx(tmp_path / "人民调解台账.xlsx", sheets)
    result = clean(tmp_path, options=OWN)
    assert builders.figures(result)["mediation.cases"] == 5
    assert codes(result, "sheet.other_town") == codes(result, "file.town_not_found") == []


# --- a town formed in the year by merging townships (撤乡并镇, development town 新合镇) ----------------------------------
# 原杏花乡 and 原东关乡 merged into 桃源镇 on 1 July: their January–June books still carry their names, and the county's
# forms list them beside the town. Params `former_towns` names them; without it, no figure rests on their tables.

MERGED = {"town": "桃源镇", "former_towns": ["杏花乡", "东关乡"]}


def _former_township_books(tmp_path) -> None:
    def titled(town: str, prefix: str, days: list[int]) -> list[list]:
        rows = [
            [f"{town}2024年人民调解案件登记台账"],
            ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"],
        ]
        return rows + [
            [i, f"{prefix}调{i}号", f"2024-{m:02d}-05", "调解成功", "口头", 100] for i, m in enumerate(days, 1)
        ]

    builders.xlsx(tmp_path / "原杏花乡人民调解台账（1-6月）.xlsx", {"原杏花乡": titled("原杏花乡", "杏", [2, 4, 6])})
    builders.xlsx(tmp_path / "原东关乡人民调解台账（1-6月）.xlsx", {"Sheet1": titled("原东关乡", "东", [3, 5])})
    builders.xlsx(tmp_path / "桃源镇人民调解台账（7-12月）.xlsx", {"桃源镇": titled("桃源镇", "桃", [7, 9, 11, 12])})


def test_former_township_title_of_a_merged_town_is_the_towns_own_book(tmp_path):
    # Titles naming three townships are no county's book here: two of them merged into the town (params).
    _former_township_books(tmp_path)
    result = clean(tmp_path, options=MERGED)
    assert builders.figures(result)["mediation.cases"] == 9
    assert [r for r in result.issues.to_dict("records") if "town" in r["code"]] == []


def test_former_township_title_not_named_in_params_gives_no_figure_and_an_error(tmp_path):
    # 原杏花乡 is a township merged into some town; which one only params say. Never half a year for the whole.
    _former_township_books(tmp_path)
    result = clean(tmp_path, options={"town": "桃源镇"})
    assert builders.figures(result)["mediation.cases"] is None
    errors = codes(result, "sheet.former_town")
    assert sorted(r["detail"] for r in errors) == ["东关乡", "杏花乡"] and {r["level"] for r in errors} == {"错误"}
    assert codes(result, "sheet.other_town") == []
    # Writing the line each message gives makes the year whole.
    lines = [re.search(r"former_towns: \[(.+?)\]", r["message"]).group(1) for r in errors]
    following = {"town": "桃源镇", "former_towns": [name for line in lines for name in line.split(", ")]}
    assert builders.figures(clean(tmp_path, options=following))["mediation.cases"] == 9


def _county_form_with_former_townships(remark: bool) -> list[list]:
    rows = [["2024年某县上级交办信访事项分乡镇统计表"], ["序号", "乡镇", "交办件数", "已化解", "正在化解", "备注"]]
    rows += [[1, "杏林镇", 12, 10, 2, None], [2, "原杏花乡", 4, 3, 1, "2024年1-6月（已撤并）" if remark else None],
             [3, "原东关乡", 5, 5, 0, "2024年1-6月（已撤并）" if remark else None],
             [4, "桃源镇", 7, 5, 2, "2024年7月1日设立" if remark else None], [5, "南岭乡", 9, 9, 0, None],
             ["合计", None, 37, 32, 5, None]]  # fmt: skip
    return rows


@pytest.mark.parametrize("remark", [True, False])
def test_county_form_lists_former_townships_as_rows_of_the_merged_town(tmp_path, remark):
    # The county's form for the year keeps a row per former township (January–June) beside the new town's: the
    # town's figures are the three rows together. A 备注 dating a row (2024年1-6月（已撤并）) makes no register of it.
    builders.xlsx(tmp_path / "信访分乡镇统计.xlsx", {"统计": _county_form_with_former_townships(remark)})
    result = clean(tmp_path, options=MERGED)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (16, 13, 3)
    assert codes(result, "tick.several") == []
    (note,) = codes(result, "row.other_town")
    assert note["value"] == "2"  # 杏林镇 and 南岭乡
    unlisted = clean(tmp_path, options={"town": "桃源镇"})
    assert builders.figures(unlisted)["petitions.assigned"] is None
    assert [r["level"] for r in codes(unlisted, "column.former_town")] == ["错误"]


def test_open_dispute_carried_over_with_new_number_into_the_merged_towns_sheet_counts_once(tmp_path):
    # One book, a sheet per former township and the new town's; 编号 restarts at 1 in each (so 1 and 2 are in both
    # and name different disputes). A dispute open at the merger is entered again under the new town's 编号 3 with
    # its outcome (备注 原杏花乡第2号移交), its village by its new name: one dispute, the new sheet's outcome.
    head = ["编号", "排查日期", "村（社区）", "纠纷类型", "当事人", "化解情况", "备注"]
    old = [["原杏花乡2024年1-6月矛盾纠纷排查化解台账"], head, [1, "2024-03-05", "杏花村", "邻里纠纷", "张甲、李乙", "已化解", None],
           [2, "2024-06-26", "桥头村", "邻里纠纷", "王丙、赵丁", "化解中", None]]  # fmt: skip
    other = [["原东关乡2024年1-6月矛盾纠纷排查化解台账"], head, [1, "2024-04-08", "东关村", "婚姻家庭纠纷", "钱戊、孙己", "已化解", None],
             [2, "2024-05-09", "东关村", "邻里纠纷", "周庚、吴辛", "未化解", None]]  # fmt: skip
    new = [["桃源镇2024年7-12月矛盾纠纷排查化解台账"], head,
           [1, "2024-07-03", "新桥村", "邻里纠纷", "郑壬、冯癸", "已化解", None],
           [2, "2024-08-12", "新桥村", "山林土地纠纷", "陈一、褚二", "化解中", None],
           [3, "2024-06-26", "新桥村（原桥头村）", "邻里纠纷", "赵丁、王丙", "已化解", "原杏花乡第2号移交"]]  # fmt: skip
    builders.xlsx(tmp_path / "矛盾纠纷台账（合并）.xlsx", {"原杏花乡": old, "原东关乡": other, "桃源镇": new})
    result = clean(tmp_path, options=MERGED)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (6, 4)
    (joined,) = codes(result, "row.retyped_copy")
    assert joined["sheet"] == "桃源镇"


# --- corrections clerks make without deleting anything (development town 枣林乡) ---------------------------------


def _struck_through_book(
    path, rows: list[list], struck: set[int], runs: dict[tuple[int, int], tuple[str, str]] | None = None
):
    """A workbook whose rows `struck` (1-based) have the 删除线 font on every cell (Ctrl+5), and whose cells `runs`
    hold rich text: an old value struck through, the new one after it in the same cell."""
    import openpyxl
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    for row in rows:
        ws.append(row)
    for r in struck:
        for cell in ws[r]:
            cell.font = Font(strike=True)
    for (r, c), (old, new) in (runs or {}).items():
        ws.cell(row=r, column=c).value = CellRichText(
            TextBlock(InlineFont(strike=True), old), TextBlock(InlineFont(), new)
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


DISPUTE_HEADER = ["序号", "排查日期", "村（社区）", "纠纷类型", "化解状态", "备注"]


def test_struck_through_row_is_no_record_and_is_named(tmp_path):
    rows = [
        DISPUTE_HEADER,
        [1, "2024-03-05", "甲村", "邻里纠纷", "已化解", None],
        [2, "2024-03-05", "甲村", "邻里纠纷", "已化解", None],  # the same dispute entered again, then struck out
        [3, "2024-04-01", "乙村", "婚姻家庭纠纷", "化解中", None],
    ]
    _struck_through_book(tmp_path / "矛盾纠纷排查台账.xlsx", rows, struck={3})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)
    (note,) = codes(result, "sheet.struck_rows")
    assert (note["detail"], note["level"]) == ("3", "提示")
    assert result.manifest["files"][0]["sheets"][0]["set_aside"]["struck"] == 1


def test_struck_through_row_in_an_excel_97_book_is_no_record(tmp_path):
    # An old Excel or WPS .xls keeps the 删除线 in its FONT and XF records; calamine reads no font.
    from devtowns.books import Book, Sheet, biff_workbook, ole_bytes

    rows = [
        DISPUTE_HEADER,
        [1, "2024-03-05", "甲村", "邻里纠纷", "已化解", None],
        [2, "2024-03-05", "甲村", "邻里纠纷", "已化解", None],
        [3, "2024-04-01", "乙村", "婚姻家庭纠纷", "化解中", None],
    ]
    sheet = Sheet("台账", rows, struck_rows={3})
    (tmp_path / "矛盾纠纷排查台账.xls").write_bytes(ole_bytes(biff_workbook(Book("台账.xls", [sheet], fmt="biff"))))
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 2
    (note,) = codes(result, "sheet.struck_rows")
    assert note["detail"] == "3"


def test_a_single_struck_cell_does_not_strike_its_row(tmp_path):
    # Only a row whose every filled cell is struck through is a deleted row; one struck cell is a value corrected.
    import openpyxl
    from openpyxl.styles import Font

    path = tmp_path / "矛盾纠纷排查台账.xlsx"
    _struck_through_book(path, [DISPUTE_HEADER, [1, "2024-03-05", "甲村", "邻里纠纷", "已化解", "原为乙村"]], set())
    wb = openpyxl.load_workbook(path)
    wb.active["C2"].font = Font(strike=True)
    wb.save(path)
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 1
    assert not codes(result, "sheet.struck_rows")


def test_a_struck_row_whose_cell_in_a_column_inserted_later_is_not_struck_is_still_no_record(tmp_path):
    # 经办人 inserted after the row was struck and filled down the register: the new cell is not struck, the row's
    # others are. Struck but for one cell is deleted all the same; two struck cells of four are values corrected.
    import openpyxl
    from openpyxl.styles import Font

    header = ["序号", "排查日期", "经办人", "村（社区）", "纠纷类型", "化解状态"]
    rows = [
        header,
        [1, "2024-03-05", "王丽", "甲村", "邻里纠纷", "已化解"],
        [2, "2024-03-05", "李强", "甲村", "邻里纠纷", "已化解"],  # entered again, struck but for 经办人
        [3, "2024-04-01", "张敏", "乙村", "婚姻家庭纠纷", "化解中"],  # 村 and 类型 struck: corrected
    ]
    path = _struck_through_book(tmp_path / "矛盾纠纷排查台账.xlsx", rows, {3})
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["C3"].font = Font(strike=False)
    ws["D4"].font = ws["E4"].font = Font(strike=True)
    wb.save(path)
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 2
    (note,) = codes(result, "sheet.struck_rows")
    assert note["detail"] == "3"


def test_a_struck_row_beside_hidden_helper_columns_filled_down_unstruck_is_still_no_record(tmp_path):
    # 年份 (=YEAR()) and 辅助列 (=IF()) added right of the register and hidden, filled down every row: the struck
    # row's two helper cells are not struck, and say nothing of it (枣林乡 helper_columns: the dispute entered twice
    # and struck counted again, 31 screened for 30).
    import openpyxl
    from openpyxl.styles import Font

    rows = [
        [*DISPUTE_HEADER, "年份", "辅助列"],
        [1, "2024-03-05", "甲村", "邻里纠纷", "已化解", None, 2024, 1],
        [2, "2024-03-05", "甲村", "邻里纠纷", "已化解", None, 2024, 1],  # entered again, struck
        [3, "2024-04-01", "乙村", "婚姻家庭纠纷", "化解中", None, 2024, 1],
    ]
    path = _struck_through_book(tmp_path / "矛盾纠纷排查台账.xlsx", rows, {3})
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["G3"].font = ws["H3"].font = Font(strike=False)
    ws.column_dimensions["G"].hidden = ws.column_dimensions["H"].hidden = True
    wb.save(path)
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 2
    (note,) = codes(result, "sheet.struck_rows")
    assert note["detail"] == "3"


def test_remark_marks_row_void_only_in_a_remark_column(tmp_path):
    # 备注 重复 / 录错 (the row filled red or grey, which is not read): the clerk says the row is no record.
    rows = [
        DISPUTE_HEADER,
        [1, "2024-03-05", "甲村", "邻里纠纷", "已化解", None],
        [2, "2024-03-05", "甲村", "邻里纠纷", "已化解", "重复"],
        [3, "2024-04-01", "外乡", "合同纠纷", "已化解", "（录错）"],
        [4, "2024-05-06", "乙村", "婚姻家庭纠纷", "化解中", "重复信访人"],  # a remark holding the word: a record
    ]
    builders.xlsx(tmp_path / "a" / "矛盾纠纷排查台账.xlsx", {"台账": rows})
    result = clean(tmp_path / "a")
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)
    (note,) = codes(result, "sheet.void_rows")
    assert note["detail"] == "3、4"
    # 重复 under 是否重复信访 is the record's value, not a remark: the petition counts.
    petitions = [
        ["序号", "信访编号", "交办单位", "交办日期", "办理状态", "是否重复信访"],
        [1, "X2024001", "县联办", "2024-03-05", "已化解", "重复"],
        [2, "X2024002", "市联办", "2024-04-05", "正在化解", "否"],
    ]
    builders.xlsx(tmp_path / "b" / "信访事项台账.xlsx", {"台账": petitions})
    result = clean(tmp_path / "b")
    assert builders.figures(result)["petitions.assigned"] == 2
    assert not codes(result, "sheet.void_rows")


def test_correction_row_replaces_the_row_whose_serial_it_names(tmp_path):
    rows = [
        DISPUTE_HEADER,
        [1, "2024-03-05", "甲村", "邻里纠纷", "已化解", None],
        [2, "2024-04-01", "乙村", "婚姻家庭纠纷", "化解中", None],
        [3, "2024-05-06", "丙村", "邻里纠纷", "已化解", None],
        [4, "2024-04-01", "乙村", "婚姻家庭纠纷", "已化解", "更正第2行，以此为准"],
    ]
    builders.xlsx(tmp_path / "a" / "矛盾纠纷排查台账.xlsx", {"台账": rows})
    result = clean(tmp_path / "a")
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 3)
    (note,) = codes(result, "sheet.superseded_rows")
    assert (note["detail"], note["level"]) == ("3", "提示")  # Excel row 3 holds 序号 2
    # A correction naming a 序号 no row has drops nothing, and says so.
    rows[4][5] = "更正第9行"
    builders.xlsx(tmp_path / "b" / "矛盾纠纷排查台账.xlsx", {"台账": rows})
    result = clean(tmp_path / "b")
    assert builders.figures(result)["disputes.screened"] == 4
    (warning,) = codes(result, "sheet.correction_unmatched")
    assert (warning["detail"], warning["level"]) == ("5（序号9）", "警告")


def test_a_correction_names_the_row_of_its_own_village_where_the_serial_restarts_per_village(tmp_path):
    # 序号 restarts per village (甲村 1 2, 乙村 1 2): 更正第2行 in a row restating 甲村's dispute of 3月2日 replaces
    # 甲村's row 2, the row saying most of what it says; a tie (nothing but the 序号 to go by) replaces none.
    rows = [
        DISPUTE_HEADER,
        [1, "2024-03-01", "甲村", "邻里纠纷", "已化解", None],
        [2, "2024-03-02", "甲村", "邻里纠纷", "化解中", None],
        [1, "2024-03-03", "乙村", "婚姻家庭纠纷", "已化解", None],
        [2, "2024-03-04", "乙村", "合同纠纷", "化解中", None],
        [3, "2024-03-02", "甲村", "邻里纠纷", "已化解", "更正第2行"],
    ]
    builders.xlsx(tmp_path / "a" / "矛盾纠纷排查台账.xlsx", {"台账": rows})
    result = clean(tmp_path / "a")
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 3)
    (note,) = codes(result, "sheet.superseded_rows")
    assert note["detail"] == "3"
    rows[5] = [3, "2024-05-06", "丙村", "其他纠纷", "已化解", "更正第2行"]
    builders.xlsx(tmp_path / "b" / "矛盾纠纷排查台账.xlsx", {"台账": rows})
    result = clean(tmp_path / "b")
    assert builders.figures(result)["disputes.screened"] == 5
    (warning,) = codes(result, "sheet.correction_unmatched")
    assert warning["detail"] == "6（序号2）"


MEDIATION_HEADER = ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"]


def test_two_versions_in_folder_the_later_one_is_the_ledger(tmp_path):
    first = [MEDIATION_HEADER, [1, "调〔2024〕1号", "2024-03-05", "调解中", None, None],
             [2, "调〔2024〕2号", "2024-04-05", "调解成功", "口头", 100]]  # fmt: skip
    later = [*first[:2], first[2], [3, "调〔2024〕3号", "2024-12-05", "调解成功", "书面", 300]]
    later[1] = [1, "调〔2024〕1号", "2024-03-05", "调解成功", "书面", 300]
    builders.xlsx(tmp_path / "人民调解案件登记台账.xlsx", {"台账": first})
    builders.xlsx(tmp_path / "人民调解案件登记台账（修改稿）.xlsx", {"台账": later})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.written"], got["mediation.subsidy_yuan"]) == (3, 2, 700)
    (note,) = codes(result, "file.superseded")
    assert (note["file"], note["detail"], note["level"]) == (
        "人民调解案件登记台账.xlsx", "人民调解案件登记台账（修改稿）.xlsx", "提示"
    )  # fmt: skip
    # An office whose 修改稿 holds only the changed records reads both (params earlier_versions).
    both = clean(tmp_path, options={"earlier_versions": ["人民调解案件登记台账.xlsx"]})
    assert not codes(both, "file.superseded")
    read = {f["file"] for f in both.manifest["files"] if any(s.get("records") for s in f["sheets"])}
    assert read == {"人民调解案件登记台账.xlsx", "人民调解案件登记台账（修改稿）.xlsx"}
    # 副本 says nothing of which is later: a copy that differs is read as a file of its own (its cases not dropped).
    (tmp_path / "人民调解案件登记台账（修改稿）.xlsx").rename(tmp_path / "人民调解案件登记台账 - 副本.xlsx")
    assert not codes(clean(tmp_path), "file.superseded")


@pytest.mark.parametrize("older", ["人民调解案件登记台账（旧）", "人民调解案件登记台账(旧版)", "旧-人民调解案件登记台账",
                                   "人民调解案件登记台账_旧", "人民调解案件登记台账 old"])  # fmt: skip
def test_an_older_version_beside_its_ledger_is_superseded_by_it(tmp_path, older):
    # Before: 台账（旧）.xlsx read as a ledger of its own: a case deleted from the ledger since (调〔2024〕9号) counted
    # beside its records, 4 cases for 3.
    ledger = [MEDIATION_HEADER, [1, "调〔2024〕1号", "2024-03-05", "调解成功", "书面", 300],
              [2, "调〔2024〕2号", "2024-04-05", "调解成功", "口头", 100],
              [3, "调〔2024〕3号", "2024-12-05", "调解成功", "书面", 300]]  # fmt: skip
    builders.xlsx(tmp_path / "人民调解案件登记台账.xlsx", {"台账": ledger})
    builders.xlsx(
        tmp_path / f"{older}.xlsx", {"台账": [*ledger[:2], [2, "调〔2024〕9号", "2024-04-09", "调解成功", "口头", 100]]}
    )
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.cases"] == 3
    (note,) = codes(result, "file.superseded")
    assert (note["file"], note["detail"]) == (f"{older}.xlsx", "人民调解案件登记台账.xlsx")
    # Alone, an older version is the ledger there is: read.
    (tmp_path / "人民调解案件登记台账.xlsx").unlink()
    alone = clean(tmp_path)
    assert builders.figures(alone)["mediation.cases"] == 2 and not codes(alone, "file.superseded")


def test_a_name_holding_old_inside_a_word_supersedes_nothing(tmp_path):
    # 旧模板 / 新模板 (the office's two forms of the year), 旧村改造 (a matter): no version of another file.
    from fzlib.ingest.clean import superseded_files

    names = ["a/台账（旧模板）.xlsx", "a/台账（新模板）.xlsx", "a/台账.xlsx", "a/旧村改造台账.xlsx", "a/村改造台账.xlsx",
             "a/household.xlsx", "a/house.xlsx"]  # fmt: skip
    assert superseded_files(names) == {}


def test_value_retyped_in_cell_is_its_new_value(tmp_path):
    rows = [
        MEDIATION_HEADER,
        [1, "调〔2024〕1号", "2024-03-05", "调解不成功→调解成功", "口头", 100],
        [2, "调〔2024〕2号", "2023年12月28日（改为2024年1月4日）", "调解成功", "书面", None],
        [3, "调〔2024〕3号", "2024-05-06", "申请人撤回", None, None],
        [4, "调〔2024〕4号", "2024-06-06", "不予受理", None, None],
        [5, "调〔2024〕5号", "2024-07-08", "调解成功", "书面", "300改为500"],
    ]
    # Case 2's subsidy: 300 struck through and 500 typed after it, in one cell (rich text reads "300500" unformatted).
    _struck_through_book(tmp_path / "人民调解案件登记台账.xlsx", rows, set(), runs={(3, 6): ("300", "500")})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (3, 1, 2)
    assert got["mediation.subsidy_yuan"] == 1100
    notes = {r["cell"]: r["detail"] for r in codes(result, "value.retyped")}
    assert notes == {"D2": "调解成功", "C3": "2024年1月4日", "F3": "500", "F6": "500"}
    assert not codes(result, "vocab.unknown") and not codes(result, "number.out_of_range")


def test_a_struck_row_does_not_join_two_monthly_sheets_numbered_from_1_into_one_register(tmp_path):
    # 1月 numbers 1 2; 2月 numbers 1 2 3 with row 2 struck. The 序号 still counts through the struck row: 2月's 1 and 3
    # are its own records, not 1月's 1 typed again (4 disputes, 2 resolved, not 3 with a duplicate).
    header = ["序号", "排查日期", "村（社区）", "纠纷类型", "化解情况", "备注"]
    january = [
        header,
        [1, "2024-01-01", "甲村", "邻里纠纷", "已化解", None],
        [2, "2024-01-02", "乙村", "邻里纠纷", "化解中", None],
    ]
    february = [header, [1, "2024-02-01", "甲村", "邻里纠纷", "已化解", None],
                [2, "2024-02-03", "乙村", "邻里纠纷", "已化解", None], [3, "2024-02-05", "丙村", "邻里纠纷", "化解中", None]]  # fmt: skip
    builders.xlsx(tmp_path / "1月矛盾纠纷台账.xlsx", {"1月": january})
    _struck_through_book(tmp_path / "2月矛盾纠纷台账.xlsx", february, struck={2})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)
    assert not codes(result, "row.duplicate") and not codes(result, "row.copies_differ")


def test_monthly_county_registers_whose_serial_runs_over_every_towns_rows_keep_each_months_records(tmp_path):
    # The county numbers all towns' rows: the town's own are 1 in 1月, 1 and 3 in 2月 (row 2 another town's).
    header = ["序号", "乡镇（街道）", "排查日期", "村（社区）", "化解情况"]
    builders.xlsx(
        tmp_path / "1月全县矛盾纠纷台账.xlsx",
        {"1月": [header, [1, "桃源镇", "2024-01-05", "某村", "已化解"], [2, "杏花乡", "2024-01-06", "某村", "已化解"]]},
    )
    builders.xlsx(tmp_path / "2月全县矛盾纠纷台账.xlsx",
                  {"2月": [header, [1, "桃源镇", "2024-02-05", "某村", "已化解"], [2, "东关街道", "2024-02-06", "某村", "已化解"],
                          [3, "桃源镇", "2024-02-07", "某村", "化解中"]]})  # fmt: skip
    result = clean(tmp_path, options=OWN)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 2)
    assert not codes(result, "row.duplicate")


def test_a_correction_in_one_villages_file_does_not_join_it_to_another_villages_numbered_from_1(tmp_path):
    # 甲村's file: 1, 2, and 3 更正第2行 (row 2 replaced); 乙村's: 1, 2. Four disputes, all resolved.
    header = ["序号", "排查日期", "村（社区）", "纠纷类型", "化解情况", "备注"]
    builders.xlsx(
        tmp_path / "甲村矛盾纠纷台账.xlsx",
        {
            "台账": [
                header,
                [1, "2024-03-01", "甲村", "邻里纠纷", "已化解", None],
                [2, "2024-03-02", "甲村", "邻里纠纷", "化解中", None],
                [3, "2024-03-02", "甲村", "邻里纠纷", "已化解", "更正第2行"],
            ]
        },
    )
    builders.xlsx(tmp_path / "乙村矛盾纠纷台账.xlsx", {"台账": [header, [1, "2024-03-03", "乙村", "邻里纠纷", "已化解", None],
                  [2, "2024-03-04", "乙村", "邻里纠纷", "已化解", None]]})  # fmt: skip
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 4)
    assert not codes(result, "row.duplicate")


def test_struck_through_row_in_a_word_table_is_no_record(tmp_path):
    # A ledger kept as a Word table: the clerk strikes a row out (字体 → 删除线) as in Excel. One struck cell alone
    # (乙村 corrected in row 4) is a value corrected, not a row deleted.
    import docx

    rows = [
        DISPUTE_HEADER,
        [1, "2024-03-05", "甲村", "邻里纠纷", "已化解", ""],
        [2, "2024-03-05", "甲村", "邻里纠纷", "已化解", ""],
        [3, "2024-04-01", "乙村", "婚姻家庭纠纷", "化解中", ""],
    ]
    document = docx.Document()
    document.add_paragraph("矛盾纠纷排查台账")
    table = document.add_table(rows=len(rows), cols=len(DISPUTE_HEADER))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            run = table.cell(r, c).paragraphs[0].add_run(str(value))
            run.font.strike = r == 2 or (r == 3 and c == 2)
    document.save(tmp_path / "矛盾纠纷排查台账.docx")
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)
    (note,) = codes(result, "sheet.struck_rows")
    assert note["detail"] == "3"


def test_a_county_registers_copy_sorted_otherwise_and_renumbered_is_one_register(tmp_path):
    # The 全县 sheet and its copy sorted by date descending, numbered anew from 1: the town's rows are 1 and 3 in one,
    # 4 and 2 in the other (the other towns' rows between them). Two disputes, not four.
    rows = [
        ["序号", "乡镇（街道）", "排查日期", "村（社区）", "纠纷类型", "化解情况"],
        [1, "桃源镇", "2024-03-01", "某村", "邻里纠纷", "已化解"],
        [2, "杏花乡", "2024-03-02", "某村", "邻里纠纷", "已化解"],
        [3, "桃源镇", "2024-03-03", "某村", "邻里纠纷", "化解中"],
        [4, "东关街道", "2024-03-04", "某村", "邻里纠纷", "已化解"],
    ]
    copy = [rows[0]] + [[k, *r[1:]] for k, r in enumerate(reversed(rows[1:]), 1)]
    builders.xlsx(tmp_path / "全县矛盾纠纷台账.xlsx", {"全县": rows, "全县（倒序）": copy})
    result = clean(tmp_path, options=OWN)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)
    assert len(codes(result, "row.renumbered_copy")) == 2


def test_a_mediation_register_numbered_in_a_bare_编号_column_is_keyed_by_it(tmp_path):
    """编号 2024-001 … and no 卷宗号: the register was refused as lacking its file number (column.missing),
    and every mediation figure was lost."""
    rows = [["编号", "调解日期", "纠纷类别", "调解结果", "协议形式"]]
    rows += [[f"2024-{i:03d}", f"2024年{i}月{i}日", "邻里纠纷", "调解成功", "口头"] for i in range(1, 4)]
    builders.xlsx(tmp_path / "人民调解登记.xlsx", {"2024": rows})
    result = builders.clean(tmp_path)
    assert "column.missing" not in set(result.issues["code"])
    assert builders.figures(result)["mediation.cases"] == 3


# --- several records in one row -------------------------------------------------------------------


def test_a_village_meetings_three_disputes_in_one_row_count_as_its_dispute_number_says(tmp_path):
    rows = [
        ["某乡2024年矛盾纠纷排查化解台账"],
        ["序号", "编号", "排查日期", "纠纷类型", "纠纷数量（件）", "化解状态"],
        [1, "P-01", "2024-03-01", "邻里纠纷", 1, "已化解"],
        [2, "P-02", "2024-03-05", "邻里纠纷、山林土地纠纷、婚姻家庭纠纷", 3, "已化解"],  # one meeting, three disputes
        [3, "P-03", "2024-03-09", "山林土地纠纷", 2, "化解中"],
        [4, "P-04", "2024-03-12", "邻里纠纷", None, "已化解"],  # blank: the row's one dispute
        ["一季度小计", None, None, None, 7, "已化解5件"],
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"排查台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (7, 5)
    assert got["disputes.resolution_rate"] == round(5 / 7, 4)
    by_status = breakdowns.counts(result.tables["disputes"], breakdowns.declared()["disputes.status"])
    assert by_status.to_dict() == {"已化解": 5, "化解中": 2}


def test_a_statistics_table_beside_a_register_of_dispute_numbers_agrees_with_their_sum(tmp_path):
    register = [
        ["编号", "排查日期", "纠纷数量", "化解状态"],
        ["S-01", "2024-03-01", 1, "已化解"],
        ["S-02", "2024-03-05", 3, "已化解"],  # one meeting's three disputes
        ["S-03", "2024-03-09", 2, "化解中"],
        ["S-04", "2024-03-12", None, "已化解"],
    ]
    summary = [["某乡2024年矛盾纠纷排查化解统计表"], ["项目", "全年"], ["排查数", 7], ["化解数", 5]]
    builders.xlsx(tmp_path / "排查.xlsx", {"排查台账": register, "统计表": summary})
    result = clean(tmp_path)
    assert (builders.figures(result)["disputes.screened"], builders.figures(result)["disputes.resolved"]) == (7, 5)
    assert not codes(result, "statistics.differs")  # 7 disputes in 4 rows: the table agrees with the register


def test_a_dispute_number_that_cannot_be_read_leaves_the_count_unknown_never_lower(tmp_path):
    rows = [
        ["编号", "排查日期", "纠纷数量", "化解状态"],
        ["Q-01", "2024-05-01", 1, "已化解"],
        ["Q-02", "2024-05-02", "若干", "已化解"],
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"排查台账": rows})
    got = builders.figures(clean(tmp_path))
    assert got["disputes.screened"] is None and got["disputes.resolved"] is None


def test_one_visits_services_on_lines_of_one_cell_count_each_by_the_line_of_its_number(tmp_path):
    rows = [
        ["某镇2024年法律顾问服务台账"],
        ["序号", "服务日期", "服务对象", "服务事项", "数量", "法律顾问"],
        [1, "2024.3.5", "某村", "法律咨询\n审查合同", "3\n1", "甲律师"],  # one visit, two services
        [2, "2024.4.9", "某村", "法律咨询\n出具法律意见书\n审查合同", "2\n1\n2", "甲律师"],
        [3, "2024.5.6", "镇人民政府", "审查合同", 2, "乙律师"],
    ]
    builders.xlsx(tmp_path / "顾问.xlsx", {"服务台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (5, 5, 1)
    assert not codes(result, "vocab.unknown") and not codes(result, "vocab.several")
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["kept"] == 3  # three rows of the sheet, six records


def test_one_visits_services_listed_with_their_counts_in_words_count_each_by_its_own(tmp_path):
    rows = [
        ["序号", "服务日期", "服务事项", "数量"],
        [1, "2024-03-05", "法律咨询4人次；审查合同2份", None],  # 数量 left blank: each count is in the cell
        [2, "2024-03-08", "法律咨询、出具法律意见书", None],  # no counts anywhere: one each
        [3, "2024-03-11", "审查合同3份", None],  # one service, its count in the cell beside a blank 数量
    ]
    builders.xlsx(tmp_path / "顾问.xlsx", {"服务台账": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (5, 5, 1)


def test_one_count_beside_several_services_is_not_shared_out_by_guess(tmp_path):
    rows = [
        ["序号", "服务日期", "服务事项", "数量"],
        [1, "2024-03-05", "法律咨询\n审查合同", 4],  # 4 of what? nothing says how many of each
        [2, "2024-03-08", "法律咨询", 2],
    ]
    builders.xlsx(tmp_path / "顾问.xlsx", {"服务台账": rows})
    got = builders.figures(clean(tmp_path))
    assert got["counsel.consultations"] is None and got["counsel.document_reviews"] is None


# --- one record over several rows -----------------------------------------------------------------


def test_a_case_written_a_row_per_party_is_one_case_its_number_and_result_on_its_first_row_only(tmp_path):
    rows = [
        ["某乡2024年人民调解案件登记台账"],
        ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）", "当事人身份", "当事人姓名"],
        [1, "（2024）某调字第1号", "2024-03-01", "调解成功", "口头", 100, "申请人", "甲某"],
        [None, None, None, None, None, None, "被申请人", "乙某"],
        [None, None, None, None, None, None, "被申请人", "丙某"],  # a second respondent: the case's third row
        [2, "（2024）某调字第2号", "2024-04-01", "调解成功", "书面", 300, "申请人", "丁某"],
        [None, None, None, None, None, None, "被申请人", "戊某"],
    ]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (2, 1, 1)
    assert got["mediation.subsidy_yuan"] == 400
    assert not codes(result, "row.required_missing")
    assert [r["detail"] for r in codes(result, "sheet.record_rows")] == ["4、5、7"]
    assert result.manifest["files"][0]["sheets"][0]["excluded"]["record_row"] == 3  # 上一条记录的续行, not errors


def test_a_row_holding_a_subsidy_without_its_case_is_never_folded_into_the_case_above(tmp_path):
    rows = [
        ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）", "调解员"],
        [1, "（2024）某调字第1号", "2024-03-01", "调解成功", "口头", 100, "甲某"],
        [None, None, None, None, None, 100, "乙某"],  # money nothing places: which case's, which year's?
        [2, "（2024）某调字第2号", "2024-04-01", "调解成功", "口头", 100, "丙某"],
        [],
        [None, None, None, None, None, None, "丁某"],  # a name alone, under no record
    ]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记台账": rows})
    result = clean(tmp_path)
    assert [r["row"] for r in codes(result, "row.required_missing")] == [3, 6]
    assert builders.figures(result)["mediation.subsidy_yuan"] is None
    assert not codes(result, "sheet.record_rows")


def test_a_half_filled_dispute_under_a_record_stays_a_record_to_correct(tmp_path):
    rows = [
        ["编号", "排查日期", "村（社区）", "纠纷类型", "当事人", "化解状态"],
        ["R-01", "2024-06-03", "甲村", "邻里纠纷", "甲某", "已化解"],
        [
            None,
            None,
            "乙村",
            "山林土地纠纷",
            "乙某",
            None,
        ],  # a dispute of its own, its number, date, status not yet typed
    ]
    builders.xlsx(tmp_path / "排查.xlsx", {"排查台账": rows})
    result = clean(tmp_path)
    assert [r["row"] for r in codes(result, "row.required_missing")] == [3]
    assert builders.figures(result)["disputes.screened"] is None
    assert not codes(result, "sheet.record_rows")


def test_a_subsidy_payout_list_per_mediator_beside_the_register_is_not_a_second_register(tmp_path):
    register = [
        ["某乡2024年人民调解案件登记台账"],
        ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额（元）"],
        [1, "（2024）某调字第1号", "2024-03-01", "调解成功", "书面", 300],
        [2, "（2024）某调字第2号", "2024-04-01", "调解成功", "口头", 100],
    ]
    payout = [
        ["某乡2024年人民调解“以案定补”补贴发放表"],
        ["序号", "卷宗号", "调解员", "补贴金额（元）", "领取人签字"],
        [1, "（2024）某调字第1号", "甲某", 150, None],  # one case, two mediators: its 300 split
        [2, "（2024）某调字第1号", "乙某", 150, None],
        [3, "（2024）某调字第2号", "丙某", 100, None],
        ["合计", None, None, 400, None],
    ]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记台账": register, "发放表": payout})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (2, 400)
    assert not codes(result, "column.missing")


def test_a_case_mediated_by_two_listed_a_row_per_mediator_pays_the_sum_of_their_shares(tmp_path):
    head = ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "调解员", "补贴金额（元）"]
    halves = [
        head,
        [1, "（2024）某调字第1号", "2024-03-01", "调解成功", "书面", "甲某", 150],  # its 300 split in halves
        [2, "（2024）某调字第1号", "2024-03-01", "调解成功", "书面", "乙某", 150],
        [3, "（2024）某调字第2号", "2024-04-01", "调解成功", "口头", "丙某", 100],
    ]
    uneven = [head, [*halves[1][:6], 200], [*halves[2][:6], 100], halves[3]]  # 200 + 100
    for name, rows in (("halves", halves), ("uneven", uneven)):
        builders.xlsx(tmp_path / name / "调解.xlsx", {"登记台账": rows})
        result = clean(tmp_path / name)
        got = builders.figures(result)
        assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (2, 400), name
        assert [r["detail"] for r in codes(result, "sheet.shares_summed")] == ["2、3"]
        assert not codes(result, "row.copies_differ")


def test_two_cases_each_split_between_mediators_are_named_as_two_records_of_their_own_rows(tmp_path):
    # The note of shares summed listed every split row of a sheet as one record (2、3、4、5 for two cases).
    rows = [
        ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "调解员", "补贴金额（元）"],
        [1, "（2024）某调字第1号", "2024-03-01", "调解成功", "书面", "甲某", 150],
        [2, "（2024）某调字第1号", "2024-03-01", "调解成功", "书面", "乙某", 150],
        [3, "（2024）某调字第2号", "2024-04-01", "调解成功", "口头", "丙某", 50],
        [4, "（2024）某调字第2号", "2024-04-01", "调解成功", "口头", "丁某", 50],
    ]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记台账": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.subsidy_yuan"] == 400
    assert [r["detail"] for r in codes(result, "sheet.shares_summed")] == ["2、3；4、5"]


def test_a_subsidy_review_pays_what_was_paid_not_the_standard_and_a_case_paid_in_batches_their_sum(tmp_path):
    # A 以案定补 审核表 states each case's standard (补贴标准) and what was paid (实发金额): a file found incomplete is
    # paid half. A case paid in two batches (half first, the rest once its file was completed) is a row per batch
    # under one 卷宗号. The subsidy is what was paid, summed over the batches (probe H: 3400 read for 3250).
    rows = [
        ["某镇2024年人民调解“以案定补”案件审核表"],
        [
            "序号",
            "卷宗号",
            "受理日期",
            "调解结果",
            "协议形式",
            "案件等级",
            "补贴标准（元）",
            "实发金额（元）",
            "发放批次",
            "备注",
        ],
        [
            1,
            "（2024）某调字第1号",
            "2024-03-01",
            "调解成功",
            "书面",
            "重大",
            300,
            150,
            "第一批",
            "卷宗不完整，减半发放",
        ],
        [2, "（2024）某调字第2号", "2024-03-05", "调解成功", "书面", "疑难", 200, 100, "第一批", "首次发放一半"],
        [None, "（2024）某调字第2号", "2024-03-05", "调解成功", "书面", "疑难", 200, 100, "第二批", "补发"],
        [3, "（2024）某调字第3号", "2024-04-01", "调解成功", "口头", "简易", 50, "伍拾元", "第二批", None],
    ]
    builders.xlsx(tmp_path / "以案定补审核表.xlsx", {"审核表": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (3, 150 + 200 + 50)
    assert [r["detail"] for r in codes(result, "sheet.shares_summed")] == ["4、5"]
    assert not codes(result, "row.copies_differ")


def test_a_counsels_engagement_register_beside_the_service_log_is_no_ledger(tmp_path):
    # The 法律顾问聘用合同登记表 (a row per counsel engaged: 律所, 服务对象, 聘期, 合同金额) kept beside the service log
    # records no service: it had been read as a counsel log missing 服务类型, refusing the log's figures too.
    engaged = [
        ["某镇法律顾问聘用合同登记表（2024年度）"],
        ["序号", "法律顾问", "所在律所", "服务对象", "合同签订日期", "聘期", "合同金额（万元）"],
        [1, "甲某", "某律师事务所", "镇人民政府", "2024.1.3", "2024年1月1日至2024年12月31日", 3],
        [2, "乙某", "某法律服务所", "某村、某社区", "2024.1.4", "2024年1月1日至2024年12月31日", 1.2],
    ]
    log = [
        ["序号", "服务日期", "服务对象", "服务内容", "数量", "法律顾问"],
        [1, "2024-03-05", "镇人民政府", "出具法律意见书", "2份", "甲某"],
        [2, "2024-04-09", "某村", "法律咨询", "5人次", "乙某"],
        [3, "2024-05-10", "某村", "审查合同", "", "乙某"],
    ]
    builders.xlsx(tmp_path / "法律顾问聘用合同登记表.xlsx", {"聘用合同": engaged})
    builders.xlsx(tmp_path / "法律顾问服务台账.xlsx", {"台账": log})
    result = clean(tmp_path)
    assert not [r for r in result.issues.to_dict("records") if r["level"] == "错误"]
    got = builders.figures(result)
    assert (got["counsel.opinions"], got["counsel.consultations"], got["counsel.document_reviews"]) == (2, 5, 1)


def test_a_public_legal_service_stations_consultation_register_is_not_the_counsels_log(tmp_path):
    # The 司法所's 12348 hotline register and its 公共法律服务工作站 desk register answer the public (咨询人, 咨询类别
    # 婚姻家庭/劳动争议, 服务人员 律师/基层法律服务工作者): not the government's counsel. The 咨询 of their titles had
    # added every call to counsel.consultations beside the counsel's own log.
    hotline = [
        ["某镇公共法律服务工作站12348热线咨询登记表"],
        ["序号", "来电时间", "咨询人", "咨询事项", "咨询类别", "答复情况", "服务人员"],
        [1, "2024-03-05 09:12:40", "甲某", "拖欠工资", "劳动争议", "已解答", "律师"],
        [2, "2024-04-09 15:03:11", "乙某", "离婚财产分割", "婚姻家庭", "已转介", "基层法律服务工作者"],
    ]
    desk = [
        ["某镇公共法律服务工作站法律咨询登记表（2024年）"],
        ["序号", "接待日期", "咨询人", "咨询事项", "咨询类别", "答复情况", "服务人员"],
        [1, "2024.5.6", "丙某", "土地承包经营权", "土地", "已解答", "司法所"],
        [2, "2024.6.7", "丁某", "赡养纠纷", "婚姻家庭", "已解答", "律师"],
        [3, "2024.7.8", "戊某", "工伤认定", "劳动争议", "已解答", "律师"],
    ]
    log = [
        ["某镇政府法律顾问服务台账（2024年）"],
        ["序号", "服务日期", "服务对象", "服务类型", "数量", "法律顾问"],
        [1, "2024-03-05", "镇人民政府", "出具法律意见书", "2份", "甲某"],
        [2, "2024-04-09", "某村", "法律咨询", "5人次", "乙某"],
        [3, "2024-05-10", "某村", "合同审查", "", "乙某"],
    ]
    builders.xlsx(tmp_path / "12348热线咨询登记（导出）.xlsx", {"Sheet1": hotline})
    builders.xlsx(tmp_path / "公共法律服务工作站咨询登记.xlsx", {"Sheet1": desk})
    builders.xlsx(tmp_path / "法律顾问服务台账.xlsx", {"台账": log})
    result = clean(tmp_path)
    assert not [r for r in result.issues.to_dict("records") if r["level"] == "错误"]
    got = builders.figures(result)
    assert (got["counsel.opinions"], got["counsel.consultations"], got["counsel.document_reviews"]) == (2, 5, 1)


def test_a_legal_aid_case_or_application_register_is_neither_a_lawsuit_nor_the_counsels_legal_aid(tmp_path):
    # The 法律援助 centre's registers kept at the 司法所: its cases (援助形式 诉讼代理/刑事辩护) and its applications
    # (审查结果 受理/不予受理/转交). Their 案由 and 申请人 had made each application a lawsuit against the government
    # (litigation.cases 4); without that, every application, refused ones too, became the counsel's 法律援助.
    cases = [
        ["某镇司法所法律援助案件台账"],
        ["序号", "受理日期", "申请人", "案由", "承办人", "援助形式", "结案日期"],
        [1, "2023.11.20", "甲某", "追索劳动报酬", "乙某", "诉讼代理", "2024.2.1"],
        [2, "2024.3.5", "丙某", "离婚纠纷", "乙某", "非诉讼代理", ""],
        [3, "2024.6.7", "丁某", "盗窃", "戊某", "刑事辩护", "2024.9.30"],
    ]
    applications = [
        ["某镇法律援助申请受理登记表（2024年）"],
        ["序号", "申请日期", "申请人", "案由", "审查结果", "备注"],
        [1, "2024年3月1日", "己某", "追索劳动报酬", "受理", ""],
        [2, "2024年4月2日", "庚某", "离婚纠纷", "不予受理", "经济困难证明不全"],
        [3, "2024年5月3日", "辛某", "追索劳动报酬", "转交", "转交县法律援助中心"],
        [4, "2024年6月4日", "壬某", "交通事故损害赔偿", "受理", ""],
    ]
    log = [
        ["某镇政府法律顾问服务台账（2024年）"],
        ["序号", "服务日期", "服务对象", "服务类型", "数量", "法律顾问"],
        [1, "2024-03-05", "镇人民政府", "出具法律意见书", "2份", "甲某"],
        [2, "2024-04-09", "某村", "协助法律援助", "", "乙某"],
    ]
    builders.xlsx(tmp_path / "法律援助案件台账.xlsx", {"Sheet1": cases})
    builders.xlsx(tmp_path / "法律援助申请登记表.xlsx", {"Sheet1": applications})
    builders.xlsx(tmp_path / "法律顾问服务台账.xlsx", {"台账": log})
    result = clean(tmp_path)
    assert not [r for r in result.issues.to_dict("records") if r["level"] == "错误"]
    got = builders.figures(result)
    assert (got["counsel.opinions"], got["counsel.legal_aid"]) == (2, 1)
    assert got["litigation.cases"] is None


def test_an_untitled_legal_aid_register_is_no_mediation_register_and_none_of_its_rows_is_the_counsels_aid(tmp_path):
    """A 法律援助 登记 left on Sheet1 under no title: 申请人, 受理日期, 案件类型, 是否受理 and 是否指派 (the centre's
    decision and its lawyer assigned). Its 是 / 否 had been read as 调解结果 and two applications counted as mediation
    cases. Whether received (受理), assigned (指派) or refused (不予受理), a row is the aid centre's case, not the
    counsel's service: counsel.legal_aid rests on the counsel's own log (a truth decision, tests/devtowns/README.md)."""
    for assigned in ("是否指派", "指派律师", "指派承办人"):
        rows = [
            ["序号", "申请人", "受理日期", "案件类型", "是否受理", assigned],
            [1, "甲某", "2024-03-05", "劳动争议", "是", "是" if assigned == "是否指派" else "张某"],
            [2, "乙某", "2024-04-05", "婚姻家庭", "否", None],
            [3, "丙某", "2024-05-05", "交通事故", "是", "是" if assigned == "是否指派" else "李某"],
        ]
        builders.xlsx(tmp_path / "登记表.xlsx", {"Sheet1": rows})
        log = [["序号", "服务日期", "服务对象", "服务类型", "数量"], [1, "2024-03-05", "镇人民政府", "协助法律援助", 1]]
        builders.xlsx(tmp_path / "法律顾问服务台账.xlsx", {"台账": log})
        result = clean(tmp_path)
        got = builders.figures(result)
        assert (got["mediation.cases"], got["counsel.legal_aid"]) == (None, 1), assigned
        assert [r["code"] for r in codes(result, "sheet.other_document")] == ["sheet.other_document"]


def test_a_head_count_typed_as_about_200_is_named_and_the_session_still_counted(tmp_path):
    # 参与人数 (约200人, 200余人, 50左右, 30多人) had been an unknown column: a head-count, never a count of sessions.
    # An estimate is named and left out of the attendance, which is then unknown; each row is still one session.
    rows = [
        ["某镇2024年普法培训台账"],
        ["序号", "日期", "活动名称", "培训对象", "参与人数"],
        [1, "2024-03-05", "法律明白人培训", "法律明白人", "约200人"],
        [2, "2024-05-10", "宪法宣传进村", "村民", "200余人"],
        [3, "2024-07-12", "法律明白人业务培训", "法律明白人", "50左右"],
        [4, "2024-09-01", "学法讲座", "机关干部", "30多人"],
        [5, "2024-10-08", "法律明白人培训", "法律明白人", "40"],
    ]
    # An anti-fraud publicity log beside it (宣传日期, 宣传地点, 宣传形式, 参与人数) is no training of unknown audience.
    publicity = [
        ["某镇2024年反诈宣传活动台账"],
        ["序号", "宣传日期", "宣传地点", "宣传形式", "参与人数", "负责人"],
        [1, "2024-04-02", "甲村", "集中宣传", 120, "甲某"],
        [2, "2024-06-15", "乙村", "入户走访", 35, "乙某"],
    ]
    builders.xlsx(tmp_path / "普法培训台账.xlsx", {"Sheet1": rows})
    builders.xlsx(tmp_path / "反诈工作台账.xlsx", {"反诈宣传": publicity})
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 3
    assert sorted(i["value"] for i in codes(result, "number.approximate")) == ["200余人", "30多人", "50左右", "约200人"]
    assert {i["header"] for i in codes(result, "number.approximate")} == {"参与人数"}
    assert builders.evidence(result)["training.attendance"].value is None
    assert sorted(result.tables["training"]["held_on"].dt.month.tolist()) == [3, 5, 7, 9, 10]


def test_a_session_entered_a_row_per_village_under_one_merged_serial_is_one_session(tmp_path):
    # A 法律明白人 training attended by several villages: its 序号, date, theme and audience merged over a row per
    # village, each row its village's 参训人数. One session (probe H: counted 4 sessions for 1), its attendance the
    # villages' sum. The same rows numbered each by its own 序号 are sessions of their own (held in each village).
    head = ["序号", "培训时间", "培训主题", "培训对象", "参训单位", "参训人数（人次）"]
    rows = [
        ["某镇2024年普法培训登记表"],
        head,
        [1, "2024-04-18", "法律明白人骨干培训", "法律明白人", "甲村", 6],
        [None, None, None, None, "乙村", 5],
        [None, None, None, None, "丙社区", 7],
        [2, "2024-09-10", "法律明白人线上培训", "法律明白人", "各村（社区）", 58],
        [3, "2024-11-05", "宪法专题学法", "干部职工", "镇机关", 47],
    ]
    merged = {"培训": [f"{c}3:{c}5" for c in "ABCD"]}
    builders.xlsx(tmp_path / "merged" / "培训.xlsx", {"培训": rows}, merged)
    result = clean(tmp_path / "merged")
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2
    assert [r["detail"] for r in codes(result, "sheet.shares_summed")] == ["3、4、5"]
    kept = result.tables["training"]
    assert sorted(kept["participants"].tolist()) == [18, 47, 58]
    own = [rows[0], head, rows[2], [2, *rows[2][1:4], "乙村", 5], [3, *rows[2][1:4], "丙社区", 7], *rows[5:]]
    builders.xlsx(tmp_path / "numbered" / "培训.xlsx", {"培训": own})
    result = clean(tmp_path / "numbered")
    assert builders.figures(result)["training.legal_literacy_sessions"] == 4
    assert not codes(result, "sheet.shares_summed")
    # Rows merely numbered together that say another date or theme are sessions of their own.
    apart = [
        *rows[:3],
        [None, "2024-05-20", "法律明白人进阶培训", "法律明白人", "乙村", 5],
        [None, "2024-06-20", "法律明白人案例研讨", "法律明白人", "丙社区", 7],
        *rows[5:],
    ]
    builders.xlsx(tmp_path / "apart" / "培训.xlsx", {"培训": apart}, {"培训": ["A3:A5"]})
    result = clean(tmp_path / "apart")
    assert not codes(result, "sheet.shares_summed")
    assert builders.figures(result)["training.legal_literacy_sessions"] == 4


def test_counts_kept_in_two_columns_each_row_filling_one_are_read_as_one_quantity(tmp_path):
    # A counsel log with 咨询次数 for consultations and 审查件数 for documents, each row filling one of them: the
    # documents' counts had been left out (their blank 咨询次数 counting 1 each: 8 reviews read for 24, probe H).
    rows = [
        ["序号", "日期", "服务对象", "服务内容", "咨询次数", "审查件数", "法律顾问"],
        [1, "2024.3.5", "某村", "法律咨询", 4, None, "甲某"],
        [2, "2024.4.9", "镇人民政府", "审查合同", None, 3, "甲某"],
        [3, "2024.5.10", "某村", "出具法律意见书", None, 2, "乙某"],
        [4, "2024.6.11", "某社区", "法律咨询", 5, None, "乙某"],
        [5, "2024.7.12", "某社区", "审查合同", None, "三件", "乙某"],
    ]
    builders.xlsx(tmp_path / "joined" / "法律顾问服务台账.xlsx", {"台账": rows})
    result = clean(tmp_path / "joined")
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (9, 6, 2)
    (joined,) = codes(result, "column.joined")
    assert (joined["cell"], joined["header"], joined["detail"]) == ("F1", "审查件数", "咨询次数")
    assert not codes(result, "column.unknown")
    # A count of the second column that cannot be read is named in its own cell, and the figure is unknown.
    broken = [*rows[:2], [*rows[2][:5], "#REF!", "甲某"], *rows[3:]]
    builders.xlsx(tmp_path / "broken" / "法律顾问服务台账.xlsx", {"台账": broken})
    result = clean(tmp_path / "broken")
    assert [r["cell"] for r in codes(result, "cell.error")] == ["F3"]
    assert builders.figures(result)["counsel.document_reviews"] is None
    # A row filling both columns: they are not two halves of one count, and the second is left as before.
    both = [*rows[:2], [2, "2024.4.9", "镇人民政府", "审查合同", 1, 3, "甲某"], *rows[3:]]
    builders.xlsx(tmp_path / "both" / "法律顾问服务台账.xlsx", {"台账": both})
    result = clean(tmp_path / "both")
    assert not codes(result, "column.joined")
    assert [r["header"] for r in codes(result, "column.unknown")] == ["审查件数"]


def test_an_amount_column_without_a_unit_takes_the_unit_the_form_states_above_its_header(tmp_path):
    # 单位：万元 written once over the form (beside 填报单位), 补贴金额 titled without a unit: 0.065 万元 had been read as
    # 0.07 元 (probe H). A title with its own unit keeps it; a 填报单位 names no unit; counts never take it.
    def register(unit_line: str, title: str, amounts: list) -> list[list]:
        return [
            ["某镇2024年人民调解以案定补案件登记表"],
            ["填报单位：某镇司法所", None, None, None, None, unit_line],
            ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", title],
            *[[i, f"（2024）某调字第{i}号", "2024-03-01", "调解成功", "书面", a] for i, a in enumerate(amounts, 1)],
            ["合计", None, None, None, None, round(sum(amounts), 4)],
        ]

    for case, unit_line, title, amounts, subsidy in (
        ("wan", "单位：万元", "补贴金额", [0.005, 0.01, 0.03, 0.02], 650),
        ("own", "单位：万元", "补贴金额（元）", [50, 100, 300, 200], 650),
        ("yuan", "金额单位：元", "补贴金额", [50, 100, 300, 200], 650),
    ):
        builders.xlsx(tmp_path / case / "以案定补.xlsx", {"登记表": register(unit_line, title, amounts)})
        result = clean(tmp_path / case)
        assert builders.figures(result)["mediation.subsidy_yuan"] == subsidy, case
        assert not codes(result, "total.disagrees"), case
        assert [r["cell"] for r in codes(result, "column.unit_above")] == (["F3"] if case == "wan" else []), case


def test_a_word_table_takes_the_unit_stated_in_a_paragraph_above_it_and_the_next_table_does_not(tmp_path):
    # A 司法所's 年度工作台账 in Word: each table under its heading, 单位：万元 a paragraph under the first heading
    # only. Read from the table's own rows alone, 0.005 万元 had been 0.005 元: the subsidy 0.065 where 650 was due.
    import docx

    def register(first: int, title: str, amounts: list) -> list[list]:
        rows = [["序号", "卷宗号", "受理日期", "调解结果", "协议形式", title]]
        return rows + [
            [i, f"（2024）某调字第{i}号", "2024-03-01", "调解成功", "书面", a] for i, a in enumerate(amounts, first)
        ]

    document = docx.Document()
    for paragraphs, rows in (
        (["一、人民调解案件登记台账（上半年）", "单位：万元"], register(1, "补贴金额", [0.005, 0.01, 0.03, 0.02])),
        (["二、人民调解案件登记台账（下半年）"], register(5, "补贴金额", [50, 100, 300, 200])),
    ):
        for text in paragraphs:
            document.add_paragraph(text)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = str(value)
    document.save(tmp_path / "司法所2024年度工作台账.docx")
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.subsidy_yuan"] == 650 + 650
    # The table is named by its title, not by the line stating its unit.
    assert [(r["sheet"], r["cell"]) for r in codes(result, "column.unit_above")] == [
        ("一、人民调解案件登记台账（上半年）", "F1")
    ]


def test_a_word_table_going_on_under_a_续表_line_keeps_the_unit_stated_above_its_first_part(tmp_path):
    # 单位：万元 stated once, over the first part; the part after the page break under 续表 with its header typed again.
    # Read alone, the second part's 0.01 万元 had been 0.01 元: the subsidy 800.04 where 1,200 was due.
    import docx

    head = ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额"]
    document = docx.Document()
    for paragraphs, numbers, amount in (
        (["某镇2024年人民调解案件登记台账", "单位：万元"], range(1, 5), 0.02),
        (["续表"], range(5, 9), 0.01),
    ):
        for text in paragraphs:
            document.add_paragraph(text)
        rows = [head, *[[i, f"（2024）某调字第{i}号", f"2024-0{i}-05", "调解成功", "书面", amount] for i in numbers]]
        table = document.add_table(rows=len(rows), cols=len(head))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = str(value)
    document.save(tmp_path / "调解台账.docx")
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (8, 4 * 200 + 4 * 100)
    assert [r["sheet"] for r in codes(result, "column.unit_above")] == [
        "某镇2024年人民调解案件登记台账",
        "某镇2024年人民调解案件登记台账（续表）",
    ]


def test_sign_in_sheets_of_a_session_or_of_the_counsels_duty_days_are_no_ledgers(tmp_path):
    # A 法律明白人培训签到表 (a row per person attending) and a 法律顾问值班签到表 (值班日期, 签到时间, 签退时间) kept among
    # the ledgers: the duty sheet, read as a counsel log without 服务类型, had refused the log's figures (probe H).
    sessions = [
        ["序号", "培训日期", "培训内容", "培训对象", "参训人数"],
        [1, "2024-04-18", "法律明白人骨干培训", "法律明白人", 36],
        [2, "2024-09-10", "法律明白人线上培训", "法律明白人", 58],
    ]
    signed = [
        ["某镇2024年“法律明白人”培训签到表"],
        ["序号", "姓名", "所在村（社区）", "签名"],
        *[[i, f"某某{i}", "某村", None] for i in range(1, 6)],
    ]
    log = [
        ["序号", "服务日期", "服务类型", "数量", "服务对象"],
        [1, "2024-03-05", "法律咨询", 3, "某村"],
        [2, "2024-04-09", "出具法律意见书", 1, "镇人民政府"],
    ]
    duty = [
        ["某镇法律顾问到村值班签到表（2024年）"],
        ["序号", "值班日期", "值班地点", "法律顾问", "签到时间", "签退时间", "接待人数"],
        *[[i, f"2024-{i:02d}-15", "某村", "甲某", "09:00", "12:00", 2] for i in range(1, 4)],
    ]
    builders.xlsx(tmp_path / "培训台账.xlsx", {"台账": sessions})
    builders.xlsx(tmp_path / "培训签到表.xlsx", {"签到": signed})
    builders.xlsx(tmp_path / "法律顾问服务台账.xlsx", {"台账": log})
    builders.xlsx(tmp_path / "值班签到表.xlsx", {"签到": duty})
    result = clean(tmp_path)
    assert not [r for r in result.issues.to_dict("records") if r["level"] == "错误"]
    assert len(codes(result, "sheet.other_document")) == 2
    got = builders.figures(result)
    assert (got["training.legal_literacy_sessions"], got["counsel.consultations"], got["counsel.opinions"]) == (2, 3, 1)


def _sign_in_sheet(title: str, day: str, persons: int) -> list[list]:
    """A session's own 签到表 as offices print one per session: the date, place and topic typed above the roster."""
    return [
        [title],
        [f"培训时间：{day}上午9:00　　培训地点：镇政府会议室"],
        ["培训内容：民法典婚姻家庭编"],
        ["序号", "姓名", "单位", "签名"],
        *[[i, f"某某{i}", "某村", "已签" if i % 2 else None] for i in range(1, persons + 1)],
    ]


def test_sign_in_sheet_per_session_is_one_session_its_roster_the_attendance(tmp_path):
    # 荷塘镇: the 法律明白人 sessions kept only as a folder of 签到表, one file a session (no register). Each states its
    # day above its roster: one session, its filled names its attendance; the 机关干部's sheet is a session of
    # another audience. Before: every such sheet was set aside as a sign-in sheet and the count had no evidence.
    builders.xlsx(tmp_path / "签到表" / "20240118法律明白人培训签到表.xlsx",
                  {"签到表": _sign_in_sheet("某镇法律明白人培训签到表", "2024年1月18日", 12)})  # fmt: skip
    builders.xlsx(tmp_path / "签到表" / "法律明白人培训签到表（土地承包法）.xlsx",
                  {"签到表": _sign_in_sheet("某镇法律明白人培训签到表", "2024年5月9日", 7)})  # fmt: skip
    builders.xlsx(tmp_path / "签到表" / "20240502机关干部学法培训签到表.xlsx",
                  {"签到表": _sign_in_sheet("某镇机关干部学法培训签到表", "2024年5月2日", 9)})  # fmt: skip
    result = clean(tmp_path)
    assert not [r for r in result.issues.to_dict("records") if r["level"] == "错误"]
    got = builders.figures(result)
    assert got["training.legal_literacy_sessions"] == 2
    assert sorted(result.tables["training"]["participants"].tolist()) == [7, 9, 12]


def test_sign_in_sheet_of_a_session_of_last_december_named_by_its_day_is_no_other_years_book(tmp_path):
    # 20231220法律明白人培训签到表.xlsx beside this year's sheets: the name gives the day of its one session, not the year
    # of a book sent by mistake (file.wrong_year had refused the folder's count). The session is simply not 2024's.
    builders.xlsx(tmp_path / "20231220法律明白人培训签到表.xlsx",
                  {"签到表": _sign_in_sheet("某镇法律明白人培训签到表", "2023年12月20日", 10)})  # fmt: skip
    builders.xlsx(tmp_path / "20240311法律明白人培训签到表.xlsx",
                  {"签到表": _sign_in_sheet("某镇法律明白人培训签到表", "2024年3月11日", 10)})  # fmt: skip
    result = clean(tmp_path)
    assert codes(result, "file.wrong_year") == []
    assert builders.figures(result)["training.legal_literacy_sessions"] == 1


def test_sign_in_sheet_of_a_session_the_register_lists_is_its_evidence_counted_once(tmp_path):
    # A register of sessions and, beside it, the dated 签到表 of one of them (same day, same audience) and of one
    # session the register missed: the first counted once (the register's), the second counted on its own.
    sessions = [
        ["序号", "培训日期", "培训内容", "培训对象", "参训人数"],
        [1, "2024-04-18", "法律明白人骨干培训", "法律明白人", 36],
        [2, "2024-09-10", "法律明白人线上培训", "法律明白人", 58],
    ]
    builders.xlsx(tmp_path / "培训台账.xlsx", {"台账": sessions})
    builders.xlsx(
        tmp_path / "0418签到表.xlsx", {"签到表": _sign_in_sheet("某镇法律明白人培训签到表", "2024年4月18日", 5)}
    )
    builders.xlsx(
        tmp_path / "1105签到表.xlsx", {"签到表": _sign_in_sheet("某镇法律明白人培训签到表", "2024年11月5日", 5)}
    )
    result = clean(tmp_path)
    assert [r["file"] for r in codes(result, "row.roster_listed")] == ["0418签到表.xlsx"]
    assert builders.figures(result)["training.legal_literacy_sessions"] == 3


def test_meeting_minutes_extract_and_activity_record_forms_are_sessions_of_their_audience(tmp_path):
    # 荷塘镇: 中心组学法 kept as a 会议记录 extract a meeting (时间, 地点, 主持人, 参加人员, 学法内容, 主讲人 down a
    # column; the audience the 中心组 of its sheet's name, 参加人员 being no audience's column) and a 普法 activity as its
    # 活动记录表 (label | value | label | value, 参与人数 约200人). Before: no kind knew 学法内容, 主持人, 活动时间 or
    # 活动对象, and each file was an unknown ledger.
    minutes = [
        ["时间", "2024年3月5日"],
        ["地点", "镇政府三楼会议室"],
        ["主持人", "甲某（党委书记）"],
        ["参加人员", "中心组成员"],
        ["学法内容", "学习《宪法》"],
        ["主讲人", "乙某（司法所所长）"],
    ]
    activity = [
        ["某镇普法活动记录表"],
        ["活动名称", "宪法进村宣传", "活动时间", "2024.6.7"],
        ["活动地点", "某村", "活动形式", "集中宣传"],
        ["活动对象", "村民群众", "组织单位", "镇司法所"],
        ["参与人数", "约200人", None, None],
    ]
    builders.xlsx(tmp_path / "0807中心组学法记录.xlsx", {"党委理论学习中心组学习会议记录（摘录）": minutes})
    builders.xlsx(tmp_path / "普法活动记录表1.xlsx", {"活动记录表": activity})
    result = clean(tmp_path)
    assert codes(result, "file.unknown_kind") == []
    table = result.tables["training"]
    assert sorted(table["audience"].tolist()) == ["群众", "领导干部"]
    assert builders.figures(result)["training.legal_literacy_sessions"] == 0


def test_a_mediators_share_that_cannot_be_read_leaves_the_subsidy_unknown_never_lower(tmp_path):
    rows = [
        ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "调解员", "补贴金额（元）"],
        [1, "（2024）某调字第1号", "2024-03-01", "调解成功", "书面", "甲某", 150],
        [2, "（2024）某调字第1号", "2024-03-01", "调解成功", "书面", "乙某", "#REF!"],
    ]
    builders.xlsx(tmp_path / "调解.xlsx", {"登记台账": rows})
    got = builders.figures(clean(tmp_path))
    assert got["mediation.cases"] == 1 and got["mediation.subsidy_yuan"] is None


def test_a_case_listed_a_row_per_party_with_its_subsidy_on_each_row_pays_it_once(tmp_path):
    # A party's title, or 当事人 merged over 身份 | 姓名: names no field's title claims, never taken for 调解员.
    for title, second in (("申请人", None), ("当事人", ["", "", "", "", "", "身份", "姓名", ""])):
        rows = [
            ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", title, None, "补贴金额（元）"],
            *([second] if second else []),
            [1, "（2024）某调字第1号", "2024-03-01", "调解成功", "书面", "申请人", "甲某", 300],  # parties: not paid
            [2, "（2024）某调字第1号", "2024-03-01", "调解成功", "书面", "被申请人", "乙某", 300],
            [3, "（2024）某调字第2号", "2024-04-01", "调解成功", "口头", "申请人", "丙某", 100],
            [4, "（2024）某调字第2号", "2024-04-01", "调解成功", "口头", "被申请人", "丁某", 100],
        ]
        merged = {"登记台账": ["F1:G1", *(f"{c}1:{c}2" for c in "ABCDEH")]} if second else None
        builders.xlsx(tmp_path / title / "调解.xlsx", {"登记台账": rows}, merged)
        result = clean(tmp_path / title)
        got = builders.figures(result)
        assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (2, 400), title
        assert not codes(result, "sheet.shares_summed")


def test_an_agreement_form_written_in_the_result_is_the_cases_form(tmp_path):
    """调解结果 达成口头协议 / 达成书面协议 and no 协议形式 column: the form is in the result. Before, 口头 and 书面
    were unknown (the register had no column for them)."""
    rows = [["编号", "调解日期", "纠纷类别", "调解结果"]]
    results = ["达成口头协议", "达成书面协议", "达成书面协议", "未达成协议", "达成口头协议", "达成口头协议"]
    rows += [[f"2024-{i:03d}", f"2024年{i}月{i}日", "邻里纠纷", r] for i, r in enumerate(results, 1)]
    builders.xlsx(tmp_path / "人民调解登记.xlsx", {"2024": rows})
    got = builders.figures(builders.clean(tmp_path))
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (5, 3, 2)


def test_a_success_whose_result_names_no_form_leaves_the_forms_unknown(tmp_path):
    """Beside results naming their form, a bare 调解成功 names none: its form is missing, never 口头 or 书面 by
    default, and the message says where it was looked for."""
    rows = [["编号", "调解日期", "纠纷类别", "调解结果"]]
    rows += [[f"2024-{i:03d}", f"2024-03-0{i}", "邻里纠纷", r] for i, r in enumerate(["达成口头协议", "调解成功"], 1)]
    builders.xlsx(tmp_path / "人民调解登记.xlsx", {"2024": rows})
    result = builders.clean(tmp_path)
    got = builders.figures(result)
    assert got["mediation.cases"] == 2 and got["mediation.oral"] is None and got["mediation.written"] is None
    (blank,) = builders.codes(result, "cell.required_blank")
    assert (blank["cell"], blank["header"]) == ("D3", "调解结果中的协议形式")


def test_a_subsidy_column_titled_案件补贴_is_the_cases_subsidy(tmp_path):
    """案件补贴 (50元, 100元 in the cells) beside 是否调解成功 and 协议类型: the subsidy was an unknown column, the
    year's 以案定补 unknown."""
    rows = [["案号", "申请日期", "纠纷种类", "是否调解成功", "协议类型", "案件补贴"]]
    cases = [("是", "口头协议", "50元"), ("是", "书面协议", "100元"), ("否", "", "")]
    rows += [[f"某人调〔2024〕{i}号", f"2024.3.{i}", "婚姻家庭纠纷", *case] for i, case in enumerate(cases, 1)]
    builders.xlsx(tmp_path / "人民调解台账.xlsx", {"上半年": rows})
    assert builders.figures(builders.clean(tmp_path))["mediation.subsidy_yuan"] == 150


def test_a_watch_list_kept_as_two_sheets_each_numbered_from_one_counts_every_person(tmp_path):
    # 在册人员 and 已核减人员 sheets, 序号 restarting at 1, no 身份证号码 column: before, the 序号 stood in for the
    # ID number, so 在册 person 1 and 核减 person 1 were "one record, two states" (every figure withheld) and each
    # 序号 was an ID number of the wrong length. A row's number is no person's ID number.
    head = ["序号", "姓名", "联系电话", "户籍地", "是否取得联系"]
    builders.xlsx(
        tmp_path / "涉诈高危人员管控台账.xlsx",
        {
            "在册人员": [["涉诈高危人员在册名单"], head, [1, "甲某", "13600000001", "一村", "是"],
                         [2, "乙某", "13600000002", "二村", "否"], [3, "丙某", "13600000003", "二村", "是"]],
            "已核减人员": [["涉诈高危人员核减名单"], [*head, "核减时间"], [1, "丁某", "13600000004", "一村", "是", "2024-05-01"]],
        },
    )  # fmt: skip
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.remaining"], got["fraud_watch.removed"], got["fraud_watch.contacted"]) == (3, 1, 2)
    assert codes(result, "id.malformed") == [] and codes(result, "row.copies_differ") == []


def test_a_watch_list_answering_是否见面核查_is_read_and_a_是否_column_is_never_its_status(tmp_path):
    # 是否见面核查 已见面/未见面（外出）: who was reached. Before, an unknown column: the contacted count withheld.
    rows = [
        ["序号", "姓名", "联系电话", "户籍地", "状态", "是否见面核查"],
        [1, "甲某", "13400000001", "一村", "在册", "已见面"],
        [2, "乙某", "13400000002", "二村", "在册", "未见面（外出）"],
        [3, "丙某", "13400000003", "二村", "已核减", "已见面"],
    ]
    builders.xlsx(tmp_path / "涉诈高危人员管控台账.xlsx", {"Sheet1": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["fraud_watch.remaining"], got["fraud_watch.removed"], got["fraud_watch.contacted"]) == (2, 1, 1)
    # No 状态 column, a 是否外出务工 one (是/否): who was removed is unknown, never read from it.
    rows = [
        ["序号", "姓名", "联系电话", "户籍地", "是否外出务工", "是否取得联系"],
        [1, "甲某", "13300000001", "一村", "是", "是"],
        [2, "乙某", "13300000002", "二村", "否", "是"],
        [3, "丙某", "13300000003", "二村", "否", "否"],
    ]
    builders.xlsx(tmp_path / "b" / "涉诈高危人员管控台账.xlsx", {"Sheet1": rows})
    got = builders.figures(clean(tmp_path / "b"))
    assert got["fraud_watch.removed"] is None and got["fraud_watch.remaining"] is None


def test_a_dispute_register_ticking_是否化解_counts_the_ticks_as_resolved(tmp_path):
    # 是否化解 answered √ / ×, a blank column between: before, every mark was an unknown value and the
    # resolved count and rate of the whole ledger were withheld.
    rows = [
        ["矛盾纠纷排查化解台账（2024年）"],
        ["排查编号", "排查日期", "", "村居", "矛盾纠纷类型", "是否化解", "备注"],
        ["XL-001", "2024/1/8", "", "一村", "邻里纠纷", "√", ""],
        ["XL-002", "2024/2/19", "", "二村", "合同纠纷", "×", "已移交法院"],
        ["XL-003", "2024/3/30", "", "一村", "交通事故", "√", ""],
        ["XL-004", "2024/8/8", "", "三村", "劳务", "✓", ""],
    ]
    builders.csv_file(tmp_path / "矛盾纠纷排查化解台账.csv", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 3)
    assert codes(result, "vocab.unknown") == []
    # A mark is read only under a title that asks the question: a ticked 是否重大纠纷 is never the 化解状态.
    other = [["编号", "排查日期", "村（社区）", "纠纷类型", "是否重大纠纷"], ["A1", "2024-03-01", "一村", "邻里", "√"],
             ["A2", "2024-04-01", "二村", "合同", "×"], ["A3", "2024-05-01", "二村", "邻里", "×"]]  # fmt: skip
    builders.xlsx(tmp_path / "b" / "矛盾纠纷排查化解台账.xlsx", {"Sheet1": other})
    assert builders.figures(clean(tmp_path / "b"))["disputes.resolved"] is None


@pytest.mark.parametrize("chosen", ["☑", "■"])
def test_a_word_register_boxing_its_status_in_a_column_per_option_counts_the_filled_boxes(tmp_path, chosen):
    # A 司法所's 年度工作台账 kept in Word: 已化解 | 化解中 | 未化解 each a column, the option chosen boxed ☑ or ■
    # and □ left in the others. Before, a lone box was no mark: the columns were not read as one status and
    # the register was refused (化解状态 missing), its screened count withheld with the rest.
    rows = [
        ["序号", "排查日期", "村（社区）", "纠纷类型", "已化解", "化解中", "未化解"],
        ["1", "2024.3.5", "一村", "邻里纠纷", chosen, "□", "□"],
        ["2", "2024.4.9", "", "山林土地", chosen, "□", "□"],
        ["3", "2024.6.1", "二村", "合同纠纷", "□", chosen, "□"],
        ["4", "2024.9.18", "", "婚姻家庭", "□", "□", chosen],
    ]
    merges = [(1, 2, 2, 2), (3, 2, 4, 2)]  # the village merged down its records (vMerge)
    builders.docx_table(tmp_path / "司法所年度工作台账.docx", "二、矛盾纠纷排查化解台账", rows, merges)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)
    assert codes(result, "column.missing") == [] and codes(result, "tick.several") == []


def test_a_petition_register_answering_是否化解_is_read_and_its_answers_left_to_the_office(tmp_path):
    # Before, 是否化解 was no status column: the register was refused and even the assigned count withheld.
    # 否 may be still in hand or ended unresolved, so resolved and in progress stay unknown.
    rows = [
        ["信访编号", "交办单位", "信访人", "反映问题", "交办日期", "是否化解"],
        ["A1", "省联办", "甲某", "土地", "2024-03-01", "是"],
        ["A2", "市联办", "乙某", "补偿", "2024-04-01", "否"],
        ["A3", "本级受理", "丙某", "道路", "2024-05-01", "是"],
    ]
    builders.xlsx(tmp_path / "信访事项台账.xlsx", {"Sheet1": rows})
    got = builders.figures(clean(tmp_path))
    assert got["petitions.assigned"] == 2
    assert got["petitions.resolved"] is None and got["petitions.in_progress"] is None


def test_a_交办层级_written_as_the_level_and_未办结_items_are_read(tmp_path):
    # 交办层级 省级 / 市级 / 县级 and 办理状态 未办结 (not concluded yet): before, the levels were unknown (the
    # assigned count withheld) and 未办结 was assumed 未化解 (in progress read as 0).
    rows = [
        ["信访编号", "交办层级", "信访人", "交办日期", "办理状态"],
        ["PB-1", "省级", "甲某", "2024.3.5", "已办结"],
        ["PB-2", "市级", "乙某", "2024.6.15", "未办结"],
        ["PB-3", "县级", "丙某", "2024.10.1", "已办结"],
    ]
    builders.csv_file(tmp_path / "信访台账.csv", rows)
    got = builders.figures(clean(tmp_path))
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (3, 2, 1)


def test_a_counsel_log_reviewing_normative_documents_counts_them_as_document_reviews(tmp_path):
    # 审核规范性文件 (the verb first, as 审核文书 is written): before, an unknown service that withheld all four
    # counsel figures.
    rows = [
        ["法律顾问服务台账（2024年）"],
        ["日期", "服务类别", "数量（件/次）", "服务对象", "顾问姓名"],
        ["2024年3月5日", "法律咨询", "3", "乡政府", "甲某"],
        ["2024年4月6日", "出具法律意见", "1", "乡政府", "甲某"],
        ["2024年5月7日", "审核规范性文件", "2", "乡政府", "甲某"],
        ["2024年7月9日", "法治讲座", "1", "二村", "甲某"],
    ]
    builders.csv_file(tmp_path / "法律顾问服务台账.csv", rows, encoding="gbk")
    got = builders.figures(clean(tmp_path))
    assert (got["counsel.consultations"], got["counsel.opinions"], got["counsel.document_reviews"]) == (3, 1, 2)
    assert got["counsel.legal_aid"] == 0


def test_a_dispute_register_grading_risk_高_中_低_raises_no_error(tmp_path):
    # 风险等级 on the three-level scale (高/中/低) instead of the colours: before, every row an error
    # (不在规定选项中) on a field no figure counts.
    rows = [
        ["编号", "排查日期", "纠纷类型", "化解状态", "风险等级"],
        ["LG-1", "2024-01-03", "邻里", "已化解", "低"],
        ["LG-2", "2024-01-09", "合同", "调解中", "中风险"],
        ["LG-3", "2024-02-03", "婚姻家庭", "已化解", "高"],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账（2024年）.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 2)
    assert codes(result, "vocab.unknown") == []
    assert builders.table_counts(result.tables["disputes"], "risk_level") == {"低": 1, "中": 1, "高": 1}


# --- 蒲塘乡 (the thirty-fifth town): the smaller kinds as rules and systems have offices keep them -----------------


def test_a_leaders_appearance_is_answered_by_出庭负责人_never_by_a_是否出声_column(tmp_path):
    # 出庭要出声: whether the leader spoke in court is another question; a leader who appeared and kept silent
    # appeared. A 是否 column shares only the generic 是否 with 是否出庭应诉, and every yes/no column holds 是/否.
    rows = [
        ["序号", "案号", "开庭日期", "出庭负责人", "职务", "是否出声"],
        [1, "（2023）黔0399行初1号", "2023-03-01", "王某某", "乡长", "是"],
        [2, "（2023）黔0399行初2号", "2023-05-01", "李某某", "副乡长", "否"],
        [3, "（2023）黔0399行初3号", "2023-07-01", "未出庭（委托工作人员）", None, "/"],
    ]
    builders.xlsx(tmp_path / "行政应诉案件台账.xlsx", {"应诉": rows})
    result = clean(tmp_path, year=2023)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (3, 2)
    assert not [r for r in codes(result, "column.by_content") if r["field"] == "leader_appeared"]
    assert not codes(result, "cell.required_blank")


def test_a_case_type_written_as_the_article_of_the_law_is_read_by_the_offence_in_its_brackets(tmp_path):
    rows = [
        ["序号", "受理日期", "案件性质", "拘留人数"],
        [1, "2023-03-01", "违反《治安管理处罚法》第六十六条（卖淫、嫖娼）", 2],
        [2, "2023-04-01", "违反《治安管理处罚法》第七十条（赌博）", 1],
        [3, "2023-05-01", "违反《治安管理处罚法》第四十五条（虐待家庭成员）", 1],
        [4, "2023-06-01", "《反家庭暴力法》第十六条（家庭暴力告诫）", 0],
        [5, "2023-07-01", "违反《治安管理处罚法》第四十三条（殴打他人）", 1],
    ]
    # The title names both sorts: no sort of all rows may be taken from it.
    builders.xlsx(tmp_path / "治安案件及家暴告诫登记台账.xlsx", {"登记": rows})
    result = clean(tmp_path, year=2023)
    got = builders.figures(result)
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (1, 2)
    assert (got["security.dv_warnings"], got["security.dv_detentions"]) == (1, 1)
    assert not codes(result, "vocab.unknown")
    assert not codes(result, "column.from_context")


def test_a_2026_ledger_citing_the_articles_of_the_revised_law_alone_counts_its_offences(tmp_path):
    # 治安管理处罚法 as revised in 2025 (in force 2026-01-01): 第七十八条 卖淫、嫖娼, 第八十二条 赌博. A 2026 register
    # citing the articles alone counts them; the same articles in a 2025 register name no offence (第八十二条 was 传唤).
    rows = [
        ["序号", "受理日期", "案件性质", "拘留人数"],
        [1, "2026-03-01", "违反《治安管理处罚法》第七十八条", 2],
        [2, "2026-04-01", "违反《治安管理处罚法》第八十二条第一款", 1],
        [3, "2026-05-01", "违反《中华人民共和国治安管理处罚法》第78条", 1],
    ]
    builders.xlsx(tmp_path / "a" / "治安案件登记台账.xlsx", {"登记": rows})
    got = builders.figures(clean(tmp_path / "a", year=2026))
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (2, 3)
    last_year = [rows[0]] + [[n, d.replace("2026", "2025"), t, k] for n, d, t, k in rows[1:]]
    builders.xlsx(tmp_path / "b" / "治安案件登记台账.xlsx", {"登记": last_year})
    result = clean(tmp_path / "b", year=2025)
    assert sorted(r["value"] for r in codes(result, "vocab.unknown")) == sorted(t for _, _, t, _ in last_year[1:])


def test_brackets_naming_two_offences_name_no_type(tmp_path):
    rows = [
        ["序号", "受理日期", "案件性质"],
        [1, "2023-03-01", "违反《治安管理处罚法》第六十六条（卖淫、嫖娼）"],
        [2, "2023-04-01", "违反《治安管理处罚法》（卖淫、嫖娼）（赌博）"],
    ]
    builders.xlsx(tmp_path / "治安案件登记台账.xlsx", {"登记": rows})
    result = clean(tmp_path, year=2023)
    assert [r["value"] for r in codes(result, "vocab.unknown")] == ["违反《治安管理处罚法》（卖淫、嫖娼）（赌博）"]


def test_a_watch_list_kept_by_列管日期_and_撤管日期_tells_who_is_off_the_list_by_the_date(tmp_path):
    rows = [
        ["序号", "姓名", "身份证号码", "列管日期", "撤管日期", "撤管原因", "是否见面核查"],
        [1, "张某某", None, "2022-05-01", "2023-03-08", "经核查排除风险", "是"],
        [2, "李某某", None, "2022-06-01", None, None, "是"],
        [3, "王某某", None, "2022-07-01", "/", None, "否"],  # a placeholder is no date: still listed
        [4, "赵某某", None, "2022-08-01", None, None, "是"],
        [5, "钱某某", None, "2022-09-01", "在管", None, "是"],  # the status in words: read as written
    ]
    builders.xlsx(tmp_path / "涉诈重点人员列管台账.xlsx", {"列管台账": rows})
    result = clean(tmp_path, year=2023)
    got = builders.figures(result)
    assert (got["fraud_watch.removed"], got["fraud_watch.remaining"], got["fraud_watch.contacted"]) == (1, 4, 3)
    assert not codes(result, "column.missing")
    # Words that are neither a date nor a status (待核实) are never a removal: the office is asked.
    rows[5][4] = "待核实"
    builders.xlsx(tmp_path / "涉诈重点人员列管台账.xlsx", {"列管台账": rows})
    result = clean(tmp_path, year=2023)
    assert [r["value"] for r in codes(result, "vocab.unknown")] == ["待核实"]
    assert builders.figures(result)["fraud_watch.removed"] is None


def test_exam_counts_typed_as_实考_over_应考_in_one_cell_are_both_read(tmp_path):
    rows = [
        ["2023年度学法考试参考情况"],
        ["序号", "单位（科室）", "参考情况（实考/应考）", "参考率"],
        [1, "党政办", "8/9", "89%"],
        [2, "司法所", "３／３", "100%"],
        [3, "财政所", "4/5", "80%"],
        ["合计", None, "15/17", "88.2%"],
    ]
    sessions = [
        ["序号", "培训日期", "培训名称", "培训对象", "参训人数"],
        [1, "2023-03-09", "法律明白人培训会", "法律明白人", 38],
        [2, "2023-04-20", "行政执法人员培训", "行政执法人员", 11],
    ]
    builders.xlsx(tmp_path / "学法用法台账.xlsx", {"普法培训": sessions, "学法考试": rows})
    result = clean(tmp_path, year=2023)
    got = builders.figures(result)
    assert got["training.exam_coverage"] == round(15 / 17, 4)
    # The exam's rows by office have no 培训对象 and are no sessions: the sessions' count stands.
    assert got["training.legal_literacy_sessions"] == 1
    assert [r["header"] for r in codes(result, "column.shared")] == ["参考情况（实考/应考）"]


def test_a_title_joining_one_sort_to_the_kinds_own_words_gives_no_sort_of_every_row(tmp_path):
    # 治安案件及家庭暴力告诫登记台账 covers public-order cases of every sort and the warnings: without a type column
    # each row's sort is unknown, never 家暴告诫书 for all (24 warnings where there were 9).
    rows = [["序号", "受理日期", "违法行为人", "拘留人数"]]
    rows += [[i, f"2023-0{i}-01", "某某", 1] for i in range(1, 5)]
    builders.xlsx(tmp_path / "治安案件及家庭暴力告诫登记台账.xlsx", {"登记台账": rows})
    result = clean(tmp_path, year=2023)
    got = builders.figures(result)
    assert got["security.dv_warnings"] is None and got["security.vice_cases"] is None
    assert not codes(result, "column.from_context") and not codes(result, "file.unknown_kind")
    assert [r["field"] for r in codes(result, "column.missing")] == ["case_type"]


def test_a_title_naming_one_sort_alone_still_gives_it_to_every_row(tmp_path):
    rows = [["序号", "出具日期", "被告诫人"], [1, "2023-03-01", "某某"], [2, "2023-04-01", "某某"]]
    builders.xlsx(tmp_path / "家庭暴力告诫书及回访登记台账.xlsx", {"登记": rows})
    result = clean(tmp_path, year=2023)
    assert builders.figures(result)["security.dv_warnings"] == 2


def test_a_backlog_book_named_for_this_year_beside_the_years_own_book_is_no_other_years_book(tmp_path):
    # 信访积案化解台账（2023年）: items assigned in 2021 and 2022, resolved this year, kept as a book of its own.
    header = ["信访编号", "交办单位", "交办日期", "办理状态"]
    year = [header, *[[f"PT2023{i:03d}", "县联办", f"2023-0{i}-05", "已化解"] for i in range(1, 4)]]
    backlog = [header, *[[f"PT2022{i:03d}", "县联办", f"2022-0{i}-05", "已化解"] for i in range(1, 6)]]
    builders.xlsx(tmp_path / "信访事项办理台账（2023年）.xlsx", {"信访事项": year})
    builders.xlsx(tmp_path / "信访积案化解台账（2023年）.xlsx", {"积案化解": backlog})
    result = clean(tmp_path, year=2023)
    assert result.failed_files == [] and not codes(result, "file.wrong_year")
    assert builders.figures(result)["petitions.assigned"] == 3
    assert len(codes(result, "row.out_of_year")) == 5
    # Alone, the same book is still named as another year's: nothing of the year would stand behind a 0.
    (tmp_path / "信访事项办理台账（2023年）.xlsx").unlink()
    result = clean(tmp_path, year=2023)
    assert [r["file"] for r in codes(result, "file.wrong_year")] == ["信访积案化解台账（2023年）.xlsx"]


# --- the annual 行政执法统计年报's data tables, and a mediation platform's export without a 调解结果 ---------------------


def _annual_report_tables(licensing: list, others: list) -> list[list]:
    """The 行政执法统计年报's data tables one under another in one sheet, each named only by its title: 表一 the
    penalties' kinds under a merged 行政处罚实施数量（宗） with 合计（宗）, 表二 licensing, 表三 coercion, 表四 the
    other acts in 次数."""
    return [
        ["某镇2024年度行政执法数据表"],
        ["表一  某镇2024年度行政处罚实施情况统计表"],
        ["行政处罚实施数量（宗）", None, None, None, "罚没金额（万元）"],
        ["警告、通报批评", "罚款", "没收违法所得、没收非法财物", "合计（宗）", None],
        [2, 5, 1, 8, 1.2],
        ["说明：并处两种以上行政处罚的，算一宗行政处罚，计入最重的行政处罚类别。"],
        [],
        ["表二  某镇2024年度行政许可实施情况统计表"],
        ["申请数量", "受理数量", "许可数量", "不予许可数量", "撤销许可数量"],
        licensing,
        [],
        ["表三  某镇2024年度行政强制实施情况统计表"],
        ["行政强制措施实施数量（宗）", "行政强制执行实施数量（宗）", "申请法院强制执行数量（宗）"],
        [2, 1, 0],
        [],
        ["表四  某镇2024年度其他行政执法行为实施情况统计表"],
        [
            "行政征收次数",
            "行政检查次数",
            "行政确认次数",
            "行政给付次数",
            "行政裁决次数",
            "行政奖励次数",
            "其他行政执法行为次数",
        ],
        others,
    ]


def test_an_annual_report_of_one_table_per_category_states_each_and_their_sum(tmp_path):
    # Licensing cases are the decisions of the year, to licence and to refuse (20 + 2), not the applications
    # (25) or acceptances (24), nor the revocation of an old licence; each 次数 of 表四 is its category's count;
    # with every category stated and no grand total, the cases are their sum (8 + 22 + 3 + 31 + 6 + 4 + 1 + 2).
    rows = _annual_report_tables([25, 24, 20, 2, 1], [0, 31, 6, 4, 0, 1, 2])
    builders.xlsx(
        tmp_path / "某镇2024年度行政执法统计年报.xlsx", {"数据表": rows}, merged={"数据表": ["A3:D3", "E3:E4"]}
    )
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.penalty"], got["enforcement.licensing"], got["enforcement.coercion"]) == (8, 22, 3)
    assert (got["enforcement.inspection"], got["enforcement.confirmation"], got["enforcement.payment"]) == (31, 6, 4)
    assert (got["enforcement.levy"], got["enforcement.award"], got["enforcement.other"]) == (0, 1, 2)
    assert got["enforcement.cases"] == 8 + 22 + 3 + 31 + 6 + 4 + 1 + 2


def test_an_annual_report_missing_a_categorys_count_states_no_total(tmp_path):
    # 行政检查次数 left as — (not reported): the inspections are unknown, and so is the sum of all categories.
    rows = _annual_report_tables([25, 24, 20, 2, 1], [0, "—", 6, 4, 0, 1, 2])
    builders.xlsx(
        tmp_path / "某镇2024年度行政执法统计年报.xlsx", {"数据表": rows}, merged={"数据表": ["A3:D3", "E3:E4"]}
    )
    got = builders.figures(clean(tmp_path))
    assert got["enforcement.licensing"] == 22 and got["enforcement.confirmation"] == 6
    assert got["enforcement.inspection"] is None and got["enforcement.cases"] is None


def test_a_mediation_platforms_state_column_alone_is_the_cases_result(tmp_path):
    # A provincial mediation platform's case list has no 调解结果: its 调解状态 holds the outcome (调解成功, 调解失败,
    # 调解中, 已撤回 — the application withdrawn, no agreement — and 不予受理), its 协议类型 口头协议 / 书面协议 / 无.
    rows = [
        ["序号", "案件编号", "受理时间", "调解组织", "调解员", "调解状态", "协议类型"],
        [1, "TJ2024030001", "2024-03-05 10:21:33.0", "某村人民调解委员会", "甲某", "调解成功", "口头协议"],
        [2, "TJ2024040002", "2024-04-11 09:02:11", "某村人民调解委员会", "乙某", "调解失败", "无"],
        [3, "TJ2024050003", "2024-05-20 15:40:12.0", "某镇人民调解委员会", "甲某", "已撤回", "无"],
        [4, "TJ2024060004", "2024-06-24 08:30:45", "某镇人民调解委员会", "丙某", "调解成功", "书面协议"],
        [5, "TJ2024070005", "2024-07-08 14:00:00", "某镇人民调解委员会", "丙某", "调解中", "无"],
        [6, "TJ2024080006", "2024-08-19 11:11:11", "某镇人民调解委员会", "乙某", "调解成功", "口头协议"],
    ]
    builders.html_xls(tmp_path / "人民调解案件列表_导出.xls", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (3, 2, 1)
    assert not codes(result, "column.missing") and not codes(result, "vocab.unknown")
    # A 调解状态 that says only where the case stands (已结案) says nothing of success: never counted as one.
    for row in rows[1:]:
        row[5] = "已结案" if row[5] != "调解中" else row[5]
    builders.html_xls(tmp_path / "b" / "人民调解案件列表_导出.xls", rows)
    assert builders.figures(clean(tmp_path / "b"))["mediation.cases"] is None


def test_a_form_of_two_groups_each_closed_by_its_total_adds_both_totals(tmp_path):
    # The national 行政强制实施情况统计表: the measures' kinds under one merged title closed by its 合计, the executions'
    # kinds under another closed by theirs. The coercion cases are both totals (3 + 2), never the first alone.
    rows = [
        ["某镇2024年度行政强制实施情况统计表"],
        [
            "行政强制措施实施数量（宗）",
            None,
            None,
            "行政强制执行实施数量（宗）",
            None,
            None,
            "申请法院强制执行数量（宗）",
        ],
        ["查封场所、设施或者财物", "扣押财物", "合计", "代履行", "其他强制执行", "合计", None],
        [2, 1, 3, 1, 1, 2, 0],
    ]
    builders.xlsx(
        tmp_path / "某镇2024年度行政执法数据表.xlsx", {"表三": rows}, merged={"表三": ["A2:C2", "D2:F2", "G2:G3"]}
    )
    assert builders.figures(clean(tmp_path))["enforcement.coercion"] == 5


def test_a_coercion_table_in_a_file_named_as_a_new_file_is_told_by_its_title_alone(tmp_path):
    # 新建 Microsoft Excel 工作表.xlsx: nothing but the table's title 行政强制实施情况统计表 says what the counts are of.
    rows = [
        ["某镇2024年度行政强制实施情况统计表"],
        ["行政强制措施实施数量（宗）", "行政强制执行实施数量（宗）", "申请法院强制执行数量（宗）"],
        [3, 1, 0],
    ]
    builders.xlsx(tmp_path / "新建 Microsoft Excel 工作表 (1).xlsx", {"Sheet1": rows})
    assert builders.figures(clean(tmp_path))["enforcement.coercion"] == 4


def test_a_mediation_form_with_agreement_forms_under_one_title_states_oral_and_written(tmp_path):
    # A 司法所's year form puts 协议形式 over 口头（件） and 书面（件）: the leaves alone name the agreements of each form.
    rows = [
        ["某镇司法所2024年人民调解工作统计表"],
        ["调解组织", "受理纠纷（件）", "调解成功（件）", "协议形式", None, "以案定补金额（元）"],
        [None, None, None, "口头（件）", "书面（件）", None],
        ["某镇人民调解委员会", 10, 9, 6, 3, 750],
        ["甲村人民调解委员会", 5, 5, 4, 1, 350],
        ["合计", 15, 14, 10, 4, 1100],
    ]
    merged = ["D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3"]
    builders.xlsx(tmp_path / "某镇司法所2024年人民调解工作统计表.xlsx", {"统计表": rows}, merged={"统计表": merged})
    got = builders.figures(clean(tmp_path))
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (14, 10, 4)
    assert got["mediation.subsidy_yuan"] == 1100


def test_a_system_export_with_a_field_name_row_coded_results_explained_in_its_notes_sheet_and_compact_moments(tmp_path):
    # 人民调解信息系统's xlsx: the titles, then the database's field names (ajbh, slsj, tjjg …) as a second header row;
    # 受理时间 as yyyyMMddHHmmss; 调解结果 and 协议形式 as dictionary codes explained in a 说明 sheet after the list,
    # written 1-调解成功，2-调解不成功 (a hyphen between code and word); a 合计 line under the records.
    cases = [
        ["序号", "案件编号", "受理时间", "调解结果", "协议形式", "以案定补金额（元）"],
        ["xh", "ajbh", "slsj", "tjjg", "xyxs", "yadbje"],
        [1, "TJ001", "20231228101530", 1, 1, 100],
        [2, "TJ002", "20240305142210", 1, 1, 100],
        [3, "TJ003", "20240412090102", 1, 2, 200],
        [4, "TJ004", 20240520160000, 2, None, 0],
        [5, "TJ005", "20241111083000", 3, None, 0],
        ["合计", None, None, None, None, 400],
    ]
    notes = [
        ["导出说明"],
        ["1. 本表由人民调解信息系统导出，导出时间：2025-01-06 10:02:11。"],
        ["2. 调解结果：1-调解成功，2-调解不成功，3-调解终止"],
        ["3. 协议形式：1-口头协议，2-书面协议"],
    ]
    builders.xlsx(tmp_path / "人民调解案件导出.xlsx", {"案件列表": cases, "说明": notes})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (2, 1, 1)
    assert got["mediation.subsidy_yuan"] == 300
    assert not codes(result, "date.unparseable") and not codes(result, "vocab.unknown")
    assert [r["row"] for r in codes(result, "row.out_of_year")] == [3]


def test_case_numbers_excel_cut_to_15_digits_tell_no_case_from_another(tmp_path):
    # An 18-digit 案件编号 (area code, date, running number) the system exported as a number: Excel keeps 15 significant
    # digits, so the two cases of 5 March share 339901202403050000. Each row is its own case, said once per sheet;
    # numbers typed as text keep telling copies apart.
    cases = [
        ["案件编号", "受理日期", "调解结果", "协议形式", "以案定补金额（元）"],
        [339901202403050000.0, "2024-03-05", "调解成功", "口头", 100],
        [339901202403050000.0, "2024-03-05", "调解成功", "书面", 200],
        [339901202404080000.0, "2024-04-08", "调解成功", "口头", 100],
    ]
    builders.xlsx(tmp_path / "调解导出.xlsx", {"案件列表": cases})
    text = [["案件编号", "受理日期", "调解结果", "协议形式", "以案定补金额（元）"],
            ["339901202405060001", "2024-05-06", "调解成功", "口头", 100]]  # fmt: skip
    builders.xlsx(tmp_path / "调解导出2.xlsx", {"案件列表": text, "副本": text})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (4, 3, 1)
    assert got["mediation.subsidy_yuan"] == 500
    assert len(codes(result, "case_no.rounded")) == 1 and len(codes(result, "row.duplicate")) == 1


def test_case_numbers_cut_to_15_digits_then_turned_to_text_still_tell_no_case_from_another(tmp_path):
    # The same export after the column was set to 文本 (or each number typed with '): the text is what Excel had
    # kept, 339901202403050000 twice. Two cases, not one typed twice; a number of 18 digits ending in 0001 is kept.
    cases = [
        ["案件编号", "受理日期", "调解结果", "协议形式", "以案定补金额（元）"],
        ["339901202403050000", "2024-03-05", "调解成功", "口头", 100],
        ["339901202403050000", "2024-03-05", "调解成功", "书面", 200],
        ["339901202404080001", "2024-04-08", "调解成功", "口头", 100],
    ]
    builders.xlsx(tmp_path / "调解导出.xlsx", {"案件列表": cases})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.written"], got["mediation.subsidy_yuan"]) == (3, 1, 400)
    assert len(codes(result, "case_no.rounded")) == 1 and codes(result, "row.duplicate") == []


def test_record_numbers_shaped_like_id_numbers_are_hidden_but_keep_their_records_apart(tmp_path):
    # A platform's 18-digit 矛盾纠纷编号 reads as an ID number to the privacy scan: masked, every dispute would carry
    # ［身份证号已隐去］ and the distinct count would be 1. Each number leaves as a keyed pseudonym instead; an event in two
    # quarterly exports (the query windows meet on 1 April) is one dispute.
    head = ["序号", "矛盾纠纷编号", "受理时间", "矛盾纠纷状态代码", "矛盾纠纷状态"]
    q1 = [head, [1, "663441902217363521", "2024-03-05 10:21:33", "03", "已化解"],
          [2, "663441902217363522", "2024-04-01 09:00:00", "02", "调处中"]]  # fmt: skip
    q2 = [head, [1, "663441902217363522", "2024-04-01 09:00:00", "02", "调处中"],
          [2, "663441902217363523", "2024-05-06 15:00:00", "03", "已化解"]]  # fmt: skip
    builders.csv_file(tmp_path / "矛盾纠纷导出_一季度.csv", q1, encoding="gbk")
    builders.csv_file(tmp_path / "矛盾纠纷导出_二季度.csv", q2, encoding="gbk")
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 2)
    numbers = result.tables["disputes"]["dispute_no"]
    assert numbers.nunique() == 3 and not numbers.str.contains("隐去|6634419022").any()


def test_an_exports_data_dictionary_sheet_explains_its_codes_and_is_neither_records_nor_a_form(tmp_path):
    # 字段说明 before the list: 字段名称 | 字段代码 | 类型 | 取值说明, a field a row. Read as a table its first column of
    # field names looked like a form's labels (a register turned sideways); it is the meaning of the list's codes.
    dictionary = [
        ["数据字典"],
        ["字段名称", "字段代码", "类型", "取值说明"],
        ["案件编号", "ajbh", "字符", None],
        ["受理日期", "slrq", "日期", "yyyy-MM-dd"],
        ["调解结果", "tjjg", "字典", "1-调解成功；2-调解不成功；3-调解终止"],
        ["协议形式", "xyxs", "字典", "1-口头协议；2-书面协议"],
    ]
    cases = [
        ["案件编号", "受理日期", "调解结果", "协议形式", "以案定补金额（元）"],
        ["M1", "2024-03-05", 1, 1, 100],
        ["M2", "2024-04-05", 1, 2, 200],
        ["M3", "2024-05-05", 2, None, 0],
        ["M4", "2024-06-05", 3, None, 0],
    ]
    builders.xlsx(tmp_path / "调解导出.xlsx", {"字段说明": dictionary, "案件列表": cases})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (2, 1, 1)
    assert got["mediation.subsidy_yuan"] == 300
    assert [r["sheet"] for r in codes(result, "sheet.other_document")] == ["字段说明"]
    assert not codes(result, "vocab.unknown") and len(result.tables["mediation"]) == 4


def test_an_event_listed_still_in_hand_in_one_quarterly_export_takes_how_it_ended_from_the_next(tmp_path):
    # The first quarter's query ends on 1 April and was run the next morning: the event of 1 April is 调处中 there, and
    # 已化解 in the second quarter's export. One dispute, resolved; no disagreement between the copies.
    head = ["序号", "矛盾纠纷编号", "受理时间", "矛盾纠纷状态"]
    q1 = [head, [1, "663441902217363521", "2024-03-05 10:21:33", "已化解"],
          [2, "663441902217363522", "2024-04-01 16:00:00", "调处中"]]  # fmt: skip
    q2 = [head, [1, "663441902217363522", "2024-04-01 16:00:00", "已化解"],
          [2, "663441902217363523", "2024-05-06 15:00:00", "未化解"]]  # fmt: skip
    builders.csv_file(tmp_path / "矛盾纠纷导出_一季度.csv", q1, encoding="gbk")
    builders.csv_file(tmp_path / "矛盾纠纷导出_二季度.csv", q2, encoding="gbk")
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 2)
    assert not codes(result, "row.copies_differ") and len(codes(result, "row.duplicate")) == 1


def test_a_register_naming_the_devolved_power_reads_each_cases_category_from_the_power(tmp_path):
    # A 综合行政执法 office acting under a county's 乡镇赋权事项清单 names each case's power as the list does, with no
    # 执法类别 column: the act after the last 的 is the power's kind, whatever the thing acted on names (许可证,
    # 安全检查); a licence's name (…许可证核发) names its kind alone.
    rows = [
        ["某镇综合行政执法办公室执法办案登记簿"],
        ["序号", "执法事项", "当事人", "决定书文号", "作出决定日期"],
        [1, "对在城镇道路两侧违法占道经营的处罚", "甲某", "某综执罚〔2024〕1号", "2024-02-01"],
        [2, "对未取得乡村建设规划许可证进行建设的行政处罚", "乙某", "某综执罚〔2024〕2号", "2024-03-01"],
        [3, "对燃气用户拒绝入户安全检查的处罚", "丙某", "某综执罚〔2024〕3号", "2024-04-01"],
        [4, "对户外广告设施设置的监督检查", "丁某", "某综执检〔2024〕1号", "2024-05-01"],
        [5, "对违法建设施工工具、材料的行政强制措施（查封、扣押）", "戊某", "某综执强〔2024〕1号", "2024-06-01"],
        [6, "乡村建设规划许可证核发", "己某", "某综执许〔2024〕1号", "2024-07-01"],
    ]
    builders.xlsx(tmp_path / "执法办案登记簿.xlsx", {"登记簿": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.inspection"]) == (6, 3, 1)
    assert (got["enforcement.coercion"], got["enforcement.licensing"]) == (1, 1)
    assert not codes(result, "column.missing")


def test_a_register_of_case_names_naming_no_kind_still_lacks_its_category(tmp_path):
    # 事项名称 that name the matter only (占道经营, 违法建房) say nothing of the kind: the category stays missing, an
    # error naming the column, never a guess.
    rows = [["序号", "执法事项", "决定书文号", "作出决定日期"]]
    rows += [[i, m, f"某〔2024〕{i}号", "2024-02-01"] for i, m in enumerate(["占道经营", "违法建房", "焚烧秸秆"], 1)]
    builders.xlsx(tmp_path / "执法办案登记簿.xlsx", {"登记簿": rows})
    result = clean(tmp_path)
    assert [r["field"] for r in codes(result, "column.missing")] == ["category"]
    assert builders.figures(result)["enforcement.cases"] is None


def test_a_page_subtotal_of_a_paper_register_is_checked_against_its_page_only(tmp_path):
    # A 登记簿 transcribed from paper keeps the book's page notes in data rows: 本页小计 closing the page, （转下页）,
    # （承上页） over the next page and 以下空白 after the last entry. None is a case; the page's subtotal sums its page,
    # not the whole table, so it disagrees with nothing here.
    head = ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "补贴金额"]
    page1 = [[i, f"（2024）某人调字第{i}号", f"2024-0{i}-05", "调解成功", "口头", "壹佰元"] for i in range(1, 4)]
    page2 = [[i, f"（2024）某人调字第{i}号", f"2024-0{i}-05", "调解成功", "书面", "200元"] for i in range(4, 6)]
    rows = [head, *page1, ["本页小计", None, None, "成功3件", None, "300元"], ["（转下页）"], ["（承上页）"], *page2]
    builders.xlsx(tmp_path / "人民调解案件登记簿.xlsx", {"登记簿": [*rows, ["以下空白"]]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (5, 3, 2)
    assert got["mediation.subsidy_yuan"] == 700
    assert not codes(result, "total.disagrees")
    # A page subtotal that its page does not add up to is named, with the page's sum.
    rows[4][5] = "400元"
    builders.xlsx(tmp_path / "b" / "人民调解案件登记簿.xlsx", {"登记簿": [*rows, ["以下空白"]]})
    (named,) = codes(clean(tmp_path / "b"), "total.disagrees")
    assert (named["value"], named["detail"]) == ("400", "300")


def test_a_split_date_kept_as_a_ledger_page_takes_a_blank_year_and_month_from_the_line_above(tmp_path):
    # A 登记簿 writes 年 and 月 on a page's first line and where they change, blank below (a blank 月 under 3 is
    # March still). A day smaller than the one above under a blank 月 is a month not written: never carried back,
    # the date stays incomplete for the office.
    rows = [
        ["序号", "执法类别", "决定书文号", "作出决定日期", None, None],
        [None, None, None, "年", "月", "日"],
        [1, "行政处罚", "某罚〔2023〕9号", 2023, 12, 27],
        [2, "行政处罚", "某罚〔2024〕1号", 2024, 1, 8],
        [3, "行政检查", "某检〔2024〕1号", None, None, 19],
        [4, "行政处罚", "某罚〔2024〕2号", None, 3, 5],
        [5, "行政检查", "某检〔2024〕2号", None, None, 21],
    ]
    merged = ["D1:F1", "A1:A2", "B1:B2", "C1:C2"]
    builders.xlsx(tmp_path / "执法办案登记簿.xlsx", {"登记簿": rows}, merged={"登记簿": merged})
    result = clean(tmp_path)
    got = builders.figures(result)
    # 2024: the January decision, the inspection of 1月19日 and the two of March; the 2023 one is not this year's.
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.inspection"]) == (4, 2, 2)
    assert [r["detail"] for r in codes(result, "sheet.date_parts_carried")] == ["5"]  # 年 thrice, 月 twice
    rows.append([6, "行政处罚", "某罚〔2024〕3号", None, None, 2])
    builders.xlsx(tmp_path / "b" / "执法办案登记簿.xlsx", {"登记簿": rows}, merged={"登记簿": merged})
    result = clean(tmp_path / "b")
    unread = [r["cell"] for r in result.issues.to_dict("records") if r["code"].startswith("date.")]
    assert unread == ["D8"] and builders.figures(result)["enforcement.cases"] is None


def test_a_quarters_book_titled_with_a_dotted_year_dates_its_yearless_rows_in_that_year(tmp_path):
    # （2023.7-9月） names 2023 as （2023年7-9月） does: last year's third quarter left in the folder had its
    # 7月5日 dated in the year being cleaned (a warning) and counted as this year's disputes.
    rows = [["某镇矛盾纠纷排查化解台账（2023.7-9月）"], ["序号", "排查日期", "纠纷类型", "化解状态"]]
    rows += [[i, f"{m}月5日", "邻里纠纷", "已化解"] for i, m in enumerate((7, 8, 9), 1)]
    builders.xlsx(tmp_path / "排查三季度.xlsx", {"Sheet1": rows})
    this_year = [
        ["序号", "排查日期", "纠纷类型", "化解状态"],
        [1, "2024.7.5", "邻里纠纷", "已化解"],
        [2, "2024.8.5", "邻里纠纷", "化解中"],
    ]
    builders.xlsx(tmp_path / "排查台账2024.xlsx", {"Sheet1": this_year})
    result = clean(tmp_path, year=2024)
    assert builders.figures(result)["disputes.screened"] == 2
    assert not codes(result, "date.partial")
    assert [r["detail"] for r in codes(result, "date.yearless")] == ["2023-07-05"]


def test_a_date_typed_as_the_year_alone_is_a_period_of_that_year(tmp_path):
    # 2024年度 / 2024全年 in a record's date cell: the year is certain, so is the year's count (it had been an
    # unreadable date, and every dispute figure withheld); 2023年度 is last year's.
    rows = [["序号", "排查日期", "纠纷类型", "化解状态"]]
    rows += [[1, "2024.3.5", "邻里纠纷", "已化解"], [2, "2024年度", "邻里纠纷", "已化解"]]
    rows += [[3, "2024全年", "邻里纠纷", "化解中"], [4, "2023年度", "邻里纠纷", "已化解"]]
    builders.xlsx(tmp_path / "排查.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (3, 2)
    assert not codes(result, "date.unparseable")
    assert codes(result, "date.period")[0]["level"] == "提示"


def test_a_date_cell_saying_carried_over_from_last_year_is_last_years_item(tmp_path):
    # A petition book lists last year's open items first, 上年结转 typed where the 交办日期 goes: not an item
    # assigned this year, and no unreadable date withholding the year's figures.
    rows = [["信访编号", "交办单位", "交办日期", "办理状态", "办结日期"]]
    rows += [
        ["XF01", "市联办", "上年结转", "已化解", "2024.2.3"],
        ["XF02", "县联办", "2023年12月", "已化解", "2024.1.20"],
    ]
    rows += [["XF03", "中联办", "2024.3.5", "已化解", "2024.4.2"], ["XF04", "省联办", "2024.6.18", "正在化解", None]]
    builders.xlsx(tmp_path / "信访事项台账.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["petitions.assigned"], figures["petitions.resolved"], figures["petitions.in_progress"]) == (2, 1, 1)
    (note,) = codes(result, "date.carried_over")
    assert (note["level"], note["cell"]) == ("提示", "C2")


def test_last_decembers_cases_heading_this_years_book_without_their_year_are_last_years(tmp_path):
    # A book titled 2024 lists the cases carried over first: 12月26日 accepted, 1月8日 closed. The title's year
    # put the acceptance in December 2024, counting last year's case as this year's. Closed before it was
    # accepted, and followed by rows of earlier months, it is December 2023's. A last row of December
    # closed in January is this year's case, closed next year.
    head = [
        ["某镇2024年人民调解案件登记台账"],
        ["序号", "卷宗号", "受理日期", "申请人", "被申请人", "调解结果", "协议形式", "结案日期"],
    ]
    rows = [[1, "（2023）调字第9号", "12月26日", "赵某", "钱某", "调解成功", "书面协议", "1月8日"]]
    rows += [
        [i + 1, f"（2024）调字第{i}号", f"{i}月5日", "孙某", "李某", "调解成功", "口头协议", f"{i}月9日"]
        for i in range(1, 4)
    ]
    rows += [[5, "（2024）调字第4号", "12月20日", "周某", "吴某", "调解成功", "口头协议", "1月6日"]]
    builders.xlsx(tmp_path / "调解台账.xlsx", {"Sheet1": head + rows})
    disputes = [["某镇2024年矛盾纠纷排查化解台账"], ["序号", "排查日期", "纠纷类型", "化解状态", "化解日期"]]
    disputes += [[1, "12月14日", "邻里纠纷", "已化解", "2023.12.20"], [2, "3月5日", "邻里纠纷", "已化解", "3月9日"]]
    builders.xlsx(tmp_path / "排查台账.xlsx", {"Sheet1": disputes})
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["mediation.cases"], figures["mediation.written"]) == (4, 0)
    assert figures["disputes.screened"] == 1
    moved = sorted((r["file"], r["cell"], r["detail"]) for r in codes(result, "date.year_before"))
    assert moved == [("排查台账.xlsx", "B3", "2023-12-14"), ("调解台账.xlsx", "C3", "2023-12-26")]


def test_a_case_filed_in_december_and_decided_in_january_ending_the_book_is_next_years_decision(tmp_path):
    # A book of 2024 (its sheet named 2024年) typed without years: its first case was filed last December and
    # decided 1月8日 (this year's decision), its last filed 12月18日 and decided 1月6日 — January 2025, which the
    # sheet's year had counted among this year's cases.
    rows = [["序号", "案件编号", "执法类别", "立案日期", "决定日期"]]
    rows += [[1, "罚字〔2023〕第31号", "行政处罚", "12月20日", "1月8日"]]
    rows += [[i + 1, f"许字〔2024〕第{i}号", "行政许可", f"{2 * i}月3日", f"{2 * i}月9日"] for i in range(1, 4)]
    rows += [[5, "检字〔2024〕第7号", "行政检查", "12月18日", "1月6日"]]
    builders.xlsx(tmp_path / "执法台账.xlsx", {"2024年": rows})
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["enforcement.cases"], figures["enforcement.penalty"], figures["enforcement.inspection"]) == (
        4,
        1,
        0,
    )
    (moved,) = codes(result, "date.year_after")
    assert (moved["cell"], moved["detail"], moved["level"]) == ("E6", "2025-01-06", "提示")
    assert not codes(result, "date.year_before")  # the first case's decision is this January's as typed


def test_a_register_going_on_into_next_january_counts_only_the_years_rows(tmp_path):
    # A register kept without a break, typed without years, read in February: after 12月 its last rows are of next
    # January. Its sheet's year (2024年) had counted them among this year's disputes.
    head = [["某镇2024年矛盾纠纷排查化解台账"], ["序号", "排查日期", "纠纷类型", "化解状态", "化解日期"]]
    months = [1, 2, 4, 5, 5, 4, 7, 9, 11, 12, 12]
    rows = [[i, f"{m}月{i + 2}日", "邻里纠纷", "已化解", f"{m}月{i + 5}日"] for i, m in enumerate(months, 1)]
    rows += [[12, "1月6日", "邻里纠纷", "已化解", "1月9日"], [13, "1月3日", "婚姻家庭纠纷", "化解中", None]]
    builders.xlsx(tmp_path / "排查台账.xlsx", {"Sheet1": head + rows})
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (11, 11)
    (note,) = codes(result, "date.next_years_rows")
    assert (note["cell"], note["value"], note["detail"], note["level"]) == ("B14", "2", "2025-01-06", "提示")


def test_a_register_sorted_by_village_ending_in_early_months_is_not_taken_for_next_years_rows(tmp_path):
    # Each village's rows in the order of their dates, the last village's all of the year's first months: the
    # register falls back at every village, so its last rows are this year's as the sheet's year dates them.
    head = [["某镇2024年矛盾纠纷排查化解台账"], ["序号", "村（社区）", "排查日期", "纠纷类型", "化解状态"]]
    blocks = [("东村", [2, 6, 11]), ("南村", [3, 8, 12]), ("西村", [1, 2])]
    rows = [[0, v, f"{m}月5日", "邻里纠纷", "已化解"] for v, ms in blocks for m in ms]
    rows = [[i, *row[1:]] for i, row in enumerate(rows, 1)]
    builders.xlsx(tmp_path / "排查台账.xlsx", {"Sheet1": head + rows})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 8
    assert not codes(result, "date.next_years_rows")


def test_a_half_year_summary_with_fewer_columns_repeats_its_quarters_books_once(tmp_path):
    # Two quarters' books (序号 from 1, parties and text) and the half-year's summary listing their rows again
    # without the parties or the text, numbered through (1 … 6): the summary's records are the books' records,
    # compared by the columns both keep; June's item 化解中 is 已化解 in the summary, one item resolved. The
    # summary had counted every dispute twice.
    header = ["序号", "排查日期", "村（社区）", "纠纷类型", "当事人", "简要情况", "化解状态"]
    q1 = [[1, "2024.1.5", "晨光村", "邻里纠纷", "赵某与钱某", "宅基地界址", "已化解"]]
    q1 += [[2, "2024.2.9", "广怀村", "婚姻家庭", "孙某与李某", "赡养", "已化解"]]
    q1 += [[3, "2024.3.12", "下寺村", "山林土地", "周某与吴某", "林地边界", "已化解"]]
    q2 = [[1, "2024.4.3", "石羊村", "合同", "郑某与王某", "欠款", "已化解"]]
    q2 += [[2, "2024.5.20", "晨光村", "邻里纠纷", "冯某与陈某", "排水", "已化解"]]
    q2 += [[3, "2024.6.28", "广怀村", "劳动争议", "褚某与卫某", "工钱", "化解中"]]
    builders.xlsx(
        tmp_path / "一季度排查台账.xlsx", {"Sheet1": [["某镇2024年第一季度矛盾纠纷排查化解台账"], header, *q1]}
    )
    builders.xlsx(
        tmp_path / "二季度排查台账.xlsx", {"Sheet1": [["某镇2024年第二季度矛盾纠纷排查化解台账"], header, *q2]}
    )
    short = ["序号", "排查日期", "村（社区）", "纠纷类型", "化解状态"]
    summary = [[i, r[1], r[2], r[3], "已化解"] for i, r in enumerate(q1 + q2, 1)]
    builders.xlsx(tmp_path / "上半年汇总.xlsx", {"上半年": [["某镇2024年上半年矛盾纠纷排查化解台账"], short, *summary]})
    for quarter, row in (("三", [1, "2024.8.1", "石羊村", "合同", "蒋某与沈某", "货款", "已化解"]), ("四", [])):
        rows = [[f"某镇2024年第{quarter}季度矛盾纠纷排查化解台账"], header] + ([row] if row else [])
        builders.xlsx(tmp_path / f"{quarter}季度排查台账.xlsx", {"Sheet1": rows})  # the year complete
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (7, 7)
    assert len(codes(result, "row.renumbered_copy")) + len(codes(result, "row.duplicate")) == 6
    assert not codes(result, "row.copies_differ")


def test_yearless_dates_of_a_book_kept_in_its_years_folder_take_the_folders_year(tmp_path):
    # 2023年/ and 2024年/ each hold 矛盾纠纷排查化解台账.xlsx, dated 3月5日 with no year in title, sheet or file
    # name: last year's book had its days dated in the year being cleaned and counted twice over. A folder
    # naming a month (2025年1月报送) is when the books were gathered: it names no year of theirs.
    header = ["序号", "排查日期", "纠纷类型", "化解状态", "化解日期"]
    for year, n in ((2023, 4), (2024, 3)):
        rows = [[i, f"{i + 2}月5日", "邻里纠纷", "已化解", f"{i + 2}月9日"] for i in range(1, n + 1)]
        (tmp_path / f"{year}年").mkdir()
        builders.xlsx(tmp_path / f"{year}年" / "矛盾纠纷排查化解台账.xlsx", {"Sheet1": [header, *rows]})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 3
    assert {r["file"] for r in codes(result, "row.out_of_year")} == {"2023年/矛盾纠纷排查化解台账.xlsx"}
    assert not codes(result, "date.partial")
    gathered = tmp_path / "2025年1月报送"
    gathered.mkdir()
    (tmp_path / "2024年" / "矛盾纠纷排查化解台账.xlsx").rename(gathered / "矛盾纠纷排查化解台账.xlsx")
    (tmp_path / "2023年" / "矛盾纠纷排查化解台账.xlsx").unlink()
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 3  # the year being cleaned, with its warnings
    assert len(codes(result, "date.partial")) == 6


def test_a_two_digit_year_in_the_file_or_sheet_name_dates_its_yearless_rows(tmp_path):
    # 23年人民调解台账.xlsx beside 24年人民调解台账.xlsx, each dated 3月5日 and numbered 第1号 on: last year's book
    # was dated in the year being cleaned, its cases taken for this year's (and for copies of them).
    header = ["序号", "卷宗号", "受理日期", "申请人", "被申请人", "协议形式", "调解结果", "结案日期"]
    for yy, n in ((23, 3), (24, 2)):
        rows = [
            [i, f"调字第{i}号", f"{i + 3}月5日", "赵某", f"钱某{i}", "口头协议", "调解成功", f"{i + 3}月8日"]
            for i in range(1, n + 1)
        ]
        builders.xlsx(tmp_path / f"{yy}年人民调解台账.xlsx", {f"{yy}年": [header, *rows]})
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.cases"] == 2
    assert {r["file"] for r in codes(result, "row.out_of_year")} == {"23年人民调解台账.xlsx"}
    assert not codes(result, "date.partial") and not codes(result, "row.copies_differ")


def test_a_village_s_dispute_listed_again_in_the_town_register_under_the_town_s_number_counts_once(tmp_path):
    """Villages send their registers numbered by 序号; the 司法所's own register lists a few of the same disputes
    again, re-typed under its numbers (WC2024-003) with its own 责任人. Same day, same parties, same type in two
    files is one dispute: it had been counted twice (the two numbering systems share nothing)."""
    village = [["序号", "登记日期", "当事人", "纠纷类型", "化解结果", "包保责任人"]]
    village += [[i, f"2024-0{i}-1{i}", f"王德{i}、李文{i}", "邻里纠纷", "已化解", "村主任"] for i in range(1, 6)]
    builders.xlsx(tmp_path / "晨光村矛盾纠纷排查台账.xlsx", {"排查台账": village})
    town = [["编号", "排查日期", "村（社区）", "纠纷类型", "当事人", "化解状态", "责任人"]]
    town += [["WC2024-001", "2024-02-12", "晨光村", "邻里", "王德2、李文2", "已化解", "司法所长"]]
    town += [
        ["WC2024-002", "2024-03-13", "晨光村", "邻里", "王德3、李文3", "化解中", "司法所长"]
    ]  # the village's 已化解 is later
    town += [["WC2024-003", "2024-03-13", "广怀村", "邻里", "赵春一、孙秀二", "未化解", "司法所长"]]  # same day, others
    builders.xlsx(tmp_path / "旺草镇矛盾纠纷排查化解台账.xlsx", {"矛盾纠纷排查": town})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (6, 5)
    assert len(codes(result, "row.retyped_copy")) == 2 and codes(result, "row.copies_differ") == []


def test_two_rows_of_one_register_alike_in_day_parties_and_type_stay_two_disputes(tmp_path):
    # One register lists each matter once: two rows are two matters, however alike (a second quarrel that day).
    rows = [["编号", "排查日期", "纠纷类型", "当事人", "化解状态"]]
    rows += [[f"WC-{i}", "2024-05-06", "邻里", "王德明、李文华", "已化解"] for i in (1, 2)]
    village = [
        ["序号", "排查日期", "纠纷类型", "当事人", "化解状态"],
        [1, "2024-05-06", "邻里", "王德明、李文华", "已化解"],
    ]
    builders.xlsx(tmp_path / "镇台账.xlsx", {"Sheet1": rows})
    builders.xlsx(tmp_path / "晨光村台账.xlsx", {"Sheet1": village})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 2  # the village's row is one of the two, not a third
    assert len(codes(result, "row.retyped_copy")) == 1


def test_a_village_word_register_titled_for_disputes_with_调处_columns_is_no_security_register(tmp_path):
    """A village's Word table: 时间, 矛盾纠纷当事人, 类别 (邻里, 合同…), 调处结果 (调处成功, 正在调处). Its 时间 and
    类别 are a 平安建设 register's titles too: it had been read as one, every 类别 an unknown 治安 type, and the
    village's disputes lost from the screened count."""
    rows = [["序号", "时间", "矛盾纠纷当事人", "纠纷事由", "类别", "调处结果", "调处人"]]
    rows += [[1, "3月12日", "王德明 李文华", "因排水沟堵塞发生争执", "邻里", "调处成功", "村主任"]]
    rows += [[2, "5月2日", "张国建 赵春玉", "因务工工资未结清", "劳动争议", "正在调处", "村主任"]]
    rows += [[3, "8月9日", "周小兰 吴金海", "因地界不清发生争执", "山林土地", "调处成功", "村主任"]]
    builders.docx_table(tmp_path / "下寺村矛盾纠纷排查调处登记表.docx", "下寺村2024年度矛盾纠纷排查调处登记表", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 2)
    assert got["security.dv_warnings"] is None and codes(result, "vocab.unknown") == []


def test_two_villages_registers_numbered_from_one_and_screened_on_the_same_days_are_both_counted(tmp_path):
    """Each village numbers its register from 1 and screens on the town's fixed day (每月5日): row for row the two
    registers say the same date, type and outcome, only the parties differ. Files named after two villages are
    two villages' disputes: the second had been taken for a copy of the first (10 screened read as 6)."""
    head = ["序号", "排查日期", "纠纷类型", "当事人", "化解状态"]
    for village, n in (("晨光村", 6), ("广怀村", 4)):
        rows = [[i, f"2024-{i + 1:02d}-05", "邻里", f"{village}甲{i}、乙{i}", "已化解"] for i in range(1, n + 1)]
        builders.xlsx(tmp_path / f"{village}矛盾纠纷排查台账.xlsx", {"Sheet1": [head, *rows]})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 10
    assert codes(result, "row.duplicate") == [] and codes(result, "row.renumbered_copy") == []


def test_a_village_dispute_re_typed_by_the_town_with_its_parties_reversed_still_counts_once(tmp_path):
    # The village wrote 王德明、李文华; the 司法所 re-typed 李文华与王德明 under its own number: the same two people.
    village = [
        ["序号", "排查时间", "纠纷类型", "当事人", "化解情况"],
        [1, "2024-04-02", "邻里纠纷", "王德明、李文华", "矛盾已化解"],
    ]
    village += [[2, "2024-06-09", "婚姻家庭纠纷", "张国建、赵春玉", "正在跟进"]]
    builders.xlsx(tmp_path / "晨光村矛盾纠纷排查化解台账.xlsx", {"Sheet": village})
    town = [["编号", "排查日期", "村（社区）", "纠纷类型", "当事人", "化解状态"]]
    town += [["旺司纠〔2024〕1号", "2024-04-02", "晨光村", "邻里", "李文华与王德明", "已化解"]]
    town += [["旺司纠〔2024〕2号", "2024-06-09", "晨光村", "婚姻家庭", "张国建", "化解中"]]  # one party only: not told
    builders.xlsx(tmp_path / "旺草镇矛盾纠纷排查化解台账.xlsx", {"排查台账": town})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 3
    (copy,) = codes(result, "row.retyped_copy")
    assert copy["file"] == "晨光村矛盾纠纷排查化解台账.xlsx" and copy["row"] == 2


def test_a_village_s_outcomes_in_its_own_words_are_read_as_the_status_they_say(tmp_path):
    # 已调解化解 (mediated and resolved) and 移交镇司法所 (handed to the town's office): the village's words.
    rows = [["序号", "排查时间", "纠纷类型", "当事人", "化解情况"]]
    rows += [
        [1, "2024-03-02", "邻里纠纷", "甲一、乙一", "已调解化解"],
        [2, "2024-05-02", "邻里纠纷", "甲二、乙二", "移交镇司法所"],
    ]
    builders.xlsx(tmp_path / "晨光村矛盾纠纷排查化解台账.xlsx", {"Sheet": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1) and codes(result, "vocab.unknown") == []


def test_a_village_committee_s_case_listed_again_in_the_town_s_mediation_register_counts_once(tmp_path):
    """The village numbers its cases by 序号; the 司法所's register lists one of them again under a 卷宗号. Accepted
    the same day between the same applicant and respondent, it is one case: its 50 元 had been paid twice."""
    village = [["序号", "受理日期", "纠纷类型", "申请人", "被申请人", "调解结果", "协议形式", "补贴金额"]]
    village += [[i, f"2024-0{i}-10", "邻里纠纷", f"王德{i}", f"李文{i}", "调解成功", "口头", 50] for i in range(1, 6)]
    builders.xlsx(tmp_path / "晨光村人民调解台账.xlsx", {"Sheet1": village})
    town = [["卷宗号", "受理日期", "调解组织", "纠纷类型", "申请人", "被申请人", "调解结果", "协议形式", "补贴金额"]]
    town += [
        ["（2024）旺人调字第1号", "2024-02-10", "晨光村调委会", "邻里纠纷", "王德2", "李文2", "调解成功", "口头", 50]
    ]
    town += [
        ["（2024）旺人调字第2号", "2024-06-01", "镇调委会", "合同纠纷", "赵春一", "孙秀二", "调解成功", "书面", 100]
    ]
    builders.xlsx(tmp_path / "旺草镇人民调解台账.xlsx", {"Sheet1": town})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.subsidy_yuan"]) == (6, 5, 350)
    assert len(codes(result, "row.retyped_copy")) == 1


def test_a_register_keeping_each_case_on_two_rows_joins_the_outcome_row_to_its_case(tmp_path):
    # A paper 登记簿 ruled with two lines a case: the upper line registers it, the lower one (序号 and 卷宗号 blank)
    # holds its outcome under the same columns. Read as rows, the lower lines looked like headers of tables of their
    # own and no case was counted.
    rows = [
        ["某镇人民调解委员会案件登记簿（2024年）"],
        ["序号", "卷宗号", "受理日期", "纠纷类型", "申请人", "纠纷简要情况", "调解结果", "协议形式", "补贴金额"],
    ]
    outcomes = [("调解成功", "口头", "￥100.00"), ("调解成功", "书面", "人民币贰佰元整"), ("调解不成功", None, None),
                ("调解成功", "口头", "壹佰元正")]  # fmt: skip
    for n, (result, form, amount) in enumerate(outcomes, start=1):
        rows.append(
            [n, f"（2024）某人调字第{n}号", f"2024-03-0{n}", "邻里纠纷", "王某某", "宅基地边界争议", None, None, None]
        )
        rows.append([None, None, None, None, None, "处理结果：已履行", result, form, amount])
    builders.xlsx(tmp_path / "调解.xlsx", {"登记簿": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (3, 2, 1)
    assert got["mediation.subsidy_yuan"] == 400
    assert [r["detail"] for r in codes(result, "sheet.two_line_records")] == ["4"]
    assert not codes(result, "file.unknown_kind") and not codes(result, "column.missing")


def test_a_case_with_a_second_respondent_on_the_next_row_is_not_a_two_row_register(tmp_path):
    # One case of four takes a second row (its second 被申请人, under a column the case filled too): rows as ever.
    rows = [["序号", "卷宗号", "受理日期", "申请人", "被申请人", "调解结果", "协议形式", "补贴金额"]]
    for n in range(1, 5):
        rows.append([n, f"（2024）某人调字第{n}号", f"2024-03-0{n}", "王某某", "李某某", "调解成功", "口头", 100])
        if n == 2:
            rows.append([None, None, None, None, "赵某某", None, None, None])
    builders.xlsx(tmp_path / "调解.xlsx", {"登记簿": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.cases"] == 4
    assert not codes(result, "sheet.two_line_records")


def test_a_publication_register_in_variant_characters_and_full_width_numbers_counts_each_decision_once(tmp_path):
    # The 三项制度 事后公示, headers pasted in 繁體, 処 (a variant of 處) in a category, a decision published twice
    # with its number once in full-width digits, dates in Chinese numerals with 〇 or 零.
    rows = [
        ["序號", "執法決定文書號", "執法類別", "執法決定日期", "公示日期"],
        [1, "某执罚〔２０２４〕１号", "行政処罰", "二〇二四年三月五日", "2024年3月8日"],
        [2, "某执检〔2024〕1号", "行政檢查", "二零二四年四月十日", "2024年4月12日"],
        [3, "某执罚〔2024〕1号", "行政處罰", "2024年三月五日", "2024年3月20日"],
        [4, "某执确〔2024〕1号", "行政確認", "２０２４．５．６", "2024年5月9日"],
    ]
    builders.xlsx(tmp_path / "行政执法公示信息表.xlsx", {"事后公示": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.inspection"]) == (3, 1, 1)
    assert got["enforcement.confirmation"] == 1
    assert not codes(result, "vocab.unknown") and not codes(result, "date.unparseable")


def test_a_review_typed_as_xingzheng_fuyi_in_a_lawsuit_register_is_no_lawsuit(tmp_path):
    # 行政覆議: 覆 is not folded (覆盖), so the vocabulary knows the word; the review's decision 维持 is no error.
    rows = [
        ["序號", "案號", "案件類型", "申請人（原告）", "被申請人（被告）", "開庭日期", "負責人是否出庭", "審理結果"],
        [1, "（2024）某行初1号", "行政訴訟", "王某某", "某镇人民政府", "二〇二四年四月十七日", "是", "驳回诉讼请求"],
        [2, "某覆〔2024〕1号", "行政覆議", "李某某", "某镇人民政府", "/", "/", "维持"],
        [3, "（2024）某行初2号", "行政訴訟", "赵某某", "某镇人民政府", "二〇二四年七月九日", "否", "撤诉"],
    ]
    builders.xlsx(tmp_path / "行政覆議及應訴案件登記表.xlsx", {"登记": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (2, 1)
    assert not [r for r in result.issues.to_dict("records") if r["level"] == "错误"]


# --- platform exports of 槐阳乡 (tests/devtowns/huaiyang.py) ----------------------------------------------------------


def test_a_case_revoked_after_its_decision_keeps_its_date_and_is_no_case(tmp_path):
    rows = [
        ["序号", "案件编号", "案件类型", "处罚种类", "决定日期", "案件状态"],
        [1, "某综执罚〔2025〕1号", "行政处罚", "警告┋罚款", "2025-03-05", "已结案"],
        [2, "某综执罚〔2025〕2号", "行政处罚", "罚款；没收违法所得", "2025-04-09", "已撤销"],  # decided, then revoked
        [3, "某综执罚〔2025〕3号", "行政处罚", "警告、罚款", None, "已撤销"],  # the filing withdrawn
        [4, "某综执罚〔2025〕4号", "行政处罚", "罚款", "2025-06-02", "办理中"],  # decided, the fine not yet paid
        [5, "某综执检〔2025〕1号", "行政检查", None, None, "办理中"],
    ]
    builders.xlsx(tmp_path / "综合执法平台导出.xlsx", {"案件信息": rows})
    result = clean(tmp_path, year=2025)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.inspection"]) == (2, 2, 0)
    assert not [r for r in result.issues.to_dict("records") if r["level"] == "错误"]


def test_an_on_request_register_of_one_row_per_step_counts_each_application_once_by_its_intake(tmp_path):
    rows = [
        ["某乡政府信息公开申请办理登记表"],
        ["申请编号", "收到申请日期", "所需信息内容描述", "办理环节", "环节日期", "答复结果"],
        ["GK-2024-009", "2024-12-19", "土地征收补偿明细", "登记受理", "2024-12-19", None],
        ["GK-2024-009", "2024-12-19", "土地征收补偿明细", "延期答复告知", "2025-01-08", None],
        ["GK-2024-009", "2024-12-19", "土地征收补偿明细", "答复", "2025-01-24", "予以公开"],
        ["GK-2025-001", "2025-03-05", "村集体资金使用情况", "登记受理", "2025-03-05", None],
        ["GK-2025-001", "2025-03-05", "村集体资金使用情况", "补正告知", "2025-03-10", None],
        ["GK-2025-001", "2025-03-05", "村集体资金使用情况", "申请人补正", "2025-03-14", None],
        ["GK-2025-001", "2025-03-05", "村集体资金使用情况", "答复", "2025-03-31", "部分公开"],
        ["GK-2025-002", "2025-12-22", "产业路招标文件", "登记受理", "2025-12-22", None],
        ["GK-2025-002", "2025-12-22", "产业路招标文件", "答复", "2026-01-12", "信息不存在"],
    ]
    builders.xlsx(tmp_path / "依申请公开登记.xlsx", {"依申请公开办理": rows})
    result = clean(tmp_path, year=2025)
    got = builders.figures(result)
    assert got["disclosure.on_request"] == 2  # 2025-001 and 2025-002; 2024-009 is December's
    assert not codes(result, "vocab.unknown")


def test_a_register_of_one_disclosure_type_says_nothing_of_the_others(tmp_path):
    # Only the 依申请公开 register is handed over (its type read off the sheet's name): the items published unasked
    # are in no table here, so their count is unknown, never 0.
    rows = [
        ["收到申请日期", "所需信息内容描述"],
        ["2025-03-05", "村集体资金使用情况"],
        ["2025-05-06", "低保评定名单"],
    ]
    builders.xlsx(tmp_path / "政府信息公开申请登记.xlsx", {"依申请公开": rows})
    found = builders.evidence(clean(tmp_path, year=2025))
    assert found["disclosure.on_request"].value == 2
    assert found["disclosure.proactive"].value is None
    assert "没有“主动公开”的表" in found["disclosure.proactive"].reason
    assert found["disclosure.media"].value is None


def test_a_book_of_a_sheet_per_disclosure_type_is_the_whole_ledger(tmp_path):
    # Sheets of two types make a book of the kind: its 依申请公开 sheet holding only the header received none (0),
    # and the type with no sheet had no item (0), as a book of a sheet per enforcement category counts.
    proactive = [["信息标题", "发布日期"], ["关于春耕备耕的通知", "2025-03-05"]]
    on_request = [["所需信息内容描述", "收到申请日期"]]
    builders.xlsx(tmp_path / "政务公开台账.xlsx", {"主动公开": proactive, "依申请公开": on_request})
    found = builders.evidence(clean(tmp_path, year=2025))
    assert (found["disclosure.proactive"].value, found["disclosure.on_request"].value) == (1, 0)
    assert found["disclosure.media"].value == 0


def test_a_survey_exports_skipped_and_unanswered_questions_are_blanks(tmp_path):
    rows = [
        ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、服务日期：", "2、服务类型：",
         "3、本次解答咨询人次："],
        [1, "2025/03/05 10:21:33", "125秒", "微信", "直接访问", "112.9.8.7(贵州-遵义)", "2025-03-05", "法律咨询", 3],
        [2, "2025/03/06 09:01:02", "88秒", "手机提交", "N/A", "112.9.8.7(贵州-遵义)", "2025-03-06", "审查合同",
         "(跳过)"],
        [3, "2025/03/07 15:40:10", "61秒", "链接", "直接访问", "112.9.8.7(贵州-遵义)", "2025-03-07", "法律咨询",
         "(空)"],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "301562874_0_法律顾问服务登记_3_3.xlsx", {"Sheet1": rows})
    result = clean(tmp_path, year=2025)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"]) == (4, 1)  # (空) counts 1
    assert not codes(result, "number.unparseable") and not codes(result, "vocab.unknown")


def test_a_decisions_several_penalties_in_one_cell_name_its_category_by_content(tmp_path):
    # No 执法类别 column: 处罚种类 lists a decision's penalties joined by ┋, ； or 、, each a 行政处罚 — the cell
    # names that one category (parts naming different categories still name none: vocab.several).
    rows = [
        ["序号", "案件编号", "当事人", "处罚种类", "罚没金额（元）", "决定日期"],
        [1, "某罚〔2025〕1号", "张某", "警告┋罚款", 200, "2025-03-05"],
        [2, "某罚〔2025〕2号", "李某", "罚款；没收违法所得", 500, "2025-04-05"],
        [3, "某罚〔2025〕3号", "王某", "警告、罚款", 300, "2025-05-05"],
        [4, "某罚〔2025〕4号", "赵某", "责令停产停业┋罚款", 300, "2025-05-06"],
        [5, "某强〔2025〕1号", "钱某", "查封", None, "2025-05-07"],
    ]
    builders.xlsx(tmp_path / "执法平台导出.xlsx", {"Sheet1": rows})
    result = clean(tmp_path, year=2025)
    got = builders.figures(result)
    assert (got["enforcement.penalty"], got["enforcement.coercion"], got["enforcement.cases"]) == (4, 1, 5)
    assert {r["value"] for r in codes(result, "vocab.assumed")} >= {"警告┋罚款", "警告、罚款"}
    assert not codes(result, "column.missing") and not codes(result, "vocab.several")


def test_a_compiled_books_tab_named_for_its_book_then_for_lawsuits_is_no_register_of_reviews(tmp_path):
    # A 台账汇编 whose tabs are the book's name then the tab's: 行政复议应诉案件台账-行政应诉. 应诉 is the kind's own word,
    # so only 复议 had been read, and the tab's five lawsuits counted as reviews: 0 published for 5. The tab's own
    # part names a value as much as the book's part does: two values, no category from the name.
    head = ["序号", "案号", "原告", "被告", "开庭日期", "出庭负责人", "是否负责人出庭", "审理结果"]
    lawsuits = [
        [i, f"（2024）某0323行初{i}号", f"原告{i}", "某镇人民政府", f"2024-0{i}-05", "王某", "是", "驳回诉讼请求"]
        for i in range(1, 6)
    ]
    reviews = [
        ["序号", "复议决定书文号", "申请人", "被申请人", "受理日期", "复议结果"],
        [1, "某县府复〔2024〕7号", "申请人甲", "某镇人民政府", "2024-06-11", "维持"],
    ]
    sheets = {"某镇行政复议应诉案件台账-行政复议": reviews, "某镇行政复议应诉案件台账-行政应诉": [head, *lawsuits]}
    builders.xlsx(tmp_path / "台账汇编.xlsx", sheets)
    got = builders.figures(clean(tmp_path))
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (5, 5)


def test_a_book_named_for_reviews_and_lawsuits_whose_tabs_are_left_as_sheet1_counts_its_lawsuits(tmp_path):
    # 行政复议应诉案件台账 with its tabs left as Sheet1 / Sheet2: the file's name names both sorts (应诉 is the
    # kind's own word, yet another sort's name too), so it says no sort of the lawsuits' rows; read as 行政复议,
    # the five lawsuits had been set aside and 0 published.
    head = ["序号", "案号", "原告", "被告", "开庭日期", "负责人是否出庭"]
    lawsuits = [[i, f"（2024）某0323行初{i}号", f"原告{i}", "某镇人民政府", f"2024-0{i}-05", "是"] for i in range(1, 6)]
    reviews = [
        ["某镇行政复议案件登记"],
        ["序号", "复议案号", "申请人", "被申请人", "复议机关", "申请日期", "复议决定"],
        [1, "某县政复字〔2024〕11号", "王某", "某镇人民政府", "某县人民政府", "2024-03-05", "维持"],
    ]
    builders.xlsx(
        tmp_path / "某镇行政复议应诉案件台账（2024年）.xlsx", {"Sheet1": reviews, "Sheet2": [head, *lawsuits]}
    )
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (5, 5)
    assert not codes(result, "row.other_matter")


# --- a platform export's query line (issue 12: no number without evidence) ----------------------------------------


def _petition_export(query: str, rows: list[tuple[str, str, str, str]]) -> list[list]:
    """A 信访 system's query result: its title, the query line it was exported with, the header, the items."""
    out = [["信访事项查询结果"], [f"导出时间：2025-01-05 16:40:02　{query}"]]
    out.append(["序号", "信访件编号", "登记日期", "来源", "办理状态"])
    out += [[i, no, day, source, state] for i, (no, day, source, state) in enumerate(rows, 1)]
    return out


def test_an_export_queried_for_half_the_year_states_no_figure_of_the_year(tmp_path):
    line = "查询条件：受理时间 2024-01-01 至 2024-06-30；管辖单位：某镇"
    rows = [["矛盾纠纷列表"], [line], ["事件编号", "受理时间", "化解状态"]]
    rows += [[f"E{i}", f"2024-0{1 + i % 6}-05", "已化解" if i % 3 else "化解中"] for i in range(1, 10)]
    builders.xlsx(tmp_path / "矛盾纠纷事件导出.xlsx", {"列表": rows})
    result = clean(tmp_path)
    found = builders.evidence(result)
    # Nine disputes of January to June are not the year's: no figure, never 9.
    for name in ("disputes.screened", "disputes.resolved", "disputes.resolution_rate"):
        assert found[name].value is None, name
    reason = found["disputes.screened"].reason
    assert "矛盾纠纷事件导出.xlsx「列表」" in reason and line in reason and "2024-01-01至2024-06-30" in reason
    assert "不设筛选条件、按全年重新导出" in reason
    [issue] = codes(result, "sheet.query_filtered")
    assert (issue["level"], issue["detail"]) == ("警告", line)


def test_an_export_queried_for_one_status_withholds_the_figures_that_count_others(tmp_path):
    line = "查询条件：登记日期 20240101-20241231；办理状态：已办结；登记机构：某镇人民政府"
    items = [("X1", "2024-03-05", "上级交办", "已办结"), ("X2", "2024-05-06", "上级交办", "已办结")]
    builders.xlsx(tmp_path / "信访事项查询导出.xlsx", {"查询结果": _petition_export(line, items)})
    result = clean(tmp_path)
    found = builders.evidence(result)
    # The query kept the closed items only: the items in hand and the assigned ones left open are not in the file.
    assert found["petitions.in_progress"].value is None
    assert found["petitions.assigned"].value is None
    assert "只含办理状态为已化解的记录" in found["petitions.assigned"].reason
    # What the figure counts (已化解, 已办结 in the system's words) is all in it: the figure stands.
    assert found["petitions.resolved"].value == 2
    assert [r["value"] for r in codes(result, "sheet.query_filtered")] == ["办理状态为已化解"]


def test_exports_whose_queries_together_cover_the_year_and_status_count_whole(tmp_path):
    quarters = [("01-01", "03-31"), ("04-01", "06-30"), ("07-01", "09-30"), ("10-01", "12-31")]
    for q, (first, last) in enumerate(quarters, 1):
        line = f"查询条件：受理时间 2024-{first} 00:00:00 至 2024-{last} 23:59:59；管辖单位：某镇"
        rows = [["矛盾纠纷列表"], [line], ["事件编号", "受理时间", "化解状态"]]
        rows += [[f"Q{q}-{i}", f"2024-{3 * q - 1:02d}-1{i}", "已化解"] for i in range(1, 4)]
        builders.xlsx(tmp_path / f"矛盾纠纷导出_{q}季度.xlsx", {"列表": rows})
    for state, no in (("已办结", "Y1"), ("办理中", "Y2")):
        item = [(no, "2024-03-05", "上级交办", state)]
        line = f"查询条件：登记日期 20240101-20241231；办理状态：{state}"
        builders.xlsx(tmp_path / f"信访导出_{state}.xlsx", {"查询结果": _petition_export(line, item)})
    result = clean(tmp_path)
    got = builders.figures(result)
    # Four quarters are the year (each file's warning stands: alone it is not); the 已办结 and the 办理中 exports
    # hold every item the resolved and the in-hand count.
    assert (got["disputes.screened"], got["disputes.resolved"]) == (12, 12)
    assert (got["petitions.resolved"], got["petitions.in_progress"]) == (1, 1)
    # An item neither closed nor in hand (未化解, 息访) would be in neither file: the assigned are not known.
    assert got["petitions.assigned"] is None


def test_a_query_keeping_the_whole_year_and_every_record_changes_nothing(tmp_path):
    line = "查询条件：立案时间 2023-12-01 至 2024-12-31；执法主体：某镇人民政府；案件状态：全部"
    head = ["序号", "决定书文号", "案件名称", "执法类别", "执法单位", "决定日期", "当事人", "备注"]
    rows = [["行政执法案件列表"], [line], head, *builders.enforcement_rows(4)]
    builders.xlsx(tmp_path / "执法案件导出.xlsx", {"案件列表": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.cases"] == 4
    assert not codes(result, "sheet.query_filtered")


# --- petitions: 已化解 and 正在化解 of the assigned items (issue 12) -------------------------------------------------


def test_items_received_here_are_neither_resolved_nor_in_hand_of_the_assigned(tmp_path):
    rows = [["信访编号", "交办单位", "交办日期", "办理状态"]]
    items = [
        ("中联办", "已化解"),
        ("省联办", "正在化解"),
        ("市联办", "已化解"),
        ("本级受理", "已化解"),
        ("本级", "化解中"),
    ]
    rows += [[f"XF2024{i:03d}", source, f"2024-0{i}-05", state] for i, (source, state) in enumerate(items, 1)]
    builders.xlsx(tmp_path / "信访事项台账.xlsx", {"台账": rows})
    got = builders.figures(clean(tmp_path))
    # As the spec's 2024 sample: 3 assigned, the 中联办 and 市联办 items resolved, the 省联办 one in hand.
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (3, 2, 1)


def test_an_item_whose_source_cannot_be_read_is_counted_neither_way(tmp_path):
    rows = [["信访编号", "交办单位", "交办日期", "办理状态"]]
    items = [("市联办", "已化解"), ("市联办", "已化解"), ("某某转来", "已化解")]
    rows += [[f"XF2024{i:03d}", source, f"2024-0{i}-05", state] for i, (source, state) in enumerate(items, 1)]
    builders.xlsx(tmp_path / "信访事项台账.xlsx", {"台账": rows})
    found = builders.evidence(clean(tmp_path))
    # Assigned or received here? Unknown: never assumed resolved of the assigned, never silently dropped.
    assert found["petitions.resolved"].value is None
    assert "交办单位" in found["petitions.resolved"].reason


def test_quarter_files_named_four_ways_add_up_to_the_year_by_their_names_alone(tmp_path):
    # A quarterly 统计表 a file, each one sheet Sheet1 under one title, the quarter said only by the file's name
    # as four clerks wrote it: 一季度, 第二季度, 2023年7-9月, Q4. The year is the four 本季 (140, 131). The span
    # 7-9月 was taken for a day (7月9日) and dropped, Q4 named no quarter: the 7-9月 file alone was read as the
    # year (38 screened).
    screened, resolved = [31, 44, 38, 27], [29, 41, 35, 26]
    names = ["（一季度）", "（第二季度）", "（2023年7-9月）", "（Q4）"]
    for q, name in enumerate(names):
        builders.xlsx(
            tmp_path / f"某镇矛盾纠纷排查化解情况季报{name}.xlsx",
            {
                "Sheet1": [
                    ["某镇矛盾纠纷排查化解情况统计表"],
                    ["指标名称", "计量单位", "本季", "累计", "上年同期"],
                    ["排查矛盾纠纷", "件", screened[q], sum(screened[: q + 1]), 20 + q],
                    ["化解矛盾纠纷", "件", resolved[q], sum(resolved[: q + 1]), 18 + q],
                ]
            },
        )
    got = builders.figures(clean(tmp_path, 2023))
    assert (got["disputes.screened"], got["disputes.resolved"]) == (140, 131)


# The annual report's tables (国办公开办函〔2021〕30号), each under its part's heading only: 第二十条第（一）项 and
# 收到和处理政府信息公开申请情况 (a shortened header: the rows and the 总计 column are the template's).
REPORT_TABLES = [
    ("二、主动公开政府信息情况", [
        ["第二十条第（一）项", "", "", ""],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", 0, 0, 0],
        ["行政规范性文件", 5, 1, 7],
    ]),
    ("三、收到和处理政府信息公开申请情况", [
        ["", "自然人", "商业企业", "其他", "总计"],
        ["一、本年新收政府信息公开申请数量", 9, 2, 0, 11],
        ["二、上年结转政府信息公开申请数量", 0, 0, 0, 0],
        ["四、结转下年度继续办理", 1, 0, 0, 1],
    ]),
]  # fmt: skip


def _annual_report(path, heading: str) -> None:
    """The report as a township hands it over: one sheet of tables under the heading, a Word document with the
    heading as its first paragraph, or the page saved from its portal (<title> and <h1>)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".xlsx":
        rows = [[heading]]
        for part, table in REPORT_TABLES:
            rows += [[part], *table, []]
        builders.xlsx(path, {"年度报告附表": rows})
    elif path.suffix == ".docx":
        import docx

        document = docx.Document()
        document.add_paragraph(heading)
        document.add_paragraph("本报告所列数据的统计期限自1月1日起至12月31日止。")
        for part, table in REPORT_TABLES:
            document.add_paragraph(part)
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for c, value in enumerate(row):
                    grid.cell(r, c).text = str(value)
        document.save(path)
    else:
        body = "".join(
            f"<p>{part}</p><table border='1'>"
            + "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in table)
            + "</table>"
            for part, table in REPORT_TABLES
        )
        page = f"<html><head><meta charset='utf-8'><title>{heading}_某镇人民政府</title></head><body><h1>{heading}</h1>"
        path.write_text(page + body + "</body></html>", encoding="utf-8")


@pytest.mark.parametrize("suffix", [".xlsx", ".docx", ".html"])
def test_last_years_annual_report_named_only_by_its_heading_states_nothing_of_the_year(tmp_path, suffix):
    # Last year's 政府信息公开工作年度报告 handed over with this year's ledgers, its file named 年度报告 and each table
    # under its part's heading alone: only the document's heading names 2023. Its 5 documents and 11 applications
    # had been taken for 2024's. This year's report, the same but for its heading, states them.
    _annual_report(
        tmp_path / "last" / f"政府信息公开工作年度报告{suffix}", "某镇人民政府2023年政府信息公开工作年度报告"
    )
    result = clean(tmp_path / "last", 2024)
    got = builders.figures(result)
    assert (got["normative_documents.issued"], got["disclosure.on_request"]) == (None, None)
    assert codes(result, "statistics.other_year")
    _annual_report(
        tmp_path / "this" / f"政府信息公开工作年度报告{suffix}", "某镇人民政府2024年政府信息公开工作年度报告"
    )
    got = builders.figures(clean(tmp_path / "this", 2024))
    assert (got["normative_documents.issued"], got["disclosure.on_request"]) == (5, 11)


def test_a_report_page_laid_out_in_tables_states_each_figure_once(tmp_path):
    # An old portal's page: navigation and article laid out in tables, the report's tables nested two deep in them.
    # Every outer table had read the nested tables' rows again as its own: 本年制发 5 stated three times, 15.
    path = tmp_path / "某镇人民政府2024年政府信息公开工作年度报告.html"
    _annual_report(path, "某镇人民政府2024年政府信息公开工作年度报告")
    page = path.read_text(encoding="utf-8")
    article = page[page.index("<h1>") : page.index("</body>")]
    laid_out = (
        "<table width='100%'><tr><td class='nav'>首页 &gt; 政务公开 &gt; 政府信息公开年报</td>"
        f"<td><table width='960'><tr><td>{article}</td></tr></table></td></tr></table>"
    )
    path.write_text(page.replace(article, laid_out), encoding="utf-8")
    got = builders.figures(clean(tmp_path, 2024))
    assert (got["normative_documents.issued"], got["disclosure.on_request"]) == (5, 11)


def test_a_quarter_tab_named_q4_of_last_year_is_left_out_of_a_quarters_book(tmp_path):
    # One book, a tab per quarter named Q1 … Q4, and last year's fourth quarter kept as the first tab, 2022Q4 (its
    # 累计 last year's whole year): only the tab's name tells its year. 2022Q4's 本季 was added to the year's (170).
    screened = [31, 44, 38, 27]

    def form(this: int, so_far: int) -> list[list]:
        return [["某镇矛盾纠纷排查化解情况统计表"], ["指标名称", "本季", "累计"], ["排查矛盾纠纷", this, so_far]]

    sheets = {"2022Q4": form(30, 125)}
    sheets.update({f"Q{q + 1}": form(screened[q], sum(screened[: q + 1])) for q in range(4)})
    builders.xlsx(tmp_path / "某镇2023年矛盾纠纷排查化解情况季报.xlsx", sheets)
    result = clean(tmp_path, 2023)
    assert builders.figures(result)["disputes.screened"] == 140
    assert [i["sheet"] for i in codes(result, "statistics.other_year")] == ["2022Q4"]


def test_last_years_quarter_tab_first_in_a_book_named_by_no_year_leaves_the_other_tabs_the_years(tmp_path):
    # A workbook's first tab titled with last year's fourth quarter is that tab's heading, not the book's: the
    # year's tabs, titled and named without a year in a file naming none, are still the year's (a Word report's or a
    # web page's heading is its document's, every table's under it).
    screened = [31, 44, 38, 27]

    def form(title: str, this: int, so_far: int) -> list[list]:
        return [[title], ["指标名称", "本季", "累计"], ["排查矛盾纠纷", this, so_far]]

    sheets = {"上年四季度": form("某镇2023年第四季度矛盾纠纷排查化解情况统计表", 30, 125)}
    title = "某镇矛盾纠纷排查化解情况统计表"
    sheets.update({f"Q{q + 1}": form(title, screened[q], sum(screened[: q + 1])) for q in range(4)})
    builders.xlsx(tmp_path / "某镇矛盾纠纷排查化解情况季报.xlsx", sheets)
    result = clean(tmp_path, 2024)
    assert builders.figures(result)["disputes.screened"] == 140
    assert [i["sheet"] for i in codes(result, "statistics.other_year")] == ["上年四季度"]


def test_last_years_quarter_tab_named_2022q4_keeps_its_yearless_records_out_of_the_year(tmp_path):
    # A mediation register a tab per quarter (Q1 … Q4), dates 3月5日, no title naming a year, the year in the file's
    # name; last year's tab 2022Q4 left in first. Its five cases were counted as this year's.
    head = ["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"]

    def tab(year: int, month: int, n: int) -> list[list]:
        rows = [[f"第{(month + 2) // 3}季度人民调解案件登记表"], head]
        rows += [[i, f"（{year}）某人调字第{month * 10 + i}号", f"{month}月{i + 3}日", "邻里纠纷", "调解成功", "口头", 50]
                 for i in range(1, n + 1)]  # fmt: skip
        return rows

    sheets = {"2022Q4": tab(2022, 11, 5)}
    sheets.update({f"Q{q}": tab(2023, 3 * q - 1, 3) for q in range(1, 5)})
    builders.xlsx(tmp_path / "某镇人民调解案件登记台账（2023年）.xlsx", sheets)
    got = builders.figures(clean(tmp_path, 2023))
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (12, 600)


def test_a_tab_named_after_its_book_and_last_years_quarter_names_two_years_and_takes_neither(tmp_path):
    # The same register's tabs copied into one book of the year's ledgers, each named after its old book and tab:
    # 调解台账（2023年）-2022Q4 names 2023 and 2022. Its five cases had been dated 2023 by the first; they are dated
    # by their numbers (（2022）某人调字第N号), as a tab naming no year is.
    head = ["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"]

    def tab(year: int, month: int, n: int) -> list[list]:
        rows = [[f"第{(month + 2) // 3}季度人民调解案件登记表"], head]
        rows += [[i, f"（{year}）某人调字第{month * 10 + i}号", f"{month}月{i + 3}日", "邻里纠纷", "调解成功", "口头", 50]
                 for i in range(1, n + 1)]  # fmt: skip
        return rows

    sheets = {"调解台账（2023年）-2022Q4": tab(2022, 11, 5)}
    sheets.update({f"调解台账（2023年）-Q{q}": tab(2023, 3 * q - 1, 3) for q in range(1, 5)})
    builders.xlsx(tmp_path / "台账汇编.xlsx", sheets)
    got = builders.figures(clean(tmp_path, 2023))
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (12, 600)


def test_a_disclosure_form_in_the_reports_own_words_takes_this_year_not_the_year_before(tmp_path):
    # A 政府信息公开工作情况统计表 naming its rows as the report does (主动公开政府信息, 以媒体报道等形式发布信息, 受理依申请
    # 公开) with 上年同期 before 本年: no row was known (all three withheld); 上年同期 is last year's.
    builders.xlsx(
        tmp_path / "某镇2023年政府信息公开工作情况统计表.xlsx",
        {
            "统计表": [
                ["某镇2023年政府信息公开工作情况统计表"],
                ["统计项目", "单位", "上年同期", "本年", "同比增减"],
                ["主动公开政府信息", "条", 57, 64, "+7"],
                ["以媒体报道等形式发布信息", "条", 96, 118, "+22"],
                ["受理依申请公开", "件", 5, 3, "-2"],
            ]
        },
    )
    got = builders.figures(clean(tmp_path, 2023))
    assert (got["disclosure.proactive"], got["disclosure.media"], got["disclosure.on_request"]) == (64, 118, 3)


def test_a_petition_systems_resolved_question_settles_its_handling_status(tmp_path):
    # The 信访信息系统's export: 办理状态 已办结 / 办理中 / 已转送 beside 是否化解 是 / 否. 已办结 says only that the
    # item was concluded: with 否 it is 未化解 (it was counted resolved); 办理中 with 否 is still in hand. Item 3, received
    # here (本级受理), is none of the assigned items whose resolution the figures count.
    head = ["序号", "信访件编号", "登记日期", "来源", "交办机关", "办理方式", "办理状态", "是否化解"]
    rows = [
        [1, "XL20230305001", "2023-03-05 09:12:11", "上级交办", "县信访局", "交办", "已办结", "是"],
        [2, "XL20230412002", "2023-04-12 10:02:11", "上级交办", "市信访局", "直接办理", "已办结", "否"],
        [3, "XL20230601003", "2023-06-01 15:40:11", "本级受理", "", "直接办理", "已办结", "是"],
        [4, "XL20231120004", "2023-11-20 08:30:11", "上级交办", "县信访局", "交办", "办理中", "否"],
        [5, "XL20231205005", "2023-12-05 16:21:11", "上级交办", "县信访局", "交办", "办理中", ""],
    ]
    builders.xlsx(tmp_path / "信访事项查询结果_20240105.xlsx", {"查询结果": [head, *rows]})
    result = clean(tmp_path, 2023)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (4, 1, 2)


def test_an_exam_platforms_absent_mark_in_the_score_column_is_no_error(tmp_path):
    # A 学法考法 platform's per-person export: 应考 / 实考 / 成绩 / 是否参考, 缺考 written where a score would be and
    # 免考 persons with 应考 0. 缺考 was an unreadable number (错误) the office cannot fix in the platform's export.
    head = ["序号", "单位", "姓名", "应考", "实考", "成绩", "是否参考", "备注"]
    rows = [
        [1, "党政办", "甲某", 1, 1, 86, "是", ""],
        [2, "党政办", "乙某", 1, 0, "缺考", "否", ""],
        [3, "司法所", "丙某", 0, 0, "", "否", "免考（病假）"],
        [4, "司法所", "丁某", 1, 1, 92, "是", ""],
        [5, "综治中心", "戊某", 1, 0, "缺考（出差）", "否", ""],
    ]
    builders.xlsx(
        tmp_path / "学法考法成绩导出_某镇_2023.xlsx", {"成绩导出": [["2023年度学法考法成绩统计"], head, *rows]}
    )
    result = clean(tmp_path, 2023)
    assert builders.figures(result)["training.exam_coverage"] == 0.5
    assert not codes(result, "number.unparseable")


def test_the_fourth_quarters_cumulative_states_the_year_when_earlier_quarters_are_not_handed_over(tmp_path):
    # Quarterly forms 本季 | 累计: with the first quarter's form missing (or only the fourth quarter's handed over)
    # the 本季 of the rest leave months out, but the fourth quarter's 累计 is the year (140). It was withheld as
    # "只统计了一年中的部分时期". Without the fourth quarter no 累计 runs to December: still unknown.
    screened = [31, 44, 38, 27]

    def write(folder, quarters):
        for q in quarters:
            builders.xlsx(
                folder / f"某镇矛盾纠纷季报（Q{q}）.xlsx",
                {"Sheet1": [["某镇矛盾纠纷排查化解情况统计表"], ["指标名称", "本季", "累计"],
                            ["排查矛盾纠纷", screened[q - 1], sum(screened[:q])]]},
            )  # fmt: skip

    write(tmp_path / "a", [2, 3, 4])
    write(tmp_path / "b", [4])
    write(tmp_path / "c", [1, 2, 3])
    assert builders.figures(clean(tmp_path / "a", 2023))["disputes.screened"] == 140
    assert builders.figures(clean(tmp_path / "b", 2023))["disputes.screened"] == 140
    assert builders.figures(clean(tmp_path / "c", 2023))["disputes.screened"] is None


def test_a_document_listed_in_the_review_register_and_in_the_register_of_issue_is_one_document(tmp_path):
    # The 司法所 keeps the 合法性审查 register (every matter reviewed, a bare 序号, no 文号); the 党政办 keeps the
    # register of documents issued (文号, 印发日期). A document passes through both under the same title: it had been
    # counted once in each (6 for 3).
    review = [
        ["序号", "送审事项名称", "送审单位", "审查类别", "送审日期", "审查意见", "审查完成日期"],
        [1, "某镇村规民约指导意见", "党政办", "行政规范性文件", "2024-03-01", "同意", "2024-03-08"],
        [2, "某镇污水管网建设项目", "规划建设办", "重大行政决策", "2024-04-10", "同意", "2024-04-18"],
        [3, "某镇烤烟产业扶持资金管理办法", "农业服务中心", "行政规范性文件", "2024-06-03", "修改后同意", "2024-06-12"],
        [4, "某镇临时救助实施细则", "社会事务办", "行政规范性文件", "2024-09-20", "同意", "2024-09-27"],
    ]
    issued = [
        ["序号", "文件名称", "发文字号", "印发日期", "起草单位", "报送备案日期"],
        [1, "某镇村规民约指导意见", "某府发〔2024〕3号", "2024-03-18", "党政办", "2024-03-30"],
        [2, "某镇烤烟产业扶持资金管理办法", "某府发〔2024〕11号", "2024-06-27", "农业服务中心", "2024-07-09"],
        [3, "某镇临时救助实施细则", "某府发〔2024〕19号", "2024-10-08", "社会事务办", "2024-10-20"],
    ]
    builders.csv_file(tmp_path / "合法性审查登记表.csv", review)
    builders.xlsx(tmp_path / "行政规范性文件制发登记台账.xlsx", {"制发登记": issued})
    result = clean(tmp_path)
    assert builders.figures(result)["normative_documents.issued"] == 3
    assert sorted(n["row"] for n in codes(result, "row.retyped_copy")) == [2, 3, 4]
    # Two documents of the register of issue titled alike stay two (a register lists a document once).
    issued.append([4, "某镇临时救助实施细则", "某府发〔2024〕23号", "2024-11-08", "社会事务办", None])
    builders.xlsx(tmp_path / "b" / "行政规范性文件制发登记台账.xlsx", {"制发登记": issued})
    assert builders.figures(clean(tmp_path / "b"))["normative_documents.issued"] == 4


def test_an_office_log_of_documents_received_is_no_ledger_of_documents_issued_nor_of_disputes(tmp_path):
    # An office system's 收文登记 (收文编号, 来文机关, 文件标题, 来文字号, 办理状态 已办结) lists the court's 应诉通知书
    # received: its titles and numbers had been five 规范性文件 issued, and without them five disputes resolved.
    log = [
        ["收文编号", "收文日期", "来文机关", "文件标题", "来文字号", "承办科室", "办理状态"],
        *[
            [f"SW2024-{i:04d}", f"2024-0{i}-1{i}", "某县人民法院", f"应诉通知书（某某诉某镇人民政府一案{i}）",
             f"（2024）黔0399行初{10 + i}号", "司法所", "已办结"]
            for i in range(1, 6)
        ],
    ]  # fmt: skip
    issued = [
        ["序号", "文件名称", "发文字号", "印发日期"],
        [1, "某镇村规民约指导意见", "某府发〔2024〕3号", "2024-03-18"],
    ]
    builders.csv_file(tmp_path / "收文登记_应诉通知书_2024.csv", log, encoding="utf-8-sig")
    builders.xlsx(tmp_path / "规范性文件登记台账.xlsx", {"登记": issued})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["normative_documents.issued"] == 1
    assert got.get("disputes.screened") is None
    assert [n["sheet"] for n in codes(result, "sheet.other_document")] == ["收文登记_应诉通知书_2024"]


def test_a_police_case_log_naming_each_case_by_its_offence_counts_the_vice_cases(tmp_path):
    # A station's 涉黄涉赌 case log has no type column: each case is named as the police name it (某等3人赌博案,
    # 某介绍卖淫案), dated by 受案日期, its detained persons under 行政拘留（人）, a 合计 row last. Its 案件名称 and
    # 受案日期 had been taken by their cells for a 规范性文件's 文件名称 and 印发日期: 8 documents issued, and
    # 涉黄 cases published as 0 from the 告诫书 register beside it.
    log = [
        ["某派出所2024年查处涉黄涉赌治安案件登记表"],
        ["序号", "案件编号", "案件名称", "受案日期", "违法人数", "处理结果", "行政拘留（人）", "备注"],
        [1, "某公（某）行罚决字〔2024〕101号", "甲某等3人卖淫嫖娼案", "2024.3.5", 3, "行政拘留10日", 2, None],
        [2, "某公（某）行罚决字〔2024〕102号", "乙某等4人赌博案", "2024/4/9", 4, "罚款500元", 0, None],
        [3, "某公（某）行罚决字〔2024〕103号", "丙某介绍卖淫案", "2024年6月2日", 1, "行政拘留5日", 1, None],
        [4, "某公（某）行罚决字〔2024〕104号", "丁某为赌博提供条件案", "20240811", 1, "行政拘留5日", 1, None],
        [5, "某公（某）行罚决字〔2024〕105号", "戊某嫖娼案", "2024-10-20", 1, "罚款500元", 0, None],
        ["合计", None, None, None, 10, None, 4, None],
    ]
    warnings = [
        ["某派出所家庭暴力告诫书出具登记台账"],
        ["序号", "告诫书文号", "加害人", "受害人", "出具日期", "所属村（社区）"],
        [1, "某公（某）告字〔2024〕001号", "己某", "庚某", "2024.2.3", "某村"],
        [2, "某公（某）告字〔2024〕002号", "辛某", "壬某", "2024.7.9", "某社区"],
    ]
    builders.xlsx(tmp_path / "涉黄涉赌治安案件登记表.xlsx", {"黄赌案件": log})
    builders.xlsx(tmp_path / "家庭暴力告诫书登记台账.xlsx", {"告诫书登记": warnings})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["security.vice_cases"], got["security.vice_detentions"], got["security.dv_warnings"]) == (3, 3, 2)
    # The 告诫书 detain no one, and no table could list a 家暴治安案件: their detentions are unknown, never 0.
    assert got["security.dv_detentions"] is None
    assert got["normative_documents.issued"] is None
    assert codes(result, "sheet.title_mismatch") == [] and codes(result, "vocab.unknown") == []


def test_a_catalogue_of_offences_exempt_from_penalty_is_no_register_and_leaves_the_cases_whole(tmp_path):
    # A 包容审慎执法免罚清单 (监管领域, 裁量等级, 违法行为, 处罚依据, 适用情形) lists kinds of offence, no decision.
    # Refused as a register missing 执法类别 and 办理日期, it had left every enforcement figure unknown; the
    # register of the cases decided under it (首违不罚案件台账) is counted as ever.
    catalogue = [
        ["某镇综合行政执法包容审慎执法免罚清单（2024版）"],
        ["序号", "监管领域", "裁量等级", "违法行为", "违法依据", "处罚依据", "适用情形"],
        [1, "市容管理类", "不予处罚", "店外占道经营", "某条例第十七条", "同条", "首次违法且及时改正"],
        [2, "村镇建设类", "减轻处罚", "未按规定设置施工围挡", "某条例", "同条", "危害后果轻微"],
    ]
    cases = [
        ["某镇2024年首违不罚、轻微免罚案件登记台账"],
        ["序号", "当事人", "违法行为", "执法类别", "不予行政处罚决定书文号", "决定日期"],
        [1, "甲某", "店外占道经营", "行政处罚", "某综执不罚〔2024〕1号", "2024.3.5"],
        [2, "乙某", "乱堆乱放建材", "行政处罚", "某综执不罚〔2024〕2号", "2024.6.9"],
    ]
    builders.xlsx(tmp_path / "包容审慎执法免罚清单2024版.xlsx", {"免罚清单": catalogue})
    builders.xlsx(tmp_path / "首违不罚轻微免罚案件台账.xlsx", {"免罚案件": cases})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"]) == (2, 2)
    assert codes(result, "column.missing") == [] and len(codes(result, "sheet.other_document")) == 1


@pytest.mark.parametrize("x", ["/", "无此职责"])
def test_an_annual_form_by_office_marking_powers_an_office_lacks_states_each_category(tmp_path, x):
    # The 行政执法统计年报 of a town by 执法主体 (a row per office, a column per category, 合计 last): "/" or 无此职责
    # where an office has no such power (广东's 年度数据公开样式: 无相关行政执法职责的…注明). Taken for words, a column
    # with them for two offices of four was no column of counts: 行政强制, 行政给付 … 无法统计 beside the 合计.
    rows = [
        ["某镇2024年度行政执法统计年报表"],
        ["序号", "执法主体", "行政许可", "行政处罚", "行政强制", "行政征收", "行政检查", "行政给付", "其他", "合计"],
        [1, "某镇综合行政执法办公室", 0, 41, 3, x, 57, x, 0, 101],
        [2, "某镇农业服务中心", 12, 0, x, x, 23, 0, 2, 37],
        [3, "某镇自然资源所", 35, 6, 1, x, 18, x, 0, 60],
        [4, "某镇社会事务办", x, x, x, x, 4, 120, 0, 124],
        ["合计", None, 47, 47, 4, 0, 102, 120, 2, 322],
        ["说明：“/”表示本单位无该项执法职责。"],
    ]
    builders.xlsx(tmp_path / "2024年度行政执法统计年报（按执法主体）.xlsx", {"年报表": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.coercion"], got["enforcement.payment"], got["enforcement.levy"]) == (4, 120, 0)
    assert (got["enforcement.licensing"], got["enforcement.inspection"], got["enforcement.cases"]) == (47, 102, 322)


def test_an_annual_form_by_office_without_a_total_row_adds_no_part_row_twice(tmp_path):
    # The form by 执法主体 the county adds up itself (no 合计 row), a row 其中：赋权事项 under the 综合行政执法队:
    # the part of that office's cases done under the devolved powers, already in its row. Added as an office of
    # its own it had counted them twice (373 cases for 334, every category too large).
    rows = [
        ["某镇2024年度行政执法数据统计表"],
        ["执法主体", "合计", "行政许可", "行政处罚", "行政强制", "行政检查", "其他", "罚没金额（万元）", "行政复议"],
        ["某镇人民政府", 30, 20, 0, 0, 10, 0, 0, 0],
        ["某镇综合行政执法队", 50, 0, 30, 5, 15, 0, 1.2, 1],
        ["　　其中：赋权事项", 20, 0, 15, 2, 3, 0, 0.6, 0],
        ["某镇农业服务中心", 12, 2, 1, 0, 8, 1, 0.05, 0],
    ]
    builders.xlsx(tmp_path / "某镇2024年度行政执法数据统计表.xlsx", {"执法统计": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.cases"], got["enforcement.licensing"], got["enforcement.penalty"]) == (92, 22, 31)
    assert (got["enforcement.coercion"], got["enforcement.inspection"], got["enforcement.other"]) == (5, 33, 1)


def test_a_watch_list_kept_a_sheet_per_quarter_takes_each_persons_latest_status(tmp_path):
    # The 涉诈高危人员 list kept a sheet per quarter lists again whoever is still on it: 在控 in 一季度, a person is
    # 已销号 in 二季度 and gone from 三季度. The copies had been two statuses of one person that disagree
    # (row.copies_differ): both figures 无法统计. 在册 is where a person stands so far (spec `provisional`).
    header = ["序号", "姓名", "身份证号", "村（社区）", "管控状态", "联系情况"]
    book = {
        "一季度": [header, [1, "甲某", "520323199001010011", "某村", "在控", "已联系"],
                   [2, "乙某", "520323199102020022", "某村", "在控", "已联系"],
                   [3, "丙某", "520323199203030033", "某社区", "在控", "未联系上"]],
        "二季度": [header, [1, "甲某", "520323199001010011", "某村", "已销号", None],
                   [2, "乙某", "520323199102020022", "某村", "在控", "已联系"],
                   [3, "丙某", "520323199203030033", "某社区", "在控", "未联系上"]],
        "三季度": [header, [1, "乙某", "520323199102020022", "某村", "在控", "已联系"],
                   [2, "丙某", "520323199203030033", "某社区", "在控", "未联系上"]],
        "四季度": [header, [1, "乙某", "520323199102020022", "某村", "在控", "已联系"],
                   [2, "丙某", "520323199203030033", "某社区", "在控", "未联系上"]],
    }  # fmt: skip
    builders.xlsx(tmp_path / "涉诈高危人员动态管控台账2024.xlsx", book)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.removed"], got["fraud_watch.remaining"], got["fraud_watch.contacted"]) == (1, 2, 1)
    assert codes(result, "row.copies_differ") == []


def test_a_verification_list_s_check_statuses_keep_a_person_on_it_until_taken_off(tmp_path):
    # A 反诈中心's 涉诈高危人员核查名单 writes where the check stands: 已核查-无风险, 已核查-劝阻, 失联 beside 核减 and
    # 在册. Only 核减 takes a person off; the others are still in the stock. They had been 不在规定选项中 and all three
    # figures 无法统计.
    rows = [
        ["某镇涉诈高危人员核查名单"],
        ["序号", "姓名", "身份证号码", "所属村（社区）", "核查状态", "是否取得联系"],
        [1, "甲某", "990323198101010010", "某村", "已核查-无风险", "是"],
        [2, "乙某", "990323198202020023", "某村", "已核查-劝阻", "是"],
        [3, "丙某", "990323198303030036", "某社区", "核减", "是"],
        [4, "丁某", "990323198404040049", "某社区", "在册", "否"],
        [5, "戊某", "990323198505050051", "某社区", "失联", "否"],
    ]
    builders.xlsx(tmp_path / "涉诈高危人员核查名单.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.removed"], got["fraud_watch.remaining"], got["fraud_watch.contacted"]) == (1, 4, 2)
    assert codes(result, "vocab.unknown") == []


def test_a_verification_list_counts_as_contacted_whoever_was_reached_not_only_those_met(tmp_path):
    # 是否见面 (met in person) beside 联系方式 answered 已联系 / 无法联系: a person reached by telephone but not met has
    # been contacted. 是否见面 had been taken for the answer by its title, and the column of answers, titled like a
    # telephone number, left unread: 1 contacted for 3.
    rows = [
        ["某镇涉诈高危人员核查名单"],
        ["序号", "姓名", "身份证号码", "联系电话", "核查状态", "是否见面", "联系方式"],
        [1, "甲某", "990323198101010010", "13800000001", "在册", "是", "已联系"],
        [2, "乙某", "990323198202020023", "13800000002", "在册", "否", "已联系"],
        [3, "丙某", "990323198303030036", "13800000003", "在册", "否", "已联系"],
        [4, "丁某", "990323198404040049", "13800000004", "在册", "否", "无法联系"],
        [5, "戊某", "990323198505050051", "13800000005", "核减", "是", "已联系"],
    ]
    builders.xlsx(tmp_path / "涉诈高危人员核查名单.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.remaining"], got["fraud_watch.contacted"]) == (4, 3)
    # Without the column of answers, 是否见面 is still read as before.
    rows = [r[:6] for r in rows]
    builders.xlsx(tmp_path / "b" / "涉诈高危人员核查名单.xlsx", {"Sheet1": rows})
    assert builders.figures(clean(tmp_path / "b"))["fraud_watch.contacted"] == 1


def test_a_watch_list_marking_only_the_persons_taken_off_keeps_the_others_on_it(tmp_path):
    # 是否核减 answered 是 on the persons taken off (核减时间 beside), left blank on the others: a blank in both is a
    # person on the list (as a list without the column tells it by the date), not a status unknown. The blanks had
    # been 必填项为空 and every figure 无法统计.
    rows = [
        ["某镇涉诈高危人员管控台账"],
        ["序号", "姓名", "身份证号码", "户籍地", "是否核减", "核减时间", "是否取得联系"],
        [1, "甲某", "520323199001010011", "某村", None, None, "是"],
        [2, "乙某", "520323199102020022", "某村", "是", "2024.5.6", None],
        [3, "丙某", "520323199203030033", "某社区", None, None, "否"],
        [4, "丁某", "520323199304040044", "某社区", None, "2024.8.1", None],
    ]
    builders.xlsx(tmp_path / "涉诈高危人员台账.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.removed"], got["fraud_watch.remaining"], got["fraud_watch.contacted"]) == (2, 2, 1)
    assert codes(result, "cell.required_blank") == []


def test_a_station_form_of_flat_this_period_columns_reads_the_bare_count_not_the_detentions(tmp_path):
    # A 派出所's 社会治安警情、案件统计表: flat titles 本期案件数（起） | 去年同期（起） | 同比（%） | 本期治安拘留（人） |
    # 去年同期拘留（人）, no 本期 row under a merged title and no 其中 before the detentions. The row's count is the one
    # column that only says how many (本期案件数); 本期治安拘留 is the detentions' column. It had been left unused.
    rows = [
        ["某派出所2024年1-12月社会治安警情、案件统计表"],
        ["统计时段：2024年1月1日至12月31日", None, None, None, "填报单位：某派出所"],
        ["类别", "本期案件数（起）", "去年同期（起）", "同比（%）", "本期治安拘留（人）", "去年同期拘留（人）"],
        ["涉黄治安案件", 3, 2, "50.0%", 5, 4],
        ["涉赌治安案件", 4, 6, "-33.3%", 7, 9],
        ["盗窃案件", 9, 12, "-25.0%", 2, 3],
        ["合计", 16, 20, "-20.0%", 14, 16],
    ]
    builders.xlsx(tmp_path / "社会治安警情案件统计表.xlsx", {"Sheet1": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (3, 5)
    # No 告诫书 row: the warnings and the domestic-violence detentions are not stated, never 0.
    assert (got.get("security.dv_warnings"), got.get("security.dv_detentions")) == (None, None)


def test_a_monthly_form_grouping_a_count_and_its_persons_under_one_title_reads_each_apart(tmp_path):
    # A 综治中心's monthly 平安建设工作统计表: 涉黄治安案件 merged over 案件数（起） | 查处人数 | 治安拘留（人）, a row a
    # month and a 合计 row. The title's count is the one column that only says how many; the three had been added
    # (11 cases read as 39), and the detentions, both labels over one column, left unstated.
    rows = [
        ["某镇2024年平安建设工作统计表"],
        ["月份", "涉黄治安案件", None, None, "家暴告诫书（份）"],
        [None, "案件数（起）", "查处人数", "治安拘留（人）", None],
        ["1月", 2, 4, 1, 1],
        ["2月", 0, 0, 0, 2],
        ["3月", 1, 2, 2, 0],
        ["合计", 3, 6, 3, 3],
    ]
    builders.xlsx(
        tmp_path / "平安建设统计表2024.xlsx", {"统计表": rows}, merged={"统计表": ["B2:D2", "A2:A3", "E2:E3"]}
    )
    got = builders.figures(clean(tmp_path))
    assert (got["security.vice_cases"], got["security.vice_detentions"], got["security.dv_warnings"]) == (3, 3, 3)
    # 起数 beside 人数 (both only say how many) and 其中：治安拘留: the cases are the 起数, the detentions the part.
    rows[2] = [None, "起数", "人数", "其中：治安拘留", None]
    builders.xlsx(
        tmp_path / "b" / "平安建设统计表2024.xlsx", {"统计表": rows}, merged={"统计表": ["B2:D2", "A2:A3", "E2:E3"]}
    )
    got = builders.figures(clean(tmp_path / "b"))
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (3, 3)


def test_a_warning_register_alone_says_nothing_of_vice_cases_and_leaves_them_to_the_form_beside_it(tmp_path):
    # A 家庭暴力告诫书登记台账 (告诫书编号, 加害人, 受害人, 出具日期) has no type column: its title names its one sort.
    # Alone it had published 涉黄治安案件 0; beside the station's form stating 3, its 0 had overruled the form.
    warnings = [
        ["家庭暴力告诫书登记台账"],
        ["序号", "告诫书编号", "加害人", "受害人", "出具日期", "出具单位"],
        [1, "某公（治）告字〔2024〕001号", "甲某", "乙某", "2024-03-05", "某派出所"],
        [2, "某公（治）告字〔2024〕002号", "丙某", "丁某", "2024-07-19", "某派出所"],
    ]
    builders.xlsx(tmp_path / "a" / "家庭暴力告诫书登记台账.xlsx", {"Sheet1": warnings})
    got = builders.figures(clean(tmp_path / "a"))
    assert (got["security.dv_warnings"], got["security.vice_cases"]) == (2, None)
    # A 告诫书 adds no detention, so it says nothing either of the detentions of the 家暴 cases it does not list.
    assert got["security.dv_detentions"] is None
    form = [
        ["某派出所2024年社会治安案件统计表"],
        ["类别", "起数", "其中：行政拘留（人）", "上年同期起数"],
        ["涉黄治安案件", 3, 5, 2],
        ["涉赌治安案件", 4, 7, 6],
    ]
    builders.xlsx(tmp_path / "b" / "家庭暴力告诫书登记台账.xlsx", {"Sheet1": warnings})
    builders.xlsx(tmp_path / "b" / "社会治安案件统计表.xlsx", {"统计表": form})
    got = builders.figures(clean(tmp_path / "b"))
    assert (got["security.dv_warnings"], got["security.vice_cases"], got["security.vice_detentions"]) == (2, 3, 5)


def test_a_contract_review_register_alone_says_nothing_of_the_counsel_s_other_services(tmp_path):
    # A 合同审查登记表 (合同名称, 送审单位, 审查日期, 审查意见) has no service column: its title names its one service.
    # Alone it had published 法律咨询 0, 法律意见书 0 and 法律援助 0, services it holds no evidence of.
    reviews = [
        ["某镇2024年合同审查登记表"],
        ["序号", "合同名称", "送审单位", "审查日期", "审查意见", "法律顾问"],
        [1, "村道硬化工程施工合同", "党政办", "2024-03-05", "修改后签订", "甲某"],
        [2, "办公用房租赁合同", "财政所", "2024-06-11", "同意签订", "甲某"],
        [3, "垃圾清运服务合同", "综合执法队", "2024-09-20", "修改后签订", "甲某"],
    ]
    builders.xlsx(tmp_path / "a" / "合同审查登记表.xlsx", {"Sheet1": reviews})
    result = clean(tmp_path / "a")
    got = builders.figures(result)
    assert (got["counsel.document_reviews"], got["counsel.consultations"], got["counsel.opinions"]) == (3, None, None)
    # Each review is dated by its 审查日期, not by the title's year: a day mistyped in it is named, not passed over.
    assert not codes(result, "date.yearless")
    mistyped = [*reviews[:3], [2, "垃圾清运服务合同", "综合执法队", "2024-13-20", "修改后签订", "甲某"]]
    builders.xlsx(tmp_path / "c" / "合同审查登记表.xlsx", {"Sheet1": mistyped})
    assert [(i["header"], i["cell"]) for i in codes(clean(tmp_path / "c"), "date.unparseable")] == [("审查日期", "D4")]
    # Beside a service log with a column of services, every service has its evidence: one the log never names is 0.
    log = [
        ["序号", "服务日期", "服务类型", "服务对象", "数量"],
        [1, "2024-04-02", "法律咨询", "村民", 2],
        [2, "2024-05-17", "法律咨询", "村委会", 1],
    ]
    builders.xlsx(tmp_path / "b" / "合同审查登记表.xlsx", {"Sheet1": reviews})
    builders.xlsx(tmp_path / "b" / "法律顾问服务台账.xlsx", {"Sheet1": log})
    got = builders.figures(clean(tmp_path / "b"))
    assert (got["counsel.document_reviews"], got["counsel.consultations"], got["counsel.opinions"]) == (3, 3, 0)


# --- status and categories written by marks and formatting, not words (development town 彩云镇) --------------------


def _marked_book(path, rows: list[list], fills: dict[int, str] | None = None, fonts: dict | None = None):
    """A workbook whose rows `fills` (1-based) are filled with a colour (RRGGBB) on every cell, and whose cells
    `fonts` have a font of their own (a symbol font, red bold text)."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    for row in rows:
        ws.append(row)
    for r, colour in (fills or {}).items():
        for cell in ws[r]:
            if cell.value is not None:
                cell.fill = PatternFill("solid", fgColor=colour)
    for (r, c), font in (fonts or {}).items():
        ws.cell(row=r, column=c).font = Font(**font)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


# Excel's 好 / 适中 / 差 cell styles: the light green, yellow and red fills a clerk picks from the gallery.
GREEN, YELLOW, RED = "C6EFCE", "FFEB9C", "FFC7CE"
FILLED_DISPUTES = [
    ["序号", "排查日期", "村（社区）", "纠纷类型", "包案责任人"],
    [1, "2024-03-05", "甲村", "邻里纠纷", "张某"],
    [2, "2024-04-11", "乙村", "婚姻家庭纠纷", "李某"],
    [3, "2024-06-02", "甲村", "土地纠纷", "王某"],
    [4, "2024-09-18", "丙村", "邻里纠纷", "赵某"],
]
STATUS_FILLS = {2: GREEN, 3: GREEN, 4: YELLOW, 5: RED}


def test_status_by_fill_colour_is_read_through_the_legend_under_the_table(tmp_path):
    # No 化解情况 column: each row is filled, and the note under the table says what each colour means.
    rows = [*FILLED_DISPUTES, [], ["注：绿色为已化解，黄色为化解中，红色为未化解。"]]
    _marked_book(tmp_path / "矛盾纠纷排查化解台账.xlsx", rows, STATUS_FILLS)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)
    (note,) = codes(result, "column.from_fill")
    assert "绿色为已化解" in note["header"] and note["level"] == "提示"


def _with_shared_strings(path):
    """The workbook re-written as Excel and WPS save one: its texts in xl/sharedStrings.xml, not in the cells."""
    import re
    import zipfile
    from xml.sax.saxutils import escape

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    strings: list[str] = []

    def shared(m: re.Match[bytes]) -> bytes:
        strings.append(re.sub(r"&#(\d+);", lambda e: chr(int(e.group(1))), m.group(2).decode()))
        return m.group(1) + f't="s"><v>{len(strings) - 1}</v></c>'.encode()

    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb'(<c [^>]*?)t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', shared, parts[sheet])
    assert strings, "no inline string to share"
    items = "".join(f"<si><t>{escape(t)}</t></si>" for t in strings)
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    parts["xl/sharedStrings.xml"] = f'<sst xmlns="{ns}" count="{len(strings)}">{items}</sst>'.encode()
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kind}"/></Types>'.encode()
    )
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rId99" Type="{rel}" Target="sharedStrings.xml"/></Relationships>'.encode(),
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_status_by_fill_colour_in_a_book_of_shared_strings_as_excel_saves_it(tmp_path):
    rows = [*FILLED_DISPUTES, [], ["注：绿色为已化解，黄色为化解中，红色为未化解。"]]
    path = _marked_book(tmp_path / "矛盾纠纷排查化解台账.xlsx", rows, STATUS_FILLS)
    _with_shared_strings(path)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)
    assert codes(result, "column.from_fill")


def test_a_filled_row_whose_cell_in_a_column_inserted_later_is_plain_keeps_its_colour(tmp_path):
    # 经办人 inserted after the rows were filled and typed down the register: its cells have no fill, the row's other
    # cells still say its colour (as a struck row's inserted cell leaves the row struck).
    rows = [[*r[:3], "经办人" if n == 0 else "王丽", *r[3:]] for n, r in enumerate(FILLED_DISPUTES)]
    rows += [[], ["注：绿色为已化解，黄色为化解中，红色为未化解。"]]
    path = _marked_book(tmp_path / "矛盾纠纷排查化解台账.xlsx", rows, STATUS_FILLS)
    import openpyxl
    from openpyxl.styles import PatternFill

    wb = openpyxl.load_workbook(path)
    for r in STATUS_FILLS:
        wb.active.cell(r, 4).fill = PatternFill()
    wb.save(path)
    got = builders.figures(clean(tmp_path))
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)


def test_a_row_with_two_plain_cells_or_two_colours_has_no_colour(tmp_path):
    # Two cells left plain, or a cell of another colour: which colour the row is, nothing says.
    rows = [*FILLED_DISPUTES, [], ["注：绿色为已化解，黄色为化解中，红色为未化解。"]]
    path = _marked_book(tmp_path / "矛盾纠纷排查化解台账.xlsx", rows, STATUS_FILLS)
    import openpyxl
    from openpyxl.styles import PatternFill

    wb = openpyxl.load_workbook(path)
    for r in STATUS_FILLS:
        wb.active.cell(r, 2).fill = PatternFill()
        wb.active.cell(r, 4).fill = PatternFill() if r % 2 else PatternFill("solid", fgColor=YELLOW)
    wb.save(path)
    got = builders.figures(clean(tmp_path))
    assert got["disputes.resolved"] is None


def test_fills_without_a_legend_of_colours_decide_nothing(tmp_path):
    # The same colours with no note: nothing says what green means, so the status is missing, never guessed.
    _marked_book(tmp_path / "矛盾纠纷排查化解台账.xlsx", FILLED_DISPUTES, STATUS_FILLS)
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.resolved"] is None
    assert codes(result, "column.missing") and not codes(result, "column.from_fill")


def _word_ledger(path, rows: list[list], note: str, fills: dict[int, str] | None = None):
    """A Word ledger: a title, the table (rows `fills`, 0-based, shaded in a colour on every cell, as 底纹 paints
    them) and a note paragraph under it."""
    from xml.sax.saxutils import escape

    def tr(k, row):
        shading = (
            f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{fills[k]}"/></w:tcPr>' if k in (fills or {}) else ""
        )
        return (
            "<w:tr>"
            + "".join(f"<w:tc>{shading}<w:p><w:r><w:t>{escape(str(v))}</w:t></w:r></w:p></w:tc>" for v in row)
            + "</w:tr>"
        )

    table = "<w:tbl>" + "".join(tr(k, row) for k, row in enumerate(rows)) + "</w:tbl>"
    title = "<w:p><w:r><w:t>矛盾纠纷排查化解台账</w:t></w:r></w:p>"
    return builders.word_draft(path, f"{title}{table}<w:p><w:r><w:t>{note}</w:t></w:r></w:p>")


def test_status_by_the_shading_of_a_word_tables_rows_is_read_through_the_note_under_it(tmp_path):
    # Before: column.missing ("缺少必填列“化解状态”"), disputes.resolved unknown: a Word table's shading and the note
    # under it were read by no one, where the same workbook is read through its legend.
    fills = {k - 1: colour for k, colour in STATUS_FILLS.items()}
    _word_ledger(
        tmp_path / "矛盾纠纷排查化解台账.docx", FILLED_DISPUTES, "注：绿色为已化解，黄色为化解中，红色为未化解。", fills
    )
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)
    assert codes(result, "column.from_fill")


def test_codes_of_a_word_table_are_read_through_the_note_under_it(tmp_path):
    # Before: each code named "“1”不在“化解状态”的规定选项中", disputes.resolved unknown.
    rows = [[*FILLED_DISPUTES[0], "化解状态"]] + [[*r, code] for r, code in zip(FILLED_DISPUTES[1:], [1, 1, 2, 3])]
    _word_ledger(tmp_path / "矛盾纠纷排查化解台账.docx", rows, "注：化解状态 1=已化解，2=化解中，3=未化解。")
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.resolved"] == 2
    assert codes(result, "column.decoded") and not codes(result, "vocab.unknown")


@pytest.mark.parametrize(
    ("props", "note"),
    [
        # 荧光笔: every run of the row marked with Word's highlighter.
        ({1: '<w:highlight w:val="green"/>', 2: '<w:highlight w:val="green"/>', 3: '<w:highlight w:val="yellow"/>',
          4: '<w:highlight w:val="red"/>'}, "注：绿色为已化解，黄色为化解中，红色为未化解。"),
        # 字体颜色: the row's text typed in a colour of its own, the others black.
        ({1: '<w:color w:val="00B050"/>', 2: '<w:color w:val="00B050"/>', 4: '<w:color w:val="FF0000"/>'},
         "注：绿色字体为已化解，黑色字体为化解中，红色字体为未化解。"),
    ],
)  # fmt: skip
def test_status_by_the_highlighter_or_font_colour_of_a_word_tables_rows_is_read_through_the_note(props, note, tmp_path):
    # Before: column.missing, disputes.resolved unknown, as for a Word table's shading.
    path = _word_ledger(tmp_path / "矛盾纠纷排查化解台账.docx", FILLED_DISPUTES, note)
    _runs_formatted(path, props)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)


def _runs_formatted(path, props: dict[int, str]) -> None:
    """The Word ledger at `path` with the runs of its table's rows `props` (0-based) given these run properties."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    body = parts["word/document.xml"].decode()
    head, table, tail = re.split(r"(<w:tbl>.*</w:tbl>)", body, flags=re.S)
    rows = table.split("<w:tr>")
    for k, given in props.items():
        rows[k + 1] = rows[k + 1].replace("<w:r>", f"<w:r><w:rPr>{given}</w:rPr>")
    parts["word/document.xml"] = (head + "<w:tr>".join(rows) + tail).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_shading_of_a_word_table_without_a_note_of_colours_decides_nothing(tmp_path):
    fills = {k - 1: colour for k, colour in STATUS_FILLS.items()}
    _word_ledger(tmp_path / "矛盾纠纷排查化解台账.docx", FILLED_DISPUTES, "注：本表由综治中心填写。", fills)
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.resolved"] is None
    assert codes(result, "column.missing") and not codes(result, "column.from_fill")


def test_a_status_written_in_words_is_not_overruled_by_the_rows_fill(tmp_path):
    # The words are written: the colours (here contradicting them) and their legend decide nothing.
    rows = [["序号", "排查日期", "村（社区）", "纠纷类型", "化解状态"]]
    rows += [
        [n, f"2024-0{n}-05", "甲村", "邻里纠纷", s] for n, s in enumerate(["化解中", "化解中", "已化解", "已化解"], 1)
    ]
    _marked_book(tmp_path / "矛盾纠纷排查化解台账.xlsx", [*rows, [], ["注：绿色为已化解，红色为未化解"]], STATUS_FILLS)
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.resolved"] == 2
    assert not codes(result, "column.from_fill")


def test_ticks_typed_in_a_symbol_font_are_the_ticks_the_font_shows(tmp_path):
    # 是否取得联系 set in Wingdings (ü ✓, û ✗) by one clerk and in Wingdings 2 (P ✓, O ✗) by the other: the cell
    # stores the letter, the page shows the tick.
    import random

    from devtowns import fake

    rng = random.Random(7)
    head = ["序号", "姓名", "身份证号码", "联系电话", "管控状态", "是否取得联系"]
    marks = [("ü", "Wingdings"), ("û", "Wingdings"), ("ü", "Wingdings"), ("P", "Wingdings 2"), ("O", "Wingdings 2")]
    rows = [head] + [
        [n, fake.name(rng), fake.id_number(rng), fake.mobile(rng), "在册", mark] for n, (mark, _) in enumerate(marks, 1)
    ]
    fonts = {(r, 6): {"name": font} for r, (_, font) in enumerate(marks, 2)}
    _marked_book(tmp_path / "涉诈高危人员管控台账.xlsx", rows, fonts=fonts)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.remaining"], got["fraud_watch.contacted"]) == (5, 3)
    assert not codes(result, "bool.unparseable")


def test_a_letter_in_an_ordinary_font_stays_a_letter_said_unknown(tmp_path):
    # The same ü without the symbol font (a CSV copy, a font changed back): nothing shows a tick, so no answer.
    head = ["序号", "姓名", "管控状态", "是否取得联系"]
    rows = [head, [1, "张某", "在册", "ü"], [2, "李某", "在册", "是"]]
    _marked_book(tmp_path / "涉诈高危人员管控台账.xlsx", rows)
    result = clean(tmp_path)
    assert builders.figures(result)["fraud_watch.contacted"] is None
    (problem,) = codes(result, "bool.unparseable")
    assert problem["value"] == "ü"


def test_result_symbols_and_round_buttons_explained_by_a_note_under_the_table(tmp_path):
    # 调解结果 √ / × / ○ read through the note; 协议形式 printed as a single choice of round buttons (●口头 ○书面).
    rows = [
        ["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"],
        [1, "彩调〔2024〕1号", "2024-03-05", "邻里纠纷", "√", "●口头 ○书面", 100],
        [2, "彩调〔2024〕2号", "2024-04-05", "邻里纠纷", "√", "○口头 ●书面", 200],
        [3, "彩调〔2024〕3号", "2024-05-05", "婚姻家庭纠纷", "×", "○口头 ○书面", None],
        [4, "彩调〔2024〕4号", "2024-06-05", "邻里纠纷", "○", "○口头 ○书面", None],
        [],
        ["注：调解结果栏 √表示调解成功，×表示调解不成功，○表示调解中；协议形式栏 ●为选中项。"],
    ]
    _marked_book(tmp_path / "人民调解案件登记表.xlsx", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert [got[f] for f in ("mediation.cases", "mediation.oral", "mediation.written")] == [2, 1, 1]
    assert got["mediation.subsidy_yuan"] == 300
    assert not codes(result, "vocab.unknown")


def test_a_star_explained_by_a_note_is_the_service_it_names(tmp_path):
    rows = [
        ["序号", "服务日期", "服务村（社区）", "服务类型", "服务内容", "数量"],
        [1, "2024/03/05", "甲村", "法律咨询", "解答土地承包问题", 2],
        [2, "2024/04/05", "甲村", "★", "就工程款纠纷出具意见", 1],
        [3, "2024/05/05", "乙村", "★", "就征收补偿方案出具意见", 1],
        [],
        ["注：服务类型栏标★的为出具法律意见书。"],
    ]
    _marked_book(tmp_path / "法律顾问工作日志.xlsx", rows)
    got = builders.figures(clean(tmp_path))
    assert (got["counsel.opinions"], got["counsel.consultations"]) == (2, 2)


def test_a_star_without_its_note_is_no_service(tmp_path):
    rows = [["序号", "服务日期", "服务类型", "数量"], [1, "2024/03/05", "法律咨询", 2], [2, "2024/04/05", "★", 1]]
    _marked_book(tmp_path / "法律顾问工作日志.xlsx", rows)
    result = clean(tmp_path)
    assert builders.figures(result)["counsel.opinions"] is None
    assert [p["value"] for p in codes(result, "vocab.unknown")] == ["★"]


def test_ticks_and_crosses_typed_on_a_phone(tmp_path):
    # ✔️ is ✔ followed by the emoji variation selector U+FE0F; ✔︎ by U+FE0E; ❌ and ✖ are crosses.
    rows = [["序号", "案号", "开庭日期", "负责人是否出庭"]]
    marks = ["✔\ufe0f", "❌", "✔\ufe0e", "✖", "🗸"]
    rows += [[n, f"（2024）黔9905行初{n}号", f"2024-0{n}-05", m] for n, m in enumerate(marks, 1)]
    _marked_book(tmp_path / "行政应诉案件登记表.xlsx", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (5, 3)
    assert not codes(result, "bool.unparseable")


def test_fills_and_symbol_font_ticks_of_an_excel_97_book_are_read_as_in_xlsx(tmp_path):
    # An .xls (or a WPS .et) keeps a fill as a palette index in its XF record and a font's name in its FONT record.
    from devtowns.books import Book, Sheet, biff_workbook, ole_bytes

    rows = [*FILLED_DISPUTES, [], ["注：绿色为已化解，黄色为化解中，红色为未化解。"]]
    sheet = Sheet("台账", rows, filled_rows=STATUS_FILLS)
    (tmp_path / "矛盾纠纷排查化解台账.xls").write_bytes(ole_bytes(biff_workbook(Book("a.xls", [sheet], fmt="biff"))))
    watch = [["序号", "姓名", "管控状态", "是否取得联系"], [1, "张某", "在册", "ü"], [2, "李某", "在册", "O"]]
    fonts = {(2, 4): {"name": "Wingdings"}, (3, 4): {"name": "Wingdings 2"}}
    sheet = Sheet("台账", watch, cell_fonts=fonts)
    (tmp_path / "涉诈高危人员管控台账.xls").write_bytes(ole_bytes(biff_workbook(Book("b.xls", [sheet], fmt="biff"))))
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)
    assert (got["fraud_watch.remaining"], got["fraud_watch.contacted"]) == (2, 1)


def test_a_session_whose_serial_is_typed_again_on_each_villages_row_is_one_session(tmp_path):
    # 蕙田镇: the session's 序号 typed on each village's row instead of merged (1, 1, 1, 2, 2), the date, theme and
    # speaker typed again too. Before: every row a session (19 for 5). A 序号 typed once per row stays a session each.
    head = ["序号", "培训日期", "培训主题", "授课人", "参训村（社区）", "实参训人数"]
    rows = [
        ["某镇2024年乡村“法律明白人”培训台账"],
        head,
        [1, "2024-04-18", "民法典与农村生活", "某甲", "甲村", 6],
        [1, "2024-04-18", "民法典与农村生活", "某甲", "乙村", 5],
        [1, "2024-04-18", "民法典与农村生活", "某甲", "丙社区", 7],
        [2, "2024-09-10", "人民调解实务", "某乙", "甲村", 4],
        [2, "2024-09-10", "人民调解实务", "某乙", "乙村", 3],
        [3, "2024-11-05", "反家庭暴力法宣讲", "某丙", "丙社区", 8],
    ]
    builders.xlsx(tmp_path / "typed" / "法律明白人培训.xlsx", {"培训": rows})
    result = clean(tmp_path / "typed")
    assert builders.figures(result)["training.legal_literacy_sessions"] == 3
    assert [r["detail"] for r in codes(result, "sheet.shares_summed")] == ["3、4、5；6、7"]
    assert sorted(result.tables["training"]["participants"].tolist()) == [7, 8, 18]
    # Numbered a row each, the same rows are sessions of their own; typed again but another theme, too.
    own = [*rows[:2], *([n, *r[1:]] for n, r in enumerate(rows[2:], start=1))]
    builders.xlsx(tmp_path / "own" / "法律明白人培训.xlsx", {"培训": own})
    assert builders.figures(clean(tmp_path / "own"))["training.legal_literacy_sessions"] == 6
    other = [*rows[:3], [1, "2024-04-18", "农村土地承包法解读", "某甲", "乙村", 5], *rows[5:]]
    builders.xlsx(tmp_path / "other" / "法律明白人培训.xlsx", {"培训": other})
    result = clean(tmp_path / "other")
    assert builders.figures(result)["training.legal_literacy_sessions"] == 4
    assert [r["detail"] for r in codes(result, "sheet.shares_summed")] == ["5、6"]


def test_a_session_register_sorted_by_attendance_or_its_serial_retyped_in_full_width_is_still_one_session(tmp_path):
    # 蕙田镇 under the sorted and numbers variants: the rows of one session under one typed 序号, the list sorted by
    # 实参训人数 (a session's rows no longer next to each other), or the 序号 typed １ on some rows. Before: 14 and 13
    # sessions for 5. Rows of one 序号 saying different things (another date) stay sessions of their own.
    head = ["序号", "培训日期", "培训主题", "授课人", "参训村（社区）", "实参训人数"]
    a = ["2024-04-18", "民法典与农村生活", "某甲"]
    b = ["2024-09-10", "人民调解实务", "某乙"]
    c = ["2024-11-05", "反家庭暴力法宣讲", "某丙"]
    by_count = [[3, *c, "丙社区", 8], [1, *a, "丙社区", 7], [2, *b, "甲村", 4], [1, *a, "甲村", 6], [1, *a, "乙村", 5],
                [2, *b, "乙村", 3]]  # fmt: skip
    builders.xlsx(tmp_path / "sorted" / "法律明白人培训.xlsx", {"培训": [head, *by_count]})
    result = clean(tmp_path / "sorted")
    assert builders.figures(result)["training.legal_literacy_sessions"] == 3
    assert sorted(result.tables["training"]["participants"].tolist()) == [7, 8, 18]
    wide = [
        ["１", *a, "甲村", 6],
        [1, *a, "乙村", 5],
        ["1", *a, "丙社区", 7],
        [2, *b, "甲村", 4],
        ["２", *b, "乙村", 3],
    ]
    builders.xlsx(tmp_path / "wide" / "法律明白人培训.xlsx", {"培训": [head, *wide]})
    assert builders.figures(clean(tmp_path / "wide"))["training.legal_literacy_sessions"] == 2
    other = [[3, *c, "丙社区", 8], [1, *a, "丙社区", 7], [2, *b, "甲村", 4], [1, "2024-05-20", *a[1:], "甲村", 6]]
    builders.xlsx(tmp_path / "other" / "法律明白人培训.xlsx", {"培训": [head, *other]})
    assert builders.figures(clean(tmp_path / "other"))["training.legal_literacy_sessions"] == 4


def test_a_counsel_log_kept_to_the_service_standard_reads_its_items_beside_a_manner_titled_service_type(tmp_path):
    # 蕙田镇: a provincial standard's five 服务事项 (法律咨询解答, 法律知识宣传, 矛盾纠纷化解, 村（居）治理顾问, 法律服务指引)
    # under 服务事项, its manners (实地服务 / 远程服务 / 预约服务) under a column titled 服务类型. Before: 12 vocab.unknown
    # and the four figures withheld. Advising the committee and pointing a resident to the aid centre are none of them.
    rows = [
        ["序号", "服务日期", "服务事项", "服务类型", "服务人次"],
        [1, "2024-03-05", "法律咨询解答", "实地服务", 3],
        [2, "2024-03-12", "法律知识宣传", "实地服务", 1],
        [3, "2024-04-02", "矛盾纠纷化解", "实地服务", 1],
        [4, "2024-04-20", "村（居）治理顾问", "预约服务", 1],
        [5, "2024-05-06", "法律服务指引", "远程服务", None],
        [6, "2024-06-11", "审查合同", "远程服务", 2],
        [7, "2024-07-15", "法律咨询解答", "远程服务", None],
        [8, "2024-08-01", "协助法律援助", "预约服务", 1],
    ]
    builders.xlsx(tmp_path / "村（居）法律顾问服务台账.xlsx", {"服务台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (4, 2, 0)
    assert got["counsel.legal_aid"] == 1
    assert not codes(result, "vocab.unknown")
    services = {"法律咨询", "法治宣传", "参与调解", "治理顾问", "法律服务指引", "文书审核", "法律援助"}
    assert set(result.tables["counsel"]["service"]) == services


def test_a_petition_urged_again_on_a_second_row_is_one_item_of_the_year_it_was_assigned(tmp_path):
    # 蕙田镇's 信访事项交办督办台账: an item assigned (交办) and urged a month on (督办) stands on two rows under one
    # 信访编号, the 督办 row dated by the 督办. Before: the item assigned on 2023-12-26 and urged in January was
    # counted in 2024 by its 督办 row (the town: 12 assigned for 11, 8 resolved for 7).
    rows = [
        ["序号", "信访编号", "交办类型", "交办单位", "交办时间", "反映问题", "办理结果"],
        [1, "HT-2023-001", "交办", "县联办", "2023-12-26", "反映低保评定问题", "已化解"],
        [2, "HT-2023-001", "督办", "县联办", "2024-01-25", "反映低保评定问题", "已化解"],
        [3, "HT-2024-002", "交办", "市联办", "2024-03-05", "反映产业路占地补偿问题", "正在化解"],
        [4, "HT-2024-003", "交办", "县联办", "2024-05-08", "反映劳务工资拖欠问题", "已化解"],
        [5, "HT-2024-002", "督办", "市联办", "2024-04-08", "反映产业路占地补偿问题", "正在化解"],
    ]
    builders.xlsx(tmp_path / "信访事项交办督办台账（2024年）.xlsx", {"交办督办": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (2, 1, 1)


def test_a_three_systems_table_counts_its_implemented_acts_not_those_published_reviewed_or_recorded(tmp_path):
    # 蕙田镇: the 行政执法“三项制度”数据统计表, categories as rows, 实施数量 beside 公示数量 / 法制审核数量 / 全过程记录数量
    # (how many of the acts each system covered). Before: no column totalled a row (statistics.unused, enforcement
    # withheld). The column titled only by counting words is the row's own count; the others never are.
    rows = [
        ["某镇2024年度行政执法“三项制度”数据统计表"],
        ["执法行为类别", "实施数量（件）", "其中：公示数量（件）", "法制审核数量（件）", "全过程记录数量（件）"],
        ["行政许可", 14, 14, 0, 13],
        ["行政处罚", 23, 23, 3, 22],
        ["行政检查", 41, 41, 0, 40],
        ["合计", 78, 78, 3, 75],
    ]
    builders.xlsx(tmp_path / "三项制度数据统计表.xlsx", {"年度数据": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.cases"], got["enforcement.licensing"], got["enforcement.penalty"]) == (78, 14, 23)
    assert got["enforcement.inspection"] == 41


def test_a_villages_expected_attendance_is_neither_its_attendance_nor_offered_as_the_exams_required_count(tmp_path):
    # 蕙田镇: 应参训人数 beside 实参训人数 on each village's row. Before: 应参训人数 was taken for the attendance by its
    # numbers and 实参训人数 offered as the exam's 实参考人数; following that offer made every session an exam's record.
    head = ["序号", "培训日期", "培训主题", "参训村（社区）", "应参训人数", "实参训人数"]
    rows = [
        head,
        [1, "2024-04-18", "民法典与农村生活", "甲村", 6, 5],
        [1, "2024-04-18", "民法典与农村生活", "乙村", 4, 4],
        [2, "2024-09-10", "人民调解实务", "甲村", 5, 3],
    ]
    builders.xlsx(tmp_path / "法律明白人培训台账.xlsx", {"培训": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2
    assert sorted(result.tables["training"]["participants"].tolist()) == [3, 9]
    assert sorted(result.tables["training"]["expected"].tolist()) == [5, 10]
    assert not codes(result, "column.unknown") and not codes(result, "column.by_content")


def test_a_record_of_the_leaders_study_before_meetings_with_its_own_column_of_who_studied_says_nothing_of_the_legal_literacy_sessions(
    tmp_path,
):
    # The same 会前学法 record of the 党委会 and the 政府常务会议, its 参学人员 column writing 班子成员 in every row: the
    # column says what the title says, so it is still a register of the leaders' study alone. The 法律明白人 trainings
    # are in a record not handed over: unknown, never 0 (it had been 0, the column taken as evidence of none).
    rows = [
        ["某镇2024年党委会、政府常务会议会前学法记录表"],
        ["序号", "学法时间", "学法内容", "讲解人", "参学人员"],
        [1, "2024-02-06", "《中华人民共和国行政复议法》", "张某", "班子成员"],
        [2, "2024-03-12", "《优化营商环境条例》", "李某", "全体班子成员"],
        [3, "2024-06-18", "《中华人民共和国民法典》合同编", "王某", "党委委员"],
    ]
    builders.xlsx(tmp_path / "会前学法记录表.xlsx", {"会前学法": rows})
    result = clean(tmp_path)
    found = builders.evidence(result)
    assert found["training.sessions"].value == 3
    assert found["training.legal_literacy_sessions"].value is None
    assert "没有“法律明白人”的表" in found["training.legal_literacy_sessions"].reason
    assert codes(result, "vocab.unknown") == []


def test_a_case_list_writing_where_each_case_stands_in_a_systems_words_counts_the_concluded_and_names_the_ambiguous(
    tmp_path,
):
    # A 办案系统's 案件状态 in the words every system writes: 已办结 / 办结 (concluded: decided), 在办 / 待办 (not yet
    # decided), and 终结, which may be the investigation's end or the case's: named with its readings, never guessed.
    rows = [
        ["序号", "案件编号", "执法类别", "作出决定日期", "案件状态"],
        [1, "某综执罚〔2024〕1号", "行政处罚", "2024-03-05", "已办结"],
        [2, "某综执罚〔2024〕2号", "行政处罚", "2024-04-05", "办结"],
        [3, "某综执罚〔2024〕3号", "行政处罚", None, "在办"],
        [4, "某综执罚〔2024〕4号", "行政处罚", None, "待办"],
        [5, "某综执罚〔2024〕5号", "行政处罚", "2024-06-05", "终结"],
    ]
    builders.xlsx(tmp_path / "执法案件台账.xlsx", {"案件": rows})
    result = clean(tmp_path)
    found = builders.evidence(result)
    assert codes(result, "vocab.unknown") == []
    assert [(r["value"], r["detail"]) for r in codes(result, "vocab.ambiguous")] == [
        ("终结", "办理中、已结案、终止调查")
    ]
    # The cases in hand are no decisions yet; the 终结 one is counted by its decision date, as any case whose state is
    # unreadable (its error asks the office which it is).
    assert found["enforcement.penalty"].value == 3


def test_a_case_list_exported_with_the_letter_codes_of_its_enforcement_acts_counts_each_under_its_category(tmp_path):
    # A 行政执法信息公示 / 政务服务 platform writes an act's category as the pinyin initials of its name (事项类型 XK for
    # 行政许可, CF 行政处罚, JC 行政检查: DB52/T 1264-2018; a 政务服务 API's "TYPE": "CF"), with no legend in the book.
    # Their digits (01, 02 …) differ from system to system: without the book's legend they stay unknown.
    rows = [
        ["序号", "案件编号", "执法行为类型", "作出决定日期"],
        [1, "某综执许〔2024〕1号", "XK", "2024-03-05"],
        [2, "某综执罚〔2024〕2号", "CF", "2024-04-05"],
        [3, "某综执检〔2024〕3号", "jc", "2024-05-05"],
        [4, "某综执强〔2024〕4号", "QZ", "2024-06-05"],
        [5, "某综执确〔2024〕5号", "QR", "2024-07-05"],
    ]
    builders.xlsx(tmp_path / "执法信息公示导出.xlsx", {"导出": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert [got[f"enforcement.{k}"] for k in ("licensing", "penalty", "inspection", "coercion", "confirmation")] == [
        1, 1, 1, 1, 1,
    ]  # fmt: skip
    assert codes(result, "vocab.unknown") == []

    rows.append([6, "某综执罚〔2024〕6号", "02", "2024-08-05"])
    builders.xlsx(tmp_path / "执法信息公示导出.xlsx", {"导出": rows})
    assert [r["value"] for r in codes(clean(tmp_path), "vocab.unknown")] == ["02"]


def test_an_exam_platforms_export_naming_no_year_says_to_write_the_year_in_its_name_and_doing_so_gives_the_rate(
    tmp_path,
):
    # A 法宣在线 per-person export (姓名, 单位, 是否领导干部, 应参考, 考试状态, 成绩) has no date column, and its file name
    # no year: which year's exam it is, nothing says. The error says to write the year in the file's name (or its
    # title, or its folder's); the same file so named gives the leaders' coverage, 2 of the 3 required.
    rows = [
        ["姓名", "单位", "职务", "是否领导干部", "应参考", "考试状态", "成绩"],
        ["张某", "某镇党政办", "主任", "是", "是", "已参考", 92],
        ["李某", "某镇党政办", "副镇长", "是", "是", "已参考", 88],
        ["王某", "某镇司法所", "所长", "是", "是", "缺考", None],
        ["赵某", "某镇财政所", "科员", "否", "是", "已参考", 75],
    ]
    builders.xlsx(tmp_path / "raw" / "法宣在线考试成绩导出.xlsx", {"成绩": rows})
    result = clean(tmp_path / "raw")
    assert [r["field"] for r in codes(result, "column.missing_year")] == ["held_on"]
    assert codes(result, "column.missing") == []
    assert builders.figures(result)["training.exam_coverage"] is None

    builders.xlsx(tmp_path / "named" / "2024年法宣在线考试成绩导出.xlsx", {"成绩": rows})
    named = clean(tmp_path / "named")
    assert codes(named, "column.missing_year") == []
    assert builders.figures(named)["training.exam_coverage"] == pytest.approx(0.6667, abs=1e-4)


@pytest.mark.parametrize("shared", [False, True])
def test_status_by_font_colour_is_read_through_a_legend_of_font_colours(tmp_path, shared):
    # No 化解情况 column: the rows still in hand are typed in red, the others in the default black, and the note under
    # the table says so (注：红色字体为化解中，黑色字体为已化解). Read as the fills are, by the font's colour.
    rows = [*FILLED_DISPUTES, [], ["注：红色字体为化解中，黑色字体为已化解。"]]
    fonts = {(r, c): {"color": "FFFF0000"} for r in (4, 5) for c in range(1, 6)}
    path = _marked_book(tmp_path / "矛盾纠纷排查化解台账.xlsx", rows, fonts=fonts)
    if shared:
        _with_shared_strings(path)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)
    assert codes(result, "column.from_fill")


def test_status_by_font_colour_in_an_excel_97_book_is_read_through_its_legend_as_in_xlsx(tmp_path):
    # An .xls keeps a font's colour as a palette index in its FONT record, the cell's font in its XF record.
    from devtowns.books import Book, Sheet, biff_workbook, ole_bytes

    rows = [*FILLED_DISPUTES, [], ["注：红色字体为化解中，黑色字体为已化解。"]]
    fonts = {(r, c): {"color": "FFFF0000"} for r in (4, 5) for c in range(1, 6)}
    sheet = Sheet("台账", rows, cell_fonts=fonts)
    (tmp_path / "矛盾纠纷排查化解台账.xls").write_bytes(ole_bytes(biff_workbook(Book("a.xls", [sheet], fmt="biff"))))
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)
    assert codes(result, "column.from_fill")


@pytest.mark.parametrize("shared", [False, True])
def test_status_by_the_colour_of_rich_text_runs_is_read_as_the_cells_font_colour(tmp_path, shared):
    # The clerk selected the text and typed it red (a rich-text run in red), leaving the cell's format black. A cell
    # with one word red and the rest black shows no one colour: its row's status is unknown, never guessed.
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Font

    rows = [*FILLED_DISPUTES, [], ["注：红色字体为化解中，黑色字体为已化解。"]]
    path = _marked_book(tmp_path / "矛盾纠纷排查化解台账.xlsx", rows)
    book = openpyxl.load_workbook(path, rich_text=True)
    ws = book.active
    for r in (4, 5):
        for c in range(1, 6):
            if isinstance(ws.cell(r, c).value, str):
                ws.cell(r, c).value = CellRichText(TextBlock(InlineFont(color="FFFF0000"), ws.cell(r, c).value))
            else:  # a number has no runs: its red is the cell's
                ws.cell(r, c).font = Font(color="FFFF0000")
    book.save(path)
    if shared:
        _with_shared_strings(path)
    got = builders.figures(clean(tmp_path))
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)

    ws.cell(2, 3).value = CellRichText(TextBlock(InlineFont(color="FFFF0000"), "甲"), "村")
    book.save(path)
    if shared:
        _with_shared_strings(path)
    assert builders.figures(clean(tmp_path))["disputes.resolved"] is None


def test_status_by_the_colour_of_rich_text_runs_in_an_excel_97_book_is_read_as_in_xlsx(tmp_path):
    # An .xls keeps a text typed red on its characters as a run of its shared string (SST rgRun: character, font).
    from devtowns.books import Book, Sheet, biff_workbook, ole_bytes

    rows = [*FILLED_DISPUTES, [], ["注：红色字体为化解中，黑色字体为已化解。"]]
    fonts = {(r, c): {"color": "FFFF0000", "runs": True} for r in (4, 5) for c in range(1, 6)}
    sheet = Sheet("台账", rows, cell_fonts=fonts)
    (tmp_path / "矛盾纠纷排查化解台账.xls").write_bytes(ole_bytes(biff_workbook(Book("a.xls", [sheet], fmt="biff"))))
    got = builders.figures(clean(tmp_path))
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)


def test_a_rich_string_cut_between_the_string_table_and_its_continue_record_keeps_its_runs():
    # Excel splits a long string table over CONTINUE records; a string's characters cut between two go on after a
    # byte saying their width, and its runs follow them.
    import struct

    from fzlib.ingest.marks import _biff_run_inks

    def rec(kind, body):
        return struct.pack("<HH", kind, len(body)) + body

    head = struct.pack("<II", 2, 2) + struct.pack("<HB", 2, 1) + "备注".encode("utf-16-le")
    head += struct.pack("<HBH", 3, 0x09, 1) + "化".encode("utf-16-le")
    cont = b"\x01" + "解中".encode("utf-16-le") + struct.pack("<HH", 0, 9)
    stream = rec(0x00FC, head) + rec(0x003C, cont) + rec(0x000A, b"")
    assert _biff_run_inks(stream, {9: "FF0000"}) == {1: frozenset({"FF0000"})}


def test_a_legend_of_one_font_colour_marks_rows_and_sorts_none(tmp_path):
    # 注：红色字体为化解中 alone: what the black rows are, nothing says (resolved, or not yet taken up?): no guess.
    rows = [*FILLED_DISPUTES, [], ["注：红色字体为化解中。"]]
    fonts = {(r, c): {"color": "FFFF0000"} for r in (4, 5) for c in range(1, 6)}
    _marked_book(tmp_path / "矛盾纠纷排查化解台账.xlsx", rows, fonts=fonts)
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.resolved"] is None
    assert not codes(result, "column.from_fill")


def test_year_only_in_decision_number_dates_a_register_kept_over_two_years(tmp_path):
    """A penalty register kept over two years (处罚案件登记台账（2023—2024年）) types its dates without the year
    (11月20日): the 决定书文号 names it (椒综执罚〔2023〕35号), a decision being numbered in the year it is made. Read by
    the folder's year, its 2023 decisions had been 2024's."""
    rows = [
        ["序号", "立案日期", "案由", "处罚决定书文号", "决定日期", "罚没款（万元）"],
        [1, "10月9日", "未经许可擅自设置户外广告", "某综执罚〔2023〕35号", "11月20日", 0.2],
        [2, "12月4日", "未经许可擅自占道经营", "某综执罚〔2023〕36号", "12月28日", 0.05],
        [3, "12月20日", "露天焚烧秸秆", "某综执罚〔2024〕1号", "1月8日", None],
        [4, "3月1日", "未按规定倾倒建筑垃圾", "某综执罚〔2024〕2号", "3月15日", 0.1],
    ]
    builders.xlsx(tmp_path / "某镇行政处罚案件登记台账（2023—2024年）.xlsx", {"处罚案件登记": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"]) == (2, 2)
    assert [(r["cell"], r["detail"]) for r in codes(result, "date.year_from_number")] == [("E2", "2023-11-20")]
    # A decision typed with its year is as typed: no note for it.
    rows[1][4] = "2023年11月20日"
    builders.xlsx(tmp_path / "某镇行政处罚案件登记台账（2023—2024年）.xlsx", {"处罚案件登记": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.cases"] == 2
    assert [r["cell"] for r in codes(result, "date.year_from_number")] == ["E3"]
    assert builders.figures(clean(tmp_path))["enforcement.cases"] == 2


def test_inspection_way_is_no_category_of_the_inspection(tmp_path):
    """A 行政检查台账 kept by several offices writes how each inspection was made (检查方式 日常巡查 / 专项检查 /
    接举报投诉后检查): a manner, never the 执法类别. Taken by its cells for the category, 接举报投诉后检查 was an unknown
    category that withheld every enforcement figure; 检查单位 names the office, the 小计 line after each is a total."""
    rows = [
        ["序号", "检查日期", "检查单位", "检查对象", "检查事项", "检查方式", "检查结果"],
        [1, "2024.3.5", "应急办", "某商店", "消防安全检查", "专项检查", "未发现问题"],
        [2, "2024.3.12", "应急办", "某餐馆", "燃气安全检查", "联合检查", "责令限期整改"],
        [3, "2024.3.14", "应急办", "某加油站", "危化品安全检查", "专项检查", "未发现问题"],
        ["应急办小计", None, None, "共3家次", None, None, None],
        [1, "2024.3.20", "综合行政执法队", "某工地", "扬尘检查", "联合检查", "立案查处"],
        [2, "2024.3.26", "综合行政执法队", "某门店", "门前三包检查", "接举报投诉后检查", "当场整改"],
        ["综合行政执法队小计", None, None, "共2家次", None, None, None],
        ["一季度合计", None, None, "共5家次", None, None, None],
    ]
    builders.xlsx(tmp_path / "某镇2024年行政检查台账.xlsx", {"一季度": [["某镇2024年一季度行政检查台账"], *rows]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.inspection"], got["enforcement.penalty"]) == (5, 5, 0)
    assert not codes(result, "vocab.unknown")


def test_everyone_who_appeared_with_post_counts_a_leader_only_for_a_leaders_post(tmp_path):
    """出庭应诉人员 naming everyone who appeared, each with the post in brackets: a 负责人 appeared where a 镇长 or
    副镇长 stands among them (the 2020 规定: 正职、副职 负责人); the 司法所所长 and the lawyer alone are the staff the law
    lets appear instead (before, the column was unknown: the appearances withheld). A post of neither is unknown."""
    rows = [
        ["案件类别", "案号", "开庭日期", "出庭应诉人员"],
        ["行政诉讼（一审）", "（2024）黔9902行初11号", "2024年5月9日", "刘某（镇长）、陈某（司法所工作人员）"],
        ["行政诉讼（一审）", "（2024）黔9902行初27号", "2024年7月2日", "赵某（司法所所长）、周某（律师）"],
        ["行政诉讼（二审）", "（2024）黔99行终58号", "2024年9月10日", "王某（副镇长）、周某（律师）"],
        ["行政复议", "县府复〔2024〕7号", "/", "/"],
    ]
    builders.xlsx(tmp_path / "行政复议和行政应诉案件台账（2024年）.xlsx", {"复议应诉台账": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (3, 2)
    rows[2][3] = "赵某（会计）"
    builders.xlsx(tmp_path / "行政复议和行政应诉案件台账（2024年）.xlsx", {"复议应诉台账": rows})
    assert builders.figures(clean(tmp_path))["litigation.leader_appearances"] is None


def test_a_member_of_the_townships_leadership_appeared_as_a_leader_a_peoples_congress_chair_did_not(tmp_path):
    """The 2020 规定 counts the 负责人 in charge (其他参与分管的负责人): a 党委副书记, a 党委委员 or the 武装部长 sent to
    court is a member of the township's leadership in charge of the matter, a 负责人 appearing. The 人大主席 may hold
    no post of the 行政机关 (地方组织法) and the 纪委书记 is in charge of no other work: neither is its 负责人. Each
    of these posts had been unknown, and the appearances withheld."""
    rows = [["案件类别", "案号", "开庭日期", "出庭应诉人员"]]
    appeared = ["孙某（党委副书记）", "李某（党委委员）、周某（律师）", "钱某（武装部长）", "郑某（人大主席）、周某（律师）",
                "吴某（纪委书记）"]  # fmt: skip
    rows += [
        ["行政诉讼（一审）", f"（2024）黔9902行初{n}号", f"2024年5月{n}日", who] for n, who in enumerate(appeared, 1)
    ]
    builders.xlsx(tmp_path / "行政应诉案件台账（2024年）.xlsx", {"应诉台账": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (5, 3)
    assert result.tables["litigation"]["leader_appeared"].tolist() == [True, True, True, False, False]


def test_assessment_self_evaluation_sheet_is_another_document_not_an_unknown_ledger(tmp_path):
    """A 法治政府建设 考核自评表 (一级指标, 考核内容, 分值, 评分标准, 自评情况, 自评得分) quotes the year's counts in prose:
    no ledger. Its header had been none, an unknown ledger that stopped the report; it is set aside as another
    document, and the counts it quotes are no evidence."""
    rows = [
        ["某镇2024年度法治政府建设考核自评表"],
        ["一级指标", "二级指标", "考核内容", "分值", "评分标准", "自评情况", "自评得分"],
        ["依法履职", "行政执法", "严格执行三项制度", 10, "未公示扣1分", "全年作出行政处罚决定14件", 10],
        [None, "负责人出庭", "负责人出庭应诉率100%", 10, "每低10%扣1分", "开庭4件，负责人出庭2件", 8],
        ["合计", None, None, 20, None, None, 18],
    ]
    builders.xlsx(tmp_path / "某镇2024年度法治政府建设考核自评表.xlsx", {"考核自评表": rows})
    result = clean(tmp_path)
    assert [r["code"] for r in codes(result, "sheet.other_document")] == ["sheet.other_document"]
    assert not codes(result, "file.unknown_kind")
    got = builders.figures(result)
    assert got["enforcement.cases"] is None and got["litigation.cases"] is None


# --- grassroots governance exports and returns (development town 棠湖乡) ------------------------------------------


def test_grid_event_export_dates_events_by_report_time_and_overdue_events_are_open(tmp_path):
    # A grid platform's event list: its field names on the first row, the Chinese titles under them; the event dated
    # by 上报时间 (办结时间 only for closed ones), 已超期 an event past its time limit and still open.
    rows = [
        ["eventCode", "reportTime", "eventStatus", "dealResult", "finishTime", "limitDate"],
        ["事件编号", "上报时间", "处置状态", "处置结果", "办结时间", "办结时限"],
        ["SJ0001", "2023-12-29 16:02:10", "已办结", "化解成功", "2024-01-04 10:00:00", "2024-01-13"],
        ["SJ0002", "2024-02-03 09:10:11", "已办结", "化解成功", "2024-02-09 15:20:00", "2024-02-18"],
        ["SJ0003", "2024-03-04 11:30:00", "已超期", None, None, "2024-03-19"],
        ["SJ0004", "2024-05-06 08:45:09", "处置中", None, None, "2024-05-21"],
        ["SJ0005", "2024-06-07 14:00:00", "已办结", "化解成功", "2024-06-20 09:00:00", "2024-06-22"],
        ["SJ0006", "2024-12-23 10:11:12", "待签收", None, None, "2025-01-07"],
    ]
    builders.xlsx(tmp_path / "网格矛盾纠纷事件导出.xlsx", {"事件列表": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (5, 2)
    assert codes(result, "row.required_missing") == [] and codes(result, "vocab.unknown") == []


@pytest.mark.parametrize("beside", [True, False])
def test_problem_source_fills_the_assigning_office_left_blank_for_items_received_here(tmp_path, beside):
    # A petition system's export: 问题来源 says whether an item came from above; 交办单位 names the office only then.
    # Without a 交办单位 column, 问题来源 is the source itself.
    head = ["信访件编号", "登记时间", "信访形式", "问题来源", "交办单位", "办理状态"]
    items = [
        ["XF001", "2024-01-15", "网上信访", "上级交办", "县联办", "已办结"],
        ["XF002", "2024-02-20", "来访", "本级受理", None, "已办结"],
        ["XF003", "2024-04-02", "来信", "上级交办", "市联办", "办理中"],
        ["XF004", "2024-06-11", "来访", "本级受理", None, "办理中"],
        ["XF005", "2024-09-30", "网上信访", "上级交办", "省联办", "已办结"],
    ]
    rows = [head, *items] if beside else [[c for i, c in enumerate(r) if i != 4] for r in [head, *items]]
    builders.xlsx(tmp_path / "信访件导出.xlsx", {"信访件": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (3, 2, 1)
    assert codes(result, "cell.required_blank") == []


@pytest.mark.parametrize("word", ["全镇合计", "全乡总计"])
def test_whole_town_total_rows_under_the_villages_rows_are_the_forms_total(tmp_path, word):
    # A monthly return, a row per village and service, the months in columns and a 合计 column; under the villages
    # the whole town's rows (全镇合计, each service again): the total, not one more village.
    rows = [
        ["某镇村（居）法律顾问服务情况统计表"],
        ["村（社区）", "服务项目", "1月", "2月", "3月", "合计"],
        ["东坪村", "法律咨询（人次）", 2, None, 3, 5],
        [None, "审查合同（份）", None, 1, None, 1],
        ["西坪村", "法律咨询（人次）", 1, 4, None, 5],
        [None, "审查合同（份）", 2, None, None, 2],
        [word, "法律咨询（人次）", 3, 4, 3, 10],
        [None, "审查合同（份）", 2, 1, None, 3],
    ]
    merged = {"全年": ["A3:A4", "A5:A6", "A7:A8"]}
    builders.xlsx(tmp_path / "法律顾问服务情况统计表.xlsx", {"全年": rows}, merged=merged)
    got = builders.figures(clean(tmp_path))
    assert (got["counsel.consultations"], got["counsel.document_reviews"]) == (10, 3)


def test_market_day_stalls_for_farmers_are_public_activities_beside_legal_literacy_trainings(tmp_path):
    # A 普法 activity register: stalls on market days and field lessons for the farmers (the public), one training
    # for the 法律明白人. Only that one is a 法律明白人 session; the head-counts are people.
    rows = [
        ["某乡普法活动台账"],
        ["序号", "活动时间", "活动名称", "活动形式", "活动对象", "参与人数（人次）"],
        [1, "2024-03-08", "妇女权益保障法宣传", "赶集宣传", "群众", 200],
        [2, "2024-04-16", "土地承包法田间课堂", "集中宣讲", "种植户", 45],
        [3, "2024-05-21", "法律明白人民法典培训", "专题培训", "法律明白人", 26],
        [4, "2024-09-10", "养殖污染防治法宣讲", "集中宣讲", "养殖户", 30],
    ]
    builders.xlsx(tmp_path / "普法活动台账.xlsx", {"活动台账": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 1
    assert codes(result, "vocab.unknown") == []


# --- a book kept a sheet per year, its tabs left as Sheet1, Sheet2 ------------------------------------------------------


@pytest.mark.parametrize("file", ["人民调解案件登记簿.xlsx", "人民调解案件登记簿（2024年）.xlsx"])
def test_tabs_left_as_sheet1_sheet2_date_each_yearless_case_by_the_year_of_its_own_file_number(tmp_path, file):
    # A mediation book kept a tab per year, the tabs never renamed, the title naming no year, 受理日期 3月5日: each
    # case's 卷宗号 names the year it was accepted in, in any of the ways offices bracket or write it. The file's name
    # naming this year is the book's year, not that of the tab of last year's cases it still holds.
    head = ["序号", "卷宗号", "受理日期", "纠纷类型", "申请人", "调解结果", "协议形式"]
    title = ["某镇人民调解委员会案件登记簿"]
    last = [title, head, [1, "（2023）某人调字第1号", "3月5日", "邻里纠纷", "甲某", "调解成功", "口头"]]
    last += [[2, "〔2023〕某人调字第2号", "12月26日", "婚姻家庭", "乙某", "调解成功", "书面"]]
    this = [title, head, [1, "[2024]某人调字第1号", "1月8日", "邻里纠纷", "丙某", "调解成功", "口头"]]
    this += [[2, "某人调字2024年第2号", "6月18日", "婚姻家庭", "丁某", "调解成功", "书面"]]
    this += [[3, "（2024）某人调字第3号", "12月20日", "邻里纠纷", "戊某", "调解成功", "书面"]]
    next_ = [title, head, [1, "（2025）某人调字第1号", "1月6日", "邻里纠纷", "己某", "调解成功", "口头"]]
    builders.xlsx(tmp_path / file, {"Sheet1": last, "Sheet2": this, "Sheet3": next_})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (3, 1, 2)
    assert codes(result, "date.partial") == []
    assert sorted(result.excluded["mediation"]["accepted_on"].dt.strftime("%Y-%m-%d")) == [
        "2023-03-05",
        "2023-12-26",
        "2025-01-06",
    ]
    notes = codes(result, "date.year_from_number")  # one note per sheet, not one per cell
    assert sorted(r["sheet"] for r in notes) == ["Sheet1", "Sheet2", "Sheet3"]
    assert {r["level"] for r in notes} == {"提示"}


def test_tabs_left_as_sheet1_sheet2_with_yearless_dates_and_no_year_anywhere_count_neither_and_say_how_to_fix(tmp_path):
    # A dispute book kept over two years, a sheet a year, the tabs left as Sheet1 and Sheet2, 登记日期 3月5日 and no
    # number naming a year: which sheet is this year's cannot be told. Counting both would add last year's rows.
    head = ["序号", "登记日期", "村（社区）", "纠纷类型", "化解状态"]
    first = [["某镇综治中心矛盾纠纷排查化解登记表"], head]
    first += [[i, f"{i}月5日", "甲村", "邻里纠纷", "已化解"] for i in range(1, 6)]
    second = [["某镇综治中心矛盾纠纷排查化解登记表"], head]
    second += [[i, f"{i}月9日", "乙村", "婚姻家庭", "化解中"] for i in range(1, 4)]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解登记表.xlsx", {"Sheet1": first, "Sheet2": second})
    result = clean(tmp_path)
    found = builders.evidence(result)
    assert found["disputes.screened"].value is None and "Sheet1" in found["disputes.screened"].reason
    errors = codes(result, "sheet.year_unknown")
    assert [(r["sheet"], r["level"], r["value"]) for r in errors] == [("Sheet1", "错误", "2"), ("Sheet2", "错误", "2")]
    # One such sheet alone is the year's book, dated in the year cleaned with its warning, as before.
    (tmp_path / "矛盾纠纷排查化解登记表.xlsx").unlink()
    builders.xlsx(tmp_path / "矛盾纠纷排查化解登记表.xlsx", {"Sheet1": second})
    alone = clean(tmp_path)
    assert builders.figures(alone)["disputes.screened"] == 3
    assert codes(alone, "sheet.year_unknown") == [] and codes(alone, "date.partial") != []


def test_a_type_under_a_merged_title_naming_another_field_is_that_fields_attribute_said_once(tmp_path):
    # 原告 merged over 类型 | 姓名或名称 (a 行政应诉案件批办单): 类型 is the plaintiff's (公民 / 法人、其他组织), not the case's
    # 案件类型, whose alias 类型 is. The header is decided once: the column is no field, and one note says so, not a
    # warning that it was taken for 案件类型 beside a note that it was not.
    rows = [
        ["某镇行政应诉案件登记台账（2024年）"],
        ["序号", "案号", "审级", "原告", "", "被告", "开庭日期", "出庭负责人"],
        ["", "", "", "类型", "姓名或名称", "", "", ""],
        [1, "（2024）黔0301行初1号", "一审", "公民", "张某", "某镇人民政府", "2024-03-05", "未出庭（委托律师出庭）"],
        [2, "（2024）黔0301行初2号", "一审", "法人、其他组织", "某公司", "某镇人民政府", "2024-05-05", "是"],
        [3, "（2024）黔03行终3号", "二审", "公民", "王某", "某镇人民政府", "2024-07-05", "是"],
    ]
    builders.xlsx(tmp_path / "行政应诉案件登记台账.xlsx", {"应诉登记": rows}, merged={"应诉登记": ["D2:E2"]})
    result = clean(tmp_path)
    assert builders.figures(result)["litigation.cases"] == 3
    said = result.issues[result.issues["cell"] == "D2"]
    assert said["code"].tolist() == ["column.unknown"]
    assert codes(result, "column.ambiguous") == []


def test_a_party_merged_over_its_name_and_its_type_is_the_column_of_names_never_the_type(tmp_path):
    # party_type_under_party (红柳镇, the blind town): 当事人 merged over 名称（姓名） | 类型, the type a word no field of
    # the kind has. Joined in brackets, 当事人(类型) had read as 当事人 itself, so the type column was the party's own
    # title and the names a column of no field: 单位 and 个人 were the parties, registered as persons' names and
    # masked in every text (执法单位 shown as 执法［姓名已隐去］). A unit under a title (罚没款 › 元) is still the title's.
    rows = [
        ["某镇综合行政执法大队办案登记台账（2024年）"],
        ["序号", "案件编号", "执法类别", "当事人", "", "决定日期", "罚没款", "执法单位"],
        ["", "", "", "名称（姓名）", "类型", "", "元", ""],
        [1, "某综执罚〔2024〕1号", "行政处罚", "王建国", "个人", "2024-03-05", 200, "某镇综合执法大队"],
        [2, "某综执罚〔2024〕2号", "行政处罚", "丰泰商店", "单位", "2024-04-05", 500, "某镇综合执法大队"],
        [3, "某综执检〔2024〕1号", "行政检查", "李明", "个人", "2024-05-05", None, "某镇综合执法大队"],
    ]
    merged = ["D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3", "H2:H3"]
    builders.xlsx(tmp_path / "执法.xlsx", {"台账": rows}, merged={"台账": merged})
    result = clean(tmp_path)
    table = result.tables["enforcement"].sort_values("_row")
    assert table["party"].nunique() == 3  # three parties, not the two types
    assert table["fine_yuan"].tolist()[:2] == [200, 500]
    assert "［姓名已隐去］" not in "".join(result.issues["header"].dropna())
    assert [(r["header"], r["field"]) for r in codes(result, "column.by_content")] == [("当事人/名称（姓名）", "party")]


def test_a_pastoral_towns_grassland_livestock_and_labour_pay_disputes_are_of_the_statistics_list(tmp_path):
    # pastoral_dispute_types (红柳镇, the blind town): a northern township's 综治中心 writes 草场边界纠纷, 草原纠纷,
    # 养殖污染纠纷 and 劳务费纠纷; they had been unknown values (错误). A 宅基地 boundary stays a 宅基地 dispute.
    rows = [["序号", "排查时间", "村（社区）", "纠纷类别", "化解情况"]]
    kinds = ["草场边界纠纷", "草原纠纷", "养殖污染纠纷", "劳务费纠纷", "宅基地边界纠纷"]
    rows += [[n, f"2024-03-0{n}", "甲嘎查", kind, "已化解"] for n, kind in enumerate(kinds, start=1)]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", {"台账": rows})
    result = clean(tmp_path)
    got = result.tables["disputes"].sort_values("_row")["dispute_type"].tolist()
    assert got == ["山林土地", "山林土地", "环境污染", "劳动争议", "房屋宅基地"]
    assert codes(result, "vocab.unknown") == []


def test_a_file_named_for_reviews_and_lawsuits_together_gives_no_sort_to_its_lawsuit_sheet(tmp_path):
    # 行政复议应诉案件台账 names a book of both sorts (复议 written into one word with 应诉): its name is no 案件类型 of
    # every row. Tabs left as Sheet1, Sheet2, the lawsuit sheet's own title names only the kind: its cases count.
    review = [
        ["某镇行政复议案件台账（2024年）"],
        ["序号", "复议案号", "申请人", "被申请人", "复议机关", "申请日期", "复议决定"],
    ]
    review += [
        [n, f"某县政复字〔2024〕{n}号", "甲某", "某镇人民政府", "某县人民政府", "2024-03-05", "维持"] for n in (1, 2)
    ]
    suits = [["某镇行政应诉案件台账（2024年）"], ["序号", "案号", "原告", "被告", "开庭日期", "负责人是否出庭"]]
    suits += [[n, f"（2024）某0101行初{n}号", "乙某", "某镇人民政府", f"2024-0{n}-05", "是"] for n in (1, 2, 3)]
    builders.xlsx(tmp_path / "某镇行政复议应诉案件台账（2024年）.xlsx", {"Sheet1": review, "Sheet2": suits})
    result = clean(tmp_path)
    assert builders.figures(result)["litigation.cases"] == 3
    assert codes(result, "row.other_matter") == []


def test_cleanup_catalogue_without_dates_places_each_document_by_its_numbers_year(tmp_path):
    # A 清理目录 of the documents in force: 发文字号 and 处理意见 only, no date, the year of the cleanup in the title.
    # Each document is of the year its number names, never of the title's: two of 2024, three older ones.
    rows = [
        ["某镇2024年行政规范性文件清理目录"],
        ["序号", "文件名称", "发文字号", "制定机关", "处理意见"],
        [1, "某镇殡葬改革实施办法", "某府规〔2018〕1号", "某镇人民政府", "废止"],
        [2, "某镇森林防火管理规定", "某府规〔2019〕2号", "某镇人民政府", "修改"],
        [3, "某镇脱贫攻坚产业奖补办法", "某府规〔2020〕1号", "某镇人民政府", "宣布失效"],
        [4, "某镇集体经济组织资产管理办法", "某府规〔2024〕1号", "某镇人民政府", "继续有效"],
        [5, "某镇农村建房管理实施细则", "某府规〔2024〕2号", "某镇人民政府", "继续有效"],
    ]
    builders.xlsx(tmp_path / "某镇2024年行政规范性文件清理目录.xlsx", {"清理目录": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["normative_documents.issued"] == 2
    assert codes(result, "column.unknown") == []  # 处理意见 is what the cleanup decided


@pytest.mark.parametrize("ticks", [("√", "√", None), (None, "√", "√"), ("√", None, None)])
def test_contact_by_measure_ticks_counts_a_person_reached_by_any_way(tmp_path, ticks):
    # A 劝阻台账 with no 是否取得联系: 劝阻措施 merged over 电话劝阻 / 见面劝阻 / 签订承诺书, each ticked √. The
    # first person is reached however the ticks fall (phone, a meeting, a pledge signed at it); the second by none.
    rows = [
        ["某镇涉诈重点人员劝阻台账"],
        ["序号", "姓名", "所在村", "劝阻措施", None, None, "管控状态"],
        [None, None, None, "电话劝阻", "见面劝阻", "签订承诺书", None],
        [1, "王某某", "东坪村", *ticks, "在管"],
        [2, "李某某", "西坪村", None, None, None, "在管"],
        [3, "张某某", "东坪村", "√", "√", "√", "已核减"],
    ]
    merged = {"劝阻台账": ["D2:F2", "A2:A3", "B2:B3", "C2:C3", "G2:G3"]}
    builders.xlsx(tmp_path / "涉诈重点人员劝阻台账.xlsx", {"劝阻台账": rows}, merged=merged)
    got = builders.figures(clean(tmp_path))
    assert (got["fraud_watch.remaining"], got["fraud_watch.contacted"], got["fraud_watch.removed"]) == (2, 1, 1)


def test_court_hearing_attendance_is_staff_study_not_lawsuits_of_the_town(tmp_path):
    # A 国家工作人员旁听庭审 register: the staff sent to watch hearings of others' cases (a criminal case, a suit
    # against a county bureau). No lawsuit of the town, and no 法律明白人 training beside the town's own trainings.
    rows = [
        ["某镇2024年国家工作人员旁听庭审活动登记表"],
        ["序号", "旁听日期", "审理法院", "案号", "案由", "案件类型", "旁听人数", "旁听人员"],
        [1, "2024-04-17", "某县人民法院", "（2024）黔0399刑初45号", "诈骗罪", "刑事", 16, "镇机关干部"],
        [2, "2024-09-12", "某县人民法院", "（2024）黔0399行初33号", "某某诉县自然资源局", "行政", 18, "镇机关干部、村（社区）“两委”干部"],
    ]  # fmt: skip
    trainings = [
        ["某镇2024年法治培训台账"],
        ["序号", "培训日期", "培训名称", "培训对象", "参训人数"],
        [1, "2024-03-14", "民法典专题培训", "法律明白人", 19],
        [2, "2024-08-09", "土地承包法律知识培训", "法律明白人", 17],
    ]
    builders.xlsx(tmp_path / "某镇国家工作人员旁听庭审登记表（2024年）.xlsx", {"旁听庭审": rows})
    builders.xlsx(tmp_path / "某镇2024年法治培训台账.xlsx", {"培训": trainings})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert got["litigation.cases"] is None
    assert got["training.legal_literacy_sessions"] == 2
    assert codes(result, "vocab.unknown") == [] and codes(result, "bool.unparseable") == []


def test_exam_summary_headers_typed_with_a_colon_still_state_the_coverage(tmp_path):
    # An exam summary by unit under a two-row header (成绩情况 › 合格人数 / 合格率 / 平均分) whose cells were retyped
    # with a full-width colon after them (实考人数：): the same titles, so the same 应考 / 实考 counts and coverage
    # (the colon had left 实考人数 unread as the form's label, the coverage null).
    rows = [
        ["某镇2024年度国家工作人员学法考试成绩汇总表"],
        ["考试时间：2024年11月20日"],
        ["序号：", " 单位 ", " 应考人数 ", "实考人数：", "缺考\n人数", " 成绩情况 ", None, None, " 备注 "],
        [None, None, None, None, None, " 合格人数 ", "合格率：", " 平均分 ", None],
        [1, "党政办", 9, 9, 0, 9, "100.0%", 92.7, None],
        [2, "综治中心", 6, 5, 1, 5, "100.0%", 88.1, "病假1人"],
        [3, "司法所", 3, 3, 0, 3, "100.0%", 90.2, None],
        ["合计", None, 18, 17, 1, 17, "100.0%", None, None],
    ]
    merged = {"成绩汇总": ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4"]}
    builders.xlsx(tmp_path / "某镇2024年度学法考试成绩汇总表.xlsx", {"成绩汇总": rows}, merged=merged)
    assert builders.figures(clean(tmp_path))["training.exam_coverage"] == round(17 / 18, 4)


# --- ledgers that span years (岁丰镇's classes, with fixtures of their own) --------------------------------------------


def test_a_form_whose_columns_are_named_by_years_reads_the_report_years_column(tmp_path):
    # 项目 | 2023年度 | 2024年度 | 同比: last year first, no 本期 or 上年同期 word. The report's year is the count; the
    # other year is a comparison (it had left the form unread: every figure withheld).
    rows = [
        ["某镇平安建设主要指标对比"],
        ["项目", "2023年度", "2024年度", "同比"],
        ["家庭暴力告诫书（份）", 4, 7, "+75%"],
        ["涉黄治安案件（起）", 6, 2, "-66.7%"],
    ]
    builders.xlsx(tmp_path / "治安指标对比.xlsx", {"对比": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["security.dv_warnings"], got["security.vice_cases"]) == (7, 2)
    # With only the year before in it, the form states nothing of 2024 (null, never 2023's count).
    builders.xlsx(tmp_path / "b" / "治安指标对比.xlsx", {"对比": [rows[0], *([r[0], r[1]] for r in rows[1:])]})
    got = builders.figures(clean(tmp_path / "b"))
    assert got["security.dv_warnings"] is None


def test_quarter_sheets_whose_columns_are_month_ranges_add_the_quarters_own_months(tmp_path):
    # 一季度: 1-3月 | 1-3月; 二季度: 4-6月 | 1-6月 … 四季度: 10-12月 | 1-12月. The range from January is the year so
    # far; 10-12月 had read as a date (October 12), so the fourth quarter's header was taken for a record.
    quarters = [(5, 20), (3, 31), (6, 18), (2, 25)]
    sheets = {}
    for q, name in enumerate(("一季度", "二季度", "三季度", "四季度"), start=1):
        first, last = 3 * q - 2, 3 * q
        so_far = [sum(v[i] for v in quarters[:q]) for i in (0, 1)]
        sheets[name] = [
            [f"某镇2024年{name}政务公开统计"],
            ["项目", f"{first}-{last}月", f"1-{last}月"],
            ["主动公开政府信息（条）", quarters[q - 1][0], so_far[0]],
            ["以媒体报道等形式发布信息（条）", quarters[q - 1][1], so_far[1]],
        ]
    builders.xlsx(tmp_path / "政务公开季报.xlsx", sheets)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disclosure.proactive"], got["disclosure.media"]) == (16, 94)
    assert not codes(result, "sheet.page_continued")


def test_a_lawsuit_awaiting_its_hearing_is_of_no_year_yet_not_an_error(tmp_path):
    # A register kept on since 2021: the suit received in December has no 开庭日期, its 审理结果 says 尚未开庭. It is
    # no case heard in any year yet; a blank 开庭日期 with no such word is still an error.
    rows = [
        ["收案日期", "案号", "开庭日期", "负责人是否出庭", "审理结果"],
        ["2023-11-02", "（2023）某0102行初7号", "2024-01-10", "是", "驳回诉讼请求"],
        ["2024-05-06", "（2024）某0102行初3号", "2024-07-18", "否", "撤销"],
        ["2024-12-16", "（2024）某0102行初21号", None, None, "尚未开庭"],
    ]
    builders.xlsx(tmp_path / "应诉登记.xlsx", {"应诉": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (2, 1)
    assert not codes(result, "row.required_missing")
    builders.xlsx(tmp_path / "b" / "应诉登记.xlsx", {"应诉": [*rows[:3], [*rows[3][:4], "审理中"]]})
    assert codes(clean(tmp_path / "b"), "row.required_missing")


def test_a_penalty_still_under_investigation_in_the_execution_column_is_no_decision_yet(tmp_path):
    # 执行情况 says where a case stands: 调查中 before its decision (no 决定书文号, no 决定日期), 已执行 after.
    rows = [
        ["立案编号", "立案日期", "决定书文号", "决定日期", "执行情况"],
        ["某立〔2023〕9号", "2023-12-14", "某罚决〔2024〕1号", "2024-01-22", "已执行"],
        ["某立〔2024〕2号", "2024-03-01", "某罚决〔2024〕5号", "2024-04-09", "执行中"],
        ["某立〔2024〕11号", "2024-12-19", None, None, "调查中"],
    ]
    builders.xlsx(tmp_path / "某镇行政处罚案件登记.xlsx", {"处罚": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.penalty"] == 2
    assert not codes(result, "row.required_missing")


def test_a_title_of_the_whole_zongzhi_work_names_no_kind_its_registers_are_told_by_their_columns(tmp_path):
    # 社会治安综合治理 (综治) heads 矛盾纠纷排查化解 as much as 治安案件: not a hint of the security kind (session 44,
    # checked against published 综治 work rules). Under such a title a case log is still the security kind by its
    # 类别 values, and a dispute register still the disputes kind.
    cases = [
        ["某镇社会治安综合治理工作台账（2024年）"],
        ["序号", "日期", "类别", "村（社区）", "当事人", "处理结果", "拘留（人）"],
        [1, "2024-03-05", "卖淫嫖娼", "甲村", "张某", "行政拘留十日", 1],
        [2, "2024-04-05", "赌博", "乙村", "李某", "罚款500元", 0],
    ]
    disputes = [
        ["某镇社会治安综合治理工作台账（2024年）"],
        ["序号", "排查日期", "村（社区）", "纠纷类型", "化解状态"],
        [1, "2024-03-05", "甲村", "邻里纠纷", "已化解"],
        [2, "2024-04-05", "乙村", "山林土地纠纷", "化解中"],
    ]
    builders.xlsx(tmp_path / "综治台账.xlsx", {"治安": cases, "纠纷": disputes})
    got = builders.figures(clean(tmp_path))
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (1, 1)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)


def test_a_market_stations_register_of_the_county_bureaus_penalties_is_not_the_towns(tmp_path):
    # county_bureau_cases_in_town_folder (柑园镇): the 市场监管所 is the county bureau's 派出机构 and decides in its name
    # (处罚机关 某县市场监督管理局). Its register, sent to the town beside the town's own, had been added to the town's
    # cases. Its rows are set aside with a note; a row decided by the town (人民政府, a 镇 office) stays, and so does
    # an office of the town whose name holds no 局.
    own = [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]
    own[2][4] = "某镇综合行政执法队"
    own[3][4] = "某镇人民政府"
    head = ["序号", "行政处罚决定书文号", "案件名称", "处罚种类", "处罚机关", "承办机构", "处罚决定日期"]
    station = [head] + [
        [n, f"某市监处罚〔2024〕{n}号", "未明码标价", "警告", "某县市场监督管理局", "某镇市场监管所", f"2024-0{n}-10"]
        for n in range(1, 5)
    ]
    builders.xlsx(tmp_path / "执法台账.xlsx", {"台账": own})
    builders.xlsx(tmp_path / "各站所" / "市场监管所行政处罚案件登记表.xlsx", {"处罚登记": station})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"]) == (3, 0)
    (note,) = codes(result, "row.decided_elsewhere")
    assert (note["level"], note["value"], note["detail"]) == ("提示", "某县市场监督管理局", "2、3、4、5")


def _bureau_cases(office: str, *, head: str = "执法单位", extra: tuple[str, str] | None = None) -> list[list]:
    rows = [["序号", "案件编号", "案件名称", "执法类别", head, "办理日期", "当事人"]]
    rows += [[n, f"某罚〔2024〕{n}号", f"事项{n}", "行政处罚", office, f"2024-03-0{n}", "张三"] for n in (1, 2, 3)]
    if extra:
        rows = [rows[0] + [extra[0]]] + [r + [extra[1]] for r in rows[1:]]
    return rows


@pytest.mark.parametrize(
    ("office", "head", "extra"),
    [
        ("某县市场监督管理局（委托某镇综合行政执法队）", "执法单位", None),  # said beside the bureau
        ("某县市场监督管理局", "执法单位", ("备注", "受某县市场监督管理局委托")),  # in its remark
        ("某县城市管理局", "执法单位", ("执法方式", "委托执法")),  # in a column no field takes
        ("某县市场监督管理局", "委托机关", None),  # in the title of the column naming the bureau
        ("某县某镇市场监管所", "执法单位", None),  # a town's office whose name holds its county
    ],
)
def test_a_case_a_county_bureau_entrusted_to_the_town_is_the_towns(tmp_path, office, head, extra):
    # 委托执法 (《行政处罚法》第20条): the town decides in the bureau's name, and its register names the bureau. Before:
    # every such row was set aside as decided elsewhere (row.decided_elsewhere), the town's 3 penalties counted 0.
    builders.xlsx(tmp_path / "执法台账.xlsx", {"台账": _bureau_cases(office, head=head, extra=extra)})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.penalty"] == 3
    assert codes(result, "row.decided_elsewhere") == []


@pytest.mark.parametrize("remark", ["已结案", "当事人受他人委托销售"])  # a party acting for another: no entrusting
def test_a_bureaus_case_whose_remark_names_no_entrusting_is_still_decided_elsewhere(tmp_path, remark):
    builders.xlsx(tmp_path / "执法台账.xlsx", {"台账": _bureau_cases("某县市场监督管理局", extra=("备注", remark))})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.penalty"] == 0
    (note,) = codes(result, "row.decided_elsewhere")
    assert note["value"] == "某县市场监督管理局"


# --- platform exports (槐坪镇, the fifty-seventh town, built blind) ------------------------------------------------


def _event_list(rows: list[tuple[str, str, str | None]]) -> list[list]:
    """A 综治中心 platform's event list: 上报时间 as a timestamp, 办理状态 beside 化解结果."""
    head = ["序号", "事件编号", "事件小类", "上报时间", "办理状态", "办结时间", "化解结果"]
    out = [head]
    for n, (day, stage, result) in enumerate(rows, start=1):
        out.append([n, f"99032310600120230{n:03d}", "邻里纠纷", f"{day} 09:12:31", stage, "", result or ""])
    return out


def test_a_platforms_handling_status_beside_its_resolution_result_is_where_the_event_stands(tmp_path):
    # Both titled for the 化解状态: 办理状态 says the event was closed (已办结, 已归档), 化解结果 whether it was resolved.
    # Before, the first was taken (已办结 read as 已化解) and the second set aside as a contradicting copy.
    rows = [("2023-03-01", "已办结", "化解成功"), ("2023-03-02", "已归档", "化解成功"), ("2023-04-03", "已办结", "化解不成功"),
            ("2023-05-04", "办理中", None), ("2023-06-05", "已归档", "化解成功")]  # fmt: skip
    builders.html_xls(tmp_path / "矛盾纠纷事件列表.xls", _event_list(rows))
    result = clean(tmp_path, year=2023)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (5, 3)
    assert codes(result, "column.ambiguous") == []


def test_an_event_the_platform_withdrew_is_no_dispute_screened(tmp_path):
    # 已撤销: reported twice or entered in error, withdrawn on the platform. Before, an unknown 办理状态 of a counted row.
    rows = [("2023-03-01", "已办结", "化解成功"), ("2023-03-01", "已撤销", None), ("2023-05-04", "办理中", None)]
    builders.html_xls(tmp_path / "矛盾纠纷事件列表.xls", _event_list(rows))
    result = clean(tmp_path, year=2023)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)
    (note,) = codes(result, "row.other_matter")
    assert (note["value"], note["detail"]) == ("已撤销", "3")


def test_the_licence_class_other_of_a_credit_export_is_no_enforcement_category(tmp_path):
    # The 双公示 行政许可 export's 许可类别 is the standard's 普通 / 特许 / 认可 / 核准 / 登记 / 其他: its 其他 is a kind of
    # licence, not the category 其他 contradicting the title's 行政许可. Before, the table was refused (执法类别 missing).
    rows = [["序号", "行政相对人名称", "行政许可决定文书号", "许可类别", "许可决定日期", "许可机关"]]
    rows += [[n, f"申请人{n}", f"某宅批〔2023〕{n}号", kind, f"2023-0{n}-10", "某镇人民政府"]
             for n, kind in enumerate(["普通", "其他", "普通", "登记", "其他"], start=1)]  # fmt: skip
    builders.xlsx(tmp_path / "行政许可信息（双公示）导出.xlsx", {"行政许可": rows})
    got = builders.figures(clean(tmp_path, year=2023))
    assert (got["enforcement.cases"], got["enforcement.licensing"], got["enforcement.other"]) == (5, 5, 0)


def test_a_random_check_object_still_to_be_inspected_is_no_inspection(tmp_path):
    # The 双随机 platform's results list an object drawn and 待检查 (no 检查日期, no result) beside those inspected, one
    # row per 检查事项. Before, each blank date was an error and every enforcement figure unknown.
    head = ["序号", "任务编号", "检查记录编号", "检查对象名称", "检查事项", "检查结果", "检查日期", "检查状态"]
    rows = [head, [1, "SJ01", "JCJL001", "甲便利店", "消防安全", "未发现问题", "2023-03-14", "已检查"],
            [2, "SJ01", "JCJL001", "甲便利店", "燃气使用安全", "未发现问题", "2023-03-14", "已检查"],
            [3, "SJ02", "JCJL002", "乙餐馆", "消防安全", "发现问题已责令改正", "2023-12-20", "已检查"],
            [4, "SJ02", "JCJL003", "丙烟酒店", "消防安全", None, None, "待检查"],
            [5, "SJ02", "JCJL003", "丙烟酒店", "占道经营", None, None, "待检查"]]  # fmt: skip
    builders.xlsx(tmp_path / "双随机抽查检查结果.xlsx", {"检查结果": rows})
    result = clean(tmp_path, year=2023)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.inspection"]) == (2, 2)
    assert codes(result, "row.required_missing") == []


def test_a_person_listed_for_an_exam_who_did_not_sit_it_is_dated_by_the_exams_other_rows(tmp_path):
    # 法宣在线's per-person export leaves the 考试时间 of a person 未参考 blank: still one required to sit it. Before,
    # the blank date was an error and every training figure unknown.
    head = ["序号", "姓名", "所在单位", "职务", "考试时间", "参考状态", "考试成绩"]
    rows = [head, [1, "甲", "某镇人民政府", "镇长", "2023-11-07 09:10:11", "已参考", 92],
            [2, "乙", "某镇人民政府", "副镇长", "2023-11-20 15:01:12", "已参考", 88],
            [3, "丙", "某镇人民政府", "副镇长", None, "未参考", None],
            [4, "丁", "某镇人民政府", "武装部长", "2023-11-09 10:00:00", "已参考", 79]]  # fmt: skip
    builders.xlsx(tmp_path / "法宣在线2023年度学法考试参考情况导出.xlsx", {"参考情况": rows})
    result = clean(tmp_path, year=2023)
    assert builders.figures(result)["training.exam_coverage"] == 0.75
    (note,) = codes(result, "date.from_sheet")
    assert (note["detail"], note["value"], note["expected"]) == ("4", "未参考", "2023-11-07")


def test_a_person_not_sitting_an_exam_whose_sheet_spans_years_stays_undated(tmp_path):
    head = ["序号", "姓名", "考试时间", "参考状态", "考试成绩"]
    rows = [
        head,
        [1, "甲", "2022-12-20", "已参考", 92],
        [2, "乙", "2023-01-06", "已参考", 88],
        [3, "丙", None, "未参考", None],
    ]
    builders.xlsx(tmp_path / "法宣在线学法考试参考情况导出.xlsx", {"参考情况": rows})
    result = clean(tmp_path, year=2023)
    assert codes(result, "date.from_sheet") == []
    assert [r["row"] for r in codes(result, "row.required_missing")] == [4]


def test_a_site_platforms_news_column_is_not_guessed_proactive_or_media(tmp_path):
    # 所属栏目 leaves of a site platform's list: 通知公告, 政策文件, 财政预决算 are what the office publishes unasked; 工作动态
    # is its own news, counted as 主动公开 by one office and as 新闻宣传 (媒体发布) by another: named, never guessed.
    head = ["序号", "标题", "所属栏目", "发布时间", "状态"]
    columns = ["通知公告", "政策文件", "财政预决算", "通知公告"]
    rows = [head] + [[n, f"信息{n}", c, f"2023-0{n}-05 10:00:00", "已发布"] for n, c in enumerate(columns, start=1)]
    builders.xlsx(tmp_path / "政府网站信息列表导出.xlsx", {"信息列表": rows})
    assert builders.figures(clean(tmp_path, year=2023))["disclosure.proactive"] == 4
    rows.append([5, "信息5", "工作动态", "2023-06-05 10:00:00", "已发布"])
    builders.xlsx(tmp_path / "政府网站信息列表导出.xlsx", {"信息列表": rows})
    result = clean(tmp_path, year=2023)
    assert builders.figures(result)["disclosure.proactive"] is None
    (note,) = codes(result, "vocab.ambiguous")
    assert note["value"] == "工作动态"


def test_a_counsel_taking_part_in_peoples_mediation_is_a_known_service(tmp_path):
    # 参与人民调解: the 公共法律服务 platform's word for 参与调解. Unknown, it had left all four counsel figures unknown.
    head = ["服务编号", "服务时间", "服务村（社区）", "服务类型", "服务人次"]
    rows = [head, ["FW1", "2023-03-01 10:00:00", "甲村", "法律咨询", 3], ["FW2", "2023-03-02 10:00:00", "乙村", "参与人民调解", 1],
            ["FW3", "2023-04-02 11:00:00", "乙村", "审查合同", 1]]  # fmt: skip
    builders.xlsx(tmp_path / "村（居）法律顾问服务记录.xlsx", {"服务记录": rows})
    got = builders.figures(clean(tmp_path, year=2023))
    assert (got["counsel.consultations"], got["counsel.document_reviews"]) == (3, 1)


_CONTINUED_HEADER = ["序号", "案件编号", "案件名称", "执法类别", "办理日期", "当事人"]


def _continued_case(i: int) -> list[str]:
    return [str(i), f"旺草罚字〔2024〕{i}号", f"事项{i}", "行政处罚", f"2024-03-{i:02d}", "某某商店"]


@pytest.mark.parametrize("line", ["续表", "续上表", "表1（续）", "2024年行政执法案件台账（续表）"])
@pytest.mark.parametrize("header", [True, False], ids=["header_again", "no_header"])
@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_a_ledger_continued_under_a_续表_line_reads_every_record_once(tmp_path, fmt, line, header):
    """A ledger going on in a second Word table or further down its sheet under a 续表 / 续上表 line, with or without
    its header typed again: nine records, the header row and the line none (checked on main, session 56)."""
    first = [_CONTINUED_HEADER, *map(_continued_case, range(1, 6))]
    second = [*([_CONTINUED_HEADER] if header else []), *map(_continued_case, range(6, 10))]
    if fmt == "docx":
        import docx

        document = docx.Document()
        document.add_paragraph("2024年行政执法案件台账")
        for n, rows in enumerate((first, second)):
            if n:
                document.add_paragraph(line)
            table = document.add_table(rows=len(rows), cols=len(_CONTINUED_HEADER))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        document.save(tmp_path / "执法台账.docx")
    else:
        rows = [["2024年行政执法案件台账"], *first, [line], *second]
        builders.xlsx(tmp_path / "执法台账.xlsx", {"Sheet1": [[int(v) if v.isdigit() else v for v in r] for r in rows]})
    result = builders.clean(tmp_path)
    assert result.tables["enforcement"]["case_no"].tolist() == [f"旺草罚字〔2024〕{i}号" for i in range(1, 10)]
    assert builders.figures(result)["enforcement.cases"] == 9
    assert result.issues.empty


def test_a_tables_filled_cells_are_told_apart_as_one_cell_at_a_time_tells_them_for_every_kind_of_cell():
    """Finding wrapped lines and spans tests every body cell for being filled: once by builtins over the whole table
    (`_filled_cells`), where a Python call per cell had cost 0.3 s of a 105,600-record bench. Every kind of cell a
    reader hands over must be judged exactly as the one-cell test judges it: blanks of every width, NaN of any float
    type, pandas' missing markers (their text is not blank), numbers, dates, a str subclass."""
    import numpy as np
    import pandas as pd

    from fzlib.ingest.locate import _filled_cell, _filled_cells, _lone_columns

    class Named(str):
        pass

    kinds = [None, float("nan"), np.float64("nan"), np.float32("nan"), pd.NaT, pd.NA, "", "  ", "\u3000", "\t\n",
             "\u200b", "甲", " 乙 ", 0, 0.0, False, 1.5, np.int64(3), np.float64(2.0), dt.date(2024, 3, 5),
             dt.datetime(2024, 3, 5), pd.Timestamp("2024-03-05"), Named(""), Named("丙")]  # fmt: skip
    cells = np.empty((len(kinds), 3), dtype=object)
    cells[:] = None
    cells[:, 1] = kinds
    cells[1::2, 2] = "  "
    cells[::5, 0] = 7
    filled = _filled_cells(cells)
    assert filled.tolist() == [[_filled_cell(x) for x in row] for row in cells]
    expected = [next(iter(j for j, x in enumerate(row) if _filled_cell(x)), -1) for row in cells]
    expected = [j if sum(map(_filled_cell, row)) == 1 else -1 for j, row in zip(expected, cells)]
    assert _lone_columns(filled).tolist() == expected
    assert _filled_cells(np.empty((0, 4), dtype=object)).shape == (0, 4)
    assert _lone_columns(_filled_cells(np.empty((2, 0), dtype=object))).tolist() == [-1, -1]
