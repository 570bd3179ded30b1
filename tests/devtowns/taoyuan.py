"""桃源镇（虚构）2024: the thirty-second development town, whose ledgers **do not follow the calendar year** the report
covers.

The 综治办 keeps its dispute register on the county's **考核年度** (上年12月1日至本年11月30日), the period in the
register's title and the dates typed without a year (12月5日 is 2023's, 1月8日 2024's); the next 考核年度's register,
begun on 1 December 2024, holds the year's last month. The mediation register is handed over at mid-year (半年度
交接): one book runs from July 2023 to June 2024, the next from July 2024; a case accepted in December 2023 was
settled in January 2024, another accepted in December 2024 settled in January 2025. The enforcement book is kept a
sheet per quarter and **its 四季度 sheet is missing** (the folder was handed over before it was filled in). The
信访办's monthly statistics form has 本月, 考核年度累计 and 上年同期 columns, a sheet a month from 2023年12月 to 2024年12月.
The counsel register of 2024 has a row of 2025年1月 typed at its end.

Truth decisions: the calendar year counts (the 法治政府建设 report covers 1 January to 31 December; statistics forms
count 统计年度1月1日至12月31日); a dispute is the year's by its 排查日期, a mediation case by its 受理日期 (mediation.yaml,
truth.py), an enforcement case by its 作出决定日期 — what happened later (化解日期, 结案日期) does not move it; a yearless
date in a register titled by a span of two years takes the year of the span in which its month falls; a book kept a
sheet per quarter without its fourth quarter cannot give the year (null, never three quarters for a year); the
monthly form's year is the twelve months' 本月 of 2024 added up — its 考核年度累计 runs from December to November, so
no month's 累计 is the calendar year, and 上年同期 is last year's."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "桃源镇"
YEAR = 2024
VILLAGES = ("桃源社区", "桃花村", "落英村", "渔樵村", "秦溪村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}
READ_ON = dt.date(YEAR + 1, 1, 6)  # the folder was handed over on this day


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    assessment_year_disputes(built, rng)
    half_year_handover_mediation(built, rng)
    missing_fourth_quarter_enforcement(built, rng)
    monthly_form_petitions(built, rng)
    next_year_row_counsel(built, rng)
    absent = ("disclosure", "security", "fraud_watch", "litigation", "normative_documents", "training")
    for kind in absent:
        built.ledgers[kind] = Null("桃源镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 矛盾纠纷: two registers of the 考核年度 (12月1日至次年11月30日) ---------------------------------------------------

DISPUTE_TYPES = ("邻里纠纷", "婚姻家庭纠纷", "山林土地纠纷", "房屋宅基地纠纷", "合同纠纷")
DISPUTE_STATES = {"已化解": 8, "化解中": 1.5, "未化解": 0.5}
DISPUTES_HEAD = ["序号", "排查日期", "村（社区）", "纠纷类型", "化解状态", "化解日期", "包案责任人"]


def _dispute_rows(rng: random.Random, days: list[dt.date]) -> list[tuple[dt.date, str, str, str, dt.date | None]]:
    rows = []
    for day in days:
        status = fake.pick(rng, DISPUTE_STATES)
        settled = day + dt.timedelta(days=rng.randint(3, 25)) if status == "已化解" else None
        rows.append((day, rng.choice(VILLAGES), rng.choice(DISPUTE_TYPES), status, settled))
    return rows


def assessment_year_disputes(built: Built, rng: random.Random) -> None:
    first_span = f"{YEAR - 1}年12月1日至{YEAR}年11月30日"
    next_span = f"{YEAR}年12月1日至{YEAR + 1}年11月30日"
    first_file = f"{TOWN}矛盾纠纷排查化解台账（{first_span}）.xlsx"
    next_file = f"{TOWN}矛盾纠纷排查化解台账（{next_span}）.xlsx"
    records = []

    # The 考核年度 register: December of last year to November, dates typed without the year.
    days = fake.dates_in(rng, YEAR, 44, first=dt.date(YEAR - 1, 12, 1), last=dt.date(YEAR, 11, 29))
    # A dispute screened in December, resolved in January: last year's (the screening date decides).
    days[1] = dt.date(YEAR - 1, 12, 27)
    days.sort()
    sheet = Sheet("排查台账")
    sheet.title(f"{TOWN}矛盾纠纷排查化解台账（考核年度：{first_span}）", len(DISPUTES_HEAD))
    sheet.add(f"填报单位：{TOWN}综治中心（虚构）", None, None, None, None, "单位：件", None)
    sheet.header([DISPUTES_HEAD])
    for n, (day, village, kind, status, settled) in enumerate(_dispute_rows(rng, days), start=1):
        if day == dt.date(YEAR - 1, 12, 27):
            status, settled = "已化解", dt.date(YEAR, 1, 9)
        if settled and settled > dt.date(YEAR, 11, 30):  # the register closed on 30 November
            settled = dt.date(YEAR, 11, 30)
        sheet.add(n, fake.date_cell(day, "yearless"), village, kind, status,
                  fake.date_cell(settled, "yearless") if settled else None, fake.name(rng))  # fmt: skip
        records.append({"screened_on": day, "status": status})
    built.books.append(Book(first_file, [sheet]))

    # The next 考核年度's register, begun on 1 December: the year's last month, and January's first days.
    days = fake.dates_in(rng, YEAR, 9, first=dt.date(YEAR, 12, 2), last=READ_ON)
    sheet = Sheet("排查台账")
    sheet.title(f"{TOWN}矛盾纠纷排查化解台账（考核年度：{next_span}）", len(DISPUTES_HEAD))
    sheet.add(f"填报单位：{TOWN}综治中心（虚构）", None, None, None, None, "单位：件", None)
    sheet.header([DISPUTES_HEAD])
    for n, (day, village, kind, status, settled) in enumerate(_dispute_rows(rng, days), start=1):
        if settled and settled > READ_ON:
            status, settled = "化解中", None
        sheet.add(n, fake.date_cell(day, "dot"), village, kind, status,
                  fake.date_cell(settled, "dot") if settled else None, fake.name(rng))  # fmt: skip
        records.append({"screened_on": day, "status": status})
    built.books.append(Book(next_file, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("assessment_year_register", first_file, "排查台账", f,
                f"按考核年度（{first_span}）登记，标题写明时段；日期只写月日（12月5日）：12月是{YEAR - 1}年的，1—11月是{YEAR}年的")  # fmt: skip
    built.quirk("year_end_in_next_register", next_file, "排查台账", f,
                f"{YEAR}年12月的纠纷在下一考核年度（{next_span}）的台账里，还有{YEAR + 1}年1月的几件：12月计入，1月不计")  # fmt: skip
    built.quirk("received_and_closed_across_years", first_file, "排查台账", f,
                f"{YEAR - 1}年12月27日排查、{YEAR}年1月9日化解的一件：按排查日期属{YEAR - 1}年，不计入{YEAR}年排查，也不计入化解")  # fmt: skip


# --- 人民调解: the register handed over at mid-year (7月至次年6月) ---------------------------------------------------

RESULTS = {"调解成功": 8, "调解不成功": 1, "调解中": 0.6}
RATES = {"口头": 100, "书面": 300}
MEDIATION_HEAD = ["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "结案日期", "补贴金额（元）"]


def half_year_handover_mediation(built: Built, rng: random.Random) -> None:
    spans = ((dt.date(YEAR - 1, 7, 3), dt.date(YEAR, 6, 28), f"{YEAR - 1}年7月—{YEAR}年6月"),
             (dt.date(YEAR, 7, 1), READ_ON, f"{YEAR}年7月—{YEAR + 1}年6月"))  # fmt: skip
    records = []
    serial = {YEAR - 1: 30, YEAR: 0, YEAR + 1: 0}  # 2023's numbering had reached 30 by July
    files = []
    for first, last, span in spans:
        file = f"{TOWN}人民调解案件登记簿（{span}）.xlsx"
        sheet = Sheet("登记簿")
        sheet.title(f"{TOWN}人民调解委员会案件登记簿（{span}）", len(MEDIATION_HEAD))
        sheet.add("调解员交接：每半年一本", None, None, None, None, None, None, None)
        sheet.header([MEDIATION_HEAD])
        days = fake.dates_in(rng, YEAR, 22, first=first, last=last)
        if first.year == YEAR - 1:
            days.append(dt.date(YEAR - 1, 12, 18))  # accepted in December, settled in January
        else:
            days.append(dt.date(YEAR, 12, 23))  # accepted in December 2024, settled in January 2025
        days.sort()
        for n, day in enumerate(days, start=1):
            result = fake.pick(rng, RESULTS)
            closed = day + dt.timedelta(days=rng.randint(2, 20))
            if day in (dt.date(YEAR - 1, 12, 18), dt.date(YEAR, 12, 23)):
                result, closed = "调解成功", dt.date(day.year + 1, 1, 9 if day.year < YEAR else 3)
            if closed > READ_ON:
                result = "调解中"
            form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
            subsidy = RATES[form] if form else None
            serial[day.year] += 1
            file_no = f"（{day.year}）桃人调字第{serial[day.year]}号"
            sheet.add(n, file_no, fake.date_cell(day, "iso"), rng.choice(DISPUTE_TYPES), result,
                      form and f"{form}协议", fake.date_cell(closed, "iso") if result != "调解中" else None,
                      subsidy)  # fmt: skip
            records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form,
                            "subsidy": subsidy})  # fmt: skip
        built.books.append(Book(file, [sheet]))
        files.append(file)
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("half_year_handover", files[0], "登记簿", f,
                f"登记簿半年度交接：一本从{YEAR - 1}年7月到{YEAR}年6月，一本从{YEAR}年7月起；{YEAR}年的案件分在两本里")  # fmt: skip
    built.quirk("received_and_closed_across_years", files[0], "登记簿", f,
                f"{YEAR - 1}年12月18日受理、{YEAR}年1月9日结案的一件按受理日期属{YEAR - 1}年；{YEAR}年12月23日受理、{YEAR + 1}年1月3日结案的一件计入{YEAR}年")  # fmt: skip


# --- 行政执法: a sheet per quarter, the 四季度 sheet missing --------------------------------------------------------

CATEGORIES = {"行政检查": 5, "行政处罚": 3, "行政许可": 2, "行政确认": 1}


def missing_fourth_quarter_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年行政执法案件登记台账.xlsx"
    head = ["序号", "案件编号", "案件名称", "执法类别", "立案日期", "作出决定日期", "承办单位"]
    sheets = []
    serial = 0
    for q in range(1, 4):  # the 四季度 sheet was never added
        name = f"{'一二三四'[q - 1]}季度"
        sheet = Sheet(name)
        sheet.title(f"{TOWN}{YEAR}年第{name}行政执法案件登记台账", len(head))
        sheet.header([head])
        days = fake.dates_in(rng, YEAR, 9, first=dt.date(YEAR, 3 * q - 2, 2), last=dt.date(YEAR, 3 * q, 28))
        for n, day in enumerate(days, start=1):
            serial += 1
            category = fake.pick(rng, CATEGORIES)
            filed = day - dt.timedelta(days=rng.randint(0, 12))
            if q == 1 and n == 1:
                filed = dt.date(YEAR - 1, 12, 20)  # filed in December, decided in January: 2024's
            sheet.add(n, f"桃执〔{YEAR}〕{serial}号", f"{category}事项（虚构）", category,
                      fake.date_cell(filed, "iso"), fake.date_cell(day, "iso"), f"{TOWN}综合行政执法办公室")  # fmt: skip
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["enforcement"] = Null("执法台账每季度一张表，缺四季度：只有前三季度的案件，全年数无法得出")
    built.quirk("missing_quarter_sheet", file, "一季度…三季度", ("enforcement.*",),
                "每季度一张表，四季度的表没有（交台账时还没补上）：三个季度不是全年，执法各数应为无法统计，不是前三季度之和")  # fmt: skip


# --- 信访: a monthly form with 本月 / 考核年度累计 / 上年同期, 2023年12月 to 2024年12月 ------------------------------


def monthly_form_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}信访工作统计月报表.xlsx"
    months = [(YEAR - 1, 12), *((YEAR, m) for m in range(1, 13))]
    sheets = []
    cum_a = cum_r = 0
    stock = 2  # items open on 1 December 2023
    year_a = year_r = 0
    for y, m in months:
        if m == 12:  # the 考核年度 starts again on 1 December: so does its 累计
            cum_a = cum_r = 0
        a = rng.choice([0, 1, 1, 2, 3])
        r = min(stock + a, rng.choice([0, 1, 1, 2, 2]))
        stock = stock + a - r
        cum_a, cum_r = cum_a + a, cum_r + r
        if y == YEAR:
            year_a, year_r = year_a + a, year_r + r
        sheet = Sheet(f"{y}年{m}月")
        sheet.title(f"{TOWN}信访工作统计月报表（{y}年{m}月）", 5)
        end = (dt.date(y + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)
        sheet.add(f"填报单位：{TOWN}信访办（虚构）", None, None, f"统计时段：{y}年{m}月1日至{m}月{end.day}日", None)
        sheet.header([["项目", "单位", "本月", "考核年度累计", "上年同期"]])
        sheet.add("上级交办信访事项", "件", a, cum_a, rng.choice([0, 1, 2, 4]))
        sheet.add("其中：已化解", "件", r, cum_r, rng.choice([0, 1, 3]))
        sheet.add("正在化解（月末）", "件", stock, stock, rng.choice([1, 2, 5]))
        sheet.add("说明：考核年度为上年12月1日至本年11月30日", None, None, None, None)
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["petitions"] = Stats(
        {"petitions.assigned": year_a, "petitions.resolved": year_r, "petitions.in_progress": stock}
    )
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("monthly_and_cumulative_columns", file, f"{YEAR - 1}年12月…{YEAR}年12月", f,
                "每月一张表，本月 / 考核年度累计 两列：累计从上年12月起算、12月又从头算，没有哪个月的累计是日历年；全年数是2024年1—12月本月之和")  # fmt: skip
    built.quirk("prior_year_column", file, f"{YEAR - 1}年12月…{YEAR}年12月", f,
                "上年同期 一列是去年同月的数，不是本年的")  # fmt: skip
    built.quirk("other_year_month_sheet", file, f"{YEAR - 1}年12月", f,
                f"{YEAR - 1}年12月的表（考核年度的第一个月）在这本里：不是{YEAR}年12月，不计入")  # fmt: skip


# --- 法律顾问: the 2024 register with a row of January 2025 typed at its end -----------------------------------------

SERVICES = {"法律咨询": 6, "审查合同": 2, "出具法律意见书": 1, "法律援助": 0.6}
SERVICE_TRUTH = {"法律咨询": "法律咨询", "审查合同": "文书审核", "出具法律意见书": "法律意见书", "法律援助": "法律援助"}


def next_year_row_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年村（居）法律顾问服务台账.xlsx"
    sheet = Sheet(f"{YEAR}年")
    sheet.title(f"{TOWN}{YEAR}年村（居）法律顾问服务台账", 6)
    sheet.header([["序号", "服务日期", "服务村（社区）", "服务类型", "数量（件/人次）", "法律顾问"]])
    records = []
    days = [*fake.dates_in(rng, YEAR, 20), dt.date(YEAR + 1, 1, 3)]
    for n, day in enumerate(days, start=1):
        service = fake.pick(rng, SERVICES)
        quantity = rng.choice([1, 2, 3]) if service == "法律咨询" else 1
        sheet.add(n, fake.date_cell(day, "cn"), rng.choice(VILLAGES), service, quantity, fake.name(rng))
        records.append({"served_on": day, "service": SERVICE_TRUTH[service], "quantity": quantity})
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records
    built.quirk("next_year_row_in_sheet", file, f"{YEAR}年", ("counsel.*",),
                f"{YEAR}年的表末尾接着录了一行{YEAR + 1}年1月3日的服务：不计入{YEAR}年")  # fmt: skip
