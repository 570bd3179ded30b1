"""Breakdowns: a year's records counted by one field, with shares adding up to exactly 100.0%; by a field of
several values per record (an item on two channels), each record under each of its values, shares of the records.

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
from fzlib.spec import SEVERAL_JOIN, BreakdownSpec, LedgerSpec, load_specs

SHARE = "占比"
TOTAL = "合计"
UNSPECIFIED = "（未填写）"
# A value outside the field's vocabulary is flagged vocab.unknown in cleaning; the report counts it
# but never prints the raw text (it could be anything, a name or markup included).
UNRECOGNISED = "（未识别，见数据质量）"
# A record dated only to its year, half or quarter (clean's `_monthless`), in a breakdown by month: in none.
NO_MONTH = "月份不详"
MONTHLESS = "_monthless"
# Categories that close a list rather than compete in it: always shown last.
LAST = ("其他", UNSPECIFIED, UNRECOGNISED)


def declared(specs: dict[str, LedgerSpec] | None = None) -> dict[str, BreakdownSpec]:
    """Every breakdown the specs declare, by name, in spec order."""
    specs = specs or load_specs()
    return {b.name: b for s in specs.values() for b in s.breakdowns}


def counts(table: pd.DataFrame, b: BreakdownSpec) -> pd.Series:
    """Category → count (int), largest first; 其他 and unfilled last; months in calendar order. A breakdown by a
    field of several values (`b.several`) counts a record under each of its values: the counts add up to more
    than the records (`items`)."""
    return _by_category(_rows(table, b), b)


def items(table: pd.DataFrame, b: BreakdownSpec) -> int:
    """The records a breakdown counts, each once (weighted as it counts them): the base of its shares."""
    rows = _rows(table, b)
    return int(_weights(rows, b).sum())


def _weights(rows: pd.DataFrame, b: BreakdownSpec) -> pd.Series:
    return rows[b.weight].fillna(b.fill).astype(int) if b.weight else pd.Series(1, index=rows.index)


def counted(table: pd.DataFrame, kind: str, by: str, specs: dict[str, LedgerSpec] | None = None):
    """(records, weight of each) as the kind's breakdown by `by` counts them (its selection, a published item's 条数):
    what a table crossing that field with another counts, so that both give one number. By a field no breakdown is
    declared by: every record, each once."""
    for b in declared(specs).values():
        if b.kind == kind and b.by == by and not b.month:
            rows = _rows(table, b)
            return rows, _weights(rows, b)
    return table, pd.Series(1, index=table.index)


def _rows(table: pd.DataFrame, b: BreakdownSpec) -> pd.DataFrame:
    """The records a breakdown counts: its selection, each distinct record once."""
    rows = select(table, b.where)
    if b.distinct and b.distinct in load_specs()[b.kind].key:
        # Distinct records by identity where the field is the kind's key (see figures.KEY).
        rows = rows.drop_duplicates(KEY if KEY in rows else b.distinct)
    elif b.distinct and b.distinct in rows:
        # Otherwise as a figure's `distinct` counts them: one per value within a sheet, a row without one itself.
        rows = rows[~repeated_in_sheet(rows, np.arange(len(rows)), b.distinct)]
    return rows


def _by_category(rows: pd.DataFrame, b: BreakdownSpec) -> pd.Series:
    values = _weights(rows, b).reset_index(drop=True)
    if b.month:
        keys = rows[b.by].dt.month.astype("Int64").reset_index(drop=True)
        unknown = monthless(rows, b.by)
    else:
        keys = rows[b.by].astype("string").reset_index(drop=True)
        if b.several:  # a record under each of its values (政府网站、政务公开栏: once on each)
            keys = keys.str.split(SEVERAL_JOIN).explode().astype("string")
            values = values.loc[keys.index].reset_index(drop=True)
            keys = keys.reset_index(drop=True)
        vocabulary = load_specs()[b.kind].field(b.by).vocabulary
        if vocabulary:
            keys = keys.where(keys.isna() | keys.isin(list(vocabulary)), UNRECOGNISED)
        keys = keys.fillna(UNSPECIFIED)
    if b.month:
        series = values[~unknown].groupby(keys[~unknown]).sum().astype(int)
        series = series.reindex(range(1, 13), fill_value=0)
        series.index = [f"{m}月" for m in series.index]
        if unknown.any():  # said apart, after the months: January is no month of theirs
            series[NO_MONTH] = int(values[unknown & keys.notna().to_numpy(dtype=bool)].sum())
        return series
    series = values.groupby(keys).sum().astype(int)
    order = sorted(series.index, key=lambda k: (k in LAST, -series[k], str(k)))
    return series.reindex(order)


def monthless(rows: pd.DataFrame, by: str) -> np.ndarray:
    """Whether each record's `by` date is known only to a span longer than a month."""
    if MONTHLESS not in rows:
        return np.zeros(len(rows), dtype=bool)
    marked = rows[MONTHLESS].fillna("").astype(str).to_numpy(dtype=object)
    return np.array([by in m.split(",") for m in marked], dtype=bool)


