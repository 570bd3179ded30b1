"""A year's parameters (params/<year>.yaml): defaults, the declared rules each is checked against, loading (bounded YAML, UTF-8 or GBK); the report's title."""

from __future__ import annotations

import datetime as dt
import difflib
import errno
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from fzlib import paths
from fzlib.errors import UserProblem
from fzlib.spec import SAFE_LOADER, load_yaml

DEFAULTS: dict[str, Any] = {
    "year": None,
    "town": "旺草镇",
    "county": "绥阳县",
    "sample": False,  # the ledgers are illustrative sample data: the report says so
    "report_date": None,  # the date printed on the report (never the clock)
    "targets": {},  # figure name → {min: x} or {max: x}, e.g. disputes.resolution_rate ≥ 0.95
    "subsidy_standard": {},  # mediation subsidy standard (以案定补), yuan per case
    "kinds": {},  # file name → ledger kind, for files that cannot be told by their headers
    "exclude": [],  # file names deliberately left out of this year's figures
    "small_count_threshold": 3,
    "draft": None,  # a draft report text to check (fzlib check) in the data-quality section
    # A figure whose ledger has more than this share of records it cannot use is not published.
    "max_unusable_share": 0.0,
    # true: no report while the ledgers hold 错误 (by default the report is made and marked 草稿).
    "strict": False,
    "issuer": None,  # the 落款 of the Word report; default: <town>人民政府
    "word_template": None,  # a unit's own .docx/.dotx whose styles the Word report uses (path from the project folder)
    # --- how the town's ledgers are written (read by `clean`; the package's specs stay untouched) ---
    # The town's own header aliases: {ledger kind: {field: [header, …]}}, e.g. {disputes: {status: [处理结果]}}.
    "aliases": {},
    # The town's own value variants: {vocabulary: {canonical value: [variant, …]}} (names as in
    # fzlib/specs/vocabularies.yaml), e.g. {dispute_status: {已化解: [已息诉]}}.
    "variants": {},
    # Which column holds a field where the by-content choice was wrong: {file name (or 文件名「工作表」):
    # {field: column letter or header}}, e.g. {2024年法律顾问台账.xlsx: {service: D}}.
    "columns": {},
    # Hidden sheets are not read (often void copies); list the ones to read (sheet name, file name,
    # or 文件名「工作表」), or true for all.
    "hidden_sheets": [],
    # A quantity written as a range ("2-3次") counts its low end, its high end or the middle: low | high | mid.
    "range_quantity": "low",
    # A ledger beside its later version (台账.xlsx and 台账（修改稿）.xlsx) is not read; list the earlier files to
    # read all the same (file names), or true for all: an office whose 修改稿 holds only the changed records.
    "earlier_versions": [],
    # The townships merged into the town in the year (撤乡并镇, e.g. [新店乡, 合兴镇]): their books of the months
    # before the merger (titled 原新店乡…) and their rows in a county's forms are the town's own.
    "former_towns": [],
}

# A params file is a few hundred bytes; anything this large is not one.
MAX_BYTES = 256 * 1024


@dataclass(frozen=True)
class Rule:
    """How one parameter (or one item of it) is checked.

    `type`: int, number, text, bool, date, map, list or any; a tuple allows either type (the
    constraints apply to whichever it is). `optional`: None (YAML `~` or nothing) is allowed.
    `minimum`/`maximum`: bounds of a number. `choices`: the allowed values, or "kinds" / "figures"
    for the declared ledger kinds and figure names. `keys`/`items`: the rules of a map's keys and of
    a map's or list's items. `example`: shown in the message when a value is wrong.
    """

    type: str | tuple[str, ...]
    optional: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple | str | None = None
    keys: Rule | None = None
    items: Rule | None = None
    example: str = ""
    # Each item is one word (a header, a variant, a town): a Chinese comma or 顿号 written in one plain item parts
    # two words the analyst meant, which YAML (whose lists part items by "," only) reads as one that matches nothing.
    one_word: bool = False


