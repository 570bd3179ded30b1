"""A copy of a Word draft with a review comment on each 不一致 and 提示 number; the original is never written.

The draft's text (draft.py) is built paragraph by paragraph and table row by table row, so a
claim's offsets lead back to one paragraph, or one cell, of the document. The run holding the
number is split so that the comment marks exactly the number (python-docx ≥ 1.2 comments).
"""

from __future__ import annotations

import copy
from pathlib import Path

from fzlib.check import messages
from fzlib.check.draft import DraftError, blocks, cell_text, open_docx
from fzlib.check.verify import Claim

AUTHOR = "fzlib 核对"
INITIALS = "FZ"
COMMENTED = ("inconsistent", "note")


def default_output(path: Path) -> Path:
    return path.with_name(f"{path.stem}{messages.ANNOTATED_SUFFIX}.docx")


def annotate_docx(source: Path, claims: list[Claim], out: Path) -> int:
    """Write `out`: `source` with one comment per 不一致/提示 figure. Returns the comments added."""
    from docx.text.paragraph import Paragraph

    source, out = Path(source), Path(out)
    if out.resolve() == source.resolve():
        raise DraftError(messages.ANNOTATE_SAME_FILE.format(path=source))
    document = open_docx(source)  # read only; everything is written to `out`
    wanted = _by_figure([c for c in claims if c.verdict in COMMENTED])
    targets: list[tuple[int, object]] = []  # (line start offset, paragraph or list of cells)
    pos = 0
    # The same lines as the draft's text (draft.blocks), so that a claim's offset leads to its holder.
    for kind, holder, line in blocks(document.element.body, document):
        if kind == "p":
            paragraph = Paragraph(holder, document)
            # With tracked changes the line is not python-docx's text: mark the paragraph's first run.
            targets.append((pos, [paragraph] if paragraph.text == line else [_Whole(paragraph)]))
        else:  # a table row's cells; a text box's line has nothing to hold a comment
            targets.append((pos, _row_cells(holder) if kind == "row" else []))
        pos += len(line) + 1
    added = 0
    for (start, end), group in sorted(wanted.items()):
        runs = _runs_for(targets, start, end)
        if not runs:
            continue
        document.add_comment(runs, text=_comment_text(group), author=AUTHOR, initials=INITIALS)
        added += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    return added


def _by_figure(claims: list[Claim]) -> dict[tuple[int, int], list[Claim]]:
    out: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        out.setdefault((c.stated_start, c.stated_end), []).append(c)
    return out


def _comment_text(group: list[Claim]) -> str:
    return "\n".join(f"【{messages.VERDICTS[c.verdict]}·{messages.KINDS[c.kind]}】{c.message}" for c in group)


class _Whole:
    """A paragraph whose numbers are commented on as a whole (its first run)."""

    def __init__(self, paragraph):
        self.paragraph = paragraph


def _row_cells(row) -> list:
    seen, out = set(), []
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        out.append(cell)
    return out


def _runs_for(targets, start: int, end: int):
    """The runs that hold text[start:end], split out of their neighbours; [] when not found."""
    import bisect

    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    keys = [t[0] for t in targets]
    i = bisect.bisect_right(keys, start) - 1
    if i < 0:
        return []
    line_start, holders = targets[i]
    offset = start - line_start
    length = end - start
    if len(holders) == 1 and isinstance(holders[0], _Whole):
        return holders[0].paragraph.runs[:1]
    if len(holders) == 1 and hasattr(holders[0], "runs"):
        return _split_runs(holders[0], offset, length)
    # a table row: find the cell, then the number inside the cell's paragraphs
    cell_start = 0
    for cell in holders:
        text = cell_text(cell)
        if cell_start <= offset < cell_start + len(text) + 1:
            wanted = text[offset - cell_start : offset - cell_start + length]
            # Its own paragraphs, and those of a table or a content control inside it, as the draft's line reads them.
            paragraphs = [Paragraph(p, cell) for p in cell._tc.iter(qn("w:p"))]
            for paragraph in paragraphs:
                at = paragraph.text.find(wanted)
                if at >= 0:
                    return _split_runs(paragraph, at, length)
            return next((p.runs[:1] for p in paragraphs if p.runs), [])
        cell_start += len(text) + 1
    return []


def _split_runs(paragraph, offset: int, length: int) -> list:
    """Runs covering paragraph.text[offset:offset+length], split at both ends so that exactly
    that text is covered."""
    runs = paragraph.runs
    if "".join(r.text for r in runs) != paragraph.text:
        return runs[:1]  # text inside hyperlinks or fields: mark the paragraph's first run
    pos, first, last = 0, None, None
    for k, run in enumerate(runs):
        n = len(run.text)
        if first is None and pos <= offset < pos + n:
            first = k
            if offset > pos:
                _split_at(run, offset - pos)
                return _split_runs(paragraph, offset, length)
        if first is not None and offset + length <= pos + n:
            last = k
            if offset + length < pos + n:
                _split_at(run, offset + length - pos)
                runs = paragraph.runs
            break
        pos += n
    if first is None or last is None:
        return []
    return paragraph.runs[first : last + 1]


def _split_at(run, at: int) -> None:
    """Cut a run in two at character `at`, both halves keeping the run's formatting."""
    text = run.text
    twin = copy.deepcopy(run._r)
    run._r.addnext(twin)
    run.text = text[:at]
    from docx.text.run import Run

    Run(twin, run._parent).text = text[at:]
