"""Cleaners of amounts and counts: units, 万, separators, full-width and Chinese numerals."""

from __future__ import annotations

import datetime as dt
import decimal
import re

import numpy as np
import pandas as pd

from fzlib import fmt, numerals
from fzlib.ingest.cleaners.cells import (
    DATE,
    DATETIME,
    ELSEWHERE,
    FLOAT,
    INT,
    MISSING,
    STR,
    STRING,
    Uniques,
    cell_kinds,
    cleaned,
    error_codes,
    na_strings,
    normalise,
    ocr_digits,
    retyped_values,
    safe_float,
    text_cells,
)
from fzlib.ingest.cleaners.registry import Cleaned, register

_CN_NUMERAL_CHARS = numerals.NUMERAL_CHARS
# 件次 and 人次 before 件 and 人; 宗, 例, 名, 篇, 期, 家: the counting words of cases, people, articles,
# sessions and firms (12件次, 3宗, 30名). 元正: 正 is written for 整 at the end of an amount in words (贰佰元正).
_UNITS = r"件次|人次|元整|元正|元|圆整|圆正|圆|块钱|块|次|件|宗|例|人|名|份|条|起|个|户|场|项|篇|期|家"
# A unit may also stand in brackets (150（元）) and the currency before the number (人民币150元, RMB150).
_NUMBER = re.compile(
    rf"^(?P<sign>[-+−])?\s*(?:人民币|RMB|[¥])?\s*(?P<num>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|\.\d+)\s*"
    rf"(?:(?P<wan>万)?\s*(?:{_UNITS})?|[（(]\s*(?P<wan_in>万)?(?:{_UNITS})\s*[)）])$"
)
# A cell naming its own money unit (5000元, 0.2万, 壹仟贰佰元整) says what it is worth whatever unit its
# column's title gives (罚款金额（万元）): the title's scale is for the bare numbers under it.
_OWN_MONEY_UNIT = re.compile(r"万|元|圆|块")
# A number in brackets alone, a unit perhaps after it: an accountant's negative ((500), （1,200.00）元).
_ACCOUNTING_NEGATIVE = re.compile(r"^[（(]\s*\d[\d,，]*(?:\.\d+)?\s*[)）]\s*(?:万?元)?$")
# Its sign written after it (500-, 1,200.00-): a negative as SAP, 用友 and 金蝶 export it, a balance set off.
_TRAILING_MINUS = re.compile(r"^\d[\d,，]*(?:\.\d+)?\s*[-−]\s*(?:万?元)?$")
# A number's note mark in superscript characters (¹ ² ³ ⁴…⁹ ⁰, bracketed ⁽²⁾), at the end of the number or of its unit.
_NOTE_MARK = re.compile(r"[0-9０-９](?:[万千]?元)?\s*(⁽?[⁰¹²³⁴-⁹]{1,2}⁾?)\s*(?:[万千]?元)?\s*$")


def _note_mark(text) -> str | None:
    """The note mark set above the line after a number's digits (5000¹ → ¹), None where there is none.

    >>> _note_mark("5000¹"), _note_mark("3000⁽²⁾"), _note_mark("200元³"), _note_mark("5000"), _note_mark("m²")
    ('¹', '⁽²⁾', '³', None, None)
    """
    found = _NOTE_MARK.search(text) if isinstance(text, str) else None
    return found.group(1) if found else None


def _chinese_number(text: str) -> float | None:
    """Value of a Chinese (or mixed) numeral with optional 负, 点 decimals, the currency before it (人民币贰佰元整,
    as the rules for amounts in words ask) and a trailing unit.

    >>> _chinese_number("人民币贰佰元整"), _chinese_number("贰佰元正"), _chinese_number("¥壹佰元")
    (200.0, 200.0, 100.0)
    """
    t = re.sub(rf"(?:{_UNITS})$", "", re.sub(r"^(?:人民币|RMB|¥)", "", text.replace(" ", "")))
    parsed = numerals.chinese_decimal(t)
    return None if parsed is None else parsed[0]


_THOUSANDS = re.compile(r"(?<=\d)[,，'’](?=\d{3}(?!\d))")
_FULL_STOP_POINT = re.compile(r"(?<=\d)。(?=\d)")
_FULL_STOP_END = re.compile(r"。$")
_CN_NUMERAL = re.compile(f"[{_CN_NUMERAL_CHARS}]")
# Up to this many texts are read in plain Python: the pandas string methods cost ~0.1 ms a call whatever the length,
# more than a few hundred regex matches.
_FEW = 256
# A number of at most 15 digits and no exponent reads the same by float() as by pd.to_numeric (both exact then);
# longer ones, or exponents, are left to pd.to_numeric, which the vectorised path uses.
_PLAIN_DIGITS = re.compile(r"[0-9]{0,15}(?:\.[0-9]{0,15})?")


