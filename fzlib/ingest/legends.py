"""What a book says its codes mean: legends written outside the cells (a 代码表 sheet, a 填表说明 line, a note under
the table), and a table's coded columns read as the words they stand for.

Statistics systems and disciplined offices record a value as its code (化解情况 1, 纠纷类型 01) and explain the codes
once: in a two-column 代码 | 名称 table under the field's name, or in a line 办理状态代码：01 已化解 02 正在化解, or
注：调解结果 1=调解成功 2=调解不成功. A legend names its column, so it applies to that column only, and only in its own
book (another office's 1 may mean something else). A code the legend does not list is left as written: the cleaner
then says it is unknown, and no figure rests on a guess.
"""

from __future__ import annotations

import colorsys
import re
import unicodedata
from dataclasses import replace

import pandas as pd

from fzlib.ingest.cleaners.cells import retyped_value
from fzlib.ingest.locate import Column, Table, norm_header, without_unit

# The titles of a code list's two columns (代码 | 名称, 编码 | 含义, 代码值 | 代码名称).
CODE_TITLES = frozenset(("代码", "编码", "代码值", "编码值", "代号", "字典值", "值"))
MEANING_TITLES = frozenset(("名称", "含义", "代码名称", "代码含义", "说明", "字典标签", "名称或含义", "内容"))
# A column titled by what its cells are codes of (纠纷类型代码, 化解情况编码): named by the field without the word.
_CODE_SUFFIX = re.compile(r"(?:代码|编码|代号)(?:表)?$")
# A line explaining codes: optional 注： or 1. before it, a field's name, then two or more code–word pairs
# (1=调解成功 2=调解不成功, 01 已化解 02 正在化解, A许可 B处罚); several such parts separated by ；.
# A code is digits, a letter, or the initials of the words' pinyin an office abbreviates them by (YHJ=已化解). The
# field's name may be followed by 栏 or 列 and by how the column is filled in (办理状态栏按拼音首字母填写，YHJ=…).
# A mark is a code too (注：调解结果栏 √表示调解成功，×表示调解不成功; 服务类型栏标★的为出具法律意见书): a symbol, perhaps
# after 标 / 画 and before 的, then 为 / 表示 / 代表 as the word's link. Marks stand out from prose, so one such pair
# is a legend, where codes of digits and letters need two.
MARKS = "√×○●◎★☆△▲▽◇◆✓✔✗✘※"
_CODE = rf"(?:标有|标|画|打)?(\d{{1,3}}|[A-Za-z]{{1,6}}|[{MARKS}])(?:的|者)?"
_PAIR = (
    rf"{_CODE}\s*(?:[=:：、．.\-－—]|为|表示|代表|即)?\s*([\u4e00-\u9fff][\u4e00-\u9fff（）()]{{0,11}})\s*[,，、/]?\s*"
)
_HOW = r"(?:[栏列])?(?:(?:按|用|以)[^=:：，,；;]{0,15}?(?:填写|填报|填|写|记录|表示))?"
_PART = re.compile(rf"^([\u4e00-\u9fff][\u4e00-\u9fff（）()]{{1,15}}?){_HOW}\s*[,，:：]?\s*((?:{_PAIR}){{1,}})$")
# A line that may hold a legend: a digit, or a letter code before its word (YHJ=已化解).
_MAY_HOLD_CODES = re.compile(rf"\d|[A-Za-z]\s*[=:：]|[{MARKS}]")
_PAIRS = re.compile(_PAIR)
_LEAD = re.compile(
    r"^\s*(?:(?:注|填表说明|填报说明|说明|备注)\s*\d?\s*[:：]?)?\s*(?:\d{1,2}\s*[.、．]\s*|[（(]\d{1,2}[）)]\s*)?"
)


