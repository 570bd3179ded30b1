"""沙坪镇（虚构）2024: the twenty-fourth development town, whose offices keep summary-heavy workbooks: records
interleaved with what Excel and WPS insert when people summarise.

Data → 分类汇总 (Subtotal) sorts a register by a column and writes after each group a row whose group cell reads
“行政处罚 计数” or “调解成功 汇总” with =SUBTOTAL(3,…) or =SUBTOTAL(9,…) beside it, and a last “总计数” / “总计” row;
it outlines the detail rows at level 2 so a click on 1 2 3 collapses a group (its detail rows hidden). Clerks type
their own 小计 rows after each month or village (=COUNTA, =SUM with cached values) and restart 序号 after each.
A 数据透视表 on a sheet beside the data counts and sums the same records (行标签 | 计数项:卷宗号 | 求和项:补贴金额,
(空白), 总计). The 筛选 (autofilter) is left on with rows hidden by the filter, and panes frozen under the header.

Truth decisions: a summary row is never a record; a record hidden by a collapsed group or by the filter is still a
record (the filter is a view, not a deletion); the pivot sheet is derived from the register beside it, so it is not a
second source to add, and where it disagrees with nothing it only confirms."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null

TOWN = "沙坪镇"
YEAR = 2024
GOV = "沙坪镇人民政府"
VILLAGES = ("沙坪社区", "枣木村", "青石岭村", "河湾村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    subtotal_count_enforcement(built, rng)
    monthly_subtotal_disputes(built, rng)
    subtotal_sum_mediation_with_pivot(built, rng)
    collapsed_subtotal_petitions(built, rng)
    village_subtotal_counsel(built, rng)
    absent = ("disclosure", "security", "fraud_watch", "litigation", "normative_documents", "training")
    for kind in absent:
        built.ledgers[kind] = Null("沙坪镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


def subtotal_block(
    sheet: Sheet, groups: dict[str, list[list[Any]]], group_col: int, count_col: int, func: int, label: str, grand: str
) -> dict[str, int]:
    """Data → 分类汇总 as Excel writes it below each group: “<group> <label>” in the grouped column and
    =SUBTOTAL(func, range) in the totalled one, detail rows at outline level 2, a grand row at level 1.
    Returns group → the summary row's number."""
    first_detail = sheet.next_row
    summary_rows: dict[str, int] = {}
    grand_value = 0.0
    for group, rows in groups.items():
        start = sheet.next_row
        for cells in rows:
            sheet.outline[sheet.add(*cells)] = 2
        end = sheet.next_row - 1
        values = [c[count_col] for c in rows]
        cached = sum(1 for v in values if v not in (None, "")) if func == 3 else sum(v or 0 for v in values)
        grand_value += cached
        row: list[Any] = [None] * len(rows[0])
        row[group_col] = f"{group} {label}"
        col = chr(ord("A") + count_col)
        row[count_col] = Formula(f"SUBTOTAL({func},{col}{start}:{col}{end})", cached)
        summary_rows[group] = sheet.add(*row)
        sheet.outline[summary_rows[group]] = 1
    row = [None] * len(next(iter(groups.values()))[0])
    row[group_col] = grand
    col = chr(ord("A") + count_col)
    row[count_col] = Formula(f"SUBTOTAL({func},{col}{first_detail}:{col}{sheet.next_row - 1})", grand_value)
    sheet.add(*row)
    return summary_rows


# --- 行政执法: 分类汇总 by 执法类别, 计数 of 案件编号 -----------------------------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年行政执法案件登记台账.xlsx"
CATEGORIES = {"行政检查": 6, "行政处罚": 3, "行政许可": 2, "行政强制": 0.6}


