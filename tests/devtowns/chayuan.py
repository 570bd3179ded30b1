"""茶园镇（虚构）2024: the thirty-seventh development town, whose ledgers are **kept the old way and by office habit**:
registers transcribed from paper 登记簿 into spreadsheets and Word tables line by line, with the paper's habits kept.

- The 综合行政执法办公室, acting under the county's 乡镇赋权事项清单, keeps its 执法办案登记簿 the way the paper book was
  ruled: each row names the **执法事项** as the list names the devolved power (对…的处罚, 对…的监督检查, 对…的行政强制措施,
  …许可) and **no 执法类别 column**; the decision date in **three columns 年 / 月 / 日 under a merged 作出决定日期**;
  罚没金额 in capital numerals or with 元 (伍佰元整, 200元, /); and the paper's notes typed into data rows: a
  **本页小计** row closing each page of twelve lines, **（转下页）** under it and **（承上页）** over the next page's first
  row, and **以下空白** after the last entry.
- The 人民调解委员会's 案件登记簿 is a **WPS .et** with **one sheet per committee**, 受理日期 in three columns 年 / 月 / 日
  and beside them a **农历 column** (正月廿五), 补贴金额 as 贰佰元 / 100元 / 壹佰元整 (and / for a case without
  agreement), a 本页小计 row and 以下空白.
- The 综治办's 矛盾纠纷排查登记簿 is **a Word document with one table per quarter**, 排查日期 in 年 / 月 / 日 columns, each
  table closed by a 本季度小计 row and a 以下空白 row inside the table.
- The counsel's register is the plain one other towns hand over, for contrast.

Truth decisions: a row whose 序号 or first cells hold 本页小计, 转下页, 承上页 or 以下空白 is a note of the paper book, no
record; an enforcement case's category is the kind of the devolved power its 执法事项 names (the list gives each power
its 事项类型: 对…的处罚 is 行政处罚, 对…的监督检查 行政检查, 对…的行政强制措施 行政强制, …许可 行政许可); the 农历
column repeats the date beside it and decides nothing."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built, plain_counsel_register
from .truth import Null

TOWN = "茶园镇"
YEAR = 2024
VILLAGES = ("茶园社区", "上坪村", "桂花岭村", "石板溪村", "马鞍山村", "清水塘村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}

_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def capital_yuan(n: int) -> str:
    """An amount in capital numerals as a receipt writes it: 伍佰元, 壹仟贰佰元 (whole hundreds and thousands only)."""
    thousands, hundreds = divmod(n // 100, 10)
    text = (f"{_DIGITS[thousands]}仟" if thousands else "") + (f"{_DIGITS[hundreds]}佰" if hundreds else "")
    return text + "元"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    devolved_powers_register_enforcement(built, rng)
    committee_sheets_lunar_column_mediation(built, rng)
    quarter_tables_split_dates_disputes(built, rng)
    month_sheets_petitions(built, rng)
    name = plain_counsel_register(built, rng, TOWN, YEAR, VILLAGES, 30)
    built.quirk("plain_counsel_register", name, "服务台账", "counsel.*", "对照：一张普通的法律顾问服务台账")
    absent = ("normative_documents", "disclosure", "security", "fraud_watch", "litigation", "training")
    for kind in absent:
        built.ledgers[kind] = Null("茶园镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


def paper_pages(sheet: Sheet, rows: list[list], per_page: int, subtotal, width: int) -> None:
    """Rows of a paper 登记簿 typed in page by page: a 本页小计 row closing each full page with （转下页） under it,
    （承上页） over the next page's first row, and 以下空白 after the last entry."""
    for start in range(0, len(rows), per_page):
        page = rows[start : start + per_page]
        if start:
            sheet.add("（承上页）", *([None] * (width - 1)))
        for row in page:
            sheet.add(*row)
        if start + per_page < len(rows):
            sheet.add(*subtotal(page))
            sheet.add("（转下页）", *([None] * (width - 1)))
    sheet.add("以下空白", *([None] * (width - 1)))


