"""Reading a draft report (.docx, .txt, .md) into one plain text string.

Offsets of claims refer to this string. Word paragraphs become lines; table rows become lines
whose cells are joined by tabs, in document order, so a figure in a table is read like prose.
"""

from __future__ import annotations

from pathlib import Path

from fzlib.check import messages

_TEXT_ENCODINGS = ("utf-8-sig", "gb18030", "utf-16")


class DraftError(ValueError):
    """The draft cannot be read; carries a Chinese message for the user."""


def read_draft(path: str | Path) -> str:
    """The draft's text: .docx via python-docx, .txt/.md decoded (UTF-8, GB18030 or UTF-16)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _read_docx(path)
    if suffix in (".txt", ".md", ".markdown", ".text"):
        return _decode(path.read_bytes())
    raise DraftError(messages.UNSUPPORTED.format(suffix=suffix or "（无扩展名）"))


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in _TEXT_ENCODINGS:
        try:
            return data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _read_docx(path: Path) -> str:
    import docx  # imported late: only .docx drafts need it
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                lines.append("\t".join(_unique_cells(row)))
    return "\n".join(lines)


def _unique_cells(row) -> list[str]:
    """Cell texts of a row; merged cells repeat in python-docx, so keep each once."""
    seen, out = set(), []
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        out.append(cell.text.strip())
    return out
