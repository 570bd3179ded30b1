"""蕙田镇（虚构）2024: the forty-seventh development town, whose ledgers follow **published standards and statistics
forms** word for word, where the forms' words are not the words the other towns' offices use.

The counsel's log follows a provincial standard of 村（居）法律顾问 service (安徽 DB34 《村（居）法律顾问服务指南》):
its five service items (法律咨询解答, 法律知识宣传, 矛盾纠纷化解, 村（居）治理顾问, 法律服务指引) under **服务事项**, and
its three manners of service (实地服务, 远程服务, 预约服务 — the standard calls them 服务方式 of three 类型) under a column
titled **服务类型**: the canonical title holds the manner, the services stand in the other column. Mediation is kept
only as the 人民调解工作统计表 of the town's committees (a row per 调委会, a 合计 row; 受理 / 调解成功 / 其中口头 / 书面,
涉及金额（万元）, and the 防止民间纠纷引起自杀 / 防止民间纠纷转化为刑事案件 columns counted in 件 and 人). Petitions are the
信访事项交办督办台账: an item assigned once (交办) and urged again later (督办) stands on two rows under one 信访编号.
Training is the 法律明白人 培训 register kept **a row per village at each session**, the session's 序号 typed again on
each of its rows instead of merged (1, 1, 1, 2, 2), beside the 国家工作人员学法用法考试 summary by office. Enforcement is kept only as the 行政执法 三项制度 年度数据
table: the categories as rows, 实施数量 beside 公示数量 / 法制审核数量 / 全过程记录数量 (subsets of the count, not more
acts).

Truth decisions: 服务事项 is the service whatever the other column is titled; 法律咨询解答 is 法律咨询, 法律知识宣传 a
法治宣传, 矛盾纠纷化解 a 参与调解, 村（居）治理顾问 and 法律服务指引 none of the four figures (advising the committee and
pointing people to a lawyer, notary or the aid centre are not opinions, reviews or aid given); 服务人次 is the count of
the row. The statistics form's 合计 row gives the mediation figures; the 防止… columns count prevented incidents, never
cases; the subsidy is not on the form (null). A 督办 row is the same item, once. The sessions are distinct (date,
topic); the rows are the villages that attended. The 三项制度 columns are not categories and not acts."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import ENFORCEMENT_CATEGORIES, Null, Stats

TOWN = "蕙田镇"
YEAR = 2024
VILLAGES = ("蕙田社区", "兰溪村", "石鼓村", "杨柳湾村", "茶坪村", "枫林村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    standard_service_items_beside_manner_column(built, rng)
    committee_rows_mediation_statistics_form(built, rng)
    assigned_and_urged_petitions(built, rng)
    session_row_per_village_training(built, rng)
    three_systems_annual_enforcement_data(built, rng)
    absent = ("disclosure", "disputes", "security", "fraud_watch", "litigation", "normative_documents")
    for kind in absent:
        built.ledgers[kind] = Null("蕙田镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 法律顾问: the standard's five 服务事项, its 实地/远程/预约 under a column titled 服务类型 ------------------------------

COUNSEL_FILE = f"{TOWN}村（居）法律顾问服务台账（{YEAR}年）.xlsx"
# 服务事项 as the standard and the log write it → the service in the truth (None: none of the four figures).
COUNSEL_ITEMS = {
    "法律咨询解答": ("法律咨询", 7),
    "法律知识宣传": ("法治宣传", 2),
    "矛盾纠纷化解": ("参与调解", 2),
    "村（居）治理顾问": (None, 1.5),
    "法律服务指引": (None, 1),
    "审查合同": ("文书审核", 1.5),
    "出具法律意见书": ("法律意见书", 1),
    "协助法律援助": ("法律援助", 0.6),
}
DETAILS = {
    "法律咨询解答": ("解答土地承包经营权流转问题", "解答赡养纠纷处理问题", "解答工伤认定程序问题"),
    "法律知识宣传": ("民法典婚姻家庭编宣讲", "防范电信网络诈骗法治宣传"),
    "矛盾纠纷化解": ("参与调处宅基地界址纠纷", "参与调处邻里排水纠纷"),
    "村（居）治理顾问": ("列席村民代表会议，就村级事务提供法律建议", "指导村务公开事项"),
    "法律服务指引": ("引导村民到县公证处办理继承公证", "引导村民向县法律援助中心申请援助"),
    "审查合同": ("审查村集体山林承包合同", "审查产业路施工合同"),
    "出具法律意见书": ("就村集体资产处置出具法律意见书",),
    "协助法律援助": ("协助困难群众申请法律援助（劳务报酬）",),
}
MANNERS = {"实地服务": 5, "远程服务": 3, "预约服务": 2}


def standard_service_items_beside_manner_column(built: Built, rng: random.Random) -> None:
    head = [
        "序号",
        "服务日期",
        "服务村（居）",
        "服务事项",
        "服务类型",
        "服务内容",
        "服务人次",
        "服务时长（小时）",
        "法律顾问",
    ]
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}{YEAR}年村（居）法律顾问服务台账", len(head))
    sheet.add("律师事务所：某某律师事务所（虚构）", None, None, None, None, "填报时间：2025年1月6日")
    sheet.header([head])
    records = []
    weights = {k: w for k, (_, w) in COUNSEL_ITEMS.items()}
    for n, day in enumerate(fake.dates_in(rng, YEAR, 30), start=1):
        item = fake.pick(rng, weights)
        service = COUNSEL_ITEMS[item][0]
        manner = "实地服务" if item in ("法律知识宣传", "矛盾纠纷化解") else fake.pick(rng, MANNERS)
        # 服务人次: the persons answered at a consultation; a single document or matter otherwise. Left blank now and then.
        persons = rng.choice([1, 2, 3, 4, 6]) if item == "法律咨询解答" else 1
        typed = None if (item != "法律咨询解答" and n % 4 == 0) else persons
        hours = rng.choice([0.5, 1, 1.5, 2, 4]) if manner == "实地服务" else 0.5
        sheet.add(n, f"{day:%Y.%m.%d}", rng.choice(VILLAGES), item, manner, rng.choice(DETAILS[item]), typed, hours,
                  fake.name(rng))  # fmt: skip
        if service:
            records.append({"served_on": day, "service": service, "quantity": typed})
    sheet.blank()
    sheet.add("注：服务类型填写实地服务、远程服务或预约服务。")
    built.books.append(Book(COUNSEL_FILE, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("manner_under_service_type_title", COUNSEL_FILE, "服务台账", f,
                "标题为 服务类型 的一列写的是服务方式（实地服务 / 远程服务 / 预约服务，标准把服务方式分为这三种类型），"
                "服务本身在 服务事项 列")  # fmt: skip
    built.quirk("standard_service_items", COUNSEL_FILE, "服务台账", f,
                "服务事项 用地方标准的五项：法律咨询解答、法律知识宣传、矛盾纠纷化解、村（居）治理顾问、法律服务指引，"
                "另有 审查合同、出具法律意见书、协助法律援助；治理顾问和服务指引不是四项数字中的任何一项")  # fmt: skip
    built.quirk("persons_served_as_quantity", COUNSEL_FILE, "服务台账", f,
                "数量列题为 服务人次（空=1），旁边的 服务时长（小时） 不是数量")  # fmt: skip


# --- 人民调解: only the 人民调解工作统计表, a row per committee -------------------------------------------------------

MEDIATION_FILE = f"{TOWN}{YEAR}年人民调解工作统计表.xlsx"


def committee_rows_mediation_statistics_form(built: Built, rng: random.Random) -> None:
    head1 = ["调解组织", "排查纠纷（次）", "受理纠纷（件）", "调解成功（件）", "其中", None, "涉及金额（万元）",
             "防止民间纠纷引起自杀", None, "防止民间纠纷转化为刑事案件", None]  # fmt: skip
    head2 = [None, None, None, None, "口头协议", "书面协议", None, "件", "人", "件", "人"]
    sheet = Sheet("年报")
    sheet.title(f"{TOWN}{YEAR}年人民调解工作统计表", len(head1))
    sheet.add("填报单位（盖章）：蕙田镇司法所", None, None, None, None, None, None, "统计时段：2024年1月1日至12月31日")
    sheet.header([head1, head2], merges=[(1, 5, 1, 6), (1, 8, 1, 9), (1, 10, 1, 11)] +
                 [(1, c, 2, c) for c in (1, 2, 3, 4, 7)])  # fmt: skip
    committees = ["蕙田镇人民调解委员会", *(f"{v}人民调解委员会" for v in VILLAGES)]
    rows = []
    for name in committees:
        accepted = rng.randint(4, 14) if name.startswith(TOWN) else rng.randint(2, 8)
        done = accepted - rng.randint(0, 2)
        oral = rng.randint(done // 2, done)
        rows.append([name, rng.randint(4, 12), accepted, done, oral, done - oral, round(rng.uniform(0.2, 6.0), 2),
                     rng.randint(0, 1), 0, rng.randint(0, 2), 0])  # fmt: skip
    for r in rows:
        r[8] = r[7] * rng.choice([1, 2])  # persons kept from harm: one or two a prevented incident
        r[10] = r[9] * rng.choice([2, 3])
    start = sheet.next_row
    for r in rows:
        sheet.add(*r)
    end = sheet.next_row - 1
    total = ["合计"]
    for c in range(1, len(head1)):
        letter = "ABCDEFGHIJK"[c]
        value = round(sum(r[c] for r in rows), 2)
        total.append(Formula(f"SUM({letter}{start}:{letter}{end})", value))
    sheet.add(*total)
    sheet.blank()
    sheet.add("填表人：", None, "审核人：", None, "填报日期：2025年1月6日")
    built.books.append(Book(MEDIATION_FILE, [sheet]))
    built.ledgers["mediation"] = Stats(
        {
            "mediation.cases": sum(r[3] for r in rows),
            "mediation.oral": sum(r[4] for r in rows),
            "mediation.written": sum(r[5] for r in rows),
            "mediation.subsidy_yuan": Null("统计表不载以案定补金额；涉及金额是纠纷标的，不是补贴"),
        }
    )
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("committee_rows_statistics_form", MEDIATION_FILE, "年报", f,
                "调解只有司法所的人民调解工作统计表：镇调委会和各村调委会各一行、合计行（SUM 公式）；调解成功 其中 口头协议 / 书面协议")  # fmt: skip
    built.quirk("prevented_incidents_not_cases", MEDIATION_FILE, "年报", ("mediation.cases",),
                "防止民间纠纷引起自杀 / 转化为刑事案件 各分 件、人 两列：是防止的事件，不是调解案件；排查纠纷（次） 是排查次数")  # fmt: skip
    built.quirk("amount_at_stake_not_subsidy", MEDIATION_FILE, "年报", ("mediation.subsidy_yuan",),
                "涉及金额（万元） 是纠纷标的，不是以案定补：补贴为空（null），不是0")  # fmt: skip


# --- 信访: 交办督办台账, an item urged again (督办) on a second row under its number ---------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项交办督办台账（{YEAR}年）.xlsx"
SOURCES = {"县联办": 6, "市联办": 2, "省联办": 1}
ISSUES = (
    "反映土地征收补偿问题",
    "反映农村危房改造问题",
    "反映产业路占地补偿问题",
    "反映低保评定问题",
    "反映劳务工资拖欠问题",
)


def assigned_and_urged_petitions(built: Built, rng: random.Random) -> None:
    head = ["序号", "信访编号", "交办类型", "交办单位", "交办时间", "信访人", "反映问题", "责任单位", "办理时限", "办理结果",
            "办结时间"]  # fmt: skip
    sheet = Sheet("交办督办")
    sheet.title(f"{TOWN}{YEAR}年信访事项交办督办台账", len(head))
    sheet.header([head])
    days = fake.dates_in(rng, YEAR, 12, last=dt.date(YEAR, 11, 20))
    days[0] = dt.date(YEAR - 1, 12, 26)  # assigned last December, urged again in January: last year's item
    records, rows = [], []
    for n, day in enumerate(days, start=1):
        source = fake.pick(rng, SOURCES)  # a 交办督办台账 lists only what was assigned from above
        status = "已化解" if rng.random() < 0.7 else "正在化解"
        number = f"HT-{day.year}-{n:03d}"
        result = {"已化解": "已化解，已回复信访人", "正在化解": "正在化解"}[status]
        closed = day + dt.timedelta(days=rng.randint(10, 40)) if status == "已化解" else None
        rows.append((day, [number, "交办", source, fake.date_cell(day, "cn"), fake.name(rng), rng.choice(ISSUES),
                           rng.choice(("镇自然资源所", "镇社会事务办", "镇农业服务中心")),
                           fake.date_cell(day + dt.timedelta(days=60), "cn"), result,
                           fake.date_cell(closed, "cn") if closed else None]))  # fmt: skip
        records.append({"petition_no": number, "assigned_on": day, "source": source, "status": status})
        if n % 3 == 1:
            # Urged by the same office a month on: the item's row again, 交办类型 督办, the date of the 督办.
            urged = day + dt.timedelta(days=rng.randint(25, 35))
            again = list(rows[-1][1])
            again[1], again[3] = "督办", fake.date_cell(urged, "cn")
            rows.append((urged, again))
    rows.sort(key=lambda r: r[0])
    for n, (_, cells) in enumerate(rows, start=1):
        sheet.add(n, *cells)
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("urged_item_on_second_row", PETITIONS_FILE, "交办督办", f,
                "交办后又被督办的事项再占一行：信访编号相同，交办类型 督办，交办时间是督办的日期：同一件，只计一次")  # fmt: skip
    built.quirk("prior_year_row", PETITIONS_FILE, "交办督办", f,
                "2023年12月26日交办、2024年1月督办的一件：按交办时间不计入2024年")  # fmt: skip


# --- 学法用法: 法律明白人 培训 a row per village at each session; the 学法用法考试 by office --------------------------------

TRAINING_FILE = f"{TOWN}{YEAR}年学法用法及法律明白人培训台账.xlsx"
SESSIONS = ("民法典与农村生活", "农村土地承包法解读", "人民调解实务", "反家庭暴力法宣讲", "防范电信网络诈骗")
OFFICES = {"党政办": 9, "综治办": 7, "财政所": 5, "自然资源所": 6, "社会事务办": 8, "综合行政执法大队": 12}


def session_row_per_village_training(built: Built, rng: random.Random) -> None:
    head = ["序号", "培训日期", "培训主题", "培训形式", "授课人", "参训村（社区）", "应参训人数", "实参训人数", "备注"]
    sheet = Sheet("法律明白人培训")
    sheet.title(f"{TOWN}{YEAR}年乡村“法律明白人”培训台账", len(head))
    sheet.header([head])
    records, n = [], 0
    days = fake.dates_in(rng, YEAR, len(SESSIONS))
    for day, topic in zip(days, SESSIONS, strict=True):
        form = rng.choice(["线下集中培训", "线上视频培训"])
        teacher = fake.name(rng)
        attending = rng.sample(VILLAGES, rng.randint(3, len(VILLAGES)))
        n += 1
        for village in attending:
            # The session's 序号 typed again on each village's row (not merged): one session, a row per village.
            due = rng.randint(3, 5)
            sheet.add(n, f"{day:%Y-%m-%d}", topic, form, teacher, village, due, due - rng.randint(0, 1), None)
        records.append({"held_on": day, "audience": "法律明白人"})
    exam = Sheet("学法用法考试")
    exam.title(f"{TOWN}{YEAR}年国家工作人员学法用法考试参考情况统计表", 5)
    exam.header([["单位", "应参考人数", "实际参考人数", "参考率", "合格人数"]])
    required = taken = 0
    for office, due in OFFICES.items():
        sat = due - (1 if office in ("财政所", "综合行政执法大队") else 0)
        exam.add(office, due, sat, f"{sat / due:.1%}", sat)
        required, taken = required + due, taken + sat
    exam.add("合计", required, taken, f"{taken / required:.1%}", taken)
    records.append({"held_on": dt.date(YEAR, 11, 15), "audience": "国家工作人员", "exam_required": required,
                    "exam_taken": taken})  # fmt: skip
    built.books.append(Book(TRAINING_FILE, [sheet, exam]))
    built.ledgers["training"] = records
    built.quirk("session_row_per_village", TRAINING_FILE, "法律明白人培训", "training.legal_literacy_sessions",
                "一次培训按参训村各占一行，序号在每行重打一遍（1、1、1、2、2，不合并），日期、主题、授课人相同：培训次数按次计，不按行计")  # fmt: skip
    built.quirk("exam_summary_by_office", TRAINING_FILE, "学法用法考试", "training.exam_coverage",
                "国家工作人员学法用法考试 按单位统计：应参考人数 / 实际参考人数 / 参考率（文字）/ 合格人数，合计行")  # fmt: skip


# --- 行政执法: only the 三项制度 年度数据 table ------------------------------------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年度行政执法三项制度数据统计表.xlsx"


def three_systems_annual_enforcement_data(built: Built, rng: random.Random) -> None:
    head = [
        "执法行为类别",
        "实施数量（件）",
        "其中：公示数量（件）",
        "法制审核数量（件）",
        "全过程记录数量（件）",
        "备注",
    ]
    sheet = Sheet("年度数据")
    sheet.title(f"{TOWN}{YEAR}年度行政执法“三项制度”数据统计表", len(head))
    sheet.add("填报单位（盖章）：蕙田镇人民政府", None, None, None, "单位：件")
    sheet.header([head])
    counts: dict[str, int] = {}
    shown = {"行政许可": 14, "行政处罚": 23, "行政强制": 3, "行政征收": 0, "行政检查": 41, "行政确认": 9, "行政给付": 5,
             "行政奖励": 0, "行政裁决": 0, "其他": 2}  # fmt: skip
    start = sheet.next_row
    for category, done in shown.items():
        published = done
        reviewed = min(done, rng.randint(0, 3)) if category in ("行政处罚", "行政强制") else 0
        recorded = done - rng.randint(0, min(2, done))
        sheet.add(category if category != "其他" else "其他行政执法行为", done, published, reviewed, recorded, None)
        counts[category] = done
    end = sheet.next_row - 1
    sheet.add("合计", *(Formula(f"SUM({c}{start}:{c}{end})", sum(r[i] for r in sheet.rows[start - 1:end]))
                       for i, c in ((1, "B"), (2, "C"), (3, "D"), (4, "E"))), None)  # fmt: skip
    sheet.blank()
    sheet.add(
        "说明：实施数量为统计年度1月1日至12月31日期间作出执法决定的数量；公示、法制审核、全过程记录数量为其中已落实该项制度的数量。"
    )
    built.books.append(Book(ENFORCEMENT_FILE, [sheet]))
    stats = {figure: counts[category] for figure, category in ENFORCEMENT_CATEGORIES.items()}
    stats["enforcement.cases"] = sum(counts.values())
    built.ledgers["enforcement"] = Stats(stats)
    built.quirk("three_systems_columns_beside_count", ENFORCEMENT_FILE, "年度数据",
                ("enforcement.cases", *ENFORCEMENT_CATEGORIES),
                "执法只有三项制度年度数据表：类别为行，实施数量 旁有 其中：公示数量 / 法制审核数量 / 全过程记录数量（是实施数量的一部分，不是另外的执法行为）")  # fmt: skip
