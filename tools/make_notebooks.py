"""Writes notebooks/report.ipynb and notebooks/explore.ipynb from fzlib.sections.OUTLINE (no outputs).

Run after changing the outline: `.venv/bin/python tools/make_notebooks.py`. The report notebook is
thin: a parameters cell, the title, the table of contents, then per section a heading with an
explicit id, one sentence, and one call into fzlib.
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fzlib.sections import OUTLINE  # noqa: E402

METADATA = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"}}


def _cells(specs: list[tuple[str, str, list[str]]]) -> list[dict]:
    cells = []
    for i, (kind, source, tags) in enumerate(specs):
        cell = {"cell_type": kind, "id": f"cell-{i:02d}", "metadata": {"tags": tags} if tags else {},
                "source": source.splitlines(keepends=True)}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        cells.append(cell)
    return cells


def _notebook(specs) -> str:
    nb = {"cells": _cells(specs), "metadata": METADATA, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, ensure_ascii=False, indent=1) + "\n"


def report_notebook() -> str:
    toc = "".join(f'<li><a href="#{s.id}">{escape(s.heading)}</a></li>' for s in OUTLINE)
    specs = [
        ("code", "# 参数（papermill 会在其后注入本次运行的参数）\nyear = 2024\nprocessed = None", ["parameters"]),
        ("code", "from fzlib import report, sections\n\nd = report.load(year, processed)\nsections.title_block(d)", []),
        ("markdown", f'<nav class="fz-toc"><h2>目录</h2><ol>{toc}</ol></nav>', []),
    ]
    for s in OUTLINE:
        specs.append(("markdown", f'<h2 id="{s.id}">{escape(s.heading)}</h2>\n\n{s.lead}', []))
        specs.append(("code", f"sections.{s.block.__name__}(d)", []))
    return _notebook(specs)


def explore_notebook() -> str:
    specs = [
        ("markdown", '<h2 id="explore">探索一年的台账数据</h2>\n\n'
                     "一次调用载入清洗后的全部台账（`d.tables`，按台账类型）、指标（`d.figures`）、上年指标（`d.previous`）、"
                     "问题清单（`d.issues`）和参数（`d.params`）。表中个人信息已换成化名，自由文本已遮盖。", []),
        ("code", "# 改成要看的年份\nyear = 2024\nprocessed = None", ["parameters"]),
        ("code", "from fzlib import report, breakdowns\n\nd = report.load(year, processed)\nsorted(d.tables)", []),
        ("markdown", "### 年度指标\n\n与报告、导出的 Excel 和 `fzlib check` 使用同一组指标名称。", []),
        ("code", "d.figures", []),
        ("markdown", "### 按字段分组计数\n\n任意台账按任意字段计数，例如矛盾纠纷按村（社区）和化解状态交叉统计。", []),
        ("code", 'd.tables["disputes"].groupby(["village", "status"]).size().unstack(fill_value=0)', []),
        ("markdown", "### 报告中的分类统计\n\n报告中的每个分类表都在 `breakdowns.BREAKDOWNS` 中声明，可以直接取出。", []),
        ("code", 'breakdowns.compute(d.tables, "mediation.type")', []),
        ("markdown", "### 按月份看\n\n日期字段已是日期类型，可直接按月汇总。", []),
        ("code", 'd.tables["enforcement"].groupby(d.tables["enforcement"]["decided_on"].dt.month).size()', []),
        ("markdown", "### 清洗中发现的问题\n\n每个问题都有文件、工作表和单元格位置。", []),
        ("code", 'd.issues[["code", "level", "file", "sheet", "cell", "message"]]', []),
    ]
    return _notebook(specs)


def main() -> None:
    (ROOT / "notebooks" / "report.ipynb").write_text(report_notebook(), encoding="utf-8")
    (ROOT / "notebooks" / "explore.ipynb").write_text(explore_notebook(), encoding="utf-8")


if __name__ == "__main__":
    main()
