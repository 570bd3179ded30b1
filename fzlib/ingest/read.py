"""Reading any ledger file into raw grids of cells, the format told by content, never by name; within limits, in a child process (fzlib.ingest.sandbox).

Workbooks (.xlsx, .xls, .et, .ods, Excel 2003 XML), CSV/TSV text, HTML tables and the tables of a
Word .docx are read; a PDF, an image, an archive or an old .doc is named for what it is (its records cannot be).

A file beyond a limit is refused as `file.too_large` with a Chinese detail, before its grid is
allocated where the reader lets us look first (sheet ranges, HTML spans, CSV widths), and by the
child's memory and time limits where it does not. Every text cell comes back safe for every writer
(fzlib.outputs.safe_text).
"""

from __future__ import annotations

import csv
import io
import json
import posixpath
import re
import struct
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import chain, compress, repeat
from operator import is_
from pathlib import Path
from urllib.parse import unquote
from xml.parsers import expat

import python_calamine as calamine

from fzlib.encodings import big5, by_line, unmangled
from fzlib.ingest import rtf, sandbox
from fzlib.ingest.marks import (
    COLOUR_NOTE_TEXT,
    FONT_NOTE_TEXT,
    SYMBOL_FONTS,
    UPDATING_DATE,
    SheetMarks,
    apply_marks,
    non_worksheets,
    raised,
    row_colour,
    rows_before_damage,
    sheet_parts,
    struck_row,
    with_distinct_names,
    xls_encrypted,
)
from fzlib.ooxml import transitional
from fzlib.outputs import OWN_OUTPUT, UNSAFE_CHAR, safe_text

# Limits on one file. Real ledgers stay far below them (a year's busiest ledger: some 10,000 rows
# of 20 columns); a file beyond one is named as an error and every other file is still read.
MAX_FILE_BYTES = 256 * 1024**2
MAX_SHEETS = 500
MAX_CELLS_PER_SHEET = 2_000_000  # the sheet's whole grid, empty cells included
MAX_CELLS_TOTAL = 20_000_000  # all files of a run together (checked by the engine)
MAX_CELL_CHARS = 131_072  # also Python's csv field limit; Excel itself stops at 32,767
# Filled cells in one row: a ledger's header names some dozens of columns (a year of days across, 366). Each titled
# column is matched against every kind's fields, so a text export of 100,000 titles on its first line (600 KB) had
# kept the cleaning busy for over a minute, outside the reading child's time limit.
MAX_FILLED_PER_ROW = 2_000
# HTML's own limits on spans (browsers clamp to these).
MAX_COLSPAN, MAX_ROWSPAN = 1000, 65534

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, WPS .et, and encrypted OOXML
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_MARKER = "EncryptionInfo".encode("utf-16-le")
TEXT_ENCODINGS = ("utf-8-sig", "gb18030")


@dataclass
class Sheet:
    """One sheet as a grid: rows[i][j] is the cell at Excel row i+1, column j+1 ('' when empty)."""

    name: str
    rows: list[list]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    marks: SheetMarks = field(default_factory=SheetMarks)  # hidden sheet or rows, error cells
    # How the grid was rewritten from what the file holds (fzlib.ingest.forms): "" as read; "form" (one filled
    # form, its labels over its one record), "blank_form" (a form with nothing filled in: no record) or
    # "transposed" (fields down a column, a record per column).
    layout: str = ""
    # A rewritten grid's cells (A1-style) → where they stand in the file, so that messages name the form's own cells.
    origin: dict[str, str] = field(default_factory=dict)
    # A Word table's paragraphs above it, since the table before (its title, 单位：万元): what a workbook's form
    # holds in rows over its header, which a Word table's own rows do not.
    caption: str = ""
    # A Word table's paragraphs below it, up to the next table (注：绿色为已化解; 1=已化解，2=化解中): what a workbook
    # holds in rows under its table, read for the legends they give (fzlib.ingest.legends).
    notes: list[str] = field(default_factory=list)


@dataclass
class ReadResult:
    sheets: list[Sheet]
    format: str
    problem: str | None = None  # an issue code from fzlib.issues when the file cannot be used
    detail: str = ""  # what the problem is, in Chinese, when the code alone does not say
    # What the reading child found besides, when asked (a Reader's `prepare`): the engine's tables of each sheet.
    prepared: object = None


class TooLarge(Exception):
    """A limit was reached; the message (Chinese) says which."""


def sniff(head: bytes) -> str:
    """The format of a file from its first bytes: xlsx, ole, html, text or empty."""
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        return "empty"
    if head.startswith(ZIP_MAGIC):
        return "xlsx"
    if head.startswith(OLE_MAGIC):
        return "ole"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"<?xml", b"<body", b"<head", b"<div")) or (
        b"<table" in text
    ):
        return "html"
    return "text"


def read_file(path: Path, stem: str | None = None, worker: sandbox.Worker | None = None) -> ReadResult:
    """Every sheet of a ledger file. Never raises on bad files: problems come back as codes.
    `stem` names the sheet of a CSV or HTML file (default: the file's stem); `worker` is the child
    process to read in (default: one for this file alone)."""
    stem = stem or path.stem
    if worker is None:
        return _result(sandbox.run_limited(_read_within_limits, path, stem), path)
    return _result(worker.run(_read_within_limits, path, stem), path)


class Reader:
    """Files read in worker children in the order given, each file requested before the one before
    it is handed back: the children read the next files while the caller works on this one. With
    several workers, files go to them in turn (reading a file takes longer than the cleaning
    here spends on it, so one child alone would keep the caller waiting). A file of the list the
    caller does not ask for (it turned out excluded) is read for nothing, not wrongly.

    `prepare` (importable by name, pickled by reference with its arguments) is applied in the child to
    what it read: the caller's first step on each file, done there on the other core. Whatever it raises
    leaves `prepared` None, for the caller to do that step itself."""

    def __init__(
        self,
        workers: sandbox.Worker | list[sandbox.Worker],
        planned: list[tuple[Path, str]],
        prepare: Callable[[ReadResult], object] | None = None,
    ):
        self.workers = workers if isinstance(workers, list) else [workers]
        self.planned, self.ahead, self.prepare = planned, len(self.workers), prepare
        self.sent = self.done = 0  # planned[:sent] submitted, planned[:done] collected or passed

    def _worker(self, i: int) -> sandbox.Worker:
        return self.workers[i % len(self.workers)]  # each worker's calls stay in planned order

    def read(self, path: Path, stem: str) -> ReadResult:
        try:
            i = self.planned.index((path, stem), self.done)
        except ValueError:  # not planned: read on its own
            return read_file(path, stem)
        for k in range(self.done, min(i, self.sent)):  # asked for, no longer wanted
            self._worker(k).collect()
        self.done, self.sent = i, max(self.sent, i)
        while self.sent <= min(i + self.ahead, len(self.planned) - 1):
            self._worker(self.sent).submit(_read_prepared, *self.planned[self.sent], self.prepare)
            self.sent += 1
        self.done = i + 1
        return _result(self._worker(i).collect(), path)


def _result(outcome: sandbox.Outcome, path: Path | None = None) -> ReadResult:
    if outcome.status == "ok":
        return outcome.value
    if outcome.status == "memory":
        detail = (_far_cell(path) if path is not None else None) or (
            "读取时所需内存超过上限（表格范围异常大，如有单元格远在表格之外；或是解压后异常大的文件）"
        )
        return ReadResult([], "unknown", "file.too_large", detail)
    if outcome.status == "timeout":
        return ReadResult([], "unknown", "file.too_large", f"读取超过 {sandbox.SECONDS:.0f} 秒仍未完成")
    return ReadResult([], "unknown", "file.unreadable")


# How much of a worksheet's XML is looked through for its far cell once reading it ran out of memory.
FAR_CELL_SCAN_BYTES = 64 * 1024**2
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*?(?:/>|>(.*?)</c>)', re.S)


def _far_cell(path: Path) -> str | None:
    """Where a workbook whose reading ran out of memory is stretched: the sheet and its far corner, said
    as a grid too large is (a cell holding nothing visible, an empty text, at XFD1048576 makes the reader
    lay out 17 billion cells). None when no sheet's cells reach beyond the limit (then the memory went
    elsewhere: a zip bomb). Reads the XML in the caller, capped: the reader child is gone."""
    try:
        with zipfile.ZipFile(path) as archive:
            for part, name in sheet_parts(archive).items():
                with archive.open(part) as stream:
                    content = stream.read(FAR_CELL_SCAN_BYTES)
                rows = cols = 0
                for m in _CELL_REF.finditer(content):
                    if m.group(3) is None or not re.search(rb"<(?:v|t|is)\b", m.group(3)):
                        continue  # formatting only: the reader passes it over
                    rows, cols = max(rows, int(m.group(2))), max(cols, _column_index(m.group(1)) + 1)
                try:
                    _grid_fits(f"工作表「{name}」", rows, cols)
                except TooLarge as exc:
                    return str(exc)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError, zlib.error, EOFError):
        return None
    return None


def _column_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _read_prepared(path: Path, stem: str, prepare: Callable[[ReadResult], object] | None) -> ReadResult:
    result = _read_within_limits(path, stem)
    if prepare is not None and not result.problem:
        try:
            result.prepared = prepare(result)
        except Exception:  # noqa: S110 (the caller does the step again, and names the file if it fails)
            pass
    return result


def _read_within_limits(path: Path, stem: str) -> ReadResult:
    try:
        size = path.stat().st_size
    except OSError:
        return ReadResult([], "unknown", "file.unreadable")
    if size > MAX_FILE_BYTES:
        big = f"文件大小 {size / 1024**2:,.0f} MB"
        if media := _media(path):  # a recording among the ledgers: no table at all, not a table too large
            return ReadResult([], "unknown", "file.not_a_table", f"{media}（{big}）")
        return ReadResult([], "unknown", "file.too_large", f"{big}，超过 {MAX_FILE_BYTES // 1024**2} MB 的上限")
    try:
        result = _read(path, stem)
        for sheet in result.sheets:
            _make_safe(sheet)
    except TooLarge as exc:
        return ReadResult([], "unknown", "file.too_large", str(exc))
    if result.problem == "file.encrypted" and path.suffix.lower() in _WORD_SUFFIXES:
        # A Word file with an opening password (the same container as a workbook's): "取消密码…另存为 .xlsx" had been
        # said of it, advice for Excel that a Word file cannot follow.
        return ReadResult([], result.format, "file.encrypted_document")
    if result.problem == "file.unreadable":  # what it is by its name, for advice that works
        if _TEMPORARY.search(path.name):
            return ReadResult([], result.format, "file.temporary")
        if _cut_short(path):
            return ReadResult([], result.format, "file.cut_short")
        if program := _OTHER_PROGRAMS.get(path.suffix.lower()):
            return ReadResult([], result.format, "file.other_program", program)
        if _a_document(path):  # Excel cannot open it: the advice is Word's
            return ReadResult([], result.format, "file.unreadable_document")
    return result


