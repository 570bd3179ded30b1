"""Writing a cleaned year (one parquet table per kind, the issues as parquet and as a workbook, the manifest); `clean_year` cleans and writes."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from fzlib import paths
from fzlib.ingest import issues
from fzlib.ingest.clean import YearCleaner, YearResult
from fzlib.outputs import inert_frame, write_atomic


def write_year(result: YearResult, out: Path) -> None:
    """Write tables, issues and manifest; a stale table of a kind no longer present is removed."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.parquet"):
        old.unlink()
    for kind, table in result.tables.items():
        table.to_parquet(paths.table_file(out, kind), index=False)
    result.issues.to_parquet(out / paths.ISSUES_PARQUET, index=False)
    write_issues_xlsx(result.issues, out / paths.ISSUES_XLSX)
    write_atomic(out / paths.MANIFEST, json.dumps(result.manifest, ensure_ascii=False, indent=1, default=str))


def write_issues_xlsx(frame: pd.DataFrame, path: Path) -> None:
    """The issues list as a workbook an office worker can work through; no cell can become a formula."""
    order = ["level", "file", "sheet", "cell", "header", "value", "message", "code"]
    sheet = inert_frame(frame[order].rename(columns=issues.COLUMN_TITLES))
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        sheet.to_excel(writer, sheet_name="问题清单", index=False)
        ws = writer.sheets["问题清单"]
        for col, width in zip("ABCDEFGH", (6, 28, 12, 8, 14, 16, 80, 18)):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A2"


def clean_year(year: int, raw: Path, out: Path, overrides=None, exclude=None, progress=None) -> YearResult:
    """Clean a year's folder and write the results."""
    result = YearCleaner(year, raw, overrides=overrides, exclude=exclude).run(progress)
    write_year(result, out)
    return result
