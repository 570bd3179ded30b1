"""檀湾镇（虚构）2023: the fifth development town, from public templates none of the other towns used.

Enforcement as the 行政执法全过程记录 lists lay out their rows: 执法类别 written once and merged down over its
block of rows, 执法人员 and 执法证号 beside 文书编号; normative documents dated as official documents are,
成文日期 二〇二三年五月十二日; disclosure as a bureau's 门户网站公开信息登记表 (信息编号, 内容描述, 生成时间,
公开属性) with its companion 不予公开政府信息登记表 below it in the same sheet, and a 媒体报道 sheet; disputes
one sheet per month, a month with nothing found kept as a 零报告 line, 同上 typed for the same day and type;
mediation only as the 以案定补 claim form (it lists successful cases only; no result column), with a SUM
合计 and the total in capital numerals; petitions in the 信访台账 layout (信访类型 群众来访 / 电话来访 /
12345市民热线 / 上级交办, 接件时间 with the clock time, 办理情况 free text beside 办理结果); litigation with
开庭时间 2023年6月13日上午 and ✓/✗; the counsel's 工作日志 with quantities in Chinese numerals (三次, 两件);
the 学法 ledger with 参学对象. No security or fraud-watch ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null

TOWN = "檀湾镇"
YEAR = 2023
GOV = "檀湾镇人民政府"
VILLAGES = ("檀湾社区", "杉木村", "龙潭村", "茶园村", "高坡村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
# tests/test_devtowns.py holds the engine to exactly these.
KNOWN_WITHHELD = {
    "petitions.assigned": "交办单位 只在上级交办的件填写，来访、来电、12345 的件为空：交办单位为空的记录（5/9）"
    "超过可接受比例，上级交办数不给出",
    # Issue 12: 已化解 and 正在化解 are of the assigned items (shared/spec/indicators.md), so they need 交办单位 too.
    "petitions.resolved": "已化解 只计上级交办的件（issue 12），交办单位为空的记录（5/9）是否上级交办无从得知：化解数不给出",
    "petitions.in_progress": "同上：正在化解 只计上级交办的件，交办单位为空的记录无从归属：正在化解数不给出",
}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    merged_category_enforcement(built, rng)
    official_dates_normative_documents(built, rng)
    withheld_items_table_disclosure(built, rng)
    zero_report_and_ditto_disputes(built, rng)
    claim_form_mediation(built, rng)
    hotline_register_petitions(built, rng)
    half_day_hearings_litigation(built, rng)
    numeral_quantities_counsel(built, rng)
    study_register_training(built, rng)
    for kind in ("security", "fraud_watch"):
        built.ledgers[kind] = Null("檀湾镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", ("security.*", "fraud_watch.*"))
    return built


_CN = "〇一二三四五六七八九"


def official_date(d: dt.date) -> str:
    """A date as an official document's 成文日期 writes it: 二〇二三年五月十二日."""

    def small(n: int) -> str:
        if n < 10:
            return _CN[n]
        return ("" if n < 20 else _CN[n // 10]) + "十" + (_CN[n % 10] if n % 10 else "")

    return "".join(_CN[int(c)] for c in str(d.year)) + f"年{small(d.month)}月{small(d.day)}日"


# --- 行政执法: 执法类别 merged down over its block -------------------------------------------------------

ENF_PLAN = (  # category, prefix, how many, typical names
    ("行政许可", "檀湾许", 17, ("乡村建设规划许可", "临时占用道路许可", "农村宅基地建房许可")),
    ("行政检查", "檀湾检", 24, ("烟花爆竹经营安全检查", "农村自建房安全检查", "森林防火检查", "校园周边食品安全检查")),
    ("行政确认", "檀湾确", 9, ("农村低保资格确认", "特困人员身份确认")),
    ("行政处罚", "檀湾罚决", 7, ("违规焚烧秸秆案", "占道经营案", "违法建设案")),
    ("行政强制", "檀湾强", 1, ("违法建筑强制拆除",)),
)


def merged_category_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年行政执法案件台账.xlsx"
    sheet = Sheet("执法台账")
    header = ["序号", "执法类别", "事项名称", "行政相对人", "文书编号", "作出决定日期", "执法人员", "执法证号", "备注"]
    sheet.title(f"{TOWN}{YEAR}年度行政执法案件台账", len(header))
    sheet.header([header])
    records = []
    n = 0
    for category, prefix, count, names in ENF_PLAN:
        first = sheet.next_row
        days = fake.dates_in(rng, YEAR, count)
        for k, day in enumerate(days, start=1):
            n += 1
            no = f"{prefix}〔{YEAR}〕{k}号"
            sheet.add(
                n,
                category if k == 1 else None,  # written once; the merge below covers the block
                rng.choice(names),
                fake.masked(fake.name(rng))
                if rng.random() < 0.6
                else f"檀湾镇某{rng.choice(['商店', '农家乐', '养殖场'])}",
                no,
                fake.date_cell(day, "iso"),
                f"{fake.name(rng)}、{fake.name(rng)}",
                f"99{rng.randint(100000, 999999)}",  # fictitious certificate numbers
                None,
            )
            records.append({"case_no": no, "category": category, "decided_on": day})
        last = sheet.next_row - 1
        if last > first:
            sheet.merges.append((first, 2, last, 2))
    built.books.append(Book(file, [sheet]))
    built.ledgers["enforcement"] = records
    f = (
        "enforcement.cases",
        "enforcement.licensing",
        "enforcement.inspection",
        "enforcement.confirmation",
        "enforcement.penalty",
        "enforcement.coercion",
    )
    built.quirk(
        "merged_down_category",
        file,
        "执法台账",
        f,
        "执法类别 只在每类第一行填写，向下合并单元格覆盖本类各行：合并区内每一行都是该类别",
    )
    built.quirk("competing_headers", file, "执法台账", f, "文书编号 旁有 执法证号（一串数字）：案件编号在文书编号列")


# --- 规范性文件: 成文日期 in Chinese numerals ------------------------------------------------------------


def official_dates_normative_documents(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政规范性文件登记表.xlsx"
    sheet = Sheet("登记表")
    header = ["序号", "文件名称", "发文字号", "成文日期", "报备情况", "现行效力", "备注"]
    sheet.title(f"{TOWN}行政规范性文件登记表", len(header))
    sheet.header([header])
    plan = (
        ("檀湾镇农村人居环境整治村规民约指导意见", f"檀府规〔{YEAR - 1}〕2号", dt.date(YEAR - 1, 11, 23)),
        ("檀湾镇集镇临时摊点管理办法", f"檀府规〔{YEAR}〕1号", dt.date(YEAR, 5, 12)),
        ("檀湾镇农村建房管理实施细则", f"檀府规〔{YEAR}〕2号", dt.date(YEAR, 10, 30)),
    )
    records = []
    for n, (title, no, day) in enumerate(plan, start=1):
        sheet.add(n, title, no, official_date(day), "已报县司法局备案", "有效", None)
        records.append({"issued_on": day})
    built.books.append(Book(file, [sheet]))
    built.ledgers["normative_documents"] = records
    f = ("normative_documents.issued",)
    built.quirk("chinese_numeral_dates", file, "登记表", f, "成文日期 写作 二〇二三年五月十二日")
    built.quirk("near_miss_header", file, "登记表", f, "成文日期=印发日期；一件二〇二二年的文件不计入")


# --- 政务公开: the bureau's register, with the 不予公开 table below it --------------------------------------

DISCLOSURE_TOPICS = (
    "关于{}年度城乡居民医疗保险参保缴费的通知",
    "{}年{}月份农村低保资金发放情况公示",
    "檀湾镇{}年防汛抗旱应急预案",
    "关于开展{}年森林防火专项整治的通告",
    "檀湾镇{}年财政预算公开",
    "{}年第{}批农村危房改造对象公示",
)


def withheld_items_table_disclosure(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年政府信息公开登记表.xlsx"
    reg = Sheet("信息登记")
    top = ["序号", "信息编号", "信息名称", "内容描述", "生成时间", "公开属性"]
    reg.title("门户网站公开信息登记表", len(top))
    reg.add(f"填写单位：{TOWN}党政综合办公室", None, None, None, f"登记时间：{YEAR + 1}年1月5日")
    reg.header([top])
    records = []
    n = 0
    for day in fake.dates_in(rng, YEAR, 44):
        n += 1
        kind = "依申请公开" if n in (17, 33) else "主动公开"
        topic = rng.choice(DISCLOSURE_TOPICS).format(YEAR, rng.randint(1, 12))
        reg.add(n, f"TW-{YEAR}-{n:04d}", topic, "按规定予以公开", fake.date_cell(day, "date"), kind)
        records.append({"published_on": day, "type": kind})
    reg.blank()
    reg.blank()
    low = ["序号", "信息编号", "信息名称", "内容描述", "生成时间", "不予公开的理由"]
    reg.title("不予公开政府信息登记表", len(low))
    reg.header([low])
    for k, day in enumerate(fake.dates_in(rng, YEAR, 3), start=1):
        reg.add(
            k,
            f"TW-{YEAR}-B{k:03d}",
            rng.choice(["信访人信息汇总表", "镇内部人事考察材料", "涉及商业秘密的项目合同"]),
            "内部事务信息",
            fake.date_cell(day, "date"),
            rng.choice(["涉及个人隐私", "内部事务信息", "涉及商业秘密"]),
        )
    media = Sheet("媒体报道")
    head = ["序号", "报道标题", "刊发媒体", "刊发日期", "撰稿人"]
    media.title(f"{TOWN}{YEAR}年媒体报道登记", len(head))
    media.header([head])
    for k, day in enumerate(fake.dates_in(rng, YEAR, 13), start=1):
        media.add(
            k,
            rng.choice(["檀湾镇开展防汛应急演练", "檀湾镇茶园村茶叶喜获丰收", "檀湾镇开展法治宣传进村入户活动"]),
            rng.choice(["县融媒体中心", "市日报", "县电视台"]),
            fake.date_cell(day, "cn"),
            fake.name(rng),
        )
        records.append({"published_on": day, "type": "媒体发布"})
    built.books.append(Book(file, [reg, media]))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk(
        "not_disclosed_table",
        file,
        "信息登记",
        f,
        "公开登记表下方另有“不予公开政府信息登记表”（不予公开的理由）：这些信息没有公开，不计入任何公开数",
    )
    built.quirk("near_miss_header", file, "信息登记", f, "公开属性=公开类型，生成时间=公开日期")
    built.quirk("filler_line_above_header", file, "信息登记", f, "填写单位 / 登记时间 一行在表头之上")
    built.quirk("category_from_sheet_or_title", file, "媒体报道", "disclosure.media", "没有类型列，类型取自工作表名")


# --- 矛盾纠纷: one sheet per month, 零报告 lines, 同上 -----------------------------------------------------

ZERO_MONTHS = (2, 8)
DISPUTE_TYPES = ("邻里纠纷", "山林土地纠纷", "婚姻家庭纠纷", "宅基地纠纷", "劳务纠纷", "损害赔偿纠纷")


def zero_report_and_ditto_disputes(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}矛盾纠纷排查登记台账（{YEAR}年）.xlsx"
    header = [
        "序号",
        "排查时间",
        "村（社区）",
        "纠纷类型",
        "当事人",
        "纠纷简要情况",
        "是否化解",
        "化解时间",
        "包保责任人",
    ]
    sheets = []
    records = []
    days = fake.dates_in(rng, YEAR, 58)
    for month in range(1, 13):
        sheet = Sheet(f"{month}月")
        sheet.title(f"{TOWN}{YEAR}年{month}月矛盾纠纷排查登记台账", len(header))
        sheet.header([header])
        mine = [d for d in days if d.month == month and month not in ZERO_MONTHS]
        if not mine:
            r = sheet.add("本月无矛盾纠纷（零报告）", *([None] * (len(header) - 1)))
            sheet.merges.append((r, 1, r, len(header)))
        previous = None
        for n, day in enumerate(mine, start=1):
            village = rng.choice(VILLAGES)
            kind = rng.choice(DISPUTE_TYPES)
            same_day = previous is not None and previous[0] == day
            done = rng.random() < 0.9
            sheet.add(
                n,
                "同上" if same_day else fake.date_cell(day, "date"),
                "同上" if previous is not None and previous[1] == village else village,
                "同上" if same_day and previous[2] == kind else kind,
                f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}",
                rng.choice(["因林地界址发生争执", "因排水问题发生口角", "因赡养问题产生矛盾", "因工钱结算发生纠纷"]),
                "是" if done else "否",
                fake.date_cell(day + dt.timedelta(days=rng.randint(1, 20)), "date") if done else None,
                fake.name(rng),
            )
            previous = (day, village, kind)
            records.append({"screened_on": day, "status": "已化解" if done else "未化解"})
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "zero_report_line",
        file,
        "2月/8月",
        f,
        "当月没有排查到纠纷，表头下只有一行“本月无矛盾纠纷（零报告）”：不是记录，也不是缺台账",
    )
    built.quirk(
        "ditto_marks",
        file,
        "各月",
        f,
        "与上一行相同的排查时间、村、纠纷类型写作“同上”：取上一行的值（排查时间决定年份）",
    )
    built.quirk("month_per_sheet", file, "1月…12月", f, "每月一张表，序号每表从1起")


# --- 人民调解: only the 以案定补 claim form ---------------------------------------------------------------

TIER_AMOUNT = {"一般": 100, "疑难": 200, "重大": 400}  # 镇调委会; illustrative
VILLAGE_AMOUNT = {"一般": 50, "疑难": 100, "重大": 200}  # 村调委会; illustrative
_CAPS = "零壹贰叁肆伍陆柒捌玖"


def capital_yuan(amount: int) -> str:
    """An amount in capital numerals as a claim form's 大写 line writes it (whole yuan below 100,000)."""
    units = ((10000, "万"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, ""))
    out, zero = "", False
    for value, unit in units:
        digit = amount // value % 10
        if digit:
            if zero and out:
                out += "零"
            out += _CAPS[digit] + unit
            zero = False
        else:
            zero = True
    return f"人民币{out or '零'}元整"


def claim_form_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年人民调解以案定补申报表.xlsx"
    header = [
        "序号",
        "卷宗号",
        "纠纷类型",
        "受理时间",
        "结案时间",
        "调解组织",
        "调解员",
        "调解员等级",
        "案件等级",
        "协议形式",
        "补贴标准（元）",
        "申报金额（元）",
        "审核意见",
    ]
    records = []
    sheets = []
    n = 0
    days = fake.dates_in(rng, YEAR, 46)
    for half, months in (("上半年", range(1, 7)), ("下半年", range(7, 13))):
        sheet = Sheet(half)
        sheet.title(f"{TOWN}{YEAR}年{half}人民调解成功案件“以案定补”申报表", len(header))
        sheet.add(f"申报单位：{TOWN}人民调解委员会（盖章）", None, None, None, None, None, None, None, None, "单位：元")
        sheet.header([header])
        first = sheet.next_row
        total = 0
        for day in (d for d in days if d.month in months):
            n += 1
            org = rng.choice(["镇调委会", "镇调委会", *(f"{v}调委会" for v in VILLAGES)])
            tier = fake.pick(rng, {"一般": 6, "疑难": 2, "重大": 0.4})
            amount = (TIER_AMOUNT if org == "镇调委会" else VILLAGE_AMOUNT)[tier]
            form = "口头" if tier == "一般" and rng.random() < 0.6 else "书面"
            no = f"（{YEAR}）檀人调字第{n}号"
            sheet.add(
                n,
                no,
                rng.choice(DISPUTE_TYPES),
                fake.date_cell(day, "dot"),
                fake.date_cell(day + dt.timedelta(days=rng.randint(0, 15)), "dot"),
                org,
                fake.name(rng),
                rng.choice(["一级", "二级", "三级"]),
                tier,
                {"口头": "口头协议", "书面": "书面协议"}[form],
                amount,
                amount,
                "同意",
            )
            total += amount
            records.append({"file_no": no, "accepted_on": day, "result": "调解成功", "form": form, "subsidy": amount})
        last = sheet.next_row - 1
        sheet.add(
            "合计", None, None, None, None, None, None, None, None, None, None, Formula(f"SUM(L{first}:L{last})", total)
        )
        r = sheet.add(f"合计金额（大写）：{capital_yuan(total)}", *([None] * (len(header) - 1)))
        sheet.merges.append((r, 1, r, len(header)))
        sheet.add("申报人：", None, None, "审核人：", None, None, "司法所长签字：", None, None, "日期：")
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk(
        "result_from_title",
        file,
        "上半年/下半年",
        f,
        "申报表只列调解成功的案件（标题“调解成功案件‘以案定补’申报表”），没有调解结果列",
    )
    built.quirk(
        "amount_in_words_row",
        file,
        "上半年/下半年",
        "mediation.subsidy_yuan",
        "合计行（SUM）之后还有一行“合计金额（大写）：人民币…元整”，再下是签字栏：都不是案件",
    )
    built.quirk(
        "competing_headers",
        file,
        "上半年/下半年",
        "mediation.subsidy_yuan",
        "补贴标准（元）与申报金额（元）并列（此表中两者相等）",
    )
    built.quirk("value_suffixes", file, "上半年/下半年", ("mediation.oral", "mediation.written"), "口头协议/书面协议")


# --- 信访: the 信访台账 layout ---------------------------------------------------------------------------

PETITION_PLAN = (  # 信访类型, 交办单位, 办理结果
    ("上级交办", "省联办", "已办结"),
    ("群众来访", None, "已办结"),
    ("12345市民热线", None, "已办结"),
    ("上级交办", "市联办", "正在办理"),
    ("电话来访", None, "已办结"),
    ("上级交办", "县联办", "已办结"),
    ("12345市民热线", None, "正在办理"),
    ("上级交办", "市联办", "已办结"),
    ("群众来访", None, "未化解"),
)


def hotline_register_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年信访事项登记台账.xlsx"
    sheet = Sheet("信访台账")
    header = ["来信编号", "信访类型", "接件时间", "信访人", "信访内容", "联系电话", "交办单位", "办理情况", "办理结果"]
    sheet.title(f"{TOWN}{YEAR}年信访事项登记台账", len(header))
    sheet.header([header])
    canon = {"已办结": "已化解", "正在办理": "正在化解", "未化解": "未化解"}
    records = []
    days = fake.dates_in(rng, YEAR, len(PETITION_PLAN))
    for n, ((channel, source, result), day) in enumerate(zip(PETITION_PLAN, days), start=1):
        no = f"TWXF{YEAR}{n:03d}"
        hour, minute = rng.randint(8, 17), rng.choice([0, 10, 20, 30, 45])
        when = (
            f"{day.year}年{day.month}月{day.day}日 {hour}时{minute}分"
            if n % 2
            else f"{day:%Y-%m-%d} {hour:02d}:{minute:02d}"
        )
        sheet.add(
            no,
            channel,
            when,
            "匿名" if channel == "12345市民热线" and n % 3 == 0 else fake.masked(fake.name(rng)),
            rng.choice(["反映林地权属争议", "反映拖欠工程款", "反映低保评定不公", "反映道路施工扬尘"]),
            fake.mobile(rng),
            source,
            rng.choice(
                [
                    f"已于{day.month}月{day.day + 1 if day.day < 28 else day.day}日转{rng.choice(VILLAGES)}现场处理，已回复信访人",
                    "已转镇综治中心办理，回访满意",
                    "已约谈双方当事人，正在协调",
                ]
            ),
            result,
        )
        records.append({"petition_no": no, "source": source or "本级受理", "assigned_on": day, "status": canon[result]})
    built.books.append(Book(file, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("date_with_clock_time", file, "信访台账", f, "接件时间 写作 2023年3月5日 9时30分 或 2023-03-05 09:30")
    built.quirk(
        "competing_headers",
        file,
        "信访台账",
        f,
        "办理情况（过程文字）与办理结果（已办结/正在办理）并列：办理状态在办理结果列",
    )
    built.quirk(
        "blank_means_own_level",
        file,
        "信访台账",
        "petitions.assigned",
        "只有上级交办的件填交办单位，来访、来电、12345 的件交办单位为空：不是上级交办",
    )


# --- 行政应诉: 开庭时间 with 上午/下午, ✓/✗ --------------------------------------------------------------


def half_day_hearings_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政应诉案件登记台账.xlsx"
    sheet = Sheet("应诉台账")
    header = ["序号", "案号", "原告", "案由", "开庭时间", "出庭应诉负责人", "负责人是否出庭", "审理结果"]
    sheet.title(f"{TOWN}{YEAR}年行政应诉案件登记台账", len(header))
    sheet.header([header])
    plan = (
        (f"（{YEAR}）黔9904行初21号", dt.date(YEAR, 4, 11), True),
        (f"（{YEAR}）黔9904行初46号", dt.date(YEAR, 6, 13), True),
        (f"（{YEAR}）黔9904行初97号", dt.date(YEAR, 9, 5), False),
        (f"（{YEAR}）黔9904行初120号", dt.date(YEAR, 11, 22), True),
    )
    records = []
    for n, (no, day, appeared) in enumerate(plan, start=1):
        sheet.add(
            n,
            no,
            fake.masked(fake.name(rng)),
            rng.choice(["房屋征收补偿", "行政强制拆除", "政府信息公开"]),
            f"{day.year}年{day.month}月{day.day}日{rng.choice(['上午', '下午'])}",
            f"副镇长{fake.masked(fake.name(rng))}" if appeared else "委托代理人",
            "✓" if appeared else "✗",
            rng.choice(["驳回诉讼请求", "撤诉"]),
        )
        records.append({"case_no": no, "heard_on": day, "appeared": appeared})
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("date_with_half_day", file, "应诉台账", f, "开庭时间 写作 2023年6月13日上午")
    built.quirk("check_and_cross_marks", file, "应诉台账", f, "负责人是否出庭 写作 ✓ / ✗")


# --- 法律顾问: the 工作日志, quantities in Chinese numerals -------------------------------------------------

COUNSEL_TYPED = {
    "法律咨询": ("法律咨询", 4),
    "解答咨询": ("法律咨询", 1),
    "合同审查": ("文书审核", 2),
    "规范性文件审查": ("文书审核", 0.5),
    "出具法律意见书": ("法律意见书", 1.2),
    "法律援助": ("法律援助", 0.3),
    "法治讲座": ("法治讲座", 0.8),
    "参与调解": ("参与调解", 1),
}
_SMALL = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 12: "十二"}


def numeral_quantities_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}法律顾问工作日志（{YEAR}年）.xlsx"
    sheet = Sheet("工作日志")
    header = ["序号", "日期", "服务村（社区）", "服务事项", "服务类别", "数量", "服务结果", "顾问签字"]
    sheet.title(f"{TOWN}村（社区）法律顾问工作日志", len(header))
    sheet.add(f"法律顾问：某某律师事务所（虚构）    年度：{YEAR}年")
    sheet.header([header])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 72), start=1):
        typed = fake.pick(rng, {k: w for k, (_, w) in COUNSEL_TYPED.items()})
        service = COUNSEL_TYPED[typed][0]
        qty = rng.choice([1, 2, 3, 5, 12]) if service == "法律咨询" else rng.choice([1, 1, 2, 3])
        unit = {"法律咨询": "人次", "法治讲座": "场"}.get(service, "件")
        cell = fake.pick(rng, {f"{_SMALL[qty]}{unit}": 3, f"{_SMALL[qty]}次": 1, "": 1 if qty == 1 else 0})
        sheet.add(
            n,
            fake.date_cell(day, "slash"),
            rng.choice(VILLAGES),
            rng.choice(["土地承包经营权流转", "村集体经济合同", "赡养纠纷", "工伤赔偿", "宅基地使用"]),
            typed,
            cell or None,
            rng.choice(["已解答", "已出具书面意见", "已完成"]),
            fake.name(rng),
        )
        records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("chinese_numeral_quantity", file, "工作日志", f, "数量 写作 三次、两件、十二人次、一场，或空（=1）")
    built.quirk("competing_headers", file, "工作日志", f, "服务事项（主题）与服务类别（类型）并列")


