"""柏岭镇（虚构）2024: the fourth development town, built from public templates the engine was never tuned on.

Enforcement as the credit-publication register (立案时间 beside 下达决定书时间, one sheet per quarter, a
填报单位/填报时间 line, a 合计 row per sheet, a 填表说明 sheet, one decision of 2025); disputes as the
信访矛盾排查记录表 (排查区域/单位, 矛盾事项 › 纠纷类别/主要诉求, 风险等级, 化解结果 已调处化解/调处中,
compact dates 20240305, a 合计 row); mediation as the 人民调解案件登记簿 with 受理时间 split into 月 and 日
columns under a merged parent and the year only in the title, one sheet per quarter; petitions with 交办单位
written 省联办交办 / 本级受理; litigation with 开庭时间 as Excel serials, an appeal (行终) beside its first
instance and a case not yet heard; counsel with 服务内容 as verbs (出具法律意见书, 审查合同, 解答法律咨询) and
工作量 with units (3件, 5人次); training as a 学法记录 whose 参加对象 qualifies 法律明白人.
No disclosure, security, fraud-watch or normative-document ledger: those figures are null."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null

TOWN = "柏岭镇"
YEAR = 2024
GOV = "柏岭镇人民政府"
VILLAGES = ("松林村", "石桥村", "柏岭社区", "下坝村", "岩脚村")  # fictitious
QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")
# Figures the engine does not reach yet and leaves null (honest, never a wrong number): the known gaps
# this town found, each with the reason. tests/test_devtowns.py holds the engine to exactly these.
# (开庭时间 “未开庭” was one: such a case is now set aside as not yet heard, date.pending.)
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    quarterly_register_enforcement(built, rng)
    screening_record_disputes(built, rng)
    month_day_columns_mediation(built, rng)
    assigning_office_petitions(built, rng)
    serial_dates_litigation(built, rng)
    verb_services_counsel(built, rng)
    study_log_training(built, rng)
    for kind in ("disclosure", "security", "fraud_watch", "normative_documents"):
        built.ledgers[kind] = Null("柏岭镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", ("disclosure.*", "security.*", "fraud_watch.*", "normative_documents.*"))
    return built


def _quarter(day: dt.date) -> int:
    return (day.month - 1) // 3


# --- 行政执法: the credit-publication register, one sheet per quarter ---------------------------------

ENF_HEADER = [
    "序号",
    "案件名称",
    "当事人",
    "执法种类",
    "决定书文号",
    "立案时间",
    "下达决定书时间",
    "处罚金额（元）",
    "办理机关",
    "结案时间",
    "登记人",
]
# typed 执法种类 → canonical category
ENF_TYPED = {
    "行政处罚": ("行政处罚", 3),
    "处罚（简易程序）": ("行政处罚", 1),
    "行政检查": ("行政检查", 5),
    "检查（双随机）": ("行政检查", 2),
    "行政许可": ("行政许可", 3),
    "行政强制": ("行政强制", 0.5),
    "行政确认": ("行政确认", 2),
}
ENF_PREFIX = {
    "行政处罚": "柏岭罚决",
    "行政检查": "柏岭检",
    "行政许可": "柏岭许",
    "行政强制": "柏岭强",
    "行政确认": "柏岭确",
}


def quarterly_register_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年行政执法案件登记台账.xlsx"
    plan = []
    serial: dict[str, int] = {}
    for day in fake.dates_in(rng, YEAR, 96):
        typed = fake.pick(rng, {k: w for k, (_, w) in ENF_TYPED.items()})
        plan.append((day, typed))
    # A case opened in December whose decision came in January 2025: listed in the 4th quarter, not a 2024 case.
    plan.append((dt.date(YEAR + 1, 1, 8), "行政处罚"))
    notes = Sheet("填表说明")
    for line in (
        "填表说明：",
        "1. 本台账按季度分表登记，每季度末由司法所汇总报县司法局。",
        "2. 执法种类按行政处罚、行政许可、行政强制、行政征收、行政检查、行政确认等填写。",
        "3. 下达决定书时间以决定书落款日期为准；检查以检查记录日期为准。",
        "4. 处罚金额以元为单位，无罚款的填“/”。",
    ):
        notes.add(line)
    sheets = [notes]
    records = []
    for q, quarter in enumerate(QUARTERS):
        sheet = Sheet(quarter)
        sheet.title(f"{TOWN}{YEAR}年{quarter}行政执法案件登记台账", len(ENF_HEADER))
        sheet.add(
            f"填报单位：{GOV}（盖章）",
            None,
            None,
            None,
            None,
            None,
            None,
            f"填报时间：{YEAR + (q == 3)}年{(q * 3 + 4) % 12}月3日",
        )
        sheet.header([ENF_HEADER])
        first = sheet.next_row
        rows = [(d, t) for d, t in plan if (3 if d.year > YEAR else _quarter(d)) == q]
        for n, (day, typed) in enumerate(rows, start=1):
            category = ENF_TYPED[typed][0]
            serial[category] = serial.get(category, 0) + 1
            decided_year = day.year
            no = (
                f"{ENF_PREFIX[category]}〔{decided_year}〕第{serial[category]}号"
                if category == "行政处罚"
                else f"{ENF_PREFIX[category]}〔{decided_year}〕{serial[category]}号"
            )
            opened = day - dt.timedelta(days=rng.randint(0, 25) if category == "行政处罚" else 0)
            if day.year > YEAR:
                opened = dt.date(YEAR, 12, 20)
            fine = rng.choice([200, 500, 1000, 2000]) if category == "行政处罚" else None
            sheet.add(
                n,
                {
                    "行政处罚": rng.choice(["占道经营案", "乱搭乱建案", "违规焚烧秸秆案"]),
                    "行政检查": rng.choice(["烟花爆竹经营安全检查", "自建房安全排查", "森林防火检查"]),
                    "行政许可": rng.choice(["乡村建设规划许可", "临时占道许可"]),
                    "行政强制": "违法建筑强制拆除",
                    "行政确认": rng.choice(["农村低保资格确认", "独生子女身份确认"]),
                }[category],
                fake.masked(fake.name(rng)) if rng.random() < 0.7 else f"柏岭镇{rng.choice('东南西北')}街某商店",
                typed,
                no,
                fake.date_cell(opened, "slash"),
                fake.date_cell(day, "slash"),
                fine if fine else "/",
                GOV,
                fake.date_cell(day + dt.timedelta(days=rng.randint(3, 30)), "slash"),
                fake.name(rng),
            )
            records.append({"case_no": no, "category": category, "decided_on": day})
        last = sheet.next_row - 1
        fines = sum(r for r in (sheet.rows[i - 1][7] for i in range(first, last + 1)) if isinstance(r, int))
        sheet.add(
            "合计",
            None,
            None,
            None,
            Formula(f"COUNTA(E{first}:E{last})", last - first + 1),
            None,
            None,
            Formula(f"SUM(H{first}:H{last})", fines),
        )
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.penalty", "enforcement.inspection", "enforcement.licensing")
    built.quirk("quarter_per_sheet", file, "第一季度…第四季度", f, "每季度一张表，序号每表从1起，文号按类别全年连续")
    built.quirk("filler_line_above_header", file, "各季度", f, "标题与表头之间有“填报单位：…（盖章） 填报时间：…”一行")
    built.quirk("total_row_not_record", file, "各季度", f, "每季度末一行 合计（COUNTA 文号、SUM 罚款）：不是案件")
    built.quirk("notes_sheet", file, "填表说明", f, "只有说明文字的工作表，不是台账")
    built.quirk(
        "competing_dates",
        file,
        "第四季度",
        ("enforcement.cases", "enforcement.penalty"),
        "立案时间与下达决定书时间并列：年份按决定日期；12月立案、2025年1月决定的一件不计入2024年",
    )
    built.quirk("value_qualifiers", file, "各季度", f, "处罚（简易程序）、检查（双随机）")


# --- 矛盾纠纷: the 信访矛盾排查记录表 layout -------------------------------------------------------------

DISPUTE_RESULTS = {
    "已调处化解": ("已化解", 6),
    "化解成功": ("已化解", 3),
    "调处中": ("化解中", 0.8),
    "未化解（已移交）": ("未化解", 0.3),
}


def screening_record_disputes(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}矛盾纠纷排查化解工作台账（{YEAR}年度）.xlsx"
    sheet = Sheet("排查台账")
    top = [
        "序号",
        "排查日期",
        "排查区域/单位",
        "矛盾事项",
        None,
        "风险等级",
        "化解措施",
        "化解结果",
        "责任领导",
        "排查人员",
    ]
    low = [None, None, None, "纠纷类别", "主要诉求", None, None, None, None, None]
    merges = [(1, c, 2, c) for c in (1, 2, 3, 6, 7, 8, 9, 10)] + [(1, 4, 1, 5)]
    sheet.title(f"{TOWN}{YEAR}年度矛盾纠纷排查化解工作台账", len(top))
    sheet.add(f"填报单位：{TOWN}综治中心", None, None, None, None, None, None, f"统计时段：{YEAR}年1月1日至12月31日")
    sheet.header([top, low], merges)
    first = sheet.next_row
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 118), start=1):
        typed = fake.pick(rng, {k: w for k, (_, w) in DISPUTE_RESULTS.items()})
        sheet.add(
            n,
            fake.date_cell(day, fake.pick(rng, {"compact": 3, "dot": 1})),
            rng.choice(VILLAGES),
            rng.choice(["山林土地纠纷", "邻里纠纷", "婚姻家庭纠纷", "劳务纠纷", "宅基地纠纷"]),
            rng.choice(["要求划清林地界址", "要求赔偿损失", "要求支付劳务费", "要求排除妨碍"]),
            fake.pick(rng, {"黄": 6, "橙": 1, "红": 0.2}),
            rng.choice(["村调委会调解", "司法所联合调处", "包保干部上门疏导"]),
            typed,
            f"{rng.choice(['副镇长', '政法委员'])}{fake.masked(fake.name(rng))}",
            fake.name(rng),
        )
        records.append({"key": n, "screened_on": day, "status": DISPUTE_RESULTS[typed][0]})
    last = sheet.next_row - 1
    done = sum(1 for r in records if r["status"] == "已化解")
    sheet.add(
        "合计", Formula(f"COUNTA(B{first}:B{last})", len(records)), None, None, None, None, None, f"已化解{done}件"
    )
    built.books.append(Book(file, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("compact_dates", file, "排查台账", f, "排查日期 写作 20240305（文本）或 2024.03.05")
    built.quirk(
        "value_synonyms", file, "排查台账", f, "已调处化解、化解成功=已化解；调处中=化解中；未化解（已移交）=未化解"
    )
    built.quirk("total_row_not_record", file, "排查台账", f, "末行 合计（COUNTA 公式，“已化解N件”文字）：不是记录")
    built.quirk("filler_line_above_header", file, "排查台账", f, "填报单位 / 统计时段 一行在表头之上")


# --- 人民调解: 受理时间 split into 月 / 日, year in the title; a sheet per quarter --------------------------

MED_RESULTS = {"成功": ("调解成功", 4), "调解成功": ("调解成功", 4), "不成功": ("其他", 0.5), "终止": ("其他", 0.3)}


def month_day_columns_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解案件登记簿（{YEAR}）.xlsx"
    top = [
        "编号",
        "受理时间",
        None,
        "纠纷类型",
        "当事人",
        None,
        "案件来源",
        "调解结果",
        "协议形式",
        "以案定补（元）",
        "承办调解员",
    ]
    low = [None, "月", "日", None, "申请人", "被申请人", None, None, None, None, None]
    merges = [(1, c, 2, c) for c in (1, 4, 7, 8, 9, 10, 11)] + [(1, 2, 1, 3), (1, 5, 1, 6)]
    records = []
    days = fake.dates_in(rng, YEAR, 74)
    sheets = []
    n = 0
    for q, quarter in enumerate(("一季度", "二季度", "三季度", "四季度")):
        sheet = Sheet(quarter)
        sheet.title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记簿（{quarter}）", len(top))
        sheet.header([top, low], merges)
        for day in (d for d in days if _quarter(d) == q):
            n += 1
            typed = fake.pick(rng, {k: w for k, (_, w) in MED_RESULTS.items()})
            ok = MED_RESULTS[typed][0] == "调解成功"
            form = ("口头" if rng.random() < 0.7 else "书面") if ok else None
            subsidy = (50 if form == "口头" else rng.choice([100, 200])) if ok else None
            no = f"柏人调〔{YEAR}〕{n}号"
            sheet.add(
                no,
                day.month,
                day.day,
                rng.choice(["山林土地纠纷", "邻里纠纷", "婚姻家庭纠纷", "损害赔偿纠纷"]),
                fake.masked(fake.name(rng)),
                fake.masked(fake.name(rng)),
                fake.pick(rng, {"当事人申请": 3, "调委会主动调解": 2, "派出所移交": 1}),
                typed,
                form,
                subsidy,
                fake.name(rng),
            )
            records.append(
                {"file_no": no, "accepted_on": day, "result": MED_RESULTS[typed][0], "form": form, "subsidy": subsidy}
            )
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("month_day_columns", file, "一季度…四季度", f, "受理时间 合并在 月、日 两列之上，年份只在标题")
    built.quirk("header_two_rows_with_parties", file, "一季度…四季度", f, "当事人 合并在 申请人/被申请人 之上")
    built.quirk("value_synonyms", file, "一季度…四季度", f, "成功=调解成功；不成功、终止=未成功")
    built.quirk("quarter_per_sheet", file, "一季度…四季度", f, "每季度一张表，编号全年连续")


# --- 信访: 交办单位 with 交办 suffix and a 本级受理 row -----------------------------------------------------


def assigning_office_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}信访事项登记台账.xlsx"
    sheet = Sheet("信访登记")
    header = [
        "登记编号",
        "信访日期",
        "信访人",
        "信访形式",
        "反映问题",
        "交办单位",
        "交办日期",
        "办理结果",
        "办结日期",
        "是否重复信访",
    ]
    sheet.title(f"{TOWN}{YEAR}年信访事项登记台账", len(header))
    sheet.header([header])
    plan = (
        ("省联办交办", "省联办", "已化解"),
        ("市联办交办", "市联办", "化解中"),
        ("县联办", "县联办", "已化解"),
        ("本级受理", "本级受理", "已化解"),
        ("市联办交办", "市联办", "正在化解"),
        ("本级受理", "本级受理", "未化解"),
    )
    canon = {"化解中": "正在化解", "正在化解": "正在化解", "已化解": "已化解", "未化解": "未化解"}
    records = []
    for n, ((typed, source, status), day) in enumerate(zip(plan, fake.dates_in(rng, YEAR, len(plan))), start=1):
        no = f"BL{YEAR}{n:03d}"
        sheet.add(
            no,
            fake.date_cell(day - dt.timedelta(days=3), "cn"),
            fake.masked(fake.name(rng)),
            rng.choice(["来访", "来信", "网上信访"]),
            rng.choice(["土地征收补偿", "林地权属", "拖欠工程款", "低保评定"]),
            typed,
            fake.date_cell(day, "cn") if source != "本级受理" else None,
            status,
            fake.date_cell(day + dt.timedelta(days=30), "cn") if status == "已化解" else None,
            "是" if status != "已化解" else "否",
        )
        records.append({"petition_no": no, "source": source, "assigned_on": day, "status": canon[status]})
    built.books.append(Book(file, [sheet]))
    built.ledgers["petitions"] = records
    built.quirk(
        "value_suffixes",
        file,
        "信访登记",
        ("petitions.assigned",),
        "交办单位 写作 省联办交办、市联办交办；本级受理不是上级交办",
    )


# --- 行政应诉: serial dates, an appeal, a case not yet heard -------------------------------------------


def serial_dates_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政应诉案件台账.xlsx"
    sheet = Sheet("应诉台账")
    header = [
        "序号",
        "案号",
        "原告",
        "被告",
        "案由",
        "审级",
        "开庭时间",
        "出庭应诉负责人",
        "负责人是否出庭",
        "审理结果",
    ]
    sheet.title(f"{TOWN}行政诉讼应诉案件台账（{YEAR}年）", len(header))
    sheet.header([header])
    plan = (
        (f"（{YEAR}）黔9903行初12号", "一审", dt.date(YEAR, 3, 14), True),
        (f"（{YEAR}）黔99行终41号", "二审", dt.date(YEAR, 8, 27), False),
        (f"（{YEAR}）黔9903行初57号", "一审", dt.date(YEAR, 6, 5), True),
        (f"（{YEAR}）黔9903行初88号", "一审", dt.date(YEAR, 11, 19), True),
        (f"（{YEAR}）黔9903行初131号", "一审", None, False),  # filed in December, not yet heard
    )
    records = []
    for n, (no, level, day, appeared) in enumerate(plan, start=1):
        sheet.add(
            n,
            no,
            fake.masked(fake.name(rng)),
            GOV,
            rng.choice(["房屋征收补偿", "行政强制拆除", "政府信息公开"]),
            level,
            fake.date_cell(day, "serial") if day else "未开庭",
            f"副镇长{fake.masked(fake.name(rng))}" if appeared else ("委托代理人" if day else None),
            ("是" if appeared else "否") if day else None,
            rng.choice(["驳回诉讼请求", "撤诉", "维持原判"]) if day else "待开庭",
        )
        if day:
            records.append({"case_no": no, "heard_on": day, "appeared": appeared})
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("serial_dates", file, "应诉台账", f, "开庭时间为 Excel 序列号（数字）")
    built.quirk("not_yet_heard", file, "应诉台账", f, "12月立案、开庭时间写“未开庭”：不是本年开庭的案件")
    built.quirk("appeal_separate_case", file, "应诉台账", f, "同一争议的二审（行终）案号不同，按件次计")


# --- 法律顾问: services typed as verbs, quantities with units -------------------------------------------

COUNSEL_TYPED = {
    "出具法律意见书": ("法律意见书", 1.2),
    "审查合同": ("文书审核", 2),
    "合同审查": ("文书审核", 1),
    "审核文书": ("文书审核", 1),
    "解答法律咨询": ("法律咨询", 4),
    "法律咨询": ("法律咨询", 2),
    "法律援助": ("法律援助", 0.3),
    "参与矛盾纠纷调解": ("参与调解", 1.5),
    "开展法治讲座": ("法治讲座", 0.8),
}


def verb_services_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年法律顾问服务台账.xlsx"
    sheet = Sheet("服务台账")
    header = ["序号", "服务时间", "服务对象", "服务内容", "服务方式", "工作量", "法律顾问", "备注"]
    sheet.title(f"{TOWN}{YEAR}年政府法律顾问服务工作台账", len(header))
    sheet.add(f"法律顾问单位：某某律师事务所（虚构）    填表人：{fake.name(rng)}")
    sheet.header([header])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 88), start=1):
        typed = fake.pick(rng, {k: w for k, (_, w) in COUNSEL_TYPED.items()})
        service = COUNSEL_TYPED[typed][0]
        qty = rng.choice([1, 1, 2, 3, 5]) if service == "法律咨询" else rng.choice([1, 1, 1, 2])
        unit = {"法律咨询": "人次", "法治讲座": "场"}.get(service, "件")
        cell = fake.pick(rng, {f"{qty}{unit}": 3, str(qty): 1, "": 1 if qty == 1 else 0})
        sheet.add(
            n,
            fake.date_cell(day, "dot"),
            rng.choice([GOV, *VILLAGES]),
            typed,
            rng.choice(["现场", "电话", "微信"]),
            cell or None,
            fake.name(rng),
            None,
        )
        records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("value_synonyms", file, "服务台账", f, "出具法律意见书、审查合同、解答法律咨询：服务内容写成动宾短语")
    built.quirk("units_in_quantity", file, "服务台账", f, "工作量 写作 3件、5人次、2场，或空（=1）")


# --- 学法: a study log whose 参加对象 qualifies 法律明白人 --------------------------------------------------


def study_log_training(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年学法用法记录.xlsx"
    sheet = Sheet("学法记录")
    header = ["序号", "学习时间", "学习内容", "学习形式", "参加对象", "参加人数", "主讲人"]
    sheet.title(f"{TOWN}{YEAR}年学法用法记录表", len(header))
    sheet.header([header])
    plan = [
        ("会前学法", "镇党委理论学习中心组"),
        ("集中培训", "村（社区）法律明白人"),
        ("会前学法", "全体干部职工"),
        ("线上培训", "法律明白人"),
        ("集中培训", "村（社区）法律明白人"),
        ("专题讲座", "行政执法人员"),
        ("会前学法", "镇党委理论学习中心组"),
    ]
    records = []
    for n, ((form, audience), day) in enumerate(zip(plan, fake.dates_in(rng, YEAR, len(plan))), start=1):
        sheet.add(
            n,
            fake.date_cell(day, "cn"),
            rng.choice(["民法典", "行政复议法", "信访工作条例", "森林法"]),
            form,
            audience,
            rng.randint(12, 60),
            fake.name(rng),
        )
        records.append({"held_on": day, "audience": "法律明白人" if "法律明白人" in audience else audience})
    built.books.append(Book(file, [sheet]))
    built.ledgers["training"] = records
    built.overrides["training.exam_coverage"] = Null("学法记录中没有考试应参考/实参考人数")
    built.quirk(
        "value_qualifiers",
        file,
        "学法记录",
        "training.legal_literacy_sessions",
        "参加对象 写作 村（社区）法律明白人",
    )
