"""The county's figures from its towns' records: totals from summed counts, rates recomputed from them (never averaged), rankings, and each town's data status.

Rules (docs/architecture.md, README):

- A count or sum of the county is the sum over its towns. A record belongs to one town, so distinct
  counts (records counted once by their number) add up too.
- A county total is unavailable (None, never a partial sum) when any town's figure is unavailable;
  its reason names those towns. It is partial when any town's figure is partial, and stated (取自统计表)
  when any town's figure was taken from a statistics table.
- A county rate is recomputed from the county's numerator and denominator (both declared in the
  specs as ``ratio: [numerator, denominator]``, hidden helpers included), never averaged over towns;
  it is unavailable when either total is, or when the denominator is 0.
- Rankings of a rate are among the towns whose rate is available only; equal rates share a rank
  (1, 2, 2, 4); towns are in name order wherever an order is not a ranking.

Everything here is computed from the records alone (fzlib.county.step), in town order, so the
county's outputs are the same whatever order the towns finished in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from fzlib.indicators.figures import OK, PARTIAL, RATIO_DIGITS, STATED, UNAVAILABLE, Figure, hidden_figures
from fzlib.ingest.issues import ERROR, WARNING
from fzlib.spec import LedgerSpec, load_specs

NAMED_TOWNS = 5  # a reason names this many towns, then says 等N个乡镇


def name_towns(towns: list[str], most: int = NAMED_TOWNS) -> str:
    """洋川镇、郑场镇 — or 洋川镇、郑场镇、…等12个乡镇 when there are more than `most`."""
    if len(towns) <= most:
        return "、".join(towns)
    return "、".join(towns[:most]) + f"等{len(towns)}个乡镇"


def _amount(total: float) -> int | float:
    return int(total) if float(total).is_integer() else round(float(total), 2)


def _title(figure_title: str) -> str:
    return figure_title.split("（")[0]


@dataclass
class TownStatus:
    """What a town's figures rest on: the ledgers it provided, what could not be used, what is left to fix."""

    town: str
    problem: str | None  # the per-town step failed: nothing else is known
    provided: int  # ledger kinds with a table this year
    declared: int  # ledger kinds declared in the specs
    missing: list[str]  # titles of the ledgers not provided
    failed_files: list[str]
    errors: int  # open 错误 in the town's issues list
    warnings: int
    rows: int
    unavailable: list[str]  # titles of the published figures that cannot be computed
    partial: list[str]  # titles of the published figures resting on part of their records

    @property
    def complete(self) -> bool:
        return not (self.problem or self.missing or self.failed_files or self.errors or self.unavailable)


@dataclass
class County:
    """A county's year: every town's figures, the county totals, the rankings of rates, each town's status."""

    year: int
    towns: list[str] = field(default_factory=list)  # in name order
    evidence: dict[str, dict[str, Figure]] = field(default_factory=dict)  # town → figure → Figure
    totals: dict[str, Figure] = field(default_factory=dict)  # every declared figure, hidden included
    status: dict[str, TownStatus] = field(default_factory=dict)
    published: list[str] = field(default_factory=list)  # figure names shown, in spec order
    rates: list[str] = field(default_factory=list)  # the published rates, in spec order
    parts: dict[str, tuple[str, str]] = field(default_factory=dict)  # rate → (numerator, denominator)

    def town_values(self) -> dict[str, dict]:
        """{town: {figure: value}} of the published figures, None where unavailable."""
        return {t: {n: self.evidence[t][n].value for n in self.published} for t in self.towns}

    def county_values(self) -> dict:
        return {n: self.totals[n].value for n in self.published}

    def as_json(self) -> dict:
        """What `county --json` prints: the same null rule as `indicators --json`."""
        return {"towns": self.town_values(), "county": self.county_values()}

    def ranking(self, name: str) -> list[tuple[int, str, float]]:
        """(rank, town, rate) among the towns whose rate is available, best first; ties share a rank."""
        ranked = sorted(
            ((self.evidence[t][name].value, t) for t in self.towns if self.evidence[t][name].value is not None),
            key=lambda vt: (-vt[0], vt[1]),
        )
        out, rank, previous = [], 0, None
        for i, (value, town) in enumerate(ranked, start=1):
            if value != previous:
                rank, previous = i, value
            out.append((rank, town, value))
        return out

    def unranked(self, name: str) -> list[str]:
        """The towns left out of a ranking because their rate is unavailable."""
        return [t for t in self.towns if self.evidence[t][name].value is None]


