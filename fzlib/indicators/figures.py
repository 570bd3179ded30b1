"""The year's figures (指标): the figures declared in the ledger specs, evaluated with the evidence behind each.

Every declared figure gets a `Figure`: its value, and a status saying how far the ledgers support it:

- ``ok``: computed from every record of its ledger;
- ``partial``: some records could not be used for it (a value it needs is unusable in them); the
  value counts the others, and `excluded` says how many were left out and why;
- ``unavailable``: the ledgers cannot support it (ledger absent, a file or sheet of it refused, a
  column it needs missing, too many unusable records, a sum with an unusable term, a ratio over
  nothing); the value is None, never 0, and `reason` says why in Chinese;
- ``stated``: taken from a statistics table (汇总表, 统计表, 月报) because no record can give it (the
  town keeps that ledger only as a statistics form); `reason` names the table (取自统计表…).

"No data" and "zero" never look alike: 0 means the ledger was read and no record matched.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from fzlib.indicators import processed as folder
from fzlib.ingest.statistics import months_said, records_short_of_year
from fzlib.spec import FigureSpec, LedgerSpec, load_specs

RATIO_DIGITS = 4  # rates as fractions 0–1, to four places (96.33%)
OK, PARTIAL, UNAVAILABLE, STATED = "ok", "partial", "unavailable", "stated"
STATUS_WORDS = {OK: "完整", PARTIAL: "部分统计", UNAVAILABLE: "无法统计", STATED: "取自统计表"}
# Columns of a processed table listing, per record, the fields whose value could not be used and
# the fields whose column the record's sheet lacks (comma-separated; see fzlib.ingest.clean), and
# the record's identity (its key within the numbering it belongs to: numbers that restart in
# every sheet are not keys across sheets; fzlib.ingest.keys).
UNUSABLE, ABSENT, KEY = "_unusable", "_absent", "_key"
_UNIT = re.compile(r"（[^（）]*）$")
# Above this share of unusable records a figure is not published at all. By default none: a count
# missing a record it may hold is a lower bound, not the year's figure, and a published number must
# be the figure (an office that prefers 部分统计 figures while it corrects its ledgers sets params
# `max_unusable_share`, e.g. 0.05; they are then marked 部分统计 with the records they lack).
MAX_UNUSABLE_SHARE = 0.0


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


def matches(table: pd.DataFrame, where: dict, records: Records | None = None) -> np.ndarray:
    """Whether each row's fields hold the wanted value (or one of a list of values, or are filled
    or not). `records`: the same table's `Records`, whose masks are worked out once.

    >>> t = pd.DataFrame({"a": ["x", "y", None], "b": [1, 2, 3]})
    >>> matches(t, {"a": ["x", "y"]}).tolist(), matches(t, {"a": {"present": False}}).tolist()
    ([True, True, False], [False, False, True])
    >>> matches(t, {"c": {"present": False}}).tolist(), matches(t, {"c": "x"}).tolist()  # no such column
    ([True, True, True], [False, False, False])
    >>> matches(t, {"a": {"not": "x"}}).tolist(), matches(t, {"c": {"not": "x"}}).tolist()  # a blank holds none
    ([False, True, True], [True, True, True])
    """
    records = records or Records(table)
    mask = np.ones(len(table), dtype=bool)
    for name, wanted in where.items():
        mask &= records.mask(name, wanted)
    return mask


FILLED = {"present": True}


class Records:
    """A kind's records with what its figures ask of them worked out once: a field's filter masks, the fields
    each record is marked for. A kind's figures ask the same questions of the same table many times."""

    def __init__(self, table: pd.DataFrame):
        self.table = table
        self._masks: dict[tuple, np.ndarray] = {}
        self._marks: dict[str, tuple[np.ndarray, list[set[str]]]] = {}
        self._codes: dict[str, np.ndarray] = {}
        self._cells: dict[str, np.ndarray] = {}

    def mask(self, name: str, wanted) -> np.ndarray:
        """Whether each record's `name` holds the wanted value(s), or is filled or not ({"present": bool})."""
        # {not: …}: none of the values (a blank, or a table without the column, holds none of them).
        negated = isinstance(wanted, dict) and "not" in wanted
        present = isinstance(wanted, dict) and not negated
        if negated:
            wanted = wanted["not"]
        values = tuple(wanted) if isinstance(wanted, list) else (wanted,)
        key = (name, ("present", bool(wanted["present"])) if present else ("not" if negated else "is", values))
        if key not in self._masks:
            table = self.table
            if name not in table:  # a folder cleaned before the field was declared: blank in every record
                found = np.full(len(table), negated or (present and not wanted["present"]), dtype=bool)
            elif present:
                found = table[name].notna().to_numpy() == bool(wanted["present"])
            else:
                found = self._among(name, values)
                found = ~found if negated else found
            found.flags.writeable = False  # shared by every figure that asks
            self._masks[key] = found
        return self._masks[key]

    def _among(self, name: str, values: tuple) -> np.ndarray:
        """Whether each record's `name` is one of `values` (a missing one is not). Words are compared in C, one
        comparison per word over the column's cells taken out once: Series.isin per figure was the largest
        single cost of a small folder's figures."""
        if not all(isinstance(v, str) for v in values):
            return self.table[name].isin(list(values)).to_numpy(dtype=bool, na_value=False)
        if name not in self._cells:
            self._cells[name] = self.table[name].to_numpy(dtype=object, na_value=None)
        cells = self._cells[name]
        found = np.zeros(len(cells), dtype=bool)
        for value in set(values):
            found |= cells == value
        return found

    def first_of_value(self, name: str, at: np.ndarray) -> np.ndarray:
        """Per record at `at` (filled in `name`): whether no earlier one of them holds the same value."""
        if name not in self._codes:
            self._codes[name] = pd.factorize(self.table[name])[0]
        keep = np.zeros(len(at), dtype=bool)
        keep[np.unique(self._codes[name][at], return_index=True)[1]] = True
        return keep

    def marked(self, column: str, fields: list[str]) -> dict[str, np.ndarray]:
        """Field → whether each record is marked for it in `column` (comma-separated field names)."""
        if column not in self.table or not fields:
            return {}
        if column not in self._marks:
            values = self.table[column].to_numpy(dtype=object)
            # Few records are marked: only theirs are split (whole names: "a" is not marked by "ab").
            at = np.flatnonzero(pd.notna(values) & (values != ""))
            self._marks[column] = (at, [set(str(v).split(",")) for v in values[at]])
        at, names = self._marks[column]
        out = {}
        for f in fields:
            out[f] = np.zeros(len(self.table), dtype=bool)
            out[f][at] = [f in n for n in names]
        return out


