"""桐岭乡（虚构）2024: the eighteenth development town, a small rural 乡 whose 司法所 and 综治办 keep their ledgers
in Word documents, as offices with one clerk and no spreadsheet habit do.

The 综治办's dispute register is one .docx with a table per month (each under its month's title, each closed by a
填表人 / 审核人 / 填报日期 line, the next month on a new page); its dates are written as documents write them,
二〇二四年三月五日, some with the lunar date beside (2024年3月5日（农历正月廿五）) and two in the lunar calendar only
(2024年农历四月初八), and 化解情况 is a printed choice with its box ticked (☑已化解 □化解中 □未化解). The 司法所's
mediation register is one long Word table whose header repeats on each printed page (w:tblHeader), split by the
clerk at a page where the header is typed again under 续表; a case against two respondents takes two rows, its
other cells merged down; 协议形式 is ☑口头 □书面. The counsel's log has a table per village in one document, one of
them interrupted by a note paragraph and continued without a header. The fraud-watch list answers with ■/□ boxes.
Enforcement is a Word 登记簿 with the category merged down over its block, numeral dates and a signature row inside
the table. Training sessions tick their audience (☑法律明白人). Petitions are an OpenDocument .ods saved from WPS.
The 综治办's half-year 工作总结 states the security counts only in prose (not a ledger: null), beside a table that
sums the disputes by village (checked against the register, never added). No disclosure or litigation ledger."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "桐岭乡"
YEAR = 2024
GOV = "桐岭乡人民政府"
VILLAGES = ("桐岭社区", "枫木村", "岩口村", "大坪村", "茶园村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}

_CN = "〇一二三四五六七八九"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    first_half = monthly_tables_disputes(built, rng)
    split_table_mediation(built, rng)
    village_tables_counsel(built, rng)
    box_answers_fraud_watch(built, rng)
    ods_register_petitions(built, rng)
    numeral_dates_enforcement(built, rng)
    ticked_audience_training(built, rng)
    numeral_dates_normative_documents(built)
    prose_counts_summary(built, first_half)
    absent = ("disclosure", "litigation")
    for kind in absent:
        built.ledgers[kind] = Null("桐岭乡没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- how this office writes dates and choices ------------------------------------------------------------------


def numeral_date(d: dt.date) -> str:
    """二〇二四年三月五日: a date as a document's 成文日期 is written."""

    def small(n: int) -> str:
        if n < 10:
            return _CN[n]
        return ("" if n < 20 else _CN[n // 10]) + "十" + (_CN[n % 10] if n % 10 else "")

    return "".join(_CN[int(c)] for c in str(d.year)) + f"年{small(d.month)}月{small(d.day)}日"


def boxes(options: tuple[str, ...], chosen: str | None, mark: str = "☑") -> str:
    """A printed choice with the chosen box ticked: ☑已化解 □化解中 □未化解 (nothing ticked when chosen is None)."""
    return " ".join(f"{mark if o == chosen else '□'}{o}" for o in options)


def boxes_after(options: tuple[str, ...], chosen: str | None, mark: str = "☑") -> str:
    """The same choice printed with each box after its option: 是■ 否□."""
    return " ".join(f"{o}{mark if o == chosen else '□'}" for o in options)


def signature(d: dt.date, who: tuple[str, str], rng: random.Random) -> str:
    return f"填表人：{who[0]}　　　审核人：{who[1]}　　　填报日期：{numeral_date(d)}"


# --- 矛盾纠纷: a Word table per month -----------------------------------------------------------------------------

DISPUTES_FILE = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账.docx"
DISPUTE_TYPES = {"邻里纠纷": 5, "山林土地纠纷": 4, "婚姻家庭纠纷": 3, "房屋宅基地纠纷": 2, "劳动争议": 1}
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.7}
DISPUTE_STATES = ("已化解", "化解中", "未化解")
# The two screenings the village mediator dated by the lunar calendar only (market days).
LUNAR_ONLY = (dt.date(2024, 5, 15), dt.date(2024, 9, 17))


def monthly_tables_disputes(built: Built, rng: random.Random) -> dict[str, list[int]]:
    """The register; returns the first half-year's [screened, resolved] by village (the summary's table)."""
    head = ["序号", "排查日期", "村（组）", "纠纷类型", "当事人", "简要情况", "化解情况", "责任人"]
    days = sorted([*fake.dates_in(rng, YEAR, 44), *LUNAR_ONLY])
    records = []
    clerk = (fake.name(rng), fake.name(rng))
    sheets = []
    for month in range(1, 13):
        sheet = Sheet(f"{TOWN}{YEAR}年{month}月矛盾纠纷排查化解登记表")
        if month > 1:
            sheet.doc_before.append("\f")  # each month's table starts a new page
        sheet.header([head])
        month_days = [d for d in days if d.month == month]
        for n, day in enumerate(month_days, start=1):
            status = fake.pick(rng, STATUS)
            if day in LUNAR_ONLY:
                typed = f"{YEAR}年农历{fake.lunar(day)}"
            elif day >= fake.LUNAR_NEW_YEAR_2024 and rng.random() < 0.3:
                typed = f"{day.year}年{day.month}月{day.day}日（农历{fake.lunar(day)}）"
            else:
                typed = numeral_date(day)
            sheet.add(
                n, typed, f"{rng.choice(VILLAGES)}{rng.randint(1, 6)}组", fake.pick(rng, DISPUTE_TYPES),
                f"{fake.name(rng)}、{fake.name(rng)}",
                rng.choice(["因田坎界址发生争执", "因赡养老人产生分歧", "因林地界线不清引发纠纷", "因修建围墙发生口角"]),
                boxes(DISPUTE_STATES, status), fake.name(rng),
            )  # fmt: skip
            records.append({"screened_on": day, "status": status, "village_row": sheet.rows[-1][2]})
        last = dt.date(YEAR, month, 28)
        sheet.doc_after.append(signature(last, clerk, rng))
        sheets.append(sheet)
    built.books.append(Book(DISPUTES_FILE, sheets, fmt="docx"))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    first_half: dict[str, list[int]] = {}
    for r in records:
        if r["screened_on"].month <= 6:
            village = next(v for v in VILLAGES if r["village_row"].startswith(v))
            got = first_half.setdefault(village, [0, 0])
            got[0] += 1
            got[1] += r["status"] == "已化解"
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "word_table_per_month",
        DISPUTES_FILE,
        "1月…12月",
        f,
        "一份 Word 文档里每月一张表，表名是表格上方的段落（桐岭乡2024年N月矛盾纠纷排查化解登记表），每月另起一页",
    )
    built.quirk(
        "signature_lines_under_tables",
        DISPUTES_FILE,
        "1月…12月",
        f,
        "每张表下一段 填表人：… 审核人：… 填报日期：二〇二四年N月二十八日：不是记录，也不是下一张表的表名",
    )
    built.quirk(
        "checkbox_choice_in_cell",
        DISPUTES_FILE,
        "1月…12月",
        f,
        "化解情况 一格印着三个选项，选中的打 ☑：☑已化解 □化解中 □未化解",
    )
    built.quirk("chinese_numeral_dates", DISPUTES_FILE, "1月…12月", f, "排查日期 多写 二〇二四年三月五日")
    built.quirk(
        "lunar_date_beside_gregorian",
        DISPUTES_FILE,
        "2月…12月",
        f,
        "约三成 排查日期 写 2024年3月5日（农历正月廿五）：公历日期后括号里是农历",
    )
    built.quirk(
        "lunar_date_only",
        DISPUTES_FILE,
        "5月、9月",
        f,
        "两条只写农历：2024年农历四月初八（公历5月15日）、2024年农历八月十五（公历9月17日）",
    )
    return first_half


