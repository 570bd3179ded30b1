"""A 湖南 镇's ledgers (潇湾镇, the 76th development town, built blind, reporting 2023): 屋场恳谈会 beside 人民调解, 一村一辅警,
信访 received at the 镇领导接访日, and the region's words (山林田土纠纷, 家庭暴力（殴打家庭成员）, 参与屋场恳谈会普法, 屋场宣讲,
国家工作人员 sitting the 如法网 exam, 驻村辅警 trained in law). Fixtures are small, fictitious, and named after the quirk
they show."""

from __future__ import annotations

import builders
from builders import clean, codes

YEAR = 2023


def _unknown(result) -> list[str]:
    return [r["value"] for r in codes(result, "vocab.unknown")]


def test_shanlin_tiantu_disputes_are_land_disputes(tmp_path):
    # hunan_dispute_words (潇湾镇): 山林田土纠纷 — hills, paddies (田) and dry fields (土) — is the south's name of the
    # statistics list's 山林土地 class. It had been an unknown value (错误) of the dispute and the mediation registers.
    rows = [["潇湾镇2023年矛盾纠纷排查化解工作台账"], ["序号", "排查时间", "村（社区）", "纠纷类型", "化解状态"]]
    rows += [[1, "2023.3.5", "潇湾村", "山林田土纠纷", "已化解"], [2, "2023.4.6", "枫木村", "田土纠纷", "已化解"],
             [3, "2023.5.8", "石塘村", "邻里纠纷", "化解中"]]  # fmt: skip
    builders.xlsx(tmp_path / "潇湾镇矛盾纠纷排查化解工作台账.xlsx", {"排查化解台账": rows})
    result = clean(tmp_path, YEAR)
    assert _unknown(result) == []
    assert list(result.tables["disputes"]["dispute_type"]) == ["山林土地", "山林土地", "邻里"]


def test_a_petition_taken_in_at_the_leaders_reception_day_is_received_here(tmp_path):
    # joint_office_words (潇湾镇): 镇领导接访日受理 — the town's leaders receiving petitioners on their day — is an item
    # received here, no office above assigning it. Unknown, it had left every assigned figure of the register unknown.
    rows = [["潇湾镇网上信访事项导出"], ["序号", "信访件编号", "登记日期", "信访形式", "交办来源", "办理状态"]]
    rows += [
        [1, "XX20230001", "2023-03-05", "网上信访", "市信访联席办交办", "已化解"],
        [2, "XX20230002", "2023-04-10", "领导接访", "镇领导接访日受理", "已化解"],
        [3, "XX20230003", "2023-06-12", "来访", "县信访联席办交办", "化解中"],
    ]
    builders.html_xls(tmp_path / "潇湾镇网上信访事项导出.xls", rows)
    result = clean(tmp_path, YEAR)
    assert _unknown(result) == []
    figures = builders.figures(result)
    assert (figures["petitions.assigned"], figures["petitions.resolved"], figures["petitions.in_progress"]) == (2, 1, 1)


def test_domestic_violence_named_by_its_offence_in_brackets_is_a_public_order_case(tmp_path):
    # police_causes_not_types (潇湾镇): 家庭暴力（殴打家庭成员） — the violence, then the 治安 offence it was punished as —
    # is a 家暴治安案件 (its detentions count; it is no 告诫书). Unknown, it had left all four security figures unknown.
    rows = [["潇湾派出所2023年治安案件及家庭暴力告诫登记表"],
            ["序号", "日期", "类别", "村（社区）", "驻村辅警", "处理结果", "拘留人数"]]  # fmt: skip
    rows += [
        [1, "2023-03-05", "家暴告诫书", "潇湾村", "刘伟", "出具家庭暴力告诫书", ""],
        [2, "2023-04-06", "家庭暴力（殴打家庭成员）", "石塘村", "周强", "行政拘留5日", "1人"],
        [3, "2023-05-07", "卖淫嫖娼", "茶山村", "李军", "行政拘留10日", "2人"],
    ]
    builders.xlsx(tmp_path / "潇湾派出所治安案件及家暴告诫登记.xlsx", {"2023年": rows})
    result = clean(tmp_path, YEAR)
    assert _unknown(result) == []
    figures = builders.figures(result)
    assert (figures["security.dv_warnings"], figures["security.dv_detentions"]) == (1, 1)
    assert (figures["security.vice_cases"], figures["security.vice_detentions"]) == (1, 2)


def test_a_counsel_telling_the_law_at_a_wuchang_meeting_is_no_figure(tmp_path):
    # value_synonyms (潇湾镇): 参与屋场恳谈会普法 — the 村法律顾问 telling the law at a village's 屋场恳谈会 — is 法治宣传,
    # counted by none of the four counsel figures. Unknown, it had left all four unknown.
    rows = [["潇湾镇村（社区）法律顾问服务台账"], ["序号", "服务日期", "村（社区）", "服务内容", "服务次数（人次/件）"]]
    rows += [[1, "2023-03-05", "潇湾村", "法律咨询", 3], [2, "2023-04-06", "枫木村", "参与屋场恳谈会普法", None],
             [3, "2023-05-07", "石塘村", "屋场普法", None], [4, "2023-06-08", "茶山村", "出具法律意见书", None]]  # fmt: skip
    builders.xlsx(tmp_path / "潇湾镇村（社区）法律顾问服务台账.xlsx", {"服务台账": rows})
    result = clean(tmp_path, YEAR)
    assert _unknown(result) == []
    figures = builders.figures(result)
    assert (figures["counsel.consultations"], figures["counsel.opinions"], figures["counsel.legal_aid"]) == (3, 1, 0)


