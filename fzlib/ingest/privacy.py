"""Personal data: keyed pseudonyms, and the one scan every text leaving data/raw passes (ID numbers, phones and the year's registered names, masked in any spelling).

The engine calls `protect` on every table before anything is written, so no personal field leaves
`data/raw` as written: names, ID numbers and phones become keyed HMAC pseudonyms, addresses are
dropped, and free text keeps its words but loses every ID number, phone number and known name.

Everything else that leaves the raw folder passes one `Scanner` on its way out (`Outbound`): file
and sheet names, every text column of every table, issue values, details and messages, the
manifest, the lines `clean` prints. A file or sheet name is read for the people it names as well,
registered or not (`people_in_names`). It masks

* ID numbers (18 digits, the last may be X, or 15) and phones (mobiles with or without +86,
  landlines with their area code, any 7+ digits after a word that says "phone") in any spelling:
  full-width, grouped with spaces, dashes, dots or slashes (mixed, too), with invisible characters
  (zero-width, bidi, U+2063) between the digits;
* every name registered in the year's personal columns (name, ID and phone fields: the cell whole and each
  person in it, never a role or remark beside a name, `people_of`), and every person
  written where a choice belongs (fzlib.ingest.content.people_among_choices), with or without
  spaces, invisible or combining characters between its characters.

Texts are compared in a folded form (NFKC; format, bidi and combining characters removed) and the
masks are put back into the text as written, which otherwise stays as it was.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from fzlib import paths
from fzlib.errors import UserProblem, os_reason
from fzlib.outputs import UNSAFE_CHAR, safe_text

ID_MASK, PHONE_MASK, NAME_MASK = "［身份证号已隐去］", "［电话已隐去］", "［姓名已隐去］"
MASKS = (ID_MASK, PHONE_MASK, NAME_MASK)
PSEUDONYM_PREFIX = {"name": "P", "id_number": "ID", "phone": "T"}
MIN_KEY_BYTES = 16
# A piece of a name cell longer than this is a list or a sentence, not one person: only its parts
# are registered (a cell listing 200 villagers once made the name pattern thousands of levels deep).
MAX_NAME_CHARS = 20
# A registered phone or ID shorter than this is too likely to be some other number.
MIN_NUMBER_DIGITS = 7


class SecretKeyError(UserProblem, RuntimeError):
    """The pseudonym key file is damaged; the message says how to repair it."""


# --- folding: the form in which texts are compared -------------------------------------------
# Texts of these characters are left as they are when folded (most cells): NFKC-stable and
# visible, or full-width punctuation that every pattern below accepts in both widths.
_PLAIN_CHARS = r"\t\n\r -~\u3400-\u4dbf\u4e00-\u9fff、。〃〈-】〔-〛‘’“”—·！（），：；？\u3000"
_PLAIN = re.compile(f"[{_PLAIN_CHARS}]*")
_NOT_PLAIN = re.compile(f"[^{_PLAIN_CHARS}]")


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """One character as compared: format (zero-width, bidi, U+2063), combining and control
    characters vanish, the rest is NFKC (full-width digits and letters become ASCII)."""
    category = unicodedata.category(ch)
    if category in ("Cf", "Mn", "Me", "Cs") or (category == "Cc" and ch not in "\t\n\r"):
        return ""
    return unicodedata.normalize("NFKC", ch)


def fold(text: str) -> tuple[str, list[int] | None]:
    """(folded text, original index of each folded character; None when nothing changed).

    >>> fold("张\\u200b三 ５２")
    ('张三 52', [0, 2, 3, 4, 5])
    """
    if _PLAIN.fullmatch(text):
        return text, None
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        where.extend([i] * len(folded))
    return "".join(out), where


# The dtype of every text column fzlib writes (pandas' default string storage).
_TEXT = pd.StringDtype()


def _factorized(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """A text column's codes and distinct texts (an object array), in the order first seen, NA as -1. A column kept
    by Arrow in one piece is encoded by Arrow, without making a Python string of every cell (a third of the time);
    the same codes and texts as pandas' factorize of its cells gives."""
    array = values.array
    if getattr(getattr(array, "_pa_array", None), "num_chunks", None) == 1:
        codes, uniques = values.factorize()
        return codes, uniques.to_numpy(dtype=object, na_value=None)
    return pd.factorize(values.to_numpy(dtype=object, na_value=None))


def _text_column(codes: np.ndarray, texts: list, index: pd.Index, dtype: str | None = "string") -> pd.Series:
    """`cells.text_column`; dtype None: the type pandas gives a column of strings (INFERRED_TEXT)."""
    # Imported here: the report reads this module (its scan) and needs none of the cleaners.
    from fzlib.ingest.cleaners.cells import INFERRED_TEXT, text_column

    return text_column(codes, texts, index, INFERRED_TEXT if dtype is None else dtype)


def _holds_text(frame: pd.DataFrame, column: str, dtype) -> bool:
    """Whether a column holds texts (or nothing) by pandas' inference. Only a column of Python objects has its cells
    looked at: pandas infers a column of pandas' own types or of numbers, dates and flags by its type alone."""
    if isinstance(dtype, np.dtype) and dtype.kind not in "biufmM":
        return pd.api.types.infer_dtype(frame[column], skipna=True) in ("string", "empty")
    return _inferred_of_type(dtype) in ("string", "empty")


@cache
def _inferred_of_type(dtype) -> str:
    return pd.api.types.infer_dtype(pd.Series([], dtype=dtype), skipna=True)


def _texts_matching(pattern: re.Pattern, texts: list[str], joint: str = "\n") -> set[int]:
    """Which texts hold a (non-empty) match of a pattern: one scan over the texts joined by `joint`,
    which the pattern must neither match nor cross, not a search per text."""
    found = [m.start() for m in pattern.finditer(joint.join(texts)) if m.end() > m.start()]
    if not found:  # the usual outcome: no text's length need be counted
        return set()
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)
    return set(np.searchsorted(ends, found, side="right").tolist())


_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


def name_key(value: str) -> str:
    """One spelling per person: 张 三, 张三 and 张‮三 (a bidi control inside) are the same name
    (spaces between Chinese characters are layout; invisible characters are not part of a name).

    >>> name_key(" 张 三 "), name_key("张\\u2066三\\u034f"), name_key("ＬＩ Na")
    ('张三', '张三', 'LI Na')
    """
    return _CJK_GAP.sub("", fold(str(value))[0].strip())


# --- ID numbers and phones in any spelling ----------------------------------------------------
# Between the digit groups of one number: up to three of these (mixed kinds allowed).
_SEP = r"[ \t\u3000\-‐‑‒–—―.·・_/()（）]"
_LONG_NUMBER = re.compile(rf"[0-9](?:{_SEP}{{0,3}}[0-9]){{6}}")
# Which texts hold a _LONG_NUMBER, found with an attempt at the first digit of each run only: where a match starts
# after a digit, one starts at that digit too (its chain one digit longer), so the texts found are the same.
# Separators and digits differ, so separators are taken without giving back. A register's document numbers are
# mostly digits (…〔2024〕392195号): over 105,600 of them the scan takes 40 % less.
_LONG_NUMBER_RUN = re.compile(rf"[0-9](?<![0-9]{{2}})(?:{_SEP}{{0,3}}+[0-9]){{6}}")
_RUN = re.compile(rf"(?<![0-9])[0-9]+(?:{_SEP}{{1,3}}[0-9]+)*(?:[Xx](?![A-Za-z0-9]))?")
_GROUP = re.compile(r"[0-9]+[Xx]?")
_AFTER_WORD = re.compile(rf"(?:电话|手机|联系方式|座机|[Tt][Ee][Ll])[:：\s]*([0-9](?:{_SEP}?[0-9]){{6,}})")
_DIGIT = re.compile(r"[0-9]")
# Compiled once: the tests of a name are run per distinct name of every town (re's cache is a look-up per call).
_NOT_DIGITS = re.compile(r"[^0-9Xx]")
_NOT_NUMBER = re.compile(r"[^0-9Xx \-]")
_NUMBER_RUN = re.compile(r"[0-9Xx]+(?:[ \-][0-9Xx]+)*")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_PHONE_WORD = re.compile(r"电话|手机|联系方式|座机|[Tt][Ee][Ll]")
_NOT_DIGIT = re.compile(r"[^0-9]+")
_PREFIXED_MOBILE = re.compile(r"(?:86|0086)1[3-9]\d{9}")


