"""岚山镇（虚构）2025: the sixteenth development town, whose offices file one workbook per month or per quarter.

The 综治中心 keeps one book per month (岚山镇综治中心工作台账（2025年N月）) with three sheets — 矛盾纠纷排查, 信访事项,
人民调解 — as a 一窗受理 centre that hosts the petitions window and the mediation committee does: a kind spans
eleven files. The July book was never made (the clerk changed): the August book opens with a 说明 sheet saying so, and
July's records are entered in August's sheets with their July dates. Months with nothing to enter keep the header
only. An item still open at a month's end is listed again in the next month's book with its new status (上月结转):
one petition or case, its latest status. The January book carries December 2024 items (not 2025), the December book
ends with items that close in 2026. The 综合行政执法队 files one book per quarter (a case filed in December 2024 and
decided in January counts; one decided in January 2026, entered in the fourth quarter's book, does not). The county
综治 platform's monthly report (本月 / 本年累计 / 同比增减, a sheet per month) is the only source for security and agrees
with the dispute records. The counsel's book has a sheet per quarter with dates typed without the year. No disclosure,
fraud-watch, litigation, training or normative-document ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "岚山镇"
YEAR = 2025
GOV = "岚山镇人民政府"
CENTRE = "岚山镇综治中心"
VILLAGES = ("岚山社区", "东岭村", "石坝村", "桐木村", "白沙村", "云台村")  # fictitious
MISSING_MONTH = 7
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    books = {m: [] for m in range(1, 13) if m != MISSING_MONTH}
    month_books_disputes(built, rng, books)
    month_books_petitions_carried(built, rng, books)
    month_books_mediation_carried(built, rng, books)
    for month, sheets in books.items():
        built.books.append(Book(f"{CENTRE}工作台账（{YEAR}年{month}月）.xlsx", sheets))
    f = ("disputes.*", "petitions.*", "mediation.*")
    built.quirk(
        "monthly_workbooks",
        f"{CENTRE}工作台账（{YEAR}年N月）.xlsx",
        "矛盾纠纷排查/信访事项/人民调解",
        f,
        "每月一本工作簿（11个文件），每本三张表：一类台账分散在十一个文件里，序号每本从1起",
    )
    built.quirk(
        "missing_month_with_note",
        f"{CENTRE}工作台账（{YEAR}年8月）.xlsx",
        "说明",
        f,
        "没有7月的文件；8月那本首张“说明”表写明7月未单独成册，7月事项补录在8月各表（日期仍是7月）：照常计入",
    )
    quarter_books_enforcement(built, rng)
    platform_monthly_report(built, rng)
    quarter_sheets_yearless_counsel(built, rng)
    absent = ("disclosure", "fraud_watch", "litigation", "training", "normative_documents")
    for kind in absent:
        built.ledgers[kind] = Null("岚山镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


def month_of(day: dt.date) -> int:
    """The book a record is entered in: its own month's, July's in August's."""
    if day.year < YEAR:
        return 1
    return MISSING_MONTH + 1 if day.month == MISSING_MONTH else day.month


def note_sheet(books: dict[int, list[Sheet]]) -> None:
    sheet = Sheet("说明")
    sheet.add(f"{CENTRE}{YEAR}年8月工作台账说明")
    sheet.add("因7月经办人员调整，7月份台账未单独成册。")
    sheet.add("7月登记的矛盾纠纷、信访事项和人民调解案件已补录在本册各表中，登记日期仍按7月填写。")
    sheet.add(f"{CENTRE}（虚构）  {YEAR}年8月29日")
    books[MISSING_MONTH + 1].insert(0, sheet)


# --- 矛盾纠纷: one sheet in each month's book ---------------------------------------------------------------------

DISPUTE_TYPES = {"邻里纠纷": 5, "婚姻家庭纠纷": 3, "山林土地纠纷": 3, "劳动争议": 1.2, "征地拆迁纠纷": 0.8}
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.6}
STATUS_TYPED = {"已化解": ["已化解", "已化解", "化解成功"], "化解中": ["化解中", "稳控中"], "未化解": ["未化解"]}