def written_as_the_book_is_kept(rows: list[list], per_page: int, columns: tuple[int, ...]) -> None:
    """A book's 年 and 月 written as a ledger page is kept: on each page's first line, then only where they change
    (a blank 月 under 3 is March still). Blanks the cells in place."""
    for i in range(len(rows) - 1, 0, -1):
        if i % per_page == 0:
            continue
        same = [rows[i][c] == rows[i - 1][c] for c in columns]
        for j, c in enumerate(columns):
            if all(same[: j + 1]):  # a month is written again where the year changes
                rows[i][c] = None


# --- 行政执法: the 综合行政执法办公室's 登记簿, the 执法事项 of the 赋权事项清单 and no category ------------------------------

ENFORCEMENT_FILE = f"{TOWN}综合行政执法办公室执法办案登记簿（2024年）.xlsx"
# The devolved powers as a county's 乡镇（街道）赋权事项清单 names them, each with the 事项类型 the list gives it.
POWERS = {
    "对在城镇道路两侧和公共场地违法占道经营的处罚": ("行政处罚", 5),
    "对擅自在街道两侧和公共场地堆放物料的处罚": ("行政处罚", 3),
    "对露天焚烧秸秆、落叶等产生烟尘污染物质的行政处罚": ("行政处罚", 3),
    "对农村村民未经批准非法占用土地建住宅的行政处罚": ("行政处罚", 2),
    # The thing acted on names another kind (许可证): the act, after the last 的, is the power's kind.
    "对未取得乡村建设规划许可证进行建设的处罚": ("行政处罚", 2),
    "对燃气用户拒绝入户安全检查的行政处罚": ("行政处罚", 1),
    "对擅自改变经审批的临时占道范围的监督检查": ("行政检查", 1),
    "对随意倾倒、抛撒或者堆放生活垃圾的处罚": ("行政处罚", 3),
    "对燃气经营、使用单位安全生产的监督检查": ("行政检查", 3),
    "对户外广告设施设置的行政检查": ("行政检查", 3),
    "对农村自建房施工现场的巡查": ("行政检查", 2),
    "对违法建设施工工具、材料的行政强制措施（查封、扣押）": ("行政强制", 2),
    "乡村建设规划许可证核发": ("行政许可", 2),
    "临时占用城镇道路许可": ("行政许可", 1),
}
NUMBER_PREFIX = {"行政处罚": "罚", "行政检查": "检", "行政强制": "强", "行政许可": "许"}


