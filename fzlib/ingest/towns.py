"""Whose rows a table holds: a county's tables name each row's town (a 乡镇（街道） column, a sheet per town, a row per town in a summary); only the town's own (params `town`) are its records.

A county compiles registers over its towns and sends them back: the 综治中心's 全县 register, a system
export scoped to the county, the 司法局's book of one sheet per town, the 信访局's summary by town. Another
town's row is never one of this town's records, whatever it holds: it is set aside and counted (a 提示).
When no row names this town (its name unknown, or written otherwise), nothing of the table is counted: a
figure of the county's rows would be a wrong number, a null is honest. The words are declared in
fzlib/specs/towns.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import compress, repeat
from pathlib import Path

import numpy as np
import pandas as pd

from fzlib import paths
from fzlib.ingest.locate import PERIODS, Column, Table, is_front_matter, is_instructions, norm_header
from fzlib.spec import load_yaml

# A sheet named by a short place name (石桥, 城关), beside one named after the town: another town's.
_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_PERIOD = re.compile(rf"^(?:\d{{4}}年?)?(?:{PERIODS})$")
# Names of a sheet that are not a town's: a village's (a town's own book per village) by its end, a table's or
# a summary's by a word in it.
_VILLAGE_ENDS = ("村", "社区", "居委会", "居", "组")
_TABLE_WORDS = ("表", "账", "册", "录", "汇总", "统计", "合计", "说明")
# Of the cells under a town column, the share that must be words (not counts) for it to name towns: a
# statistics form's 县市区 | 乡镇街道 | 村居 columns of counts are levels, not towns.
_WORDS_SHARE = 0.8


@dataclass(frozen=True)
class TownWords:
    columns: frozenset[str]  # titles of a column naming each row's town (normalised as headers are)
    suffixes: tuple[str, ...]  # 镇, 乡, 街道 …, longest first
    offices: tuple[str, ...]  # 人民政府, 司法所 …, longest first
    former: tuple[str, ...] = ()  # 原: the word before a former township's name (原新店乡)
    office_columns: frozenset[str] = frozenset()  # titles of a column naming each row's office (报备单位)
    units: tuple[
        str, ...
    ] = ()  # offices keeping registers of their own, parts of a town's roll-up (派出所), longest first
    party_columns: frozenset[str] = frozenset()  # titles of a column naming whom each row's case is against (被告)
    county_body_ends: tuple[str, ...] = ()  # what ends a county body's name (局, 办公室 …), longest first
    folder_words: tuple[str, ...] = ()  # what a town's folder may say beside its name (台账, 资料 …), longest first


@cache
def words() -> TownWords:
    raw = load_yaml((paths.SPECS / "towns.yaml").read_text(encoding="utf-8")) or {}
    return TownWords(
        frozenset(map(norm_header, raw.get("town_column", ()))),
        _longest_first(raw.get("town_suffixes", ())),
        _longest_first(raw.get("office_words", ())),
        _longest_first(raw.get("former_marks", ())),
        frozenset(map(norm_header, raw.get("office_column", ()))),
        _longest_first(raw.get("unit_offices", ())),
        frozenset(map(norm_header, raw.get("party_column", ()))),
        _longest_first(raw.get("county_body_ends", ())),
        tuple(sorted(raw.get("folder_words", ()), key=len, reverse=True)),
    )


def _longest_first(texts) -> tuple[str, ...]:
    """Longest first: 街道办事处 is taken off before 街道, 人民政府 before 政府."""
    return tuple(sorted(map(norm_header, texts), key=len, reverse=True))


def without_office(text: str) -> str:
    """A name without the office words after it (石板村人民调解委员会 → 石板村), as `_without_office` with the declared words."""
    return _without_office(text, words())


def unit_office(text: str) -> str:
    """The office keeping registers of its own that a row label names, bare or after a town's name (某镇派出所 →
    派出所), or "".

    >>> unit_office("某镇派出所"), unit_office("综合行政执法队"), unit_office("某镇人民调解委员会"), unit_office("1月")
    ('派出所', '综合行政执法队', '', '')
    """
    text = norm_header(text)
    return next((u for u in words().units if text.endswith(u)), "")


def town_of_folder(name: str) -> tuple[str, str] | None:
    """(the town, the rest of the name) of a folder named with a town's name and, before or after it, a year or the
    words a folder of ledgers carries (towns.yaml `folder_words`); None for a name that is a town's alone or says
    anything else.

    >>> town_of_folder("鲁桥镇2024年台账"), town_of_folder("2024年鲁桥镇"), town_of_folder("鲁桥镇_2024")
    (('鲁桥镇', '2024年台账'), ('鲁桥镇', '2024年'), ('鲁桥镇', '_2024'))
    >>> town_of_folder("鲁桥镇"), town_of_folder("台账乡"), town_of_folder("鲁桥镇晨光村")
    (None, None, None)
    """
    w = words()
    said = "|".join(map(re.escape, w.folder_words)) or "(?!)"
    rest = rf"(?:[\s_\-—（）()【】\[\]]|(?:19|20)\d\d\s*(?:年度|年)?|{said})*"
    suffix = "|".join(map(re.escape, w.suffixes))
    found = re.fullmatch(rf"(?P<pre>{rest})(?P<town>[\u4e00-\u9fff]+?(?:{suffix}))(?P<post>{rest})", name.strip())
    if not found or not (found["pre"] or found["post"]) or len(found["town"]) < 2:
        return None
    town = found["town"]
    if any(town.startswith(word) for word in w.folder_words) and not found["pre"]:
        return None  # 台账乡: a town's own name that opens with such a word
    return town, f"{found['pre']}{found['post']}"


def town_suffixes() -> tuple[str, ...]:
    """What ends a town's name (镇, 乡, 街道 …), longest first."""
    return words().suffixes


