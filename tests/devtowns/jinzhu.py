"""金竹镇（虚构）2024: the fiftieth development town, weighted to the three kinds the set covers least —
normative documents, training and the fraud watch — as a 镇's 党政办, 司法所 and 派出所 keep them, in the layouts of
public templates and rules no other town imitates.

Normative documents are the 党政办's **备案登记表** (报备时间 beside 印发时间, **是否及时报备 ticked √ / ×** against the
30-day rule, 备案审查意见) and the year's **清理目录**, where **only 处理意见** says what happened to a document (继续有效,
修改, 废止, 宣布失效) and no date is written: the year is only in the 发文字号. Training is four books: the 司法所's
**签到表, one sheet per session** (the theme, date, place and speaker in lines above the header, the names redacted,
an 应到 / 实到 line under the table; last December's sheet still in the book), the 党政办's **领导干部学法情况统计表**
(a row per leader, **1月 … 12月 columns of 学法次数**, a 合计 column) beside its 常务会学法记录, the year's **学法考试成绩
汇总** by unit (应考 / 实考 / 缺考, 成绩情况 › 合格人数 / 合格率 / 平均分, a 合计 row) and the **国家工作人员旁听庭审登记**
(cases of other parties heard by the county court: 案号, 案由, 旁听人数 — study, not lawsuits of the government). The
派出所's fraud book is the **涉诈重点人员劝阻台账**: 劝阻措施 merged over **电话劝阻 / 见面劝阻 / 签订承诺书 ticked √**,
管控状态 在管 / 已核减; beside it the 反诈宣传 log with **宣传形式 in columns** (横幅（条）, 海报（张）, 资料（份）, 广播（次）,
宣讲（场）) and **覆盖人数 约300人 / 200余人**.
No enforcement, disclosure, dispute, petition, mediation, security, counsel or litigation ledger (null).

Truth decisions: a normative document is the year's by its 印发时间, never its 报备时间 (a document issued in December
and reported in January is this year's; last December's, reported this January, is not); a late report (×) is still
a document; the 清理目录 lists documents already counted or of earlier years, one document under one 文号. A sign-in
sheet is one session; a session is a 法律明白人 training when its sheet says so; last December's sheet is not this
year's. The leaders' study counts, the 常务会 study and the 旁听庭审 are no 法律明白人 training; 旁听 cases are no
lawsuits of the government. A person is contacted when reached by phone or met (电话劝阻 or 见面劝阻 ticked); a
承诺书 is only signed at a meeting. The 宣传 log's 覆盖人数 is people reached by activities, no watch list."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "金竹镇"
YEAR = 2024
GOV = "金竹镇人民政府"
VILLAGES = ("金竹社区", "岩脚村", "双龙村", "茶山村", "桃坪村", "松林村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}
TICK = "√"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    filing_register_timeliness_ticks_normative_documents(built, rng)
    cleanup_catalogue_opinion_only_normative_documents(built, rng)
    sign_in_sheet_per_session_training(built, rng)
    leaders_study_month_matrix_training(built, rng)
    exam_score_summary_training(built, rng)
    court_hearing_attendance_training(built, rng)
    dissuasion_measure_ticks_fraud_watch(built, rng)
    publicity_forms_in_columns_fraud_watch(built, rng)
    absent = ("enforcement", "disclosure", "disputes", "petitions", "mediation", "security", "counsel", "litigation")
    for kind in absent:
        built.ledgers[kind] = Null(f"{TOWN}没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 规范性文件: the 备案登记表 with 是否及时报备, and the 清理目录 told by 处理意见 alone ---------------------------------

FILING_FILE = f"{TOWN}行政规范性文件备案登记表（{YEAR}年）.xlsx"
CLEANUP_FILE = f"{TOWN}{YEAR}年行政规范性文件清理目录.xlsx"
DOCUMENTS = (  # title, 文号, issued, reported
    ("金竹镇农村人居环境“门前三包”管理办法", "金府规〔2023〕2号", dt.date(2023, 12, 20), dt.date(2024, 1, 12)),
    ("金竹镇集体经济组织资产管理办法", "金府规〔2024〕1号", dt.date(2024, 3, 15), dt.date(2024, 3, 28)),
    ("金竹镇农村建房管理实施细则", "金府规〔2024〕2号", dt.date(2024, 6, 5), dt.date(2024, 7, 30)),
    ("金竹镇集镇农贸市场管理规定", "金府规〔2024〕3号", dt.date(2024, 9, 10), dt.date(2024, 9, 24)),
    ("金竹镇村级公益事业“一事一议”奖补办法", "金府规〔2024〕4号", dt.date(2024, 12, 23), dt.date(2025, 1, 9)),
)
OLDER = (  # documents of earlier years in the 清理目录: title, 文号, 处理意见, 清理理由
    ("金竹镇殡葬改革实施办法", "金府规〔2018〕1号", "废止", "上位法已修改，内容不再适用"),
    ("金竹镇森林防火管理规定", "金府规〔2019〕2号", "修改", "与新修订的《森林防火条例》实施办法不一致，需修改"),
    ("金竹镇2020年脱贫攻坚产业奖补办法", "金府规〔2020〕1号", "宣布失效", "适用期已过"),
    ("金竹镇村规民约备案管理办法", "金府规〔2021〕1号", "继续有效", None),
    ("金竹镇集镇环境卫生管理规定", "金府规〔2022〕3号", "继续有效", None),
    ("金竹镇农村人居环境“门前三包”管理办法", "金府规〔2023〕2号", "继续有效", None),
)


def filing_register_timeliness_ticks_normative_documents(built: Built, rng: random.Random) -> None:
    sheet = Sheet("备案登记")
    sheet.title(f"{TOWN}行政规范性文件备案登记表", 9)
    sheet.add("填报单位：金竹镇人民政府（党政办）", None, None, None, None, None, f"填报人：{fake.name(rng)}")
    sheet.header([["序号", "文件名称", "文号", "印发时间", "报备时间", "是否及时报备\n（30日内）", "备案审查机关",
                   "备案审查意见", "备注"]])  # fmt: skip
    records = []
    for n, (title, doc_no, issued, reported) in enumerate(DOCUMENTS, start=1):
        timely = (reported - issued).days <= 30
        remark = None if timely else "逾期报备，已说明情况"
        sheet.add(n, title, doc_no, f"{issued.year}.{issued.month}.{issued.day}",
                  f"{reported.year}年{reported.month}月{reported.day}日", TICK if timely else "×", "县司法局",
                  "予以备案", remark)  # fmt: skip
        records.append({"issued_on": issued, "doc_no": doc_no})
    built.books.append(Book(FILING_FILE, [sheet]))
    built.ledgers["normative_documents"] = records
    f = "normative_documents.issued"
    built.quirk("timely_filing_ticked", FILING_FILE, "备案登记", f,
                "是否及时报备（30日内）打 √ / ×：逾期报备的（×）也是本年印发的文件")  # fmt: skip
    built.quirk("reported_next_year", FILING_FILE, "备案登记", f,
                "2023年12月印发、2024年1月报备的不是2024年的；2024年12月印发、2025年1月报备的是")  # fmt: skip


def cleanup_catalogue_opinion_only_normative_documents(built: Built, rng: random.Random) -> None:
    sheet = Sheet("清理目录")
    sheet.title(f"{TOWN}{YEAR}年行政规范性文件清理目录", 6)
    sheet.add("（清理基准日：2024年10月31日）")
    sheet.header([["序号", "文件名称", "发文字号", "制定机关", "处理意见", "清理理由"]])
    listed = list(OLDER) + [(t, no, "继续有效", None) for t, no, issued, _ in DOCUMENTS if issued.year == YEAR
                            and issued < dt.date(YEAR, 10, 31)]  # fmt: skip
    for n, (title, doc_no, opinion, reason) in enumerate(listed, start=1):
        sheet.add(n, title, doc_no, GOV, opinion, reason)
    built.books.append(Book(CLEANUP_FILE, [sheet]))
    built.quirk("cleanup_told_by_opinion_only", CLEANUP_FILE, "清理目录", "normative_documents.issued",
                "清理目录只有 处理意见（继续有效/修改/废止/宣布失效），没有日期，年份只在发文字号里；本年的3件已在备案登记表中")  # fmt: skip


# --- 学法用法: sign-in sheets, the leaders' month matrix, the exam summary, 旁听庭审 ------------------------------------

SIGN_IN_FILE = f"{TOWN}{YEAR}年法治培训签到表.xlsx"
SESSIONS = (  # date, sheet name, title, theme, audience as written (职务), truth audience, expected, present
    (dt.date(2023, 12, 19), "2023.12.19", "法律明白人年终培训", "人民调解实务", "法律明白人", "法律明白人", 20, 18),
    (dt.date(2024, 3, 14), "3.14", "法律明白人培训", "《中华人民共和国民法典》婚姻家庭编", "法律明白人", "法律明白人",
     20, 19),
    (dt.date(2024, 5, 22), "5.22", "行政执法人员培训", "《中华人民共和国行政处罚法》", "执法人员", "行政执法人员", 12, 12),
    (dt.date(2024, 6, 18), "6.18", "镇机关干部法治讲座", "《信访工作条例》", "干部", "干部职工", 30, 27),
    (dt.date(2024, 8, 9), "8.9", "法律明白人培训", "农村土地承包法律知识", "法律明白人", "法律明白人", 20, 17),
    (dt.date(2024, 11, 6), "11.6", "法律明白人培训", "反有组织犯罪法、反电信网络诈骗法", "法律明白人", "法律明白人",
     20, 20),
)  # fmt: skip
SPEAKERS = ("县司法局", "镇司法所", "县法院金竹人民法庭", "贵州某某律师事务所")


def _redacted(full: str) -> str:
    return full[0] + "**"


def sign_in_sheet_per_session_training(built: Built, rng: random.Random) -> None:
    sheets, sessions = [], []
    for day, tab, name, theme, post, audience, expected, present in SESSIONS:
        sheet = Sheet(tab)
        sheet.title(f"{TOWN}{name}签到表", 6)
        sheet.add(f"培训主题：{theme}")
        sheet.add(f"培训时间：{day.year}年{day.month}月{day.day}日", None, None, "培训地点：镇便民服务中心三楼会议室")
        sheet.add(f"主讲人：{rng.choice(SPEAKERS)} {fake.masked(fake.name(rng))}")
        sheet.header([["序号", "姓名", "单位（村、社区）", "职务", "联系电话", "签名"]])
        for n in range(1, expected + 1):
            person = _redacted(fake.name(rng))
            place = rng.choice(VILLAGES) if post == "法律明白人" else rng.choice(("党政办", "综治中心", "司法所",
                                                                                 "自然资源所", "社会事务办"))  # fmt: skip
            phone = fake.mobile(rng)
            signed = person if n <= present else "（请假）"
            sheet.add(n, person, place, post, f"{phone[:3]}****{phone[-4:]}", signed)
        sheet.add(f"应到{expected}人，实到{present}人。", None, None, None, f"记录人：{_redacted(fake.name(rng))}")
        sheets.append(sheet)
        sessions.append({"held_on": day, "audience": audience})
    built.books.append(Book(SIGN_IN_FILE, sheets))
    built.ledgers.setdefault("training", []).extend(sessions)
    f = "training.legal_literacy_sessions"
    built.quirk("sign_in_sheet_per_session", SIGN_IN_FILE, "3.14", f,
                "一次培训一张签到表（表名是日期），主题/时间/地点/主讲人写在表头上方，每行是一个签到的人：一张表是一次培训，"
                "不是每人一次；姓名打码（王**），末行 应到N人，实到M人")  # fmt: skip
    built.quirk("last_years_sheet_in_book", SIGN_IN_FILE, "2023.12.19", f, "上年12月的签到表仍在本年的簿中：不计入")
    built.quirk("audience_only_in_title_and_post", SIGN_IN_FILE, "5.22", f,
                "培训对象只在标题（法律明白人培训）和 职务 列：执法人员、干部的培训不是法律明白人培训")  # fmt: skip


LEADERS_FILE = f"{TOWN}{YEAR}年领导干部学法情况统计表.xlsx"
POSTS = ("党委书记", "党委副书记、镇长", "人大主席", "党委副书记", "纪委书记", "副镇长", "副镇长", "武装部长")
MEETING_TOPICS = ("《中华人民共和国行政复议法》", "《信访工作条例》", "《中华人民共和国土地管理法》",
                  "《优化营商环境条例》", "《中华人民共和国安全生产法》", "《中华人民共和国保守国家秘密法》")  # fmt: skip


def leaders_study_month_matrix_training(built: Built, rng: random.Random) -> None:
    matrix = Sheet("学法次数统计")
    matrix.title(f"{TOWN}{YEAR}年领导干部学法情况统计表", 16)
    matrix.add("单位：次", *[None] * 14, "填报时间：2025年1月8日")
    matrix.header([["序号", "姓名", "职务", *[f"{m}月" for m in range(1, 13)], "合计"]])
    for n, post in enumerate(POSTS, start=1):
        months = [rng.choice([None, 1, 1, 2]) for _ in range(12)]
        matrix.add(n, _redacted(fake.name(rng)), post, *months, sum(m or 0 for m in months))

    meetings = Sheet("常务会学法记录")
    meetings.title(f"{TOWN}{YEAR}年政府常务会议会前学法记录", 6)
    meetings.header([["序号", "学法时间", "会议名称", "学法内容", "主讲人", "参加人数"]])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 10), start=1):
        meetings.add(n, f"{day.month}月{day.day}日", f"第{n}次政府常务会议", rng.choice(MEETING_TOPICS),
                     rng.choice(("镇长", "司法所所长", "法律顾问")), rng.randint(9, 13))  # fmt: skip
    built.books.append(Book(LEADERS_FILE, [matrix, meetings]))
    f = ("training.legal_literacy_sessions", "training.exam_coverage")
    built.quirk("leaders_study_month_matrix", LEADERS_FILE, "学法次数统计", f,
                "领导干部学法次数是 领导 × 1月…12月 的宽表（空格为0）加合计列：是领导干部学法，不是法律明白人培训，也不是考试")  # fmt: skip
    built.quirk("meeting_study_no_year", LEADERS_FILE, "常务会学法记录", f,
                "常务会会前学法（学法时间 3月5日，年份在标题）：不是法律明白人培训")  # fmt: skip


EXAM_FILE = f"{TOWN}{YEAR}年度国家工作人员学法考试成绩汇总表.xlsx"
EXAM = (  # unit, 应考, 实考, 合格
    ("党政办", 9, 9, 9), ("党建办", 6, 6, 6), ("经济发展办", 8, 7, 7), ("社会事务办", 7, 7, 6), ("综治中心", 6, 5, 5),
    ("自然资源所", 5, 5, 5), ("司法所", 3, 3, 3), ("财政所", 4, 4, 4), ("综合行政执法队", 10, 9, 8),
)  # fmt: skip
ABSENCE = ("病假1人", "外出培训1人", "产假1人")


def exam_score_summary_training(built: Built, rng: random.Random) -> None:
    sheet = Sheet("成绩汇总")
    sheet.title(f"{TOWN}{YEAR}年度国家工作人员学法考试成绩汇总表", 9)
    sheet.add("考试时间：2024年11月20日", None, None, None, None, None, "考试形式：线上闭卷")
    sheet.header(
        [
            ["序号", "单位", "应考人数", "实考人数", "缺考人数", "成绩情况", None, None, "备注"],
            [None, None, None, None, None, "合格人数", "合格率", "平均分", None],
        ],
        [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 1, 8), (1, 9, 2, 9)],
    )
    absences = iter(ABSENCE)
    for n, (unit, required, taken, passed) in enumerate(EXAM, start=1):
        missing = required - taken
        sheet.add(n, unit, required, taken, missing, passed, f"{passed / taken:.1%}", round(rng.uniform(82, 95), 1),
                  next(absences) if missing else None)  # fmt: skip
    required, taken, passed = (sum(e[i] for e in EXAM) for i in (1, 2, 3))
    sheet.add("合计", None, required, taken, required - taken, passed, f"{passed / taken:.1%}", None, None)
    built.books.append(Book(EXAM_FILE, [sheet]))
    built.ledgers.setdefault("training", []).append(
        {"held_on": dt.date(YEAR, 11, 20), "audience": None, "exam_required": required, "exam_taken": taken}
    )
    built.quirk("exam_score_summary", EXAM_FILE, "成绩汇总", "training.exam_coverage",
                "成绩汇总按单位：应考人数/实考人数/缺考人数，成绩情况 › 合格人数/合格率/平均分 两行表头，合计行：参考率是 实考÷应考，"
                "不是合格率")  # fmt: skip


HEARING_FILE = f"{TOWN}国家工作人员旁听庭审登记表（{YEAR}年）.xlsx"
HEARINGS = (  # day, case no, cause, sort, people
    (dt.date(2024, 4, 17), "（2024）黔0399刑初45号", "帮助信息网络犯罪活动罪", "刑事", 16),
    (dt.date(2024, 6, 26), "（2024）黔0399民初812号", "土地承包经营权纠纷", "民事", 12),
    (dt.date(2024, 9, 12), "（2024）黔0399行初33号", "某某诉县自然资源局行政处罚", "行政", 18),
    (dt.date(2024, 11, 28), "（2024）黔0399刑初131号", "诈骗罪", "刑事", 21),
)


def court_hearing_attendance_training(built: Built, rng: random.Random) -> None:
    sheet = Sheet("旁听庭审")
    sheet.title(f"{TOWN}{YEAR}年国家工作人员旁听庭审活动登记表", 9)
    sheet.header([["序号", "旁听日期", "审理法院", "案号", "案由", "案件类型", "组织单位", "旁听人数", "旁听人员"]])
    for n, (day, case_no, cause, sort, people) in enumerate(HEARINGS, start=1):
        sheet.add(n, day, "某某县人民法院", case_no, cause, sort, "镇党政办、司法所", people,
                  "镇机关干部、村（社区）“两委”干部")  # fmt: skip
    built.books.append(Book(HEARING_FILE, [sheet]))
    # Each hearing watched is a 学法 session of the staff (the 学法用法制度), none for 法律明白人.
    built.ledgers.setdefault("training", []).extend({"held_on": h[0], "audience": "干部职工"} for h in HEARINGS)
    built.quirk("court_hearing_attendance_not_lawsuit", HEARING_FILE, "旁听庭审",
                ("litigation.cases", "litigation.leader_appearances", "training.legal_literacy_sessions"),
                "国家工作人员旁听庭审登记（案号、案由、开庭即旁听日期，一件 行初 是他人诉县自然资源局）：是学法活动，"
                "不是本镇的行政应诉案件，也不是法律明白人培训")  # fmt: skip


# --- 反诈: the 劝阻 register with measures ticked, and the 宣传 log with forms in columns -----------------------------

FRAUD_FILE = f"{TOWN}涉诈重点人员劝阻台账（{YEAR}年）.xlsx"
PUBLICITY_FILE = f"{TOWN}{YEAR}年反诈宣传活动台账.xlsx"
GROUPS = ("出境返回人员", "涉诈前科人员", "断卡行动涉案人员", "滞留境外人员亲属")


def dissuasion_measure_ticks_fraud_watch(built: Built, rng: random.Random) -> None:
    sheet = Sheet("劝阻台账")
    sheet.title(f"{TOWN}涉诈重点人员劝阻（见面、签订承诺书）台账", 11)
    sheet.add("填报单位：金竹派出所、镇综治中心", *[None] * 8, "截至2024年12月31日")
    sheet.header(
        [
            ["序号", "姓名", "身份证号码", "所在村（社区）", "人员类别", "列管时间", "劝阻措施", None, None,
             "管控状态", "备注"],
            [None, None, None, None, None, None, "电话劝阻", "见面劝阻", "签订承诺书", None, None],
        ],
        [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 6, 10, 11)] + [(1, 7, 1, 9)],
    )  # fmt: skip
    records = []
    for n, removed, contacted, (name, id_no, _phone, place) in fake.watch_list(rng, 18, list(VILLAGES), 0.3):
        phoned = met = False
        if contacted:
            met = rng.random() < 0.6
            phoned = not met or rng.random() < 0.5
        signed = met and rng.random() < 0.7
        listed = fake.dates_in(rng, YEAR, 1, last=dt.date(YEAR, 9, 30))[0]
        remark = rng.choice(["持合法出入境手续返乡", "核查无涉诈嫌疑"]) if removed else (
            None if contacted else rng.choice(["外出务工，电话未接通", "长期在外，暂未联系上"]))  # fmt: skip
        sheet.add(n, name, id_no, place, rng.choice(GROUPS), f"{listed:%Y.%m.%d}", TICK if phoned else None,
                  TICK if met else None, TICK if signed else None, "已核减" if removed else "在管", remark)  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(FRAUD_FILE, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("contact_by_measure_ticks", FRAUD_FILE, "劝阻台账", "fraud_watch.contacted",
                "没有 是否取得联系 列：劝阻措施 合并在 电话劝阻 / 见面劝阻 / 签订承诺书 三列上打 √，电话或见面打了 √ 即已取得联系")  # fmt: skip


FORMS = ("悬挂横幅（条）", "张贴海报（张）", "发放资料（份）", "村村响广播（次）", "集中宣讲（场）")


def publicity_forms_in_columns_fraud_watch(built: Built, rng: random.Random) -> None:
    sheet = Sheet("宣传台账")
    sheet.title(f"{TOWN}{YEAR}年反诈宣传活动台账", 10)
    sheet.header(
        [
            ["序号", "活动日期", "活动地点", "宣传形式", None, None, None, None, "覆盖人数", "组织单位"],
            [None, None, None, *FORMS, None, None],
        ],
        [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 8), (1, 9, 2, 9), (1, 10, 2, 10)],
    )
    for n, day in enumerate(fake.dates_in(rng, YEAR, 12), start=1):
        counts = [rng.choice([None, 1, 2, 3]), rng.choice([None, 10, 20]), rng.choice([50, 100, 200, 300]),
                  rng.choice([None, 1, 2]), rng.choice([None, 1])]  # fmt: skip
        people = rng.choice([150, 200, 300, 500])
        reach = rng.choice([f"约{people}人", f"{people}余人", f"{people}人次"])
        sheet.add(n, f"{day.month}月{day.day}日", rng.choice([*VILLAGES, "金竹集镇赶场天"]), *counts, reach,
                  rng.choice(["金竹派出所", "镇综治中心", "镇司法所"]))  # fmt: skip
    built.books.append(Book(PUBLICITY_FILE, [sheet]))
    built.quirk("publicity_forms_in_columns", PUBLICITY_FILE, "宣传台账",
                ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted"),
                "反诈宣传活动：宣传形式 合并在 横幅/海报/资料/广播/宣讲 五个计数列上，覆盖人数 约300人 / 200余人：活动不是管控人员")  # fmt: skip
