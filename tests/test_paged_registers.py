"""A register typed from a paper ledger book whose pages are each numbered from 1 (issue 12's thirteenth round of
variants): its 序号 restarts on every page, nothing else marking where a page ends, and a month's 零报告 line holds a
place of the page's numbering as a record does."""

from __future__ import annotations

import builders
from builders import clean

HEADER = ["序号", "屯", "排查时间", "纠纷类型", "当事人", "简要情况", "化解情况", "化解时间", "网格员", "备注"]


def _zero_report(n: int, month: int) -> list:
    return [
        n,
        "那良屯",
        f"2024.{month}.25",
        "/",
        "/",
        f"{month}月份那良屯排查无矛盾纠纷（零报告）",
        "/",
        "/",
        "黄某",
        "零报告",
    ]


def _dispute(n: int, month: int, day: int, kind: str) -> list:
    return [
        n,
        "板岭屯",
        f"2024.{month}.{day}",
        kind,
        f"蓝某{n}与莫某",
        "双方因用水问题发生争执",
        "已化解",
        f"2024.{month}.{day + 3}",
        "覃某",
        None,
    ]


def test_a_zero_report_line_numbered_on_a_page_holds_its_place_when_the_next_page_numbers_from_1_again(tmp_path):
    # Page one: a 零报告 line numbered 1, then disputes 2 … 20; page two: a 零报告 line numbered 1 again, then a dispute
    # numbered 2. Without the 零报告 lines' places the numbering read 2 … 20, 2: no run from 1, and page two's 2 was
    # taken for page one's (那岜乡 under the serials_per_page variant: 109 disputes for 110).
    rows = [["某村2024年屯级矛盾纠纷排查化解台账"], HEADER, _zero_report(1, 1)]
    rows += [_dispute(n, 2 + n // 4, 1 + n % 4, "用水纠纷") for n in range(2, 21)]
    rows += [_zero_report(1, 10), _dispute(2, 11, 20, "邻里纠纷")]
    builders.xlsx(tmp_path / "某村2024年屯级矛盾纠纷排查化解台账.xlsx", {"某村": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["disputes.screened"], got["disputes.resolved"]) == (20, 20)
