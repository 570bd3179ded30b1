"""Reading numbers out of Chinese prose: digits of any width, Chinese numerals, percents, ranges.

Offsets always refer to the text as given: normalisation only swaps characters one for one
(full-width digits and signs), so a span found in the normalised text is valid in the original.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from fzlib import numerals
from fzlib.spec import characters

# One-for-one replacements keep every offset valid in the original text: full-width digits and signs, and the
# traditional and variant characters the ledgers' specs fold (fzlib/specs/characters.yaml), so 調處/糾紛/萬/餘 read as 调处/纠纷/万/余.
# Spaces that do not break (Word's 不间断空格 keeping 1 200 on one line; a system's thin-space grouping) are spaces: read
# apart, 51\u00a0800元 had been 800元.
_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_WIDTH = str.maketrans(
    {
        **dict(zip("０１２３４５６７８９％．，　＋", "0123456789%.,\u0020+")),
        **dict.fromkeys(_SPACES, " "),
        **characters().folded,
    }
)

# Longest first: the regex alternation takes the first that fits.
UNITS = (
    "个百分点",
    "百分点",
    "人次",
    "件次",
    "场次",
    "户次",
    "万元",
    "亿元",
    "小时",
    "元",
    "件",
    "起",
    "宗",
    "人",
    "次",
    "份",
    "条",
    "场",
    "个",
    "名",
    "项",
    "家",
    "户",
    "期",
    "篇",
    "批",
    "例",
    "所",
    "处",
    "天",
    "册",
    "本",
    "张",
    "组",
)
# Measures the checker does not read as figures (areas, lengths, weights, vehicles): a number in one
# of them is no count, but it may be what a change beside it is of.
UNREAD_UNITS = (
    "平方米",
    "立方米",
    "平米",
    "㎡",
    "公顷",
    "亩",
    "公里",
    "千米",
    "米",
    "吨",
    "千克",
    "公斤",
    "辆",
    "台",
    "株",
    "棵",
)
# Counts in these units are the same kind of thing and may be added up together.
COUNT_FAMILIES = (
    frozenset({"件", "起", "宗", "例", "件次"}),
    frozenset({"人", "名"}),
    frozenset({"人次"}),
    frozenset({"次", "场", "场次", "期"}),
    frozenset({"元"}),
)

# A Chinese numeral starts with a digit or 十/百/千 (a bare 万 is a word, as in 万元), then any
# numeral character, 万 and 亿 included (一万二千 is one number).
_CN_FIRST = "".join(c for c in numerals.NUMERAL_CHARS if c not in numerals.BIG_UNITS)
_UNIT_RE = "|".join(map(re.escape, UNITS))

_NUMBER = re.compile(
    rf"""
    (?P<pre>将近|接近|大约|超过|不足|不到|近|约|逾)?
    (?P<pct>百分之|千分之)?
    (?P<num>
        \d{{1,4}}(?:\x20\d{{1,4}}){{1,2}}(?=\x20?(?:万|亿)?(?:余|多)?\x20?(?:{_UNIT_RE}|%|‰))   # "1 5起"
      | \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?                                    # thousands separators
      | \d+(?:\.\d+)?
      | [{_CN_FIRST}][{numerals.NUMERAL_CHARS}]{{0,15}}(?:点[{_CN_FIRST}]{{1,6}})?
    )
    (?P<mult>万|亿)?
    (?P<approx>余|多)?
    \x20?
    (?P<unit>%|‰|{_UNIT_RE})?
    (?P<post>以上|左右|多)?
    """,
    re.VERBOSE,
)

# A bare number right after these is a rate whose % sign is missing ("成功率达99").
_RATE_BEFORE = re.compile(r"(?:率|满意度)(?:达到|高达|已达|保持|均为|均达|为|达|是)?\x20?$")
# Digits followed by these are dates, ordinals or codes, not counts.
_NOT_A_COUNT_AFTER = re.compile(r"[年月日号时]|\+|级|岁|周年")


@dataclass(frozen=True)
class Number:
    """A number as stated: its span, value, unit and the range it allows."""

    start: int
    end: int
    num_start: int
    value: float
    unit: str
    percent: bool
    decimals: int
    low: float
    high: float
    approx: str  # "" exact, "more", "near", "about", "less", "rounded" (1.2万)
    each: bool  # "各1件": the value applies to every item named before it
    permille: bool = False  # stated in ‰ (千分之): value and decimals are the percentage it is
    said: str = ""  # a share said in words (逾九成): how it was written, for messages

    @property
    def exact(self) -> bool:
        return self.approx == ""

    @property
    def is_count(self) -> bool:
        return not self.percent and self.unit not in ("", "个百分点", "百分点")

    def contains(self, x: float) -> bool:
        """Whether x lies in the range the stated figure allows."""
        eps = 1e-9 * max(1.0, abs(x))
        return self.low - eps <= x <= self.high + eps


# "调处成功率95。1%": a decimal point typed as the ideographic full stop. Digits, 。, one or two digits and
# a % sign cannot be a sentence's end followed by a new sentence, so the 。 is read as a point.
_IDEOGRAPHIC_POINT = re.compile(r"(?<=\d)。(?=\d{1,2}%)")


def normalise(text: str) -> str:
    """Same-length normalisation: full-width digits and signs to ASCII, traditional report characters to
    simplified, a decimal point typed as 。 inside a percentage to ".".

    >>> normalise("成功率９５。１％，受理12件。3月")
    '成功率95.1%,受理12件。3月'
    """
    return _IDEOGRAPHIC_POINT.sub(".", text.translate(_WIDTH))


def _value_of(num: str) -> tuple[float, int] | None:
    """Numeric value and number of decimals of the digits part."""
    if num[0].isdigit():
        digits = num.replace(",", "").replace(" ", "")
        if len(digits) > 18:
            return None  # a code or a run of digits, not a figure
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        return float(digits), decimals
    parsed = numerals.chinese_decimal(num)
    return None if parsed is None else (abs(parsed[0]), parsed[1])


def _range(value: float, kind: str, decimals: int) -> tuple[float, float]:
    """The interval a stated figure allows ("70余" → (70, 80))."""
    if kind == "more_some":  # 余/多: above the figure, below its next step
        step = 10 ** _trailing_zeros(value) if decimals == 0 else 10**-decimals
        return value + min(1.0, step) * 1e-6, value + step * (1 - 1e-6)
    if kind == "more":
        return value, math.inf
    if kind == "near":
        return value * 0.85, value
    if kind == "about":
        return value * 0.9, value * 1.1
    if kind == "less":
        return 0.0, value * (1 - 1e-6)
    return value, value


def _trailing_zeros(value: float) -> int:
    n, zeros = int(value), 0
    while n and n % 10 == 0:
        n //= 10
        zeros += 1
    return max(zeros, 1) if value >= 10 else 0


def _approx_kind(pre: str | None, approx: str | None, post: str | None) -> str:
    if approx:
        return "more_some"
    if pre in ("超过", "逾") or post in ("以上", "多"):
        return "more"
    if pre in ("近", "将近", "接近"):
        return "near"
    if pre in ("约", "大约") or post == "左右":
        return "about"
    if pre in ("不足", "不到"):
        return "less"
    return ""


def find_numbers(text: str) -> list[Number]:
    """Every number stated in the text, with its unit and range, in order.

    >>> [(n.value, n.unit) for n in find_numbers("共１５件，其中三名，占比36％")]
    [(15.0, '件'), (3.0, '名'), (36.0, '%')]
    """
    norm = normalise(text)
    found: list[Number] = []
    for m in _NUMBER.finditer(norm):
        number = _number_from_match(norm, m)
        if number is not None:
            found.append(number)
    tenths = [_tenths(m) for m in _TENTHS.finditer(norm)]
    return sorted(found + tenths, key=lambda n: n.start) if tenths else found


# "化解率逾九成", "占七成以上", "近八成": a share in tenths, always a range (never tested as exact). Not 一成不变,
# 九成新, nor a numeral inside a longer one (十九成).
_TENTHS = re.compile(
    r"(?<![零〇一二两三四五六七八九十百千万])(?P<pre>将近|接近|超过|不到|不足|近|约|逾|超)?"
    r"(?P<num>[一二三四五六七八九])成(?P<post>以上|左右|多)?(?!不变|新|色|交|为|立|员|果|绩|本|品|功|熟|年)"
)


def _tenths(m: re.Match) -> Number:
    """A share in tenths as a percentage range: 九成 85–95%, 逾九成 90–100%, 近九成 80–90%.

    >>> n = find_numbers("化解率逾九成")[0]
    >>> (n.value, n.low, n.high, n.percent, n.said)
    (90.0, 90.0, 100.0, True, '逾九成')
    """
    value = float(numerals.chinese_decimal(m["num"])[0]) * 10
    if m["pre"] in ("超过", "逾", "超") or m["post"] in ("以上", "多"):
        low, high, kind = value, 100.0, "more"
    elif m["pre"] in ("将近", "接近", "近", "不到", "不足"):
        low, high, kind = value - 10, value, "near"
    else:
        low, high, kind = value - 5, value + 5, "about"
    start = m.start()
    return Number(start, m.end(), m.start("num"), value, "%", True, 0, low, high, kind, False, said=m.group())


# Two Chinese digits side by side, the second the same as the first or one or two more (一一, 三五, 七八): the
# words 唯一一个 or a rough range (三五个 is three to five), never a count read digit by digit. Longer runs are
# read digit by digit as texts written so give counts (一七五一件 is 1751), and so are other pairs (一五件).
_BARE_DIGITS = {c: v for c, v in numerals.DIGITS.items() if v}


def _rough_pair(num: str) -> bool:
    if len(num) != 2 or not all(c in _BARE_DIGITS for c in num):
        return False
    return 0 <= _BARE_DIGITS[num[1]] - _BARE_DIGITS[num[0]] <= 2


def _number_from_match(norm: str, m: re.Match) -> Number | None:
    num, unit = m["num"], m["unit"] or ""
    chinese = not num[0].isdigit()
    percent = bool(m["pct"]) or unit == "%"
    if chinese and not (unit or m["pct"]):
        return None  # "一是", "统一": Chinese numerals count only with a unit
    if chinese and _rough_pair(num):
        return None  # "唯一一个", "三五个", "七八件": words or a rough range, never 11, 35 or 78
    if not (unit or m["pct"] or m["mult"]) and not _RATE_BEFORE.search(norm, max(0, m.start() - 8), m.start()):
        return None  # a bare number is no figure, unless a rate with its % sign missing
    if not chinese and _is_code_or_date(norm, m):
        return None
    parsed = _value_of(num)
    if parsed is None:
        return None
    value, decimals = parsed
    if m["mult"]:
        value *= 10_000 if m["mult"] == "万" else 100_000_000
        decimals = max(0, decimals - (4 if m["mult"] == "万" else 8))
    if unit in ("万元", "亿元"):
        value *= 10_000 if unit == "万元" else 100_000_000
        decimals = max(0, decimals - 4)
        unit = "元"
    if m["pct"]:
        unit = "%"
    # "纠错率1.5‰": a per-mille is the percentage a tenth of it, one decimal finer (1.5‰ is 0.15%),
    # never 1.5% (which a correct rate would then be called inconsistent with).
    permille = m["pct"] == "千分之" or unit == "‰"
    if permille:
        value, decimals, unit, percent = round(value / 10, decimals + 1), decimals + 1, "%", True
    kind = _approx_kind(m["pre"], m["approx"], m["post"])
    low, high = _range(value, kind, decimals)
    if kind == "" and (m["mult"] or m["unit"] in ("万元", "亿元")):
        # "7.25万": rounded to its last digit, so a range, never tested as exact
        places = len(num.split(".")[1]) if "." in num else 0
        step = (10_000 if (m["mult"] or m["unit"]).startswith("万") else 100_000_000) / 10**places
        low, high, kind = value - step / 2, value + step / 2, "rounded"
    start = m.start()
    each = start > 0 and norm[start - 1] == "各"
    return Number(
        start=start,
        end=m.end(),
        num_start=m.start("num"),
        value=value,
        unit=unit,
        percent=percent,
        decimals=decimals,
        low=low,
        high=high,
        approx="more" if kind == "more_some" else kind,
        each=each,
        permille=permille,
    )


# A digit then one of these before a number: the number closes a range ("配备15—20名", "3～5名",
# "15至20名"), its upper end, not a count of its own (the lower end, bare, is never read either).
_RANGE_BEFORE = re.compile(r"\d(?:[—–~～]|至|到)$")


def _is_code_or_date(norm: str, m: re.Match) -> bool:
    before = norm[max(0, m.start("num") - 1) : m.start("num")]
    if before in ("第", "+", "〔", "[", "【", "-", "/") or before.isalpha() and before.isascii():
        return True
    if _RANGE_BEFORE.search(norm, max(0, m.start("num") - 2), m.start("num")):
        return True
    after = norm[m.end("num") : m.end("num") + 2]
    if m["unit"] or m["mult"] or m["pct"]:
        return bool(re.match(r"[年月日号]", norm[m.end("num") : m.end("num") + 1]))
    return bool(_NOT_A_COUNT_AFTER.match(after))


def same_family(a: str, b: str) -> bool:
    """Whether counts in units a and b may be added together (件 and 起 may)."""
    if a == b:
        return True
    return any(a in fam and b in fam for fam in COUNT_FAMILIES)
