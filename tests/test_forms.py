"""Records kept as forms, not rows (fzlib/ingest/forms.py): a sheet or a Word table that is one filled registration
form is one record; a blank form (模板) is none; a register kept sideways (fields down column A) is a record per
column; a register of rows is never taken for a form."""

from __future__ import annotations

import docx
from docx.enum.text import WD_BREAK

from fzlib.ingest.forms import MAX_FORM_ROWS, as_records
from fzlib.ingest.read import Sheet
from fzlib.ingest.recognise import header_words
from fzlib.spec import load_specs

import builders
from builders import clean, codes


def mediation_form(number: str, day: str, result: str, form: str, subsidy) -> list[list]:
    """A 人民调解案件登记表 as a 司法所 prints it: a title, the 卷号 line (label and value in one cell), label/value
    pairs three to a line, a merged 纠纷简要情况, a signature and date block under it."""
    return [
        ["人民调解案件登记表", None, None, None, None, None],
        [None, None, None, f"卷号：{number}", None, None],
        ["申请人", "甲某", "性别", "男", "联系电话", "13900000000"],
        ["被申请人", "乙某", "性别", "女", "联系电话", "13900000001"],
        ["受理日期", day, "纠纷类型", "邻里纠纷", "调解组织", "某镇人民调解委员会"],
        ["纠纷简要情况", "因排水沟走向发生争执。", None, None, None, None],
        ["调解结果", result, "协议形式", form, "补贴金额（元）", subsidy],
        [None],
        ["登记人（签名）：", "丙某", None, "某镇人民调解委员会（印章）", None, None],
        [None, None, None, "2024年12月30日", None, None],
    ]


FORM_MERGES = ["A1:F1", "D2:F2", "B6:F6"]


def blank_form() -> list[list]:
    """The same form as printed, nothing filled in: the labels, a 卷号 line of fill-in blanks, 年  月  日."""
    rows = [[cell if i % 2 == 0 else None for i, cell in enumerate(row)] for row in mediation_form("", "", "", "", "")]
    rows[0][0], rows[1][3], rows[9][3] = "人民调解案件登记表", "卷号：（    ）某调字第    号", "    年  月  日"
    rows[8][3] = "某镇人民调解委员会（印章）"
    return rows


def test_one_sheet_per_case_each_a_filled_form_is_one_record(tmp_path):
    sheets = {
        "1": mediation_form("（2024）某调字第1号", "2024年3月5日", "调解成功", "书面协议", 300),
        "2": mediation_form("（2024）某调字第2号", "2024年4月8日", "调解成功", "口头协议", 100),
        "3": mediation_form("（2024）某调字第3号", "2024年5月9日", "调解不成功", None, None),
    }
    builders.xlsx(tmp_path / "人民调解案件登记表.xlsx", sheets, merged={n: FORM_MERGES for n in sheets})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.written"], got["mediation.oral"]) == (2, 1, 1)
    assert got["mediation.subsidy_yuan"] == 400
    # The signature block's date (2024年12月30日) is no 受理日期, and the labels are no record.
    assert sorted(result.tables["mediation"]["accepted_on"].astype(str)) == ["2024-03-05", "2024-04-08", "2024-05-09"]


def test_a_blank_template_sheet_is_named_and_never_a_record(tmp_path):
    template = blank_form()
    filled = mediation_form("（2024）某调字第1号", "2024年3月5日", "调解成功", "书面协议", 300)
    builders.xlsx(
        tmp_path / "登记表.xlsx", {"模板": template, "1": filled}, merged={"模板": FORM_MERGES, "1": FORM_MERGES}
    )
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.cases"] == 1
    assert [r["sheet"] for r in codes(result, "sheet.other_document")] == ["模板"]
    assert len(result.tables["mediation"]) == 1


def test_a_blank_template_alone_states_no_figure(tmp_path):
    template = blank_form()
    builders.xlsx(tmp_path / "登记表模板.xlsx", {"模板": template}, merged={"模板": FORM_MERGES})
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.cases"] is None  # a blank form is not a ledger of 0 cases
    assert codes(result, "sheet.other_document")


