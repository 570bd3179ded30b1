"""Specification of the sample ledgers: deterministic bytes, 2024 figures as published, consistent ground truth."""

from __future__ import annotations

import hashlib
import zipfile

import openpyxl
import pytest

from fzlib import paths as fzlib_paths
from fzlib.sample import generate, ground_truth, ledgers
from fzlib.sample.people import check_digit, id_is_valid
from fzlib.sample.targets import SUBSIDY_ORAL, SUBSIDY_WRITTEN, VILLAGES
from fzlib.sample.writers import SAMPLE_NOTE

# The 2024 column of shared/spec/indicators.md, written out here as the specification.
EXPECTED_2024 = {
    "enforcement.cases": 702,
    "enforcement.licensing": 269,
    "enforcement.confirmation": 172,
    "enforcement.inspection": 261,
    "enforcement.penalty": 0,
    "normative_documents.issued": 0,
    "disclosure.proactive": 27,
    "disclosure.media": 160,
    "disclosure.on_request": 0,
    "disputes.screened": 572,
    "disputes.resolved": 551,
    "disputes.resolution_rate": 0.9633,
    "petitions.assigned": 3,
    "petitions.resolved": 2,
    "petitions.in_progress": 1,
    "mediation.cases": 551,
    "mediation.oral": 402,
    "mediation.written": 149,
    "mediation.subsidy_yuan": 51800,
    "security.dv_warnings": 25,
    "security.dv_detentions": 0,
    "security.vice_cases": 2,
    "security.vice_detentions": 6,
    "fraud_watch.removed": 6,
    "fraud_watch.remaining": 6,
    "fraud_watch.contacted": 3,
    "counsel.opinions": 52,
    "counsel.document_reviews": 69,
    "counsel.consultations": 73,
    "counsel.legal_aid": 1,
    "litigation.cases": 3,
    "litigation.leader_appearances": 3,
    "litigation.appearance_rate": 1.0,
    "training.legal_literacy_sessions": 2,
    "training.exam_coverage": 1.0,
}
KINDS = {
    "enforcement",
    "normative_documents",
    "disclosure",
    "disputes",
    "petitions",
    "mediation",
    "security",
    "fraud_watch",
    "counsel",
    "litigation",
    "training",
}

# Header titles allowed per kind: canonical names and aliases of shared/spec/ledger-kinds.md.
# normative_documents has no column list there; its titles are listed here and reported to the lead.
ALLOWED_TITLES = {
    "enforcement": "序号 案件编号 决定书文号 文号 案号 编号 案件名称 案由 事项名称 执法类别 执法类型 执法行为类型 类别 "
    "执法单位 承办单位 执法部门 处罚机关 办理日期 决定日期 作出决定日期 处罚日期 办结日期 当事人 行政相对人 "
    "被处罚人 罚没金额 罚款金额 罚款(元) 罚款金额（万元） 村（社区） 备注",
    "normative_documents": "序号 文件名称 文号 制定日期 备案日期 备注",
    "disclosure": "序号 信息标题 标题 公开内容 公开日期 发布日期 发布时间 公开渠道 发布渠道 载体 公开类型 责任科室",
    "disputes": "序号 编号 排查日期 排查时间 登记日期 村（社区） 所在村（社区） 村居 纠纷类型 矛盾纠纷类型 纠纷类别 当事人 "
    "涉及当事人 纠纷方名称 联系电话 联系方式 简要情况 化解状态 化解情况 办理状态 化解日期 化解时间 责任人 风险等级",
    "mediation": "序号 卷宗号 案号 卷号 受理日期 受理时间 申请日期 调解组织 纠纷类型 纠纷类别 申请人 被申请人 当事人 协议形式 "
    "协议方式 调解结果 结案日期 补贴等级 补贴金额 补助金额（元） 案补金额 关联排查编号 履行情况",
    "petitions": "信访编号 交办单位 来源 交办层级 信访人 反映问题 是否重复信访 交办日期 办理状态 办结日期",
    "security": "日期 类型 村（社区） 当事人 处理结果 拘留人数 治安拘留人数",
    "fraud_watch": "姓名 身份证号码 身份证号 联系电话 户籍地 村 状态 核减时间 是否取得联系 备注",
    "counsel": "日期 服务类型 事项类型 数量 件数 次数 服务对象 顾问姓名 律所 联系电话",
    "litigation": "案号 原告 被告 案由 开庭日期 开庭时间 出庭负责人 出庭应诉负责人 负责人是否出庭 是否主要领导出庭 审理结果",
    "training": "日期 名称 活动名称 主题 对象 形式 参加人数 人次 学时 应参考人数 实参考人数",
}
DATE_COLUMNS = {
    "enforcement": "办理日期",
    "disclosure": "公开日期",
    "disputes": "排查日期",
    "mediation": "受理日期",
    "petitions": "交办日期",
    "security": "日期",
    "counsel": "日期",
    "litigation": "开庭日期",
    "training": "日期",
    "normative_documents": "制定日期",
}


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def truth():
    return {year: ground_truth(year) for year in (2023, 2024)}


