"""Specification of the rendered report in a real browser: headless Debian Chromium, 1280 px and 390 px, no CJK font installed."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from fzlib.report import outline
from fzlib.report.html import render_report

from browser import CHROMIUM, WIDTHS, inspect_page
from test_render import TITLE, params, sample_notebook

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def chromium_present():
    if CHROMIUM.exists():
        return
    if os.environ.get("FZLIB_SKIP_BROWSER") == "1":
        pytest.skip("FZLIB_SKIP_BROWSER=1 and /usr/bin/chromium is missing")
    pytest.fail(
        f"{CHROMIUM} is missing: `apt-get install -y chromium` (or set FZLIB_SKIP_BROWSER=1 "
        "to skip the browser checks knowingly)"
    )


@pytest.fixture(scope="module")
def seen(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    nb = sample_notebook(tmp / "report.ipynb")
    page = render_report(nb, params(), tmp / "report.html", title=TITLE, cwd=tmp, strict=True)
    shots = tmp / "shots"
    return inspect_page(page, name="sample-report", shots=shots), shots


def png_width(path: Path) -> int:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">I", data[16:20])[0]


def test_report_passes_every_browser_check_at_both_widths(seen):
    reports, _ = seen
    assert [r.width for r in reports] == list(WIDTHS)
    assert [p for r in reports for p in r.problems()] == []


def test_what_the_checks_covered(seen):
    reports, _ = seen
    for r in reports:
        assert len(r.images) == 1 and r.images[0]["naturalWidth"] > 0
        # the TOC's two links plus the anchor link nbconvert puts on each of the 4 headings
        assert len(r.links) == 6 and all(link["found"] for link in r.links)
        assert r.scroll_width == r.client_width == r.width
        assert r.font_faces == [{"family": "FzlibCJK", "status": "loaded"}]
        assert r.text_nodes_checked >= 15
        assert r.requests == [] and r.console_errors == []


def test_full_page_screenshots_are_saved_per_width(seen):
    _, shots = seen
    for width in WIDTHS:
        shot = shots / f"sample-report-{width}.png"
        assert png_width(shot) == width


BROKEN = """<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>坏页面</title><script src="https://cdn.example.invalid/require.js"></script></head>
<body><h1 id="top">法治政府建设</h1><a href="#不存在">跳转</a>
<img src="missing.png"><div style="width:900px">很宽的内容</div>
<table style="width:3em"><tr><td style="overflow-wrap:anywhere">1,234,567</td></tr></table>
<table style="width:3em"><tr><td style="overflow-wrap:anywhere">不低于100.0%</td></tr></table>
<table style="width:1em"><tr><td style="overflow-wrap:anywhere">未达目标</td></tr></table>
<table style="width:1em"><tr><th style="overflow-wrap:anywhere">未提供的台账</th></tr></table>
<table><tr><th>指标</th><th class="num" style="min-width:0;width:1em;overflow-wrap:anywhere">本年</th></tr>
<tr><td>当前存量</td><td class="num">6</td></tr></table></body></html>"""


def test_the_checks_catch_a_broken_page(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text(BROKEN, encoding="utf-8")
    reports = inspect_page(page, widths=(390,), shots=tmp_path)
    report = reports[0]
    problems = "\n".join(report.problems())
    assert any("cdn.example.invalid" in u for u in report.requests)
    # even a local file is a dependency: the report must travel as one file
    assert any(u.startswith("file://") and u.endswith("missing.png") for u in report.requests)
    assert "image not loaded" in problems
    assert "has no target" in problems
    assert report.scroll_width > report.client_width and "horizontal overflow" in problems
    # a number cell, a number inside a text cell (a target 不低于100.0% drawn as 100.0 over %), a short word
    assert [n["run"] for n in report.split_numbers] == ["1,234,567", "100.0%", "未达目标"]
    assert "number broken across lines" in problems
    # a column title squeezed to one character a line (a county's 未提供的台账 at 390 px)
    # and a number column's two-character title over one-digit counts (本 / 年 at 390 px)
    assert {"未提供的台账", "本年"} <= {c["text"] for c in report.stacked_cells}
    assert "one character a line" in problems
    # no embedded font and no CJK font on the machine: Chinese is drawn by a system fallback
    assert "FzlibCJK not loaded" in problems
    assert report.foreign_fonts and "法" in report.missing_chars


@pytest.fixture(scope="module")
def seen_2024(rendered_2024):
    """The real 2024 sample report, as a reader opens it; screenshots land in build/screenshots/."""
    return inspect_page(rendered_2024, name="report-2024")


def test_the_2024_sample_report_passes_every_browser_check_at_both_widths(seen_2024):
    assert [p for r in seen_2024 for p in r.problems()] == []


def test_the_2024_sample_report_fits_a_phone(seen_2024):
    phone = next(r for r in seen_2024 if r.width == 390)
    assert phone.page_height <= 12_000  # a leader scrolls through it; audit material is folded
    assert phone.chart_text_min_px >= 11 and phone.wide_tables == []
    # every number in every table whole on its line (the 数字来源 fold had shown 702 as 70 / 2)
    assert phone.split_numbers == []
    assert phone.scroll_width == phone.client_width == 390


def test_the_2024_sample_report_shows_its_charts_and_every_toc_entry_lands(seen_2024):
    for r in seen_2024:
        assert len(r.charts) >= 8
        # drawn, labelled, with their text as text, and never wider than the screen
        assert all(c["label"] and c["texts"] >= 3 and 0 < c["width"] <= r.width and c["height"] > 100 for c in r.charts)
        listed = [s for s in outline.load() if not s.top]
        toc = [link for link in r.links if link["href"] in {f"#{s.id}" for s in listed}]
        assert len(toc) >= len(listed) and all(link["found"] for link in toc)
