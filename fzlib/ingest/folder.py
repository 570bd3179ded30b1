"""A year's raw folder: which of its files are ledgers, their SHA-256, and the folder's content stamp."""

from __future__ import annotations

import hashlib
from pathlib import Path

IGNORED_NAMES = (".", "~$")  # hidden files and Office lock files are not ledgers


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ledger_files(raw: Path) -> list[Path]:
    return sorted(
        p
        for p in raw.rglob("*")
        if p.is_file() and not p.name.startswith(IGNORED_NAMES) and p.name.lower() != "readme.md"
    )


def folder_stamp(raw: Path) -> str:
    """What a year's raw folder holds, as text that changes exactly when a ledger is added, removed,
    renamed or changed (its SHA-256), whatever the files' modification times say."""
    if not raw.is_dir():
        return "(no folder)\n"
    lines = []
    for path in ledger_files(raw):
        try:
            digest, size = sha256(path), path.stat().st_size
        except OSError:
            digest, size = "unreadable", -1
        lines.append(f"{digest}  {size}  {path.relative_to(raw).as_posix()}")
    return "\n".join(lines) + "\n"
