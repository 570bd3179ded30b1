"""Judging extracted relations: re-adding, re-dividing, and comparing with the year's indicators.

A verdict is one of consistent, inconsistent, unverifiable, note. 不一致 is said only when the
relation is unambiguous (the total directly governs a list whose end is clear, the base is
named and matched by its key noun, one stated count reproduces every sibling share, or no whole
number can give an exact figure), and the claim says which reading was used. Otherwise the
claim is 无法核对 or 提示 and lists the readings tried. Precision follows the text: 36% is
checked to whole percents, 96.3% to one decimal; truncation is a note at most; 余/近/约 and
万-rounded figures are ranges and are never called impossible.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from fzlib import fmt
from fzlib.check import messages
from fzlib.check.claims import (
    AIDED_GROUPS,
    CASE_FACETS,
    PERSON_UNITS,
    SANCTION_SYSTEMS,
    STAGES,
    TRAITS,
    Breakdown,
    Extraction,
    Figure,
    Growth,
    Rate,
    Share,
    TableMatch,
    TableSeries,
    base_name_holds,
    base_name_of,
    base_names_another_count,
    extract,
    rate_name,
    stage_verb,
)
from fzlib.check.judge import judge_between, judge_percent, judge_ratio, ratio
from fzlib.check.numbers import Number, same_family
from fzlib.fmt import round_half_up
from fzlib.numerals import years_named
from fzlib.spec import load_yaml

LABELS_FILE = Path(__file__).with_name("labels.yaml")
_KIND_ORDER = ("total", "shares_sum", "share", "rate", "growth", "table", "ledger")
RELATIONS = {
    "total": "parts_of_total",
    "shares_sum": "shares_sum",
    "share": "share_of_base",
    "rate": "rate",
    "growth": "growth",
    "table": "table",
    "ledger": "ledger",
}


@dataclass
class Claim:
    """One tested numeric statement of the draft: the clause of the figure it states."""

    start: int  # character offsets into the text as read: the stated figure's clause
    end: int
    text: str
    kind: str  # total, shares_sum, share, rate, growth, table, ledger
    stated: float | None
    expected: float | None
    verdict: str  # consistent, inconsistent, unverifiable, note
    message: str
    code: str  # stable reason code, see messages.TEMPLATES
    relation: str = ""  # parts_of_total, shares_sum, share_of_base, rate, growth, table, ledger
    base: str | None = None  # the base (or whole) the figure was tested against, as written
    base_value: float | None = None
    stated_start: int = 0  # the stated figure itself
    stated_end: int = 0
    used: list[list[int]] = field(default_factory=list)  # spans of every figure the test used
    readings: list[str] = field(default_factory=list)  # readings tried, for 无法核对 and 提示

    def to_dict(self) -> dict:
        return asdict(self)


def check_text(
    text: str, indicators: dict | None = None, sources: Callable[[str], str] | None = None, year: int | None = None
) -> list[Claim]:
    """Every numeric claim of the draft that can be tested, in reading order. `sources(key)` says
    where a ledger figure comes from (files and rows), for a claim that disagrees with it; `year`, the
    year the indicators are of, leaves a figure its sentence gives to another year untested by them."""
    ex = extract(text)
    claims: list[Claim] = []
    for bd in ex.breakdowns:
        claims += _check_breakdown(text, bd)
    claims += [c for s in ex.shares if (c := _check_share(text, s)) is not None]
    rate_claims = [_check_rate(text, r) for r in ex.rates]
    claims += _restated_rates(text, ex.rates, rate_claims)
    claims += [_check_growth(text, g) for g in ex.growths]
    claims += [_check_table(text, t) for t in ex.tables]
    for series in ex.series:
        claims += _check_series(text, series)
    if indicators is not None:
        ledger = _check_ledger(text, ex, indicators, sources, year)
        # A figure the ledgers decide is not also 无法核对 for what its sentence leaves out: one number, one verdict.
        decided = {(c.stated_start, c.stated_end) for c in ledger if c.verdict in ("consistent", "inconsistent")}
        claims = [c for c in claims if c.verdict != "unverifiable" or (c.stated_start, c.stated_end) not in decided]
        claims += ledger
    claims.sort(key=lambda c: (c.start, _KIND_ORDER.index(c.kind), c.end))
    return claims


def _restated_rates(text: str, rates: list[Rate], found: list[Claim]) -> list[Claim]:
    """The rates' claims, a rate stated a second time taking the verdict its counts gave the first.

    "一般隐患治理整改率为97.28%" in a summary and "共排查一般隐患141911项,已整改137354项,整改率97.28%"
    below it: the same rate (its name ends the same, 整改率) to the same figure of two decimals or more is one
    claim said twice, not a coincidence; a whole figure written with zeros (100.00%) is common to many rates. Where one statement is proven wrong by its own counts, another that
    gives no counts of its own is wrong with it; a statement with counts of its own keeps its own verdict.
    """
    out = list(found)
    wrong = [
        (r, c)
        for r, c in zip(rates, found)
        if c.verdict == "inconsistent" and r.rate.num.decimals >= 2 and r.rate.num.value != int(r.rate.num.value)
    ]
    for k, (r, c) in enumerate(zip(rates, found)):
        if c.verdict == "inconsistent" or r.numerator is not None or r.denominator is not None:
            continue
        name = rate_name(r.rate.raw_label)
        for w, wc in wrong:
            other = rate_name(w.rate.raw_label)
            same_name = bool(name) and bool(other) and (name.endswith(other) or other.endswith(name))
            if (
                w is r
                or not same_name
                or text[w.rate.num.start : w.rate.num.end] != text[r.rate.num.start : r.rate.num.end]
            ):
                continue
            out[k] = _claim(
                text,
                r.rate,
                [r.rate, w.rate],
                "rate",
                _share_stated(r.rate),
                wc.expected,
                "inconsistent",
                "rate_restated",
                name=other,
                stated=_stated_pct(r.rate),
                reason=wc.message,
            )
            break
    return out


# ---------------------------------------------------------------- helpers


def _claim(
    text: str,
    figure: Figure,
    used: list[Figure],
    kind: str,
    stated_value,
    expected_value,
    verdict: str,
    code: str,
    against: Figure | str | None = None,
    readings=(),
    **values,
) -> Claim:
    start, end = figure.clause_start, figure.num.end
    message = messages.render(code, **values)
    if readings and verdict in ("unverifiable", "note"):
        message += messages.READINGS.format(readings="；".join(readings))
    base_text = against if isinstance(against, str) or against is None else _count(against)
    base_value = against.num.value if isinstance(against, Figure) else None
    return Claim(
        start,
        end,
        text[start:end],
        kind,
        stated_value,
        expected_value,
        verdict,
        message,
        code,
        RELATIONS[kind],
        base_text,
        base_value,
        figure.num.start,
        figure.num.end,
        [[f.num.start, f.num.end] for f in used],
        list(readings),
    )


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def _count(f: Figure) -> str:
    return f"{_fmt(f.num.value)}{f.num.unit}"


def _approximate_terms(values: dict, terms: dict[str, Figure], part: Number, base: Number, decimals: int) -> dict:
    """The message's terms where a count is approximate (近百件, 3000余件): each such count with the range
    it allows, and the ratio as the range those give, never one quotient of the bare figures that
    disagrees with the verdict ("92件÷100件=92%，与所述95.8%相符")."""
    if part.exact and base.exact:
        return values
    _, low, high = ratio(part, base)
    high = min(high, 100.0) if low <= 100 else high  # a part is never more than its whole
    shown = f"{_pct(low, decimals)}～{_pct(high, decimals)}" if math.isfinite(high) else f"{_pct(low, decimals)}以上"
    return {**values, **{key: _count_as_stated(f) for key, f in terms.items()}, "computed": shown, "rounded": shown}


def _count_as_stated(f: Figure) -> str:
    """A count with the range an approximate one allows: 100件（约数，85～100件）."""
    n = f.num
    if n.exact:
        return _count(f)
    low = math.ceil(n.low - 1e-6)  # a count is whole: 100余件 allows 101 to 109
    high = math.floor(n.high + 1e-6) if math.isfinite(n.high) else None
    span = f"{_fmt(low)}～{_fmt(high)}{n.unit}" if high is not None else f"{_fmt(low)}{n.unit}以上"
    return f"{_count(f)}（约数，{span}）"


def _named(f: Figure) -> str:
    return f"{f.label[-12:]}{_count(f)}" if f.label else _count(f)


def _ledger_pct(rate: float, decimals: int) -> str:
    """A ledger's rate as the message shows it: two places more than the draft states, but never more than the four
    places of a fraction the indicators keep (RATIO_DIGITS): 551/572 kept as 0.9633 had been shown 96.330%, a
    digit the ledgers never gave (96.329%).

    >>> _ledger_pct(0.9633, 1), _ledger_pct(0.9633, 0), _ledger_pct(0.96329, 3)
    ('96.33%', '96.33%', '96.329%')
    """
    return _pct(rate * 100, min(decimals + 2, max(decimals, 2)))


def _pct(x: float, decimals: int = 1) -> str:
    return f"{x:.{max(decimals, 0)}f}%"


def _impossible_share(text, s, used, stated_value, part, stated, part_text, shown):
    """The claim that a share is wrong whatever its base, when no whole count gives an exact part
    that share at its precision; else None."""
    if not (_exact_integer(part) and stated.exact and base_reproducing(part.value, stated) is None):
        return None
    return _claim(
        text,
        s.share,
        used,
        "share",
        stated_value,
        None,
        "inconsistent",
        "share_impossible",
        part=part_text,
        stated=shown,
    )


def _exact_integer(n: Number) -> bool:
    """A whole count stated exactly; a round hundred (200, 3000) may be rounded, so it is not."""
    return n.exact and float(n.value).is_integer() and not (n.value >= 100 and n.value % 100 == 0)


def base_reproducing(part: float, stated: Number) -> int | None:
    """A whole base b with part/b stated as the figure (rounded or truncated), if any: b ≥ part
    unless the figure is over 100% (a 完成率 of 116.68% is 11085 done of a target of 9500).

    The interval of bases is computed, not searched, so the test scales to any figure.
    """
    s, d = stated.value, stated.decimals
    if s <= 0 or part <= 0:
        return None
    half, step = 0.5 * 10**-d, 10**-d
    upper_pct, lower_pct = s + max(half, step), max(s - half, 1e-12)
    b_lo = max(math.ceil(part) if s <= 100 else 1, math.floor(part * 100 / upper_pct))
    b_hi = math.ceil(part * 100 / lower_pct)
    return _first(range(b_lo, b_hi + 1), lambda b: judge_percent(stated, part * 100 / b) != "wrong")


def bases_fitting(part: float, stated: Number) -> tuple[int, int]:
    """The first and last whole base b ≥ part of which part/b rounds to the stated figure ((0, 0): none). More
    than one base fitting, the fit of one stated count says little: a whole-number rate fits many.

    >>> from fzlib.check.numbers import find_numbers
    >>> bases_fitting(490, find_numbers("98%")[0]), bases_fitting(126, find_numbers("90%")[0])
    ((498, 502), (140, 140))
    """
    s, d = stated.value, stated.decimals
    if s <= 0 or part <= 0:
        return 0, 0
    half = 0.5 * 10**-d
    b_lo = max(math.ceil(part), math.floor(part * 100 / (s + half)))
    b_hi = math.ceil(part * 100 / max(s - half, 1e-12))
    fit = [b for b in range(b_lo, b_hi + 1) if judge_percent(stated, part * 100 / b) == "ok"]
    return (fit[0], fit[-1]) if fit else (0, 0)


def part_reproducing(base: float, stated: Number) -> int | None:
    """A whole count k ≤ base with k/base stated as the figure, if any."""
    if base <= 0:
        return None
    centre = stated.value * base / 100
    lo, hi = max(0, math.floor(centre) - 2), min(int(base), math.ceil(centre) + 2)
    return _first(range(lo, hi + 1), lambda k: judge_percent(stated, k * 100 / base) != "wrong")


def previous_reproducing(new: float, stated: Number, down: bool) -> int | None:
    """A whole previous figure p from which `new` is the stated change (rounded or truncated)."""
    g, d = stated.value, stated.decimals
    half, step = 0.5 * 10**-d, 10**-d
    if down and g >= 100:
        return None

    def p_for(x: float) -> float:
        factor = 1 - x / 100 if down else 1 + x / 100
        return new / factor if factor > 0 else math.inf

    ends = sorted([p_for(max(g - half, 0)), p_for(g + max(half, step))])
    # The interval is scaled to the change, not to the new figure: a fall of 94.44% to 2 comes from 36,
    # eighteen times the new figure. Only a fall that may reach 100% leaves it open; it is then bounded.
    upper = ends[1] if math.isfinite(ends[1]) else 1000 * max(ends[0], new) + 1000
    lo, hi = max(1, math.floor(ends[0]) - 1), math.ceil(upper) + 1

    def fits(p: int) -> bool:
        if p <= 0 or (down and p < new) or (not down and p > new):
            return False
        return judge_percent(stated, abs(new - p) / p * 100) != "wrong"

    return _first(range(lo, hi + 1), fits)


def implied_stage_fit(num: Number, den: Number, stage: Number, stated: Number) -> tuple[int, int] | None:
    """The whole counts k of a stage that its rate over `den` allows (k/den rounds to `stage`) and over which
    `num` gives the stated rate, as (lowest, highest); None when no such k exists or a term is approximate.

    >>> from fzlib.check.numbers import find_numbers
    >>> n = {t: find_numbers(t)[0] for t in ("62898起", "63965起", "98.61%", "99.72%", "99.90%")}
    >>> implied_stage_fit(n["62898起"], n["63965起"], n["98.61%"], n["99.72%"])
    (63073, 63077)
    >>> implied_stage_fit(n["62898起"], n["63965起"], n["98.61%"], n["99.90%"]) is None
    True
    """
    if not (num.exact and den.exact and stage.exact and _exact_integer(num) and _exact_integer(den)) or den.value <= 0:
        return None
    step = 10**-stage.decimals
    lo = max(math.floor((stage.value - step) * den.value / 100), int(num.value), 1)
    hi = min(math.ceil((stage.value + step) * den.value / 100), int(den.value))
    fits = [
        k
        for k in range(lo, min(hi, lo + 200_000) + 1)
        if judge_percent(stage, k * 100 / den.value) == "ok" and judge_percent(stated, num.value * 100 / k) != "wrong"
    ]
    return (fits[0], fits[-1]) if fits else None


def _no_whole_part(bases: list[Figure], stated: Number) -> bool:
    """Whether no whole count over any of these bases gives the stated percentage (an approximate base may)."""
    return all(_exact_integer(b.num) and part_reproducing(b.num.value, stated) is None for b in bases)


def _first(candidates: range, ok) -> int | None:
    """The first candidate that passes, testing both ends densely and the middle sparsely: an
    interior point of a long interval always passes when its ends bracket the stated figure."""
    n = len(candidates)
    if n == 0:
        return None
    if n <= 64:
        return next((c for c in candidates if ok(c)), None)
    for c in list(candidates[:32]) + list(candidates[-32:]) + list(candidates[32 : -32 : max(1, n // 64)]):
        if ok(c):
            return c
    return None


def _share_stated(f: Figure) -> float:
    return round(f.num.value / 100, f.num.decimals + 2)


def _stated_pct(f: Figure) -> str:
    if f.num.said:  # 逾九成: as written, with the range it allows
        return f"{f.num.said}（{_pct(f.num.low, 0)}～{_pct(f.num.high, 0)}）"
    if f.num.permille:  # said as written, with the percentage it was judged as
        return f"{f.num.value * 10:.{max(f.num.decimals - 1, 0)}f}‰（即{_pct(f.num.value, f.num.decimals)}）"
    return _pct(f.num.value, f.num.decimals)


# ---------------------------------------------------------------- totals and parts


def _sum(parts, attr: str) -> float:
    return sum(getattr(p.figure.num, attr) * p.multiplier for p in parts)


def _check_breakdown(text: str, bd: Breakdown) -> list[Claim]:
    total = bd.total.num
    parts = bd.parts
    low, high, value = _sum(parts, "low"), _sum(parts, "high"), _sum(parts, "value")
    shares = [p.share for p in parts if p.share is not None]
    # A share that names a part of the list as its base ("占农民工法律援助案件量的81%" after the part counting
    # 农民工 cases) is no share of the total: the list's shares neither add up to 100% nor close the list.
    of_a_part = any(base_names_another_count(s, bd.total, [p.figure for p in parts]) is not None for s in shares)
    full_shares = len(shares) == len(parts) and len(shares) >= 2 and not of_a_part
    shares_sum = sum(s.num.value for s in shares)
    tol = _shares_tolerance(shares)
    shares_close = full_shares and abs(shares_sum - 100) <= tol
    values = {
        "parts": _fmt(value) + total.unit,
        "total": _count_as_stated(bd.total),  # 逾500件 is no 500件: "551件，与总数500件相符" reads as a slip
        "diff": _fmt(abs(value - total.value)) + total.unit,
    }
    used = bd.figures
    readings: list[str] = []
    apart = low > total.high + 1e-9 or high < min(total.low, total.value) - 1e-9
    if bd.change:
        values["way"] = messages.CHANGE_WAYS[bd.change]
    if bd.change and not apart:
        verdict, code = "consistent", "change_parts_match"
    elif bd.change and bd.complete:
        # Kinds that each changed the same way make the total's change only when they are all of them.
        verdict, code = "inconsistent", "change_parts_differ"
        values["why"] = messages.COMPLETE_BECAUSE[bd.complete]
    elif bd.change:
        # A list not evidently full leaves kinds out that may have changed either way.
        verdict, code = "unverifiable", "change_parts_open"
        readings = [messages.READING_CHANGE_OPEN]
    elif low > total.high + 1e-9:
        prefix = 0 if bd.partition else _fitting_prefix(bd)
        other = next((t for t in reversed(bd.others) if low <= t.num.high + 1e-9), None)
        if prefix:
            verdict, code = "note", "parts_prefix"
            values.update(n=prefix, head=_fmt(_sum(parts[:prefix], "value")) + total.unit)
            readings = [messages.READING_PREFIX.format(n=prefix)]
        elif (head_of_other := _prefix_of_other(bd)) is not None:
            k, earlier = head_of_other
            verdict, code = "note", "parts_prefix_other"
            values.update(n=k, head=_fmt(_sum(parts[:k], "value")) + total.unit, near=values["total"])
            values["total"] = _count(earlier)
            readings = [messages.READING_OTHER_TOTAL.format(total=_count(earlier))]
        elif other is not None:
            verdict, code = "consistent", "parts_other_total"
            values.update(near=values["total"], total=_count(other))
            readings = [messages.READING_OTHER_TOTAL.format(total=_count(other))]
        elif sibling := _within_before_sibling(bd):
            # "内容2条，包括机构概况1条，以及预算信息3条": the excess comes only with an item that 以及 may set
            # beside the list rather than in it; unsure, so a note to confirm.
            verdict, code = "note", "parts_sibling_after"
            values.update(n=sibling, head=_fmt(_sum(parts[:sibling], "value")) + total.unit)
            readings = [messages.READING_SIBLING]
        elif clause := _within_before_clause(text, bd):
            # "接警5起，其中立为治安案件3起，全部结案，刑事案件3起，口头调解2起…": a clause with no count of its
            # own says something of the item before it; whether the items after it are still the total's
            # (刑事案件 beside 接警, 口头调解 of those) is not said, so the excess they bring is a note.
            k, words = clause
            verdict, code = "note", "parts_clause_after"
            values.update(n=k, head=_fmt(_sum(parts[:k], "value")) + total.unit, clause=words)
            readings = [messages.READING_CLAUSE.format(clause=words)]
        elif _stages_of(parts) > 1 or _later_stage_beside_kinds(bd.total, parts):
            verdict, code = "unverifiable", "parts_stages"
            readings = [messages.READING_STAGES]
        elif bd.complete in ("", "分别为") and _overlapping(
            total, parts, text[bd.total.num.end : parts[0].figure.num.start]
        ):
            # 分别为 lists the groups, it does not make them exclusive: "农民工、未成年人分别为343人、158人"
            # may count a young migrant worker twice (a list closed by 其他 is a partition, so not here)
            verdict, code = "unverifiable", "parts_traits"
            two_systems = _systems_of([p.figure.label for p in parts]) > 1
            readings = [messages.READING_SANCTIONS if two_systems else messages.READING_TRAITS]
        elif not bd.complete and _facets_mixed(parts):
            verdict, code = "unverifiable", "parts_facets"
            readings = [messages.READING_FACETS]
        else:
            verdict, code = "inconsistent", "parts_exceed"
    elif high >= min(total.low, total.value) - 1e-9:
        # "15余条" with parts that make exactly 15: an approximate total is never short of the
        # number it states, only of the range above it, and that is no proven error.
        verdict, code = "consistent", "parts_match"
    elif bd.cut is not None and bd.complete == "分别为" and not shares_close:
        # Declared complete, but the list stopped before a further count of its unit: where it
        # ends is not clear, so a shortfall is not a proven error.
        verdict, code = "unverifiable", "parts_cut"
        values["next"] = _count(bd.cut)
        readings = [messages.READING_CUT.format(next=_count(bd.cut))]
    elif bd.complete or shares_close:
        verdict, code = "inconsistent", "parts_short"
        values["why"] = messages.COMPLETE_BECAUSE.get(bd.complete, messages.COMPLETE_BY_SHARES)
    else:
        verdict, code = "unverifiable", "parts_open"
        readings = [messages.READING_OPEN]
    out = [
        _claim(
            text,
            bd.total,
            used,
            "total",
            total.value,
            value,
            verdict,
            code,
            against=bd.total,
            readings=readings,
            **values,
        )
    ]
    exhaustive = bool(bd.complete) or verdict == "consistent"
    overlapping = not bd.complete and _overlapping(total, parts) and shares_sum > 100 + tol  # one person, two groups
    if full_shares and (exhaustive or shares_sum > 100 + tol) and not shares_close and not overlapping:
        out.append(
            _claim(
                text,
                shares[-1],
                shares,
                "shares_sum",
                shares_sum / 100,
                1.0,
                "inconsistent",
                "shares_sum_wrong",
                sum=_pct(shares_sum, 0),
                diff=_fmt(round(abs(shares_sum - 100), 2)),
            )
        )
    return out


def _stages_of(parts) -> int:
    """How many successive stages of handling the parts' labels name (see claims.STAGES). A label
    is of the latest stage it names: 回访满意 and 回访不满意 are two results of one stage, 有效回访246件
    and 表示满意的有240件 are two stages."""
    stages = set()
    for p in parts:
        named = [k for k, stage in enumerate(STAGES) if stage.search(p.figure.label)]
        if named:
            stages.add(named[-1])
    return len(stages)


def _stage_rank(label: str) -> int | None:
    """The latest stage of handling a label names (claims.STAGES), None when it names none."""
    named = [k for k, stage in enumerate(STAGES) if stage.search(label)]
    return named[-1] if named else None


def _later_stage_beside_kinds(total: Figure, parts) -> bool:
    """Whether a list of kinds runs on into a count of a later stage than its total's ("共受理180件，
    其中乡镇被申请36件；审结165件"): the later count is of the same cases, no further kind of them."""
    first = _stage_rank(total.label)
    if first is None:
        return False
    ranks = [_stage_rank(p.figure.label) for p in parts]
    # after a kind, not as the first of a list of outcomes ("其中办结25件、转办12件、正在办理6件")
    kinds = [k for k, r in enumerate(ranks) if r is None]
    return bool(kinds) and any(r is not None and r > first for r in ranks[kinds[0] + 1 :])


