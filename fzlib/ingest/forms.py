"""Records kept as forms, not rows: a sheet (or a Word table) that is one filled registration form, a blank form
(模板), and a transposed register (fields down a column, one record per column) — each rewritten as a table of
label row over record rows, so that the rest of the engine reads it as any register.

A 司法所 files a 人民调解受理登记表 per case and a 信访办 a 信访事项登记表 per item: a label cell with its value
beside it, two or three label/value pairs per line (申请人 | 张三 | 性别 | 男), or a label and its value in one
cell (卷号：（2024）松调字第3号). Such a sheet is told by its structure — labels the kinds' specs know, spread over
several lines and never side by side as a register's header is — not by its title. The words are the field titles
and aliases of the specs (`HeaderWords.labels`), so a new kind's form is read with no change here.

A register ruled with **two lines a record** (a 登记簿 whose every case takes an upper line — 序号, 卷宗号, 受理日期,
当事人 — and a lower one — its 序号 and number blank — for the outcome under the same columns: 处理结果, 调解结果,
协议形式, 补贴金额) has each lower line joined to the line above it, so that a record is one row again. Told by
structure over the whole sheet, never from one pair of rows.

A record kept as a sheet of persons of its own (spec `roster`: a session's 签到表, its day, place and topic typed in
lines above 序号 | 姓名 | 单位 | 签名) is the one record those lines state, the count of its persons' names in the
spec's count field — only where the lines state the kind's date: an undated sign-in sheet is left as it is.

A form whose values are all blank or fill-in placeholders (（    ）松调字第    号, ____) is the blank template the
clerk copies: no record. Only small grids are looked at (`MAX_FORM_ROWS`): a register of thousands of rows is passed
over at once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fzlib.ingest.legends import is_dictionary_sheet
from fzlib.ingest.locate import HeaderWords, norm_header
from fzlib.ingest.marks import SheetMarks
from fzlib.ingest.read import Sheet, column_letter

# A printed form has a few dozen lines at most; a taller grid is a register (or something else), never a form.
MAX_FORM_ROWS = 40
# A form names at least this many fields, on at least this many lines (a register's header names its fields on one).
MIN_FORM_LABELS = 4
MIN_FORM_LINES = 3
# Forms printed one under another share nearly all their labels (a line more or less).
SAME_FORM = 0.8
# A label and its value in one cell: 卷号：（2024）松调字第3号.
_IN_CELL = re.compile(r"^([^：:]{1,12})[：:]\s*(.*)$", re.S)
# A fill-in blank left by the printer: two or more spaces or underscores where the clerk writes (（    ）第    号).
_FILL_IN = re.compile(r"[\s\u3000_＿]{2,}")


def as_records(sheets: list[Sheet], words: HeaderWords) -> list[Sheet]:
    """The sheets, each form, blank form or transposed register rewritten as a label row over its records
    (`Sheet.layout` says which); every other sheet as it is."""
    if not words.labels:
        return sheets
    return [_two_line_records(_roster(s, words) or _rewritten(s, words.labels)) for s in sheets]


# Label：value pairs typed in one line above a roster, apart by two spaces or more (培训时间：3月5日　　培训地点：会议室).
_PAIRS_APART = re.compile(r"[\s\u3000]{2,}")


def _roster(sheet: Sheet, words: HeaderWords) -> Sheet | None:
    """A record kept as a sheet of its own whose rows are persons (spec `roster`: a session's 签到表 — 培训时间：…,
    培训内容：… typed above 序号 | 姓名 | 单位 | 签名), rewritten as a label row over that one record, the count of
    its persons' names in the spec's count column; None for any other sheet. Only a sheet the roster's words name
    and whose lines above the persons state the kind's date: an undated sign-in sheet is the evidence of a record
    a register lists, left as it is. Rosters stacked one under another (a book of a 签到表 per session gathered onto
    one sheet to print), each under lines stating a day of its own, are a session each: each its title lines, label
    row and record, apart by a blank line, so that each is read under its own title (its audience)."""
    rows = sheet.rows
    for marks, persons, dates, count_title in words.rosters:
        head = next((r for r, row in enumerate(rows[:MAX_FORM_ROWS]) if any(_titled(c, persons) for c in row)), None)
        if head is None:
            continue
        above = rows[:head]
        named = " ".join([sheet.name, *(c for row in above for c in row if isinstance(c, str))])
        if not any(w in named for w in marks):
            continue
        pairs = _pairs(rows, 0, head, words.labels)
        if not dates & pairs.keys():
            continue
        # Only a dated roster is read through for the headers of others under it: a register is passed over at once.
        heads = [head, *(r for r in range(head + 1, len(rows)) if any(_titled(c, persons) for c in rows[r]))]
        column = next(c for c, cell in enumerate(rows[heads[0]]) if _titled(cell, persons))
        # Each roster: (its first line, its lines' label：value pairs, its header, the rows of its persons). A header
        # again under no day of its own is the roster's next page (printed again): its persons are the roster's.
        rosters = [(0, pairs, heads[0], [])]
        for k, head in enumerate(heads):
            end = heads[k + 1] if k + 1 < len(heads) else len(rows)
            people = [r for r in range(head + 1, end) if _person(rows[r], column)]
            if k + 1 < len(heads):
                after = max([head, *people]) + 1  # the lines from the roster's last person on: the next one's
                later = _pairs(rows, after, end, words.labels)
                if dates & later.keys():
                    first = min(at[0] for _, at in later.values())
                    blank = [r for r in range(after, first) if not any(_filled(c) for c in rows[r])]
                    rosters[-1][3].extend(people)
                    rosters.append((blank[-1] + 1 if blank else after, later, end, []))
                    continue
            rosters[-1][3].extend(people)
        out: list[list] = []
        origin: dict[str, str] = {}
        for n, (top, found, head, people) in enumerate(rosters):
            first = min(at[0] for _, at in found.values())
            labels = [*found, count_title]
            if n:
                out.append([])
            out += [list(r) for r in rows[top:first]]
            out += [labels, [v for v, _ in found.values()] + [len(people)]]
            origin.update({_cell(len(out) - 1, j): _cell(*at) for j, (_, at) in enumerate(found.values())})
            origin[_cell(len(out) - 1, len(found))] = _cell(head, column)
        width = max(map(len, out))
        out = [r + [""] * (width - len(r)) for r in out]
        first = min(at[0] for _, at in pairs.values())
        return replace(sheet, rows=out, merged=[m for m in sheet.merged if m[1][0] < first], marks=_kept(sheet.marks),
                       layout="roster", origin=origin)  # fmt: skip
    return None


def _pairs(rows: list[list], top: int, end: int, labels: frozenset[str]) -> dict[str, tuple[str, tuple[int, int]]]:
    """The label：value pairs of known labels typed in lines top … end - 1 (培训时间：3月5日　　培训地点：会议室), each
    label's first, with its cell."""
    pairs: dict[str, tuple[str, tuple[int, int]]] = {}
    for r in range(top, end):
        for c, cell in enumerate(rows[r]):
            if not isinstance(cell, str):
                continue
            for part in _PAIRS_APART.split(cell.strip()):
                m = _IN_CELL.match(part.strip())
                if m and norm_header(m[1]) in labels and m[2].strip():
                    pairs.setdefault(norm_header(m[1]), (m[2].strip(), (r, c)))
    return pairs


