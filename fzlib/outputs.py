"""Writing outputs safely: atomic replacement, and spreadsheet cells that can never become formulas."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write to a temporary file beside `path`, then rename it into place: never half-written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; reports and tables are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def inert(value):
    """A cell value a spreadsheet will show as text, never evaluate (CSV/formula injection).

    >>> inert("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> inert(-3)
    -3
    """
    import pandas as pd  # here, not above: fzlib.render needs write_atomic before pandas is loaded

    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def inert_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of a table safe to hand to Excel/WPS (text cells neutralised, NA as empty)."""
    return frame.astype("object").map(inert)