def _overlapping(total: Number, parts, lead: str = "") -> bool:
    """Whether the parts may count one person twice: people by traits of two kinds (党员, 女性), or
    anything by two kinds of groups of the people it concerns (残疾人, 妇女, 农民工), or people by the
    measures of two systems they may receive together (党纪处分, 政务处分). The items of a
    分别为 list are named before it, in the words between the total and the list (lead)."""
    names = [p.figure.label for p in parts] + _named_before_respectively(lead)
    groups = sum(1 for g in AIDED_GROUPS if any(g.search(n) for n in names))
    return (total.unit in PERSON_UNITS and (_traits_of(parts) > 1 or _systems_of(names) > 1)) or groups > 1


def _systems_of(names: list[str]) -> int:
    """How many systems of measures (claims.SANCTION_SYSTEMS: 党纪, 政务) the item names name."""
    return sum(1 for system in SANCTION_SYSTEMS if any(system.search(n) for n in names))


def _named_before_respectively(lead: str) -> list[str]:
    """The item names a 分别为 list gives before it ("，其中农民工、未成年人分别为" → 农民工, 未成年人)."""
    m = re.search(r"([^，,；;。：:]*)分[别別][为為是]", lead)
    if not m:
        return []
    head = re.sub(r"^\s*其中", "", m.group(1))
    names = [n.strip() for n in re.split(r"[、和及与]", head) if n.strip()]
    # closed by 其他 the groups are meant as a partition, each person in one of them
    return [] if names and re.match(r"其他|其它|其余", names[-1]) else names


