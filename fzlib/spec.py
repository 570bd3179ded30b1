"""Ledger-kind specs: loading the declarative YAML files and rejecting anything malformed."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from fzlib import paths
from fzlib.numerals import chinese_numeral

SPEC_KEYS = {
    "kind",
    "title",
    "hints",
    "not_hints",
    "not_titles",
    "besides_titles",
    "key",
    "serial_key",
    "date",
    "date_fallback",
    "date_ends",
    "date_begins",
    "pending_when",
    "undated_when",
    "provisional",
    "keyless_when",
    "not_records",
    "decided_elsewhere",
    "acting_for",
    "told_by",
    "told_hints",
    "blank_from",
    "settled_by",
    "required_when",
    "retyped_by",
    "retyped_apart_by",
    "step_log",
    "fields",
    "figures",
    "breakdowns",
    "sensitive",
    "measure",
    "statistics",
    "roster",
    "resit",
}
ROSTER_KEYS = {"words", "person", "count", "same"}
FIELD_KEYS = {
    "name", "title", "aliases", "prefer", "one_per", "within", "year_from", "answered_by", "alone_as", "steps", "required", "vocabulary",
    "personal", "range", "among", "shares", "by_date", "by_answer", "apart", "scope", "none_words", "rest", "posts",
    "any_of", "several", "unsure", "verbs", "within_words",
}  # fmt: skip
STATISTIC_KEYS = {"figure", "labels", "plus", "less", "rests_on"}
FIGURE_KEYS = {
    "name",
    "title",
    "count",
    "count_distinct",
    "sum",
    "ratio",
    "where",
    "fill",
    "publish",
    "distinct",
    "weight",
    "adds_none",
}
FIGURE_OPS = ("count", "count_distinct", "sum", "ratio")
BREAKDOWN_KEYS = {"name", "by", "label", "unit", "units", "where", "distinct", "weight", "fill", "month", "small_area"}
# A `where` condition is a value, a list of values, {present: true/false} (the field is filled or not), or
# {not: value or list} (the field holds none of them: blank, or a sheet without its column, matches).
WHERE_TESTS = {"present", "not"}
NOT_KINDS = {
    "vocabularies.yaml",
    "relations.yaml",
    "towns.yaml",
    "corrections.yaml",
    "characters.yaml",
}  # spec files that describe no ledger kind
# The entry of vocabularies.yaml that is no vocabulary: per vocabulary, its words of several readings.
AMBIGUOUS = "ambiguous"
# And the entry of words any register writes of any item: per vocabulary, variants that are no evidence of a column.
GENERIC = "generic"
# And the entry of the articles of a law a value may cite, per vocabulary, by the years each text was in force.
CITATIONS = "citations"
PERSONAL_KINDS = {"name", "id_number", "phone", "free_text", "address"}
# The cleaning steps a field may name; fzlib.ingest.cleaners implements exactly these (a test
# holds the two together, so that this lower layer need not import the ingest layer).
CLEANING_STEPS = ("text", "case_no", "category", "date", "number", "integer", "yes_no", "id_number", "phone")


# How the values of a `several` field's cell are joined in its cleaned value (政府网站、政务公开栏).
SEVERAL_JOIN = "、"


class SpecError(ValueError):
    """A spec file is malformed: a programmer/maintainer error, reported with file and place."""


@dataclass(frozen=True)
class FieldSpec:
    name: str
    title: str
    aliases: tuple[str, ...] = ()
    steps: tuple[str, ...] = ("text",)
    required: bool = False
    vocabulary: dict[str, tuple[str, ...]] | None = None
    personal: str | None = None
    # The plausible values of a count or amount, [min, max]: outside them a cell is unusable.
    range: tuple[float, float] | None = None
    vocabulary_name: str | None = None  # the vocabularies.yaml entry (a town adds variants by this name)
    # Headers (of `headers`) that win when several columns of one table are titled for this field: a
    # 核定金额 (what was approved) beside a 申报金额 (what was claimed) is the subsidy.
    prefer: tuple[str, ...] = ()
    # A count a per-person list gives by its rows: in a table with no column of this field but a column of two
    # of the fields named here at least, each record counts 1 where the first of them the table has is filled
    # (a yes/no one: answered 是) and 0 where it is not (a 成绩汇总表 lists, by 姓名 and 考试成绩, each person
    # required to sit an exam, a score for each who sat it; a 参考名单 ticks 是否参考 instead).
    one_per: tuple[str, ...] = ()
    # A count typed after another field's value in that field's cell (审查合同3份, 解答法律咨询12人次): in a table
    # with no column of this field, the count is read from the end of the named field's cells. For a field with
    # a vocabulary, its value named among the named field's words (调解结果 达成口头协议: 协议形式 口头). For a
    # date, the year the named field's document number gives in its brackets (旺府发〔2024〕3号: 2024年).
    within: str | None = None
    # Of a date field: the field whose number names the record's year (卷宗号 （2024）鹤人调字第3号, given when the
    # case is accepted). A date typed without its year (3月5日) in a table naming no year (no title, sheet, file or
    # folder year) takes the year its own record's number names, instead of the year being cleaned; a decision's or
    # document's number (its column titled 决定书文号, 文号) dates it over any year (fzlib.ingest.clean._years_of_numbers).
    year_from: str | None = None
    # Values of the vocabulary a cell listing several (行政执法人员、法律明白人: a training for both) stands
    # for, the first listed here that it names: the value a figure asks about. Without it such a cell is unknown.
    among: tuple[str, ...] = ()
    # A category one record may really hold several values of (an item published on the 政府网站 and on the
    # 政务公开栏, the 基层政务公开标准目录's 公开渠道和载体 ticked ■ for each): a cell naming several values, or several
    # ticks, is all of them (joined by SEVERAL_JOIN, in the vocabulary's order), no error. A breakdown by it counts a
    # record once under each of its values, its shares of the records, not adding to 100%. Never a field a figure
    # selects, counts or tells records apart by, nor the key (a spec error): there one record has one value.
    several: bool = False
    # Amounts a record's rows hold in shares, one row per person of this field (a case mediated by two, its
    # 以案定补 split between them, a row each under one 卷宗号): the record's amount is the sum of its persons' rows.
    shares: tuple[str, ...] = ()
    # A yes/no question a register answers by who, in another field's column (出庭负责人: 副主任 王某某): in a
    # table with no column of this field, a cell of the named field answering the question itself
    # (未出庭（委托律师）) reads as that answer, a cell naming someone as 是, a blank as unknown.
    answered_by: str | None = None
    # The posts that answer it (a vocabularies.yaml entry, its first value the posts answering 是): a cell of the
    # answering field naming people with their posts in brackets (王某（镇长）、李某（律师）) answers by them, not by a name.
    posts: dict[str, tuple[str, ...]] | None = None
    # The field this column is in a table with no column of that field's own (事件状态 alone is the 化解状态;
    # beside a 化解结果 it is only where the event stands, which fills the result's blanks: spec blank_from).
    alone_as: str | None = None
    # A value a register tells by whether a date is written (列管台账: a 撤管日期 for a person taken off the list,
    # none for one still on it): in a table with no column of this field but the named date field's, a record
    # whose date cell is filled takes the first value, one whose cell is blank the second.
    by_date: tuple[str, str, str] | None = None  # (date field, value when filled, value when blank)
    # A value a register tells by a yes/no question it asks instead (信访信息系统's 信访件 list: 是否办结 and no 办理状态):
    # in a table with no column of this field but the named yes/no field's, 是 takes the first value, 否 the second.
    by_answer: tuple[str, str, str] | None = None  # (yes/no field, value for 是, value for 否)
    # A yes/no question a register answers by ticking the ways it was done (劝阻措施 › 电话劝阻 / 见面劝阻 / 签订承诺书
    # for 是否取得联系): in a table with no column of this field but a column of one of the yes/no fields named here
    # at least, a record is 是 where any of them answers 是 (√), 否 where none does and none is unreadable (a way
    # left blank was not taken). One of them alone (见面劝阻) had been taken for the whole question.
    any_of: tuple[str, ...] = ()
    # A category each of whose values an office keeps in a register of its own (依申请公开 apart from 主动公开):
    # where every table of the kind is one value's, its title or sheet name saying which, the other values' records
    # are in no table handed over, and their figures are unknown (not 0).
    apart: bool = False
    # Of an `apart` field, words of a table's title saying which values its rows can be, where it names none of
    # them (治安案件: the public-order cases, never a 家暴告诫书, which is issued instead of a sanction): a table
    # so titled is no evidence that a value outside them had no record. A title naming values (涉黄涉赌案件登记)
    # holds those; a word right after a value it names (涉赌 案件) is that value's noun, not a scope of its own.
    scope: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Value → words the `within` field's cell names it by where this field's cell is only a class of values (a `scope`
    # word: 案件类别 治安案件 beside 查处案件名称 某某殴打家庭成员案 is the 家暴治安案件). Read there only, never as the field's own
    # variants: a 告诫书 register's 告诫事由 殴打家庭成员 is why a warning was issued, no 治安案件.
    within_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Words that in this field's cells say there is no value, as a placeholder does (成绩 缺考: the person did not
    # sit the exam, so has no score); a word with a qualifier (缺考（病假）) too. Not an error, and only here: 缺考
    # in a 是否参考 column is an answer.
    none_words: tuple[str, ...] = ()
    # Of a category's titles, those other registers write for something else (考试类型: the sitting, 正考 / 补考, or
    # the exam's subject, 学法用法考试): a column so titled is the field's only where most of its cells are values of
    # the vocabulary. Else it is left to no field, never read as the field with every cell an unknown value.
    unsure: tuple[str, ...] = ()
    # Words of the field's vocabulary (vocabularies.yaml `ambiguous`) that may stand for two or more of its values
    # (终结 of a case: the investigation's end or the case's): word → the values it may be. Never read as either.
    ambiguous: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Variants of the field's vocabulary (vocabularies.yaml `generic`) that any register writes of any item (已办结 of a
    # work order as of a case): read as values in a column taken for the field, never evidence that a column is it.
    generic: frozenset[str] = frozenset()
    # The value of the vocabulary a form writes for whatever its list of values does not name (其他, 其他行政执法行为):
    # what it holds depends on the values listed beside it, so two forms listing different values state two
    # different 其他, and their sum is no count of this value.
    rest: str | None = None
    # Of a yes/no question, the words besides its titles' own verb (是否化解: 化解) whose 已… answers it 是 (已调处 of a
    # dispute). Any other 已… (已移交司法所, 已上报 of 是否化解) says something happened, not that the question's
    # thing did: no answer, never 是 by its first character (`question_verbs`).
    verbs: tuple[str, ...] = ()
    # Articles of a law a value may cite alone (vocabularies.yaml `citations`): (first year, last year or None, value,
    # the article's forms with the law's name), by the years the text numbering them was in force.
    citations: tuple[tuple[int, int | None, str, tuple[str, ...]], ...] = ()

    @property
    def headers(self) -> tuple[str, ...]:
        """Every header text that names this field: the canonical title first."""
        return (self.title, *self.aliases)

    @cached_property  # read per field of every clean; a field's own (params make new fields, never change one)
    def question_verbs(self) -> tuple[str, ...]:
        """What a yes/no question asks happened, the words an 已… answer must hold to be 是: each title's words after
        its 是否 (a title without one: the whole title) less what frames them (已, 与否, 情况, a bracket), and the
        field's listed `verbs`.

        >>> FieldSpec("resolved", "是否化解", aliases=("是否已化解", "化解与否"), steps=("yes_no",)).question_verbs
        ('化解',)
        >>> FieldSpec("contacted", "是否取得联系", aliases=("联系情况",), steps=("yes_no",), verbs=("走访",)).question_verbs
        ('取得联系', '联系', '走访')
        """
        said = [_question_verb(t) for t in self.headers]
        return tuple(dict.fromkeys(v for v in (*said, *self.verbs) if v))

    def vocabulary_in(self, year: int | None) -> dict[str, list[str]]:
        """The vocabulary as a year's ledger writes it: its variants, and the articles cited by the text in force
        (with no year, every text's: enough to tell a column of offences by its cells, never to read one)."""
        out = {k: list(v) for k, v in (self.vocabulary or {}).items()}
        for first, last, value, forms in self.citations:
            if year is None or (first <= year and (last is None or year <= last)):
                out[value] = [*out[value], *forms]
        return out


@dataclass(frozen=True)
class FigureSpec:
    name: str
    title: str
    op: str
    arg: Any
    where: dict[str, Any] = field(default_factory=dict)
    fill: float | None = None
    publish: bool = True
    # A count of records where rows of one sheet sharing this field's value are one record (a case entered
    # once per offender under its 案件编号); a row without the value, or a sheet without the column, counts itself.
    distinct: str | None = None
    # A count of distinct records where each adds this field's value, a blank adding 1: a dispute register's
    # 纠纷数量 says how many disputes one row records (a village meeting's three in one row).
    weight: str | None = None
    # Fields saying whether a record is of the kind at all (the kind's `told_by`: 审查类别 of a 合法性审查台账):
    # a record whose value there cannot be read may be no record of the kind, so it leaves the count unknown,
    # never higher. A sheet without the column is every row a record, as before: no column is needed.
    gates: tuple[str, ...] = ()
    # Of a sum, the records that by what they are add nothing to it (a 家暴告诫书 is issued instead of a sanction,
    # 反家庭暴力法 第十六条: it detains no one). A sheet of only such records needs no column of the summed field;
    # a record of them whose sheet has the column adds what it says.
    adds_none: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BreakdownSpec:
    """A kind's records (filtered by `where`) counted by the field `by`, for tables and charts."""

    name: str
    kind: str
    by: str
    label: str  # Chinese column title of the categories
    unit: str = "件"
    where: dict[str, Any] = field(default_factory=dict)
    distinct: str | None = None  # count distinct values of this field (e.g. case numbers)
    weight: str | None = None  # sum this field instead of counting rows (a blank counts `fill`)
    fill: int = 1
    month: bool = False  # `by` is a date: count by month 1–12
    # By village or a similar small area of a sensitive ledger: small counts could point at a person.
    small_area: bool = False
    # `by` is a field of several values per record (FieldSpec.several): a record counts under each of its values.
    several: bool = False
    # (value, unit) of the categories counted in another unit than `unit` (家暴告诫书 in 份 among cases in 起): each
    # such row says its unit, and the count's column names every unit it holds.
    units: tuple[tuple[str, str], ...] = ()

    @property
    def count_title(self) -> str:
        return f"数量（{'/'.join(dict.fromkeys([self.unit, *(u for _, u in self.units)]))}）"

    def labelled(self, value: str) -> str:
        """A category as its row shows it: with its unit where it is counted in another (家暴告诫书（份）)."""
        unit = dict(self.units).get(value)
        return f"{value}（{unit}）" if unit else value


@dataclass(frozen=True)
class StatisticSpec:
    """Where a statistics form (汇总表, 统计表, 月报) states a figure: the labels of its row and/or
    column. Each group is a list of alternative labels; every group must be found (one on the
    rows, one on the columns). With one group, the other side is the form's total (合计) row or
    column. Labels are compared whole, after units in brackets are dropped: 调解成功（件） is 调解成功."""

    figure: str
    labels: tuple[tuple[str, ...], ...]
    # Further cells added to the labels' cell, each found by its own label groups: a figure the form
    # states over two rows (家暴治安拘留 = 告诫书's 拘留 + 家暴治安案件's 拘留). Every one must be found.
    plus: tuple[tuple[tuple[str, ...], ...], ...] = ()
    # What a value stated under these labels is, where it is not quite the figure (申报金额: the amount claimed, not
    # yet approved): said in the figure's reason, so the report does not pass it off as more.
    rests_on: str = ""
    # Labels of a count the form states beside the labels' cell, on its row, that the figure leaves out (免考人数 beside
    # 应参考人数: the excused are not required to sit it). Subtracted where the form has it; a form without it states
    # the figure whole.
    less: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class StepLog:
    """How a kind's record reads when a platform exports it as an event log, one row per processing step."""

    step: str  # the field naming the step (处理环节)
    intake: str  # the step whose row is the record: its date places the record in its year (受理)
    latest: tuple[str, ...] = ()  # fields whose value is the latest step's (the event's outcome so far)
    merged_into: str | None = None  # the field naming the record a duplicate was merged into (合并至事件编号)
    # Field → values saying the record was merged into another (事件状态 已合并), with or without its number.
    merged_when: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Steps that come before the intake step (立案, 调查取证 before a case's 作出决定): a record logged with these
    # alone has not reached its intake yet, so it is of no year so far, not one taken up before the log began.
    before: tuple[str, ...] = ()
    # Steps that stand for the intake where a record's log has none (an item assigned from above is 交办 to the town,
    # never 受理 there; a 信访 system's first row of it is its 登记): the first of them the record has, in this order.
    intake_else: tuple[str, ...] = ()
    # The field holding each row's own time (环节办理时间: when that step was taken), and field → the steps whose time
    # that field is (交办日期 is the time of the 交办 step): a step's time is no other step's date.
    step_time: str | None = None
    dates: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def intakes(self) -> tuple[str, ...]:
        """The intake step, then the steps standing for it, in the order they are looked for."""
        return (self.intake, *self.intake_else)


STEP_LOG_KEYS = {
    "step",
    "intake",
    "latest",
    "merged_into",
    "merged_when",
    "before",
    "intake_else",
    "step_time",
    "dates",
}


@dataclass(frozen=True)
class Resit:
    """A per-person list exported a row per sitting (考试场次 正式考试 / 补考): the field naming the sitting, its values
    saying a person sits again, and the field naming the person (fzlib.ingest.clean `_resits`)."""

    field: str
    again: tuple[str, ...]
    person: str


RESIT_KEYS = {"field", "again", "person"}


@dataclass(frozen=True)
class Roster:
    """A record kept as a sheet of its own whose rows are persons (a session's 签到表): the words naming such a
    sheet, the column titles of its persons' names, and the field their count fills (fzlib.ingest.forms)."""

    words: tuple[str, ...]
    person: tuple[str, ...]
    count: str
    # The fields besides the date that a register's record of the same event shares (its audience): such a sheet
    # beside a register listing its event is that record's evidence, counted once.
    same: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)  # identity hash: specs are loaded once and used as cache keys
class LedgerSpec:
    kind: str
    title: str
    fields: tuple[FieldSpec, ...]
    figures: tuple[FigureSpec, ...] = ()
    breakdowns: tuple[BreakdownSpec, ...] = ()
    hints: tuple[str, ...] = ()
    # Words in a table's title or sheet name that name another document about the same work (执法人员
    # 持证情况一览表, 案卷评查结果, 普法责任清单): a table under them holds no records of this kind.
    not_hints: tuple[str, ...] = ()
    # Of the not_hints, those a column of a `told_by` field lifts: a register of every document sent out (发文登记簿)
    # is no ledger of the kind, unless it says of each row whether it is one (是否规范性文件: 是 / 否).
    told_hints: tuple[str, ...] = ()
    told_by: tuple[str, ...] = ()
    # Column titles only another document about the same work has, whatever its title (a 双随机 platform's
    # 抽查任务 list: 抽查比例, 检查对象数量 of a task, not one object inspected): a table showing one holds no
    # records of this kind. Whole titles, compared as headers are (normalised).
    not_titles: tuple[str, ...] = ()
    # Of the not_titles, those a register of the kind may keep beside its own columns (a caller's 来电时间 in a register
    # the 12345 hotline feeds): they rule the kind out only where the table does not show every required field under
    # a title of the kind's own, whatever words name the table (an untitled Sheet1 of a neutral file's name).
    besides_titles: tuple[str, ...] = ()
    key: tuple[str, ...] = ()
    # Whether a table without the key column is keyed by its 序号 instead. False where the key is a number
    # only one sort of the kind's tables has (a platform's 申请编号 of an application logged a row per step):
    # a register without it is no log of steps, and its 序号 counts rows, so two rows numbered alike are two.
    serial_key: bool = True
    date: str | None = None
    # Where the date is blank, the field whose date places the record in its year instead (a petition
    # received here has no 交办日期, only its 信访日期); the date then counts as given.
    date_fallback: str | None = None
    # Field → values saying the event that dates a record will not happen (审核意见 不同意出台: a draft never
    # issued): such a record with its date blank is of no year, as a date written 未印发 is, not an error.
    pending_when: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A record its own columns say has no day of its own (a person listed for an exam who did not sit it): dated by the
    # other records of its sheet, where they all fall in one year.
    undated_when: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Field → values that say a record is still open (正在化解, 调解中). A book kept per month lists an item
    # open at the month's end again in the next month's book with its outcome: among copies of one record,
    # a copy with an outcome settles the open one, whichever file was read first.
    provisional: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The date field saying when the record's matter ended (结案日期 of a case dated by its 受理日期). A date
    # typed without its year (12月26日) that the table's year would put after this end (1月8日) is of the year
    # before, where the end's own year says so or later rows of the table go back to earlier months: a case
    # carried over from last December heads this year's book (上年结转).
    date_ends: str | None = None
    # The date field saying when the record's matter began (立案日期 of a case dated by its decision): a date
    # typed without its year that the table's year would put before this beginning, on a row ending the book
    # (filed 12月18日, decided 1月6日), is of the year after.
    date_begins: str | None = None
    # Field → values saying a record has no document of its own to be keyed by (行政检查: an inspection leaves a
    # 检查记录, no 决定书): its key left blank is no error, the record is its row.
    keyless_when: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Field → values saying a row of a register that holds the kind's records is no record of the kind: a
    # 合法性审查台账 registers every matter the office reviewed (审查类别 规范性文件 / 重大行政决策 / 合同协议),
    # and only the documents are documents. Such rows are set aside, counted by no figure, with a note.
    not_records: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Field → patterns (regular expressions over the cleaned text) saying a record was decided by another authority:
    # a county bureau whose 派出机构 sits in the town (a 市场监管所 filing its penalties as 某县市场监督管理局) sends the
    # town a copy of its register. Its rows are not the town's records: set aside, counted by no figure, with a note.
    decided_elsewhere: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Patterns (regular expressions) by which a record says the town acted for that authority (委托执法: the county
    # bureau entrusted the case to the town, which decides in the bureau's name): in any cell of its row or in the title
    # of the column naming the authority (委托机关). Such a record is the town's work, never set aside as decided elsewhere.
    acting_for: tuple[str, ...] = ()
    # The fields that tell one record re-entered in another file under that file's own numbering (a village's
    # dispute, numbered by the village's 序号, listed again in the town's register as WC2024-003): the same date,
    # the same parties' names and the same category in two files is one record. Only where a side is numbered
    # by a bare 序号 (no identity across files) and every field is filled; two documents' own numbers stay apart.
    retyped_by: tuple[str, ...] = ()
    # The fields whose values, filled and different in two such rows, keep them two records (the place: a book of a
    # sheet per 村委会 lists each village's disputes; one of 等嘎 and one of 弄贺 said alike in date, parties' names and
    # type, their 村民小组 apart, are two disputes — common names of a 傣族 village and a busy day had made them one).
    retyped_apart_by: tuple[str, ...] = ()
    # Field → the field whose value a blank of it means (调解结果 left blank by a system while its 调解状态
    # says 调解中): the blank takes that value where it is one of the field's own vocabulary.
    blank_from: dict[str, str] = field(default_factory=dict)
    # Field → (a yes/no field, the value its 是 means, the value its 否 makes of that one): a question beside a
    # status that settles what the status leaves open (信访信息系统: 办理状态 已办结 says the item was concluded, the
    # 是否化解 beside it whether it was resolved). 是 makes the status the first value; 否 turns a status of the
    # first value into the second and leaves any other (办理中 with 否: still in hand) as it is.
    settled_by: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    # Field → the condition under which every record fills it ({form: {result: [调解成功]}}: a case mediated
    # successfully ended in an oral or a written agreement). A blank there is a required blank: the record
    # is left out of the figures that use the field, which are then unknown, never lower.
    required_when: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # A platform's event log lists a record once per processing step (受理 → 派单 → 办结 → 归档): which field
    # names the step, the step whose row is the record (its date places it in its year), the fields whose
    # value is the latest step's (the event's outcome), and the field naming the record a duplicate was
    # merged into (重复件 → 合并至): see fzlib.ingest.steps.
    step_log: StepLog | None = None
    sensitive: bool = False
    # The field a wide log or tick matrix fills with its cells (counts per category in columns):
    # each filled cell becomes a record with that many. None: one record per row.
    measure: str | None = None
    statistics: tuple[StatisticSpec, ...] = ()
    roster: Roster | None = None
    resit: Resit | None = None

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)

    @property
    def personal_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.personal)


