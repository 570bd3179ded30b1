"""The year's figures (指标): the figures declared in the ledger specs, evaluated with the evidence behind each.

Every declared figure gets a `Figure`: its value, and a status saying how far the ledgers support it:

- ``ok``: computed from every record of its ledger;
- ``partial``: some records could not be used for it (a value it needs is unusable in them); the
  value counts the others, and `excluded` says how many were left out and why;
- ``unavailable``: the ledgers cannot support it (ledger absent, a file or sheet of it refused, a
  column it needs missing, too many unusable records, a ratio over nothing); the value is None,
  never 0, and `reason` says why in Chinese.

"No data" and "zero" never look alike: 0 means the ledger was read and no record matched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from fzlib.indicators import processed as folder
from fzlib.spec import FigureSpec, LedgerSpec, load_specs

RATIO_DIGITS = 4  # rates as fractions 0–1, to four places (96.33%)
OK, PARTIAL, UNAVAILABLE = "ok", "partial", "unavailable"
STATUS_WORDS = {OK: "可靠", PARTIAL: "部分", UNAVAILABLE: "无法统计"}
# The column of a processed table listing, per record, the fields whose value could not be used.
UNUSABLE = "_unusable"
# Above this share of unusable records a figure is not published at all: a count missing more
# than a tenth of its records says less than no count. Params `max_unusable_share` overrides it.
MAX_UNUSABLE_SHARE = 0.1


@dataclass(frozen=True)
class Figure:
    """One figure of the year and the evidence behind it."""

    name: str
    title: str
    value: int | float | None
    status: str = OK
    reason: str = ""  # why partial or unavailable, in Chinese
    rows: int = 0  # records the figure rests on (after its own filter)
    excluded: int = 0  # records of its ledger that could not be used for it

    @property
    def available(self) -> bool:
        return self.value is not None


def select(table: pd.DataFrame, where: dict) -> pd.DataFrame:
    """The rows whose fields hold the wanted value (or one of a list of values, or are filled or not).

    >>> t = pd.DataFrame({"a": ["x", "y", None], "b": [1, 2, 3]})
    >>> select(t, {"a": ["x", "y"]})["b"].tolist(), select(t, {"a": {"present": False}})["b"].tolist()
    ([1, 2], [3])
    """
    mask = pd.Series(True, index=table.index)
    for name, wanted in where.items():
        if isinstance(wanted, dict):
            mask &= table[name].notna() == bool(wanted["present"])
            continue
        wanted = wanted if isinstance(wanted, list) else [wanted]
        mask &= table[name].isin(wanted).fillna(False).astype(bool)
    return table[mask]


def used_fields(figure: FigureSpec) -> list[str]:
    """The fields a count/sum figure reads: its filter's and the one it counts or sums."""
    return [*figure.where, *([figure.arg] if figure.op in ("count_distinct", "sum") else [])]


def _unusable_rows(table: pd.DataFrame, fields: list[str]) -> pd.Series:
    """Whether each record has an unusable value in one of `fields` (per the ingest's marks)."""
    if UNUSABLE not in table or not fields:
        return pd.Series(False, index=table.index)
    marks = table[UNUSABLE].fillna("").astype(str)
    hit = pd.Series(False, index=table.index)
    for name in fields:
        hit |= marks.str.split(",").map(lambda names, n=name: n in names)
    return hit


def _value(figure: FigureSpec, rows: pd.DataFrame):
    if figure.op == "count":
        return int(len(rows))
    if figure.op == "count_distinct":
        return int(rows[figure.arg].nunique(dropna=True))
    values = rows[figure.arg]
    if figure.fill is not None:
        values = values.fillna(figure.fill)
    total = values.astype("Float64").sum()
    return int(total) if float(total).is_integer() else round(float(total), 2)


def evaluate(figure: FigureSpec, table: pd.DataFrame, max_unusable: float = MAX_UNUSABLE_SHARE) -> Figure:
    """One count/sum figure over a kind's records, with the records it could not use."""
    fields = used_fields(figure)
    missing = [f for f in fields if f not in table]
    if missing:
        return Figure(figure.name, figure.title, None, UNAVAILABLE, f"台账中缺少所需的列（{'、'.join(missing)}）")
    bad = _unusable_rows(table, fields)
    usable = table[~bad]
    rows = select(usable, figure.where)
    value = _value(figure, rows)
    excluded = int(bad.sum())
    if not excluded:
        return Figure(figure.name, figure.title, value, OK, "", len(rows))
    reason = f"{excluded}条记录所需的值无法识别，未计入"
    if excluded > max_unusable * len(table):
        return Figure(
            figure.name,
            figure.title,
            None,
            UNAVAILABLE,
            reason + f"（占{excluded / len(table):.0%}，超过可接受的比例）",
            len(rows),
            excluded,
        )
    return Figure(figure.name, figure.title, value, PARTIAL, reason, len(rows), excluded)


