"""`make bench`: fzlib measured against baselines timed in the same run, printed as ratios and written to build/bench.json.

Three measurements: ingest (benchmarks/ingest.py: fzlib vs. a naive pandas+openpyxl cleaner and
vs. bare calamine reading), the real report command against the bare papermill+nbconvert two-step,
and a no-op `make report`. build/bench.json holds the ratios under stable keys (ingest_vs_naive,
ingest_vs_calamine, report_ratio_cold, report_ratio_warm, noop_s) and every timing behind them.
`make bench-scale` (benchmarks/scale.py) times the county rollup.


``bench_render()`` writes a trivial pandas + matplotlib notebook to a temp folder and, in the same
run, times (1) the bare baseline, ``papermill`` CLI then ``jupyter nbconvert --to html --no-input``,
two interpreter starts, and (2) ``fzlib.report.html.render_report`` in a fresh interpreter (so the
comparison includes its own start-up, imports and font subsetting, as ``make report`` pays them).
By default (2) renders the same trivial notebook; pass ``notebook``/``parameters`` to time the real
report instead. ``python -m benchmarks`` (``make bench``) prints the figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from fzlib import paths

TRIVIAL_SOURCE = """\
import pandas as pd
import matplotlib.pyplot as plt
df = pd.DataFrame({"x": range(10), "y": [i * i for i in range(10)]})
df.plot(x="x", y="y")
plt.show()
"""


def trivial_notebook(path: Path) -> Path:
    """The baseline notebook of report-pipeline-notes.md: import pandas and matplotlib, one plot."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    params = nbformat.v4.new_code_cell("year = 2000")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(TRIVIAL_SOURCE)]
    nbformat.write(nb, path)
    return path


def _timed(cmd: list[str], cwd: Path, env: dict | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode:
        raise RuntimeError(f"{cmd[:3]} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return time.perf_counter() - start


def bench_render(notebook: Path | None = None, parameters: dict | None = None, *, repeat: int = 3) -> dict:
    """Time the two-step CLI baseline and render_report; print both and their ratio; return them.

    The two are run alternately ``repeat`` times and the best run of each is kept, so that load
    from other processes on a shared machine does not decide the comparison.
    """
    runs = [_one_round(notebook, parameters) for _ in range(repeat)]
    best = min(runs, key=lambda r: r["baseline_s"])
    result = {
        **best,
        "render_s": min(r["render_s"] for r in runs),
        "repeat": repeat,
        "baseline_runs_s": [r["baseline_s"] for r in runs],
        "render_runs_s": [r["render_s"] for r in runs],
    }
    result["ratio"] = round(result["render_s"] / result["baseline_s"], 2)
    print(
        f"基线（papermill 命令 + nbconvert 命令，{repeat} 次取最快）：{result['baseline_s']:.2f} 秒"
        f"（papermill {result['baseline_papermill_s']:.2f} 秒，nbconvert "
        f"{result['baseline_nbconvert_s']:.2f} 秒，HTML {result['baseline_html_bytes']:,} 字节）"
    )
    print(
        f"render_report（{result['notebook']}，{repeat} 次取最快）：{result['render_s']:.2f} 秒"
        f"（HTML {result['render_html_bytes']:,} 字节）"
    )
    print(f"比值 render_report / 基线：{result['ratio']:.2f}")
    return result


def _one_round(notebook: Path | None, parameters: dict | None) -> dict:
    bindir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory(prefix="fzlib-bench-") as tmp:
        tmp = Path(tmp)
        trivial = trivial_notebook(tmp / "trivial.ipynb")
        papermill_s = _timed(
            [
                str(bindir / "papermill"),
                str(trivial),
                str(tmp / "executed.ipynb"),
                "-k",
                "python3",
                "-p",
                "year",
                "2024",
                "--no-progress-bar",
            ],
            tmp,
        )
        nbconvert_s = _timed(
            [str(bindir / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(tmp / "executed.ipynb")], tmp
        )
        target = Path(notebook) if notebook else trivial
        args = json.dumps(
            {"notebook": str(target), "parameters": parameters or {"year": 2024}, "out": str(tmp / "report.html")},
            ensure_ascii=False,
        )
        script = (
            "import json, sys; from pathlib import Path; from fzlib.report.html import render_report; "
            "a = json.loads(sys.argv[1]); render_report(Path(a['notebook']), a['parameters'], "
            "Path(a['out']), title='基准测试')"
        )
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(paths.PACKAGE.parent), os.environ.get("PYTHONPATH")])),
        }
        render_s = _timed([sys.executable, "-c", script, args], paths.ROOT, env)
        result = {
            "baseline_s": round(papermill_s + nbconvert_s, 2),
            "baseline_papermill_s": round(papermill_s, 2),
            "baseline_nbconvert_s": round(nbconvert_s, 2),
            "baseline_html_bytes": (tmp / "executed.html").stat().st_size,
            "render_s": round(render_s, 2),
            "render_html_bytes": (tmp / "report.html").stat().st_size,
            "notebook": str(notebook) if notebook else "trivial",
        }
    return result


