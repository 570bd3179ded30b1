"""Finding testable relations in a draft: totals with parts, shares, rates, growth, tables.

Extraction only; judging the relations is verify.py's job. The text is split into paragraphs
(lines), sentences (。！？) and clauses (，；：). Each number is tied to the label before it in its
clause. Every relation is looked for inside one sentence, or one paragraph at most, so the work
grows with the length of the text, never with its square.

The rules are those of shared/spec/report-checking.md: a base is a count in the same unit named
by its key noun, never a percentage or a count of categories; rate terms follow the standard
definitions of rates.yaml; a list ends where its items stop (brackets, narrative clauses, a new
total); a share without a count of its own borrows none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from fzlib.check.judge import judge_ratio
from fzlib.check.numbers import UNITS, UNREAD_UNITS, Number, find_numbers, normalise, same_family
from fzlib.spec import load_yaml

RATES_FILE = Path(__file__).with_name("rates.yaml")
LABEL_MAX = 40  # characters of label kept before a number: labels are short, texts may not be
SENTENCE_FIGURES_MAX = 120  # figures of one sentence that relations are looked for among
PARAGRAPH_FIGURES_MAX = 400  # figures of one paragraph that bases are looked for among
WINDOW_PARAGRAPHS = 8  # paragraphs before a share where a total it refers to may stand

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_BOUNDARY = "，,；;：:。！？!?\n"
_ITEM_BOUNDARY = _CLAUSE_BOUNDARY + "、"
_OPEN, _CLOSE = "（(【[", "）)】]"

# 共 as in 共办理, not as in 公共/共同/共享/共建.
_TOTAL_MARK = re.compile(r"(?<!公)共(?![同享建治识性有])|合计|总计|累计|总数|总量|一共|总共|全年受理")
# A colon between digits is a ratio ("性别比为105.23:100", "25.72:26.84:47.44"), not a list's opening.
# 内有 opens what an item holds as 其中 does ("机构类信息20条，内有领导成员10条、…"), unless it tells where
# something is ("辖区内有", "村内有").
_INTRO = re.compile(
    r"其中|包括|分别为|分别是|具体为|具体是|具体包括|涉及|(?<![区镇乡村县市省境国院校])内有|(?<!\d)[：:]|[：:](?!\d)|"
    r"按.{0,6}(?:看|分|划分|统计)|从.{0,8}看"
)
_EXHAUSTIVE_INTRO = re.compile(r"分别为|分别是|具体为|具体是")
# "投诉类型排名前三位的分别是：…": a list of the first few is not all of them, whatever word opens it.
_TOP_FEW = re.compile(r"前[一二三四五六七八九十两\d]{1,3}(?:位|名|项|类|个|大|种)|排名靠前|居前")


def _declared_full(gap: str) -> bool:
    """Whether the words opening a list declare it complete (分别为…), and not as its first few."""
    m = _EXHAUSTIVE_INTRO.search(gap)
    return bool(m) and not _TOP_FEW.search(gap[: m.start()])


# A division of the total by one attribute, right before the list: 按照案件类型分, 按违法主体划分, 按类型分为.
_PARTITION_INTRO = re.compile(r"按(?:照)?[\u4e00-\u9fff]{1,6}(?:划分|分)(?:为)?[：:，,]?\s*$")
# "在梳理的137起案件中，51起为日常琐事纠纷…", "受理的151件中，…": a count said with 在 or as what was
# done (…的), its own noun, 中 and a comma open what it holds; "2件正在办理中，" says a state, not a whole.
_AMONG = re.compile(r"[^\d，,。；;：:、（）()]{0,6}(?<!理|查|行|实|调|处)中[，,]")


def _among(norm: str, total: Figure, gap: str) -> re.Match | None:
    lead = norm[total.clause_start : total.num.start]
    return _AMONG.match(gap) if ("在" in lead or "的" in lead) else None


# Words that open a split of the same total by another dimension ("；从案件类型看，行政处罚32件…"): standing
# between two items, they end the list before them.
_NEW_DIMENSION = re.compile(r"按.{0,6}(?:看|分|划分|统计)|从.{0,8}看")
_CLOSING_ITEM = re.compile(r"其他|其它|其余|剩余")
# Successive stages of handling: a count of a later stage is inside a count of an earlier one,
# so counts of two stages are never parts of one list ("立案80件，结案70件").
STAGES = (
    re.compile(r"收到|接收|受理|立案|登记|交办|排查|摸排|新收"),
    re.compile(r"审结|办结|结案|化解|调解成功|调处|处理完毕|答复|办理完毕|纠错|出庭"),
    re.compile(r"回访"),
    re.compile(r"满意|履行"),
)
# Traits people are counted by, one pattern per dimension: a list of people whose items name two
# dimensions (党员 and 女性, 专职 and 本科) counts people twice, its parts may exceed its total.
TRAITS = (
    re.compile(r"男|女"),
    re.compile(r"党员|团员|群众|民主党派"),
    re.compile(r"本科|大专|专科|研究生|硕士|博士|学历|中专|高中"),
    re.compile(r"\d+岁|岁以[上下]|年轻"),
    re.compile(r"专职|兼职"),
    re.compile(r"持证|资格|执法证"),
    re.compile(r"少数民族|汉族"),
    re.compile(r"退役|退休"),
)
# Statuses that exclude one another, one pattern per dimension with its sides as groups: a count named
# by one side (辅助执法人员) is a counterpart of a total named by the other (在编执法人员), never its part,
# so a list of the total has ended before it ("在编27名，其中持证24名；辅助执法人员15名").
COUNTERPARTS = (
    (re.compile(r"在编|编内|正式"), re.compile(r"编外|辅助|协管|聘用|临时")),
    (re.compile(r"专职"), re.compile(r"兼职")),
)
# Groups the people aided belong to, one pattern per dimension, each naming a whole item: a list whose
# items are such groups (残疾人169件、妇女492件、农民工544件) counts a case once for every group its
# aided person is in, so its parts may exceed its total, and their shares 100%.
AIDED_GROUPS = (
    re.compile(r"(?:妇女|女性|男性)$"),
    re.compile(r"(?:老年人|老人|未成年人|青少年|儿童)$"),
    re.compile(r"(?:残疾人|残障人士)$"),
    re.compile(r"(?:农民工|农民|职工|学生|军人|军属|退役军人)$"),
)
# Measures of separate systems one person may receive together, one pattern per system: a count of
# people sanctioned split into 党纪处分 and 政务处分 (政纪处分) counts a person once under each system he was
# sanctioned by, so its parts may exceed its total ("处分334人(其中党纪处分315人、政务处分40人)").
SANCTION_SYSTEMS = (
    re.compile(r"党纪"),
    re.compile(r"政务处分|政纪处分|政务撤职|政务记[大过]"),
)
# Facets cases are counted by besides their kind, one pattern per facet: a list whose items name a facet
# (简易程序, 涉企) beside items that do not (违法建设, 占道经营) counts a case under its kind and again under
# the facet, so its parts may exceed its total.
CASE_FACETS = (
    re.compile(r"简易程序|一般程序|普通程序|听证程序|快速办理"),
    re.compile(r"涉企|涉外|涉农|涉疫"),
)
# A clause opening with these words tells something new: the list before it has ended.
_NARRATIVE = re.compile(
    r"^(?:[一二三四五六七八九十]是|此外|另外|另有|同时|并|还|故|现有|新增|目前|截至|截止|全年|今年|"
    r"累计|共|合计|总计|期间|通过|依托|已|经|较|比|同比|环比|与上|与去|其中)"
)
# Verbs that open a new clause of narrative after a semicolon; list items are named by what they
# count (邻里纠纷, 行政许可), so a list does not run on into such a clause.
# "对…提出检察建议2222件" tells what was done to something: an action too, never a list item.
_NEW_ACTION = re.compile(
    r"^(?:发布|开展|组织|召开|举办|签订|制定|发放|出动|聘请|接待|走访|完成|实现|推动|推进|落实|建立|设立|提供|对|针对)"
)
_SHARE_MARK = re.compile(r"占|比例|比重")
_RATE_MARK = re.compile(r"率|满意度")
_UP = re.compile(r"增长|增加|上升|提高|提升|增幅|多了|攀升")
_DOWN = re.compile(r"下降|减少|降低|回落|降幅|下滑|少了|减小")
_CHANGE_LEAD = re.compile(
    r"(?:增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑|增幅|降幅|多了|少了|攀升)"
    r"(?:了|约|达到|达|为|是|幅度为|幅度达)?$"
)
# "由去年同期3件增长为261件": a count after a change word with 为/至/到, in a clause that names where it came
# from (由/从), is the level reached, not the size of the change.
_REACHED = re.compile(r"(?:增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑)(?:为|至|到)$")
_FROM_IN_CLAUSE = re.compile(r"[由从從][^，,；;。、：:]{0,12}\d")


# "由上年的90起降至今年的40起": a count right after 由/从 (a few words between) that a change word with 至/到/为
# follows is where one thing started; the count after it is where that thing got to.
_TO_AFTER_FROM = re.compile(r"\s*(?:增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑|增|减|升|降)(?:为|至|到)")


def _starts_a_from_to(norm: str, f: Figure) -> bool:
    return (
        not f.percent
        and bool(_FROM_MARK.search(norm[f.clause_start : f.num.start]))
        and bool(_TO_AFTER_FROM.match(norm, f.num.end))
    )


def _reached_level(norm: str, f: Figure) -> bool:
    lead = norm[f.clause_start : f.num.start]
    return not f.percent and bool(_REACHED.search(lead)) and bool(_FROM_IN_CLAUSE.search(lead))


# A figure that is an average of something ("人均结案274件", "年平均增长70.6万件") is neither a total of
# the counts after it nor a change between two of the levels around it.
_AVERAGE = re.compile(r"人均|平均|案均|户均|日均|年均|月均|场均")
_COMPARE = re.compile(r"同比|环比|较|比上|比去|比\d{4}年|与上|与去|与\d{4}年|上年|去年|上月|上周|由|从|相比")
_OLD_MARK = re.compile(r"去年|上年|上一年|同期|前一年|上月|上周")
# 由/从 mark a starting level only right before it ("由52件增加到", "从去年的453件"); far from the count they
# are other words ("从事知识产权…鉴定的机构为2429家", "由于…").
_FROM_MARK = re.compile(r"[由从從][^，,；;。、：:（(]{0,8}$")
# Last year named by its number right before the count ("216件，较2024年的244件减少11.5%"): only
# directly before it, since "与2023年相比，今年受理300件" names the year of the comparison, not of 300.
_OLD_YEAR = re.compile(r"(?:较|比|与)(?:19|20)\d\d年度?(?:同期)?的?\s*$")
# Cases carried over from last year ("不含上年旧存28802件", "含上年度结转5件") are a stock this year
# starts with, not last year's level of what is counted now.
_CARRIED_OVER = re.compile(r"旧存|结转|遗留")
# Right after a count, its comparison with the year before the one it is of ("，较上一年减少…", "，比前年").
_YEAR_BEFORE_LAST = re.compile(r"[，,]?\s*(?:较|比|与|較|與)(?:上一年|前年|前一年)")
_ALL_MARK = re.compile(r"全部|均|全覆盖|全面完成|全数")
_NEGATION = re.compile(r"(?:[不未非没]|不予|未予|未能|不能)$")
# "未调解成功41件": a 未/不/没 a verb or two before the word negates it too (非诉 is no negation).
_NEGATION_AHEAD = re.compile(r"(?:^|[，,、；;：:\s])(?:未|不|没有?)[\u4e00-\u9fff]{1,3}$")
_IMPLIED_PERCENT = re.compile(r"(?:率|满意度)(?:达到|高达|已达|保持|均为|均达|为|达|是)?$")

# Words opening with a connector's character that name something (有效化解, 约谈, 达成协议, 是否出庭, 共享): the
# character is the word's own, never taken off as a connector (有效 had become 效, 约谈 谈).
_KEPT_WORDS = (
    "有效|有关|有序|有力|有偿|有权|有奖|有害|有证|约谈|约定|达成|达标|为民|为期|是否|了解|并处|并案|还款|还原|"
    "另案|已决|共享|共建|共治|共同|的确"
)
# Words that open or close a label without naming anything.
_LEAD = re.compile(
    rf"^(?:(?!{_KEPT_WORDS})(?:其中|另外|此外|同时|并且|共计|合计|总计|累计|一共|总共|共|全年|今年以来|今年|本年度|本年|"
    r"全[镇乡街县区市]|我[镇乡街县区市]道?|20\d\d年度?|截至目前|目前|已经|已|并|还|另|分别为|分别是|分别|"
    r"达到|达|为|是|有|约|了|的|，|、|\s))+"
)
_TRAIL = re.compile(r"(?:达到|达|为|是|共计|共|计|约|了|的|各|\s)+$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    index: int
    paragraph: int


@dataclass
class Figure:
    """A number together with the words that say what it counts."""

    num: Number
    raw_label: str  # text from the clause start to the number (at most LABEL_MAX characters)
    label: str  # raw_label without connectors such as 其中/共/达到
    clause_start: int  # where the figure's clause begins: a claim on this figure starts here
    sentence: Sentence
    index: int  # position among the figures of the whole text
    bracketed: bool  # inside （…）: a note or a sub-item, never an item of the list around it
    counted: str = ""  # the noun right after the count naming what it counts ("31个省级行政区"), if any

    @property
    def is_total(self) -> bool:
        return bool(_TOTAL_MARK.search(self.raw_label))

    @property
    def is_count(self) -> bool:
        return self.num.is_count

    @property
    def percent(self) -> bool:
        return self.num.percent


@dataclass
class Part:
    figure: Figure
    multiplier: int = 1
    share: Figure | None = None


@dataclass
class Breakdown:
    total: Figure
    parts: list[Part]
    complete: str  # why the list is evidently complete ("" when it may not be)
    others: list[Figure] = field(default_factory=list)  # earlier totals the list may belong to
    # The list stopped at a further count of the same unit in the same sentence for a reason that
    # does not clearly end a list (a word like 涉及 inside an item's label): its end is unclear.
    cut: Figure | None = None
    # The list is introduced as a division of the total by one attribute (按照案件类型分：…, 按违法主体划分): each
    # item is one class, no item of it is another matter, so its items never stop at a prefix that adds up.
    partition: bool = False
    # The total is a change ("案件总数下降136件") and every item the same way's change of one kind ("其中行政
    # 检查下降114件"): "up" or "down"; "" for a list of counts.
    change: str = ""

    @property
    def figures(self) -> list[Figure]:
        return [self.total] + [p.figure for p in self.parts]


@dataclass
class Share:
    share: Figure
    parts: list[Figure]  # the share's own count (several for a group share); empty when none
    base: Figure | None
    how: str  # named, breakdown, governing, siblings, whole, none
    named: str  # the base the share names ("受理案件"), "" when bare
    breakdown: Breakdown | None = None
    siblings: list[tuple[Figure, Figure]] = field(default_factory=list)  # (share, its count) beside
    candidates: list[Figure] = field(default_factory=list)  # counts that could be the base
    parts_sum: float | None = None  # the sibling counts' own sum, a reading when no base is stated
    sure: bool = False  # the base is unambiguous: named by its key noun, the list's total, or the
    #                     one total of the paragraph
    # A stated count (a bracketed one too) that the counts of the sentence's share list add up to exactly,
    # when every share of that list follows from it and the shares add up to about 100%: the list is its
    # whole breakdown, so the shares are over it even where the words name another count alike ("共收到
    # 提案3045件，经审查立案2686件，其中委员提案1640件，占提案总数的61.1%…").
    made_up: Figure | None = None
    # Other counts of other sizes are named by the base's name as well as the base found ("投诉" for every
    # item of a list of 投诉): the base is one guess among several.
    alike: bool = False


@dataclass
class Rate:
    rate: Figure
    definition: dict | None
    numerator: Figure | None
    denominator: Figure | None
    how: str  # key (denominator named by its key noun), loose, partial (named by a word for only a part
    #           of the standard base: 新收 without 旧存), total, pair, previous (keyed, in the sentence
    #           before), shared (a sibling rate's terms), none
    all_done: bool  # the sentence says 全部/均, which means 100%
    positives: list[Figure] = field(default_factory=list)  # every positive grade (满意率)
    minus: Figure | None = None  # withdrawn cases (胜诉率 without 撤诉)
    adjacent: bool = False  # the denominator stands in the rate's clause or the one before
    # Counts after the denominator named by the numerator's own stage ("调处195件" before "调处成功193件"):
    # the whole the successes are taken from, another reading of the denominator.
    stages: list[Figure] = field(default_factory=list)
    # The stage is the one the rate's own name names (调处成功率 → "调处4165件"): a standard reading,
    # so when neither it nor the keyed count gives the rate, the rate is wrong.
    named_stage: bool = False
    # Counts done at once, never handed on ("当场答复5113宗" beside "转办2114宗，办结1898宗"), when they
    # and the denominator make up a count of the sentence: the rate may be over that whole.
    plus: Figure | None = None
    # The same cases counted in another unit right beside the numerator ("起诉373件507人"): a rate may be
    # over either ("起诉率(按人数)"), so one is never called impossible while the other can give it.
    companions: list[Figure] = field(default_factory=list)
    # Other counts after the base named by the numerator's word, each of one part of the whole ("其中镇本级
    # 调处32起，各村调处51起，调处率96.5%"): the rate of the whole may be over their sum with the numerator.
    split: list[Figure] = field(default_factory=list)
    # The other counts named by the base's word before the one taken ("全镇共受理120件，其中各村受理90件"):
    # the rate of the whole may be over an earlier, wider one, so no whole numerator over the last alone
    # proves it wrong while one of them can give it.
    other_bases: list[Figure] = field(default_factory=list)
    # Counts of the cases concluded (办结, 结案…) the rate's paragraph states, before or after it: a base
    # some reports state a success rate over instead of the cases accepted (12315: 调解成功 ÷ 办结).
    concluded: list[Figure] = field(default_factory=list)
    # Rates of a concluding stage the paragraph states over the same base, with no count of their own
    # ("受理63965起，调处率98.61%，调解成功62898起，调解成功率99.72%"): the count of that stage each implies is
    # another base of a success rate, known only to the whole counts the stage's rate allows.
    implied: list[Figure] = field(default_factory=list)
    # Such a count done at once or outside the cases (案外调解争议111起) when no count of the sentence is its
    # sum with the denominator: the rate may still be over that sum, unconfirmed (see rates.yaml, plus).
    plus_open: Figure | None = None


@dataclass
class Growth:
    change: Figure
    old: Figure | None
    new: Figure | None
    down: bool
    how: str  # fromto, years, diff, feasible, none
    candidates: list[Figure] = field(default_factory=list)  # counts the change may refer to
    difference: Figure | None = None  # "增加842件，增幅为18.38%": the stated difference
    # a later member of a 分别 list ("分别上升50%、111.89%和25.41%"): no change word of its own, it
    # is judged only when the list pairs one change with each count in order
    continued: bool = False
    # where `new` is an average (日均1件), the count it averages, stated before it: another reading of the level
    level: Figure | None = None


@dataclass
class Cell:
    text: str
    start: int
    end: int
    value: float | None
    percent: bool
    decimals: int


@dataclass
class TableSeries:
    """One breakdown of a table: item labels with a count and maybe a share each."""

    labels: list[str]
    counts: list[Cell | None]
    shares: list[Cell | None]
    total: int | None  # index of the 合计 item, if any
    candidates: list[Figure] = field(default_factory=list)  # prose counts stated before the table
    introduced: Figure | None = None  # "正在受理的45件中，分类情况如下：" on the line right above the table


@dataclass
class TableRow:
    """A row of a table in the draft: a label cell and the one figure beside it."""

    label: str
    value: float
    start: int
    end: int


@dataclass
class TableMatch:
    figure: Figure  # the prose figure
    row: TableRow


@dataclass
class Extraction:
    text: str
    figures: list[Figure]
    breakdowns: list[Breakdown]
    shares: list[Share]
    rates: list[Rate]
    growths: list[Growth]
    tables: list[TableMatch] = field(default_factory=list)
    series: list[TableSeries] = field(default_factory=list)


# ---------------------------------------------------------------- text structure


def split_sentences(text: str) -> list[Sentence]:
    """Sentences as spans of the text, separated by 。！？ and line breaks."""
    out, start, paragraph = [], 0, 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append(Sentence(start, m.start(), len(out), paragraph))
        if m.group() == "\n":
            paragraph += 1
        start = m.end()
    if start < len(text):
        out.append(Sentence(start, len(text), len(out), paragraph))
    return out


def clean_label(raw: str) -> str:
    """A label without the connectors around it ("其中，行政许可" → "行政许可")."""
    label = raw
    for _ in range(3):
        label = _TRAIL.sub("", _LEAD.sub("", label))
    return label


def _clause_start(norm: str, pos: int, floor: int, boundaries: str = _CLAUSE_BOUNDARY) -> int:
    i, stop = pos, max(floor, pos - LABEL_MAX)
    while i > stop and norm[i - 1] not in boundaries:
        i -= 1
    return i


def _bracket_depths(norm: str) -> tuple[list[int], list[int]]:
    """Positions where bracket depth changes, and the depth from each, for bisecting."""
    positions, depths, depth = [0], [0], 0
    for i, ch in enumerate(norm):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif ch == "\n":
            depth = 0
        else:
            continue
        positions.append(i + 1)
        depths.append(depth)
    return positions, depths


class _Marks:
    """Positions of boundary characters, to find a clause's start by bisection, not by walking."""

    def __init__(self, norm: str, chars: str):
        self.at = [m.start() for m in re.finditer("[" + re.escape(chars) + "]", norm)]

    def start(self, pos: int, floor: int) -> int:
        i = bisect.bisect_left(self.at, pos) - 1
        mark = self.at[i] + 1 if i >= 0 else 0
        return max(floor, pos - LABEL_MAX, mark)


