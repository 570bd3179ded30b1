"""槐坪镇（虚构）2023: the fifty-seventh development town, built blind, weighted to **ledgers exported from online
systems**: the 信用信息 双公示 exports of the town's penalties (.csv, UTF-8 with BOM, a 导出时间 line) and licences
(an HTML table named .xls), the 双随机、一公开 监管平台's inspection results (one row per 检查事项), the 综治中心
矛盾纠纷 platform's event list (one long header of 33 columns, event numbers as long digit strings, timestamps, status
已办结/办理中/已归档/已撤销), the 人民调解 information system's case export (Excel 2003 XML, one row per party), the
信访信息系统's export (one row per 流转环节), the 规范性文件备案 platform's list, the government website's CMS list of
published items, the 村（居）法律顾问 platform's service records, the 法宣在线 exam export (one row per person), the
反诈 platform's list — every export spanning more than 2023 — and a few hand-kept ledgers beside them (宣传报道,
依申请公开, 平安建设, 行政应诉, 法律明白人培训).

Truth decisions (taken before reading fzlib; see tests/devtowns/README.md): an export's rows are filtered to 2023 by
the date of the act (决定日期, 上报时间, 受理日期, 交办 登记时间, 发布时间, 申请日期, 服务时间); an event the platform
shows 已撤销 (withdrawn as entered twice or in error) is no screened dispute; a dispute is resolved when its 化解结果 is
化解成功 (已办结 with 化解不成功 is closed, not resolved); an inspection is one 检查记录 (its 检查事项 rows are one
inspection), and an inspection still 待检查 (no 检查日期) is none; a case of the mediation export is one 案件编号 however
many parties it lists; its 协议涉及金额 is the money the parties agreed, not the 以案定补 subsidy, which no ledger of the
town states (null); a petition is one 信访件编号 however many 环节 rows; a CMS item without a 发布时间 (待审核) was not
published; the 法宣在线 参考率 counts every person listed as required to take the exam, including those who did not.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "槐坪镇"
YEAR = 2023
COUNTY = "槐溪县"  # fictitious
VILLAGES = ("槐坪社区", "青杠村", "水口村", "石龙村", "新场村", "堰塘村")  # fictitious
CODE = "990323106"  # a fictitious 区划代码 (99 is no province)
VILLAGE_CODES = {v: f"{CODE}{n:03d}" for n, v in enumerate(VILLAGES, start=1)}
# The site platform's 所属栏目 工作动态 is the office's own news: 主动公开 to one office, 新闻宣传 (媒体发布) to another
# (竹溪乡). fzlib names the two readings and asks; the office that counts it as 主动公开 writes so, and gets the figures.
_NEWS_COLUMN = "所属栏目 工作动态 可作主动公开或媒体发布，由镇里确定（vocab.ambiguous）"
KNOWN_WITHHELD: dict[str, str] = dict.fromkeys(
    ("disclosure.proactive", "disclosure.media", "disclosure.on_request"), _NEWS_COLUMN
)
# Exports span the turn of the years: from the autumn before to the days the office exported them.
SPAN = (dt.date(YEAR - 1, 10, 10), dt.date(YEAR + 1, 1, 5))


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    enforcement = []
    credit_csv_with_export_time_line_penalties(built, rng, enforcement)
    html_xls_licences_with_licence_class_column(built, rng, enforcement)
    inspection_results_one_row_per_item(built, rng, enforcement)
    built.ledgers["enforcement"] = enforcement
    filing_platform_list_spanning_years_normative(built, rng)
    disclosure = []
    cms_item_list_with_drafts_disclosure(built, rng, disclosure)
    hand_kept_media_reports_word(built, rng, disclosure)
    request_register_by_application_date(built, rng, disclosure)
    built.ledgers["disclosure"] = disclosure
    platform_event_list_wide_header_disputes(built, rng)
    mediation_system_one_row_per_party(built, rng)
    petition_system_one_row_per_step(built, rng)
    hand_kept_old_xls_security(built, rng)
    fraud_platform_list_with_export_line(built, rng)
    counsel_platform_records_with_codes(built, rng)
    hand_kept_word_litigation(built, rng)
    training = []
    exam_export_one_row_per_person(built, rng, training)
    hand_kept_ods_legal_literacy(built, rng, training)
    built.ledgers["training"] = training
    return built


def stamp(rng: random.Random, day: dt.date) -> str:
    """A system's timestamp: 2023-03-05 14:22:31."""
    return f"{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def export_line(when: dt.date) -> str:
    return f"导出时间：{when:%Y-%m-%d} 10:{when.day:02d}:32"


def firm(rng: random.Random) -> tuple[str, str]:
    """A fictitious business and its 统一社会信用代码 (18 characters, 92 = 个体工商户)."""
    kind = rng.choice(("便利店", "农家乐", "烟酒店", "建材经营部", "餐馆", "养殖场"))
    code = "92" + CODE[:6] + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
    return f"{COUNTY}{TOWN}{fake.name(rng)[0]}记{kind}", code


# --- 行政执法 -----------------------------------------------------------------------------------------------------

PENALTY_FILE = "行政处罚信息（双公示）_导出_20240108.csv"
LICENCE_FILE = "行政许可信息（双公示）导出.xls"
INSPECTION_FILE = "双随机一公开监管平台_检查结果导出_2023.xlsx"
AUTHORITY = f"{COUNTY}{TOWN}人民政府"
AUTHORITY_CODE = f"11{CODE[:6]}MB1A2B3C4D"  # fictitious 统一社会信用代码 of the town government


