"""A 天津 涉农区 镇's ledgers (苇沽镇, the 88th development town, built blind): the 矛调中心's 村 × 月 cross-tab of 排查 and
化解 (a month group over two sub-columns, a 全年合计 group beside them) as the only count of the disputes, and the 调委会's
register kept as numbered paragraphs in Word. Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes


def _crosstab(total_group: str = "全年合计") -> list[list]:
    months = ["1月", "2月", "3月"]
    top = ["村（社区）"]
    for m in [*months, total_group]:
        top += [m, None]
    sub = [None] + ["排查", "化解"] * (len(months) + 1)
    rows = [
        ["苇沽镇2024年矛盾纠纷排查化解情况统计表（分村居、分月）", *[None] * 8],
        top,
        sub,
        ["苇沽村", 2, 2, 1, 1, 3, 2, 6, 5],
        ["东堤村", 1, 1, None, None, 2, 2, 3, 3],
        ["运河湾社区", 4, 3, 2, 2, 1, 1, 7, 6],
        ["合计", 7, 6, 3, 3, 6, 5, 16, 14],
    ]
    return rows


def _merges(groups: int = 4) -> list[str]:
    """A1-style ranges: 村（社区） down two header rows, each group's title over its two sub-columns."""
    letters = "ABCDEFGHI"
    return ["A2:A3"] + [f"{letters[c - 1]}2:{letters[c]}2" for c in range(2, 2 + 2 * groups, 2)]


def test_a_village_by_month_crosstab_with_a_year_total_group_counts_the_year_once(tmp_path):
    # crosstab_village_by_month_groups (苇沽镇): 村 rows, a merged month group (1月 … ) over 排查 | 化解, a 全年合计 group
    # and a 合计 row. The 全年合计 group is the months' total: added to them, the year's 205 disputes had been 410.
    builders.xlsx(tmp_path / "苇沽镇矛调中心2024年矛盾纠纷排查化解情况统计表.xlsx", {"分村分月统计": _crosstab()},
                  merged={"分村分月统计": _merges()})  # fmt: skip
    f = builders.figures(clean(tmp_path))
    assert (f["disputes.screened"], f["disputes.resolved"]) == (16, 14)


def test_a_village_by_month_crosstab_without_a_total_group_adds_its_months(tmp_path):
    # The class's other side: the months alone (no total group) are the year's parts, added.
    rows = [r[:7] for r in _crosstab()]
    builders.xlsx(tmp_path / "苇沽镇矛调中心2024年矛盾纠纷排查化解情况统计表.xlsx", {"分村分月统计": rows},
                  merged={"分村分月统计": _merges(3)})  # fmt: skip
    f = builders.figures(clean(tmp_path))
    assert (f["disputes.screened"], f["disputes.resolved"]) == (16, 14)


def _paragraph_register(path, entries: list[str]) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("苇沽镇人民调解委员会2024年人民调解案件登记（摘要）")
    for text in entries:
        document.add_paragraph(text)
    document.add_paragraph("登记人：　　　　审核：")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)


def test_a_mediation_register_kept_as_numbered_paragraphs_is_asked_for_as_a_table(tmp_path):
    # numbered_paragraph_register (苇沽镇): no table, one numbered paragraph per case, each field a phrase of the sentence
    # (一、2024年1月9日，杨庄子村张某某与李某某因宅基地界址发生纠纷，经村人民调解委员会调解，双方达成书面调解协议。). Split
    # by guess a date or an outcome could be another's: the office is asked for it as a table, in those words, and the
    # mediation figures stay null with that reason — never 0, never "a Word document without a table".
    _paragraph_register(
        tmp_path / "苇沽镇人民调解委员会2024年调解案件登记簿.docx",
        [
            "一月份",
            "一、2024年1月9日，杨庄子村张某某与李某某因宅基地界址发生纠纷，经村人民调解委员会调解，双方达成书面调解协议。",
            "二、2024年1月15日，东堤村王某与赵某某因邻里琐事发生纠纷，经镇人民调解委员会调解，双方达成口头协议。",
            "二月份",
            "三、2024年2月20日，运河湾社区刘某与陈某因楼上漏水发生纠纷，经镇矛调中心人民调解工作室调解，调解不成。",
        ],
    )
    result = clean(tmp_path)
    assert [i["code"] for i in result.issues.to_dict("records") if i["level"] == "错误"] == [
        "file.register_as_paragraphs"
    ]
    f = builders.figures(result)
    assert f["mediation.cases"] is None and f["mediation.subsidy_yuan"] is None


