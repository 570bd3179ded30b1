"""Reading a draft report (.docx, .odt, .rtf, .txt, .md) into one plain text string, at most MAX_CHARS long.

Offsets of claims refer to this string. Word paragraphs become lines; table rows become lines
whose cells are joined by tabs, in document order, so a figure in a table is read like prose.
A file that cannot be read (corrupt, encrypted, not really Word, too large) raises DraftError
with a Chinese message; nothing else escapes.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from fzlib.check import messages
from fzlib.encodings import big5, by_line, unmangled
from fzlib.ingest import rtf
from fzlib.numerals import years_named
from fzlib.ooxml import STRICT_MARK, transitional
from fzlib.outputs import unseen_removed

_TEXT_ENCODINGS = ("utf-8-sig", "gb18030", "utf-16")
# Longer drafts are checked up to here: a township report is some 10,000 characters, and the
# checker does a few tens of microseconds of work per character at worst.
MAX_CHARS = 500_000
# A Word body larger than this (unpacked) is refused before it is parsed: python-docx holds the
# whole XML tree in memory.
MAX_DOCX_XML_BYTES = 64 * 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, or an encrypted .docx


# Suffixes a Word draft or a text is found under when renamed or cut off: read by their first bytes.
_NAMED_OTHERWISE = ("", ".doc", ".wps")
_ODT_MIME = b"application/vnd.oasis.opendocument.text"


def _sniffed(path: Path) -> str:
    """What a file is by its first bytes: "docx" (a Word zip), "odt" (an OpenDocument text), "page" (a web page Word or WPS saved,
    as .doc or .mht), "rtf" (Rich Text Format), "text" (plain text), or "" (anything else: an old .doc, binary)."""
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
                if "word/document.xml" in names:
                    return "docx"
                opendocument = "mimetype" in names and archive.read("mimetype").startswith(_ODT_MIME)
                return "odt" if opendocument and "content.xml" in names else ""
        except (zipfile.BadZipFile, OSError, EOFError, ValueError):
            return ""
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<?xml", b"mime-version")) or b"<html" in lowered[:1024]:
        return "page"
    if _utf16_order(head) and not head.startswith(b"{\\rtf"):
        return "text"  # UTF-16 without its mark: its zero bytes are its ASCII characters' high bytes
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"  # WPS's and a web system's "Word 97-2003" document: Rich Text Format under .doc
    if b"\x00" in head.lstrip(b"\xff\xfe"):
        return ""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:
            try:
                head.decode("gb18030")
            except UnicodeDecodeError:
                return ""
    return "text"


class DraftError(ValueError):
    """The draft cannot be read; carries a Chinese message for the user."""


@dataclass
class Draft:
    text: str  # at most MAX_CHARS characters
    full_length: int  # characters (or, for a long text file, an estimate from its size) in all


def read_draft(path: str | Path) -> str:
    """The draft's text: .docx via python-docx, .txt/.md decoded (UTF-8, Big5, GB18030 or UTF-16)."""
    return load_draft(path).text


