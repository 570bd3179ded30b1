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

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from fzlib.indicators import processed as folder
from fzlib.spec import FigureSpec, LedgerSpec, load_specs

RATIO_DIGITS = 4  # rates as fractions 0–1, to four places (96.33%)
OK, PARTIAL, UNAVAILABLE = "ok", "partial", "unavailable"
STATUS_WORDS = {OK: "完整", PARTIAL: "部分统计", UNAVAILABLE: "无法统计"}
# Columns of a processed table listing, per record, the fields whose value could not be used and
# the fields whose column the record's sheet lacks (comma-separated; see fzlib.ingest.clean).
UNUSABLE, ABSENT = "_unusable", "_absent"
_UNIT = re.compile(r"（[^（）]*）$")
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


def needed_columns(figure: FigureSpec) -> list[str]:
    """The fields whose column a figure cannot do without: a summed field with a declared `fill`
    (a blank counts as 1) is not among them, since its absence is the blank of every record."""
    return [f for f in used_fields(figure) if not (figure.op == "sum" and f == figure.arg and figure.fill is not None)]


def _marked(table: pd.DataFrame, column: str, fields: list[str]) -> dict[str, pd.Series]:
    """Field → whether each record is marked for it in `column` (comma-separated field names)."""
    if column not in table or not fields:
        return {}
    names = table[column].fillna("").astype(str).str.split(",")
    return {f: names.map(lambda found, f=f: f in found).astype(bool) for f in fields}


def quantities(figure: FigureSpec, rows: pd.DataFrame) -> pd.Series:
    """What each counted record adds to the figure: 1, or its summed value (a blank as `fill`)."""
    if figure.op != "sum":
        return pd.Series(1, index=rows.index, dtype="Float64")
    values = rows[figure.arg].astype("Float64")
    return values.fillna(figure.fill) if figure.fill is not None else values


def _value(figure: FigureSpec, rows: pd.DataFrame):
    total = quantities(figure, rows).sum()
    return int(total) if float(total).is_integer() else round(float(total), 2)


@dataclass(frozen=True)
class KindEvidence:
    """What a whole ledger kind's figures rest on this year, beyond their own records."""

    unavailable: str = ""  # why no figure of the kind can be computed (a sheet of it refused, …)
    errors: int = 0  # records left out as errors (a required value missing or unusable)


NO_KIND_PROBLEM = KindEvidence()


@dataclass(frozen=True)
class Split:
    """How a count/sum figure divides its kind's records: those it counts, those it cannot use."""

    counted: pd.DataFrame  # the records the figure's value is made of (one per distinct key for count_distinct)
    unusable: pd.Series  # per record of the table: why the figure cannot use it ("" when it can)
    why: list[str]  # the same, counted, for the figure's reason
    missing_column: str = ""  # the figure needs a column no sheet has: it cannot be computed at all


def split(figure: FigureSpec, table: pd.DataFrame, titles: dict[str, str] | None = None) -> Split:
    """The records a count/sum figure counts, and those it leaves out for an unusable or absent value."""
    titles = titles or {}
    unusable = pd.Series("", index=table.index, dtype=object)
    why = []
    for field, rows in _marked(table, ABSENT, needed_columns(figure)).items():
        name = titles.get(field, field)
        if len(rows) and rows.all():
            return Split(table.iloc[0:0], unusable, why, name)
        if rows.any():
            why.append(f"{int(rows.sum())}条记录所在的工作表没有“{name}”一列")
        unusable = unusable.where(~rows | (unusable != ""), f"所在的工作表没有“{name}”一列")
    for field, rows in _marked(table, UNUSABLE, used_fields(figure)).items():
        name = titles.get(field, field)
        if rows.any():
            why.append(f"{int(rows.sum())}条记录的“{name}”无法识别")
        unusable = unusable.where(~rows | (unusable != ""), f"“{name}”无法识别")
    rows = select(table[unusable == ""], figure.where)
    if figure.op == "count_distinct":
        rows = rows[rows[figure.arg].notna()].drop_duplicates(figure.arg)
    return Split(rows, unusable, why)