def _did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.5)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _check_keys(where: str, data: dict, allowed: set[str]) -> None:
    for key in data:
        if key not in allowed:
            raise SpecError(f"{where}: unknown key {key!r}{_did_you_mean(key, allowed)}")


def _as_tuple(value) -> tuple:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, (list, tuple)) else (value,)


def _ambiguous(where: str, name: str | None, vocab, readings: dict) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words of vocabulary `name` declared to have several readings, each reading a value of it."""
    words = readings.get(name) or {} if name else {}
    out = []
    for word, values in words.items():
        values = tuple(str(v) for v in _as_tuple(values))
        if len(values) < 2 or set(values) - set(vocab or ()):
            raise SpecError(f"{where}: ambiguous {word!r} names fewer than two values, or values not of {name!r}")
        out.append((str(word), values))
    return tuple(out)


def _generic(where: str, name: str | None, vocab, words: dict) -> frozenset[str]:
    """The variants of vocabulary `name` declared generic, each a variant of it."""
    listed = frozenset(str(w) for w in _as_tuple((words.get(name) if name else None) or ()))
    if listed - {v for variants in (vocab or {}).values() for v in variants}:
        raise SpecError(f"{where}: generic names words that are no variant of {name!r}")
    return listed


def _citations(where: str, name: str | None, vocab, declared: dict) -> tuple:
    """The articles vocabulary `name` may be cited by (vocabularies.yaml `citations`), checked: each text's years, the
    values of the vocabulary, whole article numbers; each article in Chinese and in Arabic numerals."""
    out = []
    for text in (declared.get(name) if name else None) or ():
        years, law, articles = text.get("years"), text.get("law"), text.get("articles") or {}
        ok = isinstance(years, list) and len(years) == 2 and isinstance(years[0], int)
        if not ok or not (years[1] is None or isinstance(years[1], int)) or not isinstance(law, str):
            raise SpecError(f"{where}: citations of {name!r} need law and years: [first, last or null]")
        for value, numbers in articles.items():
            if value not in (vocab or {}) or not all(isinstance(n, int) and 0 < n < 1000 for n in _as_tuple(numbers)):
                raise SpecError(f"{where}: citations of {name!r}: {value!r} is no value of it, or an article no number")
            forms = tuple(f for n in _as_tuple(numbers) for f in (f"{law}第{chinese_numeral(n)}条", f"{law}第{n}条"))
            out.append((years[0], years[1], str(value), forms))
    return tuple(out)


def _load_field(
    where: str,
    raw: dict,
    vocabularies: dict,
    readings: dict | None = None,
    generic: dict | None = None,
    citations: dict | None = None,
) -> FieldSpec:
    _check_keys(where, raw, FIELD_KEYS)
    for key in ("name", "title"):
        if key not in raw:
            raise SpecError(f"{where}: missing {key!r}")
    steps = _as_tuple(raw.get("steps", ["text"]))
    for step in steps:
        if step not in CLEANING_STEPS:
            raise SpecError(f"{where}: unknown cleaning step {step!r}{_did_you_mean(step, CLEANING_STEPS)}")
    vocab = None
    if "vocabulary" in raw:
        name = raw["vocabulary"]
        if name not in vocabularies or name in (AMBIGUOUS, GENERIC, CITATIONS):
            raise SpecError(f"{where}: unknown vocabulary {name!r}{_did_you_mean(name, vocabularies)}")
        vocab = {k: tuple(v or ()) for k, v in vocabularies[name].items()}
    elif "category" in steps:
        raise SpecError(f"{where}: step 'category' needs a 'vocabulary'")
    posts = None
    if "posts" in raw:
        if "answered_by" not in raw or raw["posts"] not in vocabularies or raw["posts"] in (AMBIGUOUS, GENERIC):
            raise SpecError(
                f"{where}: posts needs answered_by and names a vocabulary{_did_you_mean(str(raw['posts']), vocabularies)}"
            )
        posts = {k: tuple(v or ()) for k, v in vocabularies[raw["posts"]].items()}
    among = tuple(str(a) for a in _as_tuple(raw.get("among")))
    if among and (vocab is None or set(among) - set(vocab)):
        raise SpecError(f"{where}: among names values that are not of the field's vocabulary: {among}")
    personal = raw.get("personal")
    if personal is not None and personal not in PERSONAL_KINDS:
        raise SpecError(f"{where}: unknown personal kind {personal!r}{_did_you_mean(personal, PERSONAL_KINDS)}")
    bounds = raw.get("range")
    if bounds is not None:
        ok = isinstance(bounds, list) and len(bounds) == 2 and all(isinstance(b, (int, float)) for b in bounds)
        if not ok or bounds[0] > bounds[1]:
            raise SpecError(f"{where}: range takes [min, max] numbers, min ≤ max")
        if not set(steps) & {"number", "integer"}:
            raise SpecError(f"{where}: range needs a 'number' or 'integer' step")
        bounds = (float(bounds[0]), float(bounds[1]))
    return FieldSpec(
        name=raw["name"],
        title=raw["title"],
        aliases=tuple(str(a) for a in _as_tuple(raw.get("aliases"))),
        steps=steps,
        required=bool(raw.get("required", False)),
        vocabulary=vocab,
        personal=personal,
        range=bounds,
        vocabulary_name=raw.get("vocabulary"),
        prefer=_preferred(where, raw),
        one_per=tuple(str(n) for n in _as_tuple(raw.get("one_per"))),
        within=raw.get("within"),
        year_from=raw.get("year_from"),
        answered_by=raw.get("answered_by"),
        posts=posts,
        alone_as=raw.get("alone_as"),
        by_date=_by_date(where, raw, vocab),
        by_answer=_by_answer(where, raw, vocab),
        any_of=tuple(str(n) for n in _as_tuple(raw.get("any_of"))),
        among=among,
        several=_several(where, raw, vocab),
        shares=tuple(str(n) for n in _as_tuple(raw.get("shares"))),
        apart=bool(raw.get("apart", False)),
        scope=_scope(where, raw, vocab),
        within_words=_within_words(where, raw, vocab),
        none_words=tuple(str(w) for w in _as_tuple(raw.get("none_words"))),
        unsure=_unsure(where, raw, vocab),
        verbs=_verbs(where, raw, steps),
        rest=_rest(where, raw, vocab),
        ambiguous=_ambiguous(where, raw.get("vocabulary"), vocab, readings or {}),
        generic=_generic(where, raw.get("vocabulary"), vocab, generic or {}),
        citations=_citations(where, raw.get("vocabulary"), vocab, citations or {}),
    )


_QUESTION_FRAME = re.compile(r"[（(][^）)]*[）)]|^(?:已|为|属于)|(?:与否|情况|结果|状态|成功)$")


def _question_verb(title: str) -> str:
    """The verb a yes/no column's title asks about: 是否已化解 化解, 负责人是否出庭 出庭, 联系情况 联系."""
    words = title.split("是否", 1)[-1]
    while (less := _QUESTION_FRAME.sub("", words)) != words:
        words = less
    return words.strip()


