"""Test harness owning the real-browser inspection of a report page (headless Debian Chromium via playwright).

``inspect_page(html_file)`` opens the file at 1280 px and 390 px wide, each in a fresh profile
with networking features off, and returns one :class:`PageReport` per width: console errors,
every network request other than the file itself and ``data:`` URIs, images that failed to load,
inline SVG charts drawn with no size or no text,
``#`` links whose target is missing or does not scroll into view, horizontal overflow, and tofu:
text whose glyphs come from any font other than the page's embedded web font (Chromium's own
answer through CDP ``CSS.getPlatformFontsForNode``), plus characters the embedded font lacks.
``report.problems()`` lists all of that as sentences; empty means the page passed. Full-page
screenshots go to ``build/screenshots/<name>-<width>.png``.

Run by hand: ``.venv/bin/python tests/browser.py reports/2024/report.html``.
"""

from __future__ import annotations

import base64
import io
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
MIN_CHART_TEXT_PX = 11  # what a reader can read on a phone
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTHS = (1280, 390)
HEIGHTS = {1280: 900, 390: 844}
EMBEDDED_FAMILY = "FzlibCJK"
_FONT_URI = re.compile(
    r'font-family:\s*"?'
    + EMBEDDED_FAMILY
    + r'"?;[^}]*?url\(data:font/(?:woff2|woff|otf|ttf);base64,([A-Za-z0-9+/=]+)\)'
)


def screenshot_dir() -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from fzlib import paths

    return paths.SCREENSHOTS


@dataclass
class PageReport:
    """What Chromium saw when it showed one page at one width."""

    width: int
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # anything but the page itself / data:
    images: list[dict] = field(default_factory=list)  # {src, naturalWidth}
    charts: list[dict] = field(default_factory=list)  # inline <svg>: {label, width, height, texts}
    links: list[dict] = field(default_factory=list)  # {href, found, top, viewport}
    scroll_width: int = 0
    client_width: int = 0
    font_faces: list[dict] = field(default_factory=list)  # {family, status}
    foreign_fonts: list[dict] = field(default_factory=list)  # {text, fonts} not the web font
    text_nodes_checked: int = 0
    missing_chars: str = ""  # visible characters the embedded font has no glyph for
    screenshot: Path | None = None
    page_height: int = 0  # as first opened: folded material closed
    chart_text_min_px: float = 0  # the smallest text any chart draws, on this screen
    wide_tables: list[dict] = field(default_factory=list)  # {caption, width}: wider than the screen (folds open)
    split_numbers: list[dict] = field(default_factory=list)  # {caption, text, run}: a number or short word on two lines
    stacked_cells: list[dict] = field(default_factory=list)  # {caption, text}: a cell's words one character a line

    def problems(self) -> list[str]:
        out = [f"{self.width}px: console error: {e}" for e in self.console_errors]
        out += [f"{self.width}px: network request: {u}" for u in self.requests]
        out += [f"{self.width}px: image not loaded: {i['src']}" for i in self.images if not i["naturalWidth"]]
        out += [
            f"{self.width}px: chart not drawn: {c}"
            for c in self.charts
            if not (c["width"] and c["height"] and c["texts"])
        ]
        for link in self.links:
            if not link["found"]:
                out.append(f"{self.width}px: link {link['href']} has no target")
            elif not (-2 <= link["top"] < link["viewport"]):
                out.append(f"{self.width}px: link {link['href']} target not in view (top={link['top']})")
        if self.scroll_width > self.client_width:
            out.append(f"{self.width}px: horizontal overflow {self.scroll_width} > {self.client_width}")
        if not any(f["status"] == "loaded" for f in self.font_faces):
            out.append(f"{self.width}px: embedded font {EMBEDDED_FAMILY} not loaded: {self.font_faces}")
        out += [f"{self.width}px: text drawn with a fallback font (tofu risk): {f}" for f in self.foreign_fonts]
        if self.missing_chars:
            out.append(f"{self.width}px: embedded font lacks {self.missing_chars!r}")
        if self.charts and self.chart_text_min_px < MIN_CHART_TEXT_PX:
            out.append(f"{self.width}px: chart text as small as {self.chart_text_min_px:.1f}px")
        out += [f"{self.width}px: table wider than the screen: {t}" for t in self.wide_tables]
        out += [f"{self.width}px: number broken across lines: {n}" for n in self.split_numbers]
        out += [f"{self.width}px: cell standing one character a line: {c}" for c in self.stacked_cells]
        return out


