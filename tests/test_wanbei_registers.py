"""A 皖北 白芍 镇's ledgers (芍集镇, the 86th development town, built blind): the 党政办's 政务公开 list keeping the type in a
公开类别 column beside a 公开方式 of channels, the 派出所's form naming the 家暴 detentions by their cause (因…), and the
一村一法律顾问 platform's 法治体检 of a 合作社. Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes


def test_a_disclosure_category_column_beside_a_channel_titled_disclosure_method_gives_the_type(tmp_path):
    # category_beside_method (芍集镇): 公开类别 主动公开 / 宣传报道 / 依申请公开 and, beside it, 公开方式 县人民政府网站 / 媒体 /
    # 书面答复 — the channel. 公开方式 is a title of the type too (主动公开 / 依申请公开 in many registers); taken for it here,
    # every channel was an unknown type and every disclosure figure withheld. The cells tell which column is the type.
    rows = [
        ["芍集镇2024年政务公开信息发布登记台账", *[None] * 6],
        ["序号", "信息标题", "公开类别", "公开栏目/发布媒体", "发布日期", "公开方式", "责任科室"],
        [1, "耕地地力保护补贴发放公示", "主动公开", "惠民惠农", "2024/3/5", "涡北县人民政府网站", "农业农村办"],
        [2, "城乡低保对象公示", "主动公开", "社会保障", "2024/4/9", "涡北县人民政府网站", "党政办"],
        [3, "秸秆禁烧通告", "主动公开", "工作动态", "2024/5/20", "政务公开栏", "党政办"],
        [4, "芍集镇白芍喜获丰收", "宣传报道", "“芍集发布”微信公众号", "2024/6/3", "媒体", "党政办"],
        [5, "法律明白人走上集市", "宣传报道", "涡北融媒", "2024/7/11", "媒体", "综治中心"],
        [6, "申请公开搬迁安置补偿标准", "依申请公开", "", "2024/8/2", "书面答复", "党政办"],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "芍集镇2024年政务公开信息发布台账.xlsx", {"信息发布台账": rows})
    result = clean(tmp_path)
    assert [i for i in codes(result, "vocab.unknown") if i["field"] == "disclosure_type"] == []
    f = builders.figures(result)
    assert (f["disclosure.proactive"], f["disclosure.media"], f["disclosure.on_request"]) == (3, 2, 1)


def test_a_method_column_alone_is_still_the_type(tmp_path):
    # The class's other side: a register whose only such column is 公开方式 (主动公开 / 依申请公开) keeps it as the type.
    rows = [
        ["序号", "信息标题", "发布日期", "公开方式"],
        [1, "财政预算公开", "2024-03-05", "主动公开"],
        [2, "低保对象公示", "2024-04-09", "主动公开"],
        [3, "申请公开征收批复", "2024-05-20", "依申请公开"],
    ]
    builders.xlsx(tmp_path / "政务公开台账.xlsx", {"政务公开": rows})
    f = builders.figures(clean(tmp_path))
    assert (f["disclosure.proactive"], f["disclosure.on_request"]) == (2, 1)


def test_a_police_form_naming_domestic_violence_detentions_by_their_cause_states_them(tmp_path):
    # detentions_by_cause (芍集镇): 项目 | 单位 | 数量 with 因家庭暴力行政拘留 | 人 | 1 — the 家暴 detentions named by their cause
    # (因…), as the form's other rows name theirs. Unread, security.dv_detentions had been withheld.
    rows = [
        ["涡北县公安局芍集镇派出所2024年平安建设相关数据统计表", None, None, None],
        ["统计时段：2024年1月1日至2024年12月31日", None, None, None],
        ["项目", "单位", "数量", "备注"],
        ["出具家庭暴力告诫书", "份", 13, ""],
        ["因家庭暴力行政拘留", "人", 1, ""],
        ["涉黄治安案件（卖淫嫖娼）", "起", 3, ""],
        ["涉黄行政拘留", "人", 5, ""],
        ["涉赌治安案件", "起", 8, "含集市赌博"],
    ]
    builders.csv_file(tmp_path / "芍集镇派出所2024年平安建设相关数据统计表.csv", rows, encoding="utf-8-sig")
    f = builders.figures(clean(tmp_path))
    assert (f["security.dv_warnings"], f["security.dv_detentions"]) == (13, 1)
    assert (f["security.vice_cases"], f["security.vice_detentions"]) == (3, 5)


def test_a_counsels_legal_checkup_of_a_cooperative_serves_no_figure(tmp_path):
    # legal_checkup (芍集镇): a 村法律顾问's 法治体检 of a 药材合作社 (its contracts and rules checked, a report left with it) is
    # a service of its own, counted by none of the four figures. Unknown, it had withheld all four.
    rows = [
        ["序号", "服务时间", "服务村（居）", "服务类型", "服务内容", "服务人次"],
        [1, "2024-03-05 09:12:30", "芍集村", "法律咨询", "彩礼返还咨询", 3],
        [2, "2024-04-09 10:05:00", "孙集村", "法治体检", "药材合作社法治体检", ""],
        [3, "2024-05-20 15:40:12", "王寨村", "审查合同", "土地流转合同", ""],
        [4, "2024-06-03 11:00:00", "芍集村", "企业法治体检", "白芍加工厂", ""],
        [5, "2024-07-11 16:20:45", "陈楼村", "出具法律意见书", "村集体资产处置", ""],
    ]
    builders.html_xls(tmp_path / "一村一法律顾问服务记录导出_2024.xls", rows)
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    f = builders.figures(result)
    assert (f["counsel.consultations"], f["counsel.document_reviews"], f["counsel.opinions"]) == (3, 1, 1)
    assert f["counsel.legal_aid"] == 0


def test_a_counsel_drafting_a_villagers_complaint_serves_no_figure(tmp_path):
    # drafting_for_villagers (芍集镇): 代写法律文书 (a 起诉状 written for a villager over a 彩礼 refund) beside 法律援助 and
    # 审查合同 in the same export — an activity the counsel statistics keep apart from both. Unknown, it had withheld all four.
    rows = [
        ["序号", "服务时间", "服务村（居）", "服务类型", "服务内容", "服务人次"],
        [1, "2024-03-05 09:12:30", "芍集村", "法律咨询", "彩礼返还咨询", 2],
        [2, "2024-04-09 10:05:00", "孙集村", "代写法律文书", "代写起诉状（彩礼返还）", ""],
        [3, "2024-05-20 15:40:12", "王寨村", "法律援助", "欠薪农民工申请法律援助", ""],
        [4, "2024-06-03 11:00:00", "芍集村", "审查合同", "土地流转合同", ""],
    ]
    builders.html_xls(tmp_path / "一村一法律顾问服务记录导出_2024.xls", rows)
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    f = builders.figures(result)
    assert (f["counsel.consultations"], f["counsel.legal_aid"], f["counsel.document_reviews"]) == (2, 1, 1)


def test_a_mining_subsidence_compensation_dispute_asks_which_type_it_is(tmp_path):
    # subsidence_compensation (芍集镇): 采煤塌陷补偿纠纷 — damage done by a mine (损害赔偿) or land taken and a village moved
    # (征地拆迁): named as a word of two readings, never guessed, and no figure rests on the type.
    rows = [
        ["编号", "排查日期", "村（社区）", "组", "纠纷类型", "化解情况"],
        ["SJ2024-001", "2024.3.5", "新芍社区", "", "采煤塌陷补偿纠纷", "已化解"],
        ["SJ2024-002", "2024.4.9", "芍集村", "三组", "宅基地纠纷", "已稳控"],
        ["SJ2024-003", "2024.5.20", "孙集村", "一组", "婚姻家庭纠纷", "已调处化解"],
    ]
    builders.xlsx(tmp_path / "芍集镇2024年矛盾纠纷排查化解台账.xlsx", {"排查化解台账": rows})
    result = clean(tmp_path)
    assert [i["value"] for i in codes(result, "vocab.ambiguous")] == ["采煤塌陷补偿纠纷"]
    assert codes(result, "vocab.unknown") == []
    f = builders.figures(result)
    assert (f["disputes.screened"], f["disputes.resolved"]) == (3, 2)
