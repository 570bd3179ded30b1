"""The report's Chinese sentences: declared templates (sentences.yaml) rendered with the year's exact figures.

The templates name figures, breakdowns and relations only by their declared names; the helpers
below turn them into the words of the official report (fzlib.fmt's rounding rule for every
percentage). The HTML report and the draft text (.docx/.txt) both call `paragraphs`, so they
always say the same. A paragraph that needs an unavailable figure says so ("…无法统计：<why>。"),
never prints 0 or a guess, and never stops the report.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import jinja2
import yaml

from fzlib import fmt, paths
from fzlib.indicators import breakdowns, targets
from fzlib.indicators.figures import rates
from fzlib.spec import load_yaml

SENTENCES_FILE = paths.REPORT_PACKAGE / "sentences.yaml"
PARAGRAPH_KEYS = {"needs", "text", "parts", "before", "join", "after", "none", "remark"}
_UNIT = re.compile(r"（[^（）]*）$")


class Unavailable(Exception):
    """A template asked for a figure the ledgers cannot support; the paragraph says why instead."""

    def __init__(self, title: str, reason: str):
        super().__init__(title)
        self.title, self.reason = title, reason


class SentencesError(ValueError):
    """A sentences file is malformed; the message is Chinese and names the file and the entry."""


# --- the words ----------------------------------------------------------------------------------


def shares_text(parts: list[tuple[str, int]], unit: str = "件") -> str:
    """'A269件，占38.3%；B172件，占24.5%' — shares by the largest-remainder rule, adding to 100%.

    >>> shares_text([("行政许可", 269), ("行政确认", 172), ("行政检查", 261)])
    '行政许可269件，占38.3%；行政确认172件，占24.5%；行政检查261件，占37.2%'
    """
    parts = [(name, n) for name, n in parts if n]
    shares = fmt.shares([n for _, n in parts])
    return "；".join(f"{name}{fmt.count(n)}{unit}，占{s:.1f}%" for (name, n), s in zip(parts, shares))


def overlapping_text(parts: list[tuple[str, int]], items: int, label: str, unit: str = "件") -> str:
    """Each part's share of the `items`, where one item may count in several parts: the shares add up to more than
    100%, which the text says instead of implying a whole.

    >>> overlapping_text([("政府网站", 8), ("政务公开栏", 5)], 10, "公开渠道", "条")
    '政府网站8条，占全部10条的80.0%；政务公开栏5条，占50.0%（一条可同时有几项公开渠道，各项分别计入）'
    """
    parts = [(name, n) for name, n in parts if n]
    if not parts or not items:
        return listing_text(parts, unit)
    said = [
        f"{name}{fmt.count(n)}{unit}，占"
        + (f"全部{fmt.count(items)}{unit}的" if i == 0 else "")
        + f"{100 * n / items:.1f}%"
        for i, (name, n) in enumerate(parts)
    ]
    return "；".join(said) + f"（一条可同时有几项{label}，各项分别计入）"


def listing_text(parts: list[tuple[str, int]], unit: str = "件") -> str:
    """'A3件、B2件' (zero parts left out).

    >>> listing_text([("口头协议", 402), ("书面协议", 149), ("其他", 0)])
    '口头协议402件、书面协议149件'
    """
    return "、".join(f"{name}{fmt.count(n)}{unit}" for name, n in parts if n)


def top_text(parts: list[tuple[str, int]], k: int = 3, unit: str = "件") -> str:
    """'邻里160件（28.0%）、山林土地125件（21.9%）' — the k largest categories with their shares."""
    shares = fmt.shares([v for _, v in parts])
    return "、".join(f"{name}{fmt.count(v)}{unit}（{s:.1f}%）" for (name, v), s in list(zip(parts, shares))[:k])


class Words:
    """The helpers a template calls, bound to one year's data `d` (fzlib.report.data.YearData)."""

    def __init__(self, d):
        self.d = d
        self._relations = None
        self._rates = rates(d.specs)

    def _figure(self, name: str):
        figure = self.d.evidence[name]
        if figure.value is None:
            raise Unavailable(_UNIT.sub("", figure.title), figure.reason)
        return figure.value

    def value(self, name: str):
        return self._figure(name)

    def known(self, name: str) -> bool:
        """Whether a figure has a value: a template states the figures it has beside those it lacks."""
        return self.d.evidence[name].value is not None

    def why(self, *names: str) -> str:
        """'A、B无法统计：<why>。' for each reason of the unavailable figures among `names` ('' when all have values):
        the reasons of figures a sentence leaves out, so that one lacking never hides the others."""
        reasons: dict[str, list[str]] = {}
        for name in names:
            figure = self.d.evidence[name]
            if figure.value is None:
                reasons.setdefault(figure.reason, []).append(_UNIT.sub("", figure.title))
        return "".join(f"{'、'.join(titles)}无法统计：{reason}。" for reason, titles in reasons.items())

    def n(self, name: str) -> str:
        return fmt.count(self._figure(name))

    def pct(self, name: str) -> str:
        return fmt.pct(self._figure(name))

    def money(self, name: str) -> str:
        return fmt.money(self._figure(name))

    def change(self, name: str) -> str:
        """The change against last year in words; '' without a comparable figure."""
        previous = (self.d.previous or {}).get(name)
        current = self.d.figures.get(name)
        if previous is None or current is None:
            return ""
        return fmt.versus(current, previous, rate=name in self._rates) or ""

    def vs(self, name: str) -> str:
        said = self.change(name)
        return f"，{said}" if said else ""

    def prev_n(self, name: str) -> str:
        return fmt.count(self.d.previous[name])

    def rate(self, name: str) -> str:
        """'96.3%' plus the target verdict and the change against last year."""
        value = self._figure(name)
        return fmt.pct(value) + targets.verdict(self.d.params, name, value) + self.vs(name)

    def parts(self, breakdown: str) -> list[tuple[str, int]]:
        """A breakdown's (category, count) pairs; none when its ledger's figures are all withheld (its counts would
        be of the records kept only, said as if of the year's)."""
        if self.d.withheld(breakdowns.declared(self.d.specs)[breakdown].kind):
            return []
        series = breakdowns.compute(self.d.tables, breakdown)
        return [] if series is None else [(str(k), int(v)) for k, v in series.items()]

    def part(self, breakdown: str, category: str) -> str:
        withheld = self.d.withheld(breakdowns.declared(self.d.specs)[breakdown].kind)
        if withheld:  # never 0 for a category whose records were not all read
            raise Unavailable(category, withheld)
        return fmt.count(dict(self.parts(breakdown)).get(category, 0))

    def shares(self, breakdown: str, unit: str = "件") -> str:
        b = breakdowns.declared(self.d.specs)[breakdown]
        items = breakdowns.compute_items(self.d.tables, breakdown) if b.several else None
        if items is not None and sum(n for _, n in self.parts(breakdown)) > items:
            # a record under each of its values: each share of the records, and said so
            return overlapping_text(self.parts(breakdown), items, b.label, unit)
        return shares_text(self.parts(breakdown), unit)

    def listing(self, breakdown: str, unit: str = "件") -> str:
        return listing_text(self.parts(breakdown), unit)

    def top(self, breakdown: str, k: int = 3, unit: str = "件") -> str:
        return top_text(self.parts(breakdown), k, unit)

    def rest(self, total: str, parts: list[str], label: str = "其他", unit: str = "件") -> str:
        """'、另有3件<label>' when the parts (figures) fall short of the total; '' when they add up,
        so that a sentence's parts and total always come from the same records."""
        left = self._figure(total) - sum(self._figure(p) for p in parts)
        return f"、另有{fmt.count(left)}{unit}{label}" if left > 0 else ""

    def relation(self, relation_id: str):
        if self._relations is None:
            self._relations = {o.id: o for o in self.d.outcomes}
        return self._relations[relation_id]

    def has(self, kind: str) -> bool:
        return self.d.has(kind)

    def context(self) -> dict:
        names = (
            "value",
            "known",
            "why",
            "n",
            "pct",
            "money",
            "change",
            "vs",
            "prev_n",
            "rate",
            "parts",
            "part",
            "shares",
            "listing",
            "top",
            "rest",
            "relation",
            "has",
        )
        p = self.d.params
        return {
            "year": self.d.year,
            "town": p.get("town"),
            "county": p.get("county"),
            **{name: getattr(self, name) for name in names},
        }


