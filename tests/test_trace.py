"""Every figure traceable to the rows behind it: the listed rows make the figure exactly, the rows left out say
why, nothing personal is listed, and the terminal, the workbook, the page and check all point to them."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from collections import Counter

import openpyxl
import pytest
from pagetext import joined

from fzlib import paths
from fzlib.indicators import trace
from fzlib.report import data as report
from fzlib.report import exports, outline
from fzlib.sample import ground_truth

YEARS = (2023, 2024)


@pytest.fixture(scope="module", params=YEARS)
def year(request, processed_years):
    return report.load(request.param, processed_years / str(request.param))


def test_the_listed_rows_of_every_figure_make_the_figure_exactly(year):
    rows = trace.trace_all(year.specs, year.tables, year.excluded)
    ratios = {g.name for s in year.specs.values() for g in s.figures if g.op == "ratio"}
    checked = 0
    for name, figure in year.evidence.items():
        if figure.value is None:
            continue
        counted = rows[(rows["指标"] == name) & (rows["计入"] == trace.COUNTED)]
        if name in ratios:
            assert round(counted["数量"].sum() / counted["分母数量"].sum(), 4) == figure.value, name
        else:
            assert counted["数量"].sum() == figure.value, name
        checked += 1
    assert checked == len(year.evidence)


def test_a_counted_row_names_only_the_values_its_table_has(year):
    # The sample's exam summary has no 考试状态, 是否领导干部 or 是否应参考 column and its disclosure ledger no 条数: the
    # filters and the weight pass over them, and the listing does not show them as cells left blank. A column the
    # table has stays listed where a row leaves it blank (数量=（空）: a blank quantity counts 1).
    rows = trace.trace_all(year.specs, year.tables, year.excluded)
    counted = rows[rows["计入"] == trace.COUNTED]
    values = counted.groupby("指标")["所用的值"].agg(set)
    assert values["disclosure.proactive"] == {"公开类型=主动公开"}
    assert not any("考试状态" in v or "是否领导干部" in v for v in values["training.exam_taken"])
    assert any("数量=（空）" in v for v in values["counsel.opinions"])


def test_the_pages_counts_per_sheet_and_reason_are_those_of_the_listing(year):
    # The page counts (trace.places) what the 明细 sheet lists (trace.trace_all), never otherwise.
    rows = trace.trace_all(year.specs, year.tables, year.excluded)
    for kind, spec in year.specs.items():
        for g in (g for g in spec.figures if g.op != "ratio"):
            counted, left = trace.places(g, spec, year.tables.get(kind), year.excluded.get(kind))
            mine = rows[rows["指标"] == g.name]
            listed = mine[mine["计入"] == trace.COUNTED]
            assert counted == Counter(zip(listed["文件"], listed["工作表"])), g.name
            assert left == Counter(mine.loc[mine["计入"] == trace.LEFT_OUT, "原因"]), g.name


def test_rows_left_out_are_listed_under_the_figures_they_would_have_counted_in(processed_years):
    d = report.load(2024, processed_years / "2024")
    rows = trace.trace("enforcement.cases", d.specs, d.tables, d.excluded)
    left = rows[rows["计入"] == trace.LEFT_OUT]
    assert sorted(left["原因"].str.replace(r"「.*", "", regex=True)) == [
        "与2024年行政执法案件台账.xlsx",
        "日期2023-12-27不在2024年",
    ]
    assert (rows["计入"] == trace.COUNTED).sum() == 702


def test_the_figures_workbook_lists_every_row_behind_every_figure_without_a_personal_value(year):
    book = openpyxl.load_workbook(io.BytesIO(exports.xlsx_bytes(year)))
    detail = book[exports.TRACE_SHEET]
    assert [c.value for c in detail[1]] == trace.COLUMNS and detail.auto_filter.ref
    cells = {str(c) for row in detail.iter_rows(min_row=2, values_only=True) for c in row if c is not None}
    truth = ground_truth(year.year)["tables"]
    for kind, spec in year.specs.items():
        for f in spec.fields:
            if f.personal and f.personal != "free_text" and kind in truth and f.title in truth[kind]:
                leaked = {str(v) for v in truth[kind][f.title].dropna()} & cells
                assert leaked == set(), (kind, f.title)
    figures_sheet = book[f"{year.year}年指标"]
    header = [c.value for c in figures_sheet[1]]
    assert header[-2:] == ["目标", "是否达到"] and figures_sheet.auto_filter.ref


def test_indicators_explain_lists_the_702_cases_by_file_and_sheet(processed_years):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "fzlib",
            "indicators",
            "--year",
            "2024",
            "--processed",
            str(processed_years / "2024"),
            "--explain",
            "enforcement.cases",
        ],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "计入 702 条记录" in done.stdout
    per_sheet = [int(n) for n in re.findall(r"「[一二三四]季度」 (\d+) 行", done.stdout)]
    assert len(per_sheet) == 4 and sum(per_sheet) == 702
    assert "未计入 2 条记录" in done.stdout


def test_each_section_of_the_page_folds_where_its_figures_come_from(processed_years):
    d = report.load(2024, processed_years / "2024")
    shown = outline.show(d, "enforcement")
    folded = joined(shown[shown.index('<details class="fz-details">') :])
    assert "数字来源" in folded and "2024年行政执法案件台账.xlsx「一季度」" in folded
    assert not re.search(r"\b(?:P|ID|T)-[0-9a-f]{6}", folded)


def test_check_says_which_file_and_how_many_rows_stand_behind_a_ledger_figure(processed_years):
    from fzlib.check import check_text
    from fzlib.cli import load_sources, load_values

    folder = processed_years / "2024"
    claims = check_text("2024年共办理行政执法案件672件。", load_values(2024, folder), load_sources(2024, folder))
    ledger = [c for c in claims if c.kind == "ledger"]
    assert [c.verdict for c in ledger] == ["inconsistent"]
    assert "2024年行政执法案件台账.xlsx 702行，另有2行未计入" in ledger[0].message


def test_check_points_to_rows_that_exist_before_the_report_is_made(processed_years, capsys):
    # `check` run right after `clean`: the report's 指标.xlsx is not there yet. The message had sent the user to it;
    # it now names the command that lists the rows, and that command, run as said, lists them.
    import shlex

    from fzlib.check import check_text
    from fzlib.cli import load_sources, load_values, main

    folder = processed_years / "2024"
    claims = check_text("2024年共办理行政执法案件672件。", load_values(2024, folder), load_sources(2024, folder))
    (said,) = [c.message for c in claims if c.kind == "ledger"]
    assert "“指标.xlsx”的“明细”工作表）" not in said.split("（运行 report 后")[0]
    command = re.search(r"python -m fzlib (indicators [^（]+?) 查看", said)
    assert command is not None
    capsys.readouterr()
    assert main(shlex.split(command.group(1))) == 0
    assert "2024年行政执法案件台账.xlsx" in capsys.readouterr().out
