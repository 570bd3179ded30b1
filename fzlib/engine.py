"""Cleaning a year: a folder of raw ledgers in; typed tables, an issues table and a manifest out."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from fzlib import __version__, issues, paths
from fzlib.cleaners import CLEANERS
from fzlib.locate import SERIAL_HEADERS, Table, locate, norm_header
from fzlib.privacy import protect
from fzlib.read import read_file
from fzlib.recognise import known_headers, match_columns, recognise
from fzlib.spec import LedgerSpec, load_specs

PROVENANCE = ["_file", "_sheet", "_row"]
IGNORED_NAMES = (".", "~$")  # hidden files and Office lock files are not ledgers
MONEY_SCALES = {"万元": 10000}


@dataclass
class SheetPart:
    """The records one sheet contributes to a kind, cleaned but not yet de-duplicated or filtered."""

    kind: str
    table: pd.DataFrame
    codes: pd.DataFrame            # same index as table, one column per field: issue code or NA
    details: pd.DataFrame
    raw: pd.DataFrame              # raw cell values, for issue rows
    headers: dict[str, str]        # field → header as written
    letters: dict[str, str]        # field → column letter


@dataclass
class YearResult:
    tables: dict[str, pd.DataFrame]
    issues: pd.DataFrame
    manifest: dict
    failed_files: list[str] = field(default_factory=list)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ledger_files(raw: Path) -> list[Path]:
    return sorted(p for p in raw.rglob("*") if p.is_file() and not p.name.startswith(IGNORED_NAMES)
                  and p.name.lower() != "readme.md")


def clean_fields(body: pd.DataFrame, spec: LedgerSpec, matched: dict, year: int):
    """Run each field's cleaning steps on its column. Returns (values, codes, details) frames."""
    values, codes, details = {}, {}, {}
    for f in spec.fields:
        col = matched.get(f.name)
        series = body[col.index] if col is not None else pd.Series([None] * len(body), index=body.index, dtype="object")
        code = pd.Series(pd.NA, index=body.index, dtype="string")
        detail = pd.Series(pd.NA, index=body.index, dtype="string")
        for step in f.steps:
            options = {}
            if step == "category":
                options["vocabulary"] = {k: list(v) for k, v in f.vocabulary.items()}
            elif step == "date":
                options["year"] = year
            elif step == "number" and col is not None:
                options["scale"] = next((s for unit, s in MONEY_SCALES.items() if unit in col.display), 1)
            result = CLEANERS[step](series, **options)
            series = result.values
            code = code.fillna(result.codes)
            detail = detail.fillna(result.detail)
        values[f.name], codes[f.name], details[f.name] = series, code, detail
    return pd.DataFrame(values, index=body.index), pd.DataFrame(codes), pd.DataFrame(details)


