"""A 北京 城区 街道's ledgers (柳荫街道, the 74th development town, built blind): the 12345 接诉即办 工单 book and its
月度考核 sheet beside the 信访 register, the 吹哨报到 register beside the 综合执法 export, the 社区 disputes and 调解 words
(房屋租赁, 已转诉调对接), the 街道法律顾问's 审核行政处罚决定书, the petitions received at the 街道's own reception, and a
政务公开 register kept a sheet per type whose 发布栏目 names the portal's column. Fixtures are small, fictitious, and
named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes


def test_a_hotline_books_monthly_assessment_is_no_ledger(tmp_path):
    # hotline_rates_sheet (柳荫街道): the 接诉即办 book opens with its 月度考核 (受理量, 响应率, 解决率, 满意率 per month),
    # the 12345 hotline's scores, a statistics table of no kind. It had been file.unknown_kind (an error, clean exit 1).
    score = [
        ["柳荫街道2024年接诉即办月度考核情况", None, None, None, None, None],
        ["月份", "受理量（件）", "响应率", "解决率", "满意率", "综合得分"],
        ["1月", 52, 1.0, 0.9231, 0.9423, 95.1],
        ["2月", 47, 1.0, 0.9362, 0.9574, 96.2],
    ]
    tickets = [
        [
            "序号",
            "工单编号",
            "派单时间",
            "诉求类型",
            "问题分类",
            "所属社区",
            "诉求人",
            "诉求内容",
            "是否解决",
            "满意情况",
        ],
        [
            1,
            "2401050001",
            "2024-01-05 09:12",
            "投诉",
            "噪音扰民",
            "芳园社区",
            "王女士",
            "楼上住户夜间噪音",
            "已解决",
            "满意",
        ],
        [
            2,
            "2401080002",
            "2024-01-08 14:40",
            "投诉",
            "物业管理",
            "芳园社区",
            "李先生",
            "电梯故障物业不修",
            "未解决",
            "不满意",
        ],
    ]
    builders.xlsx(tmp_path / "柳荫街道2024年接诉即办工单台账.xlsx", {"月度考核": score, "工单明细": tickets})
    result = clean(tmp_path)
    assert codes(result, "file.unknown_kind") == []
    assert "petitions" not in result.tables and "disputes" not in result.tables


WHISTLE = [
    ["序号", "吹哨日期", "哨源", "吹哨事项", "报到部门", "处置结果", "关联执法案件"],
    [
        1,
        "2024年3月5日",
        "12345诉求",
        "楼顶违法建设拆除",
        "区住建委、区规自分局",
        "已拆除",
        "京青檀柳荫强字〔2024〕第1号",
    ],
    [2, "2024年4月9日", "网格巡查", "早市占道经营整治", "区城管执法局、区市场监管局", "已整治", ""],
    [3, "2024年6月20日", "社区上报", "老旧小区燃气管线隐患", "区住建委、区消防救援支队", "持续跟进", ""],
]
DISPUTES = [
    ["序号", "登记日期", "社区", "纠纷类型", "当事人", "纠纷简要情况", "化解状态", "化解日期"],
    [1, "2024-03-02", "芳园社区", "物业纠纷", "王某某与（虚构）物业公司", "芳园社区物业问题", "已化解", "2024-03-09"],
    [2, "2024-05-11", "槐树街社区", "房屋租赁纠纷", "张某与李某某", "押金不退", "已转诉调对接", ""],
    [3, "2024-07-20", "芳园社区", "邻里纠纷", "赵某与孙某", "漏水", "化解中", ""],
]


def test_a_whistle_register_is_no_dispute_register(tmp_path):
    # whistle_register_not_cases (柳荫街道): the 街乡吹哨、部门报到 register (哨源, 吹哨事项, 报到部门, 处置结果) lists the
    # departments a 街道 called in, not disputes screened: its 14 rows had been read as disputes (200 screened for 186).
    builders.docx_table(
        tmp_path / "柳荫街道2024年“街乡吹哨、部门报到”工作台账.docx", "柳荫街道2024年吹哨报到工作台账", WHISTLE
    )
    builders.xlsx(tmp_path / "柳荫街道2024年矛盾纠纷排查化解台账.xlsx", {"第一季度": DISPUTES})
    result = clean(tmp_path)
    disputes = result.tables["disputes"]
    assert set(disputes["_file"]) == {"柳荫街道2024年矛盾纠纷排查化解台账.xlsx"}
    # hotline_as_channel / value_synonyms: 已转诉调对接 is passed on to the court's 诉调对接 (not resolved, not unknown);
    # a lease (房屋租赁纠纷) is a contract.
    assert disputes.sort_values("_row")["status"].tolist() == ["已化解", "已上报", "化解中"]
    assert disputes.sort_values("_row")["dispute_type"].tolist()[:2] == ["物业", "合同"]
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (3, 1)


def test_a_petition_received_at_the_streets_reception_is_its_own(tmp_path):
    # capital_levels (柳荫街道): 来源 街道接待 — the petitioner came to the 街道's reception — is received here, beside the
    # items the 国家信访局, the 北京市信访办 and the 区信访办 assigned. It had been an unknown value, every figure withheld.
    rows = [
        ["序号", "信访编号", "登记日期", "信访形式", "来源", "信访人", "反映问题", "办理状态", "办结日期"],
        [
            1,
            "LYXF2024001",
            "2024-02-05",
            "网上信访",
            "国家信访局交办",
            "王某某",
            "加装电梯补贴",
            "已化解",
            "2024-03-01",
        ],
        [2, "LYXF2024002", "2024-03-12", "来信", "北京市信访办交办", "李某", "物业费上涨", "正在化解", ""],
        [3, "LYXF2024003", "2024-04-18", "来访", "青檀区信访办交办", "赵某某", "违建拆除补偿", "已化解", "2024-05-20"],
        [4, "LYXF2024004", "2024-05-06", "来访", "街道接待", "孙某", "邻里漏水", "已化解", "2024-05-30"],
    ]
    builders.xlsx(tmp_path / "柳荫街道2024年信访事项登记台账.xlsx", {"2024年信访登记": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    assert result.tables["petitions"].sort_values("_row")["source"].tolist()[3] == "本级受理"
    figures = builders.figures(result)
    assert (figures["petitions.assigned"], figures["petitions.resolved"], figures["petitions.in_progress"]) == (3, 2, 1)


def test_the_street_counsels_review_of_a_penalty_decision_is_a_document_review(tmp_path):
    # value_synonyms (柳荫街道): the 街道法律顾问 reviews the 综合执法队's 行政处罚决定书 before it is served (审核行政处罚
    # 决定书), and the 重大行政决策合法性审查: 文书审核, as 审核行政执法文书 is. It had been unknown, every counsel figure
    # withheld.
    rows = [
        ["序号", "服务日期", "服务事项", "数量（件）", "承办律师"],
        [1, "2024年3月5日", "审核行政处罚决定书", 2, "刘律师"],
        [2, "2024年4月9日", "合同审查", 1, "陈律师"],
        [3, "2024年5月9日", "重大行政决策合法性审查", 1, "陈律师"],
        [4, "2024年6月9日", "法律咨询", 3, "刘律师"],
    ]
    builders.docx_table(
        tmp_path / "柳荫街道法律顾问服务台账2024.docx", "柳荫街道办事处法律顾问工作台账（2024年）", rows
    )
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    figures = builders.figures(result)
    assert (figures["counsel.document_reviews"], figures["counsel.consultations"]) == (4, 3)


def test_a_portal_column_under_a_sheet_named_by_its_type(tmp_path):
    # category_from_sheet_or_title (柳荫街道): a 政务公开 register keeps a sheet per type; the 主动公开 sheet's 发布栏目
    # names the 区 portal's column (工作动态, 通知公告, 行政处罚信息, 财政信息). 行政处罚信息 and 财政信息 are columns of what a
    # portal publishes unasked (法定主动公开内容); 工作动态 — 主动公开 or 媒体发布 as an office counts it — is said by the
    # sheet's name here. They had been unknown or ambiguous values: every disclosure figure withheld.
    active = [
        ["序号", "信息标题", "发布栏目", "发布渠道", "发布日期"],
        [1, "垃圾分类入户宣传", "工作动态", "青檀区人民政府门户网站", "2024-03-05"],
        [2, "老旧小区综合整治施工的公告", "通知公告", "青檀区人民政府门户网站", "2024-03-09"],
        [3, "行政处罚决定信息公示", "行政处罚信息", "青檀区人民政府门户网站", "2024-04-01"],
        [4, "2024年部门预算", "财政信息", "青檀区人民政府门户网站", "2024-02-01"],
    ]
    media = [
        ["序号", "信息标题", "发布平台", "发布日期"],
        [1, "吹哨报到拆除楼顶违建", "“柳荫e家”微信公众号", "2024-05-05"],
        [2, "物业纠纷调解工作室调处成功", "北京日报客户端", "2024-06-05"],
    ]
    builders.spreadsheet_ml(tmp_path / "柳荫街道2024年政务公开工作台账.xls", {"主动公开": active, "宣传报道": media})
    result = clean(tmp_path)
    assert codes(result, "vocab.ambiguous") == [] and codes(result, "vocab.unknown") == []
    figures = builders.figures(result)
    assert (figures["disclosure.proactive"], figures["disclosure.media"]) == (4, 2)


def test_a_case_filed_and_not_yet_decided_is_no_decision_of_the_year(tmp_path):
    # filed_and_decided_dates (柳荫街道): the 综合执法 platform's export lists the cases filed, 立案日期 beside 决定日期: a
    # case filed in December and not decided by the year's end has no 决定日期 and is no decision of any year yet (it
    # had been row.required_missing, every enforcement figure withheld). One filed in December 2023 and decided in
    # January is the year's.
    rows = [
        ["序号", "案件编号", "案由", "执法类型", "立案日期", "决定日期", "罚款金额（元）"],
        [1, "京青檀柳荫罚字〔2024〕第1号", "店外经营", "行政处罚", "2023-12-27", "2024-01-08", 200],
        [2, "京青檀柳荫检字〔2024〕第1号", "门前三包检查", "行政检查", "2024-03-05", "2024-03-05", ""],
        [3, "京青檀柳荫罚字〔2024〕第2号", "违法建设", "行政处罚", "2024-06-03", "2024-06-28", 1000],
        [4, "京青檀柳荫罚字〔2024〕第3号", "店外经营", "行政处罚", "2024-12-23", "", ""],
    ]
    builders.html_xls(tmp_path / "青檀区柳荫街道办事处行政执法案件导出（2024年）.xls", rows)
    result = clean(tmp_path)
    assert codes(result, "row.required_missing") == []
    # Said, once for the sheet: a decision whose date was forgotten must not leave the count unseen.
    (note,) = builders.codes(result, "date.left_open")
    assert (note["level"], note["cell"], note["detail"]) == ("提示", "F5", "立案日期")
    assert "按尚未办结处理" in note["message"] and "请填上“决定日期”" in note["message"]
    figures = builders.figures(result)
    assert (figures["enforcement.cases"], figures["enforcement.penalty"], figures["enforcement.inspection"]) == (
        3,
        2,
        1,
    )


def test_a_decision_left_undated_without_a_filing_is_still_an_error(tmp_path):
    # The rule kept: a register without 立案日期 whose 决定日期 is blank has lost a date, not a decision to come.
    rows = [
        ["序号", "案件编号", "执法类型", "决定日期"],
        [1, "京青檀柳荫罚字〔2024〕第1号", "行政处罚", "2024-01-08"],
        [2, "京青檀柳荫罚字〔2024〕第2号", "行政处罚", ""],
    ]
    builders.html_xls(tmp_path / "行政执法案件台账.xls", rows)
    result = clean(tmp_path)
    assert len(codes(result, "row.required_missing")) == 1
    assert builders.figures(result)["enforcement.cases"] is None


def test_hotline_tickets_grouped_by_their_kind_are_no_counsel_register(tmp_path):
    # group_lines (a variant of 柳荫街道): the 工单明细 sorted by 诉求类型 under a line 【咨询】 / 【投诉】 per group. The lines
    # read as the sort of each ticket, the 工单 had fitted a counsel register (咨询 a 法律咨询): 640 tickets of unknown
    # service withheld every counsel figure. A 12345 工单 is no legal service of the government's counsel.
    tickets = [
        ["青檀区柳荫街道接诉即办工单台账（2024年1月—12月）", *[None] * 10],
        [
            "序号",
            "工单编号",
            "派单时间",
            "诉求类型",
            "问题分类",
            "所属社区",
            "诉求人",
            "联系电话",
            "诉求内容",
            "承办科室",
            "是否解决",
        ],
        ["【举报】", *[None] * 10],
        [
            4,
            "2401100004",
            "2024-01-10 07:13",
            "举报",
            "噪音扰民",
            "银河湾社区",
            "蔡先生",
            "139****6646",
            "夜间施工噪音",
            "平安建设办公室",
            "已解决",
        ],
        ["【咨询】", *[None] * 10],
        [
            1,
            "2401050001",
            "2024-01-05 09:12",
            "咨询",
            "政策咨询",
            "芳园社区",
            "王女士",
            "139****1234",
            "老年卡办理",
            "民生保障办公室",
            "已解决",
        ],
        ["【投诉】", *[None] * 10],
        [
            2,
            "2401080002",
            "2024-01-08 14:40",
            "投诉",
            "物业管理",
            "芳园社区",
            "李先生",
            "158****0001",
            "电梯故障",
            "物业管理办公室",
            "未解决",
        ],
        [
            3,
            "2401090003",
            "2024-01-09 10:02",
            "投诉",
            "噪音扰民",
            "槐树街社区",
            "赵女士",
            "177****0002",
            "夜间施工",
            "平安建设办公室",
            "已解决",
        ],
    ]
    counsel = [
        ["序号", "服务日期", "服务事项", "数量（件）", "承办律师"],
        [1, "2024年3月5日", "法律咨询", 2, "刘律师"],
    ]
    builders.xlsx(tmp_path / "柳荫街道2024年接诉即办工单台账.xlsx", {"工单明细": tickets})
    builders.xlsx(tmp_path / "柳荫街道法律顾问服务台账2024.xlsx", {"服务台账": counsel})
    result = clean(tmp_path)
    assert set(result.tables["counsel"]["_file"]) == {"柳荫街道法律顾问服务台账2024.xlsx"}
    assert builders.figures(result)["counsel.consultations"] == 2
