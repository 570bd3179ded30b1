"""枫岭镇（虚构）2024: the eighth development town, from public templates none of the other seven used.

Enforcement as the 行政执法结果公示台账 bound behind a 封面 (the cover sheet holds the title, the unit and a 目录; the
table is in the second sheet), the publication fields 执法主体 / 执法对象 / 执法类别 / 执法结论 with headers padded by
full-width spaces (序　号, 执法　类别) and a voided row (备注 （作废）); disputes as a quarterly 排查化解台账 whose
third and fourth quarters put the columns in another order, each quarter's 合计 line at the top (under the header,
not at the bottom), 化解情况 in free text with the way it was resolved in brackets (已化解（当场调解）); mediation as
the 人民调解案件登记簿 with 纠纷类型 written once per block (merged down), 以案定补 in 万元 and a voided registration;
petitions as a 信访事项登记簿 exported from the office's system as a tab-separated GBK text file; the legal
counsel's work kept per quarter (服务期间 2024年第3季度, a count per service); the fraud watch list with 是否取得联系
typed Y/N by one hand and 是/否 by another; reconsideration and litigation in one workbook (行政复议 sheet beside
the 行政应诉 sheet: only the lawsuits are litigation); training with 会前学法, 法律明白人培训 and an exam sheet whose
合计 row stands at the top. Security only as a statistics form in the statistical system's layout (指标名称 / 代码 / 栏次 row 甲 乙 1 2, 本年 beside
上年同期). No disclosure or normative-document ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "枫岭镇"
YEAR = 2024
GOV = "枫岭镇人民政府"
VILLAGES = ("枫岭社区", "石桥村", "杉木村", "竹坪村", "茶园村", "岭下村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    cover_sheet_enforcement(built, rng)
    shuffled_quarters_disputes(built, rng)
    block_merged_register_mediation(built, rng)
    tab_export_petitions(built, rng)
    quarter_periods_counsel(built, rng)
    mixed_yes_no_fraud_watch(built, rng)
    reconsideration_beside_litigation(built, rng)
    total_on_top_training(built, rng)
    coded_statistics_form_security(built, rng)
    for kind in ("disclosure", "normative_documents"):
        built.ledgers[kind] = Null("枫岭镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", ("disclosure.*", "normative_documents.*"))
    return built


# --- 行政执法: 执法结果公示台账 behind a cover sheet ------------------------------------------------------------

ACTS = (  # 执法类别 as typed, canonical, prefix, matters, how many
    ("行政检查", "行政检查", "枫检字", ("燃气安全检查", "农村自建房安全检查", "森林防火检查", "食品安全检查"), 21),
    ("行政许可", "行政许可", "枫许字", ("乡村建设规划许可", "临时占用道路许可"), 9),
    ("行政处罚", "行政处罚", "枫罚决字", ("违规焚烧秸秆", "占道经营", "违法搭建"), 5),
    ("行政确认", "行政确认", "枫确字", ("特困人员认定", "低保对象认定"), 7),
)
CONCLUSIONS = {
    "行政检查": ("未发现问题", "责令限期整改", "已整改到位"),
    "行政许可": ("准予许可",),
    "行政处罚": ("罚款200元", "警告", "罚款500元"),
    "行政确认": ("予以确认",),
}


def cover_sheet_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年行政执法结果公示台账.xlsx"
    cover = Sheet("封面")
    cover.add(None)
    cover.add(GOV)
    cover.add("行政执法结果公示台账")
    cover.add(f"（{YEAR}年度）")
    cover.add(None)
    cover.add("填报单位：枫岭镇综合行政执法办公室（虚构）")
    cover.add("目　录：一、执法结果公示登记表　二、填表说明")
    cover.add(f"建档时间：{YEAR}年1月")

    head = ["序　号", "执法主体", "执法对象", "执法　类别", "执法决定文书号", "执法结论", "作出决定日期", "备　注"]
    sheet = Sheet("执法结果公示")
    sheet.title(f"{TOWN}行政执法结果公示登记表（{YEAR}年）", len(head))
    sheet.header([head])
    plan = []
    for typed, category, prefix, matters, count in ACTS:
        for k, day in enumerate(fake.dates_in(rng, YEAR, count), start=1):
            plan.append((day, typed, category, f"{prefix}〔{YEAR}〕{k}号", rng.choice(matters)))
    plan.sort(key=lambda p: p[0])
    records = []
    void_at = {9, 27}  # two registrations voided: a number issued by mistake, then the act entered again
    n = 0
    for i, (day, typed, category, no, matter) in enumerate(plan):
        if i in void_at:
            n += 1
            sheet.add(
                n,
                GOV,
                f"某某{matter[:2]}经营户（虚构）",
                typed,
                no.replace("号", "-1号"),
                rng.choice(CONCLUSIONS[category]),
                fake.date_cell(day, "date"),
                "（作废）",
            )
        n += 1
        sheet.add(
            n,
            GOV,
            f"某某{matter[:2]}经营户（虚构）" if category != "行政确认" else fake.masked(fake.name(rng)),
            typed,
            no,
            rng.choice(CONCLUSIONS[category]),
            fake.date_cell(day, "date"),
            matter,
        )
        records.append({"case_no": no, "category": category, "decided_on": day})
    notes = Sheet("填表说明")
    notes.add("填表说明：")
    notes.add("1. 执法结论写明处理结果；2. 作出决定日期以决定书落款日期为准；3. 错填的行不删除，在备注栏注明（作废）。")
    built.books.append(Book(file, [cover, sheet, notes]))
    built.ledgers["enforcement"] = records
    f = (
        "enforcement.cases",
        "enforcement.licensing",
        "enforcement.penalty",
        "enforcement.inspection",
        "enforcement.confirmation",
    )
    built.quirk("cover_sheet", file, "封面", f, "第一张工作表是封面（标题、填报单位、目录），台账在第二张表")
    built.quirk("fullwidth_spaces_in_header", file, "执法结果公示", f, "表头用全角空格对齐：序　号、执法　类别、备　注")
    built.quirk("void_rows", file, "执法结果公示", f, "两行错填的登记不删除，备注栏写（作废）：不是执法决定，不计入")


# --- 矛盾纠纷: quarterly sheets, column order changes, 合计 at the top -------------------------------------------

DISPUTE_TYPES = {"邻里纠纷": 5, "山林土地纠纷": 4, "婚姻家庭纠纷": 3, "房屋宅基地纠纷": 2, "劳动争议": 1, "合同纠纷": 1}
STATUS_TYPED = {  # 化解情况 as typed → canonical, weight
    "已化解（当场调解）": ("已化解", 5),
    "已化解（村调委会调解）": ("已化解", 4),
    "已化解（镇调委会调解）": ("已化解", 2),
    "化解中（持续跟进）": ("化解中", 1.2),
    "未化解（已引导诉讼）": ("未化解", 0.5),
    "已上报（移交派出所）": ("已上报", 0.4),
}
QUARTERS = ("一季度", "二季度", "三季度", "四季度")
_EARLY = ["序号", "排查日期", "村（社区）", "纠纷类型", "当事人", "简要情况", "化解情况", "化解日期", "责任人"]
_LATE = ["序号", "村（社区）", "排查日期", "当事人", "纠纷类型", "化解情况", "责任人", "化解日期", "简要情况"]


def shuffled_quarters_disputes(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}矛盾纠纷排查化解台账（{YEAR}年）.xlsx"
    sheets = []
    records = []
    for q, quarter in enumerate(QUARTERS):
        head = _EARLY if q < 2 else _LATE
        first = dt.date(YEAR, 3 * q + 1, 2)
        last = dt.date(YEAR, 3 * q + 3, 28)
        rows = []
        for day in fake.dates_in(rng, YEAR, rng.randint(14, 22), first=first, last=last):
            typed = fake.pick(rng, {k: w for k, (_, w) in STATUS_TYPED.items()})
            status = STATUS_TYPED[typed][0]
            done = day + dt.timedelta(days=rng.randint(0, 20)) if status == "已化解" else None
            cells = {
                "排查日期": fake.date_cell(day, "date"),
                "村（社区）": rng.choice(VILLAGES),
                "纠纷类型": fake.pick(rng, DISPUTE_TYPES),
                "当事人": f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}",
                "简要情况": rng.choice(
                    ["因田埂边界发生争执", "因排水沟堵塞引发矛盾", "赡养费分担争议", "务工工资未结清"]
                ),
                "化解情况": typed,
                "化解日期": fake.date_cell(done, "date") if done else None,
                "责任人": fake.name(rng),
            }
            rows.append(cells)
            records.append({"screened_on": day, "status": status})
        sheet = Sheet(quarter)
        sheet.title(f"{TOWN}{YEAR}年{quarter}矛盾纠纷排查化解台账", len(head))
        sheet.add(
            f"填报单位：{GOV}综治中心（虚构）",
            None,
            None,
            None,
            None,
            None,
            f"填报日期：{YEAR}年{3 * q + 4 if q < 3 else 12}月",
        )
        sheet.header([head])
        resolved = sum(1 for r in rows if r["化解情况"].startswith("已化解"))
        total = {"序号": "合计", "排查日期": f"排查{len(rows)}件", "化解情况": f"已化解{resolved}件"}
        sheet.add(*(total.get(h) for h in head))
        for n, cells in enumerate(rows, start=1):
            sheet.add(*(n if h == "序号" else cells[h] for h in head))
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "column_order_per_sheet",
        file,
        "三季度/四季度",
        f,
        "一、二季度与三、四季度的列顺序不同（村、排查日期、当事人、纠纷类型换了位置）",
    )
    built.quirk("total_row_at_top", file, "各季度", f, "合计行在表头下第一行（排查N件、已化解M件），不在表尾：不是记录")
    built.quirk(
        "value_qualifiers",
        file,
        "各季度",
        f,
        "化解情况 写作 已化解（当场调解）、化解中（持续跟进）、已上报（移交派出所）",
    )
    built.quirk("month_per_sheet", file, "一季度…四季度", f, "每季度一张表，序号每表从1起")


# --- 人民调解: 案件登记簿, 纠纷类型 once per block, 以案定补 in 万元 ------------------------------------------------

RESULTS = {"调解成功": 8, "调解不成功": 1, "调解中": 0.5}
SUBSIDY_YUAN = {("口头", "一般"): 50, ("书面", "一般"): 100, ("书面", "疑难"): 200, ("书面", "重大"): 300}


def block_merged_register_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解案件登记簿（{YEAR}年）.xlsx"
    head = [
        "序号",
        "卷宗号",
        "受理日期",
        "纠纷类型",
        "申请人",
        "被申请人",
        "调解结果",
        "协议形式",
        "以案定补（万元）",
        "备注",
    ]
    sheet = Sheet("登记簿")
    sheet.title(f"{TOWN}人民调解委员会案件登记簿（{YEAR}年）", len(head))
    sheet.header([head])
    cases = []
    for day in fake.dates_in(rng, YEAR, 46):
        cases.append((fake.pick(rng, DISPUTE_TYPES), day))
    order = list(DISPUTE_TYPES)
    cases.sort(key=lambda c: (order.index(c[0]), c[1]))
    numbers = {c: k for k, c in enumerate(sorted(cases, key=lambda c: c[1]), start=1)}
    records = []
    n = 0
    voided = False
    block_start = None
    block_type = None
    for typed, day in cases:
        result = fake.pick(rng, RESULTS)
        form = ("口头" if rng.random() < 0.55 else "书面") if result == "调解成功" else None
        tier = "一般" if form == "口头" else rng.choice(["一般", "一般", "疑难", "重大"])
        yuan = SUBSIDY_YUAN[(form, tier)] if form else None
        no = f"（{YEAR}）枫人调字第{numbers[(typed, day)]}号"
        if typed != block_type:
            if block_start is not None and sheet.next_row - 1 > block_start:
                sheet.merges.append((block_start, 4, sheet.next_row - 1, 4))
            block_start, block_type = sheet.next_row, typed
            shown = typed
        else:
            shown = None
        if not voided and result == "调解成功" and n > 20:
            # The same dispute registered twice by mistake; the second number was voided, the case kept once.
            n += 1
            sheet.add(
                n, f"（{YEAR}）枫人调字第{len(cases) + 1}号", fake.date_cell(day, "date"), shown,
                fake.masked(fake.name(rng)), fake.masked(fake.name(rng)), "调解成功", f"{form}协议",
                yuan / 10000, "（作废）重复登记",
            )  # fmt: skip
            shown = None
            voided = True
        n += 1
        sheet.add(
            n,
            no,
            fake.date_cell(day, "date"),
            shown,
            fake.masked(fake.name(rng)),
            fake.masked(fake.name(rng)),
            result,
            f"{form}协议" if form else None,
            yuan / 10000 if yuan else None,
            tier if form else None,
        )
        records.append({"file_no": no, "accepted_on": day, "result": result, "form": form, "subsidy": yuan})
    if block_start is not None and sheet.next_row - 1 > block_start:
        sheet.merges.append((block_start, 4, sheet.next_row - 1, 4))
    built.books.append(Book(file, [sheet]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("merged_category_block", file, "登记簿", f, "纠纷类型 每类只写一次，合并在该类各行之上（按类排列）")
    built.quirk(
        "amount_in_wan", file, "登记簿", "mediation.subsidy_yuan", "以案定补（万元）：0.005 = 50元，0.03 = 300元"
    )
    built.quirk("void_rows", file, "登记簿", f, "一件重复登记的案件另占一个卷宗号，备注（作废）重复登记：不计入")


# --- 信访: 登记簿 exported as tab-separated text --------------------------------------------------------------

PETITION_FORMS = {"来访": 3, "来信": 2, "网上信访": 2, "上级交办": 5}
ASSIGNERS = {"市联席办": ("市联办", 2), "省联席办": ("省联办", 1), "县联席办": ("县联办", 3)}


def tab_export_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}信访事项登记簿（{YEAR}年）.csv"
    head = ["登记编号", "登记日期", "信访形式", "交办单位", "信访人", "反映问题", "办理结果", "办结日期"]
    sheet = Sheet("登记簿")
    sheet.add(*head)
    records = []
    # The export's query ran from the last days of the year before: one item registered in December 2023
    # (上年结转, still being handled) heads the list.
    days = [dt.date(YEAR - 1, 12, 27), *fake.dates_in(rng, YEAR, 17)]
    for k, day in enumerate(days, start=1):
        form = fake.pick(rng, PETITION_FORMS)
        if form == "上级交办":
            typed = fake.pick(rng, {a: w for a, (_, w) in ASSIGNERS.items()})
            source = ASSIGNERS[typed][0]
        else:
            typed, source = "本级受理", "本级受理"
        done = rng.random() < 0.75 and day.year == YEAR
        no = f"FL{day.year}{k:03d}"
        sheet.add(
            no,
            f"{day:%Y-%m-%d}",
            form,
            typed,
            fake.masked(fake.name(rng)),
            rng.choice(["反映道路硬化质量问题", "反映土地流转租金未兑付", "反映低保评定", "反映邻里排水纠纷"]),
            "已办结（已息访）" if done else "正在办理（限期30日）",
            f"{day + dt.timedelta(days=rng.randint(5, 40)):%Y-%m-%d}" if done else "",
        )
        records.append(
            {"petition_no": no, "assigned_on": day, "source": source, "status": "已化解" if done else "正在化解"}
        )
    built.books.append(Book(file, [sheet], fmt="csv-gbk-tab"))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("csv_tab_separated", file, "（CSV）", f, "信访系统导出的文本文件：GBK 编码，制表符分隔")
    built.quirk("value_qualifiers", file, "（CSV）", f, "办理结果 写作 已办结（已息访）、正在办理（限期30日）")
    built.quirk(
        "value_synonyms",
        file,
        "（CSV）",
        f,
        "交办单位 市联席办=市联办，县联席办=县联办；信访形式 上级交办 之外的件为本级受理",
    )


# --- 法律顾问: counts per quarter ---------------------------------------------------------------------------

COUNSEL_TYPED = {  # 服务类型 as typed → canonical, typical count
    "法律咨询": ("法律咨询", (4, 16)),
    "合同审查": ("文书审核", (1, 5)),
    "出具法律意见书": ("法律意见书", (0, 4)),
    "法律援助": ("法律援助", (0, 1)),
    "法治讲座": ("法治讲座", (0, 2)),
}


def quarter_periods_counsel(built: Built, rng: random.Random) -> None:
    # Kept over the counsel's term of appointment (聘期 from October of the year before), not per year: the
    # title and the file name name no year, the 服务期间 column alone places each count.
    file = f"{TOWN}法律顾问工作台账.xlsx"
    head = ["序号", "服务期间", "服务对象", "服务类型", "数量", "法律顾问", "所在律所"]
    sheet = Sheet("工作台账")
    sheet.title(f"{TOWN}法律顾问工作台账", len(head))
    sheet.add("聘用律所：某某律师事务所（虚构）　聘期：自上年10月起三年")
    sheet.header([head])
    records = []
    n = 0
    lawyer = fake.name(rng)
    quarters = [(YEAR - 1, 4), *((YEAR, q) for q in range(1, 5))]
    for year, q in quarters:
        period = f"{year}年第{q}季度" if q % 2 else f"{year}年第{'一二三四'[q - 1]}季度"
        for target in ("镇人民政府", rng.choice(VILLAGES)):
            for typed, (service, (lo, hi)) in COUNSEL_TYPED.items():
                count = rng.randint(lo, hi)
                if count == 0:
                    continue
                n += 1
                shown = f"{count}件" if rng.random() < 0.3 else count
                sheet.add(n, period, target, typed, shown, lawyer, "某某律师事务所（虚构）")
                records.append({"served_on": dt.date(year, 3 * q - 2, 1), "service": service, "quantity": count})
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk(
        "period_as_date",
        file,
        "工作台账",
        f,
        "服务期间 写作 2024年第3季度、2024年第二季度：只有季度，没有日；标题和文件名都没有年份",
    )
    built.quirk("prior_year_row", file, "工作台账", f, "台账按聘期记，从2023年第4季度起：该季度的数不计入2024年")
    built.quirk("units_in_quantity", file, "工作台账", f, "数量 写作 3件 或 3")


# --- 涉诈: 是否取得联系 typed Y/N and 是/否 --------------------------------------------------------------------


def mixed_yes_no_fraud_watch(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}涉诈高危人员管控台账.xlsx"
    head = ["序号", "姓名", "身份证号码", "联系电话", "户籍地", "管控状态", "核减时间", "是否取得联系", "备注"]
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账", len(head))
    sheet.header([head])
    records = []
    for n, removed, contacted, person in fake.watch_list(rng, 14, VILLAGES, 0.4):
        typed = ("Y" if contacted else "N") if n <= 7 else ("是" if contacted else "否")
        sheet.add(
            n,
            *person,
            "已核减" if removed else "在册",
            fake.date_cell(fake.dates_in(rng, YEAR, 1)[0], "date") if removed else None,
            typed,
            "已返乡" if removed else None,
        )
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(file, [sheet]))
    built.ledgers["fraud_watch"] = records
    f = ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted")
    built.quirk("yes_no_mixed", file, "管控台账", f, "是否取得联系 前7行写 Y/N，后7行写 是/否")


# --- 行政复议 beside 行政应诉 ------------------------------------------------------------------------------


def reconsideration_beside_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政复议应诉案件台账（{YEAR}年）.xlsx"
    rec = Sheet("行政复议")
    head = ["序号", "复议案号", "申请人", "被申请人", "复议机关", "申请日期", "复议事项", "复议决定"]
    rec.title(f"{TOWN}行政复议案件台账（{YEAR}年）", len(head))
    rec.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 4), start=1):
        rec.add(
            n,
            f"某县政复字〔{YEAR}〕{n + 10}号",
            fake.masked(fake.name(rng)),
            GOV,
            "某县人民政府",
            fake.date_cell(day, "date"),
            rng.choice(["不服行政处罚决定", "不服信息公开答复"]),
            rng.choice(["维持", "驳回复议申请", "确认违法"]),
        )
    lit = Sheet("行政应诉")
    head = ["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭应诉负责人", "负责人是否出庭", "审理结果"]
    lit.title(f"{TOWN}行政应诉案件台账（{YEAR}年）", len(head))
    lit.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 5), start=1):
        appeared = n != 3
        no = f"（{YEAR}）某0101行初{20 + n}号"
        lit.add(
            n,
            no,
            fake.masked(fake.name(rng)),
            GOV,
            rng.choice(["土地行政确认", "行政处罚", "行政强制拆除"]),
            fake.date_cell(day, "date"),
            f"副镇长{fake.masked(fake.name(rng))}" if appeared else None,
            "是" if appeared else "否",
            rng.choice(["驳回诉讼请求", "撤诉", "调解"]),
        )
        records.append({"case_no": no, "heard_on": day, "appeared": appeared})
    built.books.append(Book(file, [rec, lit]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk(
        "reconsideration_not_litigation",
        file,
        "行政复议",
        f,
        "行政复议 工作表（申请人、复议机关、复议决定）不是诉讼案件，不计入应诉数",
    )


# --- 学法用法: 会前学法, 法律明白人培训, exam with 合计 at the top -------------------------------------------------------


def total_on_top_training(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年学法用法台账.xlsx"
    records = []
    pre = Sheet("会前学法")
    head = ["序号", "学法时间", "学法内容", "授课单位", "参学人数"]
    pre.title(f"{TOWN}{YEAR}年党委会、政府常务会会前学法登记表", len(head))
    pre.header([head])
    laws = (
        "《中华人民共和国宪法》",
        "《信访工作条例》",
        "《中华人民共和国行政处罚法》",
        "《森林防火条例》",
        "《中华人民共和国土地管理法》",
    )
    for n, day in enumerate(fake.dates_in(rng, YEAR, 10), start=1):
        pre.add(
            n,
            fake.date_cell(day, "cn"),
            rng.choice(laws),
            rng.choice(["党政办", "司法所", "综合执法办"]),
            rng.randint(12, 20),
        )
        records.append({"held_on": day, "audience": "领导干部"})
    mbr = Sheet("法律明白人培训")
    head = ["序号", "培训时间", "培训形式", "培训内容", "授课人", "参训人数"]
    mbr.title(f"{TOWN}{YEAR}年“法律明白人”培训登记表", len(head))
    mbr.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 4), start=1):
        mbr.add(
            n,
            fake.date_cell(day, "cn"),
            "线上" if n % 2 else "线下",
            "民法典婚姻家庭编",
            fake.name(rng),
            rng.randint(20, 40),
        )
        records.append({"held_on": day, "audience": "法律明白人"})
    exam = Sheet("考试情况")
    head = ["单位", "应参考人数", "实参考人数", "参考率"]
    exam.title(f"{TOWN}{YEAR}年国家工作人员学法考试参考情况", len(head))
    exam.header([head])
    offices = ("党政办", "经济发展办", "社会事务办", "综合执法办", "司法所")
    rows = []
    for office in offices:
        required = rng.randint(5, 12)
        taken = required - (1 if rng.random() < 0.3 else 0)
        rows.append((office, required, taken))
    req, tak = sum(r[1] for r in rows), sum(r[2] for r in rows)
    exam.add("合计", req, tak, f"{tak / req:.1%}")
    for office, required, taken in rows:
        exam.add(office, required, taken, f"{taken / required:.1%}")
    exam_day = dt.date(YEAR, 11, 20)
    records.append({"held_on": exam_day, "audience": None, "exam_required": req, "exam_taken": tak})
    built.books.append(Book(file, [pre, mbr, exam]))
    built.ledgers["training"] = records
    built.quirk(
        "category_from_sheet_or_title",
        file,
        "法律明白人培训",
        "training.legal_literacy_sessions",
        "没有对象列：培训对象取自工作表名；会前学法 不是法律明白人培训",
    )
    built.quirk(
        "total_row_at_top",
        file,
        "考试情况",
        "training.exam_coverage",
        "合计行在表头下第一行，各单位在其下：合计不是一个单位",
    )


# --- 平安建设: only the statistics form, 代码 and 栏次 as the statistical system writes them -----------------------

SECURITY_ROWS = (  # 类别 as the form words it, figure of the 起数/份数 column, figure of the 拘留 column
    ("家庭暴力告诫书", "security.dv_warnings", None),
    ("家暴治安案件", None, None),
    ("涉黄治安案件", "security.vice_cases", "security.vice_detentions"),
    ("涉赌治安案件", None, None),
)


def coded_statistics_form_security(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年平安建设工作情况统计表.xlsx"
    head = ["类别", "代码", "本年起数（份数）", "其中：行政拘留（人）", "上年同期起数（份数）"]
    sheet = Sheet("统计表")
    sheet.title(f"{TOWN}平安建设工作情况统计表（{YEAR}年）", len(head))
    sheet.add(f"填报单位：{GOV}综治中心（虚构）", None, None, None, f"{YEAR}年度")
    sheet.header([head, ["甲", "乙", 1, 2, 3]])
    counts: dict[str, int] = {}
    total = [0, 0, 0]
    dv_detained = 0
    for code, (label, figure, detained_figure) in enumerate(SECURITY_ROWS, start=1):
        n = rng.randint(2, 8)
        held = 0 if label == "家庭暴力告诫书" else rng.randint(1, n + 3)
        last = rng.randint(1, 9)
        sheet.add(label, f"{code:02d}", n, held if label != "家庭暴力告诫书" else "—", last)
        total = [total[0] + n, total[1] + held, total[2] + last]
        if figure:
            counts[figure] = n
        if detained_figure:
            counts[detained_figure] = held
        if label in ("家庭暴力告诫书", "家暴治安案件"):
            dv_detained += held
    counts["security.dv_detentions"] = dv_detained
    sheet.add("合计", f"{len(SECURITY_ROWS) + 1:02d}", *total)
    sheet.add("填表人：", None, "审核人：", None, "填报日期：")
    built.books.append(Book(file, [sheet]))
    built.ledgers["security"] = Stats(counts)
    f = ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions")
    built.quirk(
        "statistics_form_only", file, "统计表", f, "平安建设只有统计表：每类一行，起数与其中：行政拘留（人）两列"
    )
    built.quirk(
        "code_and_column_numbers",
        file,
        "统计表",
        f,
        "统计制度的表式：代码列 01…05 与表头下的栏次行 甲 乙 1 2 3 都不是数；上年同期一列不是本年的数",
    )
