"""Issue 12, left-overs: classes of input on which a figure was published that the data could not support
(or refused where it could). Each test names the quirk; the decisions are in README's decisions table."""

from __future__ import annotations

import builders
from builders import clean, codes


def test_a_case_type_citing_only_the_article_of_the_public_order_law_is_read_by_the_article(tmp_path):
    # 案由 as the police write it: the law and its article, the offence after a space or not at all
    # (2012 text: 第六十六条 卖淫嫖娼, 第六十七条 引诱容留介绍, 第六十八条 淫秽物品, 第七十条 赌博).
    rows = [
        ["序号", "受案日期", "案由", "拘留人数"],
        [1, "2024-03-01", "违反《治安管理处罚法》第六十六条 卖淫", 1],
        [2, "2024-04-01", "违反《中华人民共和国治安管理处罚法》第六十七条", 2],
        [3, "2024-05-01", "治安管理处罚法第68条", 0],
        [4, "2024-06-01", "违反《治安管理处罚法》第七十条第一款", 3],
        [5, "2024-07-01", "违反《治安管理处罚法》第四十三条（殴打他人）", 1],
    ]
    builders.xlsx(tmp_path / "派出所治安案件查处登记.xlsx", {"登记": rows})
    result = clean(tmp_path, year=2024)
    got = builders.figures(result)
    assert (got["security.vice_cases"], got["security.vice_detentions"]) == (3, 3)
    assert not codes(result, "vocab.unknown")


def test_an_article_of_another_law_names_no_public_order_offence(tmp_path):
    rows = [
        ["序号", "受案日期", "案件性质", "拘留人数"],
        [1, "2024-03-01", "违反《治安管理处罚法》第六十六条", 1],
        [2, "2024-04-01", "违反《治安管理处罚法》第七十条", 1],
        [3, "2024-05-01", "违反《城乡规划法》第六十六条", 0],
    ]
    builders.xlsx(tmp_path / "派出所治安案件查处登记.xlsx", {"登记": rows})
    result = clean(tmp_path, year=2024)
    assert [r["value"] for r in codes(result, "vocab.unknown")] == ["违反《城乡规划法》第六十六条"]


def test_a_two_digit_year_far_from_the_ledgers_is_read_in_the_century_nearest_it(tmp_path):
    # 99.12.1 in a 2024 register is 1999 (another year's record, left out as such), never 2099: a date to come
    # would be an error withholding the year's dispute figures.
    rows = [
        ["序号", "登记日期", "当事人", "纠纷类型", "化解情况"],
        [1, "24.3.5", "张某某与李某某", "邻里纠纷", "已化解"],
        [2, "24.4.5", "王某某与赵某某", "婚姻家庭纠纷", "已化解"],
        [3, "99.12.1", "钱某某与孙某某", "土地纠纷", "化解中"],
        [4, "24.6.5", "周某某与吴某某", "邻里纠纷", "未化解"],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", {"2024": rows})
    result = clean(tmp_path, year=2024)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 2)
    assert [(r["value"], r["detail"]) for r in codes(result, "date.two_digit_year")] == [("99.12.1", "1999-12-01")]
    assert [r["detail"] for r in codes(result, "row.out_of_year")] == ["1999-12-01"]
    assert not codes(result, "date.future")


def test_a_two_digit_year_is_read_within_fifty_years_of_the_ledgers_year():
    import pandas as pd

    from fzlib.ingest.cleaners.dates import clean_date

    res = clean_date(pd.Series(["99.3.5", "99年3月5日", "13/5/99", "24.3.5", "00-1-2", "95.1.1", "73.1.1"]), year=2024)
    assert res.values.dt.strftime("%Y-%m-%d").tolist() == [
        "1999-03-05", "1999-03-05", "1999-05-13", "2024-03-05", "2000-01-02", "1995-01-01", "2073-01-01"
    ]  # fmt: skip
    assert res.codes.tolist()[:4] == ["date.two_digit_year"] * 3 + [pd.NA]


