"""Finding testable relations in a draft: totals with parts, shares, rates, growth, labelled figures.

Extraction only; judging the relations is verify.py's job. Text is split into sentences
(。！？ and line breaks) and clauses (，；：、); each number is tied to the label that precedes
it in its clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fzlib.check.numbers import Number, find_numbers, normalise, same_family

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_BOUNDARY = "，,；;：:、。！？!?\n"
_BIG_BOUNDARY = "，,；;：:。！？!?\n"

_TOTAL_MARK = re.compile(r"共|合计|总计|累计|总数|总量|一共")
_INTRO = re.compile(r"其中|包括|分别为|分别是|分别|含|[：:]|按.{0,6}(?:看|分|划分|统计)|具体(?:为|是|如下)|涉及")
_EXHAUSTIVE_INTRO = re.compile(r"分别")
_CLOSING_ITEM = re.compile(r"其他|其它|其余|另有|剩余")
_STOP = re.compile(r"[一二三四五六七八九十]是|此外|另外|同时|^[，,；;]?(?:并|还)")
_SHARE_MARK = re.compile(r"占|比例|比重")
_RATE_MARK = re.compile(r"率|满意度")
_UP = re.compile(r"增长|增加|上升|提高|提升|增幅|多了")
_DOWN = re.compile(r"下降|减少|降低|回落|降幅|下滑|少了")
_CHANGE_LEAD = re.compile(
    r"(?:增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑|增幅|降幅|多了|少了)(?:了|约|达到|达|为|是)?$")
_COMPARE = re.compile(r"同比|较|比上|比去|与上年|与去年|上年|去年|由|从")
_OLD_MARK = re.compile(r"由|从|去年|上年|上一年|同期|前一年")
_ALL_MARK = re.compile(r"全部|均|全覆盖|全面完成")

# Words that open or close a label without naming anything.
_LEAD = re.compile(
    r"^(?:其中|另外|此外|同时|并且|共计|合计|总计|累计|一共|共|全年|今年以来|今年|本年度|本年|"
    r"全[镇乡街县区]|我[镇乡街县区]道?|20\d\d年度?|截至目前|目前|已经|已|并|还|另|分别为|分别是|分别|"
    r"达到|达|为|是|有|约|了|的|，|、|\s)+"
)
_TRAIL = re.compile(r"(?:达到|达|为|是|共计|共|计|约|了|的|各|\s)+$")


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Figure:
    """A number together with the words that say what it counts."""

    num: Number
    raw_label: str  # text from the clause start to the number, as written (normalised)
    label: str  # raw_label without connectors such as 其中/共/达到
    label_start: int
    sentence: Sentence
    index: int  # position among the figures of the whole text
    context: str  # sentence text before the number, for disambiguating labels

    @property
    def is_total(self) -> bool:
        return bool(_TOTAL_MARK.search(self.raw_label))


@dataclass
class Part:
    figure: Figure
    multiplier: int = 1
    share: Figure | None = None


@dataclass
class Breakdown:
    total: Figure
    parts: list[Part]
    explicit_full: bool  # 分别为… or a closing 其他 item

    @property
    def figures(self) -> list[Figure]:
        out = [self.total]
        for p in self.parts:
            out.append(p.figure)
            if p.share:
                out.append(p.share)
        return out


@dataclass
class Share:
    share: Figure
    part: Figure
    base: Figure | None
    breakdown: Breakdown | None
    alternatives: list[Figure] = field(default_factory=list)


@dataclass
class Rate:
    rate: Figure
    numerator: Figure | None
    denominator: Figure | None
    all_done: bool  # the sentence says 全部/均, which means 100%


@dataclass
class Growth:
    change: Figure
    old: Figure | None
    new: Figure | None
    down: bool


@dataclass
class TableRow:
    """A row of a table in the draft: a label cell and the one figure beside it."""

    label: str
    value: float
    start: int  # span of the row's line
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


def split_sentences(text: str) -> list[Sentence]:
    """Sentences as spans of the text, separated by 。！？ and line breaks."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append(Sentence(start, m.start()))
        start = m.end()
    if start < len(text):
        out.append(Sentence(start, len(text)))
    return out