# --- 学法: 参学对象 ----------------------------------------------------------------------------------------


def study_register_training(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年学法用法工作台账.xlsx"
    sheet = Sheet("学法活动")
    header = ["序号", "日期", "学习内容", "学习形式", "参学对象", "参学人数", "学时"]
    sheet.title(f"{TOWN}{YEAR}年学法用法工作台账", len(header))
    sheet.header([header])
    plan = (
        ("会前学法", "领导班子成员"),
        ("集中培训", "法律明白人"),
        ("会前学法", "全体干部职工"),
        ("线上培训", "法律明白人"),
        ("专题讲座", "行政执法人员"),
        ("集中培训", "法律明白人"),
    )
    records = []
    for n, ((form, audience), day) in enumerate(zip(plan, fake.dates_in(rng, YEAR, len(plan))), start=1):
        sheet.add(
            n,
            fake.date_cell(day, "cn"),
            rng.choice(["宪法", "民法典", "行政处罚法", "信访工作条例"]),
            form,
            audience,
            rng.randint(15, 60),
            rng.choice([1, 2, 4]),
        )
        records.append({"held_on": day, "audience": audience})
    exam = Sheet("考试情况")
    head = ["单位（科室）", "应参考人数", "实参考人数", "参考率"]
    exam.title(f"{TOWN}{YEAR}年国家工作人员学法考试情况", len(head))
    exam.header([head])
    first = exam.next_row
    required = taken = 0
    for office in ("党政综合办公室", "经济发展办公室", "社会事务办公室", "综合行政执法队"):
        need = rng.randint(6, 14)
        got = need - (1 if office == "经济发展办公室" else 0)
        required, taken = required + need, taken + got
        exam.add(office, need, got, f"{got / need:.1%}")
    last = exam.next_row - 1
    exam.add("合计", Formula(f"SUM(B{first}:B{last})", required), Formula(f"SUM(C{first}:C{last})", taken), None)
    records.append(
        {"held_on": dt.date(YEAR, 11, 20), "audience": "干部职工", "exam_required": required, "exam_taken": taken}
    )
    built.books.append(Book(file, [sheet, exam]))
    built.ledgers["training"] = records
    built.quirk("near_miss_header", file, "学法活动", "training.legal_literacy_sessions", "参学对象=培训对象")
    built.quirk("total_row_not_record", file, "考试情况", "training.exam_coverage", "合计行为 SUM 公式")
