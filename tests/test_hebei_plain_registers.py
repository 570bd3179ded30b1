"""A 冀中平原 镇's ledgers (柏营镇, the 81st development town, built blind): the 大气办's 双代 散煤 patrol log beside the
综合行政执法队's case register, the 一站式 矛盾纠纷调处化解中心's register, the plain's words for its disputes, and the
派出所's statistics form. Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean, codes

CASES = [
    ["柏营镇综合行政执法队2024年行政执法案件登记台账", *[None] * 5],
    ["序号", "案件编号", "案由", "执法类别", "所在村", "决定日期"],
    *[[n, f"柏营综执罚〔2024〕{n}号", "露天焚烧秸秆", "处罚", "柏营村", f"2024.3.{n}"] for n in range(1, 6)],
    *[[n, f"柏营综执检〔2024〕{n - 5}号", "秸秆禁烧巡查", "检查", "梨元村", f"2024.4.{n}"] for n in range(6, 10)],
]


def test_a_clean_heating_patrol_log_is_no_enforcement_register(tmp_path):
    # clean_heating_patrol (柏营镇): the 大气办's winter 巡查记录 of 双代 households (巡查日期, 村, 户主, 改造方式 煤改气 /
    # 煤改电, 设备运行情况, 是否发现散煤, 处理情况, 巡查人) has no column titled as any field of an enforcement register: its
    # 巡查日期 was taken by its cells for the decision date, its 序号 for the case number and the 巡查 of its title for
    # the category 行政检查. Each household checked had been counted an inspection (60 beside the 执法队's 55).
    patrol = [
        ["柏营镇大气污染防治办公室 2024年“双代”运行及散煤复烧巡查记录", *[None] * 8],
        ["序号", "巡查日期", "村", "户主", "改造方式", "设备运行情况", "是否发现散煤", "处理情况", "巡查人"],
        [1, "2024/1/8", "柏营村", "王建军", "煤改气", "正常", "否", "", "李强、赵红"],
        [2, "2024/1/9", "梨元村", "张丽", "煤改电（空气源热泵）", "正常", "是", "现场收缴", "李强、赵红"],
        [3, "2024/2/20", "后屯村", "刘洋", "煤改气", "壁挂炉故障已报修", "否", "", "陈刚、周平"],
        [4, "2024/11/18", "前屯村", "孙华", "煤改气", "未开启", "是", "移交综合执法队", "陈刚、周平"],
        [5, "2024/12/3", "马家坊村", "郭兰", "煤改电（蓄热式电暖器）", "正常", "否", "", "李强、赵红"],
    ]  # fmt: skip
    builders.csv_file(tmp_path / "柏营镇农村双代运行及散煤复烧巡查记录（2024年采暖季）.csv", patrol, encoding="gbk")
    builders.xlsx(tmp_path / "柏营镇综合行政执法队2024年行政执法案件登记台账.xlsx", {"执法案件": CASES})
    result = clean(tmp_path)
    assert set(result.tables["enforcement"]["_file"]) == {"柏营镇综合行政执法队2024年行政执法案件登记台账.xlsx"}
    f = builders.figures(result)
    assert (f["enforcement.cases"], f["enforcement.penalty"], f["enforcement.inspection"]) == (9, 5, 4)


def test_an_inspection_book_with_a_title_of_its_own_is_still_one(tmp_path):
    # The rule above leaves a 检查 book whose columns are titled as an enforcement register's (检查日期, 检查对象) under a
    # title saying 巡查: its rows are the inspections.
    book = [
        ["柏营镇综合行政执法队2024年日常巡查登记表", *[None] * 4],
        ["序号", "检查日期", "检查对象", "检查事项", "检查结果"],
        [1, "2024.3.5", "鑫达板材加工厂", "散乱污企业动态排查", "未发现问题"],
        [2, "2024.3.12", "恒源铸造厂", "散乱污企业动态排查", "责令改正"],
        [3, "2024.5.8", "宏利塑料颗粒厂", "扬尘治理", "未发现问题"],
    ]
    builders.xlsx(tmp_path / "柏营镇综合行政执法队2024年日常巡查登记表.xlsx", {"巡查登记": book})
    f = builders.figures(clean(tmp_path))
    assert (f["enforcement.cases"], f["enforcement.inspection"]) == (3, 3)


DISPUTES = [
    ["序号", "登记日期", "村", "纠纷类型", "化解情况", "化解日期"],
    [1, "2024年3月5日", "柏营村", "邻里纠纷", "已化解", "2024年3月9日"],
    [2, "2024年4月8日", "梨元村", "婚姻家庭纠纷", "调处成功", "2024年4月10日"],
    [3, "2024年6月11日", "后屯村", "邻里纠纷", "化解中", ""],
    [4, "2024年7月2日", "前屯村", "邻里纠纷", "已化解", "2024年7月3日"],
]


def test_a_dispute_centre_in_the_file_name_is_no_state_of_its_disputes(tmp_path):
    # dispute_centre_name (柏营镇): the 一站式 矛盾纠纷调处化解中心 (县 and 镇 alike, 2024) names its register after itself.
    # 化解中心 holds 化解中, a state of a dispute (and 调解中心 holds 调解中): read off the file's name, it had become the
    # state of every row — of a register without a 化解情况 column, 4 disputes all 化解中 and 0 resolved where the
    # state is unknown. 中心 is a centre, never a state.
    without_state = [[r[0], r[1], r[2], r[3]] for r in DISPUTES]
    builders.xlsx(tmp_path / "柏营镇矛盾纠纷调处化解中心2024年矛盾纠纷排查化解台账.xlsx", {"台账": without_state})
    result = clean(tmp_path)
    f = builders.figures(result)
    assert f["disputes.resolved"] is None and f["disputes.resolution_rate"] is None
    assert codes(result, "column.missing")


def test_a_mediation_centre_in_the_file_name_is_no_result_of_its_cases(tmp_path):
    # The same word in a mediation book: 人民调解中心 holds 调解中 (a case still being mediated). A register without a
    # 调解结果 column had been read as every case 调解中: 0 successful cases where the result is unknown.
    rows = [
        ["序号", "卷宗号", "受理日期", "纠纷类型", "协议形式"],
        [1, "（2024）柏营人调字第1号", "2024-03-05", "邻里纠纷", "口头"],
        [2, "（2024）柏营人调字第2号", "2024-04-08", "宅基地纠纷", "书面"],
    ]
    builders.xlsx(tmp_path / "柏营镇人民调解中心2024年人民调解案件登记台账.xlsx", {"调解案件": rows})
    f = builders.figures(clean(tmp_path))
    assert f["mediation.cases"] is None and f["mediation.oral"] is None


def test_the_plains_words_for_house_plots_field_ridges_and_migrant_wages(tmp_path):
    # plain_dispute_words (柏营镇): 宅基纠纷 is the north's 宅基地 dispute (魏县 野胡拐乡: 宅基纠纷), 耕地地埝纠纷 a quarrel over
    # the ridge between two fields (武强县: 耕地地埝), 拖欠农民工工资纠纷 a wage claim. They had been unknown values (错误)
    # on 108 rows of the 矛调中心's and the 司法所's registers.
    rows = [
        ["序号", "登记日期", "村", "纠纷类型", "化解情况", "化解日期"],
        [1, "2024年3月5日", "柏营村", "宅基纠纷", "已化解", "2024年3月9日"],
        [2, "2024年4月8日", "梨元村", "耕地地埝纠纷", "已化解", "2024年4月10日"],
        [3, "2024年6月11日", "后屯村", "拖欠农民工工资纠纷", "化解中", ""],
        [4, "2024年7月2日", "前屯村", "地埝纠纷", "已化解", "2024年7月3日"],
    ]
    builders.xlsx(tmp_path / "柏营镇2024年矛盾纠纷排查化解台账.xlsx", {"台账": rows})
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    types = result.tables["disputes"].sort_values("_row")["dispute_type"].tolist()
    assert types == ["房屋宅基地", "山林土地", "劳动争议", "山林土地"]


def test_a_statistics_form_of_detentions_in_domestic_violence_cases(tmp_path):
    # dv_case_detentions (柏营镇): the 派出所's form names the row 家庭暴力案件行政拘留 (the 涉黄 row beside it 涉黄行政拘留):
    # unread, security.dv_detentions had been withheld.
    form = [
        ["滹阳县公安局柏营镇派出所2024年平安建设相关数据统计表", None, None, None, None],
        ["项目", "单位", "上半年", "下半年", "全年"],
        ["出具家庭暴力告诫书", "份", 4, 5, 9],
        ["家庭暴力案件行政拘留", "人", 1, 2, 3],
        ["涉黄治安案件", "起", 1, 1, 2],
        ["涉黄行政拘留", "人", 1, 1, 2],
    ]
    builders.xlsx(tmp_path / "柏营镇派出所2024年平安建设相关数据统计表.xlsx", {"统计表": form})
    f = builders.figures(clean(tmp_path))
    assert (f["security.dv_warnings"], f["security.dv_detentions"]) == (9, 3)
    assert (f["security.vice_cases"], f["security.vice_detentions"]) == (2, 2)