def _figures(norm: str, sentences: list[Sentence]) -> list[Figure]:
    numbers = find_numbers(norm)
    positions, depths = _bracket_depths(norm)
    items, clauses = _Marks(norm, _ITEM_BOUNDARY), _Marks(norm, _CLAUSE_BOUNDARY)
    figures: list[Figure] = []
    si, prev_end = 0, 0
    for n in numbers:
        while si < len(sentences) and sentences[si].end <= n.start:
            si += 1
        if si >= len(sentences):
            break
        sent = sentences[si]
        floor = max(sent.start, prev_end)
        label_start = items.start(n.start, floor)
        raw = norm[label_start : n.start]
        if raw.rstrip().endswith(tuple(_CLOSE)) or any(c in raw for c in _CLOSE) and not any(c in raw for c in _OPEN):
            raw = _label_around_brackets(norm, label_start, n.start, floor)
        n = _approximate_share(n, raw)
        n = _implied_percent(n, raw)
        prev_end = n.end
        if not (n.is_count or n.percent):
            continue
        depth = depths[bisect.bisect_right(positions, n.start) - 1]
        figures.append(
            Figure(
                num=n,
                raw_label=raw,
                label=clean_label(raw),
                clause_start=clauses.start(n.start, sent.start),
                sentence=sent,
                index=len(figures),
                bracketed=depth > 0,
                counted=_counted_after(norm, n),
            )
        )
    return figures


# "全国31个省级行政区的高院…" counts 省级行政区, not the 裁判文书 its clause opened with: after a measure word
# that names no thing (个, 家, 所…), words that run to the end of an item name what is counted. After a
# unit that names its thing (件, 人) the words go on with what was done ("50件当场办结"), so they are not
# read. Words that go on with a comparison, a verb or a particle ("3个已建成", "5个以上") name nothing, and
# a run that reaches the next number is that number's label.
_CLASSIFIERS = frozenset({"个", "家", "所", "座", "支", "处", "类", "种", "项"})
_COUNTED = re.compile(r"[\u4e00-\u9fff]{2,12}(?=[、，,；;：:。！？!?\n（(）)]|$)")
_NOT_COUNTED = re.compile(
    r"^(?:同比|环比|较|比|占|其中|以上|以下|左右|余|多|的|为|是|达|共|均|全|已|被|未|分别|按|得到|予以|之|和|与|及|"
    r"或|等|次|中|内|里|外|并|且|后|前|时)"
)


def _counted_after(norm: str, n: Number) -> str:
    if n.unit not in _CLASSIFIERS:
        return ""
    m = _COUNTED.match(norm, n.end)
    return "" if m is None or _NOT_COUNTED.match(m.group()) else m.group()


def _label_around_brackets(norm: str, label_start: int, end: int, floor: int) -> str:
    """ "纠错(含撤销、确认违法)29件" → "纠错": a bracketed note inside a label is skipped."""
    i, depth = end, 0
    stop = max(floor, end - 2 * LABEL_MAX)
    out: list[str] = []
    while i > stop:
        ch = norm[i - 1]
        if ch in _CLOSE:
            depth += 1
        elif ch in _OPEN and depth:
            depth -= 1
        elif depth == 0:
            if ch in _ITEM_BOUNDARY:
                break
            out.append(ch)
        i -= 1
    return "".join(reversed(out))[-LABEL_MAX:]


# "约占案件总量的70%", "近占…": the approximation is said before the verb, away from the number.
_APPROX_LEAD = re.compile(r"^(?:大约|约|将近|接近|近|大概)(?=占)")
_APPROX_BEFORE_VERB = re.compile(r"(?:大约|约|将近|接近|近|大概)(?:占|为|达到?|是)[^，,；;。\d]{0,12}$")


def _approximate_share(n: Number, raw: str) -> Number:
    """A percentage said to be about so much is a range: no base is wrong for it."""
    if not n.percent or not n.exact or not _APPROX_BEFORE_VERB.search(raw):
        return n
    return replace(n, approx="about")


def _implied_percent(n: Number, raw: str) -> Number:
    """ "成功率达99" states 99% with its sign missing."""
    if n.unit or n.percent or not (0 < n.value <= 100) or not _IMPLIED_PERCENT.search(raw):
        return n
    return replace(n, unit="%", percent=True)


# ---------------------------------------------------------------- extraction


def extract(text: str) -> Extraction:
    """All relations the draft states, ready to be judged."""
    norm = normalise(text)
    sentences = split_sentences(norm)
    figures = _figures(norm, sentences)
    rows = table_rows(norm)
    in_table = _table_lines(norm)
    prose = [f for f in figures if not _in_lines(f, in_table)]
    by_sentence: dict[int, list[Figure]] = {}
    for f in prose:
        by_sentence.setdefault(f.sentence.index, []).append(f)
    by_paragraph: dict[int, list[Figure]] = {}
    for f in prose:
        by_paragraph.setdefault(f.sentence.paragraph, []).append(f)
    breakdowns, shares, rates, growths = [], [], [], []
    previous: list[Figure] = []  # the sentence before, in the same paragraph
    unread = _unread_quantities(norm)
    parted: dict[int, str] = {}  # count → the base an earlier share of its paragraph said it is part of
    reaches: dict[int, list[Figure]] = {}  # paragraph → the figures of the paragraphs before it
    for figs in by_sentence.values():
        figs = figs[:SENTENCE_FIGURES_MAX]
        paragraph_no = figs[0].sentence.paragraph
        paragraph = by_paragraph[paragraph_no][:PARAGRAPH_FIGURES_MAX]
        window = [
            f
            for p in range(max(0, paragraph_no - WINDOW_PARAGRAPHS), paragraph_no)
            for f in by_paragraph.get(p, ())[:PARAGRAPH_FIGURES_MAX]
            if f.is_total or p >= paragraph_no - 2
        ]
        # every figure of those paragraphs: where a base's name is found closest (see _share_base)
        if paragraph_no not in reaches:
            reaches[paragraph_no] = [
                f
                for p in range(max(0, paragraph_no - WINDOW_PARAGRAPHS), paragraph_no)
                for f in by_paragraph.get(p, ())[:PARAGRAPH_FIGURES_MAX]
            ]
        reach = reaches[paragraph_no]
        bds = _breakdowns(norm, figs)
        bds += _bracket_breakdowns(norm, figs, {p.figure.index for b in bds for p in b.parts})
        lead = _continued_total(norm, previous, figs)
        if lead is not None:
            bds += _continued_breakdown(norm, lead, previous, paragraph, figs)
        bds += _banded_breakdowns(norm, figs, paragraph)
        breakdowns += bds
        if previous and previous[0].sentence.paragraph != paragraph_no:
            parted = {}
        found = _shares(norm, figs, bds, paragraph, window, parted, reach)
        shares += found
        parted.update({s.parts[0].index: s.named for s in found if len(s.parts) == 1 and s.named})
        rates += _rates(norm, figs, previous, paragraph)
        growths += _growths(norm, figs, window + paragraph, unread)
        previous = figs
    series = table_series(norm)
    starts = [f.num.start for f in prose]
    for s in series:
        cells = [c for c in s.counts if c is not None]
        before = bisect.bisect_left(starts, cells[0].start) if cells else 0
        s.candidates = [f for f in prose[max(0, before - 40) : before] if f.is_count]
        if before and cells:
            s.introduced = _introducing_count(norm, prose[before - 1], cells[0].start)
    return Extraction(norm, prose, breakdowns, shares, rates, growths, _table_matches(prose, rows), series)


# "正在受理的45件中，分类情况如下：" — the count the table below breaks down, said at the end of the line above it
_INTRODUCES = re.compile(r"[^\s，,。；;：:\d]{0,4}中[，,][^\n]{0,12}如下[：:][^\S\n]*\n")


def _introducing_count(norm: str, f: Figure, first_cell: int) -> Figure | None:
    """The count a table of categories in columns breaks down: stated as "N件中，…如下：" at the end
    of the line right above the table, every line between it and the table's first count a table row."""
    if not f.is_count or f.num.unit in ("", "%"):
        return None
    m = _INTRODUCES.match(norm, f.num.end)
    if m is None:
        return None
    rows = [r for r in norm[m.end() : first_cell].split("\n") if r.strip()]
    # only the header between: a second row of counts (another year, another stage) is not what N breaks down
    return (
        f if rows and all(("\t" in r or r.lstrip().startswith("|")) and not re.search(r"\d", r) for r in rows) else None
    )


def _gap(norm: str, a: Figure, b: Figure) -> str:
    return norm[a.num.end : b.num.start]


def _item_count(norm: str, f: Figure) -> int:
    """How many items "各" spreads over: "A、B和C各1件" → 3."""
    start = _clause_start(norm, f.num.start, f.sentence.start)
    head = norm[start : f.num.start].rstrip("各")
    head = re.sub(r"^(?:其中|另有|另)", "", head)
    items = [s for s in re.split(r"[、和及与]", head) if s.strip()]
    return max(1, len(items))


# ---------------------------------------------------------------- totals and parts


def _continued_total(norm: str, previous: list[Figure], figs: list[Figure]) -> Figure | None:
    """ "…共受理诉求284406件。其中，咨询类124599件…": a list in the next sentence still belongs
    to the count that closed the sentence before."""
    if not previous or not figs or previous[-1].sentence.paragraph != figs[0].sentence.paragraph:
        return None
    last = previous[-1]
    # "共受理消费者各类信息3423件，同比增长5.6%。其中…": the count's own changes may close its sentence
    changes = 0
    while changes < len(previous) - 1 and _own_change(norm, previous[-1 - changes]):
        changes += 1
    last = previous[-1 - changes]
    head = norm[figs[0].sentence.start : figs[0].num.start].lstrip(" ，,")
    if not last.is_count or last.bracketed or not head.startswith("其中"):
        return None
    if norm[previous[-1].num.end : last.sentence.end].strip():
        return None  # the sentence went on after its last count
    first = figs[0]
    if not first.is_count or same_family(last.num.unit, first.num.unit):
        return last
    # "共查获案件4560起，违法卷烟14030万支，案值15886万元。其中真烟案件3390起；…": the sentence closed on what
    # its cases came to (goods, money), no count of other things; the list is of the one count of its own
    # unit that sentence holds.
    own = [f for f in previous if f.is_count and not f.bracketed and same_family(f.num.unit, first.num.unit)]
    if len(own) != 1 or own[0].sentence.start != last.sentence.start:
        return last
    after = [f for f in previous if f.index > own[0].index]
    return own[0] if all(not f.is_count or f.num.unit == "元" for f in after) else last


def _own_change(norm: str, f: Figure) -> bool:
    """Whether a percentage is a change of the count before it, said with its comparison (同比增长5.6%)."""
    lead = norm[f.clause_start : f.num.start]
    return f.percent and bool(_CHANGE_LEAD.search(lead)) and bool(_COMPARE.search(lead))


def _is_list_item(f: Figure, sentence: list[Figure]) -> bool:
    """Whether a count is one item of a list of its sentence ("结果分别为撤销48件，…，确认违法150件"):
    another count of its kind stands before it and neither says 共/合计."""
    same = [g for g in sentence if g.is_count and not g.bracketed and same_family(g.num.unit, f.num.unit)]
    return not f.is_total and len(same) >= 2 and same[-1] is f and not any(g.is_total for g in same)


def _parts_sum(b: Breakdown) -> float:
    return sum(p.figure.num.value * p.multiplier for p in b.parts)


def _continued_breakdown(
    norm: str, lead: Figure, previous: list[Figure], paragraph: list[Figure], figs: list[Figure]
) -> list[Breakdown]:
    """The list after "。其中" belongs to the count that closed the sentence before, unless that count
    is itself the last item of a list: then the list belongs to the earlier count of the paragraph its
    parts add up to, and to none when no count fits (which count it meant is not clear). Parts that add
    up exactly to an earlier total (共…) of the paragraph, and not to the closing count, break that total
    down ("共受理诉求42172件（…），办结38552件。其中，行政化服务类事项20549件，…")."""
    bds = _breakdowns(norm, [lead] + figs, continued=True)
    if not bds or _follows_items_one_by_one(bds[0].parts, previous, lead):
        return []
    whole = _parts_sum(bds[0])
    earlier = [f for f in _earlier_counts(lead, paragraph) if abs(f.num.value - whole) < 1e-9]
    listed = _is_list_item(lead, previous)
    if earlier and (listed or (earlier[-1].is_total and abs(lead.num.value - whole) > 1e-9)):
        return _breakdowns(norm, [earlier[-1]] + figs, continued=True)
    if not listed:
        return bds
    if abs(lead.num.value - whole) < 1e-9:
        return bds
    return []


def _follows_items_one_by_one(parts: list[Part], previous: list[Figure], lead: Figure) -> bool:
    """ "共发现事故隐患2365条，火灾隐患683条，重大隐患35条。其中，事故隐患已整改2312条，火灾隐患已整改669条":
    the items after 其中 repeat the names of two or more different counts of the sentence before, one
    each; they say what became of each of those counts and break down none of them, least of all the
    count that happens to close the sentence. An item goes with the earlier count whose name it shares
    most (at least three characters, no tie)."""
    earlier = [
        f
        for f in previous
        if f.is_count and not f.bracketed and same_family(f.num.unit, lead.num.unit) and f.index <= lead.index
    ]
    if len(earlier) < 2:
        return False
    followed: set[int] = set()
    for p in parts:
        shared = [(common_len(p.figure.label, f.label), f.index) for f in earlier]
        best = max(n for n, _ in shared)
        owners = [i for n, i in shared if n == best]
        if best >= 3 and len(owners) == 1:
            followed.add(owners[0])
    return len(followed) >= 2


def _breakdowns(norm: str, figs: list[Figure], continued: bool = False) -> list[Breakdown]:
    out: list[Breakdown] = []
    used: set[int] = set()
    for i, total in enumerate(figs):
        if not total.is_count or total.bracketed or total.index in used or i + 1 >= len(figs):
            continue
        if continued and i > 0:
            break
        # A change is broken down only into changes the same way ("下降136件，其中行政检查下降114件、行政处罚
        # 下降22件"), each the change of one kind.
        way = _change_way(norm, total) if total.is_count else ""
        if _not_a_whole(norm, total) and not way:
            continue
        # "“兩個平穩”是：…全國32個省級統計單位中，有24個…": a count inside quotation marks is a word of a name
        # (a slogan's headings), no total of the counts after it, as it is no part of a share (see _own_counts).
        if _inside_a_name(norm, total):
            continue
        # Counts of something else between the total and its list ("涉及5个领域") are skipped, so is a
        # change of the total ("常住人口94.9万人，比上年末增加0.1万人，其中城镇人口41.4万人").
        k = i + 1
        while (
            k < len(figs)
            and figs[k].is_count
            and (not same_family(figs[k].num.unit, total.num.unit) or (not way and _not_a_whole(norm, figs[k])))
        ):
            k += 1
        if k >= len(figs) or (way and _change_way(norm, figs[k]) != way):
            continue
        first_gap = _gap(norm, total, figs[k])
        intro = _INTRO.search(first_gap) or _among(norm, total, first_gap)
        if not intro or _opens_bracket(first_gap[: intro.start()]):
            continue
        if re.search(r"[；;]", first_gap[: intro.start()]) or ("。" in first_gap[: intro.start()] and not continued):
            continue
        if not continued and re.search(r"[；;。]", first_gap[intro.end() :]):
            # "…分别为51864条、50262条、35451条，其中省级层面网民留言最多；回复量分别为34380条…": the 其中
            # clause ends with no count of its own; the counts after it open a list of their own.
            continue
        if _intro_spent(norm, first_gap, total, figs[i + 1 : k], figs[k]):
            continue
        if _parallel_item(norm, first_gap, intro, figs[k]) or _sibling_heading(first_gap, intro, total):
            continue
        parts, cut = _collect_parts(norm, figs, k - 1, total, way)
        if not parts or (len(parts) == 1 and parts[0].multiplier == 1):
            continue
        used.update(p.figure.index for p in parts)
        complete = ""
        if _declared_full(first_gap):
            complete = "分别为"
        elif _CLOSING_ITEM.search(parts[-1].figure.raw_label):
            complete = "其他"
        # An earlier total the list may belong to is one of the same clause run: a count that ；closed off
        # ("公开工作动态共172条，…；法定主动公开内容1条，其中机构概况1条…") is another subject's, as a ；
        # between a count and its 其中 already keeps the list from it. A change's list is of changes only.
        others = [
            f
            for f in figs[:i]
            if f.is_count
            and f.is_total
            and not f.bracketed
            and same_family(f.num.unit, total.num.unit)
            and f.num.value > total.num.value
            and not re.search(r"[；;]", norm[f.num.end : total.num.start])
            and not way
        ]
        partition = bool(_PARTITION_INTRO.search(first_gap[: intro.end()]))
        out.append(Breakdown(total, parts, complete, others, cut, partition, way))
    return out


