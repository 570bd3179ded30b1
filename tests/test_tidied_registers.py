"""A register tidied the way a clerk tidies it to read or print it (issue 12's eleventh round of variants): grouped by
village or category under a line 【柳塘村】 per group, where each committee's own numbering from （2024）人调字第1号 stays
its own after the sort (two committees' 第1号 are two cases); and its long texts wrapped onto a line of their own under
the record (残疾人两项 | 补贴资格确认), which is the rest of that record's cell, never a section title naming a category."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from fzlib.ingest.clean import YearCleaner
from fzlib.ingest.keys import identities

import builders

HEADER = ["卷宗号", "申请日期", "调解组织", "纠纷类别", "当事人", "协议方式", "调解结果", "结案时间"]
KINDS = ["邻里纠纷", "婚姻家庭纠纷", "合同纠纷", "邻里纠纷", "婚姻家庭纠纷"]


def _committee(name: str, month: int) -> list[list]:
    """A committee's five cases, numbered from （2024）人调字第1号 in the order they came."""
    return [
        [
            f"（2024）人调字第{n}号",
            f"2024.{month}.{n * 3}",
            name,
            KINDS[n - 1],
            f"张某{name[0]}{n}",
            "口头协议",
            "调解成功",
            f"2024.{month}.{n * 3 + 2}",
        ]  # fmt: skip
        for n in range(1, 6)
    ]


def _grouped(rows: list[list], lines: bool) -> list[list]:
    """Rows sorted by 纠纷类别 (stable), with a line 【邻里纠纷】 above each group when `lines`."""
    out: list[list] = []
    for kind in sorted({r[3] for r in rows}):
        if lines:
            out.append([f"【{kind}】"])
        out.extend(r for r in rows if r[3] == kind)
    return out


def _book(raw: Path, lines: bool) -> None:
    sheets = {
        name: [[f"{name}2024年人民调解案件登记台账"], HEADER, *_grouped(_committee(name, month), lines)]
        for name, month in (("街道调委会", 3), ("和平社区", 5))
    }
    builders.xlsx(raw / "人民调解案件台账（2024）.xlsx", sheets)


def test_two_committees_registers_grouped_by_category_under_group_lines_count_every_case(tmp_path):
    # Before: each sheet's 第1号 … 第5号 no longer counted up from 1 once grouped, so both were read as one numbering,
    # the second committee's cases taken for copies of the first's (row.copies_differ; mediation figures null).
    _book(tmp_path, lines=True)
    result = YearCleaner(2024, tmp_path).run()
    assert builders.figures(result)["mediation.cases"] == 10
    assert not builders.codes(result, "row.copies_differ")
    assert not builders.codes(result, "row.duplicate")


def test_two_committees_registers_sorted_by_category_count_every_case(tmp_path):
    _book(tmp_path, lines=False)
    result = YearCleaner(2024, tmp_path).run()
    assert builders.figures(result)["mediation.cases"] == 10
    assert not builders.codes(result, "row.copies_differ")


def test_a_sheets_document_numbers_one_to_n_in_another_order_are_its_own_numbering():
    keys = pd.Series(["（2024）人调字第2号", "（2024）人调字第1号", "（2024）人调字第3号"] * 2, dtype="string")
    parts, rows = np.array([0, 0, 0, 1, 1, 1]), np.array([3, 4, 5, 3, 4, 5])
    said = pd.Series(["a", "b", "c", "d", "e", "f"], dtype="string")
    got = identities(keys, parts, rows, said)
    assert got.nunique() == 6  # two committees' 第1号 … 第3号, saying other things: six cases
    copied = identities(keys, parts, rows, pd.Series(["a", "b", "c"] * 2, dtype="string"))
    assert copied.nunique() == 3  # the second sheet says what the first does: a copy, each case once


def test_numbers_of_two_forms_in_another_order_are_no_numbering_of_their_own():
    # 镇政发 and 镇办发 documents are two series: a sheet of both is no list of one numbering sorted otherwise.
    keys = pd.Series(["镇政发〔2024〕2号", "镇办发〔2024〕3号", "镇政发〔2024〕1号"] * 2, dtype="string")
    parts, rows = np.array([0, 0, 0, 1, 1, 1]), np.array([3, 4, 5, 3, 4, 5])
    got = identities(keys, parts, rows, pd.Series(["a", "b", "c", "d", "e", "f"], dtype="string"))
    assert got.tolist() == keys.tolist()  # each document number names one document wherever it stands


CONFIRMATIONS = ["残疾人两项补贴资格确认", "土地承包经营权变更确认", "农村五保供养资格确认"]


