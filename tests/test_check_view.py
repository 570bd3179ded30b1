"""The `check --html` page in a real browser: headless Chromium at 390 px and 1280 px, numbers explained on tap."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fzlib.check import check_text
from fzlib.check.view import render_page

from browser import CHROMIUM, CHROMIUM_ARGS, HEIGHTS, WIDTHS, inspect_page

pytestmark = pytest.mark.slow

DRAFT = (
    "某镇2024年法治政府建设情况（测试稿）\n"
    "全年共受理投诉举报40件，其中办结25件、转办12件、正在办理6件。\n"
    "全年累计摸排矛盾纠纷572件，化解551件，化解成功率达到96%。受理申请300件，办结149件，办结率49.66%。\n"
    "按处理方式分，维持52件，占60.5%；撤销13件，占15.1%；确认违法6件，占7.0%；终止15件，占17.4%。\n"
    + "一段很长的没有标点的文字" * 12
    + "\n"
    + "<b>不是标签</b> & 也不是实体 &amp;"
)


@pytest.fixture(scope="module", autouse=True)
def chromium_present():
    if CHROMIUM.exists():
        return
    if os.environ.get("FZLIB_SKIP_BROWSER") == "1":
        pytest.skip("FZLIB_SKIP_BROWSER=1 and /usr/bin/chromium is missing")
    pytest.fail(f"{CHROMIUM} is missing: `apt-get install -y chromium`")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("view") / "check.html"
    path.write_text(render_page(DRAFT, check_text(DRAFT), "数字核对：测试稿.txt"), encoding="utf-8")
    return path


def test_the_page_passes_every_browser_check_at_both_widths(page, tmp_path):
    reports = inspect_page(page, name="check-view", shots=tmp_path)
    assert [r.width for r in reports] == list(WIDTHS)
    for r in reports:
        assert r.problems() == []
        assert r.screenshot is not None and r.screenshot.exists()


@pytest.mark.parametrize("width", WIDTHS)
def test_tapping_a_red_number_shows_its_explanation_on_screen(page, width):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": width, "height": HEIGHTS[width]}, has_touch=width < 600)
            context.route(
                "**/*",
                lambda route: route.continue_() if route.request.url.startswith(("file:", "data:")) else route.abort(),
            )
            tab = context.new_page()
            errors = []
            tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            tab.goto(page.as_uri())
            assert tab.locator("#panel").is_hidden()
            red = tab.locator("button.fig.red")
            assert red.count() == 1 and red.first.inner_text() == "40件"
            if width < 600:
                red.first.tap()
            else:
                red.first.click()
            panel = tab.locator("#panel")
            assert panel.is_visible()
            assert "不一致" in panel.inner_text() and "43件" in panel.inner_text()
            box = panel.bounding_box()
            assert box["y"] >= 0 and box["y"] + box["height"] <= HEIGHTS[width] + 1
            assert box["width"] <= width
            tab.locator("#panel-close").click()
            assert panel.is_hidden()
            assert tab.locator("button.fig.green").count() >= 5
            assert errors == []
        finally:
            browser.close()
