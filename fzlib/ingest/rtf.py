"""The tables of a Rich Text Format document (.rtf, and the "Word" export of many web systems: RTF named .doc).

Word, WPS and a system's export write a table as rows of paragraphs: `\\trowd` opens a row's definition, each cell's
text ends in `\\cell`, the row in `\\row`. Text is ASCII with escapes: `\\uN` a Unicode character (followed by
`\\ucN` fallback characters to skip), `\\'hh` a byte of the document's code page (GBK for `\\ansicpg936`, two bytes a
character). Groups that hold no text of the page (font and colour tables, pictures, `{\\*…}` destinations, headers
and footers) are passed over. A nested table's cells (`\\nestcell`) are part of the text of the cell around them.
"""

from __future__ import annotations

import re

# A control word (\par, \u-3986, \ansicpg936), a hex byte (\'b0), a control symbol (\{ \\ \~ \*), a group's brace,
# or a run of text (line breaks in the source are no text).
_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+"
)
# Destinations whose text is no part of the page.
_SKIPPED = frozenset(
    b"fonttbl colortbl stylesheet info pict object header headerl headerr headerf footer footerl footerr footerf "
    b"footnote fldinst themedata colorschememapping latentstyles datastore xmlnstbl listtable listoverridetable "
    b"rsidtbl generator filetbl revtbl pgdsctbl mmathPr shpinst sp sn sv bkmkstart bkmkend comment annotation "
    b"atnid atnauthor txe xe tc".split()
)
_CODEPAGES = {936: "gbk", 950: "big5", 54936: "gb18030", 65001: "utf-8", 1252: "cp1252"}
# \fcharset134 (GB2312) or 136 (Big5) in the font table: a document that names no code page but writes Chinese.
_CHARSETS = {134: "gbk", 136: "big5"}
_BREAKS = {b"par": "\n", b"line": "\n", b"tab": "\t", b"emdash": "—", b"endash": "–", b"lquote": "‘", b"rquote": "’",
           b"ldblquote": "“", b"rdblquote": "”", b"bullet": "•", b"~": "\u00a0"}  # fmt: skip