# --- 人民调解: one long Word table, split at a page with the header typed again -----------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记表（{YEAR}年）.docx"
RESULTS = {"调解成功": 8, "调解不成功": 1, "调解中": 0.5}
RATES = {("口头", "一般"): 50, ("书面", "一般"): 100, ("书面", "疑难"): 200, ("书面", "重大"): 300}


def split_table_mediation(built: Built, rng: random.Random) -> None:
    top = ["序号", "卷宗号", "受理日期", "纠纷类型", "当事人", None, "协议形式", "调解结果", "补贴金额（元）"]
    low = [None, None, None, None, "申请人", "被申请人", None, None, None]
    merges = [*[(1, c, 2, c) for c in (1, 2, 3, 4, 7, 8, 9)], (1, 5, 1, 6)]
    first = Sheet(f"{TOWN}人民调解委员会人民调解案件登记表（{YEAR}年）", repeat_header=True)
    first.header([top, low], merges)
    # The clerk split the table at a page of the printout and typed its header again under 续表.
    second = Sheet("续表", doc_before=["\f"], repeat_header=True)
    second.header([top, low], merges)
    second.doc_after.append(
        f"登记人：{fake.name(rng)}　　　审核人：{fake.name(rng)}（司法所）　　　日期：{numeral_date(dt.date(YEAR, 12, 31))}"
    )
    records = []
    days = fake.dates_in(rng, YEAR, 31)
    for n, day in enumerate(days, start=1):
        sheet = first if n <= 17 else second
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "口头", "书面"])
        tier = "一般" if form == "口头" else fake.pick(rng, {"一般": 3, "疑难": 2, "重大": 1})
        subsidy = RATES[(form, tier)] if result == "调解成功" else None
        typed_date = numeral_date(day) if rng.random() < 0.5 else f"{day.year}年{day.month}月{day.day}日"
        respondents = [fake.name(rng)] if rng.random() < 0.8 else [fake.name(rng), fake.name(rng)]
        row = sheet.add(
            n, f"（{YEAR}）桐人调字第{n}号", typed_date, fake.pick(rng, DISPUTE_TYPES), fake.name(rng), respondents[0],
            boxes(("口头", "书面"), form if result == "调解成功" else None), result, subsidy,
        )  # fmt: skip
        if len(respondents) == 2:  # the second respondent on a row of its own, the case's other cells merged down
            sheet.add(None, None, None, None, None, respondents[1], None, None, None)
            sheet.merges.extend((row, c, row + 1, c) for c in (1, 2, 3, 4, 5, 7, 8, 9))
        records.append(
            {"file_no": n, "accepted_on": day, "result": result, "form": form if result == "调解成功" else None,
             "subsidy": subsidy}
        )  # fmt: skip
    built.books.append(Book(MEDIATION_FILE, [first, second], fmt="docx"))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk(
        "word_header_rows_repeat",
        MEDIATION_FILE,
        first.name,
        f,
        "两行表头设为“标题行重复”（w:tblHeader），打印时每页都有：文件里只有一份",
    )
    built.quirk(
        "word_table_split_with_header_retyped",
        MEDIATION_FILE,
        "续表",
        f,
        "经办人在第18件处把表格拆开，另起一页写“续表”，两行表头再打一遍：是同一本登记表，序号接着编",
    )
    built.quirk(
        "merged_rows_for_two_respondents",
        MEDIATION_FILE,
        f"{first.name} / 续表",
        f,
        "一案两个被申请人占两行，其余各格（序号、卷宗号、日期、协议形式、结果、补贴）纵向合并：是一件案件",
    )
    built.quirk(
        "checkbox_choice_in_cell",
        MEDIATION_FILE,
        f"{first.name} / 续表",
        ("mediation.oral", "mediation.written"),
        "协议形式 写 ☑口头 □书面 / □口头 ☑书面；未达成协议的两格都空着（□口头 □书面）",
    )
    built.quirk(
        "signature_lines_under_tables",
        MEDIATION_FILE,
        "续表",
        f,
        "表下一段 登记人：… 审核人：…（司法所） 日期：二〇二四年十二月三十一日",
    )


