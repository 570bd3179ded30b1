"""Cleaning a year: a folder of raw ledgers in; typed tables, an issues table and a manifest (in memory) out."""

from __future__ import annotations

import datetime as dt
import difflib
import fnmatch
import functools
import itertools
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from fzlib import __version__
from fzlib.fmt import plain as plain_number
from fzlib.ingest import issues, query, sandbox, statistics, towns
from fzlib.ingest.cleaners import CLEANER_OPTIONS, CLEANERS
from fzlib.ingest.cleaners.categories import answered_by_whom, core, named_within, vocabulary_of, yes_no_of
from fzlib.ingest.cleaners.cells import (
    INFERRED_TEXT,
    Uniques,
    among,
    cell_kinds,
    normal_text,
    normal_texts,
    raw_text,
    text_column,
)
from fzlib.ingest.cleaners.dates import YearSpan, names_a_month, names_no_month, year_alone
from fzlib.ingest.cleaners.documents import KEY_LOST, year_in_number
from fzlib.ingest.cleaners.numbers import trailing_count
from fzlib.ingest.content import ColumnContent, fits, people_among_choices
from fzlib.ingest.folder import (
    archived_copies,
    backup_of,
    broken_link,
    display_name,
    empty_folder_named_as_file,
    hidden_ledger,
    ledger_files,
    lock_named_ledger,
    meant_name,
    outside_link,
    refused,
    same_but_year,
    scan_of,
    sha256,
    unpacked_package,
    version_of,
    without_copy_marks,
)
from fzlib.ingest.forms import as_records
from fzlib.ingest.keys import identities, repeated
from fzlib.ingest.layout import (
    dating_year,
    folder_texts,
    months_spanned,
    part_of_year_named,
    records,
    year_named,
    year_source,
)
from fzlib.ingest.legends import (
    COLOURS,
    DICTIONARY,
    FONTS,
    book_legends,
    coloured,
    decoded,
    is_code_list,
    is_dictionary_sheet,
)
from fzlib.ingest.locate import (
    MONEY_SCALES,
    SERIAL_HEADERS,
    STATED_UNIT,
    SUBMITTED_TITLES,
    HeaderWords,
    Table,
    code_legend,
    continued_tables,
    holds_rows,
    is_front_matter,
    is_instructions,
    locate_tables,
    norm_header,
    page_tables,
    question_legend,
    unit_of,
    without_page_tail,
    without_unit,
)
from fzlib.ingest.marks import HEAD_ROWS, UNCACHED_FORMULA, SheetMarks
from fzlib.ingest.privacy import Outbound, personal_names, protect, pseudonymise
from fzlib.ingest.read import (
    MAX_CELLS_TOTAL,
    TABLE_SUFFIXES,
    Reader,
    ReadResult,
    Sheet,
    column_letter,
    is_scan,
    read_file,
)
from fzlib.ingest.recognise import (
    CLOSE,
    PERSON_TITLE,
    SUBSET_PREFIX,
    Context,
    best_fit,
    contents_page,
    fit,
    header_words,
    ledger_beside,
    other_document,
    pivot_table,
    similar,
    title_kind,
    values_named,
    wanting,
)
from fzlib.ingest.steps import step_rows
from fzlib.spec import LedgerSpec, load_specs, with_town_words

# Columns of a processed table beside the fields: what each record could not give a figure, and
# who it is (its key within the numbering it belongs to: see fzlib.ingest.keys).
UNUSABLE, ABSENT, KEY = "_unusable", "_absent", "_key"
# Per record, the date fields known only to a span longer than a month (a year, a half, a quarter): comma-separated
# names, "" for none. Such a record is in its year for the year's counts, in no month of a month's breakdown.
MONTHLESS = "_monthless"
# A record's identity while copies are told, for a kind without a key (dropped before its table is written).
COPY = "_copy"
# Reader children: a file takes longer to read than to clean here, so two read in turn (on two cores
# the cleaning then rarely waits; more would only compete with it).
READERS = 2
# What a child read is worked on here (tables recognised, a kind's records screened) within as long as its reading
# may take, in CPU time: no real ledger comes near it; a table built to be slow is named (file.too_large), the others kept.
CLEAN_SECONDS = sandbox.SECONDS
# A register going on into next year below the year's records (`_going_on_into_next_year`): its last rows dated in the
# year's first months after rows of its last months.
NEXT_YEARS_FIRST_MONTHS, YEARS_LAST_MONTHS = 3, 10
# A file whose dated records are mostly of another year was probably put in the wrong folder.
WRONG_YEAR_SHARE, WRONG_YEAR_MIN_ROWS = 0.8, 5
# The cleaning steps of fields a figure counts or splits by: where two copies of a record differ in one of
# them, which copy holds is not known (names of cleaners, not of kinds or fields). Not dates: a copy that
# dates the record by its sheet's title (2023年 → 01-01) or by its month differs from the other's day
# without either being wrong.
COUNTED_STEPS = frozenset({"category", "integer", "number", "yes_no"})
# A file with records of this many years, this one among them, is a ledger kept over years, not a year's book.
SEVERAL_YEARS = 3
# A whole day in a file's name (20231220, 2023.12.20, 2023年12月20日): the day of the one event the file holds (a
# session's 签到表 saved under its date), not the year of a book. A span of months (2025年1-3月) is no day.
_DAY_IN_NAME = re.compile(
    r"(?<!\d)(?:19|20)\d{2}(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|[.\-/年_](?:1[0-2]|0?[1-9])[.\-/月_](?:3[01]|[12]\d|0?[1-9])日?)(?![\d月])"
)
# What params may say about cleaning (see fzlib.params.DEFAULTS).
# `town` None: not known — a county's table of several towns' rows then gives none of them (fzlib.ingest.towns).
OPTION_DEFAULTS = {
    "columns": {},
    "hidden_sheets": [],
    "range_quantity": "low",
    "aliases": {},
    "variants": {},
    "town": None,
    "former_towns": [],
    "earlier_versions": [],
    # The towns of the county run the town is cleaned in (their folders' names; none for a town cleaned alone): a
    # table titled as another of them is that town's, wherever it lies.
    "county_towns": (),
}
# Assumptions noted once per distinct value (the others once per sheet and field).
_BY_VALUE = ("vocab.assumed", "vocab.slip", "number.range")
# How well an unknown column's cells must fit a field for a message to suggest that field (0–1).
SUGGESTED_FIT = 0.5
# Share of a column's filled cells that must be the field's numbers for it to fill the field's blanks.
JOINED_FIT = 0.3
# The status a row takes when its records fare differently (a wide log row gives several records).
_STATUS_ORDER = ("kept", "error", "out_of_year", "duplicate", "other_matter", "record_row")
# Issues that do not make a kept record one "with problems to check".
NOT_FLAGGING = ("row.out_of_year", "row.duplicate", "row.renumbered_copy", "row.repeated_copy", "row.resubmitted")


# A file's name saying it is a template, not the year's ledger.
_TEMPLATE_NAME = re.compile(r"模板|样表|空表|范本|template", re.IGNORECASE)


@dataclass
class SheetPart:
    """The raw records one table contributes to a kind, by field, with where each field was found.
    Cleaning waits until every table of the kind is read, so that each cleaner runs once per kind."""

    kind: str
    file: str
    sheet: str
    raw: pd.DataFrame  # raw cell values, one column per matched field; index = Excel row
    headers: dict[str, str]  # field → header as written
    letters: dict[str, str]  # field → column letter
    scales: dict[str, float]  # field → multiplier from a unit in its header (万元)
    legends: dict[str, tuple] = field(default_factory=dict)  # field → codes its header explains (1是0否), as pairs
    # The year the table's title names (for dates without one), or the span over two years it names (考核年度).
    year: int | YearSpan | None = None
    cells: dict[str, np.ndarray] = field(default_factory=dict)  # field → letter per record, where it varies
    problems: list = field(default_factory=list)  # (record position, field, code, detail) found laying it out
    town: str = ""  # the town its title opens with (石桥镇2024年…) or every row names (a form's 乡镇), else "" (towns)
    # (Excel row, number) of the rows the table's numbering runs through that are no record (fzlib.ingest.keys)
    skipped: tuple[tuple[int, int], ...] = ()
    # (Excel row, Excel row of its record's first row) of the records written under one merged 序号 cell: a session
    # entered a row per village attending, its number, date and theme merged over them (fzlib.ingest.locate).
    together: tuple[tuple[int, int], ...] = ()
    date1904: bool = False  # its book counts days from 1904 (Mac Excel): a day's number is read so
    roster: bool = False  # its one record read off a sheet of persons (a dated 签到表: fzlib.ingest.forms)
    # `year` came from the file's or a folder's name only, not the table's title or sheet: the book's year, which a
    # record's own number naming another (a tab of last year's cases kept in it) is more specific than.
    year_of_book: bool = False
    # Excel rows whose cells, or the title of the column naming who decided, say the town acted for another authority
    # (spec `acting_for`: 委托执法): the town's records, whatever authority they name.
    acting_for: frozenset[int] = frozenset()
    # field → the values its table's title, sheet or file name says its rows can be (spec `scope`: a list of 治安案件
    # holds no 告诫书), as pairs; a short word of one of them alone is that one (`_scoped_short_words`).
    may_hold: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Which register of its sheet the table is: tables stacked one under another (a book's sheets gathered onto one,
    # each under its name and title) are a register each, as their sheets were; 0 for a sheet's one register (its
    # only table, or a table side by side with another: one register in two halves, parted by a blank column).
    register: int = 0


def _one_per(
    spec: LedgerSpec, parts: list[SheetPart], raw: pd.DataFrame, values: pd.DataFrame, part_of: np.ndarray
) -> None:
    """Counts a per-person list gives by its rows (spec `one_per`): in a table without the count's column
    but with a column of two of the fields it is counted by at least, 1 for each record where the first of
    them the table has is filled (a yes/no one: answered 是), 0 where it is not. The count is then the
    table's (its sheet has it: no figure takes the records as lacking it).

    Filled is what the cell says, not whether its value could be read: a score written as a grade (合格, 优秀)
    or in words (九十五) is an exam sat, its cell's own error aside (it had counted the person as absent, the
    coverage 0.25 for 0.875); a word the field declares as saying there is none (none_words: 缺考) is none."""
    for f in (f for f in spec.fields if f.one_per):
        for i, p in enumerate(parts):
            has = [n for n in f.one_per if n in p.raw]
            if f.name in p.raw or len(has) < 2:  # the table's own column, or no list of persons
                continue
            by = has[0]
            rows = part_of == i
            if f.name not in values:
                values[f.name] = pd.Series(pd.NA, index=values.index, dtype="Int64")
            # 是否参考 √/×: a person marked × was required to sit and did not, as one without a score.
            counted = values.loc[rows, by]
            if "yes_no" in spec.field(by).steps:
                counted = counted.fillna(False)
            else:
                cells = raw.loc[rows, by]
                written = ~_left_blank_cells(cells) & ~_says_none(cells, spec.field(by).none_words)
                counted = counted.notna() | written
            values.loc[rows, f.name] = counted.astype("Int64").to_numpy()
            p.headers[f.name] = f"{p.headers[by]}（按人计）"
            p.letters[f.name] = p.letters.get(by, "")


def _resits(spec: LedgerSpec, values: pd.DataFrame, part_of: np.ndarray, books: list[str]) -> None:
    """A per-person list exported a row per sitting (spec `resit`: 考试场次 补考): a person's row of a sitting again
    is theirs again, never another person. Their first row takes what the resit shows (sat at the 补考 is sat) and
    the resit's row counts no one (its `one_per` counts 0). A resit of a person no other row of the book lists
    stays their one row. The book, not the sheet: a list kept a sheet a month has the 补考 in a later month's sheet
    than the person's 正式考试 (`books`: each part's file)."""
    r = spec.resit
    if r is None or r.field not in values or r.person not in values:
        return
    again = values[r.field].isin(r.again).fillna(False).to_numpy(dtype=bool)
    counts = [f.name for f in spec.fields if f.one_per and f.name in values]
    if not again.any() or not counts:
        return
    book = np.asarray(books, dtype=object)[part_of]
    frame = pd.DataFrame({"book": book, "person": values[r.person].astype("string").to_numpy(), "again": again})
    for _, rows in frame[frame["person"].notna()].groupby(["book", "person"], sort=False):
        first, resits = rows.index[~rows["again"].to_numpy()], rows.index[rows["again"].to_numpy()]
        if not len(first) or not len(resits):
            continue
        for name in counts:
            column = values.columns.get_loc(name)
            shown = values.iloc[rows.index, column].max(skipna=True)
            if pd.notna(shown):
                values.iloc[first[0], column] = shown
            values.iloc[resits, column] = 0


def _named_within(spec: LedgerSpec, parts: list[SheetPart], year: int | None = None) -> None:
    """Categories a register writes inside another field's cells (spec `within` of a field with a vocabulary:
    调解结果 达成口头协议 holds the 协议形式), or a date's year (of a date field: 文号 旺府发〔2024〕3号): in a table
    without the field's column, where some cell of the named field names one of its values, the field is read
    from there (the column then stands for it in messages, and no figure takes the records as lacking it). A
    cell naming none leaves it blank."""
    for f in (f for f in spec.fields if f.within and (f.vocabulary or "date" in f.steps)):
        for p in parts:
            if f.name in p.raw and f.within in p.raw and f.scope:
                _class_named_within(f, p, f.vocabulary_in(year))
            if f.name in p.raw or f.within not in p.raw:
                continue
            # A date: the year a document number names in its brackets (旺府发〔2024〕3号 → 2024年), its 1 January
            # (date.period); an official document's number carries the year it was issued in.
            vocab = f.vocabulary_in(year)
            named = named_within(p.raw[f.within], vocab) if f.vocabulary else year_in_number(p.raw[f.within])
            if named.notna().any():
                p.raw[f.name] = named
                p.headers[f.name] = f"{p.headers[f.within]}中的{f.title}"
                p.letters[f.name] = p.letters.get(f.within, "")


def _class_named_within(f, p: SheetPart, vocabulary: dict) -> None:
    """A category cell holding a class of the field's values (spec `scope`: 治安案件, the 案件类别 of a police station's
    log beside its 查处案件名称 某某卖淫案 / 某某吸毒案 / 某某非法入境案) rather than a value: the value the `within` field's
    cell names there (卖淫 → 涉黄治安案件; spec `within_words` adds words said only there: 殴打家庭成员), where it is one
    of the class's. A cell of the class whose other field names none of
    them, or several, is left as it stands (an unknown value, asked about); a cell that is a value is never touched.

    >>> from fzlib.spec import FieldSpec
    >>> f = FieldSpec("t", "类型", vocabulary={"告诫书": ("家暴告诫",), "涉黄": ("卖淫",), "家暴": (), "其他": ("吸毒",)},
    ...               apart=True, within="name", scope=(("治安案件", ("涉黄", "家暴", "其他")), ("告诫", ("告诫书",))),
    ...               within_words=(("家暴", ("殴打家庭成员",)),))
    >>> part = SheetPart.__new__(SheetPart)
    >>> part.raw = pd.DataFrame({"t": ["治安案件", "治安案件", "家暴告诫", "治安案件", "刑事案件", "治安案件"],
    ...                          "name": ["卖淫", "吸毒", "家庭暴力", "家庭暴力", "走私", "殴打家庭成员"]})
    >>> _class_named_within(f, part, dict(f.vocabulary)); part.raw["t"].tolist()
    ['涉黄', '其他', '家暴告诫', '治安案件', '刑事案件', '家暴']
    """
    vocab = vocabulary_of(vocabulary)
    cells = p.raw[f.name]
    texts = cells.astype("string").str.strip()
    classes: dict[str, frozenset[str] | None] = {}
    for text in texts.dropna().unique():
        if text and vocab.certain(text) is None and vocab.assumed(text) is None:
            held = values_named(text, f)
            classes[text] = frozenset(held) if held and all(vocab.certain(v) or v in vocabulary for v in held) else None
    at = texts.map(lambda t: classes.get(t) is not None, na_action="ignore").fillna(False).astype(bool)
    if not at.any():
        return
    words = {v: [*vocabulary.get(v, ()), *dict(f.within_words).get(v, ())] for v in vocabulary}
    named = named_within(p.raw.loc[at, f.within], words)
    held = [v is not pd.NA and v is not None and v in classes[t] for v, t in zip(named, texts[at])]
    if any(held):
        where = named.index[held]
        p.raw[f.name] = cells.astype(object)
        p.raw.loc[where, f.name] = named[where].astype(object)


def _answered_by(spec: LedgerSpec, parts: list[SheetPart]) -> None:
    """Questions a register answers by who (spec `answered_by`): in a table without the question's column
    but with the named field's (出庭负责人), the question's answer is read from that column, a name as 是
    (the column then stands for the question in messages, and no figure takes the records as lacking it)."""
    for f in (f for f in spec.fields if f.answered_by):
        by = f.answered_by
        for p in parts:
            if f.name in p.raw or by not in p.raw:  # the table's own column, or nothing to answer by
                continue
            p.raw[f.name] = answered_by_whom(p.raw[by], f.posts)
            p.headers[f.name] = p.headers[by]
            p.letters[f.name] = p.letters.get(by, "")


def _by_answer(spec: LedgerSpec, parts: list[SheetPart]) -> None:
    """Values a register tells by a yes/no question it asks instead of a column of their own (spec `by_answer`: a
    信访信息系统 export's 是否办结, no 办理状态): in a table without the field's column but with the question's, 是
    takes the first value, 否 the second; any other text is passed on as the field's own value, to be read or reported
    as such. The question's column then stands for the field in messages."""
    for f in (f for f in spec.fields if f.by_answer):
        by, yes, no = f.by_answer
        verbs = spec.field(by).question_verbs
        for p in parts:
            if f.name in p.raw or by not in p.raw:
                continue
            cells = p.raw[by].astype(object).where(p.raw[by].notna(), None)
            texts = [None if x is None else normal_text(str(x)) for x in cells]
            said = [t if not t else {True: yes, False: no}.get(yes_no_of(t, verbs)[0], t) for t in texts]
            p.raw[f.name] = pd.Series(said, index=p.raw.index, dtype=object)
            p.headers[f.name] = p.headers[by]
            p.letters[f.name] = p.letters.get(by, "")


_HAS_DIGIT = re.compile(r"\d")
# A total a paper register writes at the foot of each page (本页小计, 本页合计): the page's, not the table's.
_PAGE_TOTAL = re.compile(r"本页\s*(?:小计|合计)")


def _by_date(spec: LedgerSpec, parts: list[SheetPart]) -> None:
    """Values a register tells by whether a date is written (spec `by_date`: a watch list kept by 列管日期 and
    撤管日期, with no status column): in a table without the field's column but with the date's, a row whose date
    cell holds a date (any cell with a digit: 2023-03-08, 3月8日, a serial) takes the first value, a blank or a
    placeholder the second. Words without a date (未撤管, 在管) are passed on as the field's own value, to be read
    or reported as such, never taken for a date. The date column then stands for the field in messages.
    A table with the field's column answers where its cell is blank the same way (是否核减 marked 是 only on the
    persons taken off, 核减时间 beside: a blank in both is a person still on the list, not a status unknown)."""
    for f in (f for f in spec.fields if f.by_date):
        by, filled, blank = f.by_date
        for p in parts:
            if by not in p.raw:
                continue
            cells = p.raw[by].astype(object).where(p.raw[by].notna(), None)
            texts = [None if x is None else normal_text(str(x)) for x in cells]
            said = [blank if t is None else filled if _HAS_DIGIT.search(t) else t for t in texts]
            if f.name in p.raw:
                own = p.raw[f.name].astype(object)
                empty = own.isna() | own.map(lambda x: not normal_text(str(x)))
                if empty.any():
                    p.raw[f.name] = own.where(~empty, pd.Series(said, index=p.raw.index, dtype=object))
                continue
            p.raw[f.name] = pd.Series(said, index=p.raw.index, dtype=object)
            p.headers[f.name] = f"{p.headers[by]}（填写与否）"
            p.letters[f.name] = p.letters.get(by, "")


def _any_of(spec: LedgerSpec, parts: list[SheetPart]) -> None:
    """Questions a register answers by ticking the ways it was done (spec `any_of`: 劝阻措施 › 电话劝阻 / 见面劝阻 /
    签订承诺书 for 是否取得联系): in a table without the question's column but with some of the ways' columns, a row is
    是 where any way answers 是 (√), 否 where none does and every way is answered 否 or left blank (a way not taken),
    blank where a way's cell is unreadable and none answers 是 (read as unknown, never as 否). The ways' columns then
    stand for the question in messages."""
    for f in (f for f in spec.fields if f.any_of):
        for p in parts:
            ways = [n for n in f.any_of if n in p.raw]
            if f.name in p.raw or not ways:
                continue
            answers = []
            for cells in zip(*(p.raw[n].astype(object).where(p.raw[n].notna(), None) for n in ways)):
                texts = [normal_text(str(x)) if x is not None else "" for x in cells]
                said = [yes_no_of(t, spec.field(n).question_verbs)[0] if t else False for t, n in zip(texts, ways)]
                answers.append("是" if True in said else None if None in said else "否")
            p.raw[f.name] = pd.Series(answers, index=p.raw.index, dtype=object)
            p.headers[f.name] = f"{'、'.join(p.headers[n] for n in ways)}（任一为是）"
            p.letters[f.name] = p.letters.get(ways[0], "")


@dataclass
class YearResult:
    tables: dict[str, pd.DataFrame]
    issues: pd.DataFrame
    manifest: dict
    failed_files: list[str] = field(default_factory=list)
    # Per kind, the records left out (not of the year, a copy, an error), protected like the tables,
    # with `_status` and `_reason`: what a figure's evidence lists as not counted.
    excluded: dict[str, pd.DataFrame] = field(default_factory=dict)
    # The one exit for personal data: anything printed about this year passes `outbound.text`.
    outbound: Outbound = field(default_factory=Outbound)


def clean_fields(
    raw: pd.DataFrame,
    spec: LedgerSpec,
    year: int,
    scales: dict[str, float] | None = None,
    titled_year: int | YearSpan | None = None,
    ranges: str = "low",
    legends: dict[str, tuple] | None = None,
    date1904: bool = False,
):
    """Run each field's cleaning steps on its raw column (absent fields are blank).
    Returns (values, codes, details) frames on raw's index."""
    values, codes, details = {}, {}, {}
    # What a step may need to know; each cleaner takes the options it declares.
    context = {"year": year, "titled_year": titled_year, "ranges": ranges, "date1904": date1904}
    for f in spec.fields:
        options = {
            **context,
            "scale": (scales or {}).get(f.name, 1),
            "legend": dict((legends or {}).get(f.name, ())),
            "vocabulary": f.vocabulary_in(year),
            "among": f.among,
            "several": f.several,
            "ambiguous": {w: list(v) for w, v in f.ambiguous},
            "bounds": f.range,
            "key": f.name in spec.key,
            "verbs": f.question_verbs,
            "nouns": f.headers,
        }
        if f.name in raw and f.within and f.within in raw and not f.vocabulary and "date" not in f.steps:
            # A blank count beside a count typed in the other field's cell (数量 blank, 审查合同3份): that count.
            blank = _left_blank_cells(raw[f.name])
            source = raw[f.name].astype(object).where(~blank, trailing_count(raw[f.within]).astype(object))
        elif f.name in raw:
            source = raw[f.name]
        elif f.within and f.within in raw and not f.vocabulary:  # the count typed in another field's cell (审查合同3份)
            source = trailing_count(raw[f.within])
        else:
            values[f.name], codes[f.name], details[f.name] = _blank_field(len(raw), f.steps, options)
            continue
        if f.none_words:
            source = source.mask(_says_none(source, f.none_words))
        found = _clean_field(source, f.steps, options)
        values[f.name], codes[f.name], details[f.name] = found
    # The columns are taken as they are, not copied: copy-on-write (pandas 3) keeps each frame from
    # changing the Series it was built from. Copying every field's three columns was a tenth of
    # cleaning a small folder. Each frame is built from the columns' arrays on raw's index (a cleaner keeps its
    # column's index; one that did not is put back in raw's order): frames built from Series, each aligned on
    # its index, were a twentieth of cleaning a small folder.
    return tuple(
        pd.DataFrame({name: _on(column, raw.index) for name, column in found.items()}, index=raw.index, copy=False)
        for found in (values, codes, details)
    )


def _on(column, index: pd.Index):
    """A cleaned column's values in the order of `index` (an absent field's column is an array already)."""
    if not isinstance(column, pd.Series):
        return column
    return column.array if column.index.equals(index) else column.reindex(index).array


def _says_none(raw: pd.Series, words: tuple[str, ...]) -> np.ndarray:
    """Cells saying only one of `words` — bare, in brackets （请假）, or with a qualifier in brackets (缺考（病假）): no
    value.

    >>> cells = pd.Series(["缺考", " 缺考（病假）", 86, "缺考人员", None, "（请假）", "缺考2次"], dtype=object)
    >>> _says_none(cells, ("缺考", "请假")).tolist()
    [True, True, False, False, False, True, False]
    """
    if not words:
        return np.zeros(len(raw), dtype=bool)
    text = raw.map(lambda x: x.strip() if isinstance(x, str) else None)
    word = "(?:" + "|".join(map(re.escape, words)) + ")"
    pattern = rf"[（(]?{word}[)）]?(?:\s*[（(].*[)）])?"
    return text.str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool)


_BLANK_CELLS: dict[str, tuple[pd.Series, ...]] = {}


def _blank_field(length: int, steps: tuple[str, ...], options: dict) -> tuple[pd.api.extensions.ExtensionArray, ...]:
    """An absent field's column: every cell what its steps make of a blank cell. A blank column holds
    nothing a cleaner could read differently from cell to cell, so one blank cell is cleaned (once per
    steps and options in this process: most of a kind's fields are absent from most tables) and
    repeated, not a blank column run through every step."""
    key = repr((steps, sorted(options.items())))
    one = _BLANK_CELLS.get(key)
    if one is None:
        if len(_BLANK_CELLS) > 4096:  # towns' own vocabularies vary the options: bounded all the same
            _BLANK_CELLS.clear()
        one = _BLANK_CELLS[key] = _clean_field(pd.Series([None], dtype="object"), steps, options)
    at = np.zeros(length, dtype=np.intp)
    # The array's own take, no Series: a Series' take and relabelling cost twice as much, once per absent field of
    # every table; the frame is built from the arrays (`clean_fields`).
    return tuple(s.array.take(at) for s in one)


def _clean_field(series: pd.Series, steps: tuple[str, ...], context: dict) -> tuple[pd.Series, ...]:
    """A column through its field's cleaning steps: (values, codes, details)."""
    code = detail = None
    for step in steps:
        result = CLEANERS[step](series, **{k: v for k, v in context.items() if k in CLEANER_OPTIONS[step]})
        series = result.values
        # The first problem found in a cell is the one reported: a later step only fills gaps.
        code = result.codes if code is None else code.fillna(result.codes)
        detail = result.detail if detail is None else detail.fillna(result.detail)
    if code is None:  # a field without steps has no problems
        code = detail = pd.Series(pd.NA, index=series.index, dtype="string")
    return series, code, detail


BLANK_FORM = "空白登记表（表单模板，未填写）"


def _scale(display: str) -> float:
    return next((s for unit, s in MONEY_SCALES.items() if unit in display), 1)


def _scale_of(display: str, title: str, f) -> float:
    """The multiplier of an amount's column: its title's unit (补贴金额（万元）); a title without one takes the unit
    the form states above its header (单位：万元) when the field is an amount in 元 (probe H: 0.065 万元 was read as
    0.07 元). Counts never take it.

    >>> from fzlib.spec import FieldSpec
    >>> money = FieldSpec("subsidy_yuan", "补贴金额", aliases=("补贴金额（元）",), steps=("number",))
    >>> _scale_of("补贴金额", "某镇以案定补登记表 填报单位：某镇司法所 单位：万元", money)
    10000
    >>> _scale_of("补贴金额（元）", "单位：万元", money), _scale_of("补贴金额", "填报单位：元宝村", money)
    (1, 1)
    """
    own = _scale(display)
    if own != 1 or unit_of(display) or not title:
        return own
    if "number" not in f.steps or not any("元" in h for h in f.headers):
        return own
    stated = STATED_UNIT.search(title)
    return MONEY_SCALES.get(stated.group(1), 1) if stated else own


def _text_above(table: Table, sheet: Sheet) -> str:
    """The text over a table's header: its rows above it, then a Word table's paragraphs above the table (a
    司法所's 年度工作台账 states 单位：万元 in a paragraph under one table's heading; read without it, 0.005 万元
    was 0.005 元)."""
    return " ".join(t for t in (table.title_text, sheet.caption) if t)


def located_sheets(words: HeaderWords, result: ReadResult, lazily: bool = False) -> list[tuple[Sheet, list | None]]:
    """A file's sheets, each with the tables found in it (a Word document's tables split by a paragraph joined
    again first); None for a hidden sheet (read only when asked for), and for every sheet when `lazily`."""
    # Forms first: a Word document's forms each have their labels, so none is taken for the one before continued.
    sheets = as_records(result.sheets, words)
    if result.format == "docx":
        sheets = continued_tables(sheets, words)
    elif result.format == "html":  # a web grid's titles drawn as a table over its records' table
        sheets = continued_tables(sheets, words, after_titles_only=True)
    return [(s, None if lazily or s.marks.hidden else locate_tables(s, words)) for s in sheets]


def prepared_file(words: HeaderWords, result: ReadResult) -> tuple[dict, list[tuple[Sheet, list | None]]]:
    """The engine's first steps on a file, done by the child that read it (fzlib.ingest.read.Reader): the book's
    legends, then its sheets with their tables (`located_sheets`)."""
    return book_legends(result.sheets), located_sheets(words, result)


