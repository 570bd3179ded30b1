"""兰陂乡（虚构）2023: the twelfth development town, from public templates and platform pages none of the other towns
used, with the weight on the rule-of-law office's own ledgers.

The legal counsel's service register types each service and its count in one cell (审查合同3份, 解答法律咨询12人次),
with no quantity column, and the 司法所's 村（社区）法律顾问工作考评表 (项目, 分值, 内容和标准, 得分) lies beside it:
a scoring form, not a log. Disclosure is the portal's 依申请公开 办理台账 (流水号, 申请方式, 申请人类型, 答复结果
予以公开 / 不予公开 / 信息不存在 / 申请人撤回 — every row an application received, whatever the answer) beside the
portal's 主动公开 目录 with its metadata columns (索引号, 公开时限 长期公开, 有效性 有效). Litigation writes whether the
leader appeared as 出庭 / 未出庭 beside a 审级 column and 立案日期. Security is the 治安案件查处登记 of the police
station kept one row per offender (the 案件编号 repeated for each offender, the sanction in words 行政拘留十日).
Normative documents are kept as the 合法性审核登记 (送审时间 beside 印发日期, a draft not adopted). The fraud list
writes 失联 for no contact and lies beside the 反诈预警劝阻登记 (not the list of high-risk persons). Training is the
领导干部学法记录 (学法形式 会前学法 / 专题讲座 / 法律明白人培训 in one column) and the two 法宣在线 exams with
应考人数 / 实考人数. No enforcement, dispute, mediation or petition ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "兰陂乡"
YEAR = 2023
GOV = "兰陂乡人民政府"
VILLAGES = ("兰陂社区", "石桥村", "杨柳村", "梨坪村", "大塘村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD = {
    "security.vice_detentions": "治安案件查处登记 每个违法行为人一行，没有拘留人数一列，拘留只写在 处理结果（行政拘留十日）里："
    "把文字处理结果读成人数要先知道一行是一个人，台账没有这样声明，引擎不从自由文字里数人（真值按写 行政拘留 的行数计）",
    "security.dv_detentions": "同上：家暴治安案件 的拘留只写在 处理结果 里（告诫书工作表有拘留人数一列，均为 0）",
}

_CN_DIGITS = "零一二三四五六七八九十"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    count_inside_service_cell_counsel(built, rng)
    assessment_form_not_records_counsel(built, rng)
    application_register_and_portal_catalogue_disclosure(built, rng)
    appeared_words_litigation(built, rng)
    one_row_per_offender_security(built, rng)
    review_register_normative_documents(built, rng)
    lost_contact_fraud_watch(built, rng)
    warning_register_not_watch_list(built, rng)
    study_record_and_exams_training(built, rng)
    for kind in ("enforcement", "disputes", "mediation", "petitions"):
        built.ledgers[kind] = Null("兰陂乡没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", ("enforcement.*", "disputes.*", "mediation.*", "petitions.*"))
    return built


# --- 法律顾问: the service and its count typed in one cell ------------------------------------------------------

SERVICES = {  # as typed → canonical, weight, count range, unit
    "解答法律咨询": ("法律咨询", 5, (1, 15), "人次"),
    "审查合同": ("文书审核", 3, (1, 5), "份"),
    "出具法律意见书": ("法律意见书", 2, (1, 3), "件"),
    "协助法律援助": ("法律援助", 0.7, (1, 2), "件"),
    "举办法治讲座": ("法治讲座", 1, (1, 1), "场"),
    "参与调解纠纷": ("参与调解", 1, (1, 3), "起"),
}


def count_inside_service_cell_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}法律顾问服务台账（{YEAR}年）.xlsx"
    head = ["序号", "服务日期", "服务对象", "服务内容及数量", "服务方式", "法律顾问", "备注"]
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}{YEAR}年法律顾问服务台账", len(head))
    sheet.add(f"律师事务所：某某律师事务所（虚构）    法律顾问：{fake.name(rng)}", *([None] * (len(head) - 1)))
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 46), start=1):
        typed = fake.pick(rng, {k: w for k, (_, w, _, _) in SERVICES.items()})
        service, _, (lo, hi), unit = SERVICES[typed]
        count = rng.randint(lo, hi)
        sheet.add(
            n,
            fake.date_cell(day, "dot"),
            rng.choice([GOV, *VILLAGES]),
            f"{typed}{count}{unit}",
            rng.choice(["坐班值守", "上门服务", "电话", "微信"]),
            fake.name(rng),
            None,
        )
        records.append({"served_on": day, "service": service, "quantity": count})
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk(
        "count_inside_service_cell",
        file,
        "服务台账",
        f,
        "没有数量列：服务内容及数量 一格写 审查合同3份、解答法律咨询12人次、出具法律意见书1件",
    )


def assessment_form_not_records_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}村（社区）法律顾问工作考评表（{YEAR}年度）.xlsx"
    head = ["项目", "分值", "内容和标准", "评价方式", "评分主体", "评分", "备注"]
    sheet = Sheet("考评表")
    sheet.title(f"{TOWN}村（社区）法律顾问工作考评表（{YEAR}年度）", len(head))
    sheet.add(f"村（社区）：{VILLAGES[1]}    法律服务机构：某某律师事务所（虚构）    顾问：{fake.name(rng)}")
    sheet.header([head])
    items = [
        ("聘用情况", 5, "签订法律顾问聘用合同。未及时签订扣5分。", "查阅资料", "乡镇（街道）", 5),
        ("服务明示情况", 5, "明示法律顾问身份、服务内容、联系方式。无公示牌扣5分。", "实地查看", "乡镇（街道）", 5),
        ("工作日志", 20, "一次一记、一事一记：法律意见、法律咨询、法治讲座、人民调解、法律援助。", "查阅台账", "司法所", 18),
        ("法律咨询", 15, "每月到村服务不少于1次，解答法律咨询。每少一次扣1分。", "查阅台账", "司法所", 14),
        ("法治讲座", 10, "每年举办法治讲座不少于2场。每少一场扣5分。", "查阅台账", "司法所", 10),
        ("法律援助", 5, "帮助困难群众依法获得法律援助。", "查阅台账", "司法所", 5),
        ("群众满意度", 40, "村（社区）干部群众测评。", "问卷测评", "县司法局", 37),
    ]  # fmt: skip
    for item in items:
        sheet.add(*item, None)
    sheet.add("合计", 100, None, None, None, sum(i[5] for i in items), None)
    sheet.add("考评等次：优秀", None, None, "考评人：", None, "考评日期：2024年1月10日")
    built.books.append(Book(file, [sheet]))
    built.quirk(
        "assessment_form_not_records",
        file,
        "考评表",
        ("counsel.opinions", "counsel.consultations", "counsel.legal_aid"),
        "司法所的法律顾问工作考评表（项目、分值、内容和标准、评分）：项目名 法律咨询/法治讲座/法律援助 旁是分值和得分，不是服务次数，不计入",
    )


# --- 政务公开: the portal's 依申请公开 办理台账 and its 主动公开 目录 -------------------------------------------------

REPLIES = {"予以公开": 4, "部分公开": 1, "不予公开": 1, "无法提供（信息不存在）": 1.5, "申请人撤回": 0.5}


def application_register_and_portal_catalogue_disclosure(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}政府信息公开工作台账（{YEAR}年）.xlsx"
    records = []
    # 主动公开目录: the portal's metadata table, one row per item; the type from the sheet.
    cat = Sheet("主动公开目录")
    chead = ["序号", "索引号", "信息名称", "发布机构", "公开日期", "主题分类", "公开时限", "有效性"]
    cat.title(f"{TOWN}{YEAR}年主动公开政府信息目录", len(chead))
    cat.header([chead])
    topics = ["财政预决算", "乡村振兴", "应急管理", "民政救助", "人事信息", "重大项目"]
    for n, day in enumerate(fake.dates_in(rng, YEAR, 31), start=1):
        topic = rng.choice(topics)
        cat.add(
            n,
            f"99LP0000000000/{YEAR}-{n:05d}",
            f"兰陂乡{topic}信息公开（第{n}期）",
            GOV,
            fake.date_cell(day, "iso"),
            topic,
            rng.choice(["长期公开", "长期公开", "限时公开"]),
            rng.choice(["有效", "有效", "失效"]),
        )
        records.append({"published_on": day, "type": "主动公开"})
    # 依申请公开 办理台账: every application received, whatever the answer; one of December 2022.
    app = Sheet("依申请公开")
    ahead = ["序号", "流水号", "申请时间", "申请方式", "申请人类型", "申请公开的信息", "答复时间", "答复结果"]
    app.title(f"{TOWN}{YEAR}年政府信息公开申请办理台账", len(ahead))
    app.header([ahead])
    days = [dt.date(YEAR - 1, 12, 26), *fake.dates_in(rng, YEAR, 7, last=dt.date(YEAR, 11, 30))]
    for n, day in enumerate(days, start=1):
        reply = fake.pick(rng, REPLIES) if n > 1 else "予以公开"
        app.add(
            n,
            f"LPYSQ{day:%Y%m%d}{n:03d}",
            fake.date_cell(day, "cn"),
            rng.choice(["网上申请", "现场申请", "信函申请", "电子邮件"]),
            rng.choice(["公民", "公民", "法人或其他组织"]),
            rng.choice(["征地补偿安置方案", "村道建设项目资金", "低保审批名单", "宅基地审批档案"]),
            fake.date_cell(day + dt.timedelta(days=rng.randint(5, 18)), "cn"),
            reply,
        )
        records.append({"published_on": day, "type": "依申请公开"})
    # 媒体报道 sheet: the type from the sheet.
    media = Sheet("媒体报道")
    mhead = ["序号", "报道标题", "刊发媒体", "发布日期"]
    media.title(f"{TOWN}{YEAR}年媒体报道登记", len(mhead))
    media.header([mhead])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 12), start=1):
        media.add(n, f"兰陂乡{rng.choice(topics)}工作见闻（{n}）", rng.choice(["县融媒体中心", "市日报", "省电视台"]),
                  fake.date_cell(day, "cn"))  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    built.books.append(Book(file, [cat, app, media]))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk(
        "reply_outcomes_not_types",
        file,
        "依申请公开",
        "disclosure.on_request",
        "办理台账的 答复结果 写 予以公开/部分公开/不予公开/无法提供（信息不存在）/申请人撤回：每行都是收到的一件申请，"
        "不予公开 不是“不予公开信息”登记",
    )
    built.quirk(
        "prior_year_row", file, "依申请公开", "disclosure.on_request", "第1件 2022年12月26日申请、2023年答复：不计入"
    )
    built.quirk(
        "portal_metadata_columns",
        file,
        "主动公开目录",
        f,
        "门户网站信息公开目录的元数据列：索引号、主题分类、公开时限（长期公开/限时公开）、有效性（有效/失效）："
        "失效 的信息仍是当年主动公开的；类型取自工作表名",
    )


# --- 行政应诉: 出庭 / 未出庭 beside 审级 and 立案日期 --------------------------------------------------------------


def appeared_words_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政诉讼案件情况登记表（{YEAR}年）.xlsx"
    head = ["序号", "案号", "原告", "被告", "案由", "审级", "立案日期", "开庭日期", "负责人出庭情况", "审理结果"]
    sheet = Sheet("登记表")
    sheet.title(f"{TOWN}{YEAR}年行政诉讼案件情况登记表", len(head))
    sheet.header([head])
    plan = [  # filed, heard, instance, appeared
        (dt.date(YEAR - 1, 12, 8), dt.date(YEAR, 2, 21), "一审", True),
        (dt.date(YEAR, 3, 2), dt.date(YEAR, 4, 18), "一审", True),
        (dt.date(YEAR, 5, 11), dt.date(YEAR, 6, 27), "一审", False),
        (dt.date(YEAR, 8, 1), dt.date(YEAR, 9, 14), "二审", True),
        (dt.date(YEAR, 12, 4), dt.date(YEAR + 1, 1, 16), "一审", False),
    ]
    records = []
    for n, (filed, heard, level, appeared) in enumerate(plan, start=1):
        no = f"（{filed.year}）某0123行{'初' if level == '一审' else '终'}{rng.randint(10, 299)}号"
        sheet.add(
            n,
            no,
            fake.masked(fake.name(rng)),
            GOV,
            rng.choice(["行政强制", "行政协议", "政府信息公开", "土地行政确认"]),
            level,
            fake.date_cell(filed, "cn"),
            fake.date_cell(heard, "cn"),
            "出庭" if appeared else "未出庭",
            rng.choice(["驳回诉讼请求", "撤诉", "维持原判"]) if heard.year == YEAR else "待开庭",
        )
        records.append({"case_no": no, "heard_on": heard, "appeared": appeared})
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("appeared_words", file, "登记表", f, "负责人出庭情况 写 出庭 / 未出庭，不是 是/否")
    built.quirk(
        "competing_dates",
        file,
        "登记表",
        f,
        "立案日期 与 开庭日期 并列：年份按开庭日期；2022年12月立案、2023年2月开庭的计入，2023年12月立案、2024年1月开庭的不计入",
    )


# --- 平安建设: the 治安案件查处登记, one row per offender -----------------------------------------------------------


def cn_days(n: int) -> str:
    """十日, 五日, 十五日: a detention's length in words."""
    return ("十" + (_CN_DIGITS[n - 10] if n > 10 else "") if n >= 10 else _CN_DIGITS[n]) + "日"