# --- 法律顾问: a Word table per village, one continued after a note ---------------------------------------------

COUNSEL_FILE = f"{TOWN}村（社区）法律顾问服务台账（{YEAR}年）.docx"
SERVICES = ("法律咨询", "审查合同", "出具法律意见", "法律援助", "法治讲座")
SERVICE_TRUTH = {"法律咨询": "法律咨询", "审查合同": "文书审核", "出具法律意见": "法律意见书", "法律援助": "法律援助",
                 "法治讲座": "法治讲座"}  # fmt: skip
SERVICE_WEIGHT = {"法律咨询": 6, "审查合同": 2, "出具法律意见": 1.2, "法律援助": 0.8, "法治讲座": 1}
UNITS = {"法律咨询": "人次", "审查合同": "份", "出具法律意见": "份", "法律援助": "件", "法治讲座": "场"}
CONTINUED_VILLAGE = "岩口村"


def village_tables_counsel(built: Built, rng: random.Random) -> None:
    head = ["序号", "服务日期", "服务对象", "服务内容（在□内打√）", "数量", "备注"]
    sheets = []
    records = []
    for i, village in enumerate(VILLAGES):
        sheet = Sheet(f"{village}法律顾问服务记录（{YEAR}年）", doc_before=["\f"] if i else [])
        sheet.header([head])
        part = sheet
        days = fake.dates_in(rng, YEAR, rng.randint(9, 14))
        for n, day in enumerate(days, start=1):
            if village == CONTINUED_VILLAGE and part is sheet and day.month >= 7:
                # A note typed between the rows splits the Word table; the rows go on below it with no header.
                part = Sheet(
                    f"{village}（续）",
                    doc_title=False,
                    doc_before=[f"（7月起，{village}法律顾问由{fake.name(rng)}律师接任，以下为接任后的服务记录）"],
                )
                sheets.append(sheet)
            service = fake.pick(rng, SERVICE_WEIGHT)
            quantity = rng.choice([None, 1, 2, 3]) if service in ("法律咨询", "审查合同") else rng.choice([None, 1])
            typed_q = None if quantity is None else rng.choice([f"{quantity}{UNITS[service]}", quantity])
            client = rng.choice([f"{village}村民委员会", "村民", f"{GOV}"]) if service != "法律援助" else "村民"
            typed_day = (
                f"{day.year}.{day.month}.{day.day}" if rng.random() < 0.5 else f"{day.year}年{day.month}月{day.day}日"
            )
            part.add(n, typed_day, client, boxes(SERVICES, service, "√"), typed_q, None)
            records.append({"served_on": day, "service": SERVICE_TRUTH[service], "quantity": quantity})
        sheets.append(part)
    built.books.append(Book(COUNSEL_FILE, sheets, fmt="docx"))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk(
        "word_table_per_village",
        COUNSEL_FILE,
        "各村（社区）",
        f,
        "一份 Word 文档里每个村（社区）一张表，表名是表格上方的段落，每村另起一页",
    )
    built.quirk(
        "word_table_continued_after_paragraph",
        COUNSEL_FILE,
        f"{CONTINUED_VILLAGE}法律顾问服务记录（{YEAR}年）",
        f,
        f"{CONTINUED_VILLAGE}的表在7月处被一段说明（法律顾问换人）隔开，下半年的行接在说明下面，没有表头，序号接着编",
    )
    built.quirk(
        "checkbox_choice_in_cell",
        COUNSEL_FILE,
        "各村（社区）",
        f,
        "服务内容 一格印着五个选项，在选中的 □ 里打 √（√法律咨询 □审查合同 …）",
    )
    built.quirk("units_in_quantity", COUNSEL_FILE, "各村（社区）", f, "数量 写 3人次、2份 或 2；空着 = 1")