def test_a_form_missing_its_outcome_is_named_at_the_cell_beside_the_label(tmp_path):
    rows = mediation_form("（2024）某调字第1号", "2024年3月5日", None, None, None)
    builders.xlsx(tmp_path / "登记表.xlsx", {"1": rows}, merged={"1": FORM_MERGES})
    result = clean(tmp_path)
    (blank,) = codes(result, "cell.required_blank")
    assert (blank["sheet"], blank["cell"]) == ("1", "B7")  # the value cell right of 调解结果, as in the file
    assert builders.figures(result)["mediation.cases"] is None


def test_a_transposed_register_is_a_record_per_column(tmp_path):
    rows = [
        ["某镇2024年法律顾问服务记录"],
        ["序号", 1, 2, 3, 4],
        ["服务日期", "2024.3.5", "2024.4.8", "2024.6.1", "2024.9.9"],
        ["服务村（社区）", "东村", "西村", "东村", "南村"],
        ["服务类型", "法律咨询", "审查合同", "法律咨询", "出具法律意见书"],
        ["数量", 3, None, 2, 1],
        ["法律顾问", "丁某", "丁某", "戊某", "戊某"],
    ]
    builders.xlsx(tmp_path / "法律顾问服务记录.xlsx", {"服务记录": rows})
    got = builders.figures(clean(tmp_path))
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (5, 1, 1)


def test_word_forms_one_per_item_on_pages_of_their_own_are_one_record_each(tmp_path):
    document = docx.Document()
    items = [("XF-001", "县联办", "2024.3.5", "已化解"), ("XF-002", "本级受理", "2024.4.9", "正在化解"),
             ("XF-003", "市联办", "2023.12.28", "已化解")]  # fmt: skip
    for i, (number, source, day, status) in enumerate(items):
        if i:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph("信访事项登记表")
        rows = [["编号", number, "登记日期", day], ["信访人", "某某", "联系电话", "13900000000"],
                ["交办单位", source, "交办日期", day], ["反映问题", "道路硬化", "", ""], ["办理结果", status, "承办人", "某某"]]  # fmt: skip
        table = document.add_table(rows=len(rows), cols=4)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        document.add_paragraph("登记人：某某　　　2024年12月31日")
    document.save(tmp_path / "信访事项登记表.docx")
    result = clean(tmp_path)
    got = builders.figures(result)
    # XF-002 (本级受理) is in hand but no assigned item: 正在化解 counts the assigned only (issue 12).
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (1, 1, 0)
    assert len(codes(result, "row.out_of_year")) == 1


def test_a_training_record_form_per_session_titled_in_the_forms_words_is_a_session_each(tmp_path):
    # A 培训记录表 per session in one Word file: 培训时间 | 2024年3月8日 | 培训地点 | … / 培训对象 | … | 参训人数 | 36人 /
    # 培训内容 | … | 主讲人 | … . 培训时间 and 培训内容 are the register's 日期 and 名称: with them the form names its
    # fields (it had been read as a register whose header was its first line, 法律明白人培训 无法统计).
    document = docx.Document()
    sessions = [("2024年3月8日", "各村（社区）法律明白人", "36人"), ("2024年5月21日", "镇机关干部职工", "48人"),
                ("2024年7月16日", "法律明白人", "29人")]  # fmt: skip
    for day, audience, people in sessions:
        document.add_paragraph("培训记录表")
        rows = [["培训时间", day, "培训地点", "镇政府会议室"], ["培训对象", audience, "参训人数", people],
                ["培训内容", "民法典宣讲", "主讲人", "某某"], ["培训形式", "线下集中授课", "记录人", "某某"]]  # fmt: skip
        table = document.add_table(rows=len(rows), cols=4)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    document.save(tmp_path / "普法培训记录表（2024）.docx")
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2
    assert codes(result, "column.unknown") == []


def test_a_small_register_of_rows_is_never_read_as_a_form(tmp_path):
    rows = [["卷宗号", "受理日期", "调解结果", "协议形式"], ["（2024）某调字第1号", "2024-03-05", "调解成功", "口头"],
            ["（2024）某调字第2号", "2024-04-05", "调解成功", "书面"]]  # fmt: skip
    builders.xlsx(tmp_path / "调解台账.xlsx", {"Sheet1": rows})
    assert builders.figures(clean(tmp_path))["mediation.cases"] == 2


