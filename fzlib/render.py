"""fzlib.render owns executing a report notebook and exporting it as one deterministic, self-contained HTML file.

``render_report(notebook, parameters, out_html, title=...)`` runs the notebook with papermill's
Python API (kernel ``python3`` of this interpreter's environment, timing records off) and exports
it with nbconvert's ``HTMLExporter`` in the same process. The kernel (:class:`Kernel`) is started
before anything else and imports what the notebook imports while it boots, so that its start-up
overlaps with this process loading papermill and nbconvert. The page is:

* no code, no prompts, no papermill injected-parameters cell, no stderr/warning output
  (``strict=True`` turns any stderr output into a failure instead of silently dropping it);
* self-contained: the template ``fzlib/templates/fzlib_report`` replaces lab's head, so there is no
  ``<script src>`` at all, ``<html lang="zh">``, ``<title>`` is ``title``, and the ≈263 KB lab CSS
  is replaced by ``fzlib/report_style.css`` (≈8 KB);
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
``#一、主要工作``. Charts: fzlib.charts draws inline SVG whose text uses the embedded font; a notebook
showing PNG figures must register the Noto font in matplotlib (``font_manager.fontManager.addfont``,
see :func:`cjk_font_path`) so that they carry Chinese glyphs, not tofu.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import datetime as _dt
import functools
import hashlib
import html
import io
import logging
import os
import re
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any, Iterator

from fzlib import paths
from fzlib.outputs import write_atomic

# jsonschema (imported by nbformat) imports rfc3987_syntax, which builds a grammar for 2.2 s at
# import (python-jsonschema/jsonschema#1428, #1392) only to check the "iri" format, which no
# notebook schema uses. Marking it absent makes jsonschema skip that checker, as it does when the
# package is not installed. Without effect when something imported it already.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

log = logging.getLogger(__name__)

TEMPLATES = paths.PACKAGE / "templates"
TEMPLATE_NAME = "fzlib_report"
STYLE_CSS = paths.PACKAGE / "report_style.css"
FONT_FAMILY = "FzlibCJK"
FONT_FACE_PLACEHOLDER = "/*@fzlib-font-face@*/"
KERNEL_NAME = "python3"
# Noto CJK's collection holds JP/KR/SC/TC/HK faces; the report is Simplified Chinese.
CJK_FACE_NAME = "Noto Sans CJK SC"
# Fixed so that anything in the kernel honouring it (matplotlib PDF/SVG dates) is reproducible.
SOURCE_DATE_EPOCH = "1704067200"  # 2024-01-01T00:00:00Z
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.M)
_HTML_HEADING = re.compile(r"<h[1-3][^>]*>(.*?)</h[1-3]>", re.S | re.I)
_INVISIBLE = re.compile(r"<(style|script)\b[^>]*>.*?</\1>", re.S | re.I)  # CSS comments are not text
_TAG = re.compile(r"<[^>]+>")
_FRAME_FILE = re.compile(r"File (?P<file>[^\s:]+):\d+")
_ARROW = re.compile(r"^\s*-+>\s*(?P<line>\d+)\s(?P<code>.*)$", re.M)


class RenderError(RuntimeError):
    """The report could not be rendered; ``str(err)`` is a Chinese message for the user.

    ``cell`` is the 1-based number of the failing cell in the source notebook (None when the
    failure is not tied to a cell), ``section`` the heading it belongs to, ``failed_html`` the
    page written to explain the failure (None when nothing could be written).
    """

    def __init__(self, message: str, *, cell: int | None = None, section: str | None = None,
                 failed_html: Path | None = None):
        super().__init__(message)
        self.cell = cell
        self.section = section
        self.failed_html = failed_html


def render_report(notebook: Path, parameters: dict, out_html: Path, *, title: str,
                  cwd: Path | None = None, strict: bool = False,
                  timeout: float | None = 600, kernel: Kernel | None = None) -> Path:
    """Execute ``notebook`` with ``parameters`` and write the report to ``out_html``; return it.

    ``cwd`` is the notebook's working directory (default: the project root). ``strict`` makes
    any stderr/warning output a :class:`RenderError` (tests and CI should use it); otherwise such
    output is removed from the page and logged. ``timeout`` bounds each cell, in seconds.
    ``kernel`` is a :class:`Kernel` started earlier for this notebook (it is stopped when the
    notebook has run); without one, a kernel is started here.
    """
    notebook, out_html = Path(notebook), Path(out_html)
    if not notebook.is_file():
        raise RenderError(f"报告生成失败：找不到报告模板笔记本 {notebook}。")
    out_html.parent.mkdir(parents=True, exist_ok=True)
    failed_path = out_html.with_name(f"{out_html.stem}-FAILED.html")
    with kernel or Kernel(notebook, cwd or paths.ROOT) as started:
        prepared = _Prepared()  # the exporter and the font load while the kernel works
        executed, failure = _execute(notebook, parameters, started, timeout)
    if failure is not None:
        cell, section, message, detail = failure
        write_atomic(failed_path, _failed_page(executed, title, message, detail, prepared))
        raise RenderError(f"{message}（详见 {failed_path}）", cell=cell, section=section,
                          failed_html=failed_path)

    stderr = _clean(executed)
    if stderr:
        listing = "\n\n".join(f"[{section}]\n{text.strip()}" for section, text in stderr)
        if strict:
            message = (f"报告生成失败：{notebook.name} 运行时输出了 {len(stderr)} 处警告或错误信息"
                       f"（首处在“{stderr[0][0]}”一节），报告中不允许出现警告。")
            write_atomic(failed_path, _failed_page(executed, title, message, listing, prepared))
            raise RenderError(f"{message}（详见 {failed_path}）", section=stderr[0][0],
                              failed_html=failed_path)
        log.warning("removed stderr output from the report %s:\n%s", out_html, listing)

    write_atomic(out_html, _export(executed, title, prepared))
    failed_path.unlink(missing_ok=True)
    return out_html


def cjk_font_path() -> Path:
    """Path of NotoSansCJK-Regular.ttc inside the installed ``noto-cjk-sans-otc`` package."""
    import noto_cjk_sans_otc

    found = sorted(Path(noto_cjk_sans_otc.__file__).parent.glob("*.tt[cf]"))
    if not found:
        raise RenderError("找不到中文字体：请安装 PyPI 包 noto-cjk-sans-otc。")
    return found[0]


def embedded_font_face(page_html: str, font=None) -> str:
    """The ``@font-face`` rule embedding the CJK subset that covers every character of the page.

    ``font`` is an already loaded, unused :func:`_load_cjk_font` result (it gets consumed).
    """
    return _font_face_rule(*_subset_font(frozenset(_page_characters(page_html)), font))


def _font_face_rule(data: bytes, fmt: str) -> str:
    mime = "font/woff2" if fmt == "woff2" else "font/woff"
    encoded = base64.b64encode(data).decode("ascii")
    return (f'@font-face {{ font-family: "{FONT_FAMILY}"; font-style: normal; font-weight: 400; '
            f'font-display: block; src: url(data:{mime};base64,{encoded}) format("{fmt}"); }}')


# --- execution ---------------------------------------------------------------------------------

class Kernel:
    """A ``python3`` kernel of this environment, started for one notebook and handed to papermill.

    Starting it is the first thing a render does: the kernel's start-up (≈0.8 s) and the
    notebook's imports, which it runs while starting (≈1 s for pandas, matplotlib and fzlib), then
    overlap with this process's own imports of papermill and nbconvert instead of following them.
    Pre-importing changes no output: the notebook's own imports then find the modules loaded.
    It runs with ``PYTHONHASHSEED=0`` and ``SOURCE_DATE_EPOCH`` fixed and talks over IPC sockets
    in a private temp dir (local only; and the kernel has no reason to print its "running over
    TCP without encryption" warning). Use it as a context manager: leaving stops the kernel.
    """

    def __init__(self, notebook: Path, cwd: Path | None = None):
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        self.notebook = Path(notebook)
        self._tmp = tempfile.TemporaryDirectory(prefix="fzlib-kernel-")
        try:
            self.manager = AsyncKernelManager(kernel_name=_kernel_name(), transport="ipc",
                                              ip=str(Path(self._tmp.name) / "kernel"))
            # papermill leaves open the channels (sockets and a heartbeat thread) of the client
            # it makes for a kernel that is not its own: remember them, for close() to stop.
            self._clients: list = []
            make_client = self.manager.client
            self.manager.client = lambda **kw: self._clients.append(make_client(**kw)) or self._clients[-1]
            with _deterministic_kernel_env():
                run_sync(self.manager.start_kernel)(
                    cwd=str(cwd or paths.ROOT), extra_arguments=_preload_arguments(self.notebook))
        except BaseException:
            self._tmp.cleanup()
            raise

    def close(self) -> None:
        """Stop the kernel and remove its sockets; calling it again does nothing."""
        from jupyter_core.utils import run_sync

        try:
            while self._clients:
                self._clients.pop().stop_channels()
            if self.manager.has_kernel:
                # Nothing is left to run: stop it at once rather than wait for a polite exit.
                run_sync(self.manager.shutdown_kernel)(now=True)
        finally:
            self._tmp.cleanup()

    def __enter__(self) -> Kernel:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _preload_arguments(notebook: Path) -> list[str]:
    """Kernel arguments that import, while the kernel starts, the modules the notebook imports.

    Failures are ignored here: the notebook's own import then fails in its cell, where the
    report says so. The helper deletes itself, so the notebook's namespace stays as it was."""
    modules = _imported_modules(notebook)
    if not modules:
        return []
    code = ("def _fzlib_preload():\n"
            "    import importlib\n"
            f"    for name in {modules!r}:\n"
            "        try:\n"
            "            importlib.import_module(name)\n"
            "        except BaseException:\n"
            "            pass\n"
            "_fzlib_preload()\n"
            "del _fzlib_preload\n")
    return [f"--IPKernelApp.exec_lines={code}"]


def _imported_modules(notebook: Path) -> list[str]:
    """Modules named by the top-level import statements of the notebook's code cells, in order
    (``from a import b`` names ``a`` and, in case it is a submodule, ``a.b``)."""
    import ast
    import json

    try:
        cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError, AttributeError):
        return []  # papermill reports an unreadable notebook, with its own words
    found: list[str] = []
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        try:
            tree = ast.parse("".join(source) if isinstance(source, list) else source)
        except (SyntaxError, ValueError):
            continue  # magics and the like: not worth a guess
        for node in tree.body:
            if isinstance(node, ast.Import):
                found += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found += [node.module] + [f"{node.module}.{a.name}" for a in node.names if a.name != "*"]
    return list(dict.fromkeys(found))