# The committed sample folders are the generator's output, byte for byte: the tests below that
# read files read those, and this test keeps them honest.
SHIPPED = {year: fzlib_paths.raw_dir(year) for year in (2023, 2024)}


@pytest.mark.slow  # a whole town's ledgers, written again
@pytest.mark.parametrize("year", [2023, 2024])
def test_regenerating_gives_the_shipped_files_byte_for_byte(tmp_path, year):
    written = generate(year, tmp_path)
    assert len(written) >= 11
    shipped = {k: v for k, v in _digests(SHIPPED[year]).items() if k.lower() != "readme.md"}
    assert _digests(tmp_path) == shipped


def test_xlsx_entries_carry_fixed_timestamps():
    path = next(p for p in sorted(SHIPPED[2024].iterdir()) if p.suffix == ".xlsx")
    with zipfile.ZipFile(path) as z:
        assert {i.date_time for i in z.infolist()} == {(2025, 1, 10, 9, 0, 0)}
        assert b"2025-01-10T09:00:00Z" in z.read("docProps/core.xml")


def test_2024_ground_truth_reproduces_every_published_figure(truth):
    got = truth[2024]["indicators"]
    assert {k: got.get(k) for k in EXPECTED_2024} == EXPECTED_2024
    for other in ("coercion", "levy", "payment", "award", "adjudication", "other"):
        assert got[f"enforcement.{other}"] == 0


def test_2023_figures_differ_from_2024_by_10_to_25_percent(truth):
    a, b = truth[2023]["indicators"], truth[2024]["indicators"]
    for key in (
        "enforcement.cases",
        "enforcement.licensing",
        "enforcement.confirmation",
        "enforcement.inspection",
        "disclosure.proactive",
        "disclosure.media",
        "disputes.screened",
        "disputes.resolved",
        "mediation.cases",
        "mediation.oral",
        "mediation.written",
        "mediation.subsidy_yuan",
        "security.dv_warnings",
        "counsel.opinions",
        "counsel.document_reviews",
        "counsel.consultations",
    ):
        change = abs(a[key] / b[key] - 1)
        assert 0.10 <= change <= 0.25, (key, a[key], b[key])
    assert a["enforcement.penalty"] == 5 and a["normative_documents.issued"] == 1
    assert a["litigation.appearance_rate"] == 0.75 and a["disputes.resolution_rate"] == 0.9458


@pytest.mark.parametrize("year", [2023, 2024])
def test_every_ledger_kind_has_files_and_a_table(truth, year):
    built = ledgers(year)
    assert {ledger.kind for ledger in built} == KINDS
    assert all(ledger.books for ledger in built)
    assert set(truth[year]["tables"]) == KINDS


