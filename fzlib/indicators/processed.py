"""Reading a cleaned year back (tables, issues, manifest), refusing a folder `clean` did not finish."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from fzlib import paths

ERROR_LEVEL = "错误"  # fzlib.ingest.issues.ERROR, without importing the ingest layer here

if TYPE_CHECKING:
    import pandas as pd


class NotCleaned(FileNotFoundError):
    """The processed folder is missing or incomplete; ``str()`` is a Chinese message for the user."""


def manifest(processed: Path, year: int | None = None) -> dict:
    """The manifest `clean` writes last; a folder without one was never cleaned or not completely.
    With `year`, a folder cleaned for another year (a copy renamed, --processed pointing at the wrong
    year) is NotCleaned too: its figures would be given as this year's."""
    path = processed / paths.MANIFEST
    if processed.exists() and not processed.is_dir():  # --processed given a file (issues.xlsx, a table)
        raise NotCleaned(f"{processed} 是一个文件，不是清洗结果的文件夹（--processed 应指向 clean 写出的文件夹）")
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotCleaned(f"{processed} 中没有完整的清洗结果（缺少 {paths.MANIFEST}）") from None
    except (OSError, ValueError):
        raise NotCleaned(f"{processed} 中的清洗结果已损坏（{paths.MANIFEST} 无法读取）") from None
    if not isinstance(found, dict):
        raise NotCleaned(f"{processed} 中的清洗结果已损坏（{paths.MANIFEST} 无法读取）")
    if (wrong := _misshapen(found)) is not None:  # edited by hand or by a script: never read as clean wrote it
        raise NotCleaned(f"{processed} 中的清洗结果已损坏（{paths.MANIFEST} 中的 {wrong} 不是 clean 写出的样子）")
    cleaned_for = found.get("year")
    if year is not None and cleaned_for is not None and cleaned_for != year:
        raise NotCleaned(f"{processed} 中是 {cleaned_for} 年台账的清洗结果，不是 {year} 年的，不能作为 {year} 年的数字")
    return found


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _misshapen(found: dict) -> str | None:
    """The first key of a manifest whose value is not of the shape `clean` writes (a year as text, a count as
    text, a list of files that is not one), or None. Read as it is, such a manifest had stopped `indicators` and
    `report` with 内部错误, a defect of fzlib, or given a year's figures under a contradiction (2024 不是 2024)."""
    shapes = {
        "year": lambda v: v is None or _is_int(v),
        "files": lambda v: (
            isinstance(v, list) and all(isinstance(f, dict) and isinstance(f.get("file"), str) for f in v)
        ),
        "kinds": lambda v: isinstance(v, dict) and all(isinstance(k, str) and _is_int(n) for k, n in v.items()),
        "statistics": lambda v: isinstance(v, list) and all(isinstance(x, dict) for x in v),
    }
    return next((key for key, fits in shapes.items() if key in found and not fits(found[key])), None)


def check_complete(processed: Path, year: int | None = None, *, counts: bool = True) -> dict:
    """The manifest, once every file it promises is there and (`counts`) each table holds the records
    `clean` wrote (only the tables' footers are read); else NotCleaned. Without `counts` it loads nothing
    heavy (no pyarrow)."""
    found = manifest(processed, year)
    missing = [k for k in found.get("kinds", {}) if not paths.table_file(processed, k).exists()]
    if not (processed / paths.ISSUES_PARQUET).exists():
        missing.append("问题清单")
    if missing:
        raise NotCleaned(f"{processed} 中的清洗结果不完整（缺少 {'、'.join(missing)}）")
    if counts:
        _refuse_edited(processed, found.get("kinds", {}))
    return found


def _refuse_edited(processed: Path, kinds: dict) -> None:
    """NotCleaned when a table holds more or fewer records than `clean` wrote (the manifest's `kinds`): a
    row deleted or copied by hand (in Excel, by a script) would change every figure over it without a
    word. Only each table's footer is read, so the report checks this before it loads any table."""
    from pyarrow import parquet

    for kind, written in sorted(kinds.items()):
        if not isinstance(written, int) or isinstance(written, bool):
            continue
        path = paths.table_file(processed, kind)
        try:
            held = parquet.ParquetFile(path).metadata.num_rows
        except Exception:  # noqa: BLE001 (a damaged table: reading it names the damage)
            continue
        if held != written:
            raise NotCleaned(
                f"{processed} 中的清洗结果被改动过（{path.name} 现有 {held} 条记录，清洗时写出的是 {written} 条）；"
                "清洗结果不能手工修改，数字有误请改 data/raw 中的台账"
            )


def load_tables(processed: Path, year: int | None = None) -> dict[str, pd.DataFrame]:
    """The cleaned tables of a year, by kind: exactly those the manifest lists, or NotCleaned. A table
    without a (not personal) column its kind declares (written by an older fzlib, or edited by hand) is NotCleaned:
    a figure over a column that is not there would read as 0, not as unknown."""
    import pandas as pd  # here: the report command checks a folder before anything heavy loads

    from fzlib.spec import load_specs

    kinds = check_complete(processed, year).get("kinds", {})
    specs = load_specs()
    tables = {}
    for kind in sorted(kinds):
        table = tables[kind] = _table(pd, paths.table_file(processed, kind), processed)
        # Personal fields may be left out of a table by design (a village of a person under watch).
        declared = [f.name for f in specs[kind].fields if not f.personal] if kind in specs else []
        lacking = [name for name in declared if name not in table.columns]
        if lacking:
            raise NotCleaned(
                f"{processed} 中的清洗结果与当前 fzlib 不符（{paths.table_file(processed, kind).name} 缺少"
                f" {len(lacking)} 列，可能由旧版本写出或被改动过）"
            )
    return tables


def _table(pd, path: Path, processed: Path) -> pd.DataFrame:
    """One table `clean` wrote; a damaged one (cut short by a copy or a sync, overwritten) is NotCleaned,
    named, as a damaged manifest is: the folder is rebuilt by cleaning again."""
    try:
        return pd.read_parquet(path)
    except (OSError, ValueError):  # pyarrow's ArrowInvalid is a ValueError
        raise NotCleaned(f"{processed} 中的清洗结果已损坏（{path.name} 无法读取）") from None


def load_issues(processed: Path, year: int | None = None) -> pd.DataFrame:
    import pandas as pd

    check_complete(processed, year)
    return _table(pd, processed / paths.ISSUES_PARQUET, processed)


def open_errors(processed: Path) -> int:
    """How many problems of level 错误 the issues table holds, reading that one column only (the report
    command needs it before anything heavy is loaded). 0 when it cannot be read: the report itself
    will then fail on the damaged folder, and say so."""
    from pyarrow import parquet

    try:
        levels = parquet.read_table(processed / paths.ISSUES_PARQUET, columns=["level"]).column("level")
    except Exception:  # noqa: BLE001 (a damaged table: the report's own loading names the problem)
        return 0
    return sum(1 for level in levels.to_pylist() if level == ERROR_LEVEL)


def load_excluded(processed: Path) -> dict[str, pd.DataFrame]:
    """Per kind, the records `clean` left out (with `_status` and `_reason`); {} when there were none."""
    import pandas as pd

    path = processed / paths.EXCLUDED_PARQUET
    if not path.exists():
        return {}
    frame = _table(pd, path, processed)
    return {str(k): t.drop(columns="_kind").reset_index(drop=True) for k, t in frame.groupby("_kind", sort=True)}