def credit_csv_with_export_time_line_penalties(built: Built, rng: random.Random, records: list) -> None:
    """The 双公示 行政处罚 export of the credit platform: a 导出时间 line, then the national standard's columns (处罚类别
    holds the kinds of penalty, 警告/罚款, not the enforcement category; 罚款金额 in 万元); October 2022 to January 2024."""
    head = ["行政相对人名称", "行政相对人类别", "统一社会信用代码", "工商注册号", "组织机构代码", "税务登记号",
            "事业单位证书号", "社会组织登记证号", "法定代表人", "法定代表人证件类型", "法定代表人证件号码", "证件类型",
            "证件号码", "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容",
            "罚款金额（万元）", "没收违法所得、没收非法财物的金额（万元）", "暂扣或吊销证照名称及编号", "处罚决定日期",
            "处罚有效期", "公示截止期", "处罚机关", "处罚机关统一社会信用代码", "数据来源单位",
            "数据来源单位统一社会信用代码", "备注"]  # fmt: skip
    sheet = Sheet("行政处罚")
    sheet.add(export_line(dt.date(YEAR + 1, 1, 8)))
    sheet.header([head])
    acts = {
        "违反规定占道经营": ("《城市市容和环境卫生管理条例》第三十六条", "警告", "给予警告"),
        "未经批准擅自搭建临时建筑": ("《中华人民共和国城乡规划法》第六十五条", "罚款", "罚款"),
        "露天焚烧秸秆": ("《中华人民共和国大气污染防治法》第一百一十九条", "罚款", "罚款"),
        "擅自倾倒建筑垃圾": ("《城市市容和环境卫生管理条例》第三十四条", "警告;罚款", "警告并处罚款"),
    }
    seq: dict[int, int] = {}
    for day in fake.dates_in(rng, YEAR, 31, *SPAN):
        seq[day.year] = seq.get(day.year, 0) + 1
        case_no = f"槐坪综执罚决字〔{day.year}〕第{seq[day.year]:03d}号"
        act = rng.choice(list(acts))
        law, kinds, content = acts[act]
        fine = rng.choice((0.02, 0.05, 0.1, 0.2)) if "罚款" in kinds else None
        if rng.random() < 0.5:  # a person
            party, cls, code, legal, id_type, id_no = (
                fake.name(rng),
                "自然人",
                None,
                None,
                "身份证",
                fake.id_number(rng),
            )
        else:
            party, code = firm(rng)
            cls, legal, id_type, id_no = "个体工商户", fake.name(rng), None, None
        sheet.add(party, cls, code, None, None, None, None, None, legal, "身份证" if legal else None, None, id_type,
                  id_no, case_no, act, f"当事人{act}，经责令改正仍未改正", law, kinds,
                  content + (f"{fine * 10000:.0f}元" if fine else ""), fine, 0, None, f"{day:%Y/%m/%d}",
                  f"{day + dt.timedelta(days=365):%Y/%m/%d}", f"{day + dt.timedelta(days=1095):%Y/%m/%d}", AUTHORITY,
                  AUTHORITY_CODE, AUTHORITY, AUTHORITY_CODE, None)  # fmt: skip
        records.append({"case_no": case_no, "category": "行政处罚", "decided_on": day})
    built.books.append(Book(PENALTY_FILE, [sheet], fmt="csv-utf8-bom"))
    f = ("enforcement.cases", "enforcement.penalty", "enforcement.other")
    built.quirk("export_time_line_before_header", PENALTY_FILE, "行政处罚", f,
                "第一行是“导出时间：2024-01-08 10:08:32”，表头在第二行；30 列的国家双公示标准字段")  # fmt: skip
    built.quirk("penalty_kind_column_not_category", PENALTY_FILE, "行政处罚", f,
                "“处罚类别”写的是处罚种类（警告、罚款、警告;罚款），不是执法类别：全表都是行政处罚（文件名、文号“罚决字”）")  # fmt: skip
    built.quirk("export_spans_years", PENALTY_FILE, "行政处罚", f,
                "导出范围 2022 年 10 月至 2024 年 1 月，处罚决定日期 2022/11/3 样式：只计 2023 年的决定")  # fmt: skip


def html_xls_licences_with_licence_class_column(built: Built, rng: random.Random, records: list) -> None:
    """The 双公示 行政许可 export: an HTML table saved as .xls; 许可类别 is the standard's 普通/特许/认可/核准/登记/其他
    (其他 is a kind of licence, not the enforcement category 其他)."""
    head = ["序号", "行政相对人名称", "行政相对人类别", "统一社会信用代码", "法定代表人", "证件类型", "证件号码",
            "行政许可决定文书名称", "行政许可决定文书号", "许可类别", "许可证书名称", "许可编号", "许可内容",
            "许可决定日期", "有效期自", "有效期至", "许可机关", "许可机关统一社会信用代码", "当前状态", "数据来源单位",
            "数据来源单位统一社会信用代码", "备注"]  # fmt: skip
    sheet = Sheet("行政许可")
    sheet.title(f"{TOWN}行政许可信息（双公示）", len(head))
    sheet.header([head])
    n = 0
    seq: dict[tuple[int, str], int] = {}
    for day in fake.dates_in(rng, YEAR, 46, *SPAN):
        kind = fake.pick(rng, {"宅基地": 3, "规划": 2})
        seq[(day.year, kind)] = seq.get((day.year, kind), 0) + 1
        k = seq[(day.year, kind)]
        if kind == "宅基地":
            doc, case_no, cert, cert_no = ("农村宅基地批准书", f"槐坪宅批〔{day.year}〕{k}号", "农村宅基地批准书",
                                           f"{CODE[:6]}{day.year}{k:05d}")  # fmt: skip
            content = "同意在" + rng.choice(VILLAGES) + "使用宅基地新建住房"
        else:
            doc, case_no, cert, cert_no = ("乡村建设规划许可证", f"乡字第{CODE[:6]}{day.year}{k:05d}号", "乡村建设规划许可证",
                                           f"乡字第{CODE[:6]}{day.year}{k:05d}号")  # fmt: skip
            content = "农村村民住宅建设"
        n += 1
        sheet.add(n, fake.name(rng), "自然人", None, None, "身份证", fake.id_number(rng), doc, case_no,
                  fake.pick(rng, {"普通": 3, "其他": 1, "登记": 0.3}), cert, cert_no, content, f"{day:%Y-%m-%d}",
                  f"{day:%Y-%m-%d}", f"{day.year + 2}-{day:%m-%d}", AUTHORITY, AUTHORITY_CODE, "有效", AUTHORITY,
                  AUTHORITY_CODE, None)  # fmt: skip
        records.append({"case_no": case_no, "category": "行政许可", "decided_on": day})
    built.books.append(Book(LICENCE_FILE, [sheet], fmt="html-xls"))
    f = ("enforcement.cases", "enforcement.licensing", "enforcement.other")
    built.quirk("html_as_xls", LICENCE_FILE, "行政许可", f, "信用平台导出的 HTML 表格，扩展名 .xls")
    built.quirk("licence_class_column_not_category", LICENCE_FILE, "行政许可", f,
                "“许可类别”是双公示标准的 普通/其他/登记：其他 是许可的一种，不是执法类别“其他”；全表都是行政许可")  # fmt: skip
    built.quirk("export_spans_years", LICENCE_FILE, "行政许可", f, "2022 年 10 月至 2024 年 1 月的许可，只计 2023 年")