def select(table: pd.DataFrame, where: dict) -> pd.DataFrame:
    """The rows `matches` finds."""
    return table[matches(table, where)] if where else table


def used_fields(figure: FigureSpec) -> list[str]:
    """The fields a count/sum figure reads: its filter's, the one it counts or sums, and a count's weight."""
    return [
        *figure.where,
        *([figure.arg] if figure.op in ("count_distinct", "sum") else []),
        *([figure.weight] if figure.weight else []),
    ]


def needed_columns(figure: FigureSpec) -> list[str]:
    """The fields whose column a figure cannot do without: a summed field with a declared `fill`
    (a blank counts as 1) is not among them, since its absence is the blank of every record."""
    return [f for f in used_fields(figure) if not (_summed(figure, f) and (figure.fill is not None or figure.weight))]


def _summed(figure: FigureSpec, field: str) -> bool:
    """Whether `field` is what each counted record adds: a sum's field, or a count's weight (a blank adds 1)."""
    return field == (figure.arg if figure.op == "sum" else figure.weight)


def quantities(figure: FigureSpec, rows: pd.DataFrame) -> pd.Series:
    """What each counted record adds to the figure: 1, its weight (a blank as 1), or its summed value (a blank
    as `fill`)."""
    if figure.op != "sum":
        if figure.weight and figure.weight in rows:
            return rows[figure.weight].astype("Float64").fillna(1)
        return pd.Series(1, index=rows.index, dtype="Float64")
    values = rows[figure.arg].astype("Float64")
    return values.fillna(figure.fill) if figure.fill is not None else values


def _added(figure: FigureSpec, table: pd.DataFrame) -> list[str]:
    """The column whose values the counted records add, if any (a sum's field, a count's weight)."""
    if figure.op == "sum":
        return [figure.arg]
    return [figure.weight] if figure.weight and figure.weight in table else []


def _value(figure: FigureSpec, rows: pd.DataFrame):
    total = quantities(figure, rows).sum()
    return int(total) if float(total).is_integer() else round(float(total), 2)


@dataclass(frozen=True)
class KindEvidence:
    """What a whole ledger kind's figures rest on this year, beyond their own records."""

    unavailable: str = ""  # why no figure of the kind can be computed (a sheet of it refused, …)
    errors: int = 0  # records left out as errors (a required value missing or unusable)
    # Figures a statistics table states: figure → (value or None, where, why None).
    stated: dict[str, tuple[float | None, str, str]] = field(default_factory=dict)
    key: tuple[str, ...] = ()  # the kind's key fields (records counted by identity)
    # For a kind no file showed: files that could not be used and may hold it (named in the reason).
    unread: tuple[str, ...] = ()
    # For a kind kept a table per month, quarter or half: the months after its last table (no 四季度 sheet). Unless
    # its records are dated in them (December's entered in November's book), the year is not complete.
    months_missing: tuple[int, ...] = ()
    # A field no table of the kind has a column of, every table's value read off its title or sheet name (a
    # register of 依申请公开 only): field → the values so read. A figure of another value has no record to count.
    only_values: dict[str, frozenset[str]] = field(default_factory=dict)
    # Figures its tables cannot give whole because every one of them was exported with a query keeping part of the
    # year or of the records the figure counts (查询条件：办理状态=已办结): figure → why.
    queried: dict[str, str] = field(default_factory=dict)
    # Figures a statistics table states under the titles the summed field prefers (审核金额) where the records hold
    # only what its spec does not prefer (申报金额): the table's, not the records' sum.
    overrules: frozenset[str] = frozenset()
    # Of only_values, the fields a wide log lists in its columns of counts (审查合同, 出具法律意见书), not read off titles.
    listed: frozenset[str] = frozenset()
    # Of only_values, the fields every table's name scopes (spec `scope`: a list of 治安案件 holds no 告诫书).
    scoped: frozenset[str] = frozenset()
    # Why its records are no year's count where every table of them names a span of the year short of it (a register
    # titled （2024年10-12月）): a figure a form states is the form's, any other unknown.
    short_span: str = ""
    # Where the records left out as errors are, 文件「工作表」: the reason names them, so an office knows where to look.
    error_places: tuple[str, ...] = ()


NO_KIND_PROBLEM = KindEvidence()


@dataclass(frozen=True)
class Split:
    """How a count/sum figure divides its kind's records: those it counts, those it cannot use."""

    table: pd.DataFrame  # the kind's records
    at: np.ndarray  # positions of those the value is made of (one per distinct record for count_distinct)
    unusable: pd.Series  # per record of the table: why the figure cannot use it ("" when it can)
    why: list[str]  # the same, counted, for the figure's reason
    missing_column: str = ""  # the figure needs a column no sheet has: it cannot be computed at all
    unknown_total: str = ""  # a record the sum needs has an unusable amount: the total is unknown, never lower

    def counted(self, columns: list[str] | None = None) -> pd.DataFrame:
        """The counted records (only `columns` of them: a figure's value needs one column, not all)."""
        return (self.table if columns is None else self.table[columns]).iloc[self.at]


