"""Finding a sheet's table: the header (one or two rows, merged or not) and which rows are records."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from fzlib.read import Sheet

HEADER_SCAN_ROWS = 20
MIN_HEADER_MATCHES = 2
TOTAL_WORDS = ("合计", "小计", "总计", "累计", "总数")
NOTE_PREFIXES = ("填表人", "填报人", "审核人", "负责人签字", "注:", "注：", "说明", "备注:", "制表")
SERIAL_HEADERS = {"序号", "编号序号", "NO", "NO.", "No."}
# Why the set-aside reasons are named: the manifest counts them so that every row is accounted for.
SET_ASIDE_REASONS = ("title", "header", "blank", "total", "note", "template", "header_repeat")

_SPACE = re.compile(r"[\s\u00a0\u3000\u200b-\u200d\ufeff*＊]+")


def norm_header(value) -> str:
    """A header cell as compared with spec titles: NFKC, no spaces, line breaks or required-stars."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return _SPACE.sub("", unicodedata.normalize("NFKC", str(value)))


@dataclass
class Column:
    index: int            # 0-based column in the sheet
    candidates: tuple[str, ...]  # normalised header texts to try, most specific first
    display: str          # the header as written, for messages ("当事人/申请人")


@dataclass
class Table:
    header_row: int                 # 0-based index of the first header row
    header_height: int              # 1 or 2
    columns: list[Column]
    body: pd.DataFrame              # raw cells of the record rows; index = 1-based Excel row
    set_aside: dict[str, int] = field(default_factory=dict)
    title_text: str = ""            # text above the header (titles, 填报单位) for recognising the kind


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
    gaps = sum(1 for u, l in zip(upper, lower) if l and not u)
    return _row_matches(lower_raw, known) >= 1 and (gaps >= 1 or _row_matches(lower_raw, known) >= 2
                                                       and _row_matches(lower_raw, known) > len([x for x in lower if x]) // 2)


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
        for u, l in zip(upper, lower):
            last = u if u else (last if l else "")
            filled.append(last)
        upper = filled
    columns = []
    for j in range(width):
        u = upper[j]
        l = norm_header(rows[top + 1][j]) if two_rows and j < len(rows[top + 1]) else ""
        if l and u and l != u:
            candidates = (l, f"{u}/{l}", f"{u}({l})", u)
            display = f"{u}/{l}"
        else:
            candidates = tuple(x for x in (l or u,) if x)
            display = str(rows[top + 1][j] if l else rows[top][j]).strip()
        if candidates:
            columns.append(Column(j, candidates, display))
    return columns, 2 if two_rows else 1


def classify_rows(body: pd.DataFrame, serial_cols: list[int], header_texts: set[str]) -> pd.Series:
    """A reason for each body row that is not a record (blank, total, note, template, repeated
    header), else ''. Vectorised over the whole body."""
    filled = _filled(body)
    n_filled = filled.sum(axis=1)
    reason = pd.Series("", index=body.index, dtype="object")
    reason[n_filled == 0] = "blank"
    lead = body.iloc[:, : min(4, body.shape[1])].map(norm_header)
    first_text = lead.apply(lambda r: next((x for x in r if x), ""), axis=1)
    is_total = first_text.str.startswith(TOTAL_WORDS) | lead.isin(TOTAL_WORDS).any(axis=1)
    reason[(reason == "") & is_total] = "total"
    is_note = first_text.str.startswith(NOTE_PREFIXES) | ((n_filled == 1) & first_text.str.len().gt(0)
                                                         & ~first_text.str.fullmatch(r"\d+(\.0)?"))
    reason[(reason == "") & is_note] = "note"
    if serial_cols:
        only_serial = filled.iloc[:, serial_cols].sum(axis=1).eq(n_filled)
        reason[(reason == "") & only_serial & (n_filled > 0)] = "template"
    repeated = body.map(norm_header).isin(header_texts).sum(axis=1) >= MIN_HEADER_MATCHES
    reason[(reason == "") & repeated] = "header_repeat"
    return reason


def _filled(body: pd.DataFrame) -> pd.DataFrame:
    return body.map(lambda c: c is not None and c == c and str(c).strip(" \u3000\u00a0\t\r\n") != "")


def locate(sheet: Sheet, known: set[str]) -> Table | None:
    """The table in a sheet, or None when the sheet holds no table (e.g. 填表说明)."""
    rows = sheet.rows
    if not rows:
        return None
    top = find_header(rows, known)
    if top is None:
        return None
    columns, height = build_columns(rows, sheet.merged, top, known)
    start = top + height
    body = pd.DataFrame(rows[start:], dtype="object")
    body.index = pd.RangeIndex(start + 1, start + 1 + len(body))  # 1-based Excel row numbers
    header_texts = {c for col in columns for c in col.candidates}
    serial_cols = [c.index for c in columns if c.candidates[0] in SERIAL_HEADERS]
    if body.empty:
        reasons = pd.Series(dtype="object")
    else:
        body = body.reindex(columns=range(max(body.shape[1], max(c.index for c in columns) + 1)), fill_value="")
        reasons = classify_rows(body, serial_cols, header_texts)
    set_aside = {r: 0 for r in SET_ASIDE_REASONS}
    above = rows[:top]
    set_aside["title"] = sum(1 for r in above if any(norm_header(c) for c in r))
    set_aside["blank"] = len(above) - set_aside["title"]
    set_aside["header"] = height
    for reason, n in reasons[reasons != ""].value_counts().items():
        set_aside[reason] += int(n)
    title_text = " ".join(str(c) for r in above for c in r if c not in ("", None))
    return Table(top, height, columns, body[reasons == ""] if len(reasons) else body, set_aside, title_text)
