"""Which records are the same: a record's identity is its key within the numbering it belongs to, and a number that restarts in every sheet or village is not a key across them.

Offices number each village's or committee's sheet from 1 (编号 1, 2, 3 …; （2024）人调字第1号 …).
Such a number names a record only within its run: the same 第1号 in two committees is two cases.
A run is told by its numbers counting up from 1 by one; runs whose numbers meet another run's
are scoped to their sheet and run. A document number with its own prefix and year (旺草罚字〔2024〕
第3号) does not count up from 1 in every sheet, so a copy of it anywhere is one record.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

_LAST_NUMBER = re.compile(r"(\d+)\D*$")
MIN_RUN = 1


def _number(key) -> int:
    """The last number in a key (第12号 → 12), -1 for none."""
    m = _LAST_NUMBER.search(key) if isinstance(key, str) else None
    return int(m.group(1)) if m else -1


def _runs(numbers: np.ndarray, gaps: bool = False) -> np.ndarray | None:
    """Run ids when the numbers count up from 1 by one, restarting at 1 (1 2 3 1 2), else None. With `gaps`,
    a run may skip numbers (1 2 3 5 6: a row deleted after numbering, a 小计 row keeping its 序号). A list kept
    newest first counts down to 1 (3 2 1 2 1): the same runs read from the bottom; a run may go either way."""
    run = _runs_up(numbers, gaps)
    if run is not None or len(numbers) < 2 or (numbers < 0).any() or 1 not in (numbers[0], numbers[-1]):
        return run
    ids, n, i = np.zeros(len(numbers), dtype=np.int64), 0, 0
    while i < len(numbers):
        n += 1
        up = numbers[i] == 1
        j = i + 1
        while j < len(numbers) and (
            (numbers[j] > numbers[j - 1] if gaps else numbers[j] == numbers[j - 1] + 1)
            if up
            else (numbers[j - 1] > numbers[j] >= 1 if gaps else numbers[j] == numbers[j - 1] - 1)
        ):
            j += 1
        if not up and numbers[j - 1] != 1:
            return None  # a run counting down stops at 1, or it is no run
        ids[i:j] = n
        i = j
    return ids


def _runs_up(numbers: np.ndarray, gaps: bool) -> np.ndarray | None:
    if len(numbers) < MIN_RUN or numbers[0] != 1 or (numbers < 0).any():
        return None
    up = numbers[1:] > numbers[:-1] if gaps else numbers[1:] == numbers[:-1] + 1
    steps_ok = up | (numbers[1:] == 1)
    if not steps_ok.all():
        return None
    return np.cumsum(numbers == 1)


def _runs_through(
    numbers: np.ndarray, rows: np.ndarray, aside: list[tuple[int, int]], gaps: bool = False
) -> np.ndarray | None:
    """`_runs` of a part's records, read with the numbered rows set aside between them (`aside`: Excel row,
    number): the records' run ids, else None. A row set aside repeating the number of the row right above it (a
    record entered twice, the copy's 备注 saying 重复登记) holds no place of the numbering: 1 2 2 3 with the second
    2 a copy is still 1 2 3.

    >>> _runs_through(np.array([1, 2, 3]), np.array([3, 4, 6]), [(5, 2)]).tolist()
    [1, 1, 1]
    """
    if not aside:
        return _runs(numbers, gaps)
    every = np.concatenate([rows, np.array([r for r, _ in aside], dtype=rows.dtype)])
    order = np.argsort(every, kind="stable")
    merged = np.concatenate([numbers, np.array([n for _, n in aside], dtype=np.int64)])[order]
    own = order < len(numbers)
    again = np.zeros(len(merged), dtype=bool)
    again[1:] = ~own[1:] & (merged[1:] == merged[:-1])
    run = _runs(merged[~again], gaps)
    return None if run is None else run[own[~again]]


def identities(
    keys: pd.Series,
    part_of: np.ndarray,
    rows: np.ndarray,
    content=None,
    whole=None,
    skipped: dict | None = None,
    places: dict | None = None,
) -> pd.Series:
    """Each record's identity: its key text, or (part, run, key) when its part numbers from 1 and
    meets another run's numbers. `keys` holds the cleaned key (NA where missing), `part_of` the
    sheet part of each record, `rows` its Excel row (the order numbers are read in). `content` (what
    each record says besides its number: date, categories) tells a run that meets another from a
    copy of it: runs whose same numbers mostly say the same thing are copies, one record each (a
    Series, or a function giving it, called only where runs meet). `whole` (likewise: everything a
    record says but its number, NA where that is too little to tell one record by) finds the copies
    among runs whose numbers differ: a list sorted or typed again numbers the same records anew.
    `skipped` (part → (Excel row, number) pairs) holds the rows a part's numbering runs through that are
    no records of it (struck through, 重复, corrected, another town's): 1 3 with row 2 struck still counts
    up from 1. `places` (part → the village its sheet is named after) keeps apart the runs of two villages'
    sheets, however alike their records: 东村's 1 and 西村's 1, screened on the same day for the same kind
    of dispute, are two villages' records (a monthly 排查 day, a register without parties' names).

    >>> keys = pd.Series(["1", "2", "1", "2", "3", "旺〔2024〕1号"], dtype="string")
    >>> identities(keys, np.array([0, 0, 1, 1, 1, 2]), np.array([3, 4, 3, 4, 5, 3])).tolist()
    ['0#1\\x1f1', '0#1\\x1f2', '1#1\\x1f1', '1#1\\x1f2', '1#1\\x1f3', '旺〔2024〕1号']
    >>> struck = pd.Series(["1", "3", "1", "2"], dtype="string")  # part 0's row 4 (序号 2) struck through
    >>> identities(struck, np.array([0, 0, 1, 1]), np.array([3, 5, 3, 4]), skipped={0: [(4, 2)]}).tolist()[:2]
    ['0#1\\x1f1', '0#1\\x1f3']
    >>> said = pd.Series(["a", "b", "a", "b", "c", "x"])
    >>> identities(keys, np.array([0, 0, 1, 1, 1, 2]), np.array([3, 4, 3, 4, 5, 3]), said).tolist()[:3]
    ['1', '2', '1']

    A bare 序号 still standing alone (a part numbered on from another sheet of its book: 3 4 in the 2月 sheet of a
    register split by month) is qualified by the village its part is named after where parts of two villages hold it
    and no part named after none does: 河东村's 3 and 杨庄村's 3 are two villages' records, never one,
    as two villages' runs are. A number a village's part shares only with parts of its own village, or also with a
    part named after no village (the town's register copying the villages'), stays as it was.

    >>> keys = pd.Series(["3", "4", "3"], dtype="string")
    >>> identities(keys, np.array([0, 0, 1]), np.array([3, 4, 3]), places={0: "东村", 1: "西村"}).tolist()
    ['东村\\x1f3', '4', '西村\\x1f3']
    >>> identities(keys, np.array([0, 0, 1]), np.array([3, 4, 3]), places={0: "东村"}).tolist()
    ['3', '4', '3']
    """
    out = keys.astype(object).where(keys.notna(), None)
    told: set[int] = set()
    if content is not None and (parts := _lists_reordered(out, part_of, rows)):
        content = content() if callable(content) else content
        _told_apart(out, parts, content)
        told = {part for part, _ in parts}
    runs: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    # Parts numbered on from another (11, 12 … in a second sheet): no run, but a copy renumbered may be one.
    numbered_on: dict[int, tuple[np.ndarray, None]] = {}
    for part in np.unique(part_of):
        if part in told:
            continue
        idx = np.flatnonzero(part_of == part)
        idx = idx[np.argsort(rows[idx], kind="stable")]
        aside = sorted((int(r), int(n)) for r, n in (skipped or {}).get(int(part), ()))
        first = aside[0][1] if aside and (not len(idx) or aside[0][0] < rows[idx[0]]) else None
        last = aside[-1][1] if aside and (not len(idx) or aside[-1][0] > rows[idx[-1]]) else None
        if not aside and len(idx) > 1 and _permuted(out, idx):  # its own list, sorted by another column
            runs[int(part)] = (idx, np.ones(len(idx), dtype=np.int64))
            continue
        # Only a part whose first number is 1 (or last: newest first) can count from 1: read the others' not at all.
        if len(idx) < MIN_RUN or 1 not in (
            first if first is not None else _number(out.iat[idx[0]]),
            last if last is not None else _number(out.iat[idx[-1]]),
        ):
            if whole is not None and len(idx) >= 2:
                numbered_on[int(part)] = (idx, None)
            continue
        numbers = np.array([_number(out.iat[i]) for i in idx], dtype=np.int64)
        run = _runs_through(numbers, rows[idx], aside)
        # A sheet's bare 序号 with a gap (1 2 3 5: a row deleted after numbering, a 小计 row keeping its number) is
        # still that sheet's numbering, never a key across files: another file's 1 2 3 of other disputes are
        # other disputes. A document number skipping (第1号, 第3号) stays a key anywhere.
        if run is None and all(k is None or str(k).isdigit() for k in out.iloc[idx]):
            run = _runs_through(numbers, rows[idx], aside, gaps=True)
        if run is not None:
            runs[int(part)] = (idx, run)
    if not runs:
        _renumbered_among(out, numbered_on, whole, places or {})
        return _villages_apart(out, part_of, places)
    seen: dict[str, list] = {}
    for part, (idx, run) in runs.items():
        for i, r in zip(idx, run):
            k = out.iat[i]
            if k is not None:
                seen.setdefault(k, []).append(((part, int(r)), i))
    # Bare 序号 and document numbers are told apart each by their own kind: two files' 1 2 3 of other
    # records (a 双随机 抽查 list and a 政务服务 办件 list, both numbered by 序号) say nothing of whether two
    # registers' 旺草罚〔2024〕1号 are one decision. Voted together, the 序号 outvoted the document numbers and
    # every decision copied into a second register was counted twice.
    meeting: dict[bool, set] = {True: set(), False: set()}
    same = {True: 0, False: 0}
    differ = {True: 0, False: 0}
    places = places or {}
    for k, owners in seen.items():
        runs_of_key = {pr for pr, _ in owners}
        if len(runs_of_key) > 1:
            bare = str(k).isdigit()
            meeting[bare] |= runs_of_key
            if len({places[p] for (p, _), _ in owners if places.get(p)}) > 1:
                differ[bare] += 1  # two villages' records: never copies of one another
            elif content is not None:
                # Made at the first number two runs share: a register whose one run meets no other (most) never
                # joins what every record says (a fifth of settling the bench's 105,600 records).
                content = content() if callable(content) else content
                alike = _say_alike([content.iat[i] for _, i in owners], blanks_unsaid=not bare)
                same[bare] += alike
                differ[bare] += not alike
    apart = {b for b in meeting if meeting[b] and not (content is not None and same[b] > differ[b])}
    if any(meeting.values()) and not apart:
        return _villages_apart(out, part_of, places)  # the runs repeat one another's records: copies, each record once
    for part, (idx, run) in runs.items():
        for i, r in zip(idx, run):
            k = out.iat[i]
            if k is not None and str(k).isdigit() in apart and (part, int(r)) in meeting[str(k).isdigit()]:
                out.iat[i] = f"{part}#{int(r)}\x1f{k}"
    meeting = set().union(*(meeting[b] for b in apart))  # the runs told apart, numbered anew below
    # Copies renumbered need not share a number: a county register's copy sorted otherwise numbers the town's rows
    # 2 and 4 where the original numbered them 1 and 3 (the other towns' rows between them). Only bare numbers (序号)
    # are numbered anew: 杏调1号 and 镇调1号 are two committees' documents, however alike their cases.
    if whole is not None and (meeting or (len(runs) > 1 and _bare(out, runs))):
        _renumbered(out, runs, whole() if callable(whole) else whole, places)
    else:
        _renumbered_among(out, {**runs, **numbered_on}, whole, places)
    return _villages_apart(out, part_of, places)


def _villages_apart(out: pd.Series, part_of: np.ndarray, places: dict | None) -> pd.Series:
    """`out` with a bare 序号 two villages' parts hold qualified by its part's village (`identities`)."""
    if not places:
        return out
    values = out.to_numpy(dtype=object, copy=True)
    held: dict[str, set] = {}
    for i, k in enumerate(values):
        if k is not None and str(k).isdigit():
            held.setdefault(k, set()).add(places.get(int(part_of[i])))
    apart = {k for k, where in held.items() if None not in where and len(where) > 1}
    if not apart:
        return out
    for i, k in enumerate(values):
        if k in apart:
            values[i] = f"{places[int(part_of[i])]}\x1f{k}"
    return pd.Series(values, index=out.index, dtype=object)


def _say_alike(said: list[str], blanks_unsaid: bool) -> bool:
    """Whether records sharing a number say the same (`content`'s fields, each after a \x1f). A document number
    (柏府规〔2024〕1号) names one document wherever it stands: its records are alike when every field both fill
    agrees and one at least is filled in both — a review register and a 清理目录 fill different columns of one
    document (the register's 审查意见, the catalogue's 清理结果), which says nothing of two documents. A bare 序号
    names nothing: its records are alike only when they say the very same."""
    if not blanks_unsaid:
        return len(set(said)) == 1
    fields = [s.split("\x1f") for s in said]
    first = fields[0]
    for other in fields[1:]:
        both = [(a, b) for a, b in zip(first, other, strict=True) if a and b]
        if not both or any(a != b for a, b in both):
            return False
    return True


def _lists_reordered(out: pd.Series, part_of: np.ndarray, rows: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """Parts numbered by bare 序号 where several lists each numbered from 1 (a sheet's sections, 1 … 14 then
    1 … 13) were sorted by another column: every number from 1 to the highest is there, each at most as often
    as the one before (the lists' 1s, 2s …), yet they do not count up or down in the rows' order."""
    found = []
    values = out.to_numpy(dtype=object)  # one array, not a Series lookup per record (a fifth of settling 105,600)
    for part in np.unique(part_of):
        idx = np.flatnonzero(part_of == part)
        if len(idx) < 3:
            continue
        keys = values[idx].tolist()
        if not all(k is not None and str(k).isdigit() for k in keys):
            continue
        counts = Counter(int(k) for k in keys)
        top = max(counts)
        if counts[1] < 2 or set(counts) != set(range(1, top + 1)):
            continue
        if any(counts[n + 1] > counts[n] for n in range(1, top)):
            continue
        numbers = np.array([int(k) for k in keys], dtype=np.int64)[np.argsort(rows[idx], kind="stable")]
        if _runs(numbers) is None:
            found.append((int(part), idx))
    return found


def _permuted(out: pd.Series, idx: np.ndarray) -> bool:
    """Whether a part's keys are one numbering 1 … n, each once, in another order (a list sorted by another column, or
    grouped by village or category): bare 序号, or numbers of one form that differ only in their last number (a
    committee's （2024）人调字第1号 … 第15号 sorted by 纠纷类别 is still the committee's own numbering from 1, as it was
    before the sort)."""
    keys = out.to_numpy(dtype=object)[idx].tolist()
    if any(k is None for k in keys):
        return False
    # One search per key gives both its form and its number (the form is what precedes the last number: the search
    # runs to the key's end). A key without a number is no numbering from 1. A register's every key had been matched
    # twice, by a Python call each: a tenth of settling the bench's 105,600 records.
    texts = list(map(str, keys))
    found = list(map(_LAST_NUMBER.search, texts))
    if None in found:
        return False
    if not all(map(str.isdigit, texts)) and len({t[: m.start()] for t, m in zip(texts, found)}) != 1:
        return False
    numbers = [int(m[1]) for m in found]
    return sorted(numbers) == list(range(1, len(numbers) + 1)) and _runs(np.array(numbers)) is None


def _told_apart(out: pd.Series, parts: list[tuple[int, np.ndarray]], content: pd.Series) -> None:
    """In `_lists_reordered` parts a number names no record: records sharing it are each their own, unless one
    says all another says (a copy), which keeps the other's identity."""
    for part, idx in parts:
        seen: dict[tuple[str, object], str] = {}
        for i in idx:
            k, said = out.iat[i], content.iat[i]
            out.iat[i] = seen.setdefault((k, said), f"{part}#{len(seen)}\x1f{k}")


# A ledger copied into a new template and numbered there in the template's own form (MD2024-001 → 某司纠〔2024〕11号)
# repeats nearly all the records of the smaller of the two: this share of them, said alike (date, parties, text).
COPIED_SHARE = 0.8


def _renumbered_among(out: pd.Series, parts: dict, whole, places: dict) -> None:
    """`_renumbered` between parts numbered by bare 序号 where one is numbered on from another (a copy of sheet
    1's records in a second sheet numbered 11, 12 …, as if the register went on): only where every key is a bare
    number, and, as there, only between parts that repeat each other. Between parts numbered by document numbers
    of two forms (a ledger copied into a new template, numbered anew in its form), only where one repeats nearly
    all of the other (`COPIED_SHARE`): two committees' documents (杏调1号, 镇调1号) alike by chance stay apart."""
    if whole is None or len(parts) < 2:
        return
    if _bare(out, parts):
        _renumbered(out, parts, whole() if callable(whole) else whole, places)
        return
    forms = {part: _forms(out, idx) for part, (idx, _) in parts.items()}
    documents = {p: parts[p] for p, f in forms.items() if f and "" not in f}
    if len(documents) < 2 or len(set().union(*(forms[p] for p in documents))) < 2:
        return
    cells = whole() if callable(whole) else whole
    if isinstance(cells, pd.DataFrame):
        _renumbered_by_columns(out, documents, cells, places, share=COPIED_SHARE, forms=forms)


_DIGITS = re.compile(r"\d+")


def _forms(out: pd.Series, idx) -> set[str]:
    """The forms of a part's keys, their digits taken away; {""} as soon as one is a bare number or blank, since
    such a part is never compared by its forms (a whole register's keys: this runs on every cleaning)."""
    keys = out.iloc[idx].to_list()
    if None in keys:
        return {""}
    texts = list(map(str, keys))
    if any(map(str.isdigit, texts)):
        return {""}
    # One substitution over the keys joined, not one per key: a NUL is no digit, so no run of digits crosses two keys.
    forms = _DIGITS.sub("#", "\x00".join(texts)).split("\x00")
    if len(forms) != len(texts):  # a key holding a NUL itself: key by key
        forms = [_DIGITS.sub("#", t) for t in texts]
    return set(forms)


def _bare(out: pd.Series, runs: dict) -> bool:
    """Whether every key of the runs is a bare number (a 序号), no document number."""
    return all(k is None or str(k).isdigit() for idx, _ in runs.values() for k in out.iloc[idx])


def _renumbered(out: pd.Series, runs: dict, whole, places: dict | None = None) -> None:
    """Records of a later part that say all that records of an earlier part say (their date, parties,
    categories, text) are those records under other numbers: they take their identities. Only between
    parts that repeat each other (at least two records, and half the records of the smaller of the two
    said alike): two cases of one day, one type and one outcome in two committees' sheets are a
    coincidence, not a copy. Within a part, records saying the same are left as they are; the k-th such
    record of a part pairs with the k-th of the part it repeats. `whole` is a Series of what each record
    says, or a frame of its cells (its first column the date, "" blank): then two parts are compared by
    the columns both fill, so that a half-year summary leaving out the parties and the text still repeats
    its quarters' books."""
    if isinstance(whole, pd.DataFrame):
        _renumbered_by_columns(out, runs, whole, places or {})
        return
    told = {
        part: [(i, whole.iat[i]) for i in idx if out.iat[i] is not None and not pd.isna(whole.iat[i])]
        for part, (idx, _) in runs.items()
    }
    said = {part: Counter(s for _, s in items) for part, items in told.items()}
    parts = sorted(runs)
    repeats: dict[int, set[int]] = {}  # a part → the earlier parts it repeats
    for n, earlier in enumerate(parts):
        for later in parts[n + 1 :]:
            if (places or {}).get(earlier) and (places or {}).get(later) and places[earlier] != places[later]:
                continue  # two villages' sheets repeat nothing of each other (see `identities`)
            shared = sum((said[later] & said[earlier]).values())
            if shared >= 2 and 2 * shared >= min(len(told[later]), len(told[earlier])):
                repeats.setdefault(later, set()).add(earlier)
    if not repeats:
        return
    before: dict[str, list[tuple[int, str]]] = {}  # what a record says → (part, identity), in reading order
    for part in parts:
        seen: Counter = Counter()
        for i, text in told[part]:
            k = seen[text]
            seen[text] += 1
            earlier = [identity for p, identity in before.get(text, ()) if p in repeats.get(part, ())]
            if k < len(earlier):
                out.iat[i] = earlier[k]
            else:
                before.setdefault(text, []).append((part, out.iat[i]))


# A record is told by its date and at least two more things it says (parties, categories, text); by its date and
# categories alone, two cases of one village's sheet and another's would be one.
_TOLD_BY = 3


def _renumbered_by_columns(
    out: pd.Series, runs: dict, cells: pd.DataFrame, places: dict, share: float = 0.5, forms: dict | None = None
) -> None:
    """`_renumbered` comparing each two parts by the columns both fill (a column a part fills in no row is
    one it does not keep): what a record says there, its date among it, tells it. Two parts repeat each other
    where at least two records and `share` of the smaller part's are said alike; with `forms` (part → the forms
    of its document numbers), only parts numbered in forms of their own, compared by a column that tells one
    record from another of its day (the frame's attrs `telling`: its parties, its own words)."""
    parts = sorted(runs)
    filled = cells.ne("").to_numpy(dtype=bool)
    kept = {part: filled[idx].any(axis=0) for part, (idx, _) in runs.items()}
    dated = filled[:, 0] if cells.shape[1] else np.zeros(len(cells), dtype=bool)
    values = cells.to_numpy(dtype=object)
    telling = [n for n in cells.attrs.get("telling", ()) if n in cells.columns]

    def told(part: int, common: np.ndarray) -> list[tuple[int, str]]:
        idx = runs[part][0]
        ok = dated[idx] & (filled[idx][:, common].sum(axis=1) >= _TOLD_BY)
        return [(i, "\x1f".join(values[i, common])) for i, good in zip(idx, ok) if good and out.iat[i] is not None]

    pairs: dict[tuple[int, int], tuple[list, list]] = {}
    repeats: dict[int, list[int]] = {}  # a part → the earlier parts it repeats, in reading order
    for n, earlier in enumerate(parts):
        for later in parts[n + 1 :]:
            if places.get(earlier) and places.get(later) and places[earlier] != places[later]:
                continue  # two villages' sheets repeat nothing of each other (see `identities`)
            if forms is not None and forms[earlier] & forms[later]:
                continue  # one form of number: a number of it names one record wherever it is written
            common = kept[earlier] & kept[later]
            if not (len(common) and common[0]) or common.sum() < _TOLD_BY:
                continue
            if forms is not None and not any(common[cells.columns.get_loc(n)] for n in telling):
                continue  # by day, categories and amounts alone, two committees' cases would be one
            a, b = told(earlier, common), told(later, common)
            shared = sum((Counter(t for _, t in a) & Counter(t for _, t in b)).values())
            if shared >= 2 and shared >= share * min(len(a), len(b)):
                pairs[earlier, later] = (a, b)
                repeats.setdefault(later, []).append(earlier)
    for later in parts:
        taken: set[int] = set()
        for earlier in repeats.get(later, ()):
            a, b = pairs[earlier, later]
            before: dict[str, list] = {}
            for i, text in a:
                before.setdefault(text, []).append(out.iat[i])
            seen: Counter = Counter()
            for i, text in b:
                k = seen[text]
                seen[text] += 1
                if i not in taken and k < len(before.get(text, ())):
                    out.iat[i] = before[text][k]
                    taken.add(i)


def repeated(cells: pd.DataFrame, part_of: np.ndarray, places: dict | None = None) -> np.ndarray:
    """For a kind whose records have no number: each record's position, or, where its part (sheet or file) repeats an
    earlier part, the position of the earlier record saying all it says. `cells` holds what each record says, its date
    first ("" blank), compared as `_renumbered` compares the copies of a numbered kind: only between parts that repeat
    each other (at least two records, and half of the smaller part's, alike in the columns both fill, three at least),
    never between two villages' sheets. A sheet copied in its book (Excel names the copy 培训台账 (2)) or a log typed
    into two books had each of its sessions counted twice; two sessions alike within one sheet stay two.

    >>> cells = pd.DataFrame({"d": ["3-5", "4-8", "3-5", "4-8", "5-1"], "t": ["宪法", "民法典"] * 2 + ["反诈"],
    ...                       "a": ["干部", "群众", "干部", "群众", "群众"]})
    >>> repeated(cells, np.array([0, 0, 1, 1, 1])).tolist()
    [0, 1, 0, 1, 4]
    """
    out = pd.Series(range(len(cells)), dtype=object)
    parts = {int(p): (np.flatnonzero(part_of == p), None) for p in np.unique(part_of)}
    if len(parts) > 1 and len(cells.columns) >= _TOLD_BY:
        _renumbered_by_columns(out, parts, cells, places or {})
    return out.to_numpy(dtype=np.int64)
