"""The ledger engine: messy files in, the right records and issue codes out, every row accounted for."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from fzlib.cli import main
from fzlib.ingest.clean import YearCleaner
from fzlib.ingest.keys import _forms, identities
from fzlib.spec import load_specs

import builders


def clean(raw: Path, year: int = 2024, **kw):
    return YearCleaner(year, raw, **kw).run()


def codes(result) -> list[str]:
    return sorted(result.issues["code"])


def test_title_rows_header_on_row_3_and_total_row(tmp_path):
    rows = [
        ["2024年行政执法案件台账（示例）"],
        ["填报单位：旺草镇"],
        builders.ENFORCEMENT_HEADER,
        *builders.enforcement_rows(5),
        ["合计", "", "", "", "", "", "", ""],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"一季度": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.licensing"] == 5
    sheet = result.manifest["files"][0]["sheets"][0]
    assert sheet["header_row"] == 3
    assert sheet["set_aside"]["title"] == 2 and sheet["set_aside"]["total"] == 1
    builders.assert_rows_conserved(result.manifest)


def test_quarterly_sheets_with_a_copied_record_count_it_once(tmp_path):
    q1 = [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]
    # Same case as row 2 of 一季度, written with other brackets, 第 dropped and zero padding.
    copy = [1, "旺草许字[2024]001号", "事项1", "许可", "旺草镇人民政府", "2024-03-02", "张三", ""]
    q2 = [builders.ENFORCEMENT_HEADER, copy, *builders.enforcement_rows(2, start=10)]
    builders.xlsx(tmp_path / "执法.xlsx", {"一季度": q1, "二季度": q2, "填表说明": [["1. 按季度填写"]]})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.cases"] == 5
    dup = result.issues[result.issues["code"] == "row.duplicate"].iloc[0]
    assert (dup["sheet"], dup["row"]) == ("二季度", 2)
    assert "sheet.no_table" in codes(result)
    builders.assert_rows_conserved(result.manifest)


def test_two_lists_numbered_by_serial_alone_do_not_hide_a_decision_copied_into_a_second_register(tmp_path):
    """A 处罚决定书登记簿 and the office's 执法案件台账 both list 罚〔2024〕1–3号; beside them two lists keyed by
    their 序号 alone (a 双随机 抽查 list, a 政务服务 办件 list) whose 1 2 3 are other records. Their 序号 meeting
    outvoted the document numbers: the three decisions were counted twice (penalties 8 → 11)."""
    penalties = [["序号", "决定书文号", "案由", "处罚种类", "决定日期"]]
    penalties += [[i, f"某综执罚〔2024〕{i}号", "占道经营", "罚款", f"2024-0{i}-05"] for i in range(1, 9)]
    register = [["序号", "案件编号", "案件名称", "执法类别", "办理日期"]]
    register += [[i, f"某综执罚〔2024〕{i}号", "违规处理", "行政处罚", f"2024-0{i}-05"] for i in range(1, 4)]
    checks = [["序号", "抽查事项", "检查对象", "抽查时间", "检查结果"]]
    checks += [[i, "农资经营检查", f"某农资店{i}", f"2024-0{i}-13", "未发现问题"] for i in range(1, 7)]
    permits = [["序号", "事项名称", "执法类别", "办结日期"]]
    permits += [[i, "农村村民宅基地审批", "行政许可", f"2024-0{i}-20"] for i in range(1, 6)]
    builders.xlsx(tmp_path / "行政处罚决定书登记簿.xlsx", {"Sheet1": penalties})
    builders.xlsx(tmp_path / "执法案件台账.xlsx", {"Sheet1": register})
    builders.xlsx(tmp_path / "双随机抽查台账.xlsx", {"Sheet1": checks})
    builders.xlsx(tmp_path / "许可办件.xlsx", {"Sheet1": permits})
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["enforcement.penalty"], figures["enforcement.inspection"]) == (8, 6)
    assert (figures["enforcement.licensing"], figures["enforcement.cases"]) == (5, 19)
    assert [r["file"] for r in builders.codes(result, "row.duplicate")] == ["行政处罚决定书登记簿.xlsx"] * 3
    builders.assert_rows_conserved(result.manifest)


def test_instructions_saved_apart_from_their_ledger_are_a_note_not_an_unknown_ledger(tmp_path):
    # The 填表说明 sheet saved as a book of its own beside the ledger: nothing to read and no kind's
    # records missing, so no 错误 that would stop the report.
    builders.xlsx(tmp_path / "执法.xlsx", {"台账": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]})
    builders.xlsx(tmp_path / "执法-填表说明.xlsx", {"填表说明": [["填表说明："], ["1. 按季度填写"], ["2. 日期写全"]]})
    result = clean(tmp_path)
    assert "file.unknown_kind" not in codes(result)
    assert [r["file"] for r in builders.codes(result, "sheet.no_table")] == ["执法-填表说明.xlsx"]
    assert builders.figures(result)["enforcement.cases"] == 3
    # So are a bound ledger's cover, contents and notes saved apart (台账-封面.xlsx, 台账-目录.xlsx, 台账-说明.xlsx).
    builders.xlsx(tmp_path / "执法-封面.xlsx", {"封面": [["某镇2024年行政执法台账"], ["某镇综合行政执法队"]]})
    builders.xlsx(tmp_path / "执法-目录.xlsx", {"目录": [["序号", "内容", "页码"], [1, "执法案件登记", 1]]})
    builders.xlsx(tmp_path / "执法-说明.xlsx", {"说明": [["本台账按季度报送"], ["数据截至2024年12月31日"]]})
    result = clean(tmp_path)
    assert "file.unknown_kind" not in codes(result)
    assert builders.figures(result)["enforcement.cases"] == 3


def test_a_case_in_two_mediators_lists_takes_its_subsidy_from_the_copy_that_states_it(tmp_path):
    # Each mediator keeps a list (one sheet each); a case mediated by two is in both, and the helper's
    # copy leaves the tier and subsidy blank (一案一补: the lead claims it). One case, one subsidy, and
    # the subsidy is the lead's whichever sheet comes first; a copy never overrides what the first says.
    header = ["序号", "卷宗号", "受理日期", "调解结果", "协议形式", "案件等级", "补贴金额（元）"]
    helper = [header, [1, "(2024)松人调字第3号", "2024/3/5", "调解成功", "书面协议", "", ""]]
    lead = [
        header,
        [1, "（2024）松人调字第3号", "2024/3/5", "调解成功", "书面协议", "疑难", 200],
        [2, "（2024）松人调字第4号", "2024/3/9", "调解成功", "口头协议", "一般", 50],
    ]
    builders.xlsx(tmp_path / "人民调解员办案登记.xlsx", {"调解员甲": helper, "调解员乙": lead})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.written"], got["mediation.subsidy_yuan"]) == (2, 1, 250)
    dup = result.issues[result.issues["code"] == "row.duplicate"].iloc[0]
    assert dup["sheet"] == "调解员乙"
    # A helper's list without the tier and subsidy columns at all: the lead's copy still states them.
    helper = [header[:5], [1, "(2024)松人调字第3号", "2024/3/5", "调解成功", "书面协议"]]
    builders.xlsx(tmp_path / "人民调解员办案登记.xlsx", {"调解员甲": helper, "调解员乙": lead})
    assert builders.figures(clean(tmp_path))["mediation.subsidy_yuan"] == 250


def test_previous_year_record_is_flagged_and_excluded(tmp_path):
    rows = [
        builders.ENFORCEMENT_HEADER,
        *builders.enforcement_rows(2),
        [9, "旺草许字〔2023〕第9号", "事项", "行政许可", "旺草镇人民政府", "2023年12月28日", "李四", ""],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.cases"] == 2
    issue = result.issues[result.issues["code"] == "row.out_of_year"].iloc[0]
    assert issue["cell"] == "F4"


def test_two_row_merged_header_reads_the_lower_titles(tmp_path):
    header1 = ["序号", "卷宗号", "受理日期", "当事人", "", "协议形式", "调解结果", "补贴金额"]
    header2 = ["", "", "", "申请人", "被申请人", "", "", ""]
    rows = [
        ["人民调解案件登记台账"],
        header1,
        header2,
        [1, "（2024）旺人调字第1号", "2024/3/5", "王五", "赵六", "口头协议", "成功", "50元"],
        [2, "（2024）旺人调字第2号", "20240306", "王七", "赵八", "调解协议书", "调解成功", "贰佰"],
    ]
    builders.xlsx(tmp_path / "调解.xlsx", {"台账": rows}, merged={"台账": ["D2:E2", "A2:A3", "B2:B3"]})
    result = clean(tmp_path)
    table = result.tables["mediation"]
    assert list(table["form"]) == ["口头", "书面"]
    assert list(table["subsidy_yuan"]) == [50, 200]
    assert table["applicant"].str.startswith("P-").all()  # pseudonymised, never the raw name
    assert builders.figures(result)["mediation.subsidy_yuan"] == 250
    builders.assert_rows_conserved(result.manifest)


def test_gb18030_csv_with_header_on_row_3(tmp_path):
    rows = [
        ["政务公开台账"],
        ["填报单位：旺草镇党政办"],
        ["序号", "信息标题", "发布日期", "公开类型", "载体"],
        [1, "关于某事的通知", "2024/5/6", "主动公开", "门户网站"],
        [2, "某工作动态", "2024年5月7日", "宣传报道", "媒体报道"],
    ]
    builders.csv_file(tmp_path / "公开.csv", rows, encoding="gb18030")
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["disclosure.proactive"], figures["disclosure.media"], figures["disclosure.on_request"]) == (1, 1, 0)


def test_html_exported_as_xls_is_read_by_content(tmp_path):
    rows = [
        ["编号", "排查日期", "村（社区）", "纠纷类型", "化解状态"],
        ["PC-1", "2024-01-05", "晨光村", "邻里纠纷", "已调处化解"],
        ["PC-2", "2024-01-06", "广怀村", "宅基地", "稳控中"],
    ]
    builders.html_xls(tmp_path / "排查.xls", rows, title="矛盾纠纷排查化解台账")
    result = clean(tmp_path)
    assert result.manifest["files"][0]["format"] == "html"
    assert builders.figures(result)["disputes.resolution_rate"] == 0.5


def test_unknown_category_is_flagged_with_cell_and_suggestion(tmp_path):
    rows = [
        builders.ENFORCEMENT_HEADER,
        *builders.enforcement_rows(1),
        [2, "旺草检字〔2024〕2号", "检查", "行政检察", "旺草镇人民政府", "2024-04-01", "", ""],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": rows})
    issue = clean(tmp_path).issues.query("code == 'vocab.unknown'").iloc[0]
    assert (issue["cell"], issue["value"], issue["detail"]) == ("D3", "行政检察", "行政检查")


def test_a_dispute_type_no_statistics_class_grounds_is_an_error_naming_every_class_and_the_params_line(tmp_path):
    # 用水纠纷 and 施工纠纷 (那岜乡's 屯 registers): the 人民调解 statistics (婚姻家庭 … 其他, fzlib/specs/vocabularies.yaml)
    # have no class for them and no official form says where they go, so no class is guessed. The error named twelve
    # of the sixteen classes (等16项), 其他 not among them: it names every one, and the line registering the town's word.
    rows = [["序号", "排查时间", "纠纷类型", "化解情况"], [1, "2024-03-05", "用水纠纷", "已化解"]]
    rows += [[2, "2024-04-05", "施工纠纷", "已化解"], [3, "2024-04-06", "邻里纠纷", "已化解"]]
    builders.xlsx(tmp_path / "矛盾纠纷排查台账.xlsx", {"Sheet1": rows})
    found = builders.codes(clean(tmp_path), "vocab.unknown")
    assert [(e["value"], e["level"]) for e in found] == [("用水纠纷", "错误"), ("施工纠纷", "错误")]
    classes = list(load_specs()["disputes"].field("dispute_type").vocabulary)
    assert found[0]["expected"].split("、") == classes and classes[-1] == "其他"
    assert "variants: {dispute_type: {<规定选项>: [用水纠纷]}}" in found[0]["message"]


def test_missing_required_value_excludes_the_row_and_the_figures_say_so(tmp_path):
    rows = [
        builders.ENFORCEMENT_HEADER,
        *builders.enforcement_rows(20),
        [21, "", "无编号", "行政许可", "旺草镇人民政府", "2024-04-01", "", ""],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    # By default a count lacking a record it may hold is not published: 20 is a lower bound.
    cases = builders.evidence(result)["enforcement.cases"]
    assert (cases.value, cases.status, cases.excluded) == (None, "unavailable", 1)
    assert "1条记录因必填项为空或无法识别未计入" in cases.reason
    # Where they are, as an office finds them (the reason had named no file: a county's 无法统计 sent it to search).
    assert "执法.xlsx「Sheet1」" in cases.reason
    # An office that accepts 部分统计 figures while it corrects its ledgers (max_unusable_share: 0.1).
    cases = builders.evidence(result, max_unusable=0.1)["enforcement.cases"]
    assert (cases.value, cases.status, cases.excluded) == (20, "partial", 1)
    assert result.issues.query("code == 'row.required_missing'")["cell"].tolist() == ["B22"]
    builders.assert_rows_conserved(result.manifest)


def test_a_record_without_its_category_is_still_a_case_but_no_category_counts_it(tmp_path):
    """Only the date and the key place a record; another required value missing leaves the record
    out of the figures that use that field alone."""
    rows = [
        builders.ENFORCEMENT_HEADER,
        *builders.enforcement_rows(20),
        [21, "旺草罚字〔2024〕第9021号", "无类别", "", "旺草镇人民政府", "2024-04-01", "", ""],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    found = builders.evidence(result)
    assert (found["enforcement.cases"].value, found["enforcement.cases"].status) == (21, "ok")
    licensing = found["enforcement.licensing"]
    assert (licensing.value, licensing.status, licensing.excluded) == (None, "unavailable", 1)
    assert "1条记录的“执法类别”无法识别" in licensing.reason
    licensing = builders.evidence(result, max_unusable=0.1)["enforcement.licensing"]
    assert (licensing.value, licensing.status) == (20, "partial")
    assert result.issues.query("code == 'cell.required_blank'")["cell"].tolist() == ["D22"]
    assert result.issues.query("code == 'cell.required_blank'")["level"].tolist() == ["错误"]
    builders.assert_rows_conserved(result.manifest)


def test_a_placeholder_in_a_required_cell_is_an_error_on_that_cell_like_a_blank(tmp_path):
    """—, / and 无 stand for nothing: the record leaves the count (no date, no number) or the figures
    by category, and the cell is named for the analyst to fill, as a blank cell is."""
    rows = [
        builders.ENFORCEMENT_HEADER,
        *builders.enforcement_rows(3),
        [4, "旺草罚字〔2024〕第9004号", "类别是横线", "—", "旺草镇人民政府", "2024-04-01", "", ""],
        [5, "旺草罚字〔2024〕第9005号", "日期是斜线", "行政处罚", "旺草镇人民政府", "/", "", ""],
        [6, "无", "编号是无", "行政处罚", "旺草镇人民政府", "2024-04-03", "", ""],
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    errors = result.issues.query("level == '错误'").set_index("cell")["code"].to_dict()
    assert errors == {"D5": "cell.required_blank", "F6": "row.required_missing", "B7": "row.required_missing"}
    assert result.manifest["files"][0]["sheets"][0]["kept"] == 4


def test_a_figure_resting_on_too_few_usable_records_is_unavailable_not_a_guess(tmp_path):
    rows = [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]
    rows += [
        [i, f"旺草许字〔2024〕第{i}号", "事项", "处罚决定", "旺草镇人民政府", "2024-04-01", "", ""] for i in (3, 4)
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": rows})
    found = builders.evidence(clean(tmp_path))
    assert found["enforcement.cases"].value == 4  # the unknown category does not touch the total
    assert found["enforcement.licensing"].value is None
    assert found["enforcement.licensing"].reason.startswith("2条记录的“执法类别”无法识别")


def test_bad_files_are_named_and_the_good_ones_still_written(tmp_path, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    builders.xlsx(raw / "执法.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(4)]})
    (raw / "损坏.xlsx").write_bytes(b"PK\x03\x04 this is not a real zip archive")
    (raw / "空白.csv").write_bytes(b"")
    builders.xlsx(raw / "购物清单.xlsx", {"Sheet1": [["商品", "价格", "数量"], ["苹果", 3, 2]]})
    code = main(["clean", "--year", "2024", "--raw", str(raw), "--out", str(out)])
    printed = capsys.readouterr()
    assert code == 1
    for name in ("损坏.xlsx", "空白.csv", "购物清单.xlsx"):
        assert name in printed.out
    assert "Traceback" not in printed.out + printed.err
    assert pd.read_parquet(out / "enforcement.parquet").shape[0] == 4
    issues = pd.read_parquet(out / "issues.parquet")
    assert set(issues.loc[issues["file"] != "执法.xlsx", "code"]) == {
        "file.unreadable",
        "file.empty",
        "file.unknown_kind",
    }


def test_excluded_file_does_not_fail_the_run(tmp_path, capsys):
    raw = tmp_path / "raw"
    builders.xlsx(raw / "执法.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(1)]})
    (raw / "旧文件.xlsx").write_bytes(b"garbage")
    assert YearCleaner(2024, raw, exclude=["旧文件.xlsx"]).run().failed_files == []


def test_kind_override_for_a_file_that_cannot_be_told(tmp_path):
    # 日期 + 事项类型 fit both the counsel and the security ledger equally well.
    rows = [["日期", "事项类型"], ["2024-02-01", "法律意见书"]]
    builders.xlsx(tmp_path / "杂项.xlsx", {"Sheet1": rows})
    undecided = clean(tmp_path)
    assert undecided.failed_files == ["杂项.xlsx"]
    assert undecided.issues["code"].tolist() == ["file.unknown_kind"]
    decided = clean(tmp_path, overrides={"杂项.xlsx": "counsel"})
    assert decided.failed_files == []
    assert builders.figures(decided)["counsel.opinions"] == 1


def test_manifest_records_input_hashes(tmp_path):
    path = builders.xlsx(tmp_path / "执法.xlsx", {"S": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(1)]})
    import hashlib

    entry = clean(tmp_path).manifest["files"][0]
    assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_unreadable_file_named_like_a_ledger_makes_that_ledgers_figures_unavailable(tmp_path):
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(5)]})
    (tmp_path / "行政执法案件台账（下半年）.xlsx").write_bytes(b"PK\x03\x04" + bytes(100))
    found = builders.evidence(clean(tmp_path))
    cases = found["enforcement.cases"]
    assert cases.value is None and "行政执法案件台账（下半年）.xlsx" in cases.reason
    assert found["disputes.screened"].reason == "本年度未提供矛盾纠纷排查化解台账"


def test_a_word_table_with_a_merged_header_and_a_type_merged_down_reads_like_a_workbook(tmp_path):
    header1 = ["序号", "卷宗号", "受理日期", "当事人", "", "纠纷类型", "调解结果", "补贴金额"]
    header2 = ["", "", "", "申请人", "被申请人", "", "", ""]
    rows = [
        header1,
        header2,
        [1, "（2024）旺人调字第1号", "2024/3/5", "王五", "赵六", "邻里纠纷", "调解成功", "50元"],
        [2, "（2024）旺人调字第2号", "20240306", "王七", "赵八", "", "调解成功", "贰佰"],
    ]
    # 当事人 spans two columns (gridSpan); 序号 spans two rows; 纠纷类型 is written once for both cases.
    merges = [(0, 3, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (2, 5, 3, 5)]
    builders.docx_table(tmp_path / "调解登记.docx", "旺草镇2024年人民调解案件登记表", rows, merges)
    result = clean(tmp_path)
    table = result.tables["mediation"]
    assert list(table["dispute_type"]) == ["邻里", "邻里"]
    assert list(table["subsidy_yuan"]) == [50, 200]
    assert table["applicant"].str.startswith("P-").all()
    (sheet,) = result.manifest["files"][0]["sheets"]
    assert sheet["sheet"] == "旺草镇2024年人民调解案件登记表"  # named by the paragraph above the table
    assert result.manifest["files"][0]["format"] == "docx"
    builders.assert_rows_conserved(result.manifest)


def _word_tables(path: Path, parts: list[tuple[str, list[list]]]) -> Path:
    """A Word document of tables, each under its paragraph (a title, or a note typed between a table's rows)."""
    import docx

    document = docx.Document()
    for paragraph, rows in parts:
        document.add_paragraph(paragraph)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = str(value)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


COUNSEL_HEADER = ["序号", "服务日期", "服务对象", "服务类型", "数量"]


def test_word_table_continued_after_paragraph_is_one_table(tmp_path):
    # A note typed between the register's rows splits the Word table; the rows below it carry no header.
    first = [COUNSEL_HEADER, [1, "2024.3.5", "村委会", "法律咨询", "3人次"], [2, "2024.5.8", "村民", "审查合同", 2]]
    rest = [[3, "2024.7.24", "村委会", "法律咨询", "2人次"], [4, "2024.9.10", "村民", "法律援助", 1]]
    _word_tables(
        tmp_path / "法律顾问服务台账.docx",
        [
            ("岩口村法律顾问服务记录（2024年）", first),
            ("（7月起法律顾问由李某律师接任，以下为接任后的服务记录）", rest),
        ],
    )
    result = clean(tmp_path)
    assert list(result.tables["counsel"]["quantity"]) == [3, 2, 2, 1]
    assert "sheet.unread_rows" not in codes(result)
    (sheet,) = result.manifest["files"][0]["sheets"]
    assert sheet["sheet"] == "岩口村法律顾问服务记录（2024年）"


def test_word_table_split_with_header_retyped_stays_two_tables(tmp_path):
    # 续表 with the header typed again is a table of its own; a table of another width is never joined.
    first = [COUNSEL_HEADER, [1, "2024.3.5", "村委会", "法律咨询", 3]]
    again = [COUNSEL_HEADER, [2, "2024.7.24", "村民", "法律援助", 1]]
    other = [["时间", "内容", "人次"], ["2024.8.1", "宣传", 40]]
    _word_tables(
        tmp_path / "法律顾问服务台账.docx",
        [("法律顾问服务记录（2024年）", first), ("续表", again), ("（以下为普法宣传）", other)],
    )
    result = clean(tmp_path)
    assert list(result.tables["counsel"]["quantity"]) == [3, 1]
    names = [s["sheet"] for s in result.manifest["files"][0]["sheets"]]
    # The 续表 is named for the table it goes on from (and read under its title).
    assert names == ["法律顾问服务记录（2024年）", "法律顾问服务记录（2024年）（续表）", "（以下为普法宣传）"]


def test_word_symbol_boxes_are_the_boxes_they_draw(tmp_path):
    # Insert → Symbol puts ☑ and □ into a Word form as characters of the Wingdings 2 font (w:sym R and £): the
    # text holds no box at all, yet the form says which audience was ticked.
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def symbol(paragraph, char: str) -> None:
        sym = OxmlElement("w:sym")
        sym.set(qn("w:font"), "Wingdings 2")
        sym.set(qn("w:char"), char)
        paragraph.add_run()._r.append(sym)

    document = docx.Document()
    document.add_paragraph("2024年学法用法培训登记表")
    rows = [("2024年3月5日", "F052", "F0A3"), ("2024年6月5日", "F0A3", "F052"), ("2024年9月5日", "F052", "F0A3")]
    table = document.add_table(rows=len(rows) + 1, cols=3)
    for c, title in enumerate(["序号", "培训日期", "参加对象"]):
        table.cell(0, c).text = title
    for r, (day, first, second) in enumerate(rows, start=1):
        table.cell(r, 0).text, table.cell(r, 1).text = str(r), day
        cell = table.cell(r, 2).paragraphs[0]
        symbol(cell, first)
        cell.add_run("法律明白人 ")
        symbol(cell, second)
        cell.add_run("领导干部")
    document.save(tmp_path / "学法用法台账.docx")
    result = clean(tmp_path)
    assert list(result.tables["training"]["audience"]) == ["法律明白人", "领导干部", "法律明白人"]
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2


def test_documents_that_are_not_spreadsheets_are_named_for_what_they_are(tmp_path):
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2)]})
    (tmp_path / "扫描件.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (tmp_path / "台账备份.zip").write_bytes(_zip({"a/执法.xlsx": b"x"}))
    (tmp_path / "汇报.pptx").write_bytes(_zip({"ppt/presentation.xml": b"<p/>"}))
    (tmp_path / "无表格的报告.docx").write_bytes(_zip({"word/document.xml": _BODY}))
    (tmp_path / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    (tmp_path / "desktop.ini").write_text("[.ShellClassInfo]\n")
    result = clean(tmp_path)
    problems = {f["file"]: f.get("problem") for f in result.manifest["files"]}
    assert problems == {
        "执法.xlsx": None,
        "扫描件.pdf": "file.not_a_table",
        "台账备份.zip": "file.archive",
        "汇报.pptx": "file.not_a_table",
        "无表格的报告.docx": "file.not_a_table",
    }  # the system's thumbnail cache and folder settings are not ledgers
    messages = dict(zip(result.issues["file"], result.issues["message"]))
    assert "这是一份 PDF 文件，不是表格文件" in messages["扫描件.pdf"]
    assert "请解压后把其中的台账文件放入" in messages["台账备份.zip"]
    assert "Word 文档（其中没有表格）" in messages["无表格的报告.docx"]
    assert builders.figures(result)["enforcement.licensing"] == 2


_BODY = (
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>2024年工作总结</w:t></w:r></w:p></w:body></w:document>"
).encode()


def _zip(members: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_a_copy_to_the_byte_is_one_note_and_its_records_count_once(tmp_path):
    ledger = builders.xlsx(
        tmp_path / "执法台账.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]}
    )
    (tmp_path / "执法台账 - 副本.xlsx").write_bytes(ledger.read_bytes())  # sorts before the original
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.licensing"] == 3
    (note,) = builders.codes(result, "file.copy")
    assert note["file"] == "执法台账 - 副本.xlsx" and note["level"] == "提示"
    assert "与“执法台账.xlsx”逐字节相同" in note["message"]
    assert not builders.codes(result, "row.duplicate")  # not three notes of duplicate rows


def test_the_copy_of_an_excluded_file_is_read_as_the_ledger_it_is(tmp_path):
    ledger = builders.xlsx(
        tmp_path / "执法台账.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]}
    )
    (tmp_path / "执法台账(1).xlsx").write_bytes(ledger.read_bytes())
    result = clean(tmp_path, exclude=["执法台账.xlsx"])
    assert builders.figures(result)["enforcement.licensing"] == 3
    assert not builders.codes(result, "file.copy")


def test_an_excel_2003_xml_spreadsheet_exported_as_xls_is_read_with_its_merges_gaps_and_hidden_parts(tmp_path):
    import datetime as dt

    rows = [
        ["2024年行政执法案件台账"],
        builders.ENFORCEMENT_HEADER,
        [1, "旺草许字〔2024〕第1号", "事项1", "行政许可", None, dt.datetime(2024, 3, 5), "张三", ""],  # a gap: ss:Index
        [2, "旺草许字〔2024〕第2号", "事项2", "行政许可", "旺草镇人民政府", "2024.3.6", "李四", ""],
        [3, "旺草许字〔2024〕第3号", "事项3", "行政许可", "旺草镇人民政府", dt.datetime(2024, 3, 7), "王五", "隐藏行"],
    ]
    builders.spreadsheet_ml(
        tmp_path / "执法台账（系统导出）.xls",
        {"Sheet1": rows, "作废": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(4, start=50)]},
        encoding="gb2312",
        hidden_rows=(4,),
        merge_title=7,
        hidden_sheets=("作废",),
    )
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.licensing"] == 3  # the hidden row counts; the hidden sheet does not
    assert result.manifest["files"][0]["format"] == "xml"
    assert {"sheet.hidden", "sheet.hidden_rows"} <= set(result.issues["code"])
    table = result.tables["enforcement"]
    assert list(table["decided_on"].dt.day) == [5, 6, 7]
    builders.assert_rows_conserved(result.manifest)


def test_a_yes_no_answer_read_by_its_qualifier_names_yes_and_no_as_the_choices(tmp_path):
    rows = [["序号", "姓名", "管控状态", "是否取得联系", "登记日期"], [1, "某甲", "在管", "是（电话）", "2024-03-01"]]
    builders.xlsx(tmp_path / "涉诈.xlsx", {"管控": rows})
    (note,) = builders.codes(clean(tmp_path), "vocab.assumed")
    assert note["message"].endswith("如理解有误，请改为规定选项之一：是、否。")  # no vocabulary to register words in


def test_a_counsels_other_services_leave_the_four_counsel_figures_known(tmp_path):
    """A counsel's log lists services beside the four the report counts (列席会议, 参与信访接待, 普法宣传):
    they are known services, counted in none of the four, not values that make the four unknown."""
    rows = [["序号", "服务日期", "服务类型", "数量"]]
    services = ["法律咨询", "解答法律咨询", "列席会议", "参与信访接待", "普法宣传", "审核合同", "代理行政诉讼案件"]
    rows += [[i, f"2024-03-{i:02d}", s, 2] for i, s in enumerate(services, 1)]
    builders.xlsx(tmp_path / "法律顾问服务台账.xlsx", {"Sheet1": rows})
    found = builders.figures(clean(tmp_path))
    assert (found["counsel.consultations"], found["counsel.document_reviews"]) == (4, 2)
    assert (found["counsel.opinions"], found["counsel.legal_aid"]) == (0, 0)


def test_the_issues_table_built_straight_from_texts_is_the_one_pandas_infers_and_retypes():
    import numpy as np
    import pandas.testing as pt

    from fzlib.ingest import issues

    rows = [
        {"code": "vocab.assumed", "file": "执法.xlsx", "sheet": "登记", "row": np.int64(3), "cell": "C3",
         "value": "许可（普通）", "detail": "行政许可", "kind": "enforcement"},
        {"code": "id.checksum", "file": "执法.xlsx", "sheet": "登记", "row": 4, "value": "110101199003071234"},
        {"code": "file.copy", "file": "执法 - 副本.xlsx", "detail": "执法.xlsx", "expected": None},
    ]  # fmt: skip
    shown = [{**r, "value": None} if r["code"] in issues.VALUE_HIDDEN else r for r in rows]
    inferred = issues._inferred_frame(rows, [issues.render(r) for r in shown])
    built = issues.frame(rows)
    pt.assert_frame_equal(built, inferred, check_exact=True)
    assert built["value"].tolist()[1] is pd.NA  # a personal number never reaches the table
    # A value of another type (a number read from a cell) is retyped from what pandas infers, as before.
    number = [{**rows[0], "value": 86}]
    pt.assert_frame_equal(issues.frame(number), issues._inferred_frame(number, [issues.render(number[0])]))


def test_every_note_made_once_per_sheet_says_how_many_cells_it_stands_for():
    # A per-sheet note stands for every cell of its sheet and field alike: case_no.rounded of three rows said 本行.
    from fzlib.ingest import issues

    for code, kind in issues.CATALOGUE.items():
        if kind.per_sheet:
            row = {
                "code": code,
                "file": "台账.xlsx",
                "value": "339901202503050000",
                "detail": "x",
                "header": "编号",
                "times": 3,
            }
            assert "（共 3 处）" in issues.render(row), code
            assert "（共 1 处）" not in issues.render({**row, "times": 1}), code


@pytest.mark.parametrize(
    ("written", "missing"),
    [
        ("202403", "缺少日，"),
        ("2024年3月", "缺少日，"),
        ("二〇二四年三月", "缺少日，"),
        ("3月5日", "缺少年份，"),
        ("3.5", "缺少年份，"),
        ("3月", "缺少年份和日，"),
    ],
)
def test_a_date_lacking_a_part_is_told_which_part_it_lacks(written, missing):
    # 202403 had been told 缺少年份或日: the office had to work out which, though the cleaner knew the year.
    from fzlib.ingest import issues
    from fzlib.ingest.cleaners import CLEANERS

    got = CLEANERS["date"](pd.Series([written], dtype=object), year=2024)
    assert got.codes.tolist() == ["date.partial"]
    row = {"code": "date.partial", "file": "台账.xlsx", "value": written, "detail": got.detail.iloc[0]}
    assert f"日期“{written}”{missing}已按 {got.detail.iloc[0]} 处理" in issues.render(row)


def test_what_records_say_is_read_only_where_two_runs_share_a_number():
    keys = pd.Series(["1", "2", "3", "旺〔2024〕1号"], dtype="string")
    part_of, rows = np.array([0, 0, 0, 1]), np.array([3, 4, 5, 3])
    asked = []
    content = lambda: asked.append(True) or pd.Series(["a", "b", "c", "d"])  # noqa: E731
    assert identities(keys, part_of, rows, content).tolist() == ["1", "2", "3", "旺〔2024〕1号"]
    assert asked == []  # one run: no number met twice
    two_runs = pd.Series(["1", "2", "1", "2"], dtype="string")
    identities(two_runs, np.array([0, 0, 1, 1]), np.array([3, 4, 3, 4]), content)
    assert asked == [True]


def test_a_document_number_in_a_month_sheet_and_in_a_catalogue_is_one_document_though_they_fill_other_columns():
    # A review register split into month sheets (one document in 2月) meets the 清理目录's numbering 1 1 1 2: the
    # register says 同意出台, the catalogue 继续有效, the day both fill is the same: one document, never two.
    keys = pd.Series(
        ["柏府规〔2024〕1号", "柏府规〔2023〕1号", "柏府规〔2024〕1号", "柏府规〔2024〕2号"], dtype="string"
    )
    part_of, rows = np.array([0, 1, 1, 1]), np.array([4, 4, 5, 6])
    said = pd.Series(
        [
            "\x1f2024-03-12\x1f同意出台\x1f",
            "\x1f2023-05-01\x1f\x1f继续有效",
            "\x1f2024-03-12\x1f\x1f继续有效",
            "\x1f2024-06-03\x1f\x1f继续有效",
        ]
    )
    out = identities(keys, part_of, rows, said)
    assert out[0] == out[2]
    # Its day told otherwise, it is another record's number: kept apart.
    other_day = said.copy()
    other_day[0] = "\x1f2024-09-10\x1f同意出台\x1f"
    out = identities(keys, part_of, rows, other_day)
    assert out[0] != out[2]
    # A bare 序号 names nothing: records saying other things in their other columns stay two records.
    bare = pd.Series(["1", "1", "2"], dtype="string")
    out = identities(
        bare,
        np.array([0, 1, 1]),
        np.array([4, 4, 5]),
        pd.Series(["\x1f2024-03-12\x1f同意出台\x1f", "\x1f2024-03-12\x1f\x1f继续有效", "\x1fx\x1f\x1f"]),
    )
    assert out[0] != out[1]


def test_the_forms_of_a_parts_keys_are_their_texts_without_digits():
    keys = pd.Series(["旺罚〔2024〕1号", "旺罚〔2024〕12号", "镇调\x003号", None, "7"], dtype=object)
    assert _forms(keys, [0, 1, 2]) == {"旺罚〔#〕#号", "镇调\x00#号"}  # a NUL in a key: read key by key
    assert _forms(keys, [0, 3]) == {""}  # a blank key
    assert _forms(keys, [0, 4]) == {""}  # a bare number
    assert _forms(keys, []) == set()


def test_a_grid_finds_the_form_s_own_lines_once_per_text_and_its_cuts_share_them():
    from fzlib.ingest.locate import Grid, is_title_tail

    frame = pd.DataFrame(
        [
            ["2024年台账", None, None],
            ["单位：万元", "填报单位：某镇", None],
            ["序号", "金额", "（续表）"],
            [1, "单位：万元", "填报单位"],
        ]
    )
    grid = Grid(frame)
    each = np.array([[is_title_tail(grid.normed[c]) for c in row] for row in grid.codes])
    assert (grid.title_tails() == each).all()
    assert each[1].tolist() == [True, True, False] and each[3].tolist() == [False, True, False]
    cut = grid.rows(1, 3)
    assert (cut.title_tails() == each[1:3]).all()
    assert cut.title_tail_texts() is grid.title_tail_texts()  # matched once, shared by the cut


def test_a_sheet_s_ditto_texts_are_its_raw_texts_whose_header_form_is_a_mark():
    from fzlib.ingest.locate import HeaderWords, _SheetRows

    rows = [["序号", "姓名", "村"], [1, "张三", "晨光村"], [2, " 同上", "〃 〃"], [3, "同上人", "同前"]]
    assert _SheetRows(rows, HeaderWords(frozenset({"序号", "姓名"}))).dittos == frozenset({" 同上", "〃 〃", "同前"})


@pytest.mark.parametrize(
    ("keys", "permuted"),
    [
        (["3", "1", "2"], True),  # bare 序号 in another order
        # one form, only its number differs
        (["（2024）人调字第2号", "（2024）人调字第1号", "（2024）人调字第3号"], True),
        (["第1号\n", "第3号", "第2号"], True),  # a line break after the number is still its end
        (["A第1号", "B第3号", "A第2号"], False),  # two forms
        (["第1号", "甲", "第2号"], False),  # a key without a number
        (["罚字第10001号", "罚字第10003号", "罚字第10002号"], False),  # no numbering from 1
        (["3", None, "1", "2"], False),
        ([1, 3, 2.0], False),
        (["1", "2", "3"], False),  # in its own order: not reordered
    ],
)
def test_a_part_s_keys_are_one_numbering_from_1_in_another_order(keys, permuted):
    from fzlib.ingest.keys import _permuted

    out = pd.Series(keys, dtype=object)
    assert _permuted(out, np.arange(len(keys))) is permuted
