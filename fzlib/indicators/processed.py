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


def manifest(processed: Path) -> dict:
    """The manifest `clean` writes last; a folder without one was never cleaned or not completely."""
    path = processed / paths.MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotCleaned(f"{processed} 中没有完整的清洗结果（缺少 {paths.MANIFEST}）") from None
    except (OSError, ValueError):
        raise NotCleaned(f"{processed} 中的清洗结果已损坏（{paths.MANIFEST} 无法读取）") from None


def check_complete(processed: Path) -> dict:
    """The manifest, once every file it promises is there (cheap: reads no table); else NotCleaned."""
    found = manifest(processed)
    missing = [k for k in found.get("kinds", {}) if not paths.table_file(processed, k).exists()]
    if not (processed / paths.ISSUES_PARQUET).exists():
        missing.append("问题清单")
    if missing:
        raise NotCleaned(f"{processed} 中的清洗结果不完整（缺少 {'、'.join(missing)}）")
    return found


def load_tables(processed: Path) -> dict[str, pd.DataFrame]:
    """The cleaned tables of a year, by kind: exactly those the manifest lists, or NotCleaned."""
    import pandas as pd  # here: the report command checks a folder before anything heavy loads

    kinds = check_complete(processed).get("kinds", {})
    return {k: _table(pd, paths.table_file(processed, k), processed) for k in sorted(kinds)}


def _table(pd, path: Path, processed: Path) -> pd.DataFrame:
    """One table `clean` wrote; a damaged one (cut short by a copy or a sync, overwritten) is NotCleaned,
    named, as a damaged manifest is: the folder is rebuilt by cleaning again."""
    try:
        return pd.read_parquet(path)
    except (OSError, ValueError):  # pyarrow's ArrowInvalid is a ValueError
        raise NotCleaned(f"{processed} 中的清洗结果已损坏（{path.name} 无法读取）") from None


def load_issues(processed: Path) -> pd.DataFrame:
    import pandas as pd

    check_complete(processed)
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
