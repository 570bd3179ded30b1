"""How a careful checker reads relations (shared/spec/report-checking.md), one rule per test.

Every sentence is written for these tests in the project's own words.
"""

import pytest

from fzlib.check import check_text


def claims_on(text, figure, kind=None):
    """The claims whose own stated figure is the given figure string (its first occurrence)."""
    at = text.index(figure)
    return [c for c in check_text(text) if c.stated_start <= at < c.stated_end and (kind is None or c.kind == kind)]


def verdict(text, figure, kind=None):
    found = claims_on(text, figure, kind)
    assert found, f"no claim on {figure}"
    return found[0].verdict


def flagged(text):
    return [text[c.stated_start : c.stated_end] for c in check_text(text) if c.verdict == "inconsistent"]


# ------------------------------------------------------------ an item taken for the whole


def test_gong_inside_gonggong_is_not_a_total():
    from fzlib.check.claims import extract

    figures = extract("开展公共法律服务12次，共办理法律援助5件。").figures
    assert [f.is_total for f in figures] == [False, True]


def test_a_count_inside_quotation_marks_is_a_name_not_the_total_of_the_counts_after_it():
    # “两个平稳” names two headings, each a clause; the 32 and 24 units are no parts of it
    text = "“两个平稳”是：大部分地区形势平稳，全县32个乡镇中，有24个未发生较大事故。"
    assert flagged(text) == []
    # a total said outright still holds the list after it
    assert flagged("全县共设立调委会3个：城关镇1个，东乡3个。") == ["3个"]


def test_a_list_belongs_to_the_earlier_total_its_parts_fit():
    text = "共受理各类申请120件，审结80件，其中维持60件、撤销30件。"
    c = claims_on(text, "80件", "total")[0]
    assert c.verdict == "consistent" and "120件" in c.message


def test_a_count_closed_off_by_a_semicolon_is_no_total_a_later_list_belongs_to():
    # the ；ends the clause of the 172 items: the 其中 list after it is the 1 item's, and 1 + 2 exceeds it
    text = "网站公开工作动态共172条;法定主动公开内容1条,其中机构概况1条,财政预决算信息2条。"
    assert flagged(text) == ["1条"]
    # in one clause run the list may be the earlier total's
    same_run = "网站公开工作动态共172条,法定主动公开内容1条,其中机构概况1条,财政预决算信息2条。"
    assert flagged(same_run) == [] and claims_on(same_run, "1条", "total")[0].code == "parts_other_total"


def test_a_change_is_broken_down_into_the_same_way_changes_of_its_kinds():
    text = "办案量较上年减少90件,其中行政检查减少70件,行政处罚减少20件。"
    assert [(c.verdict, c.code) for c in claims_on(text, "90件", "total")] == [("consistent", "change_parts_match")]
    # a list not evidently full may leave out kinds that changed the other way: no proven error
    open_list = "办案量较上年减少90件,其中行政检查减少80件,行政处罚减少20件。"
    assert claims_on(open_list, "90件", "total")[0].code == "change_parts_open" and flagged(open_list) == []
    # declared full, the kinds' changes must make the total's
    assert flagged("办案量较上年减少90件,分别为行政检查减少80件、行政处罚减少20件。") == ["90件"]
    # a level after a change, or a change the other way, is no part of it
    assert claims_on("受理案件比上年增加30件,其中调解成功25件。", "30件", "total") == []
    assert claims_on("办案量较上年减少90件,其中行政检查增加10件。", "90件", "total") == []


def test_a_count_said_with_zai_and_zhong_opens_the_list_of_what_it_holds():
    # "在…N起案件中，…": the cases the list is drawn from; closed by 其他, the kinds must make the total
    text = "在本所调处的90起纠纷中,40起为邻里纠纷,占比最高,达44%;其次为婚姻纠纷20起,土地、债务等其他纠纷共20起。"
    assert flagged(text) == ["90起"]
    assert verdict(text, "44%") == "consistent"  # 40 ÷ 90 = 44.4%
    wrong = "在本所调处的90起纠纷中,40起为邻里纠纷,占比最高,达48%;其次为婚姻纠纷20起,土地、债务等其他纠纷共30起。"
    assert flagged(wrong) == ["48%"]
    # "2件正在办理中" tells a state of those cases, it opens no list
    assert flagged("全年受理12件,已办结10件,另有2件正在办理中,3件已转交有关部门。") == []


def test_a_list_that_has_reached_its_total_has_ended():
    text = "收到申请30件，其中受理22件，不予受理8件，受理前协调处理4件，受理率73.3%。"
    assert verdict(text, "30件", "total") == "note"
    assert "30件" not in flagged(text)


def test_a_list_dividing_the_total_by_one_attribute_does_not_end_where_its_first_items_reach_it():
    # 按照案件类型分: every item is one type of the total's cases, none another matter; past the total, it is a slip.
    text = "全年共发生案件30起，按照案件类型分毁坏林地12起，滥伐林木10起，野外用火8起，非法移植树木1起。"
    assert verdict(text, "30起", "total") == "inconsistent"
    listed = "全年共发生案件30起，其中毁坏林地12起，滥伐林木10起，野外用火8起，非法移植树木1起。"
    assert verdict(listed, "30起", "total") == "note"  # 其中: the items after the total may be counted apart


def test_a_declared_full_list_that_stops_at_an_item_naming_sheji_is_not_called_short():
    # An item's name holds 涉及, so where the list ends is unclear: the shortfall is not proven.
    text = "全年办理审批100件，分别为绿地审批40件，市政审批30件，建设项目涉及绿地指标事项审查20件，其他审批10件。"
    assert verdict(text, "100件", "total") == "unverifiable"
    assert flagged(text) == []


def test_a_declared_full_list_with_a_clear_end_that_falls_short_is_still_flagged():
    text = "全年办理审批100件，分别为绿地审批40件，市政审批30件，建筑垃圾核准20件。"
    assert verdict(text, "100件", "total") == "inconsistent"


def test_a_clause_that_tells_what_was_done_with_some_of_the_items_is_no_list_item():
    # 有效信件 is one part of the letters; 450件已转… and 450件…已指引 tell what became of the valid ones
    text = "共收到公众来信1129件,其中有效信件900件,450件已转有关部门办理,已办结428件,450件信访投诉类信件已指引公众通过网上信访反映。"
    assert flagged(text) == []
    assert flagged("共收到来信100件,其中咨询类60件,投诉类50件。") == ["100件"]
    # a declared full list that stops at such a clause is not called short: the clause may be its last item
    assert flagged("共受理100件，分别为民事60件、刑事30件，10件已转有关部门处理。") == []


def test_cases_counted_by_overlapping_groups_of_aided_people_may_exceed_the_total():
    # an aided migrant worker may be a woman: the groups overlap, their counts and shares are not a breakdown
    text = "共办理法律援助案件1503件,其中残疾人169件、老年人197件、未成年人206件、妇女492件、农民工544件。"
    assert flagged(text) == []
    shares = "受援人共1000人,其中农民工524人,占52.4%;妇女204人,占20.4%;老年人615人,占61.5%。"
    assert flagged(shares) == []
    assert flagged("办理法律援助案件100件,其中民事60件、刑事50件。") == ["100件"]


def test_a_count_named_by_the_words_after_it_is_one_item_of_a_parallel_list():
    # each count is named by what follows it (…件涉及…): the first is an item, not the whole of the rest
    text = "在通报的这60件违反工作纪律的问题中，有2件涉及处级干部，18件涉及科级干部，40件涉及一般干部。"
    assert flagged(text) == []
    assert not claims_on(text, "2件", "total")
    # a whole said before 涉及 still governs its list
    assert flagged("共办理案件20件，涉及劳动争议12件、婚姻家庭10件。") == ["20件"]


def test_a_colon_after_a_sibling_heading_opens_that_headings_items_not_the_count_before_it():
    # 执行类 has no count of its own: the items after its colon are its own, not parts of 规划类4条
    text = "全年公开信息120条。其中公告类10条、规划类4条，执行类：动态50条，总结2条，服务类9条。"
    assert flagged(text) == []
    assert not claims_on(text, "4条", "total")
    # a colon right after the count, or after a heading that names no sibling, still opens the count's list
    assert flagged("全年公开信息4条：动态50条，总结2条。") == ["4条"]
    assert flagged("全年公开信息4条，具体如下：动态50条，总结2条。") == ["4条"]


def test_parts_that_exceed_the_total_are_flagged_even_where_the_list_end_is_unclear():
    text = "全年办理审批100件，分别为绿地审批60件，市政审批50件，建设项目涉及绿地指标事项审查20件。"
    assert verdict(text, "100件", "total") == "inconsistent"


# ------------------------------------------------------------ bases


def test_a_percentage_is_never_a_base():
    text = "全年调解纠纷85件，成功率96%，其中邻里纠纷32件。"
    assert flagged(text) == []


def test_a_count_of_categories_is_not_a_part():
    text = "办理执法案件40件，涉及5个领域，其中许可12件、检查28件。"
    assert verdict(text, "40件", "total") == "consistent"


def test_an_introducing_word_spent_on_an_amount_opens_no_list():
    # 涉及 names the amount of the first kind; after the semicolon come the next kinds of an
    # enumeration, so the count of the first kind is not the total of the later ones.
    text = "行政裁决4宗，涉及总金额867万元；行政给付3526宗，给付总金额2586万元；行政奖励243宗，奖励金额8万元。"
    assert flagged(text) == []
    assert not claims_on(text, "4宗", "total")
    # An amount is closed by a comma as well.
    assert flagged(text.replace("；", "，")) == []


def test_a_list_after_an_amount_with_its_own_introduction_is_still_checked():
    text = "受理投诉120件，涉及金额35万元，其中噪音50件、油烟50件、其他30件。"
    assert verdict(text, "120件", "total") == "inconsistent"  # 50+50+30 = 130


def test_a_named_base_is_matched_by_its_key_noun():
    text = "新受理复议案件150件，审结120件，其中维持90件，占审结案件的60%。"
    c = claims_on(text, "60%", "share")[0]
    assert (c.verdict, c.base) == ("inconsistent", "120件")  # 90/120 = 75%
    assert "150" in c.message  # the figure the share was computed on


def test_a_bare_share_list_is_checked_against_the_count_that_reproduces_its_siblings():
    text = "全年收到申请4000件。\n甲类1000件，占25.0%；乙类1200件，占30.0%；丙类800件，占20.0%；丁类1000件，占26.0%。"
    assert flagged(text) == ["26.0%"]  # 1000/4000 = 25.0%; the siblings all fit 4000


def test_a_share_without_a_count_of_its_own_borrows_none():
    text = "全年办理案件90件，群众满意，其中线上办理占比84%。"
    assert all(c.verdict != "inconsistent" for c in check_text(text))


def test_a_change_right_before_a_share_is_not_the_share_s_count():
    # 58件 is how much the 753件 grew; the share is of the 753件, over a base the text does not give
    text = "全年在册接受帮教人员753人，同比增加58人，占全部刑满释放人员的31.8%。"
    assert flagged(text) == []
    assert verdict(text, "31.8%", "share") == "unverifiable"


def test_a_group_share_sums_the_group():
    text = "共受理诉求500件，其中甲类200件、乙类150件、丙类150件，甲类与乙类合计占70%。"
    assert verdict(text, "70%", "share") == "consistent"


def test_a_share_said_of_a_sum_is_not_the_share_of_the_one_count_before_it():
    # 合计占 sums counts the words do not list with 、: 10件÷50件 would be 20%, not the 36% of 18件 over 50件.
    text = "全年共处置警情50件，其中扑救火灾8件（另有2件未出动），抢险救援10件，合计占总数的36%。"
    assert flagged(text) == []
    assert verdict(text, "36%", "share") != "inconsistent"


def test_shares_written_after_their_counts_in_brackets():
    text = "共排查纠纷200件，其中邻里80件（40.0%）、土地60件（30.0%）、婚姻60件（35.0%）。"
    assert flagged(text) == ["35.0%"]


def test_shares_of_a_complete_list_rounded_to_add_up_to_100_are_accepted():
    # 1/3 each: the largest-remainder method gives 33.4, 33.3, 33.3
    text = "共调解纠纷3件，分别为邻里1件、土地1件、婚姻1件，分别占33.4%、33.3%、33.3%。"
    assert flagged(text) == []


def test_a_share_of_a_whole_list_that_no_rounding_of_its_counts_gives_is_wrong_though_no_count_states_the_sum():
    # every item has its count and share, the shares make 100%: the base is 1+2+8+3=14; 2/14=14.3%, and
    # neither half-up, truncation nor the largest remainder (7, 14, 57, 22) gives 15%
    text = "按违纪行为划分，违反组织纪律1件，占7%；违反廉洁纪律2件，占15%；违反群众纪律8件，占57%；涉法行为3件，占21%。"
    assert flagged(text) == ["15%"]
    assert [c.code for c in claims_on(text, "15%")] == ["share_whole_list"]
    # the same list rounded by largest remainder to make 100 is accepted
    assert flagged(text.replace("占15%", "占14%").replace("占21%", "占22%")) == []
    # shares that make 99% leave room for an item not listed: no whole list, nothing said of the sum
    assert flagged(text.replace("占7%", "占6%")) == []


def test_a_measure_word_in_brackets_after_a_count_leaves_the_share_after_it_that_counts_own():
    # "6件(次)": the bracket restates the unit, the share after it is still of the 6
    text = "从举报方式看，来信6件(次)，占43%；来访3件(次)，占21%；来电3件(次)，占21%；网络举报2件(次)，占14%。"
    assert [c.verdict for c in claims_on(text, "43%")] == ["consistent"]
    assert flagged(text) == []


