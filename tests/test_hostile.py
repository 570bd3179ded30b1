"""Specification: hostile ledger cells stay inert — HTML, script, Markdown and 100k-character cells are
shown as plain text in the report, and no cell of any spreadsheet the project writes is a formula."""

from __future__ import annotations

import csv
import io
import re
from html import escape

import openpyxl
import pytest
from pagetext import joined
from test_privacy import YEAR, full_run

import builders
from browser import CHROMIUM, CHROMIUM_ARGS, inspect_page

pytestmark = pytest.mark.slow

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = "[点我](http://evil.example/)"
IMAGE = "![x](http://evil.example/x.png)"
LONG = "长" * 100_000
MATH = [r"$\frac{1}$所", "$x^2$所"]  # mathtext, one of it malformed: shown as typed in the charts
FORMULAS = ['=HYPERLINK("http://evil.example","点我")', "+1+1", "-1+2", "@SUM(1,1)"]
FILE = "执法<img src=x onerror=alert(3)>.xlsx"  # file and sheet names are shown in the data-quality table
SHEET = "<svg onload=alert(4)>"
EXCEL_CELL_LIMIT = 32_767


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    raw = tmp / "raw" / str(YEAR)
    header = ["序号", "案件编号", "案件名称", "执法类别", "执法单位", "办理日期", "当事人", "备注", FORMULAS[0]]
    offices = [SCRIPT, IMG, LINK, IMAGE, LONG, *FORMULAS, *MATH]
    rows = [
        # The column titled with a formula holds a note in each row: an unknown column with cells is named.
        [k + 1, f"旺草许字〔2024〕第{k + 1}号", office, "行政许可", office, "2024-03-05", "某公司", office, "见附件"]
        for k, office in enumerate(offices)
    ]
    # Hostile categories are unknown words: flagged vocab.unknown, their raw value in the issues list.
    for k, category in enumerate([SCRIPT, LONG, *FORMULAS], start=len(rows) + 1):
        rows.append([k, f"旺草许字〔2024〕第{k}号", "事项", category, "旺草镇人民政府", "2024-04-01", "某公司", "", ""])
    path = builders.xlsx(raw / FILE, {SHEET: [header, *rows]})
    # openpyxl stores a string starting with "=" as a formula; a ledger holds it as typed text.
    wb = openpyxl.load_workbook(path)
    for row in wb.active.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
    wb.save(path)
    return full_run(tmp, raw)


def all_files(run):
    return sorted(p for folder in (run["processed"], run["reports"]) for p in folder.rglob("*") if p.is_file())


def report_html(run):
    pages = sorted(run["reports"].rglob("*.html"))
    assert pages, run["runs"]["report"].stderr
    return pages[0]


def test_the_hostile_ledger_is_cleaned_and_reported(run):
    assert run["runs"]["clean"].returncode == 0, run["runs"]["clean"].stdout + run["runs"]["clean"].stderr
    assert run["runs"]["report"].returncode == 0, run["runs"]["report"].stderr
    text = run["runs"]["clean"].stdout
    assert "vocab.unknown" in text and "column.unknown" in text


def test_labels_reach_the_html_only_escaped(run):
    html = joined(report_html(run).read_text(encoding="utf-8"))
    for raw in (SCRIPT, IMG, "<svg onload"):
        assert raw not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the 执法单位 label, as text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;svg onload=alert(4)&gt;" in html  # the sheet name in the data-quality table
    assert not re.search(r"""(?:href|src)\s*=\s*["']?https?://evil""", html)
    assert "长" * 10_000 in html  # a 100k-character label is shown as text (the cleaner caps cells)
    for label in MATH:  # in the office table and in the chart's text, as typed
        assert html.count(escape(label)) >= 2, label


def test_in_chromium_nothing_runs_loads_or_is_injected(run):
    from playwright.sync_api import sync_playwright

    page_file = report_html(run).resolve()
    url = page_file.as_uri()
    dialogs, requests = [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on(
                "request",
                lambda r: r.url.split("#")[0] != url and not r.url.startswith("data:") and requests.append(r.url),
            )
            page.route(
                "**/*",
                lambda route: (
                    route.continue_()
                    if route.request.url.split("#")[0] == url or route.request.url.startswith("data:")
                    else route.abort()
                ),
            )
            page.goto(url, wait_until="load")
            page.wait_for_timeout(500)  # let any onerror/onload handler fire
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")  # folded tables too
            seen = page.evaluate("""() => ({
                // charts are inline <svg class="fz-chart">; any other svg came from a label
                injected: document.querySelectorAll(
                    '[onerror],[onload],img[src="x"],svg:not(.fz-chart),iframe,object,embed').length,
                scripts: Array.from(document.scripts).filter(s => s.textContent.includes('alert')).length,
                evil: Array.from(document.querySelectorAll('a[href],img[src]'))
                           .filter(e => (e.href || e.src || '').includes('evil')).length,
                text: document.body.innerText,
            })""")
        finally:
            browser.close()
    assert dialogs == [] and requests == []
    assert (seen["injected"], seen["scripts"], seen["evil"]) == (0, 0, 0)
    for shown in (SCRIPT, IMG, LINK, IMAGE, "<svg onload=alert(4)>"):
        assert shown in seen["text"]  # visible as the characters typed, nothing more


def test_the_browser_harness_sees_no_request_or_error_either(run):
    reports = inspect_page(report_html(run), name="hostile-report", shots=run["reports"].parent / "shots")
    assert [(r.requests, r.console_errors) for r in reports] == [([], []), ([], [])]


def test_no_spreadsheet_the_project_writes_holds_a_formula(run):
    books = [p for p in all_files(run) if p.suffix == ".xlsx"]
    assert any(p.name == "issues.xlsx" for p in books)
    for path in books:
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (path.name, cell.coordinate, cell.value)
                    if isinstance(cell.value, str):
                        assert not cell.value.startswith(("=", "+", "-", "@")), (path.name, cell.coordinate)
                        assert len(cell.value) <= EXCEL_CELL_LIMIT, (path.name, cell.coordinate, len(cell.value))


def test_the_formula_cells_reach_the_issues_list_as_quoted_text(run):
    ws = openpyxl.load_workbook(run["processed"] / "issues.xlsx")["问题清单"]
    rows = list(ws.iter_rows(values_only=True))
    records = [dict(zip(rows[0], r)) for r in rows[1:]]
    unknown = {r["原值"] for r in records if r["问题代码"] == "vocab.unknown"}
    assert {"'" + f for f in FORMULAS} <= unknown  # the hostile categories, quoted
    assert ["'" + FORMULAS[0]] == [r["列标题"] for r in records if r["问题代码"] == "column.unknown"]


def test_no_csv_the_project_writes_holds_a_formula(run):
    for path in (p for p in all_files(run) if p.suffix == ".csv"):
        text = path.read_bytes().decode("utf-8-sig", "replace")
        for row in csv.reader(io.StringIO(text)):
            assert not [c for c in row if c.startswith(("=", "+", "-", "@"))], path.name
