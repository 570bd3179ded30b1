"""An urban sub-district's (街道办事处) ledgers: the layouts 澄湖街道, the fifty-eighth development town, brought in,
each a small table of its own (tests/devtowns/chenghu.py is the whole town)."""

from __future__ import annotations

import builders
from builders import clean, codes

GRID_HEAD = ["序号", "事件编号", "事件大类", "事件小类", "所属社区", "上报时间", "事件状态", "化解情况"]


def test_grid_export_every_event_type_counts_only_its_disputes(tmp_path):
    # A grid platform's export lists every event a 网格员 reported: the 安全隐患 and 环境卫生 events are no disputes
    # screened (they had made 5 disputes of 3), and their blank 化解情况 no error.
    rows = [
        GRID_HEAD,
        [1, "SJ202403050001", "矛盾纠纷", "邻里纠纷", "湖滨社区", "2024-03-05 09:12:33", "已办结", "已化解"],
        [2, "SJ202403060002", "安全隐患", "消防通道堵塞", "湖滨社区", "2024-03-06 10:01:00", "已办结", ""],
        [3, "SJ202404010003", "矛盾纠纷", "物业纠纷", "望江社区", "2024-04-01 15:40:10", "处置中", "化解中"],
        [4, "SJ202405020004", "环境卫生", "垃圾桶满溢", "新桥社区", "2024-05-02 08:30:00", "已办结", ""],
        [5, "SJ202406030005", "矛盾纠纷", "劳动争议", "新桥社区", "2024-06-03 11:00:00", "已办结", "已移交"],
    ]
    builders.html_xls(tmp_path / "基层治理平台事件导出.xls", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (3, 1)
    assert {r["value"] for r in codes(result, "row.other_matter")} == {"其他事件"}
    assert codes(result, "cell.required_blank") == []


def test_grid_export_event_of_an_unreadable_class_leaves_the_disputes_unknown(tmp_path):
    # An event whose class no word of the vocabulary reads may be a dispute or not: the count is unknown, never 2 or 1.
    rows = [
        GRID_HEAD,
        [1, "SJ202403050001", "矛盾纠纷", "邻里纠纷", "湖滨社区", "2024-03-05 09:12:33", "已办结", "已化解"],
        [2, "SJ202403060002", "待分拨", "其他", "湖滨社区", "2024-03-06 10:01:00", "已办结", "已化解"],
    ]
    builders.xlsx(tmp_path / "网格事件导出.xlsx", {"事件列表": rows})
    result = clean(tmp_path)
    screened = builders.evidence(result)["disputes.screened"]
    assert (screened.value, screened.excluded) == (None, 1)
    (unknown,) = codes(result, "vocab.unknown")
    assert unknown["cell"] == "C3"


def test_filed_but_withdrawn_or_open_cases_with_the_reason_in_brackets_are_no_decisions(tmp_path):
    # A squad's register of cases filed: a filing withdrawn (备注 撤销立案（违法事实不能成立）) or still in hand (在办)
    # has no decision number and no decision date, and is no decision of any year — not an error withholding the count.
    rows = [
        ["序号", "立案编号", "违法行为", "立案日期", "决定书文号", "决定日期", "备注"],
        [1, "某执立〔2024〕001号", "占用城市道路设摊经营", "2024-03-01", "某执罚决字〔2024〕第1号", "2024-03-20", None],
        [2, "某执立〔2024〕002号", "乱张贴小广告", "2024-04-01", None, None, "撤销立案（违法事实不能成立）"],
        [3, "某执立〔2024〕003号", "店外经营", "2024-12-10", None, None, "在办"],
        [4, "某执立〔2024〕004号", "擅自设置户外广告设施", "2024-05-08", "某执罚决字〔2024〕第2号", "2024-05-30", None],
    ]
    builders.xlsx(tmp_path / "综合行政执法队行政处罚案件登记台账.xlsx", {"一般程序": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"]) == (2, 2)
    assert codes(result, "row.required_missing") == []


def test_a_district_s_petition_bureau_assigns_as_a_county_s(tmp_path):
    # A 街道's register names the 信访局 that assigned each item: a city's 区 is the county's level (区信访局交办, 区级交办
    # had been unknown values, every assigned figure withheld).
    rows = [
        ["序号", "信访件编号", "交办单位", "反映问题", "登记日期", "办理情况"],
        [1, "XF20240001", "区信访局交办", "物业服务质量差", "2024年3月5日", "已化解"],
        [2, "XF20240002", "市信访局交办", "餐饮油烟扰民", "2024年4月8日", "化解中"],
        [3, "XF20240003", "街道受理", "违建未拆除", "2024年5月9日", "已化解"],
        [4, "XF20240004", "区级交办", "工程款拖欠", "2024年6月10日", "已化解"],
    ]
    builders.docx_table(tmp_path / "信访事项登记台账.docx", "2024年信访事项登记台账", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (3, 2, 1)


def test_statistics_row_named_by_the_act_of_issuing_a_warning(tmp_path):
    # A police station's quarterly form names its rows by the act (出具家庭暴力告诫书): the warnings issued.
    rows = [
        ["某街道平安建设工作情况统计表（2024年）"],
        ["项目", "单位", "一季度", "二季度", "三季度", "四季度", "全年合计"],
        ["出具家庭暴力告诫书", "份", 1, 0, 2, 1, 4],
        ["涉黄治安案件", "起", 0, 1, 0, 1, 2],
    ]
    builders.xlsx(tmp_path / "平安建设工作情况统计表.xlsx", {"统计表": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["security.dv_warnings"], got["security.vice_cases"]) == (4, 2)


def test_counsel_register_counts_copies_and_knows_the_review_of_enforcement_decisions(tmp_path):
    # A 街道's counsel register counts contracts by the copy (份数 2份) and lists the 法制审核 of enforcement decisions,
    # a service of its own: neither a document review nor an unknown value withholding the four figures.
    rows = [
        ["序号", "送审日期", "事项名称", "服务类别", "份数", "承办律师"],
        [1, "2024/3/5", "物业服务采购合同", "合同审查", "2份", "甲"],
        [2, "2024/4/9", "社区用房租赁合同", "合同审查", None, "甲"],
        [3, "2024/5/6", "重大执法决定法制审核", "行政执法案件法制审核", None, "乙"],
        [4, "2024/6/3", "拆除违法建筑风险评估", "出具法律意见书", "1份", "乙"],
    ]
    builders.xlsx(tmp_path / "法律顾问合法性审查及法律服务登记表.xlsx", {"登记表": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["counsel.document_reviews"], got["counsel.opinions"], got["counsel.legal_aid"]) == (3, 1, 0)


def test_an_order_to_demolish_within_a_time_limit_is_a_penalty(tmp_path):
    # A 城管 squad's 处罚种类 责令限期拆除 (城乡规划法 第六十四条), beside 罚款 and 警告: a penalty decided by a 处罚决定书,
    # never an unknown category that withholds every enforcement figure.
    rows = [
        ["序号", "决定书文号", "违法行为", "执法类别", "决定日期"],
        [1, "某执罚决字〔2024〕第1号", "擅自在建筑物上搭建违法建筑", "责令限期拆除", "2024-03-20"],
        [2, "某执罚决字〔2024〕第2号", "占用城市道路设摊经营", "罚款", "2024-04-02"],
        [3, "某执强〔2024〕第1号", "暂扣经营工具", "强制拆除", "2024-05-06"],
    ]
    builders.xlsx(tmp_path / "综合行政执法队案件台账.xlsx", {"台账": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["enforcement.cases"], got["enforcement.penalty"], got["enforcement.coercion"]) == (3, 2, 1)
