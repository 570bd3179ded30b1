"""Turning a recognised table into its kind's raw records: the columns a fit names, ticks and counts turned into values and records, shared cells split, values the context gives.

The result is raw cells, one column per field, one row per record, for the cleaners: this module
decides which cell feeds which field, never what a cell means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from fzlib.ingest.cleaners.categories import CROSSES, TICKS, vocabulary_of, yes_no_of
from fzlib.ingest.cleaners.dates import YearSpan
from fzlib.ingest.content import EMBEDDED_DATE, PAIR
from fzlib.ingest.locate import Table
from fzlib.ingest.read import column_letter
from fzlib.ingest.recognise import Fit
from fzlib.spec import SEVERAL_JOIN, LedgerSpec

# A year a title or sheet name gives (青禾镇2024年…, 2024年度, （2024）), for dates written without one.
# A year that starts a span (台账（2022年起）, 2021年以来, 2021年至今, 2022年—): the ledger runs from it, so it is
# not the year of its rows.
# A year written with a dot or slash before its months (（2024.7-9月）, 2024.7—2024.9, 2024/10月) names it as
# well: a quarter's book titled so had its 7月5日 dated in the year being cleaned. A date with its day
# (2024.3.5, 更新于2024.3.5) names no year, as 2024年3月5日 does not.
_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年|年度)(?!\d{1,2}月\d)(?!度?\s*(?:起|以来|至今|开始|[—\-~～]\s*(?:[)）]|$)))"
    r"|[（(]((?:19|20)\d{2})[）)]"
    r"|(?<![\d.])((?:19|20)\d{2})\s*[./]\s*(?:1[0-2]|0?[1-9])\s*(?:月份?|(?:至|到|—+|－|–|-|~|～)\s*"
    r"(?:(?:19|20)\d{2}\s*[./]\s*)?(?:1[0-2]|0?[1-9])(?!\s*[./]?\s*\d))"
    # A year of two digits (23年人民调解台账, 24年度, 24年1-3月), as a clerk names a file: this century's. Not a
    # count of years (近10年, 第12年, 满30年, 10年来) nor a date (24年3月5日).
    r"|(?<![\d.近第满每约共逾超])([1-3]\d)\s*年(?:度)?(?!\d{1,2}月\d)(?!度?\s*(?:起|以来|至今|开始|来|前|后|内|间|以上|以下))"
)
_BARE_YEAR = re.compile(r"((?:19|20)\d{2})")
# A year standing alone among a name's words, its only number (调解登记簿-2025, 2024调解台账, 执法台账_2024): a tab
# or a file an office named by its year. Not a number of something (第2025号, 2024版, 2025条) nor a code (Sheet2024).
# A year a span starts from (2022起, 2021以来, 2022—) is no table's year, as in _YEAR; a year with 年 is _YEAR's.
_LONE_YEAR = re.compile(r"(?<![\dA-Za-z第])((?:19|20)\d{2})(?!\s*[\dA-Za-z号期条件人元份个次户万版年起以至开—\-~～])")
# A span of two calendar years a title names (考核年度：2023年12月1日至2024年11月30日, 2023.12-2024.11, 2023年7月—2024年6月):
# a ledger kept on a year that is not the calendar's; its yearless dates take the year of their month.
_SPAN = re.compile(
    r"((?:19|20)\d{2})\s*[年./\-]\s*(\d{1,2})\s*月?(?:\s*[./\-]?\s*\d{1,2}\s*[日号]?)?"
    r"\s*(?:至|到|—+|－|–|-|~|～)\s*((?:19|20)\d{2})\s*[年./\-]\s*(\d{1,2})"
)
_ZERO = re.compile(r"^[0０]+(?:\.0+)?$")
# A part of the year a title, sheet or file name gives (2025年4月, 第二季度, 上半年): a book kept per month or
# quarter. A date (2025年4月3日) and a span (4月至6月, 1-3月) name no such part.
_PART = re.compile(
    r"(?<![\d月\-至到~])(?:1[0-2]|[1-9])月(?![\d份]*\s*(?:\d|[至到\-~—]))(?!份?\d)"
    r"|第?[一二三四1-4]季度|(?<![A-Za-z])[Qq][1-4](?!\d)|[上下]半年"
)
# A quarter written Q1 … Q4 beside its year (2022Q4, 2023-Q1, Q4 2023): set aside before a year is looked for, which a
# letter after its digits would otherwise hide (as Sheet2024 is no year).
_Q_PART = re.compile(r"(?<![A-Za-z])[-_ ]?[Qq][1-4](?!\d)")
# A quarter written after its year (2022Q4, 2023-Q1): the year it names.
_Q_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=[-_ ]?[Qq][1-4](?!\d))")


@dataclass
class Records:
    """A table's raw records for one kind."""

    raw: pd.DataFrame  # one column per field found; index = Excel row (repeated for counts per column)
    headers: dict[str, str]  # field → header as written
    letters: dict[str, str]  # field → column letter(s)
    cells: dict[str, np.ndarray] = field(default_factory=dict)  # field → letter per record, where it varies
    problems: list[tuple[int, str, str, str]] = field(default_factory=list)  # (record position, field, code, detail)
    nothing_counted: int = 0  # rows of a wide log or tick matrix with no count: not records