def test_a_report_with_numbered_sections_stays_a_document_without_a_table(tmp_path):
    # The class's other side: a work report's numbered sections, one of them dated, are no register.
    _paragraph_register(
        tmp_path / "苇沽镇2024年法治政府建设工作总结.docx",
        [
            "一、主要工作",
            "（一）2024年3月5日召开法治政府建设专题会议。",
            "二、存在问题",
            "三、下步打算",
            "（一）加强学法。",
        ],
    )
    result = clean(tmp_path)
    assert [i["code"] for i in result.issues.to_dict("records") if i["level"] == "错误"] == ["file.not_a_table"]


def test_cadres_attending_a_hearing_is_a_form_of_study(tmp_path):
    # hearing_attendance_as_study (苇沽镇): 领导干部旁听行政案件庭审, 形式 旁听庭审 — a form of study of its own (天津's towns
    # report it: 党政第一责任人带头参加行政案件旁听庭审活动). Unknown, it was an 错误 asked of the office.
    rows = [
        ["序号", "日期", "培训内容", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"],
        [1, "2024-03-12", "党委理论学习中心组学习习近平法治思想", "领导干部", "中心组学习", 15, None, None],
        [2, "2024-04-18", "法律明白人培训", "法律明白人", "线下", 42, None, None],
        [3, "2024-06-20", "领导干部旁听行政案件庭审", "领导干部", "旁听庭审", 12, None, None],
        [4, "2024-09-10", "国家工作人员学法用法考试", "领导干部", "考试", 70, 72, 70],
    ]
    builders.xlsx(tmp_path / "苇沽镇2024年学法培训登记.xlsx", {"学法培训": rows})
    result = clean(tmp_path)
    assert [i for i in codes(result, "vocab.unknown") if i["field"] == "form"] == []
    assert builders.figures(result)["training.legal_literacy_sessions"] == 1


def test_a_municipalitys_own_petition_office_is_of_the_provinces_level(tmp_path):
    # municipality_levels (苇沽镇): 天津 is a 直辖市, so 天津市信访办交办 comes from the province's level (省联办) and the 区's
    # 信访办 from the county's. Found inside it, 市信访办 had read 天津市信访办 as a 地级市's (市联办).
    rows = [
        ["信访件编号", "登记时间", "来源", "反映问题", "办理状态"],
        ["XF20240305001", "2024-03-05 10:12", "国家信访局网上信访转送", "拆迁安置房面积认定", "已化解"],
        ["XF20240409002", "2024-04-09 09:30", "天津市信访办交办", "工业园区企业拖欠工资", "已化解"],
        ["XF20240520003", "2024-05-20 15:00", "天津市信访局交办", "宅基地确权争议", "正在化解"],
        ["XF20240603004", "2024-06-03 11:00", "运西区信访办交办", "小站稻种植补贴发放", "已化解"],
    ]
    builders.csv_file(tmp_path / "信访事项导出_苇沽镇_2024.csv", rows, encoding="utf-8-sig")
    result = clean(tmp_path)
    assert builders.table_counts(result.tables["petitions"], "source") == {"中联办": 1, "省联办": 2, "县联办": 1}
    assert builders.figures(result)["petitions.assigned"] == 4