# "0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为…": age bands named before 分别为, then what they count.
_BANDS = re.compile(
    r"((?:\d+\s*[-—~至]\s*\d+岁|\d+岁及?以下)(?:[、和及]\d+\s*[-—~至]\s*\d+岁)*[、和及]\d+岁及?以上)"
    r"([\u4e00-\u9fff]{2,8}?)分别为"
)
_BAND = re.compile(r"(\d+)\s*[-—~至]\s*(\d+)岁|(\d+)岁及?以下|(\d+)岁及?以上")


def _bands_cover_every_age(names: str) -> bool:
    """Whether bands run from 0 (or "…岁以下") to "…岁及以上" with no age left out or counted twice."""
    bands = [m.groups() for m in _BAND.finditer(names)]
    low, high, under, over = bands[0]
    if under is None and int(low) != 0:
        return False
    upto = int(under) - 1 if under is not None else int(high)
    for low, high, _, over in bands[1:]:
        start = int(over) if over is not None else int(low)
        if start != upto + 1:
            return False
        upto = int(high) if high is not None else upto
    return bands[-1][3] is not None


# When a stock is counted ("年末全县户籍人口"): words that name no group of what is counted.
_WHEN = re.compile(r"^(?:年末|年底|年初|期末|截至年底|截至目前|目前)?(?:全[国省市州县区镇乡]|本[市县区镇乡])?")


def _banded_breakdowns(norm: str, figs: list[Figure], paragraph: list[Figure]) -> list[Breakdown]:
    """Counts after "分别为" of age bands that leave out no age are a complete split of the count the
    paragraph gave before under just the noun the bands qualify ("年末全县户籍人口为112635人" … "60岁及以上
    户籍人口分别为…"), not under a group of it ("女性人口" is no whole of "60岁及以上人口"); one per band."""
    out: list[Breakdown] = []
    if not figs:
        return out
    sentence = figs[0].sentence
    for m in _BANDS.finditer(norm, sentence.start, sentence.end):
        if not _bands_cover_every_age(m.group(1)):
            continue
        n_bands = len(_BAND.findall(m.group(1)))
        items = [f for f in figs if f.num.start >= m.end() and f.is_count and not f.bracketed][:n_bands]
        if len(items) < n_bands or any(not same_family(f.num.unit, items[0].num.unit) for f in items):
            continue
        gaps = [_gap(norm, a, b) for a, b in zip(items, items[1:])]
        if norm[m.end() : items[0].num.start].strip() or any(not re.fullmatch(r"\s*[、和及，,]\s*", g) for g in gaps):
            continue
        noun = m.group(2)
        named = [
            f
            for f in paragraph
            if f.num.end <= m.start()
            and f.is_count
            and not f.bracketed
            and same_family(f.num.unit, items[0].num.unit)
            and _WHEN.sub("", f.label) == noun
        ]
        if named:
            out.append(Breakdown(named[-1], [Part(f) for f in items], "分别为"))
    return out


def _parallel_item(norm: str, gap: str, intro: re.Match, first: Figure) -> bool:
    """Whether the word that seems to open a list right after a count (涉及, 包括) follows the next count
    too: "有1件涉及地厅级干部，23件涉及县处级干部" names each count by what comes after it, so the first
    count is one item of a parallel list, not the whole of the counts after it."""
    if gap[: intro.start()].strip() or not re.match(r"[\u4e00-\u9fff]{2}", intro.group()):
        return False
    return norm[first.num.end :].lstrip().startswith(intro.group())


def _sibling_heading(gap: str, intro: re.Match, total: Figure) -> bool:
    """Whether the colon that seems to open a list after a count closes a heading of its own clause that
    names a sibling of the count (the same closing word): in "决策公开类4条，执行公开类：工作动态52条，计划总结1条"
    the items after the colon are of 执行公开类, which has no count of its own, not parts of the 4条 before."""
    if intro.group() not in ("：", ":"):
        return False
    head = gap[: intro.start()]
    cut = max(head.rfind(c) for c in "，,；;")
    if cut < 0:
        return False
    heading, label = head[cut + 1 :].strip(), total.label.strip()
    return (
        len(heading) >= 2
        and not re.search(r"\d", heading)
        and bool(label)
        and heading != label
        and heading[-1] == label[-1]
    )


def _intro_spent(norm: str, gap: str, total: Figure, skipped: list[Figure], first: Figure) -> bool:
    """Whether the last word that could open a list after the total is spent on a figure of another
    unit, which a clause boundary then closes: in "行政裁决4宗，涉及总金额867万元；行政给付352601宗" the 涉及
    names the amount, and the counts after it are the next items of an enumeration around the total,
    not its breakdown ("涉及5个领域，其中许可12件" keeps its 其中, which comes after the figure). An amount
    is closed by a comma too; a count of another unit only by a semicolon, since after a comma it
    may be the first item itself ("其中电话46908个，信箱7件")."""
    intros = list(_INTRO.finditer(gap))
    if not intros:
        return False
    after_intro = total.num.end + intros[-1].end()
    for f in skipped:
        boundary = r"[，,；;]" if f.num.unit == "元" else r"[；;]"
        if f.num.start >= after_intro and re.search(boundary, norm[f.num.end : first.num.start]):
            return True
    return False


def _change_way(norm: str, f: Figure) -> str:
    """Which way a count states a change ("下降136件" → "down", "增加0.1万人" → "up"), "" when it is no change
    (a level reached, "由3件增长为261件", is none)."""
    lead = norm[f.clause_start : f.num.start]
    m = _CHANGE_LEAD.search(lead)
    if not m or _REACHED.search(lead) or _AVERAGE.search(lead):
        return ""
    return "down" if _CHANGE_DOWN.match(m.group()) else "up"


_CHANGE_DOWN = re.compile(r"下降|减少|降低|回落|下滑|降幅|少了")


def _not_a_whole(norm: str, f: Figure) -> bool:
    """A change ("比上年末增加0.1万人") or an average ("人均结案274件") counts no things that a list
    could break down."""
    lead = norm[f.clause_start : f.num.start]
    return bool(_CHANGE_LEAD.search(lead) or _AVERAGE.search(lead))


# Words that make a bracket after a count something else than its breakdown: other years or
# periods ("300件(2023年280件)"), changes, averages.
_NOT_BRACKET_PARTS = re.compile(r"\d{2,4}年|上年|去年|上期|同期|同比|环比|较|比上|增|减|人均|平均|累计|以来")


PERSON_UNITS = frozenset({"人", "名", "人次", "户", "位", "户次"})


def _bracket_breakdowns(norm: str, figs: list[Figure], used: set[int]) -> list[Breakdown]:
    """ "245件(刑事189件,民事55件,行政1件)": a count followed right away by a bracket holding only
    counts of its kind, separated by 、，； — its parts. Such a list is complete only when the bracket
    says 分别为 or its last item is 其他; otherwise it is judged as a 其中 list that may be partial."""
    out: list[Breakdown] = []
    for i, total in enumerate(figs):
        if not total.is_count or total.bracketed or total.num.percent or i + 1 >= len(figs):
            continue
        after = norm[total.num.end : total.num.end + 2].lstrip()
        if not after or after[0] not in _OPEN:
            continue
        open_at = norm.index(after[0], total.num.end)
        close_at = min((k for k in (norm.find(c, open_at + 1) for c in _CLOSE) if k >= 0), default=-1)
        if close_at < 0 or any(c in norm[open_at + 1 : close_at] for c in _OPEN):
            continue
        items = [g for g in figs[i + 1 :] if open_at < g.num.start and g.num.end <= close_at]
        inside = norm[open_at + 1 : close_at]
        if len(items) < 2 or _NOT_BRACKET_PARTS.search(inside) or norm[items[-1].num.end : close_at].strip():
            continue
        if total.num.unit in PERSON_UNITS and not re.search(r"其中|分别", inside):
            continue  # "参训120人(含党员80人、女性50人)": people are counted by traits that overlap
        if any(
            not g.is_count
            or g.num.percent
            or g.is_total
            or g.index in used
            or not same_family(g.num.unit, total.num.unit)
            for g in items
        ):
            continue
        gaps = [_gap(norm, a, b) for a, b in zip(items, items[1:])]
        if any(not re.search(r"[、，,；;]", gap) or re.search(r"\d", gap) for gap in gaps):
            continue
        parts = [Part(g, _item_count(norm, g) if g.num.each else 1) for g in items]
        complete = ""
        if _declared_full(inside):
            complete = "分别为"
        elif _CLOSING_ITEM.search(items[-1].raw_label):
            complete = "其他"
        out.append(Breakdown(total, parts, complete, [], None))
    return out


def _opens_bracket(s: str) -> bool:
    return any(ch in _OPEN for ch in s) and not any(ch in _CLOSE for ch in s)


# A clause opening with its count that goes on to say what was done with those (344件已转有关部门办理,
# 354件…已指引) tells of some of the items already listed, it names no item of its own.
_DONE_WITH = re.compile(r"^[^，,、；;：:。]*?(?:已|均已|被|正在|尚未|未能)")


def _rest_of_clause(norm: str, g: Figure) -> str:
    """The words after a figure up to the end of its clause."""
    return norm[g.num.end : g.num.end + LABEL_MAX]


def _collect_parts(
    norm: str, figs: list[Figure], i: int, total: Figure, way: str = ""
) -> tuple[list[Part], Figure | None]:
    """The parts of a list, and the count the list stopped at when its end is unclear (else None); the
    parts of a change (way "up" or "down") are changes the same way, each of one kind."""
    parts: list[Part] = []
    prev = figs[i] if figs[i] is not total else total
    changed, changed_of = None, None  # the last change of the item prev that was passed over
    for g in figs[i + 1 :]:
        if changed_of is not prev:
            changed = None
        gap = _gap(norm, changed or prev, g)
        if "。" in gap and prev is not total:
            break
        clause = norm[g.clause_start : g.num.start]
        if not way and g.percent and _change_of_last_item(norm, parts, g):
            # "其中咨询2157件，同比增长2%，环比下降7.1%，占受理总量的63%；投诉…": the item's own change
            changed, changed_of = g, prev
            continue
        if not g.percent and _CARRIED_IN.match(norm, g.num.end):
            break  # "其中，提起公诉673人(含上期积存)": a count holding last period's stock is no item of this one
        if parts and _NARRATIVE.search(clause) and g.clause_start > prev.num.end:
            break
        if parts and any(_NARRATIVE.search(c.strip()) for c in re.split(r"[，,；;]", gap)[1:-1]):
            break  # "其中网上提交100多件，经提案委员会审查，立为提案的有185件": a clause of its own says what came next
        if (
            parts
            and not clause.strip()
            and g.clause_start > prev.num.end
            and _DONE_WITH.search(_rest_of_clause(norm, g))
        ):
            # "其中有效信件698件，344件已转有关部门办理": what was done with some of them, no item; whether the
            # list meant to end there is not said, so a declared full list is not called short for it.
            return parts, g
        if parts and re.search(r"[；;]", gap) and _NEW_ACTION.match(clause):
            break  # "…，其中动态102条；发布法定主动公开内容70条": a new action, not the next item
        if parts and _NEW_DIMENSION.search(gap):
            break  # "其中县政府部门28件、乡镇政府15件；从案件类型看，行政处罚32件": the same cases split again
        if parts and g.clause_start > prev.num.end and _restates_total_action(norm, total, parts, g):
            break  # "共查摆班子问题11个，其中5个…纳入清单，查摆个人问题10个": a second count beside the total
        if g.bracketed:
            prev = g
            continue
        if not way and _starts_a_from_to(norm, g):
            break  # "其中降幅最大的是…骗案，由上年的90起降至今年的40起": one kind's two levels, no items
        if g.percent and way:
            break  # "行政检查下降114件，降幅36.9%": the rate of a part's change, no share of the total's
        if g.percent:
            if _attach_share(norm, parts, g, prev):
                prev = g
                continue
            break
        if _amount_of_item(norm, g, parts, total):
            prev = g  # "简易程序512件，处罚金额2.7万元；普通程序219件": the amount belongs to its item
            continue
        if not same_family(g.num.unit, total.num.unit) or (g.is_total and not _CLOSING_ITEM.search(g.raw_label)):
            break  # "土地、劳务、官民等其他纠纷共9起": the closing item sums the kinds it names, it is no total
        if _RATE_MARK.search(g.raw_label) or (_change_way(norm, g) != way if way else _CHANGE_LEAD.search(g.raw_label)):
            break
        if _counterpart(total.label, g.label):
            break
        if parts and _handled_of_item(norm, prev, g, parts):
            prev = g  # "行政化服务类事项20549件，办结14937件；社会化…": how many of that item were handled
            continue
        if _INTRO.search(g.raw_label) and parts:
            # A sub-list ("其中…") or an item whose name holds 涉及/包括: which, is not clear.
            return parts, g
        if _counts_bearers(norm, figs, g, total):
            prev = g  # "17个地市差评工单1249个": how many cities the item is of, not an item
            continue
        mult = _item_count(norm, g) if g.num.each else 1
        parts.append(Part(g, mult))
        prev = g
    return parts, None


# A count said to hold what an earlier period left ("(含上期积存)", "（含上年结转5件）").
_CARRIED_IN = re.compile(r"\s*[（(]含(?:上期|上年|上年度|往年|以前年度)?[^）)]{0,6}(?:积存|旧存|结转|遗留)")


def _change_of_last_item(norm: str, parts: list[Part], g: Figure) -> bool:
    """Whether a percentage is the change of the item just listed, in that item's clauses: it opens with
    同比/环比/较… and a change word, and nothing but other such changes stands between it and the item."""
    if not parts or not _CHANGE_LEAD.search(norm[g.clause_start : g.num.start]):
        return False
    between = norm[parts[-1].figure.num.end : g.clause_start]
    return not re.search(r"[；;。：:]", between) and bool(_COMPARE.search(norm[g.clause_start : g.num.start]))


def _counts_bearers(norm: str, figs: list[Figure], g: Figure, total: Figure) -> bool:
    """Whether a count opens its clause and is followed, with only a name between, by another count of
    the total's kind in the same clause ("其中，省直部门差评工单0个，17个地市差评工单1249个"): it says how
    many bearers (地市, 乡镇, 部门) the next item is of; the next count is the item."""
    if norm[g.clause_start : g.num.start].strip():
        return False
    after = next((h for h in figs if h.index > g.index), None)
    if after is None or not after.is_count or not same_family(after.num.unit, total.num.unit):
        return False
    # "4790起刑事案件以及217起行政案件": items written count first, joined by 以及, are two items
    between = norm[g.num.end : after.num.start]
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,12}", between)) and not re.search(r"以及|及|和|与|并|另", between)


_AMOUNT = re.compile(r"(?:金额|罚款|罚没款?|涉案金额|标的额?)(?:为|达|共|计)?$")
_TWO_HAN = re.compile(r"[\u4e00-\u9fff]{2}")


def _restates_total_action(norm: str, total: Figure, parts: list[Part], g: Figure) -> bool:
    """Whether a clause is worded like the total's own clause, not like the items of its list: it opens
    with the same word and ends on the same noun, with other words between ("共查摆领导班子存在问题11个，
    其中5个突出问题纳入…清单，查摆领导个人问题10个"), while no item so far opened so. It counts a second
    thing beside the total, found by the same action, not the next item of the list."""
    whole = clean_label(norm[total.clause_start : total.num.start])
    lead = clean_label(norm[g.clause_start : g.num.start])
    word = whole[:2]
    if not _TWO_HAN.fullmatch(word) or min(len(whole), len(lead)) < 5 or whole == lead:
        return False
    if not lead.startswith(word) or whole[-2:] != lead[-2:]:
        return False
    return not any(clean_label(norm[p.figure.clause_start : p.figure.num.start]).startswith(word) for p in parts)


def _counterpart(total_label: str, label: str) -> bool:
    """Whether a count is named by one side of a status whose other side names the total (COUNTERPARTS)."""
    for one, other in COUNTERPARTS:
        if (one.search(total_label) and other.search(label) and not one.search(label)) or (
            other.search(total_label) and one.search(label) and not other.search(label)
        ):
            return True
    return False


def _handled_of_item(norm: str, prev: Figure, g: Figure, parts: list[Part]) -> bool:
    """Whether a count named by a later stage alone ("办结14937件") follows the item it handled, after a
    comma: it tells how many of that item were done, it is no item of the list. Only after an item
    named by no stage, since in "调解成功80件，办结15件" both name stages and the second may be an item."""
    item = parts[-1].figure
    if prev is not item or re.search(r"[；;。]", _gap(norm, item, g)):
        return False
    if any(stage.search(item.label) for stage in STAGES):
        return False
    later = [stage.fullmatch(g.label) for stage in STAGES[1:]]
    return any(later)


def _amount_of_item(norm: str, g: Figure, parts: list[Part], total: Figure) -> bool:
    """Whether a money figure is an attribute of the list item just before it ("处罚金额2.7万元"), so the
    list goes on after it; only when the total itself is no amount."""
    if not parts or g.num.unit != "元" or total.num.unit == "元" or g.bracketed:
        return False
    lead = clean_label(norm[g.clause_start : g.num.start])
    return bool(_AMOUNT.search(lead)) and parts[-1].figure.clause_start < g.clause_start


# A clause of the item's own sentence saying the percentage after it is its share.
_SHARE_SAID = re.compile(r"[，,]\s*(?:占比|所占比例|所占比重|比重)[^；;。\d]{0,8}$")


def _attach_share(norm: str, parts: list[Part], g: Figure, prev: Figure) -> bool:
    """Give a percentage to the part it belongs to; True when it was placed."""
    gap = _gap(norm, prev, g)
    if "分别占" in gap or "分别占" in g.raw_label:
        if not parts or any(p.share is not None for p in parts):
            return False
        parts[0].share = g
        return True
    listed = [p for p in parts if p.share is not None]
    if (
        listed
        and len(listed) < len(parts)
        and gap.strip() in ("、", ",", "，", "与", "和", "及")
        and parts[0].share is not None
        and "分别占" in norm[parts[0].share.clause_start : parts[0].share.num.start + 1]
    ):
        parts[len(listed)].share = g
        return True
    core = g.raw_label.strip("，,、 ()（）")
    if (
        parts
        and parts[-1].share is None
        and prev is parts[-1].figure
        and (
            core.startswith(("占", "比例", "比重"))
            or gap.strip() in ("(", "（", ",(", "，（")
            or _SHARE_SAID.search(gap)  # "51起为日常琐事纠纷,占比最高,达39%"
        )
    ):
        parts[-1].share = g
        return True
    return False


# ---------------------------------------------------------------- shares


def base_name_of(share: Figure) -> str:
    """The base a share names ("占受理案件的" → 受理案件), "" when bare."""
    return _named_base(share.raw_label)


def base_name_holds(share: Figure, f: Figure) -> bool:
    """Whether the base a share names holds every word of what count f counts, in pieces of two
    characters or more, whatever their order: "民事一审新收案件总数" holds "新收一审民事案件" whole, so
    the name fits that count as well as any other it shares a longer word with."""
    name = _SCOPE.sub("", base_name_of(share))
    label = _named_by(f)
    return len(label) >= 4 and name_coverage(name, label) >= len(label)


