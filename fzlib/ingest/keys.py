"""Which records are the same: a record's identity is its key within the numbering it belongs to, and a number that restarts in every sheet or village is not a key across them.

Offices number each village's or committee's sheet from 1 (编号 1, 2, 3 …; （2024）人调字第1号 …).
Such a number names a record only within its run: the same 第1号 in two committees is two cases.
A run is told by its numbers counting up from 1 by one; runs whose numbers meet another run's
are scoped to their sheet and run. A document number with its own prefix and year (旺草罚字〔2024〕
第3号) does not count up from 1 in every sheet, so a copy of it anywhere is one record.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

_LAST_NUMBER = re.compile(r"(\d+)\D*$")
MIN_RUN = 1


def _number(key) -> int:
    """The last number in a key (第12号 → 12), -1 for none."""
    m = _LAST_NUMBER.search(key) if isinstance(key, str) else None
    return int(m.group(1)) if m else -1


def _runs(numbers: np.ndarray) -> np.ndarray | None:
    """Run ids when the numbers count up from 1 by one, restarting at 1 (1 2 3 1 2), else None."""
    if len(numbers) < MIN_RUN or numbers[0] != 1 or (numbers < 0).any():
        return None
    steps_ok = (numbers[1:] == numbers[:-1] + 1) | (numbers[1:] == 1)
    if not steps_ok.all():
        return None
    return np.cumsum(numbers == 1)


def identities(keys: pd.Series, part_of: np.ndarray, rows: np.ndarray, content=None) -> pd.Series:
    """Each record's identity: its key text, or (part, run, key) when its part numbers from 1 and
    meets another run's numbers. `keys` holds the cleaned key (NA where missing), `part_of` the
    sheet part of each record, `rows` its Excel row (the order numbers are read in). `content` (what
    each record says besides its number: date, categories) tells a run that meets another from a
    copy of it: runs whose same numbers mostly say the same thing are copies, one record each (a
    Series, or a function giving it, called only where runs meet).

    >>> keys = pd.Series(["1", "2", "1", "2", "3", "旺〔2024〕1号"], dtype="string")
    >>> identities(keys, np.array([0, 0, 1, 1, 1, 2]), np.array([3, 4, 3, 4, 5, 3])).tolist()
    ['0#1\\x1f1', '0#1\\x1f2', '1#1\\x1f1', '1#1\\x1f2', '1#1\\x1f3', '旺〔2024〕1号']
    >>> said = pd.Series(["a", "b", "a", "b", "c", "x"])
    >>> identities(keys, np.array([0, 0, 1, 1, 1, 2]), np.array([3, 4, 3, 4, 5, 3]), said).tolist()[:3]
    ['1', '2', '1']
    """
    out = keys.astype(object).where(keys.notna(), None)
    runs: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for part in np.unique(part_of):
        idx = np.flatnonzero(part_of == part)
        idx = idx[np.argsort(rows[idx], kind="stable")]
        # Only a part whose first number is 1 can count up from 1: read the others' numbers not at all.
        if len(idx) < MIN_RUN or _number(out.iat[idx[0]]) != 1:
            continue
        run = _runs(np.array([_number(out.iat[i]) for i in idx], dtype=np.int64))
        if run is not None:
            runs[int(part)] = (idx, run)
    if not runs:
        return out
    seen: dict[str, list] = {}
    for part, (idx, run) in runs.items():
        for i, r in zip(idx, run):
            k = out.iat[i]
            if k is not None:
                seen.setdefault(k, []).append(((part, int(r)), i))
    meeting: set = set()
    same = differ = 0
    content = content() if callable(content) else content
    for owners in seen.values():
        runs_of_key = {pr for pr, _ in owners}
        if len(runs_of_key) > 1:
            meeting |= runs_of_key
            if content is not None:
                said = {content.iat[i] for _, i in owners}
                same, differ = same + (len(said) == 1), differ + (len(said) > 1)
    if content is not None and same > differ:
        return out  # the runs repeat one another's records: copies, each record once
    for part, (idx, run) in runs.items():
        for i, r in zip(idx, run):
            if (part, int(r)) in meeting and out.iat[i] is not None:
                out.iat[i] = f"{part}#{int(r)}\x1f{out.iat[i]}"
    return out
