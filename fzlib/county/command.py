"""The `county` command: every town of a county through the per-town step in parallel (worker processes or a Dask cluster), with progress, then the county report.

``python -m fzlib county --year Y [--raw DIR] [--out DIR] [--workers N] [--dask ADDRESS] [--json]``

DIR holds one folder per town, named by the town. Each town goes through `fzlib.county.step.run_town`
(clean + figures, exactly as `clean` and `indicators` do for one town) in a worker; each worker
writes the town's processed folder and figures.json as soon as the town is done, so the memory of a
run does not grow with the number of towns. When every town is done, the county's figures are
computed from those files, read back in town order (fzlib.county.rollup), and the county report is
written: the HTML last, after the .xlsx and .docx. The outputs are the same to the byte whatever
the number of workers and whichever engine ran the towns.

Exit status, as every command's: 0 when every town was processed and every file used; 1 for a
problem the user can fix, said in Chinese: a town that could not be processed or a file of a town
that could not be used (the other towns and the county report are still written, each town with
its status), no such folder, no town folders, no Dask cluster at the address, params that are not
valid; 2 for a mistyped option (--workers 0).
"""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from fzlib import paths

IGNORED = (".", "_", "~$")  # hidden folders, scratch folders and Office lock files are not towns
DASK_TIMEOUT = "20s"


class CountyError(Exception):
    """A problem with how the command was called; ``str()`` is a Chinese message saying what to do."""


def default_workers() -> int:
    """The machine's cores (those this process may use)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def discover(raw: Path, year: int) -> list[str]:
    """The towns of a county folder: its sub-folders, in name order (CountyError when there are none)."""
    if raw.exists() and not raw.is_dir():
        raise CountyError(
            f"{raw} 是一个文件，不是文件夹。请用 --raw 指定县级台账文件夹（其中每个乡镇一个以乡镇命名的文件夹）。"
        )
    if not raw.is_dir():
        raise CountyError(
            f"找不到县级台账文件夹 {raw}。请为每个乡镇建一个以乡镇命名的文件夹，放入该乡镇 {year} 年的台账，"
            f"例如 {raw / '洋川镇'}；也可以先生成示例乡镇："
            f"python -m fzlib sample --year {year} --town 洋川镇 --seed 1 --out {raw / '洋川镇'}"
        )
    from fzlib.ingest.folder import system_folder

    entries = sorted(raw.iterdir())
    # A county folder on a USB drive's root holds its recycle bin and volume information: no towns.
    towns = [p.name for p in entries if p.is_dir() and not p.name.startswith(IGNORED) and not system_folder(p.name)]
    if not towns:
        raise CountyError(
            f"{raw} 中没有乡镇文件夹。请为每个乡镇建一个以乡镇命名的文件夹（如 {raw / '洋川镇'}），"
            "把该乡镇的台账放进去后重新运行。"
        )
    _refuse_villages(raw, towns)
    _refuse_unnamed(towns)
    _refuse_twins(towns)
    _refuse_copies(towns)
    _refuse_versions(towns)
    _refuse_decorated(towns)
    _refuse_nested_towns(raw, towns)
    return towns


def _version_of(name: str) -> tuple[str, str] | None:
    """(the town, the word) of a folder named as a later version of a town's (乙镇-最终版, 乙镇（修改稿）), told as a
    ledger's file is told superseded (`folder.version_of`), or None."""
    from fzlib.ingest.folder import version_of  # the ingest layer, loaded once a county is run
    from fzlib.spec import corrections

    base, rank = version_of(name)
    return (base, corrections().later_versions[rank - 1]) if rank > 0 else None


def _refuse_versions(towns: list[str]) -> None:
    """A folder named as a later version of a town's beside it (乙镇-最终版 beside 乙镇): that town a second time,
    which of the two holds the ledgers to count not known."""
    names = {_same_town(t): t for t in towns}
    for town in towns:
        found = _version_of(town)
        original = names.get(_same_town(found[0])) if found else None
        if found and original is not None and original != town:
            raise CountyError(
                f"乡镇文件夹「{town}」像是「{original}」的另一个版本（名称中写了“{found[1]}”），全县合计会把{original}"
                f"计入两次。请只保留要用的一份：把最终的台账放入「{original}」、删去另一个文件夹后重新运行；"
                "如确是两个乡镇，请把名称改得能区分开。"
            )


