"""Cleaning a year: a folder of raw ledgers in; typed tables, an issues table and a manifest (in memory) out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from fzlib import __version__
from fzlib.ingest import issues
from fzlib.ingest.cleaners import CLEANER_OPTIONS, CLEANERS
from fzlib.ingest.folder import ledger_files, sha256
from fzlib.ingest.locate import SERIAL_HEADERS, locate
from fzlib.ingest.privacy import mask_text, personal_names, protect
from fzlib.ingest.read import read_file
from fzlib.ingest.recognise import known_headers, match_columns, recognise, title_kind
from fzlib.spec import LedgerSpec, load_specs

# Columns of a processed table beside the fields: what each record could not give a figure.
UNUSABLE, ABSENT = "_unusable", "_absent"
MONEY_SCALES = {"万元": 10000}


@dataclass
class SheetPart:
    """The raw records one sheet contributes to a kind, by field, with where each field was found.
    Cleaning waits until every sheet of the kind is read, so that each cleaner runs once per kind."""

    kind: str
    file: str
    sheet: str
    raw: pd.DataFrame  # raw cell values, one column per matched field; index = Excel row
    headers: dict[str, str]  # field → header as written
    letters: dict[str, str]  # field → column letter
    scales: dict[str, float]  # field → multiplier from a unit in its header (万元)


@dataclass
class YearResult:
    tables: dict[str, pd.DataFrame]
    issues: pd.DataFrame
    manifest: dict
    failed_files: list[str] = field(default_factory=list)
    # Per kind, the records left out (not of the year, a copy, an error), protected like the tables,
    # with `_status` and `_reason`: what a figure's evidence lists as not counted.
    excluded: dict[str, pd.DataFrame] = field(default_factory=dict)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def clean_fields(raw: pd.DataFrame, spec: LedgerSpec, year: int, scales: dict[str, float] | None = None):
    """Run each field's cleaning steps on its raw column (absent fields are blank).
    Returns (values, codes, details) frames on raw's index."""
    values, codes, details = {}, {}, {}
    blank = pd.Series(None, index=raw.index, dtype="object")
    for f in spec.fields:
        series = raw[f.name] if f.name in raw else blank
        code = detail = None
        # What a step may need to know; each cleaner takes the options it declares.
        context = {
            "year": year,
            "scale": (scales or {}).get(f.name, 1),
            "vocabulary": {k: list(v) for k, v in (f.vocabulary or {}).items()},
        }
        for step in f.steps:
            options = {k: v for k, v in context.items() if k in CLEANER_OPTIONS[step]}
            result = CLEANERS[step](series, **options)
            series = result.values
            # The first problem found in a cell is the one reported: a later step only fills gaps.
            code = result.codes if code is None else code.fillna(result.codes)
            detail = result.detail if detail is None else detail.fillna(result.detail)
        if code is None:  # a field without steps has no problems
            code = detail = pd.Series(pd.NA, index=raw.index, dtype="string")
        values[f.name], codes[f.name], details[f.name] = series, code, detail
    return pd.DataFrame(values, index=raw.index), pd.DataFrame(codes), pd.DataFrame(details)


def _scale(display: str) -> float:
    return next((s for unit, s in MONEY_SCALES.items() if unit in display), 1)


