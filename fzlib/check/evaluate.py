"""Scoring `check` on the hand-labelled corpus of real reports (tests/fixtures/check_corpus).

A flag (a 不一致 claim) counts only when the claim's own stated figure is a labelled figure:
the span of the figure the claim states must overlap the labelled occurrence. A flag on a
figure labelled `slip` is a hit; a flag anywhere else is a false alarm. Recall is slips
flagged over slips; precision is hits over flagged figures (several claims on one figure count
once). Texts with odd numbers are the development half, even numbers the held-out half.

    python -m fzlib.check.evaluate            # figures for both halves, failures of the dev half
    python -m fzlib.check.evaluate --show all # failures of both halves
    python -m fzlib.check.evaluate --from 385 # only the texts numbered 385 and on (a new batch, scored alone)
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from fzlib.check import messages
from fzlib.check.verify import Claim, check_text
from fzlib.spec import load_yaml

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "check_corpus"
CLASSES = ("total", "share", "rate", "growth", "table")
# A claim's relation → the corpus class it belongs to, for false alarms on unlabelled figures.
RELATION_CLASS = {
    "parts_of_total": "total",
    "shares_sum": "share",
    "share_of_base": "share",
    "rate": "rate",
    "growth": "growth",
    "table": "table",
    "ledger": "table",
}


@dataclass
class Label:
    text_id: str
    figure: str
    start: int
    end: int
    label: str  # slip or consistent
    cls: str
    reason: str


@dataclass
class TextScore:
    text_id: str
    labels: list[Label]
    flagged: list[tuple[int, int, Claim]]  # distinct flagged figures (span) and one claim
    hits: list[Label] = field(default_factory=list)
    false_alarms: list[tuple[Claim, Label | None]] = field(default_factory=list)
    misses: list[Label] = field(default_factory=list)
    tested: int = 0


def split_of(text_id: str) -> str:
    """'dev' for odd-numbered texts, 'held' for even-numbered ones."""
    return "dev" if int(text_id) % 2 else "held"


def occurrence(text: str, figure: str, n: int) -> tuple[int, int]:
    """Span of the n-th (1-based) occurrence of figure that is not part of a longer number."""
    # A comma is part of a longer number only after a digit (1,234); "300余件,95%" is two figures.
    pattern = re.compile(r"(?<![\d.])(?<!\d,)" + re.escape(figure) + r"(?![\d])")
    found = list(pattern.finditer(text))
    if len(found) < n:
        raise ValueError(f"figure {figure!r} occurs {len(found)} times, label wants #{n}")
    m = found[n - 1]
    return m.start(), m.end()


def load_labels(text_id: str, text: str) -> tuple[dict, list[Label]]:
    meta = load_yaml((CORPUS / f"{text_id}.yaml").read_text(encoding="utf-8"))
    labels = []
    for item in meta.get("claims") or []:
        start, end = occurrence(text, str(item["figure"]), int(item.get("n", 1)))
        labels.append(
            Label(text_id, str(item["figure"]), start, end, item["label"], item["class"], item.get("reason", ""))
        )
    return meta, labels


def stated_span(claim: Claim) -> tuple[int, int]:
    return claim.stated_start, claim.stated_end


def score_text(text_id: str) -> TextScore:
    text = (CORPUS / f"{text_id}.txt").read_text(encoding="utf-8")
    _, labels = load_labels(text_id, text)
    claims = check_text(text)
    spans: dict[tuple[int, int], Claim] = {}
    for c in claims:
        if c.verdict == "inconsistent":
            spans.setdefault(stated_span(c), c)
    score = TextScore(text_id, labels, [(s, e, c) for (s, e), c in spans.items()])

    def label_at(s: int, e: int) -> Label | None:
        return next((lb for lb in labels if lb.start < e and s < lb.end), None)

    for s, e, c in score.flagged:
        lb = label_at(s, e)
        if lb is not None and lb.label == "slip":
            if lb not in score.hits:
                score.hits.append(lb)
        else:
            score.false_alarms.append((c, lb))
    score.misses = [lb for lb in labels if lb.label == "slip" and lb not in score.hits]
    score.tested = sum(1 for lb in labels if any(lb.start < c.stated_end and c.stated_start < lb.end for c in claims))
    return score


def text_ids() -> list[str]:
    return sorted(p.stem for p in CORPUS.glob("*.txt"))


@dataclass
class Figures:
    slips: int = 0
    caught: int = 0
    flagged: int = 0
    true_flags: int = 0
    consistent: int = 0
    labelled: int = 0
    tested: int = 0

    @property
    def recall(self) -> float:
        return self.caught / self.slips if self.slips else 1.0

    @property
    def precision(self) -> float:
        return self.true_flags / self.flagged if self.flagged else 1.0


def tally(scores: list[TextScore], cls: str | None = None) -> Figures:
    f = Figures()
    for s in scores:
        labels = [lb for lb in s.labels if cls is None or lb.cls == cls]
        f.labelled += len(labels)
        f.slips += sum(lb.label == "slip" for lb in labels)
        f.consistent += sum(lb.label == "consistent" for lb in labels)
        f.caught += sum(1 for lb in s.hits if cls is None or lb.cls == cls)
        f.true_flags += sum(1 for lb in s.hits if cls is None or lb.cls == cls)
        f.flagged += sum(1 for lb in s.hits if cls is None or lb.cls == cls)
        for claim, lb in s.false_alarms:
            alarm_cls = lb.cls if lb is not None else RELATION_CLASS.get(claim.relation, "total")
            if cls is None or alarm_cls == cls:
                f.flagged += 1
    if cls is None:
        f.tested = sum(s.tested for s in scores)
    return f


def _line(name: str, f: Figures) -> str:
    return messages.EVAL_LINE.format(
        name=name, slips=f.slips, caught=f.caught, flagged=f.flagged, recall=f.recall, precision=f.precision
    )


def report(scores: list[TextScore], title: str) -> list[str]:
    overall = tally(scores)
    heading = messages.EVAL_HEADING.format(
        title=title,
        texts=len(scores),
        labelled=overall.labelled,
        slips=overall.slips,
        consistent=overall.consistent,
        tested=overall.tested,
    )
    out = [heading, _line(messages.EVAL_OVERALL, overall)]
    out += [_line(cls, tally(scores, cls)) for cls in CLASSES]
    return out


def failures(scores: list[TextScore]) -> list[str]:
    out = []
    for s in scores:
        for claim, lb in s.false_alarms:
            where = (
                messages.EVAL_LABELLED.format(figure=lb.figure, reason=lb.reason) if lb else messages.EVAL_UNLABELLED
            )
            out.append(
                messages.EVAL_FALSE_ALARM.format(
                    text_id=s.text_id, text=claim.text[:60], relation=claim.relation, where=where, message=claim.message
                )
            )
        for lb in s.misses:
            out.append(messages.EVAL_MISS.format(text_id=s.text_id, figure=lb.figure, cls=lb.cls, reason=lb.reason))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fzlib.check.evaluate")
    parser.add_argument("--show", choices=("dev", "held", "all", "none"), default="dev", help=messages.EVAL_SHOW_HELP)
    parser.add_argument("--from", dest="first", type=int, default=0, help=messages.EVAL_FROM_HELP)
    args = parser.parse_args(argv)
    scores = [score_text(t) for t in text_ids() if int(t) >= args.first]
    dev = [s for s in scores if split_of(s.text_id) == "dev"]
    held = [s for s in scores if split_of(s.text_id) == "held"]
    names = messages.EVAL_SPLITS
    lines = report(dev, names["dev"]) + report(held, names["held"]) + report(scores, names["all"])
    shown = {"dev": dev, "held": held, "all": scores, "none": []}[args.show]
    if shown:
        lines += ["", messages.EVAL_FAILURES] + (failures(shown) or [messages.EVAL_NONE])
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
