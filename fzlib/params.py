"""A year's parameters (params/<year>.yaml): defaults, the declared rules each is checked against, loading (bounded YAML, UTF-8 or GBK); the report's title."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from fzlib import paths
from fzlib.errors import UserProblem
from fzlib.spec import load_yaml

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


_AMOUNT = Rule("number", minimum=0, example="50")
_WORDS_LIST = Rule("list", items=Rule(("text", "int")), example="[处理结果, 办理结果]")
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
        raise ParamsError(f"找不到参数文件 {name}。请复制 params/2024.yaml 为 {path.name} 并修改年份。")
    raw = _read_yaml(path, name)
    for key in raw:
        if key not in DEFAULTS:
            close = difflib.get_close_matches(str(key), [str(k) for k in DEFAULTS], n=1)
            hint = f"（是不是“{close[0]}”？）" if close else ""
            raise ParamsError(f"参数文件 {name} 中有未知参数“{key}”{hint}。")
    params = {**DEFAULTS, **raw}
    if params["year"] is None:
        params["year"] = year
    for key, value in params.items():
        params[key] = _check(value, SCHEMA.get(key) or _rule_of(DEFAULTS[key]), key, name)
    if params["year"] != int(year):
        raise ParamsError(f"参数文件 {name} 中 year 为 {params['year']}，与文件名年份 {year} 不一致。")
    return params


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(paths.ROOT).as_posix()
    except ValueError:
        return path.name


def _read_yaml(path: Path, name: str) -> dict:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ParamsError(f"无法读取参数文件 {name}（{exc.strerror}）。") from None
    if len(data) > MAX_BYTES:
        raise ParamsError(f"参数文件 {name} 有 {len(data):,} 字节，不像参数文件（上限 {MAX_BYTES:,} 字节）。")
    for encoding in ("utf-8-sig", "gb18030"):  # Notepad on a Chinese Windows saves GBK
        try:
            text = data.decode(encoding)
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
        raise ParamsError(f"参数文件 {name} 格式有误：{exc}") from None
    except RecursionError:  # the pure-Python parser, where PyYAML was built without libyaml
        raise ParamsError(f"参数文件 {name} 格式有误：嵌套层数过多。") from None
    except (ValueError, TypeError, OverflowError) as exc:  # a value YAML itself cannot build (2025-13-01)
        raise ParamsError(f'参数文件 {name} 中有无法识别的值（{exc}）。日期请写成 "2025-01-15"。') from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ParamsError(f"参数文件 {name} 应为一行一个“名称: 值”的参数列表（参见 params/2024.yaml）。")
    return raw


def _rule_of(default) -> Rule:
    """The rule of a parameter without one in SCHEMA: its default's type."""
    for kind, rule in ((bool, "bool"), (int, "int"), (float, "number"), (str, "text"), (dict, "map"), (list, "list")):
        if isinstance(default, kind):
            return Rule(rule)
    return Rule("any")


def _check(value, rule: Rule, where: str, name: str):
    """`value` checked against `rule` (dates become "YYYY-MM-DD"); ParamsError when it is wrong."""
    if value is None and (rule.optional or rule.type == "any"):
        return None
    types = rule.type if isinstance(rule.type, tuple) else (rule.type,)
    for kind in types:
        ok, value_as = _as(kind, value)
        if ok:
            break
    else:
        wanted = " 或 ".join(_WORDS.get(t, t) for t in types)
        raise _wrong(name, where, f"应为 {wanted}", value, rule)
    value = value_as
    if kind in ("int", "number"):
        if rule.minimum is not None and value < rule.minimum or rule.maximum is not None and value > rule.maximum:
            bounds = f"{rule.minimum if rule.minimum is not None else ''}～{rule.maximum if rule.maximum is not None else ''}"
            raise _wrong(name, where, f"应在 {bounds} 之间", value, rule)
    allowed = _choices(rule.choices)
    if allowed is not None and value not in allowed:
        close = difflib.get_close_matches(str(value), [str(a) for a in allowed], n=1)
        hint = f"（是不是“{close[0]}”？）" if close else f"（可用：{'、'.join(map(str, list(allowed)[:12]))}）"
        raise ParamsError(f"参数文件 {name} 中 {where}：“{value}”不是可用的值{hint}。")
    if kind == "map":
        return {
            _check(k, rule.keys or Rule("any"), f"{where} 中的名称", name): _check(
                v, rule.items or Rule("any"), f"{where}.{k}", name
            )
            for k, v in value.items()
        }
    if kind == "list":
        return [_check(v, rule.items or Rule("any"), f"{where} 的第 {i} 项", name) for i, v in enumerate(value, 1)]
    return value


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


def _wrong(name: str, where: str, what: str, value, rule: Rule) -> ParamsError:
    shown = repr(value) if not isinstance(value, str) else value
    if len(shown) > 40:
        shown = shown[:40] + "…"
    example = f"，例如 {rule.example}" if rule.example else ""
    return ParamsError(f"参数文件 {name} 中 {where} {what}，而不是“{shown}”{example}。")


def report_title(params: dict) -> str:
    """The report's title: 旺草镇2024年法治政府建设工作情况报告."""
    return f"{params['town']}{params['year']}年法治政府建设工作情况报告"


# The params `clean` reads (the rest are the report's).
CLEAN_OPTIONS = ("aliases", "variants", "columns", "hidden_sheets", "range_quantity")


def clean_options(params: dict) -> dict:
    """The params that say how a town's ledgers are written, for `clean`."""
    return {k: params.get(k, DEFAULTS[k]) for k in CLEAN_OPTIONS}
