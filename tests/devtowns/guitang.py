"""桂塘镇（虚构）2024: the ninth development town, from public templates and office habits none of the other eight used.

Enforcement as the 城市管理行政执法文书管理系统's export of its 行政处罚决定书 table (编号, 当事人, 违法日期, 违法活动,
法规依据, 罚款金额 in capital numerals 壹千元, the decision date in three columns 决定年 / 决定月 / 决定日 with the year
written 二O二四 with the letter O, 是否结案): every row a penalty, the category only in the sheet's name; 违法日期 is not the
decision date. Mediation only as the 司法所's 以案定补 审核表: successful cases with 申报金额 beside 核定金额 under a merged
司法所审核 (不予补贴 and 核减 in 审核意见). Petitions in a 信访事项办理台账 where a joint petition takes one row per
petitioner, its other cells merged down. Disputes in one workbook kept over two years, one sheet per year (2023年,
2024年), the dates yearless (3月5日) and the titles without a year; statuses carry invisible characters (zero-width
space, NBSP). Training as the 学法用法考试参考人员成绩汇总表 (one row per person, 缺考 in 备注) beside a 法律明白人
培训 sheet. The fraud list with 身份证号码 typed into numeric cells (15 significant digits). The counsel's log with
service dates typed as ranges (2024.3.5-3.7). No security, litigation, disclosure or normative-document ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null

TOWN = "桂塘镇"
YEAR = 2024
GOV = "桂塘镇人民政府"
VILLAGES = ("桂塘社区", "荷叶村", "石坝村", "樟树村", "新田村", "松林村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    document_system_export_enforcement(built, rng)
    audit_form_mediation(built, rng)
    joint_petition_rows_petitions(built, rng)
    sheet_per_year_disputes(built, rng)
    per_person_scores_training(built, rng)
    id_as_number_fraud_watch(built, rng)
    date_range_counsel(built, rng)
    for kind in ("security", "litigation", "disclosure", "normative_documents"):
        built.ledgers[kind] = Null("桂塘镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", ("security.*", "litigation.*", "disclosure.*", "normative_documents.*"))
    return built


_CN_DIGITS = "O一二三四五六七八九"  # the letter O for zero, as the document system's users type it


def letter_o_year(year: int) -> str:
    """二O二四: a year in Chinese digits with the Latin letter O for 〇."""
    return "".join(_CN_DIGITS[int(c)] for c in str(year))


_CAPITAL = {50: "伍拾元", 100: "壹佰元", 200: "贰佰元", 300: "叁佰元", 500: "伍佰元", 1000: "壹仟元", 2000: "贰仟元"}


# --- 行政执法: the document system's export of its 行政处罚决定书 table ------------------------------------------

VIOLATIONS = (  # 违法活动, 法规依据, 罚款
    ("占道经营", "《城市市容和环境卫生管理条例》第十四条", (200, 500)),
    ("未经批准擅自搭建", "《中华人民共和国城乡规划法》第六十五条", (1000, 2000)),
    ("乱倒建筑垃圾", "《城市建筑垃圾管理规定》第二十六条", (500, 1000)),
    ("违规设置户外广告", "《城市市容和环境卫生管理条例》第十一条", (200, 500)),
    ("露天焚烧垃圾", "《中华人民共和国大气污染防治法》第一百一十九条", (500, 1000)),
)


def document_system_export_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政处罚决定书登记（执法文书系统导出）.xlsx"
    head = [
        "编号", "当事人", "违法日期", "违法地点", "违法活动", "法规依据", "处罚决定", "罚款金额",
        "决定年", "决定月", "决定日", "执法单位", "签收日期", "是否结案",
    ]  # fmt: skip
    sheet = Sheet("行政处罚决定书")
    sheet.header([head])
    decided = fake.dates_in(rng, YEAR, 23)
    # A violation found in late December 2023 decided in January 2024 (a 2024 case), and two found in December
    # 2024 decided in January 2025 (not 2024 cases): the decision date decides, not 违法日期.
    decided[0] = dt.date(YEAR, 1, 9)
    plan = [(d - dt.timedelta(days=rng.randint(3, 20)), d) for d in decided]
    plan[0] = (dt.date(YEAR - 1, 12, 21), decided[0])
    plan += [(dt.date(YEAR, 12, 16), dt.date(YEAR + 1, 1, 7)), (dt.date(YEAR, 12, 23), dt.date(YEAR + 1, 1, 10))]
    plan.sort(key=lambda p: p[1])
    records = []
    for k, (found, day) in enumerate(plan, start=1):
        activity, basis, (lo, hi) = rng.choice(VIOLATIONS)
        fine = rng.choice([lo, hi])
        no = f"桂城管罚决〔{day.year}〕{k:03d}号"
        closed = day.year == YEAR and rng.random() < 0.85
        sheet.add(
            no,
            fake.masked(fake.name(rng)) if rng.random() < 0.6 else f"某某{activity[:2]}商户（虚构）",
            fake.date_cell(found, "slash"),
            f"{rng.choice(VILLAGES)}街边",
            activity,
            basis,
            f"罚款{_CAPITAL[fine]}",
            _CAPITAL[fine],
            letter_o_year(day.year),
            day.month,
            day.day,
            "桂塘镇综合行政执法队（虚构）",
            fake.date_cell(day + dt.timedelta(days=rng.randint(0, 3)), "slash"),
            "是" if closed else "否",
        )
        records.append({"case_no": no, "category": "行政处罚", "decided_on": day})
    built.books.append(Book(file, [sheet]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.penalty")
    built.quirk(
        "prefixed_date_parts",
        file,
        "行政处罚决定书",
        f,
        "决定日期分三列 决定年 / 决定月 / 决定日（列名带前缀，上面没有合并的父标题）",
    )
    built.quirk("letter_o_year", file, "行政处罚决定书", f, "决定年 写作 二O二四（字母 O 代 〇）")
    built.quirk(
        "competing_dates",
        file,
        "行政处罚决定书",
        f,
        "违法日期 2023/12/21 的一件 2024年1月决定（计入）；违法日期 2024年12月的两件 2025年1月决定（不计入）",
    )
    built.quirk(
        "category_from_sheet_or_title",
        file,
        "行政处罚决定书",
        "enforcement.penalty",
        "没有执法类别列：系统导出的是 行政处罚决定书 表，类别取自工作表名",
    )


# --- 人民调解: the 司法所's 以案定补 审核表 ------------------------------------------------------------------------

TIERS = {"简单": 50, "一般": 100, "较大疑难": 200, "重大疑难": 400}
DISPUTE_TYPES = {
    "邻里纠纷": 5,
    "山林土地纠纷": 4,
    "婚姻家庭纠纷": 3,
    "房屋宅基地纠纷": 2,
    "合同纠纷": 1,
    "损害赔偿纠纷": 1,
}


def audit_form_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年人民调解“以案定补”案件审核表.xlsx"
    top = ["序号", "卷宗号", "调委会", "调解员", "受理日期", "纠纷类型", "协议形式", "案件等级", "申报金额（元）",
           "司法所审核", None]  # fmt: skip
    sub = [None] * 9 + ["审核意见", "核定金额（元）"]
    sheet = Sheet("审核表")
    sheet.title(f"{TOWN}{YEAR}年度人民调解“以案定补”调解成功案件审核表", len(top))
    sheet.add(f"申报单位：{GOV}人民调解委员会（虚构）", None, None, None, None, None, None, None, f"{YEAR}年12月")
    first_header = sheet.header(
        [top, sub], merges=[(1, c, 2, c) for c in range(1, 10)] + [(1, 10, 1, 11)]
    )  # fmt: skip
    del first_header
    days = fake.dates_in(rng, YEAR, 38)
    first = sheet.next_row
    records = []
    claimed_total = approved_total = 0
    for n, day in enumerate(days, start=1):
        oral = rng.random() < 0.5
        tier = "简单" if oral and rng.random() < 0.7 else rng.choice(["一般", "一般", "较大疑难", "重大疑难"])
        claimed = TIERS[tier]
        roll = rng.random()
        if roll < 0.1:
            opinion, approved = "不予补贴（卷宗缺调解协议履行回访记录）", 0
        elif roll < 0.2 and tier != "简单":
            lower = {"一般": "简单", "较大疑难": "一般", "重大疑难": "较大疑难"}[tier]
            opinion, approved = f"核减（等级认定为{lower}）", TIERS[lower]
        else:
            opinion, approved = "同意", claimed
        no = f"（{YEAR}）桂人调字第{n}号"
        committee = rng.choice(["镇调委会", *(f"{v}调委会" for v in VILLAGES[:4])])
        sheet.add(
            n,
            no,
            committee,
            fake.name(rng),
            fake.date_cell(day, "date"),
            fake.pick(rng, DISPUTE_TYPES),
            "口头协议" if oral else "书面协议",
            tier,
            claimed,
            opinion,
            "/" if approved == 0 and n % 2 else approved,
        )
        claimed_total += claimed
        approved_total += approved
        records.append(
            {"file_no": no, "accepted_on": day, "result": "调解成功", "form": "口头" if oral else "书面",
             "subsidy": approved}
        )  # fmt: skip
    last = sheet.next_row - 1
    sheet.add(
        "合计", None, None, None, None, None, None, None,
        Formula(f"SUM(I{first}:I{last})", claimed_total), None, Formula(f"SUM(K{first}:K{last})", approved_total),
    )  # fmt: skip
    sheet.add("司法所审核人：", None, None, "分管领导：", None, None, "审核日期：")
    built.books.append(Book(file, [sheet]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk(
        "approved_beside_claimed",
        file,
        "审核表",
        "mediation.subsidy_yuan",
        "申报金额（元）旁有 司法所审核 › 核定金额（元）：补贴是核定的数，不予补贴的为 0 或 /，核减的按认定等级",
    )
    built.quirk(
        "result_from_title", file, "审核表", f, "审核表只列调解成功的案件（标题：调解成功案件审核表），没有调解结果列"
    )
    built.quirk("total_row_not_record", file, "审核表", f, "合计行为 SUM 公式，下有审核人签字行：都不是案件")


# --- 信访: a joint petition takes one row per petitioner -----------------------------------------------------

SOURCES = {"省联办": ("省联办", 1), "市联办": ("市联办", 2), "县联办": ("县联办", 4), "本级受理": ("本级受理", 3)}
STATUS = {"已化解": 6, "正在化解": 2}


def joint_petition_rows_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}信访事项办理台账（{YEAR}年）.xlsx"
    head = [
        "序号",
        "信访编号",
        "交办日期",
        "交办单位",
        "信访人",
        "联系电话",
        "反映问题",
        "责任单位",
        "办理状态",
        "办结日期",
    ]
    sheet = Sheet("办理台账")
    sheet.title(f"{TOWN}信访事项办理台账（{YEAR}年）", len(head))
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 16), start=1):
        source = fake.pick(rng, {k: w for k, (_, w) in SOURCES.items()})
        status = fake.pick(rng, STATUS)
        no = f"GT{YEAR}-{n:03d}"
        people = 1 if rng.random() < 0.6 else rng.randint(2, 3)
        first = sheet.next_row
        for p in range(people):
            item = p == 0
            sheet.add(
                n if item else None,
                no if item else None,
                fake.date_cell(day, "cn") if item else None,
                source if item else None,
                fake.masked(fake.name(rng)),
                fake.mobile(rng),
                rng.choice(
                    ["反映组级道路硬化占地补偿", "反映土地流转租金拖欠", "反映宅基地界址争议", "反映低保评定不公"]
                )
                if item
                else None,
                rng.choice(["自然资源所", "农业服务中心", "社会事务办", "司法所"]) if item else None,
                status if item else None,
                fake.date_cell(day + dt.timedelta(days=rng.randint(7, 45)), "cn")
                if item and status == "已化解"
                else None,
            )
        if people > 1:
            for c in (1, 2, 3, 4, 7, 8, 9, 10):
                sheet.merges.append((first, c, first + people - 1, c))
        records.append({"petition_no": no, "assigned_on": day, "source": SOURCES[source][0], "status": status})
    built.books.append(Book(file, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk(
        "multi_row_record",
        file,
        "办理台账",
        f,
        "联名信访每个信访人一行（信访人、联系电话），其余各格合并在这几行之上：一件事项，不是几件",
    )


# --- 矛盾纠纷: one workbook over two years, one sheet per year, dates without a year ---------------------------------

DISPUTE_STATUS = {  # as typed (with the invisible characters some cells carry) → canonical, weight
    "已化解": ("已化解", 6),
    "已化解\u200b": ("已化解", 2),
    "\u00a0已化解": ("已化解", 1),
    "化解中": ("化解中", 1.5),
    "化解中\u3000": ("化解中", 0.5),
    "未化解": ("未化解", 0.4),
}


def sheet_per_year_disputes(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}综治中心矛盾纠纷排查化解登记表.xlsx"
    head = [
        "序号",
        "登记日期",
        "村（社区）",
        "纠纷类型",
        "当事人",
        "纠纷简要情况",
        "化解状态",
        "化解日期",
        "包案责任人",
    ]
    sheets = []
    records = []
    for year, count in ((YEAR - 1, 21), (YEAR, 34)):
        sheet = Sheet(f"{year}年")
        sheet.title(f"{TOWN}综治中心矛盾纠纷排查化解登记表", len(head))
        sheet.header([head])
        for n, day in enumerate(fake.dates_in(rng, year, count), start=1):
            typed = fake.pick(rng, {k: w for k, (_, w) in DISPUTE_STATUS.items()})
            status = DISPUTE_STATUS[typed][0]
            done = day + dt.timedelta(days=rng.randint(0, 15)) if status == "已化解" else None
            if done and done.year != day.year:
                done = day
            sheet.add(
                n,
                fake.date_cell(day, "yearless"),
                rng.choice(VILLAGES),
                fake.pick(rng, DISPUTE_TYPES),
                f"{fake.masked(fake.name(rng))}、{fake.masked(fake.name(rng))}",
                rng.choice(
                    ["因地界发生争执", "因赡养老人费用分担产生矛盾", "因雨水排放引发纠纷", "因工钱结算产生争议"]
                ),
                typed,
                fake.date_cell(done, "yearless") if done else None,
                fake.name(rng),
            )
            records.append({"screened_on": day, "status": status})
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "year_from_sheet_name",
        file,
        "2023年/2024年",
        f,
        "一本台账记两年，每年一张表；登记日期写 3月5日，标题和文件名都没有年份，年份只在工作表名里：2023年表不计入",
    )
    built.quirk(
        "invisible_characters",
        file,
        "2023年/2024年",
        f,
        "化解状态 有的带零宽空格（已化解\\u200b）、不换行空格（\\u00a0已化解）或全角空格（化解中\\u3000）",
    )


# --- 学法用法: the exam's per-person score sheet, and the 法律明白人 sessions ----------------------------------------

OFFICES = ("党政办", "经济发展办", "社会事务办", "综合行政执法队", "自然资源所", "司法所")


def per_person_scores_training(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年学法用法台账.xlsx"
    records = []
    mbr = Sheet("法律明白人培训")
    head = ["序号", "培训日期", "培训内容", "培训形式", "授课人", "参训人数"]
    mbr.title(f"{TOWN}{YEAR}年“法律明白人”培训登记", len(head))
    mbr.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 3), start=1):
        mbr.add(n, fake.date_cell(day, "iso"), rng.choice(["民法典物权编", "人民调解法", "反家庭暴力法"]),
                "线下" if n != 2 else "线上", fake.name(rng), rng.randint(25, 48))  # fmt: skip
        records.append({"held_on": day, "audience": "法律明白人"})
    exam = Sheet("考试成绩")
    head = ["序号", "单位", "姓名", "职务", "考试成绩", "是否合格", "备注"]
    exam.title(f"{TOWN}{YEAR}年度学法用法考试参考人员成绩汇总表", len(head))
    exam.add(f"填报单位：{GOV}（盖章）", None, None, None, None, f"考试时间：{YEAR}年11月")
    exam.header([head])
    required = taken = 0
    n = 0
    for office in OFFICES:
        for _ in range(rng.randint(3, 6)):
            n += 1
            roll = rng.random()
            if roll < 0.08 or n in (4, 17):  # two absent whatever the draw
                score, ok, note = None, None, "缺考（病假）"
            elif roll < 0.14:
                score, ok, note = rng.randint(80, 95), "合格", "补考"
            else:
                score = rng.randint(72, 100)
                ok, note = ("合格" if score >= 80 else "不合格"), None
            exam.add(n, office, fake.name(rng), rng.choice(["科员", "副主任", "主任", "办事员"]), score, ok, note)
            required += 1
            taken += score is not None
    exam.add("说明：80分（含）以上为合格；缺考人员不计成绩。")
    records.append({"held_on": dt.date(YEAR, 11, 18), "audience": None, "exam_required": required, "exam_taken": taken})
    built.books.append(Book(file, [mbr, exam]))
    built.ledgers["training"] = records
    built.quirk(
        "per_person_exam_roster",
        file,
        "考试成绩",
        "training.exam_coverage",
        "考试只记每人一行的成绩汇总表（单位、姓名、考试成绩、备注 缺考）：没有应参考/实参考人数列",
    )
    built.quirk(
        "category_from_sheet_or_title",
        file,
        "法律明白人培训",
        "training.legal_literacy_sessions",
        "没有对象列：对象取自工作表名",
    )


# --- 涉诈: 身份证号码 typed into numeric cells ---------------------------------------------------------------------


def id_as_number_fraud_watch(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}涉诈高危人员管控台账.xlsx"
    head = ["序号", "姓名", "身份证号码", "联系电话", "村（社区）", "管控状态", "核减时间", "是否取得联系", "备注"]
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账", len(head))
    sheet.header([head])
    records = []
    for n in range(1, 17):
        removed = rng.random() < 0.35
        contacted = rng.random() < 0.65
        ident = fake.id_number(rng)
        # Typed into a cell of the 常规 format: Excel keeps 15 significant digits (the last three become 000); an
        # X check digit makes the cell text.
        shown = ident if ident.endswith("X") else float(ident[:15] + "000")
        sheet.add(
            n,
            fake.name(rng),
            shown,
            int(fake.mobile(rng)),
            rng.choice(VILLAGES),
            "核减" if removed else "在管",
            fake.date_cell(fake.dates_in(rng, YEAR, 1)[0], "iso") if removed else None,
            "是" if contacted else "否",
            "已返乡务工" if removed else None,
        )
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(file, [sheet]))
    built.ledgers["fraud_watch"] = records
    f = ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted")
    built.quirk(
        "id_as_number",
        file,
        "管控台账",
        f,
        "身份证号码 输在常规格式的单元格里：只剩15位有效数字（后三位成 000），联系电话也是数字：每行仍是一个人",
    )
    built.quirk("value_synonyms", file, "管控台账", f, "在管=在册，核减=已核减")


# --- 法律顾问: service dates typed as ranges --------------------------------------------------------------------

SERVICES = {  # 服务类型 as typed → canonical, weight, count range
    "法律咨询": ("法律咨询", 5, (1, 6)),
    "审查合同": ("文书审核", 3, (1, 3)),
    "出具法律意见书": ("法律意见书", 2, (1, 2)),
    "法律援助": ("法律援助", 0.6, (1, 1)),
    "参与调解": ("参与调解", 1, (1, 1)),
}


def date_range_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}司法所法律顾问服务台账（{YEAR}年）.xlsx"
    head = ["序号", "服务时间", "服务对象", "服务类型", "服务内容", "数量", "法律顾问"]
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}司法所法律顾问服务台账（{YEAR}年）", len(head))
    sheet.header([head])
    records = []
    lawyer = fake.name(rng)
    for n, day in enumerate(fake.dates_in(rng, YEAR, 40, last=dt.date(YEAR, 12, 20)), start=1):
        typed = fake.pick(rng, {k: w for k, (_, w, _) in SERVICES.items()})
        service, _, (lo, hi) = SERVICES[typed]
        count = rng.randint(lo, hi)
        if n % 5 == 0:  # a service over several days, typed as a range
            end = day + dt.timedelta(days=rng.randint(1, 3))
            when = f"{day.year}.{day.month}.{day.day}-{end.month}.{end.day}" if n % 10 else f"{day:%Y.%m.%d}-{end:%d}"
        else:
            when = fake.date_cell(day, "dot")
        sheet.add(
            n,
            when,
            rng.choice(["镇人民政府", *VILLAGES]),
            typed,
            rng.choice(["土地流转合同", "征地补偿协议", "村规民约修订", "工程款纠纷", "赡养纠纷"]),
            None if count == 1 and rng.random() < 0.5 else count,
            lawyer,
        )
        records.append({"served_on": day, "service": service, "quantity": count})
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk(
        "date_range_cell",
        file,
        "服务台账",
        f,
        "多日的服务 服务时间 写作 2024.3.5-3.7 或 2024.03.05-07：按起始日计",
    )
    built.quirk("competing_headers", file, "服务台账", f, "服务内容（主题）旁有 服务类型：类型在服务类型列；数量 空=1")