def _without_office(text: str, w: TownWords) -> str:
    """河湾镇人民政府 → 河湾镇: the office words after a town's name, however many."""
    changed = True
    while changed:
        changed = False
        for office in w.offices:
            if text.endswith(office) and len(text) > len(office):
                text, changed = text[: -len(office)], True
                break
    return text


def core(name: str) -> str:
    """A town's name without its office words and its 镇/乡/街道: what its short form writes.

    >>> core("河湾镇"), core("河湾镇人民政府"), core("城关街道办事处"), core("河湾")
    ('河湾', '河湾', '城关', '河湾')
    """
    w = words()
    text = _without_office(norm_header(name), w)
    for suffix in w.suffixes:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)]
    return text


def is_town(cell, town: str, former: tuple[str, ...] = ()) -> bool:
    """Whether a cell names the town: its full name, its short one, one of its offices, or the full name
    after the county's (清溪县河湾镇). A core of one character is compared only in full. `former`: the townships
    merged into the town in the year (params `former_towns`), whose names are the town's too, written alone or
    as a former one is (原新店乡, 新店乡（已撤并）).

    >>> [is_town(x, "河湾镇") for x in ("河湾镇", "河湾", "河湾镇司法所", "清溪县河湾镇", "石桥镇", "河湾村")]
    [True, True, True, True, False, False]
    >>> [is_town(x, "新合镇", ("新店乡",)) for x in ("原新店乡", "新店乡（已撤并）", "新店乡人民政府", "原石桥镇")]
    [True, True, True, False]
    """
    if not town:
        return False
    if _names_town(norm_header(cell), town):
        return True
    text = as_current(norm_header(cell))
    return any(_names_town(text, name) for name in former if name)


def _names_town(cell: str, town: str) -> bool:
    text = _without_office(cell, words())
    full = norm_header(town)
    own = core(full)
    return text == full or text.endswith(full) or (len(own) >= 2 and core(text) == own)


def marked_former(name: str) -> bool:
    """Whether a name is written as a former township's (原新店乡, 撤并前合兴镇): a township merged into some town, which
    one the name does not say.

    >>> marked_former("原新店乡"), marked_former("新店乡"), marked_former("原料厂")
    (True, False, False)
    """
    text = _without_office(norm_header(name), words())
    if not any(text.startswith(m) for m in words().former):
        return False
    rest = as_current(text)
    return rest != text and any(rest.endswith(s) and len(rest) > len(s) for s in words().suffixes)


