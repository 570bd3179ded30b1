"""The year's report: what the notebook loads (`load`), and building the HTML from the command line."""

from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from fzlib import paths
from fzlib.indicators import compute, load_tables
from fzlib.params import load_params
from fzlib.spec import load_specs


def report_title(params: dict) -> str:
    return f"{params['town']}{params['year']}年法治政府建设工作情况报告"


def report_path(year: int, out: Path | None = None) -> Path:
    return paths.reports_dir(year, out) / f"法治政府建设报告-{year}.html"


@dataclass
class YearData:
    """Everything a report section needs about one year: params, clean tables, figures, bookkeeping."""

    year: int
    params: dict
    tables: dict[str, pd.DataFrame]
    figures: dict[str, float | int]
    issues: pd.DataFrame
    manifest: dict
    previous: dict[str, float | int] | None = None
    specs: dict = field(default_factory=load_specs)

    @property
    def version(self) -> str:
        """fzlib's version and the commit it was built from (the same in every clone of that commit)."""
        return source_version()

    @property
    def title(self) -> str:
        return report_title(self.params)

    def has(self, kind: str) -> bool:
        return kind in self.tables


def source_version() -> str:
    """'0.1.0 (commit 1a2b3c4d5e6f)'; notes uncommitted changes, as they may change the figures."""
    import subprocess

    from fzlib import __version__

    def git(*args) -> str:
        done = subprocess.run(["git", "-C", str(paths.ROOT), *args], capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short=12", "HEAD")
    if not commit:
        return __version__
    dirty = "，有未提交的修改" if git("status", "--porcelain", "--untracked-files=no") else ""
    return f"{__version__}（提交 {commit}{dirty}）"


def _load_figures(processed: Path) -> dict | None:
    try:
        return compute(load_tables(processed))
    except FileNotFoundError:
        return None


def load(year: int, processed: str | Path | None = None, previous: str | Path | None = None) -> YearData:
    """Load a cleaned year for the report, and the previous year's figures when it was cleaned.

    By default from data/processed/<year>; the previous year is its sibling folder <year-1>."""
    processed = paths.processed_dir(year, processed and Path(processed))
    previous = Path(previous) if previous else processed.parent / str(year - 1)
    tables = load_tables(processed)
    return YearData(
        year=year,
        params=load_params(year),
        tables=tables,
        figures=compute(tables),
        issues=pd.read_parquet(processed / paths.ISSUES_PARQUET),
        manifest=json.loads((processed / paths.MANIFEST).read_text(encoding="utf-8")),
        previous=_load_figures(previous),
    )


def build_report(year: int, processed: Path | None = None, out: Path | None = None) -> int:
    """Render the report notebook for a year into reports/<year>/, then the draft text (.docx, .txt)
    and the indicators (.xlsx) beside it; print the paths. Exit code."""
    from fzlib import exports
    from fzlib.outputs import write_atomic
    from fzlib.render import RenderError, render_report

    params = load_params(year)
    processed = paths.processed_dir(year, processed)
    if not (processed / paths.MANIFEST).exists():
        print(f"错误：还没有 {year} 年的清洗结果。请先运行：python -m fzlib clean --year {year}", file=sys.stderr)
        return 2
    target = report_path(year, out)
    # The text files are made while the kernel runs (this process only waits on it then), and
    # written only once the HTML has rendered: they must never describe a report that failed.
    with ThreadPoolExecutor(max_workers=1) as pool:
        extras = pool.submit(lambda: exports.files(load(year, processed)))
        try:
            render_report(paths.REPORT_NOTEBOOK, {"year": year, "processed": str(processed)}, target,
                          title=report_title(params), strict=True)
        except RenderError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 1
        print(f"报告已生成：{target}")
        for name, data in extras.result().items():
            print(f"已生成：{write_atomic(target.parent / name, data)}")
    return 0