# --- the templates ------------------------------------------------------------------------------

_ENV = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=False, autoescape=False)


def _load(path: Path) -> dict:
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise SentencesError(f"句子模板文件 {path} 格式有误：{exc}") from None
    if not isinstance(data, dict):
        raise SentencesError(f"句子模板文件 {path} 应按章节列出段落（章节名: [段落, …]）。")
    return data


@cache
def templates(override: Path | None = None) -> dict[str, list]:
    """Section key → paragraph entries: the package's, each section replaced by the project's own."""
    merged = _load(SENTENCES_FILE)
    if override is not None and override.exists():
        merged.update(_load(override))
    for key, entries in merged.items():
        for i, entry in enumerate(entries or []):
            _compile(key, i, entry)
    return merged


def _compile(key: str, i: int, entry) -> None:
    """Reject a malformed entry when loading, naming it, rather than in the middle of a report."""
    where = f"句子模板“{key}”第{i + 1}段"
    if isinstance(entry, dict):
        unknown = set(entry) - PARAGRAPH_KEYS
        if unknown:
            raise SentencesError(
                f"{where}：未知的键 {'、'.join(sorted(unknown))}（可用：{'、'.join(sorted(PARAGRAPH_KEYS))}）"
            )
        texts = [entry.get(k) for k in ("text", "before", "join", "after", "none")] + list(entry.get("parts") or [])
    else:
        texts = [entry]
    for text in texts:
        if text is None:
            continue
        try:
            _template(str(text))
        except jinja2.TemplateSyntaxError as exc:
            raise SentencesError(f"{where}：模板语法错误（{exc.message}）") from None


