"""The project's shape, kept true by tests: layers as folders, no import circle, declared data not code, docs that name every module."""

from __future__ import annotations

import ast
import json
import re
import shutil
from functools import cache
from pathlib import Path

import pytest

from fzlib import paths
from fzlib.report import notebook
from fzlib.spec import load_specs

# Every module is parsed once per process (`parsed`, cached): on one xdist worker, once per run (make test-fast).
pytestmark = pytest.mark.xdist_group("architecture")
ROOT = paths.PACKAGE.parent
PACKAGE = paths.PACKAGE
LAYERS = ("ingest", "indicators", "report", "check", "sample")
# Python outside these may not name a ledger kind or a figure: kinds and figures are declared data.
MAY_NAME_KINDS = (PACKAGE / "sample", ROOT / "tests")


@cache
def modules() -> dict[str, Path]:
    """Every module of the package, by dotted name."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


@cache
def parsed(path: Path) -> ast.Module:
    """A source file's syntax tree, parsed once for all the tests here."""
    return ast.parse(path.read_text(encoding="utf-8"))


@cache
def imports_of(path: Path, name: str) -> set[str]:
    """Modules of fzlib a module imports, at any depth in it (inside functions too)."""
    tree = parsed(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    known = modules()
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            # `from pkg import module` imports that module; `from pkg import name` imports pkg itself.
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {m for m in found if m in known and m != name}


def test_under_make_test_fast_this_module_runs_on_one_worker_as_its_group(request):
    # xdist schedules by the tests' ids: a group's tests stay together only if each id names its group (conftest).
    if not request.config.getoption("loadgroup", False):
        pytest.skip("only an xdist worker under --dist loadgroup (make test-fast) schedules by group")
    assert request.node.nodeid.endswith("@architecture")


def test_the_layers_are_folders_and_few_modules_lie_loose():
    for layer in LAYERS:
        assert (PACKAGE / layer / "__init__.py").exists(), layer
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(loose) <= 12, loose


def test_every_module_says_what_it_owns_in_its_first_line():
    for name, path in modules().items():
        doc = ast.get_docstring(parsed(path))
        assert doc and doc.splitlines()[0].strip(), name


def test_there_is_no_import_circle_counting_imports_inside_functions():
    graph = {name: imports_of(path, name) for name, path in modules().items()}
    # A package's __init__ is executed by importing any of its modules: an edge from each module to
    # its parent package's __init__ would hide nothing, so only explicit imports count.
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                raise AssertionError("import circle: " + " → ".join(stack[stack.index(nxt) :] + [nxt]))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)


def test_shared_modules_import_no_layer_but_the_command_line_that_dispatches_to_them():
    upward = {}
    for name, path in modules().items():
        if name.count(".") == 1 and path.name not in ("__init__.py", "__main__.py", "cli.py"):
            layers = sorted(i for i in imports_of(path, name) if i.split(".")[1] in LAYERS)
            if layers:
                upward[name] = layers
    assert upward == {}


def test_the_cleaning_steps_specs_may_name_are_the_ones_ingest_implements():
    from fzlib.ingest.cleaners import CLEANERS
    from fzlib.spec import CLEANING_STEPS

    assert sorted(CLEANERS) == sorted(CLEANING_STEPS)


def _python_outside_the_exempt_folders() -> list[Path]:
    files = sorted(ROOT.glob("fzlib/**/*.py")) + sorted(ROOT.glob("benchmarks/**/*.py"))
    return [p for p in files if not any(p.is_relative_to(folder) for folder in MAY_NAME_KINDS)]


def test_no_kind_or_figure_name_is_a_string_literal_in_python():
    specs = load_specs()
    names = set(specs)
    names |= {n for s in specs.values() for n in (*(g.name for g in s.figures), *(b.name for b in s.breakdowns))}
    found = []
    for path in _python_outside_the_exempt_folders():
        for node in ast.walk(parsed(path)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words = set(re.findall(r"[a-z_]+(?:\.[a-z_]+)?", node.value))
                hit = (names & words) if node.value in names or "." in node.value else ({node.value} & names)
                found += [f"{path.relative_to(ROOT)}:{node.lineno}: {h}" for h in sorted(hit)]
    assert found == []


def test_architecture_doc_names_every_module():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [str(p.relative_to(ROOT)) for p in modules().values() if str(p.relative_to(ROOT)) not in doc]
    assert missing == []


def test_readme_commands_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-zA-Z_-]+):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))
    named = set(re.findall(r"`make ([a-z-]+)", readme)) | set(re.findall(r"^make ([a-z-]+)", readme, re.M))
    assert named and named <= targets, named - targets
    from fzlib.cli import COMMANDS

    said = set(re.findall(r"python -m fzlib ([a-z]+)", readme))
    assert said and said <= set(COMMANDS), said - set(COMMANDS)