def _unsure(where: str, raw: dict, vocab) -> tuple[str, ...]:
    """A field's `unsure` titles, checked: titles of its own of a category, told by the vocabulary's values."""
    unsure = tuple(str(t) for t in _as_tuple(raw.get("unsure")))
    if unsure and (not vocab or set(unsure) - {str(raw.get("title")), *map(str, _as_tuple(raw.get("aliases")))}):
        raise SpecError(f"{where}: unsure names titles of the field's own (title or aliases), of a category")
    return unsure


def _verbs(where: str, raw: dict, steps: tuple[str, ...]) -> tuple[str, ...]:
    """A field's `verbs`, checked: of a yes/no question."""
    verbs = tuple(str(v) for v in _as_tuple(raw.get("verbs")))
    if verbs and "yes_no" not in steps:
        raise SpecError(f"{where}: verbs needs a 'yes_no' step")
    return verbs


def _several(where: str, raw: dict, vocab) -> bool:
    """A field's `several`, checked: a category whose values do not hold the joining character themselves."""
    if not raw.get("several"):
        return False
    if not vocab or any(SEVERAL_JOIN in v for v in vocab):
        raise SpecError(f"{where}: several needs a vocabulary whose values hold no {SEVERAL_JOIN!r}")
    return True


def _within_words(where: str, raw: dict, vocab) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A field's `within_words` ({value: [word, …]}), checked: a scoped field read within another's, its values only."""
    words = raw.get("within_words")
    if words is None:
        return ()
    if not raw.get("scope") or not raw.get("within") or not isinstance(words, dict):
        raise SpecError(f"{where}: within_words is a mapping {{value: [word, …]}} of a field with scope and within")
    unknown = [v for v in words if v not in (vocab or {})]
    if unknown:
        raise SpecError(f"{where}: within_words names {unknown[0]!r}, no value of the field's vocabulary")
    return tuple((str(v), tuple(str(w) for w in _as_tuple(ws))) for v, ws in words.items())


def _scope(where: str, raw: dict, vocab) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A field's `scope` ({title word: [value, …]}), checked: an `apart` category's values only."""
    scope = raw.get("scope")
    if scope is None:
        return ()
    if not raw.get("apart") or not vocab or not isinstance(scope, dict):
        raise SpecError(f"{where}: scope is a mapping {{title word: [value, …]}} of an apart category field")
    out = []
    for word, values in scope.items():
        values = tuple(str(v) for v in _as_tuple(values))
        unknown = [v for v in values if v not in vocab]
        if unknown:
            raise SpecError(f"{where}: scope {word!r} names {unknown[0]!r}, no value of the field's vocabulary")
        out.append((str(word), values))
    return tuple(out)


