"""Shared machinery of the cleaners: the kind of every cell, cell text before and after normalisation, work once per distinct value."""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import numbers
import operator
import re
import unicodedata
from itertools import repeat

import numpy as np
import pandas as pd
import pyarrow as pa

from fzlib.ingest.cleaners.registry import Cleaned
from fzlib.ingest.marks import NOT_A_NUMBER, UNCACHED_FORMULA, UPDATING_DATE
from fzlib.spec import corrections

# Python storage, not pyarrow: pyarrow regexes are RE2 (ASCII-only \s, no lookbehind) and
# reject lone surrogates, which real files do contain.
STRING = pd.StringDtype("python")

# Cell kinds: one cheap pass of type() per cell, then everything else works per kind.

MISSING, STR, BOOL, INT, FLOAT, DATETIME, DATE, TIME, OTHER = range(9)

_EXACT_KIND = {
    str: STR,
    np.str_: STR,
    bool: BOOL,
    np.bool_: BOOL,
    int: INT,
    float: FLOAT,
    dt.datetime: DATETIME,
    pd.Timestamp: DATETIME,
    dt.date: DATE,
    dt.time: TIME,
    **{t: INT for t in (np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64)},
    **{t: FLOAT for t in (np.float16, np.float32, np.float64)},
}


def _kind_of(x: object) -> int:
    """Slow path for subclasses and exotic types; order matters (bool is an int, datetime a date)."""
    if isinstance(x, (bool, np.bool_)):
        return BOOL
    if isinstance(x, str):
        return STR
    if isinstance(x, numbers.Integral):
        return INT
    if isinstance(x, (numbers.Real, decimal.Decimal)):
        return FLOAT
    if isinstance(x, dt.datetime):
        return DATETIME
    if isinstance(x, dt.date):
        return DATE
    if isinstance(x, dt.time):
        return TIME
    return OTHER