def one_row_per_offender_security(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}平安建设工作台账（{YEAR}年）.xlsx"
    head = ["序号", "案件编号", "发生日期", "案件类型", "村（社区）", "违法行为人", "处理结果"]
    sheet = Sheet("治安案件查处登记")
    sheet.title(f"{TOWN}{YEAR}年治安案件查处登记（派出所通报）", len(head))
    sheet.header([head])
    plan = [("涉黄治安案件", 2), ("涉黄治安案件", 3), ("涉赌治安案件", 4), ("家暴治安案件", 1), ("涉黄治安案件", 1),
            ("涉赌治安案件", 2), ("家暴治安案件", 1)]  # fmt: skip
    days = fake.dates_in(rng, YEAR, len(plan))
    records = []
    row = 0
    for n, ((kind, offenders), day) in enumerate(zip(plan, days), start=1):
        case_no = f"兰派行案字〔{YEAR}〕{n:03d}号"
        village = rng.choice(VILLAGES)
        detained = 0
        for _ in range(offenders):
            row += 1
            jailed = rng.random() < 0.6
            detained += jailed
            outcome = f"行政拘留{cn_days(rng.choice([5, 10, 15]))}" if jailed else rng.choice(["罚款500元", "警告"])
            sheet.add(row, case_no, fake.date_cell(day, "iso"), kind, village, fake.masked(fake.name(rng)), outcome)
        records.append({"occurred_on": day, "type": kind, "detained": detained})
    warn = Sheet("家庭暴力告诫书")
    whead = ["序号", "告诫书文号", "出具日期", "村（社区）", "被告诫人", "拘留人数"]
    warn.title(f"{TOWN}{YEAR}年家庭暴力告诫书登记", len(whead))
    warn.header([whead])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 5), start=1):
        warn.add(n, f"兰派家告字〔{YEAR}〕{n}号", fake.date_cell(day, "cn"), rng.choice(VILLAGES),
                 fake.masked(fake.name(rng)), 0)  # fmt: skip
        records.append({"occurred_on": day, "type": "家暴告诫书", "detained": 0})
    built.books.append(Book(file, [sheet, warn]))
    built.ledgers["security"] = records
    built.quirk(
        "one_row_per_offender",
        file,
        "治安案件查处登记",
        ("security.vice_cases", "security.vice_detentions", "security.dv_detentions"),
        "一案多人，每个违法行为人一行，案件编号在各行重复：起数按案件编号去重；拘留人数为 处理结果 写 行政拘留十日 的人数",
    )