def _rest(where: str, raw: dict, vocab) -> str | None:
    given = raw.get("rest")
    if given is None:
        return None
    if vocab is None or str(given) not in vocab:
        raise SpecError(f"{where}: rest must be a value of the field's vocabulary")
    return str(given)


def _by_date(where: str, raw: dict, vocab) -> tuple[str, str, str] | None:
    given = raw.get("by_date")
    if given is None:
        return None
    if not isinstance(given, dict) or set(given) != {"field", "filled", "blank"}:
        raise SpecError(f"{where}: by_date takes {{field: <date field>, filled: <value>, blank: <value>}}")
    values = (str(given["filled"]), str(given["blank"]))
    if vocab is None or any(v not in vocab for v in values):
        raise SpecError(f"{where}: by_date values must be values of the field's vocabulary")
    return (str(given["field"]), *values)


def _by_answer(where: str, raw: dict, vocab) -> tuple[str, str, str] | None:
    given = raw.get("by_answer")
    if given is None:
        return None
    if not isinstance(given, dict) or set(given) != {"field", "if_yes", "if_no"}:
        raise SpecError(f"{where}: by_answer takes {{field: <yes/no field>, if_yes: <value>, if_no: <value>}}")
    values = (str(given["if_yes"]), str(given["if_no"]))
    if vocab is None or any(v not in vocab for v in values):
        raise SpecError(f"{where}: by_answer values must be values of the field's vocabulary")
    return (str(given["field"]), *values)


def _preferred(where: str, raw: dict) -> tuple[str, ...]:
    prefer = tuple(str(p) for p in _as_tuple(raw.get("prefer")))
    headers = {str(raw["title"]), *(str(a) for a in _as_tuple(raw.get("aliases")))}
    unknown = [p for p in prefer if p not in headers]
    if unknown:
        raise SpecError(f"{where}: prefer names headers that are not the field's title or aliases: {unknown}")
    return prefer