# A file name pattern's wildcards, as typed in either width (a Chinese input method types ＊ and ？).
_WILDCARD = re.compile(r"[*?＊？]")
_WILDCARD_WIDTHS = str.maketrans("＊？", "*?")


def _file_and_sheet(entry: str) -> tuple[str, str]:
    """A params entry's file and, for 文件名「工作表」, its sheet ("" for none). A file's own name may hold 「」
    (「平安建设」台账.xlsx): only a 「…」 closing the entry names a sheet; a file so named had been "no file of the
    folder" (params.unmatched) while the entry worked.

    >>> _file_and_sheet("台账.xlsx「汇总」"), _file_and_sheet("「旧」台账.xlsx"), _file_and_sheet("「旧」台账.xlsx「S」")
    (('台账.xlsx', '汇总'), ('「旧」台账.xlsx', ''), ('「旧」台账.xlsx', 'S'))
    """
    if entry.endswith("」"):
        file, mark, sheet = entry[:-1].rpartition("「")
        if mark and file:
            return file, sheet
    return entry, ""


def _blank_under_notes(sheet: Sheet, table: Table, headers: dict[int, str]) -> list[tuple[int, int]]:
    """(Excel row, 0-based column) of a table's record cells left blank under a note (sheet.marks.noted): the value may
    be in the note, which is never read (cell.blank_with_note)."""
    records = set(table.body.index)
    return [
        (r + 1, c)
        for r, c in sheet.marks.noted
        if r + 1 in records and c in headers and r < len(sheet.rows) and not _as_text(_cell(sheet.rows[r], c))
    ]


def _cell(row: list, col: int) -> object:
    return row[col] if col < len(row) else ""


def _answers(spec: LedgerSpec, table: pd.DataFrame, name: str) -> pd.Series:
    """A field's cells as the spec's lists name them: a yes/no column holds True / False, its answers named 是 / 否
    (not_records' 否: the rows of another matter)."""
    said = table[name]
    return said.map({True: "是", False: "否"}) if "yes_no" in spec.field(name).steps else said


