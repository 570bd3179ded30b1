"""Finding a sheet's table: the header (one or two rows, merged or not) and which rows are records."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np
import pandas as pd

from fzlib.ingest.read import Sheet

HEADER_SCAN_ROWS = 20
MIN_HEADER_MATCHES = 2
TOTAL_WORDS = ("合计", "小计", "总计", "累计", "总数")
NOTE_PREFIXES = ("填表人", "填报人", "审核人", "负责人签字", "注:", "注：", "说明", "备注:", "制表")
SERIAL_HEADERS = {"序号", "编号序号", "NO", "NO.", "No."}
# A sheet named or titled so explains how to fill the ledger in; it may repeat the headers.
INSTRUCTION_WORDS = ("填表说明", "填写说明", "填报说明", "使用说明")
# A date split over three adjacent columns titled 年 / 月 / 日 (often under a merged 日期 header).
DATE_PARTS = ("年", "月", "日")
# Why the set-aside reasons are named: the manifest counts them so that every row is accounted for.
SET_ASIDE_REASONS = ("title", "header", "blank", "total", "note", "template", "header_repeat")

_BLANK_CHARS = " \u3000\u00a0\t\r\n"  # what makes a cell look empty to the eye
_SPACE = re.compile(r"[\s\u00a0\u3000\u200b-\u200d\ufeff*＊]+")
# Text made only of these is NFKC-stable and has no space or star: norm_header(x) == x.
_HEADER_CHARS = r"!-)+-~\u4e00-\u9fff\u3001-\u3003\u3008-\u3011\u3014-\u301b"
_HEADER_STABLE = re.compile(f"[{_HEADER_CHARS}]+")
_HEADER_UNSTABLE = re.compile(f"[^{_HEADER_CHARS}]")  # one character that may need normalising
_SERIAL_NUMBER = re.compile(r"\d+(\.0)?")


def norm_header(value) -> str:
    """A header cell as compared with spec titles: NFKC, no spaces, line breaks or required-stars."""
    if type(value) is str and _HEADER_STABLE.fullmatch(value):
        return value  # most cells: already their own normal form
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return _SPACE.sub("", unicodedata.normalize("NFKC", str(value)))


@dataclass
class Column:
    index: int  # 0-based column in the sheet
    candidates: tuple[str, ...]  # normalised header texts to try, most specific first
    display: str  # the header as written, for messages ("当事人/申请人")
    parts: tuple[int, ...] = ()  # for a date split over 年/月/日 columns: those columns, joined at `index`


@dataclass
class Table:
    header_row: int  # 0-based index of the first header row
    header_height: int  # 1 or 2
    columns: list[Column]
    body: pd.DataFrame  # raw cells of the record rows; index = 1-based Excel row
    set_aside: dict[str, int] = field(default_factory=dict)
    title_text: str = ""  # text above the header (titles, 填报单位) for recognising the kind


def _row_matches(row: list, known: set[str]) -> int:
    return sum(1 for c in row if norm_header(c) in known)


def find_header(rows: list[list], known: set[str]) -> int | None:
    """0-based index of the row that best looks like a header among the first rows."""
    best, best_score = None, MIN_HEADER_MATCHES - 1
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = _row_matches(row, known)
        if score > best_score:
            best, best_score = i, score
    return best


def _merged_fill(rows: list[list], merged, top: int) -> list[str]:
    """The header row with horizontally merged ranges filled across their width."""
    row = [norm_header(c) for c in rows[top]]
    for (r0, c0), (r1, c1) in merged:
        if r0 <= top <= r1:
            for c in range(c0, min(c1 + 1, len(row))):
                row[c] = norm_header(rows[r0][c0])
    return row


def _is_second_header(upper: list, lower_raw: list, known: set[str]) -> bool:
    lower = [norm_header(c) for c in lower_raw]
    if not any(lower):
        return False
    if any(not isinstance(c, str) for c in lower_raw if c != "" and c is not None):
        return False  # numbers or dates: that is a record, not a header
    # A second header row sits under an upper cell that spans it, leaving gaps in the upper row.
    gaps = sum(1 for u, lo in zip(upper, lower) if lo and not u)
    known = known | set(DATE_PARTS)
    return _row_matches(lower_raw, known) >= 1 and (
        gaps >= 1
        or _row_matches(lower_raw, known) >= 2
        and _row_matches(lower_raw, known) > len([x for x in lower if x]) // 2
    )


def build_columns(rows: list[list], merged, top: int, known: set[str]) -> tuple[list[Column], int]:
    """The columns of a table whose header starts at `top`, and the header's height."""
    width = max(len(r) for r in rows)
    pad = lambda r: list(r) + [""] * (width - len(r))  # noqa: E731
    upper_raw = pad(rows[top])
    upper = pad(_merged_fill(rows, merged, top))
    two_rows = top + 1 < len(rows) and _is_second_header([norm_header(c) for c in upper_raw], pad(rows[top + 1]), known)
    if two_rows:
        # An upper cell spans the blank cells to its right when a lower header sits beneath them.
        lower = [norm_header(c) for c in pad(rows[top + 1])]
        filled, last = [], ""
        for u, lo in zip(upper, lower):
            last = u if u else (last if lo else "")
            filled.append(last)
        upper = filled
    columns = []
    for j in range(width):
        u = upper[j]
        lo = norm_header(rows[top + 1][j]) if two_rows and j < len(rows[top + 1]) else ""
        if lo and u and lo != u:
            candidates = (lo, f"{u}/{lo}", f"{u}({lo})", u)
            display = f"{u}/{lo}"
        else:
            candidates = tuple(x for x in (lo or u,) if x)
            display = str(rows[top + 1][j] if lo else rows[top][j]).strip()
        if candidates:
            columns.append(Column(j, candidates, display))
    return _join_date_parts(columns, upper if two_rows else None), 2 if two_rows else 1