def evaluate(
    figure: FigureSpec,
    table: pd.DataFrame,
    max_unusable: float = MAX_UNUSABLE_SHARE,
    kind: KindEvidence = NO_KIND_PROBLEM,
    titles: dict[str, str] | None = None,
) -> Figure:
    """One count/sum figure over a kind's records, with the records it could not use and why."""
    parts = split(figure, table, titles)
    if parts.missing_column:
        return Figure(figure.name, figure.title, None, UNAVAILABLE, f"台账中没有“{parts.missing_column}”一列")
    why = list(parts.why)
    if kind.errors:
        why.append(f"{kind.errors}条记录因必填项为空或无法识别未计入")
    value = _value(figure, parts.counted)
    excluded = int((parts.unusable != "").sum()) + kind.errors
    rows = len(parts.counted)
    if not excluded:
        return Figure(figure.name, figure.title, value, OK, "", rows)
    reason = "；".join(why)
    total = len(table) + kind.errors
    if excluded > max_unusable * total:
        reason += f"（占{excluded / total:.0%}，超过可接受的比例）"
        return Figure(figure.name, figure.title, None, UNAVAILABLE, reason, rows, excluded)
    return Figure(figure.name, figure.title, value, PARTIAL, reason, rows, excluded)


def _ratio(figure: FigureSpec, parts: list[Figure]) -> Figure:
    num, den = parts
    missing = [p for p in parts if p.value is None]
    if missing:
        why = "；".join(f"{_UNIT.sub('', p.title)}无法统计：{p.reason}" for p in missing)
        return Figure(figure.name, figure.title, None, UNAVAILABLE, why)
    if not den.value:
        return Figure(figure.name, figure.title, None, UNAVAILABLE, f"{_UNIT.sub('', den.title)}为0，比率无从计算")
    value = round(num.value / den.value, RATIO_DIGITS)
    partial = [p for p in parts if p.status == PARTIAL]
    if partial:
        reason = "；".join(dict.fromkeys(p.reason for p in partial))
        return Figure(figure.name, figure.title, value, PARTIAL, reason, den.rows, max(p.excluded for p in partial))
    return Figure(figure.name, figure.title, value, OK, "", den.rows)


def compute(
    tables: dict[str, pd.DataFrame],
    specs: dict[str, LedgerSpec] | None = None,
    kinds: dict[str, KindEvidence] | None = None,
    max_unusable: float = MAX_UNUSABLE_SHARE,
) -> dict[str, Figure]:
    """Every declared figure, in spec order, with its evidence.

    `kinds` says what each kind's figures rest on beyond their records (a refused sheet, records
    left out as errors: see `kind_evidence`); a kind with no table was not provided this year.
    """
    specs = specs or load_specs()
    kinds = kinds or {}
    out: dict[str, Figure] = {}
    ratios: list[FigureSpec] = []
    for kind, spec in specs.items():
        evidence = kinds.get(kind, NO_KIND_PROBLEM)
        reason = evidence.unavailable or (None if kind in tables else f"本年度未提供{spec.title}")
        titles = {f.name: f.title for f in spec.fields}
        for figure in spec.figures:
            if figure.op == "ratio":
                ratios.append(figure)
            elif reason:
                out[figure.name] = Figure(figure.name, figure.title, None, UNAVAILABLE, reason)
            else:
                out[figure.name] = evaluate(figure, tables[kind], max_unusable, evidence, titles)
    for figure in ratios:
        out[figure.name] = _ratio(figure, [out[n] for n in figure.arg])
    order = [g.name for s in specs.values() for g in s.figures]
    return {name: out[name] for name in order}


def kind_evidence(manifest: dict, specs: dict[str, LedgerSpec]) -> dict[str, KindEvidence]:
    """Per kind, from the manifest: a sheet of it refused (its records are unknown, so none of its
    figures can be complete), and the records it left out as errors."""
    refused: dict[str, list[str]] = {}
    errors: dict[str, int] = {}
    for f in manifest.get("files", []):
        if f.get("excluded"):
            continue
        if f.get("kind_hint") in specs:  # a file that could not be used, named like a ledger of this kind
            refused.setdefault(f["kind_hint"], []).append(f["file"])
        for s in f.get("sheets", []):
            kind = s.get("kind")
            if kind not in specs:
                continue
            if s.get("problem"):
                refused.setdefault(kind, []).append(f"{f['file']}「{s['sheet']}」")
            errors[kind] = errors.get(kind, 0) + int(s.get("excluded", {}).get("error", 0))
    out = {}
    for kind in sorted(set(refused) | set(errors)):
        places = refused.get(kind, [])
        more = "等" if len(places) > 3 else ""
        why = (
            f"{specs[kind].title}中有工作表无法使用（{'、'.join(places[:3])}{more}），其记录无从统计" if places else ""
        )
        out[kind] = KindEvidence(why, errors.get(kind, 0))
    return out


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
    return compute(folder.load_tables(processed), specs, kind_evidence(manifest, specs), max_unusable)
