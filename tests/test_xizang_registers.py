"""A 西藏 牧区 乡's ledgers (岗雄乡, the 89th development town, built blind): the 一村一法律顾问's year statistics as a
cross-tab of 村 × service with the quarters as column groups and a 全年合计 group beside them, and the 学法 register's
training of the 双联户户长. Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import pytest

import builders
from builders import clean, codes

_SERVICES = ["法律咨询（人次）", "审查合同（件）", "法律意见书（件）", "法律援助（件）"]


def _crosstab(groups: list[str], rows: list[list]) -> tuple[list[list], list[str]]:
    width = 1 + 4 * len(groups)
    top = ["村（居）"]
    for g in groups:
        top += [g, None, None, None]
    grid = [
        ["隆岗县岗雄乡“一村（居）一法律顾问”服务情况统计表（2024年）", *[None] * (width - 1)],
        top,
        [None, *_SERVICES * len(groups)],
        *rows,
    ]
    merged = ["B2:E2", "F2:I2", "J2:M2", "N2:Q2", "R2:U2"][: len(groups)] + ["A2:A3"]
    return grid, merged


_QUARTERS = ["一季度", "二季度", "三季度", "四季度"]
_VILLAGE_ROWS = [
    ["岗雄村", 3, 1, None, None, 2, None, 1, None, 4, 1, None, None, 1, None, None, 1],
    ["帕热村", 2, None, None, None, 5, 1, None, None, None, None, None, None, 3, None, None, None],
    ["合计", 5, 1, 0, 0, 7, 1, 1, 0, 4, 1, 0, 0, 4, 0, 0, 1],
]
_YEAR_TOTALS = [[10, 2, 1, 1], [10, 1, 0, 0], [20, 3, 1, 1]]


@pytest.mark.parametrize(
    ("groups", "rows"),
    [
        # crosstab_village_by_service_quarter_groups (岗雄乡): 一季度 › 法律咨询 | 审查合同 | 法律意见书 | 法律援助, … 四季度,
        # then 全年合计 › the same four (the quarters' sums), a row per 村 and a 合计 row. Each service's label matches
        # five columns under five parents; added, the year's total was counted twice (207 consultations read as 414).
        ([*_QUARTERS, "全年合计"], [r + t for r, t in zip(_VILLAGE_ROWS, _YEAR_TOTALS, strict=True)]),
        # The class's other side: without a 全年合计 group the quarters are the year's parts, added.
        (_QUARTERS, _VILLAGE_ROWS),
    ],
    ids=["year_total_group_read_once", "quarters_added_without_one"],
)
def test_a_crosstab_of_quarter_groups_gives_the_years_counts_once(groups, rows, tmp_path):
    grid, merged = _crosstab(groups, rows)
    builders.xlsx(
        tmp_path / "岗雄乡一村一法律顾问服务情况统计表（2024年）.xlsx", {"服务统计": grid}, merged={"服务统计": merged}
    )
    f = builders.figures(clean(tmp_path))
    assert (f["counsel.consultations"], f["counsel.document_reviews"]) == (20, 3)
    assert (f["counsel.opinions"], f["counsel.legal_aid"]) == (1, 1)


def test_a_training_of_the_heads_of_joint_households_is_no_legal_literacy_session(tmp_path):
    # joint_household_heads (岗雄乡): 双联户户长 (the head of a 双联户, ten households joined for mutual aid and security, 西藏)
    # trained in law, an audience of its own. Unknown, it had withheld the 法律明白人 sessions: it might have been theirs.
    rows = [
        ["序号", "日期", "培训名称", "培训对象", "形式", "参加人数"],
        [1, "2024年2月16日", "法律明白人双语培训（草原法）", "法律明白人", "线下", 42],
        [2, "2024年5月13日", "双联户户长普法培训", "双联户户长", "线下", 66],
        [3, "2024年6月20日", "联户长法治培训", "联户长", "线下", 30],
        [4, "2024年10月22日", "法律明白人人民调解技能培训", "法律明白人", "线下", 35],
    ]
    builders.xlsx(tmp_path / "岗雄乡2024年学法用法台账.xlsx", {"学法用法": rows})
    result = clean(tmp_path)
    assert [i for i in codes(result, "vocab.unknown") if i["field"] == "audience"] == []
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2


def test_a_matsutake_picking_dispute_is_over_the_forest_land(tmp_path):
    # matsutake_picking (岗雄乡): 松茸采集纠纷, a forest village's quarrel over who picks 松茸 on which slope (another 村's
    # or household's 林地), as 虫草采集纠纷 is over the 草山: 山林土地. It had been an unknown value (错误).
    rows = [
        ["序号", "排查日期", "村（居）", "纠纷类型", "化解情况"],
        [1, "2024.7.5", "达琼村", "松茸采集纠纷", "已化解"],
        [2, "2024.8.9", "桑日村", "松茸采摘纠纷", "化解中"],
        [3, "2024.5.20", "曲当村", "虫草采集纠纷（越界采挖）", "已化解"],
    ]
    builders.xlsx(tmp_path / "岗雄乡2024年矛盾纠纷排查化解台账.xlsx", {"排查台账": rows})
    result = clean(tmp_path)
    assert [i for i in codes(result, "vocab.unknown") if i["field"] == "dispute_type"] == []
    f = builders.figures(result)
    assert (f["disputes.screened"], f["disputes.resolved"]) == (3, 2)