class YearCleaner:
    """Cleans one year's folder. Collects every problem; never stops at the first."""

    def __init__(
        self,
        year: int,
        raw: Path,
        specs: dict[str, LedgerSpec] | None = None,
        overrides: dict[str, str] | None = None,
        exclude: list[str] | None = None,
    ):
        self.year, self.raw = year, raw
        self.specs = specs or load_specs()
        self.known = known_headers(self.specs)
        self.overrides = overrides or {}
        self.exclude = set(exclude or [])
        self.issue_rows: list[dict] = []
        self.parts: list[SheetPart] = []
        self.excluded: dict[str, pd.DataFrame] = {}
        self.files: list[dict] = []

    def issue(self, code: str, file: str, sheet: str = "", **kw) -> None:
        self.issue_rows.append({"code": code, "file": file, "sheet": sheet, **kw})

    # --- files and sheets -------------------------------------------------------------------
    def read_all(self, progress=None) -> None:
        files = ledger_files(self.raw)
        for path in progress(files) if progress else files:
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
            self._hint_kind(entry, rel)
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
                self.issue_rows = [
                    r for r in self.issue_rows if not (r["file"] == rel and r["code"] == "sheet.no_table")
                ]
                # The first row helps to recognise the file, but may hold a name or an ID number.
                self.issue("file.unknown_kind", rel, detail=mask_text(_first_text(result.sheets)))
                self._hint_kind(entry, rel)

    def _hint_kind(self, entry: dict, rel: str) -> None:
        """The kind an unusable file's name points at, if any: that ledger cannot be counted whole this
        year, and its figures must say so rather than count the other files alone."""
        kind = self.overrides.get(rel) or self.overrides.get(Path(rel).name) or title_kind(rel, self.specs)
        if kind:
            entry["kind_hint"] = kind

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
        info.update(
            header_row=table.header_row + 1,
            set_aside=dict(table.set_aside),
            records=len(table.body),
            kept=0,
            flagged=0,
            excluded={},
            unused=len(table.body),
        )
        if kind is None:
            info["problem"] = "file.unknown_kind"
            self.issue("file.unknown_kind", rel, sheet.name, detail=detail)
            return 0
        if detail:  # recognised by its headers although its title points elsewhere
            self.issue("sheet.title_mismatch", rel, sheet.name, detail=detail)
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
            if col.index not in used and not SERIAL_HEADERS.intersection(col.candidates[:1]):
                self.issue(
                    "column.unknown",
                    rel,
                    sheet.name,
                    header=col.display,
                    cell=f"{column_letter(col.index)}{table.header_row + 1}",
                )
        info["unused"] = 0
        self.parts.append(
            SheetPart(
                kind=spec.kind,
                file=rel,
                sheet=sheet.name,
                raw=pd.DataFrame({f: table.body[c.index] for f, c in matched.items()}, index=table.body.index),
                headers={f: c.display for f, c in matched.items()},
                letters={f: column_letter(c.index) for f, c in matched.items()},
                scales={f: _scale(c.display) for f, c in matched.items()},
            )
        )
        return 1

    # --- records --------------------------------------------------------------------------
    def clean_parts(self, spec: LedgerSpec, parts: list[SheetPart]):
        """All sheets of a kind cleaned together: each cleaner runs once per distinct unit scale
        rather than once per sheet. Returns (raw, values, codes, details, part of each row)."""
        raw = pd.concat([p.raw for p in parts], ignore_index=True) if parts else pd.DataFrame()
        raw = raw.reindex(columns=[f.name for f in spec.fields if f.name in raw])
        part_of = np.repeat(np.arange(len(parts)), [len(p.raw) for p in parts])
        signature = [tuple(sorted(p.scales.items())) for p in parts]
        results = []
        for sig in dict.fromkeys(signature):
            rows = np.isin(part_of, [i for i, s in enumerate(signature) if s == sig])
            results.append(clean_fields(raw[rows], spec, self.year, dict(sig)))
        values, codes, details = (pd.concat(r).sort_index() for r in zip(*results))
        values["_file"] = np.array([p.file for p in parts], dtype=object)[part_of]
        values["_sheet"] = np.array([p.sheet for p in parts], dtype=object)[part_of]
        values["_row"] = np.concatenate([p.raw.index.to_numpy() for p in parts])
        values[UNUSABLE], values[ABSENT] = self.marks(spec, parts, codes, part_of)
        return raw, values, codes, details, part_of

    @staticmethod
    def marks(spec: LedgerSpec, parts: list[SheetPart], codes: pd.DataFrame, part_of: np.ndarray):
        """Per record, the fields a figure cannot use: those whose cell was unusable (an error code)
        and those whose column its sheet does not have. Comma-separated field names, "" for none."""
        unusable = pd.Series("", index=codes.index, dtype=object)
        absent = pd.Series("", index=codes.index, dtype=object)
        for f in spec.fields:
            bad = codes[f.name].isin(issues.UNUSABLE).fillna(False).to_numpy(dtype=bool)
            unusable = unusable.where(~bad, unusable + f.name + ",")
            missing = np.array([f.name not in p.headers for p in parts], dtype=bool)[part_of]
            absent = absent.where(~missing, absent + f.name + ",")
        return unusable.str.rstrip(","), absent.str.rstrip(",")

    def cell_issues(self, spec: LedgerSpec, parts, raw, table, codes, details, part_of) -> None:
        stacked = codes.stack().dropna()
        for (i, name), code in stacked.items():
            f, part = spec.field(name), parts[part_of[i]]
            row = int(table.at[i, "_row"])
            self.issue(
                code,
                part.file,
                part.sheet,
                cell=f"{part.letters.get(name, '')}{row}",
                row=row,
                field=name,
                header=part.headers.get(name, f.title),
                value=None if f.personal else _as_text(raw.at[i, name] if name in raw else None),
                detail=details.at[i, name],
                expected=_options(f),
            )

    def screen_kind(self, kind: str, parts: list[SheetPart]):
        """Clean a kind's sheets and decide which records stay: (table, keep mask, status)."""
        spec = self.specs[kind]
        raw, table, codes, details, part_of = self.clean_parts(spec, parts)
        self.cell_issues(spec, parts, raw, table, codes, details, part_of)
        keep = pd.Series(True, index=table.index)
        status = pd.Series("kept", index=table.index, dtype="object")
        reason = pd.Series("", index=table.index, dtype="object")

        def where(i, name):
            part, row = parts[part_of[i]], int(table.at[i, "_row"])
            return dict(
                file=part.file,
                sheet=part.sheet,
                cell=f"{part.letters.get(name, '')}{row}",
                row=row,
                field=name,
                header=part.headers.get(name, spec.field(name).title),
            )

        for f in spec.fields:
            if f.required:
                empty = table[f.name].isna() & keep
                for i in table.index[empty]:
                    if _as_text(raw.at[i, f.name] if f.name in raw else None) is None:
                        # a bad value already has its own cell issue
                        self.issue("row.required_missing", **where(i, f.name))
                keep &= ~empty
                newly = empty & (status == "kept")
                status[newly] = "error"
                reason[newly] = f"必填项“{f.title}”为空或无法识别"
        if spec.date:
            dates = table[spec.date]
            outside = keep & dates.notna() & (dates.dt.year != self.year)
            for i in table.index[outside]:
                self.issue("row.out_of_year", **where(i, spec.date), detail=f"{dates[i]:%Y-%m-%d}")
            keep &= ~outside
            status[outside] = "out_of_year"
            reason[outside] = "日期" + dates[outside].dt.strftime("%Y-%m-%d") + f"不在{self.year}年"
        return table, keep, status, reason

    def settle_kind(
        self, kind: str, table: pd.DataFrame, keep: pd.Series, status: pd.Series, reason: pd.Series, names: set[str]
    ) -> pd.DataFrame:
        """Protect personal data, keep one copy of each record, count what became of every row."""
        spec = self.specs[kind]
        table = protect(table, {f.name: f.personal for f in spec.personal_fields}, also=names)
        key = list(spec.key) or [f.name for f in spec.fields if f.name in table]
        candidates = table[keep]
        dup = candidates.duplicated(subset=key, keep="first") & candidates[key].notna().all(axis=1)
        if dup.any():
            first = candidates.drop_duplicates(subset=key, keep="first").set_index(key)
            for i in dup[dup].index:
                k = tuple(table.loc[i, key]) if len(key) > 1 else table.at[i, key[0]]
                orig = first.loc[k]
                place = f"{orig['_file']}「{orig['_sheet']}」第 {orig['_row']} 行"
                self.issue(
                    "row.duplicate", table.at[i, "_file"], table.at[i, "_sheet"], row=table.at[i, "_row"], detail=place
                )
                reason[i] = f"与{place}是同一条记录"
            keep[dup[dup].index] = False
            status[dup[dup].index] = "duplicate"
        self._count(table, status)
        left_out = table[~keep].assign(_status=status[~keep], _reason=reason[~keep])
        self.excluded[kind] = left_out.reset_index(drop=True)
        return table[keep].reset_index(drop=True)

    def _count(self, table: pd.DataFrame, status: pd.Series) -> None:
        """Record in the manifest what became of each sheet's records."""
        by = [table["_file"], table["_sheet"]]
        counts = pd.crosstab(by, status)
        flagged_rows = {
            (r["file"], r["sheet"], int(r["row"]))
            for r in self.issue_rows
            if r.get("row") is not None and r["code"] not in ("row.out_of_year", "row.duplicate")
        }
        where = pd.MultiIndex.from_arrays([table["_file"], table["_sheet"], table["_row"].astype(int)])
        flagged = pd.Series(where.isin(list(flagged_rows)) if flagged_rows else False, index=table.index)
        flagged_counts = (flagged & (status == "kept")).groupby(by).sum()
        for entry in self.files:
            for info in entry["sheets"]:
                k = (entry["file"], info["sheet"])
                if k in counts.index:
                    row = counts.loc[k]
                    info["kept"] = int(row.get("kept", 0))
                    info["excluded"] = {s: int(row.get(s, 0)) for s in ("error", "out_of_year", "duplicate")}
                    info["flagged"] = int(flagged_counts.get(k, 0))

    def run(self, progress=None) -> YearResult:
        self.read_all(progress)
        by_kind: dict[str, list[SheetPart]] = {}
        for part in self.parts:
            by_kind.setdefault(part.kind, []).append(part)
        screened = {kind: self.screen_kind(kind, parts) for kind, parts in sorted(by_kind.items())}
        # A person named in one ledger is masked in the free text of every ledger of the year.
        names = set().union(
            *(
                personal_names(t, {f.name: f.personal for f in self.specs[k].personal_fields})
                for k, (t, *_) in screened.items()
            )
        )
        tables = {kind: self.settle_kind(kind, *parts, names) for kind, parts in screened.items()}
        failed = [f["file"] for f in self.files if f.get("problem") and not f["excluded"]]
        manifest = {
            "year": self.year,
            "fzlib": __version__,
            "files": self.files,
            "kinds": {k: len(v) for k, v in tables.items()},
        }
        return YearResult(tables, issues.frame(self.issue_rows), manifest, failed, self.excluded)


def _options(field, most: int = 12) -> str | None:
    """A field's allowed values, for messages: '行政许可、行政处罚、…' (long lists capped)."""
    if not field.vocabulary:
        return None
    names = list(field.vocabulary)
    return "、".join(names[:most]) + (f" 等{len(names)}项" if len(names) > most else "")


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
