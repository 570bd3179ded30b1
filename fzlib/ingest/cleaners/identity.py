"""Cleaners of personal identifiers: 居民身份证号码 (GB 11643) and phone numbers."""

from __future__ import annotations

import decimal
import re

import numpy as np
import pandas as pd

from fzlib.ingest.cleaners.cells import (
    FLOAT,
    INT,
    STRING,
    Uniques,
    cell_kinds,
    cleaned,
    error_codes,
    fullmatch_texts,
    na_strings,
    nfkc_text,
    normalise,
    raw_text,
    text_cells,
)
from fzlib.ingest.cleaners.registry import Cleaned, register

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
_ID_SHOWN = re.compile(r"^\d(?:\.\d+)?E\+?(?:14|17)$")


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


_SPACE = re.compile(r"\s")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_SHAPED18 = re.compile(r"\d{17}[\dX]")
_LEGACY15 = re.compile(r"\d{15}")


def _id_text(text: str) -> str | None:
    """A normalised text as an ID reads: no spaces, upper case, no text apostrophe, NFKC; None when nothing is left."""
    return nfkc_text(_SPACE.sub("", text).upper().lstrip("'")) or None


@register("id_number")
def clean_id_number(raw: pd.Series) -> Cleaned:
    """Normalise 居民身份证号码 and check them (GB 11643 checksum, Excel damage, 15-digit form).

    >>> res = clean_id_number(pd.Series(["11010519491231002x", 1.10101199001011e17, "110105491231002"], dtype=object))
    >>> res.values.tolist(), res.codes.tolist()
    (['11010519491231002X', '110101199001011000', '110105491231002'], [<NA>, 'id.excel_damaged', 'id.legacy15'])
    >>> clean_id_number(pd.Series(["3.39901E+17", 3.39901202412e17], dtype=object)).codes.tolist()
    ['id.scientific', 'id.excel_damaged']
    """
    obj, kinds = cell_kinds(raw)
    texts = raw_text(obj, kinds)
    numeric = (kinds == INT) | (kinds == FLOAT)
    # Floats print via repr, which is the shortest decimal: exactly the ≤15 digits Excel kept.
    u = Uniques(texts)
    # Text by text in plain Python: these are a column's distinct texts, and each pandas string method costs
    # more per call than its work on a few hundred of them.
    norm = np.array(
        [None if t is None else _id_text(t) for t in normalise(u.values).to_numpy(dtype=object, na_value=None)],
        dtype=object,
    )
    errors = error_codes(norm, shown=True)
    norm[pd.notna(errors)] = None
    n_u = len(norm)
    damaged = na_strings(n_u)
    sci = fullmatch_texts(_SCIENTIFIC, norm)
    numeric_u = np.zeros(n_u, dtype=bool)
    numeric_u[np.unique(u.codes[numeric & (u.codes >= 0)])] = True
    # A text cell holding the number as Excel's General format shows it (3.39901E+17, written so into a CSV, a text
    # file or a web page Excel saved): six digits of eighteen, shared by every person of one area code. It tells no
    # one apart: no value (each row its own person, KEY_LOST), said so. A number cell, or a text of all 15 digits
    # Excel kept (1.10101199001011E+17), is damaged but still one person's (below).
    # Only an exponent an identity number has (17, or 14 for the 15-digit form): any other such text is no ID
    # Excel showed but a malformed value kept as typed, so cleaning it again leaves it as it is.
    shown = sci & ~numeric_u & fullmatch_texts(_ID_SHOWN, norm)
    shown[shown] = [len(decimal.Decimal(t).normalize().as_tuple().digits) < 15 for t in norm[shown]]
    sci &= ~shown
    norm[shown] = None
    damaged[sci] = [_damaged_digits(t) for t in norm[sci]]
    plain = numeric_u & ~sci & fullmatch_texts(_DECIMAL, norm)
    damaged[plain] = [_damaged_digits(t) for t in norm[plain]]
    is_damaged = pd.notna(damaged)
    norm[is_damaged] = damaged[is_damaged]

    shaped18 = fullmatch_texts(_SHAPED18, norm)
    legacy = fullmatch_texts(_LEGACY15, norm)
    ok = np.zeros(n_u, dtype=bool)
    ok[shaped18] = _checksums_ok(norm[shaped18].tolist())
    present = pd.notna(norm)
    per_code = np.full(n_u, "id.malformed", dtype=object)
    per_code[legacy] = "id.legacy15"
    per_code[shaped18] = np.where(ok[shaped18], None, "id.checksum")
    per_code[is_damaged] = "id.excel_damaged"
    per_code[~present] = None
    per_code[shown] = "id.scientific"
    per_code[pd.notna(errors)] = errors[pd.notna(errors)]
    values = pd.Series(u.spread(norm), dtype=STRING)
    return cleaned(raw.index, values, u.spread(per_code))


_MOBILE_OR_LANDLINE = r"1[3-9]\d{9}|0\d{2,3}\d{7,8}"
_PHONE = re.compile(_MOBILE_OR_LANDLINE)
_PHONE_MARKS = re.compile(r"[\s\-—()（）]")
_COUNTRY_CODE = re.compile(r"^\+?86(?=1[3-9]\d{9}$)")


@register("phone")
def clean_phone(raw: pd.Series) -> Cleaned:
    """Phone numbers as digits only: 11-digit mobiles, or landlines with their area code.

    >>> res = clean_phone(pd.Series(["138 1234 5678", "0851-28888888", 13812345678.0, "2888888"], dtype=object))
    >>> res.values.tolist(), res.codes.tolist()
    (['13812345678', '085128888888', '13812345678', '2888888'], [<NA>, <NA>, <NA>, 'phone.malformed'])
    >>> res = clean_phone(pd.Series(["1.38123E+10", "1.38123e10"], dtype=object))
    >>> res.values.tolist(), res.codes.tolist()  # Excel's six digits of eleven: no number left
    ([<NA>, <NA>], ['phone.excel_damaged', 'phone.excel_damaged'])
    """
    _, _, text, errors = text_cells(raw)
    u = Uniques(text)
    as_typed = u.values.to_numpy(dtype=object, na_value=None)
    # Text by text: a column's distinct numbers are few, and a pandas string method costs more per call.
    digits = np.array(
        [None if t is None else _COUNTRY_CODE.sub("", _PHONE_MARKS.sub("", t)) for t in as_typed], dtype=object
    )
    ok = fullmatch_texts(_PHONE, digits)
    present = pd.notna(as_typed)
    values = np.where(ok, digits, as_typed).astype(object)
    codes = np.where(present & ~ok, "phone.malformed", None).astype(object)
    # A number as Excel shows it in a General cell (1.38123E+10) and writes it into a CSV: six digits of the eleven,
    # the rest lost. Not a number of the wrong length but a damaged cell, and no phone to key a person by.
    scientific = fullmatch_texts(
        _SCIENTIFIC, np.array([None if t is None else t.upper() for t in digits], dtype=object)
    )
    codes[scientific] = "phone.excel_damaged"
    values[scientific] = None
    codes = u.spread(codes)
    codes[pd.notna(errors)] = errors[pd.notna(errors)]
    return cleaned(raw.index, pd.Series(u.spread(values), dtype=STRING), codes)