# --- 涉诈高危人员: ■/□ boxes ------------------------------------------------------------------------------------

FRAUD_FILE = f"{TOWN}涉诈高危人员管控台账.docx"


def box_answers_fraud_watch(built: Built, rng: random.Random) -> None:
    head = ["序号", "姓名", "身份证号码", "联系电话", "所在村", "管控状态", "是否取得联系", "备注"]
    sheet = Sheet(f"{TOWN}涉诈高危人员管控台账（{YEAR}年）", repeat_header=True)
    sheet.header([head])
    records = []
    for serial, removed, contacted, person in fake.watch_list(rng, 27, list(VILLAGES), 0.3):
        status = "核减" if removed else "在管"
        answer = "是" if contacted else "否"
        # From the 19th row on, the second clerk's copy of the form prints the boxes after the words (是■ 否□).
        typed = boxes(("是", "否"), answer, "■") if serial < 19 else boxes_after(("是", "否"), answer, "■")
        sheet.add(
            serial, *person[:3], person[3], boxes(("在管", "核减"), status, "■"), typed,
            "外出务工" if not contacted and rng.random() < 0.5 else None,
        )  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    sheet.doc_after.append(
        f"填表人：{fake.name(rng)}　　　审核人：{fake.name(rng)}　　　填报日期：{numeral_date(dt.date(YEAR, 12, 30))}"
    )
    built.books.append(Book(FRAUD_FILE, [sheet], fmt="docx"))
    built.ledgers["fraud_watch"] = records
    f = ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted")
    built.quirk(
        "checkbox_choice_in_cell",
        FRAUD_FILE,
        sheet.name,
        f,
        "管控状态 写 ■在管 □核减，是否取得联系 写 ■是 □否（第19行起另一份表格印作 是■ 否□，方框在后）：涂黑的方框是选中的",
    )
    built.quirk("word_table", FRAUD_FILE, sheet.name, f, "台账是 Word 文档里的一张表")


