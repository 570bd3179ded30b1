"""The files beside the HTML: draft text (.txt, .docx) and indicators (.xlsx) carry the report's figures."""

from __future__ import annotations

import hashlib

import pandas as pd

from fzlib.check import read_draft
from fzlib.report import data as report
from fzlib.report import exports
from fzlib.sample import ground_truth

STEM = "法治政府建设报告-2024"


def _beside(rendered, suffix):
    return rendered.with_name(f"{STEM}{suffix}")


def test_build_report_writes_docx_txt_and_xlsx_beside_the_html(rendered_2024):
    for suffix in (".docx", "-文字稿.txt", "-指标.xlsx"):
        assert _beside(rendered_2024, suffix).stat().st_size > 0


def test_draft_text_states_the_truth_figures(rendered_2024):
    truth = ground_truth(2024)["indicators"]
    txt = _beside(rendered_2024, "-文字稿.txt").read_text(encoding="utf-8")
    for phrase in (
        f"共办理行政执法案件{truth['enforcement.cases']}件",
        "化解成功率96.3%",
        f"口头协议{truth['mediation.oral']}件、书面协议{truth['mediation.written']}件",
        "申请案补经费51,800元",
        f"出具家暴告诫书{truth['security.dv_warnings']}份",
    ):
        assert phrase in txt


def test_the_text_copy_is_the_word_reports_text_in_order(rendered_2024):
    txt = [line for line in _beside(rendered_2024, "-文字稿.txt").read_text(encoding="utf-8").splitlines() if line]
    word = [line for line in read_draft(_beside(rendered_2024, ".docx")).splitlines() if line]
    at = 0
    for line in txt:  # the Word report also has tables, captions and notes between the lines
        at = word.index(line, at) + 1


def test_the_text_copy_keeps_every_note_of_the_word_report(rendered_2024):
    """A section that only says why it has no figures is in the text too (it was left out)."""
    txt = _beside(rendered_2024, "-文字稿.txt").read_text(encoding="utf-8").splitlines()
    word = read_draft(_beside(rendered_2024, ".docx")).splitlines()
    notes = [line for line in word if line.startswith("注：")]
    assert notes and [line for line in txt if line.startswith("注：")] == notes


def test_xlsx_lists_every_indicator_with_the_truth_values_and_previous_year(rendered_2024):
    frame = pd.read_excel(_beside(rendered_2024, "-指标.xlsx"), engine="openpyxl")
    assert list(frame.columns) == exports.XLSX_COLUMNS
    values = dict(zip(frame["key"], frame["value"]))
    previous = dict(zip(frame["key"], frame["上年"]))
    truth, last = ground_truth(2024)["indicators"], ground_truth(2023)["indicators"]
    assert values == truth
    assert previous == last
    row = frame.set_index("key").loc["disputes.resolution_rate"]
    assert (row["中文名称"], row["单位/格式"], row["同比变化"]) == ("化解成功率", "%", "较上年提高1.7个百分点")
    assert frame.set_index("key").loc["enforcement.cases", "单位/格式"] == "件"


def test_exports_are_byte_identical_run_to_run(processed_years):
    d = report.load(2024, processed_years / "2024")
    first = [hashlib.sha256(exports.docx_bytes(d)).digest(), hashlib.sha256(exports.xlsx_bytes(d)).digest()]
    import time

    time.sleep(1.1)  # zip entry times have two-second resolution; make a clock leak visible
    second = [hashlib.sha256(exports.docx_bytes(d)).digest(), hashlib.sha256(exports.xlsx_bytes(d)).digest()]
    assert first == second


def test_a_year_without_previous_data_exports_without_comparison(processed_years):
    d = report.load(2023, processed_years / "2023")
    frame = exports.indicators_frame(d)
    assert frame["上年"].isna().all() and (frame["同比变化"] == "").all()
    assert "同比" not in exports.draft_text(d) and "较上年" not in exports.draft_text(d)