def split(
    figure: FigureSpec,
    table: pd.DataFrame,
    titles: dict[str, str] | None = None,
    key: tuple[str, ...] = (),
    records: Records | None = None,
) -> Split:
    """The records a count/sum figure counts, and those it leaves out for an unusable or absent value
    (`records`: the table's `Records`, shared by the figures of its kind)."""
    titles = titles or {}
    records = records or Records(table)
    reasons = np.full(len(table), "", dtype=object)  # the first reason found for a record is its reason
    left_out = np.zeros(len(table), dtype=bool)

    def leave_out(rows: np.ndarray, reason: str) -> None:
        reasons[rows & ~left_out] = reason
        left_out[rows] = True

    def unusable() -> pd.Series:
        return pd.Series(reasons, index=table.index, dtype=object)

    why = []
    none = np.zeros(0, dtype=np.int64)
    for column, rows in records.marked(ABSENT, needed_columns(figure)).items():
        name = titles.get(column, column)
        test = figure.where.get(column)
        if column != figure.arg and (test == {"present": False} or (isinstance(test, dict) and "not" in test)):
            continue  # a record whose sheet lacks the column is blank there for certain: it matches
        if len(rows) and rows.all():
            return Split(table, none, unusable(), why, missing_column=name)
        if figure.op == "sum" and column == figure.arg and test == {"present": True}:
            continue  # a sum over the records that have the column: one whose sheet lacks it is not the figure's
        # Only a record the figure may count needs the column: a 告诫书 sheet without 拘留 beside the
        # 涉黄 cases leaves the 涉黄 detentions whole. One it may count leaves a sum unknown, never lower.
        others = {k: v for k, v in figure.where.items() if k != column}
        rows = rows & (matches(table, others, records) | _unreadable(records, others))
        if column == figure.arg and figure.adds_none:
            rows = rows & ~matches(table, figure.adds_none, records)  # blank there for certain: it adds nothing
        if figure.op == "sum" and column == figure.arg and rows.any():
            why = (
                f"{int(rows.sum())}条应计入的记录所在的工作表（{_places(table, rows)}）没有“{name}”一列，"
                f"合计无法得出：请在该工作表加上“{name}”一列并逐条填写"
            )
            return Split(table, none, unusable(), [], unknown_total=why)
        if rows.any():
            why.append(f"{int(rows.sum())}条记录所在的工作表（{_places(table, rows)}）没有“{name}”一列")
        leave_out(rows, f"所在的工作表没有“{name}”一列")
    # A record whose summed amount is unusable matters only if it belongs to the figure (or might:
    # its filter is unreadable); there it leaves the total unknown, never lower.
    selected = matches(table, figure.where, records)
    relevant = selected | _unreadable(records, figure.where)
    # A record whose kind cannot be told (spec not_records: its 审查类别 unreadable) may be none of the figure's.
    gates = [g for g in figure.gates if g not in used_fields(figure)]
    for column, rows in records.marked(UNUSABLE, [*used_fields(figure), *gates]).items():
        name = titles.get(column, column)
        if _summed(figure, column):
            rows = rows & relevant
            if rows.any():
                why = f"{int(rows.sum())}条应计入的记录的“{name}”是错误值或无法识别，合计无法得出"
                return Split(table, none, unusable(), [], unknown_total=why)
        if rows.any():
            why.append(f"{int(rows.sum())}条记录的“{name}”无法识别")
        leave_out(rows, f"“{name}”无法识别")
    at = np.flatnonzero(selected & ~left_out)
    if figure.op == "count_distinct":
        # Distinct records: by identity where the counted field is the kind's key (编号 1 of two
        # villages are two disputes); a record without the field is not counted.
        by = KEY if KEY in table and figure.arg in key else figure.arg
        at = at[records.mask(figure.arg, FILLED)[at] & records.mask(by, FILLED)[at]]
        at = at[records.first_of_value(by, at)]
    elif figure.distinct and figure.distinct in table:
        at = at[~repeated_in_sheet(table, at, figure.distinct)]
    return Split(table, at, unusable(), why)


def repeated_in_sheet(table: pd.DataFrame, at: np.ndarray, column: str) -> np.ndarray:
    """Per counted record: whether an earlier one of its sheet has the same filled value in `column`.
    Within a sheet only: a number that restarts in every sheet names different records there."""
    value = table[column].iloc[at]
    place = [table[c].iloc[at].astype("string") for c in ("_file", "_sheet") if c in table]
    frame = pd.DataFrame({"v": value.astype("string"), **{f"p{i}": p for i, p in enumerate(place)}})
    return (value.notna() & frame.duplicated()).to_numpy(dtype=bool)


def _error_places(places: tuple[str, ...], most: int = 3) -> str:
    """'（文件「工作表」，逐条见问题清单）': where the records left out as errors are, as _places names them."""
    return f"（{_listed(places, most)}，逐条见问题清单）" if places else ""


def _listed(places, most: int = 3) -> str:
    """Places named in a list, the first `most` of them and how many in all: A、B、C等5处."""
    return "、".join(places[:most]) + (f"等{len(places)}处" if len(places) > most else "")


def _places(table: pd.DataFrame, rows: np.ndarray, most: int = 3) -> str:
    """The files and sheets of some records, as an office finds them: 文件「工作表」, first seen first."""
    if "_file" not in table or "_sheet" not in table:
        return "—"
    found = dict.fromkeys(zip(table["_file"].to_numpy()[rows], table["_sheet"].to_numpy()[rows]))
    return _listed([f"{f}「{sh}」" for f, sh in found], most)


