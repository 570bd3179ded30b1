"""Specification of fzlib.report.charts (the page's inline SVG, drawn without a plotting library, its text kept as
text, stable to the byte) and of fzlib.report.chart_images (the same chart as a PNG for Word)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from fzlib.report import chart_images, charts
from fzlib.report.font import FONT_FAMILY
from fzlib.report.pieces import Chart

LABELS = ("行政许可", "行政检查", "行政确认")
VALUES = (269, 261, 172)


def bar(labels, values, title):
    return charts.svg(Chart("bar", tuple(labels), tuple(values), title, "件", f"图：{title}"))


def line(labels, values, title):
    return charts.svg(Chart("line", tuple(labels), tuple(values), title, "件", f"图：{title}"))


def test_a_chart_is_the_same_bytes_every_time():
    assert bar(LABELS, VALUES, "行政执法案件按类别") == bar(LABELS, VALUES, "行政执法案件按类别")


def test_a_chart_is_an_inline_svg_image_named_by_its_title():
    svg = bar(LABELS, VALUES, "执法<案件>按类别")
    assert svg.startswith("<svg ") and svg.endswith("</svg>")  # no XML declaration or DOCTYPE
    assert 'role="img" aria-label="执法&lt;案件&gt;按类别"' in svg
    assert "<metadata>" not in svg and "Matplotlib v" not in svg and "dc:date" not in svg
    ET.fromstring(svg)  # well-formed


def test_labels_and_values_stay_text_set_in_the_embedded_font():
    svg = bar(LABELS, VALUES, "行政执法案件按类别")
    texts = {t.strip() for t in re.findall(r"<text\b[^>]*>([^<]*)</text>", svg)}
    assert {"行政许可", "行政检查", "行政确认", "269", "261", "172", "行政执法案件按类别", "件"} <= texts
    families = set(re.findall(r"font-family: ([^;\"]+)", svg))
    assert families == {f"{FONT_FAMILY}, sans-serif"}


def test_a_chart_shrinks_to_a_phone_but_never_grows_past_its_drawn_width():
    svg = line(["1月", "2月", "3月"], [3, 5, 4], "按月份")
    assert re.search(r'<svg [^>]*width="100%" style="max-width: \d{3}px"[^>]* viewBox="0 0 [\d.]+ [\d.]+"', svg)
    assert not re.search(r'height="[\d.]+pt"', svg)


def test_a_chart_holds_no_id_nor_reference_so_charts_on_one_page_never_collide():
    for svg in (bar(LABELS, VALUES, "图一"), bar([*LABELS, "甲", "乙", "丙"], [1, 2, 3, 4, 5, 6], "图二")):
        assert not re.search(r'\sid="|url\(#|href="#', svg)


def test_many_labels_lie_as_horizontal_bars_each_with_its_value():
    labels = ["邻里", "山林土地", "婚姻家庭", "房屋宅基地", "损害赔偿", "其他"]
    svg = bar(labels, [160, 125, 66, 61, 39, 18], "矛盾纠纷按类型")
    assert svg.count("<rect ") == 6
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert widths == sorted(widths, reverse=True) and widths[0] / widths[-1] == pytest.approx(160 / 18, rel=0.01)
    texts = re.findall(r"<text\b[^>]*>([^<]*)</text>", svg)
    assert set(labels) | {"160", "18"} <= set(texts)


def test_few_bars_whose_labels_would_be_cut_upright_lie_so_each_label_is_whole():
    """参训人次按培训对象: four upright bars had shown 行政执法人… (and 法律意… for five); lying, each label is whole."""
    labels = ["法律明白人", "领导干部", "行政执法人员", "初任公务员"]
    svg = bar(labels, [96, 95, 19, 5], "参训人次按培训对象")
    texts = re.findall(r"<text\b[^>]*>([^<]*)</text>", svg)
    assert set(labels) <= set(texts) and not any(t.endswith("…") for t in texts)
    upright = bar(["许可", "检查", "确认"], [269, 261, 172], "行政执法案件按类别")  # short labels stand upright
    heights = [float(h) for h in re.findall(r'<rect [^>]*height="([\d.]+)"', upright)]
    assert heights == sorted(heights, reverse=True) and heights[0] / heights[-1] == pytest.approx(269 / 172, rel=0.01)


def test_a_label_too_long_for_its_room_is_cut_with_an_ellipsis_and_the_bars_keep_their_room():
    villages = ["这是一个非常非常长的村（社区）名称" * 3, "东村", "西村", "南村", "北村", "中村"]
    svg = bar(villages, [5, 4, 3, 2, 1, 1], "按村")
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert len(widths) == 6 and min(widths) > 0 and max(widths) > 150  # the bars still span the chart
    texts = re.findall(r"<text\b[^>]*>([^<]*)</text>", svg)
    assert any(t.endswith("…") and t.startswith("这是一个") for t in texts) and "东村" in texts
    chart = Chart("bar", tuple(villages), (5, 4, 3, 2, 1, 1), "按村", "件", "")
    assert chart_images.png(chart)[:4] == b"\x89PNG"  # Word's picture of it draws too
    title = re.search(r"<text [^>]*font-size[^>]*>([^<]*)</text>", bar(LABELS, VALUES, "很长的图题" * 20))[1]
    assert title.endswith("…") and charts.text_width(title, charts.TITLE) <= 442


def test_a_rate_keeps_its_first_decimal_on_its_bar():
    svg = charts.svg(Chart("bar", ("洋川镇", "旺草镇", "郑场镇"), (97.8, 96.3, 93.5), "化解成功率", "%", ""))
    assert {"97.8", "96.3", "93.5"} <= set(re.findall(r"<text\b[^>]*>([^<]*)</text>", svg))


def test_a_value_below_zero_or_not_a_number_is_drawn_at_zero():
    svg = charts.svg(Chart("bar", ("甲", "乙", "丙"), (3, -2, float("nan")), "图", "件", ""))
    heights = [float(h) for h in re.findall(r'<rect [^>]*height="([\d.]+)"', svg)]
    assert heights[0] > 0 and heights[1:] == [0, 0]
    assert chart_images.png(Chart("bar", ("甲", "乙"), (-1, 2), "图", "件", ""))[:4] == b"\x89PNG"


def test_a_chart_of_zeros_or_of_nothing_is_drawn_without_failing():
    assert "<rect " in bar(LABELS, (0, 0, 0), "全为零")
    ET.fromstring(line([], [], "无数据"))


def test_axis_ticks_are_round_numbers_from_zero():
    # At most the given number of intervals, each 1, 2, 2.5 or 5 times a power of ten.
    assert charts.nice_ticks(309, 7) == [0, 50, 100, 150, 200, 250, 300]
    assert charts.nice_ticks(309, 6) == [0, 100, 200, 300]
    assert charts.nice_ticks(6.9, 6) == [0, 2, 4, 6]
    assert charts.nice_ticks(3.45, 8) == [0, 1, 2, 3]  # counts: never 0.5 steps
    assert charts.nice_ticks(0, 6) == [0, 1]


def test_the_page_charts_load_no_plotting_library():
    # The notebook's kernel draws the page's charts: matplotlib there would cost every report ≈0.4 s.
    code = "import sys, fzlib.report.outline, fzlib.report.blocks; print('matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_label_is_drawn_as_written_never_parsed_as_math():
    svg = bar(["$x^2$村", "普通村"], [3, 4], "按村")
    assert "$x^2$村" in svg


def test_the_same_chart_prints_as_a_png_for_word():
    png = chart_images.png(Chart("bar", LABELS, VALUES, "按类别", "件", "图：按类别"))
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png == chart_images.png(
        Chart("bar", LABELS, VALUES, "按类别", "件", "图：按类别")
    )
