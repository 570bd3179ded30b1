"""A 上海 郊区 镇's ledgers (泖滨镇, the 77th development town, built blind): the 城运中心's 一网统管 case export beside
the 城管执法中队's penalty register, a 不予行政处罚（首违不罚） decision among the penalties, a 综治中心 register whose
failed mediations were guided to the court (调解不成功，引导诉讼), and a 政务公开 book whose 新闻宣传 sheet titles its items
报道题目. Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes

PENALTIES = [
    ["泖滨镇人民政府（城管执法中队）2024年行政处罚案件登记台账（普通程序）", None, None, None, None, None, None],
    ["序号", "决定书文号", "案由", "当事人", "决定日期", "处罚种类", "罚款金额（元）"],
    [1, "泖滨综执罚〔2024〕第0001号", "跨门营业", "王某", "2024-01-09", "罚款", "500"],
    [2, "泖滨综执罚〔2024〕第0002号", "乱张贴", "李某", "2024-02-19", "警告", "/"],
    [3, "泖滨综执罚〔2024〕第0003号", "生活垃圾未分类投放", "赵某", "2024-03-21", "不予行政处罚（首违不罚）", "/"],
    [4, "泖滨综执罚〔2024〕第0004号", "违法搭建", "钱某", "2024-04-02", "罚款", "5,000"],
    *[
        [n, f"泖滨综执罚〔2024〕第{n:04d}号", "跨门营业", "孙某", f"2024-05-{n:02d}", "罚款", "1,000"]
        for n in range(5, 13)
    ],
]


def test_a_city_operations_case_export_is_no_enforcement_register(tmp_path):
    # city_operations_events (泖滨镇): the 城运中心's 一网统管 export lists the city-management cases its platform found
    # and dispatched (案件编号, 发现时间, 案件来源 网格巡查 / 12345热线, 大类 / 小类, 处置部门, 案件状态 已结案): no
    # decision of any kind. Read as an enforcement register lacking its 执法类别, it had been an error that left every
    # enforcement figure unknown beside the 中队's own register.
    events = [
        ["序号", "案件编号", "发现时间", "案件来源", "大类", "小类", "所属居村", "处置部门", "案件状态", "结案时间"],
        [1, "MB24010300001", "2024-01-03 09:12:40", "网格巡查", "市容环境", "暴露垃圾", "泖西村", "市容环境管理所",
         "已结案", "2024-01-04 10:02:11"],
        [2, "MB24010500002", "2024-01-05 14:22:05", "12345热线", "街面秩序", "跨门营业", "泖滨居委会", "城管执法中队",
         "已结案", "2024-01-06 16:40:00"],
        [3, "MB24011100003", "2024-01-11 08:45:19", "网格巡查", "房屋管理", "违法搭建", "南陈村", "城管执法中队",
         "处置中", ""],
    ]  # fmt: skip
    builders.html_xls(tmp_path / "泖滨镇城运中心一网统管案件导出_20240101-20241231.xls", events)
    builders.xlsx(tmp_path / "泖滨镇城管执法中队2024年行政处罚案件登记台账.xlsx", {"普通程序": PENALTIES})
    result = clean(tmp_path)
    assert codes(result, "column.missing") == []
    assert set(result.tables["enforcement"]["_file"]) == {"泖滨镇城管执法中队2024年行政处罚案件登记台账.xlsx"}
    assert builders.figures(result)["enforcement.cases"] == 12


def test_a_decision_not_to_punish_a_first_offence_is_a_penalty_case(tmp_path):
    # first_offence_not_punished (泖滨镇): 首违不罚 — the penalty procedure opened and ended by a 不予行政处罚决定书 of its
    # own number — is one of the squad's 行政处罚 cases. In the 处罚种类 column read as the category it had been an
    # unknown value, every enforcement figure withheld.
    builders.xlsx(tmp_path / "泖滨镇城管执法中队2024年行政处罚案件登记台账.xlsx", {"普通程序": PENALTIES})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    figures = builders.figures(result)
    assert (figures["enforcement.cases"], figures["enforcement.penalty"]) == (12, 12)


def test_a_failed_mediation_guided_to_the_court_is_unresolved_not_two_states(tmp_path):
    # failure_then_referral (泖滨镇): the 综治中心 writes what happened and what it did next in one cell — 调解不成功，引导
    # 诉讼 — naming 未化解 and 已上报, neither of them 化解. It had been vocab.several (one record, two values), every
    # resolved figure withheld; it is the first state it names, with a note, and a dispute resolved is still counted.
    rows = [
        ["序号", "登记日期", "所属居村", "纠纷类型", "纠纷来源", "化解情况", "化解日期"],
        [1, "2024.1.8", "泖西村", "邻里纠纷", "网格排查", "已化解", "2024.1.10"],
        [2, "2024.1.15", "泖滨居委会", "物业纠纷", "12345转办", "调解不成功，引导诉讼", ""],
        [3, "2024.2.2", "南陈村", "婚姻家庭纠纷", "来访", "调解成功", "2024.2.9"],
        [4, "2024.3.4", "北埭村", "劳动争议", "一网统管派单", "正在调处", ""],
    ]
    builders.xlsx(tmp_path / "泖滨镇矛盾纠纷排查化解工作台账（2024年）.xlsx", {"一季度": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.several") == []
    assert result.tables["disputes"].sort_values("_row")["status"].tolist() == ["已化解", "未化解", "已化解", "化解中"]
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (4, 2)


def test_a_news_sheet_titles_its_items_as_reports(tmp_path):
    # report_titles (泖滨镇): the 政务公开 book's 新闻宣传 sheet lists the reports the 镇 placed (报道题目, 刊发媒体,
    # 刊发日期). 报道题目 was no title of the item's title: the sheet was refused (column.missing), every disclosure
    # figure withheld.
    active = [
        ["泖滨镇2024年政府信息主动公开登记", None, None, None, None, None],
        ["序号", "索引号", "信息名称", "公开日期", "公开渠道", "责任部门"],
        [1, "MB-2024-00001", "镇财政预算公开", "2024-02-05", "泖西区人民政府门户网站", "党政办"],
        [2, "MB-2024-00002", "动迁安置房源公示", "2024-03-11", "政务公开栏", "社区管理办"],
    ]
    news = [
        ["泖滨镇2024年新闻宣传报道登记", None, None, None, None],
        ["序号", "报道题目", "刊发媒体", "刊发日期", "报送部门"],
        [1, "老娘舅调解工作室化解邻里纠纷", "“泖滨”微信公众号", "2024-04-02", "党建办"],
        [2, "一网统管赋能城市治理", "学习强国", "2024-05-20", "党建办"],
        [3, "垃圾分类进村居", "“泖滨”微信公众号", "2024-06-12", "党建办"],
    ]
    builders.xlsx(tmp_path / "泖滨镇2024年政务公开工作台账.xlsx", {"主动公开": active, "新闻宣传": news})
    result = clean(tmp_path)
    assert codes(result, "column.missing") == []
    figures = builders.figures(result)
    assert (figures["disclosure.proactive"], figures["disclosure.media"]) == (2, 3)
