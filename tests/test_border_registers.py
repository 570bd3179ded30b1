"""A 云南 border 镇's ledgers (弄贺镇, the 71st development town, built blind on the 缅甸 border): a 村委会's sheet with its
填报单位 line, 村民小组 beside the village, a 边境派出所's case log (案件类别 治安案件 beside the case, 禁毒 and 边境管控 cases), 边民
and 缅籍 parties' disputes, and the words of the town's 信访, counsel and 政务公开 registers. Fixtures are small,
fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes

DISPUTE_HEADER = ["序号", "排查时间", "村民小组", "纠纷类型", "当事人", "国籍", "化解情况", "包案责任人"]


def test_a_fill_in_line_over_the_header_is_no_title_of_it(tmp_path):
    # fill_in_line_over_header (弄贺镇): a 村委会's sheet puts 填报单位：…（盖章） | 填报人： | 联系电话： between its title and
    # its header. Read as the header's upper row, 联系电话： had titled the 包案责任人 column a phone number (every name a
    # malformed phone) and 填报单位：… had been a parent of 序号, 村民小组 and 国籍.
    rows = [
        ["弄贺村委会2024年矛盾纠纷排查化解台账", *[None] * 7],
        ["填报单位：弄贺村委会（盖章）", None, None, None, "填报人：", None, "联系电话：", None],
        DISPUTE_HEADER,
        [1, "2024.3.5", "弄贺一组", "邻里纠纷", "岩温、玉香", "中国", "已化解", "刀某"],
        [2, "2024.4.9", "芒喊寨", "山林土地纠纷（胶林地界）", "排早、线玉罕", "中国", "化解中", "孟某"],
        [3, "2024.5.20", "弄贺二组", "涉外婚姻（跨境婚姻）纠纷", "玛丹、岩罕", "缅甸/中国", "已调处化解", "刀某"],
    ]
    builders.xlsx(tmp_path / "弄贺村委会矛盾纠纷排查化解台账.xlsx", {"弄贺村委会": rows})
    result = clean(tmp_path)
    assert codes(result, "phone.malformed") == []
    table = result.tables["disputes"].sort_values("_row")
    assert table["village_group"].tolist() == ["弄贺一组", "芒喊寨", "弄贺二组"]
    assert table["status"].tolist() == ["已化解", "化解中", "已化解"]
    # cross_border_marriage (弄贺镇): 涉外婚姻 / 跨境婚姻 are marriages, 婚姻家庭 (they had been unknown values).
    assert table["dispute_type"].tolist() == ["邻里", "山林土地", "婚姻家庭"]
    assert codes(result, "vocab.unknown") == []
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (3, 2)


def test_two_villages_disputes_said_alike_are_two_disputes(tmp_path):
    # common_names_across_village_sheets (弄贺镇): a sheet per 村委会, one dispute in each of one day and type between
    # parties called alike (缅籍 and 景颇 names repeat), their 村民小组 apart. Taken for one dispute typed into two
    # books, it had been counted once: 235 screened for 236.
    def sheet(group: str, status: str) -> list[list]:
        return [DISPUTE_HEADER, [1, "2024.2.13", group, "涉外婚姻纠纷", "杜钦、石勒", "缅甸/中国", status, "郑某"]]

    builders.xlsx(
        tmp_path / "矛盾纠纷排查化解台账.xlsx",
        {"等嘎村委会": sheet("贺闷组", "化解中"), "弄贺村委会": sheet("弄贺一组", "已化解")},
    )
    result = clean(tmp_path)
    assert codes(result, "row.retyped_copy") == []
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (2, 1)


def test_a_villages_dispute_in_the_towns_register_is_still_one(tmp_path):
    # The rule kept: a village's dispute listed again in the town's register under the town's number, in the same
    # 村民小组 (or with none said on one side), is one dispute.
    village = [DISPUTE_HEADER, [1, "2024.2.13", "贺闷组", "邻里纠纷", "岩温、排早", "中国", "已化解", "郑某"]]
    town = [
        ["编号", "排查时间", "村（社区）", "纠纷类型", "当事人", "化解情况"],
        ["NH2024-001", "2024.2.13", "等嘎村委会", "邻里纠纷", "岩温、排早", "已化解"],
        ["NH2024-002", "2024.3.1", "南帕村委会", "合同纠纷", "玉罕、貌昂", "已化解"],
    ]
    builders.xlsx(tmp_path / "等嘎村委会矛盾纠纷排查台账.xlsx", {"等嘎村委会": village})
    builders.xlsx(tmp_path / "弄贺镇矛盾纠纷排查化解台账.xlsx", {"全镇": town})
    result = clean(tmp_path)
    assert len(codes(result, "row.retyped_copy")) == 1
    assert builders.figures(result)["disputes.screened"] == 2


POLICE_HEADER = ["序号", "案件编号", "案件类别", "查处案件名称", "发案时间", "发案地点", "处理结果", "拘留人数"]


def test_a_case_class_takes_its_sort_from_the_case_name(tmp_path):
    # police_causes_not_types (弄贺镇): a station's log writes 治安案件 / 家暴告诫 in 案件类别 and the offence beside it.
    # 治安案件 is a class of the sorts, not one: every row had been an unknown type and all four security figures
    # withheld. The offence names the sort (卖淫, 嫖娼 涉黄; 殴打家庭成员 家暴, a word read only there); 吸毒, 非法入境,
    # 偷越国（边）境 and 走私 — the 禁毒 and 边境管控 cases — are counted by no figure, their detentions never 涉黄's.
    rows = [
        POLICE_HEADER,
        [1, "A5301", "治安案件", "岩某卖淫案", "2024-01-08", "弄贺村委会弄贺一组", "行政拘留10日", 2],
        [2, "A5302", "治安案件", "刀某嫖娼案", "2024-02-11", "弄贺社区街子组", "行政拘留5日", 1],
        [3, "A5303", "治安案件", "玉某吸毒案", "2024-03-02", "南帕村委会曼允组", "行政拘留15日", 1],
        [4, "A5304", "治安案件", "貌某等3人非法入境案", "2024-03-19", "户弄村委会邦瓦组", "罚款、遣返出境", 0],
        [5, "A5305", "治安案件", "排某偷越国（边）境案", "2024-04-22", "拉勐村委会卡场组", "行政拘留10日", 2],
        [6, "A5306", "家暴告诫", "孟某家庭暴力", "2024-05-06", "等嘎村委会贺闷组", "出具家庭暴力告诫书", 0],
        [7, "A5307", "治安案件", "线某殴打家庭成员案", "2024-06-13", "南帕村委会南帕一组", "行政拘留5日", 1],
        [8, "A5308", "治安案件", "龚某走私案", "2024-07-01", "弄贺社区互市点组", "移送处理", 0],
    ]
    builders.xlsx(tmp_path / "弄贺边境派出所治安案件查处登记.xlsx", {"案件列表": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    types = result.tables["security"].sort_values("_row")["case_type"].tolist()
    assert types == ["涉黄治安案件", "涉黄治安案件", "其他治安案件", "其他治安案件", "其他治安案件", "家暴告诫书",
                     "家暴治安案件", "其他治安案件"]  # fmt: skip
    figures = builders.figures(result)
    assert (figures["security.vice_cases"], figures["security.vice_detentions"]) == (2, 3)
    assert (figures["security.dv_warnings"], figures["security.dv_detentions"]) == (1, 1)


def test_a_criminal_case_in_a_stations_log_is_a_case_of_no_figure(tmp_path):
    # A station's log lists its 刑事案件 beside the 治安案件 (案件类别 刑事案件, 刑事): an unknown type, it might have been a
    # 告诫书 or a 涉黄 case, and all four security figures were withheld. A criminal case is no 治安案件 (not 其他治安案件
    # either): a type of its own that no figure counts, its detentions never 涉黄's.
    rows = [
        POLICE_HEADER,
        [1, "A5401", "治安案件", "岩某卖淫案", "2024-01-08", "弄贺村委会弄贺一组", "行政拘留10日", 2],
        [2, "A5402", "刑事案件", "刀某贩卖毒品案", "2024-02-11", "弄贺社区街子组", "刑事拘留", 1],
        [3, "A5403", "刑事", "玉某盗窃案", "2024-03-02", "南帕村委会曼允组", "移送起诉", 1],
        [4, "A5404", "家暴告诫", "孟某家庭暴力", "2024-05-06", "等嘎村委会贺闷组", "出具家庭暴力告诫书", 0],
    ]
    builders.xlsx(tmp_path / "弄贺派出所案件查处登记.xlsx", {"案件列表": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == [] and codes(result, "vocab.assumed") == []
    types = result.tables["security"].sort_values("_row")["case_type"].tolist()
    assert types == ["涉黄治安案件", "刑事案件", "刑事案件", "家暴告诫书"]
    figures = builders.figures(result)
    assert (figures["security.vice_cases"], figures["security.vice_detentions"]) == (1, 2)
    assert (figures["security.dv_warnings"], figures["security.dv_detentions"]) == (1, 0)


def test_a_warnings_reason_is_no_case(tmp_path):
    # 殴打家庭成员 names the domestic-violence case only under the class 治安案件 (spec within_words): a 告诫书 register's
    # 告诫事由 殴打家庭成员 is why the warning was issued (柏溪镇), never a 家暴治安案件.
    rows = [["序号", "告诫书编号", "出具日期", "被告诫人", "村（社区）", "告诫事由"]]
    rows += [
        [n, f"弄公告字〔2024〕{n:03d}号", f"2024/0{n}/05", "某某", "南帕村委会", "殴打家庭成员（情节轻微）"]
        for n in (1, 2)
    ]
    builders.xlsx(tmp_path / "家庭暴力告诫书登记台账.xlsx", {"家暴告诫": rows})
    result = clean(tmp_path)
    assert set(result.tables["security"]["case_type"]) == {"家暴告诫书"}
    assert builders.figures(result)["security.dv_warnings"] == 2


def test_a_class_with_no_sort_in_its_case_name_stays_unknown(tmp_path):
    # A 治安案件 whose name names no sort (or a 刑事案件, which is no class of the public-order sorts): not guessed,
    # asked about (vocab.unknown), and the figures it might belong to are not stated.
    rows = [
        POLICE_HEADER,
        [1, "A5501", "治安案件", "岩某卖淫案", "2024-01-08", "弄贺一组", "行政拘留10日", 1],
        [2, "A5502", "治安案件", "刀某案", "2024-02-08", "弄贺一组", "行政拘留5日", 1],
    ]
    builders.xlsx(tmp_path / "派出所治安案件查处登记.xlsx", {"案件列表": rows})
    result = clean(tmp_path)
    assert [r["value"] for r in codes(result, "vocab.unknown")] == ["治安案件"]
    assert builders.figures(result)["security.vice_cases"] is None


def test_a_visit_to_the_town_is_received_here_and_a_prefecture_assigns_as_a_city(tmp_path):
    # petitions_received_by_visit (弄贺镇): 本级来访 had been an unknown source, leaving every assigned figure unknown;
    # 州联办交办 (an autonomous prefecture's office) is the 市联办.
    rows = [["编号", "交办来源", "信访人", "反映问题", "交办时间", "办理情况"]]
    sources = [
        ("州联办交办", "已化解"),
        ("省联办交办", "化解中"),
        ("县联办交办", "已化解"),
        ("本级来访", "已化解"),
        ("群众来访", "化解中"),
    ]
    rows += [[f"NH-XF-{n:02d}", s, "某某", "胶林地界", f"2024-0{n}-05", st] for n, (s, st) in enumerate(sources, 1)]
    builders.xlsx(tmp_path / "信访事项登记台账.xlsx", {"信访": rows})
    result = clean(tmp_path)
    assert result.tables["petitions"].sort_values("_row")["source"].tolist() == [
        "市联办",
        "省联办",
        "县联办",
        "本级受理",
        "本级受理",
    ]
    figures = builders.figures(result)
    assert (figures["petitions.assigned"], figures["petitions.resolved"], figures["petitions.in_progress"]) == (3, 2, 1)


def test_a_border_towns_counsel_and_disclosure_words(tmp_path):
    # border_counsel_services (弄贺镇): 审核行政执法文书 is a document reviewed, 参与涉外纠纷调解 the counsel in a 中缅 joint
    # mediation (counted by none of the four): both had been unknown values withholding all four counsel figures.
    counsel = [["日期", "服务对象", "服务事项", "服务方式", "数量"]]
    counsel += [
        ["2024-01-10", "镇人民政府", "审核行政执法文书", "现场", "2件"],
        ["2024-02-14", "司法所", "参与涉外纠纷调解", "现场", "1次"],
        ["2024-03-18", "弄贺村委会", "法律咨询（双语）", "现场", "5人次"],
        ["2024-04-22", "镇人民政府", "审查合同（胶林承包、互市点租赁）", "微信", ""],
    ]
    builders.xlsx(tmp_path / "法律顾问服务台账.xlsx", {"服务台账": counsel})
    # media_outlets_of_the_region (弄贺镇): 云南网 and a 州报 are news outlets (媒体报道), not unknown channels.
    disclosure = [["序号", "发布日期", "信息标题", "发布载体", "信息类型"]]
    disclosure += [
        [1, "2024/3/5", "禁毒宣传进村寨", "云南网", "宣传报道"],
        [2, "2024/4/9", "中缅边民联合调处", "州报", "宣传报道"],
        [3, "2024/5/6", "边民补助资金发放公示", "县人民政府门户网站", "主动公开"],
    ]
    builders.xlsx(tmp_path / "政务公开信息发布登记表.xlsx", {"信息发布": disclosure})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    assert result.tables["disclosure"].sort_values("_row")["channel"].tolist()[:2] == ["媒体报道", "媒体报道"]
    figures = builders.figures(result)
    assert (figures["counsel.document_reviews"], figures["counsel.consultations"]) == (3, 5)
    assert (figures["counsel.opinions"], figures["counsel.legal_aid"]) == (0, 0)
    assert (figures["disclosure.media"], figures["disclosure.proactive"]) == (2, 1)


def test_a_border_market_sale_is_a_contract_dispute(tmp_path):
    # border_market_disputes (弄贺镇): 边民互市买卖纠纷 (a sale at the 边民互市点) is 合同, as 买卖合同 is; it had been an
    # unknown value of the dispute and mediation registers.
    rows = [["卷宗号", "受理日期", "纠纷类型", "申请人", "被申请人", "协议形式", "调解结果"]]
    rows += [
        ["（2024）弄贺人调字第1号", "2024-03-05", "边民互市买卖纠纷", "貌昂", "岩温", "口头协议", "调解成功"],
        ["（2024）弄贺人调字第2号", "2024-04-05", "涉外婚姻", "玛丹", "岩罕", "调解协议书", "调解成功"],
    ]
    builders.xlsx(tmp_path / "人民调解案件登记簿.xlsx", {"2024年登记": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    table = result.tables["mediation"].sort_values("_row")
    assert table["dispute_type"].tolist() == ["合同", "婚姻家庭"]
