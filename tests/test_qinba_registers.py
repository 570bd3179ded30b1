"""A 陕南 秦巴山区 镇's ledgers (枫垭镇, the 84th development town, built blind): the 护渔员's 禁捕 patrol log beside the
综合行政执法办公室's case register, the 综治中心's register of 山林 quarrels and disputes handed to the 镇's other offices,
the 一村（社区）一法律顾问 book of a 三官一律 town, and the 法治带头人 trained beside the 法律明白人.
Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes

CASES = [
    ["枫垭镇人民政府2024年行政执法案件登记台账", None, None, None, None, None],
    ["序号", "案件编号", "案由", "执法类别", "所在村（社区）", "决定日期"],
    *[[n, f"枫垭综执罚〔2024〕{n}号", "擅自改变林地用途", "行政处罚（赋权事项）", "茶坪村", f"2024.4.{n}"] for n in range(1, 4)],
    *[[n, f"枫垭综执检〔2024〕{n - 3}号", "禁捕水域巡查", "行政检查（禁捕巡查）", "岚河口村", f"2024.6.{n}"]
      for n in range(4, 8)],
]  # fmt: skip


def test_a_fishing_ban_patrol_log_numbered_by_serial_is_no_enforcement_register(tmp_path):
    # serial_numbered_patrol_log (枫垭镇): the 护渔员's 禁捕水域 巡查记录 (序号, 巡查日期, 巡查河段, 巡查人员, 发现问题, 清理网具（张）,
    # 劝离垂钓（人次）, 是否移交执法办) shares with a case register a date close to 决定日期, a 备注 and a 序号 — the row number every
    # register keeps, taken for the case number only for want of one — and its title names the work it logs (巡查, an
    # inspection's word). Taken for a register lacking 执法类别, it had left every enforcement figure unknown beside the
    # 执法办's own register.
    log = [
        ["枫垭镇2024年禁捕水域巡查记录（护渔员）", *[None] * 8],
        ["序号", "巡查日期", "巡查河段", "巡查人员", "发现问题", "清理网具（张）", "劝离垂钓（人次）", "是否移交执法办", "备注"],
        [1, "2024/1/3", "岚河龙潭湾段", "王伟、李强", "无", 0, 0, "否", ""],
        [2, "2024/2/7", "岚河枫垭段", "赵敏、陈刚", "岸边垂钓", 0, 3, "否", ""],
        [3, "2024/3/4", "汉江入河口", "王伟、李强", "地笼网具", 4, 0, "否", ""],
        [4, "2024/5/9", "岚河枫垭段", "赵敏、陈刚", "电鱼痕迹", 0, 0, "是", ""],
    ]  # fmt: skip
    builders.csv_file(tmp_path / "枫垭镇2024年长江禁捕退捕巡查日志.csv", log, encoding="gbk")
    builders.xlsx(tmp_path / "枫垭镇综合行政执法办公室2024年行政执法案件台账.xlsx", {"执法台账": CASES})
    result = clean(tmp_path)
    assert codes(result, "column.missing") == []
    assert set(result.tables["enforcement"]["_file"]) == {"枫垭镇综合行政执法办公室2024年行政执法案件台账.xlsx"}
    f = builders.figures(result)
    assert (f["enforcement.cases"], f["enforcement.penalty"], f["enforcement.inspection"]) == (7, 3, 4)


def test_an_inspection_register_numbered_by_serial_is_still_asked_for_its_category(tmp_path):
    # The class's other side: a register titled for the kind's work (执法) numbering its rows by 序号 and lacking 执法类别
    # stays a broken register of the kind, its missing column asked, never set aside as no ledger.
    rows = [
        ["枫垭镇综合行政执法办公室2024年执法登记", None, None, None],
        ["序号", "决定日期", "当事人", "备注"],
        [1, "2024-04-03", "王某", ""],
        [2, "2024-05-04", "李某", ""],
    ]
    builders.csv_file(tmp_path / "枫垭镇执法登记.csv", rows, encoding="gbk")
    result = clean(tmp_path)
    assert [i["field"] for i in codes(result, "column.missing")] == ["category"]


def test_a_dispute_handed_to_a_town_office_is_sent_on_not_resolved(tmp_path):
    # handed_to_town_office (枫垭镇): the 综治中心 writes 移交镇综合执法办 of a dispute it hands to the 镇's 执法 office (采砂,
    # 林地 taken over), as 移交县综治中心 of one it sends up: sent on, not resolved by it. Unknown, it had withheld the
    # resolved count and the rate. 山林权属纠纷 and 林地界址纠纷 (the woods' ownership and boundary) are 山林土地.
    rows = [
        ["序号", "排查日期", "所在村（社区）", "组（院落）", "纠纷类型", "化解状态"],
        [1, "2024年1月5日", "茶坪村", "3组", "山林权属纠纷", "已化解"],
        [2, "2024年1月9日", "硒谷村", "王家院落", "林地界址纠纷", "移交镇综合执法办"],
        [3, "2024年3月2日", "龙潭湾村", "5组", "邻里纠纷", "移交县综治中心"],
        [4, "2024年3月8日", "枫垭新村社区", "2号楼", "邻里纠纷", "已化解"],
    ]
    builders.xlsx(tmp_path / "枫垭镇2024年矛盾纠纷排查化解工作台账.xlsx", {"排查化解台账": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    disputes = result.tables["disputes"].sort_values("_row")
    assert disputes["dispute_type"].tolist()[:2] == ["山林土地", "山林土地"]
    f = builders.figures(result)
    assert (f["disputes.screened"], f["disputes.resolved"]) == (4, 2)


def test_a_counsel_on_duty_under_three_officials_and_a_lawyer_serves_no_figure(tmp_path):
    # three_officials_one_lawyer_duty (枫垭镇): under 三官一律 进社区 (a judge, a procurator, a police officer and a lawyer
    # sitting in a 社区 on set days) the 村（社区）法律顾问 logs his 坐班 — a day present, as a 值班 sign-in is, no service of
    # a type. Unknown, it had withheld all four counsel figures.
    rows = [
        ["枫垭镇2024年村（社区）法律顾问服务台账", *[None] * 4],
        ["服务日期", "服务对象", "服务内容", "服务次数", "法律顾问"],
        ["2024/3/5", "茶坪村", "法律咨询", "3人次", "王律师"],
        ["2024/3/12", "枫垭新村社区", "“三官一律”进社区坐班", "", "王律师"],
        ["2024/4/2", "硒谷村", "进社区坐班", "1次", "王律师"],
        ["2024/5/20", "魔芋坪村", "审查茶园流转合同", "2份", "王律师"],
    ]
    builders.csv_file(tmp_path / "枫垭镇2024年法律顾问服务台账.csv", rows, encoding="utf-8-sig")
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    f = builders.figures(result)
    assert (f["counsel.consultations"], f["counsel.document_reviews"], f["counsel.opinions"]) == (3, 2, 0)


def test_rule_of_law_leaders_are_trained_apart_from_the_legal_literacy_people(tmp_path):
    # rule_of_law_leaders (枫垭镇): the 法治带头人 (乡村人才振兴: village cadres and mediators, 村“两委” first) are an
    # audience of their own beside the 法律明白人; a session of both together is a 法律明白人 session. Unknown, a session
    # for the 法治带头人 alone had withheld the 法律明白人 count.
    rows = [
        ["序号", "日期", "培训名称", "培训对象", "形式", "参训人数"],
        [1, "2024-03-05", "法律明白人培训（民法典）", "法律明白人", "线下", 46],
        [2, "2024-05-10", "村（社区）法治带头人培训", "法治带头人", "线下", 16],
        [3, "2024-09-12", "法律明白人、法治带头人线上培训", "法律明白人、法治带头人", "线上", 58],
    ]
    builders.xlsx(tmp_path / "枫垭镇2024年学法用法及普法培训登记.xlsx", {"学法用法": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2