def folder_texts(rel: str) -> tuple[str, ...]:
    """The names of the folders a ledger lies in, innermost first, for the year they name after the title, the
    sheet's and the file's (2023年/矛盾纠纷排查化解台账.xlsx: last year's book kept in its year's folder, its 3月5日
    had been dated in the year being cleaned). A folder naming a month (2025年1月报送) is when it was gathered,
    not the year of what it holds: no year.

    >>> folder_texts("2023年/排查台账.xlsx"), folder_texts("台账/2023年度/晨光村/调解.xlsx"), folder_texts("a.xlsx")
    (('2023年',), ('晨光村', '2023年度', '台账'), ())
    >>> folder_texts("2025年1月报送/排查台账.xlsx")
    ('',)
    """
    parents = rel.replace("\\", "/").split("/")[:-1]
    return tuple("" if "月" in name else name for name in reversed(parents))


def year_named(*texts: str) -> int | None:
    """The one year the texts name (title first, then sheet name, then file name), or None.

    >>> year_named("青禾镇2024年矛盾纠纷排查化解台账（柳塘村）", "柳塘村"), year_named("2023年度…2024年", "")
    (2024, None)
    """
    found = year_source(*texts)
    return found[0] if found else None


def year_source(*texts: str) -> tuple[int, int] | None:
    """(year, which of the texts named it) for the first text naming exactly one year. A text that is a
    year and nothing else names it without 年 (a book's tabs 2023, 2024, 2025, one per year).

    >>> year_source("", "2024"), year_source("", "Sheet2024"), year_source("", "2024 ", "2025年台账")
    ((2024, 1), None, (2024, 1))
    >>> year_source("信访事项登记台账（2022年起）"), year_source("台账（2021年以来）"), year_source("服务台账（2022年—）")
    (None, None, None)
    >>> year_source("台账（2023.7-9月）"), year_source("台账 2023.7—2023.9"), year_source("台账（更新于2024.3.5）")
    ((2023, 0), (2023, 0), None)
    >>> year_source("23年人民调解台账"), year_source("24年1-3月"), year_source("近10年调解台账"), year_source("24年3月5日")
    ((2023, 0), (2024, 0), None, None)
    >>> year_source("调解登记簿", "调解登记簿-2025"), year_source("", "2024调解"), year_source("", "文号第2025号")
    ((2025, 1), (2024, 1), None)
    >>> year_source("", "2024-2025"), year_source("", "台账2024.3"), year_source("", "2024版台账")
    (None, None, None)
    >>> year_source("", "2022Q4"), year_source("", "2023-Q1"), year_source("执法案件Q4")
    ((2022, 1), (2023, 1), None)
    >>> year_source("", "调解台账（2023年）-2022Q4"), year_source("", "调解台账（2023年）-2023Q4")
    (None, (2023, 1))
    """
    for i, text in enumerate(texts):
        quarters = {int(y) for y in _Q_YEAR.findall(text or "")}
        text = _Q_PART.sub("", text or "")
        if bare := _BARE_YEAR.fullmatch((text or "").strip()):
            return int(bare.group(1)), i
        years = {int(a or b or c) if (a or b or c) else 2000 + int(d) for a, b, c, d in _YEAR.findall(text or "")}
        years |= quarters  # 台账（2023年）-2022Q4: two years named, none of them the text's
        if len(years) == 1:
            return years.pop(), i
        if len(years) > 1:
            return None
        if (lone := _LONE_YEAR.search(text or "")) and re.sub(r"\D", "", text) == lone.group(1):
            return int(lone.group(1)), i
    return None


