"""The report as one deterministic, self-contained HTML file: the notebook executed (fzlib.report.execute), then exported by nbconvert.

``render_report(notebook, parameters, out_html, title=...)`` runs the notebook with papermill's
Python API (kernel ``python3`` of this interpreter's environment, timing records off) and exports
it with nbconvert's ``HTMLExporter`` in the same process. The kernel (:class:`Kernel`) is started
before anything else and imports what the notebook imports while it boots, so that its start-up
overlaps with this process loading papermill and nbconvert. The page is:

* no code, no prompts, no papermill injected-parameters cell, no stderr/warning output
  (``strict=True`` turns any stderr output into a failure instead of silently dropping it);
* self-contained: the template ``fzlib/report/templates/fzlib_report`` replaces lab's head, so there is no
  ``<script src>`` at all, ``<html lang="zh">``, ``<title>`` is ``title``, and the ≈263 KB lab CSS
  is replaced by ``fzlib/report/style.css`` (≈8 KB);
* Chinese renders without any font installed: Noto Sans CJK SC (PyPI ``noto-cjk-sans-otc``) is
  subset to exactly the characters of the page and embedded as a base64 WOFF ``@font-face`` named
  ``FzlibCJK``, first in every font-family;
* reproducible to the byte: cell ids are ``cell-001``…, papermill/execution metadata is dropped, the
  kernel runs with ``PYTHONHASHSEED=0`` and ``SOURCE_DATE_EPOCH`` fixed, the font subset carries no
  timestamp. (The notebook itself must still seed randomness and call ``Styler.set_uuid`` /
  matplotlib ``svg.hashsalt`` when it uses them; PNG figures are deterministic already.)
* loud and safe failure: a failing cell raises :class:`RenderError` (Chinese message naming the
  cell, its section and the failing line) after writing ``<stem>-FAILED.html`` beside ``out_html``;
  the previous good report is never touched. Every write goes to a temp file in the same folder
  and is moved into place with ``os.replace``. A successful render removes a stale FAILED page.

CSS classes the notebook may emit through ``IPython.display.HTML`` (all styled for screen,
390 px phones and A4 print; tables, figures and cards never split across printed pages):

=========================  ===================================================================
``header.fz-title``        title block: ``<h1>``, ``p.fz-subtitle``, ``p.fz-meta`` (date, unit)
``nav.fz-toc``             table of contents: ``<ol><li><a href="#heading-id">``
``div.kpi-grid``           grid of key-figure cards, wraps to two columns on a phone
``div.kpi``                one card: ``div.kpi-value`` (``span.kpi-unit`` inside), ``div.kpi-label``,
                           ``div.kpi-note``; modifiers ``.is-warn`` / ``.is-good``
``div.table-wrap``         scroll box around a wide table (any table also scrolls by itself)
``table.fz-table``         report table; ``td.num``/``th.num`` right-aligned tabular figures
                           (format numbers with thousands separators in Python: ``f"{n:,}"``),
                           ``tr.total`` bold total row, ``<caption>`` table title
``figure.fz-figure``       image plus ``<figcaption>``; every image has ``max-width: 100%``
``p.fz-note``, ``div.fz-callout``   source notes; highlighted remark
``div.page-break``         force a new printed page
=========================  ===================================================================

Markdown headings get ids from their text (nbconvert: spaces become ``-``), so a TOC can link
``#一、主要工作``. Charts: fzlib.report.charts draws inline SVG whose text uses the embedded font; a notebook
showing PNG figures must register the Noto font in matplotlib (``font_manager.fontManager.addfont``,
see :func:`fzlib.report.font.cjk_font_path`) so that they carry Chinese glyphs, not tofu.
"""

from __future__ import annotations

import copy
import functools
import html
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from fzlib import paths
from fzlib.outputs import own_output, write_atomic
from fzlib.report.errors import RenderError
from fzlib.report.execute import Kernel, clean_outputs, imported_modules, normalise_ids, run, shareable
from fzlib.report.font import (
    cached_subset,
    font_face_rule,
    load_cjk_font,
    page_characters,
    subset_font,
    subset_in_worker,
    subset_worker,
)

# jsonschema (imported by nbformat) imports rfc3987_syntax, which builds a grammar for 2.2 s at
# import (python-jsonschema/jsonschema#1428, #1392) only to check the "iri" format, which no
# notebook schema uses. Marking it absent makes jsonschema skip that checker, as it does when the
# package is not installed. Without effect when something imported it already.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

log = logging.getLogger(__name__)


TEMPLATES = paths.REPORT_PACKAGE / "templates"
TEMPLATE_NAME = "fzlib_report"
STYLE_CSS = paths.REPORT_PACKAGE / "style.css"
FONT_FACE_PLACEHOLDER = "/*@fzlib-font-face@*/"


