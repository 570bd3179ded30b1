"""A year's raw folder: which of its files are ledgers (links out of the folder named, never followed), their names as shown, their SHA-256, what one file's name says of another beside it (a scan of it, last year's of it), a zip holding only copies of its files, and the folder's content stamp (for make)."""

from __future__ import annotations

import errno
import functools
import hashlib
import os
import re
import unicodedata
import zipfile
import zlib
from pathlib import Path

from fzlib.errors import UserProblem
from fzlib.ingest.read import MAX_FILE_BYTES, OLE_MAGIC, ZIP_MAGIC
from fzlib.spec import corrections

IGNORED_NAMES = (".", "~$")  # hidden files and Office lock files are not ledgers
# A hidden file (its name opening with a dot) named as a workbook or a Word file is a ledger all the same: Windows
# shows it (台账 renamed to .xlsx by deleting its name, or .执法台账.xlsx), only macOS and Linux hide it. Passed over,
# its records were lost without a word. Never a Mac's copy of a file's attributes (._台账.xlsx, AppleDouble) or
# LibreOffice's lock file (.~lock.台账.xlsx#).
HIDDEN_LEDGER_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".et", ".ods", ".csv", ".docx", ".doc", ".wps", ".odt")
_NOT_LEDGERS = ("._", ".~lock.")
# Files the operating system writes into any folder it shows (thumbnails, folder settings).
SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", "readme.md"})
# A Windows file's alternate data streams, which become files of their own when the folder is copied to Linux
# (WSL's \\wsl$ share, some unzip tools): 台账.xlsx:Zone.Identifier, the "downloaded from the Internet" mark of a
# ledger received by e-mail or browser, holds a few lines of text ([ZoneTransfer], ZoneId=3). Windows allows no
# colon in a name, so the stream's name after it tells them; a Mac's 台账2024:3:5.xlsx (/ in its Finder) is a file.
_DATA_STREAM = re.compile(
    r":(?:Zone\.Identifier|SmartScreen|OECustomProperty|encryptable|com\.dropbox\.[\w.]+)(?::\$DATA)?$", re.I
)
# Folders a program keeps among the ledgers, never walked: a hidden one (.git and .svn when the ledgers are kept under
# version control, a drive's .Trashes or .Trash-1000, a Mac's .fseventsd), Windows' recycle bin and volume information
# on a USB drive given as the raw folder, and the __MACOSX a zip made on a Mac unpacks to. Their files are a program's
# (a .git object read as a damaged workbook had stopped the report) or a deleted ledger ($RECYCLE.BIN\$R1A2B3C.xlsx,
# whose records would be counted beside the ledger's own).
SYSTEM_FOLDERS = frozenset({"$recycle.bin", "recycler", "recycled", "system volume information", "__macosx"})
MAX_ENTRIES = 10_000
# The folder Excel and Word write beside a page saved as 网页 (台账.htm): 台账.files (台账_files in English), holding
# the page's parts listed in its filelist.xml. A workbook's sheets are pages there (sheet001.htm), read through the page
# that names them; its other parts (filelist.xml, tabstrip.htm, stylesheet.css, pictures) had each been named a ledger
# that could not be read.
_PAGE_FOLDER = re.compile(r"^(.+)[._]files$", re.I)
PAGE_SUFFIXES = (".htm", ".html")


