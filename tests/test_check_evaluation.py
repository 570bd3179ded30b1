"""Evaluation on drafts the checker was not tuned on: every known slip caught, no false alarms.

Each tests/fixtures/drafts/eval-*.{txt,md} draft has a sidecar .yaml listing its known slips
and known-consistent claims; `at` is the end of a claim's text (the last figure it states).
"""

from pathlib import Path

import pytest

from fzlib.check import check_text, read_draft
from fzlib.spec import load_yaml

DRAFTS = Path(__file__).parent / "fixtures" / "drafts"
CASES = sorted(p for p in DRAFTS.glob("eval-*") if p.suffix in (".txt", ".md"))


def _score(path: Path) -> dict:
    truth = load_yaml(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    claims = check_text(read_draft(path))
    flagged = [c for c in claims if c.verdict == "inconsistent"]

    text = read_draft(path)

    def hit(claim, item):
        # `at` ends where one of the figures the claim tested ends
        ends = [e for _, e in claim.used] + [claim.end]
        return claim.kind == item["kind"] and any(text[:e].endswith(item["at"]) for e in ends)

    caught = [s for s in truth["slips"] if any(hit(c, s) for c in flagged)]
    true_flags = [c for c in flagged if any(hit(c, s) for s in truth["slips"])]
    false_alarms = [c for c in flagged if c not in true_flags]
    wrongly_flagged = [k for k in truth["consistent"] if any(hit(c, k) for c in flagged)]
    unseen = [k for k in truth["consistent"] if not any(hit(c, k) for c in claims)]
    return {
        "slips": len(truth["slips"]),
        "caught": len(caught),
        "flagged": len(flagged),
        "true_flags": len(true_flags),
        "false_alarms": [c.text for c in false_alarms],
        "wrongly_flagged": wrongly_flagged,
        "unseen": unseen,
        "missed": [s for s in truth["slips"] if s not in caught],
    }


def test_there_are_evaluation_drafts():
    assert len(CASES) >= 3


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_each_draft_all_slips_caught_no_false_alarms(path):
    score = _score(path)
    assert score["missed"] == []
    assert score["false_alarms"] == []
    assert score["wrongly_flagged"] == []
    assert score["unseen"] == []  # the known-consistent claims were recognised and tested


def test_precision_and_recall_over_all_drafts(capsys):
    scores = [_score(p) for p in CASES]
    slips = sum(s["slips"] for s in scores)
    caught = sum(s["caught"] for s in scores)
    flagged = sum(s["flagged"] for s in scores)
    true_flags = sum(s["true_flags"] for s in scores)
    precision = true_flags / flagged if flagged else 1.0
    recall = caught / slips
    with capsys.disabled():
        print(
            f"\nfzlib check evaluation: {len(CASES)} drafts, {slips} slips, "
            f"recall {recall:.0%} ({caught}/{slips}), precision {precision:.0%} ({true_flags}/{flagged})"
        )
    assert recall == 1.0 and precision == 1.0