def month_books_disputes(built: Built, rng: random.Random, books: dict[int, list[Sheet]]) -> None:
    head = ["序号", "登记日期", "村（社区）", "纠纷类型", "当事人", "纠纷简要情况", "化解情况", "责任人", "备注"]
    # February holds nothing: the book's sheet keeps its header only.
    days = [d for d in fake.dates_in(rng, YEAR, 58) if d.month != 2]
    carried = [dt.date(YEAR - 1, 12, 23), dt.date(YEAR - 1, 12, 30)]
    records = []
    rows: dict[int, list[list]] = {m: [] for m in books}
    for day in carried + days:
        status = fake.pick(rng, STATUS)
        # A row carried from the last book of 2024 keeps its full date; the year's rows are typed 2025.3.5 up to
        # June, then 3月5日 (the year in the title) by the clerk who took over in August.
        if day.year < YEAR:
            typed, remark = fake.date_cell(day, "cn"), "上年结转"
        else:
            typed, remark = fake.date_cell(day, "dot" if day.month < MISSING_MONTH else "yearless"), ""
        rows[month_of(day)].append(
            [typed, rng.choice(VILLAGES), fake.pick(rng, DISPUTE_TYPES),
             f"{fake.masked(fake.name(rng))}、{fake.masked(fake.name(rng))}",
             rng.choice(["因田坎界址发生争执", "因赡养老人产生分歧", "因拖欠工资发生纠纷", "因修路占地产生矛盾"]),
             rng.choice(STATUS_TYPED[status]), fake.name(rng), remark]
        )  # fmt: skip
        records.append({"screened_on": day, "status": status})
    for month, month_rows in rows.items():
        sheet = Sheet("矛盾纠纷排查")
        sheet.title(f"{CENTRE}{YEAR}年{month}月矛盾纠纷排查化解登记表", len(head))
        sheet.header([head])
        for i, row in enumerate(month_rows, start=1):
            sheet.add(i, *row)
        books[month].append(sheet)
    note_sheet(books)
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "empty_month_sheet",
        f"{CENTRE}工作台账（{YEAR}年2月）.xlsx",
        "矛盾纠纷排查",
        f,
        "2月没有排查登记：表只有标题和表头，是0件，不是缺失",
    )
    built.quirk(
        "prior_year_row",
        f"{CENTRE}工作台账（{YEAR}年1月）.xlsx",
        "矛盾纠纷排查",
        f,
        "1月那本前两行是2024年12月的结转（2024年12月23日，备注 上年结转）：不计入2025年",
    )
    built.quirk(
        "year_from_title",
        f"{CENTRE}工作台账（{YEAR}年8月…12月）.xlsx",
        "矛盾纠纷排查",
        f,
        "8月起新经办人把登记日期写作 9月8日（无年份），年份在标题“岚山镇综治中心2025年9月…”里",
    )


# --- 信访: one sheet in each month's book; an item still open is listed again next month ---------------------------

SOURCES = {"县联办": 6, "市联办": 2, "省联办": 1, "本级受理": 3}
OPEN_TYPED = {"正在化解": ["正在化解", "化解中"], "未化解": ["未化解"]}


def later_books(month: int, steps: int) -> list[int]:
    """The books an item open at the end of `month` is listed in next (July has none)."""
    out = []
    m = month
    while len(out) < steps and m < 12:
        m += 1
        if m != MISSING_MONTH:
            out.append(m)
    return out