def inspection_results_one_row_per_item(built: Built, rng: random.Random, records: list) -> None:
    """The 双随机、一公开 platform's results: one row per 检查事项 of a 检查记录; tasks of two years; inspections of the
    last task still 待检查 (no date, no result)."""
    head = ["序号", "任务编号", "任务名称", "抽查类型", "检查记录编号", "检查对象名称", "统一社会信用代码", "检查对象类型",
            "所属区划", "行政区划代码", "检查事项", "检查方式", "检查结果", "检查日期", "检查实施机关", "检查人员",
            "检查状态", "结果公示状态", "录入时间"]  # fmt: skip
    sheet = Sheet("检查结果")
    sheet.add(f"“双随机、一公开”抽查检查结果（检查实施机关：{AUTHORITY}）")
    sheet.add(export_line(dt.date(YEAR + 1, 1, 4)))
    sheet.header([head])
    items = ("燃气使用安全", "消防安全", "占道经营", "门前三包落实", "农药经营台账")
    results = {"未发现问题": 8, "发现问题已责令改正": 2, "未发现开展本次抽查涉及的经营活动": 0.5}
    tasks = [
        (f"SJ{CODE[:6]}{day.year}{n:04d}", day, f"{day.year}年第{n}批次城乡安全随机抽查", k)
        for n, (day, k) in enumerate(
            [(dt.date(2022, 11, 14), 5), (dt.date(2023, 3, 13), 8), (dt.date(2023, 6, 12), 9),
             (dt.date(2023, 9, 11), 7), (dt.date(2023, 12, 18), 6)], start=1)
    ]  # fmt: skip
    row_no, record_no = 0, 0
    for task_no, start, task_name, objects in tasks:
        for o in range(objects):
            record_no += 1
            rec = f"JCJL{CODE}{start.year}{record_no:05d}"
            party, code = firm(rng)
            village = rng.choice(VILLAGES)
            pending = start.month == 12 and o >= 3  # the December task: half still 待检查 at export
            day = None if pending else start + dt.timedelta(days=rng.randint(0, 20))
            if day and day.weekday() > 4:
                day -= dt.timedelta(days=day.weekday() - 4)
            people = f"{fake.name(rng)}、{fake.name(rng)}"
            for item in rng.sample(items, rng.randint(2, 4)):
                row_no += 1
                sheet.add(row_no, task_no, task_name, fake.pick(rng, {"定向抽查": 1, "不定向抽查": 2}), rec, party,
                          code, "个体工商户", f"{TOWN}{village}", VILLAGE_CODES[village], item, "实地核查",
                          None if pending else fake.pick(rng, results), f"{day:%Y-%m-%d}" if day else None,
                          AUTHORITY, people, "待检查" if pending else "已检查", "未公示" if pending else "已公示",
                          stamp(rng, day or start))  # fmt: skip
            if day:
                records.append({"case_no": rec, "category": "行政检查", "decided_on": day})
    built.books.append(Book(INSPECTION_FILE, [sheet]))
    f = ("enforcement.cases", "enforcement.inspection")
    built.quirk("one_row_per_inspection_item", INSPECTION_FILE, "检查结果", f,
                "一次检查（检查记录编号）按检查事项分 2–4 行：件数按检查记录编号去重；没有执法类别列，表名与标题说明是检查")  # fmt: skip
    built.quirk("pending_inspections_without_date", INSPECTION_FILE, "检查结果", f,
                "12 月任务里一半对象“待检查”：没有检查日期和结果，不是已做的检查")  # fmt: skip
    built.quirk("export_spans_years", INSPECTION_FILE, "检查结果", f, "含 2022 年 11 月的任务")


# --- 规范性文件 -----------------------------------------------------------------------------------------------------

NORMATIVE_FILE = "规范性文件备案审查信息平台_备案文件列表.xlsx"


def filing_platform_list_spanning_years_normative(built: Built, rng: random.Random) -> None:
    head = ["序号", "文件名称", "文号", "制定机关", "发布日期", "施行日期", "报备日期", "备案编号", "备案审查机关",
            "备案状态", "审查结论", "有效状态"]  # fmt: skip
    sheet = Sheet("备案文件列表")
    sheet.add(export_line(dt.date(YEAR + 1, 1, 3)))
    sheet.header([head])
    docs = [
        (dt.date(2021, 4, 16), "槐坪镇农村人居环境整治村规民约指导办法", "已废止"),
        (dt.date(2022, 3, 9), "槐坪镇农村村民建房管理实施细则", "有效"),
        (dt.date(2022, 8, 22), "槐坪镇集镇门前三包管理办法", "有效"),
        (dt.date(2023, 5, 11), "槐坪镇农村宅基地审批管理办法（试行）", "有效"),
        (dt.date(2023, 11, 20), "槐坪镇产业路养护管理办法", "有效"),
    ]
    records = []
    for n, (day, name, valid) in enumerate(docs, start=1):
        filed = day + dt.timedelta(days=rng.randint(8, 25))
        sheet.add(n, name, f"槐府发〔{day.year}〕{rng.randint(3, 40)}号", AUTHORITY, f"{day:%Y-%m-%d}",
                  f"{day + dt.timedelta(days=30):%Y-%m-%d}", stamp(rng, filed), f"BA{day.year}{n:04d}",
                  f"{COUNTY}司法局", "已备案", "审查通过", valid)  # fmt: skip
        records.append({"issued_on": day})
    built.books.append(Book(NORMATIVE_FILE, [sheet]))
    built.ledgers["normative_documents"] = records
    built.quirk("filing_list_of_all_years", NORMATIVE_FILE, "备案文件列表", "normative_documents.issued",
                "备案平台列出历年报备的全部文件（含已废止的）：本年制定的按发布日期数")  # fmt: skip


# --- 政务公开 -------------------------------------------------------------------------------------------------------