def devolved_powers_register_enforcement(built: Built, rng: random.Random) -> None:
    items = [p for p, (_, weight) in POWERS.items() for _ in range(weight * 2)]
    rng.shuffle(items)
    days = fake.dates_in(rng, YEAR, len(items) - 2)
    # One decided in December 2023 (the book was opened with it), one decided in January 2025 (typed in at the end).
    days = [dt.date(2023, 12, 27), *days, dt.date(2025, 1, 8)]
    records, rows = [], []
    numbers: dict[str, int] = {}
    for n, (power, day) in enumerate(zip(items, days, strict=True), start=1):
        category = POWERS[power][0]
        numbers[category] = numbers.get(category, 0) + 1
        no = f"茶综执{NUMBER_PREFIX[category]}〔{day.year}〕{numbers[category]}号"
        if category == "行政处罚":
            amount = rng.choice([200, 500, 1000, 1200, 2000])
            fine = capital_yuan(amount) + ("整" if rng.random() < 0.4 else "") if rng.random() < 0.6 else f"{amount}元"
        else:
            fine = "/"
        rows.append(
            [
                n,
                power,
                fake.name(rng),
                rng.choice(VILLAGES),
                no,
                day.year,
                day.month,
                day.day,
                fine,
                fake.name(rng),
                None,
            ]
        )
        records.append({"case_no": no, "category": category, "decided_on": day})
    width = 11
    sheet = Sheet("登记簿")
    sheet.title(f"{TOWN}综合行政执法办公室执法办案登记簿", width)
    sheet.add(
        f"执法依据：县人民政府公布的《乡镇（街道）赋权事项清单》　　　　登记年度：{YEAR}年", *([None] * (width - 1))
    )
    sheet.header(
        [
            [
                "序号",
                "执法事项",
                "当事人",
                "所在村（社区）",
                "决定书文号",
                "作出决定日期",
                None,
                None,
                "罚没金额",
                "承办人",
                "备注",
            ],
            [None, None, None, None, None, "年", "月", "日", None, None, None],
        ],
        merges=[(1, 6, 1, 8), *((1, c, 2, c) for c in (1, 2, 3, 4, 5, 9, 10, 11))],
    )

    def subtotal(page: list[list]) -> list:
        fined = sum(1 for r in page if r[8] != "/")
        return ["本页小计", f"本页登记{len(page)}件，其中处罚{fined}件", *([None] * (width - 2))]

    written_as_the_book_is_kept(rows, 12, (5, 6))
    paper_pages(sheet, rows, 12, subtotal, width)
    built.books.append(Book(ENFORCEMENT_FILE, [sheet]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.licensing", "enforcement.penalty", "enforcement.coercion",
         "enforcement.inspection")  # fmt: skip
    built.quirk(
        "devolved_power_named_not_category",
        ENFORCEMENT_FILE,
        "登记簿",
        f,
        "没有 执法类别 列：执法事项 写赋权事项清单里的事项名称（对…的处罚、对…的监督检查、对…的行政强制措施（查封、扣押）、"
        "乡村建设规划许可证核发），类别是事项的类型",
    )
    built.quirk(
        "date_split_year_month_day",
        ENFORCEMENT_FILE,
        "登记簿",
        f,
        "作出决定日期 合并在 年 / 月 / 日 三列之上；一件 2023年12月27日、一件 2025年1月8日 的决定不计",
    )
    built.quirk(
        "paper_page_notes_in_rows",
        ENFORCEMENT_FILE,
        "登记簿",
        f,
        "照纸质登记簿逐页录入：每 12 行一个 本页小计 行、其下（转下页），下一页首行上（承上页），末尾 以下空白：都不是记录",
    )
    built.quirk(
        "year_and_month_written_once_per_page",
        ENFORCEMENT_FILE,
        "登记簿",
        f,
        "年、月 照账页的写法只写在每页第一行和变化处：月 空着的行仍是上一行的月（年 空着同理）",
    )
    built.quirk(
        "capital_amounts", ENFORCEMENT_FILE, "登记簿", (), "罚没金额 写 伍佰元整、壹仟贰佰元、200元，非处罚写 /"
    )


# --- 人民调解: a WPS .et, one sheet per committee, 年/月/日 and a 农历 column ----------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解委员会案件登记簿（2024年）.et"
COMMITTEES = {"茶园镇调委会": 16, "茶园社区调委会": 9, "上坪村调委会": 6, "桂花岭村调委会": 5}
SHORT = {"茶园镇调委会": "茶", "茶园社区调委会": "茶社", "上坪村调委会": "上坪", "桂花岭村调委会": "桂岭"}
DISPUTE_TYPES = {"邻里纠纷": 5, "婚姻家庭纠纷": 3, "山林土地纠纷": 3, "损害赔偿纠纷": 2, "房屋宅基地纠纷": 1}
RESULTS = {"调解成功": 8, "调解不成功": 1.5}
RATES = {"口头": 100, "书面": 200}


def committee_sheets_lunar_column_mediation(built: Built, rng: random.Random) -> None:
    width = 12
    sheets, records = [], []
    for committee, count in COMMITTEES.items():
        days = fake.dates_in(rng, YEAR, count)
        if committee == "茶园镇调委会":  # a case accepted in December 2023, carried into this year's book
            days = [dt.date(2023, 12, 27), *days[1:]]
        rows = []
        for n, day in enumerate(days, start=1):
            no = f"（{day.year}）{SHORT[committee]}人调字第{n}号"
            result = fake.pick(rng, RESULTS)
            if result == "调解成功":
                form = "口头" if rng.random() < 0.45 else "书面"
                amount = RATES[form]
                typed = rng.choice([capital_yuan(amount), capital_yuan(amount) + "整", f"{amount}元", amount])
                form_cell = rng.choice([form, f"{form}协议"])
            else:
                form, amount, typed, form_cell = None, None, "/", "/"
            rows.append([
                n, no, day.year, day.month, day.day, fake.lunar(day), fake.name(rng), fake.name(rng),
                fake.pick(rng, DISPUTE_TYPES), result, form_cell, typed,
            ])  # fmt: skip
            records.append({"file_no": no, "accepted_on": day, "result": result, "form": form, "subsidy": amount})
        sheet = Sheet(committee)
        sheet.title(f"{TOWN}{committee.replace('调委会', '人民调解委员会')}案件登记簿", width)
        sheet.header(
            [
                ["序号", "卷宗号", "受理日期（公历）", None, None, "农历", "申请人", "被申请人", "纠纷类型", "调解结果",
                 "协议形式", "补贴金额"],
                [None, None, "年", "月", "日", None, None, None, None, None, None, None],
            ],
            merges=[(1, 3, 1, 5), *((1, c, 2, c) for c in (1, 2, 6, 7, 8, 9, 10, 11, 12))],
        )  # fmt: skip

        def subtotal(page: list[list]) -> list:
            done = [r for r in page if r[9] == "调解成功"]
            paid = sum(RATES["口头" if str(r[10]).startswith("口头") else "书面"] for r in done)
            return ["本页小计", None, None, None, None, None, None, None, None, f"成功{len(done)}件", None, f"{paid}元"]

        paper_pages(sheet, rows, 10, subtotal, width)
        sheets.append(sheet)
    built.books.append(Book(MEDIATION_FILE, sheets, fmt="biff"))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("one_sheet_per_committee", MEDIATION_FILE, "茶园镇调委会…桂花岭村调委会", f,
                "一本 WPS .et，每个调委会一张表，卷宗号各自从第1号编起")  # fmt: skip
    built.quirk("date_split_year_month_day", MEDIATION_FILE, "每张表", f,
                "受理日期（公历）合并在 年 / 月 / 日 三列之上；一件 2023年12月27日受理的案件不计")  # fmt: skip
    built.quirk("lunar_column_beside_date", MEDIATION_FILE, "每张表", f,
                "年月日之后另有一列 农历（正月廿五、腊月十七）：与公历同一天，不是另一个日期")  # fmt: skip
    built.quirk("capital_amounts", MEDIATION_FILE, "每张表", "mediation.subsidy_yuan",
                "补贴金额 写 贰佰元、壹佰元整、100元 或数字；未达成协议的写 /")  # fmt: skip
    built.quirk("paper_page_notes_in_rows", MEDIATION_FILE, "每张表", f,
                "每 10 行 本页小计（成功N件、N元）、（转下页）、（承上页），末尾 以下空白")  # fmt: skip


# --- 矛盾纠纷: a Word document with one table per quarter ------------------------------------------------------------

DISPUTES_FILE = f"{TOWN}综治办矛盾纠纷排查登记簿（2024年）.docx"
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.7}
QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")


