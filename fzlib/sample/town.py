"""Fictitious towns for county-scale samples: a town of any name whose volumes, villages and ledger layouts follow a seed.

`fictitious(year, name, seed)` gives a `Town` for the builders: its own villages and document-number
prefixes, volumes drawn around those of 旺草镇 2024 (a town from half to twice its size), and for
each ledger one of the two layouts the engine reads in the shipped samples (2023's or 2024's
headers, CSV or web-export "xls", one- or two-line titles). Same name, year and seed: same files,
byte for byte. Everything is invented and every file says so (示例数据).
"""

from __future__ import annotations

import hashlib
import random

from fzlib.sample.targets import FIGURES, Town

# Syllables of invented village names (a few sound like places of 绥阳县; none is meant to be one).
_FIRST = "青石红岩黄杨白果清溪龙泉桃花松林枫香茶园凤凰金竹玉屏云峰高坪双河长岭水口新场柏杨"
_SECOND = ("村", "村", "村", "社区")
TOWN_SUFFIXES = ("街道", "镇", "乡")
LEDGERS = (
    "enforcement",
    "disclosure",
    "disputes",
    "mediation",
    "petitions",
    "fraud_watch",
    "counsel",
    "litigation",
    "training",
)
_SOURCES = ("中联办", "省联办", "市联办", "县联办")


def short_name(name: str) -> str:
    """The name as document numbers and unit names use it: 洋川镇 → 洋川, 小关乡 → 小关."""
    for suffix in TOWN_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def town_code(name: str) -> str:
    """Two Latin letters for dispute and petition numbers, fixed by the name (WC for 旺草镇 in the sample)."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return "".join(chr(ord("A") + b % 26) for b in digest[:2])


def villages(rng: random.Random) -> tuple[str, ...]:
    """Eight to fourteen distinct invented village and community names."""
    pairs = [_FIRST[i : i + 2] for i in range(0, len(_FIRST) - 1, 2)]
    chosen = rng.sample(pairs, rng.randint(8, 14))
    return tuple(p + rng.choice(_SECOND) for p in chosen)


def plan(rng: random.Random) -> dict:
    """Volumes for one town, shaped like FIGURES[year]: 旺草镇 2024 scaled by a factor from 0.5 to 2."""
    base = FIGURES[2024]
    scale = rng.uniform(0.5, 2.0)

    def n(value: int, spread: float = 0.25) -> int:
        return max(1, round(value * scale * rng.uniform(1 - spread, 1 + spread)))

    enforcement = {k: n(v) for k, v in base["enforcement"].items()}
    if rng.random() < 0.4:
        enforcement["行政处罚"] = rng.randint(1, 8)
    screened = n(base["disputes"]["screened"])
    resolved = round(screened * rng.uniform(0.88, 0.99))
    written = round(resolved * rng.uniform(0.2, 0.35))
    serious = round(written * rng.uniform(0.15, 0.3))
    ordinary = round(written * rng.uniform(0.1, 0.2))
    dv = n(base["security"]["dv"])
    remaining = rng.randint(0, 10)
    required = rng.randint(20, 60)
    return {
        "enforcement": enforcement,
        "normative_documents": rng.choice((0, 0, 1)),
        "disclosure": {
            "主动公开": n(base["disclosure"]["主动公开"]),
            "媒体发布": n(base["disclosure"]["媒体发布"]),
            "依申请公开": rng.choice((0, 0, 0, 1, 2)),
        },
        "disputes": {"screened": screened, "resolved": resolved},
        "petitions": [
            (rng.choice(_SOURCES), status, status == "正在化解" and rng.random() < 0.5)
            for status in rng.choices(("已化解", "正在化解"), weights=(3, 1), k=rng.randint(0, 4))
        ],
        "mediation": {
            "oral": resolved - written,
            "written": {"一般": written - serious - ordinary, "疑难": ordinary, "重大": serious},
            "failed": rng.randint(0, min(10, screened - resolved)),
        },
        "security": {
            "dv": dv,
            "dv_detained": [rng.randint(1, 2) for _ in range(rng.choice((0, 0, 1)))],
            "vice_detained": [rng.randint(0, 4) for _ in range(rng.randint(0, 4))],
            "gambling_detained": [rng.randint(0, 4) for _ in range(rng.randint(0, 4))],
        },
        "fraud_watch": {"removed": rng.randint(0, 10), "remaining": remaining, "contacted": rng.randint(0, remaining)},
        "counsel": {
            "法律意见书": n(base["counsel"]["法律意见书"]),
            "文书审核": n(base["counsel"]["文书审核"]),
            "法律咨询": n(base["counsel"]["法律咨询"]),
            "法律援助": rng.randint(0, 3),
        },
        "litigation": [rng.random() < 0.85 for _ in range(rng.randint(0, 5))],
        "training": {
            "legal_literacy": rng.choices(("线上", "线下"), k=rng.randint(1, 4)),
            "exam": (required, required - rng.choice((0, 0, 0, 1, 2))),
        },
    }


def fictitious(year: int, name: str, seed: int) -> Town:
    """A fictitious town: its villages, volumes and each ledger's layout drawn from (name, seed)."""
    stream = f"fzlib.sample/{year}/{name}/{seed}"
    rng = random.Random(stream)
    return Town(
        name=name,
        short=short_name(name),
        code=town_code(name),
        villages=villages(rng),
        figures=plan(rng),
        seed=stream,
        layouts={kind: rng.choice((2023, 2024)) for kind in LEDGERS},
        year=year,
    )