def _titled(cell: object, titles: frozenset[str]) -> bool:
    return isinstance(cell, str) and norm_header(cell) in titles


def _person(row: list, column: int) -> bool:
    """Whether a roster's line names a person: a name in its column (a number there is a 序号 run over)."""
    cell = row[column] if column < len(row) else ""
    return isinstance(cell, str) and bool(cell.strip()) and not _SERIAL.match(cell.strip())


def _rewritten(sheet: Sheet, labels: frozenset[str]) -> Sheet:
    rows = sheet.rows
    if not rows or is_dictionary_sheet(rows):  # a data dictionary names a field a line: no form, no register
        return sheet
    # A label cell merged across (受理日期 over A:B) has its value right of the merge.
    ends = {start: end[1] for start, end in sheet.merged if start[0] == end[0]}
    # The first lines decide: a register's header stands among them (passed over at once, however long the
    # register); forms printed one under another may run on (a Word table of a year's forms).
    head = _labels(rows[:MAX_FORM_ROWS], labels, ends)
    if not _form_like(rows[:MAX_FORM_ROWS], head):
        return sheet
    columns = {c for r, c in head}
    if len(columns) == 1 and not any(head[rc][1] for rc in head):  # labels down one column, values beside it
        column = next(iter(columns))
        fits = len(rows) <= MAX_FORM_ROWS and _mostly_labelled(rows, head, column)
        return _transposed(sheet, head, column) if fits else sheet
    if len({r for r, _ in head}) == len(head):
        return sheet  # one label a line, in several columns: no layout to read it by
    found = head if len(rows) <= MAX_FORM_ROWS else _labels(rows, labels, ends)
    if found is not head and not _form_like(rows, found):
        return sheet
    return _forms(sheet, found)


