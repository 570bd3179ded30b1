"""Where each figure comes from: every record it counts and every record left out of it, by file, sheet and Excel row.

An auditor reading "行政执法案件702件" asks: which 702? `trace` answers from the same selection the
figure is computed with (fzlib.indicators.figures.split), so the listed rows always make the figure:
the number of counted rows, or the sum of their quantities, is the figure; for a rate, the counted
quantities of its numerator over those of its denominator. Records left out are listed too, with
the reason: a value the figure cannot use, or a record `clean` set aside (not of the year, a copy,
an error). Personal fields appear only as the pseudonyms the processed tables hold.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from fzlib.indicators.figures import matches, quantities, split, used_fields
from fzlib.spec import FigureSpec, LedgerSpec

COUNTED, LEFT_OUT = "计入", "未计入"
COLUMNS = ["指标", "指标名称", "计入", "文件", "工作表", "行", "记录", "所用的值", "数量", "分母数量", "原因"]


def _texts(values: pd.Series) -> list[str]:
    """A column as text: dates as 2024-03-05, 是/否, blanks as （空）."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return values.dt.strftime("%Y-%m-%d").fillna("（空）").to_list()
    if pd.api.types.is_bool_dtype(values):
        return values.map({True: "是", False: "否"}).astype(object).fillna("（空）").to_list()
    present = values.notna().to_list()
    return [str(v) if ok else "（空）" for v, ok in zip(values.astype(object).to_list(), present)]


def _describe(rows: pd.DataFrame, spec: LedgerSpec, fields: list[str]) -> tuple[list[str], list[str]]:
    """(the record's key, the values the figure used) of each row, as text; a column at a time,
    joined row by row in plain Python (a figure's few hundred rows: pandas' per-call cost dominates)."""
    titles = {f.name: f.title for f in spec.fields}
    keys = [_texts(rows[k]) for k in spec.key if k in rows]
    values = [[f"{titles[f]}={text}" for text in _texts(rows[f])] for f in dict.fromkeys(fields) if f in rows]
    blank = [""] * len(rows)
    return (
        ["；".join(parts) for parts in zip(*keys)] if keys else blank,
        ["；".join(parts) for parts in zip(*values)] if values else blank,
    )


def _frame(figure: FigureSpec, spec: LedgerSpec, rows: pd.DataFrame, counted: bool, reason, quantity) -> pd.DataFrame:
    fields = used_fields(figure)
    if counted:
        # A field no counted row fills is one the table does not have (a register without 条数, a summary without
        # 考试状态): listed, "=（空）" would read as a blank the office left. The 数量 column says what each counted.
        fields = [f for f in fields if f in rows and rows[f].notna().any()]
    keys, values = _describe(rows, spec, fields)
    return pd.DataFrame(
        {
            "指标": figure.name,
            "指标名称": figure.title,
            "计入": COUNTED if counted else LEFT_OUT,
            "文件": rows["_file"].astype(str).to_list(),
            "工作表": rows["_sheet"].astype(str).to_list(),
            "行": rows["_row"].astype(int).to_list(),
            "记录": keys,
            "所用的值": values,
            "数量": quantity,
            "分母数量": None,
            "原因": reason,
        },
        columns=COLUMNS,
    )


def _maybe(table: pd.DataFrame, where: dict) -> pd.DataFrame:
    """Rows that match a filter or cannot be told from it (a blank where the filter looks)."""
    if not where or table.empty:
        return table
    matched = matches(table, where)
    unknown = pd.Series(False, index=table.index)
    for name in where:
        if name in table:
            unknown |= table[name].isna()
    return table[matched | unknown.to_numpy()]


def _groups(figure: FigureSpec, spec: LedgerSpec, table: pd.DataFrame, excluded: pd.DataFrame | None):
    """A count/sum figure's records in groups: (rows, counted?, reason or reasons per row), the
    counted first, then those it cannot use, then those `clean` set aside. One selection for the
    full listing (`trace_one`) and for the counts per sheet (`places`)."""
    parts = split(figure, table, {f.name: f.title for f in spec.fields}, spec.key)
    yield parts.counted(), True, ""
    unusable = table[(parts.unusable != "").to_numpy()]
    unusable = unusable[unusable.index.isin(_maybe(unusable, figure.where).index)]
    if len(unusable):
        yield unusable, False, parts.unusable[unusable.index].to_list()
    if excluded is not None and len(excluded):
        left = _maybe(excluded, figure.where)
        if len(left):
            yield left, False, left["_reason"].astype(str).to_list()


def selection(
    figure: FigureSpec, spec: LedgerSpec, table: pd.DataFrame, excluded: pd.DataFrame | None, chosen: dict | None = None
) -> list:
    """A count/sum figure's groups of records (see `_groups`); made once per figure where `chosen`
    keeps them (a year's figures by name, as fzlib.report.data keeps them for the page's counts and
    the 明细 sheet alike). The groups are read, never changed, by those who take them."""
    if chosen is None:
        return list(_groups(figure, spec, table, excluded))
    if figure.name not in chosen:
        chosen[figure.name] = list(_groups(figure, spec, table, excluded))
    return chosen[figure.name]