def _cut_short(path: Path) -> bool:
    """Whether a zip package (.xlsx, .docx, .ods) lost its end: it opens as a package does (a local header naming a
    part, deflated or stored) but the directory a zip writes last (its end record, PK 5 6,
    within the last 64 KB) is missing, as in a copy or a download interrupted, or a file still being written. Opened
    in Excel or Word, it is "repaired" into whatever its first parts held: records lost without a word. Bytes that
    merely open with PK are no such package.

    >>> import tempfile, zipfile as z; d = Path(tempfile.mkdtemp())
    >>> with z.ZipFile(d / "a.xlsx", "w") as f: f.writestr("xl/workbook.xml", "x" * 500)
    >>> whole = (d / "a.xlsx").read_bytes(); _ = (d / "b.xlsx").write_bytes(whole[: len(whole) // 2])
    >>> _ = (d / "c.xlsx").write_bytes(b"PK\\x03\\x04 this is not a real zip archive")
    >>> _cut_short(d / "a.xlsx"), _cut_short(d / "b.xlsx"), _cut_short(d / "c.xlsx")
    (False, True, False)
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(1024)
            f.seek(max(0, size - 65_557))  # the end record (22 bytes) and a comment of at most 65,535
            tail = f.read()
    except OSError:
        return False
    if len(head) < 30 or not head.startswith(ZIP_MAGIC) or b"PK\x05\x06" in tail:
        return False
    (method,), (name_length,) = struct.unpack_from("<H", head, 8), struct.unpack_from("<H", head, 26)
    name = head[30 : 30 + name_length]
    return method in (0, 8) and len(name) == name_length > 0 and re.fullmatch(rb"[\x21-\x7e]+", name) is not None


# The temporary files Excel (8 hex digits, no suffix), Word (~WRL0001.tmp) and others leave behind
# when a save is interrupted: no ledger, though one may hold the last save's content.
_TEMPORARY = re.compile(r"^[0-9A-F]{8}$|\.tmp$", re.IGNORECASE)
# A Word (or OpenDocument text) ledger: when damaged, Word repairs it, Excel cannot open it.
_WORD_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".dotm", ".odt"})
# Word 97-2003's and WPS 文字's own binary documents (and templates): damaged, they too are Word's to open, never
# Excel's (a damaged .wps had been told 用 Excel/WPS 打开…另存为 .xlsx).
_OLD_WORD_SUFFIXES = frozenset({".doc", ".dot", ".wps", ".wpt"})


def _a_document(path: Path) -> bool:
    """Whether an unreadable file is a word-processing document, by what it is (a package whose first part is
    Word's) or else by its name."""
    if path.suffix.lower() in _WORD_SUFFIXES | _OLD_WORD_SUFFIXES:
        return True
    try:
        with path.open("rb") as f:
            head = f.read(512)
    except OSError:
        return False
    if len(head) < 30 or not head.startswith(ZIP_MAGIC):
        return False
    (name_length,) = struct.unpack_from("<H", head, 26)
    return head[30 : 30 + name_length].startswith(b"word/")


# Spreadsheets of programs fzlib cannot read, by suffix: the program that exports them to Excel.
_OTHER_PROGRAMS = {
    ".numbers": "苹果电脑的 Numbers 表格",
    ".mdb": "Access 数据库",
    ".accdb": "Access 数据库",
    ".dbf": "dBase/FoxPro 数据库",
    ".wk4": "Lotus 1-2-3 表格",
    # LibreOffice's flat (single-file XML) formats, which neither Excel nor WPS opens.
    ".fods": "LibreOffice 的平面 XML 表格（.fods）",
    ".fodt": "LibreOffice 的平面 XML 文档（.fodt）",
}


def _read(path: Path, stem: str) -> ReadResult:
    try:
        data = path.read_bytes()
    except OSError:
        return ReadResult([], "unknown", "file.unreadable")
    utf32 = data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"))  # a script's or .NET's UTF-32 text
    if utf32 or data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 (Excel's "Unicode text"): as UTF-8 from here
        try:
            data = data.decode("utf-32" if utf32 else "utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return ReadResult([], "text", "file.unreadable")
    if b"\x00" in data[:4096] and (text := _utf16_without_bom(data)) is not None:
        data = text.encode("utf-8")
    if (pages := _web_archive_pages(data)) is not None:
        return _read_web_archive(pages, stem)
    fmt = sniff(data[:4096])
    if fmt == "empty":
        return ReadResult([], fmt, "file.empty")
    if fmt == "xlsx" and (mended := _with_forward_slashes(data)) is not None:
        data = mended
    if fmt == "xlsx" and (twice := _part_written_twice(data)):
        return ReadResult([], fmt, "file.part_twice", twice)
    other = _other_document(data, fmt)
    if other == WORD_DOCUMENT:
        return _read_docx(data, stem)
    if other:
        return ReadResult([], fmt, *other)
    if fmt in ("xlsx", "ole"):
        if fmt == "ole" and (ENCRYPTED_MARKER in data or xls_encrypted(data)):
            return ReadResult([], fmt, "file.encrypted")
        return _read_workbook(data, fmt)
    if fmt == "text" and rtf.is_rtf(data):
        return _read_rtf(data, stem)
    if fmt == "text":
        if (traditional := big5(data)) is not None:
            read = _read_csv(traditional, (), stem)
            for sheet in read.sheets:
                sheet.marks.repairs = (*sheet.marks.repairs, ("sheet.big5", ()))
            return read
        decoded = _decode_text(data)
        if decoded and (mended := unmangled(decoded[0])) is not None:
            read = _read_csv(mended, (), stem)
            for sheet in read.sheets:
                sheet.marks.repairs = (*sheet.marks.repairs, ("sheet.mangled_encoding", ()))
            return read
        return (
            _read_csv(decoded[0], decoded[1], stem, decoded[2]) if decoded else ReadResult([], fmt, "file.unreadable")
        )
    text = _decode(data)
    if text is None:
        return ReadResult([], fmt, "file.unreadable")
    if made := _GENERATOR.search(text[:8192]):  # a page fzlib wrote (its report), copied among the ledgers
        what = (made.group(1) or made.group(2)).removeprefix(OWN_OUTPUT).lstrip("：")
        return ReadResult([], fmt, "file.own_output", what or "文件")
    if _SPREADSHEET_ML in text[:65536]:
        return _read_spreadsheet_ml(text)
    if (named := _ARCHIVE_SHEET.findall(text[:1_048_576])) and "<table" not in text.lower():
        # Excel's 网页 (not 单个文件网页): a frame whose sheets are pages in the folder beside it (台账.files).
        if pages := _frame_pages(path, [href for _, href in named]):
            return _read_web_archive([(path.name, text), *pages, *_stylesheets(path, pages)], stem)
        return ReadResult([], "html", "file.page_parts_missing", _page_folder(named[0][1], path.stem))
    if _FRAMES.search(text[:1_048_576]) and "<table" not in text.lower():
        # A browser's 另存为 of a system's page built of frames: the ledger is in pages the file only names.
        return ReadResult([], "html", "file.frame_page")
    return _read_html(text, stem, "".join(css for _, css in _stylesheets(path, [(path.name, text)])))


# A page made of other pages (<frameset>, <frame src>, <iframe src>), other than Excel's 网页 above.
_FRAMES = re.compile(r"<\s*(?:frameset|frame|iframe)\b", re.IGNORECASE)


def _page_folder(href: str, stem: str) -> str:
    """The folder a page names its part in (台账.files of 台账.files/sheet001.htm); one it names out of its own folder
    is never quoted: the folder Excel writes beside the page is.

    >>> _page_folder("%E5%8F%B0%E8%B4%A6.files/sheet001.htm", "台账"), _page_folder("/etc/passwd", "台账")
    ('台账.files', '台账.files')
    """
    name = _part_name(href)
    folder = name.rpartition("/")[0] if name else ""
    return folder or f"{stem}.files"


def _part_name(href: str) -> str | None:
    """A page's reference to a file beside it, as a path under the page's folder; None for one that leaves it (an
    absolute path, a drive, a URL, a ..)."""
    name = unquote(href).replace("\\", "/")
    if not name or name.startswith("/") or ":" in name or ".." in name.split("/"):
        return None
    return name


def _frame_pages(page: Path, hrefs: list[str]) -> list[tuple[str, str]]:
    """The pages an Excel web page names as its sheets, read from the folder beside it: [(href, text)] of those that
    are there. Only a file under the page's own folder is read (no absolute path, no .., no link out of it), each
    within the file size limit."""
    base = page.parent.resolve()
    out = []
    for href in hrefs[:MAX_SHEETS]:
        if (name := _part_name(href)) is None:
            continue
        try:
            target = (page.parent / name).resolve()
            if not target.is_relative_to(base) or not target.is_file() or target.stat().st_size > MAX_FILE_BYTES:
                continue
            data = target.read_bytes()
        except OSError:
            continue
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                data = data.decode("utf-16").encode("utf-8")
            except UnicodeDecodeError:
                continue
        if (text := _decode(data)) is not None:
            out.append((href, text))
    return out


def _deflated(data: bytes) -> bytes | None:
    """The package with its parts deflated when some are packed by a method other than deflate or none (bzip2, LZMA);
    None when none is, or the zip cannot be rewritten."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if all(info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for info in archive.infolist()):
                return None
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
                for info in archive.infolist():
                    rewritten.writestr(info.filename, archive.read(info))
            return out.getvalue()
    except (zipfile.BadZipFile, NotImplementedError, OSError, RuntimeError, ValueError, EOFError, zlib.error):
        return None


def _part_written_twice(data: bytes) -> str | None:
    """What a package holds twice under one name with two contents (a script updating a workbook by appending the part
    again, as Python's zipfile does in mode "a"), as the message shows it; None when no part is. Which copy is the sheet
    is anyone's guess: calamine had read the later one, the earlier one's records lost without a word, and Excel offers
    to repair it. The same content twice is no such doubt.

    >>> import zipfile as z, warnings; warnings.simplefilter("ignore"); out = io.BytesIO()
    >>> with z.ZipFile(out, "w") as f: f.writestr("xl/worksheets/sheet1.xml", "<a/>"); f.writestr("xl/worksheets/sheet1.xml", "<b/>")
    >>> _part_written_twice(out.getvalue())
    '工作表内容（xl/worksheets/sheet1.xml）'
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            seen: dict[str, int] = {}
            for info in archive.infolist():
                if seen.setdefault(info.filename, info.CRC) != info.CRC:
                    what = (
                        "工作表内容"
                        if "worksheets/" in info.filename
                        else "文档正文"
                        if info.filename.startswith("word/")
                        else "组成部分"
                    )
                    return f"{what}（{info.filename}）"
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    return None


def _with_forward_slashes(data: bytes) -> bytes | None:
    r"""The package with its parts named as the zip format writes them (xl/workbook.xml) when a tool zipped it with
    Windows' separators (xl\workbook.xml: .NET Framework 4.5's ZipFile.CreateFromDirectory, scripts zipping a
    folder). Such a workbook had been called a zip to unpack, whose unpacked folder is no ledger either. None when
    no part is so named (every package names its _rels\.rels so), or the zip cannot be rewritten.

    >>> import zipfile as z; out = io.BytesIO()
    >>> with z.ZipFile(out, "w") as f: f.writestr("_rels\\.rels", "<r/>"); f.writestr("xl\\workbook.xml", "<w/>")
    >>> sorted(z.ZipFile(io.BytesIO(_with_forward_slashes(out.getvalue()))).namelist())
    ['_rels/.rels', 'xl/workbook.xml']
    """
    if b"_rels\\" not in data:
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if not any("\\" in name for name in archive.namelist()):
                return None
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
                for info in archive.infolist():
                    rewritten.writestr(info.filename.replace("\\", "/"), archive.read(info))
            return out.getvalue()
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, KeyError, EOFError, zlib.error):
        return None


# What a file that holds no spreadsheet is, told by its first bytes (its name may say otherwise).
_OTHER_MAGIC = (
    (b"%PDF", ("file.not_a_table", "一份 PDF 文件")),
    (b"\xff\xd8\xff", ("file.not_a_table", "一张图片（JPEG）")),
    (b"\x89PNG", ("file.not_a_table", "一张图片（PNG）")),
    (b"GIF8", ("file.not_a_table", "一张图片（GIF）")),
    (b"II*\x00", ("file.not_a_table", "一张图片（TIFF）")),
    (b"MM\x00*", ("file.not_a_table", "一张图片（TIFF）")),
    (b"Rar!", ("file.archive", "RAR")),
    (b"7z\xbc\xaf", ("file.archive", "7z")),
    (b"\x1f\x8b", ("file.archive", "gzip")),
    # A shortcut saved among the ledgers: Windows' .lnk, a browser's .url to an online sheet
    # (金山文档, 腾讯文档): the ledger itself is elsewhere.
    (b"L\x00\x00\x00\x01\x14\x02\x00", ("file.shortcut", "（Windows 快捷方式）")),
    (b"[InternetShortcut]", ("file.shortcut", "（网页链接，台账多在网上的在线表格里）")),
    (b"\xef\xbb\xbf[InternetShortcut]", ("file.shortcut", "（网页链接，台账多在网上的在线表格里）")),
    # Interchange formats old systems still export, often named .xls: Excel opens them, fzlib does not. Read as
    # text they were "no known ledger's header" (首行为：…、N、E), the advice to rename columns that are right.
    (b"ID;P", ("file.other_program", "SYLK 格式（旧系统导出、Excel/WPS 能打开）的表格")),
    (b"TABLE\r\n0,1\r\n", ("file.other_program", "DIF 格式（旧系统导出、Excel/WPS 能打开）的表格")),
    (b"TABLE\n0,1\n", ("file.other_program", "DIF 格式（旧系统导出、Excel/WPS 能打开）的表格")),
)
# A Parquet table (a data tool's; `clean` writes one per kind): binary columns no office keeps a ledger in.
_OTHER_MAGIC += (
    (b"PAR1", ("file.other_program", "Parquet 格式（数据分析程序的数据表，clean 写出的结果也是这种格式）的数据")),
)
# What a scanner or a phone's camera makes of a printed page: a PDF or a picture.
SCAN_MAGIC = (b"%PDF", b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*")
# Pictures told by bytes after their first: a phone's photo (an iPhone saves HEIC, an Android phone or a chat
# app may save WebP or AVIF) and a Windows bitmap. They had been "damaged or no spreadsheet, open it in Excel".
_ISO_PICTURES = {b"heic": "HEIC", b"heix": "HEIC", b"hevc": "HEIC", b"mif1": "HEIF", b"msf1": "HEIF", b"avif": "AVIF"}


def _picture(head: bytes) -> str | None:
    """The kind of picture a file's first bytes show, for those SCAN_MAGIC does not list; else None.

    >>> _picture(b"\\x00\\x00\\x00\\x18ftypheic\\x00\\x00"), _picture(b"RIFF\\x00\\x10\\x00\\x00WEBPVP8 ")
    ('HEIC', 'WebP')
    >>> _picture(b"BM6\\x00\\x0c\\x00\\x00\\x00\\x00\\x006\\x00\\x00\\x00"), _picture("BM,序号".encode())
    ('BMP', None)
    """
    if head[4:8] == b"ftyp" and (kind := _ISO_PICTURES.get(head[8:12])):
        return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[:2] == b"BM" and len(head) >= 14 and head[6:10] == b"\x00\x00\x00\x00":  # its reserved bytes are 0
        return "BMP"
    return None


# Recordings told by their first bytes (an MP4 or QuickTime box, a RIFF AVI, Matroska/WebM, Windows Media, Flash
# video, MPEG audio with its tag); a file too large to read may be all zeros where it was never written whole, its
# name's suffix then the only word on it.
_MEDIA_BRANDS = (b"isom", b"iso2", b"mp41", b"mp42", b"avc1", b"M4V ", b"M4A ", b"qt  ", b"3gp4", b"3gp5", b"3g2a")
_MEDIA_SUFFIXES = {
    **dict.fromkeys((".mp4", ".m4v", ".mov", ".avi", ".wmv", ".mkv", ".webm", ".flv", ".3gp", ".mpg", ".mpeg"), "视频"),
    **dict.fromkeys((".mp3", ".m4a", ".wav", ".wma", ".amr", ".aac"), "录音"),
}


def _media(path: Path) -> str | None:
    r"""What recording a file is (一段视频（MP4）, 一段录音（MP3）), by its first bytes or else its name; None for any
    other file.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = (Path(d) / "a.bin").write_bytes(b"\x00\x00\x00\x18ftypmp42\x00\x00")
    ...     _ = (Path(d) / "会议录像.MOV").write_bytes(bytes(16))
    ...     _ = (Path(d) / "台账.xlsx").write_bytes(b"PK\x03\x04")
    ...     [_media(Path(d) / n) for n in ("a.bin", "会议录像.MOV", "台账.xlsx")]
    ['一段视频（MP4）', '一段视频（.mov）', None]
    """
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError:
        head = b""
    if head[4:8] == b"ftyp" and head[8:12] in _MEDIA_BRANDS:
        return "一段视频（MP4）" if head[8:12] != b"qt  " else "一段视频（QuickTime）"
    for magic, what in ((b"\x1aE\xdf\xa3", "一段视频（MKV/WebM）"), (b"0&\xb2u\x8ef\xcf\x11", "一段视频或录音（WMV/WMA）"),
                        (b"FLV\x01", "一段视频（FLV）"), (b"ID3", "一段录音（MP3）")):  # fmt: skip
        if head.startswith(magic):
            return what
    if head[:4] == b"RIFF" and head[8:12] in (b"AVI ", b"WAVE"):
        return "一段视频（AVI）" if head[8:12] == b"AVI " else "一段录音（WAV）"
    kind = _MEDIA_SUFFIXES.get(path.suffix.lower())
    return f"一段{kind}（{path.suffix.lower()}）" if kind else None


# The suffixes of files whose tables are read (the ledger a scan beside it is of): the workbooks, and what a
# workbook is saved as (Unicode or tab text, a web page, a single-file web page, XML Spreadsheet 2003).
TABLE_SUFFIXES = (
    *(".xlsx", ".xlsm", ".xls", ".et", ".csv", ".docx", ".ods"),
    *(".txt", ".htm", ".html", ".mht", ".mhtml", ".xml"),
)


def is_scan(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(16)
        return head.startswith(SCAN_MAGIC) or _picture(head) is not None
    except OSError:
        return False


ONLY_CHARTS = "一个只有图表、没有表格的 Excel 工作簿（图表的数据在另一个文件里）"
ONLY_MACROS = "一个只有宏表或对话框表、没有数据表格的 Excel 工作簿（台账应在另一个文件里）"
WORD_DOCUMENT = ("", "docx")  # not a problem: its tables are read
_OLE_STREAMS = (  # directory entries of OLE files other than workbooks (names in UTF-16)
    ("WordDocument", ("file.old_word", "")),
    ("PowerPoint Document", ("file.not_a_table", "一份 PowerPoint 演示文稿")),
    ("__substg1.0_", ("file.email", "Outlook 邮件（.msg）")),  # an Outlook message's properties
)
# A message saved from a mail program (Foxmail, Outlook, a web mail's 下载): its header block opens the file. A web
# archive (.mht) has such a block too, but no To or Received, and is read before this (_web_archive_pages).
_MAIL_HEADER = re.compile(rb"^(from|to|cc|subject|received|return-path|message-id|delivered-to)[ \t]*:", re.I | re.M)


def _email(data: bytes) -> bool:
    """Whether a text file is an e-mail message (RFC 5322): its first block of lines names a sender, a subject and
    a recipient or the servers it passed.

    >>> _email(b"Return-Path: <a@b.cn>\\r\\nFrom: a@b.cn\\r\\nTo: c@d.cn\\r\\nSubject: x\\r\\n\\r\\nbody")
    True
    >>> _email("序号,From,To,Subject\\n1,a,b,c".encode()), _email(b"From: <Saved by Blink>\\nSubject: x\\n\\n")
    (False, False)
    """
    head = re.split(rb"\r?\n\r?\n", data[:16384].lstrip(b"\xef\xbb\xbf"), maxsplit=1)[0]
    named = {m.lower() for m in _MAIL_HEADER.findall(head)}
    return {b"from", b"subject"} <= named and bool(named & {b"to", b"cc", b"received", b"delivered-to"})


def _json_document(data: bytes) -> tuple[str, str] | None:
    """What a text that is JSON is (a system's raw data; the manifest `clean` writes): its issue and detail, else
    None. Told by its opening (a list of objects) or, for an object written over several lines, by parsing it.

    >>> _json_document(b'{\\n "year": 2024,\\n "fzlib": "0.1",\\n "files": []\\n}')[0]
    'file.own_output'
    >>> _json_document(b'[{"a": 1}]')[1], _json_document("{序号},{案件编号}".encode()) is None
    ('一份 JSON 数据文件（系统导出的原始数据）', True)
    """
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith((b"{", b"[")):
        return None
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        parsed = None
        if not head.startswith((b'[{"', b'{"', b"[\n", b"[ ")):
            return None
    if isinstance(parsed, dict) and {"fzlib", "files"} <= parsed.keys():
        return "file.own_output", "清洗结果清单 manifest.json"
    if parsed is not None and not isinstance(parsed, (dict, list)):
        return None  # a bare number or text: no document of a system
    return "file.not_a_table", "一份 JSON 数据文件（系统导出的原始数据）"


def _other_document(data: bytes, fmt: str) -> tuple[str, str] | None:
    """What the file is when it is not a spreadsheet but a document of another sort, as (issue code,
    detail); WORD_DOCUMENT for a .docx (its tables are read); None when it may be a spreadsheet."""
    for magic, found in _OTHER_MAGIC:
        if data.startswith(magic):
            return found
    if picture := _picture(data[:16]):
        return "file.not_a_table", f"一张图片（{picture}）"
    if fmt == "text" and (found := _json_document(data)):
        return found
    if fmt == "text" and _email(data):
        return "file.email", "电子邮件（.eml）"
    if fmt == "ole" and not any(n.encode("utf-16-le") in data for n in ("Workbook", "Book")):
        return next((found for name, found in _OLE_STREAMS if name.encode("utf-16-le") in data), None)
    if fmt != "xlsx":
        return None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
        if (made := _own_output(archive, names)) is not None:
            return "file.own_output", made
        # An OpenDocument file saved with a password (LibreOffice, WPS): its manifest names how each
        # part was encrypted; calamine can only call it broken.
        if "content.xml" in names and "META-INF/manifest.xml" in names:
            if b"encryption-data" in archive.read("META-INF/manifest.xml"):
                return "file.encrypted", ""
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, RuntimeError):
        return None  # a broken workbook is named as such by the workbook reader
    if any(n.startswith("xl/chartsheets/") for n in names) and not any(n.startswith("xl/worksheets/") for n in names):
        return "file.not_a_table", ONLY_CHARTS
    if any(n.startswith("xl/") for n in names) or "content.xml" in names:
        return None  # a workbook (.xlsx, .xlsb) or an OpenDocument file (calamine reads .ods)
    if "word/document.xml" in names:
        return WORD_DOCUMENT
    if any(n.startswith("ppt/") for n in names):
        return "file.not_a_table", "一份 PowerPoint 演示文稿"
    if "Index/Document.iwa" in names:  # Apple's Numbers (also Pages, Keynote) keeps its document so
        return "file.other_program", "苹果电脑的 iWork（Numbers 等）"
    # Fixed-layout documents kept in a zip, as a PDF is a page's print: OFD, the national format of electronic
    # official documents (版式文件, GB/T 33190), and Windows' XPS ("Microsoft XPS Document Writer"). Unzipped they hold
    # page descriptions, never a ledger: "a zip, unpack it" was advice that could not work.
    if "OFD.xml" in names:
        return "file.not_a_table", "一份 OFD 版式文件（电子公文格式，类似 PDF）"
    if any(n.lower().endswith(".fdseq") for n in names):
        return "file.not_a_table", "一份 XPS 文件（Windows“打印”成的文件，类似 PDF）"
    return ("file.archive", "zip") if names else None


# The page's generator, its attributes in either order (the report's page is written back sorted).
_GENERATOR = re.compile(
    rf'<meta\b[^>]*?(?:name="generator"[^>]*?content="({OWN_OUTPUT}[^"]*)"|content="({OWN_OUTPUT}[^"]*)"[^>]*?name="generator")'
)
_CATEGORY = re.compile(rb"<cp:category>([^<]*)</cp:category>")


def _own_output(archive: zipfile.ZipFile, names: list[str]) -> str | None:
    """What the file is when fzlib wrote it for people to read (its report, 指标表, 问题清单), by the
    category property it gave the file (kept by Excel, WPS and Word on saving); None for any other."""
    if "docProps/core.xml" not in names:
        return None
    found = _CATEGORY.search(archive.read("docProps/core.xml")[:65536])
    category = found.group(1).decode("utf-8", "replace") if found else ""
    if not category.startswith(OWN_OUTPUT):
        return None
    return category.removeprefix(OWN_OUTPUT).lstrip("：") or "文件"


def _imported_pages(archive: zipfile.ZipFile, root) -> list[str]:
    """The web pages (HTML or MHT) a Word body imports whole (w:altChunk), as text, in document order."""
    pages = []
    for part in _related_parts(archive, [chunk.get(_R_ID) for chunk in root.iter(f"{_W}altChunk")]):
        text = _decode(archive.read(part))
        if text and "<table" in text.lower():
            pages.append(text)
    return pages


def _related_parts(archive: zipfile.ZipFile, ids: list[str | None]) -> list[str]:
    """The parts of the package the body's relationship ids point to, in their order; ids pointing nowhere
    (or to a part the package lacks) are left out."""
    if not ids:
        return []
    rels = archive.read("word/_rels/document.xml.rels")
    targets = {_attr(tag, b"Id"): _attr(tag, b"Target") for tag in re.findall(rb"<Relationship\b[^>]*>", rels)}
    names = set(archive.namelist())
    parts = []
    for rid in ids:
        target = targets.get((rid or "").encode())
        part = "word/" + (target or b"").decode("utf-8", "replace").lstrip("/").removeprefix("word/")
        if target and part in names:
            parts.append(part)
    return parts


_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_OLE_OBJECT = "{urn:schemas-microsoft-com:office:office}OLEObject"


def _embedded_books(archive: zipfile.ZipFile, root) -> list[bytes]:
    """The Excel workbooks the body holds as objects (an OLEObject whose ProgID is Excel's: .xlsx packages and
    97-2003 books), in document order. A chart's data, also a workbook inside the document, is the chart's part's
    and never the body's: not taken."""
    ids = [o.get(_R_ID) for o in root.iter(_OLE_OBJECT) if (o.get("ProgID") or "").startswith("Excel.Sheet")]
    books = []
    for part in _related_parts(archive, ids):
        data = archive.read(part)
        if data.startswith((ZIP_MAGIC, OLE_MAGIC)):
            books.append(data)
    return books


def _attr(tag: bytes, name: bytes) -> bytes:
    found = re.search(rb"\b" + name + rb'="([^"]*)"', tag)
    return found.group(1) if found else b""


# How deep tables may nest in a Word document read (60 layout tables, one in another, are read whole).
MAX_TABLE_DEPTH = 64
_TABLE_TAG = re.compile(rb"<(/?)w:tbl(?:\s[^>]*)?(/?)>")


def _deep_empty_tables_cut(xml: bytes) -> bytes | None:
    """A document's XML without its tables nested deeper than MAX_TABLE_DEPTH, when they hold no text (no w:t, no
    w:delText, no w:instrText); None when they do, or when there are none (the XML is damaged otherwise).

    >>> deep = b"<w:tbl><w:tr><w:tc>" * 70 + b"<w:p/>" + b"</w:tc></w:tr></w:tbl>" * 70
    >>> cut = _deep_empty_tables_cut(deep); cut.count(b"<w:tbl>"), cut.count(b"</w:tbl>")
    (64, 64)
    >>> _deep_empty_tables_cut(deep.replace(b"<w:p/>", b"<w:p><w:r><w:t>x</w:t></w:r></w:p>")) is None
    True
    """
    out, level, start, last = [], 0, -1, 0
    for tag in _TABLE_TAG.finditer(xml):
        if tag.group(2):  # <w:tbl/>: nothing in it
            continue
        if not tag.group(1):
            level += 1
            if level == MAX_TABLE_DEPTH + 1:
                start = tag.start()
        elif level > 0:
            if level == MAX_TABLE_DEPTH + 1:
                if re.search(rb"<w:(?:t|delText|instrText)\b", xml[start : tag.end()]):
                    return None
                out.append(xml[last:start])
                last = tag.end()
            level -= 1
    if not out:
        return None
    out.append(xml[last:])
    return b"".join(out)


def _read_docx(data: bytes, stem: str) -> ReadResult:
    """The tables of a Word document, each as a sheet named by the paragraph above it (its title,
    else the file's name): offices keep some ledgers as a table in Word. Merged cells (gridSpan,
    vMerge) become merged ranges, as in a workbook."""
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # A document saved as Strict Open XML names its elements in the ISO namespace: read as the transitional.
            body_xml = transitional(archive.read("word/document.xml"))
            try:
                root = etree.fromstring(body_xml, etree.XMLParser(resolve_entities=False))
            except etree.XMLSyntaxError:
                # Past the parser's depth (256 elements): tables nested thousands deep by a generator's recursion. When
                # the tables below MAX_TABLE_DEPTH hold no text, the document is read without them; otherwise it stays
                # unreadable (named), never read with a text left out.
                if (shallow := _deep_empty_tables_cut(body_xml)) is None:
                    raise
                root = etree.fromstring(shallow, etree.XMLParser(resolve_entities=False))
            chunks = _imported_pages(archive, root)
            embedded = _embedded_books(archive, root)
            glossary = next((n for n in archive.namelist() if n.lower().endswith("glossary/document.xml")), None)
            _without_prompts(root, None if glossary is None else transitional(archive.read(glossary)))
            page_titles = _page_header_titles(archive)
            margins_hold_a_table = any(
                b"<w:tbl>" in archive.read(n) or b"<w:tbl " in archive.read(n)
                for n in archive.namelist()
                if _PAGE_MARGIN.fullmatch(n)
            )
    except Exception:  # a damaged archive or XML
        return ReadResult([], "docx", "file.unreadable")
    body = root.find(f"{_W}body")
    sheets: list[Sheet] = []
    above = ""
    captions: list[str] = []  # every paragraph since the table before: the sheet takes the last as its name
    tabbed: list[list] = []  # consecutive paragraphs of tab-separated cells: a table a converter left as text

    def add(rows: list[list], merged: list, marks: SheetMarks | None = None) -> None:
        if len(sheets) >= MAX_SHEETS:
            raise TooLarge(f"文档中的表格超过 {MAX_SHEETS} 个的上限")
        caption, title = " ".join(captions), above or stem
        if sheets and captions and all(_CONTINUED.fullmatch(c.replace(" ", "")) for c in captions):
            # 续表: the table before goes on, under its title and its unit (单位：万元 said once, above the first part).
            caption, title = f"{sheets[-1].caption} {caption}".strip(), f"{sheets[-1].name}（续表）"
        name = _unique_name(title[:31], {s.name for s in sheets})
        sheets.append(Sheet(name, rows, merged, marks=marks or SheetMarks(), caption=caption))
        captions.clear()

    def flush() -> None:
        nonlocal above
        if len(tabbed) >= MIN_TABBED_ROWS:
            width = max(len(r) for r in tabbed)
            add([r + [""] * (width - len(r)) for r in tabbed], [])
            above = ""
        tabbed.clear()

    def walk(container) -> None:
        nonlocal above
        for element in _blocks(container, (f"{_W}p", f"{_W}tbl")):
            if element.tag == f"{_W}p":
                if boxes := _boxes_with_tables(element):
                    # A ledger drawn in a text box (to place it on the page): its tables are the document's.
                    flush()
                    for box in boxes:
                        walk(box)
                    continue
                text = _docx_text(element)
                if text.count("\t") >= MIN_TABBED_ROWS - 1 and "\n" not in text.strip():
                    tabbed.append([c.strip() for c in text.split("\t")])
                    continue
                flush()
                if text.strip() and not _UNIT_LINE.match(text.strip()):
                    above = text.strip()  # the table's name: its title, not the line stating its unit
                if text.strip():
                    captions.append(text.strip())
                    if sheets and len(sheets[-1].notes) < MAX_NOTES:
                        sheets[-1].notes.append(text.strip())
            elif element.tag == f"{_W}tbl":
                flush()
                if frame := _frame_cells(element):
                    # A one-column table framing the page (a form's border) around the ledger: its cells'
                    # titles and tables are read as if the frame were not there.
                    for cell in frame:
                        walk(cell)
                        flush()
                    continue
                rows, merged, noted = _docx_table(element, f"表格「{above or stem}」")
                if any(any(c != "" for c in r) for r in rows):
                    marks = SheetMarks(
                        noted=noted,
                        struck_rows=_docx_struck_rows(element),
                        hidden_rows=_docx_hidden_rows(element),
                        row_fills=_docx_row_fills(element),
                        row_fonts=_docx_row_inks(element),
                    )
                    if titles := _titles_for(rows, page_titles):
                        # Its column titles kept in the page header (页眉), so that every printed page shows them:
                        # they head the table, which has none of its own. Its rows are then counted from them.
                        rows, merged, marks = _headed(rows, merged, marks, titles)
                    add(rows, merged, marks)
                above = ""

    if body is not None:
        walk(body)
    flush()
    for page in chunks if not sheets else ():
        # A web system's "Word" export: the ledger is a web page imported whole (w:altChunk), its tables
        # read as the page's.
        for sheet in _read_html(page, stem).sheets:
            sheet.name = _unique_name(sheet.name, {x.name for x in sheets})
            sheets.append(sheet)
    for book in embedded if not sheets else ():
        # A table pasted into Word as an Excel object (选择性粘贴 → Microsoft Excel 工作表对象): the page shows a
        # picture of it, the workbook itself is inside the document. Read as that workbook, each sheet named.
        read = _read_workbook(book, sniff(book[:4096]))
        for sheet in read.sheets:
            sheet.name = _unique_name(sheet.name, {x.name for x in sheets})
            sheet.marks.repairs += (("sheet.embedded_workbook", ()),)
            sheets.append(sheet)
    if not sheets and margins_hold_a_table:
        # A register typed whole into the page header or footer: shown on every page, no table of the body.
        return ReadResult([], "docx", "file.table_in_page_header")
    if not sheets and (entries := numbered_dated_paragraphs(captions)):
        # A register kept as numbered paragraphs (一、2024年3月5日，某村张某与李某因…，经调解达成书面协议。): its records
        # are there, but each field is a phrase of a sentence. Split by guess, a date or an outcome could be another's:
        # asked of the office in those words, never read as "no table".
        return ReadResult([], "docx", "file.register_as_paragraphs", f"{entries} 段")
    if not sheets:
        return ReadResult([], "docx", "file.not_a_table", "一份 Word 文档（其中没有表格）")
    return ReadResult(sheets, "docx")


# A paragraph opening with its number (一、 十二、 3、 3. （四）) and stating a day (2024年3月5日, 2024.3.5, 3月5日).
_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|\d{1,3}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）])"
)
_DAY_STATED = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}")
# So many such paragraphs, and more of them than the document's other sentences, make it a register (a report's
# numbered sections state days now and then, among many sentences; a register's month headings are no sentences).
MIN_NUMBERED_ENTRIES = 3
SENTENCE_LENGTH = 20


