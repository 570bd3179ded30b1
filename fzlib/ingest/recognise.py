"""Telling which ledger kind a table is, and where each of its fields is: a column (by its header, or by its cells), a group of tick or count columns, part of a shared cell, or the table's context.

A field is found, in order of certainty:

1. a column whose own title is the field's title or an alias (补贴金额（元）);
2. a column under a merged parent titled so (当事人 › 申请人 gives 申请人 first, then 当事人);
3. columns titled with the field's vocabulary values, holding ticks or counts (公开方式 › 主动公开 /
   依申请公开 / 媒体发布 with √; 法律咨询（人次） with counts): a tick matrix or a wide log;
4. a column whose title is close (化解结果 for 化解状态, 是否出庭 for 负责人是否出庭) and whose cells fit
   the field (dates, numbers, vocabulary hits), or a column holding two fields (文书号及日期);
5. for a category field without any column, the one value its table's title, sheet name or file
   name names (a sheet per category: 家暴告诫书, 涉黄治安案件).

Two columns claiming one field are told apart by their cells (服务事项 holds topics, 服务类型 the
types); every such decision is reported, and params `columns` can overrule it.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from fzlib.ingest import towns
from fzlib.ingest.cleaners.categories import QUOTES, Vocabulary, is_other, vocabulary_of
from fzlib.ingest.cleaners.characters import slip_readings
from fzlib.ingest.cleaners.documents import year_in_number
from fzlib.ingest.content import ColumnContent
from fzlib.ingest.locate import (
    MONEY_SCALES,
    SERIAL_HEADERS,
    Column,
    HeaderWords,
    Table,
    code_legend,
    norm_header,
    pivot_title,
    section_title,
    without_unit,
)
from fzlib.ingest.read import column_letter
from fzlib.ingest.statistics import UNITS
from fzlib.spec import FieldSpec, LedgerSpec

MIN_FIELDS_MATCHED = 2
# Generic words of statistics tables and logs: they help find a header row, never name a field.
FORM_WORDS = ("序号", "合计", "小计", "总计", "年度累计", "累计", "月份", "单位名称", "项目", "备注")
# A column of months (1月 … 12月) can date a monthly log when nothing else does.
MONTH_HEADERS = ("月份", "月", "统计月份", "时间段")
# 其中：合同审查 is part of the column before it: counting it again would count twice.
SUBSET_PREFIX = re.compile(r"^(其中|含)[:：]?")
# Words that end the titles of the same sort of field (登记日期 ~ 排查日期, 化解结果 ~ 化解状态).
_JOINERS = re.compile(r"[及和与、/]")
# What parts a name made of several (a 台账汇编's tab 行政复议应诉案件台账（2024年）-行政应诉: the book's name, then the tab's).
_NAME_PARTS = re.compile(r"[-_—–·()\[\]【】]+")
# How sure a match is: by own title, by a merged parent, by its cells under a close title.
OWN, PARENT, CLOSE = 0, 1, 2
# Shares of cells that must fit a field for a column found by its cells.
FIT_NEEDED = {"date": 0.6, "number": 0.8, "integer": 0.8, "category": 0.5, "yes_no": 0.6, "case_no": 0.6}
FIT_NEEDED_TEXT = 0.6
TICK_SHARE = 0.9  # cells of a tick or count column that are ticks, crosses or counts
VOCABULARY_ALONE = 0.8  # cells of a column found by its values alone that are the vocabulary's
# A title ending in one of these names a deadline set ahead (化解时限, 办理期限, 截止日期), never the day
# something happened: no date field takes such a column by a close title (化解时限 is no 化解时间).
DEADLINE_ENDS = ("时限", "期限", "截止日期", "截止时间")
# A title naming when the matter arose (纠纷发生时间, 事发时间, 案发日期) dates the matter, not its handling: a register
# puts it before the day the office took the matter up (登记时间, 受理时间), and a dispute of last December registered
# in January is this year's. Such a column is taken by its content only where no other column fits as well.
ARISING_WORDS = ("发生", "事发", "案发")


@cache
def _header_index(spec: LedgerSpec) -> dict[str, str]:
    """Normalised header text → field name, for one spec."""
    index = {}
    for f in spec.fields:
        for h in f.headers:
            index.setdefault(norm_header(h), f.name)
    return index


# Fields of another kind a table's unused columns must title to be that kind's ledger kept beside it.
BESIDE_FIELDS = 3


def ledger_beside(
    unused: list, used: set[int], spec: LedgerSpec, specs: dict[str, LedgerSpec]
) -> tuple[str, list] | None:
    """Another kind whose ledger stands in a table's unused columns, right beside it without a blank
    column (卷宗号, 受理日期, 调解结果 … after a register of cases): (kind, its columns). Its columns
    are one block, all right (or all left) of the columns the table's own kind uses."""
    best: tuple[str, list] | None = None
    for kind, other in specs.items():
        if kind == spec.kind:
            continue
        index = _header_index(other)
        named = {
            c.index: index.get(norm_header(c.display)) or index.get(without_unit(norm_header(c.display)))
            for c in unused
        }
        cols = [c for c in unused if named[c.index]]
        fields = {named[c.index] for c in cols}
        # Every field that kind's records need, not a few titles a register of this kind shares with
        # it (a dispute register's 调解结果, 协议形式 are no mediation ledger).
        needed = {f.name for f in other.fields if f.required}
        at = [c.index for c in cols]
        aside = bool(at) and bool(used) and (min(at) > max(used) or max(at) < min(used))
        if len(fields) >= BESIDE_FIELDS and needed <= fields and aside and (best is None or len(cols) > len(best[1])):
            best = (kind, cols)
    return best


@cache
def vocabularies(spec: LedgerSpec) -> dict[str, Vocabulary]:
    """Field name → its vocabulary, for the category fields of a spec: without its generic words (spec `generic`:
    已办结 is written of a work order as of a case), which say nothing of which field, or kind, a column is."""
    return {
        f.name: vocabulary_of({k: [w for w in v if w not in f.generic] for k, v in f.vocabulary_in(None).items()})
        for f in spec.fields
        if f.vocabulary
    }


@cache
def _value_keys(spec: LedgerSpec) -> frozenset[str]:
    """The loose keys of every vocabulary value and variant of a spec (titles of tick/count columns)."""
    return frozenset(k for v in vocabularies(spec).values() for k in v.loose)


def known_headers(specs: dict[str, LedgerSpec]) -> set[str]:
    """Every header text any spec knows, for finding header rows before the kind is known."""
    words = {h for s in specs.values() for h in _header_index(s)} | set(FORM_WORDS)
    words |= {norm_header(x) for s in specs.values() for st in s.statistics for group in st.labels for x in group}
    return words


def header_words(specs: dict[str, LedgerSpec]) -> HeaderWords:
    """The words header rows are found by: known titles, and the vocabulary values (column titles of
    forms, tick matrices and wide logs)."""
    # Worked out once per set of spec objects (each cleaning run asked again: 3 ms of every small folder).
    return _header_words(tuple(specs.values()))


@lru_cache(maxsize=16)  # a county's towns with words of their own have spec objects of their own
def _header_words(specs: tuple[LedgerSpec, ...]) -> HeaderWords:
    values = {
        norm_header(x) for s in specs for f in s.fields for c, vs in (f.vocabulary or {}).items() for x in (c, *vs)
    }
    # The titles only another document has (not_titles: 评分标准, 自评得分 of a scoring sheet) find its header too: a
    # table of none of the kinds' titles was no table at all, an unknown ledger that stopped the report, where its
    # header names it another document, set aside.
    known = known_headers(dict(enumerate(specs))) | {norm_header(t) for s in specs for t in s.not_titles}
    # A form names its town as it names its fields (乡镇 | 石桥镇): read as a column, a county's forms are told apart
    # by town as its registers are (fzlib.ingest.towns).
    labels = frozenset(h for s in specs for h in _header_index(s)) | towns.words().columns
    rosters = tuple(
        (
            s.roster.words,
            frozenset(norm_header(p) for p in s.roster.person),
            frozenset(h for h, name in _header_index(s).items() if name == s.date),
            s.field(s.roster.count).title,
        )
        for s in specs
        if s.roster is not None and s.date
    )
    return HeaderWords(frozenset(known), frozenset(values - known), labels, rosters)


@dataclass
class Context:
    """What surrounds a table: where it is and what its title says; and per-column judgements."""

    file: str
    sheet: str
    title: str
    year: int | None = None
    columns: dict[str, str] = field(default_factory=dict)  # params `columns` for this file: field → header or letter
    named_year: tuple[int, str] | None = None  # (year, where: 表格标题/工作表名/文件名) when the context names one
    contents: dict[int, ColumnContent] = field(default_factory=dict)
    layout: str = ""  # the sheet's layout (fzlib.ingest.forms): "roster" for a record read off its sheet of persons
    # Field → the column (index) a sheet of the same book under the same header took a category from by its cells
    # (服务方式 beside 服务事项, `_category_beside`): a sheet of too few records to judge (a month's two) takes it too.
    beside: dict[str, int] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return f"{self.file} {self.sheet} {self.title}"

    def titles(self, table: Table) -> _Titles:
        if "_titles" not in self.__dict__:
            self._titles = _Titles(table)
        return self._titles

    def content(self, table: Table, col: Column) -> ColumnContent:
        if col.index not in self.contents:
            self.contents[col.index] = ColumnContent(
                table.body[col.index] if col.index in table.body else [], self.year
            )
        return self.contents[col.index]


class _Titles:
    """A table's column titles as the kinds look them up, worked out once per table."""

    def __init__(self, table: Table):
        self.serial = {c.index for c in table.columns if SERIAL_HEADERS.intersection(c.own[:1])}
        # Per column: (column, own texts and their unit-free forms, parent texts and theirs).
        self.forms = [
            (c, _column_titles(c), _with_bare(c.parents))
            for c in table.columns
            if c.path and c.index not in self.serial
        ]
        # Columns that could be a vocabulary value's (a tick or count column), and that value's key.
        self.values = []
        for c in table.columns:
            if not c.path or SUBSET_PREFIX.match(c.leaf):
                continue
            bare = without_unit(c.leaf)
            self.values.append((c, Vocabulary.key(bare), Vocabulary.key(bare.rstrip("数"))))
        self.subsets = [c for c in table.columns if c.path and SUBSET_PREFIX.match(c.leaf)]


def _column_titles(col: Column) -> tuple[str, ...]:
    """A column's own titles and their unit-free forms. Its title joined in brackets to the one above it (罚没款 › 元
    read as 罚没款(元)) is the title above only when it is a unit or a legend of codes: a word there says something of
    the thing above (当事人 › 名称（姓名） | 类型: the party's type), and read as 当事人 itself it had been taken for the
    party over the column of names (单位 and 个人 registered as persons' names and masked in every text).

    >>> _column_titles(Column(5, ("当事人", "类型"), "当事人/类型"))
    ('类型', '当事人/类型', '当事人(类型)', '当事人类型')
    >>> _column_titles(Column(5, ("罚没款", "元"), "罚没款/元"))[:4]
    ('元', '罚没款/元', '罚没款(元)', '罚没款')
    """
    leaf = col.path[-1]
    if leaf in UNITS or leaf in MONEY_SCALES or code_legend(f"({leaf})"):
        return _with_bare(col.own)
    above = set(col.path[:-1])
    return tuple(t for t in _with_bare(col.own) if t not in above)