def _form_like(rows: list[list], found: dict) -> bool:
    """Enough labels on enough lines, none side by side, most filled cells labels or their values."""
    lines = {r for r, _ in found}
    if len(found) < MIN_FORM_LABELS or len(lines) < MIN_FORM_LINES or _side_by_side(found):
        return False
    columns = {c for _, c in found}
    if len(columns) == 1 and not any(v[1] for v in found.values()):
        return True  # a column of labels: judged with its lines (_mostly_labelled with the column)
    return _mostly_labelled(rows, found)


def _labels(rows: list[list], labels: frozenset[str], ends: dict) -> dict[tuple[int, int], tuple[str, str | None, int]]:
    """(row, column) → (label, its value when written in the same cell else None, the column of its value cell) for
    each label cell."""
    found: dict[tuple[int, int], tuple[str, str | None, int]] = {}
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if not isinstance(cell, str) or not cell.strip():
                continue
            text = norm_header(cell).rstrip(":：")
            if text in labels:
                found[(r, c)] = (text, None, ends.get((r, c), c) + 1)
            elif (m := _IN_CELL.match(cell.strip())) and norm_header(m[1]) in labels:
                found[(r, c)] = (norm_header(m[1]), m[2].strip(), c)
    return found


def _side_by_side(found: dict) -> bool:
    """Whether two labels stand in adjacent cells of a line: a register's header (序号 | 卷宗号 | 受理日期), never a
    form's label/value pairs (a value that happens to be a label's word makes the grid no form either: left as it is)."""
    return any((r, found[(r, c)][2]) in found and found[(r, c)][1] is None for r, c in found)


def _mostly_labelled(rows: list[list], found: dict, column: int | None = None) -> bool:
    """Whether most filled cells are labels or their values: a form's grid, not a register's rows where a value
    happens to be a label's word (件 under 单位). With `column`, the labels' whole lines count as their values."""
    # A line of one filled cell that is no label (a title, 注：…, 填表人：（签字）, 填报单位（盖章）：…) stands around any
    # table or form: it says nothing of the grid's being a form (a seal line above and signatures below had outweighed
    # a 活动记录表's labels).
    labelled = {r for r, _ in found}
    filled = sum(
        1
        for r, row in enumerate(rows)
        for cell in row
        if _filled(cell) and (r in labelled or sum(map(_filled, row)) > 1)
    )
    if column is not None:
        covered = sum(1 for r, _ in found for cell in rows[r][column:] if _filled(cell))
    else:
        covered = sum(1 + (v is None and _filled(_value(rows, r, at))) for (r, _), (_, v, at) in found.items())
    return covered * 2 >= filled


def _filled(cell: object) -> bool:
    return cell is not None and cell != "" and not (isinstance(cell, str) and not cell.strip())


def _value(rows: list[list], r: int, at: int) -> object:
    """The cell at (r, at), a placeholder read as blank."""
    row = rows[r]
    return _blank_if_placeholder(row[at] if at < len(row) else "")


def _blank_if_placeholder(value: object) -> object:
    if isinstance(value, str) and (not value.strip() or (_FILL_IN.search(value) and not re.search(r"\d", value))):
        return ""
    return value