def _execute(notebook: Path, parameters: dict, kernel: Kernel, timeout: float | None):
    """Run the notebook; return (executed notebook, None) or (partial notebook, failure details)."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    with tempfile.TemporaryDirectory(prefix="fzlib-render-") as tmp:
        executed_path = Path(tmp) / "executed.ipynb"
        try:
            # The kernel already runs in the notebook's working directory: no cwd here, which
            # would make papermill chdir this whole process (other threads included).
            nb = papermill.execute_notebook(
                str(notebook), str(executed_path),
                parameters={k: _plain(v) for k, v in (parameters or {}).items()},
                kernel_name=KERNEL_NAME, km=kernel.manager, progress_bar=False, log_output=False,
                request_save_on_cell_execute=False, execution_timeout=timeout, record_timing=False,
            )
            return nb, None
        except PapermillExecutionError as err:
            # papermill saved the partial notebook (with its own error banner) before raising.
            partial = nbformat.read(executed_path, as_version=4)
            # err.cell_index counts cells as executed, before papermill added its banners.
            _drop_papermill_banner(partial)
            index = err.cell_index
            failure = _describe_failure(notebook, partial, index, err.ename, err.evalue,
                                        err.traceback)
            partial.cells = partial.cells[: index + 1]  # later cells never ran
            return partial, failure
        except RenderError:
            raise
        except Exception as err:  # kernel died, timeout, unreadable notebook…
            partial = (nbformat.read(executed_path, as_version=4) if executed_path.exists()
                       else nbformat.read(notebook, as_version=4))
            _drop_papermill_banner(partial)
            index = _running_cell(partial)
            failure = _describe_failure(notebook, partial, index, type(err).__name__, str(err), [])
            partial.cells = partial.cells[: index + 1]
            return partial, failure


def _kernel_name() -> str:
    """``python3``, after checking it starts this environment's interpreter (loud otherwise)."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    install = f"{sys.executable} -m ipykernel install --sys-prefix"
    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except NoSuchKernel:
        raise RenderError(f"报告生成失败：找不到 Jupyter 内核 {KERNEL_NAME}，请运行：{install}") from None
    exe = spec.argv[0] if spec.argv else ""
    # jupyter_client replaces a bare "python"/"python3" with sys.executable when it starts the kernel.
    bare = {"python", f"python{sys.version_info[0]}", "python%d.%d" % sys.version_info[:2]}
    here = Path(sys.prefix).absolute()
    if exe not in bare and here not in Path(exe).absolute().parents:
        raise RenderError(f"报告生成失败：内核 {KERNEL_NAME} 指向 {exe}，不是本项目的 Python 环境"
                          f"（{sys.executable}），请运行：{install}")
    return KERNEL_NAME