def _confirmations(wrapped: bool) -> list[list]:
    """A 行政确认 register of six decisions; `wrapped`: each 事项名称 cut at its middle, the rest on the line below."""
    rows: list[list] = []
    for n in range(1, 7):
        matter = CONFIRMATIONS[n % 3]
        head, rest = (matter[: len(matter) // 2], matter[len(matter) // 2 :]) if wrapped else (matter, None)
        rows.append([n, f"石门确〔2024〕{n}号", head, f"朱某{n}", f"2024.{n + 1}.{n + 10}", "王梅平"])
        if rest:
            rows.append([None, None, rest, None, None, None])
    return rows


def test_a_register_whose_matters_are_wrapped_onto_a_second_line_counts_each_decision_of_its_sheets_category(tmp_path):
    # Before: each wrapped half line (补贴资格确认) was read as a section title naming the rows under it, the first
    # record stood above every one (行政确认 required and blank), and the sheet's category figures were null.
    header = ["序号", "决定书文号", "事项名称", "行政相对人", "作出决定\n日期", "承办人"]
    builders.xlsx(
        tmp_path / "石门乡2024年行政执法案件台账.xlsx",
        {"行政确认": [["石门乡2024年行政确认案件登记台账"], header, *_confirmations(wrapped=True)]},
    )
    result = YearCleaner(2024, tmp_path).run()
    figures = builders.figures(result)
    assert figures["enforcement.cases"] == 6
    assert figures["enforcement.confirmation"] == 6
    assert figures["enforcement.licensing"] == 0
    assert not builders.codes(result, "cell.required_blank")


def test_a_section_line_at_the_left_of_a_register_still_names_its_rows_category(tmp_path):
    # A line under a record, standing where a record's first cell does (一、行政许可), is a section title, not the rest
    # of the record above it.
    header = ["序号", "决定书文号", "事项名称", "行政相对人", "作出决定\n日期", "承办人"]
    rows = [["一、行政许可"], *_rows("许", 1, 3), ["二、行政确认"], *_rows("确", 4, 2)]
    builders.xlsx(tmp_path / "执法案件台账.xlsx", {"Sheet1": [["2024年行政执法案件登记台账"], header, *rows]})
    figures = builders.figures(YearCleaner(2024, tmp_path).run())
    assert (figures["enforcement.licensing"], figures["enforcement.confirmation"]) == (3, 2)


def _rows(word: str, start: int, n: int) -> list[list]:
    return [
        [i, f"石门{word}〔2024〕{i}号", f"事项{i}", f"张某{i}", f"2024.3.{i + 1}", "王梅平"]
        for i in range(start, start + n)
    ]


def test_an_audience_wrapped_onto_a_second_line_is_read_whole(tmp_path):
    # 村（社区） | 法律明白人: the audience's words over two lines are one value. Before: the second line was set aside
    # as a continuation and the record read as 村（社区） alone (vocab.unknown; the legal-literacy sessions null).
    header = ["序号", "学习时间", "学习内容", "学习形式", "参加对象", "参加人数", "主讲人"]
    rows = [
        [1, "2024年5月27日", "森林法", "集中培训", "村（社区）", 24, "曾英凯"],
        [None, None, None, None, "法律明白人", None, None],
        [2, "2024年6月24日", "信访工作条例", "会前学法", "全体干部职工", 37, "傅伟英"],
        [3, "2024年8月14日", "行政复议法", "集中培训", "村（社区）", 49, "吴红超"],
        [None, None, None, None, "法律明白人", None, None],
    ]
    builders.xlsx(tmp_path / "2024年学法用法记录.xlsx", {"学法记录": [["2024年学法用法记录表"], header, *rows]})
    result = YearCleaner(2024, tmp_path).run()
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2
    assert not builders.codes(result, "vocab.unknown")


def test_a_matter_naming_a_number_wrapped_onto_a_second_line_is_read_whole(tmp_path):
    # 对某商店3号门面 | 占道经营的处罚: a name holding a digit, in a column of words, wraps as any name does. Before: a
    # digit in the cell above kept the line apart (as under a 决定书文号), set aside as a note with no message.
    header = ["序号", "决定书文号", "事项名称", "行政相对人", "作出决定\n日期", "承办人"]
    rows = _rows("罚", 1, 3)
    rows[0][2], rows[1][2], rows[2][2] = "对某饭店无证经营的处罚", "对某商店3号门面", "对某超市的监督检查"
    rows.insert(2, [None, None, "占道经营的处罚", None, None, None])
    builders.xlsx(tmp_path / "执法案件台账.xlsx", {"行政处罚": [["2024年行政执法案件登记台账"], header, *rows]})
    result = YearCleaner(2024, tmp_path).run()
    names = result.tables["enforcement"].sort_values("_row")["case_name"].tolist()
    assert names == ["对某饭店无证经营的处罚", "对某商店3号门面占道经营的处罚", "对某超市的监督检查"]
    assert not builders.codes(result, "sheet.unjoined_lines")


def test_a_line_left_under_a_case_number_unjoined_is_said_never_set_aside_silently(tmp_path):
    # （补正） under 石门罚〔2024〕2号: joined on it would break the number, read alone it is no record. It stays
    # aside, and a 提示 names its row and column.
    header = ["序号", "决定书文号", "事项名称", "行政相对人", "作出决定\n日期", "承办人"]
    rows = _rows("罚", 1, 3)
    rows.insert(2, [None, "（补正）", None, None, None, None])
    builders.xlsx(tmp_path / "执法案件台账.xlsx", {"行政处罚": [["2024年行政执法案件登记台账"], header, *rows]})
    result = YearCleaner(2024, tmp_path).run()
    assert result.tables["enforcement"]["case_no"].tolist() == [f"石门罚〔2024〕{n}号" for n in (1, 2, 3)]
    said = builders.codes(result, "sheet.unjoined_lines")
    assert len(said) == 1
    assert said[0]["detail"].startswith("5（")