def month_books_petitions_carried(built: Built, rng: random.Random, books: dict[int, list[Sheet]]) -> None:
    head = [
        "序号",
        "信访编号",
        "交办单位",
        "交办日期",
        "信访人",
        "反映问题",
        "责任单位",
        "办理状态",
        "办结日期",
        "备注",
    ]
    days = [d for d in fake.dates_in(rng, YEAR, 30) if d.month not in (4, 10)]
    rows: dict[int, list[list]] = {m: [] for m in books}
    records = []
    # One item assigned in December 2024 and still in hand, carried into the January book: not a 2025 item.
    items = [(dt.date(YEAR - 1, 12, 20), "LSXF2024046")] + [(d, f"LSXF{YEAR}{n:03d}") for n, d in enumerate(days, 1)]
    for day, no in items:
        source = fake.pick(rng, SOURCES)
        final = fake.pick(rng, {"已化解": 6, "正在化解": 2, "未化解": 0.6})
        first = month_of(day)
        # Open at the end of its month in one item of three: the next book (or two) lists it again.
        steps = rng.choice([1, 1, 2]) if (final == "已化解" and rng.random() < 0.4) or final != "已化解" else 0
        chain = [first, *later_books(first, steps)]
        problem = rng.choice(["反映征地补偿款发放问题", "反映宅基地界址纠纷", "反映拖欠工程款问题", "反映低保评定问题"])
        petitioner = fake.masked(fake.name(rng))
        office = rng.choice(["岚山镇综治中心", "岚山镇司法所", "岚山镇农业农村办（虚构）"])
        closed = None
        for k, month in enumerate(chain):
            last = k == len(chain) - 1
            if last and final == "已化解":
                end = dt.date(YEAR, month, 28) if month != first else day + dt.timedelta(days=rng.randint(3, 12))
                closed = min(end, dt.date(YEAR, 12, 30)) if day.year == YEAR else dt.date(YEAR, 1, 20)
                status = rng.choice(["已化解", "已办结"])
            else:
                status = rng.choice(OPEN_TYPED["正在化解" if final == "已化解" else final])
            typed_day = fake.date_cell(day, "cn" if day.year < YEAR else "iso")
            remark = "上月结转" if k else ("上年结转" if day.year < YEAR else "")
            rows[month].append(
                [no, source, typed_day, petitioner, problem, office, status,
                 fake.date_cell(closed, "iso") if closed and last else "", remark]
            )  # fmt: skip
        records.append({"petition_no": no, "source": source, "assigned_on": day, "status": final})
    for month, month_rows in rows.items():
        sheet = Sheet("信访事项")
        sheet.title(f"{CENTRE}{YEAR}年{month}月信访事项登记台账", len(head))
        sheet.header([head])
        for i, row in enumerate(month_rows, start=1):
            sheet.add(i, *row)
        books[month].append(sheet)
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk(
        "open_item_carried_to_next_month",
        f"{CENTRE}工作台账（{YEAR}年N月）.xlsx",
        "信访事项",
        f,
        "月底未办结的事项在下月那本里再列一次（备注 上月结转，办理状态已更新）：同一信访编号只计一次，状态取最后一本",
    )
    built.quirk(
        "empty_month_sheet",
        f"{CENTRE}工作台账（{YEAR}年4月/10月）.xlsx",
        "信访事项",
        f,
        "4月、10月没有新交办事项：信访表只有结转的或只有表头",
    )
    built.quirk(
        "prior_year_row",
        f"{CENTRE}工作台账（{YEAR}年1月）.xlsx",
        "信访事项",
        f,
        "1月那本列着2024年12月20日交办、仍在办理的一件（上年结转）：不计入2025年",
    )


# --- 人民调解: one sheet in each month's book; a case still in mediation is listed again next month -----------------

RATES = {"一般": 100, "疑难": 200, "重大": 400}


