"""A record whose date is known only to a span longer than a month (its year, from the title of a register kept
without a date column, or a 2024年 / 2024年第3季度 typed in its date cell) is in that year for the year's counts,
but in no month: a month breakdown counts it under 月份不详, never in the span's first month."""

from __future__ import annotations

import pandas as pd

from fzlib.indicators import breakdowns
from fzlib.report import components
from fzlib.spec import load_specs

import builders

MONTH = breakdowns.declared()["enforcement.month"]


def _register_without_dates(path, numbers: list[str]):
    rows = [
        ["旺草镇2024年行政执法案件台账（一季度）"],
        ["序号", "文号", "事项名称", "执法类型", "承办单位", "行政相对人"],
        *[[i + 1, n, f"事项{i}", "行政许可", "旺草镇人民政府", "某商店"] for i, n in enumerate(numbers)],
    ]
    builders.xlsx(path, {"一季度": rows})


def test_a_register_without_a_date_column_is_in_its_titled_year_but_in_no_month(tmp_path):
    _register_without_dates(tmp_path / "执法台账.xlsx", [f"旺草许字〔2024〕第{i}号" for i in range(1, 7)])
    result = builders.clean(tmp_path)
    assert builders.figures(result)["enforcement.cases"] == 6
    counts = breakdowns.counts(result.tables["enforcement"], MONTH)
    assert counts.get(breakdowns.NO_MONTH) == 6
    assert int(counts.drop(breakdowns.NO_MONTH).sum()) == 0
    # The year is the title's: no message says it came from a record's number.
    assert builders.codes(result, "date.year_from_number") == []
    assert [i["detail"] for i in builders.codes(result, "column.from_context")] == ["表格标题，按“2024年”计"]


def test_a_decision_numbered_in_another_year_is_dated_by_its_number_over_the_titled_year(tmp_path):
    """旺草许字〔2023〕第263号 in the 2024 register (decided 2023-12-27 before its 办结日期 column was deleted): a
    document's number names the year it was issued, over a title's year (as for a yearless 3月5日), so the
    record is last year's, not counted (indicators.md: cases dated in the year)."""
    numbers = ["旺草许字〔2023〕第263号", *[f"旺草许字〔2024〕第{i}号" for i in range(1, 6)]]
    _register_without_dates(tmp_path / "执法台账.xlsx", numbers)
    result = builders.clean(tmp_path)
    assert builders.figures(result)["enforcement.cases"] == 5
    assert [i["row"] for i in builders.codes(result, "date.year_from_number")] == [3]


def test_a_year_or_quarter_typed_in_a_date_cell_is_no_month_a_month_typed_is(tmp_path):
    rows = [
        ["2024年行政执法案件台账"],
        ["序号", "文号", "事项名称", "执法类型", "办结日期", "行政相对人"],
        [1, "旺草许字〔2024〕第1号", "甲", "行政许可", "2024年", "某商店"],
        [2, "旺草许字〔2024〕第2号", "乙", "行政许可", "2024年第3季度", "某商店"],
        [3, "旺草许字〔2024〕第3号", "丙", "行政许可", "2024年下半年", "某商店"],
        [4, "旺草许字〔2024〕第4号", "丁", "行政许可", "2024年3月", "某商店"],
        [5, "旺草许字〔2024〕第5号", "戊", "行政许可", "2024-03-05", "某商店"],
    ]
    builders.xlsx(tmp_path / "执法台账.xlsx", {"Sheet1": rows})
    result = builders.clean(tmp_path)
    assert builders.figures(result)["enforcement.cases"] == 5
    counts = breakdowns.counts(result.tables["enforcement"], MONTH)
    assert counts["3月"] == 2 and counts["1月"] == 0 and counts["7月"] == 0
    assert counts[breakdowns.NO_MONTH] == 3
    assert int(counts.sum()) == 5


