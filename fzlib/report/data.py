"""The year's data a report is made from (`load`): params, clean tables, figures with their evidence, issues, manifest, last year."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from fzlib import __version__, paths
from fzlib.indicators import figures as figs
from fzlib.indicators import processed as folder
from fzlib.indicators import relations, trace
from fzlib.ingest.issues import ERROR
from fzlib.params import load_params, report_title
from fzlib.spec import LedgerSpec, load_specs


@dataclass
class YearData:
    """Everything a report section needs about one year: params, clean tables, figures, bookkeeping."""

    year: int
    params: dict
    tables: dict[str, pd.DataFrame]
    evidence: dict[str, figs.Figure]  # every declared figure with its status and reason
    issues: pd.DataFrame
    manifest: dict
    previous: dict[str, float | int | None] | None = None  # last year's published values
    specs: dict[str, LedgerSpec] = field(default_factory=load_specs)
    excluded: dict[str, pd.DataFrame] = field(default_factory=dict)  # per kind, the records `clean` left out

    @property
    def figures(self) -> dict[str, float | int | None]:
        """Published figures as {name: value}; None where a figure is unavailable."""
        return figs.values(self.evidence, self.specs)

    @property
    def version(self) -> str:
        """fzlib's version and the commit it was built from (the same in every clone of that commit)."""
        return source_version()

    @property
    def title(self) -> str:
        return report_title(self.params)

    @property
    def open_errors(self) -> int:
        """Problems of level 错误 still in the ledgers: while there are any, the report is a draft."""
        return int((self.issues["level"] == ERROR).sum()) if len(self.issues) else 0

    @property
    def page_title(self) -> str:
        """The title as the browser and the Word file show it, marked 草稿 while errors remain."""
        return draft_title(self.title, self.open_errors)

    def has(self, kind: str) -> bool:
        """The ledger's records are here (breakdowns, tables and charts need them)."""
        return kind in self.tables

    def provided(self, kind: str) -> bool:
        """The ledger was provided: as records, or only as a statistics table its figures are taken
        from (then the section states those figures and says it has no records to break down)."""
        return self.has(kind) or self.stated_only(kind)

    def stated_only(self, kind: str) -> bool:
        """No records of the kind, but some of its figures taken from a statistics table."""
        names = {g.name for g in self.specs[kind].figures} if kind in self.specs else set()
        return not self.has(kind) and any(self.evidence[n].status == figs.STATED for n in names if n in self.evidence)

    @cached_property
    def outcomes(self) -> list:
        """The declared cross-ledger relations evaluated (fzlib.indicators.relations), once for every
        sentence and table that states one."""
        return relations.evaluate(self.tables, self.figures, self.params)

    @cached_property
    def traced(self) -> pd.DataFrame:
        """The rows behind every figure (fzlib.indicators.trace): the figures workbook's 明细 sheet."""
        return trace.trace_all(self.specs, self.tables, self.excluded)


def draft_title(title: str, open_errors: int) -> str:
    """'【草稿：3项错误未处理】旺草镇…' while errors remain, else the title.

    >>> draft_title("旺草镇2024年法治政府建设工作情况报告", 3)
    '【草稿：3项错误未处理】旺草镇2024年法治政府建设工作情况报告'
    """
    return f"【草稿：{open_errors}项错误未处理】{title}" if open_errors else title


def source_version() -> str:
    """'0.1.0 (commit 1a2b3c4d5e6f)'; notes uncommitted changes, as they may change the figures."""

    def git(*args) -> str:
        done = subprocess.run(["git", "-C", str(paths.ROOT), *args], capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short=12", "HEAD")
    if not commit:
        return __version__
    dirty = "，有未提交的修改" if git("status", "--porcelain", "--untracked-files=no") else ""
    return f"{__version__}（提交 {commit}{dirty}）"


def _previous_values(processed: Path, max_unusable: float, year: int) -> dict | None:
    try:
        return figs.values(figs.of_year(processed, max_unusable, year=year))
    except folder.NotCleaned:
        return None


def load(year: int, processed: str | Path | None = None, previous: str | Path | None = None) -> YearData:
    """Load a cleaned year for the report, and the previous year's figures when it was cleaned.

    By default from data/processed/<year>; the previous year is its sibling folder <year-1>.
    Raises `NotCleaned` (a Chinese message) when the folder is missing or incomplete."""
    processed = paths.processed_dir(year, processed and Path(processed))
    previous = Path(previous) if previous else processed.parent / str(year - 1)
    params = load_params(year)
    specs = load_specs()
    manifest = folder.manifest(processed, year)
    tables = folder.load_tables(processed, year)
    limit = params.get("max_unusable_share", figs.MAX_UNUSABLE_SHARE)
    return YearData(
        year=year,
        params=params,
        tables=tables,
        evidence=figs.compute(tables, specs, figs.kind_evidence(manifest, specs), limit),
        issues=folder.load_issues(processed),
        manifest=manifest,
        previous=_previous_values(previous, limit, year - 1),
        specs=specs,
        excluded=folder.load_excluded(processed),
    )
