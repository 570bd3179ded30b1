"""Cleaner of free text: normalised, placeholders and blanks become NA."""

from __future__ import annotations

import pandas as pd

from fzlib.ingest.cleaners.cells import (
    STRING,
    cleaned,
    na_strings,
    text_cells,
)
from fzlib.ingest.cleaners.registry import Cleaned, register


@register("text")
def clean_text(raw: pd.Series) -> Cleaned:
    """Normalise free text; placeholders and blanks become NA. Never emits a code.

    >>> raw = pd.Series(["  ＡＢＣ１２３ ", "第一行\\n第二行", "\\u200b/", 3.0, "村（社区）"], dtype=object)
    >>> clean_text(raw).values.tolist()
    ['ABC123', '第一行 第二行', <NA>, '3', '村（社区）']
    """
    _, _, text = text_cells(raw)
    return cleaned(raw.index, pd.Series(text, dtype=STRING), na_strings(len(raw)))
