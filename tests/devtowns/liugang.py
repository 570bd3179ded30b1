"""柳港街道（虚构）2024: the sixteenth development town, an urban 街道办事处 (sub-district office) with no licences
of its own but many 行政检查 and delegated penalties, weighted to 政务公开, normative documents, 行政复议 and 行政应诉,
平安建设 and the fraud-watch list, kept in grid/platform exports and by its 社区 (one file per 社区).

The portal's 主动公开 register lists items still **待审核** (no 公开日期: not published). Media reports are kept by
**each 社区 in its own file** (the 社区 only in the file name) with a **媒体级别** column (中央/省级/市级/区级: the
outlet's level, not the disclosure type). The 依申请公开 register is the 备案 register of the answers (收到申请日期
beside 答复日期 and a 备案日期 reported to the district). Normative documents are kept as the **清理目录** over the
years, one of 2024 already **废止**. Reviews and lawsuits are two sheets of one book, the lawsuit sheet naming the
**出庭负责人** (a name and post, or 未出庭（委托律师）). Security is kept **by each 社区** (three files). The
fraud-watch list is the grid platform's export (管控状态 在管 / **已销号**, 走访情况). Enforcement is the 涉企行政检查
register (检查类型 日常检查 / 专项检查: how, not which category) beside the delegated penalties. No dispute,
mediation, petition, counsel or training ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "柳港街道"
YEAR = 2024
GOV = "柳港街道办事处"
COMMUNITIES = ("滨江社区", "柳岸社区", "港湾社区")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    records: list[dict] = []
    pending_items_without_date_disclosure(built, rng, records)
    one_file_per_community_media(built, rng, records)
    filing_register_on_request(built, rng, records)
    built.ledgers["disclosure"] = records
    cleanup_catalogue_normative_documents(built, rng)
    leader_named_litigation(built, rng)
    one_file_per_community_security(built, rng)
    grid_export_fraud_watch(built, rng)
    inspection_type_not_category_enforcement(built, rng)
    for kind in ("disputes", "mediation", "petitions", "counsel", "training"):
        built.ledgers[kind] = Null("柳港街道没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", ("disputes.*", "mediation.*", "petitions.*", "counsel.*", "training.*"))
    return built


# --- 政务公开: the portal register with items awaiting review ------------------------------------------------------

CHANNELS = ("区政府网站街道专栏", "“柳港发布”公众号", "社区政务公开栏")
OFFICES = ("党政办", "平安办", "城管科", "社会事务科", "经济发展办")


def pending_items_without_date_disclosure(built: Built, rng: random.Random, records: list[dict]) -> None:
    file = f"{TOWN}{YEAR}年政府信息主动公开登记台账.xlsx"
    head = ["序号", "信息标题", "公开类型", "公开渠道", "责任科室", "审核状态", "公开日期"]
    sheet = Sheet("主动公开")
    sheet.title(f"{TOWN}{YEAR}年政府信息主动公开登记台账", len(head))
    sheet.header([head])
    days = fake.dates_in(rng, YEAR, 38)
    topics = ["老旧小区改造", "城市管理", "民生救助", "安全生产", "社区治理", "财政预算"]
    pending = {9, 23, 38}  # entered, never approved: no 公开日期
    for n, day in enumerate(days, start=1):
        waiting = n in pending
        sheet.add(
            n,
            f"柳港街道{rng.choice(topics)}工作信息（{n}）",
            "主动公开",
            rng.choice(CHANNELS),
            rng.choice(OFFICES),
            "待审核" if waiting else "已发布",
            None if waiting else fake.date_cell(day, rng.choice(["iso", "cn", "date"])),
        )
        if not waiting:
            records.append({"published_on": day, "type": "主动公开"})
    built.books.append(Book(file, [sheet]))
    built.quirk(
        "pending_items_without_date",
        file,
        "主动公开",
        "disclosure.proactive",
        "第9、23、38条 审核状态 待审核、公开日期空着：尚未公开，不计入",
    )


# --- 媒体发布: one file per 社区 ----------------------------------------------------------------------------------

LEVELS = {"中央": ("人民网", "新华网"), "省级": ("省日报", "省广播电视台"), "市级": ("市日报", "市融媒体"),
          "区级": ("区融媒体中心", "区政务公众号")}  # fmt: skip


def one_file_per_community_media(built: Built, rng: random.Random, records: list[dict]) -> None:
    for i, community in enumerate(COMMUNITIES):
        file = f"{TOWN}{community}{YEAR}年宣传报道登记表.xlsx"
        head = ["序号", "稿件标题", "刊发媒体", "媒体级别", "刊发日期", "撰稿人"]
        sheet = Sheet("宣传报道")
        sheet.title(f"{YEAR}年宣传报道（上稿）登记表", len(head))
        sheet.add(f"报送单位：{community}（盖章）", *([None] * (len(head) - 1)))
        sheet.header([head])
        for n, day in enumerate(fake.dates_in(rng, YEAR, 6 + 2 * i), start=1):
            level = fake.pick(rng, {"中央": 0.3, "省级": 1, "市级": 3, "区级": 6})
            sheet.add(
                n,
                f"{community}{rng.choice(['邻里节', '反诈宣传', '垃圾分类', '志愿服务'])}活动见闻",
                rng.choice(LEVELS[level]),
                level,
                fake.date_cell(day, "dot"),
                fake.name(rng),
            )
            records.append({"published_on": day, "type": "媒体发布"})
        built.books.append(Book(file, [sheet]))
    built.quirk(
        "one_file_per_community",
        f"{TOWN}（各社区）{YEAR}年宣传报道登记表.xlsx",
        "宣传报道",
        "disclosure.media",
        "三个社区各交一个文件，社区只在文件名和 报送单位 一行；没有公开类型列，类型取自标题/表名 宣传报道",
    )
    built.quirk(
        "level_column_not_type",
        f"{TOWN}（各社区）{YEAR}年宣传报道登记表.xlsx",
        "宣传报道",
        "disclosure.media",
        "媒体级别 中央/省级/市级/区级 是媒体的层级，不是公开类型",
    )


# --- 依申请公开: the answers' 备案 register -------------------------------------------------------------------------

ANSWERS = {"予以公开": 4, "部分公开": 1, "不予公开": 1, "信息不存在": 1.5, "非本机关掌握": 1}


def filing_register_on_request(built: Built, rng: random.Random, records: list[dict]) -> None:
    file = f"{TOWN}{YEAR}年依申请公开政府信息办理备案登记表.xlsx"
    head = ["序号", "受理编号", "收到申请日期", "申请人类型", "申请内容", "答复日期", "答复类型", "备案日期"]
    sheet = Sheet("办理备案")
    sheet.title(f"{TOWN}依申请公开政府信息办理备案登记表（{YEAR}年）", len(head))
    sheet.header([head])
    days = [dt.date(YEAR - 1, 12, 27), *fake.dates_in(rng, YEAR, 8, last=dt.date(YEAR, 11, 29)), dt.date(YEAR, 12, 23)]
    for n, got in enumerate(days, start=1):
        answered = got + dt.timedelta(days=rng.randint(10, 19))
        filed = answered + dt.timedelta(days=rng.randint(1, 3))
        sheet.add(
            n,
            f"LGYSQ-{got:%Y%m%d}-{n:02d}",
            fake.date_cell(got, "cn"),
            rng.choice(["公民", "公民", "法人或其他组织"]),
            rng.choice(["征收补偿方案", "加装电梯补助名单", "违建拆除决定", "小区维修资金使用"]),
            fake.date_cell(answered, "cn"),
            fake.pick(rng, ANSWERS),
            fake.date_cell(filed, "cn"),
        )
        records.append({"published_on": got, "type": "依申请公开"})
    built.books.append(Book(file, [sheet]))
    built.quirk(
        "filing_date_beside_received",
        file,
        "办理备案",
        "disclosure.on_request",
        "收到申请日期、答复日期、备案日期三列：按收到申请日期计年；2023年12月27日收到、2024年1月答复的不计入，"
        "2024年12月23日收到、2025年1月答复并备案的计入",
    )


# --- 规范性文件: the 清理目录 kept over the years ---------------------------------------------------------------------


def cleanup_catalogue_normative_documents(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政规范性文件清理目录（截至{YEAR}年底）.xlsx"
    head = ["序号", "文件名称", "文号", "印发日期", "清理结果", "备注"]
    sheet = Sheet("清理目录")
    sheet.title(f"{TOWN}行政规范性文件清理目录（截至{YEAR}年12月31日）", len(head))
    sheet.header([head])
    plan = [  # issued, name, result
        (dt.date(2019, 6, 12), "柳港街道城市网格化管理办法", "废止"),
        (dt.date(2021, 3, 8), "柳港街道社区公益服务资金管理办法", "修改"),
        (dt.date(2022, 9, 20), "柳港街道沿街商铺门前三包实施细则", "保留"),
        (dt.date(2023, 12, 26), "柳港街道老旧小区物业服务补贴办法", "保留"),
        (dt.date(YEAR, 4, 16), "柳港街道加装电梯议事协商规则", "保留"),
        (dt.date(YEAR, 7, 2), "柳港街道防汛临时安置点管理办法", "废止"),
        (dt.date(YEAR, 10, 28), "柳港街道居民自治金使用管理办法", "保留"),
    ]
    records = []
    serial = {}
    for n, (issued, name, result) in enumerate(plan, start=1):
        serial[issued.year] = serial.get(issued.year, 0) + 1
        sheet.add(
            n,
            name,
            f"柳港办发〔{issued.year}〕{serial[issued.year]}号",
            fake.date_cell(issued, "cn"),
            result,
            "被区级文件替代" if result == "废止" and issued.year == YEAR else None,
        )
        records.append({"issued_on": issued})
    built.books.append(Book(file, [sheet]))
    built.ledgers["normative_documents"] = records
    built.quirk(
        "cleanup_catalogue_over_years",
        file,
        "清理目录",
        "normative_documents.issued",
        "清理目录列 2019—2024 年的文件，清理结果 保留/修改/废止：按印发日期计年；2024年印发、当年废止的一件仍是2024年制定的",
    )


# --- 行政复议 and 行政应诉: the lawsuit sheet names the leader who appeared -------------------------------------------


def leader_named_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政复议和行政应诉案件台账（{YEAR}年）.xlsx"
    review = Sheet("行政复议答复")
    rhead = ["序号", "申请人", "复议机关", "复议事项", "收到答复通知日期", "提交答复书日期", "复议结果"]
    review.title(f"{TOWN}{YEAR}年行政复议答复登记", len(rhead))
    review.header([rhead])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 4), start=1):
        review.add(n, fake.masked(fake.name(rng)), "区人民政府", rng.choice(["违法建设拆除", "政府信息公开", "行政处罚"]),
                   fake.date_cell(day, "cn"), fake.date_cell(day + dt.timedelta(days=9), "cn"),
                   rng.choice(["维持", "驳回复议申请", "终止"]))  # fmt: skip
    suit = Sheet("行政应诉")
    head = ["序号", "案号", "原告", "案由", "收到起诉状日期", "开庭日期", "出庭负责人", "审理结果"]
    suit.title(f"{TOWN}{YEAR}年行政应诉案件登记", len(head))
    suit.header([head])
    plan = [  # received, heard, leader (None: not appeared)
        (dt.date(YEAR - 1, 11, 20), dt.date(YEAR, 1, 17), "副主任 " + fake.masked(fake.name(rng))),
        (dt.date(YEAR, 2, 26), dt.date(YEAR, 4, 9), "主任 " + fake.masked(fake.name(rng))),
        (dt.date(YEAR, 5, 6), dt.date(YEAR, 6, 20), None),
        (dt.date(YEAR, 7, 15), dt.date(YEAR, 9, 3), "副主任 " + fake.masked(fake.name(rng))),
        (dt.date(YEAR, 9, 2), dt.date(YEAR, 10, 22), None),
        (dt.date(YEAR, 11, 25), dt.date(YEAR + 1, 1, 14), None),
    ]
    records = []
    for n, (got, heard, leader) in enumerate(plan, start=1):
        no = f"（{got.year}）某0105行初{rng.randint(20, 399)}号"
        suit.add(
            n,
            no,
            fake.masked(fake.name(rng)),
            rng.choice(["房屋征收", "违法建设拆除", "政府信息公开", "行政协议"]),
            fake.date_cell(got, "cn"),
            fake.date_cell(heard, "cn"),
            leader or ("未出庭（委托律师）" if n != 6 else None),
            rng.choice(["驳回诉讼请求", "原告撤诉"]) if heard.year == YEAR else "待开庭",
        )
        records.append({"case_no": no, "heard_on": heard, "appeared": leader is not None})
    built.books.append(Book(file, [review, suit]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk(
        "leader_named_not_yes_no",
        file,
        "行政应诉",
        f,
        "出庭负责人 一列写出庭领导的职务和姓名（副主任 王某某），没出庭的写 未出庭（委托律师），待开庭的空着：写了人名=出庭",
    )
    built.quirk("reconsideration_not_litigation", file, "行政复议答复", f, "行政复议答复 不是行政应诉，不计入")
    built.quirk("competing_dates", file, "行政应诉", f, "收到起诉状日期 与 开庭日期 并列：年份按开庭日期")


# --- 平安建设: one file per 社区 ----------------------------------------------------------------------------------

SECURITY_TYPES = {"家暴告诫书": 3, "家暴治安案件": 1, "涉黄治安案件": 2, "涉赌治安案件": 2}


def one_file_per_community_security(built: Built, rng: random.Random) -> None:
    records = []
    for i, community in enumerate(COMMUNITIES):
        file = f"{TOWN}{community}平安建设工作台账（{YEAR}年）.xlsx"
        head = ["序号", "日期", "类型", "所属网格", "当事人", "处理情况", "拘留人数"]
        sheet = Sheet("平安建设")
        sheet.title(f"{community}{YEAR}年平安建设工作台账（派出所通报）", len(head))
        sheet.header([head])
        for n, day in enumerate(fake.dates_in(rng, YEAR, 4 + i), start=1):
            kind = fake.pick(rng, SECURITY_TYPES)
            detained = 0 if kind == "家暴告诫书" else rng.randint(0, 3)
            outcome = {"家暴告诫书": "出具家庭暴力告诫书", "家暴治安案件": "行政拘留", "涉黄治安案件": "行政拘留、罚款",
                       "涉赌治安案件": "罚款"}[kind]  # fmt: skip
            sheet.add(n, fake.date_cell(day, "slash"), kind, f"第{rng.randint(1, 9)}网格", fake.masked(fake.name(rng)),
                      outcome, detained)  # fmt: skip
            records.append({"occurred_on": day, "type": kind, "detained": detained})
        built.books.append(Book(file, [sheet]))
    built.ledgers["security"] = records
    built.quirk(
        "one_file_per_community",
        f"{TOWN}（各社区）平安建设工作台账（{YEAR}年）.xlsx",
        "平安建设",
        ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions"),
        "三个社区各交一个文件，街道的数是三个文件相加",
    )


# --- 涉诈: the grid platform's export ----------------------------------------------------------------------------

VISITS = {"已见面": True, "已电话联系": True, "未联系上": False, "未见面（外出）": False}


def grid_export_fraud_watch(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}涉诈重点人员网格走访导出_20250106.xlsx"
    head = ["人员编号", "姓名", "身份证号", "联系电话", "所属社区", "所属网格", "网格员", "人员类别", "管控状态",
            "最近走访时间", "走访情况"]  # fmt: skip
    sheet = Sheet("Sheet1")
    sheet.header([head])
    records = []
    for n, removed, contacted, person in fake.watch_list(rng, 14, list(COMMUNITIES), 0.3):
        name, idno, phone, community = person
        visit = rng.choice([k for k, v in VISITS.items() if v == contacted])
        sheet.add(
            f"LGSZ{n:04d}", name, idno, phone, community, f"第{rng.randint(1, 9)}网格", fake.name(rng),
            rng.choice(["涉诈前科人员", "断卡行动涉案人员", "境外回流人员"]), "已销号" if removed else "在管",
            fake.date_cell(fake.dates_in(rng, YEAR, 1, first=dt.date(YEAR, 9, 1))[0], "iso"), visit,
        )  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    sheet.autofilter = f"A1:K{sheet.next_row - 1}"
    sheet.freeze = "C2"
    built.books.append(Book(file, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk(
        "cancelled_for_removed",
        file,
        "Sheet1",
        ("fraud_watch.removed", "fraud_watch.remaining"),
        "管控状态 写 在管 / 已销号：销号=核减",
    )
    built.quirk(
        "visit_outcome_for_contact",
        file,
        "Sheet1",
        "fraud_watch.contacted",
        "没有 是否取得联系 一列，只有网格员的 走访情况：已见面/已电话联系=是，未联系上/未见面（外出）=否",
    )


# --- 行政执法: 涉企行政检查 and the delegated penalties --------------------------------------------------------------

ITEMS = ("消防安全监督检查", "生产经营单位安全生产检查", "违法建设检查", "户外广告设置检查", "占道经营检查")


def inspection_type_not_category_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年涉企行政检查及行政处罚台账.xlsx"
    insp = Sheet("行政检查")
    ihead = ["序号", "检查编号", "检查日期", "检查对象", "检查事项", "检查类型", "检查结果"]
    insp.title(f"{TOWN}{YEAR}年涉企行政检查登记台账", len(ihead))
    insp.header([ihead])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 26), start=1):
        no = f"柳港检〔{YEAR}〕{n}号"
        insp.add(n, no, fake.date_cell(day, "iso"), f"某某{rng.choice(['餐饮店', '商贸公司', '五金店', '物业公司'])}（虚构）",
                 rng.choice(ITEMS), rng.choice(["日常检查", "日常检查", "专项检查"]),
                 rng.choice(["未发现问题", "责令限期整改", "立案查处"]))  # fmt: skip
        records.append({"case_no": no, "decided_on": day, "category": "行政检查"})
    pen = Sheet("行政处罚")
    phead = ["序号", "处罚决定书文号", "当事人", "违法行为", "处罚种类", "罚款金额（元）", "作出决定日期"]
    pen.title(f"{TOWN}{YEAR}年行政处罚案件登记台账（赋权事项）", len(phead))
    pen.header([phead])
    days = [dt.date(YEAR - 1, 12, 28), *fake.dates_in(rng, YEAR, 9)]
    for n, day in enumerate(days, start=1):
        no = f"柳港罚决〔{day.year}〕{n}号"
        kind = rng.choice(["罚款", "罚款", "警告"])
        pen.add(n, no, f"某某{rng.choice(['商店', '公司', '个体户'])}（虚构）",
                rng.choice(["擅自占道经营", "违规设置户外广告", "未按规定分类投放垃圾"]), kind,
                rng.choice([200, 500, 1000, 2000]) if kind == "罚款" else None, fake.date_cell(day, "cn"))  # fmt: skip
        records.append({"case_no": no, "decided_on": day, "category": "行政处罚"})
    built.books.append(Book(file, [insp, pen]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.inspection", "enforcement.penalty")
    built.quirk(
        "inspection_type_not_category",
        file,
        "行政检查",
        f,
        "检查类型 日常检查/专项检查 是检查的方式，不是执法类别；类别取自表名 行政检查；街道没有行政许可（0）",
    )
    built.quirk("prior_year_row", file, "行政处罚", f, "第1件 2023年12月28日作出决定：不计入")
