"""A year's parameters (params/<year>.yaml): loaded, defaulted and validated in one place."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import yaml

from fzlib import paths

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
    "max_unusable_share": 0.1,
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
# How `clean`'s params are checked: one entry per key (a mapping, a list or true, one of some words).
CLEAN_PARAM_CHECKS = {
    "aliases": "mapping",
    "variants": "mapping",
    "columns": "mapping",
    "hidden_sheets": "list_or_true",
    "range_quantity": ("low", "high", "mid"),
}


class ParamsError(ValueError):
    """params/<year>.yaml is malformed; the message is Chinese and names the file."""


def load_params(year: int, path: Path | None = None) -> dict[str, Any]:
    path = path or paths.params_file(year)
    if not path.exists():
        raise ParamsError(f"找不到参数文件 {path}。请复制 params/2024.yaml 为 {path.name} 并修改年份。")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ParamsError(f"参数文件 {path} 格式有误：{exc}") from None
    for key in raw:
        if key not in DEFAULTS:
            close = difflib.get_close_matches(key, DEFAULTS, n=1)
            hint = f"（是不是“{close[0]}”？）" if close else ""
            raise ParamsError(f"参数文件 {path} 中有未知参数“{key}”{hint}。")
    params = {**DEFAULTS, **raw}
    _check_clean_params(params, path)
    if params["year"] is None:
        params["year"] = year
    if int(params["year"]) != int(year):
        raise ParamsError(f"参数文件 {path} 中 year 为 {params['year']}，与文件名年份 {year} 不一致。")
    return params


def _check_clean_params(params: dict, path: Path) -> None:
    for key, rule in CLEAN_PARAM_CHECKS.items():
        value = params[key]
        if rule == "mapping":
            if not isinstance(value or {}, dict):
                raise ParamsError(f"参数文件 {path} 中“{key}”应为“名称: 值”的对照表。")
            params[key] = value or {}
        elif rule == "list_or_true":
            if not (value is True or isinstance(value or [], list)):
                raise ParamsError(f"参数文件 {path} 中“{key}”应为工作表名的列表，或 true（全部）。")
            params[key] = value if value is True else (value or [])
        elif value not in rule:
            raise ParamsError(f"参数文件 {path} 中“{key}”应为 {' / '.join(rule)} 之一，而不是“{value}”。")


def report_title(params: dict) -> str:
    """The report's title: 旺草镇2024年法治政府建设工作情况报告."""
    return f"{params['town']}{params['year']}年法治政府建设工作情况报告"


# The params `clean` reads (the rest are the report's).
CLEAN_OPTIONS = ("aliases", "variants", "columns", "hidden_sheets", "range_quantity")


def clean_options(params: dict) -> dict:
    """The params that say how a town's ledgers are written, for `clean`."""
    return {k: params.get(k, DEFAULTS[k]) for k in CLEAN_OPTIONS}
