"""Fake people for the sample ledgers: names, GB 11643 ID numbers, mobile numbers (all fictitious)."""

from __future__ import annotations

import datetime as dt
import random

# Region prefix of 绥阳县; the rest of every ID number is random, so no real person is meant.
REGION = "520323"

_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡"
    "丁魏叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔崔毛邱秦江史顾侯邵龙万段雷钱汤尹黎"
    "易常武贺赖龚文母犹蹇骆"
)
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鑫波斌宇浩凯健俊帆帅旭宁"
    "飞彬富顺信子杰发武新利清飞彪昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群"
    "豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启"
    "克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
)
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "157",
    "158",
    "159",
    "177",
    "180",
    "182",
    "183",
    "185",
    "187",
    "188",
    "189",
    "199",
)


def check_digit(first17: str) -> str:
    """GB 11643 check character of the first 17 digits of an ID number."""
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS))
    return _CHECK[total % 11]


def id_is_valid(number: str) -> bool:
    """True when an 18-character ID number has a well-formed body and the right check character."""
    return (
        len(number) == 18
        and number[:17].isdigit()
        and number[17] in "0123456789X"
        and check_digit(number[:17]) == number[17]
    )


def name(rng: random.Random) -> str:
    given = rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(_SURNAMES) + given


def id_number(rng: random.Random, born_from: int = 1950, born_to: int = 2002) -> str:
    start = dt.date(born_from, 1, 1).toordinal()
    end = dt.date(born_to, 12, 31).toordinal()
    born = dt.date.fromordinal(rng.randint(start, end))
    first17 = f"{REGION}{born:%Y%m%d}{rng.randint(1, 999):03d}"
    return first17 + check_digit(first17)


def mobile(rng: random.Random) -> str:
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"