# --- 信访: an OpenDocument spreadsheet saved from WPS ----------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}{YEAR}年信访事项登记台账.ods"
SOURCES = {"县联办": 5, "市联办": 2, "省联办": 1, "本级受理": 3}
PETITION_STATES = {"已化解": 7, "正在化解": 2, "未化解": 0.6}


def ods_register_petitions(built: Built, rng: random.Random) -> None:
    head = ["序号", "信访编号", "交办单位", "交办日期", "信访人", "反映问题", "办理状态", "办结日期"]
    sheet = Sheet("信访台账")
    sheet.title(f"{TOWN}{YEAR}年信访事项登记台账", len(head))
    sheet.header([head])
    records = []
    days = [dt.date(YEAR - 1, 12, 18), *fake.dates_in(rng, YEAR, 22)]
    for n, day in enumerate(days, start=1):
        source, status = fake.pick(rng, SOURCES), fake.pick(rng, PETITION_STATES)
        number = f"TL{day.year}{n:04d}"
        closed = day + dt.timedelta(days=rng.randint(10, 40)) if status == "已化解" else None
        sheet.add(n, number, source, day, fake.name(rng), rng.choice(["土地承包经营权", "林地补偿", "低保评定", "道路修建"]),
                  status, closed)  # fmt: skip
        records.append({"petition_no": number, "assigned_on": day, "source": source, "status": status})
    built.books.append(Book(PETITIONS_FILE, [sheet], fmt="ods"))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk(
        "ods_spreadsheet",
        PETITIONS_FILE,
        sheet.name,
        f,
        "综治办用 WPS 另存的 OpenDocument 表格（.ods），日期是 .ods 的日期值",
    )
    built.quirk("prior_year_row", PETITIONS_FILE, sheet.name, f, "第1件 2023年12月18日交办：不计入2024年")


# --- 行政执法: a Word 登记簿, category merged down, a signature row inside the table ---------------------------------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年行政执法决定登记簿.docx"
ENF_PLAN = (  # category, prefix, how many, names
    ("行政处罚", "桐岭罚决", 6, ("违规野外用火案", "占道堆放建材案", "违法建设案")),
    ("行政检查", "桐岭检", 11, ("森林防火检查", "农村自建房安全检查", "烟花爆竹经营安全检查")),
    ("行政确认", "桐岭确", 4, ("农村低保资格确认", "特困人员身份确认")),
    ("行政许可", "桐岭许", 3, ("乡村建设规划许可",)),
)