def load_draft(path: str | Path, limit: int = MAX_CHARS) -> Draft:
    """The draft's text cut at `limit` characters (at a line end where one is near), and its length."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_dir():  # whatever its name: a folder given for the draft in it, never "an unsupported type"
        raise DraftError(messages.READ_FAILED.format(path=path, reason=messages.READ_REASONS["EISDIR"]))
    if suffix in _NAMED_OTHERWISE:
        # A draft is read by what it is: a Word file renamed .doc or .wps, or one that lost its suffix
        # on the way (a chat download), is a draft to read, not "an unsupported type".
        sniffed = _sniffed(path)
        suffix = {"docx": ".docx", "odt": ".odt", "rtf": ".rtf", "text": ".txt"}.get(sniffed, suffix)
        if sniffed == "page":
            raise DraftError(messages.DRAFT_IS_PAGE.format(path=path.name, how=messages.UNSUPPORTED_HOW[".html"]))
    elif suffix in (".docx", ".odt", ".rtf", ".txt", ".md") and path.is_file():
        # A Word or OpenDocument file under the other's suffix, or under a text's (renamed by hand).
        suffix = {"docx": ".docx", "odt": ".odt", "rtf": ".rtf"}.get(_sniffed(path), suffix)
    if suffix == ".docx":
        text = _read_docx(path)
        return _said(Draft(_cut(text, limit), len(text)), path)
    if suffix == ".odt":
        text = _read_odt(path)
        return _said(Draft(_cut(text, limit), len(text)), path)
    if suffix == ".rtf" and _sniffed(path) == "rtf":
        # Read by the ledgers' RTF reader: its paragraphs as lines, a table's rows as cells joined by tabs.
        with path.open("rb") as fh:
            data = fh.read(MAX_DOCX_XML_BYTES + 1)
        if len(data) > MAX_DOCX_XML_BYTES:
            raise DraftError(messages.RTF_TOO_LARGE.format(path=path, mb=MAX_DOCX_XML_BYTES // (1024 * 1024)))
        text = rtf.text(data)
        return _said(Draft(_cut(text, limit), len(text)), path)
    if suffix in (".txt", ".md", ".markdown", ".text"):
        size = path.stat().st_size
        with path.open("rb") as fh:
            data = fh.read(limit * 4 + 4)
        text = _decode(data, complete=len(data) >= size)
        if suffix in (".md", ".markdown"):
            text = markdown_text(text)
        full = len(text) if len(data) >= size else max(len(text), size // 3)
        return _said(Draft(_cut(text, limit), full), path)
    raise DraftError(
        messages.UNSUPPORTED.format(suffix=suffix or "（无扩展名）", how=messages.UNSUPPORTED_HOW.get(suffix, ""))
    )


# A Markdown draft read as its reader sees it rendered. An HTML comment is not shown (an editor's note, last
# year's figures kept for reference): it is dropped but for its line breaks, so every line after it keeps its number.
# The marks of emphasis, code, headings, quotes, bullets and links are no part of the words (a bold **执法案件** in a
# table is the row 执法案件); a table's | rows become tab-separated rows, as a Word table's, its rule line |---|
# a row of dashes. No line is added or removed.
_MD_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_MD_LINE_HEAD = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)*(?:#{1,6}(?=[ \t]|$)[ \t]*|[-*+][ \t]+)?")
_MD_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_MD_INLINE = (
    (re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # [words](link), ![words](image)
    (re.compile(r"`+([^`\n]*?)`+"), r"\1"),
    (re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![A-Za-z0-9*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![A-Za-z*])"), r"\1"),
    (re.compile(r"(?<![A-Za-z0-9_])_(?=\S)([^_\n]+?)(?<=\S)_(?![A-Za-z_])"), r"\1"),
    (re.compile(r"</?(?:b|strong|em|i|u|span|font|br)\b[^>\n]*>", re.I), ""),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~>])"), r"\1"),
)


def markdown_text(text: str) -> str:
    """The words of a Markdown draft, line for line.

    >>> markdown_text("## 一、执法\\n<!-- 去年99件 -->共办理**执法案件**120件\\n| *调解* | 76 |\\n|---|---|")
    '一、执法\\n共办理执法案件120件\\n调解\\t76\\n---\\t---'
    """
    text = _MD_COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)
    lines = []
    for line in text.split("\n"):
        head = _MD_LINE_HEAD.match(line)
        if head and "#" in head.group():
            line = _MD_CLOSING_HASHES.sub("", line)
        line = line[head.end() :] if head else line
        if line.lstrip().startswith("|"):
            cells = re.split(r"(?<!\\)\|", line.strip().strip("|"))
            line = "\t".join(c.strip() for c in cells)
        for pattern, repl in _MD_INLINE:
            line = pattern.sub(repl, line)
        lines.append(line)
    return "\n".join(lines)


# Parts of a Word file check does not read as the draft (a header repeats on every page, a footnote or a
# comment is no statement of the report), and the word for each.
_ASIDE = (
    ("word/header", "页眉"),
    ("word/footer", "页脚"),
    ("word/footnotes", "脚注"),
    ("word/endnotes", "尾注"),
    ("word/comments.xml", "批注"),  # a reviewer's figures (应为15件) beside a body still to be written
)
_COUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:件|人次|人|次|个|家|户|场|份|项|%|％|万元|元)")
_TEXT_RUN = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


def numbers_aside(path: Path) -> list[str]:
    """The parts of a Word draft outside its body (页眉, 页脚, 脚注, 尾注, 批注) whose text holds counts or
    shares: said when the body holds none to check, so that figures put there are not taken as absent.

    >>> numbers_aside(Path("不存在.docx"))
    []
    """
    found: list[str] = []
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            for prefix, word in _ASIDE:
                parts = [n for n in names if n.startswith(prefix) and n.endswith(".xml")]
                text = b"".join(
                    b"".join(_TEXT_RUN.findall(archive.open(n).read(MAX_DOCX_XML_BYTES // 16))) for n in parts
                )
                if _COUNT.search(text.decode("utf-8", "replace")):
                    found.append(word)
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return []
    return found


# The graphics of a Word draft whose figures check does not read: a SmartArt's text (a:t runs of its data part) and
# a chart's values (c:v of its caches). A report shows them to its readers as much as its sentences.
_GRAPHICS = (("word/diagrams/data", "SmartArt 图形"), ("word/charts/chart", "图表"))
_DRAWING_RUN = re.compile(rb"<a:t(?:\s[^>]*)?>([^<]*)</a:t>")
_CHART_VALUE = re.compile(rb"<c:v>\s*-?\d+(?:\.\d+)?(?:[Ee][-+]?\d+)?\s*</c:v>")


def numbers_in_graphics(path: Path) -> list[str]:
    """The kinds of graphics of a Word draft holding figures check does not read (SmartArt 图形 with counts in its
    text, 图表 with values, a table pasted as an Excel object): said whatever the body holds, since they state
    figures the reader sees.

    >>> numbers_in_graphics(Path("不存在.docx"))
    []
    """
    found: list[str] = []
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            for prefix, word in _GRAPHICS:
                for name in (n for n in names if n.startswith(prefix) and n.endswith(".xml")):
                    data = archive.open(name).read(MAX_DOCX_XML_BYTES // 16)
                    text = b"".join(_DRAWING_RUN.findall(data)).decode("utf-8", "replace")
                    if _COUNT.search(text) or (word == "图表" and _CHART_VALUE.search(data)):
                        found.append(word)
                        break
            # A table pasted as an Excel object (编辑 → 选择性粘贴 → 工作表对象): Word shows a picture of its cells.
            if "word/document.xml" in names and b'ProgID="Excel.Sheet' in archive.read("word/document.xml"):
                found.append("嵌入的 Excel 表格")
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return []
    return found


# A title line: short, naming what it is (a report, a summary, or the notice that forwards one).
_TITLE = re.compile(r"^[^。；;，,]{0,60}?(?:报告|总结|情况|通报|公报)》?(?:的通知)?\s*$")
_TITLE_LINES = 6


def title_year(text: str) -> int | None:
    """The year a draft's title (one of its first non-empty lines) says it reports on, or None: no such
    title, or a title of two years (2023—2024年度).

    >>> title_year("2023年法治政府建设工作情况报告"), title_year("关于2024年度法治政府建设情况的报告")
    (2023, 2024)
    >>> title_year("关于印发《二〇二三年法治政府建设工作报告》的通知"), title_year("２０２２年工作总结")
    (2023, 2022)
    >>> title_year("全镇2024年共办理案件3件，2023年2件。") is None
    True
    """
    lines = [line.strip() for line in text[:5000].splitlines() if line.strip()][:_TITLE_LINES]
    for line in lines:
        if _TITLE.match(line):  # the first title-like line is the title: a heading below it never decides
            years = set(years_named(line))
            return years.pop() if len(years) == 1 else None
    return None


# A township named at the head of a title, as titles name it: 洋川镇2024年…, 洋川镇人民政府关于…, 洋川镇关于…,
# 洋川街道法治政府建设…. Not 乡村振兴, 城乡, 全镇: a name of two to five characters right before what follows it.
_TOWN_IN_TITLE = re.compile(
    r"(?:^|[县区市旗]|关于|中共)((?:(?![县区市旗])[\u4e00-\u9fff]){2,5}?(?:镇|乡|街道))(?=人民政府|政府|党委|办事处|委员会|关于|法治|(?:19|20)\d\d|[二〇零]|２)"
)
_NO_TOWN = re.compile(r"^(?:全|本|各|我|乡村)|乡镇$|城乡$")


def title_town(text: str) -> str | None:
    """The township a draft's title (one of its first non-empty lines) names, or None.

    >>> title_town("洋川镇2024年法治政府建设工作情况报告"), title_town("绥阳县旺草镇人民政府关于2024年法治政府建设情况的报告")
    ('洋川镇', '旺草镇')
    >>> title_town("中共城关镇委员会关于2024年法治政府建设情况的报告")
    '城关镇'
    >>> title_town("2024年乡村振兴和法治政府建设情况报告") is None, title_town("全镇2024年工作总结") is None
    (True, True)
    """
    lines = [line.strip() for line in text[:5000].splitlines() if line.strip()][:_TITLE_LINES]
    for line in lines:
        if _TITLE.match(line):
            named = [
                n for m in _TOWN_IN_TITLE.findall(line) if not _NO_TOWN.search(n := re.sub("^(?:中共|关于)", "", m))
            ]
            return named[0] if named else None
    return None


def _said(draft: Draft, path: Path) -> Draft:
    """The draft, unless it says nothing to check at all: no text (an empty document, a scan), or
    mostly characters no text holds (a binary file named .txt) — a wrong file, never "no numbers". Characters no
    reader sees are no part of its words: a zero-width space or a soft hyphen a web page or a chat leaves inside a
    figure pasted from it (2\u200b0件) had cut it, read as 0件."""
    draft = Draft(unseen_removed(draft.text), draft.full_length)
    sample = draft.text[:20_000]
    if not sample.strip():
        raise DraftError(messages.DRAFT_EMPTY.format(path=path.name))
    odd = sum(1 for c in sample if c == "\ufffd" or (c < " " and c not in "\t\n\r"))
    if odd > len(sample) // 10:
        raise DraftError(messages.DRAFT_NOT_TEXT.format(path=path.name))
    return draft


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    line_end = text.rfind("\n", limit - 2000, limit)
    return text[: line_end if line_end > 0 else limit]


def _utf16_order(data: bytes) -> str | None:
    """The byte order of a UTF-16 text saved without its mark (a web system's export), told by where its zero bytes
    fall: the high byte of every ASCII character (digits, line ends) is zero, first in big-endian, second in
    little-endian. None for a text of another encoding (none of which writes zero bytes).

    >>> _utf16_order("全年20件。".encode("utf-16-be")), _utf16_order("全年20件。".encode("utf-16-le"))
    ('utf-16-be', 'utf-16-le')
    >>> _utf16_order("全年20件".encode("gb18030")) is None
    True
    """
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if max(even, odd) < 2 or min(even, odd) * 4 > max(even, odd) or head.startswith(_OLE_MAGIC):
        return None
    order = "utf-16-be" if even > odd else "utf-16-le"
    try:  # and it reads as text: no half of a character pair, hardly a control character (a binary file's zeros)
        text = head[: len(head) // 2 * 2].decode(order)
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:
            return None
        text = head[: err.start].decode(order, errors="replace")
    odd_characters = sum(1 for c in text if c < " " and c not in "\t\n\r")
    return order if odd_characters * 20 < len(text) else None


def _decode(data: bytes, complete: bool = True) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if order := _utf16_order(data):
        # Never tried as UTF-8 or GB18030 first: its bytes may happen to decode as either, into other characters.
        return data[: len(data) // 2 * 2].decode(order, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    # Big5 before GB18030, which reads its byte pairs too, as rare characters: a traditional-Chinese Windows' draft
    # had been mojibake, its figures' words unread and its wrong rates passed as "no numbers found".
    whole = data if complete else data[: data.rfind(b"\n") + 1]
    if (traditional := big5(whole)) is not None:
        return traditional.replace("\r\n", "\n").replace("\r", "\n")
    if not _utf8(whole) and (mixed := by_line(whole)) is not None:
        # A draft pasted together from two encodings (a GBK file with a UTF-8 paragraph): neither reads it whole, and
        # read as UTF-8 with replacements every GBK character had been lost. Each line in its own.
        return mixed[0].replace("\r\n", "\n").replace("\r", "\n")
    for encoding in _TEXT_ENCODINGS:
        try:
            text = data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
            # Chinese read in a Western code page and saved again (2024å¹´… for 2024年…): given back, as the ledgers' is.
            return unmangled(text) or text
        except UnicodeDecodeError as err:
            if not complete and err.start >= len(data) - 4:
                # the read stopped inside a character: drop that character
                try:
                    return data[: err.start].decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
                except UnicodeDecodeError:
                    continue
            continue
    return data.decode("utf-8", errors="replace")


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _ole_draft(data: bytes) -> str:
    """What an OLE compound file given as a .docx draft is, as the message that says so (its directory names its streams)."""
    for stream, message in (
        ("EncryptionInfo", messages.DOCX_PASSWORD),
        ("WordDocument", messages.DOCX_OLD_WORD),
        ("Workbook", messages.DOCX_OLD_EXCEL),
    ):
        if stream.encode("utf-16-le") in data:
            return message
    return messages.DOCX_ENCRYPTED


def _read_docx(path: Path) -> str:
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == _OLE_MAGIC:  # an OLE file named .docx: a password's wrapper, or an old .doc or .xls renamed
        raise DraftError(_ole_draft(path.read_bytes()).format(path=path))
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise DraftError(messages.DOCX_TOO_LARGE.format(path=path, mb=MAX_DOCX_XML_BYTES // (1024 * 1024)))
    except DraftError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, NotImplementedError) as err:
        raise DraftError(messages.DOCX_CORRUPT.format(path=path, reason=_what_it_is(path) or _reason(err))) from err
    try:
        return _docx_text(path)
    except MemoryError:
        raise DraftError(messages.DOCX_TOO_LARGE.format(path=path, mb=MAX_DOCX_XML_BYTES // (1024 * 1024))) from None
    except Exception as err:
        raise DraftError(messages.DOCX_CORRUPT.format(path=path, reason=_reason(err))) from err


_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
# Not the text as shown: a change tracked as deleted, a note's citation mark.
_ODT_SKIPPED = frozenset({_TEXT_NS + "tracked-changes", _TEXT_NS + "note-citation"})


def _read_odt(path: Path) -> str:
    """An OpenDocument text (LibreOffice, WPS 另存为 .odt): its paragraphs and headings as lines, a table's
    rows as lines of tab-joined cells, as a Word draft is read."""
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("content.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise DraftError(messages.DOCX_TOO_LARGE.format(path=path, mb=MAX_DOCX_XML_BYTES // (1024 * 1024)))
            manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in archive.namelist() else b""
            if b"encryption-data" in manifest:
                raise DraftError(messages.ODT_ENCRYPTED.format(path=path))
            root = etree.fromstring(archive.read(info), etree.XMLParser(resolve_entities=False, huge_tree=False))
    except DraftError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, etree.XMLSyntaxError) as err:
        raise DraftError(messages.ODT_CORRUPT.format(path=path, reason=_what_it_is(path) or _reason(err))) from err
    lines: list[str] = []
    unseen = _odt_unseen_styles(root)

    def text_of(node) -> str:
        out = [node.text or ""] if node.tag not in _ODT_SKIPPED else []
        for child in node:
            if child.tag in _ODT_SKIPPED or child.get(_TEXT_NS + "style-name") in unseen:
                pass
            elif child.tag == _TEXT_NS + "s":
                out.append(" " * int(child.get(_TEXT_NS + "c", "1") or 1))
            elif child.tag == _TEXT_NS + "tab":
                out.append("\t")
            elif child.tag == _TEXT_NS + "line-break":
                out.append("\n")
            else:
                out.append(text_of(child))
            out.append(child.tail or "")
        return "".join(out)

    def walk(node) -> None:
        for child in node:
            if child.tag in _ODT_SKIPPED:
                continue
            if child.tag in (_TEXT_NS + "p", _TEXT_NS + "h"):
                lines.append(text_of(child))
            elif child.tag == _TABLE_NS + "table-row":
                cells = [c for c in child if c.tag == _TABLE_NS + "table-cell"]
                lines.append("\t".join(" ".join(text_of(p) for p in cell).strip() for cell in cells))
            else:
                walk(child)

    walk(root)
    return "\n".join(lines)


_STYLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"


def _odt_unseen_styles(root) -> frozenset[str]:
    """The automatic text styles of an OpenDocument text that strike their words through (删除线: an editor's deletion
    made without tracking) or hide them (text:display="none"): a span of either is no part of the draft's words, as
    in a Word draft (~~2~~20件 had read 220件)."""
    out = set()
    for style in root.iter(_STYLE_NS + "style"):
        props = style.find(_STYLE_NS + "text-properties")
        if props is None:
            continue
        struck = props.get(_STYLE_NS + "text-line-through-style", "none") != "none"
        if struck or props.get(_TEXT_NS + "display") == "none":
            out.add(style.get(_STYLE_NS + "name"))
    return frozenset(out)


def _what_it_is(path: Path) -> str:
    """What a file named .docx really is, said in Chinese, when its first bytes tell ("" if not)."""
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"%PDF"):
        return "它其实是 PDF 文件：请用原来的 Word 文件，或把文字复制到记事本另存为 .txt"
    if not head.strip():
        return "文件是空的"
    if head.startswith(b"PK"):
        # A workbook or a slide show renamed .docx is whole, not damaged: say what it is.
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, OSError, ValueError):
            names = []
        if any(n.startswith("xl/") for n in names):
            return "它其实是 Excel 表格文件（如台账或指标表），不是报告草稿：请给出报告的 Word 文件"
        if any(n.startswith("ppt/") for n in names):
            return "它其实是 PowerPoint 演示文稿：请给出报告的 Word 文件，或把文字复制到记事本另存为 .txt"
        return "文件已损坏，可能没有保存完整或没有下载完整"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:  # not a character cut at the end of what was read
            return ""
    return "它其实是纯文本：请把扩展名改为 .txt 再核对"


def _reason(err: Exception) -> str:
    text = str(err).strip().splitlines()[0][:80] if str(err).strip() else ""
    return f"{type(err).__name__}{'：' + text if text else ''}"


def _docx_text(path: Path) -> str:
    document = open_docx(path)
    return "\n".join(line for _, _, line in blocks(document.element.body, document))


def open_docx(path: Path):
    """The Word file as python-docx opens it; one saved as "Strict Open XML 文档" (Word's other .docx,
    whose parts name the ISO namespaces) read through its transitional names, which python-docx knows."""
    import docx  # imported late: only .docx drafts need it

    return docx.Document(_transitional(path) or str(path))


def _transitional(path: Path) -> io.BytesIO | None:
    """A strict-OOXML Word file rewritten with transitional names, in memory; None for any other file."""
    with zipfile.ZipFile(path) as archive:
        if STRICT_MARK not in archive.read("_rels/.rels"):
            return None
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as rewritten:
            for info in archive.infolist():
                part = archive.read(info)
                rewritten.writestr(info, transitional(part) if info.filename.endswith((".xml", ".rels")) else part)
    out.seek(0)
    return out


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Not the draft's words as Word shows them with its changes accepted: tracked deletions and text
# moved away, a field's code (its result is read), paragraph and run properties (their tab stops),
# and a shape's fallback copy (the same text box a second time, for old Word versions). A run of
# hidden text (w:vanish) is left out too (_hidden), and one struck through (_struck).
_SKIPPED = frozenset(
    {
        _W + "del",
        _W + "moveFrom",
        _W + "delText",
        _W + "instrText",
        _W + "pPr",
        _W + "rPr",
        _W + "rt",  # a phonetic guide's text (拼音指南) over its base: not the draft's words
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
    }
)


def blocks(container, parent):
    """The lines of a Word body (or text box) in document order, as (kind, holder, text): ("p",
    paragraph element, its text), ("row", python-docx row, its cells joined by tabs), ("box", None,
    a line of a text box anchored in the paragraph before). Content controls are read through."""
    from docx.table import Table

    for child in container.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            text, boxes = paragraph_text(child)
            yield "p", child, text
            for line in boxes:
                yield "box", None, line
        elif tag == _W + "tbl":
            for row in Table(child, parent).rows:
                yield "row", row, "\t".join(_unique_cells(row))
        elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
            yield from blocks(child, parent)
        elif tag == _W + "altChunk" and parent is not None:
            # Content imported whole (a web system's "Word" export: its body a web page inside the .docx):
            # Word shows it in place; its lines are read as a text box's.
            for line in _chunk_lines(parent, child.get(_R_ID)):
                yield "box", None, line


_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HTML_BREAK = re.compile(r"</(?:p|h\d|li|tr|div|table)\s*>|<br\s*/?>", re.IGNORECASE)
_HTML_CELL = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_HTML_DROP = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<[^>]*>")


def _chunk_lines(parent, rid: str | None) -> list[str]:
    """The lines of an imported chunk (w:altChunk) of a Word body: a web page (HTML or MHT), a text, or
    another Word file; [] for anything else or a chunk that cannot be found."""
    import email
    import html

    try:
        part = parent.part.related_parts[rid]
        blob, kind = part.blob, part.content_type
    except (AttributeError, KeyError):
        return []
    if "wordprocessingml" in kind:
        import docx

        inner = docx.Document(io.BytesIO(blob))
        return [line for _, _, line in blocks(inner.element.body, inner) if line.strip()]
    if "rfc822" in kind or "multipart" in kind or blob[:200].lower().lstrip().startswith(b"mime-version"):
        message = email.message_from_bytes(blob)
        pages = [m for m in message.walk() if m.get_content_type() in ("text/html", "text/plain")]
        if not pages:
            return []
        blob = pages[0].get_payload(decode=True) or b""
        kind = pages[0].get_content_type()
    text = _decode(blob)
    if "html" in kind or "<html" in text[:1000].lower():
        text = _HTML_TAG.sub("", _HTML_CELL.sub("\t", _HTML_BREAK.sub("\n", _HTML_DROP.sub("", text))))
        text = html.unescape(text)
    return [line.strip() for line in text.splitlines() if line.strip()]


def paragraph_text(p) -> tuple[str, list[str]]:
    """A paragraph's text with its tracked changes accepted (python-docx leaves out inserted runs,
    so "排查<ins>120</ins>件" read as "排查件"), and the lines of the text boxes anchored in it."""
    parts: list[str] = []
    boxes: list[str] = []
    _walk(p, parts, boxes)
    return "".join(parts), boxes


def _walk(element, parts: list[str], boxes: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:  # XML comments have no tag name
            continue
        if tag == _W + "r" and _hidden(child):
            continue  # hidden text (隐藏文字): neither shown nor printed, often a figure kept from an old version
        if tag == _W + "r" and _struck(child):
            continue  # struck through (删除线): a reviewer's deletion made without tracking, ~~698~~702 no 698702
        if tag == _W + "r" and _note_mark(child) and parts and "".join(parts)[-1:].isdigit():
            continue  # a note mark set above the line after a figure (20¹, 20[2], 20※): no digit of it
        if tag == _W + "t":
            parts.append(child.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag == _W + "noBreakHyphen":  # a dash typed with Ctrl+Shift+- (1-11月): an element, no character of w:t
            parts.append("-")
        elif tag in (_W + "br", _W + "cr"):
            if child.get(_W + "type") in (None, "textWrapping"):  # a page break ends no line of text
                parts.append("\n")
        elif tag == _W + "txbxContent":
            boxes.extend(line for _, _, line in blocks(child, None) if line.strip())
        else:
            _walk(child, parts, boxes)


# What a note mark set by hand above the line is: a number, bracketed or not, or a reference sign.
_NOTE_MARK = re.compile(r"[\[(（［【〔]?(?:\d{1,2}|[①-⑳*※†‡＊])[\])）］】〕]?")


def _note_mark(run) -> bool:
    """Whether a run is a note mark set above the line (superscript) by hand: its text a number or a sign alone. Set
    after a figure it is read apart from it (20¹ is 20, not 201); after a letter it is a power (m²), kept."""
    align = run.find(f"{_W}rPr/{_W}vertAlign")
    if align is None or align.get(_W + "val") != "superscript":
        return False
    return bool(_NOTE_MARK.fullmatch("".join(t.text or "" for t in run.iter(_W + "t")).strip()))


def _hidden(run) -> bool:
    """Whether a run is hidden text by its own formatting (w:vanish, Word's 隐藏 font effect)."""
    return _set(run, "vanish")


def _struck(run) -> bool:
    """Whether a run is struck through by its own formatting (删除线 or 双删除线): what an editor deleted by hand."""
    return _set(run, "strike") or _set(run, "dstrike")


def _set(run, effect: str) -> bool:
    """Whether a run's own formatting turns on a font effect (present, and not val="0"/"false"/"off")."""
    mark = run.find(f"{_W}rPr/{_W}{effect}")
    return mark is not None and (mark.get(_W + "val") or "1").lower() not in ("0", "false", "off")


def _unique_cells(row) -> list[str]:
    """Cell texts of a row; merged cells repeat in python-docx, so keep each once. A cell is read as a body is: its
    paragraphs, and a table, a content control or a text box inside it (a report framed in a one-cell table holds
    its sentences there; read by its own paragraphs only, their figures had gone unchecked without a word)."""
    seen, out = set(), []
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        out.append(cell_text(cell))
    return out


def cell_text(cell) -> str:
    """A table cell's text as the draft's line of its row holds it (whitespace collapsed)."""
    return " ".join("\n".join(line for _, _, line in blocks(cell._tc, cell)).split())
