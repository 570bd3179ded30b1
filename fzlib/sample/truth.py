"""The year's figures computed from the generator's intended clean records, by the rules of indicators.md."""

from __future__ import annotations

import pandas as pd

ENFORCEMENT_KEYS = {
    "licensing": "行政许可",
    "penalty": "行政处罚",
    "coercion": "行政强制",
    "levy": "行政征收",
    "inspection": "行政检查",
    "adjudication": "行政裁决",
    "payment": "行政给付",
    "confirmation": "行政确认",
    "award": "行政奖励",
    "other": "其他",
}


def _rate(num: int, den: int) -> float:
    # indicators.md shows rates to four decimals (0.9633); the report rounds further itself.
    return round(num / den, 4) if den else 0.0


def indicators(tables: dict[str, pd.DataFrame]) -> dict[str, int | float]:
    out: dict[str, int | float] = {}
    if (t := tables.get("enforcement")) is not None:
        out["enforcement.cases"] = int(t["案件编号"].nunique())
        for key, category in ENFORCEMENT_KEYS.items():
            out[f"enforcement.{key}"] = int((t["执法类别"] == category).sum())
    if (t := tables.get("normative_documents")) is not None:
        out["normative_documents.issued"] = len(t)
    if (t := tables.get("disclosure")) is not None:
        out["disclosure.proactive"] = int((t["公开类型"] == "主动公开").sum())
        out["disclosure.media"] = int((t["公开类型"] == "媒体发布").sum())
        out["disclosure.on_request"] = int((t["公开类型"] == "依申请公开").sum())
    if (t := tables.get("disputes")) is not None:
        screened, resolved = len(t), int((t["化解状态"] == "已化解").sum())
        out["disputes.screened"] = screened
        out["disputes.resolved"] = resolved
        out["disputes.resolution_rate"] = _rate(resolved, screened)
    if (t := tables.get("petitions")) is not None:
        out["petitions.assigned"] = len(t)
        out["petitions.resolved"] = int((t["办理状态"] == "已化解").sum())
        out["petitions.in_progress"] = int((t["办理状态"] == "正在化解").sum())
    if (t := tables.get("mediation")) is not None:
        ok = t[t["调解结果"] == "调解成功"]
        out["mediation.cases"] = len(ok)
        out["mediation.oral"] = int((ok["协议形式"] == "口头").sum())
        out["mediation.written"] = int((ok["协议形式"] == "书面").sum())
        out["mediation.subsidy_yuan"] = int(ok["补贴金额"].sum())
    if (t := tables.get("security")) is not None:
        dv, vice = t[t["类型"] == "家暴告诫书"], t[t["类型"] == "涉黄治安案件"]
        out["security.dv_warnings"] = len(dv)
        out["security.dv_detentions"] = int(dv["拘留人数"].sum())
        out["security.vice_cases"] = len(vice)
        out["security.vice_detentions"] = int(vice["拘留人数"].sum())
    if (t := tables.get("fraud_watch")) is not None:
        remaining = t[t["状态"] == "在册"]
        out["fraud_watch.removed"] = int((t["状态"] == "已核减").sum())
        out["fraud_watch.remaining"] = len(remaining)
        out["fraud_watch.contacted"] = int((remaining["是否取得联系"] == "是").sum())
    if (t := tables.get("counsel")) is not None:
        qty = t.groupby("服务类型")["数量"].sum()
        for key, kind in (
            ("opinions", "法律意见书"),
            ("document_reviews", "文书审核"),
            ("consultations", "法律咨询"),
            ("legal_aid", "法律援助"),
        ):
            out[f"counsel.{key}"] = int(qty.get(kind, 0))
    if (t := tables.get("litigation")) is not None:
        cases, leaders = len(t), int((t["负责人是否出庭"] == "是").sum())
        out["litigation.cases"] = cases
        out["litigation.leader_appearances"] = leaders
        out["litigation.appearance_rate"] = _rate(leaders, cases)
    if (t := tables.get("training")) is not None:
        out["training.legal_literacy_sessions"] = int((t["对象"] == "法律明白人").sum())
        out["training.exam_coverage"] = _rate(int(t["实参考人数"].sum()), int(t["应参考人数"].sum()))
    return out
