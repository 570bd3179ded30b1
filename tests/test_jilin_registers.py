"""A 吉林 粮食 镇's ledgers (榆屯镇, the 83rd development town, built blind): the 秸秆禁烧 包保 cadres' patrol log beside
the 乡镇综合行政执法队's case register, the 法律顾问 book of a 百姓说事点 town, and the 派出所's list with a 焚烧秸秆 失火.
Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import pytest

import builders
from builders import clean, codes

CASES = [
    ["榆屯镇综合行政执法队2024年度行政执法案件登记台账", None, None, None, None, None, None],
    ["序号", "案件编号", "案由", "执法类别", "所在村", "所在屯", "决定日期"],
    *[[n, f"榆屯综执罚〔2024〕{n}号", "露天焚烧秸秆", "处罚（简易程序）", "榆屯村", "前屯", f"2024.4.{n}"] for n in range(1, 6)],
    *[[n, f"榆屯综执检〔2024〕{n - 5}号", "秸秆禁烧巡查", "行政检查（禁烧巡查）", "太平村", "东屯", f"2024.10.{n}"]
      for n in range(6, 10)],
]  # fmt: skip


@pytest.mark.parametrize(
    "title",
    ["榆屯镇2024年秋季秸秆全域禁烧包保巡查日志（10月1日—11月30日）", "榆屯镇2024年秋季秸秆全域禁烧包保工作日志"],
)
def test_a_burning_ban_patrol_log_is_no_enforcement_register(tmp_path, title):
    # burning_patrol_log (榆屯镇): the 包保 cadres' daily log of the 秸秆全域禁烧 campaign (日期, 包保村, 巡查屯, 包保干部,
    # 发现火点（处）, 火点处置情况, 当日离田面积（亩）) shares with a case register only a bare 日期 and a 备注, and its title
    # names the work it logs (巡查, an inspection's word). Taken for a register lacking 案件编号, it had left every
    # enforcement figure unknown beside the 执法队's own register.
    log = [
        [title, *[None] * 7],
        ["日期", "包保村", "巡查屯", "包保干部", "发现火点（处）", "火点处置情况", "当日离田面积（亩）", "备注"],
        ["2024-10-03", "榆屯村", "前屯", "王伟", 0, "无", 300, ""],
        ["2024-10-04", "太平村", "东屯", "李强", 1, "半小时内扑灭，已移交执法队", 500, "低留茬作业"],
        ["2024-10-05", "三合村", "李家屯", "赵敏", 0, "无", 820, "打包离田"],
    ]  # fmt: skip
    builders.csv_file(tmp_path / "榆屯镇2024年秋季秸秆禁烧巡查日志.csv", log, encoding="gbk")
    builders.xlsx(tmp_path / "榆屯镇综合行政执法队2024年行政执法案件台账.xlsx", {"执法台账": CASES})
    result = clean(tmp_path)
    assert codes(result, "column.missing") == []
    assert set(result.tables["enforcement"]["_file"]) == {"榆屯镇综合行政执法队2024年行政执法案件台账.xlsx"}
    f = builders.figures(result)
    assert (f["enforcement.cases"], f["enforcement.penalty"], f["enforcement.inspection"]) == (9, 5, 4)


def test_an_inspection_register_without_numbers_is_still_asked_for_them(tmp_path):
    # The class's other side: a 行政检查 register titled for the work of the kind (执法) with columns of its own (检查对象)
    # but no numbers stays a broken register of the kind, its missing column asked, never set aside as no ledger.
    rows = [
        ["榆屯镇综合行政执法队2024年行政检查登记表", None, None, None],
        ["日期", "检查对象", "检查内容", "检查结果"],
        ["2024-10-03", "榆屯村前屯秸秆垛", "秸秆禁烧", "未发现问题"],
        ["2024-10-04", "太平村东屯农户", "秸秆禁烧", "责令清理"],
    ]
    builders.csv_file(tmp_path / "榆屯镇行政检查登记表.csv", rows, encoding="gbk")
    result = clean(tmp_path)
    assert [i["field"] for i in codes(result, "column.missing")] == ["case_no"]


def test_a_counsel_at_a_talk_point_mediation_and_on_a_file_evaluation_serves_no_figure(tmp_path):
    # talk_point_and_file_evaluation (榆屯镇): a 村法律顾问 sits in on a 百姓说事点's mediation (吉林's 村屯 mediation points),
    # as a 凉山 counsel sits in on a 德古's, and a 政府法律顾问 grades the 执法队's closed files in the 行政执法案卷评查:
    # services counted by none of the four figures. Unknown, they had withheld all four.
    rows = [
        ["榆屯镇2024年法律顾问服务台账", *[None] * 4],
        ["服务日期", "服务对象", "服务事项", "服务次数", "法律顾问"],
        ["2024/3/5", "榆屯村村民委员会", "法律咨询", "3人次", "王律师"],
        ["2024/3/12", "太平村村民委员会", "参与百姓说事点调解", "", "王律师"],
        ["2024/4/2", "榆屯镇人民政府", "行政执法案卷评查", "1件", "李律师"],
        ["2024/5/20", "三合村村民委员会", "土地流转合同审查", "2件", "王律师"],
        ["2024/6/3", "榆屯镇人民政府", "出具法律意见书", "", "李律师"],
    ]
    builders.csv_file(tmp_path / "榆屯镇2024年法律顾问服务台账.csv", rows, encoding="utf-8-sig")
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    f = builders.figures(result)
    assert (
        f["counsel.consultations"],
        f["counsel.document_reviews"],
        f["counsel.opinions"],
        f["counsel.legal_aid"],
    ) == (
        3,
        2,
        1,
        0,
    )


def test_a_fire_from_burning_straw_is_neither_violence_nor_vice(tmp_path):
    # straw_fire_case (榆屯镇): a 派出所 in the 禁烧 season lists 失火（焚烧秸秆） (a fire set by negligence, detained for
    # under the 消防法) beside its 家暴 warnings and 涉黄 cases: a case of no figure. Unknown, it had left all four
    # security figures unknown.
    rows = [
        ["序号", "日期", "案件类别", "村屯", "处理结果", "拘留人数"],
        [1, "2024/4/2", "家庭暴力告诫书", "榆屯村前屯", "出具家庭暴力告诫书", 0],
        [2, "2024/4/9", "失火（焚烧秸秆）", "太平村东屯", "行政拘留5日", 1],
        [3, "2024/5/6", "卖淫嫖娼", "三合村李家屯", "行政拘留10日", 2],
        [4, "2024/10/21", "失火（焚烧秸秆）", "柳条村北甸子", "罚款500元", 0],
        [5, "2024/11/3", "家庭暴力（拘留）", "双榆村大双榆", "行政拘留5日", 1],
    ]
    builders.csv_file(tmp_path / "榆屯镇派出所2024年平安建设数据.csv", rows, encoding="utf-8-sig")
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    f = builders.figures(result)
    assert (f["security.dv_warnings"], f["security.dv_detentions"], f["security.vice_cases"]) == (1, 1, 1)
    assert f["security.vice_detentions"] == 2


def test_migrant_wages_are_a_labour_dispute_but_heating_is_asked(tmp_path):
    # migrant_wages_and_heating (榆屯镇): 拖欠农民工工资纠纷 is a wage claim (劳动争议) wherever it is written; 冬季供暖纠纷
    # (a household and the 供热 company, or a 小区 and its 物业, over fees or warmth: 合同, 消费 or 物业) stays the office's
    # to say, asked once.
    rows = [
        ["序号", "排查日期", "所在村", "所在屯", "纠纷类型", "化解状态"],
        [1, "2024年1月5日", "榆屯村", "前屯", "拖欠农民工工资纠纷", "已化解"],
        [2, "2024年1月9日", "太平村", "东屯", "冬季供暖纠纷", "化解中"],
        [3, "2024年3月2日", "三合村", "李家屯", "邻里纠纷", "已化解"],
    ]
    builders.xlsx(tmp_path / "榆屯镇2024年矛盾纠纷排查化解工作台账.xlsx", {"排查化解台账": rows})
    result = clean(tmp_path)
    types = result.tables["disputes"].sort_values("_row")["dispute_type"].tolist()
    assert types[0] == "劳动争议" and types[2] == "邻里"
    assert [i["row"] for i in codes(result, "vocab.unknown")] == [3]
    f = builders.figures(result)
    assert (f["disputes.screened"], f["disputes.resolved"]) == (3, 2)


def test_a_province_daily_is_a_media_channel(tmp_path):
    # provincial_daily (榆屯镇): the 党政办's list of 宣传报道 names the paper an item ran in (吉林日报, 长春日报) beside the
    # 镇's 公众号 and the 县融媒体中心: a daily paper by its name (…日报) is a media outlet, whichever place's.
    rows = [
        ["榆屯镇2024年宣传报道登记表", *[None] * 3],
        ["序号", "报道标题", "发布平台", "发布日期"],
        [1, "榆屯镇全力打好秋季秸秆禁烧攻坚战", "吉林日报", "2024年10月12日"],
        [2, "百姓说事点里化解邻里纠纷", "长春日报", "2024年5月6日"],
        [3, "秸秆打包离田进度过半", "“多彩榆屯”微信公众号", "2024年11月2日"],
    ]
    builders.xlsx(tmp_path / "榆屯镇2024年宣传报道登记表.xlsx", {"宣传报道": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    channels = result.tables["disclosure"].sort_values("_row")["channel"].tolist()
    assert channels[:2] == ["媒体报道", "媒体报道"]
