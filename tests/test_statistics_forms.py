"""Statistics forms as 南方 offices hand them in (fzlib/ingest/statistics.py; found by the blind town 蕉坑镇): a summary
sheet beside the numbered tables of its report, a form's outcome columns beside its 上级交办 and 本级受理 rows, a
register kept for part of the year beside the year's form, a form whose only evidence of its kind is its rows, and
row or column labels naming more than what they count. Each fixture is small and fictitious."""

from __future__ import annotations

import pytest

import builders
from builders import clean, codes


def _province_tables(summary_licensing: int) -> dict[str, list[list]]:
    """The 行政执法年度数据 workbook: a 汇总 of the classes (本年 | 上年同期), then 表一 (行政许可) and 表二 (行政处罚)."""
    return {
        "汇总": [
            ["某镇人民政府2024年度行政执法数据汇总表"],
            ["执法行为类别", "本年数量（宗）", "上年同期（宗）"],
            ["行政许可", summary_licensing, 30],
            ["行政处罚", 7, 9],
            ["合计", summary_licensing + 7, 39],
        ],
        "表一": [
            ["表一 某镇人民政府2024年度行政许可实施情况统计表"],
            ["申请数量", "受理数量", "许可数量", "不予许可数量", "撤销许可数量"],
            [40, 40, 40, 0, 0],
        ],
        "表二": [
            ["表二 某镇人民政府2024年度行政处罚实施情况统计表"],
            ["警告、通报批评", "罚款", "合计（宗）", "罚没金额（万元）"],
            [2, 5, 7, 0.6],
        ],
    }


def test_a_summary_sheet_beside_the_numbered_tables_of_its_report_states_each_figure_once(tmp_path):
    builders.xlsx(tmp_path / "a" / "某镇2024年度行政执法数据.xlsx", _province_tables(40))
    got = builders.figures(clean(tmp_path / "a"))
    # 40 licences in the 汇总 and in 表一 had been 80; the 罚没金额 beside the penalties is no count.
    assert (got["enforcement.licensing"], got["enforcement.penalty"], got["enforcement.cases"]) == (40, 7, 47)
    # The summary and a table disagreeing: which is right is not known.
    builders.xlsx(tmp_path / "b" / "某镇2024年度行政执法数据.xlsx", _province_tables(41))
    assert builders.figures(clean(tmp_path / "b"))["enforcement.licensing"] is None


def test_the_report_bound_into_a_book_of_the_years_ledgers_still_states_each_figure_once(tmp_path):
    # A 台账汇编 binds each book's sheets as tabs named <the book's name>-<the sheet's>: 某镇2024年度行政执法数据-汇总
    # is still the report's summary and …-表一 its 表一 (蕉坑镇 under the catalogue variant: 186 licences read as 372).
    bound = {f"某镇2024年度行政执法数据-{sheet}": rows for sheet, rows in _province_tables(40).items()}
    builders.xlsx(tmp_path / "a" / "台账汇编.xlsx", bound)
    got = builders.figures(clean(tmp_path / "a"))
    assert (got["enforcement.licensing"], got["enforcement.penalty"], got["enforcement.cases"]) == (40, 7, 47)
    # Another book's 表一 bound beside the summary gives what the two books gave as two files (the first's stands).
    other = {
        "某镇2024年度行政执法数据-汇总": _province_tables(40)["汇总"],
        "许可台账-表一": _province_tables(40)["表一"],
    }
    builders.xlsx(tmp_path / "b" / "台账汇编.xlsx", other)
    got = builders.figures(clean(tmp_path / "b"))
    kept = {
        "某镇2024年度行政执法数据.xlsx": other["某镇2024年度行政执法数据-汇总"],
        "许可台账.xlsx": other["许可台账-表一"],
    }
    for name, rows in kept.items():
        builders.xlsx(tmp_path / "c" / name, {"Sheet1": rows})
    assert got["enforcement.licensing"] == builders.figures(clean(tmp_path / "c"))["enforcement.licensing"]