def base_names_another_count(share: Figure, whole: Figure, others: list[Figure]) -> Figure | None:
    """The count among others that the base a share names is named after more closely than whole.

    "共办理法律援助案件7900件，其中涉及农民工群体的案件2188件，占27.7%；办结农民工案件1762件，占农民工
    法律援助案件量的81%": the base of 81% holds 农民工 as the 2188 count's label does and the total's does
    not, so it is that count, a part of the list, not the list's total.
    """
    name = _SCOPE.sub("", base_name_of(share))
    if len(name) < 2 or _GENERIC_BASE.match(name):
        return None
    want = _name_score(name, whole)
    scored = [(_name_score(name, f), f) for f in others if f is not whole]
    best = max(scored, key=lambda sf: sf[0], default=None)
    if best is None or best[0] <= want or best[0][0] < 2:
        return None
    return best[1]


def _name_score(name: str, f: Figure) -> tuple[int, int]:
    """How closely a count's label matches a base's name: the longest shared words, then how much
    of the name the label holds (see _key_noun_match)."""
    label = _named_by(f)
    shared = common_sub(name, label)
    if shared in _HEAD_NOUNS or _negates(label, shared, name):
        return (0, 0)
    return (len(shared), name_coverage(name, label))


def _named_base(raw_label: str) -> str:
    """The base a share names: "占全年受理案件的" → "全年受理案件"; "" when bare."""
    m = re.search(r"占(.*?)(?:的)?(?:比例|比重|比)?(?:为|达|约)?$", raw_label)
    if not m:
        return ""
    name = clean_label(m.group(1).rstrip("的"))
    for short, full in _SPELLED_OUT.items():
        name = name.replace(short, full)
    return "" if name in ("", "比", "全部", "总体") else name


# Short forms of a base's name, spelled out so its key noun is found in the count's label:
# "占受案总数的46%" names the 立案受理15件 of the sentence before.
_SPELLED_OUT = {"受案": "受理案件"}


_GENERIC_BASE = re.compile(
    r"^(?:总数|总量|总额|全部|合计|全年总量|案件总数|案件总量|收案总数|"
    r"总体|纠纷总数|纠纷量总数|工单总量|受理总数|收到申请总数)$"
)


# A quantity named after a count and before 占 ("…等4个山区县排查化解家庭邻里矛盾数占全市总数的69%"):
# the count says whose quantity it is, the share is of that quantity, which the text does not give.
_MEASURED_AFTER = re.compile(r"[\u4e00-\u9fff]{2,}(?:数|数量|总量|金额)$")
# "上述五个罪名合占批捕总人数的51.7%": a count of kinds (罪名, 领域, 类) names the group, not its size.
_KIND_UNITS = frozenset({"个", "项", "类", "种"})
_KINDS_AFTER = re.compile(r"^[\u4e00-\u9fff]{2,}(?:合|共|合计|共计|分别|均)?$")


# "6件(次)", "15人(次)": a measure word in brackets that restates the unit of the count just before it.
_UNIT_NOTE = re.compile(r"^\s*[（(](?:次|件|人|起|宗|例|个|户|条|项|名|位|份|人次|件次)[）)]")


def _own_counts(norm: str, figs: list[Figure], j: int) -> list[Figure]:
    """The count(s) a share at figs[j] is a share of: in its clause, or the clause just before.

    "A 12件，占27%" → [12件]; "A 172件、B 80件、C 50件，占59.68%" → all three (a group share);
    "A 75件(49.66%)" → [75件]. A share whose clause and previous clause hold no count has none.
    """
    share = figs[j]
    # "“最多跑一次”占比98.98%": a count inside quotation marks is a word of a name (a slogan, a reform),
    # no count a share could be of, as it is no term of a rate (see _rates)
    before = [f for f in figs[:j] if f.is_count and not f.bracketed and not _inside_a_name(norm, f)]
    if not before:
        return []
    last = before[-1]
    if _CHANGE_LEAD.search(last.raw_label):
        # "…的吸毒人员75.3万名，同比增加5.8万名，占现有吸毒人员的31.8%": the count just before is a change of
        # the figure before it, and the share is of that figure, not of its change.
        return []
    if last.num.end > share.clause_start or last.clause_start == share.clause_start:
        head = norm[last.num.end : share.num.start].split("占")[0]
        if _MEASURED_AFTER.search(head) or (last.num.unit in _KIND_UNITS and _KINDS_AFTER.match(head)):
            return []  # "4个山区县排查化解矛盾数占…69%": the share is of the 矛盾数, the 4个 only says whose
        return [last]
    # "来信6件(次)，占43%": a measure word in brackets right after the count restates its unit, no words of its own
    between = _UNIT_NOTE.sub("", norm[last.num.end : share.clause_start])
    if re.search(r"[；;。:：]", between):
        return []
    if _named_whole(last, before) is not None and re.fullmatch(
        r"[，, ]*(?:占比?|所占比例)(?:达到|达|为|约)?", share.raw_label
    ):
        # "173个乡镇(街道)中有110个乡镇(街道)群众安全感率达100%，占57.8%": the clause names the whole and the
        # part it holds; what the part's clause goes on to say of it (达100%) is no count, and the bare
        # share after it is of that part
        return [last]
    words = between.strip("，,、 ")
    if len(words) > 2 and _only_its_changes(words) and share.raw_label.lstrip("，, ").startswith("占"):
        # "其中咨询2157件，同比增长2%，环比下降7.1%，占受理总量的63%": the clauses between say how that same
        # count changed; the share is of it
        return [last]
    if len(words) > 2:
        # "其中，有10949名法律顾问为专业律师，占比达87.7%": the words after a count 其中 opens are its own
        # clause (what it counts), and a bare share right after it is of that count.
        if re.search(r"[，,、（）()]", words) or not (
            _BARE_SHARE.search(share.raw_label) and _opened_by_among(norm, last)
        ):
            return []
        if _MEASURED_AFTER.search(words) or (last.num.unit in _KIND_UNITS and _KINDS_AFTER.match(words)):
            return []
        return [last]
    # "财产权益共6件，约占信访总数的1%": an approximation said before the verb leaves the share its count's
    label = _APPROX_LEAD.sub("", share.raw_label.lstrip("，, "))
    if not label.startswith(("占", "合计占", "共占", "分别占", "比例")):
        return []
    group = [last]
    for f in reversed(before[:-1]):
        if (
            norm[f.num.end : group[0].clause_start].strip() in ("、", "和", "及", "与")
            or norm[f.num.end : group[0].num.start].strip()
            and re.fullmatch(r"[、和及与][^，,；;。：:]{0,20}", norm[f.num.end : group[0].num.start])
        ):
            group.insert(0, f)
        else:
            break
    if len(group) == 1 and share.raw_label.lstrip("，, ").startswith(_GROUP_SHARE):
        # "扑救火灾17.4万起（…），抢险救援10.4万起，合计占总数的70.7%": a share said of a sum is not the share
        # of the one count before it, and which earlier clauses the sum takes in the words do not say.
        return []
    return group


# "在婚姻家庭类问题中,…": a clause that opens by naming the whole what follows is taken from.
_AMONG_OPENER = re.compile(r"(?:^|[，,；;。])\s*在([^，,；;。\d]{2,24}?)(?:当中|之中|中)[，,]")


def _among_opener(norm: str, g: Figure) -> str:
    """The whole a share's sentence opens with ("在…中,"), when no count stands between it and the share."""
    m = _last(_AMONG_OPENER, norm[g.sentence.start : g.num.start])
    if m is None or re.search(r"\d", norm[g.sentence.start + m.end() : g.num.start]):
        return ""
    return clean_label(m.group(1))


def _named_whole_before(norm: str, name: str, counts: list[Figure]) -> Figure | None:
    """The one earlier count named by the whole an 在…中 opener names: by its own label, or, where the
    count's clause says only 共 ("一是婚姻家庭矛盾,共48件次"), by the clause before it. Two counts named as well
    as each other leave no base."""
    scored: list[tuple[int, Figure]] = []
    for f in counts:
        label = _named_by(f)
        if len(clean_label(label).removeprefix("共").removeprefix("合计")) < 2 and f.clause_start > 0:
            lead = _clause_start(norm, f.clause_start - 1, max(0, f.sentence.start))
            label = clean_label(norm[lead : f.clause_start])
        shared = common_sub(name, label)
        if len(shared) >= 2 and shared not in _HEAD_NOUNS and not _negates(label, shared, name):
            scored.append((len(shared), f))
    if not scored:
        return None
    best = max(n for n, _ in scored)
    top = [f for n, f in scored if n == best]
    return top[0] if len({f.num.value for f in top}) == 1 else None


# "173个乡镇中有110个": the count after 中有 is a part of the count of its clause before it.
_AMONG_WHOLE = re.compile(r"中[，,]?(?:有|共有)$")


def _named_whole(part: Figure, before: list[Figure]) -> Figure | None:
    """The larger count of the same unit a count's clause names first when the count is introduced as a part
    of it ("N个…中有M个…"): that whole, else None."""
    if not _AMONG_WHOLE.search(part.raw_label):
        return None
    return next(
        (
            f
            for f in reversed(before)
            if f.clause_start == part.clause_start
            and f.num.end <= part.num.start
            and f.num.unit == part.num.unit
            and f.num.value > part.num.value
        ),
        None,
    )


# A clause that only says how the count before it changed, in percent: "同比增长2%", "环比下降7.1%".
_ITS_CHANGE = re.compile(
    r"(?:同比|环比|较上年|较去年|比上年|比去年|较上月|比上月|较上期|比上期|较去年同期|比去年同期)"
    r"(?:增长|增加|上升|下降|减少|降低|提高)(?:了)?\d+(?:\.\d+)?[%％]"
)


def _only_its_changes(words: str) -> bool:
    return all(_ITS_CHANGE.fullmatch(piece.strip()) for piece in re.split(r"[，,、]", words))


# A share said of a sum of the counts before it ("合计占", "共占"): a group share.
_GROUP_SHARE = ("合计占", "共占", "合占", "共计占", "两项合计占", "三项合计占")


def _group_by_names(label: str, paragraph: list[Figure], before: int) -> list[Figure]:
    """ "民生保障与土地征拆合计占" → the earlier counts labelled 民生保障…, 土地征拆…."""
    m = re.match(r"(.+?)(?:合计|共计|共|两类|三类|类)?占", label)
    if not m:
        return []
    names = [n for n in re.split(r"[、与和及]", m.group(1)) if len(n) >= 2]
    if len(names) < 2:
        return []
    found = []
    for name in names:
        hit = next((f for f in reversed(paragraph) if f.index < before and f.is_count and name in f.label), None)
        if hit is None:
            return []
        found.append(hit)
    return found


def _shares(
    norm: str,
    figs: list[Figure],
    bds: list[Breakdown],
    paragraph: list[Figure],
    window: list[Figure],
    parted: dict[int, str] | None = None,
    reach: list[Figure] | None = None,
) -> list[Share]:
    out: list[Share] = []
    part_of = {p.figure.index: b for b in bds for p in b.parts}
    placed = {p.share.index: p.figure for b in bds for p in b.parts if p.share is not None}
    found: list[tuple[Figure, list[Figure], str]] = []  # (share, own counts, raw name)
    for j, g in enumerate(figs):
        if not g.percent or (g.bracketed and not _parenthesised_share(norm, figs, j)):
            continue
        if (
            _RATE_MARK.search(g.label)
            or _CHANGE_LEAD.search(g.raw_label)
            or _COMPARE.search(g.raw_label)
            and (_UP.search(g.raw_label) or _DOWN.search(g.raw_label))
        ):
            continue
        if g.index in placed:
            found.append((g, [placed[g.index]], _named_base(g.raw_label)))
        elif _SHARE_MARK.search(g.raw_label) or _parenthesised_share(norm, figs, j):
            own = _group_by_names(g.label, paragraph, g.index) or _own_counts(norm, figs, j)
            found.append((g, own, _named_base(g.raw_label)))
        elif (
            found
            and found[-1][0] is figs[j - 1]
            and norm[figs[j - 1].num.end : g.num.start].strip() in ("、", "和", "与", "及", ",", "，")
            and _run_head(found) is not None
        ):
            found.append((g, [], found[-1][2]))  # "分别占A%、B%、C%": the run shares its base
    _pair_run_counts(norm, figs, found)
    for g, own, named in found:
        share = _share_base(norm, g, own, named, part_of, paragraph, window, found, parted or {}, reach or [])
        share.sure = share.sure and not _part_of_a_generic_whole(share, named, parted or {})
        share.made_up = _count_made_up(share, paragraph)
        out.append(share)
    return out


def _part_of_a_generic_whole(share: Share, named: str, parted: dict[int, str]) -> bool:
    """Whether a share's base is a count an earlier sentence gave its own share of a generic whole (总数) and the share
    names that generic whole too: "非重点单位火灾共25.8万起,…分别占总数的91.8%…。重点单位火灾共2.3万起,…分别只占总数的
    8.3%" — whether the later 总数 means the part or the whole it is part of, the generic name does not say."""
    return (
        share.base is not None
        and bool(named)
        and bool(_GENERIC_BASE.match(named))
        and bool(_GENERIC_BASE.match(parted.get(share.base.index, "") or "-"))
    )


def _count_made_up(s: Share, paragraph: list[Figure]) -> Figure | None:
    """The stated count the share list of s's sentence makes up exactly and whose every share it
    reproduces, the shares adding up to about 100% (see Share.made_up)."""
    if len(s.parts) != 1:
        return None
    own = s.parts[0]
    group = [(s.share, own)] + [(sh, c) for sh, c in s.siblings if sh.sentence.index == s.share.sentence.index]
    if len(group) < 2 or any(not sh.num.exact or not same_family(c.num.unit, own.num.unit) for sh, c in group):
        return None
    tolerance = sum(10**-sh.num.decimals for sh, _ in group) + 1e-9
    if abs(sum(sh.num.value for sh, _ in group) - 100) > tolerance:
        return None
    total = sum(c.num.value for _, c in group)
    counts = {c.index for _, c in group}
    whole = [
        f
        for f in paragraph
        if f.is_count
        and f.num.exact
        and f.index < s.share.index
        and f.index not in counts
        and same_family(f.num.unit, own.num.unit)
        and abs(f.num.value - total) < 1e-9
        and all(_reproduces(sh, c, f) for sh, c in group)
    ]
    return whole[-1] if whole else None


def _run_head(found: list) -> Figure | None:
    """The share a run of bare percentages continues: the last one that says 分别占."""
    for g, _, _ in reversed(found):
        if "分别" in g.raw_label:
            return g
        if g.raw_label.strip("、和与及,， "):
            return None
    return None


def _pair_run_counts(norm: str, figs: list[Figure], found: list) -> None:
    """ "1321件、553件，分别占70.5%与29.5%": the n-th share of a 分别 run goes with the n-th count."""
    i = 0
    while i < len(found):
        g = found[i][0]
        if "分别" not in g.raw_label:
            i += 1
            continue
        run = [i]
        while (
            run[-1] + 1 < len(found)
            and found[run[-1] + 1][2] == found[i][2]
            and not found[run[-1] + 1][0].raw_label.strip("、和与及,， ")
        ):
            run.append(run[-1] + 1)
        counts = _counts_before(norm, figs, g)
        if len(counts) >= len(run) > 1:
            for k, idx in enumerate(run):
                found[idx] = (found[idx][0], [counts[len(counts) - len(run) + k]], found[idx][2])
        elif len(run) > 1:
            for idx in run:
                found[idx] = (found[idx][0], [], found[idx][2])
        i = run[-1] + 1


def _counts_before(norm: str, figs: list[Figure], g: Figure) -> list[Figure]:
    """The counts of the clauses before g, back to the sentence start or a ；/：."""
    out: list[Figure] = []
    for f in reversed([f for f in figs if f.index < g.index and f.is_count and not f.bracketed]):
        if re.search(r"[；;：:。]", norm[f.num.end : g.clause_start]):
            break
        out.insert(0, f)
    return out


