"""Chinese text in a legacy encoding told apart: Big5 (traditional) from GBK, and a text whose lines are in two
encodings read line by line, and Chinese a Western code page mangled given back, for the ledgers' reader and check's.

GB18030 reads almost every Big5 byte pair too, as other, rare characters: a text is Big5 where its Big5 reading's
characters are mostly Big5's common ones and clearly more so than its GBK reading's are GB2312's.
"""

from __future__ import annotations

import re


def common_share(text: str | None, encoding: str, first: int, last: int) -> float:
    """The share of a text's Chinese characters among an encoding's common ones (its codes first–last)."""
    chinese = [c for c in (text or "")[:20_000] if "\u4e00" <= c <= "\u9fff"]  # a sample decides
    if not chinese:
        return 0.0
    common = 0
    for c in chinese:
        try:
            code = c.encode(encoding)
        except UnicodeEncodeError:
            continue
        common += len(code) == 2 and first <= int.from_bytes(code, "big") <= last
    return common / len(chinese)


def big5(data: bytes) -> str | None:
    r"""A text in Big5 (traditional Chinese, as a Taiwan or Hong Kong system or a traditional-Chinese
    Windows writes it), decoded; None for any other. GBK reads most Big5 bytes too, as rare characters:
    the reading whose characters are mostly its encoding's common ones is the text's.

    >>> big5("序號,案件編號,執法類別,辦理日期".encode("big5"))
    '序號,案件編號,執法類別,辦理日期'
    >>> big5("序号,案件编号,执法类别,办理日期".encode("gbk")) is None
    True
    """
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    try:
        traditional = data.decode("big5")
    except UnicodeDecodeError:
        return None
    try:
        simplified = data.decode("gb18030")
    except UnicodeDecodeError:
        simplified = None
    # Big5's common characters are codes A440–C67E, GB2312's (its first level) B0A1–D7FE.
    share, gbk = common_share(traditional, "big5", 0xA440, 0xC67E), common_share(simplified, "gb2312", 0xB0A1, 0xD7FE)
    return traditional if share >= 0.9 and share > gbk + 0.2 else None


def by_line(data: bytes) -> tuple[str, tuple[int, ...], tuple[int, ...]] | None:
    r"""Text whose lines are in two encodings (GBK with lines appended as UTF-8, two exports joined),
    each line decoded on its own, the lines of the rarer encoding and the lines neither reads whole (a UTF-8 field
    cut in the middle of a character: its line read, the broken character as U+FFFD); None unless some line is UTF-8
    beyond ASCII (a GBK file is one encoding: decoded whole, as before). A longer line of Chinese in
    GBK is never valid UTF-8 by chance (its bytes above 0xA0 cannot follow one another as UTF-8's do).

    >>> text, odd, broken = by_line("序号,名称\n".encode("gbk") + "1,事项\n".encode("utf-8") + "2,事项".encode("gbk"))
    >>> text, odd, broken
    ('序号,名称\n1,事项\n2,事项', (2,), ())
    >>> by_line("序号,名称\n1,事项".encode() + "某".encode()[:2] + b",x\n2,\xe4\xba\x8b")[1:]
    ((), (2,))
    """
    lines: list[str] = []
    by: dict[str, list[int]] = {"utf-8": [], "gb18030": []}
    broken: list[int] = []
    for n, raw in enumerate(data.split(b"\n"), 1):
        if raw.isascii():
            lines.append(raw.decode("ascii"))
            continue
        for encoding in ("utf-8-sig" if n == 1 else "utf-8", "cut", "gb18030"):
            if encoding == "cut":  # UTF-8 but for a character or two cut short: GBK would read it as other characters
                mended = raw.decode("utf-8", "replace")
                if mended.count("\ufffd") <= 2 and sum(not c.isascii() and c != "\ufffd" for c in mended) >= 2:
                    lines.append(mended)
                    broken.append(n)
                    break
                continue
            try:
                lines.append(raw.decode(encoding))
                by[encoding.removesuffix("-sig")].append(n)
                break
            except UnicodeDecodeError:
                continue
        else:  # neither: a broken line, shown with U+FFFD and named as such
            lines.append(raw.decode("utf-8", "replace"))
            broken.append(n)
    if not by["utf-8"]:
        return None
    odd = min(by.values(), key=len) if by["gb18030"] else []  # a UTF-8 text with broken lines is one encoding
    return "\n".join(lines), tuple(sorted(odd)), tuple(broken)


# The characters Windows' Western code page (1252) gives the bytes 0x80–0x9F, back to those bytes (as Latin-1 code
# points); the five bytes it leaves undefined Windows passes through as U+0081 … and Latin-1 maps back as they are.
_CP1252_BACK = str.maketrans(
    {bytes([b]).decode("cp1252"): chr(b) for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
)
_WESTERN = re.compile(
    r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def unmangled(text: str) -> str | None:
    """A text whose Chinese was decoded in a Western code page and saved again (opened in a program set to
    Western European, or by a tool that took UTF-8 or GBK bytes for Latin-1: 案件编号 became æ¡ˆä»¶ç¼–å·, or
    °¸¼þ±àºÅ), given back its Chinese; None for any other text. The bytes are the Western characters' own, so the
    mending loses nothing; it is taken only when they read whole as UTF-8, or as GBK of common characters.

    >>> unmangled("案件编号,日期".encode().decode("latin-1"))
    '案件编号,日期'
    >>> unmangled("案件编号,执法类别".encode("gbk").decode("latin-1"))
    '案件编号,执法类别'
    >>> unmangled("Café,Straße,naïve résumé") is None, unmangled("案件编号,日期") is None
    (True, True)
    """
    sample = text[:20_000]
    if re.search(r"[\u3000-\u9fff\uff00-\uffef]", sample) or len(_WESTERN.findall(sample)) < 8:
        return None
    try:
        raw = text.translate(_CP1252_BACK).encode("latin-1")
    except UnicodeEncodeError:
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            mended = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8" or common_share(mended, "gb2312", 0xB0A1, 0xD7FE) >= 0.9:
            return mended if re.search(r"[\u4e00-\u9fff]", mended[:20_000]) else None
    return None
