"""Specification of `fzlib county`: every town through the same per-town pipeline, the county's figures from the towns' counts, the same bytes whatever ran the towns."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from pagetext import joined

from fzlib import paths
from fzlib.cli import main
from fzlib.county import rollup
from fzlib.county.step import TownJob, figures_file, run_town
from fzlib.indicators.figures import hidden_figures, rates
from fzlib.sample import generate, ground_truth
from fzlib.sample.town import fictitious
from fzlib.spec import load_specs

import builders

# The county runs are built once per module: keep its tests on one xdist worker (make test-fast).
pytestmark = pytest.mark.xdist_group("county")
YEAR = 2024
TOWNS = {"旺草镇": None, "洋川镇": 1, "郑场镇": 2}  # the shipped 2024 sample and two generated towns
TITLE = f"绥阳县{YEAR}年各乡镇法治政府建设指标汇总"


def run_cli(*args: str) -> tuple[int, str, str]:
    """`python -m fzlib …` in this process: exit status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def make_county(folder: Path, towns: dict[str, int | None]) -> Path:
    for name, seed in towns.items():
        if seed is None:
            shutil.copytree(paths.raw_dir(YEAR), folder / name)
        else:
            generate(YEAR, folder / name, fictitious(YEAR, name, seed))
    return folder


def county_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob(f"{TITLE}.*"))}


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    """Three towns run once with one worker and once with two: their outputs and JSON."""
    base = tmp_path_factory.mktemp("county")
    raw = make_county(base / "raw", TOWNS)
    runs = {}
    for workers in (1, 2):
        out = base / f"out{workers}"
        status, stdout, stderr = run_cli(
            "county", "--year", str(YEAR), "--raw", str(raw), "--out", str(out), "--workers", str(workers), "--json"
        )
        assert status == 0, stderr
        runs[workers] = {"out": out, "json": stdout, "files": county_files(out)}
    return {"raw": raw, "base": base, "runs": runs, "result": json.loads(runs[1]["json"])}


def test_each_towns_figures_equal_what_its_own_clean_and_indicators_give(county):
    for town in TOWNS:
        processed = county["base"] / "alone" / town
        assert (
            run_cli("clean", "--year", str(YEAR), "--raw", str(county["raw"] / town), "--out", str(processed))[0] == 0
        )
        status, stdout, _ = run_cli("indicators", "--year", str(YEAR), "--processed", str(processed), "--json")
        assert status == 0
        assert county["result"]["towns"][town] == json.loads(stdout), town


def test_generated_towns_reproduce_their_ground_truth_and_the_sample_its_published_figures(county):
    towns = county["result"]["towns"]
    assert towns["旺草镇"]["enforcement.cases"] == 702 and towns["旺草镇"]["disputes.resolution_rate"] == 0.9633
    for town, seed in TOWNS.items():
        if seed is not None:
            truth = ground_truth(YEAR, fictitious(YEAR, town, seed))["indicators"]
            assert {k: towns[town][k] for k in truth if k in towns[town]} == {
                k: truth[k] for k in truth if k in towns[town]
            }


def test_county_counts_are_the_sums_of_the_towns_counts(county):
    result = county["result"]
    ratios = rates()
    for name, value in result["county"].items():
        if name not in ratios:
            assert value == sum(result["towns"][t][name] for t in TOWNS), name


def test_county_rates_are_recomputed_from_the_summed_counts_never_averaged(county):
    specs = load_specs()
    out = county["runs"][1]["out"]
    records = {t: json.loads((paths.county_town_dir(out, t) / paths.TOWN_FIGURES).read_text("utf-8")) for t in TOWNS}
    for spec in specs.values():
        for g in spec.figures:
            if g.op == "ratio" and g.name in county["result"]["county"]:
                num, den = (sum(records[t]["figures"][n]["value"] for t in TOWNS) for n in g.arg)
                assert county["result"]["county"][g.name] == round(num / den, 4), g.name
    # 化解成功率: (551 + …) / (572 + …), which differs from the mean of the three towns' rates.
    towns = county["result"]["towns"]
    mean = sum(towns[t]["disputes.resolution_rate"] for t in TOWNS) / len(TOWNS)
    assert county["result"]["county"]["disputes.resolution_rate"] != round(mean, 4)


