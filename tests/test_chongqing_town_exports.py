"""A 重庆 镇's exports and registers: the "141" 镇街基层智治平台's event list (the platform's 办理状态 beside the
化解结果 the office types), a 政务公开 register's 媒体宣传, the four grades of 重庆's 人民调解案件等级分类工作指引.
The layouts 渝坪镇, the sixty-fourth development town, brought in, each a small table of its own
(tests/devtowns/yuping.py is the whole town)."""

from __future__ import annotations

import builders
from builders import clean, codes


def _grid_event_export() -> list[list]:
    # The platform's 办理状态 says whether the event is closed in the system (已办结) or in hand (处置中); the 化解结果
    # says how the dispute ended, 化解中 among its words: the stage's vocabulary holds 化解中 too.
    return [
        ["序号", "事件编号", "事件大类", "事件小类", "所属网格", "上报时间", "办理状态", "化解结果", "办结时间"],
        [1, "JCZZ2024030500001", "矛盾纠纷", "邻里纠纷", "某县/某镇/大坪村/第01网格", "2024-03-05 09:31:22",
         "已办结", "已化解", "2024-03-09 10:00:00"],
        [2, "JCZZ2024040800002", "矛盾纠纷", "山林土地纠纷", "某县/某镇/青杠村/第02网格", "2024-04-08 15:02:10",
         "已办结", "未化解（引导诉讼）", "2024-04-20 11:20:00"],
        [3, "JCZZ2024051300003", "矛盾纠纷", "婚姻家庭纠纷", "某县/某镇/桂花村/第03网格", "2024-05-13 10:12:45",
         "已办结", "已移交司法所", "2024-05-15 16:40:00"],
        [4, "JCZZ2024061700004", "矛盾纠纷", "劳动争议", "某县/某镇/茶园村/第04网格", "2024-06-17 08:55:00",
         "已办结", "已化解", "2024-06-30 09:00:00"],
        [5, "JCZZ2024121800005", "矛盾纠纷", "邻里纠纷", "某县/某镇/大坪村/第05网格", "2024-12-18 17:45:31",
         "处置中", "化解中", ""],
    ]  # fmt: skip


def test_a_grid_platform_export_counts_the_resolved_by_its_outcome_not_by_the_event_being_closed(tmp_path):
    # Four events closed (已办结), two of them resolved: one sent on to a court, one handed to the 司法所. 办理状态 is
    # where the event stands; 化解结果, holding 化解中 of the open event as well, is the status.
    builders.html_xls(tmp_path / "矛盾纠纷事件列表_某镇_20250103.xls", _grid_event_export(), title="事件列表")
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (5, 2)
    assert got["disputes.resolution_rate"] == 0.4
    assert codes(result, "column.ambiguous") == []
    (stage,) = [r for r in codes(result, "column.by_content") if r["header"] == "办理状态"]
    assert stage["field"] == "stage"
    table = result.tables["disputes"].set_index("dispute_no")
    assert table.loc["JCZZ2024051300003", "status"] == "已上报"
    assert table.loc["JCZZ2024121800005", "status"] == "化解中"


def test_a_platform_state_alone_is_still_the_status(tmp_path):
    # Without a 化解结果 beside it, the platform's 办理状态 is all the register says: 已办结 is counted as resolved,
    # as before (the companion rule reads two columns, never one).
    rows = [[c for i, c in enumerate(r) if i != 7] for r in _grid_event_export()]
    builders.html_xls(tmp_path / "矛盾纠纷事件列表_某镇_20250103.xls", rows, title="事件列表")
    got = builders.figures(clean(tmp_path))
    assert (got["disputes.screened"], got["disputes.resolved"]) == (5, 4)