def _figure(name: str, title: str, raw: dict) -> Figure:
    return Figure(name, title, raw.get("value"), raw.get("status", UNAVAILABLE), raw.get("reason", ""))


def town_status(record: dict, specs: dict[str, LedgerSpec] | None = None) -> TownStatus:
    """A town's data status from its record alone (what `county` prints as each town finishes)."""
    specs = specs or load_specs()
    declared = [g for s in specs.values() for g in s.figures]
    hidden = hidden_figures(specs)
    return _status(record, specs, _evidence(record, declared), [g.name for g in declared if g.name not in hidden])


def _evidence(record: dict, declared) -> dict[str, Figure]:
    raw = record.get("figures", {})
    missing = {"status": UNAVAILABLE, "reason": record.get("problem") or "未计算"}
    return {g.name: _figure(g.name, g.title, raw.get(g.name, missing)) for g in declared}


def _status(record: dict, specs: dict[str, LedgerSpec], evidence: dict[str, Figure], published: list[str]):
    issues = record.get("issues", {})
    return TownStatus(
        town=record["town"],
        problem=record.get("problem"),
        provided=len(record.get("kinds", {})),
        declared=len(specs),
        missing=[specs[k].title for k in record.get("missing", []) if k in specs],
        failed_files=list(record.get("failed_files", [])),
        errors=int(issues.get(ERROR, 0)),
        warnings=int(issues.get(WARNING, 0)),
        rows=int(record.get("rows", 0)),
        unavailable=[_title(evidence[n].title) for n in published if evidence[n].status == UNAVAILABLE],
        partial=[_title(evidence[n].title) for n in published if evidence[n].status == PARTIAL],
    )


def rollup(year: int, records: Iterable[dict], specs: dict[str, LedgerSpec] | None = None) -> County:
    """The county from its towns' records (any order in; towns in name order out)."""
    specs = specs or load_specs()
    declared = [g for s in specs.values() for g in s.figures]
    hidden = hidden_figures(specs)
    county = County(year)
    county.published = [g.name for g in declared if g.name not in hidden]
    county.rates = [g.name for g in declared if g.op == "ratio" and g.name not in hidden]
    county.parts = {g.name: (g.arg[0], g.arg[1]) for g in declared if g.op == "ratio"}
    for record in records:
        town = record["town"]
        county.evidence[town] = _evidence(record, declared)
        county.status[town] = _status(record, specs, county.evidence[town], county.published)
    county.towns = sorted(county.evidence)
    for g in declared:
        if g.op != "ratio":
            county.totals[g.name] = _total(g.name, g.title, [(t, county.evidence[t][g.name]) for t in county.towns])
    for g in declared:
        if g.op == "ratio":
            county.totals[g.name] = _rate(g.name, g.title, [county.totals[n] for n in g.arg])
    county.totals = {g.name: county.totals[g.name] for g in declared}
    return county


def _total(name: str, title: str, towns: list[tuple[str, Figure]]) -> Figure:
    if not towns:
        return Figure(name, title, None, UNAVAILABLE, "没有乡镇的数据")
    unavailable = [t for t, f in towns if f.value is None]
    if unavailable:
        return Figure(name, title, None, UNAVAILABLE, f"{name_towns(unavailable)}无法统计，全县合计不完整")
    value = _amount(sum(f.value for _, f in towns))
    partial = [t for t, f in towns if f.status == PARTIAL]
    if partial:
        return Figure(name, title, value, PARTIAL, f"{name_towns(partial)}部分统计")
    stated = [t for t, f in towns if f.status == STATED]
    if stated:
        return Figure(name, title, value, STATED, f"{name_towns(stated)}的数字取自统计表")
    return Figure(name, title, value, OK, "")


def _rate(name: str, title: str, parts: list[Figure]) -> Figure:
    num, den = parts
    missing = [p for p in parts if p.value is None]
    if missing:
        why = "；".join(f"全县{_title(p.title)}无法统计（{p.reason}）" for p in missing)
        return Figure(name, title, None, UNAVAILABLE, why)
    if not den.value:
        return Figure(name, title, None, UNAVAILABLE, f"全县{_title(den.title)}为0，比率无从计算")
    value = round(num.value / den.value, RATIO_DIGITS)
    partial = [p for p in parts if p.status == PARTIAL]
    if partial:
        return Figure(name, title, value, PARTIAL, "；".join(dict.fromkeys(p.reason for p in partial)))
    stated = [p for p in parts if p.status == STATED]
    if stated:
        return Figure(name, title, value, STATED, "；".join(dict.fromkeys(p.reason for p in stated)))
    return Figure(name, title, value, OK, "")
