"""Telling which ledger kind a table is, and which of its columns holds which field."""

from __future__ import annotations

from collections import Counter
from functools import cache

from fzlib.ingest.locate import Column, Table, norm_header
from fzlib.spec import LedgerSpec

MIN_FIELDS_MATCHED = 2


@cache
def _header_index(spec: LedgerSpec) -> dict[str, str]:
    """Normalised header text → field name, for one spec."""
    index = {}
    for f in spec.fields:
        for h in f.headers:
            index.setdefault(norm_header(h), f.name)
    return index


def known_headers(specs: dict[str, LedgerSpec]) -> set[str]:
    """Every header text any spec knows, for finding header rows before the kind is known."""
    return {h for s in specs.values() for h in _header_index(s)} | {"序号"}


def match_columns(columns: list[Column], spec: LedgerSpec) -> dict[str, Column]:
    """Field name → the column that holds it; the first column wins when two name the same field."""
    index = _header_index(spec)
    matched: dict[str, Column] = {}
    for col in columns:
        for cand in col.candidates:
            name = index.get(cand)
            if name is not None:
                if name not in matched:
                    matched[name] = col
                break
    # A date split over 年/月/日 with no title of its own is the kind's date.
    untitled_date = next((c for c in columns if c.parts and not c.candidates), None)
    if untitled_date is not None and spec.date and spec.date not in matched:
        matched[spec.date] = untitled_date
    return matched


def _unique_headers(specs: dict[str, LedgerSpec]) -> dict[str, set[str]]:
    counts = Counter(h for s in specs.values() for h in set(_header_index(s)))
    return {k: {h for h in _header_index(s) if counts[h] == 1} for k, s in specs.items()}


def score(table: Table, spec: LedgerSpec, unique: set[str], context: str) -> float:
    """How well a table fits a kind: fields matched, headers only this kind uses, title hints."""
    matched = match_columns(table.columns, spec)
    distinct = sum(1 for col in matched.values() if any(c in unique for c in col.candidates))
    hints = sum(1 for h in spec.hints if h in context)
    return len(matched) + 2 * distinct + 1.5 * hints


def _complete(table: Table, spec: LedgerSpec) -> bool:
    """Every required field has a column: the table could be used as this kind."""
    matched = match_columns(table.columns, spec)
    return all(f.name in matched for f in spec.fields if f.required)


def title_kind(title: str, specs: dict[str, LedgerSpec]) -> str | None:
    """The kind the title rows alone point at (most hint words), or None when none or a tie."""
    hits = sorted(((sum(1 for h in s.hints if h in title), k) for k, s in specs.items()), reverse=True)
    if not hits or hits[0][0] == 0 or (len(hits) > 1 and hits[0][0] == hits[1][0]):
        return None
    return hits[0][1]


def recognise(table: Table, specs: dict[str, LedgerSpec], context: str) -> tuple[str | None, str]:
    """The kind of a table and a short explanation; None when no kind fits clearly.

    `context` is the text around the table (file name, sheet name, title rows). Headers decide;
    a kind whose required columns are all present beats one that would fail; title words break
    ties. When the headers overrule the title, the explanation says so (the kind is still given)."""
    unique = _unique_headers(specs)
    scores = sorted(
        (
            (_complete(table, s), score(table, s, unique[k], context), k)
            for k, s in specs.items()
            if len(match_columns(table.columns, s)) >= MIN_FIELDS_MATCHED
        ),
        reverse=True,
    )
    if not scores:
        seen = "、".join(c.display for c in table.columns[:8])
        return None, f"表头为：{seen}"
    if len(scores) > 1 and scores[0][:2] == scores[1][:2]:
        a, b = specs[scores[0][2]].title, specs[scores[1][2]].title
        return None, f"既像“{a}”又像“{b}”"
    kind = scores[0][2]
    titled = title_kind(table.title_text, specs)
    if titled is not None and titled != kind:
        return kind, f"标题像“{specs[titled].title}”，表头却是“{specs[kind].title}”的"
    return kind, ""