def render_report(
    notebook: Path,
    parameters: dict,
    out_html: Path,
    *,
    title: str,
    cwd: Path | None = None,
    strict: bool = False,
    timeout: float | None = 600,
    kernel: Kernel | None = None,
    before_run: Callable[[], None] | None = None,
    before_publish: Callable[[], None] | None = None,
) -> Path:
    """Execute ``notebook`` with ``parameters`` and write the report to ``out_html``; return it.

    ``cwd`` is the notebook's working directory (default: the project root). ``strict`` makes
    any stderr/warning output a :class:`RenderError` (tests and CI should use it); otherwise such
    output is removed from the page and logged. ``timeout`` bounds each cell, in seconds.
    ``kernel`` is a :class:`Kernel` started earlier for this notebook (it is stopped when the
    notebook has run); without one, a kernel is started here. ``before_publish`` runs once the page
    is ready, just before it is written: files made beside the report go first, so that the HTML
    (what make looks at) is written last and a run killed in between leaves it stale, not fresh.
    ``before_run`` runs once the kernel has started and the export's preparation is under way, just
    before the notebook runs (the report command waits there for the year it hands to the kernel).
    """
    notebook, out_html = Path(notebook), Path(out_html)
    if not notebook.is_file():
        raise RenderError(f"报告生成失败：找不到报告模板笔记本 {notebook}。")
    out_html.parent.mkdir(parents=True, exist_ok=True)
    failed_path = out_html.with_name(f"{out_html.stem}-FAILED.html")
    with kernel or Kernel(cwd or paths.ROOT, preload=imported_modules(notebook)) as started:
        prepared = _Prepared()  # the exporter and the font load while the kernel works
        if before_run is not None:
            before_run()
        executed, failure = run(notebook, parameters, started, timeout)
    if failure is not None:
        cell, section, message, detail = failure
        write_atomic(failed_path, _failed_page(executed, title, message, detail, prepared))
        raise RenderError(f"{message}（详见 {failed_path}）", cell=cell, section=section, failed_html=failed_path)

    stderr = clean_outputs(executed)
    if stderr:
        listing = shareable("\n\n".join(f"[{section}]\n{text.strip()}" for section, text in stderr))
        if strict:
            message = (
                f"报告生成失败：{notebook.name} 运行时输出了 {len(stderr)} 处警告或错误信息"
                f"（首处在“{stderr[0][0]}”一节），报告中不允许出现警告。"
            )
            write_atomic(failed_path, _failed_page(executed, title, message, listing, prepared))
            raise RenderError(f"{message}（详见 {failed_path}）", section=stderr[0][0], failed_html=failed_path)
        log.warning("removed stderr output from the report %s:\n%s", out_html, listing)

    page = _export(executed, title, prepared)
    if before_publish is not None:
        before_publish()
    write_atomic(out_html, page)
    failed_path.unlink(missing_ok=True)
    return out_html


class _Prepared:
    """What the export needs and the notebook cannot change, made in a thread while the kernel runs.

    The parent process mostly waits on the kernel; this moves ≈1 s of template compiling, font
    parsing and the exporter's first use (nbconvert re-parses every page with BeautifulSoup, whose
    CSS selectors compile on first use: ≈0.2 s) into that wait. Each object is handed out once; a
    second caller gets a fresh one.
    """

    def __init__(self) -> None:
        # nbconvert and papermill are imported in the calling thread: two threads importing the same
        # half-initialised packages (jupyter_client via both) fail with circular-import errors.
        # fontTools shares nothing with them: the thread imports it while papermill waits on the kernel.
        import nbconvert  # noqa: F401
        import papermill  # noqa: F401

        self.exporter = self.font = None
        self._thread = threading.Thread(target=self._run, name="fzlib-render-prepare", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self.exporter = _new_exporter()
            self.exporter.template  # noqa: B018  (compiles the Jinja templates now)
            self.exporter.from_notebook_node(
                _warm_up_notebook(), resources={"metadata": {"name": ""}, "fzlib": {"title": "", "css": "", "made": ""}}
            )
            # Parsing the font (≈0.3 s of CPU) is for cutting a subset: ahead of a first render, whose
            # subset is certain to be cut; a re-run mostly finds its subset cut before, and a worker
            # parses the font when it does not.
            if not any(paths.FONT_CACHE.glob("*.woff")):
                self.font = load_cjk_font()
                import fontTools.subset  # noqa: F401  (the export cuts the subset in a fork of this process)
        except Exception:  # the main thread will redo it and raise there, with context
            log.debug("render preparation failed", exc_info=True)

    def take_exporter(self):
        self._thread.join()
        exporter, self.exporter = self.exporter, None
        return exporter or _new_exporter()

    def take_font(self):
        self._thread.join()
        font, self.font = self.font, None
        return font


def _warm_up_notebook():
    """A notebook with one markdown cell and one HTML output: exporting it runs every path a report's
    export does (markdown, outputs, the BeautifulSoup pass)."""
    import nbformat

    output = nbformat.v4.new_output("display_data", data={"text/html": "<div>一</div>"})
    return nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell("# 一"), nbformat.v4.new_code_cell(outputs=[output])]
    )