def _plausible_id(digits: str) -> bool:
    """An ID number's shape beyond its length: a birth year and month where they belong (the
    day is not checked: made-up numbers often have impossible days, and still must not leak)."""
    month = digits[10:12] if len(digits) == 18 else digits[8:10]
    year_ok = len(digits) != 18 or digits[6:8] in ("18", "19", "20")
    return year_ok and "01" <= month <= "12"


def _number_kind(digits: str, groups: list[str]) -> str | None:
    """'id', 'phone' or None for the digits of consecutive groups. One group as typed (no
    separators) is taken on its length; groups joined by separators must also look the part, so
    that a date before a phone ("2024-03-05 13812345678") is never glued into one "ID number"."""
    n, whole = len(digits), len(groups) == 1
    if digits[-1] in "Xx":
        return "id" if n == 18 and (whole or _plausible_id(digits)) else None
    if n in (13, 15) and _PREFIXED_MOBILE.fullmatch(digits):
        return "phone"
    if n in (15, 18) and (whole or _plausible_id(digits)):
        return "id"
    if 15 <= n <= 17 and digits[6:8] in ("18", "19", "20") and "01" <= digits[10:12] <= "12":
        return "id"  # an 18-digit number cut short (a 31-character sheet name) still names its person
    if n == 11 and digits[0] == "1" and digits[1] in "3456789":
        return "phone"
    if 10 <= n <= 12 and digits[0] == "0" and digits[1] != "0" and (whole or 3 <= len(groups[0]) <= 4):
        return "phone"
    return None


def _number_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, mask) of every ID number and phone in a folded text."""
    spans = []
    for run in _RUN.finditer(text):
        if len(_NOT_DIGIT.sub("", run.group())) < 10:  # no ID or phone has fewer digits
            continue
        groups = list(_GROUP.finditer(run.group()))
        parts = [m.group() for m in groups]
        i = 0
        while i < len(parts):
            found, digits = None, ""
            for j in range(i, len(parts)):
                digits += parts[j]
                if len(digits) > 18:
                    break
                # Fewer than ten digits are no ID or phone (_number_kind's None), not asked: a cell of many short
                # numbers (a date typed over and over) had asked for each of its groups' first few.
                if len(digits) >= 10 and (kind := _number_kind(digits, parts[i : j + 1])):
                    found = (j, kind)
            if found is None:
                i += 1
                continue
            j, kind = found
            start, end = run.start() + groups[i].start(), run.start() + groups[j].end()
            if start and text[start - 1] == "+":  # +86 …
                start -= 1
            if start and text[start - 1] in "(（" and any(c in text[start:end] for c in ")）"):  # (+86)… (0851)…
                start -= 1
            spans.append((start, end, ID_MASK if kind == "id" else PHONE_MASK))
            i = j + 1
    for m in _AFTER_WORD.finditer(text) if _PHONE_WORD.search(text) else ():
        if not any(s < m.end(1) and m.start(1) < e for s, e, _ in spans):
            spans.append((m.start(1), m.end(1), PHONE_MASK))
    return spans


# --- names ------------------------------------------------------------------------------------
# Pieces of a name cell: 张三、李四 / 张三,李四 / 张三与李四 / 张三（户主） / 张三13912345678.
_NAME_SEPARATORS = re.compile(
    r"[、，,；;/／\\|()（）\[\]【】]+|等\s*\d*\s*人|(?<=\S{2})[与和及](?=\S{2})|[0-9Xx+\-]{7,}"
)
# Typed into a name column, these are not people; masking them everywhere would only blank words.
NOT_NAMES = frozenset("本人 同上 同前 不详 未知 匿名 某某 群众 村民 居民 其他 其它 无名 暂无".split())
# A "name" holding one of these is an organisation (当事人 may be a company); it is not registered,
# so that office, village and company columns keep their words.
ORGANISATION = re.compile(
    r"公司|政府|委员会|有限|集团|合作社|事务所|人民|中心|协会|办公室|派出所|法院|检察院|医院|卫生院|学校|"
    r"银行|村委|居委|[村镇乡局所站队厂店院部办委处室馆司场]$"
)
# The most common surnames: a 2–3 character word right beside an ID or phone in a file or sheet
# name is taken for a person.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "蹇犹母"
)
_MASKS_FOLDED = "".join(fold(m)[0] for m in MASKS)

MASKED_GIVEN = re.compile(r"^[某*＊Xx×]{1,2}$")
# Surnames a column of people starts its cells with: the common ones the privacy scan knows, and more (a column of
# names is told from one of matters by them; the scan's list stays short, as it masks a word beside an ID by it).
PERSON_SURNAMES = SURNAMES | frozenset(
    "易常文赖骆庞樊兰殷施洪翟安颜倪牛温季俞章鲁葛伍申尤毕聂焦柳邢岳齐梅庄辛管祝左涂谷祁舒耿牟卜詹关苗凌费纪靳"
    "盛童欧甄项游阳裴席卫查屈鲍霍翁隋甘单包司柏宁柯阮桂闵柴车冉房边吉饶刁瞿戚古米池滕晋苑邬臧宫苟全褚简娄符奚"
    "穆党燕郎冀谈姬屠郜晏栾郁商蒙喻揭窦迟敖鄢冷卓仇艾蓝巩仲乐虞卞封冼官楚佟栗匡宗巫鞠荆岑胥蔺"
)
COMPOUND_SURNAMES = frozenset("欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 尉迟 公孙 夏侯 长孙 司徒 端木 独孤 南宫".split())

HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# A name transliterated from Uyghur, Kazakh, Kyrgyz or another language, the middle dot between its parts (买买提·艾力,
# 阿依古丽·吐尔逊: the own name and the father's): longer than a Han name and with no surname of the list, it is a person
# all the same. One of several in a cell (买买提·艾力与阿依古丽·吐尔逊) had not been registered: a summary repeating it
# kept it (英恰木乡). A part written 某 (买某·艾某) is already masked.
TRANSLITERATED_NAME = re.compile(r"[\u4e00-\u9fff]{1,10}(?:[·•・‧．.][\u4e00-\u9fff]{1,10}){1,3}")
# Who a group is, never how a person is called: 党员, 管理员, 户主, 家属 (党, 管 and 户 are surnames too).
_GROUP_END = re.compile(r"[员众部户者属]$|^.[师生工民女童友士长官委]$")
# A post typed where a name belongs, the whole cell (主讲人 法律顾问, 承办人 司法所长, 出庭人 镇长): who the office sent,
# no person's name; registered, it had blanked the word in every text (法律顾问服务台账 shown as ［姓名已隐去］服务台账).
_POST_ONLY = re.compile(
    r"^(?:镇|乡|村|社区|司法|司法所|派出所|综治中心|驻村|分管|常务)?副?(?:法律顾问|顾问|律师|所长|镇长|乡长|主任|书记|"
    r"队长|站长|科长|民警|辅警|干部|网格员|调解员|工作人员|负责人|委员)$"
)


def is_full_name(piece: str) -> bool:
    """Whether a piece of text is one person's full name and nothing more: a common surname and one or two more
    characters (王某 and 张* name nobody: nothing to hide), no organisation, no placeholder.

    >>> [is_full_name(t) for t in ("王建国", "陈丽", "欧阳娜娜", "王某", "班子成员", "镇政府", "群众", "党员", "管理员")]
    [True, True, True, False, False, False, False, False, False]
    """
    surname = 2 if piece[:2] in COMPOUND_SURNAMES else 1 if piece[:1] in PERSON_SURNAMES else 0
    given = piece[surname:]
    return (
        bool(surname)
        and 1 <= len(given) <= 2
        and all("\u4e00" <= c <= "\u9fff" for c in given)
        and MASKED_GIVEN.match(given) is None
        and piece not in NOT_NAMES
        and not ORGANISATION.search(piece)
        and not _GROUP_END.search(piece)
    )


@lru_cache(maxsize=1 << 13)
def split_names(value: str) -> frozenset[str]:
    """Every spelling of the people named in one cell that free text might repeat (2+ characters).
    Remembered: a year's names are split for its names list, for each kind and for the scanner."""
    value = name_key(str(value))
    pieces = {value, *_NAME_SEPARATORS.split(value)}
    pieces |= {part for piece in list(pieces) for part in piece.split()}  # 张三 李四: two people
    pieces |= {m.group() for m in _NUMBER_RUN.finditer(value)}  # 张三13912345678
    pieces |= {m.group() for m in _OTHER_SCRIPT_NAME.finditer(value)}  # 买买提·艾力 Memet Eli: Memet Eli
    return frozenset(p.strip() for p in pieces if len(p.strip()) >= 2)