def as_current(text: str) -> str:
    """A former township's name as written after its merger, without the words saying it is no more: 原新店乡 →
    新店乡, 新店乡（已撤并） → 新店乡 (fzlib/specs/towns.yaml `former_marks`)."""
    marks = words().former
    for prefix in marks:
        if text.startswith(prefix) and len(text) > len(prefix) + 1:
            text = text[len(prefix) :]
            break
    return re.sub(r"[（(][^（）()]*[）)]$", "", text) or text


def town_column(table: Table) -> Column | None:
    """The column whose title names each row's town (乡镇（街道）, 所属乡镇, 属地), holding words; None when none.

    A column naming each row's office (报备单位, 制定机关) is one only where its cells name two towns or more (a
    county's list: 河湾镇人民政府, 石桥镇人民政府): a town's own register names there the town alone or its offices.
    So is a column naming whom each row's case is against (被告, 被申请人), however few of its cells name a town: a
    town is never the defendant of another town's case, while a county's register is mostly its departments'."""
    w = words()
    for col in table.columns:
        if not col.path or col.index not in table.body:
            continue
        title = col.path[-1]
        if title not in w.columns and title not in w.office_columns and title not in w.party_columns:
            continue
        cells = table.body[col.index]
        filled = cells[cells.map(lambda x: norm_header(x) != "")]
        if not len(filled) or filled.map(_is_words).mean() < _WORDS_SHARE:
            continue
        if title in w.columns or _names_towns(filled, w, most=title not in w.party_columns):
            return col
    return None


def _names_towns(cells: pd.Series, w: TownWords, most: bool = True) -> bool:
    """Whether cells of an office column name two towns or more, most of them a town's name (石桥镇人民政府) or a
    county body's (县教育局): a county's list, its departments' rows beside the towns' (a portal's catalogue is
    mostly its bureaus'); `most=False`: any share of them."""
    texts = cells.map(lambda x: _without_office(norm_header(x), w))
    is_named = texts.map(lambda t: any(t.endswith(s) and len(t) > len(s) + 1 for s in w.suffixes))
    named = texts[is_named]
    county = sum(_county_body(t, w) for t in texts[~is_named])
    return (not most or (len(named) + county) * 2 >= len(texts)) and len({core(t) for t in named}) >= 2


def _county_body(text: str, w: TownWords) -> bool:
    """Whether a name is a county body's: the county's level (县, 区, 市) in its opening words, a bureau's or an
    office's word at its end.

    >>> [_county_body(t, words()) for t in ("县教育局", "澜浦县人民政府办公室", "区市场监督管理局", "党政办", "柳塘村")]
    [True, True, True, False, False]
    """
    return bool(_COUNTY_LEVEL.match(text)) and any(
        text.endswith(e) and len(text) > len(e) + 1 for e in w.county_body_ends
    )


# A county body's name opens with the county's level, alone (县教育局) or after the county's name (澜浦县…).
_COUNTY_LEVEL = re.compile(r"^[\u4e00-\u9fff]{0,6}?[县区市旗]")


def _is_words(x) -> bool:
    return isinstance(x, str) and not re.fullmatch(r"[\d\s.,，%％-]+", x)


@dataclass(frozen=True)
class Scope:
    """A table's rows by town: which are the town's own; the other towns named (with their rows) and blank cells."""

    column: Column
    own: pd.Series  # bool per body row
    others: dict[str, int]
    blank: int
    alone: str = ""  # the one town every row names (a single town's table), else ""

    @property
    def found(self) -> bool:
        return bool(self.own.any())


