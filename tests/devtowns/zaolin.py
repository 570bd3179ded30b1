"""枣林乡（虚构）2024: the twenty-ninth development town, whose ledgers carry **corrections and amendments made the
way clerks make them**: nothing is deleted, everything is marked.

A row struck through (删除线, Ctrl+5) instead of deleted, with nothing written beside it; a row filled red with 备注
重复, another filled grey with 备注 录错; a later 更正 row (备注 更正第13行，以此为准) that replaces an earlier one; a
revision column (修改记录) that tells the history of a cell already holding its new value; a mediation register in
two versions in the folder, `…台账.xlsx` and `…台账（修改稿）.xlsx`; in the 修改稿 a result retyped in the cell
(调解不成功→调解成功), a subsidy whose old amount is struck through inside the cell (~~300~~500, rich text), cases
withdrawn (申请人撤回) or refused (不予受理); petitions whose 交办日期 was corrected in the cell
(2023年12月28日（改为2024年1月4日）) and one withdrawn by the petitioner (信访人撤回); a clean counsel register.

Truth decisions: a struck-through row, a row whose 备注 says 重复 / 录错 and a row replaced by a 更正 row are **not
records** (the office kept them to show what was corrected); the 更正 row names the row it replaces by its 序号; the
later value of a retyped cell is the value (after →, after the struck run, the date after 改为); of two versions of
one ledger the 修改稿 is the ledger; a withdrawn or refused case is no successful mediation (and a withdrawn petition
is still an item assigned, neither resolved nor in progress)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Retyped, Sheet
from .town import Built
from .truth import Null

TOWN = "枣林乡"
YEAR = 2024
VILLAGES = ("枣林社区", "杏花村", "柿子沟村", "南坪村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}
RED, GREY = "FFC7CE", "D9D9D9"  # Excel's 浅红填充 and a grey, as clerks colour rows they no longer count


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    marked_rows_disputes(built, rng)
    two_versions_mediation(built, rng)
    corrected_dates_petitions(built, rng)
    clean_counsel(built, rng)
    absent = ("enforcement", "disclosure", "security", "fraud_watch", "litigation", "normative_documents", "training")
    for kind in absent:
        built.ledgers[kind] = Null("枣林乡没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 矛盾纠纷: rows struck through, filled red / grey, replaced by a 更正 row ------------------------------------------

DISPUTES_FILE = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账.xlsx"
TYPES = ("邻里纠纷", "婚姻家庭纠纷", "山林土地纠纷", "房屋宅基地纠纷", "损害赔偿纠纷")
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.5}


def marked_rows_disputes(built: Built, rng: random.Random) -> None:
    sheet = Sheet("排查台账")
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解台账", 8)
    sheet.header([["序号", "排查日期", "村（社区）", "纠纷类型", "化解状态", "包案责任人", "备注", "修改记录"]])
    records: list[dict] = []
    serial = 0

    def row(day, village, kind, status, person, remark=None, history=None) -> int:
        nonlocal serial
        serial += 1
        return sheet.add(serial, day, village, kind, status, person, remark, history)

    days = fake.dates_in(rng, YEAR, 30)
    corrected: tuple | None = None
    corrected_serial = 0
    for n, day in enumerate(days, start=1):
        status = fake.pick(rng, STATUS)
        cells = (day, rng.choice(VILLAGES), rng.choice(TYPES))
        person = fake.name(rng)
        if n == 12:
            # Typed 化解中; a 更正 row at the end gives 已化解 (the 12th row stays as typed, nothing beside it).
            row(*cells, "化解中", person)
            corrected_serial = serial
            corrected = (*cells, "已化解", person)
            records.append({"screened_on": day, "status": "已化解"})
            continue
        history = None
        if status == "已化解" and n % 7 == 3:
            # The cell already holds the new value; the column tells how it came to be.
            history = f"{YEAR}-{day.month:02d}-28 化解状态由“化解中”改为“已化解”"
        row(*cells, status, person, None, history)
        records.append({"screened_on": day, "status": status})
        if n == 9:
            # Entered twice by mistake: the second entry struck through (删除线), nothing written beside it.
            sheet.struck_rows.add(row(*cells, status, person))
        if n == 15:
            # The same dispute entered again the next week: filled red, 备注 重复.
            sheet.filled_rows[row(*cells, status, person, "重复")] = RED
        if n == 21:
            # A line typed into the wrong register (another town's case): filled grey, 备注 录错.
            sheet.filled_rows[row(day, "（外乡）", "合同纠纷", "已化解", fake.name(rng), "录错")] = GREY
    assert corrected is not None
    # The 更正 row names the row it replaces by that row's 序号.
    row(*corrected, f"更正第{corrected_serial}行，以此为准")
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("struck_through_row", DISPUTES_FILE, "排查台账", f,
                "第9件录了两遍，第二遍整行加删除线（Ctrl+5），旁边什么也没写：不是记录")  # fmt: skip
    built.quirk("remark_marks_row_void", DISPUTES_FILE, "排查台账", f,
                "一行浅红填充、备注“重复”（同一纠纷又录一遍），一行灰色填充、备注“录错”（别乡的案子）：都不是记录")  # fmt: skip
    built.quirk("correction_row_replaces", DISPUTES_FILE, "排查台账", f,
                "表末一行备注“更正第13行，以此为准”：序号13那一行（化解中）由它（已化解）取代，只计一件")  # fmt: skip
    built.quirk("revision_column", DISPUTES_FILE, "排查台账", f,
                "修改记录 列写“化解状态由“化解中”改为“已化解””：格里已是新值，这一列只是历史，不是化解状态")  # fmt: skip


# --- 人民调解: the register and its 修改稿 side by side ------------------------------------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记台账.xlsx"
MEDIATION_REVISED = f"{TOWN}人民调解案件登记台账（修改稿）.xlsx"
RESULTS = {"调解成功": 8, "调解不成功": 1, "调解中": 1}
RATES = {"口头": 200, "书面": 500}


def two_versions_mediation(built: Built, rng: random.Random) -> None:
    header = [["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）", "备注"]]
    first, revised = Sheet("登记台账"), Sheet("登记台账")
    for sheet, label in ((first, ""), (revised, "（修改稿）")):
        sheet.title(f"{TOWN}人民调解案件登记台账{label}", 8)
        sheet.header(header)
    records = []
    days = fake.dates_in(rng, YEAR, 26, last=dt.date(YEAR, 11, 29))
    for n, day in enumerate(days, start=1):
        result = fake.pick(rng, RESULTS)
        result = {6: "申请人撤回", 20: "申请人撤回", 22: "不予受理"}.get(n, result)
        file_no = f"枣调〔{YEAR}〕{n}号"
        kind = rng.choice(TYPES)
        form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
        subsidy = RATES[form] if form else None
        old = [result, form, subsidy, None]  # as the first version had it
        new = [result, form, subsidy, None]  # as the 修改稿 has it
        if n in (4, 17):
            # Settled after the first version was sent: 调解中 there, 调解成功 in the 修改稿.
            form, subsidy = "书面", RATES["书面"]
            result = "调解成功"
            old = ["调解中", None, None, None]
            new = [result, form, subsidy, None]
        if n == 10:
            # The result retyped in its cell: the old word, an arrow, the new word.
            form, subsidy, result = "口头", RATES["口头"], "调解成功"
            old = ["调解不成功", None, None, None]
            new = ["调解不成功→调解成功", form, subsidy, "经二次调解达成口头协议"]
        if n == 13:
            # The subsidy corrected inside the cell: the old amount struck through, the new one after it.
            form, subsidy, result = "书面", 500, "调解成功"
            old = [result, form, 300, None]
            new = [result, form, Retyped("300", "500"), "补贴标准更正"]
        if result == "申请人撤回":
            new[3] = old[3] = "申请人撤回调解申请，终止"
        first.add(n, file_no, day, kind, *old)
        revised.add(n, file_no, day, kind, *new)
        records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    # Two cases registered after the first version was sent: only in the 修改稿.
    for n, day in enumerate(fake.dates_in(rng, YEAR, 2, first=dt.date(YEAR, 12, 2)), start=len(days) + 1):
        file_no = f"枣调〔{YEAR}〕{n}号"
        revised.add(n, file_no, day, rng.choice(TYPES), "调解成功", "口头", RATES["口头"], None)
        records.append({"file_no": file_no, "accepted_on": day, "result": "调解成功", "form": "口头",
                        "subsidy": RATES["口头"]})  # fmt: skip
    built.books.append(Book(MEDIATION_FILE, [first]))
    built.books.append(Book(MEDIATION_REVISED, [revised]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("two_versions_in_folder", MEDIATION_REVISED, "登记台账", f,
                "同一台账两个版本：…台账.xlsx 与 …台账（修改稿）.xlsx，修改稿里两件由调解中改为调解成功、多两件12月的案件：以修改稿为准，每件只计一次")  # fmt: skip
    built.quirk("value_retyped_in_cell", MEDIATION_REVISED, "登记台账", f,
                "调解结果 写“调解不成功→调解成功”：箭头后的是现在的结果")  # fmt: skip
    built.quirk("struck_run_in_cell", MEDIATION_REVISED, "登记台账", f,
                "补贴金额 一格里 300 加删除线、后面接 500（富文本）：不看格式读到的是“300500”，补贴是 500")  # fmt: skip
    built.quirk("withdrawn_not_mediated", MEDIATION_REVISED, "登记台账", f,
                "调解结果 申请人撤回、不予受理：不是调解成功，不计入成功件数和案补")  # fmt: skip


# --- 信访: dates corrected in the cell, an item withdrawn -------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项登记台账{YEAR}.xlsx"
SOURCES = {"县联办": 5, "市联办": 2, "本级受理": 3}
PETITION_STATES = {"已化解": 7, "正在化解": 2}


def corrected_dates_petitions(built: Built, rng: random.Random) -> None:
    sheet = Sheet("信访台账")
    sheet.title(f"{TOWN}{YEAR}年信访事项登记台账", 7)
    sheet.header([["序号", "信访编号", "交办单位", "交办日期", "反映问题", "办理状态", "变更说明"]])
    records = []
    days = [dt.date(YEAR - 1, 12, 28), *fake.dates_in(rng, YEAR, 16), dt.date(YEAR, 12, 30)]
    for n, day in enumerate(days, start=1):
        source, status = fake.pick(rng, SOURCES), fake.pick(rng, PETITION_STATES)
        status = "信访人撤回" if n == 11 else status
        number = f"ZL{YEAR}{n:03d}"
        typed = f"{day.year}年{day.month}月{day.day}日"
        change = None
        if n == 1:
            # Typed as the date the letter was written; corrected to the day it was assigned (in the new year).
            day = dt.date(YEAR, 1, 4)
            typed += "（改为2024年1月4日）"
        elif n == len(days):
            # Corrected forward into the next year: the item is 2025's.
            day = dt.date(YEAR + 1, 1, 3)
            typed += "（改为2025年1月3日）"
        elif n % 6 == 2:
            later = day + dt.timedelta(days=3)
            typed = f"{day.month}月{day.day}日（改为{later.month}月{later.day}日）"
            day = later
        if status == "已化解" and n % 4 == 1:
            change = "办理状态由正在化解变更为已化解"
        sheet.add(n, number, source, typed, rng.choice(["征地补偿", "低保评定", "道路硬化", "宅基地审批"]),
                  status, change)  # fmt: skip
        records.append({"petition_no": number, "assigned_on": day, "source": source, "status": status})
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("date_corrected_in_cell", PETITIONS_FILE, "信访台账", f,
                "交办日期 写“2023年12月28日（改为2024年1月4日）”“3月5日（改为3月8日）”：改为后的日期是交办日期，决定年份")  # fmt: skip
    built.quirk("withdrawn_petition", PETITIONS_FILE, "信访台账", f,
                "办理状态 信访人撤回：仍是一件交办的信访事项，既不是已化解也不是正在化解")  # fmt: skip
    built.quirk("revision_column", PETITIONS_FILE, "信访台账", f,
                "变更说明 列写“办理状态由正在化解变更为已化解”：历史，不是办理状态")  # fmt: skip


# --- 法律顾问: a clean register, for contrast ----------------------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}村（居）法律顾问服务台账{YEAR}.xlsx"
SERVICES = {"法律咨询": 6, "审查合同": 2, "出具法律意见书": 1, "法律援助": 0.6}
SERVICE_TRUTH = {"法律咨询": "法律咨询", "审查合同": "文书审核", "出具法律意见书": "法律意见书", "法律援助": "法律援助"}


def clean_counsel(built: Built, rng: random.Random) -> None:
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}{YEAR}年村（居）法律顾问服务台账", 6)
    sheet.header([["序号", "服务日期", "服务村（社区）", "服务类型", "数量（件/人次）", "法律顾问"]])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 22), start=1):
        service = fake.pick(rng, SERVICES)
        quantity = rng.choice([1, 2, 3]) if service == "法律咨询" else 1
        sheet.add(n, day, rng.choice(VILLAGES), service, quantity, fake.name(rng))
        records.append({"served_on": day, "service": SERVICE_TRUTH[service], "quantity": quantity})
    built.books.append(Book(COUNSEL_FILE, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("clean_for_contrast", COUNSEL_FILE, "服务台账", f, "没有任何更正的台账：同一乡里的对照")
