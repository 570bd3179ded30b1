"""Event logs: in a platform's export of a kind kept as one row per processing step, which row is the record, which rows are only its later steps, and which records were merged into another as duplicates.

A 综治中心 or 信访 platform exports an event's handling as rows 受理 → 派单 → 签收 → 办结 → 回访 → 归档, the event's
number on each. Counted as rows, one dispute becomes six; dated by its last row, an event accepted in December is
counted in January. The record is the row of its intake step (spec step_log.intake), whose date places it in its
year; its outcome is the latest step's. A duplicate report merged into an earlier one (重复件, 合并件) keeps its own
number and rows in the log but is the earlier record's copy, never a second record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from fzlib.spec import StepLog


@dataclass
class StepRows:
    """What an event log's rows are: masks over the table, and values for the record rows."""

    later: pd.Series  # a later step of a record read from another row
    merged: pd.Series  # a row of a record merged into another record (重复件)
    unplaced: pd.Series  # the earliest row of a record whose intake step the log, which shows intake steps, lacks
    # the record row of a record logged only with steps before its intake (spec step_log.before): not there yet
    waiting: pd.Series = None  # type: ignore[assignment]
    latest: dict[str, pd.Series] = field(default_factory=dict)  # field → the latest step's value per record row


def step_rows(table: pd.DataFrame, key: list[str], log: StepLog, date: str | None) -> StepRows:
    """The rows of the table's event logs. A record is grouped by its key across the kind's logs (an
    export of last year beside this year's holds the intake of an event that went on into this one).
    Only sheets whose rows name a step are touched: a register without a step column is left as it is.
    A record whose log shows other records' intake steps but not its own was taken up before the
    export's period began, in a year the log does not show: it cannot be placed (unplaced), where
    dating it by a later step would count it in the wrong year.

    >>> from fzlib.spec import StepLog
    >>> t = pd.DataFrame({"_file": "f", "_sheet": "s", "no": ["A", "A", "A", "B", "B", "C"],
    ...     "step": ["受理", "办结", "归档", "受理", "合并", "办结"], "into": [None, None, None, None, "A", None],
    ...     "on": pd.to_datetime(["2023-12-27", "2024-01-03", "2024-01-05", "2024-03-01", "2024-03-02", "2024-01-02"]),
    ...     "status": ["化解中", "已化解", "已化解", None, None, "已化解"]})
    >>> out = step_rows(t, ["no"], StepLog("step", "受理", ("status",), "into"), "on")
    >>> out.later.tolist(), out.merged.tolist(), out.unplaced.tolist(), out.latest["status"].to_dict()
    ([False, True, True, False, False, False], [False, False, False, True, True, False], \
[False, False, False, False, False, True], {0: '已化解'})
    """
    none = pd.Series(False, index=table.index)
    # A state saying the record was merged (已合并) marks it in any register, a log or not.
    stated = none.copy()
    for name, values in log.merged_when.items():
        if name in table:
            stated |= table[name].isin(values).fillna(False).astype(bool)
    out = StepRows(none, stated.copy(), none.copy(), waiting=none.copy())
    if log.step not in table or not table[log.step].notna().any() or not all(k in table for k in key):
        return out
    sheets = [table["_file"], table["_sheet"]]
    logged = table[log.step].notna().groupby(sheets, dropna=False).transform("any").astype(bool)
    t = table[table[key].notna().all(axis=1) & logged]
    if t.empty:
        return out
    groups = [t[k] for k in key]
    marked = stated[t.index]
    if log.merged_into and log.merged_into in t:
        into, own = t[log.merged_into].astype("string"), t[key[0]].astype("string")
        marked = marked | (into.notna() & (into != own)).fillna(False).astype(bool)
    in_merged = marked.groupby(groups, dropna=False).transform("any").astype(bool)
    out.merged[in_merged[in_merged].index] = True
    # The intake row first (or the first step standing for it, step_log.intake_else), then the earliest.
    rank = t[log.step].map({s: i for i, s in enumerate(log.intakes)}).astype("Float64").fillna(len(log.intakes))
    is_intake = (rank < len(log.intakes)).astype(bool)
    frame = pd.DataFrame({k: t[k] for k in key})
    frame["_later"] = rank.astype(int)
    frame["_when"] = t[date] if date and date in t else pd.NaT
    frame["_order"] = range(len(t))
    ordered = frame.sort_values(["_later", "_when", "_order"], na_position="last")
    record = ordered.index[~ordered.duplicated(subset=key, keep="first")]
    out.later[t.index.difference(record)] = True
    out.later &= ~out.merged  # a merged record's rows are told as such, not as steps
    # A log showing intake steps (some record's) lacks a record's own: it was taken up before the log begins.
    shows_intake = is_intake.groupby([t["_file"], t["_sheet"]], dropna=False).transform("any").astype(bool)
    has_intake = is_intake.groupby(groups, dropna=False).transform("any").astype(bool)
    lacking = (shows_intake & ~has_intake).groupby(groups, dropna=False).transform("all").astype(bool)
    early = t[log.step].isin(log.before).fillna(False).astype(bool)
    only_early = early.groupby(groups, dropna=False).transform("all").astype(bool) & bool(log.before)
    waiting = record[(~has_intake & only_early)[record].to_numpy()]
    out.waiting[waiting] = True
    out.waiting &= ~out.merged
    unplaced = record[lacking[record].to_numpy()]
    out.unplaced[unplaced] = True
    out.unplaced &= ~out.merged & ~out.waiting
    by_time = frame.sort_values(["_when", "_order"], na_position="first").index
    for name in log.latest:
        if name not in t:
            continue
        last = t.loc[by_time, name].groupby([t.loc[by_time, k] for k in key], dropna=False).transform("last")
        values = last.reindex(record)
        changed = values.notna() & (values.astype("string") != t.loc[record, name].astype("string")).fillna(True)
        out.latest[name] = values[changed]
    return out