def clean_label(raw: str) -> str:
    """A label without the connectors around it ("其中，行政许可" → "行政许可")."""
    label = raw
    for _ in range(3):
        label = _TRAIL.sub("", _LEAD.sub("", label))
    return label


def extract(text: str) -> Extraction:
    """All relations the draft states, ready to be judged."""
    norm = normalise(text)
    figures = _figures(norm)
    by_sentence: dict[int, list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence.start, []).append(f)
    breakdowns, shares, rates, growths = [], [], [], []
    for figs in by_sentence.values():
        bds = _breakdowns(norm, figs)
        breakdowns += bds
        shares += _shares(norm, figs, bds, figures)
        rates += _rates(norm, figs)
        growths += _growths(norm, figs)
    rows = table_rows(norm)
    prose = [f for f in figures if not _in_rows(f, rows)]
    return Extraction(norm, prose, breakdowns, shares, rates, growths, _table_matches(prose, rows))


_TABLE_CELL_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([^\d\s]{0,2})\s*$")


def table_rows(norm: str) -> list[TableRow]:
    """Rows of tab-separated (Word) or pipe (Markdown) tables with one label and one figure."""
    rows, pos = [], 0
    for line in norm.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "\t" in line:
            cells = line.split("\t")
        elif line.lstrip().startswith("|"):
            cells = line.strip().strip("|").split("|")
        else:
            continue
        numbers = [m for m in (_TABLE_CELL_NUMBER.match(c) for c in cells[1:]) if m]
        label = clean_label(cells[0].strip())
        if len(numbers) == 1 and len(label) >= 2 and not _TABLE_CELL_NUMBER.match(cells[0]):
            rows.append(TableRow(label, float(numbers[0].group(1)), start, start + len(line)))
    return rows


def _in_rows(f: Figure, rows: list[TableRow]) -> bool:
    return any(r.start <= f.num.start < r.end for r in rows)


def _table_matches(prose: list[Figure], rows: list[TableRow]) -> list[TableMatch]:
    out = []
    for f in prose:
        if f.num.percent:
            continue
        for r in rows:
            if f.label.endswith(r.label) or r.label.endswith(f.label) and len(f.label) >= 2:
                out.append(TableMatch(f, r))
                break
    return out


def _figures(norm: str) -> list[Figure]:
    numbers = find_numbers(norm)
    sentences = split_sentences(norm)
    figures: list[Figure] = []
    si = 0
    prev_end = 0
    for n in numbers:
        while si < len(sentences) and sentences[si].end <= n.start:
            si += 1
        if si >= len(sentences):
            break
        sent = sentences[si]
        if not (n.is_count or n.percent):
            continue
        floor = max(sent.start, prev_end if prev_end > sent.start else sent.start)
        label_start = _clause_start(norm, n.start, floor)
        raw = norm[label_start:n.start]
        figures.append(Figure(
            num=n, raw_label=raw, label=clean_label(raw), label_start=label_start,
            sentence=sent, index=len(figures), context=norm[sent.start:n.start],
        ))
        prev_end = n.end
    return figures


def _clause_start(norm: str, pos: int, floor: int, boundaries: str = _CLAUSE_BOUNDARY) -> int:
    i = pos
    while i > floor and norm[i - 1] not in boundaries:
        i -= 1
    return i


def _gap(norm: str, a: Figure, b: Figure) -> str:
    return norm[a.num.end:b.num.start]


def _item_count(norm: str, f: Figure) -> int:
    """How many items "各" spreads over: "A、B和C各1件" → 3."""
    start = _clause_start(norm, f.num.start, f.sentence.start, _BIG_BOUNDARY)
    head = norm[start:f.num.start].rstrip("各")
    head = re.sub(r"^(?:其中|另有|另)", "", head)
    items = [s for s in re.split(r"[、和及与]", head) if s.strip()]
    return max(1, len(items))