def sha256(path: Path) -> str | None:
    """The file's SHA-256; None for a file past the size limit, which is never read (a meeting's video, a disk image
    dropped among the ledgers): hashing its gigabytes had kept a run busy for minutes before it was refused by size."""
    if path.stat().st_size > MAX_FILE_BYTES:
        return None
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def archived_copies(path: Path, files: dict[str, Path], digests: dict[str, str]) -> list[str] | None:
    """The folder's files (by their shown names) a zip holds, when every file in it is one of them to the byte: the
    folder sent through WeChat or QQ as 台账.zip and unpacked where it arrived, the archive left beside what it held
    (its members named in GBK or UTF-8 alike: only their bytes are compared). None when it holds any other file (its
    ledgers are not read: file.archive), nothing, a password, or cannot be opened. A member is unpacked only when a
    file of the folder has its size, and never past that size: the sizes a zip states cannot make it read more.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); _ = (d / "执法.xlsx").write_bytes(b"PK ledger")
    >>> with zipfile.ZipFile(d / "台账.zip", "w") as z: z.writestr("台账/执法.xlsx", b"PK ledger")
    >>> files = {"执法.xlsx": d / "执法.xlsx"}; digests = {"执法.xlsx": sha256(d / "执法.xlsx")}
    >>> archived_copies(d / "台账.zip", files, digests)
    ['执法.xlsx']
    >>> with zipfile.ZipFile(d / "台账.zip", "a") as z: z.writestr("调解.xlsx", b"PK another")
    >>> archived_copies(d / "台账.zip", files, digests) is None
    True
    """
    by_size: dict[int, dict[str, str]] = {}
    for name, digest in digests.items():
        if files.get(name) not in (None, path):
            try:
                by_size.setdefault(files[name].stat().st_size, {})[digest] = name
            except OSError:
                continue
    held = set()
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            for member in members:
                known = by_size.get(member.file_size)
                if not known or member.flag_bits & 0x1:
                    return None
                digest = hashlib.sha256()
                with archive.open(member) as stream:
                    digest.update(stream.read(member.file_size + 1))
                if (name := known.get(digest.hexdigest())) is None:
                    return None
                held.add(name)
    except (zipfile.BadZipFile, NotImplementedError, OSError, RuntimeError, ValueError, EOFError, zlib.error):
        return None
    return sorted(held) or None


def outside_link(path: Path, raw: Path) -> bool:
    """Whether `path` is a symbolic link (or lies under one) leading out of the raw folder: such a
    file is named and never read (a link to /etc/passwd must not end up quoted in a report)."""
    try:
        target = path.resolve(strict=False)
        base = raw.resolve(strict=False)
    except (OSError, RuntimeError):  # a loop of links
        return True
    return target != base and base not in target.parents


def broken_link(path: Path) -> bool:
    """Whether `path` is a symbolic link that leads to no file: its target moved or deleted, or links
    pointing at each other. Such an entry is named, never silently passed over (it stood for a ledger)."""
    try:
        if not path.is_symlink():
            return False
    except OSError:  # a path longer than the system allows: no link it can follow (see `refused`)
        return False
    try:
        return not path.exists()
    except OSError:  # a loop of links on some systems
        return True


def system_file(name: str) -> bool:
    """Whether a file is one the operating system writes beside others (desktop.ini, a data stream's file).

    >>> system_file("Desktop.ini"), system_file("台账.xlsx:Zone.Identifier"), system_file("台账.xlsx")
    (True, True, False)
    """
    return name.lower() in SYSTEM_FILES or bool(_DATA_STREAM.search(name))


def cleaned_folders(raw: Path, manifest: str = "manifest.json") -> list[Path]:
    """The folders `clean` wrote that `raw` is or holds one level down (data/processed, or its year's folder),
    told by the manifest it writes last. Given as the raw folder, such a folder's tables and manifest had each been
    named a damaged or unknown ledger, and the ledgers themselves never read."""
    found = []
    for path in (raw / manifest, *sorted(raw.glob(f"*/{manifest}"))):
        try:
            with path.open("rb") as fh:
                head = fh.read(4096)
        except OSError:
            continue
        if head.lstrip().startswith(b"{") and b'"fzlib"' in head and b'"files"' in head:
            found.append(path.parent)
    return found


def system_folder(name: str) -> bool:
    """Whether a folder is one a program keeps among the ledgers (SYSTEM_FOLDERS): never walked.

    >>> system_folder(".git"), system_folder("$RECYCLE.BIN"), system_folder("__MACOSX"), system_folder("晨光村")
    (True, True, True, False)
    """
    return name.startswith(".") or name.casefold() in SYSTEM_FOLDERS


def page_folder(path: Path, siblings: set[str]) -> bool:
    """Whether a folder is the one Excel or Word wrote beside a page saved as 网页 (`siblings`: the names beside it,
    casefolded): named after the page, holding its filelist.xml. Never walked.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "台账.files").mkdir(); _ = (d / "台账.files/filelist.xml").write_text("")
    >>> page_folder(d / "台账.files", {"台账.htm", "台账.files"}), page_folder(d / "台账.files", {"台账.files"})
    (True, False)
    """
    found = _PAGE_FOLDER.match(path.name)
    return (
        found is not None
        and any(f"{found.group(1)}{suffix}".casefold() in siblings for suffix in PAGE_SUFFIXES)
        and (path / "filelist.xml").is_file()
    )


