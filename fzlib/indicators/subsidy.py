"""A per-record payment standard (以案定补): what each record should get, and the records that deviate.

The rule is declared in fzlib/specs/relations.yaml (which kind, its key, the one or two fields the
standard is keyed by, the amount paid, which records may be paid) and the standard itself lives in
the year's params, e.g. 口头: 50 and 书面: {一般: 100, 疑难: 200, 重大: 300}. Only records meeting
`paid_when` are paid; an unpaid one that should be, a paid one that should not, and an amount other
than the standard are all listed, by key and where the row is in the ledger.
"""

from __future__ import annotations

import pandas as pd

from fzlib.indicators.figures import matches, select

# Problem labels shown in the table of deviating records.
PAID_NOT_DUE, DUE_NOT_PAID, NOT_IN_STANDARD, WRONG_AMOUNT = (
    "不符合发放条件却有补贴",
    "符合发放条件但未填补贴",
    "标准中没有该类别/等级",
    "补贴金额与标准不符",
)
EXPECTED, PAID, PROBLEM, WHERE = "应补（元）", "实补（元）", "问题", "位置"
CASES, PER_CASE, DUE_TOTAL = "案件数（件）", "标准（元/件）", "按标准应补（元）"


def expected(first, second, standard: dict) -> float | None:
    """The standard amount for a record's values; None when the standard does not cover them.

    >>> s = {"口头": 50, "书面": {"一般": 100, "疑难": 200}}
    >>> expected("口头", None, s), expected("书面", "疑难", s), expected("书面", None, s)
    (50.0, 200.0, None)
    """
    rule = standard.get(first) if isinstance(first, str) else None
    if isinstance(rule, dict):
        rule = rule.get(second) if isinstance(second, str) else None
    return None if rule is None else float(rule)


def location(row) -> str:
    return f"{row['_file']} · {row['_sheet']} · 第{int(row['_row'])}行"


def _by(rule: dict) -> tuple[str, str | None]:
    by = list(rule["by"])
    return by[0], (by[1] if len(by) > 1 else None)


def _problem(paid, due: bool, want: float | None) -> str | None:
    paid = None if pd.isna(paid) or float(paid) == 0 else float(paid)
    if not due:
        return PAID_NOT_DUE if paid is not None else None
    if paid is None:
        return DUE_NOT_PAID
    if want is None:
        return NOT_IN_STANDARD
    return None if paid == want else WRONG_AMOUNT


def problems(table: pd.DataFrame, standard: dict, rule: dict, titles: dict[str, str]) -> pd.DataFrame:
    """Every record whose payment breaks the standard or the paid-only-when rule (empty: none).
    `titles` gives the Chinese column titles of the rule's fields."""
    first, second = _by(rule)
    due = matches(table, rule.get("paid_when") or {})
    rows = []
    for is_due, (_, row) in zip(due, table.iterrows()):
        want = expected(row[first], row[second] if second else None, standard)
        problem = _problem(row[rule["amount"]], bool(is_due), want)
        if problem:
            paid = row[rule["amount"]]
            rows.append(
                [
                    row[rule["key"]],
                    row[first],
                    row[second] if second else None,
                    want,
                    None if pd.isna(paid) else float(paid),
                    problem,
                    location(row),
                ]
            )
    columns = [titles[rule["key"]], titles[first], titles[second] if second else "", EXPECTED, PAID, PROBLEM, WHERE]
    frame = pd.DataFrame(rows, columns=columns)
    return frame if second else frame.drop(columns="")


def by_category(table: pd.DataFrame, standard: dict, rule: dict, titles: dict[str, str]) -> pd.DataFrame:
    """Paid records by the standard's fields: cases, the standard per case, amount paid, standard × cases."""
    first, second = _by(rule)
    ok = select(table, rule.get("paid_when") or {}).drop_duplicates(rule["key"])
    keys = ok[[first] + ([second] if second else [])].astype("string").fillna("—")
    groups = ok.assign(**{f"_{c}": keys[c] for c in keys}).groupby([f"_{c}" for c in keys], sort=True)
    rows = []
    for values, g in groups:
        values = values if isinstance(values, tuple) else (values,)
        want = expected(values[0], None if len(values) < 2 or values[1] == "—" else values[1], standard)
        paid = float(g[rule["amount"]].fillna(0).sum())
        rows.append([*values, len(g), want, paid, None if want is None else want * len(g)])
    labels = [titles[first]] + ([titles[second]] if second else [])
    table = pd.DataFrame(rows, columns=[*labels, CASES, PER_CASE, PAID, DUE_TOTAL])
    total = [
        "合计",
        *[""] * (len(labels) - 1),
        int(table[CASES].sum()),
        None,
        float(table[PAID].sum()),
        float(table[DUE_TOTAL].sum(min_count=1)) if table[DUE_TOTAL].notna().all() else None,
    ]
    return pd.concat([table, pd.DataFrame([total], columns=table.columns)], ignore_index=True)