def test_json_keys_are_the_published_figures_of_indicators(county):
    published = [g.name for s in load_specs().values() for g in s.figures if g.name not in hidden_figures()]
    assert set(county["result"]["county"]) == set(published)
    assert set(county["result"]["towns"]) == set(TOWNS)


def test_one_and_two_workers_give_the_same_bytes(county):
    one, two = county["runs"][1], county["runs"][2]
    assert one["json"] == two["json"]
    assert set(one["files"]) == {f"{TITLE}.html", f"{TITLE}.xlsx", f"{TITLE}.docx"}
    assert one["files"] == two["files"]
    for town in TOWNS:
        a, b = (paths.county_town_dir(run["out"], town) / paths.TOWN_FIGURES for run in (one, two))
        assert a.read_bytes() == b.read_bytes()


def test_county_report_names_every_town_and_is_self_contained(county):
    page = county["runs"][1]["files"][f"{TITLE}.html"].decode("utf-8")
    assert all(town in page for town in TOWNS)
    assert "@font-face" in page and "FzlibCJK" in page
    assert "<script" not in page and not re.search(r'(src|href)="https?:|url\(["\']?https?:', page)  # no network
    assert "示例数据" in page  # params/2024.yaml says the ledgers are illustrative


def test_workbook_holds_towns_by_figures_and_the_county_total(county):
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(county["runs"][1]["files"][f"{TITLE}.xlsx"]))
    sheet = book["各乡镇指标"]
    rows = list(sheet.iter_rows(values_only=True))
    keys = list(rows[1][1:])
    by_town = {r[0]: dict(zip(keys, r[1:])) for r in rows[2:]}
    assert set(by_town) == {*TOWNS, "全县合计"}
    assert by_town["全县合计"]["enforcement.cases"] == county["result"]["county"]["enforcement.cases"]
    assert by_town["旺草镇"]["disputes.resolution_rate"] == 0.9633


def test_word_report_is_an_a4_document_with_fixed_times(county):
    import docx
    from docx.shared import Mm

    data = county["runs"][1]["files"][f"{TITLE}.docx"]
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28
    assert abs(section.bottom_margin - Mm(35)) < Mm(1)
    text = "\n".join(p.text for p in document.paragraphs)
    assert TITLE in text and "依法治县办" in text


def _records(values: dict[str, dict[str, float | None]]) -> list[dict]:
    """Minimal town records: the given counts, every other declared count 0, rates from the counts."""
    declared = [g for s in load_specs().values() for g in s.figures]
    out = []
    for town, given in values.items():
        counts = {g.name: given.get(g.name, 0) for g in declared if g.op != "ratio"}
        figures = {
            n: {"value": v, "status": "ok" if v is not None else "unavailable", "reason": ""} for n, v in counts.items()
        }
        for g in declared:
            if g.op == "ratio":
                num, den = (counts[n] for n in g.arg)
                value = round(num / den, 4) if num is not None and den else None
                figures[g.name] = {"value": value, "status": "ok" if value is not None else "unavailable", "reason": ""}
        out.append({"town": town, "problem": None, "figures": figures, "kinds": {}, "missing": [], "issues": {}})
    return out


def test_a_town_without_a_figure_makes_the_county_total_unavailable_and_names_it():
    c = rollup.rollup(YEAR, _records({"甲镇": {"litigation.cases": 3}, "乙镇": {"litigation.cases": None}}))
    total = c.totals["litigation.cases"]
    assert total.value is None and "乙镇" in total.reason
    assert c.as_json()["county"]["litigation.cases"] is None  # null, never 0 or the sum of the others


def test_a_withheld_figure_on_the_towns_sheet_says_so_and_every_column_says_its_unit():
    # Read alone, the 各乡镇指标 sheet had shown a withheld figure as an empty cell (a zero to some readers), and a
    # sub-item's column (行政许可) no unit; 家暴告诫书 is counted in 份 beside the cases' 起.
    from openpyxl import load_workbook

    from fzlib.county import workbook

    c = rollup.rollup(YEAR, _records({"甲镇": {"litigation.cases": 3}, "乙镇": {"litigation.cases": None}}))
    rows = list(load_workbook(io.BytesIO(workbook.xlsx_bytes(c, {})))["各乡镇指标"].iter_rows(values_only=True))
    titles = dict(zip(rows[1][1:], rows[0][1:]))
    by_town = {r[0]: dict(zip(rows[1][1:], r[1:])) for r in rows[2:]}
    assert (by_town["甲镇"]["litigation.cases"], by_town["乙镇"]["litigation.cases"]) == (3, "无法统计")
    assert by_town["全县合计"]["litigation.cases"] == "无法统计"
    assert by_town["乙镇"]["enforcement.cases"] == 0
    assert titles["enforcement.licensing"] == "行政许可（件）"
    assert titles["security.dv_warnings"] == "家暴告诫书（份）"
    assert titles["disputes.resolution_rate"] == "化解成功率"


