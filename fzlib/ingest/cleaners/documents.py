"""Cleaner of document and case numbers: one form per number, so variants of one case compare equal."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import numpy as np
import pandas as pd

from fzlib.ingest.cleaners.cells import (
    DATE,
    DATETIME,
    FLOAT,
    INT,
    STRING,
    Uniques,
    cleaned,
    na_strings,
    text_cells,
)
from fzlib.ingest.cleaners.registry import Cleaned, register

_OPENING = "〔[(（【［〖﹝"
_CLOSING = "〕])）】］〗﹞"
# One form per document number: no spaces, 〔〕 for any bracket, no 第 before the number, no
# leading zeros in it. Regexes rather than str.translate, which looks up every character in a dict.
_CASE_NO_STEPS = (
    (re.compile(r"\s"), ""),
    (re.compile(f"[{re.escape(_OPENING.replace('〔', ''))}]"), "〔"),  # 〔 and 〕 themselves need no replacing
    (re.compile(f"[{re.escape(_CLOSING.replace('〕', ''))}]"), "〕"),
    (re.compile(r"第(?=\d)"), ""),
    # (?<!\d)0+(?=\d+号), written to start with its literal 0 so that re can skip to each 0 quickly:
    # the look-behind (?<!\d0) after the first 0 says no digit comes before it.
    (re.compile(r"0(?<!\d0)0*(?=\d+号)"), ""),
)


# The year a document number names in its brackets (旺府发〔2024〕3号, 某府办发[2023]12号, （2024）黔0323行初15号), or
# written with 年 before the number (鹤人调字2024年第3号).
_YEAR_IN_NUMBER = re.compile(
    f"[{re.escape(_OPENING)}]\\s*((?:19|20)\\d\\d)\\s*[{re.escape(_CLOSING)}]"
    r"|(?<!\d)((?:19|20)\d\d)\s*年\s*第?\s*\d+\s*号"
)


def year_in_number(cells: pd.Series) -> pd.Series:
    """The year each document number names in its brackets, as a date cell writes a year (2024年); NA for a cell
    naming none (a bare 3号, a 序号) or two different ones. An official document's number is given the year it
    is issued in, so the bracket is the document's year where a register keeps no date of it.

    >>> year_in_number(pd.Series(["旺府发〔2024〕3号", "某府办发[2023] 12号", "3号", None, "〔2023〕1号〔2024〕2号"])).tolist()
    ['2024年', '2023年', <NA>, <NA>, <NA>]
    >>> year_in_number(pd.Series(["鹤人调字2024年第3号", "2024年第12期", "2024年3月5日"])).tolist()
    ['2024年', <NA>, <NA>]
    """

    def one(text) -> object:
        found = _YEAR_IN_NUMBER.findall(str(text)) if isinstance(text, str) else []
        years = {a or b for a, b in found}
        return f"{years.pop()}年" if len(years) == 1 else pd.NA

    return cells.map(one).astype("string")


def _case_no_form(text: str) -> str:
    for pattern, repl in _CASE_NO_STEPS:
        text = pattern.sub(repl, text)
    # A space taken out can leave a combining mark after a letter (NFKC makes "´" a space and a
    # combining acute): compose them now, as the next normalisation would (idempotence).
    return unicodedata.normalize("NFC", text)


# Joins texts for _map_joined: matched by none of the patterns above and never next to a digit,
# so no match can reach across it, and (?<!\d) sees a text's start as it would alone; nothing
# composes with it in NFC.
_JOIN = "\x00"


def _map_joined(texts: list[str], func: Callable[[str], str]) -> list[str]:
    """[func(t) for t in texts], by one call of func on all texts joined. A column may hold 10^5
    distinct document numbers: a regex pass over all of them costs far less than a call per text.
    func must treat the text on either side of _JOIN independently (as _case_no_form does)."""
    joined = _JOIN.join(texts)
    if joined.count(_JOIN) != max(len(texts) - 1, 0):  # some text holds the separator itself
        return [func(t) for t in texts]
    return func(joined).split(_JOIN) if texts else []


# Two numbers in one cell (pasted from a chat with a line break, or 第9512、9598号): the row is one
# record, and it may be two decisions. Said, so the office splits the row or keeps the one number.
_SEVERAL = re.compile(r"\d\s*号.*?\d\s*号|\d\s*[、,，及和]\s*(?:第\s*)?\d+\s*号", re.S)


# A key cell holding what Excel left of a number (these codes): no key, its record one of its own (never merged).
KEY_LOST = frozenset({"case_no.rounded", "case_no.scientific", "case_no.date", "id.scientific"})
# Excel keeps 15 significant digits of a number: one of 16 digits or more is not the number typed.
_EXCEL_DIGITS = 1e15
_ROUNDED_TEXT = re.compile(r"[1-9]\d{14}0{3,}")
# A long number as Excel shows it in a General cell (2.02403E+17) and writes it into a CSV it saves: six digits of it.
_SCIENTIFIC_TEXT = re.compile(r"[1-9](?:\.\d+)?[eE]\+?\d{2}")
# The first character of either: a text starting otherwise is neither.
_ONE_TO_NINE = frozenset("123456789")


@register("case_no")
def clean_case_no(raw: pd.Series, *, key: bool = True) -> Cleaned:
    """Document numbers in one form, so variants of one case compare equal. An Excel error value
    (#REF!) gets its code; where the number is the record's `key`, a cell holding several numbers
    ``case_no.several`` (kept as written: a link to other records may name several).

    >>> raw = pd.Series(["旺草罚字〔2024〕第003号", "旺草罚字[2024]3号", "（2024）黔0323行初15号"])
    >>> clean_case_no(raw).values.tolist()
    ['旺草罚字〔2024〕3号', '旺草罚字〔2024〕3号', '〔2024〕黔0323行初15号']
    >>> clean_case_no(pd.Series(["旺草罚字〔2024〕1号\\n旺草罚字〔2024〕2号", "旺草罚字〔2024〕第5、6号"])).codes.tolist()
    ['case_no.several', 'case_no.several']
    >>> res = clean_case_no(pd.Series([339901202503050000.0, "339901202503050001", 2024001], dtype=object))
    >>> res.values.tolist(), res.codes.tolist()  # Excel's 15 digits of an 18-digit number: no key
    ([<NA>, '339901202503050001', '2024001'], ['case_no.rounded', <NA>, <NA>])
    >>> clean_case_no(pd.Series(["3399012025030500000", "3399012025030500010"])).codes.tolist()  # as text
    ['case_no.rounded', <NA>]
    >>> clean_case_no(pd.Series(["2.02403E+17", "2024E3"])).codes.tolist()  # a CSV Excel saved: 6 digits of 18
    ['case_no.scientific', <NA>]
    >>> clean_case_no(pd.Series([pd.Timestamp("2024-03-01"), "3-1"], dtype=object)).codes.tolist()  # 3-1 made a date
    ['case_no.date', <NA>]
    """
    obj, kinds, text, errors = text_cells(raw)
    if key:
        # A number cell of more than 15 digits (an 18-digit 案件编号 a system exported as a number) holds what Excel
        # keeps of it: 15 significant digits, the running number at the end turned to 000, so two cases of one day
        # share it. It tells no record from another: no key (each row its own record), said so.
        numeric = np.flatnonzero((kinds == INT) | (kinds == FLOAT))
        rounded = numeric[[abs(float(obj[i])) >= _EXCEL_DIGITS for i in numeric]]
        # So is such a number turned to text after it was rounded (the column set to 文本, or typed '): its 15
        # digits, then three zeros or more where the running number was.
        # Both forms start with a digit 1–9: only such texts are matched (a register's numbers start with its
        # office's name, and two patterns per cell had been a tenth of the column's cleaning).
        leading = [i for i, t in enumerate(text) if t is not None and t[:1] in _ONE_TO_NINE]
        typed = [i for i in leading if _ROUNDED_TEXT.fullmatch(text[i])]
        rounded = np.union1d(rounded, np.array(typed, dtype=np.int64)).astype(np.int64)
        # Kept of a number as Excel shows it, 2.02403E+17 (a CSV saved from Excel), or a number Excel took for a date
        # (3-1, 2024/3/1 typed into a General cell): no key either. Read as keys, the records sharing the six digits
        # or the day had been one record and its copies, without a word but "编号相同，只计一次".
        scientific = np.array([i for i in leading if _SCIENTIFIC_TEXT.fullmatch(text[i])], dtype=np.int64)
        dated = np.flatnonzero((kinds == DATETIME) | (kinds == DATE))
        if len(rounded) or len(scientific) or len(dated):
            text = text.copy()
            errors = np.asarray(errors, dtype=object).copy()
            for where, code in (
                (rounded, "case_no.rounded"),
                (scientific, "case_no.scientific"),
                (dated, "case_no.date"),
            ):
                text[where] = None
                errors[where] = code
    # The distinct texts (str, none missing: text_cells gives str or None, and None is no distinct text) as they
    # are, not checked into a string Series and out again.
    u = Uniques(text)
    texts = u.uniques.tolist()
    # The text is NFKC already (_text_cells), but for the parked full-width brackets.
    forms = na_strings(len(texts))
    forms[:] = _map_joined(texts, _case_no_form)
    several = na_strings(len(texts))
    if key:
        hits = np.fromiter(map(bool, map(_SEVERAL.search, texts)), dtype=bool, count=len(texts))
        several[hits] = "case_no.several"
    forms[forms == ""] = None
    values = pd.Series(u.spread(forms), dtype=STRING)
    errors = np.asarray(errors, dtype=object)
    return cleaned(raw.index, values, np.where(pd.isna(errors), u.spread(several), errors))
