"""A county-seat town's (城关镇) platform exports that list more than the ledger's kind: the layouts 槿城镇, the
fifty-ninth development town, brought in, each a small table of its own (tests/devtowns/jincheng.py is the whole town)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import builders
from builders import clean, codes


def test_grid_export_resident_requests_are_no_disputes_and_their_outcome_no_error(tmp_path):
    # A grid platform's events of the class 民生诉求 (路灯不亮, brought by 12345) are no disputes; their 处置结果 已处置,
    # right for such an event, is no value the disputes' 化解状态 must know (it had been an error on every such row,
    # and 民生诉求 an unknown class leaving every dispute figure unknown).
    rows = [
        ["事件编号", "事件标题", "事件大类", "事件小类", "事件来源", "上报时间", "事件状态", "处置结果"],
        ["SJ202403050001", "邻里矛盾", "矛盾纠纷", "邻里纠纷", "网格员排查", "2024-03-05 09:12:33", "已办结", "已化解"],
        [
            "SJ202403060002",
            "路灯不亮",
            "民生诉求",
            "路灯不亮",
            "12345热线转办",
            "2024-03-06 10:01:00",
            "已办结",
            "已处置",
        ],
        ["SJ202404010003", "物业矛盾", "矛盾纠纷", "物业纠纷", "12345热线转办", "2024-04-01 15:40:10", "处置中", ""],
        [
            "SJ202405020004",
            "下水道堵塞",
            "民生诉求",
            "下水道堵塞",
            "网格员排查",
            "2024-05-02 08:30:00",
            "已办结",
            "已处置",
        ],
    ]
    builders.csv_file(tmp_path / "社会治理综合平台_事件列表导出.csv", rows, encoding="utf-8-sig")
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (2, 1)
    assert codes(result, "vocab.unknown") == []
    assert {r["value"] for r in codes(result, "row.other_matter")} == {"其他事件"}


PETITION_HEAD = ["信访件编号", "登记日期", "信访件来源", "办理环节", "环节办理时间", "化解状态"]


def test_petition_log_of_an_item_assigned_from_above_is_read_from_its_assignment(tmp_path):
    # A 信访信息系统's log of an item assigned from above runs 登记 → 交办 → 办理 → 办结, no 受理 (the town never 受理s
    # it): its record is the 交办 row. An item registered last December, its steps running into January, is last
    # year's. Each such item had been unplaced (row.intake_missing), every assigned figure unknown.
    rows = [
        PETITION_HEAD,
        ["XF0001", "2023-12-19", "县联办交办", "登记", "2023-12-19", "已化解"],
        ["XF0001", "2023-12-19", "县联办交办", "交办", "2023-12-27", "已化解"],
        ["XF0001", "2023-12-19", "县联办交办", "办理", "2024-01-05", "已化解"],
        ["XF0001", "2023-12-19", "县联办交办", "办结", "2024-01-16", "已化解"],
        ["XF0002", "2024-03-05", "市联办交办", "登记", "2024-03-05", "化解中"],
        ["XF0002", "2024-03-05", "市联办交办", "交办", "2024-03-08", "化解中"],
        ["XF0002", "2024-03-05", "市联办交办", "办理", "2024-03-15", "化解中"],
        ["XF0003", "2024-04-10", "本级受理", "登记", "2024-04-10", "已化解"],
        ["XF0003", "2024-04-10", "本级受理", "受理", "2024-04-12", "已化解"],
        ["XF0003", "2024-04-10", "本级受理", "办结", "2024-04-30", "已化解"],
        ["XF0004", "2024-06-03", "省联办交办", "登记", "2024-06-03", "已化解"],
        ["XF0004", "2024-06-03", "省联办交办", "交办", "2024-06-04", "已化解"],
        ["XF0004", "2024-06-03", "省联办交办", "办结", "2024-06-28", "已化解"],
    ]
    builders.xlsx(tmp_path / "信访信息系统_信访件办理过程导出.xlsx", {"办理过程": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (2, 1, 1)
    assert codes(result, "row.intake_missing") == []


def test_mediation_system_cases_closed_or_ended_are_concluded_and_each_party_row_one_case(tmp_path):
    # A 人民调解 system exports a row per 当事人; its 调解状态 已调结 (closed by mediation) and 已终止 (ended without
    # agreement) had been unknown values on every row.
    rows = [
        ["案件编号", "受理日期", "纠纷类型", "当事人姓名", "当事人身份", "调解状态", "调解结果", "协议形式"],
        ["（2024）某人调字第1号", "2024-03-05", "邻里纠纷", "王某", "申请人", "已调结", "成功", "口头"],
        ["（2024）某人调字第1号", "2024-03-05", "邻里纠纷", "李某", "被申请人", "已调结", "成功", "口头"],
        ["（2024）某人调字第2号", "2024-04-08", "合同纠纷", "张某", "申请人", "已终止", "不成功", ""],
        ["（2024）某人调字第2号", "2024-04-08", "合同纠纷", "赵某", "被申请人", "已终止", "不成功", ""],
        ["（2024）某人调字第3号", "2024-05-09", "婚姻家庭纠纷", "刘某", "申请人", "已调结", "成功", "书面"],
        ["（2024）某人调字第3号", "2024-05-09", "婚姻家庭纠纷", "陈某", "被申请人", "已调结", "成功", "书面"],
        ["（2024）某人调字第3号", "2024-05-09", "婚姻家庭纠纷", "周某", "第三人", "已调结", "成功", "书面"],
    ]
    builders.spreadsheet_ml(tmp_path / "人民调解信息管理系统_案件当事人明细.xls", {"当事人明细": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (2, 1, 1)
    assert codes(result, "vocab.unknown") == []


def test_counsel_app_entries_the_justice_office_rejected_are_no_services(tmp_path):
    # A counsel's service app keeps every entry with the 司法所's 审核状态: a rejected one (已驳回, a duplicate
    # submitted twice) is no service (it had been counted: 132 consultations for 122).
    rows = [
        ["记录编号", "服务日期", "服务类型", "服务数量", "审核状态", "审核意见"],
        ["FW0001", "2024/03/05", "法律咨询", 3, "已审核", ""],
        ["FW0002", "2024/03/05", "法律咨询", 3, "已驳回", "与前一条重复提交"],
        ["FW0003", "2024/04/11", "合同审查", "", "审核通过", ""],
        ["FW0004", "2024/05/20", "出具法律意见书", 1, "待审核", ""],
    ]
    builders.csv_file(tmp_path / "村（居）法律顾问服务记录导出.csv", rows, encoding="gbk")
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["counsel.consultations"], got["counsel.document_reviews"], got["counsel.opinions"]) == (3, 1, 1)
    assert [r["value"] for r in codes(result, "row.other_matter")] == ["已驳回"]


def test_exam_platform_resit_rows_are_the_same_persons_again(tmp_path):
    # An exam platform's export of every sitting: a person sits the 补考 on a row of their own. The coverage is over
    # the persons (4 of 5 sat it, one of them only at the 补考), not over the rows (the resits had been more persons).
    rows = [
        ["序号", "姓名", "单位", "考试场次", "考试时间", "考试状态", "成绩"],
        [1, "王某", "党政办", "正式考试", "2024-11-14", "已参考", 88],
        [2, "李某", "财政所", "正式考试", "2024-11-14", "已参考", 52],
        [3, "张某", "司法所", "正式考试", "2024-11-14", "缺考", ""],
        [4, "赵某", "党政办", "正式考试", "2024-11-14", "已参考", 75],
        [5, "钱某", "财政所", "正式考试", "2024-11-14", "缺考", ""],
        [6, "李某", "财政所", "补考", "2024-12-05", "已参考", 80],
        [7, "张某", "司法所", "补考", "2024-12-05", "已参考", 71],
    ]
    builders.xlsx(tmp_path / "2024年度国家工作人员学法用法考试成绩导出.xlsx", {"成绩": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["training.exam_coverage"] == 0.8


def test_exam_resit_rows_in_a_later_month_sheet_are_the_same_persons_again(tmp_path):
    # The same export kept a sheet a month: the 补考 rows stand in 12月, the persons' 正式考试 rows in 11月. A person
    # is one per book, not per sheet (the month-sheet variant of 槿城镇 had counted the resits as persons: 62/68).
    head = ["序号", "姓名", "单位", "考试场次", "考试时间", "考试状态", "成绩"]
    november = [head, [1, "王某", "党政办", "正式考试", "2024-11-14", "已参考", 88],
                [2, "李某", "财政所", "正式考试", "2024-11-14", "已参考", 52],
                [3, "张某", "司法所", "正式考试", "2024-11-14", "缺考", ""],
                [4, "赵某", "党政办", "正式考试", "2024-11-14", "已参考", 75],
                [5, "钱某", "财政所", "正式考试", "2024-11-14", "缺考", ""]]  # fmt: skip
    december = [head, [1, "李某", "财政所", "补考", "2024-12-05", "已参考", 80],
                [2, "张某", "司法所", "补考", "2024-12-05", "已参考", 71]]  # fmt: skip
    builders.xlsx(tmp_path / "2024年度国家工作人员学法用法考试成绩导出.xlsx", {"11月": november, "12月": december})
    assert builders.figures(clean(tmp_path))["training.exam_coverage"] == 0.8


COUNTY_REGISTER_HEAD = ["序号", "案件类别", "案号", "原告", "被告", "开庭日期", "负责人是否出庭"]


@pytest.mark.parametrize(
    ("types", "coverage"),
    [
        (["正考", "正考", "补考", "正考"], 1.0),  # the sittings: 李某's 补考 is 李某 again, who sat it
        (["学法用法考试"] * 4, 0.75),  # the exam's subject: every row a person, the column no field's
        (["法律知识", "法律知识", "党纪法规", "党纪法规"], 0.75),
    ],
)
def test_exam_type_column_is_the_sitting_only_where_its_cells_are_sittings(tmp_path, types, coverage):
    # 考试类型 names the sitting (正考 / 补考) on one platform and the exam's subject on another: its cells decide. Read
    # as the sitting by its title alone, a column of subjects had been an unknown value (错误) on every row.
    head = ["序号", "姓名", "单位", "考试类型", "考试时间", "考试状态", "成绩"]
    rows = [head, [1, "王某", "党政办", types[0], "2024-11-14", "已参考", 88],
            [2, "李某", "财政所", types[1], "2024-11-14", "缺考", ""],
            [3, "李某", "财政所", types[2], "2024-12-05", "已参考", 80],
            [4, "赵某", "党政办", types[3], "2024-11-14", "已参考", 75]]  # fmt: skip
    builders.xlsx(tmp_path / "2024年度国家工作人员学法用法考试成绩导出.xlsx", {"成绩": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["training.exam_coverage"] == coverage
    assert codes(result, "vocab.unknown") == []


def test_county_register_lawsuits_against_a_county_bureau_are_not_the_town_s(tmp_path):
    # A county 司法局's 行政复议和行政应诉 register lists its departments' lawsuits beside the town's: 被告 a bureau with no
    # town in its name is another authority's case (城乡 and 农村 in a bureau's name naming no township).
    rows = [
        COUNTY_REGISTER_HEAD,
        [1, "行政诉讼", "（2024）鄂0999行初13号", "王某", "某镇人民政府", "2024-03-12", "是"],
        [2, "行政诉讼", "（2024）鄂0999行初16号", "李某", "某县住房和城乡建设局", "2024-05-19", "否"],
        [3, "行政诉讼", "（2024）鄂0999行初19号", "张某", "某县农业农村局", "2024-06-19", "是"],
        [4, "行政复议", "某政复〔2024〕1号", "赵某", "某镇人民政府", "", ""],
        [5, "行政诉讼", "（2024）鄂0999行初22号", "刘某", "某镇人民政府", "2024-08-25", "否"],
    ]
    builders.xlsx(tmp_path / "某县司法局2024年行政复议和行政应诉案件登记表.xlsx", {"登记表": rows})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (2, 1)
    assert {r["value"] for r in codes(result, "row.decided_elsewhere")} == {"某县住房和城乡建设局", "某县农业农村局"}


def test_county_register_naming_two_towns_as_defendants_keeps_the_town_s_own(tmp_path):
    # Two towns named under 被告 make the register the county's, however few of its rows are towns' (most are its
    # departments'): only the town's own lawsuits are its, another town's set aside.
    rows = [
        COUNTY_REGISTER_HEAD,
        [1, "行政诉讼", "（2024）鄂0999行初13号", "王某", "槿城镇人民政府", "2024-03-12", "是"],
        [2, "行政诉讼", "（2024）鄂0999行初16号", "李某", "杨店镇人民政府", "2024-05-19", "是"],
        [3, "行政诉讼", "（2024）鄂0999行初19号", "张某", "某县自然资源和规划局", "2024-06-19", "是"],
        [4, "行政诉讼", "（2024）鄂0999行初20号", "孙某", "某县人力资源和社会保障局", "2024-06-29", "是"],
        [5, "行政诉讼", "（2024）鄂0999行初21号", "周某", "某县公安局", "2024-07-09", "是"],
        [6, "行政诉讼", "（2024）鄂0999行初22号", "刘某", "槿城镇人民政府", "2024-08-25", "否"],
    ]
    builders.xlsx(tmp_path / "某县司法局2024年行政应诉案件登记表.xlsx", {"登记表": rows})
    result = clean(tmp_path, options={"town": "槿城镇"})
    got = builders.figures(result)
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (2, 1)
    assert codes(result, "row.other_town")
    # Another town's folder given the same register: none of its rows are this town's, so no count rests on it.
    assert builders.figures(clean(tmp_path, options={"town": "石桥镇"}))["litigation.cases"] is None


def test_watch_list_persons_transferred_to_another_town_are_neither_removed_nor_in_stock(tmp_path):
    # A county platform's watch list marks a person handed to the town they now live in 已转出: not 核减 here, and no
    # longer in this town's stock (an unknown value, it had left all three figures unknown).
    rows = [
        ["序号", "姓名", "身份证号", "管控状态", "核减时间", "是否已取得联系"],
        [1, "王某", "990101198001011234", "在管", "", "是"],
        [2, "李某", "990101198102021234", "已核减", "2024-05-06", "是"],
        [3, "张某", "990101198203031234", "已转出", "", "否"],
        [4, "赵某", "990101198304041234", "在管", "", "否"],
    ]
    builders.html_xls(tmp_path / "反诈预警平台_涉诈高危人员名单.xls", rows)
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["fraud_watch.removed"], got["fraud_watch.remaining"], got["fraud_watch.contacted"]) == (1, 2, 1)
    assert codes(result, "vocab.unknown") == []


@pytest.mark.slow  # two runs of the command line (4 s): a whole run, as the layers' own tests are not
def test_county_register_of_several_bodies_gives_through_the_command_line_only_the_town_s_lawsuits(
    tmp_path, monkeypatch, capsys
):
    # towns.yaml `party_column` end to end: `clean` with params naming the town, then `indicators --json`, as an office
    # runs them. The county's register lists two towns' lawsuits beside its bureaus'; the town's folder holds it whole.
    from fzlib import paths
    from fzlib.cli import main
    from fzlib.ingest import privacy

    monkeypatch.setattr(paths, "PARAMS", tmp_path / "params")
    monkeypatch.setattr(paths, "SECRET", tmp_path / ".fzlib-secret")
    privacy.secret_key.cache_clear()
    rows = [
        COUNTY_REGISTER_HEAD,
        [1, "行政诉讼", "（2024）鄂0999行初13号", "王某", "槿城镇人民政府", "2024-03-12", "是"],
        [2, "行政诉讼", "（2024）鄂0999行初16号", "李某", "杨店镇人民政府", "2024-05-19", "是"],
        [3, "行政诉讼", "（2024）鄂0999行初19号", "张某", "某县自然资源和规划局", "2024-06-19", "是"],
        [4, "行政复议", "某政复〔2024〕3号", "孙某", "杨店镇人民政府", "", ""],
        [5, "行政诉讼", "（2024）鄂0999行初21号", "周某", "某县公安局", "2024-07-09", "是"],
        [6, "行政诉讼", "（2024）鄂0999行初22号", "刘某", "槿城镇人民政府", "2024-08-25", "否"],
        [7, "行政复议", "某政复〔2024〕5号", "吴某", "槿城镇人民政府", "", ""],
    ]
    builders.xlsx(tmp_path / "raw" / "某县司法局2024年行政复议和行政应诉案件登记表.xlsx", {"登记表": rows})

    def figures_for(town: str) -> tuple[int, dict]:
        (tmp_path / "params").mkdir(exist_ok=True)
        (tmp_path / "params" / "2024.yaml").write_text(f"town: {town}\n", encoding="utf-8")
        out = tmp_path / f"out-{town}"
        status = main(["clean", "--year", "2024", "--raw", str(tmp_path / "raw"), "--out", str(out)])
        capsys.readouterr()
        assert main(["indicators", "--year", "2024", "--processed", str(out), "--json"]) in (0, 1)
        printed = capsys.readouterr()
        assert "Traceback" not in printed.err
        return status, json.loads(printed.out) if printed.out.strip() else {}

    status, got = figures_for("槿城镇")
    assert status == 0  # another town's rows are a note, never the town's error
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (2, 1)
    # The other town named in it, given the same register, has its own two: never 槿城镇's, never the bureaus'.
    status, got = figures_for("杨店镇")
    assert status == 0
    assert (got["litigation.cases"], got["litigation.leader_appearances"]) == (1, 1)
    privacy.secret_key.cache_clear()


def test_petition_log_step_time_is_the_date_of_its_own_step_only(tmp_path):
    # A 信访信息系统's log gives each row the time of its step (环节办理时间), no 交办日期 column: the 交办 row's time is
    # the item's 交办日期, the 登记 row's its 登记日期. It had been read by its content as the 交办日期 of every row, so an
    # item registered and never assigned (本级受理, its log 登记 → 办结) showed its 登记 as an assignment.
    rows = [
        ["信访件编号", "信访件来源", "办理环节", "环节办理时间", "化解状态"],
        ["XF0001", "县联办交办", "登记", "2023-12-29", "已化解"],
        ["XF0001", "县联办交办", "交办", "2024-01-03", "已化解"],
        ["XF0001", "县联办交办", "办结", "2024-01-20", "已化解"],
        ["XF0002", "本级受理", "登记", "2024-02-01", "已化解"],
        ["XF0002", "本级受理", "办结", "2024-02-20", "已化解"],
        ["XF0003", "市联办交办", "登记", "2024-12-30", "化解中"],
        ["XF0003", "市联办交办", "交办", "2025-01-02", "化解中"],
    ]
    builders.xlsx(tmp_path / "信访信息系统_办理过程导出.xlsx", {"办理过程": rows})
    result = clean(tmp_path)
    petitions = result.tables["petitions"].set_index("petition_no")
    assert str(petitions.at["XF0001", "assigned_on"])[:10] == "2024-01-03"  # assigned in 2024: 2024's
    assert pd.isna(petitions.at["XF0002", "assigned_on"])  # never assigned
    assert str(petitions.at["XF0002", "received_on"])[:10] == "2024-02-01"
    assert "XF0003" not in petitions.index  # assigned on 2025-01-02: next year's, whatever its 登记
    assert builders.figures(result)["petitions.assigned"] == 1
    assert all(r["header"] != "环节办理时间" for r in codes(result, "column.by_content"))
