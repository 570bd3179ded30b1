"""The report's breakdown tables: a year's records counted by one field, with shares adding up to 100.0%.

Every breakdown the report shows is declared once in `BREAKDOWNS` (which ledger, which field, which
records, what is counted), so the sections, the exports and the cross-ledger check of "shares add up
to 100%" all use the same tables. Counts are exact here; hiding small counts of sensitive ledgers is a
matter of display (`suppress`), done where a table is shown, for breakdowns declared `small_area`
(by village or a similar area, of a sensitive ledger). Breakdowns by type, source or status of a
sensitive ledger stay exact: they are the published figures themselves (indicators.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from fzlib import fmt
from fzlib.indicators import select
from fzlib.spec import load_specs

COUNT = "数量"
SHARE = "占比"
TOTAL = "合计"
UNSPECIFIED = "（未填写）"
# A value outside the field's vocabulary is flagged vocab.unknown in cleaning; the report counts it
# but never prints the raw text (it could be anything, a name or markup included).
UNRECOGNISED = "（未识别，见数据质量）"
# Categories that close a list rather than compete in it: always shown last.
LAST = ("其他", UNSPECIFIED, UNRECOGNISED)


@dataclass(frozen=True)
class Breakdown:
    """One declared breakdown: `kind`'s records (filtered by `where`) counted by `field`."""

    name: str
    kind: str
    field: str
    label: str                     # Chinese column title of the categories
    unit: str = "件"
    where: dict = field(default_factory=dict)
    distinct: str | None = None    # count distinct values of this field (e.g. case numbers)
    weight: str | None = None      # sum this field instead of counting rows (blank counts `fill`)
    fill: int = 1
    month: bool = False            # `field` is a date: count by month 1–12
    # By village or a similar small area of a sensitive ledger: counts below the threshold could
    # point at a person, so they are shown as "<3" (see `suppress`), without shares or a chart.
    small_area: bool = False

    @property
    def count_title(self) -> str:
        return f"{COUNT}（{self.unit}）"


BREAKDOWNS: dict[str, Breakdown] = {b.name: b for b in [
    Breakdown("enforcement.category", "enforcement", "category", "执法类别", distinct="case_no"),
    Breakdown("enforcement.month", "enforcement", "decided_on", "月份", distinct="case_no", month=True),
    Breakdown("enforcement.office", "enforcement", "office", "执法单位", distinct="case_no"),
    Breakdown("disclosure.channel", "disclosure", "channel", "公开渠道", unit="条"),
    Breakdown("disclosure.type", "disclosure", "disclosure_type", "公开类型", unit="条"),
    Breakdown("disputes.type", "disputes", "dispute_type", "纠纷类型", distinct="dispute_no"),
    Breakdown("disputes.village", "disputes", "village", "村（社区）", distinct="dispute_no"),
    Breakdown("disputes.status", "disputes", "status", "化解状态", distinct="dispute_no"),
    Breakdown("petitions.source", "petitions", "source", "交办单位", distinct="petition_no"),
    Breakdown("petitions.status", "petitions", "status", "办理状态", distinct="petition_no"),
    Breakdown("mediation.type", "mediation", "dispute_type", "纠纷类型", distinct="file_no",
              where={"result": "调解成功"}),
    Breakdown("mediation.form", "mediation", "form", "协议形式", distinct="file_no", where={"result": "调解成功"}),
    Breakdown("mediation.result", "mediation", "result", "调解结果", distinct="file_no"),
    Breakdown("security.type", "security", "case_type", "类型", unit="起"),
    Breakdown("security.village", "security", "village", "村（社区）", unit="起", small_area=True),
    Breakdown("counsel.service", "counsel", "service", "服务类型", unit="件次", weight="quantity"),
    Breakdown("litigation.result", "litigation", "result", "审理结果", distinct="case_no"),
    Breakdown("training.audience", "training", "audience", "培训对象", unit="次"),
    Breakdown("training.participants", "training", "audience", "培训对象", unit="人次", weight="participants",
              fill=0),
]}


def counts(table: pd.DataFrame, b: Breakdown) -> pd.Series:
    """Category → count (int), largest first; 其他 and unfilled last; months in calendar order."""
    rows = select(table, b.where)
    if b.distinct:
        rows = rows.drop_duplicates(b.distinct)
    if b.month:
        keys = rows[b.field].dt.month.astype("Int64")
    else:
        keys = rows[b.field].astype("string")
        vocabulary = load_specs()[b.kind].field(b.field).vocabulary
        if vocabulary:
            keys = keys.where(keys.isna() | keys.isin(list(vocabulary)), UNRECOGNISED)
        keys = keys.fillna(UNSPECIFIED)
    values = rows[b.weight].fillna(b.fill).astype(int) if b.weight else pd.Series(1, index=rows.index)
    series = values.groupby(keys).sum().astype(int)
    if b.month:
        series = series.reindex(range(1, 13), fill_value=0)
        series.index = [f"{m}月" for m in series.index]
        return series
    order = sorted(series.index, key=lambda k: (k in LAST, -series[k], str(k)))
    return series.reindex(order)


def frame(series: pd.Series, b: Breakdown, shares: bool = True) -> pd.DataFrame:
    """The display table: category, count, share (largest remainder, adds up to 100.0%), total row."""
    out = pd.DataFrame({b.label: [str(k) for k in series.index], b.count_title: [int(v) for v in series]})
    if shares:
        out[SHARE] = [f"{s:.1f}%" for s in fmt.shares(out[b.count_title].tolist())]
    total = {b.label: TOTAL, b.count_title: int(series.sum())}
    if shares:
        total[SHARE] = "100.0%" if series.sum() else "—"
    return pd.concat([out, pd.DataFrame([total])], ignore_index=True)


def compute(tables: dict[str, pd.DataFrame], name: str) -> pd.Series | None:
    """A declared breakdown over a year's tables; None when its ledger is absent."""
    b = BREAKDOWNS[name]
    if b.kind not in tables:
        return None
    return counts(tables[b.kind], b)


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