def numbered_dated_paragraphs(paragraphs: list[str]) -> int:
    """How many of a document's paragraphs are a register's numbered entries, each of one day; 0 unless they are a
    register's (at least MIN_NUMBERED_ENTRIES, and more than the other paragraphs of a sentence's length).

    >>> numbered_dated_paragraphs(["一月份", "一、2024年1月9日，甲村张某与李某因宅基地纠纷，达成口头协议。",
    ...     "二、2024年1月15日，乙村王某与赵某因邻里纠纷，调解不成。", "三、1月22日，丙村…达成书面协议。"])
    3
    >>> numbered_dated_paragraphs(["一、主要工作", "（一）2024年3月5日召开会议", "二、存在问题", "三、下步打算"])
    0
    """
    entry = [bool(_NUMBERED.match(p.strip()) and _DAY_STATED.search(p)) for p in paragraphs]
    entries = sum(entry)
    others = sum(1 for p, e in zip(paragraphs, entry, strict=True) if not e and len(p.strip()) >= SENTENCE_LENGTH)
    return entries if entries >= MIN_NUMBERED_ENTRIES and entries > others else 0


# A page header's table of at most so many rows may be a register's column titles (one row, or two over grouped columns).
MAX_PAGE_HEADER_TITLE_ROWS = 3
_PAGE_HEADER = re.compile(r"word/header\d*\.xml", re.IGNORECASE)
_PAGE_MARGIN = re.compile(r"word/(?:header|footer)\d*\.xml", re.IGNORECASE)
_NUMBER_ONLY = re.compile(r"[\d.,\s%-]+")


def _page_header_titles(archive: zipfile.ZipFile) -> list[tuple[list[list], list]]:
    """The tables of a document's page headers (页眉) that may be a register's column titles: a few rows of words, each
    column titled. A letterhead's table is read too; only a body table of its very width takes one (`_titles_for`)."""
    from lxml import etree

    found: dict[tuple, tuple[list[list], list]] = {}
    for name in sorted(n for n in archive.namelist() if _PAGE_HEADER.fullmatch(n)):
        try:
            root = etree.fromstring(transitional(archive.read(name)), etree.XMLParser(resolve_entities=False))
        except etree.XMLSyntaxError:
            continue  # a damaged header part says nothing of the body's tables
        for tbl in root.iter(f"{_W}tbl"):
            rows, merged, _ = _docx_table(tbl, "页眉")
            filled = [c for r in rows for c in r if c != ""]
            titled = rows and all(any(r[c] != "" for r in rows) for c in range(len(rows[0])))
            if 0 < len(rows) <= MAX_PAGE_HEADER_TITLE_ROWS and titled and not any(map(_NUMBER_ONLY.fullmatch, filled)):
                found.setdefault(tuple(map(tuple, rows)), (rows, merged))
    return list(found.values())


def _titles_for(rows: list[list], page_titles: list[tuple[list[list], list]]) -> tuple[list[list], list] | None:
    """The page header's titles of a body table: the one table of its width, when the table's first row shares no
    text with them (a table under its own title row, a letterhead's cells, is left as it is)."""
    width = len(rows[0]) if rows else 0
    fitting = [t for t in page_titles if len(t[0][0]) == width]
    if len(fitting) != 1 or width < 2:
        return None
    titles = {c for r in fitting[0][0] for c in r if c != ""}
    return None if titles & {c for c in rows[0] if c != ""} else fitting[0]


def _headed(rows: list[list], merged: list, marks: SheetMarks, titles: tuple[list[list], list]) -> tuple:
    """A Word table with the page header's title rows put on top: its merges and row marks moved down by as many."""
    head, head_merged = titles
    n = len(head)

    def down(found: tuple) -> tuple:
        return tuple((r + n, *rest) for r, *rest in found)

    marks = replace(
        marks,
        noted=tuple((r + n, c) for r, c in marks.noted),
        struck_rows=tuple(r + n for r in marks.struck_rows),
        hidden_rows=tuple(r + n for r in marks.hidden_rows),
        row_fills=down(marks.row_fills),
        row_fonts=down(marks.row_fonts),
        repairs=(*marks.repairs, ("sheet.titles_in_page_header", ())),
    )
    moved = [((r0 + n, c0), (r1 + n, c1)) for (r0, c0), (r1, c1) in merged]
    return [list(r) for r in head] + rows, list(head_merged) + moved, marks


def _read_rtf(data: bytes, stem: str) -> ReadResult:
    """The tables of an RTF document (Word's or WPS's "RTF 格式", a web system's "Word" export named .doc), each as
    a sheet named by the paragraph above it, as a Word document's. Before: read as a CSV of its source, named "no
    known ledger's header" (首行为：…), the advice to rename columns that were right."""
    try:
        found = rtf.tables(data)
    except (ValueError, LookupError, RecursionError):
        return ReadResult([], "rtf", "file.unreadable_document")
    sheets: list[Sheet] = []
    for above, rows, merged in found:
        if len(sheets) >= MAX_SHEETS:
            raise TooLarge(f"文档中的表格超过 {MAX_SHEETS} 个的上限")
        if any(any(c != "" for c in r) for r in rows):
            _grid_fits(f"表格「{above or stem}」", len(rows), max(len(r) for r in rows))
            sheets.append(Sheet(_unique_name((above or stem)[:31], {s.name for s in sheets}), rows, merged))
    if not sheets:
        return ReadResult([], "rtf", "file.not_a_table", "一份 RTF 格式的文档（其中没有表格）")
    return ReadResult(sheets, "rtf")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A PDF converted to Word without its ruling lines keeps a table as paragraphs, one per row, the cells separated
