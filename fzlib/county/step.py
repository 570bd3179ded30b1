"""The per-town step of a county run: one town's raw folder in; its processed tables, its figures with their evidence and its data status out.

`run_town(job)` is a pure function of the job (a town's raw folder, the year, the project's file
overrides and limits, the pseudonym key file): the same job gives the same processed tables and
the same `figures.json`, on this machine or on any worker of a cluster that sees the same folders.
It cleans exactly as `python -m fzlib clean --raw <town folder>` does and computes the figures
exactly as `python -m fzlib indicators` does (it reads the processed folder back), writes both into
the town's output folder as soon as the town is done (so a county run holds no town in memory),
and returns the small record it wrote. It never raises: a town whose ledgers cannot be processed
gets a record that says why, and the other towns go on.

The record (`figures.json`) is plain JSON, the same bytes for the same input:
``{"town", "year", "problem", "files", "failed_files", "kinds", "missing", "issues", "rows",
"figures": {name: {"value", "status", "reason"}}}`` — every declared figure, hidden helpers of the
rates included, so that county rates can be recomputed from summed counts.
"""

from __future__ import annotations

import json
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from fzlib import paths
from fzlib.ingest.issues import ERROR, NOTE, WARNING

LEVELS = (ERROR, WARNING, NOTE)  # the order a town's data status shows them
# What `_process` imports: a parent that forks its workers imports them first (fzlib.county.command).
PER_TOWN_MODULES = ("fzlib.indicators.figures", "fzlib.ingest.write", "fzlib.spec")


@dataclass(frozen=True)
class TownJob:
    """Everything the per-town step needs, as plain values (it travels to worker processes and clusters)."""

    town: str
    year: int
    raw: str  # the town's folder of ledgers
    out: str  # the town's results: processed/ and figures.json are written here
    key: str  # the project's pseudonym key file; it must exist (the county command makes it first)
    kinds: dict = field(default_factory=dict)  # params `kinds`: file name → ledger kind
    exclude: tuple = ()  # params `exclude`: files deliberately left out
    max_unusable: float | None = None  # params `max_unusable_share`
    options: dict = field(default_factory=dict)  # params of how ledgers are written (fzlib.params.CLEAN_OPTIONS)


def processed_dir(town_dir: Path) -> Path:
    return Path(town_dir) / paths.TOWN_PROCESSED


def figures_file(town_dir: Path) -> Path:
    return Path(town_dir) / paths.TOWN_FIGURES


def run_town(job: TownJob) -> dict:
    """Clean one town, compute its figures, write both into `job.out`; return the record written."""
    try:
        record = _process(job)
    except Exception as exc:  # noqa: BLE001 (one town's failure is that town's status, not the county's)
        record = failed_record(job, f"处理时出错（{type(exc).__name__}：{exc}）", traceback.format_exc())
    return write_record(job, record)


def write_record(job: TownJob, record: dict) -> dict:
    """Write a town's record as its figures.json (also what the command does for a town whose worker died)."""
    from fzlib.outputs import write_atomic

    write_atomic(figures_file(Path(job.out)), json.dumps(record, ensure_ascii=False, indent=1) + "\n")
    return record


def failed_record(job: TownJob, problem: str, detail: str = "") -> dict:
    """The record of a town the step could not process: every figure unavailable, saying why."""
    from fzlib.spec import load_specs

    specs = load_specs()
    figures = {
        g.name: {"value": None, "status": "unavailable", "reason": problem}
        for spec in specs.values()
        for g in spec.figures
    }
    return {
        "town": job.town,
        "year": job.year,
        "problem": problem,
        "detail": detail,
        "files": 0,
        "failed_files": [],
        "kinds": {},
        "missing": list(specs),
        "issues": dict.fromkeys(LEVELS, 0),
        "rows": 0,
        "figures": figures,
    }


def _process(job: TownJob) -> dict:
    from fzlib.indicators import figures
    from fzlib.ingest.write import clean_year
    from fzlib.spec import load_specs

    raw, out = Path(job.raw), Path(job.out)
    if not raw.is_dir():
        return failed_record(job, f"找不到台账文件夹 {raw}")
    if not Path(job.key).is_file() or Path(job.key).resolve() != paths.SECRET.resolve():
        # Creating a key here would give this town pseudonyms no other town shares (and two workers
        # racing to create one); the county command creates it once, before any town starts.
        return failed_record(
            job,
            f"本工作进程找不到项目的化名密钥 {job.key}（它看到的项目目录是 {paths.ROOT}）。"
            "请让各工作进程使用同一项目目录（共享文件夹，或设置 FZLIB_ROOT）后重新运行。",
        )
    processed = processed_dir(out)
    result = clean_year(
        job.year,
        raw,
        processed,
        overrides=dict(job.kinds),
        exclude=list(job.exclude),
        options=dict(job.options),
        own_params=False,  # the project's params serve every town: a file of one is in no other
    )
    specs = load_specs()
    found = figures.of_year(
        processed, figures.MAX_UNUSABLE_SHARE if job.max_unusable is None else job.max_unusable, specs
    )
    levels = result.issues["level"].value_counts() if len(result.issues) else {}
    sheets = [s for f in result.manifest["files"] for s in f["sheets"]]
    return {
        "town": job.town,
        "year": job.year,
        "problem": None,
        "detail": "",
        "files": len(result.manifest["files"]),
        "failed_files": list(result.failed_files),
        "kinds": {k: len(t) for k, t in sorted(result.tables.items())},
        "missing": [k for k in specs if k not in result.tables],
        "issues": {level: int(levels.get(level, 0)) for level in LEVELS},
        "rows": sum(s.get("kept", 0) for s in sheets),
        "figures": {name: {"value": f.value, "status": f.status, "reason": f.reason} for name, f in found.items()},
    }


def read_record(job: TownJob) -> dict:
    """A town's record as the step wrote it; a failed record when there is none or it is damaged."""
    try:
        return json.loads(figures_file(Path(job.out)).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return failed_record(job, f"处理结果无法读取（{type(exc).__name__}：{exc}），请重新运行")
