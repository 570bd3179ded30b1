"""Finding a sheet's tables: each table's header (up to four rows: merged parents joined to their children, units to their parent) and which rows are records.

A sheet may hold several tables, one under another, each with its own title and header (主动公开 then
依申请公开; 在册 then 已核减). A table starts at the best header row among the first rows, and again
at every later row that reads as a header. Every row of the sheet is accounted for: above a header
(title, blank), in a header, or in a body (a record, or set aside with a reason).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import islice, repeat, zip_longest

import numpy as np
import pandas as pd

from fzlib.ingest.cleaners.characters import fold, traditional_chars
from fzlib.ingest.read import Sheet
from fzlib.spec import characters, corrections

HEADER_SCAN_ROWS = 20
MAX_HEADER_ROWS = 4
MIN_HEADER_MATCHES = 2
# A row of vocabulary values (行政许可, 主动公开 as column titles of a form or a tick matrix) counts
# half a known header per cell when looking for the header: records hold such values too.
VALUE_WEIGHT = 0.5
# The first table's header is the first row scoring this share of the best row's score.
FIRST_HEADER_SHARE = 0.6
TOTAL_WORDS = ("合计", "小计", "总计", "累计", "总数")
# A month, quarter or half-year as a label (3月, 三月份, 第一季度, 上半年): one place for its spellings.
PERIODS = r"\d{1,2}月份?|[一二三四五六七八九十]{1,3}月份?|第?[一二三四1-4]季度|上半年|下半年"
# A period's total line inside a log (3月小计, 一季度合计, 上半年小计, 本月合计): a total, not a record.
_TOTAL_ENDS = ("小计", "合计", "累计", "总计")
_PERIOD_TOTAL = re.compile(rf"^(?:{PERIODS}|本月|本季度?|本年度?|全年)(?:{'|'.join(_TOTAL_ENDS)})$")
# A group's total line after its records (晨光村小计, 行政许可小计, 广怀村 合计, 全镇总计): a short label, no
# sentence, ending in a total word. (累计 ends records' own texts too, 学时累计: only after a period.)
_GROUP_TOTAL = re.compile(r"^[^，。；;,:：]{1,14}(?:小计|合计|总计)$")
# The label Data → 分类汇总 (Excel, WPS) writes in the grouped column after each group: the group's value, a space
# and the function's name (调解成功 汇总, 行政处罚 计数, 平均值 …; an English Excel's 调解成功 Total), and 总计 /
# 总计数 / 总平均值 (Grand Total) on the last line. Records end in these words too (统计数据汇总): a label is a
# total only with nothing but numbers beside it.
SUBTOTAL_FUNCTIONS = (
    "汇总", "计数", "求和", "平均值", "最大值", "最小值", "乘积", "数值计数", "标准偏差", "方差", "Total", "Count", "Sum",
)  # fmt: skip
_SUBTOTAL_LABEL = re.compile(rf"^(?:\S[^，。；;,:：]{{0,20}}[ \u3000]+|总)(?:{'|'.join(SUBTOTAL_FUNCTIONS)})$")
# A count or amount beside a total's label, as SUBTOTAL caches it or a clerk types it (12, 600.0, 2件, 600元).
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:件|起|次|人次|人|份|元|万元|个|条|户|项|宗|场|%|％)?")
# A line above a form's header saying who fills it in (填报单位：…（盖章） 填报日期：…), or for which
# period a platform exported it (统计周期：2025-01-01至2025-01-31 导出时间：…): not a title. A statistical system's
# form prints its registration above the title (表号：…  制表机关：…  批准文号：…  有效期至：…) and its unit (计量单位：件):
# read as a header, that line had been a table of its own no kind fits (file.unknown_kind beside the form it tops).
# Who fills it in is said by several verbs (填报 / 报送 / 申报 / 上报 / 呈报 单位 or 部门: a 补贴申报表's 申报单位：…).
FILLER_PREFIXES = ("填报单位", "填表单位", "报送单位", "申报单位", "上报单位", "呈报单位", "填报部门", "报送部门",
                   "统计单位", "统计周期", "统计时段", "统计期间", "报告期", "表号",
                   "制表机关", "批准机关", "批准文号", "有效期至", "计量单位")  # fmt: skip
# A line below the records saying who filled, checked, exported or printed the table: a web system's export ends in
# 导出人：… | 导出时间：… (its records had been followed by one "missing its case number" that withheld the kind's figures).
NOTE_PREFIXES = ("填表人", "填报人", "审核人", "负责人签字", "注:", "注：", "说明", "备注:", "制表",
                 "导出人", "导出时间", "导出日期", "打印人", "打印时间", "打印日期")  # fmt: skip
SERIAL_HEADERS = {"序号", "编号序号", "NO", "NO.", "No."}
# Titles every form has, whatever it records: they name no table of their own.
GENERIC_TITLES = SERIAL_HEADERS | {"合计", "小计", "总计", "累计", "年度累计", "备注", "项目", "月份", "单位名称"}
# A sheet named or titled so explains how to fill the ledger in; it may repeat the headers.
INSTRUCTION_WORDS = ("填表说明", "填写说明", "填报说明", "使用说明")
# A date split over three adjacent columns titled 年 / 月 / 日 (often under a merged 日期 header).
DATE_PARTS = ("年", "月", "日")
# A column holding the row's year alone (年度 2021, 2021年), as a ledger kept over several years writes it
# beside dates typed without their year (3月5日): the row's own year, nearer than any title's.
# The column where an online form's export (问卷星, 腾讯文档 收集表, 金数据) gives when each answer was submitted: of
# two submissions of one record in such a table, the later is the record (a correction submitted again).
SUBMITTED_TITLES = frozenset(("提交时间", "提交答卷时间", "填写时间", "提交日期", "答题时间", "提交时间(自动)"))
YEAR_TITLES = frozenset(("年度", "年份", "所属年度", "登记年度", "登记年份", "所属年份"))
# Why the set-aside rows are named: the manifest counts them so that every row is accounted for.
# `aggregate`: rows of a statistics table (汇总, 统计表); `nothing_counted`: a row of a wide log or
# tick matrix with no count in it; `other_town`: another town's row or sheet in a county's table.
SET_ASIDE_REASONS = (
    "title",
    "header",
    "blank",
    "total",
    "note",
    "template",
    "header_repeat",
    "aggregate",
    "nothing_counted",
    "void",
    "continuation",
    "example",
    "test_submission",
    "other_town",
    "struck",
    "superseded",
)

_BLANK_CHARS = " \u3000\u00a0\t\r\n"  # what makes a cell look empty to the eye
_SPACE = re.compile(r"[\s\u00a0\u3000\u200b-\u200d\ufeff*＊]+")
# Text made only of these is NFKC-stable and has no space or star (! to ), + to ~, ideographs, 、。〃〈…】〔…〛)…
_HEADER_RANGES = ((0x21, 0x29), (0x2B, 0x7E), (0x4E00, 0x9FFF), (0x3001, 0x3003), (0x3008, 0x3011), (0x3014, 0x301B))


def char_class(ranges: tuple[tuple[int, int], ...], without: str = "") -> str:
    """The inside of a regex character class holding the code points of `ranges` (inclusive) but `without`'s: one
    class where a test of two (in these, and not in those) would look at every character twice.

    >>> char_class(((0x61, 0x66), (0x30, 0x39)), "cd5")
    'a-be-f0-46-9'
    >>> bool(re.fullmatch(f"[{char_class(((0x5B, 0x5E),))}]+", "[]^")), bool(re.fullmatch(f"[{char_class(((0x5B, 0x5E),))}]", "-"))
    (True, False)
    """
    out = []
    for lo, hi in ranges:
        for cut in [*sorted({c for c in map(ord, without) if lo <= c <= hi}), hi + 1]:
            if lo < cut:
                out.append(f"{re.escape(chr(lo))}-{re.escape(chr(cut - 1))}")
            lo = cut + 1
    return "".join(out)


# Traditional characters (序號, 糾紛類型: a header pasted from another document) are folded to simplified: a text
# holding one is not its own normal form either.
_HEADER_STABLE_CHARS = char_class(_HEADER_RANGES, "".join(traditional_chars()))
_HEADER_STABLE = re.compile(f"[{_HEADER_STABLE_CHARS}]+")
_HEADER_UNSTABLE = re.compile(f"[^{_HEADER_STABLE_CHARS}]")  # one character that may need normalising
_SERIAL_NUMBER = re.compile(r"\d+(\.0)?")
# A section line's heading (一、行政许可类, （一）婚姻家庭纠纷) and the count a clerk types in the cell beside it
# ((共7件), 共7件, (7件)): the two together are still one line titling the rows below it, not a record. A bare 7件 is
# no such count: it may be a form's value beside its item.
_SECTION_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\D")
_COUNT = r"\d{1,5}(?:件|项|起|宗|次|人次|人)"
_SECTION_COUNT = re.compile(rf"[(（](?:共|计|合计)?[:：]?{_COUNT}[)）]|(?:共|计|合计)[:：]?{_COUNT}")


# A section's number alone in the 序号 column (一, 二、, （一）), its name in the next cell: statistics forms number their
# sections and their rows in one column.
_SECTION_NUMBER = re.compile(r"[(（]?[一二三四五六七八九十]{1,3}[)）]?[、.．]?")
# The ordinals a section's heading and number open with (_SECTION_HEADING, _SECTION_NUMBER): a text holding none is
# neither.
_ORDINALS = tuple("一二三四五六七八九十")


def section_count(text: str) -> bool:
    """The count typed beside a section line's heading.

    >>> [section_count(t) for t in ("(共7件)", "共12项", "(3件)", "3件", "2024年3月5日", "7")]
    [True, True, True, False, False, False]
    """
    return bool(_SECTION_COUNT.fullmatch(text))


def section_title(texts: list[str]) -> str | None:
    """The title of a line of a table's body holding only these texts, when it is a section line: one text, or
    its number before it in a cell of its own and its count after it.

    >>> [section_title(t) for t in (["一、行政许可"], ["一", "调解成功案件"], ["(一)", "口头协议", "(共3件)"])]
    ['一、行政许可', '调解成功案件', '口头协议']
    >>> [section_title(t) for t in (["1", "调解成功"], ["张三", "李四"])]
    [None, None]
    """
    if len(texts) > 1 and _SECTION_NUMBER.fullmatch(norm_header(texts[0])):
        texts = texts[1:]
    if len(texts) > 1 and section_count(norm_header(texts[-1])):
        texts = texts[:-1]
    return texts[0] if len(texts) == 1 else None


# A header that only gives a unit, under (or after) the title it belongs to: （元）, (万元), 单位：元.
UNIT_ONLY = re.compile(r"^(?:\((?:单位[:：])?([^()]{1,4})\)|单位[:：]([^()]{1,4}))$")
# A unit in brackets at the end of a title: 补贴金额(元), 法律咨询(人次), 合计(件).
TRAILING_UNIT = re.compile(r"\([^()]{1,6}\)$")
# Cells that are data, not titles: numbers (12, 1,200, 96.3%, 3人), dates, ticks.
# (A month range titling a form's column, 10-12月 | 1-12月, is no date.)
# A record's own code (PT2023005, XF-20240012: letters before four digits or more) is data too: a register grouped under
# lines 【县联办】 had the all-text first record of a group (its 交办日期 typed 4月4日, no 办结日期 yet) read as a header.
_DATA_LIKE = re.compile(
    r"^[-+]?[\d,.]+\s*(?:%|[人件次元个条起份场户项])?$|^(?!\d{1,2}[-—~～]\d{1,2}月份?$)\d{2,4}[./\-年]\d{1,2}"
    r"|^[√✓✔☑■▣◼✅×✗✘☒□☐▢◻]$|^#\w|^[A-Za-z]{1,6}[-_]?\d{4,}$"
)


# Cells that stand for nothing: never a title.
_PLACEHOLDERS = frozenset({"/", "-", "--", "—", "——", "无", "空", "N/A", "n/a", "\\"})
# A line saying the period had nothing to record (本年度未制定规范性文件, 全年无行政应诉案件): only with the
# period named first, as a record's text (无证经营, a 案由) never is.
_NOTHING_THIS_PERIOD = re.compile(
    r"(?:本|今|全|当)(?:年度?|季度|月)(?:内)?(?:未|无|没有).+|\d{4}年度?(?:未|无|没有).+"
    # 零报告: a monthly register's line for a month without any record, kept as the 零报告 rule asks.
    r"|.{0,12}零报告.{0,12}"
)
# The month or day such a line names beside it (2024年2月 | 本月无矛盾纠纷（零报告）): the period, no record's value.
_PERIOD_CELL = re.compile(
    r"(?:\d{4}(?:年|[.\-/]))?\d{1,2}(?:月份?|[.\-/]\d{1,2}日?|月\d{1,2}日)?(?:00:00:00)?"
    r"|\d{4}-\d{2}-\d{2}(?:00:00:00)?|(?:\d{4}年)?第?[一二三四1-4]季度|[一二三四五六七八九十]{1,2}月份?"
)
# A record cell typed so repeats the cell above it in the same column (the same day, the same village). Matched on a
# cell's header form (spaces gone, ″ as ′′): a clerk types the mark twice (〃〃: one per character of what it repeats),
# spaced (同 上), in the older 仝上, or with the keyboard's double prime or a quote for 〃 (″, ", ”); each had been read
# as a value of its own (a village named 〃〃, a category not in the list).
DITTO_MARKS = frozenset(
    {"同上", "同上。", "同前", "仝上", "〃", "〃〃", "〃〃〃", "′′", "′′′′", '"', '""', "”", "“", "””", "“”"}
)
# A cell marking its row void: an entry made by mistake is kept in the book, not deleted, and struck
# out with （作废） or 此行作废 — in 备注 or beside the record's number. A bare 作废 / 已作废 is not such a
# mark: it may be a value (a register's 状态 of a document repealed later), and the row still a record.
_VOID_MARK = re.compile(r"^\((?:已|此行|此条|本条|本行|该条|该行)?作废\)|^(?:此行|此条|本条|本行|该条|该行)(?:已)?作废")


# A template's example row, kept above the records (序号 示例 / 例, or a cell saying so): not a record.
_EXAMPLE_LEAD = re.compile(r"^(?:填写|填表|填报)?(?:示例|样例|范例|举例|例)[:：]?$")
_EXAMPLE_NOTE = re.compile(r"(?:填写|填表|填报)(?:示例|样例|范例)|^(?:此|本)行为?(?:填写)?(?:示例|样例|范例)")
# A total cell an Excel table's total row or a spaced title writes (汇总, 合 计): with TOTAL_WORDS, a total.
_TOTAL_CELLS = frozenset(TOTAL_WORDS) | {"汇总", "合 计", "小 计", "总 计"}
# A row of a system's field codes under its Chinese titles (ajbh, case_no, blrq): a header's second line.
_FIELD_CODE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# The body rows right under a header where a template's example row or a system's field codes stand.
UNDER_HEADER_ROWS = 3


# A whole cell saying its row is a trial of the form (the author's 测试 before the link went out): no record.
TEST_CELLS = frozenset(("测试", "测试数据", "测试提交", "测试一下", "试填", "试提交", "test", "TEST", "Test"))


def is_example_row_text(text: str) -> bool:
    """A normalised cell marking its row as a template's example.

    >>> [is_example_row_text(t) for t in ("示例", "例:", "填写示例", "此行为示例,请勿删除", "例行检查", "示例村")]
    [True, True, True, True, False, False]
    """
    return bool(_EXAMPLE_LEAD.match(text) or _EXAMPLE_NOTE.search(text))


def numbers_columns(texts: list[str]) -> bool:
    """Whether a row's filled cells, in column order, number the columns as a printed register numbers them under
    its header (1 2 3 … up to the last, three at least, nothing else): the header's line of column numbers, never a
    record. (A statistical form's 栏次 row, 甲 乙 | 1 2 3, is told by statistics.py: it says the table is a form.)

    >>> [numbers_columns(r) for r in (["1", "2", "3", "4"], ["1.0", "2.0", "3.0"], ["1", "2"], ["1", "3", "4"])]
    [True, True, False, False]
    """
    return len(texts) >= 3 and all(_COLUMN_NUMBER.fullmatch(t) and float(t) == k for k, t in enumerate(texts, 1))


_COLUMN_NUMBER = re.compile(r"\d{1,2}(?:\.0)?")


def is_void_text(text: str) -> bool:
    """A normalised cell that voids its row.

    >>> [is_void_text(t) for t in ("(作废)", "(作废)重复登记", "此条作废,重复登记", "作废", "已作废", "合同作废纠纷")]
    [True, True, True, False, False, False]
    """
    return bool(_VOID_MARK.match(text))


def is_total_text(text: str) -> bool:
    """A row's first text saying the row totals others.

    >>> [is_total_text(t) for t in ("合计", "小计（元）", "3月小计", "一季度合计", "上半年小计", "3月5日", "小组")]
    [True, True, True, True, True, False, False]
    >>> [is_total_text(t) for t in ("晨光村小计", "广怀村 合计", "行政许可小计", "学时累计", "经核实，上述纠纷合计")]
    [True, True, True, False, False]
    """
    return text.startswith(TOTAL_WORDS) or bool(_PERIOD_TOTAL.match(text) or _GROUP_TOTAL.match(text))


def _where(texts: list[str], maybe: np.ndarray, test) -> np.ndarray:
    """`maybe` (a cheap builtin test over all texts) narrowed by `test`, run on its hits only."""
    hits = np.flatnonzero(maybe)
    maybe[hits] = [bool(test(texts[i])) for i in hits]
    return maybe


def totals(texts: list[str]) -> np.ndarray:
    """Per text: it starts with a total word, or ends with one as a period's or a group's total does. Only the
    texts holding a total word are looked at, found by one search over them all (two tests of every distinct text
    of a register were a tenth of finding its tables)."""
    return _where(texts, holding(texts, _TOTAL_WORD), _total)


_TOTAL_WORD = tuple(dict.fromkeys((*TOTAL_WORDS, *_TOTAL_ENDS)))


def _total(text: str) -> bool:
    return text.startswith(TOTAL_WORDS) or (
        text.endswith(_TOTAL_ENDS) and bool(_PERIOD_TOTAL.match(text) or _GROUP_TOTAL.match(text))
    )


def voids(texts: list[str]) -> np.ndarray:
    """is_void_text of each text; the regex runs only on texts holding 作废."""
    return _where(texts, holding(texts, _VOID_WORD), is_void_text)


_VOID_WORD = ("作废",)


def nothing_this_period(texts: list[str]) -> np.ndarray:
    """_NOTHING_THIS_PERIOD of each text; the regex runs only on texts holding 未, 无, 没有 or 零报告."""
    return _where(texts, holding(texts, _NOTHING_WORDS), _NOTHING_THIS_PERIOD.fullmatch)


_NOTHING_WORDS = ("未", "无", "没有", "零报告")
# The word a line reporting no record for its period calls itself by, and how many cells besides it may name who
# reported for where (a 村, its 屯 or 网格, the reporter) on such a line.
_ZERO_REPORT = ("零报告",)
ZERO_REPORT_NAMES = 3


def holding(texts: list[str], words: tuple[str, ...]) -> np.ndarray:
    """Per text: whether one of `words` (plain words, none holding a NUL) is found in it. A C-level search over the
    texts joined finds the few that do (a test per text and word would cost several passes): each word looked for
    on its own when there are one or two (a character is found at memchr's speed), else one pattern of them all.

    >>> holding(["本期无", "合计", "", "未发生", "零报告"], ("未", "无", "零报告")).tolist()
    [True, False, False, True, True]
    >>> holding(["a:", "b", "：c", "d"], (":", "：")).tolist()
    [True, False, True, False]
    """
    out = np.zeros(len(texts), dtype=bool)
    joined = "\x00".join(texts)
    if len(words) <= 2:
        hits = []
        for word in words:
            at = joined.find(word)
            while at >= 0:
                hits.append(at)
                at = joined.find(word, at + 1)
        hits.sort()
    else:
        hits = [m.start() for m in _words_pattern(words).finditer(joined)]
    if len(hits) > 64 or joined.count("\x00") != len(texts) - 1:  # many hits, or a text holding a NUL itself
        ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)
        out[np.searchsorted(ends, hits, side="right")] = True
    else:  # a few hits: each text's number counted by the NULs before it (the texts' lengths would be a pass)
        k = last = 0
        for at in hits:
            k += joined.count("\x00", last, at)
            out[k] = True
            last = at
    return out


@cache
def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, words)))


def blank_labels(texts: list[str]) -> np.ndarray:
    """_is_blank_label of each text: only the texts holding a colon are looked at."""
    return _where(texts, holding(texts, _COLON), _is_blank_label)


_COLON = (":", "：")


# A column titled by an online form's question (问卷星, 腾讯文档 收集表, 金数据, 钉钉智能填表): its number (1、 2.
# Q3. 第4题), a hint of how to answer ((单选) [多选题] (必填)) and the closing colon are the form's, not the field's name.
_QUESTION_DECOR = re.compile(
    r"^(?:(?:[Qq]|第)?\d{1,3}题[、.:)]?|[Qq]?\d{1,3}[、.:)])(?=[^\d.])|(?:[(\[](?:单选|多选|可多选|单选题|多选题|必填|选填|必答|填空题?)[)\]])+$|:+$"
)

_QUESTION_ADDRESS = re.compile(r"^(?:请您?(?:填写|选择|输入|填)|请您|您的?)(?=\S)")


def question_title(text: str) -> str:
    """A normalised title without an online form's question decoration; other titles as they are.

    >>> [question_title(t) for t in ("1、您所在的村(社区):", "4.调解结果(单选)", "Q2.排查日期", "第3题纠纷类型:")]
    ['所在村(社区)', '调解结果', '排查日期', '纠纷类型']
    >>> [question_title(t) for t in ("2.请您填写排查日期:", "3、您的联系电话", "您所在的村(社区)", "1、请示事项")]
    ['排查日期', '联系电话', '您所在的村(社区)', '请示事项']
    >>> question_title("5.参加对象:[多选题]")  # 问卷星's own notation of a question: 1. 您的性别:*[单选题]
    '参加对象'
    >>> [question_title(t) for t in ("1.0", "24.3.5", "补贴金额(元)", "一、行政许可", "填表人:")]
    ['1.0', '24.3.5', '补贴金额(元)', '一、行政许可', '填表人']
    """
    if not text or not (text[0] in "0123456789Qq第" or text[-1] in ":)]"):
        return text
    asked = text
    for _ in range(3):
        bare = _QUESTION_DECOR.sub("", text)
        if bare == text or not bare:
            break
        text = bare
    # A question addresses the one who answers (您所在的村, 请您填写…): the field is what is asked.
    return (_QUESTION_ADDRESS.sub("", text).replace("所在的", "所在", 1) or text) if text != asked else text


def norm_header(value) -> str:
    """A header cell as compared with spec titles: NFKC, no spaces, line breaks or required-stars, traditional
    characters in their simplified form (序號 is 序号), and a title written in two scripts as its Chinese.

    >>> norm_header("纠纷类型\\nماجىرا تۈرى"), norm_header("ھەل قىلىنىش ئەھۋالى 化解情况"), norm_header("序號")
    ('纠纷类型', '化解情况', '序号')
    >>> norm_header("ཨང་རིམ།\\n序号"), norm_header("ماجىرا تۈرى")  # only the other script: nothing to take it for
    ('序号', 'ماجىراتۈرى')
    """
    if type(value) is str and _HEADER_STABLE.fullmatch(value):
        return value  # most cells: already their own normal form
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return fold(_SPACE.sub("", chinese_of_bilingual(unicodedata.normalize("NFKC", str(value)))))


_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _other_script() -> tuple[re.Pattern, re.Pattern]:
    """A letter of a minority language's script (fzlib/specs/characters.yaml other_scripts), and a run of them with
    the spaces and stops between its words. The run starts and ends with a letter, so a text of none (a value of
    60,000 brackets) is passed over at once, never searched again from each of its characters."""
    letters = char_class(tuple(characters().other_scripts.values()))
    return re.compile(f"[{letters}]"), re.compile(rf"[{letters}](?:[{letters}\s.,،؛:：'\-]*[{letters}])?")


# What a line written in the other script leaves beside the Chinese: its brackets, the bar or colon before it.
_EMPTY_BRACKETS = re.compile(r"[（(]\s*[）)]")
_LEFT_BESIDE = " \t\r\n\u3000/|｜:："


def chinese_of_bilingual(text: str) -> str:
    """A title written in Chinese and a minority language's script (纠纷类型 over ماجىرا تۈرى, 化解情况 beside a
    Tibetan line): its Chinese, which names the field; a text without Chinese, or without the other script, as it is.

    >>> chinese_of_bilingual("当事人\\nتەرەپلەر"), chinese_of_bilingual("排查日期（تەكشۈرگەن ۋاقتى）")
    ('当事人', '排查日期')
    >>> chinese_of_bilingual("ماجىرا تۈرى"), chinese_of_bilingual("纠纷类型")
    ('ماجىرا تۈرى', '纠纷类型')
    """
    if text.isascii() or not _HAN.search(text):
        return text
    letter, run = _other_script()
    if letter.search(text) is None:
        return text
    bare = _EMPTY_BRACKETS.sub("", run.sub("", text)).strip(_LEFT_BESIDE)
    return bare if _HAN.search(bare) else text


# A title's legend of codes in brackets: 是否化解（1是0否）, 协议形式(1=口头，2=书面), 结果（1:成功 2:不成功）.
_WORD = r"[\u4e00-\u9fffA-Za-z][^\d\s=:：.、,，;；/()（）]{0,7}"
_LEGEND_PAIR = re.compile(rf"(\d{{1,2}})\s*[=:：.、]?\s*({_WORD})")
_LEGEND = re.compile(rf"[（(]((?:\s*\d{{1,2}}\s*[=:：.、]?\s*{_WORD}\s*[,，;；/、]?){{2,}})[）)]\s*$")


# A legend of letters (执法类别（A许可 B处罚 C检查）): each word in Chinese, up to the next letter.
_LETTER_PAIR = re.compile(r"([A-Za-z])\s*[=:：.、]?\s*([\u4e00-\u9fff]{1,8})")
_LETTER_LEGEND = re.compile(r"[（(]((?:\s*[A-Za-z]\s*[=:：.、]?\s*[\u4e00-\u9fff]{1,8}\s*[,，;；/、]?){2,})[）)]\s*$")
# A legend telling what to write (是否化解（是填1，否填0）, 结果（成功写1、不成功写2）): the word before its code.
_FILL_PAIR = re.compile(r"([\u4e00-\u9fff]{1,6}?)\s*(?:填写|填|写|记为|记)\s*[“\"]?(\d{1,2})[”\"]?")
_FILL_LEGEND = re.compile(
    r"[（(]((?:\s*[\u4e00-\u9fff]{1,6}?\s*(?:填写|填|写|记为|记)\s*[“\"]?\d{1,2}[”\"]?\s*[,，;；/、]?){2,})[）)]\s*$"
)


def code_legend(header: str) -> dict[str, str]:
    """The codes a title's legend explains (code → word; a letter code in capitals), {} without one.

    >>> code_legend("是否化解（1是0否）"), code_legend("协议形式(1=口头，2=书面)")
    ({'1': '是', '0': '否'}, {'1': '口头', '2': '书面'})
    >>> code_legend("执法类别(A许可B处罚C检查)"), code_legend("是否化解（是填1，否填0）")
    ({'A': '许可', 'B': '处罚', 'C': '检查'}, {'1': '是', '0': '否'})
    >>> code_legend("补贴金额（元）"), code_legend("拘留（3人）"), code_legend("排查数(1-3月)"), code_legend("类别(A类)")
    ({}, {}, {}, {})
    """
    text = header or ""
    if m := _LEGEND.search(text):
        pairs = dict(_LEGEND_PAIR.findall(m.group(1)))
    elif m := _LETTER_LEGEND.search(text):
        pairs = {code.upper(): word for code, word in _LETTER_PAIR.findall(m.group(1))}
    elif m := _FILL_LEGEND.search(text):
        pairs = {code: word for word, code in _FILL_PAIR.findall(m.group(1))}
    else:
        return {}
    return pairs if len(pairs) >= 2 else {}


# A title asking whether a value holds (是否核减, 是否已核减, 是否上级交办): its answers 是 / 否 are that value and
# its denial.
_QUESTION = re.compile(r"^是否(?:已经|已|为|属于)?([\u4e00-\u9fff]{1,8})$")


def question_legend(header: str, vocabulary: dict | None) -> dict[str, str]:
    """A 是否 title naming a value of its field's vocabulary whose denial (未…) is a value too: 是 → the value,
    否 → its denial; {} otherwise. A watch list's 是否核减 column is its 状态 (是 已核减, 否 在册), where 是 and 否
    cannot be in the vocabulary itself (any 是否 column of the list, 是否外出务工, would read as the 状态).

    >>> question_legend("是否核减", {"在册": ["在管", "未核减"], "已核减": ["核减"]})
    {'是': '核减', '否': '未核减'}
    >>> question_legend("是否外出务工", {"在册": ["未核减"], "已核减": ["核减"]}), question_legend("状态", {"a": []})
    ({}, {})
    >>> question_legend("是否化解", {"已化解": ["化解"], "正在化解": [], "未化解": []})  # 否: in hand or not resolved
    {}
    """
    m = _QUESTION.match(header or "")
    if not m or not vocabulary:
        return {}
    value = m.group(1)
    words = {str(w) for c, vs in vocabulary.items() for w in (c, *(vs or ()))}
    # The denial only as a variant the vocabulary lists under what it means (在册: 未核减): a denial that is a
    # value of its own (未化解 of a petition) is not what every 否 says (否 may be an item still in hand).
    variants = {str(w) for vs in vocabulary.values() for w in (vs or ())}
    yes = next((w for w in (value, "已" + value) if w in words), None)
    no = next((w for w in ("未" + value, "没有" + value, "非" + value) if w in variants), None)
    return {"是": yes, "否": no} if yes and no else {}


# Units of money a title or a form states, and what each is worth in 元 (罚没金额（万元）, 补贴（千元）).
MONEY_SCALES = {"万元": 10000, "千元": 1000}
# A form's unit stated once above its header (单位：万元, 金额单位：元), not in the column's title; never a 填报单位.
STATED_UNIT = re.compile(r"(?<!填报)(?<!报送)(?<!填表)(?:金额)?单位\s*[:：]\s*(万元|千元|元)(?![\u4e00-\u9fff])")


# A line of the form's own right under its header, typed after the titles (单位：万元, 填报单位：…, （续表）): it states
# the form's unit, who filled it or that the page goes on, no title's second line and no record. Read as a second
# line, 单位：万元 under 序号 had made 序号（万元） and left the amounts in 元 without a word (1.5 for 15000).
_TITLE_TAIL = re.compile(
    rf"^(?:\(续表?\)|续表|(?:金额|计量)?单位[:：][^()]{{1,6}}|(?:{'|'.join(FILLER_PREFIXES)}|填报日期|填表日期|填报时间)[:：(].*)$"
)


def is_title_tail(text: str) -> bool:
    """Whether a normalised cell is a line of the form's own, not a title's second line (`_TITLE_TAIL`).

    >>> [is_title_tail(t) for t in ("单位:万元", "金额单位:元", "(续表)", "填报单位:某镇司法所", "填报日期:2024-12-31")]
    [True, True, True, True, True]
    >>> [is_title_tail(t) for t in ("(元)", "序号", "单位名称", "填报单位", "表号")]
    [False, False, False, False, False]
    """
    return bool(_TITLE_TAIL.match(text))


def unit_of(title: str) -> str:
    """A title's unit in its closing brackets, '' without one: 工作时长（小时） → 小时."""
    found = TRAILING_UNIT.search(norm_header(title))
    return found.group()[1:-1] if found else ""


def without_unit(text: str) -> str:
    """A normalised title without its unit or its legend of codes in brackets: 补贴金额(元) → 补贴金额,
    协议形式(1=口头,2=书面) → 协议形式."""
    bare = TRAILING_UNIT.sub("", text)
    if bare == text and text.endswith(")") and code_legend(text):
        bare = _FILL_LEGEND.sub("", _LETTER_LEGEND.sub("", _LEGEND.sub("", text)))
    return bare or text


@dataclass
class Column:
    index: int  # 0-based column in the sheet
    path: tuple[str, ...]  # normalised header texts from the top header row down (units joined)
    display: str  # the header as written, for messages ("当事人/申请人")
    parts: tuple[int, ...] = ()  # for a date split over 年/月/日 columns: those columns, joined at `index`

    @cached_property
    def own(self) -> tuple[str, ...]:
        """Texts naming this column itself: its lowest title, alone and joined with each title above."""
        if not self.path:
            return ()
        leaf = self.path[-1]
        joined = [form for up in reversed(self.path[:-1]) for form in (f"{up}/{leaf}", f"{up}({leaf})", up + leaf)]
        # A unit on a merged parent is its children's (处理情况（人） over 行政拘留 | 罚款: 行政拘留（人）), where the
        # child states none of its own.
        unit = next((m.group() for up in reversed(self.path[:-1]) if (m := TRAILING_UNIT.search(up))), None)
        with_unit = (leaf + unit,) if unit and not TRAILING_UNIT.search(leaf) and not UNIT_ONLY.match(leaf) else ()
        return (leaf, *with_unit, *joined)

    @cached_property
    def parents(self) -> tuple[str, ...]:
        """The titles merged above this column, nearest first: they may name a field the column holds."""
        return tuple(reversed(self.path[:-1]))

    @cached_property
    def candidates(self) -> tuple[str, ...]:
        """Header texts to try, most specific first."""
        return (*self.own, *self.parents)

    @property
    def leaf(self) -> str:
        return self.path[-1] if self.path else ""


@dataclass
class Table:
    header_row: int  # 0-based index of the first header row
    header_height: int  # 1 to MAX_HEADER_ROWS
    columns: list[Column]
    body: pd.DataFrame  # raw cells of the record rows; index = 1-based Excel row
    set_aside: dict[str, int] = field(default_factory=dict)
    title_text: str = ""  # text above the header (titles, 填报单位) for recognising the kind
    rows: pd.DataFrame | None = None  # every body row (records, totals, notes): statistics read them
    reasons: np.ndarray | None = None  # per row of `rows`: why it is not a record, '' for a record
    merged: list = field(default_factory=list)  # the sheet's merged ranges (0-based, inclusive)
    number: int = 1  # which table of its sheet, from 1
    lone_lines: list | None = None  # (Excel row, text) of body lines holding one text (fzlib.ingest.recognise)
    # (Excel row, column, mark) of the record cells typed 同上 that took the value above them.
    dittos: tuple = ()
    ditto_unfilled: tuple = ()  # (Excel row, column, mark) of record cells typed 同上 with nothing above them: left blank
    # 年 and 月 cells of a date split over columns left blank as a ledger page is kept (written on a page's first
    # line and where they change) that took the value above them: how many.
    carried_parts: int = 0
    # Yearless dates (3月5日) completed with the year of the row's 年度 column: how many, and that column's title.
    dated_by_year: tuple[int, str] = (0, "")
    # For a table standing beside another in the same rows (two ledgers side by side, a blank column
    # between them): its columns, 0-based first and last. None when the table has the sheet's width.
    block: tuple[int, int] | None = None
    # For such a table that repeats the one left of it in every cell from the header down: that one's columns.
    copy_of: tuple[int, int] | None = None
    hidden_columns: frozenset[int] = frozenset()  # 0-based columns the sheet hides
    # A page of a converted PDF with no header of its own: the sheet whose header its rows stand under.
    header_from: str = ""
    # (Excel row, 序号) of rows saying they correct the row of a 序号 that no single record has: that row, if any,
    # is still counted.
    unmatched_corrections: tuple[tuple[int, int], ...] = ()
    # (Excel row, 0-based column) of lines set aside whose one text in words stands under a filled cell of the record
    # right above them, not joined to it (`unjoined_lines`): said, never silent.
    unjoined: tuple[tuple[int, int], ...] = ()

    @property
    def stacked_below(self) -> bool:
        """A table under another of its sheet (not beside it): the sheet's name is its first table's, never this
        one's kind, number or period."""
        return self.number > 1 and self.block is None

    def __reduce_ex__(self, protocol):
        """Pickled (sent by the reading child) without the frames that are cuts of its sheet's rows, which travel
        beside it: they are cut again on arrival (`_restored_table`). Their cells had been sent a second time,
        a third of the transfer. A table whose frames were replaced or changed since is sent whole."""
        state = dict(self.__dict__)
        cut = state.pop("_cut", None)
        if cut is None or cut[5] is not self.rows or (cut[4] is not None and cut[6] is not self.body):
            return _restored_table, (state, None)
        del state["rows"]
        if cut[4] is not None:
            del state["body"]
        return _restored_table, (state, (*cut[:5], cut[7]))

    @property
    def header_cells(self) -> str:
        """The header's place, for messages: 第 3–4 行."""
        if self.header_from:
            return f"（沿用「{self.header_from}」的表头）"
        top = self.header_row + 1
        return f"第 {top} 行" if self.header_height == 1 else f"第 {top}–{top + self.header_height - 1} 行"


@dataclass(frozen=True)
class HeaderWords:
    """What a header row is recognised by: titles any spec knows, and vocabulary values (weaker)."""

    known: frozenset[str]
    values: frozenset[str] = frozenset()
    # The kinds' field titles and aliases only (no statistics labels or form words): what labels a form's values.
    labels: frozenset[str] = frozenset()
    # Per kind kept as sheets of persons (spec `roster`): the words naming such a sheet, its persons' column
    # titles, the titles of the kind's date field, and the title its count of persons is written under.
    rosters: tuple[tuple[tuple[str, ...], frozenset[str], frozenset[str], str], ...] = ()


# --- the grid's texts, once per distinct cell --------------------------------------------------


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


# The titles Excel and WPS give a 数据透视表's areas (行标签, 列标签) and its value fields (计数项:案件编号,
# 求和项:补贴金额): a table computed from a register, whose rows are no records of their own.
PIVOT_AREAS = frozenset(("行标签", "列标签"))
PIVOT_FIELDS = re.compile(r"^(?:计数|求和|平均值|最大值|最小值|乘积|数值计数|标准偏差|方差)项[:：]")


def pivot_title(text: str) -> bool:
    """Whether a title is a pivot table's area or value field.

    >>> pivot_title("行标签"), pivot_title("计数项:案件编号"), pivot_title("求和项：补贴金额"), pivot_title("计数")
    (True, True, True, False)
    """
    return text in PIVOT_AREAS or bool(PIVOT_FIELDS.match(text))


class Grid:
    """A block of rows as codes into its distinct cell texts, so that every test of a cell's text
    runs once per distinct text and rows are judged by numpy."""

    def __init__(self, frame: pd.DataFrame):
        n, width = frame.shape
        cells = frame.to_numpy(dtype=object).ravel()
        missing = pd.isna(cells)
        present = cells[~missing]
        # Why text first: factorising raw objects would merge 1, 1.0 and True, whose texts differ.
        is_str = np.fromiter(map(type, present), dtype=object, count=present.size) == str  # noqa: E721
        texts = present.copy()
        texts[~is_str] = list(map(str, present[~is_str]))
        codes, uniques = pd.factorize(texts, sort=False)
        all_codes = np.full(cells.size, len(uniques))  # last slot: a missing cell
        all_codes[~missing] = codes
        self.codes = all_codes.reshape(n, width)
        self.texts = list(uniques) + [""]
        self.normed = _norm_headers(self.texts)
        self.n, self.width = n, width
        # A distinct text all of whose cells are strings (12 typed as text, not the number 12).
        non_str = np.bincount(codes, weights=~is_str, minlength=len(self.texts)) if len(codes) else np.zeros(1)
        self.all_str = np.zeros(len(self.texts), dtype=bool)
        self.all_str[: len(non_str)] = non_str[: len(self.texts)] == 0
        self.all_str[-1] = True

    def rows(self, start: int, end: int) -> Grid:
        """The same grid cut to rows start … end-1 (texts shared)."""
        out = object.__new__(Grid)
        out.__dict__.update(self.__dict__)
        out.codes = self.codes[start:end]
        out.n = len(out.codes)
        return out

    def per_unique(self, results) -> np.ndarray:
        # Builtin methods mapped over the uniques: no Python-level call per text.
        return np.fromiter(results, dtype=bool, count=len(self.texts))

    def per_row(self, results) -> np.ndarray:
        return np.fromiter(results, dtype=bool, count=self.n)

    def filled(self) -> np.ndarray:
        if "_filled" not in self.__dict__:  # shared by the cuts of one grid (texts are shared)
            self._filled = self.per_unique(map(bool, map(str.strip, self.texts, repeat(_BLANK_CHARS))))
        return self._filled[self.codes]

    def title_tails(self) -> np.ndarray:
        """Per cell: a line of the form's own (`is_title_tail`). Each distinct text is matched once per grid, its cuts
        sharing the answer (finding a sheet's tables and classifying each table's rows had each matched a register's
        every text, by a Python call per text)."""
        return self.title_tail_texts()[self.codes]

    def title_tail_texts(self) -> np.ndarray:
        """Per distinct text: a line of the form's own (`is_title_tail`)."""
        if "_tails" not in self.__dict__:
            self._tails = self.per_unique(map(bool, map(_TITLE_TAIL.match, self.normed)))
        return self._tails

    def known(self, words: HeaderWords, where: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per cell: is a known header; is a vocabulary value (a title with its unit dropped counts).
        Only the distinct texts of cells in `where` are looked up."""
        known = np.zeros(len(self.texts), dtype=bool)
        values = np.zeros(len(self.texts), dtype=bool)
        for i in np.unique(self.codes[where]):
            t = question_title(self.normed[i])
            bare = without_unit(t) if t.endswith(")") else t
            known[i] = t in words.known or bare in words.known
            values[i] = t in words.values or bare in words.values
        known[-1] = values[-1] = False
        return known[self.codes], values[self.codes]

    def header_ish(self, where: np.ndarray) -> np.ndarray:
        """Per cell: text that could be a title (a string, not a number, date or tick, not long).
        Only the distinct texts of cells in `where` are looked at; the others are False."""
        ok = np.zeros(len(self.texts), dtype=bool)
        for i in np.unique(self.codes[where]):
            t = self.normed[i]
            ok[i] = (
                self.all_str[i]
                and bool(t)
                and len(t) <= 40
                and t not in _PLACEHOLDERS
                and not _DATA_LIKE.match(t)
                and not _SERIAL_NUMBER.fullmatch(t)
            )
        return ok[self.codes]


def _row_matches(row: list, known: set[str]) -> int:
    return sum(1 for c in row if norm_header(c) in known)


# --- one table's header ------------------------------------------------------------------------


def _covering(merged, r: int, c: int):
    for (r0, c0), (r1, c1) in merged:
        if r0 <= r <= r1 and c0 <= c <= c1:
            return (r0, c0), (r1, c1)
    return None


def _extend_up(rows: list[list], merged, top: int, limit: int, parentish) -> int:
    """The header's first row: a merged parent above the best header row belongs to the header."""
    while top > limit and top - 1 >= 0:
        crosses = any(r0 <= top - 1 < top <= r1 for (r0, _), (r1, _) in merged)
        if not (crosses or parentish(top - 1, top)):
            break
        top -= 1
    return top


def _header_height(rows, merged, top: int, end: int, continues) -> int:
    """How many rows (1 to MAX_HEADER_ROWS) the header starting at `top` spans: rows a vertical
    merge of the header reaches, and rows that read as lower titles under merged parents."""
    height = 1
    while height < MAX_HEADER_ROWS and top + height < end:
        r = top + height
        reached = any(top <= r0 < r <= r1 for (r0, _), (r1, _) in merged)
        if not (reached or continues(r)):
            break
        height += 1
    return height


def _filled_block(rows: list[list], merged, top: int, height: int, width: int) -> list[list[str]]:
    """The header rows with each merged range's text written into every cell it covers; without
    merges (CSV, web exports), a title spans the empty cells to its right under which lower titles
    sit, as a merged parent would."""
    block = [[question_title(norm_header(c)) for c in (list(rows[r]) + [""] * width)[:width]]
             for r in range(top, top + height)]  # fmt: skip
    raw = [[str(c).strip() if c not in (None, "") else "" for c in (list(rows[r]) + [""] * width)[:width]]
           for r in range(top, top + height)]  # fmt: skip
    shown = [row[:] for row in raw]
    used = False
    for (r0, c0), (r1, c1) in merged:
        if r1 < top or r0 >= top + height:
            continue
        if r0 < top:
            continue  # a range reaching down from a title above the header is not a title of it
        corner = rows[r0][c0] if c0 < len(rows[r0]) else ""  # a range right of a shorter row holds no text
        # A merged title is read as an unmerged one is: 序号： over two header rows is 序号.
        text, text_raw = question_title(norm_header(corner)), str(corner).strip()
        used = used or (r0 != r1 or c0 != c1)
        for r in range(max(r0, top), min(r1, top + height - 1) + 1):
            for c in range(c0, min(c1, width - 1) + 1):
                block[r - top][c] = text
                shown[r - top][c] = text_raw
    if not used:
        for i in range(height - 1):
            last, last_raw = "", ""
            for c in range(width):
                if block[i][c]:
                    last, last_raw = block[i][c], shown[i][c]
                elif last and any(block[j][c] for j in range(i + 1, height)):
                    block[i][c], shown[i][c] = last, last_raw
                else:
                    last, last_raw = "", ""
    return [block, shown]


def _paths(block: list[list[str]], shown: list[list[str]], width: int) -> list[tuple[tuple[str, ...], str]]:
    """Per column: its path of titles (consecutive repeats merged, unit-only titles joined to the
    title above them) and how it is written."""
    out = []
    for c in range(width):
        path: list[str] = []
        written: list[str] = []
        for row, row_shown in zip(block, shown):
            t = row[c]
            if not t or (path and path[-1] == t):
                continue
            if UNIT_ONLY.match(t) and path:
                unit = next(g for g in UNIT_ONLY.match(t).groups() if g)
                path[-1] = f"{path[-1]}({unit})"
                written[-1] = f"{written[-1]}（{unit}）"
                continue
            path.append(t)
            written.append(re.sub(r"\s+", "", row_shown[c]))
        out.append((tuple(path), "/".join(written)))
    return out


def build_columns(rows: list[list], merged, top: int, height: int) -> list[Column]:
    """The columns of a table whose header spans rows top … top+height-1."""
    width = max((len(rows[r]) for r in range(top, min(len(rows), top + height))), default=0)
    block, shown = _filled_block(rows, merged, top, height, width)
    columns = []
    for j, (path, written) in enumerate(_paths(block, shown, width)):
        if path:
            columns.append(Column(j, path, written))
    return _join_date_parts(columns)


def _date_prefix(run: list[Column], parts: tuple[str, ...]) -> str | None:
    """The words before 年, 月, 日 that adjacent columns share (决定年, 决定月, 决定日 → 决定; 年, 月, 日 → ""),
    or None when the run is no split date."""
    leaves = [c.leaf for c in run]
    if len(run) != len(parts) or not all(leaf.endswith(p) for leaf, p in zip(leaves, parts)):
        return None
    prefix = leaves[0][: -len(parts[0])]
    if any(leaf[: -len(p)] != prefix for leaf, p in zip(leaves, parts)) or not _DATE_PREFIX.match(prefix):
        return None
    if prefix and len({c.path[:-1] for c in run}) != 1:
        return None
    return prefix if [c.index for c in run] == list(range(run[0].index, run[0].index + len(parts))) else None


# What a split date's columns may share before 年/月/日: a few Chinese words (决定, 作出决定, 立案), or nothing;
# never one character (本月 / 本日, 当月 / 当日 are a statistics form's counts, not a date).
_DATE_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{2,6})?$")


def _join_date_parts(columns: list[Column]) -> list[Column]:
    """Adjacent columns titled 年, 月, 日 (or 月, 日: the year is the table's) become one date column
    (at the first of them). Its title is the header merged above them when there is one (办理日期),
    else none: the kind's date field takes it. Columns that name the date before each part (决定年,
    决定月, 决定日, as a document system exports them) become the column 决定日期."""
    out, i = [], 0
    while i < len(columns):
        for parts in (DATE_PARTS, DATE_PARTS[1:]):
            run = columns[i : i + len(parts)]
            prefix = _date_prefix(run, parts)
            if prefix:
                path = (*run[0].path[:-1], f"{prefix}日期")
                shown = "/".join(c.display for c in run)
                out.append(Column(run[0].index, path, f"{prefix}日期（{shown}）", tuple(c.index for c in run)))
                i += len(parts)
                break
            if prefix == "":
                parent = run[0].path[-2] if len(run[0].path) > 1 else ""
                shown = "/".join(parts)
                out.append(
                    Column(
                        run[0].index,
                        (parent,) if parent else (),
                        f"{parent or '日期'}（{shown}）",
                        tuple(c.index for c in run),
                    )
                )
                i += len(parts)
                break
        else:
            out.append(columns[i])
            i += 1
    return out


def _date_part(value) -> int | None:
    text = norm_header(value) if value is not None and value == value else ""
    m = re.fullmatch(r"(\d{1,4})(?:\.0+)?[年月日号]?", text)
    return int(m.group(1)) if m else None


def carry_date_parts(records: pd.DataFrame, parts: tuple[int, ...]) -> int:
    """A date split over 年/月/日 (or 月/日) columns kept as a ledger page is: its 年 and 月 written on a page's
    first line and where they change, blank below. A record with its day written and its 年 or 月 blank takes
    those of the record above, where the date so read does not go back before the one above (a book is kept in
    order: a smaller day under a blank 月 is a month not written, left for the office). Fills `records` in place;
    returns how many cells were filled.

    >>> rows = pd.DataFrame({0: [2024, None, None, None], 1: [3, None, 4, None], 2: [5, 18, 2, 1]}, dtype=object)
    >>> carry_date_parts(rows, (0, 1, 2)), rows[0].tolist(), rows[1].tolist()
    (3, [2024, 2024, 2024, None], [3, 3, 4, None])
    """
    *upper, day = parts
    last: list[int | None] = [None] * len(upper)
    before: tuple | None = None
    filled = 0
    for i in range(len(records)):
        row = records.iloc[i]
        d = _date_part(row.iloc[day])
        own = [_date_part(row.iloc[j]) for j in upper]
        blank = [not _filled_cell(row.iloc[j]) for j in upper]
        if d is None:
            continue
        carried = [last[k] if blank[k] else own[k] for k in range(len(upper))]
        if any(blank) and None not in carried and (before is None or (*carried, d) >= before):
            for k, j in enumerate(upper):
                if blank[k]:
                    records.iat[i, records.columns.get_loc(j)] = carried[k]
                    filled += 1
            own = carried
        if None not in own:
            last, before = own, (*own, d)
    return filled


def _filled_cell(value) -> bool:
    return value is not None and value == value and str(value).strip() != ""


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


_YEAR_CELL = re.compile(r"^((?:19|20)\d{2})(?:\.0+)?(?:年度?)?$")
_MONTH_DAY = re.compile(r"^\d{1,2}月\d{1,2}[日号]?$")
# 3.5, 3/5, 3-5 typed as text: a month and day only under a date's title (交办日期), where nothing else is meant.
_MONTH_DOT_DAY = re.compile(r"^(1[0-2]|0?[1-9])[./\-](3[01]|[12]\d|0?[1-9])$")
DATE_TITLE_ENDS = ("日期", "时间")


def dated_by_year_column(records: pd.DataFrame, columns: list[Column]) -> tuple[pd.DataFrame, tuple[int, str]]:
    """Dates typed without their year (3月5日) completed with the year in the row's own 年度 column
    (2021, 2021年), as a ledger kept over several years in one sheet writes them; a date with its year,
    a blank year cell and a sheet without a year column stay as they are (the title's year, if any).
    Returns the records and (how many dates were completed, the year column's title) for the note.

    >>> cols = [Column(0, ("年度",), "年度"), Column(1, ("排查日期",), "排查日期")]
    >>> rows = pd.DataFrame({0: ["2021", 2022.0, "", "2024年"], 1: ["3月5日", "12月30日", "3月5日", "2024.3.5"]})
    >>> done, note = dated_by_year_column(rows, cols)
    >>> done[1].tolist(), note
    (['2021年3月5日', '2022年12月30日', '3月5日', '2024.3.5'], (2, '年度'))

    Under a date's title a month and day typed 3.5 are one too; a number (Excel's 3.5) is not read so.

    >>> rows = pd.DataFrame({0: [2022, 2023, 2023], 1: ["3.5", "12.30", 3.5]})
    >>> dated_by_year_column(rows, cols)[0][1].tolist()
    ['2022年3月5日', '2023年12月30日', 3.5]
    """
    years = {}
    for c in columns:
        if c.path and c.path[-1] in YEAR_TITLES and not c.parts and c.index in records:
            text = records[c.index].map(norm_header, na_action="ignore").fillna("").astype(str)
            years[c.index] = text.str.extract(_YEAR_CELL, expand=False)
    # Of two year columns, one holding no year (a clerk's hidden 年份 helper, blank where the date is text) says
    # nothing: the other one dates the rows. Two holding years stay unused, as one alone is ambiguous between them.
    filled = [i for i, y in years.items() if y.notna().any()]
    if len(filled) != 1 or not len(records):
        return records, (0, "")
    year_col = next(c for c in columns if c.index == filled[0])
    year = years[filled[0]]
    out, n = records, 0
    for c in columns:
        if c.index in years or c.index not in records:
            continue
        cells = records[c.index].map(norm_header, na_action="ignore").fillna("").astype(str)
        as_text = cells.where(records[c.index].map(lambda x: isinstance(x, str)), "")
        dotted = as_text.str.extract(_MONTH_DOT_DAY) if c.path and c.path[-1].endswith(DATE_TITLE_ENDS) else None
        cells = cells if dotted is None else cells.where(dotted[0].isna(), dotted[0] + "月" + dotted[1] + "日")
        yearless = cells.str.fullmatch(_MONTH_DAY) & year.notna()
        if yearless.any():
            out = out.copy() if out is records else out
            out[c.index] = records[c.index].where(~yearless, year + "年" + cells)
            n += int(yearless.sum())
    return out, (n, year_col.display if n else "")


# --- rows that are not records -----------------------------------------------------------------


def void_remark_cells(normed: list[str]) -> np.ndarray:
    """Per normalised text: a whole remark of fzlib/specs/corrections.yaml saying its row is no record (重复, 录错),
    brackets and end punctuation aside.

    >>> void_remark_cells(["重复", "（录错）", "重复。", "重复信访", "已化解"]).tolist()
    [True, True, True, False, False]
    """
    words = corrections().void_remarks
    return np.fromiter((_REMARK_TRIM.sub("", t) in words for t in normed), dtype=bool, count=len(normed))


_REMARK_TRIM = re.compile(r"[()（）【】\[\]。.,，!！;；:：\s]")


@cache
def _corrects_row() -> re.Pattern[str]:
    """A cell naming the row it replaces by its 序号 (更正第12行，以此为准), from fzlib/specs/corrections.yaml."""
    forms = [re.escape(f).replace(re.escape("{n}"), r"(\d+)") for f in corrections().corrects_row]
    return re.compile("|".join(f"(?:{f})" for f in forms))


def corrected_serials(normed: list[str]) -> list[int | None]:
    """Per normalised text: the 序号 of the row it says it corrects, or None.

    >>> corrected_serials(["更正第12行,以此为准", "更正序号3", "已更正", ""])
    [12, 3, None, None]
    """
    # The regex runs only on texts holding the longest fixed part of some declared form (更正第, 替换第 …), and not
    # at all where one search of the texts joined finds none (the usual sheet: no text is looked at one by one).
    parts = {max(f.split("{n}"), key=len) for f in corrections().corrects_row}
    joined = "\x00".join(normed)
    if not any(p in joined for p in parts):
        return [None] * len(normed)
    pattern, out = _corrects_row(), []
    for t in normed:
        m = pattern.search(t) if any(p in t for p in parts) else None
        out.append(int(next(g for g in m.groups() if g)) if m else None)
    return out


def _serial_number(text: str) -> int | None:
    return int(float(text)) if _SERIAL_NUMBER.fullmatch(text) else None


def superseded(g: Grid, serial_cols: list[int], records: np.ndarray) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """(rows replaced by a later 更正 row naming their 序号, [(correcting row, 序号 it names but no row has)]).
    Rows are 0-based within the block. A 序号 held by several records (numbered anew per village or per town) names
    the one that says most of what the correcting row says (its village, town, date …), when one says more than
    every other: the correction restates its record; a tie names none of them (which one is meant?)."""
    out = np.zeros(g.n, dtype=bool)
    named = corrected_serials(g.normed)
    unmatched: list[tuple[int, int]] = []
    if named.count(None) == len(named):  # the usual sheet: no row corrects another
        return out, unmatched
    hits = np.array([n is not None for n in named], dtype=bool)[g.codes] & records[:, None]
    if not hits.any():
        return out, unmatched
    serials: dict[int, list[int]] = {}
    if serial_cols:
        for i in np.flatnonzero(records):
            number = _serial_number(g.normed[g.codes[i, serial_cols[0]]])
            if number is not None:
                serials.setdefault(number, []).append(int(i))
    for i, j in zip(*np.nonzero(hits)):
        number = named[g.codes[i, j]]
        rows = _restated([r for r in serials.get(number, []) if r != i], g, i, serial_cols)
        if len(rows) == 1:
            out[rows[0]] = True
        else:
            unmatched.append((int(i), number))
    return out, unmatched


def _restated(rows: list[int], g: Grid, at: int, serial_cols: list[int]) -> list[int]:
    """Of the rows holding the 序号 a correcting row (`at`) names, the one sharing the most filled cells with it,
    when it shares more than every other row and two cells at least; else all of them."""
    if len(rows) < 2:
        return rows
    others = [c for c in range(g.codes.shape[1]) if c not in serial_cols]
    mine = g.codes[at, others]
    filled = np.array([bool(g.normed[k]) for k in mine], dtype=bool)
    shared = [int(((g.codes[r, others] == mine) & filled).sum()) for r in rows]
    best = max(shared)
    return [rows[shared.index(best)]] if best >= 2 and shared.count(best) == 1 else rows


def classify_rows(
    body: pd.DataFrame,
    serial_cols: list[int],
    header_texts: set[str],
    grid: Grid | None = None,
    remark_cols: list[int] = (),
) -> pd.Series:
    """A reason for each body row that is not a record (blank, total, note, template, repeated
    header), else ''. Vectorised: each distinct cell text is looked at once, rows by numpy.
    `grid` is the body's Grid when the caller has one (the sheet's, cut to the body's rows)."""
    n = len(body)
    if n == 0:
        return pd.Series([], index=body.index, dtype=object)
    g = grid if grid is not None else Grid(body)
    codes, texts, normed = g.codes, g.texts, g.normed
    width = codes.shape[1]
    filled = g.filled()
    n_filled = filled.sum(axis=1)
    # The first columns the body fills: a ledger beside another (its block read with the other's columns blanked)
    # starts right of them, and its 注： line under the records had been a record wanting its date.
    start = int(filled.any(axis=0).argmax()) if n else 0
    lead = codes[:, start : start + min(4, width)]
    has_text = g.per_unique(map(bool, normed))[lead]
    first = np.where(has_text.any(axis=1), lead[np.arange(n), has_text.argmax(axis=1)], len(texts) - 1)
    # The tests below read only each row's first text or its first few cells.
    first_text = [normed[i] for i in first]
    reason = np.full(n, "", dtype=object)

    def mark(label: str, rows: np.ndarray) -> None:
        reason[(reason == "") & rows] = label

    mark("blank", n_filled == 0)
    # The form's own lines right under its header (单位：万元, 填报单位：…, （续表）): its title's, whose unit counts.
    at_top = np.arange(n) < UNDER_HEADER_ROWS
    tail = g.title_tails()
    mark("title", at_top & (n_filled > 0) & ~(filled & ~tail).any(axis=1))
    mark("void", voids(normed)[codes].any(axis=1))
    if len(remark_cols):  # 备注 重复 / 录错: the clerk says the row is no record
        in_remarks = codes[:, list(remark_cols)]
        said = np.zeros(len(normed), dtype=bool)
        seen = np.unique(in_remarks)  # only the remarks' own texts are looked at
        said[seen] = void_remark_cells([normed[i] for i in seen])
        mark("void", said[in_remarks].any(axis=1))
    firsts, at = np.unique(first, return_inverse=True)
    mark(
        "total",
        totals([normed[c] for c in firsts])[at.reshape(-1)]
        | g.per_unique(map(_TOTAL_CELLS.__contains__, normed))[lead].any(axis=1)
        | subtotal_lines(g, filled),
    )
    mark("total", unlabelled_total(body, filled, serial_cols, reason == ""))
    # A template's example row and a system's line of field codes sit right under the header: only
    # the texts of the body's first rows are looked at (a per-text test over a big sheet's every
    # distinct text was 5 % of reading it).
    examples = np.zeros(len(texts), dtype=bool)
    identifiers = np.zeros(len(texts), dtype=bool)
    for i in np.unique(codes[:UNDER_HEADER_ROWS]):
        t = normed[i]
        examples[i] = "例" in t and is_example_row_text(t)
        identifiers[i] = t.isascii() and bool(_FIELD_CODE.fullmatch(t))
    mark("example", at_top & (examples[lead].any(axis=1) | (examples[codes] & filled).any(axis=1)))
    # An online form's trial submissions stand anywhere among the answers (sorted by time or not): a cell
    # that is nothing but 测试 is never a record's value (a 测试 in a longer text, 测试仪器, is).
    mark("test_submission", g.per_unique(map(TEST_CELLS.__contains__, normed))[codes].any(axis=1))
    # System field codes under the titles: every filled cell an identifier, three at least, and
    # never a record's (a record holds dates, numbers or Chinese among its cells).
    mark("header", at_top & (n_filled >= 3) & ~(filled & ~identifiers[codes]).any(axis=1))
    # The line of column numbers a printed register carries under its header (1 2 3 …): a header's line too. Only
    # with rows under it: a form's one row of counts may read 1 | 2 | 3 (扣押财物 1, 代履行 2, 合计 3).
    last = np.flatnonzero(n_filled)[-1] if n_filled.any() else -1
    top = np.flatnonzero(at_top & (n_filled >= 3) & (np.arange(n) < last))
    mark("header", np.isin(np.arange(n), [i for i in top if numbers_columns([normed[c] for c in codes[i][filled[i]]])]))
    lone_word = has_text.any(axis=1) & ~g.per_row(map(bool, map(_SERIAL_NUMBER.fullmatch, first_text)))
    mark("note", g.per_row(map(str.startswith, first_text, repeat(NOTE_PREFIXES))) | ((n_filled == 1) & lone_word))
    # A section heading with its count beside it (一、行政许可类 | （共7件）): a line titling its block, never a
    # record wanting its number and date. Only the rows opening with a heading are looked at.
    # So is a section's number alone in the 序号 column with its name beside it (一 | 调解成功案件, （一） | 口头协议),
    # and its count after it: a record never holds just a Chinese ordinal and a text.
    # Both start with a Chinese ordinal: only the first texts holding one are matched (a register's every 序号 had been).
    first_texts = [normed[c] for c in firsts]
    ordinal = holding(first_texts, _ORDINALS)
    opens = _where(first_texts, ordinal.copy(), _SECTION_HEADING.match)
    numbered = _where(first_texts, ordinal, _SECTION_NUMBER.fullmatch)
    opens, numbered = opens[at.reshape(-1)], numbered[at.reshape(-1)]
    headed = (opens | numbered) & (n_filled >= 2) & (n_filled <= 3)
    if headed.any():
        counts = np.zeros(len(normed), dtype=bool)
        for i in np.unique(codes[headed]):
            counts[i] = section_count(normed[i])
        n_counts = (counts[codes] & filled).sum(axis=1)
        mark("note", headed & (n_filled - numbered - n_counts == 1) & (opens <= (n_counts == 1)))
    # 无 under 序号 and 本年度未制定规范性文件 under 备注: the placeholders aside, a statement that the period
    # had no record, not a record wanting its title and date.
    said = filled & ~g.per_unique(map(_PLACEHOLDERS.__contains__, normed))[codes]
    nothing = nothing_this_period(normed)[codes]
    # Its month (2024年2月) or serial number beside it says which period had nothing: no record's value. Only
    # the texts of rows saying so are looked at (a regex over a register's every distinct text was its cost).
    zero = holding(normed, _ZERO_REPORT)[codes] & filled
    period = np.zeros(len(normed), dtype=bool)
    for i in np.unique(codes[(nothing | zero).any(axis=1)]):
        period[i] = bool(_PERIOD_CELL.fullmatch(normed[i]))
    said_else = said & ~period[codes]
    if serial_cols:
        said_else[:, serial_cols] = False
    mark("note", (said_else.sum(axis=1) == 1) & (said_else & nothing).any(axis=1))
    # A 零报告 line of a register kept by places (a 屯 or a grid under its 村) names who reported for where beside
    # its 零报告 (屯 | 网格员 | 本月无矛盾纠纷（零报告）), the record's own fields struck out with /: still no record. The word
    # is the clerk's own mark of it; a record saying it in passing (上月零报告，本月新增 …) fills more than the places and
    # the reporter. It had been a dispute of the 屯 wanting its status (那岜乡: 30 零报告 lines, 140 disputes for 110).
    mark("note", zero.any(axis=1) & ((said_else & ~nothing & ~zero).sum(axis=1) <= ZERO_REPORT_NAMES))
    # A line of labels waiting for a signature or a date (申报人： 审核人： 日期：): a form's foot.
    label = blank_labels(normed)[codes]
    mark("note", (n_filled > 1) & ~(filled & ~label).any(axis=1))
    if serial_cols:
        mark("template", (filled[:, serial_cols].sum(axis=1) == n_filled) & (n_filled > 0))
        # A numbered row whose other cells hold only placeholders (1 | 无 under 序号 | 文件名称): the register's way of
        # saying it had nothing, no record wanting its title and date (瓦吉乡's 规范性文件 register had been unknown).
        numbered = said[:, serial_cols].sum(axis=1)
        mark("template", (numbered > 0) & (said.sum(axis=1) == numbered) & (n_filled > numbered))
        mark("note", _foot_lines(g, serial_cols[0]))
    mark("header_repeat", g.per_unique(map(header_texts.__contains__, normed))[codes].sum(axis=1) >= MIN_HEADER_MATCHES)
    mark("continuation", continuations(g, filled, reason == ""))
    return pd.Series(reason, index=body.index, dtype=object)


def unlabelled_total(body: pd.DataFrame, filled: np.ndarray, serial_cols: list[int], records: np.ndarray) -> np.ndarray:
    """The body's last filled row when it holds numbers only, each the sum of its column over the records
    above (two at least): a SUM row whose 合计 label was never typed or was cleared. Not a record wanting
    its date and kind: filling them in, as a "required field blank" message would ask, would count it twice.

    >>> body = pd.DataFrame([["2024.3.1", "咨询", 3], ["2024.3.2", "咨询", 4], ["", "", 7]])
    >>> filled = (body != "").to_numpy()
    >>> unlabelled_total(body, filled, [], np.ones(3, dtype=bool)).tolist()
    [False, False, True]
    >>> body.iloc[2, 2] = 8
    >>> unlabelled_total(body, filled, [], np.ones(3, dtype=bool)).tolist()
    [False, False, False]
    """
    out = np.zeros(len(body), dtype=bool)
    rows = np.flatnonzero(filled.any(axis=1))
    if len(rows) < 3:
        return out
    last = rows[-1]
    cols = np.flatnonzero(filled[last])
    if set(cols.tolist()) & set(serial_cols):
        return out
    stated = pd.to_numeric(pd.Series(body.iloc[last, cols].to_numpy(dtype=object)), errors="coerce")
    if stated.isna().any():
        return out
    above = records[:last]
    for j, value in zip(cols, stated):
        cells = pd.Series(body.iloc[:last, j].to_numpy(dtype=object)[above & filled[:last, j]])
        numbers = pd.to_numeric(cells, errors="coerce")
        if len(numbers) < 2 or numbers.isna().any() or abs(float(numbers.sum()) - float(value)) > 0.005:
            return out
    out[last] = True
    return out


def subtotal_lines(g: Grid, filled: np.ndarray) -> np.ndarray:
    """Rows written by Data → 分类汇总: a total label in whichever column was grouped (the fifth, 调解结果 汇总),
    and beside it only the numbers its =SUBTOTAL(…) cached; a record has texts or dates besides (a 卷宗号, a name).

    >>> g = Grid(pd.DataFrame([[None, "调解成功 汇总", 600], [1, "统计数据汇总", 3], [None, "总计数", 9]]))
    >>> subtotal_lines(g, g.filled()).tolist()
    [True, False, True]
    >>> g = Grid(pd.DataFrame([[None, "关于印发农村建房管理办法的通知小计", 3254], [7, "收到的合计", "已核实"]]))
    >>> subtotal_lines(g, g.filled()).tolist()
    [True, False]
    """
    # Only the texts holding a function's name can end with one: found by one search over them all. With nothing but
    # numbers beside it, a group's value of any length ends in its total word (关于印发…管理办法的通知小计: a long title
    # is a group's value too).
    ends = _where(g.normed, holding(g.normed, _TOTAL_ENDS), _LONG_GROUP_TOTAL.match)
    label = (
        _where(g.texts, holding(g.texts, SUBTOTAL_FUNCTIONS), _subtotal_label) | totals(g.normed) | ends
    ) & g.all_str
    labelled = label[g.codes] & filled
    one = labelled.sum(axis=1) == 1
    number = np.zeros(len(g.texts), dtype=bool)  # looked at only in the rows holding one label
    for i in np.unique(g.codes[one]):
        number[i] = bool(_NUMBER.fullmatch(g.texts[i].strip()))
    others = filled & ~labelled & ~number[g.codes]
    return one & ~others.any(axis=1)


_LONG_GROUP_TOTAL = re.compile(r"^[^，。；;,:：]{1,60}(?:小计|合计|总计)$")


def _subtotal_label(text: str) -> bool:
    text = text.strip()
    return text.endswith(SUBTOTAL_FUNCTIONS) and bool(_SUBTOTAL_LABEL.match(text))


# A sentence typed in Chinese (two or more CJK characters); one that ends with these has ended.
_PROSE = re.compile(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]")
_SENTENCE_END = tuple("。！？!?；;…")


def continuations(g: Grid, filled: np.ndarray, record: np.ndarray) -> np.ndarray:
    """Rows that carry on the text of the record above: a long 基本情况 typed on to the next row. The
    row's one filled cell is prose, under the record's own prose in the same column, and that prose
    breaks off without ending its sentence. Such a row names no record (no number, no date).

    >>> body = pd.DataFrame([["1", "3月5日", "双方因宅基地问题多次争吵，村调委会"], [None, None, "组织调解，已签字。"],
    ...                      ["2", "3月9日", "因邻里问题发生争执。"], [None, None, "另有一份补充说明"]])
    >>> g = Grid(body)
    >>> continuations(g, g.filled(), np.array([True, True, True, True])).tolist()
    [False, True, False, False]
    """
    out = np.zeros(g.n, dtype=bool)
    lone = np.flatnonzero((filled.sum(axis=1) == 1) & (np.arange(g.n) > 0))
    if not lone.size:
        return out
    column = filled[lone].argmax(axis=1)
    own, above = g.codes[lone, column], g.codes[lone - 1, column]
    # Only the texts of these cells are looked at, not every distinct text of the sheet.
    looked = {int(i) for i in np.concatenate([own, above])}
    prose = np.zeros(len(g.texts), dtype=bool)
    open_end = np.zeros(len(g.texts), dtype=bool)
    for i in looked:
        t = g.texts[i]
        prose[i] = bool(g.all_str[i] and _PROSE.search(t))
        open_end[i] = not t.strip().endswith(_SENTENCE_END)
    above_record = record[lone - 1] & (filled[lone - 1].sum(axis=1) > 1)
    out[lone] = prose[own] & prose[above] & open_end[above] & above_record
    return out


# A label of a form's foot: a count it states (予以许可数量 15) or a field it asks for (备案人： 王某).
_FOOT_LABEL = re.compile(r"(?:数量|人数|件数|次数|总数|户数|[:：])$")


def _foot_lines(g: Grid, serial: int) -> np.ndarray:
    """Rows below the last numbered record whose 序号 cell holds a foot's label, with its value beside
    it (予以许可数量 | 15 | 不予许可数量 | 0; 备案人： | 王某): the form's foot, not records. Under a header with no
    numbered record at all (a month's sheet of a register split by month, that month without a record), every row
    of the body is below the last one."""
    column = g.codes[:, serial]
    out = np.zeros(g.n, dtype=bool)
    # Looked for from the bottom: the last numbered record, then only the rows below it.
    last = next((i for i in range(g.n - 1, -1, -1) if _SERIAL_NUMBER.fullmatch(g.normed[column[i]])), -1)
    below = column[last + 1 :]
    out[last + 1 :] = g.all_str[below] & np.array([bool(_FOOT_LABEL.search(g.normed[c])) for c in below], dtype=bool)
    return out


def _is_blank_label(text: str) -> bool:
    """申报人：, 日期: — a label with nothing written after it.

    >>> [_is_blank_label(t) for t in ("审核人:", "日期：", "单位:元", "")]
    [True, True, False, False]
    """
    return len(text) > 1 and text[-1] in ":："


def fill_merged_down(records: pd.DataFrame, merged, rows: list[list], start: int = 0) -> pd.DataFrame:
    """Record cells covered by a range merged down one column hold the range's value: Excel keeps it
    only in the range's first cell (执法类别 written once over its block of rows). Ranges across
    several columns are lines of their own (零报告, 合计金额（大写）), not values of a column; a range
    starting above the body (`start`, 0-based) is the header's, never a record's value.

    >>> body = pd.DataFrame({0: ["1", "2", "3"], 1: ["行政许可", "", ""]}, index=[3, 4, 5])
    >>> fill_merged_down(body, [((2, 1), (4, 1))], [[], [], ["1", "行政许可"]])[1].tolist()
    ['行政许可', '行政许可', '行政许可']
    >>> fill_merged_down(body, [((0, 1), (4, 1))], [["", "执法类别"]], start=2)[1].tolist()  # the header's
    ['行政许可', '', '']
    """
    out = records
    for (r0, c0), (r1, c1) in merged:
        if c0 != c1 or r1 <= r0 or r0 < start or c0 not in records.columns or r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        inside = (records.index >= r0 + 1) & (records.index <= r1 + 1)  # index: 1-based Excel rows
        if not inside.any():
            continue
        blank = inside & (records[c0].map(norm_header) == "").to_numpy()
        if blank.any():
            out = out.copy() if out is records else out
            out.loc[blank, c0] = rows[r0][c0]
    return out


def fill_dittos(records: pd.DataFrame, marks: frozenset = DITTO_MARKS) -> tuple[pd.DataFrame, int, list]:
    """Record cells typed 同上 (`marks`: the sheet's texts that are a ditto mark) take the value of the same column in
    the record above (a chain of 同上 reaches back to the first value). One with nothing above it (in the first
    record, or under a blank cell) is left blank and returned as (Excel row, column, mark): never read as a value.

    >>> body = pd.DataFrame({0: ["2023-03-05", "同上", "〃", "2023-03-07"]})
    >>> filled, n, unfilled = fill_dittos(body, frozenset({"同上", "〃"}))
    >>> filled[0].tolist(), n, unfilled
    (['2023-03-05', '2023-03-05', '2023-03-05', '2023-03-07'], 2, [])
    >>> fill_dittos(pd.DataFrame({0: ["同上", "同上", "甲"]}, index=[2, 3, 4]), frozenset({"同上"}))[1:]
    (0, [(2, 0, '同上'), (3, 0, '同上')])
    """
    typed = records.isin(marks)
    if not typed.to_numpy().any():
        return records, 0, []
    out = records.where(~typed.iloc[:1].reindex(records.index, fill_value=False), "")
    mask = typed.copy()
    mask.iloc[:1] = False
    for _ in range(len(out)):
        if not mask.any(axis=None):
            break
        out = out.where(~mask, out.shift(1))
        mask = mask & out.isin(marks)
    nothing = typed.to_numpy() & (out.isna() | out.eq("")).to_numpy()
    out = out.where(~nothing, "")
    rows, cols = np.nonzero(nothing)
    columns = records.columns.tolist()  # plain ints, as a sheet's columns are numbered
    unfilled = [(int(records.index[r]), columns[c], records.iat[r, c]) for r, c in zip(rows, cols)]
    return out, int(typed.to_numpy().sum()) - len(unfilled), unfilled


def holds_rows(sheet: Sheet, least: int = 3) -> bool:
    """Whether a sheet in which no table was recognised still holds rows that read like records
    (`least` rows of three or more cells): not a 填表说明, not a few lines of text.

    >>> holds_rows(Sheet("登记", [["编码", "名目", "时点"], ["1", "甲", "3.5"], ["2", "乙", "3.6"]]))
    True
    >>> holds_rows(Sheet("说明", [["填表说明："], ["1. 按季度登记"], ["2. 日期写全"]]))
    False
    """
    if is_instructions(sheet.name):
        return False
    # Counting stops at `least`: a sheet of thousands of rows is told by its first few.
    wide = (row for row in sheet.rows if sum(1 for c in row if norm_header(c)) >= 3)
    return sum(1 for _ in islice(wide, least)) >= least


def continued_tables(
    sheets: list[Sheet], words: HeaderWords | set[str], after_titles_only: bool = False
) -> list[Sheet]:
    """The tables of a Word document with each table that goes on from the one before it joined to it.

    A note typed between a register's rows (（7月起法律顾问换人，以下为接任后的记录）) splits a Word table in two,
    and the rows below it carry no header: read alone they are no table, and their records would be lost. A
    table of the same width as the one before, in which no header is found although it holds rows, is that
    table's continuation: its rows follow the earlier rows (and its merged cells move with them). A table with
    a header of its own (续表 with the header typed again) stays a table of its own.

    `after_titles_only`: a table goes on only from a table of titles alone (no record under them). A web page's grid
    (EasyUI, layui, Element) draws its column titles as a table of their own over the table of records, so that they
    stay put as the records scroll: the page saved (另存为网页), the records had stood under no header, lost."""
    out: list[Sheet] = []
    for sheet in sheets:
        before = out[-1] if out else None
        if (
            before is not None
            and sheet.rows
            and before.rows
            and len(sheet.rows[0]) == len(before.rows[0])
            and not locate_tables(sheet, words)
            and holds_rows(sheet, least=1)
            and (found := locate_tables(before, words))
            and not (after_titles_only and any(len(t.body) for t in found))
        ):
            shift = len(before.rows)
            merged = [((r0 + shift, c0), (r1 + shift, c1)) for (r0, c0), (r1, c1) in sheet.merged]
            out[-1] = replace(before, rows=[*before.rows, *sheet.rows], merged=[*before.merged, *merged])
            continue
        out.append(sheet)
    return out


def page_tables(sheet: Sheet, before: Sheet | None, table: Table | None, words: HeaderWords | set[str]) -> list[Table]:
    """The tables of a sheet that is a page of the table before it, read under that table's header; [] when it
    is not such a page.

    A PDF converted back to Excel (WPS “PDF转Excel”, an online converter) gives a sheet per page, and a register
    printed with its header on the first page only leaves the later pages as bare rows (Sheet2, Table 2). Read
    alone they are no table, or a table whose "header" is its first record (调解成功, 口头协议 are values a
    header may be told by). A sheet as wide as the sheet before, whose first rows name none of the titles that
    sheet's last table is told by, and in which that header placed above its rows finds records, is such a page:
    its rows keep their own row numbers, under the header of `before` (`Table.header_from`)."""
    if not isinstance(words, HeaderWords):
        words = HeaderWords(frozenset(words))
    if before is None or table is None or not sheet.rows:
        return []
    # A register read apart from what stands right of it (the copy pasted beside it, set aside) is as wide as its
    # block of columns, the sheet's first; a block further right is not where a page's rows start.
    if table.block is None:
        span = max(map(len, before.rows), default=0)
    else:
        span = table.block[1] + 1 if table.block[0] == 0 else -1
    # Columns hidden at its right (a clerk's 年份 =YEAR() and 辅助列 helpers) were never printed: no page has them.
    hidden = set(before.marks.hidden_columns)
    while span > 0 and span - 1 in hidden:
        span -= 1
    width = max(map(len, sheet.rows))
    if width != span or not holds_rows(sheet, 1):
        return []
    titles = {t for c in table.columns for t in c.own} - GENERIC_TITLES
    for row in sheet.rows[:UNDER_HEADER_ROWS]:
        texts = [t for t in map(norm_header, row) if t]
        # Values may be titles too (婚姻家庭纠纷, 口头协议 head a statistics form's columns): a row with a number or
        # a date in it is a record's, not a header of its own.
        titled = not any(_DATA_LIKE.match(t) for t in texts) and _specific(texts, words) >= MIN_HEADER_MATCHES
        if sum(t in titles for t in texts) >= MIN_HEADER_MATCHES or titled:
            return []  # a header of its own (or the header repeated on each page)
    top, h = table.header_row, table.header_height
    head = [(list(r) + [""] * (width - len(r)))[:width] for r in before.rows[top : top + h]]
    # The header's own line anywhere in the sheet (under a title and a 填报单位 line deeper than the rows looked at
    # above): the sheet has its header, it is no bare page (read under `before`'s, its header had been taken for
    # that header printed again, and the sheet for a page of the village's before it).
    line = [norm_header(c) for c in head[-1]]
    if any([norm_header(c) for c in (list(r) + [""] * (width - len(r)))[:width]] == line for r in sheet.rows):
        return []
    merged = [
        ((r0 - top, c0), (r1 - top, c1))
        for (r0, c0), (r1, c1) in before.merged
        if r0 >= top and r1 < top + h and c1 < width
    ]
    moved = [((r0 + h, c0), (r1 + h, c1)) for (r0, c0), (r1, c1) in sheet.merged]
    found = locate_tables(replace(sheet, rows=[*head, *sheet.rows], merged=[*merged, *moved]), words)
    if not found or found[0].header_row != 0 or found[0].header_height != h or not len(found[0].body):
        return []
    if not _alike(table.body, found[0].body, [c.index for c in table.columns if c.index < width]):
        return []  # rows of another shape pasted without a header are no page of this table

    def shift(frame: pd.DataFrame | None) -> pd.DataFrame | None:
        return None if frame is None else frame.set_axis(frame.index - h, axis=0)  # the page's own Excel rows

    def own_rows(t: Table) -> Table:
        return replace(
            t,
            header_row=t.header_row - h if t is not found[0] else 0,
            body=shift(t.body),
            rows=shift(t.rows),
            merged=list(sheet.merged),
            header_from=before.name if t is found[0] else "",
            # The header's rows are the sheet before's: none of this sheet's rows is set aside as one.
            set_aside={**t.set_aside, "header": t.set_aside.get("header", 0) - h} if t is found[0] else t.set_aside,
        )

    return [own_rows(t) for t in found]


def _alike(before: pd.DataFrame, after: pd.DataFrame, columns: list[int]) -> bool:
    """Whether two bodies of records fill the same columns with the same sort of cells (dates and numbers
    where dates and numbers were, text where text was): one register's two pages."""
    if not len(before) or not len(after):
        return False

    def profile(frame: pd.DataFrame, j: int) -> tuple[float, float]:
        texts = [norm_header(c) for c in frame[j]] if j in frame.columns else []
        filled = [t for t in texts if t]
        data = sum(bool(_DATA_LIKE.match(t)) for t in filled)
        return len(filled) / max(len(texts), 1), data / max(len(filled), 1)

    for j in columns:
        (filled_a, data_a), (filled_b, data_b) = profile(before, j), profile(after, j)
        if abs(filled_a - filled_b) > 0.5 or abs(data_a - data_b) > 0.5:
            return False
    return True


def _filled_cell(x) -> bool:
    return x is not None and not (isinstance(x, float) and x != x) and bool(str(x).strip())


def _lone_column(row) -> int | None:
    """The one filled cell's column (a position) of a row holding one, else None."""
    filled = [j for j, x in enumerate(row) if _filled_cell(x)]
    return filled[0] if len(filled) == 1 else None


def _filled_cells(cells: np.ndarray) -> np.ndarray:
    """`_filled_cell` of every cell of a 2-D object array, by builtins mapped over the cells (no Python call per cell:
    a register's every row was tested so, 0.3 s of the bench's 105,600 records)."""
    flat = cells.ravel()
    # Each cell's type by its identity (an array of numpy's own types would not compare with them elementwise).
    kinds = np.fromiter(map(id, map(type, flat)), dtype=np.intp, count=flat.size)
    out = np.zeros(flat.size, dtype=bool)
    texts = kinds == id(str)
    out[texts] = np.fromiter(map(bool, map(str.strip, flat[texts])), dtype=bool, count=int(texts.sum()))
    floats = (kinds == id(float)) | (kinds == id(np.float64))
    out[floats] = ~np.isnan(flat[floats].astype(float))  # NaN is empty; the text of these two types never is
    rest = np.flatnonzero(~texts & ~floats & (kinds != id(type(None))))  # ints, dates, str subclasses, NA-likes
    others = flat[rest]
    out[rest] = np.fromiter(map(bool, map(str.strip, map(str, others))), dtype=bool, count=rest.size)
    odd = np.fromiter(map(isinstance, others, repeat(float)), dtype=bool, count=rest.size)  # another float type
    out[rest[odd]] = [_filled_cell(x) for x in others[odd]]
    return out.reshape(cells.shape)


def _lone_columns(filled: np.ndarray) -> np.ndarray:
    """Per row of a filled mask: the one filled cell's column, or -1 for a row holding none or several."""
    return np.where(filled.sum(axis=1) == 1, filled.argmax(axis=1), -1) if filled.size else np.full(len(filled), -1)


_HAS_DIGIT = re.compile(r"\d")


def _worded(x) -> bool:
    return isinstance(x, str) and any(ch.isalpha() for ch in x)


def wrapped_lines(cells: np.ndarray, reasons: np.ndarray) -> list[tuple[int, int]]:
    """(position, its record's position) of the body lines that are the rest of the record above them, wrapped onto
    lines of their own (a long 事项名称 or 参加对象 pasted from Word, or typed to fit a narrow printed column: 残疾人两项 |
    补贴资格确认, 村（社区） | 法律明白人): a line set aside as a note or a continuation (`continuations`: prose breaking off)
    whose one text, in words, stands under a text in words
    of that record (or of the line wrapped from it), right of the first column the table's records fill. A section
    line (一、行政许可, 【柳塘村】) stands at the left, where a record's first cell does: it titles the rows under it.

    >>> rows = np.array([[1, "3月5日", "残疾人两项"], [None, None, "补贴资格确认"], ["二、行政确认", None, None]], dtype=object)
    >>> wrapped_lines(rows, np.array(["", "note", "note"], dtype=object))
    [(1, 0)]
    >>> numbered = np.array([[1, "旺草许字〔2024〕第7号", "事项"], [None, "无", None]], dtype=object)
    >>> wrapped_lines(numbered, np.array(["", "note"], dtype=object))
    []

    So is a line whose one cell ends a span the cell above it opens (2024.3.3— | 2024.3.9, 3月20日至 | 4月2日), a day
    typed on under a narrow column, whether it was taken for a note or for a record wanting its number and name.

    >>> spans = np.array([[1, "甲", "2024.3.3—"], [None, None, "2024.3.9"], [2, "乙", "2024.3.5"]], dtype=object)
    >>> wrapped_lines(spans, np.array(["", "", ""], dtype=object))
    [(1, 0)]
    >>> spans = np.array([[1, "甲", "2024.3.3"], [None, None, "至2024.3.9"], [2, "乙", "2024.3.5"]], dtype=object)
    >>> wrapped_lines(spans, np.array(["", "note", ""], dtype=object))
    [(1, 0)]
    >>> wrapped_lines(np.array([[1, "甲", "1000-"], [None, None, "500"]], dtype=object), np.array(["", ""], dtype=object))
    []
    """
    filled = _filled_cells(cells)
    lone = _lone_columns(filled)
    found: dict[int, int] = dict(_span_ends(cells, reasons, lone))
    notes = np.flatnonzero(
        ((reasons == "note") | (reasons == "continuation")) & ~np.isin(np.arange(len(cells)), list(found))
    )
    if not len(notes):
        return list(found.items())
    records = reasons == ""
    used = np.flatnonzero(filled[records].any(axis=0)).tolist()
    if not used:
        return list(found.items())
    of_numbers: dict[int, bool] = {}  # per column, asked once: a table of many notes had sliced its records per note
    for p in notes:
        p = int(p)
        j = int(lone[p]) if lone[p] >= 0 else None
        if p == 0 or j is None or j <= used[0] or not _worded(cells[p][j]) or not _worded(cells[p - 1][j]):
            continue
        # A cell holding a digit in a column of numbers (a 案件编号 〔2024〕第7号, a date, an amount: most records' cells
        # there hold one) is whole as typed: a word under it (无) joined on would break the number it is, and the
        # record's key with it. In a column of words a name may hold a digit (对某商店3号门面…的处罚) and still wrap: left
        # unjoined, its tail had been set aside as a note, silently.
        if _HAS_DIGIT.search(str(cells[p - 1][j])):
            if j not in of_numbers:
                of_numbers[j] = _of_numbers(cells[records, j], filled[records, j])
            if of_numbers[j]:
                continue
        if reasons[p - 1] == "":
            found[p] = p - 1
        elif p - 1 in found and lone[p - 1] == j:
            found[p] = found[p - 1]  # the third line of a text wrapped twice
    return sorted(found.items())


def unjoined_lines(cells: np.ndarray, reasons: np.ndarray, joined) -> list[tuple[int, int]]:
    """(position, column) of the lines set aside as a note or a continuation that look like the rest of the record
    right above them but were not joined to it (`wrapped_lines` refused: under a code, a date or an amount, or in the
    records' first column): one text in words, every other cell blank, under a filled cell of that record. Whether it
    is the record's text or a note of its own the cells do not say; it is counted nowhere, so it is said.

    >>> rows = np.array([[1, "旺许〔2024〕7号", "事项"], [None, "补正材料", None], [2, "旺许〔2024〕8号", "事项"]], dtype=object)
    >>> unjoined_lines(rows, np.array(["", "note", ""], dtype=object), [])
    [(1, 1)]
    >>> unjoined_lines(rows, np.array(["", "continuation", ""], dtype=object), [1])
    []
    """
    records = cells[reasons == ""]
    used = [j for j in range(cells.shape[1]) if any(_filled_cell(x) for x in records[:, j])]
    out: list[tuple[int, int]] = []
    if not used:
        return out
    for p in np.flatnonzero((reasons == "note") | (reasons == "continuation")):
        p = int(p)
        if p == 0 or p in joined or reasons[p - 1] != "" or (j := _lone_column(cells[p])) is None:
            continue
        text = str(cells[p][j]).strip()
        if (
            j > used[0]
            and _worded(cells[p][j])
            and _filled_cell(cells[p - 1][j])
            and not text.startswith(NOTE_PREFIXES)
        ):
            out.append((p, j))
    return out


# A span left open at the end of its cell (2024.3.3—, 3月20日至), and the day that may end it on the line below; or a
# day (2024.3.3, 3月20日, a date cell) whose span's dash was carried down with its end (—2024.3.9, 至4月2日).
_OPEN_SPAN = re.compile(r"\d\s*[日号]?\s*(?:[-—–－~～]+|至|到)\s*$")
_SPAN_END = re.compile(r"^\s*[\d０-９]")
_DAY_END = re.compile(r"\d\s*[日号]?\s*$")
_DASHED_END = re.compile(r"^\s*(?:[-—–－~～]+|至|到)\s*[\d０-９]")
# A day as a cell writes it (2024.3.3, 3月20日, 2024-03-03): only a date's span is joined, never an amount's (1000- | 500).
_DAY_WRITTEN = re.compile(r"\d\s*(?:年|月|[./\-]\s*\d{1,2}\s*[./\-]|月\s*\d{1,2}\s*[日号])")


def _of_numbers(column: np.ndarray, filled: np.ndarray) -> bool:
    """Whether a column's filled cells (`filled`, its mask) mostly hold a digit (numbers, dates, codes), not words.

    >>> _of_numbers(np.array(["旺许〔2024〕1号", "旺许〔2024〕2号", None], dtype=object), np.array([True, True, False]))
    True
    >>> _of_numbers(np.array(["对某店的处罚", "对某商店3号门面的处罚", "对某厂的处罚"], dtype=object), np.ones(3, bool))
    False
    """
    digits = sum(1 for x in column[filled] if _HAS_DIGIT.search(str(x)))
    return 2 * digits > int(filled.sum())


def _span_ends(cells: np.ndarray, reasons: np.ndarray, lone: np.ndarray):
    """(position, its record's position) of the lines whose one cell is the end of a span left open in the record's
    cell above (`wrapped_lines`); `lone` is each line's one filled column (`_lone_columns`)."""
    for p in np.flatnonzero(lone[1:] >= 0) + 1:
        p, j = int(p), int(lone[p])
        if reasons[p - 1] != "" or reasons[p] not in ("", "note", "continuation"):
            continue
        above, below = cells[p - 1][j], cells[p][j]
        dated = isinstance(above, (dt.date, pd.Timestamp)) or (isinstance(above, str) and _DAY_WRITTEN.search(above))
        day = dated and (not isinstance(above, str) or _DAY_END.search(above))
        if (
            dated
            and isinstance(above, str)
            and _OPEN_SPAN.search(above)
            and (isinstance(below, (dt.date, pd.Timestamp)) or (isinstance(below, str) and _SPAN_END.match(below)))
        ) or (day and isinstance(below, str) and _DASHED_END.match(below)):
            yield p, p - 1


def wrapped_text(x) -> str:
    """A wrapped line's cell as text to join on: a day Excel made a date cell as the day (2024-03-09), not its
    midnight."""
    if isinstance(x, (dt.datetime, pd.Timestamp)) and not (x.hour or x.minute or x.second):
        return x.strftime("%Y-%m-%d")
    return str(x).strip()


def without_page_tail(table: Table) -> Table:
    """The table without the tail of a record cut by a page break: a converted PDF's page that starts with the
    end of the last record of the page before (the rest of its 简要情况, every other cell empty) — its first
    body row, with one filled cell of prose and no digit in it, under the header's line of column numbers where the
    page prints one (1 2 3 …, read as the header's). It is set aside as a continuation; the record it belongs to was
    read on the page before."""
    if table.rows is None or table.reasons is None:
        return table
    at = next((i for i, reason in enumerate(table.reasons) if reason != "header"), None)
    if at is None or table.reasons[at] != "":
        return table
    first = table.rows.iloc[at]
    cells = [str(c).strip() for c in first if c not in (None, "") and not pd.isna(c) and str(c).strip()]
    if len(cells) != 1 or not _PROSE.search(cells[0]) or re.search(r"\d", cells[0]):
        return table
    row = table.rows.index[at]
    reasons = table.reasons.copy()
    reasons[at] = "continuation"
    aside = dict(table.set_aside)
    aside["continuation"] = aside.get("continuation", 0) + 1
    return replace(table, body=table.body.drop(index=row, errors="ignore"), reasons=reasons, set_aside=aside)


def is_instructions(sheet_name: str) -> bool:
    """A 填表说明 sheet lists the columns to explain them; its rows are not records."""
    return any(w in norm_header(sheet_name) for w in INSTRUCTION_WORDS)


# Sheets a bound 台账 opens with: its cover, its contents, its notes. Named so exactly, they hold no records.
FRONT_MATTER = ("封面", "目录", "扉页", "说明")


def is_front_matter(sheet_name: str) -> bool:
    """A sheet named just so (封面, 目录), not one whose name holds the word (调解目录登记).

    >>> is_front_matter("封面"), is_front_matter("目录 "), is_front_matter("调解目录登记")
    (True, True, False)
    """
    return norm_header(sheet_name) in FRONT_MATTER


def _frame(rows: list[list], min_width: int) -> pd.DataFrame:
    """Rows as a frame of raw cells, at least `min_width` columns wide: every column the header
    names exists, even when the body is empty or short (missing columns hold '')."""
    lengths = list(map(len, rows))
    width = max(min_width, max(lengths, default=0))
    if lengths.count(width) == len(lengths):
        # The usual rectangular grid: one object array, no per-row work in the DataFrame constructor.
        # (Cells are scalars: str, numbers, dates; numpy does not look inside them.)
        grid = np.empty((len(rows), width), dtype=object)
        if rows:
            grid[:] = rows
        return pd.DataFrame(grid, columns=pd.RangeIndex(width), dtype=object)  # no inferring str columns
    # Ragged rows: short rows padded with None up to the longest (as pandas did, which it will refuse to do),
    # then columns beyond every row get ''.
    longest = max(lengths)
    padded = [r if n == longest else [*r, *[None] * (longest - n)] for r, n in zip(rows, lengths)]
    body = pd.DataFrame(padded, dtype="object")
    return body.reindex(columns=range(width), fill_value="")


_body = _frame  # the name earlier code and tests know


# --- the sheet's tables -------------------------------------------------------------------------


class _SheetRows:
    """Per-row facts about a whole sheet that finding its tables needs, computed once."""

    def __init__(self, rows: list[list], words: HeaderWords, struck: frozenset[int] = frozenset()):
        self.struck = struck  # 0-based rows struck through (删除线) in the workbook
        self.frame = _frame(rows, 1)
        self.grid = g = Grid(self.frame)
        filled = g.filled()
        self.n = len(rows)
        self.filled = filled
        self.n_filled = filled.sum(axis=1)
        # Whether any cell is a 同上 (a register's distinct texts, one set test): a register without one is not
        # searched for them cell by cell (fill_dittos' isin over its records cost 2 % of reading the bench's files).
        # The raw texts whose header form is a mark (" 同上", 〃 〃), found by one hashed test over the distinct texts
        # (a set's own test mapped over them: two pandas Indexes of a register's texts had cost a millisecond a sheet).
        self.dittos = frozenset(
            g.texts[i] for i in np.flatnonzero(g.per_unique(map(DITTO_MARKS.__contains__, g.normed)))
        )
        # Rows made only of strings may be titles; the others (numbers, dates) hold data.
        stringy = (g.all_str[g.codes] | ~filled).all(axis=1)
        scan = np.zeros(self.n, dtype=bool)
        scan[:HEADER_SCAN_ROWS] = True
        look = np.broadcast_to((stringy | scan)[:, None], filled.shape) & filled
        known, values = g.known(words, look)
        header_ish = g.header_ish(np.broadcast_to(stringy[:, None], filled.shape) & filled)
        self.known = known & filled
        self.n_known = self.known.sum(axis=1)
        self.n_values = (values & filled & ~known).sum(axis=1)
        self.score = self.n_known + VALUE_WEIGHT * self.n_values
        # Every filled cell reads as a title (no number, date or tick among them).
        self.texty = (header_ish | ~filled).all(axis=1) & (self.n_filled > 0)
        # A row led by 合计/小计 is a total wherever it stands (some ledgers put it right under the
        # header): never a title line, never the header of a table of its own.
        lead = g.codes[np.arange(self.n), filled.argmax(axis=1)] if self.n else np.zeros(0, dtype=int)
        leads, at = np.unique(lead, return_inverse=True)  # the rows' first texts, each looked at once
        self.total = totals([g.normed[c] for c in leads])[at.reshape(-1)] & (self.n_filled > 0)
        # A lone line of text (第二十条第（一）项), not a 合计 line.
        self.title_line = self.texty & (self.n_filled == 1) & ~self.total
        fillers = np.fromiter(
            map(str.startswith, [g.normed[c] for c in leads], repeat(FILLER_PREFIXES)), dtype=bool, count=len(leads)
        )
        self.filler = fillers[at.reshape(-1)] & (self.n_filled > 0)
        # A line led by a note's or a signature's word (注：…, 填表人：…): the close of the records above it.
        notes = np.fromiter(
            map(str.startswith, [g.normed[c] for c in leads], repeat(NOTE_PREFIXES)), dtype=bool, count=len(leads)
        )
        self.note = notes[at.reshape(-1)] & (self.n_filled > 0)
        # A line led by who fills the form in (填报单位：某村委会（盖章） | 填报人： | 联系电话：), its labels waiting for
        # their values: a line of the form's own, never the upper row of its header. Read as one, its 联系电话： had
        # titled the 包案责任人 column below it a phone number (a 村委会's sheet: every name a malformed phone).
        self.form_line = g.title_tail_texts()[leads][at.reshape(-1)] & (self.n_filled > 0)
        # Every filled cell a line of the form's own (单位：万元, 填报单位：…, （续表）): no title's second line.
        self.tail = ~(filled & ~g.title_tails()).any(axis=1) & (self.n_filled > 0)
        self.data_row = ~stringy | ((~header_ish) & filled).any(axis=1)
        # Rows that may start a table below another (the rest cannot: numbers, dates, one cell, a total).
        self.candidates = set(np.flatnonzero(self.texty & (self.n_filled >= 2) & ~self.total).tolist())

    def date_parts(self, i: int) -> bool:
        """A row of only 年/月/日 under a date's title: the lower row of a header, known words or not."""
        texts = {self.grid.normed[c] for c in self.grid.codes[i, self.filled[i]]}
        return len(texts) >= 2 and texts <= set(DATE_PARTS)

    def header_like(self, i: int) -> bool:
        """A row that starts a new table below another: titles only, two known among them."""
        if not self.texty[i] or self.n_known[i] < MIN_HEADER_MATCHES:
            return False
        return self.n_known[i] + self.n_values[i] >= 0.3 * self.n_filled[i]

    def titled_block(self, i: int) -> bool:
        """A row of titles over numbers, under a title line or a blank row: a statistics table's
        header, whose titles (本年制发件数) no spec need know."""
        # A section line may come first (一、人民调解 over its rows of counts).
        j = i + 1
        while j < self.n and self.title_line[j]:
            j += 1
        # Its titles may have a row of lower titles under them before the numbers (起（份）数 merged over
        # 本期 / 上年同期 / 增减): a header of two rows, no title in it known to a spec.
        width = self.n_filled[i]
        # A 填报单位 line is never its upper row.
        lower = j + 1 < self.n and self.texty[j] and self.n_filled[j] >= 2 and not self.total[j]
        # Its rows of titles each fill a few of its columns (申请人情况 over 自然人 | 法人或其他组织 | 总计 over 商业企业 …):
        # its numbers sit under all of them together.
        if lower and not self.filler[i] and self.data_row[j + 1]:
            width = max(width, int((self.filled[i] | self.filled[j]).sum()))
            j += 1
        elif lower and not self.filler[i] and self._two_lower_rows(j):
            # The 政府信息公开工作年度报告's 收到和处理申请 table: 申请人情况 › 法人或其他组织 › 商业企业, a header of
            # three rows.
            width = int((self.filled[i] | self.filled[j] | self.filled[j + 1]).sum())
            j += 2
        if not self.texty[i] or self.n_filled[i] < 2 or j >= self.n or not self.data_row[j]:
            return False
        # Its numbers sit under its titles: a row filled far wider than the titles is another table's.
        if self.n_filled[j] > width + 1:
            return False
        return i == 0 or self.n_filled[i - 1] == 0 or self.title_line[i - 1] or self.filler[i - 1]

    def _two_lower_rows(self, j: int) -> bool:
        """Rows j and j + 1 both lower rows of titles (two or more, no total) with numbers right under them."""
        k = j + 1
        return (
            k + 1 < self.n
            and self.texty[k]
            and self.n_filled[k] >= 2
            and not self.total[k]
            and not self.data_row[k]
            and self.data_row[k + 1]
        )

    def starts_table(self, i: int) -> bool:
        """A row below a table that starts another: a header of known titles, or titles over numbers
        right under a title line (第二十条第（一）项) or with a known title among them."""
        # Its known titles must name something: 序号 and 合计 (a stray line among the records) do not.
        if self.header_like(i) and self.n_specific(i) >= MIN_HEADER_MATCHES:
            return True
        # A 数据透视表 pasted under the register (行标签 | 计数项:案件编号 after a blank row or two): its rows of a
        # value and a count had been read as the register's records (编号 化解成功, 排查日期 5).
        if self.pivot(i):
            return True
        return self.titled_block(i) and (self.titled(i) or (i > 0 and self.title_line[i - 1]))

    def titled(self, i: int) -> bool:
        """A known title among the row's other than a total word: a stray line of junk ending 合计 over a register's
        next rows (íī | 合计) names no column of a table of its own, and had cut the register's later records off."""
        return any(not is_total_text(self.grid.normed[c]) for c in self.grid.codes[i, self.known[i]])

    def pivot(self, i: int) -> bool:
        """A row of a pivot table's titles (行标签, 计数项:…) under a blank row."""
        return (
            i > 0
            and self.n_filled[i - 1] == 0
            and any(pivot_title(self.grid.texts[c].strip()) for c in self.grid.codes[i, self.filled[i]])
        )

    def n_specific(self, i: int) -> int:
        """Distinct known titles of a row other than those every form has (序号, 合计, 备注): a header names different
        columns, so a stray line holding one title twice (案件编号 | 案件编号) starts no table of its own."""
        return len({self.grid.normed[c] for c in self.grid.codes[i, self.known[i]]} - GENERIC_TITLES)

    def lone(self, i: int) -> bool:
        return self.n_filled[i] <= 1


def locate_tables(sheet: Sheet, words: HeaderWords | set[str]) -> list[Table]:
    """Every table in a sheet, top to bottom; [] when the sheet holds none (e.g. 填表说明)."""
    if not isinstance(words, HeaderWords):
        words = HeaderWords(frozenset(words))
    rows = sheet.rows
    if not rows or is_instructions(sheet.name):
        return []
    facts = _SheetRows(rows, words, frozenset(sheet.marks.struck_rows))
    first = _first_header(facts)
    if first is None:
        return []
    first = _table_above(facts, first)
    gap = _side_by_side(facts, first, words)
    if (split := (gap, gap + 1) if gap is not None else _header_twice(facts, first, words)) is not None:
        # Two ledgers side by side (or one in two halves, its header twice): each block is read as a sheet of its
        # own (the other masked), in the sheet's own rows and columns, so that cells are still named where they are.
        stop, start = split
        left, right = _masked(sheet, 0, stop), _masked(sheet, start, facts.frame.shape[1])
        lefts = [t if t.block else replace(t, block=(0, stop - 1)) for t in locate_tables(left, words)]
        copy = (0, stop - 1) if _copied_beside(facts, first, stop, start) else None
        rights = [replace(t, copy_of=copy) if t.block else replace(t, block=(start, facts.frame.shape[1] - 1), copy_of=copy)
                  for t in locate_tables(right, words)]  # fmt: skip
        return [replace(t, number=k) for k, t in enumerate([*lefts, *rights], start=1)]
    heading = next((norm_header(c) for r in rows[:first] for c in r if norm_header(c)), "")
    if heading in INSTRUCTION_WORDS:  # a sheet headed just 填表说明 (not a note above a real table)
        return []
    merged = list(sheet.merged)

    def merged_rows(top: int, bottom: int) -> bool:
        # Merged ranges spanning rows within top … bottom: then they alone say where the header ends.
        return any(r0 != r1 and r0 <= bottom and r1 >= top for (r0, _), (r1, _) in merged)

    def parentish(upper: int, lower: int) -> bool:
        # A row of titles (two or more, one of them known) with gaps that the row below fills.
        if merged_rows(upper, lower) or not facts.texty[upper] or facts.n_filled[upper] < 2 or facts.form_line[upper]:
            return False
        if facts.n_known[upper] + facts.n_values[upper] < 1:
            return False
        return bool((facts.filled[lower] & ~facts.filled[upper]).any())

    def continues(r: int) -> bool:
        if merged_rows(max(0, r - MAX_HEADER_ROWS), r) or not facts.texty[r] or facts.total[r] or facts.tail[r]:
            return False
        titled = facts.n_known[r] + facts.n_values[r] >= 1 or facts.date_parts(r)
        return (titled and bool((facts.filled[r] & ~facts.filled[r - 1]).any())) or second_lines(r) or children(r)

    def children(r: int) -> bool:
        # Lower titles filling, each group exactly, the span of a title over blank cells to its right (申请人情况 |
        # (blank) over 自然人 | 法人或其他组织): a merged parent whose merge was undone (取消合并), its lower titles
        # none a spec need know. A record's row fills columns under titles of one column too, or leaves a span part
        # blank.
        lower, upper = facts.filled[r], facts.filled[r - 1]
        titles = np.flatnonzero(upper)
        if lower.sum() < 2 or not len(titles):
            return False
        last = max(int(titles[-1]), int(np.flatnonzero(lower)[-1]))
        for p, q in zip(titles, [*titles[1:] - 1, last]):  # each title's span: it and the blank cells to its right
            under = lower[p : q + 1]
            if under.any() and (q == p or not under.all()):
                return False
        return not lower[: titles[0]].any()

    def second_lines(r: int) -> bool:
        # A title's second line put in a row of its own, right under its first (受理 over 日期, 补贴金额 over
        # （元）): what a PDF converter makes of titles written on two lines, with no merge to join them. Each
        # text sits under a title, and at least half of them complete it into a known title.
        cols = np.flatnonzero(facts.filled[r])
        if not len(cols) or (facts.filled[r] & ~facts.filled[r - 1]).any():
            return False
        if _SECTION_HEADING.match(norm_header(rows[r][cols[0]])):
            return False  # 一、行政许可类 | （共2件）: a section line under the header, its count no unit of a title
        joined = sum(
            1
            for c in cols
            if UNIT_ONLY.match(lower := norm_header(rows[r][c]))
            or without_unit(norm_header(rows[r - 1][c]) + lower) in words.known
            or norm_header(rows[r - 1][c]) + lower in words.known
        )
        return 2 * joined >= len(cols)

    tops = [_extend_up(rows, merged, first, 0, parentish)]
    again: dict[int, list[int]] = {}  # a table → its header's rows printed again on later pages (0-based rows)
    i = tops[0] + _header_height(rows, merged, tops[0], len(rows), continues)
    while i < len(rows):
        if i in facts.candidates and facts.starts_table(i) and not _line_over(rows, tops[-1], i):
            top = _extend_up(rows, merged, i, max(i - MAX_HEADER_ROWS + 1, tops[-1] + 1), parentish)
            height = _header_height(rows, merged, top, len(rows), continues)
            if _printed_again(rows, tops[-1], top, height):
                again.setdefault(len(tops) - 1, []).extend(range(top, top + height))
            else:
                tops.append(top)
            i = top + height
        else:
            i += 1
    # The title lines and blank rows right above a later table belong to it.
    over_first = {line for line in map(_titles_of_row, rows[: tops[0]]) if line}
    above_from = [0]
    for k, top in enumerate(tops[1:], start=1):
        j = top
        # Not the 合计 / 小计 lines closing the table before (依申请公开小计 over 不予公开政府信息登记表 had named two
        # categories in the later table's title, which then named none). A line of the form's own (填报单位：西村调委会 |
        # 单位：件, or led by one: 填报单位：… | 考试时间：2024年11月) is the later table's as its title is: a village's table stacked under another's, each with its
        # title, that line and its header, had the line read as a record of the table above, whose numbering then ran
        # into a text, and the villages' 1 2 3 were taken for copies of one another. Nor a note (注：…, 填表人：…) right
        # under the records above or parted from the later table by a blank line (a town's table closed by its 注：…,
        # then a blank line and the next town's name and title: a county's sheets per town stacked onto one): it closes
        # the table above, and read into the later title it hid the town the title opens with, every town's records
        # then counted as this town's. A line the first table has over its header too (某镇司法所（盖章） | 单位：元,
        # whatever word leads it) is the later table's as well: printed over each sheet's header before they were
        # stacked, read as a record of the table above it lacked that table's case number (渝坪镇 under stacked_sheets).
        while (
            j - 1 > tops[k - 1]
            and top - (j - 1) <= 5
            and (
                facts.lone(j - 1)
                or facts.tail[j - 1]
                or facts.form_line[j - 1]
                or _titles_of_row(rows[j - 1]) in over_first
            )
            and not facts.total[j - 1]
            and not (facts.note[j - 1] and (not facts.lone(j - 2) or facts.n_filled[j] == 0))
        ):
            j -= 1
        above_from.append(j)
    tables = []
    for k, top in enumerate(tops):
        end = above_from[k + 1] if k + 1 < len(tops) else len(rows)
        height = _header_height(rows, merged, top, end, continues)
        tables.append(_table(rows, merged, above_from[k], top, height, end, k + 1, facts, again.get(k, ())))
    hidden = frozenset(sheet.marks.hidden_columns)
    return [replace(t, hidden_columns=hidden) for t in tables] if hidden else tables


# The line a printout puts at the foot or the head of each page (第 1 页 共 3 页, 共3页 第1页, 第1页/共3页, 1/3).
_PAGE_MARK = re.compile(r"^(?:第\d+页(?:[,，/]?共\d+页)?|共\d+页[,，]?第\d+页|\d+/\d+页?|-\d+-)$")


def is_page_mark(text: str) -> bool:
    """A normalised cell that is a printout's page number, no record and no title.

    >>> [is_page_mark(t) for t in ("第1页共3页", "共3页第1页", "第2页/共3页", "1/3", "第一季度", "第1页码")]
    [True, True, True, True, False, False]
    """
    return bool(_PAGE_MARK.match(text))


def _titles_of_row(row: list) -> tuple[str, ...]:
    """A row's normalised cells without the blank ones after its last text: what two rows printed alike share."""
    texts = [norm_header(c) for c in row]
    while texts and not texts[-1]:
        texts.pop()
    return tuple(texts)


def _line_over(rows: list[list], previous: int, i: int) -> bool:
    """Whether row `i` is a line written over the previous table's header (within the three rows above it) printed
    again: judged no header there, it is none here, where a printout repeats it on every page over the header (a
    bilingual register's line of Tibetan titles over the Chinese ones). It had started a table of its own, of no kind,
    on each page.

    >>> rows = [["ཨང་རིམ།", "ཟླ་ཚེས།"], ["序号", "日期"], ["1", "3.5"], ["ཨང་རིམ།", "ཟླ་ཚེས།", None], ["序号", "日期"]]
    >>> _line_over(rows, 1, 3), _line_over(rows, 1, 4)
    (True, False)
    """
    line = _titles_of_row(rows[i])
    return bool(line) and any(_titles_of_row(r) == line for r in rows[max(0, previous - 3) : previous])


def _printed_again(rows: list[list], previous: int, top: int, height: int) -> bool:
    """Whether the header at `top` is the previous table's printed again on the next page of a printout pasted into
    the sheet (打印标题行): the same titles in the same columns, right under the records or under nothing but page
    lines (第 1 页 共 3 页), blank rows and the lines printed over the first page's header again. Its records continue
    the table (a 更正 row on the last page names a 序号 on the first). A header under a title line of its own starts
    another table, as it did. The titles may be retyped in part (序号 | 案件编号 | 案件名称, the rest left blank, as a
    clerk heads a page by hand): each one the earlier's in its column, two at least, is that header again. Read as a
    table of its own, the columns it left blank had been missing (column.missing) and its records not counted."""
    if top - previous < 2 * height:
        return False
    titles = [(k, c, t) for k in range(height) for c, t in enumerate(map(norm_header, rows[top + k])) if t]
    earlier = [[norm_header(c) for c in rows[previous + k]] for k in range(height)]
    if len(titles) < 2 or not all(c < len(earlier[k]) and earlier[k][c] == t for k, c, t in titles):
        return False
    # The lines printed over the header on every page (its title, 填报单位：…) are the first page's again.
    over = {tuple(map(norm_header, r)) for r in rows[max(0, previous - 3) : previous]}
    j = top - 1
    while j > previous + height:
        texts = [t for t in map(norm_header, rows[j]) if t]
        if texts and (len(texts) > 1 or not is_page_mark(texts[0])) and tuple(map(norm_header, rows[j])) not in over:
            break
        j -= 1
    # Under a record once the page lines and blank rows are passed: a row filling half the header's columns at least
    # (two at least). A 填报单位：… | 单位：件 line under a header standing alone at the sheet's top is no record: the
    # header under it is the sheet's own (a village's sheet under a frozen copy of its titles), not one printed again.
    # The header's width is what all its rows title: the lower row of a header of two (当事人 over 甲方 | 乙方, the
    # other titles merged down) titles two columns, and a 报送单位：… | 报送时间：… line over a later month's table had
    # filled as many, taken for a record and every later month for the first's next page.
    width = sum(1 for c in zip_longest(*rows[top : top + height]) if any(map(norm_header, c)))
    # Nor is a line of the form's own that is not the first page's (填报单位：… | 统计时段：2025年7月1日至12月31日 over
    # a second half-year's form stacked under the first's): a printout repeats the first page's lines, a form of its
    # own states its own. Taken for a record, the 下半年 form had been the 上半年's next page, read as one table.
    texts = [t for t in map(norm_header, rows[j]) if t]
    if texts and is_title_tail(texts[0]):
        return False
    return len(texts) >= max(2, (width + 1) // 2)


def _side_by_side(facts: _SheetRows, first: int, words: HeaderWords) -> int | None:
    """The blank column between two ledgers kept side by side in one sheet, or None.

    From the first header down, the column is empty in every row, and on each side a header row names
    two specific titles; the right one starts with its own 序号, or repeats the left one's titles in their order
    (a ledger of its own, or a copy of the left one: not the far half of a wide one with a spacer column)."""
    below = facts.filled[first:]
    if below.shape[1] < 5:
        return None
    used = below.any(axis=0)
    inside = np.flatnonzero(used)
    if not len(inside):
        return None
    g = facts.grid
    for gap in np.flatnonzero(~used[inside[0] : inside[-1] + 1]) + inside[0]:
        # A block the left one again in every cell from the header down: a copy, whichever header row names what and
        # however few of its titles a spec knows (a wide log's 解答法律咨询（人次） are services, no titles): two
        # halves of one wide table never agree in every cell. Read as one table, every count had doubled.
        if _copied_beside(facts, first, int(gap)):
            titles = {g.normed[c] for c in g.codes[first : first + MAX_HEADER_ROWS, :gap].ravel()}
            # A title any spec knows, or two of a vocabulary's values over columns (法律咨询（次）, 审查合同（份）: a
            # month-per-row log whose every title is a service or a month).
            values = sum(1 for t in titles if t and without_unit(t) in words.values)
            if _specific(sorted(titles), words) >= 1 or values >= MIN_HEADER_MATCHES:
                return int(gap)
        right = np.flatnonzero(used[gap + 1 :]) + gap + 1
        for r in range(first, min(first + HEADER_SCAN_ROWS, facts.n)):
            texts = [g.normed[c] for c in g.codes[r, right]]
            # A register copied beside itself (编号 first, not 序号): its header is the left one's, title by title.
            left = g.codes[r, inside[0] : gap]
            if np.array_equal(left, g.codes[r, gap + 1 : gap + 1 + len(left)]) and facts.n_known[r] >= 2:
                if _specific([g.normed[c] for c in left], words) >= MIN_HEADER_MATCHES:
                    return int(gap)
            if texts[0] not in SERIAL_HEADERS:
                continue
            left_titles = [g.normed[c] for c in g.codes[first, :gap]]
            if _specific(texts, words) >= MIN_HEADER_MATCHES and _specific(left_titles, words) >= MIN_HEADER_MATCHES:
                return int(gap)
            break
    return None


def _specific(texts: list[str], words: HeaderWords) -> int:
    """How many texts are known titles that name something (not 序号, 合计, 备注)."""
    return sum(1 for t in texts if t not in GENERIC_TITLES and (t in words.known or without_unit(t) in words.known))


def _copied_beside(facts: _SheetRows, first: int, gap: int, start: int | None = None) -> bool:
    """Whether the block from column `start` (right of the blank column `gap`, by default) is the columns left of
    `gap` again, cell by cell from the header down (a register pasted beside itself to compare or to print two to a
    page), with nothing right of it: the same records twice, which count once. Two registers of their own never agree
    in every cell."""
    start = gap + 1 if start is None else start
    codes = facts.grid.codes[first:]
    left, right = codes[:, :gap], codes[:, start : start + gap]
    return (
        right.shape == left.shape
        and bool(facts.filled[first:, :gap].any())
        and np.array_equal(left, right)
        and not facts.filled[first:, start + gap :].any()
    )


def _header_twice(facts: _SheetRows, first: int, words: HeaderWords) -> tuple[int, int] | None:
    """(stop, start) of a ledger's header written twice in a row with no blank column between (a register split into
    two halves side by side to print on fewer pages, or two offices' registers pasted edge to edge): the left block's
    columns end at `stop`, the right one's begin at `start` (the same column). None where the header is not so.
    Read as one table, the right half's columns had been "the same field again, not used" and its records lost."""
    g = facts.grid
    used = np.flatnonzero(facts.filled[first])
    if len(used) < 2 * MIN_HEADER_MATCHES:
        return None
    begin, end = int(used[0]), int(used[-1]) + 1
    row = g.codes[first]
    for stop in range(begin + MIN_HEADER_MATCHES, (begin + end) // 2 + 1):
        width = stop - begin
        if not np.array_equal(row[begin:stop], row[stop : stop + width]) or not facts.filled[first, stop]:
            continue
        titles = [g.normed[c] for c in row[begin:stop]]
        if len(set(titles)) == len(titles) and _specific(titles, words) >= MIN_HEADER_MATCHES:
            return stop, stop
    return None


def _masked(sheet: Sheet, start: int, stop: int) -> Sheet:
    """The sheet with only columns start … stop-1 kept (the others blank), and the merges inside them."""
    rows = [["" if j < start or j >= stop else c for j, c in enumerate(r)] for r in sheet.rows]
    merged = [m for m in sheet.merged if m[0][1] >= start and m[1][1] < stop]
    return replace(sheet, rows=rows, merged=merged)


def _first_header(facts: _SheetRows) -> int | None:
    """0-based index of the row that best looks like a header among the first rows; without known
    titles, the first row of titles over numbers (a statistics table). Lines of prose above the
    header (a long 填表说明, one text per row) do not count towards the rows looked at."""
    found = _header_in(facts, 0)
    if found is None and not facts.data_row[: min(HEADER_SCAN_ROWS, facts.n)].any():
        wide = np.flatnonzero(facts.n_filled[HEADER_SCAN_ROWS:] >= 2)
        if len(wide):
            found = _header_in(facts, HEADER_SCAN_ROWS + int(wide[0]))
    return found


def _table_above(facts: _SheetRows, first: int) -> int:
    """The header of a whole table standing above the best header found, else that header: a sheet of small
    statistics tables one under another (the 行政执法统计年报's 表一 处罚 … 表四 其他行为, each under its title line)
    whose later table has the better-known titles. Such a table starts a table (titles over numbers under a title
    line, or known titles), and its numbers end before a blank row or title line above the best header."""
    top = first
    while top > 0 and facts.lone(top - 1) and first - top < 5:
        top -= 1  # the title lines and blank rows right above the best header
    if top == first or top < 2:
        return first
    for i in range(top - 1):
        if i in facts.candidates and facts.starts_table(i) and facts.data_row[i + 1 : top].any():
            return i
    return first


def _header_in(facts: _SheetRows, start: int) -> int | None:
    scan = slice(start, min(start + HEADER_SCAN_ROWS, facts.n))
    score = np.where(facts.n_known[scan] >= 1, facts.score[scan], 0)
    if len(score) and score.max() >= MIN_HEADER_MATCHES:
        # The first row nearly as good as the best: a sheet of several tables starts at the first.
        good = max(MIN_HEADER_MATCHES, FIRST_HEADER_SHARE * score.max())
        return start + int(np.argmax(score >= good))
    return next((i for i in range(scan.start, scan.stop) if facts.titled_block(i) and facts.n_filled[i] >= 2), None)


def find_header(rows: list[list], known: set[str]) -> int | None:
    """0-based index of the row that best looks like a header among the first rows."""
    return _first_header(_SheetRows(rows, HeaderWords(frozenset(known)))) if rows else None


def _cut_rows(frame: pd.DataFrame, start: int, end: int, width: int) -> pd.DataFrame:
    """A table's body rows cut from its sheet's frame, at least `width` columns wide, indexed by Excel row."""
    body = frame.iloc[start:end]
    if body.shape[1] < width:  # a header wider than every row below it
        body = body.reindex(columns=range(width), fill_value="")
    return body.set_axis(pd.RangeIndex(start + 1, start + 1 + len(body)), axis=0)  # 1-based Excel rows


def _restored_table(state: dict, cut: tuple | None) -> Table:
    """A pickled Table (Table.__reduce_ex__): its frames cut again from its sheet's rows when they were left out."""
    table = object.__new__(Table)
    table.__dict__.update(state)
    if cut is not None:
        cells, start, end, width, records, longest = cut
        # Only the table's own rows are framed, padded as its sheet's frame pads them (None up to the sheet's longest
        # row): framing the whole sheet for each table made a sheet of 20,000 header rows take 12 GB, each of its
        # tables keeping a frame of the whole sheet alive.
        own = [r if len(r) >= longest else [*r, *[None] * (longest - len(r))] for r in cells[start:end]]
        table.rows = _cut_rows(_frame(own, longest), 0, len(own), width).set_axis(
            pd.RangeIndex(start + 1, start + 1 + len(own)), axis=0
        )
        if records is not None:
            table.body = table.rows.iloc[records]
    return table


def _table(
    rows, merged, above: int, top: int, height: int, end: int, number: int, facts: _SheetRows, again=()
) -> Table:
    columns = build_columns(rows, merged, top, height)
    start = top + height
    width = max((c.index for c in columns), default=0) + 1
    body = _cut_rows(facts.frame, start, end, width)
    grid = facts.grid
    header_texts = {c for col in columns for c in col.own}
    serial_cols = [c.index for c in columns if SERIAL_HEADERS.intersection(c.own[:1])]
    remark_cols = [c.index for c in columns if corrections().remark_titles.intersection(c.own[:1])]
    reasons = classify_rows(body, serial_cols, header_texts, grid.rows(start, end), remark_cols).to_numpy(copy=True)
    if facts.struck:  # a row struck through is a row the clerk deleted, kept to be seen
        reasons[np.isin(np.arange(start, end), list(facts.struck)) & (reasons == "")] = "struck"
    # A line over the header printed again among the records (a printout's title or 填报单位 line on every page): no
    # record, as the header printed again is none.
    reasons[np.isin(np.arange(start, end), list(again)) & (reasons == "")] = "header_repeat"
    codes, filled = grid.codes, grid.filled()
    for line in range(above, top):
        if filled[line].any():
            same_line = (codes[start:end] == codes[line]).all(axis=1)
            reasons[same_line & (reasons == "")] = "header_repeat"
    replaced, unmatched = superseded(grid.rows(start, end), serial_cols, reasons == "")
    reasons[replaced] = "superseded"
    cells = body.to_numpy(dtype=object)
    wrapped = wrapped_lines(cells, reasons)
    reasons[[p for p, _ in wrapped]] = "continuation"
    unjoined = tuple((start + 1 + p, j) for p, j in unjoined_lines(cells, reasons, {p for p, _ in wrapped}))
    set_aside = {r: 0 for r in SET_ASIDE_REASONS}
    over = rows[above:top]
    set_aside["title"] = sum(1 for r in over if any(norm_header(c) for c in r))
    set_aside["blank"] = len(over) - set_aside["title"]
    set_aside["header"] = height
    is_record = reasons == ""
    for reason, n in Counter(reasons[~is_record]).items():
        set_aside[reason] += n
    # The form's own lines under its header (单位：万元) are its title's as the lines over it are.
    under = [rows[start + i] for i in np.flatnonzero(reasons == "title")]
    title_text = " ".join(str(c) for r in [*over, *under] for c in r if c not in ("", None))
    at = np.flatnonzero(is_record)
    as_cut = body.iloc[at]
    records = fill_merged_down(as_cut, merged, rows, start)
    dittos, unfilled = (), []
    if facts.dittos:
        typed = records.isin(facts.dittos).to_numpy()
        rows_at, cols_at = np.nonzero(typed)
        names = records.columns.tolist()  # plain ints, as a sheet's columns are numbered
        marked = [(int(records.index[r]), names[c], records.iat[r, c]) for r, c in zip(rows_at, cols_at)]
        records, _, unfilled = fill_dittos(records, facts.dittos)
        left = {(r, c) for r, c, _ in unfilled}
        dittos = tuple(cell for cell in marked if cell[:2] not in left)
    if wrapped:  # each wrapped line's text back at the end of its record's cell
        records = records.copy()
        for p, owner in wrapped:
            j, row = _lone_column(cells[p]), body.index[owner]
            column = body.columns[j]
            if row in records.index:
                records.at[row, column] = f"{wrapped_text(records.at[row, column])}{wrapped_text(cells[p][j])}"
    split = [c for c in columns if c.parts]
    carried = 0
    if split and len(records):
        records = records.copy()
        for c in split:
            carried += carry_date_parts(records, c.parts)
            parts = [records[j] for j in c.parts]
            blank_year = [pd.Series("", index=records.index)] * (3 - len(parts))  # 月/日: the table's year
            records[c.index] = join_date(*blank_year, *parts)
    records, dated = dated_by_year_column(records, columns)
    table = Table(
        top, height, columns, records, set_aside, title_text, body, reasons, merged, number, dittos=dittos,
        ditto_unfilled=tuple(unfilled), carried_parts=carried, dated_by_year=dated, unmatched_corrections=tuple((start + 1 + i, n) for i, n in unmatched),
        unjoined=unjoined,
    )  # fmt: skip
    # Where its frames come from, for pickling (Table.__reduce_ex__): the sheet's rows, the cut, the records' places
    # when the records are the rows as they stand (nothing filled down or completed), and the frames as made.
    table._cut = (rows, start, end, width, at if records is as_cut else None, body, records, facts.frame.shape[1])
    return table


def locate(sheet: Sheet, known) -> Table | None:
    """The first table in a sheet, or None when the sheet holds no table (e.g. 填表说明)."""
    tables = locate_tables(sheet, known)
    return tables[0] if tables else None
