"""The generator of the illustrative sample ledgers of 旺草镇 and their ground truth (fictitious data).

`generate(year, out_dir)` writes one or more messy ledger files for every ledger kind, byte-identical
on every run; `ground_truth(year)` gives the figures and the clean records the files were built from,
computed from the generator's own intended records, never by reading the files back.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from fzlib import paths
from fzlib.sample import disputes, documents, enforcement, safety, services
from fzlib.sample.targets import FIGURES, Ledger
from fzlib.sample.writers import write

YEARS = tuple(sorted(FIGURES))
# Each builder returns the Ledger(s) of its kind(s); disputes and mediation are built together.
_BUILDERS = (enforcement.build, documents.build, disputes.build, safety.build, services.build)


def ledgers(year: int) -> list[Ledger]:
    """Every kind's intended records and files for a sample year."""
    if year not in FIGURES:
        raise ValueError(f"no sample data for {year}; sample years: {', '.join(map(str, YEARS))}")
    out: list[Ledger] = []
    for build in _BUILDERS:
        built = build(year)
        out += built if isinstance(built, list) else [built]
    return out


def generate(year: int, out_dir: Path | None = None) -> list[Path]:
    """Write the year's sample ledgers into out_dir (default data/raw/<year>/); returns the paths."""
    folder = Path(out_dir) if out_dir is not None else paths.raw_dir(year)
    written = []
    for ledger in ledgers(year):
        for book in ledger.books:
            written.append(write(book, folder, year))
    return written


def ground_truth(year: int) -> dict:
    """{"indicators": {flat key: value}, "tables": {kind: clean records}} of the sample year."""
    from fzlib.sample.truth import indicators

    tables: dict[str, pd.DataFrame] = {ledger.kind: ledger.records for ledger in ledgers(year)}
    return {"indicators": indicators(tables), "tables": tables}