def _year_span(text: str) -> YearSpan | None:
    """The span the text names when it runs over two calendar years, twelve months at most (each month once).

    >>> _year_span("台账（考核年度：2023年12月1日至2024年11月30日）"), _year_span("2023.7-2024.6")
    (YearSpan(first=2023, start_month=12), YearSpan(first=2023, start_month=7))
    >>> _year_span("2024年1月至2024年12月"), _year_span("2023年3月至2024年6月"), _year_span("2024年台账")
    (None, None, None)
    """
    found = _SPAN.search(text or "")
    if not found:
        return None
    y1, m1, y2, m2 = map(int, found.groups())
    return YearSpan(y1, m1) if y2 == y1 + 1 and 1 <= m2 < m1 <= 12 else None


def dating_year(*texts: str) -> int | YearSpan | None:
    """The year a table's dates typed without one take (title first, then sheet name, then file name): the
    one year `year_source` finds, or a span over two years named in that text or before it.

    >>> dating_year("某镇矛盾纠纷排查化解台账（2023年12月1日至2024年11月30日）", "排查台账", "某镇2024年台账")
    YearSpan(first=2023, start_month=12)
    >>> dating_year("某镇2024年台账", "", "台账（2023年12月至2024年11月）")
    2024
    """
    found = year_source(*texts)
    for text in texts[: found[1] + 1 if found else len(texts)]:
        if span := _year_span(text):
            return span
    return found[0] if found else None


# A span of months within one year a register's title, sheet or file name gives (（2024年10-12月）, 10月至12月): the
# months it was kept for. A span of days (1月1日至12月31日) is no such span; nor one over two years (2023年7月—2024年6月).
_MONTH_SPAN = re.compile(
    r"(?:((?:19|20)\d{2})\s*年\s*)?(?<!\d)(1[0-2]|0?[1-9])\s*月?份?\s*(?:至|到|-|—+|–|~|～)\s*"
    r"(?:((?:19|20)\d{2})\s*年\s*)?(1[0-2]|0?[1-9])\s*月(?!\s*\d)"
)


def months_spanned(year: int | None, *texts: str) -> tuple[int, ...]:
    """The months of `year` the first text naming a span of months names (（2024年10-12月） → 10, 11, 12), or () where
    none names one, or the span is of another year or runs over two.

    >>> months_spanned(2024, "某镇矛盾纠纷排查化解登记台账（2024年10-12月）"), months_spanned(2024, "", "10月至12月")
    ((10, 11, 12), (10, 11, 12))
    >>> months_spanned(2024, "2025年1-3月"), months_spanned(2024, "登记簿（2023年7月—2024年6月）")
    ((), ())
    >>> months_spanned(2024, "统计时段：2024年1月1日至12月31日"), months_spanned(2024, "某镇2024年台账")
    ((), ())
    """
    for text in texts:
        found = _MONTH_SPAN.search(text or "")
        if found is None:
            continue
        first_year, first, last_year, last = found.groups()
        if any(y is not None and int(y) != year for y in (first_year, last_year)) or int(first) >= int(last):
            return ()
        return tuple(range(int(first), int(last) + 1))
    return ()


def part_of_year_named(*texts: str) -> str:
    """The part of the year (a month, a quarter, a half) the first text naming one names, or "".

    >>> part_of_year_named("某镇2025年4月信访事项登记台账"), part_of_year_named("", "2025年第二季度")
    ('4月', '第二季度')
    >>> part_of_year_named("某镇2025年信访事项登记台账（2025年3月5日更新）"), part_of_year_named("1-3月汇总")
    ('', '')
    >>> part_of_year_named("人民调解案件登记簿（2023年7月—2024年6月）"), part_of_year_named("", "2022Q4")
    ('', 'Q4')

    """
    for text in texts:
        # A span of two years' months (登记簿（2023年7月—2024年6月）) is no part of a year: 6月 ends it.
        found = _PART.search(_SPAN.sub("", text or ""))
        if found:
            return found.group(0)
    return ""