CMS_FILE = "政府网站内容管理_信息列表导出.xls"
MEDIA_FILE = f"{TOWN}2023年宣传报道台账.docx"
REQUEST_FILE = f"{TOWN}政府信息依申请公开登记台账（2023年）.xlsx"


def cms_item_list_with_drafts_disclosure(built: Built, rng: random.Random, records: list) -> None:
    """The county's 集约化 website platform's list of the town's items, as Excel 2003 XML: 发布时间 a timestamp, items
    of late 2022, and drafts 待审核 without a 发布时间."""
    head = ["序号", "信息索引号", "标题", "所属栏目", "主题分类", "发布机构", "成文日期", "发布时间", "状态", "浏览次数",
            "编辑人", "审核人"]  # fmt: skip
    sheet = Sheet("信息列表")
    sheet.header([head])
    columns = {"工作动态": 4, "通知公告": 2, "财政预决算": 0.6, "法定主动公开内容": 1.5, "政策文件": 0.6}
    titles = {"工作动态": "槐坪镇开展{0}工作", "通知公告": "关于做好{0}工作的通知", "财政预决算": "槐坪镇{0}年部门预算公开",
              "法定主动公开内容": "槐坪镇{0}信息公示", "政策文件": "槐坪镇关于{0}的实施方案"}  # fmt: skip
    topics = ("秋冬季森林防火", "烤烟收购", "防汛抗旱", "农村人居环境整治", "耕地保护", "城乡居民医保征缴")
    days = fake.dates_in(rng, YEAR, 64, dt.date(YEAR - 1, 11, 20), SPAN[1])
    for n, day in enumerate(days, start=1):
        column = fake.pick(rng, columns)
        draft = day >= dt.date(YEAR, 12, 20) and n % 2 == 0
        title = titles[column].format(day.year if column == "财政预决算" else rng.choice(topics))
        sheet.add(n, f"{AUTHORITY_CODE}/{day.year}-{n:05d}", title, column, "综合政务", AUTHORITY,
                  f"{day - dt.timedelta(days=rng.randint(0, 3)):%Y-%m-%d}", None if draft else stamp(rng, day),
                  "待审核" if draft else "已发布", 0 if draft else rng.randint(20, 900), fake.name(rng),
                  None if draft else fake.name(rng))  # fmt: skip
        if not draft:
            records.append({"published_on": day, "type": "主动公开"})
    built.books.append(Book(CMS_FILE, [sheet], fmt="xml-xls"))
    f = ("disclosure.proactive",)
    built.quirk("xml_spreadsheet_as_xls", CMS_FILE, "信息列表", f, "集约化平台导出的 Excel 2003 XML 表格")
    built.quirk("drafts_without_publication_time", CMS_FILE, "信息列表", f,
                "12 月底的几条“待审核”，发布时间空着（成文日期有）：没有公开，不计")  # fmt: skip
    built.quirk("export_spans_years", CMS_FILE, "信息列表", f, "含 2022 年 11、12 月和 2024 年 1 月的信息")


def hand_kept_media_reports_word(built: Built, rng: random.Random, records: list) -> None:
    sheet = Sheet(f"{TOWN}2023年宣传报道（媒体发布）登记表")
    sheet.header([["序号", "稿件标题", "刊发媒体", "媒体级别", "刊发时间", "作者", "备注"]])
    media = {"槐溪县融媒体中心": ("县级", 5), "槐溪发布（微信公众号）": ("县级", 4), "市日报": ("市级", 1.5),
             "省法治报": ("省级", 0.5)}  # fmt: skip
    subjects = ("法律明白人走村入户", "调解员化解邻里纠纷", "集镇环境整治见成效", "普法宣传进集市", "烤烟收购秩序良好")
    for n, day in enumerate(fake.dates_in(rng, YEAR, 23), start=1):
        outlet = fake.pick(rng, {k: v[1] for k, v in media.items()})
        sheet.add(n, f"槐坪镇：{rng.choice(subjects)}", outlet, media[outlet][0], fake.date_cell(day, "cn"),
                  fake.name(rng), None)  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    sheet.doc_after = ["填表人：            审核人："]
    built.books.append(Book(MEDIA_FILE, [sheet], fmt="docx"))
    built.quirk("category_from_sheet_or_title", MEDIA_FILE, sheet.name, "disclosure.media",
                "没有公开类型列：表名“宣传报道（媒体发布）登记表”说明每条都是媒体发布")  # fmt: skip
    built.quirk("word_table", MEDIA_FILE, sheet.name, "disclosure.media", "手工登记的 Word 表格")


def request_register_by_application_date(built: Built, rng: random.Random, records: list) -> None:
    head = ["序号", "受理编号", "申请人", "申请日期", "申请方式", "申请内容", "答复日期", "答复类型", "经办人"]
    sheet = Sheet("登记台账")
    sheet.title(f"{TOWN}政府信息依申请公开登记台账（2023年）", len(head))
    sheet.header([head])
    asks = [
        (dt.date(2022, 12, 26), dt.date(2023, 1, 12), "信函", "本人房屋征收补偿标准文件", "予以公开"),
        (dt.date(2023, 4, 10), dt.date(2023, 4, 28), "网上申请", "某村土地流转合同", "部分公开"),
        (dt.date(2023, 8, 2), dt.date(2023, 8, 21), "当面申请", "产业路建设项目资金使用情况", "予以公开"),
        (dt.date(2023, 12, 18), dt.date(2024, 1, 5), "网上申请", "宅基地审批结果", "无法提供"),
    ]
    for n, (asked, answered, how, what, answer) in enumerate(asks, start=1):
        sheet.add(n, f"YSQ{asked.year}{n:03d}", fake.masked(fake.name(rng)), f"{asked:%Y.%m.%d}", how, what,
                  f"{answered:%Y.%m.%d}", answer, fake.name(rng))  # fmt: skip
        records.append({"published_on": asked, "type": "依申请公开"})
    built.books.append(Book(REQUEST_FILE, [sheet]))
    built.quirk("received_and_answered_in_different_years", REQUEST_FILE, "登记台账", "disclosure.on_request",
                "一件 2022 年 12 月收到、2023 年 1 月答复，一件 2023 年 12 月收到、2024 年答复：按收到（申请日期）计年"
                "（政府信息公开年度报告“本年新收”的口径）")  # fmt: skip


