"""The registry of cleaning steps: pure, vectorised cleaners, registered by name, that never raise.

A cleaner turns a Series of raw spreadsheet cells (str, int, float, bool, datetime, date, time,
None, in any mix) into a `Cleaned` triple of Series sharing the input's index:

- ``values``: the cleaned values, NA where the cell is missing or unusable;
- ``codes``: an issue code from the closed catalogue (see `CODES`) where the cell has a problem;
- ``detail``: an optional detail for the message (a suggestion, the inferred date, ...).

Missing input (None, NaN, blank, whitespace, placeholders such as "/" or "无") is NA with no
code: whether a value is required is the engine's business, not the cleaner's. Cleaners never
mutate their input and are idempotent: ``f(f(x).values).values`` equals ``f(x).values`` (for
``number``/``integer`` this holds with the default ``scale=1``, as a scale multiplies each time).

Work is done once per distinct string (``pd.factorize`` then ``.str``/regex on the uniques),
so a column of 10^6 cells with a few hundred distinct values costs little; exotic forms such as
Chinese numerals are parsed by plain Python on the few uniques that need it.
"""

from __future__ import annotations

import datetime as dt
import decimal
import difflib
import inspect
import numbers
import re
import unicodedata
from dataclasses import dataclass
from itertools import repeat
from typing import Callable

import numpy as np
import pandas as pd

from fzlib import numerals

__all__ = [
    "CLEANERS",
    "CLEANER_OPTIONS",
    "CODES",
    "Cleaned",
    "register",
    "id_check_digit",
    "id_checksum_ok",
]

# Python storage, not pyarrow: pyarrow regexes are RE2 (ASCII-only \s, no lookbehind) and
# reject lone surrogates, which real files do contain.
STRING = pd.StringDtype("python")

CODES = frozenset(
    {
        "date.unparseable",
        "date.partial",
        "date.out_of_range",
        "number.unparseable",
        "number.not_integer",
        "vocab.unknown",
        "bool.unparseable",
        "id.checksum",
        "id.excel_damaged",
        "id.legacy15",
        "id.malformed",
        "phone.malformed",
    }
)


@dataclass(frozen=True)
class Cleaned:
    """What every cleaner returns: three Series aligned on the input's index."""

    values: pd.Series
    codes: pd.Series
    detail: pd.Series


CLEANERS: dict[str, Callable[..., Cleaned]] = {}
CLEANER_OPTIONS: dict[str, set[str]] = {}


def register(name: str) -> Callable[[Callable[..., Cleaned]], Callable[..., Cleaned]]:
    """Register a cleaner under `name`; its keyword-only parameters become its option names.

    >>> sorted(CLEANER_OPTIONS["date"])
    ['year']
    """

    def decorate(func: Callable[..., Cleaned]) -> Callable[..., Cleaned]:
        params = inspect.signature(func).parameters.values()
        CLEANER_OPTIONS[name] = {p.name for p in params if p.kind is p.KEYWORD_ONLY}
        CLEANERS[name] = func
        return func

    return decorate


# --------------------------------------------------------------------------------------------
# Cell kinds: one cheap pass of type() per cell, then everything else works per kind.

_MISSING, _STR, _BOOL, _INT, _FLOAT, _DATETIME, _DATE, _TIME, _OTHER = range(9)

_EXACT_KIND = {
    str: _STR,
    np.str_: _STR,
    bool: _BOOL,
    np.bool_: _BOOL,
    int: _INT,
    float: _FLOAT,
    dt.datetime: _DATETIME,
    pd.Timestamp: _DATETIME,
    dt.date: _DATE,
    dt.time: _TIME,
    **{t: _INT for t in (np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64)},
    **{t: _FLOAT for t in (np.float16, np.float32, np.float64)},
}


def _kind_of(x: object) -> int:
    """Slow path for subclasses and exotic types; order matters (bool is an int, datetime a date)."""
    if isinstance(x, (bool, np.bool_)):
        return _BOOL
    if isinstance(x, str):
        return _STR
    if isinstance(x, numbers.Integral):
        return _INT
    if isinstance(x, (numbers.Real, decimal.Decimal)):
        return _FLOAT
    if isinstance(x, dt.datetime):
        return _DATETIME
    if isinstance(x, dt.date):
        return _DATE
    if isinstance(x, dt.time):
        return _TIME
    return _OTHER


