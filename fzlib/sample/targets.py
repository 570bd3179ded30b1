"""The figures each sample year is built to produce, and the fixed facts of 旺草镇 the ledgers use."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from fzlib.sample.writers import SAMPLE_NOTE, Book

TOWN = "旺草镇"
GOVERNMENT = "旺草镇人民政府"
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


@dataclass
class Ledger:
    """A kind's intended clean records for the year and the messy files that carry them."""

    kind: str
    records: pd.DataFrame
    books: list[Book]


def title(year: int, name: str, extra: str = "") -> str:
    """Title row text; every file says visibly that it is illustrative sample data."""
    return f"{TOWN}{year}年{name}{extra}——{SAMPLE_NOTE}"


def filing_line(year: int, month: int, day: int, unit: str = GOVERNMENT) -> str:
    return f"填报单位：{unit}（盖章）　　　填报时间：{year}年{month}月{day}日"