def _with_bare(texts: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for t in texts:
        out.append(t)
        if t.endswith(")"):
            out.append(without_unit(t))
    return tuple(out)


@dataclass
class Fit:
    """Where a table holds each field of one kind."""

    kind: str
    columns: dict[str, Column] = field(default_factory=dict)  # field → its column
    ticks: dict[str, list[tuple[Column, str]]] = field(default_factory=dict)  # field → (column, value) of ticks/counts
    split: dict[str, tuple[Column, str]] = field(default_factory=dict)  # field → (shared column, "date" | "rest")
    constants: dict[str, tuple[str, str]] = field(default_factory=dict)  # field → (value, where it was read)
    # field → {Excel row: value}: block titles inside the table (一、行政许可 … 二、行政检查 …)
    sections: dict[str, dict[int, str]] = field(default_factory=dict)
    subsets: list[Column] = field(default_factory=list)  # 其中 columns, not counted again
    # field → further columns filling its column's blanks: counts kept in two columns, each row filling one
    # (咨询次数 for consultations, 审查件数 for documents reviewed): fzlib.ingest.clean.join_complementary.
    joined: dict[str, list[Column]] = field(default_factory=dict)
    notes: list[tuple[str, str, Column | None, str]] = field(default_factory=list)  # (code, field, column, detail)
    # Columns titled as a field another column of theirs was taken for: named by a note, never "unknown".
    rivals: set[int] = field(default_factory=set)
    tiers: dict[str, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    # An `apart` field whose column says in every filled cell the one value the title also says (a 会前学法 record of
    # the 党委会 whose 参学人员 are 班子成员 row after row): field → that value. The table is that value's register as
    # much as one without the column (its other values' records are in a register not handed over).
    agrees: dict[str, str] = field(default_factory=dict)
    beside: dict[str, int] = field(default_factory=dict)  # field → the column its cells chose over its title's
    score: float = 0.0

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def complete_by_titles(self) -> bool:
        """Every required field found without judging cells by a close title: a surer fit."""
        return self.complete and not any(self.tiers.get(n) == CLOSE for n in self.required)

    required: tuple[str, ...] = ()

    def found(self) -> set[str]:
        return {*self.columns, *self.ticks, *self.split, *self.constants, *self.sections}

    def used_columns(self) -> set[int]:
        return (
            {c.index for c in self.columns.values()}
            | {c.index for v in self.ticks.values() for c, _ in v}
            | {c.index for c, _ in self.split.values()}
            | {c.index for c in self.subsets}
            | {c.index for cols in self.joined.values() for c in cols}
        )


# Words that end (or, 是否, start) many titles: sharing only one of them says little (回访日期 is no
# 化解日期, 是否办结 no 是否重复信访).
GENERIC_WORDS = (
    "日期",
    "时间",
    "情况",
    "结果",
    "名称",
    "类型",
    "类别",
    "人数",
    "金额",
    "数量",
    "单位",
    "内容",
    "编号",
    "是否",
)
# An action's doers and its object share the action's word and are opposite persons: 执法人员 (the officers) beside
# 执法对象 (the party), 检查人员 beside 检查对象, 调解员 beside 调解对象. Sharing only that word, they name no one field.
DOER_ENDS = ("人员", "员", "人")
OBJECT_ENDS = ("对象",)


def similar(header: str, title: str, loose: bool = True, head_decides: bool = False) -> bool:
    """Whether two normalised titles look like names of the same field: one holds the other, or they
    share two or more characters at the start or the end (信息名称/信息标题, 化解结果/化解状态). Two
    titles sharing only a generic word (…日期, …情况) are close only when `loose` (a required field,
    whose cells must then fit it). With `head_decides`, a shared start (a modifier) is not enough
    when the header's own last word is a generic one the title does not end with: 处罚结果 holds a
    result, not the 处罚机关 (执法科室 may still be the 执法单位). An action's doers and its object (执法人员,
    执法对象) share the action's word and are never one field.

    >>> similar("执法人员", "执法对象"), similar("执法单位", "执法主体"), similar("检查对象", "检查对象名称")
    (False, True, True)
    """
    header, title = without_unit(header), without_unit(title)
    if len(header) < 2 or len(title) < 2:
        return False
    if header in title or title in header:
        return True
    same_end = header[-2:] == title[-2:]
    other_head = head_decides and header[-2:] in GENERIC_WORDS and not same_end
    other_head = other_head or _doer_and_object(header, title)
    shared = [
        p
        for p in (header[:2] if header[:2] == title[:2] and not other_head else "", header[-2:] if same_end else "")
        if p
    ]
    return any(loose or p not in GENERIC_WORDS for p in shared)


def _doer_and_object(a: str, b: str) -> bool:
    """Whether one title names an action's doers and the other its object (执法人员, 执法对象): `DOER_ENDS`."""
    return any(x.endswith(OBJECT_ENDS) and y.endswith(DOER_ENDS) for x, y in ((a, b), (b, a)))


def values_named(text: str, f: FieldSpec) -> frozenset[str] | None:
    """The values of an `apart` field a table's title, sheet or file name says its rows can be, or None where it
    says nothing: the values it names by their words (涉黄涉赌案件登记: 涉黄, 涉赌), and those of the field's `scope`
    words it holds (治安案件 names the public-order cases), a scope word right after a value being that value's
    noun (涉赌 案件), not a scope of its own.

    >>> from fzlib.spec import FieldSpec
    >>> f = FieldSpec("t", "类型", vocabulary={"告诫书": ("家暴告诫",), "涉黄": ("卖淫",), "涉赌": ("赌博",), "其他": ()},
    ...               apart=True, scope=(("案件", ("涉黄", "涉赌", "其他")), ("告诫", ("告诫书",))))
    >>> [sorted(values_named(t, f) or ()) for t in ("派出所治安案件登记", "赌博卖淫案件", "案件及家暴告诫登记", "平安建设台账")]
    [['其他', '涉赌', '涉黄'], ['涉赌', '涉黄'], ['其他', '告诫书', '涉赌', '涉黄'], []]
    """
    vocab = vocabulary_of(dict(f.vocabulary or {}))
    key = vocab.key(QUOTES.sub("", norm_header(text)))
    taken = np.zeros(len(key), dtype=bool)
    named: set[str] = set()
    ends: set[int] = set()
    words = sorted(((k, t) for k, t in vocab.loose.items() if len(k) >= 2), key=lambda kt: -len(kt[0]))
    for word, value in words:
        for m in re.finditer(re.escape(word), key):
            if not taken[m.start() : m.end()].any():
                taken[m.start() : m.end()] = True
                named.add(value)
                ends.add(m.end())
    for word, values in sorted(f.scope, key=lambda wv: -len(wv[0])):
        for m in re.finditer(re.escape(vocab.key(word)), key):
            if taken[m.start() : m.end()].any():
                continue
            taken[m.start() : m.end()] = True
            if m.start() not in ends:
                named.update(vocab.certain(v) or v for v in values)
    return frozenset(named) or None


# (how a form ends, the character after it): the form is then the start of a longer word. 书 after any form names a
# document (决定 in 决定书, 告知 in 告知书); 心 after a form ending in 中 makes 中心, a centre (化解中 in 矛盾纠纷调处化解中心,
# 调解中 in 人民调解中心, 办理中 in 办理中心), never a record's state of being in progress.
_LONGER_WORDS = (("", "书"), ("中", "心"))


def _names_a_document(form: str, key: str) -> bool:
    """Every place the form stands in the title, it begins a longer word (`_LONGER_WORDS`): a document's name (决定 in
    行政处罚决定书登记簿, 告知 in 告知书) or an office's (化解中 in 矛盾纠纷调处化解中心). The title names the documents
    registered or the office keeping them, not the state of its records: a book of 决定书 had given every row the case
    state 决定 and kept its decisions apart from the same ones in the case register, and a register of the 一站式
    矛盾纠纷调处化解中心 without a 化解情况 column had been read as every dispute 化解中 (0 resolved, not unknown).

    >>> _names_a_document("决定", "行政处罚决定书登记簿"), _names_a_document("决定", "已决定案件")
    (True, False)
    >>> _names_a_document("化解中", "矛盾纠纷调处化解中心台账"), _names_a_document("化解中", "化解中纠纷")
    (True, False)
    """
    at = [i + len(form) for i in range(len(key)) if key.startswith(form, i)]
    return bool(at) and all(
        any(form.endswith(end) and key[i : i + 1] == after for end, after in _LONGER_WORDS) for i in at
    )


def _title_value(text: str, vocab: Vocabulary, generic: tuple[str, ...] = ()) -> str | None:
    """The one canonical value a title names (家暴告诫书 in 青禾镇2024年家暴告诫书登记台账), or None.
    Words of the kind's own name (`generic`: 化解 in 矛盾纠纷排查化解台账) say nothing of a record.

    >>> vocab = Vocabulary({"调解成功": ["以案定补申报"], "调解不成功": []})
    >>> _title_value("2024年下半年人民调解“以案定补”申报表", vocab), _title_value("人民调解登记表", vocab)
    ('调解成功', None)
    >>> vocab = Vocabulary({"行政诉讼": ["行政应诉", "应诉"], "行政复议": ["复议"]})
    >>> [_title_value(t, vocab, ("行政应诉", "应诉")) for t in ("复议应诉台账-行政复议", "复议应诉台账-行政应诉")]
    ['行政复议', None]
    >>> _title_value("行政复议应诉案件台账（2024年）", vocab, ("行政应诉", "应诉")), _title_value("行政复议案件登记", vocab)
    (None, '行政复议')
    >>> vocab = Vocabulary({"已化解": ["化解"], "未化解": []})
    >>> _title_value("三、未化解纠纷", vocab, ("矛盾纠纷排查化解",))
    '未化解'
    """
    # Quotes round a term (人民调解“以案定补”申报表) do not end the words: 以案定补申报 is looked for.
    key = vocab.key(QUOTES.sub("", norm_header(text)))
    # A generic word names a value only as the whole text (a sheet named 告诫书) or a whole part of it (a compiled
    # book's tab …台账-行政应诉): there it says the rows are that value, as much as the other part says another.
    parts = set(_NAME_PARTS.split(key))
    forms = sorted(
        (
            (k, t)
            for k, t in vocab.loose.items()
            if len(k) >= 2
            and k in key
            and (k == key or k in parts or not any(k in g for g in generic))
            and not _names_a_document(k, key)
        ),
        key=lambda kt: -len(kt[0]),
    )
    kept: list[tuple[str, str]] = []
    for k, t in forms:
        if not any(k in k2 for k2, _ in kept):
            kept.append((k, t))
    found = {t for _, t in kept}
    if len(found) != 1:
        return None
    # The kind's own word left out above may itself be another value's (应诉 of 行政诉讼): 行政复议应诉案件台账 names
    # both sorts of the register's cases, unless one part of the name is the value alone (…台账-行政复议: a tab).
    if not any(k in parts for k, _ in kept) and any(
        len(k) >= 2
        and k in key
        and t not in found
        and any(k in g for g in generic)
        and not any(k in k2 for k2, _ in kept)  # 化解 inside 未化解 is that value's own word
        and not _names_a_document(k, key)
        for k, t in vocab.loose.items()
    ):
        return None
    # A title joining the value to the kind's own words (治安案件及家庭暴力告诫登记台账) names what the register
    # covers, the value among other sorts: no sort of every row.
    parts = [p for p in _JOINERS.split(key) if p]
    if len(parts) > 1 and any(
        not any(k in p for k, _ in kept) and any(len(g) >= 2 and g in p for g in generic) for p in parts
    ):
        return None
    return found.pop()


@lru_cache(maxsize=4096)
def _cached_title_value(text: str, spec: LedgerSpec, field_name: str, generic: tuple[str, ...]) -> str | None:
    return _title_value(text, vocabularies(spec)[field_name], generic)


def _attribute_of_another(col: Column, own: tuple[str, ...], parents: tuple[str, ...], index, spec) -> bool:
    """A lower title that only an alias of one field reads as (类型, an alias of 案件类型), merged under a title naming
    another field (原告 › 类型 | 姓名或名称): it says what that other field's party or thing is (the plaintiff's type),
    and is neither field; no title joined with its parent names a field. Decided here once, for the header as a
    whole, not taken for one field and then given up for another. A field's own title under another's (调解结果 ›
    协议形式) is that field's.

    >>> from fzlib.spec import load_specs
    >>> spec = next(s for s in load_specs().values() if any(f.title == "原告" for f in s.fields))
    >>> index = _header_index(spec)
    >>> col = Column(3, ("原告", "类型"), "原告/类型")
    >>> _attribute_of_another(col, _with_bare(col.own), col.parents, index, spec)
    True
    >>> col = Column(3, ("案件信息", "类型"), "案件信息/类型")
    >>> _attribute_of_another(col, _with_bare(col.own), col.parents, index, spec)
    False
    """
    if not parents or not own:
        return False
    leaf = next((t for t in own[:2] if t in index), None)
    # The joined forms (原告类型, 原告/类型) name no field; 原告(类型) without its brackets is the parent itself.
    if leaf is None or any(t in index for t in own[2:] if t != leaf and not t.endswith(leaf) and t not in parents):
        return False
    name = index[leaf]
    if norm_header(spec.field(name).title) == leaf:
        return False
    return any(index.get(p) not in (None, name) for p in parents)


def _slip_title(texts: tuple[str, ...], index: dict[str, str]) -> str | None:
    """The one known title a header stands for once a slip of hand typing is undone (纠分类型 → 纠纷类型, 当亊人 →
    当事人; fzlib/specs/characters.yaml), or None: none, or titles of two fields, are no reading."""
    for text in texts:
        found = {r for r in slip_readings(text) if r in index}
        if len({index[r] for r in found}) == 1:
            return min(found)
        if found:
            return None
    return None


def _forced(table: Table, wanted: str) -> Column | None:
    """The column a params `columns` entry names: by its letter (D) or its header as written."""
    text = norm_header(wanted)
    for col in table.columns:
        if text.upper() == column_letter(col.index) or text in (col.own + (norm_header(col.display),)):
            return col
    return None


def fit(table: Table, spec: LedgerSpec, ctx: Context, thorough: bool = True) -> Fit:
    """Where `table` holds each field of `spec`. With `thorough` False only titles are read (cheap,
    to rank the kinds); the cells are judged for the kinds worth it."""
    index = _header_index(spec)
    vocabs = vocabularies(spec)
    result = Fit(spec.kind)
    titles = ctx.titles(table)
    serial = titles.serial
    taken: set[int] = set(serial)

    # Params `columns`: the office's own decision comes first.
    for name, wanted in ctx.columns.items():
        if name not in {f.name for f in spec.fields}:
            continue
        col = _forced(table, str(wanted))
        if col is not None:
            result.columns[name], result.tiers[name] = col, OWN
            taken.add(col.index)
            result.notes.append(("column.chosen", name, col, str(wanted)))
        else:  # the office's choice names no column of this table: said, never silently dropped
            result.notes.append(("column.not_found", name, None, str(wanted)))

    # Tick and count columns: titled with a vocabulary's values.
    for name, vocab in vocabs.items():
        if name in result.columns:
            continue
        group = []
        for col, key, short_key in titles.values:
            if col.index in taken:
                continue
            value = vocab.loose.get(key) or vocab.loose.get(short_key)
            if value is not None and index.get(col.leaf) is None:
                group.append((col, value))
        if len(group) >= 2 and (not thorough or _ticks_or_counts(table, ctx, [c for c, _ in group])):
            result.ticks[name] = group
            taken |= {c.index for c, _ in group}
            if spec.measure:
                result.subsets += [
                    c for c in titles.subsets if c.index not in taken and c.index > min(g.index for g, _ in group)
                ]
                taken |= {c.index for c in result.subsets}

    # Titles: own first, then parents; two columns at the same level are told apart by their cells.
    claims: dict[str, list[tuple[int, Column]]] = {}
    slipped: dict[int, str] = {}  # column → the title its header reads as once a slip of typing is undone
    for col, own, parents in titles.forms:
        if col.index in taken:
            continue
        if _attribute_of_another(col, own, parents, index, spec):
            continue  # 原告 › 类型: the plaintiff's type, neither the plaintiff nor the case's 类型
        for tier, texts in ((OWN, own), (PARENT, parents)):
            name = next((index[t] for t in texts if t in index), None)
            if name is not None and thorough and _unsure_and_unlike(table, spec, ctx, col, texts, name, vocabs):
                break  # 考试类型 over 学法用法考试: the title names another thing here, the column no field's
            if name is not None:
                claims.setdefault(name, []).append((tier, col))
                break
        else:
            reading = _slip_title(own, index)
            if reading is not None:  # 纠分类型, 当亊人, 信仿编号: a title typed with a slip is its field's
                claims.setdefault(index[reading], []).append((OWN, col))
                slipped[col.index] = reading
    for f in spec.fields:
        if f.name in result.columns or f.name in result.ticks or f.name not in claims:
            continue
        options = [(t, c) for t, c in claims[f.name] if c.index not in taken]
        if not options:
            continue
        best = min(t for t, _ in options)
        tied = [c for t, c in options if t == best]
        col, rivals = tied[0], list(tied)
        preferred = _preferred(f, tied, titles)
        companion = _companion(table, spec, ctx, result, f, tied, vocabs) if thorough and preferred is None else None
        if companion is not None:
            # 办理状态 (已办结 / 办理中) beside 化解结果 (化解成功 / 化解不成功), both titled for the status: the one whose
            # every value is where the record stands is that field's (spec alone_as), the other the status.
            other, stage = companion
            result.columns[other.name], result.tiers[other.name] = stage, best
            taken.add(stage.index)
            result.notes.append(("column.by_content", other.name, stage, ""))
            tied = [c for c in tied if c is not stage]
            col, rivals = tied[0], list(tied)
        # A hidden column titled like a shown one is the one put away (an old or helper column):
        # the shown one is the field's.
        shown = [c for c in tied if c.index not in table.hidden_columns]
        if preferred is None and 0 < len(shown) < len(tied):
            col = shown[0]
            others = "、".join(f"“{c.display}”（{column_letter(c.index)}列，已隐藏）" for c in tied if c not in shown)
            result.notes.append(("column.preferred", f.name, col, others))
            tied = shown
        if preferred is not None:
            col = preferred
            others = "、".join(f"“{c.display}”（{column_letter(c.index)}列）" for c in tied if c is not col)
            result.notes.append(("column.preferred", f.name, col, others))
        elif len(tied) > 1 and thorough:
            scored = sorted(
                ((ctx.content(table, c).rank(f, vocabs.get(f.name)), -c.index, c) for c in tied), reverse=True
            )
            code = "column.by_content" if scored[0][0] - scored[1][0] >= 0.2 else "column.preferred"
            col = scored[0][2] if code == "column.by_content" else col  # no clear winner: the first
            if code == "column.preferred" and f.name == spec.date and not _alike(table, tied):
                # Two columns titled alike for the date that places a record in its year, holding different
                # dates (立案 and 结案 both titled 日期): the first is a guess the office must confirm, not
                # "nothing to do". Columns holding the same cells (a copy) are no such guess.
                code = "column.date_ambiguous"
            elif code == "column.preferred" and _counted(f) and _contradict(table, tied, vocabs.get(f.name)):
                # Two 调解结果 columns saying 成功 and 不成功 of one record (a column corrected beside the old
                # one): what the figures count depends on which was taken. One left blank is no such guess.
                code = "column.ambiguous"
            others = "、".join(f"“{c.display}”（{column_letter(c.index)}列）" for c in tied if c is not col)
            result.notes.append((code, f.name, col, others))
        result.rivals.update(c.index for c in rivals if c is not col)
        name = f.name
        if f.alone_as is not None and f.alone_as not in result.columns and f.alone_as not in result.ticks:
            name = f.alone_as  # spec alone_as: no column of that field's own, so this one is it
        result.columns[name], result.tiers[name] = col, best
        taken.add(col.index)
        if col.index in slipped:
            result.notes.append(("column.slip", name, col, slipped[col.index]))

    # A date split over 年/月/日 with no title of its own is the kind's date.
    untitled = next((c for c in table.columns if c.parts and not c.path and c.index not in taken), None)
    if untitled is not None and spec.date and spec.date not in result.columns:
        result.columns[spec.date], result.tiers[spec.date] = untitled, OWN
        taken.add(untitled.index)
    if thorough:
        _stronger_answer(table, spec, ctx, result, taken)
        _shared_cells(table, spec, ctx, result, taken)
        _paired_cells(table, spec, ctx, result, taken)
        _close_titles(table, spec, ctx, result, taken, vocabs)
        _category_content(table, spec, ctx, result, vocabs)
        _category_beside(table, ctx, result, vocabs, taken)
    _sections(table, spec, result, vocabs)
    _constants(spec, ctx, result, vocabs, table)
    _year_as_date(spec, ctx, result, table)
    _serial_key(table, spec, result, serial)
    found = result.found()
    result.required = tuple(f.name for f in spec.fields if f.required)
    # The date is not missing where the table holds its fallback (the record is dated by that).
    dated = spec.date_fallback is not None and spec.date_fallback in found
    # A question answered by another field's column (spec answered_by: 出庭负责人) is not missing where that is found.
    answered = {f.name for f in spec.fields if f.answered_by is not None and f.answered_by in found}
    # Likewise a value told by whether a date is written (spec by_date: 撤管日期) where that date's column is found.
    answered |= {f.name for f in spec.fields if f.by_date is not None and f.by_date[0] in found}
    # And a value told by the answer to a yes/no question (spec by_answer: 是否办结) where that question's column is found.
    answered |= {f.name for f in spec.fields if f.by_answer is not None and f.by_answer[0] in found}
    # And a question answered by ticks of the ways it was done (spec any_of: 电话劝阻 / 见面劝阻).
    answered |= {f.name for f in spec.fields if set(f.any_of) & set(found)}
    # And a date a log's rows give as the time of their step (spec step_log dates: 交办日期 the 交办 row's 环节办理时间).
    log = spec.step_log
    if log is not None and log.step_time in found and log.step in found:
        answered |= set(log.dates)
    # And a category named inside another field's cells (spec within: 执法事项 对…的处罚) where most of them name one.
    # (Only the fields read within another's cells are asked: asking every field was a fiftieth of a small clean.)
    answered |= {
        f.name for f in spec.fields if f.within and f.name not in found and _named_within(table, ctx, result, f) >= 0.5
    }
    result.missing = [
        n for n in result.required if n not in found and not (dated and n == spec.date) and n not in answered
    ]
    unique = _unique_headers(spec)
    distinct = sum(1 for n, c in result.columns.items() if result.tiers.get(n) == OWN and set(c.own) & unique)
    hints = sum(1 for h in spec.hints if h in ctx.text)
    by_title = sum(1 for n in result.columns if result.tiers.get(n) != CLOSE)
    by_cells = sum(1 for n in result.columns if result.tiers.get(n) == CLOSE) + len(result.split) // 2
    result.score = (
        by_title + 2 * distinct + 1.5 * hints + len(result.ticks) + 0.5 * by_cells + 0.25 * len(result.constants)
    )
    return result


def _unsure_and_unlike(table, spec: LedgerSpec, ctx: Context, col: Column, texts, name: str, vocabs) -> bool:
    """Whether the column's title is one its field may mean or not (spec `unsure`) and its cells say not: fewer than
    half of them are the vocabulary's values."""
    f = spec.field(name)
    if not f.unsure or not any(t in _unsure_titles(spec, name) for t in texts):
        return False
    return ctx.content(table, col).vocabulary(vocabs[name], name) < 0.5


@cache
def _unsure_titles(spec: LedgerSpec, name: str) -> frozenset[str]:
    return frozenset(norm_header(t) for t in spec.field(name).unsure)


def _named_within(table: Table, ctx: Context, result: Fit, f: FieldSpec) -> float:
    """The share of the cells of the column of the field `f` is read within (spec `within`) that name one value of
    `f`'s vocabulary; 0 for a field read from no other or without a vocabulary, or where that column is not found."""
    dated = "date" in f.steps and f.vocabulary is None
    col = result.columns.get(f.within) if f.within and (f.vocabulary or dated) else None
    if col is None:
        return 0.0
    if dated:  # the year in a document number's brackets (〔2024〕), on most of the filled cells
        cells = table.body[col.index].dropna().astype(str).str.strip() if col.index in table.body else pd.Series()
        cells = cells[cells.ne("")]
        return float(year_in_number(cells).notna().mean()) if len(cells) else 0.0
    return ctx.content(table, col).named_within(f.vocabulary, f.name)


def _headers_shown(table: Table) -> str:
    """A table's first headers as a message quotes them: what follows a colon (登记人: 王五, a value
    written into the header row) is left out, as it may name a person.

    >>> _headers_shown(Table(0, 1, [Column(0, ("登记人:王五",), "登记人:王五"), Column(1, (), "")], None))
    '登记人:…、空白表头（B）'
    """
    shown = (
        _AFTER_COLON.sub(r"\1…", c.display) if c.display else f"空白表头（{column_letter(c.index)}）"
        for c in table.columns[:8]
    )
    return "、".join(shown)


_AFTER_COLON = re.compile(r"([:：]).+$")


def _alike(table: Table, columns: list[Column]) -> bool:
    """Whether the columns hold the same cell on every record row (one column copied beside itself)."""
    cells = [table.body[c.index].astype(str).tolist() if c.index in table.body else [] for c in columns]
    return all(c == cells[0] for c in cells[1:])


def _counted(f: FieldSpec) -> bool:
    """Whether figures count by the field's values (a category, a yes/no, a number), not its free text."""
    return f.personal is None and bool({"category", "yes_no", "number", "integer"} & set(f.steps))


def _contradict(table: Table, columns: list[Column], vocab: Vocabulary | None) -> bool:
    """Whether some record row has every one of the columns filled, not all with the same value (a
    vocabulary's variants, 许可 and 行政许可, are one value)."""
    if any(c.index not in table.body for c in columns):
        return False

    def value(cell: str) -> str:
        return (vocab.certain(cell) or vocab.assumed(cell) or cell) if vocab is not None and cell else cell

    cells = [
        [value(c) for c in table.body[col.index].astype("string").str.strip().fillna("").tolist()] for col in columns
    ]
    grid = np.array(cells, dtype=object)  # one line per column
    filled = (grid != "").all(axis=0)
    return bool((grid[:, filled] != grid[0, filled]).any())


def _companion(
    table: Table, spec: LedgerSpec, ctx: Context, result: Fit, f: FieldSpec, tied: list[Column], vocabs: dict
) -> tuple[FieldSpec, Column] | None:
    """Of two columns titled for `f`, the one that is the field standing in for `f` when alone (spec alone_as: a
    platform's 办理状态 beside its 化解结果): every value it holds is a value of that field (已办结, 办理中), none of the
    other column's is, and the other's are mostly `f`'s own (化解情况 已化解 / 正在化解): a free-text account of the
    handling (办理情况 已约谈双方…) beside a 办理结果 leaves the 办理结果 the status. None unless exactly one column is each.
    A word both vocabularies hold, written as `f`'s own value (化解中, an item still in hand), is no sign of the stage:
    a 化解结果 column listing 已化解 / 未化解 / 化解中 beside the platform's 已办结 / 处置中 is the status all the same."""
    if len(tied) != 2:
        return None
    for other in spec.fields:
        if other.alone_as != f.name or other.name in result.columns or other.name not in vocabs:
            continue
        key = other.vocabulary_name or other.name
        shares = [
            ctx.content(table, c).vocabulary_beyond(vocabs[other.name], key, vocabs[f.name])
            if f.name in vocabs
            else ctx.content(table, c).vocabulary(vocabs[other.name], key)
            for c in tied
        ]
        if min(shares) < 0.05 and max(shares) > 0.95:
            rest = tied[shares.index(min(shares))]
            if (
                f.name in vocabs
                and ctx.content(table, rest).vocabulary(vocabs[f.name], f.vocabulary_name or f.name) < 0.5
            ):
                return None
            return other, tied[shares.index(max(shares))]
    return None


def _preferred(f: FieldSpec, tied: list[Column], titles: _Titles) -> Column | None:
    """Of several columns titled for one field, the one titled with a header the spec prefers (核定金额
    beside 申报金额), when exactly one is."""
    if len(tied) < 2 or not f.prefer:
        return None
    wanted = {norm_header(p) for p in f.prefer}
    own = {c.index: o for c, o, _ in titles.forms}
    chosen = [c for c in tied if wanted & set(own.get(c.index, ()))]
    return chosen[0] if len(chosen) == 1 else None


def _stronger_answer(table, spec, ctx, result: Fit, taken: set[int]) -> None:
    """A yes/no field titled for a narrower question (是否见面: met in person) yields to a free column whose
    title is close to a header the spec prefers (联系方式 beside 联系情况) and whose cells answer it (已联系 /
    无法联系): a 核查名单 records both, and a person reached by telephone but not met has been contacted (the
    persons met had been counted as the ones contacted, 3 for 7). The column left is named as one not taken."""
    for f in spec.fields:
        col = result.columns.get(f.name)
        # The office's own choice (params columns) stands.
        if col is None or not f.prefer or "yes_no" not in f.steps or f.name in ctx.columns:
            continue
        wanted = [norm_header(p) for p in f.prefer]
        if set(col.own) & set(wanted):
            continue
        needed = FIT_NEEDED["yes_no"]
        for other in table.columns:
            if other.index in taken or not other.own or other.index in table.hidden_columns:
                continue
            if not any(similar(other.own[0], w, loose=False) for w in wanted):
                continue
            if ctx.content(table, other).fit(f, None) < needed:
                continue
            taken.discard(col.index)
            taken.add(other.index)
            result.columns[f.name], result.tiers[f.name] = other, CLOSE
            result.notes.append(("column.preferred", f.name, other, f"“{col.display}”（{column_letter(col.index)}列）"))
            break


def _ticks_or_counts(table, ctx, columns: list[Column]) -> bool:
    """Columns of ticks or counts: each filled one holds ticks, crosses or numbers; one at least is filled."""
    contents = [ctx.content(table, c) for c in columns]
    filled = [c for c in contents if c.filled]
    return bool(filled) and all(c.ticks() >= TICK_SHARE for c in filled)


# A title naming a person: 承办人, 经办人, 调解员, 执法人员, 发布人, 签名.
PERSON_TITLE = re.compile(r"(?:人|员|人员|签名|签字)(?:（[^（）]*）)?$")
# The share of a person-titled column's cells that must name organisations for a body's field to take it.
ORGANISATIONS_NEEDED = 0.8


def _close_titles(table, spec, ctx, result: Fit, taken: set[int], vocabs) -> None:
    """Fields still without a column take a free column whose title is close and whose cells fit.
    A table without records has no cells to judge: there a close title is enough where the words
    around the table (title, sheet, file) name the kind. Without them it is not: an empty 依申请公开
    sheet (申请人, 答复结果) taken for a 人民调解 ledger would make that kind's figures 0 in a town
    that keeps none. Required fields choose first, free text last: a column of statuses under
    办结情况 is the status's, not the summary's (简要情况) whose title it shares."""
    order = sorted(spec.fields, key=lambda f: (not f.required, (f.steps or ("text",))[0] == "text"))
    named = any(h in ctx.text for h in spec.hints)
    # The fields a per-person list is known by (spec one_per) make its rows persons: only their own titles
    # say so (授课人姓名 in a log of sessions is no examinee's name).
    anchors = {n for g in spec.fields for n in g.one_per}
    # Likewise the persons whose rows hold shares of an amount (spec shares: 调解员): a column of the parties'
    # names (当事人/姓名) taken for them would add up a case's subsidy repeated on each party's row.
    anchors |= {g.name for g in spec.fields if g.shares}
    for f in order:
        if f.name in result.found() or f.name in anchors:
            continue
        step = f.steps[0] if f.steps else "text"
        needed = FIT_NEEDED.get(step, FIT_NEEDED_TEXT)
        best = None
        for col in table.columns:
            if col.index in taken or not col.path:
                continue
            # Counts and amounts must hold the field's title (拘留天数 is no 拘留人数); the others may
            # share a part of it, a generic word only when the field is required. Any text fits a
            # free-text field, so its cells cannot confirm a title that shares only a modifier and
            # names other content (处罚结果 is no 处罚机关).
            if step == "date" and col.own and without_unit(col.own[0]).endswith(DEADLINE_ENDS):
                continue
            # A category read within another field's cells (spec within) leaves that field's column to it: a
            # police log's 案件名称 (某等4人赌博案) names the sort inside the case's name, to be read there, not
            # taken whole for the sort by the first names that happen to match (the others then unknown).
            if f.within and f.vocabulary and _title_closeness(col.own[:1], spec.field(f.within).headers) == 2:
                continue
            numeric = step in ("number", "integer")
            free = step == "text" and not f.required
            # Every yes/no column holds 是 and 否: its cells cannot confirm a title sharing only a generic word
            # (是否出声 beside 出庭负责人 asks whether the leader spoke, not whether they appeared).
            loose = f.required and step != "yes_no"
            pairs = [
                (t, h)
                for t in col.own[:1]
                for h in map(norm_header, f.headers)
                if ((h in t or t in h) if numeric else similar(t, h, loose=loose, head_decides=free))
            ]
            close = bool(pairs) and not _names_another_thing(pairs, f, spec)
            monthly = f.name == spec.date and col.leaf in MONTH_HEADERS
            if not (close or monthly):
                continue
            content = ctx.content(table, col)
            # Values of a category of this kind (合同审查, 法律咨询) are no free text, unless the category is read
            # within this field's cells (spec within: 某等4人赌博案 is a case's name holding its sort).
            holds = any(g.within == f.name and g.vocabulary for g in spec.fields)
            if step == "text" and not holds and any(content.vocabulary(v, n) >= 0.5 for n, v in vocabs.items()):
                continue
            # A column titled for a person (承办人) taken for a body's field (执法单位) would carry the
            # officers' names out unprotected: only where its cells name organisations.
            if (
                not f.personal
                and any(PERSON_TITLE.search(t) for t in col.own[:1])
                and not PERSON_TITLE.search(f.title)
                and content.organisations() < ORGANISATIONS_NEEDED
            ):
                continue
            nearer = _title_closeness(col.own[:1], f.headers)
            if not content.filled and close and not len(table.body):
                # A category the title itself states (政府信息公开申请办理登记表: 依申请公开) is the context's, not a
                # column's near only by a word (申请方式 for 公开方式): an empty month's sheet of such a register
                # says nothing of the other categories (it had made 主动公开 0). No cells to judge: the title alone,
                # where it names the field's own thing, not only its matter (化解措施 beside 化解日期 and 化解与否, in a
                # month holding only its 零报告 line).
                stated = f.vocabulary and _context_value(ctx, spec, f.name) is not None
                score = needed if named and not stated and not _matter_only(pairs) else 0.0
            elif not content.filled and nearer:
                # The field's column left blank in every record (a month's sheet of one draft not yet issued, its
                # 印发（签订）日期 empty) is still the field's: another column fitting by its cells alone (收件日期)
                # would give the record a value the ledger never wrote. Its nearer title ranks it first.
                score = needed
            else:
                score = content.months() if monthly else content.fit(f, vocabs.get(f.name))
            if monthly and score >= needed:
                score = content.dates()  # 1月 … 12月: dated by the year of the title
            # Of two columns whose cells fit, the one whose title holds the field's (决定时间 in 作出决定时间)
            # is the field's, not one sharing only a generic word with it (立案时间): a register dates
            # a case by several events, and their cells look alike.
            arising = step == "date" and _names_arising(col.own[:1], f.headers)
            rank = (nearer, not arising, score)
            if score >= needed and (best is None or rank > best[2]):
                best = (score, col, rank)
        if best is None and f.required and f.name in vocabs:
            # A required category under a title like nothing known (处理情况 for 化解状态): its values
            # alone can tell it, when nearly all of them are the vocabulary's.
            for col in table.columns:
                if col.index in taken or not col.path or _asks(col):
                    continue
                score = ctx.content(table, col).fit(f, vocabs[f.name])
                if score >= VOCABULARY_ALONE and (best is None or score > best[0] + 1e-9):
                    best = (score, col, (0, score))
        if best is not None:
            col = best[1]
            result.columns[f.name], result.tiers[f.name] = col, CLOSE
            taken.add(col.index)
            result.notes.append(("column.by_content", f.name, col, ""))


def _apart(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (column title, field title) pairs neither of which holds the other, or [] where one pair does."""
    apart = [(t, h) for t, h in ((without_unit(t), without_unit(h)) for t, h in pairs) if t not in h and h not in t]
    return apart if len(apart) == len(pairs) else []


def _matter_only(pairs: list[tuple[str, str]]) -> bool:
    """Whether a column's title shares with the field's titles only their start, the matter, and ends in another
    noun, no generic one (化解措施 beside 化解日期, 化解与否): the measures of that matter, not its date or its outcome.

    >>> _matter_only([("化解措施", "化解日期")]), _matter_only([("化解时间", "化解日期")]), _matter_only([("化解日期", "化解日期")])
    (True, False, False)
    """
    apart = _apart(pairs)
    return bool(apart) and all(t[:2] == h[:2] and t[-2:] != h[-2:] and t[-2:] not in GENERIC_WORDS for t, h in apart)


def _names_another_thing(pairs: list[tuple[str, str]], f, spec: LedgerSpec) -> bool:
    """Whether a column close to a free-text field's titles only by their noun, no generic one, names that noun of
    another matter of the kind, its modifier being another field's (备案机关 beside 制定机关, 备案 the matter of 备案日期: the body a
    document was filed with, not the one that made it). Any text fits a free-text field, so its cells cannot tell.

    >>> from types import SimpleNamespace
    >>> issuer = FieldSpec("issuer", "制定机关", ("发文单位",))
    >>> documents = SimpleNamespace(fields=[issuer, FieldSpec("filed_on", "备案日期", steps=("date",))])
    >>> [_names_another_thing([(t, "制定机关")], issuer, documents) for t in ("备案机关", "发文机关")]
    [True, False]
    """
    apart = _apart(pairs)
    # A generic noun shared (更新内容 beside 公开内容: the update's content is the item's) names no thing of its own.
    same_noun = all(t[-2:] == h[-2:] and t[-2:] not in GENERIC_WORDS and t[:2] != h[:2] for t, h in apart)
    if (f.steps or ("text",))[0] != "text" or not apart or not same_noun:
        return False
    others = {without_unit(norm_header(h))[:2] for g in spec.fields if g.name != f.name for h in g.headers}
    own = {without_unit(norm_header(h))[:2] for h in f.headers}
    return any(t[:2] in others and t[:2] not in own for t, _ in apart)


def _asks(col: Column) -> bool:
    """Whether a column's own title is a yes/no question (是否参加培训, 化解与否): its 是 and 否 answer that question,
    whatever vocabulary also lists them (是 for 已化解 under 是否化解), so its cells alone tell no other category. A
    法律明白人 名单's 是否参加培训 had been a dispute register's 化解状态, each person a dispute resolved.

    >>> _asks(Column(0, ("是否参加培训",), "是否参加培训")), _asks(Column(0, ("处理情况",), "处理情况"))
    (True, False)
    """
    return any(t.startswith("是否") or without_unit(t).endswith("与否") for t in col.own[:1])


def _names_arising(own: list[str], headers) -> bool:
    """Whether a column's title names when the matter arose (纠纷发生时间) and the field's titles do not (受理时间).

    >>> _names_arising(["纠纷发生时间"], ["受理日期", "受理时间"]), _names_arising(["发生日期"], ["日期", "发生日期"])
    (True, False)
    """
    words = [w for w in ARISING_WORDS if any(w in t for t in own)]
    return bool(words) and not any(w in norm_header(h) for w in words for h in headers)


def _title_closeness(own: list[str], headers) -> int:
    """How near a column's title is to a field's titles: 2 where one holds the other (决定时间, 作出决定时间),
    1 where they share words that are not generic (化解结果, 化解状态), else 0 (立案时间 and 作出决定时间
    share only 时间)."""
    best = 0
    for t in map(without_unit, own):
        for h in map(without_unit, map(norm_header, headers)):
            if len(t) < 2 or len(h) < 2:
                continue
            if t in h or h in t:
                return 2
            if similar(t, h, loose=False):
                best = 1
    return best


def _shared_cells(table, spec, ctx, result: Fit, taken: set[int]) -> None:
    """A column titled with two fields (文书号及日期) whose cells hold a date beside the other value."""
    if not spec.date or spec.date in result.found():
        return
    for col in table.columns:
        if col.index in taken or not col.path:
            continue
        parts = [p for p in _JOINERS.split(col.leaf) if p]
        if len(parts) < 2:
            continue
        index = _header_index(spec)
        dated = [p for p in parts if p.endswith(("日期", "时间")) or index.get(p) == spec.date]
        others = [index.get(p) for p in parts if p not in dated]
        other = next((n for n in others if n and n not in result.found()), None)
        if other is None:
            close = [
                f.name
                for f in spec.fields
                if f.name not in result.found() and f.name != spec.date
                for p in parts
                if p not in dated and any(similar(p, norm_header(h)) for h in f.headers)
            ]
            other = close[0] if close else None
        if dated and other and ctx.content(table, col).embedded_dates() >= FIT_NEEDED["date"]:
            result.split[spec.date] = (col, "date")
            result.split[other] = (col, "rest")
            result.tiers[spec.date] = result.tiers[other] = CLOSE
            taken.add(col.index)
            result.notes.append(("column.shared", spec.date, col, spec.field(other).title))
            return


# Two titles joined in one (实考/应考, 实参考人数／应参考人数), perhaps in the brackets of a third (参考情况（实考/应考）).
_PAIRED_TITLE = re.compile(r"([^\s/／()（）]{2,})\s*[/／]\s*([^\s/／()（）]{2,})")


def _paired_cells(table, spec, ctx, result: Fit, taken: set[int]) -> None:
    """A column titled with two counts (实考/应考) whose cells hold both, joined the same way (8/9): each count
    is its field's. Each part of the title must name one count field of its own, not yet found."""
    counts = [f for f in spec.fields if set(f.steps) & {"integer", "number"} and f.name not in result.found()]
    for col in table.columns:
        if col.index in taken or not col.path:
            continue
        titled = _PAIRED_TITLE.search(col.leaf)
        if titled is None:
            continue
        named = []
        for part in titled.groups():
            fields = [f for f in counts if any(part in h or h in part for h in map(norm_header, f.headers))]
            named.append(fields[0].name if len(fields) == 1 else None)
        if None in named or named[0] == named[1] or ctx.content(table, col).pairs() < FIT_NEEDED["integer"]:
            continue
        result.split[named[0]] = (col, "first")
        result.split[named[1]] = (col, "second")
        result.tiers[named[0]] = result.tiers[named[1]] = CLOSE
        taken.add(col.index)
        result.notes.append(("column.shared", named[0], col, spec.field(named[1]).title))
        return


def _loosely_titled_categories(result: Fit, vocabs):
    """(field, column, vocabulary) of each category column taken by a title that is not its own (not
    CLOSE, not chosen among rivals): the ones whose content may overrule the title."""
    for name, col in list(result.columns.items()):
        vocab = vocabs.get(name)
        if (
            vocab is not None
            and result.tiers.get(name) != CLOSE
            and not any(n[0] == "column.chosen" and n[1] == name for n in result.notes)
        ):
            yield name, col, vocab


def _category_content(table, spec, ctx, result: Fit, vocabs) -> None:
    """A category column by title whose cells hold none of the vocabulary (许可类别: 普通/登记) is a
    sub-type, not the field, when the table's context names the field's value instead."""
    for name, col, vocab in _loosely_titled_categories(result, vocabs):
        if _context_value(ctx, spec, name) is None:
            continue
        content = ctx.content(table, col)
        if content.filled >= 3 and content.vocabulary(vocab, name) < 0.2:
            del result.columns[name]
            result.notes.append(("column.not_field", name, col, ""))


def _category_beside(table, ctx, result: Fit, vocabs, taken: set[int]) -> None:
    """A category column by title whose cells hold none of the vocabulary (服务事项: 征地补偿协议, 劳动用工
    — the matter served) beside a column no field claims whose cells are the vocabulary's values (服务方式:
    个别咨询, 出具法律意见书): the category is in that column. The title's column is only the topic."""
    for name, col, vocab in _loosely_titled_categories(result, vocabs):
        content = ctx.content(table, col)
        claimed = taken | {c.index for c in result.columns.values()}
        if content.filled < 3 and content.vocabulary(vocab, name) < 0.5 and name in ctx.beside:
            # Too few cells here to judge, and the book's sheet of this header judged them: its column.
            other = next((c for c in table.columns if c.index == ctx.beside[name] and c.index not in claimed), None)
            if other is not None and ctx.content(table, other).vocabulary(vocab, name) >= 0.6:
                _take_beside(result, name, col, other, taken)
            continue
        if content.filled < 3 or content.vocabulary(vocab, name) >= 0.2:
            continue
        best = None
        for other in table.columns:
            if other.index in claimed:
                continue
            cells = ctx.content(table, other)
            share = cells.vocabulary(vocab, name) if cells.filled >= 3 else 0.0
            if share >= 0.6 and (best is None or share > best[0]):
                best = (share, other)
        if best is not None:
            _take_beside(result, name, col, best[1], taken)


def _take_beside(result: Fit, name: str, titled: Column, col: Column, taken: set[int]) -> None:
    """The category `name` taken from `col`, beside the column its title names (`titled`)."""
    result.columns[name] = col
    result.beside[name] = col.index
    taken.add(col.index)
    # The note names the title's column as not taken: it is a rival, not also an unknown column.
    result.rivals.add(titled.index)
    result.notes.append(("column.by_content", name, col, f"“{titled.display}”"))


@cache
def _generic_words(spec: LedgerSpec, field_name: str) -> tuple[str, ...]:
    """The kind's own name and hint words, but for the field's own values (行政许可 is a hint and a
    category): a title holding them names the ledger, not a record's value."""
    vocab = vocabularies(spec)[field_name]
    own = {vocab.key(t) for t in vocab.targets}
    return tuple(w for w in (norm_header(spec.title), *map(norm_header, spec.hints)) if vocab.key(w) not in own)


def _value_named(ctx: Context, spec: LedgerSpec) -> bool:
    """The title, sheet or file names a value of one of the kind's required categories: a hint of the kind as
    good as its own words, whatever the file is called (政府合同合法性审查登记: 合同审查 is the 文书审核 of a 法律顾问)."""
    return any(f.required and f.vocabulary and _context_value(ctx, spec, f.name) for f in spec.fields)


def _each_rows_own(spec: LedgerSpec, field_name: str) -> bool:
    """Whether the field is each row's own, never read off a title, sheet name or section line: a step log's
    processing step (a sheet named 登记 is no step of its rows; a block 一、县联办交办件 groups items by who assigned
    them), or a field telling whether a row is of the kind at all (spec told_by: a grid export's 事件大类). A title
    naming such a value (某镇社会治安综合治理工作台账: 社会治安) names the work the book is about; read as every row's,
    it had set a dispute register aside whole."""
    return (spec.step_log is not None and field_name == spec.step_log.step) or field_name in spec.told_by


def _context_value(ctx: Context, spec: LedgerSpec, field_name: str) -> tuple[str, str] | None:
    generic = _generic_words(spec, field_name)
    for text, where in ((ctx.title, "表格标题"), (ctx.sheet, "工作表名"), (ctx.file, "文件名")):
        value = _cached_title_value(text, spec, field_name, generic) if text else None
        if value is not None:
            return value, where
    return None


def _sections(table: Table, spec: LedgerSpec, result: Fit, vocabs) -> None:
    """A category without a column, given by block titles inside the table (a lone line 一、行政许可
    above its rows, 二、行政检查 above the next): each record takes the block it is in. Never a processing
    step: a register grouped under 一、县联办交办件 / 三、本级受理件 is grouped by who assigned its items, and a
    step is each row's own (read as steps, every row after the first block was an item never taken up)."""
    if table.rows is None or not len(table.body):
        return
    lone = _lone_lines(table)
    if not lone:
        return
    for name in vocabs:
        if name in result.found():
            continue
        if _each_rows_own(spec, name):
            continue
        titles = {r: v for r, t in lone if (v := _cached_title_value(t, spec, name, _generic_words(spec, name)))}
        if not titles:
            continue
        starts = sorted(titles)
        by_row = {}
        for r in table.body.index:
            above = [s for s in starts if s < r]
            if above:
                by_row[int(r)] = titles[above[-1]]
        if len(by_row) >= len(table.body) / 2:
            result.sections[name] = by_row


def _lone_lines(table: Table) -> list[tuple[int, str]]:
    """(Excel row, its text) of the body lines holding one text only (set aside as notes); worked
    out once per table."""
    if table.lone_lines is None:
        notes = np.flatnonzero(table.reasons == "note")  # few or none: no frame is cut for them
        found = []
        for r, row in zip(table.rows.index[notes], table.rows.to_numpy(dtype=object)[notes]):
            texts = [str(x).strip() for x in row if x not in (None, "") and str(x).strip()]
            # 一、行政许可类 | （共7件）, 一 | 调解成功案件: the heading, its number and count beside it.
            if (title := section_title(texts)) is not None:
                found.append((int(r), title))
        table.lone_lines = found
    return table.lone_lines


def _year_as_date(spec: LedgerSpec, ctx: Context, result: Fit, table: Table) -> None:
    """A table with no date column at all (an application list, per-department exam rows) whose
    title or sheet names its year: its records are of that year (dated its first day, noted), rather
    than the whole table refused. A table holding the spec's `date_fallback` (信访日期, 登记日期 of a
    register without 交办日期) is dated row by row by it instead: a year in the title would place an
    item registered in December of the year before in this year. So is one whose records' own numbers
    name their years (spec `within` of the date: a 清理目录 of documents of 2018–2024 under a title of the
    year of the cleanup, each 发文字号 〔2019〕 the year it was issued): the title's year had made every
    document listed one issued this year."""
    if not spec.date or spec.date in result.found() or ctx.named_year is None:
        return
    if spec.date_fallback and spec.date_fallback in result.found():
        return
    if _named_within(table, ctx, result, spec.field(spec.date)) >= 0.5:
        return
    year, where = ctx.named_year
    result.constants[spec.date] = (f"{year}年", where)
    result.tiers[spec.date] = CLOSE


def _serial_key(table: Table, spec: LedgerSpec, result: Fit, serial: set[int]) -> None:
    """A ledger numbering its rows only by 序号 (no 编号 column): the 序号 names each record within
    its table (numbers restarting in every table are told apart: see fzlib.ingest.keys). Never where the
    key is a person's ID number: a list of persons kept without one has no key, so two sheets numbering
    their persons from 1 are not taken for one person in two states. Nor where the spec says its key is
    a number only some of its tables have (`serial_key: false`)."""
    if len(spec.key) != 1 or not spec.serial_key or spec.key[0] in result.found() or not serial:
        return
    if spec.field(spec.key[0]).personal:
        return
    col = next(c for c in table.columns if c.index == min(serial))
    result.columns[spec.key[0]], result.tiers[spec.key[0]] = col, CLOSE
    result.notes.append(("column.serial_as_key", spec.key[0], col, ""))


def _constants(spec, ctx, result: Fit, vocabs, table: Table | None = None) -> None:
    for f in spec.fields:
        vocab = vocabs.get(f.name)
        if vocab is not None and f.apart and f.name in result.columns and table is not None:
            _title_agrees(table, spec, ctx, f, vocab, result)
        if vocab is None or f.name in result.found():
            continue
        if _each_rows_own(spec, f.name):
            continue
        found = _context_value(ctx, spec, f.name)
        if found is None:
            continue
        if found[1] != "表格标题" and table is not None and table.number > 1 and ctx.title:
            # A later table of a sheet (tables stacked one under another) is named by its own title first: the
            # sheet's name is its first table's. Where that title names another value, be it only in the kind's own
            # words (某镇行政应诉案件台账 under a sheet named 行政复议), the sheet's name speaks for none of its rows (read
            # by it, five lawsuits had been reviews: litigation.cases 0 for 5).
            own = _cached_title_value(ctx.title, spec, f.name, ())
            if own is not None and own != found[0]:
                continue
        if spec.step_log is not None and found[0] in spec.step_log.merged_when.get(f.name, ()):
            # Being merged into another record is each row's own: a book named 台账（合并） is books merged into one
            # (two townships' after their merger), not a book of duplicates (it had made every row no record).
            continue
        other = _said_otherwise(table, f, vocab, found[0], result) if table is not None else None
        if other is not None:
            result.notes.append(("column.context_contradicted", f.name, other[0], other[1]))
            continue
        result.constants[f.name] = found


def _title_agrees(table: Table, spec: LedgerSpec, ctx: Context, f: FieldSpec, vocab: Vocabulary, result: Fit) -> None:
    """Where the title (sheet or file name) of a table says the value of an `apart` field, and every filled cell of
    its column says that value too, the table is that value's register (`Fit.agrees`): a column that agrees with its
    title adds no value the title had not named. One cell saying another value, or none it can read, and it is not."""
    said = _context_value(ctx, spec, f.name)
    col = result.columns[f.name]
    if said is None or col.index not in table.body:
        return
    texts = dict.fromkeys(table.body[col.index].astype("string").str.strip().dropna().tolist())
    texts.pop("", None)
    # A word the field declares ambiguous (工作动态: 主动公开 or 媒体发布) one of whose readings the title names is said
    # by the title: a 主动公开 sheet's 发布栏目 工作动态 is proactive. Such a cell had been an error that withheld every
    # figure of the kind (柳荫街道's 政务公开 register, a sheet per type).
    readings = {vocab.key(w): values for w, values in f.ambiguous}
    by_title = [t for t in texts if said[0] in readings.get(vocab.key(t), ())]
    if texts and all((vocab.certain(t) or vocab.assumed(t)) == said[0] or t in by_title for t in texts):
        result.agrees[f.name] = said[0]
        if by_title:
            # The column adds nothing the title does not say, and its ambiguous words only the title settles: the
            # title gives every row its value (`_constants`), the column is read for no value.
            del result.columns[f.name]
            result.tiers.pop(f.name, None)


def _said_otherwise(
    table: Table, f: FieldSpec, vocab: Vocabulary, value: str, result: Fit
) -> tuple[Column, str] | None:
    """(column, the other value) where a column titled like the field but not taken for it (参加人员 beside
    参学人员: names in some rows, 各村法律明白人 in another) says a record is of another value than the one
    the title gives them all (机关干部集中学法记录): the title then speaks for no row, and the field stays unknown."""
    used = result.used_columns()
    titles = [norm_header(h) for h in f.headers]
    for col in table.columns:
        if col.index in used or not col.own or col.index not in table.body:
            continue
        if not any(similar(norm_header(col.own[0]), t, loose=False) for t in titles):
            continue
        texts = [t for t in dict.fromkeys(table.body[col.index].astype("string").str.strip().dropna().tolist()) if t]
        readings = {t: vocab.certain(t) or vocab.assumed(t) for t in texts}
        for text, said in readings.items():
            if said is None or said == value:
                continue
            if is_other(text) and None in readings.values():
                # 其他 in a column of another classification (the 双公示 许可类别 普通 / 登记 / 其他 beside a title
                # naming 行政许可): that classification's rest, where its other words are none of this field's.
                continue
            return col, said
    return None


# By the spec object itself, not its id(): a town's own words make new spec objects, and an id
# can be reused once one is gone (it would have found another kind's headers).
_UNIQUE: weakref.WeakKeyDictionary[LedgerSpec, set[str]] = weakref.WeakKeyDictionary()


def set_unique_headers(specs: dict[str, LedgerSpec]) -> None:
    """Headers only one kind uses weigh more (computed once per set of specs)."""
    counts = Counter(h for s in specs.values() for h in set(_header_index(s)))
    for s in specs.values():
        _UNIQUE[s] = {h for h in _header_index(s) if counts[h] == 1}


def _unique_headers(spec: LedgerSpec) -> set[str]:
    return _UNIQUE.get(spec, set())


def title_kind(title: str, specs: dict[str, LedgerSpec]) -> str | None:
    """The kind the title rows alone point at (most hint words), or None when none or a tie."""
    hits = sorted(((sum(1 for h in s.hints if h in title), k) for k, s in specs.items()), reverse=True)
    if not hits or hits[0][0] == 0 or (len(hits) > 1 and hits[0][0] == hits[1][0]):
        return None
    return hits[0][1]


def _evidence(f: Fit) -> int:
    """Fields found by the table itself (titles, ticks, cells), not by its context."""
    return len(f.columns) + len(f.ticks) + len({c.index for c, _ in f.split.values()})


def _own_titles(f: Fit) -> int:
    """Fields found by a column titled as the field or an alias (not by a close title, cells or context)."""
    return sum(1 for n in f.columns if f.tiers.get(n) == OWN)


def _named_rival(best: Fit, fits: list[Fit], specs: dict[str, LedgerSpec], ctx: Context) -> Fit | None:
    """A kind the words around the table name, whose own titles the table shows more of than those of the
    complete kind nothing around it names: the table is a ledger of the named kind missing a column. A 信访台账
    without its 交办单位 (信访编号, 信访人, 反映问题, 登记日期, 办理状态) had been taken whole for a 矛盾纠纷排查
    register (编号 by its cells, 登记日期, 办理状态), its 信访 items counted as 纠纷 screened."""
    if not best.complete:
        return None

    def named(kind: str) -> bool:
        return any(h in ctx.text for h in specs[kind].hints)

    # A complete kind leaning on the words around it (a date from the title's year) is judged against the title
    # by `best_fit` itself.
    if named(best.kind) or any(n in best.constants for n in best.required):
        return None
    return next(
        (f for f in fits[1:] if not f.complete and named(f.kind) and _own_titles(f) > _own_titles(best) + 1), None
    )


# Three rules set aside "a log taken for a register"; they are not one rule said three times, each deciding tables the
# others let through:
# - `_titled_its_own` (best_fit, any fit, complete or not): no column titled as any field of the kind, every field
#   found by a close title, by cells or by a 序号, and nothing around the table naming the kind. It alone sets aside a
#   complete fit (a 散煤 patrol log whose 巡查日期, 改造方式 and 序号 made a whole 执法 register).
# - `_required_of_its_own` (best_fit, only a fit lacking a required field, nothing around naming the kind or only by
#   one of its values): none of the required fields the table does have is under a title of the kind's own. It alone
#   sets aside a table titled with the kind's shared columns (村, 备注, 办理状态), which `_titled_its_own` accepts.
# - `_says_only_when` is no rule of its own: the part of `_required_of_its_own` saying a date titled as any register's
#   date (日期, 时间, a close title) is no required field of the kind's own.


def _titled_its_own(f: Fit) -> bool:
    """Whether a column is titled as a field of the kind or an alias (its own title or a merged parent), or the kind's
    values head columns of ticks or counts: the table's header says something of the kind, not only its cells."""
    return bool(f.ticks) or any(f.tiers.get(n) in (OWN, PARENT) for n in f.columns)


def _required_of_its_own(f: Fit, spec: LedgerSpec) -> set[str]:
    """The required fields the table gives itself (not a value read off its title or sheet name), but for the kind's
    date taken by a title any register's date may have (`_says_only_when`): every register has a date column
    (开口时间 of an irrigation turn, close to a 决定时间 by its last word), so such a date says nothing of which
    register the table is. A 轮灌排班表 (村, 开口时间, 备注) had been taken for a 行政执法 register lacking 案件编号
    and 执法类别, every 执法 figure left unknown beside the town's own register.
    Nor does a required field under a title other kinds' registers keep too (办理状态: 信访, 纠纷, 执法): a 12345
    work-order export saved as 新建文本文档.csv (工单编号, 来电时间, 诉求内容, 办理状态, 办结时间) had been taken for a
    信访 register lacking 信访编号 and 交办单位, every petition figure left unknown beside the town's own register.
    Nor does a key taken by the 序号 for want of a number (`_serial_key`): every register numbers its rows. A 禁捕
    护渔员 巡查记录 (序号, 巡查日期, 巡查河段, 发现问题) had been taken for a 行政执法 register lacking 执法类别, every 执法
    figure left unknown beside the 执法办's own register (枫垭镇)."""
    serial = {n for code, n, _, _ in f.notes if code == "column.serial_as_key"}
    given = (set(f.required) & f.found()) - set(f.constants) - serial
    unique = _unique_headers(spec)
    shared = {
        n
        for n, c in f.columns.items()
        if f.tiers.get(n) in (OWN, PARENT)
        and not any(t in unique or without_unit(t) in unique for t in (*c.own, *c.path))
    }
    return {n for n in given if not (n == spec.date and n in f.columns and _says_only_when(f, n)) and n not in shared}


def _says_only_when(f: Fit, name: str) -> bool:
    """Whether the column taken for the date is titled only as any register's date is: a title merely close to the
    kind's own, or a bare 日期 / 时间. A 秸秆禁烧 包保 patrol log (日期, 包保村, 巡查屯, 发现火点) had been taken for a
    行政执法 register lacking 案件编号 by its 日期 alone, every 执法 figure left unknown beside the 执法队's register."""
    return f.tiers.get(name) == CLOSE or set(f.columns[name].own) <= {"日期", "时间"}


def _shows_its_own(f: Fit, spec: LedgerSpec) -> bool:
    """Whether the table shows a title of the kind's own, one no other kind keeps (纠纷类型, 反映问题): by a column so
    titled, or by columns of the kind's values (ticks or counts)."""
    unique = _unique_headers(spec)
    titled = {n: {*c.own, *c.path} for n, c in f.columns.items() if f.tiers.get(n) in (OWN, PARENT)}
    return bool(f.ticks) or any((t in unique or without_unit(t) in unique) for ts in titled.values() for t in ts)


def _sure(f: Fit, spec: LedgerSpec) -> bool:
    """Complete by titles, on more than a date and free text: every ledger has a 日期 column, so a kind
    that asks for nothing else (a 学法培训 log) is no surer for it than a rival whose columns were told
    by their cells (a 法律顾问 log: 日期, 工作内容 holding 出具法律意见书, 审查合同 …, 件数)."""
    return f.complete_by_titles and any(
        n != spec.date and f.tiers.get(n) != CLOSE and spec.field(n).steps[:1] != ("text",) for n in f.columns
    )


_CITED = re.compile(r"《[^》]*》")


def _not_hint(spec: LedgerSpec, table: Table, ctx: Context, file: bool = False) -> str | None:
    """The word of the kind's `not_hints` the sheet name or title (and, with `file`, the file's name) holds:
    it names another document about the kind's work (事前公示, 持证人员一览表, 普法责任清单), not its ledger."""
    # A document a line over the table cites by its title (执法依据：《乡镇（街道）赋权事项清单》 over a case register) is
    # what the records rest on, not what the table is: only the words outside 《》 name it.
    # A later table of a sheet under a title of its own (tables stacked one under another) is named by that title:
    # the sheet's name is its first table's (a register of decisions under a sheet named 事前公示 had been that notice).
    sheet = "" if table.number > 1 and table.title_text.strip() else ctx.sheet
    named = _CITED.sub("", f"{sheet} {table.title_text}" + (f" {Path(ctx.file).name}" if file else ""))
    # A sheet of persons read as the one record it states (a dated 签到表: a session) is no longer the evidence its
    # words name: they rule out no kind kept so.
    own = spec.roster.words if ctx.layout == "roster" and spec.roster else ()
    if spec.told_hints and _told_apart(spec, table):  # the table says of each row whether it is the kind's
        own = (*own, *spec.told_hints)
    return next((w for w in spec.not_hints if w in named and w not in own), None)


def _told_apart(spec: LedgerSpec, table: Table) -> bool:
    """Whether one of the table's columns is titled as a field of the kind's `told_by` (是否规范性文件)."""
    index = _header_index(spec)
    return any(index.get(t) in spec.told_by for c in table.columns for t in c.own)


def _not_title(spec: LedgerSpec, table: Table) -> str | None:
    """The title of the kind's `not_titles` one of the table's columns has: a column only another document
    about the kind's work has (抽查比例 of a 双随机 task list), whatever the table's title."""
    if not spec.not_titles:
        return None
    shown = {t for c in table.columns for t in c.own}  # normalised, under a merged title too
    shown |= {without_unit(t) for t in shown}  # 培训次数（次） is 培训次数
    return next((t for t in spec.not_titles if norm_header(t) in shown), None)


def _keeps_a_column_besides(spec: LedgerSpec, table: Table, ctx: Context) -> bool:
    """Whether a table the kind's `not_titles` rule out by a column alone (no word of its title or sheet naming another
    document) is the kind's register keeping that column besides: the words around it name the kind, and it shows
    every required field under a title of the kind's, one of them a title no other kind keeps. A dispute register of a
    centre the 12345 hotline feeds (某镇矛盾纠纷排查化解台账: 编号, 排查日期, 来电时间, 纠纷类型, 化解状态) had been set
    aside for its 来电时间 with a note, every dispute figure unknown. A 12345 work-order export renamed 新建 … (工单编号,
    来电时间, 办理状态) shows none of the kind's own titles, and a 案卷评查 list saved as Sheet1 (a register's columns
    and 评查得分) nothing naming the kind: both stay set aside."""
    if _not_hint(spec, table, ctx) or not (title := _not_title(spec, table)):
        return False
    # A column the kind's register may keep besides (`besides_titles`) needs no word around the table naming the
    # kind: an untitled Sheet1 of a file named 新建 … (编号, 排查日期, 来电时间, 纠纷类型, 化解状态) is the register by
    # its own titles, where a 12345 export (工单编号, 来电时间, 办理状态) shows none of them.
    if title not in spec.besides_titles and not any(h in ctx.text for h in spec.hints):
        return False
    found = fit(table, spec, ctx)
    return found.complete_by_titles and _shows_its_own(found, spec)


def wanting(table: Table, specs: dict[str, LedgerSpec], ctx: Context) -> tuple[str, str, tuple[str, ...]] | None:
    """(kind, the column's title, the titles of the required fields it lacks) of a table set aside for a column a
    register of the kind may keep besides its own (`besides_titles`), which shows titles no other kind keeps but not
    every required field under a title of the kind's: a register the 12345 hotline feeds whose only date is the call's
    (编号, 来电时间, 纠纷类型, 调处结果). The time of a call is not the day a dispute was screened, nor is a call log a
    register: which, its columns do not say, and the message asks."""
    for kind, spec in specs.items():
        title = _not_title(spec, table)
        if title is None or title not in spec.besides_titles or _not_hint(spec, table, ctx):
            continue
        found = fit(table, spec, ctx)
        if not _shows_its_own(found, spec):
            continue
        lacking = tuple(
            spec.field(n).title
            for n in found.required
            if n not in found.found() or (n in found.columns and found.tiers.get(n) not in (OWN, PARENT))
        )
        if lacking:
            return kind, title, lacking
    return None


def _not_named(spec: LedgerSpec, table: Table, ctx: Context) -> str:
    """ "标题含“事前公示”" or "表头有“抽查比例”" when the table names itself another document than the kind's
    ledger; else ""."""
    if word := _not_hint(spec, table, ctx):
        return f"标题含“{word}”"
    return f"表头有“{title}”" if (title := _not_title(spec, table)) else ""


def other_document(table: Table, specs: dict[str, LedgerSpec], ctx: Context, file: bool = False) -> str:
    """ "标题含“事前公示”" when the sheet name or title names another document of any kind, "表头有“抽查比例”"
    when a column does; else "". With `file`, the file's name is read too (文件名含“工单导出”): for a table no
    kind fits completely."""
    said = next((w for s in specs.values() if (w := _not_named(s, table, ctx))), "")
    if said:
        return said
    word = next((w for s in specs.values() if (w := _not_hint(s, table, ctx, file=True))), None) if file else None
    return f"文件名含“{word}”" if word else ""


# A contents page is short: a book's sheets are tens, never hundreds.
_CONTENTS_MOST_ROWS = 60
# A date in a row (2024-03-05, 2024年3月, 2024.3.5): records are dated, a contents page's rows are not.
_DATED = re.compile(r"(19|20)\d\d\s*[-./年]\s*\d{1,2}")


def contents_page(table: Table, sheets: list[str], own: str) -> str:
    """ "目录页（逐行列出本工作簿的其他 N 个工作表）" when the table's rows list the book's other sheets, each once, as a
    contents page does whatever its sheet is named (台账清单, 汇总, Sheet1: 序号 | 表名 | 页码); else "". Never for
    rows that are records: a dated row, a sheet named by two rows (a village's records under its sheet's name), or
    rows most of which name no sheet. A sheet named by digits alone (1, 2 … a month a sheet) is never looked for:
    a 序号 or a page number would name it.

    >>> t = Table(0, 1, [Column(0, ("序号",), "序号"), Column(1, ("表名",), "表名")],
    ...           pd.DataFrame({0: [1, 2], 1: ["人民调解登记台账", "执法案件"]}, index=[2, 3]))
    >>> contents_page(t, ["台账清单", "人民调解", "执法案件"], "台账清单")
    '目录页（逐行列出本工作簿的其他 2 个工作表）'
    >>> contents_page(t, ["台账清单", "人民调解", "普法"], "台账清单")
    ''
    >>> dated = Table(0, 1, [Column(0, ("序号",), "序号"), Column(1, ("台账名称",), "台账名称")],
    ...               pd.DataFrame({0: [1, 2], 1: ["执法台账-2025年1-3月", "调解台账（2024年1-12月）"]}, index=[2, 3]))
    >>> contents_page(dated, ["目录", "执法台账-2025年1-3月", "调解台账（2024年1-12月）"], "目录")
    '目录页（逐行列出本工作簿的其他 2 个工作表）'
    """
    body = table.body
    if body is None or not len(body) or len(body) > _CONTENTS_MOST_ROWS:
        return ""
    names = {n: s for s in sheets if s != own and (n := norm_header(s)) and not n.isdigit() and len(n) >= 2}
    if len(names) < 1:
        return ""
    named: list[str] = []
    for row in body.itertuples(index=False):
        texts = [norm_header(c) for c in row if isinstance(c, str) and c.strip()]
        # The longest sheet name a cell holds (执法案件登记台账 names 执法案件; 执法案件（续） names that sheet, not 执法案件).
        hits = [n for t in texts for n in names if n in t]
        name = max(hits, key=len) if hits else ""
        # A date inside the sheet's name it lists (执法台账-2025年1-3月) dates no record: only what is left is looked at.
        if any(_DATED.search(t.replace(name, "") if name else t) for t in texts) or any(
            hasattr(c, "year") for c in row
        ):
            return ""  # a dated row: a record
        if name:
            named.append(name)
    distinct = set(named)
    if len(named) != len(distinct) or 2 * len(named) < len(body) or len(distinct) < min(2, len(names)):
        return ""
    return f"目录页（逐行列出本工作簿的其他 {len(distinct)} 个工作表）"


def pivot_table(table: Table) -> str:
    """ "数据透视表（行标签、计数项:…）" when the table's header is a pivot table's; else "".

    >>> pivot_table(Table(0, 1, [Column(0, ("行标签",), "行标签"), Column(1, ("计数项:案件编号",), "计数项:案件编号")], None))
    '数据透视表（行标签、计数项:…），由台账算出'
    >>> pivot_table(Table(0, 1, [Column(0, ("案件编号",), "案件编号"), Column(1, ("计数",), "计数")], None))
    ''
    """
    titles = [c.display.strip() for c in table.columns if c.display]
    if not any(map(pivot_title, titles)):
        return ""
    # What follows a value field's colon is a column's name; a message quotes none of it.
    return f"数据透视表（{_headers_shown(table)}），由台账算出"


def best_fit(table: Table, specs: dict[str, LedgerSpec], ctx: Context) -> tuple[Fit | None, str]:
    """The kind a table is, with where its fields are, and a short explanation; None when no kind
    fits clearly.

    Headers decide; a kind whose required fields are all found beats one that would fail; title
    words break ties. When the headers overrule the title, the explanation says so (the kind is
    still given)."""
    if not all(s in _UNIQUE for s in specs.values()):
        set_unique_headers(specs)
    # A kind none of whose titles or values the table shows, and no hint of which surrounds it,
    # cannot fit: spare it even the cheap look.
    titles = ctx.titles(table)
    shown = {t for _, own, parents in titles.forms for t in (*own, *parents)}
    keys = {k for _, k, short in titles.values for k in (k, short)}
    worded = {k for k, s in specs.items() if any(h in ctx.text for h in s.hints)}
    hinted = worded | {k for k, s in specs.items() if _value_named(ctx, s)}
    quick = {
        k: fit(table, s, ctx, thorough=False)
        for k, s in specs.items()
        if shown & _header_index(s).keys() or keys & _value_keys(s) or k in hinted
    }
    if not quick:
        return None, f"表头与任何已知台账都对不上，表头为：{_headers_shown(table)}"
    ranked = sorted(quick.items(), key=lambda kv: (kv[1].complete, kv[1].score), reverse=True)
    # Judging cells costs: only for the kinds the titles make likely.
    top = ranked[0][1].score if ranked else 0
    worth = [k for k, f in ranked if (_evidence(f) >= 1 and f.score >= top - 3) or k in hinted][:5]
    # A title naming another document about the same work (持证人员一览表, 案卷评查结果, 普法责任清单)
    # rules its kind out, whatever columns it shares with the kind's ledger (执法类别, 普法对象).
    ruled_out = [
        k for k in worth if _not_named(specs[k], table, ctx) and not _keeps_a_column_besides(specs[k], table, ctx)
    ]
    worth = [k for k in worth if k not in ruled_out]
    fits = [fit(table, specs[k], ctx) for k in worth]
    fits = [f for f in fits if _evidence(f) + (1 if f.constants and _evidence(f) else 0) >= MIN_FIELDS_MATCHED]
    # Counts in columns with no date of their own, only the title's year (a 汇总 of one row per
    # village): the year's totals of a statistics table, not a log of services on dates.
    summary = [f for f in fits if f.ticks and specs[f.kind].measure and specs[f.kind].date in f.constants]
    fits = [f for f in fits if f not in summary]
    if summary and not fits:
        return None, f"每行一个单位的全年计数、没有日期列：是“{specs[summary[0].kind].title}”的汇总表，不是记录"
    if ruled_out and not any(f.complete for f in fits):  # no other kind's ledger either
        said = _not_named(specs[ruled_out[0]], table, ctx)
        return None, f"{said}：这是另一种材料，不是“{specs[ruled_out[0]].title}”，其中各行不计入"
    if not fits:
        return None, f"表头与任何已知台账都对不上，表头为：{_headers_shown(table)}"
    rank = lambda f: (f.complete, _sure(f, specs[f.kind]), f.score)  # noqa: E731
    fits.sort(key=rank, reverse=True)
    tied = [f for f in fits if rank(f) == rank(fits[0])]
    named = [f for f in tied if f.kind in hinted]
    if len(tied) > 1 and len(named) == 1 and named[0].complete:
        # Headers alike for two kinds (报道标题, 刊发媒体, 发布日期), the words around the table naming one of them
        # (媒体报道登记): the one named.
        fits = [named[0], *(f for f in fits if f is not named[0])]
    elif len(fits) > 1 and rank(fits[0]) == rank(fits[1]):
        a, b = specs[fits[0].kind].title, specs[fits[1].kind].title
        if not fits[0].complete:
            # Neither has the columns its ledger cannot do without: the table shares only common
            # columns (dates, a status, an office) with both, which says it is neither, not that it
            # is one of the two (a 12345 work-order export is no 执法 nor 信访 ledger).
            lacks = "；".join(
                f"{specs[f.kind].title}缺“{'、'.join(specs[f.kind].field(n).title for n in f.missing)}”"
                for f in fits[:2]
            )
            return None, f"表头只有一些常见列，不像任何一种台账（{lacks}）"
        return None, f"表头既像“{a}”又像“{b}”，无法确定"
    best = fits[0]
    best = _named_rival(best, fits, specs, ctx) or best
    if not _titled_its_own(best) and best.kind not in hinted:
        # Not one column titled as a field of the kind: its fields found by close titles and cells (a 巡查日期 for the
        # decision date, 改造方式 for the 检查方式) and a 序号 for its key. Nothing around it naming the kind or one of its
        # values either, it is another register that happens to fit, not one of the kind: a 双代 散煤 patrol of
        # households (巡查记录) had been counted as 60 inspections beside the 执法队's own (柏营镇).
        return None, (
            f"表头没有一列是“{specs[best.kind].title}”的列名（{_headers_shown(table)}），标题、表名也没有提到它："
            "不是这种台账，未计入"
        )
    # A title naming one of the kind's values (巡查, an inspection's word, in 禁烧巡查日志) names the work a log is of, and
    # hints the kind no more than its columns do unless one of them is a title only the kind keeps (检查对象).
    named_only = best.kind not in worded and not _shows_its_own(best, specs[best.kind])
    if (
        not best.complete
        and (best.kind not in hinted or named_only)
        and not _required_of_its_own(best, specs[best.kind])
    ):
        # Only columns many registers keep (村, 备注, 是否签订承诺书, a bare 日期), none the kind cannot do without but
        # such a date, and nothing around the table naming the kind: another register, not a broken ledger of this
        # kind. A 婚事新办 (高价彩礼) register of weddings had been taken for a 涉诈 list wanting 姓名 and 状态, and a
        # 血防 查螺灭螺 work log (日期, 查螺面积, 药物, 责任人) for a dispute register, leaving their figures unknown.
        lacks = "、".join(specs[best.kind].field(n).title for n in best.missing)
        return None, (
            f"表头只有“{specs[best.kind].title}”的一些常见列（{_headers_shown(table)}），没有它必需的“{lacks}”，"
            "标题、表名也不像：不是这种台账，未计入"
        )
    around = title_kind(ctx.text, specs)
    if (
        around is not None
        and around != best.kind
        and (foreign := _foreign_category(table, specs[best.kind], ctx, best))
    ):
        # The headers are the kind's only by common titles (时间, 类别): the column holding its required category
        # says none of its values (类别: 邻里, 劳动争议 in a 矛盾纠纷排查登记表 is no 治安 type). The kind the words around
        # the table name, with what it lacks named, is the honest reading: a 平安建设 register had taken the disputes.
        named = next((f for f in fits if f.kind == around), None)
        why = f"标题像“{specs[around].title}”，“{foreign}”一列却没有一个“{specs[best.kind].title}”的规定值"
        return named, "" if named is not None else why
    titled = title_kind(table.title_text, specs)
    if titled is not None and titled != best.kind:
        # Headers overrule a title only on their own: a required field supplied by the words around
        # the table (a date from the title's year, a status from the sheet name) is no evidence against
        # that title (a 信访 专项台账 with 化解措施 and 办理状态 is no dispute register dated by its title).
        leaning = [specs[best.kind].field(n).title for n in best.required if n in best.constants]
        if best.complete and leaning:
            return None, (
                f"标题像“{specs[titled].title}”，表头只在“{'、'.join(leaning)}”取自标题或表名时"
                f"才像“{specs[best.kind].title}”"
            )
        if not best.complete:
            # Some columns alike (姓名, 村) but not the kind's required ones, under a title naming
            # something else (法律明白人名册): another table, not a broken ledger of this kind. Taken
            # as one, it would ask for a column the table has no reason to hold, and leave the
            # kind's figures unknown.
            return None, f"标题像“{specs[titled].title}”，表头只有“{specs[best.kind].title}”的部分列"
    if around is not None and around != best.kind and not _shows_its_own(best, specs[best.kind]):
        # The words around the table (its title, sheet or file name) name one kind, and its header fits another only
        # by titles both keep (编号, 登记时间, 化解情况): nothing in it says it is the other's. A 信访 sheet of 序号, 编号,
        # 反映问题, 登记时间, 化解情况 had been read as a dispute register, its items counted as disputes screened. It is
        # the named kind where its header shows a title of that kind's own (反映问题), the columns it lacks asked for;
        # else the office is asked which it is. A dispute register in a book named 信访… shows its own (纠纷类型).
        named = next((f for f in fits if f.kind == around), None)
        if named is not None and _shows_its_own(named, specs[around]) and _own_titles(named) >= _own_titles(best):
            return named, ""
        return None, (
            f"标题、工作表名或文件名像“{specs[around].title}”，表头却只有与“{specs[best.kind].title}”共有的列"
            f"（{_headers_shown(table)}），未计入任何一种；请在 params/<年份>.yaml 的 kinds 中指定它是哪一种"
        )
    if titled is not None and titled != best.kind:
        return best, f"标题像“{specs[titled].title}”，表头却是“{specs[best.kind].title}”的"
    return best, ""


def _foreign_category(table: Table, spec: LedgerSpec, ctx: Context, found: Fit) -> str:
    """The title of a required category column of the kind whose filled cells (three or more) hold none of its
    vocabulary's values, or ""."""
    vocabs = vocabularies(spec)
    for name in found.required:
        col, vocab = found.columns.get(name), vocabs.get(name)
        if col is None or vocab is None:
            continue
        content = ctx.content(table, col)
        if content.filled >= 3 and content.vocabulary(vocab, name) == 0:
            return col.display
    return ""


def recognise(table: Table, specs: dict[str, LedgerSpec], context: str) -> tuple[str | None, str]:
    """The kind of a table and a short explanation (see `best_fit`); `context` is the text around
    the table (file name, sheet name, title rows)."""
    found, why = best_fit(table, specs, Context(context, "", table.title_text))
    return (found.kind if found else None), why


def match_columns(columns: list[Column], spec: LedgerSpec) -> dict[str, Column]:
    """Field name → the column titled with it (own title first, then a merged parent)."""
    table = Table(0, 1, columns, body=None)  # type: ignore[arg-type]
    return fit(table, spec, Context("", "", ""), thorough=False).columns