def _join_date_parts(columns: list[Column], upper: list[str] | None) -> list[Column]:
    """Adjacent columns titled 年, 月, 日 become one date column (at the 年 column). Its title is the
    header merged above them when there is one (办理日期), else none: the kind's date field takes it."""
    out, i = [], 0
    while i < len(columns):
        trio = columns[i : i + 3]
        if (
            len(trio) == 3
            and tuple(c.candidates[0] for c in trio) == DATE_PARTS
            and [c.index for c in trio] == list(range(trio[0].index, trio[0].index + 3))
        ):
            parent = upper[trio[0].index] if upper else ""
            parent = parent if parent and parent not in DATE_PARTS else ""
            out.append(
                Column(
                    trio[0].index,
                    (parent,) if parent else (),
                    f"{parent or '日期'}（年/月/日）",
                    tuple(c.index for c in trio),
                )
            )
            i += 3
        else:
            out.append(columns[i])
            i += 1
    return out


def join_date(year: pd.Series, month: pd.Series, day: pd.Series) -> pd.Series:
    """Three cells of a split date as one text the date cleaner reads ("2024年3月5日"); a missing part
    is left out so that the cleaner reports an incomplete date, and three blanks stay blank.

    >>> join_date(pd.Series([2024, "2024年", ""]), pd.Series([3.0, "3月", ""]), pd.Series(["5", "", ""])).tolist()
    ['2024年3月5日', '2024年3月', '']
    """

    def part(s: pd.Series, unit: str) -> pd.Series:
        text = s.map(norm_header, na_action="ignore").fillna("").astype(str)
        text = text.str.replace(r"\.0+$", "", regex=True).str.removesuffix(unit)
        return text.where(text == "", text + unit)

    return part(year, "年") + part(month, "月") + part(day, "日")


def _cell_texts(cells: np.ndarray) -> np.ndarray:
    """str(cell) for every cell of an object array. Most cells are already strings and stay as they
    are; the rest are converted one by one (pandas' astype(str) would go through pyarrow and back)."""
    texts = cells.copy()
    # Elementwise over an array of types: exactly str (not a subclass) stays as it is.
    other = np.fromiter(map(type, cells), dtype=object, count=cells.size) != str  # noqa: E721
    texts[other] = list(map(str, cells[other]))
    return texts


def _norm_headers(texts: list[str]) -> list[str]:
    """norm_header of each text. Most cells (ASCII, ideographs, no spaces or stars) are their own
    normal form; one regex scan over all texts joined finds the few that are not, instead of a
    match per text. The joint "!" is itself stable, so it never marks a text."""
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)
    unstable_at = [m.start() for m in _HEADER_UNSTABLE.finditer("!".join(texts))]
    normed = list(texts)
    for i in np.unique(np.searchsorted(ends, unstable_at, side="right")):
        normed[i] = norm_header(texts[i])
    return normed


