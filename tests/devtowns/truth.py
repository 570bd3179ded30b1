"""The true figures of a development town, computed from its intended clean records (or its statistics
forms) by the counting rules of shared/spec/indicators.md, without any code of the engine.

Each town hands in, per ledger kind, one of:
  - a list of clean records (dicts with the canonical keys below), counted here;
  - Stats({figure: value, ...}): the kind exists only as a statistics form, whose counts are the figures
    (rates are still computed here from the counts);
  - Null(reason): the kind's ledger is absent or unusable, so all its figures are null.
A town may also override single figures with Null(reason) (an error cell in a summed column).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ERROR_CODES = ("#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!")

ENFORCEMENT_CATEGORIES = {
    "enforcement.licensing": "行政许可",
    "enforcement.penalty": "行政处罚",
    "enforcement.coercion": "行政强制",
    "enforcement.levy": "行政征收",
    "enforcement.inspection": "行政检查",
    "enforcement.adjudication": "行政裁决",
    "enforcement.payment": "行政给付",
    "enforcement.confirmation": "行政确认",
    "enforcement.award": "行政奖励",
    "enforcement.other": "其他",
}
FIGURES_BY_KIND: dict[str, tuple[str, ...]] = {
    "enforcement": ("enforcement.cases", *ENFORCEMENT_CATEGORIES),
    "normative_documents": ("normative_documents.issued",),
    "disclosure": ("disclosure.proactive", "disclosure.media", "disclosure.on_request"),
    "disputes": ("disputes.screened", "disputes.resolved", "disputes.resolution_rate"),
    "petitions": ("petitions.assigned", "petitions.resolved", "petitions.in_progress"),
    "mediation": ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan"),
    "security": ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions"),
    "fraud_watch": ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted"),
    "counsel": ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid"),
    "litigation": ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate"),
    "training": ("training.legal_literacy_sessions", "training.exam_coverage"),
}
FIGURES: tuple[str, ...] = tuple(f for names in FIGURES_BY_KIND.values() for f in names)
RATES = ("disputes.resolution_rate", "litigation.appearance_rate", "training.exam_coverage")


@dataclass(frozen=True)
class Null:
    """A figure the data cannot support, and why (never 0)."""

    reason: str


@dataclass(frozen=True)
class Stats:
    """A kind kept only as a statistics form: figure → count read off the form's totals."""

    counts: dict[str, int | float]


def rate(numerator: Any, denominator: Any) -> Any:
    """A rate as a fraction rounded to 4 places; null when either side is null or the base is 0."""
    if isinstance(numerator, Null):
        return numerator
    if isinstance(denominator, Null):
        return denominator
    if not denominator:
        return Null("分母为0，比率无意义")
    return round(numerator / denominator, 4)


def in_year(day: dt.date | None, year: int) -> bool:
    return day is not None and day.year == year


def _is_error(value: Any) -> bool:
    return isinstance(value, str) and value in ERROR_CODES


def _sum(values: list[Any], what: str) -> Any:
    """A sum that is null as soon as one summed cell is an Excel error (never silently lower)."""
    errors = [v for v in values if _is_error(v)]
    if errors:
        return Null(f"{what}列含错误值 {errors[0]}，合计无法得出")
    return sum(v or 0 for v in values)


# --- one function per kind: records of the year → figures ------------------------------------


def enforcement(records: list[dict], year: int) -> dict[str, Any]:
    cases = {r["case_no"]: r["category"] for r in records if in_year(r["decided_on"], year)}
    out: dict[str, Any] = {"enforcement.cases": len(cases)}
    for figure, category in ENFORCEMENT_CATEGORIES.items():
        out[figure] = sum(1 for c in cases.values() if c == category)
    return out


def normative_documents(records: list[dict], year: int) -> dict[str, Any]:
    return {"normative_documents.issued": sum(1 for r in records if in_year(r["issued_on"], year))}


def disclosure(records: list[dict], year: int) -> dict[str, Any]:
    items = [r for r in records if in_year(r["published_on"], year)]
    return {
        "disclosure.proactive": sum(1 for r in items if r["type"] == "主动公开"),
        "disclosure.media": sum(1 for r in items if r["type"] == "媒体发布"),
        "disclosure.on_request": sum(1 for r in items if r["type"] == "依申请公开"),
    }


def disputes(records: list[dict], year: int) -> dict[str, Any]:
    rows = [r for r in records if in_year(r["screened_on"], year)]
    screened = len(rows)
    resolved = sum(1 for r in rows if r["status"] == "已化解")
    return {
        "disputes.screened": screened,
        "disputes.resolved": resolved,
        "disputes.resolution_rate": rate(resolved, screened),
    }


def petitions(records: list[dict], year: int) -> dict[str, Any]:
    items = {r["petition_no"]: r for r in records if in_year(r["assigned_on"], year)}.values()
    # 已化解 and 正在化解 of the assigned items (shared/spec/indicators.md), never of those received here (本级受理).
    assigned = [r for r in items if r["source"] in ("中联办", "省联办", "市联办", "县联办")]
    return {
        "petitions.assigned": len(assigned),
        "petitions.resolved": sum(1 for r in assigned if r["status"] == "已化解"),
        "petitions.in_progress": sum(1 for r in assigned if r["status"] == "正在化解"),
    }


