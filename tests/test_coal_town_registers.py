"""A 山西 former coal town's ledgers (窑岭镇, the 79th development town, built blind): the 便民服务中心's register of the
农村宅基地 and 乡村建设规划 许可 it granted, dated by the day the application was received (受理日期) and the day it was
approved (批准日期), and a “三零”单位创建 dispute register graded by the five risk colours 红 / 橙 / 黄 / 蓝 / 绿. Fixtures
are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean

PERMITS = [
    ["窑岭镇人民政府2024年行政许可办理登记（农村宅基地、乡村建设规划许可）", None, None, None, None, None, None, None],
    ["序号", "许可文号", "事项名称", "申请人", "所在村", "受理日期", "批准日期", "审批结果"],
    [1, "窑岭宅审〔2024〕001号", "农村宅基地审批（原址翻建）", "王某", "后沟村", "2023年12月20日", "2024年1月8日", "准予许可"],
    [2, "窑岭宅审〔2024〕002号", "农村宅基地审批（移民新村安置）", "李某", "移民新村社区", "2024年2月26日", "2024年3月12日",
     "准予许可"],
    [3, "乡字第99072024003号", "乡村建设规划许可证核发", "赵某", "南庄村", "2024年5月6日", "2024年5月21日", "准予许可"],
    [4, "窑岭宅审〔2024〕004号", "农村宅基地审批（原址翻建）", "钱某", "西坡村", "2024年12月16日", "2025年1月6日", "准予许可"],
]  # fmt: skip


def test_a_permit_is_dated_by_its_approval_not_by_the_application_received(tmp_path):
    # permit_received_and_approved (窑岭镇): a 许可 register dates each permit twice — 受理日期, the application received,
    # and 批准日期, the permit granted. The decision is the approval: 批准日期 was no title of the decision date, so the
    # 受理日期 was taken for it by its cells, and a permit applied for in December 2023 and granted in January was
    # dropped from the year (31 permits read as 28), one granted next January counted.
    builders.xlsx(tmp_path / "窑岭镇综合行政执法队2024年执法案件台账.xlsx", {"审批": PERMITS})
    result = clean(tmp_path)
    table = result.tables["enforcement"].sort_values("_row")
    assert [d.strftime("%Y-%m-%d") for d in table["decided_on"]] == ["2024-01-08", "2024-03-12", "2024-05-21"]
    figures = builders.figures(result)
    assert (figures["enforcement.cases"], figures["enforcement.licensing"]) == (3, 3)


THREE_ZERO_DISPUTES = [
    ["窑岭镇2024年度矛盾纠纷排查化解工作台账", None, None, None, None, None],
    ["序号", "排查时间", "所在村（社区）", "纠纷类型", "风险等级", "化解情况"],
    [1, "2024年1月9日", "后沟村", "邻里纠纷", "绿", "已化解"],
    [2, "2024年2月20日", "石窑村", "赡养纠纷", "黄", "已调处化解"],
    [3, "2024年3月11日", "南庄村", "地界纠纷", "绿", "稳控中"],
    [4, "2024年3月25日", "西坡村", "婚姻家庭纠纷", "蓝", "已化解"],
    [5, "2024年4月2日", "窑岭村", "劳务费纠纷", "橙", "已化解"],
]


def test_the_fifth_risk_colour_green_is_a_risk_level(tmp_path):
    # five_risk_colours (窑岭镇): a 山西 “三零”单位创建 register grades each dispute by the five colours its 网格 use, 红 / 橙 /
    # 黄 / 蓝 / 绿 (sxpeace.gov.cn, 山西日报 2021-01-21): 绿, the lowest, had been an unknown value (错误) on half the rows.
    builders.xlsx(tmp_path / "窑岭镇2024年矛盾纠纷排查化解台账.xlsx", {"排查化解台账": THREE_ZERO_DISPUTES})
    result = clean(tmp_path)
    assert [i for i in result.issues.itertuples() if i.field == "risk_level"] == []
    assert result.tables["disputes"].sort_values("_row")["risk_level"].tolist() == ["绿", "黄", "绿", "蓝", "橙"]


def test_support_of_parents_is_a_family_dispute_and_a_bare_boundary_is_asked(tmp_path):
    # support_and_boundary (窑岭镇): 赡养纠纷 (a child's duty to support a parent, 民法典 婚姻家庭编 第1067条) is a dispute of
    # marriage and family wherever it is written; it had been an unknown value (错误). 地界纠纷 is a boundary's — of a
    # field (山林土地: 王显乡's spring 地界纠纷 of the orchards) or of a house plot (房屋宅基地): asked, naming both.
    builders.xlsx(tmp_path / "窑岭镇2024年矛盾纠纷排查化解台账.xlsx", {"排查化解台账": THREE_ZERO_DISPUTES})
    result = clean(tmp_path)
    kinds = result.tables["disputes"].sort_values("_row")["dispute_type"].tolist()
    assert kinds[1] == "婚姻家庭"
    assert [i.value for i in result.issues.itertuples() if i.code == "vocab.unknown"] == []
    assert [i.value for i in result.issues.itertuples() if i.code == "vocab.ambiguous"] == ["地界纠纷"]
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (5, 4)