def test_the_county_pages_tables_by_town_say_each_columns_unit():
    from fzlib.county import report

    c = rollup.rollup(YEAR, _records({"甲镇": {"enforcement.licensing": 2}}))
    tables = {t.caption: t.frame for t in report.by_town(c, load_specs(), word=False) if hasattr(t, "frame")}
    enforcement = next(f for caption, f in tables.items() if "行政执法" in caption)
    assert "行政许可（件）" in enforcement.columns
    assert enforcement.loc[0, "行政许可（件）"] == "2"
    security = next(f for caption, f in tables.items() if "平安建设" in caption)
    assert "家暴告诫书（份）" in security.columns


def test_rankings_are_among_towns_with_the_rate_and_ties_share_a_rank():
    c = rollup.rollup(
        YEAR,
        _records(
            {
                "甲镇": {"disputes.resolved": 9, "disputes.screened": 10},
                "乙镇": {"disputes.resolved": 10, "disputes.screened": 10},
                "丙镇": {"disputes.resolved": 18, "disputes.screened": 20},
                "丁镇": {"disputes.resolved": 0, "disputes.screened": 0},  # a rate over nothing
            }
        ),
    )
    # Input order does not matter: towns come out in name order, rankings best first.
    assert c.towns == sorted(["甲镇", "乙镇", "丙镇", "丁镇"])
    assert c.ranking("disputes.resolution_rate") == [(1, "乙镇", 1.0), (2, "丙镇", 0.9), (2, "甲镇", 0.9)]
    assert c.unranked("disputes.resolution_rate") == ["丁镇"]
    assert c.totals["disputes.resolution_rate"].value == round(37 / 40, 4)


@pytest.fixture(scope="module")
def troubled(tmp_path_factory):
    """A county whose towns have problems: a ledger missing, a corrupt file, a folder with no ledgers."""
    base = tmp_path_factory.mktemp("troubled")
    raw = make_county(base / "raw", {"旺草镇": None, "洋川镇": 1})
    next(p for p in (raw / "旺草镇").iterdir() if "应诉" in p.name).unlink()
    (raw / "洋川镇" / "2024年信访事项台账.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (raw / "空镇").mkdir()
    (raw / "说明.txt").write_text("放错位置的文件", encoding="utf-8")
    out = base / "out"
    status, stdout, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(out), "--json")
    return {"status": status, "result": json.loads(stdout), "stderr": stderr, "out": out}


def test_a_town_whose_file_fails_is_reported_with_its_status_and_the_others_proceed(troubled):
    assert troubled["status"] == 1  # like `clean`: a file could not be used
    result = troubled["result"]
    assert set(result["towns"]) == {"旺草镇", "洋川镇", "空镇"}
    assert result["towns"]["洋川镇"]["petitions.assigned"] is None
    assert result["towns"]["洋川镇"]["disputes.screened"] is not None
    assert (
        result["towns"]["旺草镇"]["litigation.cases"] is None and result["towns"]["旺草镇"]["enforcement.cases"] == 702
    )
    assert result["towns"]["空镇"]["enforcement.cases"] is None
    assert result["county"]["enforcement.cases"] is None  # 空镇 has no enforcement ledger
    assert "说明.txt" in troubled["stderr"] and "Traceback" not in troubled["stderr"]


def test_the_county_page_states_each_towns_data_status(troubled):
    page = joined((troubled["out"] / f"{TITLE}.html").read_text(encoding="utf-8"))
    assert "2024年信访事项台账.xlsx" in page  # the unusable file, named
    assert "行政应诉案件台账" in page  # the ledger 旺草镇 did not provide
    assert "无法统计" in page


