"""岁丰镇（虚构）2024: the fifty-first development town, weighted to **ledgers that span years** — where a wrong
number comes from counting another year's rows: the 司法所's 行政应诉 register kept in one sheet since 2021, the 信访
台账 with 上年结转 / 本年新增 ticks, a mediation book of sheets 2023年 / 2024年 / 2025年1-3月 whose sheets and
卷宗号 disagree with the 受理日期 at the turn of the year, a dispute register whose 排查 and 化解 dates sit under one
merged 时间 title, the counsel's register kept per contract year (聘用期限 2023.7—2024.6, a row per month), a
penalty register whose 立案 / 决定 / 结案 fall in three years, a 平安建设 form whose columns are named by years, and
a 政务公开 quarterly return whose columns are month ranges (4-6月 | 1-6月).

Truth decisions (the date of each figure is shared/spec/indicators.md's and fzlib/specs/*.yaml's `date`):
a lawsuit is the year's by its 开庭日期 (heard in court), not its 收案日期 or 结案日期; a case received in 2023 and
heard in 2024 counts in 2024, one received in 2024 and heard in January 2025 does not, one awaiting its hearing
counts in no year yet; an appeal (行终) is a 件次 of its own. A petition is the year's by its 交办日期: the 上年结转
items are last year's. A mediation case is the year's by its 受理日期, whatever sheet it was filed in and whatever
year its 卷宗号 names (offices number a file when it is closed): a case received on 2023-12-27 in the 2024年 sheet
numbered （2024）… is 2023's; a case received on 2024-12-27 in the 2025年1-3月 sheet numbered （2025）… is 2024's.
A dispute is the year's by its 排查时间, resolved by its state as kept (a 2024 dispute resolved in January 2025 is
resolved). A counsel's service is the year's by its month; the 合计 rows total a contract year that straddles two
calendar years and count nothing. A penalty is the year's by its 决定日期. The year-named form's 2024年 column is the
year; the quarterly return's fourth-quarter 1-12月 column is the year.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "岁丰镇"
YEAR = 2024
VILLAGES = ("岁丰社区", "禾场村", "谷雨村", "新桥村", "高枧村", "石碾村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}
COURT = "黔0399"  # a court code that does not exist (illustrative)


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    since_2021_one_sheet_litigation(built, rng)
    carried_over_and_new_ticks_petitions(built, rng)
    year_sheets_disagreeing_with_dates_mediation(built, rng)
    two_dates_under_one_parent_disputes(built, rng)
    contract_year_months_counsel(built, rng)
    filed_decided_closed_in_three_years_enforcement(built, rng)
    year_named_columns_security(built)
    month_range_columns_quarterly_disclosure(built, rng)
    absent = ("normative_documents", "fraud_watch", "training")
    for kind in absent:
        built.ledgers[kind] = Null("岁丰镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 行政应诉: one sheet kept since 2021 ---------------------------------------------------------------------------

LITIGATION_FILE = f"{TOWN}人民政府行政应诉案件登记台账（2021年以来）.xlsx"
CAUSES = ("不服土地征收补偿决定", "要求履行法定职责", "不服行政处罚决定", "政府信息公开答复", "房屋强制拆除",
          "不服林权登记")  # fmt: skip
RESULTS = ("驳回诉讼请求", "撤诉", "调解", "确认违法", "撤销")
# Whether a 负责人 appeared, case by case (the register's rows in order): two of the four 2024 hearings, and the case
# heard in January 2025, which would raise the rate if it were counted.
APPEARED = (True, False, True, True, False, True, False, True, False, True, False, True)


def since_2021_one_sheet_litigation(built: Built, rng: random.Random) -> None:
    # (收案, 开庭 or None, 结案 or None, instance) — the register runs from 2021 into 2025.
    cases = [
        (dt.date(2021, 3, 15), dt.date(2021, 5, 20), dt.date(2021, 7, 2), "行初"),
        (dt.date(2021, 9, 6), dt.date(2021, 11, 11), dt.date(2021, 12, 30), "行初"),
        (dt.date(2022, 4, 18), dt.date(2022, 6, 23), dt.date(2022, 8, 9), "行初"),
        (dt.date(2022, 10, 10), dt.date(2022, 12, 7), dt.date(2023, 2, 14), "行初"),
        (dt.date(2023, 5, 8), dt.date(2023, 7, 13), dt.date(2023, 9, 1), "行初"),
        (dt.date(2023, 11, 20), dt.date(2024, 1, 16), dt.date(2024, 3, 8), "行初"),  # received 2023, heard 2024
        (dt.date(2024, 3, 4), dt.date(2024, 5, 9), dt.date(2024, 6, 27), "行初"),
        (dt.date(2024, 7, 1), dt.date(2024, 10, 15), dt.date(2024, 11, 20), "行终"),  # the appeal of the row above
        (dt.date(2024, 6, 12), dt.date(2024, 8, 22), dt.date(2025, 1, 10), "行初"),  # heard 2024, decided 2025
        (dt.date(2024, 11, 26), dt.date(2025, 1, 9), None, "行初"),  # received 2024, heard 2025
        (dt.date(2024, 12, 18), None, None, "行初"),  # awaiting its hearing
        (dt.date(2025, 2, 11), dt.date(2025, 3, 20), None, "行初"),
    ]
    head1 = ["序号", "收案日期", "案号", "当事人", None, "案由", "开庭日期", "出庭应诉情况", None, "结案日期",
             "审理结果", "备注"]  # fmt: skip
    head2 = [None, None, None, "原告", "被告", None, None, "出庭负责人", "负责人是否出庭", None, None, None]
    sheet = Sheet("应诉台账")
    sheet.title(f"{TOWN}人民政府行政应诉案件登记台账", len(head1))
    sheet.add("填报单位：岁丰镇司法所（虚构）", None, None, None, None, None, None, None, None,
              "2021年起连续登记")  # fmt: skip
    merges = [(1, c, 2, c) for c in (1, 2, 3, 6, 7, 10, 11, 12)] + [(1, 4, 1, 5), (1, 8, 1, 9)]
    sheet.header([head1, head2], merges=merges)
    records = []
    numbers: dict[tuple[int, str], int] = {}
    first_instance_no = ""
    for n, (received, heard, closed, instance) in enumerate(cases, start=1):
        key = (received.year, instance)
        numbers[key] = numbers.get(key, rng.randint(3, 9)) + rng.randint(1, 6)
        court = "黔03" if instance == "行终" else COURT  # an appeal goes to the intermediate court
        case_no = f"（{received.year}）{court}{instance}{numbers[key]}号"
        appeared = heard is not None and APPEARED[n - 1]
        leader = (f"{fake.name(rng)}（{'镇长' if rng.random() < 0.5 else '副镇长'}）" if appeared
                  else ("" if heard is None else f"{fake.name(rng)}（司法所所长，受委托）"))  # fmt: skip
        result = rng.choice(RESULTS) if closed else ("待开庭" if heard is None else "审理中")
        note = ""
        if instance == "行终":
            note = f"不服{first_instance_no}一审判决提起上诉"
        elif heard is None:
            note = "已提交答辩状，待法院通知开庭"
        sheet.add(
            n,
            dt.datetime(received.year, received.month, received.day),
            case_no,
            fake.name(rng),
            f"{TOWN}人民政府",
            rng.choice(CAUSES),
            dt.datetime(heard.year, heard.month, heard.day) if heard else None,
            leader,
            ("是" if appeared else "否") if heard else None,
            f"{closed.year}.{closed.month}.{closed.day}" if closed else None,
            result,
            note,
        )
        if instance == "行初":
            first_instance_no = case_no
        records.append({"case_no": case_no, "heard_on": heard, "appeared": appeared})
    built.books.append(Book(LITIGATION_FILE, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("register_since_2021_one_sheet", LITIGATION_FILE, "应诉台账", f,
                "2021年起在一张表里连续登记（标题不写年份，到2025年仍在记）：只数开庭日期在2024年的案件")  # fmt: skip
    built.quirk("received_one_year_heard_next", LITIGATION_FILE, "应诉台账", f,
                "2023年11月收案、2024年1月开庭的一件计入2024年；2024年11月收案、2025年1月开庭的一件不计；"
                "2024年6月收案、8月开庭、2025年1月结案的一件计入2024年（按开庭日期）")  # fmt: skip
    built.quirk("awaiting_hearing_row", LITIGATION_FILE, "应诉台账", f,
                "2024年12月收案、尚未开庭的一件：开庭日期空着，审理结果 待开庭：哪一年都还不计，不是错误")  # fmt: skip
    built.quirk("appeal_own_case_number", LITIGATION_FILE, "应诉台账", f,
                "二审（黔03行终N号）另起一行、另有案号，备注写 不服（2024）…行初N号一审判决提起上诉：是另一件次")  # fmt: skip


# --- 信访: 上年结转 / 本年新增 ticked ---------------------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项办理台账（2024年）.xlsx"
ISSUES = ("土地征收补偿款分配", "林地界址争议", "拖欠农民工工资", "低保评定", "宅基地审批", "产业路占地补偿")


def carried_over_and_new_ticks_petitions(built: Built, rng: random.Random) -> None:
    # (交办单位, 交办日期, 状态, 办结日期, carried over)
    items = [
        ("市联办", dt.date(2023, 9, 14), "已化解", dt.date(2024, 2, 20), True),
        ("县联办", dt.date(2023, 11, 2), "正在化解", None, True),
        ("省联办", dt.date(2023, 12, 19), "已化解", dt.date(2024, 4, 11), True),
        ("中联办", dt.date(2024, 3, 5), "已化解", dt.date(2024, 5, 30), False),
        ("省联办", dt.date(2024, 4, 22), "正在化解", None, False),
        ("市联办", dt.date(2024, 6, 17), "已化解", dt.date(2024, 8, 2), False),
        ("县联办", dt.date(2024, 8, 8), "已化解", dt.date(2024, 9, 12), False),
        ("本级受理", dt.date(2024, 9, 3), "已化解", dt.date(2024, 9, 20), False),
        ("县联办", dt.date(2024, 10, 28), "未化解", dt.date(2024, 12, 6), False),
        ("市联办", dt.date(2024, 12, 23), "已化解", dt.date(2025, 1, 10), False),  # closed next year
    ]
    head1 = ["序号", "信访编号", "交办单位", "信访人", "反映问题", "事项来源", None, "交办日期", "办理情况", None,
             "责任领导"]  # fmt: skip
    head2 = [None, None, None, None, None, "上年结转", "本年新增", None, "办理状态", "办结日期", None]
    sheet = Sheet("信访台账")
    sheet.title(f"{TOWN}2024年信访事项办理台账", len(head1))
    merges = [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 11)] + [(1, 6, 1, 7), (1, 9, 1, 10)]
    sheet.header([head1, head2], merges=merges)
    records = []
    for n, (source, assigned, status, closed, carried) in enumerate(items, start=1):
        number = f"SF{assigned.year}{n:03d}"
        sheet.add(
            n,
            number,
            source,
            fake.name(rng),
            rng.choice(ISSUES),
            "√" if carried else None,
            None if carried else "√",
            f"{assigned.year}年{assigned.month}月{assigned.day}日",
            status,
            f"{closed.year}年{closed.month}月{closed.day}日" if closed else None,
            fake.name(rng),
        )
        records.append({"petition_no": number, "source": source, "assigned_on": assigned, "status": status})
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("carried_over_and_new_ticks", PETITIONS_FILE, "信访台账", f,
                "事项来源 › 上年结转 / 本年新增 两列打 √：上年结转的三件交办日期在2023年，2024年化解了也不是本年交办的")  # fmt: skip
    built.quirk("closed_next_year", PETITIONS_FILE, "信访台账", f,
                "2024年12月23日交办、2025年1月10日办结 已化解：按交办日期计入2024年，状态照台账所记")  # fmt: skip


# --- 人民调解: sheets 2023年 / 2024年 / 2025年1-3月, sheets and 卷宗号 against the 受理日期 ----------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记台账.xlsx"
DISPUTE_TYPES = {"邻里纠纷": 5, "婚姻家庭纠纷": 3, "山林土地纠纷": 3, "房屋宅基地纠纷": 2, "合同纠纷": 1,
                 "损害赔偿纠纷": 1, "劳动争议": 0.5}  # fmt: skip
ORAL, WRITTEN = 50, 150  # 元/件, illustrative


def _mediation_sheet(name: str, title: str) -> Sheet:
    head1 = ["序号", "卷宗号", "受理日期", "纠纷类型", "当事人", None, "调解结果", "协议形式", "结案日期",
             "补贴金额（元）"]  # fmt: skip
    head2 = [None, None, None, None, "申请人", "被申请人", None, None, None, None]
    sheet = Sheet(name)
    sheet.title(title, len(head1))
    merges = [(1, c, 2, c) for c in (1, 2, 3, 4, 7, 8, 9, 10)] + [(1, 5, 1, 6)]
    sheet.header([head1, head2], merges=merges)
    return sheet


def year_sheets_disagreeing_with_dates_mediation(built: Built, rng: random.Random) -> None:
    # Each sheet lists the files numbered in its year: a file is numbered when it is closed, so a case received in
    # late December sits in the next year's sheet under the next year's number.
    plan = {
        "2023年": (2023, fake.dates_in(rng, 2023, 14, first=dt.date(2023, 1, 9), last=dt.date(2023, 12, 15))),
        "2024年": (2024, [dt.date(2023, 12, 27), dt.date(2023, 12, 29)]
                   + fake.dates_in(rng, 2024, 26, first=dt.date(2024, 1, 8), last=dt.date(2024, 12, 13))),
        "2025年1-3月": (2025, [dt.date(2024, 12, 23), dt.date(2024, 12, 27)]
                        + fake.dates_in(rng, 2025, 5, first=dt.date(2025, 1, 6), last=dt.date(2025, 3, 21))),
    }  # fmt: skip
    sheets = []
    records = []
    for name, (file_year, days) in plan.items():
        sheet = _mediation_sheet(name, f"{TOWN}人民调解案件登记台账（{name}）")
        for n, accepted in enumerate(days, start=1):
            file_no = f"（{file_year}）岁人调字第{n}号"
            result = fake.pick(rng, {"调解成功": 8, "调解不成功": 1})
            if accepted.year != file_year:  # the turn-of-year cases of the quirks were all settled
                result = "调解成功"
            closed = accepted + dt.timedelta(days=rng.randint(3, 25))
            if file_year == 2025 and n > 4:
                result = fake.pick(rng, {"调解成功": 2, "调解中": 1})
            if closed.year > file_year:  # a file numbered this year was closed this year
                closed = dt.date(file_year, 12, 30)
            if accepted.year < file_year and closed.year < file_year:
                closed = dt.date(file_year, 1, rng.randint(3, 12))
            form = fake.pick(rng, {"口头": 3, "书面": 2}) if result == "调解成功" else None
            subsidy = (ORAL if form == "口头" else WRITTEN) if result == "调解成功" else None
            sheet.add(
                n,
                file_no,
                dt.datetime(accepted.year, accepted.month, accepted.day),
                fake.pick(rng, DISPUTE_TYPES),
                fake.name(rng),
                fake.name(rng),
                result,
                {"口头": "口头协议", "书面": "书面协议"}.get(form or "", None),
                dt.datetime(closed.year, closed.month, closed.day) if result != "调解中" else None,
                subsidy,
            )
            records.append({"file_no": file_no, "accepted_on": accepted, "result": result, "form": form,
                            "subsidy": subsidy})  # fmt: skip
        sheets.append(sheet)
    built.books.append(Book(MEDIATION_FILE, sheets))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("year_sheets_2023_2024_2025q1", MEDIATION_FILE, "2023年 / 2024年 / 2025年1-3月", f,
                "一本台账按年分表：2023年、2024年、2025年1-3月；日期写全了年份")  # fmt: skip
    built.quirk("case_number_year_against_accepted_date", MEDIATION_FILE, "2024年", f,
                "2024年 表前两行 卷宗号（2024）岁人调字第1、2号，受理日期 2023年12月27日、29日（年底受理、次年结案立卷）："
                "按受理日期是2023年的案件，不计入2024年")  # fmt: skip
    built.quirk("this_years_case_in_next_years_sheet", MEDIATION_FILE, "2025年1-3月", f,
                "2025年1-3月 表前两行 卷宗号（2025）岁人调字第1、2号，受理日期 2024年12月23日、27日：按受理日期计入2024年")  # fmt: skip


# --- 矛盾纠纷: 排查 and 化解 dates under one merged 时间 title, kept from October 2023 into 2025 --------------------

DISPUTES_FILE = f"{TOWN}矛盾纠纷排查化解工作台账.xlsx"


def two_dates_under_one_parent_disputes(built: Built, rng: random.Random) -> None:
    head1 = ["编号", "时间", None, "村（社区）", "纠纷类型", "当事人", "简要情况", "化解状态", "责任人"]
    head2 = [None, "排查", "化解", None, None, None, None, None, None]
    sheet = Sheet("排查化解台账")
    sheet.title(f"{TOWN}矛盾纠纷排查化解工作台账", len(head1))
    merges = [(1, c, 2, c) for c in (1, 4, 5, 6, 7, 8, 9)] + [(1, 2, 1, 3)]
    sheet.header([head1, head2], merges=merges)
    days = (
        fake.dates_in(rng, 2023, 9, first=dt.date(2023, 10, 9), last=dt.date(2023, 12, 28))
        + fake.dates_in(rng, 2024, 58)
        + fake.dates_in(rng, 2025, 6, first=dt.date(2025, 1, 6), last=dt.date(2025, 2, 26))
    )
    days = sorted(days)
    records = []
    for n, screened in enumerate(days, start=1):
        late = screened >= dt.date(2025, 2, 1)
        status = fake.pick(rng, {"已化解": 2, "化解中": 1}) if late else fake.pick(rng, {"已化解": 12, "化解中": 1,
                                                                                      "未化解": 0.5})  # fmt: skip
        resolved = screened + dt.timedelta(days=rng.randint(4, 30)) if status == "已化解" else None
        sheet.add(
            f"SFJF-{screened.year}-{n:03d}",
            f"{screened.year}.{screened.month}.{screened.day}",
            f"{resolved.year}.{resolved.month}.{resolved.day}" if resolved else None,
            rng.choice(VILLAGES),
            fake.pick(rng, DISPUTE_TYPES),
            fake.name(rng),
            "双方因排水、地界等问题发生争执",
            status,
            fake.name(rng),
        )
        records.append({"screened_on": screened, "status": status})
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("two_dates_under_one_parent", DISPUTES_FILE, "排查化解台账", f,
                "合并的父标题 时间 下两列 排查 / 化解：排查 是纠纷的日期，化解 是化解的日期")  # fmt: skip
    built.quirk("register_runs_across_years", DISPUTES_FILE, "排查化解台账", f,
                "2023年10月起至2025年2月连续登记，标题不写年份：2023年12月排查、2024年1月化解的不计，"
                "2024年12月排查、2025年1月化解的计入2024年（且已化解）")  # fmt: skip


# --- 法律顾问: a sheet per contract year, a row per month ---------------------------------------------------------

COUNSEL_FILE = f"{TOWN}人民政府法律顾问服务台账（2023.7—2025.6）.xlsx"
COUNSEL_COLUMNS = (("法律咨询（次）", "法律咨询", 6), ("审查合同（份）", "文书审核", 2.5),
                   ("出具法律意见书（份）", "法律意见书", 1), ("法律援助（件）", "法律援助", 0.3),
                   ("参与调解（次）", None, 1))  # fmt: skip


def contract_year_months_counsel(built: Built, rng: random.Random) -> None:
    periods = [("2023.7-2024.6", dt.date(2023, 7, 1), "SFFG-2023-01"), ("2024.7-2025.6", dt.date(2024, 7, 1),
                                                                         "SFFG-2024-01")]  # fmt: skip
    sheets = []
    records = []
    for name, start, contract in periods:
        end = dt.date(start.year + 1, 6, 30)
        sheet = Sheet(name)
        width = 3 + len(COUNSEL_COLUMNS)
        sheet.title(f"{TOWN}人民政府法律顾问服务台账", width)
        sheet.add(f"法律顾问单位：贵州岁丰律师事务所（虚构）    合同编号：{contract}", None, None, None,
                  f"聘用期限：{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日")  # fmt: skip
        sheet.header([["月份", *(c for c, _, _ in COUNSEL_COLUMNS), "服务律师", "备注"]])
        first = sheet.next_row
        for k in range(12):
            month = dt.date(start.year + (start.month - 1 + k) // 12, (start.month - 1 + k) % 12 + 1, 1)
            label = f"{month.year}年{month.month}月"
            if month > dt.date(2025, 1, 1):  # handed over in January 2025: the months ahead still blank
                sheet.add(label, *([None] * len(COUNSEL_COLUMNS)), None, None)
                continue
            counts = []
            for _, service, weight in COUNSEL_COLUMNS:
                count = max(0, round(rng.gauss(weight, weight / 2))) if rng.random() < 0.85 else 0
                counts.append(count or None)
                if service and count:
                    records.append({"served_on": month, "service": service, "quantity": count})
            sheet.add(label, *counts, fake.name(rng), "现场服务4小时" if rng.random() < 0.4 else None)
        last = sheet.next_row - 1
        totals = []
        for c in range(len(COUNSEL_COLUMNS)):
            col = "BCDEF"[c]
            cached = sum(r[c + 1] or 0 for r in sheet.rows[first - 1 : last])
            totals.append(Formula(f"SUM({col}{first}:{col}{last})", cached))
        sheet.add("合计", *totals, None, "聘用期内合计")
        sheets.append(sheet)
    built.books.append(Book(COUNSEL_FILE, sheets))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("contract_year_sheets", COUNSEL_FILE, "2023.7-2024.6 / 2024.7-2025.6", f,
                "按聘用合同年度分表（聘用期限 2023年7月1日至2024年6月30日…）：2024年的服务分在两张表里，"
                "只数 2024年1月至12月 这十二行")  # fmt: skip
    built.quirk("month_rows_with_service_columns", COUNSEL_FILE, "2023.7-2024.6 / 2024.7-2025.6", f,
                "一月一行，每项服务一列（法律咨询（次）、审查合同（份）…），空格是 0；2025年2月以后的行留空")  # fmt: skip
    built.quirk("contract_period_total_row", COUNSEL_FILE, "2023.7-2024.6 / 2024.7-2025.6", f,
                "合计 行（SUM 公式）是整个聘用期的合计，跨两个年度：不是记录")  # fmt: skip


# --- 行政处罚: 立案 / 决定 / 结案 in three years -------------------------------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}行政处罚案件登记台账.xlsx"
OFFENCES = ("未经批准擅自占用耕地建房", "无证运输木材", "违规露天焚烧秸秆", "占道经营", "未按规定处置建筑垃圾")


def filed_decided_closed_in_three_years_enforcement(built: Built, rng: random.Random) -> None:
    # (立案, 决定 or None, 结案 or None)
    cases = [
        (dt.date(2023, 10, 12), dt.date(2023, 12, 5), dt.date(2023, 12, 28)),
        (dt.date(2023, 11, 20), dt.date(2023, 12, 22), dt.date(2024, 1, 15)),
        (dt.date(2023, 12, 11), dt.date(2024, 1, 18), dt.date(2024, 3, 2)),  # filed 2023, decided 2024
        (dt.date(2023, 12, 26), dt.date(2024, 2, 27), dt.date(2025, 1, 14)),  # three years
    ]
    cases += [(d, d + dt.timedelta(days=rng.randint(20, 50)), None) for d in
              fake.dates_in(rng, 2024, 11, first=dt.date(2024, 1, 8), last=dt.date(2024, 10, 25))]  # fmt: skip
    cases += [
        (dt.date(2024, 11, 5), dt.date(2024, 12, 16), dt.date(2025, 2, 20)),  # decided 2024, closed 2025
        (dt.date(2024, 12, 2), dt.date(2025, 1, 8), None),  # filed 2024, decided 2025
        (dt.date(2024, 12, 20), None, None),  # still under investigation
    ]
    head = ["序号", "立案编号", "立案日期", "案由", "当事人", "决定书文号", "决定日期", "罚款金额（元）", "执行情况",
            "结案日期"]  # fmt: skip
    sheet = Sheet("处罚台账")
    sheet.title(f"{TOWN}行政处罚案件登记台账", len(head))
    sheet.header([head])
    filed_no: dict[int, int] = {}
    decided_no: dict[int, int] = {}
    records = []
    for n, (filed, decided, closed) in enumerate(cases, start=1):
        filed_no[filed.year] = filed_no.get(filed.year, 0) + 1
        filing = f"岁丰立〔{filed.year}〕{filed_no[filed.year]}号"
        number = ""
        if decided:
            decided_no[decided.year] = decided_no.get(decided.year, 0) + 1
            number = f"岁丰罚决〔{decided.year}〕{decided_no[decided.year]}号"
        if decided and closed is None and decided < dt.date(2024, 11, 1):
            closed = decided + dt.timedelta(days=rng.randint(10, 40))
        fine = rng.choice([200, 500, 1000, 2000, 3000]) if decided else None
        state = "调查中" if not decided else ("已执行" if closed else "执行中")
        sheet.add(
            n, filing, f"{filed:%Y-%m-%d}", rng.choice(OFFENCES), fake.name(rng), number or None,
            f"{decided:%Y-%m-%d}" if decided else None, fine, state, f"{closed:%Y-%m-%d}" if closed else None,
        )  # fmt: skip
        if decided:
            records.append({"case_no": number, "category": "行政处罚", "decided_on": decided})
    built.books.append(Book(ENFORCEMENT_FILE, [sheet]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.penalty")
    built.quirk("filed_decided_closed_three_years", ENFORCEMENT_FILE, "处罚台账", f,
                "立案日期 2023年12月、决定日期 2024年2月、结案日期 2025年1月：按决定日期计入2024年；"
                "2024年12月立案、2025年1月决定的不计；2023年12月决定、2024年1月结案的不计")  # fmt: skip
    built.quirk("filing_number_beside_decision_number", ENFORCEMENT_FILE, "处罚台账", f,
                "立案编号（岁丰立〔2023〕N号）与 决定书文号（岁丰罚决〔2024〕N号）两列编号，年份各不相同；"
                "调查中的一件只有立案编号")  # fmt: skip
    built.quirk("category_from_sheet_or_title", ENFORCEMENT_FILE, "处罚台账", f, "没有执法类别列：标题 行政处罚 即类别")


# --- 平安建设: a form whose columns are named by years --------------------------------------------------------------

SECURITY_FILE = f"{TOWN}平安建设主要数据对比表.xlsx"


def year_named_columns_security(built: Built) -> None:
    sheet = Sheet("对比表")
    sheet.title(f"{TOWN}平安建设主要数据对比表", 5)
    sheet.add("填报单位：岁丰派出所（虚构）", None, None, "填报日期：2025年1月8日")
    sheet.header([["项目", "2023年", "2024年", "同比增减", "备注"]])
    rows = {
        "家暴告诫书（份）": (9, 12),
        "家暴治安案件行政拘留（人）": (2, 1),
        "涉黄治安案件（起）": (5, 3),
        "涉黄治安案件行政拘留（人）": (8, 4),
        "涉赌治安案件（起）": (7, 10),
    }
    for item, (last, this) in rows.items():
        change = "持平" if last == this else f"{(this - last) / last:+.1%}"
        sheet.add(item, last, this, change, None)
    built.books.append(Book(SECURITY_FILE, [sheet]))
    built.ledgers["security"] = Stats(
        {
            "security.dv_warnings": 12,
            "security.dv_detentions": 1,
            "security.vice_cases": 3,
            "security.vice_detentions": 4,
        }
    )
    built.quirk("year_named_columns", SECURITY_FILE, "对比表", "security.*",
                "统计表的列以年份为名：2023年 | 2024年 | 同比增减（+33.3%）：本年的数在 2024年 列，2023年 在前")  # fmt: skip


# --- 政务公开: a quarterly return whose columns are month ranges ---------------------------------------------------

DISCLOSURE_FILE = f"{TOWN}2024年政务公开工作季度统计表.xlsx"


def month_range_columns_quarterly_disclosure(built: Built, rng: random.Random) -> None:
    items = ("主动公开政府信息（条）", "以媒体报道等形式发布信息（条）", "受理依申请公开（件）")
    quarters = {item: [rng.randint(*span) for _ in range(4)] for item, span in
                zip(items, ((4, 12), (20, 45), (0, 1)), strict=True)}  # fmt: skip
    sheets = []
    for q, name in enumerate(("一季度", "二季度", "三季度", "四季度"), start=1):
        first, last = 3 * q - 2, 3 * q
        sheet = Sheet(name)
        sheet.title(f"{TOWN}2024年{name}政务公开工作统计表", 4)
        sheet.header([["项目", f"{first}-{last}月", f"1-{last}月", "备注"]])
        for item in items:
            sheet.add(item, quarters[item][q - 1], sum(quarters[item][:q]), None)
        sheets.append(sheet)
    built.books.append(Book(DISCLOSURE_FILE, sheets))
    built.ledgers["disclosure"] = Stats(
        {
            "disclosure.proactive": sum(quarters[items[0]]),
            "disclosure.media": sum(quarters[items[1]]),
            "disclosure.on_request": sum(quarters[items[2]]),
        }
    )
    built.quirk("month_range_columns", DISCLOSURE_FILE, "一季度…四季度", "disclosure.*",
                "季度表两列以月份区间为名：本季 写 4-6月，累计 写 1-6月（一季度两列都是1-3月的数）：全年是四季度的 1-12月，"
                "各季不能相加，也不能把 本季 与 累计 相加")  # fmt: skip
