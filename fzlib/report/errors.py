"""The report's one failure type: `RenderError`, carrying a Chinese message and where it failed."""

from __future__ import annotations

from pathlib import Path


class RenderError(RuntimeError):
    """The report could not be rendered; ``str(err)`` is a Chinese message for the user.

    ``cell`` is the 1-based number of the failing cell in the source notebook (None when the
    failure is not tied to a cell), ``section`` the heading it belongs to, ``failed_html`` the
    page written to explain the failure (None when nothing could be written).
    """

    def __init__(
        self, message: str, *, cell: int | None = None, section: str | None = None, failed_html: Path | None = None
    ):
        super().__init__(message)
        self.cell = cell
        self.section = section
        self.failed_html = failed_html
