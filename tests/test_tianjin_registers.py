"""A 天津 涉农区 镇's ledgers (苇沽镇, the 88th development town, built blind): the 矛调中心's 村 × 月 cross-tab of 排查 and
化解 (a month group over two sub-columns, a 全年合计 group beside them) as the only count of the disputes, and the 调委会's
register kept as numbered paragraphs in Word. Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean


def _crosstab(total_group: str = "全年合计") -> list[list]:
    months = ["1月", "2月", "3月"]
    top = ["村（社区）"]
    for m in [*months, total_group]:
        top += [m, None]
    sub = [None] + ["排查", "化解"] * (len(months) + 1)
    rows = [
        ["苇沽镇2024年矛盾纠纷排查化解情况统计表（分村居、分月）", *[None] * 8],
        top,
        sub,
        ["苇沽村", 2, 2, 1, 1, 3, 2, 6, 5],
        ["东堤村", 1, 1, None, None, 2, 2, 3, 3],
        ["运河湾社区", 4, 3, 2, 2, 1, 1, 7, 6],
        ["合计", 7, 6, 3, 3, 6, 5, 16, 14],
    ]
    return rows


def _merges(groups: int = 4) -> list[str]:
    """A1-style ranges: 村（社区） down two header rows, each group's title over its two sub-columns."""
    letters = "ABCDEFGHI"
    return ["A2:A3"] + [f"{letters[c - 1]}2:{letters[c]}2" for c in range(2, 2 + 2 * groups, 2)]


def test_a_village_by_month_crosstab_with_a_year_total_group_counts_the_year_once(tmp_path):
    # crosstab_village_by_month_groups (苇沽镇): 村 rows, a merged month group (1月 … ) over 排查 | 化解, a 全年合计 group
    # and a 合计 row. The 全年合计 group is the months' total: added to them, the year's 205 disputes had been 410.
    builders.xlsx(tmp_path / "苇沽镇矛调中心2024年矛盾纠纷排查化解情况统计表.xlsx", {"分村分月统计": _crosstab()},
                  merged={"分村分月统计": _merges()})  # fmt: skip
    f = builders.figures(clean(tmp_path))
    assert (f["disputes.screened"], f["disputes.resolved"]) == (16, 14)


def test_a_village_by_month_crosstab_without_a_total_group_adds_its_months(tmp_path):
    # The class's other side: the months alone (no total group) are the year's parts, added.
    rows = [r[:7] for r in _crosstab()]
    builders.xlsx(tmp_path / "苇沽镇矛调中心2024年矛盾纠纷排查化解情况统计表.xlsx", {"分村分月统计": rows},
                  merged={"分村分月统计": _merges(3)})  # fmt: skip
    f = builders.figures(clean(tmp_path))
    assert (f["disputes.screened"], f["disputes.resolved"]) == (16, 14)
