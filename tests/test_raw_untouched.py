"""Specification: the raw folder is read, never written — not a byte, not a timestamp, not a new file."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from fzlib import paths
from fzlib.ingest.clean import YearCleaner
from fzlib.ingest.write import write_year
from fzlib.report.command import build_report

YEAR = 2024
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
MUTATING_EVENTS = {
    "os.remove",
    "os.rename",
    "os.rmdir",
    "os.mkdir",
    "os.chmod",
    "os.chown",
    "os.utime",
    "os.truncate",
    "os.link",
    "os.symlink",
    "shutil.move",
    "shutil.rmtree",
    "shutil.copyfile",
}


def snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    """Every entry under `folder`: content hash (files), size, modification time and mode."""
    out = {}
    for p in sorted(folder.rglob("*")):
        st = p.lstat()
        digest = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        out[p.relative_to(folder).as_posix()] = (digest, st.st_mtime_ns, st.st_mode)
    return out


class RawWatch:
    """A Python audit hook (it sees every open, also through pathlib, pandas and C extensions that
    use Python's io) recording any write-mode open or mutation of a path under the raw folder."""

    active: RawWatch | None = None
    installed = False

    def __init__(self, raw: Path):
        self.raw = str(raw.resolve())
        self.reads: list[str] = []
        self.writes: list[str] = []

    @classmethod
    def hook(cls, event: str, args: tuple) -> None:
        watch = cls.active
        if watch is None or not args:
            return
        if event == "open":
            path, mode, flags = args
            if not isinstance(path, (str, bytes, os.PathLike)):
                return
            path = os.path.abspath(os.fsdecode(path))
            if not path.startswith(watch.raw):
                return
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or bool(flags & WRITE_FLAGS)
            (watch.writes if writing else watch.reads).append(path)
        elif event in MUTATING_EVENTS:
            for a in args:
                if isinstance(a, (str, bytes, os.PathLike)) and os.path.abspath(os.fsdecode(a)).startswith(watch.raw):
                    watch.writes.append(f"{event} {os.fsdecode(a)}")
                    break

    def __enter__(self) -> RawWatch:
        if not RawWatch.installed:  # an audit hook cannot be removed: install once, switch it on and off
            sys.addaudithook(RawWatch.hook)
            RawWatch.installed = True
        RawWatch.active = self
        return self

    def __exit__(self, *exc) -> None:
        RawWatch.active = None


@pytest.mark.slow
def test_cleaning_and_reporting_the_sample_leaves_the_raw_folder_byte_for_byte_as_it_was(tmp_path):
    raw = paths.raw_dir(YEAR)
    before = snapshot(raw)
    assert len([k for k, v in before.items() if v[0] != "dir"]) >= 10
    with RawWatch(raw) as watch:
        result = YearCleaner(YEAR, raw).run()
        write_year(result, tmp_path / "processed")
    assert build_report(YEAR, processed=tmp_path / "processed", out=tmp_path / "reports") == 0
    assert snapshot(raw) == before
    assert watch.writes == []
    # The hook did see the engine at work: every ledger was opened, for reading only.
    opened = {Path(p).name for p in watch.reads}
    assert opened >= {Path(k).name for k, v in before.items() if v[0] != "dir" and not k.endswith("README.md")}


def test_the_watch_would_see_a_write_into_the_raw_folder(tmp_path):
    """The audit hook is not blind: a write, a rename and a timestamp change are all recorded."""
    (tmp_path / "a.xlsx").write_bytes(b"x")
    with RawWatch(tmp_path) as watch:
        (tmp_path / "a.xlsx").read_bytes()
        with open(tmp_path / "a.xlsx", "r+b"):
            pass
        os.utime(tmp_path / "a.xlsx")
        (tmp_path / "a.xlsx").rename(tmp_path / "b.xlsx")
    assert len(watch.reads) == 1
    assert [w.split()[0] if w.startswith("os.") else "open" for w in watch.writes] == ["open", "os.utime", "os.rename"]
