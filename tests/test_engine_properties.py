"""Properties of the engine on random small ledgers: it never raises, every row is accounted for,
every valid record is kept, a record left out of the count or of a figure has an error on its row,
and cleaning the same folder twice gives the same tables."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from fzlib.ingest.clean import YearCleaner

import builders

HEADER = builders.ENFORCEMENT_HEADER
CATEGORIES = ["行政许可", "许可", "行政处罚类", "检查", "行政强制"]

junk_cell = st.one_of(
    st.just(""),
    st.just(" "),
    st.just("/"),
    st.just("—"),
    st.just("无"),
    st.just("\u3000"),
    st.integers(-(10**6), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12),
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2030, 12, 31)),
    st.sampled_from(["合计", "序号", "案件编号", "2024.3.5", "二〇二四年三月五日", "壹佰", "旺草罚字〔2024〕第1号"]),
)


@st.composite
def valid_row(draw, serial: int) -> list:
    month, day = draw(st.integers(1, 12)), draw(st.integers(1, 28))
    date = draw(
        st.sampled_from(
            [
                f"2024.{month}.{day}",
                f"2024年{month}月{day}日",
                f"2024/{month}/{day}",
                dt.datetime(2024, month, day),
                f"2024{month:02d}{day:02d}",
            ]
        )
    )
    return [
        serial,
        f"旺草许字〔2024〕第{serial}号",
        f"事项{serial}",
        draw(st.sampled_from(CATEGORIES)),
        "旺草镇人民政府",
        date,
        "张三",
        "",
    ]


@st.composite
def ledger_sheet(draw) -> tuple[list[list], set[int]]:
    """A sheet: optional title rows, the header, then a random mix of valid, blank, total, template
    and junk rows. Returns the rows and the serials of the valid records."""
    rows: list[list] = [["2024年行政执法案件台账"]] * draw(st.integers(0, 3)) + [HEADER]
    valid: set[int] = set()
    serial = 1000
    for kind in draw(st.lists(st.sampled_from(["valid", "blank", "total", "template", "junk"]), max_size=25)):
        serial += 1
        if kind == "valid":
            rows.append(draw(valid_row(serial)))
            valid.add(serial)
        elif kind == "blank":
            rows.append([""] * len(HEADER))
        elif kind == "total":
            rows.append([draw(st.sampled_from(["合计", "小计", "总计"]))] + [""] * (len(HEADER) - 1))
        elif kind == "template":
            rows.append([serial] + [""] * (len(HEADER) - 1))
        else:
            rows.append(draw(st.lists(junk_cell, min_size=1, max_size=len(HEADER) + 2)))
    return rows, valid


def _rows_stored(rows: list[list]) -> int:
    """Rows a workbook keeps: a spreadsheet stores nothing after its last non-empty cell."""
    return max((i + 1 for i, r in enumerate(rows) if any(c not in ("", None) for c in r)), default=0)


def _rows_with_errors(result) -> set[tuple[str, str, int]]:
    errors = result.issues[(result.issues["level"] == "错误") & result.issues["row"].notna()]  # a sheet's: no row
    return set(zip(errors["file"], errors["sheet"], errors["row"].astype(int)))


def _clean_twice(sheets: dict[str, list[list]]):
    with tempfile.TemporaryDirectory() as tmp:
        builders.xlsx(Path(tmp) / "执法.xlsx", sheets)
        return YearCleaner(2024, Path(tmp)).run(), YearCleaner(2024, Path(tmp)).run()


def _copy_with_another_category() -> list[tuple[list[list], set[int]]]:
    """The same record in two sheets, its category different: the kept copy lacks the category."""
    row = [1001, "旺草许字〔2024〕第1001号", "事项1001", "行政许可", "旺草镇人民政府", "2024.1.1", "张三", ""]
    return [([HEADER, row], {1001}), ([HEADER, [*row[:3], "行政处罚类", *row[4:]]], {1001})]


def _one_title_twice_under_the_header() -> list[tuple[list[list], set[int]]]:
    """A stray line holding one title twice (案件编号 | 案件编号) right under the header: no header of a table of its own."""
    row = [1002, "旺草许字〔2024〕第1002号", "事项1002", "行政许可", "旺草镇人民政府", "2024.1.1", "张三", ""]
    return [([HEADER, ["案件编号", "案件编号"], row], {1002})]


def _junk_ending_in_a_total_between_records() -> list[tuple[list[list], set[int]]]:
    """A stray line of junk ending 合计 after a blank row, a template row and a record under it."""
    row = [1007, "旺草许字〔2024〕第1007号", "事项1007", "行政许可", "旺草镇人民政府", "2024.1.1", "张三", ""]
    return [([HEADER, [""] * 8, ["", "íī", "合计"], [1004] + [""] * 7, row], {1007})]


def _a_word_under_a_case_number() -> list[tuple[list[list], set[int]]]:
    """A stray word (无) alone under a record's 案件编号: no rest of the number wrapped onto a line of its own."""
    row = [1007, "旺草许字〔2024〕第1007号", "事项1007", "行政许可", "旺草镇人民政府", "2024.1.1", "张三", ""]
    return [([HEADER, row, ["", "无"]], {1007})]


