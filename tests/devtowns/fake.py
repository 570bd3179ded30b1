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


# The first day (Gregorian) of each lunar month from 冬月 of 癸卯 (2023-12-13) to 腊月 of 甲辰 (2024-12-31), from the
# published calendar: 腊月初一 2024-01-11, 正月初一 2024-02-10, 八月十五 (中秋) 2024-09-17.
LUNAR_MONTHS = (
    ("冬", dt.date(2023, 12, 13)),
    ("腊", dt.date(2024, 1, 11)),
    ("正", dt.date(2024, 2, 10)),
    ("二", dt.date(2024, 3, 10)),
    ("三", dt.date(2024, 4, 9)),
    ("四", dt.date(2024, 5, 8)),
    ("五", dt.date(2024, 6, 6)),
    ("六", dt.date(2024, 7, 6)),
    ("七", dt.date(2024, 8, 4)),
    ("八", dt.date(2024, 9, 3)),
    ("九", dt.date(2024, 10, 3)),
    ("十", dt.date(2024, 11, 1)),
    ("冬", dt.date(2024, 12, 1)),
    ("腊", dt.date(2024, 12, 31)),
)
# 正月初一 of 甲辰: a date from it on has a lunar date in 甲辰's first month or later.
LUNAR_NEW_YEAR_2024 = dt.date(2024, 2, 10)
_LUNAR_DAYS = ("初一 初二 初三 初四 初五 初六 初七 初八 初九 初十 十一 十二 十三 十四 十五 "
               "十六 十七 十八 十九 二十 廿一 廿二 廿三 廿四 廿五 廿六 廿七 廿八 廿九 三十").split()  # fmt: skip


def lunar(d: dt.date) -> str:
    """The lunar month and day of a date between 2023-12-13 and 2025-01-28: 正月廿五."""
    month, first = [(m, f) for m, f in LUNAR_MONTHS if f <= d][-1]
    return f"{month}月{_LUNAR_DAYS[(d - first).days]}"