def subtotal_count_enforcement(built: Built, rng: random.Random) -> None:
    sheet = Sheet("执法台账")
    sheet.title(f"{TOWN}{YEAR}年行政执法案件登记台账", 7)
    sheet.header([["序号", "执法类别", "案件编号", "案件名称", "当事人", "作出决定日期", "承办人"]])
    days = [dt.date(YEAR - 1, 12, 27), *fake.dates_in(rng, YEAR, 30), dt.date(YEAR + 1, 1, 8)]
    cases = []
    for n, day in enumerate(days, start=1):
        category = fake.pick(rng, CATEGORIES)
        short = {"行政检查": "检", "行政处罚": "罚", "行政许可": "许", "行政强制": "强"}[category]
        cases.append({"case_no": f"沙{short}〔{day.year}〕{n}号", "category": category, "decided_on": day})
    groups: dict[str, list[list[Any]]] = {}
    for case in sorted(cases, key=lambda c: (list(CATEGORIES).index(c["category"]), c["decided_on"])):
        rows = groups.setdefault(case["category"], [])
        rows.append([len(rows) + 1, case["category"], case["case_no"],
                     rng.choice(["安全生产检查", "占道经营", "农村建房审批", "违法建设"]), fake.name(rng),
                     case["decided_on"], fake.name(rng)])  # fmt: skip
    summary = subtotal_block(sheet, groups, group_col=1, count_col=2, func=3, label="计数", grand="总计数")
    # The 行政检查 group is collapsed (the outline's minus clicked): its detail rows are hidden, still records.
    sheet.collapsed.add(summary["行政检查"])
    sheet.hidden_rows.update(r for r, level in sheet.outline.items() if level == 2 and r < summary["行政检查"])
    sheet.freeze = "A3"
    # A pivot of the cases by 作出决定日期 on the sheet after the register (a date's row each, WPS and Excel before
    # 2016 leave dates ungrouped): every row of the register, the year's neighbours included.
    pivot = Sheet("Sheet2")
    pivot.add("行标签", "计数项:案件编号")
    by_day: dict[dt.date, int] = {}
    for case in cases:
        by_day[case["decided_on"]] = by_day.get(case["decided_on"], 0) + 1
    for day, n in sorted(by_day.items()):
        pivot.add(day, n)
    pivot.add("总计", len(cases))
    built.books.append(Book(ENFORCEMENT_FILE, [sheet, pivot]))
    built.ledgers["enforcement"] = cases
    f = ("enforcement.cases", "enforcement.inspection", "enforcement.penalty", "enforcement.licensing",
         "enforcement.coercion")  # fmt: skip
    built.quirk("subtotal_count_rows", ENFORCEMENT_FILE, "执法台账", f,
                "数据→分类汇总（计数）：每类后一行 “行政处罚 计数”，案件编号列 =SUBTOTAL(3,C3:C16)；末行 “总计数”：不是案件")  # fmt: skip
    built.quirk("collapsed_subtotal_group", ENFORCEMENT_FILE, "执法台账", f,
                "分级显示折叠了 行政检查 一组：明细行隐藏，只见 “行政检查 计数”：隐藏的明细仍是案件")  # fmt: skip
    built.quirk("pivot_table_by_date", ENFORCEMENT_FILE, "Sheet2", f,
                "数据透视表 行标签 是各个作出决定日期，计数项:案件编号，总计 32（含2023、2025年各一件）：不是台账，也不是未知台账")  # fmt: skip
    built.quirk("hidden_rows", ENFORCEMENT_FILE, "执法台账", f, "折叠的明细行是隐藏行")
    built.quirk("formula_cached_values", ENFORCEMENT_FILE, "执法台账", f, "SUBTOTAL 公式带缓存值")
    built.quirk("restarting_numbers", ENFORCEMENT_FILE, "执法台账", f, "序号 在每类中从 1 重新开始")


# --- 矛盾纠纷: 每月 小计 行, 序号 每月重起, 筛选 留着, 冻结窗格 -----------------------------------------------------------

DISPUTES_FILE = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账.xlsx"
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.5}


