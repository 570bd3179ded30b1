"""A 牧业乡 of the 青藏高原 (杰曲乡, the 70th development town, built blind in a 青海 藏族自治州): its 藏汉双语 headers, its
草山 and 虫草 disputes, its 牧委会 for a village, the 州 among the offices that assign petitions, and the 寺院's clergy
among the audiences of a training. Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes

PETITION_HEADER = ["信访编号", "交办单位", "信访人", "反映问题", "交办日期", "办理状态"]


def test_an_autonomous_prefectures_offices_written_in_full_assign_as_the_citys(tmp_path):
    # prefecture_office (杰曲乡): 州信访联席办 had been an unknown value, leaving every assigned figure of the register
    # unknown. A 州 is of the city's level, whichever way its office is written.
    sources = [
        ("中央信访联席办", "已化解"),
        ("省信访联席办", "正在化解"),
        ("州信访联席办", "已化解"),
        ("州委信访局", "正在化解"),
        ("州信访局交办", "已化解"),
        ("县信访联席办", "已化解"),
        ("乡综治中心接访", "已化解"),
    ]
    rows = [PETITION_HEADER]
    rows += [[f"ZY-{n:02d}", s, "才某某", "草山界线", f"2024-0{n}-05", st] for n, (s, st) in enumerate(sources, 1)]
    builders.xlsx(tmp_path / "信访事项登记台账.xlsx", {"信访": rows})
    result = clean(tmp_path)
    got = result.tables["petitions"].sort_values("_row")["source"].tolist()
    assert got == ["中联办", "省联办", "市联办", "市联办", "市联办", "县联办", "本级受理"]
    assert codes(result, "vocab.unknown") == []
    figures = builders.figures(result)
    assert (figures["petitions.assigned"], figures["petitions.resolved"], figures["petitions.in_progress"]) == (6, 4, 2)


def test_the_plateaus_pasture_and_cordyceps_disputes_are_of_the_statistics_list(tmp_path):
    # pastoral_dispute_types (杰曲乡): 草山 and its 界线, 虫草 dug across the line (越界采挖: the land's boundary and right)
    # are 山林土地; a herd grazing across the line is the harm done (损害赔偿, as 牲畜越界); a sale of livestock and a
    # debt are contracts. They had been unknown values (错误) of the dispute and the mediation registers.
    rows = [["序号", "编号", "排查时间", "牧委会", "纠纷类型", "化解情况", "包案领导"]]
    kinds = ["草山纠纷", "草场界线纠纷", "越界采挖虫草", "虫草采挖纠纷", "越界放牧纠纷", "牲畜买卖纠纷", "债务纠纷"]
    rows += [
        [n, f"JQ-{n:03d}", f"2024-05-1{n}", "多卡村牧委会", kind, "已化解", "扎西"] for n, kind in enumerate(kinds, 1)
    ]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", {"台账": rows})
    result = clean(tmp_path)
    table = result.tables["disputes"].sort_values("_row")
    assert table["dispute_type"].tolist() == ["山林土地"] * 4 + ["损害赔偿", "合同", "合同"]
    assert codes(result, "vocab.unknown") == [] and codes(result, "vocab.assumed") == []
    # herders_committee_for_village: 牧委会 is the register's 村（社区）; 包案领导 its 责任人 — no unknown column.
    assert set(table["village"]) == {"多卡村牧委会"}
    assert codes(result, "column.unknown") == []
    assert builders.figures(result)["disputes.screened"] == 7


def test_a_monastery_training_is_no_legal_literacy_session(tmp_path):
    # monastery_training_not_literacy (杰曲乡): 宗教教职人员 had been an unknown audience, and an unknown audience might
    # have been the 法律明白人's: the count of their sessions was withheld. The clergy are an audience of their own.
    rows = [["序号", "日期", "活动名称", "培训对象", "形式", "参加人数"]]
    rows += [
        [1, "2024-03-12", "“法律明白人”藏汉双语培训班", "法律明白人", "线下", 18],
        [2, "2024-06-20", "寺院僧尼法治教育培训", "宗教教职人员", "线下", 35],
        [3, "2024-08-02", "宗教活动场所管理人员法治培训", "寺管会成员", "线下", 9],
        [4, "2024-09-15", "法律明白人骨干培训", "法律明白人", "线下", 15],
    ]
    builders.xlsx(tmp_path / "学法用法及普法培训台账.xlsx", {"学法": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    audiences = result.tables["training"].sort_values("_row")["audience"].tolist()
    assert audiences == ["法律明白人", "宗教教职人员", "宗教教职人员", "法律明白人"]
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2


def test_a_bilingual_header_is_read_by_its_chinese_line(tmp_path):
    # bilingual_header_cells / tibetan_header_row_over_chinese (杰曲乡): a 藏汉双语 form prints the Tibetan title over the
    # Chinese one in each cell (ཨང་རིམ། ⏎ 序号), or a whole Tibetan header row over the Chinese row. The cells had been
    # taken as titles of no field (column.unknown) or matched only by their content.
    cells = [
        ["ཨང་རིམ།\n序号", "ཨང་གྲངས།\n文书编号", "རིགས།\n执法类别", "གྲོང་ཚོ།\n牧委会", "ཟླ་ཚེས།\n办结日期"],
        [1, "宗杰综执罚〔2024〕1号", "行政处罚类", "日阿村牧委会", "2024-05-20"],
        [2, "宗杰综执检〔2024〕1号", "行政检查类", "拉青村牧委会", "2024-06-03"],
        [3, "宗杰综执检〔2024〕2号", "行政检查类", "尕松村牧委会", "2024-07-11"],
    ]
    builders.xlsx(tmp_path / "综合行政执法案件台账.xlsx", {"执法台账": cells})
    rows = [
        ["ཨང་རིམ།", "མིང་།", "ཟླ་ཚེས།", "བརྒྱུད་ལམ།", "རིགས།"],
        ["序号", "信息名称", "公开时间", "公开载体", "公开类型"],
        [1, "草原生态保护补助奖励资金发放公示", "2024-04-02", "县人民政府门户网站", "主动公开"],
        [2, "双语普法进帐篷", "2024-06-18", "微信公众号", "宣传报道"],
        [3, "虫草采挖期管理通告", "2024-05-06", "乡政务公开栏", "主动公开"],
    ]
    builders.xlsx(tmp_path / "政务公开工作台账.xlsx", {"政务公开": rows})
    result = clean(tmp_path)
    assert codes(result, "column.unknown") == [] and codes(result, "column.by_content") == []
    table = result.tables["enforcement"].sort_values("_row")
    assert table["category"].tolist() == ["行政处罚", "行政检查", "行政检查"]
    assert set(table["village"]) == {"日阿村牧委会", "拉青村牧委会", "尕松村牧委会"}
    figures = builders.figures(result)
    assert (figures["enforcement.cases"], figures["enforcement.inspection"], figures["enforcement.penalty"]) == (
        3,
        2,
        1,
    )
    assert (figures["disclosure.proactive"], figures["disclosure.media"]) == (2, 1)
