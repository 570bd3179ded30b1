"""Builds decided by content: make rebuilds when a ledger is deleted, renamed or added with an old
mtime, never accepts a failed clean, and a killed run never leaves a mixed set of outputs."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from fzlib import paths
from fzlib.ingest.clean import YearCleaner
from fzlib.ingest.write import write_year

import builders

ROOT = paths.PACKAGE.parent


@pytest.fixture
def project(tmp_path):
    """A project folder using this checkout's code and environment, with the 2024 sample ledgers."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copytree(ROOT / "params", tmp_path / "params")
    shutil.copytree(paths.raw_dir(2024), tmp_path / "data" / "raw" / "2024")
    for name in ("fzlib", "requirements", "requirements.lock"):
        (tmp_path / name).symlink_to(ROOT / name)
    return tmp_path


def make(project: Path, *targets: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "FZLIB_ROOT": str(project)}
    return subprocess.run(
        ["make", "-s", *targets, "YEAR=2024", f"VENV={ROOT / '.venv'}"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )


def manifest_files(project: Path) -> list[str]:
    import json

    manifest = json.loads((project / "data" / "processed" / "2024" / "manifest.json").read_text(encoding="utf-8"))
    return sorted(f["file"] for f in manifest["files"])


@pytest.mark.slow
def test_deleting_renaming_or_adding_an_old_file_rebuilds_and_a_touch_does_not(project):
    raw = project / "data" / "raw" / "2024"
    assert make(project, "clean-data").returncode == 0
    first = manifest_files(project)
    # Nothing changed but a file's time: no rebuild.
    manifest = project / "data" / "processed" / "2024" / "manifest.json"
    before = manifest.stat().st_mtime_ns
    os.utime(raw / first[0])
    assert make(project, "clean-data").returncode == 0
    assert manifest.stat().st_mtime_ns == before
    # Deleted: rebuilt without it.
    (raw / first[0]).unlink()
    assert make(project, "clean-data").returncode == 0
    assert manifest_files(project) == first[1:]
    # Renamed: rebuilt under the new name.
    (raw / first[1]).rename(raw / f"改名-{first[1]}")
    assert make(project, "clean-data").returncode == 0
    assert f"改名-{first[1]}" in manifest_files(project)
    # Added with an mtime older than every output (as unzip or cp -p do): rebuilt with it.
    old = raw / "旧日期的台账.xlsx"
    builders.xlsx(old, {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2, start=900)]})
    os.utime(old, (0, 0))
    assert make(project, "clean-data").returncode == 0
    assert "旧日期的台账.xlsx" in manifest_files(project)


@pytest.mark.slow
def test_an_unusable_file_fails_make_report_the_first_and_the_second_time(project):
    (project / "data" / "raw" / "2024" / "损坏的台账.xlsx").write_bytes(b"PK\x03\x04" + bytes(200))
    first, second = make(project, "report"), make(project, "report")
    assert first.returncode != 0 and second.returncode != 0
    assert "损坏的台账.xlsx" in first.stdout + first.stderr
    assert not (project / "data" / "processed" / "2024" / "manifest.json").exists()
    assert not paths.report_file(2024, project / "reports" / "2024").exists()


def test_a_clean_is_swapped_in_whole_and_leftovers_of_a_killed_run_are_removed(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "processed" / "2024"
    builders.xlsx(raw / "执法.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]})
    write_year(YearCleaner(2024, raw).run(), out)
    killed = tmp_path / "processed" / ".2024.writing-99999"
    killed.mkdir()
    (killed / "enforcement.parquet").write_bytes(b"half")
    write_year(YearCleaner(2024, raw).run(), out)
    assert sorted(p.name for p in (tmp_path / "processed").iterdir()) == ["2024"]
    assert len(pd.read_parquet(out / "enforcement.parquet")) == 3


def test_a_folder_holding_someone_elses_files_is_written_in_place_never_moved(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    builders.xlsx(raw / "执法.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]})
    out.mkdir()
    (out / "我的笔记.txt").write_text("不要动", encoding="utf-8")
    write_year(YearCleaner(2024, raw).run(), out)
    assert (out / "我的笔记.txt").read_text(encoding="utf-8") == "不要动"
    assert (out / "manifest.json").exists()


@pytest.mark.parametrize("beside", [("笔记.txt", "分析.parquet"), ("分析.parquet", "统计.parquet")])
def test_parquet_files_of_someone_elses_in_the_output_folder_are_never_deleted(tmp_path, beside):
    # Before: clean --out into a folder holding someone's own .parquet files deleted them (every *.parquet
    # was taken for its own), the whole folder when it held nothing else.
    raw, out = tmp_path / "raw", tmp_path / "out"
    builders.xlsx(raw / "执法.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]})
    out.mkdir()
    for name in beside:
        if name.endswith(".parquet"):
            pd.DataFrame({"列": [1, 2]}).to_parquet(out / name)
        else:
            (out / name).write_text("不要动", encoding="utf-8")
    before = {name: (out / name).read_bytes() for name in beside}
    write_year(YearCleaner(2024, raw).run(), out)
    write_year(YearCleaner(2024, raw).run(), out)  # and again over its own results
    assert {name: (out / name).read_bytes() for name in beside} == before
    assert len(pd.read_parquet(out / "enforcement.parquet")) == 3


def test_a_year_without_its_params_file_is_told_in_chinese_which_file_to_copy(project):
    (project / "params" / "2024.yaml").unlink()
    done = make(project, "params/2024.yaml")  # what `make report` needs before it renders
    assert done.returncode != 0
    assert "找不到参数文件 params/2024.yaml。请复制 params/2024.yaml" not in done.stderr  # never "copy it onto itself"
    assert "params/2024.yaml" in done.stderr and "No rule" not in done.stderr