@contextlib.contextmanager
def _deterministic_kernel_env() -> Iterator[None]:
    # The kernel inherits this process's environment: fixing these makes set/dict-of-str ordering
    # and tool timestamps the same from run to run.
    fixed = {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    saved = {k: os.environ.get(k) for k in fixed}
    os.environ.update(fixed)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _plain(value: Any) -> Any:
    """Parameters as papermill can write them into Python source."""
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


def _drop_papermill_banner(nb) -> None:
    nb.cells = [c for c in nb.cells if "papermill-error-cell-tag" not in c.metadata.get("tags", [])]


def _running_cell(nb) -> int:
    """Best guess of the cell that was running when execution stopped: the first never-run one."""
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and cell.get("execution_count") is None and cell.source.strip():
            return i
    return max(len(nb.cells) - 1, 0)


def _is_injected(cell) -> bool:
    return "injected-parameters" in cell.metadata.get("tags", [])


def _section_of(nb, index: int) -> str:
    """The last heading at or before cell ``index`` (markdown, or HTML shown by a code cell)."""
    for cell in reversed(nb.cells[: index + 1]):
        if cell.cell_type == "markdown":
            found = _HEADING.findall(cell.source)
            if found:
                return _TAG.sub("", found[-1]).strip()
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            found = _HTML_HEADING.findall(out.get("data", {}).get("text/html", "") or "")
            if found:
                return html.unescape(_TAG.sub("", found[-1])).strip()
    return "报告开头"


def _describe_failure(notebook: Path, nb, index: int, ename: str, evalue: str, traceback):
    """(cell number in the source notebook, section, Chinese message, plain-text detail)."""
    cell_no = sum(1 for c in nb.cells[: index + 1] if not _is_injected(c))
    section = _section_of(nb, index)
    tb = [_ANSI.sub("", t) for t in (traceback or [])]
    # IPython marks the failing line of the cell with an arrow: "----> 3 x = 1/0".
    # Each traceback entry is one frame; the first arrow is the cell's own line, the last the
    # innermost line (often inside fzlib), which names the file it is in.
    # Compiled code (pyarrow's .pxi…) has no source line to show: IPython prints a placeholder.
    frames = [(t, m) for t in tb for m in list(_ARROW.finditer(t))[-1:]
              if not m["code"].strip().startswith("'Could not get source")]
    where = ""
    if frames:
        first = frames[0][1]
        where = f"，出错位置：单元格第 {first['line']} 行 {first['code'].strip()}"
        if len(frames) > 1:
            text, last = frames[-1]
            file = _FRAME_FILE.search(text)
            place = f"{file['file']}:{last['line']}" if file else f"第 {last['line']} 行"
            where += f"；最终在 {place} {last['code'].strip()}"
    message = (f"报告生成失败：{notebook.name} 第 {cell_no} 个单元格（“{section}”一节）出错："
               f"{ename}: {_ANSI.sub('', str(evalue))}{where}")
    source = nb.cells[index].source if 0 <= index < len(nb.cells) else ""
    detail = f"单元格源码：\n{source}\n\n错误详情：\n" + ("\n".join(tb) or f"{ename}: {evalue}")
    return cell_no, section, message, detail


# --- cleaning and export -----------------------------------------------------------------------

def _clean(nb) -> list[tuple[str, str]]:
    """Make the executed notebook report-ready, in place; return the stderr texts removed."""
    stderr: list[tuple[str, str]] = []
    kept = []
    for index, cell in enumerate(nb.cells):
        if _is_injected(cell) or "papermill-error-cell-tag" in cell.metadata.get("tags", []):
            continue
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            outputs = []
            for out in cell.outputs:
                if out.output_type == "stream" and out.get("name") == "stderr":
                    stderr.append((_section_of(nb, index), out.get("text", "")))
                elif out.output_type == "error":
                    continue  # only a clean SystemExit gets here; papermill raises on the rest
                else:
                    outputs.append(out)
            cell.outputs = outputs
            if not outputs:
                continue  # an empty cell would only leave an empty <div> in the page
        kept.append(cell)
    nb.cells = kept
    _normalise(nb)
    return stderr


def _normalise(nb) -> None:
    """Deterministic ids and no run-specific metadata (nbconvert writes cell ids into the HTML)."""
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    nb.nbformat, nb.nbformat_minor = 4, max(nb.get("nbformat_minor", 5), 5)
    for i, cell in enumerate(nb.cells, start=1):
        cell.id = f"cell-{i:03d}"


class _Prepared:
    """What the export needs and the notebook cannot change, made in a thread while the kernel runs.

    The parent process mostly waits on the kernel; this moves ≈1 s of template compiling and font
    parsing into that wait. Each object is handed out once; a second caller gets a fresh one.
    """

    def __init__(self) -> None:
        # Imports stay in the calling thread: two threads importing the same half-initialised
        # packages (jupyter_client via nbconvert and papermill) fail with circular-import errors.
        import fontTools.subset  # noqa: F401
        import fontTools.ttLib  # noqa: F401
        import nbconvert  # noqa: F401
        import papermill  # noqa: F401

        self.exporter = self.font = None
        self._thread = threading.Thread(target=self._run, name="fzlib-render-prepare", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self.exporter = _new_exporter()
            self.exporter.template  # noqa: B018  (compiles the Jinja templates now)
            self.font = _load_cjk_font()
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


def _new_exporter():
    from nbconvert import HTMLExporter

    return HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES)], template_name=TEMPLATE_NAME,
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
        language_code="zh", embed_images=True,
    )