def month_books_mediation_carried(built: Built, rng: random.Random, books: dict[int, list[Sheet]]) -> None:
    head = ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "申请人", "被申请人", "调解结果", "协议形式",
            "案件等级", "补贴金额（元）", "备注"]  # fmt: skip
    days = fake.dates_in(rng, YEAR, 40, last=dt.date(YEAR, 12, 19)) + [dt.date(YEAR, 12, 26)]
    rows: dict[int, list[list]] = {m: [] for m in books}
    records = []
    cases = [(dt.date(YEAR - 1, 12, 29), f"（{YEAR - 1}）岚人调字第52号")]
    cases += [(d, f"（{YEAR}）岚人调字第{n}号") for n, d in enumerate(days, 1)]
    for day, no in cases:
        if day == dt.date(YEAR, 12, 26):
            result = "调解中"  # still in mediation when the year's last book was closed
        else:
            result = fake.pick(rng, {"调解成功": 8, "调解不成功": 1.2})
        form = tier = subsidy = None
        if result == "调解成功":
            form = "口头" if rng.random() < 0.45 else "书面"
            tier = "一般" if form == "口头" else fake.pick(rng, {"一般": 3, "疑难": 2, "重大": 0.6})
            subsidy = 50 if form == "口头" else RATES[tier]
        first = month_of(day)
        steps = 1 if result != "调解中" and day.year == YEAR and rng.random() < 0.25 else 0
        chain = [first, *later_books(first, steps)]
        if day.year < YEAR:
            chain = [1]  # accepted in December 2024, concluded in January: entered in the January book
        parties = (fake.masked(fake.name(rng)), fake.masked(fake.name(rng)))
        committee = rng.choice(["镇人民调解委员会", f"{rng.choice(VILLAGES)}人民调解委员会"])
        kind = fake.pick(rng, DISPUTE_TYPES)
        for k, month in enumerate(chain):
            last = k == len(chain) - 1
            shown = result if last else "调解中"
            rows[month].append(
                [no, fake.date_cell(day, "slash"), committee, kind, *parties, shown,
                 {"口头": "口头协议", "书面": "书面协议"}.get(form, "") if last else "",
                 (tier or "") if last else "", subsidy if last and subsidy is not None else "",
                 ("上年结转" if day.year < YEAR else "上月结转") if k or day.year < YEAR else ""]
            )  # fmt: skip
        records.append({"file_no": no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    for month, month_rows in rows.items():
        sheet = Sheet("人民调解")
        sheet.title(f"{CENTRE}{YEAR}年{month}月人民调解案件登记表", len(head))
        sheet.header([head])
        for i, row in enumerate(month_rows, start=1):
            sheet.add(i, *row)
        books[month].append(sheet)
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk(
        "open_item_carried_to_next_month",
        f"{CENTRE}工作台账（{YEAR}年N月）.xlsx",
        "人民调解",
        f,
        "月底仍在调解的案件先以“调解中”列在受理那月，结案后在下月那本再列一次（调解结果、协议形式、补贴已填）：同一卷宗号只计一次，取最后一本",
    )
    built.quirk(
        "prior_year_row",
        f"{CENTRE}工作台账（{YEAR}年1月）.xlsx",
        "人民调解",
        f,
        "（2024）岚人调字第52号 2024年12月29日受理、1月调解成功，列在1月那本：按受理日期不计入2025年",
    )


# --- 行政执法: one book per quarter ---------------------------------------------------------------------------------

CATEGORIES = {"行政处罚": ("罚", 5), "行政检查": ("检", 6), "行政许可": ("许", 2), "行政强制": ("强", 1)}
MATTERS = {
    "行政处罚": ["占道经营", "违规搭建", "乱倒建筑垃圾", "未按规定设置户外广告"],
    "行政许可": ["临时占用道路许可", "农村建房规划许可"],
    "行政检查": ["燃气安全检查", "农村自建房安全检查", "“双随机”市场检查"],
    "行政强制": ["查封违法经营场所"],
}


def quarter_books_enforcement(built: Built, rng: random.Random) -> None:
    head = ["序号", "案件编号", "案件名称", "执法类别", "当事人", "立案日期", "作出决定日期", "罚没金额（元）",
            "承办人", "备注"]  # fmt: skip
    days = fake.dates_in(rng, YEAR, 44)
    numbers = {cat: 0 for cat in CATEGORIES}
    quarters: dict[int, list[list]] = {q: [] for q in range(1, 5)}
    records = []
    plan = [(d, None) for d in days]
    plan[0] = (dt.date(YEAR, 1, 9), dt.date(YEAR - 1, 12, 18))  # filed in December 2024, decided in January
    plan.append((dt.date(YEAR + 1, 1, 7), dt.date(YEAR, 12, 22)))  # filed in December, decided in January 2026
    plan.append((None, dt.date(YEAR, 12, 24)))  # filed in December, still in hand
    for decided, filed in plan:
        category = "行政处罚" if decided is None or decided.year > YEAR else None
        category = category or fake.pick(rng, {k: w for k, (_, w) in CATEGORIES.items()})
        numbers[category] += 1
        no = f"岚综执{CATEGORIES[category][0]}〔{YEAR}〕{numbers[category]}号"
        filed = filed or decided - dt.timedelta(days=rng.randint(2, 20))
        fine = rng.choice([200, 500, 1000, 2000]) if category == "行政处罚" and decided else ""
        remark = "办理中" if decided is None else ("次年1月作出决定" if decided.year > YEAR else "")
        row = [no, rng.choice(MATTERS[category]), category,
               fake.masked(fake.name(rng)) if rng.random() < 0.7 else f"某某{rng.choice(['商行', '餐馆'])}（虚构）",
               fake.date_cell(filed, "cn"), fake.date_cell(decided, "cn") if decided else "", fine, fake.name(rng),
               remark]  # fmt: skip
        quarter = 4 if decided is None or decided.year > YEAR else (decided.month - 1) // 3 + 1
        quarters[quarter].append(row)
        if decided is not None:
            records.append({"case_no": no, "category": category, "decided_on": decided})
    for q, rows in quarters.items():
        name = f"第{'一二三四'[q - 1]}季度"
        sheet = Sheet(f"{YEAR}年{name}")
        sheet.title(f"{TOWN}综合行政执法队{YEAR}年{name}执法案件台账", len(head))
        sheet.add(f"填报单位：{TOWN}综合行政执法队（盖章）", *([None] * 7), "填报时间：", None)
        sheet.header([head])
        for i, row in enumerate(rows, start=1):
            sheet.add(i, *row)
        built.books.append(Book(f"{TOWN}综合行政执法队{YEAR}年{name}执法案件台账.xlsx", [sheet]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.penalty", "enforcement.inspection", "enforcement.licensing",
         "enforcement.coercion")  # fmt: skip
    built.quirk("quarterly_workbooks", f"{TOWN}综合行政执法队{YEAR}年第N季度执法案件台账.xlsx", "各季度", f,
                "每季度一本工作簿（4个文件），编号跨季度连续")  # fmt: skip
    built.quirk(
        "decision_in_next_year",
        f"{TOWN}综合行政执法队{YEAR}年第四季度执法案件台账.xlsx",
        f"{YEAR}年第四季度",
        f,
        "四季度那本末尾：2025年12月立案、2026年1月7日作出决定的一件不计入2025年；12月立案仍在办理（无决定日期）的一件不计",
    )
    built.quirk(
        "competing_dates",
        f"{TOWN}综合行政执法队{YEAR}年第一季度执法案件台账.xlsx",
        f"{YEAR}年第一季度",
        f,
        "2024年12月18日立案、2025年1月9日作出决定的一件计入2025年",
    )


# --- 县综治平台 月报: 本月 / 本年累计 / 同比增减, a sheet per month ----------------------------------------------------


def platform_monthly_report(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年平安建设工作月报（县综治平台导出）.xlsx"
    disputes = [r for r in built.ledgers["disputes"] if r["screened_on"].year == YEAR]
    dv_w = [rng.choice([0, 0, 1, 1, 2]) for _ in range(12)]
    dv_c = [rng.choice([0, 0, 0, 1]) for _ in range(12)]
    dv_d = [rng.choice([0, 1]) if c else 0 for c in dv_c]
    vice = [rng.choice([0, 0, 1, 1, 2]) for _ in range(12)]
    vice_d = [v * rng.choice([1, 2]) for v in vice]
    last_year = [rng.randint(0, 3) for _ in range(12)]
    sheets = []
    cum: dict[str, int] = {}
    for m in range(1, 13):
        screened = sum(1 for r in disputes if r["screened_on"].month == m)
        resolved = sum(1 for r in disputes if r["screened_on"].month == m and r["status"] == "已化解")
        rows = [
            ("一、矛盾纠纷排查化解", None, None),
            ("排查矛盾纠纷", "件", screened),
            ("化解矛盾纠纷", "件", resolved),
            ("二、平安建设", None, None),
            ("家庭暴力告诫书", "份", dv_w[m - 1]),
            ("家暴治安案件", "起", dv_c[m - 1]),
            ("家暴治安案件行政拘留", "人", dv_d[m - 1]),
            ("涉黄治安案件", "起", vice[m - 1]),
            ("涉黄治安案件行政拘留", "人", vice_d[m - 1]),
        ]
        sheet = Sheet(f"{YEAR}年{m:02d}月")
        sheet.title(f"{TOWN}平安建设工作统计月报", 5)
        end = (dt.date(YEAR, m % 12 + 1, 1) if m < 12 else dt.date(YEAR + 1, 1, 1)) - dt.timedelta(days=1)
        exported = end + dt.timedelta(days=3)
        sheet.add(
            f"统计周期：{YEAR}-{m:02d}-01至{end:%Y-%m-%d}", None, None, f"导出时间：{exported:%Y-%m-%d} 09:12", None
        )
        sheet.header([["指标名称", "计量单位", "本月", "本年累计", "同比增减"]])
        for label, unit, value in rows:
            if unit is None:
                r = sheet.add(label, None, None, None, None)
                sheet.merges.append((r, 1, r, 5))
                continue
            cum[label] = cum.get(label, 0) + value
            change = value - last_year[(m + len(label)) % 12] if label != "排查矛盾纠纷" else value - last_year[m - 1]
            sheet.add(label, unit, value, cum[label], "持平" if change == 0 else f"{change:+d}")
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["security"] = Stats(
        {"security.dv_warnings": cum["家庭暴力告诫书"], "security.dv_detentions": cum["家暴治安案件行政拘留"],
         "security.vice_cases": cum["涉黄治安案件"], "security.vice_detentions": cum["涉黄治安案件行政拘留"]}
    )  # fmt: skip
    built.quirk(
        "platform_monthly_report",
        file,
        f"{YEAR}年01月…{YEAR}年12月",
        ("security.*",),
        "县综治平台月报每月一张表：本月 / 本年累计 / 同比增减（+2、-1、持平）；全年数是12月的本年累计，同比增减不是件数；平安建设只有这份月报",
    )
    built.quirk(
        "aggregate_vs_records",
        file,
        f"{YEAR}年01月…{YEAR}年12月",
        ("disputes.screened", "disputes.resolved"),
        "月报的排查、化解件数与综治中心各月台账一致（7月的数在8月那本里补录）：以记录为准，不重复计",
    )


# --- 法律顾问: a sheet per quarter, dates without the year --------------------------------------------------------

SERVICES = {  # as typed → (canonical, weight)
    "解答法律咨询": ("法律咨询", 5),
    "出具法律意见书": ("法律意见书", 2),
    "审查合同": ("文书审核", 3),
    "协助法律援助": ("法律援助", 1),
    "参与调解": ("参与调解", 1.5),
    "法治讲座": ("法治讲座", 1),
}


def quarter_sheets_yearless_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}法律顾问服务台账（{YEAR}年）.xlsx"
    head = ["序号", "服务日期", "服务对象", "服务事项", "数量", "法律顾问", "备注"]
    sheets = []
    records = []
    counsel = f"{fake.name(rng)}（某某律师事务所，虚构）"
    for q in range(1, 5):
        name = f"{'一二三四'[q - 1]}季度"
        sheet = Sheet(name)
        sheet.title(f"{TOWN}{YEAR}年{name}法律顾问服务台账", len(head))
        sheet.header([head])
        first = dt.date(YEAR, 3 * q - 2, 2)
        last = dt.date(YEAR, 3 * q, 28)
        days = fake.dates_in(rng, YEAR, 14, first=first, last=last)
        for n, day in enumerate(days, start=1):
            typed = fake.pick(rng, {k: w for k, (_, w) in SERVICES.items()})
            service = SERVICES[typed][0]
            quantity = rng.choice([None, None, 1, 2, 3, 5]) if service == "法律咨询" else rng.choice([None, 1, 2])
            shown = "" if quantity is None else (f"{quantity}人次" if service == "法律咨询" else str(quantity))
            sheet.add(n, fake.date_cell(day, "yearless"), rng.choice([GOV, *VILLAGES]), typed, shown, counsel, None)
            records.append({"served_on": day, "service": service, "quantity": quantity})
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["counsel"] = records
    built.quirk(
        "quarter_per_sheet",
        file,
        "一季度…四季度",
        ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid"),
        "每季度一张表，服务日期写作 1月8日（年份只在标题里），数量 3人次 / 2 / 空（=1）",
    )