def _blocks(found: dict) -> list[list[int]]:
    """The lines of each form when forms are printed one under another (the first form's first label line
    repeated, each form with nearly the same labels); else one block of every line. Two parties' lines
    (申请人 姓名 性别 … / 被申请人 姓名 性别 …) are no second form: a form's other labels are not among them."""
    lines = sorted({r for r, _ in found})
    on = {r: tuple(found[k][0] for k in sorted(k for k in found if k[0] == r)) for r in lines}
    starts = [r for r in lines if on[r] == on[lines[0]]]
    blocks = [[r for r in lines if a <= r < b] for a, b in zip(starts, [*starts[1:], lines[-1] + 1], strict=True)]
    sets = [{x for r in b for x in on[r]} for b in blocks]
    same = all(len(s & sets[0]) >= SAME_FORM * max(len(s), len(sets[0])) for s in sets)
    return blocks if len(blocks) > 1 and same else [lines]


def _forms(sheet: Sheet, found: dict) -> Sheet:
    """A record per form: each label's value (in its cell, or right of it), the first of a label repeated within a
    form kept (性别 of 申请人 and of 被申请人). The label row stands where the first form's first label line was, each
    form's record at its own second line, the lines above the first form (its title) as they were, so that a
    record's row is a line of its own form. A form with nothing filled in is the blank template: no record."""
    rows = sheet.rows
    blocks = _blocks(found)
    first = blocks[0][0]
    names: list[str] = []
    for (_, _), (label, _, _) in sorted(found.items()):
        if label not in names:
            names.append(label)
    width = max(len(names), max(len(r) for r in rows))
    out = [list(r) + [""] * (width - len(r)) for r in rows[:first]] + [[*names, *[""] * (width - len(names))]]
    out += [[""] * width for _ in range(max(len(rows), first + 2) - len(out))]
    origin = {_cell(first, j): _cell(r, c) for j, ((r, c), _) in enumerate(_firsts(found, blocks[0], names)) if r >= 0}
    filled = 0
    # A form whose every line of labels is struck through (删除线) was cancelled: its record row is struck, as a
    # register's deleted row is (fzlib.ingest.marks), and set aside with a note.
    struck_lines, struck = set(sheet.marks.struck_rows), []
    for block in blocks:
        at_row = block[0] + 1
        values = [""] * width
        for j, ((r, _), (_, inline, at)) in enumerate(_firsts(found, block, names)):
            if r < 0:
                continue  # the label is not on this form
            values[j] = _blank_if_placeholder(inline) if inline is not None else _value(rows, r, at)
            origin[_cell(at_row, j)] = _cell(r, at)
        if any(v not in ("", None) for v in values):
            out[at_row] = values
            filled += 1
            if struck_lines.issuperset(block):
                struck.append(at_row)
    marks = replace(_kept(sheet.marks), struck_rows=tuple(struck))
    return replace(sheet, rows=out, merged=[m for m in sheet.merged if m[1][0] < first], marks=marks,
                   layout="form" if filled else "blank_form", origin=origin)  # fmt: skip


def _firsts(found: dict, block: list[int], names: list[str]) -> list[tuple[tuple[int, int], tuple]]:
    """Per label of `names`, its first cell within the block's lines ((-1, -1) where the form lacks it)."""
    lines = set(block)
    first: dict[str, tuple[tuple[int, int], tuple]] = {}
    for (r, c), value in sorted(found.items()):
        if r in lines and value[0] not in first:
            first[value[0]] = ((r, c), value)
    return [first.get(n, ((-1, -1), (n, None, -1))) for n in names]


def _transposed(sheet: Sheet, found: dict, column: int) -> Sheet | None:
    """A register kept sideways: the labels down `column`, each column right of it one record (its column order
    kept as the records' order). None when no column right of the labels holds a value."""
    rows = sheet.rows
    label_rows = sorted(r for r, _ in found)
    width = max(len(r) for r in rows)
    first = label_rows[0]
    records = []
    origin = {_cell(first, k): _cell(r, column) for k, r in enumerate(label_rows)}
    for c in range(column + 1, width):
        values = [_blank_if_placeholder(rows[r][c]) if c < len(rows[r]) else "" for r in label_rows]
        if any(v not in ("", None) for v in values):
            origin |= {_cell(first + 1 + len(records), k): _cell(r, c) for k, r in enumerate(label_rows)}
            records.append(values)
    if not records:
        return None
    names = [found[(r, column)][0] for r in label_rows]
    out = [list(r) for r in rows[:first]] + [names, *records]
    return replace(sheet, rows=out, merged=[m for m in sheet.merged if m[1][0] < first], marks=_kept(sheet.marks),
                   layout="transposed", origin=origin)  # fmt: skip