def _export(nb, title: str, prepared: _Prepared | None = None) -> bytes:
    exporter = prepared.take_exporter() if prepared else _new_exporter()
    resources = {"metadata": {"name": title}, "fzlib": {"title": title, "css": _css()}}
    # The font subset (≈1 s of pure Python) is cut in a forked worker while nbconvert writes the
    # page (≈1 s more): two cores instead of one. It covers every character the notebook can show.
    chars = frozenset(_notebook_characters(nb, title))
    font = prepared.take_font() if prepared else None
    with _subset_worker(font) as worker:
        pending = worker.submit(_subset_in_worker, chars)
        body, _ = exporter.from_notebook_node(nb, resources=resources)
        subset = pending.result()
    if FONT_FACE_PLACEHOLDER not in body:
        raise RenderError("报告生成失败：HTML 模板缺少字体占位符（fzlib/templates 被改动？）")
    if not _page_characters(body) <= chars:  # the template added text: cover the page exactly
        subset = _subset_font(frozenset(_page_characters(body) | chars))
    body = body.replace(FONT_FACE_PLACEHOLDER, _font_face_rule(*subset), 1)
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
    return _page_characters("\n".join(parts))


_FORKED_FONT = None  # the parsed font a forked worker inherits (parsing it again costs ≈0.2 s)