# --- 矛盾纠纷 -------------------------------------------------------------------------------------------------------

DISPUTES_FILE = "社会治理综合信息平台_矛盾纠纷事件列表.xls"
DISPUTE_TYPES = {"邻里纠纷": 5, "山林土地纠纷": 4, "婚姻家庭纠纷": 3, "房屋宅基地纠纷": 2, "劳动争议纠纷": 1,
                 "损害赔偿纠纷": 1, "合同纠纷": 1}  # fmt: skip


def platform_event_list_wide_header_disputes(built: Built, rng: random.Random) -> None:
    """The 综治中心 platform's event list: one header row of 33 columns, event numbers as 20-digit strings, timestamps,
    a 办理状态 and, apart, a 化解结果; events of October 2022 to January 2024."""
    head = ["序号", "事件编号", "事件标题", "事件来源", "事件大类", "事件小类", "发生时间", "上报时间", "所属区划",
            "行政区划代码", "所属网格", "网格员", "上报人", "当事人", "联系电话", "涉及人数", "事件描述", "发生地址",
            "紧急程度", "风险等级", "当前环节", "办理状态", "承办单位", "承办人", "受理时间", "办结时间", "化解方式",
            "化解结果", "是否超期", "满意度评价", "是否涉稳", "附件数", "备注"]  # fmt: skip
    sheet = Sheet("事件列表")
    sheet.header([head])
    sources = {"网格员上报": 5, "群众来访": 2, "12345热线转办": 1, "调解员排查": 2}
    records = []
    days = fake.dates_in(rng, YEAR, 140, *SPAN)
    for n, day in enumerate(days, start=1):
        village = rng.choice(VILLAGES)
        kind = fake.pick(rng, DISPUTE_TYPES)
        reported = stamp(rng, day)
        withdrawn = rng.random() < 0.05
        if withdrawn:
            status, step, result, closed, how = "已撤销", "已撤销", None, None, None
            note = rng.choice(("重复上报", "录入错误，已重新上报"))
        else:
            done = day < dt.date(YEAR, 12, 1) or rng.random() < 0.4
            if done:
                result = fake.pick(rng, {"化解成功": 12, "化解不成功": 1})
                status = fake.pick(rng, {"已办结": 2, "已归档": 3})
                step = "办结归档" if status == "已归档" else "办结"
                closed = stamp(rng, min(day + dt.timedelta(days=rng.randint(1, 25)), SPAN[1]))
                how = "人民调解" if result == "化解成功" else "引导诉讼"
            else:
                result, status, step, closed, how = None, "办理中", "化解处置", None, None
            note = None
        event_no = f"{VILLAGE_CODES[village][-6:]}{day:%Y%m%d}{n:06d}"
        parties = f"{fake.name(rng)}、{fake.name(rng)}"
        sheet.add(n, event_no, f"{village}{kind.removesuffix('纠纷')}矛盾", fake.pick(rng, sources), "矛盾纠纷", kind,
                  stamp(rng, day - dt.timedelta(days=rng.randint(0, 3))), reported, f"{COUNTY}{TOWN}{village}",
                  VILLAGE_CODES[village], f"{village}第{rng.randint(1, 4)}网格", fake.name(rng), fake.name(rng),
                  parties, fake.mobile(rng), rng.randint(2, 6), f"{parties}因{kind.removesuffix('纠纷')}问题发生矛盾",
                  f"{village}{rng.randint(1, 9)}组", fake.pick(rng, {"一般": 8, "紧急": 1}),
                  fake.pick(rng, {"低风险": 8, "中风险": 2, "高风险": 0.3}), step, status, f"{TOWN}综治中心",
                  fake.name(rng), reported, closed, how, result, "否", "满意" if result == "化解成功" else None,
                  "否", rng.randint(0, 4), note)  # fmt: skip
        if not withdrawn:
            records.append({"screened_on": day, "status": "已化解" if result == "化解成功" else "化解中"})
    built.books.append(Book(DISPUTES_FILE, [sheet], fmt="html-xls"))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("html_as_xls", DISPUTES_FILE, "事件列表", f, "平台导出的 HTML 表格，扩展名 .xls")
    built.quirk("wide_export_header", DISPUTES_FILE, "事件列表", f,
                "一行 33 列的表头：发生时间/上报时间/受理时间/办结时间 四个时间，办理状态 与 化解结果 分两列")  # fmt: skip
    built.quirk("withdrawn_events", DISPUTES_FILE, "事件列表", f,
                "约 5% 的事件“已撤销”（重复上报、录入错误）：不是排查出的纠纷")  # fmt: skip
    built.quirk("closed_is_not_resolved", DISPUTES_FILE, "事件列表", f,
                "办理状态 已办结/已归档 只说流程走完；化解与否看 化解结果（化解成功/化解不成功）")  # fmt: skip
    built.quirk("export_spans_years", DISPUTES_FILE, "事件列表", f, "上报时间 2022-10 至 2024-01，按上报时间计年")


# --- 人民调解 -------------------------------------------------------------------------------------------------------

MEDIATION_FILE = "人民调解案件信息导出_20240105.xls"