def _share_base(
    norm: str,
    g: Figure,
    own: list[Figure],
    named: str,
    part_of: dict,
    paragraph: list[Figure],
    window: list[Figure],
    found: list,
    parted: dict[int, str],
    reach: list[Figure] | None = None,
) -> Share:
    bd = part_of.get(own[0].index) if len(own) == 1 else None
    own_ids = {o.index for _, os, _ in found for o in os}
    # "新增领域案件50656件，占公益诉讼总数的26.7%。…其他新领域案件21815件，占公益诉讼领域总数的11.5%":
    # a count an earlier sentence gave as a part of a base named alike is a part of that same whole,
    # never the whole a later share of it names.
    own_ids |= {i for i, name in parted.items() if named and _same_whole(name, named)}
    siblings = [
        (s, os[0]) for s, os, _ in found if s is not g and len(os) == 1 and s.sentence.paragraph == g.sentence.paragraph
    ]
    unit = own[0].num.unit if own else None
    earlier = [f for f in paragraph if f.index < g.index and f.is_count and not f.bracketed and f.index not in own_ids]
    candidates = [f for f in earlier if unit is None or same_family(f.num.unit, unit)]
    need = sum(o.num.value for o in own) if own else 0
    # The place the base is said of, as written ("占全县调委会受理总数的"): the cleaned name drops it.
    said_of = g.raw_label[g.raw_label.find("占") :] if "占" in g.raw_label else ""
    candidates = [f for f in candidates if not _places_differ(said_of, f.raw_label)]
    if named and not _GENERIC_BASE.match(named):
        scope = _SCOPE.match(named)
        if scope and scope.group() not in ("全年", "当年", "全部"):
            # "占全省…总数的": only a count said of the same scope, here or a few paragraphs up
            wide = candidates + [f for f in window if f.is_count and not f.bracketed and f.index not in own_ids]
            pool = [f for f in wide if scope.group() in f.raw_label]
        else:
            pool = candidates
        base = _key_noun_match(named, pool, need)
        if base is not None and own:
            # "人身保险公司17532件。…销售纠纷投诉7654件，占比43.66%。…普通人寿保险纠纷投诉6426件，占人身保险公司投诉
            # 总量的36.65%": a count a few paragraphs up named by more of the base's name than any count here
            # (人身保险公司, not only 投诉), every word of its label in the name, is the base the name means;
            # "现有登记在册吸毒人员" is not "新登记吸毒人员总数" for sharing 吸毒人员.
            far = _key_noun_match(
                named,
                [
                    f
                    for f in reach or []
                    if f.is_count
                    and not f.bracketed
                    and f.index not in own_ids
                    and (unit is None or same_family(f.num.unit, unit))
                    and not _places_differ(said_of, f.raw_label)
                ],
                need,
            )
            key = _SCOPE.sub("", named)
            if far is not None and base_name_holds(g, far) and _name_score(key, far)[0] > _name_score(key, base)[0]:
                base = far
        if base is None and own:
            far = _named_exactly_before(named, g, reach or [], own_ids, unit, need, said_of)
            if far is not None:
                return Share(g, own, far, "named", named, bd, siblings, candidates, sure=True)
        if base is None and not own:
            # "家庭暴力案件占婚姻家庭类的87.2%" with no count of its own, its base named after the count a
            # paragraph before gave ("其中婚姻家庭权益类案件25件"): the one count named so is the base it is
            # tested against for a whole part; two counts named alike leave it untested.
            earlier = [f for f in window if f.is_count and not f.bracketed and f.index not in own_ids]
            # "占全市调解案件的84.6%" a paragraph below "全镇共受理调解案件122件": a base said of another place
            # than a count is not that count, as for a share with a count of its own (candidates above)
            earlier = [f for f in earlier if not _places_differ(said_of, f.raw_label)]
            found_earlier = _key_noun_match(named, earlier, 0)
            if found_earlier is not None and not _key_noun_ties(named, earlier, 0, found_earlier):
                return Share(g, own, found_earlier, "named", named, bd, siblings, candidates, sure=False)
        if base is not None:
            # A count of this paragraph that has a share of its own is no base of a later bare share, but a
            # base named after it more closely than after the count found is that count: the share is of a
            # part, not of the total, and is tested over it without being called wrong.
            held = [
                f
                for f in paragraph
                if f.index < g.index
                and f.is_count
                and not f.bracketed
                and f.index in own_ids
                and f.index not in {o.index for o in own}
                and (unit is None or same_family(f.num.unit, unit))
                and f.num.high >= need
            ]
            rival = base_names_another_count(g, base, held)
            if rival is not None:
                return Share(g, own, rival, "named", named, bd, siblings, candidates, sure=False)
            ties = _key_noun_ties(named, pool, need, base)
            if ties:
                # "共收到申请63件。其中，市政府收到申请24件，…收到申请39件": of counts named alike,
                # the one said as a total (共, 总) is the base, not the items inside it. Named alike
                # by two counts of different size and no total among them, the base is a guess.
                alike = sorted([base, *ties], key=lambda f: f.index)
                totals = [f for f in alike if f.is_total]
                if len(totals) == 1:
                    base, ties = totals[0], []
            return Share(g, own, base, "named", named, bd, siblings, candidates, sure=not ties, alike=bool(ties))
    if not own and named and _GENERIC_BASE.match(named) and not earlier and not _AVERAGE.search(g.raw_label):
        # "全市共受理行政调解案件122件…。\n…分别占案件总数84.6%、15.6%": a share with no count of its own naming
        # the total of cases, in a paragraph with no count before it, is of the one total of cases the paragraphs
        # before state; it is tested for a whole part of it. A share said on average ("年均占案件总数的74.13%")
        # is a mean of each year's shares, no whole part of the years' total.
        total = _case_total_before(named, window)
        if total is not None:
            return Share(g, own, total, "named", named, bd, siblings, candidates, sure=False)
    among = _among_opener(norm, g) if not own and not named else ""
    if among:
        # "婚姻家庭矛盾共48件次……在婚姻家庭类问题中,家庭暴力和财产纠纷分别占33.4%和16.7%": shares with no count of
        # their own, of the whole the sentence opens with (在…中); the one earlier count named so is their base,
        # which can show that no whole part exists
        earlier_all = [f for f in window + paragraph if f.index < g.index and f.is_count and not f.bracketed]
        base = _named_whole_before(norm, among, list({f.index: f for f in earlier_all}.values()))
        if base is not None:
            return Share(g, own, base, "named", among, bd, siblings, candidates, sure=False)
    # "全镇共受理120件，其中镇调委会受理30件，占全县调委会受理总数的5%": a base said of another place
    # is not the total of the list, nor any count said of this one.
    if bd is not None and not _places_differ(said_of, bd.total.raw_label):
        return Share(g, own, bd.total, "breakdown", named, bd, siblings, candidates, sure=True)
    if named or not own or len(own) > 1:
        totals = [f for f in candidates if f.is_total and f.num.high >= need]
        base = _governing_total(norm, g, own, candidates)
        if base is not None and not _places_differ(said_of, base.raw_label):
            # A base named by its thing ("占已审结复议案件") that no count here is labelled with is
            # not surely the paragraph's total.
            thing = _SCOPE.sub("", named)
            shared = common_sub(thing, base.label)
            specific = len(thing) >= 2 and not _GENERIC_BASE.match(thing) and (len(shared) < 2 or shared in _HEAD_NOUNS)
            sure = len(totals) == 1 and base is totals[0] and not specific
            return Share(g, own, base, "governing", named, bd, siblings, candidates, sure=sure)
    if (
        not named
        and len(own) == 1
        and not siblings
        and _BARE_SHARE.search(g.raw_label)
        and _opened_by_among(norm, own[0])
    ):
        # "共选配法律顾问13397名。其中，有10949名法律顾问为专业律师，占比达87.7%": a bare share of the one
        # count a 其中 opens is its share of the count that 其中 goes back to, the last one before it; it
        # is sure only when no other earlier count could hold the part.
        holding = [f for f in candidates if f.num.high >= need]
        if holding and not _places_differ(said_of, holding[-1].raw_label):
            return Share(g, own, holding[-1], "governing", named, bd, siblings, candidates, sure=len(holding) == 1)
    whole = _named_whole(own[0], candidates) if not named and len(own) == 1 and not siblings else None
    if whole is not None and not _places_differ(said_of, whole.raw_label):
        # "173个乡镇(街道)中有110个乡镇(街道)…，占57.8%": the clause names the whole its part is taken from
        return Share(g, own, whole, "governing", named, bd, siblings, candidates, sure=True)
    wide = candidates + [
        f
        for f in window
        if f.is_count and not f.bracketed and (unit is None or same_family(f.num.unit, unit)) and f.index not in own_ids
    ]
    base = _sibling_base(siblings, wide, need) if own else None
    if base is not None:
        return Share(g, own, base, "siblings", named, bd, siblings, candidates, sure=True)
    parts_sum = None
    if len(own) == 1 and len(siblings) >= 1 and all(same_family(o.num.unit, own[0].num.unit) for _, o in siblings):
        parts_sum = own[0].num.value + sum(o.num.value for _, o in siblings)
        base = _whole_of_list(g, siblings, parts_sum, wide)
        if base is not None:
            return Share(g, own, base, "whole", named, bd, siblings, candidates, parts_sum, sure=True)
    return Share(g, own, None, "none", named, bd, siblings, candidates, parts_sum)


# A base named as the total of cases ("案件总数", "纠纷总数", "受理总数"): a count of cases (件, 起), not of persons.
_CASE_WHOLE = re.compile(r"案件|收案|纠纷|工单|受理|申请")
_CASE_UNITS = frozenset({"件", "起", "宗", "例"})


def _case_total_before(named: str, window: list[Figure]) -> Figure | None:
    """The one total of cases (共/合计…N件) stated in the paragraphs before, for a share naming the total of
    cases with no count of its own; None when the name is of no cases or the totals before differ."""
    if not _CASE_WHOLE.search(named):
        return None
    totals = [f for f in window if f.is_count and not f.bracketed and f.is_total and f.num.unit in _CASE_UNITS]
    if not totals or len({f.num.value for f in totals}) != 1:
        return None
    return totals[-1]


def _named_exactly_before(
    named: str, g: Figure, reach: list[Figure], own_ids: set[int], unit: str | None, need: float, said_of: str
) -> Figure | None:
    """ "共接收投诉举报37894件。其中投诉27723件…" and, a paragraph or more down, "网购投诉15475件，占投诉的55.5%":
    a share with its own count whose base no count of its paragraph is named after is of the one count of the
    paragraphs before whose name ends with the base's name (or the one named exactly so), in the count's unit,
    said of no other place and not last year's (bracketed). Two counts named so, or none, leave the base
    unknown."""
    name = _SCOPE.sub("", named)
    if len(name) < 2 or name in _HEAD_NOUNS or _GENERIC_BASE.match(name):
        return None
    named_so = [
        f
        for f in reach
        if f.is_count
        and not f.bracketed
        and f.index not in own_ids
        and (unit is None or same_family(f.num.unit, unit))
        and not _places_differ(said_of, f.raw_label)
        and _named_by(f).endswith(name)
    ]
    # "占举报的" is of the count named 举报, not of 投诉举报 that ends with it
    exact = [f for f in named_so if _named_by(f) == name]
    named_so = exact if len(exact) == 1 else named_so
    if len(named_so) != 1 or named_so[0].num.high < need:
        return None
    return named_so[0]


# Places a count is said of: a base or a last year's count said of another place (全县 beside 全镇, 镇本级
# beside 全镇) is of another whole.
_PLACE_SCOPE = re.compile(r"全国|全省|全市|全州|全县|全区|全镇|全乡|全街道|[省市州县区镇乡街]本级")


# The instance a court count is of: 一审行政案件 is a part of 行政案件, never the same level in another year.
_INSTANCE = re.compile(r"一审|二审|再审")


def _places_differ(a: str, b: str) -> bool:
    """Whether two labels are said of different places (全县 and 全镇): both name one, and no place in common."""
    one, other = set(_PLACE_SCOPE.findall(a)), set(_PLACE_SCOPE.findall(b))
    return bool(one) and bool(other) and not one & other


def _same_whole(a: str, b: str) -> bool:
    """Whether two names of a share's base name the same whole: they share a key noun of two
    characters or more, not only a head noun such as 总数 or 案件."""
    shared = common_sub(_SCOPE.sub("", a), _SCOPE.sub("", b))
    return len(shared) >= 2 and shared not in _HEAD_NOUNS and not _GENERIC_BASE.match(shared)


def _sibling_base(siblings: list[tuple[Figure, Figure]], candidates: list[Figure], need: float) -> Figure | None:
    """The one stated count that reproduces every sibling share, when there are two or more."""
    if len(siblings) < 2:
        return None
    fits = []
    for c in candidates:
        if c.num.value < need or c.num.value <= 0 or not c.num.exact:
            continue
        if all(c.num.value >= own.num.value and _reproduces(share, own, c) for share, own in siblings) and all(
            c.num.value != f.num.value for f in fits
        ):
            fits.append(c)
    return fits[0] if len(fits) == 1 else None


def _whole_of_list(
    g: Figure, siblings: list[tuple[Figure, Figure]], parts_sum: float, candidates: list[Figure]
) -> Figure | None:
    """ "收到来信139件。…住房保障43件(30.2%)；物业服务17件(12.3%)；…": a list whose shares add up to
    100% and whose counts add up exactly to a stated count is a whole breakdown of that count, which
    is then the base of every share of the list (the shares that do not follow from it are wrong)."""
    shares = [g] + [s for s, _ in siblings]
    if len(shares) < 3 or any(not s.num.exact for s in shares):
        return None
    tolerance = sum(10**-s.num.decimals for s in shares) + 1e-9
    if abs(sum(s.num.value for s in shares) - 100) > tolerance:
        return None
    whole = [c for c in candidates if c.num.exact and abs(c.num.value - parts_sum) < 1e-9]
    return whole[-1] if whole else None


def _reproduces(share: Figure, own: Figure, base: Figure) -> bool:
    return judge_ratio(share.num, own.num, base.num)[0] != "wrong"


def _parenthesised_share(norm: str, figs: list[Figure], j: int) -> bool:
    """ "75件(49.66%)": a percentage in brackets right after a count."""
    if j == 0 or not figs[j - 1].is_count:
        return False
    gap = norm[figs[j - 1].num.end : figs[j].num.start].strip()
    return gap in ("(", "（", "，占", ",占")


# A share that names nothing it is of ("，占比达87.7%"), not even a scope ("占全县的18%").
_BARE_SHARE = re.compile(r"(?:占比|所占比例|所占比重)(?:达到|高达|已达|达|为|是|约)?$")


def _opened_by_among(norm: str, f: Figure) -> bool:
    """Whether 其中 opens the count's clause, or its sentence with no count before it there."""
    if norm[f.clause_start : f.num.start].lstrip(" ，,").startswith("其中"):
        return True
    sentence = norm[f.sentence.start : f.num.start]
    return sentence.lstrip().startswith("其中") and not re.search(r"\d", sentence)


def _governing_total(norm: str, g: Figure, own: list[Figure], candidates: list[Figure]) -> Figure | None:
    """The total a generic base ("占总数的") refers to: the nearest earlier total that holds the
    part; for a sentence opening with 其中, the count of the sentence before it."""
    need = sum(o.num.value for o in own) if own else 0
    totals = [f for f in candidates if f.is_total and f.num.high >= need]
    if totals:
        return totals[-1]
    if not own:
        return None
    first = own[0]
    if not norm[first.sentence.start : first.sentence.end].lstrip().startswith("其中"):
        return None
    earlier = [f for f in candidates if f.sentence.index < first.sentence.index and f.num.high >= need]
    if not earlier:
        return None
    previous = [f for f in earlier if f.sentence.index == earlier[-1].sentence.index]
    return previous[0]


_SCOPE = re.compile(
    r"^(?:全国|全省|全市|全州|全县|全区|全镇|全乡|全街道|本级|本县|本市|本区|本镇|我县|我市|"
    r"我区|我镇|我乡|全年|当年|本年度?|上半年|全部)"
)


def _key_noun_match(name: str, candidates: list[Figure], at_least: float) -> Figure | None:
    """The count whose label shares the most of the base's name (two characters at least);
    the scope words of the name (全县, 全年) name no thing and do not count."""
    name = _SCOPE.sub("", name)
    if len(name) < 2 or _GENERIC_BASE.match(name):
        return None
    best, best_score = None, (1, 0)
    for f in candidates:
        if f.num.high < at_least:
            continue
        label = _named_by(f)
        shared = common_sub(name, label)
        if shared in _HEAD_NOUNS or _negates(label, shared, name):
            continue  # "审结复议案件" is not "一审案件" for sharing 案件; nor is 未审结 已审结
        # Between labels that share equally long words, the one that holds more of the name wins:
        # "收到申请" is "共收到行政复议申请63件" (收到 and 申请), not "公民提出行政复议申请52件".
        score = (len(shared), name_coverage(name, label))
        if score > best_score or (score == best_score and best is not None and f.index > best.index):
            best, best_score = f, score
    return best


def _key_noun_ties(name: str, candidates: list[Figure], at_least: float, best: Figure) -> list[Figure]:
    """The other counts whose labels match the base's name exactly as well as the best one does."""
    name = _SCOPE.sub("", name)
    want = (len(common_sub(name, _named_by(best))), name_coverage(name, _named_by(best)))
    out = []
    for f in candidates:
        if f is best or f.num.high < at_least or f.num.value == best.num.value:
            continue
        label = _named_by(f)
        shared = common_sub(name, label)
        if shared in _HEAD_NOUNS or _negates(label, shared, name):
            continue
        if (len(shared), name_coverage(name, label)) == want:
            out.append(f)
    return out


def _named_by(f: Figure) -> str:
    """The words that say what a count counts: the noun right after it when there is one, else its label."""
    return f.counted or f.label


def name_coverage(name: str, label: str) -> int:
    """How many characters of the name the label holds, in pieces of two characters or more
    (greedy, longest piece first)."""
    covered = 0
    rest = name
    while True:
        piece = common_sub(rest, label)
        if len(piece) < 2:
            return covered
        covered += len(piece)
        rest = rest.replace(piece, "|", 1)


# Head nouns that name no particular count: a base named "已审结复议案件" is not found in a count
# labelled "一审案件" because both end in 案件.
_HEAD_NOUNS = frozenset({"案件", "事项", "数量", "总数", "件数"})


def _negates(label: str, shared: str, name: str) -> bool:
    """The count's label negates the shared words the name does not: 未审结案件 for 已审结案件."""
    at = label.rfind(shared) if shared else -1
    if at <= 0:
        return False
    neg = label[at - 1]
    if neg in "未不非":
        return neg + shared not in name
    # "不予受理12件" is not a count of 受理 cases, nor "未予登记" one of 登记
    neg = label[max(0, at - 2) : at]
    return neg in _NEGATING_PREFIXES and neg + shared not in name


_NEGATING_PREFIXES = frozenset({"不予", "未予", "未被", "不被", "没有", "无法"})


def common_sub(a: str, b: str) -> str:
    """The longest common substring (the first of that length in a)."""
    a, b = a[-LABEL_MAX:], b[-LABEL_MAX:]
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


def common_len(a: str, b: str) -> int:
    """Length of the longest common substring (both strings are short labels)."""
    a, b = a[-LABEL_MAX:], b[-LABEL_MAX:]
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


# ---------------------------------------------------------------- rates


@lru_cache(maxsize=1)
def rate_definitions() -> tuple[dict, ...]:
    """The rates.yaml definitions, each with all its keys present."""
    entries = load_yaml(RATES_FILE.read_text(encoding="utf-8"))
    for e in entries:
        for key in ("numerator", "denominator", "positive", "minus", "plus", "partial", "concluded", "target"):
            e.setdefault(key, [])
    return tuple(entries)


# "调处率和调处成功率分别达到99.7%和97%": rates named one after another, then 分别, then their values in turn.
_RESPECTIVE_RATES = re.compile(
    r"((?:[^，,、；;：:\s和及与]{1,8}?(?:率|满意度)[和及与、]){1,4})[^，,、；;：:\s]{1,8}?(?:率|满意度)分别"
)


def rate_name(label: str) -> str:
    """The name of the rate stated after a label: "调解成功率达" → "调解成功率". When the label names
    several rates before 分别, the figure right after it is the first one's ("调处率和调处成功率分别达到")."""
    respective = list(_RESPECTIVE_RATES.finditer(label))
    if respective and not re.search(r"率|满意度", label[respective[-1].end() :]):
        return re.split(r"[和及与、]", respective[-1].group(1))[0]
    m = re.search(r"([^，、；：\s]{0,8}?(?:率|满意度))[^率]*$", label)
    return m.group(1) if m else ""


def definition_of(name: str) -> dict | None:
    best, best_len = None, 0
    for e in rate_definitions():
        for stem in e["stems"]:
            if name.endswith(stem) and len(stem) > best_len:
                best, best_len = e, len(stem)
    negation = _RATE_NEGATED.search(name[: len(name) - best_len]) if best else None
    if negation:
        # "不成功率", "未化解率": the share of what did not succeed, over the same base; its numerator is
        # the negated count (调解不成功3件), never the successes its stem names.
        words = [negation.group() + w for w in best["numerator"]]
        negated = {"stems": [name], "numerator": words, "positive": [], "minus": [], "plus": []}
        return {**best, **negated, "complement": best["numerator"]}
    return best


# A rate's name negating its stem: 不成功率, 未化解率, 未结案率.
_RATE_NEGATED = re.compile(r"(?:不|未|没有?|非)$")


def _partial_base(label: str, d: dict) -> bool:
    """Whether a count names only a part of the rate's standard base: 结案率 is over the cases to be
    handled, those left from last year (旧存) and the new ones (新收); over 新收 alone it may come out
    right, but a mismatch proves nothing while the 旧存 are not given."""
    full = [w for w in d["denominator"] if w not in d["partial"]]
    return _has_word(label, d["partial"]) and not _has_word(label, full)


def _has_word(label: str, words: list[str]) -> bool:
    for w in words:
        i = label.find(w)
        while i >= 0:
            if not _NEGATION.search(label[:i]) and not _NEGATION_AHEAD.search(label[:i]):
                return True
            i = label.find(w, i + 1)
    return False


def _negated_word(label: str, words: list[str]) -> bool:
    """Whether the label holds one of the words right after 不/未/非 (不满意, 未办结): a count of the opposite."""
    for w in words:
        i = label.find(w)
        while i >= 0:
            if _NEGATION.search(label[:i]):
                return True
            i = label.find(w, i + 1)
    return False