# by tabs (序号⇥信息标题⇥公开日期 …). So many such paragraphs in a row, each with three cells at least, are a table;
# a line or two of tab-aligned text (填表人：⇥审核人：⇥日期：) is not.
MIN_TABBED_ROWS = 3
# What wraps a document's blocks, a table's rows or a row's cells without being one: content controls
# (a template's fill-in fields) and custom XML. Their content is read as if they were not there.
_WRAPPERS = (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml")
# A shape's copy for old Word versions: the same text box a second time.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _boxes_with_tables(paragraph) -> list:
    """The text boxes anchored in a paragraph that hold a table (outermost only, never the copy for old Word
    versions), in document order."""
    boxes = []
    for box in paragraph.iter(f"{_W}txbxContent"):
        ancestors = list(box.iterancestors())
        inside = ancestors[: ancestors.index(paragraph)] if paragraph in ancestors else ancestors
        if any(a.tag == _FALLBACK or a.tag == f"{_W}txbxContent" for a in inside):
            continue
        if next(_blocks(box, (f"{_W}tbl",)), None) is not None:
            boxes.append(box)
    return boxes


def _frame_cells(tbl) -> list:
    """The cells of a table that only frames others: one cell a row, and a table inside one of them. A
    ledger's own cell holding a small table (a note) leaves its table a ledger: it has several columns."""
    cells = []
    for tr in _blocks(tbl, (f"{_W}tr",)):
        row = list(_blocks(tr, (f"{_W}tc",)))
        if len(row) > 1:
            return []
        cells.extend(row)
    return cells if any(next(_blocks(c, (f"{_W}tbl",)), None) is not None for c in cells) else []


def _blocks(element, tags: tuple[str, ...]):
    """The children of `element` with one of `tags`, through content controls, in document order."""
    for child in element:
        if child.tag in tags:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _blocks(child, tags)


# Boxes and ticks Word's Insert → Symbol puts into a form as characters of a symbol font (w:sym): the font's
# character code, without the F0 of the private area (marks.SYMBOL_FONTS, shared with a workbook's cells).


def _docx_symbol(node) -> str:
    """The character a w:sym stands for ('' for a symbol that is no box or tick)."""
    try:
        code = int(node.get(f"{_W}char", ""), 16) & 0xFF
    except ValueError:
        return ""
    return SYMBOL_FONTS.get((node.get(f"{_W}font") or "").strip().lower(), {}).get(code, "")


def _docx_text(element) -> str:
    """A paragraph's or a cell's text: runs joined, paragraphs and breaks as line breaks (tracked
    insertions in, deletions out: their text is w:delText; a text box once), boxes and ticks inserted
    as symbols (w:sym) as their characters, a run's tab (w:tab) as a tab. Text moved with changes
    tracked is read where it went (w:moveTo), not also where it was (w:moveFrom keeps it as w:t): a record
    dragged down the table had been read twice, "the same record twice" in the clerk's own ledger."""
    lines = []
    # Not read: text moved away, and a phonetic guide's text (拼音指南, w:rt) Word shows above its base (新xū圩村).
    skipped = {n for m in element.iter(f"{_W}moveFrom", f"{_W}rt") for n in m.iter()}
    for p in element.iter(f"{_W}p"):
        if any(a.tag == _FALLBACK for a in p.iterancestors()) or p in skipped:
            continue
        lines.append("".join(_docx_char(n) for n in p.iter(*_DOCX_CHARS) if _docx_read(n) and n not in skipped))
    return "\n".join(lines)


# The elements of a run that are characters of its text. A non-breaking hyphen (Ctrl+Shift+-, typed so that a date is
# never wrapped at its dash) is an element of its own: left out, 2024-3-5 had been 202435. An old form's check box
# (a FORMCHECKBOX field, 旧式窗体 → 复选框) holds no character: its state is in its field data, read as the box Word
# draws (☑ or ☐), so that ☑是 ☐否 is the answer it shows (read without them, every such cell had been "是 否").
_DOCX_CHARS = (f"{_W}t", f"{_W}br", f"{_W}cr", f"{_W}sym", f"{_W}tab", f"{_W}noBreakHyphen", f"{_W}checkBox")


def _without_prompts(root, glossary: bytes | None) -> None:
    """`root` (a Word body) with the text of each content control still showing its prompt taken out, in place: a
    control marked w:showingPlcHdr whose text is its placeholder's, as the document's glossary keeps it (单击或点击此处
    输入日期。, 选择一项。, or a template's own 请输入日期). Word shows it grey in a field nobody filled; read, it had been a
    date nobody could read and a category the office was told to register under variants. A control marked so whose
    text is not its placeholder's (a program filled it and left the mark) keeps its text, as Word shows it."""
    from lxml import etree

    shown = [
        sdt
        for sdt in root.iter(f"{_W}sdt")
        if (mark := sdt.find(f"{_W}sdtPr/{_W}showingPlcHdr")) is not None
        and (mark.get(f"{_W}val") or "1").lower() not in _OFF
    ]
    if not shown or glossary is None:
        return
    parts = etree.fromstring(glossary, etree.XMLParser(resolve_entities=False))
    prompts = {}
    for part in parts.iter(f"{_W}docPart"):
        name = part.find(f"{_W}docPartPr/{_W}name")
        body = part.find(f"{_W}docPartBody")
        if name is not None and body is not None:
            prompts[name.get(f"{_W}val")] = "".join(t.text or "" for t in body.iter(f"{_W}t")).strip()
    for sdt in shown:
        part = sdt.find(f"{_W}sdtPr/{_W}placeholder/{_W}docPart")
        content = sdt.find(f"{_W}sdtContent")
        if part is None or content is None or not prompts.get(part.get(f"{_W}val")):
            continue
        texts = list(content.iter(f"{_W}t"))
        if "".join(t.text or "" for t in texts).strip() == prompts[part.get(f"{_W}val")]:
            for t in texts:  # the text only: a control wrapping a cell or a row keeps its cell in its place
                t.text = ""


def _docx_check_box(node) -> str:
    """The box an old form's check box field shows: its w:checked when set, else its w:default (unticked when neither)."""
    state = node.find(f"{_W}checked")
    if state is None:
        state = node.find(f"{_W}default")
    ticked = state is not None and (state.get(f"{_W}val") or "1").lower() not in _OFF
    return "☑" if ticked else "☐"


def _docx_read(node) -> bool:
    """Whether a node of _DOCX_CHARS is a character: a run's tab is one, the w:tab of a paragraph's w:tabs only sets a
    tab stop."""
    return node.tag != f"{_W}tab" or node.getparent().tag == f"{_W}r"


def _docx_char(node) -> str:
    tag = node.tag
    if tag == f"{_W}t":
        return raised(node.text or "") if _docx_superscript(node.getparent()) else node.text or ""
    if tag == f"{_W}sym":
        return _docx_symbol(node)
    if tag == f"{_W}checkBox":
        return _docx_check_box(node)
    return {f"{_W}tab": "\t", f"{_W}noBreakHyphen": "-"}.get(tag, "\n")


_OFF = ("0", "false", "off")


def _docx_superscript(run) -> bool:
    """Whether a run is set above the line (字体 → 上标), by its own formatting: a note mark after a figure (5000¹)."""
    align = run.find(f"{_W}rPr/{_W}vertAlign")
    return align is not None and align.get(f"{_W}val") == "superscript"


def _docx_struck(run) -> bool:
    """Whether a run is struck through (删除线 or 双删除线), by its own formatting."""
    props = run.find(f"{_W}rPr")
    marks = [] if props is None else [props.find(f"{_W}strike"), props.find(f"{_W}dstrike")]
    return any(m is not None and (m.get(f"{_W}val") or "1").lower() not in _OFF for m in marks)


def _docx_hidden(run) -> bool:
    """Whether a run is hidden text (字体 → 隐藏, w:vanish), by its own formatting: Word neither shows nor prints it."""
    props = run.find(f"{_W}rPr")
    mark = None if props is None else props.find(f"{_W}vanish")
    return mark is not None and (mark.get(f"{_W}val") or "1").lower() not in _OFF


def _docx_rows_whose_runs(tbl, test: Callable) -> tuple[int, ...]:
    """The rows (0-based) of a Word table whose every run of text passes `test`."""
    found = []
    for r, tr in enumerate(_blocks(tbl, (f"{_W}tr",))):
        runs = [run for run in tr.iter(f"{_W}r") if "".join(t.text or "" for t in run.iter(f"{_W}t")).strip()]
        if runs and all(test(run) for run in runs):
            found.append(r)
    return tuple(found)


def _docx_struck_rows(tbl) -> tuple[int, ...]:
    """The rows (0-based) of a Word table whose every run of text is struck through: a record the clerk deleted
    by striking it, as in a workbook (fzlib.ingest.marks). A single struck value in a row is a value corrected."""
    return _docx_rows_whose_runs(tbl, _docx_struck)


def _docx_hidden_rows(tbl) -> tuple[int, ...]:
    """The rows (0-based) of a Word table whose every run of text is hidden text: a record the clerk hid, as a hidden
    row of a workbook is, counted and named (sheet.hidden_rows); it had been counted without a word."""
    return _docx_rows_whose_runs(tbl, _docx_hidden)


# The paragraphs under a Word table kept as its notes: a legend is written right under the table, never pages on.
MAX_NOTES = 20


# Word's highlighter colours (荧光笔, w:highlight) by name, as RRGGBB.
_HIGHLIGHTS = {"yellow": "FFFF00", "green": "00FF00", "cyan": "00FFFF", "magenta": "FF00FF", "blue": "0000FF",
               "red": "FF0000", "darkblue": "000080", "darkcyan": "008080", "darkgreen": "008000", "darkmagenta": "800080",
               "darkred": "800000", "darkyellow": "808000", "darkgray": "808080", "lightgray": "C0C0C0"}  # fmt: skip


def _docx_shading(tc) -> str | None:
    """A Word cell's colour behind its text as RRGGBB, None for none or white: its shading (底纹: the fill, or the
    pattern's colour where the pattern is solid, w:val="solid" painting the cell in w:color), else the one highlighter
    colour (荧光笔) its every run of text is marked with."""
    shd = tc.find(f"{_W}tcPr/{_W}shd")
    if shd is not None:
        solid = (shd.get(f"{_W}val") or "").lower() == "solid"
        colour = ((shd.get(f"{_W}color") if solid else shd.get(f"{_W}fill")) or "").upper()
        if re.fullmatch("[0-9A-F]{6}", colour) and colour != "FFFFFF":
            return colour
    marked = set()
    for run in _docx_text_runs(tc):
        mark = run.find(f"{_W}rPr/{_W}highlight")
        marked.add(None if mark is None else _HIGHLIGHTS.get((mark.get(f"{_W}val") or "").lower()))
    return marked.pop() if len(marked) == 1 else None


def _docx_text_runs(element) -> list:
    """The runs of an element holding text."""
    return [run for run in element.iter(f"{_W}r") if "".join(t.text or "" for t in run.iter(f"{_W}t")).strip()]


def _docx_ink(tc) -> str | None:
    """The one colour a Word cell's text shows in (w:color of its runs; 000000 for automatic), None where its runs
    show two."""
    inks = set()
    for run in _docx_text_runs(tc):
        colour = run.find(f"{_W}rPr/{_W}color")
        value = ((colour.get(f"{_W}val") if colour is not None else None) or "auto").upper()
        inks.add(value if re.fullmatch("[0-9A-F]{6}", value) else "000000")
    return inks.pop() if len(inks) == 1 else None


def _docx_row_inks(tbl) -> tuple[tuple[int, str], ...]:
    """The rows (0-based) of a Word table whose text shows in one colour, and the colour: a clerk marks a row's state
    by its font colour as in a workbook (注：红色字体为未化解)."""
    found = []
    for r, tr in enumerate(_blocks(tbl, (f"{_W}tr",))):
        inks = {_docx_ink(tc) for tc in _blocks(tr, (f"{_W}tc",)) if _docx_text(tc).strip()}
        if len(inks) == 1 and None not in inks:
            found.append((r, inks.pop()))
    return tuple(found)


def _docx_row_fills(tbl) -> tuple[tuple[int, str], ...]:
    """The rows (0-based) of a Word table shaded in one colour (row_colour over the shading of its filled cells), and
    the colour: a clerk marks a row's state by its colour as in a workbook (注：绿色为已化解 under the table)."""
    found = []
    for r, tr in enumerate(_blocks(tbl, (f"{_W}tr",))):
        colours = [_docx_shading(tc) for tc in _blocks(tr, (f"{_W}tc",)) if _docx_text(tc).strip()]
        if (colour := row_colour(colours)) is not None:
            found.append((r, colour))
    return tuple(found)


def _docx_table(tbl, where: str) -> tuple[list[list], list, tuple[tuple[int, int], ...]]:
    """A Word table as a grid of texts ('' outside a merged range's corner), its merged ranges, and its blank cells a
    comment is anchored in (SheetMarks.noted)."""
    grid: list[list] = []
    noted: list[tuple[int, int]] = []
    spans: dict[int, list] = {}  # grid column → the open vertical merge starting there [r0, c0, r1, c1]
    merged: list[list] = []
    # The table's columns (w:tblGrid). A cell said to span more columns than the whole table has (a generator's slip:
    # 2,000,000,000) spans none: read as spanning 1,000 columns, it had moved every title right of it off its records'
    # columns, and the records were set aside as a blank form's rows without a word.
    columns = len(tbl.findall(f"{_W}tblGrid/{_W}gridCol")) or MAX_COLSPAN
    for r, tr in enumerate(_blocks(tbl, (f"{_W}tr",))):
        row: list = []
        before = tr.find(f"{_W}trPr/{_W}gridBefore")  # columns the row leaves out at its start
        if before is not None:
            skipped = _span(before.get(f"{_W}val", 1), MAX_COLSPAN)
            row.extend([""] * (skipped if skipped < columns else 0))
        for tc in _blocks(tr, (f"{_W}tc",)):
            props = tc.find(f"{_W}tcPr")
            span = props.find(f"{_W}gridSpan") if props is not None else None
            width = _span(span.get(f"{_W}val", 1) if span is not None else 1, MAX_COLSPAN)
            width = width if width <= columns else 1
            vmerge = props.find(f"{_W}vMerge") if props is not None else None
            c = len(row)
            _grid_fits(where, r + 1, c + width)
            if vmerge is not None and vmerge.get(f"{_W}val", "continue") != "restart" and c in spans:
                spans[c][2] = r  # the cell above reaches down here
                row.extend([""] * width)
                continue
            text = UPDATING_DATE if _docx_updating_date(tc) else _docx_text(tc).strip()
            row.extend([text] + [""] * (width - 1))
            if not text and next(tc.iter(*_COMMENT_MARKS), None) is not None:
                noted.append((r, c))  # a blank cell a comment (批注) is anchored in: its value may be in the comment
            spans.pop(c, None)
            if vmerge is not None or width > 1:
                ranges = [r, c, r, c + width - 1]
                merged.append(ranges)
                if vmerge is not None:
                    spans[c] = ranges
        grid.append(row)
    width = max((len(r) for r in grid), default=0)
    rows = [r + [""] * (width - len(r)) for r in grid]
    return rows, [((r0, c0), (r1, c1)) for r0, c0, r1, c1 in merged if (r0, c0) != (r1, c1)], tuple(noted)


# Where a Word comment is anchored: its range's start, or its mark (the reference run) alone.
_COMMENT_MARKS = (f"{_W}commentRangeStart", f"{_W}commentReference")


# The fields whose result is a day of the document's life, not of the record typed beside them: Word puts the day in
# again when the document is opened (DATE, TIME), saved (SAVEDATE), printed (PRINTDATE), or keeps its creation day.
_UPDATING_DATE_FIELDS = frozenset({"DATE", "TIME", "SAVEDATE", "PRINTDATE", "CREATEDATE"})


def _docx_updating_date(tc) -> bool:
    """Whether a Word table's cell shows a date field that updates itself (a w:fldSimple, or the runs Word writes:
    fldChar begin, w:instrText, separate, the result, end; nested fields followed), with a result shown. A locked
    field (w:fldLock) never updates: its result is the day it was typed, read as a date typed is."""
    for simple in tc.iter(f"{_W}fldSimple"):
        words = (simple.get(f"{_W}instr") or "").split()
        locked = (simple.get(f"{_W}fldLock") or "").lower() in ("1", "true", "on")
        if words and words[0].upper() in _UPDATING_DATE_FIELDS and not locked and _shows_text(simple):
            return True
    open_fields: list[list] = []  # per field begun and not ended: [instruction parts, locked, showing its result]
    for node in tc.iter(f"{_W}fldChar", f"{_W}instrText", f"{_W}t"):
        if node.tag == f"{_W}fldChar":
            kind = node.get(f"{_W}fldCharType")
            if kind == "begin":
                open_fields.append([[], (node.get(f"{_W}fldLock") or "").lower() in ("1", "true", "on"), False])
            elif kind == "separate" and open_fields:
                open_fields[-1][2] = True
            elif kind == "end" and open_fields:
                open_fields.pop()
        elif node.tag == f"{_W}instrText" and open_fields and not open_fields[-1][2]:
            open_fields[-1][0].append(node.text or "")
        elif node.tag == f"{_W}t" and (node.text or "").strip():
            for parts, locked, showing in open_fields:
                words = "".join(parts).split()
                if showing and not locked and words and words[0].upper() in _UPDATING_DATE_FIELDS:
                    return True
    return False


def _shows_text(element) -> bool:
    return any((t.text or "").strip() for t in element.iter(f"{_W}t"))


# A line over a Word table saying only that it goes on from the table before: 续表, 续表2, （续表）, 续上表, 表3（续）.
_CONTINUED = re.compile(r"(?:表[0-9一二三四五六七八九十]*)?[（(]?续(?:上?表)?[0-9一二三四五六七八九十]*[)）]?")
# A line stating the unit of the table under it (单位：万元, 金额单位：元): the table's unit, not its name.
_UNIT_LINE = re.compile(r"^(?:金额|计量)?单位\s*[:：]")


def _unique_name(name: str, taken: set[str]) -> str:
    k = 2
    out = name
    while out in taken:
        out, k = f"{name}-{k}", k + 1
    return out


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _grid_fits(where: str, height: int, width: int) -> None:
    if height * width > MAX_CELLS_PER_SHEET:
        # The far corner is where to look: a space or a stray mark typed far below or right of the table
        # stretches the range (Ctrl+End in Excel/WPS jumps to it).
        corner = f"{column_letter(width - 1)}{height}"
        raise TooLarge(
            f"{where}的表格范围为 {height:,} 行 × {width:,} 列（{height * width:,} 个单元格，最远到 {corner} 单元格），"
            f"超过每个工作表 {MAX_CELLS_PER_SHEET:,} 个单元格的上限；如 {corner} 等单元格远在表格之外"
            "（在 Excel/WPS 中按 Ctrl+End 可跳到那里），请删除其所在的行和列后另存"
        )


def _rows_fit(sheet: Sheet) -> None:
    """A row filled beyond MAX_FILLED_PER_ROW cells refuses the file (TooLarge), naming the row. Only rows longer
    than the limit are counted, in C (most sheets: one length per row)."""
    for i, row in enumerate(sheet.rows):
        if (
            len(row) > MAX_FILLED_PER_ROW
            and (filled := len(row) - row.count("") - row.count(None)) > MAX_FILLED_PER_ROW
        ):
            raise TooLarge(
                f"工作表「{sheet.name}」第 {i + 1} 行填有 {filled:,} 个单元格，超过每行 {MAX_FILLED_PER_ROW:,} 个的上限"
                "（台账一行只有几十列；多为导出时把许多行连成了一行，或不是台账）"
            )


def _make_safe(sheet: Sheet) -> None:
    """Text cells every writer accepts; a cell beyond MAX_CELL_CHARS refuses the file."""
    sheet.name = safe_text(sheet.name)
    # The text cells picked by builtins over all cells at once (no Python-level test per cell), and joined once.
    cells = list(chain.from_iterable(sheet.rows))
    texts = list(compress(cells, map(is_, map(type, cells), repeat(str))))
    if not texts:
        return
    joined = "\n".join(texts)
    if len(joined) > MAX_CELL_CHARS and (longest := max(map(len, texts))) > MAX_CELL_CHARS:  # else none can be
        raise TooLarge(f"工作表「{sheet.name}」中有单元格长达 {longest:,} 个字符，超过 {MAX_CELL_CHARS:,} 个字符的上限")
    _rows_fit(sheet)
    if not UNSAFE_CHAR.search(joined):  # most sheets: one scan, nothing to change
        return
    for row in sheet.rows:
        for j, c in enumerate(row):
            if type(c) is str:
                row[j] = safe_text(c)


def _read_workbook(data: bytes, fmt: str) -> ReadResult:
    result = _read_workbook_as_saved(data, fmt)
    for sheet in result.sheets:
        if _split_pasted_lines(sheet):
            sheet.marks.repairs += (("sheet.lines_in_one_cell", ()),)
    return result


# A text pasted into a sheet (an export opened in Notepad, a chat's table) leaves each line in one cell of
# one column, its cells parted by tabs or commas: read as the lines of a CSV, never "no known header". Not the
# full-width comma: a 填表说明 sheet's sentences are parted by it. Or by bars: a database client's printout or a
# Markdown table (| 序号 | 案件编号 |, a chat assistant's) pasted in, which had been "no known header".
_PASTE_DELIMITERS = ("\t", ",", "|")


def _split_pasted_lines(sheet: Sheet) -> bool:
    r"""Split in place a sheet whose every non-empty row is one text cell, all in one column, that a
    tab or a comma parts into as many cells on most rows (at least three); True when it did.

    >>> s = Sheet("S", [["序号\t案件编号\t办理日期"], [""], ["1\t甲\t2024.3.5"], ["填表人：某"]])
    >>> _split_pasted_lines(s), s.rows
    (True, [['序号', '案件编号', '办理日期'], ['', '', ''], ['1', '甲', '2024.3.5'], ['填表人：某', '', '']])
    >>> _split_pasted_lines(Sheet("S", [["a, b, c"], [1, 2]]))
    False
    >>> s = Sheet("S", [["| 序号 | 案件编号 | 办理日期 |"], ["|---|---|---|"], ["| 1 | 甲 | 2024.3.5 |"]])
    >>> _split_pasted_lines(s), s.rows
    (True, [['', '序号', '案件编号', '办理日期', ''], ['', '', '', '', ''], ['', '1', '甲', '2024.3.5', '']])
    """
    column = None
    lines = []
    for i, row in enumerate(sheet.rows):
        filled = [j for j, c in enumerate(row) if c != "" and c is not None]
        if not filled:
            continue
        if len(filled) > 1 or type(row[filled[0]]) is not str or column not in (None, filled[0]):
            return False
        column = filled[0]
        lines.append(i)
    if len(lines) < 2:
        return False
    texts = [sheet.rows[i][column] for i in lines]
    # A ruled line (a Markdown table's |---|---|, a database client's +----+----+) is no record, as in a CSV, nor a
    # line whose cells are counted.
    ruled = [bool(_RULE.match(t.replace("|", ""))) and "---" in t for t in texts]
    for delimiter in _PASTE_DELIMITERS:
        parts = [
            [] if rule else next(csv.reader([t], delimiter=delimiter, skipinitialspace=True), [])
            for t, rule in zip(texts, ruled)
        ]
        widths = [len(p) for p, rule in zip(parts, ruled) if not rule] or [0]
        common = max(set(widths), key=widths.count)
        if common >= 3 and widths.count(common) * 2 > len(widths) and widths.count(common) >= 2:
            for i, cells in zip(lines, parts):
                sheet.rows[i] = [""] * column + [c.strip() for c in cells]
            width = max(len(r) for r in sheet.rows)
            sheet.rows = [r + [""] * (width - len(r)) for r in sheet.rows]
            sheet.merged = []
            return True
    return False


def _read_workbook_as_saved(data: bytes, fmt: str) -> ReadResult:
    if fmt == "xlsx" and (deflated := _deflated(data)) is not None:
        # Parts a script's zip library packed with bzip2 or LZMA (Python's zipfile, Java's commons-compress): the zip
        # format allows them, Excel and calamine read only deflate ("已损坏…请用 Excel 打开" of an intact register, which
        # Excel cannot open either). Read as the same parts deflated, each sheet named.
        result = _read_workbook_as_saved(deflated, fmt)
        for sheet in result.sheets:
            sheet.marks.repairs += (("sheet.compression", ()),)
        return result
    saved = data
    if fmt == "xlsx" and (plain := _without_prefixes(data)):
        data = plain
    if fmt == "xlsx" and (counted := _without_implausible_string_count(data)):
        # A shared-strings part claiming more strings than its bytes could hold (4,000,000,000 in 2 KB: a writer's
        # counter gone wrong): calamine reserves room for them all and runs out of memory, an intact register refused as
        # too large. The count is a hint Excel does without; read without it.
        data = counted
    result = _read_book(data, fmt)
    if fmt == "xlsx" and _textless(result) and (texts := _inline_values_as_text(data)):
        # Text cells a writer saved as inline strings holding a <v> (a number's element) instead of <is><t>: calamine
        # (and Excel) show them blank, and the book had been called empty ("文件是空的"). Read as the texts they hold.
        data, given = texts
        result = _read_book(data, fmt)
        for sheet in result.sheets:
            if sheet.name in given:
                sheet.marks.repairs += (("sheet.inline_values", ()),)
    damaged = result.problem == "file.unreadable" or any(sheet.marks.damaged for sheet in result.sheets)
    if fmt == "xlsx" and damaged and (known := _with_known_errors(data)):
        # An error value newer than calamine (#SPILL! of a dynamic array, #CALC!, #BLOCKED!, #FIELD! …) makes it refuse
        # the whole sheet: a register with one such cell had been named damaged, its records lost. Each is read as the
        # text Excel shows, which the cleaners name as an error value of its own cell (cell.error).
        data = known
        result = _read_book(data, fmt)
    names = [sheet.name for sheet in result.sheets]
    if fmt == "xlsx" and len(set(names)) < len(names) and (renamed := _with_distinct_names(data)):
        # Two sheets of one name (a program's export; Excel refuses them): read apart, the later ones renamed.
        data, given = renamed
        result = _read_book(data, fmt)
        for sheet in result.sheets:
            if sheet.name in given:
                sheet.marks.repairs += (("sheet.same_name", ()),)
    if result.problem == "file.unreadable" and fmt == "xlsx" and (utf8 := _parts_in_utf8(data)) is not None:
        # Parts written in UTF-16 (the standard allows it; a .NET or Java tool's writer may choose it): calamine reads
        # only UTF-8 and had refused an intact book as damaged. The same XML in UTF-8, as Excel reads it.
        return _read_workbook_as_saved(utf8, fmt)
    if result.problem == "file.unreadable" and fmt == "xlsx" and (named := _targets_as_named(data)) is not None:
        # A part named in the package as written (xl/worksheets/数据 1.xml) and in its relationship as a URI escapes it
        # (数据%201.xml, %E6%95%B0…: a .NET or Java writer): calamine had found no such part and refused an intact book.
        return _read_workbook_as_saved(named, fmt)
    if result.problem == "file.unreadable" and fmt == "xlsx" and (unmerged := _without_merges(data)):
        # Damaged merged ranges (a reference such as E4:A0, which Excel offers to repair) make the
        # whole book unreadable; read without them, the sheets that had them named.
        data, merged_sheets = unmerged
        result = _read_book(data, fmt)
        for sheet in result.sheets:
            if sheet.name in merged_sheets:
                sheet.marks.repairs += (("sheet.merges_dropped", ()),)
    if result.problem == "file.unreadable" and fmt == "xlsx" and _strings_damaged(data):
        # The part holding the book's texts (xl/sharedStrings.xml) cut short or missing: the sheets point to texts that
        # are not there. Named as that (it had been "已损坏或不是表格文件"): Excel repairs it, some texts may be lost.
        return ReadResult([], fmt, "file.strings_damaged")
    if result.problem == "file.unreadable" and fmt == "xlsx" and (unstyled := _without_broken_styles(data)):
        # A damaged formatting part (xl/styles.xml cut short or not XML: a script's or a sync's slip) makes calamine
        # refuse the whole book although every cell is intact. Read without it, as Excel repairs it: the cells keep
        # their values, a date loses its format (a day number, which a date column reads), each sheet with cells named.
        result = _read_workbook_as_saved(unstyled, fmt)
        for sheet in result.sheets if result.problem is None else ():
            if any(c != "" and c is not None for row in sheet.rows for c in row):
                sheet.marks.repairs += (("sheet.styles_dropped", ()),)
        return result
    if result.problem == "file.unreadable" and fmt == "xlsx" and (plain := _without_macro_sheets(data)):
        # An Excel 4.0 macro sheet (宏表) or a dialog sheet makes calamine refuse the whole book: the
        # book is read without them, each named as no ledger, its worksheets read whole.
        data, dropped = plain
        result = _read_workbook_as_saved(data, fmt)
        if result.problem is None:
            marks = (("sheet.macro_sheet", ()),)
            result.sheets += [Sheet(name, [], [], SheetMarks(repairs=marks)) for name in dropped]
    if result.problem == "file.empty" and fmt == "xlsx" and _macro_sheet_names(saved):
        # Nothing but macro or dialog sheets (an old system's template, a macro book sent for the register): the
        # book is not empty, it holds no table; "文件是空的" had sent the office looking for an empty file.
        return ReadResult([], fmt, "file.not_a_table", ONLY_MACROS)
    return result


_TARGET = re.compile(rb'(<Relationship\b[^>]*?\bTarget=")([^"]*%[^"]*)(")')


def _targets_as_named(data: bytes) -> bytes | None:
    """The package with each relationship's target written as its part is named in the zip, where the target escapes
    the name as a URI does (%20, %E6%95%B0) and only the name unescaped is a part; None when no target needed it.

    >>> import zipfile as z; out = io.BytesIO()
    >>> with z.ZipFile(out, "w") as f:
    ...     f.writestr("xl/_rels/workbook.xml.rels", '<Relationship Id="r" Target="worksheets/%E6%95%B0%201.xml"/>')
    ...     f.writestr("xl/worksheets/数 1.xml", "<worksheet/>")
    >>> z.ZipFile(io.BytesIO(_targets_as_named(out.getvalue()))).read("xl/_rels/workbook.xml.rels").decode()
    '<Relationship Id="r" Target="worksheets/数 1.xml"/>'
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError):
        return None

    def mend(name: str, content: bytes) -> bytes:
        if not name.endswith(".rels"):
            return content
        base = posixpath.dirname(posixpath.dirname(name))  # xl/_rels/workbook.xml.rels → xl

        def named(found: re.Match[bytes]) -> bytes:
            target = found.group(2).decode("utf-8", "replace")
            plain = unquote(target)
            if plain == target:
                return found.group(0)
            where = posixpath.normpath(plain.lstrip("/") if plain.startswith("/") else posixpath.join(base, plain))
            written = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(base, target))
            if where in names and written not in names:
                return found.group(1) + plain.encode("utf-8") + found.group(3)
            return found.group(0)

        return _TARGET.sub(named, content)

    return _rewritten(data, mend)


def _macro_sheet_names(data: bytes) -> list[str]:
    """The names of a workbook's macro and dialog sheets ([] for none, or for no zip one can read)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [name for _, name in non_worksheets(archive)]
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, KeyError, EOFError, zlib.error):
        return []