def test_an_amount_in_accounting_brackets_is_a_negative_asked_about_never_its_positive(tmp_path):
    # （500） in a subsidy column is money set off or paid back: counted as 500 it would overstate what was
    # paid, taken as −500 it would guess which payment it offsets. The cell is an error naming it; the sum waits.
    rows = [
        ["序号", "受理日期", "申请人", "纠纷类型", "调解结果", "补贴金额（元）"],
        [1, "2024-03-05", "张某某", "邻里纠纷", "调解成功", 200],
        [2, "2024-04-05", "王某某", "婚姻家庭纠纷", "调解成功", 300],
        [3, "2024-05-05", "钱某某", "土地纠纷", "调解成功", "（500）"],
    ]
    builders.xlsx(tmp_path / "人民调解案件登记台账.xlsx", {"登记": rows})
    result = clean(tmp_path, year=2024)
    got = builders.figures(result)
    assert got["mediation.cases"] == 3
    assert got["mediation.subsidy_yuan"] is None
    assert [r["value"] for r in codes(result, "number.bracketed_negative")] == ["（500）"]


SECURITY = ["security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions"]


def _case_log(categories: list[str]) -> list[list]:
    rows = [["序号", "受案日期", "案件类别", "违法行为人", "处理结果", "拘留人数"]]
    for i, c in enumerate(categories, 1):
        rows.append([i, f"2024-{i:02d}-05", c, f"某某{i}", "行政拘留十日", 1])
    return rows


def test_a_case_log_of_vice_cases_alone_is_no_evidence_of_no_warnings(tmp_path):
    # A station's 治安案件 list holds cases: a 告诫书 is issued instead of a sanction and is never one of its rows.
    builders.xlsx(tmp_path / "派出所治安案件查处登记（2024年）.xlsx", {"登记": _case_log(["涉黄", "涉赌", "涉黄"])})
    result = clean(tmp_path, year=2024)
    got = builders.evidence(result)
    assert (got["security.vice_cases"].value, got["security.vice_detentions"].value) == (2, 2)
    # Its 家暴治安案件 could have been listed: none were (0 detentions); its warnings could not have been.
    assert got["security.dv_detentions"].value == 0
    assert got["security.dv_warnings"].value is None
    assert "家暴告诫书" in got["security.dv_warnings"].reason


def test_a_log_titled_for_vice_and_gambling_cases_says_nothing_of_domestic_violence(tmp_path):
    builders.xlsx(tmp_path / "涉黄涉赌案件登记表.xlsx", {"Sheet1": _case_log(["涉黄", "涉赌", "涉赌"])})
    got = builders.evidence(clean(tmp_path, year=2024))
    assert got["security.vice_cases"].value == 1
    assert (got["security.dv_warnings"].value, got["security.dv_detentions"].value) == (None, None)


def test_a_warnings_register_beside_the_case_log_makes_no_warnings_a_zero_that_holds(tmp_path):
    builders.xlsx(tmp_path / "派出所治安案件查处登记（2024年）.xlsx", {"登记": _case_log(["涉黄", "涉赌"])})
    rows = [["序号", "告诫书编号", "出具日期", "被告诫人"], [1, "告字〔2024〕1号", "2024-05-06", "某某甲"]]
    builders.xlsx(tmp_path / "家庭暴力告诫书登记.xlsx", {"告诫书": rows})
    got = builders.figures(clean(tmp_path, year=2024))
    assert (got["security.dv_warnings"], got["security.vice_cases"]) == (1, 1)


def test_a_security_book_without_a_title_naming_its_sorts_counts_a_sort_it_lists_none_of_as_zero(tmp_path):
    # A 平安建设 book whose 类型 column could hold any sort: no warning in it is none issued.
    builders.xlsx(tmp_path / "平安建设工作台账（2024年）.xlsx", {"台账": _case_log(["涉黄", "涉赌", "家暴治安案件"])})
    got = builders.figures(clean(tmp_path, year=2024))
    assert (got["security.dv_warnings"], got["security.dv_detentions"], got["security.vice_cases"]) == (0, 1, 1)