def cell_kinds(raw: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The cells as an object array (a copy: the input is never touched) and their kinds."""
    # A column of Python objects (what the readers give) copied once; any other type taken to objects first.
    raw = raw if raw.dtype == object else raw.astype(object)
    obj = np.array(raw.to_numpy(), dtype=object, copy=True)
    if obj.size == 0:
        return obj, np.zeros(0, dtype=np.int8)
    # Builtin maps, no Python call per cell (Series.map(type) cost twice as much); -1: not an exact type.
    kinds = np.fromiter(map(_EXACT_KIND.get, map(type, obj), repeat(-1)), dtype=np.int8, count=obj.size)
    unknown = kinds == -1
    if unknown.any():
        kinds[unknown] = [_kind_of(x) for x in obj[unknown]]
    # A string is never missing: only the other cells are asked (most of a text column is strings).
    other = kinds != STR
    try:
        missing = np.asarray(pd.isna(obj[other]), dtype=bool)
    except (TypeError, ValueError):
        missing = np.array([_isna_scalar(x) for x in obj[other]], dtype=bool)
    kinds[np.flatnonzero(other)[missing]] = MISSING
    return obj, kinds


def _isna_scalar(x: object) -> bool:
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def na_strings(n: int) -> np.ndarray:
    return np.full(n, None, dtype=object)


def among(column: pd.Series, values) -> np.ndarray:
    """Per cell: whether it is one of `values` (strings); a missing cell is not. Series.isin on a string column
    hashes every cell as a Python object (5 ms a 2,600-row column, most of it blank); one C-level comparison
    per value costs a tenth of that.

    >>> among(pd.Series(["date.pending", pd.NA, "date.partial", None], dtype="string"), ["date.pending"]).tolist()
    [True, False, False, False]
    """
    cells = column.to_numpy(dtype=object, na_value=None)
    out = np.zeros(len(cells), dtype=bool)
    for value in set(values):
        out |= cells == value
    return out


def cleaned(index: pd.Index, values: pd.Series, codes: np.ndarray, detail: np.ndarray | None = None) -> Cleaned:
    values = values.set_axis(index)
    return Cleaned(values=values, codes=_strings(codes, index), detail=_strings(detail, index))


def _strings(cells: np.ndarray | None, index: pd.Index) -> pd.Series:
    """A cleaner's codes or details as a column. None, or cells all None (most columns have no problem): a column of
    NA made from the scalar, not an array of None checked cell by cell (a fifth of the time), the same column."""
    if cells is None or (
        isinstance(cells, np.ndarray) and cells.dtype == object and not any(map(operator.is_not, cells, repeat(None)))
    ):
        return pd.Series(pd.NA, index=index, dtype=STRING)
    return pd.Series(cells, index=index, dtype=STRING)


# Text normalisation, shared by every cleaner that reads strings.

_ZERO_WIDTH = r"[\u200b-\u200d\u2060\ufeff\u00ad]"
# NFKC would turn these full-width Chinese punctuation marks (and circled list numbers) into
# ASCII, which reads wrongly in Chinese prose; park them on private-use code points meanwhile.
_KEEP_WIDE = "！（），：；？…" + "".join(chr(c) for c in range(0x2460, 0x2474))
_PARK = str.maketrans({c: chr(0xF0000 + i) for i, c in enumerate(_KEEP_WIDE)})
_UNPARK = str.maketrans({chr(0xF0000 + i): c for i, c in enumerate(_KEEP_WIDE)})
# "#N/A" is not among them: it is Excel's error value (a failed look-up), never an empty cell.
# NULL, None, NaN: what a database or a script writes into an export for a cell that holds nothing; NaT and <NA>:
# what pandas writes for a missing date or value when a script turns its frame into text before saving it.
# (跳过), (空): what a survey platform's export (问卷星) writes for a question its jump logic skipped or left unanswered.
# \N: what MySQL's SELECT … INTO OUTFILE and PostgreSQL's COPY write for NULL (read as a text, two records keyed \N had
# been one record and its copy).
# 请选择, --请选择--: the prompt of a dropdown (data validation, a web form's select) left unchosen, exported or saved as
# its text: nothing was chosen (before, "not an allowed value, register it under variants").
_PLACEHOLDER = (
    r"[/\\\-—–―]+|无|空|[Nn]/[Aa]|(?i:null|none|nan|nat)|<NA>|\\N|[(（](?:跳过|空)[)）]"
    r"|[-=—\s]*[(（\[【<]?(?:请您?|请?下拉|请?点击)选择[)）\]】>]?[-=—\s.…]*"
)


def nfkc_text(text: str) -> str:
    """NFKC of one text, keeping the characters NFKC would wrongly fold (parked before, restored after)."""
    return unicodedata.normalize("NFKC", text.translate(_PARK)).translate(_UNPARK)


def fullmatch_texts(pattern: re.Pattern[str], texts: np.ndarray) -> np.ndarray:
    """Whether each text of an object array (None where there is none) matches `pattern` in full."""
    return np.array([t is not None and pattern.fullmatch(t) is not None for t in texts], dtype=bool)


# Printable ASCII, CJK ideographs, CJK brackets/punctuation without compatibility forms, and the
# parked full-width marks are left as they are by _normalise; such text with single inner spaces is
# already normal, so one regex pass spares it the six passes below (most ledger cells).
_STABLE = "!-~\u4e00-\u9fff\u3001-\u3003\u3008-\u3011\u3014-\u301b" + "".join(_KEEP_WIDE)
_ALREADY_NORMAL = f"[{_STABLE}]+(?: [{_STABLE}]+)*"


# A cell sending the reader to another paper for its value (见附件, 详见卷宗, 附后, 略): the ledger itself holds no
# value there, so none is counted, and the message says where the clerk pointed (`value.elsewhere`), where it had
# been "不是可识别的数字" as a slip of typing is. Short on purpose: a sentence saying more is a remark.
ELSEWHERE = re.compile(
    r"^(?:详见|见|参见|另见|请见|具体见|详情见|参照)\s*(?:附件|附表|附页|卷宗|案卷|档案|清单|明细|原件|决定书|文书|报表|另表|背面|下页|"
    r"后页|系统|台账|材料|备注)(?:\d{1,2}(?!\d)|[^\d]){0,10}$|^(?:附件|附表|另附|另表|附后|见后|略|详略|从略)$"
)


def fullmatches(pattern: re.Pattern[str], s: pd.Series) -> np.ndarray:
    """Whether each text of a `string` Series matches `pattern` in full (False where NA). A builtin
    map over the texts: the .str accessor's per-text Python wrapper costs more than the match."""
    texts = s.to_numpy(dtype=object, na_value=None)
    present = pd.notna(texts)
    out = np.zeros(len(texts), dtype=bool)
    out[present] = np.fromiter(map(bool, map(pattern.fullmatch, texts[present])), dtype=bool, count=present.sum())
    return out


_ALREADY_NORMAL_RE = re.compile(_ALREADY_NORMAL)
# A cell standing for nothing (/, —, 无): what a form writes where a count does not apply.
PLACEHOLDER_RE = re.compile(_PLACEHOLDER)
_ZERO_WIDTH_RE = re.compile(_ZERO_WIDTH)
_SPACES = re.compile(r"\s+")
# Excel's text apostrophe kept as a character, as a system's export into a workbook writes it ('2024-03-05,
# '0851…): it only marked the cell as text. Only before a digit and never closed: '甲' is a quotation.
_TEXT_APOSTROPHE = re.compile(r"^'(?=\d)(?!.*'$)")


# A printed choice: a form's options each behind (or before) a box, the chosen one ticked or filled (☑已化解
# □化解中 □未化解, ■是 □否, √法律咨询 □审查合同, 是□ 否☑), as a Word form kept for a register prints them. The
# cell says what was chosen; a form left with every box empty says nothing. Only a cell made of boxed options,
# one box at least empty, is such a form: a lone √ is a tick, and 在□内打√ a title. A form's single choice is
# printed with round buttons too (●口头 ○书面, as a WPS radio button's options are copied out).
CHOSEN_BOXES = "☑☒✅■▣◼√✓✔●◉"
EMPTY_BOXES = "□☐▢◻○◯"
_BOXES = CHOSEN_BOXES + EMPTY_BOXES
_BOX_FIRST = re.compile(rf"(?:[{_BOXES}][^{_BOXES}]+){{2,}}")
# Boxes after their options only with a space after each (是□ 否☑): 在□内打√ is a sentence, not two options.
_BOX_AFTER = re.compile(rf"(?:[^{_BOXES}\s][^{_BOXES}]*[{_BOXES}](?:\s+|$)){{2,}}")
_OPTION_AFTER_BOX = re.compile(rf"([{_BOXES}])([^{_BOXES}]+)")
_OPTION_BEFORE_BOX = re.compile(rf"([^{_BOXES}]+)([{_BOXES}])")
_ANY_BOX = re.compile(f"[{_BOXES}]")


# What the OCR of a scan or a PDF converter reads for a digit: the letter O (or 〇) for 0, the letter l or I for 1
# (2O24.3.5, 2024年l2月, 1OO元, l for 1). A run of such letters among digits, or a lone l or I, is a misread
# number; O alone is a letter (or the 〇 of a Chinese numeral: 二〇二四 has no digit beside it), and II or III
# with no digit beside them may be the Roman 2 or 3 as well as 11 or 111: left unread, never a guess.
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "Ο": "0", "〇": "0", "○": "0", "l": "1", "I": "1"})
_OCR_RUN = re.compile(r"[0-9OoΟ〇○lI]+")