def test_a_share_whose_named_base_is_a_part_of_the_list_is_over_that_part_not_the_total():
    # The base "受理劳动争议案件" holds 劳动争议 as the part's label does and the total's does not: the
    # later share is of the part, so it is no share of the total and the list's shares need not add to 100%.
    text = "全年共受理各类仲裁案件800件，其中劳动争议案件200件，占总数的25%；结案劳动争议案件150件，占受理劳动争议案件的75%。"
    c = claims_on(text, "75%", "share")[0]
    assert (c.verdict, c.base) == ("consistent", "200件")  # 150/200 = 75%; 150/800 would be 18.8%
    assert flagged(text) == []


def test_a_share_named_after_a_part_that_does_not_fit_it_is_not_called_wrong():
    # Over the part it names the share is off, but a count inside a list is never surely a base.
    text = "全年共受理各类仲裁案件800件，其中劳动争议案件200件，占总数的25%；结案劳动争议案件150件，占受理劳动争议案件的70%。"
    assert flagged(text) == []


def test_a_countless_share_named_after_a_count_of_the_paragraph_before_is_tested_for_a_whole_part():
    # 婚姻家庭类 names the 25件 of the paragraph before: k/25 gives 84% or 88%, never 87.2%
    text = (
        "上半年共接待来信来访27件，其中婚姻家庭权益类案件25件，住房拆迁类案件2件。\n家庭暴力案件占婚姻家庭类的87.2%。"
    )
    assert flagged(text) == ["87.2%"]
    assert flagged(text.replace("87.2%", "88%")) == []  # 22/25
    # named alike by two counts before, the base is a guess: untested
    two = "上半年接待婚姻家庭类来访25件。\n下半年接待婚姻家庭类来访31件。\n家庭暴力案件占婚姻家庭类的87.2%。"
    assert flagged(two) == []


def test_a_countless_share_of_the_case_total_is_of_the_one_case_total_of_the_paragraphs_before():
    # "案件总数" names no count of its own paragraph, which holds none: it is the one total of cases said in
    # the paragraphs before (共受理…122件), and k/122 gives 84.43% or 85.25%, never 84.6%
    text = "全镇共受理调解案件122件，调解成功112件。\n从类型看，邻里纠纷、婚姻家庭纠纷分别占案件总数的84.6%、15.6%。"
    assert flagged(text) == ["84.6%"]
    assert flagged(text.replace("84.6%", "84.4%")) == []  # 103/122
    # two totals of cases before it: which one is meant is not clear, so it is not tested
    two = "上半年共受理调解案件122件。\n下半年共受理调解案件131件。\n邻里纠纷占案件总数的84.6%。"
    assert flagged(two) == []
    # a total of persons, or one the text does not mark as a total, is no total of cases
    assert flagged("全年共接待群众122人。\n邻里纠纷占案件总数的84.6%。") == []
    assert flagged("本月受理调解案件122件。\n邻里纠纷占案件总数的84.6%。") == []
    # a share on average over years is a mean of each year's shares, no part of the years' total
    assert flagged("四年共受理调解案件122件。\n邻里纠纷年均占案件总数的84.6%。") == []


def test_a_countless_share_of_a_base_said_of_another_place_is_not_of_the_counts_said_of_this_one():
    # the base is said of the city; the 122 cases are the town's, and the city's total is not given
    assert flagged("全镇共受理调解案件122件。\n邻里纠纷占全市调解案件的84.6%。") == []
    # said of the same place, it is tested: no k/122 gives 84.6%
    assert flagged("全市共受理调解案件122件。\n邻里纠纷占全市调解案件的84.6%。") == ["84.6%"]


def test_a_named_base_without_counts_is_tested_for_a_whole_count():
    text = "全年信访总量143件。各领域分别占全年信访总量的15.43%、14.69%。"
    assert flagged(text) == ["15.43%"]  # 22/143 = 15.38%, 21/143 = 14.69%


# ------------------------------------------------------------ rates


def test_a_failed_count_never_feeds_a_success_rate():
    text = "受理纠纷50件，调解成功46件，调解不成功4件，调解成功率92%。"
    c = claims_on(text, "92%", "rate")[0]
    assert c.verdict == "consistent" and "46件" in c.message


def test_the_correction_rate_is_over_cases_decided():
    text = "新收复议案件151件，审结135件，其中纠错29件，纠错率19.2%。"
    c = claims_on(text, "19.2%", "rate")[0]
    assert (c.verdict, c.base) == ("inconsistent", "135件")  # 29/135 = 21.5%


def test_satisfaction_counts_every_positive_grade():
    text = "回访群众200人，其中非常满意150人、满意40人、基本满意6人，满意率98%。"
    assert verdict(text, "98%", "rate") == "consistent"


def test_win_rate_may_leave_withdrawn_cases_out():
    text = "审结行政诉讼案件20件，其中撤诉4件，胜诉14件，胜诉率87.5%。"
    assert verdict(text, "87.5%", "rate") == "consistent"


def test_a_stage_rate_beside_a_success_rate_does_not_take_the_success_count():
    # 调解率 and 调解成功率 cannot both be 成功÷调解: the counts go to the rate whose name they match.
    text = "全村共调解邻里纠纷400件，调解成功392件，调解率达100%，调解成功率达98%。"
    c = claims_on(text, "100%", "rate")[0]
    assert (c.verdict, c.code) == ("unverifiable", "rate_shared")
    assert verdict(text, "98%", "rate") == "consistent"


def test_a_qualified_rate_is_not_judged_on_the_counts_of_its_unqualified_sibling():
    text = "受理矛盾纠纷2000件，化解1980件，化解成功率达99%，诉前化解率达35.2%。"
    c = claims_on(text, "35.2%", "rate")[0]
    assert (c.verdict, c.code) == ("unverifiable", "rate_shared")
    assert verdict(text, "99%", "rate") == "consistent"
    assert flagged(text) == []


def test_the_numerator_word_in_the_rate_name_picks_the_count():
    # 调处 is one of the success-rate words, but 调解成功率 names 成功: the pending count is not it.
    text = "受理纠纷50件。已成功调解49件，正在调处的纠纷1件，调解成功率98%。"
    c = claims_on(text, "98%", "rate")[0]
    assert c.verdict != "inconsistent" and "49件" in c.message


def test_traditional_characters_are_read_like_simplified_ones():
    text = "新收複議案件151件，審結135件，其中糾錯29件，糾錯率19.2%。"
    c = claims_on(text, "19.2%", "rate")[0]
    assert (c.verdict, c.base) == ("inconsistent", "135件")  # 纠错率 over 审结: 29/135 = 21.5%


def test_traditional_growth_words_are_read():
    text = "2023年受理案件147件，2024年受理案件113件，同比減少30%。"
    assert verdict(text, "30%", "growth") == "inconsistent"


def test_the_stage_the_successes_come_from_is_the_other_reading_of_the_base():
    # 排查 is a base word, but the 193 successes are taken from the 195 disputes handled (调处).
    text = "全乡排查纠纷215件，调处纠纷195件，调处成功193件，成功率98.9%。"
    c = claims_on(text, "98.9%", "rate")[0]
    assert c.verdict != "inconsistent" and "195件" in c.message


def test_a_stage_rate_is_not_proven_wrong_by_a_count_of_another_stage():
    # 调解率 counts what was mediated; the 195 handled (调处) are not that by definition.
    text = "全乡排查纠纷215件，调处纠纷195件，调解率100%。"
    c = claims_on(text, "100%", "rate")[0]
    assert c.verdict == "unverifiable"


def test_a_stage_rate_no_whole_count_over_its_named_base_can_give_is_still_flagged():
    text = "全镇排查纠纷36起，化解调处21起；纠纷调解率达98%。"
    c = claims_on(text, "98%", "rate")[0]
    assert (c.verdict, c.code) == ("inconsistent", "rate_impossible_den")


def test_a_stage_rate_count_named_by_its_own_verb_may_be_its_numerator():
    # 调解率 counts the cases mediated: "以调解方式结案17件" may stand on top of a base the text does not give
    # (17 of 40 is 42.5%), so that no whole part of 17 gives 42.5% proves nothing
    text = "全年召开协调会3次,以调解方式结案17件,结案调解率42.5%。"
    assert flagged(text) == []
    # when the count cannot be on top either (no whole base gives 17 ÷ b = 99.9%), the rate is still wrong
    assert flagged(text.replace("42.5%", "99.9%")) == ["99.9%"]


def test_a_success_rate_named_after_a_stage_is_over_the_count_of_that_stage():
    # 调处成功率 is the successes over the disputes handled (调处), not over those accepted (受理)
    text = "受理纠纷4204件，调处4165件，调解成功3960件，调处成功率95.1%。"
    assert flagged(text) == []  # 3960/4165 = 95.08%; 3960/4204 = 94.20%
    assert verdict(text, "95.1%", "rate") == "consistent"
    # neither reading gives the rate: still wrong
    assert flagged("受理纠纷100件，调处90件，调解成功80件，调处成功率95%。") == ["95%"]


def test_a_success_rate_over_the_cases_concluded_stated_after_it_is_no_slip():
    # 12315 reports give 调解成功 ÷ 办结: 120/282 = 42.55%, while 120/210 accepted would be 57.14%
    text = "平台共接收投诉300件，受理210件，调解成功120件，调解成功率42.55%；办结282件，按期办结率99%。"
    c = claims_on(text, "42.55%", "rate")[0]
    assert (c.verdict, c.code, c.base) == ("consistent", "rate_concluded_ok", "282件")
    assert "210件" in c.message and "57.14" in c.message  # the standard reading is told too
    assert flagged(text) == []


def test_a_whole_number_rate_fitting_the_concluded_count_by_chance_is_not_called_consistent():
    # 490/520 accepted = 94.23%; 490/500 concluded rounds to 98%, but so do 490/498 … 490/502: a chance fit
    text = "全年受理纠纷520件，办结500件，调解成功490件，调解成功率98%。"
    c = claims_on(text, "98%", "rate")[0]
    assert (c.verdict, c.code) == ("unverifiable", "rate_concluded_ambiguous")
    assert "498至502" in c.message and "94.23%" in c.message
    assert flagged(text) == []  # never a false alarm either
    # 96/98 is the one whole base giving 98% for 96: that fit is no chance
    c = claims_on("受理100件，办结98件，调解成功96件，调解成功率98%。", "98%", "rate")[0]
    assert (c.verdict, c.code) == ("consistent", "rate_concluded_ok")


def test_a_success_rate_over_the_cases_concluded_stated_before_it_is_no_slip():
    text = "全年受理纠纷150件，结案140件，调解成功126件，调解成功率90%。"  # 126/140 = 90%; 126/150 = 84%
    assert verdict(text, "90%", "rate") == "consistent"


def test_a_success_rate_that_fits_neither_the_accepted_nor_the_concluded_cases_is_still_wrong():
    # report-checking.md's real mistake: 2784/2872 = 96.94%, and 2784/2850 concluded = 97.68%
    assert flagged("受理2872宗，成功2784宗，成功率96.7%。") == ["96.7%"]
    text = "人民调解委员会受理纠纷2872宗，办结2850宗，调解成功2784宗，调解成功率96.7%。"
    c = claims_on(text, "96.7%", "rate")[0]
    assert (c.verdict, c.code, c.base) == ("inconsistent", "rate_wrong_concluded", "2,872宗")
    assert "2,850宗" in c.message and "97.68" in c.message


def test_a_success_rate_over_a_total_of_the_cases_concluded_is_a_standard_reading():
    # 共调处 names the cases mediated, the base a township states its 调解成功率 over: 35/36 = 97.2%,
    # which is no 99 (its % sign lost); with 97% the same sentence is consistent
    text = "全镇共调处各类矛盾纠纷36件调解成功35件,调解成功率达99,基本实现了目标。"
    assert flagged(text) == ["99"]
    assert flagged(text.replace("达99", "达97%")) == []
    c = claims_on(text, "99", "rate")[0]
    assert c.base == "36件"


def test_a_success_rate_over_rounded_accepted_and_concluded_counts_fitting_neither_is_wrong():
    # 8448 over 1.10万 gives 76.5%–77.2%, over 1.37万 61.4%–61.9%: neither range holds 79.18%
    text = "平台受理投诉1.10万件，调解成功8448件，调解成功率79.18%；办结1.37万件。"
    assert flagged(text) == ["79.18%"]
    # over 1.07万 concluded it could be (8448/10669 = 79.18%): approximate, so not wrong
    assert flagged("平台受理投诉1.10万件，调解成功8448件，调解成功率79.18%；办结1.07万件。") == []


def test_a_success_rate_counts_no_unfinished_cases_as_concluded():
    # "未办结" are not the cases concluded: 126/150 = 84%, 126/140 = 90%
    assert flagged("受理纠纷150件，未办结140件，调解成功126件，调解成功率90%。") == ["90%"]


def test_a_stage_rate_is_not_impossible_while_a_concluded_count_can_give_it():
    # 97.5% of 36 is no whole count, but of the 40 concluded it is 39
    text = "全镇排查纠纷36起，纠纷调解率达97.5%，办结40起。"
    assert verdict(text, "97.5%", "rate") != "inconsistent"
    # 98% is no whole count of 36 (35/36 = 97.2%) nor of 30 (29/30 = 96.7%)
    assert flagged("全镇排查纠纷36起，纠纷调解率达98%，办结30起。") == ["98%"]


def test_a_rate_whose_numerator_is_split_by_level_is_over_the_sum_of_the_parts():
    # 镇本级调处32起 and 各村调处51起 are the 调处 of one whole: 83/86 = 96.51%; 51/86 alone would be 59.30%
    text = "全镇共排查矛盾纠纷86起，其中镇本级调处32起，各村调处51起，调处率96.5%。"
    assert flagged(text) == []
    assert verdict(text, "96.5%", "rate") == "consistent"
    text = "共受理纠纷120件，其中镇调委会调解成功45件，村调委会调解成功70件，调解成功率95.8%。"
    assert flagged(text) == []  # (45+70)/120 = 95.83%
    # when the sum does not give it either, which count is on top is unclear: no 不一致
    text = "共受理纠纷120件，其中镇调委会调解成功45件，村调委会调解成功70件，调解成功率80%。"
    assert verdict(text, "80%", "rate") == "unverifiable"
    # one count of the named stage is still tested as before
    assert flagged("共受理纠纷120件，调解成功45件，调解成功率95.8%。") == ["95.8%"]