def mediation_system_one_row_per_party(built: Built, rng: random.Random) -> None:
    """The 人民调解 information system's case export (Excel 2003 XML): one row per party, the case's fields repeated;
    协议涉及金额 is what the parties agreed, not a subsidy; cases accepted October 2022 to January 2024."""
    head = ["序号", "案件编号", "案件名称", "受理日期", "纠纷类型", "调解组织", "行政区划代码", "人民调解员",
            "当事人姓名", "当事人类型", "性别", "证件号码", "联系电话", "调解结果", "协议形式", "协议涉及金额（元）",
            "履行情况", "结案日期", "案件状态", "录入时间"]  # fmt: skip
    sheet = Sheet("调解案件")
    sheet.header([head])
    records = []
    row = 0
    for n, day in enumerate(fake.dates_in(rng, YEAR, 58, *SPAN), start=1):
        village = fake.pick(rng, {TOWN: 2, **dict.fromkeys(VILLAGES, 1)})
        org = f"{TOWN}人民调解委员会" if village == TOWN else f"{village}人民调解委员会"
        code = CODE + "000" if village == TOWN else VILLAGE_CODES[village]
        kind = fake.pick(rng, DISPUTE_TYPES)
        open_case = day > dt.date(YEAR, 12, 15) and rng.random() < 0.6
        result = "调解中" if open_case else fake.pick(rng, {"调解成功": 9, "调解不成功": 1})
        form = fake.pick(rng, {"口头协议": 3, "书面协议": 2}) if result == "调解成功" else None
        amount = rng.choice((None, 800, 2000, 3500, 12000)) if form == "书面协议" else None
        closed = None if open_case else day + dt.timedelta(days=rng.randint(1, 20))
        case_no = f"{code}{day.year}{n:05d}"
        parties = [("申请人", fake.name(rng)), ("被申请人", fake.name(rng))]
        if rng.random() < 0.2:
            parties.append(("被申请人", fake.name(rng)))
        name = f"{parties[0][1]}与{parties[1][1]}{kind}"
        mediator = fake.name(rng)
        entered = stamp(rng, closed or day)
        for role, person in parties:
            row += 1
            sheet.add(row, case_no, name, stamp(rng, day)[:10] + " 00:00:00", kind, org, code, mediator, person, role,
                      rng.choice("男女"), fake.id_number(rng), fake.mobile(rng), result, form, amount,
                      {"口头协议": "即时履行", "书面协议": "已履行"}.get(form or ""),
                      f"{closed:%Y-%m-%d}" if closed else None, "调解中" if open_case else "已结案", entered)  # fmt: skip
        records.append({"file_no": case_no, "accepted_on": day, "result": result,
                        "form": {"口头协议": "口头", "书面协议": "书面"}.get(form or ""), "subsidy": None})  # fmt: skip
    built.books.append(Book(MEDIATION_FILE, [sheet], fmt="xml-xls"))
    built.ledgers["mediation"] = records
    built.overrides["mediation.subsidy_yuan"] = _no_subsidy()
    f = ("mediation.cases", "mediation.oral", "mediation.written")
    built.quirk("xml_spreadsheet_as_xls", MEDIATION_FILE, "调解案件", f, "调解系统导出的 Excel 2003 XML 表格")
    built.quirk("one_row_per_party", MEDIATION_FILE, "调解案件", f,
                "一案每个当事人一行（2–3 行），案件编号、调解结果、协议形式各行重复：件数按案件编号去重")  # fmt: skip
    built.quirk("agreement_amount_is_not_subsidy", MEDIATION_FILE, "调解案件", "mediation.subsidy_yuan",
                "“协议涉及金额（元）”是当事人约定的赔偿/给付金额，不是以案定补：补贴金额没有任何台账写，为 null")  # fmt: skip
    built.quirk("midnight_timestamp_dates", MEDIATION_FILE, "调解案件", f, "受理日期 2023-03-05 00:00:00")
    built.quirk("export_spans_years", MEDIATION_FILE, "调解案件", f, "受理日期 2022-10 至 2024-01")


def _no_subsidy():
    from .truth import Null

    return Null("调解系统导出没有以案定补金额，镇上没有另外的补贴台账")


# --- 信访 -----------------------------------------------------------------------------------------------------------

PETITIONS_FILE = "信访信息系统_信访事项办理过程导出.xlsx"


def petition_system_one_row_per_step(built: Built, rng: random.Random) -> None:
    """The 信访信息系统's export joined with each item's 流转 steps: one row per step, the item's columns repeated."""
    head = ["信访件编号", "登记时间", "信访形式", "信访人", "证件号码", "问题属地", "内容分类", "信访事项概要", "来源",
            "是否重复信访", "化解情况", "环节", "办理单位", "操作时间", "办理意见"]  # fmt: skip
    sheet = Sheet("办理过程")
    sheet.title(f"{TOWN}信访事项办理过程明细", len(head))
    sheet.add(export_line(dt.date(YEAR + 1, 1, 5)))
    sheet.header([head])
    plan = [  # (登记, source, repeat, state)
        (dt.date(2022, 12, 6), "市联办交办", "否", "已化解"),
        (dt.date(2023, 2, 20), "中联办交办", "否", "已化解"),
        (dt.date(2023, 4, 11), "省联办交办", "是", "化解中"),
        (dt.date(2023, 5, 29), "市联办交办", "否", "已化解"),
        (dt.date(2023, 7, 3), "县联办交办", "否", "已化解"),
        (dt.date(2023, 8, 15), "本级受理", "否", "已化解"),
        (dt.date(2023, 9, 26), "县联办交办", "是", "未化解"),
        (dt.date(2023, 10, 30), "本级受理", "否", "化解中"),
        (dt.date(2023, 11, 22), "市联办交办", "否", "化解中"),
        (dt.date(2024, 1, 3), "县联办交办", "否", "化解中"),
    ]
    topics = ("土地承包经营权纠纷", "拖欠农民工工资", "宅基地审批", "低保评定", "产业路占地补偿")
    records = []
    for n, (day, source, repeat, state) in enumerate(plan, start=1):
        no = f"{CODE}{day:%Y%m%d}{n:04d}"
        person = fake.name(rng)
        fields = [no, stamp(rng, day), rng.choice(("来访", "网上信访", "来信")), person, fake.id_number(rng),
                  f"{TOWN}{rng.choice(VILLAGES)}", "农村农业", rng.choice(topics), source, repeat, state]  # fmt: skip
        steps = [("登记", f"{COUNTY}信访局" if source != "本级受理" else f"{TOWN}信访办", "登记转送")]
        if source != "本级受理":
            steps.append(("交办", f"{COUNTY}信访局", "请槐坪镇依法按政策办理"))
        steps.append(("受理", f"{TOWN}信访办", "予以受理"))
        if state == "已化解":
            steps += [("答复", f"{TOWN}人民政府", "出具答复意见书"), ("办结", f"{TOWN}信访办", "已化解，群众满意")]
        elif state == "未化解":
            steps.append(("答复", f"{TOWN}人民政府", "出具答复意见书，信访人不满意"))
        when = day
        for step, unit, opinion in steps:
            sheet.add(*fields, step, unit, stamp(rng, when), opinion)
            when += dt.timedelta(days=rng.randint(1, 12))
        records.append({"petition_no": no, "assigned_on": day,
                        "source": source.removesuffix("交办"), "status": "正在化解" if state == "化解中" else state})  # fmt: skip
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("one_row_per_step", PETITIONS_FILE, "办理过程", f,
                "一件信访每个环节（登记、交办、受理、答复、办结）一行，件的字段每行重复：件数按信访件编号去重")  # fmt: skip
    built.quirk("source_with_jiaoban_suffix", PETITIONS_FILE, "办理过程", f,
                "来源写作“中联办交办”“县联办交办”“本级受理”：本级受理的不是上级交办")  # fmt: skip
    built.quirk("export_spans_years", PETITIONS_FILE, "办理过程", f, "含 2022 年 12 月与 2024 年 1 月登记的件")