def ocr_digits(text: str) -> str:
    """The text with the letters a misread left among digits read as the digits they stand for.

    >>> [ocr_digits(t) for t in ["2O24.3.5", "1OO", "l2", "lO", "2024年l月5日", "Oct", "二〇二四", "3B0", "O", "10〇"]]
    ['2024.3.5', '100', '12', '10', '2024年1月5日', 'Oct', '二〇二四', '3B0', 'O', '100']
    >>> [ocr_digits(t) for t in ["l", "I", "II", "III", "lI"]]
    ['1', '1', 'II', 'III', 'lI']
    """

    def run(found: re.Match[str]) -> str:
        digits = found.group(0)
        ones = sum(c in "lI" for c in digits)
        if digits.isdigit() or not any(c.isdigit() for c in digits) and (not ones or ones == len(digits) > 1):
            return digits
        return digits.translate(_OCR_DIGITS)

    return _OCR_RUN.sub(run, text)


# The OCR of a printed form reads an empty box □ as the character 口 (☑是 口否). Only where the cell is a printed
# choice with a ticked box, and 口 stands where a box stands (before an option after a space, or after an option
# before a space), is it a box: 人口, 路口 stay words.
_KOU_BEFORE = re.compile(r"(?:(?<=^)|(?<=\s))口(?=[^\s口])")
_KOU_AFTER = re.compile(r"(?<=[^\s口])口(?=\s|$)")