def quarter_tables_split_dates_disputes(built: Built, rng: random.Random) -> None:
    head = [
        ["序号", "排查日期", None, None, "村（组）", "纠纷类型", "当事人", "简要情况", "化解情况", "包案人"],
        [None, "年", "月", "日", None, None, None, None, None, None],
    ]
    merges = [(1, 2, 1, 4), *((1, c, 2, c) for c in (1, 5, 6, 7, 8, 9, 10))]
    days = fake.dates_in(rng, YEAR, 46)
    records, sheets = [], []
    for q, quarter in enumerate(QUARTERS):
        sheet = Sheet(f"{TOWN}{YEAR}年{quarter}矛盾纠纷排查化解登记表")
        if q:
            sheet.doc_before.append("\f")
        sheet.header(head, merges)
        quarter_days = [d for d in days if (d.month - 1) // 3 == q]
        resolved = 0
        for n, day in enumerate(quarter_days, start=1):
            status = fake.pick(rng, STATUS)
            resolved += status == "已化解"
            sheet.add(
                n, day.year, day.month, day.day, f"{rng.choice(VILLAGES)}{rng.randint(1, 6)}组",
                fake.pick(rng, DISPUTE_TYPES), f"{fake.name(rng)}与{fake.name(rng)}",
                rng.choice(["因田坎界址发生争执", "因赡养老人产生分歧", "因林地界线不清引发纠纷", "因排水沟堵塞发生口角"]),
                status, fake.name(rng),
            )  # fmt: skip
            records.append({"screened_on": day, "status": status})
        r = sheet.add("本季度小计", f"排查{len(quarter_days)}件，化解{resolved}件", *([None] * 8))
        sheet.merges.append((r, 2, r, 10))
        r = sheet.add("以下空白", *([None] * 9))
        sheet.merges.append((r, 1, r, 10))
        sheet.doc_after.append(f"填表人：{fake.name(rng)}　　　审核人：{fake.name(rng)}")
        sheets.append(sheet)
    built.books.append(Book(DISPUTES_FILE, sheets, fmt="docx"))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("word_table_per_quarter", DISPUTES_FILE, "第一季度…第四季度", f,
                "一份 Word 文档里每季度一张表，表名是表格上方的段落，每季另起一页")  # fmt: skip
    built.quirk("date_split_year_month_day", DISPUTES_FILE, "每张表", f, "排查日期 合并在 年 / 月 / 日 三列之上")
    built.quirk("paper_page_notes_in_rows", DISPUTES_FILE, "每张表", f,
                "每张表末尾在表格里录了 本季度小计（排查N件，化解M件，合并单元格）和 以下空白 两行")  # fmt: skip


# --- 信访: a sheet per month, 月 written on each sheet's first line only, nil months closed by 以下空白 ----------------

PETITIONS_FILE = f"{TOWN}{YEAR}年信访事项登记簿.xlsx"
SOURCES = {"县联办": 5, "市联办": 2, "省联办": 0.5, "本级受理": 3}
PETITION_STATUS = {"已化解": 7, "正在化解": 2, "未化解": 0.5}
NIL_MONTHS = (2, 8)  # the spring festival and the harvest: nothing entered


def month_sheets_petitions(built: Built, rng: random.Random) -> None:
    head = ["编号", "交办日期", None, "交办单位", "信访人", "反映问题", "责任单位", "办理结果", "备注"]
    width = len(head)
    days = [d for d in fake.dates_in(rng, YEAR, 34) if d.month not in NIL_MONTHS]
    sheets, records = [], []
    n = 0
    for month in range(1, 13):
        sheet = Sheet(f"{month}月")
        sheet.title(f"{TOWN}{YEAR}年信访事项登记簿（{month}月）", width)
        sheet.header([head, [None, "月", "日", None, None, None, None, None, None]],
                     merges=[(1, 2, 1, 3), *((1, c, 2, c) for c in (1, 4, 5, 6, 7, 8, 9))])  # fmt: skip
        rows = []
        for i, day in enumerate(d for d in days if d.month == month):
            n += 1
            no = f"CY{YEAR}{n:03d}"
            source, status = fake.pick(rng, SOURCES), fake.pick(rng, PETITION_STATUS)
            rows.append([
                no, month if i == 0 else None, day.day, source, fake.name(rng),
                rng.choice(["土地承包经营权纠纷", "拖欠农民工工资", "宅基地审批", "低保评定", "道路修建占地补偿"]),
                rng.choice(["镇农业综合服务中心", "镇社会事务办", "镇自然资源所", "镇综治办"]), status, None,
            ])  # fmt: skip
            records.append({"petition_no": no, "source": source, "assigned_on": day, "status": status})
        for row in rows:
            sheet.add(*row)
        if rows:
            sheet.add(f"本月小计：{len(rows)}件", *([None] * (width - 1)))
        r = sheet.add("以下空白", *([None] * (width - 1)))
        sheet.merges.append((r, 1, r, width))
        sheets.append(sheet)
    built.books.append(Book(PETITIONS_FILE, sheets))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("one_sheet_per_month", PETITIONS_FILE, "1月…12月", f, "一本工作簿每月一张表，编号全年连续")
    built.quirk(
        "year_and_month_written_once_per_page",
        PETITIONS_FILE,
        "1月…12月",
        f,
        "交办日期 合并在 月 / 日 两列之上，年份只在标题里；月 只写在每月第一行，以下空着",
    )
    built.quirk(
        "nil_month_closed_by_blank_note",
        PETITIONS_FILE,
        "2月、8月",
        f,
        "没有信访事项的月份只有表头和一行 以下空白；其余月份末尾 本月小计：N件 和 以下空白",
    )