# --- 平安建设（手工台账） -------------------------------------------------------------------------------------------

SECURITY_FILE = f"{TOWN}平安建设工作台账（2023年）.xls"


def hand_kept_old_xls_security(built: Built, rng: random.Random) -> None:
    head = ["序号", "日期", "类型", "村（社区）", "当事人", "简要情况", "处理结果", "拘留人数", "备注"]
    sheet = Sheet("治安案件及家暴告诫")
    sheet.title(f"{TOWN}平安建设工作台账（2023年）", len(head))
    sheet.add("填报单位：槐坪镇综治中心（派出所提供）", *[None] * 8)
    sheet.header([head])
    plan = ["家暴告诫书"] * 9 + ["涉黄治安案件"] * 2 + ["涉赌治安案件"] * 4 + ["家暴治安案件"]
    rng.shuffle(plan)
    records = []
    for n, (kind, day) in enumerate(zip(plan, fake.dates_in(rng, YEAR, len(plan)), strict=True), start=1):
        detained = {"涉黄治安案件": rng.randint(1, 3), "涉赌治安案件": rng.randint(2, 5), "家暴治安案件": 1}.get(
            kind, 0
        )
        outcome = {"家暴告诫书": "出具家庭暴力告诫书"}.get(kind, "行政拘留" if detained else "警告")
        sheet.add(n, f"{day.year}.{day.month}.{day.day}", kind, rng.choice(VILLAGES), fake.masked(fake.name(rng)),
                  None, outcome, detained, None)  # fmt: skip
        records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(SECURITY_FILE, [sheet], fmt="biff"))
    built.ledgers["security"] = records
    built.quirk("hand_kept_old_xls", SECURITY_FILE, "治安案件及家暴告诫",
                ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions"),
                "综治中心手工登记的 Excel 97 表；日期 2023.3.5")  # fmt: skip


# --- 涉诈重点人员 ---------------------------------------------------------------------------------------------------

FRAUD_FILE = "涉诈重点人员管控名单导出.xlsx"


def fraud_platform_list_with_export_line(built: Built, rng: random.Random) -> None:
    head = ["序号", "人员编号", "姓名", "身份证号", "手机号码", "户籍地址", "所属村（社区）", "所属派出所", "入库时间",
            "管控状态", "核减时间", "核减原因", "是否取得联系", "最后联系时间"]  # fmt: skip
    sheet = Sheet("管控名单")
    sheet.add(export_line(dt.date(YEAR, 12, 29)))
    sheet.header([head])
    records = []
    for serial, removed, contacted, (person, id_no, phone, place) in fake.watch_list(rng, 17, list(VILLAGES), 0.35):
        listed = fake.dates_in(rng, YEAR, 1, dt.date(2022, 6, 1), dt.date(2023, 8, 31))[0]
        cut = listed + dt.timedelta(days=rng.randint(30, 120)) if removed else None
        sheet.add(serial, f"ZD{CODE}{serial:05d}", person, id_no, phone, f"{COUNTY}{TOWN}{place}", place,
                  f"{COUNTY}公安局槐坪派出所", stamp(rng, listed), "已核减" if removed else "在管",
                  stamp(rng, cut) if cut else None, "持合法出入境手续" if removed else None,
                  "是" if contacted else "否", stamp(rng, listed + dt.timedelta(days=20)) if contacted else None)  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(FRAUD_FILE, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("export_time_line_before_header", FRAUD_FILE, "管控名单",
                ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted"),
                "反诈平台名单：导出时间一行后是表头；管控状态 在管/已核减，入库时间、核减时间带时分秒")  # fmt: skip


# --- 法律顾问 -------------------------------------------------------------------------------------------------------

COUNSEL_FILE = "公共法律服务平台_村（居）法律顾问服务记录.xlsx"
SERVICES = {
    "法律咨询": 6,
    "参与人民调解": 2,
    "法治宣传": 2,
    "审查合同": 2,
    "出具法律意见书": 1,
    "协助申请法律援助": 0.4,
}
SERVICE_TRUTH = {
    "法律咨询": "法律咨询",
    "审查合同": "文书审核",
    "出具法律意见书": "法律意见书",
    "协助申请法律援助": "法律援助",
}


def counsel_platform_records_with_codes(built: Built, rng: random.Random) -> None:
    head = ["服务编号", "服务时间", "所属县（区）", "所属镇（街道）", "服务村（社区）", "行政区划代码", "法律顾问",
            "执业机构", "服务类型", "服务内容", "服务人次", "服务方式", "填报时间", "审核状态"]  # fmt: skip
    sheet = Sheet("服务记录")
    sheet.add(export_line(dt.date(YEAR + 1, 1, 2)))
    sheet.header([head])
    lawyers = {v: (fake.name(rng), rng.choice(("槐溪某某律师事务所", "槐溪某某法律服务所"))) for v in VILLAGES}
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 90, dt.date(YEAR - 1, 12, 1), SPAN[1]), start=1):
        village = rng.choice(VILLAGES)
        service = fake.pick(rng, SERVICES)
        people = rng.randint(1, 6) if service in ("法律咨询", "法治宣传") else 1
        if service == "法治宣传":
            people = rng.randint(20, 80)
        sheet.add(f"FW{CODE}{day:%Y%m%d}{n:03d}", stamp(rng, day), COUNTY, TOWN, village, VILLAGE_CODES[village],
                  *lawyers[village], service, f"为{village}群众提供{service}服务", people,
                  fake.pick(rng, {"现场": 4, "电话": 1, "微信": 1}), stamp(rng, day + dt.timedelta(days=1)),
                  fake.pick(rng, {"已审核": 9, "待审核": 1}))  # fmt: skip
        if service in SERVICE_TRUTH:
            records.append({"served_on": day, "service": SERVICE_TRUTH[service], "quantity": people})
    built.books.append(Book(COUNSEL_FILE, [sheet]))
    built.ledgers["counsel"] = records
    built.quirk("codes_beside_names", COUNSEL_FILE, "服务记录",
                ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid"),
                "所属县、镇、村与 12 位行政区划代码并列；服务时间带时分秒；含 2022 年 12 月与 2024 年 1 月的记录；"
                "服务人次 是数量（法治宣传一次数十人次，不是本指标）；待审核的记录也是做过的服务")  # fmt: skip