def _facets_mixed(parts) -> bool:
    """Whether some items name a facet of cases (claims.CASE_FACETS: 简易程序, 涉企) and others do not, so
    one case may be counted under its kind and again under the facet."""
    return any(
        any(f.search(p.figure.label) for p in parts) and any(not f.search(p.figure.label) for p in parts)
        for f in CASE_FACETS
    )


def _traits_of(parts) -> int:
    """How many dimensions of people's traits (gender, party, education, …) the parts' labels name."""
    return sum(1 for trait in TRAITS if any(trait.search(p.figure.label) for p in parts))


# Words that open a clause of its own after a comma (，以及…, ，另有…): what follows may be a sibling
# of the total rather than one more of its items.
_SIBLING_OPENERS = ("以及", "另有", "还有", "此外", "另外", "同时")


def _fitting_prefix(bd: Breakdown) -> int:
    """How many leading parts add up exactly to the total (0 when none do, or all are needed):
    a list that has reached its total has ended, the items after it are something else. One part
    alone ends it only when the next opens a clause of its own (内容1条，包括机构概况1条，以及预算
    信息2条); 包括议事规则1件、管理办法2件 stays one list."""
    low = high = 0.0
    for k, p in enumerate(bd.parts[:-1], 1):
        low += p.figure.num.low * p.multiplier
        high += p.figure.num.high * p.multiplier
        fits = low <= bd.total.num.high + 1e-9 and high >= bd.total.num.low - 1e-9
        if fits and (k >= 2 or bd.parts[k].figure.raw_label.startswith(_SIBLING_OPENERS)):
            return k
    return 0


def _within_before_sibling(bd: Breakdown) -> int:
    """How many leading parts stay within the total before an item opened by a word that may set it beside
    the list (以及, 另有: _SIBLING_OPENERS), 0 when no such item comes after parts within the total."""
    low = 0.0
    for k, p in enumerate(bd.parts[:-1], 1):
        low += p.figure.num.low * p.multiplier
        if low > bd.total.num.high + 1e-9:
            return 0
        if bd.parts[k].figure.raw_label.startswith(_SIBLING_OPENERS):
            return k
    return 0


def _within_before_clause(text: str, bd: Breakdown) -> tuple[int, str] | None:
    """How many leading parts stay within the total before a clause with no count of its own stands between
    two items (其中立为治安案件3起，全部结案，刑事案件3起), and that clause; None when the excess comes
    before any such clause, or there is none. The clause tells of the item before it: the list may have
    ended there, so items after it are not surely the total's."""
    low = 0.0
    for k, p in enumerate(bd.parts[:-1], 1):
        low += p.figure.num.low * p.multiplier
        if low > bd.total.num.high + 1e-9:
            return None
        nxt = bd.parts[k].figure
        between = re.split(r"[，,]", text[p.figure.num.end : nxt.num.start])[1:-1]
        clause = next((c.strip() for c in between if c.strip() and not re.search(r"\d", c)), None)
        if clause:
            return k, clause
    return None


def _prefix_of_other(bd: Breakdown) -> tuple[int, Figure] | None:
    """ "共收到留言3059条，…各县收到1155条，其中咨询类1160条、投诉类1859条、建言类40条，各级处理答复
    3055条": the first items (two at least) add up exactly to an earlier total of the sentence, so the
    list is that total's, tied by 其中 to the nearer count, and the items after it are something else."""
    low = high = 0.0
    for k, p in enumerate(bd.parts[:-1], 1):
        low += p.figure.num.low * p.multiplier
        high += p.figure.num.high * p.multiplier
        if k < 2:
            continue
        for earlier in reversed(bd.others):
            if earlier.num.exact and low <= earlier.num.high + 1e-9 and high >= earlier.num.low - 1e-9:
                return k, earlier
    return None


def _shares_tolerance(shares: list[Figure]) -> float:
    """How far rounded (or truncated) shares may sum from 100."""
    return sum(10**-s.num.decimals for s in shares) + 1e-9


# ---------------------------------------------------------------- shares


def _group(parts: list[Figure]) -> Number:
    """The sum of a group share's counts as one figure."""
    first = parts[0].num
    low = sum(p.num.low for p in parts)
    high = sum(p.num.high for p in parts)
    value = sum(p.num.value for p in parts)
    return Number(
        first.start,
        parts[-1].num.end,
        first.num_start,
        value,
        first.unit,
        False,
        0,
        low,
        high,
        "" if low == high else "more",
        False,
    )