def test_a_count_of_a_later_stage_after_a_list_of_kinds_is_no_kind_of_the_total():
    # 审结165件 is of the same cases as 受理180件, not one more kind of them beside 乡镇被申请36件
    text = (
        "全县共受理行政复议案件180件，其中乡镇被申请案件36件，占全部案件的20%；审结165件，其中纠错24件，纠错率14.5%。"
    )
    assert flagged(text) == []
    assert verdict(text, "180件", "total") == "unverifiable"
    # kinds alone that exceed their total are still wrong
    assert flagged("全县共受理行政复议案件180件，其中乡镇被申请案件96件，县直部门被申请案件95件。") == ["180件"]


def test_a_list_of_kinds_with_a_procedure_or_a_facet_beside_them_may_count_a_case_twice():
    # 适用简易程序52起 counts by procedure the cases 违法建设40起、占道经营30起 count by kind
    text = "共立案查处违法案件85起，其中违法建设40起、占道经营30起，适用简易程序52起。"
    assert flagged(text) == []
    assert verdict(text, "85起", "total") == "unverifiable"
    # two procedures alone are one split of the cases: exceeding the total is wrong
    assert flagged("共办理行政处罚案件85件，其中简易程序40件，一般程序50件。") == ["85件"]


def test_the_upper_end_of_a_range_is_no_count_of_its_own():
    # "15—20名" is a range: reading 20 alone would make 20+100余 exceed 120
    for text in ("共有调解员120名，其中专职调解员15—20名，兼职调解员100余名。", "每村配备3～5名巡逻队员，全镇共86名。"):
        assert flagged(text) == []
    from fzlib.check.numbers import find_numbers

    assert [n.value for n in find_numbers("专职调解员15至20名，兼职100名")] == [100.0]
    assert [n.value for n in find_numbers("由120件增至150件")] == [120.0, 150.0]  # 增至 closes no range


def test_a_rate_of_the_whole_is_not_proven_impossible_over_a_part_named_like_its_base():
    # 98.3% of 各村受理90件 is no whole count, but of 全镇共受理120件 it is 118
    text = "镇本级受理纠纷30件，全镇共受理纠纷120件，其中各村受理90件，调解成功率98.3%。"
    assert flagged(text) == []
    assert flagged("全镇共受理纠纷90件，调解成功率98.3%。") == ["98.3%"]  # one base, none gives it


def test_a_base_or_a_last_year_said_of_another_place_is_another_whole():
    # 全县 is not 全镇: the share's base is not the town's 120件, and no count here is said of the county
    text = "全镇共受理纠纷120件，其中镇调委会受理30件，占全县调委会受理总数的5%。"
    assert flagged(text) == []
    assert flagged(text.replace("全县", "全镇")) == ["5%"]  # said of the same place, 30/120 is 25%
    # last year's 全镇 is not this year's 镇本级: no pair of years, so 20% is only tested as feasible
    text = "2023年全镇受理纠纷120件。2024年镇本级受理纠纷60件，同比下降20%。"
    assert flagged(text) == []
    assert flagged(text.replace("镇本级", "全镇")) == ["20%"]  # 120 → 60 is a fall of 50%
    # last year's 行政案件 (every instance) is not this year's 一审行政案件
    text = "2023年全区法院受理行政案件320件，2024年一审行政案件收案240件，同比下降24.76%。"
    assert flagged(text) == []  # 319 last year gives 24.76%
    assert flagged(text.replace("2024年一审", "2024年")) == ["24.76%"]  # 320 → 240 is a fall of 25%


def test_a_split_by_another_dimension_ends_the_list_before_it():
    # 从案件类型看 splits the same 56 cases again: 32 and 10 are no further 被申请人
    text = "全年受理行政复议案件56件，其中县政府部门28件、乡镇政府15件；从案件类型看，行政处罚32件、信息公开10件。"
    assert flagged(text) == []
    # one dimension whose items exceed the total is still wrong
    assert flagged("全年受理行政复议案件56件，其中县政府部门38件、乡镇政府25件。") == ["56件"]


def test_a_completion_rate_may_count_what_was_answered_at_once_over_everything_received():
    # 办结率 over all 7227: the 5113 answered on the spot are done too; over the 2114 transferred it is 89.78%
    text = "受理热线事项7227宗，当场答复5113宗，转办2114宗，办结1898宗，办结率97.01%。"
    assert flagged(text) == []
    assert flagged(text.replace("97.01%", "95.00%")) == ["95.00%"]  # neither reading gives it


def test_a_rectification_rate_is_the_problems_put_right_over_the_problems_found():
    # 137354/141911 = 96.79%; two sectors' rates of 96.61% and 96.93% bracket it
    text = "共排查一般隐患141911项,已整改137354项,整改率97.28%。"
    assert flagged(text) == ["97.28%"]
    assert flagged(text.replace("97.28%", "96.79%")) == []
    assert flagged("排查出重大隐患182项,已整改72项,列入治理计划的重大隐患110项,整改率为39.56%。") == []


def test_a_rate_said_again_with_the_same_name_and_figure_shares_the_verdict_of_its_counts():
    # the summary's 97.28% gives no counts; the same 整改率 to two decimals below is proven wrong by its own
    text = "一般隐患治理整改率为97.28%。\n共排查一般隐患141911项,已整改137354项,整改率97.28%。"
    assert flagged(text) == ["97.28%", "97.28%"]
    # a figure said once with counts and once without, where the counts agree, stays untested where it gave none
    assert flagged(text.replace("97.28%", "96.79%")) == []
    # another rate that only shares the figure is not the same claim
    other = "结案率为97.28%。\n共排查一般隐患141911项,已整改137354项,整改率97.28%。"
    assert flagged(other) == ["97.28%"]
    # nor is a whole figure written with zeros, which many rates share
    whole = "满意率为100.00%。\n回访群众200人,满意190人,满意率100.00%。"
    assert flagged(whole) == ["100.00%"]
    # nor is a figure of one decimal, too coarse to be the same claim by its digits alone
    coarse = "整改率为97.3%。\n共排查一般隐患141911项,已整改137354项,整改率97.3%。"
    assert len(flagged(coarse)) == 1


def test_a_rate_with_its_percent_sign_missing_is_read():
    text = "受理纠纷60件，调解成功48件，调解成功率达99。"
    assert flagged(text) == ["99"]


def test_a_rate_no_whole_base_can_give_is_flagged_but_an_approximate_one_never():
    assert flagged("化解信访事项15批，化解率达99%。") == ["99%"]
    assert flagged("化解信访事项约15批，化解率达99%。") == []


def test_a_completion_rate_is_the_count_done_over_a_target_tested_for_a_whole_number():
    # 89 done of a whole target gives 82.41% (108) or 81.65% (109), never 82.21%.
    text = "全年为特殊群体办结法律援助案件89件，完成率82.21%。"
    c = claims_on(text, "82.21%", "rate")[0]
    assert (c.verdict, c.code) == ("inconsistent", "rate_impossible")


def test_a_completion_rate_over_100_percent_has_a_target_smaller_than_the_count():
    text = "全年提供免费法律咨询11085人次，完成率116.68%。"  # a target of 9500 gives 116.68%
    c = claims_on(text, "116.68%", "rate")[0]
    assert c.verdict != "inconsistent" and "9,500" in c.message


def test_a_count_named_as_the_plan_is_no_numerator_of_a_completion_rate():
    # 89 is the target here, not what was done (开展 names the doing, 计划 the plan)
    assert flagged("全年计划开展培训89场，完成率82.21%。") == []
    # with what was done stated as well, the rate is over the target
    assert flagged("全年计划开展培训89场，实际开展88场，完成率82.21%。") == ["82.21%"]


def test_an_approximation_said_before_the_verb_leaves_a_share_its_count():
    # "约占" says the 1% is about so much; the 6件 just before is still what it is a share of
    text = "信访接待共65起。另一类是财产权益共6件,约占信访总数的1%。"
    assert flagged(text) == ["1%"]  # 6 ÷ 65 = 9.2%, nowhere near about 1%
    assert verdict(text.replace("1%", "9%"), "9%", "share") == "consistent"


# ------------------------------------------------------------ growth


def test_growth_with_both_years_written_out():
    text = "2023年全镇受理信访147件，2024年受理信访113件，同比下降30%。"
    c = claims_on(text, "30%", "growth")[0]
    assert (c.verdict, c.code) == ("inconsistent", "growth_wrong_base")


def test_growth_from_a_stated_difference():
    text = "全年新收申请5422件，比上年增加842件，增幅为18.38%。"
    assert verdict(text, "18.38%", "growth") == "consistent"


def test_a_change_between_rounded_wan_figures_is_judged_over_the_range_they_allow():
    # 3767万 and 1.53万 are rounded, yet at every end of their ranges the fall is 0.04%, never 3.90%
    text = "全年共发生案件3767万起,较上一年减少1.53万起,下降了3.90%。"
    assert flagged(text) == ["3.90%"]
    # from 39.20万 to 37.67万 it is 3.90%
    assert verdict(text.replace("3767万", "37.67万"), "3.90%", "growth") == "consistent"
    # within the rounding of 37.67万 and 1.53万 (3.88%–3.93%) a figure the exact values miss is still fine
    assert verdict(text.replace("3767万", "37.67万").replace("3.90%", "3.92%"), "3.92%", "growth") == "consistent"


def test_a_count_said_of_last_year_and_compared_with_the_year_before_is_the_level_that_changed():
    # a report of last year: 去年 names the year of the 300起, 上一年 the year it is compared with
    text = "去年全国共发生案件300起,较上一年减少50起,下降了30%。"
    assert flagged(text) == ["30%"]  # 50 ÷ 350 = 14.3%
    assert verdict(text.replace("30%", "14.29%"), "14.29%", "growth") == "consistent"
    # compared with 上年 (the year before this one), a 去年 count is still last year's
    assert verdict("今年受理300件，去年受理350件，同比下降14.3%。", "14.3%", "growth") == "consistent"


def test_a_level_lacking_the_wan_its_change_carries_is_not_called_wrong():
    # read with the 万 the change carries, 0.5万元 after a fall of 1.2万元 is 70.6% down: a dropped 万
    # is as likely as a wrong percentage
    text = "直接经济损失0.5元,同比减少1.2万元,下降70.6%。"
    c = claims_on(text, "70.6%", "growth")[0]
    assert (c.verdict, c.code) == ("unverifiable", "growth_scale")
    # read either way the change does not fit: wrong
    assert flagged("直接经济损失0.5元,同比减少1.2万元,下降30%。") == ["30%"]


def test_a_sentence_opening_with_the_comparison_changes_the_count_of_the_sentence_before():
    # The subject of "比去年同期增加433件" is left unsaid: it is the 3618件 just stated, so last year
    # was 3185件 and the rise 13.6%; 12% is 433 over this year's 3618 (growth on the wrong base).
    text = "受理消费者举报3618件，占27%。比去年同期增加433件，举报量增长12%。"
    assert verdict(text, "12%", "growth") == "inconsistent"
    assert verdict(text.replace("12%", "13.6%"), "13.6%", "growth") == "consistent"
    # A change that names another thing than the count before is not read against it.
    other = "受理消费者举报3618件，占27%。比去年同期增加433件，投诉量增长12%。"
    assert verdict(other, "12%", "growth") != "inconsistent"
    # A difference that names its own subject (受案) is of that subject, not of the count before.
    named = "共受理各类案件1803件，结案894件。与上年同比，受案增加167件，上升10.21%。"
    assert verdict(named, "10.21%", "growth") != "inconsistent"
    # Two counts before and a change that names neither: which one changed is not plain.
    two = "共受理投诉500件，办结480件。比去年同期增加50件，增长11.1%。"
    assert verdict(two, "11.1%", "growth") != "inconsistent"


def test_a_change_named_after_an_enumeration_comma_is_not_of_the_counts_before_it():
    # the two years' counts are of all reports; the change after 、 names its own subject (a part
    # whose levels are not given)
    text = "举报总量与上年持平(2024年52.0万件,2023年51.6万件)、其中实名举报下降7.7%。"
    assert verdict(text, "7.7%", "growth") != "inconsistent"
    text = "举报总量与上年持平(2024年52.0万件,2023年51.6万件)、甚至实名举报下降7.7%。"
    assert verdict(text, "7.7%", "growth") != "inconsistent"
    # a change said right after the counts is theirs, after 、 too when only 同比 stands between
    assert verdict("2023年受理147起，2024年受理113起，同比下降30%。", "30%", "growth") == "inconsistent"
    assert verdict("2023年受理147起，2024年受理113起、同比下降30%。", "30%", "growth") == "inconsistent"


def test_growth_that_no_whole_previous_figure_can_give():
    text = "本月收到网络投诉178件，与上月相比上升44.4%。"
    assert flagged(text) == ["44.4%"]
    assert flagged("本月收到网络投诉178件，与上月相比上升44.7%。") == []


def test_a_count_per_day_in_brackets_is_no_level_a_change_is_of():
    # "(日均8.9起)" is this week's 62起 spread over seven days; the change of 19起 is from 81 to 62
    text = "本周共接刑事类警情62起(日均8.9起),较上周的81起减少19起,环比下降23.5%。"
    assert flagged(text) == []
    assert verdict(text, "23.5%", "growth") == "consistent"
    # the same change on the wrong count is still found
    assert flagged("本周共接刑事类警情70起(日均10起),较上周的62起增加8起,环比上升13.9%。") == ["13.9%"]
    # outside brackets the average may be the level compared, or the count it averages: both are tried
    assert flagged("全年接警67万起,日均接警1840起,较上年的1700起增加140起。") == []
    assert flagged("全年受理案件365件,日均1件,较上年的300件增加65件。") == []
    assert flagged("全年受理案件365件,日均1件,较上年的300件增加75件。") == ["75件"]  # neither reading gives 75
    # a count per day said by its unit is no level either
    assert flagged("本月共接有效报警6689起(239起/天),比上月的8600起减少1911起,下降22.2%。") == []


