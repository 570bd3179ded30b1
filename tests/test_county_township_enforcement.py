"""A large 山东 镇 under 县乡一体化综合执法 (鲁桥镇, the 72nd development town, built blind): the 综合行政执法办公室's platform
export beside the county's 赋权事项清单, a 综治中心 fed by 网格员上报 and 12345 转办, 信访 assigned by the 联席办 and
received by the town's own 信访办, a 派出所's register of 家暴 and 涉黄 cases. Fixtures are small, fictitious, and named
after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes

PETITION_HEADER = ["序号", "信访件编号", "登记日期", "信访形式", "交办单位", "信访人", "反映问题", "办理状态"]


def test_the_towns_own_petition_office_receives_what_no_office_above_assigned(tmp_path):
    # joint_office_words (鲁桥镇): the 信访 system's export names who assigned each item, 中央 / 省 / 市 / 县联席办交办 as
    # the 交办单 says it, and 镇信访办受理 for an item the town's own 信访办 took in. 镇信访办受理 had been an unknown
    # value (the nearest 本级受理 offered): every assigned figure of the register withheld.
    rows = [
        PETITION_HEADER,
        [1, "LQXF20240001", "2024-02-19", "网上信访", "县联席办交办", "王某某", "宅基地审批", "已化解"],
        [2, "LQXF20240002", "2024-03-04", "来访", "镇信访办受理", "李某", "邻里排水纠纷", "已化解"],
        [3, "LQXF20240003", "2024-04-11", "网上信访", "省联席办交办", "张某某", "征地补偿款分配", "正在化解"],
        [4, "LQXF20240004", "2024-05-20", "来信", "市联席办交办", "刘某", "低保评定", "已化解"],
        [5, "LQXF20240005", "2024-06-03", "网上信访", "中央联席办交办", "赵某某", "拆迁安置", "已化解"],
        [6, "LQXF20240006", "2024-07-15", "来访", "乡信访办受理", "孙某", "村务公开", "正在化解"],
    ]
    builders.xlsx(tmp_path / "鲁桥镇2024年信访事项登记台账.xlsx", {"信访事项": rows})
    result = clean(tmp_path)
    table = result.tables["petitions"].sort_values("_row")
    assert table["source"].tolist() == ["县联办", "本级受理", "省联办", "市联办", "中联办", "本级受理"]
    assert codes(result, "vocab.unknown") == []
    # The 交办单's words are listed, not guessed: no note on each of them.
    assert codes(result, "vocab.assumed") == []
    figures = builders.figures(result)
    assert (figures["petitions.assigned"], figures["petitions.resolved"], figures["petitions.in_progress"]) == (4, 3, 1)


DISPUTE_HEADER = ["序号", "登记日期", "事件来源", "所属网格", "村（居）", "纠纷类型", "化解状态", "包保责任人"]


def test_a_dispute_guided_into_a_lawsuit_is_sent_on_not_resolved(tmp_path):
    # grid_and_source_columns (鲁桥镇): a 综治中心's register marks a dispute it could not mediate and guided to the court
    # (诉调对接) 已导入诉讼, one it handed to another office 已移交职能部门. 已导入诉讼 had been an unknown value, leaving
    # every resolved figure of the register unknown; it is 引导诉讼's state: out of the town's hands, never 已化解.
    rows = [
        DISPUTE_HEADER,
        [1, "2024-01-08", "网格员上报", "第3网格", "王楼村", "邻里纠纷", "已化解", "郭某"],
        [2, "2024-01-15", "12345热线转办", "第1网格", "河口村", "劳资纠纷", "已导入诉讼", "韩某"],
        [3, "2024-02-02", "群众来访", "第5网格", "刘集村", "土地承包纠纷", "已移交职能部门", "袁某"],
        [4, "2024-02-21", "村居排查", "第2网格", "张营村", "婚姻家庭纠纷", "化解成功", "丁某"],
        [5, "2024-03-06", "网格员上报", "第4网格", "孙庄村", "合同纠纷", "导入诉讼", "马某"],
    ]
    builders.xlsx(tmp_path / "鲁桥镇综治中心2024年矛盾纠纷排查化解台账.xlsx", {"一季度": rows})
    result = clean(tmp_path)
    table = result.tables["disputes"].sort_values("_row")
    assert table["status"].tolist() == ["已化解", "已上报", "已上报", "已化解", "已上报"]
    assert codes(result, "vocab.unknown") == []
    assert codes(result, "vocab.assumed") == []
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (5, 2)


POLICE_HEADER = ["序号", "日期", "类别", "发生地", "当事人", "处理结果", "拘留人数"]


def test_domestic_violence_marked_detained_is_a_public_order_case(tmp_path):
    # short_category_words (鲁桥镇): a 派出所's register writes 家暴告诫 for a warning and 家庭暴力（拘留） for a beating in the
    # family punished by detention (治安管理处罚法: 行政拘留 is a public-order penalty, no warning). It had been an
    # unknown value: all four security figures withheld.
    rows = [
        POLICE_HEADER,
        [1, "2024-01-09", "家暴告诫", "王楼村", "王某某", "出具家庭暴力告诫书", None],
        [2, "2024-02-14", "家庭暴力（拘留）", "河口村", "李某", "行政拘留5日", "1人"],
        [3, "2024-03-20", "涉黄", "北街社区", "张某", "行政拘留10日", 2],
        [4, "2024-04-02", "家暴拘留", "刘集村", "赵某", "行政拘留7日", 1],
        [5, "2024-05-17", "涉赌", "孙庄村", "孙某", "行政拘留5日", 3],
    ]
    builders.xlsx(tmp_path / "鲁桥派出所2024年治安案件及家暴告诫登记.xlsx", {"登记表": rows})
    result = clean(tmp_path)
    table = result.tables["security"].sort_values("_row")
    assert table["case_type"].tolist() == ["家暴告诫书", "家暴治安案件", "涉黄治安案件", "家暴治安案件", "涉赌治安案件"]
    assert codes(result, "vocab.unknown") == []
    figures = builders.figures(result)
    assert figures["security.dv_warnings"] == 1
    assert figures["security.dv_detentions"] == 2
    assert (figures["security.vice_cases"], figures["security.vice_detentions"]) == (1, 2)


DISCLOSURE_HEADER = ["序号", "信息名称", "发布日期", "发布渠道", "信息类别", "责任科室"]


def test_the_provinces_news_site_is_a_media_channel(tmp_path):
    # news_publicity_type (鲁桥镇): a 山东 town's 宣传 items go to 大众网 (大众日报's site) as a 重庆 town's go to 华龙网 and a
    # 云南 town's to 云南网: a newsroom's outlet, 媒体报道. 大众网 had been an unknown 发布渠道 (an error on each item).
    rows = [
        DISCLOSURE_HEADER,
        [1, "城乡低保对象公示", "2024年1月9日", "鲁阳县人民政府网站（鲁桥镇专栏）", "主动公开", "党政办"],
        [2, "网格员化解邻里纠纷", "2024年2月5日", "大众网", "新闻宣传", "综治中心"],
        [3, "综合执法进村居", "2024年3月12日", "大众日报", "新闻宣传", "综合执法办"],
        [4, "法律明白人培训", "2024年4月18日", "“鲁桥发布”微信公众号", "新闻宣传", "党政办"],
    ]
    builders.xlsx(tmp_path / "鲁桥镇2024年政府信息公开登记台账.xlsx", {"信息公开": rows})
    result = clean(tmp_path)
    table = result.tables["disclosure"].sort_values("_row")
    assert table["channel"].tolist()[1:3] == ["媒体报道", "媒体报道"]
    assert codes(result, "vocab.unknown") == []
    figures = builders.figures(result)
    assert (figures["disclosure.proactive"], figures["disclosure.media"]) == (1, 3)


ENFORCEMENT_HEADER = ["序号", "案件编号", "案件名称", "赋权事项编码", "执法类别", "程序类型", "案件来源", "立案日期",
                      "作出决定日期", "决定书文号", "案件状态"]  # fmt: skip


def test_the_power_list_beside_the_case_export_counts_nothing(tmp_path):
    # power_list_not_register, filed_and_decided_dates (鲁桥镇, right blind; kept): the county's 赋权事项清单 (事项编码,
    # 事项类型 行政处罚 / 行政检查 / 行政强制) lists powers, no case; the platform's export counts a case by its decision
    # date (filed in December 2023, decided in January: this year's), never one still 调查取证 without a decision.
    powers = [
        ["序号", "事项编码", "事项名称", "事项类型", "原实施部门", "实施依据", "承接方式"],
        [
            1,
            "LY-CF-0101",
            "对农村村民未经批准建住宅的处罚",
            "行政处罚",
            "县综合行政执法局",
            "《村庄和集镇规划建设管理条例》",
            "赋权",
        ],
        [
            2,
            "LY-JC-0201",
            "对农村自建房安全情况的检查",
            "行政检查",
            "县住房和城乡建设局",
            "《山东省城乡规划条例》",
            "委托",
        ],
        [
            3,
            "LY-QZ-0301",
            "查封违法建设施工现场",
            "行政强制",
            "县综合行政执法局",
            "《中华人民共和国行政强制法》",
            "赋权",
        ],
    ]
    cases = [
        ENFORCEMENT_HEADER,
        [1, "370812202400001", "王某某违法建设案", "LY-CF-0101", "行政处罚", "普通程序", "巡查发现", "2023-12-20",
         "2024-01-11", "鲁桥综执罚决字〔2024〕1号", "已结案"],
        [2, "370812202400002", "农村自建房安全检查", "LY-JC-0201", "行政检查", "", "网格员上报", "2024-03-05",
         "2024-03-05", "鲁桥综执检记〔2024〕1号", "已结案"],
        [3, "370812202400003", "李某某占道经营案", "LY-CF-0102", "行政处罚", "简易程序", "12345热线转办", "2024-04-09",
         "2024-04-09", "鲁桥综执当罚〔2024〕1号", "已结案"],
        [4, "370812202400004", "查封违法建设施工现场", "LY-QZ-0301", "行政强制措施", "", "部门移送", "2024-05-14",
         "2024-05-14", "鲁桥综执强〔2024〕1号", "已结案"],
        [5, "370812202400005", "张某某涉嫌违法案", "LY-CF-0101", "行政处罚", "普通程序", "投诉举报", "2024-12-16",
         "", "", "调查取证"],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "鲁阳县赋予鲁桥镇行政执法权事项清单.xlsx", {"赋权事项清单": powers})
    builders.xlsx(tmp_path / "鲁桥镇综合行政执法办公室2024年执法案件信息导出.xlsx", {"案件列表": cases})
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert figures["enforcement.cases"] == 4
    assert (figures["enforcement.penalty"], figures["enforcement.inspection"], figures["enforcement.coercion"]) == (
        2,
        1,
        1,
    )
