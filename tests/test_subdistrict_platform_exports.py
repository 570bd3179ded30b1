"""A 长三角 街道's provincial platform exports: the county's catalogue of every publisher, year-to-date files, logs of
a flow's steps. The layouts 菱桥街道, the sixty-second development town, brought in, each a small table of its own
(tests/devtowns/lingqiao.py is the whole town)."""

from __future__ import annotations

import builders
from builders import clean, codes

OWN = {"town": "桃源街道"}  # fictitious, as are the towns and bureaus beside it


def _county_catalogue() -> list[list]:
    # A county portal's 政府信息公开目录: the county's bureaus publish most items, its towns a few each.
    publishers = [
        "县教育局",
        "某县人民政府桃源街道办事处",
        "县发展和改革局",
        "某县人民政府杏花街道办事处",
        "县民政局",
        "某县东关镇人民政府",
        "县教育局",
        "某县人民政府桃源街道办事处",
        "县财政局",
        "县市场监督管理局",
    ]
    rows = [["某县人民政府门户网站 政府信息公开目录"], ["索引号", "信息名称", "发布机构", "生成日期", "公开方式"]]
    rows += [
        [f"00133{i:04d}/2024-{i:05d}", f"工作动态{i}", who, f"2024-03-{i:02d}", "主动公开"]
        for i, who in enumerate(publishers, 1)
    ]
    return rows


def test_a_county_catalogue_counts_only_the_items_its_publisher_column_names_as_the_town(tmp_path):
    # The 街道 is one 发布机构 among the county's bureaus and its other towns: its 2 items, never the catalogue's 10.
    builders.csv_file(tmp_path / "某县政府信息公开目录导出.csv", _county_catalogue())
    result = clean(tmp_path, options=OWN)
    assert builders.figures(result)["disclosure.proactive"] == 2
    (note,) = codes(result, "row.other_town")
    assert (note["value"], note["header"]) == ("8", "发布机构")
    assert "县教育局" in note["detail"] and "东关镇" in note["detail"]


def test_a_county_catalogue_without_the_towns_name_gives_no_figure(tmp_path):
    # The town's name unknown (no params) or another: the county's items are never the town's.
    builders.csv_file(tmp_path / "某县政府信息公开目录导出.csv", _county_catalogue())
    for options in (None, {"town": "梨园镇"}):
        result = clean(tmp_path, options=options)
        assert builders.figures(result)["disclosure.proactive"] is None
        (error,) = codes(result, "column.town_unmatched")
        assert (error["level"], error["header"]) == ("错误", "发布机构")


def test_a_towns_own_register_naming_its_offices_as_publishers_counts_every_row(tmp_path):
    # The town's own 信息发布台账 names its offices (党政办, 综治办) or the town under 发布单位: no county's list.
    rows = [["序号", "信息标题", "发布单位", "发布日期", "公开类型"]]
    units = ["桃源街道党政办", "桃源街道综治办", "党政办", "桃源街道办事处"]
    rows += [[i, f"工作动态{i}", u, f"2024-04-{i:02d}", "主动公开"] for i, u in enumerate(units, 1)]
    builders.xlsx(tmp_path / "政务信息发布台账.xlsx", {"台账": rows})
    result = clean(tmp_path, options=OWN)
    assert builders.figures(result)["disclosure.proactive"] == 4
    assert codes(result, "row.other_town") == codes(result, "column.town_unmatched") == []


def _petition_export() -> list[list]:
    # A 信访 system's export: 来源 上级交办 / 本级受理, the 交办单位 named for the items from above only, and 办理状态
    # (where the item stands) beside 化解情况 (its outcome): concluded is not resolved.
    return [
        ["信访件编号", "登记日期", "来源", "交办单位", "办理状态", "化解情况", "办结日期"],
        ["XF20240305000001", "2024-03-05", "上级交办", "省信访局", "已办结", "已化解", "2024-04-01"],
        ["XF20240306000002", "2024-03-06", "上级交办", "县信访局", "已办结", "未化解", "2024-04-10"],
        ["XF20240407000003", "2024-04-07", "上级交办", "市信访局", "办理中", "正在化解", ""],
        ["XF20240408000004", "2024-04-08", "本级受理", "", "已办结", "已化解", "2024-05-08"],
        ["XF20240509000005", "2024-05-09", "本级受理", "", "办理中", "正在化解", ""],
    ]


def test_a_petition_export_reads_its_outcome_beside_where_each_item_stands(tmp_path):
    # 化解情况 is the status, 办理状态 only where the item stands: the item 已办结 but 未化解 is not resolved, and
    # 正在化解 is an item in hand, no yes/no answer to doubt (it had been an error on each such item).
    builders.html_xls(tmp_path / "信访件导出.xls", _petition_export(), title="信访件列表")
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (3, 1, 1)
    assert result.issues.loc[result.issues["level"] != "提示", "code"].tolist() == []
    (stage,) = [r for r in codes(result, "column.by_content") if r["header"] == "办理状态"]
    assert stage["detail"] == "办理进度"


def test_a_petition_export_names_the_assigning_office_only_for_the_items_from_above(tmp_path):
    # 来源 says where every item came from, 交办单位 which office assigned it: no rivals for one field, and the
    # blank 交办单位 of an item received here is its 来源's 本级受理, never an error.
    builders.html_xls(tmp_path / "信访件导出.xls", _petition_export(), title="信访件列表")
    result = clean(tmp_path)
    assert codes(result, "column.ambiguous") == []
    assert builders.figures(result)["petitions.assigned"] == 3