def test_a_change_right_after_a_rate_may_be_the_rate_s_own_change():
    # "纠错率为16.54%，同比降低4.51%": the fall is of the rate (in points or relative), not of the
    # count before it; no whole previous count giving 4.51% is no contradiction then.
    text = "全年纠正违法或不当行政行为2629件，纠错率为16.54%，同比降低4.51%。"
    assert flagged(text) == []
    # with no rate between them the change is the count's, and an impossible one is still flagged
    assert flagged("全年纠正违法或不当行政行为2629件，同比降低4.51%。") == ["4.51%"]


def test_last_year_named_by_its_number_marks_the_earlier_count():
    # "较2023年的2件" is last year's count, not this year's: 2 → 5 is a rise of 150%, which no
    # whole previous figure could give if 2 were this year's.
    text = "全年办理案件5件，较2023年的2件增加150%。"
    assert flagged(text) == []
    assert verdict(text, "150%", "growth") == "consistent"
    assert verdict("全年办理案件216件，较2024年的244件减少12.5%。", "12.5%", "growth") == "inconsistent"


def test_respective_changes_go_with_respective_counts():
    text = "共受理案件69件，结案61件，同比分别上升76.9%和60.5%。"
    assert flagged(text) == []


# ------------------------------------------------------------ lists


def test_a_bracketed_sub_list_is_not_part_of_the_list_around_it():
    text = "共办理案件30件，其中处罚20件（含简易程序12件、一般程序8件），检查10件。"
    assert verdict(text, "30件", "total") == "consistent"


def test_a_list_spread_over_two_sentences_closed_by_other():
    text = "热线共受理诉求1000件。其中，咨询类500件，求助类300件，其他类100件。"
    c = claims_on(text, "1000件", "total")[0]
    assert (c.verdict, c.code) == ("inconsistent", "parts_short")


def test_a_next_sentence_list_belongs_to_the_one_count_of_its_unit_the_sentence_closed_with_amounts_after():
    # the sentence before closes on what its cases came to (万支, 万元); the 起 of the list are of its one 起
    text = "全市共查处无证经营案件820起,查扣商品3560万支,货值1250万元。其中食品案件610起;药品案件190起;其他案件40起。"
    assert flagged(text) == ["820起"]
    assert flagged(text.replace("610起", "590起")) == []
    # another count of other things after it (户): which count the list is of is not clear
    other = "全市共查处无证经营案件820起,涉及商户450户。其中食品案件610起;药品案件190起;其他案件40起。"
    assert flagged(other) == []


def test_a_next_sentence_list_after_a_list_item_belongs_to_the_total_it_adds_up_to():
    text = "审结案件500件，纠错60件。结果分别为撤销20件，确认违法40件。其中行政强制类30件，行政处罚类20件，其他类10件。"
    assert "确认违法40件" not in [c.text for c in check_text(text) if c.relation == "parts_of_total"]
    assert flagged(text) == []
    c = claims_on(text, "60件", "total")[0]
    assert c.verdict == "consistent"


def test_a_next_sentence_list_that_follows_the_counts_before_it_one_by_one_breaks_down_none_of_them():
    # Each item after 其中 repeats the name of a different count of the sentence before: it says how
    # many of that count were dealt with. It is no breakdown of the count closing the sentence (1条).
    text = (
        "共发现事故隐患2365条，火灾隐患683条，重大安全隐患35条、消防重大隐患1条。"
        "其中，事故隐患已整改2312条，火灾隐患已整改669条，重大隐患已整改32条。"
    )
    assert [c for c in check_text(text) if c.relation == "parts_of_total"] == []
    # A list whose items name no earlier count is still the breakdown of the count closing the sentence.
    short = "共受理诉求500件，办结480件。其中，咨询类300件，求助类150件，其他类100件。"
    assert verdict(short, "480件", "total") == "inconsistent"


def test_a_next_sentence_list_after_a_list_item_that_fits_no_count_is_left_alone():
    text = "结果分别为撤销20件，确认违法40件。其中行政强制类30件，行政处罚类20件，其他类10件。"
    assert flagged(text) == []


def test_an_amount_named_after_a_list_item_does_not_end_the_list():
    text = "全年行政处罚合计40宗，其中简易程序25件，处罚金额1.2万元；普通程序15件，处罚金额30.5万元。"
    c = claims_on(text, "40宗", "total")[0]
    assert c.verdict == "consistent"
    wrong = "全年行政处罚合计40宗，其中简易程序25件，处罚金额1.2万元；普通程序18件，处罚金额30.5万元。"
    assert verdict(wrong, "40宗", "total") == "inconsistent"  # 25 + 18 = 43 > 40


def test_a_claim_is_the_clause_of_its_own_figure():
    text = "共受理申请40件，其中办结25件、转办12件、正在办理6件。"
    c = claims_on(text, "40件", "total")[0]
    assert c.text == "共受理申请40件" and (c.relation, c.base) == ("parts_of_total", "40件")


# ------------------------------------------------------------ tables


def test_a_table_with_categories_in_columns():
    text = "类别\t许可\t检查\t处罚\t合计\n数量\t10件\t20件\t5件\t36件\n占比\t27.8%\t55.6%\t13.9%\t100%\n"
    assert flagged(text) == ["36件"]  # 10+20+5 = 35


def test_a_table_with_categories_in_rows():
    text = (
        "序号\t处理方式\t数量\t比例\n1\t维持\t60\t60.0%\n2\t撤销\t30\t30.0%\n3\t终止\t10\t11.0%\n4\t合计\t100\t100%\n"
    )
    assert flagged(text) == ["11.0%"]


def test_a_table_column_rounded_by_largest_remainder_to_add_up_to_100_is_consistent():
    # 148/603 = 24.54%: half-up gives 24.5%, but the column must add to 100.0%, so one share takes 24.6%.
    text = "类别\t数量\t占比\n甲\t231\t38.3%\n乙\t148\t24.6%\n丙\t219\t36.3%\n丁\t5\t0.8%\n合计\t603\t100.0%\n"
    assert flagged(text) == []
    text = "类别\t数量\t占比\n甲\t231\t38.3%\n乙\t148\t25.6%\n丙\t219\t36.3%\n丁\t5\t0.8%\n合计\t603\t100.0%\n"
    assert flagged(text) == ["25.6%"]  # rounded neither way, and the column no longer adds to 100


def test_a_table_header_over_two_rows_with_a_group_heading_merged_over_its_columns():
    # "法人或其他组织" heads the three columns below it; each column is a part of 总计
    text = (
        "申请人情况\t自然人\t法人或其他组织\t\t\t总计\n"
        "\t\t商业企业\t科研机构\t其他\t\n"
        "本年新收申请数量\t1\t0\t0\t3\t4\n"
    )
    assert flagged(text) == []  # 1+0+0+3 = 4
    assert flagged(text.replace("\t3\t4", "\t3\t5")) == ["5"]


def test_a_table_whose_rows_lost_a_cell_is_not_summed():
    # The stored page dropped a cell of two rows (2014年8月 and 2015年8月 are one figure short of
    # 2015年7月): every figure after the gap stands one heading to the left, so no 小计 can be tested.
    text = (
        "警情类型\t有效警情\t无效报警\n"
        "\t刑事类\t治安类\t交通事故\t其它\t小计\n"
        "2014年8月\t813\t1287\t3558\t7210\t35219\n"
        "2015年7月\t378\t962\t1427\t4494\t7261\t43074\n"
        "2015年8月\t750\t1145\t3479\t6689\t35006\n"
    )
    assert flagged(text) == []
    # a row one cell short within the headings only leaves its last column empty: the table is still summed
    short = "类别\t许可\t检查\t处罚\t合计\n数量\t10件\t20件\t5件\t36件\n占比\t27.8%\t55.6%\t13.9%\n"
    assert flagged(short) == ["36件"]
    # rows of equal length are still summed
    whole = "类别\t刑事类\t治安类\t其它\t小计\n上周\t62\t242\t1003\t1307\n本周\t70\t272\t1329\t1680\n"
    assert flagged(whole) == ["1680"]  # 70+272+1329 = 1671


def test_group_headings_collapsed_over_their_columns_leave_the_columns_unplaced():
    # "有效警情" and "无效报警" stand over nine headings with no empty cell for the merged ones: which
    # headings each spans is lost, and the rows (one cell short besides) cannot be read under them.
    text = (
        "警情类型\t有效警情\t无效报警\n"
        "刑事类\t治安类\t交通事故\t其它\t小计\n"
        "200\t366\t976\t1858\t8516\n"
        "162\t284\t781\t1593\t8061\n"
    )
    assert flagged(text) == []
    # one heading over all the others is placed anyway
    one = "申请人情况\t自然人\t法人或其他组织\t\t\t总计\n\t\t商业企业\t科研机构\t其他\t\n本年新收申请数量\t1\t0\t0\t3\t5\n"
    assert flagged(one) == ["5"]


def test_a_total_column_named_after_one_of_its_neighbours_is_that_ones_running_total():
    # 对外公开总数量 counts all documents ever made public (公开), not 本年新制作 + 本年新公开
    text = (
        "第二十条第(一)项\t\t\t\t\n"
        "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\t\n"
        "规章\t1\t1\t3\t\n"
        "规范性文件\t0\t0\t0\t\n"
    )
    assert flagged(text) == []
    # a 总数 column that names none of its neighbours still adds them up
    assert flagged("类别\t维持\t撤销\t审结总数\n件数\t5\t3\t9\n") == ["9"]


def test_a_subtotal_column_adds_up_the_columns_before_it_not_a_measure_after_it():
    # 件数小计 closes 12345热线 and 12315平台; 挽回经济损失 (万元) after it is another measure, and the
    # month heading each row (1月) counts nothing
    text = (
        "项目 月度\t12345热线\t全国12315平台\t件数小计\t挽回经济损失\n"
        "1月\t2479\t692\t3171\t83.76\n"
        "2月\t1906\t494\t2400\t34.41\n"
        "总计\t4385\t1186\t5571\t118.17\n"
    )
    assert flagged(text) == []
    # the same subtotal is still checked against the columns it closes
    assert flagged("项目 月度\t12345热线\t全国12315平台\t件数小计\t挽回经济损失\n1月\t2479\t692\t3181\t83.76\n") == [
        "3181"
    ]


def test_a_row_of_rates_or_changes_under_counts_is_no_row_of_their_shares():
    # 办结率 and 同比 give each kind its own measure; only a row headed 占比 splits the 合计
    counts = "类别\t来电\t来信\t网上\t合计\n受理量\t50\t30\t20\t100\n"
    assert flagged(counts + "办结率\t96%\t100%\t95%\t97%\n") == []
    assert flagged(counts + "同比\t5%\t-10%\t8%\t2%\n") == []
    assert flagged("月份\t1月\t2月\t合计\n受理量\t40\t60\t100\n办结率\t95%\t98%\t97%\n") == []
    assert flagged(counts + "占比\t50%\t30%\t25%\t100%\n") == ["25%"]


def test_an_index_column_is_no_part_even_spaced_out_or_with_its_reading_in_brackets():
    # "序 号" filling its cell, "序號(hào)" on a page that adds readings: 1, 2, … number the rows
    for heading in ("序 号", "序號(hào)"):
        text = f"{heading}\t单位\t投诉\t举报\t小计\n1\t甲局\t50\t10\t60\n2\t乙局\t20\t5\t25\n"
        assert flagged(text) == []
        assert flagged(text.replace("\t60", "\t61")) == ["61"]


def test_a_heading_that_starts_with_a_number_names_a_column_it_is_no_count():
    # "12345热线" is a hotline's name: read as 12345 it was added to the months under it
    text = "项目\t12345热线\t全国12315平台\n1月\t2479\t692\n2月\t1906\t494\n总计\t4385\t1186\n"
    assert flagged(text) == []
    assert flagged("项目\t12345热线\t全国12315平台\n1月\t2479\t692\n2月\t1906\t494\n总计\t4395\t1186\n") == ["4395"]


def test_a_header_whose_merged_cells_the_page_collapsed_is_not_matched_to_the_figures_below():
    # the page gives 3 and 5 heading cells over 7 figures: which heading goes with which column is lost
    text = (
        "自然人\t法人或其他组织\t总计\n"
        "商业 企业\t科研 机构\t社会公益组织\t法律服务机构\t其他\n"
        "一、本年新收政府信息公开申请数量\t4\t0\t0\t0\t0\t0\t4\n"
        "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n"
    )
    assert flagged(text) == []


def test_a_percentage_padded_with_zeros_is_judged_at_each_precision_its_zeros_allow():
    # a table cell formatted to two decimals over the 29.0% of the text: 362/1247 = 29.03%
    text = "类别\t数量\t占比\n甲\t362\t29.00%\n乙\t885\t71.00%\n合计\t1247\t100.00%\n"
    assert flagged(text) == []
    wrong = text.replace("29.00%", "29.20%").replace("71.00%", "70.80%")
    assert flagged(wrong) == ["29.20%", "70.80%"]


def test_a_list_wrapped_into_groups_of_columns_is_summed_whole():
    # each row holds two provinces; 总计 is the sum of all four, not of the first 数量 column
    text = "省份\t数量\t省份\t数量\n广东\t30\t河北\t7\n上海\t14\t浙江\t6\n总计\t57\t\t\n"
    assert flagged(text) == []
    assert flagged(text.replace("总计\t57", "总计\t58")) == ["58"]


def test_a_cell_naming_a_year_heads_its_column_and_is_no_count_in_its_sum():
    # 2014年 heads the figures of 2014 (here over each group of a wrapped list); it is no count of 2014
    text = "州\t2014年\t2013年\t州\t2014年\t2013年\n甲州\t375\t227\t乙州\t38\t23\n丙州\t133\t90\t总计\t546\t340\n"
    assert flagged(text) == []
    assert flagged(text.replace("546", "547")) == ["547"]