def _load_figure(where: str, raw: dict, field_names: set[str]) -> FigureSpec:
    _check_keys(where, raw, FIGURE_KEYS)
    ops = [op for op in FIGURE_OPS if op in raw]
    if len(ops) != 1:
        raise SpecError(f"{where}: a figure needs exactly one of {', '.join(FIGURE_OPS)}")
    op = ops[0]
    arg = raw[op]
    referenced = _check_where(where, raw.get("where"), field_names)
    if raw.get("adds_none") is not None and op != "sum":
        raise SpecError(f"{where}: adds_none goes with sum")
    referenced += _check_where(f"{where}: adds_none", raw.get("adds_none"), field_names)
    if op in ("count_distinct", "sum"):
        referenced.append(arg)
    for name in referenced:
        if name not in field_names:
            raise SpecError(f"{where}: unknown field {name!r}{_did_you_mean(name, field_names)}")
    if op == "ratio" and (not isinstance(arg, list) or len(arg) != 2):
        raise SpecError(f"{where}: ratio takes [numerator, denominator] figure names")
    distinct = raw.get("distinct")
    if distinct is not None and op != "count":
        raise SpecError(f"{where}: distinct goes with count")
    if distinct is not None and distinct not in field_names:
        raise SpecError(f"{where}: unknown field {distinct!r}{_did_you_mean(distinct, field_names)}")
    weight = raw.get("weight")
    if weight is not None and op not in ("count", "count_distinct"):
        raise SpecError(f"{where}: weight goes with count or count_distinct")
    if weight is not None and weight not in field_names:
        raise SpecError(f"{where}: unknown field {weight!r}{_did_you_mean(weight, field_names)}")
    return FigureSpec(
        name=raw["name"],
        title=raw.get("title", raw["name"]),
        op=op,
        arg=arg,
        where=dict(raw.get("where") or {}),
        fill=raw.get("fill"),
        publish=bool(raw.get("publish", True)),
        distinct=distinct,
        weight=weight,
        adds_none=dict(raw.get("adds_none") or {}),
    )


def _check_where(where: str, conditions, field_names: set[str]) -> list[str]:
    """The fields a `where` names; a dict condition may only use the known tests."""
    for name, wanted in (conditions or {}).items():
        if isinstance(wanted, dict):
            _check_keys(f"{where}: where {name!r}", wanted, WHERE_TESTS)
    return list(conditions or {})


def _load_breakdown(where: str, raw: dict, kind: str, field_names: set[str], several: set[str]) -> BreakdownSpec:
    _check_keys(where, raw, BREAKDOWN_KEYS)
    for key in ("name", "by", "label"):
        if key not in raw:
            raise SpecError(f"{where}: missing {key!r}")
    referenced = _check_where(where, raw.get("where"), field_names)
    referenced += [raw["by"]] + [raw[k] for k in ("distinct", "weight") if raw.get(k)]
    for name in referenced:
        if name not in field_names:
            raise SpecError(f"{where}: unknown field {name!r}{_did_you_mean(name, field_names)}")
    return BreakdownSpec(
        name=raw["name"],
        kind=kind,
        by=raw["by"],
        label=raw["label"],
        unit=raw.get("unit", "件"),
        where=dict(raw.get("where") or {}),
        distinct=raw.get("distinct"),
        weight=raw.get("weight"),
        fill=int(raw.get("fill", 1)),
        month=bool(raw.get("month", False)),
        small_area=bool(raw.get("small_area", False)),
        several=raw["by"] in several,
        units=tuple((str(v), str(u)) for v, u in (raw.get("units") or {}).items()),
    )


def _load_step_log(where: str, raw: dict, fields: tuple[FieldSpec, ...]) -> StepLog:
    _check_keys(where, raw, STEP_LOG_KEYS)
    names = {f.name for f in fields}
    merged_when = {str(k): tuple(map(str, _as_tuple(v))) for k, v in (raw.get("merged_when") or {}).items()}
    log = StepLog(str(raw.get("step")), str(raw.get("intake")), tuple(map(str, _as_tuple(raw.get("latest")))),
                  raw.get("merged_into"), merged_when, tuple(map(str, _as_tuple(raw.get("before")))),
                  tuple(map(str, _as_tuple(raw.get("intake_else")))), raw.get("step_time"),
                  {str(k): tuple(map(str, _as_tuple(v))) for k, v in (raw.get("dates") or {}).items()})  # fmt: skip
    for name in (log.step, *log.latest, *([log.merged_into] if log.merged_into else []), *log.dates,
                 *([log.step_time] if log.step_time else [])):  # fmt: skip
        if name not in names:
            raise SpecError(f"{where}: unknown field {name!r}{_did_you_mean(name, names)}")
    for name, values in merged_when.items():
        vocab = next((f.vocabulary for f in fields if f.name == name), None)
        if vocab is None or set(values) - set(vocab):
            raise SpecError(f"{where}: merged_when {name!r} names a field or values not of its vocabulary")
    vocab = next(f.vocabulary for f in fields if f.name == log.step) or {}
    for step in log.intakes:
        if step not in vocab:
            raise SpecError(f"{where}: intake {step!r} is not a value of the step field's vocabulary")
    if any(set(steps) - set(vocab) for steps in log.dates.values()) or bool(log.dates) != bool(log.step_time):
        raise SpecError(f"{where}: dates names steps of the step field's vocabulary, and goes with step_time")
    if set(log.before) - set(vocab) or set(log.intakes) & set(log.before):
        raise SpecError(f"{where}: before names steps of the step field's vocabulary other than the intake")
    return log


def _load_statistic(where: str, raw: dict, figure_names: set[str]) -> StatisticSpec:
    _check_keys(where, raw, STATISTIC_KEYS)
    figure = raw.get("figure")
    if figure not in figure_names:
        raise SpecError(f"{where}: unknown figure {figure!r}{_did_you_mean(figure, figure_names)}")
    labels = _label_groups(where, raw.get("labels"))
    plus = raw.get("plus") or []
    if not isinstance(plus, list):
        raise SpecError(f"{where}: plus takes a list of label-group lists, e.g. [[[家暴治安案件], [拘留]]]")
    rests_on = raw.get("rests_on") or ""
    if not isinstance(rests_on, str):
        raise SpecError(f"{where}: rests_on takes a phrase (申报金额：申报的数，未经审核)")
    less = _label_groups(f"{where}: less", raw["less"]) if raw.get("less") else ()
    if len(less) > 1:
        raise SpecError(
            f"{where}: less takes one group of labels (a column beside the labels' cell), e.g. [[免考人数]]"
        )
    return StatisticSpec(figure, labels, tuple(_label_groups(f"{where}: plus", g) for g in plus), rests_on, less)


def _label_groups(where: str, groups) -> tuple[tuple[str, ...], ...]:
    if not isinstance(groups, list) or not groups:
        raise SpecError(f"{where}: labels takes a list of label groups, e.g. [[排查数, 排查总数]]")
    groups = [g if isinstance(g, list) else [g] for g in groups]
    if len(groups) > 2 or not all(groups):
        raise SpecError(f"{where}: one or two non-empty label groups (a row's and a column's)")
    return tuple(tuple(str(x) for x in g) for g in groups)


# libyaml when PyYAML has it: 3× faster on specs, which load in every run, and linear where the
# pure-Python scanner is quadratic (5,000 nested brackets took it 1.4 s).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str, aliases: bool = True):
    """Safe YAML. Without `aliases` an `*name` is refused (yaml.YAMLError): in a file a user wrote,
    a few lines of aliases could expand into billions of items for whatever walks the result."""
    if not aliases:
        for event in yaml.parse(text, Loader=SAFE_LOADER):
            if isinstance(event, yaml.AliasEvent):
                raise yaml.composer.ComposerError(None, None, "不允许使用别名（*引用）", event.start_mark)
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 (a safe loader)


def _yaml(path: Path):
    return load_yaml(path.read_text(encoding="utf-8"))


