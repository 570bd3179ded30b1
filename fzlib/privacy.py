"""Personal data: keyed pseudonyms for people, masking of IDs, phones and names inside free text."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from functools import cache
from pathlib import Path

import pandas as pd

from fzlib import paths

# 18-digit IDs (last may be X), legacy 15-digit IDs, mobiles and landlines; digits may be full-width
# in raw text, but free text is NFKC-normalised by the `text` cleaner before it gets here.
ID_PATTERN = re.compile(r"(?<!\d)(\d{17}[\dXx]|\d{15})(?!\d)")
PHONE_PATTERN = re.compile(r"(?<!\d)(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)")
ID_MASK, PHONE_MASK, NAME_MASK = "［身份证号已隐去］", "［电话已隐去］", "［姓名已隐去］"


def _secret_path() -> Path:
    return paths.SECRET


@cache
def secret_key(path: Path | None = None) -> bytes:
    """The local pseudonym key, created on first use; it lives outside git and is never printed."""
    path = path or _secret_path()
    if not path.exists():
        path.write_text(secrets.token_hex(32), encoding="ascii")
        path.chmod(0o600)
    return bytes.fromhex(path.read_text(encoding="ascii").strip())


def pseudonymise(values: pd.Series, prefix: str = "P") -> pd.Series:
    """A keyed HMAC pseudonym per value (stable on this machine, not reversible by enumeration
    without the key, unlike a plain hash of an ID number); NA stays NA."""
    key = secret_key()
    uniques = values.dropna().unique()
    mapping = {v: f"{prefix}-{hmac.new(key, str(v).encode(), hashlib.sha256).hexdigest()[:12]}" for v in uniques}
    return values.map(mapping).astype("string")


def mask_free_text(values: pd.Series, names: set[str] = frozenset()) -> pd.Series:
    """Free text with ID numbers, phone numbers and the given personal names masked."""
    out = values.astype("string")
    out = out.str.replace(ID_PATTERN, ID_MASK, regex=True).str.replace(PHONE_PATTERN, PHONE_MASK, regex=True)
    names = sorted((n for n in names if isinstance(n, str) and len(n) >= 2), key=len, reverse=True)
    if names:
        pattern = "|".join(re.escape(n) for n in names)
        out = out.str.replace(pattern, NAME_MASK, regex=True)
    return out


def protect(table: pd.DataFrame, personal: dict[str, str]) -> pd.DataFrame:
    """A copy of a cleaned table in which no personal field holds a raw value.

    `personal` maps field name → personal kind (name, id_number, phone, address, free_text).
    People, IDs and phones become keyed pseudonyms (records can still be linked and de-duplicated);
    addresses are dropped; free text is kept with the table's own personal values masked out.
    """
    out = table.copy()
    names: set[str] = set()
    for name, kind in personal.items():
        if kind in ("name", "id_number", "phone") and name in out:
            names.update(v for v in out[name].dropna().astype(str) for v in re.split(r"[、，,；;/ ]+", v))
    for name, kind in personal.items():
        if name not in out:
            continue
        if kind == "free_text":
            out[name] = mask_free_text(out[name], names)
        elif kind == "address":
            out = out.drop(columns=name)
        else:
            out[name] = pseudonymise(out[name], prefix={"name": "P", "id_number": "ID", "phone": "T"}[kind])
    return out
