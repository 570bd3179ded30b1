"""The county layer: every town of a county through the same per-town pipeline (in parallel, or on a Dask cluster), the county's figures and its report.

- `fzlib/county/step.py`: the per-town step, a pure function (a town's raw folder → its processed
  tables, its figures with their evidence, its data status), written to disk as each town finishes;
- `fzlib/county/rollup.py`: the county's totals from the towns' counts, rates recomputed from them,
  rankings, each town's data status;
- `fzlib/county/command.py`: the `county` command (worker processes or Dask, progress, summaries);
- `fzlib/county/report.py`: the county report as the report's pieces, rendered as the HTML page and
  as the official Word document; `fzlib/county/workbook.py`: the towns × figures workbook.
"""