def _texts(cells: pd.Series) -> pd.Series:
    return cells.map(lambda x: "" if x is None or (isinstance(x, float) and x != x) else str(x).strip())


def _tick_count(text: str):
    """What a tick or count cell says: None for nothing, else the raw count (√ is 1)."""
    if not text or text in CROSSES or _ZERO.match(text):
        return None
    if text in TICKS:
        return "1"
    answer, _ = yes_no_of(text)
    if answer is False:
        return None
    if answer is True and not re.match(r"^\d", text):
        return "1"
    return text


def _tick_column(cells: pd.Series) -> bool:
    """A yes/no column written with ticks only (√ or blank): a blank is a no."""
    texts = {t for t in _texts(cells) if t}
    return bool(texts) and texts <= set(TICKS) | set(CROSSES)


def records(table: Table, fit: Fit, spec: LedgerSpec) -> Records:
    """The raw records of `table` for the kind `fit` found in it."""
    body = table.body
    headers: dict[str, str] = {}
    letters: dict[str, str] = {}
    problems: list[tuple[int, str, str, str]] = []
    columns = {}
    # The body's cells as one array, its columns taken by position (a frame's column per field costs more).
    cells_of = body.to_numpy(dtype=object)
    at = {c: j for j, c in enumerate(body.columns)}
    for name, col in fit.columns.items():
        cells = cells_of[:, at[col.index]] if col.index in at else np.full(len(body), None, dtype=object)
        if "yes_no" in spec.field(name).steps:
            column = pd.Series(cells, index=body.index, dtype=object)
            if _tick_column(column):
                cells = column.where(_texts(column) != "", "否").to_numpy(dtype=object)
        columns[name] = cells
        headers[name], letters[name] = col.display, column_letter(col.index)
    # One frame from all columns at once (a column added at a time copies the frame each time).
    # One 2-D object block: raw cells as they are, no per-column inference or conversion.
    if columns:
        grid = np.empty((len(body), len(columns)), dtype=object)
        for j, values in enumerate(columns.values()):
            grid[:, j] = values
        raw = pd.DataFrame(grid, index=body.index, columns=list(columns), dtype=object)
    else:
        raw = pd.DataFrame(index=body.index)
    _merged_amounts(table, fit, spec, raw, problems)
    by_record: dict[str, np.ndarray] = {}
    for name, extra in fit.joined.items():
        if name not in raw:
            continue
        where = np.full(len(body), letters[name], dtype=object)
        for col in extra:
            blank = (_texts(raw[name]) == "").to_numpy()
            cells = cells_of[:, at[col.index]] if col.index in at else np.full(len(body), None, dtype=object)
            fill = blank & (_texts(pd.Series(cells, index=body.index, dtype=object)) != "").to_numpy()
            raw.loc[fill, name] = cells[fill]
            where[fill] = column_letter(col.index)
        headers[name] = "/".join([headers[name], *(c.display for c in extra)])
        by_record[name] = where
    for name, (col, part) in fit.split.items():
        texts = _texts(body[col.index])
        if part in ("first", "second"):  # two counts in one cell (实考/应考: 8/9)
            raw[name] = texts.str.normalize("NFKC").str.extract(PAIR)[0 if part == "first" else 1]
            headers[name], letters[name] = col.display, column_letter(col.index)
            continue
        dates = texts.str.extract(EMBEDDED_DATE, expand=False)
        raw[name] = dates if part == "date" else texts.str.replace(EMBEDDED_DATE, " ", regex=True).str.strip()
        headers[name], letters[name] = col.display, column_letter(col.index)
    for name, (value, where) in fit.constants.items():
        raw[name] = value
        headers[name], letters[name] = f"（{where}：{value}）", ""
    for name, by_row in fit.sections.items():
        raw[name] = pd.Series([by_row.get(int(r)) for r in body.index], index=body.index, dtype=object)
        headers[name], letters[name] = "（表内分段标题）", ""
    for name, group in fit.ticks.items():
        headers[name] = "/".join(c.display for c, _ in group)
        letters[name] = f"{column_letter(group[0][0].index)}–{column_letter(group[-1][0].index)}"
    if fit.ticks and spec.measure and spec.measure not in fit.columns:
        return _counts(body, raw, headers, letters, fit, spec)
    counted = _counted_by_figures(spec)
    for name, group in fit.ticks.items():
        marks = pd.DataFrame({value: _texts(body[c.index]).map(_tick_count) for c, value in group}, index=body.index)
        ticked = marks.notna()
        n = ticked.sum(axis=1)
        values = pd.Series(None, index=body.index, dtype=object)
        one = (n == 1).to_numpy()
        if one.any():
            values[one] = ticked[one].idxmax(axis=1)
        several = spec.field(name).several  # values a record may hold side by side: read as all of them
        for pos in np.flatnonzero((n > 1).to_numpy()):
            chosen = [v for v, t in ticked.iloc[pos].items() if t]
            values.iloc[pos] = SEVERAL_JOIN.join(chosen)
            if not several:
                code = "tick.several" if name in counted else "tick.several_places"
                problems.append((int(pos), name, code, "、".join(chosen)))
        raw[name] = values
    if not fit.ticks:
        return _entries_listed(Records(raw, headers, letters, by_record, problems=problems), spec)
    return Records(raw, headers, letters, by_record, problems=problems)


