"""石泉乡（虚构）2024: the thirty-first development town, whose records **span several rows, or several records share
a row**, the way offices write cases with several parties, several measures or several outcomes.

A mediation register written one row per party (申请人 / 被申请人 rows under a merged 当事人 title), the case's
卷宗号, 受理日期, 调解结果 and 补贴金额 written only on its first row in the first half-year and merged down its rows in
the second; beside it the 以案定补 发放表 that pays each case per mediator (one case, two mediators, its subsidy split);
an enforcement register where one decision carries two 处罚种类 (警告 and 罚款) on two lines of one cell, or on two
rows of one case; a petition register counting 批次 and 人次, with a 联名信 of twelve signers, a 集体访 and a joint
letter written one row per signer; a dispute register whose row lists the three disputes of one village meeting
(纠纷数量 3) under quarterly 小计 rows; a counsel log where one visit covers several services.

Truth decisions: a case is its 卷宗号 / 决定书文号 / 信访编号, however many rows its parties, measures or signers take;
its subsidy is paid once (the 发放表 splits the same money between mediators: not a second payment); a petition is
one 件 whatever its 人次; a dispute register's 纠纷数量 is the number of disputes the row records (a village meeting's
three disputes are three disputes screened); every service of a visit is counted with its own quantity."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "石泉乡"
YEAR = 2024
GOV = "石泉乡人民政府"
VILLAGES = ("石泉社区", "龙潭沟村", "柏杨坪村", "青冈湾村", "麻柳村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    rows_per_party_mediation(built, rng)
    two_penalties_enforcement(built, rng)
    batches_and_persons_petitions(built, rng)
    several_disputes_in_one_row_disputes(built, rng)
    several_services_one_visit_counsel(built, rng)
    absent = ("disclosure", "security", "fraud_watch", "litigation", "normative_documents", "training")
    for kind in absent:
        built.ledgers[kind] = Null("石泉乡没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 人民调解: one row per party; the 以案定补 发放表 per mediator ----------------------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记台账（{YEAR}年）.xlsx"
PAYMENT_FILE = f"{TOWN}人民调解“以案定补”发放表（{YEAR}年）.xlsx"
TYPES = ("邻里纠纷", "婚姻家庭纠纷", "山林土地纠纷", "房屋宅基地纠纷", "损害赔偿纠纷", "合同纠纷")
RESULTS = {"调解成功": 8, "调解不成功": 1.2, "调解中": 0.6}
RATES = {"口头": 100, "书面": 300}


def rows_per_party_mediation(built: Built, rng: random.Random) -> None:
    sheet = Sheet("登记台账")
    sheet.title(f"{TOWN}{YEAR}年人民调解案件登记台账", 9)
    sheet.header(
        [
            ["序号", "卷宗号", "受理日期", "纠纷类型", "当事人", None, "调解结果", "协议形式", "补贴金额（元）"],
            [None, None, None, None, "身份", "姓名", None, None, None],
        ],
        merges=[(1, 5, 1, 6), *[(1, c, 2, c) for c in (1, 2, 3, 4, 7, 8, 9)]],
    )
    records = []
    paid = []  # (file_no, day, subsidy) of each successful case, for the 发放表
    days = fake.dates_in(rng, YEAR, 24)
    for n, day in enumerate(days, start=1):
        file_no = f"（{YEAR}）石人调字第{n}号"
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
        subsidy = RATES[form] if form else None
        parties = [("申请人", fake.name(rng)), ("被申请人", fake.name(rng))]
        if n % 4 == 0:  # a second respondent: the case takes three rows
            parties.append(("被申请人", fake.name(rng)))
        cells = [n, file_no, day, rng.choice(TYPES), None, None, result, f"{form}协议" if form else None, subsidy]
        first = None
        for k, (role, person) in enumerate(parties):
            row = [*cells] if k == 0 else [None] * len(cells)
            row[4], row[5] = role, person
            r = sheet.add(*row)
            first = first or r
        if day.month >= 7:
            # The second half-year's clerk merged the case's cells down its party rows (Excel keeps the value in
            # the first cell only, as the first half-year's clerk wrote it).
            last = first + len(parties) - 1
            sheet.merges.extend((first, c, last, c) for c in (1, 2, 3, 4, 7, 8, 9))
        records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
        if result == "调解成功":
            paid.append((file_no, day, subsidy))
    built.books.append(Book(MEDIATION_FILE, [sheet]))
    built.ledgers["mediation"] = records

    # The 发放表: each successful case's subsidy paid to its mediator; two cases mediated by two, the money split.
    pay = Sheet("发放表")
    pay.title(f"{TOWN}{YEAR}年人民调解“以案定补”补贴发放表", 6)
    pay.add(f"填报单位：{TOWN}人民调解委员会", *([None] * 5))
    pay.header([["序号", "卷宗号", "受理日期", "调解员", "补贴金额（元）", "领取人签字"]])
    serial, total = 0, 0
    # A written case (300) and an oral one (100) each mediated by two.
    split_cases = {next(f for f, _, s in paid if s == 300), next(f for f, _, s in paid[8:] if s == 100)}
    for file_no, day, subsidy in paid:
        shares = [subsidy // 2, subsidy - subsidy // 2] if file_no in split_cases else [subsidy]
        for share in shares:
            serial += 1
            pay.add(serial, file_no, day, fake.name(rng), share, None)
            total += share
    pay.add("合计", None, None, None, total, None)
    built.books.append(Book(PAYMENT_FILE, [pay]))

    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("rows_per_party", MEDIATION_FILE, "登记台账", f,
                "一案按当事人分行：申请人一行、被申请人一行（有的两名被申请人，三行），当事人 合并在 身份、姓名 两列之上；"
                "上半年卷宗号、受理日期、调解结果、补贴金额只写在首行，下面几行空着：一案一件，补贴只计一次")  # fmt: skip
    built.quirk("case_cells_merged_down", MEDIATION_FILE, "登记台账", f,
                "下半年同一案的卷宗号、受理日期、调解结果、协议形式、补贴金额向下合并到该案各当事人行：补贴只计一次")  # fmt: skip
    built.quirk("subsidy_split_per_mediator", PAYMENT_FILE, "发放表", "mediation.subsidy_yuan",
                "以案定补发放表按调解员逐人发放：两件各由两名调解员调解，补贴对半分成两行；与登记台账的补贴是同一笔钱，不再相加")  # fmt: skip


# --- 行政执法: one decision, two 处罚种类 --------------------------------------------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年行政执法案件台账.xlsx"
CATEGORIES = {"行政检查": 5, "行政许可": 3, "行政处罚": 3, "行政确认": 1}
PENALTY_KINDS = {"警告": 2, "罚款": 3, "警告\n罚款": 2.5}
CASE_NAMES = {
    "行政检查": ("农村自建房安全检查", "烟花爆竹经营场所检查", "食品小作坊日常检查"),
    "行政许可": ("乡村建设规划许可", "临时占用道路许可"),
    "行政处罚": ("未经批准占用农用地建房", "擅自在河道内采砂", "露天焚烧秸秆"),
    "行政确认": ("农村土地承包经营权确认",),
}
COLUMNS = 9


def two_penalties_enforcement(built: Built, rng: random.Random) -> None:
    sheet = Sheet("执法台账")
    sheet.title(f"{TOWN}{YEAR}年行政执法案件台账", COLUMNS)
    sheet.header([["序号", "决定书文号", "案件名称", "执法类别", "处罚种类", "罚没金额（元）", "作出决定日期",
                   "当事人", "执法单位"]])  # fmt: skip
    records = []
    days = [dt.date(YEAR - 1, 12, 27), *fake.dates_in(rng, YEAR, 30)]
    serial = {"行政检查": 0, "行政许可": 0, "行政处罚": 0, "行政确认": 0}
    prefix = {"行政检查": "石检", "行政许可": "石许", "行政处罚": "石罚", "行政确认": "石确"}
    penalties = 0
    for n, day in enumerate(days, start=1):
        category = fake.pick(rng, CATEGORIES)
        serial[category] += 1
        case_no = f"{prefix[category]}〔{day.year}〕{serial[category]}号"
        name = rng.choice(CASE_NAMES[category])
        party = fake.name(rng)
        unit = f"{TOWN}综合行政执法办公室"
        records.append({"case_no": case_no, "decided_on": day, "category": category})
        if category != "行政处罚":
            sheet.add(n, case_no, name, category, None, None, day, party, unit)
            continue
        penalties += 1
        if penalties in (2, 3):
            # The same decision on two rows: 警告 on the first, 罚款 and its amount on the second; the case's cells
            # merged down both rows (the second such case's clerk left them blank instead).
            fine = rng.choice([500, 1000, 2000])
            first = sheet.add(n, case_no, name, category, "警告", None, day, party, unit)
            sheet.add(None, None, None, None, "罚款", fine, None, None, None)
            if penalties == 2:
                sheet.merges.extend((first, c, first + 1, c) for c in (1, 2, 3, 4, 7, 8, 9))
            continue
        kinds = "警告\n罚款" if penalties == 1 else fake.pick(rng, PENALTY_KINDS)
        fine = rng.choice([200, 500, 1000, 3000]) if "罚款" in kinds else None
        sheet.add(n, case_no, name, category, kinds, fine, day, party, unit)
    built.books.append(Book(ENFORCEMENT_FILE, [sheet]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.penalty")
    built.quirk("two_penalties_in_one_cell", ENFORCEMENT_FILE, "执法台账", f,
                "处罚种类 一格两行写“警告↵罚款”：一个决定并处两种处罚，仍是一件行政处罚")  # fmt: skip
    built.quirk("two_penalties_on_two_rows", ENFORCEMENT_FILE, "执法台账", f,
                "一件处罚决定写成两行：首行 警告，次行只有 罚款 和罚没金额；文号等向下合并（一件）或次行空着（一件）：一件")  # fmt: skip


# --- 信访: 批次 and 人次; a joint letter one row per signer ----------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项登记台账（{YEAR}年）.xlsx"
SOURCES = {"县联办": 5, "市联办": 1.5, "本级受理": 3}
STATES = {"已化解": 7, "正在化解": 2}
ISSUES = ("土地流转租金", "产业路占地补偿", "饮水工程", "低保评定", "宅基地审批")


def batches_and_persons_petitions(built: Built, rng: random.Random) -> None:
    sheet = Sheet("信访台账")
    sheet.title(f"{TOWN}{YEAR}年信访事项登记台账", 10)
    sheet.header([["序号", "信访编号", "交办单位", "交办日期", "信访形式", "信访人", "批次", "人次", "反映问题",
                   "办理状态"]])  # fmt: skip
    records = []
    days = fake.dates_in(rng, YEAR, 14)
    batches = persons = 0
    for n, day in enumerate(days, start=1):
        number = f"SQXF{YEAR}{n:03d}"
        source, status = fake.pick(rng, SOURCES), fake.pick(rng, STATES)
        issue = rng.choice(ISSUES)
        records.append({"petition_no": number, "assigned_on": day, "source": source, "status": status})
        batches += 1
        if n == 3:
            # A 联名信 of twelve signers: one item, 12 人次.
            sheet.add(n, number, source, day, "联名信", f"{fake.name(rng)}等12人", 1, 12, issue, status)
            persons += 12
        elif n == 7:
            # A 集体访 of six: one item, 6 人次.
            sheet.add(n, number, source, day, "集体访", f"{fake.name(rng)}等6人", 1, 6, issue, status)
            persons += 6
        elif n == 10:
            # A joint letter written one row per signer, the item's cells merged down its four rows.
            first = sheet.add(n, number, source, day, "联名信", fake.name(rng), 1, 4, issue, status)
            for _ in range(3):
                sheet.add(None, None, None, None, None, fake.name(rng), None, None, None, None)
            sheet.merges.extend((first, c, first + 3, c) for c in (1, 2, 3, 4, 5, 7, 8, 9, 10))
            persons += 4
        else:
            sheet.add(n, number, source, day, rng.choice(["来信", "来访", "网上信访"]), fake.name(rng), 1, 1, issue,
                      status)  # fmt: skip
            persons += 1
    sheet.add("合计", None, None, None, None, None, batches, persons, None, None)
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("batches_and_persons", PETITIONS_FILE, "信访台账", f,
                "批次、人次两列：联名信（某某等12人，人次12）、集体访（人次6）各是一件信访事项，件数不按人次计")  # fmt: skip
    built.quirk("one_row_per_signer", PETITIONS_FILE, "信访台账", f,
                "一封联名信按署名人逐人一行，信访编号等向下合并到四行：一件")  # fmt: skip


# --- 矛盾纠纷: a village meeting's three disputes in one row, quarterly 小计 rows ----------------------------------------

DISPUTES_FILE = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账.xlsx"
DISPUTE_TYPES = ("邻里纠纷", "婚姻家庭纠纷", "山林土地纠纷", "房屋宅基地纠纷", "损害赔偿纠纷")
DISPUTE_STATES = {"已化解": 8, "化解中": 1.5}


def several_disputes_in_one_row_disputes(built: Built, rng: random.Random) -> None:
    sheet = Sheet("排查台账")
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解台账", 9)
    sheet.header([["序号", "编号", "排查日期", "村（社区）", "纠纷类型", "纠纷数量（件）", "简要情况", "化解状态",
                   "责任人"]])  # fmt: skip
    records = []
    days = fake.dates_in(rng, YEAR, 32)
    serial = 0
    for quarter in range(4):
        in_quarter = [d for d in days if (d.month - 1) // 3 == quarter]
        count = resolved = 0
        for k, day in enumerate(in_quarter):
            serial += 1
            number = f"SQ{YEAR}-{serial:03d}"
            village = rng.choice(VILLAGES)
            status = fake.pick(rng, DISPUTE_STATES)
            quantity, kind, summary = 1, rng.choice(DISPUTE_TYPES), "双方经村调委会调解达成一致"
            if quarter == 1 and k == 2:
                # A village meeting's three disputes, one row: 纠纷数量 3.
                quantity, status = 3, "已化解"
                kind = "邻里纠纷、山林土地纠纷、婚姻家庭纠纷"
                summary = "村民代表会议排查出三起纠纷：相邻通行、林地界址、赡养各一起，当场调处"
            if quarter == 2 and k == 4:
                # Two boundary disputes of one group, still in hand: 纠纷数量 2.
                quantity, status = 2, "化解中"
                kind = "山林土地纠纷"
                summary = "同一村民小组两户与集体之间林地界址纠纷两起，正在调处"
            if status == "化解中" and quantity == 1:
                summary = "正在做双方工作"
            sheet.add(serial, number, day, village, kind, quantity, summary, status, fake.name(rng))
            records.extend({"screened_on": day, "status": status} for _ in range(quantity))
            count += quantity
            resolved += quantity if status == "已化解" else 0
        # The quarter's 小计 row: the group's count of disputes and of resolved ones, in words.
        sheet.add(f"第{'一二三四'[quarter]}季度小计", None, None, None, None, count, None, f"已化解{resolved}件", None)
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("several_disputes_in_one_row", DISPUTES_FILE, "排查台账", f,
                "一次村民代表会议排查出三起纠纷写在一行：纠纷类型 写三类，纠纷数量 3（另一行 纠纷数量 2、化解中）：按纠纷数量计件")  # fmt: skip
    built.quirk("group_subtotal_rows", DISPUTES_FILE, "排查台账", f,
                "每季度末一行“第一季度小计”：纠纷数量合计、化解状态写“已化解N件”：不是记录")  # fmt: skip


# --- 法律顾问: one visit, several services ------------------------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}法律顾问服务台账{YEAR}.xlsx"
SERVICES = {  # as typed → canonical, weight, count range, unit
    "法律咨询": ("法律咨询", 5, (1, 6), "人次"),
    "审查合同": ("文书审核", 3, (1, 3), "份"),
    "出具法律意见书": ("法律意见书", 1.5, (1, 2), "件"),
    "法律援助": ("法律援助", 0.5, (1, 1), "件"),
}


def several_services_one_visit_counsel(built: Built, rng: random.Random) -> None:
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}{YEAR}年法律顾问服务台账", 6)
    sheet.header([["序号", "服务日期", "服务对象", "服务事项", "数量", "法律顾问"]])
    records = []
    weights = {k: w for k, (_, w, _, _) in SERVICES.items()}
    for n, day in enumerate(fake.dates_in(rng, YEAR, 26), start=1):
        client = rng.choice([GOV, *VILLAGES])
        counsel = fake.name(rng)
        if n % 3 == 0:
            # One visit, two or three services on lines of one cell, their counts on lines of the 数量 cell.
            typed = sorted(set(fake.pick(rng, weights) for _ in range(3)), key=list(SERVICES).index)
            if len(typed) == 1:
                typed = ["法律咨询", "审查合同"]
            counts = [rng.randint(*SERVICES[t][2]) for t in typed]
            sheet.add(n, fake.date_cell(day, "dot"), client, "\n".join(typed), "\n".join(map(str, counts)), counsel)
            records.extend({"served_on": day, "service": SERVICES[t][0], "quantity": c} for t, c in zip(typed, counts))
        elif n % 3 == 1 and n > 3:
            # One visit, the services with their counts in words in one cell, 数量 left blank.
            typed = ["法律咨询", rng.choice(["审查合同", "出具法律意见书"])]
            counts = [rng.randint(*SERVICES[t][2]) for t in typed]
            text = "；".join(f"{t}{c}{SERVICES[t][3]}" for t, c in zip(typed, counts))
            sheet.add(n, fake.date_cell(day, "dot"), client, text, None, counsel)
            records.extend({"served_on": day, "service": SERVICES[t][0], "quantity": c} for t, c in zip(typed, counts))
        else:
            typed = fake.pick(rng, weights)
            count = rng.randint(*SERVICES[typed][2])
            sheet.add(n, fake.date_cell(day, "dot"), client, typed, count, counsel)
            records.append({"served_on": day, "service": SERVICES[typed][0], "quantity": count})
    built.books.append(Book(COUNSEL_FILE, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("several_services_one_visit", COUNSEL_FILE, "服务台账", f,
                "一次走访做了几项服务：服务事项 一格分行写“法律咨询↵审查合同”，数量 一格分行写“3↵1”；"
                "或一格写“法律咨询4人次；审查合同2份”、数量空着：每项按自己的数量计")  # fmt: skip