def load_spec(path: Path, vocabularies: dict) -> LedgerSpec:
    """Load and validate one spec file."""
    raw = _yaml(path)
    where = path.name
    _check_keys(where, raw, SPEC_KEYS)
    fields = tuple(
        _load_field(
            f"{where}: field {f.get('name', i)!r}",
            f,
            vocabularies,
            vocabularies.get(AMBIGUOUS) or {},
            vocabularies.get(GENERIC) or {},
            vocabularies.get(CITATIONS) or {},
        )
        for i, f in enumerate(raw.get("fields") or [])
    )
    names = {f.name for f in fields}
    if len(names) != len(fields):
        raise SpecError(f"{where}: duplicate field names")
    for ref in (*_as_tuple(raw.get("key")), *_as_tuple(raw.get("date")), *_as_tuple(raw.get("date_fallback"))):
        if ref not in names:
            raise SpecError(f"{where}: key/date names unknown field {ref!r}{_did_you_mean(ref, names)}")
    for f in fields:
        wrong = [n for n in f.one_per if n not in names or n == f.name]
        if wrong:
            raise SpecError(f"{where}: field {f.name!r}: one_per names no other field {wrong[0]!r}")
        if f.one_per and not set(f.steps) & {"integer", "number"}:
            raise SpecError(f"{where}: field {f.name!r}: one_per needs an 'integer' or 'number' step")
        if f.answered_by is not None and (f.answered_by not in names or f.answered_by == f.name):
            raise SpecError(f"{where}: field {f.name!r}: answered_by names no other field {f.answered_by!r}")
        if f.by_date is not None and not any(g.name == f.by_date[0] and "date" in g.steps for g in fields):
            raise SpecError(f"{where}: field {f.name!r}: by_date names no date field {f.by_date[0]!r}")
        if f.by_answer is not None and not any(g.name == f.by_answer[0] and "yes_no" in g.steps for g in fields):
            raise SpecError(f"{where}: field {f.name!r}: by_answer names no yes/no field {f.by_answer[0]!r}")
        wrong = [n for n in f.any_of if n not in names or n == f.name]
        if wrong or (f.any_of and not all("yes_no" in g.steps for g in fields if g.name in (f.name, *f.any_of))):
            raise SpecError(
                f"{where}: field {f.name!r}: any_of names yes/no fields other than itself ({wrong or f.any_of})"
            )
        if f.alone_as is not None and (f.alone_as not in names or f.alone_as == f.name):
            raise SpecError(f"{where}: field {f.name!r}: alone_as names no other field {f.alone_as!r}")
        if f.answered_by is not None and "yes_no" not in f.steps:
            raise SpecError(f"{where}: field {f.name!r}: answered_by needs a 'yes_no' step")
        if f.within is not None and (f.within not in names or f.within == f.name):
            raise SpecError(f"{where}: field {f.name!r}: within names no other field {f.within!r}")
        if f.within is not None and not set(f.steps) & {"integer", "number", "date"} and f.vocabulary is None:
            raise SpecError(
                f"{where}: field {f.name!r}: within needs an 'integer', 'number' or 'date' step, or a vocabulary"
            )
        if f.year_from is not None and ("date" not in f.steps or f.year_from not in names or f.year_from == f.name):
            raise SpecError(f"{where}: field {f.name!r}: year_from needs a 'date' step and names another field")
        for shared in f.shares:
            amount = next((g for g in fields if g.name == shared), None)
            if amount is None or not set(amount.steps) & {"integer", "number"}:
                raise SpecError(f"{where}: field {f.name!r}: shares names no 'number' or 'integer' field {shared!r}")
    if raw.get("date_fallback") and not raw.get("date"):
        raise SpecError(f"{where}: date_fallback without a date")
    pending_when = {str(k): tuple(str(v) for v in _as_tuple(vs)) for k, vs in (raw.get("pending_when") or {}).items()}
    if pending_when and not raw.get("date"):
        raise SpecError(f"{where}: pending_when without a date")
    for name, values in pending_when.items():
        if name not in names:
            raise SpecError(f"{where}: pending_when names unknown field {name!r}{_did_you_mean(name, names)}")
        # A free-text field (备注) is matched on its whole cleaned text; a vocabulary's on its values.
        vocab = next(f.vocabulary for f in fields if f.name == name)
        wrong = [v for v in values if vocab is not None and v not in vocab]
        if wrong:
            raise SpecError(f"{where}: pending_when {name!r}: {wrong[0]!r} is not a value of its vocabulary")
    undated_when = _field_values(raw, "undated_when", fields, names, where)
    if undated_when and not raw.get("date"):
        raise SpecError(f"{where}: undated_when without a date")
    provisional = _field_values(raw, "provisional", fields, names, where)
    keyless_when = _field_values(raw, "keyless_when", fields, names, where)
    not_records = _field_values(raw, "not_records", fields, names, where)
    decided_elsewhere = {str(k): tuple(map(str, _as_tuple(v))) for k, v in (raw.get("decided_elsewhere") or {}).items()}
    for name, patterns in decided_elsewhere.items():
        if name not in names:
            raise SpecError(f"{where}: decided_elsewhere names unknown field {name!r}{_did_you_mean(name, names)}")
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as e:
                raise SpecError(
                    f"{where}: decided_elsewhere {name!r}: {pattern!r} is no regular expression ({e})"
                ) from e
    acting_for = tuple(map(str, _as_tuple(raw.get("acting_for"))))
    for pattern in acting_for:
        try:
            re.compile(pattern)
        except re.error as e:
            raise SpecError(f"{where}: acting_for: {pattern!r} is no regular expression ({e})") from e
    date_ends, date_begins = raw.get("date_ends"), raw.get("date_begins")
    for key, other in (("date_ends", date_ends), ("date_begins", date_begins)):
        if other is not None and other not in {f.name for f in fields if "date" in f.steps}:
            raise SpecError(f"{where}: {key} names no date field {other!r}{_did_you_mean(str(other), names)}")
    blank_from = {str(k): str(v) for k, v in (raw.get("blank_from") or {}).items()}
    for name, by in blank_from.items():
        for n in (name, by):
            if n not in names:
                raise SpecError(f"{where}: blank_from names unknown field {n!r}{_did_you_mean(n, names)}")
            if next(f.vocabulary for f in fields if f.name == n) is None:
                raise SpecError(f"{where}: blank_from {n!r} has no vocabulary")
    settled_by = {}
    for name, rule in (raw.get("settled_by") or {}).items():
        if not isinstance(rule, dict) or set(rule) != {"by", "if_yes", "if_no"}:
            raise SpecError(f"{where}: settled_by {name!r} needs by, if_yes and if_no")
        target = next((f for f in fields if f.name == name), None)
        by = next((f for f in fields if f.name == rule["by"]), None)
        if target is None or target.vocabulary is None:
            raise SpecError(
                f"{where}: settled_by names no field with a vocabulary {name!r}{_did_you_mean(str(name), names)}"
            )
        if by is None or "yes_no" not in by.steps:
            raise SpecError(f"{where}: settled_by {name!r}: by names no yes/no field {rule['by']!r}")
        wrong = [v for v in (rule["if_yes"], rule["if_no"]) if v not in target.vocabulary]
        if wrong:
            raise SpecError(f"{where}: settled_by {name!r}: {wrong[0]!r} is not a value of its vocabulary")
        settled_by[str(name)] = (str(rule["by"]), str(rule["if_yes"]), str(rule["if_no"]))
    required_when = {}
    for name, when in (raw.get("required_when") or {}).items():
        if name not in names:
            raise SpecError(f"{where}: required_when names unknown field {name!r}{_did_you_mean(name, names)}")
        # No condition ({}): every record fills it, but a table may lack the column (its figures then unknown).
        if not isinstance(when, dict):
            raise SpecError(f"{where}: required_when {name!r} needs a condition ({{field: [value, …]}}, or {{}})")
        required_when[str(name)] = _field_values({"when": when}, "when", fields, names, f"{where}: required_when")
    retyped_by = tuple(map(str, _as_tuple(raw.get("retyped_by"))))
    for name in retyped_by:
        if name not in names:
            raise SpecError(f"{where}: retyped_by names unknown field {name!r}{_did_you_mean(name, names)}")
    retyped_apart_by = tuple(map(str, _as_tuple(raw.get("retyped_apart_by"))))
    for name in retyped_apart_by:
        if name not in names:
            raise SpecError(f"{where}: retyped_apart_by names unknown field {name!r}{_did_you_mean(name, names)}")
    if retyped_apart_by and not retyped_by:
        raise SpecError(f"{where}: retyped_apart_by keeps apart what retyped_by joins; it needs retyped_by")
    # What tells one record from another: its parties, or the title a document bears (规范性文件 are named, not
    # numbered, in a register of their review); a date and a category alone tell none.
    telling = [f for f in fields if f.name in retyped_by and (f.personal or (f.required and f.steps == ("text",)))]
    if retyped_by and not telling:
        raise SpecError(
            f"{where}: retyped_by needs a personal field (the parties) or a required title: a date and a category "
            "alone tell no record"
        )
    step_log = _load_step_log(f"{where}: step_log", raw.get("step_log"), fields) if raw.get("step_log") else None
    figures = tuple(
        _load_figure(f"{where}: figure {g.get('name', i)!r}", g, names) for i, g in enumerate(raw.get("figures") or [])
    )
    told_by = tuple(str(n) for n in _as_tuple(raw.get("told_by")))
    for name in told_by:
        if name not in not_records:
            raise SpecError(f"{where}: told_by names {name!r}, which is no field of not_records")
    told_hints = tuple(map(str, _as_tuple(raw.get("told_hints"))))
    for word in told_hints:
        if not told_by or word not in map(str, _as_tuple(raw.get("not_hints"))):
            raise SpecError(f"{where}: told_hints names {word!r}, which is no word of not_hints, or told_by is empty")
    if told_by:
        figures = tuple(replace(g, gates=told_by) if g.op != "ratio" else g for g in figures)
    for f in fields:  # one record, one value where a figure or the key rests on the field
        used = [g.name for g in figures if f.name in (*g.where, g.arg, g.distinct, g.weight)]
        if f.several and (used or f.name in _as_tuple(raw.get("key"))):
            raise SpecError(f"{where}: field {f.name!r}: several, but {used[0] if used else 'the key'} rests on it")
    breakdowns = tuple(
        _load_breakdown(
            f"{where}: breakdown {b.get('name', i)!r}", b, raw["kind"], names, {f.name for f in fields if f.several}
        )
        for i, b in enumerate(raw.get("breakdowns") or [])
    )
    roster = None
    if raw.get("roster") is not None:
        _check_keys(f"{where}: roster", raw["roster"], ROSTER_KEYS)
        count = raw["roster"].get("count")
        if count not in names:
            raise SpecError(f"{where}: roster count names unknown field {count!r}{_did_you_mean(str(count), names)}")
        same = tuple(map(str, _as_tuple(raw["roster"].get("same"))))
        for name in (n for n in same if n not in names):
            raise SpecError(f"{where}: roster same names unknown field {name!r}{_did_you_mean(name, names)}")
        roster = Roster(
            words=tuple(map(str, _as_tuple(raw["roster"].get("words")))),
            person=tuple(map(str, _as_tuple(raw["roster"].get("person")))),
            count=count,
            same=same,
        )
    resit = None
    if raw.get("resit") is not None:
        _check_keys(f"{where}: resit", raw["resit"], RESIT_KEYS)
        resit = Resit(str(raw["resit"].get("field")), tuple(map(str, _as_tuple(raw["resit"].get("again")))),
                      str(raw["resit"].get("person")))  # fmt: skip
        for name in (resit.field, resit.person):
            if name not in names:
                raise SpecError(f"{where}: resit names unknown field {name!r}{_did_you_mean(name, names)}")
        vocab = next(f.vocabulary for f in fields if f.name == resit.field) or {}
        if not resit.again or set(resit.again) - set(vocab):
            raise SpecError(f"{where}: resit again names no value of {resit.field!r}'s vocabulary")
    measure = raw.get("measure")
    if measure is not None and measure not in names:
        raise SpecError(f"{where}: measure names unknown field {measure!r}{_did_you_mean(measure, names)}")
    own = {g.name for g in figures}
    statistics = tuple(
        _load_statistic(f"{where}: statistics {i}", st, own) for i, st in enumerate(raw.get("statistics") or [])
    )
    return LedgerSpec(
        kind=raw["kind"],
        title=raw["title"],
        fields=fields,
        figures=figures,
        breakdowns=breakdowns,
        # Words, even those YAML reads as numbers (12345 unquoted): they are looked for in titles.
        hints=tuple(map(str, _as_tuple(raw.get("hints")))),
        not_hints=tuple(map(str, _as_tuple(raw.get("not_hints")))),
        told_hints=told_hints,
        told_by=told_by,
        not_titles=tuple(map(str, _as_tuple(raw.get("not_titles")))),
        besides_titles=tuple(map(str, _as_tuple(raw.get("besides_titles")))),
        key=tuple(_as_tuple(raw.get("key"))),
        serial_key=bool(raw.get("serial_key", True)),
        date=raw.get("date"),
        date_fallback=raw.get("date_fallback"),
        date_ends=date_ends,
        date_begins=date_begins,
        pending_when=pending_when,
        undated_when=undated_when,
        provisional=provisional,
        keyless_when=keyless_when,
        not_records=not_records,
        decided_elsewhere=decided_elsewhere,
        acting_for=acting_for,
        blank_from=blank_from,
        settled_by=settled_by,
        required_when=required_when,
        retyped_by=retyped_by,
        retyped_apart_by=retyped_apart_by,
        step_log=step_log,
        sensitive=bool(raw.get("sensitive", False)),
        measure=measure,
        statistics=statistics,
        roster=roster,
        resit=resit,
    )