def _check_share(text: str, s: Share) -> Claim | None:
    stated = s.share.num
    shown = _stated_pct(s.share)
    stated_value = _share_stated(s.share)
    if not s.parts:
        return _share_without_count(text, s)
    part = _group(s.parts) if len(s.parts) > 1 else s.parts[0].num
    part_text = "＋".join(_count(p) for p in s.parts)
    used = list(s.parts) + [s.share]
    readings = []
    alternatives = _share_alternatives(s, part)
    if s.base is not None and s.base.num.value > 0:
        verdict, computed = judge_ratio(stated, part, s.base.num)
        values = {
            "part": part_text,
            "base": _count(s.base),
            "computed": _pct(computed, stated.decimals + 1),
            "stated": shown,
            "rounded": _pct(round_half_up(computed, stated.decimals), stated.decimals),
        }
        terms = {"base": s.base, **({"part": s.parts[0]} if len(s.parts) == 1 else {})}
        values = _approximate_terms(values, terms, part, s.base.num, stated.decimals + 1)
        expected = round(computed / 100, stated.decimals + 3) if part.exact and s.base.num.exact else None
        used = used + [s.base]
        if verdict == "ok":
            return _claim(
                text, s.share, used, "share", stated_value, expected, "consistent", "share_ok", against=s.base, **values
            )
        if verdict == "truncated":
            return _claim(
                text,
                s.share,
                used,
                "share",
                stated_value,
                expected,
                "note",
                "share_truncated",
                against=s.base,
                readings=[messages.READING_BASE.format(base=_named(s.base))],
                **values,
            )
        readings.append(messages.READING_BASE.format(base=_named(s.base)))
        if _largest_remainder_fits(s, s.base.num.value):
            return _claim(
                text,
                s.share,
                used,
                "share",
                stated_value,
                expected,
                "consistent",
                "share_largest_remainder",
                against=s.base,
                **values,
            )
        if (
            s.siblings
            and stated.exact
            and abs(computed - stated.value) < 10**-stated.decimals
            and not _list_complete(s)
        ):
            # One unit off in a list that is not shown whole: the shares of the whole breakdown
            # may have been rounded to add up to 100 (largest remainder), which cannot be redone —
            # unless no breakdown the unlisted rest could make lets that method raise this share.
            others = _unlisted_items(s, part) if s.sure else None
            items = None if others is None else 1 + len(s.siblings) + others
            if items is not None and stated.value > computed and _remainder_too_small(computed, stated, items):
                return _claim(
                    text,
                    s.share,
                    used,
                    "share",
                    stated_value,
                    expected,
                    "inconsistent",
                    "share_one_unit_raised",
                    against=s.base,
                    others=_fmt(others),
                    **values,
                )
            return _claim(
                text,
                s.share,
                used,
                "share",
                stated_value,
                expected,
                "note",
                "share_one_unit",
                against=s.base,
                readings=readings + [messages.READING_LARGEST_REMAINDER],
                **values,
            )
        fit = _first_fit(stated, part, alternatives)
        if fit is not None:
            name, alt = fit
            _, alt_value = judge_ratio(stated, part, alt)
            return _claim(
                text,
                s.share,
                used,
                "share",
                stated_value,
                round(alt_value / 100, 4),
                "consistent",
                "share_alt_ok",
                against=f"{name}{_fmt(alt.value)}{alt.unit}",
                part=part_text,
                name=name,
                base_value=_fmt(alt.value) + alt.unit,
                computed=_pct(alt_value, stated.decimals + 1),
                stated=shown,
            )
        readings += [messages.READING_BASE.format(base=f"{n}{_fmt(b.value)}{b.unit}") for n, b in alternatives]
        named_too = _named_alternative(s, part, stated)
        if named_too is not None:
            # The name the share gives holds the words of another count that gives it exactly
            # ("占…民事一审新收案件总数的2.59%" and 新收一审民事案件26059件): which count is meant is not clear.
            readings.append(messages.READING_BASE.format(base=_count(named_too)))
        if s.sure and named_too is None:
            values["extra"] = _wrong_base_hint(s, part, stated)
            code = {"siblings": "share_wrong_sibling", "whole": "share_wrong_whole"}.get(s.how, "share_wrong")
            return _claim(
                text, s.share, used, "share", stated_value, expected, "inconsistent", code, against=s.base, **values
            )
        # Which count the share is of is not clear, but no whole count at all gives it: wrong whatever its base.
        impossible = _impossible_share(text, s, used, stated_value, part, stated, part_text, shown)
        if impossible is not None:
            return impossible
        return _claim(
            text,
            s.share,
            used,
            "share",
            stated_value,
            expected,
            "unverifiable",
            "share_unclear",
            against=s.base,
            readings=readings,
            **values,
        )
    if s.parts_sum:
        verdict, computed = judge_ratio(
            stated, part, Number(0, 0, 0, s.parts_sum, part.unit, False, 0, s.parts_sum, s.parts_sum, "", False)
        )
        values = {
            "part": part_text,
            "name": messages.NAME_PARTS_SUM,
            "base_value": _fmt(s.parts_sum),
            "computed": _pct(computed, stated.decimals + 1),
            "stated": shown,
        }
        if verdict == "ok" or _largest_remainder_fits(s, s.parts_sum):
            return _claim(
                text,
                s.share,
                used,
                "share",
                stated_value,
                round(computed / 100, stated.decimals + 3),
                "consistent",
                "share_alt_ok",
                against=f"{messages.NAME_PARTS_SUM}{_fmt(s.parts_sum)}",
                **values,
            )
        if verdict == "wrong" and _whole_list_misfit(s):
            return _claim(
                text,
                s.share,
                used + [f for pair in s.siblings for f in pair],
                "share",
                stated_value,
                round(computed / 100, stated.decimals + 3),
                "inconsistent",
                "share_whole_list",
                against=f"{messages.NAME_PARTS_SUM}{_fmt(s.parts_sum)}",
                **values,
            )
    outlier = _sibling_outlier(text, s, used, stated_value, part, part_text, shown)
    if outlier is not None:
        return outlier
    impossible = _impossible_share(text, s, used, stated_value, part, stated, part_text, shown)
    if impossible is not None:
        return impossible
    tried = [messages.READING_BASE.format(base=_named(c)) for c in s.candidates[-3:]]
    return _claim(
        text,
        s.share,
        used,
        "share",
        stated_value,
        None,
        "unverifiable",
        "share_no_base",
        readings=tried or [messages.READING_NONE],
    )


def _whole_list_misfit(s: Share) -> bool:
    """ "违反组织纪律1件，占7%；违反廉洁纪律2件，占15%；违反群众纪律8件，占57%；涉法行为3件，占21%": every item of the
    list has its own exact count and share and the shares add up to exactly 100%, so the list is the whole and
    the sum of its counts (14) its base, though no count states it. When every other share follows from that
    sum, this one (2/14 = 14.3%), which neither half-up rounding, truncation nor the largest-remainder rounding
    to 100 (checked before) gives, is wrong."""
    if len(s.parts) != 1 or len(s.siblings) < 2 or not s.parts_sum:
        return False
    group = [(s.share, s.parts[0])] + list(s.siblings)
    digits = s.share.num.decimals
    if any(not sh.num.exact or sh.num.decimals != digits or not _exact_integer(c.num) for sh, c in group):
        return False
    if abs(sum(sh.num.value for sh, _ in group) - 100) > 1e-6:
        return False
    whole = Number(0, 0, 0, s.parts_sum, s.parts[0].num.unit, False, 0, s.parts_sum, s.parts_sum, "", False)
    return all(judge_ratio(sh.num, c.num, whole)[0] != "wrong" for sh, c in s.siblings)


# A base no count states is fixed by its shares only when enough of them agree on it.
SIBLINGS_AGREEING_MIN = 3


def _bases_allowed(count: float, stated: Number) -> tuple[float, float]:
    """The bases under which count gives the stated share, rounded half up or truncated."""
    unit = 10**-stated.decimals
    top = (stated.value + unit) / 100
    bottom = max(stated.value - unit / 2, 1e-9) / 100
    return count / top, count / bottom


def _sibling_outlier(text: str, s: Share, used, stated_value, part: Number, part_text: str, shown: str):
    """ "(1)服装鞋帽11081件,占比28.07%;(2)食品9456件,占比21.42%;(3)…": no count states the base, but
    three or more other shares of the sentence, each with its own count and of the same named base,
    all allow only bases in one narrow range; a share that no base of that range gives, by more
    than a unit of its precision (so not a largest-remainder adjustment), is wrong whatever the base."""
    stated = s.share.num
    if not (stated.exact and _exact_integer(part)) or len(s.parts) != 1:
        return None
    mine = [
        (sh, c)
        for sh, c in s.siblings
        if sh.sentence is s.share.sentence
        and sh.num.exact
        and _exact_integer(c.num)
        and sh.num.decimals == stated.decimals
        and same_family(c.num.unit, part.unit)
        and base_name_of(sh) == s.named
    ]
    if len(mine) < SIBLINGS_AGREEING_MIN:
        return None
    ranges = [_bases_allowed(c.num.value, sh.num) for sh, c in mine]
    whole = _whole_bases(ranges)
    if whole is None:
        return None  # the siblings agree on no base: they are no one list
    # A sibling may itself be the slip and narrow the range: the share is wrong only if it stays
    # off whichever one sibling is left out (the ranges before and after it, met once each way).
    before, after = [(0.0, math.inf)], [(0.0, math.inf)]
    for lo, hi in ranges[:-1]:
        before.append((max(before[-1][0], lo), min(before[-1][1], hi)))
    for lo, hi in reversed(ranges[1:]):
        after.append((max(after[-1][0], lo), min(after[-1][1], hi)))
    after.reverse()
    for (lo1, hi1), (lo2, hi2) in zip(before, after):
        rest = _whole_bases([(lo1, hi1), (lo2, hi2)])
        if rest is None or _share_fits_bases(part.value, stated, *rest):
            return None
    first, last = whole
    mid = part.value / ((first + last) / 2) * 100
    return _claim(
        text,
        s.share,
        used + [sh for sh, _ in mine] + [c for _, c in mine],
        "share",
        stated_value,
        round(mid / 100, stated.decimals + 3),
        "inconsistent",
        "share_siblings_base",
        n=len(mine),
        low=_fmt(first),
        high=_fmt(last),
        part=part_text,
        computed=_pct(mid, stated.decimals),
        stated=shown,
    )


def _whole_bases(ranges) -> tuple[int, int] | None:
    """The whole bases every range allows, as a first and last one; None when none (or unbounded)."""
    low = max((lo for lo, _ in ranges), default=0.0)
    high = min((hi for _, hi in ranges), default=math.inf)
    if math.isinf(high):
        return None
    first, last = math.floor(low) + 1, math.floor(high)
    return (first, last) if first <= last else None