_AMOUNT = Rule("number", minimum=0, example="50")
_WORDS_LIST = Rule("list", items=Rule(("text", "int"), one_word=True), example="[处理结果, 办理结果]")
# The rules of DEFAULTS' keys. A key added to DEFAULTS without a rule is checked by its default's type.
SCHEMA: dict[str, Rule] = {
    "year": Rule("int", minimum=2000, maximum=2100, example="2024"),
    "town": Rule("text", example="旺草镇"),
    "county": Rule("text", example="绥阳县"),
    "sample": Rule("bool", example="false"),
    "report_date": Rule("date", optional=True, example='"2025-01-15"'),
    "targets": Rule(
        "map",
        keys=Rule("text", choices="figures"),
        items=Rule("map", keys=Rule("text", choices=("min", "max")), items=Rule("number"), example="{min: 0.95}"),
        example="{<指标名>: {min: 0.95}}",
    ),
    "subsidy_standard": Rule(
        "map",
        keys=Rule("text"),
        items=Rule(("number", "map"), minimum=0, keys=Rule("text"), items=_AMOUNT, example="50 或 {一般: 100}"),
        example="{口头: 50, 书面: {一般: 100}}",
    ),
    "kinds": Rule("map", keys=Rule("text"), items=Rule("text", choices="kinds"), example="{某文件.xlsx: <台账种类>}"),
    "exclude": Rule("list", items=Rule("text"), example="[旧文件.xlsx]"),
    "small_count_threshold": Rule("int", minimum=1, maximum=1000, example="3"),
    "draft": Rule("text", optional=True, example="drafts/报告草稿.docx"),
    "max_unusable_share": Rule("number", minimum=0, maximum=1, example="0.1"),
    "strict": Rule("bool", example="true"),
    "issuer": Rule("text", optional=True, example="旺草镇人民政府"),
    "word_template": Rule("text", optional=True, example="templates/公文模板.dotx"),
    "aliases": Rule(
        "map",
        optional=True,
        keys=Rule("text", choices="kinds"),
        items=Rule("map", keys=Rule("text"), items=_WORDS_LIST, example="{status: [处理结果]}"),
        example="{disputes: {status: [处理结果]}}",
    ),
    "variants": Rule(
        "map",
        optional=True,
        keys=Rule("text"),
        items=Rule("map", keys=Rule("text"), items=_WORDS_LIST, example="{已化解: [已息诉]}"),
        example="{dispute_status: {已化解: [已息诉]}}",
    ),
    "columns": Rule(
        "map",
        optional=True,
        keys=Rule("text"),
        items=Rule("map", keys=Rule("text"), items=Rule(("text", "int")), example="{service: D}"),
        example="{2024年法律顾问台账.xlsx: {service: D}}",
    ),
    "hidden_sheets": Rule(("list", "bool"), optional=True, items=Rule(("text", "int")), example="[备用表] 或 true"),
    "range_quantity": Rule("text", choices=("low", "high", "mid"), example="low"),
    "earlier_versions": Rule(
        ("list", "bool"), optional=True, items=Rule(("text", "int")), example="[矛盾纠纷台账.xlsx] 或 true"
    ),
    "former_towns": Rule("list", optional=True, items=Rule("text", one_word=True), example="[新店乡, 合兴镇]"),
}
_WORDS = {
    "int": "整数",
    "number": "数字",
    "text": "文字",
    "bool": "true 或 false",
    "date": "日期（如 2025-01-15）",
    "map": "“名称: 值”的列表",
    "list": "列表（如 [a, b]）",
}


class ParamsError(UserProblem, ValueError):
    """params/<year>.yaml is malformed; the message is Chinese and names the file."""


def load_params(year: int, path: Path | None = None) -> dict[str, Any]:
    """The year's parameters, defaulted and checked against SCHEMA; a ParamsError names the first
    wrong one, what was expected, and how to write it."""
    path = path or paths.params_file(year)
    name = _shown(path)
    if not path.exists():
        _refuse_misnamed(path, name)
        raise ParamsError(f"找不到参数文件 {name}。请复制 params/2024.yaml 为 {path.name} 并修改年份。")
    raw, nodes = _read_yaml_and_nodes(path, name)
    for key in raw:
        if key not in DEFAULTS:
            close = difflib.get_close_matches(str(key), [str(k) for k in DEFAULTS], n=1)
            hint = f"（是不是“{close[0]}”？）" if close else ""
            raise ParamsError(f"参数文件 {name} 中有未知参数“{key}”{hint}。")
    params = {**DEFAULTS, **raw}
    if params["year"] is None:
        params["year"] = year
    for key, value in params.items():
        written = nodes.get(key, (None, None))[1]
        params[key] = _check(value, SCHEMA.get(key) or _rule_of(DEFAULTS[key]), key, name, written)
    if params["year"] != int(year):
        raise ParamsError(
            f"参数文件 {name} 中 year 为 {params['year']}，与文件名年份 {year} 不一致。请把其中的 year 改为 {year}；如这是另一年的参数，请把它另存为 params/{params['year']}.yaml。"
        )
    _check_rate_targets(params["targets"], name, nodes.get("targets", (None, None))[1])
    _check_column_fields(params["columns"], name, nodes.get("columns", (None, None))[1])
    _check_town(params, nodes.get("town", (None, None))[1], nodes.get("county", (None, None))[1], name)
    return params