def select_all(
    specs: dict[str, LedgerSpec], tables: dict[str, pd.DataFrame], excluded: dict[str, pd.DataFrame], chosen: dict
) -> dict:
    """Every count/sum figure's groups of records, kept in `chosen`: what `trace_all` lists."""
    for kind, spec in specs.items():
        if tables.get(kind) is not None:
            for figure in spec.figures:
                if figure.op != "ratio":
                    selection(figure, spec, tables[kind], excluded.get(kind), chosen)
    return chosen


def trace_one(
    figure: FigureSpec,
    spec: LedgerSpec,
    table: pd.DataFrame | None,
    excluded: pd.DataFrame | None,
    chosen: dict | None = None,
) -> pd.DataFrame:
    """A count/sum figure's rows: counted (with what each adds), then left out (with why)."""
    if table is None:
        return pd.DataFrame(columns=COLUMNS)
    frames = [
        _frame(figure, spec, rows, counted, why, quantities(figure, rows).astype(float).to_list() if counted else None)
        for rows, counted, why in selection(figure, spec, table, excluded, chosen)
    ]
    return pd.concat([f for f in frames if len(f)], ignore_index=True) if any(len(f) for f in frames) else frames[0]


def places(
    figure: FigureSpec,
    spec: LedgerSpec,
    table: pd.DataFrame | None,
    excluded: pd.DataFrame | None,
    chosen: dict | None = None,
) -> tuple[Counter, Counter]:
    """What `trace_one` lists, counted: records counted per (file, sheet), first seen first, and
    records left out per reason."""
    counted, left = Counter(), Counter()
    if table is None:
        return counted, left
    for rows, use, why in selection(figure, spec, table, excluded, chosen):
        if use:
            counted.update(zip(rows["_file"].astype(str).to_list(), rows["_sheet"].astype(str).to_list()))
        else:
            left.update(why)
    return counted, left


def trace_ratio(figure: FigureSpec, parts: tuple[pd.DataFrame, pd.DataFrame]) -> pd.DataFrame:
    """A rate's rows: its denominator's, each with what it adds to the numerator and to the denominator."""
    num, den = parts
    place = ["文件", "工作表", "行"]
    counted_num = num[num["计入"] == COUNTED].groupby(place, sort=False)["数量"].sum()
    out = den.copy()
    out["指标"], out["指标名称"] = figure.name, figure.title
    on = out[place].apply(tuple, axis=1)
    counted = out["计入"] == COUNTED
    out["分母数量"] = out["数量"].where(counted)
    out["数量"] = [counted_num.get(k, 0.0) if c else None for k, c in zip(on, counted)]
    return out[COLUMNS]


def trace(
    name: str,
    specs: dict[str, LedgerSpec],
    tables: dict[str, pd.DataFrame],
    excluded: dict[str, pd.DataFrame],
    chosen: dict | None = None,
    traced: dict | None = None,
) -> pd.DataFrame:
    """The rows behind one figure (any declared figure, rates included). `chosen` keeps the figures'
    groups of records (`selection`), `traced` the figures' rows already listed (a rate's parts are
    figures of their own)."""
    if traced is not None and name in traced:
        return traced[name]
    for kind, spec in specs.items():
        for figure in spec.figures:
            if figure.name != name:
                continue
            if figure.op == "ratio":
                num, den = (trace(n, specs, tables, excluded, chosen, traced) for n in figure.arg)
                rows = trace_ratio(figure, (num, den))
            else:
                rows = trace_one(figure, spec, tables.get(kind), excluded.get(kind), chosen)
            if traced is not None:
                traced[name] = rows
            return rows
    raise KeyError(name)


def trace_all(
    specs: dict[str, LedgerSpec],
    tables: dict[str, pd.DataFrame],
    excluded: dict[str, pd.DataFrame],
    names: list[str] | None = None,
    chosen: dict | None = None,
) -> pd.DataFrame:
    """The rows behind every figure (or those named), one long table with the figure in its first
    column; each figure's rows listed once (a rate's parts are listed for it and as themselves)."""
    names = names or [g.name for s in specs.values() for g in s.figures]
    traced: dict = {}
    frames = [trace(n, specs, tables, excluded, chosen, traced) for n in names]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=COLUMNS)


def by_place(rows: pd.DataFrame) -> pd.DataFrame:
    """Counted records and their quantity per file and sheet, and the left-out ones per reason."""
    counted = rows[rows["计入"] == COUNTED]
    per_sheet = counted.groupby(["文件", "工作表"], sort=True).agg(行数=("行", "size"), 数量=("数量", "sum"))
    return per_sheet.reset_index()
