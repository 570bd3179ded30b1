"""Registers as offices print, number and split them (issue 12, session 46's variants): a line of column numbers under
the header, the header printed again on every page of a printout pasted back into a sheet, a month's sheet of one
record whose date of issue is still blank. Each fixture is small, fictitious, and named after the quirk it shows."""

from __future__ import annotations

import builders
from builders import clean, codes

_HEAD = ["序号", "排查日期", "村（社区）", "纠纷类型", "当事人", "化解状态"]


def _disputes(first: int, n: int) -> list[list]:
    return [
        [k, f"2024.{1 + k % 12}.{1 + k % 27}", "沙湾村", "邻里纠纷", f"甲{k}、乙{k}", "化解中" if k % 5 == 0 else "已化解"]
        for k in range(first, first + n)
    ]  # fmt: skip


def test_a_line_of_column_numbers_under_a_registers_header_is_no_record(tmp_path):
    # 1 2 3 4 5 6 under the titles, as a printed register numbers its columns: its 序号 1 is not the first record's.
    rows = [["某镇2024年矛盾纠纷排查化解台账"], _HEAD, [1, 2, 3, 4, 5, 6], *_disputes(1, 10)]
    builders.xlsx(tmp_path / "矛盾纠纷排查台账.xlsx", {"排查": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (10, 8)
    assert not codes(result, "row.required_missing") and not codes(result, "vocab.unknown")
    assert not codes(result, "date.unparseable")


def test_a_printout_pasted_back_with_its_header_and_title_on_every_page_is_one_register(tmp_path):
    # 打印标题行: the 填报单位 line and the header printed again at the top of each page, 第 N 页 共 M 页 at each foot;
    # the 更正 row on the last page names a 序号 on the first.
    unit, head = ["填报单位：某镇综治中心", None, None, None, "单位：件"], [*_HEAD, "备注"]
    last = [*_disputes(21, 4), [25, "2024.12.20", "沙湾村", "邻里纠纷", "甲3、乙3", "已化解", "更正第3行，以此为准"]]
    rows = [["某镇2024年矛盾纠纷排查化解台账"], unit, head, *_disputes(1, 20)]
    rows += [["第 1 页 共 2 页"], unit, head, *last, ["第 2 页 共 2 页"]]
    builders.xlsx(tmp_path / "矛盾纠纷排查台账.xlsx", {"排查": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    # 24 disputes (the 3rd replaced by its 更正 row), 4 of them 化解中 (5, 10, 15, 20).
    assert (got["disputes.screened"], got["disputes.resolved"]) == (24, 20)
    assert codes(result, "sheet.superseded_rows") and not codes(result, "sheet.correction_unmatched")
    assert not codes(result, "row.required_missing") and not codes(result, "vocab.unknown")
    assert [len(s["tables"]) for f in result.manifest["files"] for s in f["sheets"]] == [1]


def test_a_printout_whose_header_has_a_line_in_another_script_over_it_on_every_page_is_one_register(tmp_path):
    # A bilingual register: a Tibetan line over the Chinese titles, both printed again at the top of each page. The
    # Tibetan line had started a table of its own on each page (file.unknown_kind), and the kind's figures withheld.
    tibetan = ["ཨང་རིམ།", "ཟླ་ཚེས།", "གྲོང་ཚོ།", "རིགས།", "ཞུ་གཏུག་པ།", "གནས་སྟངས།"]
    rows = [["某乡2024年矛盾纠纷排查化解台账"], tibetan, _HEAD, *_disputes(1, 20)]
    rows += [["第 1 页 共 2 页"], tibetan, _HEAD, *_disputes(21, 5), ["第 2 页 共 2 页"]]
    builders.xlsx(tmp_path / "矛盾纠纷排查台账.xlsx", {"排查": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (25, 20)
    assert not codes(result, "file.unknown_kind")
    assert [len(s["tables"]) for f in result.manifest["files"] for s in f["sheets"]] == [1]


def test_a_header_printed_again_under_a_title_of_its_own_still_starts_another_table(tmp_path):
    # Two registers of one header, the second under its own title line: two tables, as before.
    rows = [["在册纠纷"], _HEAD, *_disputes(1, 3), [], ["已核减纠纷"], _HEAD, *_disputes(4, 2)]
    builders.xlsx(tmp_path / "矛盾纠纷排查台账.xlsx", {"排查": rows})
    result = clean(tmp_path)
    assert [len(s["tables"]) for f in result.manifest["files"] for s in f["sheets"]] == [2]


def test_a_months_sheet_of_one_draft_not_issued_takes_no_other_date_for_its_issue(tmp_path):
    # A 合法性审查 register split into a sheet per month: October's only draft was stopped (不同意出台), its 印发（签订）日期
    # blank. The 收件日期 beside it is no date of issue: the draft is no document issued in the year.
    head = ["序号", "收件日期", "审查事项名称", "审查类别", "审查意见", "印发（签订）日期", "文号（合同编号）"]
    sheets = {
        "3月": [["某镇2024年合法性审查工作台账"], head,
                [1, "2024-03-01", "某镇集镇管理办法", "行政规范性文件", "同意", "2024.03.12", "某府规〔2024〕1号"]],
        "10月": [["某镇2024年合法性审查工作台账"], head,
                 [2, "2024-10-14", "某镇门前三包管理规定", "行政规范性文件", "不同意出台", None, None]],
    }  # fmt: skip
    builders.xlsx(tmp_path / "某镇2024年合法性审查工作台账.xlsx", sheets)
    got = builders.figures(clean(tmp_path))
    assert got["normative_documents.issued"] == 1


def test_an_empty_months_sheet_of_a_register_its_title_types_says_nothing_of_the_other_types(tmp_path):
    # A 政府信息公开申请办理登记表 split into a sheet per month, the months without a request with its header only:
    # empty 依申请公开 registers, no register of 主动公开 (their 申请方式 is no 公开方式).
    head = ["申请编号", "收到申请日期", "申请人", "申请方式", "所需信息内容描述", "答复结果"]
    title = ["某镇政府信息公开申请办理登记表"]
    sheets = {f"{m}月": [title, head] for m in range(1, 13)}
    sheets["1月"] += [["GK-2024-001", "2024-01-08", "张*", "网上申请", "土地征收补偿标准", "予以公开"],
                      ["GK-2024-002", "2024-01-19", "李*", "信函申请", "村集体资金使用情况", "部分公开"]]  # fmt: skip
    sheets["3月"] += [["GK-2024-003", "2024-03-02", "王*", "当面申请", "产业路招标文件", "信息不存在"]]
    builders.xlsx(tmp_path / "某镇2024年政府信息公开申请办理登记表.xlsx", sheets)
    got = builders.figures(clean(tmp_path))
    assert got["disclosure.on_request"] == 3
    assert (got["disclosure.proactive"], got["disclosure.media"]) == (None, None)


def test_the_subtotal_lines_closing_a_register_are_no_part_of_the_next_registers_title(tmp_path):
    # A register closed by 主动公开小计 / 依申请公开小计 / 合计, then, under two blank rows, a 不予公开 register titled so
    # and with no 公开属性 column: its title alone types it, the lines above it being the first register's sums.
    head = ["序号", "信息编号", "信息名称", "生成时间", "公开属性"]
    rows = [["门户网站公开信息登记表"], head]
    rows += [[k, f"GK-{k:03d}", f"某镇通知{k}", f"2024-{2 * k:02d}-10", "主动公开"] for k in range(1, 5)]
    rows += [[None, None, None, None, "主动公开小计"]]
    rows += [[k, f"GK-{k:03d}", f"某镇通知{k}", f"2024-{2 * k:02d}-10", "依申请公开"] for k in range(5, 7)]
    rows += [[None, None, None, None, "依申请公开小计"], [None, None, None, None, "合计"], [], []]
    rows += [["不予公开政府信息登记表"], ["序号", "信息编号", "信息名称", "生成时间", "不予公开的理由"]]
    rows += [[1, "GK-B001", "信访人信息汇总表", "2024-05-25", "涉及个人隐私"]]
    builders.xlsx(tmp_path / "某镇2024年政府信息公开登记表.xlsx", {"信息登记": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disclosure.proactive"], got["disclosure.on_request"]) == (4, 2)
    assert not codes(result, "column.missing")


def test_a_subtotal_under_a_run_of_one_long_title_is_no_record(tmp_path):
    # A portal's export sorted by 标题 and 小计 typed after each title's run: 关于印发…的通知小计 (over 14 characters)
    # with the run's 浏览次数 summed beside it, nothing else.
    head = ["信息ID", "标题", "所属栏目", "发布时间", "发布人", "浏览次数"]
    long, short = "关于印发农村建房管理办法的通知", "财政预算公开"
    rows = [head]
    rows += [
        [20240100 + k, long, "政务公开 > 法定主动公开内容", f"2024-{k:02d}-06 10:00", "张某", 100] for k in range(1, 7)
    ]
    rows += [[None, f"{long}小计", None, None, None, 600]]
    rows += [
        [20240200 + k, short, "政务公开 > 法定主动公开内容 > 财政信息", f"2024-{k + 6:02d}-08 09:30", "李某", 50]
        for k in range(1, 7)
    ]
    rows += [[None, f"{short}小计", None, None, None, 300]]
    builders.xlsx(tmp_path / "某镇门户网站信息发布明细（后台导出）.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["disclosure.proactive"] == 12
    assert not codes(result, "row.required_missing")


def test_a_villages_sheet_with_its_own_header_under_a_seal_line_title_and_unit_line_is_no_page_of_the_sheet_before(
    tmp_path,
):
    # Each village's sheet of one book, a seal line and a blank line above its title, its 填报单位 | 单位：件 line and
    # its header: as wide as the sheet before and its header deeper than a bare page's first rows, it had been read as a
    # page of that sheet under its header, its own header taken for that header printed again and 单位：件 for a value.
    def sheet(village: str, first: int) -> list[list]:
        seal = ["填报单位（盖章）：          填报时间：    年  月  日"]
        title = [f"某镇2024年矛盾纠纷排查化解台账（{village}）"]
        unit = [f"填报单位：{village}调委会", None, None, None, None, "单位：件"]
        return [seal, [], title, unit, _HEAD, *_disputes(first, 6)]

    builders.xlsx(tmp_path / "矛盾纠纷排查台账.xlsx", {"沙湾村": sheet("沙湾村", 1), "柳塘村": sheet("柳塘村", 7)})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (12, 10)
    assert not codes(result, "sheet.page_continued") and not codes(result, "vocab.unknown")


def test_an_empty_months_sheet_with_its_signature_line_is_the_kind_of_its_books_other_months(tmp_path):
    # A 备案目录 kept a sheet a month: January had nothing, its sheet only the header, blank rows and the 备案人： line
    # the office signs each month. Its 行为类别 is told by the other months' cells (行政检查), none of its own; its
    # header is theirs, so it is an empty sheet of theirs (a header only), its signature line no record.
    head = ["序号", "行为类别", "事项名称", "作出决定时间", "决定书文号", "备注"]
    foot = [["备案人：", None, "王某"]]

    def month(*records):
        return [["其他行政行为备案目录表"], ["备案单位：某镇人民政府（盖章）"], head, *records, [], [], *foot]

    sheets = {
        "1月": month(),
        "2月": month(*[[k, "行政检查", "森林防火检查", f"2024/2/{k}", f"某检字〔2024〕{k}号", None] for k in (1, 2)]),
        "3月": month([3, "行政检查", "食品安全检查", "2024/3/5", "某检字〔2024〕3号", None]),
    }
    builders.xlsx(tmp_path / "某镇2024年具体行政行为备案目录表.xlsx", sheets)
    result = clean(tmp_path)
    found = builders.evidence(result)["enforcement.inspection"]
    assert (found.value, found.status) == (3, "ok")
    assert not codes(result, "row.required_missing") and not codes(result, "file.unknown_kind")
    assert [r["sheet"] for r in codes(result, "sheet.header_only")] == ["1月"]


def test_an_empty_sheet_whose_header_is_no_other_sheets_stays_of_no_known_kind(tmp_path):
    # The same empty month beside a sheet of another header: nothing says what it is.
    head = ["序号", "行为类别", "事项名称", "作出决定时间", "决定书文号", "备注"]
    sheets = {
        "1月": [["其他行政行为备案目录表"], head, [], ["备案人：", None, "王某"]],
        "许可": [
            ["行政许可备案目录表"],
            ["序号", "行政许可事项名称", "作出决定时间", "决定书文号", "备注"],
            [1, "事项1", "2024-03-01", "某许字〔2024〕1号", ""],
        ],
    }
    builders.xlsx(tmp_path / "某镇2024年具体行政行为备案目录表.xlsx", sheets)
    result = clean(tmp_path)
    assert [r["sheet"] for r in codes(result, "file.unknown_kind")] == ["1月"]
    assert not codes(result, "sheet.header_only") and not codes(result, "row.required_missing")


def test_a_record_entered_twice_and_marked_so_keeps_its_villages_numbering_apart_from_the_others(tmp_path):
    # A book of a sheet per village, each numbering its disputes from 1. In 东村 the 2nd dispute was entered twice,
    # the copy right under it, the same 编号, its 备注 重复登记: a row of no record, which takes no place in 东村's
    # numbering (1 2 [2] 3 4 still counts up), so 东村's 1 to 4 stay other disputes than 西村's 1 to 4.
    head = ["编号", "登记日期", "村（社区）", "纠纷类型", "当事人", "化解状态", "备注"]

    def village(name, day, twice=None):
        rows = [
            [k, f"2024.{k + day}.{k + 2}", name, "邻里纠纷", f"{name}甲{k}、乙{k}", "已化解", None]
            for k in (1, 2, 3, 4)
        ]
        if twice:
            rows.insert(twice, [*rows[twice - 1][:-1], "重复登记"])
        return [[f"某镇2024年矛盾纠纷排查化解台账（{name}）"], head, *rows]

    builders.xlsx(
        tmp_path / "矛盾纠纷排查化解台账.xlsx", {"东村": village("东村", 1, twice=2), "西村": village("西村", 5)}
    )
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (8, 8)
    assert not codes(result, "row.duplicate") and not codes(result, "row.copies_differ")
    assert [r["sheet"] for r in codes(result, "sheet.void_rows")] == ["东村"]


def test_two_villages_registers_split_by_month_numbering_on_are_each_their_own_records(tmp_path):
    # Each village's register split into a sheet a month, its 序号 running on across them (1月: 1 2, 2月: 3 4): the
    # 2月 sheets number from 3, no run of their own. 河东村's 3 and 杨庄村's 3 are two villages' disputes, never one.
    head = ["序号", "排查日期", "纠纷类型", "当事人", "纠纷简要情况", "化解情况"]

    def register(name, kinds):
        rows = [
            [
                k,
                f"2024年{(k + 1) // 2}月{k + 3}日",
                kinds[k % 2],
                f"{name}甲{k}、乙{k}",
                "因宅基地边界发生争执",
                "已化解",
            ]
            for k in (1, 2, 3, 4)
        ]
        title = [f"双河镇{name}2024年矛盾纠纷排查化解台账"]
        return {"1月": [title, head, *rows[:2]], "2月": [title, head, *rows[2:]]}

    builders.xlsx(tmp_path / "河东村2024年矛盾纠纷排查化解台账.xlsx", register("河东村", ("邻里纠纷", "婚姻家庭纠纷")))
    builders.xlsx(tmp_path / "杨庄村2024年矛盾纠纷排查化解台账.xlsx", register("杨庄村", ("山林土地纠纷", "邻里纠纷")))
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 8
    assert not codes(result, "row.duplicate") and not codes(result, "row.copies_differ")


def test_a_county_registers_month_sheet_without_a_row_of_the_town_holds_the_other_towns_rows_only(tmp_path):
    # A county's register split by month (河湾镇 monthly_sheets): in August the town had no dispute, and the 8月
    # sheet names only other towns, each named beside the town's rows in the other months. It had been an error
    # (column.town_unmatched: "no row of the town") and every dispute figure withheld; it holds other towns' rows.
    head = ["序号", "乡镇（街道）", "排查日期", "村（社区）", "化解情况"]
    title = ["某县2024年矛盾纠纷排查化解台账（全县汇总）"]

    def month(m: int, towns: list[str]) -> list[list]:
        rows = [[k, t, f"2024-{m:02d}-{k:02d}", "某村", "已化解"] for k, t in enumerate(towns, 1)]
        return [title, head, *rows]

    sheets = {f"{m}月": month(m, ["桃源镇", "杏花乡", "东关街道"]) for m in range(1, 13)}
    sheets["8月"] = month(8, ["杏花乡", "东关街道"])
    builders.xlsx(tmp_path / "全县矛盾纠纷台账.xlsx", sheets)
    result = clean(tmp_path, options={"town": "桃源镇"})
    assert builders.figures(result)["disputes.screened"] == 11
    assert not codes(result, "column.town_unmatched")
    assert [r["value"] for r in codes(result, "row.other_town") if r["sheet"] == "8月"] == ["2"]
    # A month naming a town no other month names beside the town (the town's name typed otherwise): still unknown.
    sheets["8月"] = month(8, ["杏花乡", "桃园镇"])
    builders.xlsx(tmp_path / "全县矛盾纠纷台账.xlsx", sheets)
    result = clean(tmp_path, options={"town": "桃源镇"})
    assert builders.figures(result)["disputes.screened"] is None
    assert [r["sheet"] for r in codes(result, "column.town_unmatched")] == ["8月"]


def test_a_records_tail_cut_onto_the_next_page_under_its_line_of_column_numbers_is_no_record(tmp_path):
    # 芦洲镇 column_numbers: a converted PDF whose every page prints the header and its line of column numbers; the
    # page break cut a record's 简要情况, its tail under page 2's numbers. It had been a record without its 序号
    # (row.required_missing: every dispute figure withheld): the numbers line hid that the tail heads the page.
    head = ["序号", "排查日期", "村（社区）", "纠纷类型", "当事人", "简要情况", "化解情况"]
    numbers = list(range(1, 8))

    def records(first: int, n: int) -> list[list]:
        return [
            [k, f"2024.3.{k}", "沙湾村", "邻里纠纷", f"甲{k}", "因宅基地界址不清与邻居发生争执", "已化解"]
            for k in range(first, first + n)
        ]

    one = records(1, 3)
    one[-1][5] = "因承包田灌溉用水发生口角，经"
    two = [[None, None, None, None, None, "协调错峰用水", None], *records(4, 2)]
    title = ["某镇2024年矛盾纠纷排查化解工作台账"]
    builders.xlsx(
        tmp_path / "排查台账.xlsx", {"Table 1": [title, head, numbers, *one], "Table 2": [title, head, numbers, *two]}
    )
    result = clean(tmp_path)
    assert builders.figures(result)["disputes.screened"] == 5
    assert not codes(result, "row.required_missing")
    assert result.manifest["files"][0]["sheets"][1]["set_aside"]["continuation"] == 1
