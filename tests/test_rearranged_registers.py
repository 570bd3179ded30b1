"""A register re-typed and re-arranged the way an office keeps it (issue 12's twelfth round of variants): a book's
sheets stacked onto one sheet to print them together, each village's table under a line of its name with its own
title, its 填报单位：… | 单位：件 line and its header, each numbered from 1."""

from __future__ import annotations

import builders
from builders import clean, codes

HEADER = ["编号", "登记日期", "纠纷类型", "当事人", "简要情况", "化解结果", "化解时间"]


def _village(village: str, n: int, month: int, kind: str) -> list[list]:
    """A village's table as its own sheet holds it: a title, the 填报单位 line with the unit at its right, the
    header, its records numbered from 1."""
    rows = [
        [f"某镇2024年矛盾纠纷排查化解台账（{village}）"],
        [f"填报单位：{village}调委会", None, None, None, None, "单位：件"],
        HEADER,
    ]
    for i in range(1, n + 1):
        result = "已化解" if i % 2 else "化解中"
        rows.append(
            [i, f"{month}月{i}日", kind, f"张某{i}、李某", "因排水沟堵塞引发争执", result, f"{month}月{i + 3}日"]
        )
    return rows


def test_villages_tables_stacked_in_one_sheet_under_their_filler_lines_count_every_record(tmp_path):
    # 东村 1-3 then 西村 1-4, each under its title and its 填报单位 line: the 填报单位 line over 西村's header is that
    # table's own line, no record of 东村's (read as one, 东村's numbering ran on into a text and the two villages' 1 2 3
    # were taken for copies of each other: every dispute figure withheld).
    east, west = _village("东村", 3, 2, "邻里纠纷"), _village("西村", 4, 3, "婚姻家庭纠纷")
    builders.xlsx(tmp_path / "排查.xlsx", {"台账": [*east, [], ["西村"], *west]})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (7, 4)
    assert not codes(result, "row.copies_differ") and not codes(result, "row.duplicate")
    assert not codes(result, "row.required_missing")
