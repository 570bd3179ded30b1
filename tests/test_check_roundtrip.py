"""Round trip: every draft fzlib writes (.txt and .docx; both sample years; a year whose ledgers hold
no records; a year with no ledgers) checked against that year's own figures gives 0 不一致."""

from __future__ import annotations

import dataclasses

import pytest

from fzlib.check import check_text, read_draft
from fzlib.indicators.figures import compute
from fzlib.report import data as report
from fzlib.report.exports import docx_bytes, draft_text


def _inconsistent(text: str, figures: dict) -> list[str]:
    return [f"{c.text} | {c.message}" for c in check_text(text, figures) if c.verdict == "inconsistent"]


def _year(processed_years, year: int, variant: str):
    d = report.load(year, processed_years / str(year))
    if variant == "no-records":
        empty = {kind: t.iloc[0:0] for kind, t in d.tables.items()}
        return dataclasses.replace(d, tables=empty, evidence=compute(empty, d.specs), previous=None)
    if variant == "no-ledgers":
        return dataclasses.replace(d, tables={}, evidence=compute({}, d.specs), previous=None)
    return d


@pytest.mark.parametrize("variant", ["as-sampled", "no-records", "no-ledgers"])
@pytest.mark.parametrize("year", [2023, 2024])
def test_every_draft_fzlib_writes_checks_clean_against_its_own_figures(processed_years, tmp_path, year, variant):
    d = _year(processed_years, year, variant)
    txt, data = draft_text(d), docx_bytes(d)
    path = tmp_path / f"{year}-{variant}.docx"
    path.write_bytes(data)
    assert _inconsistent(txt, d.figures) == []
    assert _inconsistent(read_draft(path), d.figures) == []


def test_the_round_trip_tests_real_claims(processed_years):
    d = _year(processed_years, 2024, "as-sampled")
    claims = check_text(draft_text(d), d.figures)
    assert sum(c.kind == "ledger" for c in claims) >= 20
    assert {"rate", "share", "total", "growth"} <= {c.kind for c in claims}