def embedded_font_chars(html: str) -> set[str] | None:
    """Characters the page's embedded font maps to a glyph (None when there is no such font)."""
    from fontTools.ttLib import TTFont

    match = _FONT_URI.search(html)
    if not match:
        return None
    font = TTFont(io.BytesIO(base64.b64decode(match.group(1))))
    return {chr(c) for c in font.getBestCmap()}


def inspect_page(
    html_file: Path, *, name: str | None = None, widths=WIDTHS, shots: Path | None = None
) -> list[PageReport]:
    """Open ``html_file`` in headless Chromium at each width; return what was seen."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise FileNotFoundError(f"{CHROMIUM} is missing: apt-get install chromium")
    html_file = Path(html_file).resolve()
    page_url = html_file.as_uri()
    name = name or html_file.stem
    shots = shots or screenshot_dir()
    shots.mkdir(parents=True, exist_ok=True)
    html = html_file.read_text(encoding="utf-8")
    covered = embedded_font_chars(html)
    reports = []
    with sync_playwright() as pw:
        for width in widths:
            report = PageReport(width=width)
            with tempfile.TemporaryDirectory(prefix="fzlib-chromium-") as profile:
                context = pw.chromium.launch_persistent_context(
                    profile,
                    executable_path=str(CHROMIUM),
                    headless=True,
                    args=CHROMIUM_ARGS,
                    viewport={"width": width, "height": HEIGHTS.get(width, 900)},
                    device_scale_factor=1,
                    locale="zh-CN",
                    service_workers="block",
                )
                try:
                    _inspect(context, page_url, report, covered, shots / f"{name}-{width}.png")
                finally:
                    context.close()
            reports.append(report)
    return reports


def _inspect(context, page_url: str, report: PageReport, covered: set[str] | None, shot: Path) -> None:
    def on_request(request):
        url = request.url
        if not (url.split("#")[0] == page_url or url.startswith("data:")):
            report.requests.append(url)

    def refuse_network(route):
        # Recorded above; aborting means a stray request fails the test instead of hanging it.
        if route.request.url.split("#")[0] == page_url or route.request.url.startswith("data:"):
            route.continue_()
        else:
            route.abort()

    context.on("request", on_request)
    context.route("**/*", refuse_network)
    page = context.pages[0] if context.pages else context.new_page()
    watching = [True]  # the page's own errors, not those of the harness's DevTools inspection below
    page.on("console", lambda m: watching[0] and m.type == "error" and report.console_errors.append(m.text))
    page.on("pageerror", lambda e: watching[0] and report.console_errors.append(str(e)))
    page.goto(page_url, wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")

    report.images = page.evaluate(
        "Array.from(document.images).map(i => ({src: i.src.slice(0, 60), naturalWidth: i.naturalWidth}))"
    )
    report.charts = page.evaluate("""Array.from(document.querySelectorAll('svg')).map(s => {
        const box = s.getBoundingClientRect();
        return {label: s.getAttribute('aria-label'), width: Math.round(box.width),
                height: Math.round(box.height), texts: s.querySelectorAll('text').length}; })""")
    report.font_faces = page.evaluate(
        "Array.from(document.fonts).map(f => ({family: f.family.replace(/\"/g, ''), status: f.status}))"
    )
    report.font_faces = [f for f in report.font_faces if f["family"] == EMBEDDED_FAMILY]
    report.scroll_width, report.client_width = page.evaluate(
        "[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
    )
    report.page_height = page.evaluate("document.scrollingElement.scrollHeight")
    report.chart_text_min_px = page.evaluate("""Math.min(...Array.from(document.querySelectorAll('svg text'))
        .filter(t => t.getClientRects().length)
        .map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a), Infinity)""")
    # Folded material opened, as a reader would: no table in it may be wider than the screen either.
    report.wide_tables = page.evaluate("""(() => {
        document.querySelectorAll('details').forEach(d => d.open = true);
        const limit = document.scrollingElement.clientWidth;
        const wide = Array.from(document.querySelectorAll('table')).filter(
            t => t.getBoundingClientRect().right > limit + 1 || t.scrollWidth > t.clientWidth + 1).map(
            t => ({caption: (t.caption || {}).textContent || '', width: Math.round(t.scrollWidth)}));
        document.querySelectorAll('details').forEach(d => d.open = false);
        return wide; })()""")
    # A number in a table cell reads as two numbers when its digits wrap (70 / 2 for 702), and so does one inside a
    # text cell (不低于100.0% drawn as 100.0 over %); a cell of one short word reads wrong broken (未达目 over 标). Every
    # number of every cell, folds open again; a run longer than a phone's narrow column holds (a serial of 13
    # characters or more) may wrap, and digits inside a word (a SHA-256) are no number.
    report.split_numbers = page.evaluate("""(() => {
        document.querySelectorAll('details').forEach(d => d.open = true);
        const number = /(?<![0-9A-Za-z.])[<>]?[0-9][0-9,]*(?:[.:\\/-][0-9]+)*%?(?![0-9A-Za-z])/g;
        const lines = r => new Set(Array.from(r.getClientRects()).filter(b => b.width > 0)
                                        .map(b => Math.round(b.top))).size;
        const split = [];
        const word = /^[\u3400-\u9fff\uff08\uff09]{2,5}$/;  // a cell of one short word: 未达目标, 无法统计
        document.querySelectorAll('td').forEach(td => {
            const text = td.textContent.trim();
            if (word.test(text)) {  // it may break once between halves (未达 / 目标), never leave a character alone
                const tops = {};
                const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (let i = 0; i < node.data.length; i++) {
                        if (!node.data[i].trim()) continue;
                        const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                        const top = Math.round(r.getBoundingClientRect().top);
                        tops[top] = (tops[top] || 0) + 1;
                    }
                }
                const counts = Object.values(tops);
                if (counts.length > 2 || (counts.length === 2 && Math.min(...counts) < 2))
                    split.push({caption: (td.closest('table').caption || {}).textContent || '',
                                text: td.textContent, run: text});
                return;
            }
            const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const m of node.data.matchAll(number)) {
                    if (m[0].length > 12) continue;
                    const r = document.createRange();
                    r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
                    if (lines(r) > 1) split.push({caption: (td.closest('table').caption || {}).textContent || '',
                                                  text: td.textContent, run: m[0]});
                }
            }
        });
        document.querySelectorAll('details').forEach(d => d.open = false);
        return split; })()""")
    # A text cell squeezed by a long one beside it stands one character a line (a county's 信访事项台账 as 信 / 访 / 事
    # / 项 / 台 / 账 under 未 / 提 / 供 …), and so may a number column's title (本 / 年 over one-digit counts): a word
    # of two characters or more whose every line holds one of them. A number title of a table of eight columns or more
    # is let be (style.css says why: the table would outgrow the screen).
    report.stacked_cells = page.evaluate("""(() => {
        document.querySelectorAll('details').forEach(d => d.open = true);
        const stacked = [];
        document.querySelectorAll('th:not(.num), td:not(.num), table:not(:has(tr > :nth-child(8))) th.num').forEach(cell => {
            const tops = {};
            let chars = 0;
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.data.length; i++) {
                    if (!node.data[i].trim()) continue;
                    const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                    const top = Math.round(r.getBoundingClientRect().top);
                    tops[top] = (tops[top] || 0) + 1;
                    chars += 1;
                }
            }
            if (chars >= 2 && Object.keys(tops).length === chars)
                stacked.push({caption: (cell.closest('table').caption || {}).textContent || '',
                              text: cell.textContent});
        });
        document.querySelectorAll('details').forEach(d => d.open = false);
        return stacked; })()""")
    report.links = _follow_links(page)
    page.evaluate("window.scrollTo(0, 0)")
    # A full-page shot of the long report took over playwright's default 30 s once, on a 2-core machine busy
    # with other work (2026-12-03): a slow machine is no defect of the page.
    page.screenshot(path=str(shot), full_page=True, timeout=120_000)
    report.screenshot = shot
    # DevTools' CSS agent (the font check) reads the page's style sheets by loading its file: URL,
    # which Chromium 150 logs as an "Unsafe attempt to load URL": the harness's doing, not the page's.
    watching[0] = False
    _check_fonts(context, page, report, covered)


def _follow_links(page) -> list[dict]:
    """Click every in-page link (hidden ones too) and see where the browser's :target ends up."""
    count = page.evaluate("document.querySelectorAll('a[href^=\"#\"]').length")
    links = []
    for i in range(count):
        # Leave any previous :target first, so a dead link cannot inherit the last one's target.
        page.evaluate(
            """(i) => { location.hash = ''; window.scrollTo(0, 0);
                                 document.querySelectorAll('a[href^="#"]')[i].click(); }""",
            i,
        )
        # Chromium resolves the fragment (percent-encoded or not) exactly as a reader's click would.
        links.append(
            page.evaluate(
                """(i) => {
            const a = document.querySelectorAll('a[href^="#"]')[i];
            const t = document.querySelector(':target'), h = location.hash.slice(1);
            const target = t && (t.id === h || t.id === decodeURIComponent(h)
                                 || t.getAttribute('name') === decodeURIComponent(h)) ? t : null;
            return {href: decodeURIComponent(a.getAttribute('href')), found: !!target,
                    top: target ? Math.round(target.getBoundingClientRect().top) : null,
                    viewport: innerHeight};
        }""",
                i,
            )
        )
    return links


