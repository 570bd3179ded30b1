"""Cleaning a year: a folder of raw ledgers in; typed tables, an issues table and a manifest (in memory) out."""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from fzlib import __version__
from fzlib.ingest import issues
from fzlib.ingest.cleaners import CLEANER_OPTIONS, CLEANERS
from fzlib.ingest.folder import display_name, ledger_files, outside_link, sha256
from fzlib.ingest.locate import SERIAL_HEADERS, locate, norm_header
from fzlib.ingest.privacy import Outbound, personal_names, protect
from fzlib.ingest.read import MAX_CELLS_TOTAL, Reader, read_file
from fzlib.ingest.recognise import known_headers, match_columns, recognise
from fzlib.ingest.sandbox import Worker
from fzlib.spec import LedgerSpec, load_specs

# Columns of a processed table beside the fields: what each record could not give a figure.
UNUSABLE, ABSENT = "_unusable", "_absent"
MONEY_SCALES = {"万元": 10000}
# Issues that do not make a kept record one "with problems to check".
NOT_FLAGGING = ("row.out_of_year", "row.duplicate")


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
    # The one exit for personal data: anything printed about this year passes `outbound.text`.
    outbound: Outbound = field(default_factory=Outbound)


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
        self.files: list[dict] = []
        self.listed: Counter = Counter()  # issues listed, per file
        self.unlisted: dict[str, Counter] = {}  # issues beyond the cap, per file and code
        self.flagged: set[tuple] = set()  # (file, sheet, row) of records with an issue to check
        self.cells = 0  # cells read so far, all files

    def listing(self, file: str) -> bool:
        """Whether a file's issues are still listed one by one (else only counted)."""
        return self.listed[file] < issues.MAX_PER_FILE and len(self.issue_rows) < issues.MAX_LISTED

    def issue(self, code: str, file: str, sheet: str = "", **kw) -> None:
        row = kw.get("row")
        if row is not None and code not in NOT_FLAGGING:
            self.flagged.add((file, sheet, int(row)))
        if not self.listing(file):
            if file not in self.unlisted:
                self.unlisted[file] = Counter()
            self.unlisted[file][code] += 1
            return
        self.listed[file] += 1
        self.issue_rows.append({"code": code, "file": file, "sheet": sheet, **kw})

    # --- files and sheets -------------------------------------------------------------------
    def read_all(self, progress=None) -> None:
        files = ledger_files(self.raw)
        # One child process reads every file, within limits, a file ahead of the cleaning here.
        planned = [
            (p, Path(self.shown_name(p)).stem)
            for p in files
            if self.shown_name(p) not in self.exclude and not outside_link(p, self.raw)
        ]
        with Worker() as worker:
            reader = Reader(worker, planned)
            for path in progress(files) if progress else files:
                self.read_one(path, reader)

    def shown_name(self, path: Path) -> str:
        return display_name(path.relative_to(self.raw).as_posix())

    def read_one(self, path: Path, reader: Reader | None = None) -> None:
        """One file, inside its own boundary: whatever it holds, it ends as records or as a named
        problem of this file, and every other file is still read."""
        rel = self.shown_name(path)
        stem = Path(rel).stem
        if any(f["file"] == rel for f in self.files):  # two names that show alike (undecodable bytes)
            rel = f"{rel}〔文件{len(self.files) + 1}〕"
        entry = {"file": rel, "sha256": None, "excluded": rel in self.exclude, "sheets": []}
        self.files.append(entry)
        if entry["excluded"]:
            return
        marks = len(self.parts), len(self.issue_rows)
        try:
            self._read_one(path, rel, stem, entry, reader)
        except Exception as exc:  # a defect met on this file: the file is named, the run goes on
            if os.environ.get("FZLIB_DEBUG"):
                raise
            del self.parts[marks[0] :]
            del self.issue_rows[marks[1] :]
            self.listed[rel] = 0
            self.unlisted.pop(rel, None)
            self.flagged = {k for k in self.flagged if k[0] != rel}
            entry.update(sheets=[], problem="file.failed")
            self.issue("file.failed", rel, detail=type(exc).__name__)

    def _read_one(self, path: Path, rel: str, stem: str, entry: dict, reader: Reader | None) -> None:
        if outside_link(path, self.raw):
            entry["problem"] = "file.outside_link"
            self.issue("file.outside_link", rel)
            return
        try:
            entry["sha256"] = sha256(path)
        except OSError:
            entry["problem"] = "file.unreadable"
            self.issue("file.unreadable", rel)
            return
        result = reader.read(path, stem) if reader else read_file(path, stem)
        entry["format"] = result.format
        if not result.problem:
            cells = sum(len(r) for s in result.sheets for r in s.rows)
            if self.cells + cells > MAX_CELLS_TOTAL:
                result.problem = "file.too_large"
                result.detail = f"本次清洗已读入的台账合计超过 {MAX_CELLS_TOTAL:,} 个单元格的上限，该文件未读入"
            self.cells += cells
        if result.problem:
            entry["problem"] = result.problem
            self.issue(result.problem, rel, detail=result.detail or None)
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
                kept = [r for r in self.issue_rows if not (r["file"] == rel and r["code"] == "sheet.no_table")]
                self.listed[rel] -= len(self.issue_rows) - len(kept)
                self.issue_rows = kept
                # The first row helps to recognise the file, but may hold a person: only column titles
                # are quoted (IDs, phones and registered names are masked on the way out besides).
                self.issue("file.unknown_kind", rel, detail=_first_text(result.sheets, self.known))

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
        if stacked.empty:
            return
        # Positions looked up once for all issues (a pandas .at per issue cost 0.2 ms each).
        labels = stacked.index.get_level_values(0)
        rows = table["_row"].to_numpy()[table.index.get_indexer(labels)]
        raw_at, detail_at = raw.index.get_indexer(labels), details.index.get_indexer(labels)
        raw_cols = {c: raw[c].to_numpy(dtype=object) for c in raw.columns}
        detail_cols = {c: details[c].to_numpy(dtype=object, na_value=None) for c in details.columns}
        for k, ((i, name), code) in enumerate(stacked.items()):
            f, part = spec.field(name), parts[part_of[i]]
            row = int(rows[k])
            if not self.listing(part.file):  # beyond the file's cap: counted, not described
                self.issue(code, part.file, part.sheet, row=row)
                continue
            self.issue(
                code,
                part.file,
                part.sheet,
                cell=f"{part.letters.get(name, '')}{row}",
                row=row,
                field=name,
                header=part.headers.get(name, f.title),
                value=None if f.personal else _as_text(raw_cols[name][raw_at[k]] if name in raw_cols else None),
                detail=detail_cols[name][detail_at[k]],
                expected=_options(f),
            )

    def screen_kind(self, kind: str, parts: list[SheetPart]):
        """Clean a kind's sheets and decide which records stay: (table, keep mask, status)."""
        spec = self.specs[kind]
        raw, table, codes, details, part_of = self.clean_parts(spec, parts)
        self.cell_issues(spec, parts, raw, table, codes, details, part_of)
        keep = pd.Series(True, index=table.index)
        status = pd.Series("kept", index=table.index, dtype="object")

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
                # a bad value already has its own cell issue: only cells left blank are missing
                blank = raw[f.name].map(_as_text).isna() if f.name in raw else pd.Series(True, index=raw.index)
                for i in table.index[empty & blank.reindex(table.index, fill_value=True)]:
                    self.issue("row.required_missing", **where(i, f.name))
                keep &= ~empty
                status[empty & (status == "kept")] = "error"
        if spec.date:
            dates = table[spec.date]
            outside = keep & dates.notna() & (dates.dt.year != self.year)
            for i in table.index[outside]:
                self.issue("row.out_of_year", **where(i, spec.date), detail=f"{dates[i]:%Y-%m-%d}")
            keep &= ~outside
            status[outside] = "out_of_year"
        return table, keep, status

    def settle_kind(
        self, kind: str, table: pd.DataFrame, keep: pd.Series, status: pd.Series, names: set[str]
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
            keep[dup[dup].index] = False
            status[dup[dup].index] = "duplicate"
        self._count(table, status)
        return table[keep].reset_index(drop=True)

    def _count(self, table: pd.DataFrame, status: pd.Series) -> None:
        """Record in the manifest what became of each sheet's records."""
        by = [table["_file"], table["_sheet"]]
        counts = pd.crosstab(by, status)
        flagged_rows = self.flagged
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
        screened = {kind: self.screen_safely(kind, parts) for kind, parts in sorted(by_kind.items())}
        screened = {kind: found for kind, found in screened.items() if found is not None}
        # A person named in one ledger is masked in the free text of every ledger of the year.
        names = set().union(
            *(
                personal_names(t, {f.name: f.personal for f in self.specs[k].personal_fields})
                for k, (t, _, _) in screened.items()
            )
        )
        tables = {kind: self.settle_kind(kind, *parts, names) for kind, parts in screened.items()}
        # The one exit: every name and text below leaves the raw folder through `out`.
        out = Outbound(names)
        out.name_files(self.files)
        tables = {kind: self.outward(kind, table, out) for kind, table in tables.items()}
        self.summarise_unlisted()
        failed = [out.file(f["file"]) for f in self.files if f.get("problem") and not f["excluded"]]
        manifest = {
            "year": self.year,
            "fzlib": __version__,
            "files": out.manifest_files(self.files),
            "kinds": {k: len(v) for k, v in tables.items()},
        }
        return YearResult(tables, issues.frame(out.issue_rows(self.issue_rows)), manifest, failed, out)

    def screen_safely(self, kind: str, parts: list[SheetPart]):
        """screen_kind inside a boundary per file: when cleaning a kind meets a defect, the files
        that trip it are found one by one, named (file.failed), and the others cleaned together."""
        before = self._issues_state()
        try:
            return self.screen_kind(kind, parts)
        except Exception:
            if os.environ.get("FZLIB_DEBUG"):
                raise
        failed = {}
        for file in dict.fromkeys(p.file for p in parts):
            self._restore_issues(before)
            try:
                self.screen_kind(kind, [p for p in parts if p.file == file])
            except Exception as exc:
                failed[file] = type(exc).__name__
        self._restore_issues(before)
        for entry in self.files:
            if entry["file"] in failed:
                entry["problem"] = "file.failed"
                for info in entry["sheets"]:
                    if info.get("kind") == kind:
                        info.update(problem="file.failed", unused=info.get("records", 0))
                self.issue("file.failed", entry["file"], detail=failed[entry["file"]])
        good = [p for p in parts if p.file not in failed]
        return self.screen_kind(kind, good) if good else None

    def _issues_state(self):
        return (
            len(self.issue_rows),
            Counter(self.listed),
            {f: Counter(c) for f, c in self.unlisted.items()},
            set(self.flagged),
        )

    def _restore_issues(self, state) -> None:
        rows, listed, unlisted, flagged = state
        del self.issue_rows[rows:]
        self.listed, self.flagged = Counter(listed), set(flagged)
        self.unlisted = {f: Counter(c) for f, c in unlisted.items()}

    def summarise_unlisted(self) -> None:
        """One row per file whose issues were not all listed, counting the rest by type."""
        for entry in self.files:
            if entry["file"] in self.unlisted:
                entry["issues_not_listed"] = dict(sorted(self.unlisted[entry["file"]].items()))
        for file, counts in sorted(self.unlisted.items()):
            kinds = "，".join(f"{issues.CATALOGUE[c].label} {n:,} 项" for c, n in counts.most_common(5))
            self.issue_rows.append(
                {
                    "code": "file.issues_capped",
                    "file": file,
                    "sheet": "",
                    "detail": f"{sum(counts.values()):,} 项（{kinds}）",
                }
            )

    def outward(self, kind: str, table: pd.DataFrame, out: Outbound) -> pd.DataFrame:
        """A settled table on its way out: names of files and sheets as shown, every text column
        not already pseudonymised scanned; a field's own vocabulary words are left as they are."""
        spec = self.specs[kind]
        # Pseudonyms are no text; free text was scanned by protect() with the same names.
        scanned = [f.name for f in spec.personal_fields if f.personal in ("name", "id_number", "phone", "free_text")]
        keep = {f.name: set(f.vocabulary) for f in spec.fields if f.vocabulary}
        shown = out.table(table, untouched=[*scanned, UNUSABLE, ABSENT], keep=keep)
        for hidden in out.numbers_hidden:  # removed as a phone or an ID: no figure may count the cell
            i, name = hidden.pop("index"), hidden["field"]
            shown.at[i, UNUSABLE] = ",".join(filter(None, [shown.at[i, UNUSABLE], name]))
            self.issue("cell.personal_number", **hidden, header=spec.field(name).title)
        out.numbers_hidden.clear()
        return shown


def _options(field, most: int = 12) -> str | None:
    """A field's allowed values, for messages: '行政许可、行政处罚、…' (long lists capped)."""
    if not field.vocabulary:
        return None
    names = list(field.vocabulary)
    return "、".join(names[:most]) + (f" 等{len(names)}项" if len(names) > most else "")


# A cell of an unrecognised file's first row is quoted only when it reads like a title or a column
# title; anything else (a person's name, a number) is shown as "…".
_TITLE_WORDS = re.compile(
    r"表|台账|登记|统计|名单|清单|汇总|情况|序号|编号|日期|时间|名称|单位|类型|类别|金额|数量|备注|说明|合计"
)


def _first_text(sheets, known: set[str] = frozenset()) -> str:
    """The first non-empty row of a file, to show what the file looks like in a message: its column
    titles and title-like cells as written, every other cell (it may hold a person) as "…"."""
    for sheet in sheets:
        for row in sheet.rows[:20]:
            cells = [str(c).strip() for c in row if _as_text(c)]
            if cells:
                shown = [c if norm_header(c) in known or _TITLE_WORDS.search(c) else "…" for c in cells[:6]]
                return "首行为：" + "、".join(shown) + ("等" if len(cells) > 6 else "")
    return ""


def _as_text(value):
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None