def _breakdowns(norm: str, figs: list[Figure]) -> list[Breakdown]:
    out: list[Breakdown] = []
    used: set[int] = set()
    for i, total in enumerate(figs):
        if not total.num.is_count or i in used:
            continue
        nxt = figs[i + 1] if i + 1 < len(figs) else None
        if nxt is None:
            continue
        first_gap = _gap(norm, total, nxt)
        if not _INTRO.search(first_gap) or _STOP.search(first_gap):
            continue
        parts = _collect_parts(norm, figs, i, total)
        if len(parts) < 1 or (len(parts) == 1 and parts[0].multiplier == 1):
            continue
        used.update(figs.index(p.figure) for p in parts)
        explicit = bool(_EXHAUSTIVE_INTRO.search(first_gap)) or bool(
            _CLOSING_ITEM.search(parts[-1].figure.raw_label))
        out.append(Breakdown(total, parts, explicit))
    return out


def _collect_parts(norm: str, figs: list[Figure], i: int, total: Figure) -> list[Part]:
    parts: list[Part] = []
    prev = total
    for g in figs[i + 1:]:
        gap = _gap(norm, prev, g)
        if _STOP.search(gap) or "。" in gap:
            break
        if g.num.percent:
            if _pair_listed_shares(norm, parts, g, prev):
                prev = g
                continue
            if parts and parts[-1].share is None and _SHARE_MARK.search(g.raw_label):
                parts[-1].share = g
                prev = g
                continue
            break
        if not same_family(g.num.unit, total.num.unit) or g.is_total:
            break
        if _RATE_MARK.search(g.raw_label) or _UP.search(g.raw_label) or _DOWN.search(g.raw_label):
            break
        mult = _item_count(norm, g) if g.num.each else 1
        parts.append(Part(g, mult))
        prev = g
    return parts


def _pair_listed_shares(norm: str, parts: list[Part], g: Figure, prev: Figure) -> bool:
    """Attach "分别占48%、32%、20%" to the parts in order; True when g was placed."""
    listed = [p for p in parts if p.share is not None]
    if "分别占" in _gap(norm, prev, g) or "分别占" in g.raw_label:
        if any(p.share is not None for p in parts):
            return False
        parts[0].share = g
        return True
    if listed and all(p.share is not None and "分别占" in norm[p.share.sentence.start:p.share.num.start]
                      for p in listed) and len(listed) < len(parts) \
            and norm[prev.num.end:g.num.start].strip() in ("、", ",", "，"):
        parts[len(listed)].share = g
        return True
    return False


def _named_base(raw_label: str) -> str:
    """The base a share names: "占全年受理案件的" → "全年受理案件"; "" when bare."""
    m = re.search(r"占(.*?)的?$", raw_label)
    if not m:
        return ""
    name = clean_label(m.group(1).rstrip("的"))
    return "" if name in ("", "比", "总数", "总量", "全部", "总体") else name


def _shares(norm: str, figs: list[Figure], bds: list[Breakdown], all_figs: list[Figure]) -> list[Share]:
    out: list[Share] = []
    part_of = {id(p.figure): b for b in bds for p in b.parts}
    placed = {id(p.share): p.figure for b in bds for p in b.parts if p.share is not None}
    for j, g in enumerate(figs):
        if not g.num.percent or _RATE_MARK.search(g.label):
            continue
        counts = [f for f in figs[:j] if f.num.is_count]
        if id(g) in placed:
            part = placed[id(g)]
        elif _SHARE_MARK.search(g.raw_label) and counts:
            part = counts[-1]
        else:
            continue
        bd = part_of.get(id(part))
        named = _named_base(g.raw_label)
        base = None
        if named:
            base = _best_label_match(named, [f for f in all_figs if f.index < part.index]
                                     + counts[:-1])
        elif bd is not None:
            base = bd.total
        else:
            totals = [f for f in counts[:-1] if f.is_total and f.num.value >= part.num.value]
            base = totals[-1] if totals else _previous_total(norm, part, all_figs)
        others = [f for f in all_figs if f.num.is_count and f is not part and f is not base
                  and f.index < g.index]
        out.append(Share(g, part, base, bd, others))
    return out


