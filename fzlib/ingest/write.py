"""Writing a cleaned year (one parquet table per kind, the issues as parquet and as a workbook, the manifest); `clean_year` cleans and writes."""

from __future__ import annotations

import io
import json
import os
import shutil
from datetime import datetime
from pathlib import Path

import pandas as pd
from openpyxl.utils import get_column_letter

from fzlib import paths
from fzlib.errors import UserProblem, output_failed
from fzlib.ingest import issues
from fzlib.ingest.clean import YearCleaner, YearResult
from fzlib.outputs import fixed_zip, inert_frame, own_output, write_atomic


def _our_names(out: Path, result: YearResult) -> frozenset[str]:
    """The names of the files `clean` writes into a processed folder (and may therefore replace or
    delete): each kind's table (of the specs, of this run, of the run the folder's manifest records),
    the issues and the manifest. Never every .parquet: a folder given as --out may hold someone's own."""
    from fzlib.spec import load_specs

    kinds = set(load_specs()) | set(result.tables)
    try:
        kinds |= set(json.loads((out / paths.MANIFEST).read_text(encoding="utf-8")).get("kinds") or {})
    except (OSError, ValueError, TypeError, AttributeError):
        pass
    fixed = {paths.ISSUES_XLSX, paths.MANIFEST, paths.ISSUES_PARQUET, paths.EXCLUDED_PARQUET}
    return frozenset(fixed | {paths.table_file(out, kind).name for kind in kinds})


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
    ours = _our_names(out, result)
    if out.exists() and any(p.name not in ours for p in out.iterdir()):
        # A folder holding files of someone else's: never move those. Write in place, the
        # manifest removed first and written last, so a killed run leaves an incomplete set.
        (out / paths.MANIFEST).unlink(missing_ok=True)
        for old in out.glob("*.parquet"):
            if old.name in ours:
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


# The worklist's columns, in order, and their widths: where, what was written, the suggestion, the
# office's own column, then why; the kind and field last (what `accept` reads back).
WORKLIST = ["level", "file", "sheet", "row", "cell", "header", "value", "suggestion", "handled", "message", "code",
            "kind", "field"]  # fmt: skip
WORKLIST_WIDTHS = (6, 28, 12, 6, 8, 14, 16, 14, 10, 80, 18, 12, 12)
LEVEL_ORDER = (issues.ERROR, issues.WARNING, issues.NOTE)


def worklist(frame: pd.DataFrame) -> pd.DataFrame:
    """The issues in the order an office works through them: 错误 first, then 警告 and 提示; within a
    level by file, sheet and row (a whole file's or sheet's problem before its rows)."""
    rank = frame["level"].map({level: i for i, level in enumerate(LEVEL_ORDER)})
    ordered = frame.assign(_rank=rank).sort_values(
        ["_rank", "file", "sheet", "row"], na_position="first", kind="stable"
    )
    return ordered.drop(columns="_rank").assign(handled=None).reset_index(drop=True)


def summary_table(frame: pd.DataFrame) -> pd.DataFrame:
    """How many problems each file has, by code: the first sheet of the workbook."""
    columns = ["文件", "级别", "问题代码", "问题", "条数"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    counts = frame.groupby(["file", "level", "code"], sort=False).size().reset_index(name="n")
    counts["_rank"] = counts["level"].map({level: i for i, level in enumerate(LEVEL_ORDER)})
    counts = counts.sort_values(["file", "_rank", "code"], kind="stable")
    return pd.DataFrame(
        {
            "文件": counts["file"],
            "级别": counts["level"],
            "问题代码": counts["code"],
            "问题": counts["code"].map(lambda c: issues.CATALOGUE[c].label),
            "条数": counts["n"],
        }
    ).reset_index(drop=True)


def write_issues_xlsx(frame: pd.DataFrame, path: Path, year: int | None = None) -> None:
    """The issues list as a workbook an office worker can work through: a summary per file and code
    first, then the worklist (sorted, filterable, with the suggestion and an empty 处理情况 column for
    the office: 同意 there lets `accept` take the suggestion). No cell can become a formula; the
    same issues give the same bytes (its times are fixed: the last day of the year)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    titles = {**issues.COLUMN_TITLES, "handled": issues.HANDLED_TITLE}
    listed = inert_frame(worklist(frame)[WORKLIST].rename(columns=titles))
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        inert_frame(summary_table(frame)).to_excel(writer, sheet_name=issues.SUMMARY_SHEET, index=False)
        ws = writer.sheets[issues.SUMMARY_SHEET]
        for col, width in zip("ABCDE", (36, 6, 18, 20, 8)):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A2"
        listed.to_excel(writer, sheet_name=issues.WORKLIST_SHEET, index=False)
        ws = writer.sheets[issues.WORKLIST_SHEET]
        last = get_column_letter(len(WORKLIST))
        for i, width in enumerate(WORKLIST_WIDTHS, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{last}{len(listed) + 1}"
        handled = get_column_letter(WORKLIST.index("handled") + 1)
        choice = DataValidation(
            type="list",
            formula1='"同意,不同意,已改台账"',
            allow_blank=True,
            showErrorMessage=False,  # any remark may be written; only 同意 is read
            promptTitle=issues.HANDLED_TITLE,
            prompt="有“建议改为”的行写“同意”，再运行 accept，即登记为本镇写法",
        )
        choice.add(f"{handled}2:{handled}{max(len(listed), 1) + 1}")
        ws.add_data_validation(choice)
        when = datetime(year or 2000, 12, 31)
        writer.book.properties.created = writer.book.properties.modified = when
        writer.book.properties.creator = writer.book.properties.lastModifiedBy = "fzlib"
        writer.book.properties.category = own_output("问题清单")
    write_atomic(path, fixed_zip(buf.getvalue(), when))


def clean_year(
    year: int, raw: Path, out: Path, overrides=None, exclude=None, progress=None, options=None, own_params=True
) -> YearResult:
    """Clean a year's folder and write the results; `options` are the params of fzlib.params.CLEAN_OPTIONS
    (`own_params` False: written for many folders, an entry naming no file of this one is not said)."""
    result = YearCleaner(year, raw, overrides=overrides, exclude=exclude, options=options, own_params=own_params).run(
        progress
    )
    files = result.manifest["files"]
    if own_params and files and all(f.get("excluded") for f in files):
        # Nothing left to read is a folder without ledgers, as an empty one is: never an empty year written, its
        # every figure "未提供" as if no office had sent a ledger.
        raise UserProblem(
            f"原始台账文件夹 {raw} 中的 {len(files)} 个文件都在 params/{year}.yaml 的 exclude 中列出，没有一个台账可读。"
            f"请从 exclude 中删去要用的台账（exclude 只列有意不用的文件）后重新运行。"
        )
    write_year(result, out)
    return result