def test_the_month_chart_leaves_out_the_records_of_no_month_and_says_how_many(tmp_path):
    class Year:  # the parts of the report's YearData a breakdown reads
        specs = load_specs()
        tables: dict = {}

        @staticmethod
        def withheld(kind: str) -> str:  # every record of the register read: its figures are not withheld
            return ""

    def shown(table):
        Year.tables = {"enforcement": table}
        return components.breakdown(Year, "enforcement.month", {"chart": "line", "table": False})

    rows = [
        ["2024年行政执法案件台账"],
        ["序号", "文号", "事项名称", "执法类型", "办结日期", "行政相对人"],
        [1, "旺草许字〔2024〕第1号", "甲", "行政许可", "2024年", "某商店"],
        [2, "旺草许字〔2024〕第2号", "乙", "行政许可", "2024-03-05", "某商店"],
    ]
    builders.xlsx(tmp_path / "执法台账.xlsx", {"Sheet1": rows})
    parts = shown(builders.clean(tmp_path).tables["enforcement"])
    charts = [p for p in parts if isinstance(p, components.Chart)]
    assert len(charts) == 1 and breakdowns.NO_MONTH not in charts[0].labels and sum(charts[0].values) == 1
    assert any(isinstance(p, components.Note) and "1" in p.text for p in parts)

    _register_without_dates(tmp_path / "b" / "执法台账.xlsx", ["旺草许字〔2024〕第1号", "旺草许字〔2024〕第2号"])
    parts = shown(builders.clean(tmp_path / "b").tables["enforcement"])
    assert not [p for p in parts if isinstance(p, components.Chart)]
    assert [p for p in parts if isinstance(p, components.Note)]


def test_a_listed_record_dated_only_to_its_year_shows_its_year_never_a_first_of_january():
    # A 规范性文件 register whose 印发日期 reads 2024年 had been listed in the report as issued 2024-01-01, a day no
    # one wrote; its dates are known to the year alone (clean's `_monthless` names the field).
    table = pd.DataFrame(
        {
            "doc_title": ["甲", "乙"],
            "doc_no": ["旺府发〔2024〕1号", "旺府发〔2024〕2号"],
            "issued_on": pd.to_datetime(["2024-01-01", "2024-03-05"]),
            "filed_on": pd.to_datetime(["2024-01-01", "2024-03-20"]),
            breakdowns.MONTHLESS: ["issued_on,filed_on", ""],
        }
    )

    class Year:  # the parts of the report's YearData a listing reads
        tables = {"normative_documents": table}

    options = {
        "caption": "本年制定的规范性文件",
        "columns": {"文号": "doc_no", "印发日期": "issued_on", "备案日期": "filed_on"},
    }
    (listed,) = components.records(Year, "normative_documents", options)
    assert listed.frame.to_dict("records") == [
        {"文号": "旺府发〔2024〕1号", "印发日期": "2024年", "备案日期": "2024年"},
        {"文号": "旺府发〔2024〕2号", "印发日期": "2024-03-05", "备案日期": "2024-03-20"},
    ]


def test_a_date_taken_off_the_title_is_said_once_by_where_it_came_from_never_as_a_date_without_its_year(tmp_path):
    # The title's 2024年 standing for a missing 办结日期 column had also been noted 日期未写年份 on every sheet: the
    # year is the one thing it does say; column.from_context names where it came from, once.
    _register_without_dates(tmp_path / "执法台账.xlsx", [f"旺草许字〔2024〕第{i}号" for i in range(1, 4)])
    result = builders.clean(tmp_path)
    assert builders.codes(result, "date.yearless") == []
    assert builders.codes(result, "date.period") == []
    assert len(builders.codes(result, "column.from_context")) == 1


def test_a_year_typed_alone_in_a_date_cell_is_a_period_of_that_year_not_a_date_without_its_year(tmp_path):
    rows = [
        ["旺草镇2024年行政执法案件台账"],
        ["序号", "文号", "事项名称", "执法类型", "办结日期", "行政相对人"],
        [1, "旺草许字〔2024〕第1号", "甲", "行政许可", "2024年", "某商店"],
        [2, "旺草许字〔2024〕第2号", "乙", "行政许可", "2024-03-05", "某商店"],
    ]
    builders.xlsx(tmp_path / "执法台账.xlsx", {"Sheet1": rows})
    result = builders.clean(tmp_path)
    assert builders.codes(result, "date.yearless") == []
    assert [i["value"] for i in builders.codes(result, "date.period")] == ["2024年"]
    assert builders.figures(result)["enforcement.cases"] == 2
