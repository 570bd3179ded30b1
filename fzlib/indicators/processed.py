"""Reading a cleaned year back (tables, issues, manifest), refusing a folder `clean` did not finish."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from fzlib import paths


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


def load_tables(processed: Path) -> dict[str, pd.DataFrame]:
    """The cleaned tables of a year, by kind: exactly those the manifest lists, or NotCleaned."""
    kinds = manifest(processed).get("kinds", {})
    missing = [k for k in kinds if not paths.table_file(processed, k).exists()]
    if missing:
        raise NotCleaned(f"{processed} 中的清洗结果不完整（缺少 {', '.join(missing)} 的数据表）")
    return {k: pd.read_parquet(paths.table_file(processed, k)) for k in sorted(kinds)}


def load_issues(processed: Path) -> pd.DataFrame:
    try:
        return pd.read_parquet(processed / paths.ISSUES_PARQUET)
    except FileNotFoundError:
        raise NotCleaned(f"{processed} 中的清洗结果不完整（缺少问题清单）") from None


def kind_problems(manifest: dict, specs: dict) -> dict[str, str]:
    """Kind → why its ledger cannot be trusted whole this year: a sheet of it was refused.

    A refused sheet's records are unknown, so no figure of its kind can be complete: the figures
    are unavailable rather than silently lower."""
    out: dict[str, list[str]] = {}
    for f in manifest.get("files", []):
        if f.get("excluded"):
            continue
        for s in f.get("sheets", []):
            kind = s.get("kind")
            if kind in specs and s.get("problem"):
                out.setdefault(kind, []).append(f"{f['file']}「{s['sheet']}」")
    return {
        k: f"{specs[k].title}中有工作表无法使用（{'、'.join(v[:3])}{'等' if len(v) > 3 else ''}），其记录无从统计"
        for k, v in out.items()
    }
