"""Chinese numerals (一千二百, 贰佰, 三百五, 一万二千, 二〇二四) read into numbers, one parser for the cleaners and `check`;
and small numbers written as a law numbers its articles."""

from __future__ import annotations

import re

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
# Every character a Chinese numeral is written with, for building regex character classes.
NUMERAL_CHARS = "".join([*DIGITS, *SMALL_UNITS, *BIG_UNITS])
_TOKEN = re.compile(r"\d+|.")
# A 〇 or ○ touching an Arabic digit (10〇, 1〇〇, 2〇24) is a 0 misread by a scan's OCR or a PDF converter, not the
# zero of a Chinese numeral (一百〇五): read as a numeral, 10〇 would be 10. Such text is left to the OCR reading.
_ZERO_BESIDE_DIGIT = re.compile(r"\d[〇○]|[〇○]\d")


def chinese_integer(text: str) -> int | None:
    """Value of a Chinese numeral; None when the text is not one.

    Arabic digit runs count as digits (1万2千), a run of bare digits is read digit by digit as in
    years (二〇二四), and a trailing digit after a unit is the colloquial next place (三百五 = 350,
    一万二 = 12000), unless a 零 stands between them (一百零五 = 105).

    >>> [chinese_integer(t) for t in ("十二", "一百零五", "三百五", "一万二千", "一万二", "贰万", "二〇二四")]
    [12, 105, 350, 12000, 12000, 20000, 2024]
    >>> chinese_integer("壹仟贰佰叁拾"), chinese_integer("1万2千"), chinese_integer("两千三百"), chinese_integer("统一")
    (1230, 12000, 2300, None)
    >>> chinese_integer("10〇"), chinese_integer("1〇〇"), chinese_integer("一百〇五")
    (None, None, 105)
    >>> chinese_integer("1万零200"), chinese_integer("1万0200"), chinese_integer("1千零50"), chinese_integer("1万20000")
    (10200, 10200, 1050, None)
    """
    tokens = _TOKEN.findall(text)
    if not tokens or _ZERO_BESIDE_DIGIT.search(text):
        return None
    if all(t in DIGITS for t in tokens):
        return int("".join(str(DIGITS[t]) for t in tokens))
    total = section = 0
    num: int | None = None
    last_unit = 0
    after_zero = False
    for tok in tokens:
        if tok.isdigit():
            if num is not None:
                return None
            # A run of digits after a unit is its own value, below the unit (1万200 = 10200, 1千050 = 1050): only one
            # digit is the colloquial next place (1万2 = 12000). 1万200 had been 210000, 1千零50 6000.
            if len(tok) > 1 and last_unit:
                if int(tok) >= last_unit:
                    return None
                after_zero = True
            num = int(tok)
        elif tok in DIGITS:
            digit = DIGITS[tok]
            if digit == 0:
                after_zero = True
                continue
            if num is not None:
                return None
            num = digit
        elif tok in SMALL_UNITS:
            unit = SMALL_UNITS[tok]
            section += (1 if num is None else num) * unit
            num, last_unit, after_zero = None, unit, False
        elif tok in BIG_UNITS:
            unit = BIG_UNITS[tok]
            part = section + (num or 0)
            if unit == 10_000:
                total += (part or 1) * unit
            else:
                total = ((total + part) or 1) * unit
            section, num, last_unit, after_zero = 0, None, unit, False
        else:
            return None
    if num is not None and last_unit and not after_zero:
        num *= last_unit // 10
    return total + section + (num or 0)


def chinese_decimal(text: str) -> tuple[float, int] | None:
    """(value, decimals) of a numeral that may carry a 负 sign and 点 decimals; None when not one.

    >>> chinese_decimal("三点五"), chinese_decimal("负十二"), chinese_decimal("十点")
    ((3.5, 1), (-12.0, 0), None)
    """
    t = text.replace(" ", "")
    sign = 1.0
    if t[:1] in ("负", "-", "−"):
        sign, t = -1.0, t[1:]
    if not t:
        return None
    whole, dot, frac = t.partition("点")
    value = chinese_integer(whole) if whole else (0 if dot else None)
    if value is None:
        return None
    if not dot:
        return sign * float(value), 0
    if not frac or any(c not in DIGITS and not c.isdigit() for c in frac):
        return None
    digits = "".join(c if c.isdigit() else str(DIGITS[c]) for c in frac)
    return sign * float(f"{value}.{digits}"), len(digits)


# A year as a text names it before 年: 2024年, ２０２４年 (full-width digits), 二〇二四年 / 二零二四年. Not a
# document number's year (〔2024〕, [2024]) and not part of a longer number.
_YEAR_WORD = re.compile(
    r"(?<![\d〔\[（(〇零一二三四五六七八九])((?:19|20)\d{2}|[一二][〇零○九][〇零○一二三四五六七八九]{2})\s*年"
)


def years_named(text: str) -> list[int]:
    """The years a text names with 年, in order, whichever digits they are written in.

    >>> years_named("二〇二三年，较２０２２年增长；〔2024〕3号"), years_named("1998年12月")
    ([2023, 2022], [1998])
    """
    text = text.translate(_FULL_WIDTH_DIGITS)
    return [int(y) if y.isdigit() else chinese_integer(y) for y in _YEAR_WORD.findall(text)]


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def chinese_numeral(n: int) -> str:
    """A number below 1,000 as a law writes its article's (66 → 六十六, 10 → 十, 105 → 一百零五, 110 → 一百一十): what
    `chinese_integer` reads back.

    >>> [chinese_numeral(n) for n in (9, 10, 16, 66, 100, 105, 110, 144)]
    ['九', '十', '十六', '六十六', '一百', '一百零五', '一百一十', '一百四十四']
    >>> all(chinese_integer(chinese_numeral(n)) == n for n in range(1, 1000))
    True
    """
    digits = "零一二三四五六七八九"
    hundreds, tens, ones = n // 100, n // 10 % 10, n % 10
    out = f"{digits[hundreds]}百" if hundreds else ""
    if tens:
        out += f"{digits[tens]}十" if hundreds or tens > 1 else "十"
    elif hundreds and ones:
        out += "零"
    return out + (digits[ones] if ones else "")
