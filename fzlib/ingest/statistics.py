"""Statistics tables (汇总表, 统计表, 月报, 年报附表): telling them from records, reading the figures they state by the labels the specs declare, and comparing them with the records.

A statistics table holds counts, not records: numbers under titles, labels on the left, often a
合计 row and formulas. It is never read as records. A figure it states is found by its labels
(`statistics:` in the kind's spec, or, for a figure counting one category, that category's value
and variants): a row and a column label, or one label with the table's total on the other side
(the 合计 row; the 合计, else 小计 column). Tables of one file stating the same figure (one per
month) are added up; cumulative columns (累计) are read only when nothing else is there, from the
last table.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

import numpy as np
import pandas as pd

from fzlib.fmt import plain
from fzlib.ingest.cleaners.cells import ERROR_VALUES, PLACEHOLDER_RE, ocr_digits
from fzlib.ingest.locate import MONEY_SCALES, PERIODS, STATED_UNIT, Table, norm_header, unit_of, without_unit
from fzlib.ingest.marks import NOT_A_NUMBER, UNCACHED_FORMULA
from fzlib.ingest.read import column_letter
from fzlib.ingest.towns import town_suffixes, unit_office, village_of_file, village_of_sheet, without_office
from fzlib.spec import LedgerSpec, corrections

# Rows and columns that total the others, in order of preference.
TOTALS = ("合计", "总计", "总数", "全年合计", "本年合计")
SUBTOTALS = ("小计",)
YEARLY = ("全年", "本年", "年度", "全年累计")
CUMULATIVE = ("累计", "年度累计", "本年累计", "累计数")
# A column of shares or rates (成功率, 出庭率, 占比): never a count, whatever its parent title.
RATE_WORDS = ("率", "占比", "比重", "比例", "百分比")
# A column title that only says "how many", under the title of what is counted.
COUNT_WORDS = ("件数", "数量", "人数", "件次", "次数", "数")
# Titles that only count the row's own label in the measure of a form's rows (起数, 份数, 案件数).
_BARE_COUNTS = ("起数", "份数", "案件数", "案数", "宗数", "起", "件", "份")
# Columns numbering the rows, not counting: a form's 代码 (01, 02, 05 — fixed per indicator, not a run).
CODE_TITLES = frozenset(("代码", "指标代码", "编码", "行次", "栏次", "序号"))
# A column of the same period a year before (上年同期, 去年同期): never this year's count.
PRIOR_WORDS = ("上年同期", "去年同期", "上年", "去年", "同期")
# A column titled by its year (2023年 | 2024年 | 同比增减, 2023年度): the report's year is this year's count, any
# other year's a comparison (never added, never taken for the year).
_YEAR_TITLE = re.compile(r"^((?:19|20)\d{2})年")
# A column titled by its months (二季度: 4-6月 | 1-6月): beside another ending in the same month, the range from
# January is the year so far (累计), the other the period's own; where both are the same range (一季度: 1-3月 | 1-3月)
# the first is the period's own.
_MONTH_RANGE = re.compile(r"^(\d{1,2})[-—~～至到](\d{1,2})月份?$")
# A column of the year reckoned otherwise (考核年度累计: 上年12月1日至本年11月30日, begun again each December): no
# month's value of it is the calendar year's count, nor the month's own.
OTHER_RECKONING_WORDS = ("考核年度", "考核期", "考核周期", "考核时段")
# A column of how this period differs from that one (增减 +3 / -2 / 持平, 同比, 增减幅度): never a count.
CHANGE_WORDS = ("增减", "同比", "环比", "比上年", "较上年", "增幅", "增长", "升降")
# The leaf a form puts the period's own count under when 上年同期 and 增减 stand beside it under one title
# (起数 › 本期 / 上年同期 / 增减): the count of that title.
THIS_PERIOD = ("本期", "本期数", "本年", "本年数", "当期", "本年度")
# The 栏次 row a statistics form prints under its header: 甲 乙 丙 over the label columns, 1 2 3 over
# the counts. It numbers the columns; it is no row of counts.
COLUMN_NUMBER_LABELS = frozenset("甲乙丙丁戊")
# Words in a row label that make it a stock at the period's end (正在化解（季末）, 期末在册人数): the
# periods' tables state it again each time, so the latest one holds the year's, never their sum.
STOCK_WORDS = ("季末", "月末", "期末", "年末", "截至", "截止")
# A row label totalling the whole place under the rows of its parts (全乡合计, 全镇总计 under the villages' rows, each
# service a row of its own): the table's 合计, never one more village. Read as a village it had added the town's
# total to its villages' (the counsel's monthly return counted twice).
_WHOLE_TOTAL = re.compile(r"^(?:全|本)(?:乡|镇|乡镇|街道|镇街|县|区|市|村|社区)(?:合计|总计)$")
# Words in a row label that mark the block of totals (总况 over 排查数 / 调处数 …).
TOTAL_BLOCK = ("总况", "合计", "总计", "全部", "汇总")
_PERIOD = re.compile(rf"^(?:{PERIODS})$")
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])")
# 其中：口头协议 under 调解成功: the label is what is counted (a part, stated on its own row). The colon after
# 其中 is often left out (其中口头协议（件）); after 含 it is required, 含 opening ordinary words too.
_SUBSET = re.compile(r"^(?:其中[:：]?|含[:：])")
# The units of money a form's label or title may give its amount in.
MONEY_UNITS = frozenset((*MONEY_SCALES, "元"))
# The spaces a form indents a row's label with (　　　　　罚款 under 　　其中：警告): its outline level.
_INDENT = " \u3000\xa0\t"
_NUMBER = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?$")
_COUNT = re.compile(r"^[-+]?\d[\d,]{0,9}(?:\.\d+)?\s*(?:[%％]|[人件次元个条起份场户项宗]|人次)?$")
_DATE_LIKE = re.compile(r"^\d{4}\s*[./\-年]\s*\d{1,2}\s*[./\-月]\s*\d{1,2}")
_ERRORS = frozenset(ERROR_VALUES) | {UNCACHED_FORMULA, *NOT_A_NUMBER.values()}
# What an office writes in a form's cell for a power it does not hold (广东 行政执法年度数据公开样式: 无相关行政执法
# 职责的…注明): "/" and the other placeholders, or the words. A count of none, no label.
_NO_SUCH_POWER = re.compile(r"(?:本单位)?(?:无|没有)(?:此|该|相关|本)?项?(?:行政)?(?:执法)?职责|不涉及|无此项|无此类")


def no_count(x) -> bool:
    """Whether a form's cell says there is nothing to count: a placeholder, or no such power.

    >>> [no_count(x) for x in ["/", "—", "无此职责", "本单位无相关职责", "不涉及", "3", "未报", None]]
    [True, True, True, True, True, False, False, False]
    """
    t = str(x).strip() if isinstance(x, str) else ""
    return bool(t) and bool(PLACEHOLDER_RE.fullmatch(t) or _NO_SUCH_POWER.fullmatch(t))


@dataclass
class Statement:
    """A figure a statistics table states."""

    figure: str
    kind: str
    value: float | None
    file: str
    sheet: str
    cell: str
    problem: str = ""  # why there is no value: the error in the cell (#REF!)
    tables: int = 1  # tables added up (monthly forms)
    cumulative: bool = False  # read from a 累计 column (the year so far), not the period's own
    stock: bool = False  # a row of what stands at the period's end (季末): not added over periods
    period: str = ""  # the words naming the table's period (see period_words); the sheet's name if none
    part: str = ""  # the villages the table is of, none of whose records the kind holds (see `part_of`)
    villages: tuple[str, ...] = ()  # the villages whose own forms a combined statement adds (see `combine`)
    # The 累计 (year so far) the form states beside the period's own count read (本季 | 累计): the year's where the
    # periods handed over do not cover it but the latest one's 累计 does (only the fourth quarter's form).
    so_far: float | None = None
    # Stated under titles the summed field prefers (审核金额, 核定金额 of a 以案定补 申报汇总表: what the 司法所 approved),
    # and chosen over records whose column of the field holds only what its spec does not prefer (申报金额: claimed).
    preferred: bool = False
    overrules: bool = False
    rests_on: str = ""  # what the value is, where not quite the figure (spec `rests_on`: 申报金额, claimed)
    # A total over rows each naming a part (橘林村人民调解委员会 | 9, 柑园镇人民调解委员会 | 7): (row label, count) per row,
    # to tell which parts' records are missing where the records count less (see `_named_parts`, `part_name`).
    parts: tuple[tuple[str, float], ...] = ()
    # The parts a table counts that no record is of, where the records count less than it states: the records are
    # no whole (a committee's register not handed over), the figure unknown.
    missing_parts: str = ""
    # The table's number in its report (表一, 附表2, or its 表号 line's 梓司调统1表), where the sheet's name or the lines
    # above its header give one: the tables of one report state a figure once each (see `_numbered_tables`).
    report_table: str = ""

    def as_dict(self) -> dict:
        out = asdict(self)
        del out["cumulative"], out["stock"], out["period"], out["villages"], out["so_far"], out["preferred"]
        del out["parts"]
        if not out["missing_parts"]:
            del out["missing_parts"]
        if not out["overrules"]:
            del out["overrules"]
        if not out["rests_on"]:
            del out["rests_on"]
        if out["value"] is not None and float(out["value"]).is_integer():
            out["value"] = int(out["value"])
        return out

    @property
    def place(self) -> str:
        return f"{self.file}「{self.sheet}」" + (f"单元格 {self.cell}" if self.cell else "")


# Words a form adds after what it counts: 行政处罚实施数量, 调解成功件数, 行政许可案件数, 行政检查次数 (the annual
# 行政执法统计年报's 其他行政执法行为 table counts each act in 次数).
_COUNT_SUFFIX = re.compile(r"(?:实施数量|实施情况|实施件数|案件数|件数|数量|情况|次数)$")


def label(text: str) -> str:
    """A row or column title as labels are compared: no ordinal, unit, spaces or colon typed after it
    (实考人数：, as a header retyped by hand; the records' headers are read so too).

    >>> label("一、本年新收政府信息公开申请数量"), label("调解成功（件）"), label("（二）部分公开"), label("实考人数：")
    ('本年新收政府信息公开申请数量', '调解成功', '部分公开', '实考人数')
    """
    t = norm_header(text).rstrip(":")
    t = _ORDINAL.sub("", t)
    return without_unit(_SUBSET.sub("", t))


# A flat column title that opens with the period it counts (本期案件数, 本期治安拘留（人） beside 去年同期 and 同比,
# no 本期 row under a merged title): the title without it is what it counts, as if 本期 stood under it.
_THIS_PERIOD_PREFIX = re.compile(r"^(?:本期|当期)(?=.)")


# A row label naming the exam before what it counts (领导干部法宣在线考试应参考人数 | 人 | 46): what it counts.
_EXAM_PREFIX = re.compile(r"^.+?考试(?=.)")


def _forms(text: str) -> tuple[str, ...]:
    """A title's label, the label without a counting word after it (行政处罚实施数量 → 行政处罚), and either
    without a leading 本期 (本期治安拘留 → 治安拘留); a label naming the exam first, without it (法宣在线考试应参考人数
    → 应参考人数).

    >>> _forms("领导干部法宣在线考试实参考人数")[-1]
    '实参考人数'
    """
    t = label(text)
    out = [t]
    if (bare := _EXAM_PREFIX.sub("", t)) != t:
        out.append(bare)
    for x in (t, _THIS_PERIOD_PREFIX.sub("", t)):
        short = _COUNT_SUFFIX.sub("", x)
        out += [f for f in (x, short) if f and f not in out]
    return tuple(out)


def _bare_count(leaf: str) -> bool:
    """A column title that only says "how many" of the row's own label (本期案件数, 起数, 本期数), not how many of
    something else (本期治安拘留: the persons detained in the row's cases)."""
    t = _THIS_PERIOD_PREFIX.sub("", leaf)
    # 实施数量 beside 法制审核数量 and 全过程记录数量 (a 三项制度 table): nothing but the counting words, the row's own.
    return t in COUNT_WORDS or t in THIS_PERIOD or t in _BARE_COUNTS or (bool(t) and not _COUNT_SUFFIX.sub("", t))


def _kind_of_cell(x) -> str:
    """'number', 'error', 'blank', 'date' or 'text' for one cell of a statistics table."""
    if x is None or (isinstance(x, float) and x != x):
        return "blank"
    if isinstance(x, bool):
        return "text"
    if isinstance(x, (int, float, np.integer, np.floating)):
        return "number"
    if hasattr(x, "year"):
        return "date"
    t = str(x).strip()
    # A placeholder (/, —, 无) says no count applies (行政复议 | 负责人出庭应诉: /): nothing, as a blank cell; it had
    # made a count column a column of labels, and its figure unread.
    if not t or PLACEHOLDER_RE.fullmatch(t):
        return "blank"
    if t in _ERRORS or t.upper() in _ERRORS:
        return "error"
    if _COUNT.match(t) or _COUNT.match(ocr_digits(t)):  # 1O, l2: a count the OCR of a scan misread
        return "number"
    if _DATE_LIKE.match(t):
        return "date"
    return "text"


@dataclass
class _Shape:
    kinds: np.ndarray  # per cell of the body: number / error / blank / date / text
    values: list[int]  # columns of numbers
    labels: list[int]  # columns of labels
    serial: set[int]


# A statistics table is short: a table of more rows is records, whatever its cells.
MAX_ROWS = 400
# The rows of a table read as a form's body: records' rows, its totals, a template's and a repeated header's.
BODY_REASONS = ["", "total", "template", "header_repeat"]


def _kinds(cells: np.ndarray) -> np.ndarray:
    """_kind_of_cell of every cell, once per distinct (type, text)."""
    flat = cells.ravel()
    keys = [(type(x), x if isinstance(x, str) else repr(x)) for x in flat]
    codes, uniques = pd.factorize(pd.Series(keys, dtype=object))
    first = np.zeros(len(uniques), dtype=np.int64)
    first[codes[::-1]] = np.arange(len(codes))[::-1]
    per = np.array([_kind_of_cell(flat[i]) for i in first], dtype=object)
    return per[codes].reshape(cells.shape)


def _shape(table: Table) -> _Shape | None:
    rows = table.rows
    if rows is None or not len(rows) or len(rows) > MAX_ROWS:
        return None
    keep = np.isin(table.reasons, BODY_REASONS)
    body = rows[keep]
    if not len(body):
        return None
    cells = body.to_numpy(dtype=object)
    kinds = _kinds(cells)
    # "/", 无 or 无此职责 in a form's count column: the office has no such power (no_count), a count of none and no
    # label. Taken for words, they had left a category's column, stated by two offices of four, no column of
    # counts: its figure 无法统计 beside the 合计 that states it.
    placeholder = np.zeros(kinds.shape, dtype=bool)
    for r, j in zip(*np.nonzero(kinds == "text")):
        placeholder[r, j] = no_count(cells[r, j])
    values, labels, serial = [], [], set()
    codes = {c.index for c in table.columns if c.path and label(c.path[-1]) in CODE_TITLES}
    # A 合计 row is never numbered: a column whose numbers reach it counts (a quarter's 出具法律意见书 1 | 2 under two
    # villages left blank, 合计 3, had read as a serial 1, 2, 3 and its figure as unstated: 那岜乡).
    totals = np.asarray(table.reasons)[keep] == "total"
    for j in range(kinds.shape[1]):
        col = kinds[:, j]
        filled = (col != "blank") & ~placeholder[:, j]
        if not filled.any():
            continue
        if j in codes:
            serial.add(j)
            continue
        numeric = np.isin(col[filled], ["number", "error"]).mean()
        if numeric >= 0.8:
            nums = [_as_number(x) for x in body.iloc[:, j]]
            seq = [v for v in nums if v is not None]
            on_total = bool((totals & filled).any())
            if len(seq) >= 3 and seq == list(range(1, len(seq) + 1)) and not on_total:
                serial.add(j)  # 1, 2, 3 …: a serial number, not a count
            else:
                values.append(j)
        elif (col[filled] == "text").mean() >= 0.6:
            labels.append(j)
    return _Shape(kinds, values, labels, serial)


# A sheet or table named as a summary (汇总, 统计表, 月报): a table of counts under such a name is one,
# whatever it counts.
SUMMARY_NAMES = ("汇总", "统计", "总表", "报表", "月报", "季报", "年报")


def named_as_summary(*names: str) -> bool:
    """Whether a sheet's name or a table's title calls it a summary.

    >>> named_as_summary("汇总", ""), named_as_summary("Sheet1", "2024年各村矛盾纠纷统计表"), named_as_summary("晨光村", "")
    (True, True, False)
    """
    return any(word in (name or "") for name in names for word in SUMMARY_NAMES)


def is_statistics(table: Table) -> bool:
    """A table of counts: no column of dates, and most filled cells (beside labels and serial numbers)
    are numbers or error values under titles."""
    shape = _shape(table)
    if shape is None or not shape.values:
        return False
    kinds = shape.kinds
    # A 合计 line with no count on it (left from a template, typed under a form) states nothing: its word is no
    # more a label than a blank line is, and had tipped a form of one column of counts under its labels.
    body_reasons = table.reasons[np.isin(table.reasons, BODY_REASONS)]
    kinds = kinds[~((body_reasons == "total") & ~np.isin(kinds, ["number", "error"]).any(axis=1))]
    remarks = _remark_columns(table, kinds)
    for j in range(kinds.shape[1]):
        col = kinds[:, j]
        filled = col != "blank"
        if j not in remarks and filled.sum() and (col[filled] == "date").mean() >= 0.5:
            return False
    # The 栏次 row (甲 乙 | 1 2 3) is printed by statistical forms only: a form whatever words fill a row of it
    # (补贴标准 口头50，书面100/200/300 in an 指标名称 | 代码 | 数量 form had left it no table at all).
    if _column_numbers(table.rows[np.isin(table.reasons, BODY_REASONS)]):
        return True
    units = _unit_columns(table, shape)
    counted = [j for j in range(kinds.shape[1]) if j not in shape.serial and j not in units]
    sub = kinds[:, counted]
    filled = sub != "blank"
    return bool(filled.sum()) and np.isin(sub[filled], ["number", "error"]).mean() >= 0.5


def _column_numbers(body: pd.DataFrame) -> bool:
    """Whether one of a table's first body rows numbers its columns as a statistical form's 栏次 row does: 甲 over
    the first label column, 乙, 丙 … over the others (a remark's column after the counts too), 1, 2, 3 … in order over
    the counts, nothing else in it.

    >>> _column_numbers(pd.DataFrame([["甲", "乙", "1", 2, "丙"], ["调解成功", "01", 51, None, None]]))
    True
    >>> _column_numbers(pd.DataFrame([["甲村", "1", 2], ["乙村", 3, 4]])), _column_numbers(pd.DataFrame([["甲", "乙"]]))
    (False, False)
    """
    for row in body.head(3).itertuples(index=False):
        cells = [str(x).strip() for x in row if x is not None and x == x and str(x).strip()]
        numbers = [_as_number(t) for t in cells if t not in COLUMN_NUMBER_LABELS]
        if cells[:1] == ["甲"] and numbers and numbers == [float(k) for k in range(1, len(numbers) + 1)]:
            return True
    return False


def _remark_columns(table: Table, kinds: np.ndarray) -> set[int]:
    """The columns titled as remarks (备注, 说明): what a remark says of a row (2024年1-6月（已撤并）: a township merged
    in the year) is no date of a record, so a form of counts with dated remarks is still one."""
    titles = corrections().remark_titles
    return {c.index for c in table.columns if c.path and c.path[-1] in titles and c.index < kinds.shape[1]}


# What a form's 单位 column says beside each row's label: a unit, no label of its own (a rate's row
# says % there: 指标 | 单位 | 数值 forms put counts and rates in one column). 批次 / 批: a 信访 return counts
# visits in batches (群众来访 批次 beside 人次); unknown, the unit column weighed as labels and a monthly return of
# one 本月 column was no table of counts (an unknown ledger that stopped the report). 期 / 篇 / 张 / 场次: a
# 宣传 return's issues, articles, posters and sessions.
_UNIT_WORDS = "件 次 人 人次 件次 名 元 万元 个 条 起 份 场 场次 户 项 宗 家 天 批 批次 期 篇 张 % ％"
UNITS = frozenset(_UNIT_WORDS.split())


def _unit_columns(table: Table, shape: _Shape) -> set[int]:
    """Label columns that only qualify the row's own label: units (项目 | 单位 件/次 | 本月),
    sections merged down beside the items (人民调解 | 调解成功), and remarks right of every count
    (领域 | 件数 | 备注 不含行政检查), filled on fewer than half the rows. They say what the numbers
    count, so they weigh neither for nor against a table of counts."""
    keep = np.isin(table.reasons, BODY_REASONS)
    body = table.rows[keep]
    out = set()
    last_value = max(shape.values, default=-1)
    for j in shape.labels:
        texts = [str(x).strip() for x in body.iloc[:, j] if x not in (None, "") and str(x).strip()]
        sparse = len(texts) < len(body) / 2 and (j != shape.labels[-1] or j > last_value)
        if texts and (set(texts) <= UNITS or sparse):
            out.add(j)
    return out


def _as_number(x) -> float | None:
    k = _kind_of_cell(x)
    if k == "blank":
        return None
    if k != "number":
        return None
    if isinstance(x, (int, float, np.integer, np.floating)):
        return float(x)
    t = re.sub(r"[%％人件次元个条起份场户项宗]|人次", "", ocr_digits(str(x))).replace(",", "").strip()
    try:
        return float(t)
    except ValueError:
        return None


class _Form:
    """A statistics table as labelled cells: each value cell has a row path and a column path."""

    def __init__(self, table: Table, shape: _Shape, year: int | None = None):
        self.table = table
        self.year = year
        keep = np.isin(table.reasons, BODY_REASONS)
        self.body = table.rows[keep]
        self.columns = {c.index: c for c in table.columns}
        self.values = shape.values
        label_cols = [j for j in range(self.body.shape[1]) if j not in shape.values and j not in shape.serial]
        merged = table.merged
        paths, stocks, parts, indents, units = [], [], [], [], []
        for r, excel_row in enumerate(self.body.index):
            path, raw, named = [], "", set()
            # 合计 typed into the 序号 column (the 调委会 cell beside it left blank) names the row all the same:
            # read as a row of its own it would add the table's total to its parts.
            for j in shape.serial:
                t = label(str(self.body.iat[r, j])) if isinstance(self.body.iat[r, j], str) else ""
                if t.startswith((*TOTALS, *SUBTOTALS)):
                    path.append(t)
            for j in label_cols:
                text = self.body.iat[r, j]
                if text in ("", None) or (isinstance(text, float) and text != text):
                    text = _merged_text(merged, excel_row - 1, j, table)
                t = label(str(text)) if text not in ("", None) else ""
                t = TOTALS[0] if _WHOLE_TOTAL.match(t) else t
                raw += str(text) if text not in ("", None) else ""
                if text not in ("", None):
                    named |= {unit_of(str(text)), norm_header(text)} & MONEY_UNITS
                if t and t not in path:
                    path.append(t)
            paths.append(tuple(path))
            stocks.append(any(w in raw for w in STOCK_WORDS))
            parts.append(bool(_SUBSET.match(norm_header(raw))))
            indents.append(len(raw) - len(raw.lstrip(_INDENT)) if raw.strip(_INDENT) else None)
            units.append(named)
        self.row_paths = paths
        parts = _listed_on(parts, indents)
        self.row_units = units  # the units of money a row's labels name (核定补贴金额（千元）, a 单位 column's 万元)
        self.stock_rows = stocks  # the label itself drops its bracket (正在化解（季末） → 正在化解)
        self.part_rows = parts  # 其中：… rows: a part of the row above, whose label drops the 其中
        self.col_paths = _month_ranges(
            _effective(
                {j: tuple(label(p) for p in self.columns[j].path) if j in self.columns else () for j in self.values}
            )
        )
        self._row_forms = [{f for p in path for f in _forms(p)} for path in paths]
        # A total word names a column's own total only at its top (行政处罚 › 合计 is the penalties' total).
        # A bare counting word under a title (负责人出庭应诉 › 件数, beside › 出庭率) is read with it.
        self._col_forms = {
            j: {f for d, p in enumerate(path) for f in _forms(p) if d == 0 or f not in TOTALS}
            | (set(_forms(path[-2] + path[-1])) if len(path) >= 2 and path[-1] in COUNT_WORDS else set())
            for j, path in self.col_paths.items()
        }

    def list_opened(self, above: int, below: int) -> bool:
        """Whether a row between two rows of the form, of its body or not, opens a 其中 list (其中： alone on its row,
        no count of its own)."""
        low, high = self.body.index[above], self.body.index[below]
        between = self.table.rows.loc[(self.table.rows.index > low) & (self.table.rows.index < high)]
        return any(
            _SUBSET.match(norm_header("".join(str(c) for c in row if isinstance(c, str)).strip(_INDENT)))
            for row in between.itertuples(index=False)
        )

    def rows_matching(self, labels: set[str]) -> list[int]:
        return [r for r, forms in enumerate(self._row_forms) if labels & forms]

    def _prior(self, j: int) -> bool:
        """A column of the year before (上年同期起数), or titled by a year not the report's (2023年 beside 2024年): the
        form states it for comparison only."""
        return any(p.startswith(PRIOR_WORDS) or self._other_year(p) for p in self.col_paths[j])

    def _other_year(self, title: str) -> bool:
        named = _YEAR_TITLE.match(title)
        return self.year is not None and named is not None and int(named.group(1)) != self.year

    def _other_reckoning(self, j: int) -> bool:
        """A column counted over the 考核年度 (考核年度累计): not this year's count, whatever month it is read in."""
        return any(p.startswith(OTHER_RECKONING_WORDS) for p in self.col_paths[j])

    def _change(self, j: int) -> bool:
        """A column of the change against the year before (增减, 同比): the form states it for comparison only."""
        return any(p.startswith(CHANGE_WORDS) for p in self.col_paths[j])

    def _subset(self, j: int) -> bool:
        """A column that is part of another (其中：行政拘留（人） beside 起数, also with 本期 under it): never
        the row's total."""
        col = self.columns.get(j)
        return col is not None and any(_SUBSET.match(p) for p in col.path)

    def cols_matching(self, labels: set[str]) -> list[int]:
        """Columns with a label, but never a rate under it (调解成功 › 件数 / 成功率 "95.0%"): a figure
        stated by a form is a count, and a rate added to it would publish a wrong number. Nor a column
        of the year before."""
        return [
            j
            for j, forms in self._col_forms.items()
            if labels & forms
            and not (self.col_paths[j] and self.col_paths[j][-1].endswith(RATE_WORDS))
            and not self._prior(j)
            and not self._change(j)
            and not self._other_reckoning(j)
        ]

    def total_rows(self) -> list[int]:
        return [r for r, p in enumerate(self.row_paths) if p and any(p[0].startswith(w) for w in TOTALS)]

    def data_rows(self) -> list[int]:
        """The rows a column's figure is the sum of where no row totals it. A 其中：… row is a part of the row
        above (其中：赋权事项 under the 综合行政执法队 of a form by 执法主体), already in it: added, it had counted
        its cases twice. Only where some row is not such a part (a table of parts alone has nothing above)."""
        rows = [
            r
            for r, p in enumerate(self.row_paths)
            if not (p and any(p[0].startswith(w) for w in (*TOTALS, *SUBTOTALS)))
            and not (p and set(p) <= COLUMN_NUMBER_LABELS)
        ]
        whole = [r for r in rows if not self.part_rows[r]]
        return whole or rows

    def total_col(self, among: list[int] | None = None) -> tuple[int | None, bool]:
        """The column that totals a row: 合计, else 小计, else the only column, else a yearly one,
        else a cumulative one (flagged True). A column of the year before, or a part of another
        (其中：…), is never it."""
        cols = among if among is not None else [j for j in self.values if len(self.col_paths[j]) <= 1]
        cols = [
            j for j in cols if not (self._prior(j) or self._subset(j) or self._change(j) or self._other_reckoning(j))
        ]
        leaves = {j: (self.col_paths[j][-1] if self.col_paths[j] else "") for j in cols}
        for words in (TOTALS, SUBTOTALS):
            hit = [j for j in cols if leaves[j] in words]
            if hit:
                return hit[0], False
        plain = [j for j in cols if leaves[j] not in CUMULATIVE]
        if len(plain) == 1:
            return plain[0], False
        # 本期案件数 beside 本期治安拘留（人）, neither marked 其中: the one bare count is the row's.
        bare = [j for j in plain if _bare_count(leaves[j])]
        if len(bare) == 1 and len(plain) > 1:
            return bare[0], False
        for words in (YEARLY,):
            hit = [j for j in cols if leaves[j] in words]
            if hit:
                return hit[0], False
        hit = [j for j in cols if leaves[j] in CUMULATIVE]
        if hit:
            return hit[0], True
        return self._this_period_col() if among is None else (None, False)

    def _this_period_col(self) -> tuple[int | None, bool]:
        """The one column of this period's count under a title (起（份）数 › 本期, beside › 上年同期 and
        › 增减), when it is the only one left that is not a part (其中：…), the year before or a change;
        with two such titles (排查数 › 本期, 化解数 › 本期) no column totals a row: none is guessed."""
        cols = [
            j
            for j in self.values
            if len(self.col_paths[j]) == 2
            and self.col_paths[j][-1] in THIS_PERIOD
            and not (self._prior(j) or self._subset(j) or self._change(j) or self._other_reckoning(j))
        ]
        return (cols[0], False) if len(cols) == 1 else (None, False)

    def period_cols(self) -> list[int]:
        """Columns of periods (1月 … 12月, 一季度 … 四季度, 上半年/下半年) that add up to the year."""
        return [j for j in self.values if self.col_paths[j] and _PERIOD.match(self.col_paths[j][-1])]

    def cell(self, r: int, j: int):
        return self.body.iat[r, j], f"{column_letter(j)}{self.body.index[r]}"

    def money_units(self, rows: list[int], cols: list[int]) -> set[str]:
        """The units of money the rows' labels and the columns' titles name (元, 万元, 千元)."""
        titled = {unit_of(p) for j in cols if j in self.columns for p in self.columns[j].path}
        return {u for r in rows for u in self.row_units[r]} | (titled & MONEY_UNITS)


def _listed_on(parts: list[bool], indents: list[int | None]) -> list[bool]:
    """The 其中 rows, and the rows a 其中 list goes on with below its first item without the word, indented as
    far and deeper than the row the list is of (　　其中：警告 / 　　　　　罚款 under 行政处罚): each a part of the row
    above the list. Read as a category of its own, 罚款 had been added to the 行政处罚 that holds it (13 penalties
    read as 21). A row indented less than the list's 其中, or no deeper than the row it is of, closes it: a stray
    space before a category's label, or every row indented alike, never makes a category a part.

    >>> _listed_on([False, True, False, False, False], [0, 2, 5, 5, 0])
    [False, True, True, True, False]
    >>> _listed_on([False, True, False, False], [0, 2, 1, None])
    [False, True, False, False]
    >>> _listed_on([False, False, True, False], [1, 1, 1, 1])
    [False, False, True, False]
    """
    out, opened, whole = [], None, 0
    for part, indent in zip(parts, indents, strict=True):
        if part:
            opened = indent or 0
        elif opened is not None and indent and indent >= opened and indent > whole:
            part = True
        else:
            opened, whole = None, indent or 0
        out.append(part)
    return out


def _month_ranges(paths: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
    """Column paths whose month ranges are named as what they are: under one parent, of two ranges ending in the
    same month, the one from January is 累计 and the other 本期 (4-6月 | 1-6月); the same range twice (1-3月 | 1-3月)
    is 本期 then 累计. A range alone keeps its title.

    >>> _month_ranges({1: ("4-6月",), 2: ("1-6月",), 3: ("备注",)})
    {1: ('本期',), 2: ('累计',), 3: ('备注',)}
    >>> _month_ranges({1: ("1-3月",), 2: ("1-3月",)}), _month_ranges({1: ("1-12月",)})
    ({1: ('本期',), 2: ('累计',)}, {1: ('1-12月',)})
    """
    groups: dict[tuple, list[tuple[int, int]]] = {}
    for j, path in paths.items():
        m = _MONTH_RANGE.match(path[-1]) if path else None
        if m and 1 <= int(m.group(1)) <= int(m.group(2)) <= 12:
            groups.setdefault((path[:-1], int(m.group(2))), []).append((j, int(m.group(1))))
    out = dict(paths)
    for (parent, _), cols in groups.items():
        if len(cols) != 2 or min(start for _, start in cols) != 1:
            continue
        (a, start_a), (b, start_b) = cols
        own, so_far = (b, a) if start_a == 1 and start_b != 1 else (a, b)
        out[own], out[so_far] = (*parent, "本期"), (*parent, "累计")
    return out


def _effective(paths: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
    """Column paths without the titles spanning every value column (层级 over 县市区 … 小计): those
    name the whole table, not a part of it."""
    cols = list(paths)
    if len(cols) < 2:
        return paths
    out = {}
    for j, path in paths.items():
        out[j] = tuple(
            p
            for d, p in enumerate(path)
            if d == len(path) - 1 or not all(len(paths[k]) > d and paths[k][d] == p for k in cols)
        )
    return out


def _merged_text(merged, r: int, c: int, table: Table) -> str:
    for (r0, c0), (r1, c1) in merged:
        if r0 <= r <= r1 and c0 <= c <= c1 and (r0, c0) != (r, c):
            row = table.rows.index.get_indexer([r0 + 1])[0] if table.rows is not None else -1
            if row >= 0:
                return table.rows.iat[row, c0] if c0 < table.rows.shape[1] else ""
    return ""


def _pick_row(form: _Form, rows: list[int]) -> int:
    """Of several rows with a label, the one in the totals block (总况 › 排查数), else the first."""
    for r in rows:
        if set(form.row_paths[r]) & set(TOTAL_BLOCK) or any(p.startswith(TOTALS) for p in form.row_paths[r]):
            return r
    return rows[0]


def _pick_rows(form: _Form, rows: list[int], col: int | None = None) -> list[int]:
    """Of several rows with a label, the one in the totals block; else, when each row names another
    form of the category (罚款, 简易程序, 警告: kinds of 行政处罚) and none is a part of another (其中：),
    all of them, as several columns under one title are added — but those going on with a 其中 list (`_on_its_list`);
    else the first. A 其中 row under another of them (警告 3, 其中：当场处罚 1, 罚款 4) is already in that row: not one of
    them (it had made the first alone the figure, 3 for 7)."""
    rows = [r for r in rows if not (form.part_rows[r] and _whole_of(form, r) in rows)] or rows
    if len(rows) > 1 and not any(
        set(form.row_paths[r]) & set(TOTAL_BLOCK) or any(p.startswith(TOTALS) for p in form.row_paths[r]) for r in rows
    ):
        labels = [form.row_paths[r][0] if form.row_paths[r] else "" for r in rows]
        if len(set(labels)) == len(labels) and not any(form.part_rows[r] for r in rows):
            return rows if col is None else _on_its_list(form, rows, col)
    return [_pick_row(form, rows)]


def _whole_of(form: _Form, r: int) -> int | None:
    """The row a 其中 row is a part of: the nearest row above it that is no part itself."""
    return next((q for q in range(r - 1, -1, -1) if not form.part_rows[q]), None)


def _on_its_list(form: _Form, rows: list[int], col: int) -> list[int]:
    """`rows` without those going on with the 其中 list of a row of them above (行政处罚 8, 其中：警告 3, then 罚款 4 and
    没收违法所得 1 written without indentation or the word, or under a 其中： of their own): where a 其中 row stands
    between the two and the list's items, the row among them, add up to no more than that row, they are its parts —
    added to it, 13 penalties had been 21. Adding up to more, they are rows of their own (警告 3, 其中：当场处罚 1, 罚款
    4: a sibling of 警告, not a part)."""
    kept: list[int] = []
    whole, listed = None, 0.0
    for r in rows:
        if whole is not None:
            opened = [q for q in range(whole + 1, r) if form.part_rows[q]]
            of_whole = _as_number(form.cell(whole, col)[0])
            total = listed + sum(_as_number(form.cell(q, col)[0]) or 0 for q in opened)
            total += _as_number(form.cell(r, col)[0]) or 0
            if (opened or form.list_opened(whole, r)) and of_whole is not None and total <= of_whole + 1e-9:
                listed += _as_number(form.cell(r, col)[0]) or 0
                continue
        kept.append(r)
        whole, listed = r, 0.0
    return kept


def _pick_cols(form: _Form, cols: list[int]) -> list[int]:
    """Of several columns with a label (行政处罚 › 警告 … 小计), its 小计/合计, else all of them; under several
    titles, each title's (行政强制措施实施数量 › 查封 … 合计 beside 行政强制执行实施数量 › 代履行 … 合计: both totals)."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for j in cols:
        groups.setdefault(form.col_paths[j][:-1], []).append(j)
    # A group titled as the total or the year of the others (一季度 … 四季度 › 法律咨询 beside 全年合计 › 法律咨询; 1月 …
    # 12月 › 排查 | 化解 beside 全年合计 › 排查 | 化解): the others are its parts, so that group alone is read. Added to
    # them, a cross-tab's year had been counted twice (岗雄乡's 207 consultations as 414, 苇沽镇's 205 disputes as 410).
    whole = {p: g for p, g in groups.items() if p and p[-1] in (*TOTALS, *YEARLY)}
    if whole and len(whole) < len(groups):
        groups = whole
    out = []
    for group in groups.values():
        for words in (TOTALS, SUBTOTALS):
            hit = [j for j in group if form.col_paths[j] and form.col_paths[j][-1] in words]
            if hit:
                out.append(hit[0])
                break
        else:
            # 本期 beside 累计 under one title (排查矛盾纠纷 › 本期 / 累计): the year so far already holds the
            # period's own, so the two are never added; the 累计 is read only when the title has nothing else.
            own = [j for j in group if not (form.col_paths[j] and form.col_paths[j][-1] in CUMULATIVE)]
            # A title over its count and the persons of its cases (涉黄治安案件 › 案件数（起） / 查处人数 / 治安拘留（人）):
            # the column that only says how many is the title's count; added to the persons it had read 11 cases as 39.
            # Of several (起数 beside 人数), the one counting cases; none is guessed among others.
            bare = [j for j in own if form.col_paths[j] and _bare_count(form.col_paths[j][-1])]
            if len(bare) > 1:
                bare = [j for j in bare if form.col_paths[j][-1] in _BARE_COUNTS]
            out.extend((bare if len(bare) == 1 and len(own) > 1 else own) or group[:1])
    return sorted(out)


def _cumulative(form: _Form, cols: list[int]) -> bool:
    """Every column read is a 累计 (the year so far): the periods' tables are not added, the latest holds it."""
    return bool(cols) and all(form.col_paths[j] and form.col_paths[j][-1] in CUMULATIVE for j in cols)


@dataclass(frozen=True)
class Cells:
    """A way a form states a figure over several cells, each found by its own label groups and added."""

    parts: tuple[tuple[tuple[str, ...], ...], ...]


def labels_of(spec: LedgerSpec) -> dict[str, list]:
    """Figure → the ways a form may state it, each a tuple of label groups (or `Cells` to add up):
    declared (`statistics:`, several entries for one figure are alternatives), and for a figure
    counting one category of one field (or summing the kind's measure over it), that value and its
    variants."""
    out: dict[str, list] = {}
    for st in spec.statistics:
        out.setdefault(st.figure, []).append(Cells((st.labels, *st.plus)) if st.plus else st.labels)
    for g in spec.figures:
        # A category's count, or its measure's sum (counts per service): not a sum of money.
        counts = g.op in ("count", "count_distinct") or (g.op == "sum" and g.arg == spec.measure)
        # One category, within a scope of several values of another field (已化解 of the items assigned from
        # above): a form's row of the category is taken for the figure, the scope assumed, as a form beside its
        # 上级交办 row counts those items (the README's decision table says so).
        named = [(n, w) for n, w in g.where.items() if isinstance(w, str)]
        if not counts or len(named) != 1 or any(not isinstance(w, (str, list)) for w in g.where.values()):
            continue
        ((name, wanted),) = named
        f = spec.field(name)
        if f.vocabulary and isinstance(wanted, str) and wanted in f.vocabulary:
            values = tuple(x for x in (wanted, *f.vocabulary[wanted]) if len(x) >= 2)  # not 是/否
            out.setdefault(g.name, []).append((values,))
    return out


def read(
    table: Table,
    kind: str | None,
    specs: dict[str, LedgerSpec],
    file: str,
    sheet: str,
    period: str = "",
    year: int | None = None,
) -> list[Statement]:
    """The figures a statistics table states: every figure of `kind` found by its labels, and any
    figure of another kind found by two labels (a row's and a column's). `period`: see period_words; `year`: the
    report's, which a column titled by another year (2023年 beside 2024年) never states."""
    shape = _shape(table)
    if shape is None or not shape.values:
        return []
    period = period or sheet
    number = report_table(sheet, table.title_text, later=table.stacked_below)
    form = _Form(table, shape, year)
    sections = _sections(form, specs)
    out = []
    for k, spec in specs.items():
        scope = _category_scope(form, spec) if k == kind else None
        # A figure the spec gives labels of its own (本年新收政府信息公开申请数量) is found by them, never as a
        # one-category table's total.
        declared = {st.figure for st in spec.statistics}
        open_figures = _open_figures(spec)
        money = _money_figures(spec)
        labelled = labels_of(spec)
        within = _scope_labels(spec, labelled)
        for figure, ways in labelled.items():
            if scope is not None:
                own, others = scope
                if figure in others:
                    continue  # a part of the kind's counts: neither the whole nor another category
                if figure == own and figure not in declared:
                    names = {label(x) for w in ways if not isinstance(w, Cells) for group in w for x in group}
                    found = _scope_total(form, names)
                    if found is not None:
                        value, cell, problem = found
                        out.append(
                            Statement(figure, k, value, file, sheet, cell, problem, period=period, report_table=number)
                        )
                        continue
            for groups in ways:
                if isinstance(groups, Cells):
                    found = _find_cells(form, groups)
                    if found is not None:
                        value, cell, problem = found
                        out.append(
                            Statement(figure, k, value, file, sheet, cell, problem, period=period, report_table=number)
                        )
                        break
                    continue
                # One label alone is read in a table about the kind, or in the block of rows a
                # section line names it in (a 司法所 monthly form: 一、人民调解 … 二、法律援助 …).
                rows = None if k == kind else [r for r, s in enumerate(sections) if s == k]
                if len(groups) == 1 and rows is not None and not rows:
                    continue
                found = _find(
                    form,
                    [{label(x) for x in g} for g in groups],
                    rows if len(groups) == 1 else None,
                    within.get(figure, set()),
                )
                if found is not None:
                    value, cell, problem, cumulative, stock, so_far, units = found
                    if figure in money and not problem:
                        value, problem = _in_yuan(value, cell, units, table.title_text)
                    parts = _named_parts(form, {label(x) for x in groups[0]}, cell) if len(groups) == 1 else ()
                    preferred = _preferred_labels(spec, figure, groups)
                    rests_on = next((st.rests_on for st in spec.statistics if st.labels == groups), "")
                    less = next((st.less for st in spec.statistics if st.labels == groups and st.less), ())
                    if less and not problem:
                        value, cell, problem = _less(form, groups, less, value, cell, rows)
                    out.append(
                        Statement(
                            figure,
                            k,
                            value,
                            file,
                            sheet,
                            cell,
                            problem,
                            cumulative=cumulative,
                            stock=stock or figure in open_figures,
                            period=period,
                            so_far=so_far,
                            preferred=preferred,
                            rests_on=rests_on,
                            parts=parts,
                            report_table=number,
                        )
                    )
                    break
    return out


def _scope_labels(spec: LedgerSpec, labelled: dict[str, list]) -> dict[str, set[str]]:
    """Figure → the row labels of the items it is said of, where it counts a value within a scope another figure counts
    whole (已化解 of the items assigned from above, whose own figure's labels are 上级交办信访事项 …): a form's column of the value
    (已化解 | 正在化解) is read on that row, never on the 合计 that adds the items received here (本级受理)."""
    out: dict[str, set[str]] = {}
    for g in spec.figures:
        scope = {n: w for n, w in g.where.items() if isinstance(w, list)}
        if not scope or len(scope) == len(g.where):
            continue
        whole = next((h for h in spec.figures if h is not g and h.where == scope and h.op == g.op), None)
        if whole is None:
            continue
        names = {label(x) for w in labelled.get(whole.name, ()) if not isinstance(w, Cells) and len(w) == 1
                 for x in w[0]}  # fmt: skip
        if names:
            out[g.name] = names
    return out


def _named_parts(form: _Form, labels: set[str], cell: str = "") -> tuple[tuple[str, float], ...]:
    """(row label, count) of each data row under a column titled by `labels` (or, where `labels` name a row, a 合计,
    under the column of the figure's `cell`), where every row is labelled by a place or one of its offices (橘林村人民
    调解委员会, 柑园镇人民调解委员会, 柑园社区, 派出所): the parts a 汇总表 of committees, villages or offices adds up.
    () where the rows are not such parts (months, categories) or the column is not found so."""
    if form.rows_matching(labels):
        letters = re.match(r"[A-Z]+", cell)
        if letters is None:
            return ()
        j = sum((ord(ch) - 64) * 26**i for i, ch in enumerate(reversed(letters.group()))) - 1
        if j not in form.values:
            return ()
    else:
        cols = form.cols_matching(labels)
        if not cols:
            return ()
        j = _pick_cols(form, cols)[0]
    out = []
    for r in form.data_rows():
        path = form.row_paths[r]
        if not path or not part_name(path[0]):
            return ()
        value = _as_number(form.cell(r, j)[0])
        out.append((path[0], value or 0.0))
    return tuple(out)


def part_name(text: str) -> str:
    """The village or town a row label names, its office words taken off (石板村人民调解委员会 → 石板村, 柑园镇人民
    调解委员会 → 柑园镇), or the town's office keeping registers of its own it names (某镇派出所 → 派出所), or "" when
    it names none (1月, 邻里纠纷, 合计).

    >>> [part_name(t) for t in ("石板村人民调解委员会", "柑园镇人民调解委员会", "柑园社区", "1月", "邻里纠纷", "镇调委会")]
    ['石板村', '柑园镇', '柑园社区', '', '', '']
    >>> [part_name(t) for t in ("某镇派出所", "应急管理办公室", "综合行政执法队")]
    ['派出所', '应急管理办公室', '综合行政执法队']
    """
    if office := unit_office(text):
        return office
    text = without_office(norm_header(text))
    if village_of_sheet(text):
        return text
    return text if len(text) > 1 and text.endswith(town_suffixes()) else ""


def _money_figures(spec: LedgerSpec) -> set[str]:
    """The figures summing an amount in 元 (a field read as a number whose titles say 元: 补贴金额（元）)."""
    out = set()
    for g in spec.figures:
        if g.op == "sum" and isinstance(g.arg, str) and g.arg != spec.measure:
            f = spec.field(g.arg)
            if "number" in f.steps and any("元" in h for h in f.headers):
                out.add(g.name)
    return out


def _in_yuan(value: float | None, cell: str, units: set[str], above: str) -> tuple[float | None, str]:
    """(value in 元, problem) of an amount a form states in the unit its row's label or its column's title names
    (核定补贴金额（千元） 4.15 is 4150 元), else in the unit the form states above its header (单位：万元), else in 元.
    Labels naming two units for one cell (a row in 元 under a column in 万元) leave it unknown, never guessed: read as
    元, 4.15 千元 had been 4.15 元.

    >>> _in_yuan(4.15, "C9", {"千元"}, ""), _in_yuan(0.52, "C9", set(), "金额单位：万元"), _in_yuan(50, "C9", set(), "")
    ((4150.0, ''), (5200.0, ''), (50, ''))
    >>> _in_yuan(3, "C9", {"元", "万元"}, "")[0] is None
    True
    """
    if value is None:
        return value, ""
    if not units and (stated := STATED_UNIT.search(above or "")):
        units = {stated.group(1)}
    if len(units) > 1:
        return None, f"{cell} 的行名与列名写了不同的金额单位（{'、'.join(sorted(units))}），无法确定是多少元"
    scale = MONEY_SCALES.get(next(iter(units)), 1) if units else 1
    return (round(value * scale, 2) if scale != 1 else value), ""


def _preferred_labels(spec: LedgerSpec, figure: str, groups) -> bool:
    """Whether a figure summing a field is found under labels all of which the field prefers (审核金额, 核定金额
    beside a claim's 申报金额: the field's `prefer`)."""
    g = next((g for g in spec.figures if g.name == figure), None)
    if g is None or g.op != "sum" or not isinstance(g.arg, str):
        return False
    wanted = {label(x) for x in spec.field(g.arg).prefer}
    return bool(wanted) and all(label(x) in wanted for group in groups for x in group)


def _open_figures(spec: LedgerSpec) -> set[str]:
    """The figures counting records still open (正在化解, 调解中: the spec's `provisional` values): what stands at a
    period's end, stated again by each month's form (an item in hand from March is in every month's 正在化解
    after it), so the latest period's is the year's, never their sum, whatever the row's label says."""
    return {
        g.name
        for g in spec.figures
        if (named := [(n, v) for n, v in g.where.items() if isinstance(v, str)])
        and len(named) == 1
        and all(isinstance(v, (str, list)) for v in g.where.values())  # within a scope (of the assigned items)
        and all(v in spec.provisional.get(n, ()) for n, v in named)
    }


def _figures_by_value(spec: LedgerSpec, keep) -> dict[str, dict[str, str]]:
    """Field → value → the figure of `spec` counting the records of that one value (category → 行政许可 →
    the licensing figure), among the figures `keep` accepts: a one-category table's figure, a total's parts."""
    out: dict[str, dict[str, str]] = {}
    for g in spec.figures:
        if keep(g) and len(g.where) == 1:
            ((name, wanted),) = g.where.items()
            if isinstance(wanted, str):
                out.setdefault(name, {})[wanted] = g.name
    return out


# A category is named in a form's title by its value or a variant of at least this many characters: 许可,
# 其他 are words of any title (其他行政执法行为实施情况统计表 names no category).
_SCOPE_MIN_CHARS = 3


def _category_scope(form: _Form, spec: LedgerSpec) -> tuple[str, set[str]] | None:
    """(the figure of the one category a table counts, the kind's other figures it is a part of) when the
    title line nearest the header names one value of a field the kind counts by category (行政处罚实施情况
    统计表, 行政处罚实施数量（宗）: the national form's tables a category each) and no column's top title names
    another; else None. Its 合计 is that category's count, never the kind's total (the form's 合计 of
    all cases), and a column of it named like another category (行政强制措施 › 其他) is no count of that category."""
    counted = _figures_by_value(
        spec, lambda g: g.op in ("count", "count_distinct") or (g.op == "sum" and g.arg == spec.measure)
    )
    by_field = {
        name: {v: f for v, f in figures.items() if v in (spec.field(name).vocabulary or {})}
        for name, figures in counted.items()
    }
    totals = {
        st.figure
        for st in spec.statistics
        if not st.plus and any(label(x) in TOTALS for group in st.labels for x in group)
    }
    for name, figures in by_field.items():
        if len(figures) < 3:  # a list of categories, not one value singled out (调解成功)
            continue
        vocabulary = spec.field(name).vocabulary
        lines = [x for x in (form.table.title_text or "").split() if x]
        hit = next((n for line in reversed(lines) if (n := _named(line, figures, vocabulary))), set())
        if len(hit) != 1:
            continue
        (value,) = hit
        tops = {form.columns[j].path[0] for j in form.values if j in form.columns and form.columns[j].path}
        if any(_named(t, figures, vocabulary) - {value} for t in tops):
            continue  # columns of several categories under the title (表四: 行政征收 | 行政给付 …)
        return figures[value], {f for c, f in figures.items() if c != value} | totals
    return None


def _named(text: str, values, vocabulary: dict) -> set[str]:
    """The values among `values` a title names by the value or a variant of `_SCOPE_MIN_CHARS` or more."""
    t = norm_header(text)
    return {c for c in values if any(len(x) >= _SCOPE_MIN_CHARS and norm_header(x) in t for x in (c, *vocabulary[c]))}


def _scope_total(form: _Form, names: set[str]) -> tuple[float | None, str, str] | None:
    """(value, cell, problem) of a one-category table's total: its 合计 column, else its 小计 (or 合计) columns each
    under a title of its own (行政强制措施 › 小计 and 行政强制执行 › 小计: the two add up), else the one column
    whose own title names the category (`names`: 许可数量 beside 申请数量, 受理数量 and 不予许可数量 under 行政许可
    实施数量, the stages of the same applications, never to be added), on the 合计 row or the form's one line
    of counts; None when it has none of them."""
    leaves = {j: (form.col_paths[j][-1] if form.col_paths[j] else "") for j in form.values}
    totals = [j for j in form.values if leaves[j] in TOTALS]
    cols = [j for j in totals if len(form.col_paths[j]) <= 1][:1]
    # 小计 columns each under a title of its own add up; so do 合计 columns each closing a group of their own
    # (行政强制措施实施数量 › 合计 beside 行政强制执行实施数量 › 合计), or the one 合计 under the table's merged title.
    for group in ([j for j in form.values if leaves[j] in SUBTOTALS], totals):
        parents = [form.col_paths[j][:-1] for j in group]
        if not cols and group and all(parents) and len(set(parents)) == len(parents):
            cols = group
    if not cols:
        own = [j for j in form.values if set(_forms(leaves[j])) & names]
        cols = own if len(own) == 1 else []
    if not cols:
        return None
    # The 合计 row, else the form's one line of counts: rows of several offices or items without a total are
    # left to the labels.
    rows = form.total_rows()[:1] or (form.data_rows() if len(form.data_rows()) == 1 else [])
    return _value(form, rows, cols) if rows else None


def _sections(form: _Form, specs: dict[str, LedgerSpec]) -> list[str | None]:
    """Per row of the form, the kind its section names by its hints, or None: a label merged down
    beside the row's own (人民调解 | 调解成功), else the section line above it (一、人民调解); a line
    naming no kind, or several, ends the section before it."""

    def named(text: str) -> str | None:
        kinds = {k for k, s in specs.items() if any(h in text for h in s.hints)}
        return kinds.pop() if len(kinds) == 1 else None

    table = form.table
    lines = []
    if table.rows is not None and table.reasons is not None:
        notes = table.rows[table.reasons == "note"]
        for r, row in zip(notes.index, notes.to_numpy(dtype=object)):
            texts = [str(x).strip() for x in row if x not in (None, "") and str(x).strip()]
            if len(texts) == 1:
                lines.append((int(r), named(texts[0])))
    out = []
    for path, excel_row in zip(form.row_paths, form.body.index):
        # The row's own label is its last text but for a unit after it (其中：已化解 | 件): a label
        # never names its own section, whatever kind its words hint at.
        own = [p for p in path if p not in UNITS]
        beside = next((k for p in own[:-1] if (k := named(p)) is not None), None)
        above = [k for r, k in lines if r < excel_row]
        out.append(beside or (above[-1] if above else None))
    return out


def _find(form: _Form, groups: list[set[str]], allowed: list[int] | None = None, within: set[str] = frozenset()):
    """(value, cell, problem, cumulative, stock, so_far, money units named) of the figure whose label groups are
    `groups`, or None; with one group, only on the `allowed` rows when given (a section about its kind). A column of
    the one group is read on the row labelled by `within` where the form has one (the items the figure is said of, see
    `_scope_labels`), else on the 合计 row."""

    def at(rows: list[int], cols: list[int], cumulative: bool = False):
        stock = len(rows) == 1 and form.stock_rows[rows[0]]
        value = _value(form, rows, cols)
        # A cell of words among the counts (未报 for a village that sent nothing) states no figure.
        if value is not None and _blank(form, rows, cols):
            value = _left_blank(form, rows, cols, value[1])
        if value is None:
            return None
        # A blank 累计 beside the period's count states no year so far (never 0).
        beside = None if cumulative else _so_far_col(form, cols)
        so_far = _value(form, rows, [beside]) if beside is not None and not _blank(form, rows, [beside]) else None
        return (
            *value,
            cumulative,
            stock,
            so_far[0] if so_far and not so_far[2] else None,
            form.money_units(rows, cols),
        )

    if len(groups) == 2:
        for a, b in ((0, 1), (1, 0)):
            rows, cols = form.rows_matching(groups[a]), form.cols_matching(groups[b])
            if rows and cols:
                picked = _pick_cols(form, cols)[:1]
                return at([_pick_row(form, rows)], picked, _cumulative(form, picked))
        # Both labels over one column (涉黄治安案件 › 治安拘留（人）, the rows months or villages): its total row, else
        # the sum of its rows, as one label's column is read.
        both = [j for j in form.cols_matching(groups[0]) if j in set(form.cols_matching(groups[1]))]
        if both:
            picked = _pick_cols(form, both)[:1]
            return at(form.total_rows()[:1] or form.data_rows(), picked, _cumulative(form, picked))
        return None
    rows, cols = form.rows_matching(groups[0]), form.cols_matching(groups[0])
    if allowed is not None:
        rows, cols = [r for r in rows if r in allowed], []
    if rows and cols:
        picked = _pick_cols(form, cols)[:1]
        return at([_pick_row(form, rows)], picked, _cumulative(form, picked))
    if cols:
        if own := form.rows_matching(within) if within else []:
            picked = _pick_cols(form, cols)[:1]
            return at([_pick_row(form, own)], picked, _cumulative(form, picked))
        totals = form.total_rows()
        picked = _pick_cols(form, cols)
        return at(totals[:1] or form.data_rows(), picked, _cumulative(form, picked))
    if rows:
        col, cumulative = form.total_col()
        if col is None and form.period_cols():  # the months or quarters, without a total: their sum
            return at([_pick_row(form, rows)], form.period_cols())
        if col is None:
            return None
        if (same := _same_label_rows(form, rows, col)) is not None:
            return same
        return at(_pick_rows(form, rows, col), [col], cumulative)
    return None


def _same_label_rows(form: _Form, rows: list[int], col: int):
    """Several rows of one label, none in a totals block, nothing beside them telling them apart (the rows of each
    village's block and of the 全乡合计 block after 取消合并 left the village on each block's first row only), and
    their counts differ: which is the town's is not known. A problem stated, never the first row's number; None where
    the rows are told apart or agree."""
    if len(rows) < 2 or any(
        set(form.row_paths[r]) & set(TOTAL_BLOCK) or any(p.startswith(TOTALS) for p in form.row_paths[r]) for r in rows
    ):
        return None
    if len({form.row_paths[r] for r in rows}) == len(rows):
        return None
    values = {(_value(form, [r], [col]) or (None,))[0] for r in rows}
    if len(values) < 2:
        return None
    cells = [form.cell(r, col)[1] for r in rows]
    said = "、".join(cells[:3]) + (f"等{len(cells)}格" if len(cells) > 3 else "")
    problem = f"{said}是同一项目的几行（数值不同），看不出哪一行是全乡（镇）的数"
    return None, cells[0], problem, False, False, None, set()


def _so_far_col(form: _Form, cols: list[int]) -> int | None:
    """The one 累计 column beside the single period's column read (本季 | 累计 under the same titles), if any."""
    if len(cols) != 1 or not form.col_paths[cols[0]]:
        return None
    parent = form.col_paths[cols[0]][:-1]
    beside = [
        k
        for k in form.values
        if k != cols[0]
        and form.col_paths[k]
        and form.col_paths[k][:-1] == parent
        and form.col_paths[k][-1] in CUMULATIVE
        and not (form._prior(k) or form._subset(k) or form._change(k) or form._other_reckoning(k))
    ]
    return beside[0] if len(beside) == 1 else None


def _less(form: _Form, groups, less, value, cell: str, rows) -> tuple[float | None, str, str]:
    """(value, cells, problem) of a figure the form states less a count beside it (spec statistics `less`: 应参考人数 less
    免考人数), that count found as the figure's cell is (its column's label, on the figure's row or the total row). A
    form without it states the figure whole; a count there unreadable leaves the figure unreadable too."""
    got = _find(form, [*[{label(x) for x in g} for g in groups[:-1]], {label(x) for x in less[0]}],
                rows if len(groups) == 1 else None)  # fmt: skip
    if got is None:
        return value, cell, ""
    minus, where, problem = got[:3]
    if problem or value is None or minus is None:
        return None, f"{cell}、{where}", problem or f"{where} 无法读取"
    return value - minus, f"{cell}−{where}", ""


def _find_cells(form: _Form, cells: Cells) -> tuple[float | None, str, str] | None:
    """(value, cells, problem) of a figure stated over several cells, each by a row's and a column's
    label: their sum; None unless every cell is found (a part missing is no statement of the whole)."""
    found = []
    for groups in cells.parts:
        if len(groups) != 2:
            return None
        got = _find(form, [{label(x) for x in g} for g in groups])
        if got is None:
            return None
        found.append(got[:3])
    problem = next((p for _, _, p in found if p), "")
    value = None if problem else sum(v for v, _, _ in found)
    return value, "、".join(c for _, c, _ in found), problem


def _blank(form: _Form, rows: list[int], cols: list[int]) -> bool:
    """Whether every cell a figure is read from is blank."""
    return all(_kind_of_cell(form.cell(r, j)[0]) == "blank" for r in rows for j in cols)


def _left_blank(form: _Form, rows: list[int], cols: list[int], where: str) -> tuple[float | None, str, str]:
    """(value, cells, problem) of a figure whose every cell is blank. A form filled around the cell (other counts in
    its row and in its column) leaves a 0 blank, as offices do: 0, the cell saying so. A 合计 left blank under rows
    that hold counts, or a cell whose row or column holds no count at all, states nothing: no evidence, no figure."""

    def counted(cells) -> bool:
        return any(_kind_of_cell(form.cell(r, j)[0]) == "number" for r, j in cells)

    others = [r for r in range(len(form.body)) if r not in rows]
    column = [(r, j) for r in others for j in cols]
    if set(rows) <= set(form.total_rows()) and counted(column):
        return None, where, f"合计单元格 {where} 为空，而其上各行填有数字"
    beside = [(r, j) for r in rows for j in form.values if j not in cols]
    # A 总计 column left blank in a row whose other cells count something (自然人 3, 商业企业 1, 总计 blank): the
    # total is no 0, and whether the office left it out or meant their sum is not said.
    leaves = [form.col_paths[j][-1] if form.col_paths[j] else "" for j in cols]
    if all(leaf in TOTALS for leaf in leaves) and any(_as_number(form.cell(r, j)[0]) for r, j in beside):
        return None, where, f"合计单元格 {where} 为空，而同一行各列填有数字"
    if counted(beside) and counted(column):
        return 0.0, f"{where}（空白，同一行、同一列的其他格填有数字，按 0 计）", ""
    return None, where, f"单元格 {where} 为空"


def _value(form: _Form, rows: list[int], cols: list[int]):
    total, cells, problem = 0.0, [], ""
    for r in rows:
        for j in cols:
            x, cell = form.cell(r, j)
            cells.append(cell)
            kind = _kind_of_cell(x)
            if kind == "error":
                problem = problem or f"单元格 {cell} 为 {str(x).strip()}"
            elif kind == "number":
                total += _as_number(x) or 0.0
            elif kind != "blank" and not no_count(x):
                return None  # a label, not a count: not this figure's cell (— says none applies)
    where = cells[0] if len(cells) == 1 else f"{cells[0]}–{cells[-1]}"
    return (None if problem else total), where, problem


def completed(stated: list[Statement], specs: dict[str, LedgerSpec]) -> list[Statement]:
    """The combined statements, with a kind's total where no table states it and one file states the count of
    every category the total is made of (the national form's tables, one a category: 行政处罚 13, 行政许可 21 …,
    and no 合计 of them all): their sum, as each record is of one category. A category stated by no table leaves
    the total unstated, never smaller."""
    by_figure = {s.figure: s for s in stated}
    out = list(stated)
    for k, spec in specs.items():
        for total in spec.figures:
            if total.where or total.name in by_figure or total.op not in ("count", "count_distinct"):
                continue
            parts = _figures_by_value(spec, lambda g, t=total: g.op == t.op and g.arg == t.arg)
            for name, figures in parts.items():
                vocabulary = spec.field(name).vocabulary or {}
                if len(figures) < 3 or set(vocabulary) - set(figures):
                    continue  # the categories do not make up the whole
                found = [by_figure.get(f) for f in figures.values()]
                if any(s is None for s in found) or len({s.file for s in found}) != 1:
                    continue
                problem = next((s.problem for s in found if s.problem), "")
                value = None if problem or any(s.value is None for s in found) else sum(s.value for s in found)
                first = found[0]
                sheets = "、".join(dict.fromkeys(x for s in found for x in s.sheet.split("、")))
                out.append(
                    Statement(total.name, k, value, first.file, sheets, "", problem, max(s.tables for s in found))
                )
                by_figure[total.name] = out[-1]
                break
    return out


def rest_apart(statements: list[Statement], specs: dict[str, LedgerSpec]) -> list[Statement]:
    """The statements with a field's `rest` value (其他) left unknown where the tables stating it list different
    values beside it: a county's form changed mid-year (行政确认 and 行政给付 in the new form, inside the old form's
    其他行政执法行为) states two different 其他, whose sum counts no one thing. Each value stated only by some of the
    tables is unknown for the year already (the periods it misses, see `_short_of_year`)."""
    out = list(statements)
    stated = {s.kind for s in statements}
    for kind, spec in specs.items():
        if kind not in stated:  # no table states a figure of the kind: nothing to leave unknown
            continue
        by_value = _figures_by_value(spec, lambda g: g.op in ("count", "count_distinct"))  # once per kind, not field
        for f in spec.fields:
            values = by_value.get(f.name, {})
            rest = values.get(f.rest) if f.rest else None
            if rest is None:
                continue
            # A form is its file, sheet and period: two half-years' forms stacked onto one sheet are two forms.
            listed: dict[tuple[str, str, str], set[str]] = {}
            for s in statements:
                if s.kind == kind and s.figure in values.values() and s.figure != rest:
                    listed.setdefault((s.file, s.sheet, s.period), set()).add(s.figure)
            tables = {(s.file, s.sheet, s.period) for s in statements if s.figure == rest}
            lists = [frozenset(listed.get(t, ())) for t in tables]
            if len(set(lists)) < 2:
                continue
            by_figure = {g: v for v, g in values.items()}
            apart = "、".join(sorted(by_figure[g] for g in frozenset.union(*lists) - frozenset.intersection(*lists)))
            problem = (
                f"各期统计表单列的类别不同（{apart}只在部分表中单列，其余表计入“{f.rest}”），"
                f"各表的“{f.rest}”所含不同，相加不是全年的“{f.rest}”数"
            )
            out = [replace(s, value=None, problem=problem) if s.figure == rest else s for s in out]
    return out


def combine(statements: list[Statement]) -> list[Statement]:
    """One statement per figure: a file's tables added up (monthly forms), and so a series of files each
    of its own periods (a form a month saved as a file a month); else the first file's when several
    files state it."""
    by_figure: dict[str, dict[str, list[Statement]]] = {}
    for s in statements:
        by_figure.setdefault(s.figure, {}).setdefault(s.file, []).append(s)
    out = []
    for figure, by_file in by_figure.items():
        # Forms each of one village (晨光村月报表.xlsx, 广怀村月报表.xlsx): each village's year, added over the
        # villages. A form of no one village beside them (the town's own) is the town's, and stands alone.
        village = {f: part_of(f, parts[0].sheet) for f, parts in by_file.items()}
        if not all(village.values()):
            by_file = {f: parts for f, parts in by_file.items() if not village[f]}
        groups = [
            {f: parts for f, parts in by_file.items() if village[f] == v} for v in dict.fromkeys(village.values())
        ]
        if not all(village.values()) or len(groups) < 2:
            groups = [by_file]
        parts = [p for group in groups for p in _year_of(group)]
        problem = next((p.problem for p in parts if p.problem), "") or max(
            (_short_of_year(_year_of(g)) for g in groups), key=len
        )
        value = None if problem else sum(p.value or 0 for p in parts)
        first = parts[0]
        used = list(dict.fromkeys(p.file for p in parts))
        file = used[0] if len(used) == 1 else f"{used[0]}等{len(used)}个文件"
        sheets = (
            "、".join(dict.fromkeys(p.sheet for p in parts))
            if len(parts) <= 3
            else f"{parts[0].sheet}等{len(parts)}个工作表"
        )
        villages = tuple(dict.fromkeys(v for f in used if (v := village.get(f))))
        out.append(
            Statement(
                figure, first.kind, value, file, sheets, first.cell if len(parts) == 1 else "", problem, len(parts),
                villages=villages, preferred=all(p.preferred for p in parts),
                rests_on=next((p.rests_on for p in parts if p.rests_on), ""),
                parts=first.parts if len(parts) == 1 else (),
            )
        )  # fmt: skip
    return out


def _year_of(by_file: dict[str, list[Statement]]) -> list[Statement]:
    """The tables of one source stating a figure for its year: a file's tables, or a series of files each of its
    own periods; else the first file's. What stands at a period's end counts once, from the latest period; forms
    stating only the year so far, from the latest."""
    files = sorted(by_file)
    series = _series(by_file)
    if series is None and len(files) > 1:
        # Several files, none naming its period (the same form saved each quarter, the files renamed 新建…): the
        # first file's number is only a guess when the others' differ. Files agreeing (a copy) state it.
        own = {f: _year_of({f: by_file[f]}) for f in files}
        values = {f: None if any(p.problem for p in ps) else sum(p.value or 0 for p in ps) for f, ps in own.items()}
        if len(set(values.values())) > 1:
            # Where every file names its period, they are known and meet (two saves of the year's form, two of
            # March): which save counts is what is unknown, not which period each is.
            named = {f: _period_named([p.period for p in by_file[f]]) for f in files}
            shown = {f: f"{f}（{named[f]}）" if all(named.values()) else f for f in files}
            said = "，".join(f"{shown[f]}：{'无' if v is None else plain(v)}" for f, v in list(values.items())[:3])
            if not all(named.values()):
                why = "看不出各是哪一期，不知哪个是全年数"
            elif set(named.values()) == {"全年"}:
                why = "都是全年的数，不知以哪个为准"
            else:
                why = "所填的期别重叠，同一期的数不知以哪个为准，也就不知全年数"
            problem = f"{len(files)}个文件都填报了这一项而数值不同（{said}），{why}"
            return [replace(p, problem=problem) for p in own[files[0]]]
    parts = _whole_year(series or by_file[files[0]])
    if len(parts) > 1 and all(p.stock for p in parts):
        # What stands at each period's end (正在化解（季末）): the latest period's is the year's.
        parts = [max(enumerate(parts), key=lambda ip: (_period_rank(ip[1].period), ip[0]))[1]]
    if len(parts) > 1 and all(p.cumulative for p in parts) and not any(p.problem for p in parts):
        # Monthly forms stating only the year so far (本年累计): the latest, the largest, holds the
        # year (an error cell in any of them leaves it unknown, below). Of equal ones the latest period's:
        # nothing added in December leaves November's total the same, and December's is the year's.
        parts = [max(parts, key=lambda p: (p.value or 0, _period_rank(p.period)))]
    if _short_of_year(parts) and not any(p.problem for p in parts):
        # The periods handed over leave months out (only the fourth quarter's form, or the second to the fourth),
        # but the latest one states its 累计 beside its own count: that is the year's when it runs to December.
        stated = [p for p in parts if p.so_far is not None]
        if stated:
            latest = max(stated, key=lambda p: _period_rank(p.period))
            year = replace(latest, value=latest.so_far, cumulative=True)
            if not _short_of_year([year]):
                parts = [year]
    return parts


# Sheet names of one period (1月, 2024年3月份, 二季度, 上半年) and of the whole year (全年汇总, 年度合计).
# A quarter is also written Q1 … Q4 (2023Q4, Q4, 2023-Q1), as a clerk or a system names a file or a tab.
_PERIOD_SHEET = re.compile(
    r"(?:^|[^\d])(?:1[0-2]|0?[1-9])月|[一二三四1-4]季度|(?<![A-Za-z])[Qq][1-4](?!\d)|上半年|下半年|[一二三四五六七八九十]+月"
)
_QUARTER = re.compile(r"([一二三四1-4])季度|(?<![A-Za-z])[Qq]([1-4])(?!\d)")
_YEAR_SHEET = ("汇总", "全年", "年度", "合计", "总表", "累计")
# What joins the ends of a span (1-6月, 1月1日至6月30日).
_TO = r"\s*(?:至|到|-|—|–|~|～)\s*"


# A span of days (统计时段：2024年1月1日至12月31日) names the months it runs over (1至12月); a day alone
# (填报日期：2025年1月10日, 截至12月31日) names no period of the figures.
# Not a span of months (2023年7-9月: its 9 is followed by 月).
_DAY = r"(?:\d{2,4}\s*[年./-]\s*)?(\d{1,2})\s*[月./-]\s*\d{1,2}(?!\d)(?!\s*月)\s*[日号]?"
_DAYS = re.compile(_DAY + _TO + _DAY)
_ONE_DAY = re.compile(_DAY)


def _without_days(text: str) -> str:
    """
    >>> _without_days("统计时段：2024年1月1日至6月30日"), _without_days("填报日期：2025年1月10日")
    ('统计时段：1至6月', '填报日期：')
    >>> _without_days("季报（2023年7-9月）")
    '季报（2023年7-9月）'
    """
    return _ONE_DAY.sub("", _DAYS.sub(lambda m: f"{int(m.group(1))}至{int(m.group(2))}月", text))


def names_period(text: str) -> bool:
    """Whether the words name a part of the year: a month, a quarter (二季度, Q3) or a half.

    >>> names_period("Q1 某镇第一季度人民调解案件登记表"), names_period("某镇人民调解案件登记表")
    (True, False)
    """
    return bool(_PERIOD_SHEET.search(text))


def period_words(sheet: str, title: str, file: str = "", later: bool = False) -> str:
    """The words naming a table's period: its sheet's name (1月, 全年汇总), or, where the name tells
    neither a period nor the whole year (Sheet13, 统计), the name with the title above the table
    (工作统计月报表（2023年1月）, 工作统计（全年汇总）) without the days it was filled in, or where
    neither tells, with the file's name (司法所月报2024年3月: a file a month). A `later` table of its sheet
    (stacked under another) whose own lines name a period is of that period: the sheet's name is its first
    table's (quarters stacked onto the sheet 一季度 had all been 一季度, four differing statements of one quarter).

    >>> period_words("3月", "某镇月报表（2024年3月）")
    '3月'
    >>> period_words("Sheet13", "某所2023年工作统计（全年汇总） 填报日期：2024年1月10日")
    'Sheet13 某所2023年工作统计（全年汇总） 填报日期：'
    >>> period_words("Sheet1", "某所工作统计月报表", "某所月报2024年3月")
    'Sheet1 某所工作统计月报表 某所月报2024年3月'
    >>> period_words("一季度", "二季度 某镇统计表（2024年二季度）", later=True), period_words("一季度", "某镇统计表", later=True)
    ('二季度 某镇统计表（2024年二季度）', '一季度')
    """
    if later and names_period(own := _without_days(title)):
        return own
    for words in (sheet, f"{sheet} {_without_days(title)}".strip()):
        if _PERIOD_SHEET.search(words) or _is_year(words):
            return words
    return f"{sheet} {_without_days(title)} {_without_days(file)}".strip()


def _period_rank(sheet: str) -> int:
    """The month a period sheet ends in (3月 → 3, 二季度 → 6, 上半年 → 6), 0 when its name tells none:
    sheets are ordered by it before their order in the file.

    >>> _period_rank("四季度"), _period_rank("2024年3月份"), _period_rank("十一月"), _period_rank("汇总")
    (12, 3, 11, 0)
    >>> _period_rank("季报（Q2）"), _period_rank("2023Q4"), _period_rank("FAQ1")
    (6, 12, 0)
    """
    cn = "一二三四五六七八九十"
    if m := _QUARTER.search(sheet):
        q = m.group(1) or m.group(2)
        return 3 * (int(q) if q.isdigit() else cn.index(q) + 1)
    if "上半年" in sheet:
        return 6
    if "下半年" in sheet:
        return 12
    if m := re.search(r"(?:^|[^\d])(1[0-2]|0?[1-9])月", sheet):
        return int(m.group(1))
    if m := re.search(r"(十[一二]?|[一二三四五六七八九])月", sheet):
        t = m.group(1)
        return 10 + (cn.index(t[1]) + 1 if len(t) > 1 else 0) if t.startswith("十") else cn.index(t) + 1
    return 0


def period_months(sheet: str) -> set[int]:
    """The months of the year a period table's name covers (1-6月 → 1…6, 二季度 → 4…6, 上半年 → 1…6, 3月 → 3),
    empty when the name tells no period.

    >>> [sorted(period_months(t)) for t in ["2024年1-6月统计", "二季度", "2024年上半年统计表", "十一月", "汇总", "Q3"]]
    [[1, 2, 3, 4, 5, 6], [4, 5, 6], [1, 2, 3, 4, 5, 6], [11], [], [7, 8, 9]]
    """
    if m := re.search(r"(?:^|[^\d])(1[0-2]|0?[1-9])" + _TO + r"(1[0-2]|0?[1-9])\s*月", sheet):
        return set(range(int(m.group(1)), int(m.group(2)) + 1))
    if "下半年" in sheet:
        return set(range(7, 13))
    end = _period_rank(sheet)
    if not end:
        return set()
    first = 1 if "上半年" in sheet else end - 2 if _QUARTER.search(sheet) else end
    return set(range(first, end + 1))


def _short_of_year(parts: list[Statement]) -> str:
    """Why one file's period tables stating a figure do not state the year's (a 上半年 table in a half-year
    工作总结, one quarter's report): the months they leave out, named; "" when they cover the year, or when a
    table names no period (it stands for the year). A 累计 (year so far) or a stock (季末) covers the year up
    to its period's end."""
    covered: set[int] = set()
    for p in parts:
        months = period_months(p.period)
        if not months or _is_year(p.period):
            return ""
        covered |= set(range(1, max(months) + 1)) if p.cumulative or p.stock else months
    missing = sorted(set(range(1, 13)) - covered)
    if not missing:
        return ""
    said = "、".join(f"{m}月" for m in missing) if len(missing) <= 3 else f"{missing[0]}月等{len(missing)}个月"
    return f"只统计了一年中的部分时期（缺{said}），不是全年数"


def _series(by_file: dict[str, list[Statement]]) -> list[Statement] | None:
    """The tables of several files stating a figure, as one file's, when each file holds periods of its
    own (司法所月报2024年1月.xlsx, …2月.xlsx; a 全年汇总 file beside them is the year's, as a sheet is).
    None when one file states it, when a table names neither a period nor the year, or when two
    files' periods meet (two copies of March: which one counts is not certain; the first file's
    stands, as before). Two files stating the year alone are no series either (a 以案定补 发放表 of the year's
    subsidised cases beside the 司法所's 年报 had added the two: 39 successful cases for 19 and 20)."""
    if len(by_file) < 2:
        return None
    if sum(all(_is_year(p.period) for p in parts) for parts in by_file.values()) > 1:
        return None
    seen: set[int] = set()
    for parts in by_file.values():
        months: set[int] = set()
        for p in parts:
            if _PERIOD_SHEET.search(p.period):
                months |= period_months(p.period)
            elif not _is_year(p.period):
                return None
        if months & seen:
            return None
        seen |= months
    return [p for f in sorted(by_file) for p in by_file[f]]


def _period_named(periods: list[str]) -> str:
    """The period a file's tables stating a figure name (their `period` words), as a message says it (全年, 3月,
    1-4月, 3、7月), "" where a table names none.

    >>> [_period_named(ps) for ps in (["3月"], ["一季度", "4月"], ["3月", "7月"], ["全年汇总"], ["Sheet1"])]
    ['3月', '1-4月', '3、7月', '全年', '']
    """
    if all(_is_year(p) for p in periods):
        return "全年"
    months: set[int] = set()
    for p in periods:
        if not _PERIOD_SHEET.search(p):
            return ""
        months |= period_months(p)
    runs: list[list[int]] = []
    for m in sorted(months):
        if runs and m == runs[-1][1] + 1:
            runs[-1][1] = m
        else:
            runs.append([m, m])
    return "、".join(str(a) if a == b else f"{a}-{b}" for a, b in runs) + "月" if runs else ""


def _is_year(period: str) -> bool:
    """Words naming the whole year: 全年汇总 (no period), or a span of all twelve months (1至12月)."""
    if _PERIOD_SHEET.search(period):
        return period_months(period) == set(range(1, 13))
    return any(w in period for w in _YEAR_SHEET)


def _whole_year(parts: list[Statement]) -> list[Statement]:
    """Of one file's tables stating a figure, the whole year's when the file holds it beside the
    periods' (12 monthly sheets and a 全年汇总): adding them all would count the year twice."""
    year = [p for p in parts if _is_year(p.period)]
    periods = [p for p in parts if _PERIOD_SHEET.search(p.period) and not _is_year(p.period)]
    if year and periods:
        return year[:1]
    return _numbered_tables(parts)


# A sheet named as a table of a report (表一, 表2, 附表3（以案定补）): the report's tables, each of its own matter.
_TABLE_NUMBER = re.compile(r"^附?表\s*[一二三四五六七八九十\d]+(?![\d月季])")

# A tab of a book binding the year's books (台账汇编) is named after the book it was, then its own name
# (某镇2024年度行政执法数据-表一): its own name still says what it said (表一, 汇总).
_BOUND_TAB = re.compile(r"^(.+?)\s*[-—–]\s*([^-—–]+)$")


def _bound(sheet: str) -> tuple[str, str]:
    """A sheet's name as (the book it was bound from, its own name); ("", the name) for a name of one part.

    >>> _bound("某镇2024年度行政执法数据-表一"), _bound("表一"), _bound("1-3月汇总")
    (('某镇2024年度行政执法数据', '表一'), ('', '表一'), ('1', '3月汇总'))
    """
    found = _BOUND_TAB.match(sheet.strip())
    return (found.group(1), found.group(2).strip()) if found else ("", sheet.strip())


# A table's registration line (表号：梓司调统1表, 表 号: A102表), as a statistical system prints it above the title.
_TABLE_CODE = re.compile(r"表\s*号\s*[：:]\s*([^\s：:]+)")


def report_table(sheet: str, title_text: str, later: bool = False) -> str:
    """The table's number in its report: the sheet's name where it is one (表一), else the 表号 its lines above the
    header print (a sheet left as Sheet2 still says 表号：梓司调统2表), else "". A `later` table of its sheet (stacked
    under another) is numbered by its own lines only, its 表号 or a line naming it (表二): the sheet's name is its
    first table's (表二 stacked onto the sheet 表一 had been a second 表一, and the figure both state added).

    >>> report_table("表二", ""), report_table("Sheet2", "表　　号：梓司调统2表 制表机关：梓溪镇司法所 人民调解统计表")
    ('表二', '梓司调统2表')
    >>> report_table("Sheet1", "梓溪镇人民调解工作统计表")
    ''
    >>> report_table("表一", "表二 某镇以案定补经费情况表", later=True), report_table("表一", "某镇统计表", later=True)
    ('表二', '')
    """
    if _TABLE_NUMBER.match(sheet) and not later:
        return sheet
    if _TABLE_NUMBER.match(_bound(sheet)[1]) and not later:
        return _bound(sheet)[1]
    found = _TABLE_CODE.search(title_text)
    if found:
        return found.group(1)
    named = next((line for line in title_text.split() if _TABLE_NUMBER.match(line)), "") if later else ""
    return named


def _numbered_tables(parts: list[Statement]) -> list[Statement]:
    """Of one file's tables stating a figure, the tables of one report (sheets 表一, 表二, or 表号 lines: the 人民调解工作统计表 by
    纠纷类型 and its 以案定补 table, both stating the successful cases) state it once each: the same number is
    the figure, never added (33 oral agreements had been read as 66); different numbers leave it unknown.

    >>> one = Statement("f", "k", 33, "a.xlsx", "表一", "E7", report_table="表一")
    >>> [p.sheet for p in _numbered_tables([one, replace(one, sheet="表二", cell="C7", report_table="表二")])]
    ['表一']
    >>> _numbered_tables([one, replace(one, sheet="表二", value=35, report_table="表二")])[0].problem != ""
    True
    >>> len(_numbered_tables([one, replace(one, sheet="1月", report_table="")]))
    2

    A sheet named as the report's summary (汇总, 总表) beside its numbered tables is one more table of it: the 广东 行政执法
    年度数据 workbook's 汇总 of the six classes states the 行政许可 表一 states (186 had been read as 372).

    >>> [p.sheet for p in _numbered_tables([replace(one, sheet="汇总", report_table=""), one])]
    ['汇总']

    Bound into a 台账汇编, a report's tabs keep their own names after their book's (执法数据-汇总, 执法数据-表一).
    """
    if len(parts) < 2 or any(p.problem for p in parts):
        return parts
    numbered = [p for p in parts if p.report_table]
    summaries = [p for p in parts if not p.report_table and _summary_sheet(p.sheet)]
    if not numbered or len(numbered) + len(summaries) < len(parts) or len(summaries) > 1:
        return parts
    if len({p.report_table for p in numbered}) < len(numbered):
        return parts
    values = list(dict.fromkeys(p.value for p in parts))
    if len(values) == 1:
        return parts[:1]
    said = "，".join(f"「{p.sheet}」{p.cell}：{'无' if p.value is None else plain(p.value)}" for p in parts[:3])
    problem = f"同一文件的{len(parts)}张表都填报了这一项而数值不同（{said}），不知哪个是准确的数"
    return [replace(parts[0], problem=problem)]


# A sheet's name calling it the summary of its book's tables (汇总, 汇总表, 总表), no period or part of the year in it.
_SUMMARY_SHEET = re.compile(r"^(?:\S{0,12}?)(?:汇总表?|总表)$")


def _summary_sheet(sheet: str) -> bool:
    """Whether a sheet is named as its book's summary (汇总, 执法数据汇总表, 总表), naming no period (1月汇总 is a month's).

    >>> [_summary_sheet(s) for s in ("汇总", "执法数据汇总表", "总表", "1月汇总", "二季度汇总", "表一", "晨光村")]
    [True, True, True, False, False, False, False]
    """
    own = _bound(sheet)[1]
    return bool(_SUMMARY_SHEET.match(sheet.strip()) or _SUMMARY_SHEET.match(own)) and not _PERIOD_SHEET.search(sheet)


def kind_of(table: Table, specs: dict[str, LedgerSpec], context: str) -> str | None:
    """The kind a statistics table is about: the hints of its title, sheet and file name, then the
    titles it shares with a kind's fields. None when no kind or a tie."""
    scores = []
    titles = {p for c in table.columns for p in c.path}
    bare = {without_unit(t) for t in titles}
    for k, s in specs.items():
        hints = sum(1 for h in s.hints if h in context)
        # A field once, however many of its aliases read alike (村（社区）, 村(社区)); and the columns
        # titled with the kind's values (解答法律咨询（人次）, 审查合同（份）: counts per service).
        own = sum(1 for f in s.fields if any(norm_header(h) in titles for h in f.headers))
        values = {norm_header(x) for f in s.fields for c, vs in (f.vocabulary or {}).items() for x in (c, *vs)}
        own += len({t for t in bare if len(t) >= 2} & values)
        scores.append((1.5 * hints + own, k))
    scores.sort(reverse=True)
    # One title in common (数量) is no evidence: a hint in the title or file name, or two titles.
    if not scores or scores[0][0] < 1.5 or (len(scores) > 1 and scores[0][0] == scores[1][0]):
        return _kind_by_rows(table, specs) if not scores or scores[0][0] < 1.5 else None
    return scores[0][1]


def _kind_by_rows(table: Table, specs: dict[str, LedgerSpec]) -> str | None:
    """The kind a form naming none in its title or column titles counts by its rows: the one kind of which two row
    labels or more are labels its spec declares for a form, or values it counts (a 派出所 治安工作情况统计表 of 项目 |
    计量单位 | 第一季度 … rows: 出具家庭暴力告诫书, 涉黄治安案件, 其中：涉黄行政拘留). None when no kind or a tie."""
    rows = table.rows if table.rows is not None else table.body
    texts = {label(x) for x in rows.to_numpy(dtype=object).ravel() if isinstance(x, str) and x.strip()}
    texts.discard("")
    scores = []
    for k, s in specs.items():
        known = {label(x) for st in s.statistics for group in st.labels for x in group}
        for f in s.fields:
            known |= {label(x) for c, vs in (f.vocabulary or {}).items() for x in (c, *vs) if len(x) >= 3}
        scores.append((len(texts & known), k))
    scores.sort(reverse=True)
    if not scores or scores[0][0] < 2 or (len(scores) > 1 and scores[0][0] == scores[1][0]):
        return None
    return scores[0][1]


def records_short_of_year(files: list[dict], kind: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """(the months left out, the tables) where every table of a kind's records names the span of months it was kept
    for (a register titled （2024年10-12月）, begun in October) and together they leave months of the year out: its
    records are no year's count, whatever a form beside them states. ((), ()) otherwise: a table naming no span, or
    spans making up the year (1-6月 and 7-12月). Last year's book beside this year's (（2023年10-12月）, every record
    of another year) names no span of this year, nor says the year's records are whole: it is not looked at."""
    spans, places = [], []
    for f in files:
        if f.get("excluded"):
            continue
        for s in f.get("sheets", []):
            if s.get("records") and s.get("excluded", {}).get("out_of_year", 0) == s["records"]:
                continue
            for t in s.get("tables", []):
                if t.get("kind") != kind or t.get("role") == "statistics":
                    continue
                spans.append(set(t.get("span_months") or ()))
                places.append(f"{f['file']}「{s['sheet']}」")
    if not spans or not all(spans):
        return (), ()
    return tuple(m for m in range(1, 13) if m not in set().union(*spans)), tuple(places)


def months_said(months: tuple[int, ...] | list[int]) -> str:
    """Months as a message names them: a run as its ends, others one by one.

    >>> months_said((10, 11, 12)), months_said((1, 2, 3, 4, 5, 6, 7, 8, 9)), months_said((3, 7))
    ('10-12月', '1-9月', '3月、7月')
    """
    if len(months) > 1 and list(months) == list(range(months[0], months[-1] + 1)):
        return f"{months[0]}-{months[-1]}月"
    return "、".join(f"{m}月" for m in months)


def part_of(file: str, sheet: str) -> str:
    """The village a statistics table is of, by its sheet's name or else its file's, or "": its form counts that
    village's matters only.

    >>> part_of("小旺草村矛盾纠纷月报表.xlsx", "月报表"), part_of("汇总.xlsx", "尹珍社区"), part_of("各村汇总.xlsx", "Sheet1")
    ('小旺草村', '尹珍社区', '')
    """
    return village_of_sheet(sheet) or village_of_file(file)


def of_part(table: pd.DataFrame, part: str) -> pd.Series:
    """The records of a village or of one of the town's offices: from a file or sheet named after it, or whose 村（社区）
    or 执法单位 cell names it."""
    mask = pd.Series(False, index=table.index)
    for col in ("_file", "_sheet", "village", "office"):
        if col in table:
            mask |= table[col].astype("string").str.contains(part, regex=False).fillna(False).astype(bool)
    return mask


def _blank_matches(test) -> bool:
    """Whether a `where` test matches a blank, so that a record whose sheet lacks the column still matches."""
    return test == {"present": False} or (isinstance(test, dict) and "not" in test)


def record_value(spec: LedgerSpec, figure: str, table: pd.DataFrame) -> float | None:
    """A count or sum figure over a kind's records, as the records give it, to compare with a
    statistics table (filters as fzlib.indicators.figures: a value or a list of values)."""
    g = next((x for x in spec.figures if x.name == figure), None)
    if g is None or g.op == "ratio":
        return None
    if "_absent" in table and len(table):
        # No record's sheet has a column the figure needs (应参考人数 beside a log of sessions): the
        # records cannot give it, so there is nothing to compare the statement with.
        absent = "," + table["_absent"].fillna("").astype(str) + ","
        # A filter on a column being blank needs no column: a record without it is blank there.
        needed = [n for n in (g.arg, *g.where) if isinstance(n, str) and not _blank_matches(g.where.get(n))]
        if any(absent.str.contains(f",{n},", regex=False).all() for n in needed):
            return None
    mask = pd.Series(True, index=table.index)
    for name, wanted in g.where.items():
        if isinstance(wanted, dict) and "not" in wanted:
            if name in table:  # none of the values: a blank, or a table without the column, matches
                unwanted = wanted["not"] if isinstance(wanted["not"], list) else [wanted["not"]]
                mask &= ~table[name].isin(unwanted).fillna(False).astype(bool)
            continue
        if isinstance(wanted, dict):
            mask &= table[name].notna() == bool(wanted.get("present"))
            continue
        wanted = wanted if isinstance(wanted, list) else [wanted]
        mask &= table[name].isin(wanted).fillna(False).astype(bool)
    rows = table[mask]
    if g.op == "count":
        return float(len(rows))
    if g.op == "count_distinct":
        key = "_key" if "_key" in rows and g.arg in spec.key else g.arg
        if g.weight and g.weight in rows:  # each record adds its weight (纠纷数量), a blank 1
            first = rows[rows[key].notna()].drop_duplicates(subset=key)
            return float(first[g.weight].astype("Float64").fillna(1).sum())
        return float(rows[key].nunique(dropna=True))
    values = rows[g.arg]
    if g.fill is not None:
        values = values.fillna(g.fill)
    return float(values.astype("Float64").sum())
