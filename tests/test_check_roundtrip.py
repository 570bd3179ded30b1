"""Round trip: every draft fzlib writes (.txt and .docx; both sample years; a year whose ledgers hold
no records; a year with no ledgers) checked against that year's own figures gives 0 不一致."""

from __future__ import annotations

import dataclasses

import pytest

from fzlib import report
from fzlib.check import check_text, read_draft
from fzlib.exports import docx_bytes, draft_text


def _inconsistent(text: str, figures: dict) -> list[str]:
    return [f"{c.text} | {c.message}" for c in check_text(text, figures) if c.verdict == "inconsistent"]


def _year(processed_years, year: int, variant: str):
    d = report.load(year, processed_years / str(year))
    if variant == "no-records":
        empty = {kind: t.iloc[0:0] for kind, t in d.tables.items()}
        return dataclasses.replace(d, tables=empty, figures=report.compute(empty), previous=None)
    if variant == "no-ledgers":
        return dataclasses.replace(d, tables={}, figures={}, previous=None)
    if variant == "zero-where-possible":
        # every ledger without records, except those fzlib.narrative cannot yet write as zero
        keep: set[str] = set()
        for _ in d.tables:
            tables = {k: (t if k in keep else t.iloc[0:0]) for k, t in d.tables.items()}
            e = dataclasses.replace(d, tables=tables, figures=report.compute(tables), previous=None)
            try:
                draft_text(e)
                return e
            except KeyError as err:
                keep.add(str(err).strip("'").split(".")[0])
    return d


@pytest.mark.parametrize("variant", ["as-sampled", "no-records", "zero-where-possible", "no-ledgers"])
@pytest.mark.parametrize("year", [2023, 2024])
def test_every_draft_fzlib_writes_checks_clean_against_its_own_figures(processed_years, tmp_path,
                                                                       year, variant):
    d = _year(processed_years, year, variant)
    try:
        txt = draft_text(d)
        data = docx_bytes(d)
    except KeyError as err:  # fzlib.narrative, not check: reported to the lead (issue 15 notes)
        pytest.xfail(f"fzlib.narrative cannot write a draft when a ledger holds no records: {err}")
    path = tmp_path / f"{year}-{variant}.docx"
    path.write_bytes(data)
    assert _inconsistent(txt, d.figures) == []
    assert _inconsistent(read_draft(path), d.figures) == []


def test_the_round_trip_tests_real_claims(processed_years):
    d = _year(processed_years, 2024, "as-sampled")
    claims = check_text(draft_text(d), d.figures)
    assert sum(c.kind == "ledger" for c in claims) >= 20
    assert {"rate", "share", "total", "growth"} <= {c.kind for c in claims}
