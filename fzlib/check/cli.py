"""The `check` command: arguments, running, and the Chinese terminal table (or JSON) it prints;
--annotate and --html write a marked copy of the draft beside it.

Exit status: 0 when nothing is 不一致, 1 when something is or when the draft cannot be read or the
marked copy written (a Chinese message says which); never 2, which is argparse's for wrong usage.
"""

from __future__ import annotations

import argparse
import bisect
import errno
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from fzlib import paths
from fzlib.check import messages
from fzlib.check.draft import (
    MAX_CHARS,
    DraftError,
    load_draft,
    numbers_aside,
    numbers_in_graphics,
    title_town,
    title_year,
)
from fzlib.check.verify import Claim, check_text

TABLE_WIDTH = 100
# Widths of 序号, 结论, 类别, 所述, 核算; the last column takes the rest.
_COLUMNS = (4, 8, 10, 9, 9)
_PERCENT_KINDS = ("share", "rate", "shares_sum")


def add_arguments(parser: argparse.ArgumentParser, year_type: Callable[[str], int] = int) -> None:
    """Add the check command's arguments (path, --year, --json) to a parser; `year_type` reads --year
    as every other command does (a year no ledger can be of, 24 or 99999, is wrong usage)."""
    parser.description = messages.HELP["command"]
    parser.add_argument("path", help=messages.HELP["path"])
    parser.add_argument("--year", type=year_type, default=None, metavar="年份", help=messages.HELP["year"])
    parser.add_argument("--town", default=None, metavar="乡镇", help=messages.HELP["town"])
    parser.add_argument("--county", type=Path, default=None, metavar="文件夹", help=messages.HELP["county"])
    parser.add_argument("--json", action="store_true", help=messages.HELP["json"])
    parser.add_argument(
        "--annotate", nargs="?", const="", default=None, metavar="OUT.docx", help=messages.HELP["annotate"]
    )
    parser.add_argument("--html", nargs="?", const="", default=None, metavar="OUT.html", help=messages.HELP["html"])


def run(
    args: argparse.Namespace,
    load_indicators: Callable[[int], dict],
    load_sources: Callable[[int], Callable[[str], str]] | None = None,
    town: str | None = None,
) -> int:
    """Check the draft named in args; print the result; return the exit status. `town`, the township
    whose ledgers give the indicators, leaves a draft whose title names another unchecked by them."""
    path = Path(args.path)
    try:
        draft = load_draft(path)
    except DraftError as err:
        print(str(err), file=sys.stderr)
        return 1
    except OSError as err:
        reason = messages.READ_REASONS.get(errno.errorcode.get(err.errno or 0, ""), err.strerror or str(err))
        print(messages.READ_FAILED.format(path=args.path, reason=reason), file=sys.stderr)
        return 1
    text = draft.text
    if draft.full_length > len(text):
        print(
            messages.TOO_LONG.format(total=f"{draft.full_length:,}", limit=f"{MAX_CHARS:,}", checked=f"{len(text):,}"),
            file=sys.stderr,
        )
    other_year = _draft_of_another_year(text, args.year)
    other_town = not other_year and _draft_of_another_town(text, args.year, town)
    other_year = other_year or other_town
    indicators = None if other_year else _indicators(args.year, load_indicators, getattr(args, "town", None))
    sources = load_sources(args.year) if indicators is not None and load_sources is not None else None
    claims = check_text(text, indicators, sources, args.year)
    if args.json:
        print(json.dumps({"claims": [c.to_dict() for c in claims]}, ensure_ascii=False, indent=1))
    else:
        print(render_table(claims, text))
    if not claims and path.suffix.lower() == ".docx" and (aside := numbers_aside(path)):
        print(messages.NUMBERS_ASIDE.format(parts="、".join(aside)), file=sys.stderr)
    if path.suffix.lower() == ".docx" and (graphics := numbers_in_graphics(path)):
        print(messages.NUMBERS_IN_GRAPHICS.format(parts="、".join(graphics)), file=sys.stderr)
    status = 1 if other_year or any(c.verdict == "inconsistent" for c in claims) else 0
    try:
        _write_marked_copies(args, path, text, claims)
    except DraftError as err:
        print(str(err), file=sys.stderr)
        return 1
    except OSError as err:
        reason = messages.WRITE_REASONS.get(errno.errorcode.get(err.errno or 0, ""), err.strerror or err)
        print(messages.WRITE_FAILED.format(reason=reason), file=sys.stderr)
        return 1
    return status


def _write_marked_copies(args, path: Path, text: str, claims: list[Claim]) -> None:
    if getattr(args, "annotate", None) is not None:
        if path.suffix.lower() != ".docx":
            raise DraftError(messages.ANNOTATE_NOT_DOCX.format(path=path))
        from fzlib.check.annotate import annotate_docx, default_output

        out = Path(args.annotate) if args.annotate else default_output(path)
        _refuse_other_suffix(out, (".docx",))
        added = annotate_docx(path, claims, out)
        print(messages.ANNOTATED.format(path=out, n=added), file=sys.stderr)
    if getattr(args, "html", None) is not None:
        from fzlib.check.view import render_page

        out = Path(args.html) if args.html else path.with_name(f"{path.stem}{messages.VIEW_SUFFIX}.html")
        _refuse_other_suffix(out, (".html", ".htm"))
        if out.resolve() == path.resolve():
            raise DraftError(messages.ANNOTATE_SAME_FILE.format(path=path))
        out.write_text(render_page(text, claims, messages.VIEW_TITLE.format(name=path.name)), encoding="utf-8")
        print(messages.VIEW_WRITTEN.format(path=out), file=sys.stderr)


