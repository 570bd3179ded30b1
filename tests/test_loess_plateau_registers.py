"""A 甘肃 黄土塬 镇's ledgers (陇畔镇, the 82nd development town, built blind): the 信访 register whose items come down
through each level's 信访局 and, beside them, through the 县's 12345 hotline, and the dispute register of a 梯田 镇
whose fields are parted by 地埂. Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes

PETITION_HEADER = ["序号", "信访编号", "交办来源", "信访人", "反映问题", "交办日期", "办理状态", "办结日期"]


def test_a_hotline_transfer_in_a_petition_register_is_no_assigned_item(tmp_path):
    # hotline_transfer_not_assigned (陇畔镇): beside the items each level's 信访局 assigned, the register lists one the
    # 县's 12345 政务服务便民热线 forwarded (塬川县12345热线转办) — a hotline's 工单, never a 信访联席办's assignment (the 信访
    # 工作条例 keeps the channels apart; petitions.yaml). An unknown source, it had left every assigned figure unknown.
    rows = [
        PETITION_HEADER,
        [1, "LPXF-2024-001", "国家信访局网上信访转送", "王某", "搬迁安置房质量", "2024年3月5日", "已化解", "2024年4月2日"],
        [2, "LPXF-2024-002", "甘肃省信访局交办", "李某", "退耕还林补助", "2024年4月9日", "正在化解", ""],
        [3, "LPXF-2024-003", "塬川县信访局交办", "张某", "人畜饮水入户", "2024年5月6日", "已化解", "2024年6月1日"],
        [4, "LPXF-2024-004", "塬川县12345热线转办", "刘某", "外出务工工资拖欠（来电）", "2024年6月3日", "已化解", "2024年6月20日"],
        [5, "LPXF-2024-005", "市12345热线转办", "陈某", "安置点房屋漏水", "2024年7月8日", "正在化解", ""],
        [6, "LPXF-2024-006", "镇本级接访", "杨某", "邻里排水", "2024年8月12日", "已化解", "2024年8月30日"],
    ]  # fmt: skip
    builders.docx_table(tmp_path / "陇畔镇2024年信访事项登记台账.docx", "陇畔镇2024年信访事项登记台账", rows)
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    sources = result.tables["petitions"].sort_values("_row")["source"].tolist()
    assert sources == ["中联办", "省联办", "县联办", "本级受理", "本级受理", "本级受理"]
    f = builders.figures(result)
    assert (f["petitions.assigned"], f["petitions.resolved"], f["petitions.in_progress"]) == (3, 2, 1)


def test_a_dispute_over_the_bank_between_two_fields_is_a_land_dispute(tmp_path):
    # field_bank_disputes (陇畔镇): a 梯田 镇's commonest dispute is over the 地埂, the earth bank that parts two
    # households' fields (where it runs, who may dig or plant it): a boundary of contracted farmland, 山林土地 as 土地边界
    # is — never a house plot's (which keeps 地界 ambiguous). 人畜饮水纠纷 stays the office's to say (a water dispute may be
    # 邻里, 村务管理 or 山林土地: none is guessed), and so does 搬迁安置纠纷 (resettlement is no 征收), each asked.
    rows = [
        ["序号", "排查时间", "村（社区）", "社", "纠纷类别", "化解情况", "化解时间"],
        [1, "2024.3.5", "塬头村", "三社", "地埂纠纷", "已化解", "2024.3.9"],
        [2, "2024.4.8", "柳沟村", "一社", "地埂边界纠纷", "调处成功", "2024.4.10"],
        [3, "2024.5.6", "高崖村", "五社", "人畜饮水纠纷", "正在化解", ""],
        [4, "2024.6.11", "陇畔新村社区", "", "搬迁安置纠纷", "稳控中", ""],
        [5, "2024.7.2", "马家塬村", "二社", "邻里纠纷", "已化解", "2024.7.3"],
    ]
    builders.xlsx(tmp_path / "陇畔镇2024年矛盾纠纷排查化解工作台账.xlsx", {"2024年": rows})
    result = clean(tmp_path)
    types = result.tables["disputes"].sort_values("_row")["dispute_type"].tolist()
    assert types[:2] == ["山林土地", "山林土地"] and types[4] == "邻里"
    assert sorted(i["row"] for i in codes(result, "vocab.unknown")) == [4, 5]
    f = builders.figures(result)
    assert (f["disputes.screened"], f["disputes.resolved"]) == (5, 3)


def test_the_source_titled_jiaoban_laiyuan_is_the_assigning_office_by_its_title(tmp_path):
    # jiaoban_laiyuan_title (陇畔镇): the register titles its source column 交办来源 (where the item came from, named by
    # the office that assigned it). Found only by its cells, it was a 提示 to check on every clean.
    rows = [
        PETITION_HEADER,
        [1, "LPXF-2024-001", "陇东市信访局交办", "王某", "外出务工工资拖欠", "2024年3月5日", "已化解", "2024年4月2日"],
        [2, "LPXF-2024-002", "塬川县联席办交办", "李某", "苹果园承包费", "2024年4月9日", "化解中", ""],
        [3, "LPXF-2024-003", "镇本级接访", "张某", "土地流转租金", "2024年5月6日", "已化解", "2024年6月1日"],
    ]  # fmt: skip
    builders.docx_table(tmp_path / "陇畔镇2024年信访事项登记台账.docx", "陇畔镇2024年信访事项登记台账", rows)
    result = clean(tmp_path)
    assert [i for i in codes(result, "column.by_content") if i.get("header") == "交办来源"] == []
    f = builders.figures(result)
    assert (f["petitions.assigned"], f["petitions.resolved"], f["petitions.in_progress"]) == (2, 1, 1)


def test_a_hotline_export_renamed_by_the_system_is_no_dispute_register_by_its_call_columns(tmp_path):
    # hotline_export_renamed (陇畔镇, the generic variant): the 县 12345 hotline's 工单 export saved as 新建 … .csv has
    # lost the name that said what it is (工单明细). Its 涉及村（社区）, 办理状态 已办结 and a date had fitted a dispute
    # register: 64 orders read as disputes screened and 59 as resolved (186 / 164 read as 250 / 223). Its 来电时间 and
    # 来电号码归属地 are a call log's columns no dispute register keeps.
    orders = [
        ["工单编号", "来电时间", "来电号码归属地", "诉求分类", "诉求内容", "涉及村（社区）", "承办单位", "办理状态", "回访满意度"],
        *[[f"GS123452024030{n}1234", f"2024-03-0{n} 10:2{n}:00", "新疆乌鲁木齐", "劳资纠纷", "外出务工被拖欠工资",
           "塬头村", "陇畔镇人民政府", "已办结", "满意"] for n in range(1, 7)],
    ]  # fmt: skip
    builders.csv_file(tmp_path / "新建 Microsoft Excel 工作表.csv", orders, encoding="gbk")
    rows = [
        ["序号", "排查时间", "村（社区）", "纠纷类别", "化解情况", "化解时间"],
        [1, "2024.3.5", "塬头村", "地埂纠纷", "已化解", "2024.3.9"],
        [2, "2024.4.8", "柳沟村", "邻里纠纷", "正在化解", ""],
        [3, "2024.5.6", "高崖村", "宅基地纠纷", "已化解", "2024.5.10"],
    ]
    builders.xlsx(tmp_path / "陇畔镇2024年矛盾纠纷排查化解工作台账.xlsx", {"2024年": rows})
    result = clean(tmp_path)
    f = builders.figures(result)
    assert (f["disputes.screened"], f["disputes.resolved"]) == (3, 2)


def test_a_dispute_register_of_a_centre_the_hotline_feeds_keeps_its_call_time_and_is_still_a_dispute_register(
    tmp_path,
):
    # A 综治中心 fed by the 12345 hotline keeps the call's 来电时间 beside its own 编号, 排查日期, 纠纷类型 and 化解状态:
    # its own required titles are all there, one only a dispute register keeps; the column is one it keeps besides.
    # It had been set aside as another document (a 提示 only), every dispute figure of the town unknown.
    rows = [
        ["某镇2024年矛盾纠纷排查化解台账"],
        ["编号", "排查日期", "来电时间", "村（社区）", "纠纷类型", "化解状态"],
        *[[f"JF2024{n:03d}", f"2024-03-0{n}", f"2024-03-0{n} 09:30", "塬头村", "邻里纠纷",
           "已化解" if n < 5 else "化解中"] for n in range(1, 6)],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "矛盾纠纷台账.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    f = builders.figures(result)
    assert (f["disputes.screened"], f["disputes.resolved"]) == (5, 4)
    assert codes(result, "sheet.other_document") == []


def test_an_untitled_dispute_register_the_hotline_feeds_is_read_by_its_own_titles(tmp_path):
    # The same register on an untitled Sheet1 of a file named 新建 …: no word around it names the kind, but its own
    # titles do (编号, 排查日期, 纠纷类型, 化解状态); the call's columns are ones it keeps besides (besides_titles). It had
    # been set aside as another document with a 提示, every dispute figure unknown.
    rows = [
        ["编号", "排查日期", "来电时间", "来电号码", "村（社区）", "纠纷类型", "化解状态"],
        *[[f"JF2024{n:03d}", f"2024-03-0{n}", f"2024-03-0{n} 09:30", "0931-0000000", "塬头村", "邻里纠纷",
           "已化解" if n < 5 else "化解中"] for n in range(1, 6)],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "新建 XLSX 工作表.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    f = builders.figures(result)
    assert (f["disputes.screened"], f["disputes.resolved"]) == (5, 4)
    assert codes(result, "sheet.other_document") == []


def test_a_hotline_register_whose_only_date_is_the_call_s_is_unread_and_said_with_the_column_to_retitle(tmp_path):
    # 某镇12345热线矛盾纠纷调处登记 (编号, 来电时间, 纠纷类型, 调处结果): the kind's own titles, but no 排查日期 — the time of
    # a call is not the day a dispute was screened, and a call log is no register. Unread, as before, but said as a
    # 警告 naming the missing column and the one to retitle (it had been "another document", a 提示).
    rows = [
        ["某镇12345热线矛盾纠纷调处登记"],
        ["编号", "来电时间", "村（社区）", "纠纷类型", "调处结果"],
        *[[f"JF2024{n:03d}", f"2024-03-0{n} 09:30", "塬头村", "邻里纠纷", "已化解"] for n in range(1, 6)],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "矛盾纠纷台账.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert builders.figures(result).get("disputes.screened") is None
    (said,) = codes(result, "sheet.register_wanting")
    assert (said["kind"], said["header"], said["detail"], said["level"]) == ("disputes", "来电时间", "排查日期", "警告")
    assert codes(result, "sheet.other_document") == []