def _rates(
    norm: str, figs: list[Figure], previous: list[Figure] | None = None, paragraph: list[Figure] | None = None
) -> list[Rate]:
    out: list[Rate] = []
    for j, g in enumerate(figs):
        if not g.percent or not _RATE_MARK.search(g.raw_label):
            continue
        if _CHANGE_LEAD.search(g.raw_label) or "百分点" in g.num.unit:
            continue
        name = rate_name(g.raw_label)
        definition = definition_of(name)
        # “三项制度” names a set of rules: a count inside quotation marks is no term of a rate
        counts = [f for f in figs[:j] if f.is_count and not f.bracketed and not _inside_a_name(norm, f)]
        all_done = bool(_ALL_MARK.search(norm[g.sentence.start : g.num.start]))
        if definition is None:
            stem = clean_label(name.rstrip("率").removesuffix("满意度"))[-2:]
            definition = {
                "stems": [name],
                "numerator": [stem] if len(stem) == 2 else [],
                "denominator": [],
                "positive": [],
                "minus": [],
                "plus": [],
            }
        r = _rate_terms(norm, g, definition, counts, all_done)
        if r.denominator is None and r.numerator is not None and previous and definition["denominator"]:
            # "共审结12195件。直接纠错1639件，直接纠错率13.4%": the count the rate is over may close the
            # sentence before. Such a reading can confirm the rate; it never proves it wrong (how
            # "previous" is not "key"), for that count may be of something wider.
            before = [
                f
                for f in previous
                if f.is_count
                and not f.bracketed
                and same_family(f.num.unit, r.numerator.num.unit)
                and f.num.high >= r.numerator.num.value
                and _has_word(f.label, definition["denominator"])
                and f.sentence.paragraph == g.sentence.paragraph
            ]
            if before:
                r.denominator, r.how = before[-1], "previous"
        r.concluded = _concluded_counts(r, paragraph or figs)
        out.append(r)
    _unshare_terms(out)
    for r in out:
        r.implied = _implied_stages(r, out)
    return out


def _implied_stages(r: Rate, rates: list[Rate]) -> list[Figure]:
    """The rates of a concluding stage (调处率, 办结率) stated over the same count as a success rate's base and
    with no count of their own: "受理矛盾纠纷63965起，调处率98.61%，调解成功62898起，调解成功率达99.72%" states the
    successes over the cases 调处, whose number only the 调处率 gives (about 63076)."""
    words = r.definition.get("concluded", []) if r.definition else []
    if not words or r.numerator is None or r.denominator is None:
        return []
    return [
        o.rate
        for o in rates
        if o is not r
        and o.numerator is None
        and o.denominator is r.denominator
        and o.rate.sentence.paragraph == r.rate.sentence.paragraph
        and _has_word(rate_name(o.rate.raw_label), words)
    ]


def _concluded_counts(r: Rate, paragraph: list[Figure]) -> list[Figure]:
    """The counts of the cases concluded that a rate's paragraph states, before or after the rate ("调解成功92件，
    调解成功率38.17%；办结241件"): a count named by a word of the definition's `concluded`, in the unit of the
    rate's terms, no smaller than its numerator, and neither one of the rate's own terms nor named by the
    numerator word of the rate's name ("成功调处2784宗" counts the successes, not all that was handled)."""
    words = r.definition.get("concluded", []) if r.definition else []
    term = r.numerator or r.denominator
    if not words or term is None:
        return []
    own = [w for w in r.definition["numerator"] if w in rate_name(r.rate.raw_label)]
    taken = [r.numerator, r.denominator, *r.stages, *r.split, *r.companions]
    at_least = r.numerator.num.value if r.numerator is not None else 0
    return [
        f
        for f in paragraph
        if f.is_count
        and not f.bracketed
        and all(f is not t for t in taken)
        and same_family(f.num.unit, term.num.unit)
        and f.num.high >= at_least
        and _has_word(f.label, words)
        and not _has_word(f.label, own)
    ]


def _unshare_terms(rates: list[Rate]) -> None:
    """Two rates of one sentence with different names and values cannot both be the same two counts
    ("调解成功1818起，调解率达100%，调解成功率达98.2%"; "化解成功率达99.2%，诉前纠纷化解率达29.7%"):
    the counts belong to the rate whose name their numerator matches best (the nearer one on a tie);
    the other's terms are not in the text, so it is judged as "shared", never as wrong."""
    for r in rates:
        if r.numerator is None or r.denominator is None:
            continue
        rivals = [
            o
            for o in rates
            if o is not r
            and o.rate.sentence.start == r.rate.sentence.start
            and o.numerator is r.numerator
            and o.denominator is r.denominator
            and o.rate.num.value != r.rate.num.value
            and rate_name(o.rate.raw_label) != rate_name(r.rate.raw_label)
        ]
        if not rivals:
            continue

        def fit(x: Rate) -> tuple[int, int]:
            return common_len(rate_name(x.rate.raw_label), x.numerator.label), -x.rate.index

        if any(fit(o) > fit(r) for o in rivals):
            r.how = "shared"


def stage_verb(name: str, d: dict) -> str:
    """The verb a stage rate counts (调解 of 调解率, 调处 of 调处率: no 成功 in its name) when that verb also
    names the base of its family (调解纠纷120件 is the base of 调解成功率). A count named by it may then be
    the stage rate's numerator as well as its base; "" for any other rate."""
    verb = clean_label(name.removesuffix("率"))[-2:]
    return verb if "成功" not in name and verb in d["denominator"] else ""


def _rate_terms(norm: str, g: Figure, d: dict, counts: list[Figure], all_done: bool) -> Rate:
    named = [f for f in reversed(counts) if d["numerator"] and _has_word(f.label, d["numerator"])]
    # "全年计划开展培训89场，完成率…": a count named as the target is what the rate is over, never what was done.
    named = [f for f in named if not _has_word(f.label, d.get("target", []))]
    # "已成功调解37件，正在调处中的纠纷1件，调解成功率97.4%": the numerator word the rate's own name
    # carries (成功) picks the count over one that only shares a looser word (调处).
    own = [w for w in d["numerator"] if w in rate_name(g.raw_label)]
    named = [f for f in named if _has_word(f.label, own)] or named
    # "受理24件" names the count by its verb; "受理前协调处理4件" only mentions the word. A count named by
    # the rate's own word ("调处6732件" for 调处率) comes before one that goes on to another ("调处成功6536件").
    numerator = next((f for f in named if own and f.label.endswith(tuple(own))), None) or next(
        (f for f in named if f.label.endswith(tuple(d["numerator"]))), named[0] if named else None
    )
    grades = tuple(d.get("positive") or ())
    if grades and named:
        # "满意149件、基本满意17件，满意率89.76%，基本满意率10.24%": each rate is of the grade its own name
        # says; 满意率's numerator is the count of 满意 itself, not one of 基本满意 that ends alike.
        grade = max((w for w in grades if w in rate_name(g.raw_label)), key=len, default="")
        longer = tuple(w for w in grades if w != grade and w.endswith(grade))
        exact = [f for f in named if f.label.endswith(grade) and not f.label.endswith(longer)] if grade else []
        numerator = exact[0] if exact else numerator
    before = [f for f in counts if numerator is None or f.index < numerator.index]
    at_least = numerator.num.value if numerator is not None else 0
    fits = [
        f
        for f in before
        if f.num.high >= at_least and (numerator is None or same_family(f.num.unit, numerator.num.unit))
    ]
    denominator, how = None, "none"
    keyed = [
        f
        for f in fits
        if d["denominator"]
        and _has_word(f.label, d["denominator"])
        and not (d["numerator"] and numerator is None and _has_word(f.label, d["numerator"]))
        # 不成功率 is never over the successes (调解成功197件), though 调解 names its base too
        and not _has_word(f.label, d.get("complement", []))
        # "评价不满意的有3070件，满意率80.01%": the count of those not satisfied is a part of the base, not
        # the base, though 评价 names it; with it alone the rate cannot be tested
        and not _negated_word(f.label, d["numerator"])
        # "代表反馈满意149件" counts a grade, though 反馈 names the base of 满意率 too
        and not (d.get("positive") and f.label.endswith(tuple(d["positive"])))
    ]
    if keyed:
        denominator, how = keyed[-1], "key"
    elif numerator is not None:
        totals = [f for f in fits if f.is_total]
        if totals:
            denominator, how = totals[-1], "total"
            # "共调处矛盾纠纷36件，调解成功35件，调解成功率…": a success rate over a total of the cases
            # concluded (调处, 办结) is one of its standard readings, not a guess
            if "成功" in rate_name(g.raw_label) and _has_word(denominator.label, d.get("concluded", [])):
                how = "key"
        elif len(fits) == 1 and len(counts) == 2:
            denominator, how = fits[0], "pair"
    # A stage rate (调解率, 调处率, 化解率: no 成功 in its name) counts what its own verb names: "调处195件"
    # is not 调解率's numerator by definition, so that reading alone never proves the rate wrong.
    name = rate_name(g.raw_label)
    verb = stage_verb(name, d)
    if how == "key" and _partial_base(denominator.label, d):
        how = "partial"
    if how == "key" and numerator is not None and verb and verb not in numerator.label:
        how = "loose"
    stages: list[Figure] = []
    if denominator is not None and numerator is not None:
        stage_words = [w for w in d["numerator"] if w in numerator.label and w not in rate_name(g.raw_label)]
        stages = [
            f
            for f in fits
            if f.index > denominator.index and stage_words and _has_word(f.label, stage_words) and f.is_count
        ]
    # "受理4204件，调处4165件，调解成功3960件，调处成功率95.1%": a success rate whose name names a stage
    # (调处, 调解, 化解 before 成功) is over the count of that stage, by its own name.
    own_stage = name[-5:-3] if name.endswith("成功率") and len(name) >= 5 and not d.get("complement") else ""
    named_stage = False
    if own_stage and numerator is not None and not stages:
        of_stage = [f for f in fits if f.is_count and f is not denominator and _has_word(f.label, [own_stage])]
        if of_stage and denominator is None:
            denominator, how = of_stage[-1], "key"
        elif of_stage and of_stage[-1].index > denominator.index and own_stage not in denominator.label:
            stages, named_stage = [of_stage[-1]], True
    positives = []
    if d["positive"] and numerator is not None:
        positives = [
            f
            for f in counts
            if _has_word(f.label, d["positive"]) and (denominator is None or f.index > denominator.index)
        ]
    minus = next((f for f in counts if d["minus"] and _has_word(f.label, d["minus"])), None)
    plus = plus_open = None
    if d["plus"] and numerator is not None and denominator is not None:
        done = [
            f
            for f in counts
            if _has_word(f.label, d["plus"])
            and f is not numerator
            and f is not denominator
            and same_family(f.num.unit, denominator.num.unit)
        ]
        if done and any(w.num.contains(done[-1].num.value + denominator.num.value) for w in counts):
            plus = done[-1]
        elif done:
            plus_open = done[-1]
    adjacent = False
    if denominator is not None:
        between = norm[denominator.num.end : g.clause_start]
        adjacent = not re.search(r"[；;：:。]", between) and sum(between.count(c) for c in "，,") <= 1
    companions = []
    if numerator is not None:
        companions = [
            f
            for f in counts
            if f is not numerator
            and not same_family(f.num.unit, numerator.num.unit)
            and (f.num.start == numerator.num.end or numerator.num.start == f.num.end)
        ]
    split = []
    if numerator is not None and denominator is not None:
        split = [
            f
            for f in named
            if f is not numerator
            and f.is_count
            and f.index > denominator.index
            and f not in stages
            and same_family(f.num.unit, numerator.num.unit)
        ]
        if sum(f.num.value for f in split) + numerator.num.value > denominator.num.high:
            split = []  # together they would be more than the base: not parts of one numerator
    return Rate(
        g,
        d,
        numerator,
        denominator,
        how,
        all_done,
        positives,
        minus,
        adjacent,
        stages,
        named_stage,
        plus,
        companions,
        split,
        keyed[:-1] if how == "key" else [],
        plus_open=plus_open,
    )


# ---------------------------------------------------------------- growth


_YEAR = re.compile(r"(20\d\d|19\d\d)年")


def _growths(norm: str, figs: list[Figure], paragraph: list[Figure], unread: list[int] | None = None) -> list[Growth]:
    out: list[Growth] = []
    for j, g in enumerate(figs):
        lead = norm[g.clause_start : g.num.start]
        if out and _continues_respectively(norm, out[-1], g):
            head = out[-1]
            out.append(Growth(g, None, None, head.down, head.how, list(head.candidates), continued=True))
            continue
        if not _CHANGE_LEAD.search(lead) or "百分点" in g.num.unit or _reached_level(norm, g):
            continue
        if _RATE_MARK.search(lead) and g.percent:
            continue  # a rate that rose: a change in points, not a growth of a count
        up, down = _last(_UP, lead), _last(_DOWN, lead)
        if up and down:
            # "同比分别增加3.37%和减少22.85%": the word nearest the figure says which way it went
            up, down = (None, down) if down.start() > up.start() else (up, None)
        context = norm[g.sentence.start : g.num.start]
        if not _COMPARE.search(context) and not _RESPECTIVE_CHANGE.search(lead):
            continue
        if _PART_CHANGE.match(lead) and not any(f.num.start >= g.clause_start for f in figs[:j]):
            # "办理法律事务391880件，增长28.57%，其中非诉业务较上年增长99.7%": the change of a part
            # whose own level is not given; no count of the sentence is its subject.
            out.append(Growth(g, None, None, bool(down) and not up, "none", []))
            continue
        if _item_change(norm, figs[:j], g, lead):
            # "(2024年270.3万件,2023年261.7万件)、甚至检举控告类举报下降7.7%": after 、 a new item names
            # what changed; the counts before it are of something else, and its own level is not given.
            out.append(Growth(g, None, None, bool(down) and not up, "none", []))
            continue
        counts = [
            f
            for f in figs[:j]
            if f.is_count
            and (g.percent or same_family(f.num.unit, g.num.unit))
            and (not _CHANGE_LEAD.search(norm[f.clause_start : f.num.start]) or _reached_level(norm, f))
            and not _counts_measures(norm, f)
            and not _counts_a_streak(norm, f)
            and not _is_an_average(norm, f)
            and not _inside_a_name(norm, f)
        ]
        diffs = [
            f
            for f in figs[:j]
            if f.is_count
            and _CHANGE_LEAD.search(norm[f.clause_start : f.num.start])
            and not _reached_level(norm, f)
            and f.clause_start >= (counts[-1].num.end if counts else 0)
        ]
        # the nearest count marked as last year's: "499件次，较去年同期453件次，上升10%；其中来信256件，
        # 较去年同期237件，上升8.0%" compares 256 with 237, not with the first sentence's 453; and
        # the counts an earlier change of the sentence stands after are that change's: in
        # "由80件增加到100件，增长25%；办结95件，同比增长20%" the 20% has no last-year figure
        own = _after_earlier_change(norm, figs, j, counts) if g.percent else counts
        old = next((f for f in reversed(own) if _marked_old(norm, f, figs)), None)
        how, new, level = "none", None, None
        if old is not None:
            # "有效投诉比去年同期(31件)减少6件，比上月(13件)增加12件": the 31件 is last year's too, never the
            # level the 13件 of last month is compared with
            new = next((f for f in reversed(own) if f is not old and not _marked_old(norm, f, figs)), None)
            # what the clause names before its comparison, the change words left out ("增长" names nothing)
            subject = _COMPARISON_WORDS.sub("", clean_label(re.split(r"较|比|与|同比", lead)[0]))
            chained = out[-1] if out and out[-1].change.sentence is g.sentence and out[-1].how == "fromto" else None
            # "…20965件,同比上年(19948件)增长5.1%;其中网购投诉15475件,同比上年(13796件)增长12.17%": a level
            # stated after the change before is this clause's own, not the one that change was of
            own_level = (
                any(f.num.start > chained.change.num.end and not _marked_old(norm, f, figs) for f in own)
                if chained
                else False
            )
            if chained is not None and chained.new is not None and _OPENS_WITH_COMPARISON.match(lead) and not own_level:
                # "有效投诉与去年同期(21件)相比增加17件，与上月(47件)相比减少9件": a clause opening with the
                # comparison goes on with the level the change before it in the sentence was of
                new = chained.new
            elif new is not None and len(subject) >= 2 and common_len(subject, new.label) < 2:
                # "…国外航空公司2件，有效投诉与去年同期(21件)相比增加17件": a change whose clause names its
                # subject is of the count so named, not of the nearest count of the sentence
                new = _subject_before(old, lead, paragraph, same_sentence=True)
            elif new is None:
                new = _subject_before(old, lead, paragraph, norm[old.sentence.start : g.clause_start])
            how = "fromto" if new is not None else "none"
            if new is not None and _names_an_average(norm, new):
                # "全年受理365件,日均1件,较上年的300件增加65件" beside "全年接警67万起,日均接警1840起,较上年的
                # 1700起增加140起": the level compared may be the average or the count it averages; both are tried.
                level = next(
                    (
                        f
                        for f in reversed(own)
                        if f.index < new.index and f is not old and not _names_an_average(norm, f)
                    ),
                    None,
                )
        elif not _AVERAGE.search(lead):
            old, new = _years_written_out(norm, g, paragraph)
            how = "years" if old is not None else "none"
        if new is not None and old is not None and not same_family(old.num.unit, new.num.unit):
            old, new, how = None, None, "none"
        difference = diffs[-1] if diffs and g.percent and how == "none" else None
        if difference is not None and counts:
            how = "diff"
        candidates = [
            c
            for c in _change_subjects(norm, figs, j, counts, unread or [])
            if c is not old
            and not c.bracketed
            and not _new_of_a_whole_with_carry_over(norm, c, lead)
            and not _inside_a_name(norm, c)
        ]
        elided = _elided_subject(norm, difference, lead, paragraph) if difference is not None and not counts else None
        if elided is not None:
            how, candidates = "diff", [elided]
        head = _head_unit_named(norm, figs, j) if g.percent and how == "none" else None
        if head is not None:
            # "发生事故46起,…,死亡人数同比下降23.8%": a change of 人数 is of a count of persons, not of 46起
            candidates = [c for c in candidates if same_family(c.num.unit, head)]
        if how == "none" and candidates and _after_a_level_in_percent(norm, figs, j, candidates):
            candidates = []  # "纠错率为16.54%，同比降低4.51%": the rate's own change, not the count's
        if how == "none" and len(candidates) > 1 and g.percent:
            candidates = _named_subject(norm, figs, j, candidates)
        if how == "none" and candidates and g.percent and _names_another_thing(norm, figs, j, candidates):
            candidates = []  # "开展七项常态化打击,推动刑事治安警情同比下降6.4%": the change names its own subject
        if how == "none" and not candidates and not counts and g.percent:
            candidates = _named_in_sentences_before(norm, figs, j, paragraph)
        if how == "none" and candidates:
            how = "feasible"
        out.append(Growth(g, old, new, bool(down) and not up, how, candidates, difference, level=level))
    return _pair_units(norm, figs, _pair_respectively(norm, out))


# "四项指标分别比上年同期下降9.20%、9.28%…", "四项数字分别下降4%、8.7%…": a count of the measures a sentence goes on to give counts
# figures, not things, and a count of categories ("在四个类别中，合同纠纷类…增长29.13%") counts kinds;
# neither is a level a change could be of.
_MEASURES_COUNTED = re.compile(
    r"\s*(?:主要|各|大)?(?:指标|指標|指数|指數|数据|數據|数字|數字|数值|數值|类别|類別|类型|類型|方面|领域|領域)"
)


# A change said of a part named after 其中 ("其中非诉业务较上年增长99.7%").
_PART_CHANGE = re.compile(r"^[\s，,]*其中[^\d，,；;。、]{2,}?(?:同比|环比|較|较|比|与|與)")