def _check_town(params: dict, node, county_node, name: str) -> None:
    """`town` names a town (镇, 乡, 街道), never the county: written as the county's name (its `county`, or a name a
    county-level division ends with: 县, 市, 旗), every table of the county's towns would be read as the town's own and
    the report titled after the county; nor is the county written as the town's name, nor the town with its office's word
    (旺草镇人民政府: the report titled so and signed 旺草镇人民政府人民政府)."""
    town = re.sub(r"\s+", "", str(params["town"]))
    county = re.sub(r"\s+", "", str(params["county"] or ""))
    words = load_yaml((paths.SPECS / "towns.yaml").read_text(encoding="utf-8")) or {}
    if town.endswith(tuple(words.get("town_suffixes", ()))):
        if town == county:  # the town's name written for its county's
            raise ParamsError(
                f"参数文件 {name} {_at(county_node)}county 写的“{county}”与 town 相同，是乡镇（街道）的名称。"
                f"county 请写{town}所属县（市、区）的名称，如 {DEFAULTS['county']}。"
            )
        return
    suffixes = tuple(words.get("town_suffixes", ()))
    for office in sorted(words.get("office_words", ()), key=len, reverse=True):
        if town.endswith(office) and (bare := town[: -len(office)]).endswith(suffixes):
            # 旺草镇人民政府: the town's government, not its name; the report would be titled and signed so.
            raise ParamsError(
                f"参数文件 {name} {_at(node)}town 写的“{town}”带有机关名称“{office}”。town 请只写乡镇（街道）的名称，"
                f"写成 {bare}；报告落款的机关名称请写在 issuer 中（不写时为 {bare}人民政府）。"
            )
    if town == county or town.endswith(tuple(words.get("county_suffixes", ()))):
        raise ParamsError(
            f"参数文件 {name} {_at(node)}town 写的“{town}”是县（市、区）的名称，不是乡镇（街道）。"
            f"town 请写本乡镇（街道）的名称，如 {DEFAULTS['town']}；县（市、区）的名称请写在 county 中。"
        )


def params_or_defaults(year: int) -> dict[str, Any]:
    """The year's parameters, or the defaults when the project has none for the year; a file saved
    under a near name (2024.yml, 2024.yaml.txt) is refused, never passed over for the defaults."""
    path = paths.params_file(year)
    if path.exists():
        return load_params(year)
    _refuse_misnamed(path, _shown(path))
    return dict(DEFAULTS)


def town_written(year: int) -> str | None:
    """The town the year's params file names, or None when it names none (the default 旺草镇 is the
    sample's, no town a user's report can be told from)."""
    path = paths.params_file(year)
    if not path.exists():
        return None
    town = _read_yaml(path, _shown(path)).get("town")
    return town.strip() if isinstance(town, str) and town.strip() else None


def _refuse_misnamed(path: Path, name: str) -> None:
    """A params file the user meant for the year but saved under another name: .yml, upper case, or
    .yaml.txt (Notepad adds .txt, and Windows hides it). Read as absent, its exclude and kinds would
    silently not apply."""
    wanted = {path.name.casefold(), f"{path.stem}.yml".casefold()}
    try:
        found = sorted(
            p.name
            for p in path.parent.iterdir()
            if p.name != path.name and re.sub(r"(\.txt)+$|\s+$", "", p.name.casefold()) in wanted
        )
    except OSError:
        return
    if found:
        raise ParamsError(
            f"找不到参数文件 {name}，但同一文件夹中有“{found[0]}”。fzlib 只读 {path.name}，"
            f"请把“{found[0]}”改名为 {path.name}（Windows 隐藏了扩展名时，记事本保存的文件实际名为 {path.name}.txt）后重新运行。"
        )


def _check_column_fields(columns: dict | None, name: str, node=None) -> None:
    """`columns` names fields as the specs do (service, decided_on): a name no kind has would be
    passed over without a word, the column the office meant never taken. `node`: the YAML node `columns` was
    written as, for the line a message names (`_at`), as _check's messages do."""
    if not columns:
        return
    from fzlib.spec import load_specs

    fields = {f.name: f.title for s in load_specs().values() for f in s.fields}
    by_title = {title: field for field, title in fields.items()}
    files = _value_nodes(node, columns)
    for file, chosen in columns.items():
        written = _value_nodes(files.get(file, (None, None))[1], chosen)
        # One column given to two fields (case_no: B, case_name: B, a letter copied down and never changed): a
        # column holds one field, and which of the two was meant cannot be told.
        named: dict[str, str] = {}
        for field, column in (chosen or {}).items():
            said = str(column).strip()
            said = said.upper() if said.isascii() and said.isalpha() else said
            if said in named:
                raise ParamsError(
                    f"参数文件 {name} {_at(written.get(field, (None,))[0])}columns.{file} 为“{named[said]}”和“{field}”"
                    f"指定了同一列“{column}”，一列只能是一个字段。请核对表格，把其中一个改为它真正所在的列（列字母或表头原文），"
                    "不需要的请删去。"
                )
            named[said] = field
        for field in chosen or {}:
            if field in fields:
                continue
            close = by_title.get(field) or next(iter(difflib.get_close_matches(field, sorted(fields), n=1)), None)
            hint = f"（是不是“{close}”？）" if close else ""
            raise ParamsError(
                f"参数文件 {name} {_at(written.get(field, (None,))[0])}columns.{file} 的“{field}”不是台账字段名{hint}。"
                "字段名用英文，即 fzlib/specs/ 中各台账 fields 下的 name。"
            )


