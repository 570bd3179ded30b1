"""Cross-ledger checks: the relations declared in fzlib/specs/relations.yaml, evaluated on a year's data.

Each relation names a registered check (`CHECKS`) and its arguments; a check returns whether the
relation holds (None when a ledger it needs is missing) and a Chinese sentence with the figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd
import yaml

from fzlib import breakdowns, fmt, paths, subsidy
from fzlib.indicators import select

RELATIONS_FILE = paths.SPECS / "relations.yaml"
SHOWN_UNMATCHED = 5  # long lists are capped ("等N件")


@dataclass(frozen=True)
class Outcome:
    title: str
    holds: bool | None
    detail: str

    @property
    def verdict(self) -> str:
        return {True: "成立", False: "不成立", None: "无法核对"}[self.holds]


def load_relations(path: Path = RELATIONS_FILE) -> list[dict]:
    """The declared relations; a relation naming an unknown check is a programmer error."""
    relations = yaml.safe_load(path.read_text(encoding="utf-8"))["relations"]
    for r in relations:
        if r.get("check") not in CHECKS:
            raise ValueError(f"{path.name}: unknown check {r.get('check')!r}; known: {', '.join(CHECKS)}")
    return relations


def _capped(items: list[str]) -> str:
    shown = "、".join(items[:SHOWN_UNMATCHED])
    return shown + (f"等{len(items)}件" if len(items) > SHOWN_UNMATCHED else "")


def references(tables, figures, params, rel) -> Outcome:
    """Every selected record of one ledger points (by `field`) at a selected record of another."""
    src, dst = rel["from"], rel["to"]
    if src["kind"] not in tables or dst["kind"] not in tables:
        return Outcome(rel["title"], None, "缺少所需台账。")
    rows = select(tables[src["kind"]], src.get("where", {})).drop_duplicates(src["key"])
    targets = set(select(tables[dst["kind"]], dst.get("where", {}))[dst["field"]].dropna())
    hit = rows[src["field"]].isin(targets).fillna(False).astype(bool)
    missing = rows.loc[~hit, src["key"]].astype(str).tolist()
    detail = f"共{fmt.count(len(rows))}件，其中{fmt.count(int(hit.sum()))}件能对应上"
    detail += "。" if not missing else f"，对应不上的：{_capped(missing)}。"
    return Outcome(rel["title"], not missing, detail)


def equal_figures(tables, figures, params, rel) -> Outcome:
    """Two figures of the year are equal (e.g. 551 = 551)."""
    values = [figures.get(name) for name in rel["figures"]]
    if any(v is None for v in values):
        return Outcome(rel["title"], None, "缺少所需台账。")
    return Outcome(rel["title"], values[0] == values[1], " = ".join(fmt.count(v) for v in values)
                   if values[0] == values[1] else " ≠ ".join(fmt.count(v) for v in values))


def subsidy_standard(tables, figures, params, rel) -> Outcome:
    """Subsidies only for successful cases, each matching the standard for its form and tier."""
    if "mediation" not in tables:
        return Outcome(rel["title"], None, "缺少人民调解台账。")
    if not params.get("subsidy_standard"):
        return Outcome(rel["title"], None, "参数中未设以案定补标准（subsidy_standard）。")
    found = subsidy.problems(tables["mediation"], params["subsidy_standard"])
    if found.empty:
        return Outcome(rel["title"], True, "所有案件的补贴均符合标准。")
    return Outcome(rel["title"], False, f"{len(found)}件不符：{_capped(found['卷宗号'].astype(str).tolist())}"
                   "（明细见“人民调解与以案定补”一节）。")


def shares_add_up(tables, figures, params, rel) -> Outcome:
    """Every declared breakdown's shares, as shown, add up to exactly 100.0%."""
    checked, wrong = 0, []
    for name, b in breakdowns.BREAKDOWNS.items():
        series = breakdowns.compute(tables, name)
        if series is None or not series.sum():
            continue
        checked += 1
        if round(sum(fmt.shares(series.tolist())), 6) != 100.0:
            wrong.append(name)
    detail = f"核对{checked}项分类统计" + ("，占比合计均为100.0%。" if not wrong else f"，不为100.0%的：{'、'.join(wrong)}。")
    return Outcome(rel["title"], not wrong, detail)


CHECKS: dict[str, Callable] = {
    "references": references,
    "equal_figures": equal_figures,
    "subsidy_standard": subsidy_standard,
    "shares_add_up": shares_add_up,
}


def evaluate(tables: dict[str, pd.DataFrame], figures: dict, params: dict,
             relations: list[dict] | None = None) -> list[Outcome]:
    """Every declared relation, evaluated on a year's clean tables, figures and params."""
    return [CHECKS[r["check"]](tables, figures, params, r) for r in (relations or load_relations())]


def frame(outcomes: list[Outcome]) -> pd.DataFrame:
    return pd.DataFrame([(o.title, o.verdict, o.detail) for o in outcomes], columns=["核对项", "结果", "说明"])