# "案件151起,案值7.7亿元,分别增长16%和18.3倍": changes said of the levels before them one by one compare
# each with its own last year even where no 同比 says so.
_RESPECTIVE_CHANGE = re.compile(r"分别(?:同比)?(?:增长|增加|上升|下降|减少|降低)(?:了)?$")
# A change that opens an item of its own after 、 and names its subject before the change word.
_ITEM_CHANGE = re.compile(
    r"、(?:甚至|而且|并且|而|也|还|则|但)?(?P<subject>[\u4e00-\u9fff]{2,12}?)"
    r"(?:同比|环比|较上年|较去年|比上年|比去年)?(?:增长|增加|上升|下降|减少|降低|回落|下滑)(?:了|约|达到|达|为)?$"
)
_TIME_WORDS = re.compile(r"^(?:今年|本年|全年|当年|同期|本期|上半年|下半年|前三季度|一季度)$")


def _item_change(norm: str, before: list[Figure], g: Figure, lead: str) -> bool:
    """Whether a change stands after 、 as an item of its own that names what changed, after a
    count of its clause: that count is no level of it."""
    m = _ITEM_CHANGE.search(lead)
    # "4.2万吨、同比下降97.4%": 同比 names no subject, the change is of the count before it
    subject = (
        re.sub(r"同比|环比|较上年|较去年|比上年|比去年|与上年相比|与去年相比", "", m.group("subject")) if m else ""
    )
    if len(subject) < 2 or _TIME_WORDS.match(subject):
        return False
    cut = g.clause_start + m.start()
    return any(f.is_count and g.clause_start <= f.num.start and f.num.end <= cut for f in before)


def _counts_measures(norm: str, f: Figure) -> bool:
    return f.num.unit in _KIND_UNITS and bool(_MEASURES_COUNTED.match(norm, f.num.end))


# "开展“三大攻坚”“七项常态化打击”,推动…警情同比下降6.4%": a count inside quotation marks is a word of
# a name (a campaign, a slogan, a title: “一都四区”, 《…三年行动》), never a level a change could be of.
_NAME_QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》", "‘": "’"}
_NAME_MAX = 24


def _inside_a_name(norm: str, f: Figure) -> bool:
    before = norm[max(f.sentence.start, f.num.start - _NAME_MAX) : f.num.start]
    opened = max(before.rfind(q) for q in _NAME_QUOTES)
    if opened < 0:
        return False
    close = _NAME_QUOTES[before[opened]]
    if close in before[opened:]:
        return False
    after = norm[f.num.end : min(f.sentence.end, f.num.end + _NAME_MAX)]
    return close in after


# "已连续14个月同比下降", "连续4年保持98%以上": a count after 连续 tells how long a trend has lasted;
# it is no level a change beside it could be of.
_STREAK = re.compile(r"(?:连续|連續)(?:第)?\s*$")


def _counts_a_streak(norm: str, f: Figure) -> bool:
    return bool(_STREAK.search(norm[max(f.clause_start, f.num.start - 4) : f.num.start]))


# "本周共接刑事类警情62起(日均8.9起),较上周的81起减少19起": a count in brackets right after 日均/平均 is
# the level before it per day (per case, per person), never a level a change could be of. Outside brackets
# ("日均接警1840起,较上年的1700起增加140起") the average may be the very level compared.
_AVERAGE_JUST_BEFORE = re.compile(r"(?:人均|平均|案均|户均|日均|年均|月均|场均|每天|每日|每月)(?:约|达|为)?\s*$")


# "6689起(239起/天)": a count per day said by its unit.
_PER_TIME_AFTER = re.compile(r"\s*/\s*(?:天|日|人|件|月)")


def _names_an_average(norm: str, f: Figure) -> bool:
    before = norm[max(f.clause_start, f.num.start - 6) : f.num.start]
    return bool(_AVERAGE_JUST_BEFORE.search(before) or _PER_TIME_AFTER.match(norm, f.num.end))


def _is_an_average(norm: str, f: Figure) -> bool:
    return f.bracketed and _names_an_average(norm, f)


def _continues_respectively(norm: str, last: Growth, g: Figure) -> bool:
    """Whether a percentage goes on a 分别 list of changes: it follows the last change of its sentence
    with only 、/和/及 between, and that list's first change says 分别 ("分别上升50%、111.89%和25.41%")."""
    prev = last.change
    if not g.percent or "百分点" in g.num.unit or prev.sentence is not g.sentence or not prev.percent:
        return False
    if norm[prev.num.end : g.num.start].strip() not in _LIST_JOINS:
        return False
    head = prev if not last.continued else None
    return (
        head is None
        or "分别" in norm[head.clause_start : head.num.start]
        or "分別" in norm[head.clause_start : head.num.start]
    )


_LIST_JOINS = ("、", "和", "及", ",", "，")


def _named_subject(norm: str, figs: list[Figure], j: int, candidates: list[Figure]) -> list[Figure]:
    """ "事故9起、死亡6人、受伤7人,事故起数同比下降18.2%、死亡人数同比下降14.3%、受伤人数同比下降27.3%":
    a change whose own words name what changed (受伤人数) is of the one count labelled so (受伤7人),
    not of any count of the sentence."""
    g = figs[j]
    start = max(g.clause_start, figs[j - 1].num.end if j else 0)
    subject = clean_label(re.split(r"同比|环比|较|比|与", norm[start : g.num.start])[0])
    if len(subject) < 2:
        return candidates
    named = [c for c in candidates if len(_SUBJECT_HEAD.sub("", common_sub(subject, c.label))) >= 2]
    return named if len(named) == 1 else candidates


# Words before 分别 that name the measures a sentence gives ("四项指标", "各项", "上述数字"), not a thing.
_MEASURES_NAMED = re.compile(r"指标|指標|指数|指數|数据|數據|数字|數字|数值|數值|各项|各項|上述|以上|前者|后者|後者")


# Words that lead into what a change is of without naming it ("推动全年…警情同比下降").
_LEAD_VERBS = re.compile(r"^(?:推动|促使|促进|实现|带动|使得|使|致|全年|全省|全市|全县|全区|全国|本年|今年)+")


def _names_another_thing(norm: str, figs: list[Figure], j: int, candidates: list[Figure]) -> bool:
    """Whether a change standing in a clause of its own names what changed by words that none of the
    counts before it is named by: "开展七项常态化打击,推动全年刑事治安警情同比下降6.4%" is a change of
    警情, whose level is not given, not of the seven kinds of action."""
    g = figs[j]
    if any(c.clause_start == g.clause_start for c in candidates):
        return False
    # "…下降18.2%、受伤人数同比下降27.3%": an earlier change of the clause ends the words before this one
    start = max([g.clause_start] + [f.num.end for f in figs[:j] if f.percent and f.num.end <= g.num.start])
    words = re.split(r"同比|环比|较|比|与|相比|" + _UP.pattern + "|" + _DOWN.pattern, norm[start : g.num.start])[0]
    if "分别" in words or "分別" in words:
        # "四项指标分别下降9.20%、…": the changes of the counts before, in turn; but "刑事、“两抢一盗”案件分别
        # 下降16.4%、19.6%" names the things that changed before 分别, and a count named otherwise ("攻克命案积案
        # 3起") is no level of them
        words = re.split(r"分别|分別", words)[0]
        if _MEASURES_NAMED.search(words):
            return False
    subject = _NO_THING.sub("", _LEAD_VERBS.sub("", clean_label(words)))
    if len(subject) < 2:
        return False
    return not any(len(_SUBJECT_HEAD.sub("", common_sub(subject, c.label + c.counted))) >= 2 for c in candidates)


def _named_in_sentences_before(norm: str, figs: list[Figure], j: int, paragraph: list[Figure]) -> list[Figure]:
    """ "全省共发生火灾1899起,死亡1人…。与去年同期相比,火灾起数上升了35.47%": a change whose sentence
    counts nothing, and whose own words name what changed, is of the one count of the few sentences
    before it labelled so; a year or 今年 in the words names no thing."""
    g = figs[j]
    start = max(g.clause_start, figs[j - 1].num.end if j else 0)
    words = re.split(r"同比|环比|较|比|与|相比" + "|" + _UP.pattern + "|" + _DOWN.pattern, norm[start : g.num.start])[0]
    words = clean_label(words)
    subject = _NO_THING.sub("", words)
    if len(subject) < 2:
        return []
    head = next((u for w, u in _HEAD_UNITS.items() if w in words), None)
    earlier = [
        f
        for f in paragraph
        if f.index < g.index
        and f.sentence.index < g.sentence.index
        and f.sentence.index >= g.sentence.index - _SENTENCES_BACK
        and f.sentence.paragraph >= g.sentence.paragraph - 1
        and f.is_count
        and not f.bracketed
        and not _CHANGE_LEAD.search(norm[f.clause_start : f.num.start])
    ]
    # the count's own name (the words right before it) must be in the change's words: "火灾起数" names
    # "发生火灾1899起", while a word both share ("行政") names neither
    named = [
        f for f in earlier if _ends_with_a_name_in(f.label, subject) and (head is None or same_family(f.num.unit, head))
    ]
    return named if len(named) == 1 else []


def _ends_with_a_name_in(label: str, subject: str) -> bool:
    """Whether the words right before a count name all the change's subject names: "火灾起数" is
    "发生火灾", while "第四季度纠纷" or "涉企纠纷" is only a part of "受理纠纷"."""
    name = next((label[-k:] for k in range(len(label), 1, -1) if label[-k:] in subject), "")
    return bool(name) and len(subject.replace(name, "", 1)) <= 1


_HEAD_UNITS = {"人数": "人", "人數": "人", "起数": "起", "起數": "起", "件数": "件", "件數": "件"}


def _head_unit(words: str) -> str | None:
    """The unit a change's own words name what changed in (死亡人数 → 人), when they name one only."""
    units = {u for w, u in _HEAD_UNITS.items() if w in words}
    return units.pop() if len(units) == 1 else None


def _head_unit_named(norm: str, figs: list[Figure], j: int) -> str | None:
    g = figs[j]
    start = max(g.clause_start, figs[j - 1].num.end if j else 0)
    return _head_unit(re.split(r"同比|环比|较|比|与", norm[start : g.num.start])[0])


_SENTENCES_BACK = 3
_NO_THING = re.compile(
    r"\d{4}年度?|\d+月份?|今年|本年|全年|去年|上年|同期|当年|本月|人数|人數|件数|件數|起数|起數|数量|數量|总数|總數"
)


# The words that name a count's kind, not what it counts: 人数 names no particular count.
_SUBJECT_HEAD = re.compile(r"人数|人數|件数|件數|起数|起數|数量|數量|总数|總數")


def _after_a_level_in_percent(norm: str, figs: list[Figure], j: int, candidates: list[Figure]) -> bool:
    """Whether a change in percent stated without last year's figure comes right after a rate or share
    of its sentence that stands after the counts: "2629件，纠错率为16.54%，同比降低4.51%" may tell how
    the rate fell (in points or relative), so the counts are no subject a whole base must give."""
    g, prev = figs[j], figs[j - 1] if j else None
    if not g.percent or prev is None or not prev.percent or prev.sentence is not g.sentence:
        return False
    if _CHANGE_LEAD.search(norm[prev.clause_start : prev.num.start]) or "百分点" in prev.num.unit:
        return False  # a change before a change ("分别上升52.78%、45.34%") is no level
    return prev.num.start > candidates[-1].num.end


def _new_of_a_whole_with_carry_over(norm: str, count: Figure, lead: str) -> bool:
    """ "执行收案2380件(含旧存123件)，新收案件同比增加180.37%": the change is of the new cases alone
    (2380-123), not of the whole that holds last year's carry-over."""
    if "新收" not in lead or "新收" in count.label:
        return False
    after = norm[count.num.end : count.num.end + 16]
    return after.lstrip().startswith(tuple(_OPEN)) and bool(_CARRIED_OVER.search(after))


def _last(pattern: re.Pattern, text: str) -> re.Match | None:
    found = list(pattern.finditer(text))
    return found[-1] if found else None


def _after_earlier_change(norm: str, figs: list[Figure], j: int, counts: list[Figure]) -> list[Figure]:
    """The counts after the last change in percent stated before figs[j] in its sentence."""
    earlier = [
        f
        for f in figs[:j]
        if f.percent and _CHANGE_LEAD.search(norm[f.clause_start : f.num.start]) and "百分点" not in f.num.unit
    ]
    if not earlier:
        return counts
    return [f for f in counts if f.num.start > earlier[-1].num.end]


def _marked_old(norm: str, f: Figure, figs: list[Figure]) -> bool:
    """Whether a count is marked as last year's (由/去年/同期…, 较2024年的) by the words since the figure
    before it: in "由52件增加到65件" only 52 is; in "…453件次，上升10%；其中来信256件，较去年同期237件" 237 is."""
    before = [h.num.end for h in figs if h.num.end <= f.num.start]
    start = max([f.sentence.start, f.clause_start - 2] + before[-1:])
    words = norm[start : f.num.start]
    marked = _OLD_MARK.search(words) or _FROM_MARK.search(words) or _OLD_YEAR.search(words)
    if marked and {m.group() for m in _OLD_MARK.finditer(words)} == {"去年"} and not _FROM_MARK.search(words):
        # "去年全国共发生案件37.67万起，较上一年减少1.53万起": a report of last year compares it with the
        # year before; 去年 there names the year the count is of, not the year it is compared with.
        if _YEAR_BEFORE_LAST.match(norm, f.num.end, f.sentence.end):
            return False
    return bool(marked) and not _CARRIED_OVER.search(words)


def _earlier_counts(figure: Figure, paragraph: list[Figure]) -> list[Figure]:
    """The counts of the paragraph before `figure`, of its kind of unit, not in brackets."""
    return [
        f
        for f in paragraph
        if f.index < figure.index and f.is_count and not f.bracketed and same_family(f.num.unit, figure.num.unit)
    ]


def _subject_before(
    old: Figure, lead: str, paragraph: list[Figure], said: str = "", same_sentence: bool = False
) -> Figure | None:
    """ "案件总数较上年（603件）增长16.4%" after "共办理…案件702件": this year's figure is the count
    of the paragraph before that names the same thing (a total first).

    A count whose own noun is the subject ("其中有效投诉25件" for "有效投诉比去年同期(31件)减少6件") is
    that thing's count before any count that only shares a word with it (the 共受理投诉92件 it is part
    of). A clause that opens with the comparison ("，比上月(13件)增加12件") goes on with the subject
    of its sentence (`said`, the sentence up to the clause)."""
    subject = clean_label(re.split(r"较|比|与|同比", lead)[0])
    if not subject and said:
        subject = clean_label(re.split(r"较|比|与|同比", said)[0])
    subject = subject or lead
    before = [f for f in _earlier_counts(old, paragraph) if same_sentence or f.sentence is not old.sentence]
    named = [f for f in before if common_len(subject, f.label) >= 2]
    if same_sentence:
        # only a count named by the subject itself is surely its level
        named = [f for f in named if f.label == subject]
    # the count named by the subject itself, else by a label ending with it (无效投诉 ends as 有效投诉 does)
    same = [f for f in named if f.label == subject]
    own_noun = [f for f in named if len(subject) >= 2 and f.label.endswith(subject)]
    pool = same or own_noun or named
    totals = [f for f in pool if f.is_total]
    return (totals or pool or [None])[-1]


# A sentence that opens with the comparison itself ("比去年同期增加433件"): its subject is left unsaid.
_OPENS_WITH_COMPARISON = re.compile(r"[\s，,]*(?:同比|环比|比上|比去|较上|较去|与上|与去|相比)")
_COMPARISON_WORDS = re.compile(r"同比|环比|相比|比|较|与|上年|去年|上月|同期|增加|减少|上升|下降|增长|降低|了")


def _elided_subject(norm: str, difference: Figure, lead: str, paragraph: list[Figure]) -> Figure | None:
    """ "受理消费者举报3618件，占27%。比去年同期增加433件，举报量增长12%": a sentence opening with the
    comparison goes on with the subject of the sentence before, its count in the unit of the
    difference; this year's level is that count, last year's is it less the difference. Only when
    that subject is plain: the sentence before holds one such count, or the change names one of
    them alone ("举报量" is part of 受理消费者举报). After "受理500件，办结480件。" a bare "比去年同期增加50件"
    may be of either, and is read against neither."""
    said = norm[difference.sentence.start : difference.num.start]
    if not _OPENS_WITH_COMPARISON.match(said) or re.search(r"[\u4e00-\u9fff]", _COMPARISON_WORDS.sub("", said)):
        return None  # "与上年同比，受案增加167件": the difference names its own subject
    before = [
        f
        for f in _earlier_counts(difference, paragraph)
        if f.sentence.index == difference.sentence.index - 1 and not _CHANGE_LEAD.search(f.raw_label)
    ]
    subject = clean_label(re.split(r"同比|环比|较|比|与", lead)[0])
    subject = re.sub(r"[增减上下提降][长加升降高少]$|量$|数$", "", subject)
    if subject:
        before = [f for f in before if common_len(subject, f.label) >= 2]
    return before[0] if len(before) == 1 else None


def _change_subjects(norm: str, figs: list[Figure], j: int, counts: list[Figure], unread: list[int]) -> list[Figure]:
    """The counts a change stated without last year's figure may refer to: those of its clause,
    else every count back to the sentence start or a ；. A change is called impossible only when
    none of them can give it; a change that says 分别 is paired with them in order. A quantity in a
    unit the checker does not read ("拆除面积1.9万余平方米,…提升58.3%") standing between those counts
    and the change may be what changed, so then none of them is surely its subject."""
    g = figs[j]
    mine = [f for f in counts if f.clause_start == g.clause_start]
    if mine:
        return mine
    out: list[Figure] = []
    for f in reversed(counts):
        if re.search(r"[；;：:。]", norm[f.num.end : g.clause_start]):
            break
        out.insert(0, f)
    if out:
        lo, hi = out[-1].num.end, g.clause_start
        if any(lo <= p < hi for p in unread):
            return []
    return out


_UNREAD = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?\s?(?:" + "|".join(map(re.escape, UNREAD_UNITS)) + ")"
)


def _unread_quantities(norm: str) -> list[int]:
    """Where the text states a number of a unit the checker does not read (平方米, 亩, 吨): neither a
    count nor a percentage, so it is no figure, but it may be what a change or a share is of."""
    found = {m.start() for m in _UNREAD.finditer(norm)}
    found |= {n.start for n in find_numbers(norm) if not n.percent and not n.unit and n.value >= 10}
    return sorted(found)


_UNIT_WORD = {"件数": "件", "人数": "人"}