# The error values calamine reads (as empty cells, fzlib.ingest.marks writing them back); it refuses a sheet holding any
# other. Excel's list is longer (Excel.ErrorCellValueType in Microsoft's Office JavaScript API reference: #BLOCKED!,
# #BUSY!, #CALC!, #CONNECT!, #EXTERNAL!, #FIELD!, #GETTING_DATA, #PYTHON!, #SPILL!, #TIMEOUT!, #UNKNOWN! besides these).
_CALAMINE_ERRORS = frozenset((b"#DIV/0!", b"#N/A", b"#NAME?", b"#NULL!", b"#NUM!", b"#REF!", b"#VALUE!"))
# An error cell's opening up to its value: <c r="D4" t="e"><f>_xlfn.UNIQUE(A1:A9)</f><v>#SPILL!</v>.
_ERROR_VALUE = re.compile(
    rb'(<c\b[^>]*?\s)t="e"([^>]*(?<!/)>\s*(?:<f\b[^>]*/>\s*|<f\b[^>]*>[^<]*</f>\s*)?<v>)([^<]*)(</v>)'
)


def _with_known_errors(data: bytes) -> bytes | None:
    """The workbook with each error value calamine does not know written as the text it shows (t="str"), every other
    cell as it was; None when it holds none (a sheet damaged otherwise) or cannot be rewritten.

    >>> _ERROR_VALUE.sub(_as_text, b'<c r="D4" t="e"><f>_xlfn.SORT(A1:A9)</f><v>#SPILL!</v></c><c r="E4" t="e"><v>#REF!</v></c>')
    b'<c r="D4" t="str"><f>_xlfn.SORT(A1:A9)</f><v>#SPILL!</v></c><c r="E4" t="e"><v>#REF!</v></c>'
    """

    def mend(name: str, content: bytes) -> bytes:
        if name.startswith("xl/worksheets/") and b't="e"' in content:
            return _ERROR_VALUE.sub(_as_text, content)
        return content

    return _rewritten(data, mend)


def _rewritten(data: bytes, mend) -> bytes | None:
    """The package with each part as `mend(its name, its bytes)` gives it; None when no part changed or the package
    cannot be rewritten (UnicodeDecodeError is a ValueError: a part only looking like what `mend` mends)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            out, changed = io.BytesIO(), False
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
                for info in archive.infolist():
                    content = archive.read(info)
                    mended = mend(info.filename, content)
                    changed = changed or mended != content
                    rewritten.writestr(info, mended)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, KeyError, EOFError, zlib.error):
        return None
    return out.getvalue() if changed else None


def _as_text(found: re.Match[bytes]) -> bytes:
    if found.group(3).strip() in _CALAMINE_ERRORS:
        return found.group(0)
    return found.group(1) + b't="str"' + found.group(2) + found.group(3) + found.group(4)


def _with_distinct_names(data: bytes) -> tuple[bytes, list[str]] | None:
    """The workbook with its sheets named apart, and the names given (None: no rewriting needed or possible)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            renamed = with_distinct_names(archive)
            if renamed is None:
                return None
            book, given = renamed
            return _with_workbook_part(archive, book), given
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, KeyError, EOFError, zlib.error):
        return None


def _without_macro_sheets(data: bytes) -> tuple[bytes, list[str]] | None:
    """The workbook without its macro and dialog sheets (their entries taken out of the book), and
    their names; None when it has none (or is no zip one can rewrite)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            gone = non_worksheets(archive)
            if not gone:
                return None
            book = archive.read("xl/workbook.xml")
            for tag, _ in gone:
                book = book.replace(tag, b"", 1)
            return _with_workbook_part(archive, book), [name for _, name in gone]
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, KeyError, EOFError, zlib.error):
        return None


# The main namespace of a workbook's parts bound to a prefix (<x:worksheet xmlns:x="…">, as the Open XML SDK and the
# systems built on it write): calamine reads the cells, but the light scan of the XML (marks) looks for <row, <c and
# <font, and found no hidden row, no error value and no row struck through (a deleted record counted, a #REF!
# called a blank).
_PREFIXED = re.compile(
    rb'xmlns:([A-Za-z_][\w.-]*)="(http://schemas\.openxmlformats\.org/spreadsheetml/2006/main'
    rb'|http://purl\.oclc\.org/ooxml/spreadsheetml/main)"'
)


def _without_prefixes(data: bytes) -> bytes | None:
    """The workbook with its parts' main-namespace prefix taken off (<x:c> as <c>); None when its workbook part
    uses none (the usual case: nothing is rewritten) or the archive cannot be rewritten.

    >>> import zipfile as z; out = io.BytesIO()
    >>> with z.ZipFile(out, "w") as a: a.writestr("xl/workbook.xml", b'<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets/></x:workbook>')
    >>> z.ZipFile(io.BytesIO(_without_prefixes(out.getvalue()))).read("xl/workbook.xml")
    b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if not _PREFIXED.search(archive.read("xl/workbook.xml")[:4096]):
                return None
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
                for info in archive.infolist():
                    content = archive.read(info)
                    if info.filename.startswith("xl/") and info.filename.endswith(".xml"):
                        content = _unprefixed(content)
                    rewritten.writestr(info, content)
            return out.getvalue()
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, KeyError, EOFError, zlib.error):
        return None


def _textless(result: ReadResult) -> bool:
    """Whether a book read empty, or a sheet of it has cells but no text in its first 20 rows (no title, no header)."""
    return result.problem == "file.empty" or any(
        sheet.rows and not any(isinstance(c, str) and c for row in sheet.rows[:20] for c in row)
        for sheet in result.sheets
    )


_INLINE_VALUE = re.compile(rb'(<c\b[^>]*?\bt="inlineStr"[^>]*?(?<!/)>)\s*<v>(.*?)</v>', re.S)


def _inline_values_as_text(data: bytes) -> tuple[bytes, set[str]] | None:
    """The workbook with each inline-string cell holding a <v> rewritten as the standard's <is><t>, and the names of the
    sheets that had one; None when no sheet has one or the archive cannot be rewritten.

    >>> _INLINE_VALUE.sub(rb"\\1<is><t>\\2</t></is>", b'<c r="A1" t="inlineStr"><v>No.</v></c><c r="B1" t="inlineStr"/>')
    b'<c r="A1" t="inlineStr"><is><t>No.</t></is></c><c r="B1" t="inlineStr"/>'
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = {i.filename: archive.read(i) for i in archive.infolist() if "worksheets/" in i.filename}
            changed = {
                n: _INLINE_VALUE.sub(rb"\1<is><t>\2</t></is>", p) for n, p in parts.items() if _INLINE_VALUE.search(p)
            }
            if not changed:
                return None
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
                for info in archive.infolist():
                    rewritten.writestr(info, changed.get(info.filename) or archive.read(info))
            return out.getvalue(), {name for path, name in sheet_parts(archive).items() if path in changed}
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, KeyError, EOFError, zlib.error):
        return None


def _unprefixed(part: bytes) -> bytes:
    """One XML part with the prefix of the main namespace taken off; as it is when it binds none, or also
    declares a default namespace (two would clash)."""
    head = part[:4096]
    found = _PREFIXED.search(head)
    if not found or re.search(rb'\sxmlns="', head):
        return part
    prefix = re.escape(found.group(1))
    part = re.sub(rb"<(/?)" + prefix + rb":", rb"<\1", part)
    return part.replace(b"xmlns:" + found.group(1) + b'="', b'xmlns="', 1)


_STYLES_PART = "xl/styles.xml"


_SHARED_STRINGS = "xl/sharedStrings.xml"
_STRING_COUNTS = re.compile(rb'\s(?:uniqueCount|count)\s*=\s*"[0-9]+"')
# The fewest bytes a shared string takes (<si/>).
MIN_STRING_BYTES = 5


def _without_implausible_string_count(data: bytes) -> bytes | None:
    """The workbook with its shared-strings part's count attributes removed when they claim more strings than the part
    has bytes for; None when they are plausible, absent, or the archive cannot be rewritten."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                info = archive.getinfo(_SHARED_STRINGS)
            except KeyError:
                return None
            with archive.open(info) as stream:
                head = stream.read(2048)
            tag = re.search(rb"<(?:\w+:)?sst\b[^>]*>", head)
            claimed = (
                [int(n) for n in re.findall(rb'(?:uniqueCount|count)\s*=\s*"([0-9]+)"', tag.group(0))] if tag else []
            )
            if not claimed or max(claimed) <= info.file_size // MIN_STRING_BYTES:
                return None
            part = archive.read(info)
            start = part.find(tag.group(0))
            part = part[:start] + _STRING_COUNTS.sub(b"", tag.group(0)) + part[start + len(tag.group(0)) :]
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
                for entry in archive.infolist():
                    rewritten.writestr(entry, part if entry.filename == _SHARED_STRINGS else archive.read(entry))
            return out.getvalue()
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError, zlib.error):
        return None


