"""`make bench-scale`: the county rollup timed at several numbers of towns — wall time, time per town, peak memory, 1 against 2 worker processes.

``python -m benchmarks.scale --towns 15,60,150 [--workers 1,2] [--year 2024]``

Fictitious towns (fzlib.sample.town, seeds 1, 2, …) are generated once into build/bench-scale/towns/
and reused by every later run; a county of N towns is a folder of links to the first N of them.
Each (N, workers) is one `python -m fzlib county --json` process, as an analyst would run it. Its
wall time is what a user waits; its CPU time (user + system, the process and all its workers) is
what the work costs, and depends much less on what else the shared machine is doing. The workers'
reading children (fzlib.ingest.sandbox) outlive their worker, which exits without waiting for them:
their CPU never reaches this process's rusage and is taken from samples every 0.2 s (the last one
each before it ended), as is the command's own CPU (the parent's: imports, progress, rollup, report). Its peak memory is the largest sum over the process and its workers of their proportional set size
(PSS: pages a forked worker shares with its parent are counted once), sampled every 0.2 s, and the
largest resident set of any one of them. Results go to build/bench-scale.json (merged with earlier
runs, keyed by towns and workers) and are printed with the two ratios the aims are stated in: time
and memory of each count against the smallest one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from fzlib import paths

SCALE = paths.BUILD / "bench-scale"
RESULTS = paths.BUILD / "bench-scale.json"
# Each character once (a repeated one made 19 of 1,500 names collide, and the county 1,481 towns).
_CHARS = "".join(
    dict.fromkeys(
        "安白柏宝北长城崇大丹东枫凤福富高古关广桂和河红洪虎华黄吉江金锦九开乐黎莲林龙芦鹿马茅梅南宁平坪蒲青庆仁三山上石双顺太桃天通仙象小新兴杨阳沿永玉元云枣中竹"
    )
)


def town_name(i: int) -> str:
    """The i-th fictitious town: two characters and 镇 (i < len(_CHARS)²), all distinct.

    >>> len({town_name(i) for i in range(1500)})
    1500
    """
    n = len(_CHARS)
    return f"{_CHARS[i // n % n]}{_CHARS[i % n]}镇"


def _generate(args: tuple[int, str, int, str]) -> str:
    from fzlib.sample import generate
    from fzlib.sample.town import fictitious

    year, name, seed, folder = args
    generate(year, Path(folder), fictitious(year, name, seed))
    (Path(folder) / ".done").write_text("ok\n", encoding="ascii")
    return name


def ensure_towns(year: int, count: int, workers: int = 2) -> list[Path]:
    """The first `count` fictitious towns, generated where missing (in parallel), in order."""
    base = SCALE / "towns" / str(year)
    base.mkdir(parents=True, exist_ok=True)
    folders = [base / f"{i + 1:05d}-{town_name(i)}" for i in range(count)]
    todo = [(year, town_name(i), i + 1, str(f)) for i, f in enumerate(folders) if not (f / ".done").exists()]
    if todo:
        print(f"生成 {len(todo)} 个虚构乡镇的台账（只需一次，之后复用）……", file=sys.stderr, flush=True)
        start = time.perf_counter()
        with ProcessPoolExecutor(workers) as pool:
            for done, _ in enumerate(pool.map(_generate, todo, chunksize=4), start=1):
                if done % 50 == 0:
                    print(f"  已生成 {done}/{len(todo)}", file=sys.stderr, flush=True)
        print(f"  用时 {time.perf_counter() - start:.0f} 秒", file=sys.stderr, flush=True)
    return folders


def county_folder(year: int, towns: list[Path]) -> Path:
    """A county of these towns: a folder of links named by the towns."""
    folder = SCALE / f"county-{year}-{len(towns)}"
    folder.mkdir(parents=True, exist_ok=True)
    for town in towns:
        link = folder / town.name.split("-", 1)[1]
        if not link.exists():
            link.symlink_to(town, target_is_directory=True)
    return folder


def _tree_sample(proc, cpu: dict[int, tuple[str, float, float]]) -> tuple[int, int]:
    """(sum of PSS over the process and its descendants, largest RSS of one of them), in bytes; records
    in `cpu` each member's own CPU time and its reaped children's, by pid, as (role, own, reaped)."""
    import psutil

    total, largest = 0, 0
    try:
        members = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    for p in members:
        try:
            info = p.memory_full_info()
            times = p.cpu_times()
            role = "parent" if p.pid == proc.pid else "worker" if p.ppid() == proc.pid else "grandchild"
        except psutil.Error:
            continue
        total += getattr(info, "pss", info.rss)
        largest = max(largest, info.rss)
        cpu[p.pid] = (role, times.user + times.system, times.children_user + times.children_system)
    return total, largest


def _unreaped_cpu(cpu: dict[int, tuple[str, float, float]]) -> float:
    """CPU of the workers' children that no one waited for (it is in no rusage): all the grandchildren's
    as last sampled, less what the workers had reaped of it."""
    seen = sum(own for role, own, _ in cpu.values() if role == "grandchild")
    reaped = sum(children for role, _, children in cpu.values() if role == "worker")
    return max(0.0, seen - reaped)


def time_county(year: int, raw: Path, workers: int) -> dict:
    """One `python -m fzlib county` run: wall and CPU time, peak memory, its exit status."""
    import resource

    import psutil

    out = SCALE / f"out-{raw.name}-w{workers}"
    cmd = [sys.executable, "-m", "fzlib", "county", "--year", str(year), "--raw", str(raw), "--out", str(out)]
    cmd += ["--workers", str(workers), "--json"]
    env = {**os.environ, "TQDM_DISABLE": "1"}
    log = SCALE / f"out-{raw.name}-w{workers}.log"
    with open(log, "wb") as stderr:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=stderr, env=env, cwd=paths.ROOT)
        watched = psutil.Process(proc.pid)
        peak_pss = peak_rss = 0
        sampled: dict[int, tuple[str, float, float]] = {}
        while proc.poll() is None:
            pss, rss = _tree_sample(watched, sampled)
            peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
            time.sleep(0.2)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run and its workers, once reaped
    unreaped = _unreaped_cpu(sampled)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime) + unreaped
    parent = sum(own for role, own, _ in sampled.values() if role == "parent")
    if proc.returncode not in (0, 1):
        tail = log.read_bytes()[-2000:].decode("utf-8", "replace")
        raise RuntimeError(f"county failed ({proc.returncode}), see {log}:\n{tail}")
    towns = sum(1 for _ in raw.iterdir())
    return {
        "towns": towns,
        "workers": workers,
        "wall_s": round(wall, 1),
        "per_town_s": round(wall / towns, 3),
        "cpu_s": round(cpu, 1),
        "cpu_per_town_s": round(cpu / towns, 3),
        "unreaped_cpu_s": round(unreaped, 1),  # the reading children's, included in cpu_s
        "parent_cpu_s": round(parent, 2),  # sampled: up to 0.2 s short
        "peak_pss_mb": round(peak_pss / 2**20),
        "peak_process_rss_mb": round(peak_rss / 2**20),
        "exit": proc.returncode,
        "load_before": [round(x, 2) for x in os.getloadavg()],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale", description="县级汇总的规模测试")
    parser.add_argument("--towns", default="15,60,150", help="乡镇数，逗号分隔（默认 15,60,150）")
    parser.add_argument("--workers", default="1,2", help="进程数，逗号分隔（默认 1,2）")
    parser.add_argument("--year", type=int, default=2024)
    args = parser.parse_args(argv)
    counts = sorted({int(x) for x in args.towns.split(",") if x.strip()})
    workers = sorted({int(x) for x in args.workers.split(",") if x.strip()})
    towns = ensure_towns(args.year, max(counts))
    try:
        results = json.loads(RESULTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        results = {}
    runs = []
    for n in counts:
        raw = county_folder(args.year, towns[:n])
        for w in workers:
            run = time_county(args.year, raw, w)
            runs.append(run)
            results[f"{n}x{w}"] = run
            print(
                f"{n:>5} 个乡镇，{w} 个进程：{run['wall_s']:>7.1f} 秒，每镇 {run['per_town_s']:.3f} 秒"
                f"（CPU 每镇 {run['cpu_per_town_s']:.3f} 秒，其中读取子进程 {run['unreaped_cpu_s']:.1f} 秒；"
                f"主进程 {run['parent_cpu_s']:.2f} 秒），"
                f"峰值内存 {run['peak_pss_mb']} MB（PSS 合计；单进程最大 {run['peak_process_rss_mb']} MB）",
                flush=True,
            )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for w in workers:
        mine = [r for r in runs if r["workers"] == w]
        if len(mine) > 1:
            first = mine[0]
            for r in mine[1:]:
                print(
                    f"{w} 个进程：{r['towns']} 个乡镇的用时是 {first['towns']} 个的 "
                    f"{r['wall_s'] / first['wall_s']:.2f} 倍（CPU {r['cpu_s'] / first['cpu_s']:.2f} 倍；"
                    f"乡镇数 {r['towns'] / first['towns']:.0f} 倍），"
                    f"峰值内存 {r['peak_pss_mb'] / max(first['peak_pss_mb'], 1):.2f} 倍"
                )
    for n in counts:
        one, two = results.get(f"{n}x1"), results.get(f"{n}x2")
        if one and two and one in runs and two in runs:
            print(f"{n} 个乡镇：2 个进程比 1 个进程快 {one['wall_s'] / two['wall_s']:.2f} 倍")
    print(f"已写出：{RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
