"""Personal data: keyed pseudonyms for people, IDs and phones, and masking of personal data inside free text.

The engine calls `protect` on every table before anything is written, so no personal field leaves
`data/raw` as written: names, ID numbers and phones become keyed HMAC pseudonyms, addresses are
dropped, and free text keeps its words but loses every ID number, phone number and known name.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pandas as pd

from fzlib import paths

ID_MASK, PHONE_MASK, NAME_MASK = "［身份证号已隐去］", "［电话已隐去］", "［姓名已隐去］"
PSEUDONYM_PREFIX = {"name": "P", "id_number": "ID", "phone": "T"}
MIN_KEY_BYTES = 16

# Free text usually reaches `mask_free_text` NFKC-normalised by the `text` cleaner, but masking must
# not depend on that: full-width digits, X, plus, hyphen and space are folded here too.
_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "Ｘ": "X",
        "ｘ": "x",
        "＋": "+",
        "－": "-",
        "\u3000": " ",
    }
)
# People group digits with spaces or with dashes, rarely both: one kind per number, so a date
# followed by a phone ("2024-03-05 13812345678") is not glued into one long "ID number".
_SEPARATORS = (r"[ \t\u00a0]", r"[-‐‑‒–—]")


def _digit_runs(template: str) -> re.Pattern:
    """One pattern: `template` with {S} standing for an optional separator of one kind."""
    return re.compile("|".join(f"(?:{template.format(S=s + '?')})" for s in _SEPARATORS))


# 18-digit IDs (last may be X), legacy 15-digit IDs; then mobiles (+86/0086/86 prefix allowed) and
# landlines with their area code; then any 7+ digit number right after a word that says "phone".
ID_PATTERN = _digit_runs(r"(?<!\d)\d(?:{S}\d){{16}}{S}[\dXx](?![\dXx])|(?<!\d)\d(?:{S}\d){{14}}(?!\d)")
PHONE_PATTERN = _digit_runs(
    r"(?<!\d)(?:[(（]?(?:\+|00)?\s*86[)）]?[\s-]*)?1{S}[3-9](?:{S}\d){{9}}(?!\d)"
    r"|(?<!\d)[(（]?0\d{{2,3}}[)）]?[\s-]*\d(?:{S}\d){{6,7}}(?!\d)"
)
PHONE_AFTER_WORD = re.compile(r"((?:电话|手机|联系方式|联系电话|座机|[Tt][Ee][Ll])[:：\s]*)\d(?:[\s-]?\d){6,}")

# A cell of a name field may hold several people: 张三、李四 / 张三,李四 / 张三与李四 / 张三（户主）.
_NAME_SEPARATORS = re.compile(r"[、，,；;/／\\|()（）\[\]【】]+|等\s*\d*\s*人|(?<=\S{2})[与和及](?=\S{2})")
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


def _secret_path() -> Path:
    return paths.SECRET


@cache
def secret_key(path: Path | None = None) -> bytes:
    """The local pseudonym key, created on first use; it lives outside git and is never printed.

    Created with O_EXCL and mode 0600 in one step, so it is never readable by others, not even for
    a moment, and two runs starting together cannot write two different keys.
    """
    path = path or _secret_path()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32))
    try:
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (ValueError, UnicodeDecodeError):
        key = b""
    if len(key) < MIN_KEY_BYTES:
        # An empty or damaged key would turn pseudonyms into plain hashes anyone can enumerate.
        raise RuntimeError(
            f"化名密钥文件 {path} 已损坏（应为 64 位十六进制字符）。"
            "请删除该文件后重新运行 clean（之后生成的化名将与以前的不同）。"
        )
    return key


def name_key(value: str) -> str:
    """One spelling per person: 张 三 and 张三 are the same name (spaces between Chinese characters
    are layout, not part of the name)."""
    return _CJK_GAP.sub("", value.strip())


def pseudonymise(values: pd.Series, prefix: str = "P") -> pd.Series:
    """A keyed HMAC pseudonym per value (stable on this machine, not reversible by enumeration
    without the key, unlike a plain hash of an ID number); NA stays NA."""
    key = secret_key()
    uniques = values.dropna().unique()
    mapping = {v: f"{prefix}-{hmac.new(key, str(v).encode(), hashlib.sha256).hexdigest()[:12]}" for v in uniques}
    return values.map(mapping).astype("string")


def split_names(value: str) -> set[str]:
    """Every spelling of the people named in one cell that free text might repeat (2+ characters)."""
    value = name_key(str(value))
    pieces = {value, *_NAME_SEPARATORS.split(value)}
    pieces |= {part for piece in list(pieces) for part in piece.split()}  # 张三 李四: two people
    return {p.strip() for p in pieces if len(p.strip()) >= 2}


def personal_names(table: pd.DataFrame, personal: dict[str, str]) -> set[str]:
    """The raw names, IDs and phones of a table's personal fields, to be masked in free text."""
    found: set[str] = set()
    for name, kind in personal.items():
        if kind in PSEUDONYM_PREFIX and name in table:
            for value in table[name].dropna().astype(str).unique():
                found |= split_names(value)
    return found


