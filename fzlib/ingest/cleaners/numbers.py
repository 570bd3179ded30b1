"""Cleaners of amounts and counts: units, 万, separators, full-width and Chinese numerals."""

from __future__ import annotations

import decimal
import re

import numpy as np
import pandas as pd

from fzlib import numerals
from fzlib.ingest.cleaners.cells import (
    FLOAT,
    INT,
    MISSING,
    STR,
    STRING,
    Uniques,
    cell_kinds,
    cleaned,
    na_strings,
    normalise,
    safe_float,
)
from fzlib.ingest.cleaners.registry import Cleaned, register

_CN_NUMERAL_CHARS = numerals.NUMERAL_CHARS
_UNITS = r"人次|元整|元|圆整|圆|次|件|人|份|条|起|个|户|场|项"
_NUMBER = re.compile(
    rf"^(?P<sign>[-+−])?\s*[¥]?\s*(?P<num>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|\.\d+)\s*(?P<wan>万)?\s*(?:{_UNITS})?$"
)


def _chinese_number(text: str) -> float | None:
    """Value of a Chinese (or mixed) numeral with optional 负, 点 decimals and a trailing unit."""
    t = re.sub(rf"(?:{_UNITS})$", "", text.replace(" ", "").lstrip("¥"))
    parsed = numerals.chinese_decimal(t)
    return None if parsed is None else parsed[0]


def _parse_number_strings(s: pd.Series) -> np.ndarray:
    """Float value of each normalised string (NaN where unparseable); `s` has no NA."""
    # 1，200 keeps its full-width comma through normalisation; a comma is a thousands
    # separator only when exactly three digits follow.
    t = s.str.replace(r"(?<=\d)[,，](?=\d{3}(?!\d))", "", regex=True).str.replace(" ", "", regex=False)
    parts = t.str.extract(_NUMBER)
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
    return value


def _safe_chinese_number(text: str) -> float:
    try:
        v = _chinese_number(text)
    except (ValueError, OverflowError):
        return np.nan
    return np.nan if v is None else v


def _numbers(raw: pd.Series, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """(float values with NaN, unparseable mask) for a raw column."""
    obj, kinds = cell_kinds(raw)
    n = obj.size
    value = np.full(n, np.nan)
    bad = np.zeros(n, dtype=bool)
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
        present = norm.notna().to_numpy(dtype=bool)
        per_unique = np.full(len(norm), np.nan)
        per_unique[present] = _parse_number_strings(norm[present].astype(STRING))
        unusable = present & np.isnan(per_unique)
        value[is_str] = u.spread(per_unique, np.nan)
        bad[is_str] = u.spread(unusable, False)
    bad |= ~np.isin(kinds, [MISSING, STR, INT, FLOAT])  # bools, dates, times are not counts
    with np.errstate(invalid="ignore"):
        infinite = numeric & ~np.isfinite(value)
    bad |= infinite
    value[infinite] = np.nan
    if scale != 1:
        with np.errstate(over="ignore", invalid="ignore"):
            value = np.round(value * scale, 9)  # as for 万 above
    value[bad] = np.nan
    return value, bad


@register("number")
def clean_number(raw: pd.Series, *, scale: float = 1) -> Cleaned:
    """Parse amounts and counts: units, 万, separators, full-width and Chinese numerals → Float64.

    >>> raw = pd.Series(["1,200", "１００", "50元", "1.2万", "贰佰", "一千二百", "/", "约三十"], dtype=object)
    >>> res = clean_number(raw)
    >>> res.values.tolist()
    [1200.0, 100.0, 50.0, 12000.0, 200.0, 1200.0, <NA>, <NA>]
    >>> res.codes.tolist()[-2:]
    [<NA>, 'number.unparseable']
    """
    value, bad = _numbers(raw, scale)
    values = pd.Series(value, dtype="Float64")
    codes = np.where(bad, "number.unparseable", None).astype(object)
    return cleaned(raw.index, values, codes)


@register("integer")
def clean_integer(raw: pd.Series, *, scale: float = 1) -> Cleaned:
    """Like ``number``, then whole numbers only → Int64; 2.5 people is ``number.not_integer``.

    >>> res = clean_integer(pd.Series(["3次", 12.0, "2.5", "十二"], dtype=object))
    >>> res.values.tolist(), res.codes.tolist()
    ([3, 12, <NA>, 12], [<NA>, <NA>, 'number.not_integer', <NA>])
    """
    value, bad = _numbers(raw, scale)
    with np.errstate(invalid="ignore"):
        fits = np.isnan(value) | ((value == np.floor(value)) & (np.abs(value) < 2**63))
    not_integer = ~fits
    detail = na_strings(value.size)
    detail[not_integer] = [f"{v:g}" for v in value[not_integer]]
    value[not_integer] = np.nan
    codes = np.where(bad, "number.unparseable", np.where(not_integer, "number.not_integer", None))
    codes = codes.astype(object)
    values = pd.Series(value, dtype="Float64").astype("Int64")
    return cleaned(raw.index, values, codes, detail)