def _ratio(figure: FigureSpec, parts: list[Figure]) -> Figure:
    num, den = parts
    missing = [p for p in parts if p.value is None]
    if missing:
        why = "；".join(f"{p.title}无法统计：{p.reason}" for p in missing)
        return Figure(figure.name, figure.title, None, UNAVAILABLE, why)
    if not den.value:
        return Figure(figure.name, figure.title, None, UNAVAILABLE, f"{den.title}为0，比率无从计算")
    value = round(num.value / den.value, RATIO_DIGITS)
    partial = [p for p in parts if p.status == PARTIAL]
    if partial:
        return Figure(
            figure.name,
            figure.title,
            value,
            PARTIAL,
            "；".join(p.reason for p in partial),
            den.rows,
            max(p.excluded for p in partial),
        )
    return Figure(figure.name, figure.title, value, OK, "", den.rows)


def compute(
    tables: dict[str, pd.DataFrame],
    specs: dict[str, LedgerSpec] | None = None,
    unavailable_kinds: dict[str, str] | None = None,
    max_unusable: float = MAX_UNUSABLE_SHARE,
) -> dict[str, Figure]:
    """Every declared figure, in spec order, with its evidence.

    `unavailable_kinds` maps a kind to the reason its ledger cannot be used this year (a refused
    file or sheet, see `processed.kind_problems`); a kind with no table is reported as not provided.
    """
    specs = specs or load_specs()
    unavailable_kinds = unavailable_kinds or {}
    out: dict[str, Figure] = {}
    ratios: list[FigureSpec] = []
    for kind, spec in specs.items():
        reason = unavailable_kinds.get(kind) or (None if kind in tables else f"本年度未提供{spec.title}")
        for figure in spec.figures:
            if figure.op == "ratio":
                ratios.append(figure)
            elif reason:
                out[figure.name] = Figure(figure.name, figure.title, None, UNAVAILABLE, reason)
            else:
                out[figure.name] = evaluate(figure, tables[kind], max_unusable)
    for figure in ratios:
        out[figure.name] = _ratio(figure, [out[n] for n in figure.arg])
    order = [g.name for s in specs.values() for g in s.figures]
    return {name: out[name] for name in order}


def values(
    figures: dict[str, Figure], specs: dict[str, LedgerSpec] | None = None, include_hidden: bool = False
) -> dict[str, int | float | None]:
    """The flat {name: value} of the published figures; None where a figure is unavailable."""
    hidden = set() if include_hidden else hidden_figures(specs)
    return {name: f.value for name, f in figures.items() if name not in hidden}


def hidden_figures(specs: dict[str, LedgerSpec] | None = None) -> set[str]:
    """Figures declared `publish: false`: helpers of sentences and ratios, not reported on their own."""
    specs = specs or load_specs()
    return {g.name for s in specs.values() for g in s.figures if not g.publish}


def rates(specs: dict[str, LedgerSpec] | None = None) -> set[str]:
    """The figures that are rates (fractions 0–1, shown as percentages): the declared ratios."""
    specs = specs or load_specs()
    return {g.name for s in specs.values() for g in s.figures if g.op == "ratio"}


def titles(specs: dict[str, LedgerSpec] | None = None) -> dict[str, str]:
    """Figure name → Chinese title."""
    specs = specs or load_specs()
    return {g.name: g.title for s in specs.values() for g in s.figures}


def kind_of(specs: dict[str, LedgerSpec] | None = None) -> dict[str, str]:
    """Figure or breakdown name → the kind that declares it."""
    specs = specs or load_specs()
    return {n: k for k, s in specs.items() for n in (*(g.name for g in s.figures), *(b.name for b in s.breakdowns))}


def of_year(
    processed: Path, max_unusable: float = MAX_UNUSABLE_SHARE, specs: dict[str, LedgerSpec] | None = None
) -> dict[str, Figure]:
    """Every figure of a cleaned year's folder (NotCleaned when `clean` did not finish it)."""
    specs = specs or load_specs()
    manifest = folder.manifest(processed)
    return compute(folder.load_tables(processed), specs, folder.kind_problems(manifest, specs), max_unusable)
