"""End to end: the shipped 2024 sample is cleaned and rendered into a report that states its figures."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html import unescape

import pytest
from pagetext import joined

from fzlib import paths


@pytest.fixture(scope="module")
def rendered(processed_years, rendered_2024):
    """The 2024 report, rendered once per session (tests/conftest.py) with 2023 as previous year."""
    return processed_years / "2024", rendered_2024


def page_text(path) -> str:
    html = path.read_text(encoding="utf-8")
    html = joined(html)
    return unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<(style|script)[^>]*>.*?</\1>", "", html, flags=re.S)))


def test_indicators_json_gives_the_enforcement_figures(rendered):
    processed, _ = rendered
    out = subprocess.run(
        [sys.executable, "-m", "fzlib", "indicators", "--year", "2024", "--processed", str(processed), "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    figures = json.loads(out)
    assert (
        figures["enforcement.cases"],
        figures["enforcement.licensing"],
        figures["enforcement.confirmation"],
        figures["enforcement.inspection"],
        figures["enforcement.penalty"],
    ) == (702, 269, 172, 261, 0)


def test_report_states_the_enforcement_sentence_with_shares_adding_to_100(rendered):
    _, report = rendered
    text = page_text(report)
    assert (
        "2024年共办理行政执法案件702件，其中行政许可269件，占38.3%；行政检查261件，占37.2%；行政确认172件，占24.5%。"
        in text
    )


def test_report_has_a_title_charts_and_no_code(rendered):
    _, report = rendered
    html = report.read_text(encoding="utf-8")
    assert "<title>旺草镇2024年法治政府建设工作情况报告</title>" in html
    # nbconvert re-serialises the page (attribute order and case may change; browsers restore the case)
    charts = [tag for tag in re.findall(r"<svg\b[^>]*>", html) if 'class="fz-chart"' in tag]
    assert len(charts) >= 8 and all('role="img"' in tag and 'aria-label="' in tag for tag in charts)
    assert "data.load(" not in html and "import " not in page_text(report)
    assert "示例数据" in page_text(report)


def test_report_has_every_section_in_the_table_of_contents(rendered):
    from fzlib.report import outline

    _, report = rendered
    html = report.read_text(encoding="utf-8")
    for s in outline.load():
        if s.top:  # the 要点 sits above the contents
            assert 'class="fz-highlights"' in html and f'href="#{s.id}"' not in html
            continue
        assert f'href="#{s.id}"' in html and f'id="{s.id}"' in html


def test_report_and_draft_text_say_the_same_sentences(rendered):
    _, report = rendered
    page = re.sub(r"\s+", "", page_text(report))
    draft = report.with_name("法治政府建设报告-2024-文字稿.txt").read_text(encoding="utf-8")
    # the text copy ends with the 落款 (unit and date), which the page shows as its meta line instead
    sentences = [line for line in draft.splitlines()[3:-2] if line and line[0] not in "一二三四五六七八九十（"]
    assert len(sentences) >= 15
    for line in sentences:  # a note is small print on the page, "注：…" in Word and the text
        assert line.removeprefix("注：") in page, line


def test_a_second_build_is_identical_to_the_byte(rendered, tmp_path):
    """Reproducible: the same ledgers, params and code give the same files (no clock, no random ids)."""
    from fzlib.report.command import build_report

    processed, report = rendered
    assert build_report(2024, processed=processed, out=tmp_path) == 0
    first = {p.name: p.read_bytes() for p in report.parent.iterdir() if p.is_file()}
    second = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_the_report_command_leaves_no_handed_over_year_behind(rendered):
    """The year handed to the kernel (fzlib.report.data.hand_over) holds the year's records: it is
    removed once the notebook has run."""
    from fzlib.report.data import inputs_key

    processed, _ = rendered
    assert not (paths.REPORT_HANDOFF / f"{inputs_key(2024, processed)}.pickle").exists()


def test_the_report_is_small_enough_to_forward(rendered):
    _, report = rendered
    assert report.stat().st_size <= 1_500_000


def test_the_report_ends_with_its_provenance(rendered):
    processed, report = rendered
    text = page_text(report)
    manifest = json.loads((processed / "manifest.json").read_text(encoding="utf-8"))
    assert all(f["sha256"] in text for f in manifest["files"])
    assert "fzlib 版本：" in text


@pytest.mark.slow
def test_the_explore_notebook_runs_from_one_call(processed_years, tmp_path):
    """notebooks/explore.ipynb (what `make lab` opens) executes top to bottom on a cleaned year."""
    import papermill

    nb = papermill.execute_notebook(
        str(paths.NOTEBOOKS / "explore.ipynb"),
        str(tmp_path / "out.ipynb"),
        parameters={"year": 2024, "processed": str(processed_years / "2024")},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(paths.ROOT),
    )
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []


def test_a_failing_report_command_exits_non_zero_keeps_the_last_good_files_and_explains(rendered, tmp_path):
    """A report that cannot be made (here: a cleaned table damaged after cleaning) leaves the last
    good report and its draft text as they were, and writes a FAILED page saying where and why."""
    import shutil

    processed, report = rendered
    broken, out = tmp_path / "processed" / "2024", tmp_path / "reports"
    shutil.copytree(processed, broken)
    shutil.copytree(processed.parent / "2023", broken.parent / "2023")
    shutil.copytree(report.parent, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (broken / "enforcement.parquet").write_bytes(b"not a parquet file")

    run = subprocess.run(
        [sys.executable, "-m", "fzlib", "report", "--year", "2024", "--processed", str(broken), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert run.returncode == 1
    assert "报告生成失败" in run.stderr and "第 2 个单元格" in run.stderr and "Traceback" not in run.stderr
    failed = out / "法治政府建设报告-2024-FAILED.html"
    assert {p.name: p.read_bytes() for p in out.iterdir() if p != failed} == before
    page = page_text(failed)
    assert "报告生成失败" in page and "上一份成功生成的报告未被改动" in page and "parquet" in page.lower()