def _check_rate_targets(targets: dict, name: str, node=None) -> None:
    """A rate's target is a share (0～1): {min: 95} for 95% would be missed whatever the year's work. `node`: the
    YAML node `targets` was written as, for the line a message names (`_at`)."""
    if not targets:
        return
    from fzlib.spec import load_specs

    rates = {g.name: g.title for s in load_specs().values() for g in s.figures if g.op == "ratio"}
    figures = _value_nodes(node, targets)
    for figure, bounds in targets.items():
        key, value_node = figures.get(figure, (None, None))
        sides = _value_nodes(value_node, bounds)
        low, high = (bounds or {}).get("min"), (bounds or {}).get("max")
        if low is not None and high is not None and low > high:
            # Never met whatever the year's work: the two bounds written the wrong way round, or one mistyped.
            raise ParamsError(
                f"参数文件 {name} {_at(key)}targets.{figure} 的 min（{low:g}）大于 max（{high:g}），没有一个数能同时满足。"
                "请核对：下限写在 min、上限写在 max，只要求一边时只写一个。"
            )
        for side, value in (bounds or {}).items():
            if figure in rates and not 0 <= value <= 1:
                raise ParamsError(
                    f"参数文件 {name} {_at(sides.get(side, (None, None))[1])}targets.{figure}.{side} 为 {value}，"
                    f"但“{rates[figure]}”是比率（0～1 之间）：{value:g}% 请写成 {value / 100:g}。"
                )


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(paths.ROOT).as_posix()
    except ValueError:
        return path.name


def _read_yaml(path: Path, name: str) -> dict:
    return _read_yaml_and_nodes(path, name)[0]