def _check_fonts(context, page, report: PageReport, covered: set[str] | None) -> None:
    """Ask Chromium which fonts actually drew each element's text: only the web font may."""
    text = page.evaluate("document.body.innerText")
    if covered is None:
        report.missing_chars = "".join(sorted({c for c in text if not c.isspace()}))[:80]
    else:
        report.missing_chars = "".join(sorted({c for c in text if not c.isspace()} - covered))
    cdp = context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1, "pierce": False})["root"]
    for node_id, sample in _text_elements(root):
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node_id})["fonts"]
        report.text_nodes_checked += 1
        foreign = [f"{f['familyName']}×{f['glyphCount']}" for f in fonts if not f["isCustomFont"]]
        if foreign:
            report.foreign_fonts.append({"text": sample, "fonts": foreign})
    cdp.detach()


def _text_elements(node, skip=("HEAD", "STYLE", "SCRIPT", "TITLE", "NOSCRIPT")):
    """(nodeId, sample) of every element with visible text of its own."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n.get("nodeName", "").upper() in skip:  # SVG element names are lower case
            continue
        kids = n.get("children", [])
        own = "".join(k.get("nodeValue", "") for k in kids if k.get("nodeType") == 3).strip()
        if n.get("nodeType") == 1 and own:
            yield n["nodeId"], own[:30]
        stack.extend(k for k in kids if k.get("nodeType") in (1, 9))
        stack.extend(n.get("contentDocument", []) and [n["contentDocument"]])


def main(argv: list[str]) -> int:
    reports = inspect_page(Path(argv[1]))
    problems = [p for r in reports for p in r.problems()]
    for r in reports:
        print(
            json.dumps(
                {
                    "width": r.width,
                    "requests": len(r.requests),
                    "images": len(r.images),
                    "charts": len(r.charts),
                    "links": len(r.links),
                    "scrollWidth": r.scroll_width,
                    "clientWidth": r.client_width,
                    "text_nodes_checked": r.text_nodes_checked,
                    "screenshot": str(r.screenshot),
                },
                ensure_ascii=False,
            )
        )
    print("\n".join(problems) or "OK: no problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
