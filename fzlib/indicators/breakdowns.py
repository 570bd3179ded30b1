"""Breakdowns: a year's records counted by one field, with shares adding up to exactly 100.0%.

Every breakdown is declared once, in its kind's spec (`breakdowns:`: which field, which records,
what is counted), so the report, the exports and the cross-ledger check of "shares add up to 100%"
all use the same tables. Counts are exact here; hiding small counts of sensitive ledgers is a
matter of display (`suppress`), done where a table is shown, for breakdowns declared `small_area`
(by village or a similar area, of a sensitive ledger). Breakdowns by type, source or status of a
sensitive ledger stay exact: they are the published figures themselves (indicators.md).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from fzlib import fmt
from fzlib.indicators.figures import KEY, repeated_in_sheet, select
from fzlib.spec import BreakdownSpec, LedgerSpec, load_specs

SHARE = "占比"
TOTAL = "合计"
UNSPECIFIED = "（未填写）"
# A value outside the field's vocabulary is flagged vocab.unknown in cleaning; the report counts it
# but never prints the raw text (it could be anything, a name or markup included).
UNRECOGNISED = "（未识别，见数据质量）"
# Categories that close a list rather than compete in it: always shown last.
LAST = ("其他", UNSPECIFIED, UNRECOGNISED)


def declared(specs: dict[str, LedgerSpec] | None = None) -> dict[str, BreakdownSpec]:
    """Every breakdown the specs declare, by name, in spec order."""
    specs = specs or load_specs()
    return {b.name: b for s in specs.values() for b in s.breakdowns}


def counts(table: pd.DataFrame, b: BreakdownSpec) -> pd.Series:
    """Category → count (int), largest first; 其他 and unfilled last; months in calendar order."""
    rows = select(table, b.where)
    if b.distinct and b.distinct in load_specs()[b.kind].key:
        # Distinct records by identity where the field is the kind's key (see figures.KEY).
        rows = rows.drop_duplicates(KEY if KEY in rows else b.distinct)
    elif b.distinct and b.distinct in rows:
        # Otherwise as a figure's `distinct` counts them: one per value within a sheet, a row without one itself.
        rows = rows[~repeated_in_sheet(rows, np.arange(len(rows)), b.distinct)]
    if b.month:
        keys = rows[b.by].dt.month.astype("Int64")
    else:
        keys = rows[b.by].astype("string")
        vocabulary = load_specs()[b.kind].field(b.by).vocabulary
        if vocabulary:
            keys = keys.where(keys.isna() | keys.isin(list(vocabulary)), UNRECOGNISED)
        keys = keys.fillna(UNSPECIFIED)
    values = rows[b.weight].fillna(b.fill).astype(int) if b.weight else pd.Series(1, index=rows.index)
    series = values.groupby(keys).sum().astype(int)
    if b.month:
        series = series.reindex(range(1, 13), fill_value=0)
        series.index = [f"{m}月" for m in series.index]
        return series
    order = sorted(series.index, key=lambda k: (k in LAST, -series[k], str(k)))
    return series.reindex(order)


def frame(series: pd.Series, b: BreakdownSpec, shares: bool = True) -> pd.DataFrame:
    """The display table: category, count, share (largest remainder, adds up to 100.0%), total row."""
    out = pd.DataFrame({b.label: [str(k) for k in series.index], b.count_title: [int(v) for v in series]})
    if shares:
        out[SHARE] = [f"{s:.1f}%" for s in fmt.shares(out[b.count_title].tolist())]
    total = {b.label: TOTAL, b.count_title: int(series.sum())}
    if shares:
        total[SHARE] = "100.0%" if series.sum() else "—"
    return pd.concat([out, pd.DataFrame([total])], ignore_index=True)


def compute(tables: dict[str, pd.DataFrame], name: str) -> pd.Series | None:
    """A declared breakdown over a year's tables; None when its ledger is absent."""
    b = declared()[name]
    if b.kind not in tables:
        return None
    return counts(tables[b.kind], b)


def suppress(table: pd.DataFrame, columns: list[str], threshold: int) -> pd.DataFrame:
    """Counts below `threshold` shown as "<threshold" (total row kept exact), for sensitive ledgers.

    >>> t = pd.DataFrame({"村": ["甲", "乙", "合计"], "数量": [1, 5, 6]})
    >>> suppress(t, ["数量"], 3)["数量"].tolist()
    ['<3', 5, 6]
    """
    out = table.astype({c: "object" for c in columns}).copy()
    body = out.index[:-1] if len(out) and str(out.iloc[-1, 0]) == TOTAL else out.index
    for c in columns:
        small = [i for i in body if 0 < int(out.at[i, c]) < threshold]
        out.loc[small, c] = f"<{threshold}"
    return out
