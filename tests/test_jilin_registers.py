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