class YearCleaner:
    """Cleans one year's folder. Collects every problem; never stops at the first."""

    def __init__(
        self,
        year: int,
        raw: Path,
        specs: dict[str, LedgerSpec] | None = None,
        overrides: dict[str, str] | None = None,
        exclude: list[str] | None = None,
        options: dict | None = None,
        own_params: bool = True,
    ):
        self.year, self.raw = year, raw
        # The params were written for this folder (not a county's, shared by every town's folder).
        self.own_params = own_params
        self.options = {**OPTION_DEFAULTS, **{k: v for k, v in (options or {}).items() if v is not None}}
        self.specs = with_town_words(specs or load_specs(), self.options["aliases"], self.options["variants"])
        self.words = header_words(self.specs)
        # File names as shown (display_name: NFC), whichever form the params were typed or pasted in.
        self.overrides = {unicodedata.normalize("NFC", str(k)): v for k, v in (overrides or {}).items()}
        self.exclude = {unicodedata.normalize("NFC", str(e)) for e in exclude or []}
        self.issue_rows: list[dict] = []
        self.parts: list[SheetPart] = []
        self._page_before = (None, None)  # the last sheet read and its last table: a next page's header
        # A book's headers recognised as a kind, by their titles, and its headers with no record no kind fits (read
        # once the book is: `_headers_of_siblings`).
        self._headers_known: dict[tuple, str] = {}
        self._headers_alone: list = []
        # (file, a header's titles) → field → the column its sheets' cells chose for a category (recognise.Context.beside).
        self._beside: dict[tuple, dict[str, int]] = {}
        # A book's tables naming each row's town: the other towns named beside the town's own rows, by the column's
        # title, and the tables naming no row of the town (read once the book is: `_towns_of_siblings`).
        self._towns_beside: dict[str, set[str]] = {}
        self._towns_absent: list = []
        # The first words over the first table of the document being read (a Word file, a web page), or of the sheet
        # (a workbook's other sheets are tabs of their own: a month's, last December's): a report's heading
        # (某镇2023年政府信息公开工作年度报告) names the year of the tables under it.
        self._heading: str | None = None
        self._document = False
        self.legends: dict[str, dict[str, str]] = {}  # the file being read: field → code → word (fzlib.ingest.legends)
        self.other_sheets: set[str] = set()  # the file being read: its sheets named after other towns
        self.book_sheets: list[str] = []  # the file being read: the names of all its sheets
        # (file, sheet) → when each Excel row was submitted, for the tables of an online form's export.
        self.submitted: dict[tuple[str, str], pd.Series] = {}
        self.excluded: dict[str, pd.DataFrame] = {}
        self.files: list[dict] = []
        self.statements: list[statistics.Statement] = []
        # Kind → fields with a `prefer` whose columns, in every table of the kind, were titled with none of the
        # preferred titles (申报金额 alone), and the fields that had a preferred one somewhere.
        self.unpreferred: dict[str, set[str]] = {}
        self.preferred_seen: dict[str, set[str]] = {}
        self._melted = False  # some table gave several records per row (a wide log)
        self.listed: Counter = Counter()  # issues listed, per file
        self.unlisted: dict[str, Counter] = {}  # issues beyond the cap, per file and code
        self.flagged: set[tuple] = set()  # (file, sheet, row) of records with an issue to check
        self.ditto_keys: set[tuple] = set()  # (file, sheet, row) of records whose key was typed 同上 (said so)
        self.origins: dict[tuple[str, str], dict[str, str]] = {}  # (file, sheet) → a rewritten grid's cells' origin
        self.cells = 0  # cells read so far, all files
        self.unread: set[tuple[str, str]] = set()  # (file, sheet) holding rows no table was recognised in
        self.paths: dict[str, Path] = {}  # file to be read → its path
        self.digests: dict[str, str] = {}  # file → its SHA-256, taken once before reading
        self.copies: dict[str, str] = {}  # a file identical to the byte to another → that file
        self.superseded: dict[str, str] = {}  # an earlier version of a ledger (台账.xlsx) → its 修改稿 / 最终版
        self.backups: dict[str, str] = {}  # a program's automatic backup (台账.xlsx.bak) → the file it backs up
        self.refused: dict[str, str] = {}  # a file or folder the system will not let be read → why, in Chinese

    def _params_by_shown_name(self, shown: list[str]) -> None:
        """Params entries (exclude, kinds, columns) naming a file but for the spaces around its name or a folder's
        (" 旧台账.xlsx ", which a folder's listing hardly shows) are taken as that file's. YAML drops such spaces
        from a name written without quotes: the entry could not be typed to match, and the advice to write the
        name as the folder shows it could not be followed."""
        names = {*shown, *(Path(n).name for n in shown)}
        by_unspaced: dict[str, set[str]] = {}
        # As Windows names a file: in any case (旧台账.XLSX), and, as Explorer shows it with 隐藏已知文件类型的扩展名 on
        # (its default), without its suffix (旧台账). Taken only where one file answers: a ledger meant to be left out
        # had been counted, the entry "没有对应的文件" though the office had copied the name it sees.
        by_windows: dict[str, set[str]] = {}
        for name in names:
            by_unspaced.setdefault(_unspaced(name), set()).add(name)
            by_windows.setdefault(_unspaced(name).casefold(), set()).add(name)
            by_windows.setdefault(_unspaced(name[: len(name) - len(Path(name).suffix)]).casefold(), set()).add(name)

        def found_as(file: str) -> set[str]:
            found = {file} if file in names else by_unspaced.get(_unspaced(file), set())
            return found or by_windows.get(_unspaced(file).casefold(), set())

        def named(entry: str) -> str:
            file, sheet = _file_and_sheet(entry)  # columns may name 文件名「工作表」
            if file in names:
                return entry
            # Explorer's 复制为路径 puts the path in double quotes ("D:\台账\旧台账.xlsx"), kept inside YAML's own quotes.
            file = _QUOTED_PATH.sub(r"\1", file.strip())
            # A path copied from Windows' Explorer (晨光村\旧台账.xlsx) or written from the folder (/晨光村/…, ./…).
            whole = file.replace("\\", "/")
            file = re.sub(r"^(?:\./|/)+", "", whole)
            found = found_as(file)
            if not found and _ABSOLUTE_PATH.match(whole):
                # A whole path (D:\台账\2024\晨光村\旧台账.xlsx, /home/…/raw/旧台账.xlsx): the folder's file is its longest
                # end that names one. It had named no file, and the ledger meant to be left out was counted.
                parts = [p for p in _ABSOLUTE_PATH.sub("", whole).split("/") if p]
                tails = ("/".join(parts[i:]) for i in range(len(parts)))
                found = next((f for f in map(found_as, tails) if f), set())
                # Its end a name files of several folders share (D:\台账\旧台账.xlsx beside 晨光村/ and 广怀村/旧台账.xlsx)
                # names neither: which one the path meant is not known.
                if len(found) == 1 and sum(f"/{n}".endswith(f"/{next(iter(found))}") for n in shown) > 1:
                    found = set()
            return f"{found.pop()}{f'「{sheet}」' if sheet else ''}" if len(found) == 1 else entry

        self.exclude = {named(e) for e in self.exclude}
        # A file in a subfolder named by its own name (旧台账.xlsx for 晨光村/旧台账.xlsx) is left out, as kinds and
        # columns take such a name: the entry had been "matched" and the file counted all the same, without a word.
        self.exclude |= {n for n in shown if Path(n).name in self.exclude}
        self.overrides = {named(k): v for k, v in self.overrides.items()}
        if self.options["columns"]:
            self.options = {**self.options, "columns": {named(str(k)): v for k, v in self.options["columns"].items()}}

    def _name_unmatched_params(self) -> None:
        """A params entry (exclude, kinds, columns) naming no file of the folder did nothing: say so
        (a typo, a renamed file), with the closest name, instead of leaving the office to believe it."""
        names = {self.shown_name(p) for p in ledger_files(self.raw)}
        known = names | {Path(n).name for n in names}
        where = f"params/{self.year}.yaml"
        for key, entries in (
            ("exclude", self.exclude),
            ("kinds", self.overrides),
            ("columns", self.options["columns"]),
        ):
            for entry in sorted(map(str, entries or ())):
                file, sheet = _file_and_sheet(entry)  # columns may name 文件名「工作表」
                if file not in known and _WILDCARD.search(file):
                    # A pattern (*旧*.xlsx, 台账?.xls): params take whole names, as the folder shows them. Said as such,
                    # with the files it would have matched (it had been "no such file", their records counted unsaid).
                    pattern = file.translate(_WILDCARD_WIDTHS)
                    matched = sorted(
                        n
                        for n in names
                        if fnmatch.fnmatchcase(n, pattern) or fnmatch.fnmatchcase(Path(n).name, pattern)
                    )
                    shown = "、".join(matched[:5]) + (f" 等 {len(matched)} 个" if len(matched) > 5 else "")
                    self.issue("params.wildcard", where, detail=key, value=entry, expected=shown or None)
                elif file not in known:
                    close = difflib.get_close_matches(file, sorted(known), n=1, cutoff=0.8)
                    self.issue("params.unmatched", where, detail=key, value=entry, expected=close[0] if close else None)
                elif sheet and (sheets := self._sheets_of(file)) is not None and sheet not in sheets:
                    # 台账.xlsx「表1」 for a book whose sheets are 一季度…: the file is found, the entry matches none of
                    # its sheets, and the column it names had been passed over without a word.
                    close = difflib.get_close_matches(sheet, sorted(sheets), n=1, cutoff=0.5)
                    self.issue(
                        "params.sheet_unmatched",
                        where,
                        detail=key,
                        value=entry,
                        header=sheet,
                        expected=close[0] if close else None,
                    )
        # earlier_versions names files, hidden_sheets sheets (bare, or a file's, or a whole file): one naming none of
        # them did nothing, and the version or the hidden sheet meant was left out without a word.
        versions = self.options["earlier_versions"]
        for entry in sorted(map(str, versions)) if isinstance(versions, list) else ():
            if entry not in known:
                close = difflib.get_close_matches(entry, sorted(known), n=1, cutoff=0.8)
                self.issue(
                    "params.unmatched",
                    where,
                    detail="earlier_versions",
                    value=entry,
                    expected=close[0] if close else None,
                )
        hidden = self.options["hidden_sheets"]
        every_sheet = {s["sheet"] for f in self.files for s in f["sheets"]}
        for entry in sorted(map(str, hidden)) if isinstance(hidden, list) else ():
            file, sheet = _file_and_sheet(entry)
            sheets = self._sheets_of(file) if sheet else every_sheet
            if (
                (entry in known or entry in every_sheet)
                if not sheet
                else (file in known and (sheets is None or sheet in sheets))
            ):
                continue
            close = difflib.get_close_matches(sheet or entry, sorted(sheets or every_sheet), n=1, cutoff=0.5)
            self.issue(
                "params.sheet_unknown", where, detail="hidden_sheets", value=entry, expected=close[0] if close else None
            )

    def _sheets_of(self, file: str) -> set[str] | None:
        """The names of the sheets read of a file (by its path or its name alone); None when it was not read whole
        (refused, left out), so that no sheet can be said to be missing from it."""
        entries = [f for f in self.files if file in (f["file"], Path(f["file"]).name)]
        if not entries or any(f.get("problem") or f.get("excluded") for f in entries):
            return None
        return {s["sheet"] for f in entries for s in f["sheets"]}

    def listing(self, file: str) -> bool:
        """Whether a file's issues are still listed one by one (else only counted)."""
        return self.listed[file] < issues.MAX_PER_FILE and len(self.issue_rows) < issues.MAX_LISTED

    def issue(self, code: str, file: str, sheet: str = "", **kw) -> None:
        row = kw.get("row")
        if row is not None and code not in NOT_FLAGGING:
            self.flagged.add((file, sheet, int(row)))
        if not self.listing(file):
            if file not in self.unlisted:
                self.unlisted[file] = Counter()
            self.unlisted[file][code] += 1
            return
        self.listed[file] += 1
        if (where := self.origins.get((file, sheet))) and kw.get("cell") in where:
            kw["cell"] = where[kw["cell"]]  # a form's cell named where the clerk wrote it, not in the rewritten grid
        self.issue_rows.append({"code": code, "file": file, "sheet": sheet, **kw})

    # --- files and sheets -------------------------------------------------------------------
    def read_all(self, progress=None) -> None:
        files = ledger_files(self.raw)
        self._params_by_shown_name([self.shown_name(p) for p in files])
        # What the system will not let be read (a path too long, no permission) is named, never read.
        self.refused = {self.shown_name(p): why for p in files if (why := refused(p))}
        # Child processes read the files, within limits, ahead of the cleaning here.
        planned = [
            (p, self._stem(self.shown_name(p)))
            for p in files
            if self.shown_name(p) not in self.exclude | self.refused.keys()
            and not broken_link(p)
            and not outside_link(p, self.raw)
            and not unpacked_package(p)
            and not empty_folder_named_as_file(p)
        ]
        # An excluded file copies nothing: its copy is read as the ledger it is.
        self.paths = {self.shown_name(p): p for p, _ in planned}
        self.digests = _digests(self.paths)
        self.copies = _copies(self.digests)
        shown = [self.shown_name(p) for p in files]
        self.backups = {name: of for name in shown if (of := backup_of(name, shown)) and of not in self.exclude}
        self.superseded = {
            old: new
            for old, new in superseded_files([n for n in self.digests if n not in self.copies]).items()
            if not self._earlier_version_wanted(old)
        }
        with sandbox.workers(READERS) as readers:
            # The children find each sheet's tables too: the most costly step of a large file, done on the
            # other core while this process cleans the file before.
            reader = Reader(readers, planned, functools.partial(prepared_file, self.words))
            for path in progress(files) if progress else files:
                self.read_one(path, reader)
        # A copy of a file that could not be read (a password, damage) is no more read than it is: its
        # note must not say its records count through that file.
        unread = {f["file"] for f in self.files if f.get("problem")}
        for row in self.issue_rows:
            if row["code"] == "file.copy" and row.get("detail") in unread:
                row["code"] = "file.copy_unread"

    def shown_name(self, path: Path) -> str:
        return display_name(path.relative_to(self.raw).as_posix())

    @staticmethod
    def _meant(rel: str) -> str:
        """A file's name as its words are read (执法, 2024年): the name it had before an unzip garbled it."""
        return meant_name(rel) or rel

    def _stem(self, rel: str) -> str:
        return Path(self._meant(rel)).stem

    def read_one(self, path: Path, reader: Reader | None = None) -> None:
        """One file, inside its own boundary: whatever it holds, it ends as records or as a named
        problem of this file, and every other file is still read."""
        rel = self.shown_name(path)
        stem = self._stem(rel)
        if any(f["file"] == rel for f in self.files):  # two names that show alike (undecodable bytes)
            rel = f"{rel}〔文件{len(self.files) + 1}〕"
        entry = {"file": rel, "sha256": None, "excluded": rel in self.exclude, "sheets": []}
        self.files.append(entry)
        if entry["excluded"]:
            return
        marks = len(self.parts), len(self.issue_rows)
        try:
            self._read_one(path, rel, stem, entry, reader)
        except Exception as exc:  # a defect met on this file: the file is named, the run goes on
            if os.environ.get("FZLIB_DEBUG"):
                raise
            del self.parts[marks[0] :]
            del self.issue_rows[marks[1] :]
            self.listed[rel] = 0
            self.unlisted.pop(rel, None)
            self.flagged = {k for k in self.flagged if k[0] != rel}
            self.ditto_keys = {k for k in self.ditto_keys if k[0] != rel}
            entry.update(sheets=[], problem="file.failed")
            self.issue("file.failed", rel, detail=type(exc).__name__)

    def _read_one(self, path: Path, rel: str, stem: str, entry: dict, reader: Reader | None) -> None:
        if broken_link(path):  # before outside_link: a loop of links leads nowhere, not outside
            entry["problem"] = "file.broken_link"
            self.issue("file.broken_link", rel)
            self._hint_kind(entry, rel)
            return
        if outside_link(path, self.raw):
            entry["problem"] = "file.outside_link"
            self.issue("file.outside_link", rel)
            return
        if why := self.refused.get(rel):
            entry["problem"] = "file.no_access"
            self.issue("file.no_access", rel, detail=why)
            self._hint_kind(entry, rel)
            return
        if program := unpacked_package(path):  # a folder of an Office file's parts: the file it was, named
            entry["problem"] = "file.unpacked_package"
            self.issue("file.unpacked_package", rel, detail=program)
            self._hint_kind(entry, rel)
            return
        if empty_folder_named_as_file(path):  # 执法台账.xlsx an empty folder: the ledger it names is missing
            entry["problem"] = "file.empty_folder"
            self.issue("file.empty_folder", rel)
            self._hint_kind(entry, rel)
            return
        try:
            entry["sha256"] = self.digests.get(rel) or sha256(path)
        except OSError:
            entry["problem"] = "file.unreadable"
            self.issue("file.unreadable", rel)
            return
        backed_up = self.backups.get(rel)
        if backed_up is not None:  # 台账.xlsx.bak beside 台账.xlsx: the ledger as it was before its last save
            entry["backup_of"] = backed_up
            self.issue("file.backup", rel, detail=backed_up)
            return
        original = self.copies.get(rel)
        if original is not None:  # a copy to the byte (台账 - 副本.xlsx): one note, not a duplicate per row
            entry["copy_of"] = original
            self.issue("file.copy", rel, detail=original)
            return
        newer = self.superseded.get(rel)
        if newer is not None:  # 台账.xlsx beside 台账（修改稿）.xlsx: the office's later version is the ledger
            entry["superseded_by"] = newer
            self.issue("file.superseded", rel, detail=newer)
            return
        if meant := meant_name(rel):  # read, and named: its Chinese garbled by an unzip, the name it had said
            self.issue("file.name_garbled", rel, detail=meant)
        if hidden_ledger(path.name):  # read, and named: the office may not see it among the ledgers
            self.issue("file.hidden_name", rel)
        elif lock_named_ledger(path):  # read, and named: programs hide and delete such files as their locks
            self.issue("file.lock_name", rel)
        result = reader.read(path, stem) if reader else read_file(path, stem)
        entry["format"] = result.format
        if not result.problem:
            cells = sum(sum(map(len, s.rows)) for s in result.sheets)
            if self.cells + cells > MAX_CELLS_TOTAL:
                result.problem = "file.too_large"
                result.detail = f"本次清洗已读入的台账合计超过 {MAX_CELLS_TOTAL:,} 个单元格的上限，该文件未读入"
            self.cells += cells
        table = scan_of(rel, list(self.digests), TABLE_SUFFIXES) if result.problem == "file.not_a_table" else None
        if table is not None and is_scan(path):
            # The stamped scan of a ledger that is in the folder as a table: its records are that table's.
            entry["scan_of"] = table
            self.issue("file.scan_of_table", rel, detail=table)
            return
        held = archived_copies(path, self.paths, self.digests) if result.problem == "file.archive" else None
        if held:  # the folder's own files zipped (台账.zip left where it was unpacked): its records are theirs
            entry["archive_of"] = held
            more = f"等{len(held)}个文件" if len(held) > 3 else ""
            self.issue("file.archive_copy", rel, detail="、".join(f"“{n}”" for n in held[:3]) + more)
            return
        if result.problem:
            entry["problem"] = result.problem
            self.issue(result.problem, rel, detail=result.detail or None)
            # An empty file holds nothing: only its own name (执法台账.xlsx saved empty) says a ledger is
            # missing, never the folder it lies in (执法/新建文本文档.txt).
            self._hint_kind(entry, rel, own_name=result.problem == "file.empty")
            if "kind_hint" not in entry and result.problem == "file.unreadable":
                # A book whose every sheet is damaged: what their names and headers say.
                held = sorted(
                    {k for sheet in result.sheets if sheet.marks.damaged and (k := self._held_kind(rel, sheet))}
                )
                if len(held) == 1:
                    entry["kind_hint"] = held[0]
                elif held:
                    entry["held_kinds"] = held
            return
        usable = 0
        before, parts_before, statements_before = self._issues_state(), len(self.parts), len(self.statements)
        try:
            # The child that read the file bounded its reading; what it found is worked on here within a limit of its
            # own (a sheet of 20,000 header rows, each a table to recognise, had run for hours).
            with sandbox.time_limit(CLEAN_SECONDS):
                # A book's own legends (a 代码表 sheet, a 填表说明 line, a note under a table) explain its coded columns.
                if result.prepared is not None:
                    self.legends, located = result.prepared
                else:
                    self.legends, located = book_legends(result.sheets), located_sheets(self.words, result, lazily=True)
                self.book_sheets = [s.name for s in result.sheets]
                self.other_sheets = self._other_towns_sheets(rel, self.book_sheets)
                self._page_before = (None, None)  # each file starts without a page before it
                self._heading, self._document = None, result.format in ("docx", "rtf", "html")
                self._headers_known, self._headers_alone = {}, []
                self._towns_beside, self._towns_absent = {}, []
                for sheet, tables in located:
                    usable += self.read_sheet(rel, sheet, entry, tables)
                usable += self._headers_of_siblings(rel)
                self._towns_of_siblings(rel)
        # A layout this code does not foresee, or one built to outlast the limit: name the file, keep the others.
        except (Exception, sandbox.OverTime) as exc:
            if os.environ.get("FZLIB_DEBUG") and not isinstance(exc, sandbox.OverTime):
                raise
            self._restore_issues(before)
            del self.parts[parts_before:], self.statements[statements_before:]
            entry["sheets"] = [{"sheet": s.name, "rows_read": len(s.rows), "set_aside": {"not_read": len(s.rows)}}
                               for s in result.sheets]  # fmt: skip
            if isinstance(exc, sandbox.OverTime):
                entry["problem"] = "file.too_large"
                self.issue(
                    "file.too_large",
                    rel,
                    detail=f"整理其中的表格超过 {CLEAN_SECONDS:.0f} 秒仍未完成（表格过多或过大，如表头重复了成千上万行）",
                )
                return
            entry["problem"] = "file.failed"
            self.issue("file.failed", rel, detail=type(exc).__name__)
            return
        if usable:
            self._unread_rows(entry, rel)
        if not usable:
            tried = [s["problem"] for s in entry["sheets"] if s.get("problem", "sheet.no_table") != "sheet.no_table"]
            if tried:  # a table was found but not usable: its sheet already has its own issue
                entry["problem"] = tried[0]
                if "sheet.damaged" in tried:  # what the damaged sheet held is unknown: the file's name may say
                    self._hint_kind(entry, rel)
            elif all(s.get("blank") for s in entry["sheets"]):  # a workbook saved with nothing in it
                entry["problem"] = "file.empty"
                self.issue("file.empty", rel)
            elif entry["sheets"] and all(s.get("hidden") for s in entry["sheets"]):
                entry["problem"] = "file.only_hidden"
                self.issue("file.only_hidden", rel)
            elif all(
                is_instructions(s["sheet"]) or is_front_matter(s["sheet"]) or s.get("blank") for s in entry["sheets"]
            ):
                # A 填表说明, a cover or a contents page saved apart from its ledger (台账-封面.xlsx): no
                # records of any kind; each sheet's note (已跳过) says so.
                pass
            elif any(s.get("other_town") for s in entry["sheets"]) and all(
                s.get("other_town") or s.get("blank") or not s.get("tables") for s in entry["sheets"]
            ):
                # A county's book of other towns' sheets only: named in its notes, no kind of ledger unknown.
                pass
            elif any(s.get("other_document") for s in entry["sheets"]) and all(
                s.get("other_document") or not s.get("tables") for s in entry["sheets"]
            ):
                # Another document about the work (持证人员一览表, 普法责任清单), named as such on
                # each sheet: nothing to fix, and no kind of ledger is missing any of its records.
                pass
            else:
                entry["problem"] = "file.unknown_kind"
                # One message for the file says it all; per-sheet "no table" notes would only repeat it.
                kept = [r for r in self.issue_rows if not (r["file"] == rel and r["code"] == "sheet.no_table")]
                self.listed[rel] -= len(self.issue_rows) - len(kept)
                self.issue_rows = kept
                # The first row helps to recognise the file, but may hold a person: only column titles
                # are quoted (IDs, phones and registered names are masked on the way out besides).
                first = _first_text(result.sheets, self.words.known)
                detail = "没有找到与任何已知台账相符的表头" + (f"，{first}" if first else "")
                named = self.overrides.get(rel) or self.overrides.get(Path(rel).name)
                if named in self.specs:
                    # The office did as the message said and named the kind: saying the same again would leave it
                    # no way on. The file is most often no ledger at all (a table of an annual report, a form).
                    spec = self.specs[named]
                    needed = "、".join(f.title for f in spec.fields if f.required)
                    detail = (
                        f"params/<年份>.yaml 的 kinds 已指定为“{spec.title}”，但表头中找不到该台账必填的列（{needed}）；"
                        "若它不是台账（如年度报告附表、统计表、名册），请从 kinds 中删去，改在 exclude 中列出"
                    )
                self.issue("file.unknown_kind", rel, detail=detail)
                self._hint_kind(entry, rel)

    def _unread_rows(self, entry: dict, rel: str) -> None:
        """A sheet holding rows in which no table of any kind was recognised, in a file whose other
        sheets are all of one kind: its records are unknown, so that kind's figures cannot be
        complete (never a 0 or a short count for rows that were not read)."""
        kinds = {s["kind"] for s in entry["sheets"] if s.get("kind") and not s.get("problem")}
        for s in entry["sheets"]:
            if (rel, s["sheet"]) not in self.unread or "kind" in s:
                continue
            # A damaged sheet in a book of several kinds: the kind its name points at, if any.
            kind = next(iter(kinds)) if len(kinds) == 1 else None
            if kind is None and s.get("problem") == "sheet.damaged" and kinds:
                # Nothing of it says which of the book's kinds it held: it may be the rest of any of them (a book is
                # kept by one office, its sheets its ledgers), so none of them is counted whole.
                s["held_kinds"] = sorted(kinds)
            if kind is None:
                continue
            s["kind"] = kind
            if s.get("problem") == "sheet.no_table":  # the note said 无需处理: it is an error after all
                s["problem"] = "sheet.unread_rows"
                kept = [
                    r
                    for r in self.issue_rows
                    if (r["file"], r["sheet"], r["code"]) != (rel, s["sheet"], "sheet.no_table")
                ]
                self.listed[rel] -= len(self.issue_rows) - len(kept)
                self.issue_rows = kept
                self.issue("sheet.unread_rows", rel, s["sheet"], kind=kind, detail=self.specs[kind].title)

    def _held_kind(self, rel: str, sheet) -> str | None:
        """The kind of records a damaged sheet held, as far as anything of it says: params `kinds` for its file, its
        rows readable before the damage (its header), else its name (执法案件（二）); None when nothing ties it."""
        named = self.overrides.get(rel) or self.overrides.get(Path(rel).name)
        if named in self.specs:
            return named
        rows = [list(r) for r in sheet.marks.before_damage] or sheet.rows[:HEAD_ROWS]
        head = replace(sheet, rows=rows, merged=[], marks=SheetMarks(), layout="", origin={})
        kinds = set()
        for table in locate_tables(head, self.words) if rows else ():
            found, _ = best_fit(
                table, self.specs, Context(self._meant(rel), sheet.name, table.title_text, year=self.year)
            )
            if found is not None:
                kinds.add(found.kind)
        if len(kinds) == 1:
            return kinds.pop()
        return None if kinds else title_kind(sheet.name, self.specs)

    def _hint_kind(self, entry: dict, rel: str, own_name: bool = False) -> None:
        """The kind an unusable file's name (with its folders, unless `own_name`) points at, if any: that
        ledger cannot be counted whole this year, and its figures must say so rather than count the
        other files alone."""
        named = Path(rel).name if own_name else rel
        kind = self.overrides.get(rel) or self.overrides.get(Path(rel).name) or title_kind(named, self.specs)
        if kind:
            entry["kind_hint"] = kind

    def _earlier_version_wanted(self, rel: str) -> bool:
        wanted = self.options["earlier_versions"]
        if wanted is True or wanted == "all":
            return True
        return bool({str(w) for w in (wanted or [])} & {rel, Path(rel).name})

    def _hidden_included(self, rel: str, sheet: str) -> bool:
        wanted = self.options["hidden_sheets"]
        if wanted is True or wanted == "all":
            return True
        names = {str(w) for w in (wanted or [])}
        return bool(names & {sheet, rel, Path(rel).name, f"{rel}「{sheet}」", f"{Path(rel).name}「{sheet}」"})

    def read_sheet(self, rel: str, sheet, entry: dict, tables: list | None = None) -> int:
        """One sheet's tables (`tables`, when they were found already) read as records or statistics;
        returns how many were of use."""
        info = {"sheet": sheet.name, "rows_read": len(sheet.rows)}
        entry["sheets"].append(info)
        if sheet.marks.hidden and not self._hidden_included(rel, sheet.name):
            info.update(hidden=True, set_aside={"hidden_sheet": len(sheet.rows)})
            self.issue("sheet.very_hidden" if sheet.marks.very_hidden else "sheet.hidden", rel, sheet.name)
            return 0
        if sheet.marks.damaged:
            # Its rows are unknown, not absent: the kind of the file's other sheets cannot be counted whole, nor the
            # kind its header (readable before the damage) or its name points at.
            info.update(problem="sheet.damaged", set_aside={}, unused=len(sheet.rows))
            if kind := self._held_kind(rel, sheet):
                info["kind"] = kind
            self.unread.add((rel, sheet.name))
            detail, where = sheet.marks.damage
            self.issue("sheet.damaged", rel, sheet.name, detail=detail or None, cell=where or None)
            return 0
        if sheet.origin:
            self.origins[(rel, sheet.name)] = sheet.origin
        if sheet.layout == "two_line":  # each record's lower line joined to its upper one (fzlib.ingest.forms)
            lines = {re.sub(r"^[A-Z]+", "", cell) for cell in sheet.origin.values()}
            self.issue("sheet.two_line_records", rel, sheet.name, detail=str(len(lines)))
        if sheet.layout == "blank_form":
            # The form as printed, nothing filled in (the 模板 the clerk copies for each case): no record of any kind.
            info.update(other_document=BLANK_FORM, set_aside={"blank_form": len(sheet.rows)})
            self.issue("sheet.other_document", rel, sheet.name, detail=BLANK_FORM)
            return 0
        if is_dictionary_sheet(sheet.rows):
            # An export's 字段说明 / 数据字典 (字段名称 | 字段代码 | 取值说明): what its fields and codes mean, read as the
            # book's legends; its rows are no records (read as a table, they would be a header turned down a column).
            info.update(other_document=DICTIONARY, set_aside={"no_table": len(sheet.rows)})
            self.issue("sheet.other_document", rel, sheet.name, detail=DICTIONARY)
            return 0
        if sheet.name in self.other_sheets:
            info.update(set_aside={"other_town": len(sheet.rows)}, other_town=True)
            self.issue("sheet.other_town", rel, sheet.name, detail=sheet.name, value=str(len(sheet.rows)),
                       expected=self._town_shown())  # fmt: skip
            return 0
        for code, rows in sheet.marks.repairs:
            shown = "、".join(map(str, rows[:10])) + (f" 等 {len(rows):,}" if len(rows) > 10 else "")
            self.issue(code, rel, sheet.name, detail=shown)
        tables = self._paged(rel, sheet, locate_tables(sheet, self.words) if tables is None else tables)
        if copies := list(dict.fromkeys(t.block for t in tables if t.copy_of)):
            # A register pasted beside itself: its rows are read once, from the left (they had counted twice).
            shown = "、".join(f"{column_letter(b[0])}–{column_letter(b[1])}" for b in copies)
            self.issue("sheet.copy_beside", rel, sheet.name, detail=shown)
            tables = [t for t in tables if not t.copy_of]
        blocks = list(dict.fromkeys(t.block for t in tables))
        if len(blocks) > 1:
            # Ledgers side by side: each block of columns reads the sheet's rows once, as a sheet of its own
            # named by its columns (法制工作（H–K列）), so that its records and issues say where they are.
            entry["sheets"].remove(info)
            self.issue("sheet.side_by_side", rel, sheet.name, detail=str(len(blocks)))
            usable = 0
            for block in blocks:
                columns = f"{column_letter(block[0])}–{column_letter(block[1])}"
                part = replace(sheet, name=f"{sheet.name}（{columns}列）")
                info = {"sheet": part.name, "rows_read": len(sheet.rows), "columns": columns}
                entry["sheets"].append(info)
                usable += self._read_tables(rel, part, [t for t in tables if t.block == block], info)
            return usable
        return self._read_tables(rel, sheet, tables, info)

    def _paged(self, rel: str, sheet, tables: list) -> list:
        """The sheet's tables, read as a page of the sheet before when it is one (a PDF converted back to a
        sheet per page): under that sheet's header when it has none of its own, and without the tail of the
        record the page break cut when its first row is that."""
        before, last = self._page_before
        paged = page_tables(sheet, before, last, self.words)
        if paged:
            self.issue("sheet.page_continued", rel, sheet.name, detail=before.name)
            tables = paged
        if (
            tables
            and last is not None
            and (paged or [c.path for c in tables[0].columns] == [c.path for c in last.columns])
        ):
            tables = [without_page_tail(tables[0]), *tables[1:]]
        if not paged:  # a page read under the header of a sheet before it passes that header on to the next
            # (its register's, not the copy pasted beside it nor a pivot pasted under it: a next page holds the
            # register's columns)
            own = [t for t in tables if not t.copy_of and not pivot_table(t)]
            self._page_before = (sheet, own[-1]) if own else (None, None)
        return tables

    def _read_tables(self, rel: str, sheet, tables: list, info: dict) -> int:
        if not tables:
            info["problem"] = "sheet.no_table"
            info["set_aside"] = {"no_table": len(sheet.rows)}
            if not any(_as_text(c) for row in sheet.rows for c in row):
                # A sheet with nothing in it (Excel's Sheet2, Sheet3): nothing to say about it, and
                # two hundred of them must not bury the issues that matter.
                info["blank"] = True
                return 0
            self.issue("sheet.no_table", rel, sheet.name)
            if holds_rows(sheet):
                self.unread.add((rel, sheet.name))
            return 0
        aside: Counter = Counter()
        for t in tables:
            aside.update(t.set_aside)
        info.update(
            header_row=tables[0].header_row + 1,
            set_aside=dict(aside),
            records=sum(len(t.body) for t in tables),
            kept=0,
            flagged=0,
            excluded={},
            unused=0,
            tables=[],
        )
        if self._heading is None or not self._document:
            # The paragraphs over a Word table or a page's first table come before the rows above its header.
            self._heading = next(iter(f"{sheet.caption} {tables[0].title_text}".split()), "")
        usable = sum(self.read_table(rel, sheet, t, info) for t in tables)
        if info.get("kind") and info.get("other_document") and info.get("problem") == "sheet.no_table":
            # A table of another document beside the sheet's records (a 数据透视表 pasted under the register it
            # counts) leaves the sheet usable: its kind had been unknown, a sheet of it "无法使用".
            del info["problem"]
        hidden = sorted(set(sheet.marks.hidden_rows))
        if hidden and any(t.body.index.isin([r + 1 for r in hidden]).any() for t in tables):
            rows = "、".join(str(r + 1) for r in hidden[:10]) + ("等" if len(hidden) > 10 else "")
            self.issue("sheet.hidden_rows", rel, sheet.name, detail=rows)
        # A record a cell of which shows nothing (white on white, ;;;): counted by what it holds, as a hidden row
        # is, and named, so that the office sees why a count differs from what its screen shows.
        unseen = sorted(set(sheet.marks.unseen_rows))
        if unseen and any(t.body.index.isin([r + 1 for r in unseen]).any() for t in tables):
            rows = "、".join(str(r + 1) for r in unseen[:10]) + ("等" if len(unseen) > 10 else "")
            self.issue("sheet.unseen_cells", rel, sheet.name, detail=rows)
        # Check boxes drawn over the records, linked to no cell (a 是否化解 ticked in a box floating above a blank cell):
        # what they say is in no cell, so the blanks under them are named with where their values went.
        if sheet.marks.unlinked_boxes and any(len(t.body) for t in tables):
            self.issue("sheet.check_boxes_unlinked", rel, sheet.name, detail=str(sheet.marks.unlinked_boxes))
        return usable

    def _headers_of_siblings(self, rel: str) -> int:
        """The headers with no record under them (`read_table`) read once the whole book is: one titled as a table
        of the book a kind was recognised in is that kind's, only a header (sheet.header_only); any other is a table
        of no known kind, as before. Returns how many were of use."""
        usable = 0
        for name, table, info, where, detail in self._headers_alone:
            kind = self._headers_known.get(_titles_of(table))
            if kind is None:
                info.setdefault("problem", "file.unknown_kind")
                self.issue("file.unknown_kind", rel, name, detail=detail)
                continue
            where["kind"] = kind
            info.setdefault("kind", kind)
            self.issue("sheet.header_only", rel, name, cell=table.header_cells, detail=self.specs[kind].title)
            usable += 1
        self._headers_alone = []
        return usable

    def _towns_of_siblings(self, rel: str) -> None:
        """The tables naming no row of the town, once the whole book is read. One whose every town is named beside
        the town's own rows in another sheet's column of its title (a county's register split by month: a month the
        town had no record) holds other towns' rows only: set aside as theirs, a note. Any other is an error, no
        figure resting on it (the town's name unknown, or written otherwise: 河弯镇 is no town the book names)."""
        for sheet, table, info, found, named in self._towns_absent:
            beside = self._towns_beside.get(found.column.display)
            n = len(table.body)
            if beside and set(found.others) <= beside:
                self.issue("row.other_town", rel, sheet, cell=table.header_cells, header=found.column.display,
                           value=str(n), detail=named, expected=self._town_shown())  # fmt: skip
                info["unused"] -= n
                info["records"] -= n
                info["set_aside"]["other_town"] = info["set_aside"].get("other_town", 0) + n
                if info.get("problem") == "column.town_unmatched":
                    del info["problem"]
                continue
            self.issue("column.town_unmatched", rel, sheet, cell=table.header_cells, header=found.column.display,
                       detail=named, value=str(n), expected=self._town_shown())  # fmt: skip
        self._towns_absent = []

    def _colour_title(self, table: Table, key: str = COLOURS) -> str:
        """The title of the field a book's legend of colours sorts rows by: the one category field of the specs whose
        vocabulary has every word of the legend as a value of its own ("" when none or several have, no guess);
        "" too when the table has a column of that field's titles already (the words written, the fill decides
        nothing)."""
        legend = self.legends.get(key)
        if not legend:
            return ""
        words = set(legend.values())
        fields = [f for spec in self.specs.values() for f in spec.fields if f.vocabulary and words <= set(f.vocabulary)]
        if len({f.title for f in fields}) != 1:
            return ""
        names = {norm_header(n) for f in fields for n in (f.title, *f.aliases)}
        if any(c.leaf in names for c in table.columns):
            return ""
        return fields[0].title

    def read_table(self, rel: str, sheet, table: Table, info: dict) -> int:
        """Read one table of a sheet: as records of a kind, or as a statistics table. Returns 1 when
        the table was of use."""
        where = {"header_row": table.header_row + 1}
        info["tables"].append(where)
        if is_code_list(
            table
        ):  # 代码 | 名称, 字段名称 | 取值说明: what the codes of this book mean, read before its tables
            info.setdefault("problem", "sheet.no_table")
            info["unused"] += len(table.body)
            info["other_document"] = "代码表或数据字典（代码的含义）"
            self.issue("sheet.other_document", rel, sheet.name, detail=info["other_document"])
            return 0
        table, shaded = coloured(table, sheet.marks.row_fills, self.legends.get(COLOURS), self._colour_title(table))
        if shaded:
            self.issue("column.from_fill", rel, sheet.name, cell=table.header_cells, header=shaded)
        table, inked = coloured(
            table, sheet.marks.row_fonts, self.legends.get(FONTS), self._colour_title(table, FONTS), "字体颜色"
        )
        if inked:
            self.issue("column.from_fill", rel, sheet.name, cell=table.header_cells, header=inked)
        table, coded = decoded(table, self.legends)
        for title in coded:
            self.issue("column.decoded", rel, sheet.name, cell=table.header_cells, header=title)
        named = year_source(
            table.title_text, _dating_name(table, sheet.name), self._stem(rel), *folder_texts(self._meant(rel))
        )
        ctx = Context(
            self._meant(rel),
            sheet.name,
            table.title_text,
            year=named[0] if named else self.year,
            columns=self._columns_for(rel, sheet.name),
            layout=sheet.layout,
            beside=self._beside.get((rel, _titles_of(table)), {}),
            named_year=(named[0], ("表格标题", "工作表名", "文件名")[named[1]] if named[1] < 3 else "文件夹名")
            if named
            else None,
        )
        kind = self.overrides.get(rel) or self.overrides.get(Path(rel).name)
        detail = ""
        if kind in self.specs:
            found = fit(table, self.specs[kind], ctx)
        else:
            found, detail = best_fit(table, self.specs, ctx)
        if found is not None and found.beside:  # the next sheet of this header, too thin to judge, takes the same
            self._beside.setdefault((rel, _titles_of(table)), {}).update(found.beside)
        counts = found is not None and found.ticks and self.specs[found.kind].measure
        # A table whose kind is sure by its titles, dates included, holds records (no need to look
        # at its cells as a statistics table's).
        dated = found is not None and found.complete_by_titles and self.specs[found.kind].date in found.columns
        # A statistics table is one whatever kind params `kinds` names for its file (it names the kind).
        if not counts and not dated and statistics.is_statistics(table):
            # A summary by town (a row per 乡镇, a 合计 of the county): only the town's own row states its figures.
            scoped = self._own_rows(rel, sheet.name, table, info, totals=True)
            if scoped is None:  # no row is the town's: its rows used for nothing, no figure stated
                info["unused"] += len(table.body)
                return self.read_statistics(rel, sheet, replace(table, body=table.body.iloc[:0]), info, where, None, [])
            table = scoped
            about = kind if kind in self.specs else statistics.kind_of(table, self.specs, ctx.text)
            about = about or (found.kind if found else None)
            stated = statistics.read(
                table,
                about,
                self.specs,
                rel,
                sheet.name,
                statistics.period_words(sheet.name, table.title_text, self._stem(rel), later=table.stacked_below),
                self.year,
            )
            # A table of counts no kind's records fit, named a summary (村 | 件数 on a sheet 汇总 beside
            # the villages' sheets), is no records left unread: it leaves no kind of its file incomplete.
            summary = found is None and statistics.named_as_summary(sheet.name, table.title_text)
            if about is not None or stated or summary:
                return self.read_statistics(rel, sheet, table, info, where, about, stated)
        # A 数据透视表 beside the register (行标签 over dates, 计数项:案件编号) is computed from it: set aside as
        # another document is, not an unknown ledger that would leave the kind incomplete.
        # A system's export saved as Sheet1 without a title (a 12345 hotline's 工单导出) says what it is by its file's
        # name alone: where no kind fits it completely, that name's word of another document sets it aside too (it
        # had been an enforcement register missing 案件编号 and 执法类别, two errors asking for columns it never had).
        # A table that fits a kind completely is not set aside by its file's name, which often bundles several; one
        # whose key was judged by its cells only (a 收文登记's 来文字号 taken for a 案号) yields to a name saying it is
        # another document: what tells its records apart is no title of the kind's.
        guessed = found is not None and any(found.tiers.get(k) == CLOSE for k in self.specs[found.kind].key)
        surely = found is not None and found.complete and not guessed
        # A kind params `kinds` names for the file is the office's word: no name of another document overrules it.
        other = other_document(table, self.specs, ctx, file=True) if not surely and kind not in self.specs else ""
        # A pivot is no records whatever kind its sheet's name suggests (a 人民调解 sheet's 行标签 | 计数项:序号 under the
        # register had been that kind's table missing 卷宗号, an error withholding the kind's figures).
        if not surely:
            other = other or pivot_table(table)
        # A book's contents page named otherwise than 目录 (台账清单, 汇总, Sheet1: 序号 | 表名 | 责任科室) whose rows name
        # the book's other sheets, each once, undated: it had been a ledger of no known kind (an error withholding the
        # one kind of its book), or a register missing its columns (台账名称 taken for a 文件名称).
        if not surely and kind not in self.specs:
            other = other or contents_page(table, self.book_sheets, sheet.name)
        # A bound book's contents page (a sheet named 目录: 序号 | 台账名称 | 页码) lists the ledgers that follow; it is
        # none of them. Set aside only where no kind fits it, so that a register a sheet so named holds is still read.
        if found is None and kind not in self.specs and is_front_matter(sheet.name):
            other = other or f"工作表名为“{sheet.name.strip()}”，是封面或目录页"
        if other:
            # Not records of any kind: its rows leave no kind of the file incomplete (unlike rows in a
            # table that could not be recognised), and the sheet is skipped as a sheet of notes is.
            info.setdefault("problem", "sheet.no_table")
            info["unused"] += len(table.body)
            info["other_document"] = other
            # A register the hotline feeds whose only date is the call's: neither read nor called another document.
            if lacks := wanting(table, self.specs, ctx):
                kind_of, title, fields = lacks
                self.issue("sheet.register_wanting", rel, sheet.name, kind=kind_of, header=title,
                           value=self.specs[kind_of].title, detail="、".join(fields))  # fmt: skip
            else:
                self.issue("sheet.other_document", rel, sheet.name, detail=other)
            return 0
        if found is None and not len(table.body) and kind not in self.specs:
            # A header with no record under it says its kind by its titles only; where those are the titles of
            # another sheet of its book, read as a kind (a month's sheet with no record of a register kept a sheet a
            # month, its category told by the other months' cells), it is that kind's, with nothing in it. Known
            # only once every sheet of the book is read.
            self._headers_alone.append((sheet.name, table, info, where, detail))
            return 0
        if found is None:
            info.setdefault("problem", "file.unknown_kind")
            info["unused"] += len(table.body)
            if len(table.body):
                self.unread.add((rel, sheet.name))
            self.issue("file.unknown_kind", rel, sheet.name, detail=detail)
            return 0
        spec = self.specs[found.kind]
        where["kind"] = found.kind
        self._headers_known.setdefault(_titles_of(table), found.kind)
        # A field the table has no column of, its value read off the title, the sheet's name or section lines
        # (依申请公开 for a whole register): the table says nothing of the field's other values.
        context = {n: [v] for n, (v, _) in found.constants.items() if spec.field(n).vocabulary}
        context.update({n: sorted(set(by_row.values())) for n, by_row in found.sections.items()})
        context.update({n: [v] for n, v in found.agrees.items()})
        if context:
            where["from_context"] = context
        # The values of a kind's `apart` field its title, sheet or file name says its rows can be (a list of 治安案件
        # holds no 告诫书): a value outside them is one the table could not have counted.
        scoped = {}
        for f in spec.fields:
            if f.scope:
                texts = (table.title_text, sheet.name, self._stem(rel))
                held = next((h for h in (values_named(t or "", f) for t in texts) if h is not None), None)
                if held is not None:
                    scoped[f.name] = sorted(held)
        if scoped:
            where["may_hold"] = scoped
        # A wide log's columns (审查合同, 出具法律意见书 … counts per service): the values it keeps count of. A value it
        # has no column for is one it does not list, never one it counted none of.
        listed = {n: sorted({v for _, v in group}) for n, group in found.ticks.items() if spec.measure}
        if listed:
            where["columns_of"] = listed
        part = part_of_year_named(table.title_text, sheet.name, self._stem(rel))
        if part:  # a book kept per month or quarter: an empty one says nothing of the other months
            where["part_of_year"] = part
            # The months it covers: a book whose parts leave months out (no 四季度 sheet) is not the year's.
            where["months"] = sorted(statistics.period_months(part))
        elif spanned := months_spanned(self.year, table.title_text, sheet.name):
            # A register whose own title or sheet says it was kept for a span of the year only (（2024年10-12月）: begun
            # in October): see statistics.records_short_of_year. Not the file's name: a platform's export saved as
            # 办件明细1-4月 names the window it was queried over, and such files overlap (one list, read as one).
            where["span_months"] = list(spanned)
        if line := query.line_of(table.title_text):  # a platform's export of what a query kept
            self._queried(rel, sheet.name, query.read(line, spec, self.options["town"]), where)
        info.setdefault("kind", found.kind)
        if detail:  # recognised by its headers although its title points elsewhere
            self.issue("sheet.title_mismatch", rel, sheet.name, detail=detail)
        if found.missing and not len(table.body):
            # Only a header (本年度未收到申请): nothing is lost, and the kind's figures stand.
            self.issue("sheet.header_only", rel, sheet.name, cell=table.header_cells, detail=spec.title)
            return 1
        if found.missing:
            info["problem"] = "column.missing"
            info["unused"] += len(table.body)
            # A date that nothing around the table gives either (an exam platform's export: no date column, no year in
            # its title, sheet, file or folder name): the year written in the file's name is enough to place it.
            yearless = (
                year_source(
                    table.title_text, _dating_name(table, sheet.name), self._stem(rel), *folder_texts(self._meant(rel))
                )
                is None
            )
            for name in found.missing:
                if name == spec.date and yearless and not _close_headers(table, spec, name):
                    self.issue("column.missing_year", rel, sheet.name, field=name, detail=spec.field(name).title,
                               cell=table.header_cells, expected=f"{self.year}年")  # fmt: skip
                    continue
                self.issue("column.missing", rel, sheet.name, field=name, detail=spec.field(name).title,
                           cell=table.header_cells, expected=_close_headers(table, spec, name))  # fmt: skip
            return 1
        for name, col in join_complementary(table, found, spec, self.year):
            self.issue("column.joined", rel, sheet.name, kind=spec.kind, field=name, value=spec.field(name).title,
                       cell=f"{column_letter(col.index)}{table.header_row + 1}", header=col.display,
                       detail=found.columns[name].display)  # fmt: skip
        self._report_fit(rel, sheet.name, table, found, spec, info)
        self._check_total(rel, sheet.name, table, found, spec, _text_above(table, sheet))
        # The 合计 above was the whole table's; the records are the town's own rows only.
        scoped = self._own_rows(rel, sheet.name, table, info)
        if scoped is None:
            info["problem"] = "column.town_unmatched"
            info["unused"] += len(table.body)
            return 1
        table = scoped
        table = self._dittos(rel, sheet.name, table, found, spec)
        headers = {c.index: c.display for c in table.columns}
        for row, col, mark in table.ditto_unfilled:
            self.issue("sheet.ditto_nothing_above", rel, sheet.name, cell=f"{column_letter(col)}{row}", row=row,
                       header=headers.get(col, ""), value=mark)  # fmt: skip
        for row, col in _blank_under_notes(sheet, table, headers):
            self.issue("cell.blank_with_note", rel, sheet.name, cell=f"{column_letter(col)}{row}", row=row,
                       header=headers[col])  # fmt: skip
        if table.carried_parts:
            self.issue("sheet.date_parts_carried", rel, sheet.name, cell=table.header_cells,
                       detail=str(table.carried_parts))  # fmt: skip
        if table.dated_by_year[0]:
            n, title = table.dated_by_year
            self.issue("sheet.year_column", rel, sheet.name, cell=table.header_cells, header=title, detail=str(n))
        if table.set_aside.get("void"):
            void = table.rows.index[table.reasons == "void"]
            self.issue("sheet.void_rows", rel, sheet.name, detail="、".join(map(str, void)))
        for reason, code in (("struck", "sheet.struck_rows"), ("superseded", "sheet.superseded_rows")):
            if table.set_aside.get(reason):
                self.issue(code, rel, sheet.name, detail="、".join(map(str, table.rows.index[table.reasons == reason])))
        if table.unjoined:
            names = {c.index: c.display for c in table.columns}
            detail = "、".join(f"{row}（{names.get(j, column_letter(j))}）" for row, j in table.unjoined)
            self.issue("sheet.unjoined_lines", rel, sheet.name, detail=detail)
        if table.unmatched_corrections:
            detail = "、".join(f"{row}（序号{n}）" for row, n in table.unmatched_corrections)
            self.issue("sheet.correction_unmatched", rel, sheet.name, detail=detail)
        if table.set_aside.get("example"):
            example = table.rows.index[table.reasons == "example"]
            self.issue("sheet.example_rows", rel, sheet.name, detail="、".join(map(str, example)))
        if table.set_aside.get("test_submission"):
            trial = table.rows.index[table.reasons == "test_submission"]
            self.issue("sheet.test_rows", rel, sheet.name, detail="、".join(map(str, trial)))
        laid = records(table, found, spec)
        self._melted |= bool(laid.cells)
        stamp = next((c.index for c in table.columns if c.leaf in SUBMITTED_TITLES and c.index in table.body), None)
        if stamp is not None:
            when = pd.to_datetime(table.body[stamp].astype("string"), errors="coerce", format="mixed")
            earlier = self.submitted.get((rel, sheet.name))  # another table of the sheet: rows of its own
            self.submitted[(rel, sheet.name)] = when if earlier is None else earlier.combine_first(when)
        info["set_aside"]["nothing_counted"] = info["set_aside"].get("nothing_counted", 0) + laid.nothing_counted
        named = dating_year(
            table.title_text, _dating_name(table, sheet.name), self._stem(rel), *folder_texts(self._meant(rel))
        )
        above = _text_above(table, sheet)
        scales = {f: _scale_of(h, above, spec.field(f)) for f, h in laid.headers.items()}
        for f, h in laid.headers.items():
            if scales[f] != _scale(h):  # the form's unit, stated above its header
                said = STATED_UNIT.search(above).group()
                self.issue("column.unit_above", rel, sheet.name, kind=spec.kind, field=f, header=h, detail=said,
                           cell=f"{laid.letters.get(f, '')}{table.header_row + 1}")  # fmt: skip
        self.parts.append(
            SheetPart(
                kind=spec.kind,
                file=rel,
                sheet=sheet.name,
                raw=laid.raw,
                headers=laid.headers,
                letters=laid.letters,
                scales=scales,
                legends={
                    f: tuple(legend.items())
                    for f, h in laid.headers.items()
                    if (legend := code_legend(h) or question_legend(h, spec.field(f).vocabulary))
                },
                year=named,
                cells=laid.cells,
                problems=laid.problems,
                town=towns.named_in_title(table.title_text) or towns.alone(table),
                skipped=_numbered_aside(table, found.columns.get(spec.key[0]) if spec.key else None),
                # Read only where it is used: rows of a keyless kind sharing amounts under one 序号.
                together=_under_one_serial(table, laid.raw.index)
                if not spec.key and any(f.shares for f in spec.fields)
                else (),
                date1904=sheet.marks.date1904,
                roster=sheet.layout == "roster",
                year_of_book=isinstance(named, int)
                and (year_source(table.title_text, _dating_name(table, sheet.name)) is None),
                acting_for=_acting_for(spec, table, laid.headers, laid.raw),
                may_hold=tuple((n, tuple(v)) for n, v in where.get("may_hold", {}).items()),
                register=table.number if table.stacked_below else 0,
            )
        )
        return 1

    def _queried(self, rel: str, sheet: str, asked: query.Query, where: dict) -> None:
        """A table exported with a query: its conditions kept in the manifest (the figures decide what they leave
        out, over every table of the kind), and a warning where they keep part of the year or of the records."""
        span = None if asked.span is None else [d.isoformat() if d else None for d in asked.span]
        where["query"] = {"line": asked.line, "span": span, "dates_unread": asked.dates_unread,
                          "values": [[t, n, list(v)] for t, n, v in asked.values]}  # fmt: skip
        kept = [f"{t}为{'、'.join(v)}" for t, _, v in asked.values]
        first, last = asked.span or (None, None)
        if asked.dates_unread:
            kept.append("时间条件无法识别")
        elif (first and first > dt.date(self.year, 1, 1)) or (last and last < dt.date(self.year, 12, 31)):
            kept.append(f"{first or '…'}至{last or '…'}")
        if kept:
            self.issue("sheet.query_filtered", rel, sheet, detail=asked.line, value="；".join(kept))

    def _check_total(self, rel: str, sheet: str, table: Table, found, spec: LedgerSpec, above: str) -> None:
        """A table's one 合计 row against its records: an amount or count it states that the records above
        do not add up to (a record deleted, hidden or never typed, a total not updated) is named. The
        figures count the records either way; the office must know which of the two is wrong. With
        several total rows (小计 per village) no single sum is stated for the table: nothing to compare. A page's
        total (本页小计, as a paper 登记簿 closes each page, typed in with the rows) sums the records above it."""
        if table.rows is None or table.reasons is None:
            return
        totals = table.rows.index[table.reasons == "total"]
        records = table.reasons == ""
        if len(totals) == 1 and _PAGE_TOTAL.search("".join(filter(None, map(_as_text, table.rows.loc[totals[0]])))):
            records = records & (table.rows.index < totals[0])
        if len(totals) != 1 or records.sum() < 2:
            return
        for f in spec.fields:
            col = found.columns.get(f.name)
            numeric = f.steps[:1] in (("number",), ("integer",)) and not f.personal  # its value goes in the message
            if not numeric or col is None or col.index not in table.rows:
                continue
            if _as_text(table.rows.at[totals[0], col.index]) is None:
                continue  # most 合计 rows count nothing in most columns: no cleaner called for a blank cell
            # In the header's unit, as the figures read them: a record naming its own (50元 under 补助金额（万元）)
            # is worth what it says, and the 合计 0.11 万元 is 1100 元 (it had been compared, unscaled, with 100.1).
            scale = _scale_of(col.display, above, f)
            stated = CLEANERS["number"](table.rows.loc[totals, col.index], scale=scale)
            if stated.values.isna().iloc[0]:
                continue  # the total's cell holds no number (见附表, a word): nothing to compare
            parts = CLEANERS["number"](table.rows.loc[records, col.index], scale=scale)
            if parts.codes.dropna().ne("number.own_unit").any() or parts.values.isna().all():
                continue  # a record's own cell unreadable or unsure (named already): no sum to trust
            said, added = float(stated.values.iloc[0]), float(parts.values.sum(skipna=True))
            if abs(said - added) > 0.005:
                shown = [plain_number(round(x / scale, 6)) for x in (said, added)]  # in the unit the column is kept in
                self.issue("total.disagrees", rel, sheet, cell=f"{column_letter(col.index)}{totals[0]}",
                           header=col.display, value=shown[0], detail=shown[1])  # fmt: skip

    def _town_shown(self) -> str:
        return self.options["town"] or "未设定"

    def _former(self) -> tuple[str, ...]:
        """The townships merged into the town in the year (params `former_towns`): their tables and rows are its."""
        return tuple(str(t) for t in self.options.get("former_towns") or ())

    def _other_towns_sheets(self, rel: str, names: list[str]) -> set[str]:
        """A county's book of one sheet per town: the other towns' sheets (set aside when read). Sheets named
        after towns, none of them this one: an error naming them (the town's name may be written otherwise)."""
        own, others = towns.town_sheets(names, self.options["town"], self._former())
        if others and not own and len(others) >= 2:
            shown = "、".join(sorted(others)[:5]) + ("等" if len(others) > 5 else "")
            self.issue("file.town_not_found", rel, detail=shown, expected=self._town_shown())
        return others

    def _county_towns_parts(self, parts: list[SheetPart]) -> list[SheetPart]:
        """In a county run, a kind's tables titled as another town of the county (a town with a folder of its own) in
        this town's folder: an error each, nothing of them counted as the town's (a ledger saved into the wrong
        folder, or a neighbour's form whose title was kept: which, only the office can say)."""
        county = tuple(str(t) for t in self.options.get("county_towns") or ())
        if not county:
            return parts
        elsewhere = towns.county_towns_titled([p.town for p in parts], self.options["town"], self._former(), county)
        if not any(elsewhere):
            return parts
        sheets = {(e["file"], i["sheet"]): i for e in self.files for i in e["sheets"]}
        for part, other in zip(parts, elsewhere):
            if other:
                info = sheets.get((part.file, part.sheet), {})
                n = int(part.raw.index.nunique())
                info["problem"] = "sheet.county_other_town"
                info["unused"] = info.get("unused", 0) + n
                self.issue("sheet.county_other_town", part.file, part.sheet, detail=other, value=str(n),
                           expected=self._town_shown())  # fmt: skip
        return [p for p, other in zip(parts, elsewhere) if not other]

    def _own_towns_parts(self, parts: list[SheetPart]) -> list[SheetPart]:
        """A kind's tables whose titles name two towns or more (a county's sheets per town, their names gone):
        the other towns' set aside, each with a note; none of the town's: an error, nothing of them counted."""
        parts = self._county_towns_parts(parts)
        other = towns.other_towns_titled([p.town for p in parts], self.options["town"], self._former())
        if not any(other):
            return parts
        found = not all(o or not p.town for p, o in zip(parts, other))
        sheets = {(e["file"], i["sheet"]): i for e in self.files for i in e["sheets"]}
        for part in (p for p, o in zip(parts, other) if o):
            info = sheets.get((part.file, part.sheet), {})
            n = int(part.raw.index.nunique())
            if towns.marked_former(part.town):  # a township merged in the year: whether into this town, params say
                info["problem"] = "sheet.former_town"
                info["unused"] = info.get("unused", 0) + n
                # Named as params take it (原新店乡 → 新店乡): the message's former_towns line is then the one to write.
                self.issue("sheet.former_town", part.file, part.sheet, detail=towns.as_current(part.town),
                           value=str(n), expected=self._town_shown())  # fmt: skip
            elif found:
                info.setdefault("set_aside", {})["other_town"] = info.get("set_aside", {}).get("other_town", 0) + n
                self.issue("sheet.other_town", part.file, part.sheet, detail=part.town, value=str(n),
                           expected=self._town_shown())  # fmt: skip
            else:  # the town's name unknown or written otherwise: its figures unknown, never the county's
                info["problem"] = "file.town_not_found"
                info["unused"] = info.get("unused", 0) + n
                self.issue("file.town_not_found", part.file, part.sheet, detail=part.town, expected=self._town_shown())
        # A form naming one town was noted as read for the town (column.town_single): among other towns' forms it
        # is not, and the note would contradict the one above.
        aside = {(p.file, p.sheet) for p, o in zip(parts, other) if o}
        self.issue_rows = [
            r for r in self.issue_rows if r["code"] != "column.town_single" or (r["file"], r["sheet"]) not in aside
        ]
        return [p for p, o in zip(parts, other) if not o]

    def _dittos(self, rel: str, sheet: str, table: Table, found, spec: LedgerSpec) -> Table:
        """The table with no key taken from the record above: a 案件编号 typed 同上 says the row is another line of the
        record above (a second party of one case) or a record whose number was not copied, and which is unknown. Had
        the number above been copied, the two rows were one key and the second dropped as a copy of the first: a
        record lost without a word. The cell is left blank and named (an error, the record not counted); the other
        cells that took the value above them are noted at their rows."""
        rows = set(table.body.index)
        dittos = [d for d in table.dittos if d[0] in rows]  # of the town's own rows
        keys = {found.columns[name].index: name for name in spec.key if name in found.columns}
        copied = [d for d in dittos if d[1] in keys]
        if copied:
            body = table.body.copy()
            for row, col, mark in copied:
                body.at[row, col] = ""
                name = keys[col]
                self.issue("sheet.ditto_key", rel, sheet, cell=f"{column_letter(col)}{row}", row=row, field=name,
                           header=found.columns[name].display, value=mark)  # fmt: skip
                self.ditto_keys.add((rel, sheet, row))
            table = replace(table, body=body)
        if filled := sorted({row for row, col, _ in dittos if col not in keys}):
            # At the rows of the marks (the header's row had been named): which cells took a value, to check them.
            self.issue("sheet.ditto", rel, sheet, cell=_rows_place(filled),
                       detail=str(sum(1 for d in dittos if d[1] not in keys)))  # fmt: skip
        return table

    def _own_rows(self, rel: str, sheet: str, table: Table, info: dict, totals: bool = False) -> Table | None:
        """The table with the town's own rows only, when a column names each row's town (a county's table);
        the other towns' rows set aside and counted in a note. None when no row is the town's: an error, and
        nothing of the table counted (never the county's rows for the town's)."""
        found = towns.scope(table, self.options["town"], self._former())
        if found is None:
            return table
        if found.alone:
            if not towns.is_town(found.alone, self.options["town"] or "", self._former()):
                self.issue("column.town_single", rel, sheet, cell=table.header_cells, header=found.column.display,
                           detail=found.alone, expected=self._town_shown())  # fmt: skip
            return table
        named = "、".join(list(found.others)[:5]) + ("等" if len(found.others) > 5 else "")
        former = [t for t in found.others if towns.marked_former(t)]
        if former:  # rows of a township merged in the year: the town's or not, params say (`former_towns`)
            self.issue("column.former_town", rel, sheet, cell=table.header_cells, header=found.column.display,
                       detail="、".join(dict.fromkeys(towns.as_current(t) for t in former[:5])),
                       value=str(len(table.body)), expected=self._town_shown())  # fmt: skip
            return None
        if not found.found:
            if totals:
                self.issue("column.town_unmatched", rel, sheet, cell=table.header_cells, header=found.column.display,
                           detail=named, value=str(len(table.body)), expected=self._town_shown())  # fmt: skip
            else:  # unknown until the whole book is read: another sheet may show how the book writes the town
                self._towns_absent.append((sheet, table, info, found, named))
            return None
        self._towns_beside.setdefault(found.column.display, set()).update(found.others)
        n = int((~found.own).sum())
        if n:
            blank = f"；另有 {found.blank} 行未写乡镇" if found.blank else ""
            self.issue("row.other_town", rel, sheet, cell=table.header_cells, header=found.column.display,
                       value=str(n), detail=named + blank, expected=self._town_shown())  # fmt: skip
            info["set_aside"]["other_town"] = info["set_aside"].get("other_town", 0) + n
            info["records"] -= n
        return towns.rows_of_others(table, found.own, "other_town", totals=totals)

    def read_statistics(self, rel, sheet, table: Table, info: dict, where: dict, kind, stated) -> int:
        """A statistics table: its rows are set aside; the figures it states are kept to be used
        where a kind has no records, and compared with the records where it has."""
        n = len(table.body)
        info["set_aside"]["aggregate"] = info["set_aside"].get("aggregate", 0) + n
        info["records"] -= n
        where.update(role="statistics", kind=kind)
        if part := part_of_year_named(
            table.title_text, sheet.name, self._stem(rel)
        ):  # a month's form of a monthly book
            where.update(part_of_year=part, months=sorted(statistics.period_months(part)))
        # A table naming no year of its own, nor its sheet or file, is of the year its document's heading names: the
        # tables under 某镇2023年政府信息公开工作年度报告 (a file named 年度报告.docx) are 2023's, not this year's.
        named = year_named(
            table.title_text,
            _dating_name(table, sheet.name),
            self._stem(rel),
            self._heading or "",
            *folder_texts(self._meant(rel)),
        )
        if named is not None and named != self.year:
            self.issue("statistics.other_year", rel, sheet.name, detail=str(named))
            return 1
        where["figures"] = [s.figure for s in stated]
        self.statements += stated
        if not stated:
            self.issue("statistics.unused", rel, sheet.name, cell=table.header_cells)
        return 1

    def _columns_for(self, rel: str, sheet: str) -> dict[str, str]:
        """Params `columns` for this file (by path or name, optionally 「sheet」): field → header or letter."""
        wanted = self.options["columns"] or {}
        out: dict[str, str] = {}
        for key in (Path(rel).name, rel, f"{Path(rel).name}「{sheet}」", f"{rel}「{sheet}」"):
            out.update(wanted.get(key) or {})
        return out

    def _report_fit(self, rel: str, sheet: str, table: Table, found, spec: LedgerSpec, info: dict) -> None:
        """Say how the fields were found where it was not by their own titles, and which columns
        were not used."""
        for name, col in found.columns.items():
            f = spec.field(name)
            if f.prefer and col is not None:
                wanted = {without_unit(norm_header(p)) for p in f.prefer}
                mine = {without_unit(norm_header(t)) for t in col.own}
                seen = self.preferred_seen if wanted & mine else self.unpreferred
                seen.setdefault(spec.kind, set()).add(name)
        for code, name, col, detail in found.notes:
            if code == "column.chosen":
                continue
            if code == "column.not_found":
                self.issue(code, rel, sheet, kind=spec.kind, field=name, header=spec.field(name).title, value=detail)
                continue
            accepted = code in issues.ACCEPTS_ALIAS and col is not None and not spec.field(name).personal
            # A header naming a person (承办人, 调解员, 执法人员) is never another name of an office or body.
            f = spec.field(name)
            accepted = accepted and not (
                f.steps[:1] == ("text",) and PERSON_TITLE.search(col.display or "") and not PERSON_TITLE.search(f.title)
            )
            # A column found by its cells under another field's own title (办理状态 holding 办理进度's words) is no
            # alias to register: params refuse a title given to two fields (fzlib/spec.py), so accept would fail.
            accepted = accepted and not any(o.title == col.display for o in spec.fields if o.name != name)
            self.issue(
                code,
                rel,
                sheet,
                kind=spec.kind,
                field=name,
                suggestion=spec.field(name).title if accepted else None,
                cell=f"{column_letter(col.index)}{table.header_row + 1}" if col is not None else "",
                header=col.display if col is not None else spec.field(name).title,
                detail=spec.field(name).title if code != "column.shared" else f"{spec.field(name).title}、{detail}",
                expected=detail or None,
            )
        # The value as counted (a vocabulary word), not the words of the title or sheet name: the
        # note never shows a raw name, and never says the sheet reads what it does not.
        for name, (value, where) in found.constants.items():
            self.issue("column.from_context", rel, sheet, field=name, header=spec.field(name).title,
                       detail=f"{where}，按“{value}”计")  # fmt: skip
        for name, by_row in found.sections.items():
            values = "、".join(dict.fromkeys(by_row.values()))
            self.issue("column.from_context", rel, sheet, field=name, header=spec.field(name).title,
                       detail=f"表内分段标题，按“{values}”计")  # fmt: skip
        for col in found.subsets:
            self.issue("column.subset", rel, sheet, header=col.display,
                       cell=f"{column_letter(col.index)}{table.header_row + 1}")  # fmt: skip
        used = found.used_columns()
        titled = {c.index for c in table.columns} | {p for c in table.columns for p in c.parts}
        for j in table.body.columns:
            # Data under no title: say where, never "nan".
            if j not in titled and _filled(table.body[j]):
                cell = f"{column_letter(j)}{table.header_row + 1}"
                self.issue("column.unknown", rel, sheet, header=f"空白表头（{cell}）", cell=cell)
        taken = found.found()
        # A column no field took and no record fills (a template's spare columns, a sheet padded to
        # 100 columns) loses nothing: a note per such column would bury the ones that matter.
        unknown = [
            c
            for c in table.columns
            if c.index not in used
            and c.index not in found.rivals
            and not SERIAL_HEADERS.intersection(c.own[:1])
            and (not len(table.body) or c.index not in table.body or _filled(table.body[c.index]))
        ]
        for col in [c for c in unknown if UNCACHED_FORMULA in c.own]:
            # A title written as a formula (="案件"&"编号") a program saved without its result: no title to read, and
            # "#公式未计算" had been quoted as a column no field takes (its records keyed by 序号 without a word why).
            self.issue("column.uncached", rel, sheet, cell=f"{column_letter(col.index)}{table.header_row + 1}",
                       kind=spec.kind)  # fmt: skip
            unknown.remove(col)
        town = towns.town_column(table) if unknown else None
        if town is not None:  # naming each row's town (a county's table): read by fzlib.ingest.towns, not unknown
            unknown = [c for c in unknown if c.index != town.index]
        beside = ledger_beside(unknown, used, spec, self.specs)
        if beside is not None:  # another kind's ledger in the next columns: its records are not read
            other, cols = beside
            first, last = column_letter(cols[0].index), column_letter(cols[-1].index)
            self.issue("sheet.ledger_beside", rel, sheet, kind=other, cell=f"{first}{table.header_row + 1}",
                       header="、".join(c.display for c in cols[:4]), detail=self.specs[other].title,
                       expected=f"{first}–{last}")  # fmt: skip
            info.setdefault("unread_kinds", []).append(other)
            unknown = [c for c in unknown if c not in cols]
        suggested = _close_fields(table, unknown, spec, taken, self.year)
        for col in unknown:
            close = suggested.get(col.index)
            self.issue(
                "column.unknown",
                rel,
                sheet,
                header=col.display or f"空白表头（{column_letter(col.index)}{table.header_row + 1}）",
                cell=f"{column_letter(col.index)}{table.header_row + 1}",
                kind=spec.kind,
                field=close,
                suggestion=spec.field(close).title if close else None,
            )

    # --- records --------------------------------------------------------------------------
    def clean_parts(self, spec: LedgerSpec, parts: list[SheetPart]):
        """All tables of a kind cleaned together: each cleaner runs once per distinct unit scale and
        title year rather than once per sheet. Returns (raw, values, codes, details, part of each row)."""
        _answered_by(spec, parts)
        _by_date(spec, parts)
        _by_answer(spec, parts)
        _any_of(spec, parts)
        _named_within(spec, parts, self.year)
        raw = pd.concat([p.raw for p in parts], ignore_index=True) if parts else pd.DataFrame()
        raw = raw.reindex(columns=[f.name for f in spec.fields if f.name in raw])
        part_of = np.repeat(np.arange(len(parts)), [len(p.raw) for p in parts])
        signature = [
            (tuple(sorted(p.scales.items())), p.year, tuple(sorted(p.legends.items())), p.date1904) for p in parts
        ]
        results = []
        for sig in dict.fromkeys(signature):
            rows = np.isin(part_of, [i for i, s in enumerate(signature) if s == sig])
            scales, titled, legends, date1904 = sig
            results.append(
                clean_fields(
                    raw if rows.all() else raw[rows],  # one unit and year (most kinds): no copy of every column
                    spec,
                    self.year,
                    dict(scales),
                    titled,
                    self.options["range_quantity"],
                    dict(legends),
                    date1904,
                )
            )
        if len(results) == 1 and results[0][0].index.is_monotonic_increasing:  # one unit and year (most tables)
            values, codes, details = results[0]
        else:
            values, codes, details = (pd.concat(r).sort_index() for r in zip(*results))
        offsets = np.concatenate([[0], np.cumsum([len(p.raw) for p in parts])])
        for i, p in enumerate(parts):
            for pos, name, code, detail in p.problems:
                codes.at[offsets[i] + pos, name] = code
                details.at[offsets[i] + pos, name] = detail
        _scoped_short_words(spec, parts, raw, values, codes, details, part_of)
        _years_of_numbers(spec, raw, values, codes, details, parts, part_of, self.year)
        _years_alone(spec, raw, codes, details, parts, part_of)
        _one_per(spec, parts, raw, values, part_of)
        _resits(spec, values, part_of, [p.file for p in parts])
        # Made by Arrow from each record's part (`text_column`), not from a Python string per record.
        values["_file"] = text_column(part_of, [p.file for p in parts], values.index, INFERRED_TEXT)
        values["_sheet"] = text_column(part_of, [p.sheet for p in parts], values.index, INFERRED_TEXT)
        values["_row"] = np.concatenate([p.raw.index.to_numpy() for p in parts])
        _months_of_month_rows(spec, raw, values, codes, details, part_of, parts)
        values[UNUSABLE], values[ABSENT] = self.marks(spec, parts, codes, part_of)
        values[MONTHLESS] = _monthless(spec, raw, values)
        return raw, values, codes, details, part_of

    @staticmethod
    def marks(spec: LedgerSpec, parts: list[SheetPart], codes: pd.DataFrame, part_of: np.ndarray):
        """Per record, the fields a figure cannot use: those whose cell was unusable (an error code)
        and those whose column its sheet does not have. Comma-separated field names, "" for none."""
        # Only the records with an unusable cell get a list (one per record: 52 ms for the bench's 105,600, now 9 ms).
        unusable: dict[int, list[str]] = {}
        # Most cells have no code: only the coded ones are looked at (string operations over
        # every record, per field, were 8% of cleaning in a profile of the fast tests), found for all
        # fields at once (a column's codes made an array field by field were a fixed cost of every kind).
        names = [f.name for f in spec.fields]
        # The whole frame's mask, its columns then taken in the spec's order: selecting the fields' columns first
        # built a frame of every column again (0.25 ms a kind, most of this step for a small table).
        coded = codes.notna().to_numpy(dtype=bool)[:, codes.columns.get_indexer(names)]
        for j in np.flatnonzero(coded.any(axis=0)):  # field by field, in the spec's order, as the names are listed
            said = codes[names[j]].to_numpy(dtype=object, na_value=None)
            for i in np.flatnonzero(coded[:, j]):
                if said[i] in issues.UNUSABLE:
                    unusable.setdefault(int(i), []).append(names[j])
        listed = np.full(len(codes), "", dtype=object)
        for i, fields in unusable.items():
            listed[i] = ",".join(fields)
        absent = [",".join(f.name for f in spec.fields if f.name not in p.headers) for p in parts]
        return (
            pd.Series(listed, index=codes.index, dtype=object),
            pd.Series(np.array(absent, dtype=object)[part_of] if parts else [], index=codes.index, dtype=object),
        )

    def cell_issues(self, spec: LedgerSpec, parts, raw, table, codes, details, part_of, aside=None) -> None:
        """The cleaners' issues of a kind's cells, but those of the rows `aside` (positions of rows of another matter)."""
        # The coded cells row by row, each row's fields in order (as codes.stack().dropna() gives them), found by
        # numpy: stacking every field of every record, nearly all without a code, was 2 % of cleaning the bench.
        cells = codes.to_numpy(dtype=object)
        coded_cells = pd.notna(cells)
        if aside is not None and aside.any():
            coded_cells &= ~np.asarray(aside, dtype=bool)[table.index.get_indexer(codes.index)][:, None]
        at_row, at_col = np.nonzero(coded_cells)
        if not len(at_row):
            return
        summarised: dict[tuple, dict] = {}
        offsets = np.concatenate([[0], np.cumsum([len(p.raw) for p in parts])])
        # Positions looked up once for all issues (a pandas .at per issue cost 0.2 ms each).
        labels = codes.index[at_row]
        coded = zip(zip(labels, codes.columns[at_col]), cells[at_row, at_col])
        rows = table["_row"].to_numpy()[table.index.get_indexer(labels)]
        raw_at, detail_at = raw.index.get_indexer(labels), details.index.get_indexer(labels)
        raw_cols = {c: raw[c].to_numpy(dtype=object) for c in raw.columns}
        detail_cols = {c: details[c].to_numpy(dtype=object, na_value=None) for c in details.columns}
        for k, ((i, name), code) in enumerate(coded):
            f, part = spec.field(name), parts[part_of[i]]
            row = int(rows[k])
            per_sheet = issues.CATALOGUE[code].per_sheet
            if not per_sheet and not self.listing(part.file):  # beyond the file's cap: counted, not described
                self.issue(code, part.file, part.sheet, row=row)
                continue
            letters = part.cells.get(name)
            letter = letters[i - offsets[part_of[i]]] if letters is not None else part.letters.get(name, "")
            found = dict(
                cell=f"{letter}{row}" if letter and "–" not in letter else "",
                row=row,
                kind=spec.kind,
                field=name,
                header=part.headers.get(name, f.title),
                value=None if f.personal else _as_text(raw_cols[name][raw_at[k]] if name in raw_cols else None),
                detail=detail_cols[name][detail_at[k]],
                expected=_options(f),
            )
            if code in issues.ACCEPTS_VARIANT and f.vocabulary and not f.personal:
                found["suggestion"] = found["detail"]  # the canonical value nearest to what was written
            if per_sheet:
                # Noted once per sheet, field and value: 28 yearless dates are one note, not 28.
                key = (code, part.file, part.sheet, name, found["value"] if code in _BY_VALUE else "")
                if key in summarised:
                    summarised[key]["times"] += 1
                    continue
                summarised[key] = {"code": code, "file": part.file, "sheet": part.sheet, **found, "times": 1}
                continue
            self.issue(code, part.file, part.sheet, **found)
        for note in summarised.values():
            self.issue(**note)

    def _keyless(self, spec, table: pd.DataFrame, parts, part_of, keep: np.ndarray, where, codes=None) -> None:
        """A record of a value that has no document of its own (spec keyless_when: a 行政检查 in a register of
        decisions, its 决定文书号 blank or /): its key is its row (file, sheet, Excel row), noted once per sheet,
        never a required value missing. So is a record whose number Excel cut to 15 digits (case_no.rounded: two
        cases of one day share what is left of it), showed as 2.02403E+17 or took for a date (KEY_LOST), its cell
        already said so. Only for a kind keyed by one field."""
        if len(spec.key) != 1 or spec.key[0] not in table:
            return
        name = spec.key[0]
        if not (keep & table[name].isna().to_numpy(dtype=bool)).any():  # every kept record has its key (most kinds)
            return
        keyless = pd.Series(False, index=table.index)
        for field_name, values in spec.keyless_when.items():
            if field_name in table:
                keyless |= table[field_name].isin(values).fillna(False).astype(bool)
        rounded = pd.Series(False, index=table.index)
        if codes is not None and name in codes:
            rounded = codes[name].isin(KEY_LOST).fillna(False).astype(bool).reindex(table.index, fill_value=False)
        rows = table[name].isna() & (keyless | rounded) & keep
        noted = set()
        for i in table.index[rows]:
            part = parts[part_of[i]]
            table.at[i, name] = f"{part.file}「{part.sheet}」第{int(table.at[i, '_row'])}行"
            if keyless[i] and (part.file, part.sheet) not in noted:
                noted.add((part.file, part.sheet))
                said = "、".join(v for vs in spec.keyless_when.values() for v in vs)
                self.issue("row.keyless", **{**where(i, name), "detail": said})

    def screen_kind(self, kind: str, parts: list[SheetPart]):
        """Clean a kind's sheets and decide which records stay: (table, keep mask, status, reason left out)."""
        spec = self.specs[kind]
        raw, table, codes, details, part_of = self.clean_parts(spec, parts)
        # Per record, as arrays on the table's positions (its index is 0…n-1): whether it stays, what became of it and
        # why. Series of them, and each mask built from them a Series, were a good part of a small kind's fixed cost.
        keep = np.ones(len(table), dtype=bool)
        status = np.full(len(table), "kept", dtype=object)
        reason = np.full(len(table), "", dtype=object)
        if spec.step_log:  # before the year is read: a record's year is its intake step's
            self._process_steps(spec, table, keep, status, reason, parts)

        self._not_records(spec, table, keep, status, reason)
        self._decided_elsewhere(spec, table, keep, status, reason, parts, part_of)
        # A row of another matter (a grid platform's 安全隐患 event, a bureau's case) is no record of the kind: its
        # cells are not held to the kind's vocabularies (an event's 处置结果 已处置 had been 56 errors to correct).
        self.cell_issues(spec, parts, raw, table, codes, details, part_of, aside=status == "other_matter")
        self._record_rows(spec, table, raw, keep, status, reason)
        self._sheets_of_unknown_year(spec, table, codes, parts, part_of, keep, status, reason)
        self._other_years_lists(spec, table, parts, part_of, keep, status, reason)

        def where(i, name):
            part, row = parts[part_of[i]], int(table.at[i, "_row"])
            return dict(
                file=part.file,
                sheet=part.sheet,
                cell=f"{part.letters.get(name, '')}{row}",
                row=row,
                field=name,
                header=part.headers.get(name, spec.field(name).title),
                expected=_options(spec.field(name)),
            )

        self._carried_over(spec, table, codes, part_of, where)
        self._going_on_into_next_year(spec, table, codes, part_of, where)
        self._undated(spec, table, keep, parts, part_of)
        fallback = table[spec.date_fallback] if spec.date_fallback else None
        # The event that places a record in its year has not happened (开庭时间: 未开庭): the record
        # is of no year yet, which is not an error (its cell has its note, date.pending), nor are
        # the blanks of what follows the event (负责人是否出庭).
        pending = np.zeros(len(table), dtype=bool)
        if spec.date and spec.date in codes:
            # A record carried over from an earlier year (上年结转 in its date cell) is of no year of its own
            # here either: not this year's, not an error.
            # So is one whose event will never take place (an appeal tried on the papers: 不开庭审理).
            pending = among(codes[spec.date], ["date.pending", "date.carried_over", "date.never"])
            if fallback is not None:
                pending &= fallback.isna().to_numpy(dtype=bool)
        # A record saying its event will not happen (spec pending_when: 不同意出台) with its date left blank.
        # A free-text field (备注) may give the reason in brackets (撤销立案（违法事实不能成立）): its words before it are read.
        for name, values in spec.pending_when.items():
            if spec.date in table and name in table:
                said = table[name] if spec.field(name).vocabulary else table[name].map(core, na_action="ignore")
                pending |= table[spec.date].isna().to_numpy(dtype=bool) & among(said, values)
        # A record begun (spec date_begins: a case's 立案日期) whose date was left blank (no 决定日期) has not ended yet: a
        # case filed and not decided when the register was exported is no decision of any year yet, not an error (its
        # row.required_missing had withheld every enforcement figure of a 街道's export, 柳荫街道). Only a blank cell: a
        # date written and unreadable keeps its error. Without a begun date a blank date is a date lost, as before; so is
        # it where the row says where it stands (案件状态 执行, 决定: decided, its date lost) — pending_when's words decide.
        if spec.date_begins and spec.date in table and spec.date_begins in table and spec.date in raw:
            open_ = table[spec.date].isna().to_numpy(dtype=bool) & table[spec.date_begins].notna().to_numpy(dtype=bool)
            for name in spec.pending_when:
                if name in raw:
                    open_ &= _left_blank_cells(raw[name].reindex(table.index))
            left_open = _left_blank_rows(raw, spec.date, open_, table.index)
            pending |= left_open
            # Said once per sheet: a decision whose date was forgotten would otherwise leave the count unseen.
            for part in np.unique(part_of[left_open]):
                rows = np.flatnonzero(left_open & (part_of == part))
                begun = parts[part].headers.get(spec.date_begins, spec.field(spec.date_begins).title)
                self.issue(
                    "date.left_open", **{**where(table.index[rows[0]], spec.date), "detail": begun}, times=len(rows)
                )
        # Without its date or its key a record cannot be placed in a year or told apart: it is left
        # out. Any other required value missing leaves the record out only of the figures that use
        # that field (a case without its category is still a case): the field is unusable there.
        # A blank the register leaves because another column says it (spec blank_from: 调解结果 blank while
        # 调解状态 says 调解中) is that column's value, where the value is one of the blank field's own.
        for name, by in spec.blank_from.items():
            if name in table and by in table and name in raw:
                left = table[name].isna() & _left_blank_cells(raw[name].reindex(table.index))
                said = table[by].where(table[by].isin(list(spec.field(name).vocabulary or ())))
                filled = left & said.notna()
                table.loc[filled, name] = said[filled]
        # A yes/no question beside the status settles it (spec settled_by: 办理状态 已办结 | 是否化解 否 is 未化解).
        for name, (by, yes, no) in spec.settled_by.items():
            if name in table and by in table:
                answer = table[by]
                # An answer written but unreadable (已移交司法所 for 是否化解) leaves the status it was to settle unknown,
                # and unusable to the figures as the answer is: 已办结 alone says the dispute was concluded, not resolved.
                if by in raw and UNUSABLE in table:
                    unread = (answer.isna() & ~_left_blank_cells(raw[by].reindex(table.index))).to_numpy(dtype=bool)
                    if unread.any():
                        table.loc[unread, name] = pd.NA
                        marked = table.loc[unread, UNUSABLE].fillna("").astype(str)
                        table.loc[unread, UNUSABLE] = [f"{m},{name}" if m else name for m in marked]
                # Only rows to settle are written: a write of no row cost as much as one (most tables answer nothing).
                settled = answer.eq(True).fillna(False).to_numpy(dtype=bool)
                if settled.any():
                    table.loc[settled, name] = yes
                undone = (answer.eq(False).fillna(False) & table[name].eq(yes).fillna(False)).to_numpy(dtype=bool)
                if undone.any():
                    table.loc[undone, name] = no
        placing = {spec.date, *spec.key}
        self._keyless(spec, table, parts, part_of, keep, where, codes)
        # A record dated in another year counts for nothing here: a blank it leaves (负责人是否出庭 of a case heard
        # next January) is no error of this year's figures, whose message would say the row is counted.
        elsewhere = np.zeros(len(table), dtype=bool)
        if spec.date:
            dated = table[spec.date] if fallback is None else table[spec.date].fillna(fallback)
            elsewhere = (dated.notna() & (dated.dt.year != self.year)).astype(bool).to_numpy(dtype=bool)
        for f in spec.fields:
            if f.required:
                empty = table[f.name].isna().to_numpy(dtype=bool) & keep & ~pending
                if f.name == spec.date and fallback is not None:
                    empty &= fallback.isna().to_numpy(dtype=bool)
                # a bad value already has its own cell issue: only cells left blank are missing.
                # A placeholder (—, /, 无) is blank too: it has no cell issue of its own, and a row it
                # leaves out of a figure must say so. Only a record left empty can have been blank:
                # its raw cell is looked at, not every row's.
                blank = _left_blank_rows(raw, f.name, empty, table.index)
                if f.name not in placing:
                    blank &= ~elsewhere
                    if blank.any():  # most required fields are filled in every record: nothing to mark
                        # A person's name is never echoed into a message: the hint names categories, places.
                        above = {} if f.personal else _written_above(raw, f.name, table["_row"], part_of)
                        for i in table.index[blank]:
                            self.issue("cell.required_blank", **where(i, f.name), detail=above.get(i))
                        table[UNUSABLE] = table[UNUSABLE].where(~blank, _with_field(table[UNUSABLE], f.name))
                    continue
                for i in table.index[blank]:
                    place = where(i, f.name)
                    if (place["file"], place["sheet"], place["row"]) not in self.ditto_keys:  # said: sheet.ditto_key
                        self.issue("row.required_missing", **place)
                if empty.any():
                    keep &= ~empty
                    newly = empty & (status == "kept")
                    status[newly] = "error"
                    reason[newly] = f"必填项“{f.title}”为空或无法识别"
        # A field every record of a condition fills (spec required_when: the 协议形式 of a case mediated
        # successfully), left blank there: the figures that use it cannot place the record (口头 or 书面?).
        # A sheet without the column is not this: its records are marked absent, and the figures say so.
        for name, when in spec.required_when.items():
            if name not in table or not all(n in table for n in when):
                continue
            empty = table[name].isna().to_numpy(dtype=bool) & keep & ~pending & ~elsewhere
            for n, values in when.items():
                empty &= table[n].isin(values).fillna(False).astype(bool).to_numpy(dtype=bool)
            if not empty.any():
                continue
            empty[empty] = [name not in marked.split(",") for marked in table.loc[empty, ABSENT]]
            blank = _left_blank_rows(raw, name, empty, table.index)
            for i in table.index[blank]:
                self.issue("cell.required_blank", **where(i, name))
            table[UNUSABLE] = table[UNUSABLE].where(~blank, _with_field(table[UNUSABLE], name))
        if spec.date:
            # The dates and their years as above: nothing since has changed a date.
            dates, outside = dated, keep & elsewhere
            # Most kinds have every record of the year: nothing below is then looked at, nor any Series written (a
            # fixed cost of every kind of every run, a tenth of a small table's screening).
            if outside.any():
                future = outside & _not_yet_come(dates, self.year).fillna(False).astype(bool).to_numpy(dtype=bool)
                keys = table[spec.key[0]] if spec.key and spec.key[0] in table else None
                slipped = outside & ~future & _years_before_own_number(keys, dates, self.year).to_numpy(dtype=bool)
                for i in table.index[outside]:
                    dated_by = spec.date if pd.notna(table.at[i, spec.date]) else spec.date_fallback
                    if future[i]:
                        self.issue("date.future", **where(i, dated_by), detail=f"{dates[i]:%Y-%m-%d}")
                    elif slipped[i]:
                        said = f"{dates[i]:%Y-%m-%d}，编号 {table.at[i, spec.key[0]]}"
                        self.issue("date.before_own_number", **where(i, dated_by), detail=said)
                    else:
                        self.issue("row.out_of_year", **where(i, dated_by), detail=f"{dates[i]:%Y-%m-%d}")
                keep &= ~outside
                status[outside] = "out_of_year"
                reason[outside] = "日期" + dates[outside].dt.strftime("%Y-%m-%d") + f"不在{self.year}年"
                # A day still to come (2042 typed for 2024) is a slip in a record of some year, likely this one:
                # the record is one the figures could not use, never "another year's" passed over.
                status[future] = "error"
                reason[future] = "日期" + dates[future].dt.strftime("%Y-%m-%d") + "还没有到，像是年份写错"
                # Likewise a date years before the year its own document number names (〔2024〕 decided 2014-04-06):
                # the date's year was mistyped; a record of this year the figures could not use, never an old one.
                status[slipped] = "error"
                reason[slipped] = "日期" + dates[slipped].dt.strftime("%Y-%m-%d") + "早于编号所写年份，像是年份写错"
            self._wrong_year(spec, table, dates, outside, keep)
            self._rostered(spec, table, parts, part_of, dates, keep, status, reason)
            not_yet = pending & keep
            if not_yet.any():  # nothing pending (most kinds): no Series written
                keep &= ~not_yet
                status[not_yet] = "out_of_year"
                said = codes[spec.date] if spec.date in codes else pd.Series(pd.NA, index=table.index)
                carried = not_yet & said.eq("date.carried_over").fillna(False).astype(bool).to_numpy(dtype=bool)
                never = not_yet & said.eq("date.never").fillna(False).astype(bool).to_numpy(dtype=bool)
                reason[not_yet] = f"“{spec.field(spec.date).title}”尚未发生，不计入{self.year}年"
                reason[carried] = f"以前年度结转的事项，不计入{self.year}年"
                reason[never] = f"“{spec.field(spec.date).title}”不会发生，不计入统计"
        return table, keep, status, reason

    def _sheets_of_unknown_year(self, spec: LedgerSpec, table, codes, parts, part_of, keep, status, reason) -> None:
        """A book holding several sheets of the kind whose dates mostly have no year, with no year named in their
        titles, sheet names, the file's name or its folders (a book kept a sheet per year, its tabs left as Sheet1,
        Sheet2): which sheet is this year's cannot be told. Counting every sheet into the year would add other
        years' rows, so none is counted, and the sheets are named with how to fix it (the kind's figures then say
        why they are unknown). One such sheet alone is the year's book, as dated (each date has its warning)."""
        if not spec.date or spec.date not in codes or not parts:
            return
        guessed = codes[spec.date].eq("date.partial").fillna(False).to_numpy(dtype=bool)
        if not guessed.any():
            return
        dated = table[spec.date].notna().to_numpy(dtype=bool)
        unnamed = np.array([p.year is None for p in parts], dtype=bool)
        n_dated = np.bincount(part_of, weights=dated, minlength=len(parts))
        n_guessed = np.bincount(part_of, weights=guessed & dated, minlength=len(parts))
        unknown = unnamed & (n_dated > 0) & (n_guessed * 2 > n_dated)
        by_file: dict[str, list[int]] = {}
        for i in np.flatnonzero(unknown):
            by_file.setdefault(parts[i].file, []).append(int(i))
        for file, at in by_file.items():
            sheets = list(dict.fromkeys(parts[i].sheet for i in at))
            if len(sheets) < 2:
                continue
            rows = np.isin(part_of, at) & keep
            keep &= ~rows
            status[rows] = "error"
            reason[rows] = "同一文件几张同类工作表的日期都没有年份，分不出哪张是本年度的"
            for sheet in sheets:
                self.issue("sheet.year_unknown", file, sheet, value=str(len(sheets)), detail="、".join(sheets),
                           expected=str(self.year))  # fmt: skip
            entry = next(e for e in self.files if e["file"] == file)
            for info in entry["sheets"]:
                if info["sheet"] in sheets and info.get("kind") == spec.kind:
                    info.setdefault("problem", "sheet.year_unknown")

    def _carried_over(self, spec: LedgerSpec, table: pd.DataFrame, codes, part_of, where) -> None:
        """A date typed without its year that the table's year puts on the wrong side of the record's other
        date moves a year (spec date_ends, date_begins), with a note: where the other date names its year, or
        where the table's order tells. A case accepted 12月26日 and closed 1月8日 heading this year's book, later
        rows going back to earlier months, was accepted last December (date.year_before); a case filed 12月18日
        and decided 1月6日 ending the book was decided next January (date.year_after). The other way round
        each is this year's record as dated."""
        if spec.date not in codes or spec.date not in table:
            return
        inferred = among(codes[spec.date], ["date.yearless", "date.partial"])
        if not inferred.any():  # every date names its year (most tables): nothing can move, nothing is looked at
            return
        months = table[spec.date].dt.month.to_numpy(dtype=float, na_value=np.nan)
        positions = np.arange(len(table))

        def named(other: str) -> np.ndarray:
            if other not in codes:
                return np.ones(len(table), dtype=bool)
            return ~among(codes[other], ["date.yearless", "date.partial"])

        def heading(p: int, month: float) -> bool:
            """Later rows of the table dated in earlier months: the row heads the book as last year's."""
            later = (part_of == part_of[p]) & (positions > p) & inferred
            return bool((months[later] < month).any())

        for other, step, code in ((spec.date_ends, -1, "date.year_before"), (spec.date_begins, 1, "date.year_after")):
            if not other or other not in table:
                continue
            date, said = table[spec.date], table[other]
            moved_to = date + pd.DateOffset(years=step)
            if step < 0:  # the date after the end it leads to, within a year of it
                odd = (said < date) & (moved_to <= said)
            else:  # the date before the beginning it follows, within a year of it
                odd = (said > date) & (moved_to >= said)
            odd = inferred & odd.fillna(False).to_numpy(dtype=bool)
            other_named = named(other)
            other_months = said.dt.month.to_numpy(dtype=float, na_value=np.nan)
            moved = np.zeros(len(table), dtype=bool)
            for p in np.flatnonzero(odd):
                leads = heading(p, months[p] if step < 0 else other_months[p])
                moved[p] = other_named[p] or (leads if step < 0 else not leads)
            for i in table.index[moved]:
                table.at[i, spec.date] = moved_to[i]
                self.issue(code, **where(i, spec.date), detail=f"{moved_to[i]:%Y-%m-%d}")

    def _other_years_lists(
        self, spec: LedgerSpec, table, parts: list[SheetPart], part_of, keep, status, reason
    ) -> None:
        """A kind of no date (a watch list: where each person stands, a book a year) read from a book or sheet named
        for another year (2023年/涉诈高危人员管控台账.xlsx, 管控台账（2023年）.xlsx) beside the kind's book of this year
        (named for it, or for no year): that year's list, whose rows are none of this year's (out_of_year), said once
        naming it (file.other_years_book). A dated kind's records say their years themselves; a list named for
        another year with no other beside it is the kind's only list and stays (its year may be a slip)."""
        if spec.date or not len(table):
            return
        other = [i for i, p in enumerate(parts) if isinstance(p.year, int) and p.year != self.year]
        current = sorted({p.file for i, p in enumerate(parts) if i not in other})
        if not other or not current:
            return
        rows = np.isin(part_of, other) & keep
        keep &= ~rows
        status[rows] = "out_of_year"
        said = set()
        for i in other:
            part = parts[i]
            reason[rows & (part_of == i)] = f"是{part.year}年的台账，不是{self.year}年的"
            if part.file in said:
                continue
            said.add(part.file)
            beside = next((f for f in current if same_but_year(part.file, f)), current[0])
            sheet = part.sheet if part.file in current else ""
            self.issue("file.other_years_book", part.file, sheet, detail=f"{part.year}年", expected=beside)

    def _going_on_into_next_year(self, spec: LedgerSpec, table: pd.DataFrame, codes, part_of, where) -> None:
        """A register kept without a break, its dates typed without their year, going on below the year's records
        into next year (read in February: … 12月18日, 12月24日, then 1月6日, 1月22日): where a sheet's dates run in
        the order of the year to its last months and its last rows fall back to the first months, those rows are
        next year's records, their date a year later, with one note naming them (date.next_years_rows). Only a
        sheet in the order of its dates says so: one sorted by village or newest first falls back elsewhere as
        well and is left as dated; a head of last December's rows (12月26日 heading the book) may go before."""
        if spec.date not in codes or spec.date not in table:
            return
        inferred = among(codes[spec.date], ["date.yearless", "date.partial"])
        if not inferred.any():
            return
        dates = table[spec.date]
        months = dates.dt.month.to_numpy(dtype=float, na_value=np.nan)
        years = dates.dt.year.to_numpy(dtype=float, na_value=np.nan)
        for part in np.unique(part_of[inferred]):
            mine = (part_of == part) & inferred & ~np.isnan(months)
            if not mine.any():
                continue
            # The rows the sheet's year placed (a row already moved a year by its other date is left out).
            placed = np.flatnonzero(mine & (years == Counter(years[mine]).most_common(1)[0][0]))
            m = months[placed]
            k = len(m)
            while k > 0 and m[k - 1] <= NEXT_YEARS_FIRST_MONTHS:
                k -= 1
            tail = len(m) - k
            if not tail or not k or m[k - 1] < YEARS_LAST_MONTHS or 2 * tail > k:
                continue
            body = m[:k]
            falls = np.flatnonzero(body[1:] < body[:-1] - 1)  # a month back or so is a row entered late
            if len(falls) > 1 or (len(falls) == 1 and body[: falls[0] + 1].min() < YEARS_LAST_MONTHS):
                continue
            rows = table.index[placed[k:]]
            for i in rows:
                table.at[i, spec.date] = table.at[i, spec.date] + pd.DateOffset(years=1)
            first = rows[0]
            self.issue(
                "date.next_years_rows",
                **where(first, spec.date),
                value=str(tail),
                detail=f"{table.at[first, spec.date]:%Y-%m-%d}",
            )

    def _undated(self, spec: LedgerSpec, table: pd.DataFrame, keep, parts: list[SheetPart], part_of) -> None:
        """Records whose own columns say they have no day of their own (spec undated_when: 参考状态 未参考 of a
        person on an exam platform's list, 考试时间 blank) are dated by the earliest day of their sheet's other
        records, where those all fall in one year (the exam's): still listed, as required to sit it. Where the
        sheet's days span years, or it has none, the blank stays an error."""
        if not spec.date or spec.date not in table:
            return
        for name, values in spec.undated_when.items():
            if name not in table:
                continue
            said = _answers(spec, table, name)
            dated = table[spec.date].notna().to_numpy(dtype=bool)
            blank = ~dated & keep & among(said, values)
            for p in np.unique(part_of[blank]):
                mine = part_of == p
                days = table.loc[mine & dated, spec.date]
                if days.empty or days.dt.year.nunique() != 1:
                    continue
                rows = blank & mine
                table.loc[rows, spec.date] = days.min()
                part = parts[p]
                self.issue("date.from_sheet", part.file, part.sheet, field=spec.date,
                           header=part.headers.get(spec.date, spec.field(spec.date).title),
                           value="、".join(dict.fromkeys(str(v) for v in said[rows])),
                           detail="、".join(str(int(r)) for r in table.loc[rows, "_row"]),
                           expected=f"{days.min():%Y-%m-%d}")  # fmt: skip

    def _not_records(self, spec: LedgerSpec, table: pd.DataFrame, keep, status, reason) -> None:
        """Rows a register of the kind holds that say they are of another matter (spec not_records: 审查类别
        重大行政决策 in a 合法性审查台账): no records of the kind, set aside with a note per sheet and value."""
        for name, values in spec.not_records.items():
            if name not in table:
                continue
            said = _answers(spec, table, name)
            other = keep & among(said, values)
            if not other.any():
                continue
            header = spec.field(name).title
            for (file, sheet, value), at in table.loc[other, "_row"].groupby([table["_file"], table["_sheet"], said]):
                self.issue("row.other_matter", file, sheet, header=header, value=value, expected=spec.title,
                           detail="、".join(map(str, at)))  # fmt: skip
            keep &= ~other
            status[other] = "other_matter"
            reason[other] = f"“{header}”不是本类台账的事项"

    def _decided_elsewhere(
        self, spec: LedgerSpec, table: pd.DataFrame, keep, status, reason, parts: list[SheetPart], part_of: np.ndarray
    ) -> None:
        """Rows naming another authority as the one that decided (spec decided_elsewhere: 处罚机关 某县市场监督管理局 in
        the register a 市场监管所 sends the town): not the town's records, set aside with a note per sheet and value.
        A row saying the town acted for that authority (spec acting_for: 委托执法) stays the town's."""
        entrusted = np.array(
            [int(row) in parts[p].acting_for for p, row in zip(part_of, table["_row"], strict=True)], dtype=bool
        ) if any(p.acting_for for p in parts) else np.zeros(len(table), dtype=bool)  # fmt: skip
        for name, patterns in spec.decided_elsewhere.items():
            if name not in table:
                continue
            said = table[name].astype("string")
            other = pd.Series(_texts_matching(said, "|".join(f"(?:{p})" for p in patterns)), index=table.index)
            other &= keep & ~entrusted
            if not other.any():
                continue
            header = spec.field(name).title
            for (file, sheet, value), at in table.loc[other, "_row"].groupby([table["_file"], table["_sheet"], said]):
                self.issue("row.decided_elsewhere", file, sheet, header=header, value=value,
                           detail="、".join(map(str, at)))  # fmt: skip
            keep &= ~other
            status[other] = "other_matter"
            reason[other] = f"“{header}”是另一机关，不是本镇（乡、街道）作出的"

    def _record_rows(self, spec: LedgerSpec, table: pd.DataFrame, raw: pd.DataFrame, keep, status, reason) -> None:
        """Rows that go on with the record above them, as offices write one record over several rows (a case's
        申请人 and 被申请人 a row each, its 卷宗号, date and result on the first row only; a decision's second
        penalty on the next row): nothing the record is placed, told apart or counted by is filled in, and the
        row stands right under the record (or under another such row). Not a record missing its key: part of
        the one above, set aside with a note per sheet. A row holding something a figure counts or sums (a
        subsidy, a count), or describing or sorting a matter of its own (free text, a category), is not set aside:
        it stays a record, and its blanks errors."""
        own = {spec.date, *spec.key} | {f.name for f in spec.fields if f.required}
        for figure in spec.figures:
            own |= set(figure.where) | {x for x in (figure.distinct, figure.weight) if x}
            if figure.op in ("sum", "count_distinct"):
                own.add(figure.arg)
        own.discard(None)
        # A row describing a matter (基本情况, 反映问题: free text) or sorting it (纠纷类型: a category) under a record
        # may be a record left half-filled: it stays a record, its blanks errors to correct.
        own |= {f.name for f in spec.fields if f.personal == "free_text" or f.vocabulary}
        empty = keep.copy()
        # The date first: filled in nearly every record, it leaves few rows whose other cells need looking at.
        for name in sorted(own & set(raw.columns), key=lambda n: (n != spec.date, n)):
            if not empty.any():
                break
            empty[empty] = _left_blank_cells(raw[name].reindex(table.index[empty]))
        if not empty.any():
            return
        place = list(zip(table["_file"], table["_sheet"], table["_row"].astype(int)))
        joined: dict[tuple, bool] = {p: False for p, e in zip(place, empty) if not e}  # a record: joinable
        part = np.zeros(len(table), dtype=bool)
        # In the order of the sheet's rows: a row joins the record above it, which is a record or itself joined.
        for i in sorted(np.flatnonzero(empty), key=lambda i: place[i]):
            file, sheet, row = place[i]
            above = (file, sheet, row - 1)
            part[i] = above in joined
            if part[i]:
                joined[place[i]] = True
        if not part.any():
            return
        for (file, sheet), at in table.loc[part, "_row"].groupby([table["_file"], table["_sheet"]]):
            self.issue("sheet.record_rows", file, sheet, detail="、".join(map(str, at)))
        keep &= ~part
        status[part] = "record_row"
        reason[part] = "上一条记录的续行（一条记录写成几行），不另计"

    def _rostered(self, spec: LedgerSpec, table: pd.DataFrame, parts, part_of, dates, keep, status, reason) -> None:
        """A record read off its own sheet of persons (a dated 签到表) whose day and `roster.same` fields a register of
        the kind lists too: the sheet is that record's evidence, the register's record stands, counted once. A sheet
        whose event no register lists is the event's only record, counted."""
        if spec.roster is None:
            return
        rostered = pd.Series([parts[part_of[i]].roster for i in table.index], index=table.index, dtype=bool)
        if not rostered.any() or rostered.all():
            return
        same = [n for n in spec.roster.same if n in table]

        def token(i) -> tuple | None:
            values = tuple(table.at[i, n] for n in same)
            if pd.isna(dates[i]) or any(pd.isna(v) for v in values):
                return None
            return (dates[i].date(), *values)

        listed: dict[tuple, int] = {}
        rostered = rostered.to_numpy(dtype=bool)
        for i in table.index[keep & ~rostered]:
            if (t := token(i)) is not None:
                listed.setdefault(t, i)
        for i in table.index[keep & rostered]:
            j = listed.get(token(i)) if token(i) is not None else None
            if j is None:
                continue
            there = parts[part_of[j]]
            said = f"{there.file}「{there.sheet}」第{int(table.at[j, '_row'])}行"
            keep[i] = False
            status[i] = "duplicate"
            reason[i] = f"签到表所记的一次已在{said}登记"
            self.issue("row.roster_listed", parts[part_of[i]].file, parts[part_of[i]].sheet, detail=said)

    def _wrong_year(self, spec: LedgerSpec, table: pd.DataFrame, dates: pd.Series, outside, keep) -> None:
        """A file whose dated records are mostly of another year was probably put in the wrong
        folder (last year's ledger copied into this year's): an error naming it and that year."""
        if not outside.any():  # every dated record is of this year: no file can be another year's
            return
        outside = pd.Series(outside, index=table.index)  # looked up by each file's rows below
        dated = dates.notna()
        groups = table.groupby("_file").groups
        this_year = {f for f, rows in groups.items() if int((dated[rows] & ~outside[rows]).sum())}
        for file, rows in groups.items():
            n = int(dated[rows].sum())
            out = int(outside[rows].sum())
            years = Counter(dates[rows][outside[rows]].dt.year)
            likely = years.most_common(1)[0][0] if years else None
            # A village's few records, all of the year its file is named for (2023年调解台账.xlsx): last
            # year's book sent instead of this year's, however short.
            # A name giving the day of its one event (20231220法律明白人培训签到表.xlsx) names no year's book.
            # So is a book kept in a folder of its year (2023年/调解台账.xlsx).
            named = likely is not None and out == n and str(likely) in _DAY_IN_NAME.sub("", file)
            named = named and str(self.year) not in Path(file).name  # 2023-2024年度台账 is this year's too
            # A ledger kept over several years (a sheet since 2021) holds this year among three or more: most of
            # its rows are of other years, and it is no other year's book.
            kept_over_years = file in this_year and dates[rows].dt.year.nunique() >= SEVERAL_YEARS
            # A book named for this year alone listing older matters beside the year's own book of the kind (信访积案
            # 化解台账（2023年）: items assigned in 2021 and 2022, worked on this year): no other year's book. Its rows
            # are of other years and counted by no figure; the kind's figures rest on the other book.
            backlog = (
                str(self.year) in Path(file).name
                and (likely is None or str(likely) not in Path(file).name)
                and bool(this_year - {file})
            )
            if (n >= WRONG_YEAR_MIN_ROWS or named) and out >= WRONG_YEAR_SHARE * n and not (kept_over_years or backlog):
                # Last year's book sent by mistake beside this year's of the same ledger (台账.xlsx and
                # 台账（2024年）.xlsx): nothing of this year is missing, so it is a note, not an error.
                current = next((f for f in sorted(this_year) if same_but_year(file, f)), None)
                if current is not None:
                    self.issue("file.other_years_book", file, detail=f"{likely}年", expected=current)
                    continue
                self.issue("file.wrong_year", file, detail=f"{out}/{n}条记录是{likely}年的")
                entry = next(e for e in self.files if e["file"] == file)
                entry.setdefault("problem", "file.wrong_year")
                entry.setdefault("wrong_year", {})[spec.kind] = int(likely)

    def _process_steps(self, spec: LedgerSpec, table: pd.DataFrame, keep, status, reason, parts) -> None:
        """An event log's rows: one record per event, read from its intake step's row with the latest
        step's outcome; its other steps and any event merged into another as a duplicate are not records."""
        log = spec.step_log
        # A row's own time (环节办理时间) is the date of its step alone: the 交办 row's is the 交办日期, the 登记 row's
        # none (an item whose log shows no 交办 is placed by its date_fallback). Read as the 交办日期 by its content,
        # it had dated every record by whatever step its row was.
        timed = log.step_time in table and table[log.step_time].notna().any()
        for name, steps in log.dates.items() if timed else ():
            taken = table[log.step].isin(steps).fillna(False).astype(bool) & table[name].isna()
            table.loc[taken, name] = table.loc[taken, log.step_time]
            for p in parts:  # a sheet without the date's own column names the step time's cell for it
                if name not in p.letters and log.step_time in p.letters:
                    p.letters[name] = p.letters[log.step_time]
                    p.headers[name] = f"{p.headers[log.step_time]}（{'/'.join(steps)}环节）"
        rows = step_rows(table, list(spec.key), log, log.step_time if timed else spec.date)
        for name, values in rows.latest.items():
            table.loc[values.index, name] = values
        intake = spec.field(log.step).title
        for mask, code, why in (
            (rows.later, "sheet.process_steps", f"同一记录的后续处理环节，记录取“{'/'.join(log.intakes)}”一行"),
            (rows.merged, "sheet.merged_duplicates", "已合并到另一记录的重复件，不是另一条记录"),
        ):
            if not mask.any():
                continue
            for (file, sheet), at in table.loc[mask, "_row"].groupby([table["_file"], table["_sheet"]]):
                self.issue(code, file, sheet, header=intake, detail="、".join(map(str, at)))
            mask = mask.to_numpy(dtype=bool)
            keep &= ~mask
            status[mask] = "duplicate"
            reason[mask] = why
        # A record logged only up to a step before its intake (a case at 调查取证, no 作出决定 yet) has not reached
        # it: no year of its own so far, not an error. Its other rows are its later steps, already set aside.
        waiting, unplaced = rows.waiting.to_numpy(dtype=bool), rows.unplaced.to_numpy(dtype=bool)
        keep &= ~waiting
        status[waiting] = "out_of_year"
        reason[waiting] = f"流水中该记录尚未到“{'/'.join(log.intakes)}”环节，不属任何年度"
        for i in table.index[rows.unplaced]:
            self.issue("row.intake_missing", table.at[i, "_file"], table.at[i, "_sheet"], row=table.at[i, "_row"],
                       header=intake, detail="/".join(log.intakes))  # fmt: skip
        keep &= ~unplaced
        status[unplaced] = "error"
        reason[unplaced] = f"流水中没有该记录的“{'/'.join(log.intakes)}”环节，无法确定其年份"

    def settle_kind(
        self,
        kind: str,
        table: pd.DataFrame,
        keep: np.ndarray,
        status: np.ndarray,
        reason: np.ndarray,
        names: frozenset[str],
        part_of,
        skipped: dict | None = None,
        places: dict | None = None,
        together: dict | None = None,
        registers: np.ndarray | None = None,
    ) -> pd.DataFrame:
        """Protect personal data, keep one copy of each record, count what became of every row; `registers`: each
        part's register of its sheet (SheetPart.register)."""
        spec = self.specs[kind]
        persons = _persons(table, spec)  # read before the names are masked: they tell copies re-typed apart
        table = protect(table, {f.name: f.personal for f in spec.personal_fields}, also=names)
        # A kind numbered by a key none of whose tables has (a register of items published, no 申请编号) is told as a
        # kind without one: by all its records say, a part repeating another's records holding them again (a
        # register copied beside itself in its sheet had been counted twice).
        keyed = any(k in table and bool(table[k].notna().any()) for k in spec.key)
        if keyed:
            text = table[spec.key[0]]
            for k in spec.key[1:]:
                text = text.astype("string") + "\x1f" + table[k].astype("string")
            said = [f.name for f in spec.fields if f.name == spec.date or f.vocabulary]

            def content(t=table, said=said) -> pd.Series:  # only read where numbering restarts
                # Each field after a \x1f, joined per record in one pass: a Series concatenated field by field
                # cost twice as much in a small table (most kinds of a town), and as much in a large one.
                cols = [t[name].astype("string").fillna("").to_numpy(dtype=object) for name in said]
                joined = ["\x1f" + "\x1f".join(values) for values in zip(*cols)]
                return pd.Series(joined, index=t.index, dtype="string")

            def whole(t=table) -> pd.DataFrame:  # only read where numbering restarts
                # Everything a record says but its key, its date first ("" blank): two parts are compared
                # by the columns both fill (a summary without the parties still repeats its quarters). What
                # a later copy may have settled is left out: an outcome still open (spec provisional: 化解中
                # in June's book, 已化解 in the half-year's) and the date it came with (化解日期).
                told = [
                    f.name
                    for f in spec.fields
                    if f.name in t
                    and f.name not in spec.key
                    and f.name != spec.date
                    and f.name not in spec.provisional
                    and "date" not in f.steps
                ]
                if spec.date not in t:
                    return pd.DataFrame(index=t.index)
                out = t[[spec.date, *told]].astype("string").fillna("").reset_index(drop=True)
                # What tells one record from another of its day (its parties, its own words), not its categories
                # and amounts: two committees' cases of one day, type and outcome are alike without these.
                out.attrs["telling"] = [f.name for f in spec.personal_fields if f.name in told]
                return out

            rows = table["_row"].to_numpy()
            table[KEY] = identities(text, part_of, rows, content if said else None, whole, skipped, places)
            retyped = _retyped(table, spec, persons, None if registers is None else registers[part_of])
            key = [KEY]
        else:
            key = [f.name for f in spec.fields if f.name in table]
            retyped = set()
        self._superseded(table, key, keep, status, reason)
        self._shares(spec, table, key, keep)
        self._shares_under_one_serial(spec, table, keep, status, reason, part_of, together or {})
        repeated: set = set()
        if not keyed and spec.date in table:
            # A record without a number is told by all it says: a part repeating an earlier part's records (a
            # sheet copied in its book, a log typed into two books) holds those records again, not others.
            key, repeated = [COPY], self._repeated(spec, table, key, part_of, places)
        # Copies are looked for by the key alone: taking every column of the kept records for it was a tenth of
        # settling a small kind, most of which hold no copy.
        dup = _later_copies(table, key, keep)
        if dup.any():
            candidates = table[keep]
            for name, (values, unsure) in _settled_by_copies(candidates, key, spec.provisional).items():
                table.loc[values.index, name] = values
                if unsure.any():  # copies settle it differently: which outcome holds is not known
                    table.loc[unsure[unsure].index, UNUSABLE] = _with_field(
                        table.loc[unsure[unsure].index, UNUSABLE], name
                    )
                candidates = table[keep]
            fields = [f.name for f in spec.fields if f.name in table and f.name not in key]
            for name, values in _completed_by_copies(candidates, key, fields).items():
                table.loc[values.index, name] = values
                if ABSENT in table:  # the first copy's sheet lacked the column: the copy's sheet has it
                    table.loc[values.index, ABSENT] = _without_field(table.loc[values.index, ABSENT], name)
            first = candidates[~candidates.duplicated(subset=key, keep="first")]
            first_of = {tuple(r): i for i, r in zip(first.index, first[key].itertuples(index=False))}
            counted = [f for f in spec.fields if f.name in fields and not f.personal and COUNTED_STEPS & set(f.steps)]
            # Each copy is compared through plain arrays, never a row looked up in the frame: at 6 ms a copy, a
            # system's export of 200,000 rows repeating one record had cleaned for hours.
            copies = table.index[dup]
            at = table.index.get_indexer
            said = {
                name: table[name].to_numpy(dtype=object)
                for name in dict.fromkeys(["_file", "_sheet", "_row", *(f.name for f in counted), *spec.key[:1]])
            }

            def place(p: int) -> str:  # as _place names it
                return f"{said['_file'][p]}「{said['_sheet'][p]}」第 {said['_row'][p]} 行"

            told = {"header": "、".join(spec.field(n).title for n in spec.retyped_by)}
            reasons = []
            originals = [first_of[r] for r in table.loc[copies, key].itertuples(index=False)]
            for i, j, p, q in zip(copies, originals, at(copies), at(originals), strict=True):
                where = place(q)
                # A copy typed again with a fix (the same record in two files that differ): which holds is
                # not known, so the field is left out of the kept record's figures, never the file read first.
                # An outcome still open in one copy (调解中 in September's book, 调解成功 in October's) is the
                # other copy's progress, settled above, never a disagreement.
                differ = [
                    f
                    for f in counted
                    if _differs(said[f.name][q], said[f.name][p])
                    and not {said[f.name][q], said[f.name][p]} & set(spec.provisional.get(f.name, ()))
                ]
                if differ:  # the error stands on the kept record, whose figures lack the field, naming the copy
                    marked = table.at[j, UNUSABLE] if isinstance(table.at[j, UNUSABLE], str) else ""
                    names = [n for n in marked.split(",") if n]
                    table.at[j, UNUSABLE] = ",".join(dict.fromkeys([*names, *(f.name for f in differ)]))
                    titles = "”“".join(f.title for f in differ)
                    self.issue("row.copies_differ", said["_file"][q], said["_sheet"][q], row=said["_row"][q],
                               detail=place(p), header=titles)  # fmt: skip
                # Numbered otherwise, it was told by all it says (a list sorted or typed again): said so, not 编号相同.
                renumbered = bool(spec.key) and _differs(said[spec.key[0]][q], said[spec.key[0]][p])
                code = "row.retyped_copy" if i in retyped else "row.renumbered_copy" if renumbered else "row.duplicate"
                code = "row.repeated_copy" if i in repeated else code
                self.issue(code, said["_file"][p], said["_sheet"][p], row=said["_row"][p], detail=where,
                           **(told if i in retyped else {}))  # fmt: skip
                reasons.append(f"与{where}是同一条记录")
            reason[copies] = reasons
            keep[dup] = False
            status[dup] = "duplicate"
        self._count(table, status)
        if COPY in table:  # a drop of no column still built the frame again
            table = table.drop(columns=COPY)
        # Nothing left out (most kinds of most folders): no selection of every column, twice.
        everything = keep.all()
        left_out = table.iloc[:0] if everything else table[~keep]
        left_out = left_out.reset_index(drop=True)
        # Columns of Python objects, as before (an array of texts assigned as it is would be inferred as text).
        self.excluded[kind] = left_out.assign(
            _status=pd.Series(status[~keep], index=left_out.index, dtype=object),
            _reason=pd.Series(reason[~keep], index=left_out.index, dtype=object),
        )
        return table.reset_index(drop=True) if everything else table[keep].reset_index(drop=True)

    @staticmethod
    def _repeated(spec: LedgerSpec, table: pd.DataFrame, fields: list[str], part_of, places) -> set:
        """For a kind without a key: each record's identity in table[COPY] (what it says in every field where it fills
        them all, as before; else its row), a record of a part repeating an earlier part taking the identity of the
        earlier record saying all it says (fzlib.ingest.keys.repeated); and the rows so taken."""
        told = [spec.date, *(f for f in fields if f != spec.date)]
        cells = table[told].astype("string").fillna("").reset_index(drop=True)
        earlier = repeated(cells, np.asarray(part_of), places)
        whole = table[fields].notna().all(axis=1).to_numpy()
        said = np.array(["\x1f".join(r) for r in cells.itertuples(index=False)] or [], dtype=object)
        own = np.where(whole, said, np.array([f"#{i}" for i in range(len(table))], dtype=object))
        table[COPY] = own[earlier]
        return set(table.index[earlier != np.arange(len(table))])

    def _shares(self, spec: LedgerSpec, table: pd.DataFrame, key: list[str], keep: np.ndarray) -> None:
        """Rows of one record in one sheet (one key) naming different persons of a field that `shares` amounts (a
        case's 调解员 a row each, its 以案定补 split between them): each row holds its person's share, so the record's
        amount is the sum over its persons (a person listed twice is a copy, counted once), set on every row of it
        before one copy is kept. A share that cannot be read leaves the record's amount unknown, never lower."""
        if not spec.key:
            return
        for f in spec.fields:
            amounts = [a for a in f.shares if a in table]
            if not amounts or f.name not in table:
                continue
            # Two persons in one record need two persons among the kept records: most tables name one or none
            # (the field's column absent), and grouping them cost a tenth of settling a small kind.
            named = keep & table[f.name].notna()
            if table.loc[named, f.name].nunique() < 2:
                continue
            rows = table[named & table[key].notna().all(axis=1)]
            group = [rows["_file"], rows["_sheet"], *(rows[k] for k in key)]
            persons = rows.groupby(group, sort=False, dropna=False)[f.name].transform("nunique")
            shared = rows[persons > 1]
            if shared.empty:
                continue
            # Each record's rows by a number of their own; one row per person (a person listed twice is a copy).
            record = shared.groupby(["_file", "_sheet", *key], sort=False, dropna=False).ngroup()
            person = ~shared.assign(_record=record).duplicated(subset=["_record", f.name])
            for amount in amounts:
                values = shared[amount].astype("Float64")
                marked = shared[UNUSABLE].fillna("").str.split(",").map(lambda n, a=amount: a in n).astype(bool)
                total = values[person].groupby(record[person]).sum()
                unknown = (values.isna() | marked)[person].groupby(record[person]).any()
                known = ~record.map(unknown).to_numpy(dtype=bool)
                table.loc[shared.index, amount] = record.map(total).where(known, pd.NA).to_numpy()
                if not known.all():
                    at = shared.index[~known]
                    table.loc[at, UNUSABLE] = _with_field(table.loc[at, UNUSABLE].fillna(""), amount)
            titles = "”“".join(spec.field(a).title for a in amounts)
            for (file, sheet), at in shared["_row"].groupby([shared["_file"], shared["_sheet"]]):
                self.issue("sheet.shares_summed", file, sheet, header=spec.field(f.name).title, value=titles,
                           detail=_rows_by_record(at, record[at.index]))  # fmt: skip

    def _shares_under_one_serial(self, spec: LedgerSpec, table, keep, status, reason, part_of, together) -> None:
        """A kind without a key: rows under one 序号 (merged down, or typed again on each row) naming different
        persons of a field that `shares` amounts (a 法律明白人 session entered a row per village attending, its number,
        date and theme merged over them, each row its village's 参训人数) are one record, whose amounts are the sum of its rows; the first row
        is kept, the others set aside with the note of shares summed. Rows numbered each by its own 序号 stay
        records of their own: the same theme held in two villages on one day may be two sessions."""
        if spec.key or not together:
            return
        rows = table["_row"].to_numpy()
        top = [together.get(int(p), {}).get(int(r)) for p, r in zip(part_of, rows)]
        group = pd.Series([f"{p}:{t}" if t is not None else pd.NA for p, t in zip(part_of, top)], index=table.index)
        for f in spec.fields:
            amounts = [a for a in f.shares if a in table]
            if not amounts or f.name not in table:
                continue
            grouped = keep & group.notna() & table[f.name].notna()
            if not grouped.any():  # no row left to group (each set aside): an empty frame's agg is no Series
                continue
            persons = table.loc[grouped, f.name].groupby(group[grouped], sort=False).transform("nunique")
            # The rows say the same of everything else (merged, or typed again): rows merely numbered together
            # that hold sessions of their own (another date, another theme) stay records.
            said = [g.name for g in spec.fields if g.name in table and g.name != f.name and g.name not in amounts]
            text = table.loc[grouped, said].astype("string").fillna("").agg("\x1f".join, axis=1)
            alike = text.groupby(group[grouped], sort=False).transform("nunique") == 1
            shared = persons[(persons > 1) & alike].index
            if shared.empty:
                continue
            record = group[shared]
            person = ~table.loc[shared, f.name].groupby(record, sort=False).transform(lambda s: s.duplicated()).astype(
                bool
            )
            for amount in amounts:
                values = table.loc[shared, amount].astype("Float64")
                marked = table.loc[shared, UNUSABLE].fillna("").str.split(",").map(lambda n, a=amount: a in n)
                total = values[person].groupby(record[person]).sum()
                unknown = (values.isna() | marked.astype(bool))[person].groupby(record[person]).any()
                known = ~record.map(unknown).to_numpy(dtype=bool)
                table.loc[shared, amount] = record.map(total).where(known, pd.NA).to_numpy()
                if not known.all():
                    at = shared[~known]
                    table.loc[at, UNUSABLE] = _with_field(table.loc[at, UNUSABLE].fillna(""), amount)
            later = pd.Series(record.duplicated().to_numpy(), index=shared)
            later = later[later].index
            keep[later] = False
            status[later] = "record_row"
            reason[later] = f"与上一行同一序号（合并单元格），按“{spec.field(f.name).title}”分行登记，已合并为一条记录"
            titles = "”“".join(spec.field(a).title for a in amounts)
            at_rows = table.loc[shared, "_row"]
            for (file, sheet), at in at_rows.groupby([table.loc[shared, "_file"], table.loc[shared, "_sheet"]]):
                self.issue("sheet.shares_summed", file, sheet, header=spec.field(f.name).title, value=titles,
                           detail=_rows_by_record(at, record[at.index]))  # fmt: skip

    def _superseded(self, table: pd.DataFrame, key: list[str], keep: np.ndarray, status, reason) -> None:
        """Submissions of a record that a later submission of the same record in the same form export
        replaces: the clerk sent the record again to correct it, and the system says which came last.
        Copies without a submission time, or in different files, are left to the copies' rules."""
        if not self.submitted or not keep.any():
            return
        when = pd.Series(pd.NaT, index=table.index, dtype="datetime64[ns]")
        for (file, sheet), stamps in self.submitted.items():
            at = table.index[(table["_file"] == file) & (table["_sheet"] == sheet)]
            if len(at):
                when[at] = stamps.reindex(table.loc[at, "_row"]).to_numpy(dtype="datetime64[ns]")
        timed = keep & when.notna() & table[key].notna().all(axis=1)
        if not timed.any():
            return
        group = table.loc[timed, ["_file", "_sheet", *key]]
        by = when[timed].groupby([group[c] for c in group.columns], sort=False, dropna=False)
        last, latest = by.transform("max"), by.transform("idxmax")
        for i in (when[timed] < last).pipe(lambda s: s[s].index):
            j = latest[i]
            place = _place(table, j)
            self.issue("row.resubmitted", table.at[i, "_file"], table.at[i, "_sheet"], row=table.at[i, "_row"],
                       detail=place)  # fmt: skip
            reason[i] = f"被{place}再次提交的同一记录取代"
            keep[i] = False
            status[i] = "duplicate"

    def _count(self, table: pd.DataFrame, status: np.ndarray) -> None:
        """Record in the manifest what became of each sheet's rows (a row giving several records,
        as a wide log's does, counts once, by its best record)."""
        files, sheets = table["_file"].to_numpy(dtype=object), table["_sheet"].to_numpy(dtype=object)
        rows, states = table["_row"].to_numpy(), status
        unusable = (table[UNUSABLE].fillna("") != "").to_numpy(dtype=bool)
        if self._melted:  # one entry per sheet row: its best status, unusable if any record of it is
            rank = {s: i for i, s in enumerate(_STATUS_ORDER)}
            best: dict[tuple, tuple[object, bool]] = {}
            for key, state, bad in zip(zip(files, sheets, rows), states, unusable):
                was, was_bad = best.get(key, (None, False))
                if was is None or rank.get(state, len(rank)) < rank.get(was, len(rank)):
                    was = state
                best[key] = (was, was_bad or bool(bad))
            keys = list(best)
            files, sheets = np.array([k[0] for k in keys], dtype=object), np.array([k[1] for k in keys], dtype=object)
            rows = np.array([k[2] for k in keys], dtype=object)
            states = np.array([st for st, _ in best.values()], dtype=object)
            unusable = np.array([b for _, b in best.values()], dtype=bool)
        # Plain counts over the columns' arrays: pandas' groupby and crosstab cost more on the small
        # tables most runs have, and no less on large ones.
        counts: dict[tuple, Counter] = {}
        for key, n in Counter(zip(files, sheets, states)).items():
            counts.setdefault(key[:2], Counter())[key[2]] = n
        kept = states == "kept"
        # Few rows are flagged: look at the kept rows with such a row number only.
        maybe = np.flatnonzero(kept & np.isin(rows, [r for _, _, r in self.flagged]))
        flagged_counts = Counter(
            (files[i], sheets[i]) for i in maybe if (files[i], sheets[i], int(rows[i])) in self.flagged
        )
        unusable_rows = Counter(zip(files[kept & unusable], sheets[kept & unusable]))
        for entry in self.files:
            for info in entry["sheets"]:
                k = (entry["file"], info["sheet"])
                if k in counts:
                    row = counts[k]
                    info["kept"] = info.get("kept", 0) + int(row.get("kept", 0))
                    excluded = info.get("excluded") or {}
                    info["excluded"] = {
                        s: int(excluded.get(s, 0)) + int(row.get(s, 0)) for s in ("error", "out_of_year", "duplicate")
                    }
                    # Rows of another matter (spec not_records) are named only where a register holds them.
                    if n_other := int(excluded.get("other_matter", 0)) + int(row.get("other_matter", 0)):
                        info["excluded"]["other_matter"] = n_other
                    # Rows going on with the record above (sheet.record_rows): named only where a sheet has them.
                    if n_rows := int(excluded.get("record_row", 0)) + int(row.get("record_row", 0)):
                        info["excluded"]["record_row"] = n_rows
                    info["flagged"] = info.get("flagged", 0) + int(flagged_counts.get(k, 0))
                    info["unusable"] = info.get("unusable", 0) + int(unusable_rows.get(k, 0))

    def compare_statistics(self, tables: dict[str, pd.DataFrame]) -> list[dict]:
        """Statistics tables against the records: a kind with records is counted from them, and a
        figure a statistics table states differently is a warning naming both numbers."""
        stated = statistics.completed(
            statistics.combine(statistics.rest_apart(self.statements, self.specs)), self.specs
        )
        named: set[tuple[str, str]] = set()
        for s in stated:
            if s.kind not in tables or s.value is None:
                continue
            records = tables[s.kind]
            if s.villages:
                # Villages' forms beside the kind's records: compared with those villages' records. Villages no
                # record is of (a form sent instead of a register) leave the town's counts unknown: the other
                # villages' records alone are not the town's figure, nor is the form compared with them.
                mine = pd.Series(False, index=records.index)
                for village in s.villages:
                    mine |= statistics.of_part(records, village)
                records = records[mine]
                if records.empty:
                    s.part = "、".join(s.villages)
                    if (s.file, s.kind) not in named:
                        named.add((s.file, s.kind))
                        self.issue("statistics.part_only", s.file, s.sheet, cell=s.cell,
                                   detail=s.part, header=self.specs[s.kind].title)  # fmt: skip
                    continue
            counted = statistics.record_value(self.specs[s.kind], s.figure, records)
            if counted is None or abs(counted - s.value) <= 1e-6:
                continue
            if "_file" in records and (own := records[records["_file"] == s.file]).shape[0] < len(records):
                # A summary of its own book's records (a 数据透视表 beside the register it counts) says nothing of the
                # other files' records: told "统计表为 4，按记录为 9，补上漏登的记录", the office had nothing to add.
                mine = statistics.record_value(self.specs[s.kind], s.figure, own) if len(own) else None
                if mine is not None and abs(mine - s.value) <= 1e-6:
                    continue
            # A total over parts (a 汇总表's row per committee) stating more than the records, some of its parts with a
            # count and no record at all: a part's register was not handed over (the 镇调委会's, kept in the 司法所),
            # and the records are no whole. The figure is unknown, the parts named; the records' sum is not the town's.
            missing = [
                p for p, v in s.parts if v > 0 and not statistics.of_part(records, statistics.part_name(p)).any()
            ]
            if counted < s.value and missing and len(missing) < len(s.parts):
                s.missing_parts = "、".join(dict.fromkeys(missing))
                self.issue("statistics.parts_missing", s.file, s.sheet, cell=s.cell,
                           header=_figure_title(self.specs[s.kind], s.figure), value=s.missing_parts,
                           detail=f"统计表为 {_num(s.value)}，按记录为 {_num(counted)}")  # fmt: skip
                continue
            # Records of a span of the year only (a register begun in October) beside a form of the year: the form's
            # is the year's figure, the records no year's count (fzlib/indicators/figures.py).
            left_out, _ = statistics.records_short_of_year(self.files, s.kind)
            if left_out:
                kept = statistics.months_said([m for m in range(1, 13) if m not in left_out])
                self.issue("statistics.records_partial", s.file, s.sheet, cell=s.cell,
                           header=_figure_title(self.specs[s.kind], s.figure), value=kept,
                           detail=f"统计表为 {_num(s.value)}，按记录为 {_num(counted)}")  # fmt: skip
                continue
            # Records holding only what was claimed (申报金额) beside a table of what was approved (审核金额): the
            # approved overrules them; any other difference is named and the records stand.
            s.overrules = self._claims_only(s)
            self.issue(
                "statistics.preferred" if s.overrules else "statistics.differs",
                s.file,
                s.sheet,
                cell=s.cell,
                header=_figure_title(self.specs[s.kind], s.figure),
                detail=f"统计表为 {_num(s.value)}，按记录为 {_num(counted)}",
            )
        return [s.as_dict() for s in stated]

    def _claims_only(self, s: statistics.Statement) -> bool:
        """Whether a statement under preferred titles (审核金额) sums a field the kind's records hold only under
        titles its spec does not prefer (申报金额 in every table of the kind)."""
        g = next((g for g in self.specs[s.kind].figures if g.name == s.figure), None)
        field_name = g.arg if g is not None and g.op == "sum" else None
        return (
            s.preferred
            and field_name in self.unpreferred.get(s.kind, set())
            and field_name not in self.preferred_seen.get(s.kind, set())
        )

    def _without_blank_templates(self, parts: list[SheetPart]) -> list[SheetPart]:
        """The parts, less those of a file named as a template (模板, 样表) that holds no record at all: a
        blank template copied among the ledgers says nothing of the year (its kinds' figures stay unknown,
        never 0). Named; a ledger kept with no record is the same file named without 模板."""
        empty: dict[str, bool] = {}
        for part in parts:
            empty[part.file] = empty.get(part.file, True) and len(part.raw) == 0
        blank = {f for f, none in empty.items() if none and _TEMPLATE_NAME.search(Path(f).stem)}
        for file in sorted(blank):
            titles = sorted({self.specs[p.kind].title for p in parts if p.file == file})
            self.issue("file.blank_template", file, detail="、".join(titles))
        return [p for p in parts if p.file not in blank]

    def _without_earlier_saves(self, parts: list[SheetPart]) -> list[SheetPart]:
        """The parts, less those of an earlier save of a book beside its later one. Two files whose names differ only
        by a copy mark (`saved_again`: 台账.xlsx and 台账(1).xlsx, a chat app's second receipt a few days later)
        holding records of one kind: where every record of one is among the other's (what `_records_said`, as a
        multiset; a record the other struck through, marked void or replaced by a 更正 row it still holds), the
        smaller is an earlier save, set aside with a note (file.earlier_save) and counted 0 times, as a byte copy or a
        file superseded by its name is; its own issues are the later save's again and are dropped. Where neither holds
        the other both are read, and an error names the two (file.saves_differ): two saves edited apart, which one the
        office keeps is not known, and their records are never silently added together. Books of statistics only
        (a form's figures, no record) are compared alike, figure by figure (`_forms_saved_again`)."""
        by_file: dict[str, list[SheetPart]] = {}
        for part in parts:
            by_file.setdefault(part.file, []).append(part)
        aside: dict[str, tuple[str, int]] = {}  # an earlier save → (its later save, the records the later adds)
        differ: list[tuple[str, str]] = []
        aside |= self._forms_saved_again(set(by_file))
        for group in saved_again(list(by_file)):
            try:
                said = {f: self._records_said(by_file[f]) for f in group}
            except Exception:  # a defect met comparing: both read, and named, as saves that may add up twice
                if os.environ.get("FZLIB_DEBUG"):
                    raise
                differ.extend((f, group[0]) for f in group[1:])
                continue
            size = {f: sum(len(at) for at in said[f].values()) for f in group}
            # The save holding most records first; of equals, the one whose name says least of being a copy.
            latest, *others = sorted(group, key=lambda f: (-size[f], copy_named(f), len(f), f))
            # Rows the later save corrected (struck through, marked void, replaced by a 更正 row) it still holds.
            corrected = {(p.sheet, row) for p in by_file[latest] for row, _ in p.skipped}
            for other in others:
                if not size[other] or not said[other].keys() & said[latest].keys():
                    continue  # nothing of its own, or other ledgers under one name: no save of the other
                held, more = True, 0
                for kind, at in said[other].items():
                    theirs = said[latest].get(kind, {})
                    for record, places in at.items():
                        missing = len(places) - len(theirs.get(record, ()))
                        held &= missing <= 0 or sum(place in corrected for place in places) >= missing
                    more += sum(max(len(places) - len(at.get(r, ())), 0) for r, places in theirs.items())
                if held:
                    aside[other] = (latest, more)
                else:
                    differ.append((other, latest))
        if not aside and not differ:
            return parts
        # What reading an earlier save noted is noted of its later save again: only what is said of the file stays.
        self.issue_rows = [r for r in self.issue_rows if r["file"] not in aside or r["code"].startswith("file.")]
        self.flagged = {k for k in self.flagged if k[0] not in aside}
        for file in aside:
            self.unlisted.pop(file, None)
        self.statements = [s for s in self.statements if s.file not in aside]
        rows = Counter()
        for part in (p for p in parts if p.file in aside):
            rows[part.file, part.sheet] += int(part.raw.index.nunique())
        for entry in (e for e in self.files if e["file"] in aside):
            later, more = aside[entry["file"]]
            entry["earlier_save_of"] = later
            for info in entry["sheets"]:
                if n := rows.get((entry["file"], info["sheet"])):
                    excluded = info.setdefault("excluded", {})
                    excluded["duplicate"] = excluded.get("duplicate", 0) + n
            self.issue("file.earlier_save", entry["file"], detail=str(more), expected=later)
        for file, other in differ:
            self.issue("file.saves_differ", file, detail=other)
        return [p for p in parts if p.file not in aside]

    def _forms_saved_again(self, with_records: set[str]) -> dict[str, tuple[str, int]]:
        """Earlier saves of a book of statistics only (矛盾纠纷统计季报.xlsx kept to the third quarter beside
        季报(1).xlsx of the whole year) → (the later save, the figures it states more). Two files whose names differ
        only by a copy mark, neither holding records, stating figures of one kind: where every figure one states (its
        kind, figure, period, village, 本期 or 累计, and value; a form's cells move as rows are added) the other states
        too, the smaller is the earlier save. Where neither holds the other, each figure they state differently is
        withheld already, never the two added (`statistics.combine`: two files stating it differently, no period to
        tell them by); an error names the two (file.form_saves_differ), for the office to keep the save it sent last.
        Files also holding records are compared by their records (`_without_earlier_saves`)."""
        said: dict[str, Counter] = {}
        for s in self.statements:
            if s.file not in with_records:
                value = None if s.value is None or s.value != s.value else float(s.value)  # NaN is no value
                key = (s.kind, s.figure, s.period, s.part, s.cumulative, s.stock, value, s.problem)
                said.setdefault(s.file, Counter())[key] += 1
        aside: dict[str, tuple[str, int]] = {}
        for group in saved_again(list(said)):
            size = {f: sum(said[f].values()) for f in group}
            latest, *others = sorted(group, key=lambda f: (-size[f], copy_named(f), len(f), f))
            figures = {key[:2] for key in said[latest]}
            for other in others:
                if not figures & {key[:2] for key in said[other]}:
                    continue  # forms of other kinds under one name: no save of the other
                if said[other] <= said[latest]:
                    aside[other] = (latest, size[latest] - size[other])
                else:
                    self.issue("file.form_saves_differ", other, detail=latest)
        return aside

    def _records_said(self, parts: list[SheetPart]) -> dict[str, dict[tuple, list[tuple[str, int]]]]:
        """Per kind, what each record of the parts says once cleaned, every field it fills (a blank and a column the
        sheet lacks alike) → where each record saying it is (sheet, Excel row): two saves of a book compared record by
        record, in whatever order."""
        out: dict[str, dict[tuple, list[tuple[str, int]]]] = {}
        for part in parts:
            spec = self.specs[part.kind]
            raw = part.raw.reindex(columns=[f.name for f in spec.fields if f.name in part.raw])
            values, _, _ = clean_fields(
                raw,
                spec,
                self.year,
                dict(part.scales),
                part.year,
                self.options["range_quantity"],
                dict(part.legends),
                part.date1904,
            )
            cells = values[[c for c in values.columns if not str(c).startswith("_")]].astype("string").fillna("")
            names = list(cells.columns)
            # A row with neither the date nor the number that place a record (a line of the row above, left where
            # the record was not yet entered) is no record of the save: the screen leaves it out.
            placing = {n for n in (spec.date, *spec.key) if n} & set(names)
            said = out.setdefault(part.kind, {})
            for at, row in zip(part.raw.index, cells.itertuples(index=False)):
                record = tuple((n, v) for n, v in zip(names, row) if v)
                if record and (not placing or any(n in placing for n, _ in record)):
                    said.setdefault(record, []).append((part.sheet, int(at)))
        return out

    def _year_check(self, screened: dict[str, tuple[pd.DataFrame, np.ndarray]]) -> None:
        """Most of the folder's dated records of another year, in files holding none of this year's: the
        likely mistake (a wrong --year, last year's folder), named once. A ledger kept over several years
        (a sheet since 2021, a sheet per year) holds this year's records among the others: its other years
        are no sign of a mistake."""
        # Each table's distinct files, not its every record's (an Arrow column made a Python string per record).
        current = {
            f
            for table, s in screened.values()
            for f in table["_file"][~np.isin(s, ["out_of_year", "duplicate", "record_row"])].unique()
        }
        total = sum(int((~np.isin(s, ["duplicate", "record_row"])).sum()) for _, s in screened.values())
        out = sum(
            int(((s == "out_of_year") & ~table["_file"].isin(current).to_numpy(dtype=bool)).sum())
            for table, s in screened.values()
        )
        if total >= WRONG_YEAR_MIN_ROWS and out > 0.5 * total:
            years = Counter()
            for e in self.files:
                for y in (e.get("wrong_year") or {}).values():
                    years[y] += 1
            likely = years.most_common(1)[0][0] if years else None
            self.issue(
                "year.mostly_other",
                "（整个文件夹）",
                detail=f"{out}/{total}条记录不属于{self.year}年" + (f"，多为{likely}年" if likely else ""),
            )

    def run(self, progress=None) -> YearResult:
        self.read_all(progress)
        if self.own_params:
            self._name_unmatched_params()
        self.parts = self._without_blank_templates(self.parts)
        self.parts = self._without_earlier_saves(self.parts)
        by_kind: dict[str, list[SheetPart]] = {}
        for part in self.parts:
            by_kind.setdefault(part.kind, []).append(part)
        by_kind = {kind: self._own_towns_parts(parts) for kind, parts in by_kind.items()}
        by_kind = {kind: parts for kind, parts in by_kind.items() if parts}
        screened, part_index, numbering, together, registers = {}, {}, {}, {}, {}
        for kind, parts in sorted(by_kind.items()):
            found = self.screen_safely(kind, parts)
            if found is not None:
                screened[kind], used = found
                part_index[kind] = np.repeat(np.arange(len(used)), [len(p.raw) for p in used])
                # What tells a part's numbering apart: rows it runs through that are no records, the village its
                # sheet is named after, else its file (晨光村台账.xlsx and 广怀村台账.xlsx, each numbered from 1 and
                # screened on the same days, are two villages' disputes, never copies of one another).
                numbering[kind] = (
                    {i: p.skipped for i, p in enumerate(used) if p.skipped},
                    {
                        i: v
                        for i, p in enumerate(used)
                        if (v := towns.village_of_sheet(p.sheet) or towns.village_of_file(p.file))
                    },
                )
                together[kind] = {i: dict(p.together) for i, p in enumerate(used) if p.together}
                registers[kind] = np.array([p.register for p in used], dtype=int)
        # A person named in one ledger is masked in the free text of every ledger of the year.
        names = frozenset().union(
            *(
                personal_names(t, {f.name: f.personal for f in self.specs[k].personal_fields})
                | people_among_choices(t, self.specs[k].fields)
                for k, (t, *_) in screened.items()
            )
        )
        tables = {
            kind: self.settle_kind(
                kind,
                *parts,
                names,
                part_index[kind],
                *numbering[kind],
                together=together[kind],
                registers=registers[kind],
            )
            for kind, parts in screened.items()
        }
        self._refuse_wrong_year_kinds(by_kind)
        self._year_check({k: (t, s) for k, (t, _, s, _) in screened.items()})
        stated = self.compare_statistics(tables)
        # The one exit: every name and text below leaves the raw folder through `out`.
        out = Outbound(names, towns.villages_named(self.files, tables.values()))
        out.name_files(self.files)
        tables = {kind: self.outward(kind, table, out) for kind, table in tables.items()}
        excluded = {kind: self.outward(kind, table, out, counted=False) for kind, table in self.excluded.items()}
        stated = [{**st, "file": out.file(st["file"]), "sheet": out.sheet(st["file"], st["sheet"])} for st in stated]
        self._kinds_named()
        self.summarise_unlisted()
        failed = [out.file(f["file"]) for f in self.files if f.get("problem") and not f["excluded"]]
        manifest = {
            "year": self.year,
            "fzlib": __version__,
            "files": out.manifest_files(self.files),
            "kinds": {k: len(v) for k, v in tables.items()},
            "statistics": stated,
        }
        return YearResult(
            tables, issues.frame(out.issue_rows(self.issue_rows)), manifest, failed, excluded=excluded, outbound=out
        )

    def _kinds_named(self) -> None:
        """Every issue of a sheet of one recognised kind names that kind (issues.xlsx's 台账种类), wherever it was
        raised: what is said while a sheet is read (its repairs, a key typed 同上) and while its kind is screened and
        settled (a date left open, a record of another year, a copy) came before or apart from the kind, and an
        office filtering its worklist by ledger lost those rows. Done once here, not at each of the many places
        that raise an issue; an issue naming a kind of its own (another ledger kept beside the table) keeps it, and
        a sheet of several kinds (tables one under another) leaves its notes unnamed rather than guessed."""
        kinds: dict[tuple[str, str], set[str]] = {}
        for entry in self.files:
            for info in entry["sheets"]:
                said = {t["kind"] for t in info.get("tables", []) if t.get("kind")} | (
                    {info["kind"]} if info.get("kind") else set()
                )
                if said:
                    kinds.setdefault((entry["file"], info["sheet"]), set()).update(said)
        for row in self.issue_rows:
            if not row.get("kind") and len(of := kinds.get((row["file"], row.get("sheet", "")), ())) == 1:
                (row["kind"],) = of

    def screen_safely(self, kind: str, parts: list[SheetPart]):
        """screen_kind inside a boundary per file: when cleaning a kind meets a defect, the files
        that trip it are found one by one, named (file.failed), and the others cleaned together."""
        before = self._issues_state()
        try:
            with sandbox.time_limit(CLEAN_SECONDS):
                return self.screen_kind(kind, parts), parts
        except (Exception, sandbox.OverTime) as exc:
            if os.environ.get("FZLIB_DEBUG") and not isinstance(exc, sandbox.OverTime):
                raise
        failed = {}
        for file in dict.fromkeys(p.file for p in parts):
            self._restore_issues(before)
            try:
                with sandbox.time_limit(CLEAN_SECONDS):
                    self.screen_kind(kind, [p for p in parts if p.file == file])
            except sandbox.OverTime:
                failed[file] = None  # a file no kind's cleaning gets through in time: beyond a limit, as when read
            except Exception as exc:
                failed[file] = type(exc).__name__
        self._restore_issues(before)
        for entry in self.files:
            if entry["file"] in failed:
                code = "file.failed" if failed[entry["file"]] else "file.too_large"
                entry["problem"] = code
                for info in entry["sheets"]:
                    if info.get("kind") == kind:
                        info.update(problem=code, unused=info.get("records", 0))
                detail = failed[entry["file"]] or f"清洗其中的记录超过 {CLEAN_SECONDS:.0f} 秒仍未完成"
                self.issue(code, entry["file"], detail=detail)
        good = [p for p in parts if p.file not in failed]
        return (self.screen_kind(kind, good), good) if good else None

    def _issues_state(self):
        return (
            len(self.issue_rows),
            Counter(self.listed),
            {f: Counter(c) for f, c in self.unlisted.items()},
            set(self.flagged),
        )

    def _restore_issues(self, state) -> None:
        rows, listed, unlisted, flagged = state
        del self.issue_rows[rows:]
        self.listed, self.flagged = Counter(listed), set(flagged)
        self.unlisted = {f: Counter(c) for f, c in unlisted.items()}

    def summarise_unlisted(self) -> None:
        """One row per file whose issues were not all listed, counting the rest by type."""
        for entry in self.files:
            if entry["file"] in self.unlisted:
                entry["issues_not_listed"] = dict(sorted(self.unlisted[entry["file"]].items()))
        for file, counts in sorted(self.unlisted.items()):
            kinds = "，".join(f"{issues.CATALOGUE[c].label} {n:,} 项" for c, n in counts.most_common(5))
            self.issue_rows.append(
                {
                    "code": "file.issues_capped",
                    "file": file,
                    "sheet": "",
                    "detail": f"{sum(counts.values()):,} 项（{kinds}）",
                }
            )

    def outward(self, kind: str, table: pd.DataFrame, out: Outbound, counted: bool = True) -> pd.DataFrame:
        """A settled table on its way out: names of files and sheets as shown, every text column
        not already pseudonymised scanned; a field's own vocabulary words are left as they are.
        For records left out (`counted` false) the reason is shown with the names as shown too."""
        if not counted and table.empty:  # no record left out (most kinds): nothing leaves, nothing is written
            return table
        spec = self.specs[kind]
        # Pseudonyms are no text; free text was scanned by protect() with the same names.
        scanned = [f.name for f in spec.personal_fields if f.personal in ("name", "id_number", "phone", "free_text")]
        keep = {f.name: set(f.vocabulary) for f in spec.fields if f.vocabulary}
        shown = out.table(table, untouched=[*scanned, UNUSABLE, ABSENT, MONTHLESS, "_status", "_reason"], keep=keep)
        # A record's number that the scan masked (an 18-digit 案件编号 shaped like an ID number) would leave every
        # such record with one number, ［身份证号已隐去］, and a count of distinct numbers at 1: it leaves as a keyed
        # pseudonym of the whole number instead, distinct as the numbers were, nothing of it shown. Only a column the
        # scan rewrote a text of can have been masked (comparing every key column cell by cell was 3% of a small clean).
        # So does a number a figure or breakdown counts records by without being the kind's key (a 派出所's
        # 案件编号 A + 18 digits, one row per offender): eleven 告诫书 had counted as one.
        counted_by = {d for item in (*spec.figures, *spec.breakdowns) if (d := item.distinct)}
        for name in dict.fromkeys((*spec.key, KEY, *sorted(counted_by))):
            if name in out.rewritten and name in table and name in shown:
                masked = (shown[name].astype("string") != table[name].astype("string")).fillna(False).astype(bool)
                if masked.any():
                    shown[name] = shown[name].astype(object)
                    shown.loc[masked, name] = pseudonymise(table.loc[masked, name].astype("string"), prefix="NO")
                    shown[name] = shown[name].astype("string")
        if not counted:  # no figure counts these records: a hidden number needs no issue of its own
            out.numbers_hidden.clear()
            if "_reason" in shown:
                shown["_reason"] = shown["_reason"].map(out.text)
            return shown
        for hidden in out.numbers_hidden:  # removed as a phone or an ID: no figure may count the cell
            i, name = hidden.pop("index"), hidden["field"]
            shown.at[i, UNUSABLE] = ",".join(filter(None, [shown.at[i, UNUSABLE], name]))
            self.issue("cell.personal_number", **hidden, header=spec.field(name).title)
        out.numbers_hidden.clear()
        return shown

    def _refuse_wrong_year_kinds(self, by_kind: dict[str, list[SheetPart]]) -> None:
        """A kind whose every file is of another year has no record of this year to count: its
        figures are unknown, not 0 (its sheets are marked, so the figures say why)."""
        for kind, parts in by_kind.items():
            files = {p.file for p in parts}
            entries = [e for e in self.files if e["file"] in files]
            if entries and all(kind in (e.get("wrong_year") or {}) for e in entries):
                for e in entries:
                    for info in e["sheets"]:
                        if info.get("kind") == kind:
                            info.setdefault("problem", "file.wrong_year")