# A sheet is read as two lines a record when at least this many records, and this share of its numbered lines,
# have such a lower line: a register whose one or two cases take a second row (two respondents, a 罚款 under a 警告)
# is read as rows are.
MIN_TWO_LINE_RECORDS = 3
TWO_LINE_SHARE = 0.8
_SERIAL = re.compile(r"^\d{1,5}(?:\.0)?$")


def _two_line_records(sheet: Sheet) -> Sheet:
    """The sheet with each record's lower line joined to its upper line (the lower line left blank, its cells'
    places kept in `Sheet.origin`), when the register keeps every record on two lines; else the sheet as it is.

    An upper line fills three cells or more, one of them a number (its 序号); the line under it leaves that number
    blank and fills a cell the upper line left blank; a cell both fill (简要情况 over 处理结果) is text in both,
    and there is one such cell at most. Whichever side the 序号 stands on (columns saved in reverse order).

    >>> rows = [["序号", "卷宗号", "日期", "简要情况", "调解结果", "补贴金额"]]
    >>> for n in (1, 2, 3):
    ...     rows += [[n, f"第{n}号", "2024-03-05", "邻里纠纷", "", ""], ["", "", "", "处理结果：已履行", "调解成功", 100]]
    >>> out = _two_line_records(Sheet("登记簿", rows))
    >>> out.rows[1], out.rows[2], out.origin["E2"], out.layout
    ([1, '第1号', '2024-03-05', '邻里纠纷；处理结果：已履行', '调解成功', 100], ['', '', '', '', '', ''], 'E3', 'two_line')
    """
    rows = sheet.rows
    if sheet.layout or len(rows) < 2 * MIN_TWO_LINE_RECORDS + 1 or not _two_line_records_begin(rows):
        return sheet
    filled = [[j for j, c in enumerate(r) if _filled(c)] for r in rows]
    numbered = [{j for j in f if _SERIAL.match(str(rows[i][j]).strip())} for i, f in enumerate(filled)]
    upper = [len(f) >= 3 and bool(numbered[i]) for i, f in enumerate(filled)]
    pairs: list[int] = []
    for i in range(1, len(rows)):
        above, own = set(filled[i - 1]), set(filled[i])
        if not upper[i - 1] or (pairs and pairs[-1] == i - 1) or not own:
            continue
        shared = own & above
        if len(shared) > 1 or not own - shared or numbered[i - 1] & own:
            continue
        if any(not isinstance(rows[k][j], str) for j in shared for k in (i - 1, i)):
            continue
        pairs.append(i)
    records = sum(upper) - sum(upper[i] for i in pairs)
    if len(pairs) < MIN_TWO_LINE_RECORDS or len(pairs) < TWO_LINE_SHARE * records:
        return sheet
    out = [list(r) for r in rows]
    origin = dict(sheet.origin)
    for i in pairs:
        for j in filled[i]:
            top = out[i - 1]
            top.extend([""] * (j + 1 - len(top)))
            if _filled(top[j]):
                top[j] = f"{top[j]}；{rows[i][j]}"
            else:
                top[j] = rows[i][j]
                origin[_cell(i - 1, j)] = _cell(i, j)
            out[i][j] = ""
    return replace(sheet, rows=out, origin=origin, layout="two_line")


def _two_line_records_begin(rows: list[list]) -> bool:
    """Whether the first lines of a sheet (its header and first records) show a record's lower line: a register
    of thousands of rows kept one line a record is passed over at once."""
    head = rows[:MAX_FORM_ROWS]
    if len(rows) <= MAX_FORM_ROWS:
        return True
    return _two_line_records(Sheet("", head)).layout == "two_line"


def _cell(r: int, c: int) -> str:
    """A 0-based (row, column) as Excel names the cell (B5)."""
    return f"{column_letter(c)}{r + 1}"


def _kept(marks: SheetMarks) -> SheetMarks:
    """The marks that still hold once the grid is rewritten: the sheet's own, not its rows' or columns'."""
    return SheetMarks(hidden=marks.hidden, very_hidden=marks.very_hidden, errors=marks.errors, formulas=marks.formulas)