@pytest.mark.parametrize(
    "setup, expected",
    [
        (lambda raw: None, "找不到县级台账文件夹"),
        (lambda raw: raw.mkdir(), "没有乡镇文件夹"),
        (lambda raw: raw.write_text("旺草镇", encoding="utf-8"), "是一个文件，不是文件夹"),
    ],
    ids=["no folder", "empty folder", "a file"],
)
def test_a_missing_or_empty_county_folder_says_what_to_do(tmp_path, setup, expected):
    raw = tmp_path / "county"
    setup(raw)
    status, _, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert status == 1 and expected in stderr and "Traceback" not in stderr
    assert "python -m fzlib sample" in stderr or "以乡镇命名的文件夹" in stderr  # what to do


@pytest.mark.parametrize("twins", [("蒲场镇（1）", "蒲场镇(1)"), ("郑场镇", "郑场 镇"), ("小关乡", "小关乡\u3000")])
def test_two_town_folders_differing_only_in_full_width_forms_or_spaces_are_named_never_counted_twice(tmp_path, twins):
    # Before: both were read as towns and the county's totals counted the town twice.
    raw = tmp_path / "county"
    for town in twins:
        builders.xlsx(raw / town / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    status, _, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert status == 1 and "Traceback" not in stderr and "内部错误" not in stderr
    assert all(f"「{town}」" in stderr for town in twins) and "合并" in stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "copy",
    ["甲镇 - 副本", "甲镇 (2)", "甲镇（2）", "甲镇(1)", "复件 甲镇", "Copy of 甲镇", "甲镇 副本 2", "甲镇（旧）"],
)
def test_a_copy_of_a_towns_folder_beside_it_is_named_never_counted_as_another_town(tmp_path, copy):
    # Before: 甲镇 (2), the folder copied to be safe and one record added, was read as a town of its own:
    # the county's enforcement.cases was 5 (2 + 3) for a town of 3 cases, exit 0.
    raw = tmp_path / "county"
    builders.xlsx(raw / "甲镇" / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    builders.xlsx(raw / copy / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]})
    status, _, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert status == 1 and "Traceback" not in stderr and "内部错误" not in stderr
    assert f"「{copy}」像是「甲镇」的副本" in stderr and "合并" in stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("unnamed", ["新建文件夹", "新建文件夹 (2)", "New folder"])
def test_a_folder_left_under_its_default_name_is_no_town(tmp_path, unnamed):
    # Before: 新建文件夹 was a town of the county, with its own column in the report and its cases in the totals.
    raw = tmp_path / "county"
    for town in ("甲镇", unnamed):
        builders.xlsx(raw / town / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    status, _, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert status == 1 and f"「{unnamed}」还是新建文件夹时的默认名称" in stderr and "改名" in stderr
    assert not (tmp_path / "out").exists()


def test_a_towns_folder_of_village_folders_given_as_the_county_is_named(tmp_path):
    # Before: 晨光村 and 广怀村 were the county's two 乡镇 in its report and totals.
    raw = tmp_path / "town"
    for village in ("晨光村", "城南社区"):
        builders.xlsx(
            raw / village / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]}
        )
    status, _, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert status == 1 and "这像是一个乡镇的台账文件夹" in stderr and "fzlib clean --raw" in stderr
    assert not (tmp_path / "out").exists()


def test_the_county_outputs_are_never_written_into_its_raw_folder(tmp_path):
    # Before: --out inside --raw wrote the county workbook and report among the towns' folders.
    raw = tmp_path / "county"
    builders.xlsx(raw / "甲镇" / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    status, _, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(raw / "汇总"))
    assert status == 1 and "原始台账文件夹只放台账" in stderr
    assert sorted(p.name for p in raw.iterdir()) == ["甲镇"]


