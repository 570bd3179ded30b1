"""The `report` command: a year's report files (HTML, draft .docx/.txt, figures .xlsx) built from its cleaned data."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fzlib import paths


def report_title(params: dict) -> str:
    return f"{params['town']}{params['year']}年法治政府建设工作情况报告"


def report_path(year: int, out: Path | None = None) -> Path:
    return paths.reports_dir(year, out) / f"法治政府建设报告-{year}.html"


def build_report(year: int, processed: Path | None = None, out: Path | None = None) -> int:
    """Render the report notebook for a year into reports/<year>/, then the draft text (.docx, .txt)
    and the indicators (.xlsx) beside it; print the paths. Exit code.

    This module stays free of pandas at import: the kernel is started before anything heavy is
    loaded here, so that its start-up runs alongside ours."""
    from fzlib.params import load_params
    from fzlib.render import Kernel, RenderError, render_report

    processed = paths.processed_dir(year, processed)
    if not (processed / paths.MANIFEST).exists():
        print(f"错误：还没有 {year} 年的清洗结果。请先运行：python -m fzlib clean --year {year}", file=sys.stderr)
        return 2
    params = load_params(year)
    target = report_path(year, out)
    with Kernel(paths.REPORT_NOTEBOOK, paths.ROOT) as kernel:
        from fzlib import exports  # after the kernel start: see the docstring
        from fzlib.outputs import write_atomic
        from fzlib.report import load

        # The text files are made while the kernel runs (this process only waits on it then), and
        # written only once the HTML has rendered: they must never describe a report that failed.
        with ThreadPoolExecutor(max_workers=1) as pool:
            extras = pool.submit(lambda: exports.files(load(year, processed)))
            try:
                render_report(paths.REPORT_NOTEBOOK, {"year": year, "processed": str(processed)},
                              target, title=report_title(params), strict=True, kernel=kernel)
            except RenderError as exc:
                print(f"错误：{exc}", file=sys.stderr)
                return 1
            print(f"报告已生成：{target}")
            for name, data in extras.result().items():
                print(f"已生成：{write_atomic(target.parent / name, data)}")
    return 0