class YearCleaner:
    """Cleans one year's folder. Collects every problem; never stops at the first."""

    def __init__(self, year: int, raw: Path, specs: dict[str, LedgerSpec] | None = None,
                 overrides: dict[str, str] | None = None, exclude: list[str] | None = None):
        self.year, self.raw = year, raw
        self.specs = specs or load_specs()
        self.known = known_headers(self.specs)
        self.overrides = overrides or {}
        self.exclude = set(exclude or [])
        self.issue_rows: list[dict] = []
        self.parts: list[SheetPart] = []
        self.files: list[dict] = []

    def issue(self, code: str, file: str, sheet: str = "", **kw) -> None:
        self.issue_rows.append({"code": code, "file": file, "sheet": sheet, **kw})

    # --- files and sheets -------------------------------------------------------------------
    def read_all(self, progress=None) -> None:
        files = ledger_files(self.raw)
        for path in (progress(files) if progress else files):
            self.read_one(path)

    def read_one(self, path: Path) -> None:
        rel = path.relative_to(self.raw).as_posix()
        entry = {"file": rel, "sha256": sha256(path), "excluded": rel in self.exclude, "sheets": []}
        self.files.append(entry)
        if entry["excluded"]:
            return
        result = read_file(path)
        entry["format"] = result.format
        if result.problem:
            entry["problem"] = result.problem
            self.issue(result.problem, rel)
            return
        usable = 0
        for sheet in result.sheets:
            usable += self.read_sheet(rel, sheet, entry)
        if not usable:
            tried = [s["problem"] for s in entry["sheets"] if s.get("problem", "sheet.no_table") != "sheet.no_table"]
            if tried:  # a table was found but not usable: its sheet already has its own issue
                entry["problem"] = tried[0]
            else:
                entry["problem"] = "file.unknown_kind"
                # One message for the file says it all; per-sheet "no table" notes would only repeat it.
                self.issue_rows = [r for r in self.issue_rows if not (r["file"] == rel and r["code"] == "sheet.no_table")]
                self.issue("file.unknown_kind", rel, detail=_first_text(result.sheets))

    def read_sheet(self, rel: str, sheet, entry: dict) -> int:
        info = {"sheet": sheet.name, "rows_read": len(sheet.rows)}
        entry["sheets"].append(info)
        table = locate(sheet, self.known)
        if table is None:
            info["problem"] = "sheet.no_table"
            info["set_aside"] = {"no_table": len(sheet.rows)}
            self.issue("sheet.no_table", rel, sheet.name)
            return 0
        context = f"{rel} {sheet.name} {table.title_text}"
        kind = self.overrides.get(rel) or self.overrides.get(Path(rel).name)
        detail = ""
        if kind is None:
            kind, detail = recognise(table, self.specs, context)
        info.update(header_row=table.header_row + 1, set_aside=dict(table.set_aside), records=len(table.body),
                    kept=0, flagged=0, excluded={}, unused=len(table.body))
        if kind is None:
            info["problem"] = "file.unknown_kind"
            self.issue("file.unknown_kind", rel, sheet.name, detail=detail)
            return 0
        spec = self.specs[kind]
        info["kind"] = kind
        matched = match_columns(table.columns, spec)
        missing = [f for f in spec.fields if f.required and f.name not in matched]
        if missing:
            info["problem"] = "column.missing"
            for f in missing:
                self.issue("column.missing", rel, sheet.name, field=f.name, detail=f.title)
            return 0
        used = {c.index for c in matched.values()}
        for col in table.columns:
            if col.index not in used and col.candidates[0] not in SERIAL_HEADERS:
                self.issue("column.unknown", rel, sheet.name, header=col.display,
                           cell=f"{column_letter(col.index)}{table.header_row + 1}")
        info["unused"] = 0
        self.parts.append(self.clean_sheet(rel, sheet.name, table, spec, matched))
        return 1

    def clean_sheet(self, rel, sheet_name, table: Table, spec: LedgerSpec, matched) -> SheetPart:
        values, codes, details = clean_fields(table.body, spec, matched, self.year)
        values["_file"], values["_sheet"], values["_row"] = rel, sheet_name, table.body.index
        raw = pd.DataFrame({f: table.body[c.index] for f, c in matched.items()}, index=table.body.index)
        return SheetPart(
            kind=spec.kind, table=values, codes=codes, details=details, raw=raw,
            headers={f: c.display for f, c in matched.items()},
            letters={f: column_letter(c.index) for f, c in matched.items()},
        )

    # --- records --------------------------------------------------------------------------
    def cell_issues(self, part: SheetPart, spec: LedgerSpec) -> None:
        stacked = part.codes.stack().dropna()
        for (row, name), code in stacked.items():
            f = spec.field(name)
            raw = part.raw.at[row, name] if name in part.raw else None
            self.issue(code, part.table.at[row, "_file"], part.table.at[row, "_sheet"],
                       cell=f"{part.letters.get(name, '')}{row}", row=row, field=name,
                       header=part.headers.get(name, f.title),
                       value=None if f.personal else _as_text(raw), detail=part.details.at[row, name])

    def finish_kind(self, kind: str, parts: list[SheetPart]) -> pd.DataFrame:
        spec = self.specs[kind]
        for part in parts:
            self.cell_issues(part, spec)
        table = pd.concat([p.table for p in parts], ignore_index=True)
        letters = {(p.table["_file"].iat[0], p.table["_sheet"].iat[0]): p for p in parts if len(p.table)}
        keep = pd.Series(True, index=table.index)
        status = pd.Series("kept", index=table.index, dtype="object")
        for f in spec.fields:
            if f.required:
                empty = table[f.name].isna() & keep
                for i in table.index[empty]:
                    part = letters[(table.at[i, "_file"], table.at[i, "_sheet"])]
                    row = table.at[i, "_row"]
                    raw = part.raw.at[row, f.name] if f.name in part.raw else None
                    if _as_text(raw) in ("", None):  # a bad value already has its own cell issue
                        self.issue("row.required_missing", table.at[i, "_file"], table.at[i, "_sheet"],
                                   cell=f"{part.letters.get(f.name, '')}{row}", row=row, field=f.name,
                                   header=part.headers.get(f.name, f.title))
                keep &= ~empty
                status[empty & (status == "kept")] = "error"
        if spec.date:
            dates = table[spec.date]
            outside = keep & dates.notna() & (dates.dt.year != self.year)
            for i in table.index[outside]:
                part = letters[(table.at[i, "_file"], table.at[i, "_sheet"])]
                self.issue("row.out_of_year", table.at[i, "_file"], table.at[i, "_sheet"],
                           cell=f"{part.letters.get(spec.date, '')}{table.at[i, '_row']}", row=table.at[i, "_row"],
                           field=spec.date, header=part.headers.get(spec.date), detail=f"{dates[i]:%Y-%m-%d}")
            keep &= ~outside
            status[outside] = "out_of_year"
        table = protect(table, {f.name: f.personal for f in spec.personal_fields})
        key = list(spec.key) or [f.name for f in spec.fields if f.name in table]
        candidates = table[keep]
        dup = candidates.duplicated(subset=key, keep="first") & candidates[key].notna().all(axis=1)
        if dup.any():
            first = candidates.drop_duplicates(subset=key, keep="first").set_index(key)
            for i in dup[dup].index:
                k = tuple(table.loc[i, key]) if len(key) > 1 else table.at[i, key[0]]
                orig = first.loc[k]
                where = f"{orig['_file']}「{orig['_sheet']}」第 {orig['_row']} 行"
                self.issue("row.duplicate", table.at[i, "_file"], table.at[i, "_sheet"], row=table.at[i, "_row"],
                           detail=where)
            keep[dup[dup].index] = False
            status[dup[dup].index] = "duplicate"
        self._count(table, status)
        return table[keep].reset_index(drop=True)

    def _count(self, table: pd.DataFrame, status: pd.Series) -> None:
        """Record in the manifest what became of each sheet's records."""
        counts = pd.crosstab([table["_file"], table["_sheet"]], status)
        flagged_rows = {(r["file"], r["sheet"], r["row"]) for r in self.issue_rows
                        if r.get("row") is not None and r["code"] not in ("row.out_of_year", "row.duplicate")}
        for entry in self.files:
            for info in entry["sheets"]:
                k = (entry["file"], info["sheet"])
                if k in counts.index:
                    row = counts.loc[k]
                    info["kept"] = int(row.get("kept", 0))
                    info["excluded"] = {s: int(row.get(s, 0)) for s in ("error", "out_of_year", "duplicate")}
                    kept_rows = table[(table["_file"] == k[0]) & (table["_sheet"] == k[1]) & (status == "kept")]["_row"]
                    info["flagged"] = int(sum((k[0], k[1], r) in flagged_rows for r in kept_rows))

    def run(self, progress=None) -> YearResult:
        self.read_all(progress)
        by_kind: dict[str, list[SheetPart]] = {}
        for part in self.parts:
            by_kind.setdefault(part.kind, []).append(part)
        tables = {kind: self.finish_kind(kind, parts) for kind, parts in sorted(by_kind.items())}
        failed = [f["file"] for f in self.files if f.get("problem") and not f["excluded"]]
        manifest = {
            "year": self.year, "fzlib": __version__, "files": self.files,
            "kinds": {k: len(v) for k, v in tables.items()},
        }
        return YearResult(tables, issues.frame(self.issue_rows), manifest, failed)