def _followed_disputes(registered: str | None) -> list[list]:
    # A grid platform's list of the disputes its 网格员 follow: each with the date of the last visit to its parties, and
    # (where the export has it) the date it was registered.
    head = [
        "序号",
        "事件编号",
        "所属网格",
        "纠纷类型",
        "当事人",
        "化解状态",
        *([registered] if registered else []),
        "最近走访时间",
    ]
    rows = [
        ["SJ2023001", "邻里纠纷", "已化解", "2023-12-20", "2024-01-08"],  # registered last December, visited in January
        ["SJ2024002", "婚姻家庭纠纷", "化解中", "2024-03-01", "2024-03-10"],
        [
            "SJ2024003",
            "土地纠纷",
            "已化解",
            "2024-12-28",
            "2025-01-06",
        ],  # registered this December, visited next January
    ]
    return [head] + [
        [i, no, "甲村网格", kind, "甲某、乙某", status, *([on] if registered else []), visited]
        for i, (no, kind, status, on, visited) in enumerate(rows, 1)
    ]


def test_disputes_listed_by_their_last_visit_are_dated_by_their_registration_never_by_the_visit(tmp_path):
    # last_visit_date: with the registration date beside it, the 最近走访时间 is a date of its own; the disputes are the
    # year's by their registration (SJ2023001 last year's, SJ2024003 this year's though visited in January).
    builders.xlsx(tmp_path / "网格矛盾纠纷清单.xlsx", {"Sheet1": _followed_disputes("上报时间")})
    result = clean(tmp_path)
    assert sorted(result.tables["disputes"]["dispute_no"]) == ["SJ2024002", "SJ2024003"]
    assert builders.figures(result)["disputes.screened"] == 2


def test_a_dispute_list_whose_only_date_is_the_last_visit_asks_for_the_registration_date(tmp_path):
    # last_visit_only: the visit says when the dispute was last followed up, not when it was screened. It had been
    # taken for the 排查日期 by its content (…时间 of dates): last year's dispute counted, this year's lost. No figure
    # rests on it now; the error asks for the 排查日期 the office can export again.
    builders.xlsx(tmp_path / "网格矛盾纠纷清单.xlsx", {"Sheet1": _followed_disputes(None)})
    result = clean(tmp_path)
    assert [r["detail"] for r in codes(result, "column.missing")] == ["排查日期"]
    assert builders.figures(result)["disputes.screened"] is None


def test_media_publicity_in_a_disclosure_register_is_published_through_the_media(tmp_path):
    # 公开方式 主动公开 / 媒体宣传 / 依申请公开: 媒体宣传 is the town's word for the items placed with 华龙网 or 上游新闻.
    rows = [["序号", "信息标题", "发布日期", "发布渠道", "公开方式"]]
    plan = ["主动公开", "媒体宣传", "媒体宣传", "主动公开", "依申请公开", "媒体宣传"]
    rows += [[i, f"工作动态{i}", f"2024-05-{i:02d}", "县政府网站镇街专栏", kind] for i, kind in enumerate(plan, 1)]
    builders.csv_file(tmp_path / "某镇2024年政务公开信息发布台账.csv", rows, encoding="utf-8-sig")
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disclosure.proactive"], got["disclosure.media"], got["disclosure.on_request"]) == (2, 3, 1)
    assert [r for r in codes(result, "vocab.unknown") if r["field"] == "disclosure_type"] == []


def test_the_third_of_chongqings_four_mediation_grades_is_the_difficult_tier(tmp_path):
    # 重庆市司法局's 人民调解案件等级分类工作指引 grades a case 简易 / 一般 / 复杂 / 重大: 复杂 is no unknown value.
    rows = [["序号", "卷宗号", "受理日期", "协议形式", "调解结果", "案件等级", "补贴金额（元）"]]
    plan = [("口头协议", "简易", 50), ("书面协议", "一般", 150), ("书面协议", "复杂", 300), ("书面协议", "重大", 500)]
    rows += [
        [i, f"（2024）某人调字第{i:03d}号", f"2024-0{i}-10", form, "调解成功", grade, money]
        for i, (form, grade, money) in enumerate(plan, 1)
    ]
    builders.xlsx(tmp_path / "人民调解案件登记及补贴申报台账.xlsx", {"第一季度": rows})
    result = clean(tmp_path)
    assert [r for r in codes(result, "vocab.unknown") if r["field"] == "tier"] == []
    table = result.tables["mediation"]
    assert table["tier"].tolist() == ["一般", "一般", "疑难", "重大"]
    assert builders.figures(result)["mediation.subsidy_yuan"] == 1000