def test_a_column_of_figures_with_no_heading_is_no_part_to_leave_out():
    # the heading of the third column is missing: the parts cannot be summed without it
    text = "类别\t许可\t\t处罚\t合计\n数量\t10\t20\t5\t35\n"
    assert flagged(text) == []


# ------------------------------------------------------------ ledgers


def test_an_item_of_a_breakdown_by_channel_is_not_the_indicator():
    text = "全年主动公开政府信息27条，以媒体报道等形式发布信息160条。\n按公开渠道分，微信公众号85条，媒体报道75条。"
    ledger = [c for c in check_text(text, {"disclosure.proactive": 27, "disclosure.media": 160}) if c.kind == "ledger"]
    assert [(c.stated, c.verdict) for c in ledger] == [(27, "consistent"), (160, "consistent")]


@pytest.mark.parametrize("text", ["占比", "率达", "共" * 50, "（" * 30 + "1件", "1 " * 200])
def test_odd_fragments_never_raise(text):
    check_text(text)


def test_counts_of_successive_stages_are_not_parts_of_one_list():
    text = "共办理信访事项60件，其中立案50件，结案45件。"
    assert verdict(text, "60件", "total") == "unverifiable"


def test_a_round_hundred_may_be_rounded_so_it_is_never_called_impossible():
    assert flagged("接待群众200人次，同比增长4.44%。") == []
    assert flagged("接待群众203人次，同比增长4.44%。") == ["4.44%"]


def test_scope_words_alone_do_not_name_a_base():
    text = "全县受理案件300件，其中本镇办理45件，占全县的18%。"
    c = claims_on(text, "18%", "share")[0]
    assert c.verdict != "inconsistent"


# ------------------------------------------------------------ corpus4: patterns of published reports


def test_a_second_change_in_a_sentence_is_measured_from_its_own_last_year_figure():
    # 来信256件 against 去年同期237件, not against the first clause's 453件次
    text = "共受理来信来访499件次,较去年同期453件次,上升10%;其中来信256件,较去年同期237件,上升8.0%。"
    assert flagged(text) == []
    slip = "共受理来信来访499件次,较去年同期453件次,上升10%;其中来信256件,较去年同期237件,上升7.4%。"
    assert flagged(slip) == ["7.4%"]


def test_a_result_of_a_later_stage_listed_after_its_stage_is_not_one_more_part():
    # 满意 and 一般 are answers of the 有效回访 calls, not further items of the 300 projects
    text = "抽取300件行政服务项目回访,其中有效回访246件,表示满意的有240件,表示一般的有5件。"
    assert verdict(text, "300件", "total") == "unverifiable"


def test_results_of_one_stage_that_exceed_their_total_are_still_wrong():
    text = "共回访300件,其中回访满意280件,回访不满意30件。"
    assert verdict(text, "300件", "total") == "inconsistent"


def test_a_list_whose_first_items_make_an_earlier_total_belongs_to_that_total():
    text = (
        "共收到网民留言3059条,市直部门收到1904条,各县收到1155条,"
        "其中咨询类留言1160条、投诉类留言1859条、建言献策类留言40条,各级各部门处理答复3055条。"
    )
    c = claims_on(text, "1155条", "total")[0]
    assert c.verdict == "note" and "3,059条" in c.message


def test_shares_in_brackets_of_a_list_that_makes_up_the_stated_total_are_tested_against_it():
    # the counts add up to 139 and the shares to 100%: every share is of 139, wrong ones are wrong
    text = (
        "一季度共收到来信139件。\n"
        "从来信分类看,住房保障43件(31.6%);物业服务17件(12.2%);道路交通18件(12.9%);"
        "劳动保障8件(5.8%);其他53件(37.5%)。"
    )
    assert flagged(text) == ["31.6%", "37.5%"]


def test_shares_in_brackets_of_a_list_that_makes_up_no_stated_count_are_not_judged_wrong():
    text = (
        "从来信分类看,住房保障43件(31.6%);物业服务17件(12.2%);道路交通18件(12.9%);劳动保障8件(5.8%);其他53件(37.5%)。"
    )
    assert flagged(text) == []


def test_a_base_named_by_its_short_form_is_the_count_named_in_full():
    # 受案 is 受理案件: the base is the 15 accepted, not the 16 received
    text = "共收到行政复议申请16件,立案受理15件。经过审理,撤销、变更6件,占受案总数的40%。"
    assert flagged(text) == []
    assert flagged(text.replace("40%", "46%")) == ["46%"]


def test_a_change_after_another_change_does_not_reuse_its_last_year_figure():
    # 80件 is the last-year figure of 受理; 办结's 20% states none of its own
    text = "受理案件由80件增加到100件,增长25%;办结95件,同比增长20%。"
    assert flagged(text) == []
    own = "受理案件由80件增加到100件,增长25%;办结由60件增加到72件,增长25%。"
    wrong = [c for c in check_text(own) if c.verdict == "inconsistent"]
    assert [c.stated_start for c in wrong] == [own.rindex("25%")]


def test_a_refused_count_is_not_a_base_named_by_what_it_refuses():
    # 不予受理12件 is no count of 受理: a share "占受理案件的" is of the 45 accepted
    text = "经审查,立案受理45件;不予受理12件。经审理,维持24件,占受理案件的53.3%;撤销3件,占受理案件的6.7%。"
    assert flagged(text) == []
    assert flagged(text.replace("6.7%", "7.7%")) == ["7.7%"]


def test_a_base_named_in_two_pieces_is_the_count_that_holds_both():
    # "收到申请" is 共收到行政复议申请63件 (收到 and 申请), not 公民提出行政复议申请52件 (申请 only),
    # and not one of the items 24件、39件 said inside the 63
    text = (
        "全年共收到行政复议申请63件。其中,市政府收到行政复议申请24件,县区政府收到行政复议申请39件。"
        "公民提出行政复议申请52件,法人提出行政复议申请11件。"
        "立案受理45件,占收到申请的71.4%;不予受理12件,占收到申请的19%;作其他处理6件,占收到申请的9.6%。"
    )
    assert flagged(text) == ["9.6%"]


def test_a_base_named_alike_by_counts_of_different_size_is_not_sure():
    # two counts say 收到申请 equally well and neither is a total: no reading is certain
    text = "市政府收到行政复议申请24件,县区政府收到行政复议申请39件。立案受理20件,占收到申请的62.5%。"
    assert flagged(text) == []


def test_a_base_whose_name_holds_another_count_that_gives_the_share_is_not_sure():
    # 总数 of 民事一审新收案件 shares 两级法院 with the first count, but it holds every word of the second
    # (新收 一审 民事 案件, in another order), which gives 2.59% exactly: which count is meant is not clear
    text = "两级法院共新收民事案件29699件。新收一审民事案件26059件。中院民事一审收案676件,占两级法院民事一审新收案件总数的2.59%。"
    assert flagged(text) == []
    # a base name that does not hold the other count's words is still sure: 新受理 is no 审结
    assert flagged("全年新受理151件，审结135件，其中纠错29件，占审结案件的19.21%。") == ["19.21%"]


def test_a_row_of_counts_under_the_count_it_breaks_down_may_not_exceed_it():
    # "45件中，分类情况如下：" over a row of counts: the parts of a stated whole cannot add up to more
    head = "上周共受理案件45件。正在受理的45件中,分类情况如下:\n占道经营\t商业噪音\t其它\n"
    text = head + "4\t6\t90\n"
    wrong = [c for c in check_text(text) if c.verdict == "inconsistent"]
    assert [(c.code, text[c.stated_start : c.stated_start + 2]) for c in wrong] == [("table_parts_exceed", "45")]
    assert wrong[0].stated_start == text.rindex("45")
    assert flagged(head + "4\t6\t35\n") == []  # the parts make the whole
    assert flagged(head + "4\t6\t9\n") == []  # fewer: the row need not list every category


def test_a_total_heading_spaced_out_is_the_tables_total():
    # "合 计" is 合计 written to fill its cell: the row is the total, not one more part
    text = "派遣的4件案件中,完成情况如下:\n部门\t派遣数\t完成数\t完成率\n一支队\t1\t1\t100%\n四支队\t3\t3\t100%\n合 计\t4\t4\t100%\n"
    assert flagged(text) == []
    wrong = text.replace("合 计\t4", "合 计\t5")
    assert [c.code for c in check_text(wrong) if c.verdict == "inconsistent"] == ["table_sum_wrong"]


def test_every_column_of_counts_of_a_table_with_a_total_row_adds_up():
    # the 7月 column is a breakdown of its 合计 cell as much as the 6月 one
    text = "案件来源\t6月受理数\t7月受理数\t增减幅\n信息采集\t10\t12\t20%\n公众举报\t5\t4\t-20%\n合 计\t15\t16\t6.67%\n"
    assert flagged(text) == []
    wrong = text.replace("合 计\t15\t16", "合 计\t15\t17")
    assert [(c.code, text_of(wrong, c)) for c in check_text(wrong) if c.verdict == "inconsistent"] == [
        ("table_sum_wrong", "17")
    ]
    # a column of ratios beside the counts is no breakdown of the 合计 row
    ratios = "来源\t受理数\t人均件数\n甲\t10\t1.5\n乙\t5\t2.5\n合 计\t15\t2.0\n"
    assert flagged(ratios.replace("1.5", "1").replace("2.5", "3").replace("2.0", "2")) == []
    assert flagged(ratios) == []


def text_of(text, claim):
    return text[claim.stated_start : claim.stated_end]


# ------------------------------------------------------------ corpus7: what new real texts taught


def test_a_ratio_written_with_a_colon_opens_no_list():
    # "114.29:100" is a sex ratio: the list introduced by 分别为 after the ；is no breakdown of 女性人口
    text = (
        "全镇户籍人口3000人。其中，男性人口1600人，女性人口1400人，男女性别比为114.29:100(女性为100)；"
        "0-17岁、18-59岁、60岁及以上人口分别为500人、1800人、600人。"
    )
    assert flagged(text) == []
    assert verdict(text, "3000人", "total") == "consistent"


def test_a_change_of_a_count_is_not_the_total_of_the_list_after_it():
    # the 其中 list belongs to the stock (9.5万人), not to its change since last year (0.2万人)
    text = "年末常住人口9.5万人，比上年末增加0.2万人，其中城镇人口4.1万人，乡村人口5.4万人。"
    assert flagged(text) == []
    assert verdict(text, "9.5万人", "total") == "consistent"
    assert flagged(text.replace("5.4万人", "5.6万人")) == ["9.5万人"]


def test_an_average_is_not_the_total_of_the_counts_after_it():
    text = "法官人均办案210件，其中有5个庭人均超过300件，最高的超过400件。"
    assert flagged(text) == []


def test_counts_that_are_changes_are_no_years_levels_for_a_later_change():
    # 120件 and 90件 are increases, not the levels of two years; an average increase is compared with neither
    text = "2021年比2020年增加了120件，2023年比2021年增加了90件，三年间年平均增长70件。"
    assert flagged(text) == []


def test_a_share_said_to_be_about_so_much_is_never_impossible():
    # "约占…70%": the approximation stands before the verb, the percentage is a range
    assert flagged("辖区内提出5项诉求的约占全部工单的70%。") == []
    assert flagged("本月投诉5件,约占全部工单的70%。") == []
    assert flagged("本月投诉5件,占全部工单的70%。") == ["70%"]


def test_a_closing_rate_over_the_new_cases_alone_proves_nothing_when_it_differs():
    # 结案率 is over the cases to be handled, last year's left-over (旧存) included; they are not given
    assert flagged("新收案件1500件，结案1200件，结案率为68.2%。") == []
    assert verdict("新收案件1500件，结案1200件，结案率为80%。", "80%") == "consistent"
    assert flagged("受理案件1500件，结案1200件，结案率为68.2%。") == ["68.2%"]


def test_cases_carried_over_from_last_year_are_not_last_years_level():
    # "不含上年旧存…件" is a stock this year starts with; the 下降 compares with a figure not given
    text = "全年共收各类案件3 200件(不含上年旧存400件,下同),比上年下降1.3%。"
    assert flagged(text) == []
    assert flagged("全年共收各类案件3200件,比上年的400件下降1.3%。") == ["1.3%"]


def test_a_change_of_the_new_cases_is_not_tested_on_a_whole_with_carry_over():
    # 新收 = 2380 - 123: the whole with its 旧存 cannot tell whether the growth is possible
    text = "执行收案2380件(含旧存123件),新收案件同比增加180.37%。"
    assert flagged(text) == []
    assert flagged("执行收案2380件,同比增加180.37%。") == ["180.37%"]


def test_a_closing_rate_is_over_the_cases_due_when_the_report_states_them():
    # 应结案数 is the standard base of 结案率 where it is given, not every case received
    text = "本月共受理问题2000件,应结案数1800件,结案数1710件,结案率95%。"
    assert flagged(text) == []
    assert verdict(text, "95%") == "consistent"
    assert flagged(text.replace("结案率95%", "结案率90%")) == ["90%"]


def test_a_count_that_says_whose_quantity_is_shared_is_not_the_part():
    # the 69% is of the 矛盾数 of 4 counties, which the text does not give; 4个 is how many counties
    text = "甲、乙、丙、丁等4个山区县排查化解矛盾数占全市总数的69%。"
    assert flagged(text) == []
    assert flagged("其中4个占全市总数的69%。") == ["69%"]


def test_a_fall_near_a_hundred_percent_is_tested_on_a_previous_figure_scaled_to_the_fall():
    # 2 after a fall of 94.44% comes from 36, eighteen times the new figure
    assert flagged("对经济犯罪,共批准逮捕2人,同比减少94.44%。") == []
    assert flagged("对经济犯罪,共批准逮捕2人,同比减少94.65%。") == ["94.65%"]


