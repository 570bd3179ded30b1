"""溪口镇（虚构）2024: the twenty-third development town, whose records are gathered by online collection forms
(问卷星, 腾讯文档 收集表, 金数据, 钉钉智能填表, 政务微信) and handed over as the offices download them.

A form's export is one row per submission: the system's own columns (序号, 提交者/提交人, 提交时间 or 提交答卷时间
2024/03/05 10:21:33, 所用时间/填写时长, 来源, 来自IP/IP 属地) beside one column per question, titled by the question
as the form shows it: numbered (1、 2. ), with a required mark (*) and a hint (（单选）), ending in a colon. Answers are
the options' texts, sometimes lettered (A.已化解); multi-choice answers are joined by ┋ (问卷星), | or 、; the 其他 option
keeps the typed text in 〖〗 (其他〖宅基地纠纷〗). The form's author tried it before sending it out (测试 rows); a
clerk who got an answer wrong submitted the record again (the later submission is the record)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "溪口镇"
YEAR = 2024
GOV = "溪口镇人民政府"
VILLAGES = ("溪口社区", "上坪村", "石门坎村", "枫树湾村", "龙潭坪村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}


def stamp(day: dt.date, rng: random.Random, late: int = 0) -> str:
    """The system's submission time: the day of the record or a few days later, as 2024/03/05 10:21:33."""
    moment = dt.datetime(day.year, day.month, day.day, rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 59))
    moment += dt.timedelta(days=rng.randint(0, late))
    return f"{moment:%Y/%m/%d %H:%M:%S}"


def ip_place(rng: random.Random) -> str:
    # A documentation-range address (RFC 5737): no real submitter's address.
    return f"203.0.113.{rng.randint(2, 250)}({rng.choice(['湖南-怀化', '湖南-长沙', '未知'])})"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    wjx_export_disputes(built, rng)
    tencent_collect_mediation(built, rng)
    jinshuju_csv_petitions(built, rng)
    dingtalk_form_training(built, rng)
    gov_wechat_csv_counsel(built, rng)
    absent = ("enforcement", "disclosure", "security", "fraud_watch", "litigation", "normative_documents")
    for kind in absent:
        built.ledgers[kind] = Null("溪口镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 矛盾纠纷: 问卷星 “下载答卷数据 → 按选项文本下载” -----------------------------------------------------------------

DISPUTES_FILE = "258417963_0_溪口镇矛盾纠纷排查登记_87_87.xlsx"
DISPUTE_TYPES = {"邻里纠纷": 5, "婚姻家庭纠纷": 3, "山林土地纠纷": 2, "其他〖宅基地纠纷〗": 1, "其他〖噪音扰民〗": 0.5}
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.6}
LETTER = {"已化解": "A", "化解中": "B", "未化解": "C"}
ASPECTS = ("土地", "房屋", "赡养", "债务", "噪音")


def wjx_export_disputes(built: Built, rng: random.Random) -> None:
    head = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您所在的村（社区）：",
            "2、排查日期：", "3、纠纷类型：", "4、涉及方面（多选）：", "5、化解情况（单选）：", "6、包案责任人："]  # fmt: skip
    sheet = Sheet("Sheet1")
    sheet.add(*head)
    records = []
    serial = 0
    author = "溪口镇综治中心"
    for test_day in (dt.date(YEAR, 1, 4), dt.date(YEAR, 1, 4)):  # the author's trial runs before the link went out
        serial += 1
        sheet.add(serial, stamp(test_day, rng), f"{rng.randint(20, 60)}秒", "手机提交", "直接访问", ip_place(rng),
                  "测试", f"{test_day:%Y-%m-%d}", "测试", "土地", "A.已化解", author)  # fmt: skip
    days = [*fake.dates_in(rng, YEAR, 38, first=dt.date(YEAR, 1, 8)), dt.date(YEAR, 12, 27)]
    for n, day in enumerate(days):
        serial += 1
        status = fake.pick(rng, STATUS)
        late = 9 if n == len(days) - 1 else 3  # the last one, of 27 December, submitted in January
        submitted = stamp(day, rng, late)
        if n == len(days) - 1:
            submitted = f"{YEAR + 1}/01/0{rng.randint(3, 6)} 09:1{rng.randint(0, 9)}:2{rng.randint(0, 9)}"
        aspects = "┋".join(sorted(rng.sample(ASPECTS, rng.choice([1, 1, 2, 3])), key=ASPECTS.index))
        sheet.add(serial, submitted, f"{rng.randint(45, 400)}秒", rng.choice(["微信", "手机提交", "链接"]),
                  rng.choice(["直接访问", "微信群"]), ip_place(rng), rng.choice(VILLAGES), f"{day:%Y-%m-%d}",
                  fake.pick(rng, DISPUTE_TYPES), aspects, f"{LETTER[status]}.{status}", fake.name(rng))  # fmt: skip
        records.append({"screened_on": day, "status": status})
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("form_export_system_columns", DISPUTES_FILE, "Sheet1", f,
                "问卷星 导出：序号、提交答卷时间 2024/03/05 10:21:33、所用时间 125秒、来源、来源详情、来自IP 在题目列之前")  # fmt: skip
    built.quirk("question_titles_as_header", DISPUTES_FILE, "Sheet1", f,
                "列名是题目：1、您所在的村（社区）：、2、排查日期：、5、化解情况（单选）：")  # fmt: skip
    built.quirk("lettered_answers", DISPUTES_FILE, "Sheet1", f, "单选答案带选项字母：A.已化解、B.化解中、C.未化解")
    built.quirk("multi_choice_joined", DISPUTES_FILE, "Sheet1", f, "多选题答案用 ┋ 连接：土地┋房屋")
    built.quirk("other_option_typed_text", DISPUTES_FILE, "Sheet1", f, "纠纷类型 选 其他 时写 其他〖宅基地纠纷〗")
    built.quirk("form_author_test_rows", DISPUTES_FILE, "Sheet1", f,
                "前两行是表单作者发链接前的试填：村（社区）和纠纷类型都写 测试：不是纠纷")  # fmt: skip
    built.quirk("submitted_next_year", DISPUTES_FILE, "Sheet1", f,
                "最后一条 排查日期 2024-12-27，2025年1月才提交：按排查日期计入2024年")  # fmt: skip


