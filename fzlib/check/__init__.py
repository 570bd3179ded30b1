"""`fzlib check`: the numeric claims of a draft report, re-added, re-divided and compared with the ledgers.

numbers.py reads figures, claims.py finds relations (rates.yaml defines rates), verify.py judges
them, messages.py holds every Chinese text, draft.py reads files, cli.py prints; annotate.py and
view.py mark the draft (Word comments, a web page); evaluate.py scores the labelled corpus.

    >>> claims = check_text("共办理案件10件，其中A类6件、B类5件。")
    >>> [(c.kind, c.verdict) for c in claims]
    [('total', 'inconsistent')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fzlib.check import messages
from fzlib.check.draft import DraftError, load_draft, read_draft
from fzlib.check.verify import Claim, check_text

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Claim", "DraftError", "check_text", "claims_frame", "load_draft", "read_draft"]


def claims_frame(claims: list[Claim]) -> pd.DataFrame:
    """The claims as a table with Chinese headers and Chinese verdict/kind names."""
    import pandas as pd  # here: the command line loads this package for its arguments alone

    rows = [c.to_dict() for c in claims]
    frame = pd.DataFrame(rows, columns=list(messages.FRAME_COLUMNS) + ["code"])
    frame = frame.drop(columns="code")
    frame["verdict"] = frame["verdict"].map(messages.VERDICTS)
    frame["kind"] = frame["kind"].map(messages.KINDS)
    return frame.rename(columns=messages.FRAME_COLUMNS)