def _name_pattern(names: Iterable[str]) -> re.Pattern | None:
    """One regex for many names, built as a trie (fast with thousands of names); any whitespace may
    sit between the characters of a name, as in 张 三."""
    trie: dict = {}
    for n in names:
        node = trie
        for ch in n:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, first: bool) -> str:
        branches = [
            ("" if first else r"\s*") + re.escape(ch) + emit(child, False) for ch, child in sorted(node.items()) if ch
        ]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return re.compile(emit(trie, True)) if trie else None


def mask_text(text: str, names: Iterable[str] = ()) -> str:
    """One piece of text with ID numbers, phone numbers and the given names masked.

    >>> mask_text("张 三（身份证５２０３２３１９９００１０１１２３Ｘ）电话+86 139-0731-1234", {"张三"})
    '［姓名已隐去］（身份证［身份证号已隐去］）电话［电话已隐去］'
    """
    return _mask(text, _name_pattern(n for n in names if isinstance(n, str) and len(n) >= 2))


def _mask(text: str, names: re.Pattern | None) -> str:
    text = text.translate(_FOLD)
    text = ID_PATTERN.sub(ID_MASK, text)
    text = PHONE_PATTERN.sub(PHONE_MASK, text)
    text = PHONE_AFTER_WORD.sub(lambda m: m.group(1) + PHONE_MASK, text)
    return names.sub(NAME_MASK, text) if names else text


def mask_free_text(values: pd.Series, names: Iterable[str] = frozenset()) -> pd.Series:
    """Free text with ID numbers, phone numbers and the given personal names masked; NA stays NA."""
    names = {n for name in names if isinstance(name, str) for n in split_names(name)}
    # One pattern for the whole column: compiling it per text was the engine's hottest spot.
    pattern = _name_pattern(n for n in names if len(n) >= 2)
    out = values.astype("string")
    mapping = {v: _mask(v, pattern) for v in out.dropna().unique()}
    return out.map(mapping).astype("string")


def protect(table: pd.DataFrame, personal: dict[str, str], also: Iterable[str] = ()) -> pd.DataFrame:
    """A copy of a cleaned table in which no personal field holds a raw value.

    `personal` maps field name → personal kind (name, id_number, phone, address, free_text).
    People, IDs and phones become keyed pseudonyms (records can still be linked and de-duplicated);
    addresses are dropped; free text is kept with personal values masked out: every name, ID and
    phone of this table (in any row), plus `also` (names from the year's other ledgers).
    """
    out = table.copy()
    names = personal_names(out, personal) | {n for v in also if isinstance(v, str) for n in split_names(v)}
    for name, kind in personal.items():
        if name not in out:
            continue
        if kind == "free_text":
            out[name] = mask_free_text(out[name], names)
        elif kind == "address":
            out = out.drop(columns=name)
        else:
            values = out[name].astype("string")
            if kind == "name":
                # name_key once per distinct name: a column repeats each person many times.
                distinct = values.dropna().unique()
                values = values.map(dict(zip(distinct, map(name_key, distinct)))).astype("string")
            out[name] = pseudonymise(values, prefix=PSEUDONYM_PREFIX[kind])
    return out