def scope(table: Table, town: str | None, former: tuple[str, ...] = ()) -> Scope | None:
    """The rows of a table with a town column, by whose they are; None for a table without one. The rows of a
    township merged into the town (`former`) are the town's: a county's form of the year lists it beside the town."""
    col = town_column(table)
    if col is None:
        return None
    cells = table.body[col.index]
    texts = cells.map(norm_header)
    names = pd.unique(texts[texts != ""])
    if len({core(t) for t in names}) == 1:
        # One town named in every row: an export or a form of a single town, not a county's table. The folder's
        # own (a params town left at its default, a blank cell, proves nothing against it), with a note when the
        # name differs from params.
        return Scope(col, pd.Series(True, index=texts.index), {}, 0, alone=str(names[0]))
    mine = {t: is_town(t, town or "", former) for t in names}
    own = texts.map(lambda t: mine.get(t, False)).astype(bool)
    others = texts[~own & (texts != "")].value_counts()
    return Scope(col, own, {str(k): int(v) for k, v in others.items()}, int((texts == "").sum()))


def alone(table: Table) -> str:
    """The one town every row of the table names (a form's 乡镇, a town's own export), "" for none or several.

    Tables that each name one town alone (a county's forms, a sheet per case) are told apart as titled tables
    are (other_towns_titled)."""
    found = scope(table, None)
    return found.alone if found is not None else ""


def rows_of_others(table: Table, own: pd.Series, reason: str, totals: bool = False) -> Table:
    """The table with only the town's own rows as records, the others set aside under `reason`; `totals`: the
    合计 rows too (a statistics table's 合计 is the county's, not the town's)."""
    body = table.body[own.to_numpy()]
    n = len(table.body) - len(body)
    aside = dict(table.set_aside)
    aside[reason] = aside.get(reason, 0) + n
    reasons = table.reasons
    if table.rows is not None and reasons is not None:
        reasons = reasons.copy()
        others = table.rows.index.isin(table.body.index[~own.to_numpy()])
        reasons[others | (np.isin(reasons, ["total"]) & totals)] = reason
    return replace(table, body=body, set_aside=aside, reasons=reasons)


def town_sheets(names: list[str], town: str | None, former: tuple[str, ...] = ()) -> tuple[set[str], set[str]]:
    """Of a book's sheet names, (the town's own, the other towns'). In a book of a sheet per town (one named
    after this town, or two named as towns: 石桥镇, 城关街道), a sheet named as a town that is not this one is
    another's, and so is one named by a short place name (石桥). A village's sheet (柳滩村), a month's, a
    summary or a table's name never is.

    >>> [sorted(x) for x in town_sheets(["城关街道", "石桥镇", "河湾", "龙口"], "河湾镇")]
    [['河湾'], ['城关街道', '石桥镇', '龙口']]
    >>> town_sheets(["河湾镇", "柳滩村", "1月"], "河湾镇"), town_sheets(["河湾镇", "柳滩村"], None)
    (({'河湾镇'}, set()), (set(), set()))
    >>> [sorted(x) for x in town_sheets(["城关街道", "石桥镇", "河湾"], "旺草镇")]
    [[], ['城关街道', '河湾', '石桥镇']]
    """
    w = words()
    mine = _names_of(town) | {n for f in former for n in _names_of(f)} if town else set()
    own = {
        n
        for n in names
        if is_town(n, town or "", former)
        and (_without_office(norm_header(n), w) in mine or as_current(_without_office(norm_header(n), w)) in mine)
    }
    named, places = set(), set()
    for n in names:
        text = _without_office(norm_header(n), w)
        if n in own or not text or text.endswith(_VILLAGE_ENDS) or any(x in text for x in _TABLE_WORDS):
            continue
        if _PERIOD.match(text) or is_instructions(n) or is_front_matter(n):
            continue
        if any(text.endswith(s) and 2 <= len(text) - len(s) <= 6 for s in w.suffixes):
            named.add(n)
        elif _PLACE.match(text):
            places.add(n)
    # Only a book of a sheet per town (this town's beside others, or two others' named as towns) tells: a lone
    # sheet named as a town beside its villages' is most likely the town's own (its 调委会's cases). A short
    # place name (柳塘) is a town's only among sheets named as towns: beside the town's own sheet alone it is as
    # likely a village's (the tables' titles still tell a county's book, see other_towns_titled).
    if len(named) >= 2:
        return own, named | places
    return own, (named if own else set())