def _draft_of_another_year(text: str, year: int | None) -> bool:
    """A draft whose title names another year than --year (last year's report, or --year mistyped):
    its figures are never compared with this year's ledgers (each would be 不一致); said, exit 1."""
    drafted = title_year(text) if year is not None else None
    if drafted is None or drafted == year:
        return False
    print(messages.DRAFT_OTHER_YEAR.format(drafted=drafted, year=year), file=sys.stderr)
    return True


def _draft_of_another_town(text: str, year: int | None, town: str | None) -> bool:
    """A draft whose title names another township than the one whose ledgers would check it (洋川镇's
    report against 旺草镇's ledgers): each figure would be 不一致. Said, exit 1."""
    drafted = title_town(text) if year is not None and town else None
    if drafted is None or drafted in town or town in text[: text.find(drafted) + len(drafted)]:
        return False
    print(messages.DRAFT_OTHER_TOWN.format(drafted=drafted, town=town, year=year), file=sys.stderr)
    return True


def _refuse_other_suffix(out: Path, suffixes: tuple[str, ...]) -> None:
    """A marked copy is written only under its own suffix: `--annotate 草稿.txt` would have written a Word
    file over the text draft of that name; and never into the raw ledgers' folder (a draft kept there
    would have its marked copy read as a ledger by the next clean)."""
    raw = paths.RAW.resolve()
    if out.resolve() == raw or raw in out.resolve().parents:
        raise DraftError(messages.MARKED_IN_RAW.format(path=out))
    if out.is_dir():
        raise DraftError(messages.WRITE_FAILED.format(reason=messages.WRITE_REASONS["EISDIR"]))
    if out.suffix.lower() not in suffixes:
        raise DraftError(messages.MARKED_SUFFIX.format(suffix=suffixes[0], path=out))


def _indicators(year: int | None, load_indicators: Callable[[int], dict], town: str | None = None) -> dict | None:
    if year is None:
        print(messages.HINT_NO_YEAR, file=sys.stderr)
        return None
    try:
        return load_indicators(year)
    except FileNotFoundError:
        hint = messages.HINT_NO_TOWN if town else messages.HINT_NO_INDICATORS
        print(hint.format(year=year, town=town), file=sys.stderr)
        return None


# ---------------------------------------------------------------- the terminal table


def display_width(s: str) -> int:
    """Columns a string takes on a terminal: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - display_width(s))


def _wrap(s: str, width: int) -> list[str]:
    lines, line, used = [], "", 0
    for ch in s.replace("\n", " ").replace("\t", " "):
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width:
            lines.append(line)
            line, used = "", 0
        line += ch
        used += w
    if line or not lines:
        lines.append(line)
    return lines


def _shown(value: float | None, kind: str, span: str) -> str:
    if value is None:
        return "—"
    # A percentage as stated: with its sign, in ‰ (1.5‰ is 0.15%) or in tenths (逾九成 is over 90%).
    stated_as_percentage = span.rstrip().endswith(("%", "％", "‰", "成", "成以上"))
    if kind in _PERCENT_KINDS or (kind in ("ledger", "growth", "table") and stated_as_percentage):
        return f"{value * 100:.2f}".rstrip("0").rstrip(".") + "%"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def render_table(claims: list[Claim], text: str, width: int = TABLE_WIDTH) -> str:
    """The claims as a table of at most `width` display columns, then a one-line summary."""
    if not claims:
        return messages.NO_CLAIMS
    last = width - sum(_COLUMNS) - len(_COLUMNS)
    widths = (*_COLUMNS, last)
    rule = "-" * width
    out = [" ".join(_pad(h, w) for h, w in zip(messages.TABLE_HEADERS, widths)).rstrip(), rule]
    line_starts = [i for i, ch in enumerate(text) if ch == "\n"]
    for i, c in enumerate(claims, 1):
        line_no = bisect.bisect_left(line_starts, c.start) + 1
        excerpt = _wrap(f"[第{line_no}行] {c.text}", last)[:3]
        body = excerpt + _wrap(c.message, last)
        cells = (
            str(i),
            messages.VERDICTS[c.verdict],
            messages.KINDS[c.kind],
            _shown(c.stated, c.kind, c.text),
            _shown(c.expected, c.kind, c.text),
        )
        for k, piece in enumerate(body):
            left = cells if k == 0 else ("",) * len(cells)
            row = " ".join(_pad(v, w) for v, w in zip(left, _COLUMNS))
            out.append((row + " " + piece).rstrip())
        out.append(rule)
    counts = Counter(c.verdict for c in claims)
    out.append(messages.SUMMARY.format(total=len(claims), **{v: counts.get(v, 0) for v in messages.VERDICTS}))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Standalone entry (`python -m fzlib.check.cli`), without ledger indicators."""
    parser = argparse.ArgumentParser(prog="fzlib check")
    add_arguments(parser)
    args = parser.parse_args(argv)

    def no_indicators(year: int) -> dict:
        raise FileNotFoundError(year)

    return run(args, no_indicators)


if __name__ == "__main__":
    raise SystemExit(main())