@dataclass(frozen=True)
class Corrections:
    """The words of fzlib/specs/corrections.yaml: how clerks mark a value retyped, a row void or replaced, a file
    superseded."""

    retyped: tuple[str, ...]
    remark_titles: frozenset[str]
    void_remarks: frozenset[str]
    corrects_row: tuple[str, ...]
    later_versions: tuple[str, ...]
    copy_marks: tuple[str, ...] = ()
    kept_aside_marks: tuple[str, ...] = ()
    older_versions: tuple[str, ...] = ()


@cache
def corrections() -> Corrections:
    raw = _yaml(paths.SPECS / "corrections.yaml") or {}
    _check_keys("corrections.yaml", raw, {f for f in Corrections.__dataclass_fields__})
    return Corrections(
        retyped=tuple(str(w) for w in raw.get("retyped") or ()),
        remark_titles=frozenset(str(w) for w in raw.get("remark_titles") or ()),
        void_remarks=frozenset(str(w) for w in raw.get("void_remarks") or ()),
        corrects_row=tuple(str(w) for w in raw.get("corrects_row") or ()),
        later_versions=tuple(str(w) for w in raw.get("later_versions") or ()),
        copy_marks=_named_marks("copy_marks", raw),
        kept_aside_marks=_named_marks("kept_aside_marks", raw),
        older_versions=_named_marks("older_versions", raw),
    )


def _named_marks(key: str, raw: dict) -> tuple[str, ...]:
    """A list of marks written as the marked name reads ("{name}(旧)", "复件 {name}"): each says once where the name is,
    or whether the mark goes before or after it would be a guess."""
    marks = tuple(str(w) for w in raw.get(key) or ())
    for mark in marks:
        if mark.count("{name}") != 1 or mark == "{name}" or not (mark.startswith("{name}") or mark.endswith("{name}")):
            raise SpecError(
                f'corrections.yaml {key}: {mark!r} must hold {{name}} once, at its start or end ("{{name}}(旧)")'
            )
    return marks


@dataclass(frozen=True)
class Characters:
    """The characters of fzlib/specs/characters.yaml: traditional forms folded to simplified, and the slips of hand
    typing (a character typed → the characters the clerk may have meant)."""

    traditional: dict[str, str]
    slips: dict[str, tuple[str, ...]]
    variants: dict[str, str] = field(default_factory=dict)
    # The code point ranges (inclusive) of the scripts a bilingual title writes beside the Chinese, by script name.
    other_scripts: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def folded(self) -> dict[str, str]:
        """Every character folded to its standard simplified form: the traditional and the variant (异体) ones."""
        return {**self.traditional, **self.variants}