def test_a_case_log_that_does_list_a_warning_counts_it(tmp_path):
    builders.xlsx(tmp_path / "治安案件登记.xlsx", {"登记": _case_log(["涉黄", "家暴告诫书", "涉赌"])})
    got = builders.figures(clean(tmp_path, year=2024))
    assert got["security.dv_warnings"] == 1


def _petitions(tmp_path):
    rows = [
        ["信访编号", "交办单位", "交办日期", "反映问题", "办理状态"],
        ["XF2024-001", "县联办", "2024-03-05", "宅基地纠纷", "已办结"],
        ["XF2024-002", "市联办", "2024-04-05", "土地补偿", "已化解"],
        ["XF2024-003", "县联办", "2024-05-05", "拖欠工资", "正在化解"],
    ]
    builders.xlsx(tmp_path / "信访事项登记台账.xlsx", {"2024": rows})


def test_a_bare_已办结_of_a_petition_is_read_as_resolved_unless_the_office_says_otherwise(tmp_path):
    # 办结 (concluded, answered) is not always 化解 (settled): offices report 按期办结率 apart from 化解率. The package
    # keeps 已办结 as 已化解 (the systems' flow: 办结 after 化解, then 归档); an office whose 已办结 says only that the
    # item was answered says so in params, and its word decides over the package's.
    _petitions(tmp_path)
    got = builders.figures(clean(tmp_path, year=2024))
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (3, 2, 1)
    result = clean(tmp_path, year=2024, options={"variants": {"petition_status": {"未化解": ["已办结"]}}})
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (3, 1, 1)


def test_a_petition_problem_book_without_its_source_gives_no_dispute_figure_from_a_guess(tmp_path):
    # A 信访问题化解台账 (信访人, 反映问题, 化解情况; no 交办单位) may list petitions or disputes that came as petitions:
    # counted as disputes it had published the petitions as disputes screened and resolved.
    rows = [
        ["序号", "登记日期", "信访人", "反映问题", "化解情况"],
        [1, "2024-03-05", "张某某", "宅基地边界", "已化解"],
        [2, "2024-04-05", "王某某", "土地补偿", "已化解"],
        [3, "2024-05-05", "钱某某", "拖欠工资", "化解中"],
    ]
    builders.xlsx(tmp_path / "信访问题化解台账.xlsx", {"2024": rows})
    result = clean(tmp_path, year=2024)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"], got["petitions.resolved"]) == (None, None, None)
    assert [r["level"] for r in codes(result, "sheet.other_document")] == ["提示"]
    # The office says which it is: its figures stand.
    result = clean(tmp_path, year=2024, overrides={"信访问题化解台账.xlsx": "disputes"})
    assert builders.figures(result)["disputes.screened"] == 3


DISPUTE_HEAD = ["编号", "排查日期", "村（社区）", "纠纷类型", "当事人", "化解情况", "备注"]


def _halves(first_number, second_number, carried_status="化解中"):
    first = [
        ["2024年上半年矛盾纠纷排查化解台账"],
        DISPUTE_HEAD,
        [first_number(1), "2024-03-05", "杏花村", "邻里纠纷", "张甲、李乙", "已化解", None],
        [first_number(2), "2024-04-08", "东关村", "婚姻家庭纠纷", "钱戊、孙己", "已化解", None],
        [first_number(3), "2024-06-26", "桥头村", "邻里纠纷", "王丙、赵丁", carried_status, None],
    ]
    second = [
        ["2024年下半年矛盾纠纷排查化解台账"],
        DISPUTE_HEAD,
        [second_number(1), "2024-06-26", "桥头村", "邻里纠纷", "王丙、赵丁", "已化解", "上半年结转"],
        [second_number(2), "2024-07-03", "新桥村", "邻里纠纷", "郑壬、冯癸", "已化解", None],
        [second_number(3), "2024-08-12", "新桥村", "山林土地纠纷", "陈一、褚二", "化解中", None],
    ]
    return {"上半年": first, "下半年": second}