# Rows the clerk numbered that are no record: struck through, voided by a remark, replaced by a correction, another
# town's in a county's register. The 序号 counts through them: without them, 1 3 would not count up from 1 and the
# numbers of two sheets (each from 1) would be taken for one register's.
NUMBERED_ASIDE = ("struck", "void", "superseded", "other_town")


def _under_one_serial(table: Table, records: pd.Index) -> tuple[tuple[int, int], ...]:
    """(Excel row, Excel row of the first) of the records under one 序号: a cell merged down over two or more of
    them, or the same 序号 typed again on the records right after (1, 1, 1, 2, 2: the clerk wrote the number on each
    of its rows instead of merging; a number restarting in a later block is never next to its namesake).

    >>> from fzlib.ingest.locate import Column
    >>> t = Table(0, 1, [Column(0, ("序号",), "序号"), Column(1, ("参训单位",), "参训单位")], None, merged=[((1, 0), (3, 0))])
    >>> _under_one_serial(t, pd.Index([2, 3, 4, 5]))
    ((2, 2), (3, 2), (4, 2))
    >>> typed = pd.DataFrame({0: [1, 1, 1, 2, 3, 3]}, index=[3, 4, 5, 6, 7, 8])
    >>> _under_one_serial(replace(t, merged=[], body=typed), pd.Index([3, 4, 5, 6, 7, 8]))
    ((3, 3), (4, 3), (5, 3), (7, 7), (8, 7))
    >>> sorted_by_count = pd.DataFrame({0: [2, 3, 2, 1, 3, 1]}, index=[3, 4, 5, 6, 7, 8])
    >>> _under_one_serial(replace(t, merged=[], body=sorted_by_count), pd.Index([3, 4, 5, 6, 7, 8]))
    ((3, 3), (4, 4), (5, 3), (6, 6), (7, 4), (8, 6))
    >>> wide = pd.DataFrame({0: ["１", 1, "1", 2]}, index=[3, 4, 5, 6])
    >>> _under_one_serial(replace(t, merged=[], body=wide), pd.Index([3, 4, 5, 6]))
    ((3, 3), (4, 3), (5, 3))
    """
    serial = {c.index for c in table.columns if SERIAL_HEADERS.intersection(c.own[:1])}
    if not serial:
        return ()
    out = []
    for (r0, c0), (r1, c1) in table.merged:
        if c0 != c1 or c0 not in serial or r1 <= r0:
            continue
        inside = records[(records >= r0 + 1) & (records <= r1 + 1)]
        if len(inside) > 1:
            out += [(int(r), int(inside[0])) for r in inside]
    merged = {r for r, _ in out}
    body = table.body
    for c in sorted(serial):
        if body is None or c not in body.columns:
            continue
        rows = [int(r) for r in records if r in body.index and int(r) not in merged]
        # Read as the cleaners read a number (１ is 1): a 序号 retyped in full width on some of its rows is one 序号.
        texts = normal_texts(_as_texts(body.loc[rows, c].to_numpy())) if rows else []
        if _reordered(texts):
            # The list was sorted by another column (参训人数, 村名): a 序号's rows are no longer next to each other,
            # and no block restarts its numbers in sight. Its rows are found wherever they stand.
            top: dict[str, int] = {}
            for r, text in zip(rows, texts, strict=True):
                if text is not None:
                    top.setdefault(text, r)
            seen = Counter(t for t in texts if t is not None)
            out += [(r, top[t]) for r, t in zip(rows, texts, strict=True) if t is not None and seen[t] > 1]
            continue
        first = 0
        for i in range(1, len(rows) + 1):
            if i < len(rows) and texts[i] is not None and texts[i] == texts[first]:
                continue
            if i - first > 1 and texts[first] is not None:
                out += [(rows[j], rows[first]) for j in range(first, i)]
            first = i
    return tuple(out)