# A name written in another script beside its Chinese one (买买提·艾力 Memet Eli, 阿依古丽（Aygul Memet）): its words
# together, as a remark writes the name alone. Split at its spaces, Eli was too short a word to register (Li in Linux)
# and "Memet Eli" had left as "［姓名已隐去］ Eli".
_OTHER_SCRIPT_NAME = re.compile(
    r"[^\W\d_\u3400-\u9fff\uf900-\ufaff]+(?:[ \u00a0'’.\-][^\W\d_\u3400-\u9fff\uf900-\ufaff]+)+"
)


@lru_cache(maxsize=1 << 13)
def registrable(name: str) -> bool:
    """Whether a piece of a name cell is registered: a person's name (not an organisation, not a
    placeholder, not a list) or a number of at least 7 digits."""
    if _DIGIT.search(name):
        digits = _NOT_DIGITS.sub("", name)
        return len(digits) >= MIN_NUMBER_DIGITS and not _NOT_NUMBER.search(name)
    compact = _WHITESPACE.sub("", name)
    # A name in Latin letters shorter than 4 would be found inside other words (Li in Linux).
    shortest = 2 if _CJK_CHAR.search(compact) else 4
    return (
        shortest <= len(compact) <= MAX_NAME_CHARS
        and any(c.isalpha() for c in compact)
        and compact not in NOT_NAMES
        and not ORGANISATION.search(compact)
        and compact not in _MASKS_FOLDED
    )


def personal_names(table: pd.DataFrame, personal: dict[str, str]) -> set[str]:
    """The raw names, IDs and phones of a table's personal fields, to be masked everywhere."""
    found: set[str] = set()
    for name, kind in personal.items():
        if kind in PSEUDONYM_PREFIX and name in table:
            # A column no sheet had (most personal fields of a small table) names nobody.
            for value in distinct_texts(table[name]):
                found |= people_of(value)
    return found


def distinct_texts(column: pd.Series) -> list:
    """The distinct filled cells of a column as text, in the order met (as `column.dropna().astype(str).unique()`).

    A text column's cells are their text: its distinct values are taken from its array, not from a column of the
    filled cells made and turned to text first (two Series per column of every kind, most of them blank).

    >>> distinct_texts(pd.Series(["乙", None, "甲", "乙"], dtype="string")), distinct_texts(pd.Series([2.0, None, 1]))
    (['乙', '甲'], ['2.0', '1.0'])
    """
    if isinstance(column.dtype, pd.StringDtype):
        return [v for v in pd.unique(column.array) if isinstance(v, str)]
    return column.dropna().astype(str).unique().tolist()


class NamePattern:
    """The registered names of a year found in text, answering `finditer` as a compiled regex would:
    from left to right, at each place the longest name, its characters possibly apart (张 三).

    A regex of the year's names, even built as a trie, cost Python's compiler a tenth of cleaning a
    generated town in a profile (a county compiles one per town); this looks each place up in a set.

    >>> [(m.start(), m.end()) for m in NamePattern({"张三", "张三丰", "李四"}).finditer("张 三丰和李四、张三")]
    [(0, 4), (5, 7), (8, 10)]
    """

    def __init__(self, names: Iterable[str]):
        self.names = frozenset(_WHITESPACE.sub("", n) for n in names) - {""}
        self.lengths = sorted({len(n) for n in self.names}, reverse=True)
        firsts = "".join(sorted({re.escape(n[0]) for n in self.names}))
        self.starts = re.compile(f"[{firsts}]") if firsts else None

    def finditer(self, text: str):
        if self.starts is None:
            return
        compact = _WHITESPACE.sub("", text)
        # The k-th space of the text stands before the character at (its place - k) of the compact
        # text: a compact place i is i plus the spaces before it in the text.
        spaces = [m.start() - k for k, m in enumerate(_WHITESPACE.finditer(text))]
        done = 0
        for m in self.starts.finditer(compact):
            i = m.start()
            if i < done:
                continue
            for length in self.lengths:
                if compact[i : i + length] in self.names:  # near the end a slice is shorter
                    done = i + len(compact[i : i + length])
                    yield _Found(i + bisect_right(spaces, i), done + bisect_right(spaces, done - 1))
                    break


@dataclass(frozen=True)
class _Found:
    """A name's place in a text, read as a regex match's is."""

    at: int
    to: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to


_WHITESPACE = re.compile(r"\s")


@lru_cache(maxsize=4)
def _names_pattern(names: frozenset[str]) -> NamePattern | None:
    """The registered names to find (numbers are looked up, not matched: see _numbers)."""
    words = [n for n in names if not _DIGIT.search(n)]
    return NamePattern(words) if words else None


@lru_cache(maxsize=4)
def _numbers(names: frozenset[str]) -> frozenset[str]:
    """The registered numbers, digits only (an ID's X upper-case). Cached as the names are: every kind
    is protected with the year's same names."""
    return frozenset(_NOT_DIGITS.sub("", n).upper() for n in names if _DIGIT.search(n))


def _number_hits(folded: str, numbers: frozenset[str]) -> list[tuple[int, int]]:
    """Where a registered number stands in a text, its digit groups split by up to three separators
    (139 1234 5678): whole groups only, the longest from each group. A regex of a year's thousand
    numbers with separators allowed between every digit took seconds to compile; a set lookup
    over each run's groups gives the same spans."""
    longest = max(map(len, numbers), default=0)
    out = []
    for run in _RUN.finditer(folded):
        groups = [
            (run.start() + g.start(), run.start() + g.end(), g.group().upper()) for g in _GROUP.finditer(run.group())
        ]
        i = 0
        while i < len(groups):
            digits, hit = "", None
            for j in range(i, len(groups)):
                digits += groups[j][2]
                if len(digits) > longest:
                    break
                if digits in numbers:
                    hit = j
            if hit is None:
                i += 1
                continue
            out.append((groups[i][0], groups[hit][1]))
            i = hit + 1
    return out


def registry(values: Iterable) -> frozenset[str]:
    """The names to mask, from raw cells of personal columns (each split into its people)."""
    return _registered(values if isinstance(values, frozenset) else frozenset(values))


@lru_cache(maxsize=4)
def _registered(values: frozenset) -> frozenset[str]:
    # Cached: the engine protects each kind with the same names of the whole year.
    return frozenset(n for v in values if isinstance(v, str) for n in people_of(v) if registrable(n))


# A remark written in brackets after a name (王建设（户主）, 李四(调解员)): about the person, not another one.
_BRACKETED = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
# One entry of a list of parties (王建国、某某有限公司, 李娜与某某合作社): what the list separators part.
_ENTRIES = re.compile(r"[、，,；;/／\\|]+|等\s*\d*\s*人|(?<=\S{2})[与和及](?=\S{2})|\s+")
# How an organisation's name ends (…有限公司, …合作社, …砖厂, …五金店, …村民委员会, …第一中学): an entry so ending, its
# brackets aside, of four characters or more, names an organisation (澄阳市（虚构）某某有限公司, 某某公司（澄阳分公司）).
# Shorter is a person's name's length (王建场 is no more registered for its 场, see ORGANISATION; 张大学 stays a person).
_ORGANISATION_END = re.compile(
    r"(?:公司|集团|合作社|事务所|委员会|协会|中心|学校|中学|小学|幼儿园|学院|大学|银行|超市|商行|工作室|经营部|门市部|"
    r"[村镇乡局所站队厂店院部办委处室馆司场])$"
)
_ORGANISATION_LENGTH = 4