def bench_report_command(year: int = 2024, repeat: int = 3) -> dict:
    """`python -m fzlib report --year Y` (processed data present) against the two-step baseline.

    Each round times the baseline, then a first render (no cached font subset, as after a fresh
    clone), then a re-render (the subset cut before, as when an analyst renders again after
    correcting a ledger). The best of the rounds is kept for each of the three, so that a pause of
    the machine in one run decides none of them. Every run is printed and kept in bench.json."""
    import shutil

    from fzlib.ingest.write import clean_year

    with tempfile.TemporaryDirectory(prefix="fzlib-bench-") as tmp:
        processed = Path(tmp) / "processed" / str(year)
        clean_year(year, paths.raw_dir(year), processed)
        cmd = [
            sys.executable,
            "-m",
            "fzlib",
            "report",
            "--year",
            str(year),
            "--processed",
            str(processed),
            "--out",
            str(Path(tmp) / "reports"),
        ]
        baselines, colds, warms = [], [], []
        for _ in range(repeat):
            baselines.append(_one_round(None, None)["baseline_s"])
            shutil.rmtree(paths.FONT_CACHE, ignore_errors=True)
            colds.append(round(_timed(cmd, paths.ROOT), 2))
            warms.append(round(_timed(cmd, paths.ROOT), 2))
    baseline, cold, warm = min(baselines), min(colds), min(warms)
    result = {
        "baseline_s": baseline,
        "report_cold_s": cold,
        "report_warm_s": warm,
        "ratio_cold": round(cold / baseline, 2),
        "ratio_warm": round(warm / baseline, 2),
        "repeat": repeat,
        "baseline_runs_s": baselines,
        "report_cold_runs_s": colds,
        "report_warm_runs_s": warms,
    }
    print(
        f"报告：python -m fzlib report --year {year}（{repeat} 轮，各取最快）：首次（无字体缓存）{cold:.2f} 秒，"
        f"比值 {result['ratio_cold']:.2f}；再次 {warm:.2f} 秒，比值 {result['ratio_warm']:.2f}（目标 ≤ 1.0）。"
        f"基线（papermill + nbconvert 两步，简单笔记本）{baseline:.2f} 秒。"
        f"各轮：基线 {baselines}，首次 {colds}，再次 {warms}"
    )
    return result


def bench_noop_make(year: int = 2024) -> dict:
    """A second `make report` with nothing changed must return at once."""
    # The first run may clean and render (its progress is not part of the measurement).
    subprocess.run(
        ["make", "-s", "report", f"YEAR={year}"],
        cwd=paths.ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    seconds = _timed(["make", "-s", "report", f"YEAR={year}"], paths.ROOT)
    print(f"无改动时再次 make report：{seconds:.2f} 秒（目标 < 1 秒）")
    return {"noop_make_s": round(seconds, 2)}


BENCH_JSON = paths.BUILD / "bench.json"


def summary(ingest: dict, report: dict, noop: dict) -> dict:
    """The figures of one `make bench` run under stable keys, with the timings behind them."""
    import datetime as dt
    import platform

    return {
        "ingest_vs_naive": ingest["naive_over_fzlib"],
        "ingest_vs_calamine": ingest["fzlib_over_calamine"],
        "report_ratio_cold": report["ratio_cold"],
        "report_ratio_warm": report["ratio_warm"],
        "noop_s": noop["noop_make_s"],
        "aims": {
            "ingest_vs_naive": ">= 10",
            "ingest_vs_calamine": "<= 1.5",
            "report_ratio_cold": "<= 1.0",
            "report_ratio_warm": "<= 1.0",
            "noop_s": "< 1",
        },
        "ingest": ingest,
        "report": report,
        "measured": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "load_before": os.getloadavg()},
    }


def main(argv: list[str]) -> int:
    from benchmarks.ingest import bench_ingest
    from fzlib.outputs import write_atomic

    load = os.getloadavg()
    ingest = bench_ingest()
    print(
        f"清洗：{ingest['files']} 个文件，fzlib {ingest['fzlib_s']:.2f} 秒；朴素基线（pandas+openpyxl+逐行 apply）"
        f"{ingest['naive_s']:.2f} 秒，快 {ingest['naive_over_fzlib']} 倍（目标 ≥ 10）；纯 calamine 读取 "
        f"{ingest['calamine_s']:.2f} 秒，fzlib 为其 {ingest['fzlib_over_calamine']} 倍（目标 ≤ 1.5）"
    )
    report = bench_report_command()
    noop = bench_noop_make()
    result = summary(ingest, report, noop)
    result["machine"]["load_before"] = load
    write_atomic(BENCH_JSON, json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    print(f"已写出：{BENCH_JSON}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
