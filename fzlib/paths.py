"""Every path the project uses, built from the project root in this one place."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# FZLIB_ROOT lets tests and installed copies point the pipeline at another project folder.
ROOT = Path(os.environ.get("FZLIB_ROOT", PACKAGE.parent)).resolve()

SPECS = PACKAGE / "specs"
PROJECT_SPECS = ROOT / "specs"  # a town's own ledger kinds (optional), beside the package's
NOTEBOOKS = ROOT / "notebooks"
PARAMS = ROOT / "params"
DATA = ROOT / "data"
RAW = DATA / "raw"
PROCESSED = DATA / "processed"
# A county: one raw folder per town under data/raw/county/<Y>/, and the county run's outputs
# (each town's processed tables and figures, the county report) under data/county/<Y>/.
COUNTY_RAW = RAW / "county"
COUNTY = DATA / "county"
REPORTS = ROOT / "reports"
SECRET = ROOT / ".fzlib-secret"
BUILD = ROOT / "build"  # scratch: benchmarks, browser screenshots
SCREENSHOTS = BUILD / "screenshots"
TEMPLATES = BUILD / "templates"  # blank ledger templates (`python -m fzlib template`, `make templates`)
FONT_CACHE = BUILD / "cache" / "fonts"  # embedded-font subsets, keyed by their characters
PAGE_TEMPLATE_CACHE = BUILD / "cache" / "page-templates"  # the report page's Jinja templates, compiled
# A year loaded and its sections worked out once by `report`, for its kernel, keyed by the inputs' content
REPORT_HANDOFF = BUILD / "cache" / "report"
REPORT_NOTEBOOK = NOTEBOOKS / "report.ipynb"
EXPLORE_NOTEBOOK = NOTEBOOKS / "explore.ipynb"
# A town's own report wording and layout (optional): outline.yaml and sentences.yaml here replace
# or extend the package's (fzlib/report/outline.yaml, fzlib/report/sentences.yaml).
PROJECT_REPORT = ROOT / "report"
REPORT_PACKAGE = PACKAGE / "report"


def raw_dir(year: int, base: Path | None = None) -> Path:
    """Folder of a year's raw ledgers."""
    return RAW / str(year) if base is None else Path(base)


def processed_dir(year: int, base: Path | None = None) -> Path:
    """Folder of a year's cleaned tables, issues and manifest."""
    return PROCESSED / str(year) if base is None else Path(base)


def county_raw_dir(year: int, base: Path | None = None) -> Path:
    """Folder of a county's raw ledgers: one folder per town, named by the town."""
    return COUNTY_RAW / str(year) if base is None else Path(base)


def county_dir(year: int, base: Path | None = None) -> Path:
    """Folder of a county run's outputs: the county report and, under towns/, each town's results."""
    return COUNTY / str(year) if base is None else Path(base)


def county_town_dir(county: Path, town: str) -> Path:
    """One town's results in a county run: its processed tables (processed/) and figures (figures.json)."""
    return Path(county) / "towns" / town


def county_file(county: Path, year: int, name: str, suffix: str) -> Path:
    """The county report's files: 绥阳县2024年各乡镇法治政府建设指标汇总.html, .xlsx, .docx."""
    return Path(county) / f"{name}{year}年各乡镇法治政府建设指标汇总{suffix}"


def params_file(year: int) -> Path:
    return PARAMS / f"{year}.yaml"


def reports_dir(year: int, base: Path | None = None) -> Path:
    return REPORTS / str(year) if base is None else Path(base)


def report_stem(year: int) -> str:
    return f"法治政府建设报告-{year}"


def report_file(year: int, out: Path | None = None, suffix: str = ".html") -> Path:
    """The report (HTML) and the files beside it: `suffix` "-文字稿.docx", "-文字稿.txt", "-指标.xlsx"."""
    return reports_dir(year, out) / f"{report_stem(year)}{suffix}"


def template_file(out: Path, title: str, year: int) -> Path:
    """A blank ledger template: 2024年行政执法案件台账（模板）.xlsx."""
    return Path(out) / f"{year}年{title}（模板）.xlsx"


def table_file(processed: Path, kind: str) -> Path:
    return processed / f"{kind}.parquet"


TOWN_PROCESSED = "processed"
TOWN_FIGURES = "figures.json"
ISSUES_PARQUET = "issues.parquet"
EXCLUDED_PARQUET = "excluded.parquet"  # the records left out of the year's tables, and why
ISSUES_XLSX = "issues.xlsx"
MANIFEST = "manifest.json"