def evaluate(
    figure: FigureSpec,
    table: pd.DataFrame,
    max_unusable: float = MAX_UNUSABLE_SHARE,
    kind: KindEvidence = NO_KIND_PROBLEM,
    titles: dict[str, str] | None = None,
    records: Records | None = None,
) -> Figure:
    """One count/sum figure over a kind's records, with the records it could not use and why."""
    beyond = _beyond_context(figure, kind, titles or {}, table)
    if beyond:
        return Figure(figure.name, figure.title, None, UNAVAILABLE, beyond)
    parts = split(figure, table, titles, kind.key, records)
    if parts.missing_column:
        return Figure(figure.name, figure.title, None, UNAVAILABLE, f"台账中没有“{parts.missing_column}”一列")
    if parts.unknown_total:
        return Figure(figure.name, figure.title, None, UNAVAILABLE, parts.unknown_total)
    why = list(parts.why)
    if kind.errors:
        why.append(f"{kind.errors}条记录因必填项为空或无法识别未计入{_error_places(kind.error_places)}")
    added = _added(figure, parts.table)
    # A plain count is how many records it counts: no column of theirs is needed for it.
    value = _value(figure, parts.counted(added)) if added else len(parts.at)
    # Counted on the reasons' array: a Series compared and summed was a tenth of a small kind's figures.
    excluded = int(np.count_nonzero(parts.unusable.to_numpy(dtype=object) != "")) + kind.errors
    rows = len(parts.at)
    if not excluded:
        return Figure(figure.name, figure.title, value, OK, "", rows)
    reason = "；".join(why)
    total = len(table) + kind.errors
    if excluded > max_unusable * total:
        # With no share accepted (the default) a share says nothing: 1 record in 1,000 is "0%".
        reason += f"（占{excluded / total:.0%}，超过可接受的比例）" if max_unusable else "；这些记录改正后才能统计"
        return Figure(figure.name, figure.title, None, UNAVAILABLE, reason, rows, excluded)
    return Figure(figure.name, figure.title, value, PARTIAL, reason, rows, excluded)


def _beyond_context(
    figure: FigureSpec, kind: KindEvidence, titles: dict[str, str], table: pd.DataFrame | None = None
) -> str:
    """Why a figure of a value no table holds is unknown: every table took the field from its title or sheet name,
    and none names this value (a 依申请公开 register says nothing of what was published unasked), or every table's
    name says which values it holds, none this one (a list of 治安案件 and its 告诫书); "" otherwise. A value some
    record has is held, whatever the names say."""
    for name, wanted in figure.where.items():
        held = kind.only_values.get(name)
        if held is not None and name in kind.scoped and table is not None and name in table:
            held = held | frozenset(table[name].dropna().astype(str))
        # Records that add nothing to a sum by what they are, their sheet without its column (a 告诫书 register with
        # no 拘留 column), are no evidence of the others: alone, they say nothing of the domestic-violence cases'
        # detentions. A sheet with the column (a book's 告诫书 sheet beside its other sorts' sheets) speaks, as ever.
        nothing = figure.adds_none.get(name)
        if held is not None and nothing is not None and _lacks_column(table, figure):
            nothing = {nothing} if isinstance(nothing, str) else set(nothing)
            wanted = [w for w in ([wanted] if isinstance(wanted, str) else wanted) if w not in nothing]
            wanted = wanted[0] if len(wanted) == 1 else wanted
        if held is None or (not isinstance(wanted, str) and name not in kind.scoped):
            continue
        # Of several values, one a table could hold is enough: the others' records add none where none can be
        # (a 告诫书 adds no detention to the domestic-violence cases' detentions).
        if (wanted in held) if isinstance(wanted, str) else bool(set(wanted) & held):
            continue
        wanted = wanted if isinstance(wanted, str) else "、".join(wanted)
        said = "、".join(sorted(held))
        title = titles.get(name, name)
        if name in kind.scoped:
            return (
                f"各表的表名或标题（{said}）都说明表中只记这些{title}，没有能记“{wanted}”的表：没有记不等于0，无从统计"
            )
        if name in kind.listed:
            return (
                f"台账按{title}分列计数，只列了{said}，没有“{wanted}”一列：没有列出的不等于0，无从统计"
                "（如确有此项工作，请在台账中增加一列并填写次数；确实没有，请填0）"
            )
        # The tables either have no column of it, or one saying only what their titles say (Fit.agrees).
        return (
            f"各表的{title}都是其表名或标题所说的{said}（没有此列，或此列所填与之相同），没有“{wanted}”的表，无从统计"
        )
    return ""


def _lacks_column(table: pd.DataFrame | None, figure: FigureSpec) -> bool:
    """Whether a record the figure counts is in a sheet without the column of what it adds."""
    if table is None or ABSENT not in table:
        return False
    absent = table[ABSENT].to_numpy(dtype=object)[matches(table, figure.where)]
    return any(figure.arg in str(a).split(",") for a in absent if a == a and a)


def _unreadable(records: Records, where: dict) -> np.ndarray:
    """Records whose filter fields are unusable: whether they belong to a figure is unknown."""
    out = np.zeros(len(records.table), dtype=bool)
    for rows in records.marked(UNUSABLE, list(where)).values():
        out |= rows
    return out


def _kept_apart(figure: FigureSpec, spec: LedgerSpec) -> bool:
    """Whether the figure counts a value of a field offices keep in a register of its own (spec `apart`)."""
    return any(spec.field(name).apart for name in figure.where if name in {f.name for f in spec.fields})


def _stated(figure: FigureSpec, statement: tuple[float | None, str, str]) -> Figure:
    """A figure as a statistics table states it."""
    value, where, problem = statement
    if value is None:
        return Figure(figure.name, figure.title, None, UNAVAILABLE, f"统计表（{where}）{problem}，无法得出")
    value = int(value) if float(value).is_integer() else round(float(value), 2)
    return Figure(figure.name, figure.title, value, STATED, f"取自统计表：{where}")