def months_known(series: pd.Series) -> pd.Series:
    """A month breakdown's months, without the records of no month."""
    return series.drop(NO_MONTH, errors="ignore")


def frame(series: pd.Series, b: BreakdownSpec, shares: bool = True, items: int | None = None) -> pd.DataFrame:
    """The display table: category, count, share (largest remainder, adds up to 100.0%), total row. By a field of
    several values, the total is the `items` (each once), and each share is of them, rounded on its own: they add
    up to more than 100%, and the total row claims no share.

    >>> from fzlib.spec import BreakdownSpec
    >>> b = BreakdownSpec("x.channel", "x", "channel", "公开渠道", "条", several=True)
    >>> frame(pd.Series({"政府网站": 8, "政务公开栏": 5}), b, items=10).values.tolist()
    [['政府网站', 8, '80.0%'], ['政务公开栏', 5, '50.0%'], ['合计', 10, '—']]
    >>> frame(pd.Series({"政府网站": 8, "政务公开栏": 5}), b, items=13).values.tolist()[-1]
    ['合计', 13, '100.0%']
    """
    out = pd.DataFrame({b.label: [b.labelled(str(k)) for k in series.index], b.count_title: [int(v) for v in series]})
    several = b.several and items is not None and items != int(series.sum())  # else no record holds several
    if shares and several:
        out[SHARE] = [f"{100 * int(v) / items:.1f}%" if items else "—" for v in series]
    elif shares:
        out[SHARE] = [f"{s:.1f}%" for s in fmt.shares(out[b.count_title].tolist())]
    total = {b.label: TOTAL, b.count_title: items if several else int(series.sum())}
    if shares:
        total[SHARE] = "—" if several or not series.sum() else "100.0%"
    return pd.concat([out, pd.DataFrame([total])], ignore_index=True)


def overlap_note(b: BreakdownSpec) -> str:
    """What a breakdown by a field of several values says under its table: counts and shares overlap."""
    return (
        f"一条可同时有几项{b.label}，按每项各计一次：各项{b.unit}数之和大于合计，"
        f"占比为占全部{b.unit}数的比例，相加大于100%。"
    )


def compute(tables: dict[str, pd.DataFrame], name: str) -> pd.Series | None:
    """A declared breakdown over a year's tables; None when its ledger is absent."""
    b = declared()[name]
    if b.kind not in tables:
        return None
    return counts(tables[b.kind], b)


def compute_items(tables: dict[str, pd.DataFrame], name: str) -> int | None:
    """The records a declared breakdown counts, each once; None when its ledger is absent."""
    b = declared()[name]
    return None if b.kind not in tables else items(tables[b.kind], b)


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
