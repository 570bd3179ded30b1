"""The `check` command: arguments, running, and the Chinese terminal table (or JSON) it prints.

Exit status: 0 when nothing is 不一致, 1 when something is, 2 when the draft cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from typing import Callable

from fzlib.check import messages
from fzlib.check.draft import DraftError, read_draft
from fzlib.check.verify import Claim, check_text

TABLE_WIDTH = 100
# Widths of 序号, 结论, 类别, 所述, 核算; the last column takes the rest.
_COLUMNS = (4, 8, 10, 9, 9)
_PERCENT_KINDS = ("share", "rate", "shares_sum")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the check command's arguments (path, --year, --json) to a parser."""
    parser.description = messages.HELP["command"]
    parser.add_argument("path", help=messages.HELP["path"])
    parser.add_argument("--year", type=int, default=None, help=messages.HELP["year"])
    parser.add_argument("--json", action="store_true", help=messages.HELP["json"])


def run(args: argparse.Namespace, load_indicators: Callable[[int], dict]) -> int:
    """Check the draft named in args; print the result; return the exit status."""
    try:
        text = read_draft(args.path)
    except DraftError as err:
        print(str(err), file=sys.stderr)
        return 2
    except OSError as err:
        print(messages.READ_FAILED.format(path=args.path, reason=err.strerror or err), file=sys.stderr)
        return 2
    indicators = _indicators(args.year, load_indicators)
    claims = check_text(text, indicators)
    if args.json:
        print(json.dumps({"claims": [c.to_dict() for c in claims]}, ensure_ascii=False, indent=1))
    else:
        print(render_table(claims, text))
    return 1 if any(c.verdict == "inconsistent" for c in claims) else 0


def _indicators(year: int | None, load_indicators: Callable[[int], dict]) -> dict | None:
    if year is None:
        print(messages.HINT_NO_YEAR, file=sys.stderr)
        return None
    try:
        return load_indicators(year)
    except FileNotFoundError:
        print(messages.HINT_NO_INDICATORS.format(year=year), file=sys.stderr)
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
    if kind in _PERCENT_KINDS or (kind in ("ledger", "growth") and span.rstrip().endswith(("%", "％"))):
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
    for i, c in enumerate(claims, 1):
        line_no = text.count("\n", 0, c.start) + 1
        excerpt = _wrap(f"[第{line_no}行] {c.text}", last)[:3]
        body = excerpt + _wrap(c.message, last)
        cells = (str(i), messages.VERDICTS[c.verdict], messages.KINDS[c.kind],
                 _shown(c.stated, c.kind, c.text), _shown(c.expected, c.kind, c.text))
        for k, piece in enumerate(body):
            left = cells if k == 0 else ("",) * len(cells)
            row = " ".join(_pad(v, w) for v, w in zip(left, _COLUMNS))
            out.append((row + " " + piece).rstrip())
        out.append(rule)
    counts = Counter(c.verdict for c in claims)
    out.append(messages.SUMMARY.format(total=len(claims), **{v: counts.get(v, 0)
                                                             for v in messages.VERDICTS}))
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