# --- 人民调解: 腾讯文档 收集表, 导出为 Excel -----------------------------------------------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记（收集结果）.xlsx"
RESULTS = {"调解成功": 8, "调解不成功": 1, "调解中": 1}
RATES = {"口头": 100, "书面": 300}


def tencent_collect_mediation(built: Built, rng: random.Random) -> None:
    head = ["编号", "提交者", "提交时间", "1. 卷宗号*", "2. 受理日期*", "3. 纠纷类型*", "4. 调解结果（单选）*",
            "5. 协议形式（单选）", "6. 补贴金额（元）"]  # fmt: skip
    sheet = Sheet("收集结果")
    sheet.add(*head)
    days = fake.dates_in(rng, YEAR, 30, last=dt.date(YEAR, 11, 20))
    clerks = ("溪口司法所-" + fake.name(rng), "上坪村调委会", "石门坎调解员")
    entered: list[tuple[str, list[Any]]] = []
    records: dict[str, dict] = {}
    for n, day in enumerate(days, start=1):
        file_no = f"溪调〔{YEAR}〕{n}号"
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
        subsidy = RATES[form] if form else None
        cells = [file_no, f"{day:%Y-%m-%d}", fake.pick(rng, {"邻里纠纷": 3, "婚姻家庭纠纷": 2, "其他〖劳务报酬〗": 1}),
                 result, f"{form}协议" if form else None, subsidy]  # fmt: skip
        entered.append((stamp(day, rng, 2), cells))
        records[file_no] = {"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy}
        if n in (6, 17, 24):  # submitted again to correct the first: the later submission is the record
            first = list(cells)
            if result == "调解成功":
                first[3], first[4], first[5] = "调解中", None, None
            else:
                first[3], first[4], first[5] = "调解成功", "口头协议", 100
            entered[-1] = (stamp(day, rng, 1), first)
            later = dt.date.fromordinal(day.toordinal() + rng.randint(5, 15))
            entered.append((stamp(later, rng), cells))
    entered.sort(key=lambda e: e[0])
    for serial, (when, cells) in enumerate(entered, start=1):
        sheet.add(serial, rng.choice(clerks), when, *cells)
    built.books.append(Book(MEDIATION_FILE, [sheet]))
    built.ledgers["mediation"] = list(records.values())
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk(
        "form_export_system_columns", MEDIATION_FILE, "收集结果", f, "腾讯文档 收集表：编号、提交者、提交时间 在题目前"
    )
    built.quirk("required_mark_in_title", MEDIATION_FILE, "收集结果", f,
                "必填题的列名带 *：1. 卷宗号*、4. 调解结果（单选）*")  # fmt: skip
    built.quirk("correction_resubmitted", MEDIATION_FILE, "收集结果", f,
                "3件案件提交了两次（先报 调解中，结案后同一卷宗号再报一次）：以提交时间在后的一次为准，只计一次")  # fmt: skip


# --- 信访: 金数据 导出 CSV（UTF-8 带 BOM） -------------------------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项登记_数据_{YEAR + 1}0106.csv"
SOURCES = {"县联办": 5, "市联办": 2, "本级受理": 3}
PETITION_STATES = {"已化解": 7, "正在化解": 2}


def jinshuju_csv_petitions(built: Built, rng: random.Random) -> None:
    head = ["序号", "信访编号：", "交办单位：", "交办日期：", "反映问题：", "办理状态：", "提交人", "提交时间", "填写时长",
            "IP 属地"]  # fmt: skip
    sheet = Sheet("数据")
    sheet.add(*head)
    sheet.add(
        1, "测试", "测试", f"{YEAR}/01/03", "测试", "已化解", "综治办管理员", f"{YEAR}/01/03 16:02:11", "12秒", "湖南"
    )
    days = fake.dates_in(rng, YEAR, 17, first=dt.date(YEAR, 1, 8))
    records = []
    for n, day in enumerate(days, start=1):
        source, status = fake.pick(rng, SOURCES), fake.pick(rng, PETITION_STATES)
        number = f"XK{YEAR}{n:03d}"
        sheet.add(n + 1, number, source, f"{day:%Y/%m/%d}", rng.choice(["征地补偿", "低保评定", "道路硬化"]), status,
                  fake.name(rng), stamp(day, rng, 2), f"{rng.randint(1, 5)}分{rng.randint(0, 59)}秒", "湖南")  # fmt: skip
        records.append({"petition_no": number, "assigned_on": day, "source": source, "status": status})
    built.books.append(Book(PETITIONS_FILE, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk(
        "question_titles_as_header", PETITIONS_FILE, "（CSV）", f, "列名是题目，以冒号结尾：信访编号：、办理状态："
    )
    built.quirk(
        "form_export_system_columns",
        PETITIONS_FILE,
        "（CSV）",
        f,
        "金数据 导出：提交人、提交时间、填写时长、IP 属地 在题目后",
    )
    built.quirk("form_author_test_rows", PETITIONS_FILE, "（CSV）", f, "第1行 管理员试填：信访编号、交办单位都写 测试")


# --- 学法用法: 钉钉智能填表 -----------------------------------------------------------------------------------------------

TRAINING_FILE = f"{TOWN}{YEAR}年学法用法培训登记_智能填表.xlsx"
AUDIENCES = ("法律明白人", "村（社区）干部", "镇机关干部")


def dingtalk_form_training(built: Built, rng: random.Random) -> None:
    head = ["提交人", "提交时间", "部门", "培训日期*", "培训主题*", "参加对象（多选）*", "参加人数"]
    sheet = Sheet("数据")
    sheet.add(*head)
    records = []
    for day in fake.dates_in(rng, YEAR, 12):
        chosen = sorted(rng.sample(AUDIENCES, rng.choice([1, 2, 2])), key=AUDIENCES.index)
        joined = rng.choice(["、", "|"]).join(chosen)
        sheet.add(fake.name(rng), stamp(day, rng, 1), rng.choice(["司法所", "综治中心", "党政办"]), f"{day:%Y-%m-%d}",
                  rng.choice(["民法典", "信访工作条例", "反电信网络诈骗法"]), joined, rng.randint(12, 70))  # fmt: skip
        # A session a 法律明白人 attended, among others, is a 法律明白人 training (indicators.md counts sessions).
        records.append({"held_on": day, "audience": "法律明白人" if "法律明白人" in chosen else chosen[0]})
    built.books.append(Book(TRAINING_FILE, [sheet]))
    built.ledgers["training"] = records
    f = "training.legal_literacy_sessions"
    built.quirk("multi_choice_joined", TRAINING_FILE, "数据", f,
                "参加对象 多选，答案用 、 或 | 连接：法律明白人、村（社区）干部：含 法律明白人 的一次计入")  # fmt: skip
    built.quirk("required_mark_in_title", TRAINING_FILE, "数据", f, "钉钉智能填表 必填题列名带 *：培训日期*")


# --- 法律顾问: 政务微信 收集表, 导出 CSV（GBK） ------------------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}村（居）法律顾问服务记录.csv"
SERVICES = {"法律咨询": 6, "合同审查": 2, "其他〖出具法律意见书〗": 1, "法律援助": 0.6, "其他〖信访接待〗": 0.8}
SERVICE_TRUTH = {"法律咨询": "法律咨询", "合同审查": "文书审核", "其他〖出具法律意见书〗": "法律意见书", "法律援助": "法律援助",
                 "其他〖信访接待〗": "参与信访接待"}  # fmt: skip


def gov_wechat_csv_counsel(built: Built, rng: random.Random) -> None:
    head = [
        "提交人",
        "提交时间",
        "来源",
        "1.服务日期*",
        "2.服务村（社区）*",
        "3.服务类型（单选）*",
        "4.数量（件/人次）",
    ]
    sheet = Sheet("导出")
    sheet.add(*head)
    records = []
    for day in fake.dates_in(rng, YEAR, 26):
        service = fake.pick(rng, SERVICES)
        quantity = rng.choice([None, 1, 2, 3, 5]) if service == "法律咨询" else rng.choice([None, 1])
        sheet.add(f"{rng.choice(['溪口', '沅江'])}律师事务所{fake.name(rng)}", stamp(day, rng, 3), "政务微信",
                  f"{day:%Y-%m-%d}", rng.choice(VILLAGES), service, quantity)  # fmt: skip
        records.append({"served_on": day, "service": SERVICE_TRUTH[service], "quantity": quantity})
    built.books.append(Book(COUNSEL_FILE, [sheet], fmt="csv-gbk"))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("other_option_typed_text", COUNSEL_FILE, "（CSV）", f,
                "服务类型 选 其他 时的填写：其他〖出具法律意见书〗 是意见书；其他〖信访接待〗 是参与信访接待，不计入四项")  # fmt: skip
    built.quirk("csv_gbk", COUNSEL_FILE, "（CSV）", f, "政务微信 收集表 导出的 CSV 是 GBK 编码")