def _pair_units(norm: str, figs: list[Figure], growths: list[Growth]) -> list[Growth]:
    """ "受理97件134人，去年同期为197件375人，件数和人数分别同比下降50.76%、64.27%": each change
    compares this year's count with last year's in the same unit. Only when both years give the
    same two units side by side, and each change is told by 分别 in order or names 件数/人数."""
    out = list(growths)
    for i in range(1, len(figs) - 2):
        o1, o2 = figs[i], figs[i + 1]
        if not (o1.is_count and o2.is_count and o2.num.start == o1.num.end and _marked_old(norm, o1, figs)):
            continue
        if same_family(o1.num.unit, o2.num.unit):
            continue
        before = [f for f in figs[:i] if f.is_count]
        pairs = [
            (a, b)
            for a, b in zip(before, before[1:])
            if b.num.start == a.num.end
            and same_family(a.num.unit, o1.num.unit)
            and same_family(b.num.unit, o2.num.unit)
        ]
        if not pairs:
            continue
        n1, n2 = pairs[-1]
        mine = [g for g in out if g.change.num.start > o2.num.end and g.change.sentence is o1.sentence]
        mine = [g for g in mine if g.change.percent and g.how in ("none", "feasible")]
        chosen: dict[int, Figure] = {}
        for g in mine:
            k = figs.index(g.change)
            lead = norm[max(g.change.clause_start, figs[k - 1].num.end) : g.change.num.start]
            named = [u for w, u in _UNIT_WORD.items() if w in lead]
            if len(named) == 1:
                chosen[id(g)] = o1 if same_family(named[0], o1.num.unit) else o2
        first = mine[0] if mine else None
        if first is not None and "分别" in norm[first.change.clause_start : first.change.num.start]:
            k = figs.index(first.change)
            nxt = figs[k + 1] if k + 1 < len(figs) else None
            if (
                nxt is not None
                and nxt.percent
                and norm[first.change.num.end : nxt.num.start].strip() in ("、", "和", "与")
            ):
                second = next((g for g in out if g.change is nxt), None)
                if second is None:
                    second = Growth(nxt, None, None, first.down, "none")
                    out.append(second)
                    mine.append(second)
                chosen.setdefault(id(first), o1)
                chosen.setdefault(id(second), o2)
        for g in mine:
            o = chosen.get(id(g))
            if o is not None:
                g.old, g.new, g.how = o, (n1 if o is o1 else n2), "fromto"
    return out


def _pair_respectively(norm: str, growths: list[Growth]) -> list[Growth]:
    """ "110批1731人次，…分别上升52.78%、45.34%": the n-th change goes with the n-th count."""
    for i, gr in enumerate(growths):
        lead = norm[gr.change.clause_start : gr.change.num.start]
        if gr.continued or not re.search("分别|分別", lead) or gr.how != "feasible" or len(gr.candidates) < 2:
            continue
        run = [gr]
        for nxt in growths[i + 1 :]:
            if nxt.change.sentence is gr.change.sentence and norm[
                run[-1].change.num.end : nxt.change.num.start
            ].strip() in ("、", "和", ",", "，"):
                run.append(nxt)
            else:
                break
        if len(run) == len(gr.candidates):
            subjects = list(gr.candidates)
            for k, member in enumerate(run):
                member.candidates = [subjects[k]]
                member.continued = False
    # a later member the list did not pair with its own count has no sure subject
    return [gr for gr in growths if not gr.continued]


def _years_written_out(norm: str, g: Figure, paragraph: list[Figure]) -> tuple[Figure | None, Figure | None]:
    """ "2023年…147起，2024年…113起，同比下降30%": the two counts that carry the two years. A count
    that is itself a change ("2019年相比2018年增长了357万件") is no year's level."""
    dated = []
    for f in paragraph:
        if f.index >= g.index or not f.is_count or _CHANGE_LEAD.search(norm[f.clause_start : f.num.start]):
            continue
        m = next(reversed(list(_YEAR.finditer(f.raw_label))), None)  # the last year named
        if m is not None:
            dated.append((int(m.group(1)), f))
    if len(dated) < 2:
        return None, None
    (y2, new) = dated[-1]
    old = next(
        (
            f
            for y, f in reversed(dated[:-1])
            if y == y2 - 1
            and same_family(f.num.unit, new.num.unit)
            and common_len(f.label, new.label) >= 2
            and not _places_differ(f.raw_label, new.raw_label)  # 全镇 last year, 镇本级 this year
            and set(_INSTANCE.findall(f.raw_label)) == set(_INSTANCE.findall(new.raw_label))
        ),
        None,
    )
    return (old, new) if old is not None else (None, None)


# ---------------------------------------------------------------- the draft's own tables


_TABLE_CELL_NUMBER = re.compile(r"^\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([^\d\s]{0,2})\s*$")
_TOTAL_LABEL = re.compile(r"合\s*计|总\s*计|总数|共\s*计|小\s*计")  # "合 计": a heading spaced out to fill its cell
_INDEX_HEADING = re.compile(r"^(?:序号|编号|排名|序|No\.?)$")
_ANNOTATION = re.compile(r"[（(][^）)]*[）)]|\s")


def _index_heading(text: str) -> bool:
    """序号, also spaced out to fill its cell ("序 号") or with a reading in brackets ("序號(hào)")."""
    return bool(_INDEX_HEADING.match(_ANNOTATION.sub("", text)))


_NOT_A_PART = re.compile(r"^其中|金额|万元|元\)|元）|率|比例|占比|平均|人均")


def _split_cells(line: str) -> list[tuple[str, int]] | None:
    """Cells of a tab-separated (Word) or pipe (Markdown) table line, with their offsets."""
    if "\t" in line:
        sep = "\t"
    elif line.lstrip().startswith("|"):
        sep = "|"
    else:
        return None
    cells, pos = [], 0
    for piece in line.split(sep):
        cells.append((piece, pos))
        pos += len(piece) + 1
    if sep == "|":
        cells = [c for c in cells[1:-1]] if line.strip().endswith("|") else cells[1:]
    return cells


# "2014年", "2023年度", "1月", "6月份", "第二季度": a cell naming a year or a period heads a column or a row
# of that period's figures, it counts nothing.
_YEAR_CELL = re.compile(r"^\s*(?:(?:19|20)\d\d\s*年度?|(?:1[0-2]|0?[1-9])\s*月份?|第?\s*[一二三四1-4]\s*季度)\s*$")


# What may follow a cell's number: a unit of count or money, 万/亿 before one, a percent sign. Other words
# make the cell a name ("12345热线", "110接警" as a column heading), not a figure.
_CELL_SUFFIX = re.compile(r"(?:万|亿)?(?:" + "|".join(map(re.escape, UNITS)) + r")?|%|‰|倍|分")


def _cell(text: str, start: int) -> Cell:
    m = _TABLE_CELL_NUMBER.match(text)
    percent = text.strip().endswith("%")
    if not m or _YEAR_CELL.match(text) or not _CELL_SUFFIX.fullmatch(m.group(3)):
        return Cell(text, start, start + len(text), None, percent, 0)
    digits = m.group(1).replace(",", "")
    decimals = len(m.group(2) or "")
    value = float(digits + ("." + m.group(2) if m.group(2) else ""))
    lead = len(text) - len(text.lstrip())
    return Cell(text, start + lead, start + len(text.rstrip()), value, percent or m.group(3) == "%", decimals)


def _table_lines(norm: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in norm.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "\t" in line or line.lstrip().startswith("|"):
            spans.append((start, start + len(line)))
    return spans


def _in_lines(f: Figure, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (f.num.start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= f.num.start < spans[i][1]


def table_series(norm: str) -> list[TableSeries]:
    """Breakdowns laid out as tables, categories in columns or in rows."""
    out: list[TableSeries] = []
    block: list[list[Cell]] = []
    pos = 0
    for line in norm.split("\n") + [""]:
        start, pos = pos, pos + len(line) + 1
        cells = _split_cells(line)
        if cells is None or len(cells) < 3:
            out += _block_series(block)
            block = []
            continue
        if re.fullmatch(r"[\s|:\-]+", line):
            continue  # markdown rule line
        block.append([_cell(t, start + off) for t, off in cells])
        if len(block) > 200:
            out += _block_series(block)
            block = []
    return out


def _block_series(block: list[list[Cell]]) -> list[TableSeries]:
    if len(block) < 2 or _columns_unplaceable(block):
        return []
    out = []
    width = max(len(r) for r in block)
    grid = [r + [Cell("", 0, 0, None, False, 0)] * (width - len(r)) for r in block]
    out += _series_along(grid, closing=True)  # categories in columns: rows of counts and shares
    grid = _unwrapped(grid)
    columns = [[grid[r][c] for r in range(len(grid))] for c in range(len(grid[0]))]
    out += _series_along(columns)  # categories in rows
    return out


def _columns_unplaceable(block: list[list[Cell]]) -> bool:
    """Whether the stored page lost the places of a table's columns, so no figure can be put under its heading.

    Two signs, each enough. Rows one cell apart both in length and in figures, the longer reaching past the
    last heading ("2015年7月" holds a figure beyond 小计, "2014年8月" as many cells as there are headings): a cell
    of the shorter was dropped, every figure after it stands one column to the left. (A shorter row within the
    headings only leaves its last column empty, a 占比 row without the 合计's 100%; a row shorter by a whole group
    of columns ends a list set out in groups side by side; a row whose heading takes two cells, "三、本年度办理结果
    | (一)予以公开", holds as many figures as the others.) And two or more
    group headings in a row shorter than the row of headings under it, neither row keeping an empty cell for
    the merged ones ("警情类型 | 有效警情 | 无效报警" over nine headings): which headings 有效警情 stands over,
    and so where 无效报警's figure stands, is not said. One heading over all the others is placed anyway.
    """

    def used(row: list[Cell]) -> list[Cell]:
        end = len(row)
        while end and not row[end - 1].text.strip():
            end -= 1
        return row[:end]

    rows = [used(r) for r in block if any(c.value is not None for c in r[1:])]
    words = [used(r) for r in block if not any(c.value is not None for c in r[1:])]
    widest = max((len(r) for r in words), default=0)
    shapes = {(len(r), sum(c.value is not None for c in r)) for r in rows}
    if any(b[0] - a[0] == 1 and b[1] - a[1] == 1 and b[0] > widest for a in shapes for b in shapes):
        return True
    for upper, lower in zip(words, words[1:]):
        if 3 <= len(upper) < len(lower) and all(c.text.strip() for c in upper + lower):
            return True
    return False


def _unwrapped(grid: list[list[Cell]]) -> list[list[Cell]]:
    """A list wrapped into groups of columns side by side ("省份 | 数量 | 省份 | 数量", each row holding
    several items, a 总计 row under them all) stacked into one group of columns, one item a row.

    The groups are known by the first heading coming back in the top row; any other grid is returned as it is.
    """
    top = [c.text.strip() for c in grid[0]]
    again = next((k for k in range(1, len(top)) if top[0] and top[k] == top[0]), None)
    if again is None or len(top) % again or top[again:] != top[:again] * (len(top) // again - 1):
        return grid
    return [row[j : j + again] for j in range(0, len(top), again) for row in grid]


def _series_along(grid: list[list[Cell]], closing: bool = False) -> list[TableSeries]:
    """A row of labels and, below it, a row of counts and maybe a row of shares: one breakdown.

    The label row is the first whose cells are mostly words; the first column is a row heading
    unless the counts row holds a number there too.
    """

    def numeric(row: list[Cell]) -> list[Cell]:
        return [c for c in row[1:] if c.value is not None]

    def wordy(row: list[Cell]) -> bool:
        return len(numeric(row)) * 2 < len(row) - 1

    at = next((k for k, r in enumerate(grid) if wordy(r)), None)
    if at is None:
        return []
    header = grid[at]
    labels = _joined_header(grid, at, wordy)
    shares_row = None
    counts_rows: list[list[Cell]] = []
    for row in grid:
        if row is header:
            continue
        numbers = numeric(row)
        if len(numbers) < max(2, (len(row) - 1) // 2) or _index_heading(row[0].text):
            continue
        if [c.value for c in numbers] == [float(k) for k in range(1, len(numbers) + 1)]:
            continue  # a 序号 column: 1, 2, 3, …
        percents = [c for c in numbers if c.percent]
        nonzero = [c for c in numbers if c.value]
        if percents and len(percents) * 2 >= len(nonzero) and shares_row is None:
            if not _rate_or_change_row(row[0].text):
                shares_row = row
        elif not percents:
            counts_rows.append(row)
    if not counts_rows:
        return []
    counts_row = counts_rows[0]
    first = 0 if counts_row[0].value is not None and labels[0] else 1

    def kept(row: list[Cell]) -> list[int]:
        return [
            i
            for i in range(first, len(header))
            if not _NOT_A_PART.search(labels[i])
            and row[i].value is not None
            and labels[i]
            and not _index_heading(labels[i])
        ]

    keep = kept(counts_row)
    if len(keep) < 2:
        return []
    if any(counts_row[i].value is not None and not labels[i] for i in range(first, len(header))):
        return []  # a column of figures with no heading: a part that cannot be named, the sum would miss it
    keep, total = _closed_by_total(keep, labels, closing)
    if total is not None and not _totals_its_row(labels[keep[total]], [labels[i] for i in keep if i != keep[total]]):
        return []
    out = [TableSeries([labels[i] for i in keep], [counts_row[i] for i in keep], [None] * len(keep), total)]
    if total is not None:
        out += _more_totalled_rows(counts_rows[1:], counts_row, labels, kept, closing)
    if shares_row is None:
        return out
    if len(counts_rows) == 1:
        out[0].shares = [shares_row[i] for i in keep]
        return out
    # Several rows of counts (2019, 2020, …) and one of shares: the shares belong to the counts they
    # fit; when no one row fits them, which counts they are of is not said, and they are not tested.
    fitting = [row for row in counts_rows if _shares_fit_row(row, shares_row, kept(row), labels)]
    if len(fitting) != 1:
        return out
    row = fitting[0]
    if row is counts_row:
        out[0].shares = [shares_row[i] for i in keep]
        return out
    keep2, total2 = _closed_by_total(kept(row), labels, closing)
    out.append(TableSeries([labels[i] for i in keep2], [row[i] for i in keep2], [shares_row[i] for i in keep2], total2))
    return out


# A row of percentages headed by a rate or a change ("办结率", "同比", "增幅") gives each column its own
# measure, not its share of the counts row's 合计; a row headed 占比/比例 does.
_RATE_OR_CHANGE_HEAD = re.compile(r"率|同比|环比|增|降|幅|变化")
_SHARE_HEAD = re.compile(r"占|比例|比重|构成|份额")


def _rate_or_change_row(heading: str) -> bool:
    return bool(_RATE_OR_CHANGE_HEAD.search(heading)) and not _SHARE_HEAD.search(heading)


def _closed_by_total(keep: list[int], labels: list[str], closing: bool) -> tuple[list[int], int | None]:
    """The columns a 合计/小计 column adds up, and its place among them. Across a header row, a total
    standing after two or more columns closes them: what follows it is another group or another
    measure ("件数小计" then "挽回经济损失" in 万元), not one of its parts; a total heading the columns
    adds up those after it. Down a column (`closing` false) a 总计 row may stand under the first of
    several groups of rows a list was wrapped into, so the rows after it are still its parts."""
    total = next((k for k, i in enumerate(keep) if _TOTAL_LABEL.search(labels[i])), None)
    if closing and total is not None and total >= 2:
        keep = keep[: total + 1]
    return keep, total


_NOT_ADDITIVE = re.compile(r"率|均|比|倍|幅|%")


def _more_totalled_rows(rows, first, labels, kept, closing) -> list[TableSeries]:
    """The other rows of counts of a table with a 合计 column (7月 beside 6月): each one more breakdown,
    when its figures stand in exactly the columns of the first row's and all are whole counts (a
    row shifted by a merged heading cell, or a row of ratios, is no breakdown of these headings)."""
    out = []
    columns = [i for i, c in enumerate(first) if c.value is not None]
    for row in rows:
        if [i for i, c in enumerate(row) if c.value is not None] != columns:
            continue
        if any(c.percent or c.decimals or c.value != int(c.value) for c in row if c.value is not None):
            continue
        if _NOT_ADDITIVE.search(row[0].text):
            continue  # "人均件数", "结案率", "增减幅": measures that do not add up across the items
        keep, total = _closed_by_total(kept(row), labels, closing)
        if total is not None and len(keep) > 2:
            out.append(TableSeries([labels[i] for i in keep], [row[i] for i in keep], [None] * len(keep), total))
    return out


_MEASURE = re.compile(r"数量|件数|人数|次数|数|量|[（(][^）)]*[）)]")
# Headings that count only this period's flow ("本年新制作", "本期新增"): beside them a total named for
# something of its own and for no period ("对外公开总数量", "现行有效总数") is the stock to date.
_THIS_PERIOD = re.compile(r"本年|本期|当年|當年|今年|本月|本季|新增|新收|新制|新公开|新公開")


def _totals_its_row(total: str, parts: list[str]) -> bool:
    """Whether a 合计/总数 column adds up the columns beside it. "对外公开总数量" beside "本年新制作数量" and
    "本年新公开数量" names one of them (公开): it is the running total of that one, not their sum. Beside
    columns that all count this period's flow it is a stock to date, whichever of them it names; and
    beside columns the page gives one heading twice ("本年新", "本年新", their ends cut off) it has
    no parts told apart."""
    own = _MEASURE.sub("", _TOTAL_LABEL.sub("", total))
    if len(own) < 2:
        return True
    if len(set(parts)) < len(parts):
        return False
    if parts and all(_THIS_PERIOD.search(p) for p in parts) and not _THIS_PERIOD.search(total):
        return False
    named = [p for p in parts if common_len(own, _MEASURE.sub("", p)) >= 2]
    return not named or len(named) == len(parts)


def _joined_header(grid: list[list[Cell]], at: int, wordy) -> list[str]:
    """Column headings of a header that may run over several rows: a group heading merged over
    several columns stands in the first of them only, its sub-headings in the row below
    ("法人或其他组织" over 商业企业 … 其他), so each column's heading is its texts top to bottom joined.

    The header is the row at `at` and the word rows right under it, up to the first row of figures.
    """
    rows = [grid[at]]
    for row in grid[at + 1 :]:
        if not wordy(row) or not any(c.text.strip() for c in row):
            break
        rows.append(row)
    labels = []
    for i in range(len(grid[at])):
        # A figure in a heading row ("受理总量" over "38447") is no heading; a heading may still read as one ("110接警").
        words = [r[i].text.strip() for r in rows if r[i].value is None]
        labels.append("".join(words if any(words) else (r[i].text.strip() for r in rows)))
    return labels


def _shares_fit_row(row: list[Cell], shares_row: list[Cell], keep: list[int], labels: list[str]) -> bool:
    """Whether every share of shares_row is its count in row over that row's 合计 (or the sum of its
    parts), to within one unit of the share's last digit."""
    totals = [i for i in keep if _TOTAL_LABEL.search(labels[i])]
    parts = [i for i in keep if i not in totals]
    base = row[totals[0]].value if totals else sum(row[i].value for i in parts)
    pairs = [(row[i].value, shares_row[i]) for i in parts if shares_row[i].value is not None]
    if not base or not pairs:
        return False
    return all(abs(v / base * 100 - sh.value) < 10.0**-sh.decimals + 1e-9 for v, sh in pairs)


def table_rows(norm: str) -> list[TableRow]:
    """Rows of tab-separated (Word) or pipe (Markdown) tables with one label and one figure."""
    rows, pos = [], 0
    for line in norm.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells = _split_cells(line)
        if cells is None:
            continue
        texts = [t for t, _ in cells]
        if not texts:
            continue
        numbers = [m for m in (_TABLE_CELL_NUMBER.match(c) for c in texts[1:]) if m]
        label = clean_label(texts[0].strip())
        if len(numbers) == 1 and len(label) >= 2 and not _TABLE_CELL_NUMBER.match(texts[0]):
            value = float(
                numbers[0].group(1).replace(",", "") + ("." + numbers[0].group(2) if numbers[0].group(2) else "")
            )
            rows.append(TableRow(label, value, start, start + len(line)))
    return rows


def _table_matches(prose: list[Figure], rows: list[TableRow]) -> list[TableMatch]:
    out = []
    if not rows:
        return out
    for f in prose:
        if f.percent or len(f.label) < 2:
            continue
        hits = [r for r in rows if f.label.endswith(r.label) or r.label.endswith(f.label)]
        if len(hits) == 1:
            out.append(TableMatch(f, hits[0]))
    return out
