"""The generator of illustrative sample ledgers (fictitious data): 旺草镇's sample years and fictitious towns, with their ground truth.

`generate(year, out_dir)` writes one or more messy ledger files for every ledger kind, byte-identical
on every run; `ground_truth(year)` gives the figures and the clean records the files were built from,
computed from the generator's own intended records, never by reading the files back. Both take a
`town` (fzlib.sample.town.fictitious: a town of any name whose volumes and layouts follow a seed);
without one they build the shipped 旺草镇 sample of that year.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd

from fzlib import paths
from fzlib.sample import disputes, documents, enforcement, safety, services
from fzlib.sample.targets import FIGURES, Ledger, Town, sample_town
from fzlib.sample.writers import CREATOR as _CREATOR
from fzlib.sample.writers import write

YEARS = tuple(sorted(FIGURES))
# Each builder returns the Ledger(s) of its kind(s); disputes and mediation are built together.
_BUILDERS = (enforcement.build, documents.build, disputes.build, safety.build, services.build)


def ledgers(year: int, town: Town | None = None) -> list[Ledger]:
    """Every kind's intended records and files for a sample year (of 旺草镇, or of `town`)."""
    if town is None:
        if year not in FIGURES:
            raise ValueError(f"no sample data for {year}; sample years: {', '.join(map(str, YEARS))}")
        town = sample_town(year)
    out: list[Ledger] = []
    for build in _BUILDERS:
        built = build(town)
        out += built if isinstance(built, list) else [built]
    return out


def generate(year: int, out_dir: Path | None = None, town: Town | None = None) -> list[Path]:
    """Write the year's sample ledgers into out_dir (default data/raw/<year>/); returns the paths."""
    folder = Path(out_dir) if out_dir is not None else paths.raw_dir(year)
    written = []
    for ledger in ledgers(year, town):
        for book in ledger.books:
            written.append(write(book, folder, year))
    return written


def foreign_entries(year: int, out_dir: Path, town: Town | None = None) -> list[Path]:
    """What `generate` would write beside (or over) that is no sample of its own: a file or folder of
    another name, or a workbook of a sample's name that fzlib.sample did not write (a real ledger so
    named). Fictitious records among real ones would be cleaned and counted with them."""
    folder = Path(out_dir)
    if not folder.is_dir():
        return []
    names = {book.filename for ledger in ledgers(year, town) for book in ledger.books}
    return sorted(p for p in folder.iterdir() if p.name not in names or not _written_by_sample(p))


def _written_by_sample(path: Path) -> bool:
    """A workbook whose properties name fzlib.sample as its creator; a text file (CSV, HTML) of a
    sample's name is taken as the sample's (it carries no such mark)."""
    if path.is_dir() or path.is_symlink():
        return False
    try:
        with zipfile.ZipFile(path) as book:
            return _CREATOR.encode() in book.read("docProps/core.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        return not zipfile.is_zipfile(path) and path.suffix.lower() != ".xlsx"


def ground_truth(year: int, town: Town | None = None) -> dict:
    """{"indicators": {flat key: value}, "tables": {kind: clean records}} of the sample year."""
    from fzlib.sample.truth import indicators

    tables: dict[str, pd.DataFrame] = {ledger.kind: ledger.records for ledger in ledgers(year, town)}
    return {"indicators": indicators(tables), "tables": tables}