def page_parts(page: Path) -> list[Path]:
    """The files of the folder a page saved as 网页 keeps its parts in (page_folder), sorted: [] for any other file.
    They are read through the page; the folder's stamp counts them, so that a sheet changed there cleans again."""
    if not page.name.casefold().endswith(PAGE_SUFFIXES) or page.is_symlink():
        return []
    stem = page.name.rsplit(".", 1)[0]
    siblings = {page.name.casefold()}
    folders = [page.parent / f"{stem}{mark}files" for mark in "._"]
    return sorted(p for f in folders if page_folder(f, siblings) for p in f.rglob("*") if p.is_file())


# An Office file's parts by the folder each of its kinds keeps them in, and the program that opens it.
_PACKAGE_PARTS = (("xl", "Excel"), ("word", "Word"), ("ppt", "PowerPoint"))


def unpacked_package(path: Path) -> str | None:
    """The program whose file a folder is the unpacked parts of ([Content_Types].xml beside xl/, word/ or ppt/: a
    workbook an unzip tool, a Mac's Archive Utility or a 解压 by mistake opened into a folder of its name), or None.
    Never walked: its parts, each read as a ledger, had been eight damaged or unknown files, none saying what the
    folder is.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "xl").mkdir(); _ = (d / "[Content_Types].xml").write_text("")
    >>> unpacked_package(d), unpacked_package(d / "xl")
    ('Excel', None)
    """
    try:
        if not (path / "[Content_Types].xml").is_file():
            return None
        return next((program for folder, program in _PACKAGE_PARTS if (path / folder).is_dir()), None)
    except OSError:
        return None


def empty_folder_named_as_file(path: Path) -> bool:
    """Whether a folder bears a ledger's name (执法台账.xlsx) and holds no file at all, below it either (a sync's
    placeholder, a file dragged onto a folder's name): the ledger it names is missing. Never walked, named.

    >>> import tempfile; d = Path(tempfile.mkdtemp()) / "执法台账.xlsx"; (d / "空").mkdir(parents=True)
    >>> empty_folder_named_as_file(d), empty_folder_named_as_file(d.parent)
    (True, False)
    """
    try:
        if path.is_symlink() or not path.is_dir() or not path.name.casefold().endswith(HIDDEN_LEDGER_SUFFIXES):
            return False
        return not any(p.is_file() or p.is_symlink() for p in path.rglob("*"))
    except OSError:
        return False


def hidden_ledger(name: str) -> bool:
    """Whether a file whose name hides it (a leading dot) is named as a ledger is.

    >>> [hidden_ledger(n) for n in (".xlsx", ".执法台账.xlsx", "._执法台账.xlsx", ".~lock.台账.xlsx#", ".DS_Store")]
    [True, True, False, False, False]
    """
    return (
        name.startswith(".") and not name.startswith(_NOT_LEDGERS) and name.casefold().endswith(HIDDEN_LEDGER_SUFFIXES)
    )


def lock_named_ledger(path: Path) -> bool:
    """Whether a file named as an Office lock file (~$台账.xlsx) holds a workbook or a Word file all the same. The lock
    Excel, WPS and Word leave while a file is open is a few dozen bytes naming who opened it (165 for Excel's); a
    workbook saved under such a name (a sync tool's copy, a rename gone wrong) had been passed over, its records lost
    without a word. Told by its content's signature (a zip package, an OLE file); unreadable, it is the lock it is
    named."""
    if not path.name.startswith("~$"):
        return False
    try:
        with path.open("rb") as fh:
            return fh.read(8).startswith((ZIP_MAGIC, OLE_MAGIC))
    except OSError:
        return False