def _kou_as_box(text: str) -> str:
    """The text with each 口 standing as an empty box written □, when the cell then is a printed choice.

    >>> _kou_as_box("☑是 口否"), _kou_as_box("是☑ 否口"), _kou_as_box("人口 ☑是"), _kou_as_box("口是 口否")
    ('☑是 □否', '是☑ 否□', '人口 ☑是', '口是 口否')
    """
    if "口" not in text or not any(c in CHOSEN_BOXES for c in text):
        return text
    for box, form in ((_KOU_BEFORE, _BOX_FIRST), (_KOU_AFTER, _BOX_AFTER)):
        read = box.sub("□", text)
        if read != text and form.fullmatch(read):
            return read
    return text


def chosen_options(text: str) -> str | None:
    """What a printed choice says: its ticked options (joined by 、 when several), None when none is
    ticked; any other text as it is.

    >>> [chosen_options(t) for t in ["☑已化解 □化解中 □未化解", "□是 ■否", "是□ 否☑", "□口头 □书面", "☑甲 ☑乙 □丙"]]
    ['已化解', '否', '否', None, '甲、乙']
    >>> [chosen_options(t) for t in ["√", "在□内打√", "☑甲 ☑乙", "●口头 ○书面", "二○二四年三月"]]
    ['√', '在□内打√', '☑甲 ☑乙', '口头', '二○二四年三月']
    >>> chosen_options("口是 ☑否")  # the OCR's 口 for □
    '否'
    """
    text = _kou_as_box(text)
    if not any(c in EMPTY_BOXES for c in text):
        return text
    if _BOX_FIRST.fullmatch(text):
        options = _OPTION_AFTER_BOX.findall(text)
    elif _BOX_AFTER.fullmatch(text):
        options = [(box, option) for option, box in _OPTION_BEFORE_BOX.findall(text)]
    else:
        return text
    chosen = [o.strip(" 、，,;；:：") for box, o in options if box in CHOSEN_BOXES]
    return "、".join(o for o in chosen if o) or None


def normal_text(text: str) -> str | None:
    """One text normalised: NFKC, no zero-width, one space between words, a printed choice as its chosen
    option (`chosen_options`), no text apostrophe before a number; None for a placeholder.

    >>> [normal_text(t) for t in ["'2024-03-05", "'０８５１", "'12'", "'甲", "/"]]
    ['2024-03-05', '0851', "'12'", "'甲", None]
    """
    if not _ALREADY_NORMAL_RE.fullmatch(text):
        text = unicodedata.normalize("NFKC", _ZERO_WIDTH_RE.sub("", text).translate(_PARK)).translate(_UNPARK)
        text = _SPACES.sub(" ", text).strip()
        if _ANY_BOX.search(text):
            text = chosen_options(text) or ""
    if text[:1] == "'":
        text = _TEXT_APOSTROPHE.sub("", text)
    return None if not text or PLACEHOLDER_RE.fullmatch(text) else text