def _merged_amounts(table: Table, fit: Fit, spec: LedgerSpec, raw: pd.DataFrame, problems: list) -> None:
    """An amount merged down over the rows of records of different keys (one 罚款金额 cell over two cases) is counted
    once, on its first record, as Excel's own SUM of the column counts it; each other record under it is named
    (`number.merged_over_records`) with its amount left blank. Filled into every row, the merged 2000 over two cases
    had been 4000 without a word. A kind whose rows hold shares of one record's amounts is summed elsewhere.
    A kind keyed by no column (治安案件, 培训) tells its records apart by their other cells: a 拘留人数 of 3 merged over
    three cases had been 9 (`number.merged_over_rows`); rows alike in all but the merged cell tell nothing apart."""
    key = fit.columns.get(spec.key[0]) if spec.key else None
    if (spec.key and (key is None or key.index not in table.body)) or not len(raw):
        return
    # Only a register with a range merged down one of its columns reads its keys (most have none: a lambda per row).
    down = {c0 for (r0, c0), (r1, c1) in table.merged if c0 == c1 and r1 > r0}
    if not down & {col.index for col in fit.columns.values()}:
        return
    code = "number.merged_over_records" if key is not None else "number.merged_over_rows"
    rows = {int(r): pos for pos, r in enumerate(raw.index)}
    for name, col in fit.columns.items():
        f = spec.field(name)
        if name not in raw or f.shares or not {"number", "integer"} & set(f.steps):
            continue
        keys = _record_keys(table, fit, key, col)
        for (r0, c0), (r1, c1) in table.merged:
            if c0 != col.index or c1 != c0 or r1 <= r0:
                continue
            under = [rows[r] for r in range(r0 + 1, r1 + 2) if r in rows]  # 1-based Excel rows of the records
            # Rows of one record (its key merged too, or left blank under it) share its amount: no other record's.
            if len(under) < 2 or len({keys.iloc[p] for p in under} - {""}) < 2:
                continue
            first = f"{column_letter(col.index)}{r0 + 1}"
            for p in under[1:]:
                raw.iloc[p, raw.columns.get_loc(name)] = None
                problems.append((p, name, code, first))


def _record_keys(table: Table, fit: Fit, key, col) -> pd.Series:
    """Per body row, what tells its record from another's: its key, or for a kind keyed by no column its other
    fields' cells together ("" where they are all blank: a row continuing the record above)."""
    text = lambda v: "" if v is None else str(v).strip()  # noqa: E731
    if key is not None:
        return table.body[key.index].map(text)
    others = [c.index for c in fit.columns.values() if c.index != col.index and c.index in table.body]
    cells = table.body[others].map(text) if others else pd.DataFrame(index=table.body.index)
    return (
        cells.apply(lambda r: "\x1f".join(r) if any(r) else "", axis=1)
        if others
        else pd.Series("", index=table.body.index)
    )


# How a cell lists the entries of one row: on lines of the cell, or joined by 、 and ；.
_ENTRIES = re.compile(r"\s*(?:[\r\n]+|[、；;])\s*")