def _ratio(figure: FigureSpec, parts: list[Figure]) -> Figure:
    num, den = parts
    missing = [p for p in parts if p.value is None]
    if missing:
        # Parts missing for one reason (both counts from a ledger not provided) say it once: a card had said it twice.
        titles: dict[str, list[str]] = {}
        for p in missing:
            titles.setdefault(p.reason, []).append(_UNIT.sub("", p.title))
        why = "；".join(f"{'、'.join(names)}无法统计：{reason}" for reason, names in titles.items())
        return Figure(figure.name, figure.title, None, UNAVAILABLE, why)
    if not den.value:
        return Figure(figure.name, figure.title, None, UNAVAILABLE, f"{_UNIT.sub('', den.title)}为0，比率无从计算")
    value = round(num.value / den.value, RATIO_DIGITS)
    stated = [p for p in parts if p.status == STATED]
    partial = [p for p in parts if p.status == PARTIAL]
    if stated and not partial:
        reason = "；".join(dict.fromkeys(p.reason for p in stated))
        return Figure(figure.name, figure.title, value, STATED, f"由统计表的数字算出（{reason}）", den.rows)
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
        if not evidence.key and spec.key:
            evidence = replace(evidence, key=spec.key)
        reason = evidence.unavailable or (None if kind in tables else _not_provided(spec.title, evidence.unread))
        if not reason and evidence.months_missing:
            reason = _months_left_out(spec, evidence.months_missing, tables[kind])
        titles = {f.name: f.title for f in spec.fields}
        records = Records(tables[kind]) if kind in tables else None
        for figure in spec.figures:
            stated = evidence.stated.get(figure.name)
            if figure.op == "ratio":
                ratios.append(figure)
            elif not reason and evidence.short_span:
                if stated is not None and stated[0] is not None and not stated[2]:
                    found = _stated(figure, stated)
                    out[figure.name] = replace(
                        found, reason=f"{found.reason}（{evidence.short_span}，全年数取自统计表）"
                    )
                else:
                    out[figure.name] = Figure(
                        figure.name,
                        figure.title,
                        None,
                        UNAVAILABLE,
                        f"{evidence.short_span}，全年数无法得出：请把其余月份的台账或全年的统计表放进本年度的文件夹",
                    )
            elif not reason and figure.name in evidence.queried:
                out[figure.name] = Figure(figure.name, figure.title, None, UNAVAILABLE, evidence.queried[figure.name])
            elif reason:
                absent_kind = not evidence.unavailable
                if stated is not None and absent_kind:
                    out[figure.name] = _stated(figure, stated)
                elif absent_kind and evidence.stated and kind not in tables:
                    out[figure.name] = Figure(
                        figure.name, figure.title, None, UNAVAILABLE, _not_stated(figure, evidence)
                    )
                else:
                    out[figure.name] = Figure(figure.name, figure.title, None, UNAVAILABLE, reason)
            else:
                found = evaluate(figure, tables[kind], max_unusable, evidence, titles, records)
                # Records first; a statistics table only where no record holds the column at all, or where every
                # register holds other values alone (a 告诫书 register beside a form stating the 涉黄 cases).
                beyond = found.value is None and bool(_beyond_context(figure, evidence, titles))
                if stated is not None and found.value is None and (found.reason.startswith("台账中没有") or beyond):
                    found = _stated(figure, stated)
                elif stated is not None and found.value == 0 and stated[0] and _kept_apart(figure, spec):
                    # No record of a value offices keep in a register of its own (依申请公开 applications beside a
                    # register of what was published) is silence, not a count: the year's statement of it is the
                    # evidence. Where records of it are, they are counted and the statement checked against them.
                    found = _stated(figure, stated)
                    found = replace(
                        found, reason=f"{found.reason}（台账中没有此类记录；此类事项另有登记簿，以统计表所报为准）"
                    )
                elif stated is not None and figure.name in evidence.overrules and stated[0] is not None:
                    # The records' column holds what was claimed (申报金额), the table what was approved.
                    claimed = (
                        found.value if found.value is None or not float(found.value).is_integer() else int(found.value)
                    )
                    found = _stated(figure, stated)
                    found = replace(found, reason=f"{found.reason}（审核后的数；台账只记了申报的数，合计 {claimed}）")
                out[figure.name] = found
    for figure in ratios:
        out[figure.name] = _ratio(figure, [out[n] for n in figure.arg])
    order = [g.name for s in specs.values() for g in s.figures]
    return {name: out[name] for name in order}


def _months_left_out(spec: LedgerSpec, months: tuple[int, ...], table: pd.DataFrame) -> str:
    """Why a kind kept a table per period has no figure of the year: the months after its last table in which no
    record is dated (a 四季度 sheet never added), or "" when its records fill them (December's rows in November's)."""
    held: set[int] = set()
    if spec.date and spec.date in table:
        held = set(pd.to_datetime(table[spec.date], errors="coerce").dt.month.dropna().astype(int))
    left = [m for m in months if m not in held]
    if not left:
        return ""
    said = "、".join(f"{m}月" for m in left) if len(left) <= 3 else f"{left[0]}月等{len(left)}个月"
    return (
        f"{spec.title}按月、季度或半年分表，只到{left[0] - 1}月，缺{said}的表，也没有这段时间的记录：全年数无法得出"
        "（如这段时间确无记录，请补上只有表头的表）"
    )


def _not_stated(figure: FigureSpec, evidence: KindEvidence) -> str:
    """Why a figure of a kind kept only as a statistics form is unknown: the form states others, not this one (no
    such row or column, or one left blank throughout). Never 0: a form that does not say it says nothing of it."""
    places = list(dict.fromkeys(re.sub(r"单元格.*$", "", where) for _, where, _ in evidence.stated.values()))
    more = "等" if len(places) > 2 else ""
    return f"只有统计表（{'、'.join(places[:2])}{more}），表中没有“{_UNIT.sub('', figure.title)}”一项，或该项整行（列）为空：无法得出"


def _not_provided(title: str, unread: tuple[str, ...]) -> str:
    if not unread:
        return f"本年度未提供{title}"
    more = "等" if len(unread) > 3 else ""
    return f"本年度未见{title}；另有文件无法使用（{'、'.join(unread[:3])}{more}），如其中有{title}，请先按问题清单处理"


