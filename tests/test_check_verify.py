"""The arithmetic and ledger checks, one pattern of shared/spec/report-checking.md per case.

Every sentence is written for these tests; none is copied from a real report.
"""

import json
from pathlib import Path

import pytest

from fzlib.check import check_text

# The 2024 column of shared/spec/indicators.md, as `fzlib indicators --year 2024 --json` gives it.
INDICATORS_2024 = json.loads(
    (Path(__file__).parent / "fixtures" / "drafts" / "indicators-2024.json").read_text(encoding="utf-8")
)


def verdicts(text, kind, indicators=None):
    return [(c.verdict, c.code) for c in check_text(text, indicators) if c.kind == kind]


def one(text, kind, indicators=None):
    found = [c for c in check_text(text, indicators) if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.code, c.text) for c in found]
    return found[0]


# ------------------------------------------------------------ the seed's three sentences, our words

ENFORCEMENT = (
    "本年度镇综合执法队共办结行政执法案件672件，其中，行政许可269件，占比36%；"
    "行政确认172件，占比25%；行政检查261件，占比39%。"
)
DISPUTES = "网格员全年累计摸排矛盾纠纷572件，化解551件，化解成功率达到96%。"
MEDIATION = "落实以案定补的人民调解案件共551件，其中口头协议402件，书面协议149件。"


def test_enforcement_total_that_its_parts_exceed_is_flagged():
    c = one(ENFORCEMENT, "total")
    assert (c.verdict, c.code, c.stated, c.expected) == ("inconsistent", "parts_exceed", 672, 702)


def test_enforcement_shares_that_fit_neither_total_are_flagged():
    shares = [c for c in check_text(ENFORCEMENT) if c.kind == "share"]
    assert [c.stated for c in shares] == [0.36, 0.25, 0.39]
    assert shares[0].verdict == "inconsistent"  # 269/672 = 40.0%, 269/702 = 38.3%
    assert shares[1].verdict == "note"  # 172/672 = 25.6% truncated to 25%
    assert shares[2].verdict == "consistent"  # 261/672 = 38.8%
    assert shares[0].expected == pytest.approx(0.4003, abs=1e-3)


def test_dispute_rate_of_the_seed_is_consistent():
    c = one(DISPUTES, "rate")
    assert (c.verdict, c.expected) == ("consistent", pytest.approx(0.963, abs=1e-3))


def test_mediation_total_of_the_seed_is_consistent():
    c = one(MEDIATION, "total")
    assert (c.verdict, c.stated, c.expected) == ("consistent", 551, 551)


def test_no_false_alarm_on_the_consistent_seed_sentences():
    claims = check_text(DISPUTES + MEDIATION)
    assert claims and all(c.verdict == "consistent" for c in claims)


# ------------------------------------------------------------ real mistakes


@pytest.mark.parametrize(
    "text, kind, code",
    [
        # a list of outcomes that exceeds the cases accepted
        ("共受理投诉举报40件，其中办结25件、转办12件、正在办理6件。", "total", "parts_exceed"),
        # a "1" total followed by more than one item
        ("出台规范性文件1件，包括议事规则1件、管理办法2件。", "total", "parts_exceed"),
        # 各 multiplies by the number of items named
        ("化解上级交办信访事项5件，其中市级、县级、镇级交办各2件。", "total", "parts_exceed"),
        # an evidently full breakdown (分别为) that falls short
        ("共调解纠纷200件，分别为婚姻家庭类70件、邻里纠纷64件、土地山林42件。", "total", "parts_short"),
        # a closing 其他 item makes the list full
        ("受理案件120件，其中许可类60件、检查类30件、其他类20件。", "total", "parts_short"),
        # shares of a breakdown that sum to 88% because a category is missing
        (
            "共调解纠纷200件，分别为婚姻家庭类70件、邻里纠纷64件、土地山林42件，分别占35%、32%、21%。",
            "shares_sum",
            "shares_sum_wrong",
        ),
        # a share computed on another figure than the base the sentence names
        ("全年新受理复议案件151件，审结135件，其中维持原行政行为98件，占审结案件的64.9%。", "share", "share_wrong"),
        # a rate that does not round from its counts
        ("人民调解委员会共受理矛盾纠纷2872宗，调解成功2784宗，调解成功率96.7%。", "rate", "rate_wrong"),
        ("行政应诉案件19件，负责人出庭应诉17件，出庭应诉率为94.7%。", "rate", "rate_wrong"),
        # growth on the wrong base
        ("信访总量由上年的147件下降到今年的113件，同比下降30%。", "growth", "growth_wrong_base"),
        ("执法案件由52件增加到65件，增长20%。", "growth", "growth_wrong_base"),
        # growth in the wrong direction
        ("受理案件由80件增加到72件，同比增长10%。", "growth", "growth_direction"),
        # a count difference that does not subtract
        ("调解案件从上年的90件增加到今年的104件，增加了12件。", "growth", "growth_wrong"),
    ],
)
def test_real_mistakes_are_flagged(text, kind, code):
    assert ("inconsistent", code) in verdicts(text, kind)