def is_rtf(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf")


Merged = list[tuple[tuple[int, int], tuple[int, int]]]


def tables(data: bytes) -> list[tuple[str, list[list[str]], Merged]]:
    r"""The document's tables, each as (the paragraph above it, its rows of cell texts, its cells merged down a
    column as ((first row, column), (last row, column)), from \clvmgf and \clvmrg), in order.

    >>> doc = rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0 SimSun;}}\pard \'cc\'a8\'d5\'cb\par"
    >>> doc += rb"\trowd\cellx1000\cellx2000\pard\intbl \u24207?\u21495?\cell \'c3\'fb\cell\row"
    >>> doc += rb"\trowd\cellx1000\cellx2000\pard\intbl 1\cell {\*\bkmkstart x}a\{b\}\cell\row}"
    >>> tables(doc)
    [('台账', [['序号', '名'], ['1', 'a{b}']], [])]
    """
    return _read(data)[0]


def text(data: bytes) -> str:
    r"""The document's text as a draft is read: a line per paragraph, a table's row as its cells joined by tabs.

    >>> text(rb"{\rtf1\ansi\ansicpg936 \'cc\'a8\'d5\'cb\par \trowd\cellx1000\cellx2000\pard\intbl a\cell 20\cell\row\pard end}")
    '台账\na\t20\nend'
    """
    return "\n".join(_read(data)[1])


def _read(data: bytes) -> tuple[list[tuple[str, list[list[str]], Merged]], list[str]]:
    """The document's tables (as `tables` gives them) and its lines (as `text` joins them)."""
    codepage = _codepage(data)
    found: list[tuple[str, list[list[str]], Merged]] = []
    lines: list[str] = []  # the paragraphs and the tables' rows, in order
    rows: list[list[str]] = []
    merges: list[list[str]] = []  # per row, each cell's vertical merge: "first", "more" or ""
    defined: list[str] = []  # the current row definition's cells so far (\cellx ends one)
    flag = ""
    row: list[str] = []
    text: list[str] = []  # the current paragraph's or cell's pieces
    pending = bytearray()  # \'hh bytes not yet decoded (a GBK character is two)
    stack: list[tuple[bool, int]] = []
    skip, uc, fallback = False, 1, 0
    above = ""

    def flush_bytes() -> None:
        if pending:
            text.append(pending.decode(codepage, "replace"))
            pending.clear()

    def close_table() -> None:
        nonlocal rows, merges
        if rows:
            width = max(len(r) for r in rows)
            found.append((above, [r + [""] * (width - len(r)) for r in rows], _merged(merges)))
            rows, merges = [], []

    first_in_group, intbl, at = False, False, 0
    while at < len(data):
        m = _TOKEN.match(data, at)
        if m is None:  # a lone backslash at the end
            at += 1
            continue
        at = m.end()
        word, number, hexbyte, symbol, brace, run = m.groups()
        if word == b"bin" and number is not None:  # raw binary data (a picture's) of the given length
            at += max(0, int(number))
            continue
        if brace == b"{":
            flush_bytes()
            stack.append((skip, uc))
            first_in_group = True
            continue
        if brace == b"}":
            flush_bytes()
            skip, uc = stack.pop() if stack else (skip, uc)
            fallback = 0
            continue
        starts_group, first_in_group = first_in_group, False
        if symbol == b"*" and starts_group:
            skip = True  # {\*\destination …}: an extension a reader that does not know it passes over
            continue
        if skip:
            continue
        if hexbyte is not None:
            if fallback:
                fallback -= 1
            else:
                pending.append(int(hexbyte, 16))
            continue
        flush_bytes()
        if word is not None:
            if word in _SKIPPED:
                skip = True
            elif word == b"uc" and number is not None:
                uc = max(0, int(number))
            elif word == b"u" and number is not None:
                code = int(number)
                text.append(chr(code + 65536 if code < 0 else code) if -32768 <= code < 65536 else "")
                fallback = uc
            elif word == b"cell":
                row.append(_cell_text(text))
                text = []
            elif word == b"nestcell":
                text.append(" ")
            elif word == b"nestrow":
                text.append("\n")
            elif word == b"row":
                if row:
                    rows.append(row)
                    merges.append(defined[: len(row)])
                    lines.append("\t".join(row))
                row, text = [], []
            elif word == b"trowd":
                defined, flag = [], ""
            elif word in (b"clvmgf", b"clvmrg"):
                flag = "first" if word == b"clvmgf" else "more"
            elif word == b"cellx":
                defined, flag = [*defined, flag], ""
            elif word == b"pard":
                intbl = False
            elif word == b"intbl":
                intbl = True
            elif word in (b"par", b"sect", b"page") and not row and not intbl:
                # A paragraph outside any table: it ends the table before it and may title the next one.
                paragraph = _cell_text(text)
                text = []
                if paragraph:
                    close_table()
                    above = paragraph
                    lines.append(paragraph)
            elif word in _BREAKS:
                text.append(_BREAKS[word])
            continue
        if symbol is not None:
            if symbol in b"\\{}":
                text.append(symbol.decode())
            elif symbol == b"~":
                text.append(" ")
            continue
        if run is not None:
            chars = run.decode(codepage, "replace")
            if fallback:
                dropped = min(fallback, len(chars))
                chars, fallback = chars[dropped:], fallback - dropped
            text.append(chars)
    flush_bytes()
    if row:
        rows.append(row)
        merges.append(defined[: len(row)])
        lines.append("\t".join(row))
    elif last := _cell_text(text):  # a last paragraph the document does not end with \par
        lines.append(last)
    close_table()
    return found, lines


def _merged(flags: list[list[str]]) -> Merged:
    """The ranges merged down a column: a "first" cell and the "more" cells right under it."""
    out = []
    for r, row in enumerate(flags):
        for c, flag in enumerate(row):
            if flag != "first":
                continue
            last = r
            while last + 1 < len(flags) and c < len(flags[last + 1]) and flags[last + 1][c] == "more":
                last += 1
            if last > r:
                out.append(((r, c), (last, c)))
    return out


def _cell_text(pieces: list[str]) -> str:
    return re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(pieces)).strip()


def _codepage(data: bytes) -> str:
    head = data[:65536]
    if m := re.search(rb"\\ansicpg(\d+)", head):
        page = int(m.group(1))
        if page in _CODEPAGES:
            return _CODEPAGES[page]
    for m in re.finditer(rb"\\fcharset(\d+)", head):
        if int(m.group(1)) in _CHARSETS:
            return _CHARSETS[int(m.group(1))]
    return "cp1252"
