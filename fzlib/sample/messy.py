"""How clean values are typed into cells the way real ledgers do (dates, amounts, codes, stray spaces)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_CAPITAL = "零壹贰叁肆伍陆柒捌玖"
_CAPITAL_UNITS = ("", "拾", "佰", "仟")

# Styles a date may be typed in. "date" is a real date cell; "serial" the bare Excel day number.
DATE_STYLES = ("date", "serial", "dot", "slash", "cn", "compact", "iso")


def excel_serial(d: dt.date) -> int:
    return (d - _EXCEL_EPOCH).days


def date_cell(d: dt.date, style: str) -> Any:
    """One date as a cell value in the given style."""
    if style == "date":
        return dt.datetime(d.year, d.month, d.day)
    if style == "serial":
        return excel_serial(d)
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "compact":
        return f"{d:%Y%m%d}"
    if style == "iso":
        return f"{d:%Y-%m-%d}"
    raise ValueError(f"unknown date style {style!r}")


def pick(rng: random.Random, weighted: dict[str, float]) -> str:
    """A key of `weighted`, chosen with the given relative weights."""
    keys = list(weighted)
    return rng.choices(keys, weights=[weighted[k] for k in keys])[0]


def fullwidth(text: str) -> str:
    return text.translate(_FULLWIDTH)


def capital_numeral(n: int) -> str:
    """Chinese capital numeral for 1..9999 as written on vouchers (50 → 伍拾, 200 → 贰佰)."""
    if not 0 < n < 10_000:
        raise ValueError(n)
    digits = [int(c) for c in str(n)]
    out, zero = [], False
    for pos, digit in enumerate(digits):
        unit = _CAPITAL_UNITS[len(digits) - 1 - pos]
        if digit == 0:
            zero = True
            continue
        if zero and out:
            out.append("零")
        zero = False
        out.append(_CAPITAL[digit] + unit)
    return "".join(out)


def amount_cell(value: int, rng: random.Random, unit: str = "元") -> Any:
    """An integer amount as typed: a number, with its unit, full-width, capital numerals or decimals."""
    style = pick(rng, {"int": 6, "unit": 2, "capital": 1, "fullwidth": 1, "decimal": 1})
    if style == "int":
        return value
    if style == "unit":
        return f"{value}{unit}"
    if style == "capital":
        return capital_numeral(value)
    if style == "fullwidth":
        return fullwidth(str(value))
    return f"{value}.00"


def count_cell(value: int, rng: random.Random, unit: str) -> Any:
    """A small count as typed: a number, '3次', full-width, or blank when it is 1 (blank means 1)."""
    if value == 1 and rng.random() < 0.5:
        return None
    style = pick(rng, {"int": 5, "unit": 3, "fullwidth": 1})
    if style == "int":
        return value
    if style == "unit":
        return f"{value}{unit}"
    return fullwidth(str(value))


def noisy(text: str, rng: random.Random, p: float = 0.08) -> str:
    """Text with, now and then, a trailing space, a trailing NBSP or a leading full-width space."""
    r = rng.random()
    if r < p / 3:
        return text + " "
    if r < 2 * p / 3:
        return text + "\u00a0"
    if r < p:
        return "\u3000" + text
    return text


def placeholder(rng: random.Random) -> Any:
    """What offices type into a cell that has nothing to say."""
    return rng.choice([None, None, "/", "无", "-"])


def doc_number(prefix: str, year: int, n: int, style: str) -> str:
    """A document number such as 旺草许字〔2024〕第3号 in one of the bracket/第/padding variants."""
    brackets = {
        "canon": ("〔", "〕", True, 0),
        "square": ("[", "]", False, 0),
        "paren": ("(", ")", True, 3),
        "fullparen": ("（", "）", False, 0),
        "lenticular": ("【", "】", True, 4),
        "pad": ("〔", "〕", False, 3),
    }
    left, right, di, width = brackets[style]
    return f"{prefix}{left}{year}{right}{'第' if di else ''}{n:0{width}d}号"


def spread_dates(
    rng: random.Random,
    year: int,
    count: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
    weekdays_only: bool = True,
) -> list[dt.date]:
    """`count` sorted dates within the year (or [start, end]), mostly on working days."""
    lo = (start or dt.date(year, 1, 2)).toordinal()
    hi = (end or dt.date(year, 12, 30)).toordinal()
    days = [dt.date.fromordinal(o) for o in range(lo, hi + 1)]
    if weekdays_only:
        days = [d for d in days if d.weekday() < 5] or days
    return sorted(rng.choice(days) for _ in range(count))
