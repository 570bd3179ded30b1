"""Fictitious people and typed cell values for the development towns: names, GB 11643 ID numbers from
non-existent area codes, mobile numbers, and the ways offices type dates and counts."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

# Area codes starting 99 belong to no province, so no ID number here can name a real person.
AREA_CODES = ("990101", "990102", "990203", "990304")
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡"
_GIVEN = "伟芳敏静丽强磊军洋勇艳杰娟涛明超霞平刚英华兰萍红梅鑫波斌宇浩凯健俊帆旭宁飞彬顺新利清昌成康"
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def check_digit(first17: str) -> str:
    """GB 11643 check character.

    >>> check_digit("11010519491231002")
    'X'
    """
    return _CHECK[sum(int(c) * w for c, w in zip(first17, _WEIGHTS)) % 11]


def name(rng: random.Random) -> str:
    given = rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.random() < 0.6 else "")
    return rng.choice(_SURNAMES) + given


def masked(full: str) -> str:
    """A name as ledgers that go round print it: 王某某."""
    return full[0] + "某" * (len(full) - 1)


def id_number(rng: random.Random) -> str:
    born = dt.date.fromordinal(rng.randint(dt.date(1960, 1, 1).toordinal(), dt.date(2003, 12, 31).toordinal()))
    first17 = f"{rng.choice(AREA_CODES)}{born:%Y%m%d}{rng.randint(1, 999):03d}"
    return first17 + check_digit(first17)


def mobile(rng: random.Random) -> str:
    return rng.choice(("139", "158", "177", "188")) + f"{rng.randint(0, 99_999_999):08d}"


def watch_list(rng: random.Random, n: int, places: list[str], removed_share: float):
    """The persons of a fraud watch list, one at a time: (serial, removed, contacted, [name, ID,
    phone, place]). A generator, so that a town's own draws for a person (a 核减 date) come before
    the next person's, in the order the town files were first written with."""
    for serial in range(1, n + 1):
        removed = rng.random() < removed_share
        contacted = rng.random() < 0.6
        yield serial, removed, contacted, [name(rng), id_number(rng), mobile(rng), rng.choice(places)]


def fullwidth(text: str) -> str:
    return text.translate(_FULLWIDTH)


def excel_serial(d: dt.date) -> int:
    return (d - _EXCEL_EPOCH).days


def dates_in(
    rng: random.Random, year: int, count: int, first: dt.date | None = None, last: dt.date | None = None
) -> list[dt.date]:
    """`count` sorted working-day dates within the year (or [first, last])."""
    lo = (first or dt.date(year, 1, 3)).toordinal()
    hi = (last or dt.date(year, 12, 29)).toordinal()
    days = [d for d in map(dt.date.fromordinal, range(lo, hi + 1)) if d.weekday() < 5]
    return sorted(rng.choice(days) for _ in range(count))


def date_cell(d: dt.date, style: str) -> Any:
    """One date typed in a given style; the styles are named after what the office typed."""
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
    if style == "cn_hao":  # 号 for 日
        return f"{d.year}年{d.month}月{d.day}号"
    if style == "two_digit_year":  # 24.3.5
        return f"{d.year % 100}.{d.month}.{d.day}"
    if style == "yearless":  # 3月5日: the year is in the title
        return f"{d.month}月{d.day}日"
    if style == "iso":
        return f"{d:%Y-%m-%d}"
    if style == "compact":
        return f"{d:%Y%m%d}"
    raise ValueError(style)


def pick(rng: random.Random, weighted: dict[str, float]) -> str:
    keys = list(weighted)
    return rng.choices(keys, weights=[weighted[k] for k in keys])[0]


def split(total: int, parts: int, rng: random.Random, minimum: int = 0) -> list[int]:
    """`total` split into `parts` non-negative integers (each ≥ minimum), reproducibly."""
    rest = total - minimum * parts
    if rest < 0:
        raise ValueError("total too small")
    cuts = sorted(rng.randint(0, rest) for _ in range(parts - 1))
    bounds = [0, *cuts, rest]
    return [minimum + bounds[i + 1] - bounds[i] for i in range(parts)]