def _previous_total(norm: str, part: Figure, all_figs: list[Figure]) -> Figure | None:
    """For a sentence opening with 其中, the whole it refers to: the previous sentence's total."""
    if not norm[part.sentence.start:part.sentence.end].lstrip().startswith("其中"):
        return None
    earlier = [f for f in all_figs if f.sentence.end <= part.sentence.start and f.num.is_count]
    if not earlier:
        return None
    previous = [f for f in earlier if f.sentence is earlier[-1].sentence
                and same_family(f.num.unit, part.num.unit) and f.num.value >= part.num.value]
    totals = [f for f in previous if f.is_total]
    return (totals or previous or [None])[0]


def _best_label_match(name: str, candidates: list[Figure]) -> Figure | None:
    best, best_len = None, 1
    for f in candidates:
        n = _common_len(name, f.label)
        if n > best_len or (n == best_len and best is not None and f.index > best.index):
            best, best_len = f, n
    return best


def _common_len(a: str, b: str) -> int:
    """Length of the longest common substring (labels are short, so quadratic is fine)."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _rate_stem(label: str) -> str:
    m = re.search(r"([^，、；：]*?)(?:率|满意度)", label)
    stem = m.group(1) if m else label
    return clean_label(stem)


def _rates(norm: str, figs: list[Figure]) -> list[Rate]:
    out: list[Rate] = []
    for j, g in enumerate(figs):
        if not g.num.percent or not _RATE_MARK.search(g.raw_label):
            continue
        if _UP.search(g.raw_label) or _DOWN.search(g.raw_label):
            continue
        counts = [f for f in figs[:j] if f.num.is_count]
        all_done = bool(_ALL_MARK.search(norm[g.sentence.start:g.num.start]))
        num, den = _rate_terms(_rate_stem(g.label), counts)
        out.append(Rate(g, num, den, all_done))
    return out


def _rate_terms(stem: str, counts: list[Figure]) -> tuple[Figure | None, Figure | None]:
    numerator = None
    for f in reversed(counts):
        if stem and _common_len(stem, f.label) >= 2:
            numerator = f
            break
    if numerator is None:
        if len(counts) == 2 and counts[1].num.value <= counts[0].num.value \
                and same_family(counts[0].num.unit, counts[1].num.unit):
            return counts[1], counts[0]
        return None, None
    before = [f for f in counts if f.index < numerator.index
              and same_family(f.num.unit, numerator.num.unit)
              and f.num.value >= numerator.num.value]
    totals = [f for f in before if f.is_total]
    denominator = totals[-1] if totals else (before[0] if before else None)
    return numerator, denominator


def _growths(norm: str, figs: list[Figure]) -> list[Growth]:
    out: list[Growth] = []
    for j, g in enumerate(figs):
        lead = norm[g.label_start:g.num.start]
        if not _CHANGE_LEAD.search(lead):
            continue
        up, down = _UP.search(lead), _DOWN.search(lead)
        if not _COMPARE.search(norm[g.sentence.start:g.num.start]):
            continue
        # Other stated changes ("增加24条") are neither last year's figure nor this year's.
        counts = [f for f in figs if f.num.is_count and f is not g and f.index < g.index
                  and (g.num.percent or same_family(f.num.unit, g.num.unit))
                  and not _CHANGE_LEAD.search(norm[f.label_start:f.num.start])]
        old = next((f for f in counts if _OLD_MARK.search(
            norm[max(f.sentence.start, f.label_start - 2):f.num.start])), None)
        new = next((f for f in reversed(counts) if f is not old), None) if old else None
        if old is not None and new is not None and not same_family(old.num.unit, new.num.unit):
            new = None
        out.append(Growth(g, old, new, bool(down) and not up))
    return out