def ledger_files(raw: Path) -> list[Path]:
    """The files of a raw folder to read, sorted; links leading out of it or to nothing are listed too
    (to be named and refused), other links to folders, devices and pipes are not. An entry the system
    will not let be examined or a folder it will not list (no permission, a path longer than the system
    allows) is listed too, to be named (`unreachable`), never passed over with the ledgers below it. A
    folder holding more than MAX_ENTRIES entries is no year's ledgers (a --raw pointing at / or a home
    folder): UserProblem, before it is walked to the end."""
    found = []
    for n, (p, listed) in enumerate(_entries(raw)):
        if n >= MAX_ENTRIES:
            raise UserProblem(
                f"原始台账文件夹 {raw} 中的文件和子文件夹超过 {MAX_ENTRIES:,} 个，不像一年的台账。"
                "请确认 --raw 指向存放该年台账的文件夹。"
            )
        if (p.name.startswith(IGNORED_NAMES) and not hidden_ledger(p.name) and not lock_named_ledger(p)) or system_file(
            p.name
        ):
            continue
        try:
            if not listed or (p.is_symlink() and (broken_link(p) or outside_link(p, raw))) or p.is_file():
                found.append(p)
            elif not p.is_symlink() and (unpacked_package(p) or empty_folder_named_as_file(p)):
                found.append(p)  # named as the one file it was (or should be), never walked
        except OSError:
            found.append(p)
    return sorted(set(found))  # a folder that could not be listed is met as an entry and as a folder


def _entries(raw: Path):
    """Every entry under `raw` with True, depth first (as rglob, links to folders not followed), and each
    folder that could not be listed with False (rglob passes over such a folder silently, or stops the
    walk on a path too long)."""
    pending = [raw]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            if folder != raw:  # the raw folder itself is checked by the command
                yield folder, False
            continue
        below = []
        names = {e.name.casefold() for e in entries}
        for entry in entries:
            path = folder / entry.name
            yield path, True
            try:
                if (
                    entry.is_dir(follow_symlinks=False)
                    and not system_folder(entry.name)
                    and not page_folder(path, names)
                    and not unpacked_package(path)
                ):
                    below.append(path)
            except OSError:
                continue  # yielded: examined again by the caller, and named
        pending.extend(reversed(below))


def refused(path: Path) -> str | None:
    """Why the system will not let a listed entry be read, in Chinese (a path longer than it allows, no
    permission, a folder it would not list), or None when it opens.

    >>> refused(Path("/")) is None, refused(Path("/" + "长" * 2000))
    (True, '路径太长（超过系统允许的长度）')
    """
    folder = False
    try:
        folder = path.is_dir() and not path.is_symlink()
        if folder:
            os.scandir(path).close()
        else:  # never waits: a link out of the folder may lead to a pipe, which an open for reading waits on
            os.close(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)))
        return None
    except OSError as exc:
        return _ACCESS_REASONS.get(exc.errno) or ("文件夹无法打开" if folder else None)


_ACCESS_REASONS = {
    errno.ENAMETOOLONG: "路径太长（超过系统允许的长度）",
    errno.EACCES: "没有读取权限，或文件正被其他程序独占打开",
    errno.EPERM: "没有读取权限，或文件正被其他程序独占打开",
    errno.EIO: "磁盘读写出错",
    errno.ELOOP: "链接层数太多",
}


# Automatic backups programs leave beside a file: 台账.xlsx.bak and 台账.xlsx~ (WPS, LibreOffice, text editors), Excel's
# 始终创建备份 copy Backup of 台账.xlk and Word's ….wbk. Each is the file as it was before its last save.
_BACKUP_SUFFIX = re.compile(r"(?:\.bak|\.xlk|\.wbk|\.old|~)+$", re.I)
_BACKUP_PREFIX = re.compile(r"^(?:backup\s+of\s+|备份\s*[-_：:]?\s*)", re.I)


def backup_of(rel: str, names: list[str]) -> str | None:
    """The file of `names` in the same folder that `rel` is a program's automatic backup of (its name once the
    backup's suffix and prefix are taken off, with or without its own suffix); else None. A backup whose file is
    not beside it is all the folder has of that ledger: it is read.

    >>> backup_of("村/台账.xlsx.bak", ["村/台账.xlsx", "村/台账.xlsx.bak"]), backup_of("Backup of 台账.xlk", ["台账.xls"])
    ('村/台账.xlsx', '台账.xls')
    >>> backup_of("台账.xlsx~", ["其他.xlsx"]), backup_of("台账.xlsx", ["台账.xlsx.bak"]), backup_of("备份 台账.xlsx", ["台账.xlsx"])
    (None, None, None)
    """
    path = Path(rel)
    unsuffixed = _BACKUP_SUFFIX.sub("", path.name)
    if unsuffixed == path.name:  # a copy named 备份 by hand says nothing of being the older: no program's backup
        return None
    name = _BACKUP_PREFIX.sub("", unsuffixed).strip()
    if not name:
        return None
    wanted = name.casefold()
    beside = [Path(n) for n in sorted(names) if n != rel and Path(n).parent == path.parent]
    for other in beside:  # the backup's full name first (台账.xlsx.bak of 台账.xlsx), then its stem (台账.xlk)
        if other.name.casefold() == wanted:
            return other.as_posix()
    for other in beside:
        if other.stem.casefold() == wanted and not _BACKUP_SUFFIX.search(other.name):
            return other.as_posix()
    return None