# A village's sheet names the village alone: not a sheet over several (各村, 全村) nor a summary (村汇总).
_COLLECTIVE = ("各", "全", "所有", "汇总", "合计", "小计")


def village_of_sheet(name: str) -> str:
    """The village a sheet is named after (柳滩村, 尹珍社区, 三组), or "": a town's book kept a sheet per village.

    >>> [village_of_sheet(n) for n in ("柳滩村", " 尹珍社区 ", "各村", "村汇总", "2024年", "Sheet1", "三组")]
    ['柳滩村', '尹珍社区', '', '', '', '', '三组']
    """
    text = norm_header(name)
    if not 2 <= len(text) <= 8 or not text.endswith(_VILLAGE_ENDS) or any(w in text for w in _COLLECTIVE):
        return ""
    return text


# A file named after one village or community (小旺草村矛盾纠纷月报表.xlsx, 尹珍社区人民调解台账.xlsx): its name opens
# with the village's. Words of all or any village (各村, 全村, 本村) name none.
_FILE_VILLAGE = re.compile(r"^([\u4e00-\u9fff]{1,6}?(?:村|社区))")
_NOT_ONE_VILLAGE = ("各", "全", "所有", "本", "每", "该", "行政")


def village_of_file(name: str) -> str:
    """The village a file's name opens with, or "".

    >>> [village_of_file(n) for n in ("小旺草村矛盾纠纷月报表.xlsx", "尹珍社区台账.xlsx", "各村汇总.xlsx", "村调委会台账.xlsx")]
    ['小旺草村', '尹珍社区', '', '']
    >>> village_of_file("旺草镇矛盾纠纷排查台账.xlsx"), village_of_file("东村.xlsx"), village_of_file("本村台账.xlsx")
    ('', '东村', '')
    """
    found = _FILE_VILLAGE.match(norm_header(Path(name).stem))
    village = found.group(1) if found else ""
    return "" if any(w in village for w in _NOT_ONE_VILLAGE) else village


# A cell that is a village's name alone (石羊村, 尹珍社区): what a register's 村（社区） column writes.
_VILLAGE_CELL = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:村|社区|居委会)")


def villages_named(files: list[dict], tables) -> frozenset[str]:
    """The villages a folder names as such, with and without their ending (石羊村 and 石羊): a file or sheet named
    after one, or a text cell of a cleaned table that is one's name alone. Evidence that the word is a place wherever
    it stands without its ending (石羊调解台账).

    >>> sorted(villages_named([{"file": "石羊村矛盾纠纷台账.xlsx", "sheets": [{"sheet": "尹珍社区"}]}], []))
    ['尹珍', '尹珍社区', '石羊', '石羊村']
    >>> sorted(villages_named([], [pd.DataFrame({"village": ["沙坝村", "各村"], "note": ["王建国社区矫正", None]})]))
    ['沙坝', '沙坝村']
    """
    named = {village_of_file(e["file"]) for e in files}
    named |= {village_of_sheet(s["sheet"]) for e in files for s in e.get("sheets", ()) if isinstance(s["sheet"], str)}
    for table in tables:
        for column, dtype in table.dtypes.items():
            if (
                str(column).startswith("_")
                or pd.api.types.is_numeric_dtype(dtype)
                or pd.api.types.is_datetime64_any_dtype(dtype)  # no cell of it is a text
            ):
                continue
            # The column's distinct cells, missing ones among them (no text: passed over below), from its array: a
            # Series' dropna costs most of a millisecond whatever its length, and a cleaned table has some twenty
            # columns, most of them empty in a small folder.
            uniques = table[column].array.unique()
            if isinstance(uniques.dtype, pd.StringDtype):
                # Python strings out of Arrow in one pass: an Arrow column iterated boxes each text in a call of its own
                # (a register's 105,600 case numbers cost more to iterate than to match).
                uniques = uniques.to_numpy(dtype=object)
            elif isinstance(uniques, pd.arrays.NumpyExtensionArray):  # Python objects: iterated as they are
                uniques = uniques.to_numpy()
            # Builtins mapped over the texts, a Python step only per match (a register's case numbers are distinct).
            texts = compress(uniques, map(isinstance, uniques, repeat(str)))
            named.update(m.group(0) for m in filter(None, map(_VILLAGE_CELL.fullmatch, map(str.strip, texts))))
    named = {v for v in named if v and not any(w in v for w in (*_COLLECTIVE, *_NOT_ONE_VILLAGE))}
    stems = {m.group(1) for v in named if (m := _VILLAGE_CELL.fullmatch(v))}
    return frozenset(named | stems)