def _share_fits_bases(count: float, stated: Number, first: int, last: int) -> bool:
    """Whether some base from first to last gives the stated share, or comes within a unit of it."""
    unit = 10**-stated.decimals
    computed = [count / b * 100 for b in (first, last)]
    return any(abs(v - stated.value) <= unit for v in computed) or min(computed) <= stated.value <= max(computed)


def _share_without_count(text: str, s: Share) -> Claim | None:
    """A share with no count of its own: testable only for feasibility against a named base."""
    stated = s.share.num
    testable = s.base is not None and stated.exact and _exact_integer(s.base.num)
    # A base one of several counts named alike cannot show no whole part exists: "行李4件…航班取消3件。这两大类
    # 投诉合计占全部投诉的75%" names 投诉, which every count of the list is labelled with; the 3件 is no whole.
    named = testable and s.how == "named" and not s.alike
    # "共接待来访1106件，婚姻家庭权益类案件占60.61%": a kind of the things its sentence totals is a whole number of
    # them, and no whole number of the 1106 gives 60.61% (670 → 60.58%, 671 → 60.67%)
    kind_of_total = (
        testable
        and s.how == "governing"
        and s.base.is_total
        and s.base.sentence is s.share.sentence
        and _KIND_OF_WHOLE.search(s.share.raw_label)
    )
    if (named or kind_of_total) and part_reproducing(s.base.num.value, stated) is None:
        return _claim(
            text,
            s.share,
            [s.share, s.base],
            "share",
            _share_stated(s.share),
            None,
            "inconsistent",
            "share_no_whole_part",
            against=s.base,
            base_text=_count(s.base),
            stated=_stated_pct(s.share),
        )
    if not s.named and s.how == "none":
        return None  # a bare percentage beside no count: nothing to test, nothing to say
    return _claim(
        text,
        s.share,
        [s.share],
        "share",
        _share_stated(s.share),
        None,
        "unverifiable",
        "share_no_count",
        readings=[messages.READING_NO_COUNT],
    )


# A share said of a kind of the things counted ("婚姻家庭权益类案件占", "邻里纠纷类占"), right before 占.
_KIND_OF_WHOLE = re.compile(r"类(?:案件|纠纷|信访|问题|事项)?(?:约)?占(?:比)?$")


def largest_remainder(counts: list[float], base: float, digits: int) -> list[float] | None:
    """Shares of a complete breakdown rounded by the largest-remainder method (fzlib.fmt.shares),
    or None when the counts do not make up the base."""
    if not counts or abs(sum(counts) - base) > 1e-9:
        return None
    return fmt.shares(counts, digits)


def _largest_remainder_fits(s: Share, base: float) -> bool:
    """A complete breakdown whose shares were rounded to add up to exactly 100: accepted."""
    if len(s.parts) != 1 or len(s.siblings) < 1:
        return False
    group = sorted([(s.share, s.parts[0])] + list(s.siblings), key=lambda p: p[0].index)
    digits = s.share.num.decimals
    if any(sh.num.decimals != digits or not sh.num.exact for sh, _ in group):
        return False
    if abs(sum(sh.num.value for sh, _ in group) - 100) > 1e-6:
        return False
    rounded = largest_remainder([c.num.value for _, c in group], base, digits)
    return rounded is not None and all(abs(r - sh.num.value) < 1e-9 for r, (sh, _) in zip(rounded, group))


def _unlisted_items(s: Share, part: Number) -> float | None:
    """How many items at most the whole breakdown holds beyond the listed ones: each unlisted item
    counts one at least, so no more than the base less the listed counts. None when the list's
    counts are not exact whole numbers within an exact whole base."""
    base = s.base.num if s.base is not None else None
    counts = [part] + [c.num for _, c in s.siblings]
    # a listed round hundred ("票务服务100件") is a count like any other here; an approximate one is not
    if base is None or not _exact_integer(base) or not all(c.exact and float(c.value).is_integer() for c in counts):
        return None
    rest = base.value - sum(c.value for c in counts)
    return rest if rest >= 0 else None


def _remainder_too_small(computed: float, stated: Number, items: float) -> bool:
    """Whether the largest-remainder method cannot have raised a share one unit above its floor.

    The units handed out equal the sum of all remainders (r, in units of the last digit). A share is
    raised only when every share with a larger remainder is raised too, which needs the items whose
    remainders are no larger than its own to hold more than one unit: r × their number > 1. Items
    with no count have no remainder; `items`, the listed ones and the most the unlisted rest can
    be, bounds their number."""
    unit = 10**-stated.decimals
    floor = math.floor(computed / unit + 1e-9)
    if abs(stated.value - (floor + 1) * unit) > unit / 1000:
        return False
    remainder = computed / unit - floor
    return remainder * items <= 1


def _list_complete(s: Share) -> bool:
    group = [s.share] + [sh for sh, _ in s.siblings]
    return abs(sum(sh.num.value for sh in group) - 100) <= _shares_tolerance(group)


def _share_alternatives(s: Share, part: Number) -> list[tuple[str, Number]]:
    """Other readings of a share's base, tried before an error is called: the count the share list
    makes up (Share.made_up), the parts' own sum."""
    out = []
    if s.made_up is not None and s.made_up is not s.base:
        out.append((s.made_up.label[-12:], s.made_up.num))
    if s.breakdown is not None:
        total = s.breakdown.total.num
        parts_sum = sum(p.figure.num.value * p.multiplier for p in s.breakdown.parts)
        if parts_sum != total.value and parts_sum >= part.value:
            out.append(
                (
                    messages.NAME_PARTS_SUM,
                    Number(0, 0, 0, parts_sum, total.unit, False, 0, parts_sum, parts_sum, "", False),
                )
            )
    return out


def _first_fit(stated: Number, part: Number, alternatives) -> tuple[str, Number] | None:
    for name, base in alternatives:
        if base.value > 0 and judge_ratio(stated, part, base)[0] == "ok":
            return name, base
    return None


def _named_alternative(s: Share, part: Number, stated: Number) -> Figure | None:
    """Another count that gives the stated share and whose words the share's named base holds whole."""
    for alt in reversed(s.candidates):
        if alt is s.base or alt.num.value < part.value or alt.num.value <= 0 or not base_name_holds(s.share, alt):
            continue
        if judge_ratio(stated, part, alt.num)[0] == "ok":
            return alt
    return None


def _wrong_base_hint(s: Share, part: Number, stated: Number) -> str:
    """Say which other count of the paragraph the share was computed on, when one fits."""
    for alt in reversed(s.candidates):
        if alt is s.base or alt.num.value < part.value or alt.num.value <= 0:
            continue
        verdict, computed = judge_ratio(stated, part, alt.num)
        if verdict == "ok":
            return messages.EXTRA_ALT_BASE.format(
                name=alt.label[-12:], base=_count(alt), computed=_pct(computed, stated.decimals + 1)
            )
    return ""


# ---------------------------------------------------------------- rates


def _base_may_be_numerator(r: Rate, stated: Number) -> bool:
    """The only count of a stage rate ("以调解和解结案共28件，结案调解率达42.42%"), named by the verb the rate
    counts, may be its numerator over a base the text does not give (28 of 66). When some whole base gives the
    rate that way, the count does not surely stand underneath, so no whole part of it proves nothing."""
    verb = stage_verb(rate_name(r.rate.raw_label), r.definition)
    return bool(verb) and verb in r.denominator.label and base_reproducing(r.denominator.num.value, stated) is not None


def _check_rate(text: str, r: Rate) -> Claim:
    stated = r.rate.num
    stated_frac = _share_stated(r.rate)
    shown = _stated_pct(r.rate)
    if r.numerator is not None and r.denominator is not None and r.denominator.num.value > 0:
        return _rate_both(text, r, stated, stated_frac, shown)
    if r.all_done and stated.value == 100:
        return _claim(text, r.rate, [r.rate], "rate", stated_frac, 1.0, "consistent", "rate_all", stated=shown)
    if r.numerator is not None:
        used = [r.numerator, r.rate]
        base = base_reproducing(r.numerator.num.value, stated) if r.numerator.num.value > 0 else 0
        other = next(
            (b for c in r.companions if c.num.value > 0 and (b := base_reproducing(c.num.value, stated)) is not None),
            None,
        )
        if base is None and other is None and stated.exact and _exact_integer(r.numerator.num):
            return _claim(
                text,
                r.rate,
                used,
                "rate",
                stated_frac,
                None,
                "inconsistent",
                "rate_impossible",
                num=_count(r.numerator),
                stated=shown,
            )
        return _claim(
            text,
            r.rate,
            used,
            "rate",
            stated_frac,
            None,
            "unverifiable",
            "rate_no_base",
            num=_count(r.numerator),
            base=_fmt(base or 0),
            readings=[messages.READING_NUMERATOR.format(num=_named(r.numerator))],
        )
    if r.denominator is not None:
        used = [r.denominator, r.rate]
        if (
            r.adjacent
            and r.how == "key"
            and stated.exact
            and _exact_integer(r.denominator.num)
            and part_reproducing(r.denominator.num.value, stated) is None
            and all(part_reproducing(o.num.value, stated) is None for o in r.other_bases)
            and _no_whole_part(r.concluded, stated)
            and not _base_may_be_numerator(r, stated)
        ):
            return _claim(
                text,
                r.rate,
                used,
                "rate",
                stated_frac,
                None,
                "inconsistent",
                "rate_impossible_den",
                den=_count(r.denominator),
                stated=shown,
                against=r.denominator,
            )
        return _claim(
            text,
            r.rate,
            used,
            "rate",
            stated_frac,
            None,
            "unverifiable",
            "rate_no_numerator",
            den=_count(r.denominator),
            readings=[messages.READING_DENOMINATOR.format(den=_named(r.denominator))],
        )
    return _claim(
        text,
        r.rate,
        [r.rate],
        "rate",
        stated_frac,
        None,
        "unverifiable",
        "rate_no_terms",
        readings=[messages.READING_NONE],
    )


