"""梨园乡（虚构）2025: the forty-second development town, whose offices **changed templates in the middle of the year**:
the county issued new ledger templates in July, so each ledger exists in two layouts.

The 司法所 kept its mediation register in one book, the old form in a sheet 上半年（旧表） and the new one in a sheet
下半年（新表）: columns renamed (卷宗号 → 案件编号, 受理日期 → 受理时间, 结案日期 → 办结时间, 补贴金额（元） → 以案定补金额（元）),
reordered, 当事人 split into 申请人 / 被申请人 under a merged 当事人, a column added (案件来源), and the result's words
changed (调解结果 成功 / 不成功 → 是否调解成功 是 / 否). The 综治办 kept disputes in two files (旧模板 / 新模板): 化解情况
已化解 / 化解中 became 办理状态 已办结 / 办理中 beside a new 是否化解 (是 / 否), so a dispute concluded without agreement
is 已办结 and 否. In both, the clerk **copied the cases still open at the end of June into the new form**, where they
appear again with their outcome: one case, counted once, in its final state. The 信访办 did the same in one book
(交办单位 → 来源 县联办交办, 办理状态 → 办理情况 已办结 / 办理中 beside 是否化解). Enforcement is kept only as the county's
half-yearly statistics form, whose **categories changed in July**: the old form had 行政许可, 行政处罚, 行政强制, 行政检查
and 其他行政执法行为 (行政确认 and 行政给付 inside 其他); the new form lists every category of the national list.

Truth decisions: a case copied into the new form is the old form's case (same number), its outcome the new form's; a
dispute 已办结 with 是否化解 否 is not resolved; the year's enforcement total and the four categories both forms state
are the two half-years added; 行政确认, 行政给付 and 其他 are unknown for the year (the first half-year's form states
them only together), so they are null, not the second half-year's count."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import ENFORCEMENT_CATEGORIES, Null, Stats

TOWN = "梨园乡"
YEAR = 2025
VILLAGES = ("梨园社区", "杜家坝村", "青冈湾村", "白果树村", "石板沟村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}
TYPES = ("邻里纠纷", "婚姻家庭纠纷", "山林土地纠纷", "房屋宅基地纠纷", "损害赔偿纠纷", "合同纠纷")
JULY = dt.date(YEAR, 7, 1)


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    old_and_new_form_sheets_mediation(built, rng)
    old_and_new_template_files_disputes(built, rng)
    old_and_new_form_sheets_petitions(built, rng)
    categories_changed_mid_year_enforcement_form(built)
    absent = ("disclosure", "security", "fraud_watch", "counsel", "litigation", "normative_documents", "training")
    for kind in absent:
        built.ledgers[kind] = Null("梨园乡没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


def _dot(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


def _dt(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day)


# --- 人民调解: the old form (上半年) and the new form (下半年) in one book -----------------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记台账（{YEAR}年）.xlsx"
RESULTS = {"调解成功": 8, "调解不成功": 1.5}
RATES = {"口头": 100, "书面": 200}
SOURCES = {"当事人申请": 6, "调委会主动调解": 3, "派出所移交": 1, "法院委托": 0.5}
OLD_WORDS = {"调解成功": "成功", "调解不成功": "不成功", "调解中": "调解中"}
NEW_WORDS = {"调解成功": "是", "调解不成功": "否", "调解中": "调解中"}


def old_and_new_form_sheets_mediation(built: Built, rng: random.Random) -> None:
    old, new = Sheet("上半年（旧表）"), Sheet("下半年（新表）")
    old.title(f"{TOWN}人民调解案件登记台账（{YEAR}年1-6月）", 9)
    old.header(
        [["序号", "卷宗号", "受理日期", "当事人", "纠纷类型", "调解结果", "协议形式", "结案日期", "补贴金额（元）"]]
    )
    new.title(f"{TOWN}人民调解案件登记台账（{YEAR}年7-12月，县司法局新模板）", 11)
    new.header(
        [
            [
                "序号",
                "案件编号",
                "案件来源",
                "当事人",
                None,
                "纠纷类型",
                "受理时间",
                "是否调解成功",
                "协议形式",
                "办结时间",
                "以案定补金额（元）",
            ],
            [None, None, None, "申请人", "被申请人", None, None, None, None, None, None],
        ],  # fmt: skip
        merges=[(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 5), *((1, c, 2, c) for c in range(6, 12))],
    )
    records: list[dict] = []
    carried: list[tuple] = []
    number = 0

    def case(day: dt.date, last: dt.date | None) -> tuple:
        nonlocal number
        number += 1
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
        closed = day + dt.timedelta(days=rng.randint(3, 20))
        if last is not None and closed > last:
            result, form = "调解中", None  # still in mediation when the sheet was closed
        return (f"（{YEAR}）梨人调字第{number}号", day, fake.name(rng), fake.name(rng), rng.choice(TYPES), result,
                form, closed, RATES[form] if form else None)  # fmt: skip

    for n, day in enumerate(fake.dates_in(rng, YEAR, 21, last=dt.date(YEAR, 6, 27)), start=1):
        file_no, _, a, b, kind, result, form, closed, subsidy = c = case(day, dt.date(YEAR, 6, 30))
        if n in (19, 21):
            result, c = "调解中", (*c[:5], "调解中", None, closed, None)
        if result == "调解中":
            # Open at the end of June: no result yet in the old form; copied into the new form with its outcome.
            old.add(n, file_no, _dot(day), f"{a}、{b}", kind, "调解中", None, None, None)
            carried.append(c)
            continue
        old.add(n, file_no, _dot(day), f"{a}、{b}", kind, OLD_WORDS[result], form, _dot(closed), subsidy)
        records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    serial = 0
    for file_no, day, a, b, kind, _, _, _, _ in carried:
        # The outcome reached in July, written in the new form's words on the new form's first rows.
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "书面"]) if result == "调解成功" else None
        subsidy = RATES[form] if form else None
        closed = dt.date(YEAR, 7, rng.randint(2, 25))
        serial += 1
        new.add(serial, file_no, fake.pick(rng, SOURCES), a, b, kind, _dt(day), NEW_WORDS[result], form, _dt(closed),
                subsidy)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    for day in fake.dates_in(rng, YEAR, 22, first=JULY):
        file_no, _, a, b, kind, result, form, closed, subsidy = case(day, dt.date(YEAR, 12, 31))
        serial += 1
        new.add(serial, file_no, fake.pick(rng, SOURCES), a, b, kind, _dt(day), NEW_WORDS[result], form,
                None if result == "调解中" else _dt(closed), subsidy)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    built.books.append(Book(MEDIATION_FILE, [old, new]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    both = "上半年（旧表）/下半年（新表）"
    built.quirk("template_changed_mid_year", MEDIATION_FILE, both, f,
                "7月起用县司法局新模板：卷宗号→案件编号、受理日期→受理时间、结案日期→办结时间、补贴金额（元）→以案定补金额（元），"
                "列序不同，当事人拆成 申请人/被申请人，新增 案件来源：同一台账的两种版式")  # fmt: skip
    built.quirk("vocabulary_changed_mid_year", MEDIATION_FILE, "下半年（新表）", f,
                "调解结果 成功/不成功 → 是否调解成功 是/否（年末未结的一件写 调解中）")  # fmt: skip
    built.quirk("open_cases_copied_into_new_form", MEDIATION_FILE, both, f,
                "6月底尚在调解的几件（旧表 调解中）在新表开头又录一遍，带7月的结果：同一件，只计一次，按最终结果")  # fmt: skip


# --- 矛盾纠纷: the 旧模板 file (1-6月) and the 新模板 file (7-12月) -------------------------------------------------------

DISPUTES_OLD = f"{TOWN}矛盾纠纷排查化解台账（旧模板）.xlsx"
DISPUTES_NEW = f"{TOWN}矛盾纠纷排查化解台账（新模板）.xlsx"
STATUS = {"已化解": 8, "未化解": 1}
DISPUTE_SOURCES = {"网格员排查": 5, "群众来访": 3, "村（社区）上报": 2}


def old_and_new_template_files_disputes(built: Built, rng: random.Random) -> None:
    old, new = Sheet("2025年1-6月"), Sheet("2025年7-12月")
    old.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解台账", 9)
    old.header([["序号", "编号", "排查日期", "村（社区）", "当事人", "纠纷类型", "简要情况", "化解情况", "化解日期"]])
    new.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解工作台账（新模板，7月起使用）", 11)
    new.header(
        [
            [
                "序号",
                "编号",
                "纠纷来源",
                "排查时间",
                "所在村（社区）",
                "纠纷当事人",
                None,
                "纠纷类别",
                "办理状态",
                "是否化解",
                "办结时间",
            ],
            [None, None, None, None, None, "申请人", "被申请人", None, None, None, None],
        ],  # fmt: skip
        merges=[*((1, c, 2, c) for c in range(1, 6)), (1, 6, 1, 7), *((1, c, 2, c) for c in range(8, 12))],
    )
    records: list[dict] = []
    number = 0
    carried: list[tuple] = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 30, last=dt.date(YEAR, 6, 27)), start=1):
        number += 1
        dispute_no = f"LY{YEAR}-{number:03d}"
        status = "化解中" if day >= dt.date(YEAR, 6, 16) or n % 11 == 5 else fake.pick(rng, STATUS)
        village, a, b, kind = rng.choice(VILLAGES), fake.name(rng), fake.name(rng), rng.choice(TYPES)
        done = None if status == "化解中" else _dot(day + dt.timedelta(days=rng.randint(1, 10)))
        old.add(n, dispute_no, _dot(day), village, f"{a}、{b}", kind, "经排查发现", status, done)
        if status == "化解中":
            carried.append((dispute_no, day, village, a, b, kind))
        else:
            records.append({"screened_on": day, "status": status})
    serial = 0
    for dispute_no, day, village, a, b, kind in carried:
        # Still in hand at the end of June: copied into the new template, concluded there (resolved or not).
        settled = rng.random() < 0.75
        serial += 1
        new.add(serial, dispute_no, fake.pick(rng, DISPUTE_SOURCES), _dt(day), village, a, b, kind, "已办结",
                "是" if settled else "否", _dt(dt.date(YEAR, 7, rng.randint(1, 28))))  # fmt: skip
        records.append({"screened_on": day, "status": "已化解" if settled else "未化解"})
    for day in fake.dates_in(rng, YEAR, 32, first=JULY):
        number += 1
        serial += 1
        dispute_no = f"LY{YEAR}-{number:03d}"
        village, a, b, kind = rng.choice(VILLAGES), fake.name(rng), fake.name(rng), rng.choice(TYPES)
        if day >= dt.date(YEAR, 12, 10) and serial % 2:
            stage, settled, status, done = "办理中", None, "化解中", None
        else:
            resolved = fake.pick(rng, STATUS) == "已化解"
            stage, settled, status = "已办结", "是" if resolved else "否", "已化解" if resolved else "未化解"
            done = _dt(min(day + dt.timedelta(days=rng.randint(1, 12)), dt.date(YEAR, 12, 31)))
        new.add(serial, dispute_no, fake.pick(rng, DISPUTE_SOURCES), _dt(day), village, a, b, kind, stage, settled,
                done)  # fmt: skip
        records.append({"screened_on": day, "status": status})
    built.books.append(Book(DISPUTES_OLD, [old]))
    built.books.append(Book(DISPUTES_NEW, [new]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("template_changed_mid_year", DISPUTES_NEW, "2025年7-12月", f,
                "同一台账分成旧模板、新模板两个文件：排查日期→排查时间，当事人拆成 申请人/被申请人，新增 纠纷来源，列序不同")  # fmt: skip
    built.quirk("concluded_not_resolved", DISPUTES_NEW, "2025年7-12月", f,
                "化解情况 已化解/化解中 → 办理状态 已办结/办理中 加 是否化解 是/否：已办结而是否化解为否的不是已化解")  # fmt: skip
    built.quirk("open_cases_copied_into_new_form", DISPUTES_NEW, "2025年7-12月", f,
                "旧模板里6月下旬化解中的纠纷，原编号录入新模板开头并办结：同一件，只计一次，按新模板的结果")  # fmt: skip


# --- 信访: the old form and the new form in one book ---------------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项登记台账（{YEAR}年）.xlsx"
PETITION_SOURCES = {"县联办": 6, "市联办": 2, "本级受理": 3}


def old_and_new_form_sheets_petitions(built: Built, rng: random.Random) -> None:
    old, new = Sheet("1-6月"), Sheet("7-12月（新表）")
    old.title(f"{TOWN}{YEAR}年信访事项登记台账（1-6月）", 6)
    old.header([["序号", "信访编号", "交办单位", "交办日期", "反映问题", "办理状态"]])
    new.title(f"{TOWN}{YEAR}年信访事项办理台账（7-12月）", 8)
    new.header([["序号", "编号", "交办时间", "来源", "诉求内容", "办理情况", "是否化解", "办结时间"]])
    records: list[dict] = []
    carried = []
    issues = ["征地补偿", "低保评定", "道路硬化", "宅基地审批", "拖欠工资"]
    for n, day in enumerate(fake.dates_in(rng, YEAR, 9, last=dt.date(YEAR, 6, 25)), start=1):
        number, source = f"LYXF{YEAR}{n:03d}", fake.pick(rng, PETITION_SOURCES)
        open_ = day >= dt.date(YEAR, 6, 1) or n == 3
        status = "正在化解" if open_ else "已化解"
        old.add(n, number, source, _dot(day), rng.choice(issues), status)
        if open_:
            carried.append((number, source, day))
        else:
            records.append({"petition_no": number, "assigned_on": day, "source": source, "status": status})
    serial = 0

    def new_row(number: str, source: str, day: dt.date, status: str) -> None:
        nonlocal serial
        serial += 1
        stage, settled = {"已化解": ("已办结", "是"), "未化解": ("已办结", "否"), "正在化解": ("办理中", None)}[status]
        closed = None if stage == "办理中" else _dt(max(day, JULY) + dt.timedelta(days=rng.randint(3, 20)))
        typed = source if source == "本级受理" else f"{source}交办"
        new.add(serial, number, _dt(day), typed, rng.choice(issues), stage, settled, closed)
        records.append({"petition_no": number, "assigned_on": day, "source": source, "status": status})

    for number, source, day in carried:
        new_row(number, source, day, "已化解" if rng.random() < 0.7 else "未化解")
    for n, day in enumerate(fake.dates_in(rng, YEAR, 9, first=JULY, last=dt.date(YEAR, 12, 20)), start=10):
        status = "正在化解" if day.month == 12 else ("未化解" if n % 5 == 0 else "已化解")
        new_row(f"LYXF{YEAR}{n:03d}", fake.pick(rng, PETITION_SOURCES), day, status)
    built.books.append(Book(PETITIONS_FILE, [old, new]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("template_changed_mid_year", PETITIONS_FILE, "1-6月/7-12月（新表）", f,
                "信访编号→编号、交办单位→来源（县联办交办）、交办日期→交办时间、办理状态 已化解/正在化解 → 办理情况 已办结/办理中 加 是否化解")  # fmt: skip
    built.quirk("open_cases_copied_into_new_form", PETITIONS_FILE, "7-12月（新表）", f,
                "6月未办结的事项原编号录入新表开头并写明结果：同一件，只计一次，按新表的结果")  # fmt: skip


# --- 行政执法: the county's half-yearly form, its categories changed in July ----------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年行政执法统计表（半年报）.xlsx"
FIRST_HALF = {"行政许可": 14, "行政处罚": 9, "行政强制": 2, "行政检查": 31}
FIRST_HALF_OTHER = 11  # 行政确认 7 and 行政给付 4 of the first half-year, stated only together
SECOND_HALF = {"行政许可": 17, "行政处罚": 12, "行政强制": 1, "行政征收": 0, "行政检查": 36, "行政确认": 8,
               "行政给付": 5, "行政奖励": 0, "行政裁决": 0, "其他": 2}  # fmt: skip


def categories_changed_mid_year_enforcement_form(built: Built) -> None:
    old, new = Sheet("上半年"), Sheet("下半年")
    old.title(f"{TOWN}{YEAR}年上半年行政执法情况统计表", 3)
    old.add("填报单位：梨园乡人民政府（盖章）", None, f"统计时段：{YEAR}年1月1日至6月30日")
    old.header([["执法类别", "件数（件）", "备注"]])
    for category, count in FIRST_HALF.items():
        old.add(category, count, None)
    old.add("其他行政执法行为", FIRST_HALF_OTHER, "含行政确认、行政给付")
    old.add("合计", sum(FIRST_HALF.values()) + FIRST_HALF_OTHER, None)
    new.title(f"{TOWN}{YEAR}年下半年行政执法情况统计表（新表式）", 3)
    new.add("填报单位：梨园乡人民政府（盖章）", None, f"统计时段：{YEAR}年7月1日至12月31日")
    new.header([["执法类别", "件数（件）", "备注"]])
    for category, count in SECOND_HALF.items():
        new.add(category, count, None)
    new.add("合计", sum(SECOND_HALF.values()), None)
    built.books.append(Book(ENFORCEMENT_FILE, [old, new]))
    counts = {"enforcement.cases": sum(FIRST_HALF.values()) + FIRST_HALF_OTHER + sum(SECOND_HALF.values())}
    for figure, category in ENFORCEMENT_CATEGORIES.items():
        if category in FIRST_HALF:
            counts[figure] = FIRST_HALF[category] + SECOND_HALF[category]
        # Any other category is null: the first half-year's form lumps it into 其他行政执法行为 (or did not list it).
    built.ledgers["enforcement"] = Stats(counts)
    built.quirk("categories_changed_mid_year", ENFORCEMENT_FILE, "上半年/下半年",
                ("enforcement.cases", *ENFORCEMENT_CATEGORIES),
                "上半年旧表只列 许可、处罚、强制、检查 和“其他行政执法行为”（含确认、给付），下半年新表列全部类别："
                "总数与两表都列的四类按两半年相加，确认、给付、征收、奖励、裁决、其他全年不可知（null），不是下半年的数")  # fmt: skip