def test_the_change_word_nearest_a_figure_gives_its_direction():
    # 3.37% is a rise of the 件, 22.85% a fall of the 人 (849 → 655)
    assert flagged("共受理审查起诉案件522件655人,同比分别增加3.37%和减少22.85%。") == []


def test_a_rate_may_be_over_the_same_cases_counted_in_the_other_unit():
    # 507/625 = 81.12%: no whole base gives it from 373件, one does from 507人
    assert flagged("共起诉各类犯罪373件507人,起诉率(按人数)为81.12%。") == []
    assert flagged("共起诉各类犯罪373件,起诉率为81.12%。") == ["81.12%"]


def test_changes_of_counts_given_in_cases_and_persons_compare_the_same_unit_of_both_years():
    # this year's 97件134人 against last year's 197件375人: 50.76% is of the 件, 64.27% of the 人
    right = "受理案件97件134人,去年同期为197件375人,件数和人数分别同比下降50.76%、64.27%。"
    assert flagged(right) == []
    # the same falls copied under other counts do not follow from them (52.50% and 64.46%)
    copied = "审结案件95件134人,去年同期为200件377人,同比分别下降50.76%、64.27%。"
    assert flagged(copied) == ["50.76%", "64.27%"]
    # each change may name its unit instead of 分别
    named = "审结案件478件635人,去年同期为773件1350人,同比件数下降38.16%、人数下降53.14%。"
    assert flagged(named) == ["53.14%"]


def test_a_count_of_kinds_names_a_group_and_is_not_the_part_of_its_share():
    # 五个罪名 says which group; the group's persons are not given in the sentence
    assert flagged("上述五个罪名合占批捕总人数的51.7%。") == []


def test_a_clause_telling_what_was_done_to_something_ends_a_list():
    # "对…提出检察建议2222件" after a ；is a new action, not one more item of the 其中 list
    text = "共办结监督案件3000余件,其中向法院提出抗诉37件;对审判活动违法行为提出检察建议2222件;对执行活动违法行为提出检察建议5978件。"
    assert flagged(text) == []


# ------------------------------------------------------------ corpus10: counterparts, handled counts, named rates


def test_a_count_of_the_other_status_after_a_semicolon_is_no_part_of_the_total():
    # 辅助 staff are the counterpart of 在编 staff, never among them: the 其中 list ended at the semicolon
    text = "执法中队现有在编执法人员20名，其中持证人员18名；辅助执法人员9名。"
    assert flagged(text) == []


def test_a_list_of_people_still_exceeds_its_total_when_no_item_is_a_counterpart():
    text = "执法中队现有在编执法人员20名，其中持证人员18名、新录用人员5名。"
    assert flagged(text) == ["20名"]


def test_a_bare_handled_count_after_an_item_tells_how_many_of_it_were_done():
    text = "共受理诉求500件，其中政务类300件，办结260件；社会类200件，办结190件。"
    assert flagged(text) == []
    assert verdict(text, "500件", "total") == "consistent"


def test_a_list_after_the_full_stop_breaks_down_the_earlier_total_its_parts_add_up_to():
    text = "平台共受理诉求500件，办结450件。其中，政务类300件，办结260件；社会类180件，办结175件；无效诉求20件。"
    assert flagged(text) == []
    assert verdict(text, "500件", "total") == "consistent"


def test_a_stage_rate_is_over_the_count_its_own_verb_names_not_the_successful_ones():
    text = "共排查纠纷400件，调处396件，调处成功380件，调处率99%。"
    assert verdict(text, "99%") == "consistent"


def test_rates_named_before_fenbie_take_their_values_in_turn():
    text = "共排查纠纷400件，调处396件，调处成功380件，调处率和调处成功率分别为99%和96%。"
    assert flagged(text) == []
    assert verdict(text, "99%") == "consistent"


def test_a_share_no_whole_count_gives_is_wrong_even_when_its_base_is_unclear():
    # 审结数 is named but not given; whichever count it is, 47 of a whole number is never 33.77%
    text = "全市共收到行政复议案件1466件，受理1346件，维持结果47件，占审结数的33.77%。"
    assert flagged(text) == ["33.77%"]


def test_a_share_some_whole_count_gives_is_not_wrong_when_its_base_is_unclear():
    text = "全市共收到行政复议案件1466件，受理1346件，维持结果47件，占审结数的33.81%。"
    assert flagged(text) == []


# ------------------------------------------------------------ corpus13: relations a checker must read right


def test_an_approximate_total_whose_closed_list_makes_exactly_its_number_is_not_short():
    text = "本年度主动公开信息20余条。其中：工作动态8条，政策解读5条，财务信息4条，其他信息3条。"
    assert verdict(text, "20余条", "total") == "consistent"
    assert flagged(text) == []


def test_an_on_time_rate_is_not_the_handled_count_over_all_received():
    # 按期办结率 counts the cases done in time among those done; 办结 is its base, not its top.
    text = "全年接收群众诉求5000件，办结4900件，按期办结率99.5%。"
    assert flagged(text) == []


def test_an_on_time_rate_over_the_handled_count_is_still_tested():
    text = "全年办结群众诉求4900件，其中按期办结4890件，按期办结率99.5%。"
    assert flagged(text) == ["99.5%"]


def test_a_count_given_as_part_of_a_named_total_is_not_that_total_for_a_later_share():
    text = (
        "全年办理公益诉讼案件2000件。\n新领域案件500件，占公益诉讼总数的25%。"
        "其他领域案件300件，占公益诉讼领域总数的15%。"
    )
    assert flagged(text) == []


def test_a_change_told_with_its_difference_uses_the_level_in_the_same_unit():
    text = "全年发生事故20起，死亡12人，受伤6人，与上年相比，事故起数减少5起，下降20%。"
    assert flagged(text) == []
    assert verdict(text, "20%") == "consistent"


def test_a_quantity_in_a_unit_not_read_stands_between_the_counts_and_the_change():
    # The rise is the area's (平方米), which the checker does not read: no count is surely its subject.
    text = "开展拆违行动12次，拆除违法建筑35处，拆除面积8600平方米，比上年增加2100平方米，增长32.3%。"
    assert flagged(text) == []


def test_a_weight_in_traditional_characters_is_a_quantity_not_read_too():
    # 噸 is 吨: the rise of 17.9% is the weight's, not the count of cases before it
    text = "查獲毒品走私犯罪案件417起,共繳獲各類毒品2.3噸,同比增長17.9%。"
    assert flagged(text) == []
    assert flagged(text.replace("共繳獲各類毒品2.3噸,", "")) == ["17.9%"]


def test_a_change_that_names_its_subject_is_tested_against_that_count_alone():
    # 受伤5人 could give a fall of 37.5% (from 8), but the fall is said of 死亡人数: 3 from 4 or 5 never does.
    text = "今年共发生火情8起、受伤5人、死亡3人，火情起数同比下降20%、死亡人数同比下降37.5%。"
    assert flagged(text) == ["37.5%"]


def test_a_share_off_the_base_every_sibling_share_agrees_on_is_wrong():
    text = (
        "各类投诉中：（1）物业服务612件，占比30.00%；（2）噪声扰民510件，占比20.00%；（3）停车管理408件，"
        "占比20.00%；（4）垃圾清运306件，占比15.00%；（5）绿化养护204件，占比10.00%。"
    )
    assert flagged(text) == ["20.00%"]
    assert claims_on(text, "20.00%")[0].verdict == "inconsistent"


def test_a_share_one_unit_off_the_siblings_base_is_left_as_rounding():
    text = (
        "各类投诉中：（1）物业服务612件，占比30.00%；（2）噪声扰民510件，占比25.01%；（3）停车管理408件，"
        "占比20.00%；（4）垃圾清运306件，占比15.00%；（5）绿化养护204件，占比10.00%。"
    )
    assert flagged(text) == []


# ------------------------------------------------------------ corpus14: lists of changes, counts of indicators, rates in time
def test_each_change_of_a_respective_list_goes_with_its_own_count():
    # "分别上升50%、111.89%": the later changes carry no change word of their own; the n-th is of the
    # n-th count, and one no whole previous count can give is flagged
    text = "全年查处案件120起，抓获嫌疑人331名，同比分别上升50%、111.89%。"
    assert flagged(text) == ["111.89%"]
    assert flagged("全年查处案件120起，抓获嫌疑人331名，同比分别上升50%、112.18%。") == []


def test_changes_said_one_by_one_compare_with_last_year_without_tongbi():
    # "分别增长13%和87%" after a count and an amount: each is a change on last year's level although no
    # 同比 says so; 15 cases never rose by 13% from a whole number (13 → 15.4%, 14 → 7.1%)
    text = "查获伪报贸易方式的走私犯罪案件15起,案值21.1亿元,分别增长13%和87%。"
    assert flagged(text) == ["13%"]
    assert flagged(text.replace("13%", "15%")) == []


def test_a_respective_list_longer_than_its_counts_pairs_nothing():
    # three changes after two counts: the third is of something the sentence does not count (an
    # amount), so no change of the list has a sure count of its own beyond the first reading
    text = "全年受理案件296件，回访群众88人，各项分别下降9.20%、9.28%、60.56%。"
    assert flagged(text) == []


def test_a_count_of_indicators_is_not_what_changed():
    # "四项指标" counts the figures the sentence goes on to give, not a thing that rose or fell
    text = "全年发生事故296起，死亡88人，四项指标分别比上年下降9.20%、9.28%。"
    assert flagged(text) == []
    assert flagged("四项指数同比均下降，其中起数下降17.1%，死亡人数下降17.7%。") == []
    # "四项数字" likewise: 4项 is no level that fell by 4%, and the changes go with the counts in turn
    text = "全年接报火灾2330起，亡1335人，伤837人，直接财产损失3612万元，与上年相比，四项数字分别下降4%、8.7%、0.8%和1.9%。"
    assert flagged(text) == []


def test_a_change_whose_words_name_persons_is_not_of_a_count_of_cases():
    # "死亡人数" fell: 31起 counts accidents, so no whole number of last year's accidents need give 17.3%
    assert flagged("全镇发生交通事故31起,死亡人数同比下降17.3%。") == []
    # with the persons counted, the change is tested on them
    assert flagged("全镇发生交通事故31起,死亡7人,死亡人数同比下降17.3%。") == ["17.3%"]
    assert flagged("全镇发生交通事故31起,事故起数同比下降17.3%。") == ["17.3%"]


def test_a_count_after_lianxu_tells_how_long_a_trend_lasted_it_is_not_what_changed():
    # "已连续14个月同比下降": 14 counts months, not cases; no whole number of months gives 23.8%
    text = "刑事案件立案数同比下降30.1%,已连续14个月同比下降,电信网络诈骗立案数同比下降23.8%,已连续11个月同比下降。"
    assert flagged(text) == []
    assert flagged("連續3年同比下降,案件數同比下降23.8%。") == []
    # a count of the same sentence that is not a streak is still what the change may be of
    assert verdict("全年受理案件14件,同比下降23.8%。", "23.8%", "growth") == "inconsistent"


def test_the_within_time_limit_closing_rate_is_over_the_cases_closed():
    # 审限内结案率 counts the cases closed in time among those closed: 办结 over 受理 is another rate
    text = "全年受理案件22895件，办结19942件，审限内结案率97%。"
    assert flagged(text) == []
    assert verdict("全年结案2000件，其中审限内结案1940件，审限内结案率97%。", "97%", "rate") == "consistent"
    assert verdict("全年结案2000件，其中审限内结案1940件，审限内结案率99%。", "99%", "rate") == "inconsistent"


def test_a_change_in_a_sentence_of_its_own_is_of_the_earlier_count_its_words_name():
    # the counts stand in the sentence before; "火灾起数" names "发生火灾1899起" and no other count
    text = "一季度全省共发生火灾1899起，死亡1人、受伤1人。与去年同期相比，火灾起数上升了35.47%。"
    assert flagged(text) == ["35.47%"]
    assert flagged("一季度全省共发生火灾1899起，死亡1人、受伤1人。与去年同期相比，火灾起数上升了35.45%。") == []
    # "受伤人数" names "受伤1人": a rise of 100% would need half a person last year
    assert flagged("全年共发火灾1030起，死亡1人，受伤1人。与上年相比，受伤人数上升了100%。") == ["100%"]


def test_a_word_two_names_share_ties_no_change_to_an_earlier_count():
    # "行政处罚办案量" and "行政检查30次" share only 行政; "批捕、起诉人数" is of persons, not of 三个特点
    assert flagged("开展行政检查30次，简易程序9起。年度行政处罚办案量同比上升22.2%。") == []
    assert flagged("检察工作主要有三个特点。检察机关批捕、起诉人数同比分别下降11.7%和13.9%。") == []


def test_a_change_of_a_part_of_an_earlier_count_is_not_tied_to_it():
    # "下半年纠纷" and "涉企纠纷" are parts of the year's 受理纠纷, not the count itself: no whole
    # previous count gives 5.25% for 301, yet nothing says 301 is what rose
    assert flagged("全年受理纠纷301件。其中下半年纠纷同比上升5.25%。") == []
    assert flagged("全年受理纠纷301件。其中涉企纠纷同比上升5.25%。") == []
    assert flagged("全年受理纠纷301件。与上年相比，纠纷同比上升5.25%。") == ["5.25%"]


# ------------------------------------------------------------ per-mille, negated rates, approximate terms


@pytest.mark.parametrize("stated", ["1.5‰", "千分之一点五"])
def test_a_rate_in_per_mille_is_the_percentage_a_tenth_of_it(stated):
    # 3 of 2000 is 1.5‰ (0.15%); read as 1.5% it had been called inconsistent
    text = f"共审结行政复议案件2000件，纠错3件，纠错率{stated}。"
    (claim,) = claims_on(text, stated, "rate")
    assert claim.verdict == "consistent" and claim.expected == pytest.approx(0.0015)
    assert flagged("共审结行政复议案件2000件，纠错3件，纠错率3‰。") == ["3‰"]