# File problems after which nothing of the file's content is known (an empty file holds nothing;
# a wrong year's file is of a known kind).
_CONTENT_UNKNOWN = frozenset(
    {"file.unreadable", "file.too_large", "file.encrypted", "file.encrypted_document", "file.failed", "file.unknown_kind", "file.not_a_table",
     "file.archive", "file.email", "file.old_word", "file.only_hidden", "file.shortcut", "file.fixed_width", "file.no_access",
     "file.unreadable_document", "file.page_parts_missing", "file.frame_page", "file.part_twice",
     "file.table_in_page_header", "file.register_as_paragraphs", "sheet.damaged"}
)  # fmt: skip


# Tables naming this many parts of the year (一季度, 二季度, 三季度) make a book kept per period: the months after
# its last part, where no record is dated, leave the year incomplete.
BOOK_OF_PERIODS = 3


def wholes(spec: LedgerSpec, name: str) -> list[str]:
    """The figures of a kind counting, the same way, every record `name` counts and more (the count of every case
    of the count of penalties, the penalties among the cases; the screened of those resolved): records known
    to be missing from the part are missing from them.

    >>> from types import SimpleNamespace
    >>> every, some = FigureSpec("k.every", "全部", "count_distinct", "no"), FigureSpec("k.some", "其一", "count_distinct", "no", {"t": "甲"})
    >>> wholes(SimpleNamespace(figures=[every, some]), "k.some"), wholes(SimpleNamespace(figures=[every, some]), "k.every")
    (['k.every'], [])
    """
    part = next((g for g in spec.figures if g.name == name), None)
    if part is None or part.op == "ratio":
        return []
    return [
        g.name
        for g in spec.figures
        if g.name != name
        and (g.op, g.arg, g.weight, g.distinct) == (part.op, part.arg, part.weight, part.distinct)
        and len(g.where) < len(part.where)
        and all(k in part.where and part.where[k] == v for k, v in g.where.items())
    ]


