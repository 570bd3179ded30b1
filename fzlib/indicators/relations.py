"""Cross-ledger checks: the relations declared in fzlib/specs/relations.yaml, evaluated on a year's data.

Each relation names a registered check (`CHECKS`) and its arguments; a check returns whether the
relation holds (None when a ledger or figure it needs is missing), a Chinese sentence with the
figures, and how many records break it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from fzlib import fmt, paths
from fzlib.indicators import breakdowns, subsidy
from fzlib.indicators.figures import select
from fzlib.spec import load_specs, load_yaml

RELATIONS_FILE = paths.SPECS / "relations.yaml"
SHOWN_UNMATCHED = 5  # long lists are capped ("等N件")
VERDICTS = {True: "成立", False: "不成立", None: "无法核对"}


@dataclass(frozen=True)
class Outcome:
    id: str
    title: str
    holds: bool | None
    detail: str
    broken: int = 0  # records that break the relation

    @property
    def verdict(self) -> str:
        return VERDICTS[self.holds]


@cache
def load_relations(path: Path = RELATIONS_FILE) -> tuple[dict, ...]:
    """The declared relations; a relation naming an unknown check is a programmer error."""
    relations = load_yaml(path.read_text(encoding="utf-8"))["relations"]
    for r in relations:
        if r.get("check") not in CHECKS:
            raise ValueError(f"{path.name}: unknown check {r.get('check')!r}; known: {', '.join(CHECKS)}")
    return tuple(relations)


def _capped(items: list[str]) -> str:
    shown = "、".join(items[:SHOWN_UNMATCHED])
    return shown + (f"等{len(items)}件" if len(items) > SHOWN_UNMATCHED else "")


def _absent(rel: dict, *kinds: str) -> Outcome:
    specs = load_specs()
    return Outcome(rel["id"], rel["title"], None, f"缺少{'、'.join(specs[k].title for k in kinds)}。")


def references(tables, figures, params, rel) -> Outcome:
    """Every selected record of one ledger points (by `field`) at a selected record of another."""
    src, dst = rel["from"], rel["to"]
    missing = [k for k in (src["kind"], dst["kind"]) if k not in tables]
    if missing:
        return _absent(rel, *missing)
    rows = select(tables[src["kind"]], src.get("where", {})).drop_duplicates(src["key"])
    targets = set(select(tables[dst["kind"]], dst.get("where", {}))[dst["field"]].dropna())
    hit = rows[src["field"]].isin(targets).fillna(False).astype(bool)
    missing = rows.loc[~hit, src["key"]].astype(str).tolist()
    detail = f"共{fmt.count(len(rows))}件，其中{fmt.count(int(hit.sum()))}件能对应上"
    detail += "。" if not missing else f"，对应不上的：{_capped(missing)}。"
    return Outcome(rel["id"], rel["title"], not missing, detail, len(missing))


def equal_figures(tables, figures, params, rel) -> Outcome:
    """Two figures of the year are equal (e.g. 551 = 551)."""
    values = [figures.get(name) for name in rel["figures"]]
    if any(v is None for v in values):
        return Outcome(rel["id"], rel["title"], None, "所需指标无法统计。")
    same = values[0] == values[1]
    return Outcome(rel["id"], rel["title"], same, (" = " if same else " ≠ ").join(fmt.count(v) for v in values))


def subsidy_standard(tables, figures, params, rel) -> Outcome:
    """Payments only where due, each matching the standard (params `rel["standard"]`)."""
    if rel["kind"] not in tables:
        return _absent(rel, rel["kind"])
    standard = params.get(rel["standard"])
    if not standard:
        return Outcome(rel["id"], rel["title"], None, f"参数中未设以案定补标准（{rel['standard']}）。")
    found = subsidy.problems(tables[rel["kind"]], standard, rel, field_titles(rel["kind"]))
    if found.empty:
        return Outcome(rel["id"], rel["title"], True, "所有案件的补贴均符合标准。")
    keys = found.iloc[:, 0].astype(str).tolist()
    return Outcome(
        rel["id"], rel["title"], False, f"{len(found)}件不符：{_capped(keys)}（明细见该台账一节）。", len(found)
    )


def shares_add_up(tables, figures, params, rel) -> Outcome:
    """Every declared breakdown's shares, as shown, add up to exactly 100.0%."""
    checked, wrong = 0, []
    for name, b in breakdowns.declared().items():
        series = breakdowns.compute(tables, name)
        if series is None or not series.sum():
            continue
        if b.several and breakdowns.compute_items(tables, name) != int(series.sum()):
            continue  # a record under each of its values: the shares overlap, as the table shows them
        checked += 1
        if round(sum(fmt.shares(series.tolist())), 6) != 100.0:
            wrong.append(name)
    detail = f"核对{checked}项分类统计" + (
        "，占比合计均为100.0%。" if not wrong else f"，不为100.0%的：{'、'.join(wrong)}。"
    )
    return Outcome(rel["id"], rel["title"], not wrong, detail, len(wrong))


CHECKS: dict[str, Callable] = {
    "references": references,
    "equal_figures": equal_figures,
    "subsidy_standard": subsidy_standard,
    "shares_add_up": shares_add_up,
}


def field_titles(kind: str) -> dict[str, str]:
    """Field name → Chinese title, for the columns of a kind's tables."""
    return {f.name: f.title for f in load_specs()[kind].fields}


def declared(relation_id: str) -> dict:
    """One declared relation by its id."""
    return next(r for r in load_relations() if r["id"] == relation_id)


def evaluate(
    tables: dict[str, pd.DataFrame], figures: dict, params: dict, relations: tuple[dict, ...] | None = None
) -> list[Outcome]:
    """Every declared relation, evaluated on a year's clean tables, figures (flat values) and params."""
    return [CHECKS[r["check"]](tables, figures, params, r) for r in (relations or load_relations())]


def frame(outcomes: list[Outcome]) -> pd.DataFrame:
    return pd.DataFrame([(o.title, o.verdict, o.detail) for o in outcomes], columns=["核对项", "结果", "说明"])
