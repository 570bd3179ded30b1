"""The development-set scorecard: runs fzlib only through its stable command line on each generated town and
compares every figure with the town's truth.

    python -m tests.devtowns.score            # every town
    python -m tests.devtowns.score qinghe     # one town
    python -m tests.devtowns.score --json     # machine-readable
    python -m tests.devtowns.score --quirks   # the quirk table of the README (markdown)

Verdicts: right (equal; rates at 4 decimals), null-ok (truth null, got null or absent), withheld (truth has a
value, got null: honest but a miss), WRONG (a number different from the truth, or a number where the truth
is null).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import TOWNS, generate, name, true_figures, year
from .truth import FIGURES, Null

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
CRASH_MARKERS = ("Traceback (most recent call last)", "内部错误")


@dataclass
class Run:
    """One town through the command line: per-figure verdicts and how the commands behaved."""

    town: str
    rows: list[tuple[str, Any, Any, str]] = field(default_factory=list)  # figure, truth, got, verdict
    clean_rc: int = 0
    indicators_rc: int = 0
    crashed: bool = False
    output: str = ""

    def count(self, verdict: str) -> int:
        return sum(1 for r in self.rows if r[3] == verdict)

    @property
    def wrong(self) -> list[str]:
        return [r[0] for r in self.rows if r[3] == "WRONG"]


def verdict(truth: Any, got: Any) -> str:
    truth_null = truth is None or isinstance(truth, Null)
    got_null = got is None
    if truth_null:
        return "null-ok" if got_null else "WRONG"
    if got_null:
        return "withheld"
    try:
        return "right" if round(float(got), 4) == round(float(truth), 4) else "WRONG"
    except (TypeError, ValueError):
        return "WRONG"


def _run(args: list[str], root: Path | None = None) -> subprocess.CompletedProcess:
    """fzlib's command line; `root`: a project folder of the town's own (its params), else this project."""
    env = {**os.environ, "FZLIB_ROOT": str(root)} if root else None
    return subprocess.run(
        [str(PYTHON), "-m", "fzlib", *args], cwd=ROOT, capture_output=True, text=True, timeout=600, env=env
    )


def town_root(town: str, folder: Path) -> Path | None:
    """A project folder holding the town's params/<year>.yaml when the town declares PARAMS (its name, as a
    town sets `town:` for ledgers the county compiled): the project's params with those keys replaced.
    None for a town without: it runs with the project's own params."""
    own = getattr(TOWNS[town], "PARAMS", None)
    if not own:
        return None
    y = year(town)
    base = ROOT / "params" / f"{y}.yaml"
    params = yaml.safe_load(base.read_text(encoding="utf-8")) if base.exists() else {}
    params.update(own, year=y)
    (folder / "params").mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(params, allow_unicode=True, sort_keys=False)
    (folder / "params" / f"{y}.yaml").write_text(text, encoding="utf-8")
    return folder


def score(town: str) -> list[tuple[str, Any, Any, str]]:
    """[(figure, truth, got, verdict)] for one town, through the command line."""
    return run(town).rows


def run(town: str, make=None) -> Run:
    """One town through the command line; `make(raw)` writes its ledgers (default: as generated)."""
    result = Run(town)
    truth = true_figures(town)
    with tempfile.TemporaryDirectory(prefix=f"devtowns-{town}-") as tmp:
        raw, out = Path(tmp) / "raw", Path(tmp) / "out"
        (make or (lambda folder: generate(town, folder)))(raw)
        y = str(year(town))
        root = town_root(town, Path(tmp) / "project")
        clean = _run(["clean", "--year", y, "--raw", str(raw), "--out", str(out)], root)
        ind = _run(["indicators", "--year", y, "--processed", str(out), "--json"], root)
    result.clean_rc, result.indicators_rc = clean.returncode, ind.returncode
    result.output = "\n".join([clean.stdout, clean.stderr, ind.stderr])
    result.crashed = any(
        m in text for m in CRASH_MARKERS for text in (clean.stdout, clean.stderr, ind.stdout, ind.stderr)
    )
    try:
        got = json.loads(ind.stdout) if ind.returncode == 0 else {}
    except json.JSONDecodeError:
        got, result.crashed = {}, True
    for figure in FIGURES:
        value = got.get(figure)
        t = truth[figure]
        result.rows.append((figure, None if isinstance(t, Null) else t, value, verdict(t, value)))
    return result


def card(r: Run) -> str:
    lines = [
        f"== {name(r.town)}（{r.town}，{year(r.town)}年）: right {r.count('right')} / null-ok {r.count('null-ok')}"
        f" / withheld {r.count('withheld')} / WRONG {r.count('WRONG')}  (of {len(r.rows)})",
        f"   clean exit {r.clean_rc}{' (non-zero)' if r.clean_rc else ''}; indicators exit {r.indicators_rc};"
        f" traceback/内部错误: {'YES — failure' if r.crashed else 'no'}",
    ]
    for figure, truth, got, v in r.rows:
        if v in ("WRONG", "withheld"):
            lines.append(f"   {v:8} {figure:36} truth={truth!s:10} got={got}")
    return "\n".join(lines)


def quirk_table() -> str:
    """Every named quirk as a markdown table: quirk → town / file / sheet → figures affected."""
    from . import build

    lines = ["| quirk | town | file | sheet | figures | what |", "|---|---|---|---|---|---|"]
    for town in TOWNS:
        for q in build(town).quirks:
            lines.append(f"| `{q.name}` | {name(town)} | {q.file} | {q.sheet} | {', '.join(q.figures)} | {q.note} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if "--quirks" in argv:
        print(quirk_table())
        return 0
    as_json = "--json" in argv
    towns = [a for a in argv if not a.startswith("--")] or list(TOWNS)
    runs = [run(t) for t in towns]
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "town": r.town,
                        "clean_rc": r.clean_rc,
                        "crashed": r.crashed,
                        "rows": [dict(zip(("figure", "truth", "got", "verdict"), row)) for row in r.rows],
                    }
                    for r in runs
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        for r in runs:
            print(card(r))
        total = {v: sum(r.count(v) for r in runs) for v in ("right", "null-ok", "withheld", "WRONG")}
        print(
            f"== all towns: right {total['right']} / null-ok {total['null-ok']} / withheld {total['withheld']}"
            f" / WRONG {total['WRONG']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
