"""Executing the report notebook: a kernel of this environment started first, papermill run in-process, outputs made report-ready and failures described in Chinese.

The kernel (:class:`Kernel`) is started before anything else and imports what the notebook
imports while it boots, so that its start-up overlaps with this process loading papermill and
nbconvert. It runs with ``PYTHONHASHSEED=0`` and ``SOURCE_DATE_EPOCH`` fixed. After the run, cell
ids become ``cell-001``…, papermill and execution metadata are dropped, and stderr output is
taken out of the page (and returned, so that ``strict`` renders can refuse it).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import html
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fzlib import paths
from fzlib.report.errors import RenderError

KERNEL_NAME = "python3"


# Fixed so that anything in the kernel honouring it (matplotlib PDF/SVG dates) is reproducible.
SOURCE_DATE_EPOCH = "1704067200"  # 2024-01-01T00:00:00Z


_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.M)


_HTML_HEADING = re.compile(r"<h[1-3][^>]*>(.*?)</h[1-3]>", re.S | re.I)


_TAG = re.compile(r"<[^>]+>")


_FRAME_FILE = re.compile(r"File (?P<file>[^\s:]+):\d+")


_ARROW = re.compile(r"^\s*-+>\s*(?P<line>\d+)\s(?P<code>.*)$", re.M)


class Kernel:
    """A ``python3`` kernel of this environment, started before a notebook runs and handed to papermill.

    Starting it is the first thing a render does: the kernel's start-up (≈0.8 s) and the
    notebook's imports, which it runs while starting (≈0.6 s for pandas and fzlib), then
    overlap with this process's own imports of papermill and nbconvert instead of following them.
    Pre-importing changes no output: the notebook's own imports then find the modules loaded.
    It runs with ``PYTHONHASHSEED=0`` and ``SOURCE_DATE_EPOCH`` fixed and talks over IPC sockets
    in a private temp dir (local only; and the kernel has no reason to print its "running over
    TCP without encryption" warning). Use it as a context manager: leaving stops the kernel.
    """

    def __init__(self, cwd: Path | None = None, preload: list[str] = ()):
        """`cwd`: the notebook's working directory; `preload`: the modules the notebook imports
        (see `imported_modules`), imported while the kernel starts."""
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        self._tmp = tempfile.TemporaryDirectory(prefix="fzlib-kernel-")
        try:
            self.manager = AsyncKernelManager(
                kernel_name=kernel_name(), transport="ipc", ip=str(Path(self._tmp.name) / "kernel")
            )
            # papermill leaves open the channels (sockets and a heartbeat thread) of the client
            # it makes for a kernel that is not its own: remember them, for close() to stop.
            self._clients: list = []
            make_client = self.manager.client
            self.manager.client = lambda **kw: self._clients.append(make_client(**kw)) or self._clients[-1]
            with _deterministic_kernel_env():
                run_sync(self.manager.start_kernel)(
                    cwd=str(cwd or paths.ROOT), extra_arguments=_preload_arguments(list(preload))
                )
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


def _preload_arguments(modules: list[str]) -> list[str]:
    """Kernel arguments that import, while the kernel starts, the modules the notebook imports.

    Failures are ignored here: the notebook's own import then fails in its cell, where the
    report says so. The helper deletes itself, so the notebook's namespace stays as it was."""
    if not modules:
        return []
    code = (
        "def _fzlib_preload():\n"
        "    import importlib\n"
        f"    for name in {modules!r}:\n"
        "        try:\n"
        "            importlib.import_module(name)\n"
        "        except BaseException:\n"
        "            pass\n"
        "_fzlib_preload()\n"
        "del _fzlib_preload\n"
        # What was imported stays: the collector need not walk it again at every full pass.
        "import gc as _fzlib_gc\n"
        "_fzlib_gc.freeze()\n"
        "del _fzlib_gc\n"
    )
    return [f"--IPKernelApp.exec_lines={code}"]


def imported_modules(notebook: Path) -> list[str]:
    """Modules named by the top-level import statements of the notebook's code cells, in order."""
    import json

    try:
        cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError, AttributeError):
        return []  # papermill reports an unreadable notebook, with its own words
    sources = [c.get("source", "") for c in cells if isinstance(c, dict) and c.get("cell_type") == "code"]
    return list(
        dict.fromkeys(m for s in sources for m in imported_modules_of("".join(s) if isinstance(s, list) else s))
    )


def imported_modules_of(source: str) -> list[str]:
    """Modules named by the top-level imports of one cell's code (``from a import b`` names ``a``
    and, in case it is a submodule, ``a.b``).

    >>> imported_modules_of("from fzlib.report import data, outline; import pandas as pd")
    ['fzlib.report', 'fzlib.report.data', 'fzlib.report.outline', 'pandas']
    """
    import ast

    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []  # magics and the like: not worth a guess
    found: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found += [node.module] + [f"{node.module}.{a.name}" for a in node.names if a.name != "*"]
    return found