def _entries_listed(found: Records, spec: LedgerSpec) -> Records:
    """A row that records several entries of a measured kind, one visit's services listed in the cell of the
    field the measure counts (法律咨询↵审查合同), is a record per entry. Each entry's count is the line of the
    measure's cell beside it (3↵1), or, with that cell blank, the count typed after the entry's words (法律咨询4人次；
    审查合同2份, read by the cleaners as a count within the cell). Only where every listed part is a value of the
    field's vocabulary and the measure's cell gives a count per entry or none: a single count beside several
    entries says nothing of each, and the row stays one record (several values: unknown)."""
    within = spec.field(spec.measure).within if spec.measure else None
    raw = found.raw
    if not within or within not in raw or not len(raw):
        return found
    vocab = vocabulary_of(spec.field(within).vocabulary or {})
    entries = _texts(raw[within]).map(lambda t: [p for p in _ENTRIES.split(t) if p])
    counts = _texts(raw[spec.measure]) if spec.measure in raw else pd.Series("", index=raw.index)
    take: list[int] = []
    values: list[str] = []
    measures: list[object] = []
    for pos, (parts, count) in enumerate(zip(entries, counts)):
        per = [p for p in _ENTRIES.split(count) if p] if count else []
        several = len(parts) >= 2 and all(vocab.resolve(p)[0] for p in parts) and len(per) in (0, len(parts))
        if not several:
            take.append(pos)
            values.append(raw[within].iloc[pos])
            measures.append(raw[spec.measure].iloc[pos] if spec.measure in raw else None)
            continue
        take += [pos] * len(parts)
        values += parts
        measures += per or [None] * len(parts)
    if len(take) == len(raw):
        return found
    out = raw.iloc[take].copy()
    out[within] = values
    if spec.measure in raw or any(m is not None for m in measures):
        out[spec.measure] = measures
    # Several records of one sheet row: the row is counted once, as a wide log's (their cells' letters).
    by_field = {f: np.full(len(out), found.letters.get(f, ""), dtype=object) for f in (within, spec.measure)}
    by_field |= {f: letters[take] for f, letters in found.cells.items() if f not in by_field}
    if spec.measure in found.cells:  # a count from one of its joined columns: that column's letter
        by_field[spec.measure] = found.cells[spec.measure][take]
    return Records(out, found.headers, found.letters, by_field, found.problems, found.nothing_counted)


def _counted_by_figures(spec: LedgerSpec) -> set[str]:
    """The fields some figure of the kind counts by, sums or tells records apart by: several ticks under one of
    them leave a figure unsure; under any other (公开载体), the record was in several places."""
    fields: set[str] = set()
    for figure in spec.figures:
        fields |= set(figure.where)
        if figure.op in ("sum", "count_distinct"):
            fields.add(figure.arg)
        if figure.distinct:
            fields.add(figure.distinct)
    return fields


def _counts(body, raw, headers, letters, fit: Fit, spec: LedgerSpec) -> Records:
    """A wide log or tick matrix with a measure (counts per category in columns): one record per
    filled cell, its category the column's value and its measure the cell (√ is 1, blank is none)."""
    measure = spec.measure
    parts, cells = [], []
    for name, group in fit.ticks.items():
        for col, value in group:
            counts = _texts(body[col.index]).map(_tick_count)
            filled = counts.notna()
            if not filled.any():
                continue
            part = raw[filled].copy()
            part[name] = value
            part[measure] = counts[filled]
            parts.append(part)
            cells.append(np.full(int(filled.sum()), column_letter(col.index), dtype=object))
    headers[measure] = "（各列计数）"
    letters[measure] = letters[next(iter(fit.ticks))]
    if parts:
        out = pd.concat(parts)
        order = np.argsort(out.index.to_numpy(), kind="stable")
        out = out.iloc[order]
        letters_per = np.concatenate(cells)[order]
    else:
        out = raw.iloc[0:0].assign(**{measure: pd.Series(dtype=object)})
        letters_per = np.zeros(0, dtype=object)
    counted = set(out.index)
    nothing = sum(1 for i in body.index if i not in counted)
    by_field = {name: letters_per for name in (*fit.ticks, measure)}
    return Records(out, headers, letters, by_field, [], nothing)