@contextlib.contextmanager
def _subset_worker(font):
    """A one-process pool forked from here; where fork is unavailable, a thread (no overlap)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    global _FORKED_FONT
    _FORKED_FONT = font
    try:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    except ValueError:
        pool = ThreadPoolExecutor(1)
    try:
        with pool:
            yield pool
    finally:
        _FORKED_FONT = None


def _subset_in_worker(chars: frozenset[str]) -> tuple[bytes, str]:
    return _subset_font(chars, _FORKED_FONT)


def _failed_page(nb, title: str, message: str, detail: str,
                 prepared: _Prepared | None = None) -> bytes:
    """A page that says, above whatever the notebook produced before it stopped, where and why."""
    import nbformat

    nb = copy.deepcopy(nb)
    _clean(nb)  # the partial report as the reader would have seen it
    banner = (f'<div class="fz-failed"><h1>报告生成失败</h1><p>{html.escape(message)}</p>'
              f'<p>上一份成功生成的报告未被改动。修正后请重新生成。</p>'
              f'<pre>{html.escape(detail)}</pre></div>')
    cell = nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output(
        "display_data", data={"text/html": banner})])
    nb.cells.insert(0, cell)
    _normalise(nb)
    return _export(nb, f"【生成失败】{title}", prepared)


@functools.lru_cache(maxsize=1)
def _css() -> str:
    return STYLE_CSS.read_text(encoding="utf-8")


# --- font --------------------------------------------------------------------------------------

def _page_characters(page_html: str) -> set[str]:
    """Every character a reader could see: the page text with entities decoded, plus ASCII."""
    text = html.unescape(_TAG.sub(" ", _INVISIBLE.sub(" ", page_html)))
    chars = {c for c in text if c.isprintable() or c == "\u3000"}
    chars.update(chr(c) for c in range(0x20, 0x7F))
    return chars


def _load_cjk_font():
    """Noto Sans CJK SC from the collection, its tables parsed (the slow part of loading)."""
    from fontTools.ttLib import TTCollection, TTFont

    path = cjk_font_path()
    number = next((i for i, f in enumerate(TTCollection(str(path), lazy=True).fonts)
                   if f["name"].getDebugName(1) == CJK_FACE_NAME), 0)
    # recalcTimestamp=False keeps head.modified from the source font instead of "now".
    # recalcBBoxes=False keeps the full font's bounds (still bounds of any subset) instead of
    # drawing every kept glyph again on save to recompute head/hhea/vhea: ≈40 % of the subsetting.
    font = TTFont(str(path), fontNumber=number, recalcTimestamp=False, recalcBBoxes=False, lazy=True)
    for tag in font.keys():
        font[tag]
    return font


_SUBSETS: dict[frozenset[str], tuple[bytes, str]] = {}


def _subset_font(chars: frozenset[str], font=None) -> tuple[bytes, str]:
    """(font bytes, "woff") holding exactly ``chars``; identical bytes for identical input."""
    from fontTools import subset

    if chars in _SUBSETS:
        return _SUBSETS[chars]
    cached = _font_cache_file(chars)
    if cached.exists():
        _SUBSETS[chars] = cached.read_bytes(), "woff"
        return _SUBSETS[chars]
    font = font or _load_cjk_font()
    options = subset.Options()
    # WOFF (zlib), not WOFF2: WOFF2's brotli at quality 11 takes ≈2.7 s per render for a file only
    # ≈11 % smaller, and needs one more package.
    options.flavor = "woff"
    options.hinting = False  # screen and print rasterisers do fine without; saves ≈20 %
    options.desubroutinize = True  # compresses better once flattened
    options.notdef_outline = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # keep the copyright and OFL licence notice
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    missing = sorted(c for c in chars if ord(c) not in font.getBestCmap() and not c.isspace())
    if missing:
        log.warning("the embedded font lacks %d characters: %s", len(missing), "".join(missing[:40]))
    if len(_SUBSETS) >= 8:
        _SUBSETS.clear()
    _SUBSETS[chars] = buffer.getvalue(), options.flavor
    write_atomic(cached, buffer.getvalue())
    return _SUBSETS[chars]


FONT_CACHE_VERSION = "2"  # bump when the subset options above change


def _font_cache_file(chars: frozenset[str]) -> Path:
    """Where the subset for exactly these characters is kept between runs (build/ is scratch).

    Cutting the subset is most of the export's time; a re-run with the same text (the usual case
    while an analyst corrects a ledger) reuses it. The key covers everything the bytes depend on."""
    import fontTools

    source = cjk_font_path()
    key = "\n".join([FONT_CACHE_VERSION, fontTools.version, source.name, str(source.stat().st_size),
                     "".join(sorted(chars))])
    return paths.FONT_CACHE / f"{hashlib.sha256(key.encode()).hexdigest()}.woff"
