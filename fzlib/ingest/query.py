"""A platform export's query line (查询条件：办理状态=已办结；受理时间 2024-01-01 至 2024-06-30) above its header:
what the query kept. A file exported with a query holds only the records it kept, so a figure counting the whole
year rests on it only where the query took in every record the figure counts (fzlib/indicators/figures.py decides,
over every table of the kind: four quarterly exports together cover the year)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from fzlib.ingest import towns
from fzlib.ingest.cleaners.categories import vocabulary_of
from fzlib.ingest.locate import norm_header
from fzlib.spec import LedgerSpec

# The words a platform writes before the conditions of the query the file was exported with.
_MARK = re.compile(r"(?:查询|筛选|过滤|检索|导出|搜索)条件\s*[:：]?\s*")
# Where the conditions end: the other items of an export's preamble written after them on the same line or below.
_END = re.compile(
    r"(?:导出时间|导出人|导出日期|打印时间|打印人|制表人?|填报|填表|共\s*计?\s*[:：]?\s*\d+\s*[条件项]|合计\s*[:：]?\s*\d)"
)
# A value that keeps every record (栏目：全部), or that names no condition at all.
_EVERY = frozenset({"全部", "所有", "不限", "全部状态", "全部类型", "全选", "无", "空", "-", "—"})
_TIME = r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?"
_DAY = r"(?<!\d)(\d{4})(?:\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?|(\d{2})(\d{2}))(?!\d)" + _TIME
_SPAN = re.compile(_DAY + r"\s*(?:至|到|-|—|–|~|～)\s*" + _DAY)
_ONE = re.compile(_DAY)
# Words saying which end of the year a lone date bounds: 2024-07-01起, 截至2024-12-31.
_FROM_WORDS = ("起", "以后", "之后", "以来", ">=", "≥", "从", "自")
_UNTIL_WORDS = ("截至", "截止", "之前", "以前", "<=", "≤", "止")
# A condition: a title, then =, ：or :, then its values (several joined by 、 or /).
_CONDITION = re.compile(r"^(.+?)\s*(?:=|＝|：|:)\s*(.+)$")
_CLAUSES = re.compile(r"[；;，,\s\u3000]+")
_VALUES = re.compile(r"[、/|｜]+")


@dataclass(frozen=True)
class Query:
    """The conditions of a query line, read."""

    line: str  # as written, for messages
    span: tuple[dt.date | None, dt.date | None] | None = None  # the days its date condition keeps, None: no such
    dates_unread: bool = False  # a date condition it could not read
    # Per condition on a value: (title as written, field of the kind or "", values kept: canonical where the field's
    # vocabulary reads them, else as written).
    values: list[tuple[str, str, tuple[str, ...]]] = field(default_factory=list)


def line_of(title_text: str) -> str:
    """The query line among the texts above a header, "" when there is none.

    >>> line_of("信访事项查询结果 导出时间：2025-01-05 16:40:02 查询条件：登记日期 20240101-20241231；办理状态：已办结 共17条")
    '查询条件：登记日期 20240101-20241231；办理状态：已办结'
    """
    found = _MARK.search(title_text or "")
    if not found:
        return ""
    rest = title_text[found.end() :]
    end = _END.search(rest)
    return (title_text[found.start() : found.end()] + (rest[: end.start()] if end else rest)).strip(" ；;，,\u3000")


def _date(m: re.Match, at: int) -> dt.date | None:
    year, month, day = m.group(at), m.group(at + 1) or m.group(at + 3), m.group(at + 2) or m.group(at + 4)
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def read(line: str, spec: LedgerSpec, town: str | None = None) -> Query:
    """The conditions of `line` as they bear on records of `spec`'s kind.

    >>> from fzlib.spec import load_specs
    >>> register = next(s for s in load_specs().values() if s.title == "信访事项台账")
    >>> q = read("查询条件：办理状态=已办结；受理时间 2024-01-01 至 2024-06-30", register)
    >>> q.span, q.values
    ((datetime.date(2024, 1, 1), datetime.date(2024, 6, 30)), [('办理状态', 'status', ('已化解',))])
    """
    text = _MARK.sub("", line, count=1)
    span, unread = None, False
    if m := _SPAN.search(text):
        span = (_date(m, 1), _date(m, 6))
        unread = None in span
        text = text[: m.start()] + "；" + text[m.end() :]
    elif m := _ONE.search(text):
        day, before, after = _date(m, 1), text[: m.start()], text[m.end() :]
        if day and (after.lstrip().startswith(_FROM_WORDS) or before.rstrip().endswith(_FROM_WORDS)):
            span = (day, None)
        elif day and (before.rstrip().endswith(_UNTIL_WORDS) or after.lstrip().startswith(_UNTIL_WORDS)):
            span = (None, day)
        else:
            unread = True
        text = text[: m.start()] + "；" + text[m.end() :]
    values = []
    for clause in _CLAUSES.split(text):
        m = _CONDITION.match(clause)
        if not m:
            continue  # the title of the date condition read above, a word without a value
        title, said = m.group(1).strip(), [v for v in _VALUES.split(m.group(2).strip()) if v]
        name = _field(title, spec)
        if not said or all(v in _EVERY for v in said) or _owner(said, town) or (not name and _names_kind(said, spec)):
            continue  # every record kept, or the town's own (管辖单位：某镇), or the kind itself (一级分类：矛盾纠纷)
        vocabulary = spec.field(name).vocabulary if name else None
        if vocabulary:
            vocab = vocabulary_of(vocabulary)
            said = [vocab.certain(v) or v for v in said]
        values.append((title, name, tuple(dict.fromkeys(said))))
    return Query(line, span, unread, values)


def _field(title: str, spec: LedgerSpec) -> str:
    """The kind's field a condition's title names, "" when none does."""
    said = norm_header(title)
    return next((f.name for f in spec.fields if said in map(norm_header, f.headers)), "")


def _owner(values: list[str], town: str | None) -> bool:
    """Whether the values name a town or an office (管辖单位：某镇, 登记机构：某镇人民政府): the export of the town's
    own records. As a column naming one town in every row, whatever town it names (params may name the town
    otherwise): the folder holds that town's ledgers."""
    w = towns.words()
    return all(norm_header(v).endswith((*w.suffixes, *w.offices)) or (town and towns.is_town(v, town)) for v in values)


def _names_kind(values: list[str], spec: LedgerSpec) -> bool:
    """Whether every value names the kind itself (一级分类：矛盾纠纷 in a dispute export, by its first hint word): the
    query chose the ledger, not some of its records."""
    return bool(spec.hints) and all(spec.hints[0] in v for v in values)
