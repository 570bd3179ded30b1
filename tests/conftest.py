"""Shared fixtures (the sample years cleaned once per session, the 2024 report rendered once) and the slow marker.

A test is `slow` when it renders a report, runs a notebook kernel or drives the browser, when it
works at full size: a whole town's ledgers (a sample year, a development town, a county) or an input
built to reach a limit (thousands of rows, 50 MB, a zip bomb), or when it runs the command line again
and again as an office following its messages would (each run a Python of its own). It says so with
the marker, or it uses one of the fixtures in SLOW_FIXTURES and is marked here. `make test-fast` runs the rest: the
specifications of each layer on small inputs.
"""

from __future__ import annotations

import sys

import pytest

# As in fzlib.report.html: jsonschema (through nbformat) would spend 2.5 s building a grammar for a
# format no notebook schema uses; the tests import nbformat before fzlib does.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

from fzlib import paths


@pytest.fixture(scope="session")
def processed_years(tmp_path_factory):
    """2023 and 2024 cleaned side by side, so 2024 finds 2023 as its previous year."""
    # Imported here, not at the top: the xdist controller loads this file and runs no test, and the
    # engine's import (pandas and the cleaners) costs it about a second of CPU before any worker starts.
    from fzlib.ingest.write import clean_year

    base = tmp_path_factory.mktemp("processed")
    for year in (2023, 2024):
        clean_year(year, paths.raw_dir(year), base / str(year))
    return base


@pytest.fixture(scope="session")
def rendered_2024(processed_years, tmp_path_factory):
    """The 2024 report and the files beside it, built once (the only papermill render of the session)."""
    from fzlib.report.command import build_report

    out = tmp_path_factory.mktemp("reports")
    assert build_report(2024, processed=processed_years / "2024", out=out) == 0
    return paths.report_file(2024, out)


# Fixtures that render a report or work whole towns (or stand on one that does); every test using
# them is slow.
SLOW_FIXTURES = {
    *("rendered_2024", "rendered", "seen", "seen_2024", "synthetic"),  # a report, a kernel, the browser
    *("processed_years", "sample", "beside_the_sample", "unseen", "broken"),  # the sample years cleaned
    *("county", "troubled"),  # counties of whole towns
}


def pytest_collection_modifyitems(items):
    for item in items:
        if SLOW_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
