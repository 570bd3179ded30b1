"""A 凉山 彝族 乡's ledgers (瓦吉乡, the 73rd development town, built blind): 德古 and 家支 in the dispute and mediation
registers, the 移风易俗 (高价彩礼) register of the year's weddings and the 禁毒 list of persons under 社区戒毒 beside the
涉诈 list, a 规范性文件 register whose numbered row says 无, and the region's words (婚姻彩礼, 林地边界, 务工欠薪, 驻村工作队,
凉山日报). Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes

FRAUD_HEADER = ["序号", "姓名", "身份证号码", "联系电话", "户籍村", "管控状态", "核减时间", "是否取得联系"]
# GB 11643 numbers of the area 990101 (no province): fictitious.
IDS = ["990101198503120018", "990101199107230021", "990101197811050033"]


def _fraud_list(tmp_path) -> None:
    rows = [["瓦吉乡涉诈高危人员管控台账"], FRAUD_HEADER]
    rows += [
        [1, "吉克阿友", IDS[0], "13900000001", "瓦吉村", "在册", "", "已联系"],
        [2, "曲比拉哈", IDS[1], "13900000002", "阿尔村", "核减", "2024/6/3", "已联系"],
        [3, "海来木呷", IDS[2], "13900000003", "补约村", "在册", "", "失联"],
    ]
    builders.csv_file(tmp_path / "瓦吉乡涉诈高危人员管控台账.csv", rows, encoding="utf-8-sig")


def test_a_weddings_register_is_no_watch_list(tmp_path):
    # customs_register_not_disputes (瓦吉乡): the 婚事新办 (高价彩礼治理) register of the year's weddings shares only
    # 村, 是否签订承诺书 and 备注 with a 涉诈 list, none of its required columns (姓名, 状态), and nothing around it names
    # the kind. Taken for a 涉诈 list missing its columns, it had left all three fraud_watch figures unknown.
    _fraud_list(tmp_path)
    weddings = [["瓦吉乡2024年婚事新办登记台账（治理高价彩礼）"]]
    weddings.append(["序号", "村", "男方", "女方", "登记日期", "约定彩礼（元）", "是否超过10万元", "是否签订承诺书",
                     "红白理事会见证人", "备注"])  # fmt: skip
    weddings += [
        [1, "瓦吉村", "阿苦·拉者", "吉克阿果", "2024-03-05", 80000, "否", "是", "沙马阿支", ""],
        [2, "日哈村", "马海木机", "勒格·阿呷", "2024-05-20", 120000, "是", "是", "吉伍尔古", "已劝导退还超额部分"],
    ]
    builders.xlsx(tmp_path / "瓦吉乡2024年婚事新办登记台账（高价彩礼治理）.xlsx", {"婚事登记": weddings})
    result = clean(tmp_path)
    assert codes(result, "column.missing") == []
    # Its title names the 移风易俗 work (婚事新办): another document, set aside without asking.
    assert codes(result, "file.unknown_kind") == []
    assert [r["sheet"] for r in codes(result, "sheet.other_document")] == ["婚事登记"]
    figures = builders.figures(result)
    assert (figures["fraud_watch.remaining"], figures["fraud_watch.removed"], figures["fraud_watch.contacted"]) == (
        2,
        1,
        1,
    )


def test_a_register_sharing_only_common_columns_is_asked_about_not_taken(tmp_path):
    # The class behind it: a table no word around names, that fits a kind only by columns many registers keep (村,
    # 备注, 是否签订承诺书) and none the kind cannot do without, is no broken ledger of that kind. Asked about (which
    # kind, or exclude it), it leaves the kind's figures to its own ledger instead of making them unknown.
    _fraud_list(tmp_path)
    rows = [["瓦吉乡2024年文明家庭户评议登记"], ["序号", "村", "户主", "评议日期", "是否签订承诺书", "备注"]]
    rows += [[1, "瓦吉村", "阿苦·拉者", "2024-03-05", "是", ""], [2, "日哈村", "马海木机", "2024-05-20", "是", ""]]
    builders.xlsx(tmp_path / "文明家庭户评议登记.xlsx", {"评议": rows})
    result = clean(tmp_path)
    assert codes(result, "column.missing") == []
    assert [r["sheet"] for r in codes(result, "file.unknown_kind")] == ["评议"]
    assert builders.figures(result)["fraud_watch.remaining"] == 2


def test_a_drug_rehabilitation_list_is_no_watch_list(tmp_path):
    # drug_list_not_fraud_list (瓦吉乡): a 平安建设 book's 禁毒防艾 sheet, the 社区戒毒社区康复人员管控台账 (姓名, 身份证号码,
    # 联系电话, 村, 管控状态 在管 / 已解除, 本月是否见面), has every column of a 涉诈 list and 管控 in its title. Its persons
    # had been counted in the stock of the 涉诈 list and its 已解除 an unknown status.
    _fraud_list(tmp_path)
    drugs = [["瓦吉乡社区戒毒社区康复人员管控台账（2024年12月）"]]
    drugs.append(["序号", "姓名", "性别", "身份证号码", "联系电话", "村", "管控类别", "管控状态", "本月是否见面"])
    drugs += [
        [1, "阿说日哈", "男", "990101198001010010", "13900000011", "俄吉村", "社区戒毒", "在管", "是"],
        [2, "日火石者", "男", "990101198202020027", "13900000012", "子威村", "社区康复", "已解除", "否"],
    ]
    builders.xlsx(tmp_path / "瓦吉乡2024年平安建设工作台账.xlsx", {"禁毒防艾": drugs})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    assert len(result.tables["fraud_watch"]) == 3
    figures = builders.figures(result)
    assert (figures["fraud_watch.remaining"], figures["fraud_watch.contacted"]) == (2, 1)


def test_a_numbered_row_saying_none_is_no_record(tmp_path):
    # empty_register_says_none (瓦吉乡): the 规范性文件 register's one row is 1 | 无 — its number and a placeholder. No
    # document wanting its date (row.required_missing), which had left the year's count unknown: none was made (0).
    rows = [
        ["瓦吉乡2024年行政规范性文件登记"],
        ["序号", "文件名称", "文号", "印发日期", "备案情况"],
        [1, "无", None, None, None],
    ]
    builders.xlsx(tmp_path / "瓦吉乡2024年法治建设台账.xlsx", {"规范性文件": rows})
    result = clean(tmp_path)
    assert codes(result, "row.required_missing") == []
    assert builders.figures(result)["normative_documents.issued"] == 0


def test_a_yi_townships_dispute_words(tmp_path):
    # yi_dispute_types (瓦吉乡): 婚姻彩礼纠纷 (a 彩礼 to return when a marriage fails: 婚姻家庭), 林地边界纠纷 (山林土地)
    # and 务工欠薪纠纷 (劳动争议) had been unknown values. 家支纠纷 (a quarrel between two clans) is no class of the
    # statistics list and may be any of several by what was disputed: asked about, never guessed.
    rows = [["编号", "排查时间", "村（社区）", "纠纷类型", "当事人", "化解方式", "化解情况"]]
    kinds = ["婚姻彩礼纠纷", "林地边界纠纷", "务工欠薪纠纷", "彩礼纠纷", "家支纠纷"]
    rows += [
        [f"WJ2024-00{n}", f"2024-0{n}-05", "瓦吉村", k, "吉克·阿友与曲比拉哈", "德古调解", "已化解"]
        for n, k in enumerate(kinds, 1)
    ]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", {"台账": rows})
    result = clean(tmp_path)
    assert result.tables["disputes"].sort_values("_row")["dispute_type"].tolist()[:4] == [
        "婚姻家庭",
        "山林土地",
        "劳动争议",
        "婚姻家庭",
    ]
    assert [r["value"] for r in codes(result, "vocab.unknown")] == ["家支纠纷"]


def test_a_yi_townships_case_counsel_training_and_media_words(tmp_path):
    # police_case_words (瓦吉乡): 殴打家庭成员（家暴）, a 治安案件 type marked as domestic violence, is the 家暴 case (as
    # 殴打他人（家庭暴力） is); unknown, it had withheld all four security figures.
    cases = [["序号", "发案日期", "村", "案件类型", "当事人", "处理结果", "拘留人数"]]
    cases += [
        [1, "2024年3月5日", "瓦吉村", "殴打家庭成员（家暴）", "某某", "行政拘留5日", 1],
        [2, "2024年4月9日", "阿尔村", "卖淫嫖娼", "某某", "行政拘留10日", 2],
        [3, "2024年5月6日", "补约村", "盗窃（牲畜）", "某某", "行政拘留7日", 1],
    ]
    builders.xlsx(tmp_path / "平安建设工作台账.xlsx", {"治安案件": cases})
    # yi_counsel_services (瓦吉乡): the counsel sitting in on a 德古's mediation, and a 宣讲 of the 移风易俗 条例 (法治宣传),
    # counted by none of the four figures; unknown, they had withheld all four.
    counsel = [["序号", "服务日期", "服务对象", "服务事项", "次数"]]
    counsel += [
        [1, "2024年1月10日", "瓦吉乡人民政府", "参与德古调解", "1次"],
        [2, "2024年2月14日", "瓦吉村", "移风易俗条例宣讲", ""],
        [3, "2024年3月18日", "阿尔村", "彝汉双语法律咨询", "3人次"],
    ]
    builders.xlsx(tmp_path / "法律顾问服务记录.xlsx", {"服务记录": counsel})
    # other_audiences (瓦吉乡): a 驻村工作队 studying law is an audience of its own (unknown, it had withheld the
    # 法律明白人 sessions); a 德古调解员 is a 人民调解员.
    training = [["序号", "日期", "培训主题", "培训对象", "形式", "参加人数"]]
    training += [
        [1, "2024-03-01", "法律明白人彝汉双语培训", "法律明白人", "线下", 34],
        [2, "2024-04-01", "驻村工作队学法", "驻村工作队员", "会前学法", 12],
        [3, "2024-05-01", "德古调解员业务培训", "德古调解员", "集中培训", 22],
    ]
    builders.xlsx(tmp_path / "学法用法及普法培训登记.xlsx", {"学法用法": training})
    # liangshan_media (瓦吉乡): the 州's paper in its 彝文 edition is a news outlet (媒体报道).
    disclosure = [["序号", "公开时间", "信息名称", "公开载体", "公开类别"]]
    disclosure += [
        [1, "2024/3/5", "德古调解化解草场纠纷", "凉山日报（彝文版）", "宣传报道"],
        [2, "2024/4/9", "低保对象公示", "乡政务公开栏（彝汉双语）", "主动公开"],
    ]
    builders.xlsx(tmp_path / "政务公开登记台账.xlsx", {"政务公开": disclosure})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    assert result.tables["training"].sort_values("_row")["audience"].tolist() == [
        "法律明白人",
        "驻村工作队员",
        "人民调解员",
    ]
    figures = builders.figures(result)
    assert (figures["security.dv_detentions"], figures["security.vice_cases"], figures["security.vice_detentions"]) == (
        1,
        1,
        2,
    )
    assert (figures["counsel.consultations"], figures["counsel.opinions"]) == (3, 0)
    assert figures["training.legal_literacy_sessions"] == 1
    assert (figures["disclosure.media"], figures["disclosure.proactive"]) == (1, 1)


def test_beating_a_family_member_in_a_type_column_is_the_domestic_violence_case(tmp_path):
    # police_case_words (瓦吉乡, and 弄贺镇's 案由): 殴打家庭成员 unmarked, in the column read as the case's type, is the
    # 家暴 case by the marked form's evidence (assumed, with a note); unknown, it had withheld all four security figures.
    cases = [["序号", "发案日期", "村", "案件类型", "当事人", "处理结果", "拘留人数"]]
    cases += [
        [1, "2024年3月5日", "瓦吉村", "殴打家庭成员", "某某", "行政拘留5日", 1],
        [2, "2024年4月9日", "阿尔村", "赌博", "某某", "行政拘留3日", 2],
    ]
    builders.xlsx(tmp_path / "治安案件登记.xlsx", {"治安案件": cases})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    assert [r["value"] for r in codes(result, "vocab.assumed")] == ["殴打家庭成员"]
    assert builders.figures(result)["security.dv_detentions"] == 1