def normalise(s: pd.Series) -> pd.Series:
    """Normalise a `string` Series: NFKC, no zero-width, one space between words, no placeholders.
    Text by text in plain Python: the Series are a column's distinct texts, and pandas' string
    methods cost more per call than these few regexes per text."""
    return pd.Series(normal_texts(s.to_numpy(dtype=object, na_value=None)), index=s.index, dtype=STRING)


def normal_texts(texts: np.ndarray) -> list[str | None]:
    """normal_text of each text of an object array, None where there is none."""
    return [None if t is None else normal_text(t) for t in texts]


def float_text(values: np.ndarray) -> np.ndarray:
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


def scalar_text(x: object, kind: int) -> str | None:
    """Text of a rare non-string cell (dates, times, bools, exotic numbers)."""
    try:
        if kind == BOOL:  # as Excel and WPS show a logical cell (a message had quoted Python's “True”)
            return "TRUE" if x else "FALSE"
        if kind == DATETIME:
            ts = pd.Timestamp(x)
            return ts.strftime("%Y-%m-%d") if ts == ts.normalize() else ts.strftime("%Y-%m-%d %H:%M:%S")
        if kind == DATE:
            return x.isoformat()  # type: ignore[union-attr]
        if kind == TIME:
            return x.strftime("%H:%M:%S")  # type: ignore[union-attr]
        if kind == FLOAT:
            return float_text(np.array([float(x)]))[0]  # type: ignore[arg-type]
        return str(x)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return str(x)


def raw_text(obj: np.ndarray, kinds: np.ndarray) -> np.ndarray:
    """Every non-missing cell as a str (object array, None where missing), before normalisation."""
    out = na_strings(obj.size)
    is_str = kinds == STR
    out[is_str] = obj[is_str]
    is_int = kinds == INT
    if is_int.any():
        out[is_int] = [str(int(x)) for x in obj[is_int]]
    is_float = kinds == FLOAT
    if is_float.any():
        try:
            out[is_float] = float_text(obj[is_float].astype(float))
        except (TypeError, ValueError, OverflowError, decimal.InvalidOperation):
            out[is_float] = [scalar_text(x, FLOAT) for x in obj[is_float]]
    rest = ~(is_str | is_int | is_float) & (kinds != MISSING)
    if rest.any():
        out[rest] = [scalar_text(x, k) for x, k in zip(obj[rest], kinds[rest])]
    return out


class Uniques:
    """Distinct strings of a column and the way back to cells, so work is done once per value."""

    def __init__(self, texts: np.ndarray):
        self.codes, uniques = pd.factorize(texts, use_na_sentinel=True)
        self.uniques = np.asarray(uniques, dtype=object)

    @functools.cached_property
    def values(self) -> pd.Series:
        # Made when asked: a column of strings read as strings (text_cells) is not checked into a string
        # Series and out again (two passes over a register's every distinct text).
        return pd.Series(self.uniques, dtype=STRING)

    def spread(self, per_unique: np.ndarray, fill: object = None) -> np.ndarray:
        """Per-unique results back onto the cells; missing cells (code -1) get `fill`."""
        per_unique = np.asarray(per_unique)
        extended = np.empty(per_unique.size + 1, dtype=per_unique.dtype)
        extended[:-1] = per_unique
        extended[-1] = fill
        return extended[self.codes]


# The type pandas gives a column of Python strings it is handed (pandas 3: "str", kept by Arrow).
INFERRED_TEXT = pd.Series([""]).dtype


@functools.cache
def _dtype(dtype) -> np.dtype | pd.api.extensions.ExtensionDtype:
    """pandas' type of a name ("string"), looked up once: the look-up enters `warnings.catch_warnings` each time."""
    return pd.api.types.pandas_dtype(dtype)