def _character_pairs(raw: dict, key: str, what: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for pair in str(raw.get(key) or "").split():
        if len(pair) != 2 or pairs.get(pair[0], pair[1]) != pair[1]:
            raise SpecError(f"characters.yaml {key}: “{pair}” 应是一个{what}接一个简体字，且每个{what}只对应一个简体字")
        pairs[pair[0]] = pair[1]
    return pairs


@cache
def characters() -> Characters:
    raw = _yaml(paths.SPECS / "characters.yaml") or {}
    _check_keys("characters.yaml", raw, {f for f in Characters.__dataclass_fields__})
    traditional = _character_pairs(raw, "traditional", "繁体字")
    variants = _character_pairs(raw, "variants", "异体字")
    both = sorted(set(traditional) & set(variants))
    if both:
        raise SpecError(f"characters.yaml: “{both[0]}” 既在 traditional 又在 variants 中，只能写在一处")
    slips = {str(k): tuple(str(v) for v in (vs or ())) for k, vs in (raw.get("slips") or {}).items()}
    return Characters(traditional=traditional, slips=slips, variants=variants, other_scripts=_script_ranges(raw))


def _script_ranges(raw: dict) -> dict[str, tuple[int, int]]:
    """characters.yaml other_scripts: script name → "0600-06FF" (hexadecimal code points, inclusive)."""
    ranges: dict[str, tuple[int, int]] = {}
    for name, span in (raw.get("other_scripts") or {}).items():
        try:
            lo, hi = (int(part, 16) for part in str(span).split("-"))
        except ValueError:
            lo, hi = 1, 0
        if not 0x80 <= lo <= hi <= 0x10FFFF:
            raise SpecError(
                f"characters.yaml other_scripts: {name} 的 “{span}” 应写作 0600-06FF（十六进制码位，起-止）"
            )
        ranges[str(name)] = (lo, hi)
    return ranges


def load_specs(folder: Path | None = None) -> dict[str, LedgerSpec]:
    """All ledger kinds, by kind name, in a stable order: the package's, plus the project's own
    (`specs/` in the project folder: a town's extra kinds, or its replacement of one, by file name)."""
    folders = (folder,) if folder is not None else tuple(p for p in (paths.SPECS, paths.PROJECT_SPECS) if p.is_dir())
    return _load_specs(folders)


@cache
def _load_specs(folders: tuple[Path, ...]) -> dict[str, LedgerSpec]:
    vocabularies: dict = {}
    files: dict[str, Path] = {}
    for folder in folders:
        if (folder / "vocabularies.yaml").exists():
            vocabularies.update(_yaml(folder / "vocabularies.yaml") or {})
        files.update({p.name: p for p in folder.glob("*.yaml") if p.name not in NOT_KINDS})
    specs = {}
    for name in sorted(files):
        spec = load_spec(files[name], vocabularies)
        if spec.kind != files[name].stem:
            raise SpecError(f"{name}: kind {spec.kind!r} must match the file name")
        specs[spec.kind] = spec
    _check_figure_references(specs)
    return specs


def _check_figure_references(specs: dict[str, LedgerSpec]) -> None:
    names = {g.name for s in specs.values() for g in s.figures}
    every = [n for s in specs.values() for n in (*(g.name for g in s.figures), *(b.name for b in s.breakdowns))]
    twice = sorted({n for n in every if every.count(n) > 1})
    if twice:
        raise SpecError(f"figure or breakdown names declared twice: {', '.join(twice)}")
    for spec in specs.values():
        for g in spec.figures:
            if g.op == "ratio":
                for ref in g.arg:
                    if ref not in names:
                        raise SpecError(
                            f"{spec.kind}.yaml: figure {g.name!r} names unknown figure "
                            f"{ref!r}{_did_you_mean(ref, names)}"
                        )


def with_town_words(
    specs: dict[str, LedgerSpec],
    aliases: dict[str, dict[str, list[str]]] | None = None,
    variants: dict[str, dict[str, list[str]]] | None = None,
) -> dict[str, LedgerSpec]:
    """The specs with a town's own words added (params `aliases`: kind → field → header texts;
    params `variants`: vocabulary → canonical value → variants), without editing the package.
    Names that do not exist raise SpecError (in Chinese: the town reads it) naming the nearest one."""
    aliases, variants = aliases or {}, variants or {}
    if not aliases and not variants:
        return specs
    # The same words give the same spec objects: what is worked out per spec (header indexes,
    # vocabularies) is remembered by the object, so new objects for every town of a county would
    # be worked out again and kept for ever.
    key = (id(specs), json.dumps([aliases, variants], sort_keys=True, ensure_ascii=False, default=str))
    if key in _WITH_WORDS and _WITH_WORDS[key][0] is specs:
        return _WITH_WORDS[key][1]
    out = _with_words(specs, aliases, variants)
    _WITH_WORDS[key] = (specs, out)
    while len(_WITH_WORDS) > 8:
        del _WITH_WORDS[next(iter(_WITH_WORDS))]
    return out


_WITH_WORDS: dict[tuple[int, str], tuple[dict, dict]] = {}


def _with_words(specs: dict[str, LedgerSpec], aliases: dict, variants: dict) -> dict[str, LedgerSpec]:
    vocab_names = {f.vocabulary_name for s in specs.values() for f in s.fields if f.vocabulary_name}
    for name in variants:
        if name not in vocab_names:
            titled = {f.title: f.vocabulary_name for s in specs.values() for f in s.fields if f.vocabulary_name}
            hint = titled_hint(name, titled) or _close_hint(name, vocab_names)
            raise SpecError(f"variants 中没有名为“{name}”的选项表{hint}")
    for kind, by_field in aliases.items():
        if kind not in specs:
            raise SpecError(f"aliases 中没有名为“{kind}”的台账种类{_close_hint(kind, specs)}")
        names = {f.name for f in specs[kind].fields}
        for field_name in by_field or {}:
            if field_name not in names:
                titled = {t: f.name for f in specs[kind].fields for t in (f.title, *f.aliases)}
                hint = titled_hint(field_name, titled) or _close_hint(field_name, names)
                raise SpecError(f"aliases 中台账“{kind}”没有字段“{field_name}”{hint}")
        # A header given to a field that is another field's own title (case_name: [案件编号]) would leave the column
        # to its own field, the alias doing nothing without a word; which column holds a field is `columns`' to say.
        titles = {f.title: f.name for f in specs[kind].fields}
        given: dict[str, str] = {}
        for field_name, headers in (by_field or {}).items():
            field = specs[kind].field(field_name)
            for header in map(str, headers or []):
                # One header given to two fields of the kind (case_no: [文号], case_name: [文号]): a column so titled
                # would be read as whichever came first, without a word.
                if given.get(header, field_name) != field_name:
                    raise SpecError(
                        f"aliases 中台账“{kind}”的表头“{header}”同时写在字段“{given[header]}”和“{field_name}”下面，"
                        f"同一个表头不能指两个字段。请只保留其中一处；如不同的表中“{header}”记的不是同一项，"
                        f"请在 columns 中为各文件分别指定：{{某文件.xlsx: {{{field_name}: {header}}}}}"
                    )
                given[header] = field_name
                # A header that is one of the field's own values (category: [行政许可]): a column so titled is a
                # column of ticks or counts for that value, which the kind reads as such; taken for the field's
                # title, every cell of it (√, 1) would be read as the category.
                if field.vocabulary and any(header == c or header in v for c, v in field.vocabulary.items()):
                    raise SpecError(
                        f"aliases 中为台账“{kind}”的字段“{field_name}”写的表头“{header}”是“{field.title}”的一个选项（值），"
                        f"不是表头。请删去这一项：表中以“{header}”为题、逐行打勾或填数的一列，会按“{field.title}”为“{header}”读取；"
                        f"台账中写“{header}”的单元格也无需登记"
                    )
                if titles.get(header, field_name) != field_name:
                    raise SpecError(
                        f"aliases 中为台账“{kind}”的字段“{field_name}”写的表头“{header}”是字段“{titles[header]}”自己的表头，"
                        f"同一个表头不能指两个字段。请删去这一项；如某个表中“{header}”一列记的其实是 {field_name}，"
                        f"请在 columns 中为该文件指定：{{某文件.xlsx: {{{field_name}: {header}}}}}"
                    )
    for name, by_value in variants.items():
        _check_town_variants(name, by_value or {}, specs)
    out = {}
    for kind, spec in specs.items():
        fields = []
        for f in spec.fields:
            extra_aliases = tuple(str(a) for a in ((aliases.get(kind) or {}).get(f.name) or []))
            vocab = f.vocabulary
            added = variants.get(f.vocabulary_name or "") or {}
            if vocab is not None and added:
                for canonical in added:
                    if canonical not in vocab:
                        # A word the vocabulary already reads as a value (化解 for 已化解) written as the value: the
                        # nearest spelling (未化解) would send the town's words to the opposite value.
                        owner = next((c for c, v in vocab.items() if str(canonical) in v), None)
                        hint = (
                            f"：“{canonical}”是规定值“{owner}”的一种写法，已按“{owner}”计。请把这一项写在“{owner}”下面，"
                            f"如 {{{owner}: [{', '.join(map(str, added[canonical] or []))}]}}"
                            if owner
                            else _close_hint(canonical, vocab)
                        )
                        raise SpecError(f"variants 中选项表“{f.vocabulary_name}”没有规定值“{canonical}”{hint}")
                # The town's word decides: one the package reads as another value (已办结 as 已化解) is read the town's way.
                mine = {str(x): c for c, xs in added.items() for x in (xs or [])}
                vocab = {
                    c: (*(x for x in v if mine.get(x, c) == c), *(str(x) for x in (added.get(c) or [])))
                    for c, v in vocab.items()
                }
            fields.append(replace(f, aliases=f.aliases + extra_aliases, vocabulary=vocab))
        out[kind] = replace(spec, fields=tuple(fields))
    return out


def _check_town_variants(name: str, by_value: dict, specs: dict[str, LedgerSpec]) -> None:
    """A town's variants of vocabulary `name` ({value: [word, …]}) say each word once, and no word is another value
    of the vocabulary: {已化解: [未化解]} would read every 未化解 as 已化解, a rate of 100% without a word, and a word
    under two values would be read as whichever came last."""
    vocab = next((f.vocabulary for s in specs.values() for f in s.fields if f.vocabulary_name == name), None) or {}
    seen: dict[str, str] = {}
    for canonical, words in by_value.items():
        for word in map(str, words or []):
            if word in vocab and word != canonical:
                raise SpecError(
                    f"variants 中选项表“{name}”把“{word}”写成了“{canonical}”的另一种写法，但“{word}”本身就是该表的一个规定值"
                    f"（与“{canonical}”意思不同），这样会把所有“{word}”都算成“{canonical}”。请删去这一项；如台账中的“{word}”确实都应算作"
                    f"“{canonical}”，请改正台账"
                )
            if seen.get(word, canonical) != canonical:
                raise SpecError(
                    f"variants 中选项表“{name}”的“{word}”同时写在“{seen[word]}”和“{canonical}”下面，无法确定按哪个计。"
                    f"请只保留其中一处"
                )
            seen[word] = canonical


def titled_hint(word, titled: dict[str, str]) -> str:
    """What to write for a name given by its Chinese title where the English name is wanted: `titled` maps titles to
    names; the title written whole, or the only title it holds or is part of (矛盾纠纷化解状态 holds 化解状态). "" when
    none or several answer.

    >>> titled_hint("矛盾纠纷化解状态", {"化解状态": "dispute_status", "状态": "watch_status", "纠纷类型": "dispute_type"})
    '（“矛盾纠纷化解状态”是 dispute_status 的中文名，这里要写英文名：请写成 dispute_status）'
    >>> titled_hint("纠纷", {"化解状态": "dispute_status", "纠纷类型": "dispute_type"}), titled_hint("x", {})
    ('（“纠纷”是 dispute_type 的中文名，这里要写英文名：请写成 dispute_type）', '')
    """
    word = str(word).strip()
    if not word or word.isascii():
        return ""
    exact = {n for t, n in titled.items() if t == word}
    held = [(len(t), n) for t, n in titled.items() if t and t in word]  # the longest title it holds: 化解状态 over 状态
    longest = max((k for k, _ in held), default=0)
    named = exact or {n for k, n in held if k == longest} or {n for t, n in titled.items() if t and word in t}
    if len(named) != 1:
        return ""
    (name,) = named
    return f"（“{word}”是 {name} 的中文名，这里要写英文名：请写成 {name}）"


def _close_hint(word: str, choices) -> str:
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.5)
    return f"（是不是“{close[0]}”？）" if close else ""


def _field_values(raw: dict, key: str, fields, names, where: str) -> dict[str, tuple[str, ...]]:
    """A spec key mapping fields to values of their vocabularies ({field: [value, …]}), checked."""
    out = {str(k): tuple(str(v) for v in _as_tuple(vs)) for k, vs in (raw.get(key) or {}).items()}
    for name, values in out.items():
        if name not in names:
            raise SpecError(f"{where}: {key} names unknown field {name!r}{_did_you_mean(name, names)}")
        field = next(f for f in fields if f.name == name)
        # A yes/no field (是否属于行政规范性文件) takes its two answers.
        vocab = {"是": (), "否": ()} if "yes_no" in field.steps else field.vocabulary or {}
        wrong = [v for v in values if v not in vocab]
        if wrong:
            raise SpecError(f"{where}: {key} {name!r}: {wrong[0]!r} is not a value of its vocabulary")
    return out
