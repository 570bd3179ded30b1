"""A 辽宁 东部山区 镇's ledgers (榛岭镇, the 85th development town, built blind): the dispute register of a 镇 whose hills
are let as 柞蚕 蚕场, and the 政务公开 book of a 镇 that posts its items on the 三务公开栏 and the 电子显示屏 of its hall.
Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes


def test_a_dispute_over_a_contracted_silkworm_hill_is_a_land_dispute(tmp_path):
    # tussah_hill_disputes (榛岭镇): 辽宁's 柞蚕 are reared on 蚕场, 柞树 hills a household contracts (counted in 把) and
    # that may be turned back into 公益林: forest land held and contracted. A dispute over a 蚕场's contract or boundary
    # is 山林土地, as 林地边界 and 草场承包 are. 水库移民安置纠纷 and 供暖费纠纷 stay the office's to say (resettlement may be
    # 征地拆迁, land or a 村's affairs; a heating fee a contract, a purchase or a 物业's bill), each asked.
    rows = [
        ["序号", "编号", "排查日期", "所在村", "纠纷类型", "化解状态", "化解日期"],
        [1, "ZL-2024-001", "2024.3.5", "柞岚沟村", "蚕场承包纠纷", "已化解", "2024.3.9"],
        [2, "ZL-2024-002", "2024.4.8", "蚕场岭村", "柞蚕场边界纠纷", "化解成功", "2024.4.10"],
        [3, "ZL-2024-003", "2024.5.6", "哈塘村", "蚕场纠纷", "稳控中", ""],
        [4, "ZL-2024-004", "2024.6.11", "移民新村", "水库移民安置纠纷", "化解中", ""],
        [5, "ZL-2024-005", "2024.11.20", "榛岭村", "供暖费纠纷", "已化解", "2024.11.22"],
        [6, "ZL-2024-006", "2024.7.2", "乌拉堡村", "邻里纠纷", "已化解", "2024.7.3"],
    ]
    builders.xlsx(tmp_path / "榛岭镇2024年矛盾纠纷排查化解工作台账.xlsx", {"上半年": rows})
    result = clean(tmp_path)
    types = result.tables["disputes"].sort_values("_row")["dispute_type"].tolist()
    assert types[:3] == ["山林土地"] * 3 and types[5] == "邻里"
    assert sorted(i["row"] for i in codes(result, "vocab.unknown")) == [5, 6]
    f = builders.figures(result)
    assert (f["disputes.screened"], f["disputes.resolved"]) == (6, 4)


def test_an_item_shown_on_the_halls_electronic_screen_is_on_the_public_board(tmp_path):
    # electronic_screen_channel (榛岭镇): the 基层政务公开标准目录's 公开渠道和载体 list one box 社区/企事业单位/村公示栏
    # （电子屏）: the screen in a 镇's hall or square shows what its board shows, the same on-site channel (海城 西四镇's
    # 年报: 电子屏幕, 公告栏). 电子显示屏 had been an unknown channel on every row that named it.
    rows = [
        ["序号", "信息名称", "公开日期", "公开渠道", "责任部门"],
        [1, "柞蚕放养补贴发放公示", "2024-03-05", "电子显示屏", "党政办"],
        [2, "森林防火禁火令", "2024-03-20", "电子屏", "党政办"],
        [3, "农村低保对象公示", "2024-04-08", "三务公开栏", "社会事务办"],
        [4, "镇财政预算公开", "2024-05-06", "凤岫县人民政府门户网站", "党政办"],
        [5, "水库移民后期扶持人员名单公示", "2024-06-03", "LED电子屏", "农业农村办"],
    ]
    builders.xlsx(tmp_path / "榛岭镇2024年政务公开工作台账.xlsx", {"主动公开": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    channels = result.tables["disclosure"].sort_values("_row")["channel"].tolist()
    assert [c for c in channels if c != "政府网站"] == ["政务公开栏"] * 4
    assert builders.figures(result)["disclosure.proactive"] == 5