@cache
def _template(text: str) -> jinja2.Template:
    return _ENV.from_string(text)


def _render(text: str | None, context: dict) -> str:
    return _template(text).render(context).strip() if text else ""


def _unavailable(exc: Unavailable) -> str:
    return f"{exc.title}无法统计：{exc.reason}。"


def _paragraph(d, entry, context: dict) -> str:
    if isinstance(entry, str):
        entry = {"text": entry}
    if entry.get("needs") and not d.provided(entry["needs"]):
        return ""  # the section's note already says this ledger was not provided
    if "parts" not in entry:
        try:
            return _render(entry.get("text"), context)
        except Unavailable as exc:
            return _unavailable(exc)
    said = []
    for part in entry["parts"]:
        try:
            text = _render(part, context)
        except Unavailable:
            continue  # a part that cannot be stated is left out; its own section says why
        if text:
            said.append(text)
    if not said:
        return _render(entry.get("none"), context)
    return (
        _render(entry.get("before"), context) + entry.get("join", "").join(said) + _render(entry.get("after"), context)
    )


def paragraphs_marked(d, key: str | None) -> list[tuple[str, bool]]:
    """(paragraph, is a checking remark) of one key of the sentences, for a year; [] when it has none.
    A remark (`remark: true`) is for the page's readers, never the Word document's body."""
    entries = templates(paths.PROJECT_REPORT / "sentences.yaml").get(key) if key else None
    if not entries:
        return []
    context = Words(d).context()
    out = []
    for entry in entries:
        text = _paragraph(d, entry, context)
        if text:
            out.append((text, bool(isinstance(entry, dict) and entry.get("remark"))))
    return out


def paragraphs(d, key: str | None) -> list[str]:
    """The paragraphs of one key of the sentences for a year, remarks included."""
    return [text for text, _ in paragraphs_marked(d, key)]
