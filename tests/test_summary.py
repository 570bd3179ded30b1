"""Specification of fzlib.ingest.summary: the one screen `clean` prints names what cannot be used, where."""

from __future__ import annotations

from fzlib.ingest.summary import summary

import builders


def test_a_sheet_whose_table_is_refused_is_named_with_its_fix_and_the_records_it_holds(tmp_path):
    """A register without its 办理状态 column is refused whole: the screen had said only "缺少必填列：1 项" and listed
    one kind fewer, leaving the analyst to find in issues.xlsx which ledger had dropped out of the report."""
    rows = [["信访编号", "交办单位", "交办日期"]] + [[f"XF2024{i:03d}", "市联办", f"2024-0{i}-05"] for i in (3, 4, 5)]
    builders.xlsx(tmp_path / "raw" / "信访事项台账.xlsx", {"台账": rows})
    result = builders.clean(tmp_path / "raw")
    assert [i["code"] for i in builders.codes(result, "column.missing")] == ["column.missing"]
    assert result.failed_files == []  # the book was read: only its table is refused
    shown = summary(result, tmp_path / "out").splitlines()
    refused = [line for line in shown if line.startswith("✗")]
    assert len(refused) == 1
    assert "信访事项台账.xlsx" in refused[0] and "台账" in refused[0] and "“办理状态”" in refused[0]
    assert "3" in refused[0].split("：")[0]  # the records it holds, uncounted
