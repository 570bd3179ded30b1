"""Done when: a folder of ledgers laid out in ways no other test uses gives exactly the figures
counted by hand, through the command line, with every row accounted for; a folder that also holds
broken files names each of them in Chinese, exits non-zero, and still writes the rest."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import builders

ROOT = Path(__file__).resolve().parents[1]

# --- the folder ------------------------------------------------------------------------------
# 执法: aliases, extra 经办人 column, shuffled columns, a two-row header with 作出决定日期 merged
# over 年/月/日, fines in 万元 (full-width, 大写), quarterly sheets, a copy across sheets, a 2023
# decision, numbered-but-empty template rows, a 合计 row, a 填表说明 sheet.
ENF_TOP = [
    "序号",
    "决定书文号",
    "经办人",
    "作出决定日期",
    "",
    "",
    "执法行为类型",
    "案由",
    "行政相对人",
    "罚款金额（万元）",
    "处罚机关",
    "村居",
]
ENF_LOW = ["", "", "", "年", "月", "日", "", "", "", "", "", ""]
ENF_MERGED = ["D3:F3", "A3:A4", "B3:B4", "C3:C4", "G3:G4", "H3:H4", "I3:I4", "J3:J4", "K3:K4", "L3:L4"]
ENF_Q1 = [
    ["2024年旺草镇行政执法案件台账（一季度）"],
    ["填报单位：旺草镇综合行政执法办公室", "", "", "", "", "", "", "", "", "填报时间：2024年4月2日"],
    ENF_TOP,
    ENF_LOW,
    [
        1,
        "旺草罚字〔2024〕第1号",
        "刘某",
        2024,
        1,
        15,
        "行政处罚",
        "占道经营",
        "某商店",
        "0.5",
        "旺草镇人民政府",
        "晨光村",
    ],
    [
        2,
        "旺草罚字〔2024〕第2号",
        "刘某",
        "二〇二四",
        "2",
        "3",
        "行政处罚类",
        "违规搭建",
        "王某",
        "１",
        "旺草镇人民政府",
        "广怀村",
    ],
    [
        3,
        "旺草许字（2024）3号",
        "陈某",
        "2024年",
        "3月",
        "5日",
        "许可",
        "临时占道许可",
        "李某",
        "/",
        "旺草镇人民政府",
        "下寺村",
    ],
    [4, "旺草检字〔2023〕第40号", "陈某", 2023, 12, 20, "行政检查", "安全检查", "某厂", "", "旺草镇人民政府", "石羊村"],
    [5, "", "", "", "", "", "", "", "", "", "", ""],
    [6, "", "", "", "", "", "", "", "", "", "", ""],
    ["合计", "", "", "", "", "", "", "", "", "壹点伍", "", ""],
]
ENF_Q2 = [
    ["2024年旺草镇行政执法案件台账（二季度）"],
    [""],
    ENF_TOP,
    ENF_LOW,
    # The same decision as 一季度 row 6, its number written with other brackets and no 第.
    [1, "旺草罚字[2024]2号", "刘某", 2024, 2, 3, "行政处罚", "违规搭建", "王某", "1", "旺草镇人民政府", "广怀村"],
    [2, "旺草检字〔2024〕第7号", "陈某", 2024, 4, 8, "检查", "消防检查", "某店", "", "旺草镇人民政府", "小河口村"],
    ["小计", "", "", "", "", "", "", "", "", "1", "", ""],
]
ENF_NOTES = [["填表说明"], ["1. 每季度一张工作表。"], ["2. 罚款金额以万元计。"]]

# 调解: UTF-8 with BOM, other aliases, an extra 备注 column, amounts with units and 大写.
MEDIATION = [
    ["卷号", "申请日期", "纠纷类别", "协议方式", "调解结果", "案补金额", "备注"],
    ["（2024）旺人调字第1号", "2024.3.5", "邻里纠纷", "口头协议", "成功", "50元", ""],
    ["（2024）旺人调字第2号", "20240306", "宅基地", "调解协议书", "调解成功", "贰佰", "已归档"],
    ["（2024）旺人调字第3号", "2024年4月8日", "合同", "书面协议", "终止调解", "100", ""],
    ["", "", "", "", "", "", ""],
    ["合计", "", "", "", "", "350", ""],
]

# 排查: an HTML table saved as .xls by a web platform, with a title row and a 2023 record.
DISPUTES = [
    ["纠纷编号", "登记日期", "村居", "矛盾纠纷类型", "化解情况"],
    ["PC-2024-01", "2024-01-05", "晨光村", "邻里纠纷", "化解"],
    ["PC-2024-02", "2024/2/6", "广怀村", "土地承包", "正在化解"],
    ["PC-2024-03", "2024年3月7日", "尹珍社区", "家庭纠纷", "已调处化解"],
    ["PC-2023-99", "2023-12-30", "鹿山社区", "邻里", "已化解"],
]

# 公开: GB18030 CSV, header on row 3, dates in five forms.
DISCLOSURE = [
    ["2024年政务公开信息发布台账"],
    ["填报单位：旺草镇党政办"],
    ["序号", "标题", "发布时间", "发布渠道", "信息类型", "责任单位"],
    [1, "关于春耕备耕的通知", "2024/5/6", "门户网站", "主动", "农业服务中心"],
    [2, "烤烟收购工作动态", "2024年5月7日", "公众号", "宣传报道", "党政办"],
    [3, "土地流转公示", "20240508", "公开栏", "主动公开", "农业服务中心"],
    [4, "产业路建设公告", "2024-05-09", "政府网站", "主动公开", "建设办"],
    [5, "关于某申请的答复", "2024.5.10", "", "依申请", "党政办"],
]

# 培训: the date in three untitled columns 年 / 月 / 日, numbers with units and Chinese numerals.
TRAINING = [
    ["年", "月", "日", "主题", "培训对象", "培训形式", "人次", "应参考人数", "实参考人数"],
    [2024, 3, 5, "法律明白人培训", "法律明白人", "线下", "３０人", "", ""],
    ["二〇二四", "6月", "12日", "法宣在线考试", "领导干部", "考试", "", "120", "一百一十五"],
    [2024, 9, 1, "法律明白人线上培训", "法律明白人", "在线", "45", "", ""],
    [2023, 12, 30, "法律明白人培训（上年）", "法律明白人", "线下", "28", "", ""],
]

# 顾问: real dates, an Excel serial, a bare 3.5 that Excel made a number, counts with units.
COUNSEL = [
    ["服务时间", "事项类型", "次数", "服务单位"],
    [dt.datetime(2024, 1, 9), "法律意见书", "", "旺草镇人民政府"],
    [45356, "出具法律意见书", "2件", "晨光村"],
    [3.5, "咨询", "3次", "广怀村"],
    ["2024年7月1日", "合同审查", "１", "旺草镇人民政府"],
]

EXPECTED = {
    # 第1号, 第2号 (once, though in two sheets), 第3号, 第7号; the 2023 decision is not this year's.
    "enforcement.cases": 4,
    "enforcement.penalty": 2,
    "enforcement.licensing": 1,
    "enforcement.inspection": 1,
    "enforcement.coercion": 0,
    "enforcement.levy": 0,
    "enforcement.adjudication": 0,
    "enforcement.payment": 0,
    "enforcement.confirmation": 0,
    "enforcement.award": 0,
    "enforcement.other": 0,
    # Two successful cases: one oral (50), one written (贰佰 = 200); the third ended without success.
    "mediation.cases": 2,
    "mediation.oral": 1,
    "mediation.written": 1,
    "mediation.subsidy_yuan": 250,
    # Three disputes screened in 2024, two of them resolved (化解, 已调处化解).
    "disputes.screened": 3,
    "disputes.resolved": 2,
    "disputes.resolution_rate": round(2 / 3, 4),
    "disclosure.proactive": 3,
    "disclosure.media": 1,
    "disclosure.on_request": 1,
    # Two 2024 sessions for 法律明白人 (the 2023 one excluded); 115 of 120 took the exam.
    "training.legal_literacy_sessions": 2,
    "training.exam_coverage": round(115 / 120, 4),
    # 法律意见书: blank count means 1, plus 2件; 咨询 3次; 合同审查 is a 文书审核.
    "counsel.opinions": 3,
    "counsel.document_reviews": 1,
    "counsel.consultations": 3,
    "counsel.legal_aid": 0,
    # Ledgers the folder does not hold: null, never 0.
    **dict.fromkeys(
        [
            "normative_documents.issued",
            "petitions.assigned",
            "petitions.resolved",
            "petitions.in_progress",
            "security.dv_warnings",
            "security.dv_detentions",
            "security.vice_cases",
            "security.vice_detentions",
            "fraud_watch.removed",
            "fraud_watch.remaining",
            "fraud_watch.contacted",
            "litigation.cases",
            "litigation.leader_appearances",
            "litigation.appearance_rate",
        ]
    ),
}


def write_unseen_folder(raw: Path) -> dict[tuple[str, str], int]:
    """Write the folder; return the number of rows written per (file, sheet)."""
    builders.xlsx(
        raw / "执法案件登记簿.xlsx",
        {"一季度": ENF_Q1, "二季度": ENF_Q2, "填表说明": ENF_NOTES},
        merged={"一季度": ENF_MERGED, "二季度": ENF_MERGED},
    )
    builders.csv_file(raw / "调解登记.csv", MEDIATION, encoding="utf-8-sig")
    builders.html_xls(raw / "排查台账（平台导出）.xls", DISPUTES, title="矛盾纠纷排查化解台账")
    builders.csv_file(raw / "政务公开.csv", DISCLOSURE, encoding="gb18030")
    builders.xlsx(raw / "普法培训.xlsx", {"2024": TRAINING})
    builders.xlsx(raw / "法律顾问.xlsx", {"服务记录": COUNSEL})
    return {
        ("执法案件登记簿.xlsx", "一季度"): len(ENF_Q1),
        ("执法案件登记簿.xlsx", "二季度"): len(ENF_Q2),
        ("调解登记.csv", "调解登记"): len(MEDIATION),
        ("排查台账（平台导出）.xls", "排查台账（平台导出）"): len(DISPUTES) + 1,
        ("政务公开.csv", "政务公开"): len(DISCLOSURE),
        ("普法培训.xlsx", "2024"): len(TRAINING),
        ("法律顾问.xlsx", "服务记录"): len(COUNSEL),
    }


def fzlib(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "fzlib", *args], cwd=ROOT, capture_output=True, text=True, encoding="utf-8"
    )


@pytest.fixture(scope="module")
def unseen(tmp_path_factory):
    raw, out = tmp_path_factory.mktemp("raw"), tmp_path_factory.mktemp("out")
    written = write_unseen_folder(raw)
    cleaned = fzlib("clean", "--year", "2024", "--raw", str(raw), "--out", str(out))
    figures = fzlib("indicators", "--year", "2024", "--processed", str(out), "--json")
    return {
        "written": written,
        "cleaned": cleaned,
        "figures": figures,
        "out": out,
        "manifest": json.loads((out / "manifest.json").read_text(encoding="utf-8")),
        "issues": pd.read_parquet(out / "issues.parquet"),
    }


def test_unseen_layouts_give_the_figures_counted_by_hand(unseen):
    assert unseen["cleaned"].returncode == 0, unseen["cleaned"].stdout + unseen["cleaned"].stderr
    assert json.loads(unseen["figures"].stdout) == EXPECTED


def test_every_row_of_every_sheet_is_accounted_for(unseen):
    builders.assert_rows_conserved(unseen["manifest"])
    read = {(f["file"], s["sheet"]): s["rows_read"] for f in unseen["manifest"]["files"] for s in f["sheets"]}
    for where, n in unseen["written"].items():
        assert read[where] == n, where


def test_set_aside_rows_are_named_by_reason(unseen):
    sheets = {(f["file"], s["sheet"]): s for f in unseen["manifest"]["files"] for s in f["sheets"]}
    q1 = sheets[("执法案件登记簿.xlsx", "一季度")]
    assert q1["header_row"] == 3
    assert {k: v for k, v in q1["set_aside"].items() if v} == {"title": 2, "header": 2, "template": 2, "total": 1}
    assert (q1["kept"], q1["excluded"]) == (3, {"error": 0, "out_of_year": 1, "duplicate": 0})
    q2 = sheets[("执法案件登记簿.xlsx", "二季度")]
    assert {k: v for k, v in q2["set_aside"].items() if v} == {"title": 1, "blank": 1, "header": 2, "total": 1}
    assert (q2["kept"], q2["excluded"]["duplicate"]) == (1, 1)
    assert sheets[("执法案件登记簿.xlsx", "填表说明")]["problem"] == "sheet.no_table"
    mediation = sheets[("调解登记.csv", "调解登记")]
    assert {k: v for k, v in mediation["set_aside"].items() if v} == {"header": 1, "blank": 1, "total": 1}


def test_split_date_columns_and_units_are_read_into_typed_values(unseen):
    enf = pd.read_parquet(unseen["out"] / "enforcement.parquet").sort_values("decided_on")
    # 2024 / 1 / 15 as numbers, 二〇二四 / "2" / "3" as text, "2024年" / "3月" / "5日" with units.
    assert [d.strftime("%Y-%m-%d") for d in enf["decided_on"]] == [
        "2024-01-15",
        "2024-02-03",
        "2024-03-05",
        "2024-04-08",
    ]
    assert enf["fine_yuan"].tolist()[:2] == [5000, 10000]  # 0.5 万元 and full-width １ 万元
    assert enf["fine_yuan"].isna().tolist()[2:] == [True, True]  # "/" and blank
    training = pd.read_parquet(unseen["out"] / "training.parquet")
    assert [d.strftime("%Y-%m-%d") for d in training["held_on"]] == ["2024-03-05", "2024-06-12", "2024-09-01"]
    assert training["participants"].tolist()[0] == 30


def test_issues_point_at_the_cells(unseen):
    issues = unseen["issues"]
    where = {(r.code, r.file, r.sheet, r.cell) for r in issues.itertuples()}
    # The 2023 decision: its date starts in column D (年) of Excel row 8.
    assert ("row.out_of_year", "执法案件登记簿.xlsx", "一季度", "D8") in where
    assert ("row.out_of_year", "普法培训.xlsx", "2024", "A5") in where
    dup = issues[issues["code"] == "row.duplicate"].iloc[0]
    assert (dup["file"], dup["sheet"], dup["row"], dup["detail"]) == (
        "执法案件登记簿.xlsx",
        "二季度",
        5,
        "执法案件登记簿.xlsx「一季度」第 6 行",
    )
    # The bare 3.5 that Excel stored as a number is a date missing its year: accepted, with a warning.
    assert ("date.partial", "法律顾问.xlsx", "服务记录", "A4") in where
    # Extra columns are noted, not fatal; 月 and 日 are part of the date, not unknown columns.
    unknown = set(issues.loc[issues["code"] == "column.unknown", "header"])
    assert unknown == {"经办人", "备注"}
    assert not issues["level"].eq("错误").any()


# --- the same folder with files that cannot be used ------------------------------------------

BAD_FILES = ("损坏的台账.xlsx", "空表.csv", "加密台账.xlsx", "会议签到表.xlsx")


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    raw, out = tmp_path_factory.mktemp("raw_bad"), tmp_path_factory.mktemp("out_bad")
    write_unseen_folder(raw)
    (raw / "损坏的台账.xlsx").write_bytes(b"PK\x03\x04\x14\x00" + bytes(range(256)) * 4)
    (raw / "空表.csv").write_bytes(b"")
    builders.password_protected_xlsx(raw / "加密台账.xlsx")
    builders.xlsx(raw / "会议签到表.xlsx", {"Sheet1": [["姓名", "单位", "签到时间"], ["某某", "党政办", "9:00"]]})
    return fzlib("clean", "--year", "2024", "--raw", str(raw), "--out", str(out)), out


def test_broken_files_are_named_in_chinese_and_fail_the_run(broken):
    run, _ = broken
    assert run.returncode == 1
    printed = run.stdout + run.stderr
    assert "Traceback" not in printed
    for name in BAD_FILES:
        line = next(line for line in printed.splitlines() if name in line)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in line.replace(name, ""))


def test_broken_files_get_their_own_codes_and_the_rest_is_still_written(broken):
    _, out = broken
    issues = pd.read_parquet(out / "issues.parquet")
    errors = issues[issues["level"] == "错误"].set_index("file")["code"].to_dict()
    assert errors == {
        "损坏的台账.xlsx": "file.unreadable",
        "空表.csv": "file.empty",
        "加密台账.xlsx": "file.encrypted",
        "会议签到表.xlsx": "file.unknown_kind",
    }
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    builders.assert_rows_conserved(manifest)
    figures = fzlib("indicators", "--year", "2024", "--processed", str(out), "--json")
    assert json.loads(figures.stdout) == EXPECTED
