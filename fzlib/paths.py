"""Every path the project uses, built from the project root in this one place."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# FZLIB_ROOT lets tests and installed copies point the pipeline at another project folder.
ROOT = Path(os.environ.get("FZLIB_ROOT", PACKAGE.parent)).resolve()

SPECS = PACKAGE / "specs"
NOTEBOOKS = ROOT / "notebooks"
PARAMS = ROOT / "params"
DATA = ROOT / "data"
RAW = DATA / "raw"
PROCESSED = DATA / "processed"
REPORTS = ROOT / "reports"
SECRET = ROOT / ".fzlib-secret"
BUILD = ROOT / "build"              # scratch: benchmarks, browser screenshots
SCREENSHOTS = BUILD / "screenshots"
FONT_CACHE = BUILD / "cache" / "fonts"  # embedded-font subsets, keyed by their characters
REPORT_NOTEBOOK = NOTEBOOKS / "report.ipynb"


def raw_dir(year: int, base: Path | None = None) -> Path:
    """Folder of a year's raw ledgers."""
    return RAW / str(year) if base is None else Path(base)


def processed_dir(year: int, base: Path | None = None) -> Path:
    """Folder of a year's cleaned tables, issues and manifest."""
    return PROCESSED / str(year) if base is None else Path(base)


def params_file(year: int) -> Path:
    return PARAMS / f"{year}.yaml"


def reports_dir(year: int, base: Path | None = None) -> Path:
    return REPORTS / str(year) if base is None else Path(base)


def table_file(processed: Path, kind: str) -> Path:
    return processed / f"{kind}.parquet"


ISSUES_PARQUET = "issues.parquet"
ISSUES_XLSX = "issues.xlsx"
MANIFEST = "manifest.json"
