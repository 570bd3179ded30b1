"""The hand-labelled corpus of real reports (tests/fixtures/check_corpus): labels valid, every text
checked without failing, and the figures `make eval-check` prints shown in the test output."""

from __future__ import annotations

import functools

import pytest

from fzlib.check import evaluate
from fzlib.spec import load_yaml

# One worker checks the whole corpus, each text once (see score_text).
pytestmark = pytest.mark.xdist_group("check_corpus")
IDS = evaluate.text_ids()
score_text = functools.cache(evaluate.score_text)


def test_the_corpus_has_forty_texts_with_their_sources():
    assert len(IDS) >= 40
    readme = (evaluate.CORPUS / "README.md").read_text(encoding="utf-8")
    for text_id in IDS:
        meta = load_yaml((evaluate.CORPUS / f"{text_id}.yaml").read_text(encoding="utf-8"))
        assert meta["source"].startswith("http") and meta["source"] in readme
        assert {c["label"] for c in meta["claims"]} <= {"slip", "consistent"}
        assert {c["class"] for c in meta["claims"]} <= set(evaluate.CLASSES)


@pytest.mark.parametrize("text_id", IDS)
def test_every_labelled_figure_is_found_and_every_text_checks(text_id):
    score = score_text(text_id)  # raises when a labelled figure is not in the text
    assert score.labels


def test_recall_and_precision_on_the_corpus(capsys):
    scores = [score_text(t) for t in IDS]
    lines = evaluate.report(scores, "all texts")
    with capsys.disabled():
        print("\nfzlib check on the labelled corpus (make eval-check):\n" + "\n".join(lines))
    overall = evaluate.tally(scores)
    # A floor against regressions; the hidden corpora decide. It sits just under the level the corpus
    # reached (0.81, 113 of 140 after corpus33; 0.77, 116 of 150 after corpus35, whose two slips, changes
    # whose counts stand only in the sentence before, are not found; 0.79, 119 of 151 after corpus36; 0.79, 123
    # of 155 after corpus37; the misses left are listed in the corpus README).
    assert overall.recall >= 0.79 and overall.precision >= 0.9


def test_a_labelled_figure_after_a_comma_is_found_unless_the_comma_is_a_thousands_separator():
    text = "受理诉求300余件,95%以上化解;办结1,95件"
    assert evaluate.occurrence(text, "95%", 1) == (text.index("95%"), text.index("95%") + 3)
    with pytest.raises(ValueError):
        evaluate.occurrence(text, "95件", 1)  # inside 1,95件