def _refuse_decorated(towns: list[str]) -> None:
    """A town's folder named with its year or the words a folder of ledgers carries (鲁桥镇2024年台账, 2024年鲁桥镇):
    the folder's name is the town's in the county's report and workbook, and the one its county registers' rows
    are told by (鲁桥镇's rows are not 鲁桥镇2024年台账's); beside a folder 鲁桥镇 it is that town a second time."""
    from fzlib.ingest.towns import town_of_folder  # the ingest layer, loaded once a county is run

    for folder in towns:
        version = _version_of(folder)
        if version and town_of_folder(f"{version[0]}台账") == (version[0], "台账"):  # 乙镇（最终版）: a town's name
            found: tuple[str, str] | None = (version[0], folder.strip()[len(version[0]) :])
        else:
            found = town_of_folder(folder)
        if found:
            town, rest = found
            raise CountyError(
                f"乡镇文件夹「{folder}」除乡镇名称外还写了“{rest}”：全县汇总以文件夹名称为乡镇名称，报告和汇总表会写作"
                f"“{folder}”，县级台账中{town}的行也对不上。请把文件夹改名为「{town}」（年份已由 --year 给出）后重新运行；"
                f"如已有「{town}」文件夹，请把两个文件夹的台账合并到其中一个。"
            )


# The name a file manager gives a folder just made (Windows, WPS, macOS, Linux): no town's name.
_UNNAMED = re.compile(r"^(?:新建文件夹|新文件夹|未命名文件夹|New folder|untitled folder)$", re.IGNORECASE)


# A village's or a community's folder, as a town's raw folder holds them (晨光村, 城南社区, 河东村委会).
_VILLAGE = re.compile(r"(?:村|社区|居委会|村委会|村民委员会|居民委员会|组)$")


def _refuse_villages(raw: Path, towns: list[str]) -> None:
    """A county folder whose every sub-folder is a village's is one town's folder given as the county's:
    its villages would be the county's towns."""
    if all(_VILLAGE.search(_copied_from(t)) for t in towns):
        raise CountyError(
            f"{raw} 中的文件夹都是村（社区）的（如「{towns[0]}」），这像是一个乡镇的台账文件夹，不是县级文件夹。"
            f"一个乡镇请用 python -m fzlib clean --raw {raw}；全县汇总请用 --raw 指向县级文件夹（其中每个乡镇一个文件夹）。"
        )


def _refuse_unnamed(towns: list[str]) -> None:
    """A folder still under the name it was made with (新建文件夹) would be a town of that name in the
    county's report and totals: its town is not said."""
    for town in towns:
        if _UNNAMED.match(_copied_from(town)):
            raise CountyError(
                f"文件夹「{town}」还是新建文件夹时的默认名称，看不出是哪个乡镇的台账。"
                "请把它改名为所属乡镇的名称（如 洋川镇），或把其中的台账移入所属乡镇的文件夹后重新运行。"
            )


def _copied_from(name: str) -> str:
    """A town folder's name without the marks a copy of it carries (the name itself when it has none): what a file
    manager adds to a folder it copies (甲镇 - 副本, 甲镇 (2), 复件 甲镇, 甲镇 副本 2) or a clerk to a copy kept aside
    (甲镇（旧）, 甲镇_备份), the marks declared in fzlib/specs/corrections.yaml, as the year's cleaning reads a book's."""
    from fzlib.ingest.folder import without_copy_marks  # the ingest layer, loaded once a county is run

    return without_copy_marks(name, kept_aside=True)