# --- 规范性文件: the 合法性审核登记 ---------------------------------------------------------------------------------


def review_register_normative_documents(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政规范性文件合法性审核登记表（{YEAR}年）.xlsx"
    head = ["序号", "送审时间", "文件名称", "起草单位", "审核意见", "审核人", "印发日期", "文号"]
    sheet = Sheet("审核登记")
    sheet.title(f"{TOWN}{YEAR}年行政规范性文件合法性审核登记表", len(head))
    sheet.header([head])
    plan = [  # submitted, name, opinion, issued
        (dt.date(YEAR - 1, 12, 20), "兰陂乡农村建房管理暂行办法", "修改后出台", dt.date(YEAR, 1, 9)),
        (dt.date(YEAR, 4, 6), "兰陂乡村级公益事业一事一议实施细则", "同意出台", dt.date(YEAR, 4, 25)),
        (dt.date(YEAR, 7, 3), "兰陂乡集镇摊位管理规定", "不同意出台", None),
        (dt.date(YEAR, 12, 18), "兰陂乡森林防火网格化管理办法", "同意出台", dt.date(YEAR + 1, 1, 5)),
    ]
    records = []
    k = 0
    for n, (submitted, name, opinion, issued) in enumerate(plan, start=1):
        if issued:
            k += 1
        sheet.add(
            n,
            fake.date_cell(submitted, "cn"),
            name,
            rng.choice(["乡党政办", "乡综治办", "乡自然资源所"]),
            opinion,
            fake.name(rng),
            fake.date_cell(issued, "cn") if issued else None,
            f"兰府发〔{issued.year}〕{k}号" if issued else None,
        )
        if issued:
            records.append({"issued_on": issued})
    built.books.append(Book(file, [sheet]))
    built.ledgers["normative_documents"] = records
    built.quirk(
        "review_register_with_issue_date",
        file,
        "审核登记",
        "normative_documents.issued",
        "合法性审核登记：送审时间 旁有 印发日期：年份按印发日期（2022年12月送审、2023年1月印发的计入；2023年12月送审、"
        "2024年1月印发的不计入）；审核意见 不同意出台 的一件没有印发日期，未制定，不计入",
    )


# --- 涉诈: the list of high-risk persons (失联) and the 预警劝阻 register beside it ------------------------------


def lost_contact_fraud_watch(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}涉诈高危人员管控台账.xlsx"
    head = ["序号", "姓名", "身份证号码", "联系电话", "户籍地", "管控状态", "是否取得联系", "备注"]
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账", len(head))
    sheet.header([head])
    records = []
    for n, removed, contacted, person in fake.watch_list(rng, 12, VILLAGES, 0.35):
        status, answer = "已核减" if removed else "在册", "已联系" if contacted else "失联"
        sheet.add(n, *person, status, answer, "持合法出入境手续" if removed else None)
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(file, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk(
        "lost_contact",
        file,
        "管控台账",
        "fraud_watch.contacted",
        "是否取得联系 写 已联系 / 失联：失联=否",
    )


def warning_register_not_watch_list(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}反诈预警劝阻登记表（{YEAR}年）.xlsx"
    head = ["序号", "预警时间", "被预警人", "联系电话", "村（社区）", "预警类型", "劝阻方式", "劝阻结果", "劝阻人"]
    sheet = Sheet("预警劝阻")
    sheet.title(f"{TOWN}{YEAR}年反诈预警劝阻登记表", len(head))
    sheet.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 18), start=1):
        sheet.add(
            n,
            f"{day:%Y-%m-%d} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}",
            fake.masked(fake.name(rng)),
            fake.mobile(rng),
            rng.choice(VILLAGES),
            rng.choice(["刷单返利", "虚假投资理财", "冒充客服", "虚假贷款"]),
            rng.choice(["电话劝阻", "见面劝阻", "电话+见面"]),
            rng.choice(["劝阻成功", "劝阻成功", "未接通，已上门", "已核查，未受骗"]),
            fake.name(rng),
        )
    built.books.append(Book(file, [sheet]))
    built.quirk(
        "warning_register_not_watch_list",
        file,
        "预警劝阻",
        ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted"),
        "反诈预警劝阻登记（被预警人、预警类型、劝阻方式、劝阻结果）是劝阻工作记录，不是涉诈高危人员名单：不计入管控数",
    )


