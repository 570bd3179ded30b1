"""The year's data a report is made from (`load`): params, clean tables, figures with their evidence, issues, manifest, last year.

The `report` command loads the year and works out its sections once, in the process that makes the
Word file and the workbook, and hands that to the notebook's kernel through a file in
build/cache/report named by a digest of every input's content (`hand_over`): the kernel's `load`
reads it back instead of loading again. Anything else calling `load` (a notebook opened in
JupyterLab, the tests) finds no such file, or none for its inputs, and loads as before.
"""

from __future__ import annotations

import hashlib
import pickle
import subprocess
import sys
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
    # Each section's pieces once worked out (fzlib.report.outline.pieces), for the page and the Word
    # file alike; None (the default) works them out at every call.
    made: dict[str, list] | None = None
    # Each count/sum figure's groups of records (fzlib.indicators.trace.selection), made once for the
    # page's 数字来源 and the workbook's 明细 alike; not handed over (the kernel needs the pieces only).
    selected: dict = field(default_factory=dict, repr=False)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "selected": {}}

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
        from (then the section states those figures and says it has no records to break down), or
        handed in but of no use (`unusable`: its figures are 无法统计, with the reason)."""
        return self.has(kind) or self.stated_only(kind) or kind in self.unusable

    @cached_property
    def unusable(self) -> dict[str, str]:
        """Ledgers handed in that no figure can rest on, kind → why (a sheet of it refused, only another
        year's records, only empty tables of part of the year): "未提供" would be untrue of them."""
        found = figs.kind_evidence(self.manifest, self.specs)
        return {kind: e.unavailable for kind, e in found.items() if e.unavailable and kind in self.specs}

    def withheld(self, kind: str) -> str:
        """Why every figure of a kind is unavailable (its records not all read: rows left out as errors, a sheet
        refused, part of the year missing), its first figure's reason; '' when one has a value. Counts of its records
        by category would then be of the records kept only: no breakdown of them is shown or said."""
        names = [g.name for g in self.specs[kind].figures] if kind in self.specs else []
        found = [self.evidence[n] for n in names if n in self.evidence]
        return found[0].reason if found and all(f.value is None for f in found) else ""

    def complete(self, kind: str) -> bool:
        """Every figure of a kind counted from all its records: only then is a category with none of them none."""
        names = [g.name for g in self.specs[kind].figures] if kind in self.specs else []
        return all(self.evidence[n].status == figs.OK for n in names if n in self.evidence)

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
        return trace.trace_all(self.specs, self.tables, self.excluded, chosen=self.selected)


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


def _folders(year: int, processed: str | Path | None, previous: str | Path | None) -> tuple[Path, Path]:
    processed = paths.processed_dir(year, processed and Path(processed))
    return processed, Path(previous) if previous else processed.parent / str(year - 1)


def load(year: int, processed: str | Path | None = None, previous: str | Path | None = None) -> YearData:
    """Load a cleaned year for the report, and the previous year's figures when it was cleaned.

    By default from data/processed/<year>; the previous year is its sibling folder <year-1>.
    Raises `NotCleaned` (a Chinese message) when the folder is missing or incomplete. What the
    `report` command handed over for exactly these inputs is taken as it is (see the module's doc)."""
    processed, previous = _folders(year, processed, previous)
    handed = _handed_over(year, processed, previous)
    if handed is not None:
        return handed
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


# --- the year handed over from the `report` command to its kernel -------------------------------

_SOURCE_SUFFIXES = {".py", ".yaml", ".yml", ".css", ".j2"}


def inputs_key(year: int, processed: str | Path | None = None, previous: str | Path | None = None) -> str:
    """A digest of the content of everything a loaded year and its sections are made from: the
    cleaned year and the year before (every file), the year's params, the code and wording of
    fzlib, the project's own specs and report wording, the pseudonym key, and the versions of
    Python and the data libraries. Content, not times: a file rewritten with other bytes changes
    the key, a file only touched does not."""
    import numpy
    import pyarrow

    processed, previous = _folders(year, processed, previous)
    digest = hashlib.sha256(f"{year}\0{processed.absolute()}\0{previous.absolute()}\0".encode())
    versions = (sys.version, __version__, pd.__version__, pyarrow.__version__, numpy.__version__)
    digest.update("\0".join(versions).encode())
    for name, folder_, only_source in (
        ("processed", processed, False),
        ("previous", previous, False),
        ("package", paths.PACKAGE, True),
        ("project specs", paths.PROJECT_SPECS, True),
        ("project report", paths.PROJECT_REPORT, True),
    ):
        digest.update(f"\0{name}\0".encode())
        for path in _files(folder_, only_source):
            digest.update(f"{path.relative_to(folder_).as_posix()}\0{path.stat().st_size}\0".encode())
            digest.update(path.read_bytes())
    for path in (paths.params_file(year), paths.SECRET):
        digest.update(f"\0{path.name}\0".encode() + (path.read_bytes() if path.is_file() else b"-"))
    return digest.hexdigest()


def _files(folder_: Path, only_source: bool) -> list[Path]:
    if not folder_.is_dir():
        return []
    found = (p for p in folder_.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return sorted(p for p in found if not only_source or p.suffix in _SOURCE_SUFFIXES)


def hand_over(d: YearData, key: str) -> Path:
    """Write the loaded year (and the sections worked out on it) for the kernel's `load` to read;
    the caller removes the file once the notebook has run (`withdraw`)."""
    from fzlib.outputs import write_atomic

    return write_atomic(
        paths.REPORT_HANDOFF / f"{key}.pickle", pickle.dumps((key, d), protocol=pickle.HIGHEST_PROTOCOL)
    )


def withdraw(path: Path | None) -> None:
    """Remove a handed-over year: it holds the year's records, and is of no use after its run."""
    if path is not None:
        path.unlink(missing_ok=True)


def _handed_over(year: int, processed: Path, previous: Path) -> YearData | None:
    """The year the `report` command handed over for exactly these inputs, else None (then `load`
    loads). A file that cannot be read back is passed over, never trusted."""
    try:
        if not any(paths.REPORT_HANDOFF.glob("*.pickle")):
            return None  # the usual case outside a `report` run: no digest worked out
        key = inputs_key(year, processed, previous)
        with open(paths.REPORT_HANDOFF / f"{key}.pickle", "rb") as file:
            stored, d = pickle.load(file)
    except Exception:  # absent (another run withdrew it), cut short, or of another version
        return None
    return d if stored == key and isinstance(d, YearData) else None
