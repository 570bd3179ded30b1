"""A pastoral 苏木's ledgers (查干淖尔苏木, the 66th development town, built blind in 内蒙古): the region's level words for
the offices that assign petitions (自治区, 盟, 旗), the steppe's disputes and public-order cases, and 嘎查 for a village.
Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes

PETITION_HEADER = ["信访编号", "交办单位", "信访人", "反映问题", "交办日期", "办理状态"]


def _petitions(tmp_path, sources: list[tuple[str, str]]):
    rows = [PETITION_HEADER]
    rows += [
        [f"XF-{n:02d}", s, "某某", "草场边界", f"2024-0{n}-05", status] for n, (s, status) in enumerate(sources, 1)
    ]
    builders.xlsx(tmp_path / "信访事项台账.xlsx", {"信访": rows})
    return clean(tmp_path)


def test_region_league_and_banner_assign_as_province_city_and_county(tmp_path):
    # region_level_words (查干淖尔苏木): 内蒙古's 自治区 / 盟 / 旗 are the 省 / 市 / 县 levels. 盟联办 and 旗联办 had been unknown
    # values, leaving every assigned figure unknown; 自治区联办 had been read as 县联办 by the 区联办 inside it.
    result = _petitions(
        tmp_path,
        [
            ("中联办", "已化解"),
            ("自治区联办", "正在化解"),
            ("盟联办", "已化解"),
            ("旗联办", "已化解"),
            ("本级受理", "已化解"),
        ],
    )
    got = result.tables["petitions"].sort_values("_row")["source"].tolist()
    assert got == ["中联办", "省联办", "市联办", "县联办", "本级受理"]
    assert codes(result, "vocab.unknown") == [] and codes(result, "vocab.assumed") == []
    figures = builders.figures(result)
    assert (figures["petitions.assigned"], figures["petitions.resolved"], figures["petitions.in_progress"]) == (4, 3, 1)


def test_a_prefecture_is_of_the_citys_level_not_a_district(tmp_path):
    # 地区联办 (a 地区 of 新疆 or 西藏) holds 区联办 as 自治区联办 does: the prefecture's level, never the county's.
    result = _petitions(tmp_path, [("地区联办", "已化解"), ("区联办", "已化解")])
    assert result.tables["petitions"].sort_values("_row")["source"].tolist() == ["市联办", "县联办"]


def test_the_steppes_disputes_are_of_the_statistics_list(tmp_path):
    # steppe_dispute_types (查干淖尔苏木): 牲畜损害纠纷 and 养殖粪污纠纷 had been unknown values (错误) of the dispute and
    # mediation registers; a pasture's boundary or contract was taken for 山林土地 only by assumption.
    rows = [["序号", "排查时间", "嘎查（社区）", "纠纷类型", "化解情况"]]
    kinds = ["牲畜损害纠纷", "牛羊越界", "养殖粪污纠纷", "草场边界纠纷", "草牧场承包纠纷", "劳务纠纷"]
    rows += [[n, f"2024-03-0{n}", "宝力格嘎查", kind, "已化解"] for n, kind in enumerate(kinds, start=1)]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", {"台账": rows})
    result = clean(tmp_path)
    table = result.tables["disputes"].sort_values("_row")
    assert table["dispute_type"].tolist() == ["损害赔偿", "损害赔偿", "环境污染", "山林土地", "山林土地", "劳动争议"]
    assert codes(result, "vocab.unknown") == [] and codes(result, "vocab.assumed") == []
    # gacha_for_village: 嘎查（社区） is the register's 村（社区）, not an unknown column.
    assert set(table["village"]) == {"宝力格嘎查"}
    assert [r for r in codes(result, "column.unknown") if "嘎查" in str(r["header"])] == []


def test_livestock_theft_is_a_public_order_case_of_no_figure(tmp_path):
    # livestock_theft (查干淖尔苏木): 偷盗牲畜治安案件 beside 家暴 and 涉黄 rows had been an unknown type, and an unknown type
    # might be a 告诫书: all four security figures were withheld. It is a theft, counted by none of them.
    rows = [["序号", "日期", "类型", "嘎查（社区）", "处理结果", "治安拘留人数"]]
    rows += [
        [1, "2024-02-05", "家暴告诫书", "呼和嘎查", "出具告诫书", 0],
        [2, "2024-03-11", "偷盗牲畜治安案件", "塔林嘎查", "行政拘留", 2],
        [3, "2024-05-20", "涉黄治安案件", "查干社区", "行政拘留", 2],
        [4, "2024-07-02", "盗窃牲畜", "呼和嘎查", "行政拘留", 1],
    ]
    builders.xlsx(tmp_path / "平安建设工作台账.xlsx", {"平安建设": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    figures = builders.figures(result)
    assert (figures["security.dv_warnings"], figures["security.vice_cases"], figures["security.vice_detentions"]) == (
        1,
        1,
        2,
    )