# --- 学法用法: the 领导干部学法记录 and the exams -------------------------------------------------------------------

FORMS = {"会前学法": ("领导干部", 5), "专题讲座": ("干部职工", 2), "法律明白人培训": ("法律明白人", 1.5)}


def study_record_and_exams_training(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年领导干部学法记录.xlsx"
    head = ["序号", "学法时间", "学法内容", "学法形式", "主讲人", "参学人员", "参学人数", "学时"]
    sheet = Sheet("学法记录")
    sheet.title(f"{TOWN}{YEAR}年领导干部学法记录", len(head))
    sheet.header([head])
    records = []
    laws = ["《中华人民共和国行政处罚法》", "《信访工作条例》", "《中华人民共和国民法典》婚姻家庭编", "《土地管理法》"]
    for n, day in enumerate(fake.dates_in(rng, YEAR, 16), start=1):
        form = fake.pick(rng, {k: w for k, (_, w) in FORMS.items()})
        audience = FORMS[form][0]
        sheet.add(
            n,
            fake.date_cell(day, "cn"),
            rng.choice(laws),
            form,
            fake.name(rng),
            {"领导干部": "班子成员", "干部职工": "全体干部", "法律明白人": "各村法律明白人"}[audience],
            rng.randint(8, 60),
            rng.choice([1, 2, 0.5]),
        )
        records.append({"held_on": day, "audience": audience})
    exam = Sheet("法宣在线考试")
    ehead = ["序号", "考试名称", "考试时间", "应考人数", "实考人数", "参考率", "合格人数"]
    exam.title(f"{TOWN}{YEAR}年国家工作人员学法考试情况", len(ehead))
    exam.header([ehead])
    for n, (name, day) in enumerate(
        [("上半年法宣在线考试", dt.date(YEAR, 6, 20)), ("年度学法用法考试", dt.date(YEAR, 11, 22))], start=1
    ):
        required = rng.randint(40, 48)
        taken = required - rng.randint(0, 2)
        exam.add(
            n, name, fake.date_cell(day, "cn"), required, taken, f"{taken / required:.1%}", taken - rng.randint(0, 1)
        )
        records.append({"held_on": day, "audience": "领导干部", "exam_required": required, "exam_taken": taken})
    built.books.append(Book(file, [sheet, exam]))
    built.ledgers["training"] = records
    built.quirk(
        "audience_beside_form",
        file,
        "学法记录",
        "training.legal_literacy_sessions",
        "学法形式 一列写 会前学法/专题讲座/法律明白人培训，参学人员 写 班子成员/全体干部/各村法律明白人",
    )
