"""What a report says, independent of its format: the pieces components produce, rendered to HTML (blocks) and to Word (document).

A component (fzlib.report.components) returns pieces; fzlib.report.blocks turns them into the
page's HTML and fzlib.report.document into the official Word document, so the two always carry the
same words, tables and charts. `word=False` keeps a piece out of the Word document (the page has
room for detail the submitted document does not); a `Paragraph` marked `remark` is an internal
checking remark: the page shows it as a note, the Word document and its text copy never do.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass(frozen=True)
class Paragraph:
    text: str
    remark: bool = False  # an internal checking remark, not a sentence of the report
    word: bool = True


@dataclass(frozen=True)
class Note:
    """A source note or a reader's aid under a table (small print on the page)."""

    text: str
    word: bool = True


@dataclass(frozen=True)
class Subheading:
    """A second-level heading inside a section, numbered （一）（二）… where it is rendered."""

    text: str
    number: str = ""  # （一）, given when the section is laid out
    word: bool = True


@dataclass(frozen=True, eq=False)
class Table:
    frame: pd.DataFrame
    caption: str  # the table's title, e.g. 表：行政执法案件按类别
    numeric: tuple[str, ...] | None = None  # right-aligned columns; None: every numeric column
    total: bool = False  # the last row is a total
    word: bool = True


@dataclass(frozen=True)
class Chart:
    kind: str  # bar or line
    labels: tuple[str, ...]
    values: tuple[float, ...]
    title: str
    unit: str
    caption: str
    series: str = ""  # the line's name (line charts)
    word: bool = True

    @property
    def horizontal(self) -> bool:
        return self.kind == "bar" and len(self.labels) > 5


@dataclass(frozen=True)
class Card:
    label: str
    value: str
    unit: str = ""
    note: str = ""
    state: str = ""  # warn, good, partial, na


@dataclass(frozen=True)
class Cards:
    cards: tuple[Card, ...]
    lead: str = ""  # how to read them
    rows: tuple[tuple[str, ...], ...] = ()  # the same figures as a table for Word: 指标, 本年, 上年, 变化
    word: bool = True


@dataclass(frozen=True)
class Highlights:
    """The one-screen summary at the top: the headline figures and what changed."""

    items: tuple[str, ...]
    word: bool = False


@dataclass(frozen=True)
class Collapsed:
    """Audit material a reader opens when needed (the page folds it; the Word document leaves it out)."""

    summary: str
    pieces: tuple = field(default_factory=tuple)
    word: bool = False


Piece = Paragraph | Note | Subheading | Table | Chart | Cards | Highlights | Collapsed
