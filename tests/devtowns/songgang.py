"""松岗镇（虚构）2024: the twenty-seventh development town, whose offices keep records **as forms, one record per
form, not as rows**, the way a 司法所 files a 人民调解受理登记表 per case and a 信访办 a 信访事项登记表 per item.

The mediation book holds one sheet per case, each a filled 人民调解案件登记表 in the key–value layout of the printed
form (a label cell, its value beside it, two or three label/value pairs per line, the 纠纷简要情况 value merged across
the line, a 卷号：（2024）松调字第N号 line under the title, a 登记人 / 日期 / 印章 block at the bottom), the sheets
named 1, 2, 3 …, a blank 模板 sheet first (the form as the clerk copies it), and at the end a 登记簿 sheet where the
clerk began listing the cases as rows. The 信访办 prints a 信访事项登记表 per item into one Word document, a page
each. The counsel's log is **transposed**: the fields down column A, one service per column. The disputes register
is an ordinary row register, for contrast.

Truth decisions: a form is one record; the blank 模板 form is no record; a case both filed as a form and listed in
the 登记簿 is one case; a 信访 form whose 办理结果 was never filled says nothing of the item's outcome, so the
resolved / in-progress counts are unknown (null), while the assigned count (交办单位 filled on every form) stands."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "松岗镇"
YEAR = 2024
GOV = "松岗镇人民政府"
VILLAGES = ("松岗社区", "石龙村", "塘尾村", "茶园村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    one_sheet_per_case_mediation(built, rng)
    word_form_per_item_petitions(built, rng)
    transposed_register_counsel(built, rng)
    row_register_disputes(built, rng)
    absent = ("enforcement", "disclosure", "security", "fraud_watch", "litigation", "normative_documents", "training")
    for kind in absent:
        built.ledgers[kind] = Null("松岗镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 人民调解: one sheet per case, each a filled 登记表 ------------------------------------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记表（{YEAR}年）.xlsx"
RESULTS = {"调解成功": 8, "调解不成功": 1.2, "调解中": 0.6}
RATES = {"口头": 100, "书面": 300}
TYPES = ("邻里纠纷", "婚姻家庭纠纷", "房屋宅基地纠纷", "损害赔偿纠纷", "山林土地纠纷")
WIDTH = 6


def mediation_form(name: str, case: dict | None, rng: random.Random) -> Sheet:
    """The 人民调解案件登记表 as the 司法所 prints it: label, value, label, value … on each line; case None is the
    blank template the clerk copies for each new case."""
    sheet = Sheet(name)
    sheet.title("人民调解案件登记表", WIDTH)
    number = case["file_no"] if case else "（    ）松调字第    号"
    line = sheet.add(None, None, None, f"卷号：{number}")
    sheet.merges.append((line, 4, line, WIDTH))
    c = case or {}
    sheet.add("申请人", fake.name(rng) if case else None, "性别", rng.choice(["男", "女"]) if case else None,
              "联系电话", fake.mobile(rng) if case else None)  # fmt: skip
    sheet.add("被申请人", fake.name(rng) if case else None, "性别", rng.choice(["男", "女"]) if case else None,
              "联系电话", fake.mobile(rng) if case else None)  # fmt: skip
    accepted = c.get("accepted_on")
    sheet.add("受理日期", f"{accepted.year}年{accepted.month}月{accepted.day}日" if accepted else None,
              "纠纷类型", c.get("type"), "调解组织", "松岗镇人民调解委员会" if case else None)  # fmt: skip
    brief = sheet.add(
        "纠纷简要情况",
        rng.choice(["因排水沟走向发生争执。", "因赡养费分担发生纠纷。", "因宅基地界址发生争议。"]) if case else None,
    )
    sheet.merges.append((brief, 2, brief, WIDTH))
    form = c.get("form")
    sheet.add(
        "调解结果", c.get("result"), "协议形式", f"{form}协议" if form else None, "补贴金额（元）", c.get("subsidy")
    )
    closed = c.get("closed_on")
    sheet.add("结案日期", closed, "履行情况", "已履行" if form else None, None, None)
    sheet.blank()
    sheet.add("登记人（签名）：", fake.name(rng) if case else None, None, "松岗镇人民调解委员会（印章）")
    sheet.add(
        None, None, None, f"{accepted.year}年{accepted.month}月{accepted.day}日" if accepted else "    年  月  日"
    )
    return sheet


def one_sheet_per_case_mediation(built: Built, rng: random.Random) -> None:
    sheets = [mediation_form("模板", None, rng)]
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 14), start=1):
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "书面", "书面"]) if result == "调解成功" else None
        subsidy = RATES[form] if form else None
        file_no = f"（{YEAR}）松调字第{n}号"
        closed = (
            None if result == "调解中" else dt.datetime.combine(day + dt.timedelta(days=rng.randint(3, 20)), dt.time())
        )
        case = {"file_no": file_no, "accepted_on": day, "type": rng.choice(TYPES), "result": result, "form": form,
                "subsidy": subsidy, "closed_on": closed}  # fmt: skip
        sheets.append(mediation_form(str(n), case, rng))
        records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    # The clerk began a 登记簿 of the year's cases as rows, and stopped after the fifth.
    register = Sheet("登记簿")
    register.title(f"{TOWN}人民调解案件登记簿（{YEAR}年）", 7)
    register.header([["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"]])
    for n, (record, sheet) in enumerate(zip(records[:5], sheets[1:6], strict=True), start=1):
        register.add(n, record["file_no"], f"{record['accepted_on']:%Y.%m.%d}", sheet.rows[4][3], record["result"],
                     record["form"], record["subsidy"])  # fmt: skip
    built.books.append(Book(MEDIATION_FILE, [*sheets, register]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("one_sheet_per_case_form", MEDIATION_FILE, "1–14", f,
                "每案一张工作表（表名 1、2、3…），每张是一份填好的 人民调解案件登记表：标签格、值格并排，一行两三对，卷号 在标题下一行")  # fmt: skip
    built.quirk("blank_template_sheet", MEDIATION_FILE, "模板", f,
                "模板 工作表是空白登记表（卷号：（    ）松调字第    号）：不是一件案件")  # fmt: skip
    built.quirk("label_and_value_in_one_cell", MEDIATION_FILE, "1–14", f,
                "卷号：（2024）松调字第3号 标签和值在同一格，合并在标题下")  # fmt: skip
    built.quirk("signature_block_below_form", MEDIATION_FILE, "1–14", f,
                "表下 登记人（签名）、调委会印章、落款日期：不是字段，落款日期不是受理日期")  # fmt: skip
    built.quirk("same_case_as_form_and_row", MEDIATION_FILE, "登记簿", f,
                "登记簿 工作表按行列出前5件（卷宗号同登记表的卷号）：同一案件只计一次")  # fmt: skip


# --- 信访: one 信访事项登记表 per item in a Word document, a page each -------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项登记表（{YEAR}年）.docx"
SOURCES = {"县联办": 5, "市联办": 2, "本级受理": 3}
PETITION_STATES = {"已化解": 6, "正在化解": 2}


def word_form_per_item_petitions(built: Built, rng: random.Random) -> None:
    sheets = []
    records = []
    days = [dt.date(YEAR - 1, 12, 28), *fake.dates_in(rng, YEAR, 11)]
    blank_outcome = 7  # the seventh form's 办理结果 was never filled
    for n, day in enumerate(days, start=1):
        source = fake.pick(rng, SOURCES)
        status = None if n == blank_outcome else fake.pick(rng, PETITION_STATES)
        number = f"SG-{day.year}-{n:03d}"
        sheet = Sheet("信访事项登记表", doc_before=["\f"] if sheets else [])
        sheet.add("编号", number, "登记日期", f"{day.year}年{day.month}月{day.day}日")
        sheet.add("信访人", fake.name(rng), "联系电话", fake.mobile(rng))
        sheet.add("交办单位", source, "交办日期", f"{day:%Y.%m.%d}")
        issue = sheet.add("反映问题", rng.choice(["征地补偿款发放", "低保评定", "道路硬化", "宅基地审批"]))
        sheet.merges.append((issue, 2, issue, 4))
        sheet.add("办理结果", status, "承办人", fake.name(rng))
        sheet.doc_after.append(f"登记人：{fake.name(rng)}　　　　　　{day.year}年{day.month}月{day.day}日")
        sheets.append(sheet)
        records.append({"petition_no": number, "assigned_on": day, "source": source, "status": status or "（未填）"})
    built.books.append(Book(PETITIONS_FILE, sheets, fmt="docx"))
    built.ledgers["petitions"] = records
    why = "第7份信访事项登记表未填办理结果：已化解、正在化解件数无法确定"
    built.overrides["petitions.resolved"] = Null(why)
    built.overrides["petitions.in_progress"] = Null(why)
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("word_form_per_item", PETITIONS_FILE, "（Word）", f,
                "一件一表：每件信访一张 信访事项登记表（编号、信访人、交办单位、交办日期…两对一行），分页排在一个 Word 文档里")  # fmt: skip
    built.quirk("form_missing_outcome", PETITIONS_FILE, "（Word）", f,
                "第7份登记表 办理结果 空着：化解与否不可知（已化解、正在化解为空值），交办件数照计")  # fmt: skip
    built.quirk("form_of_last_year", PETITIONS_FILE, "（Word）", f,
                "第1份登记表 交办日期 2023.12.28：不计入2024年")  # fmt: skip


# --- 法律顾问: a transposed register, one service per column --------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}法律顾问服务记录（{YEAR}年）.xlsx"
SERVICES = {"法律咨询": 6, "审查合同": 2, "出具法律意见书": 1, "法律援助": 0.6}
SERVICE_TRUTH = {"法律咨询": "法律咨询", "审查合同": "文书审核", "出具法律意见书": "法律意见书", "法律援助": "法律援助"}


def transposed_register_counsel(built: Built, rng: random.Random) -> None:
    days = fake.dates_in(rng, YEAR, 13)
    sheet = Sheet("服务记录")
    sheet.title(f"{TOWN}{YEAR}年法律顾问服务记录", len(days) + 1)
    columns = {"序号": [], "服务日期": [], "服务村（社区）": [], "服务类型": [], "数量": [], "法律顾问": []}
    records = []
    for n, day in enumerate(days, start=1):
        service = fake.pick(rng, SERVICES)
        quantity = rng.choice([1, 2, 3, None]) if service == "法律咨询" else rng.choice([1, None])
        columns["序号"].append(n)
        columns["服务日期"].append(fake.date_cell(day, rng.choice(["date", "dot"])))
        columns["服务村（社区）"].append(rng.choice(VILLAGES))
        columns["服务类型"].append(service)
        columns["数量"].append(quantity)
        columns["法律顾问"].append(fake.name(rng))
        records.append({"served_on": day, "service": SERVICE_TRUTH[service], "quantity": quantity})
    for label, values in columns.items():
        sheet.add(label, *values)
    built.books.append(Book(COUNSEL_FILE, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("transposed_register", COUNSEL_FILE, "服务记录", f,
                "字段竖排在A列（序号、服务日期、服务村（社区）、服务类型、数量、法律顾问），每次服务占一列")  # fmt: skip


# --- 矛盾纠纷: an ordinary row register, for contrast ----------------------------------------------------------------------

DISPUTES_FILE = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账.xlsx"
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.6}


def row_register_disputes(built: Built, rng: random.Random) -> None:
    sheet = Sheet("排查台账")
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解台账", 6)
    sheet.header([["序号", "排查日期", "村（社区）", "纠纷类型", "化解情况", "责任人"]])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 30), start=1):
        status = fake.pick(rng, STATUS)
        sheet.add(n, fake.date_cell(day, "date"), rng.choice(VILLAGES), rng.choice(TYPES), status, fake.name(rng))
        records.append({"screened_on": day, "status": status})
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "row_register_for_contrast", DISPUTES_FILE, "排查台账", f, "一事一行的普通台账：同一镇里不按表单登记的台账"
    )
