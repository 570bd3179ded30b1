"""Chinese text in a legacy encoding told apart: Big5 (traditional) from GBK, for the ledgers' reader and check's.

GB18030 reads almost every Big5 byte pair too, as other, rare characters: a text is Big5 where its Big5 reading's
characters are mostly Big5's common ones and clearly more so than its GBK reading's are GB2312's.
"""

from __future__ import annotations


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
