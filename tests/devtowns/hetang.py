"""荷塘镇（虚构）2024: the forty-first development town, whose offices keep their records **one file per event or
per document**, so that a figure is a count of files, or of the rows of many small files, not of one register.

- 法律明白人培训 kept as a folder of **签到表**, one workbook (or Word file) per session: a title, a line with the
  session's date, place and topic, then 序号 | 姓名 | 单位 | 签名 rows of the persons who came (签名 blank or 已签).
  A session of the 机关干部 is in the same folder (not a 法律明白人 session), and last December's session too.
- 学法考试 kept as **one 成绩单 per exam**: a line 考试时间 / 应考人数 / 实考人数 above the rows of persons, 缺考
  rows with no score and the reason in 备注.
- 党委理论学习中心组 and 政府常务会 会前学法 kept as **会议记录 extracts**, one Word file per meeting: a two-column form
  (时间, 地点, 主持人, 参加人员, 学法内容, 主讲人), no register.
- 普法 activities kept as **活动记录表**, one per activity (活动时间, 活动地点, 活动形式, 参与人数 约200人).
- The 村（居）法律顾问工作台账 in the 司法厅's form (a row per day of service at a village, 服务事项 and 服务人次).

Truth decisions: a sign-in sheet is the evidence of one session — its date and audience are the sheet's (title and
date line), its rows are persons, not sessions; a session dated in December 2023 is not 2024's. An exam's 应考 and
实考 are its own line's (they agree with its rows: a 缺考 row has no score). The meeting minutes and the activity
records are sessions of other audiences: no published figure counts them. The counsel's figures are the register's."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "荷塘镇"
YEAR = 2024
GOV = "荷塘镇人民政府"
VILLAGES = ("荷塘社区", "莲子村", "藕塘村", "柳湾村", "石桥村", "新屋村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    training: list[dict] = []
    sign_in_sheet_per_session_training(built, rng, training)
    score_sheet_per_exam_training(built, rng, training)
    meeting_minutes_per_meeting_training(built, rng, training)
    activity_record_per_activity_training(built, rng, training)
    built.ledgers["training"] = training
    province_form_counsel(built, rng)
    absent = (
        "enforcement", "normative_documents", "disclosure", "disputes", "petitions", "mediation", "security",
        "fraud_watch", "litigation",
    )  # fmt: skip
    for kind in absent:
        built.ledgers[kind] = Null("荷塘镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 法律明白人培训: a folder of 签到表, one file per session ------------------------------------------------------------

SIGN_IN_FOLDER = "普法培训签到表"
TOPICS = ("民法典婚姻家庭编", "土地承包法", "人民调解法", "反家庭暴力法", "宪法", "未成年人保护法", "法律援助法")


def _sign_in_sheet(
    rng: random.Random, title: str, day: dt.date, place: str, topic: str, units: tuple[str, ...]
) -> Sheet:
    sheet = Sheet("签到表")
    sheet.title(title, 4)
    when = rng.choice([f"{day.year}年{day.month}月{day.day}日", f"{day.year}年{day.month}月{day.day}日上午9:00"])
    line = sheet.add(f"培训时间：{when}　　培训地点：{place}", None, None, None)
    sheet.merges.append((line, 1, line, 4))
    line = sheet.add(f"培训内容：{topic}", None, None, None)
    sheet.merges.append((line, 1, line, 4))
    sheet.header([["序号", "姓名", "单位", "签名"]])
    for n in range(1, rng.randint(12, 26) + 1):
        sheet.add(n, fake.name(rng), rng.choice(units), rng.choice(["已签", None, "已签"]))
    return sheet


def sign_in_sheet_per_session_training(built: Built, rng: random.Random, records: list[dict]) -> None:
    days = [dt.date(YEAR - 1, 12, 20), *fake.dates_in(rng, YEAR, 6)]
    for n, day in enumerate(days):
        topic = TOPICS[n % len(TOPICS)]
        title = f"{TOWN}法律明白人培训签到表"
        # The file names as the clerk saved them: the date first, or the topic only (the date inside).
        name = rng.choice([f"{day:%Y%m%d}法律明白人培训签到表", f"法律明白人培训签到表（{topic}）"])
        sheet = _sign_in_sheet(rng, title, day, rng.choice(["镇政府三楼会议室", "新时代文明实践所"]), topic, VILLAGES)
        fmt = "docx" if n in (2, 5) else "xlsx"
        if fmt == "docx":
            sheet.name = title
            sheet.rows[0] = []  # the title is the paragraph above the table, not a row of it
            sheet.merges = [m for m in sheet.merges if m[0] != 1]
        built.books.append(Book(f"{SIGN_IN_FOLDER}/{name}.{fmt}", [sheet], fmt=fmt))
        records.append({"held_on": day, "audience": "法律明白人"})
    # The 机关干部's session in the same folder: not a 法律明白人 session.
    day = fake.dates_in(rng, YEAR, 1)[0]
    sheet = _sign_in_sheet(
        rng,
        f"{TOWN}机关干部学法培训签到表",
        day,
        "镇政府三楼会议室",
        "行政复议法",
        ("党政办", "综治办", "司法所", "财政所"),
    )
    built.books.append(Book(f"{SIGN_IN_FOLDER}/{day:%Y%m%d}机关干部学法培训签到表.xlsx", [sheet]))
    records.append({"held_on": day, "audience": "机关干部"})
    f = ("training.legal_literacy_sessions",)
    built.quirk("sign_in_sheet_per_session", SIGN_IN_FOLDER, "签到表", f,
                "一次培训一个签到表文件（xlsx 或 docx）：标题、培训时间/地点/内容一行、序号 姓名 单位 签名；"
                "行是到场的人，文件是一次培训；文件夹里还有机关干部的一次和2023年12月的一次")  # fmt: skip


# --- 学法考试: one 成绩单 per exam ------------------------------------------------------------------------------------------

EXAM_FOLDER = "学法考试成绩单"
OFFICES = ("党政办", "综治办", "司法所", "财政所", "农业服务中心", "综合行政执法队")


def score_sheet_per_exam_training(built: Built, rng: random.Random, records: list[dict]) -> None:
    for n, day in enumerate([dt.date(YEAR, 3, 28), dt.date(YEAR, 6, 26), dt.date(YEAR, 11, 20)], start=1):
        sheet = Sheet("成绩单")
        sheet.title(f"{TOWN}{YEAR}年第{'一二三'[n - 1]}次国家工作人员学法考试成绩单", 6)
        required = rng.randint(20, 30)
        absent = rng.randint(1, 3)
        line = sheet.add(
            f"考试时间：{day.year}年{day.month}月{day.day}日　　应考人数：{required}人　　实考人数：{required - absent}人",
            None, None, None, None, None,
        )  # fmt: skip
        sheet.merges.append((line, 1, line, 6))
        sheet.header([["序号", "姓名", "单位", "职务", "成绩", "备注"]])
        missing = set(rng.sample(range(1, required + 1), absent))
        for k in range(1, required + 1):
            if k in missing:
                sheet.add(
                    k,
                    fake.name(rng),
                    rng.choice(OFFICES),
                    "干部",
                    None,
                    rng.choice(["缺考（出差）", "缺考（病假）", "缺考"]),
                )
            else:
                sheet.add(k, fake.name(rng), rng.choice(OFFICES), "干部", rng.randint(62, 100), None)
        built.books.append(Book(f"{EXAM_FOLDER}/第{n}次学法考试成绩单（{day:%Y.%m.%d}）.xlsx", [sheet]))
        records.append(
            {"held_on": day, "audience": "国家工作人员", "exam_required": required, "exam_taken": required - absent}
        )
    built.quirk("score_sheet_per_exam", EXAM_FOLDER, "成绩单", ("training.exam_coverage",),
                "一次考试一个成绩单：考试时间/应考人数/实考人数一行在表头上方，缺考行成绩空着、备注写缺考（出差）")  # fmt: skip


# --- 会前学法 and 中心组学法: one 会议记录 extract per meeting -------------------------------------------------------------

MINUTES_FOLDER = "会前学法会议记录"


def meeting_minutes_per_meeting_training(built: Built, rng: random.Random, records: list[dict]) -> None:
    meetings = [("党委理论学习中心组学习会议记录（摘录）", "党委书记"), ("政府常务会议会前学法记录（摘录）", "镇长")]
    for n, day in enumerate(fake.dates_in(rng, YEAR, 5), start=1):
        title, chair = meetings[n % 2]
        sheet = Sheet(f"{TOWN}{title}")
        sheet.doc_before = []
        sheet.add("时间", f"{day.year}年{day.month}月{day.day}日")
        sheet.add("地点", "镇政府三楼会议室")
        sheet.add("主持人", f"{fake.name(rng)}（{chair}）")
        sheet.add("参加人员", "中心组成员" if n % 2 else "镇政府领导班子成员、各站所负责人")
        sheet.add("学法内容", f"学习《{TOPICS[n % len(TOPICS)]}》")
        sheet.add("主讲人", f"{fake.name(rng)}（司法所所长）")
        sheet.doc_after = ["记录人：", "（摘自会议记录本）"]
        built.books.append(Book(f"{MINUTES_FOLDER}/{day:%m%d}{title[:4]}学法记录.docx", [sheet], fmt="docx"))
        records.append({"held_on": day, "audience": "领导干部"})
    built.quirk("minutes_extract_per_meeting", MINUTES_FOLDER, "会议记录", ("training.legal_literacy_sessions",),
                "一次会议一个 Word 摘录：两列（时间、地点、主持人、参加人员、学法内容、主讲人），不是台账；对象是领导干部")  # fmt: skip


# --- 普法活动: one 活动记录表 per activity --------------------------------------------------------------------------------

ACTIVITY_FOLDER = "普法活动记录"


def activity_record_per_activity_training(built: Built, rng: random.Random, records: list[dict]) -> None:
    forms = ("集中宣传", "法治讲座", "以案说法", "文艺演出")
    for n, day in enumerate(fake.dates_in(rng, YEAR, 4), start=1):
        sheet = Sheet("活动记录表")
        sheet.title(f"{TOWN}普法活动记录表", 4)
        sheet.add("活动名称", f"“{TOPICS[n]}”进村宣传", "活动时间", f"{day.year}.{day.month}.{day.day}")
        sheet.add("活动地点", rng.choice(VILLAGES), "活动形式", rng.choice(forms))
        sheet.add("活动对象", rng.choice(["村民群众", "辖区居民", "村民"]), "组织单位", "镇司法所")
        sheet.add("参与人数", f"约{rng.choice([80, 120, 200])}人", None, None)
        line = sheet.add("活动内容", f"发放宣传资料，解答群众法律咨询，宣讲{TOPICS[n]}。", None, None)
        sheet.merges.append((line, 2, line, 4))
        sheet.add("记录人", fake.name(rng), "审核人", fake.name(rng))
        built.books.append(Book(f"{ACTIVITY_FOLDER}/普法活动记录表{n}.xlsx", [sheet]))
        records.append({"held_on": day, "audience": "群众"})
    built.quirk("activity_record_per_activity", ACTIVITY_FOLDER, "活动记录表", ("training.legal_literacy_sessions",),
                "一次普法活动一张记录表（表单：活动时间、活动形式、活动对象、参与人数 约200人），对象是群众")  # fmt: skip


# --- 法律顾问: the 司法厅's 村（居）法律顾问工作台账 ---------------------------------------------------------------------------

COUNSEL_FILE = f"法律顾问/{TOWN}村（居）法律顾问工作台账（{YEAR}年）.xlsx"
SERVICES = {"法律咨询": 6, "参与调解": 1.5, "法治宣传": 1, "审查合同": 2, "出具法律意见书": 1, "法律援助": 0.5}
SERVICE_TRUTH = {"法律咨询": "法律咨询", "审查合同": "文书审核", "出具法律意见书": "法律意见书", "法律援助": "法律援助"}


def province_form_counsel(built: Built, rng: random.Random) -> None:
    sheet = Sheet("工作台账")
    sheet.title(f"{TOWN}村（居）法律顾问工作台账", 9)
    line = sheet.add(f"法律顾问：{fake.name(rng)}　　所在律师事务所：某某律师事务所（虚构）", *([None] * 8))
    sheet.merges.append((line, 1, line, 9))
    sheet.header(
        [["序号", "服务时间", "服务村（居）", "服务对象", "服务事项", "服务方式", "服务人次", "处理结果", "备注"]]
    )
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 30), start=1):
        service = fake.pick(rng, SERVICES)
        count = rng.choice([1, 2, 3, 4]) if service == "法律咨询" else rng.choice([1, 1, None])
        sheet.add(n, f"{day.year}年{day.month}月{day.day}日", rng.choice(VILLAGES),
                  rng.choice(["村民", "村委会"]) if service != "审查合同" else "村委会", service,
                  rng.choice(["坐班值守", "上门服务", "电话"]), count, rng.choice(["已解答", "已办结", "已出具"]), None)  # fmt: skip
        if service in SERVICE_TRUTH:
            records.append({"served_on": day, "service": SERVICE_TRUTH[service], "quantity": count})
    built.books.append(Book(COUNSEL_FILE, [sheet]))
    built.ledgers["counsel"] = records
    built.quirk("province_counsel_form", COUNSEL_FILE, "工作台账",
                ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid"),
                "司法厅式 村（居）法律顾问工作台账：顾问/律所一行、服务村（居）、服务事项、服务方式、服务人次（空=1）")  # fmt: skip