def numeral_dates_enforcement(built: Built, rng: random.Random) -> None:
    head = ["序号", "执法类别", "决定书文号", "案件名称", "当事人", "作出决定日期", "执法人员"]
    sheet = Sheet(f"{TOWN}{YEAR}年行政执法决定登记簿", repeat_header=True)
    sheet.header([head])
    records = []
    n = 0
    for category, prefix, count, names in ENF_PLAN:
        days = fake.dates_in(rng, YEAR, count)
        if category == "行政处罚":  # decided in December 2023, listed first by the clerk who opened the book
            days = [dt.date(YEAR - 1, 12, 26), *days[1:]]
        start = sheet.next_row
        for k, day in enumerate(days, start=1):
            n += 1
            number = f"{prefix}〔{day.year}〕{k}号"
            sheet.add(n, category if k == 1 else None, number, rng.choice(names), fake.name(rng), numeral_date(day),
                      f"{fake.name(rng)}、{fake.name(rng)}")  # fmt: skip
            records.append({"case_no": number, "decided_on": day, "category": category})
        sheet.merges.append((start, 2, sheet.next_row - 1, 2))
    row = sheet.add(
        f"填表人：{fake.name(rng)}　　审核人：{fake.name(rng)}　　填报日期：{numeral_date(dt.date(YEAR + 1, 1, 6))}"
    )
    sheet.merges.append((row, 1, row, len(head)))
    built.books.append(Book(ENFORCEMENT_FILE, [sheet], fmt="docx"))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.penalty", "enforcement.inspection", "enforcement.confirmation",
         "enforcement.licensing")  # fmt: skip
    built.quirk(
        "merged_down_category",
        ENFORCEMENT_FILE,
        sheet.name,
        f,
        "执法类别 在 Word 表格里纵向合并，每类只写一次",
    )
    built.quirk("chinese_numeral_dates", ENFORCEMENT_FILE, sheet.name, f, "作出决定日期 写 二〇二四年七月十日")
    built.quirk(
        "signature_row_in_table",
        ENFORCEMENT_FILE,
        sheet.name,
        f,
        "表格最后一行横向合并，写 填表人：… 审核人：… 填报日期：二〇二五年一月六日：不是记录",
    )
    built.quirk("prior_year_row", ENFORCEMENT_FILE, sheet.name, f, "第1件 二〇二三年十二月二十六日作出决定：不计入")


# --- 学法用法: the audience ticked ----------------------------------------------------------------------------------

TRAINING_FILE = f"{TOWN}{YEAR}年学法用法台账.docx"
AUDIENCES = ("法律明白人", "村“两委”干部", "乡机关干部")


def ticked_audience_training(built: Built, rng: random.Random) -> None:
    sheet = Sheet(f"{TOWN}{YEAR}年学法用法及普法培训登记表", doc_symbols=True)
    sheet.header([["序号", "培训日期", "培训内容", "参加对象（打√）", "参加人数", "主讲人"]])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 13), start=1):
        audience = fake.pick(rng, {"法律明白人": 4, "村“两委”干部": 2, "乡机关干部": 3})
        sheet.add(n, numeral_date(day), rng.choice(["民法典婚姻家庭编", "森林法及森林防火", "反电信网络诈骗法", "信访工作条例"]),
                  boxes(AUDIENCES, audience), f"{rng.randint(12, 60)}人", fake.name(rng))  # fmt: skip
        records.append({"held_on": day, "audience": audience})
    exam = Sheet(f"{TOWN}{YEAR}年度国家工作人员学法用法考试参考情况")
    exam.header([["单位", "应参考人数", "实参考人数", "参考率", "备注"]])
    required = taken = 0
    for office in ("党政办", "司法所", "综治办", "农业综合服务中心", "社会事务办"):
        need = rng.randint(4, 11)
        got = need - rng.choice([0, 0, 1])
        required, taken = required + need, taken + got
        exam.add(office, need, got, f"{got / need:.0%}", "病假" if got < need else None)
    exam.add("合计", required, taken, f"{taken / required:.1%}", None)
    records.append({"held_on": dt.date(YEAR, 11, 15), "audience": None, "exam_required": required, "exam_taken": taken})
    built.books.append(Book(TRAINING_FILE, [sheet, exam], fmt="docx"))
    built.ledgers["training"] = records
    built.quirk(
        "checkbox_choice_in_cell",
        TRAINING_FILE,
        sheet.name,
        ("training.legal_literacy_sessions",),
        "参加对象 一格印着三类，选中的打 ☑：☑法律明白人 □村“两委”干部 □乡机关干部",
    )
    built.quirk(
        "word_symbol_boxes",
        TRAINING_FILE,
        sheet.name,
        ("training.legal_literacy_sessions",),
        "☑ 和 □ 是用“插入 → 符号”插入的 Wingdings 2 字体符号（w:sym，字体里的 R 和 £）：文字里没有这两个字符",
    )
    built.quirk("chinese_numeral_dates", TRAINING_FILE, sheet.name, ("training.legal_literacy_sessions",),
                "培训日期 写 二〇二四年三月五日")  # fmt: skip


