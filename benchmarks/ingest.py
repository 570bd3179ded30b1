"""Measuring ingest speed: fzlib's engine against a naive pandas baseline and bare calamine reading.

Run with ``python -m benchmarks.ingest``. The ledger set is generated once, deterministically,
into a temporary folder; the three contenders then read the same files in the same run.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import tempfile
import time
from pathlib import Path

import openpyxl
import pandas as pd
import python_calamine as calamine

from fzlib.ingest.clean import YearCleaner

SEED = 20240305
FILES = 40
SHEETS = ("一季度", "二季度", "三季度", "四季度")
ROWS_PER_SHEET = 660  # 2,640 records per file, 105,600 in all
HEADER = [
    "序号",
    "案件编号",
    "案件名称",
    "执法类别",
    "执法单位",
    "办理日期",
    "当事人",
    "罚款金额（元）",
    "村（社区）",
    "备注",
]
CATEGORIES = ["行政许可", "许可", "行政处罚", "行政处罚类", "行政检查", "检查", "行政强制", "其他"]
VILLAGES = ["晨光村", "尹珍社区", "鹿山社区", "广怀村", "下寺村", "茅家铺村", "小旺草村", "小河口村", "石羊村"]


def _messy_date(rng: random.Random, day: dt.date):
    form = rng.randrange(6)
    if form == 0:
        return dt.datetime(day.year, day.month, day.day)
    if form == 1:
        return (day - dt.date(1899, 12, 30)).days  # an Excel serial typed as a number
    if form == 2:
        return f"{day.year}.{day.month}.{day.day}"
    if form == 3:
        return f"{day.year}年{day.month}月{day.day}日"
    if form == 4:
        return f"{day:%Y%m%d}"
    return f"{day.year}/{day.month}/{day.day}"


def _messy_number(rng: random.Random, n: int):
    form = rng.randrange(5)
    return [n, f"{n}元", f"{n:,}", str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")), ""][form]


def generate(folder: Path) -> int:
    """Write the ledger set; return the number of record rows written."""
    rng = random.Random(SEED)
    total = 0
    for i in range(FILES):
        wb = openpyxl.Workbook(write_only=True)
        for q, name in enumerate(SHEETS):
            ws = wb.create_sheet(name)
            ws.append([f"2024年旺草镇行政执法案件台账（{name}）"])
            ws.append(["填报单位：旺草镇", "", "", "", "", "", "", "", "填报时间：2025年1月5日"])
            ws.append(HEADER)
            for r in range(ROWS_PER_SHEET):
                serial = q * ROWS_PER_SHEET + r + 1
                day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(366))
                ws.append(
                    [
                        r + 1,
                        f"旺草罚字〔2024〕第{i * 10000 + serial}号",
                        f"事项{serial}",
                        rng.choice(CATEGORIES),
                        "旺草镇人民政府",
                        _messy_date(rng, day),
                        f"当事人{rng.randrange(500)}",
                        _messy_number(rng, rng.randrange(0, 5000, 50)),
                        rng.choice(VILLAGES),
                        "",
                    ]
                )
                total += 1
                if r % 200 == 199:
                    ws.append([""] * len(HEADER))
            ws.append(["合计"] + [""] * (len(HEADER) - 1))
            ws.append([ROWS_PER_SHEET + 1] + [""] * (len(HEADER) - 1))  # a numbered, empty template row
        wb.save(folder / f"执法台账_{i + 1:02d}.xlsx")
    return total


# --- the naive baseline: what a first script does ------------------------------------------------
_DATE_FORMATS = ("%Y.%m.%d", "%Y年%m月%d日", "%Y%m%d", "%Y/%m/%d", "%Y-%m-%d")


def _naive_date(value):
    if isinstance(value, (dt.datetime, dt.date)):
        return pd.Timestamp(value)
    if isinstance(value, (int, float)) and not pd.isna(value):
        return pd.Timestamp("1899-12-30") + pd.Timedelta(days=float(value))
    for fmt in _DATE_FORMATS:
        try:
            return pd.Timestamp(dt.datetime.strptime(str(value).strip(), fmt))
        except ValueError:
            continue
    return pd.NaT


def _naive_number(value):
    text = re.sub(r"[元,\s]", "", str(value)).translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    try:
        return float(text)
    except ValueError:
        return float("nan")


def naive(folder: Path) -> int:
    """pandas.read_excel with openpyxl, then row-by-row .apply cleaning of dates and numbers."""
    kept = 0
    for path in sorted(folder.glob("*.xlsx")):
        for frame in pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl").values():
            top = frame.index[frame.apply(lambda r: "序号" in set(r.astype(str)), axis=1)][0]
            body = frame.iloc[top + 1 :].copy()
            body.columns = list(frame.iloc[top])
            body = body[body["案件编号"].notna()]
            body["办理日期"] = body.apply(lambda r: _naive_date(r["办理日期"]), axis=1)
            body["罚款金额（元）"] = body.apply(lambda r: _naive_number(r["罚款金额（元）"]), axis=1)
            kept += len(body)
    return kept


def bare_calamine(folder: Path) -> int:
    """Only reading: every sheet of every file into Python lists with calamine."""
    cells = 0
    for path in sorted(folder.glob("*.xlsx")):
        book = calamine.CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            cells += sum(len(r) for r in rows)
    return cells


def _timed(func, *args) -> tuple[float, object]:
    start = time.perf_counter()
    out = func(*args)
    return time.perf_counter() - start, out


def bench_ingest(folder: Path | None = None) -> dict:
    """Generate the ledger set (once) and time the three contenders on it."""
    with tempfile.TemporaryDirectory(prefix="fzlib-bench-") as tmp:
        folder = folder or Path(tmp)
        if not any(folder.glob("*.xlsx")):
            rows = generate(folder)
        else:
            rows = None
        t_fzlib, result = _timed(lambda: YearCleaner(2024, folder).run())
        t_calamine, _ = _timed(bare_calamine, folder)
        t_naive, naive_kept = _timed(naive, folder)
        kept = sum(len(t) for t in result.tables.values())  # one kind: the generated files are all enforcement
        return {
            "files": FILES,
            "rows_written": rows,
            "fzlib_kept": kept,
            "naive_kept": naive_kept,
            "naive_s": round(t_naive, 2),
            "calamine_s": round(t_calamine, 2),
            "fzlib_s": round(t_fzlib, 2),
            "naive_over_fzlib": round(t_naive / t_fzlib, 1),
            "fzlib_over_calamine": round(t_fzlib / t_calamine, 2),
        }


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if target is not None:
        target.mkdir(parents=True, exist_ok=True)
    numbers = bench_ingest(target)
    for key, value in numbers.items():
        print(f"{key:>20}: {value}")
