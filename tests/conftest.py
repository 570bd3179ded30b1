"""Shared fixtures: the sample years cleaned once per test session, and the 2024 report rendered once."""

from __future__ import annotations

import pytest

from fzlib import paths
from fzlib.engine import clean_year


@pytest.fixture(scope="session")
def processed_years(tmp_path_factory):
    """2023 and 2024 cleaned side by side, so 2024 finds 2023 as its previous year."""
    base = tmp_path_factory.mktemp("processed")
    for year in (2023, 2024):
        clean_year(year, paths.raw_dir(year), base / str(year))
    return base


@pytest.fixture(scope="session")
def rendered_2024(processed_years, tmp_path_factory):
    """The 2024 report and the files beside it, built once (the only papermill render of the session)."""
    from fzlib.build import build_report, report_path

    out = tmp_path_factory.mktemp("reports")
    assert build_report(2024, processed=processed_years / "2024", out=out) == 0
    return report_path(2024, out)
