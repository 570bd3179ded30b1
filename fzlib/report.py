"""What the report notebook loads for a year (`load`): clean tables, figures, issues, manifest, last year."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from fzlib import paths
from fzlib.build import report_title
from fzlib.indicators import compute, load_tables
from fzlib.params import load_params
from fzlib.spec import load_specs


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