def test_a_negated_rate_counts_what_did_not_succeed_over_the_same_base():
    # 不成功率 is never the successes over their base (197÷200), nor over the successes (3÷197)
    text = "共受理纠纷200件，调解成功197件，调解不成功3件，不成功率1.5%。"
    (claim,) = claims_on(text, "1.5%", "rate")
    assert claim.verdict == "consistent" and claim.expected == pytest.approx(0.015)
    assert flagged("共排查纠纷100件，化解90件，未化解10件，未化解率10%。") == []
    assert flagged("共排查纠纷100件，化解90件，未化解10件，未化解率20%。") == ["20%"]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("共受理纠纷近百件，调解成功92件，调解成功率95.8%。", "95.8%"),
        ("共受理纠纷3000余件，调解成功2900件，调解成功率96.5%。", "96.5%"),
    ],
)
def test_a_rate_over_an_approximate_count_is_explained_by_the_range_that_count_allows(text, figure):
    # never "92件÷100件=92.000%，与所述95.8%相符": a quotient that disagrees with its own verdict
    (claim,) = claims_on(text, figure, "rate")
    assert claim.verdict == "consistent"
    assert "约数" in claim.message and "～" in claim.message and claim.expected is None
    assert flagged(text.replace(figure, "50%")) == ["50%"]


def test_parts_over_an_approximate_total_are_said_to_fit_its_range_not_its_bare_figure():
    # never "分项合计551件，与总数500件相符"
    text = "全年调解纠纷逾五百件，其中口头协议402件，书面协议149件。"
    (claim,) = claims_on(text, "五百件", "total")
    assert claim.verdict == "consistent" and "500件以上" in claim.message


@pytest.mark.parametrize(
    "text, said, verdict",
    [
        ("共排查矛盾纠纷120件，化解112件，化解率逾九成。", "逾九成", "consistent"),
        ("共排查矛盾纠纷120件，化解100件，化解率逾九成。", "逾九成", "inconsistent"),
        ("共排查纠纷200件，化解178件，化解率近九成。", "近九成", "consistent"),
        ("共排查纠纷120件，化解108件，化解率九成。", "九成", "consistent"),
        ("共排查纠纷120件，化解112件，化解率超九成。", "超九成", "consistent"),
    ],
)
def test_a_rate_in_tenths_is_the_range_it_says(text, said, verdict):
    # Before, 逾九成 was read as nothing: 100 of 120 (83%) said to be over nine tenths passed unseen.
    (claim,) = claims_on(text, said, "rate")
    assert claim.verdict == verdict


def test_tenths_in_other_words_are_no_figure():
    assert check_text("该制度一成不变，购置九成新的设备，建成三个调解室。") == []


# ------------------------------------------------------------ corpus16: wholes a list makes up, kinds, parts' changes


def test_shares_of_a_list_that_makes_up_another_count_named_alike_are_over_that_count():
    # 建议总数 names both counts; the list after 其中 adds up to the 160 filed and every share
    # follows from 160, so the shares are of it, not of the 200 received
    text = (
        "全年共收到建议200件，经审查立案160件，其中经济类80件，占建议总数的50%；"
        "民生类48件，占建议总数的30%；其他32件，占建议总数的20%。"
    )
    assert flagged(text) == []
    # one share that fits no reading leaves the list without a whole, and it is judged as before
    assert "25%" in flagged(text.replace("30%", "25%"))


def test_shares_of_a_list_that_makes_up_a_count_in_brackets_are_over_it():
    # the two parts make up the 100 counted separately, and both shares follow from it
    text = "全市共有机构96家（分设计算则为100家），其中甲类70家，占全市机构70%；乙类30家，占30%。"
    assert flagged(text) == []
    assert flagged(text.replace("70%", "75%").replace("30%", "25%")) == ["75%"]


def test_a_count_of_categories_is_not_what_changed():
    # "三个类别" counts kinds; the change is of one category's calls, whose level is not given
    assert flagged("热线全年接听来电5000个。在三个类别中，调解类咨询较去年同期增长12.34%。") == []


def test_a_change_of_a_part_named_after_qizhong_is_not_a_change_of_the_total():
    # the 80% is of 非诉事务, whose own count the sentence does not give; the total's change still counts
    text = "办理各类事务5000件，较上年增加1000件，增长25%，其中非诉事务较上年增长80%。"
    assert flagged(text) == []
    assert flagged(text.replace("增长25%", "增长30%")) == ["30%"]


def test_from_inside_a_word_does_not_mark_last_years_count():
    # the 从 of 从事 says nothing about years: 240 is this year's level, down 5 from 245 (2.04%)
    text = "从事司法会计等鉴定的机构为240家，其中新登记10家，注销12家，比去年减少5家，减少率为2%。"
    assert flagged(text) == []
    # right before a count 由 still marks where a change started
    assert flagged("受理案件由50件增加到60件，增长25%。") == ["25%"]


def test_a_count_after_a_clause_of_its_own_ends_a_list():
    # "经…审查" tells the next step for all 192: the 185 filed are no second item beside the 100多 online
    text = "共收到意见建议192件，其中通过网上提交的有100多件，经提案委员会审查，立为提案的有185件。"
    assert flagged(text) == []
    # without the clause between, the two are items of one list and exceed the total
    assert flagged("共收到意见建议192件，其中网上提交100件，现场提交185件。") == ["192件"]


def test_groups_of_two_kinds_listed_with_fenbiewei_may_overlap():
    # 分别为 names the groups, it does not make them exclusive: a disabled minor is in two of them
    text = "全年救助困难群众421人，其中农村困难群众、残疾人、未成年人分别为343人、73人和158人。"
    assert flagged(text) == []
    # closed by 其他 the groups are meant as a partition, and kinds of cases never overlap
    assert flagged("全年救助421人，其中妇女、未成年人、其他分别为343人、73人和158人。") == ["421人"]
    assert flagged("全年办理案件100件，其中民事、刑事、行政分别为60件、30件和20件。") == ["100件"]


def test_a_count_of_a_grade_is_never_the_base_of_a_satisfaction_rate():
    # "代表反馈满意149件" counts those satisfied, though 反馈 names the base of 满意率 too; and the 满意率 is of
    # the 满意 count, the 基本满意率 of the 基本满意 one: neither is 17 over 149
    text = "166件建议全部办复，代表反馈满意149件、基本满意17件，满意率89.76%，基本满意率10.24%。"
    assert flagged(text) == []
    # a base named by its own word still decides
    assert flagged("回访群众120人，满意118人，满意率97.3%。") == ["97.3%"]
    assert flagged("参与满意度测评的群众120人，满意118人，满意率96.3%。") == ["96.3%"]


# ------------------------------------------------------------ corpus23: names, subjects of their own, stocks beside flows


def test_a_count_inside_a_quoted_name_is_no_level_of_a_change():
    # “七项常态化打击” names a campaign: the fall of 6.4% is of the 警情, whose level the sentence does not give
    text = "开展“三大攻坚”“七项常态化打击”，推动全年全省刑事治安警情同比下降6.4%。"
    assert verdict(text, "6.4%", "growth") == "unverifiable"
    assert verdict("开展“七项常态化打击”专项行动，同比下降6.4%。", "6.4%", "growth") == "unverifiable"
    # a count outside quotation marks is still the level its clause's change is of
    assert flagged("开展专项打击7项，同比下降6.4%。") == ["6.4%"]


def test_a_change_that_names_its_own_subject_is_not_of_counts_named_otherwise():
    # 推动…警情同比下降 names 警情; the seven actions before it are no level of that change
    text = "开展七项常态化打击，推动全年全省刑事治安警情同比下降6.4%。"
    assert verdict(text, "6.4%", "growth") == "unverifiable"
    # a subject that names the count before it still ties the change to that count
    assert flagged("全省共发生火灾1899起，死亡1人，火灾起数同比上升35.47%。") == ["35.47%"]
    # "四项指标分别下降…" takes the counts before it in turn
    text = "全市共发生交通事故296起，死亡88人，四项指标分别比上年同期下降9.20%、9.28%。"
    assert "今年296起" in claims_on(text, "9.20%", "growth")[0].message


def test_a_total_column_beside_this_years_flows_is_the_stock_to_date():
    # the page cut both headings to 本年新 (本年新制作, 本年新公开): 对外公开总数量 counts all documents in force,
    # not this year's two flows added up
    text = "信息内容\t本年新\t本年新\t对外公开总数量\n规章\t0\t0\t0\n规范性文件\t2\t2\t2\n"
    assert flagged(text) == []
    # a stock beside flows that it does not name: 现行有效总数 is no sum of 本年制发 and 本年废止
    assert flagged("信息内容\t本年制发\t本年废止\t现行有效总数\n规范性文件\t3\t1\t9\n") == []
    # a total over kinds, none of them a period's flow, still adds them up
    assert flagged("类别\t维持\t撤销\t审结总数\n件数\t5\t3\t9\n") == ["9"]


# ------------------------------------------------------------ corpus26: levels reached, names, complements, bearers


def test_a_count_reached_after_you_and_zengzhangwei_is_the_level_not_the_change():
    # 由…3件增长为261件 goes from 3 to 261: 261 is where it got to, not how much it grew
    text = "全国共查处五类案件1099件。其中，山西省案件数由去年同期3件增长为261件，安徽省由5件增长为171件。"
    assert flagged(text) == []
    # the change the sentence does state is still judged against the two levels
    assert flagged("受理案件由80件增长为100件，增长20%。") == ["20%"]
    assert verdict("受理案件由80件增长为100件，增长25%。", "25%", "growth") == "consistent"


def test_a_count_inside_a_quoted_name_is_no_term_of_a_rate():
    # “三项制度” names a set of rules: 3 is no numerator of the 检查率
    text = "检查结果按照“三项制度”工作要求全部公示，违法行为纳入检查率为97.42%。"
    assert flagged(text) == []
    # a count outside the quotation marks still is
    assert flagged("检查单位3家，检查率为97.42%。") == ["97.42%"]


def test_a_count_inside_a_quoted_name_is_no_part_of_a_share():
    # “最多跑一次” names a reform: its 一次 is no count the 98.98% is a share of (1 of no whole base gives it)
    assert flagged("推行政务服务改革，“最多跑一次”占比98.98%。") == []
    assert flagged("推进“高效办成一件事”，占比98.98%。") == []
    # a count outside the quotation marks still is the share's part
    assert flagged("群众跑动一次，占比98.98%。") == ["98.98%"]


def test_a_count_of_those_not_satisfied_is_never_the_base_of_a_satisfaction_rate():
    # 评价 names the base of 满意率, but 评价不满意的3070件 are the part not satisfied, not all who answered
    text = "区县办理件中群众评价不满意的有3070件，满意率80.01%；部门办理件中群众评价不满意的有1139件，满意率82.81%。"
    assert flagged(text) == []
    # the count of all who answered still decides
    assert flagged("参与评价的群众3070人，满意2457人，满意率80.01%。") == ["80.01%"]


def test_a_count_of_the_bearers_before_an_items_count_is_no_item():
    # 17个地市 says how many cities the 1249 orders are of: the parts are 0 and 1249
    text = "全省产生有效差评工单1249个。其中，省直部门差评工单0个，17个地市差评工单1249个。"
    assert flagged(text) == []
    # items written count first and joined by 以及 are two items, and too many
    assert flagged("受理法律援助案件15280起，包括10813起民事案件，4790起刑事案件以及217起行政案件。") == ["15280起"]


def test_a_qizhong_clause_without_a_count_opens_no_list():
    # 其中省级层面网民留言最多 says which level led; the 回复量 after the semicolon open a list of their own
    text = (
        "三级网民留言量分别为51864条、50262条、35451条，其中省级层面网民留言最多；"
        "回复量分别为34380条、39681条、29512条。"
    )
    assert flagged(text) == []
    # a 其中 whose own clause holds the first item still opens the list
    assert flagged("网民留言量35451条，其中省级51864条、市级50262条。") == ["35451条"]


# ------------------------------------------------------------ corpus27: monthly bulletins, bases a paragraph up, top few


def test_a_count_marked_as_last_year_s_is_never_the_level_a_later_change_is_of():
    # 40 - 32 = 8 and 36 - 32 = 4: the 40件 of last year is no level the month before is compared with
    text = (
        "本月共受理投诉150件，其中有效投诉32件，无效投诉118件。有效投诉比去年同期(40件)减少8件，比上月(36件)减少4件。"
    )
    assert flagged(text) == []
    assert verdict(text, "4件。", "growth") == "consistent"


def test_a_change_whose_clause_names_its_subject_is_of_the_count_so_named():
    # the list's last item (外省单位3件) is not what 有效投诉 names; 44 - 30 = 14, 44 - 50 = -6
    text = (
        "本月共受理投诉200件，其中有效投诉44件，无效投诉156件。"
        "44件有效投诉中包括本市单位41件，外省单位3件，有效投诉与去年同期(30件)相比增加14件，与上月(50件)相比减少6件。"
    )
    assert flagged(text) == []
    assert verdict(text, "14件", "growth") == "consistent"


def test_a_list_of_the_first_few_is_not_a_full_breakdown_whatever_word_opens_it():
    text = "受理投诉500件。其中，投诉量排名前三位的分别是：退款120件，服务态度90件，延误80件。"
    assert flagged(text) == []


def test_a_base_named_by_a_word_every_item_shares_cannot_show_a_share_impossible():
    # 投诉 names each item; which count is the whole the words do not say, so no base is tried for a part
    text = "其中质量投诉5件，价格投诉2件，售后投诉3件。这两大类投诉合计占到了全部投诉的70%。"
    assert flagged(text) == []


def test_a_base_named_more_fully_a_few_paragraphs_up_is_the_base_the_name_means():
    text = (
        "全年共接收投诉3000件。其中，涉及甲类机构1200件，乙类机构1800件。\n"
        "各类机构投诉量的中位数为12件。\n"
        "乙类机构涉及退款纠纷投诉300件，占乙类机构投诉总量的16.67%；续费纠纷投诉1000件，占比55.56%。"
        "乙类机构涉及普通纠纷投诉600件，占乙类机构投诉总量的33.33%。"
    )
    # 600/1800 = 33.33%; the 续费纠纷投诉1000件 shares only 投诉 with the name (600/1000 would be 60%)
    assert flagged(text) == []
    assert verdict(text, "33.33%", "share") == "consistent"