def test_state_employees_and_village_auxiliaries_are_audiences_of_their_own(tmp_path):
    # exam_platform_name (潇湾镇): the 如法网 exam is sat by 国家工作人员 (every official of the town), a 湖南 register's
    # word for its 干部职工; a 驻村辅警 training (一村一辅警) is the police auxiliaries'; 屋场宣讲 is a session held in a
    # 屋场, in one place. Unknown, they had left the 法律明白人 sessions unknown.
    rows = [["潇湾镇2023年学法用法及普法培训台账"],
            ["序号", "日期", "名称", "对象", "形式", "参加人数", "应参考人数", "实参考人数"]]  # fmt: skip
    rows += [
        [1, "2023.3.5", "“法律明白人”培训班", "法律明白人", "线下", 36, None, None],
        [2, "2023.4.6", "屋场恳谈会·民法典进屋场", "村民", "屋场宣讲", 52, None, None],
        [3, "2023.5.7", "国家工作人员“如法网”学法考法", "国家工作人员", "考试", 67, 68, 67],
        [4, "2023.6.8", "驻村辅警法律知识培训", "驻村辅警", "集中培训", 8, None, None],
    ]
    builders.xlsx(tmp_path / "潇湾镇2023年法治建设工作台账.xlsx", {"学法用法": rows})
    result = clean(tmp_path, YEAR)
    assert _unknown(result) == []
    figures = builders.figures(result)
    assert figures["training.legal_literacy_sessions"] == 1
    assert figures["training.exam_coverage"] == round(67 / 68, 4)


PORTAL_HEADER = ["序号", "标题", "栏目", "发布时间", "发布机构"]
PORTAL_ROWS = [
    [1, "潇湾镇召开屋场恳谈会（12月）", "乡镇动态", "2023-12-20 09:12:33", "潇湾镇"],
    [2, "关于农村自建房安全排查的通知（11月）", "通知公告", "2023-11-03 15:40:02", "潇湾镇"],
    [3, "潇湾镇惠民惠农补贴资金发放公示（6月）", "财政信息", "2023-06-12 10:05:51", "潇湾镇"],
]


def test_a_portal_news_column_under_a_title_naming_proactive_disclosure_is_proactive(tmp_path):
    # newest_first_with_next_year (潇湾镇): the county portal's export of the town's items, titled 主动公开政府信息目录,
    # has no type column; its 栏目 乡镇动态 is a site's news column as 工作动态 is — proactive or media, which only the
    # office can say — and here the title says it. Unknown, 乡镇动态 had withheld every disclosure figure.
    rows = [["潇湾镇主动公开政府信息目录（湘潇县人民政府门户网站·乡镇政务公开专栏）"], PORTAL_HEADER, *PORTAL_ROWS]
    builders.xlsx(tmp_path / "潇湾镇2023年政务公开工作台账.xlsx", {"门户网站公开": rows})
    result = clean(tmp_path, YEAR)
    assert _unknown(result) == []
    assert builders.figures(result)["disclosure.proactive"] == 3


def test_a_town_news_column_without_a_title_saying_its_type_is_asked(tmp_path):
    # The class behind it: 乡镇动态 alone is the office's own news published unasked, or the news it counts as media
    # reports — never guessed. Under a title naming no type it is asked (vocab.ambiguous), not taken for either.
    rows = [["潇湾镇门户网站信息发布导出"], PORTAL_HEADER, *PORTAL_ROWS]
    builders.xlsx(tmp_path / "潇湾镇门户网站信息发布导出.xlsx", {"导出": rows})
    result = clean(tmp_path, YEAR)
    assert [r["value"] for r in codes(result, "vocab.ambiguous")] == ["乡镇动态"]
    assert _unknown(result) == []


def test_a_wuchang_meeting_log_is_no_training_register(tmp_path):
    # meeting_log_not_register (潇湾镇): the 屋场恳谈会 log (one row per meeting: 召开日期, 屋场名称, 主持人, 参会人数, 议题,
    # 收集问题, 现场化解矛盾纠纷（件）) records the village's meetings, no training session and no dispute (those settled
    # on the spot are rows of the 综治中心's register, 排查来源 屋场恳谈会). Its date and head-count had made it a
    # training log of unknown audience, leaving the 法律明白人 sessions unknown.
    log = builders.docx_table(
        tmp_path / "潇湾镇2023年屋场恳谈会工作记录.docx",
        "潇湾镇2023年屋场恳谈会开展情况登记表",
        [
            ["序号", "召开日期", "村（社区）", "屋场名称", "主持人", "参会人数", "议题", "收集问题（个）",
             "现场化解矛盾纠纷（件）", "交办事项及办理情况"],
            [1, "2023年3月5日", "潇湾村", "张家屋场", "刘伟", 40, "山塘清淤", 5, 1, "已办结"],
            [2, "2023年4月6日", "枫木村", "刘家湾屋场", "周强", 28, "民法典宣讲", 3, 0, "已交村两委办理"],
        ],
    )  # fmt: skip
    assert log.exists()
    rows = [["潇湾镇2023年学法用法及普法培训台账"], ["序号", "日期", "名称", "对象", "形式", "参加人数"]]
    rows += [[1, "2023.3.5", "“法律明白人”培训班", "法律明白人", "线下", 36],
             [2, "2023.6.8", "党委理论学习中心组专题学法", "领导干部", "中心组学习", 14]]  # fmt: skip
    builders.xlsx(tmp_path / "潇湾镇2023年法治建设工作台账.xlsx", {"学法用法": rows})
    result = clean(tmp_path, YEAR)
    assert len(result.tables["training"]) == 2
    assert "disputes" not in result.tables or len(result.tables["disputes"]) == 0
    assert codes(result, "file.unknown_kind") == []
    assert builders.figures(result)["training.legal_literacy_sessions"] == 1