def mediation(records: list[dict], year: int) -> dict[str, Any]:
    cases = {r["file_no"]: r for r in records if in_year(r["accepted_on"], year)}.values()
    done = [r for r in cases if r["result"] == "调解成功"]
    return {
        "mediation.cases": len(done),
        "mediation.oral": sum(1 for r in done if r["form"] == "口头"),
        "mediation.written": sum(1 for r in done if r["form"] == "书面"),
        "mediation.subsidy_yuan": _sum([r["subsidy"] for r in done], "补贴金额"),
    }


def security(records: list[dict], year: int) -> dict[str, Any]:
    rows = [r for r in records if in_year(r["occurred_on"], year)]
    dv = [r for r in rows if r["type"] in ("家暴告诫书", "家暴治安案件")]
    vice = [r for r in rows if r["type"] == "涉黄治安案件"]
    return {
        "security.dv_warnings": sum(1 for r in rows if r["type"] == "家暴告诫书"),
        "security.dv_detentions": _sum([r["detained"] for r in dv], "拘留人数"),
        "security.vice_cases": len(vice),
        "security.vice_detentions": _sum([r["detained"] for r in vice], "拘留人数"),
    }


def fraud_watch(records: list[dict], year: int) -> dict[str, Any]:
    # A snapshot list, not dated events: every row counts whatever the year.
    listed = [r for r in records if r["status"] == "在册"]
    return {
        "fraud_watch.removed": sum(1 for r in records if r["status"] == "已核减"),
        "fraud_watch.remaining": len(listed),
        "fraud_watch.contacted": sum(1 for r in listed if r["contacted"]),
    }


def counsel(records: list[dict], year: int) -> dict[str, Any]:
    rows = [r for r in records if in_year(r["served_on"], year)]

    def total(service: str) -> Any:
        # A blank quantity counts 1 (indicators.md).
        return _sum(
            [1 if r["quantity"] is None else r["quantity"] for r in rows if r["service"] == service], f"{service}数量"
        )

    return {
        "counsel.opinions": total("法律意见书"),
        "counsel.document_reviews": total("文书审核"),
        "counsel.consultations": total("法律咨询"),
        "counsel.legal_aid": total("法律援助"),
    }


def litigation(records: list[dict], year: int) -> dict[str, Any]:
    cases = {r["case_no"]: r for r in records if in_year(r["heard_on"], year)}.values()
    appeared = sum(1 for r in cases if r["appeared"])
    return {
        "litigation.cases": len(cases),
        "litigation.leader_appearances": appeared,
        "litigation.appearance_rate": rate(appeared, len(cases)),
    }


def training(records: list[dict], year: int) -> dict[str, Any]:
    rows = [r for r in records if in_year(r["held_on"], year)]
    required = _sum([r.get("exam_required") for r in rows], "应参考人数")
    taken = _sum([r.get("exam_taken") for r in rows], "实参考人数")
    return {
        "training.legal_literacy_sessions": sum(1 for r in rows if r.get("audience") == "法律明白人"),
        "training.exam_coverage": rate(taken, required),
    }


COUNTERS: dict[str, Callable[[list[dict], int], dict[str, Any]]] = {
    "enforcement": enforcement,
    "normative_documents": normative_documents,
    "disclosure": disclosure,
    "disputes": disputes,
    "petitions": petitions,
    "mediation": mediation,
    "security": security,
    "fraud_watch": fraud_watch,
    "counsel": counsel,
    "litigation": litigation,
    "training": training,
}


def _from_stats(kind: str, stats: Stats) -> dict[str, Any]:
    out = {f: stats.counts.get(f, Null("统计表中没有这一项")) for f in FIGURES_BY_KIND[kind]}
    if kind == "disputes":
        out["disputes.resolution_rate"] = rate(out["disputes.resolved"], out["disputes.screened"])
    if kind == "litigation":
        out["litigation.appearance_rate"] = rate(out["litigation.leader_appearances"], out["litigation.cases"])
    return out


def figures(ledgers: dict[str, Any], year: int, overrides: dict[str, Null] | None = None) -> dict[str, Any]:
    """Every figure of indicators.md: a number, or Null(reason)."""
    out: dict[str, Any] = {}
    for kind, names in FIGURES_BY_KIND.items():
        source = ledgers.get(kind, Null("没有这一类台账"))
        if isinstance(source, Null):
            out.update({f: source for f in names})
        elif isinstance(source, Stats):
            out.update(_from_stats(kind, source))
        else:
            out.update(COUNTERS[kind](source, year))
    for figure, null in (overrides or {}).items():
        if figure not in out:
            raise KeyError(figure)
        out[figure] = null
    return out


def plain(values: dict[str, Any]) -> dict[str, Any]:
    """Figures as JSON-ready values (Null → None)."""
    return {k: (None if isinstance(v, Null) else v) for k, v in values.items()}