def kind_evidence(manifest: dict, specs: dict[str, LedgerSpec]) -> dict[str, KindEvidence]:
    """Per kind, from the manifest: a sheet of it refused (its records are unknown, so none of its
    figures can be complete), and the records it left out as errors."""
    refused: dict[str, list[str]] = {}
    wrong_year: dict[str, list[str]] = {}
    errors: dict[str, int] = {}
    error_places: dict[str, list[str]] = {}
    for f in manifest.get("files", []):
        if f.get("excluded"):
            continue
        if f.get("kind_hint") in specs:  # a file that could not be used, named like a ledger of this kind
            refused.setdefault(f["kind_hint"], []).append(f["file"])
        for held in f.get("held_kinds", []):  # a damaged book whose sheets' headers name several kinds
            if held in specs:
                refused.setdefault(held, []).append(f["file"])
        for s in f.get("sheets", []):  # a damaged sheet that may hold the rest of any of its book's kinds
            for held in s.get("held_kinds", []):
                if held in specs:
                    refused.setdefault(held, []).append(f"{f['file']}「{s['sheet']}」")
        for s in f.get("sheets", []):
            kind = s.get("kind")
            if kind not in specs:
                continue
            # Another kind's ledger kept right beside this one, its columns not read: its records are unknown.
            for other in s.get("unread_kinds", []):
                if other in specs:
                    refused.setdefault(other, []).append(f"{f['file']}「{s['sheet']}」")
            if s.get("problem") == "file.wrong_year":
                wrong_year.setdefault(kind, []).append(f["file"])
            elif s.get("problem"):
                refused.setdefault(kind, []).append(f"{f['file']}「{s['sheet']}」")
            errors[kind] = errors.get(kind, 0) + int(s.get("excluded", {}).get("error", 0))
            if s.get("excluded", {}).get("error"):
                error_places.setdefault(kind, []).append(f"{f['file']}「{s['sheet']}」")
    # A kind whose only tables are one month's or quarter's, none holding a record (a monthly book's
    # empty 信访 sheet): that part of the year had nothing, the others are unknown — no 0 for the year.
    periods: dict[str, dict[str, str]] = {}  # kind → place → the part of the year its table names
    whole: set[str] = set()
    # A kind kept only in tables of a month, quarter or half (一季度, 二季度, 三季度), records or not: the months
    # they cover. Where they leave months out (no 四季度 sheet), the year is not complete: no figure of it.
    months: dict[str, set[int]] = {}
    named: dict[str, set[str]] = {}
    undivided: set[str] = set()  # kinds with a table of the whole year (or of no part named)
    for f in manifest.get("files", []):
        if f.get("excluded"):
            continue
        for s in f.get("sheets", []):
            for t in s.get("tables", []):
                kind = t.get("kind")
                if kind not in specs:
                    continue
                if s.get("records") or not t.get("part_of_year") or t.get("role") == "statistics":
                    whole.add(kind)
                else:
                    periods.setdefault(kind, {})[f"{f['file']}「{s['sheet']}」"] = t["part_of_year"]
                if s.get("problem") == "file.wrong_year":
                    continue  # another year's book: no part of this year
                if t.get("months"):
                    months.setdefault(kind, set()).update(t["months"])
                    named.setdefault(kind, set()).add(t.get("part_of_year", ""))
                elif t.get("role") != "statistics":
                    undivided.add(kind)
    only_parts = {kind: periods[kind] for kind in set(periods) - whole}
    only_values, listed, scoped = _context_values(manifest, specs)
    # Three parts named at least: a book kept per period (a lone 截至12月 in a title, or two months' sheets handed
    # in as an extract, are no such book). Only the months after its last part are missing: a book reaching
    # December that skips a month kept no sheet for a month without entries; one stopping at 三季度 was not
    # kept to the year's end.
    missing = {
        kind: tuple(range(max(got) + 1, 13))
        for kind, got in months.items()
        if kind not in undivided and len(named[kind]) >= BOOK_OF_PERIODS and max(got) < 12
    }
    stated: dict[str, dict] = {}
    overrules: dict[str, set[str]] = {}
    short: dict[
        str, dict[str, str]
    ] = {}  # kind → figure → why: a 汇总表's part has no records (statistics.parts_missing)
    parts_only: dict[str, dict[str, str]] = {}  # kind → village → its form: a village sent a form, no records
    kind_of_figure = {g.name: k for k, sp in specs.items() for g in sp.figures}
    for st in manifest.get("statistics", []):
        kind = kind_of_figure.get(st.get("figure"))
        if kind is not None and st.get("part"):
            parts_only.setdefault(kind, {}).setdefault(str(st["part"]), f"{st['file']}「{st['sheet']}」")
        elif kind is not None:
            place = f"{st['file']}「{st['sheet']}」" + (f"单元格 {st['cell']}" if st.get("cell") else "")
            place += f"（{st['rests_on']}）" if st.get("rests_on") else ""
            stated.setdefault(kind, {})[st["figure"]] = (st.get("value"), place, st.get("problem", ""))
            if st.get("overrules"):
                overrules.setdefault(kind, set()).add(st["figure"])
            if st.get("missing_parts"):
                why = (
                    f"台账记录少于统计表（{place}）所列：{st['missing_parts']}有数而没有台账记录，"
                    "只数已有的记录会漏掉其事项"
                )
                short.setdefault(kind, {})[st["figure"]] = why
                # The records' count of every case lacks those too, whether or not the table states it.
                for whole in wholes(specs[kind], st["figure"]):
                    short[kind].setdefault(whole, why)
    files = [f for f in manifest.get("files", []) if not f.get("excluded")]
    unread = tuple(
        f["file"]
        for f in files
        if f.get("problem") in _CONTENT_UNKNOWN and not f.get("kind_hint") and not f.get("held_kinds")
    )
    # A damaged sheet of no known kind, in a book read otherwise: its records could be of any kind.
    unread += tuple(
        f"{f['file']}「{s['sheet']}」"
        for f in files
        if f.get("problem") not in _CONTENT_UNKNOWN
        for s in f.get("sheets", [])
        if s.get("problem") == "sheet.damaged" and not s.get("kind") and not f.get("kind_hint")
    )
    shown = {s.get("kind") for f in files for s in f.get("sheets", [])} | set(refused)
    out = {kind: KindEvidence(key=specs[kind].key, unread=unread) for kind in specs if unread and kind not in shown}
    queried = _queried(manifest, specs)
    for kind, why in short.items():
        queried[kind] = {**why, **queried.get(kind, {})}
    kinds = (
        set(refused) | set(errors) | set(wrong_year) | set(stated) | set(only_parts) | set(missing) | set(parts_only)
    ) | set(queried)
    for kind in sorted(kinds | set(only_values)):
        places = refused.get(kind, [])
        more = "等" if len(places) > 3 else ""
        why = (
            f"{specs[kind].title}中有工作表无法使用（{'、'.join(places[:3])}{more}），其记录无从统计" if places else ""
        )
        if not why and wrong_year.get(kind):
            files = "、".join(dict.fromkeys(wrong_year[kind]))
            why = f"{specs[kind].title}的记录都不属于本年度（{files}），可能放错了年份文件夹"
        if not why and kind in only_parts:
            named = "、".join(sorted(set(only_parts[kind].values())))
            places = list(only_parts[kind])
            more = "等" if len(places) > 3 else ""
            why = (
                f"{specs[kind].title}只有{named}的表（{'、'.join(places[:3])}{more}），且没有记录："
                "这段时间没有，不能说明全年为0"
            )
        if not why and kind in parts_only:
            forms = parts_only[kind]
            why = (
                f"{'、'.join(forms)}只报了统计表（{'、'.join(forms.values())}），没有逐条记录："
                f"只数其他村（社区）的记录会漏掉其事项，统计表与记录相加又无法去重"
            )
        out[kind] = KindEvidence(
            why,
            errors.get(kind, 0),
            stated.get(kind, {}),
            specs[kind].key,
            unread if kind not in shown else (),
            missing.get(kind, ()),
            only_values.get(kind, {}),
            queried.get(kind, {}),
            frozenset(overrules.get(kind, ())),
            listed.get(kind, frozenset()),
            scoped.get(kind, frozenset()),
            _short_span(manifest, specs[kind]),
            tuple(error_places.get(kind, ())),
        )
    return out


def _short_span(manifest: dict, spec: LedgerSpec) -> str:
    """Why a kind's records are no year's count: every table of them names a span of the year short of it."""
    left_out, places = records_short_of_year(manifest.get("files", []), spec.kind)
    if not left_out:
        return ""
    kept = months_said([m for m in range(1, 13) if m not in left_out])
    more = "等" if len(places) > 2 else ""
    return f"{spec.title}只登记了{kept}的事项（{'、'.join(places[:2])}{more}），缺{months_said(left_out)}"


def _record_tables(manifest: dict, specs: dict[str, LedgerSpec]):
    """(file, sheet, table) of each table of records of a known kind in the files read (a statistics form's table
    states figures, it holds no records)."""
    for f in manifest.get("files", []):
        if f.get("excluded"):
            continue
        for s in f.get("sheets", []):
            for t in s.get("tables", []):
                if t.get("kind") in specs and t.get("role") != "statistics":
                    yield f, s, t


