"""松川镇（虚构）2024: the eleventh development town, from public rules and exports none of the other ten used.

Enforcement as the 综合行政执法办's register kept one sheet per half-year (the 半年 statistics cycle), where the last
penalty of the first half was entered again in the second half's sheet with its number typed another way
(松川罚字〔2024〕第5号 / 松川罚字[2024]第005号), then a 半年统计 sheet with the categories as rows. Disputes as the
weekly screening register of the 重要时期: each screening dated by its week only (第12周, 第12周（3月18日-3月24日）,
3月第3周; the year in the title, 2023年第52周 for the year before), beside a 化解时限 deadline that is a real date.
Mediation as each mediator's own list of cases (one sheet per 调解员): a case mediated by two appears in both lists,
the helper's copy with half-width brackets and no tier or subsidy (一案一补), and beside it the archive catalogue of
the bound files (卷宗归档目录), which is no register. Petitions as the 信访 register with the assigning offices'
full names (省信访工作联席会议办公室), a 三跨三分离 flag and a 群众满意度 beside the status. In the same folder,
the 12345 hotline's work-order export: tickets, not petitions nor disputes. No disclosure, security, fraud-watch, counsel, litigation, training or
normative-document ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "松川镇"
YEAR = 2024
GOV = "松川镇人民政府"
VILLAGES = ("松川社区", "石桥村", "柳溪村", "枫坪村", "青冈村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    half_year_sheets_with_bracket_variants_enforcement(built, rng)
    week_number_dates_disputes(built, rng)
    sheet_per_mediator_mediation(built, rng)
    full_office_names_and_flags_petitions(built, rng)
    hotline_orders_not_petitions(built, rng)
    absent = ("disclosure", "security", "fraud_watch", "counsel", "litigation", "training", "normative_documents")
    for kind in absent:
        built.ledgers[kind] = Null("松川镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 行政执法: one sheet per half-year; a case carried over with its number typed another way ------------------

CATEGORIES = {"行政处罚": ("罚", 5), "行政许可": ("许", 4), "行政检查": ("检", 6), "行政强制": ("强", 1)}
MATTERS = {
    "行政处罚": ["占道经营", "违规搭建", "乱倒建筑垃圾", "未按规定设置户外广告"],
    "行政许可": ["临时占用道路许可", "农村建房规划许可", "户外广告设置许可"],
    "行政检查": ["燃气安全检查", "“双随机”市场检查", "农村自建房安全检查"],
    "行政强制": ["查封违法经营场所"],
}


def half_year_sheets_with_bracket_variants_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年行政执法案件办理台账.xlsx"
    head = ["序号", "案件编号", "案件名称", "执法类别", "当事人", "立案日期", "作出决定日期", "承办机构", "备注"]
    halves = {"上半年": [], "下半年": []}
    records = []
    days = fake.dates_in(rng, YEAR, 42)
    days[0] = dt.date(YEAR, 1, 8)  # filed in December 2023, decided in January: a 2024 case
    days[-1] = dt.date(YEAR, 12, 27)
    numbers = {cat: 0 for cat in CATEGORIES}
    carried = None
    for day in days:
        category = fake.pick(rng, {k: w for k, (_, w) in CATEGORIES.items()})
        letter = CATEGORIES[category][0]
        numbers[category] += 1
        n = numbers[category]
        no = f"松川{letter}字〔{YEAR}〕第{n}号"
        filed = day - dt.timedelta(days=rng.randint(3, 20))
        if day == dt.date(YEAR, 1, 8):
            filed = dt.date(YEAR - 1, 12, 22)
        party = (
            fake.masked(fake.name(rng))
            if rng.random() < 0.7
            else f"某某{rng.choice(['商行', '餐馆', '建材店'])}（虚构）"
        )
        row = [no, rng.choice(MATTERS[category]), category, party, fake.date_cell(filed, "cn"),
               fake.date_cell(day, "cn"), "松川镇综合行政执法办（虚构）", None]  # fmt: skip
        halves["上半年" if day.month <= 6 else "下半年"].append(row)
        records.append({"case_no": no, "category": category, "decided_on": day})
        if category == "行政处罚" and day.month <= 6:
            carried = (row, n)
    # The last penalty of the first half-year was entered again at the top of the second half-year, typed another way.
    assert carried is not None
    row, n = carried
    again = [f"松川罚字[{YEAR}]第{n:03d}号", *row[1:7], "上半年结案，下半年补录归档"]
    halves["下半年"].insert(0, again)
    sheets = []
    for half, rows in halves.items():
        sheet = Sheet(f"{YEAR}年{half}")
        sheet.title(f"{TOWN}{YEAR}年{half}行政执法案件办理台账", len(head))
        sheet.add(f"填报单位：{GOV}（盖章）", *([None] * 6), "填报时间：", None)
        sheet.header([head])
        for i, r in enumerate(rows, start=1):
            sheet.add(i, *r)
        sheets.append(sheet)
    # The half-year statistics the office reports (行政执法统计): categories as rows, a column per half-year.
    stats = Sheet("半年统计")
    shead = ["执法类别", "上半年（件）", "下半年（件）", "全年合计（件）"]
    stats.title(f"{TOWN}{YEAR}年行政执法案件统计表", len(shead))
    stats.header([shead])
    for category in CATEGORIES:
        first = sum(1 for r in records if r["category"] == category and r["decided_on"].month <= 6)
        second = sum(1 for r in records if r["category"] == category and r["decided_on"].month > 6)
        stats.add(category, first, second, first + second)
    first = sum(1 for r in records if r["decided_on"].month <= 6)
    stats.add("合计", first, len(records) - first, len(records))
    sheets.append(stats)
    built.books.append(Book(file, sheets))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.penalty", "enforcement.licensing", "enforcement.inspection",
         "enforcement.coercion")  # fmt: skip
    built.quirk("half_year_per_sheet", file, "2024年上半年/2024年下半年", f, "每半年一张表（半年统计），序号每表从1起")
    built.quirk(
        "case_number_bracket_variants",
        file,
        "2024年下半年",
        f,
        "上半年结案的最后一件处罚在下半年表首行补录，文号写作 松川罚字[2024]第00N号（上半年为 松川罚字〔2024〕第N号）：同一件，只计一次",
    )
    built.quirk(
        "categories_as_rows_summary",
        file,
        "半年统计",
        f,
        "两张半年台账之后有“半年统计”：每类一行，上半年/下半年/全年合计 三列件数：是统计表，与记录核对，不再相加",
    )
    built.quirk(
        "competing_dates",
        file,
        "2024年上半年",
        f,
        "立案日期 旁有 作出决定日期：2023年12月立案、2024年1月决定的一件计入2024年",
    )


# --- 矛盾纠纷: the weekly register, the screening dated by its week only ---------------------------------------

DISPUTE_TYPES = {"邻里纠纷": 5, "婚姻家庭纠纷": 3, "山林土地纠纷": 3, "劳动争议": 1.5, "损害赔偿纠纷": 1}
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.5, "已上报": 0.4}
STATUS_TYPED = {"已化解": ["已化解", "已化解", "调解成功"], "化解中": ["化解中", "稳控中"], "未化解": ["未化解"],
                "已上报": ["已移交"]}  # fmt: skip


def week_monday(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 1)


def week_typed(year: int, week: int, n: int) -> str:
    """第12周 (the year in the title), 2023年第52周 for a week of the year before, on every fourth row the
    week's span after it (第12周（3月18日-3月24日）), and on every seventh the week of its month as another
    hand types it (3月第3周: the week holding the Monday, counted from the month's first Monday)."""
    if year != YEAR:
        return f"{year}年第{week}周"
    monday = week_monday(year, week)
    if n % 7 == 0:
        return f"{monday.month}月第{(monday.day - 1) // 7 + 1}周"
    if n % 4:
        return f"第{week}周"
    sunday = monday + dt.timedelta(days=6)
    return f"第{week}周（{monday.month}月{monday.day}日-{sunday.month}月{sunday.day}日）"


def week_number_dates_disputes(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}矛盾纠纷排查周报台账（{YEAR}年）.xlsx"
    head = ["序号", "排查周次", "村（社区）", "纠纷类型", "当事人", "纠纷概况", "包保责任人", "化解情况", "化解时限"]
    sheet = Sheet("周排查登记")
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷每周排查登记表", len(head))
    sheet.header([head])
    records = []
    weeks = sorted(rng.choice(range(1, 53)) for _ in range(46))
    weeks[0], weeks[-1] = 1, 52
    # The book was opened at the year-end meeting: the last two weeks of the year before come first,
    # typed with their year (2023年第51周); the year's own weeks are typed without it (第12周).
    dated = [(YEAR - 1, 51), (YEAR - 1, 52), (YEAR - 1, 52)] + [(YEAR, w) for w in weeks]
    for n, (year, week) in enumerate(dated, start=1):
        status = fake.pick(rng, STATUS)
        monday = week_monday(year, week)
        # A deadline a few weeks on: for the last weeks it falls in 2025 (not the screening's year).
        deadline = monday + dt.timedelta(days=rng.choice([15, 20, 30]))
        sheet.add(
            n,
            week_typed(year, week, n),
            rng.choice(VILLAGES),
            fake.pick(rng, DISPUTE_TYPES),
            f"{fake.masked(fake.name(rng))}、{fake.masked(fake.name(rng))}",
            rng.choice(["因田坎界址发生争执", "因赡养老人产生分歧", "因拖欠工资发生纠纷", "因修路占地产生矛盾"]),
            fake.name(rng),
            rng.choice(STATUS_TYPED[status]),
            fake.date_cell(deadline, "date"),
        )
        records.append({"screened_on": monday, "status": status})
    built.books.append(Book(file, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "week_number_date",
        file,
        "周排查登记",
        f,
        "重要时期每周排查：排查周次 写作 第12周，有的带起止日 第12周（3月18日-3月24日），有的写作 3月第3周，年份只在标题“松川镇2024年…”里",
    )
    built.quirk(
        "prior_year_row",
        file,
        "周排查登记",
        f,
        "台账在上年末例会时启用：前3件写作 2023年第51周、2023年第52周（上年排查）：不计入2024年",
    )
    built.quirk(
        "deadline_not_date",
        file,
        "周排查登记",
        f,
        "化解时限 是日期（第52周的在2025年1月）：是期限，不是排查日期",
    )


# --- 人民调解: each mediator's own list; a case mediated by two is in both lists --------------------------------

RATES = {"一般": 100, "疑难": 200, "重大": 300}


def sheet_per_mediator_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解员办案登记（{YEAR}年）.xlsx"
    head = ["序号", "卷宗号", "受理日期", "纠纷类型", "申请人", "被申请人", "调解结果", "协议形式", "案件等级",
            "补贴金额（元）", "协办调解员"]  # fmt: skip
    mediators = [fake.name(rng) for _ in range(4)]
    days = fake.dates_in(rng, YEAR, 44)
    cases = []
    for n, day in enumerate(days, start=1):
        result = fake.pick(rng, {"调解成功": 8, "调解不成功": 1.2, "调解中": 0.5})
        form = tier = subsidy = None
        if result == "调解成功":
            form = "口头" if rng.random() < 0.55 else "书面"
            tier = "一般" if form == "口头" else fake.pick(rng, {"一般": 3, "疑难": 2, "重大": 0.6})
            subsidy = 50 if form == "口头" else RATES[tier]
        lead = mediators[n % len(mediators)]
        helper = rng.choice([m for m in mediators if m != lead]) if n % 7 == 3 else None
        no = f"（{YEAR}）松人调字第{n}号"
        cases.append((no, day, result, form, tier, subsidy, lead, helper))
    records = []
    sheets = []
    for mediator in mediators:
        sheet = Sheet(f"调解员{mediator}")
        sheet.title(f"{TOWN}人民调解委员会 调解员{mediator} {YEAR}年办案登记", len(head))
        sheet.header([head])
        mine = [c for c in cases if mediator in (c[6], c[7])]
        for i, (no, day, result, form, tier, subsidy, lead, helper) in enumerate(mine, start=1):
            # In the helper's list the number is typed with half-width brackets, and the tier and subsidy are
            # left blank: one case, one subsidy, claimed by the lead mediator (一案一补).
            typed_no = no if mediator == lead else no.replace("（", "(").replace("）", ")")
            claimed = mediator == lead
            sheet.add(
                i,
                typed_no,
                fake.date_cell(day, "slash"),
                fake.pick(rng, DISPUTE_TYPES),
                fake.masked(fake.name(rng)),
                fake.masked(fake.name(rng)),
                result,
                {"口头": "口头协议", "书面": "书面协议"}.get(form, ""),
                (tier or "") if claimed else "",
                subsidy if subsidy is not None and claimed else "",
                (helper if mediator == lead else f"（主办：{lead}）") if helper else "",
            )
        sheets.append(sheet)
    for no, day, result, form, _tier, subsidy, _lead, _helper in cases:
        records.append({"file_no": no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    built.books.append(Book(file, sheets))
    built.ledgers["mediation"] = records
    archive_catalogue_not_cases(built, rng, [c for c in cases if c[2] == "调解成功"], mediators)
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk(
        "sheet_per_mediator", file, "各调解员", f, "每个调解员一张表（表名 调解员某某），只列本人主办或协办的案件"
    )
    built.quirk(
        "same_case_in_two_sheets",
        file,
        "各调解员",
        f,
        "两人合办的案件在主办、协办两人的表里各列一次（协办表里卷宗号用半角括号 (2024)，案件等级、补贴金额空着，由主办申报）：一案一补，只计一次，补贴取主办表里的数",
    )


def archive_catalogue_not_cases(built: Built, rng: random.Random, cases: list, mediators: list[str]) -> None:
    """The 调解卷宗 archive catalogue: one line per file bound (卷宗号, 卷名, 调解日期 起止, 立卷人, 立卷日期,
    保管期限) — the covers of the files, not a register of cases: it says nothing of results or subsidies,
    and lists only the files bound by the end of the year."""
    file = f"{TOWN}人民调解卷宗归档目录（{YEAR}年）.xlsx"
    head = ["序号", "卷宗号", "卷名", "人民调解员", "调解日期（起）", "调解日期（止）", "立卷人", "立卷日期", "保管期限",
            "页数"]  # fmt: skip
    sheet = Sheet("归档目录")
    sheet.title(f"{TOWN}人民调解委员会调解卷宗归档目录", len(head))
    sheet.header([head])
    bound = [c for c in cases if c[1] < dt.date(YEAR, 12, 1)]
    for n, (no, day, *_rest) in enumerate(bound, start=1):
        done = day + dt.timedelta(days=rng.randint(1, 20))
        sheet.add(
            n,
            no,
            f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}{rng.choice(['邻里', '婚姻家庭', '山林土地'])}纠纷",
            rng.choice(mediators),
            fake.date_cell(day, "cn"),
            fake.date_cell(done, "cn"),
            fake.name(rng),
            fake.date_cell(done + dt.timedelta(days=rng.randint(3, 15)), "cn"),
            rng.choice(["长期", "10年"]),
            rng.randint(8, 30),
        )
    built.books.append(Book(file, [sheet]))
    built.quirk(
        "archive_catalogue_not_register",
        file,
        "归档目录",
        ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan"),
        "调解卷宗归档目录（卷宗号、卷名、调解日期起止、立卷人、保管期限）：是卷宗封面的目录，不是案件登记，不计入，也不让人民调解的数变为未知",
    )


# --- 信访: the register with full office names, a 三跨三分离 flag and the petitioner's satisfaction ------------

SOURCES = {  # as typed → canonical
    "中央信访工作联席会议办公室": "中联办",
    "省信访工作联席会议办公室": "省联办",
    "市信访工作联席会议办公室": "市联办",
    "县信访工作联席会议办公室": "县联办",
    "本级受理": "本级受理",
}
PETITION_STATUS = {"已化解": ["已办结", "已化解"], "正在化解": ["正在办理", "化解中"], "未化解": ["未化解"]}


def full_office_names_and_flags_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}信访事项登记台账（{YEAR}年）.xlsx"
    head = ["序号", "信访编号", "交办单位", "交办日期", "信访人", "反映问题", "是否“三跨三分离”", "是否重复信访",
            "责任单位", "办理状态", "群众满意度", "办结日期"]  # fmt: skip
    sheet = Sheet("信访登记")
    sheet.title(f"{TOWN}{YEAR}年信访事项登记台账", len(head))
    sheet.header([head])
    plan = ["省信访工作联席会议办公室", "市信访工作联席会议办公室", "县信访工作联席会议办公室", "县信访工作联席会议办公室",
            "本级受理", "本级受理", "中央信访工作联席会议办公室", "市信访工作联席会议办公室", "本级受理",
            "县信访工作联席会议办公室", "本级受理", "县信访工作联席会议办公室"]  # fmt: skip
    days = fake.dates_in(rng, YEAR, len(plan))
    records = []
    for n, (typed, day) in enumerate(zip(plan, days, strict=True), start=1):
        status = fake.pick(rng, {"已化解": 6, "正在化解": 2, "未化解": 0.7})
        # The three flags and the satisfaction are not the status: an item resolved may leave the petitioner
        # 不满意, and one still in hand may be 三跨三分离.
        satisfied = "未评价" if status != "已化解" else rng.choice(["满意", "满意", "基本满意", "不满意"])
        no = f"SCXF{YEAR}{n:03d}"
        closed = day + dt.timedelta(days=rng.randint(10, 50)) if status == "已化解" else None
        cross = rng.random() < 0.25
        sheet.add(
            n,
            no,
            typed,
            fake.date_cell(day, "dot"),
            fake.masked(fake.name(rng)),
            rng.choice(["反映征地补偿款发放问题", "反映邻里宅基地纠纷", "反映拖欠工程款问题", "反映低保评定问题"]),
            "是" if cross else "否",
            "是" if rng.random() < 0.2 else "否",
            rng.choice(["松川镇综治中心", "松川镇司法所", "松川镇自然资源所（虚构）"]),
            rng.choice(PETITION_STATUS[status]),
            satisfied,
            fake.date_cell(closed, "dot") if closed else "",
        )
        records.append({"petition_no": no, "source": SOURCES[typed], "assigned_on": day, "status": status})
    built.books.append(Book(file, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk(
        "full_office_names",
        file,
        "信访登记",
        f,
        "交办单位 写全称：省信访工作联席会议办公室=省联办，中央信访工作联席会议办公室=中联办",
    )
    built.quirk(
        "flags_beside_status",
        file,
        "信访登记",
        f,
        "是否“三跨三分离”、是否重复信访（是/否）与 群众满意度（满意/不满意/未评价）都不是办理状态",
    )


# --- 12345: the hotline's work-order export, in the same folder; tickets, not petitions ----------------------


def hotline_orders_not_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}12345热线工单明细（导出）.xlsx"
    head = ["工单编号", "来电时间", "诉求类型", "诉求内容", "所属村居", "派单单位", "承办单位", "办理时限", "工单状态",
            "办结时间", "回访满意度"]  # fmt: skip
    sheet = Sheet("工单明细")
    sheet.header([head])
    for day in fake.dates_in(rng, YEAR, 36):
        state = fake.pick(rng, {"已办结": 7, "办理中": 1.5, "已退回": 0.5})
        called = dt.datetime(day.year, day.month, day.day, rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59))
        due = day + dt.timedelta(days=7)
        sheet.add(
            f"{day:%Y%m%d}{rng.randint(100000, 999999)}",
            f"{called:%Y-%m-%d %H:%M:%S}",
            fake.pick(rng, {"咨询": 3, "求助": 2, "投诉": 3, "建议": 1}),
            rng.choice(["反映路灯不亮", "咨询医保缴费", "投诉噪音扰民", "反映邻居占道堆放杂物", "求助疏通排水沟"]),
            rng.choice(VILLAGES),
            "县12345热线中心",
            rng.choice(["松川镇综治中心", "松川镇村镇建设服务中心（虚构）", "松川镇社会事务办（虚构）"]),
            f"{due:%Y-%m-%d}",
            state,
            f"{day + dt.timedelta(days=rng.randint(1, 6)):%Y-%m-%d %H:%M:%S}" if state == "已办结" else "",
            rng.choice(["满意", "基本满意", "不满意", ""]) if state == "已办结" else "",
        )
    sheet.autofilter = f"A1:K{sheet.next_row - 1}"
    sheet.freeze = "B2"
    built.books.append(Book(file, [sheet]))
    built.quirk(
        "hotline_orders_not_petitions",
        file,
        "工单明细",
        ("petitions.assigned", "petitions.resolved", "petitions.in_progress", "disputes.screened"),
        "12345热线工单（诉求类型 咨询/求助/投诉/建议，工单状态 已办结/办理中/已退回）：不是信访事项，也不是矛盾纠纷排查，不计入任何数",
    )
