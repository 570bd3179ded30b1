"""The 以案定补 standard (params `subsidy_standard`): the subsidy each mediation case should get, and the cases that deviate.

The standard maps an agreement form to either one amount (口头: 50) or an amount per tier
(书面: {一般: 100, 疑难: 200, 重大: 300}). Only successful cases are paid; an unsuccessful case
with a subsidy, a successful case without one, and a paid amount other than the standard are
all listed, by 卷宗号 and where the row is in the ledger.
"""

from __future__ import annotations

import pandas as pd

SUCCESS = "调解成功"
COLUMNS = ["卷宗号", "协议形式", "补贴等级", "应补（元）", "实补（元）", "问题", "位置"]


def expected(form, tier, standard: dict) -> float | None:
    """The standard amount for a form and tier; None when the standard does not cover them.

    >>> s = {"口头": 50, "书面": {"一般": 100, "疑难": 200}}
    >>> expected("口头", None, s), expected("书面", "疑难", s), expected("书面", None, s)
    (50.0, 200.0, None)
    """
    rule = standard.get(form) if isinstance(form, str) else None
    if isinstance(rule, dict):
        rule = rule.get(tier) if isinstance(tier, str) else None
    return None if rule is None else float(rule)


def location(row) -> str:
    return f"{row['_file']} · {row['_sheet']} · 第{int(row['_row'])}行"


def _problem(row, want: float | None) -> str | None:
    paid = row["subsidy_yuan"]
    paid = None if pd.isna(paid) or float(paid) == 0 else float(paid)
    if row["result"] != SUCCESS:
        return "未调解成功却有补贴" if paid is not None else None
    if paid is None:
        return "调解成功但未填补贴"
    if want is None:
        return "标准中没有该协议形式/等级"
    return None if paid == want else "补贴金额与标准不符"


def problems(mediation: pd.DataFrame, standard: dict) -> pd.DataFrame:
    """Every case whose subsidy breaks the standard or the success-only rule (empty frame: none)."""
    rows = []
    for _, row in mediation.iterrows():
        want = expected(row["form"], row["tier"], standard)
        problem = _problem(row, want)
        if problem:
            paid = row["subsidy_yuan"]
            rows.append([row["file_no"], row["form"], row["tier"], want,
                         None if pd.isna(paid) else float(paid), problem, location(row)])
    return pd.DataFrame(rows, columns=COLUMNS)


def by_form_and_tier(mediation: pd.DataFrame, standard: dict) -> pd.DataFrame:
    """Successful cases by form and tier: cases, the standard per case, amount paid, standard × cases."""
    ok = mediation[mediation["result"] == SUCCESS].drop_duplicates("file_no")
    keys = ok[["form", "tier"]].astype("string").fillna("—")
    groups = ok.assign(_form=keys["form"], _tier=keys["tier"]).groupby(["_form", "_tier"], sort=True)
    rows = []
    for (form, tier), g in groups:
        want = expected(form, None if tier == "—" else tier, standard)
        paid = float(g["subsidy_yuan"].fillna(0).sum())
        rows.append([form, tier, len(g), want, paid, None if want is None else want * len(g)])
    table = pd.DataFrame(rows, columns=["协议形式", "补贴等级", "案件数（件）", "标准（元/件）", "实补（元）", "按标准应补（元）"])
    total = ["合计", "", int(table["案件数（件）"].sum()), None, float(table["实补（元）"].sum()),
             float(table["按标准应补（元）"].sum(min_count=1)) if table["按标准应补（元）"].notna().all() else None]
    return pd.concat([table, pd.DataFrame([total], columns=table.columns)], ignore_index=True)