def _parse_number_texts(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """`_parse_number_strings` of a few texts, in plain Python: the same values, without a Series."""
    cleaned_texts, nums, signs, wans = [], [], [], []
    for text in texts:
        t = _THOUSANDS.sub("", text).replace(" ", "")
        t = _FULL_STOP_END.sub("", _FULL_STOP_POINT.sub(".", t))
        cleaned_texts.append(t)
        m = _NUMBER.search(t)
        if m is None:
            nums.append(None)
            signs.append(False)
            wans.append(False)
        else:
            nums.append(m.group("num"))
            signs.append(m.group("sign") in ("-", "−"))
            wans.append(m.group("wan") is not None or m.group("wan_in") is not None)
    found = [x for x in nums if x is not None]
    if all(len(x) <= 31 and _PLAIN_DIGITS.fullmatch(x) and len(x.replace(".", "")) <= 15 for x in found):
        value = np.array([np.nan if x is None else float(x) for x in nums], dtype=float)
    else:
        value = pd.to_numeric(pd.Series(nums, dtype=STRING), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(over="ignore", invalid="ignore"):
        value = np.where(np.array(signs, dtype=bool), -value, value)
        value = np.where(np.array(wans, dtype=bool), np.round(value * 10_000, 9), value)
    for i in np.flatnonzero(np.isnan(value)):
        if _CN_NUMERAL.search(cleaned_texts[i]):
            value[i] = _safe_chinese_number(cleaned_texts[i])
    own_unit = ~np.isnan(value) & np.array([_OWN_MONEY_UNIT.search(t) is not None for t in cleaned_texts], dtype=bool)
    return value, own_unit


def _parse_number_strings(s: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Float value of each normalised string (NaN where unparseable), and whether the string names
    its own money unit (元, 万); `s` has no NA."""
    if len(s) <= _FEW:
        return _parse_number_texts(s.to_numpy(dtype=object, na_value=None).tolist())
    return _parse_number_series(s)


def _parse_number_series(s: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """`_parse_number_strings` of many texts, by pandas' string methods."""
    # 1，200 keeps its full-width comma through normalisation; a comma (or an apostrophe) is a thousands
    # separator only when exactly three digits follow.
    # An apostrophe parts thousands as a comma does (1'234.50: Swiss and some systems' exports).
    t = s.str.replace(r"(?<=\d)[,，'’](?=\d{3}(?!\d))", "", regex=True).str.replace(" ", "", regex=False)
    # The full stop of a Chinese input method typed for the decimal point (150。50), or left at the end.
    t = t.str.replace(r"(?<=\d)。(?=\d)", ".", regex=True).str.replace(r"。$", "", regex=True)
    parts = t.str.extract(_NUMBER)
    parts["wan"] = parts["wan"].fillna(parts["wan_in"])
    with np.errstate(over="ignore", invalid="ignore"):
        value = pd.to_numeric(parts["num"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        value = np.where(parts["sign"].isin(["-", "−"]).to_numpy(dtype=bool), -value, value)
        # 0.07万 is 700.0000000000001 in binary; no ledger amount needs more than 9 decimals.
        value = np.where(parts["wan"].notna().to_numpy(dtype=bool), np.round(value * 10_000, 9), value)
    unmatched = np.isnan(value)
    if unmatched.any():
        maybe_cn = t[unmatched].str.contains(f"[{_CN_NUMERAL_CHARS}]", regex=True).to_numpy(dtype=bool)
        idx = np.flatnonzero(unmatched)[maybe_cn]
        value[idx] = [_safe_chinese_number(x) for x in t.iloc[idx]]
    own_unit = ~np.isnan(value) & t.str.contains(_OWN_MONEY_UNIT).to_numpy(dtype=bool)
    return value, own_unit


# Numbers written the European way (a comma for the decimal point, dots, spaces or apostrophes parting the
# thousands: 1.234,50, 1 234,50, 500,00), as Excel of those locales and some systems export them. One cell
# clearly so written, in a column where no number has a decimal point (75.5, 1,234.50), says how the column
# is written: then 2.500 is two thousand five hundred, not 2.5, and 1,5 is one and a half.
_DECIMAL_COMMA = re.compile(r"^([-+−]?)(\d{1,3}(?:[. '’]\d{3})+|\d+),(\d{1,2})(?![\d.,，])(.*)$")
_DOT_THOUSANDS = re.compile(r"^([-+−]?)(\d{1,3}(?:\.\d{3})+)(?![\d.,，])(.*)$")
# What tells a column is so written: thousands parted before a decimal comma, or the two decimals of money (500,00);
# 1,2 alone may be a list (1、2) as well.
_DECIMAL_COMMA_SAID = re.compile(r"^[-+−]?(?:\d{1,3}(?:[. '’]\d{3})+,\d{1,2}|\d+,\d{2})(?![\d.,，])")
# A cell only a decimal comma can read, whatever its column: no thousands end in one or two digits (1.234,50, 1200,5,
# 500,00). 1,5 and 12,5 may be lists (1、5) as well, read only in a column so written.
_DECIMAL_COMMA_ALONE = re.compile(r"^[-+−]?(?:\d{1,3}(?:[. '’]\d{3})+,\d{1,2}|\d+,\d{2}|\d{4,},\d)(?![\d.,，])")
_DECIMAL_POINT = re.compile(r"(?<![\d.])\d+\.(?:\d{1,2}|\d{4,})(?![\d.])|\d,\d{3}\.\d")


def decimal_commas(texts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each normalised text of one column as a number reads with a decimal point, and whether it was written
    the European way; where no cell has a decimal comma, or another has a point (a kind's column holds all its
    files', one may write 1200,5 and another １２００．５), only the cells no other reading fits (1.234,50, 1200,5).

    >>> new, read = decimal_commas(np.array(["1.234,50", "2.500", "500,00元", "75", None], dtype=object))
    >>> new.tolist(), read.tolist()
    (['1234.50', '2500', '500.00元', '75', None], [True, True, True, False, False])
    >>> decimal_commas(np.array(["1,5", "75.5"], dtype=object))[1].tolist(), decimal_commas(np.array(["1,2"]))[1].tolist()
    ([False, False], [False])
    >>> decimal_commas(np.array(["1200,5", "1200.5", "2.500"], dtype=object))
    (array(['1200.5', '1200.5', '2.500'], dtype=object), array([ True, False, False]))
    """
    read = np.zeros(len(texts), dtype=bool)
    cells = [t if isinstance(t, str) else "" for t in texts]
    column = any(_DECIMAL_COMMA_SAID.match(t) for t in cells) and not any(_DECIMAL_POINT.search(t) for t in cells)
    alone = [bool(_DECIMAL_COMMA_ALONE.match(t)) for t in cells] if not column else []
    if not column and not any(alone):
        return texts, read
    out = texts.copy()
    for i, text in enumerate(cells):
        if not column and not alone[i]:
            continue
        if m := _DECIMAL_COMMA.match(text):
            out[i] = m.group(1) + re.sub(r"[. '’]", "", m.group(2)) + "." + m.group(3) + m.group(4)
        elif m := _DOT_THOUSANDS.match(text):
            out[i] = m.group(1) + m.group(2).replace(".", "") + m.group(3)
        else:
            continue
        read[i] = True
    return out, read


# Amounts and counts written otherwise than as one number, each read only where one reading fits (`_written_otherwise`):
# digits parted every four (1,2000: 四位分节, as 万 parts them), the shorthand of chats (1.2w, 2k), an amount in figures
# and in words as a 决定书 gives it (1000（壹仟元）, 壹仟元整（¥1000.00）), a label before it (大写：壹仟元整, 金额：500元),
# a total with its parts (共5人, 5人（男3女2）) and a sum typed without = (3+2). A share (85%) is named as no count.
_WAN_GROUPS = re.compile(r"^([-+−]?[¥]?)(\d{1,4}(?:[,，]\d{4})+)(\.\d+)?(\D{0,3})$")
_SHORTHAND = re.compile(r"^(\d+(?:\.\d+)?)\s*([kKwW])\s*(?:元|块)?$")
_SHORTHAND_SCALE = {"k": 1_000, "w": 10_000}
_TWO_FORMS = re.compile(r"^([^()（）]+?)\s*[(（]\s*(?:大写|小写)?\s*[:：]?\s*([^()（）]+?)\s*[)）]$")
_LABEL = re.compile(
    r"^(?:大写|小写|金额|数额|数量|人民币大写|人民币小写)\s*[:：]\s*|^(?:共计|合计|总计|共)\s*(?=\d|["
    + _CN_NUMERAL_CHARS
    + r"])"
)
_PARTS_AFTER = re.compile(r"^([^()（）]+?)\s*[(（]\s*(?:其中|含|包括|包含|男|女)[^()（）]*[)）]$")
# Each term may carry its unit (1000元+500元), as a clerk adds two payments.
_SUM = re.compile(rf"^(\d+(?:\.\d+)?)\s*(?:{_UNITS})?((?:\s*[+＋]\s*\d+(?:\.\d+)?\s*(?:{_UNITS})?)+)$")
# A decimal before 千, 百 or 亿 (1.2千, 2.5百元, 1.5亿), as 1.2万 is written: that many thousands, hundreds or 亿.
_DECIMAL_PLACE = re.compile(r"^(\d+\.\d+)\s*(千|仟|百|佰|亿)\s*(?:元|块)?$")
_PLACE_SCALE = {"千": 1_000, "仟": 1_000, "百": 100, "佰": 100, "亿": 100_000_000}
# Thousands parted by points at two places or more (1.200.000, 2.500.000元): no decimal number has two points, so
# only thousands read it (`number.dot_thousands`, a warning). One point (1.200) is `number.point_or_thousands`.
_DOTS_THOUSANDS = re.compile(rf"^([-+−]?)(\d{{1,3}}(?:\.\d{{3}}){{2,}})\s*((?:{_UNITS})?)$")
# Digits parted by separators at places neither thousands (1,200,000) nor 万 (120,0000) part them: 1,200,0000,
# 1000,500, 10,00,000, 1000 00. Which number was meant is not to be told (1000,500 had been 1000500 without a word),
# so none is counted (`number.misgrouped`). One comma before one or two digits (1,5; 500,00) is a decimal comma's
# or a list's, read elsewhere; digits spaced out one by one (1 2 0 0) are a number spaced to fill its cell.
_GROUPED = re.compile(
    rf"^[-+−]?\s*(?:人民币|RMB|[¥￥])?\s*(\d+(?:(?:[,，'’]|\s+)\d+)+)(?:\.\d+)?\s*万?\s*(?:{_UNITS})?$"
)
_GROUP_SEPARATOR = re.compile(r"[,，'’]|\s+")
# A bound, not an amount: 1000以上, 不超过500元, ≤1000, 50人以下. No figure can rest on it.
_BOUND = re.compile(
    r"^(?:不超过|不少于|不低于|不高于|不足|不到|最多|至多|最少|至少|最高|最低|超过|高于|低于|少于|多于|小于|大于|[<>≤≥＜＞≦≧])\s*(?P<a>.+)$"
    r"|^(?P<b>.+?)\s*(?:及以上|及以下|以上|以下|以内|之内|之上|封顶|起步)$"
)
_PERCENT = re.compile(r"^[-+−]?\d+(?:\.\d+)?\s*[%％‰]$")
# A product typed without = (500×3, 500元×3人, 3人各500元): three people fined 500 each, the total 1500 as a sum typed
# so is read (`number.product_typed`, a warning). It had been "不是可识别的数字".
_PRODUCT = re.compile(
    rf"^(\d+(?:\.\d+)?)\s*(?:{_UNITS})?\s*[×xX*＊✕]\s*(\d+(?:\.\d+)?)\s*(?:{_UNITS}|天|日|月)?$"
    rf"|^(\d+)\s*(?:人|户|家|名|个)\s*各\s*(\d+(?:\.\d+)?)\s*(?:元|块)?$"
)
# A rate, not an amount (500元/人, 200元/天, 每人500元): the column asks for what was paid or counted in all, which a
# rate alone does not give (`number.per_unit`, an error naming it). It had been "不是可识别的数字".
_PER = r"人次|人|天|日|次|户|家|月|年|件|个|小时|亩|吨|辆|台|头|只|平方米|平米|㎡|米|份"
_PER_UNIT = re.compile(rf"^[^/／每]*\d[^/／每]*(?:[/／]|每)\s*(?:{_PER})$|^每\s*(?:{_PER})\s*[^/／]*\d")
# A list's punctuation typed after the number (1000元；, 500，, 300、), as after 1000。: the number stands.
_END_MARKS = re.compile(r"\s*[；;，,、]+$")


def _one_number(text: str) -> float:
    """The value of a text as the plain readings take it (NaN where none)."""
    return float(_parse_number_texts([text])[0][0])


def _after_own_noun(text: str, nouns: tuple[str, ...]) -> float | None:
    """The number after a word of the field's own titles (`nouns`: 罚款1000元 under 罚款金额, 补贴500元 under 补贴金额,
    拘留3人 under 拘留人数): the word says only what the column says already. None where no such word stands before
    one number alone (罚款1000元，没收300元; 罚款1000元（逾期加处）; 没收违法所得1000元 under 罚款金额: another thing).

    >>> titles = ("罚没金额", "罚款金额（元）")
    >>> [_after_own_noun(t, titles) for t in ["罚款1000元", "罚款：壹仟元整", "罚款1000元，没收300元", "没收1000元"]]
    [1000.0, 1000.0, None, None]
    """
    for k in range(len(text) - 1, 1, -1):
        word, rest = text[:k].rstrip(" :："), text[k:].strip()
        if len(word) < 2 or not rest or not any(word in noun for noun in nouns):
            continue
        value = _one_number(rest)
        if not np.isnan(value):
            return value
    return None


# Two numerals of one place side by side, the second the larger (三四人, 五六次, 两三件): "three or four", an estimate,
# never 34 (a numeral read digit by digit, as years are: 二〇二四). Digit-by-digit numbers of three or more stand.
_ONE_TO_NINE = "".join(k for k, v in numerals.DIGITS.items() if v)
_NEIGHBOURS = re.compile(rf"^([{_ONE_TO_NINE}])([{_ONE_TO_NINE}])\s*(?:{_UNITS})?$")


def _neighbouring_numerals(text: str) -> bool:
    """Whether a text is two numerals giving a span (三四人: three or four people).

    >>> [_neighbouring_numerals(t) for t in ["三四人", "两三", "五六次", "一二", "四三", "二〇", "三十", "三"]]
    [True, True, True, True, False, False, False, False]
    """
    m = _NEIGHBOURS.match(text)
    return m is not None and numerals.DIGITS[m.group(1)] < numerals.DIGITS[m.group(2)]


def _written_otherwise(text: str, nouns: tuple[str, ...] = ()) -> tuple[float, str | None, str | None] | None:
    """(value, code, detail) of a normalised text no plain reading took (NaN with an error's code where it is no
    number to count), or None where it is none of these ways of writing a number.

    >>> [_written_otherwise(t)[:2] for t in ["1,2000", "12,0000元", "1.2w", "2k", "1000(壹仟元)", "大写:壹仟元整"]]
    [(12000.0, 'number.wan_grouping'), (120000.0, 'number.wan_grouping'), (12000.0, 'number.shorthand'), \
(2000.0, 'number.shorthand'), (1000.0, None), (1000.0, None)]
    >>> [_written_otherwise(t)[:2] for t in ["共5人", "5人(男3女2)", "3+2", "1000(壹佰元)"]]
    [(5.0, None), (5.0, None), (5.0, 'number.sum_typed'), (nan, 'number.words_differ')]
    >>> _written_otherwise("85%")[1], _written_otherwise("事项"), _written_otherwise("300(已退回)")
    ('number.percent', None, None)
    """
    if m := _WAN_GROUPS.match(text):
        value = _one_number(m.group(1) + re.sub(r"[,，]", "", m.group(2)) + (m.group(3) or "") + m.group(4))
        return None if np.isnan(value) else (value, "number.wan_grouping", fmt.plain(value))
    if m := _SHORTHAND.match(text):
        value = round(float(m.group(1)) * _SHORTHAND_SCALE[m.group(2).lower()], 9)
        return value, "number.shorthand", fmt.plain(value)
    if m := _SUM.match(text):
        terms = [m.group(1), *re.findall(r"\d+(?:\.\d+)?", m.group(2))]
        value = round(sum(float(t) for t in terms), 9)
        return value, "number.sum_typed", fmt.plain(value)
    if _PERCENT.match(text):
        return np.nan, "number.percent", None
    if m := _PRODUCT.match(text):
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        value = round(float(first) * float(second), 9)
        return value, "number.product_typed", fmt.plain(value)
    if _PER_UNIT.match(text):
        return np.nan, "number.per_unit", None
    if ELSEWHERE.match(text):
        return np.nan, "value.elsewhere", None
    if (bare := _END_MARKS.sub("", text)) != text and bare:
        value = _one_number(bare)
        return (value, None, None) if not np.isnan(value) else _written_otherwise(bare, nouns)
    if m := _DOTS_THOUSANDS.match(text):
        value = _one_number(m.group(1) + m.group(2).replace(".", "") + m.group(3))
        return None if np.isnan(value) else (value, "number.dot_thousands", fmt.plain(value))
    if m := _DECIMAL_PLACE.match(text):
        return round(float(m.group(1)) * _PLACE_SCALE[m.group(2)], 9), None, None
    if (m := _LABEL.match(text)) and m.end() < len(text):
        rest = text[m.end() :]
        value = _one_number(rest)
        return (value, None, None) if not np.isnan(value) else _written_otherwise(rest)
    if m := _PARTS_AFTER.match(text):
        value = _one_number(m.group(1))
        return None if np.isnan(value) else (value, None, None)
    if m := _TWO_FORMS.match(text):
        first, second = (_one_number(_LABEL.sub("", g)) for g in m.groups())
        if np.isnan(first) or np.isnan(second):
            return None
        if first == second:
            return first, None, None
        return np.nan, "number.words_differ", f"{fmt.plain(first)} 与 {fmt.plain(second)}"
    if nouns and (value := _after_own_noun(text, nouns)) is not None:
        return value, None, None
    return None


# A text of one to three digits, a point and three more (1.200, 12.500元): thousands parted by a point (1200) or a
# number with three decimals (1.2)? A column showing a decimal point elsewhere (75.5, 1200.000) says which; alone, a
# count or an amount in 元 written so is neither read (`number.point_or_thousands`). It had been 1.2 without a word.
_POINT_OR_THOUSANDS = re.compile(r"^[-+−]?[1-9]\d{0,2}\.\d{3}(?:元|块|件|次|人|个)?$")
_POINT_SAID = re.compile(r"(?<![\d.])(?:\d+\.(?:\d{1,2}|\d{4,})|\d{4,}\.\d{3}|0\.\d+)(?![\d.])|\d,\d{3}\.\d")


def _misgrouped(text: str) -> bool:
    """Whether a text is digits parted at places no way of grouping them parts them (`_GROUPED`).

    >>> [_misgrouped(t) for t in ["1,200,0000", "1000,500", "10,00,000", "1000 00", "1,2,0,0", "2 3", "3 2人"]]
    [True, True, True, True, True, True, True]
    >>> [_misgrouped(t) for t in ["1,200,000", "12,0000元", "1'200", "1 200", "1 2 0 0", "1,5", "500,00", "1200"]]
    [False, False, False, False, False, False, False, False]
    """
    found = _GROUPED.match(text)
    if found is None:
        return False
    groups = _GROUP_SEPARATOR.split(found.group(1))
    separators = _GROUP_SEPARATOR.findall(found.group(1))
    if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):  # thousands
        return False
    if len(groups[0]) <= 4 and all(len(g) == 4 for g in groups[1:]):  # 万
        return False
    # Spaced out one by one (1 2 0 0) only from three digits on: 2 3 may as well be two numbers (two cases, 2 and 3)
    # as 23 (it had been 23 without a word).
    if all(s.isspace() for s in separators) and all(len(g) == 1 for g in groups) and len(groups) > 2:
        return False
    return not (len(groups) == 2 and len(groups[1]) <= 2 and not separators[0].isspace())


def _is_bound(text: str) -> bool:
    """Whether a text is a number with the words of a bound (1000以上, 不超过500元, ≤1000), the number perhaps after a
    word saying what it is (罚款1000元以上, 罚款不超过500元, 不超过罚款500元: a threshold, not an amount).

    >>> [_is_bound(t) for t in ["1000以上", "不超过500元", "≤1000", "五十人以下", "以上", "不超过规定"]]
    [True, True, True, True, False, False]
    >>> [_is_bound(t) for t in ["罚款1000元以上", "罚款不超过500元", "不超过罚款500元", "罚款：1000元以下", "详见以上"]]
    [True, True, True, True, False]
    """
    for said in _after_a_word(text):
        found = _BOUND.match(said)
        if found is not None and any(
            not np.isnan(_one_number(number)) for number in _after_a_word((found["a"] or found["b"]).strip())
        ):
            return True
    return False


# A word before a number (罚款, 罚款金额：): up to 8 Chinese characters, and a colon.
_WORD_BEFORE = re.compile(r"^[\u4e00-\u9fff]{1,8}")


def _after_a_word(text: str) -> list[str]:
    """A text, then the text less each leading run of its Chinese characters (up to 8) and a colon after them.

    >>> _after_a_word("罚款：1000")
    ['罚款：1000', '款：1000', '1000']
    """
    found = _WORD_BEFORE.match(text)
    if found is None:
        return [text]
    return [text, *(rest for k in range(1, found.end() + 1) if (rest := text[k:].lstrip(" :：")))]


def _safe_chinese_number(text: str) -> float:
    try:
        v = _chinese_number(text)
    except (ValueError, OverflowError):
        return np.nan
    return np.nan if v is None else v


# A count at the end of a text cell, after the words it counts: 审查合同3份, 解答法律咨询十二人次. A Chinese
# numeral needs its unit (咨询一 is no count); digits may stand alone (法律援助2).
_TRAILING_COUNT = re.compile(
    rf"(?<=[^\d{_CN_NUMERAL_CHARS}])[(（]?(\d+\s*(?:{_UNITS})?|[{_CN_NUMERAL_CHARS}]+\s*(?:{_UNITS}))[)）]?\s*$"
)


def trailing_count(raw: pd.Series) -> pd.Series:
    """The count typed after the words of each cell, as text for the integer cleaner; NA where none.

    >>> trailing_count(pd.Series(["审查合同3份", "解答法律咨询十二人次", "出具法律意见书", None, "法律援助 2"])).tolist()
    ['3份', '十二人次', <NA>, <NA>, '2']
    >>> trailing_count(pd.Series(["审查合同（3份）", "2023年度合同审查"])).tolist()
    ['3份', <NA>]
    """
    _, _, text, _ = text_cells(raw)
    counts = [None if t is None or (m := _TRAILING_COUNT.search(t)) is None else m.group(1) for t in text]
    return pd.Series(counts, index=raw.index, dtype=STRING)


def without_trailing_count(text: str) -> str:
    """A text with the count typed after its words taken off: the words a category is read from.

    >>> without_trailing_count("审查土地流转合同2份"), without_trailing_count("审核村规民约（两件）"), without_trailing_count("法律咨询")
    ('审查土地流转合同', '审核村规民约', '法律咨询')
    """
    return _TRAILING_COUNT.sub("", text).rstrip()


# A quantity given as a range, "2-3次", "2～3", "2至3": which end counts (params `range_quantity`).
_RANGE = re.compile(rf"^(\d+(?:\.\d+)?)\s*(?:-|~|～|—|–|至|到)\s*(\d+(?:\.\d+)?)\s*(?:{_UNITS})?$")
RANGE_RULES = ("low", "high", "mid")


# An amount or count given as an estimate: 约3000元, 大约十二次, 3000余元, 50多人, 200左右. No figure can rest on it
# (which number would it be?), so it is named as an estimate and left out, with its number said.
_APPROX_WORD = re.compile(
    r"^(?:约|大约|约计|近|将近|接近|[≈≒∽～~])|(?<=[\d十百千万零〇一二三四五六七八九两])(?:余|多)|(?:左右|上下)$"
)


def _estimates(texts: pd.Series) -> np.ndarray:
    """Whether each normalised text (not a number as it stands) is an estimate of a number: the number
    with its estimating words (约, 余, 多, 左右) taken away reads.

    >>> _estimates(pd.Series(["约3000元", "3000余元", "50多人", "200左右", "约三十", "多少", "abc"], dtype="string")).tolist()
    [True, True, True, True, True, False, False]
    """
    words = texts.str.contains(_APPROX_WORD).to_numpy(dtype=bool, na_value=False)
    out = np.zeros(len(texts), dtype=bool)
    if words.any():
        bare = texts[words].str.replace(_APPROX_WORD, "", regex=True)
        got, _ = _parse_number_strings(bare.astype(STRING))
        out[np.flatnonzero(words)] = ~np.isnan(got)
    return out


_END_POINT = re.compile(r"(?<=\d)\.$")


def _without_end_point(text: str) -> str:
    """A number's text without a point typed after its last digit (1200. → 1200).

    >>> _without_end_point("1200."), _without_end_point("1,200.元"), _without_end_point("12.5")
    ('1200', '1,200.元', '12.5')
    """
    return _END_POINT.sub("", text)


def _ranges(texts: pd.Series, rule: str) -> tuple[np.ndarray, np.ndarray]:
    """(value, is a range) of each normalised text: the range's low end, high end or middle."""
    parts = texts.str.extract(_RANGE)
    hit = parts[0].notna().to_numpy(dtype=bool)
    low = pd.to_numeric(parts[0], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    high = pd.to_numeric(parts[1], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    value = {"low": np.minimum(low, high), "high": np.maximum(low, high), "mid": (low + high) / 2}[rule]
    return value, hit


def _numbers(
    raw: pd.Series, scale: float, ranges: str = "low", nouns: tuple[str, ...] = ()
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(float values with NaN, a code per cell or None, a detail per cell) for a raw column."""
    obj, kinds = cell_kinds(raw)
    n = obj.size
    value = np.full(n, np.nan)
    codes = na_strings(n)
    detail = na_strings(n)
    own_unit = np.zeros(n, dtype=bool)
    numeric = (kinds == INT) | (kinds == FLOAT)
    if numeric.any():
        try:
            with np.errstate(over="ignore"):
                value[numeric] = obj[numeric].astype(float)
        except (TypeError, ValueError, OverflowError, decimal.InvalidOperation):
            value[numeric] = [safe_float(x) for x in obj[numeric]]
    is_str = kinds == STR
    if is_str.any():
        u = Uniques(obj[is_str])
        norm = normalise(u.values)
        # A note mark set above the line after the number (5000¹, 3000⁽²⁾: a superscript run of a rich text, or the
        # character typed), pointing to a note under the table: NFKC had made it a digit (a fine of 50001). Named, the
        # value unknown: the note it points to may say the amount is otherwise (已退回, 分期).
        marks = np.array([_note_mark(t) for t in u.values], dtype=object)
        marked = pd.notna(marks)
        if marked.any():
            norm = norm.mask(marked)
        # An amount retyped in its cell (300改为500, 300→500) is its new amount.
        new, retyped = retyped_values(norm.to_numpy(dtype=object, na_value=None))
        if retyped.any():
            norm = pd.Series(new, index=norm.index, dtype=norm.dtype)
        errors = error_codes(norm.to_numpy(dtype=object, na_value=None), shown=True)
        if pd.notna(errors).any():
            norm = norm.mask(pd.notna(errors))
        written, european = decimal_commas(norm.to_numpy(dtype=object, na_value=None))
        if european.any():
            norm = pd.Series(written, index=norm.index).astype(norm.dtype)
        present = norm.notna().to_numpy(dtype=bool)
        per_unique = np.full(len(norm), np.nan)
        per_own = np.zeros(len(norm), dtype=bool)
        if present.sum() <= _FEW:  # no Series for a few texts
            read = _parse_number_texts(norm.to_numpy(dtype=object, na_value=None)[present].tolist())
        else:
            read = _parse_number_series(norm[present].astype(STRING))
        per_unique[present], per_own[present] = read
        per_code = errors.copy()
        per_detail = na_strings(len(norm))
        per_code[marked], per_detail[marked] = "number.note_mark", marks[marked]
        missing = present & np.isnan(per_unique)
        if missing.any():
            got, is_range = _ranges(norm[missing].astype(STRING), ranges)
            idx = np.flatnonzero(missing)[is_range]
            per_unique[idx] = got[is_range]
            per_code[idx] = "number.range"
            per_detail[idx] = [f"{v:g}" for v in got[is_range]]
        # Read from a scan or a converted PDF: 1OO, l2 (the letters O and l for 0 and 1) is the number, noted.
        # A full stop typed after the number (1200.: a sentence's end, or the decimal point with nothing after it)
        # is the number, noted: 1200。 is read so already, its 。 unmistakably a full stop.
        for mend, code in ((ocr_digits, "number.ocr_digits"), (_without_end_point, "number.trailing_point")):
            missing = present & np.isnan(per_unique)
            if not missing.any():
                break
            texts = norm[missing].to_numpy(dtype=object)
            mended = np.array([mend(t) for t in texts], dtype=object)
            changed = mended != texts
            if changed.any():
                got, _ = _parse_number_strings(pd.Series(mended[changed], dtype=STRING))
                idx = np.flatnonzero(missing)[changed]
                read = ~np.isnan(got)
                per_unique[idx[read]] = got[read]
                per_code[idx[read]] = code
                per_detail[idx[read]] = [fmt.plain(v) for v in got[read]]
        missing = present & np.isnan(per_unique) & pd.isna(per_code)
        if missing.any():
            for i in np.flatnonzero(missing):
                if (found := _written_otherwise(norm.iloc[i], nouns)) is not None:
                    per_unique[i], per_code[i], per_detail[i] = found
                    per_own[i] = (
                        found[1] == "number.shorthand"
                        or bool(_OWN_MONEY_UNIT.search(norm.iloc[i]))
                        or bool(_DECIMAL_PLACE.match(norm.iloc[i]))
                    )
        missing = present & pd.isna(per_code)
        if missing.any():
            idx = np.flatnonzero(missing)
            bad = np.array([_misgrouped(t) for t in norm.iloc[idx].astype(object)], dtype=bool)
            per_unique[idx[bad]], per_code[idx[bad]] = np.nan, "number.misgrouped"
            span = np.array([_neighbouring_numerals(t) for t in norm.iloc[idx].astype(object)], dtype=bool)
            per_unique[idx[span]], per_code[idx[span]] = np.nan, "number.approximate"
        if scale == 1 and not european.any():
            _point_or_thousands(norm, per_unique, per_code, per_detail, value[numeric])
        noted = retyped & pd.isna(per_code) & ~np.isnan(per_unique)
        per_code[noted], per_detail[noted] = "value.retyped", new[noted]
        said = european & pd.isna(per_code) & ~np.isnan(per_unique)
        per_code[said] = "number.decimal_comma"
        per_detail[said] = [fmt.plain(v) for v in per_unique[said]]
        with np.errstate(invalid="ignore"):
            # "1e309" is a number to pandas, infinity to a sum: never a count.
            unusable = present & ~np.isfinite(per_unique) & pd.isna(per_code)  # not one named above
        per_unique[unusable] = np.nan
        per_code[unusable] = "number.unparseable"
        if unusable.any():
            idx = np.flatnonzero(unusable & pd.isna(errors))
            per_code[idx[_estimates(norm.iloc[idx].astype(STRING))]] = "number.approximate"
            # A number in brackets alone ((500), （1,200.00）) is a negative as accountants write it: money paid back
            # or set off (冲减). Never 500; nor −500 taken silently: which payment it offsets is the office's to say.
            negative = np.array(
                [bool(_ACCOUNTING_NEGATIVE.match(t)) for t in norm.iloc[idx].astype(object)], dtype=bool
            )
            per_code[idx[negative]] = "number.bracketed_negative"
            trailing = np.array([bool(_TRAILING_MINUS.match(t)) for t in norm.iloc[idx].astype(object)], dtype=bool)
            per_code[idx[trailing]] = "number.trailing_minus"
            bound = np.array([_is_bound(t) for t in norm.iloc[idx].astype(object)], dtype=bool)
            per_code[idx[bound & (per_code[idx] == "number.unparseable")]] = "number.bound"
        value[is_str] = u.spread(per_unique, np.nan)
        own_unit[is_str] = u.spread(per_own, False)
        if pd.notna(per_code).any():  # spreading nothing costs an array per cell
            codes[is_str] = u.spread(per_code)
        if pd.notna(per_detail).any():
            detail[is_str] = u.spread(per_detail)
    other = ~np.isin(kinds, [MISSING, STR, INT, FLOAT])  # bools, dates, times are not counts
    with np.errstate(invalid="ignore"):
        infinite = numeric & ~np.isfinite(value)
    codes[other | infinite] = "number.unparseable"
    value[other | infinite] = np.nan
    dated = np.flatnonzero((kinds == DATE) | (kinds == DATETIME))
    if dated.size:
        # A number typed into a cell formatted as a date is saved as that number and shown as a day of Excel's first
        # years (50 as 1900-02-19): the number it holds, named. A day from 1904 on may be a day (or a 1904 book's).
        serials = np.array([excel_serial(x) for x in obj[dated]], dtype=float)
        read = ~np.isnan(serials)
        value[dated[read]], codes[dated[read]] = serials[read], "number.date_formatted"
        detail[dated[read]] = [fmt.plain(v) for v in serials[read]]
    if scale != 1:
        with np.errstate(over="ignore", invalid="ignore"):
            value = np.where(own_unit, value, np.round(value * scale, 9))  # as for 万 above
        said = own_unit & pd.isna(codes)
        codes[said] = "number.own_unit"
        detail[said] = [fmt.plain(v) for v in value[said]]
    return value, codes, detail


# Excel's day 1 (1900-01-01) in its 1900 date system, which counts a 29 February 1900 that never was: from 1 March 1900
# a day's number is one more than its distance from 1899-12-31.
_EXCEL_DAY_0 = dt.datetime(1899, 12, 31)
_EXCEL_LEAP = dt.datetime(1900, 3, 1)
_FIRST_1904_DAY = dt.datetime(1904, 1, 1)


def excel_serial(day) -> float:
    """The number a cell formatted as a date holds, for a day shown before 1904 (no 1904 book shows one); NaN for a
    later day, and for 1900-02-28, which Excel shows for its day 59 and its day 60 alike.

    >>> excel_serial(dt.date(1900, 2, 19)), excel_serial(dt.datetime(1900, 4, 9, 12)), excel_serial(dt.date(2024, 3, 1))
    (50.0, 100.5, nan)
    """
    try:
        moment = pd.Timestamp(day).to_pydatetime().replace(tzinfo=None)
    except (TypeError, ValueError, OverflowError):
        return np.nan
    if moment >= _FIRST_1904_DAY or moment < _EXCEL_DAY_0 or moment.date() == dt.date(1900, 2, 28):
        return np.nan
    days = (moment - _EXCEL_DAY_0).total_seconds() / 86400
    return days + 1 if moment >= _EXCEL_LEAP else days


def _point_or_thousands(
    norm: pd.Series, value: np.ndarray, codes: np.ndarray, detail: np.ndarray, numbers: np.ndarray
) -> None:
    """Leave unread, with `number.point_or_thousands`, each text of 1.200's shape in a column (its distinct texts
    `norm` and its number cells `numbers`) where nothing shows the point to be a decimal point."""
    texts = norm.to_numpy(dtype=object, na_value=None)
    shaped = np.array([t is not None and bool(_POINT_OR_THOUSANDS.match(t)) for t in texts], dtype=bool)
    shaped &= ~np.isnan(value) & pd.isna(codes)
    if not shaped.any():
        return
    with np.errstate(invalid="ignore"):
        if (np.isfinite(numbers) & (numbers != np.floor(numbers))).any():
            return
    if any(t is not None and not shaped[i] and _POINT_SAID.search(t) for i, t in enumerate(texts)):
        return
    for i in np.flatnonzero(shaped):
        digits = re.match(r"[-+−]?[\d.]+", texts[i]).group(0).replace(".", "")
        value[i], codes[i], detail[i] = np.nan, "number.point_or_thousands", digits


def _bounded(value: np.ndarray, codes: np.ndarray, detail: np.ndarray, bounds) -> None:
    """Mark values outside the field's plausible range (a negative fine, 9e18 participants)."""
    if bounds is None:
        return
    low, high = bounds
    with np.errstate(invalid="ignore"):
        out = ~np.isnan(value) & ((value < low) | (value > high))
    if out.any():
        codes[out] = "number.out_of_range"
        detail[out] = [f"{fmt.plain(low)}～{fmt.plain(high)}"] * int(out.sum())
        value[out] = np.nan


@register("number")
def clean_number(
    raw: pd.Series,
    *,
    scale: float = 1,
    bounds: tuple[float, float] | None = None,
    ranges: str = "low",
    nouns: tuple[str, ...] = (),
) -> Cleaned:
    """Parse amounts and counts: units, 万, separators, full-width and Chinese numerals → Float64.
    `bounds` (min, max) marks implausible values ``number.out_of_range``; a range "2-3" counts its
    low end (or `ranges` "high", "mid") with the code ``number.range``. A word of the field's own titles (`nouns`)
    before the number (罚款1000元 under 罚款金额) says nothing more than its column.

    >>> raw = pd.Series(["1,200", "１００", "50元", "1.2万", "贰佰", "一千二百", "/", "约三十"], dtype=object)
    >>> res = clean_number(raw)
    >>> res.values.tolist()
    [1200.0, 100.0, 50.0, 12000.0, 200.0, 1200.0, <NA>, <NA>]
    >>> res.codes.tolist()[-2:]
    [<NA>, 'number.approximate']
    >>> res = clean_number(pd.Series(["-50", "1e309", "2-3次", "#REF!"], dtype=object), bounds=(0, 1e6))
    >>> res.values.tolist(), res.codes.tolist()
    ([<NA>, <NA>, 2.0, <NA>], ['number.out_of_range', 'number.unparseable', 'number.range', 'cell.error'])
    >>> clean_number(pd.Series(["(500)", "1,200.00-", "300-元", "########"], dtype=object)).codes.tolist()
    ['number.bracketed_negative', 'number.trailing_minus', 'number.trailing_minus', 'cell.too_narrow']
    """
    value, codes, detail = _numbers(raw, scale, ranges, nouns)
    _bounded(value, codes, detail, bounds)
    return cleaned(raw.index, pd.Series(value, dtype="Float64"), codes, detail)


@register("integer")
def clean_integer(
    raw: pd.Series,
    *,
    scale: float = 1,
    bounds: tuple[float, float] | None = None,
    ranges: str = "low",
    nouns: tuple[str, ...] = (),
) -> Cleaned:
    """Like ``number``, then whole numbers only → Int64; 2.5 people is ``number.not_integer``.

    >>> res = clean_integer(pd.Series(["3次", 12.0, "2.5", "十二"], dtype=object))
    >>> res.values.tolist(), res.codes.tolist()
    ([3, 12, <NA>, 12], [<NA>, <NA>, 'number.not_integer', <NA>])
    """
    value, codes, detail = _numbers(raw, scale, ranges, nouns)
    with np.errstate(invalid="ignore"):
        fits = np.isnan(value) | ((value == np.floor(value)) & (np.abs(value) < 2**63))
    not_integer = ~fits
    detail[not_integer] = [f"{v:g}" for v in value[not_integer]]
    codes[not_integer] = "number.not_integer"
    value[not_integer] = np.nan
    _bounded(value, codes, detail, bounds)
    values = pd.Series(value, dtype="Float64").astype("Int64")
    return cleaned(raw.index, values, codes, detail)