def _organisations(whole: str) -> frozenset[str]:
    """The entries of a name cell that name an organisation, and every piece of them outside their brackets: the
    words of an organisation's name, none of them a person (澄阳市 of 澄阳市（虚构）某某有限公司; 金华 of
    金华（虚构）红星五金店, a full name's shape). A person in the brackets (某某有限公司（王建国）) is no part of the name.

    >>> sorted(_organisations("李娜、澄阳市（虚构）某某有限公司"))
    ['某某有限公司', '澄阳市', '澄阳市（虚构）某某有限公司']
    """
    out: set[str] = set()
    for entry in _ENTRIES.split(whole):
        outside = _BRACKETED.sub("、", entry)
        named = outside.replace("、", "")
        if len(named) >= _ORGANISATION_LENGTH and _ORGANISATION_END.search(named):
            out |= {entry, *(split_names(outside) - {outside})}
    return frozenset(out)


@lru_cache(maxsize=1 << 13)
def people_of(value: str) -> frozenset[str]:
    """What of a name cell is masked in every other text: the cell whole, and each piece of it that is a person — a
    number (a phone typed beside the name), a name in Latin letters, a full name (a common surname and one or two
    characters), or a name-sized piece of the cell's list (2–4 characters: 佘明远和禚云舒, rarer surnames too) that
    names no group or organisation. A remark in brackets is a person only as a full name. A role or remark beside
    the name (户主, 调解员, 平安建设志愿者, 法律明白人) is no person: masked in every text, it had blanked those words
    wherever they were written.

    >>> sorted(people_of("王建设（平安建设志愿者）")), sorted(people_of("王建设/法律明白人"))
    (['王建设', '王建设（平安建设志愿者）'], ['王建设', '王建设/法律明白人'])
    >>> sorted(people_of("佘明远和禚云舒")), sorted(people_of("张三 13912345678")), sorted(people_of("王五（户主）"))
    (['佘明远', '佘明远和禚云舒', '禚云舒'], ['13912345678', '张三', '张三 13912345678'], ['王五', '王五（户主）'])
    >>> sorted(people_of("法律顾问")), sorted(people_of("司法所长")), sorted(people_of("王建国律师"))
    ([], [], ['王建国律师'])
    >>> sorted(people_of("买买提·艾力与阿依古丽·吐尔逊")), sorted(people_of("买某·艾某与阿某·吐某"))
    (['买买提·艾力', '买买提·艾力与阿依古丽·吐尔逊', '买买提艾力', '买买提艾力与阿依古丽吐尔逊', '阿依古丽·吐尔逊', '阿依古丽吐尔逊'], ['买某·艾某与阿某·吐某'])
    >>> sorted(people_of("买买提·艾力 Memet Eli"))
    ['Eli', 'Memet', 'Memet Eli', '买买提·艾力', '买买提·艾力 Memet Eli', '买买提艾力']

    The words of an organisation's name are no person, though brackets part them (澄阳市 of
    澄阳市（虚构）某某有限公司): masked in every text, they had blanked the place's name wherever written.

    >>> sorted(people_of("澄阳市（虚构）某某有限公司")), sorted(people_of("某某有限公司（王建国）"))
    ([], ['王建国'])
    """
    whole = name_key(str(value))
    listed = split_names(_BRACKETED.sub("、", whole))
    organisations = _organisations(whole)
    people = frozenset(
        p
        for p in split_names(value)
        if not _POST_ONLY.match(p)
        and p not in organisations
        and (
            p == whole
            or _DIGIT.search(p)
            or not re.search(rf"[{_CJK}]", p)
            or is_full_name(p)
            or (TRANSLITERATED_NAME.fullmatch(p) is not None and "某" not in p and not ORGANISATION.search(p))
            or (
                p in listed
                and HAN_NAME.fullmatch(p)
                and p not in NOT_NAMES
                and not ORGANISATION.search(p)
                and not _GROUP_END.search(p)
            )
        )
    )
    # A transliterated name is typed with its dot left out as often (金哲洙 for 金·哲洙, 阿依古丽买买提): that spelling is
    # the person's too.
    return people | {_NAME_DOTS.sub("", p) for p in people if TRANSLITERATED_NAME.fullmatch(p) and "某" not in p}


_NAME_DOTS = re.compile(r"[·•・‧．.]")


# --- the scan ---------------------------------------------------------------------------------
class Scanner:
    """The one scan: a text with every ID number, phone and registered name masked, made safe for
    every writer (no XML-illegal or bidi control characters). Idempotent; remembers its answers."""

    def __init__(self, names: Iterable = (), places: Iterable[str] = ()):
        self.names = registry(names)
        self.pattern = _names_pattern(self.names)
        self.numbers = _numbers(self.names)
        # Villages the folder names as such (金竹村): the same word without 村 in a file's name (金竹调解台账) is the place.
        self.places = frozenset(places)
        self._seen: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        if not isinstance(text, str):
            return text
        done = self._seen.get(text)
        if done is None:
            done = self._seen[text] = self._scan(text)
        return done

    def _spans(self, folded: str) -> list[tuple[int, int, str]]:
        # No 7 digits in a row (separators allowed) cannot hold a phone or an ID number (most texts).
        spans = _number_spans(folded) if _LONG_NUMBER.search(folded) else []
        if spans or (self.numbers and _LONG_NUMBER.search(folded)):
            for start, end in _number_hits(folded, self.numbers):
                if not any(s < end and start < e for s, e, _ in spans):
                    spans.append((start, end, NAME_MASK))
        if self.pattern is not None:
            for m in self.pattern.finditer(folded):
                if m.end() > m.start() and not any(s < m.end() and m.start() < e for s, e, _ in spans):
                    spans.append((m.start(), m.end(), NAME_MASK))
        return spans

    def _scan(self, text: str) -> str:
        folded, where = fold(text)
        return _names_beside_numbers(safe_text(_apply(text, where, self._spans(folded))))

    def series(self, values: pd.Series, keep: Iterable[str] = ()) -> pd.Series:
        """A text column scanned, once per distinct value; values in `keep` (a field's own
        vocabulary) stay as they are; NA stays NA."""
        return self.columns({"": values}, {"": keep}).get("", values)

    def columns(
        self, columns: dict[str, pd.Series], keep: dict | None = None, rewritten: set | None = None
    ) -> dict[str, pd.Series]:
        """Text columns scanned together, each distinct text once for all of them (a table's
        columns share one pass of each pattern, not one per column); `keep` gives a column's own
        vocabulary, left as it is. Only the columns whose texts changed (or that were not of the
        text type) come back, as new Series; the names of those whose texts changed are added to `rewritten`."""
        prepared, distinct = [], {}
        for name, values in columns.items():
            text = values.dtype == _TEXT
            # A column of strings held otherwise (the cleaners' Python-stored strings) has its texts as they are:
            # turning every cell into Arrow's first, only to encode it, cost as much as the scan.
            as_text = values if text or isinstance(values.dtype, pd.StringDtype) else values.astype(_TEXT)
            codes, uniques = _factorized(as_text)
            texts = [str(t) for t in uniques]
            prepared.append((name, values, text, as_text, codes, texts))
            distinct.update(dict.fromkeys(texts))
        every = list(distinct)
        hits = self._candidates(every) if every else set()
        unsafe = _texts_matching(UNSAFE_CHAR, every) if every else set()
        changed = {t: self(t) if i in hits else safe_text(t) for i, t in enumerate(every) if i in hits or i in unsafe}
        out = {}
        for name, values, text, as_text, codes, texts in prepared:
            kept = set((keep or {}).get(name, ()))
            # A column none of whose texts changed is shown as it came, without a look at each text.
            shown = (
                [changed.get(t, t) if t not in kept else t for t in texts]
                if not changed.keys().isdisjoint(texts)
                else texts
            )
            if rewritten is not None and shown != texts:
                rewritten.add(name)
            if text and shown == texts:  # most columns hold nothing to hide: kept as they came
                continue
            if not texts:  # a column of no value (a field the table lacks): only its type changes, made once above
                out[name] = as_text if as_text.dtype == _TEXT else values.astype(_TEXT)
                continue
            out[name] = _text_column(codes, shown, values.index)  # code -1: NA
        return out

    def _candidates(self, texts: list[str]) -> set[int]:
        """Which texts may hold an ID number, a phone or a registered name: the patterns run once
        over all texts joined (by NUL, which no pattern crosses), not once per text."""
        folded = list(texts)
        for i in _texts_matching(_NOT_PLAIN, texts):  # most texts are their own folded form
            folded[i] = fold(texts[i])[0]
        found = _texts_matching(_LONG_NUMBER_RUN, folded, "\x00")
        return found | _texts_matching(self.pattern, folded, "\x00") if self.pattern is not None else found

    def file_name(self, name: str) -> str:
        """A file or sheet name scanned as any text is (offices name files 张三-520323….xlsx), and then for the
        people a name names though no ledger registers them (`people_in_names`).

        >>> Scanner().file_name("涉诈人员-张三丰-520323199001011232.xlsx")
        '涉诈人员-［姓名已隐去］-［身份证号已隐去］.xlsx'
        """
        return people_in_names(self(name), self.places) if isinstance(name, str) else name


