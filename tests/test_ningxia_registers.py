"""A 宁夏 生态移民 镇's ledgers (川塬镇, the 80th development town, built blind): the 水管所's 扬黄灌溉 轮灌 schedule beside
the 综合执法办's case register, and the 一村一法律顾问 register whose advisers review the villages' 村规民约. Fixtures are
small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes

CASES = [
    ["川塬镇人民政府2024年行政执法案件台账（赋权事项）", None, None, None, None, None],
    ["序号", "案件编号", "案由", "执法类别", "村（社区）", "决定日期"],
    *[[n, f"川塬综执罚〔2024〕{n}号", "违规放牧（禁牧区偷牧）", "处罚", "富民村", f"2024.3.{n}"] for n in range(1, 6)],
    *[[n, f"川塬综执检〔2024〕{n - 5}号", "禁牧巡查", "检查", "兴泾村", f"2024.4.{n}"] for n in range(6, 10)],
]


def test_an_irrigation_turn_schedule_is_no_enforcement_register(tmp_path):
    # irrigation_turns (川塬镇): the 扬水 灌区's 轮灌排班表 (轮次, 支渠, 斗口, 村（社区）, 开口时间, 关口时间, 灌溉面积（亩）,
    # 放水员, 备注) shares with an enforcement register only a 村 column, a 备注 and a date-time column that 开口时间 is
    # close to by its last word. Nothing around it names enforcement; taken for a case register lacking 案件编号 and
    # 执法类别, it had been two errors that left every enforcement figure unknown beside the 综合执法办's own register.
    turns = [
        ["泉涧扬水管理所川塬镇灌区2024年轮灌排班表", *[None] * 8],
        ["轮次", "支渠", "斗口", "村（社区）", "开口时间", "关口时间", "灌溉面积（亩）", "放水员", "备注"],
        ["春灌第一轮", "一支渠", "3斗", "富民村", "2024-04-20 08:00", "2024-04-21 20:00", 820, "马有福", ""],
        ["春灌第一轮", "二支渠", "5斗", "兴泾村", "2024-04-20 14:00", "2024-04-22 06:00", 1240, "杨学军", "两户争水，已调解"],
        ["夏灌第一轮", "一支渠", "7斗", "团结村", "2024-06-10 06:00", "2024-06-11 18:00", 660, "海占林", ""],
        ["冬灌", "三支渠", "2斗", "红崖村", "2024-10-25 09:00", "2024-10-27 09:00", 1510, "田志强", ""],
    ]  # fmt: skip
    builders.csv_file(tmp_path / "川塬镇扬黄灌溉轮灌排班表（2024年）.csv", turns, encoding="gbk")
    builders.xlsx(tmp_path / "川塬镇综合执法办2024年行政执法案件台账.xlsx", {"执法台账": CASES})
    result = clean(tmp_path)
    assert codes(result, "column.missing") == []
    assert set(result.tables["enforcement"]["_file"]) == {"川塬镇综合执法办2024年行政执法案件台账.xlsx"}
    f = builders.figures(result)
    assert (f["enforcement.cases"], f["enforcement.penalty"], f["enforcement.inspection"]) == (9, 5, 4)


def test_village_rules_named_before_the_review_are_a_document_review(tmp_path):
    # rules_then_verb (川塬镇): the 一村一法律顾问 register writes the document first and the verb after — 村规民约审核,
    # as it writes 合同审查 — where other logs write 审核村规民约 (read as 审核文件, a 文书审核). The noun-first form had been
    # an unknown 服务事项, every counsel figure withheld for 11 rows.
    rows = [
        ["川塬镇2024年“一村一法律顾问”服务台账", *[None] * 5],
        ["序号", "服务日期", "服务村（社区）", "法律顾问", "服务事项", "服务人次（件）"],
        [1, "2024/3/5", "富民村", "马律师", "法律咨询", "3人次"],
        [2, "2024/3/12", "兴泾村", "杨律师", "村规民约审核", "1件"],
        [3, "2024/4/2", "团结村", "马律师", "土地流转合同审查", "2件"],
        [4, "2024/5/20", "红崖村", "杨律师", "村规民约审核", ""],
        [5, "2024/6/3", "永清村", "马律师", "出具法律意见书", ""],
        [6, "2024/7/9", "南塬村", "杨律师", "居民公约审查", "1件"],
    ]
    builders.csv_file(tmp_path / "川塬镇一村一法律顾问服务台账2024.csv", rows, encoding="utf-8-sig")
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    f = builders.figures(result)
    assert (f["counsel.document_reviews"], f["counsel.consultations"], f["counsel.opinions"]) == (5, 3, 1)


def test_land_transfer_and_crops_eaten_by_livestock_are_classes_but_water_turns_are_asked(tmp_path):
    # migrant_village_disputes (川塬镇): a 移民 镇's register writes 土地流转纠纷 (contracted land let to a 枸杞 or 葡萄 farm:
    # the land held and contracted, as 草场流转纠纷 is 山林土地) and 牛羊损害庄稼纠纷 (livestock eating a field: the damage
    # done, as 牛羊啃食 is 损害赔偿). 灌溉用水纠纷（轮灌争水） stays the office's to say (a water dispute may be 邻里, 山林土地
    # or 生产经营: none is guessed), asked once.
    rows = [
        ["序号", "排查时间", "村（社区）", "纠纷类型", "化解状态", "化解时间"],
        [1, "2024.3.5", "富民村", "土地流转纠纷", "已化解", "2024.3.9"],
        [2, "2024.4.8", "兴泾村", "牛羊损害庄稼纠纷", "已化解", "2024.4.10"],
        [3, "2024.6.11", "团结村", "灌溉用水纠纷（轮灌争水）", "化解中", ""],
        [4, "2024.7.2", "红崖村", "邻里纠纷", "已化解", "2024.7.3"],
    ]
    builders.xlsx(tmp_path / "川塬镇矛盾纠纷排查化解台账2024.xlsx", {"2024年": rows})
    result = clean(tmp_path)
    types = result.tables["disputes"].sort_values("_row")["dispute_type"].tolist()
    assert types[:2] == ["山林土地", "损害赔偿"] and types[3] == "邻里"
    assert [i["row"] for i in codes(result, "vocab.unknown")] == [4]
    f = builders.figures(result)
    assert (f["disputes.screened"], f["disputes.resolved"]) == (4, 3)