def monthly_subtotal_disputes(built: Built, rng: random.Random) -> None:
    sheet = Sheet("排查台账")
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解台账", 7)
    head = ["序号", "排查日期", "村（社区）", "纠纷类型", "当事人", "化解情况", "包案领导"]
    header_row = sheet.header([head])
    records = []
    days = fake.dates_in(rng, YEAR, 44)
    filtered_out = []
    for month in range(1, 13):
        in_month = [d for d in days if d.month == month]
        if not in_month:
            continue
        start = sheet.next_row
        for n, day in enumerate(in_month, start=1):
            status = fake.pick(rng, STATUS)
            r = sheet.add(n, day, rng.choice(VILLAGES), rng.choice(["邻里纠纷", "土地纠纷", "婚姻家庭纠纷"]),
                          fake.name(rng), status, fake.name(rng))  # fmt: skip
            records.append({"screened_on": day, "status": status})
            if status != "已化解":
                filtered_out.append(r)
        end = sheet.next_row - 1
        done = sum(1 for r in records[-len(in_month) :] if r["status"] == "已化解")
        subtotal = sheet.add(f"{month}月小计", None, None, None, None,
                  Formula(f'COUNTIF(F{start}:F{end},"已化解")', done), Formula(f"COUNTA(B{start}:B{end})", len(in_month)))  # fmt: skip
        filtered_out.append(subtotal)  # its 化解情况 cell holds a number, not 已化解: the filter hides it too
    resolved = sum(1 for r in records if r["status"] == "已化解")
    sheet.add("合计", None, None, None, None, resolved, len(records))
    # The filter on 化解情况 was left set to 已化解: the other rows are hidden by it, still disputes screened.
    sheet.autofilter = f"A{header_row}:G{sheet.next_row - 1}"
    sheet.hidden_rows.update(filtered_out)
    sheet.freeze = f"C{header_row + 1}"
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("monthly_subtotal_rows", DISPUTES_FILE, "排查台账", f,
                "每月后一行 “3月小计”：化解情况 列 =COUNTIF(…,\"已化解\")、包案领导 列 =COUNTA(…)；末行 合计：不是纠纷")  # fmt: skip
    built.quirk("serial_restarts_after_subtotal", DISPUTES_FILE, "排查台账", f, "序号 在每个 小计 后从 1 重新开始")
    built.quirk("filter_left_on_hidden_records", DISPUTES_FILE, "排查台账", f,
                "筛选 留在 化解情况=已化解：化解中/未化解 的行被筛选隐藏，仍是排查的纠纷")  # fmt: skip
    built.quirk("frozen_panes", DISPUTES_FILE, "排查台账", f, "冻结窗格在表头下、前两列右")


# --- 人民调解: 分类汇总（求和） by 调解结果, and a 数据透视表 beside it ------------------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记表（{YEAR}年）.xlsx"
RESULTS = {"调解成功": 8, "调解不成功": 1.2, "调解中": 1}
RATES = {"口头": 200, "书面": 400}


