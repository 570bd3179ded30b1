"""A coastal or island town's ledgers (海厝镇, the 65th development town, built blind): its 涉渔涉海 disputes are of the
statistics list, and the contents page of its bound 台账汇编 is no ledger of an unknown kind. Fixtures are small,
fictitious, and named after the quirk they show."""

from __future__ import annotations

import pytest

import builders
from builders import clean, codes


def test_sea_and_fishing_disputes_are_of_the_statistics_list(tmp_path):
    # sea_dispute_types (海厝镇): a harbour town's 综治中心 writes 渔船碰撞纠纷, 网具纠缠, 船员劳务纠纷, 海上渔业纠纷 and
    # 海域养殖纠纷; they had been unknown values (错误) of both its dispute and its mediation register. A land
    # boundary stays a 山林土地 dispute, a neighbours' quarrel a 邻里 one.
    rows = [["序号", "排查时间", "村（社区）", "纠纷类型", "化解情况"]]
    kinds = ["渔船碰撞纠纷", "网具纠缠", "船员劳务纠纷", "海上渔业纠纷", "海域养殖纠纷", "土地边界", "邻里纠纷"]
    rows += [[n, f"2024-03-0{n}", "甲村", kind, "已化解"] for n, kind in enumerate(kinds, start=1)]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", {"台账": rows})
    result = clean(tmp_path)
    got = result.tables["disputes"].sort_values("_row")["dispute_type"].tolist()
    assert got == ["损害赔偿", "损害赔偿", "劳动争议", "生产经营", "山林土地", "山林土地", "邻里"]
    assert codes(result, "vocab.unknown") == []
    assert builders.figures(result)["disputes.resolved"] == 7


def _register(n: int) -> list[list]:
    return [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(n)]


def test_a_compiled_books_contents_page_with_a_header_is_set_aside_not_an_unknown_ledger(tmp_path):
    # contents_sheet_with_header (海厝镇): a 法治建设台账汇编 opens with a sheet 目录 whose table is 序号 | 台账名称 | 页码.
    # It had been a table of no known kind (错误 file.unknown_kind); in a book of one kind beside it, rows left unread.
    contents = [["某镇2024年台账汇编"], ["序号", "台账名称", "页码"], [1, "行政执法案件登记台账", 2], [2, "备案表", 5]]
    builders.xlsx(tmp_path / "某镇台账汇编.xlsx", {"目录": contents, "执法案件": _register(3)})
    result = clean(tmp_path)
    assert codes(result, "file.unknown_kind") == []
    assert [r["sheet"] for r in codes(result, "sheet.other_document")] == ["目录"]
    assert builders.figures(result)["enforcement.cases"] == 3
    builders.assert_rows_conserved(result.manifest)


@pytest.mark.parametrize(
    ("name", "contents"),
    [
        (
            "台账清单",
            [["序号", "表名", "责任科室"], [1, "执法案件", "综合执法办"], [2, "执法案件（续）", "综合执法办"]],
        ),
        (
            "汇总",
            [
                ["某镇台账汇编"],
                ["序号", "台账名称", "备注"],
                [1, "执法案件登记台账", ""],
                [2, "执法案件（续）", "续表"],
            ],
        ),
        ("Sheet1", [["序号", "台账名称", "页码"], [1, "执法案件", 2], [2, "执法案件（续）", 9]]),
    ],
)
def test_a_contents_page_named_otherwise_is_known_by_the_sheets_it_lists(tmp_path, name, contents):
    # contents_page_named_otherwise: a book's contents page saved as 台账清单, 汇总 or Sheet1 lists the book's own
    # sheets, one a row. It had been a ledger of no known kind (错误), withholding the one kind of its book.
    builders.xlsx(
        tmp_path / "某镇台账汇编.xlsx", {name: contents, "执法案件": _register(3), "执法案件（续）": _register(3)}
    )
    result = clean(tmp_path)
    assert codes(result, "file.unknown_kind") == []
    assert [r["sheet"] for r in codes(result, "sheet.other_document")] == [name]
    assert builders.figures(result)["enforcement.cases"] == 3
    builders.assert_rows_conserved(result.manifest)


def test_a_contents_page_listing_sheets_named_by_their_period_is_still_a_contents_page(tmp_path):
    # contents_of_dated_sheets (variants round 11, catalogue): a bound book's contents page lists its sheets by name, and
    # those names carry their periods (执法台账-2025年1-3月). The period had been taken for a record's date: the page was
    # a ledger of no known kind or a register missing its columns (column.missing_year), withholding a kind's figures.
    contents = [
        ["法治建设台账目录"],
        ["序号", "台账名称", "工作表"],
        [1, "执法案件-2024年1-12月", "第1页"],
        [2, "执法案件-2025年1-3月", "第2页"],
    ]
    builders.xlsx(
        tmp_path / "台账汇编.xlsx",
        {"台账清单": contents, "执法案件-2024年1-12月": _register(3), "执法案件-2025年1-3月": _register(0)},
    )
    result = clean(tmp_path)
    assert [r["sheet"] for r in codes(result, "sheet.other_document")] == ["台账清单"]
    assert codes(result, "column.missing_year") == [] and codes(result, "file.unknown_kind") == []
    assert builders.figures(result)["enforcement.cases"] == 3


@pytest.mark.parametrize(
    "rows",
    [
        # dated rows are records, whatever sheets they name
        [
            ["序号", "村名", "走访日期", "走访情况"],
            [1, "甲村", "2024-03-05", "正常"],
            [2, "乙村", "2024-04-09", "正常"],
        ],
        # a sheet named by two rows: records of its village, not a contents line
        [["序号", "村名", "走访情况"], [1, "甲村", "正常"], [2, "乙村", "正常"], [3, "甲村", "复访"]],
    ],
)
def test_records_naming_the_books_sheets_are_no_contents_page(tmp_path, rows):
    # records_naming_sheets: an unknown list whose rows name the villages the book keeps a sheet each for is still a
    # table of no known kind, its rows unread, never set aside as a contents page.
    builders.xlsx(tmp_path / "走访.xlsx", {"汇总": rows, "甲村": _register(3), "乙村": _register(2)})
    result = clean(tmp_path)
    assert [r["sheet"] for r in codes(result, "file.unknown_kind")] == ["汇总"]
    assert codes(result, "sheet.other_document") == []


def test_a_register_on_a_sheet_named_contents_is_still_read(tmp_path):
    # contents_sheet_holding_a_register: a 规范性文件目录 kept on a sheet named 目录 is the register itself; only a table
    # no kind fits is set aside for the sheet's name.
    rows = [
        ["某镇规范性文件目录"],
        ["序号", "文件名称", "文号", "制定日期", "备案日期"],
        [1, "某镇村庄保洁管理办法", "某府发〔2024〕3号", "2024-03-05", "2024-03-20"],
        [2, "某镇渔港岸线管理办法", "某府发〔2024〕9号", "2024-06-11", "2024-06-28"],
    ]
    builders.xlsx(tmp_path / "规范性文件.xlsx", {"目录": rows})
    result = clean(tmp_path)
    assert codes(result, "sheet.other_document") == []
    assert builders.figures(result)["normative_documents.issued"] == 2