def test_wrong_base_share_names_the_base_that_fits():
    c = one("全年新受理复议案件151件，审结135件，其中维持原行政行为98件，占审结案件的64.9%。", "share")
    assert c.expected == pytest.approx(98 / 135, abs=1e-3)
    assert "151" in c.message  # the figure the share was computed on


# ------------------------------------------------------------ not mistakes


@pytest.mark.parametrize(
    "text, kind, verdict",
    [
        # truncation instead of rounding is a soft note
        ("受理申请300件，办结149件，办结率49.66%。", "rate", "note"),
        # a non-exhaustive 其中 list
        ("办理行政处罚案件216件，其中适用简易程序8件、一般程序22件。", "total", "unverifiable"),
        ("化解上级交办信访事项5件，其中市级、县级交办各2件。", "total", "unverifiable"),
        # a full breakdown that adds up, with correct shares
        (
            "全年办理复议案件86件，其中维持52件、撤销13件、确认违法6件、终止15件，分别占60.5%、15.1%、7.0%、17.4%。",
            "total",
            "consistent",
        ),
        # 全部 / 均 means 100%
        ("应诉案件4件，主要领导均出庭应诉，出庭率100%。", "rate", "consistent"),
        # Chinese numerals, stray spaces, full-width digits
        ("组织法治讲座十二次，其中线上五次、线下七次。", "total", "consistent"),
        ("共排查矛盾纠纷1 56起，化解148起，化解率94.9%。", "rate", "consistent"),
        ("共排查矛盾纠纷１５６起，化解１４８起，化解率９４．９％。", "rate", "consistent"),
        # "余" parts are ranges
        ("开展普法活动共80余场，其中进村30余场、进校园40余场。", "total", "consistent"),
        # growth on the right base
        ("行政执法案件较上年的260件增加到286件，同比增长10%。", "growth", "consistent"),
        ("信访总量由上年的147件下降到今年的113件，同比下降23.1%。", "growth", "consistent"),
    ],
)
def test_correct_or_tolerable_statements_are_not_flagged(text, kind, verdict):
    found = verdicts(text, kind)
    assert found and all(v == verdict for v, _ in found), found


def test_every_share_of_a_correct_full_breakdown_is_consistent():
    text = "全年办理复议案件86件，其中维持52件、撤销13件、确认违法6件、终止15件，分别占60.5%、15.1%、7.0%、17.4%。"
    shares = [c for c in check_text(text) if c.kind == "share"]
    assert [c.stated for c in shares] == [0.605, 0.151, 0.07, 0.174]
    assert all(c.verdict == "consistent" for c in shares)


def test_rate_without_a_base_is_tested_for_plausibility_only():
    assert verdicts("调解成功120件，调解成功率97.3%。", "rate") == [("inconsistent", "rate_impossible")]
    assert verdicts("调解成功120件，调解成功率96.8%。", "rate") == [("unverifiable", "rate_no_base")]


def test_sentences_without_relations_yield_no_claims():
    assert check_text("全年开展普法宣传活动40余场，发放资料3000余份。") == []


# ------------------------------------------------------------ against the ledgers


@pytest.mark.parametrize(
    "text, key_value, verdict",
    [
        ("共办结行政执法案件672件。", 702, "inconsistent"),
        ("共办结行政执法案件702件。", 702, "consistent"),
        ("解答群众法律咨询70余次。", 73, "consistent"),  # 70余 against 73
        ("解答群众法律咨询80余次。", 73, "inconsistent"),
        ("矛盾纠纷化解成功率96.3%。", 0.9633, "consistent"),
        ("矛盾纠纷化解成功率96.4%。", 0.9633, "inconsistent"),
        ("主动公开政府信息２７条。", 27, "consistent"),
    ],
)
def test_figures_are_compared_with_the_years_indicators(text, key_value, verdict):
    c = one(text, "ledger", INDICATORS_2024)
    assert (c.expected, c.verdict) == (key_value, verdict)


