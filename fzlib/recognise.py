"""Telling which ledger kind a table is, and which of its columns holds which field."""

from __future__ import annotations

from collections import Counter
from functools import cache

from fzlib.locate import Column, Table, norm_header
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


def recognise(table: Table, specs: dict[str, LedgerSpec], context: str) -> tuple[str | None, str]:
    """The kind of a table and a short explanation; None when no kind fits clearly.

    `context` is the text around the table (file name, sheet name, title rows)."""
    unique = _unique_headers(specs)
    scores = sorted(
        ((score(table, s, unique[k], context), k) for k, s in specs.items()
         if len(match_columns(table.columns, s)) >= MIN_FIELDS_MATCHED),
        reverse=True,
    )
    if not scores:
        seen = "、".join(c.display for c in table.columns[:8])
        return None, f"表头为：{seen}"
    if len(scores) > 1 and scores[0][0] == scores[1][0]:
        a, b = specs[scores[0][1]].title, specs[scores[1][1]].title
        return None, f"既像“{a}”又像“{b}”"
    return scores[0][1], ""