@pytest.mark.parametrize("year", [2023, 2024])
def test_clean_records_fall_in_the_year_and_use_canonical_vocabulary(truth, year):
    tables = truth[year]["tables"]
    for kind, column in DATE_COLUMNS.items():
        dates = tables[kind][column]
        assert (dates.dt.year == year).all(), kind
    assert set(tables["enforcement"]["执法类别"]) <= {"行政许可", "行政确认", "行政检查", "行政处罚"}
    assert set(tables["disputes"]["化解状态"]) == {"已化解", "化解中", "未化解"}
    assert set(tables["mediation"]["调解结果"]) == {"调解成功", "调解不成功"}
    assert set(tables["disputes"]["村（社区）"]) <= set(VILLAGES)
    assert tables["enforcement"]["案件编号"].is_unique


@pytest.mark.parametrize("year", [2023, 2024])
def test_each_successful_mediation_points_at_its_own_resolved_dispute(truth, year):
    t = truth[year]["tables"]
    status = t["disputes"].set_index("编号")["化解状态"]
    ok = t["mediation"][t["mediation"]["调解结果"] == "调解成功"]
    assert ok["关联排查编号"].is_unique
    assert (ok["关联排查编号"].map(status) == "已化解").all()
    assert len(ok) == (status == "已化解").sum()
    failed = t["mediation"][t["mediation"]["调解结果"] != "调解成功"]
    assert (failed["关联排查编号"].map(status) != "已化解").all()


@pytest.mark.parametrize("year", [2023, 2024])
def test_subsidies_follow_the_standard_and_only_for_successful_cases(truth, year):
    m = truth[year]["tables"]["mediation"]
    ok = m[m["调解结果"] == "调解成功"]
    expected = ok.apply(lambda r: SUBSIDY_ORAL if r["协议形式"] == "口头" else SUBSIDY_WRITTEN[r["补贴等级"]], axis=1)
    assert ok["补贴金额"].tolist() == expected.tolist()
    assert m.loc[m["调解结果"] != "调解成功", "补贴金额"].isna().all()
    if year == 2024:
        written = ok[ok["协议形式"] == "书面"]["补贴等级"].value_counts().to_dict()
        assert written == {"一般": 21, "疑难": 88, "重大": 40}


def test_2024_security_and_fraud_watch_details(truth):
    t = truth[2024]["tables"]
    sec = t["security"]
    assert sec.loc[sec["类型"] == "家暴告诫书", "拘留人数"].tolist() == [0] * 25
    assert sorted(sec.loc[sec["类型"] == "涉黄治安案件", "拘留人数"]) == [2, 4]
    assert (sec["类型"] == "涉赌治安案件").sum() >= 2
    fw = t["fraud_watch"]
    assert fw["身份证号码"].map(id_is_valid).all()
    assert fw["身份证号码"].str.startswith("520323").all()
    assert fw["联系电话"].str.fullmatch(r"1[3-9]\d{9}").all()


def test_check_digit_follows_gb_11643():
    assert check_digit("11010519491231002") == "X"  # the standard's own example
    assert id_is_valid("11010519491231002X")
    assert not id_is_valid("110105194912310021")


@pytest.mark.parametrize("year", [2023, 2024])
def test_headers_use_only_titles_from_ledger_kinds(year):
    for ledger in ledgers(year):
        allowed = set(ALLOWED_TITLES[ledger.kind].split())
        for book in ledger.books:
            for sheet in book.sheets:
                for r in sheet.header_rows:
                    titles = {c for c in sheet.rows[r - 1] if c is not None}
                    assert titles <= allowed, (book.filename, titles - allowed)


@pytest.mark.parametrize("year", [2023, 2024])
def test_row_deduplicated_kinds_have_no_identical_records(truth, year):
    for kind in ("disclosure", "security", "fraud_watch", "counsel", "training", "normative_documents"):
        assert not truth[year]["tables"][kind].duplicated().any(), kind


