"""Specification of fzlib.report.charts: charts are inline SVG with their text kept as text, stable to the byte."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from fzlib.report import charts
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


def test_two_charts_on_one_page_share_no_id_and_every_reference_resolves():
    first = bar(LABELS, VALUES, "图一")
    second = bar([*LABELS, "甲", "乙", "丙"], [1, 2, 3, 4, 5, 6], "图二")  # six labels: horizontal
    ids = [re.findall(r' id="([^"]+)"', svg) for svg in (first, second)]
    assert ids[0] and ids[1] and not set(ids[0]) & set(ids[1])
    for svg, own in zip((first, second), ids):
        refs = set(re.findall(r'(?:url\(#|href="#)([^)"]+)', svg))
        assert refs and refs <= set(own)


def test_a_label_is_drawn_as_written_never_parsed_as_math():
    svg = bar(["$x^2$村", "普通村"], [3, 4], "按村")
    assert "$x^2$村" in svg


def test_the_same_chart_prints_as_a_png_for_word():
    png = charts.png(Chart("bar", LABELS, VALUES, "按类别", "件", "图：按类别"))
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png == charts.png(
        Chart("bar", LABELS, VALUES, "按类别", "件", "图：按类别")
    )