def _rate_both(text: str, r: Rate, stated: Number, stated_frac: float, shown: str) -> Claim:
    num, den = r.numerator, r.denominator
    verdict, computed = judge_ratio(stated, num.num, den.num)
    used = [den, num, r.rate]
    values = {
        "num": _count(num),
        "den": _count(den),
        "computed": _pct(computed, stated.decimals + 2),
        "stated": shown,
        "rounded": _pct(round_half_up(computed, stated.decimals), stated.decimals),
    }
    values = _approximate_terms(values, {"num": num, "den": den}, num.num, den.num, stated.decimals + 1)
    # Over an approximate count there is no one expected value (its quotient would contradict the verdict).
    expected = round(computed / 100, stated.decimals + 3) if num.num.exact and den.num.exact else None
    if verdict == "ok":
        return _claim(text, r.rate, used, "rate", stated_frac, expected, "consistent", "rate_ok", against=den, **values)
    readings = [messages.READING_RATE.format(num=_named(num), den=_named(den))]
    if verdict == "truncated":
        return _claim(
            text,
            r.rate,
            used,
            "rate",
            stated_frac,
            expected,
            "note",
            "rate_truncated",
            against=den,
            readings=readings,
            **values,
        )
    # The other readings a report may mean, each over its own terms (the counts it adds, its quotient, how it
    # reads), tried in turn: every positive grade counted; withdrawn cases left out; done at once and done after
    # transfer, over all that came in ("当场答复5113宗，转办2114宗，办结1898宗"); the numerator split over parts
    # of the whole ("其中镇本级调处32起，各村调处51起，调处率96.5%": which count is on top is then unclear, so a
    # mismatch over their sum is no error).
    alternatives = []
    if len(r.positives) > 1:
        positive = sum(p.num.value for p in r.positives)
        alternatives.append((r.positives, positive / den.num.value, messages.READING_POSITIVE))
    if r.minus is not None and den.num.value > r.minus.num.value:
        rest = den.num.value - r.minus.num.value
        alternatives.append(([r.minus], num.num.value / rest, messages.READING_MINUS.format(minus=_count(r.minus))))
    if r.plus is not None:
        whole = r.plus.num.value + den.num.value
        reading = messages.READING_PLUS.format(plus=_named(r.plus), whole=_fmt(whole))
        alternatives.append(([r.plus], (r.plus.num.value + num.num.value) / whole, reading))
    if r.split:
        parts = "＋".join(_count(f) for f in sorted([num, *r.split], key=lambda f: f.index))
        whole = num.num.value + sum(f.num.value for f in r.split)
        alternatives.append((r.split, whole / den.num.value, messages.READING_SPLIT.format(parts=parts)))
    for counted, quotient, reading in alternatives:
        if judge_percent(stated, quotient * 100) != "wrong":
            return _claim(
                text,
                r.rate,
                used + list(counted),
                "rate",
                stated_frac,
                round(quotient, 4),
                "consistent",
                "rate_alt_ok",
                against=den,
                reading=reading,
                stated=shown,
            )
        readings.append(reading)
    # The stage the successes are taken from ("调处195件，调处成功193件，成功率98.9%") is the other reading.
    for stage in r.stages:
        how_stage, computed_stage = judge_ratio(stated, num.num, stage.num)
        if how_stage != "wrong":
            values.update(
                den=_count(stage),
                computed=_pct(computed_stage, stated.decimals + 2),
                rounded=_pct(round_half_up(computed_stage, stated.decimals), stated.decimals),
            )
            code = "rate_ok" if how_stage == "ok" else "rate_truncated"
            verdict_stage = "consistent" if how_stage == "ok" else "note"
            return _claim(
                text,
                r.rate,
                [stage, num, r.rate],
                "rate",
                stated_frac,
                round(computed_stage / 100, stated.decimals + 3),
                verdict_stage,
                code,
                against=stage,
                **values,
            )
        readings.append(messages.READING_RATE.format(num=_named(num), den=_named(stage)))
    # The cases concluded (办结, 结案…) are the base some reports state a success rate over (12315: 调解成功 ÷
    # 办结): a rate that fits one is not called wrong for missing the cases accepted.
    missed: list[tuple[Figure, str]] = []  # each concluded count tried, with the rate it gives
    for done in r.concluded:
        how_done, computed_done = judge_ratio(stated, num.num, done.num)
        values_done = {
            **values,
            "den": _count(done),
            "computed": _pct(computed_done, stated.decimals + 2),
            "rounded": _pct(round_half_up(computed_done, stated.decimals), stated.decimals),
        }
        values_done = _approximate_terms(values_done, {"num": num, "den": done}, num.num, done.num, stated.decimals + 1)
        if how_done == "wrong":
            readings.append(messages.READING_RATE.format(num=_named(num), den=_named(done)))
            missed.append((done, values_done["computed"]))
            continue
        exact = num.num.exact and done.num.exact
        fitting = bases_fitting(num.num.value, stated) if how_done == "ok" and exact else (0, 0)
        if fitting[1] > fitting[0]:
            # The named base gave another rate; the concluded count fits a rate whose rounding fits several whole
            # bases (98% of 490 is any base from 498 to 502): the fit may be chance, the relation unknown.
            verdict, code, expected_done = "unverifiable", "rate_concluded_ambiguous", None
            extra = {"low": _fmt(fitting[0]), "high": _fmt(fitting[1]), "readings": readings}
        else:
            verdict, code = ("consistent", "rate_concluded_ok") if how_done == "ok" else ("note", "rate_truncated")
            expected_done = round(computed_done / 100, stated.decimals + 3) if exact else None
            extra = {}
        return _claim(
            text,
            r.rate,
            [done, num, r.rate],
            "rate",
            stated_frac,
            expected_done,
            verdict,
            code,
            against=done,
            named=_named(done),
            base=_named(den),
            other=values["computed"],
            **extra,
            **values_done,
        )
    # A concluding stage's rate stated over the same base ("调处率98.61%") implies how many cases reached that
    # stage; the success rate may be over them, so whole counts that rate allows are tried as its base.
    for stage in r.implied:
        fit = implied_stage_fit(num.num, den.num, stage.num, stated)
        stage_text = rate_name(stage.raw_label) + _stated_pct(stage)
        if fit is not None:
            return _claim(
                text,
                r.rate,
                [den, stage, num, r.rate],
                "rate",
                stated_frac,
                None,
                "consistent",
                "rate_implied_ok",
                against=den,
                stage=stage_text,
                low=_fmt(fit[0]),
                high=_fmt(fit[1]) + den.num.unit,
                **values,
            )
        readings.append(messages.READING_IMPLIED.format(num=_named(num), stage=stage_text))
    if r.plus_open is not None:
        # "结案132起；案外调解争议111起，…结案率达97.9%": cases settled outside those registered (or done at
        # once) may be counted on both sides, 243÷248; the sentence states no such whole, so a rate that
        # reading gives is not proved wrong by the registered cases alone.
        extra = r.plus_open
        whole = extra.num.value + den.num.value
        reading = messages.READING_PLUS.format(plus=_named(extra), whole=_fmt(whole))
        if judge_percent(stated, (extra.num.value + num.num.value) / whole * 100) != "wrong":
            return _claim(
                text,
                r.rate,
                used + [extra],
                "rate",
                stated_frac,
                None,
                "unverifiable",
                "rate_plus_open",
                against=den,
                plus=_named(extra),
                whole=_fmt(whole) + den.num.unit,
                readings=[*readings, reading],
                **values,
            )
        readings.append(reading)
    if r.how == "key" and (not r.stages or r.named_stage) and not r.split:
        if missed:
            # say that the concluded cases were tried as the base too, and what they give
            values = {**values, "named": _named(missed[0][0]), "other": missed[0][1]}
        code = "rate_wrong_concluded" if missed else "rate_wrong"
        return _claim(text, r.rate, used, "rate", stated_frac, expected, "inconsistent", code, against=den, **values)
    if (
        r.how in ("loose", "pair")
        and stated.exact
        and _exact_integer(den.num)
        and part_reproducing(den.num.value, stated) is None
        and _no_whole_part(r.concluded, stated)
    ):
        # Which count is on top is not clear, but over the named base no whole count gives the rate.
        return _claim(
            text,
            r.rate,
            [den, r.rate],
            "rate",
            stated_frac,
            None,
            "inconsistent",
            "rate_impossible_den",
            den=_count(den),
            stated=shown,
            against=den,
        )
    if r.how == "shared":
        return _claim(
            text, r.rate, used, "rate", stated_frac, expected, "unverifiable", "rate_shared", against=den, **values
        )
    return _claim(
        text,
        r.rate,
        used,
        "rate",
        stated_frac,
        expected,
        "unverifiable",
        "rate_unclear",
        against=den,
        readings=readings,
        **values,
    )


# ---------------------------------------------------------------- growth


def _check_growth(text: str, g: Growth) -> Claim:
    if g.level is not None:
        # the level compared is an average or the count it averages: wrong only when neither gives the change
        first = _check_growth(text, replace(g, level=None))
        if first.verdict != "inconsistent":
            return first
        other = _check_growth(text, replace(g, new=g.level, level=None))
        # neither gives it: the count averaged is the likelier reading to show, unless it only turned the direction
        return other if other.verdict != "inconsistent" or first.code == "growth_direction" else first
    stated = g.change.num
    pct = stated.percent
    stated_value = _share_stated(g.change) if pct else stated.value
    shown = _stated_pct(g.change) if pct else _count(g.change)
    said = "下降" if g.down else "增长"
    if g.how == "diff" and pct and g.difference is not None:
        return _growth_from_difference(text, g, stated, stated_value, shown)
    if g.old is None or g.new is None or g.old.num.value <= 0:
        return _growth_feasibility(text, g, stated, stated_value, shown, said)
    old, new = g.old.num.value, g.new.num.value
    used = [g.old, g.new, g.change]
    if pct and (as_change := _level_read_as_change(text, g, stated, stated_value, shown)) is not None:
        return as_change
    if (new < old) != g.down and new != old:
        return _claim(
            text,
            g.change,
            used,
            "growth",
            stated_value,
            (new - old) / old if pct else new - old,
            "inconsistent",
            "growth_direction",
            against=g.old,
            old=_count(g.old),
            new=_count(g.new),
            actual="减少" if new < old else "增加",
            said=said,
        )
    change = abs(new - old)
    values = {"old": _count(g.old), "new": _count(g.new), "stated": shown}
    if not pct:
        values["computed"] = _fmt(change) + stated.unit
        ok = stated.contains(change) or (not (g.old.num.exact and g.new.num.exact))
        return _claim(
            text,
            g.change,
            used,
            "growth",
            stated_value,
            change,
            "consistent" if ok else "inconsistent",
            "growth_ok" if ok else "growth_wrong",
            against=g.old,
            **values,
        )
    computed = change / old * 100
    lo, hi = computed, computed
    if not (g.old.num.exact and g.new.num.exact):
        lo = abs(g.new.num.low - g.old.num.high) / g.old.num.high * 100 if g.old.num.high else 0
        hi = abs(g.new.num.high - g.old.num.low) / g.old.num.low * 100 if g.old.num.low else math.inf
        lo, hi = min(lo, hi), max(lo, hi)
    values["computed"] = _pct(computed, stated.decimals + 1)
    expected = round(computed / 100, stated.decimals + 3)
    verdict = judge_between(stated, lo, hi)
    if verdict == "ok":
        return _claim(
            text, g.change, used, "growth", stated_value, expected, "consistent", "growth_ok", against=g.old, **values
        )
    if verdict == "truncated":
        return _claim(
            text, g.change, used, "growth", stated_value, expected, "note", "growth_truncated", against=g.old, **values
        )
    wrong_base = new > 0 and judge_percent(stated, change / new * 100) == "ok"
    code = "growth_wrong_base" if wrong_base else "growth_wrong"
    return _claim(text, g.change, used, "growth", stated_value, expected, "inconsistent", code, against=g.old, **values)


