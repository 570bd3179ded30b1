"""鹤鸣镇（虚构）2024: the twenty-first development town, whose offices keep continuous ledgers over several years.

The 综治中心's dispute ledger is one sheet begun in 2021 and still filled in 2025: a 年度 column beside a yearless
排查日期 (3月5日) typed by the first clerk, a 2021年小计 / 2022年小计 / 2023年合计 / 2024年合计 row between the years,
序号 restarting each year; in January 2023 the county's new template came and the clerk typed its header in the
middle of the sheet (风险等级 added, 化解情况 renamed 化解状态, columns in a new order); the clerk who took over in
July 2023 types whole dates (2023.7.5) and leaves 年度 blank, then writes 2024年 in it. The petition ledger runs on
since 2022 (序号 never restarts, the file named （2022年起）) with year total lines, its first clerk's dates typed 3.5
with the year in 年份. The enforcement book keeps a sheet per year (2023年, 2024年,
2025年1-3月): a case filed in December 2023 is entered in the 2023 sheet and decided in January 2024 (a 2024 case), a
case filed in December 2024 and decided in January 2025 is not. The mediation committee keeps tabs named 2023, 2024, 2025 and hid
the 2023 tab when 2024 began; its dates (12月26日) carry the year only in the tab's name. Security is kept only as the police station's
form with 本期 / 上年同期 / 增减 side by side. The counsel's, the disclosure and the litigation ledgers run on over the
years too; the normative register since 2021. No fraud-watch ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "鹤鸣镇"
YEAR = 2024
GOV = "鹤鸣镇人民政府"
VILLAGES = ("鹤鸣社区", "松坪村", "上坝村", "青冈村", "龙井村", "石桥村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}

CLERK_CHANGED = dt.date(2023, 7, 1)
LAST_ENTERED = dt.date(2025, 3, 28)  # the ledgers are still being filled: rows of early 2025 are in them


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    disputes_since_2021(built, rng)
    petitions_running_on(built, rng)
    enforcement_sheet_per_year(built, rng)
    mediation_last_year_hidden(built, rng)
    security_form_with_last_year(built)
    counsel_running_on_with_year_totals(built, rng)
    disclosure_sheet_per_year(built, rng)
    litigation_since_2021(built, rng)
    normative_register_since_2021(built)
    training_this_and_next_year(built, rng)
    built.ledgers["fraud_watch"] = Null("鹤鸣镇没有涉诈高危人员管控台账")
    built.quirk("absent_ledger", "（无）", "", ("fraud_watch.*",))
    return built


def years_dates(rng: random.Random, year: int, count: int) -> list[dt.date]:
    last = LAST_ENTERED if year == LAST_ENTERED.year else None
    return fake.dates_in(rng, year, count, last=last)


# --- 矛盾纠纷: one sheet since 2021, the template changed in 2023 --------------------------------------------------

DISPUTE_TYPES = {"邻里纠纷": 5, "婚姻家庭纠纷": 3, "山林土地纠纷": 3, "房屋宅基地纠纷": 2, "劳动争议": 1}
STATUS = {"已化解": 8, "化解中": 1.2, "未化解": 0.5}
STATUS_TYPED = {"已化解": ["已化解", "化解成功"], "化解中": ["化解中", "稳控中"], "未化解": ["未化解"]}
VOLUME = {2021: 18, 2022: 22, 2023: 27, 2024: 41, 2025: 9}


def disputes_since_2021(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}矛盾纠纷排查化解台账.xlsx"
    old = ["序号", "年度", "排查日期", "村（社区）", "纠纷类型", "当事人", "简要情况", "化解情况", "化解日期", "责任人"]
    new = [
        "序号", "排查日期", "年度", "村（社区）", "纠纷类型", "风险等级", "纠纷简要情况",
        "涉及当事人", "化解状态", "化解时间", "包案责任人",
    ]  # fmt: skip
    sheet = Sheet("排查化解台账")
    sheet.title(f"{TOWN}矛盾纠纷排查化解台账", len(new))
    sheet.add(f"填报单位：{TOWN}综治中心（虚构）", None, None, None, None, None, None, "单位：件")
    sheet.header([old])
    records = []
    for year, count in VOLUME.items():
        if year == 2023:  # the county's new template: its header typed right under the 2022 subtotal
            sheet.header([new])
        rows = 0
        resolved = 0
        for n, day in enumerate(years_dates(rng, year, count), start=1):
            status = fake.pick(rng, STATUS)
            done = day + dt.timedelta(days=rng.randint(3, 25)) if status == "已化解" else None
            village, kind = rng.choice(VILLAGES), fake.pick(rng, DISPUTE_TYPES)
            parties = f"{fake.masked(fake.name(rng))}、{fake.masked(fake.name(rng))}"
            story = rng.choice(
                ["因田坎界址发生争执", "因赡养老人产生分歧", "因拖欠工资发生纠纷", "因滴水檐占地产生矛盾"]
            )
            typed = rng.choice(STATUS_TYPED[status])
            clerk = rng.choice(["张某", "李某", "王某"])
            if day < CLERK_CHANGED:  # the first clerk: the year in its own column, the date without it
                when, year_cell = fake.date_cell(day, "yearless"), str(day.year)
                closed = fake.date_cell(done, "yearless") if done else None
            else:  # the second clerk: whole dates, 年度 blank in 2023, then 2024年
                when = fake.date_cell(day, "dot")
                year_cell = None if day.year == 2023 else f"{day.year}年"
                closed = fake.date_cell(done, "dot") if done else None
            if year < 2023:
                sheet.add(n, year_cell, when, village, kind, parties, story, typed, closed, clerk)
            else:
                risk = rng.choice(["黄", "黄", "橙", "红"]) if status != "已化解" else "黄"
                sheet.add(n, when, year_cell, village, kind, risk, story, parties, typed, closed, clerk)
            records.append({"screened_on": day, "status": status})
            rows += 1
            resolved += status == "已化解"
        if year == 2025:
            break  # the year is still being filled: no subtotal yet
        label = f"{year}年小计" if year < 2023 else f"{year}年合计"
        if year < 2023:
            sheet.add(label, None, None, None, None, None, f"共排查{rows}件", f"已化解{resolved}件")
        else:
            sheet.add(label, None, None, None, None, None, f"共排查{rows}件", None, f"已化解{resolved}件")
        sheet.merges.append((sheet.next_row - 1, 1, sheet.next_row - 1, 3))
    built.books.append(Book(file, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "continuous_multi_year_sheet", file, "排查化解台账", f,
        "一张表从2021年记到2025年3月，共五个年度的记录：只计排查日期在2024年的",
    )  # fmt: skip
    built.quirk(
        "year_column_beside_yearless_date", file, "排查化解台账", f,
        "2023年6月前：年度 一列写 2021，排查日期 写 3月5日（无年份）：年份在同一行的 年度 里，不在标题里",
    )  # fmt: skip
    built.quirk(
        "header_retyped_mid_sheet", file, "排查化解台账", f,
        "2023年县里换了模板，经办人在2022年小计下面把新表头敲进同一张表：加了 风险等级，化解情况 改叫 化解状态，"
        "年度 与 排查日期 换了位置，当事人 挪到后面：下面的行按新表头读",
    )  # fmt: skip
    built.quirk(
        "clerk_changed_date_style", file, "排查化解台账", f,
        "2023年7月换了经办人：排查日期 写全 2023.7.5，2023年的 年度 空着，2024年起 年度 写 2024年",
    )  # fmt: skip
    built.quirk(
        "year_subtotal_rows", file, "排查化解台账", f,
        "年度之间有 2021年小计、2022年小计、2023年合计、2024年合计 行（合并单元格，共排查N件 已化解N件）：不是记录",
    )  # fmt: skip
    built.quirk(
        "restarting_numbers", file, "排查化解台账", f, "序号 每个年度从1重新编",
    )  # fmt: skip
    built.quirk(
        "next_year_rows_already_entered", file, "排查化解台账", f,
        "2024年合计 下面已经登记了2025年1—3月的9件：不计入2024年",
    )  # fmt: skip


# --- 信访: one sheet since 2022, 序号 running on, a total line per year ---------------------------------------------

SOURCES = {"县联办": 5, "市联办": 2, "省联办": 1, "本级受理": 3}


def petitions_running_on(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}信访事项登记台账（2022年起）.xlsx"
    head = [
        "序号",
        "年份",
        "信访编号",
        "交办单位",
        "交办日期",
        "信访人",
        "反映问题",
        "责任单位",
        "办理状态",
        "办结日期",
    ]
    sheet = Sheet("信访台账")
    sheet.title(f"{TOWN}信访事项登记台账", len(head))
    sheet.header([head])
    records = []
    serial = 0
    for year, count in {2022: 9, 2023: 11, 2024: 14, 2025: 3}.items():
        days = years_dates(rng, year, count)
        if year == 2023:  # assigned in late December 2023, resolved in January 2024: a 2023 item
            days[-1] = dt.date(2023, 12, 27)
        for n, day in enumerate(days, start=1):
            serial += 1
            source = fake.pick(rng, SOURCES)
            status = fake.pick(rng, {"已化解": 7, "正在化解": 2})
            if year == 2024 and day.month == 12:
                status = "正在化解"  # still in hand at the year's end, and still so when the ledger was read
            closed = day + dt.timedelta(days=rng.randint(5, 30)) if status == "已化解" else None
            if closed and closed.year == 2025 and year == 2024:
                closed, status = None, "正在化解"
            typed_status = {"已化解": rng.choice(["已化解", "已办结"]), "正在化解": rng.choice(["正在化解", "化解中"])}[
                status
            ]

            # The first clerk typed 3.5 (month.day, as text) with the year in 年份; the second whole dates 2023/7/5.
            def typed(d: dt.date | None) -> str | None:
                if d is None:
                    return None
                return f"{d.month}.{d.day}" if day < CLERK_CHANGED else fake.date_cell(d, "slash")

            sheet.add(
                serial, year if day < CLERK_CHANGED else f"{year}年", f"HMXF{year}{n:03d}", source, typed(day),
                fake.masked(fake.name(rng)),
                rng.choice(["反映征地补偿款发放问题", "反映宅基地界址纠纷", "反映拖欠工程款问题", "反映低保评定问题"]),
                rng.choice([f"{TOWN}综治中心", f"{TOWN}司法所", f"{TOWN}自然资源所（虚构）"]), typed_status, typed(closed),
            )  # fmt: skip
            records.append(
                {"petition_no": f"HMXF{year}{n:03d}", "source": source, "assigned_on": day, "status": status}
            )
        if year < 2025:
            r = sheet.add(f"{year}年合计：共登记信访事项{count}件", *([None] * (len(head) - 1)))
            sheet.merges.append((r, 1, r, len(head)))
    built.books.append(Book(file, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk(
        "numbering_runs_on_over_years", file, "信访台账", f,
        "序号 从2022年第1件一直往下编，不按年重起；信访编号 带年份",
    )  # fmt: skip
    built.quirk(
        "year_column_beside_yearless_date", file, "信访台账", f,
        "2023年6月前 交办日期 写 3.5（文本，月.日），年份在 年份 一列；7月换人后写 2023/7/5",
    )  # fmt: skip
    built.quirk(
        "year_total_line", file, "信访台账", f,
        "每年末一行横向合并 2023年合计：共登记信访事项11件：不是记录",
    )  # fmt: skip
    built.quirk(
        "continuous_multi_year_sheet", file, "信访台账", f,
        "2022年至2025年3月的信访事项在一张表里：只计交办日期在2024年的；2023年12月27日交办、2024年1月办结的不计",
    )  # fmt: skip


# --- 行政执法: a sheet per year, the case in the sheet of the year it was filed -------------------------------------

CATEGORIES = {"行政检查": 5, "行政许可": 4, "行政处罚": 3, "行政确认": 2, "行政强制": 0.6}
PREFIX = {
    "行政检查": "鹤鸣检字",
    "行政许可": "鹤鸣许字",
    "行政处罚": "鹤鸣罚字",
    "行政确认": "鹤鸣确字",
    "行政强制": "鹤鸣强字",
}
NAMES = {
    "行政检查": ["农村自建房安全检查", "燃气使用安全检查", "小作坊食品安全检查"],
    "行政许可": ["乡村建设规划许可", "临时占用道路许可", "农村宅基地审批"],
    "行政处罚": ["违规焚烧秸秆", "占道经营", "擅自建设"],
    "行政确认": ["农村五保供养对象确认", "残疾人生活补贴资格确认"],
    "行政强制": ["查封违法建设施工工具"],
}


def enforcement_sheet_per_year(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政执法案件登记台账.xlsx"
    head = [
        "序号",
        "案件名称",
        "执法类别",
        "立案（受理）日期",
        "作出决定日期",
        "决定书文号",
        "承办单位",
        "结案日期",
        "备注",
    ]
    records = []
    sheets = []
    numbers = {(y, c): 0 for y in (2023, 2024, 2025) for c in CATEGORIES}
    for filed_year, count, name, style in ((2023, 20, "2023年", "date"), (2024, 34, "2024年", "dot"),
                                           (2025, 7, "2025年1-3月", "date")):  # fmt: skip
        sheet = Sheet(name)
        sheet.title(f"{TOWN}{name}行政执法案件登记台账", len(head))
        sheet.header([head])
        days = years_dates(rng, filed_year, count)
        if filed_year < 2025:  # the last two filed in December, decided after New Year
            days[-2:] = [dt.date(filed_year, 12, 18), dt.date(filed_year, 12, 26)]
        for n, filed in enumerate(days, start=1):
            category = fake.pick(rng, CATEGORIES)
            decided = filed + dt.timedelta(days=rng.randint(0, 12) if category != "行政处罚" else rng.randint(10, 40))
            if filed.month == 12 and filed.day >= 18:
                decided = dt.date(filed_year + 1, 1, rng.randint(5, 20))
            pending = filed_year == 2024 and n == count - 5  # still being handled: no decision yet
            if pending:
                decided = None
            remark = "办理中" if pending else None
            no = None
            if decided:
                numbers[(decided.year, category)] += 1
                no = f"{PREFIX[category]}〔{decided.year}〕{numbers[(decided.year, category)]}号"
                if decided.year != filed_year:
                    remark = f"{filed_year}年立案，{decided.year}年作出决定"
            closed = decided + dt.timedelta(days=rng.randint(0, 20)) if decided else None
            sheet.add(
                n, rng.choice(NAMES[category]), category, fake.date_cell(filed, style),
                fake.date_cell(decided, style) if decided else None, no,
                rng.choice([f"{TOWN}综合行政执法办公室", f"{TOWN}农业综合服务中心（虚构）"]),
                fake.date_cell(closed, style) if closed else None, remark,
            )  # fmt: skip
            if decided:
                records.append({"case_no": no, "category": category, "decided_on": decided})
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.inspection", "enforcement.licensing", "enforcement.penalty")
    built.quirk(
        "sheet_per_year_with_partial_year", file, "2023年/2024年/2025年1-3月", f,
        "一本工作簿每年一张表，最后一张是还在记的 2025年1-3月：按作出决定日期计，不按表名",
    )  # fmt: skip
    built.quirk(
        "accepted_one_year_decided_next", file, "2023年", f,
        "2023年12月立案的两件记在 2023年 表里，2024年1月作出决定（文号 〔2024〕）：计入2024年",
    )  # fmt: skip
    built.quirk(
        "accepted_one_year_decided_next", file, "2024年", f,
        "2024年12月立案的两件2025年1月作出决定：不计入2024年；一件 办理中（无决定日期）不计",
    )  # fmt: skip


# --- 人民调解: 2023's rows moved to a hidden sheet, dates without the year ------------------------------------------

RESULTS = {"调解成功": 9, "调解不成功": 1}
SUBSIDY = {("口头", "一般"): 50, ("书面", "一般"): 100, ("书面", "疑难"): 200, ("书面", "重大"): 300}


def mediation_last_year_hidden(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解委员会案件登记簿.xlsx"
    head = ["序号", "卷宗号", "受理日期", "纠纷类型", "申请人", "被申请人", "调解结果", "协议形式", "补贴等级",
            "补贴金额（元）", "结案日期"]  # fmt: skip
    records = []
    sheets = []
    for year, count in ((2023, 16), (2024, 26), (2025, 5)):
        sheet = Sheet(
            str(year), hidden=year == 2023
        )  # the tabs named just 2023, 2024, 2025  # last year's rows moved out of sight when 2024 began
        sheet.title(f"{TOWN}人民调解委员会人民调解案件登记簿", len(head))  # the year only in the tab
        sheet.header([head])
        days = years_dates(rng, year, count)
        if year < 2025:  # accepted in late December, settled in January
            days[-1] = dt.date(year, 12, 26)
        for n, day in enumerate(days, start=1):
            result = fake.pick(rng, RESULTS)
            pending = year == 2024 and n == count - 1  # accepted in December 2024, still in mediation
            form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
            tier = ("一般" if form == "口头" else rng.choice(["一般", "一般", "疑难", "重大"])) if form else None
            subsidy = SUBSIDY[(form, tier)] if form else None
            closed = day + dt.timedelta(days=rng.randint(3, 20))
            if pending:
                result, form, tier, subsidy, closed = "调解中", None, None, None, None
            file_no = f"（{year}）鹤人调字第{n}号"
            sheet.add(
                n, file_no, fake.date_cell(day, "yearless"), fake.pick(rng, DISPUTE_TYPES),
                fake.masked(fake.name(rng)), fake.masked(fake.name(rng)), "正在调解" if pending else result,
                {"口头": "口头协议", "书面": "书面协议"}.get(form), tier, subsidy,
                fake.date_cell(closed, "cn") if closed else None,
            )  # fmt: skip
            records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
        sheets.append(sheet)
    # The visible sheets first, as the book opens; the hidden 2023 sheet stays where it was, first.
    built.books.append(Book(file, sheets))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk(
        "last_year_moved_to_hidden_sheet", file, "2023（隐藏）", f,
        "2024年初把2023年的16件移到一张隐藏的 2023 表；受理日期 写 12月26日，年份只在表名里：不计入2024年",
    )  # fmt: skip
    built.quirk(
        "year_from_sheet_name", file, "2024/2025", f,
        "受理日期 写 3月5日，年份只在表名 2024 里（标题不写年份）；2025 表已经开始登记",
    )  # fmt: skip
    built.quirk(
        "accepted_one_year_decided_next", file, "2024", f,
        "2024年12月26日受理、2025年1月调解成功结案的一件计入2024年（按受理日期）；12月受理仍在调解的一件不计",
    )  # fmt: skip


# --- 平安建设: only the police station's form, this year beside the same period of last year ---------------------


def security_form_with_last_year(built: Built) -> None:
    file = f"{TOWN}派出所平安建设数据统计表（2024年1-12月）.xlsx"
    sheet = Sheet("统计表")
    sheet.title(f"{TOWN}派出所2024年1-12月平安建设数据统计表", 8)
    sheet.add("填报单位：鹤鸣派出所（虚构）", None, None, None, None, "统计时段：2024年1月1日至12月31日")
    sheet.header(
        [
            ["项目", "起（份）数", None, None, "其中：行政拘留（人）", None, None, "备注"],
            [None, "本期", "上年同期", "增减", "本期", "上年同期", "增减", None],
        ],
        merges=[(1, 1, 2, 1), (1, 2, 1, 4), (1, 5, 1, 7), (1, 8, 2, 8)],
    )
    this = {"家暴告诫书": (14, 0), "家暴治安案件": (3, 2), "涉黄治安案件": (4, 7), "涉赌治安案件": (6, 11)}
    last = {"家暴告诫书": (11, 0), "家暴治安案件": (3, 3), "涉黄治安案件": (4, 5), "涉赌治安案件": (9, 15)}

    def change(a: int, b: int) -> str:
        return "持平" if a == b else f"{a - b:+d}"

    for item, (cases, detained) in this.items():
        prior_cases, prior_detained = last[item]
        sheet.add(
            item, cases, prior_cases, change(cases, prior_cases), detained, prior_detained,
            change(detained, prior_detained), None,
        )  # fmt: skip
    built.books.append(Book(file, [sheet]))
    built.ledgers["security"] = Stats(
        {
            "security.dv_warnings": this["家暴告诫书"][0],
            "security.dv_detentions": this["家暴告诫书"][1] + this["家暴治安案件"][1],
            "security.vice_cases": this["涉黄治安案件"][0],
            "security.vice_detentions": this["涉黄治安案件"][1],
        }
    )
    built.quirk(
        "this_year_beside_last_year", file, "统计表", "security.*",
        "平安建设只有派出所的统计表：起（份）数、其中：行政拘留（人）各分 本期 / 上年同期 / 增减 三列（增减 写 +3、-2、持平）："
        "数取 本期，上年同期 和 增减 不是本年的数",
    )  # fmt: skip


# --- 法律顾问: one sheet since 2022 with a 合计 row per year ----------------------------------------------------------

SERVICES = {"法律咨询": 5, "文书审核": 3, "法律意见书": 1.5, "法律援助": 0.5, "法治讲座": 1}
SERVICE_TYPED = {
    "法律咨询": ["法律咨询", "解答咨询"], "文书审核": ["合同审查", "文书审核"], "法律意见书": ["出具法律意见书"],
    "法律援助": ["法律援助"], "法治讲座": ["法治讲座"],
}  # fmt: skip


def counsel_running_on_with_year_totals(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}法律顾问服务台账.xlsx"
    head = ["序号", "服务日期", "服务对象", "服务类型", "服务内容", "数量", "顾问"]
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}法律顾问服务台账（2022年—）", len(head))
    sheet.header([head])
    records = []
    for year, count in {2022: 14, 2023: 17, 2024: 24, 2025: 5}.items():
        first = sheet.next_row
        for n, day in enumerate(years_dates(rng, year, count), start=1):
            service = fake.pick(rng, SERVICES)
            quantity = rng.choice([None, None, 1, 2, 3]) if service in ("法律咨询", "文书审核") else None
            sheet.add(
                n, fake.date_cell(day, "iso"), rng.choice([GOV, *VILLAGES]), rng.choice(SERVICE_TYPED[service]),
                rng.choice(["土地流转合同", "村规民约修订", "工程款结算", "征地补偿方案"]), quantity,
                rng.choice(["赵律师", "钱律师"]),
            )  # fmt: skip
            records.append({"served_on": day, "service": service, "quantity": quantity})
        last = sheet.next_row - 1
        if year < 2025:
            total = sum(r["quantity"] or 0 for r in records if r["served_on"].year == year)  # SUM skips blanks
            sheet.add(f"{year}年合计", None, None, None, None, Formula(f"SUM(F{first}:F{last})", total), None)
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk(
        "year_subtotal_rows", file, "服务台账", f,
        "一张表从2022年记到2025年3月，每年末一行 2023年合计（数量 SUM 公式）：不是记录；序号 每年重起",
    )  # fmt: skip


# --- 政务公开: a sheet per year, the current year's still open ---------------------------------------------------------


def disclosure_sheet_per_year(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}政务公开信息登记台账.xlsx"
    head = ["序号", "信息标题", "公开日期", "公开渠道", "公开类型", "责任科室"]
    records = []
    sheets = []
    carried: list[list] = []
    for year, count, name in ((2023, 30, "2023年"), (2024, 38, "2024年"), (2025, 6, "2025年1-3月")):
        sheet = Sheet(name)
        sheet.title(f"{TOWN}{name}政务公开信息登记台账", len(head))
        sheet.header([head])
        if year == 2024:  # the last items of 2023 copied over when the sheet was begun, then greyed out
            for row in carried:
                sheet.grey_rows.add(sheet.add(*row))
        rows = []
        for n, day in enumerate(years_dates(rng, year, count), start=1):
            kind = fake.pick(rng, {"主动公开": 5, "媒体发布": 3, "依申请公开": 0.3})
            channel = {"主动公开": "政府网站", "媒体发布": "微信公众号", "依申请公开": "书面答复"}[kind]
            typed = {"主动公开": "主动公开", "媒体发布": "宣传报道", "依申请公开": "依申请公开"}[kind]
            title = rng.choice(
                ["关于做好秋冬季森林防火工作的通知", "耕地地力保护补贴发放公示", "鹤鸣镇开展法治宣传活动"]
            )
            rows.append([n, title, fake.date_cell(day, "date"), channel, typed, rng.choice(["党政办", "综治中心"])])
            sheet.add(*rows[-1])
            records.append({"published_on": day, "type": kind})
        carried = [[None, *row[1:]] for row in rows[-3:]]
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["disclosure"] = records
    built.quirk(
        "sheet_per_year_with_partial_year", file, "2023年/2024年/2025年1-3月",
        ("disclosure.proactive", "disclosure.media", "disclosure.on_request"),
        "去年、今年、明年头三个月各一张表：只计2024年公开的",
    )  # fmt: skip
    built.quirk(
        "last_year_rows_greyed_out", file, "2024年", ("disclosure.proactive", "disclosure.media"),
        "2024年 表开头抄了2023年最后3条（序号空着），整行灰色底纹、灰色字：仍是2023年的，不计入，也不重复计",
    )  # fmt: skip


# --- 行政应诉: a handful of cases since 2021, a year column and 开庭日期 ----------------------------------------------


def litigation_since_2021(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政应诉案件台账（2021年起）.xlsx"
    head = ["序号", "年度", "案号", "原告", "案由", "立案日期", "开庭日期", "出庭负责人", "负责人是否出庭", "审理结果"]
    sheet = Sheet("应诉台账")
    sheet.title(f"{TOWN}行政应诉案件台账", len(head))
    sheet.header([head])
    cases = [
        (2021, dt.date(2021, 5, 10), dt.date(2021, 7, 2), True),
        (2022, dt.date(2022, 9, 1), dt.date(2022, 11, 15), False),
        (2023, dt.date(2023, 11, 20), dt.date(2024, 1, 16), True),  # filed in 2023, heard in 2024
        (2024, dt.date(2024, 4, 8), dt.date(2024, 6, 20), True),
        (2024, dt.date(2024, 8, 12), dt.date(2024, 10, 29), False),
        (2024, dt.date(2024, 11, 25), dt.date(2025, 1, 21), True),  # filed in 2024, heard in 2025
    ]
    records = []
    for n, (year, filed, heard, appeared) in enumerate(cases, start=1):
        case_no = f"（{year}）黔0399行初{rng.randint(10, 90)}号"
        leader = "镇长" if appeared else "委托律师"
        sheet.add(
            n, year, case_no, fake.masked(fake.name(rng)), rng.choice(["土地行政登记", "行政强制拆除", "政府信息公开"]),
            fake.date_cell(filed, "cn"), fake.date_cell(heard, "cn"), leader, "是" if appeared else "否",
            rng.choice(["驳回诉讼请求", "撤诉", "待判决"]),
        )  # fmt: skip
        records.append({"case_no": case_no, "heard_on": heard, "appeared": appeared})
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = records
    built.quirk(
        "year_column_is_filing_year", file, "应诉台账", "litigation.*",
        "年度 一列是立案年度：2023年立案、2024年1月开庭的一件计入2024年，2024年11月立案、2025年1月开庭的不计（按开庭日期）",
    )  # fmt: skip


# --- 规范性文件: a register since 2021 ----------------------------------------------------------------------------------


def normative_register_since_2021(built: Built) -> None:
    file = f"{TOWN}行政规范性文件登记备案台账.xlsx"
    head = ["序号", "文件名称", "文号", "印发日期", "报备日期", "备案审查意见"]
    sheet = Sheet("备案台账")
    sheet.title(f"{TOWN}行政规范性文件登记备案台账（2021年以来）", len(head))
    sheet.header([head])
    docs = [
        ("鹤鸣镇农村人居环境整治村规民约指导意见", 2021, dt.date(2021, 4, 12)),
        ("鹤鸣镇集镇摊区管理办法", 2022, dt.date(2022, 8, 3)),
        ("鹤鸣镇农村自建房管理办法", 2024, dt.date(2024, 3, 18)),
        ("鹤鸣镇困难群众临时救助实施细则", 2024, dt.date(2024, 9, 6)),
    ]
    records = []
    for n, (title, year, day) in enumerate(docs, start=1):
        sheet.add(n, title, f"鹤府发〔{year}〕{n + 2}号", fake.date_cell(day, "cn"),
                  fake.date_cell(day + dt.timedelta(days=20), "cn"), "予以备案")  # fmt: skip
        records.append({"issued_on": day})
    built.books.append(Book(file, [sheet]))
    built.ledgers["normative_documents"] = records
    built.quirk(
        "continuous_multi_year_sheet", file, "备案台账", "normative_documents.issued",
        "2021年以来的文件登记在一张表：只计2024年印发的2件",
    )  # fmt: skip


# --- 学法用法: the 2024 sheet and the 2025 sheet begun beside it --------------------------------------------------------


def training_this_and_next_year(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}学法用法台账.xlsx"
    head = ["序号", "日期", "活动名称", "参加对象", "形式", "参加人数", "应参考人数", "实参考人数"]
    records = []
    sheets = []
    for year, name in ((2024, "2024年度"), (2025, "2025年度")):
        sheet = Sheet(name)
        sheet.title(f"{TOWN}{year}年学法用法及普法培训登记表", len(head))
        sheet.header([head])
        rows = [(dt.date(year, 3, 14), "法律明白人培训会", "法律明白人", "线下", 42, None, None)]
        if year == 2024:
            rows += [
                (dt.date(2024, 4, 25), "镇党委理论学习中心组学法", "领导干部", "中心组学习", 15, None, None),
                (dt.date(2024, 6, 12), "法律明白人线上培训", "法律明白人", "线上", 57, None, None),
                (dt.date(2024, 11, 8), "领导干部法宣在线年度考试", "领导干部", "考试", None, 38, 37),
            ]
        for n, (day, title, audience, mode, people, required, taken) in enumerate(rows, start=1):
            sheet.add(n, fake.date_cell(day, "cn"), title, audience, mode, people, required, taken)
            records.append({"held_on": day, "audience": audience, "exam_required": required, "exam_taken": taken})
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["training"] = records
    built.quirk(
        "sheet_per_year_with_partial_year", file, "2024年度/2025年度", "training.*",
        "2025年度 表已开始登记（3月一次法律明白人培训）：不计入2024年",
    )  # fmt: skip