@pytest.mark.parametrize(
    "text",
    [
        "全年调解纠纷76件。",
        "全年共调解各类矛盾纠纷76件。",
        "今年以来调解民间纠纷76件。",
        "全年共办理各类行政执法案件76件。",
    ],
)
def test_a_count_named_by_its_verb_and_object_is_matched_whatever_modifiers_stand_between(text):
    # 全年调解纠纷76件 had matched no indicator (the vocabulary says 调解案件): check --year found nothing to test.
    indicators = {"mediation.cases": 76, "enforcement.cases": 76}
    c = one(text, "ledger", indicators)
    assert (c.stated, c.expected, c.verdict) == (76, 76, "consistent")


@pytest.mark.parametrize("text", ["全年调解案件80件，调解成功76件。", "全年调解纠纷80件，调解成功76件。"])
def test_a_whole_before_the_count_its_sentence_names_more_closely_is_not_the_indicator(text):
    # 调解案件80件 are the disputes mediated; the ledgers' mediation.cases are the 调解成功 the sentence gives next
    # (80 had been called 不一致 with them).
    ledger = [c for c in check_text(text, {"mediation.cases": 76}) if c.kind == "ledger"]
    assert [(c.stated, c.verdict) for c in ledger] == [(76, "consistent")]


@pytest.mark.parametrize(
    "text, value, verdict",
    [
        ("全年共办理行政执法案件702余件。", 702, "consistent"),
        ("全年共办理行政执法案件700余件。", 702, "consistent"),
        ("全年共办理行政执法案件702余件。", 690, "inconsistent"),
        ("全年共办理行政执法案件700余件。", 812, "inconsistent"),
        ("全年共办理行政执法案件不足702件。", 702, "inconsistent"),
    ],
)
def test_an_approximate_count_is_never_short_of_the_number_it_states(text, value, verdict):
    # 702余件 against a ledger's 702 had been 不一致: an office writes 余 loosely after the exact count, and the parts
    # of a total are judged so already ("15余条" with parts making 15); only a ledger below the number is a slip.
    c = one(text, "ledger", {"enforcement.cases": value})
    assert (c.expected, c.verdict) == (value, verdict)


def test_ambiguous_labels_take_the_nearest_context():
    text = "出具家暴告诫书25份，治安拘留0人；办理涉黄治安案件2起，治安拘留6人。"
    ledger = [c for c in check_text(text, INDICATORS_2024) if c.kind == "ledger"]
    assert [(c.stated, c.expected) for c in ledger] == [(25, 25), (0, 0), (2, 2), (6, 6)]
    assert all(c.verdict == "consistent" for c in ledger)


def test_missing_indicator_is_unverifiable_not_zero():
    c = one("共办结行政执法案件702件。", "ledger", {"disputes.screened": 572})
    assert (c.verdict, c.code) == ("unverifiable", "ledger_missing")


def test_without_indicators_no_ledger_claims_are_made():
    assert verdicts("共办结行政执法案件672件。", "ledger") == []


def test_a_claim_is_the_clause_of_the_figure_it_states():
    text = "前言。\n全年共受理投诉举报４０件，其中办结２５件、转办１２件、正在办理６件。"
    c = one(text, "total")
    assert text[c.start : c.end] == c.text == "全年共受理投诉举报４０件"
    assert text[c.stated_start : c.stated_end] == "４０件"
    assert [text[s:e] for s, e in c.used] == ["４０件", "２５件", "１２件", "６件"]


# ------------------------------------------------------------ text against the draft's own table


def test_text_contradicting_its_own_table_is_flagged():
    text = (
        "全年办理行政许可269件，行政确认170件。\n| 类别 | 2024年 |\n|---|---|\n| 行政许可 | 269 |\n| 行政确认 | 172 |\n"
    )
    table = [(c.stated, c.expected, c.verdict) for c in check_text(text) if c.kind == "table"]
    assert table == [(269, 269, "consistent"), (170, 172, "inconsistent")]


def test_tab_separated_word_table_rows_are_compared_too():
    text = "全年主动公开政府信息27条。\n项目\t数量\n主动公开政府信息\t29条\n"
    c = one(text, "table")
    assert (c.stated, c.expected, c.verdict) == (27, 29, "inconsistent")


# ------------------------------------------------------------ robustness

from hypothesis import given, settings
from hypothesis import strategies as st

import builders