def _read_yaml_and_nodes(path: Path, name: str) -> tuple[dict, dict]:
    """The params as YAML builds them, and the node each top-level value was written as (by name): a message
    quotes a value as the file writes it, not as YAML 1.1 read it (010 is 8 to it, no is false)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = _READ_REASONS.get(errno.errorcode.get(exc.errno or 0, ""), exc.strerror)
        raise ParamsError(f"无法读取参数文件 {name}（{reason}）。") from None
    if len(data) > MAX_BYTES:
        raise ParamsError(f"参数文件 {name} 有 {len(data):,} 字节，不像参数文件（上限 {MAX_BYTES:,} 字节）。")
    # Notepad on a Chinese Windows saves GBK, or UTF-16 with its byte-order mark when "Unicode" is chosen.
    encodings = ("utf-16",) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            text = _INVISIBLE.sub("", data.decode(encoding))
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ParamsError(f"参数文件 {name} 的编码无法识别。请用记事本或 WPS 另存为 UTF-8 编码。")
    try:
        raw = load_yaml(text, aliases=False)
    except yaml.YAMLError as exc:
        if "nesting depth" in str(getattr(exc, "problem", "")):  # libyaml stops at 1,000 levels
            raise ParamsError(f"参数文件 {name} 格式有误：嵌套层数过多。") from None
        raise ParamsError(f"参数文件 {name} {_yaml_mistake(exc, text)}") from None
    except RecursionError:  # the pure-Python parser, where PyYAML was built without libyaml
        raise ParamsError(f"参数文件 {name} 格式有误：嵌套层数过多。") from None
    except (ValueError, TypeError, OverflowError):  # a value YAML itself cannot build (2025-13-01)
        raise ParamsError(f"参数文件 {name} {_impossible_date(text)}") from None
    if raw is None:
        return {}, {}
    if not isinstance(raw, dict):
        hint = _colon_slip(text)
        hint = f"{hint}；" if hint else ""
        raise ParamsError(f"参数文件 {name} 应为一行一个“名称: 值”的参数列表（{hint}参见 params/2024.yaml）。")
    twice = _written_twice(text)
    if twice:
        key, first, again = twice
        raise ParamsError(
            f"参数文件 {name} 中“{key}”写了两次（第 {first} 行和第 {again} 行），只会采用后一处。请合并为一处后再运行。"
        )
    return raw, _value_nodes(yaml.compose(text, Loader=SAFE_LOADER), raw)


def _value_nodes(node, value) -> dict:
    """The nodes of a mapping's keys and values, by key: {key: (key node, value node)}; {} where they do not pair
    up one to one (a merge key)."""
    if not isinstance(node, yaml.MappingNode) or not isinstance(value, dict) or len(node.value) != len(value):
        return {}
    return {k: pair for k, pair in zip(value, node.value)}


# What the system says of a params file it cannot read, in Chinese (by errno).
_READ_REASONS = {
    "EISDIR": "这是一个文件夹，不是文件：请删去该文件夹，把参数写进同名的文件",
    "EACCES": "没有读取权限，请检查文件权限",
    "EPERM": "没有读取权限，请检查文件权限",
}
# Characters no one sees, pasted from a web page or a chat with the text around them: a name
# "\u200btown" would be an unknown key that looks exactly like town.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# Indentation with a full-width space (U+3000, typed with a Chinese input method) or a web page's
# non-breaking space: neither is a space to YAML.
_WIDE_INDENT = re.compile("^[ \t]*[\u3000\u00a0]")
# A list item marked with a full-width or typographic dash instead of "- ".
_WIDE_DASH = re.compile(r"^[－—–]\s*\S")

# A name followed by a full-width colon (town：旺草镇), or by a colon without the space YAML needs
# (town:旺草镇): the line is read as one text instead of a name and its value.
_FULL_WIDTH_COLON = re.compile(r"^\s*(?:-\s*)?[^:\s#][^:#]*?：")
_TIGHT_COLON = re.compile(r"^\s*(?:-\s*)?[A-Za-z_][\w.]*:(?=[^\s/])")


def _colon_slip(text: str) -> str:
    """The first line whose name and value are not parted as YAML needs, said in Chinese; "" when none."""
    for n, line in enumerate(text.splitlines(), 1):
        if _FULL_WIDTH_COLON.match(line):
            return f"第 {n} 行用了中文冒号“：”，请改为英文冒号加一个空格“: ”"
        if _TIGHT_COLON.match(line):
            return f"第 {n} 行冒号后缺少空格，请写成“名称: 值”（冒号后加一个空格）"
    return ""


_DATE_WRITTEN = re.compile(r"(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d.])")


def _impossible_date(text: str) -> str:
    """Where a date that is no day of the calendar (2025-13-01, 2025-02-30) is written, in Chinese
    (YAML's own words are English: "month must be in 1..12")."""
    for n, line in enumerate(text.splitlines(), 1):
        for found in _DATE_WRITTEN.finditer(line.split("#")[0]):
            try:
                dt.date(*map(int, found.groups()))
            except ValueError:
                return (
                    f"第 {n} 行的“{found.group(0)}”不是日历上的日子（月份为 1～12，日不超过该月的天数）。"
                    '请改为实际的日期，如 "2025-01-15"。'
                )
    return '中有无法识别的值。日期请写成 "2025-01-15"。'


def _yaml_mistake(exc: yaml.YAMLError, text: str) -> str:
    """Where a YAML mistake is (line and column, as an editor counts them) and what to do, in Chinese."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is None:
        return "格式有误，请检查缩进、冒号和括号。"
    lines = text.splitlines()
    problem = str(getattr(exc, "problem", "") or "")
    where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列"
    tabbed = next((i for i, t in enumerate(lines, 1) if "\t" in t[: len(t) - len(t.lstrip())]), None)
    wide = next((i for i, t in enumerate(lines, 1) if _WIDE_INDENT.match(t)), None)
    if wide:
        return (
            f"第 {wide} 行开头用了全角空格（或从网页复制来的特殊空格）缩进：参数文件只认半角空格。"
            "请删去该行开头的空白，重新用空格键缩进（每一级两个空格）。"
        )
    if "another document" in problem:
        return f"{where}的“---”之后又开始了一份参数：参数文件只能有一份。请删去“---”，把两份中要用的参数合并为一份。"
    if "tab" in problem or tabbed:
        n = tabbed or mark.line + 1
        return f"第 {n} 行用 Tab 键缩进：参数文件只认空格。请把该行开头的 Tab 换成空格（每一级缩进两个空格）。"
    if "不允许使用别名" in problem:
        return f"{where}格式有误：不允许使用别名（*引用），请把要用的值直接写出。"
    if "escape" in problem:
        # A Windows path pasted between double quotes ("D:\台账\旧台账.xlsx"): YAML reads \ there as an escape.
        return (
            f"{where}的双引号里有反斜杠“\\”（如 Windows 的路径 D:\\台账\\旧台账.xlsx）：双引号里的反斜杠是转义符，"
            "不能照写。请改用单引号（'D:\\台账\\旧台账.xlsx'）或不加引号，或把“\\”换成“/”。"
        )
    slip = _colon_slip(text)
    if slip:
        return f"格式有误：{slip}。"
    context = str(getattr(exc, "context", "") or "")
    if "flow sequence" in context or "flow mapping" in context:
        opened = getattr(exc, "context_mark", None) or mark  # where the bracket that never closes opens
        return (
            f"第 {opened.line + 1} 行第 {opened.column + 1} 列的方括号 [ 或花括号 {{ 没有配对，"
            "或其中的逗号缺失。请检查该行。"
        )
    if "could not find expected ':'" in problem or "mapping values are not allowed" in problem:
        return f"{where}格式有误：冒号“:”后要有一个空格，且同一级的参数缩进要对齐。请检查该行及上一行。"
    return f"{where}格式有误：请检查该行的缩进（只用空格）、冒号（英文“: ”）和括号是否配对。"


def _written_twice(text: str) -> tuple[str, int, int] | None:
    """The first key written twice in one mapping (YAML keeps the last without a word), with both lines."""
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return None
    todo = [root] if root is not None else []
    while todo:
        node = todo.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        return key.value, seen[key.value], key.start_mark.line + 1
                    seen[key.value] = key.start_mark.line + 1
                todo.append(value)
        elif isinstance(node, yaml.SequenceNode):
            todo.extend(node.value)
    return None


def _rule_of(default) -> Rule:
    """The rule of a parameter without one in SCHEMA: its default's type."""
    for kind, rule in ((bool, "bool"), (int, "int"), (float, "number"), (str, "text"), (dict, "map"), (list, "list")):
        if isinstance(default, kind):
            return Rule(rule)
    return Rule("any")


def _check(value, rule: Rule, where: str, name: str, node=None):
    """`value` checked against `rule` (dates become "YYYY-MM-DD"); ParamsError when it is wrong. `node`: the YAML
    node it was written as, when known."""
    if value is None and (rule.optional or rule.type == "any"):
        return None
    types = rule.type if isinstance(rule.type, tuple) else (rule.type,)
    if node is not None and (misread := _misread(value, node, types) or _punctuation(value, node, rule)):
        raise ParamsError(f"参数文件 {name} 第 {node.start_mark.line + 1} 行 {where} {misread}。")
    for kind in types:
        ok, value_as = _as(kind, value)
        if ok:
            break
    else:
        wanted = " 或 ".join(_WORDS.get(t, t) for t in types)
        raise _wrong(name, where, f"应为 {wanted}", value, rule, node)
    value = value_as
    if kind in ("int", "number"):
        low, high = rule.minimum, rule.maximum
        if low is not None and value < low or high is not None and value > high:
            # One bound only: "应在 0～ 之间" had left the reader to guess the other.
            bounds = f"应在 {low}～{high} 之间" if low is not None and high is not None else None
            bounds = bounds or (f"应不小于 {low}" if low is not None else f"应不大于 {high}")
            raise _wrong(name, where, bounds, value, rule, node)
    allowed = _choices(rule.choices)
    if allowed is not None and value not in allowed:
        close = difflib.get_close_matches(str(value), [str(a) for a in allowed], n=1)
        hint = f"（是不是“{close[0]}”？）" if close else f"（可用：{'、'.join(map(str, sorted(allowed)[:12]))}）"
        if rule.choices in ("kinds", "figures") and (named := _titled_hint(str(value), rule.choices)):
            hint = named
        raise ParamsError(f"参数文件 {name} {_at(node)}{where}：“{value}”不是可用的值{hint}。")
    if kind == "map":
        nodes = _value_nodes(node, value)
        return {
            _check(k, rule.keys or Rule("any"), f"{where} 中的名称", name, nodes.get(k, (None, None))[0]): _check(
                v, rule.items or Rule("any"), f"{where}.{k}", name, nodes.get(k, (None, None))[1]
            )
            for k, v in value.items()
        }
    if kind == "list":
        items = (
            node.value if isinstance(node, yaml.SequenceNode) and len(node.value) == len(value) else [None] * len(value)
        )
        return [
            _check(v, rule.items or Rule("any"), f"{where} 的第 {i} 项", name, item)
            for i, (v, item) in enumerate(zip(value, items), 1)
        ]
    return value


# Chinese quotation marks around a whole value (county: “绥阳县”): YAML quotes with " and ' only, so the marks became part
# of the name, a town or county no ledger or draft writes so.
_CURLY_QUOTED = re.compile(r"^\s*([“‘「『])(?P<inner>[^“”‘’「」『』]*)([”’」』])\s*$")
# A comment after a full-width (or a web page's) space: to YAML a comment starts only after a space or a tab.
_WIDE_COMMENT = re.compile("[\u3000\u00a0]+#")
# The separators a Chinese input method types between words of a list.
CHINESE_SEPARATORS = ("，", "、", "；")


def read_otherwise_plain(text: str) -> bool:
    """Whether a text written plain (unquoted) is one `_punctuation` would take for a slip of the input method: a
    Chinese list separator, Chinese quotation marks around it, a # after a full-width space. A writer of the params
    (`fzlib accept`, adding a cell's whole text) quotes such a text.

    >>> read_otherwise_plain("重复上报，已合并"), read_otherwise_plain("“已化解”"), read_otherwise_plain("已化解")
    (True, True, False)
    """
    return any(m in text for m in CHINESE_SEPARATORS) or bool(_CURLY_QUOTED.match(text) or _WIDE_COMMENT.search(text))


def _punctuation(value, node, rule: Rule) -> str | None:
    """What to say of a plain (unquoted) text written with Chinese punctuation YAML does not read as such: a whole
    value in Chinese quotation marks, or two words of a list parted by a Chinese comma in one item. None otherwise;
    a value quoted with " or ' is taken as written (a header that does hold a comma).

    >>> n = lambda text: yaml.compose(text, Loader=SAFE_LOADER)
    >>> _punctuation("“绥阳县”", n("“绥阳县”"), Rule("text"))
    '的值写在中文引号里（“绥阳县”），YAML 只认英文引号，中文引号会被当作名称的一部分。请去掉中文引号，写成 绥阳县'
    >>> _punctuation("文号，决定书文号", n("文号，决定书文号"), Rule("text", one_word=True))[:23]
    '写的“文号，决定书文号”用中文“，”隔开了几项'
    >>> _punctuation("文号，决定书文号", n('"文号，决定书文号"'), Rule("text", one_word=True)) is None
    True
    """
    if not isinstance(value, str) or not isinstance(node, yaml.ScalarNode) or node.style not in (None, ""):
        return None
    if comment := _WIDE_COMMENT.search(value):
        kept = value[: comment.start()].strip()
        return (
            f"写的“{value}”中“#”前是全角空格，YAML 只把半角空格后的“#”当作注释的开始，这一行的注释成了值的一部分。"
            f"请把“#”前的空格改为半角空格（值即为“{kept}”）"
        )
    if found := _CURLY_QUOTED.match(value):
        inner = found["inner"].strip()
        return f"的值写在中文引号里（{value.strip()}），YAML 只认英文引号，中文引号会被当作名称的一部分。请去掉中文引号，写成 {inner}"
    mark = next((m for m in CHINESE_SEPARATORS if m in value), None) if rule.one_word else None
    if mark is None:
        return None
    words = [w.strip() for w in re.split("|".join(CHINESE_SEPARATORS), value) if w.strip()]
    if len(words) < 2:
        return None
    return (
        f"写的“{value}”用中文“{mark}”隔开了几项，YAML 的列表只认英文逗号，会把它当作一整项，与任何表头或写法都对不上。"
        f'请写成 [{", ".join(words)}]；如它本来就是一整项（表头中确有“{mark}”），请加英文引号写成 "{value}"'
    )


def _titled_hint(text: str, choices: str) -> str:
    """What to write for a ledger kind or a figure given by its Chinese title (行政执法案件台账, 矛盾纠纷化解率)."""
    from fzlib.spec import load_specs, titled_hint

    specs = load_specs()
    if choices == "kinds":
        return titled_hint(text, {spec.title: kind for kind, spec in specs.items()})
    return titled_hint(text, {g.title: g.name for spec in specs.values() for g in spec.figures})


# Numbers YAML 1.1 reads in another base than people do (010 is 8 to it, 0x10 is 16).
_BASES = (
    (re.compile(r"[-+]?0[0-7_]+"), "以 0 开头的数会被当作八进制"),
    (re.compile(r"[-+]?0[xX]"), "0x 开头的数会被当作十六进制"),
)


def _misread(value, node, types: tuple[str, ...]) -> str | None:
    """What to say of a value written plain (without quotes) that YAML 1.1, as the params are read, takes for other
    than what it shows: a name written 010 (the number 8), 1:20 (80) or no/on (false/true) where text is wanted, a
    count written 010 (8, not 10). None for any other value: those the type check names as written.

    >>> n = lambda text: yaml.compose(text, Loader=SAFE_LOADER)
    >>> _misread(8, n("010"), ("int",)), _misread(10, n("10"), ("int",))
    ('写的“010”会被读成 8（以 0 开头的数会被当作八进制），不是所写的数。请写成 10', None)
    >>> _misread(False, n("no"), ("text",))
    '写的“no”会被读成 false（“否”），不是文字。请加引号写成 "no"'
    >>> _misread(False, n("no"), ("bool",)), _misread(2023, n("2023"), ("text",))
    (None, '应为文字，而“2023”会被读成数字。请加引号写成 "2023"')
    """
    if not isinstance(node, yaml.ScalarNode) or node.style not in (None, "") or "any" in types:  # "": libyaml's plain
        return None
    written = node.value
    quoted = f'请加引号写成 "{written}"'
    if value is None:  # null, Null, ~ written for a name
        return f"写的“{written}”会被读成空值，不是文字。{quoted}" if written.strip() and "text" in types else None
    if isinstance(value, bool):
        if "bool" in types or written.lower() in ("true", "false"):
            return None
        return f"写的“{written}”会被读成 {str(value).lower()}（“{'是' if value else '否'}”），不是文字。{quoted}"
    if not isinstance(value, (int, float)):
        return None
    numeric = bool({"int", "number"} & set(types))
    try:
        meant: float | None = float(written)  # as people read it: 010 is ten, 1_000 a thousand, .5 a half
    except ValueError:
        meant = None  # 0x10, 1:20
    if meant is not None and meant == value:
        return None if numeric or "text" not in types else f"应为文字，而“{written}”会被读成数字。{quoted}"
    why = next((f"（{said}）" for pattern, said in _BASES if pattern.match(written)), "")
    why = why or ("（带冒号的数会被当作六十进制）" if ":" in written else "")
    if "text" in types:  # a name (a header, a sheet) that may be a number: its text is what was meant
        advice = quoted
    else:
        advice = f"请写成 {meant:g}" if meant is not None else f"请写成十进制数（如 {value:g}）"
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    what = "数" if numeric and "text" not in types else "样子"
    return f"写的“{written}”会被读成 {shown}{why}，不是所写的{what}。{advice}"


def _as(kind: str, value) -> tuple[bool, Any]:
    """Whether `value` is of `kind`, and the value as such (a whole float is an int; a date's text
    or a YAML date becomes "YYYY-MM-DD")."""
    if kind == "any":
        return True, value
    if kind == "bool":
        return isinstance(value, bool), value
    if kind == "int":
        if isinstance(value, float) and value.is_integer():
            return True, int(value)
        return isinstance(value, int) and not isinstance(value, bool), value
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value, value
    if kind == "text":
        return isinstance(value, str) and value.strip() != "", value
    if kind == "date":
        if isinstance(value, dt.date):
            return True, value.isoformat()[:10]
        try:
            return True, dt.date.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            return False, value
    if kind == "map":
        return isinstance(value, dict), value
    if kind == "list":
        return isinstance(value, list), value
    raise ValueError(f"unknown rule type {kind!r}")


def _choices(choices) -> frozenset | None:
    if choices is None:
        return None
    if choices in ("kinds", "figures"):
        from fzlib.spec import load_specs

        specs = load_specs()
        if choices == "kinds":
            return frozenset(specs)
        return frozenset(g.name for s in specs.values() for g in s.figures)
    return frozenset(choices)


def _at(node) -> str:
    """Where a value is written, as a message says it: "第 3 行 " where its YAML node is known, else "中 "."""
    return f"第 {node.start_mark.line + 1} 行 " if node is not None and getattr(node, "start_mark", None) else "中 "


def _wrong(name: str, where: str, what: str, value, rule: Rule, node=None) -> ParamsError:
    shown = _as_written(value)
    if len(shown) > 40:
        shown = shown[:40] + "…"
    example = f"，例如 {rule.example}" if rule.example else ""
    dash = (
        "（列表项前的“－”是全角符号，请改为半角“- ”并另起一行）"
        if isinstance(value, str) and _WIDE_DASH.match(value)
        else ""
    )
    at = _at(node)
    if value is None:
        return ParamsError(f"参数文件 {name} {at}{where} {what}，而冒号后没有写值{example}。")
    types = rule.type if isinstance(rule.type, tuple) else (rule.type,)
    if isinstance(value, str) and {"int", "number"} & set(types) and (number := _number_written(value)):
        return ParamsError(f"参数文件 {name} {at}{where} {what}，而不是文字“{shown}”：{number}。")
    if isinstance(value, str) and "date" in types and (day := _date_written(value)):
        return ParamsError(f"参数文件 {name} {at}{where} {what}，而不是“{shown}”：请写成 {day}。")
    if isinstance(value, str) and types == ("list",) and not dash and value.strip():
        # One word where a list of them belongs (decided_on: 立案时间): the list of that one word was meant.
        return ParamsError(f"参数文件 {name} {at}{where} {what}，而不是“{shown}”：请写成 [{value.strip()}]。")
    return ParamsError(f"参数文件 {name} {at}{where} {what}，而不是“{shown}”{dash}{example}。")


# A day written the way a letter or a ledger writes it: 2025年1月15日, 2025.1.15, 2025/01/15, 二〇 excepted.
_DAY_WRITTEN = re.compile(r"(\d{4})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*[日号]?")


def _date_written(text: str) -> str | None:
    """The day a text meant as a date names, as params want it written (2025-01-15); None when it names no
    day of the calendar.

    >>> _date_written("2025年1月15日"), _date_written("２０２５.1.5"), _date_written("2025/2/30"), _date_written("明年")
    ('2025-01-15', '2025-01-05', None, None)
    """
    m = _DAY_WRITTEN.fullmatch(unicodedata.normalize("NFKC", text).strip())
    try:
        return dt.date(*(int(g) for g in m.groups())).isoformat() if m else None
    except ValueError:
        return None


def _number_written(text: str) -> str | None:
    """How to write, as a number, a text that was meant as one: in quotes ("0.95"), in percent (95%), in
    full-width digits (０.９５); None when it is no number at all.

    >>> _number_written("0.95"), _number_written("95%"), _number_written("０.９５"), _number_written("高")
    ('请去掉引号，写成 0.95', '百分数请写成小数：95% 写成 0.95', '请用半角数字写成 0.95', None)
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    percent = folded.endswith("%")
    try:
        number = float(folded.removesuffix("%").strip())
    except ValueError:
        return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    if percent:
        return f"百分数请写成小数：{folded} 写成 {number / 100:g}"
    if folded != text.strip():
        return f"请用半角数字写成 {number:g}"
    return f"请去掉引号，写成 {number:g}"


def _as_written(value) -> str:
    """A value as the params file would write it (2024-01-01, [a, b]), never Python's repr
    (datetime.date(2024, 1, 1), ['a', 'b']) in a Chinese message."""
    if isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return (
            yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1000)
            .strip()
            .removesuffix("...")
            .strip()
        )
    except yaml.YAMLError:
        return str(value)


def report_title(params: dict) -> str:
    """The report's title: 旺草镇2024年法治政府建设工作情况报告."""
    return f"{params['town']}{params['year']}年法治政府建设工作情况报告"


# The params `clean` reads (the rest are the report's).
# `town`: a county's tables hold other towns' rows; only the town's own are its records (fzlib.ingest.towns).
CLEAN_OPTIONS = (
    "aliases",
    "variants",
    "columns",
    "hidden_sheets",
    "range_quantity",
    "town",
    "former_towns",
    "earlier_versions",
)


def clean_options(params: dict) -> dict:
    """The params that say how a town's ledgers are written, for `clean`."""
    return {k: params.get(k, DEFAULTS[k]) for k in CLEAN_OPTIONS}