def without_copy_marks(name: str, kept_aside: bool = False) -> str:
    """A file's stem or a folder's name without the marks a program or a clerk adds saving it again beside itself
    (fzlib/specs/corrections.yaml `copy_marks`; with `kept_aside`, also a folder's `kept_aside_marks`), taken off one
    after another, in NFKC (full-width brackets as ASCII); the name as it is when that would leave nothing. The one
    reader of those lists: the year's cleaning and the county tell a copy by the same marks.

    >>> [without_copy_marks(s) for s in ["台账(1)", "台账 - 副本 (2)", "复件 台账", "Copy (2) of 台账", "副本台账", "(1)"]]
    ['台账', '台账', '台账', '台账', '副本台账', '(1)']
    >>> without_copy_marks("甲镇（旧）"), without_copy_marks("甲镇（旧）", kept_aside=True)
    ('甲镇(旧)', '甲镇')
    """
    text = unicodedata.normalize("NFKC", name).strip()
    before, after = _copy_marks(kept_aside)
    while True:
        base = after.sub("", text, count=1).strip()
        if base == text:
            base = before.sub("", text, count=1).strip()
        if base == text or not base:
            return text
        text = base


def without_older_mark(name: str) -> str:
    """A file's stem without the mark saying it is an older version of the ledger of that name (corrections.yaml
    `older_versions`: 台账（旧）, 台账(旧版), 旧-台账, 台账_旧), in NFKC; "" when it carries none. A mark is a word of
    its own, after the name or before it parted by space _ - —: 旧模板, 旧村改造 are no mark.

    >>> [without_older_mark(s) for s in ["台账（旧）", "台账(旧版)", "旧-台账", "台账 old", "台账（旧模板）", "旧村改造台账", "old"]]
    ['台账', '台账', '台账', '台账', '', '', '']
    """
    text = unicodedata.normalize("NFKC", name).strip()
    before, after = _marks(corrections().older_versions)
    for pattern in (after, before):
        base = pattern.sub("", text, count=1).strip()
        if base != text and base:
            return base
    return ""


def version_of(stem: str) -> tuple[str, int]:
    """(the name without its version word, how late the word says it is: 0 for none), by the order of
    fzlib/specs/corrections.yaml `later_versions`; -1 for a name marked an older version (`older_versions`).
    The name in NFKC: 台账（2024）and 台账(2024)(旧) are one ledger's.

    >>> [version_of(s) for s in ["矛盾纠纷台账（修改稿）", "矛盾纠纷台账-最终版", "矛盾纠纷台账", "矛盾纠纷台账（旧）"]]
    [('矛盾纠纷台账', 1), ('矛盾纠纷台账', 12), ('矛盾纠纷台账', 0), ('矛盾纠纷台账', -1)]
    """
    if older := without_older_mark(stem):
        return older, -1
    stem = unicodedata.normalize("NFKC", stem)
    words = corrections().later_versions
    for rank, word in sorted(enumerate(words, start=1), key=lambda rw: -len(rw[1])):
        pattern = rf"[\s_\-－—]*[（(【\[]?\s*{re.escape(word)}\s*[）)】\]]?"
        base, n = re.subn(pattern, "", stem, count=1)
        if n and base.strip():
            return base.strip(), rank
    return stem.strip(), 0


def _copy_marks(kept_aside: bool) -> tuple[re.Pattern, re.Pattern]:
    """(the marks written before a name, those after it), each a pattern anchored at its end of the name: a mark after
    the name may follow space _ - —, one before it is followed by one of them."""
    declared = corrections()
    return _marks(declared.copy_marks + (declared.kept_aside_marks if kept_aside else ()))