def test_the_outcome_columns_of_a_petition_form_are_read_on_its_assigned_row_never_the_total_with_own_intake(tmp_path):
    rows = [
        ["项目", "件数", "已化解", "正在化解", "上年同期"],
        ["一、上级交办信访事项", 5, 4, 1, 7],
        ["其中：省联办交办", 2, 2, 0, 1],
        ["　　　县联办交办", 3, 2, 1, 6],
        ["二、本级受理信访事项", 12, 11, 1, 15],
        ["合计", 17, 15, 2, 22],
    ]
    builders.docx_table(tmp_path / "某镇2024年信访工作情况统计表.docx", "某镇2024年信访工作情况统计表", rows)
    got = builders.figures(clean(tmp_path))
    # 15 and 2 are the 合计's, which adds the 12 items received here.
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (5, 4, 1)


def _quarterly_form(q: int, screened: tuple[int, int], resolved: tuple[int, int]) -> list[list]:
    return [
        [f"某镇矛盾纠纷排查调处情况统计表（2024年第{'一二三四'[q - 1]}季度）"],
        ["纠纷类别", "代码", "排查纠纷", None, "调处成功", None],
        [None, None, "本季", "累计", "本季", "累计"],
        ["甲", "乙", "1", "2", "3", "4"],
        ["合计", "01", screened[0], screened[1], resolved[0], resolved[1]],
        ["邻里纠纷", "02", screened[0], screened[1], resolved[0], resolved[1]],
    ]


def _register(n: int, month: int) -> list[list]:
    rows = [["某镇矛盾纠纷排查化解登记台账（2024年10-12月）"], ["序号", "排查时间", "纠纷类型", "化解状态"]]
    return rows + [[i, f"2024-{month:02d}-{i + 1:02d}", "邻里纠纷", "已化解" if i > 1 else "化解中"] for i in range(n)]


def test_a_register_titled_for_part_of_the_year_is_no_years_count_beside_the_years_form(tmp_path):
    form = {
        f"{'一二三四'[q - 1]}季度": _quarterly_form(q, (s, c), (r, d))
        for q, s, c, r, d in ((1, 10, 10, 9, 9), (2, 12, 22, 12, 21), (3, 8, 30, 8, 29), (4, 6, 36, 4, 33))
    }
    merged = {sheet: ["C2:D2", "E2:F2", "A2:A3", "B2:B3"] for sheet in form}
    builders.xlsx(tmp_path / "a" / "某镇矛盾纠纷排查调处情况统计表（2024年季报）.xlsx", form, merged=merged)
    builders.xlsx(tmp_path / "a" / "某镇矛盾纠纷排查化解登记台账（2024年10-12月）.xlsx", {"登记": _register(6, 11)})
    result = clean(tmp_path / "a")
    got = builders.figures(result)
    # The register (6 disputes, 4 resolved) was begun in October: the form's year, 36 and 33, is the year's.
    assert (got["disputes.screened"], got["disputes.resolved"]) == (36, 33)
    assert codes(result, "statistics.records_partial") and not codes(result, "statistics.differs")
    # Alone, such a register states no year's figure: not 6.
    builders.xlsx(tmp_path / "b" / "某镇矛盾纠纷排查化解登记台账（2024年10-12月）.xlsx", {"登记": _register(6, 11)})
    alone = builders.evidence(clean(tmp_path / "b"))["disputes.screened"]
    assert alone.value is None and "10-12月" in alone.reason
    # Registers of 1-6月 and 7-12月 make up the year: their records count.
    first = [["某镇矛盾纠纷排查化解登记台账（2024年1-6月）"], *_register(3, 3)[1:]]
    builders.xlsx(tmp_path / "c" / "上半年.xlsx", {"登记": first})
    second = [["某镇矛盾纠纷排查化解登记台账（2024年7-12月）"], ["序号", "排查时间", "纠纷类型", "化解状态"],
              [4, "2024-09-03", "邻里纠纷", "已化解"]]  # fmt: skip
    builders.xlsx(tmp_path / "c" / "下半年.xlsx", {"登记": second})
    assert builders.figures(clean(tmp_path / "c"))["disputes.screened"] == 4


