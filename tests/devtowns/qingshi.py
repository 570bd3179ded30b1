"""青石镇（虚构）2024: the twenty-sixth development town, whose offices record values **as codes**, the way
statistics systems and disciplined offices do, the meaning of each code written somewhere other than the cell.

A 代码表 sheet in the same book (纠纷类型代码 01 婚姻家庭 02 邻里 …, a two-column 代码 | 名称 table per field);
a 填表说明 sheet of numbered lines (交办单位代码：1 县联办 2 市联办 3 本级受理); a note under the table
(注：调解结果 1=调解成功 2=调解不成功 3=终止调解); a legend in the header with letters (执法类别（A许可 B处罚 C检查
D强制 E其他）). Codes are typed with and without their leading zero (01, 1) and come back from Excel as numbers (1,
1.0); one 纠纷类型 is 09, a code the 代码表 does not list. The legal counsel's register is kept in plain words.

Truth decisions: a code means what its own book's legend says, and only in the column the legend names; 01, 1 and
1.0 are the same code; a code outside its legend (纠纷类型 09) means nothing known: the dispute is still one screened
(its type is not counted), and its type is not guessed."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import COUNSEL_FIGURES, Built, plain_counsel_register
from .truth import Null

TOWN = "青石镇"
YEAR = 2024
GOV = "青石镇人民政府"
VILLAGES = ("青石社区", "白岩村", "杉木坪村", "龙井村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    header_letter_legend_enforcement(built, rng)
    code_sheet_disputes(built, rng)
    note_under_table_mediation(built, rng)
    instructions_sheet_petitions(built, rng)
    plain_words_counsel(built, rng)
    absent = ("disclosure", "security", "fraud_watch", "litigation", "normative_documents", "training")
    for kind in absent:
        built.ledgers[kind] = Null("青石镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 行政执法: 执法类别 as a letter, the legend in the header ----------------------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年行政执法案件登记台账.xlsx"
LETTERS = {"行政许可": "A", "行政处罚": "B", "行政检查": "C", "行政强制": "D", "其他": "E"}
CATEGORIES = {"行政检查": 6, "行政处罚": 3, "行政许可": 2, "行政强制": 0.6, "其他": 0.5}


def header_letter_legend_enforcement(built: Built, rng: random.Random) -> None:
    sheet = Sheet("执法台账")
    sheet.title(f"{TOWN}{YEAR}年行政执法案件登记台账", 6)
    sheet.header(
        [["序号", "案件编号", "执法类别（A许可 B处罚 C检查 D强制 E其他）", "案件名称", "作出决定日期", "承办人"]]
    )
    cases = []
    days = [dt.date(YEAR - 1, 12, 28), *fake.dates_in(rng, YEAR, 26), dt.date(YEAR + 1, 1, 6)]
    for n, day in enumerate(days, start=1):
        category = fake.pick(rng, CATEGORIES)
        letter = LETTERS[category]
        case_no = f"青执〔{day.year}〕{n}号"
        sheet.add(n, case_no, rng.choice([letter, letter, letter.lower()]),
                  rng.choice(["安全生产检查", "占道经营", "农村建房审批", "违法建设"]), day, fake.name(rng))  # fmt: skip
        cases.append({"case_no": case_no, "category": category, "decided_on": day})
    built.books.append(Book(ENFORCEMENT_FILE, [sheet]))
    built.ledgers["enforcement"] = cases
    f = ("enforcement.cases", "enforcement.inspection", "enforcement.penalty", "enforcement.licensing",
         "enforcement.coercion", "enforcement.other")  # fmt: skip
    built.quirk("header_letter_legend", ENFORCEMENT_FILE, "执法台账", f,
                "执法类别（A许可 B处罚 C检查 D强制 E其他）：格内只写字母 A、B、C（有的小写 c）")  # fmt: skip


# --- 矛盾纠纷: a 代码表 sheet beside the register ------------------------------------------------------------------------

DISPUTES_FILE = f"{TOWN}{YEAR}年矛盾纠纷排查化解登记表.xlsx"
TYPE_CODES = {"01": "婚姻家庭纠纷", "02": "邻里纠纷", "03": "土地纠纷", "04": "山林纠纷", "05": "其他纠纷"}
STATUS_CODES = {"1": "已化解", "2": "化解中", "3": "未化解"}
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.6}


def code_sheet_disputes(built: Built, rng: random.Random) -> None:
    sheet = Sheet("登记表")
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解登记表", 6)
    sheet.header([["序号", "排查日期", "村（社区）", "纠纷类型代码", "化解情况代码", "包案责任人"]])
    by_status = {v: k for k, v in STATUS_CODES.items()}
    records = []
    days = fake.dates_in(rng, YEAR, 36)
    for n, day in enumerate(days, start=1):
        status = fake.pick(rng, STATUS)
        code = by_status[status]
        type_code = rng.choice(list(TYPE_CODES))
        if n == 17:
            type_code = "09"  # not in the 代码表: a type nobody can name
        # As typed: 01 as text, 1 as a number (Excel dropped the zero), the status as a number or as text.
        typed_type = rng.choice([type_code, int(type_code), type_code])
        typed_status = rng.choice([int(code), code, f"0{code}"])
        sheet.add(n, day, rng.choice(VILLAGES), typed_type, typed_status, fake.name(rng))
        records.append({"screened_on": day, "status": status})
    codes = Sheet("代码表")
    codes.add("纠纷类型代码")
    codes.add("代码", "名称")
    for code, word in TYPE_CODES.items():
        codes.add(code, word)
    codes.blank()
    codes.add("化解情况代码")
    codes.add("代码", "名称")
    for code, word in STATUS_CODES.items():
        codes.add(code, word)
    built.books.append(Book(DISPUTES_FILE, [sheet, codes]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("code_table_sheet", DISPUTES_FILE, "代码表", f,
                "代码表 工作表：纠纷类型代码、化解情况代码 各一张 代码、名称 两列的表：是代码的含义，不是记录")  # fmt: skip
    built.quirk("codes_in_cells", DISPUTES_FILE, "登记表", f,
                "化解情况代码 列只写代码：1、01、\"1\"（数字或文本）都是 已化解")  # fmt: skip
    built.quirk("code_outside_legend", DISPUTES_FILE, "登记表", f,
                "第17件的 纠纷类型代码 是 09，代码表里没有：仍是一件排查的纠纷，类型不猜")  # fmt: skip


# --- 人民调解: codes explained by a note under the table ----------------------------------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记表（{YEAR}年）.xlsx"
RESULT_CODES = {"1": "调解成功", "2": "调解不成功", "3": "终止调解"}
FORM_CODES = {"1": "口头", "2": "书面"}
RESULTS = {"调解成功": 8, "调解不成功": 1, "终止调解": 0.7}
RATES = {"口头": 150, "书面": 300}


def note_under_table_mediation(built: Built, rng: random.Random) -> None:
    sheet = Sheet("登记表")
    sheet.title(f"{TOWN}人民调解案件登记表", 7)
    sheet.header([["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"]])
    result_code = {v: k for k, v in RESULT_CODES.items()}
    form_code = {v: k for k, v in FORM_CODES.items()}
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 27), start=1):
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
        subsidy = RATES[form] if form else None
        file_no = f"青调〔{YEAR}〕{n}号"
        code = result_code[result]
        sheet.add(n, file_no, day, rng.choice(["邻里纠纷", "婚姻家庭纠纷", "损害赔偿纠纷"]),
                  rng.choice([int(code), float(code), code]), int(form_code[form]) if form else None, subsidy)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    sheet.blank()
    note = sheet.add("注：调解结果 1=调解成功 2=调解不成功 3=终止调解；协议形式 1=口头 2=书面。")
    sheet.merges.append((note, 1, note, 7))
    sheet.add("填表人：", None, None, "审核人：")
    built.books.append(Book(MEDIATION_FILE, [sheet]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("legend_in_note_under_table", MEDIATION_FILE, "登记表", f,
                "表下一行 注：调解结果 1=调解成功 2=调解不成功 3=终止调解；协议形式 1=口头 2=书面：格内只写 1、2、3")  # fmt: skip
    built.quirk("codes_in_cells", MEDIATION_FILE, "登记表", f, '调解结果 写作 1、1.0 或文本 "1"：同一个代码')


# --- 信访: a 填表说明 sheet of numbered lines ----------------------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项登记台账（{YEAR}年）.xlsx"
SOURCE_CODES = {"1": "县联办", "2": "市联办", "3": "本级受理"}
STATE_CODES = {"01": "已化解", "02": "正在化解"}
SOURCES = {"县联办": 5, "市联办": 2, "本级受理": 3}
PETITION_STATES = {"已化解": 7, "正在化解": 2}


def instructions_sheet_petitions(built: Built, rng: random.Random) -> None:
    notes = Sheet("填表说明")
    notes.add("填表说明")
    notes.add("1. 信访编号按县信访信息系统编号填写。")
    notes.add("2. 交办单位代码：1 县联办 2 市联办 3 本级受理")
    notes.add("3. 办理状态代码：01 已化解 02 正在化解")
    notes.add("4. 交办日期填写到日。")
    sheet = Sheet("信访台账")
    sheet.header([["序号", "信访编号", "交办单位", "交办日期", "反映问题", "办理状态"]])
    source_code = {v: k for k, v in SOURCE_CODES.items()}
    state_code = {v: k for k, v in STATE_CODES.items()}
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 18), start=1):
        source, status = fake.pick(rng, SOURCES), fake.pick(rng, PETITION_STATES)
        number = f"QS{YEAR}{n:03d}"
        code = state_code[status]
        sheet.add(n, number, int(source_code[source]), f"{day:%Y/%m/%d}", rng.choice(["征地补偿", "低保评定", "道路硬化"]),
                  rng.choice([code, code, int(code)]))  # fmt: skip
        records.append({"petition_no": number, "assigned_on": day, "source": source, "status": status})
    built.books.append(Book(PETITIONS_FILE, [notes, sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("legend_in_instructions_sheet", PETITIONS_FILE, "填表说明", f,
                "填表说明 工作表（在台账前）：2. 交办单位代码：1 县联办 2 市联办 3 本级受理；3. 办理状态代码：01 已化解 02 正在化解")  # fmt: skip
    built.quirk(
        "codes_in_cells", PETITIONS_FILE, "信访台账", f, "办理状态 写 01 或 1（Excel 去掉了前导零）：同一个代码"
    )


# --- 法律顾问: in plain words, for contrast ------------------------------------------------------------------------------


def plain_words_counsel(built: Built, rng: random.Random) -> None:
    counsel = plain_counsel_register(built, rng, TOWN, YEAR, VILLAGES, 24)
    f = COUNSEL_FIGURES
    built.quirk("plain_words_for_contrast", counsel, "服务台账", f,
                "服务类型 写文字（法律咨询、审查合同）：同一镇里不用代码的台账")  # fmt: skip