def _cells(raw: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The cells as an object array (a copy: the input is never touched) and their kinds."""
    obj = np.array(raw.astype(object).to_numpy(), dtype=object, copy=True)
    if obj.size == 0:
        return obj, np.zeros(0, dtype=np.int8)
    # Builtin maps, no Python call per cell (Series.map(type) cost twice as much); -1: not an exact type.
    kinds = np.fromiter(map(_EXACT_KIND.get, map(type, obj), repeat(-1)), dtype=np.int8, count=obj.size)
    unknown = kinds == -1
    if unknown.any():
        kinds[unknown] = [_kind_of(x) for x in obj[unknown]]
    try:
        missing = np.asarray(pd.isna(obj), dtype=bool)
    except (TypeError, ValueError):
        missing = np.array([_isna_scalar(x) for x in obj], dtype=bool)
    kinds[missing] = _MISSING
    return obj, kinds


def _isna_scalar(x: object) -> bool:
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def _na_strings(n: int) -> np.ndarray:
    return np.full(n, None, dtype=object)


def _result(
    index: pd.Index, values: pd.Series, codes: np.ndarray, detail: np.ndarray | None = None
) -> Cleaned:
    values = values.set_axis(index)
    detail = _na_strings(len(index)) if detail is None else detail
    return Cleaned(
        values=values,
        codes=pd.Series(codes, index=index, dtype=STRING),
        detail=pd.Series(detail, index=index, dtype=STRING),
    )


# --------------------------------------------------------------------------------------------
# Text normalisation, shared by every cleaner that reads strings.

_ZERO_WIDTH = r"[\u200b-\u200d\u2060\ufeff\u00ad]"
# NFKC would turn these full-width Chinese punctuation marks (and circled list numbers) into
# ASCII, which reads wrongly in Chinese prose; park them on private-use code points meanwhile.
_KEEP_WIDE = "！（），：；？…" + "".join(chr(c) for c in range(0x2460, 0x2474))
_PARK = str.maketrans({c: chr(0xF0000 + i) for i, c in enumerate(_KEEP_WIDE)})
_UNPARK = str.maketrans({chr(0xF0000 + i): c for i, c in enumerate(_KEEP_WIDE)})
_PLACEHOLDER = r"[/\\\-—–―]+|无|空|[Nn]/[Aa]|#N/A"


def _nfkc(s: pd.Series) -> pd.Series:
    return s.str.translate(_PARK).str.normalize("NFKC").str.translate(_UNPARK)


# Printable ASCII, CJK ideographs, CJK brackets/punctuation without compatibility forms, and the
# parked full-width marks are left as they are by _normalise; such text with single inner spaces is
# already normal, so one regex pass spares it the six passes below (most ledger cells).
_STABLE = "!-~\u4e00-\u9fff\u3001-\u3003\u3008-\u3011\u3014-\u301b" + "".join(_KEEP_WIDE)
_ALREADY_NORMAL = f"[{_STABLE}]+(?: [{_STABLE}]+)*"


def _fullmatches(pattern: re.Pattern[str], s: pd.Series) -> np.ndarray:
    """Whether each text of a `string` Series matches `pattern` in full (False where NA). A builtin
    map over the texts: the .str accessor's per-text Python wrapper costs more than the match."""
    texts = s.to_numpy(dtype=object, na_value=None)
    present = pd.notna(texts)
    out = np.zeros(len(texts), dtype=bool)
    out[present] = np.fromiter(map(bool, map(pattern.fullmatch, texts[present])), dtype=bool, count=present.sum())
    return out


_ALREADY_NORMAL_RE = re.compile(_ALREADY_NORMAL)
_PLACEHOLDER_RE = re.compile(_PLACEHOLDER)


def _normalise(s: pd.Series) -> pd.Series:
    """Normalise a `string` Series: NFKC, no zero-width, one space between words, no placeholders."""
    todo = s.notna().to_numpy(dtype=bool) & ~_fullmatches(_ALREADY_NORMAL_RE, s)
    if todo.any():
        t = s[todo].str.replace(_ZERO_WIDTH, "", regex=True)
        t = _nfkc(t)
        t = t.str.replace(r"\s+", " ", regex=True).str.strip()
        s = s.copy()
        s[todo] = t
    blank = (s == "").fillna(False).to_numpy(dtype=bool) | _fullmatches(_PLACEHOLDER_RE, s)
    return s.mask(blank)


def _float_text(values: np.ndarray) -> np.ndarray:
    """Floats as a person would type them: 3.0 → "3", 3.5 → "3.5", 1.10101199001011e17 → its digits."""
    out = np.empty(values.size, dtype=object)
    with np.errstate(invalid="ignore"):
        whole = np.isfinite(values) & (values == np.floor(values))
        small = whole & (np.abs(values) < 2**53)
        large = whole & ~small & (np.abs(values) < 1e21)
    out[small] = values[small].astype(np.int64).astype(str)
    # Beyond 2**53 the shortest repr holds the digits Excel kept; int(v) would invent binary noise.
    out[large] = [str(int(decimal.Decimal(repr(float(v))))) for v in values[large]]
    rest = ~(small | large)
    out[rest] = [repr(float(v)) for v in values[rest]]
    return out


def _scalar_text(x: object, kind: int) -> str | None:
    """Text of a rare non-string cell (dates, times, bools, exotic numbers)."""
    try:
        if kind == _BOOL:
            return "True" if x else "False"
        if kind == _DATETIME:
            ts = pd.Timestamp(x)
            return ts.strftime("%Y-%m-%d") if ts == ts.normalize() else ts.strftime("%Y-%m-%d %H:%M:%S")
        if kind == _DATE:
            return x.isoformat()  # type: ignore[union-attr]
        if kind == _TIME:
            return x.strftime("%H:%M:%S")  # type: ignore[union-attr]
        if kind == _FLOAT:
            return _float_text(np.array([float(x)]))[0]  # type: ignore[arg-type]
        return str(x)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return str(x)


def _raw_text(obj: np.ndarray, kinds: np.ndarray) -> np.ndarray:
    """Every non-missing cell as a str (object array, None where missing), before normalisation."""
    out = _na_strings(obj.size)
    is_str = kinds == _STR
    out[is_str] = obj[is_str]
    is_int = kinds == _INT
    if is_int.any():
        out[is_int] = [str(int(x)) for x in obj[is_int]]
    is_float = kinds == _FLOAT
    if is_float.any():
        try:
            out[is_float] = _float_text(obj[is_float].astype(float))
        except (TypeError, ValueError, OverflowError, decimal.InvalidOperation):
            out[is_float] = [_scalar_text(x, _FLOAT) for x in obj[is_float]]
    rest = ~(is_str | is_int | is_float) & (kinds != _MISSING)
    if rest.any():
        out[rest] = [_scalar_text(x, k) for x, k in zip(obj[rest], kinds[rest])]
    return out


class _Uniques:
    """Distinct strings of a column and the way back to cells, so work is done once per value."""

    def __init__(self, texts: np.ndarray):
        self.codes, uniques = pd.factorize(texts, use_na_sentinel=True)
        self.values = pd.Series(np.asarray(uniques, dtype=object), dtype=STRING)

    def spread(self, per_unique: np.ndarray, fill: object = None) -> np.ndarray:
        """Per-unique results back onto the cells; missing cells (code -1) get `fill`."""
        per_unique = np.asarray(per_unique)
        extended = np.empty(per_unique.size + 1, dtype=per_unique.dtype)
        extended[:-1] = per_unique
        extended[-1] = fill
        return extended[self.codes]


def _text_cells(raw: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(cells, kinds, normalised text per cell with None where missing or a placeholder)."""
    obj, kinds = _cells(raw)
    u = _Uniques(_raw_text(obj, kinds))
    normalised = _normalise(u.values).to_numpy(dtype=object, na_value=None)
    return obj, kinds, u.spread(normalised)


@register("text")
def clean_text(raw: pd.Series) -> Cleaned:
    """Normalise free text; placeholders and blanks become NA. Never emits a code.

    >>> raw = pd.Series(["  ＡＢＣ１２３ ", "第一行\\n第二行", "\\u200b/", 3.0, "村（社区）"], dtype=object)
    >>> clean_text(raw).values.tolist()
    ['ABC123', '第一行 第二行', <NA>, '3', '村（社区）']
    """
    _, _, text = _text_cells(raw)
    return _result(raw.index, pd.Series(text, dtype=STRING), _na_strings(len(raw)))


# --------------------------------------------------------------------------------------------
# Numbers.

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
    obj, kinds = _cells(raw)
    n = obj.size
    value = np.full(n, np.nan)
    bad = np.zeros(n, dtype=bool)
    numeric = (kinds == _INT) | (kinds == _FLOAT)
    if numeric.any():
        try:
            with np.errstate(over="ignore"):
                value[numeric] = obj[numeric].astype(float)
        except (TypeError, ValueError, OverflowError, decimal.InvalidOperation):
            value[numeric] = [_safe_float(x) for x in obj[numeric]]
    is_str = kinds == _STR
    if is_str.any():
        u = _Uniques(obj[is_str])
        norm = _normalise(u.values)
        present = norm.notna().to_numpy(dtype=bool)
        per_unique = np.full(len(norm), np.nan)
        per_unique[present] = _parse_number_strings(norm[present].astype(STRING))
        unusable = present & np.isnan(per_unique)
        value[is_str] = u.spread(per_unique, np.nan)
        bad[is_str] = u.spread(unusable, False)
    bad |= ~np.isin(kinds, [_MISSING, _STR, _INT, _FLOAT])  # bools, dates, times are not counts
    with np.errstate(invalid="ignore"):
        infinite = numeric & ~np.isfinite(value)
    bad |= infinite
    value[infinite] = np.nan
    if scale != 1:
        with np.errstate(over="ignore", invalid="ignore"):
            value = np.round(value * scale, 9)  # as for 万 above
    value[bad] = np.nan
    return value, bad


def _safe_float(x: object) -> float:
    try:
        return float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, decimal.InvalidOperation):
        return np.nan


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
    return _result(raw.index, values, codes)


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
    detail = _na_strings(value.size)
    detail[not_integer] = [f"{v:g}" for v in value[not_integer]]
    value[not_integer] = np.nan
    codes = np.where(bad, "number.unparseable", np.where(not_integer, "number.not_integer", None))
    codes = codes.astype(object)
    values = pd.Series(value, dtype="Float64").astype("Int64")
    return _result(raw.index, values, codes, detail)


# --------------------------------------------------------------------------------------------
# Dates.

_FIRST_YEAR, _LAST_YEAR = 1990, 2100
_SERIAL_MAX = 80_000
_EXCEL_EPOCH = np.datetime64("1899-12-30", "D")
_TIME = r"(?:[\sT]*\d{1,2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?|时(?:\d{1,2}分(?:\d{1,2}秒)?)?))?"
_FULL_DATE = re.compile(
    rf"^(?P<y>\d{{4}})\s*[年./\-]\s*(?P<m>\d{{1,2}})\s*[月./\-]\s*(?P<d>\d{{1,2}})\s*[日号]?{_TIME}$"
)
_COMPACT_DATE = re.compile(rf"^(?P<y>\d{{4}})(?P<m>\d{{2}})(?P<d>\d{{2}}){_TIME}$")
_YEAR_MONTH = re.compile(r"^(?P<y>\d{4})\s*[年./\-]\s*(?P<m>\d{1,2})\s*月?$")
_MONTH_DAY = re.compile(r"^(?P<m>\d{1,2})\s*[月./\-]\s*(?P<d>\d{1,2})\s*[日号]?$")
_SERIAL_TEXT = re.compile(r"^\d{5}(?:\.\d+)?$")
# Year digits are written 二〇二四, 二○二四 or, typed by hand, 二OO五 with the letter O.
_CN_DATE_RUN = re.compile(r"[〇零○OoΟ0-9一二三四五六七八九十两]+")
_CN_DATE_DIGITS = {**{c: numerals.DIGITS[c] for c in "〇零○一二三四五六七八九两"}, "O": 0, "o": 0, "Ο": 0}


def _cn_date_run(match: re.Match[str]) -> str:
    run = match.group(0)
    digits = [_CN_DATE_DIGITS.get(c, c) for c in run]
    if "十" not in run:
        return "".join(str(d) for d in digits)
    tens, _, ones = run.partition("十")  # 十二 = 12, 二十五 = 25, 三十 = 30
    if len(tens) > 1 or len(ones) > 1:
        return run
    t = 1 if not tens else _CN_DATE_DIGITS.get(tens, tens)
    o = 0 if not ones else _CN_DATE_DIGITS.get(ones, ones)
    return f"{t}{o}" if isinstance(t, int) and isinstance(o, int) and o < 10 else run


def _arabic_date(text: str) -> str:
    return _CN_DATE_RUN.sub(_cn_date_run, text)


_MONTH_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def _ymd_dates(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(datetime64[D] dates, invalid-calendar mask, out-of-range mask) from integer arrays (-1 = absent)."""
    y, m, d = (np.asarray(a, dtype=np.int64) for a in (y, m, d))
    leap = ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)
    month_len = _MONTH_DAYS[np.clip(m - 1, 0, 11)] + (leap & (m == 2))
    valid = (y >= 1) & (m >= 1) & (m <= 12) & (d >= 1) & (d <= month_len)
    in_range = valid & (y >= _FIRST_YEAR) & (y <= _LAST_YEAR)
    dates = np.full(y.size, np.datetime64("NaT"), dtype="M8[D]")
    ok = in_range
    months = (y[ok] - 1970) * 12 + (m[ok] - 1)
    dates[ok] = months.astype("M8[M]").astype("M8[D]") + (d[ok] - 1).astype("m8[D]")
    return dates, ~valid, valid & ~in_range


def _serial_dates(n: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dates, not-a-serial mask, out-of-range mask) for Excel serial day numbers (time dropped)."""
    with np.errstate(invalid="ignore"):
        is_serial = np.isfinite(n) & (n >= 1) & (n <= _SERIAL_MAX)
    days = np.where(is_serial, np.floor(np.where(is_serial, n, 0)), 0).astype(np.int64)
    dates = _EXCEL_EPOCH + days.astype("m8[D]")
    years = dates.astype("M8[Y]").astype(np.int64) + 1970
    out = is_serial & ((years < _FIRST_YEAR) | (years > _LAST_YEAR))
    dates = np.where(is_serial & ~out, dates, np.datetime64("NaT"))
    return dates.astype("M8[D]"), ~is_serial, out


def _int_groups(parts: pd.DataFrame, names: str) -> list[np.ndarray]:
    return [pd.to_numeric(parts[c], errors="coerce").fillna(-1).to_numpy(dtype=np.int64) for c in names]


def _partial_detail(codes: np.ndarray, dates: np.ndarray) -> np.ndarray:
    """The inferred date, as text, where a partial date was completed."""
    text = pd.Series(dates).dt.strftime("%Y-%m-%d").to_numpy(dtype=object, na_value=None)
    return np.where(codes == "date.partial", text, None)


def _parse_date_strings(s: pd.Series, year: int | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dates, codes, detail) for normalised non-missing strings."""
    n = len(s)
    dates = np.full(n, np.datetime64("NaT"), dtype="M8[D]")
    codes = np.full(n, "date.unparseable", dtype=object)
    detail = _na_strings(n)
    todo = np.ones(n, dtype=bool)

    def settle(mask: np.ndarray, got: np.ndarray, invalid: np.ndarray, out: np.ndarray, code: object) -> None:
        dates[mask] = got
        codes[mask] = np.where(invalid, "date.unparseable", np.where(out, "date.out_of_range", code))
        todo[mask] = False

    def try_patterns(texts: pd.Series, where: np.ndarray) -> None:
        for pattern in (_FULL_DATE, _COMPACT_DATE):
            pending = where & todo
            if not pending.any():
                return
            parts = texts[pending].str.extract(pattern)
            hit = parts["y"].notna().to_numpy(dtype=bool)
            y, m, d = _int_groups(parts[hit], "ymd")
            got, invalid, out = _ymd_dates(y, m, d)
            settle(np.flatnonzero(pending)[hit], got, invalid, out, None)
        pending = where & todo
        if pending.any():
            parts = texts[pending].str.extract(_YEAR_MONTH)
            hit = parts["y"].notna().to_numpy(dtype=bool)
            y, m = _int_groups(parts[hit], "ym")
            got, invalid, out = _ymd_dates(y, m, np.ones_like(y))
            idx = np.flatnonzero(pending)[hit]
            settle(idx, got, invalid, out, "date.partial")
            detail[idx] = _partial_detail(codes[idx], got)
        pending = where & todo
        if pending.any():
            parts = texts[pending].str.extract(_MONTH_DAY)
            hit = parts["m"].notna().to_numpy(dtype=bool)
            idx = np.flatnonzero(pending)[hit]
            if year is not None:
                m, d = _int_groups(parts[hit], "md")
                got, invalid, out = _ymd_dates(np.full(m.size, year), m, d)
                settle(idx, got, invalid, out, "date.partial")
                detail[idx] = _partial_detail(codes[idx], got)
            else:
                todo[idx] = False  # 3.5 without a year cannot be placed: stays unparseable

    s = s.reset_index(drop=True)
    try_patterns(s, np.ones(n, dtype=bool))
    pending = todo & s.str.fullmatch(_SERIAL_TEXT).to_numpy(dtype=bool)
    if pending.any():
        got, not_serial, out = _serial_dates(s[pending].astype(float).to_numpy())
        settle(np.flatnonzero(pending), got, not_serial, out, None)
    pending = todo & s.str.contains("[年月]", regex=True).to_numpy(dtype=bool)
    if pending.any():
        converted = s.copy()
        converted[pending] = [_arabic_date(t) for t in s[pending]]
        try_patterns(converted, pending)
    return dates, codes, detail


@register("date")
def clean_date(raw: pd.Series, *, year: int | None = None) -> Cleaned:
    """Parse dates in every form ledgers use → datetime64[ns] at midnight.

    A bare month.day (3.5, or the float 3.5 Excel made of it) needs `year` and is flagged
    ``date.partial`` with the inferred date as detail; so is a year-month (2024年3月 → the 1st).

    >>> raw = pd.Series(["2024.3.5", 45292, "二〇二四年三月五日", "20240305", "3.5", "2024.2.30"], dtype=object)
    >>> res = clean_date(raw, year=2024)
    >>> res.values.dt.strftime("%Y-%m-%d").tolist()
    ['2024-03-05', '2024-01-01', '2024-03-05', '2024-03-05', '2024-03-05', nan]
    >>> res.codes.tolist()
    [<NA>, <NA>, <NA>, <NA>, 'date.partial', 'date.unparseable']
    """
    year = None if year is None else int(year)
    obj, kinds = _cells(raw)
    n = obj.size
    dates = np.full(n, np.datetime64("NaT"), dtype="M8[D]")
    codes = np.where(kinds == _MISSING, None, "date.unparseable").astype(object)
    detail = _na_strings(n)

    is_dt = (kinds == _DATETIME) | (kinds == _DATE)
    if is_dt.any():
        y, m, d = _datetime_parts(obj[is_dt])
        got, invalid, out = _ymd_dates(y, m, d)
        dates[is_dt] = got
        codes[is_dt] = np.where(invalid, "date.unparseable", np.where(out, "date.out_of_range", None))

    numeric = (kinds == _INT) | (kinds == _FLOAT)
    # A float such as 3.5 with a month-sized whole part is a typed month.day, never a serial
    # (serials 1–12 are January 1900); it goes through the text path like the string "3.5".
    as_text = kinds == _STR
    if numeric.any():
        try:
            with np.errstate(over="ignore"):
                num = obj[numeric].astype(float)
        except (TypeError, ValueError, OverflowError, decimal.InvalidOperation):
            num = np.array([_safe_float(x) for x in obj[numeric]], dtype=float)
        with np.errstate(invalid="ignore"):
            month_day = np.isfinite(num) & (num >= 1) & (num < 13) & (num != np.floor(num))
            yyyymmdd = np.isfinite(num) & (num >= 19_000_101) & (num <= 21_001_231) & (num == np.floor(num))
        idx = np.flatnonzero(numeric)
        as_text[idx[month_day | yyyymmdd]] = True
        serial = ~(month_day | yyyymmdd)
        got, not_serial, out = _serial_dates(num[serial])
        dates[idx[serial]] = got
        codes[idx[serial]] = np.where(not_serial, "date.unparseable", np.where(out, "date.out_of_range", None))

    if as_text.any():
        u = _Uniques(_raw_text(obj[as_text], kinds[as_text]))
        norm = _normalise(u.values)
        present = norm.notna().to_numpy(dtype=bool)
        per_dates = np.full(len(norm), np.datetime64("NaT"), dtype="M8[D]")
        per_codes = _na_strings(len(norm))
        per_detail = _na_strings(len(norm))
        if present.any():
            got, got_codes, got_detail = _parse_date_strings(norm[present], year)
            per_dates[present], per_codes[present], per_detail[present] = got, got_codes, got_detail
        idx = np.flatnonzero(as_text)
        dates[idx] = u.spread(per_dates, np.datetime64("NaT"))
        codes[idx] = u.spread(per_codes)
        detail[idx] = u.spread(per_detail)

    values = pd.Series(dates.astype("M8[ns]"))
    return _result(raw.index, values, codes, detail)


def _datetime_parts(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Year, month, day of date/datetime cells (wall-clock date; the time of day is dropped)."""
    try:
        stamps = pd.to_datetime(pd.Series(cells, dtype=object), errors="coerce")
        if stamps.notna().all():
            return (stamps.dt.year.to_numpy(), stamps.dt.month.to_numpy(), stamps.dt.day.to_numpy())
    except (TypeError, ValueError, OverflowError):
        pass
    # Mixed time zones or dates outside pandas' range: read each cell's own fields.
    parts = np.array([(c.year, c.month, c.day) for c in cells], dtype=np.int64).reshape(-1, 3)
    return parts[:, 0], parts[:, 1], parts[:, 2]


# --------------------------------------------------------------------------------------------
# Categories and yes/no.


def _loose_key(s: pd.Series) -> pd.Series:
    """Key for the forgiving match: full NFKC (brackets too), case-folded, no whitespace."""
    return s.str.normalize("NFKC").str.casefold().str.replace(r"\s+", "", regex=True)


@register("category")
def clean_category(raw: pd.Series, *, vocabulary: dict[str, list[str]] | None = None) -> Cleaned:
    """Map values onto a vocabulary (canonical → variants); unknown values stay, flagged.

    >>> vocab = {"行政许可": ["许可", "行政许可类"], "行政处罚": ["处罚"]}
    >>> res = clean_category(pd.Series(["许可", " 行政处罚 ", "处罚决定"], dtype=object), vocabulary=vocab)
    >>> res.values.tolist(), res.codes.tolist(), res.detail.tolist()
    (['行政许可', '行政处罚', '处罚决定'], [<NA>, <NA>, 'vocab.unknown'], [<NA>, <NA>, '行政处罚'])
    """
    vocabulary = vocabulary or {}
    canon = [str(c) for c in vocabulary]
    canon_norm = _normalise(pd.Series(canon, dtype=STRING))
    exact: dict[str, str] = {}
    loose: dict[str, str] = {}
    candidates: dict[str, str] = {}
    for c, c_norm in zip(canon, canon_norm):
        target = c if pd.isna(c_norm) else c_norm
        variants = [str(v) for v in (vocabulary.get(c) or [])]
        forms = pd.Series([c, *variants], dtype=STRING)
        for form in [*_normalise(forms).dropna(), *forms]:
            exact.setdefault(form, target)
        for key in _loose_key(forms):
            loose.setdefault(key, target)
            candidates.setdefault(key, target)

    _, _, text = _text_cells(raw)
    u = _Uniques(text)
    # Plain dict look-ups over the uniques: Series.map(dict) would build a pyarrow index,
    # which rejects the lone surrogates real files contain.
    texts = u.values.to_numpy(dtype=object, na_value=None)
    keys_u = _loose_key(u.values).to_numpy(dtype=object, na_value=None)
    mapped = np.array(
        [None if t is None else exact.get(t, loose.get(k)) for t, k in zip(texts, keys_u)], dtype=object
    )
    present = u.values.notna().to_numpy(dtype=bool)
    unknown = present & pd.isna(mapped)
    values = np.where(unknown, texts, mapped)
    suggestion = _na_strings(len(u.values))
    keys = list(candidates)
    for i in np.flatnonzero(unknown):
        close = difflib.get_close_matches(keys_u[i], keys, n=1, cutoff=0.6)
        suggestion[i] = candidates[close[0]] if close else None
    codes = u.spread(np.where(unknown, "vocab.unknown", None).astype(object))
    return _result(raw.index, pd.Series(u.spread(values), dtype=STRING), codes, u.spread(suggestion))


_YES_NO = {
    **dict.fromkeys(["是", "有", "y", "yes", "√", "✓", "✔", "1", "true", "已", "对"], True),
    **dict.fromkeys(["否", "n", "no", "×", "✗", "✘", "0", "false", "未", "没有"], False),
}


@register("yes_no")
def clean_yes_no(raw: pd.Series) -> Cleaned:
    """是/否, Y/N, √/×, 1/0, True/False, 已/未 → boolean. (无 is a placeholder, so NA.)

    >>> res = clean_yes_no(pd.Series(["是", "否", "√", 0, True, "无", "不详"], dtype=object))
    >>> res.values.tolist(), res.codes.tolist()[-1]
    ([True, False, True, False, True, <NA>, <NA>], 'bool.unparseable')
    """
    obj, kinds, text = _text_cells(raw)
    u = _Uniques(text)
    folded = u.values.str.casefold().to_numpy(dtype=object, na_value=None)
    mapped = np.array([None if t is None else _YES_NO.get(t) for t in folded], dtype=object)
    unknown = pd.notna(folded) & pd.isna(mapped)
    values = pd.Series(u.spread(mapped), dtype="boolean")
    is_bool = kinds == _BOOL
    values[is_bool] = [bool(x) for x in obj[is_bool]]  # a real boolean cell needs no text detour
    codes = u.spread(np.where(unknown, "bool.unparseable", None).astype(object))
    codes[is_bool] = None
    return _result(raw.index, values, codes)


# --------------------------------------------------------------------------------------------
# Identity numbers, phones, document numbers.

_ID_WEIGHTS = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
_ID_CHECK = "10X98765432"


def id_check_digit(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits of an identity number.

    >>> id_check_digit("11010519491231002")
    'X'
    """
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def id_checksum_ok(s: str) -> bool:
    """Whether an 18-character identity number carries the right check character.

    >>> id_checksum_ok("11010519491231002X"), id_checksum_ok("110105194912310021")
    (True, False)
    """
    return bool(re.fullmatch(r"\d{17}[\dX]", s or "")) and id_check_digit(s[:17]) == s[17]


def _checksums_ok(ids: pd.Series) -> np.ndarray:
    """Vectorised GB 11643 check over 18-character ASCII strings (already validated in shape)."""
    if len(ids) == 0:
        return np.zeros(0, dtype=bool)
    grid = np.frombuffer("".join(ids).encode("ascii"), dtype=np.uint8).reshape(-1, 18)
    total = ((grid[:, :17].astype(np.int64) - ord("0")) * _ID_WEIGHTS).sum(axis=1)
    expected = np.frombuffer(_ID_CHECK.encode("ascii"), dtype=np.uint8)[total % 11]
    return grid[:, 17] == expected


_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?E\+?\d+$")


def _damaged_digits(text: str) -> str | None:
    """The 18 digits Excel kept of an ID typed into a number cell, if that is what this is."""
    try:
        number = decimal.Decimal(text)
    except decimal.InvalidOperation:
        return None
    if not number.is_finite() or number != number.to_integral_value():
        return None
    digits = f"{int(number)}"
    significant = len(number.normalize().as_tuple().digits)
    return digits if len(digits) == 18 and digits.endswith("000") and significant <= 15 else None


@register("id_number")
def clean_id_number(raw: pd.Series) -> Cleaned:
    """Normalise 居民身份证号码 and check them (GB 11643 checksum, Excel damage, 15-digit form).

    >>> res = clean_id_number(pd.Series(["11010519491231002x", 1.10101199001011e17, "110105491231002"], dtype=object))
    >>> res.values.tolist(), res.codes.tolist()
    (['11010519491231002X', '110101199001011000', '110105491231002'], [<NA>, 'id.excel_damaged', 'id.legacy15'])
    """
    obj, kinds = _cells(raw)
    texts = _raw_text(obj, kinds)
    numeric = (kinds == _INT) | (kinds == _FLOAT)
    # Floats print via repr, which is the shortest decimal: exactly the ≤15 digits Excel kept.
    u = _Uniques(texts)
    norm = _nfkc(_normalise(u.values).str.replace(r"\s", "", regex=True).str.upper().str.lstrip("'"))
    norm = norm.mask(norm == "")
    n_u = len(norm)
    damaged = _na_strings(n_u)
    sci = norm.str.fullmatch(_SCIENTIFIC).fillna(False).to_numpy(dtype=bool)
    damaged[sci] = [_damaged_digits(t) for t in norm[sci]]
    numeric_u = np.zeros(n_u, dtype=bool)
    numeric_u[np.unique(u.codes[numeric & (u.codes >= 0)])] = True
    plain = numeric_u & ~sci & norm.str.fullmatch(r"\d+(?:\.\d+)?").fillna(False).to_numpy(dtype=bool)
    damaged[plain] = [_damaged_digits(t) for t in norm[plain]]
    is_damaged = pd.notna(damaged)
    norm[is_damaged] = damaged[is_damaged]

    shaped18 = norm.str.fullmatch(r"\d{17}[\dX]").fillna(False).to_numpy(dtype=bool)
    legacy = norm.str.fullmatch(r"\d{15}").fillna(False).to_numpy(dtype=bool)
    ok = np.zeros(n_u, dtype=bool)
    ok[shaped18] = _checksums_ok(norm[shaped18])
    present = norm.notna().to_numpy(dtype=bool)
    per_code = np.full(n_u, "id.malformed", dtype=object)
    per_code[legacy] = "id.legacy15"
    per_code[shaped18] = np.where(ok[shaped18], None, "id.checksum")
    per_code[is_damaged] = "id.excel_damaged"
    per_code[~present] = None
    values = pd.Series(u.spread(norm.to_numpy(dtype=object, na_value=None)), dtype=STRING)
    return _result(raw.index, values, u.spread(per_code))


_MOBILE_OR_LANDLINE = r"1[3-9]\d{9}|0\d{2,3}\d{7,8}"


@register("phone")
def clean_phone(raw: pd.Series) -> Cleaned:
    """Phone numbers as digits only: 11-digit mobiles, or landlines with their area code.

    >>> res = clean_phone(pd.Series(["138 1234 5678", "0851-28888888", 13812345678.0, "2888888"], dtype=object))
    >>> res.values.tolist(), res.codes.tolist()
    (['13812345678', '085128888888', '13812345678', '2888888'], [<NA>, <NA>, <NA>, 'phone.malformed'])
    """
    _, _, text = _text_cells(raw)
    u = _Uniques(text)
    digits = u.values.str.replace(r"[\s\-—()（）]", "", regex=True)
    digits = digits.str.replace(r"^\+?86(?=1[3-9]\d{9}$)", "", regex=True)  # country code
    ok = digits.str.fullmatch(_MOBILE_OR_LANDLINE).fillna(False).to_numpy(dtype=bool)
    present = u.values.notna().to_numpy(dtype=bool)
    as_typed = u.values.to_numpy(dtype=object, na_value=None)
    values = np.where(ok, digits.to_numpy(dtype=object, na_value=None), as_typed).astype(object)
    codes = np.where(present & ~ok, "phone.malformed", None).astype(object)
    return _result(raw.index, pd.Series(u.spread(values), dtype=STRING), u.spread(codes))


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


@register("case_no")
def clean_case_no(raw: pd.Series) -> Cleaned:
    """Document numbers in one form, so variants of one case compare equal. Never emits a code.

    >>> raw = pd.Series(["旺草罚字〔2024〕第003号", "旺草罚字[2024]3号", "（2024）黔0323行初15号"])
    >>> clean_case_no(raw).values.tolist()
    ['旺草罚字〔2024〕3号', '旺草罚字〔2024〕3号', '〔2024〕黔0323行初15号']
    """
    _, _, text = _text_cells(raw)
    u = _Uniques(text)
    present = u.values.notna().to_numpy(dtype=bool)
    # The text is NFKC already (_text_cells), but for the parked full-width brackets.
    forms = _na_strings(len(u.values))
    forms[present] = _map_joined(u.values[present].tolist(), _case_no_form)
    forms[forms == ""] = None
    values = pd.Series(u.spread(forms), dtype=STRING)
    return _result(raw.index, values, _na_strings(len(raw)))
