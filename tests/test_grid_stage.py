"""A grid platform's 矛盾纠纷 event export keeps two state columns: 办理状态 (where the event stands in the platform's
work flow) and 化解结果 (whether the dispute was resolved). The layouts 澄浦镇, the sixty-eighth development town,
brought in (tests/devtowns/chengpu.py is the whole town)."""

from __future__ import annotations

import builders
from builders import clean, codes

HEAD = ["序号", "事件编号", "事件大类", "事件小类", "上报时间", "办理状态", "化解结果", "办结时间"]


def _event_passed_up_with_its_result_blank() -> list[list]:
    return [
        HEAD,
        [
            1,
            "SJ2024030500001",
            "矛盾纠纷",
            "邻里纠纷",
            "2024-03-05 09:12:33",
            "已办结",
            "化解成功",
            "2024-03-08 10:00:00",
        ],
        [2, "SJ2024031100002", "矛盾纠纷", "征地拆迁纠纷", "2024-03-11 14:02:10", "已上报", "", ""],
        [3, "SJ2024040200003", "矛盾纠纷", "劳动争议", "2024-04-02 08:40:00", "已移交", "", ""],
        [4, "SJ2024050600004", "矛盾纠纷", "物业纠纷", "2024-05-06 16:20:00", "处置中", "", ""],
        [
            5,
            "SJ2024060300005",
            "矛盾纠纷",
            "消费纠纷",
            "2024-06-03 11:00:00",
            "已办结",
            "化解不成功",
            "2024-06-20 09:00:00",
        ],
    ]


def test_an_event_passed_up_is_handed_on_not_an_unknown_stage(tmp_path):
    # 办理状态 已上报 / 已移交 beside a blank 化解结果: the event left the town's hands (the spec's 已上报/移交). It had
    # been an unknown value (错误) on every such event; it is neither resolved nor still in hand here.
    builders.html_xls(tmp_path / "社会治理现代化指挥中心矛盾纠纷事件导出.xls", _event_passed_up_with_its_result_blank())
    result = clean(tmp_path)
    assert codes(result, "vocab.unknown") == []
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (5, 1)
    assert builders.table_counts(result.tables["disputes"], "status") == {
        "已上报": 2,
        "化解中": 1,
        "已化解": 1,
        "未化解": 1,
    }


def test_closed_without_success_is_unresolved_without_a_guess(tmp_path):
    # 已办结 | 化解不成功: the event is closed, the dispute not resolved — a word of the vocabulary, not a value assumed.
    builders.html_xls(tmp_path / "网格事件导出.xls", _event_passed_up_with_its_result_blank())
    result = clean(tmp_path)
    assert codes(result, "vocab.assumed") == []
    assert builders.figures(result)["disputes.resolution_rate"] == 0.2


def test_a_result_column_naming_the_office_it_was_handed_to_is_still_the_result(tmp_path):
    # 化解结果 已移交司法所 (handed on) is what both the status and the platform's stage call 已上报: it tells neither
    # column from the other. Counted as a sign of the stage, it had left the two columns undecided and the resolved
    # disputes unknown (渝坪镇's export).
    rows = [
        HEAD,
        [1, "SJ2024030500001", "矛盾纠纷", "邻里纠纷", "2024-03-05 09:12:33", "已办结", "已化解", "2024-03-08"],
        [2, "SJ2024031100002", "矛盾纠纷", "劳动争议", "2024-03-11 14:02:10", "已办结", "已移交司法所", "2024-03-12"],
        [3, "SJ2024040200003", "矛盾纠纷", "物业纠纷", "2024-04-02 08:40:00", "处置中", "化解中", ""],
        [
            4,
            "SJ2024050600004",
            "矛盾纠纷",
            "合同纠纷",
            "2024-05-06 16:20:00",
            "已办结",
            "未化解（引导诉讼）",
            "2024-05-20",
        ],
    ]
    builders.html_xls(tmp_path / "基层智治平台事件导出.xls", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (4, 1)
    assert codes(result, "column.ambiguous") == []
