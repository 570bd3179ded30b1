"""The figures each sample year is built to produce, the fixed facts of 旺草镇, and the profile (`Town`) every builder writes for."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from fzlib.sample.writers import SAMPLE_NOTE, Book

TOWN = "旺草镇"
COUNTY = "绥阳县"
# Only the confirmed names; the town has 14, the sample uses these 9 and invents none.
VILLAGES = ("晨光村", "尹珍社区", "鹿山社区", "广怀村", "下寺村", "茅家铺村", "小旺草村", "小河口村", "石羊村")

# Illustrative subsidy standard (indicators.md): oral agreements flat, written ones by tier.
SUBSIDY_ORAL = 50
SUBSIDY_WRITTEN = {"一般": 100, "疑难": 200, "重大": 300}

# 2024 reproduces shared/spec/indicators.md; 2023 is invented, plausibly 10–25 % different.
FIGURES: dict[int, dict] = {
    2024: {
        "enforcement": {"行政许可": 269, "行政确认": 172, "行政检查": 261},
        "normative_documents": 0,
        "disclosure": {"主动公开": 27, "媒体发布": 160, "依申请公开": 0},
        "disputes": {"screened": 572, "resolved": 551},
        "petitions": [("中联办", "已化解", False), ("省联办", "正在化解", True), ("市联办", "已化解", False)],
        "mediation": {"oral": 402, "written": {"一般": 21, "疑难": 88, "重大": 40}, "failed": 9},
        "security": {"dv": 25, "dv_detained": [], "vice_detained": [2, 4], "gambling_detained": [3, 0, 2]},
        "fraud_watch": {"removed": 6, "remaining": 6, "contacted": 3},
        "counsel": {"法律意见书": 52, "文书审核": 69, "法律咨询": 73, "法律援助": 1},
        "litigation": [True, True, True],
        "training": {"legal_literacy": ["线上", "线下"], "exam": (38, 38)},
    },
    2023: {
        "enforcement": {"行政许可": 231, "行政确认": 148, "行政检查": 219, "行政处罚": 5},
        "normative_documents": 1,
        "disclosure": {"主动公开": 23, "媒体发布": 134, "依申请公开": 2},
        "disputes": {"screened": 498, "resolved": 471},
        "petitions": [
            ("省联办", "已化解", False),
            ("市联办", "已化解", False),
            ("市联办", "正在化解", True),
            ("县联办", "已化解", False),
        ],
        "mediation": {"oral": 352, "written": {"一般": 19, "疑难": 71, "重大": 29}, "failed": 7},
        "security": {"dv": 21, "dv_detained": [1], "vice_detained": [2, 1, 2], "gambling_detained": [4, 1]},
        "fraud_watch": {"removed": 5, "remaining": 8, "contacted": 4},
        "counsel": {"法律意见书": 44, "文书审核": 58, "法律咨询": 61, "法律援助": 2},
        "litigation": [True, False, True, True],
        "training": {"legal_literacy": ["线下", "线上", "线下"], "exam": (50, 49)},
    },
}


@dataclass(frozen=True)
class Town:
    """Whose ledgers a builder writes, what they must add up to, and how they are laid out.

    The shipped sample is `sample_town(year)`: 旺草镇, the figures of FIGURES[year], each ledger in
    that year's layout, random streams named as they always were (so its files stay byte-identical).
    A fictitious town (fzlib.sample.town) has its own name, villages, volumes and a layout per ledger.
    """

    name: str
    short: str  # the name in document numbers and unit names: 旺草 (旺草许字, 旺草派出所)
    code: str  # two Latin letters of dispute and petition numbers: WC (WCJF2024-0001)
    villages: tuple[str, ...]
    figures: dict  # the plan, shaped like FIGURES[year]
    seed: str  # every random stream of the town is named "<seed>/<builder>"
    layouts: dict[str, int] = field(default_factory=dict)  # ledger kind → 2023 or 2024 layout
    year: int = 2024
    county: str = COUNTY

    @property
    def government(self) -> str:
        return f"{self.name}人民政府"

    def layout(self, kind: str) -> int:
        """Which of the two known layouts (those of the 2023 and 2024 samples) a ledger takes."""
        return self.layouts.get(kind, self.year)

    def title(self, name: str, extra: str = "") -> str:
        """Title row text; every file says visibly that it is illustrative sample data."""
        return f"{self.name}{self.year}年{name}{extra}——{SAMPLE_NOTE}"

    def filing_line(self, year: int, month: int, day: int, unit: str | None = None) -> str:
        return f"填报单位：{unit or self.government}（盖章）　　　填报时间：{year}年{month}月{day}日"


def sample_town(year: int) -> Town:
    """旺草镇 as shipped: the figures of FIGURES[year], each ledger in that year's layout."""
    return Town(TOWN, "旺草", "WC", VILLAGES, FIGURES[year], f"fzlib.sample/{year}", year=year)


@dataclass
class Ledger:
    """A kind's intended clean records for the year and the messy files that carry them."""

    kind: str
    records: pd.DataFrame
    books: list[Book]