# --- people named in file and sheet names -----------------------------------------------------
# A file or sheet name is written by whoever keeps or copies the ledger, and often names them: 执法台账-李娜.xlsx,
# 信访登记 王建国 2024.xlsx, a cloud drive's conflict copy 调解台账（冲突副本 张伟的电脑）.xlsx, an upload
# 台账(来自 刘洋的 iPhone).xlsx. No ledger need name that person for the name to be theirs, so a file or sheet name is
# read for people beyond the registered names: the owner of a device or a conflict copy, whoever it is, and a full
# name standing beside the ledger's words, as a word of its own (执法台账-李娜) or glued to them (张伟调解台账,
# 执法台账李娜). A full name here is a common surname (SURNAMES) and one or two characters of GIVEN_CHARACTERS; a word
# ending in a place's character is a place (王家村, 张庄镇, 李庄, 黄泥湾), one before an office is its place (金竹派出所),
# and a word the specs write (安全, 文书, 程序) or one of FILE_WORDS is no person; a word alone (a sheet 封面, 周二) is
# not read as one. The name is masked in place and the rest kept; Outbound adds the file's place in the folder's
# sorted listing (〔文件3〕), by which the analyst finds it in data/raw.
_DEVICE = r"电脑|计算机|笔记本|台式机|手机|平板|iPhone|iPad|MacBook(?:\s*(?:Pro|Air))?|Mac|PC|Android|华为|小米|荣耀|OPPO|vivo"
_OWNER = r"([^\s()（）\[\]【】\-_—,，、。.'’]{1,24}?)"
_DEVICE_OWNER = re.compile(
    rf"(?:冲突副本|冲突|来自|from)?\s*{_OWNER}\s*(?:的|['’]s)\s*(?:{_DEVICE})|{_OWNER}\s*['’]s\s+conflicted\s+copy",
    re.IGNORECASE,
)
# Accounts that name no person (a computer's default user).
_NO_OWNER = frozenset("administrator admin user users owner guest 用户 本机 我 我的 自己".split())
# The characters of most given names: a word of a file name is a person's only if its characters after the surname
# are among them (高龄, 严格, 黄色, 给付 and 周二 are words).
GIVEN_CHARACTERS = frozenset(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力鹏飞斌宇浩凯健俊帆帅旭宁龙林峰波成鑫亮云莉"
    "婷雪琳晶燕倩丹蕾婧欣颖琴慧荣玲梅凤洁佳晨阳东海江志永春秋冬金银宝福贵富德仁义礼智信忠孝安康乐喜庆祥瑞鸿宏伦"
    "琪瑶璐露薇菲妍婕媛姗娇嘉怡悦雯雅芸萱彤彬昊杨楠柏松森淼焱垚坤乾元光亚先兵武彪虎鹰胜利满全发财旺盛兴隆昌顺达"
    "通振新立正清廉洪浪源泉润泽涵淑贤惠聪捷美娥婉妮娅素珍珠翠琼瑛瑾璇琦玮珊莹蓉芬菊荷莲蓓蕊苗茜茹青彩虹月星辰"
    "晖晓曦昕昱晟景晴朗博学才豪雄峻岩崇岚岳川冰凌霜雨思恩念爱心意毅恒坚诚敬勤友谊宾子孙小世传承继绍祖宗耀煌"
    "炜烨煜熙斯其之根培树槐柳竹菁桃杏梓桐楷栋梁铭锋钢铁锦镇钧鑫铮锐键珂琛瑜璋蓬芝萌蔚莎萍荔茂芹苑英豫媚姝娴"
    "婵娣姿妹姐嫣霖露霄震霆雯雁鹤鹏凤麟骏驰骁腾跃超越迪逸远迎运进遥邦郁郡都钰银锡长阔闯阁奇奎奕奉奋契好如妙"
    "威娃婷媛嫒存孟季学宏宜宝实宣宪宸家容宽密富寒寿尊少尚尧展屹岑峥崎嵘巍川州巧常希帆平年庆康庭延建开弘张强"
    "彦彪彬影征德心忠怀恺悦惠愉慈慕戈成战才承振捷敏政文斌斐新方旭昂昆昌明易星春昭晋晗晨普景智暖曙曜曦月朋服"
    "望朝木本朱杉李杨杰松林果枫柔柯树栋桂桦梦梁森椿楚槿横欢正步武毓民永江池汝汉汐沁沛河治泉法波泰洋津洪浩海涓"
    "涛润涵淇淳添清渊湘源溢滨潇潘澄澜灵灿炳烁然照熠燕爽犇玄玉王玥玫环珏珑琨琳瑞瑶璀璞生田由甲畅白百皓盈益真睿"
    "瞻知石硕碧磊礼祥祯福禄禹秀秉科秦程穗立章端笑筠箐红纪纯纳练绍绮维绪缘美羽翔翼耀聚肖育能舒航良艺芃芊芝"
)
# Words of file and sheet names beside a person's name: the ledger's own, the copies' and the clerks' (the specs'
# titles, aliases and vocabularies are read as well).
FILE_WORDS = frozenset(
    "台账 登记 登记表 登记簿 记录 记录表 统计 统计表 报表 名册 花名册 清单 明细 汇总 工作 情况 方案 周报 月报 季报 年报 季度 "
    "月份 全年 年度 备份 副本 范本 样表 模板 附件 最新 最终 修改 修订 定稿 初稿 终版 新版 旧版 版本 整理 填报 上报 报送 核对 "
    "审核 制表 录入 提供 签字 盖章 确认 复制 拷贝 导出 另存 经办".split()
)
# The last character of a place's name (a village written without 村 is still a place: 李庄, 黄泥湾, 石门坎).
PLACE_ENDS = frozenset("村镇乡庄屯湾坪沟坝岭山河桥寨坡塘岗营堡集铺店湖洲溪港峪窑垭堰圩坊嘴坎街路区县市组家社居场园")
# An office after a place's name (金竹派出所, 石门司法所): the word before it is the place.
_OFFICE_AFTER = re.compile(
    r"派出所|司法所|人民|政府|党委|党政|综治|调委|村委|居委|便民|综合|执法|应急|市场|中心|办事处|街道"
)
_CJK_RUN = re.compile(rf"[{_CJK}]+")


