"""Statistics forms as 南方 offices hand them in (fzlib/ingest/statistics.py; found by the blind town 蕉坑镇): a summary
sheet beside the numbered tables of its report, a form's outcome columns beside its 上级交办 and 本级受理 rows, a
register kept for part of the year beside the year's form, a form whose only evidence of its kind is its rows, and
row or column labels naming more than what they count. Each fixture is small and fictitious."""

from __future__ import annotations

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