# --- 规范性文件: a short Word register -------------------------------------------------------------------------------

NORMATIVE_FILE = f"{TOWN}行政规范性文件登记备案台账.docx"


def numeral_dates_normative_documents(built: Built) -> None:
    sheet = Sheet(f"{TOWN}行政规范性文件登记备案台账")
    sheet.header([["序号", "文件名称", "文号", "印发日期", "报备日期", "备注"]])
    docs = (
        ("桐岭乡村庄环境卫生管理办法", "桐府发〔2023〕9号", dt.date(2023, 6, 12), dt.date(2023, 6, 30)),
        ("桐岭乡森林防火网格化管理规定", "桐府发〔2024〕3号", dt.date(2024, 3, 18), dt.date(2024, 4, 8)),
    )
    for n, (title, number, issued, filed) in enumerate(docs, start=1):
        sheet.add(n, title, number, numeral_date(issued), numeral_date(filed), None)
    built.books.append(Book(NORMATIVE_FILE, [sheet], fmt="docx"))
    built.ledgers["normative_documents"] = [{"issued_on": d[2]} for d in docs]
    built.quirk("chinese_numeral_dates", NORMATIVE_FILE, sheet.name, ("normative_documents.issued",),
                "印发日期 写 二〇二四年三月十八日；第1件是2023年的")  # fmt: skip


# --- 综治办 半年工作总结: counts in prose beside a table ---------------------------------------------------------------

SUMMARY_FILE = f"{TOWN}综治办{YEAR}年上半年工作总结.docx"
# What the prose states about public security (the police station's notifications): no ledger of them is kept.
SECURITY_PROSE = {"家暴告诫书": 2, "涉黄治安案件": 1, "行政拘留": 2}


def prose_counts_summary(built: Built, first_half: dict[str, list[int]]) -> None:
    screened = sum(v[0] for v in first_half.values())
    resolved = sum(v[1] for v in first_half.values())
    table = Sheet(f"{TOWN}{YEAR}年上半年矛盾纠纷排查化解情况统计表")
    table.doc_before.extend(
        [
            f"{TOWN}综治办{YEAR}年上半年工作总结",
            f"今年以来，{TOWN}综治办在乡党委、政府的领导下，坚持和发展新时代“枫桥经验”，扎实开展矛盾纠纷排查化解和平安建设工作。现将上半年工作总结如下：",
            f"一、矛盾纠纷排查化解。上半年共排查矛盾纠纷{screened}起，化解{resolved}起，各村（社区）排查化解情况见下表。",
        ]
    )
    table.header([["村（社区）", "排查（起）", "化解（起）"]])
    for village in VILLAGES:
        got = first_half.get(village, [0, 0])
        table.add(village, got[0], got[1])
    table.add("合计", screened, resolved)
    table.doc_after.extend(
        [
            f"二、平安建设。配合桐岭派出所出具家庭暴力告诫书{SECURITY_PROSE['家暴告诫书']}份，"
            f"查处涉黄治安案件{SECURITY_PROSE['涉黄治安案件']}起，行政拘留{SECURITY_PROSE['行政拘留']}人。",
            "三、下半年工作打算。继续落实矛盾纠纷“月排查、月报告”制度，加强重点人员管控。",
            f"{TOWN}综治办（虚构）",
            numeral_date(dt.date(YEAR, 7, 5)),
        ]
    )
    built.books.append(Book(SUMMARY_FILE, [table], fmt="docx"))
    built.ledgers["security"] = Null(
        "平安建设只在半年工作总结的一段话里（告诫书、涉黄案件、拘留人数），没有台账，也只有上半年"
    )
    built.quirk(
        "counts_only_in_prose",
        SUMMARY_FILE,
        "（正文）",
        ("security.*",),
        "家暴告诫书、涉黄治安案件、拘留人数 只写在总结的一段话里，且只有上半年：不是台账，平安建设各数为 null",
    )
    built.quirk(
        "half_year_table_not_year",
        SUMMARY_FILE,
        table.name,
        ("disputes.screened", "disputes.resolved"),
        "总结里的表按村汇总上半年排查、化解起数（合计与台账上半年一致）：只是上半年，不是全年数，不与全年记录相比，也不单独成数",
    )
