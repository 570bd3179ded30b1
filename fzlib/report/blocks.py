"""The report's pieces as HTML (cards, tables, charts, folded audit material); every piece of text is escaped here."""

from __future__ import annotations

import re
import unicodedata
from html import escape

import pandas as pd

from fzlib.report import charts
from fzlib.report.pieces import Cards, Chart, Collapsed, Highlights, Note, Paragraph, Subheading, Table


class Block(str):
    """HTML that Jupyter displays as HTML (so a section function can simply return it)."""

    def _repr_html_(self) -> str:
        return str(self)


def join(*parts: str) -> Block:
    return Block("\n".join(p for p in parts if p))


def para(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{escape(text)}</p>"


def card(label: str, value: str, unit: str = "", note: str = "", state: str = "") -> str:
    cls = "kpi" + (f" is-{state}" if state else "")
    unit_html = f'<span class="kpi-unit">{escape(unit)}</span>' if unit else ""
    note_html = f'<div class="kpi-note">{escape(note)}</div>' if note else ""
    return (
        f'<div class="{cls}"><div class="kpi-value">{escape(value)}{unit_html}</div>'
        f'<div class="kpi-label">{escape(label)}</div>{note_html}</div>'
    )


def cards(items: list[str]) -> str:
    return '<div class="kpi-grid">' + "".join(items) + "</div>"


def table(frame: pd.DataFrame, caption: str = "", numeric: list[str] | None = None, total: bool = False) -> str:
    """A report table. Cells are shown as given (format numbers before); the last row is bold when
    `total`. Numeric columns are right-aligned."""
    numeric = set(
        numeric if numeric is not None else [c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])]
    )
    num = ' class="num"'
    head = "".join(f"<th{num if c in numeric else ''}>{escape(str(c))}</th>" for c in frame.columns)
    rows = []
    for i, record in enumerate(frame.itertuples(index=False)):
        cls = ' class="total"' if total and i == len(frame) - 1 else ""
        cells = "".join(
            f"<td{num}>{_number_cell(_show(v))}</td>" if c in numeric else f"<td>{_text_cell(_show(v))}</td>"
            for c, v in zip(frame.columns, record)
        )
        rows.append(f"<tr{cls}>{cells}</tr>")
    cap = f"<caption>{escape(caption)}</caption>" if caption else ""
    return (
        f'<div class="table-wrap"><table class="fz-table">{cap}<thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


# A number inside a text cell (不低于100.0%, 同比增长14.9%): on a phone the cell wraps anywhere, and 100.0 over %
# reads as a different number. Each run is kept on one line; runs longer than a phone's narrowest column could
# hold (a long serial) are left to wrap rather than widen the table.
# 1,234 / 25.0 / 100.0% / 2024-03-05, never digits inside a word (a SHA-256).
_NUMBER_RUN = re.compile(r"(?<![0-9A-Za-z.])[+-]?\d[\d,]*(?:[./:-]\d+)*%?(?![0-9A-Za-z])")
_NUMBER_RUN_MAX = 12


# A cell of up to five Chinese characters (未达目标, 无法统计, 取自统计表) is one word to its reader: on a phone it had broken as
# 未达目 over 标. It may break once, between its halves (未达 over 目标), never leaving a character alone; kept whole it
# had squeezed a column of long labels beside it (法律明 / 白人培 / 训). Longer text and headers may wrap anywhere.
_SHORT_WORD = 5


def _one_word(text: str) -> bool:
    """Whether a cell's text is one short word (无法统计 in a column of numbers too)."""
    return 1 < len(text) <= _SHORT_WORD and all(unicodedata.east_asian_width(ch) in "WF" for ch in text)


def _word(text: str) -> str:
    """A short word's HTML: whole up to three characters, else two halves each whole (取自 统计表)."""
    halves = [text] if len(text) <= 3 else [text[:2], text[2:]]
    return "".join(f'<span class="nb">{escape(h)}</span>' for h in halves)


def _number_cell(text: str) -> str:
    """A number cell's escaped HTML: kept whole by its class, or a short word (无法统计 for a withheld figure)."""
    return _word(text) if _one_word(text) else escape(text)


def _text_cell(text: str) -> str:
    """A text cell's escaped HTML, each number in it, or the whole cell when it is one short word, marked to stay
    whole on its line.

    >>> _text_cell("不低于100.0%"), _text_cell("未达目标")
    ('不低于<span class="nb">100.0%</span>', '<span class="nb">未达</span><span class="nb">目标</span>')
    """
    if _one_word(text):
        return _word(text)
    out, at = [], 0
    for m in _NUMBER_RUN.finditer(text):
        if len(m.group()) > _NUMBER_RUN_MAX:
            continue
        out += [escape(text[at : m.start()]), f'<span class="nb">{escape(m.group())}</span>']
        at = m.end()
    return "".join(out) + escape(text[at:])


def _show(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    return str(value)


def figure(img_html: str, caption: str) -> str:
    """`img_html` comes from fzlib.report.charts (trusted, generated here); the caption is escaped."""
    return f'<figure class="fz-figure">{img_html}<figcaption>{escape(caption)}</figcaption></figure>'


def note(text: str) -> str:
    return para(text, "fz-note")


def render(pieces) -> Block:
    """A component's or a section's pieces as one HTML block."""
    return join(*(html(p) for p in pieces))


def html(piece) -> str:
    """One piece as HTML."""
    if isinstance(piece, Paragraph):
        return note(piece.text) if piece.remark else para(piece.text)
    if isinstance(piece, Note):
        return note(piece.text)
    if isinstance(piece, Subheading):
        return f"<h3>{escape(piece.number + piece.text)}</h3>"
    if isinstance(piece, Table):
        return table(
            piece.frame, piece.caption, list(piece.numeric) if piece.numeric is not None else None, piece.total
        )
    if isinstance(piece, Chart):
        return figure(charts.svg(piece), piece.caption)
    if isinstance(piece, Cards):
        shown = cards([card(c.label, c.value, c.unit, c.note, c.state) for c in piece.cards])
        return join(shown, note(piece.lead) if piece.lead else "")
    if isinstance(piece, Highlights):
        items = "".join(f"<li>{escape(item)}</li>" for item in piece.items)
        return f'<div class="fz-highlights"><h2 class="fz-highlights-title">要点</h2><ul>{items}</ul></div>'
    if isinstance(piece, Collapsed):
        return (
            f'<details class="fz-details"><summary>{escape(piece.summary)}</summary>\n'
            f"{render(piece.pieces)}\n</details>"
        )
    raise TypeError(f"not a report piece: {piece!r}")