def text_column(codes: np.ndarray, texts, index: pd.Index, dtype: str | pd.StringDtype = "string") -> pd.Series:
    """The column whose cells are `texts[codes]` (code -1: missing), of an Arrow-stored string type ("string", or
    INFERRED_TEXT), made by Arrow from the codes and the distinct texts (a dictionary
    decoded): the same column as pd.Series(texts[codes], dtype=dtype), without handing Arrow a Python string
    per cell (a tenth of the time for a register's column of few distinct texts).

    >>> text_column(np.array([1, -1, 0, 1]), ["甲", "乙"], pd.RangeIndex(4)).tolist()
    ['乙', <NA>, '甲', '乙']
    """
    dtype = _dtype(dtype)
    codes = np.asarray(codes)
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        try:
            missing = codes < 0
            at = pa.array(np.where(missing, 0, codes).astype(np.int64), mask=missing if missing.any() else None)
            decoded = pa.DictionaryArray.from_arrays(at, pa.array(list(texts), type=pa.large_string()))
            # The type's own array made from Arrow's, as pd.array makes it: its checks and conversions (none for
            # Arrow's strings) cost more than the rest together in the small columns of most tables.
            array = dtype.construct_array_type()(decoded.dictionary_decode(), dtype=dtype)
            return pd.Series(array, index=index, copy=False)
        except (pa.ArrowException, UnicodeError, TypeError, ValueError):  # what Arrow refuses: as pandas does it
            pass
    return pd.Series(np.array([*texts, None], dtype=object)[codes], index=index, dtype=dtype)