class _RowsWatched(list):
    """A sheet's rows that remember how far down they were read."""

    reached = 0

    def __getitem__(self, k):
        stop = (len(self) if k.stop is None else k.stop) if isinstance(k, slice) else k + 1
        self.reached = max(self.reached, stop)
        return super().__getitem__(k)

    def __iter__(self):
        self.reached = len(self)
        return super().__iter__()


def test_a_register_of_thousands_of_rows_is_passed_over_at_once():
    # Its first lines decide: a register is never read through as a form (nor as two-line records) however long.
    words = header_words(load_specs())
    rows = _RowsWatched([["序号", "卷宗号", "受理日期"], *([i, f"第{i}号", "2024-03-05"] for i in range(20_000))])
    tall = Sheet("台账", rows)
    (same,) = as_records([tall], words)
    assert same is tall and rows.reached <= MAX_FORM_ROWS


def test_a_label_merged_over_two_cells_has_its_value_right_of_the_merge(tmp_path):
    rows = [
        ["信访事项登记表", None, None, None, None, None],
        ["编号", None, "XF-001", "交办单位", None, "县联办"],
        ["交办日期", None, "2024-03-05", "办理结果", None, "已化解"],
        ["反映问题", None, "道路硬化", None, None, None],
    ]
    merged = ["A1:F1", "A2:B2", "D2:E2", "A3:B3", "D3:E3", "A4:B4", "C4:F4"]
    builders.xlsx(tmp_path / "信访登记表.xlsx", {"1": rows}, merged={"1": merged})
    got = builders.figures(clean(tmp_path))
    assert (got["petitions.assigned"], got["petitions.resolved"]) == (1, 1)


def test_a_register_whose_values_happen_to_be_label_words_stays_a_register(tmp_path):
    # Who served is written 法律顾问 (a label's word) on every row, the known titles stand apart on the header
    # line: most cells are no label's value, so the grid is a register read as rows, never as one form.
    rows = [["服务日期", "地点", "服务事项", "服务人员", "备注"]]
    rows += [[f"2024-0{m}-05", "村委会", "法律咨询", "法律顾问", None] for m in range(1, 6)]
    builders.xlsx(tmp_path / "法律顾问服务记录.xlsx", {"Sheet1": rows})
    assert builders.figures(clean(tmp_path))["counsel.consultations"] == 5


