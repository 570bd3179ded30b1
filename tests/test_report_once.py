"""The report does its work once: the `report` command loads the year and works out its sections in one
process and hands them to the kernel by a file named by the inputs' content; a handoff made for
other inputs, or one that cannot be read, is never taken (the notebook then loads, as in JupyterLab)."""

from __future__ import annotations

import os
import shutil
from collections import Counter

import pandas as pd
import pytest

from fzlib import paths
from fzlib.indicators import trace
from fzlib.report import data as report
from fzlib.report import exports, outline


@pytest.fixture
def handoff(tmp_path, monkeypatch):
    """Handed-over years go to a folder of the test's own, not the project's build/cache."""
    folder = tmp_path / "handoff"
    monkeypatch.setattr(paths, "REPORT_HANDOFF", folder)
    return folder


def _sections_html(d) -> list[str]:
    return [str(outline.render(d, s)) for s in outline.load()]


def test_the_kernel_takes_the_year_handed_over_for_the_same_inputs_and_shows_the_same_sections(
    processed_years, handoff
):
    processed = processed_years / "2024"
    worked = outline.work_out(report.load(2024, processed))
    written = report.hand_over(worked, report.inputs_key(2024, processed))
    assert written.parent == handoff and written.stem == report.inputs_key(2024, processed)

    taken = report.load(2024, processed)
    assert taken.made is not None and set(taken.made) == set(worked.made)  # nothing left to work out
    report.withdraw(written)
    assert not written.exists()
    fresh = report.load(2024, processed)
    assert fresh.made is None  # no handoff: loaded as an analyst's notebook loads it
    assert _sections_html(taken) == _sections_html(fresh)
    assert exports.draft_text(taken) == exports.draft_text(fresh)


def test_a_handoff_is_not_taken_once_the_params_have_other_bytes_even_with_the_same_size_and_time(
    processed_years, handoff, tmp_path, monkeypatch
):
    # The same size and modification time: only the content tells the edit apart.
    monkeypatch.setattr(paths, "PARAMS", tmp_path / "params")
    paths.PARAMS.mkdir()
    params = shutil.copy(paths.ROOT / "params" / "2024.yaml", paths.PARAMS / "2024.yaml")
    processed = processed_years / "2024"
    report.hand_over(outline.work_out(report.load(2024, processed)), report.inputs_key(2024, processed))

    before = os.stat(params)
    text = params.read_text(encoding="utf-8")
    assert 'report_date: "2025-01-15"' in text
    params.write_text(text.replace('report_date: "2025-01-15"', 'report_date: "2025-01-16"'), encoding="utf-8")
    os.utime(params, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(params).st_size == before.st_size and os.stat(params).st_mtime_ns == before.st_mtime_ns

    d = report.load(2024, processed)
    assert d.made is None and d.params["report_date"] == "2025-01-16"


def test_a_cleaned_table_rewritten_after_the_handoff_changes_the_key(processed_years, tmp_path):
    processed = tmp_path / "processed" / "2024"
    shutil.copytree(processed_years / "2024", processed)
    key = report.inputs_key(2024, processed)
    issues = processed / "issues.parquet"
    before = os.stat(issues)
    issues.write_bytes(issues.read_bytes()[:-1] + b"\0")
    os.utime(issues, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert report.inputs_key(2024, processed) != key


def test_a_damaged_handoff_is_passed_over_and_the_year_loaded(processed_years, handoff):
    processed = processed_years / "2024"
    handoff.mkdir()
    (handoff / f"{report.inputs_key(2024, processed)}.pickle").write_bytes(b"\x80\x05cut short")
    d = report.load(2024, processed)
    assert d.made is None and d.year == 2024 and d.tables


def test_sections_are_worked_out_at_every_call_unless_kept(processed_years):
    d = report.load(2024, processed_years / "2024")
    section = outline.section("enforcement")
    assert outline.pieces(d, section) is not outline.pieces(d, section)
    outline.work_out(d)
    assert outline.pieces(d, section) is outline.pieces(d, section)


def test_the_records_behind_each_figure_are_selected_once_for_the_page_counts_and_the_detail_sheet(
    processed_years, monkeypatch
):
    d = report.load(2024, processed_years / "2024")
    plain = trace.trace_all(d.specs, d.tables, d.excluded)
    selected = Counter()
    groups = trace._groups

    def counting(figure, *args):
        selected[figure.name] += 1
        return groups(figure, *args)

    monkeypatch.setattr(trace, "_groups", counting)
    trace.select_all(d.specs, d.tables, d.excluded, d.selected)
    outline.work_out(d)  # the page's 数字来源 counts (trace.places)
    kept = d.traced  # the workbook's 明细 sheet
    counted = {g.name for k, s in d.specs.items() if k in d.tables for g in s.figures if g.op != "ratio"}
    assert set(selected) == counted and set(selected.values()) == {1}
    pd.testing.assert_frame_equal(kept, plain)
