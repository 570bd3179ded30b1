"""A 赣南 镇's ledgers (沥坑镇, the 87th development town, built blind): the 派出所's figures kept only as a cross-tab of
村 × 类型 with the quarters as column groups, and the 屋场夜话 record of disputes kept as numbered paragraphs in Word.
Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

import builders
from builders import clean


def _crosstab_rows() -> list[list]:
    labels = ["家暴告诫书（份）", "家暴拘留（人）", "涉黄案件（起）", "涉黄拘留（人）"]
    top = ["村（社区）"]
    for quarter in ("一季度", "二季度"):
        top += [quarter, None, None, None]
    return [
        ["章源县公安局沥坑镇派出所2024年分村平安建设数据统计表", *[None] * 8],
        top,
        [None, *labels, *labels],
        ["沥坑村", 1, 0, 1, 2, 0, 1, 0, 0],
        ["上坑村", 2, 1, 0, 0, 1, 0, 1, 1],
        ["下坪村", 0, 0, 0, 0, 1, 0, 0, 0],
    ]


def test_a_village_by_quarter_crosstab_states_the_detentions_named_short(tmp_path):
    # crosstab_village_by_quarter (沥坑镇): rows the 村, column groups the quarters, four counts in each; 家暴拘留（人） and
    # 涉黄拘留（人） are the 家暴 and 涉黄 detentions named short (拘留 of a 派出所's 治安 form is the 行政拘留). Unread, both
    # detention figures had been withheld while the warnings and cases beside them were read.
    path = tmp_path / "沥坑镇派出所2024年分村平安建设数据统计表.xlsx"
    merges = ["A2:A3", "B2:E2", "F2:I2"]
    builders.xlsx(path, {"分村统计": _crosstab_rows()}, merged={"分村统计": merges})
    f = builders.figures(clean(tmp_path))
    assert (f["security.dv_warnings"], f["security.vice_cases"]) == (5, 2)
    assert (f["security.dv_detentions"], f["security.vice_detentions"]) == (2, 3)


def _paragraphs_docx(path, paragraphs: list[str]) -> None:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)


def test_a_register_kept_as_numbered_paragraphs_is_named_as_such(tmp_path):
    # numbered_paragraph_register (沥坑镇): the 屋场夜话 record has no table, each dispute one numbered paragraph whose date,
    # parties and result are words of its sentence (一、1月8日，上坑村刘某某与刘某因山林界址发生纠纷，…，已化解。). Which
    # words are the result is not told by any structure, so its records stay unread: named as a register of numbered
    # paragraphs to be put into a table, not as a document that may be a scan.
    _paragraphs_docx(
        tmp_path / "沥坑镇2024年屋场夜话矛盾纠纷排查化解记录.docx",
        [
            "沥坑镇2024年“屋场夜话·老表说事”矛盾纠纷排查化解记录",
            "一、1月8日，上坑村刘某某与刘某因山林界址发生纠纷，经屋场夜话调处，双方达成口头协议，已化解。",
            "二、2月19日，下坪村陈某与陈某某因宅基地发生纠纷，经镇村干部多次上门做工作，已化解。",
            "三、3月5日，围屋村黄某某与黄氏房族因祖坟山界发生纠纷，双方分歧较大，正在化解中。",
            "四、3月22日，石背村谢某与钟某因邻里排水发生纠纷，经屋场夜话调处，已化解。",
            "五、4月10日，东源村李某某与曾某因农民工工资发生纠纷，未能达成一致，已引导当事人通过诉讼解决，未化解。",
            "填报人：　　　审核人：",
        ],
    )
    result = clean(tmp_path)
    assert list(result.issues[result.issues["level"] == "错误"]["code"]) == ["file.register_as_paragraphs"]
    f = builders.figures(result)
    assert f["disputes.screened"] is None


def test_a_word_report_with_numbered_headings_is_still_no_table(tmp_path):
    # The class's other side: a 工作总结 numbered 一、二、三 without a date in each paragraph is a document, not a register.
    _paragraphs_docx(
        tmp_path / "沥坑镇2024年综治工作总结.docx",
        ["沥坑镇2024年综治工作总结", "一、基本情况", "二、主要做法", "三、存在问题", "四、下步打算", "五、其他"],
    )
    result = clean(tmp_path)
    assert list(result.issues[result.issues["level"] == "错误"]["code"]) == ["file.not_a_table"]