def _refuse_copies(towns: list[str]) -> None:
    """A folder named as a copy of another town's (甲镇 (2) beside 甲镇: the folder copied to be safe, then
    perhaps edited) is that town a second time: the county's totals would count it twice."""
    names = {_same_town(t): t for t in towns}
    for town in towns:
        original = names.get(_same_town(_copied_from(town)))
        if original is not None and original != town:
            raise CountyError(
                f"乡镇文件夹「{town}」像是「{original}」的副本（复制文件夹时加上的“副本”“(2)”等），"
                f"全县合计会把{original}计入两次。请把要用的台账合并到「{original}」、删去副本文件夹后重新运行；"
                "如确是两个乡镇，请把名称改得能区分开。"
            )


def _same_town(name: str) -> str:
    """A town folder's name as the county reads it: full-width and half-width forms alike, no spaces."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def _refuse_twins(towns: list[str]) -> None:
    """Two folders whose names differ only by full-width characters or spaces (蒲场镇（1） and 蒲场镇(1),
    郑场 镇 and 郑场镇) are one town sent twice: the county's totals would count it twice."""
    seen: dict[str, str] = {}
    for town in towns:
        first = seen.setdefault(_same_town(town), town)
        if first != town:
            raise CountyError(
                f"乡镇文件夹「{first}」和「{town}」的名称只差全角/半角字符或空格，像是同一个乡镇的两个文件夹，"
                "全县合计会把它计入两次。请把两个文件夹的台账合并到一个文件夹（删去过时的一份）后重新运行；"
                "如确是两个乡镇，请把名称改得能区分开。"
            )


def _refuse_nested_towns(raw: Path, towns: list[str]) -> None:
    """A town's folder holding a folder named as another town (乙镇/甲镇/…, a copy made "to be sure", or
    the county folder copied into one town) is that town's ledgers read a second time: the town would
    count them as its own and the county's totals would count them twice."""
    named = {_same_town(t): t for t in towns}
    for town in towns:
        for folder, subfolders, _ in os.walk(raw / town):
            for sub in subfolders:
                other = named.get(_same_town(sub))
                if other is not None and other != town:
                    inside = (Path(folder) / sub).relative_to(raw)
                    raise CountyError(
                        f"乡镇文件夹「{town}」中有一个文件夹「{inside.as_posix()}」，与乡镇「{other}」同名，像是把"
                        f"{other}的台账复制进了{town}：{town}会把它们算作自己的，全县合计也会把它们计入两次。"
                        f"请把该文件夹移出「{town}」后重新运行；如其中确是{town}自己的台账，请给文件夹改个名称。"
                    )