def _strings_damaged(data: bytes) -> bool:
    """Whether a workbook's sheets point to shared texts (cells t="s") its shared strings part cannot give: the part
    the workbook names missing, or no well-formed XML (cut short, overwritten)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if _SHARED_STRINGS in names:
                parser = expat.ParserCreate()
                try:
                    parser.Parse(archive.read(_SHARED_STRINGS), True)
                    return False
                except expat.ExpatError:
                    return True
            # Missing: only where the workbook names it (a cell pointing at texts of a book that has none is another
            # slip, told as damage).
            rels = archive.read("xl/_rels/workbook.xml.rels") if "xl/_rels/workbook.xml.rels" in names else b""
            return b"sharedStrings" in rels and any(
                n.startswith("xl/worksheets/") and n.endswith(".xml") and _SHARED_CELL.search(archive.read(n))
                for n in names
            )
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, KeyError, EOFError, zlib.error):
        return False


# A cell whose value is a shared text's number: <c r="B2" t="s"><v>3</v></c>.
_SHARED_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*\bt="s"')


def _without_broken_styles(data: bytes) -> bytes | None:
    """The workbook without its formatting part when that part is no well-formed XML (cut short, overwritten);
    None when it has none, it parses, or the archive cannot be rewritten (another damage, told as such)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if _STYLES_PART not in archive.namelist():
                return None
            parser = expat.ParserCreate()
            try:
                parser.Parse(archive.read(_STYLES_PART), True)
                return None
            except expat.ExpatError:
                pass
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
                for info in archive.infolist():
                    if info.filename != _STYLES_PART:
                        rewritten.writestr(info, archive.read(info))
            return out.getvalue()
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, KeyError, EOFError, zlib.error):
        return None


