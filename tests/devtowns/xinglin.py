"""杏林镇（虚构）2023: the fortieth development town, whose offices keep the year **in quarters and in cumulative
statistics**.

The 综合行政执法办 files its cases as four quarterly workbooks, each named by another clerk's habit (一季度, 第二季度,
2023年7-9月, Q4). The 人民调解委员会 keeps one book with a tab per quarter and left **last year's fourth-quarter tab**
in it (its dates yearless, its year only in the tab's title). The 综治中心 reports disputes only as a quarterly form, a
file a quarter, with **本季 / 累计 / 上年同期** columns side by side (the fourth quarter's 累计 is the year; adding the
累计 of four files would count the first quarter four times). The 党政办 reports disclosure as a yearly form whose
**上年同期 column stands before 本年**. Petitions come as the **信访信息系统's export** (办理状态, 是否化解, 办理方式
交办/转送 beside the 来源). The 行政复议 register lists reviews where **the town is 被申请人** — and there is no
行政应诉 register at all: the reviews say nothing of lawsuits (null, not 0). Training is only the **学法考法 platform's
per-person export** (应考, 实考, 成绩, 是否参考; exempt persons 应考 0): no sessions are recorded (null). The counsel's
register is the plain one. Security is only **the fourth quarter's form** (its 累计 the year). No fraud-watch or
normative-document ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built, plain_counsel_register
from .truth import Null, Stats

TOWN = "杏林镇"
YEAR = 2023
GOV = "杏林镇人民政府"
VILLAGES = ("杏林社区", "桃坪村", "上坝村", "石门坎村", "青杠村", "回龙村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}

QUARTER_WORDS = "一二三四"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    quarter_files_named_four_ways_enforcement(built, rng)
    last_years_quarter_tab_left_in_mediation(built, rng)
    quarter_cumulative_and_last_year_columns_disputes(built)
    last_year_column_before_this_year_disclosure(built)
    petition_system_export_with_handling_columns(built, rng)
    reconsideration_register_alone_litigation(built, rng)
    exam_platform_per_person_export_training(built, rng)
    counsel = plain_counsel_register(built, rng, TOWN, YEAR, VILLAGES, 30)
    built.quirk(
        "plain_words_for_contrast",
        counsel,
        "服务台账",
        ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid"),
        "普通的法律顾问服务台账，作对照",
    )
    fourth_quarter_form_only_security(built)
    absent = ("fraud_watch", "normative_documents")
    for kind in absent:
        built.ledgers[kind] = Null("杏林镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 行政执法: four quarterly workbooks, each named another way ----------------------------------------------------

CATEGORIES = {"行政处罚": ("罚", 4), "行政检查": ("检", 6), "行政许可": ("许", 2), "行政确认": ("确", 1.5)}
MATTERS = {
    "行政处罚": ["占道经营", "违规搭建", "乱倒建筑垃圾", "露天焚烧秸秆"],
    "行政检查": ["燃气安全检查", "农村自建房安全检查", "“双随机”市场检查", "森林防火检查"],
    "行政许可": ["临时占用道路许可", "农村建房规划许可"],
    "行政确认": ["农村低保资格确认", "残疾人两项补贴资格确认"],
}
# The four files, as four clerks named them, and how each typed its dates.
ENFORCEMENT_FILES = (
    (f"{TOWN}行政执法案件登记台账（一季度）.xlsx", f"{TOWN}{YEAR}年一季度行政执法案件登记台账", "date"),
    (f"{TOWN}行政执法案件登记台账第二季度.xlsx", f"{TOWN}{YEAR}年第二季度行政执法案件登记台账", "slash"),
    (f"{TOWN}执法台账{YEAR}年7-9月.xlsx", f"{TOWN}行政执法案件登记台账（{YEAR}年7-9月）", "dot"),
    (f"{TOWN}执法案件Q4.xlsx", f"{TOWN}{YEAR}年Q4行政执法案件登记台账", "yearless"),
)


def quarter_files_named_four_ways_enforcement(built: Built, rng: random.Random) -> None:
    head = ["序号", "案件编号", "案件名称", "执法类别", "当事人", "作出决定日期", "罚没金额（元）", "承办人", "备注"]
    days = fake.dates_in(rng, YEAR, 46)
    numbers = {cat: 0 for cat in CATEGORIES}
    quarters: dict[int, list[list]] = {q: [] for q in range(1, 5)}
    records = []
    for day in days:
        category = fake.pick(rng, {k: w for k, (_, w) in CATEGORIES.items()})
        numbers[category] += 1
        no = f"杏林{CATEGORIES[category][0]}字〔{YEAR}〕{numbers[category]}号"
        q = (day.month - 1) // 3 + 1
        amount = rng.choice([200, 500, 1000, 2000]) if category == "行政处罚" else ""
        typed = fake.date_cell(day, ENFORCEMENT_FILES[q - 1][2])
        quarters[q].append(
            [no, rng.choice(MATTERS[category]), category, fake.masked(fake.name(rng)), typed, amount,
             fake.name(rng), ""]
        )  # fmt: skip
        records.append({"case_no": no, "category": category, "decided_on": day})
    for q, (file, title, _) in enumerate(ENFORCEMENT_FILES, start=1):
        sheet = Sheet("Sheet1")
        sheet.title(title, len(head))
        sheet.header([head])
        for i, row in enumerate(quarters[q], start=1):
            sheet.add(i, *row)
        built.books.append(Book(file, [sheet]))
    built.ledgers["enforcement"] = records
    built.quirk(
        "quarter_files_named_four_ways",
        "杏林镇行政执法案件登记台账（一季度）/…第二季度/执法台账2023年7-9月/执法案件Q4.xlsx",
        "Sheet1",
        ("enforcement.*",),
        "执法案件按季各存一本，四本文件名各是一种写法（一季度、第二季度、2023年7-9月、Q4），表名都是 Sheet1："
        "四本合起来是全年，按作出决定日期计",
    )
    built.quirk(
        "year_from_title",
        ENFORCEMENT_FILES[3][0],
        "Sheet1",
        ("enforcement.*",),
        "Q4 那本的作出决定日期写作 10月12日（无年份），年份在标题“杏林镇2023年Q4…”里",
    )


# --- 人民调解: a tab per quarter, last year's fourth quarter still in the book --------------------------------------

RATES = {"一般": 100, "疑难": 200, "重大": 300}


def last_years_quarter_tab_left_in_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解案件登记台账（{YEAR}年）.xlsx"
    head = ["序号", "卷宗号", "受理日期", "纠纷类型", "申请人", "被申请人", "调解结果", "协议形式", "案件等级",
            "补贴金额（元）"]  # fmt: skip
    kinds = ["邻里纠纷", "婚姻家庭纠纷", "山林土地纠纷", "损害赔偿纠纷", "合同纠纷"]
    records = []
    sheets = []
    # Last year's fourth quarter first: the clerk copied the book and kept the old tab (its dates yearless too).
    plan = [(YEAR - 1, 4, fake.dates_in(rng, YEAR - 1, 9, first=dt.date(YEAR - 1, 10, 8)))]
    days = fake.dates_in(rng, YEAR, 38)
    for q in range(1, 5):
        plan.append((YEAR, q, [d for d in days if (d.month - 1) // 3 + 1 == q]))
    for year, q, qdays in plan:
        # The tabs are named as the committee's clerk names them: Q1 … Q4, last year's 2022Q4; no title names a year
        # (the file's name does), so last year's tab tells its year by its name alone.
        sheet = Sheet(f"{year}Q4" if year < YEAR else f"Q{q}")
        sheet.title(f"{TOWN}第{QUARTER_WORDS[q - 1]}季度人民调解案件登记表", len(head))
        sheet.header([head])
        for i, day in enumerate(qdays, start=1):
            no = f"（{year}）杏人调字第{(q - 1) * 20 + i}号"
            result = fake.pick(rng, {"调解成功": 8, "调解不成功": 1})
            form = tier = subsidy = None
            if result == "调解成功":
                form = "口头" if rng.random() < 0.5 else "书面"
                tier = "一般" if form == "口头" else fake.pick(rng, {"一般": 3, "疑难": 2, "重大": 0.5})
                subsidy = 50 if form == "口头" else RATES[tier]
            sheet.add(
                i, no, fake.date_cell(day, "yearless"), rng.choice(kinds), fake.masked(fake.name(rng)),
                fake.masked(fake.name(rng)), result, {"口头": "口头协议", "书面": "书面协议"}.get(form, "/"),
                tier or "/", subsidy if subsidy is not None else "/",
            )  # fmt: skip
            records.append({"file_no": no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk(
        "last_years_quarter_tab_left_in",
        file,
        f"{YEAR - 1}Q4",
        f,
        "一季一张表，表名 Q1…Q4；上年四季度那张没删，排在最前（表名 2022Q4，标题 杏林镇第四季度… 不写年份，受理日期 11月8日 无年份）："
        "只有表名说出它是2022年的，不计入2023年",
    )
    built.quirk(
        "year_from_title",
        file,
        "Q1…Q4",
        f,
        "受理日期写作 3月5日，各季表的标题和表名都不写年份，年份只在文件名“（2023年）”里",
    )


# --- 矛盾纠纷: a quarterly form a file, 本季 / 累计 / 上年同期 -----------------------------------------------------------

DISPUTE_FILES = (
    f"{TOWN}矛盾纠纷排查化解情况季报（一季度）.xlsx",
    f"{TOWN}矛盾纠纷排查化解情况季报（第二季度）.xlsx",
    f"{TOWN}矛盾纠纷排查化解情况季报（{YEAR}年7-9月）.xlsx",
    f"{TOWN}矛盾纠纷排查化解情况季报（Q4）.xlsx",
)


def quarter_cumulative_and_last_year_columns_disputes(built: Built) -> None:
    screened_q = [31, 44, 38, 27]
    resolved_q = [29, 41, 35, 26]
    last_year_cum = [(28, 26), (63, 59), (97, 90), (125, 117)]  # 上年同期: last year's running totals
    cum_s = cum_r = 0
    for q, (s, r) in enumerate(zip(screened_q, resolved_q, strict=True), start=1):
        cum_s, cum_r = cum_s + s, cum_r + r
        ly_s, ly_r = last_year_cum[q - 1]
        # Each quarter's file has one sheet, Sheet1, under the same title: only the file's name says which quarter.
        sheet = Sheet("Sheet1")
        sheet.title(f"{TOWN}矛盾纠纷排查化解情况统计表", 5)
        sheet.add(f"填报单位：{TOWN}综治中心（虚构）", None, None, "单位：件", None)
        sheet.header([["指标名称", "计量单位", "本季", "累计", "上年同期"]])
        sheet.add("排查矛盾纠纷", "件", s, cum_s, ly_s)
        sheet.add("化解矛盾纠纷", "件", r, cum_r, ly_r)
        sheet.add("化解率", "%", f"{r / s:.1%}", f"{cum_r / cum_s:.1%}", f"{ly_r / ly_s:.1%}")
        sheet.add("填报人：", None, "审核人：", None, None)
        built.books.append(Book(DISPUTE_FILES[q - 1], [sheet]))
    built.ledgers["disputes"] = Stats({"disputes.screened": cum_s, "disputes.resolved": cum_r})
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "quarter_files_with_cumulative_column",
        "杏林镇矛盾纠纷排查化解情况季报（一季度/第二季度/2023年7-9月/Q4）.xlsx",
        "Sheet1",
        f,
        "纠纷只有季报，一季一个文件，表名都是 Sheet1、标题相同，只有文件名说出是哪一季（一季度、第二季度、2023年7-9月、Q4）；"
        "本季、累计、上年同期 三列并排：全年数是四季度的累计（=四季本季之和），把四个文件的累计相加会重复计数，上年同期是去年的",
    )


# --- 平安建设: only the fourth quarter's form, 本季 / 累计 / 上年同期 --------------------------------------------------


def fourth_quarter_form_only_security(built: Built) -> None:
    file = f"{TOWN}平安建设工作季报表（第四季度）.xlsx"
    # (label, unit, this quarter, the year so far, the same period last year)
    rows = [
        ("家暴告诫书", "份", 2, 7, 9),
        ("家暴治安拘留", "人", 0, 1, 2),
        ("涉黄治安案件", "起", 1, 3, 2),
        ("涉黄治安拘留", "人", 2, 4, 3),
    ]
    sheet = Sheet("四季度")
    sheet.title(f"{TOWN}平安建设工作季报表", 5)
    sheet.add(f"填报单位：{TOWN}派出所（虚构）", None, None, f"统计时段：{YEAR}年第四季度", None)
    sheet.header([["项目", "单位", "本季", "累计", "上年同期"]])
    for label, unit, this, so_far, before in rows:
        sheet.add(label, unit, this, so_far, before)
    sheet.add("填报人：", None, "审核人：", None, None)
    built.books.append(Book(file, [sheet]))
    built.ledgers["security"] = Stats(
        {
            "security.dv_warnings": rows[0][3],
            "security.dv_detentions": rows[1][3],
            "security.vice_cases": rows[2][3],
            "security.vice_detentions": rows[3][3],
        }
    )
    built.quirk(
        "fourth_quarter_form_only",
        file,
        "四季度",
        ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions"),
        "平安建设只交了第四季度的季报（前三季的没交）：本季 只是10—12月，累计 才是全年；上年同期 是去年的",
    )


# --- 政务公开: a yearly form whose 上年同期 column stands before 本年 ---------------------------------------------------


def last_year_column_before_this_year_disclosure(built: Built) -> None:
    file = f"{TOWN}{YEAR}年政府信息公开工作情况统计表.xlsx"
    this_year = {"主动公开": 64, "媒体发布": 118, "依申请公开": 3}
    last_year = {"主动公开": 57, "媒体发布": 96, "依申请公开": 5}
    sheet = Sheet("统计表")
    sheet.title(f"{TOWN}{YEAR}年政府信息公开工作情况统计表", 5)
    sheet.add(f"填报单位：{GOV}党政办（虚构）", None, None, f"填报日期：{YEAR + 1}年1月8日", None)
    sheet.header([["统计项目", "单位", "上年同期", "本年", "同比增减"]])
    labels = {
        "主动公开": ("主动公开政府信息", "条"),
        "媒体发布": ("以媒体报道等形式发布信息", "条"),
        "依申请公开": ("受理依申请公开", "件"),
    }
    for key, (label, unit) in labels.items():
        change = this_year[key] - last_year[key]
        sheet.add(label, unit, last_year[key], this_year[key], f"{change:+d}")
    sheet.add("填报人：", None, "审核人：", None, None)
    built.books.append(Book(file, [sheet]))
    built.ledgers["disclosure"] = Stats(
        {
            "disclosure.proactive": this_year["主动公开"],
            "disclosure.media": this_year["媒体发布"],
            "disclosure.on_request": this_year["依申请公开"],
        }
    )
    built.quirk(
        "last_year_column_before_this_year",
        file,
        "统计表",
        ("disclosure.proactive", "disclosure.media", "disclosure.on_request"),
        "公开情况只有年度统计表，列的次序是 上年同期、本年、同比增减（+7）：只有 本年 是今年的数",
    )


# --- 信访: the 信访信息系统's export --------------------------------------------------------------------------------

SOURCES = {"县联办": ("县信访局", 5), "市联办": ("市信访局", 2), "省联办": ("省信访局", 1), "本级受理": ("", 4)}


def petition_system_export_with_handling_columns(built: Built, rng: random.Random) -> None:
    file = f"信访事项查询结果_{YEAR + 1}0105.xlsx"
    head = ["序号", "信访件编号", "登记日期", "信访形式", "来源", "交办机关", "办理方式", "责任单位", "信访人",
            "反映问题（摘要）", "办理状态", "是否化解", "办结日期"]  # fmt: skip
    sheet = Sheet("查询结果")
    sheet.header([head])
    sheet.freeze = "A2"
    records = []
    days = fake.dates_in(rng, YEAR, 22)
    items = [(dt.date(YEAR - 1, 12, 27), f"XL{YEAR - 1}1227{1:03d}")]
    items += [(d, f"XL{d:%Y%m%d}{n:03d}") for n, d in enumerate(days, start=2)]
    for n, (day, no) in enumerate(items, start=1):
        source = fake.pick(rng, {k: w for k, (_, w) in SOURCES.items()})
        # Where the item ends: resolved; closed without resolution; still in hand; forwarded to the competent body.
        outcome = fake.pick(rng, {"已化解": 6, "未化解": 1, "正在化解": 2, "转送": 1})
        if outcome == "转送":
            handling, state, resolved, status = "转送", "已转送", "", "已移交"
        elif outcome == "正在化解":
            handling, state, resolved, status = rng.choice(["交办", "直接办理"]), "办理中", "", "正在化解"
        elif outcome == "未化解":
            handling, state, resolved, status = rng.choice(["交办", "直接办理"]), "已办结", "否", "未化解"
        else:
            handling, state, resolved, status = rng.choice(["交办", "直接办理"]), "已办结", "是", "已化解"
        closed = day + dt.timedelta(days=rng.randint(8, 40)) if state == "已办结" else None
        office = (
            "转县自然资源局"
            if handling == "转送"
            else rng.choice(["杏林镇综治中心", "杏林镇司法所", rng.choice(VILLAGES)])
        )
        sheet.add(
            n, no, f"{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:11",
            rng.choice(["来信", "来访", "网上信访", "电话"]), "上级交办" if source != "本级受理" else "本级受理",
            SOURCES[source][0], handling, office, fake.masked(fake.name(rng)),
            rng.choice(["反映土地承包经营权纠纷", "反映征地补偿问题", "反映拖欠农民工工资", "反映低保评定问题"]),
            state, resolved, f"{closed:%Y-%m-%d}" if closed else "",
        )  # fmt: skip
        records.append({"petition_no": no, "source": source, "assigned_on": day, "status": status})
    sheet.autofilter = f"A1:M{sheet.next_row - 1}"
    built.books.append(Book(file, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk(
        "system_export_handling_columns",
        file,
        "查询结果",
        f,
        "信访信息系统导出：来源（上级交办/本级受理）旁有交办机关（县/市/省信访局），办理方式 交办/转送/直接办理 是镇里怎么办的"
        "（交办 给村、转送 给县部门），不是来源；办理状态 已办结/办理中/已转送 旁另有 是否化解 是/否：已办结但未化解的不算化解",
    )
    built.quirk(
        "prior_year_row",
        file,
        "查询结果",
        f,
        "查询时段从上年12月起：第一件2022年12月27日登记，不计入2023年",
    )


# --- 行政复议: the town as 被申请人, and no 行政应诉 register --------------------------------------------------------


def reconsideration_register_alone_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政复议案件登记表（{YEAR}年）.xlsx"
    head = ["序号", "复议案号", "申请人", "被申请人", "复议机关", "申请复议事项", "收到答复通知日期", "提交答复日期",
            "复议结果"]  # fmt: skip
    sheet = Sheet("行政复议")
    sheet.title(f"{TOWN}{YEAR}年行政复议案件登记表（本机关为被申请人）", len(head))
    sheet.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 4), start=1):
        sheet.add(
            n, f"某县政复字〔{YEAR}〕{rng.randint(10, 90)}号", fake.masked(fake.name(rng)), GOV, "某县人民政府",
            rng.choice(["不服行政处罚决定", "政府信息公开答复", "不服土地权属处理决定"]), f"{day:%Y.%m.%d}",
            f"{day + dt.timedelta(days=9):%Y.%m.%d}", rng.choice(["维持", "驳回复议申请", "终止", "确认违法"]),
        )  # fmt: skip
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = Null(
        "只有行政复议登记表（镇政府为被申请人）：复议不是行政诉讼，没有应诉台账，应诉数不明"
    )
    built.quirk(
        "reconsideration_register_alone",
        file,
        "行政复议",
        ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate"),
        "只交了行政复议登记表（本机关为被申请人，复议机关 某县人民政府），没有行政应诉台账：应诉各数为空（null），不是0",
    )


# --- 学法考法: the platform's per-person export --------------------------------------------------------------------


def exam_platform_per_person_export_training(built: Built, rng: random.Random) -> None:
    file = f"学法考法成绩导出_{TOWN}_{YEAR}.xlsx"
    head = ["序号", "单位", "姓名", "职务", "应考", "实考", "成绩", "是否参考", "备注"]
    sheet = Sheet("成绩导出")
    sheet.add(f"{YEAR}年度国家工作人员学法考法成绩统计（{TOWN}）", *([None] * (len(head) - 1)))
    sheet.add(f"导出时间：{YEAR}-12-28 16:05:42", *([None] * (len(head) - 1)))
    sheet.header([head])
    offices = ["党政办", "综治中心", "司法所", "综合行政执法办", "农业农村办", "社会事务办"]
    required = taken = 0
    for n in range(1, 47):
        office = offices[(n - 1) % len(offices)]
        roll = rng.random()
        if n in (9, 31):  # exempt (long sick leave, seconded): the platform sets 应考 0
            row = (0, 0, "", "否", "免考（病假）" if n == 9 else "免考（借调）")
        elif roll < 0.1:
            row = (1, 0, "缺考", "否", "")
        else:
            row = (1, 1, rng.randint(62, 100), "是", "")
        required += row[0]
        taken += row[1]
        sheet.add(
            n, f"{TOWN}{office}", fake.masked(fake.name(rng)), rng.choice(["科员", "副主任", "主任", "干部"]), *row
        )
    built.books.append(Book(file, [sheet]))
    built.ledgers["training"] = [
        {"held_on": dt.date(YEAR, 12, 1), "audience": "领导干部", "exam_required": required, "exam_taken": taken}
    ]
    built.overrides["training.legal_literacy_sessions"] = Null("只有考试平台的成绩导出，没有培训活动记录")
    built.quirk(
        "exam_platform_per_person_export",
        file,
        "成绩导出",
        ("training.exam_coverage", "training.legal_literacy_sessions"),
        "学法考法平台按人导出：应考、实考（0/1）、成绩（缺考）、是否参考；两人免考（应考 0）不在应参考之列；"
        "没有培训记录，法律明白人培训次数为空（null），不是0",
    )