@settings(max_examples=builders.examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ledger_sheet(), min_size=1, max_size=3))
@example(_copy_with_another_category())  # found by this test: the error stood on the copy, not the record kept
@example(_one_title_twice_under_the_header())  # found by this test: the stray line was a header, the record lost
@example(_junk_ending_in_a_total_between_records())  # found by make test-explore: a header, the record lost
@example(_a_word_under_a_case_number())  # found by make test-explore: joined onto the 案件编号, the serial lost
def test_random_ledgers_never_raise_conserve_rows_and_clean_the_same_twice(sheets):
    first, second = _clean_twice({f"第{i + 1}季度": rows for i, (rows, _) in enumerate(sheets)})
    builders.assert_rows_conserved(first.manifest)
    for f in first.manifest["files"]:
        for s in f["sheets"]:
            assert s["rows_read"] == _rows_stored(sheets[int(s["sheet"][1]) - 1][0])
    kept = sum(s.get("kept", 0) for f in first.manifest["files"] for s in f["sheets"])
    table = first.tables.get("enforcement", pd.DataFrame(columns=["case_no"]))
    assert kept == len(table)
    valid = set().union(*(v for _, v in sheets))
    kept_serials = {int(m) for m in table["case_no"].str.extract(r"〕(\d+)号$")[0].dropna()}
    assert valid <= kept_serials  # a serial repeated across sheets is still one valid record
    # No silent loss: a record left out for an error, or kept without a value a figure needs,
    # has an 错误 on its row that says which cell to fix.
    flagged = _rows_with_errors(first)
    excluded = first.excluded.get("enforcement", pd.DataFrame(columns=["_file", "_sheet", "_row", "_status"]))
    for _, row in excluded[excluded["_status"] == "error"].iterrows():
        assert (row["_file"], row["_sheet"], int(row["_row"])) in flagged
    for _, row in table[table["_unusable"].fillna("") != ""].iterrows() if "_unusable" in table else ():
        assert (row["_file"], row["_sheet"], int(row["_row"])) in flagged
    assert first.tables.keys() == second.tables.keys()
    for kind in first.tables:
        pd.testing.assert_frame_equal(first.tables[kind], second.tables[kind])
    pd.testing.assert_frame_equal(first.issues, second.issues)
    assert first.manifest == second.manifest


@settings(max_examples=builders.examples(40), deadline=None)
@given(st.lists(st.lists(junk_cell, max_size=6), max_size=30))
def test_a_sheet_of_pure_junk_never_raises_and_conserves_rows(rows):
    with tempfile.TemporaryDirectory() as tmp:
        builders.xlsx(Path(tmp) / "杂表.xlsx", {"Sheet1": rows or [[""]]})
        result = YearCleaner(2024, Path(tmp)).run()
    builders.assert_rows_conserved(result.manifest)
