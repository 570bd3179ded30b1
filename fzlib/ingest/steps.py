"""Event logs: in a platform's export of a kind kept as one row per processing step, which row is the record, which rows are only its later steps, and which records were merged into another as duplicates.

A 综治中心 or 信访 platform exports an event's handling as rows 受理 → 派单 → 签收 → 办结 → 回访 → 归档, the event's
number on each. Counted as rows, one dispute becomes six; dated by its last row, an event accepted in December is
counted in January. The record is the row of its intake step (spec step_log.intake), whose date places it in its
year; its outcome is the latest step's. A duplicate report merged into an earlier one (重复件, 合并件) keeps its own
number and rows in the log but is the earlier record's copy, never a second record.
"""

from __future__ import annotations

import pandas as pd

from fzlib.spec import StepLog


def step_rows(
    table: pd.DataFrame, key: list[str], log: StepLog, date: str | None
) -> tuple[pd.Series, pd.Series, dict[str, pd.Series]]:
    """(rows that are a later step of a record read from another row, rows of a record merged into another
    record, field → the latest step's value for each record row whose own differs). Only records whose
    rows name a step are touched: a register without a step column is left as it is.

    >>> from fzlib.spec import StepLog
    >>> t = pd.DataFrame({"_file": "f", "_sheet": "s", "no": ["A", "A", "A", "B", "B"],
    ...     "step": ["受理", "办结", "归档", "受理", "合并"], "into": [None, None, None, None, "A"],
    ...     "on": pd.to_datetime(["2023-12-27", "2024-01-03", "2024-01-05", "2024-03-01", "2024-03-02"]),
    ...     "status": ["化解中", "已化解", "已化解", None, None]})
    >>> later, merged, latest = step_rows(t, ["no"], StepLog("step", "受理", ("status",), "into"), "on")
    >>> later.tolist(), merged.tolist(), latest["status"].to_dict()
    ([False, True, True, False, False], [False, False, False, True, True], {0: '已化解'})
    """
    none = pd.Series(False, index=table.index)
    if log.step not in table or not table[log.step].notna().any() or not all(k in table for k in key):
        return none, none.copy(), {}
    where = ["_file", "_sheet", *key]
    keyed = table[key].notna().all(axis=1)
    logged = table[log.step].notna().groupby([table[c] for c in where], dropna=False).transform("any")
    t = table[keyed & logged.astype(bool)]
    if t.empty:
        return none, none.copy(), {}
    groups = [t[c] for c in where]
    merged = none.copy()
    if log.merged_into and log.merged_into in t:
        into, own = t[log.merged_into].astype("string"), t[key[0]].astype("string")
        marked = (into.notna() & (into != own)).fillna(False).astype(bool)
        in_merged = marked.groupby(groups, dropna=False).transform("any").astype(bool)
        merged[in_merged[in_merged].index] = True
    when = t[date] if date and date in t else pd.Series(pd.NaT, index=t.index)
    frame = pd.DataFrame({c: t[c] for c in where})
    frame["_later"] = (t[log.step] != log.intake).fillna(True).astype(int)  # the intake row first, then the earliest
    frame["_when"], frame["_order"] = when, range(len(t))
    ordered = frame.sort_values(["_later", "_when", "_order"], na_position="last")
    record = ordered.index[~ordered.duplicated(subset=where, keep="first")]
    later = none.copy()
    later[t.index.difference(record)] = True
    later &= ~merged  # a merged record's rows are told as such, not as steps
    latest: dict[str, pd.Series] = {}
    by_time = frame.sort_values(["_when", "_order"], na_position="first").index
    for name in log.latest:
        if name not in t:
            continue
        last = t.loc[by_time, name].groupby([t.loc[by_time, c] for c in where], dropna=False).transform("last")
        values = last.reindex(record)
        changed = values.notna() & (values.astype("string") != t.loc[record, name].astype("string")).fillna(True)
        latest[name] = values[changed]
    return later, merged, latest
