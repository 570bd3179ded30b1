"""The year's targets (params `targets`: figure name → {min: x} or {max: x}): met or missed, and how to say it."""

from __future__ import annotations

from fzlib import fmt


def target_of(params: dict, key: str) -> dict | None:
    return (params.get("targets") or {}).get(key) or None


def missed(params: dict, key: str, value) -> bool | None:
    """True when the figure misses its target, False when it meets it, None without a target.

    >>> missed({"targets": {"r": {"min": 0.95}}}, "r", 0.9458), missed({"targets": {}}, "r", 0.5)
    (True, None)
    """
    target = target_of(params, key)
    if target is None or value is None:
        return None
    return bool(("min" in target and value < target["min"]) or ("max" in target and value > target["max"]))


def goal(params: dict, key: str) -> str:
    """The target in words: '不低于95.0%' / '不高于…'; rates are fractions, counts are counts."""
    target = target_of(params, key) or {}
    bound, word = ("min", "不低于") if "min" in target else ("max", "不高于")
    value = target.get(bound)
    if value is None:
        return ""
    shown = fmt.pct(value) if isinstance(value, float) and value <= 1 else fmt.count(value)
    return word + shown


def verdict(params: dict, key: str, value) -> str:
    """'，达到不低于95.0%的目标' / '，未达到不低于95.0%的目标' / '' without a target.

    >>> verdict({"targets": {"r": {"min": 0.95}}}, "r", 0.9633)
    '，达到不低于95.0%的目标'
    """
    state = missed(params, key, value)
    if state is None:
        return ""
    return f"，{'未达到' if state else '达到'}{goal(params, key)}的目标"