def _rows_place(rows: list[int], most: int = 10) -> str:
    """Excel rows as a message's place names them, runs joined: 第 3–5、8 行; past `most` runs, the first ones.

    >>> _rows_place([3, 4, 5, 8]), _rows_place([2, 4, 6], most=2)
    ('第 3–5、8 行', '第 2、4 行等')
    """
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    said = "、".join(str(a) if a == b else f"{a}–{b}" for a, b in runs[:most])
    return f"第 {said} 行" + ("等" if len(runs) > most else "")


def _reordered(texts: list[str | None]) -> bool:
    """Whether whole-number 序号 go down other than back to 1 (a block starting again), or go down at all in a list
    not starting at 1: the rows were sorted by another column.

    >>> _reordered(["1", "1", "2", "3", "1", "2"]), _reordered(["2", "3", "2", "1"]), _reordered(["3", "1", "2", "1"])
    (False, True, True)
    >>> _reordered(["31", "32", "33"]), _reordered(["甲", "1"])
    (False, False)
    """
    numbers = [int(t) for t in texts if t is not None and t.isdigit()]
    drops = [b for a, b in itertools.pairwise(numbers) if b < a]
    return any(b != 1 for b in drops) or bool(drops) and numbers[0] != 1


def _numbered_aside(table: Table, key) -> tuple[tuple[int, int], ...]:
    """(Excel row, number) of the table's rows set aside as NUMBERED_ASIDE whose key cell is a whole number."""
    if key is None or table.rows is None or table.reasons is None or key.index not in table.rows:
        return ()
    at = np.isin(table.reasons, NUMBERED_ASIDE)
    # A line saying a period had nothing (1 | 那良屯 | 1月份排查无矛盾纠纷（零报告）) numbered above a record holds a place
    # of the numbering as a record does: a register typed from a paper book numbered page by page reads 1 (零报告)
    # 2 3 … 20 | 1 (零报告) 2, and without it page two's 2 was taken for page one's. A numbered note under the last
    # record (a footnote 1、…) is no place of it.
    records = np.flatnonzero(np.asarray(table.reasons, dtype=object) == "")
    if len(records):
        note = np.asarray(table.reasons, dtype=object) == "note"
        at |= note & (np.arange(len(note)) < records[-1])
    if not at.any():
        return ()
    cells = pd.to_numeric(table.rows.loc[at, key.index].map(_as_text), errors="coerce")
    whole = cells[cells.notna() & (cells >= 1) & (cells % 1 == 0)]
    return tuple((int(r), int(n)) for r, n in whole.items())