def _set_aside_shared_files(records: list[dict], jobs: list, specs: dict) -> list[str]:
    """A ledger file found byte for byte in two towns' folders (copied into another town, a backup kept
    under another name) whose records both counted: those records would be each town's and twice the
    county's. The figures of the kinds it fed are made unavailable in both towns (so the county's are too),
    the file listed among each town's files not used; one Chinese line per such file is returned."""
    from fzlib.county.step import figures_file, processed_dir
    from fzlib.outputs import write_atomic

    seen: dict[str, tuple[int, str]] = {}  # sha256 → (record index, file as shown) of its first town
    said: list[str] = []
    for i, job in enumerate(jobs):
        try:
            manifest = json.loads((processed_dir(Path(job.out)) / paths.MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a town not processed says so itself
        for entry in manifest.get("files", []):
            kinds = {s.get("kind") for s in entry.get("sheets", []) if s.get("kept")} & set(specs)
            digest = entry.get("sha256")
            if not digest or not kinds or entry.get("excluded"):
                continue
            if any(
                s.get("other_town") or (s.get("set_aside") or {}).get("other_town") for s in entry.get("sheets", [])
            ):
                # The county's register sent back to every town (a 乡镇 column, a sheet per town): each town
                # counted only the rows naming it (fzlib.ingest.towns), so no record is any two towns'.
                continue
            first = seen.setdefault(digest, (i, entry["file"]))
            if first[0] == i:
                continue
            other, other_file = records[first[0]], first[1]
            why = (
                f"{other['town']}的 {other_file} 与{records[i]['town']}的 {entry['file']} 逐字节相同，"
                "同一批记录会计入两个乡镇"
            )
            for record, file in ((other, other_file), (records[i], entry["file"])):
                for g in (g for k in sorted(kinds) for g in specs[k].figures):
                    record.setdefault("figures", {})[g.name] = {"value": None, "status": "unavailable", "reason": why}
                record["failed_files"] = sorted({*record.get("failed_files", []), file})
            said.append(
                f"{why}，其中的数字在这两个乡镇和全县合计中都无法统计。请确认它属于哪个乡镇，"
                "从另一个乡镇的文件夹中移出后重新运行。"
            )
            for job_index in (first[0], i):  # `check --town` reads the town's figures from its file
                text = json.dumps(records[job_index], ensure_ascii=False, indent=1) + "\n"
                write_atomic(figures_file(Path(jobs[job_index].out)), text)
    return said


def stray_files(raw: Path) -> list[str]:
    """Files lying directly in the county folder: they belong to no town and are not read (the system's own,
    such as desktop.ini, are no one's)."""
    from fzlib.ingest.folder import system_file

    return sorted(
        p.name for p in raw.iterdir() if p.is_file() and not p.name.startswith(IGNORED) and not system_file(p.name)
    )


def make_jobs(year: int, raw: Path, out: Path, towns: list[str], params: dict) -> list:
    from fzlib.county.step import TownJob
    from fzlib.params import clean_options

    return [
        TownJob(
            town=t,
            year=year,
            raw=str(raw / t),
            out=str(paths.county_town_dir(out, t)),
            key=str(paths.SECRET),
            kinds=dict(params.get("kinds") or {}),
            exclude=tuple(params.get("exclude") or ()),
            max_unusable=params.get("max_unusable_share"),
            # Each town's folder is its own: the town is the folder's name, not the params' one town.
            # The county's other towns: a ledger titled as one of theirs in this town's folder is named, never its own.
            options={**clean_options(params), "town": t, "county_towns": tuple(towns)},
        )
        for t in towns
    ]


# --- engines: each yields the records of all jobs, in the order the towns finish -------------------


def run_serial(jobs: list) -> Iterator[dict]:
    from fzlib.county.step import run_town

    for job in jobs:
        yield run_town(job)


def run_processes(jobs: list, workers: int) -> Iterator[dict]:
    """Worker processes of this machine (forked where the system allows: they start in no time)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from fzlib.county.step import failed_record, run_town, write_record

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if context.get_start_method() == "fork":
        # Imported once here rather than in every worker's first town (0.4 CPU-s each): forked
        # workers inherit the modules. Not where workers spawn: they would import them again anyway.
        from fzlib.county.step import PER_TOWN_MODULES

        for module in PER_TOWN_MODULES:
            importlib.import_module(module)
    pool = ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=context)
    try:
        pending = {pool.submit(run_town, job): job for job in jobs}
        for done in as_completed(pending):
            job = pending.pop(done)
            try:
                yield done.result()
            except Exception as exc:  # noqa: BLE001 (a worker process died: that town's status)
                yield write_record(job, failed_record(job, f"工作进程异常退出（{type(exc).__name__}：{exc}）"))
    finally:  # interrupted: the towns not started are dropped, the running ones finish
        pool.shutdown(wait=True, cancel_futures=True)


def run_dask(jobs: list, address: str) -> Iterator[dict]:
    """The towns as tasks of an existing Dask distributed cluster (its workers must see the same folders)."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise CountyError(
            "使用 --dask 需要安装 dask 和 distributed：请运行 make county（安装 requirements/county.in 中的锁定版本）。"
        ) from None
    from fzlib.county.step import failed_record, run_town, write_record

    try:
        client = Client(address, timeout=DASK_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise CountyError(
            f"无法连接 Dask 集群 {address}（{exc}）。请确认调度器地址（如 tcp://127.0.0.1:8786）和端口，"
            "且调度器已启动。"
        ) from None
    with client:
        futures = client.map(run_town, jobs, key=[f"fzlib-town-{i:06d}-{j.town}" for i, j in enumerate(jobs)])
        town_of = {f.key: job for f, job in zip(futures, jobs)}
        try:
            for future in as_completed(futures):
                job = town_of[future.key]
                try:
                    yield future.result()
                except Exception as exc:  # noqa: BLE001 (a task lost with its worker: that town's status)
                    yield write_record(job, failed_record(job, f"集群任务失败（{type(exc).__name__}：{exc}）"))
                future.release()
        finally:  # interrupted: the cluster drops what is left of this run
            client.cancel([f for f in futures if not f.done()])


# --- the command --------------------------------------------------------------------------------


def describe(status) -> str:
    """One Chinese line on a finished town: what it provided, what it still lacks."""
    if status.problem:
        return f"✗ {status.town}：{status.problem}"
    parts = [f"台账 {status.provided}/{status.declared} 种，计入 {status.rows:,} 行"]
    if status.failed_files:
        parts.append(f"{len(status.failed_files)} 个文件无法使用（{'、'.join(status.failed_files[:3])}）")
    if status.missing:
        parts.append(f"未提供 {len(status.missing)} 种台账")
    if status.errors:
        parts.append(f"错误 {status.errors} 项未处理")
    if status.unavailable:
        shown = "、".join(status.unavailable[:3]) + ("等" if len(status.unavailable) > 3 else "")
        parts.append(f"无法统计 {len(status.unavailable)} 项（{shown}）")
    mark = "✓" if status.complete else "!"
    return f"{mark} {status.town}：" + "；".join(parts)


def _remove_stale(out: Path, towns: list[str]) -> None:
    """Results of towns no longer in the county folder: never read, never shown."""
    folder = paths.county_town_dir(out, "x").parent
    if not folder.is_dir():
        return
    keep = set(towns)
    for path in folder.iterdir():
        if path.is_dir() and path.name not in keep and (path / paths.TOWN_FIGURES).exists():
            shutil.rmtree(path, ignore_errors=True)


def _progress(total: int):
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked after this
    return tqdm(total=total, desc="处理乡镇", unit="个乡镇", file=sys.stderr, dynamic_ncols=True)


def process_towns(jobs: list, workers: int, dask: str | None, on_done=None) -> dict[str, str | None]:
    """Run every job on the chosen engine; call `on_done(record)` as each town finishes.
    Returns town → problem (None when processed)."""
    if dask:
        engine = run_dask(jobs, dask)
    elif workers <= 1 or len(jobs) == 1:
        engine = run_serial(jobs)
    else:
        engine = run_processes(jobs, workers)
    outcome = {}
    for record in engine:
        outcome[record["town"]] = record.get("problem")
        if on_done:
            on_done(record)
    return outcome


def build_county(
    year: int,
    raw: Path | None = None,
    out: Path | None = None,
    workers: int | None = None,
    dask: str | None = None,
    as_json: bool = False,
    progress: bool = True,
) -> int:
    """The `county` command. Exit status as in the module docstring."""
    from fzlib.county import rollup
    from fzlib.county.step import read_record
    from fzlib.ingest.privacy import Outbound, secret_key
    from fzlib.params import params_or_defaults
    from fzlib.spec import SpecError, load_specs, with_town_words

    raw, out = paths.county_raw_dir(year, raw), paths.county_dir(year, out)
    workers = default_workers() if workers is None else workers
    if workers < 1:
        print("错误：--workers 应为正整数（默认为本机核数）。", file=sys.stderr)
        return 2
    try:
        towns = discover(raw, year)
    except CountyError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    for name in stray_files(raw):
        shown = Outbound().file(name)  # a file name may hold a person's name or number
        print(f"提示：县文件夹中的 {shown} 不在任何乡镇文件夹中，未读取。请把它放入所属乡镇的文件夹。", file=sys.stderr)
    params = {**params_or_defaults(year), "year": year}  # a params file under a near name is refused
    try:  # the town's own words are checked once here, not found wrong in every town
        with_town_words(load_specs(), params.get("aliases"), params.get("variants"))
    except SpecError as exc:
        print(f"错误：参数文件 params/{year}.yaml 有误：{exc}", file=sys.stderr)
        return 1
    secret_key()  # the project's pseudonym key exists before any worker starts (workers never create it)
    jobs = make_jobs(year, raw, out, towns, params)
    specs = load_specs()
    engine = f"Dask 集群 {dask}" if dask else f"{min(workers, len(jobs))} 个进程"
    print(f"{params['county']} {year} 年：{len(towns)} 个乡镇，{engine}处理。", file=sys.stderr)

    bar = _progress(len(jobs)) if progress else None

    def done(record: dict) -> None:
        line = describe(rollup.town_status(record, specs))
        if bar is not None:
            bar.write(line, file=sys.stderr)
            bar.update(1)
        else:
            print(line, file=sys.stderr)

    try:
        outcome = process_towns(jobs, workers, dask, done)
    except CountyError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    finally:
        if bar is not None:
            bar.close()
    _remove_stale(out, towns)
    records = [read_record(job) for job in jobs]
    for line in _set_aside_shared_files(records, jobs, specs):
        print(f"错误：{line}", file=sys.stderr)
    county = rollup.rollup(year, records, specs)
    written = write_outputs(county, out, params)
    if as_json:
        print(json.dumps(county.as_json(), ensure_ascii=False, sort_keys=True))
    else:
        print(summary(county, written))
    troubled = [t for t in county.towns if county.status[t].problem or county.status[t].failed_files]
    if troubled:
        print(
            f"\n有 {len(troubled)} 个乡镇未能完整处理（{rollup.name_towns(troubled)}），其余乡镇和县级汇总已照常写出。"
            "请按各乡镇 processed/issues.xlsx 或上面的说明处理后重新运行。",
            file=sys.stderr,
        )
    # A folder made for a town's ledgers and never filled is a town of no figures, every county total unavailable
    # because of it: said by name (the others are still rolled up; only the office knows whether it is late or extra).
    for town in (t for t, s in county.status.items() if not (s.provided or s.problem or s.failed_files)):
        print(
            f"注意：{town}的文件夹中没有可用的台账（是空的，或只有空的子文件夹）：它的各项指标无法统计，全县合计也因此不统计。"
            f"请放入{town}{year}年的台账后重新运行；如{town}不参加本次汇总，请删去这个文件夹。",
            file=sys.stderr,
        )
    return 1 if troubled or any(outcome.values()) else 0


def write_outputs(county, out: Path, params: dict) -> list[Path]:
    """The county workbook, the Word report, then the HTML report (last: it is what make looks at)."""
    from fzlib.county import report, workbook
    from fzlib.outputs import write_atomic

    name = params["county"]
    files = [
        (paths.county_file(out, county.year, name, ".xlsx"), workbook.xlsx_bytes(county, params)),
        (paths.county_file(out, county.year, name, ".docx"), report.docx_bytes(county, params)),
        (paths.county_file(out, county.year, name, ".html"), report.html_bytes(county, params)),
    ]
    return [write_atomic(path, data) for path, data in files]


def summary(county, written: list[Path]) -> str:
    """The county in a few Chinese lines: towns, what is incomplete, where the files are."""
    statuses = [county.status[t] for t in county.towns]
    complete = sum(s.complete for s in statuses)
    unavailable = [n for n in county.published if county.totals[n].value is None]
    lines = [
        f"{len(county.towns)} 个乡镇：数据完整 {complete} 个，其余 {len(county.towns) - complete} 个见各乡镇数据状况。",
        f"县级合计：{len(county.published) - len(unavailable)} 项可统计，{len(unavailable)} 项无法统计"
        + ("（某乡镇无法统计的指标，全县合计也不统计，原因见报告）" if unavailable else "")
        + "。",
    ]
    lines += [f"已生成：{path}" for path in written]
    return "\n".join(lines)