def _names_of(town: str | None) -> set[str]:
    """The names a sheet of the town is given: its full name and its short one."""
    if not town:
        return set()
    full = norm_header(town)
    return {full, core(full)}


# A title opening with a town's name (石桥镇2024年人民调解案件登记台账, 城关街道人民调解…): two to six characters
# before 镇/乡/街道 at its very start. Words of a county or of all towns (各乡镇, 全县) are no town's name.
_TITLE_TOWN = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,6}?[县市区旗])?([\u4e00-\u9fff]{2,6}?(?:街道|镇|乡))")
_NOT_A_NAME = ("各", "全", "县", "市", "区", "省")


def named_in_title(title: str) -> str:
    """The town a table's title opens with, or "".

    >>> named_in_title("石桥镇2024年人民调解案件登记台账"), named_in_title("清溪县城关街道人民调解台账")
    ('石桥镇', '城关街道')
    >>> named_in_title("2024年某县矛盾纠纷台账"), named_in_title("全县各乡镇信访统计"), named_in_title("某镇台账")
    ('', '', '')
    >>> named_in_title("行政许可 云溪街道2024年行政许可公示"), named_in_title("石 桥 镇 调 解 台 账")
    ('云溪街道', '石桥镇')
    """
    name = _opening_town(title[:40] if title else "")
    # Two lines above the header read as one (a tab's name 行政许可 over 云溪街道2024年…): the later line's town, not
    # the lines run together (行政许可云溪街道).
    for line in (title[:40] if title else "").split()[1:]:
        later = _opening_town(line)
        if later and name != later and name.endswith(later):
            return later
    return name


def _opening_town(text: str) -> str:
    found = _TITLE_TOWN.match(norm_header(text))
    name = found.group(1) if found else ""
    return "" if any(w in name for w in _NOT_A_NAME) else name


def county_towns_titled(
    titled: list[str], town: str | None, former: tuple[str, ...], county: tuple[str, ...]
) -> list[str]:
    """Of a kind's tables, by the town each title opens with ("" for none), the other town of the county (`county`: its
    towns' folders) each names, "" for a title naming none of them or the town itself. Unlike a title read alone
    (other_towns_titled), a county run knows the town: its folder, beside the other towns' own.

    >>> county_towns_titled(["甲镇", "乙镇", "丙镇", ""], "乙镇", (), ("甲镇", "乙镇"))
    ['甲镇', '', '', '']
    """
    if not town:
        return [""] * len(titled)
    found = []
    for title in titled:
        other = "" if not title or is_town(title, town, former) else next((t for t in county if is_town(title, t)), "")
        found.append(other if other != town else "")
    return found


def other_towns_titled(titled: list[str], town: str | None, former: tuple[str, ...] = ()) -> list[bool]:
    """Of a kind's tables, by the town each title opens with ("" for none), which are another town's: only
    where the titles name two towns or more (the county's tables, a sheet per town left as Sheet1…); a
    title naming a town alone says nothing against the params (its own ledgers, whatever `town` says).

    >>> other_towns_titled(["石桥镇", "河湾镇", ""], "河湾镇"), other_towns_titled(["石桥镇", "石桥镇"], "河湾镇")
    ([True, False, False], [False, False])
    >>> other_towns_titled(["原新店乡", "原合兴镇", "新合镇", "石桥镇"], "新合镇", ("新店乡", "合兴镇"))
    [False, False, False, True]
    """
    if len({core(t) for t in titled if t}) < 2:
        return [False] * len(titled)
    return [bool(t) and not is_town(t, town or "", former) for t in titled]