def test_the_committed_report_notebook_is_what_the_outline_generates():
    committed = json.loads(paths.REPORT_NOTEBOOK.read_text(encoding="utf-8"))
    assert committed == json.loads(notebook.report_notebook())
    assert not any(c.get("outputs") for c in committed["cells"])


def test_a_spec_naming_a_cleaning_step_that_does_not_exist_is_refused_with_the_nearest(tmp_path):
    from fzlib.spec import SpecError

    for source in paths.SPECS.glob("*.yaml"):
        shutil.copy(source, tmp_path / source.name)
    spec = tmp_path / "litigation.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("steps: [date]", "steps: [dates]"), encoding="utf-8")
    with pytest.raises(SpecError, match=r"unknown cleaning step 'dates'.*'date'"):
        load_specs(tmp_path)


def test_a_spec_preferring_a_header_it_does_not_have_or_counting_by_an_unknown_field_is_refused(tmp_path):
    from fzlib.spec import SpecError

    for source in paths.SPECS.glob("*.yaml"):
        shutil.copy(source, tmp_path / source.name)
    mediation, training = tmp_path / "mediation.yaml", tmp_path / "training.yaml"
    text = mediation.read_text(encoding="utf-8")
    mediation.write_text(text.replace("prefer: [核定金额,", "prefer: [拨付金额合计, 核定金额,"), encoding="utf-8")
    with pytest.raises(
        SpecError, match=r"prefer names headers that are not the field's title or aliases: \['拨付金额合计'\]"
    ):
        load_specs(tmp_path)
    mediation.write_text(text, encoding="utf-8")
    text = training.read_text(encoding="utf-8")
    training.write_text(text.replace("one_per: [exam_due, examinee,", "one_per: [exam_due, examine,"), "utf-8")
    with pytest.raises(SpecError, match=r"one_per names no other field 'examine'"):
        load_specs(tmp_path)


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("counsel.yaml", "within: service}", "within: servic}", r"within names no other field 'servic'"),
        ("litigation.yaml", "answered_by: leader}", "answered_by: leadr}", r"answered_by names no other field 'leadr'"),
        ("security.yaml", "count: true, distinct: case_no,", "count: true, distinct: case,", r"unknown field 'case'"),
        ("security.yaml", "count: true, distinct: case_no,", "sum: detained, distinct: case_no,", r"exactly one|distinct"),
        ("normative_documents.yaml", "pending_when: {review: [不予出台,", "pending_when: {review: [不出台,",
         r"'不出台' is not a value of its vocabulary"),
        ("normative_documents.yaml", "told_by: [matter, normative]", "told_by: [matter, review]",
         r"told_by names 'review', which is no field of not_records"),
        ("mediation.yaml", "required_when: {form: {result: [调解成功]}}", "required_when: {form: {result: [成功调解]}}",
         r"'成功调解' is not a value of its vocabulary"),
        ("mediation.yaml", "required_when: {form: {result: [调解成功]}}", "required_when: {from: {result: [调解成功]}}",
         r"required_when names unknown field 'from'"),
        ("enforcement.yaml", "keyless_when: {category: [行政检查]}", "keyless_when: {category: [检查记录]}",
         r"'检查记录' is not a value of its vocabulary"),
        ("disputes.yaml", "retyped_by: [screened_on, parties, dispute_type]", "retyped_by: [screened_on, party]",
         r"retyped_by names unknown field 'party'"),
        ("disputes.yaml", "retyped_by: [screened_on, parties, dispute_type]", "retyped_by: [screened_on, dispute_type]",
         r"retyped_by needs a personal field"),
        ("training.yaml", "less: [[免考人数, 免考]]}", "less: [[合计], [免考人数]]}", r"less takes one group of labels"),
        # A record holds one value where a figure selects by the field: several values there would be counted twice.
        ("disclosure.yaml", "vocabulary: disclosure_type, required: true,", "vocabulary: disclosure_type, several: true, required: true,",
         r"several, but disclosure.proactive rests on it"),
    ],
)  # fmt: skip
def test_a_spec_reading_a_count_from_another_field_or_counting_distinct_or_pending_by_unknown_names_is_refused(
    tmp_path, file, old, new, message
):
    from fzlib.spec import SpecError

    for source in paths.SPECS.glob("*.yaml"):
        shutil.copy(source, tmp_path / source.name)
    spec = tmp_path / file
    text = spec.read_text(encoding="utf-8")
    assert old in text
    spec.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(SpecError, match=message):
        load_specs(tmp_path)
