"""Cleaner of free text: normalised, placeholders and blanks become NA."""

from __future__ import annotations

import pandas as pd

from fzlib.ingest.cleaners.cells import (
    STRING,
    cleaned,
    text_cells,
)
from fzlib.ingest.cleaners.registry import Cleaned, register


@register("text")
def clean_text(raw: pd.Series) -> Cleaned:
    """Normalise free text; placeholders and blanks become NA. Only Excel's error values (#REF!, #N/A)
    get a code: an error is not an empty cell.

    >>> raw = pd.Series(["  ＡＢＣ１２３ ", "第一行\\n第二行", "\\u200b/", 3.0, "村（社区）", "#N/A"], dtype=object)
    >>> res = clean_text(raw)
    >>> res.values.tolist(), res.codes.tolist()[-1]
    (['ABC123', '第一行 第二行', <NA>, '3', '村（社区）', <NA>], 'cell.error')
    """
    _, _, text, errors = text_cells(raw)
    return cleaned(raw.index, pd.Series(text, dtype=STRING), errors)
