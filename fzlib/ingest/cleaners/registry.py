"""The registry of cleaning steps: `register` a cleaner by name, the `Cleaned` triple it returns, and the closed set of codes it may emit."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

CODES = frozenset(
    {
        "date.unparseable",
        "date.partial",
        "date.pending",
        "date.carried_over",
        "date.never",
        "date.out_of_range",
        "number.unparseable",
        "number.not_integer",
        "number.approximate",
        "number.bracketed_negative",
        "vocab.unknown",
        "vocab.ambiguous",
        "vocab.citation_differs",
        "bool.unparseable",
        "id.checksum",
        "id.excel_damaged",
        "id.scientific",
        "id.legacy15",
        "id.malformed",
        "phone.malformed",
        "phone.excel_damaged",
        "cell.error",
        "cell.uncached",
        "cell.date_field",
        "cell.not_a_number",
        "cell.too_narrow",
        "case_no.scientific",
        "case_no.date",
        "number.trailing_minus",
        "number.note_mark",
        "vocab.assumed",
        "number.range",
        "number.own_unit",
        "case_no.several",
        "case_no.rounded",
        "number.out_of_range",
        "date.impossible_day",
        "date.yearless",
        "date.weekday_mismatch",
        "date.period",
        "date.lunar",
        "date.calendar_unknown",
        "date.range",
        "date.day_month_order",
        "date.ocr_digits",
        "date.republic_year",
        "number.ocr_digits",
        "number.trailing_point",
        "number.date_formatted",
        "number.decimal_comma",
        "date.short_year",
        "date.two_digit_year",
        "date.month_ambiguous",
        "date.day_ambiguous",
        "value.retyped",
        "vocab.slip",
        "number.wan_grouping",
        "number.shorthand",
        "number.sum_typed",
        "number.percent",
        "number.words_differ",
        "number.point_or_thousands",
        "number.misgrouped",
        "number.bound",
        "number.dot_thousands",
        "date.remark",
    }
)


@dataclass(frozen=True)
class Cleaned:
    """What every cleaner returns: three Series aligned on the input's index."""

    values: pd.Series
    codes: pd.Series
    detail: pd.Series


CLEANERS: dict[str, Callable[..., Cleaned]] = {}
CLEANER_OPTIONS: dict[str, set[str]] = {}


def register(name: str) -> Callable[[Callable[..., Cleaned]], Callable[..., Cleaned]]:
    """Register a cleaner under `name`; its keyword-only parameters become its option names.

    >>> sorted(CLEANER_OPTIONS["date"])
    ['date1904', 'titled_year', 'year']
    """

    def decorate(func: Callable[..., Cleaned]) -> Callable[..., Cleaned]:
        params = inspect.signature(func).parameters.values()
        CLEANER_OPTIONS[name] = {p.name for p in params if p.kind is p.KEYWORD_ONLY}
        CLEANERS[name] = func
        return func

    return decorate
