"""A coastal 海南 镇's ledgers (椰湾镇, the 75th development town, built blind): a 农垦 farm beside the villages (场社
土地纠纷), a 渔港 (海域 and 滩涂 养殖, fishing referred by the 海警 and the 渔政), a 镇综合行政执法队 whose decisions the
town's counsel reviews, and the news outlets of 海南. Fixtures are small, fictitious, and named after the quirk they
show."""

from __future__ import annotations

import builders
from builders import clean, codes


def test_a_counsel_reviewing_the_towns_enforcement_decisions_reviews_documents(tmp_path):
    # counsel_reviews_enforcement_decisions (椰湾镇): 12348海南法网's 服务类型 审核行政执法决定书 — the town's counsel reading
    # the 综合行政执法队's decisions before they issue — had been an unknown value withholding all four counsel figures.
    rows = [["序号", "服务时间", "服务对象", "服务类型", "服务数量", "服务方式"]]
    rows += [
        [1, "2024-01-10 09:12", "镇人民政府", "审核行政执法决定书", 2, "现场"],
        [2, "2024-02-14 15:40", "港北村委会", "法律咨询", 3, "电话"],
        [3, "2024-03-18 10:05", "镇人民政府", "审查执法决定书", 1, "现场"],
        [4, "2024-04-22 11:30", "什荣村委会", "参与矛盾纠纷调解", 1, "现场"],
    ]
    builders.html_xls(tmp_path / "一村（居）一法律顾问服务记录导出.xls", rows)
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    figures = builders.figures(result)
    assert (figures["counsel.document_reviews"], figures["counsel.consultations"]) == (3, 3)
    assert (figures["counsel.opinions"], figures["counsel.legal_aid"]) == (0, 0)


def test_fishing_handed_to_the_fisheries_office_is_a_case_of_no_figure(tmp_path):
    # fishing_case_referred (椰湾镇): a coastal 派出所 lists 非法捕捞（移交渔政） beside its public-order cases — a breach of
    # the 渔业法 it hands to the 渔政, as a border station lists 非法入境: counted by no figure. Unknown, it had left all
    # four security figures withheld.
    rows = [["序号", "日期", "类型", "发生地点", "处理结果", "拘留人数"]]
    rows += [
        [1, "2024/3/5", "家暴告诫", "椰湾村委会", "出具家庭暴力告诫书", ""],
        [2, "2024/4/9", "卖淫嫖娼", "新港社区", "行政拘留10日", "2人"],
        [3, "2024/5/6", "非法捕捞（移交渔政）", "港北村委会", "移交渔政部门", ""],
        [4, "2024/6/7", "电鱼", "番坡村委会", "移交渔政部门", ""],
        [5, "2024/7/8", "家庭暴力（拘留）", "抱椰村委会", "行政拘留5日", "1人"],
    ]
    builders.csv_file(tmp_path / "派出所治安案件及家暴告诫登记表.csv", rows, encoding="gbk")
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    types = result.tables["security"].sort_values("_row")["case_type"].tolist()
    assert types == ["家暴告诫书", "涉黄治安案件", "其他治安案件", "其他治安案件", "家暴治安案件"]
    figures = builders.figures(result)
    assert (figures["security.dv_warnings"], figures["security.dv_detentions"]) == (1, 1)
    assert (figures["security.vice_cases"], figures["security.vice_detentions"]) == (1, 2)


def test_a_tidal_flat_farmed_is_land_held_and_contracted(tmp_path):
    # tidal_flat_disputes (椰湾镇): 滩涂 farmed (养殖) is held by a use right or 承包 as land is (渔业法 第十一条), as a sea
    # area is: 海域滩涂养殖纠纷 and 滩涂纠纷 are 山林土地, beside 海域养殖纠纷 (they had been unknown values, 错误).
    rows = [["序号", "登记日期", "所属村（居）", "纠纷类型", "当事人", "化解情况"]]
    rows += [
        [1, "2024-03-05", "新港社区", "海域滩涂养殖纠纷", "符某、吉某", "已化解"],
        [2, "2024-04-09", "港北村委会", "滩涂纠纷", "王某、陈某", "化解成功"],
        [3, "2024-05-06", "椰湾村委会", "滩涂承包纠纷", "李某、林某", "稳控中"],
        [4, "2024-06-07", "南椰农场社区", "场社土地纠纷（农场与村）", "海南农垦某农场有限公司、某村民小组", "已移交市政府确权"],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", {"第一季度": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    table = result.tables["disputes"].sort_values("_row")
    assert table["dispute_type"].tolist() == ["山林土地"] * 4
    # village_of_village_or_residents (椰湾镇): 所属村（居） — the 村（居） of 一村（居）一法律顾问 — titles the village, not the
    # 村民小组 under it (taken by its content, it had been read as the 村民小组).
    assert table["village"].tolist() == ["新港社区", "港北村委会", "椰湾村委会", "南椰农场社区"]
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (4, 2)


def test_hainans_news_outlets_are_media_and_a_reply_goes_to_the_applicant(tmp_path):
    # hainan_media_outlets (椰湾镇): 南海网 and 海南日报 (and its app 新海南) are news outlets, 媒体报道; 依申请答复 in a
    # 发布平台 column is the reply to an applicant. They had been unknown channels (错误).
    rows = [["序号", "发布日期", "信息标题", "发布平台", "信息类别"]]
    rows += [
        [1, "2024年3月5日", "渔港调解室化解渔业纠纷", "南海网", "新闻宣传"],
        [2, "2024年4月9日", "抗击台风", "海南日报", "新闻宣传"],
        [3, "2024年5月6日", "法律明白人进黎村", "新海南客户端", "新闻宣传"],
        [4, "2024年6月7日", "关于某宗地权属资料的申请答复", "依申请答复", "依申请公开"],
        [5, "2024年7月8日", "台风灾后救助对象公示", "琼椰市人民政府门户网站（椰湾镇专栏）", "主动公开"],
    ]
    builders.csv_file(tmp_path / "政务公开信息登记台账.csv", rows, encoding="utf-8-sig")
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    channels = result.tables["disclosure"].sort_values("_row")["channel"].tolist()
    assert channels[:4] == ["媒体报道", "媒体报道", "媒体报道", "答复申请人"]
    figures = builders.figures(result)
    assert (figures["disclosure.media"], figures["disclosure.on_request"], figures["disclosure.proactive"]) == (3, 1, 1)
