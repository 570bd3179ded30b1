"""The `report` command: a year's report files (HTML, draft .docx/.txt, figures .xlsx) built from its cleaned data."""

from __future__ import annotations

import contextlib
import gc
import sys
import tempfile
from pathlib import Path

from fzlib import paths


def build_report(year: int, processed: Path | None = None, out: Path | None = None, strict: bool = False) -> int:
    """Render the report notebook for a year into reports/<year>/, then the draft text (.docx, .txt)
    and the indicators (.xlsx) beside it; print the paths. Exit code.

    This module stays free of pandas at import: the kernel is started before anything heavy is
    loaded here, so that its start-up runs alongside ours. The notebook is generated from the
    outline in force (the package's, or the project's own report/outline.yaml)."""
    from fzlib.indicators.processed import NotCleaned, check_complete, open_errors
    from fzlib.params import load_params, report_title
    from fzlib.report import notebook
    from fzlib.report.errors import RenderError
    from fzlib.report.execute import Kernel, imported_modules_of
    from fzlib.report.html import render_report

    processed = paths.processed_dir(year, processed).absolute()  # the kernel runs in the project folder
    try:
        # The files are all there; their record counts are checked once the kernel starts: that
        # check loads pyarrow (≈0.2 s), which would otherwise delay the kernel's start by as much.
        check_complete(processed, year, counts=False)
    except NotCleaned as exc:
        return _not_cleaned(exc, year)
    target = paths.report_file(year, out)
    with (
        _thawed_at_the_end(),
        Kernel(paths.ROOT, preload=imported_modules_of(notebook.LOAD)) as kernel,
        tempfile.TemporaryDirectory(prefix="fzlib-notebook-") as tmp,
        _side_worker() as pool,
    ):
        from fzlib.outputs import write_atomic  # after the kernel start: see the docstring
        from fzlib.report.data import draft_title, withdraw

        try:
            check_complete(processed, year)
        except NotCleaned as exc:
            return _not_cleaned(exc, year)
        params = load_params(year)  # after the check: a folder not cleaned is said first, as before
        errors = open_errors(processed)
        if errors and (strict or params.get("strict")):
            print(
                f"错误：台账中还有 {errors} 项“错误”未处理，按要求（--strict 或 params 中 strict: true）"
                f"不生成报告。请按 {processed / paths.ISSUES_XLSX} 逐项修改台账后重新运行。",
                file=sys.stderr,
            )
            return 1
        source = Path(tmp) / paths.REPORT_NOTEBOOK.name
        source.write_text(notebook.report_notebook(), encoding="utf-8")
        # The modules loaded so far stay for the run: frozen, the collector skips them, and the
        # processes forked below do not copy their pages by touching them.
        gc.freeze()
        # The year is loaded and its sections worked out once, while the kernel starts, in the
        # process that then makes the files beside the report; the kernel's `load` reads that back
        # (fzlib.report.data.hand_over) instead of loading and working out the sections again.
        handoff = pool.submit(_prepare, year, processed)
        # The files beside the report are made while the kernel runs, in processes of their own
        # (they take longer than the notebook, and this process exports the page meanwhile), and
        # written only once the HTML has rendered, just before it: they never describe a report
        # that failed, and the HTML, make's target, is the last file written.
        extras = pool.submit(_files_beside, year, processed)
        written = []

        def ready() -> None:
            # A year that could not be prepared is loaded by the notebook itself, which then says
            # what is wrong in its own words (a FAILED page naming the cell), as without a handoff.
            with contextlib.suppress(Exception):
                handoff.result()

        def publish() -> None:
            written.extend(write_atomic(target.parent / name, data) for name, data in extras.result().items())

        title = draft_title(report_title(params), errors)
        try:
            render_report(
                source,
                {"year": year, "processed": str(processed)},
                target,
                title=title,
                strict=True,
                kernel=kernel,
                before_run=ready,
                before_publish=publish,
            )
        except RenderError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 1
        finally:
            with contextlib.suppress(Exception):
                withdraw(handoff.result())
        print(f"报告已生成：{target}" + (f"（草稿：还有 {errors} 项错误未处理）" if errors else ""))
        for path in written:
            print(f"已生成：{path}")
    return 0


def _not_cleaned(exc: Exception, year: int) -> int:
    print(f"错误：{exc}。请先运行：python -m fzlib clean --year {year}", file=sys.stderr)
    return 1


@contextlib.contextmanager
def _thawed_at_the_end():
    """Undoes the run's gc.freeze once the report is done: a process that renders again (the
    tests) collects its objects as before."""
    try:
        yield
    finally:
        gc.unfreeze()


_LOADED = None  # the year's data, as a process forked to make the workbook inherits it
_WORKBOOK = None  # the workbook's process and its result to come, once the year is loaded


def _prepare(year: int, processed: Path) -> Path | None:
    """Load the year, start the workbook beside it, work out every section once (kept for the Word
    document, the next task of this same process) and hand it all to the kernel; the handoff's path
    (None where build/ cannot be written: the kernel then loads the year itself)."""
    global _LOADED
    from fzlib.indicators import trace
    from fzlib.report import outline
    from fzlib.report.data import hand_over, inputs_key, load

    _LOADED = load(year, processed)
    # The records behind every figure, selected once: the workbook's 明细 sheet lists them and the
    # page's 数字来源 counts them (fzlib.report.components.sources).
    trace.select_all(_LOADED.specs, _LOADED.tables, _LOADED.excluded, _LOADED.selected)
    _start_workbook()
    outline.work_out(_LOADED)
    try:
        return hand_over(_LOADED, inputs_key(year, processed))
    except OSError:
        return None


def _start_workbook() -> None:
    """The workbook, in a process forked now: it inherits the loaded year instead of loading it again,
    and is made while this process works out the sections and the Word document."""
    global _WORKBOOK
    gc.freeze()  # the loaded year is shared with the workbook's process, not copied by the collector
    pool = _side_worker()
    _WORKBOOK = (pool, pool.submit(_workbook))


def _files_beside(year: int, processed: Path) -> dict[str, bytes]:
    """The Word document and its text copy here, the workbook meanwhile in the process forked once the
    year was loaded: two cores for the two."""
    global _LOADED, _WORKBOOK
    from fzlib.report import exports
    from fzlib.report.data import load

    if _LOADED is None:  # not prepared: loading failed there (and fails here, as the notebook says)
        _LOADED = load(year, processed)
    if _WORKBOOK is None:
        _start_workbook()
    (pool, workbook), _WORKBOOK = _WORKBOOK, None
    with pool:
        made = exports.files(_LOADED, "word")
        return made | workbook.result()


def _workbook() -> dict[str, bytes]:
    from fzlib.report import exports

    return exports.files(_LOADED, "workbook")


def _side_worker():
    """A one-process pool forked from here; where fork is unavailable, a thread."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    try:
        return ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    except ValueError:
        return ThreadPoolExecutor(1)