def _first_text(sheets) -> str:
    """The first non-empty row of a file, to show what the file looks like in a message."""
    for sheet in sheets:
        for row in sheet.rows[:20]:
            cells = [str(c).strip() for c in row if _as_text(c)]
            if cells:
                return "首行为：" + "、".join(cells[:6])
    return ""


def _as_text(value):
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None


def write_year(result: YearResult, out: Path) -> None:
    """Write tables, issues and manifest; a stale table of a kind no longer present is removed."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.parquet"):
        old.unlink()
    for kind, table in result.tables.items():
        table.to_parquet(paths.table_file(out, kind), index=False)
    result.issues.to_parquet(out / paths.ISSUES_PARQUET, index=False)
    write_issues_xlsx(result.issues, out / paths.ISSUES_XLSX)
    _atomic_write(out / paths.MANIFEST, json.dumps(result.manifest, ensure_ascii=False, indent=1, default=str))


def write_issues_xlsx(frame: pd.DataFrame, path: Path) -> None:
    """The issues list as a workbook an office worker can work through; no cell can become a formula."""
    order = ["level", "file", "sheet", "cell", "header", "value", "message", "code"]
    sheet = frame[order].rename(columns=issues.COLUMN_TITLES).astype("object")
    sheet = sheet.map(_inert)
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        sheet.to_excel(writer, sheet_name="问题清单", index=False)
        ws = writer.sheets["问题清单"]
        for col, width in zip("ABCDEFGH", (6, 28, 12, 8, 14, 16, 80, 18)):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = "A2"


def _inert(value):
    """Text that a spreadsheet would read as a formula gets a leading apostrophe-like quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return None if value is pd.NA else value


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def summary(result: YearResult, out: Path) -> str:
    """A one-screen Chinese summary of a cleaning run."""
    files = result.manifest["files"]
    sheets = [s for f in files for s in f["sheets"]]
    kept = sum(s.get("kept", 0) for s in sheets)
    excluded = sum(sum(s.get("excluded", {}).values()) for s in sheets)
    flagged = sum(s.get("flagged", 0) for s in sheets)
    aside = sum(sum(s.get("set_aside", {}).values()) for s in sheets)
    lines = [
        f"读取文件 {len(files)} 个（工作表 {len(sheets)} 个）；识别台账 {len(result.tables)} 种。",
        f"记录：保留 {kept} 行（其中有问题标注 {flagged} 行），未计入 {excluded} 行（出错、跨年或重复），"
        f"标题/表头/空白/合计等行 {aside} 行。",
    ]
    by_level = Counter(result.issues["level"]) if len(result.issues) else Counter()
    lines.append("问题：" + ("无" if not by_level else "，".join(f"{k} {v} 项" for k, v in by_level.items())))
    if len(result.issues):
        top = result.issues.groupby("code").size().sort_values(ascending=False).head(5)
        for code, n in top.items():
            kind = issues.CATALOGUE[code]
            lines.append(f"  · {kind.label}（{kind.level}，{code}）：{n} 项")
    for f in result.failed_files:
        msg = result.issues[(result.issues["file"] == f) & (result.issues["level"] == issues.ERROR)]["message"]
        lines.append(f"✗ 无法使用：{msg.iloc[0] if len(msg) else f}")
    lines.append(f"问题清单：{out / paths.ISSUES_XLSX}")
    return "\n".join(lines)


def clean_year(year: int, raw: Path, out: Path, overrides=None, exclude=None, progress=None) -> YearResult:
    """Clean a year's folder and write the results."""
    result = YearCleaner(year, raw, overrides=overrides, exclude=exclude).run(progress)
    write_year(result, out)
    return result