def _figure_title(spec: LedgerSpec, figure: str) -> str:
    return next((g.title for g in spec.figures if g.name == figure), figure)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _close_headers(table: Table, spec: LedgerSpec, name: str) -> str | None:
    """Headers of the table that look like the missing field's, for the message (is it this one?)."""
    from fzlib.ingest.locate import norm_header
    from fzlib.ingest.recognise import similar

    f = spec.field(name)
    close = [c.display for c in table.columns if c.path and any(similar(c.leaf, norm_header(h)) for h in f.headers)]
    return "、".join(f"“{c}”" for c in close[:3]) or None


def _close_field(header: str, spec: LedgerSpec, taken: set[str]) -> str | None:
    """The field an unknown column may be (did you mean): one the table lacks, not personal, whose
    title or an alias looks like the header by what the column holds, in a unit the field is counted in; the
    closest one."""
    h = without_unit(norm_header(header))
    scored = [
        (difflib.SequenceMatcher(None, h, t).ratio(), f.name)
        for f in spec.fields
        if f.name not in taken and not f.personal and _same_units(header, f.headers)
        for t in (without_unit(norm_header(x)) for x in f.headers)
        if similar(h, t, loose=False) and _holds_alike(h, t)
    ]
    return max(scored)[1] if scored else None