def _level_read_as_change(text: str, g: Growth, stated: Number, stated_value: float, shown: str) -> Claim | None:
    """ "6699件，较上年同期压降460件，下降6.4%": a count after the comparison, with a word between that check
    does not know, may be how much less (or more) rather than last year's level. When the level reading does
    not give the stated change and the change reading does (6699+460=7159 gives 6.4%), which reading the
    writer meant is not in doubt enough to say 不一致; the claim is read as a change, and says so."""
    old, new = g.old.num.value, g.new.num.value
    level_reading = judge_between(stated, abs(new - old) / old * 100, abs(new - old) / old * 100)
    if ((new < old) == g.down or new == old) and level_reading in ("ok", "truncated"):
        return None
    if not same_family(g.old.num.unit, g.new.num.unit) or g.old.num.start < g.new.num.end:
        return None  # only a count after this year's level, in its unit, can be its change
    before = new + old if g.down else new - old
    if before <= 0 or judge_between(stated, old / before * 100, old / before * 100) != "ok":
        return None
    return _claim(
        text,
        g.change,
        [g.new, g.old, g.change],
        "growth",
        stated_value,
        round(old / before, stated.decimals + 3),
        "consistent",
        "growth_ok_as_change",
        against=g.old,
        diff=_count(g.old),
        old=_fmt(before) + g.new.num.unit,
        new=_count(g.new),
        computed=_pct(old / before * 100, stated.decimals + 1),
        stated=shown,
    )


def _growth_from_difference(text: str, g: Growth, stated: Number, stated_value: float, shown: str) -> Claim:
    """ "新收5422件，比上年增加842件，增幅为18.38%": last year was 5422 − 842. The level is the nearest
    count in the difference's unit: in "37起,死亡33人,受伤14人,…事故起数减少8起,下降17.77%" it is 37起."""
    diff = g.difference
    new = next((c for c in reversed(g.candidates) if same_family(c.num.unit, diff.num.unit)), None)
    if new is None:
        return _growth_feasibility(text, g, stated, stated_value, shown, "")
    old_value = new.num.value - diff.num.value if not g.down else new.num.value + diff.num.value
    used = [new, diff, g.change]
    if old_value <= 0:
        return _claim(
            text,
            g.change,
            used,
            "growth",
            stated_value,
            None,
            "unverifiable",
            "growth_no_base",
            readings=[messages.READING_NONE],
        )
    computed = diff.num.value / old_value * 100
    if diff.num.exact and new.num.exact:
        verdict = judge_percent(stated, computed)
    else:
        # "3767万起，较上年减少1.53万起，下降3.90%": rounded or approximate figures allow a range of
        # changes, not any change; the stated one is judged against the whole range they allow.
        verdict = judge_between(stated, *_difference_growth_range(new.num, diff.num, g.down))
    values = {
        "old": _fmt(old_value) + new.num.unit,
        "new": _count(new),
        "stated": shown,
        "computed": _pct(computed, stated.decimals + 1),
    }
    expected = round(computed / 100, stated.decimals + 3)
    if verdict == "wrong" and (scaled := _level_in_scale_of(text, new.num, diff.num)) is not None:
        level, mult = scaled
        if judge_between(stated, *_difference_growth_range(level, diff.num, g.down)) != "wrong":
            # "损失0.5元，同比减少1.2万元，下降70.6%": the level lacks the 万 its change carries, and read
            # with it the change fits: a dropped multiplier is as likely as a wrong percentage.
            values.update(diff=_count(diff), mult=mult, scaled=_fmt(level.value) + new.num.unit)
            return _claim(text, g.change, used, "growth", stated_value, None, "unverifiable", "growth_scale", **values)
    code = {"ok": "growth_ok", "truncated": "growth_truncated", "wrong": "growth_wrong"}[verdict]
    v = {"ok": "consistent", "truncated": "note", "wrong": "inconsistent"}[verdict]
    return _claim(text, g.change, used, "growth", stated_value, expected, v, code, against=values["old"], **values)


def _level_in_scale_of(text: str, level: Number, diff: Number) -> tuple[Number, str] | None:
    """The level read in the multiplier (万, 亿) its change is written with, when only the change has it."""
    written = {"亿": "亿億", "万": "万萬"}
    mult = next((m for m, forms in written.items() if set(forms) & set(text[diff.num_start : diff.end])), None)
    if mult is None or not level.exact or set("亿億万萬") & set(text[level.num_start : level.end]):
        return None
    factor, half = (1e8 if mult == "亿" else 1e4), 0.5 * 10**-level.decimals
    value = level.value * factor
    return replace(level, value=value, low=value - half * factor, high=value + half * factor, approx="rounded"), mult


def _difference_growth_range(new: Number, diff: Number, down: bool) -> tuple[float, float]:
    """The percentages a level and its stated change allow when either is a range: the change over
    last year's level (this year's plus the fall, or less the rise), at the ends of both ranges."""

    def pct(d: float, level: float) -> float:
        if math.isinf(d):  # "超过N": unbounded above, the fall tends to all of last year's level
            return 100.0 if down else math.inf
        if math.isinf(level):
            return 0.0
        old = level + d if down else level - d
        return d / old * 100 if old > 0 else math.inf

    ends = [pct(d, level) for d in (diff.low, diff.high) for level in (new.low, new.high)]
    return min(ends), max(ends)


def _growth_feasibility(text: str, g: Growth, stated: Number, stated_value: float, shown: str, said: str) -> Claim:
    """No previous figure stated: can some whole previous figure give the change at all?"""
    subjects = [c for c in g.candidates if _exact_integer(c.num) and c.num.value > 0]
    if not stated.percent or not stated.exact or not subjects or len(g.candidates) != len(subjects):
        return _claim(
            text,
            g.change,
            [g.change],
            "growth",
            stated_value,
            None,
            "unverifiable",
            "growth_no_base",
            readings=[messages.READING_NO_PREVIOUS],
        )
    found = [(c, previous_reproducing(c.num.value, stated, g.down)) for c in subjects]
    fitting = [(c, p) for c, p in found if p is not None]
    if fitting:
        c, p = fitting[0]
        return _claim(
            text,
            g.change,
            [c, g.change],
            "growth",
            stated_value,
            None,
            "unverifiable",
            "growth_feasible",
            new=_count(c),
            old=_fmt(p) + c.num.unit,
            stated=shown,
            readings=[messages.READING_NO_PREVIOUS],
        )
    c = subjects[-1]
    return _claim(
        text,
        g.change,
        subjects + [g.change],
        "growth",
        stated_value,
        None,
        "inconsistent",
        "growth_impossible",
        new="、".join(_count(s) for s in subjects),
        said=said or ("下降" if g.down else "增长"),
        stated=shown,
    )


# ---------------------------------------------------------------- the draft's own tables


def _check_table(text: str, t: TableMatch) -> Claim:
    f, row = t.figure, t.row
    ok = f.num.contains(row.value)
    return _claim(
        text,
        f,
        [f],
        "table",
        f.num.value,
        row.value,
        "consistent" if ok else "inconsistent",
        "table_ok" if ok else "table_wrong",
        label=row.label,
        value=_fmt(row.value),
        stated=_count(f),
    )


def _cell_claim(
    text: str, cell, kind_code: str, verdict: str, stated_value, expected, used, base: str | None = None, **values
) -> Claim:
    message = messages.render(kind_code, base=base, **values)
    return Claim(
        cell.start,
        cell.end,
        text[cell.start : cell.end],
        "table",
        stated_value,
        expected,
        verdict,
        message,
        kind_code,
        "table",
        base,
        None,
        cell.start,
        cell.end,
        [[c.start, c.end] for c in used],
        [],
    )