def code_key(value) -> str:
    """A cell as a code is compared: 01, 1, 1.0 and " 1" are one code; a letter in either case (c, C) too.

    >>> [code_key(v) for v in ("01", 1, 1.0, " 1 ", "c", "09", "许可", "yhj")]
    ['1', '1', '1', '1', 'C', '9', '许可', 'YHJ']
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if text.isdigit():
        return text.lstrip("0") or "0"
    return text.upper() if len(text) <= 6 and text.isascii() and text.isalpha() else text


def field_name(title: str) -> str:
    """A legend's or a column's title as the two are matched: 纠纷类型代码 → 纠纷类型, 化解情况编码： → 化解情况."""
    bare = without_unit(norm_header(title)).rstrip(":：")
    return _CODE_SUFFIX.sub("", bare) or bare


def line_legends(text: str) -> dict[str, dict[str, str]]:
    """The legends a line of text gives (field → code → word), {} when it is not such a line.

    >>> line_legends("注：调解结果 1=调解成功 2=调解不成功 3=终止调解；协议形式 1=口头 2=书面。")
    {'调解结果': {'1': '调解成功', '2': '调解不成功', '3': '终止调解'}, '协议形式': {'1': '口头', '2': '书面'}}
    >>> line_legends("2. 交办单位代码：1 县联办 2 市联办 3 本级受理")
    {'交办单位': {'1': '县联办', '2': '市联办', '3': '本级受理'}}
    >>> line_legends("2. 调解结果：1-调解成功，2-调解不成功，3-调解终止")  # a system's 导出说明
    {'调解结果': {'1': '调解成功', '2': '调解不成功', '3': '调解终止'}}
    >>> line_legends("填表说明：化解情况 1=已化解 2=化解中")
    {'化解情况': {'1': '已化解', '2': '化解中'}}
    >>> line_legends("注：办理状态栏按拼音首字母填写，YHJ=已化解，ZZHJ=正在化解。")
    {'办理状态': {'YHJ': '已化解', 'ZZHJ': '正在化解'}}
    >>> line_legends("注：调解结果栏 √表示调解成功，×表示调解不成功，○表示调解中。")
    {'调解结果': {'√': '调解成功', '×': '调解不成功', '○': '调解中'}}
    >>> line_legends("注：服务类型栏标★的为出具法律意见书。")
    {'服务类型': {'★': '出具法律意见书'}}
    >>> line_legends("1. 信访编号按县信访信息系统编号填写。"), line_legends("邻里纠纷 2024年3月5日")
    ({}, {})
    """
    if not isinstance(text, str) or len(text) > 300:
        return {}
    body = _LEAD.sub("", unicodedata.normalize("NFKC", text).strip(), count=1)
    out: dict[str, dict[str, str]] = {}
    for part in filter(None, (p.strip() for p in re.split(r"[；;。\n]", body))):
        m = _PART.match(part)
        if not m:
            return {}  # a line is a legend throughout, or not one: prose that happens to hold numbers is not
        pairs = {code_key(c): w for c, w in _PAIRS.findall(m.group(2))}
        if len(pairs) < 2 and not (pairs and all(c in MARKS for c in pairs)):
            return {}
        out[field_name(m.group(1))] = pairs
    return out


# A legend of colours: the office marks each row's state by its fill and says so under the table (注：绿色为已化解，黄色为
# 化解中，红色为未化解). Kept among the book's legends under this key, colour → word; read into a table's rows by
# `coloured`. A line of one colour (红色加粗字体的为重复信访事项) is no such legend: it marks, it does not sort.
COLOURS = "（填充色）"
_COLOUR_WORDS = {
    "粉红": "红",
    "红": "红",
    "橙": "橙",
    "橘黄": "橙",
    "橘": "橙",
    "黄": "黄",
    "绿": "绿",
    "蓝": "蓝",
    "紫": "紫",
    "灰": "灰",
}
_COLOUR_PAIR = re.compile(
    rf"(?:标|填充|底色为?|背景色?为?)?({'|'.join(_COLOUR_WORDS)})色?(?:底色?|填充|背景)?(?:的)?(?:行|记录|事项)?"
    r"\s*(?:为|表示|代表|即|是|[=:：])\s*([\u4e00-\u9fff][\u4e00-\u9fff（）()]{0,11})"
)


# A legend of font colours (注：红色字体为化解中，黑色字体为已化解): the same, by the colour the rows are typed in. Black is
# the colour of a row typed as the book's default is.
FONTS = "（字体颜色）"
_FONT_PAIR = re.compile(
    rf"(?:标|用)?({'|'.join((*_COLOUR_WORDS, '黑'))})色?(?:字体|文字|字)(?:的)?(?:行|记录|事项)?"
    r"\s*(?:为|表示|代表|即|是|[=:：])\s*([\u4e00-\u9fff][\u4e00-\u9fff（）()]{0,11})"
)


def _legend_pairs(text: str, pair: re.Pattern) -> dict[str, str]:
    if not isinstance(text, str) or len(text) > 200:
        return {}
    body = _LEAD.sub("", unicodedata.normalize("NFKC", text).strip(), count=1)
    pairs: dict[str, str] = {}
    for part in filter(None, re.split(r"[，,、；;。\s]+", body)):
        m = pair.fullmatch(part)
        if not m:
            return {}
        pairs[_COLOUR_WORDS.get(m.group(1), m.group(1))] = m.group(2)
    return pairs if len(pairs) >= 2 else {}


def font_legend(text: str) -> dict[str, str]:
    """The font colours a line explains (colour → word), {} when it is not a legend of two colours or more: one
    colour marks some rows, it says nothing of the others.

    >>> font_legend("注：红色字体为化解中，黑色字体为已化解。"), font_legend("注：红色字体为化解中。")
    ({'红': '化解中', '黑': '已化解'}, {})
    >>> font_legend("注：绿色为已化解，黄色为化解中。")
    {}
    """
    return _legend_pairs(text, _FONT_PAIR)


def colour_legend(text: str) -> dict[str, str]:
    """The colours a line explains (colour → word), {} when it is not a legend of two colours or more.

    >>> colour_legend("注：绿色为已化解，黄色为化解中，红色为未化解。")
    {'绿': '已化解', '黄': '化解中', '红': '未化解'}
    >>> colour_legend("注：红色加粗字体的为重复信访事项。"), colour_legend("绿色通道")
    ({}, {})
    """
    return _legend_pairs(text, _COLOUR_PAIR)


# The hue of each colour word, in degrees: Excel's standard colours (红 FF0000, 橙 FFC000, 黄 FFFF00, 绿 00B050, 蓝 0070C0,
# 紫 7030A0) and its 好 / 适中 / 差 cell styles' light fills (C6EFCE, FFEB9C, FFC7CE) fall near them.
_HUES = {"红": 0, "橙": 35, "黄": 58, "绿": 105, "蓝": 210, "紫": 280}


def colour_name(rgb: str, among=tuple(_HUES) + ("灰",)) -> str | None:
    """The colour word, of those `among` (a legend's), nearest a fill's (RRGGBB) hue, within 50 degrees; black for a
    colourless one near black where black is among them (a font's), else grey for a colourless fill that is not near
    white; None for a near-white fill or a hue no word is near.

    >>> [colour_name(c, "绿黄红") for c in ("C6EFCE", "FFEB9C", "FFC7CE", "FF0000", "92D050", "D9D9D9", "0070C0")]
    ['绿', '黄', '红', '红', '绿', None, None]
    >>> colour_name("FFC000", "橙黄"), colour_name("FFFF00", "橙黄"), colour_name("D9D9D9"), colour_name("FDFDFD")
    ('橙', '黄', '灰', None)
    """
    try:
        r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return None
    if max(r, g, b) - min(r, g, b) < 0.08:
        if max(r, g, b) < 0.3 and "黑" in among:
            return "黑"
        return "灰" if max(r, g, b) < 0.95 and "灰" in among else None
    hue = colorsys.rgb_to_hls(r, g, b)[0] * 360
    near = sorted((min(abs(hue - h), 360 - abs(hue - h)), name) for name, h in _HUES.items() if name in among)
    return near[0][1] if near and near[0][0] <= 50 else None


def coloured(
    table: Table, row_fills, legend: dict[str, str] | None, title: str, by: str = "填充色"
) -> tuple[Table, str]:
    """The table with a column `title` whose cells are the legend's word for each row's fill colour (None for a row
    of no colour the legend names), and that column's display; the table as it is when the book has no legend of
    colours, its rows no fills, or no row a colour of the legend."""
    if not legend or not row_fills or not title or table.body is None or not len(table.body):
        return table, ""
    words = {row + 1: legend.get(colour_name(rgb, tuple(legend)) or "") for row, rgb in row_fills}
    cells = [words.get(int(r)) for r in table.body.index]
    if not any(cells):
        return table, ""
    index = max([c.index for c in table.columns] + [int(c) for c in table.body.columns], default=-1) + 1
    shown = f"{title}（按行的{by}：" + "，".join(f"{c}色为{w}" for c, w in legend.items()) + "）"
    body = table.body.copy()
    body[index] = cells
    rows = table.rows
    if rows is not None:
        rows = rows.copy()
        rows[index] = [words.get(int(r)) for r in rows.index]
    column = Column(index, (norm_header(title),), shown)
    return replace(table, columns=[*table.columns, column], body=body, rows=rows), shown


def _texts(row) -> list[str]:
    return [str(c).strip() for c in row if c is not None and str(c).strip() not in ("", "nan", "None")]


def _filled_counts(rows) -> list[int]:
    """Per row, its filled cells (neither "" nor None): a row of more than three is a record's, never a legend's line
    or a code list's header. Counted by builtins, once per sheet for both (a register's every row comes here), without
    turning a cell into text."""
    return [
        len(row) - row.count("") - row.count(None)
        if type(row) is list
        else sum(1 for c in row if c is not None and c != "")
        for row in rows
    ]


def list_legends(rows: list[list], filled: list[int] | None = None) -> dict[str, dict[str, str]]:
    """The legends of code lists in a sheet's rows: under a line naming the field (纠纷类型代码), a header
    代码 | 名称 and rows of code and word; or a header 项目 | 代码 | 名称 whose first column names the field.
    `filled`: the rows' `_filled_counts`, when the caller has counted them.

    >>> list_legends([["化解情况代码"], ["代码", "名称"], ["1", "已化解"], [2, "化解中"], [], ["说明：略"]])
    {'化解情况': {'1': '已化解', '2': '化解中'}}
    """
    out: dict[str, dict[str, str]] = {}
    title, columns = "", None
    for row, n in zip(rows, _filled_counts(rows) if filled is None else filled):
        if columns is None and n > 3:
            continue  # no header of a code list (three titles at most), and no line naming a field
        cells = [("" if c is None else str(c).strip()) for c in row]
        texts = _texts(row)
        heads = [norm_header(c) for c in cells]
        if len(texts) >= 2 and (at := _header_at(heads)) is not None:
            columns = at
            continue
        if columns is not None and len(texts) >= 2:
            named, code_col, word_col = columns
            code = cells[code_col] if code_col < len(cells) else ""
            word = cells[word_col] if word_col < len(cells) else ""
            field = field_name(cells[named]) if named is not None and named < len(cells) and cells[named] else title
            if code and word and field and len(code_key(code)) <= 4:
                out.setdefault(field, {})[code_key(code)] = word
                continue
        columns = None
        if len(texts) == 1:
            title = field_name(texts[0])
    return {f: codes for f, codes in out.items() if len(codes) >= 2}


def _header_at(heads: list[str]) -> tuple[int | None, int, int] | None:
    """(field column or None, code column, word column) when the row is a code list's header: 代码 beside 名称 in
    either order (a sheet re-saved with its columns reversed), at most one other title (the field's), nothing more.

    >>> _header_at(["代码", "名称"]), _header_at(["名称", "代码", "项目"]), _header_at(["序号", "代码", "名称", "日期"])
    ((None, 0, 1), (2, 1, 0), None)
    """
    titled = [k for k, h in enumerate(heads) if h]
    if len(titled) > 3:
        return None
    for i in titled:
        if heads[i] not in CODE_TITLES:
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(heads) and heads[j] in MEANING_TITLES:
                others = [k for k in titled if k not in (i, j)]
                return (others[0] if others else None), i, j
    return None


# A system's data dictionary (字段说明 / 数据字典 sheet of an export): a row per field, its name in one column and, in
# another, the codes it takes (1-调解成功；2-调解不成功), beside other columns (字段代码, 类型, 长度).
DICTIONARY_FIELD_TITLES = frozenset(
    ("字段名称", "字段名", "字段", "列名", "字段中文名", "中文名称", "数据项", "数据项名称")
)
DICTIONARY = "数据字典（字段名称 | 取值说明）"
DICTIONARY_VALUE_TITLES = frozenset(
    ("取值说明", "取值", "取值范围", "值域", "代码值说明", "字典值", "可选值", "字段说明", "说明")
)


def _dictionary_at(heads: list[str]) -> tuple[int, int] | None:
    """(field column, values column) when the row is a data dictionary's header: a field title and a values title
    among at most six titles (字段名称 | 字段代码 | 类型 | 取值说明).

    >>> _dictionary_at(["字段名称", "字段代码", "类型", "取值说明"]), _dictionary_at(["序号", "案件编号", "说明"])
    ((0, 3), None)
    """
    titled = [k for k, h in enumerate(heads) if h]
    if len(titled) > 6:
        return None
    field = next((k for k in titled if heads[k] in DICTIONARY_FIELD_TITLES), None)
    values = next((k for k in titled if heads[k] in DICTIONARY_VALUE_TITLES and k != field), None)
    return None if field is None or values is None else (field, values)


def _dictionary_header(rows: list[list]) -> tuple[int, tuple[int, int]] | None:
    """Where a data dictionary's header stands (its row, its field and values columns): among a sheet's first
    filled rows (a title or two above). Only those rows are looked at: a register's thousands are passed over."""
    filled = [i for i, r in enumerate(rows[:30]) if _texts(r)][:4]
    for i in filled:
        at = _dictionary_at([norm_header("" if c is None else str(c).strip()) for c in rows[i]])
        if at is not None:
            return i, at
    return None


def dictionary_legends(rows: list[list]) -> dict[str, dict[str, str]]:
    """The legends of a data dictionary's rows: each field's codes, read as the line 字段：codes would be.

    >>> dictionary_legends([["字段名称", "字段代码", "取值说明"], ["受理日期", "slrq", "yyyy-MM-dd"],
    ...                     ["调解结果", "tjjg", "1-调解成功；2-调解不成功"]])
    {'调解结果': {'1': '调解成功', '2': '调解不成功'}}
    """
    out: dict[str, dict[str, str]] = {}
    if (header := _dictionary_header(rows)) is None:
        return out
    at, columns = header
    for row in rows[at + 1 :]:
        cells = [("" if c is None else str(c).strip()) for c in row]
        field, values = (cells[k] if k < len(cells) else "" for k in columns)
        if field and values and _MAY_HOLD_CODES.search(values):
            # the codes of one field may be parted by ；, as the parts of a line name several fields
            pairs = line_legends(f"{field}：{re.sub(r'[；;]', '，', values)}")
            out.update({name: codes for name, codes in pairs.items() if name == field_name(field)})
    return out


def is_dictionary_sheet(rows: list[list]) -> bool:
    """A sheet that is a data dictionary: among its first filled rows (a title or two above), a dictionary's header.
    Its rows name fields, one a row: read as a table they look like a register's header turned down a column."""
    return _dictionary_header(rows) is not None


def book_legends(sheets) -> dict[str, dict[str, str]]:
    """Every legend written in a book's sheets: code lists, and lines (a 填表说明, a note under a table) that hold
    one text alone in their row, or that text again beside it (the register and its note copied beside themselves).
    A field explained twice with different words keeps neither (no guess)."""
    found: list[dict[str, dict[str, str]]] = []
    for sheet in sheets:
        filled = _filled_counts(sheet.rows)
        found.append(list_legends(sheet.rows, filled))
        found.append(dictionary_legends(sheet.rows))
        lines = []
        for row, n in zip(sheet.rows, filled):
            if n > 3:
                continue  # a record's row (more than three cells) is no line of legend
            texts = list(dict.fromkeys(_texts(row)))
            if len(texts) == 1:
                lines.append(texts[0])
        # A Word table's paragraphs under it are the rows a workbook holds under its table.
        for text in [*lines, *getattr(sheet, "notes", ())]:
            if _MAY_HOLD_CODES.search(text):
                found.append(line_legends(text))
            elif colours := colour_legend(text):
                found.append({COLOURS: colours})
            elif inks := font_legend(text):
                found.append({FONTS: inks})
    out: dict[str, dict[str, str]] = {}
    clashing: set[str] = set()
    for legends in found:
        for field, codes in legends.items():
            if field in out and out[field] != codes:
                clashing.add(field)
            out.setdefault(field, codes)
    return {f: c for f, c in out.items() if f not in clashing}


def is_code_list(table: Table) -> bool:
    """A table headed 代码 | 名称, perhaps after the field's column (a 代码表 or 字典 sheet), or a data dictionary
    (字段名称 | … | 取值说明): the meaning of codes, not records. A wider table with a 代码 column (a statistics form's 指标 | 代码 | 本期 | 累计) is not one."""
    leaves = [c.leaf for c in table.columns if c.leaf]
    return _header_at(leaves) is not None or _dictionary_at(leaves) is not None


def decoded(table: Table, legends: dict[str, dict[str, str]]) -> tuple[Table, list[str]]:
    """The table with each column a legend names read as the legend's words (codes it does not list left as they
    are), its title without 代码; and the titles of the columns so read."""
    if not legends or table.body is None:
        return table, []
    columns, body, rows, shown = list(table.columns), table.body, table.rows, []
    for k, col in enumerate(columns):
        codes = legends.get(field_name(col.leaf)) if col.leaf else None
        if not codes or col.index not in body.columns:
            continue
        if body is table.body:
            body = body.copy()
            rows = rows.copy() if rows is not None else None
        body[col.index] = _words(body[col.index], codes)
        if rows is not None and col.index in rows.columns:
            rows[col.index] = _words(rows[col.index], codes)
        columns[k] = replace(col, path=(*col.path[:-1], field_name(col.leaf)))
        shown.append(col.display)
    if not shown:
        return table, []
    return replace(table, columns=columns, body=body, rows=rows), shown


def _retyped_code(cell, codes: dict[str, str]):
    """A code retyped in its cell (2→1, 2（改为1）) with its new code read as the legend's word, the correction kept
    for the cleaners to read (fzlib/specs/corrections.yaml); any other cell as it is.

    >>> _retyped_code("2→1", {"1": "调解成功", "2": "调解不成功"}), _retyped_code("2→9", {"1": "调解成功"})
    ('2→调解成功', '2→9')
    """
    new = retyped_value(cell) if isinstance(cell, str) else None
    if new is None or code_key(new) not in codes:
        return cell
    at = cell.rfind(new)
    return cell[:at] + codes[code_key(new)] + cell[at + len(new) :]


def _words(cells: pd.Series, codes: dict[str, str]) -> pd.Series:
    def word(cell):
        if cell is None or (isinstance(cell, float) and pd.isna(cell)) or isinstance(cell, bool):
            return cell
        found = codes.get(code_key(cell))
        return found if found is not None else _retyped_code(cell, codes)

    return cells.map(word).astype(object)