_PIECES = st.sampled_from(
    [
        "共",
        "其中",
        "件",
        "起",
        "%",
        "％",
        "，",
        "、",
        "。",
        "占比",
        "率",
        "同比下降",
        "由",
        "到",
        "各",
        "余",
        "１",
        "2",
        "7",
        "0",
        ".",
        " ",
        "十",
        "三",
        "化解",
        "\n",
        "\t",
        "|",
        "百分之",
        "万",
        "元",
        "其他",
    ]
)


@settings(max_examples=builders.examples(200), deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_gives_claims_with_valid_spans_and_never_raises(text):
    for c in check_text(text, INDICATORS_2024):
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert c.verdict in ("consistent", "inconsistent", "unverifiable", "note")


# ------------------------------------------------------------ corpus3: what the new real texts showed

TWO_YEAR_TABLE = (
    "单位\t2022受理量\t2023受理量\t占比\n"
    "执法局\t20\t12\t40.0%\n"
    "公安局\t5\t15\t50.0%\n"
    "甲街道\t15\t3\t10.0%\n"
    "合计\t40\t30\t100.0%\n"
)


def test_table_shares_are_tested_against_the_year_column_they_fit():
    # Two count columns (last year, this year) and one share column: the shares are this year's.
    found = [(c.verdict, c.code) for c in check_text(TWO_YEAR_TABLE) if c.code.startswith("table_share")]
    assert found == [("consistent", "table_share_ok")] * 3
    assert ("consistent", "table_sum_ok") in verdicts(TWO_YEAR_TABLE, "table")


def test_table_shares_that_fit_no_year_column_are_left_untested():
    text = TWO_YEAR_TABLE.replace("40.0%", "45.0%").replace("50.0%", "45.0%")
    assert not [c for c in check_text(text) if c.code.startswith("table_share")]
    assert all(v != "inconsistent" for v, _ in verdicts(text, "table"))


def test_one_count_column_table_share_slip_is_still_flagged():
    text = "单位\t受理量\t占比\n执法局\t12\t40.0%\n公安局\t15\t60.0%\n甲街道\t3\t10.0%\n合计\t30\t100.0%\n"
    assert ("inconsistent", "table_share_wrong") in verdicts(text, "table")


def test_share_of_settled_cases_is_not_taken_over_the_unsettled_count():
    text = (
        "全年审理复议案件150件，其中已审结案件120件，未审结案件30件。"
        "在已审结案件中，维持90件，占已审结案件的75.0%。撤销6件，占已审结案件的5.0%。"
    )
    assert verdicts(text, "share") == [("consistent", "share_ok"), ("consistent", "share_ok")]


def test_share_naming_a_base_the_paragraph_does_not_state_is_not_flagged():
    # 占已审结复议案件: the paragraph states only the lawsuits; sharing 案件 does not make them the base.
    text = "全年发生行政诉讼一审案件200件。复议后又提起行政诉讼的共50件，占已审结复议案件12.5%。"
    assert all(v != "inconsistent" for v, _ in verdicts(text, "share"))


def test_a_count_said_not_to_have_succeeded_is_not_the_success_rate_numerator():
    # 未调解成功: the 未 stands before 调解, not right before 成功.
    text = "全年共受理纠纷200件，调解纠纷200件，调解成功196件，未调解成功4件，调解成功率为98.0%。"
    assert verdicts(text, "rate") == [("consistent", "rate_ok")]


def test_a_breakdown_in_brackets_right_after_its_total_is_checked():
    assert verdicts("办理法律援助案件120件（刑事80件、民事35件、行政5件）。", "total") == [
        ("consistent", "parts_match")
    ]
    # Not said to be complete: fewer parts are not a slip, more parts are.
    assert verdicts("办理法律援助案件120件（刑事80件、民事30件）。", "total") == [("unverifiable", "parts_open")]
    assert verdicts("办理法律援助案件120件（刑事80件、民事45件）。", "total") == [("inconsistent", "parts_exceed")]


def test_a_bracket_of_other_years_counts_is_no_breakdown():
    assert verdicts("共办理案件300件(2023年280件、2022年250件)。", "total") == []


def test_a_list_does_not_run_on_into_a_new_action_after_a_semicolon():
    # 发布…70条 after the ；is a new thing done, not a third item of the 其中 list.
    text = "累计发布工作动态信息165条，其中乡镇街道动态102条；发布政策文件70条。"
    assert all(v != "inconsistent" for v, _ in verdicts(text, "total"))
    items = "受理纠纷100件，其中婚姻纠纷30件；邻里纠纷50件；其他纠纷20件。"
    assert verdicts(items, "total") == [("consistent", "parts_match")]


def test_a_clause_worded_like_the_total_is_no_item_of_its_list():
    # 查摆…问题 again, after an item worded otherwise: a second count beside the 11, not a part of it.
    text = "共查摆班子存在问题11个，其中5个突出问题纳入整治清单，查摆干部个人问题10个。"
    assert all(v != "inconsistent" for v, _ in verdicts(text, "total"))
    # items worded alike still make a list, and their excess is a slip
    assert verdicts("共查摆问题11个，其中班子问题5个、个人问题10个。", "total")[0][0] == "inconsistent"
    # the same opening word before another noun is no restatement of the total
    text = "主动公开信息总数146条，其中在网站公开政府信息101条，主动在微信公开政府信息45条。"
    assert verdicts(text, "total") == [("consistent", "parts_match")]


def test_a_bare_share_of_the_one_count_a_qizhong_opens_is_of_the_count_before_it():
    text = "全市共聘请村法律顾问2400名。其中，有1800名法律顾问为执业律师，占比达80%。"
    assert verdicts(text, "share") == [("inconsistent", "share_wrong")]
    assert verdicts(text.replace("80%", "75%"), "share") == [("consistent", "share_ok")]
    # two earlier counts could hold the part: the one before 其中 is tried, a mismatch is not called wrong
    text = "共受理纠纷1000件，办结950件，其中调解结案800件，占比70%。"
    assert verdicts(text, "share") == [("unverifiable", "share_unclear")]
    assert verdicts(text.replace("70%", "84.2%"), "share") == [("consistent", "share_ok")]


def test_people_in_brackets_counted_by_overlapping_traits_are_no_breakdown():
    assert verdicts("组织培训120人(含党员80人、女性50人)。", "total") == []


def test_people_counted_by_traits_of_two_kinds_may_exceed_their_total():
    # 党员 and 女性 overlap: a 其中 list of both is no partition of the 120.
    assert verdicts("组织培训120人，其中党员80人、女性50人。", "total") == [("unverifiable", "parts_traits")]
    # 专职 and 兼职 do not overlap: their excess is a slip.
    assert verdicts("现有调解员100名，其中专职60名、兼职50名。", "total") == [("inconsistent", "parts_exceed")]
    # Cases are not people: the trait words do not apply.
    assert verdicts("受理纠纷100件，其中妇女权益纠纷60件、专职调解员调解50件。", "total")[0][0] == "inconsistent"


def test_people_sanctioned_by_two_systems_may_exceed_their_total():
    # one official may receive a 党纪处分 and a 政务处分 together: the two counts are no partition
    text = "处分120人(其中党纪处分110人、政务处分25人)。"
    assert verdicts(text, "total") == [("unverifiable", "parts_traits")]
    assert "党纪、政务" in one(text, "total").message
    assert verdicts("处分120人，其中党纪处分110人；政务处分25人。", "total")[0][0] == "unverifiable"
    # one system only: 党纪 sanctions of two grades do not overlap, their excess is a slip
    assert verdicts("处分120人(其中警告处分80人、严重警告处分50人)。", "total")[0][0] == "inconsistent"


def test_a_rate_over_the_count_closing_the_sentence_before_is_confirmed_never_flagged():
    before = "全年共审结行政复议案件12195件。直接纠错1639件，直接纠错率{}。"
    assert verdicts(before.format("13.4%"), "rate") == [("consistent", "rate_ok")]
    # That count may be of something wider: a mismatch is 无法核对, not 不一致.
    assert verdicts(before.format("15.4%"), "rate") == [("unverifiable", "rate_unclear")]


def test_parts_past_the_nearest_total_but_within_an_earlier_one_say_both_totals():
    text = "全年累计发布工作动态信息165条,发布法定主动公开内容2条,包括机构概况1条,以及预算信息3条。"
    (claim,) = [c for c in check_text(text) if c.kind == "total" and c.stated == 2]
    assert (claim.verdict, claim.code) == ("consistent", "parts_other_total")
    assert "超过紧挨着的2条，但未超过前面的总数165条" in claim.message
    # A ； closes the earlier count's clause: the list is the 2条's, and its excess comes only with the
    # item 以及 may set beside it, so a note to confirm, never 不一致.
    closed = "全年累计发布工作动态信息165条,其中乡镇动态102条;发布法定主动公开内容2条,包括机构概况1条,以及预算信息3条。"
    (claim,) = [c for c in check_text(closed) if c.kind == "total" and c.stated == 2]
    assert (claim.verdict, claim.code) == ("note", "parts_sibling_after")
    assert "前1项合计1条，未超过总数2条" in claim.message


def test_an_item_after_a_comma_and_yiji_may_be_a_sibling_of_a_one_item_list():
    # 以及 after a comma may close the list (the 2 budget items are published besides) or add to
    # it: unsure, so a note to confirm, never 不一致. With 、 it is one list (a real slip above).
    text = "发布法定主动公开内容1条，包括机构概况1条，以及预算信息2条。"
    assert verdicts(text, "total") == [("note", "parts_prefix")]
    # the items before 以及 within the total, not making it: the excess comes only with the 以及 item
    assert verdicts("发布法定主动公开内容2条，包括机构概况1条，以及预算信息3条。", "total") == [
        ("note", "parts_sibling_after")
    ]


def test_the_items_of_a_sub_list_opened_by_neiyou_are_not_items_of_the_outer_list():
    # 内有 opens the list of what the 20条 holds, as 其中 does: its items are no kinds of the 50条.
    text = "共新增主动公开信息50条。其中机构类信息20条，内有领导成员10条、机构职能4条、机构概况1条、下属机构5条；工作类信息11条。"
    claims = [(c.stated, c.verdict) for c in check_text(text) if c.kind == "total"]
    assert (50, "inconsistent") not in claims
    # 10+4+1+5 is the 20 it breaks down; where that list ends (before 工作类信息) is left to confirm.
    assert [v for stated, v in claims if stated == 20] == ["note"]


def test_a_count_followed_by_the_noun_it_counts_is_not_named_by_the_words_before_it():
    # 31个 counts 省级行政区; the 裁判文书 before it is what the sentence is about, not what 31 counts.
    text = "本报告采集的行政裁判文书为全国31个省级行政区的高院、中院作出的判决书4500份。再审的判决书仅占年度裁判文书的0.79%。"
    assert [v for v, _ in verdicts(text, "share")] != ["inconsistent"]


def test_age_bands_from_nought_to_and_over_split_the_count_named_alike_completely():
    # 0-17岁 … 60岁及以上 leave out no age: the four counts are all the 户籍人口 said before them.
    text = (
        "年末全县户籍人口为1000人。其中，城镇人口400人，乡村人口600人；0-17岁、18-34岁、35-59岁、"
        "60岁及以上户籍人口分别为{}人、200人、400人和200人。"
    )
    assert verdicts(text.format(200), "total").count(("inconsistent", "parts_short")) == 0
    assert ("inconsistent", "parts_short") in verdicts(text.format(100), "total")
    # Bands with a gap (18-34岁, then 40-59岁) are not every age: no complete split is read.
    gap = text.format(100).replace("35-59岁", "40-59岁")
    assert ("inconsistent", "parts_short") not in verdicts(gap, "total")


def test_words_after_a_count_in_jian_tell_what_was_done_and_keep_its_name():
    # 当场办结 after 50件 is what was done with the 50 受理纠纷, which stay the base of the share.
    assert verdicts("全年受理纠纷50件当场办结，调处成功45件，占受理纠纷的90%。", "share") == [
        ("consistent", "share_ok")
    ]
    assert verdicts("全年受理纠纷50件当场办结，调处成功45件，占受理纠纷的80%。", "share") == [
        ("inconsistent", "share_wrong")
    ]


def test_a_figure_the_ledgers_decide_is_not_also_said_unverifiable_by_its_own_sentence():
    """化解成功率93.1% beside 排查572件 alone: the ledgers say 不一致 (96.3%), and the in-text test had added a second
    row for the same figure, 无法核对 (no numerator in the sentence): an analyst read one number both ways and the
    summary counted it as unverifiable too."""
    text = "全年排查矛盾纠纷572件，化解成功率93.1%。"

    def at(claims):
        return [(c.kind, c.verdict) for c in claims if text[c.stated_start : c.stated_end] == "93.1%"]

    assert at(check_text(text, INDICATORS_2024)) == [("ledger", "inconsistent")]
    assert at(check_text(text, {"disputes.resolution_rate": 0.931})) == [("ledger", "consistent")]
    # With no ledger figure to decide it, the sentence's own test still says why it cannot check the rate.
    assert at(check_text(text)) == [("rate", "unverifiable")]
    assert [(c.kind, c.verdict) for c in check_text(text, {"disputes.screened": 572})] == [
        ("ledger", "consistent"),
        ("rate", "unverifiable"),
        ("ledger", "unverifiable"),
    ]