def text_cells(raw: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(cells, kinds, normalised text per cell, error code per cell). The text is None where the
    cell is missing, a placeholder or an error value; the code is `cell.error` for Excel's error
    values (#REF!, #N/A …) and `cell.uncached` for a formula saved without its value, else None."""
    obj, kinds = cell_kinds(raw)
    u = Uniques(raw_text(obj, kinds))  # strings only: as a string Series would hold them
    normalised = np.array(normal_texts(u.uniques), dtype=object)
    errors = error_codes(normalised)
    has_errors = pd.notna(errors)
    if not has_errors.any():  # the usual column: nothing to spread back
        return obj, kinds, u.spread(normalised), na_strings(len(raw))
    normalised[has_errors] = None
    return obj, kinds, u.spread(normalised), u.spread(errors)


# Excel's error values, as a cell shows them (calamine would read them as empty cells; see
# fzlib.ingest.marks, which writes them back), and the mark for a formula without a saved value.
# Excel's newer ones too (a dynamic array's #SPILL!, a linked data type's #FIELD!, #BLOCKED!, #CONNECT! …): read as a
# text, #FIELD! in a 案件编号 cell had been a case number.
ERROR_VALUES = (
    "#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
    "#BLOCKED!", "#BUSY!", "#CONNECT!", "#EXTERNAL!", "#FIELD!", "#PYTHON!", "#TIMEOUT!", "#UNKNOWN!",
    "#ERROR!",  # Google Sheets' and WPS's: a formula it could not parse, kept in their exports as the cell shows it
)  # fmt: skip
_NOT_A_NUMBER = frozenset(NOT_A_NUMBER.values())
# LibreOffice shows most errors by their number (Err:502, an invalid argument; Err:504 …), in its cells and its exports.
_ERROR_RE = re.compile("|".join(re.escape(e) for e in ERROR_VALUES) + r"|#GETTING_DATA|Err:5\d\d", re.IGNORECASE)


# What Excel shows of a date or a number its column is too narrow for (########), and writes as such when the sheet is
# saved as CSV or text (it saves what is shown): the value is not in the file. It had been "不是可识别的日期", the office
# told to retype a date it had typed right.
_TOO_NARROW = re.compile(r"#{3,}")


def error_codes(texts: np.ndarray, shown: bool = False) -> np.ndarray:
    """Per (normalised) text: `cell.error`, `cell.uncached`, `cell.not_a_number`, `cell.date_field` or None; with `shown` (a column of
    dates or numbers, which Excel shows as ######## when too narrow), `cell.too_narrow`. Only texts starting with #
    are looked at, found by one search over all texts joined (a test per text would cost more).

    >>> error_codes(np.array(["#REF!", "#n/a", "#公式未计算", "#1", None, "Err:502", "Err:5"], dtype=object)).tolist()
    ['cell.error', 'cell.error', 'cell.uncached', None, None, 'cell.error', None]
    >>> error_codes(np.array(["#NaN", "#自动更新的日期"], dtype=object)).tolist()
    ['cell.not_a_number', 'cell.date_field']
    >>> error_codes(np.array(["########", "###", "#3"], dtype=object), shown=True).tolist()  # saved as Excel showed it
    ['cell.too_narrow', 'cell.too_narrow', None]
    >>> error_codes(np.array(["###"], dtype=object)).tolist()  # in a column of texts, typed so
    [None]
    """
    out = na_strings(len(texts))
    # Most columns hold no # at all: one C-level join and search says so.
    together = "\x00".join(filter(None, texts)) if len(texts) else ""
    if "#" not in together and "Err:" not in together:
        return out
    present = [t if t is not None else "" for t in texts]
    joined = "\x00" + "\x00".join(present)
    starts = np.cumsum([0, *(len(t) + 1 for t in present[:-1])])
    for pos in (m.start() for m in re.finditer("\x00(?:#|Err:)", joined)):
        i = int(np.searchsorted(starts, pos, side="right")) - 1
        t = present[i]
        if t == UNCACHED_FORMULA:
            out[i] = "cell.uncached"
        elif t == UPDATING_DATE:
            out[i] = "cell.date_field"
        elif t in _NOT_A_NUMBER:
            out[i] = "cell.not_a_number"
        elif _ERROR_RE.fullmatch(t.strip()):
            out[i] = "cell.error"
        elif shown and _TOO_NARROW.fullmatch(t.strip()):
            out[i] = "cell.too_narrow"
    return out


def safe_float(x: object) -> float:
    try:
        return float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError, decimal.InvalidOperation):
        return np.nan


# --- values retyped in their own cell ------------------------------------------------------------------------------

_OPEN, _CLOSE = "（(", "）)"


def retyped_value(text: str) -> str | None:
    """The new value of a cell whose old value the clerk kept and retyped after a marker of
    fzlib/specs/corrections.yaml (调解不成功→调解成功, 3月5日（改为3月8日）), or None when the cell holds no such
    correction. The value is what follows the last marker; brackets round it are the clerk's, not the value's.

    >>> [retyped_value(t) for t in ["调解不成功→调解成功", "2023年12月28日（改为2024年1月4日）", "300改为500", "改为", "已化解"]]
    ['调解成功', '2024年1月4日', '500', None, None]
    """
    found = max(((text.rfind(m), m) for m in corrections().retyped if m in text), default=None)
    if found is None:
        return None
    at, marker = found
    old, new = text[:at].strip(), text[at + len(marker) :].strip()
    if old.endswith(tuple(_OPEN)):  # 3月5日（改为3月8日）: the bracket opened before the marker closes after the value
        old, new = old[:-1].strip(), new[:-1].strip() if new.endswith(tuple(_CLOSE)) else new
    return new if old and new else None


def retyped_values(texts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(texts with each retyped value replaced by its new value, whether each was): only texts holding a marker's
    first character are looked at.

    >>> t, hit = retyped_values(np.array(["化解中→已化解", "已化解", None], dtype=object))
    >>> t.tolist(), hit.tolist()
    (['已化解', '已化解', None], [True, False, False])
    """
    out, hit = texts.copy(), np.zeros(len(texts), dtype=bool)
    starts = {m[0] for m in corrections().retyped}
    for i, t in enumerate(texts):
        if t is not None and not starts.isdisjoint(t):
            new = retyped_value(t)
            if new is not None:
                out[i], hit[i] = new, True
    return out, hit