def test_a_share_the_largest_remainder_method_cannot_have_raised_is_wrong():
    # 46/103 = 44.6602%: its remainder (0.02 of a unit) times the most items the whole can hold (the 3
    # listed and at most 103 - 101 more) is under one, so rounding the whole to 100% cannot give 44.67%
    text = (
        "受理投诉103件。其中，投诉类型排名前三位的分别是：退款30件，占29.13%；延误25件，占24.27%；行李46件，占44.67%。"
    )
    assert flagged(text) == ["44.67%"]
    # 43/914 = 4.7046%: stated 4.71% may be a share raised to make a whole of up to 819 items add to 100%
    text = "受理投诉914件。其中，投诉类型排名前三位的分别是：退款30件，占3.28%；延误25件，占2.74%；行李43件，占4.71%。"
    assert flagged(text) == []
    assert verdict(text, "4.71%", "share") == "note"


def test_a_share_after_its_count_s_own_changes_is_a_share_of_that_count():
    # the clauses between 2100件 and its share only say how the 2100件 changed
    text = "共受理信息3000件。其中咨询2100件，同比增长2%，环比下降7.1%，占受理总量的71%；投诉900件，同比增长5%，占受理总量的30%。"
    assert flagged(text) == ["71%"]  # 2100/3000 = 70%; 900/3000 = 30% fits
    assert verdict(text, "30%", "share") == "consistent"


# ------------------------------------------------------------ corpus28: subjects named before 分别, a stage known by its rate
def test_a_respective_change_whose_words_name_its_subjects_is_not_of_a_count_named_otherwise():
    # "刑事、“两抢一盗”案件分别下降…" names what fell: the 3起 of cold murder cases solved is no level of it,
    # so no whole last-year count need give 16.4% from 3
    text = "去年,警方成功攻克20年以上命案积案3起,现行命案保持全破,刑事、“两抢一盗”案件分别下降16.4%、19.6%。"
    assert flagged(text) == []
    assert verdict(text, "16.4%", "growth") == "unverifiable"
    # the counts themselves stated before the named list are still its levels, in turn
    text = "全年刑事案件120起、两抢一盗案件331起,刑事、两抢一盗案件分别上升50%、111.89%。"
    assert flagged(text) == ["111.89%"]
    # a list of measures ("四项指标", "各项") names no thing: the changes go with the counts before, in turn
    assert flagged("全年查处案件120起，抓获嫌疑人331名，各项分别上升50%、111.89%。") == ["111.89%"]


def test_a_success_rate_may_be_over_the_count_a_concluding_stage_rate_implies():
    # 调处率98.61% of 63965 is 63073–63079 cases 调处; 62898 of about 63076 is 99.72%, although 62898 of
    # the 63965 received is 98.33%: the successes are counted among the cases 调处
    text = "各级综治中心受理矛盾纠纷63965起,调处率98.61%,调解成功62898起,调解成功率达99.72%。"
    assert flagged(text) == []
    assert verdict(text, "99.72%", "rate") == "consistent"
    # a success rate neither base nor any count the 调处率 allows gives is still wrong
    text = "各级综治中心受理矛盾纠纷63965起,调处率98.61%,调解成功62898起,调解成功率达99.90%。"
    assert flagged(text) == ["99.90%"]
    # without a stage's rate, the cases received are the base
    assert flagged("各级综治中心受理矛盾纠纷63965起,调解成功62898起,调解成功率达99.72%。") == ["99.72%"]


def test_a_bare_share_of_a_part_its_clause_takes_from_a_named_whole_is_over_that_whole():
    # "173个乡镇中有110个…达100%，占57.8%": the clause names the whole and the part; 110/173 is 63.58%
    text = "173个乡镇(街道)中有110个乡镇(街道)群众安全感率达100%,占57.8%。"
    assert flagged(text) == ["57.8%"]
    assert verdict("173个乡镇(街道)中有110个乡镇(街道)群众安全感率达100%,占63.6%。", "63.6%", "share") == "consistent"
    # a share naming another base is not of the whole the clause names
    assert flagged("全县120个村中有30个村建立调解室,占全县调解室总数的40%。") == []


def test_shares_after_an_opener_naming_their_whole_are_tested_against_that_whole():
    # "在婚姻家庭类问题中，…分别占33.4%和16.7%": the opener names the whole, the one earlier count named so
    # (婚姻家庭矛盾，共48件次) is the base; no whole count of 48 gives 33.4% (16 → 33.33%, 17 → 35.42%)
    text = "一季度接待信访65起。一是婚姻家庭矛盾,共48件次;在婚姻家庭类问题中,家庭暴力和财产纠纷分别占33.4%和16.7%。"
    assert flagged(text) == ["33.4%"]
    assert flagged(text.replace("33.4%", "33.3%")) == []
    # two counts named alike leave the whole unknown
    text = "接待婚姻家庭类信访48件次,去年婚姻家庭类信访50件次。在婚姻家庭类信访中,家庭暴力占33.4%。"
    assert flagged(text) == []


def test_a_rate_over_the_only_other_count_of_its_sentence_that_no_whole_numerator_gives_is_wrong():
    # two counts: the cases taken up (针对56件…) and the successes (30件); 52.6% of 56 is no whole count
    # (29 → 51.79%, 30 → 53.57%), so the rate cannot be over the cases its sentence names
    text = "针对56件物业公司起诉业主的案件,法院委派调解组织开展调解,成功调解30件,成功率52.6%。"
    assert flagged(text) == ["52.6%"]
    assert verdict(text.replace("52.6%", "53.6%"), "53.6%", "rate") == "consistent"
    # a count of another kind (村, 次) is no base of it: the rate is only feasible
    assert flagged("全镇共有56个村,成功调解30件,成功率52.6%。") == []


def test_a_kind_of_what_its_sentence_totals_is_a_whole_number_of_that_total():
    # "共接待来访1106件，婚姻家庭权益类案件占60.61%": no whole number of the 1106 gives 60.61%
    text = "两级妇联共接待来访1106件,婚姻家庭权益类案件占60.61%,家庭暴力投诉占到一半还多。"
    assert flagged(text) == ["60.61%"]
    assert flagged(text.replace("60.61%", "60.58%")) == []
    # a share of persons among cases, or an approximate one, is not tested so
    assert flagged("两级妇联共接待来访1106件,女性占60.61%。") == []
    assert flagged("两级妇联共接待来访1106件,婚姻家庭权益类案件约占60.61%。") == []


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("有效化解矛盾纠纷", "有效化解矛盾纠纷"),  # 有 of 有效 is the word's own (it had become 效化解矛盾纠纷)
        ("约谈企业", "约谈企业"),
        ("达成调解协议", "达成调解协议"),
        ("其中有效投诉", "有效投诉"),
        ("有行政许可", "行政许可"),  # 有 alone before a label is a connector
        ("共办理案件", "办理案件"),
        ("其中，行政许可", "行政许可"),
    ],
)
def test_a_connector_is_taken_off_a_label_but_never_the_first_character_of_a_word(raw, label):
    from fzlib.check.claims import clean_label

    assert clean_label(raw) == label


# ------------------------------------------------------------ a list that runs past its end (corpus33)


def test_items_after_a_clause_with_no_count_are_not_surely_items_of_the_total():
    # "均已办结" says something of the 4 cases before it; whether 刑事案件 and 调解结案 after it are still
    # parts of the 6 警情 is not said, so their excess is a note to confirm, never 不一致.
    text = "上月全乡共接报警情6起,其中立为治安案件4起,均已办结,刑事案件3起,调解结案2起。"
    (claim,) = claims_on(text, "6起", "total")
    assert (claim.verdict, claim.code) == ("note", "parts_clause_after")
    assert "均已办结" in claim.message
    # the same items in one list, with no clause between them, do exceed the total
    assert flagged("上月全乡共接报警情6起,其中治安案件4起、刑事案件3起。") == ["6起"]
    # an excess the items before the clause already make stays 不一致
    assert flagged("上月全乡共接报警情6起,其中治安案件7起,均已办结,刑事案件1起。") == ["6起"]


# ------------------------------------------------------------ rate terms (corpus33)


def test_cases_settled_outside_those_registered_may_be_on_both_sides_of_a_closing_rate():
    # 案外调解 cases are received and closed at once: (72+40)/(80+40)=93.3%. With no count of that whole
    # in the sentence the reading is unconfirmed, so the rate is 无法核对, not 不一致 over 72/80=90.0%.
    text = "仲裁委今年受理争议案件80件,结案72件,案外调解争议40件,结案率达{}。"
    (claim,) = claims_on(text.format("93.3%"), "93.3%", "rate")
    assert (claim.verdict, claim.code) == ("unverifiable", "rate_plus_open")
    assert "120件" in claim.message
    # a rate neither reading gives is wrong; the registered cases alone still confirm one they give
    assert flagged(text.format("95.5%")) == ["95.5%"]
    assert verdict(text.format("90%"), "90%", "rate") == "consistent"
    # with the whole stated, the reading is the sentence's own
    stated = "仲裁委今年受理争议案件80件,结案72件,案外调解争议40件,共处理争议120件,结案率达93.3%。"
    assert verdict(stated, "93.3%", "rate") == "consistent"


def test_a_change_after_its_own_level_in_a_later_clause_is_of_that_level_not_the_sentences_first():
    # 300 → 250 is +20%; the level the sentence opened with (500件) belongs to the change before
    text = (
        "本季度共接收网购投诉举报500件,同比上年(400件)增长25%;"
        "其中网购投诉300件,同比上年(250件)增长20%;网购举报200件,同比上年(150件)增长33.3%。"
    )
    assert flagged(text) == []
    assert verdict(text, "20%", "growth") == "consistent"


def test_a_count_given_its_own_share_of_a_generic_total_is_not_surely_that_total_later():
    # 40起 was itself a part of 总数; the later 占总数 is of the whole (50起), which the paragraph does not state
    text = (
        "全年接报火灾50起。\n"
        "从发生单位看,非重点单位火灾共40起,伤30人,分别占总数的80%和75%。"
        "重点单位火灾共10起,伤10人,分别只占总数的20%和25%。"
    )
    assert flagged(text) == []


# ------------------------------------------------------------ corpus36


def test_a_count_after_a_comparison_word_check_does_not_know_is_read_as_the_change_when_that_gives_it():
    # 压降/缩减 say how much less, as 减少 does: 6699+460=7159 gives 下降6.4%; read as last year's level
    # (460 → 6699, a rise) it would turn the direction, a false alarm on a wording check does not know
    for word in ("压降", "缩减"):
        text = f"上半年共受理案件6699件,较上年同期{word}460件,下降6.4%。"
        assert flagged(text) == []
        assert verdict(text, "6.4%", "growth") == "consistent"
    # a level marked as last year's that neither reading fits stays 不一致
    assert flagged("上半年共受理案件200件,较上年同期的460件下降6.4%。") == ["6.4%"]
    assert flagged("上半年共受理案件6699件,较上年同期压降460件,下降9.5%。") == ["9.5%"]


def test_one_items_two_levels_after_a_list_opener_are_not_items_of_the_total():
    # 由上年的90起降至今年的40起 are one kind's count last year and this year, not two kinds of the 120起
    text = "全年受理诈骗案件120起,比上年减少30起,其中降幅最大的是冒充客服骗案,由上年的90起降至今年的40起。"
    assert flagged(text) == []
    # two kinds that exceed their total stay 不一致
    assert flagged("全年受理诈骗案件120起,其中冒充客服骗案90起、网购骗案40起。") == ["120起"]


def test_a_share_with_its_own_count_is_of_the_one_count_paragraphs_up_its_base_is_named_after():
    text = (
        "本季度共接收投诉举报5000件。其中投诉3000件,举报2000件。\n"
        "网购情况:\n"
        "共接收网购投诉举报2500件,占投诉举报的50%;其中网购投诉1800件,占投诉的{};网购举报700件,占举报的35%。"
    )
    # 1800/3000 is 60%; 占举报的 is of the count named 举报, not of 投诉举报 that ends with it
    assert flagged(text.format("58%")) == ["58%"]
    assert flagged(text.format("60%")) == []
    assert verdict(text.format("60%"), "35%", "share") == "consistent"
    # two counts named 投诉 paragraphs up (of two months): which one is the base is not said
    twice = "上月受理投诉3200件。\n本月受理投诉3000件。\n网购情况:\n网购投诉1800件,占投诉的58%。"
    assert flagged(twice) == []


def test_a_list_whose_items_carry_their_own_changes_before_their_shares_is_still_one_list():
    # each item's 同比/环比 belongs to the item, and the total's own change may close its sentence; the
    # shares add to 100%, so the list is whole and must make its total: 2157+920+345 is 3422, not 3423
    text = (
        "本月共受理消费者各类信息{}件,同比增长5.6%。其中咨询2157件,同比增长2%,环比下降7.1%,占受理总量的63%;"
        "投诉920件,同比增长10%,环比下降16%,占受理总量的26.9%;举报345件,同比增长12%,占受理总量的10.1%。"
    )
    assert flagged(text.format("3423")) == ["3423件"]
    assert flagged(text.format("3422")) == []
    # a list with no shares is not shown whole by them: a short sum is no error
    assert (
        flagged("本月共受理信息3500件。其中咨询2157件,同比增长2%;投诉920件,同比增长10%;举报345件,同比增长12%。") == []
    )


def test_a_count_holding_last_periods_stock_is_no_item_of_this_periods_total():
    # 起诉673人 counts cases left from last period too (含上期积存): it can exceed this period's 655人
    text = "共受理审查起诉案件522件655人,同比减少22.85%。其中,提起公诉673人(含上期积存),同比增加6.15%,决定不起诉56人。"
    assert flagged(text) == []