def test_2024_files_show_the_required_quirks():
    paths = {p.name: p for p in SHIPPED[2024].iterdir()}
    csv_raw = paths["2024年政务公开信息发布台账.csv"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        csv_raw.decode("utf-8")
    lines = csv_raw.decode("gb18030").splitlines()
    assert SAMPLE_NOTE in lines[0] and lines[1].startswith("填报单位") and lines[2].startswith("序号,")
    html_xls = paths["2024年矛盾纠纷排查化解台账（平台导出）.xls"].read_bytes()
    assert html_xls.lstrip().startswith(b"<html") and SAMPLE_NOTE.encode() in html_xls

    wb = openpyxl.load_workbook(paths["2024年行政执法案件台账.xlsx"], read_only=True)
    assert wb.sheetnames == ["一季度", "二季度", "三季度", "四季度", "填表说明"]
    numbers = {s: [str(r[1]) for r in wb[s].iter_rows(min_row=4, values_only=True)] for s in wb.sheetnames[:2]}
    assert any("〔2023〕" in n for n in numbers["一季度"])  # a previous-year case, excluded from the truth
    assert numbers["二季度"][0].replace("[", "〔").replace("]", "〕第") in numbers["一季度"]  # copied record

    mediation = openpyxl.load_workbook(paths["2024年人民调解案件登记台账.xlsx"])["一季度"]
    assert any(str(rng) == "F4:G4" for rng in mediation.merged_cells.ranges)  # 当事人 over 申请人/被申请人
    for path in paths.values():
        if path.suffix == ".xlsx":
            book = openpyxl.load_workbook(path, read_only=True)  # streams: only A1 is read
            first = next(book.worksheets[0].iter_rows(max_row=1, max_col=1, values_only=True))[0]
            book.close()
            assert SAMPLE_NOTE in first, path.name


def test_excluded_and_duplicated_records_are_not_in_the_truth(truth):
    numbers = truth[2024]["tables"]["enforcement"]["案件编号"]
    assert not numbers.str.contains("〔2023〕").any()
    assert len(numbers) == 702


# ---- The files carry the truth: a deliberately naive read-back of three 2024 ledgers. ----

_CAPITALS = {"伍拾": 50, "壹佰": 100, "贰佰": 200, "叁佰": 300}


def _case_key(number: str) -> str:
    import re

    m = re.fullmatch(r"(\D+?)[〔\[(（【](\d{4})[〕\])）】]第?0*(\d+)号", number.strip())
    assert m, number
    return f"{m[1]}〔{m[2]}〕第{m[3]}号"


def _amount(cell) -> int:
    if isinstance(cell, (int, float)):
        return int(cell)
    text = str(cell).strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return _CAPITALS.get(text) or int(float(text.removesuffix("元")))


def test_2024_enforcement_file_holds_exactly_the_truth_cases(truth):
    path = SHIPPED[2024] / "2024年行政执法案件台账.xlsx"
    keys = set()
    for ws in openpyxl.load_workbook(path).worksheets:
        for row in ws.iter_rows(values_only=True):
            if isinstance(row[0], int) and row[1]:
                keys.add(_case_key(row[1]))
    in_year = {k for k in keys if "〔2024〕" in k}
    assert len(keys) == 703  # 702 cases, the copied record once, plus the previous-year case
    assert in_year == set(truth[2024]["tables"]["enforcement"]["案件编号"])


def test_2024_mediation_file_adds_up_to_the_published_subsidy():
    wb = openpyxl.load_workbook(SHIPPED[2024] / "2024年人民调解案件登记台账.xlsx")
    total, cases = 0, 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=6, values_only=True):
            if isinstance(row[0], int) and row[8] in ("调解成功", "成功"):
                cases += 1
                total += _amount(row[11])
    assert (cases, total) == (551, 51800)


def test_2024_dispute_export_holds_572_screened_551_resolved():
    import re

    page = (SHIPPED[2024] / "2024年矛盾纠纷排查化解台账（平台导出）.xls").read_text("utf-8")
    rows = [re.findall(r"<td[^>]*>(.*?)</td>", tr) for tr in re.findall(r"<tr>(.*?)</tr>", page)]
    records = [r for r in rows if r and r[0].isdigit()]
    assert len(records) == 572
    assert sum(r[8] in ("已化解", "化解", "已调处化解") for r in records) == 551
