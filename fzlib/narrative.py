"""Chinese sentences with the year's exact figures, in the register of the official report."""

from __future__ import annotations

from fzlib import fmt


def breakdown(parts: list[tuple[str, int]], unit: str = "件") -> str:
    """'A269件，占38.3%；B172件，占24.5%' — shares by the largest-remainder rule, adding to 100%.

    >>> breakdown([("行政许可", 269), ("行政确认", 172), ("行政检查", 261)])
    '行政许可269件，占38.3%；行政确认172件，占24.5%；行政检查261件，占37.2%'
    """
    parts = [(name, n) for name, n in parts if n]
    shares = fmt.shares([n for _, n in parts])
    return "；".join(f"{name}{fmt.count(n)}{unit}，占{s:.1f}%" for (name, n), s in zip(parts, shares))


def enforcement(year: int, total: int, parts: list[tuple[str, int]]) -> str:
    """The enforcement sentence: total, then each category with its share.

    >>> enforcement(2024, 702, [("行政许可", 269), ("行政确认", 172), ("行政检查", 261)])
    '2024年共办理行政执法案件702件，其中行政许可269件，占38.3%；行政确认172件，占24.5%；行政检查261件，占37.2%。'
    """
    if not total:
        return f"{year}年未办理行政执法案件。"
    return f"{year}年共办理行政执法案件{fmt.count(total)}件，其中{breakdown(parts)}。"
