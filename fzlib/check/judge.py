"""The one judging rule of check: whether a stated percentage follows from the value its terms give (rounded half-up, truncated, or wrong)."""

from __future__ import annotations

import math

from fzlib.check.numbers import Number
from fzlib.fmt import round_half_up


def truncate(x: float, decimals: int) -> float:
    q = 10**decimals
    return math.floor(x * q + 1e-9) / q


def judge_percent(stated: Number, computed: float) -> str:
    """'ok', 'truncated' or 'wrong' for a percentage computed as `computed` (0–100 scale).

    A percentage whose last decimals are zeros ("29.00%", a table cell's format over 29.0%) may
    have been padded: it is judged at each precision its zeros allow before it is called wrong.

    >>> from fzlib.check.numbers import find_numbers
    >>> judge_percent(find_numbers("29.00%")[0], 29.03), judge_percent(find_numbers("29.20%")[0], 29.03)
    ('ok', 'wrong')
    """
    if not stated.exact:
        half = 0.5 * 10**-stated.decimals
        return "ok" if stated.low - half <= computed <= stated.high + half else "wrong"
    verdict = _judge_at(stated.value, computed, stated.decimals)
    zeros = stated.decimals - len(f"{stated.value:.{stated.decimals}f}".partition(".")[2].rstrip("0"))
    for d in range(stated.decimals - 1, stated.decimals - zeros - 1, -1):
        if verdict != "wrong":
            break
        verdict = _judge_at(stated.value, computed, d)
    return verdict


def _judge_at(value: float, computed: float, d: int) -> str:
    half = 0.5 * 10**-d
    if abs(round_half_up(computed, d) - value) < half:
        return "ok"
    if abs(truncate(computed, d) - value) < half:
        return "truncated"
    return "wrong"


def judge_between(stated: Number, lo: float, hi: float) -> str:
    """Like judge_percent, for a computed value known only to lie in [lo, hi]."""
    if hi - lo < 1e-12:
        return judge_percent(stated, lo)
    d, eps = stated.decimals, 1e-9
    half, step = 0.5 * 10**-d, 10**-d
    if not stated.exact:
        return "ok" if lo <= stated.high + half and hi >= stated.low - half else "wrong"
    if lo <= stated.value + half - eps and hi >= stated.value - half:
        return "ok"
    if lo < stated.value + step - eps and hi >= stated.value:
        return "truncated"
    return "wrong"


def ratio(part: Number, base: Number) -> tuple[float, float, float]:
    """part ÷ base × 100: the value from the stated figures, and the range their ranges allow."""
    if base.value <= 0:
        return math.inf, math.inf, math.inf
    value = part.value / base.value * 100
    lo = part.low / base.high * 100 if base.high > 0 and base.high != math.inf else 0.0
    hi = part.high / base.low * 100 if base.low > 0 else math.inf
    if part.exact and base.exact:
        lo = hi = value
    return value, lo, hi


def judge_ratio(stated: Number, part: Number, base: Number) -> tuple[str, float]:
    value, lo, hi = ratio(part, base)
    return judge_between(stated, lo, hi), value