def test_last_years_register_of_part_of_the_year_beside_this_years_leaves_the_years_form_the_count(tmp_path):
    # This year's register begun in October beside the year's quarterly form, and last year's register of 10-12月
    # kept in the folder too: last year's book names no span of this year, and had made the registers the year's
    # count (6) in place of the form's 36.
    form = {
        f"{'一二三四'[q - 1]}季度": _quarterly_form(q, (s, c), (r, d))
        for q, s, c, r, d in ((1, 10, 10, 9, 9), (2, 12, 22, 12, 21), (3, 8, 30, 8, 29), (4, 6, 36, 4, 33))
    }
    merged = {sheet: ["C2:D2", "E2:F2", "A2:A3", "B2:B3"] for sheet in form}
    builders.xlsx(tmp_path / "某镇矛盾纠纷排查调处情况统计表（2024年季报）.xlsx", form, merged=merged)
    builders.xlsx(tmp_path / "某镇矛盾纠纷排查化解登记台账（2024年10-12月）.xlsx", {"登记": _register(6, 11)})
    last = [["某镇矛盾纠纷排查化解登记台账（2023年10-12月）"]] + [
        [*row[:1], row[1].replace("2024", "2023"), *row[2:]] if isinstance(row[1], str) else row
        for row in _register(5, 11)[1:]
    ]
    builders.xlsx(tmp_path / "某镇矛盾纠纷排查化解登记台账（2023年10-12月）.xlsx", {"登记": last})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (36, 33)
    (note,) = codes(result, "file.other_years_book")
    assert note["file"] == "某镇矛盾纠纷排查化解登记台账（2023年10-12月）.xlsx"


def test_a_form_whose_titles_name_no_kind_is_told_by_its_row_labels(tmp_path):
    # A police station's quarterly CSV: 治安工作情况 names no kind; its rows (告诫书, 涉黄治安案件, 其中：…拘留) do.
    rows = [
        ["某县公安局某镇派出所2024年治安工作情况统计表"],
        ["项目", "计量单位", "第一季度", "第二季度", "第三季度", "第四季度", "全年"],
        ["出具家庭暴力告诫书", "份", 2, 1, 3, 1, 7],
        ["家庭暴力治安案件", "起", 0, 1, 0, 1, 2],
        ["　其中：家暴行政拘留", "人", 0, 1, 0, 0, 1],
        ["涉黄治安案件", "起", 1, 0, 2, 0, 3],
        ["　其中：涉黄行政拘留", "人", 2, 0, 3, 0, 5],
    ]
    builders.csv_file(tmp_path / "某镇派出所2024年治安工作情况统计表.csv", rows, encoding="gbk")
    got = builders.figures(clean(tmp_path))
    assert (got["security.dv_warnings"], got["security.dv_detentions"]) == (7, 1)
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (3, 5)


def test_labels_naming_more_than_what_they_count_are_read_as_what_they_count(tmp_path):
    # A row naming the exam before its count (领导干部法宣在线考试应参考人数), a column of two documents reviewed
    # (审查合同、文件), the aid the counsel handled (办理法律援助), a 排查纠纷 column.
    training = [["某镇2024年学法用法情况统计表"], ["项目", "单位", "全年"], ["法律明白人培训", "场次", 4],
                ["领导干部法宣在线考试应参考人数", "人", 46], ["领导干部法宣在线考试实参考人数", "人", 45]]  # fmt: skip
    builders.xlsx(tmp_path / "学法统计表.xlsx", {"统计表": training})
    counsel = [["某镇2024年村（社区）法律顾问工作情况统计表"],
               ["服务对象", "解答法律咨询（人次）", "审查合同、文件（份）", "办理法律援助（宗）"],
               ["甲村", 10, 3, 1], ["乙村", 8, 2, 0], ["合计", 18, 5, 1]]  # fmt: skip
    builders.xlsx(tmp_path / "法律顾问工作情况统计表.xlsx", {"统计表": counsel})
    got = builders.figures(clean(tmp_path))
    assert (got["training.legal_literacy_sessions"], got["training.exam_coverage"]) == (4, round(45 / 46, 4))
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.legal_aid"]) == (18, 5, 1)