def subtotal_sum_mediation_with_pivot(built: Built, rng: random.Random) -> None:
    sheet = Sheet("登记表")
    sheet.title(f"{TOWN}人民调解案件登记表", 8)
    sheet.header([["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "调解员", "补贴金额（元）"]])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 28), start=1):
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "书面", "口头"]) if result == "调解成功" else None
        records.append({"file_no": f"沙调〔{YEAR}〕{n}号", "accepted_on": day, "result": result, "form": form,
                        "subsidy": RATES[form] if form else None, "type": rng.choice(["邻里纠纷", "损害赔偿纠纷"])})  # fmt: skip
    groups: dict[str, list[list[Any]]] = {}
    for r in sorted(records, key=lambda r: (list(RESULTS).index(r["result"]), r["accepted_on"])):
        rows = groups.setdefault(r["result"], [])
        rows.append([len(rows) + 1, r["file_no"], r["accepted_on"], r["type"], r["result"],
                     f"{r['form']}协议" if r["form"] else None, fake.name(rng), r["subsidy"]])  # fmt: skip
    subtotal_block(sheet, groups, group_col=4, count_col=7, func=9, label="汇总", grand="总计")
    sheet.freeze = "C3"
    # The pivot a clerk made for the monthly report: rows 协议形式 (blank for the cases without agreement), values
    # 计数项:卷宗号 and 求和项:补贴金额, a 总计 row; Excel writes 行标签 over the row field and (空白) for blanks.
    pivot = Sheet("Sheet2")
    pivot.add("调解结果", "(全部)")
    pivot.blank()
    pivot.add("行标签", "计数项:卷宗号", "求和项:补贴金额")
    for form in ("口头", "书面"):
        chosen = [r for r in records if r["form"] == form]
        pivot.add(f"{form}协议", len(chosen), sum(r["subsidy"] for r in chosen))
    pivot.add("(空白)", sum(1 for r in records if not r["form"]), None)
    pivot.add("总计", len(records), sum(r["subsidy"] or 0 for r in records))
    built.books.append(Book(MEDIATION_FILE, [pivot, sheet]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("subtotal_sum_rows", MEDIATION_FILE, "登记表", f,
                "数据→分类汇总（求和）按 调解结果：“调解成功 汇总” 一行，补贴金额 列 =SUBTOTAL(9,…)；末行 “总计”：不是案件，更不是调解成功")  # fmt: skip
    built.quirk("pivot_table_sheet", MEDIATION_FILE, "Sheet2", f,
                "数据透视表 在数据前的 Sheet2：行标签 | 计数项:卷宗号 | 求和项:补贴金额，(空白)、总计：由登记表算出，不是另一份统计")  # fmt: skip


# --- 信访: 分类汇总（计数） by 办理状态, 已化解 一组折叠 -------------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项登记台账{YEAR}.xlsx"
SOURCES = {"县联办": 5, "市联办": 2, "本级受理": 3}
PETITION_STATES = {"已化解": 7, "正在化解": 2}


def collapsed_subtotal_petitions(built: Built, rng: random.Random) -> None:
    sheet = Sheet("信访台账")
    sheet.header([["序号", "信访编号", "交办单位", "交办日期", "反映问题", "办理状态"]])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 19), start=1):
        records.append({"petition_no": f"SP{YEAR}{n:03d}", "assigned_on": day, "source": fake.pick(rng, SOURCES),
                        "status": fake.pick(rng, PETITION_STATES)})  # fmt: skip
    groups: dict[str, list[list[Any]]] = {}
    for r in sorted(records, key=lambda r: (list(PETITION_STATES).index(r["status"]), r["assigned_on"])):
        rows = groups.setdefault(r["status"], [])
        rows.append([r["petition_no"][-3:].lstrip("0"), r["petition_no"], r["source"], f"{r['assigned_on']:%Y/%m/%d}",
                     rng.choice(["征地补偿", "低保评定", "道路硬化"]), r["status"]])  # fmt: skip
    summary = subtotal_block(sheet, groups, group_col=5, count_col=1, func=3, label="计数", grand="总计数")
    sheet.collapsed.add(summary["已化解"])
    sheet.hidden_rows.update(r for r, level in sheet.outline.items() if level == 2 and r < summary["已化解"])
    sheet.autofilter = f"A1:F{sheet.next_row - 1}"
    sheet.freeze = "A2"
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("subtotal_count_rows", PETITIONS_FILE, "信访台账", f,
                "分类汇总（计数）按 办理状态：“已化解 计数”、“正在化解 计数”、“总计数”，信访编号 列 =SUBTOTAL(3,…)")  # fmt: skip
    built.quirk("collapsed_subtotal_group", PETITIONS_FILE, "信访台账", f,
                "已化解 一组折叠（明细隐藏）：隐藏的仍是信访事项，已化解 计数 行不是事项")  # fmt: skip


# --- 法律顾问: 每村一段, 段后 小计, 序号 每村重起 -----------------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}村（居）法律顾问服务台账{YEAR}.xlsx"
SERVICES = {"法律咨询": 6, "审查合同": 2, "出具法律意见书": 1, "法律援助": 0.6}
SERVICE_TRUTH = {"法律咨询": "法律咨询", "审查合同": "文书审核", "出具法律意见书": "法律意见书", "法律援助": "法律援助"}


def village_subtotal_counsel(built: Built, rng: random.Random) -> None:
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}{YEAR}年村（居）法律顾问服务台账", 6)
    sheet.header([["序号", "服务日期", "服务村（社区）", "服务类型", "数量（件/人次）", "法律顾问"]])
    records = []
    for village in VILLAGES:
        start = sheet.next_row
        for n, day in enumerate(fake.dates_in(rng, YEAR, rng.randint(5, 8)), start=1):
            service = fake.pick(rng, SERVICES)
            quantity = rng.choice([1, 2, 3, 5]) if service == "法律咨询" else 1
            sheet.add(n, f"{day:%Y.%m.%d}", village, service, quantity, fake.name(rng))
            records.append({"served_on": day, "service": SERVICE_TRUTH[service], "quantity": quantity})
        end = sheet.next_row - 1
        total = sum(r["quantity"] for r in records[-(end - start + 1) :])
        sheet.add(None, None, f"{village}小计", None, Formula(f"SUM(E{start}:E{end})", total), None)
    sheet.add(None, None, "合计", None, sum(r["quantity"] for r in records), None)
    sheet.freeze = "A3"
    built.books.append(Book(COUNSEL_FILE, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("village_subtotal_rows", COUNSEL_FILE, "服务台账", f,
                "每村一段，段后一行 “枣木村小计”（数量 =SUM(…)），末行 合计：不是服务记录")  # fmt: skip
    built.quirk("serial_restarts_after_subtotal", COUNSEL_FILE, "服务台账", f, "序号 每村从 1 重新开始")