@cache
def _trade_words() -> tuple[frozenset[str], str]:
    """The words of the ledgers' trade: every text of two to twelve Chinese characters the package's specs write
    (titles, aliases, vocabularies) with FILE_WORDS, and all the specs' texts joined (a word found inside one is
    no person). Comments are not read: they quote made-up people."""
    import yaml

    texts: list[str] = []

    def walk(node) -> None:
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(key)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted(paths.SPECS.glob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    words = {t for t in texts if 2 <= len(t) <= 12 and _CJK_RUN.fullmatch(t)}
    return frozenset(words | FILE_WORDS), "\n".join(texts)


def _a_word(text: str) -> bool:
    """Whether a text is written inside a word of the trade (the specs' texts, FILE_WORDS)."""
    words, joined = _trade_words()
    return text in words or text in joined or any(w in text for w in FILE_WORDS)


def _named_person(word: str) -> bool:
    """Whether a word of a file or sheet name is a person's full name: a common surname and given characters, no
    place, no word of the trade."""
    surname = 2 if word[:2] in COMPOUND_SURNAMES else 1 if word[:1] in SURNAMES else 0
    return (
        surname > 0
        and is_full_name(word)
        and GIVEN_CHARACTERS.issuperset(word[surname:])
        and word[-1] not in PLACE_ENDS
        and not _a_word(word)
    )


def _holds_word(text: str) -> bool:
    """Whether a part of a name holds a word of the trade (台账, 执法, 登记)."""
    words = _trade_words()[0]
    return any(text[i:j] in words for i in range(len(text)) for j in range(i + 2, min(len(text), i + 12) + 1))


def _opens_with_word(rest: str) -> bool:
    """Whether what follows a candidate opens with a word of the trade (张伟调解台账, 王建国整理), not an office."""
    words = _trade_words()[0]
    return not _OFFICE_AFTER.match(rest) and any(rest[:n] in words for n in range(2, min(len(rest), 12) + 1))


def _closes_with_word(rest: str) -> bool:
    """Whether what precedes a candidate closes with a word of the trade (执法台账李娜)."""
    words = _trade_words()[0]
    return any(rest[-n:] in words for n in range(2, min(len(rest), 12) + 1))


@lru_cache(maxsize=1 << 12)
def people_in_names(name: str, places: frozenset[str] = frozenset()) -> str:
    """A file or sheet name with the people it names masked though no ledger registers them. A word `places` holds (a
    village the folder names as one: 金竹 of 金竹村) is that place, however like a name it is; a registered name was
    masked before (Scanner.file_name), so no person is shown for a place.

    >>> people_in_names("调解台账（冲突副本 张伟的电脑）.xlsx"), people_in_names("执法台账-李娜.xlsx")
    ('调解台账（冲突副本 ［姓名已隐去］的电脑）.xlsx', '执法台账-［姓名已隐去］.xlsx')
    >>> people_in_names("王家村调解台账.xlsx"), people_in_names("张庄镇2024年执法台账.xlsx"), people_in_names("封面")
    ('王家村调解台账.xlsx', '张庄镇2024年执法台账.xlsx', '封面')
    >>> people_in_names("金竹调解台账.xlsx"), people_in_names("金竹调解台账.xlsx", frozenset({"金竹"}))
    ('［姓名已隐去］调解台账.xlsx', '金竹调解台账.xlsx')
    """
    spans: list[tuple[int, int, str]] = []
    for m in _DEVICE_OWNER.finditer(name):
        group = 1 if m.group(1) is not None else 2
        owner = m.group(group)
        if owner.lower() not in _NO_OWNER and not ORGANISATION.search(owner) and NAME_MASK not in owner:
            spans.append((m.start(group), m.end(group), NAME_MASK))
    runs = list(_CJK_RUN.finditer(name))
    for run in runs:
        word, at = run.group(), run.start()
        if 2 <= len(word) <= 4 and word not in places and _named_person(word):
            # A word of its own is a person beside the ledger's words (执法台账-李娜), not alone (a sheet 王芳 is
            # read as the registered names are: a ledger naming 王芳 masks it).
            if any(other is not run and _holds_word(other.group()) for other in runs):
                spans.append((at, run.end(), NAME_MASK))
            continue
        for size in (2, 3, 4):  # a name before the ledger's words: 张伟调解台账 (the shortest a word follows)
            head, rest = word[:size], word[size:]
            if PLACE_ENDS.intersection(head[1:]):  # 李庄调解台账, 王家湾调解台账: a place
                break
            if len(rest) >= 2 and _opens_with_word(rest) and head not in places and _named_person(head):
                spans.append((at, at + size, NAME_MASK))
                break
        for size in (2, 3, 4):  # after them: 执法台账李娜
            rest, tail = word[:-size], word[-size:]
            if len(rest) >= 2 and _closes_with_word(rest) and tail not in places and _named_person(tail):
                spans.append((run.end() - size, run.end(), NAME_MASK))
                break
    spans += [span for m in _DOTTED.finditer(name) if (span := _dotted_person(m, places)) is not None]
    return _apply(name, None, spans)


# A name transliterated from Uyghur, Kazakh or Korean, its parts joined by a middle dot (努尔兰·哈山, 金·哲洙), in a
# file or sheet name: none of the surnames and given characters a Han name is told by.
_DOTTED = re.compile(rf"([{_CJK}]+)[·•・‧]([{_CJK}]+)")
_DOTTED_PART = 6  # the longest part of such a name, in characters (阿不都热合曼)


def _dotted_person(m: re.Match, places: frozenset[str]) -> tuple[int, int, str] | None:
    """The span of a dotted name (努尔兰·哈山) in a file or sheet name, the ledger's words glued before or after it left
    out (执法台账努尔兰·哈山经办); None when a part is, or is written inside, a word of the trade or a place
    (综治中心·矛盾纠纷台账, 法治·民生专栏)."""
    left, right = m.group(1), m.group(2)
    first = next(
        (
            n
            for n in range(min(len(left), _DOTTED_PART), 0, -1)
            if (n == len(left) or _closes_with_word(left[:-n]))
            and (left[-1:] in SURNAMES if n == 1 else not _a_word(left[-n:]))
            and not _holds_word(left[-n:])
            and left[-n:] not in places
        ),
        0,
    )
    last = next(
        (
            n
            for n in range(min(len(right), _DOTTED_PART), 0, -1)
            if (n == len(right) or _opens_with_word(right[n:]))
            and not _a_word(right[:n])
            and not _holds_word(right[:n])
            and right[:n] not in places
        ),
        0,
    )
    start, end = m.start(1) + len(left) - first, m.start(2) + last
    # As a Han name, one is read beside the ledger's words only: a name of a file alone (乡村·振兴) is no person's.
    if not first or not last or not _holds_word(f"{m.string[:start]} {m.string[end:]}"):
        return None
    return start, end, NAME_MASK


def _names_beside_numbers(shown: str) -> str:
    """A text whose ID or phone was masked, with a 2–3 character word right beside the mask taken for
    the person it belongs to: a file named 张三-520323….xlsx, a remark 王小二 139…, whoever is not in a
    personal column of the year (and so not registered).

    >>> _names_beside_numbers("联系人王小二 ［电话已隐去］；石羊村［电话已隐去］")
    '联系人［姓名已隐去］ ［电话已隐去］；石羊村［电话已隐去］'
    """
    if ID_MASK not in shown and PHONE_MASK not in shown:
        return shown
    shown = _NAME_BEFORE_NUMBER.sub(lambda m: _person_masked(m.group(1), at_end=True), shown)
    return _NAME_AFTER_NUMBER.sub(lambda m: m.group(1) + _person_masked(m.group(2), at_end=False), shown)


_NUMBER_MASKS = f"(?:{re.escape(ID_MASK)}|{re.escape(PHONE_MASK)})"
_NAME_GAP = r"[\s\-_、，,.·()（）]*"
_NAME_BEFORE_NUMBER = re.compile(rf"([{_CJK}]{{2,}})(?={_NAME_GAP}{_NUMBER_MASKS})")
_NAME_AFTER_NUMBER = re.compile(rf"({_NUMBER_MASKS}{_NAME_GAP})([{_CJK}]{{2,}})")
# A third character that makes a word of the name: 张三的台账 is 张三's.
# A place's name beside a phone (石羊村139…) is no person's either.
_NOT_NAME_END = frozenset("的之等与和及台表册账单簿记录报村镇乡组")


def _person_masked(run: str, at_end: bool) -> str:
    """A word beside a masked number with the person's name in it masked: its last (first) 2–3
    characters, when they start with a common surname."""
    for size in (3, 2):
        candidate = run[-size:] if at_end else run[:size]
        if (
            len(candidate) == size
            and candidate[0] in SURNAMES
            and candidate not in NOT_NAMES
            and candidate[-1] not in _NOT_NAME_END
        ):
            return run[:-size] + NAME_MASK if at_end else NAME_MASK + run[size:]
    return run


# Words saying a person acts, around a name a remark gives though no personal column registers it (经王建国同意,
# 委托李秀英代为签收, 由赵德胜现场确认, 钱玉兰代签, 周桂芳陪同): the full name right after the first or before the second.
_ACTS_BEFORE = re.compile(r"(?:经|由(?!于)|委托|授权|交由|联系|告知|通知|请)")
_ACTS_AFTER = re.compile(
    r"(?:同意|代签|代为|代理|代收|签收|签字|签名|陪同|确认|担保|本人|同志|家属|口述|表示|参与|到场)"
)
_CJK_CHAR = re.compile(f"[{_CJK}]")


@lru_cache(maxsize=1 << 14)
def people_acting_in(text: str) -> str:
    """A free text (a 备注, a 简要情况) with the full names masked that stand right after a word saying a person acts
    (经, 由, 委托) or right before one (同意, 代签, 陪同): a common surname and given characters, no place and no word of
    the trade, as a file's name is read (`_named_person`). Such a name reached the processed tables, the report and
    its exports whenever no personal column of the year registered that person.

    >>> people_acting_in("经王建国同意延期办理；当事人委托李秀英代为签收；钱玉兰代签")
    '经［姓名已隐去］同意延期办理；当事人委托［姓名已隐去］代为签收；［姓名已隐去］代签'
    >>> people_acting_in("经村委会同意；由司法所确认；由高新区管委会通知；经［姓名已隐去］同意；经王某同意")
    '经村委会同意；由司法所确认；由高新区管委会通知；经［姓名已隐去］同意；经王某同意'
    """
    if not isinstance(text, str) or not (_ACTS_BEFORE.search(text) or _ACTS_AFTER.search(text)):
        return text
    spans: list[tuple[int, int]] = []
    for m in _ACTS_BEFORE.finditer(text):
        for size in (3, 2):
            start, end = m.end(), m.end() + size
            if _a_person_at(text, start, end):
                spans.append((start, end))
                break
    for m in _ACTS_AFTER.finditer(text):
        for size in (3, 2):
            start, end = m.start() - size, m.start()
            if start >= 0 and _a_person_at(text, start, end) and not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
                break
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + NAME_MASK + text[end:]
    return text


def _a_person_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a person's full name, not the start of a longer word (高新区: a place)."""
    word = text[start:end]
    if len(word) != end - start or not all(_CJK_CHAR.match(c) for c in word) or not _named_person(word):
        return False
    after = text[end : end + 1]
    return not after or after not in PLACE_ENDS and after not in _NOT_NAME_END


def _apply(text: str, where: list[int] | None, spans: list[tuple[int, int, str]]) -> str:
    """The masks of folded-text spans put into the text as written."""
    if not spans:
        return text
    if where is not None:
        spans = [(where[s], where[e - 1] + 1, mask) for s, e, mask in spans]
    out, last = [], 0
    for start, end, mask in sorted(spans):
        if start < last:  # overlapping: the first mask covers it
            continue
        out += [text[last:start], mask]
        last = end
    out.append(text[last:])
    return "".join(out)


def personal_numbers(values: pd.Series) -> pd.Series:
    """Which numbers of a numeric column can only be a mobile phone (11 digits, 13… to 19…) or an ID
    number (15 or 18 digits; Excel keeps 15): no amount or count of a township ledger is that large.

    >>> personal_numbers(pd.Series([13907314000, 520323199001011000.0, 5000.0, None])).tolist()
    [True, True, False, False]
    """
    numbers = np.abs(pd.to_numeric(values, errors="coerce").to_numpy(dtype="float64", na_value=np.nan))
    with np.errstate(invalid="ignore"):  # NaN compares False: a blank cell is no number
        whole = numbers == np.round(numbers)
        mobile = (numbers >= 1.3e10) & (numbers < 2e10)
        return pd.Series(whole & (mobile | (numbers >= 1e14)), index=values.index)


def mask_text(text: str, names: Iterable[str] = ()) -> str:
    """One piece of text with ID numbers, phone numbers and the given names masked.

    >>> mask_text("张 三（身份证５２０３２３１９９００１０１１２３Ｘ）电话+86 139-0731-1234", {"张三"})
    '［姓名已隐去］（身份证［身份证号已隐去］）电话［电话已隐去］'
    >>> mask_text("520323\\u20631990-0101-1232，139.8765.4321，2024-03-05 13812345678")
    '［身份证号已隐去］，［电话已隐去］，2024-03-05 ［电话已隐去］'
    """
    return Scanner(names)(text)


def mask_free_text(values: pd.Series, names: Iterable[str] = frozenset()) -> pd.Series:
    """Free text with ID numbers, phone numbers and the given personal names masked; NA stays NA."""
    return Scanner(names).series(values)


# --- the way out of the engine ----------------------------------------------------------------
class Outbound:
    """Every text of a cleaned year on its way out: file and sheet names as shown (masked, with a
    reference 〔文件3〕 / 〔工作表2〕 when a name had to be masked, so that messages still point to
    one file), table columns, issue rows, the manifest."""

    def __init__(self, names: Iterable = (), places: Iterable[str] = ()):
        self.scan = Scanner(names, places)
        self.files: dict[str, str] = {}
        self.sheets: dict[tuple[str, str], str] = {}
        self._renamed: list[tuple[str, str]] = []
        self.numbers_hidden: list[dict] = []
        # The columns of the last `table` call a text of which was masked or made safe: every other column of that
        # table holds the texts of the one given (its type may have changed).
        self.rewritten: set[str] = set()

    def name_files(self, entries: list[dict]) -> None:
        """Decide how each file and sheet of the manifest is shown (its place in the folder's
        sorted listing, and in its file, give the reference)."""
        for n, entry in enumerate(entries, 1):
            raw = entry["file"]
            shown = self.scan.file_name(raw)
            self.files[raw] = shown if shown == raw else f"{shown}〔文件{n}〕"
            for m, sheet in enumerate(entry.get("sheets", []), 1):
                name = sheet["sheet"]
                shown = self.scan.file_name(name)
                self.sheets[(raw, name)] = shown if shown == name else f"{shown}〔工作表{m}〕"
        renamed = {**{k: v for k, v in self.files.items() if k != v}}
        renamed |= {s: v for (_, s), v in self.sheets.items() if s != v and s not in renamed}
        self._renamed = sorted(renamed.items(), key=lambda kv: -len(kv[0]))

    def file(self, raw) -> str:
        # A file the manifest does not list (a county's town folder, a link named) is read as a name all the same.
        return self.files.get(raw) or (self.scan.file_name(self.text(raw)) if isinstance(raw, str) else raw)

    def sheet(self, file, sheet) -> str:
        if not isinstance(sheet, str) or not sheet:
            return sheet
        return self.sheets.get((file, sheet)) or self.scan.file_name(self.text(sheet))

    def text(self, value):
        """Any other text: names of files and sheets it quotes as shown, then the scan."""
        if not isinstance(value, str):
            return value
        for raw, shown in self._renamed:
            if raw in value:
                value = value.replace(raw, shown)
        return self.scan(value)

    def table(self, table: pd.DataFrame, untouched: Iterable[str] = (), keep: dict | None = None) -> pd.DataFrame:
        """A cleaned table with `_file`/`_sheet` as shown and every other text column scanned,
        but `untouched` ones (pseudonyms, field lists) and each field's `keep` values. A number that
        can only be a phone or an ID number (typed into an amount column) is removed; each is noted
        in `numbers_hidden` (index, file, sheet, row, field) for the issues list."""
        out = table.copy()
        self.rewritten = set()
        skip = {"_file", "_sheet", "_row", *untouched}
        if out.empty:  # nothing to scan (most kinds leave no record out): the types a scan gives
            types = {c: _TEXT for c, t in out.dtypes.items() if t == np.dtype(object) and c not in skip}
            return out.astype(types | ({"_file": object, "_sheet": object} if {"_file", "_sheet"} <= set(out) else {}))
        # Each column's type read from the frame's types, not from a Series made of every column twice (a table of
        # twenty fields, most of them text, has few numbers to look at).
        types = out.dtypes
        for column, dtype in types.items():
            if column not in skip and pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
                hidden = personal_numbers(out[column])
                if hidden.any():
                    for i in out.index[hidden]:
                        self.numbers_hidden.append(
                            {
                                "index": i,
                                "file": out.at[i, "_file"],
                                "sheet": out.at[i, "_sheet"],
                                "row": out.at[i, "_row"],
                                "field": column,
                            }
                        )
                    out[column] = out[column].mask(hidden)
        if "_file" in out and "_sheet" in out:  # once per sheet, not per record
            self._shown_places(out)
        texts = {
            column: out[column]
            for column, dtype in out.dtypes.items()
            if column not in skip and (dtype == _TEXT or _holds_text(out, column, dtype))
        }
        for column, shown in self.scan.columns(texts, keep, self.rewritten).items():
            out[column] = shown
        return out

    def _shown_places(self, out: pd.DataFrame) -> None:
        """`_file`/`_sheet` as shown, worked out once per sheet: the records' (file, sheet) pairs by their codes (a
        register's 105,600 records are 160 sheets), the columns made from them (`text_column`), not a Python
        string per record read out of Arrow's column and handed back."""
        files, file_names = pd.factorize(out["_file"])
        sheets, sheet_names = pd.factorize(out["_sheet"])
        pairs, at = pd.factorize(files.astype(np.int64) * max(len(sheet_names), 1) + sheets)
        places = [(file_names[p // max(len(sheet_names), 1)], sheet_names[p % max(len(sheet_names), 1)]) for p in at]
        shown = [(self.file(f), self.sheet(f, s)) for f, s in places]
        if (files < 0).any() or (sheets < 0).any() or not all(isinstance(t, str) for pair in shown for t in pair):
            # A place missing or shown as no text: as pandas makes such a column of the values.
            pairs = list(zip(out["_file"].to_numpy(dtype=object), out["_sheet"].to_numpy(dtype=object)))
            by_pair = {pair: (self.file(pair[0]), self.sheet(*pair)) for pair in dict.fromkeys(pairs)}
            out["_file"] = np.array([by_pair[p][0] for p in pairs], dtype=object)
            out["_sheet"] = np.array([by_pair[p][1] for p in pairs], dtype=object)
            return
        out["_file"] = _text_column(pairs, [f for f, _ in shown], out.index, None)
        out["_sheet"] = _text_column(pairs, [s for _, s in shown], out.index, None)

    def issue_rows(self, rows: list[dict]) -> list[dict]:
        out = []
        for row in rows:
            row = dict(row)
            file = row.get("file")
            row["sheet"] = self.sheet(file, row.get("sheet"))
            row["file"] = self.file(file)
            for key in ("value", "detail", "header", "expected"):
                if key in row:
                    row[key] = self.text(row[key])
            out.append(row)
        return out

    def manifest_files(self, entries: list[dict]) -> list[dict]:
        out = []
        for entry in entries:
            entry = dict(entry)
            raw = entry["file"]
            entry["sheets"] = [{**s, "sheet": self.sheet(raw, s["sheet"])} for s in entry.get("sheets", [])]
            entry["file"] = self.file(raw)
            out.append(entry)
        return out


# --- pseudonyms -------------------------------------------------------------------------------
def _secret_path() -> Path:
    return paths.SECRET


@cache
def secret_key(path: Path | None = None) -> bytes:
    """The local pseudonym key, created on first use; it lives outside git and is never printed.

    Created with O_EXCL and mode 0600 in one step, so it is never readable by others, not even for
    a moment, and two runs starting together cannot write two different keys.
    """
    path = path or _secret_path()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    except OSError as exc:
        raise SecretKeyError(
            f"无法创建化名密钥文件 {path.name}（{os_reason(exc)}）。请确认项目文件夹可写后重新运行。"
        ) from None
    else:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32))
    try:
        key = bytes.fromhex(path.read_bytes().decode("ascii").strip())
    except (ValueError, UnicodeDecodeError, OSError):
        key = b""
    if len(key) < MIN_KEY_BYTES:
        # An empty or damaged key would turn pseudonyms into plain hashes anyone can enumerate.
        raise SecretKeyError(
            f"化名密钥文件 {path.name}（在项目文件夹中）已损坏或无法读取（应为 64 位十六进制字符）。"
            "请删除该文件后重新运行 clean（之后生成的化名将与以前的不同）。"
        )
    return key


def pseudonymise(values: pd.Series, prefix: str = "P") -> pd.Series:
    """A keyed HMAC pseudonym per value (stable on this machine, not reversible by enumeration
    without the key, unlike a plain hash of an ID number); NA stays NA."""
    key = secret_key()
    return _per_value(
        values,
        lambda v: f"{prefix}-{hmac.new(key, str(v).encode('utf-8', 'surrogatepass'), hashlib.sha256).hexdigest()[:12]}",
    )


def _per_value(values: pd.Series, fn) -> pd.Series:
    """`fn` of each distinct value, spread over the column as text; NA stays NA. (Series.map with a dict
    cost twice as much as the hashing in most tables: a fixed cost of every personal field of every kind.)"""
    codes, uniques = pd.factorize(values)
    return _text_column(codes, list(map(fn, uniques)), values.index)  # code -1: NA


@lru_cache(maxsize=4)
def _split_all(values: frozenset) -> frozenset[str]:
    # Cached: the engine protects each kind with the same names of the whole year.
    return frozenset(n for v in values if isinstance(v, str) for n in people_of(v))


def protect(table: pd.DataFrame, personal: dict[str, str], also: Iterable[str] = ()) -> pd.DataFrame:
    """A copy of a cleaned table in which no personal field holds a raw value.

    `personal` maps field name → personal kind (name, id_number, phone, address, free_text).
    People, IDs and phones become keyed pseudonyms (records can still be linked and de-duplicated);
    addresses are dropped; free text is kept with personal values masked out: every name, ID and
    phone of this table (in any row), plus `also` (names from the year's other ledgers).
    """
    # Copy-on-write (pandas 3) keeps `table` as it is whatever is set in `out`: no column is copied until written.
    out = table.copy(deep=False)
    scan = Scanner(personal_names(out, personal) | _split_all(also if isinstance(also, frozenset) else frozenset(also)))
    for name, kind in personal.items():
        if name not in out:
            continue
        if kind == "free_text":
            out[name] = scan.series(out[name])
            if out[name].notna().any():
                out[name] = _per_value(out[name], people_acting_in)
        elif kind == "address":
            out = out.drop(columns=name)
        else:
            values = out[name]
            if not values.notna().any():  # a column the table lacks (most personal fields of a small one): all NA
                out[name] = _text_column(np.full(len(values), -1, dtype=np.intp), [], values.index)
                continue
            values = values.astype("string")
            if kind == "name":
                # name_key once per distinct name: a column repeats each person many times.
                values = _per_value(values, name_key)
            out[name] = pseudonymise(values, prefix=PSEUDONYM_PREFIX[kind])
    return out