# --- 行政应诉（手工台账） -------------------------------------------------------------------------------------------

LITIGATION_FILE = f"{TOWN}2023年行政应诉案件登记表.docx"


def hand_kept_word_litigation(built: Built, rng: random.Random) -> None:
    sheet = Sheet(f"{TOWN}2023年行政应诉案件登记表")
    sheet.header([["序号", "案号", "原告", "被告", "案由", "立案日期", "开庭日期", "出庭应诉负责人", "负责人是否出庭",
                   "审理结果"]])  # fmt: skip
    plan = [
        (dt.date(2023, 3, 2), dt.date(2023, 4, 18), "副镇长", True, "驳回诉讼请求"),
        (dt.date(2023, 6, 20), dt.date(2023, 8, 9), None, False, "撤诉"),
        (dt.date(2023, 10, 11), dt.date(2023, 11, 28), "镇长", True, "驳回诉讼请求"),
    ]
    records = []
    for n, (filed, heard, who, appeared, outcome) in enumerate(plan, start=1):
        case_no = f"（2023）黔9903行初{rng.randint(10, 99)}号"
        sheet.add(n, case_no, fake.name(rng), AUTHORITY, rng.choice(("土地行政确认", "行政强制拆除", "政府信息公开")),
                  fake.date_cell(filed, "cn"), fake.date_cell(heard, "cn"),
                  f"{fake.name(rng)}（{who}）" if who else "委托律师出庭", "是" if appeared else "否", outcome)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": heard, "appeared": appeared})
    built.books.append(Book(LITIGATION_FILE, [sheet], fmt="docx"))
    built.ledgers["litigation"] = records
    built.quirk("word_table", LITIGATION_FILE, sheet.name,
                ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate"),
                "手工登记的 Word 表格；出庭应诉负责人写作 王某（副镇长）")  # fmt: skip


# --- 学法用法 -------------------------------------------------------------------------------------------------------

EXAM_FILE = "法宣在线_2023年度领导干部学法考试参考情况导出.xlsx"
LITERACY_FILE = f"{TOWN}2023年法律明白人培训台账.ods"


def exam_export_one_row_per_person(built: Built, rng: random.Random, records: list) -> None:
    head = ["序号", "姓名", "证件号码", "所在单位", "职务", "职级", "考试名称", "考试时间", "参考状态", "考试成绩",
            "是否合格"]  # fmt: skip
    sheet = Sheet("参考情况")
    sheet.add(export_line(dt.date(YEAR, 12, 28)))
    sheet.header([head])
    posts = ["党委书记", "镇长", "人大主席", "党委副书记", "副镇长", "副镇长", "党委委员", "纪委书记", "武装部长",
             "司法所所长", "派出所所长", "财政所所长", "综治中心主任", "自然资源所所长", "农业服务中心主任",
             "社会事务办主任", "应急办主任", "党政办主任", "经发办主任", "村镇建设办主任"]  # fmt: skip
    exam = "2023年度国家工作人员学法考试"
    window = dt.date(YEAR, 11, 6)
    for n, post in enumerate(posts, start=1):
        took = rng.random() < 0.9
        day = window + dt.timedelta(days=rng.randint(0, 20)) if took else None
        score = rng.randint(72, 100) if took else None
        id_no = fake.id_number(rng)
        sheet.add(n, fake.name(rng), id_no[:6] + "********" + id_no[-4:], f"{TOWN}人民政府", post,
                  "科级" if n <= 9 else "股级", exam, stamp(rng, day) if day else None, "已参考" if took else "未参考",
                  score, ("合格" if score >= 60 else "不合格") if took else None)  # fmt: skip
        records.append({"held_on": window, "audience": "领导干部", "exam_required": 1, "exam_taken": 1 if took else 0})
    built.books.append(Book(EXAM_FILE, [sheet]))
    built.quirk("one_row_per_person_exam", EXAM_FILE, "参考情况", "training.exam_coverage",
                "法宣在线导出：应考人员一人一行，参考状态 已参考/未参考；未参考的考试时间空着，仍在应参考人数里")  # fmt: skip


def hand_kept_ods_legal_literacy(built: Built, rng: random.Random, records: list) -> None:
    head = ["序号", "培训日期", "培训主题", "培训对象", "培训形式", "参训人数", "授课人", "地点"]
    sheet = Sheet("培训台账")
    sheet.title(f"{TOWN}2023年法律明白人培训台账", len(head))
    sheet.header([head])
    plan = [
        (dt.date(2023, 3, 16), "民法典婚姻家庭编解读", "法律明白人", "线下"),
        (dt.date(2023, 5, 25), "人民调解实务", "法律明白人", "线上"),
        (dt.date(2023, 6, 28), "村级事务依法决策", "村（社区）两委干部", "线下"),
        (dt.date(2023, 9, 14), "防范电信网络诈骗", "法律明白人", "线下"),
        (dt.date(2023, 12, 7), "宪法宣传周专题学习", "法律明白人", "线上"),
    ]
    for n, (day, topic, audience, form) in enumerate(plan, start=1):
        sheet.add(n, day, topic, audience, form, rng.randint(18, 40), f"{fake.name(rng)}（司法所）",
                  f"{TOWN}会议室" if form == "线下" else "腾讯会议")  # fmt: skip
        records.append({"held_on": day, "audience": audience})
    built.books.append(Book(LITERACY_FILE, [sheet], fmt="ods"))
    built.quirk("ods_spreadsheet", LITERACY_FILE, "培训台账", "training.legal_literacy_sessions",
                "WPS 另存的 .ods；对象列里还有村两委干部的培训")  # fmt: skip