@functools.cache
def _marks(marks: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """`_copy_marks` of a list of marks written as the marked name reads ("{name}(旧)", "复件 {name}")."""
    said = {True: set(), False: set()}
    for mark in marks:
        first = mark.startswith("{name}")
        said[first].add(unicodedata.normalize("NFKC", mark.replace("{name}", "")).strip())

    def alternatives(words: set[str]) -> str:
        if not words:  # no mark declared on that side: a pattern that matches nothing
            return "(?!)"
        longest_first = sorted(words, key=len, reverse=True)
        # A word of letters is no mark at the end of a longer word (household is no house marked old).
        return "|".join(
            ("(?<![A-Za-z])" if w[:1].isascii() and w[:1].isalpha() else "")
            + re.escape(w).replace(re.escape("{n}"), r"\s*\d{1,2}").replace(r"\ ", r"\s*")
            for w in longest_first
        )

    before = re.compile(rf"^(?:{alternatives(said[False])})[\s_\-—]+", re.IGNORECASE)
    after = re.compile(rf"[\s_\-—]*(?:{alternatives(said[True])})$", re.IGNORECASE)
    return before, after


def display_name(rel: str) -> str:
    r"""A file name as people read it: names unpacked from a Windows zip arrive as GBK bytes, which
    Python holds as surrogate escapes; they are decoded as GB18030 (else shown with U+FFFD). Line
    breaks and other control characters (Linux allows them in names) become spaces. A name a Mac wrote
    decomposed (NFD: e and its accent as two characters) is the name typed in params (NFC).

    >>> display_name(os.fsdecode("台账.xlsx".encode("gbk"))), display_name("a\nb.xlsx")
    ('台账.xlsx', 'a b.xlsx')
    >>> display_name(unicodedata.normalize("NFD", "lü-Café.xlsx")) == "lü-Café.xlsx"
    True
    """
    return unicodedata.normalize("NFC", _CONTROL.sub(" ", _decoded(rel)))


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _decoded(rel: str) -> str:
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        pass
    data = os.fsencode(rel)
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


_CJK = re.compile(r"[\u4e00-\u9fff]")


def meant_name(rel: str) -> str | None:
    """The name a file's name was before an unzip or a copy decoded its Chinese with the wrong code page, or None
    where it reads as it is: GBK bytes shown as the DOS code page (╓┤╖¿╠¿╒╦.xlsx, what unzip and Python's zipfile
    make of a zip from a Chinese Windows) or UTF-8 bytes shown as GBK (鎵ф硶鍙拌处.xlsx, a Mac's zip opened on a
    Chinese Windows). Only a reading whose every character is ASCII or common Chinese (GB2312), of a name that is not.

    >>> meant_name("╓┤╖¿╠¿╒╦.xlsx"), meant_name("村/鎵ф硶鍙拌处.xlsx"), meant_name("执法台账.xlsx"), meant_name("Café.xlsx")
    ('执法台账.xlsx', '村/执法台账.xlsx', None, None)
    """
    parts, changed = [], False
    for part in rel.split("/"):
        found = None
        for shown, meant in (("cp437", "gb18030"), ("gbk", "utf-8")):
            try:
                text = part.encode(shown).decode(meant)
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            if text != part and len(_CJK.findall(text)) >= 2 and _common(text) and not _common(part):
                found = text
                break
        parts.append(found or part)
        changed |= found is not None
    return "/".join(parts) if changed else None


def _common(text: str) -> bool:
    """Whether every character of a text is ASCII or in GB2312 (the characters of everyday Chinese)."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def folder_stamp(raw: Path) -> str:
    """What a year's raw folder holds, as text that changes exactly when a ledger is added, removed,
    renamed or changed (its SHA-256), whatever the files' modification times say. Only a digest of
    the listing is written: file names may hold personal data, and the stamp lives outside data/raw."""
    if not raw.is_dir():
        return "(no folder)\n"
    lines = []
    for path in (p for ledger in ledger_files(raw) for p in (ledger, *page_parts(ledger))):
        try:
            if outside_link(path, raw):
                digest, size = "link-out-of-folder", -1
            elif path.is_dir():  # an Office file unpacked into a folder: what its parts hold
                digest, size = _parts_digest(path), -1
            else:
                stat = path.stat()  # a file past the size limit is refused unread: named by its size and time
                digest, size = sha256(path) or f"too-large-{stat.st_mtime_ns}", stat.st_size
        except OSError:
            digest, size = "unreadable", -1
        lines.append(f"{digest}  {size}  {path.relative_to(raw).as_posix()}")
    listing = hashlib.sha256("\n".join(lines).encode("utf-8", "surrogateescape")).hexdigest()
    return f"{len(lines)} files, listing sha256 {listing}\n"


def _parts_digest(folder: Path) -> str:
    """A digest of a folder's files, their paths and contents (an unpacked Office file's parts, for the stamp)."""
    digest = hashlib.sha256()
    for part in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
        digest.update(part.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\0")
        digest.update((sha256(part) or "too-large").encode() + b"\0")
    return digest.hexdigest()


# A scan or photo of a printed ledger is named after it with a word saying what it is: 台账（盖章扫描件）.pdf.
_SCAN_WORDS = r"扫描|盖章|签章|签字|照片|拍照|图片|打印|复印"
_SCAN_MARK = re.compile(
    rf"\s*(?:[（(【\[][^（）()【】\[\]]*(?:{_SCAN_WORDS})[^（）()【】\[\]]*[）)】\]]|[-_ ]?(?:{_SCAN_WORDS})\w*)$"
)
# A year in a file's name, bracketed or not: 台账（2024年）, 2024年台账, 台账(2024).
_YEAR_IN_NAME = re.compile(r"[（(【\[]?(?:19|20)\d{2}(?:年度|年)?[）)】\]]?")


def scan_of(rel: str, names: list[str], tables: tuple[str, ...]) -> str | None:
    r"""The file of `names` in the same folder that `rel` is a scan or photo of: the same name once the
    word saying so is taken off (（盖章扫描件）, -扫描件, _照片), and a table's suffix; else None.

    >>> scan_of("村/台账（盖章扫描件）.pdf", ["村/台账.xlsx", "村/台账（盖章扫描件）.pdf"], (".xlsx",))
    '村/台账.xlsx'
    >>> scan_of("村/通知.pdf", ["村/台账.xlsx"], (".xlsx",)) is None
    True
    """
    path = Path(rel)
    stem = _SCAN_MARK.sub("", path.stem)
    if stem == path.stem or not stem:
        return None
    for name in names:
        other = Path(name)
        if other.parent == path.parent and other.suffix.lower() in tables and other.stem == stem:
            return name
    return None


def same_but_year(a: str, b: str) -> bool:
    """Whether two files in one folder are one ledger's books of different years: their names alike once
    the years are taken off, and at least one of them naming a year (or lying in a folder of a year's own, where
    an office keeps last year's books beside this year's: 2023年/台账.xlsx).

    >>> same_but_year("村/台账.xlsx", "村/台账（2024年）.xlsx"), same_but_year("台账.xlsx", "通知.xlsx")
    (True, False)
    >>> same_but_year("2023年/台账.xlsx", "台账.xlsx"), same_but_year("东村/台账.xlsx", "台账.xlsx")
    (True, False)
    >>> same_but_year("2023年/执法办/台账.xlsx", "执法办/台账.xlsx"), same_but_year("2023年/执法办/台账.xlsx", "台账.xlsx")
    (True, False)
    """
    pa, pb = _out_of_years_folder(Path(a)), _out_of_years_folder(Path(b))
    if pa.parent != pb.parent or (pa == pb and Path(a) == Path(b)):
        return False
    sa, sb = _YEAR_IN_NAME.sub("", pa.stem).strip(), _YEAR_IN_NAME.sub("", pb.stem).strip()
    named = sa != pa.stem or sb != pb.stem or pa != Path(a) or pb != Path(b)
    return bool(sa) and sa == sb and named


def _out_of_years_folder(path: Path) -> Path:
    """A file in a folder named for a year and nothing else (2023年/台账.xlsx) as if beside it (台账.xlsx); so is one
    in that folder's own folders (2023年/执法办/台账.xlsx as 执法办/台账.xlsx): last year's folder kept whole, its
    offices' folders in it, had been no years folder (its books file.wrong_year, an error)."""
    parts = path.parts[:-1]
    at = next((i for i in range(len(parts) - 1, -1, -1) if _YEAR_IN_NAME.fullmatch(parts[i])), None)
    if at is None:
        return path
    return Path(*parts[:at], *parts[at + 1 :], path.name)