def _queried(manifest: dict, specs: dict[str, LedgerSpec]) -> dict[str, dict[str, str]]:
    """Per kind, the figures its record tables cannot give whole for the queries they were exported with (the
    manifest's table `query`, fzlib/ingest/query.py): figure → why.

    Over every table of the kind: the days their date conditions keep must together cover the year (four quarterly
    exports do), a table with no date condition covering it; a condition on a value (办理状态：已办结) keeps a
    figure whole only where the values the tables keep, read as the field's canonical values, take in every value
    the figure counts (已化解 for the resolved), a table with no such condition keeping them all. A figure counting
    every record needs every table to keep every record. Unsure stays null: never the part taken for the whole."""
    tables: dict[str, list[tuple[str, dict]]] = {}
    year = manifest.get("year")
    for f, s, t in _record_tables(manifest, specs):
        tables.setdefault(t["kind"], []).append((f"{f['file']}「{s['sheet']}」", t.get("query") or {}))
    out: dict[str, dict[str, str]] = {}
    for kind, seen in tables.items():
        asked = [(place, q) for place, q in seen if q]
        if not asked or not isinstance(year, int):
            continue
        spec = specs[kind]
        place, first = asked[0]
        said = f"{place}{'等' if len(asked) > 1 else ''}是按查询条件导出的（“{first['line']}”）"
        fix = "：请在系统中不设筛选条件、按全年重新导出"
        why: dict[str, str] = {}
        if not _whole_year([q for _, q in seen], year):
            spans = [q.get("span") or [None, None] for _, q in asked]
            days = "、".join(dict.fromkeys(f"{a or '…'}至{b or '…'}" for a, b in spans))
            reason = f"{said}，只含{days}的记录，全年其余时间的不在其中{fix}"
            why = {g.name: reason for g in spec.figures if g.op != "ratio"}
        # Each condition (by the field it names, else its title) → the values the tables keep; None: every value.
        conditions = [
            {(name or title): (title, values) for title, name, values in q.get("values", [])} for _, q in seen
        ]
        kept: dict[str, set[str] | None] = {}
        titles: dict[str, str] = {}
        for key in dict.fromkeys(k for c in conditions for k in c):
            if any(key not in c for c in conditions):
                continue
            titles[key] = conditions[0][key][0]
            kept[key] = {v for c in conditions for v in c[key][1]}
        for key, values in kept.items():
            for g in spec.figures:
                wanted = g.where.get(key) if g.op != "ratio" else None
                wanted = [wanted] if isinstance(wanted, str) else wanted
                if g.op == "ratio" or g.name in why or (isinstance(wanted, list) and set(wanted) <= values):
                    continue
                what = f"只含{titles[key]}为{'、'.join(sorted(values))}的记录，{_UNIT.sub('', g.title)}所计的其他记录不在其中"
                why[g.name] = f"{said}，{what}{fix}"
        if why:
            out[kind] = why
    return out


def _whole_year(queries: list[dict], year: int) -> bool:
    """Whether the days the tables' date conditions keep cover `year` (a table without one keeps every day)."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    spans = []
    for q in queries:
        if q.get("dates_unread"):
            continue
        if not q.get("span"):
            return True
        a, b = q["span"]
        spans.append((dt.date.fromisoformat(a) if a else start, dt.date.fromisoformat(b) if b else end))
    reached = start - dt.timedelta(days=1)
    for a, b in sorted(spans):
        if a > reached + dt.timedelta(days=1):
            return False
        reached = max(reached, b)
        if reached >= end:
            return True
    return False


def _context_values(
    manifest: dict, specs: dict[str, LedgerSpec]
) -> tuple[dict[str, dict[str, frozenset[str]]], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Per kind, the fields kept apart (spec `apart`) that every one of its tables took from its title or sheet name,
    all the same value: that value. And the fields no table has a column of values of, some table listing them in
    columns of counts (a wide log: 审查合同, 出具法律意见书): the values its tables list, those of their titles too.
    Second, per kind, the fields so listed; third, the fields whose values every table's name scopes (`scope`)."""
    seen: dict[str, list[tuple[dict, dict]]] = {}
    scoped: dict[str, list[dict]] = {}
    for _, _, t in _record_tables(manifest, specs):
        seen.setdefault(t["kind"], []).append((t.get("from_context") or {}, t.get("columns_of") or {}))
        scoped.setdefault(t["kind"], []).append(t.get("may_hold") or {})
    out: dict[str, dict[str, frozenset[str]]] = {}
    lists: dict[str, frozenset[str]] = {}
    scopes: dict[str, frozenset[str]] = {}
    for kind, tables in seen.items():
        held: dict[str, frozenset[str]] = {}
        apart = {f.name for f in specs[kind].fields if f.apart}
        common = apart.intersection(*(set(c) for c, _ in tables))
        # One value in every table: a register of that value alone. Tables of several values make a book of the
        # kind, where a value with no table had no record (0).
        for n in common:
            values = frozenset(v for c, _ in tables for v in c[n])
            if len(values) == 1:
                held[n] = values
        # A field with `scope`: every table's name says which values its rows can be (a list of 治安案件, a sheet
        # of 涉黄 cases): a value none of them could hold is unknown, however many values they hold together.
        for f in specs[kind].fields:
            if f.scope and all(f.name in m for m in scoped[kind]):
                held[f.name] = frozenset(v for m in scoped[kind] for v in m[f.name]) | held.get(f.name, frozenset())
                scopes[kind] = scopes.get(kind, frozenset()) | {f.name}
        # A wide log lists the values it keeps count of; one it has no column for is unknown, unless another table
        # of the kind holds a column of the field (any value could be written in it).
        listing = set().union(*(set(w) for _, w in tables))
        for n in listing:
            if all(n in c or n in w for c, w in tables):
                held[n] = frozenset(v for c, w in tables for v in (*c.get(n, ()), *w.get(n, ())))
                lists[kind] = lists.get(kind, frozenset()) | {n}
        if held:
            out[kind] = held
    return out, lists, scopes


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
    processed: Path,
    max_unusable: float = MAX_UNUSABLE_SHARE,
    specs: dict[str, LedgerSpec] | None = None,
    year: int | None = None,
) -> dict[str, Figure]:
    """Every figure of a cleaned year's folder (NotCleaned when `clean` did not finish it, or, with
    `year`, cleaned it for another year)."""
    specs = specs or load_specs()
    manifest = folder.manifest(processed, year)
    return compute(folder.load_tables(processed, year), specs, kind_evidence(manifest, specs), max_unusable)
