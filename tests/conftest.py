"""Shared fixtures (the sample years cleaned once per session, the 2024 report rendered once) and the slow marker.

A test is `slow` when it renders a report, runs a notebook kernel or drives the browser, when it
works at full size: a whole town's ledgers (a sample year, a development town, a county) or an input
built to reach a limit (thousands of rows, 50 MB, a zip bomb), or when it runs the command line again
and again as an office following its messages would (each run a Python of its own). It says so with
the marker, or it uses one of the fixtures in SLOW_FIXTURES and is marked here. `make test-fast` runs the rest: the
specifications of each layer on small inputs. What small means is measured, not guessed: under `FZLIB_FAST` a test
not marked slow fails when its body takes more than FAST_CPU_SECONDS of CPU (its process and the children it waits
for; CPU, not wall time, so that a loaded machine does not move it): mark it slow or make its input smaller.
"""

from __future__ import annotations

import os
import resource
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


# The fast tier's largest test took 1.9 CPU-s at load 5 (the quirk of a 300 MB video among the ledgers, the raw folder
# hashed before and after; 2026-12-06), its 20 largest 0.6-1.9: a limit well above them, so that only a test of
# another order of size fails it, however loaded the machine.
FAST_CPU_SECONDS = 4.0


def _cpu_seconds() -> float:
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """A test of the fast tier that takes the time of a slow one fails (the module's docstring)."""
    if os.environ.get("FZLIB_FAST") != "1" or item.get_closest_marker("slow"):
        return (yield)
    started = _cpu_seconds()
    result = yield
    spent = _cpu_seconds() - started
    if spent > FAST_CPU_SECONDS:
        pytest.fail(
            f"{spent:.1f} CPU-s: over the fast tier's {FAST_CPU_SECONDS} s; mark it slow or make its input smaller"
        )
    return result


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`--dist loadgroup` (make test-fast) with its units and their order, at a constant cost per test.

    xdist's scheduler counts a worker's pending tests over every unit it was ever given and finds each
    test's place in the collection by a search, each time a test completes, and sends each unit in a
    message of its own: with a unit per test (a test of no group is its own unit) that is about 1.5 CPU-s
    of the controller's and the workers' for 4,000 tests. Here the units still open and each test's place
    are kept as they change, and small units go out a few at a time (fewer as the queue runs out, so the
    workers still end together)."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class BatchedLoadGroupScheduling(LoadGroupScheduling):
        def __init__(self, config, log=None):
            super().__init__(config, log)
            self.open_units: dict[str, int] = {}  # a unit given to a worker → its tests not yet done
            self.places: dict = {}  # worker → test id → its index in that worker's collection

        def _pending_of(self, workload):
            return sum(self.open_units[unit] for unit in workload.keys() & self.open_units.keys())

        def _take(self, node) -> list[int]:
            """The next unit, given to `node`: the indexes of its tests not yet done."""
            unit, tests = self.workqueue.popitem(last=False)
            self.assigned_work.setdefault(node, {})[unit] = tests
            if node not in self.places:
                self.places[node] = {test: i for i, test in enumerate(self.registered_collections[node])}
            todo = [self.places[node][test] for test, done in tests.items() if not done]
            self.open_units[unit] = len(todo)
            return todo

        def _assign_work_unit(self, node):
            node.send_runtest_some(self._take(node))

        def _reschedule(self, node):
            # As xdist's: more work once two or fewer tests are left.
            if node.shutting_down:
                return
            if not self.workqueue:
                node.shutdown()
                return
            if self._pending_of(self.assigned_work[node]) > 2:
                return
            batch = min(16, len(self.workqueue) // (4 * self.numnodes))
            todo = self._take(node)
            while self.workqueue and len(todo) < batch:
                todo += self._take(node)
            node.send_runtest_some(todo)

        def mark_test_complete(self, node, item_index, duration=0):
            test = self.registered_collections[node][item_index]
            unit = self._split_scope(test)
            self.assigned_work[node][unit][test] = True
            self.open_units[unit] -= 1
            if not self.open_units[unit]:
                del self.open_units[unit]
            self._reschedule(node)

    return BatchedLoadGroupScheduling(config, log)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if SLOW_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    _name_groups(config, items)


def _name_groups(config, items) -> None:
    """Each test of an `xdist_group` carries its group in its id on an xdist worker under `--dist loadgroup`, as
    xdist means it to: the controller sees only ids. xdist 3.8 writes the id where pytest 9 no longer reads it
    (`item._nodeid`; pytest 9 keeps `item._id`), so each test went alone and the groups' module fixtures (the
    county's, the check corpus's scores, the architecture tests' parsed package) were built on both workers."""
    if not config.getoption("loadgroup", False):
        return
    from _pytest.nodeid import coerce_node_id

    for item in items:
        groups = {
            str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")
        }
        suffix = "@" + "_".join(sorted(groups))
        if groups and not item.nodeid.endswith(suffix) and hasattr(item, "_id"):
            item._id = coerce_node_id(item.nodeid + suffix)
