"""Test helper owning a rendered page's words as a reader sees them: a number or short word kept whole on its line
(span.nb, fzlib.report.blocks) is no word apart from its neighbours (小河口村, 2024年信访事项台账.xlsx)."""

from __future__ import annotations

import re

_KEPT_WHOLE = re.compile(r'<span class="nb">([^<]*)</span>')


def joined(html: str) -> str:
    """The HTML with each kept-whole span replaced by its (still escaped) text."""
    return _KEPT_WHOLE.sub(r"\1", html)