def test_towns_whose_names_only_look_like_copies_are_each_a_town(tmp_path):
    raw = tmp_path / "county"
    for town in ("旧州镇", "新旧镇"):
        builders.xlsx(raw / town / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    from fzlib.county.command import discover

    assert discover(raw, YEAR) == ["新旧镇", "旧州镇"]


def test_a_usb_drives_recycle_bin_and_volume_information_are_no_towns(tmp_path):
    # Before: a county folder at a USB drive's root made $RECYCLE.BIN and System Volume Information towns.
    raw = tmp_path / "county"
    builders.xlsx(raw / "甲镇" / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    for folder in ("$RECYCLE.BIN", "System Volume Information", "__MACOSX"):
        (raw / folder).mkdir()
        (raw / folder / "x").write_bytes(b"\0")
    from fzlib.county.command import discover

    assert discover(raw, YEAR) == ["甲镇"]


@pytest.mark.parametrize("inside", ["甲镇", "备份/甲镇", "甲镇 "])
def test_a_town_folder_holding_a_copy_of_another_towns_folder_is_named_never_counted_twice(tmp_path, inside):
    # Before: 乙镇 counted 甲镇's 2 cases as its own (4) and the county total was 6, not 4, exit 0.
    raw = tmp_path / "county"
    for town in ("甲镇", "乙镇"):
        builders.xlsx(raw / town / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    shutil.copytree(raw / "甲镇", raw / "乙镇" / inside)
    status, _, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert status == 1 and "Traceback" not in stderr and "内部错误" not in stderr
    assert "「乙镇」" in stderr and "「甲镇」" in stderr and "移出" in stderr
    assert not (tmp_path / "out").exists()


# The same detection whether the copy sits in a folder of its own or renamed beside the town's ledgers: the fast tier
# runs the county once for it, `make test` both ways.
@pytest.mark.parametrize(
    "kept_as", [pytest.param("备份/执法台账.xlsx", marks=pytest.mark.slow), "执法台账（甲镇发来）.xlsx"]
)
def test_a_ledger_found_byte_for_byte_in_two_towns_counts_in_neither_never_twice(tmp_path, kept_as):
    # Before: 乙镇 counted 甲镇's 2 cases as its own (4) and the county total was 6, not 4, exit 0.
    raw = tmp_path / "county"
    for town, start in (("甲镇", 1), ("乙镇", 10)):
        rows = builders.enforcement_rows(2, start=start)
        builders.xlsx(raw / town / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *rows]})
    (raw / "乙镇" / kept_as).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(raw / "甲镇" / "执法台账.xlsx", raw / "乙镇" / kept_as)
    out = tmp_path / "out"
    status, stdout, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(out), "--json")
    assert status == 1 and "Traceback" not in stderr and "逐字节相同" in stderr and "移出" in stderr
    printed = json.loads(stdout)
    assert (
        printed["towns"]["甲镇"]["enforcement.cases"] is None and printed["towns"]["乙镇"]["enforcement.cases"] is None
    )
    assert printed["county"]["enforcement.cases"] is None
    assert (
        json.loads(figures_file(paths.county_town_dir(out, "乙镇")).read_text(encoding="utf-8"))["figures"][
            "enforcement.cases"
        ]["value"]
        is None
    )


def test_the_countys_register_kept_by_every_town_counts_each_towns_own_rows_once(tmp_path):
    # The county's 全县 register (a 乡镇（街道） column) sent back to every town: each town counts the rows naming it,
    # so the copies in two folders are no records counted twice.
    raw = tmp_path / "county"
    register = [["序号", "乡镇（街道）", "排查日期", "村（社区）", "化解情况"]]
    register += [[i, town, f"2024-03-{i:02d}", "某村", "已化解"] for i, town in enumerate(["甲镇", "乙镇", "甲镇"], 1)]
    for town in ("甲镇", "乙镇"):
        builders.xlsx(raw / town / "全县矛盾纠纷台账.xlsx", {"全县": register})
    status, stdout, stderr = run_cli(
        "county", "--year", str(YEAR), "--raw", str(raw), "--out", str(tmp_path / "o"), "--json"
    )
    printed = json.loads(stdout)
    assert "逐字节相同" not in stderr and "Traceback" not in stderr
    assert [printed["towns"][t]["disputes.screened"] for t in ("甲镇", "乙镇")] == [2, 1]
    assert printed["county"]["disputes.screened"] == 3


def test_the_same_blank_template_in_every_town_is_no_shared_ledger(tmp_path):
    raw = tmp_path / "county"
    for town, start in (("甲镇", 1), ("乙镇", 10)):
        rows = builders.enforcement_rows(2, start=start)
        builders.xlsx(raw / town / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *rows]})
    blank = builders.xlsx(
        raw / "甲镇" / "调解台账（空白）.xlsx", {"S": [["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果"]]}
    )
    shutil.copy(blank, raw / "乙镇" / blank.name)
    status, stdout, stderr = run_cli(
        "county", "--year", str(YEAR), "--raw", str(raw), "--out", str(tmp_path / "o"), "--json"
    )
    assert "逐字节相同" not in stderr and json.loads(stdout)["county"]["enforcement.cases"] == 4


