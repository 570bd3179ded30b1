"""A register re-typed and re-arranged the way an office keeps it (issue 12's twelfth round of variants): a book's
sheets stacked onto one sheet to print them together, each village's table under a line of its name with its own
title, its 填报单位：… | 单位：件 line and its header, each numbered from 1."""

from __future__ import annotations

import datetime as dt

import pytest

import builders
from builders import clean, codes

HEADER = ["编号", "登记日期", "纠纷类型", "当事人", "简要情况", "化解结果", "化解时间"]


def _village(village: str, n: int, month: int, kind: str, right: str = "单位：件") -> list[list]:
    """A village's table as its own sheet holds it: a title, the 填报单位 line with the unit (or when it was filled
    in) at its right, the header, its records numbered from 1."""
    rows = [
        [f"某镇2024年矛盾纠纷排查化解台账（{village}）"],
        [f"填报单位：{village}调委会", None, None, None, None, right],
        HEADER,
    ]
    for i in range(1, n + 1):
        result = "已化解" if i % 2 else "化解中"
        rows.append(
            [i, f"{month}月{i}日", kind, f"张某{i}、李某", "因排水沟堵塞引发争执", result, f"{month}月{i + 3}日"]
        )
    return rows


@pytest.mark.parametrize("right", ["单位：件", "排查时间：2024年12月"])
def test_villages_tables_stacked_in_one_sheet_under_their_filler_lines_count_every_record(tmp_path, right):
    # 东村 1-3 then 西村 1-4, each under its title and its 填报单位 line: the 填报单位 line over 西村's header is that
    # table's own line, no record of 东村's (read as one, 东村's numbering ran on into a text and the two villages' 1 2 3
    # were taken for copies of each other: every dispute figure withheld), whatever it says at its right.
    east, west = _village("东村", 3, 2, "邻里纠纷", right), _village("西村", 4, 3, "婚姻家庭纠纷", right)
    builders.xlsx(tmp_path / "排查.xlsx", {"台账": [*east, [], ["西村"], *west]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (7, 4)
    assert not codes(result, "row.copies_differ") and not codes(result, "row.duplicate")
    assert not codes(result, "row.required_missing")


def test_a_lawsuits_table_stacked_under_the_reviews_in_a_sheet_named_for_reviews_keeps_its_own_titles_sort(tmp_path):
    # The sheet 行政复议 holds the reviews under 某镇行政复议案件台账 and, after a blank line, the lawsuits under
    # 某镇行政应诉案件台账, neither with a 案件类型 column: the sheet's name is its first table's, the later table's own
    # title says its cases are lawsuits (read by the sheet's name, all five were reviews: litigation.cases 0 for 5).
    reviews = [
        ["某镇行政复议案件台账（2024年）"],
        ["序号", "复议案号", "申请人", "被申请人", "复议机关", "申请日期", "复议事项"],
        *[[i, f"某县政复字〔2024〕{i}号", f"王某{i}", "某镇人民政府", "某县人民政府", f"2024-0{i}-16", "不服行政处罚决定"]
          for i in range(1, 4)],
    ]  # fmt: skip
    suits = [
        ["某镇行政应诉案件台账（2024年）"],
        ["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭应诉负责人"],
        *[[i, f"（2024）某0101行初{i}号", f"李某{i}", "某镇人民政府", "行政处罚", f"2024-0{i + 3}-28", "副镇长陈某"]
          for i in range(1, 6)],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "行政复议应诉案件台账（2024年）.xlsx", {"行政复议": [*reviews, [], *suits]})
    got = builders.figures(clean(tmp_path))
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (5, 5)


def test_a_decisions_register_stacked_under_a_notice_of_officers_in_a_sheet_named_for_that_notice_is_read(tmp_path):
    # The sheet 事前公示 holds the officers' notice (another document) and, under its own title, the register of the
    # year's decisions (事后公示): the sheet's name is its first table's, and sets aside that table only (read by it,
    # the register was another document too: every enforcement figure withheld).
    notice = [
        ["行政执法事前公示信息（执法主体、人员、职责）"],
        ["序号", "执法主体", "执法人员", "执法证号", "执法类别", "执法依据", "公示载体"],
        *[
            [i, "某镇人民政府", f"王某{i}", f"9930023{i}", "行政检查", "《社会救助暂行办法》", "公示栏"]
            for i in range(1, 4)
        ],
    ]
    decisions = [
        ["某镇2024年行政执法决定信息公示（事后公示）"],
        ["序号", "执法决定文书号", "执法类别", "事项名称", "行政相对人", "执法决定日期", "公示日期"],
        *[[i, f"某罚决〔2024〕{i}号", "行政处罚" if i % 2 else "行政许可", "违规焚烧秸秆案", f"李某{i}",
           f"2024-0{i}-10", f"2024-0{i}-15"] for i in range(1, 6)],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "行政执法三项制度公示台账.xlsx", {"事前公示": [*notice, [], ["事后公示"], *decisions]})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.licensing"]) == (5, 3, 2)


def test_a_record_all_in_text_right_under_a_group_line_is_a_record_not_a_header(tmp_path):
    # A petition register grouped by 交办单位 under 【县联办】 lines: a group's first item, still in hand, is all text
    # (编号 PT2023005, 交办日期 4月4日 typed, no 办结日期). Right under the group line it had been read as the header of a
    # table of its own (column.missing 信访编号, clean exit 1: every petition figure withheld).
    header = ["信访编号", "交办单位", "信访人", "反映问题", "交办日期", "责任单位", "办理状态", "办结日期"]
    rows = [["某乡2024年信访事项办理台账"], header]
    n = 0
    for office, states in (("县联办", ["正在化解", "已化解", "已化解"]), ("市联办", ["正在化解", "已化解"])):
        rows.append([f"【{office}】"])
        for state in states:
            n += 1
            done = dt.datetime(2024, n + 2, 10) if state == "已化解" else None
            rows.append([f"PT2024{n:03d}", office, f"王某{n}", "低保评定", f"{n}月{n + 3}日", "新田村", state, done])
    builders.xlsx(tmp_path / "信访事项办理台账（2024年）.xlsx", {"信访事项": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (5, 3, 2)
    assert not codes(result, "column.missing")


@pytest.mark.parametrize("gap", [[], [[]]], ids=["note_under_the_records", "note_after_a_blank_line"])
def test_a_countys_sheets_per_town_stacked_each_closed_by_a_note_count_the_towns_own_table_only(tmp_path, gap):
    # The county's book of a sheet per town stacked onto one sheet: each town's table closes with a 注：… line under
    # its records (or a blank line under them), then a blank line, the sheet's name (石桥镇) and the table's title
    # naming its town. The note closes the table above; read as the later table's title it hid the town the title
    # opens with, and every town's cases were counted as this town's (河湾镇: mediation.cases 152 for 21).
    rows: list[list] = []
    for town, n in (("城关街道", 4), ("石桥镇", 3), ("河湾", 5), ("白沙镇", 2)):
        full = town if town.endswith(("镇", "街道")) else f"{town}镇"
        if rows:
            rows += [[], [town]]
        rows += [[f"{full}2024年人民调解案件登记台账"], ["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果"]]
        rows += [
            [i, f"（2024）{town[:2]}人调字第{i}号", f"2024-0{i}-1{i}", "邻里纠纷", "调解成功"] for i in range(1, n + 1)
        ]
        rows += [*gap, ["注：本表由司法所汇总"]]
    builders.xlsx(tmp_path / "某县2024年人民调解案件登记台账（分乡镇）.xlsx", {"城关街道": rows})
    result = clean(tmp_path, options={"town": "河湾镇"})
    assert builders.figures(result)["mediation.cases"] == 5
    assert sorted(r["detail"] for r in codes(result, "sheet.other_town")) == ["城关街道", "白沙镇", "石桥镇"]


def test_a_dispute_open_at_the_merger_listed_again_in_the_new_towns_table_stacked_below_counts_once(tmp_path):
    # The merged town's book (each former township's January–June and the new town's July–December) stacked onto one
    # sheet, each table under its sheet's name and its title: a dispute open at the merger is entered again in the new
    # town's table under its 编号 3 (备注 原杏花乡第2号移交). Each table is a register of its own, as each sheet was: the
    # two rows are one dispute (read as two rows of one register, it was counted twice: 新合镇 106 for 99).
    head = ["编号", "排查日期", "村（社区）", "纠纷类型", "当事人", "化解情况", "备注"]
    old = [["原杏花乡（1-6月）"], ["原杏花乡2024年1-6月矛盾纠纷排查化解台账"], head,
           [1, "2024-03-05", "杏花村", "邻里纠纷", "张甲、李乙", "已化解", None],
           [2, "2024-06-26", "桥头村", "邻里纠纷", "王丙、赵丁", "化解中", None]]  # fmt: skip
    other = [["原东关乡（1-6月）"], ["原东关乡2024年1-6月矛盾纠纷排查化解台账"], head,
             [1, "2024-04-08", "东关村", "婚姻家庭纠纷", "钱戊、孙己", "已化解", None],
             [2, "2024-05-09", "东关村", "邻里纠纷", "周庚、吴辛", "未化解", None]]  # fmt: skip
    new = [["桃源镇（7-12月）"], ["桃源镇2024年7-12月矛盾纠纷排查化解台账"], head,
           [1, "2024-07-03", "新桥村", "邻里纠纷", "郑壬、冯癸", "已化解", None],
           [2, "2024-08-12", "新桥村", "山林土地纠纷", "陈一、褚二", "化解中", None],
           [3, "2024-06-26", "新桥村（原桥头村）", "邻里纠纷", "赵丁、王丙", "已化解", "原杏花乡第2号移交"]]  # fmt: skip
    builders.xlsx(tmp_path / "矛盾纠纷台账（合并）.xlsx", {"原杏花乡（1-6月）": [*old[1:], [], *other, [], *new]})
    merged = {"town": "桃源镇", "former_towns": ["杏花乡", "东关乡"]}
    result = clean(tmp_path, options=merged)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (6, 4)
    (joined,) = codes(result, "row.retyped_copy")
    assert joined["row"] == 17


def _sign_in(title: str, day: str, persons: int, post: str) -> list[list]:
    """A session's 签到表: its title, the day and place, the topic typed above the roster, a line of the attendance."""
    return [
        [title],
        [f"培训时间：{day}", None, None, "培训地点：镇政府会议室"],
        ["培训主题：民法典婚姻家庭编"],
        ["序号", "姓名", "单位", "职务", "签名"],
        *[[i, f"王**{i}", "某村", post, "已签" if i % 2 else None] for i in range(1, persons + 1)],
        [f"应到{persons}人，实到{persons}人。", None, None, None, "记录人：赵**"],
    ]


def test_sessions_sign_in_sheets_stacked_onto_one_sheet_are_a_session_each(tmp_path):
    # A book of a 签到表 per session (each sheet named by its day) stacked onto one sheet to print, each under a blank
    # line and its sheet's name: each roster under lines stating its own day is a session of its own, its audience
    # its own title's. Read as one roster, the sheet was one session on the first sheet's day (last December's):
    # 金竹镇 under stacked_sheets, training.legal_literacy_sessions 0 for 3.
    rows = _sign_in("某镇法律明白人年终培训签到表", "2023年12月19日", 6, "法律明白人")
    for day, title, post in (("2024年3月14日", "某镇法律明白人培训签到表", "法律明白人"),
                             ("2024年5月22日", "某镇行政执法人员培训签到表", "执法人员"),
                             ("2024年8月9日", "某镇法律明白人培训签到表", "法律明白人")):  # fmt: skip
        rows += [[], [day[5:]], *_sign_in(title, day, 4, post)]
    builders.xlsx(tmp_path / "某镇2024年法治培训签到表.xlsx", {"2023.12.19": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2
    assert sorted(result.tables["training"]["participants"].tolist()) == [4, 4, 4]


def test_a_reports_numbered_tables_stacked_in_the_sheet_of_the_first_state_a_figure_once(tmp_path):
    # 表一 (by 纠纷类型) and 表二 (the 以案定补 figures) of one report stacked onto the sheet 表一, 表二 under a line of
    # its sheet's name and its 表号 line: the sheet's name is its first table's, the later table is numbered by its own
    # lines. Both numbered 表一, they were two tables of one number and their oral agreements added (梓溪镇 under
    # stacked_sheets: mediation.oral 66 for 33).
    one = [["表　　号：某司调统1表", None, None, "制表机关：某镇司法所"], ["某镇人民调解工作统计表（2024年度）"],
           ["项目", "代码", "受理", "口头协议"], ["甲", "乙", "1", "2"], ["总计", "01", 20, 12]]  # fmt: skip
    two = [["表　　号：某司调统2表", None, "制表机关：某镇司法所"], ["某镇以案定补经费情况表（2024年度）"],
           ["指标名称", "代码", "数量"], ["甲", "乙", "1"], ["口头协议（件）", "01", 12]]  # fmt: skip
    builders.xlsx(tmp_path / "人民调解工作统计表.xlsx", {"表一": [*one, [], ["表二"], *two]})
    assert builders.figures(clean(tmp_path))["mediation.oral"] == 12


def test_a_quarters_statistics_tables_stacked_in_the_sheet_of_the_first_each_state_their_own_quarter(tmp_path):
    # A sheet a quarter stacked onto the first quarter's sheet, each later table under a line of its quarter and its
    # own title: the sheet's name is its first table's period, the later tables are dated by their own lines. Read as
    # four statements of 一季度 that differ, the figure had been unknown (杏林镇 and 渝坪镇 under stacked_sheets).
    def quarter(name, oral):
        return [[f"某镇人民调解工作统计表（2024年{name}）"], ["项目", "代码", "受理", "口头协议"], ["甲", "乙", "1", "2"],
                ["总计", "01", oral + 1, oral]]  # fmt: skip

    rows = quarter("一季度", 3)
    for name, oral in (("二季度", 4), ("三季度", 5), ("四季度", 6)):
        rows += [[], [name], *quarter(name, oral)]
    builders.xlsx(tmp_path / "人民调解工作统计表.xlsx", {"一季度": rows})
    assert builders.figures(clean(tmp_path))["mediation.oral"] == 18


def test_quarters_registers_stacked_under_last_years_quarter_date_their_records_by_their_own_lines(tmp_path):
    # Last year's fourth quarter and this year's four stacked onto the sheet 2023Q4, each later table under a line
    # of its quarter (Q1) and its title; dates typed without their year (10月18日). The sheet's name is its first
    # table's: read as every table's, all records were 2023's and the book refused as last year's (杏林镇 under
    # stacked_sheets).
    header = ["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果"]

    def quarter(name, months, start):
        records = [
            [i, f"某人调字第{start + i}号", f"{m}月18日", "邻里纠纷", "调解成功"] for i, m in enumerate(months, 1)
        ]
        return [[f"某镇{name}人民调解案件登记表"], header, *records]

    rows = quarter("第四季度", (10, 11), 60)
    for line, name, months in (("Q1", "第一季度", (1, 2)), ("Q2", "第二季度", (4, 5)), ("Q3", "第三季度", (7, 8)),
                               ("Q4", "第四季度", (10, 12))):  # fmt: skip
        rows += [[], [line], *quarter(name, months, 10 * int(line[1]))]
    builders.xlsx(tmp_path / "某镇人民调解案件登记台账（2024年）.xlsx", {"2023Q4": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.cases"] == 8
    assert len(codes(result, "row.out_of_year")) == 2 and not codes(result, "file.wrong_year")  # 2023-10-18, 11-18


def test_villages_tables_with_a_two_row_header_stacked_under_their_filler_lines_count_every_record(tmp_path):
    # A book of a sheet a village stacked onto one sheet: each village's table under its name, its title and its
    # 报送单位：… | 报送时间：… line, over a header of two rows (当事人 over 甲方 | 乙方, the other titles merged down).
    # The filler line over a later header is no record under which the header was printed again: measured against the
    # two titles of the header's lower row it filled as many, and every later village was read as the first's next
    # page, its filler line a record without a date (row.required_missing: 红柳镇's monthly disputes withheld).
    head = [["序号", "排查时间", "所属村", "纠纷类别", "当事人", None, "化解情况", "化解时间"],
            [None, None, None, None, "甲方", "乙方", None, None]]  # fmt: skip
    rows: list[list] = []
    merged: list[str] = []
    for village, n, month in (("东村", 3, 2), ("西村", 4, 5), ("南村", 2, 9)):
        if rows:
            rows += [[], [village]]
        rows += [[f"桃源镇2024年矛盾纠纷排查化解工作台账（{village}）"],
                 [f"报送单位：{village}调委会", None, None, None, None, None, "报送时间：2024年12月25日"]]  # fmt: skip
        top = len(rows) + 1
        merged += [f"{c}{top}:{c}{top + 1}" for c in "ABCDGH"] + [f"E{top}:F{top}"]
        rows += head
        rows += [[i, f"{month}月{i}日", village, "邻里纠纷", f"张某{i}", f"李某{i}", "已化解", f"{month}月{i + 5}日"]
                 for i in range(1, n + 1)]  # fmt: skip
    builders.xlsx(tmp_path / "矛盾纠纷排查化解工作台账（2024年）.xlsx", {"东村": rows}, merged={"东村": merged})
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 9
    assert not codes(result, "row.required_missing")


@pytest.mark.parametrize(
    "left", ["申报单位：某镇司法所", "某镇司法所（盖章）"], ids=["another_fillers_word", "a_line_unnamed"]
)
def test_quarters_registers_stacked_each_under_the_line_the_first_has_over_its_header_count_every_record(
    tmp_path, left
):
    # A quarterly 补贴申报 book's sheets stacked onto the first: each quarter under its title and the line every sheet
    # has over its header (申报单位：… | 单位：元, a filler line by another word than 填报单位; or a line no word names, the
    # same over each quarter's header as over the first's). That line is the later table's own, no record of the table
    # above: read as one it lacked a 卷宗号 and its 单位：元 was no 案件等级 (渝坪镇 under stacked_sheets: every mediation
    # figure withheld).
    header = ["序号", "卷宗号", "调委会", "受理日期", "协议形式", "调解结果", "补贴金额（元）"]
    rows: list[list] = []
    for q, months in enumerate(((1, 2), (4, 5, 6), (7, 8), (10, 11)), start=1):
        if rows:
            rows += [[], [f"第{q}季度"]]
        rows += [[f"某镇2024年第{q}季度人民调解案件登记及补贴申报表"], [left, None, None, None, None, None, "单位：元"]]
        rows += [header]
        rows += [[i, f"某人调字第{q}{i:02d}号", "某村调委会", f"2024-{m:02d}-10", "口头协议", "调解成功", 50]
                 for i, m in enumerate(months, start=1)]  # fmt: skip
    builders.xlsx(tmp_path / "某镇人民调解案件登记及补贴申报台账（2024年）.xlsx", {"第一季度": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (9, 450)
    assert not codes(result, "row.required_missing") and not codes(result, "vocab.unknown")


def test_half_years_statistics_forms_stacked_in_one_sheet_are_two_periods_whose_rest_categories_differ(tmp_path):
    # The county's half-yearly form changed in July (行政确认 and 行政给付 inside the old form's 其他行政执法行为, listed
    # apart in the new one), the two sheets stacked onto 上半年: each form under its title and its 填报单位：… |
    # 统计时段：… line stating its own half-year, over the same header. The second form's line, not the first's, is no
    # record over a page printed again: read as one table the two forms were one period (梨园乡 under stacked_sheets:
    # every enforcement figure withheld); read as two forms of one sheet, their 其他 were added (13, a count of no one
    # thing).
    def form(half, span, counts):
        return [[f"某乡2025年{half}行政执法情况统计表"], ["填报单位：某乡人民政府（盖章）", None, f"统计时段：2025年{span}"],
                ["执法类别", "件数（件）", "备注"], *[[c, n, None] for c, n in counts.items()],
                ["合计", sum(counts.values()), None]]  # fmt: skip

    first = form("上半年", "1月1日至6月30日", {"行政许可": 14, "行政处罚": 9, "行政检查": 31, "其他行政执法行为": 11})
    second = form("下半年", "7月1日至12月31日", {"行政许可": 17, "行政处罚": 12, "行政检查": 36, "行政确认": 8,
                                              "行政给付": 5, "其他": 2})  # fmt: skip
    builders.xlsx(tmp_path / "某乡2025年行政执法统计表（半年报）.xlsx", {"上半年": [*first, [], ["下半年"], *second]})
    found = builders.evidence(clean(tmp_path, year=2025))
    assert (found["enforcement.cases"].value, found["enforcement.licensing"].value) == (145, 31)
    assert found["enforcement.other"].value is None and found["enforcement.confirmation"].value is None
