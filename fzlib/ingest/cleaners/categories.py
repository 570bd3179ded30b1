"""Cleaners of controlled values: a vocabulary's categories and yes/no."""

from __future__ import annotations

import difflib

import numpy as np
import pandas as pd

from fzlib.ingest.cleaners.cells import (
    BOOL,
    STRING,
    Uniques,
    cleaned,
    na_strings,
    normalise,
    text_cells,
)
from fzlib.ingest.cleaners.registry import Cleaned, register


def _loose_key(s: pd.Series) -> pd.Series:
    """Key for the forgiving match: full NFKC (brackets too), case-folded, no whitespace."""
    return s.str.normalize("NFKC").str.casefold().str.replace(r"\s+", "", regex=True)


@register("category")
def clean_category(raw: pd.Series, *, vocabulary: dict[str, list[str]] | None = None) -> Cleaned:
    """Map values onto a vocabulary (canonical → variants); unknown values stay, flagged.

    >>> vocab = {"行政许可": ["许可", "行政许可类"], "行政处罚": ["处罚"]}
    >>> res = clean_category(pd.Series(["许可", " 行政处罚 ", "处罚决定"], dtype=object), vocabulary=vocab)
    >>> res.values.tolist(), res.codes.tolist(), res.detail.tolist()
    (['行政许可', '行政处罚', '处罚决定'], [<NA>, <NA>, 'vocab.unknown'], [<NA>, <NA>, '行政处罚'])
    """
    vocabulary = vocabulary or {}
    canon = [str(c) for c in vocabulary]
    canon_norm = normalise(pd.Series(canon, dtype=STRING))
    exact: dict[str, str] = {}
    loose: dict[str, str] = {}
    candidates: dict[str, str] = {}
    for c, c_norm in zip(canon, canon_norm):
        target = c if pd.isna(c_norm) else c_norm
        variants = [str(v) for v in (vocabulary.get(c) or [])]
        forms = pd.Series([c, *variants], dtype=STRING)
        for form in [*normalise(forms).dropna(), *forms]:
            exact.setdefault(form, target)
        for key in _loose_key(forms):
            loose.setdefault(key, target)
            candidates.setdefault(key, target)

    _, _, text = text_cells(raw)
    u = Uniques(text)
    # Plain dict look-ups over the uniques: Series.map(dict) would build a pyarrow index,
    # which rejects the lone surrogates real files contain.
    texts = u.values.to_numpy(dtype=object, na_value=None)
    keys_u = _loose_key(u.values).to_numpy(dtype=object, na_value=None)
    mapped = np.array([None if t is None else exact.get(t, loose.get(k)) for t, k in zip(texts, keys_u)], dtype=object)
    present = u.values.notna().to_numpy(dtype=bool)
    unknown = present & pd.isna(mapped)
    values = np.where(unknown, texts, mapped)
    suggestion = na_strings(len(u.values))
    keys = list(candidates)
    for i in np.flatnonzero(unknown):
        close = difflib.get_close_matches(keys_u[i], keys, n=1, cutoff=0.6)
        suggestion[i] = candidates[close[0]] if close else None
    codes = u.spread(np.where(unknown, "vocab.unknown", None).astype(object))
    return cleaned(raw.index, pd.Series(u.spread(values), dtype=STRING), codes, u.spread(suggestion))


_YES_NO = {
    **dict.fromkeys(["是", "有", "y", "yes", "√", "✓", "✔", "1", "true", "已", "对"], True),
    **dict.fromkeys(["否", "n", "no", "×", "✗", "✘", "0", "false", "未", "没有"], False),
}


@register("yes_no")
def clean_yes_no(raw: pd.Series) -> Cleaned:
    """是/否, Y/N, √/×, 1/0, True/False, 已/未 → boolean. (无 is a placeholder, so NA.)

    >>> res = clean_yes_no(pd.Series(["是", "否", "√", 0, True, "无", "不详"], dtype=object))
    >>> res.values.tolist(), res.codes.tolist()[-1]
    ([True, False, True, False, True, <NA>, <NA>], 'bool.unparseable')
    """
    obj, kinds, text = text_cells(raw)
    u = Uniques(text)
    folded = u.values.str.casefold().to_numpy(dtype=object, na_value=None)
    mapped = np.array([None if t is None else _YES_NO.get(t) for t in folded], dtype=object)
    unknown = pd.notna(folded) & pd.isna(mapped)
    values = pd.Series(u.spread(mapped), dtype="boolean")
    is_bool = kinds == BOOL
    values[is_bool] = [bool(x) for x in obj[is_bool]]  # a real boolean cell needs no text detour
    codes = u.spread(np.where(unknown, "bool.unparseable", None).astype(object))
    codes[is_bool] = None
    return cleaned(raw.index, values, codes)