# A 以案定补 经费发放表 as 麦丘镇's 司法所 keeps it: a row per 调委会 and batch (第一批 for the first half-year, 第二批 for
# the second; a committee paid once for the year has one row), 调解成功案件数 口头 / 书面 / 小计 and the money paid.
_PAYOUT_HEADER = [
    ["序号", "调解组织", "批次", "调解成功案件数（件）", None, None, "补贴标准", "补贴金额", "领款人签字", "备注"],
    [None, None, None, "口头", "书面", "小计", None, "（元）", None, None],
]
_PAYOUT_MERGED = ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "I3:I4", "J3:J4"]
_PAYOUT_ROWS = [
    [1, "甲村调委会", "第一批", 3, 1, 4, "口头50元/件，书面150元/件", 300, None, None],
    [2, "甲村调委会", "第二批", 2, 2, 4, "口头50元/件，书面150元/件", 400, None, None],
    [3, "乙村调委会", "第二批", 4, 1, 5, "口头50元/件，书面150元/件", 350, None, "全年一次发放"],
    [4, "镇调委会", "第一批", 1, 0, 1, "口头50元/件，书面150元/件", 50, None, None],
    [5, "镇调委会", "第二批", 2, 3, 5, "口头50元/件，书面150元/件", 550, None, None],
]


@pytest.mark.parametrize("total", [True, False], ids=["with_total", "without_total"])
def test_a_payout_list_in_batches_per_committee_states_the_years_subsidised_cases_and_money(total, tmp_path):
    # Each row is one payment to a 调委会 for one batch, counting that batch's cases: the batches part the year's
    # cases, so the year is their sum (or the 合计 row stating it), never a row per case nor a batch counted twice.
    # 麦丘镇's figures rest on it (stop 49: checked right for this reason, not by the 合计 row alone).
    rows = [["某镇2024年度人民调解“以案定补”经费发放表"], ["单位：某镇司法所", *[None] * 8, "金额单位：元"]]
    rows += [*_PAYOUT_HEADER, *_PAYOUT_ROWS]
    if total:
        rows.append(["合计", None, None, 12, 7, 19, None, 1650, None, None])
    name = "某镇2024年度人民调解“以案定补”经费发放表.xlsx"
    builders.xlsx(tmp_path / name, {"发放表": rows}, merged={"发放表": _PAYOUT_MERGED})
    result = clean(tmp_path)
    got = builders.figures(result)
    want = {"mediation.cases": 19, "mediation.oral": 12, "mediation.written": 7, "mediation.subsidy_yuan": 1650}
    assert {k: got[k] for k in want} == want
    assert "mediation" not in result.tables  # its rows are payments, no case of their own
    assert not [r for r in result.issues.to_dict("records") if r["level"] == "错误"]


@pytest.mark.parametrize("stated", [19, 20], ids=["agreeing", "differing"])
def test_a_payout_list_beside_the_years_form_states_the_year_once_never_added_to_it(stated, tmp_path):
    # Both state the year's successful cases: the payout list those paid, the 司法所's 年报 those counted. Two files each
    # of the whole year are no series of periods: agreeing, the number is stated once; differing, which is the year's
    # is not known. Before: added, 39 cases for 19 (麦丘镇's figures were right only because its form was quarterly).
    rows = [["某镇2024年度人民调解“以案定补”经费发放表"], *_PAYOUT_HEADER, *_PAYOUT_ROWS]
    merged = [m.replace("3", "2").replace("4", "3") for m in _PAYOUT_MERGED]
    builders.xlsx(
        tmp_path / "某镇2024年度人民调解“以案定补”经费发放表.xlsx", {"发放表": rows}, merged={"发放表": merged}
    )
    form = [
        ["某镇司法所2024年人民调解工作统计表"],
        ["调解组织", "调解案件数", "调解成功数", "口头协议", "书面协议"],
        ["甲村调委会", 10, 9, 5, 4],
        ["乙村调委会", 12, stated - 9, 7, stated - 16],
        ["合计", 22, stated, 12, stated - 12],
    ]
    builders.xlsx(tmp_path / "某镇司法所2024年人民调解工作统计（年报）.xlsx", {"全年": form})
    got = builders.figures(clean(tmp_path))
    assert got["mediation.oral"] == 12  # stated alike in both
    assert (got["mediation.cases"], got["mediation.written"]) == ((19, 7) if stated == 19 else (None, None))
    assert got["mediation.subsidy_yuan"] == 1650