def classify_rows(body: pd.DataFrame, serial_cols: list[int], header_texts: set[str]) -> pd.Series:
    """A reason for each body row that is not a record (blank, total, note, template, repeated
    header), else ''. Vectorised: each distinct cell text is looked at once, rows by numpy."""
    n, width = body.shape
    cells = body.to_numpy(dtype=object).ravel()
    missing = pd.isna(cells)
    # Why text first: factorising raw objects would merge 1, 1.0 and True, whose texts differ.
    codes, uniques = pd.factorize(_cell_texts(cells[~missing]), sort=False)
    all_codes = np.full(cells.size, len(uniques))  # last slot: a missing cell
    all_codes[~missing] = codes
    codes = all_codes.reshape(n, width)
    texts = list(uniques) + [""]
    normed = _norm_headers(texts)

    def per_unique(results) -> np.ndarray:
        # Builtin methods mapped over the uniques: no Python-level call per text.
        return np.fromiter(results, dtype=bool, count=len(texts))

    filled = per_unique(map(bool, map(str.strip, texts, repeat(_BLANK_CHARS))))[codes]
    n_filled = filled.sum(axis=1)
    lead = codes[:, : min(4, width)]
    has_text = per_unique(map(bool, normed))[lead]
    first = np.where(has_text.any(axis=1), lead[np.arange(n), has_text.argmax(axis=1)], len(texts) - 1)
    # The tests below read only each row's first text or its first few cells.
    first_text = [normed[i] for i in first]
    reason = np.full(n, "", dtype=object)

    def per_row(results) -> np.ndarray:
        return np.fromiter(results, dtype=bool, count=n)

    def mark(label: str, rows: np.ndarray) -> None:
        reason[(reason == "") & rows] = label

    mark("blank", n_filled == 0)
    mark(
        "total",
        per_row(map(str.startswith, first_text, repeat(TOTAL_WORDS)))
        | per_unique(map(frozenset(TOTAL_WORDS).__contains__, normed))[lead].any(axis=1),
    )
    lone_word = has_text.any(axis=1) & ~per_row(map(bool, map(_SERIAL_NUMBER.fullmatch, first_text)))
    mark("note", per_row(map(str.startswith, first_text, repeat(NOTE_PREFIXES))) | ((n_filled == 1) & lone_word))
    if serial_cols:
        mark("template", (filled[:, serial_cols].sum(axis=1) == n_filled) & (n_filled > 0))
    mark("header_repeat", per_unique(map(header_texts.__contains__, normed))[codes].sum(axis=1) >= MIN_HEADER_MATCHES)
    return pd.Series(reason, index=body.index, dtype=object)


def _is_instructions(sheet_name: str) -> bool:
    """A 填表说明 sheet lists the columns to explain them; its rows are not records."""
    return any(w in norm_header(sheet_name) for w in INSTRUCTION_WORDS)


def _body(rows: list[list], min_width: int) -> pd.DataFrame:
    """The body rows as a frame of raw cells, at least `min_width` columns wide: every column the
    header names exists, even when the body is empty or short (missing columns hold '')."""
    width = max(min_width, max((len(r) for r in rows), default=0))
    if all(len(r) == width for r in rows):
        # The usual rectangular grid: one object array, no per-row work in the DataFrame constructor.
        # (Cells are scalars: str, numbers, dates; numpy does not look inside them.)
        grid = np.empty((len(rows), width), dtype=object)
        if rows:
            grid[:] = rows
        return pd.DataFrame(grid, columns=pd.RangeIndex(width), dtype=object)  # no inferring str columns
    # Ragged rows: pandas pads short rows with None, then columns beyond every row get ''.
    body = pd.DataFrame(rows, dtype="object")
    return body.reindex(columns=range(width), fill_value="")


def locate(sheet: Sheet, known: set[str]) -> Table | None:
    """The table in a sheet, or None when the sheet holds no table (e.g. 填表说明)."""
    rows = sheet.rows
    if not rows or _is_instructions(sheet.name):
        return None
    top = find_header(rows, known)
    if top is None:
        return None
    heading = next((norm_header(c) for r in rows[:top] for c in r if norm_header(c)), "")
    if heading in INSTRUCTION_WORDS:  # a sheet headed just 填表说明 (not a note above a real table)
        return None
    columns, height = build_columns(rows, sheet.merged, top, known)
    start = top + height
    body = _body(rows[start:], max(c.index for c in columns) + 1)
    body.index = pd.RangeIndex(start + 1, start + 1 + len(body))  # 1-based Excel row numbers
    header_texts = {c for col in columns for c in col.candidates}
    serial_cols = [c.index for c in columns if SERIAL_HEADERS.intersection(c.candidates[:1])]
    reasons = classify_rows(body, serial_cols, header_texts).to_numpy()
    set_aside = {r: 0 for r in SET_ASIDE_REASONS}
    above = rows[:top]
    set_aside["title"] = sum(1 for r in above if any(norm_header(c) for c in r))
    set_aside["blank"] = len(above) - set_aside["title"]
    set_aside["header"] = height
    is_record = reasons == ""
    for reason, n in Counter(reasons[~is_record]).items():
        set_aside[reason] += n
    title_text = " ".join(str(c) for r in above for c in r if c not in ("", None))
    records = body.iloc[np.flatnonzero(is_record)]
    split = [c for c in columns if c.parts]
    if split and len(records):
        records = records.copy()
        for c in split:
            records[c.index] = join_date(*(records[j] for j in c.parts))
    return Table(top, height, columns, records, set_aside, title_text)