def test_forms_printed_one_under_another_are_a_record_each(tmp_path):
    # A year's forms pasted down one sheet (or one Word table), the title line between them: 12 forms, 120 lines.
    rows = []
    for n in range(1, 13):
        rows += mediation_form(f"（2024）某调字第{n}号", f"2024年{n}月5日", "调解成功" if n % 3 else "调解不成功",
                               "书面协议" if n % 3 else None, 300 if n % 3 else None)  # fmt: skip
    builders.xlsx(tmp_path / "人民调解案件登记表汇总.xlsx", {"登记表": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (8, 2400)
    assert sorted(result.tables["mediation"]["_row"].astype(int))[:2] == [
        3,
        13,
    ]  # each record at its own form's second line


def test_two_parties_lines_in_one_form_are_not_two_forms(tmp_path):
    rows = [
        ["人民调解申请书", None, None, None, None, None],
        ["申请人", "甲某", "联系电话", "13900000000", "调解组织", "某村调委会"],
        ["卷宗号", "（2024）某调字第1号", "受理日期", "2024-03-05", "纠纷类型", "邻里纠纷"],
        ["申请人", "乙某", "联系电话", "13900000001", "调解组织", "某村调委会"],
        ["调解结果", "调解成功", "协议形式", "口头", "补贴金额（元）", 100],
    ]
    builders.xlsx(tmp_path / "调解申请书.xlsx", {"1": rows})
    assert builders.figures(clean(tmp_path))["mediation.cases"] == 1


def form_of_town(town: str, number: str, subsidy) -> list[list]:
    """The mediation form with a 乡镇 line above the parties, as a county's 司法局 prints it for every town."""
    form = mediation_form(number, "2024年3月5日", "调解成功", "书面协议", subsidy)
    form[1] = ["乡镇", town, None, f"卷号：{number}", None, None]
    return form


def test_forms_whose_town_label_names_another_town_are_that_towns_records(tmp_path):
    # A county's book of a sheet per case: each form names its town (乡镇 | 杏花乡). Two are 桃源镇's, one 杏花乡's.
    sheets = {
        "1": form_of_town("桃源镇", "（2024）桃调字第1号", 300),
        "2": form_of_town("杏花乡", "（2024）杏调字第1号", 100),
        "3": form_of_town("桃源", "（2024）桃调字第2号", 100),
    }
    builders.xlsx(tmp_path / "人民调解案件登记表.xlsx", sheets)
    result = clean(tmp_path, options={"town": "桃源镇"})
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (2, 400)
    (note,) = codes(result, "sheet.other_town")
    assert (note["sheet"], note["detail"]) == ("2", "杏花乡")
    assert not codes(result, "column.town_single")  # never said to be read as the town's
    # The town's name unknown: no figure rests on forms of two towns.
    unknown = builders.figures(clean(tmp_path, options={"town": "梨园镇"}))
    assert unknown["mediation.cases"] is None


def test_a_register_kept_sideways_with_a_town_line_counts_only_the_towns_columns(tmp_path):
    rows = [
        ["人民调解案件登记台账"],
        ["乡镇", "桃源镇", "杏花乡", "桃源镇"],
        ["卷宗号", "桃调1号", "杏调1号", "桃调2号"],
        ["受理日期", "2024-03-05", "2024-03-06", "2024-03-07"],
        ["调解结果", "调解成功", "调解成功", "调解成功"],
        ["协议形式", "口头", "书面", "书面"],
        ["补贴金额（元）", 100, 300, 300],
    ]
    builders.xlsx(tmp_path / "人民调解台账.xlsx", {"台账": rows})
    result = clean(tmp_path, options={"town": "桃源镇"})
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (2, 400)
    (note,) = codes(result, "row.other_town")
    assert note["value"] == "1"


def test_a_form_struck_through_as_a_whole_is_no_record(tmp_path):
    # The clerk cancels a registration form by striking every line of it (删除线), as a register's row is struck.
    import openpyxl
    from openpyxl.styles import Font

    sheets = {
        "1": mediation_form("（2024）某调字第1号", "2024年3月5日", "调解成功", "书面协议", 300),
        "2": mediation_form("（2024）某调字第2号", "2024年4月8日", "调解成功", "口头协议", 100),
    }
    path = builders.xlsx(tmp_path / "人民调解案件登记表.xlsx", sheets)
    book = openpyxl.load_workbook(path)
    for row in book["2"].iter_rows():
        for cell in row:
            cell.font = Font(strike=True)
    book.save(path)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.subsidy_yuan"]) == (1, 300)
    (note,) = codes(result, "sheet.struck_rows")
    assert note["sheet"] == "2"


def test_an_activity_record_form_between_a_seal_line_and_signatures_is_still_a_form(tmp_path):
    # 荷塘镇's 活动记录表 re-saved with 填报单位（盖章） above and 填表人 / 审核人 lines below: lines of one cell that is no
    # label stand around any table; counted as the grid's cells they had outweighed its labels, and the form was read as
    # a register missing its date (column.missing), leaving every training figure unknown.
    activity = [
        ["填报单位（盖章）：                    填报时间：    年  月  日"],
        [],
        ["某镇普法活动记录表"],
        ["活动名称", "宪法进村宣传", "活动时间", "2024.6.7"],
        ["活动地点", "某村", "活动形式", "集中宣传"],
        ["活动对象", "村民群众", "组织单位", "镇司法所"],
        ["参与人数", "约200人", None, None],
        ["活动内容", "发放宣传资料，解答群众法律咨询。", None, None],
        ["记录人", "甲某", "审核人", "乙某"],
        [],
        ["注：本表数据为虚构"],
        [],
        ["填表人：（签字）"],
        ["审核人：（签字）          负责人：（签字）"],
    ]
    builders.xlsx(tmp_path / "普法活动记录表1.xlsx", {"活动记录表": activity})
    result = clean(tmp_path)
    assert codes(result, "column.missing") == []
    assert result.tables["training"]["audience"].tolist() == ["群众"]
