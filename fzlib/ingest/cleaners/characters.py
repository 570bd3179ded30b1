"""Characters typed otherwise than the specs write them: traditional forms folded to simplified, and the slips of hand
typing (homophones of the input method, characters that look alike) tried on a text that is otherwise unknown."""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import product

from fzlib.spec import characters

# A text with more slip characters than this is not a slip of one word: its readings are not tried (2⁶ at most).
MAX_SLIPS = 6


@cache
def folding() -> dict[int, str]:
    """The str.translate table of the traditional and variant → simplified folding."""
    return str.maketrans(characters().folded)


@cache
def traditional_chars() -> frozenset[str]:
    """The characters folded: traditional and variant (异体) forms."""
    return frozenset(characters().folded)


def fold(text: str) -> str:
    """The text with traditional and variant characters in their simplified form (fzlib/specs/characters.yaml).

    >>> fold("調解成功"), fold("糾紛類型"), fold("行政處罰"), fold("已化解")
    ('调解成功', '纠纷类型', '行政处罚', '已化解')
    >>> fold("行政処罰"), fold("調觧成功")
    ('行政处罚', '调解成功')
    """
    return text.translate(folding())


@lru_cache(maxsize=65536)
def slip_readings(text: str) -> tuple[str, ...]:
    """The texts a clerk may have meant, each slip character of fzlib/specs/characters.yaml replaced or kept (the
    text itself not among them); () for a text without slip characters or with too many.

    >>> slip_readings("以化解"), slip_readings("调节成功"), slip_readings("已化解")
    (('已化解',), ('调解成功',), ())
    >>> sorted(slip_readings("末化解终"))
    ['未化解中', '未化解终', '末化解中']
    """
    slips = characters().slips
    options = [(c, *slips.get(c, ())) for c in text]
    if sum(len(o) > 1 for o in options) > MAX_SLIPS:
        return ()
    return tuple(r for r in ("".join(p) for p in product(*options)) if r != text)