def test_the_per_town_step_refuses_to_make_a_pseudonym_key_of_its_own(tmp_path):
    job = TownJob("甲镇", YEAR, str(paths.raw_dir(YEAR)), str(tmp_path / "甲镇"), key=str(tmp_path / "no-key"))
    record = run_town(job)
    assert record["problem"] and "化名密钥" in record["problem"]
    assert all(f["value"] is None for f in record["figures"].values())
    assert not (tmp_path / "no-key").exists()


def test_check_compares_a_towns_draft_with_that_towns_figures(county, tmp_path):
    out = county["runs"][1]["out"]
    cases = county["result"]["towns"]["洋川镇"]["enforcement.cases"]
    draft = tmp_path / "洋川镇草稿.txt"
    args = ["check", str(draft), "--year", str(YEAR), "--town", "洋川镇", "--county", str(out), "--json"]
    draft.write_text(f"全年办理行政执法案件{cases}件。", encoding="utf-8")
    status, stdout, _ = run_cli(*args)
    assert status == 0 and "inconsistent" not in stdout
    draft.write_text(f"全年办理行政执法案件{cases + 7}件。", encoding="utf-8")
    status, stdout, _ = run_cli(*args)
    assert status == 1 and "inconsistent" in stdout


def test_check_names_a_town_the_county_run_does_not_have(county, tmp_path):
    draft = tmp_path / "草稿.txt"
    draft.write_text("全年办理行政执法案件12件。", encoding="utf-8")
    status, _, stderr = run_cli(
        "check", str(draft), "--year", str(YEAR), "--town", "无此镇", "--county", str(county["runs"][1]["out"])
    )
    assert status == 0 and "无此镇" in stderr and "python -m fzlib county" in stderr


@pytest.mark.slow  # two whole towns generated
def test_sample_writes_a_fictitious_town_marked_illustrative_and_byte_identical(tmp_path):
    for folder in ("a", "b"):
        assert (
            run_cli("sample", "--year", "2025", "--town", "茅垭镇", "--seed", "7", "--out", str(tmp_path / folder))[0]
            == 0
        )
    a, b = ({p.name: p.read_bytes() for p in sorted((tmp_path / f).iterdir())} for f in ("a", "b"))
    assert a == b and len(a) >= 11
    assert all("2025年" in name for name in a)
    from openpyxl import load_workbook

    first = next(p for p in sorted((tmp_path / "a").iterdir()) if p.suffix == ".xlsx")
    assert "示例数据" in load_workbook(first).worksheets[0]["A1"].value


def test_seeds_vary_a_towns_volumes_and_layouts():
    towns = [fictitious(YEAR, "茅垭镇", seed) for seed in range(8)]
    assert len({t.figures["disputes"]["screened"] for t in towns}) == 8
    assert len({tuple(sorted(t.layouts.items())) for t in towns}) > 1
    assert len({t.villages for t in towns}) > 1


@pytest.mark.slow
def test_a_dask_cluster_gives_the_same_bytes_as_local_workers(county, tmp_path):
    distributed = pytest.importorskip("distributed")
    out = tmp_path / "dask"
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None, processes=True
    ) as cluster:
        status, stdout, stderr = run_cli(
            "county",
            "--year",
            str(YEAR),
            "--raw",
            str(county["raw"]),
            "--out",
            str(out),
            "--dask",
            cluster.scheduler_address,
            "--json",
        )
    assert status == 0, stderr
    assert stdout == county["runs"][1]["json"]
    assert county_files(out) == county["runs"][1]["files"]


