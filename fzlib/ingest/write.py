"""Writing a cleaned year (one parquet table per kind, the issues as parquet and as a workbook, the manifest); `clean_year` cleans and writes."""

from __future__ import annotations

import io
import json
import os
import shutil
from datetime import datetime
from pathlib import Path

import pandas as pd

from fzlib import paths
from fzlib.errors import output_failed
from fzlib.ingest import issues
from fzlib.ingest.clean import YearCleaner, YearResult
from fzlib.outputs import fixed_zip, inert_frame, write_atomic


def _ours(path: Path) -> bool:
    """A file `clean` writes into a processed folder (and may therefore replace)."""
    return path.suffix == ".parquet" or path.name in (paths.ISSUES_XLSX, paths.MANIFEST)


def _write_into(result: YearResult, folder: Path) -> None:
    for kind, table in result.tables.items():
        table.to_parquet(paths.table_file(folder, kind), index=False)
    result.issues.to_parquet(folder / paths.ISSUES_PARQUET, index=False)
    excluded = [t.assign(_kind=kind) for kind, t in sorted(result.excluded.items()) if len(t)]
    if excluded:
        pd.concat(excluded, ignore_index=True).astype({"_kind": "string"}).to_parquet(
            folder / paths.EXCLUDED_PARQUET, index=False
        )
    write_issues_xlsx(result.issues, folder / paths.ISSUES_XLSX, result.manifest.get("year"))
    # Last: a folder with a manifest is complete (fzlib.indicators.processed relies on it).
    write_atomic(folder / paths.MANIFEST, json.dumps(result.manifest, ensure_ascii=False, indent=1, default=str))


def write_year(result: YearResult, out: Path) -> None:
    """Write tables, issues and manifest as one set: into a fresh folder beside `out`, swapped in
    whole, so that a run killed half-way leaves the last complete set or no set, never a mix. A
    folder that cannot be written (read-only, disk full) is a UserProblem saying what to do."""
    out = Path(out)
    fresh = out.parent / f".{out.name}.writing-{os.getpid()}"
    try:
        _write_year(result, out, fresh)
    except OSError as exc:
        shutil.rmtree(fresh, ignore_errors=True)
        raise output_failed(exc, "清洗结果") from None


def _write_year(result: YearResult, out: Path, fresh: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    for leftover in out.parent.glob(f".{out.name}.*-*"):  # from a run that was killed
        shutil.rmtree(leftover, ignore_errors=True)
    if out.exists() and any(not _ours(p) for p in out.iterdir()):
        # A folder holding files of someone else's: never move those. Write in place, the
        # manifest removed first and written last, so a killed run leaves an incomplete set.
        (out / paths.MANIFEST).unlink(missing_ok=True)
        for old in out.glob("*.parquet"):
            old.unlink()
        _write_into(result, out)
        return
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir()
    _write_into(result, fresh)
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        os.replace(out, old)
    os.replace(fresh, out)
    shutil.rmtree(old, ignore_errors=True)


def write_issues_xlsx(frame: pd.DataFrame, path: Path, year: int | None = None) -> None:
    """The issues list as a workbook an office worker can work through; no cell can become a formula.
    The same issues give the same bytes (its times are fixed: the last day of the year)."""
    order = ["level", "file", "sheet", "cell", "header", "value", "message", "code"]
    sheet = inert_frame(frame[order].rename(columns=issues.COLUMN_TITLES))
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        sheet.to_excel(writer, sheet_name="问题清单", index=False)
        ws = writer.sheets["问题清单"]
        for col, width in zip("ABCDEFGH", (6, 28, 12, 8, 14, 16, 80, 18)):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A2"
        when = datetime(year or 2000, 12, 31)
        writer.book.properties.created = writer.book.properties.modified = when
        writer.book.properties.creator = writer.book.properties.lastModifiedBy = "fzlib"
    write_atomic(path, fixed_zip(buf.getvalue(), when))


def clean_year(
    year: int, raw: Path, out: Path, overrides=None, exclude=None, progress=None, options=None
) -> YearResult:
    """Clean a year's folder and write the results; `options` are the params of fzlib.params.CLEAN_OPTIONS."""
    result = YearCleaner(year, raw, overrides=overrides, exclude=exclude, options=options).run(progress)
    write_year(result, out)
    return result
