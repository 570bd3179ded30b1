"""The report notebook, generated from the outline: a parameters cell, the title, the contents, then per section a heading, its lead and one call.

`python -m fzlib.report.notebook` writes notebooks/report.ipynb (committed without outputs, for
reading and for running the report in JupyterLab); `report` renders the same notebook generated
from the outline in force, so a town's own outline needs no notebook of its own.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from fzlib import paths

METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}
PARAMETERS = "# 参数（papermill 会在其后注入本次运行的参数）\nyear = 2024\nprocessed = None"
LOAD = "from fzlib.report import data, outline\n\nd = data.load(year, processed)\noutline.title_block(d)"


def _cells(specs: list[tuple[str, str, list[str]]]) -> list[dict]:
    cells = []
    for i, (kind, source, tags) in enumerate(specs):
        cell = {
            "cell_type": kind,
            "id": f"cell-{i:02d}",
            "metadata": {"tags": tags} if tags else {},
            "source": source.splitlines(keepends=True),
        }
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        cells.append(cell)
    return cells


def report_notebook(sections=None) -> str:
    """The notebook's JSON text for an outline's sections (default: the outline in force)."""
    if sections is None:
        from fzlib.report import outline

        sections = outline.load()
    toc = "".join(f'<li><a href="#{escape(s.id)}">{escape(s.heading)}</a></li>' for s in sections if not s.top)
    specs = [("code", PARAMETERS, ["parameters"]), ("code", LOAD, [])]
    # A `top` section (the 要点) sits under the title, before the contents, without a heading.
    specs += [("code", f"outline.show(d, {s.id!r})", []) for s in sections if s.top]
    specs.append(("markdown", f'<nav class="fz-toc"><h2>目录</h2><ol>{toc}</ol></nav>', []))
    for s in sections:
        if s.top:
            continue
        specs.append(("markdown", f'<h2 id="{escape(s.id)}">{escape(s.heading)}</h2>\n\n{escape(s.lead)}', []))
        specs.append(("code", f"outline.show(d, {s.id!r})", []))
    nb = {"cells": _cells(specs), "metadata": METADATA, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, ensure_ascii=False, indent=1) + "\n"


def write(path: Path = paths.REPORT_NOTEBOOK) -> Path:
    path.write_text(report_notebook(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write())