def test_an_unreachable_dask_cluster_is_a_message_not_a_traceback(county, tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    from fzlib.county import command

    monkeypatch.setattr(command, "DASK_TIMEOUT", "1s")
    status, _, stderr = run_cli(
        "county",
        "--year",
        str(YEAR),
        "--raw",
        str(county["raw"]),
        "--out",
        str(tmp_path / "x"),
        "--dask",
        "tcp://127.0.0.1:9",
    )
    assert status == 1 and "无法连接 Dask 集群" in stderr and "Traceback" not in stderr


@pytest.mark.slow
def test_the_county_page_passes_the_browser_test(county):
    from browser import inspect_page

    page = county["runs"][1]["out"] / f"{TITLE}.html"
    problems = [p for report in inspect_page(page, name="county") for p in report.problems()]
    assert problems == []


def test_each_towns_job_names_its_own_town_for_the_countys_tables_it_holds(tmp_path):
    # A town's folder may hold what the county compiled over all towns (a 乡镇（街道） column): its rows are
    # told by the folder's name, never by the one `town` of the project's params.
    from fzlib.county.command import make_jobs

    jobs = make_jobs(YEAR, tmp_path, tmp_path / "out", ["旺草镇", "洋川镇"], {"town": "旺草镇", "kinds": {}})
    assert [job.options["town"] for job in jobs] == ["旺草镇", "洋川镇"]


def test_the_systems_own_files_in_the_county_folder_are_no_stray_ledgers(tmp_path):
    # Windows writes desktop.ini into a folder given an icon, and a ledger received by e-mail and copied to Linux
    # brings its Zone.Identifier stream as a file: neither is a ledger lying outside the towns' folders.
    from fzlib.county.command import stray_files

    (tmp_path / "甲镇").mkdir()
    (tmp_path / "desktop.ini").write_text("[.ShellClassInfo]\n", encoding="utf-8")
    (tmp_path / "汇总.xlsx:Zone.Identifier").write_text("[ZoneTransfer]\nZoneId=3\n", encoding="utf-8")
    (tmp_path / "汇总.xlsx").write_bytes(b"PK\x03\x04")
    assert stray_files(tmp_path) == ["汇总.xlsx"]


def test_a_forking_parent_imports_exactly_the_modules_the_per_town_step_imports():
    import ast
    import importlib.util
    import inspect

    from fzlib.county import step

    def imported(node: ast.ImportFrom, name: str) -> str:
        package = importlib.util.find_spec(node.module).submodule_search_locations
        submodule = f"{node.module}.{name}"
        return submodule if package and importlib.util.find_spec(submodule) else node.module

    tree = ast.parse(inspect.getsource(step._process))
    found = {imported(n, a.name) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    assert found == set(step.PER_TOWN_MODULES)


@pytest.mark.parametrize(
    "folder, extra",
    [
        ("鲁桥镇2024年台账", "2024年台账"),
        ("2024年鲁桥镇", "2024年"),
        ("鲁桥镇台账资料", "台账资料"),
        ("鲁桥镇_2024", "_2024"),
        ("鲁桥镇（最终版）", "（最终版）"),
    ],
)
def test_a_town_folder_named_with_its_year_or_the_word_ledger_is_told_its_town_name(tmp_path, folder, extra):
    # Before: the folder's whole name was the town's: 鲁桥镇2024年台账 a town of the county's report and workbook, the
    # county's registers' rows of 鲁桥镇 not its own, and beside a folder 鲁桥镇 the same town counted twice.
    raw = tmp_path / "county"
    for town in ("甲镇", folder):
        builders.xlsx(raw / town / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    status, _, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert status == 1 and "Traceback" not in stderr and "内部错误" not in stderr
    assert f"「{folder}」除乡镇名称外还写了“{extra}”" in stderr and "改名为「鲁桥镇」" in stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("town", ["二〇二四镇", "台账乡", "鲁桥镇"])
def test_a_town_whose_own_name_only_looks_decorated_is_a_town(tmp_path, town):
    raw = tmp_path / "county"
    builders.xlsx(raw / town / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    from fzlib.county.command import discover

    assert discover(raw, YEAR) == [town]


@pytest.mark.parametrize("version", ["乙镇-最终版", "乙镇（修改稿）", "乙镇 定稿"])
def test_a_later_version_of_a_towns_folder_beside_it_is_named_never_counted_as_another_town(tmp_path, version):
    # Before: 乙镇-最终版 beside 乙镇 was a town of its own, its cases counted a second time in the county's totals.
    raw = tmp_path / "county"
    builders.xlsx(raw / "乙镇" / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    builders.xlsx(raw / version / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]})
    status, _, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert status == 1 and "Traceback" not in stderr and "内部错误" not in stderr
    assert f"「{version}」像是「乙镇」的另一个版本" in stderr and "计入两次" in stderr
    assert not (tmp_path / "out").exists()


def test_a_town_folder_marked_as_sent_is_told_its_town_name(tmp_path):
    raw = tmp_path / "county"
    builders.xlsx(
        raw / "丁镇（已上报）" / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]}
    )
    status, _, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert status == 1 and "改名为「丁镇」" in stderr


@pytest.mark.parametrize(
    "left",
    [lambda town: town.mkdir(parents=True), lambda town: (town / "村（社区）").mkdir(parents=True)],
    ids=["nothing-at-all", "only-an-empty-sub-folder"],
)
def test_a_town_folder_left_empty_is_named_and_the_other_towns_still_rolled_up(tmp_path, left):
    # Before: a town of no figures, every county total unavailable because of it, and the terminal said only "其余 2 个
    # 见各乡镇数据状况": the folder made for a town's ledgers and never filled was named nowhere but the page.
    raw = tmp_path / "county"
    builders.xlsx(raw / "甲镇" / "执法台账.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    left(raw / "空白镇")
    status, stdout, stderr = run_cli(
        "county", "--year", str(YEAR), "--raw", str(raw), "--out", str(tmp_path / "out"), "--json"
    )
    assert "Traceback" not in stderr and "内部错误" not in stderr
    printed = json.loads(stdout)
    assert printed["towns"]["甲镇"]["enforcement.cases"] == 2 and printed["county"]["enforcement.cases"] is None
    assert "空白镇的文件夹中没有可用的台账" in stderr and "删去这个文件夹" in stderr


def _two_towns_each_titling_its_register(raw):
    """鲁桥镇 and 城关镇, each a register of 2 cases titled with its own name."""
    for town, start in (("鲁桥镇", 1), ("城关镇", 10)):
        rows = builders.enforcement_rows(2, start=start)
        builders.xlsx(
            raw / town / "执法台账.xlsx", {"S": [[f"{town}2024年行政执法案件台账"], builders.ENFORCEMENT_HEADER, *rows]}
        )
    return raw


def test_a_ledger_titled_as_another_towns_of_the_county_in_a_towns_folder_is_named_never_counted_as_its_own(tmp_path):
    # Before: 城关镇 counted the 3 cases of a register titled 鲁桥镇2024年行政执法案件台账 (鲁桥镇 has a folder of its own) as
    # its own, exit 0, nothing said: a ledger saved into the wrong town's folder, or a neighbour's form kept with its
    # title, read silently.
    raw = _two_towns_each_titling_its_register(tmp_path / "county")
    rows = builders.enforcement_rows(3, start=20)
    builders.xlsx(
        raw / "城关镇" / "执法台账2.xlsx", {"S": [["鲁桥镇2024年行政执法案件台账"], builders.ENFORCEMENT_HEADER, *rows]}
    )
    out = tmp_path / "out"
    status, stdout, stderr = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(out), "--json")
    assert "Traceback" not in stderr and "内部错误" not in stderr
    printed = json.loads(stdout)
    assert printed["towns"]["鲁桥镇"]["enforcement.cases"] == 2
    assert (
        printed["towns"]["城关镇"]["enforcement.cases"] is None
    )  # its 3 rows uncounted: never 5, never 2 as if complete
    issues = pd.read_parquet(paths.county_town_dir(out, "城关镇") / paths.TOWN_PROCESSED / "issues.parquet")
    (said,) = issues[issues["code"] == "sheet.county_other_town"].to_dict("records")
    assert said["file"] == "执法台账2.xlsx" and said["level"] == "错误"
    assert "鲁桥镇" in said["message"] and "移到鲁桥镇的文件夹" in said["message"] and "3 行未计入" in said["message"]


def test_a_towns_own_ledger_titled_with_its_name_in_a_county_run_is_its_own(tmp_path):
    raw = _two_towns_each_titling_its_register(tmp_path / "county")
    out = tmp_path / "out"
    status, stdout, _ = run_cli("county", "--year", str(YEAR), "--raw", str(raw), "--out", str(out), "--json")
    printed = json.loads(stdout)
    assert printed["towns"]["鲁桥镇"]["enforcement.cases"] == 2 and printed["towns"]["城关镇"]["enforcement.cases"] == 2