def _with_workbook_part(archive: zipfile.ZipFile, book: bytes) -> bytes:
    """The archive written again with `book` as its xl/workbook.xml, every other part as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
        for info in archive.infolist():
            rewritten.writestr(info, book if info.filename == "xl/workbook.xml" else archive.read(info))
    return out.getvalue()


_MERGE_CELLS = re.compile(rb"<mergeCells\b.*?</mergeCells>|<mergeCells\b[^>]*/>", re.S)


_UTF16_XML = (b"\xff\xfe", b"\xfe\xff", b"<\x00?\x00", b"\x00<\x00?")
_UTF16_DECLARED = re.compile(rb"""(<\?xml[^>]*?encoding=["'])utf-16(?:le|be)?(["'])""", re.I)


def _parts_in_utf8(data: bytes) -> bytes | None:
    r"""The package with each XML part written in UTF-16 written in UTF-8 (its declaration saying so); None when no
    part is in UTF-16, or the package cannot be rewritten.

    >>> import zipfile as z; out = io.BytesIO(); xml = '<?xml version="1.0" encoding="UTF-16"?><t>序号</t>'
    >>> with z.ZipFile(out, "w") as f: f.writestr("xl/sharedStrings.xml", b"\xff\xfe" + xml.encode("utf-16-le"))
    >>> z.ZipFile(io.BytesIO(_parts_in_utf8(out.getvalue()))).read("xl/sharedStrings.xml").decode()
    '<?xml version="1.0" encoding="UTF-8"?><t>序号</t>'
    """

    def mend(_: str, content: bytes) -> bytes:
        if content.startswith(_UTF16_XML):
            return _UTF16_DECLARED.sub(rb"\1UTF-8\2", content.decode("utf-16").encode("utf-8"))
        return content

    return _rewritten(data, mend)


def _without_merges(data: bytes) -> tuple[bytes, set[str]] | None:
    """The workbook with every worksheet's merged ranges taken out, and the names of the sheets that
    had some; None when it has none (or is no zip one can rewrite)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = sheet_parts(archive)
            out, touched = io.BytesIO(), set()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
                for info in archive.infolist():
                    content = archive.read(info)
                    if info.filename.startswith("xl/worksheets/") and b"<mergeCells" in content:
                        content = _MERGE_CELLS.sub(b"", content)
                        touched.add(names.get(info.filename, ""))
                    rewritten.writestr(info, content)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, KeyError, EOFError, zlib.error):
        return None
    return (out.getvalue(), touched) if touched else None


def _read_book(data: bytes, fmt: str) -> ReadResult:
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        if len(book.sheet_names) > MAX_SHEETS:
            raise TooLarge(f"文件有 {len(book.sheet_names):,} 个工作表，超过 {MAX_SHEETS} 个的上限")
        sheets, damaged, covering = [], set(), {}
        charts = _chart_sheets(book)
        if charts and len(charts) == len(book.sheet_names):
            return ReadResult([], fmt, "file.not_a_table", ONLY_CHARTS)
        for name in book.sheet_names:
            if name in charts:  # a chart drawn over a sheet's cells holds none of its own (blank, as in an .xlsx)
                sheets.append(Sheet(name, [], []))
                continue
            try:
                sheet = book.get_sheet_by_name(name)
                _grid_fits(f"工作表「{name}」", sheet.height, sheet.width)
                rows = sheet.to_python(skip_empty_area=False)
                # Merged ranges of every format calamine gives them for (.xlsx, .xls/.et, .ods): a record
                # written over merged rows is one record whatever the format it was saved in.
                merged, hiding = merges_over_values(on_the_grid(list(sheet.merged_cell_ranges or []), rows), rows)
            except TooLarge:
                raise
            except Exception as exc:  # calamine reads sheet by sheet: one damaged sheet leaves the others readable
                if (cells := _cells_requested(exc)) is not None:
                    raise TooLarge(
                        f"工作表「{name}」展开后有 {cells:,} 个单元格，超过每个工作表 {MAX_CELLS_PER_SHEET:,} 个单元格的上限"
                        "（多为一行或一列被设为重复到表格末尾）；请在 Excel/WPS 中删除表格之外的行和列后另存"
                    ) from exc
                rows, merged, hiding = [], [], ()
                damaged.add(name)
            sheets.append(Sheet(name, rows, merged))
            covering[name] = hiding
        apply_marks(book, data, fmt, sheets)
        for sheet in sheets:
            sheet.marks.damaged = sheet.marks.damaged or sheet.name in damaged
            if covering.get(sheet.name):
                sheet.marks.repairs += (("sheet.merge_over_values", covering[sheet.name]),)
            if sheet.name in damaged and fmt == "xlsx":
                sheet.marks.before_damage = tuple(map(tuple, rows_before_damage(data, sheet.name)))
    except TooLarge:
        raise
    except calamine.PasswordError:
        return ReadResult([], fmt, "file.encrypted")
    except Exception:  # calamine raises several types for broken archives; all mean "unreadable"
        if b"opendocument.spreadsheet" in data[:256] and (repeated := _ods_repeated_grid(data)) is not None:
            # calamine lays out an .ods whole when it opens it: past its own cell limit it says only that it cannot
            # tell the format ("已损坏…另存为 .xlsx" had been said of an intact book).
            rows, cols = repeated
            raise TooLarge(
                f"文件中有一行填了 {cols:,} 个单元格、被设为重复 {rows:,} 次（{rows * cols:,} 个单元格），超过每个工作表 "
                f"{MAX_CELLS_PER_SHEET:,} 个单元格的上限；多为把一个值填充到了工作表末尾：请在 LibreOffice/WPS 中删除表格之外的行和列后另存"
            ) from None
        return ReadResult([], fmt, "file.unreadable")
    if not any(any(c != "" for c in r) for s in sheets for r in s.rows):
        # Nothing readable but damaged sheets: the book is as unreadable as one calamine cannot open.
        # Its damaged sheets go with it for what their names and first rows say of the kind they held.
        return (
            ReadResult([s for s in sheets if s.marks.damaged], fmt, "file.unreadable")
            if damaged
            else ReadResult(sheets, fmt, "file.empty")
        )
    return ReadResult(sheets, fmt)


def on_the_grid(merged: list, rows: list[list]) -> list:
    """Merged ranges as far as they cover the grid's cells. A range starting beyond them (a format copied over blank
    columns to the right or rows below) covers only empty cells: there is no text to spread. One had made locating
    the header index past its row (file.failed, an intact register lost).

    >>> on_the_grid([((0, 9), (0, 10)), ((1, 0), (5, 1)), ((9, 0), (9, 1))], [["序号", "案件编号"], ["1", "x"]])
    [((1, 0), (1, 1))]
    """
    if not merged:  # most sheets: the grid's width not measured (a row at a time, every row of a register)
        return []
    height, width = len(rows), max(map(len, rows), default=0)
    return [
        ((r0, c0), (min(r1, height - 1), min(c1, width - 1)))
        for (r0, c0), (r1, c1) in merged
        if r0 < height and c0 < width
    ]


def merges_over_values(merged: list, rows: list[list]) -> tuple[list, tuple[str, ...]]:
    """The merged ranges that cover no value but their first cell's, and the ranges (B1:B4) dropped because they do.
    Excel keeps only a range's first value when a clerk merges cells; a script merging after it wrote the cells
    (openpyxl's merge_cells) leaves the others' values in the file, hidden under the range. Spread as a merge, a
    header's title had swallowed the records under it (three records lost without a word): such a range is read as
    its cells, each its own value, and named.

    >>> rows = [["执法台账", ""], ["序号", "编号"], ["1", "甲"], ["2", ""]]
    >>> merges_over_values([((0, 0), (0, 1)), ((1, 1), (3, 1))], rows)
    ([((0, 0), (0, 1))], ('B2:B4',))
    """
    kept, dropped = [], []
    for (r0, c0), (r1, c1) in merged:
        covers = any(
            isinstance(value, str) and value.strip() or not isinstance(value, str) and value is not None
            for r in range(r0, r1 + 1)
            for value in rows[r][c0 + (r == r0) : c1 + 1]
        )
        if covers:
            dropped.append(f"{column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}")
        else:
            kept.append(((r0, c0), (r1, c1)))
    return kept, tuple(dropped)


# What calamine says when a sheet's cells, repeated as its file says (an .ods row repeated to the sheet's end), pass
# its own limit: the sheet is too large, not damaged ("已损坏…另存为 .xlsx" had been said of an intact file).
_CELL_LIMIT = re.compile(r"Cell limit exceeded \((\d+) cells requested")


# An OpenDocument row repeated (table:number-rows-repeated) and the cells of it that hold something, repeated too.
_ODS_REPEATED_ROW = re.compile(
    rb'<table:table-row\b[^>]*?table:number-rows-repeated="(\d+)"[^>]*>(.*?)</table:table-row>', re.S
)
_ODS_FILLED_CELL = re.compile(rb"<table:table-cell\b([^>]*?)(?<!/)>(?!</table:table-cell>)", re.S)
_ODS_COLUMNS = re.compile(rb'table:number-columns-repeated="(\d+)"')


def _ods_repeated_grid(data: bytes) -> tuple[int, int] | None:
    """The largest (rows, filled cells) of an .ods's repeated rows holding something, when their product passes the
    sheet's cell limit; None otherwise, or when the file cannot be looked into. Only the first FAR_CELL_SCAN_BYTES of
    its content are scanned.

    >>> cell = b'<table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p>'
    >>> row = b'<table:table-row table:number-rows-repeated="1000000">' + cell + b"</table:table-cell></table:table-row>"
    >>> out = io.BytesIO(); z = zipfile.ZipFile(out, "w"); z.writestr("content.xml", row); z.close()
    >>> _ods_repeated_grid(out.getvalue())
    (1000000, 16384)
    >>> _ODS_FILLED_CELL.findall(b'<table:table-cell table:number-columns-repeated="9"/><table:table-cell></table:table-cell>')
    []
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("content.xml") as stream:
            content = stream.read(FAR_CELL_SCAN_BYTES)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, KeyError, EOFError, zlib.error):
        return None
    largest = None
    for found in _ODS_REPEATED_ROW.finditer(content):
        rows = int(found.group(1))
        cols = sum(
            int(m.group(1)) if (m := _ODS_COLUMNS.search(cell.group(1))) else 1
            for cell in _ODS_FILLED_CELL.finditer(found.group(2))
        )
        if rows * cols > MAX_CELLS_PER_SHEET and (largest is None or rows * cols > largest[0] * largest[1]):
            largest = (rows, cols)
    return largest


def _cells_requested(exc: Exception) -> int | None:
    """The cells a sheet asked calamine for when that passed its limit, else None.

    >>> _cells_requested(ValueError("Cell limit exceeded (16384049152 cells requested, max 100000000)"))
    16384049152
    """
    found = _CELL_LIMIT.search(str(exc))
    return int(found.group(1)) if found else None


def _chart_sheets(book) -> set[str]:
    """The names of a book's chart sheets. calamine lists them among the sheets and, in a binary workbook (.xlsb),
    fails to read one: a chart beside the register had been named a damaged sheet and the register's figures
    withheld."""
    try:
        return {m.name for m in book.sheets_metadata if str(m.typ).rsplit(".", 1)[-1] == "ChartSheet"}
    except Exception:  # metadata is a nicety; calamine raises several types on odd books
        return set()


def _decode(data: bytes) -> str | None:
    head = data[:2048].decode("ascii", "ignore").lower()
    declared = re.search(r"charset=[\"']?([\w-]+)", head)
    encodings = ((declared.group(1),) if declared else ()) + TEXT_ENCODINGS
    for enc in encodings:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    # Mostly UTF-8 with a few broken bytes (a bad copy, a cut multibyte character): read it, the
    # broken characters shown as U+FFFD, rather than refuse the whole file.
    text = data.decode("utf-8", "replace")
    return text if text.count("\ufffd") <= max(10, len(text) // 1000) else None


def _utf16_without_bom(data: bytes) -> str | None:
    r"""Text saved as UTF-16 without its byte-order mark (a system's "Unicode" export): the digits,
    commas and tabs of a ledger are ASCII, so every other byte of the file is NUL.

    >>> _utf16_without_bom("序号\t日期\r\n1\t2024-03-05".encode("utf-16-le"))[:5]
    '序号\t日期'
    >>> _utf16_without_bom(b"\x00\x01\x02\x03" * 10) is None
    True
    """
    head = data[:4096]
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.2 * len(zeros) and other.count(0) <= 0.05 * len(other):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            # Binary data can pass the byte test; text is printable but for its line breaks and tabs.
            sample = text[:2048]
            printable = sum(c.isprintable() or c in "\t\r\n" for c in sample)
            return text if printable >= 0.98 * len(sample) else None
    return None


def _decode_text(data: bytes) -> tuple[str, tuple[int, ...], tuple[int, ...]] | None:
    """A CSV's text, the lines (1-based) written in another encoding than the rest of it, and those neither
    encoding reads whole (a character cut in its middle)."""
    try:
        return data.decode("utf-8-sig"), (), ()
    except UnicodeDecodeError:
        pass
    # A UTF-8 byte-order mark before text that is not UTF-8 (a GBK export a tool "converted" by adding the mark
    # alone): the mark says nothing of the text after it, read as if it were not there.
    data = data.removeprefix(b"\xef\xbb\xbf")
    mixed = by_line(data)
    if mixed is not None:
        return mixed
    text = _decode(data)
    return None if text is None else (text, (), ())


def _delimiter(text: str) -> str:
    r"""The delimiter of a CSV: the one each of its first lines has most of, by the median line
    (a full-width comma typed in a long remark must not outvote the commas of every line).

    >>> _delimiter("序号,名称\n1,甲，乙，丙，丁\n2,戊"), _delimiter("序号|名称|日期\n1|甲,乙|2024-1-1")
    (',', '|')
    """
    lines = [line for line in text[:65536].splitlines()[:30] if line.strip()] or [""]
    candidates = (",", "\t", ";", "，", "|")  # | from some systems' exports
    return max(
        candidates, key=lambda d: (sorted(line.count(d) for line in lines)[len(lines) // 2], text[:8192].count(d))
    )


_ASCII_DELIMITERS = (",", "\t", ";", "|")


def _is_prose(text: str) -> bool:
    r"""Whether a text is sentences, not rows: many of its lines hold a full stop (a report's text, a
    notice saved as .txt), which the full-width commas between its clauses would otherwise part into
    cells, its clauses read as a ledger's titles.

    >>> _is_prose("报告\n\n一、概览\n全年办理案件702件，其中行政许可269件。\n按单位分，镇政府441件。\n")
    True
    >>> _is_prose("序号，名称，日期\n1，事项，2024.3.5\n2，调解。已结，2024.3.6\n3，事项，2024.3.7\n")
    False
    """
    lines = [line for line in text[:65536].splitlines()[:200] if line.strip()]
    return len(lines) >= 2 and sum("。" in line for line in lines) >= 0.3 * len(lines)


# Two spaces or more (half- or full-width) between two words of a line: a gap a column leaves.
_ALIGNING_GAP = re.compile(r"\S[ \u3000]{2,}(?=\S)")


def _aligned_by_spaces(text: str) -> bool:
    r"""Whether a text of no delimiter is a table whose columns are lined up by spaces (Excel's 带格式文本
    (.prn), a system's print to a file): most lines parted in three or more by wide gaps.

    >>> _aligned_by_spaces("序号  案件编号      办理日期\n1     旺草许字1号   2024.3.5\n2     旺草许字2号   2024.3.6\n")
    True
    >>> _aligned_by_spaces("全年办理案件  共计 12 件\n其中 许可 5 件\n")
    False
    """
    lines = [line for line in text[:65536].splitlines()[:200] if line.strip()]
    return len(lines) >= 2 and sum(len(_ALIGNING_GAP.findall(line)) >= 2 for line in lines) >= 0.8 * len(lines)


def _lines_quoted_whole(rows: list[list[str]]) -> list[list[str]] | None:
    r"""The rows of a CSV whose every line a system wrapped whole in quotes ("序号,案件编号,…"), so that
    each line reads as one cell holding the others' commas; None when the lines are no such thing.

    >>> _lines_quoted_whole([["序号,名称"], ["1,事项"], [], ['2,"甲,乙"']])
    [['序号', '名称'], ['1', '事项'], [], ['2', '甲,乙']]
    >>> _lines_quoted_whole([["序号"], ["1"]]) is None
    True
    """
    cells = [r[0] for r in rows if r and r[0].strip()]
    if len(cells) < 2:
        return None
    delimiter = _delimiter("\n".join(cells[:30]))
    if not all(delimiter in c for c in cells[:30]):
        return None
    return [next(csv.reader([r[0]], delimiter=delimiter, skipinitialspace=True), []) if r else [] for r in rows]


def _in_curly_quotes(cell: str) -> bool:
    return len(cell) >= 2 and cell[0] == "“" and cell[-1] == "”"


def _cells_in_curly_quotes(rows: list[list]) -> list[list] | None:
    """The rows with each cell wrapped whole in Chinese quotes (“序号”) taken out of them, when every titled cell of the
    first row is so wrapped: a CSV typed or edited with a Chinese input method, whose quote key gives “ and ”. Read
    as they stand, the titles had been no ledger's (“序号”、“案件编号”…, file.unknown_kind). None otherwise.

    >>> _cells_in_curly_quotes([["“序号”", "“名称”"], ["“1”", "甲说“好”"]])
    [['序号', '名称'], ['1', '甲说“好”']]
    >>> _cells_in_curly_quotes([["序号", "“名称”"], ["1", "“甲”"]]) is None
    True
    """
    first = next(([c for c in r if c.strip()] for r in rows if any(c.strip() for c in r)), [])
    if len(first) < 2 or not all(_in_curly_quotes(c.strip()) for c in first):
        return None
    return [[c.strip()[1:-1] if _in_curly_quotes(c.strip()) else c for c in r] for r in rows]


def _read_csv(text: str, odd_lines: tuple[int, ...], stem: str, broken: tuple[int, ...] = ()) -> ReadResult:
    """A CSV's one sheet. `odd_lines` are the lines decoded in another encoding than the rest: the
    rows holding them are named (sheet.mixed_encoding), as are those of the `broken` lines, a character cut in its
    middle (sheet.broken_characters), and rows a stray NUL was removed from
    (sheet.nul_removed); a text with many NULs is no text (a binary file): unreadable."""
    if text.count("\x00") > max(10, len(text) // 100):
        return ReadResult([], "text", "file.unreadable")
    delimiter = _delimiter(text)
    if delimiter not in _ASCII_DELIMITERS and _is_prose(text):
        return ReadResult([], "text", "file.not_a_table", "一份成段文字的文本文档（如报告的文字稿）")
    # newline="": lines end at \n, \r\n or a lone \r (old Mac and some systems' exports), as csv wants.
    # skipinitialspace: a cell quoted after ", " ("序号", "案件编号") is its text, not the text in quotes
    # (and a comma inside such quotes parts no cells); a cell's leading spaces are never its value.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    rows: list[list] = []
    ends: list[int] = []  # the last line of each row (a quoted cell may span lines)
    widest = 1
    try:
        for r in reader:
            rows.append(list(r))
            ends.append(reader.line_num)
            if not len(rows) % 4096:  # refused while reading, before a million rows fill the child's memory
                widest = max(widest, *map(_filled_width, rows[-4096:]))
                _grid_fits("文件", len(rows), widest)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise TooLarge(
                f"有单元格超过 {csv.field_size_limit():,} 个字符（常见原因：某个单元格的引号不成对，把其后的内容都并入了它）"
            ) from None
        return ReadResult([], "text", "file.unreadable")
    unclosed = _mend_unclosed_quotes(text, delimiter, rows, ends)
    width = max(map(len, rows), default=0)
    if width < 2 and (unwrapped := _lines_quoted_whole(rows)) is not None:
        rows = unwrapped
        width = max(len(r) for r in rows)
    if width < 2:
        if _aligned_by_spaces(text):
            return ReadResult([], "text", "file.fixed_width")
        return ReadResult([], "text", "file.unreadable" if text.strip() else "file.empty")
    # Delimiters a system writes after the last column on every line (a fixed 256 columns): columns no row fills
    # hold nothing. Counted, a register of 10,000 records was "beyond 2,000,000 cells" and refused.
    filled = max((_filled_width(r) for r in rows), default=0)
    _grid_fits("文件", len(rows), max(filled, 2))
    rows, split = _split_records_joined(rows)
    # A ruled line under the header (a Markdown table's |---|---|, a database client's ------ ------) is no
    # record: left blank, so that row numbers stay the file's lines.
    rows = [[] if _RULE.match("".join(r)) and "-" * 3 in "".join(r) else r for r in rows]
    wide = _wider_rows(rows)  # before the empty columns go: a row longer than most is one shifted by a comma
    width = max(filled, 2)
    rows = [r[:width] + [""] * (width - len(r)) for r in rows]
    if '="' in text or "'" in text:
        rows = [[_exported_text(c) for c in r] for r in rows]
    repairs = []
    if "“" in text and (unquoted := _cells_in_curly_quotes(rows)) is not None:
        rows = unquoted
        repairs.append(("sheet.curly_quotes", ()))
    if "\x00" in text:
        touched = tuple(i + 1 for i, r in enumerate(rows) if any("\x00" in c for c in r))
        rows = [[c.replace("\x00", "") for c in r] for r in rows]
        repairs.append(("sheet.nul_removed", touched))
    if unclosed:
        repairs.append(("sheet.quote_unclosed", unclosed))
    if split:
        repairs.append(("sheet.rows_joined", split))
    if wide:
        repairs.append(("sheet.rows_wider", wide))
    for code, lines in (("sheet.mixed_encoding", odd_lines), ("sheet.broken_characters", broken)):
        if lines:
            starts, odd = [0, *ends[:-1]], set(lines)
            touched = tuple(
                i + 1 for i, (a, b) in enumerate(zip(starts, ends)) if any(n in odd for n in range(a + 1, b + 1))
            )
            repairs.append((code, touched))
    return ReadResult([Sheet(stem, rows, marks=SheetMarks(repairs=tuple(repairs)))], "csv")


def _filled_width(row: list) -> int:
    """How many cells of a row reach its last filled one.

    >>> _filled_width(["1", "", "甲", "", ""]), _filled_width(["", ""])
    (3, 0)
    """
    n = len(row)
    while n and row[n - 1] == "":
        n -= 1
    return n


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _mend_unclosed_quotes(text: str, delimiter: str, rows: list[list], ends: list[int]) -> tuple[int, ...]:
    """Rows read again where a cell opened a quote never closed: the reader made that cell of the rest of the
    file, every record after it lost in one cell. The quote is then a character of its line, the lines
    after it read again (`rows` and `ends` changed in place); the rows (1-based) where such a quote opened.

    >>> rows, ends = [["序号", "名称"], ["1", '甲\\n2,乙\\n']], [1, 3]
    >>> _mend_unclosed_quotes('序号,名称\\n1,"甲\\n2,乙\\n', ",", rows, ends), rows
    ((2,), [['序号', '名称'], ['1', '"甲'], ['2', '乙']])
    """
    mended: list[int] = []
    while rows and ends[-1] - (ends[-2] if len(ends) > 1 else 0) > 1 and len(mended) < 100:
        lines = _LINE.findall(text)
        first = ends[-2] if len(ends) > 1 else 0  # the last row's first line (0-based)
        try:
            list(csv.reader(io.StringIO("".join(lines[first:]), newline=""), delimiter=delimiter, strict=True))
            break  # a cell quoted over several lines, closed: a record as written
        except csv.Error as exc:
            if "unexpected end of data" not in str(exc):
                break
        rows.pop(), ends.pop()
        mended.append(len(rows) + 1)
        line = lines[first].rstrip("\r\n")
        rows.extend(csv.reader([line], delimiter=delimiter, quoting=csv.QUOTE_NONE, skipinitialspace=True))
        ends.append(first + 1)
        rest = csv.reader(
            io.StringIO("".join(lines[first + 1 :]), newline=""), delimiter=delimiter, skipinitialspace=True
        )
        for r in rest:
            rows.append(list(r))
            ends.append(first + 1 + rest.line_num)
    return tuple(mended)


_RULE = re.compile(r"^[-=:+ ]+$")


def _wider_rows(rows: list[list]) -> tuple[int, ...]:
    """Rows (1-based) with more cells than most rows of the file: a delimiter typed inside a cell
    without quotes (事项,补充说明) shifts every cell after it one column to the right. Only where one
    width is that of most rows (half at least, title lines of one cell aside).

    >>> _wider_rows([["序号", "名称", "日期"], ["1", "甲", "3.5"], ["2", "乙", "丙", "3.6"], ["3", "丁", "3.7"]])
    (3,)
    """
    widths = Counter(len(r) for r in rows if len(r) > 1)
    if not widths:
        return ()
    width, common = widths.most_common(1)[0]
    if common * 2 < sum(widths.values()):
        return ()
    return tuple(i + 1 for i, r in enumerate(rows) if len(r) > width)


def _split_records_joined(rows: list[list]) -> tuple[list[list], tuple[int, ...]]:
    """Records a line break inside a cell, written without quotes, cut into several rows: each
    joined back into its first row (the break kept in the cell), the rows it took left empty so that
    every row keeps the number Excel shows; and the first rows (1-based) of those records. A break in
    the k-th of w columns leaves a row of k cells and one of w-k+1: only where every row of two cells
    or more but fewer than the widest is such a part, adding up with the rows after it to exactly the
    width, is anything joined; a file that leaves out its trailing empty cells is left as it is.

    >>> rows = [["序号", "名称", "日期"], ["1", "甲"], ["乙", "2024.3.5"], ["2", "丙", "2024.3.6"]]
    >>> joined, first = _split_records_joined(rows)
    >>> joined, first
    ([['序号', '名称', '日期'], ['1', '甲\\n乙', '2024.3.5'], [], ['2', '丙', '2024.3.6']], (2,))
    >>> _split_records_joined([["a", "b", "c"], ["1", "2"], ["3", "4", "5"]])[1]  # a short row alone
    ()
    """
    width = max(len(r) for r in rows)
    groups, i = [], 0
    while i < len(rows):
        if not 2 <= len(rows[i]) < width:
            i += 1
            continue
        total, j = len(rows[i]), i
        while total < width and j + 1 < len(rows) and j - i < 5 and 1 <= len(rows[j + 1]) < width:
            j += 1
            total += len(rows[j]) - 1
        if total != width or j == i:
            return rows, ()  # a short row that is no part of a cut record: not this quirk
        groups.append((i, j))
        i = j + 1
    out = list(rows)
    for i, j in groups:
        cells = list(out[i])
        for k in range(i + 1, j + 1):
            cells[-1] = f"{cells[-1]}\n{out[k][0]}"
            cells += out[k][1:]
            out[k] = []
        out[i] = cells
    return out, tuple(i + 1 for i, _ in groups)


def _exported_text(cell: str) -> str:
    """A CSV cell as the text it stands for: systems export text that Excel must not read as a
    number or date as a formula of that text (="2024-03-05", ="0851…", quotes doubled inside), or
    behind Excel's text apostrophe ('2024-03-05); a cell quoted in apostrophes ('甲') stays as it is.

    >>> [_exported_text(c) for c in ['="2024.3.5"', '="甲""乙"', "'2024-03-05", "'甲'", "=A1", "'"]]
    ['2024.3.5', '甲"乙', '2024-03-05', "'甲'", '=A1', "'"]
    """
    if len(cell) >= 3 and cell.startswith('="') and cell.endswith('"'):
        return cell[2:-1].replace('""', '"')
    if len(cell) >= 2 and cell.startswith("'") and not cell.endswith("'"):
        return cell[1:]
    return cell


# Excel 2003's XML Spreadsheet, which many office systems still export with an .xls name.
_SPREADSHEET_ML = "urn:schemas-microsoft-com:office:spreadsheet"
_SS = "{" + _SPREADSHEET_ML + "}"
_EXCEL_NS = "{urn:schemas-microsoft-com:office:excel}"


def _read_spreadsheet_ml(text: str) -> ReadResult:
    """An XML Spreadsheet 2003 workbook: its worksheets with merged ranges (MergeAcross, MergeDown),
    cells placed by ss:Index, typed values (numbers, dates, booleans, error values as Excel shows
    them), hidden rows and sheets."""
    from lxml import etree

    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        # The text is decoded already: its declaration (encoding="gb2312") must not decode it again.
        root = etree.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text).encode("utf-8"), parser)
    except Exception:  # not well-formed: broken or cut off
        return ReadResult([], "xml", "file.unreadable")
    sheets = []
    for n, ws in enumerate(root.iter(f"{_SS}Worksheet"), 1):
        if len(sheets) >= MAX_SHEETS:
            raise TooLarge(f"文件有超过 {MAX_SHEETS} 个工作表")
        name = ws.get(f"{_SS}Name") or f"Sheet{n}"
        rows, merged, hidden_rows = _spreadsheet_ml_rows(ws, f"工作表「{name}」")
        visible = ws.find(f"{_EXCEL_NS}WorksheetOptions/{_EXCEL_NS}Visible")
        state = (visible.text or "").strip() if visible is not None else ""
        hidden, very = state in ("SheetHidden", "SheetVeryHidden"), state == "SheetVeryHidden"
        sheets.append(
            Sheet(name, rows, merged, SheetMarks(hidden=hidden, very_hidden=very, hidden_rows=tuple(hidden_rows)))
        )
    if not any(any(c != "" for c in r) for s in sheets for r in s.rows):
        return ReadResult(sheets, "xml", "file.empty")
    return ReadResult(sheets, "xml")


def _spreadsheet_ml_rows(ws, where: str) -> tuple[list[list], list, list[int]]:
    table = ws.find(f"{_SS}Table")
    grid: dict[int, dict[int, object]] = {}
    merged, hidden_rows = [], []
    r = -1
    for row in table.iter(f"{_SS}Row") if table is not None else ():
        r = _span(row.get(f"{_SS}Index"), 1 << 20) - 1 if row.get(f"{_SS}Index") else r + 1
        if row.get(f"{_SS}Hidden") == "1":
            hidden_rows.append(r)
        c = -1
        for cell in row.iter(f"{_SS}Cell"):
            c = _span(cell.get(f"{_SS}Index"), 1 << 14) - 1 if cell.get(f"{_SS}Index") else c + 1
            across = _span(cell.get(f"{_SS}MergeAcross", 0), MAX_COLSPAN) if cell.get(f"{_SS}MergeAcross") else 0
            down = _span(cell.get(f"{_SS}MergeDown", 0), MAX_ROWSPAN) if cell.get(f"{_SS}MergeDown") else 0
            _grid_fits(where, r + down + 1, c + across + 1)
            data = cell.find(f"{_SS}Data")
            if data is not None:
                grid.setdefault(r, {})[c] = _spreadsheet_ml_value(data)
            if across or down:
                merged.append(((r, c), (r + down, c + across)))
            c += across  # the next cell without an index follows the merged range
    height = max(grid, default=-1) + 1
    height = max([height, *(r1 + 1 for _, (r1, _) in merged)]) if merged else height
    width = max((max(cols) + 1 for cols in grid.values() if cols), default=0)
    width = max([width, *(c1 + 1 for _, (_, c1) in merged)]) if merged else width
    _grid_fits(where, height, width)
    rows = [[grid.get(i, {}).get(j, "") for j in range(width)] for i in range(height)]
    return rows, merged, hidden_rows


def _spreadsheet_ml_value(data):
    import datetime as dt

    text = "".join(data.itertext())
    kind = data.get(f"{_SS}Type", "String")
    try:
        if kind == "Number":
            value = float(text)
            return int(value) if value.is_integer() and abs(value) < 2**53 else value
        if kind == "DateTime":
            return dt.datetime.fromisoformat(text.strip()[:19])
        if kind == "Boolean":
            return text.strip() == "1"
    except ValueError:
        pass
    return text  # String, Error (#N/A as Excel shows it), or a value its type does not fit


# A web archive (.mht, .mhtml: Excel's and a browser's "单个文件网页", which systems also export as .xls): a
# MIME message whose pages are quoted-printable or base64, read naively as a page of =E5=BA=8F=E5=8F=B7.
_MIME_HEAD = re.compile(rb"^(?:(?:mime-version|content-[\w-]+|from|subject|date|x-[\w-]+)[ \t]*:[^\n]*\r?\n)+", re.I)
# Excel names each sheet of the archive in its first page: <x:Name>台账</x:Name> … <x:WorksheetSource HRef="…">,
# and a hidden sheet's options there say so (<x:Visible>SheetHidden</x:Visible>; some writers put them in the
# sheet's own page instead).
_ARCHIVE_SHEET = re.compile(r"<x:Name>([^<]*)</x:Name>.*?<x:WorksheetSource\s+HRef=[\"']([^\"']*)[\"']", re.I | re.S)
_WORKSHEET_BLOCK = re.compile(r"<x:ExcelWorksheet>(.*?)</x:ExcelWorksheet>", re.I | re.S)
_SHEET_STATE = re.compile(r"<x:Visible>\s*(SheetHidden|SheetVeryHidden)\s*</x:Visible>", re.I)


def _page_name(where: str) -> str:
    """The file name a page of a web page is saved under (台账.files/sheet001.htm → sheet001.htm)."""
    return where.replace("\\", "/").rsplit("/", 1)[-1]


def _archive_states(text: str) -> dict[str, str]:
    """The hidden sheets an archive's frame page names, as sheet page → SheetHidden / SheetVeryHidden.

    >>> frame = ("<x:ExcelWorksheet><x:Name>台账</x:Name><x:WorksheetSource HRef='b.files/sheet001.htm'/>"
    ...          "</x:ExcelWorksheet><x:ExcelWorksheet><x:Name>备份</x:Name><x:WorksheetSource HRef='b.files/sheet002.htm'/>"
    ...          "<x:WorksheetOptions><x:Visible>SheetHidden</x:Visible></x:WorksheetOptions></x:ExcelWorksheet>")
    >>> _archive_states(frame)
    {'sheet002.htm': 'SheetHidden'}
    """
    states = {}
    for block in _WORKSHEET_BLOCK.findall(text[: 1 << 20]):
        if state := _SHEET_STATE.search(block):
            for _, href in _ARCHIVE_SHEET.findall(block):
                states[_page_name(href)] = state.group(1)
    return states


def _web_archive_pages(data: bytes) -> list[tuple[str, str]] | None:
    """The pages (where each was saved from, its text) of a web archive; None for any other file.

    >>> page = b"<html><body><table><tr><td>\\xe5\\xba\\x8f\\xe5\\x8f\\xb7</td></tr></table></body></html>"
    >>> _web_archive_pages(b"MIME-Version: 1.0\\nContent-Type: text/html; charset=utf-8\\n\\n" + page)[0][1][:20]
    '<html><body><table><'
    >>> _web_archive_pages(b"\\xe5\\xba\\x8f\\xe5\\x8f\\xb7,date\\n1,2") is None
    True
    """
    import email
    from email import policy

    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not _MIME_HEAD.match(head) or not re.search(rb"(?im)^content-type:\s*(?:multipart/related|text/html)", head):
        return None
    try:
        message = email.message_from_bytes(data, policy=policy.compat32)
        pages = []
        for part in message.walk():
            if part.get_content_type() not in ("text/html", "text/css"):
                continue
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            try:
                text = payload.decode(charset) if charset else _decode(payload)
            except (LookupError, UnicodeDecodeError):
                text = _decode(payload)
            if text is not None and part.get_content_type() == "text/css":
                # The book's cell formats (stylesheet.css: .xl66 {text-decoration:line-through;}), which the sheets'
                # pages name by class: kept as a style of the archive, read with every page of it.
                text = f"<style>\n{text}\n</style>"
            if text is not None:
                pages.append((_header_text(part.get("Content-Location", "")), text))
    except Exception:  # a damaged message: named as a file that cannot be read
        return []
    return pages


def _header_text(value) -> str:
    r"""A MIME header's text. Excel writes the page's file name into Content-Location in the system's code page
    (file:///C:/5A3D8E21/台账.files/sheet001.htm in GB2312), bytes the parser leaves undecoded (a Header, not a
    str): they are decoded as a page's text is.

    >>> import email; from email import policy
    >>> part = email.message_from_bytes("Content-Location: C:/台账.htm\n\n".encode("gb2312"), policy=policy.compat32)
    >>> _header_text(part.get("Content-Location")), _header_text("file:///C:/sheet001.htm")
    ('C:/台账.htm', 'file:///C:/sheet001.htm')
    """
    if isinstance(value, str):
        return value
    from email.header import decode_header

    try:
        return "".join(
            text if isinstance(text, str) else (_decode(text) or text.decode("latin-1"))
            for text, _ in decode_header(value)
        )
    except Exception:  # a header nothing decodes: its text as the parser kept it
        return str(value)


def _read_web_archive(pages: list[tuple[str, str]], stem: str) -> ReadResult:
    """The tables of a web archive's pages. Excel's archive names its sheets in its first page, a frame
    around them, beside a tab strip that is no sheet: only the pages it names are read, by their names."""
    named: dict[str, str] = {}
    states: dict[str, str] = {}
    for _, text in pages[:1]:
        named = {_page_name(href): name for name, href in _ARCHIVE_SHEET.findall(text)}
        states = _archive_states(text)
    # The book's cell formats are one stylesheet for all its pages; whether it explains its colours is the book's
    # words anywhere (a legend on a sheet of its own), as for a workbook.
    css = "".join(_style_text(text) for _, text in pages)
    explains = _explains_colours(pages)
    sheets: list[Sheet] = []
    for where, text in pages:
        page = _page_name(where)
        if named and page not in named:
            continue
        # Hidden as the book hid it (a 备份 copy, last year's tab): read and named as a workbook's hidden sheet is,
        # not counted as a register beside the visible one. Some writers say so in the sheet's own page.
        state = states.get(page) or (_SHEET_STATE.findall(text[:65536]) or [""])[0]
        for sheet in _read_html(text, named.get(page) or stem, css, explains).sheets:
            sheet.name = _unique_name(sheet.name, {x.name for x in sheets})
            if named and state:
                sheet.marks.hidden, sheet.marks.very_hidden = True, state.lower() == "sheetveryhidden"
            sheets.append(sheet)
    return ReadResult(sheets, "html") if sheets else ReadResult([], "html", "file.no_table")


# Excel's web page of a book of one sheet is that sheet's page alone, naming the sheet in its head:
# <x:ExcelWorksheet><x:Name>案件列表</x:Name> …
_PAGE_SHEET = re.compile(r"<x:ExcelWorksheet>\s*<x:Name>([^<]*)</x:Name>", re.I)


def _page_sheet_name(text: str) -> str:
    """The one sheet a web page Excel saved names in its head, else "".

    >>> _page_sheet_name("<xml><x:ExcelWorksheet>\\n <x:Name>查询结果</x:Name></x:ExcelWorksheet></xml><table>")
    '查询结果'
    >>> _page_sheet_name("<table><tr><td>x:Name</td></tr></table>")
    ''
    """
    import html

    names = _PAGE_SHEET.findall(text[:65536])
    return html.unescape(names[0]).strip() if len(names) == 1 else ""


def _read_html(text: str, stem: str, css: str = "", explains: tuple[bool, bool] | None = None) -> ReadResult:
    """The tables of a web page, each a sheet, with what its cells' formats say (`_page_looks`): `css` is the
    stylesheet of the book the page belongs to (the page's own <style> added), `explains` whether the book says what
    its rows' fills and font colours mean (the page's own words when None)."""
    from lxml import html as lxml_html

    # Its sheet's name says what the file's name says (查询结果, 行政许可, 2024年): read as a workbook's sheet would be.
    stem = _page_sheet_name(text) or stem

    try:
        doc = lxml_html.fromstring(text)
    except Exception:  # lxml raises ParserError and others on garbage
        return ReadResult([], "html", "file.unreadable")
    # A <br> inside a cell is a line break in it (Excel writes a cell's Alt+Enter as <br
    # style='mso-data-placement:same-cell'>): its text keeps it, as a workbook's cell does, where the words on either
    # side had run together (法律咨询<br>审查合同, two services, read as one unknown 法律咨询审查合同).
    for br in doc.iter("br"):
        br.tail = "\n" + (br.tail or "")
    looks = _PageLooks.of(text, css + _style_text(text), explains or _explains_colours([("", text)]))
    sheets = []
    # A page saved from a portal names its document in its <title> and first heading (某镇2023年政府信息公开工作年度
    # 报告): the caption over its first table, as a Word document's heading is.
    heading = " ".join(
        " ".join(found[0].text_content().split()) for found in (doc.findall(".//title"), doc.findall(".//h1")) if found
    )
    for i, table in enumerate(doc.iter("table")):
        name = stem if i == 0 else f"{stem}-{i + 1}"
        merged: list = []
        rows = _html_table_rows(table, name, merged)
        if rows:
            if len(sheets) >= MAX_SHEETS:
                raise TooLarge(f"网页文件中的表格超过 {MAX_SHEETS} 个的上限")
            marks = SheetMarks(hidden_rows=_html_hidden_rows(table))
            if looks:
                marks.struck_rows, marks.row_fills, marks.row_fonts = looks.rows(table)
            sheets.append(Sheet(name, rows, merged, marks=marks, caption="" if sheets else heading))
    if not sheets:
        return ReadResult([], "html", "file.no_table")
    return ReadResult(sheets, "html")


_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.I | re.S)
_LINKED_STYLESHEET = re.compile(r"<link\b[^>]*?\brel\s*=\s*[\"']?stylesheet\b[^>]*>", re.I)
_HREF = re.compile(r"\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)


def _style_text(text: str) -> str:
    """The CSS of a page's <style> blocks (Excel's comment marks around it left in: they are no rule)."""
    return "\n".join(_STYLE_BLOCK.findall(text[: 1 << 20]))


def _stylesheets(page: Path, pages: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The stylesheets the pages of a web page link (Excel's 网页 writes its cell formats into 台账.files/stylesheet.css
    beside the sheets' pages), read from the folder beside `page` as a sheet's page is, each as a <style> block."""
    hrefs: list[str] = []
    for where, text in pages:
        for link in _LINKED_STYLESHEET.findall(text[:65536]):
            if found := _HREF.search(link):
                href = next(g for g in found.groups() if g is not None)
                joined = posixpath.normpath(posixpath.join(posixpath.dirname(where.replace("\\", "/")), href))
                if joined not in hrefs:
                    hrefs.append(joined)
    return [(href, f"<style>\n{css}\n</style>") for href, css in _frame_pages(page, hrefs[:4])]


def _explains_colours(pages: list[tuple[str, str]]) -> tuple[bool, bool]:
    """Whether a book's pages say what their rows' fills (绿色为已化解) and font colours (红色字体为化解中) mean."""
    import html

    words = [html.unescape(text) if "&#" in text else text for _, text in pages]
    return any(map(COLOUR_NOTE_TEXT.search, words)), any(map(FONT_NOTE_TEXT.search, words))


# The sixteen colours HTML names, and the names Excel writes for the automatic text colour.
_NAMED_COLOURS = {
    "black": "000000", "white": "FFFFFF", "red": "FF0000", "lime": "00FF00", "blue": "0000FF", "yellow": "FFFF00",
    "fuchsia": "FF00FF", "aqua": "00FFFF", "maroon": "800000", "green": "008000", "navy": "000080", "olive": "808000",
    "purple": "800080", "teal": "008080", "silver": "C0C0C0", "gray": "808080", "grey": "808080",
    "windowtext": "000000", "auto": "000000",
}  # fmt: skip
_CSS_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"^\s*(?:[a-z]+)?\.([\w-]+)\s*$", re.I)
_STRUCK_TAGS = frozenset(("s", "strike", "del"))


def _css_colour(value: str) -> str | None:
    """A CSS colour as RRGGBB (#92D050, #f00, red, rgb(146,208,80)); None for one it cannot tell (a gradient).

    >>> _css_colour("#92d050"), _css_colour("red"), _css_colour("#F00"), _css_colour("rgb(146, 208, 80)")
    ('92D050', 'FF0000', 'FF0000', '92D050')
    >>> _css_colour("windowtext"), _css_colour("url(x.png)")
    ('000000', None)
    """
    value = re.sub(r"\s*([(),])\s*", r"\1", value.strip().lower())
    value = value.split()[0] if value else ""
    if re.fullmatch(r"#[0-9a-f]{6}", value):
        return value[1:].upper()
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        return "".join(c * 2 for c in value[1:]).upper()
    if found := re.fullmatch(r"rgb\((\d+),(\d+),(\d+)\)", value.replace(" ", "")):
        return "".join(f"{min(int(g), 255):02X}" for g in found.groups())
    return _NAMED_COLOURS.get(value)


def _declarations(style: str) -> dict[str, str]:
    """A CSS declaration block as property (lower case) → value.

    >>> _declarations("mso-style-parent:style0; text-decoration:line-through; background:#92D050")
    {'mso-style-parent': 'style0', 'text-decoration': 'line-through', 'background': '#92D050'}
    """
    out = {}
    for item in style.split(";"):
        key, colon, value = item.partition(":")
        if colon and key.strip():
            out[key.strip().lower()] = value.strip()
    return out


@dataclass
class _Look:
    """What a piece of a page's text shows beyond its characters: struck through, its colour, its cell's fill."""

    struck: bool = False
    ink: str = "000000"
    fill: str | None = None

    def under(self, element, classes: dict[str, dict[str, str]]) -> _Look:
        """This look as `element` changes it: its classes' rules, then its own style=, then what its tag says
        (<s>, <font color>, bgcolor)."""
        said: dict[str, str] = {}
        for name in (element.get("class") or "").split():
            said.update(classes.get(name.lower(), {}))
        if style := element.get("style"):
            said.update(_declarations(style))
        struck, ink, fill = self.struck, self.ink, self.fill
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.lower() in _STRUCK_TAGS:
            struck = True
        decoration = said.get("text-decoration") or said.get("text-decoration-line")
        if decoration is not None:
            struck = "line-through" in decoration.lower()
        if (through := said.get("text-line-through")) is not None:  # Office's own property (single, double, none)
            struck = through.lower() != "none"
        colour = said.get("color") or element.get("color")
        if colour and (rgb := _css_colour(colour)) is not None:
            ink = rgb
        background = said.get("background") or said.get("background-color") or element.get("bgcolor")
        if background:
            pattern = said.get("mso-pattern", "").lower().split()
            # mso-pattern names the pattern drawn over the background (gray-50); "none" is a solid fill.
            solid = len(pattern) < 2 or pattern[1] == "none"
            rgb = _css_colour(background)
            fill = rgb if solid and rgb and rgb != "FFFFFF" else None
        return _Look(struck, ink, fill)


@dataclass
class _PageLooks:
    """What a page's cell formats say of its tables' rows, read as a workbook's are (fzlib.ingest.marks): rows struck
    through (删除线), and, in a book explaining its colours, the solid fill and the text colour each row's cells share.
    Excel's 网页 writes a cell's format as a class (.xl66 {text-decoration:line-through;}, {background:#92D050;
    mso-pattern:auto none;}, {color:red;}) in its stylesheet, other writers as a style= or a <s>, <font color>."""

    classes: dict[str, dict[str, str]]
    strikes: bool
    fills: bool
    fonts: bool

    @classmethod
    def of(cls, text: str, css: str, explains: tuple[bool, bool]) -> _PageLooks | None:
        """The looks of a page whose formats may say something (a strike, or colours its book explains); None
        for the usual page, read at no cost."""
        lower = css.lower()
        strikes = "line-through" in lower or "line-through" in text.lower() or bool(_STRUCK_MARKUP.search(text))
        if not (strikes or any(explains)):
            return None
        classes: dict[str, dict[str, str]] = {}
        for selectors, body in _CSS_RULE.findall(css.replace("<!--", " ").replace("-->", " ")):
            said = _declarations(body)
            for selector in selectors.split(","):
                if found := _CLASS_SELECTOR.match(selector):
                    classes.setdefault(found.group(1).lower(), {}).update(said)
        return cls(classes, strikes, *explains)

    def rows(self, table) -> tuple[tuple[int, ...], tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]:
        """(struck rows, (row, fill), (row, text colour)) of a table, rows 0-based as _html_table_rows places them."""
        struck_rows, fills, fonts = [], [], []
        for r, tr in enumerate(_own_rows(table)):
            row_look = _Look().under(tr, self.classes)
            filled = struck = 0
            colours, inks = [], set()
            for td in tr:
                if not isinstance(td.tag, str) or td.tag not in ("td", "th"):
                    continue
                look = row_look.under(td, self.classes)
                pieces = self._pieces(td, look)
                if not pieces:
                    continue
                filled += 1
                struck += all(p.struck for p in pieces)
                colours.append(look.fill)
                shown = {p.ink for p in pieces}
                inks.add(shown.pop() if len(shown) == 1 else None)
            if self.strikes and struck_row(filled, struck):
                struck_rows.append(r)
            if self.fills and (colour := row_colour(colours)) is not None:
                fills.append((r, colour))
            if self.fonts and len(inks) == 1 and None not in inks:
                fonts.append((r, inks.pop()))
        return tuple(struck_rows), tuple(fills), tuple(fonts)

    def _pieces(self, td, look: _Look) -> list[_Look]:
        """The look of each piece of a cell's own text that shows something (a nested table's left out)."""
        out: list[_Look] = []

        def walk(element, look: _Look) -> None:
            if (element.text or "").strip():
                out.append(look)
            for child in element:
                if isinstance(child.tag, str) and child.tag != "table":
                    walk(child, look.under(child, self.classes))
                if (child.tail or "").strip():
                    out.append(look)

        walk(td, look)
        return out


_STRUCK_MARKUP = re.compile(r"<(?:s|strike|del)\b", re.I)


_HIDING_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?<![-\w])height\s*:\s*0(?:\.0*)?(?:pt|px)?\s*(?:;|$)"
)


def _html_hidden_rows(table) -> tuple[int, ...]:
    """The rows (0-based, as _html_table_rows places them) a web page's table hides: display:none, as Excel's own
    单个文件网页 writes a hidden row and as Excel hides it on opening, or visibility:hidden, or no height. Such a row is
    a hidden row of the sheet, counted and named as one.

    >>> from lxml import html
    >>> _html_hidden_rows(html.fromstring("<table><tr><td>1</td></tr><tr style='display: none'><td>2</td></tr></table>"))
    (1,)
    """
    return tuple(
        r
        for r, tr in enumerate(_own_rows(table))
        if _HIDING_STYLE.search((tr.get("style") or "").lower()) or (tr.get("height") or "").strip() in ("0", "0px")
    )


def _span(value, most: int) -> int:
    """A rowspan/colspan as a browser reads it: "2.0" is 2, junk or below 1 is 1, above the HTML
    limit is the limit.

    >>> _span("2.0", 1000), _span("x", 1000), _span("16384", 1000), _span("0", 1000)
    (2, 1, 1000, 1)
    """
    try:
        n = int(float(str(value).strip()))
    except (TypeError, ValueError, OverflowError):
        return 1
    return min(max(n, 1), most)


def _own_rows(table) -> list:
    """A table's own rows, not those of the tables nested in its cells: an old portal lays its page out in tables,
    the article's tables two deep inside them, and each had been read again as rows of every table around it
    (a report's 行政规范性文件 本年制发 3 stated three times: 9).

    >>> from lxml import html
    >>> outer = html.fromstring("<table><tr><td>导航</td><td><table><tr><td>1</td></tr></table></td></tr></table>")
    >>> len(_own_rows(outer)), _own_text(outer.find(".//td[2]"))
    (1, '')
    """
    return [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]


def _own_text(td) -> str:
    """A cell's text less that of the tables nested in it (read as tables of their own)."""
    if td.find(".//table") is None:
        return td.text_content()
    parts: list[str] = []

    def walk(element) -> None:
        parts.append(element.text or "")
        for child in element:
            if isinstance(child.tag, str) and child.tag != "table":
                walk(child)
            parts.append(child.tail or "")

    walk(td)
    return "".join(parts)


# Excel's web page writes a text spilling over the blank cells right of it (a long title or note) as a colspan it
# marks mso-ignore:colspan: the cells are not merged.
_SPILL = re.compile(r"mso-ignore\s*:\s*colspan", re.I)


def _html_table_rows(table, name: str = "", merged: list | None = None) -> list[list]:
    """Expand an HTML table into a grid, repeating nothing: a spanned cell is '' outside its corner,
    as in a spreadsheet's merged range, and each span is put into `merged` as one ((r0, c0), (r1, c1), 0-based):
    Excel writes a merged range into a web page as a rowspan / colspan, and a category merged down over its block
    of records is each record's, as in the workbook (檀湾镇's 执法类别 saved as 单个文件网页 had left every record
    but each block's first without its category). The grid's size is checked before it is allocated.

    >>> from lxml import html; spans = []
    >>> page = "<table><tr><td rowspan=2>许可</td><td>1</td></tr><tr><td>2</td></tr></table>"
    >>> _html_table_rows(html.fromstring(page), "", spans), spans
    ([['许可', '1'], ['', '2']], [((0, 0), (1, 0))])
    """
    grid: list[list] = []  # rows of cells, None where nothing is placed yet
    height = width = 0
    for r, tr in enumerate(_own_rows(table)):
        c = 0
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            while r < len(grid) and c < len(grid[r]) and grid[r][c] is not None:
                c += 1
            rowspan = _span(td.get("rowspan", 1), MAX_ROWSPAN)
            colspan = _span(td.get("colspan", 1), MAX_COLSPAN)
            height, width = max(height, r + rowspan), max(width, c + colspan)
            _grid_fits(f"网页表格「{name}」", height, width)
            text = _own_text(td)
            for dr in range(rowspan):
                while len(grid) <= r + dr:
                    grid.append([])
                row = grid[r + dr]
                if len(row) < c + colspan:
                    row.extend([None] * (c + colspan - len(row)))
                for dc in range(colspan):
                    row[c + dc] = text if (dr, dc) == (0, 0) else ""
            if merged is not None and (rowspan > 1 or colspan > 1) and not _SPILL.search(td.get("style") or ""):
                merged.append(((r, c), (r + rowspan - 1, c + colspan - 1)))
            c += colspan
    if not grid:
        return []
    return [[("" if v is None else v) for v in row] + [""] * (width - len(row)) for row in grid]
