"""杏坪乡（虚构）2023: the fourteenth development town, a small rural 乡 with few staff, weighted to disputes,
mediation and its 以案定补 subsidies, petitions, training and the fraud-watch and security registers.

The office keeps its books in **old Excel 97-2003 files** (.xls, BIFF8) and in **WPS .et** files (the same compound
file), hand-typed and inconsistent across the year. The dispute register changes clerk at mid-year: the third and
fourth quarters' sheets use **other header words and another vocabulary** (登记日期, 所在村, 矛盾类别, 调处结果
调处成功 / 正在调处) than the first two (排查时间, 村（社区）, 纠纷类型, 化解情况 已化解 / 化解中), and the new clerk
types a long 基本情况 **on to the next row** (a continuation row: only that cell filled). The mediation register
(.et) runs the year in one sheet with a **上半年小计** line and then **the header typed again** for the second half
(as printed pages repeat it); one subsidy is a formula saved as **#REF!** (which calamine reads from an .et as
an empty cell), and a second sheet, the **下半年以案定补申报**, lists the second half's successful cases again.
The dispute book also hides a **作废** sheet. Petitions are a system's CSV export whose 受理编号 and dates are **wrapped in ="…"**
(the trick an export uses to keep Excel from turning them into numbers), with a **回复信息 已回复 / 未回复** column
beside the 办理状态 — a reply is not a resolution. The fraud list has no 是否取得联系: contact is the
**见面核查情况** (已见面 / 电话联系 / 未见面（外出务工）). The counsel's log writes the **unit in its own column**
(数量 3 | 单位 人次). Security is the police station's notification list as a CSV with a **prose footer of totals**.
No disclosure or litigation ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null

TOWN = "杏坪乡"
YEAR = 2023
GOV = "杏坪乡人民政府"
VILLAGES = ("杏坪社区", "龙洞村", "石板村", "茶园村", "新场村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}

TYPES = {"邻里纠纷": 5, "山林土地纠纷": 4, "婚姻家庭纠纷": 3, "房屋宅基地纠纷": 2, "劳动争议": 1, "损害赔偿纠纷": 1}
QUARTERS = ("一季度", "二季度", "三季度", "四季度")


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    clerk_changes_at_mid_year_disputes(built, rng)
    repeated_header_mediation(built, rng)
    text_formula_csv_petitions(built, rng)
    training_and_exam_xls(built, rng)
    check_outcome_as_contact_fraud_watch(built, rng)
    prose_footer_csv_security(built, rng)
    unit_in_own_column_counsel(built, rng)
    documents_in_force_normative_documents(built, rng)
    small_register_enforcement(built, rng)
    for kind in ("disclosure", "litigation"):
        built.ledgers[kind] = Null("杏坪乡没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", ("disclosure.*", "litigation.*"))
    return built


def _quarter_days(rng: random.Random, q: int, n: int) -> list[dt.date]:
    first = dt.date(YEAR, 3 * q + 1, 3)
    last = dt.date(YEAR, 3 * q + 3, 28)
    return fake.dates_in(rng, YEAR, n, first, last)


# --- 矛盾纠纷: an .xls kept by two clerks, with continuation rows -------------------------------------------------

EARLY = {"已化解": 7, "化解中": 1.5, "未化解": 0.5}  # 化解情况, first half-year
LATE = {"调处成功": 7, "正在调处": 1.5, "调处不成功": 0.5}  # 调处结果, second half-year
LATE_STATUS = {"调处成功": "已化解", "正在调处": "化解中", "调处不成功": "未化解"}


def clerk_changes_at_mid_year_disputes(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账.xls"
    early = ["序号", "排查时间", "村（社区）", "纠纷类型", "当事人", "简要情况", "化解情况", "包案领导"]
    late = ["编号", "登记日期", "所在村", "矛盾类别", "涉及人员", "基本情况", "调处结果", "备注"]
    records, sheets = [], []
    continued = 0
    for q, quarter in enumerate(QUARTERS):
        head = early if q < 2 else late
        sheet = Sheet(quarter)
        sheet.title(f"{TOWN}{YEAR}年{quarter}矛盾纠纷排查化解台账", len(head))
        sheet.header([head])
        for n, day in enumerate(_quarter_days(rng, q, rng.randint(14, 19)), start=1):
            kind = fake.pick(rng, TYPES)
            people = f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}"
            if q < 2:
                status = fake.pick(rng, EARLY)
                typed_day = fake.date_cell(day, "date" if q == 0 else "dot")
                sheet.add(n, typed_day, rng.choice(VILLAGES), kind, people, f"因{kind[:-2]}问题发生争执",
                          status, fake.name(rng))  # fmt: skip
            else:
                result = fake.pick(rng, LATE)
                status = LATE_STATUS[result]
                long = rng.random() < 0.3
                summary = f"双方因{kind[:-2]}问题多次争吵，村调委会"
                sheet.add(n, fake.date_cell(day, "cn"), rng.choice(VILLAGES), kind, people,
                          summary if long else f"因{kind[:-2]}问题发生争执", result, None)  # fmt: skip
                if long:  # the clerk typed the rest of the summary on the next row
                    sheet.add(None, None, None, None, None, "组织双方现场调解，已签字确认。", None, None)
                    continued += 1
            records.append({"screened_on": day, "status": status})
        sheets.append(sheet)
    void = Sheet("作废", hidden=True)  # the first clerk's rows entered twice, struck out and the sheet hidden
    void.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解台账（作废）", len(early))
    void.header([early])
    for n, day in enumerate(_quarter_days(rng, 0, 5), start=1):
        void.add(
            n, fake.date_cell(day, "date"), rng.choice(VILLAGES), fake.pick(rng, TYPES), None, None, "已化解", None
        )
    sheets.append(void)
    built.books.append(Book(file, sheets, "biff"))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("biff_xls", file, "各季度", f, "Excel 97-2003 格式（BIFF8 复合文档），不是 xlsx")
    built.quirk(
        "header_words_change_between_sheets",
        file,
        "三季度/四季度",
        f,
        "年中换了经办人：一、二季度 排查时间/村（社区）/纠纷类型/化解情况（已化解/化解中/未化解），"
        "三、四季度 登记日期/所在村/矛盾类别/调处结果（调处成功/正在调处/调处不成功）",
    )
    built.quirk(
        "hidden_sheet_void",
        file,
        "作废",
        f,
        "隐藏的“作废”工作表（.xls 的隐藏表）有5条一季度重复录入的记录，不得计入",
    )
    built.quirk(
        "continuation_rows",
        file,
        "三季度/四季度",
        f,
        f"{continued} 处 基本情况 太长，接着写在下一行（只有这一格有字，其他格空着）：不是记录",
    )


# --- 人民调解: one .et sheet for the year, a 上半年小计 and the header typed again -------------------------------

RESULTS = {"调解成功": 8, "调解不成功": 1, "终止调解": 0.5}
TIERS = {"简易": (50, 3), "一般": (100, 4), "疑难": (200, 1.5), "重大": (400, 0.3)}  # tier: 元 for 书面, weight


def repeated_header_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解案件登记表（{YEAR}年）.et"
    top = ["卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "调解结果", "协议形式", "以案定补", None]
    sub = [None, None, None, None, "申请人", "被申请人", None, None, "案件等级", "补贴金额（元）"]
    merges = [(1, 5, 1, 6), (1, 9, 1, 10), *((1, c, 2, c) for c in (1, 2, 3, 4, 7, 8))]
    sheet = Sheet("登记表")
    sheet.title(f"{TOWN}{YEAR}年人民调解案件登记表", len(top))
    sheet.header([top, sub], merges)
    records = []
    days = fake.dates_in(rng, YEAR, 44)
    halves = ([d for d in days if d.month <= 6], [d for d in days if d.month > 6])
    n = 0
    claimed: list[list] = []  # the second half-year's successful cases, as the 以案定补 claim lists them
    for h, half in enumerate(halves):
        if h == 1:  # the second half-year opens with the header typed again, as a printed page repeats it
            sheet.header([top, sub], merges)
        done = subsidy = 0
        for day in half:
            n += 1
            no = f"杏人调〔{YEAR}〕{n}号"
            result = fake.pick(rng, RESULTS)
            form = rng.choice(["口头协议", "口头协议", "书面协议"]) if result == "调解成功" else None
            tier = fake.pick(rng, {k: w for k, (_, w) in TIERS.items()}) if result == "调解成功" else None
            # Oral agreements are paid half the tier's rate (口头调解 参照简易案件 按比例).
            amount = (TIERS[tier][0] // (2 if form == "口头协议" else 1)) if tier else None
            typed = amount if amount is not None else "/"
            if h == 0 and result == "调解成功" and done == 4:
                # The fifth successful case's amount was looked up in a standards sheet since deleted.
                amount = typed = "#REF!"
            sheet.add(no, fake.date_cell(day, "slash"), rng.choice(["乡调委会", *(f"{v}调委会" for v in VILLAGES[1:])]),
                      fake.pick(rng, TYPES), fake.masked(fake.name(rng)), fake.masked(fake.name(rng)), result,
                      form or "/", tier or "/",
                      Formula("VLOOKUP(I9,补贴标准!A:B,2,0)", typed) if typed == "#REF!" else typed)  # fmt: skip
            if result == "调解成功":
                done += 1
                subsidy = "#REF!" if "#REF!" in (subsidy, amount) else subsidy + amount
                if h == 1:
                    claimed.append([len(claimed) + 1, no, fake.name(rng), tier, form, amount])
            records.append({"file_no": no, "accepted_on": day, "result": result,
                            "form": (form or "")[:2] or None, "subsidy": amount})  # fmt: skip
        label = "上半年小计" if h == 0 else "下半年小计"
        total = Formula("SUBTOTAL(9,J4:J26)", subsidy) if subsidy == "#REF!" else subsidy
        sheet.add(label, None, None, None, None, None, f"成功{done}件", None, None, total)
    claim = Sheet("下半年以案定补申报")
    chead = ["序号", "卷宗号", "调解员", "案件等级", "协议形式", "申报金额（元）"]
    claim.title(f"{TOWN}{YEAR}年下半年人民调解“以案定补”申报表", len(chead))
    claim.header([chead])
    for row in claimed:
        claim.add(*row)
    claim.add("合计", f"{len(claimed)}件", None, None, None, sum(r[-1] for r in claimed))
    claim.add("申报单位（盖章）：", None, "申报人：", None, "审核人：", None)
    built.books.append(Book(file, [sheet, claim], "biff"))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("wps_et", file, "登记表", f, "WPS 表格 .et 文件（与 .xls 同为复合文档）")
    built.quirk(
        "error_cells",
        file,
        "登记表",
        "mediation.subsidy_yuan",
        "上半年第5件调解成功案件的补贴金额是引用已删除的“补贴标准”表的 VLOOKUP，保存的值为 #REF!（.et 里的错误值）："
        "补贴合计为 null；上半年小计 也是 #REF!",
    )
    built.quirk(
        "claim_sheet_beside_register",
        file,
        "下半年以案定补申报",
        f,
        "登记表之后一张 下半年以案定补申报表：只列下半年调解成功的案件（卷宗号与登记表相同）和申报金额：同一案件只计一次，补贴不加两遍",
    )
    built.quirk(
        "repeated_header_mid_sheet",
        file,
        "登记表",
        f,
        "下半年开始处把两行表头（当事人/申请人/被申请人，以案定补/案件等级/补贴金额（元））又打了一遍：不是记录，其下仍是同一张表",
    )
    built.quirk(
        "subtotal_rows_mid_table",
        file,
        "登记表",
        ("mediation.cases", "mediation.subsidy_yuan"),
        "上半年小计、下半年小计 两行（成功N件，补贴合计）夹在记录中间：不是记录，补贴不能再加一遍",
    )


# --- 信访: a system's CSV export with ="…" cells and a 回复信息 column -------------------------------------------

SOURCES = {"县联办": 4, "市联办": 1.5, "省联办": 0.5, "本级受理": 3}
STATES = {"已化解": 6, "正在化解": 2, "未化解": 0.7}


def text_formula(value: str) -> str:
    """="…": how an export keeps Excel from reading a number or a date out of a cell."""
    return f'="{value}"'


def text_formula_csv_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}信访事项登记台账（{YEAR}年）.csv"
    head = ["受理编号", "来访路径", "交办单位", "交办日期", "问题类别", "联名人数", "是否曾向信访局来信来访",
            "回复信息", "办理状态", "办结日期"]  # fmt: skip
    sheet = Sheet("信访登记")
    sheet.header([head])
    records = []
    days = [dt.date(YEAR - 1, 12, 19), *fake.dates_in(rng, YEAR, 21)]
    for n, day in enumerate(days, start=1):
        source = fake.pick(rng, SOURCES) if n > 1 else "县联办"
        state = fake.pick(rng, STATES) if n > 1 else "已化解"
        # 已回复 answers the petitioner; it does not say the matter is settled.
        reply = "已回复" if state == "已化解" or rng.random() < 0.6 else "未回复"
        closed = day + dt.timedelta(days=rng.randint(10, 55)) if state == "已化解" else None
        no = f"XP{day:%Y%m}{n:04d}"
        sheet.add(text_formula(no), rng.choice(["来访", "来信", "网上信访", "电话"]), source,
                  text_formula(f"{day:%Y-%m-%d}"),
                  rng.choice(["城乡建设", "国土资源水利林业", "劳动社保", "农村农业", "民政"]),
                  rng.choice([1, 1, 1, 3, 5]), rng.choice(["是", "否", "否"]), reply, state,
                  text_formula(f"{closed:%Y-%m-%d}") if closed else "")  # fmt: skip
        records.append({"petition_no": no, "assigned_on": day, "source": source, "status": state})
    built.books.append(Book(file, [sheet], "csv-gbk"))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk(
        "text_formula_cells",
        file,
        "（CSV）",
        f,
        '受理编号、交办日期、办结日期 写作 ="XP2023030005"、="2023-03-05"（导出时防止 Excel 改成数字）：值在引号里',
    )
    built.quirk(
        "reply_beside_status",
        file,
        "（CSV）",
        ("petitions.resolved", "petitions.in_progress"),
        "回复信息 已回复/未回复 在 办理状态 旁：已回复 不是 已化解",
    )
    built.quirk("prior_year_row", file, "（CSV）", f, "第1件 2022年12月19日交办：不计入2023年")


# --- 学法用法: a training record and an exam table in an .xls ---------------------------------------------------

AUDIENCES = {"法律明白人": 2, "村“两委”干部": 2, "乡机关干部": 3}


def training_and_exam_xls(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年学法用法及普法培训台账.xls"
    head = ["序号", "培训日期", "培训主题", "培训对象", "培训形式", "主讲人", "参训人数", "学时"]
    sheet = Sheet("培训记录")
    sheet.title(f"{TOWN}{YEAR}年学法用法及普法培训台账", len(head))
    sheet.header([head])
    records = []
    topics = ["《民法典》婚姻家庭编", "《信访工作条例》", "《人民调解法》", "《反电信网络诈骗法》", "《土地管理法》"]
    for n, day in enumerate(fake.dates_in(rng, YEAR, 13), start=1):
        audience = fake.pick(rng, AUDIENCES)
        sheet.add(n, fake.date_cell(day, "dot"), rng.choice(topics), audience, rng.choice(["线下", "线上", "以会代训"]),
                  fake.name(rng), f"{rng.randint(12, 60)}人", 2)  # fmt: skip
        records.append({"held_on": day, "audience": "法律明白人" if audience == "法律明白人" else audience})
    exam = Sheet("学法考试")
    ehead = ["单位", "应参考人数", "实参考人数", "缺考人数", "缺考原因"]
    exam.title(f"{TOWN}{YEAR}年国家工作人员学法用法考试参考情况", len(ehead))
    exam.header([ehead])
    day = dt.date(YEAR, 11, 16)
    total_req = total_taken = 0
    for office in ("党政办", "综治办", "司法所", "财政所", "农业服务中心"):
        req = rng.randint(4, 11)
        taken = req - (1 if rng.random() < 0.4 else 0)
        exam.add(office, req, taken, req - taken, "病假" if req > taken else None)
        total_req, total_taken = total_req + req, total_taken + taken
    exam.add("合计", total_req, total_taken, total_req - total_taken, None)
    records.append({"held_on": day, "audience": "领导干部", "exam_required": total_req, "exam_taken": total_taken})
    built.books.append(Book(file, [sheet, exam], "biff"))
    built.ledgers["training"] = records
    built.quirk(
        "units_in_quantity",
        file,
        "培训记录",
        "training.legal_literacy_sessions",
        "参训人数 写 35人；培训形式 线下/线上/以会代训",
    )
    built.quirk("total_row_not_record", file, "学法考试", "training.exam_coverage", "合计 行手工键入，不是单位")


# --- 涉诈: contact from the 见面核查情况 ---------------------------------------------------------------------------

CHECKS_CONTACTED = ("已见面", "电话联系")
CHECKS_NOT = ("未见面（外出务工）", "未见面（联系不上）")


def check_outcome_as_contact_fraud_watch(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}涉诈高危人员管控台账.et"
    head = ["序号", "姓名", "身份证号码", "联系电话", "所属村", "人员类别", "管控状态", "核减原因", "见面核查情况"]
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账", len(head))
    sheet.header([head])
    records = []
    for n, removed, contacted, person in fake.watch_list(rng, 14, list(VILLAGES), 0.3):
        status = "已核减" if removed else "在管"
        check = rng.choice(CHECKS_CONTACTED) if contacted else rng.choice(CHECKS_NOT)
        sheet.add(n, *person, rng.choice(["出境返回人员", "涉诈前科人员", "断卡重点人员"]), status,
                  "持合法出入境手续" if removed else None, check)  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(file, [sheet], "biff"))
    built.ledgers["fraud_watch"] = records
    built.quirk(
        "contact_from_check_outcome",
        file,
        "管控台账",
        "fraud_watch.contacted",
        "没有 是否取得联系 一列：见面核查情况 已见面/电话联系 = 已取得联系；未见面（外出务工）/未见面（联系不上）= 否",
    )


# --- 平安建设: the police station's notification list as a CSV with a prose footer --------------------------------


def prose_footer_csv_security(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}平安建设台账（{YEAR}年）.csv"
    head = ["序号", "通报日期", "类别", "村（社区）", "当事人", "处理情况", "拘留人数"]
    sheet = Sheet("平安建设")
    sheet.add(f"{TOWN}{YEAR}年平安建设工作台账（派出所通报）")
    sheet.header([head])
    plan = ["家暴告诫书"] * 6 + ["涉黄治安案件"] * 3 + ["涉赌治安案件"] * 4 + ["家暴治安案件"] * 2
    rng.shuffle(plan)
    days = fake.dates_in(rng, YEAR, len(plan))
    records = []
    for n, (kind, day) in enumerate(zip(plan, days), start=1):
        detained = 0 if kind == "家暴告诫书" else rng.randint(0, 3)
        outcome = {"家暴告诫书": "出具告诫书"}.get(kind, "行政拘留" if detained else "罚款")
        sheet.add(n, fake.date_cell(day, "cn"), kind, rng.choice(VILLAGES), fake.masked(fake.name(rng)), outcome,
                  detained)  # fmt: skip
        records.append({"occurred_on": day, "type": kind, "detained": detained})
    dv = sum(1 for r in records if r["type"] == "家暴告诫书")
    vice = sum(1 for r in records if r["type"] == "涉黄治安案件")
    jailed = sum(r["detained"] for r in records)
    sheet.add(f"合计：全年出具家暴告诫书{dv}份，查处涉黄治安案件{vice}起，行政拘留{jailed}人。")
    built.books.append(Book(file, [sheet], "csv-gb18030"))
    built.ledgers["security"] = records
    built.quirk(
        "prose_total_line",
        file,
        "（CSV）",
        ("security.dv_warnings", "security.vice_cases", "security.vice_detentions"),
        "表末一句 合计：全年出具家暴告诫书N份，查处涉黄治安案件N起，行政拘留N人。：不是记录",
    )


# --- 法律顾问: the unit in its own column ---------------------------------------------------------------------------

SERVICES = {  # as typed → canonical, weight, count range, unit
    "法律咨询": ("法律咨询", 5, (1, 9), "人次"),
    "合同审查": ("文书审核", 2, (1, 4), "份"),
    "出具法律意见书": ("法律意见书", 1.5, (1, 2), "件"),
    "法律援助": ("法律援助", 0.6, (1, 1), "件"),
    "法治讲座": ("法治讲座", 1, (1, 1), "场"),
}


def unit_in_own_column_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}法律顾问服务台账（{YEAR}年）.xls"
    head = ["序号", "服务日期", "服务村（社区）", "服务事项", "数量", "单位", "法律顾问", "备注"]
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}{YEAR}年村（社区）法律顾问服务台账", len(head))
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 34), start=1):
        typed = fake.pick(rng, {k: w for k, (_, w, _, _) in SERVICES.items()})
        service, _, (lo, hi), unit = SERVICES[typed]
        count = rng.randint(lo, hi)
        sheet.add(n, fake.date_cell(day, "cn"), rng.choice(VILLAGES), typed, count, unit, fake.name(rng), None)
        records.append({"served_on": day, "service": service, "quantity": count})
    built.books.append(Book(file, [sheet], "biff"))
    built.ledgers["counsel"] = records
    built.quirk(
        "unit_in_own_column",
        file,
        "服务台账",
        ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid"),
        "数量 一列只写数，单位（人次/份/件/场）另起一列",
    )


# --- 规范性文件: the documents in force, none of this year --------------------------------------------------------


def documents_in_force_normative_documents(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政规范性文件登记台账.xls"
    head = ["序号", "文件名称", "文号", "制定日期", "报备日期", "是否有效"]
    sheet = Sheet("登记台账")
    sheet.title(f"{TOWN}行政规范性文件登记台账", len(head))
    sheet.header([head])
    docs = [
        ("杏坪乡村规民约指导意见", dt.date(YEAR - 2, 5, 12)),
        ("杏坪乡集镇环境卫生管理办法", dt.date(YEAR - 1, 9, 3)),
    ]
    for n, (name, day) in enumerate(docs, start=1):
        sheet.add(n, name, f"杏府发〔{day.year}〕{n + 2}号", fake.date_cell(day, "cn"),
                  fake.date_cell(day + dt.timedelta(days=12), "cn"), "有效")  # fmt: skip
    built.books.append(Book(file, [sheet], "biff"))
    built.ledgers["normative_documents"] = [{"issued_on": day} for _, day in docs]
    built.quirk(
        "prior_year_row", file, "登记台账", "normative_documents.issued", "只列两件往年制定仍有效的文件：本年 0 件"
    )


# --- 行政执法: a small 乡's register ------------------------------------------------------------------------------

CATEGORIES = {"行政检查": 5, "行政处罚": 2, "行政许可": 1.5, "行政确认": 1}


def small_register_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年行政执法案件台账.xls"
    head = ["序号", "案件编号", "案件名称", "执法类别", "当事人", "作出决定日期", "执法人员", "备注"]
    sheet = Sheet("执法台账")
    sheet.title(f"{TOWN}{YEAR}年行政执法案件台账", len(head))
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 19), start=1):
        category = fake.pick(rng, CATEGORIES)
        no = f"杏{category[2:4]}字〔{YEAR}〕{n}号"
        sheet.add(n, no, f"{rng.choice(['农村建房', '森林防火', '集镇摊点', '秸秆焚烧'])}{category[2:]}", category,
                  fake.masked(fake.name(rng)), fake.date_cell(day, "date"), fake.name(rng), None)  # fmt: skip
        records.append({"case_no": no, "decided_on": day, "category": category})
    built.books.append(Book(file, [sheet], "biff"))
    built.ledgers["enforcement"] = records
    built.quirk("biff_xls", file, "执法台账", ("enforcement.cases",), "Excel 97-2003 格式，决定日期为带日期格式的数字")