def test_a_dispute_open_at_midyear_renumbered_in_the_second_halfs_book_counts_once(tmp_path):
    # The second half's book lists the dispute still open at June's end again, under a number of its own (the
    # office numbers each book on, or in a new template's form): the same day, parties and type — one dispute,
    # the later copy's outcome. Two numbers of the same form had kept it apart: 6 disputes screened for 5.
    for name, first, second in [
        ("same_form", lambda n: f"杏司纠〔2024〕{n}号", lambda n: f"杏司纠〔2024〕{n + 3}号"),
        ("new_template", lambda n: f"LY2024-{n:03d}", lambda n: f"杏司纠〔2024〕{n}号"),
    ]:
        folder = tmp_path / name
        builders.xlsx(folder / "矛盾纠纷排查化解台账.xlsx", _halves(first, second))
        result = clean(folder, year=2024)
        got = builders.figures(result)
        assert (got["disputes.screened"], got["disputes.resolved"]) == (5, 4), name
        assert [r["sheet"] for r in codes(result, "row.retyped_copy")] == ["下半年"], name


def test_a_settled_dispute_and_a_new_one_of_the_same_day_and_parties_under_two_numbers_stay_two(tmp_path):
    # Settled in the first half, the matter was not carried over: a second row under another number is another
    # registration (the parties came back), as two documents' own numbers are two documents.
    sheets = _halves(lambda n: f"杏司纠〔2024〕{n}号", lambda n: f"杏司纠〔2024〕{n + 3}号", carried_status="已化解")
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", sheets)
    got = builders.figures(clean(tmp_path, year=2024))
    assert got["disputes.screened"] == 6


def test_status_by_theme_colour_fills_is_read_through_the_legend(tmp_path):
    # A clerk picks the fills from Excel's 主题颜色 (a theme's accent, lightened): the file stores theme="n" and a tint,
    # no RGB. Resolved by the book's own theme (its accent6 the green 70AD47 of Excel's Office theme, accent2 the red
    # C0504D of the 2007 one), the legend reads them; they had been no colour at all, the status missing and the
    # dispute figures unknown.
    import zipfile

    import openpyxl
    from openpyxl.styles import PatternFill
    from openpyxl.styles.colors import Color

    rows = [
        ["序号", "排查日期", "村（社区）", "纠纷类型", "包案责任人"],
        [1, "2024-03-05", "甲村", "邻里纠纷", "张某"],
        [2, "2024-04-11", "乙村", "婚姻家庭纠纷", "李某"],
        [3, "2024-06-02", "甲村", "土地纠纷", "王某"],
        [4, "2024-09-18", "丙村", "邻里纠纷", "赵某"],
        [],
        ["注：绿色为已化解，黄色为化解中，红色为未化解。"],
    ]
    fills = {2: Color(theme=9, tint=0.5999938962981048), 3: Color(theme=9, tint=0.5999938962981048),
             4: Color(rgb="FFFFEB9C"), 5: Color(theme=5, tint=0.3999755851924192)}  # fmt: skip
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    for row in rows:
        ws.append(row)
    for r, colour in fills.items():
        for cell in ws[r]:
            if cell.value is not None:
                cell.fill = PatternFill("solid", fgColor=colour)
    wb.save(tmp_path / "book.xlsx")
    with zipfile.ZipFile(tmp_path / "book.xlsx") as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/theme/theme1.xml"] = parts["xl/theme/theme1.xml"].replace(b"F79646", b"70AD47")  # accent6
    with zipfile.ZipFile(tmp_path / "矛盾纠纷排查化解台账.xlsx", "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    (tmp_path / "book.xlsx").unlink()
    result = clean(tmp_path, year=2024)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 2)
    assert codes(result, "column.from_fill")