def run(notebook: Path, parameters: dict, kernel: Kernel, timeout: float | None):
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
                str(notebook),
                str(executed_path),
                parameters={k: _plain(v) for k, v in (parameters or {}).items()},
                kernel_name=KERNEL_NAME,
                km=kernel.manager,
                progress_bar=False,
                log_output=False,
                request_save_on_cell_execute=False,
                execution_timeout=timeout,
                record_timing=False,
            )
            return nb, None
        except PapermillExecutionError as err:
            # papermill saved the partial notebook (with its own error banner) before raising.
            partial = nbformat.read(executed_path, as_version=4)
            # err.cell_index counts cells as executed, before papermill added its banners.
            _drop_papermill_banner(partial)
            index = err.cell_index
            failure = _describe_failure(notebook, partial, index, err.ename, err.evalue, err.traceback)
            partial.cells = partial.cells[: index + 1]  # later cells never ran
            return partial, failure
        except RenderError:
            raise
        except Exception as err:  # kernel died, timeout, unreadable notebook…
            partial = (
                nbformat.read(executed_path, as_version=4)
                if executed_path.exists()
                else nbformat.read(notebook, as_version=4)
            )
            _drop_papermill_banner(partial)
            index = _running_cell(partial)
            failure = _describe_failure(notebook, partial, index, type(err).__name__, str(err), [])
            partial.cells = partial.cells[: index + 1]
            return partial, failure


def kernel_name() -> str:
    """``python3``, after checking it starts this environment's interpreter (loud otherwise)."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    install = f"{sys.executable} -m ipykernel install --sys-prefix"
    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except NoSuchKernel:
        raise RenderError(f"报告生成失败：找不到 Jupyter 内核 {KERNEL_NAME}，请运行：{install}") from None
    exe = spec.argv[0] if spec.argv else ""
    # jupyter_client replaces a bare "python"/"python3" with sys.executable when it starts the kernel.
    bare = {"python", f"python{sys.version_info[0]}", "python{}.{}".format(*sys.version_info[:2])}
    here = Path(sys.prefix).absolute()
    if exe not in bare and here not in Path(exe).absolute().parents:
        raise RenderError(
            f"报告生成失败：内核 {KERNEL_NAME} 指向 {exe}，不是本项目的 Python 环境"
            f"（{sys.executable}），请运行：{install}"
        )
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


def section_of(nb, index: int) -> str:
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
    section = section_of(nb, index)
    tb = [_ANSI.sub("", t) for t in (traceback or [])]
    # IPython marks the failing line of the cell with an arrow: "----> 3 x = 1/0".
    # Each traceback entry is one frame; the first arrow is the cell's own line, the last the
    # innermost line (often inside fzlib), which names the file it is in.
    # Compiled code (pyarrow's .pxi…) has no source line to show: IPython prints a placeholder.
    frames = [
        (t, m)
        for t in tb
        for m in list(_ARROW.finditer(t))[-1:]
        if not m["code"].strip().startswith("'Could not get source")
    ]
    where = ""
    if frames:
        first = frames[0][1]
        where = f"，出错位置：单元格第 {first['line']} 行 {first['code'].strip()}"
        if len(frames) > 1:
            text, last = frames[-1]
            file = _FRAME_FILE.search(text)
            place = f"{file['file']}:{last['line']}" if file else f"第 {last['line']} 行"
            where += f"；最终在 {place} {last['code'].strip()}"
    message = (
        f"报告生成失败：{notebook.name} 第 {cell_no} 个单元格（“{section}”一节）出错："
        f"{ename}: {_ANSI.sub('', str(evalue))}{where}"
    )
    source = nb.cells[index].source if 0 <= index < len(nb.cells) else ""
    detail = f"单元格源码：\n{source}\n\n错误详情：\n" + ("\n".join(tb) or f"{ename}: {evalue}")
    return cell_no, section, shareable(message), shareable(detail)


# An absolute path of this machine (POSIX, or a file: URL), up to a quote, a colon or a space.
_MACHINE_PATH = re.compile(r"(?:file://)?(?<![\w.~])((?:/[^\s/:'\"<>()\[\],]+){2,}/?)")
_LIBRARY = re.compile(r".*/(?:site-packages|dist-packages)/|.*/lib/(python3\.\d+)/")


def shareable(text: str) -> str:
    """A failure's text as it may be shown on a page that gets forwarded: no absolute path of this
    machine (a path in the project is shown from the project folder, one in a library from the
    library, anything else by its file name) and no ID number or phone.

    >>> shareable("File /usr/lib/python3.11/site-packages/pandas/core/frame.py:12 in /tmp/x/y.ipynb")
    'File pandas/core/frame.py:12 in y.ipynb'
    """
    from fzlib.ingest.privacy import mask_text  # here: the report loads pandas only when it needs it

    root = str(paths.ROOT).rstrip("/") + "/"

    def short(match: re.Match) -> str:
        path = match.group(1)
        library = _LIBRARY.match(path)  # first: the project's .venv lies in the project folder
        if library:
            return (f"{library.group(1)}/" if library.group(1) else "") + path[library.end() :]
        if path.startswith(root):
            return path[len(root) :]
        return path.rstrip("/").rsplit("/", 1)[-1]

    return mask_text(_MACHINE_PATH.sub(short, text))


def clean_outputs(nb) -> list[tuple[str, str]]:
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
                    stderr.append((section_of(nb, index), out.get("text", "")))
                elif out.output_type == "error":
                    continue  # only a clean SystemExit gets here; papermill raises on the rest
                else:
                    outputs.append(out)
            cell.outputs = outputs
            if not outputs:
                continue  # an empty cell would only leave an empty <div> in the page
        kept.append(cell)
    nb.cells = kept
    normalise_ids(nb)
    return stderr


def normalise_ids(nb) -> None:
    """Deterministic ids and no run-specific metadata (nbconvert writes cell ids into the HTML)."""
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    nb.nbformat, nb.nbformat_minor = 4, max(nb.get("nbformat_minor", 5), 5)
    for i, cell in enumerate(nb.cells, start=1):
        cell.id = f"cell-{i:03d}"