def _check_series(text: str, s: TableSeries) -> list[Claim]:
    """A table's breakdown: the parts against the 合计 cell, each share against its count."""
    out: list[Claim] = []
    counts = s.counts
    parts = [(lab, c) for k, (lab, c) in enumerate(zip(s.labels, counts)) if k != s.total and c is not None]
    parts_sum = sum(c.value for _, c in parts)
    base_value, base_name = None, None
    if s.total is not None:
        total = counts[s.total]
        ok = abs(parts_sum - total.value) < 1e-6
        out.append(
            _cell_claim(
                text,
                total,
                "table_sum_ok" if ok else "table_sum_wrong",
                "consistent" if ok else "inconsistent",
                total.value,
                parts_sum,
                [c for _, c in parts] + [total],
                base=None,
                total=_fmt(total.value),
                parts=_fmt(parts_sum),
                label=s.labels[s.total],
            )
        )
        base_value, base_name = total.value, s.labels[s.total]
    whole = s.introduced
    if s.total is None and whole is not None and whole.num.exact and parts_sum > whole.num.high + 1e-6:
        # "正在受理的45件中，分类情况如下：" over a row of counts adding to 126: the parts of a stated
        # whole cannot exceed it, whether or not the row lists every category.
        out.append(
            _claim(
                text,
                whole,
                [whole],
                "total",
                whole.num.value,
                parts_sum,
                "inconsistent",
                "table_parts_exceed",
                against=whole,
                parts=_fmt(parts_sum),
                total=_count(whole),
                diff=_fmt(parts_sum - whole.num.value),
            )
        )
    shares = [
        (k, sh)
        for k, sh in enumerate(s.shares)
        if sh is not None and sh.value is not None and counts[k] is not None and k != s.total
    ]
    if not shares:
        return out
    readings = []
    if base_value is None or not _all_shares_fit(shares, counts, base_value):
        if base_value is not None:
            readings.append(messages.READING_BASE.format(base=f"{base_name}{_fmt(base_value)}"))
        fitting = [
            c
            for c in s.candidates
            if c.num.exact and c.num.value >= parts_sum and _all_shares_fit(shares, counts, c.num.value)
        ]
        if parts_sum > 0 and _all_shares_fit(shares, counts, parts_sum):
            base_value, base_name = parts_sum, messages.NAME_PARTS_SUM
        elif s.total is None and len({c.num.value for c in fitting}) == 1:
            base_value, base_name = fitting[-1].num.value, fitting[-1].label[-12:]
        elif s.total is None:
            return out  # the base is not in the table: the shares cannot be tested
    rounded = _table_largest_remainder(shares, counts, base_value)
    for k, sh in shares:
        number = Number(sh.start, sh.end, sh.start, sh.value, "%", True, sh.decimals, sh.value, sh.value, "", False)
        computed = counts[k].value / base_value * 100 if base_value else math.inf
        verdict = judge_percent(number, computed)
        if verdict != "ok" and rounded is not None:
            verdict = "largest_remainder"  # the column was rounded to add up to exactly 100%, as fzlib does
        v = {"ok": "consistent", "largest_remainder": "consistent", "truncated": "note", "wrong": "inconsistent"}[
            verdict
        ]
        code = {
            "ok": "table_share_ok",
            "largest_remainder": "table_share_largest_remainder",
            "truncated": "table_share_truncated",
            "wrong": "table_share_wrong",
        }[verdict]
        out.append(
            _cell_claim(
                text,
                sh,
                code,
                v,
                round(sh.value / 100, sh.decimals + 2),
                round(computed / 100, sh.decimals + 3),
                [counts[k], sh],
                base=f"{base_name}{_fmt(base_value)}",
                label=s.labels[k],
                count=_fmt(counts[k].value),
                computed=_pct(computed, sh.decimals + 1),
                stated=_pct(sh.value, sh.decimals),
            )
        )
    return out


def _table_largest_remainder(shares, counts, base: float | None) -> list[float] | None:
    """The column's shares when they are exactly the largest-remainder rounding of its counts over the
    base (a complete breakdown whose shares add up to 100); None otherwise."""
    digits = {sh.decimals for _, sh in shares}
    if base is None or len(digits) != 1 or abs(sum(sh.value for _, sh in shares) - 100) > 1e-6:
        return None
    rounded = largest_remainder([counts[k].value for k, _ in shares], base, digits.pop())
    if rounded is None or any(abs(r - sh.value) > 1e-9 for r, (_, sh) in zip(rounded, shares)):
        return None
    return rounded


def _all_shares_fit(shares, counts, base: float) -> bool:
    for k, sh in shares:
        number = Number(0, 0, 0, sh.value, "%", True, sh.decimals, sh.value, sh.value, "", False)
        if judge_percent(number, counts[k].value / base * 100) == "wrong":
            return False
    return True


# ---------------------------------------------------------------- ledgers


@lru_cache(maxsize=1)
def _labels_file() -> tuple[tuple[dict, ...], re.Pattern | None]:
    entries = load_yaml(LABELS_FILE.read_text(encoding="utf-8"))
    words = [w for e in entries for w in e.get("modifiers", [])]
    indicators = []
    for e in entries:
        if "key" in e:
            e.setdefault("context", [])
            e.setdefault("exclude", [])
            indicators.append(e)
    modifiers = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))) if words else None
    return tuple(indicators), modifiers


def vocabulary() -> tuple[dict, ...]:
    """The label → indicator vocabulary of labels.yaml."""
    return _labels_file()[0]


def _bare(words: str) -> str:
    """Words without the modifiers labels.yaml declares (各类, 矛盾…): 调解各类矛盾纠纷 → 调解纠纷."""
    modifiers = _labels_file()[1]
    return modifiers.sub("", words) if modifiers is not None else words


def match_indicator(f: Figure, context: str) -> str | None:
    """The indicator key a figure states, or None when its label names none."""
    return _indicator_match(f, context)[0]


def _indicator_match(f: Figure, context: str) -> tuple[str | None, int]:
    """The indicator key a figure states and the length of the label word that named it (0: none)."""
    best, best_score = None, (0, -math.inf)
    want = "rate" if f.num.percent else ("money" if f.num.unit == "元" else "count")
    bare = _bare(f.label)
    for e in vocabulary():
        if e["type"] != want:
            continue
        hit = max((len(w) for w in e["labels"] if w in f.label or _bare(w) in bare), default=0)
        if not hit or any(w in f.label for w in e["exclude"]):
            continue
        distance = 0
        if e["context"]:
            positions = [context.rfind(w) for w in e["context"]]
            if max(positions) < 0:
                continue
            distance = len(context) - max(positions)
        score = (hit, -distance)
        if score > best_score:
            best, best_score = e["key"], score
    return best, int(best_score[0])


def _check_ledger(
    text: str, ex: Extraction, indicators: dict, sources: Callable[[str], str] | None = None, year: int | None = None
) -> list[Claim]:
    out = []
    norm = ex.text
    matched = []
    for f in ex.figures:
        if f.bracketed or _is_comparison(norm, f) or _is_category_item(norm, f) or _of_another_year(norm, f, year):
            continue
        key, hit = _indicator_match(f, norm[f.sentence.start : f.num.start])
        if key is not None:
            matched.append((f, key, hit))
    # Two counts of one sentence named for one indicator (调解案件80件，调解成功76件) are never two statements of
    # it: the one its longer word names is the indicator's, or else the later one, the narrower count a report
    # gives after the whole it was taken from.
    closest: dict[tuple[int, str], tuple[int, int]] = {}
    for f, key, hit in matched:
        closest[(f.sentence.start, key)] = max((hit, f.num.start), closest.get((f.sentence.start, key), (0, 0)))
    for f, key, hit in matched:
        if (hit, f.num.start) != closest[(f.sentence.start, key)]:
            continue
        name = f.label or key
        stated = _share_stated(f) if f.num.percent else f.num.value
        if indicators.get(key) is None:
            # The ledgers may hold the figure's records and still not give it (a file that could not be
            # used, records in error): say why, not "no such data".
            reason = getattr(sources, "why", lambda _: "")(key) if sources is not None else ""
            out.append(
                _claim(
                    text,
                    f,
                    [f],
                    "ledger",
                    stated,
                    None,
                    "unverifiable",
                    "ledger_unavailable" if reason else "ledger_missing",
                    name=name,
                    key=key,
                    reason=reason,
                    readings=[messages.READING_LEDGER.format(key=key)],
                )
            )
            continue
        value = float(indicators[key])
        if f.num.percent:
            verdict = judge_percent(f.num, value * 100)
            shown = _ledger_pct(value, f.num.decimals)
        else:
            # 702余件 against 702: an approximate count is never short of the number it states, only of the range
            # above it, as a total's parts are judged (parts_match) — no proven slip.
            at_stated = f.num.approx == "more" and value == f.num.value
            verdict = "ok" if f.num.contains(value) or at_stated else "wrong"
            shown = _fmt(value) + f.num.unit
        code = {"ok": "ledger_ok", "truncated": "ledger_truncated", "wrong": "ledger_wrong"}[verdict]
        v = {"ok": "consistent", "truncated": "note", "wrong": "inconsistent"}[verdict]
        out.append(
            _claim(
                text,
                f,
                [f],
                "ledger",
                stated,
                value,
                v,
                code,
                against=f"台账指标{key}",
                name=name,
                key=key,
                value=shown,
                stated=text[f.num.start : f.num.end],
            )
        )
        if v == "inconsistent" and sources is not None:
            where = sources(key)
            if where:
                said = messages.LEDGER_SOURCE.format(source=where)
                if rows_at := getattr(sources, "rows_at", None):
                    said += messages.LEDGER_ROWS.format(command=rows_at(key))
                out[-1] = replace(out[-1], message=out[-1].message + said)
    return out


def _is_category_item(norm: str, f: Figure) -> bool:
    """ "按公开渠道分，…媒体报道75条": an item of a breakdown by some dimension is one category,
    not the indicator that shares its name."""
    head = norm[f.sentence.start : f.num.start]
    return bool(re.match(r"\s*(?:按.{0,8}(?:分|看|统计|划分)|从.{0,10}看)", head))


# A year named only to compare with (与2023年相比, 较2023年, 比上年同期): no year the figures after it are of.
_COMPARED_YEAR = re.compile(
    r"(?:与|和|同)[^，,。；;]{0,10}?年(?:度|同期)?[^，,。；;]{0,3}?(?:相比|比较|对比)|(?:较|比)[^，,。；;]{0,10}?年(?:度|同期)?"
)


def _of_another_year(norm: str, f: Figure, year: int | None) -> bool:
    """ "2023年，全镇共办理案件3件" in a draft checked against 2024's ledgers: the figure's clause, or else its
    sentence (less the years it compares with), gives it to another year — the last year named before
    it — so the year's ledgers say nothing of it: never 不一致 with them."""
    if year is None:
        return False
    own = years_named(norm[f.clause_start : f.num.start])
    if own:
        return own[-1] != year
    named = years_named(_COMPARED_YEAR.sub("", norm[f.sentence.start : f.clause_start]))
    return bool(named) and named[-1] != year


def _is_comparison(norm: str, f: Figure) -> bool:
    """Last year's figure or a change ("较上年（640件）", "增加24件") is not this year's figure."""
    lead = norm[f.clause_start : f.num.start]
    return bool(re.search(r"较上年|上年|去年|同期|同比|环比|增加|减少|增长|下降|上升", lead))
