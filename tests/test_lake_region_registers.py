"""A 湖北 江汉平原 湖区 镇's ledgers (汊湖镇, the 78th development town, built blind): the 血防办's 查螺灭螺 work log
handed over beside the 综治中心's 大排查 register, and the 派出所's 警综平台 export whose 案件类别 says 家庭暴力（告诫）.
Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes

SCREENING = [
    ["汊湖镇2024年度矛盾纠纷大排查大化解登记台账", None, None, None, None, None, None],
    ["序号", "排查轮次", "排查时间", "村（社区）", "纠纷类别", "化解状态", "化解时间"],
    [1, "第1轮大排查", "2024.1.8", "南垸村", "邻里纠纷", "已化解", "2024.1.10"],
    [2, "日常排查", "2024.2.15", "北垸村", "婚姻家庭纠纷", "稳控中", ""],
    [3, "第2轮大排查", "2024.4.2", "三汊河村", "土地承包经营纠纷", "调解成功", "2024.4.9"],
    [4, "第3轮大排查", "2024.7.4", "白鹭湖村", "邻里纠纷", "已化解", "2024.7.5"],
]


def test_a_snail_survey_log_is_no_dispute_register(tmp_path):
    # work_log_no_ledger (汊湖镇): the 血防办's 查螺灭螺 record (日期, 垸（湖汊）, 查螺 / 有螺 / 灭螺面积（亩）, 药物,
    # 责任人) shares only a bare 日期 and a 责任人 with a dispute register, and nothing around it names disputes. It had
    # been taken for a dispute register lacking 编号 and 化解状态 (column.missing), every disputes figure withheld
    # beside the 综治中心's own register.
    log = [
        ["日期", "垸（湖汊）", "查螺面积（亩）", "有螺面积（亩）", "灭螺面积（亩）", "药物", "责任人", "备注"],
        ["2024/03/12", "南垸", 320, 18, 18, "氯硝柳胺", "王某", "洲滩"],
        ["2024/04/09", "白鹭湖湖汊", 540, 60, 45, "氯硝柳胺", "李某", "沟渠"],
        ["2024/05/21", "杨林垸", 120, 0, 0, "氯硝柳胺", "赵某", ""],
    ]
    builders.csv_file(tmp_path / "汊湖镇血防办2024年查螺灭螺工作记录.csv", log, encoding="utf-8")
    builders.xlsx(tmp_path / "汊湖镇2024年矛盾纠纷大排查大化解工作台账.xlsx", {"排查台账": SCREENING})
    result = clean(tmp_path)
    assert codes(result, "column.missing") == []
    assert set(result.tables["disputes"]["_file"]) == {"汊湖镇2024年矛盾纠纷大排查大化解工作台账.xlsx"}
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (4, 3)


def test_a_station_export_marks_its_warnings_as_domestic_violence_with_a_bracketed_warning(tmp_path):
    # dv_warning_in_brackets (汊湖镇): the 派出所's 警综平台 export writes its 案件类别 as the matter and, in brackets, what
    # was done — 家庭暴力（告诫）, as 家庭暴力（拘留） is the case punished by detention. It had been an unknown type: every
    # security figure withheld.
    rows = [
        ["序号", "案件编号", "案件名称", "案件类别", "受案时间", "违法嫌疑人", "处理结果", "拘留人数"],
        [1, "A4210992024031200001", "王某某家庭暴力案", "家庭暴力（告诫）", "2024-03-12 10:20:00", "王某某",
         "出具家庭暴力告诫书", 0],
        [2, "A4210992024041800002", "李某某嫖娼案", "卖淫嫖娼", "2024-04-18 22:05:13", "李某某", "行政拘留10日", 1],
        [3, "A4210992024050900003", "赵某某家庭暴力案", "家庭暴力（告诫）", "2024-05-09 19:40:51", "赵某某",
         "出具家庭暴力告诫书", 0],
        [4, "A4210992024062100004", "钱某某赌博案", "赌博", "2024-06-21 21:11:02", "钱某某", "行政拘留5日", 1],
    ]  # fmt: skip
    builders.html_xls(tmp_path / "汊湖镇派出所案件查询导出_2024.xls", rows)
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    figures = builders.figures(result)
    assert (figures["security.dv_warnings"], figures["security.vice_cases"]) == (2, 1)
    assert (figures["security.dv_detentions"], figures["security.vice_detentions"]) == (0, 1)


def police_cases(path, number) -> None:
    """A 派出所's case export (five cases, one row per person: two warnings, three 涉黄 cases of four detained), each
    case numbered by number(serial, mmdd) as the police system numbers it."""
    rows = [["序号", "案件编号", "案件名称", "案件类别", "受案时间", "违法嫌疑人", "处理结果", "拘留人数"]]
    for n, (kind, day, people) in enumerate(
        [("卖淫嫖娼", "0312", 2), ("卖淫嫖娼", "0418", 1), ("家庭暴力告诫", "0509", 1), ("家庭暴力告诫", "0621", 1),
         ("卖淫嫖娼", "0702", 1)], start=1
    ):  # fmt: skip
        for p in range(people):
            rows.append([len(rows), number(n, day), f"某某{kind}案", kind, f"2024-{day[:2]}-{day[2:]}",
                         f"王某{p}", "行政拘留10日" if kind == "卖淫嫖娼" else "出具告诫书", 1 if kind == "卖淫嫖娼" else 0])  # fmt: skip
    builders.html_xls(path, rows)


def test_case_numbers_shaped_like_id_numbers_stay_distinct_cases(tmp_path):
    # case_no_like_an_id (汊湖镇): the 警综平台 numbers its cases A + 18 digits (A421099 20240312 0001), the digits shaped
    # like an ID number, so the privacy scan masks each. A 平安建设 register has no key, its cases counted by distinct
    # 案件编号: every masked number read ［身份证号已隐去］, eleven warnings counted as one and five 涉黄 cases as one.
    # Such a number leaves as a keyed pseudonym of the whole number, distinct as the numbers were.
    police_cases(tmp_path / "汊湖镇派出所案件查询导出_2024.xls", lambda n, day: f"A4210992024{day}{n:04d}")
    result = clean(tmp_path)
    assert not result.tables["security"]["case_no"].astype(str).str.contains("身份证号").any()
    assert result.tables["security"]["case_no"].nunique() == 5
    figures = builders.figures(result)
    assert (figures["security.dv_warnings"], figures["security.vice_cases"]) == (2, 3)
    assert figures["security.vice_detentions"] == 4


def test_fifteen_digit_case_numbers_shaped_like_old_id_numbers_stay_distinct_and_a_real_one_is_still_masked(tmp_path):
    # A system numbering its cases with 15 digits (area, yymmdd, serial: 421099 240312 001) writes the shape of an
    # old-style ID number, which the privacy scan masks. Counted distinct (the 平安建设 register has no key) or the
    # kind's key (执法), each leaves as a keyed pseudonym of the whole number, distinct as the numbers were; a real
    # 15-digit ID number beside a party's name and in a 备注 is masked all the same.
    police_cases(tmp_path / "派出所案件查询导出_2024.xls", lambda n, day: f"42109924{day}{n:03d}")
    old_ids = [f"52032319800101{k}" for k in range(1, 6)]
    cases = [
        [k, f"52032324{k:02d}05{k:03d}", "占道经营", "行政处罚", "综合执法队", f"2024-0{k}-05", f"张三 {i}", f"身份证{i}"]
        for k, i in enumerate(old_ids, start=1)
    ]  # fmt: skip
    builders.xlsx(tmp_path / "执法.xlsx", {"台账": [builders.ENFORCEMENT_HEADER, *cases]})
    result = clean(tmp_path)
    assert result.tables["security"]["case_no"].nunique() == 5
    assert result.tables["enforcement"]["case_no"].nunique() == 5
    figures = builders.figures(result)
    assert (figures["security.dv_warnings"], figures["security.vice_cases"], figures["enforcement.cases"]) == (2, 3, 5)
    shown = result.tables["enforcement"][["party", "remark"]].astype(str).to_numpy().ravel().tolist()
    assert not any(i in text for i in old_ids for text in shown)


def test_a_labour_pay_dispute_is_a_labour_dispute(tmp_path):
    # labour_pay_type (汊湖镇): 劳务工资纠纷 — pay for 劳务 (a 虾稻 field hand's, a 鱼池's day labourer's) — is a 劳动争议,
    # as 劳务纠纷 and 拖欠工资纠纷 are. It had been an unknown value (an error on each row).
    rows = [r[:] for r in SCREENING]
    rows[3][4] = "劳务工资纠纷"
    builders.xlsx(tmp_path / "汊湖镇2024年矛盾纠纷大排查大化解工作台账.xlsx", {"排查台账": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    assert "劳动争议" in set(result.tables["disputes"]["dispute_type"])
