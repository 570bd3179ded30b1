"""Judging extracted relations: re-adding, re-dividing, and comparing with the year's indicators.

A verdict is one of consistent, inconsistent, unverifiable, note. Precision follows the text:
a share stated as 36% is checked to whole percents, 96.3% to one decimal. Truncation where
rounding was due is only a note; 余/近/以上 figures are checked as ranges.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from fzlib.check import messages
from fzlib.fmt import round_half_up
from fzlib.check.claims import (Breakdown, Extraction, Figure, Growth, Rate, Share, TableMatch,
                                 extract)
from fzlib.check.numbers import Number

LABELS_FILE = Path(__file__).with_name("labels.yaml")
_KIND_ORDER = ("total", "shares_sum", "share", "rate", "growth", "table", "ledger")


@dataclass
class Claim:
    """One tested numeric statement of the draft."""

    start: int  # character offsets into the text as read
    end: int
    text: str
    kind: str  # total, shares_sum, share, rate, growth, table, ledger
    stated: float | None
    expected: float | None
    verdict: str  # consistent, inconsistent, unverifiable, note
    message: str
    code: str  # stable reason code, see messages.TEMPLATES

    def to_dict(self) -> dict:
        return asdict(self)


def check_text(text: str, indicators: dict | None = None) -> list[Claim]:
    """Every numeric claim of the draft that can be tested, in reading order."""
    ex = extract(text)
    claims: list[Claim] = []
    for bd in ex.breakdowns:
        claims += _check_breakdown(text, bd)
    claims += [_check_share(text, s) for s in ex.shares]
    claims += [_check_rate(text, r) for r in ex.rates]
    claims += [_check_growth(text, g) for g in ex.growths]
    claims += [_check_table(text, t) for t in ex.tables]
    if indicators is not None:
        claims += _check_ledger(text, ex, indicators)
    claims.sort(key=lambda c: (c.start, _KIND_ORDER.index(c.kind), c.end))
    return claims


# ---------------------------------------------------------------- helpers


def _claim(text: str, figs: list[Figure], kind: str, stated_value, expected_value,
           verdict: str, code: str, **values) -> Claim:
    start = min(f.label_start for f in figs)
    end = max(f.num.end for f in figs)
    return Claim(start, end, text[start:end], kind, stated_value, expected_value, verdict,
                 messages.render(code, **values), code)


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def _count(f: Figure) -> str:
    return f"{_fmt(f.num.value)}{f.num.unit}"


def _pct(x: float, decimals: int = 1) -> str:
    return f"{x:.{decimals}f}%"


def _truncate(x: float, decimals: int) -> float:
    q = 10 ** decimals
    return math.floor(x * q + 1e-9) / q


def judge_percent(stated: Number, computed: float) -> str:
    """'ok', 'truncated' or 'wrong' for a percentage computed as `computed` (0–100 scale)."""
    d = stated.decimals
    half = 0.5 * 10 ** -d
    if not stated.exact:
        return "ok" if stated.low - half <= computed <= stated.high + half else "wrong"
    if abs(round_half_up(computed, d) - stated.value) < half:
        return "ok"
    if abs(_truncate(computed, d) - stated.value) < half:
        return "truncated"
    return "wrong"


def base_reproducing(part: float, stated: Number, limit: int = 100_000) -> int | None:
    """The smallest whole base b ≥ part with part/b stated as the figure, if any."""
    if stated.value <= 0 or part <= 0:
        return None
    upper = stated.value + 0.5 * 10 ** -stated.decimals
    lower = max(stated.value - 0.5 * 10 ** -stated.decimals, 1e-9)
    lo = max(math.ceil(part), math.floor(part * 100 / upper))
    hi = min(limit, math.ceil(part * 100 / lower))
    for b in range(max(1, lo), hi + 1):
        if judge_percent(stated, part * 100 / b) == "ok":
            return b
    return None


def _share_stated(f: Figure) -> float:
    return round(f.num.value / 100, f.num.decimals + 2)


# ---------------------------------------------------------------- totals and parts


def _check_breakdown(text: str, bd: Breakdown) -> list[Claim]:
    total = bd.total.num
    low = sum(p.figure.num.low * p.multiplier for p in bd.parts)
    high = sum(p.figure.num.high * p.multiplier for p in bd.parts)
    parts_sum = sum(p.figure.num.value * p.multiplier for p in bd.parts)
    shares = [p.share for p in bd.parts if p.share is not None]
    full_shares = len(shares) == len(bd.parts) and len(shares) >= 2
    shares_sum = sum(s.num.value for s in shares)
    tol = _shares_tolerance(shares)
    shares_close = full_shares and abs(shares_sum - 100) <= tol
    values = dict(parts=_fmt(parts_sum) + total.unit, total=_count(bd.total),
                  diff=_fmt(abs(parts_sum - total.value)) + total.unit)
    figs = [bd.total] + [p.figure for p in bd.parts]
    if low > total.high + 1e-9:
        verdict, code = "inconsistent", "parts_exceed"
    elif high >= total.low - 1e-9:
        verdict, code = "consistent", "parts_match"
    elif bd.explicit_full or shares_close:
        verdict, code = "inconsistent", "parts_short"
        values["why"] = "“分别为”或“其他”项" if bd.explicit_full else "各项占比合计约100%"
    else:
        verdict, code = "unverifiable", "parts_open"
    out = [_claim(text, figs, "total", total.value, parts_sum, verdict, code, **values)]
    exhaustive = bd.explicit_full or verdict == "consistent"
    if full_shares and (exhaustive or shares_sum > 100 + tol) and not shares_close:
        out.append(_claim(text, [s for s in shares], "shares_sum", shares_sum / 100, 1.0,
                          "inconsistent", "shares_sum_wrong", sum=_pct(shares_sum, 0),
                          diff=_fmt(round(abs(shares_sum - 100), 2))))
    return out


def _shares_tolerance(shares: list[Figure]) -> float:
    """How far rounded (or truncated) shares may sum from 100."""
    return sum(10 ** -s.num.decimals for s in shares) + 1e-9


# ---------------------------------------------------------------- shares


def _check_share(text: str, s: Share) -> Claim:
    stated = s.share.num
    figs = [s.part, s.share] + ([s.base] if s.base is not None else [])
    if s.base is None or s.base.num.value <= 0:
        if base_reproducing(s.part.num.value, stated) is None and stated.exact:
            return _claim(text, figs, "share", _share_stated(s.share), None, "inconsistent",
                          "share_impossible", part=_count(s.part), stated=_pct(stated.value,
                                                                                stated.decimals))
        return _claim(text, figs, "share", _share_stated(s.share), None, "unverifiable",
                      "share_no_base")
    computed = s.part.num.value / s.base.num.value * 100
    verdict = judge_percent(stated, computed)
    values = dict(part=_count(s.part), base=_count(s.base), computed=_pct(computed, stated.decimals + 1),
                  stated=_pct(stated.value, stated.decimals),
                  rounded=_pct(round_half_up(computed, stated.decimals), stated.decimals))
    expected = round(computed / 100, stated.decimals + 3)
    if verdict == "ok":
        return _claim(text, figs, "share", _share_stated(s.share), expected, "consistent",
                      "share_ok", **values)
    if verdict == "truncated":
        return _claim(text, figs, "share", _share_stated(s.share), expected, "note",
                      "share_truncated", **values)
    values["extra"] = _share_extra(s, stated)
    return _claim(text, figs, "share", _share_stated(s.share), expected, "inconsistent",
                  "share_wrong", **values)


def _share_extra(s: Share, stated: Number) -> str:
    """Say which other figure of the draft the share was computed on, when one fits."""
    part = s.part.num.value
    if s.breakdown is not None:
        parts_sum = sum(p.figure.num.value * p.multiplier for p in s.breakdown.parts)
        if parts_sum != s.breakdown.total.num.value and parts_sum > 0:
            computed = part / parts_sum * 100
            extra = messages.EXTRA_PARTS_BASE.format(
                base=_fmt(parts_sum), computed=_pct(computed, stated.decimals + 1))
            if judge_percent(stated, computed) != "wrong":
                return extra
            return extra
    for alt in reversed(s.alternatives):
        if alt.num.value >= part and alt.num.value > 0:
            computed = part / alt.num.value * 100
            if judge_percent(stated, computed) == "ok":
                return messages.EXTRA_ALT_BASE.format(
                    name=alt.label or "", base=_count(alt), computed=_pct(computed, stated.decimals + 1))
    return ""


# ---------------------------------------------------------------- rates


def _check_rate(text: str, r: Rate) -> Claim:
    stated = r.rate.num
    stated_frac = _share_stated(r.rate)
    shown = _pct(stated.value, stated.decimals)
    if r.numerator is not None and r.denominator is not None and r.denominator.num.value > 0:
        computed = r.numerator.num.value / r.denominator.num.value * 100
        verdict = judge_percent(stated, computed)
        figs = [r.denominator, r.numerator, r.rate]
        values = dict(num=_count(r.numerator), den=_count(r.denominator),
                      computed=_pct(computed, stated.decimals + 2), stated=shown,
                      rounded=_pct(round_half_up(computed, stated.decimals), stated.decimals))
        expected = round(computed / 100, stated.decimals + 3)
        code = {"ok": "rate_ok", "truncated": "rate_truncated", "wrong": "rate_wrong"}[verdict]
        v = {"ok": "consistent", "truncated": "note", "wrong": "inconsistent"}[verdict]
        return _claim(text, figs, "rate", stated_frac, expected, v, code, **values)
    if r.numerator is not None:
        figs = [r.numerator, r.rate]
        base = base_reproducing(r.numerator.num.value, stated)
        if base is None and stated.exact:
            return _claim(text, figs, "rate", stated_frac, None, "inconsistent",
                          "rate_impossible", num=_count(r.numerator), stated=shown)
        return _claim(text, figs, "rate", stated_frac, None, "unverifiable", "rate_no_base",
                      num=_count(r.numerator), base=_fmt(base or 0))
    if r.all_done and stated.value == 100:
        return _claim(text, [r.rate], "rate", stated_frac, 1.0, "consistent", "rate_all",
                      stated=shown)
    return _claim(text, [r.rate], "rate", stated_frac, None, "unverifiable", "rate_no_terms")


# ---------------------------------------------------------------- growth


def _check_growth(text: str, g: Growth) -> Claim:
    stated = g.change.num
    pct = stated.percent
    stated_value = _share_stated(g.change) if pct else stated.value
    if g.old is None or g.new is None or g.old.num.value <= 0:
        return _claim(text, [g.change], "growth", stated_value, None, "unverifiable",
                      "growth_no_base")
    old, new = g.old.num.value, g.new.num.value
    figs = [g.old, g.new, g.change]
    said = "下降" if g.down else "增长"
    if (new < old) != g.down and new != old:
        return _claim(text, figs, "growth", stated_value, (new - old) / old if pct else new - old,
                      "inconsistent", "growth_direction", old=_count(g.old), new=_count(g.new),
                      actual="减少" if new < old else "增加", said=said)
    change = abs(new - old)
    values = dict(old=_count(g.old), new=_count(g.new),
                  stated=_pct(stated.value, stated.decimals) if pct else _count(g.change))
    if not pct:
        values["computed"] = _fmt(change) + stated.unit
        verdict = "consistent" if stated.contains(change) else "inconsistent"
        code = "growth_ok" if verdict == "consistent" else "growth_wrong"
        return _claim(text, figs, "growth", stated_value, change, verdict, code, **values)
    computed = change / old * 100
    values["computed"] = _pct(computed, stated.decimals + 1)
    expected = round(computed / 100, stated.decimals + 3)
    verdict = judge_percent(stated, computed)
    if verdict == "ok":
        return _claim(text, figs, "growth", stated_value, expected, "consistent", "growth_ok", **values)
    if verdict == "truncated":
        return _claim(text, figs, "growth", stated_value, expected, "note", "growth_truncated",
                      **values)
    wrong_base = new > 0 and judge_percent(stated, change / new * 100) == "ok"
    code = "growth_wrong_base" if wrong_base else "growth_wrong"
    return _claim(text, figs, "growth", stated_value, expected, "inconsistent", code, **values)


# ---------------------------------------------------------------- the draft's own tables


def _check_table(text: str, t: TableMatch) -> Claim:
    f, row = t.figure, t.row
    ok = f.num.contains(row.value)
    return _claim(text, [f], "table", f.num.value, row.value,
                  "consistent" if ok else "inconsistent", "table_ok" if ok else "table_wrong",
                  label=row.label, value=_fmt(row.value), stated=_count(f))


# ---------------------------------------------------------------- ledgers


@lru_cache(maxsize=1)
def vocabulary() -> tuple[dict, ...]:
    """The label → indicator vocabulary of labels.yaml."""
    entries = yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))
    for e in entries:
        e.setdefault("context", [])
        e.setdefault("exclude", [])
    return tuple(entries)


def match_indicator(f: Figure) -> str | None:
    """The indicator key a figure states, or None when its label names none."""
    best, best_score = None, (0, -math.inf)
    want = "rate" if f.num.percent else ("money" if f.num.unit == "元" else "count")
    for e in vocabulary():
        if e["type"] != want:
            continue
        hit = max((len(w) for w in e["labels"] if w in f.label), default=0)
        if not hit or any(w in f.label for w in e["exclude"]):
            continue
        distance = 0
        if e["context"]:
            positions = [f.context.rfind(w) for w in e["context"]]
            if max(positions) < 0:
                continue
            distance = len(f.context) - max(positions)
        score = (hit, -distance)
        if score > best_score:
            best, best_score = e["key"], score
    return best


def _check_ledger(text: str, ex: Extraction, indicators: dict) -> list[Claim]:
    out = []
    for f in ex.figures:
        key = match_indicator(f)
        if key is None:
            continue
        name = f.label or key
        stated = _share_stated(f) if f.num.percent else f.num.value
        if indicators.get(key) is None:
            out.append(_claim(text, [f], "ledger", stated, None, "unverifiable", "ledger_missing",
                              name=name, key=key))
            continue
        value = float(indicators[key])
        if f.num.percent:
            verdict = judge_percent(f.num, value * 100)
            shown = _pct(value * 100, f.num.decimals + 2)
        else:
            verdict = "ok" if f.num.contains(value) else "wrong"
            shown = _fmt(value) + f.num.unit
        code = {"ok": "ledger_ok", "truncated": "ledger_truncated", "wrong": "ledger_wrong"}[verdict]
        v = {"ok": "consistent", "truncated": "note", "wrong": "inconsistent"}[verdict]
        out.append(_claim(text, [f], "ledger", stated, value, v, code, name=name, key=key, value=shown,
                          stated=text[f.num.start:f.num.end]))
    return out