def _holds_alike(header: str, title: str) -> bool:
    """Whether a header and a field's title say the column holds the same thing: one holds the other, they end
    alike, or the words after a shared start share a character. A shared start alone names the matter, not what
    is written (处罚种类 and 处罚机关: the kind of penalty is no office); offered, and accepted, it misfiles the column.

    >>> _holds_alike("处罚种类", "处罚机关"), _holds_alike("执法单位名称", "执法单位"), _holds_alike("化解结果", "化解情况")
    (False, True, False)
    >>> _holds_alike("办理状态", "办结状态"), _holds_alike("案件编码", "案件编号")
    (True, True)
    """
    if header in title or title in header or header[-2:] == title[-2:]:
        return True
    return bool(set(header[2:]) & set(title[2:]))


# A count of persons says so in its words when it has no unit in brackets (涉及人员总数, 参加人数, 人次).
_COUNTS_PERSONS = re.compile(r"人数|人次|人员总数|人员数")
# A count of what a platform keeps with a record (附件数, 照片数量): the files attached, never a count of the record's matter.
_COUNTS_ATTACHED = re.compile(r"附件|照片|图片|相片|截图")


def _same_units(header: str, titles) -> bool:
    """Whether a header's unit (工作时长（小时）: 小时; 涉及人员总数: 人) may be the field's: the field states none, or
    one sharing a character with it (件 and 件/次). Hours of work are no count of services, whatever their title
    shares with 工作量, 涉及人员总数 is no 纠纷数量, and a platform's 附件数 (the files attached) no count of anything.

    >>> _same_units("工作时长（小时）", ["数量", "数量（件/次）"]), _same_units("服务数量（件）", ["数量（件/次）"])
    (False, True)
    >>> _same_units("工作量", ["数量（件/次）"]), _same_units("补贴（元）", ["补贴金额"])
    (True, True)
    >>> _same_units("涉及人员总数", ["纠纷数量", "纠纷数量（件）"]), _same_units("参加人数", ["参训人数"])
    (False, True)
    >>> _same_units("附件数", ["纠纷数量", "纠纷件数"])
    False
    """
    if _COUNTS_ATTACHED.search(header):
        return False
    unit = unit_of(header) or ("人" if _COUNTS_PERSONS.search(header) else "")
    units = {u for u in map(unit_of, titles) if u}
    return not unit or not units or any(set(unit) & set(u) for u in units)


def join_complementary(table: Table, found, spec: LedgerSpec, year: int | None) -> list[tuple[str, object]]:
    """Counts kept in two columns, each record filling one (咨询次数 for consultations, 审查件数 for documents
    reviewed): a column no field took, whose title is close to a summed field's and whose cells are its numbers,
    filled only on records the field's column leaves blank, fills those blanks (`found.joined`). Before, the
    field's blanks counted 1 each (审查件数 of 24 read as 8). (field, column) of each column joined."""
    records = table.body  # the record rows only
    if not len(records):
        return []
    summed = {g.arg for g in spec.figures if g.op == "sum"} | {g.weight for g in spec.figures if g.weight}
    used = found.used_columns() | set(found.rivals)
    out = []
    for name, col in list(found.columns.items()):
        f = spec.field(name)
        if name not in summed or f.personal or not set(f.steps[:1]) & {"integer", "number"} or col.index not in records:
            continue
        taken = found.found() - {name}
        filled = pd.notna(_as_texts(records[col.index]))
        for other in table.columns:
            j = other.index
            if j in used or j not in records or not other.display or SUBSET_PREFIX.match(norm_header(other.display)):
                continue
            if _close_field(other.display, spec, taken) != name:
                continue
            mine = pd.notna(_as_texts(records[j]))
            # Some of its cells the field's numbers: one that cannot be read (#REF!, 约3件) is then named as the
            # field's, and the figure unknown, never its row counted 1.
            if not mine.any() or (mine & filled).any() or fits(records[j][mine], f, year) < JOINED_FIT:
                continue
            found.joined.setdefault(name, []).append(other)
            used.add(j)
            filled |= mine
            out.append((name, other))
    return out


def _close_fields(table: Table, columns, spec: LedgerSpec, taken: set[str], year: int | None) -> dict[int, str]:
    """Column index → the field an unknown column may be, as a suggestion an office can take: only
    where the column's cells fit the field (a 信访类型 of words is no 信访日期), nothing in them contradicts it
    (承办人 naming people is no 执法单位), and no other unknown column of the table looks like the same field
    (three 服务情况/… counts are not one 数量)."""
    guesses = {c.index: _close_field(c.display, spec, taken) for c in columns if c.display}
    guesses = {j: name for j, name in guesses.items() if name is not None and j in table.body}
    twice = {name for name, n in Counter(guesses.values()).items() if n > 1}
    return {
        j: name
        for j, name in guesses.items()
        if name not in twice
        and fits(table.body[j], spec.field(name), year) >= SUGGESTED_FIT
        and not ColumnContent(table.body[j], year).contradicts(spec.field(name))
    }


def _options(field, most: int = 20) -> str | None:
    """A field's allowed values, for messages: '行政许可、行政处罚、…' (long lists capped). Every vocabulary the specs
    declare is named whole (16 dispute types, 18 results of a suit): an office told 等16项 of twelve was not told of
    其他, where a type of its own the statistics have no class for is counted."""
    if "yes_no" in field.steps:
        return issues.YES_NO_CHOICES
    if not field.vocabulary:
        return None
    names = list(field.vocabulary)
    return "、".join(names[:most]) + (f" 等{len(names)}项" if len(names) > most else "")


# A cell of an unrecognised file's first row is quoted only when it reads like a title or a column
# title; anything else (a person's name, a number) is shown as "…".
_TITLE_WORDS = re.compile(
    r"表|台账|登记|统计|名单|清单|汇总|情况|序号|编号|日期|时间|名称|单位|类型|类别|金额|数量|备注|说明|合计"
)


def _digests(files: dict[str, Path]) -> dict[str, str]:
    """The SHA-256 of each non-empty file that can be read (the others are named when they are read)."""
    out = {}
    for name, path in files.items():
        try:
            if path.is_file() and path.stat().st_size and (digest := sha256(path)):
                out[name] = digest
        except OSError:
            continue
    return out


# What parts the names in one cell (王德明、李文华; 李文华与王德明; 王德明 李文华).
_NAMES_APART = re.compile(r"[、，,;；/／与和及\s]+")


def _later_copies(table: pd.DataFrame, key: list[str], keep: np.ndarray) -> np.ndarray:
    """Per record: whether it is kept and an earlier kept record has its key, filled in every column (as
    `table[key][keep].duplicated() & table[key][keep].notna().all(axis=1)`, on the table's positions). Each key
    column is numbered by pandas' factorize, as `duplicated` numbers it, without the frames of the kept records.

    >>> t = pd.DataFrame({"a": ["x", "x", "y", None, None, "x"], "b": [1, 1, 1, 2, 2, 1]})
    >>> _later_copies(t, ["a", "b"], np.array([True, True, True, True, True, False])).tolist()
    [False, True, False, False, False, False]
    """
    kept = np.flatnonzero(keep)
    numbers = np.stack([pd.factorize(table[k].array.take(kept))[0] for k in key], axis=1)
    filled = (numbers >= 0).all(axis=1)  # a blank (NA) is numbered -1
    out = np.zeros(len(table), dtype=bool)
    if filled.sum() < 2:
        return out
    at = kept[filled]
    _, first = np.unique(numbers[filled], axis=0, return_index=True)
    out[at] = True
    out[at[first]] = False
    return out


def _persons(table: pd.DataFrame, spec: LedgerSpec) -> dict[str, np.ndarray]:
    """For each personal field of spec `retyped_by`, the names each cell holds, in one order and joined alike: a
    clerk re-typing a record writes its parties in another order or joined otherwise (李文华与王德明). An array per
    field on the table's positions, None for a blank cell.

    >>> from fzlib.spec import FieldSpec
    >>> spec = LedgerSpec("k", "t", (FieldSpec("who", "当事人", personal="name"),), retyped_by=("who",))
    >>> _persons(pd.DataFrame({"who": [" 王德明、李文华", "李文华与王德明\u3000", None, "  "]}), spec)["who"].tolist()
    ['李文华 王德明', '李文华 王德明', None, '']
    """
    out = {}
    for f in spec.personal_fields:
        if f.name in spec.retyped_by and f.name in table:
            # The spaces around a cell need no stripping: the names are split apart at spaces, and none is empty.
            text = table[f.name].astype("string").to_numpy(dtype=object, na_value=None)
            out[f.name] = np.array(
                [" ".join(sorted(n for n in _NAMES_APART.split(t) if n)) if t is not None else None for t in text],
                dtype=object,
            )
    return out


def _retyped(
    table: pd.DataFrame,
    spec: LedgerSpec,
    persons: dict[str, np.ndarray] | None = None,
    registers: np.ndarray | None = None,
) -> set:
    """Records of another file saying what an earlier record says in every field of spec `retyped_by` (its date,
    its parties' names, its category) take that record's identity, where one of the two is numbered by a bare 序号
    (or not at all): a village's dispute listed again in the town's register under the town's own number is one
    dispute, and so is one carried over from a former township's sheet into the merged town's under a new 编号, or
    one still open (spec `provisional`) in a half-year's book carried into the next under a number of its own. The
    rows so joined are returned. Two documents' own numbers (杏调1号, 镇调1号) stay apart, and so do two rows of one
    register (it lists a matter once; two rows are two matters): a sheet, or one of the tables stacked in it
    (`registers`, per row: SheetPart.register).

    >>> spec = LedgerSpec("k", "t", (), key=("no",), retyped_by=("on", "who"))
    >>> t = pd.DataFrame({"no": ["1", "WC-7", "WC-8", "2"], "on": ["d1", "d1", "d2", "d2"], "who": ["P-a", "P-a", "P-b", "P-b"],
    ...                   "_file": ["村.xlsx", "镇.xlsx", "镇.xlsx", "镇.xlsx"], KEY: ["k1", "WC-7", "WC-8", "k4"]})
    >>> sorted(_retyped(t, spec)), t[KEY].tolist()
    ([1], ['k1', 'k1', 'WC-8', 'k4'])
    """
    fields = list(spec.retyped_by)
    if not fields or not spec.key or not all(f in table for f in [*fields, spec.key[0], "_file", KEY]):
        return set()
    # A field filled in fewer than two records (a column the table does not have): no two records say all of it.
    if min(int(table[f].count()) for f in fields) < 2:
        return set()
    # Each field's cells as text in an array of its own (None blank): a frame of them, and its masks, were most of
    # the cost of this step in a small table. The names as a set, not as typed (see `_persons`).
    persons = persons or {}
    cells = [
        persons[f] if f in persons else table[f].astype("string").to_numpy(dtype=object, na_value=None) for f in fields
    ]
    full = np.ones(len(table), dtype=bool)
    for said in cells:  # compared cell by cell in C: None is no text, nor is ""
        full &= np.not_equal(said, None) & (said != "")
    if int(full.sum()) < 2:
        return set()
    number = table[spec.key[0]].astype("string")
    bare = (number.isna() | number.str.fullmatch(r"\d+")).fillna(True).to_numpy(dtype=bool)
    # A record still open (spec `provisional`: 化解中) at the end of its sheet's period is carried over into the next
    # period's sheet or book, where it may take a number of that book's own (杏司纠〔2024〕3号 → 〔2024〕11号): said alike
    # in every `retyped_by` field, the later row is that record whatever the numbers.
    open_ = np.zeros(len(table), dtype=bool)
    for name, values in spec.provisional.items():
        if name in table:
            open_ |= table[name].isin(values).fillna(False).to_numpy(dtype=bool)
    # A register is a sheet: a book kept a sheet per period or per keeper (a township's January–June beside the
    # merged town's July–December) lists a case still open in one sheet again in the next under a number of its own.
    # Two rows naming different places (spec `retyped_apart_by`: 村民小组 贺闷组 and 弄贺一组) are two records; a place
    # written longer in one of them (等嘎村 and 等嘎村委会) is still the one place.
    apart = [
        table[f].astype("string").str.strip().to_numpy(dtype=object, na_value="")
        for f in spec.retyped_apart_by
        if f in table
    ]

    def elsewhere(j: int, pos: int) -> bool:
        return any(
            place[j] and place[pos] and place[j] not in place[pos] and place[pos] not in place[j] for place in apart
        )

    file_of = table["_file"].to_numpy(dtype=object)
    sheet_of = table["_sheet"].to_numpy(dtype=object, na_value="") if "_sheet" in table else np.full(len(table), "")
    keys = table.columns.get_loc(KEY)
    # What a record says → its records so far, each with the sheets holding a copy of it: a row joins the first
    # such record no row of its own sheet has joined (one sheet's two rows are two matters, each met once).
    seen: dict[str, list[tuple[int, set]]] = {}
    joined: set = set()
    at = np.flatnonzero(full)
    # Only the rows saying all of it are joined into their text and their sheet's name.
    saying = map("\x1f".join, zip(*(said[at] for said in cells)))
    register_of = np.zeros(len(table), dtype=int) if registers is None else registers
    files = {pos: f"{file_of[pos]}\x1f{sheet_of[pos]}\x1f{register_of[pos]}" for pos in at}
    for pos, said in zip(at, saying):
        records = seen.setdefault(said, [])
        j = next(
            (
                j
                for j, held in records
                if files[pos] not in held and (bare[j] or bare[pos] or open_[j]) and not elsewhere(j, pos)
            ),
            None,
        )
        theirs = table.iat[j, keys] if j is not None else None
        if j is None or not isinstance(theirs, str):
            records.append((pos, {files[pos]}))
            continue
        next(held for k, held in records if k == j).add(files[pos])
        if table.iat[pos, keys] != theirs:  # not already one record (a copy renumbered, see keys.identities)
            table.iat[pos, keys] = theirs
            joined.add(table.index[pos])
    return joined


