"""箐口镇（虚构）2024: the fifty-sixth development town, built blind — a mountain town of a western county (乌岭县,
fictitious) whose offices keep **a ledger for nearly every figure family**, each on the form a western office prints:
the 综治中心's 矛盾纠纷排查化解台账 with 村 and 组 in two columns, 红/黄/蓝 risk, the 易地扶贫搬迁安置点 as a place of
its own and last year's carried-over rows on top of 一季度; the 司法所's 人民调解 register kept as the forms are filed
(书面协议 cases, the 人民调解口头协议登记表, and the cases ended without agreement, one sheet each — the agreement's
form is the sheet, not a column); the 综合行政执法队's case register in an old Excel 97 .xls with the category
abbreviated (检查, 处罚) and a case still under way; the 党政办's 政务公开 record as a Word document of two tables
(信息公开登记, 宣传信息采用登记); the 信访办's register where the assigning level is written as the 信访局 of a level;
the 派出所's 平安建设 figures in a WPS .et of two sheets with a merged 处理情况（人） header; the 反诈 list exported
as a UTF-8 CSV; the 法律顾问's log in Word; the 行政应诉 table; the 学法用法 register with the exam's 应考/实考; and a
规范性文件备案登记表 that says the town made none.

Truth decisions: a 信访 item assigned by the 信访局 (or 联席办) of a higher level — 国家, 省, 市, 县 — is 上级交办; the
town's own 来访/来信 are not. A dispute row dated in 2023 (上年结转, resolved in 2024) is last year's screening. An
enforcement case counts in the year of its decision; a case registered in 2024 and still 办理中 (no decision date) is
not a 2024 case; a case registered in December 2023 and decided in January 2024 is. The 宣传信息采用登记 (items the
county and provincial media ran) are 媒体发布; the 信息公开登记 rows are 主动公开 or 依申请公开 as their 公开类别 says.
A 规范性文件备案登记表 with the printed line 本年度未制定规范性文件 is 0, not a missing ledger.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "箐口镇"
YEAR = 2024
COUNTY = "乌岭县"  # fictitious
VILLAGES = ("箐口社区", "大坪村", "岩脚村", "麻窝村", "凉水井村", "新寨村")  # fictitious
RESETTLEMENT = "移民新村安置点"  # the town's 易地扶贫搬迁 集中安置点 (fictitious)
GROUPS = ("一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组")
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    village_and_group_columns_disputes(built, rng)
    agreement_form_by_sheet_mediation(built, rng)
    abbreviated_categories_old_xls_enforcement(built, rng)
    word_two_tables_disclosure(built, rng)
    bureau_level_as_source_petitions(built, rng)
    merged_outcome_header_et_security(built, rng)
    system_export_csv_fraud_watch(built, rng)
    word_log_counsel(built, rng)
    leader_with_post_litigation(built, rng)
    audience_and_exam_columns_training(built, rng)
    none_made_line_normative_documents(built, rng)
    return built


def _place(rng: random.Random) -> tuple[str, str]:
    """A 村 and its 组, or the 安置点 and its 栋 (a resettlement site has buildings, not groups)."""
    if rng.random() < 0.15:
        return RESETTLEMENT, f"{rng.randint(1, 12)}栋"
    return rng.choice(VILLAGES[1:]) if rng.random() < 0.9 else VILLAGES[0], rng.choice(GROUPS)


# --- 矛盾纠纷: 村 | 组 columns, risk colours, quarter sheets, last year's rows carried over ------------------------

DISPUTES_FILE = f"{TOWN}2024年矛盾纠纷排查化解工作台账.xlsx"
DISPUTE_TYPES = {"山林土地纠纷": 9, "邻里纠纷": 7, "婚姻家庭纠纷": 5, "房屋宅基地纠纷": 3, "劳动争议纠纷": 2,
                 "损害赔偿纠纷": 2, "道路交通事故纠纷": 1, "其他纠纷": 1}  # fmt: skip
DISPUTE_BRIEFS = {
    "山林土地纠纷": (
        "两户因林地界址不清发生争执",
        "退耕还林地边界争议",
        "承包地被邻户占种",
        "集体林地分山到户界桩移位",
    ),
    "邻里纠纷": ("修建圈舍排水流入邻户院坝", "牛羊践踏庄稼赔偿", "通户路占用争执"),
    "婚姻家庭纠纷": ("老人赡养费用分担", "夫妻感情不和要求离婚", "分家析产争议"),
    "房屋宅基地纠纷": ("建房地基越界", "搬迁后旧宅基地复垦争议"),
    "劳动争议纠纷": ("外出务工工资被拖欠", "安置点扶贫车间工资结算"),
    "损害赔偿纠纷": ("放牧牲畜被车撞伤", "山火烧毁邻户林木"),
    "道路交通事故纠纷": ("三轮车与摩托车碰撞",),
    "其他纠纷": ("安置点楼道堆放杂物",),
}
DISPUTE_STATES = {"已化解": 12, "正在化解": 1.2, "稳控中": 0.5, "已引导诉讼": 0.4}
QUARTERS = (("一季度", 1, 3), ("二季度", 4, 6), ("三季度", 7, 9), ("四季度", 10, 12))


def village_and_group_columns_disputes(built: Built, rng: random.Random) -> None:
    head1 = ["序号", "排查时间", "纠纷发生地", None, "纠纷类别", "当事人", None, "纠纷简要情况", "风险等级",
             "化解情况", None, None, "备注"]  # fmt: skip
    head2 = [None, None, "村（社区）", "组", None, "姓名", "联系电话", None, None, "化解时间", "化解结果", "包保责任人",
             None]  # fmt: skip
    merges = [(1, c, 2, c) for c in (1, 2, 5, 8, 9, 13)] + [(1, 3, 1, 4), (1, 6, 1, 7), (1, 10, 1, 12)]
    records = []
    sheets = []
    for name, first, last in QUARTERS:
        sheet = Sheet(name)
        sheet.title(f"{TOWN}{YEAR}年{name}矛盾纠纷排查化解工作台账", len(head1))
        sheet.add("填报单位：箐口镇综治中心（虚构）", *[None] * 9, "填报人：", None, None)
        sheet.header([head1, head2], merges)
        n = 0
        if name == "一季度":
            # Rows carried over from December 2023, resolved in January: last year's screening, kept on top.
            for day in fake.dates_in(rng, YEAR - 1, 3, dt.date(YEAR - 1, 12, 1), dt.date(YEAR - 1, 12, 28)):
                n += 1
                kind = fake.pick(rng, DISPUTE_TYPES)
                village, group = _place(rng)
                solved = dt.date(YEAR, 1, rng.randint(5, 25))
                sheet.add(n, f"{day.year}.{day.month:02d}.{day.day:02d}", village, group, kind, fake.name(rng),
                          fake.mobile(rng), rng.choice(DISPUTE_BRIEFS[kind]), "黄色",
                          f"{solved.year}.{solved.month:02d}.{solved.day:02d}", "已化解", fake.name(rng),
                          "上年结转")  # fmt: skip
                records.append({"screened_on": day, "status": "已化解"})
        count = {"一季度": 31, "二季度": 27, "三季度": 24, "四季度": 29}[name]
        for day in fake.dates_in(rng, YEAR, count, dt.date(YEAR, first, 1), dt.date(YEAR, last, 28)):
            n += 1
            kind = fake.pick(rng, DISPUTE_TYPES)
            village, group = _place(rng)
            state = fake.pick(rng, DISPUTE_STATES)
            if name == "四季度" and day.month == 12 and day.day > 15:
                state = "正在化解"  # screened late in December, still being worked on at year end
            risk = "红色" if state == "稳控中" else rng.choice(["蓝色", "蓝色", "蓝色", "黄色"])
            solved = day + dt.timedelta(days=rng.randint(0, 20)) if state == "已化解" else None
            sheet.add(n, f"{day.year}.{day.month:02d}.{day.day:02d}", village, group, kind, fake.name(rng),
                      fake.mobile(rng), rng.choice(DISPUTE_BRIEFS[kind]), risk,
                      f"{solved.year}.{solved.month:02d}.{solved.day:02d}" if solved else None, state, fake.name(rng),
                      "安置点" if village == RESETTLEMENT else None)  # fmt: skip
            records.append({"screened_on": day, "status": "已化解" if state == "已化解" else state})
        sheets.append(sheet)
    built.books.append(Book(DISPUTES_FILE, sheets))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("village_and_group_columns", DISPUTES_FILE, "一季度…四季度", f,
                "纠纷发生地 合并在 村（社区）/ 组 两列之上；安置点的 组 写作 3栋")  # fmt: skip
    built.quirk("carried_over_rows_on_top", DISPUTES_FILE, "一季度", f,
                "一季度表顶上 3 行是 2023 年 12 月排查、2024 年 1 月化解的结转纠纷（备注 上年结转）：不是 2024 年排查的")  # fmt: skip
    built.quirk("risk_colour_and_states", DISPUTES_FILE, "一季度…四季度", f,
                "风险等级 红色/黄色/蓝色；化解结果 已化解、正在化解、稳控中、已引导诉讼：只有已化解算化解")  # fmt: skip
    built.quirk("header_four_rows", DISPUTES_FILE, "一季度…四季度", f, "两行表头，三处合并父标题，标题与填报单位行在上")


# --- 人民调解: the agreement's form is the sheet ---------------------------------------------------------------

MEDIATION_FILE = f"{TOWN}司法所2024年人民调解案件登记台账.xlsx"
WRITTEN_RATES = {"简易": 100, "一般": 200, "疑难复杂": 300}
ORAL_RATE = 30
COMMITTEES = tuple(f"{v}人民调解委员会" for v in VILLAGES) + (f"{TOWN}人民调解委员会",)


def agreement_form_by_sheet_mediation(built: Built, rng: random.Random) -> None:
    head1 = ["序号", "卷宗号", "受理时间", "调解组织", "纠纷类型", "当事人", None, "调解结果", "结案时间",
             "难易程度", "以案定补金额（元）"]  # fmt: skip
    head2 = [None, None, None, None, None, "申请人", "被申请人", None, None, None, None]
    merges = [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11)] + [(1, 6, 1, 7)]
    types = {"山林土地纠纷": 8, "邻里纠纷": 7, "婚姻家庭纠纷": 5, "房屋宅基地纠纷": 3, "损害赔偿纠纷": 2,
             "劳务纠纷": 2}  # fmt: skip
    records = []

    written = Sheet("书面协议")
    written.title(f"{TOWN}{YEAR}年人民调解案件登记台账（书面协议）", len(head1))
    written.header([head1, head2], merges)
    for n, day in enumerate(fake.dates_in(rng, YEAR, 38, last=dt.date(YEAR, 12, 15)), start=1):
        tier = fake.pick(rng, {"简易": 3, "一般": 5, "疑难复杂": 1.5})
        file_no = f"（{YEAR}）箐人调字第{n}号"
        closed = day + dt.timedelta(days=rng.randint(2, 25))
        written.add(n, file_no, fake.date_cell(day, "date"), rng.choice(COMMITTEES), fake.pick(rng, types),
                    fake.name(rng), fake.name(rng), "调解成功", fake.date_cell(closed, "date"), tier,
                    WRITTEN_RATES[tier])  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "result": "调解成功", "form": "书面",
                        "subsidy": WRITTEN_RATES[tier]})  # fmt: skip

    # The 人民调解口头协议登记表: one line per oral agreement, numbered on its own; no 卷宗 is made for it.
    oral_head = ["序号", "登记编号", "登记日期", "调解组织", "纠纷类型", "纠纷当事人", "协议内容", "调解结果", "调解员",
                 "案补金额（元）"]  # fmt: skip
    oral = Sheet("口头协议")
    oral.title(f"{TOWN}{YEAR}年人民调解口头协议登记表", len(oral_head))
    oral.header([oral_head])
    deals = ("当场赔礼道歉", "赔偿损失500元当场付清", "重新确定界址并埋设界桩", "轮流照顾老人", "拆除越界部分")
    for n, day in enumerate(fake.dates_in(rng, YEAR, 64, last=dt.date(YEAR, 12, 20)), start=1):
        file_no = f"箐口头字{YEAR}-{n:03d}"
        oral.add(n, file_no, fake.date_cell(day, "dot"), rng.choice(COMMITTEES[:-1]), fake.pick(rng, types),
                 f"{fake.name(rng)}、{fake.name(rng)}", rng.choice(deals), "达成口头协议", fake.name(rng),
                 ORAL_RATE)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "result": "调解成功", "form": "口头",
                        "subsidy": ORAL_RATE})  # fmt: skip

    failed = Sheet("未达成协议")
    failed.title(f"{TOWN}{YEAR}年人民调解未达成协议案件登记", len(head1))
    failed.header([head1, head2], merges)
    for n, day in enumerate(fake.dates_in(rng, YEAR, 6, last=dt.date(YEAR, 12, 15)), start=1):
        file_no = f"（{YEAR}）箐人调终字第{n}号"
        failed.add(n, file_no, fake.date_cell(day, "date"), rng.choice(COMMITTEES), fake.pick(rng, types),
                   fake.name(rng), fake.name(rng), rng.choice(["终止调解", "调解不成功"]),
                   fake.date_cell(day + dt.timedelta(days=rng.randint(5, 30)), "date"), None, None)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "result": "调解不成功", "form": None,
                        "subsidy": None})  # fmt: skip
    built.books.append(Book(MEDIATION_FILE, [written, oral, failed]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("agreement_form_from_sheet", MEDIATION_FILE, "书面协议/口头协议", f,
                "没有 协议形式 列：书面协议案件 与 口头协议登记表 各一张表，形式只在表名和标题里")  # fmt: skip
    built.quirk("oral_register_own_columns", MEDIATION_FILE, "口头协议", f,
                "口头协议登记表的列与案件登记不同（登记编号、纠纷当事人、协议内容、案补金额（元）），结果写 达成口头协议")  # fmt: skip
    built.quirk("failed_cases_sheet", MEDIATION_FILE, "未达成协议", f,
                "终止调解/调解不成功 的案件另列一表：不是成功案件，也没有案补")  # fmt: skip
    built.quirk("header_four_rows", MEDIATION_FILE, "书面协议", f, "当事人 合并在 申请人/被申请人 之上")


# --- 行政执法: an Excel 97 .xls, abbreviated categories, a case under way -----------------------------------------

ENFORCEMENT_FILE = f"{TOWN}综合行政执法队2024年行政执法案件登记台账.xls"
ABBREVIATED = {"行政检查": "检查", "行政处罚": "处罚", "行政许可": "许可", "行政强制": "强制", "行政确认": "确认"}
ACTS = {
    "行政检查": ("森林防火专项检查", "自建房安全排查", "农村燃气安全检查", "小作坊食品安全检查"),
    "行政处罚": ("违规野外用火", "擅自改变林地用途", "违法占用耕地建房", "乱倒建筑垃圾"),
    "行政许可": ("农村村民宅基地审批", "临时占用林地审批", "乡村建设规划许可"),
    "行政强制": ("查封违法建设施工现场", "暂扣违规用火工具"),
    "行政确认": ("农村土地承包经营权确认", "林权登记初审确认"),
}


def abbreviated_categories_old_xls_enforcement(built: Built, rng: random.Random) -> None:
    head1 = ["序号", "案件编号", "案由（事项名称）", "执法类别", "当事人", None, "立案（受理）日期", "决定日期",
             "处理结果", "罚没金额（元）", "办理状态", "承办人"]  # fmt: skip
    head2 = [None, None, None, None, "姓名或名称", "所在村组", None, None, None, None, None, None]
    merges = [(1, c, 2, c) for c in (1, 2, 3, 4, 7, 8, 9, 10, 11, 12)] + [(1, 5, 1, 6)]
    sheet = Sheet("执法台账")
    sheet.title(f"{TOWN}综合行政执法队{YEAR}年行政执法案件登记台账", len(head1))
    sheet.header([head1, head2], merges)
    counts = {"行政检查": 46, "行政处罚": 13, "行政许可": 27, "行政强制": 2, "行政确认": 9}
    letters = {"行政检查": "检", "行政处罚": "罚", "行政许可": "许", "行政强制": "强", "行政确认": "确"}
    cases = [(c, d) for c, k in counts.items() for d in fake.dates_in(rng, YEAR, k, last=dt.date(YEAR, 12, 10))]
    cases.sort(key=lambda x: x[1])
    records = []
    seq: dict[str, int] = {}
    n = 0
    # A case registered in December 2023 and decided in January 2024: a 2024 case.
    n += 1
    carried = f"箐综执罚〔{YEAR - 1}〕{14}号"
    sheet.add(n, carried, "违规野外用火", "处罚", fake.name(rng), f"{rng.choice(VILLAGES[1:])}{rng.choice(GROUPS)}",
              dt.datetime(YEAR - 1, 12, 18), dt.datetime(YEAR, 1, 9), "罚款", 200, "已办结", fake.name(rng))  # fmt: skip
    records.append({"case_no": carried, "category": "行政处罚", "decided_on": dt.date(YEAR, 1, 9)})
    for category, opened in cases:
        n += 1
        seq[category] = seq.get(category, 0) + 1
        case_no = f"箐综执{letters[category]}〔{YEAR}〕{seq[category]}号"
        decided = opened + dt.timedelta(days=rng.randint(0, 12) if category != "行政处罚" else rng.randint(7, 25))
        result = {"行政检查": rng.choice(["未发现问题", "责令限期整改"]), "行政处罚": rng.choice(["警告", "罚款"]),
                  "行政许可": "准予许可", "行政强制": "已解除", "行政确认": "予以确认"}[category]  # fmt: skip
        fine = rng.choice([200, 500, 1000]) if result == "罚款" else None
        sheet.add(n, case_no, rng.choice(ACTS[category]), ABBREVIATED[category], fake.name(rng),
                  f"{rng.choice(VILLAGES[1:])}{rng.choice(GROUPS)}", dt.datetime(opened.year, opened.month, opened.day),
                  dt.datetime(decided.year, decided.month, decided.day), result, fine, "已办结", fake.name(rng))  # fmt: skip
        records.append({"case_no": case_no, "category": category, "decided_on": decided})
    # Two penalty cases registered in December and still under way at year end: no decision, not 2024 cases.
    for k in range(2):
        n += 1
        seq["行政处罚"] += 1
        case_no = f"箐综执罚〔{YEAR}〕{seq['行政处罚']}号"
        sheet.add(n, case_no, rng.choice(ACTS["行政处罚"]), "处罚", fake.name(rng),
                  f"{rng.choice(VILLAGES[1:])}{rng.choice(GROUPS)}", dt.datetime(YEAR, 12, 16 + 5 * k), None, None, None,
                  "办理中", fake.name(rng))  # fmt: skip
        records.append({"case_no": case_no, "category": "行政处罚", "decided_on": None})
    built.books.append(Book(ENFORCEMENT_FILE, [sheet], fmt="biff"))
    built.ledgers["enforcement"] = records
    cats = ("enforcement.cases", "enforcement.inspection", "enforcement.penalty", "enforcement.licensing",
            "enforcement.coercion", "enforcement.confirmation")  # fmt: skip
    built.quirk(
        "abbreviated_categories", ENFORCEMENT_FILE, "执法台账", cats, "执法类别 写 检查/处罚/许可/强制/确认，省去 行政"
    )
    built.quirk("registered_last_year_decided_this_year", ENFORCEMENT_FILE, "执法台账",
                ("enforcement.cases", "enforcement.penalty"),
                "第一行 2023-12-18 立案、2024-01-09 决定，案号 〔2023〕：按决定日期是 2024 年的案件")  # fmt: skip
    built.quirk("pending_case_no_decision", ENFORCEMENT_FILE, "执法台账", ("enforcement.cases", "enforcement.penalty"),
                "末两行 12 月立案、办理中、决定日期空：不是 2024 年作出决定的案件")  # fmt: skip
    built.quirk("party_over_name_and_place", ENFORCEMENT_FILE, "执法台账", (),
                "当事人 合并在 姓名或名称 / 所在村组 之上；Excel 97-2003 .xls")  # fmt: skip


# --- 政务公开: a Word document of two tables -------------------------------------------------------------------

DISCLOSURE_FILE = f"{TOWN}2024年政务公开工作台账.docx"
NOTICES = ("2024年耕地地力保护补贴发放名册公示", "农村低保对象动态调整公示", "森林防火禁火令", "临时救助资金发放公示",
           "易地扶贫搬迁后续扶持项目公示", "村级财务收支公开", "产业路建设项目招标结果公示", "惠民惠农补贴资金公开",
           "防汛抗旱应急预案", "高龄津贴发放名单公示")  # fmt: skip
MEDIA = ("乌岭县融媒体中心", "乌岭发布微信公众号", "州电视台新闻", "省日报客户端")
STORIES = ("箐口镇开展森林防火宣传进村组", "箐口镇移民新村安置点开办扶贫车间", "箐口镇召开矛盾纠纷排查化解推进会",
           "箐口镇法律明白人培训班开班", "箐口镇辣椒喜获丰收", "箐口镇开展安全生产大检查")  # fmt: skip


def word_two_tables_disclosure(built: Built, rng: random.Random) -> None:
    records = []
    public = Sheet("一、政府信息公开登记表")
    public.doc_before = [f"{TOWN}2024年政务公开工作台账", "（虚构示例）"]
    public.header([["序号", "公开时间", "公开内容", "公开形式", "公开类别", "责任单位"]])
    rows = [(d, "主动公开") for d in fake.dates_in(rng, YEAR, 41)] + [
        (d, "依申请公开") for d in fake.dates_in(rng, YEAR, 2)
    ]
    rows.sort()
    for n, (day, kind) in enumerate(rows, start=1):
        if kind == "依申请公开":
            content, channel = "申请公开村道硬化项目资金使用情况", "书面答复"
        else:
            content, channel = (
                rng.choice(NOTICES),
                rng.choice(["政务公开栏", "政府网站", "政务公开栏、村务公开栏", "微信公众号"]),
            )
        public.add(n, fake.date_cell(day, "cn"), content, channel, kind, rng.choice(["党政办", "社会事务办", "财政所"]))
        records.append({"published_on": day, "type": kind})
    media = Sheet("二、宣传信息采用登记表")
    media.header([["序号", "日期", "信息标题", "采用媒体", "撰稿人"]])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 23), start=1):
        media.add(n, fake.date_cell(day, "cn"), rng.choice(STORIES), rng.choice(MEDIA), fake.name(rng))
        records.append({"published_on": day, "type": "媒体发布"})
    built.books.append(Book(DISCLOSURE_FILE, [public, media], fmt="docx"))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk("word_table", DISCLOSURE_FILE, "一、政府信息公开登记表", f, "Word 里两张表，表名是表上的段落")
    built.quirk("media_as_own_table", DISCLOSURE_FILE, "二、宣传信息采用登记表", ("disclosure.media",),
                "媒体发布不是一列的值，而是另一张表（宣传信息采用登记表，采用媒体列）")  # fmt: skip


# --- 信访: the assigning level is written as the 信访局 of a level ---------------------------------------------------

PETITIONS_FILE = f"{TOWN}2024年信访事项登记台账.xlsx"
ISSUES = ("林地确权争议", "易地扶贫搬迁安置房质量问题", "农民工工资拖欠", "耕地占补平衡补偿", "低保评定不公",
          "通组路建设占地补偿", "退耕还林补助未到位")  # fmt: skip


def bureau_level_as_source_petitions(built: Built, rng: random.Random) -> None:
    head = ["序号", "信访件编号", "登记日期", "信访形式", "来源（交办单位）", "信访人", "所在村组", "反映问题",
            "是否重复信访", "化解情况", "办结时间"]  # fmt: skip
    sheet = Sheet("信访台账")
    sheet.title(f"{TOWN}{YEAR}年信访事项登记台账", len(head))
    sheet.header([head])
    # (source as written, source in the truth, status)
    plan = [
        ("国家信访局转送", "中联办", "已化解"),
        ("省信访局交办", "省联办", "化解中"),
        ("州信访局交办", "市联办", "已化解"),
        ("州信访局交办", "市联办", "已化解"),
        ("县信访局交办", "县联办", "已化解"),
        ("县信访局交办", "县联办", "已化解"),
        ("县信访局交办", "县联办", "化解中"),
        ("县信访联席办交办", "县联办", "已化解"),
    ] + [("本级受理", "本级受理", rng.choice(["已化解", "已化解", "化解中"])) for _ in range(11)]
    rng.shuffle(plan)
    records = []
    for n, ((written, source, status), day) in enumerate(zip(plan, fake.dates_in(rng, YEAR, len(plan))), start=1):
        form = (
            "来访" if source == "本级受理" and rng.random() < 0.7 else ("来信" if source == "本级受理" else "网上信访")
        )
        petition_no = f"XF{YEAR}{n:03d}"
        repeat = "是" if status == "化解中" and source != "本级受理" else "否"
        closed = day + dt.timedelta(days=rng.randint(10, 50)) if status == "已化解" else None
        sheet.add(n, petition_no, fake.date_cell(day, "slash"), form, written, fake.masked(fake.name(rng)),
                  f"{rng.choice(VILLAGES[1:])}{rng.choice(GROUPS)}", rng.choice(ISSUES), repeat, status,
                  fake.date_cell(closed, "slash") if closed else None)  # fmt: skip
        records.append({"petition_no": petition_no, "assigned_on": day, "source": source,
                        "status": "正在化解" if status == "化解中" else status})  # fmt: skip
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("bureau_level_as_source", PETITIONS_FILE, "信访台账", f,
                "来源写 国家信访局转送、省/州/县信访局交办、县信访联席办交办（州=地级）：都是上级交办；本级受理 不是")  # fmt: skip


# --- 平安建设: a WPS .et of two sheets, 处理情况（人） merged over 拘留/罚款/警告 ----------------------------------------

SECURITY_FILE = f"{TOWN}派出所2024年平安建设工作台账.et"


def merged_outcome_header_et_security(built: Built, rng: random.Random) -> None:
    records = []
    dv = Sheet("家暴告诫")
    head = ["序号", "出具日期", "告诫书文号", "村（社区）", "组", "加害人", "受害人", "备注"]
    dv.title(f"{COUNTY}公安局箐口派出所{YEAR}年家庭暴力告诫书出具登记", len(head))
    dv.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 9), start=1):
        village, group = _place(rng)
        dv.add(n, fake.date_cell(day, "date"), f"乌公（箐）告字〔{YEAR}〕{n}号", village, group,
               fake.masked(fake.name(rng)), fake.masked(fake.name(rng)), None)  # fmt: skip
        records.append({"occurred_on": day, "type": "家暴告诫书", "detained": 0})
    cases = Sheet("治安案件")
    head1 = ["序号", "受案日期", "案件类别", "简要案情", "发生地", "处理情况（人）", None, None, "办案民警"]
    head2 = [None, None, None, None, None, "行政拘留", "罚款", "警告", None]
    cases.title(f"{COUNTY}公安局箐口派出所{YEAR}年治安案件查处登记", len(head1))
    cases.header([head1, head2], [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 9)] + [(1, 6, 1, 8)])
    plan = [
        ("涉黄", "容留卖淫"),
        ("涉黄", "卖淫嫖娼"),
        ("涉黄", "卖淫嫖娼"),
        ("涉赌", "赌博"),
        ("涉赌", "赌博"),
        ("涉赌", "为赌博提供条件"),
        ("家暴", "殴打家庭成员"),
        ("殴打他人", "酒后殴打他人"),
        ("盗窃", "盗窃耕牛"),
    ]
    truth_type = {"涉黄": "涉黄治安案件", "涉赌": "涉赌治安案件", "家暴": "家暴治安案件"}
    for n, ((kind, brief), day) in enumerate(zip(plan, fake.dates_in(rng, YEAR, len(plan))), start=1):
        detained = {"涉黄": rng.choice([1, 2, 3]), "涉赌": rng.choice([0, 2, 4]), "家暴": 1}.get(
            kind, rng.choice([0, 1])
        )
        fined = rng.choice([0, 1, 2])
        warned = 0 if detained or fined else 1
        cases.add(n, fake.date_cell(day, "date"), kind, brief, _place(rng)[0], detained or None, fined or None,
                  warned or None, fake.name(rng))  # fmt: skip
        records.append({"occurred_on": day, "type": truth_type.get(kind, kind), "detained": detained})
    built.books.append(Book(SECURITY_FILE, [dv, cases], fmt="biff"))
    built.ledgers["security"] = records
    f = ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions")
    built.quirk("wps_et_two_sheets", SECURITY_FILE, "家暴告诫/治安案件", f, "WPS .et：告诫书登记与治安案件查处各一张表")
    built.quirk("detained_under_merged_outcome", SECURITY_FILE, "治安案件", f,
                "处理情况（人） 合并在 行政拘留/罚款/警告 之上：拘留人数是 行政拘留 列；空格为 0；类别写 涉黄/涉赌/家暴")  # fmt: skip


# --- 反诈: the system's list as a UTF-8 CSV ---------------------------------------------------------------------

FRAUD_FILE = f"{TOWN}涉诈重点人员管控名单（导出）.csv"


def system_export_csv_fraud_watch(built: Built, rng: random.Random) -> None:
    sheet = Sheet("名单")
    sheet.add("序号", "姓名", "身份证号", "联系电话", "户籍地址", "管控状态", "联系情况", "核减时间", "备注")
    records = []
    places = [f"{TOWN}{v}{g}" for v in VILLAGES[1:] for g in GROUPS[:4]]
    for serial, removed, contacted, (name, idno, phone, place) in fake.watch_list(rng, 14, places, 0.4):
        status = "已核减" if removed else "在管"
        when = fake.date_cell(fake.dates_in(rng, YEAR, 1)[0], "iso") if removed else ""
        sheet.add(serial, name, idno, phone, place, status, "已联系" if contacted else "未联系上", when,
                  "持合法出入境证件" if removed and rng.random() < 0.3 else "")  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(FRAUD_FILE, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["fraud_watch"] = records
    built.quirk("csv_utf8_bom", FRAUD_FILE, "", ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted"),
                "系统导出：管控状态 在管/已核减，联系情况 已联系/未联系上，第一行即表头")  # fmt: skip


# --- 法律顾问: the counsel's log in Word ---------------------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}2024年法律顾问服务工作记录.docx"
COUNSEL_ITEMS = {  # as written → (truth service or None, weight, quantity unit)
    "法律咨询": ("法律咨询", 6, "人次"),
    "审查合同": ("文书审核", 2.5, "份"),
    "审核文件": ("文书审核", 1, "件"),
    "出具法律意见书": ("法律意见书", 1.5, "件"),
    "法律援助": ("法律援助", 0.4, "件"),
    "参与矛盾纠纷调解": (None, 1.5, "次"),
    "法治讲座": (None, 1, "场"),
}


def word_log_counsel(built: Built, rng: random.Random) -> None:
    sheet = Sheet(f"{TOWN}{YEAR}年法律顾问服务工作记录表")
    sheet.doc_before = ["（虚构示例）"]
    sheet.header([["序号", "服务日期", "服务对象", "服务事项", "数量", "服务方式", "法律顾问"]])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 58), start=1):
        item = fake.pick(rng, {k: v[1] for k, v in COUNSEL_ITEMS.items()})
        service, _, unit = COUNSEL_ITEMS[item]
        qty = rng.choice([2, 3, 4, 5, 6]) if item == "法律咨询" else rng.choice([1, 1, 1, 2])
        cell = f"{qty}{unit}" if qty > 1 or rng.random() < 0.5 else None  # blank counts 1
        target = rng.choice(["镇人民政府", *VILLAGES[1:], RESETTLEMENT, "村民"])
        sheet.add(n, fake.date_cell(day, "cn"), target, item, cell, rng.choice(["现场", "电话", "微信"]), "李律师")
        if service:
            records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(COUNSEL_FILE, [sheet], fmt="docx"))
    built.ledgers["counsel"] = records
    built.quirk("word_table", COUNSEL_FILE, sheet.name, ("counsel.opinions", "counsel.document_reviews",
                                                         "counsel.consultations", "counsel.legal_aid"),
                "Word 表格；数量 写 3人次、2份 或空（=1）；审查合同 与 审核文件 都是文书审核")  # fmt: skip


# --- 行政应诉 ----------------------------------------------------------------------------------------------------

LITIGATION_FILE = f"{TOWN}2024年行政诉讼应诉案件台账.xlsx"


def leader_with_post_litigation(built: Built, rng: random.Random) -> None:
    head = ["序号", "案号", "原告", "被告", "案由", "开庭时间", "出庭应诉人员", "行政机关负责人是否出庭", "审理结果"]
    sheet = Sheet("应诉台账")
    sheet.title(f"{TOWN}{YEAR}年行政诉讼应诉案件台账", len(head))
    sheet.header([head])
    plan = [
        ("（2024）黔9901行初8号", "林地确权行政决定", dt.date(YEAR, 4, 11), "张某某（镇长）", "是", "驳回诉讼请求"),
        ("（2024）黔9901行初21号", "限期拆除决定", dt.date(YEAR, 7, 3), "刘某（副镇长）、律师", "是", "驳回诉讼请求"),
        ("（2024）黔9901行初33号", "信息公开答复", dt.date(YEAR, 9, 19), "王某（党政办干部）、律师", "否", "原告撤诉"),
        ("（2024）黔9901行初40号", "房屋征收补偿", None, None, None, "尚未开庭"),
    ]
    records = []
    for n, (case_no, cause, heard, who, appeared, result) in enumerate(plan, start=1):
        sheet.add(n, case_no, fake.masked(fake.name(rng)), f"{TOWN}人民政府", cause,
                  fake.date_cell(heard, "cn") if heard else None, who, appeared, result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": heard, "appeared": appeared == "是"})
    built.books.append(Book(LITIGATION_FILE, [sheet]))
    built.ledgers["litigation"] = records
    built.quirk("case_not_yet_heard", LITIGATION_FILE, "应诉台账",
                ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate"),
                "末行 2024 年立案、尚未开庭（开庭时间空）：不是 2024 年应诉的一件；副镇长出庭 是 负责人出庭")  # fmt: skip


# --- 学法用法: audience and exam columns ---------------------------------------------------------------------------

TRAINING_FILE = f"{TOWN}2024年学法用法及普法培训台账.xlsx"


def audience_and_exam_columns_training(built: Built, rng: random.Random) -> None:
    head = ["序号", "时间", "学习培训内容", "培训对象", "形式", "参训人数", "应参考人数", "实参考人数", "组织单位"]
    sheet = Sheet("学法台账")
    sheet.title(f"{TOWN}{YEAR}年学法用法及普法培训台账", len(head))
    sheet.header([head])
    plan = [
        (
            dt.date(YEAR, 1, 26),
            "党委理论学习中心组学习《中华人民共和国森林法》",
            "领导干部",
            "中心组学习",
            15,
            None,
            None,
        ),
        (dt.date(YEAR, 3, 14), "2024年第一期法律明白人培训班", "法律明白人", "线下集中培训", 42, None, None),
        (dt.date(YEAR, 4, 8), "会前学法：《信访工作条例》", "领导干部", "会前学法", 21, None, None),
        (dt.date(YEAR, 6, 20), "法律明白人线上培训（民法典婚姻家庭编）", "法律明白人", "线上", 38, None, None),
        (dt.date(YEAR, 8, 29), "行政执法人员执法规范化培训", "行政执法人员", "集中培训", 17, None, None),
        (dt.date(YEAR, 10, 17), "法律明白人培训（矛盾纠纷调解技巧）", "法律明白人", "线下", 40, None, None),
        (dt.date(YEAR, 11, 22), "国家工作人员学法考法（法宣在线年度考试）", "领导干部", "考试", None, 64, 61),
    ]
    records = []
    for n, (day, title, audience, form, people, required, taken) in enumerate(plan, start=1):
        sheet.add(n, fake.date_cell(day, "date"), title, audience, form, people, required, taken, "党政办、司法所")
        records.append({"held_on": day, "audience": audience, "exam_required": required, "exam_taken": taken})
    built.books.append(Book(TRAINING_FILE, [sheet]))
    built.ledgers["training"] = records
    built.quirk("exam_row_in_training_register", TRAINING_FILE, "学法台账",
                ("training.legal_literacy_sessions", "training.exam_coverage"),
                "考试只是台账的一行（应参考 64、实参考 61），其余行这两列空；法律明白人 培训三次（线下两次、线上一次）")  # fmt: skip


# --- 规范性文件: a register that says none were made ----------------------------------------------------------------

NORMATIVE_FILE = f"{TOWN}2024年行政规范性文件登记备案表.xlsx"


def none_made_line_normative_documents(built: Built, rng: random.Random) -> None:
    head = ["序号", "文件名称", "文号", "制定日期", "公布日期", "报备日期", "备案审查意见", "备注"]
    sheet = Sheet("备案登记")
    sheet.title(f"{TOWN}{YEAR}年行政规范性文件登记备案表", len(head))
    sheet.add(f"报送单位：{TOWN}人民政府（盖章）（虚构）", *[None] * 7)
    sheet.header([head])
    r = sheet.add("本年度未制定行政规范性文件", *[None] * 7)
    sheet.merges.append((r, 1, r, len(head)))
    built.books.append(Book(NORMATIVE_FILE, [sheet]))
    built.ledgers["normative_documents"] = []
    built.quirk("none_made_line", NORMATIVE_FILE, "备案登记", "normative_documents.issued",
                "表头下只有一行合并的“本年度未制定行政规范性文件”：0 件，不是缺台账")  # fmt: skip
