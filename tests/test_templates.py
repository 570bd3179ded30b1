"""Blank ledger templates from the specs: one per declared kind, with dropdowns, prompts and a 填表说明 sheet; blank they read as their kinds, filled they read back whole."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import openpyxl
import pytest

from fzlib import paths
from fzlib.ingest.clean import YearCleaner
from fzlib.ingest.template import INSTRUCTIONS, example_rows, header, template_book, template_fields
from fzlib.spec import load_specs

YEAR, TOWN = 2024, "旺草镇"
SPECS = load_specs(paths.SPECS)  # the package's own kinds


def write_all(raw, filled: int = 0):
    raw.mkdir(parents=True, exist_ok=True)
    for kind, spec in SPECS.items():
        rows = example_rows(spec, YEAR, TOWN, filled) if filled else None
        (raw / f"{kind}.xlsx").write_bytes(template_book(spec, YEAR, TOWN, rows))
    return YearCleaner(YEAR, raw, specs=SPECS).run()


def kinds_read(result) -> dict[str, set]:
    return {f["file"]: {s.get("kind") for s in f["sheets"]} - {None} for f in result.manifest["files"]}


def test_the_command_writes_one_workbook_per_declared_kind(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(paths.PACKAGE.parent)}
    run = subprocess.run(
        [sys.executable, "-m", "fzlib", "template", "--out", str(tmp_path)], capture_output=True, text=True, env=env
    )
    assert run.returncode == 0, run.stderr
    books = sorted(tmp_path.glob("*.xlsx"))
    assert len(books) == len(load_specs()) == 11
    for path in books:
        wb = openpyxl.load_workbook(path)
        assert wb.sheetnames[1] == INSTRUCTIONS


def test_an_unknown_kind_is_named_with_the_nearest(tmp_path):
    from fzlib.errors import UserProblem
    from fzlib.ingest.template import write_templates

    with pytest.raises(UserProblem, match="mediation"):
        write_templates(tmp_path, kind="mediaton", year=YEAR)


def test_blank_templates_read_as_their_kinds_with_no_error(tmp_path):
    result = write_all(tmp_path / "raw")
    assert kinds_read(result) == {f"{kind}.xlsx": {kind} for kind in SPECS}
    assert result.failed_files == []
    assert not (result.issues["level"] == "错误").any()
    assert all(len(t) == 0 for t in result.tables.values())


def test_filled_templates_read_back_whole_with_no_error_or_warning(tmp_path):
    result = write_all(tmp_path / "raw", filled=3)
    assert kinds_read(result) == {f"{kind}.xlsx": {kind} for kind in SPECS}
    assert result.issues.query("level in ['错误', '警告']").empty
    assert {kind: len(t) for kind, t in result.tables.items()} == dict.fromkeys(SPECS, 3)
    for kind, table in result.tables.items():
        assert table["_unusable"].fillna("").eq("").all(), kind


@pytest.mark.parametrize("kind", sorted(SPECS))
def test_a_template_has_the_headers_dropdowns_prompts_and_instructions(kind):
    spec = SPECS[kind]
    wb = openpyxl.load_workbook(io.BytesIO(template_book(spec, YEAR, TOWN)))
    ws, notes = wb.worksheets
    assert ws.cell(1, 1).value == f"{TOWN}{YEAR}年{spec.title}"
    assert [c.value for c in ws[2]][1:] == [header(f) for f in template_fields(spec)]
    assert [f.title for f in template_fields(spec) if f.required] == [
        c.value[1:] for c in ws[2] if c.value.startswith("*")
    ]
    assert ws.freeze_panes == "A3"
    rules = {str(r.sqref).split(":")[0][:-1]: r for r in ws.data_validations.dataValidation}
    letters = {f.name: openpyxl.utils.get_column_letter(j) for j, f in enumerate(template_fields(spec), 2)}
    for f in template_fields(spec):
        rule = rules[letters[f.name]]
        assert rule.prompt, f.name
        if f.vocabulary:
            assert rule.type == "list" and rule.formula1 == '"' + ",".join(f.vocabulary) + '"'
        if "date" in f.steps:
            assert rule.type == "date"
        if f.personal:
            assert "个人信息" in rule.prompt and ws[f"{letters[f.name]}2"].comment is not None
    assert notes.title == INSTRUCTIONS
    described = {
        row[0]: row for row in notes.iter_rows(values_only=True) if row and row[0] in map(header, template_fields(spec))
    }
    assert list(described) == [header(f) for f in template_fields(spec)]
    (example,) = example_rows(spec, YEAR, TOWN, 1)
    for f in template_fields(spec):
        _, what, required, personal, allowed, shown = described[header(f)]
        assert what and (required == "是") == f.required and bool(personal) == bool(f.personal)
        assert shown == str(example[f.name].isoformat() if hasattr(example[f.name], "isoformat") else example[f.name])
        if f.vocabulary:
            assert allowed == "、".join(f.vocabulary)


def test_a_template_is_the_same_bytes_every_time():
    spec = next(iter(SPECS.values()))
    assert template_book(spec, YEAR, TOWN) == template_book(spec, YEAR, TOWN)


def test_a_template_kept_by_hand_has_no_column_only_a_platforms_event_log_has():
    logged = [s for s in SPECS.values() if s.step_log]
    assert logged  # some kinds are exported by platforms step by step
    for spec in logged:
        names = {f.name for f in template_fields(spec)}
        assert spec.step_log.step not in names and spec.step_log.merged_into not in names
        assert spec.key[0] in names
