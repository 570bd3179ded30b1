"""Hostile drafts: the work stays linear in the length of the text because every relation is
looked for among a bounded number of figures, and labels are bounded. Not timed: the bounds are
checked where the work happens. Drafts are also capped at draft.MAX_CHARS characters; measured by
hand, `check` on a 50 MB text file takes about 5 s and 150–190 MB of memory."""

from __future__ import annotations

import pytest

from fzlib.check import check_text, claims

# Every draft here is built to reach a limit (conftest: such tests are slow).
pytestmark = pytest.mark.slow


@pytest.fixture
def recorded(monkeypatch):
    sizes: dict[str, list[int]] = {"sentence": [], "paragraph": [], "label": []}
    real_breakdowns, real_shares, real_common = claims._breakdowns, claims._shares, claims.common_len

    def breakdowns(norm, figs, continued=False):
        sizes["sentence"].append(len(figs))
        return real_breakdowns(norm, figs, continued)

    def shares(norm, figs, bds, paragraph, window, parted=None, reach=None):
        # the window is a part of the reach: both hold the paragraphs just before, no more
        sizes["paragraph"].append(len(paragraph) + max(len(window), len(reach or ())))
        return real_shares(norm, figs, bds, paragraph, window, parted, reach)

    def common_len(a, b):
        sizes["label"].append(max(len(a), len(b)))
        return real_common(a, b)

    monkeypatch.setattr(claims, "_breakdowns", breakdowns)
    monkeypatch.setattr(claims, "_shares", shares)
    monkeypatch.setattr(claims, "common_len", common_len)
    return sizes


def test_one_endless_sentence_is_looked_at_in_bounded_pieces(recorded):
    text = "共" + "、".join(f"甲类{i}件，占{i % 100}%" for i in range(5000)) + "。"
    check_text(text)
    assert max(recorded["sentence"]) <= claims.SENTENCE_FIGURES_MAX + 1
    window = claims.WINDOW_PARAGRAPHS * claims.PARAGRAPH_FIGURES_MAX
    assert max(recorded["paragraph"]) <= claims.PARAGRAPH_FIGURES_MAX + window


def test_many_paragraphs_each_see_only_their_neighbours(recorded):
    text = "\n".join(f"第{i}段共受理申请{100 + i}件，其中受理{50 + i}件，占{50}%。" for i in range(3000))
    check_text(text)
    assert len(recorded["sentence"]) <= 2 * 3000
    window = claims.WINDOW_PARAGRAPHS * claims.PARAGRAPH_FIGURES_MAX
    assert max(recorded["paragraph"]) <= claims.PARAGRAPH_FIGURES_MAX + window


def test_labels_are_bounded_however_long_the_clause(recorded):
    text = ("没有标点的很长的叙述" * 5000) + "审结120件" + "又是很长的叙述" * 5000 + "占审结案件的50%"
    check_text(text)
    assert not recorded["label"] or max(recorded["label"]) <= claims.LABEL_MAX


@pytest.mark.parametrize(
    "text",
    [
        "1 " * 20000,  # digits and spaces (once a regex trap)
        "一二三四五六七八九十" * 5000,  # a run of numeral characters
        "9" * 50000 + "件",  # a number too long to be one
        "（" * 20000 + "1件" + "）" * 20000,
        "|" + "|".join(["1"] * 5000) + "|\n" + "|" + "|".join(["2%"] * 5000) + "|",
    ],
)
def test_pathological_inputs_finish_and_say_nothing_wrong(text):
    assert all(c.verdict != "inconsistent" for c in check_text(text))