def _new_exporter():
    import nbconvert
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES)],
        template_name=TEMPLATE_NAME,
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        language_code="zh",
        embed_images=True,
        # The notebook is checked against its schema once, after the last of the twelve
        # preprocessors, instead of after each: an invalid one still fails, and ≈0.03 s of CPU per
        # export is saved.
        optimistic_validation=True,
    )
    # The page's templates (nbconvert's and ours) compiled once and kept: compiling them took ≈0.07 s
    # of CPU per render. Jinja checks each template's source against the cached code (and its own and
    # Python's versions); the folder is per nbconvert version, whose environment compiles them.
    cache = paths.PAGE_TEMPLATE_CACHE / f"nbconvert-{nbconvert.__version__}"
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only project folder: compile every time, as before
        return exporter
    from jinja2 import FileSystemBytecodeCache

    exporter.environment.bytecode_cache = FileSystemBytecodeCache(str(cache))
    return exporter


def _export(nb, title: str, prepared: _Prepared | None = None) -> bytes:
    exporter = prepared.take_exporter() if prepared else _new_exporter()
    resources = {"metadata": {"name": title}, "fzlib": {"title": title, "css": _css(), "made": own_output("报告")}}
    # A font subset not cut before (≈0.5 s of pure Python) is cut in a forked worker while nbconvert
    # writes the page: two cores instead of one. It covers every character the notebook can show.
    chars = frozenset(_notebook_characters(nb, title))
    subset = cached_subset(chars)  # the usual re-run: the same characters as before
    if subset:
        body, _ = exporter.from_notebook_node(nb, resources=resources)
    else:
        with subset_worker(prepared.take_font() if prepared else None) as worker:
            pending = worker.submit(subset_in_worker, chars)
            body, _ = exporter.from_notebook_node(nb, resources=resources)
            subset = pending.result()
    if FONT_FACE_PLACEHOLDER not in body:
        raise RenderError("报告生成失败：HTML 模板缺少字体占位符（fzlib/report/templates 被改动？）")
    if not page_characters(body) <= chars:  # the template added text: cover the page exactly
        subset = subset_font(frozenset(page_characters(body) | chars))
    body = body.replace(FONT_FACE_PLACEHOLDER, font_face_rule(*subset), 1)
    # nbconvert gives every image without alt text an English placeholder; readers get Chinese.
    body = body.replace('alt="No description has been provided for this image"', 'alt="图表"')
    return body.encode("utf-8")


def _notebook_characters(nb, title: str) -> set[str]:
    """What the exported page can show: the title, markdown, and every output's text, plus ASCII
    and the pilcrow nbconvert puts on heading anchors."""
    parts = [title, "¶"]
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            parts.append(cell.source)
        for out in cell.get("outputs", []):
            for key in ("text/html", "text/markdown", "text/plain"):
                value = out.get("data", {}).get(key, "")
                parts.append("".join(value) if isinstance(value, list) else value)
            text = out.get("text", "")
            parts.append("".join(text) if isinstance(text, list) else text)
    return page_characters("\n".join(parts))


def _failed_page(nb, title: str, message: str, detail: str, prepared: _Prepared | None = None) -> bytes:
    """A page that says, above whatever the notebook produced before it stopped, where and why."""
    import nbformat

    nb = copy.deepcopy(nb)
    clean_outputs(nb)  # the partial report as the reader would have seen it
    message, detail = shareable(message), shareable(detail)  # the page gets forwarded: no machine paths
    banner = (
        f'<div class="fz-failed"><h1>报告生成失败</h1><p>{html.escape(message)}</p>'
        f"<p>上一份成功生成的报告未被改动。修正后请重新生成。</p>"
        f"<pre>{html.escape(detail)}</pre></div>"
    )
    cell = nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output("display_data", data={"text/html": banner})])
    nb.cells.insert(0, cell)
    normalise_ids(nb)
    return _export(nb, f"【生成失败】{title}", prepared)


@functools.lru_cache(maxsize=1)
def _css() -> str:
    return STYLE_CSS.read_text(encoding="utf-8")