def _copies(digests: dict[str, str]) -> dict[str, str]:
    """Files identical to the byte to another (台账 - 副本.xlsx, 台账(1).xlsx) → the file they copy:
    of a group, the one whose name says least of being a copy is the original."""
    groups: dict[str, list[str]] = {}
    for name, digest in digests.items():
        groups.setdefault(digest, []).append(name)
    copies = {}
    for names in groups.values():
        original = min(names, key=lambda n: (copy_named(n), len(n), n))
        copies.update({n: original for n in names if n != original})
    return copies


def saved_again(names: list[str]) -> list[list[str]]:
    """Files of one folder whose names differ only by copy marks (fzlib/specs/corrections.yaml `copy_marks`: 台账.xlsx,
    台账(1).xlsx, 台账 - 副本.xlsx, 复件 台账.xlsx, 台账（新）.xlsx): the saves of one book, each group in name order.

    >>> saved_again(["a/台账.xlsx", "a/台账（1）.xlsx", "a/台账 - 副本.xlsx", "b/台账.xlsx", "a/台账.xls", "a/其他.xlsx"])
    [['a/台账 - 副本.xlsx', 'a/台账.xlsx', 'a/台账（1）.xlsx']]
    """
    groups: dict[tuple[str, str, str], list[str]] = {}
    for name in names:
        path = Path(name)
        groups.setdefault((str(path.parent), _unmarked(path.stem), path.suffix.casefold()), []).append(name)
    # One of them under the book's own name (WeChat's first receipt, the file Windows copied): 台账(1).xlsx and
    # 台账(2).xlsx alone may be a book's two volumes.
    return [sorted(g) for g in groups.values() if len(g) > 1 and not all(copy_named(n) for n in g)]


def copy_named(name: str) -> bool:
    """Whether a file's name carries a copy mark (台账(1).xlsx, 台账 - 副本.xlsx, 复件 台账.xlsx).

    >>> copy_named("a/台账 副本 2.xlsx"), copy_named("a/Copy of 台账.xlsx"), copy_named("a/台账.xlsx"), copy_named("a/副本台账.xlsx")
    (True, True, False, False)
    """
    stem = Path(name).stem
    return without_copy_marks(stem) != unicodedata.normalize("NFKC", stem).strip()


def _unmarked(stem: str) -> str:
    """A name without the copy marks at either end (`folder.without_copy_marks`), folded (upper case as lower)."""
    return without_copy_marks(stem).casefold()


def superseded_files(names: list[str]) -> dict[str, str]:
    """Earlier versions of a ledger → the latest version in the same folder, told by the file names only
    (台账.xlsx and 台账（修改稿）.xlsx; 台账（修改稿）.xlsx and 台账-最终版.xlsx). Files whose names say the same
    version (台账（修改稿）.xlsx and 台账（修改稿）.xls) supersede nothing of each other.

    >>> superseded_files(["a/台账.xlsx", "a/台账（修改稿）.xlsx", "a/台账-最终版.xls", "b/台账.xlsx", "a/其他.xlsx"])
    {'a/台账.xlsx': 'a/台账-最终版.xls', 'a/台账（修改稿）.xlsx': 'a/台账-最终版.xls'}
    """
    groups: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for name in names:
        path = Path(name)
        base, rank = version_of(path.stem)
        groups.setdefault((str(path.parent), base), []).append((rank, name))
    out = {}
    for versions in groups.values():
        latest = max(rank for rank, _ in versions)
        winners = sorted(n for rank, n in versions if rank == latest)
        if len(winners) != 1:  # two files of the latest version (台账.xlsx and 台账.xls): neither stands alone
            continue
        out.update({n: winners[0] for rank, n in versions if rank < latest})
    return out


def _shown_title(cell: str, known: set[str]) -> bool:
    """Whether a cell of a file's first row may be quoted in a message: a known column title, a
    single character, or a short title-like text with no value in it (a "key: value" pair, as a
    JSON or log line holds, may name a person after its colon)."""
    if norm_header(cell) in known or len(cell) == 1:
        return True
    return len(cell) <= 30 and not re.search(r'[:："]', cell) and bool(_TITLE_WORDS.search(cell))


def _titles_of(table: Table) -> tuple:
    """A table's column titles, each from its top header row down, in their order: what two sheets of one book share
    when one is the other's header."""
    return tuple(c.path for c in table.columns)


def _first_text(sheets, known: set[str] = frozenset()) -> str:
    """The first non-empty row of a file, to show what the file looks like in a message: its column
    titles, title-like cells and single characters (no one is named by one) as written, every other
    cell (it may hold a person) as "…". A row of single characters is a header written downwards,
    one character per row (序/号 over two rows): the message says to write each title in one cell.

    >>> from fzlib.ingest.read import Sheet
    >>> _first_text([Sheet("S", [["序", "案", "执"], ["号", "件", "法"]])])
    '首行为：序、案、执；表头像是竖着写的（一格一个字），请把每列的标题写在同一个单元格里'
    """
    for sheet in sheets:
        for row in sheet.rows[:20]:
            cells = [str(c).strip() for c in row if _as_text(c)]
            if cells:
                shown = [c if _shown_title(c, known) else "…" for c in cells[:6]]
                text = "首行为：" + "、".join(shown) + ("等" if len(cells) > 6 else "")
                if len(cells) >= 3 and all(len(c) == 1 and "\u4e00" <= c <= "\u9fff" for c in cells):
                    text += "；表头像是竖着写的（一格一个字），请把每列的标题写在同一个单元格里"
                return text
    return ""


def _repeated_records(records: pd.DataFrame, key: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(every record with a key that appears more than once, the first copy of each)."""
    identified = records[key].notna().all(axis=1)
    group = records[identified & records.duplicated(subset=key, keep=False)]
    return group, group[~group.duplicated(subset=key, keep="first")]


def _completed_by_copies(records: pd.DataFrame, key: list[str], fields: list[str]) -> dict[str, pd.Series]:
    """Field → the values the first copy of a record left blank and a later copy holds (a helper
    mediator's list leaves the tier and subsidy to the lead's: 一案一补). A copy adds to the record and
    never overrides it; a cell of the first copy that was unusable (an error) stays unusable.

    >>> t = pd.DataFrame({"_key": ["a", "a", "b"], "s": [None, 200.0, 50.0], "_unusable": ["", "", ""]})
    >>> _completed_by_copies(t, ["_key"], ["s"])["s"].to_dict()
    {0: 200.0}
    """
    group, firsts = _repeated_records(records, key)
    if group.empty:
        return {}
    best = group.groupby(key, sort=False)[fields].transform("first").loc[firsts.index]
    unusable = "," + firsts.get(UNUSABLE, pd.Series("", index=firsts.index)).fillna("").astype(str) + ","
    out = {}
    for name in fields:
        gap = firsts[name].isna() & best[name].notna() & ~unusable.str.contains(f",{name},", regex=False)
        if gap.any():
            out[name] = best.loc[gap[gap].index, name]
    return out


def _settled_by_copies(
    records: pd.DataFrame, key: list[str], provisional: dict[str, tuple[str, ...]]
) -> dict[str, tuple[pd.Series, pd.Series]]:
    """Field → (the outcome that copies give a first copy still open, the first copies whose copies
    disagree on it). A month's book lists an item open at the month's end (正在化解, 调解中), the next
    month's book lists it again with its outcome: the outcome holds, whichever book was read first. Two
    different outcomes for one open record leave the field unusable there; a first copy with an outcome
    of its own is never changed.

    >>> t = pd.DataFrame({"_key": ["a", "a", "b", "b", "b"], "s": ["中", "成", "中", "成", "败"]})
    >>> out = _settled_by_copies(t, ["_key"], {"s": ("中",)})
    >>> out["s"][0].to_dict(), out["s"][1][out["s"][1]].index.tolist()
    ({0: '成'}, [2])
    """
    out: dict[str, tuple[pd.Series, pd.Series]] = {}
    group, firsts = _repeated_records(records, key)
    if group.empty:
        return out
    for name, values in provisional.items():
        if name not in group:
            continue
        cells = group[name].astype("string")
        settled = cells.where(cells.notna() & ~cells.isin(values))
        outcomes = settled.groupby([group[k] for k in key], sort=False).agg(lambda v: tuple(sorted(set(v.dropna()))))
        first_keys = pd.MultiIndex.from_frame(firsts[key]) if len(key) > 1 else pd.Index(firsts[key[0]])
        per_first = pd.Series(outcomes.reindex(first_keys).to_numpy(), index=firsts.index)
        open_first = firsts[name].astype("string").isin(values).fillna(False).astype(bool)
        n = per_first.map(len)
        settle = open_first & (n == 1)
        unsure = open_first & (n > 1)
        if settle.any() or unsure.any():
            out[name] = (per_first[settle].map(lambda v: v[0]), unsure)
    return out


def _without_field(marked: pd.Series, name: str) -> pd.Series:
    """A comma-separated list of field names without one (see _with_field).

    >>> _without_field(pd.Series(["a,s,b", "s", ""]), "s").tolist()
    ['a,b', '', '']
    """
    fields = marked.fillna("").astype(str).str.split(",")
    return fields.map(lambda names: ",".join(n for n in names if n and n != name))


def _differs(a, b) -> bool:
    """Whether two copies of a record hold different values in one cell (a blank differs from nothing).

    >>> _differs("行政许可", "行政处罚"), _differs("行政许可", None), _differs(3.0, 3)
    (True, False, False)
    """
    if pd.isna(a) or pd.isna(b):
        return False
    return str(a) != str(b) if not isinstance(a, (int, float)) or not isinstance(b, (int, float)) else a != b


def _place(table: pd.DataFrame, i) -> str:
    """Where a record was read, as messages name it: 文件「工作表」第 N 行."""
    return f"{table.at[i, '_file']}「{table.at[i, '_sheet']}」第 {table.at[i, '_row']} 行"


def _rows_by_record(rows: pd.Series, record: pd.Series) -> str:
    """Row numbers grouped by the record they belong to, a group's rows joined by 、 and the groups by ；
    (rows 3, 4, 5 of one session and 6, 7 of another: 3、4、5；6、7), so a message names each record's rows.

    >>> _rows_by_record(pd.Series([3, 4, 5, 6, 7]), pd.Series([0, 0, 0, 1, 1]))
    '3、4、5；6、7'
    """
    groups = pd.Series(rows.to_numpy()).groupby(record.to_numpy(), sort=False)
    return "；".join("、".join(map(str, g)) for _, g in groups)


def _with_field(marked: pd.Series, name: str) -> pd.Series:
    """A comma-separated list of field names with one more (see YearCleaner.marks)."""
    return marked.where(marked == "", marked + ",") + name


def _filled(column: pd.Series) -> bool:
    """Whether any cell of a body column holds something (spaces are nothing); it stops at the first
    that does, so a filled column costs a cell or two and only an empty one is read through."""
    return any(_as_text(v) is not None for v in column[column.notna()])


# A path in params as Windows or a shell gives it whole: a drive (D:\), a share (\\server\), from the root or home.
_ABSOLUTE_PATH = re.compile(r"^(?:[A-Za-z]:/+|//+[^/]+/+[^/]+/+|~/+|/+)")
_QUOTED_PATH = re.compile(r'^"(.+)"$')


def _unspaced(name: str) -> str:
    """A file's relative name without the spaces around each of its parts.

    >>> _unspaced(" 村里 / 旧台账.xlsx\u3000")
    '村里/旧台账.xlsx'
    """
    return "/".join(part.strip() for part in name.split("/"))


def _as_text(value):
    """A raw cell as a message quotes it: as the cell shows it, never as Python writes the value (a number
    13912345678, not 13912345678.0; an 18-digit number its digits, not 1.1010119900307451e+17).

    >>> _as_text(13912345678.0), _as_text(1.1010119900307451e17), _as_text(3.5), _as_text(" 行政许可 ")
    ('13912345678', '110101199003074510', '3.5', '行政许可')
    """
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if not isinstance(value, str):
        obj, kinds = cell_kinds(pd.Series([value], dtype=object))
        value = raw_text(obj, kinds)[0]
        if value is None:
            return None
    text = str(value).strip()
    return text or None


def _as_texts(values) -> np.ndarray:
    """_as_text of each cell (an object array, None where it says nothing), the cells' kinds and texts found for
    all of them at once: a Series built per number cell had been a tenth of cleaning a small town.

    >>> _as_texts([13912345678.0, None, float("nan"), " 行政许可 ", "  ", 7, pd.NA]).tolist()
    ['13912345678', None, None, '行政许可', None, '7', None]
    """
    obj, kinds = cell_kinds(pd.Series(np.asarray(values, dtype=object), dtype=object))
    texts = raw_text(obj, kinds)
    out = np.full(len(texts), None, dtype=object)
    for i, text in enumerate(texts):
        if text is not None:
            out[i] = str(text).strip() or None
    return out


def _acting_for(spec: LedgerSpec, table: Table, headers: dict[str, str], raw: pd.DataFrame) -> frozenset[int]:
    """The Excel rows of `table` saying the town acted for another authority (spec `acting_for`): in any of their cells,
    or, for every row, in the title of the column naming who decided (委托机关). Looked for only where some row names
    another authority (spec `decided_elsewhere`): a town's own register is not read cell by cell for it."""
    if not spec.acting_for or not spec.decided_elsewhere:
        return frozenset()
    pattern = "|".join(f"(?:{p})" for p in spec.acting_for)
    if any(re.search(pattern, headers.get(name, "")) for name in spec.decided_elsewhere):
        return frozenset(map(int, table.body.index))
    elsewhere = [
        _texts_matching(raw[name], "|".join(f"(?:{p})" for p in patterns)).any()
        for name, patterns in spec.decided_elsewhere.items()
        if name in raw
    ]
    if not any(elsewhere):
        return frozenset()
    said = np.zeros(len(table.body), dtype=bool)
    for col in table.body.columns:
        said |= _texts_matching(table.body[col], pattern)
    return frozenset(map(int, table.body.index[said]))


def _texts_matching(column: pd.Series, pattern: str) -> np.ndarray:
    """Per cell, whether its text matches `pattern`; each distinct text searched once (a register holds few)."""
    search = re.compile(pattern).search
    distinct = Uniques(column.to_numpy(dtype=object))
    found = [search(v if isinstance(v, str) else str(v)) is not None for v in distinct.uniques]
    return distinct.spread(np.array(found, dtype=bool), False)


def _written_above(raw: pd.DataFrame, name: str, rows: pd.Series, part_of: np.ndarray) -> pd.Series:
    """Per record, what its sheet's rows right above it say in `name`, over records that leave it blank: a
    value written once on a block's first row, the cells below it blank, is what 取消合并 leaves of a value
    merged down (no evidence of which block a blank is in: only the message says so); None where the row
    above is no record or the value starts the sheet."""
    if name not in raw:
        return pd.Series(None, index=rows.index, dtype=object)
    texts = pd.Series(_as_texts(raw[name].reindex(rows.index).to_numpy(dtype=object)), index=rows.index, dtype=object)
    texts = texts.where(~texts.map(_says_nothing))
    where = part_of[rows.index.to_numpy()]
    run = np.r_[True, (where[1:] != where[:-1]) | (np.diff(rows.to_numpy(dtype=float)) != 1)]
    # Only in a sheet whose column is mostly blank (values written once over blocks of rows); one cell left
    # blank in a filled column is a cell left blank.
    mostly_blank = texts.isna().groupby(where).transform("mean").to_numpy() >= 0.5
    return texts.groupby(np.cumsum(run)).ffill().where(texts.isna() & mostly_blank)


def _left_blank_rows(raw: pd.DataFrame, name: str, empty: np.ndarray, index: pd.Index) -> np.ndarray:
    """Of the records (labelled `index`) whose cleaned `name` is empty, those whose raw cell was left blank (a bad
    value has a cell issue of its own). Only those records' raw cells are looked at, not every row's."""
    blank = empty.copy()
    if name in raw and empty.any():
        raw_cells = raw[name].reindex(index[empty])  # a row raw lacks reads as blank
        blank[empty] = _left_blank_cells(raw_cells)
    return blank


def _left_blank_cells(cells: pd.Series) -> np.ndarray:
    """_left_blank of each cell, each distinct value looked at once (a column of a register repeats its values)."""
    values = cells.to_numpy(dtype=object)
    codes, uniques = pd.factorize(values)
    per_value = np.fromiter(map(_says_nothing, _as_texts(uniques)), dtype=bool, count=len(uniques))
    out = np.append(per_value, True)[codes]  # the last slot: code -1
    missing = codes < 0  # None, NaN, NaT: each as _left_blank reads it
    out[missing] = [_left_blank(v) for v in values[missing]]
    return out


def _left_blank(value) -> bool:
    """A raw cell that says nothing: empty, spaces or invisible characters, or a placeholder (—, /, 无)."""
    return _says_nothing(_as_text(value))


def _says_nothing(text: str | None) -> bool:
    """Whether a cell's text (_as_text) says nothing: none, or a placeholder once normalised."""
    return text is None or normal_text(text) is None


# A number's title saying it is the number of a decision or document issued (处罚决定书文号, 决定文书号, 文号): given when
# the decision is made. A 案件编号, 案号 or 卷宗号 may be given when the case is filed, the year before its decision.
_ISSUED_NUMBER = re.compile(r"决定|文号")


def _scoped_short_words(spec: LedgerSpec, parts, raw, values, codes, details, part_of) -> None:
    """A value no vocabulary word reaches that is the short word of exactly one value its table may hold (spec `scope`):
    that value, as assumed. 家暴 names both 家暴告诫书 and 家暴治安案件, and is read as neither in general; in a list of
    治安案件, which holds no 告诫书, it is the domestic-violence case (as 涉黄 there is the 涉黄 case). A word two of the
    held values contain stays unknown."""
    for f in spec.fields:
        if not f.scope or f.name not in raw or f.name not in codes:
            continue
        vocab = vocabulary_of(dict(f.vocabulary or {}))
        for i, p in enumerate(parts):
            held = dict(p.may_hold).get(f.name)
            if not held:
                continue
            words = {v: {vocab.key(w) for w, t in vocab.loose.items() if t == v} | {vocab.key(v)} for v in held}
            rows = np.flatnonzero(
                (part_of == i) & (codes[f.name].to_numpy(dtype=object, na_value=None) == "vocab.unknown")
            )
            for r in rows:
                text = raw[f.name].iat[r]
                short = vocab.key(str(text)) if isinstance(text, str) else ""
                if len(short) < 2:
                    continue
                named = [v for v, ws in words.items() if any(short in w for w in ws)]
                if len(named) == 1:
                    values.iat[r, values.columns.get_loc(f.name)] = named[0]
                    codes.iat[r, codes.columns.get_loc(f.name)] = "vocab.assumed"
                    details.iat[r, details.columns.get_loc(f.name)] = named[0]


def _dating_name(table: Table, sheet: str) -> str:
    """The sheet's name as a table's year or period, "" where it is not the table's: a table stacked below another
    whose own lines name a part of the year (Q1 over 杏林镇第一季度人民调解案件登记表, in the sheet 2022Q4 its first
    table came from) is of its own lines' period, the sheet's name being its first table's — its yearless dates had
    all been 2022's and the book refused as last year's."""
    return "" if table.stacked_below and statistics.names_period(table.title_text) else sheet


def _years_alone(spec: LedgerSpec, raw, codes, details, parts, part_of) -> None:
    """A date cell naming its year and nothing more (2024年) is a period of that year (date.period), never a date
    whose year was supplied (date.yearless, 日期未写年份: the year is the one thing it does write); such a record is in
    no month (`_monthless`) and no sheet's order of months moves it a year. One taken off the table's title or sheet,
    standing for a date column the table lacks (its column letter ""), is noted once by where it came from
    (column.from_context), with no note on each sheet besides. Runs after `_years_of_numbers`, which dates a year
    alone by a document's number naming another."""
    for f in spec.fields:
        if "date" not in f.steps or f.name not in codes or f.name not in raw:
            continue
        said = codes[f.name].eq("date.yearless").fillna(False).to_numpy(dtype=bool)
        if not said.any():
            continue
        alone = said & (year_alone(raw[f.name].reset_index(drop=True)) > 0)
        off_context = np.array([p.letters.get(f.name) == "" for p in parts], dtype=bool)[part_of]
        codes.loc[codes.index[alone & ~off_context], f.name] = "date.period"
        codes.loc[codes.index[alone & off_context], f.name] = None
        details.loc[codes.index[alone & off_context], f.name] = None


def _years_of_numbers(spec: LedgerSpec, raw, values, codes, details, parts, part_of, year: int) -> None:
    """A date typed without its year (3月5日) takes the year its own record's number names (spec `year_from`) where
    nothing more certain gives one: in a table whose title and sheet name no year, in place of the year being cleaned
    (date.partial) or the year of the book's file or folder name (date.yearless) — a book kept a sheet per year, its
    tabs left as Sheet1…, still tells each record's year (卷宗号 （2025）鹤人调字第3号 → 2025). A decision's or
    document's number (its column titled 决定书文号 or 文号: 椒综执罚〔2023〕35号) dates it over any year, a decision
    being numbered in the year it is made: a register kept over two years (处罚案件登记台账（2023—2024年）), read by the
    file name's year, had counted its 2023 decisions as 2024's. Any other number (罚字〔2023〕第31号 of a case filed
    last December, decided 1月8日; a clerk going on with last year's 卷宗号) never overrides a title's or sheet's year.
    A number naming none leaves the date as it was; a date so dated is no longer inferred, so no carrying over moves
    it (date.year_from_number)."""
    if not parts:
        return
    unnamed = np.array([p.year is None for p in parts], dtype=bool)[part_of]
    of_book = np.array([p.year_of_book for p in parts], dtype=bool)[part_of]
    for f in spec.fields:
        if not f.year_from or f.name not in raw or f.year_from not in raw:
            continue
        issued = np.array([bool(_ISSUED_NUMBER.search(p.headers.get(f.year_from, ""))) for p in parts])[part_of]
        said = codes[f.name]
        partial = said.eq("date.partial").fillna(False).to_numpy(dtype=bool)
        yearless = said.eq("date.yearless").fillna(False).to_numpy(dtype=bool)
        guessed = (partial & (unnamed | issued)) | (yearless & (of_book | issued))
        if not guessed.any():
            continue
        named = year_in_number(raw.loc[values.index[guessed], f.year_from]).dropna()
        for said, at in named.groupby(named).groups.items():
            cells = raw.loc[at, f.name]
            # A year alone (the title's, standing for a date column the table lacks) has its year written: a number
            # naming that year adds nothing (its records had all been said to be dated by their numbers), one naming
            # another dates the record as it dates a 3月5日, an issued document's number naming the year it was made.
            alone = year_alone(cells)
            same = alone == int(str(said)[:4])
            other = (alone > 0) & ~same
            if other.any():
                cells = cells.where(~other, str(said))
            got = CLEANERS["date"](cells, year=year, titled_year=int(str(said)[:4]))
            took = got.codes.index[got.codes.eq("date.yearless").fillna(False).to_numpy(dtype=bool) & ~same]
            values.loc[took, f.name] = got.values[took]
            codes.loc[took, f.name] = "date.year_from_number"
            details.loc[took, f.name] = got.detail[took]


def _monthless(spec: LedgerSpec, raw: pd.DataFrame, values: pd.DataFrame) -> pd.Series:
    """Per record, the date fields whose value was written as a span longer than a month (2024年, 2024年第3季度,
    上半年; the title's year standing for a date column the table lacks): comma-separated names, "" for none. A
    breakdown by month counts such records under no month (it had put 703 cases dated by a title's year all in
    1月)."""
    listed = np.full(len(values), "", dtype=object)
    for f in spec.fields:
        if "date" not in f.steps or f.name not in raw:
            continue
        dated = values[f.name].notna().to_numpy(dtype=bool)
        spans = names_no_month(raw[f.name].reset_index(drop=True)) & dated
        listed[spans] = [f"{m},{f.name}" if m else f.name for m in listed[spans]]
    return pd.Series(listed, index=values.index, dtype=object)


# A column's title naming a month, not a day (月份, 服务月份, 统计月份, 所属月).
_MONTH_TITLE = re.compile(r"月份?$")


def _months_of_month_rows(spec: LedgerSpec, raw, values, codes, details, part_of, parts=()) -> None:
    """A table kept a row per month (2024年1月 … 2024年12月, a count per service in its columns) names months, not
    dates lacking their day: its date.partial warnings (a row each, 62 in one town's log of its lawyer's services)
    would bury the ones that matter, so they are dropped. A table is so kept where every dated row of its part names
    a month of a year and no day, at least three rows, each month once and none skipped between the first and the
    last; a register whose dates lack their day (two records in one month, months skipped) keeps its warnings.
    So is a column titled for a month (月份, 服务月份) every dated row of which names one, whatever its rows (a monthly
    return's row per village and month): a month by design, its rows counted in their months, noted once for the
    sheet (`date.month_column`), where each cell had been a warning asking for its day (171 in one town)."""
    if not spec.date or spec.date not in codes:
        return
    partial = codes[spec.date].eq("date.partial").fillna(False).to_numpy(dtype=bool)
    if not partial.any():
        return
    dated = (values[spec.date].notna() | codes[spec.date].notna()).to_numpy(dtype=bool)
    rows = np.concatenate([np.flatnonzero(part_of == p) for p in np.unique(part_of[partial])])
    month = np.zeros(len(values), dtype=bool)
    month[rows] = names_a_month(raw[spec.date].iloc[rows])
    # A wide log's row is read as a record per count it fills: a row's month is counted once, by its sheet row.
    at = pd.DataFrame({"part": part_of, "row": values["_row"].to_numpy(), "dated": dated, "month": month & partial,
                       "on": values[spec.date].dt.to_period("M").to_numpy()})  # fmt: skip
    for p in np.unique(part_of[partial]):
        mine = at[(at["part"] == p) & at["dated"]].drop_duplicates("row")
        if not len(mine) or not mine["month"].all():
            continue
        ordinals = np.sort(mine["on"].map(lambda m: m.ordinal).to_numpy(dtype=np.int64))
        if len(mine) >= 3 and (np.diff(ordinals) == 1).all():
            clear = (part_of == p) & partial
            codes.loc[clear, spec.date] = pd.NA
            details.loc[clear, spec.date] = pd.NA
        elif p < len(parts) and _MONTH_TITLE.search(norm_header(parts[p].headers.get(spec.date, ""))):
            codes.loc[(part_of == p) & partial, spec.date] = "date.month_column"


_NUMBER_YEAR = re.compile(r"[〔\[【（(]\s*((?:19|20)\d{2})\s*[〕\]】）)]")


def _years_before_own_number(keys: pd.Series | None, dates: pd.Series, year: int) -> pd.Series:
    """Dates two or more years before the year cleaned where the record's own document number names that year in
    brackets (旺草罚字〔2024〕第3号 dated 2014-04-06): a slip of the date's year. A number filed the year before its
    date (〔2023〕 decided in 2024), or dated the year before its number (received on 30 December, numbered in
    January), is a record crossing the year, not a slip."""
    out = pd.Series(False, index=dates.index)
    old = (dates.dt.year <= year - 2).fillna(False).to_numpy(dtype=bool)
    if keys is None or not old.any():
        return out
    # Only the old dates' numbers are read: a register's every number through a regex was a cost of its own.
    named = pd.to_numeric(keys[old].astype("string").str.extract(_NUMBER_YEAR, expand=False), errors="coerce")
    out[old] = (named == year).fillna(False).to_numpy(dtype=bool)
    return out


def _not_yet_come(dates: pd.Series, year: int) -> pd.Series:
    """Dates still to come, and past the year after the one cleaned: no record can have been decided,
    resolved or held on them (a book kept over several years holds the next year's first records; a
    hearing set for next month is next year's at most)."""
    today = pd.Timestamp.today().normalize()
    return (dates > today) & (dates.dt.year > year + 1)
