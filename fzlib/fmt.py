"""Number formatting for Chinese reports: counts, money, rates, and shares that add up to 100.0%.

The rounding rule, used everywhere a percentage is shown: rates are rounded half-up to one decimal
(96.33% → 96.3%); the shares of a breakdown are rounded by the largest-remainder method so that
they add up to exactly 100.0%; a change of a rate is the difference of the two rounded rates, in
percentage points; a change of a count is (this year − last year) ÷ last year, rounded half-up.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def count(n) -> str:
    """A count with thousands separators.

    >>> count(51800)
    '51,800'
    """
    return f"{int(n):,}"


def plain(x) -> str:
    """A number as people write it, never in exponent form (a bound of 1e8 is 100,000,000).

    >>> plain(1e8), plain(0), plain(0.5), plain(-3), plain(1e20)
    ('100,000,000', '0', '0.5', '-3', '100,000,000,000,000,000,000')
    """
    value = float(x)
    return f"{int(value):,}" if value.is_integer() else f"{value:,.6f}".rstrip("0").rstrip(".")


def money(yuan) -> str:
    """An amount in yuan.

    >>> money(51800)
    '51,800元'
    """
    value = float(yuan)
    return f"{int(value):,}元" if value.is_integer() else f"{value:,.2f}元"


def round_half_up(x, digits: int = 0, percent: bool = False) -> float:
    """x (times 100 when `percent`, exactly, in decimal) rounded half-up at `digits` decimals; the
    one rounding rule of the project, decided on x's shortest decimal form, not its binary value.

    >>> round_half_up(96.35, 1), round_half_up(0.125, 2), round_half_up(2.5), round_half_up(0.00145, 2, percent=True)
    (96.4, 0.13, 3.0, 0.15)
    """
    value = Decimal(repr(float(x))).scaleb(2 if percent else 0)
    return float(value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def pct(fraction, digits: int = 1) -> str:
    """A rate as a percentage, rounded half-up.

    >>> pct(551 / 572)
    '96.3%'
    >>> pct(0.0005)
    '0.1%'
    """
    return f"{round_half_up(fraction, digits, percent=True):.{digits}f}%"


def shares(parts: list[float], digits: int = 1) -> list[float]:
    """Percent shares of a breakdown, rounded so that they add up to exactly 100.

    >>> shares([269, 172, 261])
    [38.3, 24.5, 37.2]
    >>> shares([1, 1, 1])
    [33.4, 33.3, 33.3]
    """
    total = sum(parts)
    if not total:
        return [0.0 for _ in parts]
    scale = 10**digits
    exact = [p * 100 * scale / total for p in parts]
    floors = [int(e) for e in exact]
    short = 100 * scale - sum(floors)
    order = sorted(range(len(parts)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:short]:
        floors[i] += 1
    return [f / scale for f in floors]


def change(current, previous) -> str | None:
    """Change against the previous year in report wording; None when there is no base.

    >>> change(702, 640)
    '同比增长9.7%'
    >>> change(113, 147)
    '同比下降23.1%'
    >>> change(5, 5), change(0, 0), change(3, 0)
    ('与上年持平', '与上年持平', None)
    """
    if previous is None or current is None:
        return None
    if current == previous:
        return "与上年持平"
    if previous == 0:
        return None
    rate = (current - previous) / previous
    return f"同比{'增长' if rate > 0 else '下降'}{pct(abs(rate))}"


def points(current, previous) -> str | None:
    """Change of a rate against the previous year, in percentage points (rates are fractions).

    The difference of the two rates as shown (each rounded first), so that a reader subtracting
    the printed 96.3% and 94.6% gets the printed 1.7.

    >>> points(0.9633, 0.9458)
    '较上年提高1.7个百分点'
    >>> points(0.75, 1.0)
    '较上年降低25.0个百分点'
    >>> points(1.0, 1.0)
    '与上年持平'
    """
    if previous is None or current is None:
        return None
    diff = Decimal(pct(current).rstrip("%")) - Decimal(pct(previous).rstrip("%"))
    if diff == 0:
        return "与上年持平"
    return f"较上年{'提高' if diff > 0 else '降低'}{abs(diff)}个百分点"


def versus(current, previous, rate: bool = False) -> str | None:
    """The change wording for a count (relative change) or a rate (percentage points)."""
    return points(current, previous) if rate else change(current, previous)
