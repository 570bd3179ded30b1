"""The year's figures (指标), evaluated from the figures declared in the ledger specs."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from fzlib import paths
from fzlib.spec import FigureSpec, LedgerSpec, load_specs

RATIO_DIGITS = 4  # rates as fractions 0–1, to four places (96.33%)


def load_tables(processed: Path) -> dict[str, pd.DataFrame]:
    """The cleaned tables of a year, by kind. Raises FileNotFoundError when `clean` has not run."""
    if not (processed / paths.MANIFEST).exists():
        raise FileNotFoundError(processed / paths.MANIFEST)
    return {p.stem: pd.read_parquet(p) for p in sorted(processed.glob("*.parquet")) if p.stem != "issues"}


def select(table: pd.DataFrame, where: dict) -> pd.DataFrame:
    """The rows whose fields hold the wanted value (or one of a list of values)."""
    mask = pd.Series(True, index=table.index)
    for name, wanted in where.items():
        wanted = wanted if isinstance(wanted, list) else [wanted]
        mask &= table[name].isin(wanted).fillna(False).astype(bool)
    return table[mask]


def evaluate(figure: FigureSpec, table: pd.DataFrame):
    """One count/sum figure over a kind's table."""
    rows = select(table, figure.where)
    if figure.op == "count":
        return int(len(rows))
    if figure.op == "count_distinct":
        return int(rows[figure.arg].nunique(dropna=True))
    values = rows[figure.arg]
    if figure.fill is not None:
        values = values.fillna(figure.fill)
    total = values.sum()
    return int(total) if float(total).is_integer() else round(float(total), 2)


def compute(tables: dict[str, pd.DataFrame], specs: dict[str, LedgerSpec] | None = None,
            include_hidden: bool = False) -> dict[str, float | int]:
    """All figures whose ledger is present. A figure of an absent ledger is left out, not 0."""
    specs = specs or load_specs()
    values: dict[str, float | int] = {}
    ratios: list[FigureSpec] = []
    for kind, spec in specs.items():
        if kind not in tables:
            continue
        for figure in spec.figures:
            if figure.op == "ratio":
                ratios.append(figure)
            else:
                values[figure.name] = evaluate(figure, tables[kind])
    for figure in ratios:
        num, den = (values.get(n) for n in figure.arg)
        if num is not None and den:
            values[figure.name] = round(num / den, RATIO_DIGITS)
    hidden = {g.name for s in specs.values() for g in s.figures if not g.publish}
    return values if include_hidden else {k: v for k, v in values.items() if k not in hidden}


def rates(specs: dict[str, LedgerSpec] | None = None) -> set[str]:
    """The figures that are rates (fractions 0–1, shown as percentages): the declared ratios."""
    specs = specs or load_specs()
    return {g.name for s in specs.values() for g in s.figures if g.op == "ratio"}


def titles(specs: dict[str, LedgerSpec] | None = None) -> dict[str, str]:
    """Figure name → Chinese title."""
    specs = specs or load_specs()
    return {g.name: g.title for s in specs.values() for g in s.figures}


def load_indicators(year: int, processed: Path | None = None) -> dict[str, float | int]:
    """The year's figures from its processed folder."""
    return compute(load_tables(paths.processed_dir(year, processed)))
