"""Reading numbers from Chinese prose: formats, units, ranges, offsets into the original text."""

import pytest

from fzlib.check.numbers import find_numbers
from fzlib.numerals import chinese_integer


def only(text):
    numbers = find_numbers(text)
    assert len(numbers) == 1, numbers
    return numbers[0]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("受理672件", 672, "件"),
        ("受理６７２件", 672, "件"),  # full-width digits
        ("排查1 5起", 15, "起"),  # stray space inside a number
        ("资金2,872元", 2872, "元"),  # thousands separator
        ("补助1.2万元", 12000, "元"),  # 万 multiplier folded into 元
        ("服务1.2万人次", 12000, "人次"),
        ("培训十二次", 12, "次"),
        ("调解两起", 2, "起"),
        ("拘留三名", 3, "名"),
        ("讲座一百零五场", 105, "场"),
        ("服務1.2萬人次", 12000, "人次"),  # traditional 萬 is 万
    ],
)
def test_counts_in_every_format(text, value, unit):
    n = only(text)
    assert (n.value, n.unit, n.percent) == (value, unit, False)


@pytest.mark.parametrize(
    "text, value, decimals",
    [
        ("占比36%", 36, 0),
        ("占比36％", 36, 0),
        ("化解率96.3%", 96.3, 1),
        ("满意度百分之九十八", 98, 0),
        ("达到百分之96.5", 96.5, 1),
        ("百分之百", 100, 0),
    ],
)
def test_percent_forms(text, value, decimals):
    n = only(text)
    assert n.percent and n.value == value and n.decimals == decimals


@pytest.mark.parametrize(
    "text, inside, outside",
    [
        ("咨询70余次", [73, 79], [70, 80]),
        ("近2000人次", [1900, 2000], [2001]),
        ("100件以上", [100, 150], [99]),
        ("约50人", [48, 52], [40, 60]),
        ("不足30件", [29], [30]),
    ],
)
def test_approximate_figures_are_ranges(text, inside, outside):
    n = only(text)
    assert not n.exact
    assert all(n.contains(x) for x in inside)
    assert not any(n.contains(x) for x in outside)


@pytest.mark.parametrize(
    "text",
    [
        "2024年",
        "12月31日",
        "第3号",
        "“1+6+1”工作要求",
        "一是提高站位",
        "统一部署",
        "二十大精神",
    ],
)
def test_dates_codes_and_words_are_not_figures(text):
    assert [n for n in find_numbers(text) if n.is_count or n.percent] == []


def test_each_marks_grouped_figures():
    n = only("市级、县级各2件")
    assert n.each and n.value == 2


def test_spans_are_offsets_into_the_original_text():
    text = "全年受理１５件，化解率９６％"
    spans = [text[n.start : n.end] for n in find_numbers(text)]
    assert spans == ["１５件", "９６％"]


@pytest.mark.parametrize(
    "s, value",
    [
        ("三", 3),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一百零五", 105),
        ("两千三百", 2300),
        ("二〇二四", 2024),
        ("一万二千", 12000),
        ("三百五", 350),
        ("贰万", 20000),
    ],
)
def test_chinese_numerals(s, value):
    assert chinese_integer(s) == value


@pytest.mark.parametrize(
    "text, value", [("一万二千件", 12000), ("三百五十人次", 350), ("贰万元", 20000), ("三万元", 30000), ("十二次", 12)]
)
def test_chinese_numerals_in_prose_are_read_whole(text, value):
    assert only(text).value == value


def test_a_bare_wan_is_a_word_not_ten_thousand():
    assert [n.value for n in find_numbers("专项资金万元以上")] == []


def test_traditional_yu_is_a_range_like_its_simplified_form():
    n = only("調解10餘起")
    assert (n.value, n.approx) == (10, "more") and n.low > 10 and n.high < 20


def test_a_decimal_point_typed_as_the_ideographic_full_stop():
    # "95。1%" is 95.1%, not a rate of 95 whose sentence ends, then 1%
    n = only("调处成功率95。1%")
    assert (n.value, n.decimals, n.percent) == (95.1, 1, True)
    assert [n.value for n in find_numbers("受理12件。3月份调处10件")] == [12, 10]  # a sentence's end stays one


@pytest.mark.parametrize("text", ["是全国唯一一个超过1亿人口的省份", "每村配备三五个网格员", "邻里纠纷七八件"])
def test_a_run_of_bare_chinese_digits_before_a_unit_is_words_not_a_count(text):
    # 唯一一个 is "the only one", 三五个 "three to five": read digit by digit they had been 11个 and 35个
    assert [n.value for n in find_numbers(text) if n.value in (11, 35, 78)] == []


def test_a_longer_run_of_bare_chinese_digits_is_still_read_digit_by_digit():
    # texts that write counts so ("共受理调解案件一七五一件") give them digit by digit
    assert [n.value for n in find_numbers("共受理调解案件一七五一件")] == [1751]
