"""A northeastern 镇's registers, of 村 and 自然屯: the ways 桦岭镇, the sixty-third development town (built blind),
writes what a figure counts by, each a small table of its own (tests/devtowns/hualing.py is the whole town)."""

from __future__ import annotations

from pathlib import Path

import yaml

import fzlib
from fzlib.ingest.cleaners.categories import Vocabulary

import builders
from builders import clean, codes

VOCABULARIES = yaml.safe_load((Path(fzlib.__file__).parent / "specs" / "vocabularies.yaml").read_text(encoding="utf-8"))

COUNSEL_HEAD = ["序号", "服务时间", "服务村屯", "服务内容", "法律顾问"]


def _counsel_log(tmp_path, services: list[str]):
    rows = [COUNSEL_HEAD] + [[k, f"2024-0{k}-12", "桦岭村后屯", s, "某律师"] for k, s in enumerate(services, start=1)]
    return builders.docx_table(
        tmp_path / "村居法律顾问工作日志2024.docx", "桦岭镇2024年村（居）法律顾问服务工作台账", rows
    )


def test_a_document_named_between_the_verb_and_its_kind_is_a_review_of_that_kind(tmp_path):
    # 审查土地流转合同2份, 审核村规民约: the document's own name left in the service, unquoted, as 审查《土地流转合同》 is
    # quoted. They had been unknown values, and with them every counsel figure unknown.
    _counsel_log(tmp_path, ["审查土地流转合同2份", "审核村规民约", "解答法律咨询3人次", "出具关于征地补偿的法律意见书"])
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.document_reviews"], got["counsel.consultations"], got["counsel.opinions"]) == (3, 3, 1)
    assert got["counsel.legal_aid"] == 0
    assert not codes(result, "vocab.unknown")


def test_a_document_drafted_rather_than_reviewed_is_still_the_offices_to_say(tmp_path):
    # 起草土地流转合同: drafting is no review; the words of the document never decide the service either
    # (审查法律咨询服务合同 is a review, not a consultation).
    vocab = Vocabulary(VOCABULARIES["counsel_service"])
    assert vocab.assumed("起草土地流转合同") is None
    assert vocab.assumed("审查法律咨询服务合同") == "文书审核"
    _counsel_log(tmp_path, ["起草土地流转合同", "解答法律咨询3人次"])
    result = clean(tmp_path)
    assert builders.figures(result)["counsel.document_reviews"] is None
    assert [r["value"] for r in codes(result, "vocab.unknown")] == ["起草土地流转合同"]


DISPUTE_HEAD = ["序号", "排查时间", "所在村屯", "纠纷类型", "化解情况"]


def test_a_dispute_handed_to_the_police_is_sent_on_not_resolved(tmp_path):
    # 移交派出所: a fight after drinking that the 综治中心 hands to the police station. Sent on (已上报), never resolved
    # by the town; it had been an unknown value, the resolved figure and the rate unknown.
    rows = [["桦岭镇矛盾纠纷排查化解工作台账（2024年）"], DISPUTE_HEAD]
    states = ["已化解", "化解", "移交派出所", "已化解", "移交公安机关"]
    rows += [[k, f"2024-0{k}-05", "永安村腰屯", "邻里纠纷", s] for k, s in enumerate(states, start=1)]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", {"1季度": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["disputes.screened"], got["disputes.resolved"], got["disputes.resolution_rate"]) == (5, 3, 0.6)


PETITION_HEAD = ["序号", "交办编号", "交办单位", "反映问题", "交办时间", "化解情况"]
OWN_HEAD = ["序号", "登记编号", "信访人", "反映问题", "登记时间", "化解情况"]


def _petition_book(tmp_path, own_sheet: str):
    assigned = [["桦岭镇上级交办信访案件台账"], PETITION_HEAD]
    assigned += [
        [1, "XF2024001", "国家信访局", "林地补偿款", "2024-03-12", "已化解"],
        [2, "XF2024002", "省信访局", "土地承包", "2024-05-08", "化解中"],
        [3, "XF2024003", "县信访局", "低保认定", "2024-09-11", "已化解"],
    ]
    own = [[f"桦岭镇{own_sheet}台账"], OWN_HEAD]
    own += [[k, f"ZC2024{k:03d}", "王某某", "邻里地界", f"2024-0{k + 3}-02", "已化解"] for k in (1, 2)]
    builders.xlsx(tmp_path / "信访案件台账2024.xlsx", {"上级交办信访案件": assigned, own_sheet: own})


def test_the_items_a_town_found_itself_beside_those_assigned_from_above_are_received_here(tmp_path):
    # A 辽宁 town's 信访 book keeps 上级交办信访案件 and 自查信访案件 apart (东港市前阳镇); the 自查 sheet has no 交办单位,
    # nobody having assigned its items. Its title says they were received here: the sheet had been unusable for want
    # of its required column, every petition figure unknown.
    _petition_book(tmp_path, "自查信访案件")
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (3, 2, 1)
    assert not codes(result, "column.missing")


def test_a_sheet_of_items_whose_title_says_nothing_of_where_they_came_from_stays_unusable(tmp_path):
    # 新增信访案件: new this year, from above or not the title does not say: still a missing column, never assumed.
    _petition_book(tmp_path, "新增信访案件")
    result = clean(tmp_path)
    assert builders.figures(result)["petitions.assigned"] is None
    assert [r["sheet"] for r in codes(result, "column.missing")] == ["新增信访案件"]
