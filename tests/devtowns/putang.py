"""蒲塘乡（虚构）2023: the thirty-fifth development town, weighted to the smaller kinds (counsel, litigation,
training, fraud watch, disclosure, normative documents, petitions, security), each kept the way an office keeps it
after a rule or a system none of the other towns imitates.

The counsel keeps a **工作日志** in the words of a 法律顾问 contract (工作小时 recorded with what was done): a row per
service, the time of day it took (9:00—11:30) and its **工作时长（小时）**, no quantity column at all. The 应诉 register
follows 出庭要出声: beside 出庭负责人 (name) and 职务 a column **是否出声** (did the leader speak in court). The exam
summary types **实考/应考 in one cell** (8/9). The fraud watch list is kept by **列管日期 and 撤管日期** with no
status column: a person with a 撤管日期 is off the list. The website's back office exports its items with the
**栏目 path** (政务公开 > 法定主动公开内容 > 财政信息) as the only type. The normative documents are kept as the
register of documents **reported to the county for 备案** (发文日期 beside 报送备案日期, 是否在30日内报备, the county's
备案审查结论 and the number of its 备案审查意见书). The petition book keeps a
**积案化解** sheet of items assigned in earlier years beside the year's items. The 派出所's case register writes the
case type **as the article of the law** (《治安管理处罚法》第六十六条（卖淫、嫖娼）).
No enforcement, dispute or mediation ledger (null).

Truth decisions: a counsel row is one service (its hours are no count); a leader named in 出庭负责人 appeared, whether
or not they spoke; 实考/应考 8/9 is 8 taken of 9 required; a person with a 撤管日期 is 已核减, the others 在册; an item's
type is its 栏目's (媒体聚焦 is 媒体发布); a document is the year's by its 发文日期 (not by the 报送备案日期 after it, nor the
year of the county's 意见书); a 积案 item is its own year's; 第四十五条（虐待家庭成员） is a 家暴治安案件, 第七十条（赌博） and
第四十三条（殴打他人） count by no figure."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "蒲塘乡"
YEAR = 2023
GOV = "蒲塘乡人民政府"
VILLAGES = ("蒲塘社区", "荷叶村", "柳湾村", "石坝村", "新田村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    work_log_hours_not_quantity_counsel(built, rng)
    speaking_beside_appearance_litigation(built, rng)
    taken_over_required_in_one_cell_training(built, rng)
    listed_and_delisted_dates_fraud_watch(built, rng)
    column_path_as_type_disclosure(built, rng)
    reported_for_filing_register_normative_documents(built, rng)
    backlog_sheet_beside_year_petitions(built, rng)
    law_article_as_type_security(built, rng)
    absent = ("enforcement", "disputes", "mediation")
    for kind in absent:
        built.ledgers[kind] = Null("蒲塘乡没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 法律顾问: the 工作日志 with hours, a row per service ----------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}法律顾问工作日志（{YEAR}年）.xlsx"
# What the counsel wrote in 工作内容, and what it is in the truth (None: a service no figure counts).
SERVICES = {
    "解答法律咨询": ("法律咨询", 6),
    "审查合同": ("文书审核", 3),
    "出具法律意见书": ("法律意见书", 1.5),
    "法律援助": ("法律援助", 0.8),
    "参与调解纠纷": (None, 1),
    "法治讲座": (None, 0.6),
}
HOURS = (0.5, 1, 1.5, 2, 2.5, 3, 4)


def work_log_hours_not_quantity_counsel(built: Built, rng: random.Random) -> None:
    sheet = Sheet("工作日志")
    sheet.title(f"{TOWN}人民政府法律顾问工作日志（{YEAR}年度）", 8)
    sheet.add("法律顾问单位：蒲塘律师事务所（虚构）", None, None, None, None, None, "聘期：2022年12月—2023年11月")
    sheet.header([["序号", "日期", "服务时间", "工作时长（小时）", "服务对象", "工作内容", "具体事项", "顾问签名"]])
    records = []
    days = [dt.date(2022, 12, 27), *fake.dates_in(rng, YEAR, 30)]
    weights = {k: w for k, (_, w) in SERVICES.items()}
    for n, day in enumerate(days, start=1):
        service = fake.pick(rng, weights)
        hours = rng.choice(HOURS) if service != "解答法律咨询" else rng.choice((0.5, 0.5, 1, 1.5))
        start = rng.choice((8.5, 9, 9.5, 14, 14.5, 15))
        end = start + hours
        span = f"{int(start)}:{int(start % 1 * 60):02d}—{int(end)}:{int(end % 1 * 60):02d}"
        sheet.add(n, f"{day.year}.{day.month}.{day.day}", span, hours, rng.choice((GOV, *VILLAGES)), service,
                  rng.choice(("土地流转", "工程款支付", "村规民约修订", "劳务报酬", "集体资产出租")), fake.name(rng))  # fmt: skip
        truth = SERVICES[service][0]
        if truth:
            records.append({"served_on": day, "service": truth, "quantity": None})
    sheet.blank()
    sheet.add("注：工作时长按实际耗时填写，电话咨询不足0.5小时的按0.5小时计。")
    built.books.append(Book(COUNSEL_FILE, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("hours_not_quantity", COUNSEL_FILE, "工作日志", f,
                "工作日志每行一项服务，工作时长（小时）0.5—4 是耗时不是数量；没有数量列：每行计 1")  # fmt: skip
    built.quirk("time_of_day_span", COUNSEL_FILE, "工作日志", f, "服务时间 9:00—11:30 在日期旁：是时段，不是日期")
    built.quirk("appointment_term_begins_in_december", COUNSEL_FILE, "工作日志", f,
                "聘期从2022年12月起，第一行是2022年12月27日：不算2023年")  # fmt: skip


# --- 行政应诉: 出庭负责人 and 是否出声 ------------------------------------------------------------------------------------

LITIGATION_FILE = f"{TOWN}行政应诉案件登记台账（{YEAR}年）.xlsx"
CASES = (  # case no, hearing, leader's post (None: did not appear), spoke, result
    ("（2022）黔0399行初97号", dt.date(2022, 12, 20), "乡长", "是", "驳回诉讼请求"),
    ("（2023）黔0399行初8号", dt.date(2023, 3, 16), "乡长", "是", "驳回诉讼请求"),
    ("（2023）黔0399行初19号", dt.date(2023, 5, 11), "副乡长", "否", "撤诉"),
    ("（2023）黔0399行初33号", dt.date(2023, 6, 29), None, None, "驳回诉讼请求"),
    ("（2023）黔03行终41号", dt.date(2023, 8, 24), "副乡长", "是", "驳回上诉，维持原判"),
    ("（2023）黔0399行初52号", dt.date(2023, 9, 21), "党委副书记、乡长", "否", "确认违法"),
    ("（2023）黔0399行初66号", dt.date(2023, 11, 9), None, None, "驳回诉讼请求"),
    ("（2023）黔0399行初74号", dt.date(2023, 12, 14), "副乡长", "是", "撤诉"),
)


def speaking_beside_appearance_litigation(built: Built, rng: random.Random) -> None:
    sheet = Sheet("应诉台账")
    sheet.title(f"{TOWN}行政应诉案件登记台账（{YEAR}年）", 9)
    sheet.header([["序号", "案号", "原告", "被诉行政行为", "开庭日期", "出庭负责人", "职务", "是否出声", "审理结果"]])
    records = []
    for n, (case_no, heard, post, spoke, result) in enumerate(CASES, start=1):
        leader = fake.name(rng) if post else "未出庭（委托工作人员）"
        sheet.add(n, case_no, fake.name(rng), rng.choice(("房屋征收补偿", "行政强制拆除", "土地权属处理决定")),
                  heard.strftime("%Y年%m月%d日"), leader, post, spoke if post else "/", result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": heard, "appeared": post is not None})
    built.books.append(Book(LITIGATION_FILE, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("speaking_beside_appearance", LITIGATION_FILE, "应诉台账", f,
                "出庭要出声：出庭负责人（姓名）、职务旁有 是否出声（是/否）；出庭而未发言的负责人仍是出庭（两件 否）")  # fmt: skip


# --- 学法用法: the exam summary with 实考/应考 in one cell -------------------------------------------------------------

TRAINING_FILE = f"{TOWN}{YEAR}年学法用法工作台账.xlsx"
TRAININGS = (  # date, name, audience as written, truth audience, form, participants
    (dt.date(2023, 3, 9), "法律明白人培训会", "法律明白人", "法律明白人", "线下", 38),
    (dt.date(2023, 4, 20), "行政执法人员培训", "行政执法人员", "行政执法人员", "线上", 11),
    (dt.date(2023, 6, 15), "民法典宣讲暨法律明白人培训", "法律明白人", "法律明白人", "线下", 41),
    (dt.date(2023, 9, 7), "新任村干部法治培训", "村“两委”干部", "其他", "线下", 27),
    (dt.date(2023, 11, 16), "法律明白人年度轮训", "法律明白人", "法律明白人", "线上", 44),
)
EXAM = (("党政办", 9, 8), ("经发办", 6, 6), ("社会事务办", 7, 7), ("综治中心", 5, 4), ("司法所", 3, 3),
        ("财政所", 4, 4), ("自然资源所", 5, 5))  # fmt: skip


def taken_over_required_in_one_cell_training(built: Built, rng: random.Random) -> None:
    log = Sheet("普法培训")
    log.title(f"{TOWN}{YEAR}年普法培训台账", 6)
    log.header([["序号", "培训日期", "培训名称", "培训对象", "培训形式", "参训人数"]])
    sessions = []
    for n, (day, name, audience, truth, form, people) in enumerate(TRAININGS, start=1):
        log.add(n, day, name, audience, form, people)
        sessions.append({"held_on": day, "audience": truth})

    exam = Sheet("学法考试")
    exam.title(f"{TOWN}{YEAR}年度国家工作人员学法考试参考情况", 5)
    exam.header([["序号", "单位（科室）", "参考情况（实考/应考）", "参考率", "备注"]])
    for n, (office, required, taken) in enumerate(EXAM, start=1):
        remark = None if taken == required else f"缺考{required - taken}人（病假）"
        exam.add(n, office, f"{taken}/{required}", f"{taken / required:.0%}", remark)
    required, taken = sum(e[1] for e in EXAM), sum(e[2] for e in EXAM)
    exam.add("合计", None, f"{taken}/{required}", f"{taken / required:.1%}", None)
    sessions.append({"held_on": dt.date(YEAR, 11, 30), "audience": None, "exam_required": required,
                     "exam_taken": taken})  # fmt: skip
    built.books.append(Book(TRAINING_FILE, [log, exam]))
    built.ledgers["training"] = sessions
    built.quirk("taken_over_required_in_one_cell", TRAINING_FILE, "学法考试", "training.exam_coverage",
                "参考情况（实考/应考）一格写作 8/9：8 人实考、9 人应考；合计行 37/39")  # fmt: skip


# --- 反诈: the watch list kept by 列管日期 and 撤管日期 -----------------------------------------------------------------

FRAUD_FILE = f"{TOWN}涉诈重点人员列管台账.xlsx"


def listed_and_delisted_dates_fraud_watch(built: Built, rng: random.Random) -> None:
    sheet = Sheet("列管台账")
    sheet.title(f"{TOWN}涉诈重点人员列管台账（截至{YEAR}年12月31日）", 11)
    sheet.header([["序号", "姓名", "身份证号码", "联系电话", "户籍村（社区）", "列管日期", "列管原因", "撤管日期",
                   "撤管原因", "是否见面核查", "包保责任人"]])  # fmt: skip
    records = []
    for n, removed, contacted, (name, id_no, phone, place) in fake.watch_list(rng, 18, list(VILLAGES), 0.35):
        listed = fake.dates_in(rng, YEAR - 1, 1, first=dt.date(2022, 3, 1))[0]
        delisted = fake.dates_in(rng, YEAR, 1, first=dt.date(2023, 2, 1))[0] if removed else None
        sheet.add(n, name, id_no, phone, place, f"{listed:%Y-%m-%d}", rng.choice(("出境返回", "涉诈前科", "两卡违法")),
                  None if delisted is None else f"{delisted:%Y-%m-%d}",
                  rng.choice(("经核查排除风险", "持合法手续出境务工")) if removed else None,
                  "是" if contacted else "否", fake.name(rng))  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(FRAUD_FILE, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("listed_and_delisted_dates", FRAUD_FILE, "列管台账",
                ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted"),
                "没有管控状态列：列管日期、撤管日期（空着的仍在列管）、撤管原因；有撤管日期的是已核减")  # fmt: skip


# --- 政务公开: the website's back-office export, the type only in the 栏目 path ---------------------------------------

DISCLOSURE_FILE = f"{TOWN}门户网站信息发布明细（后台导出）.xlsx"
COLUMNS = {  # 栏目 path → truth type, weight
    "政务公开 > 法定主动公开内容 > 财政信息": ("主动公开", 4),
    "政务公开 > 法定主动公开内容 > 政策文件": ("主动公开", 2),
    "政务公开 > 法定主动公开内容 > 惠农补贴": ("主动公开", 3),
    "政务公开 > 重点领域信息公开 > 社会救助": ("主动公开", 2),
    "政务公开 > 依申请公开 > 依申请公开答复": ("依申请公开", 0.6),
    "新闻动态 > 媒体聚焦": ("媒体发布", 1.5),
}
TITLES = ("2023年部门预算公开", "耕地地力保护补贴发放公示", "低保对象动态管理公示", "关于印发农村建房管理办法的通知",
          "关于某村道路建设资金使用情况的答复", "我乡荷叶村发展订单农业（转自县融媒体中心）")  # fmt: skip


def column_path_as_type_disclosure(built: Built, rng: random.Random) -> None:
    sheet = Sheet("Sheet1")
    sheet.header([["信息ID", "标题", "所属栏目", "发布时间", "发布人", "浏览次数"]])
    sheet.autofilter = "A1:F60"
    sheet.freeze = "A2"
    weights = {k: w for k, (_, w) in COLUMNS.items()}
    items = [(dt.datetime(2022, 12, 29, 16, 5), "政务公开 > 法定主动公开内容 > 财政信息")]
    for day in fake.dates_in(rng, YEAR, 44):
        items.append((dt.datetime(day.year, day.month, day.day, rng.randint(8, 17), rng.randint(0, 59)),
                      fake.pick(rng, weights)))  # fmt: skip
    records = []
    for n, (when, path) in enumerate(sorted(items, reverse=True), start=1):  # newest first, as the back office lists
        sheet.add(20230000 + 137 * n, rng.choice(TITLES), path, f"{when:%Y-%m-%d %H:%M}", fake.name(rng),
                  rng.randint(12, 900))  # fmt: skip
        records.append({"published_on": when.date(), "type": COLUMNS[path][0]})
    built.books.append(Book(DISCLOSURE_FILE, [sheet]))
    built.ledgers["disclosure"] = records
    built.quirk("column_path_as_type", DISCLOSURE_FILE, "Sheet1",
                ("disclosure.proactive", "disclosure.media", "disclosure.on_request"),
                "后台导出只有所属栏目路径（政务公开 > 法定主动公开内容 > 财政信息 / 依申请公开 / 新闻动态 > 媒体聚焦），"
                "没有公开类型列；浏览次数是数字列；最新的在前，最后一条是2022年12月29日")  # fmt: skip


# --- 规范性文件: the register of documents reported to the county for 备案 -------------------------------------------

NORMATIVE_FILE = f"{TOWN}行政规范性文件报送备案登记表（{YEAR}年）.xlsx"
DOCUMENTS = (  # title, issued, reported, county's conclusion
    ("蒲塘乡农村公益性公墓管理办法", dt.date(2022, 12, 15), dt.date(2023, 1, 9), "予以备案"),
    ("蒲塘乡农村集体资产出租管理办法", dt.date(2023, 1, 5), dt.date(2023, 1, 30), "予以备案"),
    ("蒲塘乡村规民约备案审查规定", dt.date(2023, 4, 18), dt.date(2023, 5, 26), "予以备案"),
    ("蒲塘乡集镇门前三包管理规定", dt.date(2023, 8, 29), dt.date(2023, 9, 20), "提出审查意见，已纠正"),
    ("蒲塘乡农村建房管理若干规定", dt.date(2023, 12, 27), dt.date(2024, 1, 15), "审查中"),
)


def reported_for_filing_register_normative_documents(built: Built, rng: random.Random) -> None:
    sheet = Sheet("报备登记")
    sheet.title(f"{TOWN}行政规范性文件报送备案登记表（{YEAR}年）", 8)
    sheet.add("报备单位：蒲塘乡人民政府（盖章）", None, None, None, None, "备案审查机关：县司法局")
    sheet.header([["序号", "文件名称", "文号", "发文日期", "报送备案日期", "是否在30日内报备", "备案审查结论",
                   "备案审查意见书文号"]])  # fmt: skip
    records = []
    for n, (title, issued, reported, conclusion) in enumerate(DOCUMENTS, start=1):
        doc_no = f"蒲府规〔{issued.year}〕{n}号"
        on_time = "是" if (reported - issued).days <= 30 else "否（逾期）"
        opinion = None if conclusion == "审查中" else f"县司备审〔{reported.year}〕{rng.randint(3, 60)}号"
        sheet.add(n, title, doc_no, f"{issued:%Y.%m.%d}", f"{reported:%Y.%m.%d}", on_time, conclusion, opinion)
        records.append({"issued_on": issued, "doc_no": doc_no, "title": title})
    built.books.append(Book(NORMATIVE_FILE, [sheet]))
    built.ledgers["normative_documents"] = records
    built.quirk("reported_for_filing_register", NORMATIVE_FILE, "报备登记", "normative_documents.issued",
                "报送备案登记表：2022年12月发文、2023年1月报备的一件列在2023年表中，不算2023年；2023年12月发文、2024年1月报备的"
                "算；备案审查意见书文号（县司备审〔2023〕N号）不是文件的文号；是否在30日内报备 是 / 否（逾期）")  # fmt: skip


# --- 信访: the year's items beside a 积案化解 sheet --------------------------------------------------------------------

PETITION_FILE = f"{TOWN}信访事项办理台账（{YEAR}年）.xlsx"
SOURCES = {"县联办": 3, "市联办": 1.5, "省联办": 0.6, "本级受理": 2.5}
STATUS = {"已化解": 6, "正在化解": 2, "未化解": 1}


def backlog_sheet_beside_year_petitions(built: Built, rng: random.Random) -> None:
    year = Sheet("信访事项")
    year.title(f"{TOWN}{YEAR}年信访事项办理台账", 8)
    year.header([["信访编号", "交办单位", "信访人", "反映问题", "交办日期", "责任单位", "办理状态", "办结日期"]])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 22), start=1):
        source, status = fake.pick(rng, SOURCES), fake.pick(rng, STATUS)
        closed = day + dt.timedelta(days=rng.randint(10, 55)) if status == "已化解" else None
        year.add(f"PT{YEAR}{n:03d}", source, fake.name(rng), rng.choice(("土地权属", "征地补偿", "低保评定", "劳资纠纷")),
                 f"{day.month}月{day.day}日", rng.choice(VILLAGES), status, closed)  # fmt: skip
        records.append({"petition_no": f"PT{YEAR}{n:03d}", "source": source, "assigned_on": day, "status": status})

    backlog = Sheet("积案化解")
    backlog.title(f"{TOWN}信访积案化解台账（{YEAR}年）", 8)
    backlog.header([["信访编号", "交办单位", "信访人", "反映问题", "交办日期", "包案领导", "化解情况", "化解日期"]])
    for n, day in enumerate((dt.date(2021, 6, 8), dt.date(2021, 11, 23), dt.date(2022, 4, 19), dt.date(2022, 9, 6),
                             dt.date(2022, 12, 12)), start=1):  # fmt: skip
        done = n != 3
        resolved = fake.dates_in(rng, YEAR, 1)[0] if done else None
        source = rng.choice(("县联办", "市联办"))
        backlog.add(f"PT{day.year}{40 + n:03d}", source, fake.name(rng), "历史遗留土地问题",
                    f"{day:%Y.%m.%d}", fake.name(rng), "已化解（积案销号）" if done else "正在化解", resolved)  # fmt: skip
        records.append({"petition_no": f"PT{day.year}{40 + n:03d}", "source": source, "assigned_on": day,
                        "status": "已化解" if done else "正在化解"})  # fmt: skip
    built.books.append(Book(PETITION_FILE, [year, backlog]))
    built.ledgers["petitions"] = records
    built.quirk("backlog_sheet_beside_year", PETITION_FILE, "积案化解",
                ("petitions.assigned", "petitions.resolved", "petitions.in_progress"),
                "积案化解表列出2021、2022年交办、2023年销号的积案：不是2023年交办的；本年表交办日期 3月5日（年份在标题）")  # fmt: skip


# --- 平安建设: the case type written as the article of the law ---------------------------------------------------------

SECURITY_FILE = f"{TOWN}治安案件及家暴告诫登记台账（{YEAR}年）.xlsx"
ARTICLES = {  # as written → truth type, weight
    "违反《治安管理处罚法》第六十六条（卖淫、嫖娼）": ("涉黄治安案件", 1.5),
    "违反《治安管理处罚法》第七十条（赌博）": ("涉赌治安案件", 2.5),
    "违反《治安管理处罚法》第四十三条（殴打他人）": ("其他", 2),
    "违反《治安管理处罚法》第四十五条（虐待家庭成员）": ("家暴治安案件", 1),
    "《反家庭暴力法》第十六条（家庭暴力告诫）": ("家暴告诫书", 2),
}


def law_article_as_type_security(built: Built, rng: random.Random) -> None:
    sheet = Sheet("登记台账")
    sheet.title(f"{TOWN}治安案件及家庭暴力告诫登记台账（{YEAR}年）", 7)
    sheet.header([["序号", "受理日期", "案件性质", "村（社区）", "违法行为人", "处理结果", "拘留人数"]])
    weights = {k: w for k, (_, w) in ARTICLES.items()}
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 24), start=1):
        article = fake.pick(rng, weights)
        truth = ARTICLES[article][0]
        if truth == "家暴告诫书":
            detained, outcome = 0, "出具告诫书"
        else:
            detained = rng.choice((0, 1, 1, 2))
            outcome = f"行政拘留{rng.choice(('五', '十'))}日" if detained else rng.choice(("罚款500元", "警告"))
        sheet.add(n, f"{day:%Y/%m/%d}", article, rng.choice(VILLAGES), fake.name(rng), outcome, detained)
        records.append({"occurred_on": day, "type": truth, "detained": detained})
    built.books.append(Book(SECURITY_FILE, [sheet]))
    built.ledgers["security"] = records
    built.quirk("law_article_as_type", SECURITY_FILE, "登记台账",
                ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions"),
                "案件性质写作法条：违反《治安管理处罚法》第六十六条（卖淫、嫖娼）、第七十条（赌博）、第四十五条（虐待家庭成员）、"
                "《反家庭暴力法》第十六条（家庭暴力告诫）")  # fmt: skip
