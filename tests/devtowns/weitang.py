"""苇塘镇（虚构）2024: the sixth development town, from public templates none of the other five used.

Enforcement as the county's 具体行政行为备案 forms: a 备案说明 sheet in prose, then one 备案目录表 per kind of act
(行政许可: 受理或申请时间 beside 作出决定时间; 行政处罚: 立案时间 beside 作出决定时间及文号 in one cell, 处罚种类,
罚没数额（物品）; 其他行政行为 with a 行为类别 column), a 备案单位/备案时间 line above each header and the count
lines 予以许可数量 / 不予许可数量 / 不予受理数量 and 备案人 below; disputes as a half-monthly 排查调处登记表
(each half-month a section line 一月上半月排查（共N件）, dates typed 1.8 with the year only in the title, results
in the 调处 words, 分流 to other offices); mediation kept only as the two agreement registers (人民调解口头协议
登记表 and 调解协议书登记: every row an agreement reached, the form from the sheet, no subsidy column); the legal
counsel's 值班服务登记表 (one row per duty day, a count column per service under a merged 服务情况, units in the
headers, a SUM 合计 row); litigation only as the 行政应诉案件统计表 (一审/二审/合计, 负责人出庭应诉); training as the
普法宣传活动登记表 (no exam); security as 治安案件查处登记 (案件类别 卖淫嫖娼 / 赌博 / 殴打他人（家庭暴力）,
其中：行政拘留（人）) and a 家庭暴力告诫书 sheet; disclosure as a 主动公开 register and an 依申请公开 application
register (申请人 ticks, 收到申请日期 beside 答复日期, one application of December 2023 answered in 2024).
No petition, normative-document or fraud-watch ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "苇塘镇"
YEAR = 2024
GOV = "苇塘镇人民政府"
VILLAGES = ("苇塘社区", "芦花村", "北洼村", "柳堤村", "沙岗村", "前营村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
# tests/test_devtowns.py holds the engine to exactly these.
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    filing_forms_enforcement(built, rng)
    half_month_sections_disputes(built, rng)
    agreement_registers_mediation(built, rng)
    duty_log_counsel(built, rng)
    statistics_form_litigation(built, rng)
    publicity_register_training(built, rng)
    public_order_register_security(built, rng)
    application_register_disclosure(built, rng)
    for kind in ("petitions", "normative_documents", "fraud_watch"):
        built.ledgers[kind] = Null("苇塘镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", ("petitions.*", "normative_documents.*", "fraud_watch.*"))
    return built


# --- 行政执法: the 具体行政行为备案 forms -----------------------------------------------------------------

LICENCES = ("乡村建设规划许可", "农村村民宅基地审批", "临时占用道路许可", "户外广告设置许可")
PENALTIES = (  # 事项名称, 处罚种类, 罚没数额
    ("违规焚烧秸秆案", "罚款", "200元"),
    ("占道经营案", "警告", None),
    ("未经批准擅自搭建临时建筑案", "罚款", "1000元"),
    ("违法销售烟花爆竹案", "没收违法所得、罚款", "没收烟花爆竹12箱，罚款500元"),
)
OTHER_ACTS = (  # 行为类别, names, how many
    ("行政检查", ("燃气使用安全检查", "农村自建房安全检查", "森林防火检查"), 15),
    ("行政确认", ("农村低保对象认定", "特困人员认定"), 8),
    ("行政给付", ("临时救助金发放",), 3),
)


def filing_forms_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年具体行政行为备案目录表.xlsx"
    records: list[dict] = []
    filed = f"备案单位：{GOV}（盖章）"
    filed_on = f"备案时间：{YEAR + 1}年1月6日"

    # 行政许可备案目录表: 受理或申请时间 beside 作出决定时间.
    lic = Sheet("行政许可")
    head = ["序号", "行政许可事项名称", "受理或申请时间", "作出决定时间", "决定书文号", "备注"]
    lic.title("行政许可备案目录表", len(head))
    lic.add(filed, None, None, None, filed_on)
    lic.header([head])
    days = fake.dates_in(rng, YEAR, 13, first=dt.date(YEAR, 1, 8))
    plan = [(d - dt.timedelta(days=rng.randint(2, 15)), d) for d in days]
    plan.insert(0, (dt.date(YEAR - 1, 12, 27), dt.date(YEAR, 1, 5)))  # applied in 2023, decided in 2024: counts
    plan.append((dt.date(YEAR, 12, 20), dt.date(YEAR + 1, 1, 8)))  # applied in 2024, decided in 2025: does not
    for n, (applied, decided) in enumerate(plan, start=1):
        no = f"苇许字〔{decided.year}〕{n if decided.year == YEAR else 1}号"
        lic.add(
            n,
            rng.choice(LICENCES),
            fake.date_cell(applied, "date"),
            fake.date_cell(decided, "date"),
            no,
            "次年1月作出决定" if decided.year > YEAR else None,
        )
        records.append({"case_no": no, "category": "行政许可", "decided_on": decided})
    granted = len(plan)
    lic.add("予以许可数量", None, granted, "不予许可数量", 0)
    lic.add("不予受理数量", None, 0)
    lic.add("备案人：", None, fake.name(rng))

    # 行政处罚备案目录表: 作出决定时间及文号 in one cell.
    pen = Sheet("行政处罚")
    head = [
        "序号",
        "行政处罚事项名称",
        "立案时间",
        "作出决定时间及文号",
        "处罚种类",
        "罚没数额（物品）",
        "备注（有罚款的，此栏还需填写该项罚款金额）",
    ]
    pen.title("行政处罚备案目录表", len(head))
    pen.add(filed, None, None, None, filed_on)
    pen.header([head])
    for n, decided in enumerate(fake.dates_in(rng, YEAR, 7), start=1):
        name, kind, amount = rng.choice(PENALTIES)
        opened = decided - dt.timedelta(days=rng.randint(5, 30))
        no = f"苇罚决字〔{YEAR}〕{n}号"
        pen.add(
            n,
            name,
            fake.date_cell(opened, "cn"),
            f"{decided.year}年{decided.month}月{decided.day}日 {no}",
            kind,
            amount,
            amount if amount and "罚款" in kind and "没收" not in amount else None,
        )
        records.append({"case_no": no, "category": "行政处罚", "decided_on": decided})
    pen.add("备案人：", None, fake.name(rng))

    # 其他行政行为备案目录表: the category in a column.
    oth = Sheet("其他行政行为")
    head = ["序号", "行为类别", "事项名称", "作出决定时间", "决定书文号", "备注"]
    oth.title("其他行政行为备案目录表", len(head))
    oth.add(filed, None, None, None, filed_on)
    oth.header([head])
    n = 0
    prefix = {"行政检查": "苇检字", "行政确认": "苇确字", "行政给付": "苇给字"}
    for category, names, count in OTHER_ACTS:
        for k, day in enumerate(fake.dates_in(rng, YEAR, count), start=1):
            n += 1
            no = f"{prefix[category]}〔{YEAR}〕{k}号"
            oth.add(n, category, rng.choice(names), fake.date_cell(day, "slash"), no, None)
            records.append({"case_no": no, "category": category, "decided_on": day})
    oth.add("备案人：", None, fake.name(rng))

    # 备案说明: the cover note in prose, with the year's counts.
    counted = [r for r in records if r["decided_on"].year == YEAR]
    by = {c: sum(1 for r in counted if r["category"] == c) for c in ("行政许可", "行政处罚", "行政检查", "行政确认")}
    note = Sheet("备案说明")
    note.add("备案说明")
    note.add("县人民政府：")
    note.add(
        f"{YEAR}年度我镇（{TOWN}人民政府）共作出行政执法行为{len(counted)}件。其中，行政许可{by['行政许可']}件，"
        f"非行政许可的行政审批0件，行政处罚{by['行政处罚']}件（其中重大行政处罚0件），行政确认{by['行政确认']}件，"
        f"行政强制0件，行政征收0件，行政给付3件，行政裁决0件，其他行政行为{by['行政检查']}件。"
    )
    note.add("附件：具体行政行为备案表格（行政许可、行政处罚、其他行政行为备案目录表）")
    note.add(None, None, None, GOV)
    note.add(None, None, None, f"{YEAR + 1}年1月6日")
    built.books.append(Book(file, [note, lic, pen, oth]))
    built.ledgers["enforcement"] = records
    f = (
        "enforcement.cases",
        "enforcement.licensing",
        "enforcement.penalty",
        "enforcement.inspection",
        "enforcement.confirmation",
        "enforcement.payment",
    )
    built.quirk("category_from_sheet_or_title", file, "行政许可/行政处罚", f, "备案目录表一类一表，没有类别列")
    built.quirk(
        "competing_dates",
        file,
        "行政许可",
        f,
        "受理或申请时间 与 作出决定时间 并列：2023年12月申请、2024年1月决定的计入；2024年12月申请、2025年1月决定的不计入",
    )
    built.quirk(
        "date_and_number_in_one_cell",
        file,
        "行政处罚",
        f,
        "作出决定时间及文号 一格：2024年5月8日 苇罚决字〔2024〕3号",
    )
    built.quirk(
        "count_lines_below_table",
        file,
        "行政许可",
        f,
        "表下 予以许可数量 / 不予许可数量 / 不予受理数量 两行和 备案人 一行：不是案件",
    )
    built.quirk("notes_sheet", file, "备案说明", f, "备案说明是一段文字（含各类件数），不是台账")
    built.quirk("filler_line_above_header", file, "各目录表", f, "备案单位（盖章）/ 备案时间 一行在表头之上")


# --- 矛盾纠纷: half-monthly 排查调处登记表 with section lines ----------------------------------------------

DISPUTE_KINDS = ("邻里纠纷", "婚姻家庭纠纷", "土地承包纠纷", "宅基地纠纷", "劳务纠纷", "损害赔偿纠纷")
# 调处结果 as the 分流/调处 words: canonical status → what the office typed.
DISPUTE_RESULTS = {"已化解": ("调处成功", 0.82), "化解中": ("正在调处", 0.1), "已上报": ("已分流", 0.08)}
RECEIVERS = ("镇司法所", "镇综治中心", "镇派出所", "县信访局", "镇农业服务中心")
EMPTY_HALVES = {(2, 1), (8, 2)}  # 二月上半月, 八月下半月: nothing found


def half_month_sections_disputes(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}矛盾纠纷排查调处登记表（{YEAR}年）.xlsx"
    sheet = Sheet("排查调处登记")
    head = [
        "序号",
        "登记日期",
        "纠纷双方",
        "纠纷类别",
        "纠纷简要情况",
        "分流指派单位",
        "调处责任人",
        "调处结果",
        "反馈日期",
    ]
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查调处登记表", len(head))
    sheet.add(f"填报单位：{TOWN}矛盾纠纷调处中心", None, None, None, None, None, None, "每半月排查一次")
    sheet.header([head])
    days = fake.dates_in(rng, YEAR, 64)
    records = []
    n = 0
    cn_month = "一二三四五六七八九十"
    for month in range(1, 13):
        for half in (1, 2):
            mine = [
                d
                for d in days
                if d.month == month and (d.day <= 15) == (half == 1) and (month, half) not in EMPTY_HALVES
            ]
            label = ("十" if month == 10 else "十" + cn_month[month - 11] if month > 10 else cn_month[month - 1]) + "月"
            r = sheet.add(
                f"{label}{'上' if half == 1 else '下'}半月排查（共{len(mine)}件）", *([None] * (len(head) - 1))
            )
            sheet.merges.append((r, 1, r, len(head)))
            for day in mine:
                n += 1
                status = fake.pick(rng, {k: w for k, (_, w) in DISPUTE_RESULTS.items()})
                typed = DISPUTE_RESULTS[status][0]
                back = day + dt.timedelta(days=rng.randint(2, 12))
                sheet.add(
                    n,
                    # Typed 3.5: kept as text, or (every fifth row) turned by Excel into the number 3.5
                    # (12.30 becomes 12.3); the year is in the title.
                    float(f"{day.month}.{day.day}") if n % 5 == 0 else f"{day.month}.{day.day}",
                    f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}",
                    rng.choice(DISPUTE_KINDS),
                    rng.choice(
                        ["因排水沟渠发生争执", "因土地界址产生矛盾", "因工钱结算发生纠纷", "因赡养老人产生矛盾"]
                    ),
                    "县信访局" if status == "已上报" else rng.choice(RECEIVERS[:3]),
                    fake.name(rng),
                    typed,
                    f"{back.month}.{back.day}" if status == "已化解" and back.year == YEAR else None,
                )
                records.append({"screened_on": day, "status": status})
    built.books.append(Book(file, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "section_lines",
        file,
        "排查调处登记",
        f,
        "每半月一行合并的小标题“三月上半月排查（共N件）”，没有排查到的半月只有小标题（共0件）：都不是记录",
    )
    built.quirk(
        "month_dot_day",
        file,
        "排查调处登记",
        f,
        "登记日期 写作 1.8、12.30（文本），每五行有一行被 Excel 存成数字 3.5（12.30 成了 12.3），年份只在标题",
    )
    built.quirk("year_from_title", file, "排查调处登记", f, "年份取自标题“苇塘镇2024年…”")
    built.quirk(
        "value_synonyms", file, "排查调处登记", f, "调处成功=已化解，正在调处=化解中，已分流（县信访局）=已上报"
    )


# --- 人民调解: only the agreement registers -------------------------------------------------------------


def agreement_registers_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解协议登记（{YEAR}年）.xlsx"
    records = []
    oral = Sheet("口头协议登记表")
    head = ["编号", "调解日期", "当事人", "纠纷事实", "协议内容", "履行方式及期限", "调解员", "登记人"]
    oral.title(f"{TOWN}人民调解委员会 人民调解口头协议登记表（{YEAR}年）", len(head))
    oral.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 31), start=1):
        no = f"苇口登〔{YEAR}〕{n:03d}"
        oral.add(
            no,
            fake.date_cell(day, "iso"),
            f"{fake.masked(fake.name(rng))}、{fake.masked(fake.name(rng))}",
            rng.choice(["因相邻通行发生争执", "因借款归还发生纠纷", "因牲畜损坏庄稼发生纠纷"]),
            rng.choice(["一方赔偿另一方损失", "双方各让一步，恢复通行", "分两期归还借款"]),
            rng.choice(["当场履行", "一个月内履行完毕"]),
            fake.name(rng),
            fake.name(rng),
        )
        records.append({"file_no": no, "accepted_on": day, "result": "调解成功", "form": "口头", "subsidy": None})
    written = Sheet("调解协议书登记")
    head = ["序号", "协议书编号", "纠纷类型", "当事人", "调解日期", "协议履行情况", "调解员"]
    written.title(f"{TOWN}人民调解委员会 人民调解协议书登记（{YEAR}年）", len(head))
    written.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 17), start=1):
        no = f"（{YEAR}）苇人调字第{n}号"
        written.add(
            n,
            no,
            rng.choice(DISPUTE_KINDS),
            f"{fake.masked(fake.name(rng))}、{fake.masked(fake.name(rng))}",
            fake.date_cell(day, "cn"),
            rng.choice(["已履行", "履行完毕", "部分履行"]),
            fake.name(rng),
        )
        records.append({"file_no": no, "accepted_on": day, "result": "调解成功", "form": "书面", "subsidy": None})
    built.books.append(Book(file, [oral, written]))
    built.ledgers["mediation"] = records
    built.overrides["mediation.subsidy_yuan"] = Null("协议登记表不记补贴金额，没有以案定补台账")
    f = ("mediation.cases", "mediation.oral", "mediation.written")
    built.quirk(
        "result_from_title",
        file,
        "口头协议登记表/调解协议书登记",
        f,
        "只登记达成协议的案件（协议登记表），没有调解结果列：每行都是调解成功",
    )
    built.quirk("category_from_sheet_or_title", file, "口头协议登记表/调解协议书登记", f, "协议形式取自工作表名")
    built.quirk("no_amount_column", file, "", "mediation.subsidy_yuan", "没有补贴列：补贴合计为 null，不是 0")


# --- 法律顾问: the 值班服务登记表, a count column per service -------------------------------------------

COUNSEL_COLUMNS = (  # header, canonical service (None: counted by no figure), typical counts
    ("接受预约服务（人次）", None, (0, 1, 2, 3)),
    ("解答法律咨询（人次）", "法律咨询", (0, 1, 2, 3, 4, 6)),
    ("以案释法（场次）", "法治讲座", (0, 0, 0, 1)),
    ("审查合同（份）", "文书审核", (0, 0, 1, 2)),
    ("出具法律意见（份）", "法律意见书", (0, 0, 0, 1)),
    ("协助法律援助（件）", "法律援助", (0, 0, 0, 0, 0, 1)),
    ("参与化解矛盾纠纷（起）", "参与调解", (0, 0, 1)),
)
_WEEK = "一二三四五六日"


def duty_log_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}村（社区）法律顾问值班服务登记表（{YEAR}年）.xlsx"
    sheet = Sheet("值班登记")
    width = 3 + len(COUNSEL_COLUMNS) + 1
    sheet.title(f"{TOWN}村（社区）法律顾问值班服务登记表", width)
    sheet.add(f"法律顾问：某某律师事务所（虚构）    {YEAR}年度")
    top = ["序号", "值班日期", "服务村（社区）", "服务情况", *([None] * (len(COUNSEL_COLUMNS) - 1)), "顾问签名"]
    sub = [None, None, None, *(c[0] for c in COUNSEL_COLUMNS), None]
    sheet.header(
        [top, sub],
        [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 3 + len(COUNSEL_COLUMNS)), (1, width, 2, width)],
    )
    first = sheet.next_row
    records = []
    days = fake.dates_in(rng, YEAR, 40)
    subtotal_rows = []
    n = 0
    for quarter in range(4):
        first = sheet.next_row
        for day in (d for d in days if (d.month - 1) // 3 == quarter):
            n += 1
            counts = [rng.choice(c[2]) for c in COUNSEL_COLUMNS]
            typed = f"{day.year}年{day.month}月{day.day}日" + (f"（周{_WEEK[day.weekday()]}）" if n % 3 == 0 else "")
            sheet.add(n, typed, rng.choice(VILLAGES), *[c or None for c in counts], fake.name(rng))
            for (_, service, _), c in zip(COUNSEL_COLUMNS, counts):
                if service and c:
                    records.append({"served_on": day, "service": service, "quantity": c})
        last = sheet.next_row - 1
        sums = []
        for k in range(len(COUNSEL_COLUMNS)):
            col = chr(ord("D") + k)
            cached = sum((sheet.rows[r - 1][3 + k] or 0) for r in range(first, last + 1))
            # Hand-typed in the first half of the year, a SUM formula afterwards.
            sums.append(cached if quarter < 2 else Formula(f"SUM({col}{first}:{col}{last})", cached))
        subtotal_rows.append(sheet.add(f"{'一二三四'[quarter]}季度小计", None, None, *sums, None))
    totals = []
    for k in range(len(COUNSEL_COLUMNS)):
        col = chr(ord("D") + k)
        cached = sum(getattr(v, "cached", v) for v in (sheet.rows[r - 1][3 + k] for r in subtotal_rows))
        totals.append(Formula("+".join(f"{col}{r}" for r in subtotal_rows), cached))
    sheet.add("合计", None, None, *totals, None)
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("wide_log", file, "值班登记", f, "每个值班日一行，每项服务一列计数；空白=0")
    built.quirk("parent_over_ticks", file, "值班登记", f, "父标题“服务情况”合并在七个计数列之上")
    built.quirk("unit_in_header", file, "值班登记", f, "解答法律咨询（人次）、审查合同（份）：单位在表头括号里")
    built.quirk(
        "total_row_not_record",
        file,
        "值班登记",
        f,
        "每季度末一行 一季度小计（上半年手填数字，下半年 SUM 公式），末行 合计（各小计相加）：都不是值班记录",
    )
    built.quirk("weekday_in_date", file, "值班登记", f, "值班日期 写作 2024年3月5日（周二）")


# --- 行政应诉: only the 行政应诉案件统计表 -----------------------------------------------------------------


def statistics_form_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年度行政应诉案件统计表.xlsx"
    sheet = Sheet("应诉统计")
    sheet.title(f"{YEAR}年度行政应诉案件统计表", 8)
    sheet.add(f"填报单位（盖章）：{GOV}", None, None, None, None, "单位：件")
    sheet.header(
        [
            ["被告（应诉机关）", "应诉案件数", None, None, "审结", "负责人出庭应诉", None, "备注"],
            [None, "一审", "二审", "合计", None, "件数", "出庭率", None],
        ],
        [(1, 1, 2, 1), (1, 2, 1, 4), (1, 5, 2, 5), (1, 6, 1, 7), (1, 8, 2, 8)],
    )
    rows = (("苇塘镇人民政府", 3, 1, 2, 3), ("苇塘镇综合行政执法队", 1, 0, 1, 1))  # 被告, 一审, 二审, 审结, 出庭
    first = sheet.next_row
    for name, one, two, closed, appeared in rows:
        r = sheet.next_row
        sheet.add(name, one, two, Formula(f"B{r}+C{r}", one + two), closed, appeared, f"{appeared / (one + two):.0%}")
    last = sheet.next_row - 1
    cases = sum(o + t for _, o, t, _, _ in rows)
    appeared = sum(a for *_, a in rows)
    sheet.add(
        "合计",
        Formula(f"SUM(B{first}:B{last})", sum(r[1] for r in rows)),
        Formula(f"SUM(C{first}:C{last})", sum(r[2] for r in rows)),
        Formula(f"SUM(D{first}:D{last})", cases),
        Formula(f"SUM(E{first}:E{last})", sum(r[3] for r in rows)),
        Formula(f"SUM(F{first}:F{last})", appeared),
        f"{appeared / cases:.1%}",
    )
    sheet.add("填表说明：1.应诉案件数按一审、二审分别统计，合计=一审+二审；2.负责人出庭应诉按件次统计。")
    sheet.add("填表人：", None, "审核人：", None, None, f"填报日期：{YEAR + 1}年1月10日")
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = Stats({"litigation.cases": cases, "litigation.leader_appearances": appeared})
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("statistics_form_only", file, "应诉统计", f, "只有报县司法局的统计表：数字取自合计行")
    built.quirk("subtotal_beside_parts", file, "应诉统计", f, "应诉案件数 合并在 一审/二审/合计 之上：取合计，不再相加")
    built.quirk("typed_rate", file, "应诉统计", f, "出庭率 写作 75.0% 文本：比率由件数重新计算")


# --- 普法: the 普法宣传活动登记表, no exam -----------------------------------------------------------------

ACTIVITIES = (  # 活动形式, 参与对象
    ("集中培训", "法律明白人"),
    ("现场咨询", "村民群众"),
    ("以案释法", "村民群众"),
    ("法治讲座", "中小学生"),
    ("集中培训", "法律明白人"),
    ("派发资料", "村民群众"),
    ("法治讲座", "企业职工"),
    ("线上培训", "法律明白人"),
    ("现场咨询", "村民群众"),
)


def publicity_register_training(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年普法宣传活动登记表.xlsx"
    sheet = Sheet("活动登记")
    head = ["序号", "活动时间", "活动地点", "活动主题", "活动形式", "参与对象", "发放资料（份）", "受教育人数（人次）"]
    sheet.title(f"{TOWN}{YEAR}年普法宣传活动登记表", len(head))
    sheet.header([head])
    records = []
    for n, ((form, audience), day) in enumerate(zip(ACTIVITIES, fake.dates_in(rng, YEAR, len(ACTIVITIES))), start=1):
        sheet.add(
            n,
            fake.date_cell(day, "dot"),
            rng.choice([*VILLAGES, "镇政府会议室", "集镇广场"]),
            rng.choice(["宪法宣传周", "民法典进农村", "反诈宣传", "法律明白人履职能力提升"]),
            form,
            audience,
            rng.choice([None, 200, "千余份", 350]),
            rng.choice([40, 60, "百余人次", 120]),
        )
        records.append({"held_on": day, "audience": audience})
    built.books.append(Book(file, [sheet]))
    built.ledgers["training"] = records
    built.overrides["training.exam_coverage"] = Null("没有学法考试的记录")
    built.quirk(
        "category_from_values",
        file,
        "活动登记",
        "training.legal_literacy_sessions",
        "参与对象 法律明白人 / 村民群众 / 中小学生：只有前者是法律明白人培训",
    )
    built.quirk(
        "approximate_counts",
        file,
        "活动登记",
        "training.legal_literacy_sessions",
        "发放资料 千余份、受教育人数 百余人次：没有数字的计数列，不影响场次",
    )


# --- 平安建设: 治安案件查处登记 and 家庭暴力告诫书 --------------------------------------------------------

PUBLIC_ORDER = {  # typed 案件类别 → canonical type, weight
    "卖淫嫖娼": ("涉黄治安案件", 3),
    "赌博": ("涉赌治安案件", 3),
    "殴打他人（家庭暴力）": ("家暴治安案件", 2),
}


def public_order_register_security(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}平安建设台账（{YEAR}年）.xlsx"
    cases = Sheet("治安案件查处登记")
    head = ["序号", "受理时间", "案件类别", "简要案情", "查处人数", "其中：行政拘留（人）", "处理结果"]
    cases.title(f"{TOWN}{YEAR}年治安案件查处登记", len(head))
    cases.add(f"填报单位：{TOWN}综治中心（协助派出所登记）")
    cases.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 9), start=1):
        typed = fake.pick(rng, {k: w for k, (_, w) in PUBLIC_ORDER.items()})
        kind = PUBLIC_ORDER[typed][0]
        people = rng.randint(1, 4) if kind != "家暴治安案件" else 1
        detained = rng.randint(1, people) if kind != "家暴治安案件" and rng.random() < 0.7 else rng.randint(0, 1)
        cases.add(
            n,
            fake.date_cell(day, "cn"),
            typed,
            rng.choice(["群众举报，民警现场查获", "110接警处置", "巡逻发现"]),
            people,
            detained,
            "行政拘留" if detained else "罚款",
        )
        records.append({"occurred_on": day, "type": kind, "detained": detained})
    warn = Sheet("家庭暴力告诫书")
    head = ["序号", "告诫书文号", "出具日期", "被告诫人", "受害人", "所在村（社区）"]
    warn.title(f"{TOWN}{YEAR}年家庭暴力告诫书登记", len(head))
    warn.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 6), start=1):
        warn.add(
            n,
            f"苇公（家）告字〔{YEAR}〕{n}号",
            fake.date_cell(day, "date"),
            fake.masked(fake.name(rng)),
            fake.masked(fake.name(rng)),
            rng.choice(VILLAGES),
        )
        records.append({"occurred_on": day, "type": "家暴告诫书", "detained": 0})
    built.books.append(Book(file, [cases, warn]))
    built.ledgers["security"] = records
    f = ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions")
    built.quirk(
        "law_words_for_types",
        file,
        "治安案件查处登记",
        f,
        "案件类别 按治安管理处罚法的案由写：卖淫嫖娼=涉黄，赌博=涉赌，殴打他人（家庭暴力）=家暴治安案件",
    )
    built.quirk("subset_column", file, "治安案件查处登记", f, "查处人数 旁 其中：行政拘留（人）：拘留数取后者")
    built.quirk(
        "category_from_sheet_or_title", file, "家庭暴力告诫书", "security.dv_warnings", "没有类别列，类型取自工作表名"
    )


# --- 政务公开: a 主动公开 register and the 依申请公开 application register ------------------------------------

TOPICS = (
    "{}年{}月份城乡低保资金发放情况公示",
    "关于做好{}年度城乡居民医保参保缴费工作的通告",
    "苇塘镇{}年第{}批农村危房改造对象公示",
    "苇塘镇{}年度财政预算公开",
)


def application_register_disclosure(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年政府信息公开台账.xlsx"
    pro = Sheet("主动公开")
    head = ["序号", "信息名称", "公开载体", "公开日期", "责任科室"]
    pro.title(f"{TOWN}{YEAR}年主动公开政府信息登记", len(head))
    pro.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 38), start=1):
        pro.add(
            n,
            rng.choice(TOPICS).format(YEAR, rng.randint(1, 12)),
            rng.choice(["政府网站", "政务公开栏", "微信公众号"]),
            fake.date_cell(day, "date"),
            rng.choice(["党政综合办公室", "社会事务办公室", "经济发展办公室"]),
        )
        records.append({"published_on": day, "type": "主动公开"})
    req = Sheet("依申请公开")
    req.title(f"{TOWN}政府信息公开申请登记表（{YEAR}年）", 9)
    req.header(
        [
            ["序号", "收到申请日期", "申请人情况", None, "申请内容", "申请方式", "答复日期", "答复结果", "备注"],
            [None, None, "自然人", "法人或其他组织", None, None, None, None, None],
        ],
        [
            (1, 1, 2, 1),
            (1, 2, 2, 2),
            (1, 3, 1, 4),
            (1, 5, 2, 5),
            (1, 6, 2, 6),
            (1, 7, 2, 7),
            (1, 8, 2, 8),
            (1, 9, 2, 9),
        ],
    )
    plan = (  # received, answered, natural person?, result
        (dt.date(YEAR - 1, 12, 26), dt.date(YEAR, 1, 10), True, "予以公开"),
        (dt.date(YEAR, 4, 9), dt.date(YEAR, 4, 26), True, "予以公开"),
        (dt.date(YEAR, 7, 15), dt.date(YEAR, 8, 2), False, "部分公开"),
        (dt.date(YEAR, 11, 4), dt.date(YEAR, 11, 20), True, "本机关不掌握相关政府信息"),
    )
    for n, (received, answered, person, result) in enumerate(plan, start=1):
        req.add(
            n,
            fake.date_cell(received, "cn"),
            "√" if person else None,
            None if person else "√",
            rng.choice(["某村土地征收补偿标准", "某项目环境影响评价批复", "某年度低保名单"]),
            rng.choice(["当面", "信函", "网络"]),
            fake.date_cell(answered, "cn"),
            result,
            "上年结转" if received.year < YEAR else None,
        )
        records.append({"published_on": received, "type": "依申请公开"})
    built.books.append(Book(file, [pro, req]))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk(
        "category_from_sheet_or_title",
        file,
        "依申请公开",
        "disclosure.on_request",
        "申请登记表没有公开类型列，类型取自标题",
    )
    built.quirk(
        "competing_dates",
        file,
        "依申请公开",
        "disclosure.on_request",
        "收到申请日期 与 答复日期 并列：按收到申请计件；2023年12月收到、2024年1月答复的是上年结转，不计入",
    )
    built.quirk(
        "header_two_rows_with_ticks",
        file,
        "依申请公开",
        "disclosure.on_request",
        "申请人情况 › 自然人/法人或其他组织 打 √",
    )
    built.quirk(
        "no_media_register",
        file,
        "主动公开",
        f,
        "没有媒体报道登记：公开台账在、没有一条媒体发布记录，媒体发布数为 0（不是缺台账）",
    )
