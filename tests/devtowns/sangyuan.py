"""桑园乡（虚构）2024: the forty-sixth development town, weighted to the 党政办's own books — 政府信息公开, 行政规范性
文件, 行政应诉 — and the 派出所's 家庭暴力告诫书 register, each kept in the words of a public template or statistics
form no other town imitates.

The 依申请公开 applications are kept in a register whose 办理结果 column uses the annual report's own categories
(予以公开, 部分公开（区分处理）, 不予公开（保护第三方合法权益）, 无法提供（本机关不掌握相关政府信息）, 不予处理（重复申请）,
其他处理（申请人撤回申请）…), one application received in December 2023 and answered in January (上年结转) and one
received in December 2024 still open (结转下年度继续办理). The annual report's tables are kept as a Word document in
the **2019 layout** some towns still use (第二十条第（一）项 | 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量;
上一年项目数量 | 本年增/减 | 处理决定数量), beside the 2021 table of applications. The normative documents are kept as
a **清理台账** listing every document still on the books since 2019 with its 清理结果 (继续有效 / 修改 / 废止 / 宣布失效),
beside a sheet of the year's 备案登记 that lists the same documents again and one issued on 2023-12-28 and filed in
January. The lawsuits are kept in the fields of a 行政应诉案件批办单 (审级 一审/二审, 受理法院, 原告 › 类型 / 姓名或名称,
案件类别, 行政赔偿, 应诉通知书签收日期, 书面答辩提交截止日期, 开庭日期, 出庭负责人, 应诉承办人) with a 行政复议和行政应诉
案件统计表 sheet beside it; an appeal the court tried on the papers (二审 不开庭审理) was never heard. The police
station's 家庭暴力告诫书 register has the fields of the 告诫 rules (告诫书编号, 出具日期, 送达方式 直接送达 / 留置送达,
通报妇联/村（居）委会, 查访监督).

Truth decisions: 依申请公开 counts the applications received in the year, whatever their result (the annual report's
一、本年新收 is every application, a withdrawn or lapsed one too); a normative document is the year's by its 印发日期,
never by its 备案 or 清理 date, and listed in both sheets it is one document; a lawsuit is the year's by its hearing,
never by the notice (a case notified in December 2023 and heard in February is 2024's), and an appeal decided without
a hearing is no case heard, so it is none of the cases the appearance rate is over."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built, disclosure_requests_header, plain_counsel_register
from .truth import Null

TOWN = "桑园乡"
YEAR = 2024
VILLAGES = ("桑园社区", "蚕房坪村", "柘木湾村", "青杠岭村", "老鸦溪村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    requests = annual_report_categories_as_results(built, rng)
    report_tables_in_2019_layout(built, requests)
    cleanup_register_lists_every_year(built, rng)
    appeal_tried_on_papers(built, rng)
    warning_rules_fields(built, rng)
    counsel = plain_counsel_register(built, rng, TOWN, YEAR, VILLAGES, 12)
    built.quirk("plain_register_for_contrast", counsel, "服务台账",
                ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid"),
                "一行一次服务、有服务类型列的普通台账（对照）")  # fmt: skip
    absent = ("enforcement", "disputes", "petitions", "mediation", "fraud_watch", "training")
    for kind in absent:
        built.ledgers[kind] = Null("桑园乡没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 依申请公开: the annual report's result categories in the register ------------------------------------------------

REQUESTS_FILE = f"{TOWN}政府信息公开申请登记台账（{YEAR}年）.xlsx"
# The 办理结果 of the 2021 annual report format (国办公开办函〔2021〕30号), as a clerk copies them into the register.
RESULTS = {
    "予以公开": 4,
    "部分公开（区分处理）": 1,
    "不予公开（保护第三方合法权益）": 1,
    "无法提供（本机关不掌握相关政府信息）": 2,
    "不予处理（重复申请）": 1,
    "其他处理（申请人逾期未补正，视为放弃申请）": 1,
    "其他处理（申请人撤回申请）": 1,
}
APPLICANTS = {"自然人": 8, "商业企业": 2, "法律服务机构": 1}
WAYS = ("当面申请", "信函申请", "网络申请", "网络申请")
ASKED = ("本村土地征收补偿安置方案", "2023年度低保对象名单", "农村危房改造补助发放情况", "某道路硬化工程招投标文件",
         "本组集体土地流转合同", "乡卫生院搬迁规划")  # fmt: skip


def annual_report_categories_as_results(built: Built, rng: random.Random) -> dict[str, int]:
    head = [
        [
            "序号",
            "申请编号",
            "收到申请时间",
            "申请人情况",
            None,
            "申请方式",
            "申请公开的政府信息",
            "办理情况",
            None,
            "备注",
        ],
        [None, None, None, "申请人类型", "申请人姓名（名称）", None, None, "答复时间", "办理结果", None],
    ]
    merges = [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 5), (1, 6, 2, 6), (1, 7, 2, 7), (1, 8, 1, 9),
              (1, 10, 2, 10)]  # fmt: skip
    sheet = Sheet("申请登记")
    sheet.title(f"{TOWN}人民政府政府信息公开申请登记台账（{YEAR}年度）", 10)
    sheet.add(f"登记单位：{TOWN}党政综合办公室", None, None, None, None, None, None, "单位：件")
    sheet.header(head, merges)
    results = [r for r, n in RESULTS.items() for _ in range(n)]
    rng.shuffle(results)
    days = fake.dates_in(rng, YEAR, len(results), last=dt.date(YEAR, 11, 29))
    # One received in December 2023 and answered in January (上年结转: 2023's), one received in late December still
    # being handled at the year's end (结转下年度: 2024's).
    rows = [(dt.date(YEAR - 1, 12, 26), "予以公开", dt.date(YEAR, 1, 16), "上年结转")]
    rows += [(d, r, d + dt.timedelta(days=rng.randint(5, 19)), None) for d, r in zip(days, results, strict=True)]
    rows.append((dt.date(YEAR, 12, 23), "正在办理", None, "结转下年度继续办理"))
    records = []
    for n, (received, result, answered, remark) in enumerate(rows, start=1):
        number = f"SYGK-{received.year}-{n:03d}"
        applicant = fake.pick(rng, APPLICANTS)
        who = fake.name(rng) if applicant == "自然人" else rng.choice(["某某农业开发有限公司", "某某律师事务所"])
        sheet.add(n, number, f"{received:%Y.%m.%d}", applicant, who, rng.choice(WAYS), rng.choice(ASKED),
                  f"{answered:%Y.%m.%d}" if answered else None, result, remark)  # fmt: skip
        records.append({"published_on": received, "type": "依申请公开", "applicant": applicant})
    sheet.blank()
    sheet.add("登记人：", None, None, "审核人：")
    built.books.append(Book(REQUESTS_FILE, [sheet]))
    built.ledgers["disclosure"] = records
    # The register is the 依申请公开 applications only: what was published unasked is not in it.
    why = Null("只有依申请公开申请登记台账，没有主动公开、媒体发布的登记")
    built.overrides.update({"disclosure.proactive": why, "disclosure.media": why})
    f = ("disclosure.on_request",)
    built.quirk("annual_report_categories_as_results", REQUESTS_FILE, "申请登记", f,
                "办理结果 照抄年度报告的分类：予以公开、部分公开（区分处理）、不予公开（保护第三方合法权益）、无法提供（本机关不掌握"
                "相关政府信息）、不予处理（重复申请）、其他处理（申请人撤回申请 / 逾期未补正）：都是本年收到的申请，各计一件")  # fmt: skip
    built.quirk("prior_year_row", REQUESTS_FILE, "申请登记", f,
                "2023年12月26日收到、2024年1月答复的一件（备注 上年结转）：不计入2024年")  # fmt: skip
    built.quirk("open_at_year_end", REQUESTS_FILE, "申请登记", f,
                "2024年12月23日收到、年底仍在办理的一件（答复时间空，办理结果 正在办理）：是2024年收到的申请，计入")  # fmt: skip
    built.quirk("only_on_request_register", REQUESTS_FILE, "申请登记", ("disclosure.proactive", "disclosure.media"),
                "只有依申请公开的登记台账：主动公开、媒体发布 为空（null），不是 0")  # fmt: skip
    # The year's new applications by the annual report's 申请人情况 columns (for its table).
    this_year = [r["applicant"] for r in records if r["published_on"].year == YEAR]
    return {a: this_year.count(a) for a in APPLICANTS}


# --- 年度报告 tables in the 2019 layout, as a Word document -----------------------------------------------------------

REPORT_FILE = f"{TOWN}{YEAR}年政府信息公开工作年度报告（表格）.docx"
DOCUMENTS_ISSUED = 3  # the normative documents of the year (the 清理台账 lists them)


def report_tables_in_2019_layout(built: Built, requests: dict[str, int]) -> None:
    active = Sheet("二、主动公开政府信息情况")
    # 2019 layout: 本年新制作数量 | 本年新公开数量 | 对外公开总数量 (the 2021 format's 本年制发件数 | 本年废止件数 |
    # 现行有效件数), and 上一年项目数量 | 本年增/减 | 处理决定数量 for the licences and penalties.
    active.add("第二十条第（一）项", None, None, None)
    active.add("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量")
    active.add("规章", 0, 0, 0)
    active.add("规范性文件", DOCUMENTS_ISSUED, DOCUMENTS_ISSUED, 6)
    active.add("第二十条第（五）项", None, None, None)
    active.add("信息内容", "上一年项目数量", "本年增/减", "处理决定数量")
    active.add("行政许可", 0, 0, 0)
    active.add("其他对外管理服务事项", 0, 0, 0)
    active.add("第二十条第（八）项", None, None, None)
    active.add("信息内容", "上一年项目数量", "本年增/减", None)
    active.add("行政事业性收费", 0, 0, None)
    active.merges += [(1, 1, 1, 4), (5, 1, 5, 4), (9, 1, 9, 4)]
    active.doc_before = [f"{TOWN}人民政府{YEAR}年政府信息公开工作年度报告", "（表格部分）"]
    requests_table = Sheet("三、收到和处理政府信息公开申请情况")
    disclosure_requests_header(requests_table)
    new = [requests["自然人"], requests["商业企业"], 0, 0, requests["法律服务机构"], 0]
    requests_table.add("一、本年新收政府信息公开申请数量", None, None, *new, sum(new))
    # The application of December 2023 answered in January, and the one of December 2024 still open (both 自然人).
    requests_table.add("二、上年结转政府信息公开申请数量", None, None, 1, 0, 0, 0, 0, 0, 1)
    requests_table.add("四、结转下年度继续办理", None, None, 1, 0, 0, 0, 0, 0, 1)
    built.books.append(Book(REPORT_FILE, [active, requests_table], fmt="docx"))
    f = ("normative_documents.issued", "disclosure.on_request")
    built.quirk("report_tables_in_2019_layout", REPORT_FILE, "二、主动公开政府信息情况", f,
                "年度报告表格用2019年的版式：规范性文件 本年新制作数量、本年新公开数量、对外公开总数量（不是2021年版的 本年制发件数）；"
                "行政许可 上一年项目数量、本年增/减、处理决定数量")  # fmt: skip
    built.quirk("word_table", REPORT_FILE, "三、收到和处理政府信息公开申请情况", "disclosure.on_request",
                "Word 表格，三行表头（申请人情况 › 法人或其他组织 › 商业企业…），本年新收 与 登记台账一致")  # fmt: skip


# --- 行政规范性文件: a 清理台账 of every year beside the year's 备案登记 ------------------------------------------------------

NORMATIVE_FILE = f"{TOWN}行政规范性文件清理及备案登记台账.xlsx"
# (title, 文号 prefix, issued, 清理结果); 2024's are the year's documents.
DOCUMENTS = [
    ("桑园乡村规民约修订指导意见", "桑府发", dt.date(2019, 4, 12), "废止"),
    ("桑园乡农村建房管理暂行办法", "桑府发", dt.date(2019, 9, 3), "修改"),
    ("桑园乡集镇环境卫生管理办法", "桑府办发", dt.date(2020, 6, 18), "宣布失效"),
    ("桑园乡困难群众临时救助实施办法", "桑府发", dt.date(2021, 3, 25), "继续有效"),
    ("桑园乡森林防火管理规定", "桑府发", dt.date(2022, 2, 14), "继续有效"),
    ("桑园乡农村公益性岗位管理办法", "桑府办发", dt.date(2022, 8, 30), "继续有效"),
    ("桑园乡养犬管理暂行规定", "桑府发", dt.date(2023, 5, 9), "继续有效"),
    ("桑园乡集体经济组织财务管理办法", "桑府发", dt.date(2023, 12, 28), "继续有效"),
    ("桑园乡农村人居环境整治奖补办法", "桑府发", dt.date(2024, 3, 15), "继续有效"),
    ("桑园乡产业发展扶持资金管理办法", "桑府发", dt.date(2024, 7, 2), "继续有效"),
    ("桑园乡村级小微权力清单运行规定", "桑府办发", dt.date(2024, 11, 20), "继续有效"),
]
NOTES = {"废止": "已被上位法规定替代", "修改": "与新修订的土地管理法不一致，已修改", "宣布失效": "适用期已过"}


def cleanup_register_lists_every_year(built: Built, rng: random.Random) -> None:
    cleanup = Sheet("清理台账")
    cleanup.title(f"{TOWN}人民政府行政规范性文件清理台账（截至{YEAR}年12月31日）", 7)
    cleanup.header([["序号", "文件名称", "文号", "印发日期", "备案情况", "清理结果", "清理说明"]])
    filing = Sheet(f"{YEAR}年备案登记")
    filing.title(f"{TOWN}人民政府{YEAR}年行政规范性文件报送备案登记表", 7)
    filing.header([["序号", "文件名称", "文号", "印发日期", "报送备案日期", "备案机关", "备案审查意见"]])
    records, counters, filed = [], {}, 0
    for n, (title, prefix, issued, result) in enumerate(DOCUMENTS, start=1):
        counters[(prefix, issued.year)] = counters.get((prefix, issued.year), 0) + rng.randint(1, 4)
        doc_no = f"{prefix}〔{issued.year}〕{counters[(prefix, issued.year)]}号"
        sent = issued + dt.timedelta(days=rng.randint(8, 20))
        cleanup.add(n, title, doc_no, f"{issued:%Y.%m.%d}", f"已备案（{sent:%Y.%m.%d}）", result, NOTES.get(result))
        if sent.year == YEAR:
            # The year's 备案 sheet: the documents filed in the year, one of them issued on 2023-12-28.
            filed += 1
            filing.add(filed, title, doc_no, dt.datetime(issued.year, issued.month, issued.day),
                       dt.datetime(sent.year, sent.month, sent.day), "某某县人民政府", "予以备案")  # fmt: skip
        records.append({"issued_on": issued, "doc_no": doc_no})
    built.books.append(Book(NORMATIVE_FILE, [cleanup, filing]))
    built.ledgers["normative_documents"] = records
    f = ("normative_documents.issued",)
    built.quirk("cleanup_register_lists_every_year", NORMATIVE_FILE, "清理台账", f,
                "清理台账列出2019年以来的全部文件，清理结果 继续有效 / 修改 / 废止 / 宣布失效：只有印发日期在2024年的是本年制定的")  # fmt: skip
    built.quirk("same_documents_in_two_sheets", NORMATIVE_FILE, f"{YEAR}年备案登记", f,
                "备案登记表又列了本年的文件（文号相同）：同一份文件只计一次")  # fmt: skip
    built.quirk("filed_next_year", NORMATIVE_FILE, f"{YEAR}年备案登记", f,
                "2023年12月28日印发、2024年1月报送备案的一件：按印发日期是2023年的，不计入")  # fmt: skip


# --- 行政应诉: the 批办单's fields, notice and reply dates before the hearing, an appeal tried on the papers -----------------

LITIGATION_FILE = f"{TOWN}行政应诉案件登记台账（{YEAR}年）.xlsx"
# (审级, notice received, hearing or None when tried on the papers, who appeared or None)
CASES = [
    ("一审", dt.date(YEAR - 1, 12, 18), dt.date(YEAR, 2, 27), "乡长"),
    ("一审", dt.date(YEAR, 3, 5), dt.date(YEAR, 4, 16), "副乡长"),
    ("二审", dt.date(YEAR, 4, 10), None, None),
    ("一审", dt.date(YEAR, 5, 20), dt.date(YEAR, 7, 9), None),
    ("一审", dt.date(YEAR, 8, 12), dt.date(YEAR, 9, 24), "乡长"),
    ("一审", dt.date(YEAR, 11, 18), dt.date(YEAR + 1, 1, 14), None),
]
CAUSES = {"行政处罚": "不服违法建设限期拆除决定", "信息公开": "政府信息公开答复", "行政强制措施": "强制拆除违法建筑",
          "行政不作为": "要求履行土地权属争议处理职责"}  # fmt: skip


def appeal_tried_on_papers(built: Built, rng: random.Random) -> None:
    head = [
        ["序号", "案号", "审级", "受理法院", "原告", None, "被告", "案由", "案件类别", "行政赔偿", "应诉通知书签收日期",
         "书面答辩提交截止日期", "开庭日期", "出庭负责人", "应诉承办人", "备注"],
        [None, None, None, None, "类型", "姓名或名称", *[None] * 10],
    ]  # fmt: skip
    merges = [(1, c, 2, c) for c in (1, 2, 3, 4, *range(7, 17))] + [(1, 5, 1, 6)]
    sheet = Sheet("应诉登记")
    sheet.title(f"{TOWN}人民政府{YEAR}年行政应诉案件登记台账", 16)
    sheet.header(head, merges)
    records, first_no = [], None
    for n, (level, notice, heard, leader) in enumerate(CASES, start=1):
        kind = rng.choice(list(CAUSES))
        court_year = notice.year
        if level == "二审":
            case_no = f"（{court_year}）湘99行终{rng.randint(20, 90)}号"
            court = "某某市中级人民法院"
            remark = f"上诉案件，一审案号{first_no}；二审不开庭审理"
        else:
            case_no = f"（{court_year}）湘9927行初{rng.randint(10, 99)}号"
            court = "某某县人民法院"
            remark = None
            first_no = first_no or case_no
        plaintiff = rng.choice(["公民", "公民", "法人、其他组织"])
        who = fake.name(rng) if plaintiff == "公民" else "某某建材有限公司"
        if heard is None:
            hearing, appeared_cell = "不开庭审理", "—"
        elif heard.year > YEAR:
            hearing, appeared_cell = f"{heard:%Y.%m.%d}", None
            remark = "尚未开庭"
        else:
            hearing = f"{heard:%Y.%m.%d}"
            appeared_cell = f"{leader} {fake.name(rng)}" if leader else "未出庭（委托律师出庭）"
        reply_by = notice + dt.timedelta(days=15)
        sheet.add(n, case_no, level, court, plaintiff, who, f"{TOWN}人民政府", CAUSES[kind], kind,
                  rng.choice(["未提起", "未提起", "提起"]), f"{notice:%Y.%m.%d}", f"{reply_by:%Y.%m.%d}", hearing,
                  appeared_cell, fake.name(rng), remark)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": heard, "appeared": bool(leader)})
    stats = Sheet("统计表")
    stats.title(f"{TOWN}{YEAR}年行政复议和行政应诉案件统计表", 9)
    stats.header(
        [
            ["类别", "收案数", "审结数", "审结情况", None, None, None, "未审结", "负责人出庭应诉（件次）"],
            [None, None, None, "维持", "撤销", "驳回", "其他", None, None],
        ],
        [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 7), (1, 8, 2, 8), (1, 9, 2, 9)],
    )
    received = sum(1 for _, notice, _, _ in CASES if notice.year == YEAR)
    appeared = sum(1 for r in records if r["appeared"] and r["heard_on"] and r["heard_on"].year == YEAR)
    stats.add("行政复议", 2, 2, 1, 0, 1, 0, 0, None)
    stats.add("行政应诉", received, received - 1, 0, 0, received - 2, 1, 1, appeared)
    stats.add("合计", received + 2, received + 1, 1, 0, received - 1, 1, 1, appeared)
    stats.add("注：行政复议为本机关作为被申请人的案件；行政应诉收案数按收到应诉通知书计。")
    built.books.append(Book(LITIGATION_FILE, [sheet, stats]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("notice_and_reply_dates_before_hearing", LITIGATION_FILE, "应诉登记", f,
                "应诉通知书签收日期、书面答辩提交截止日期 在 开庭日期 之前：2023年12月签收、2024年2月开庭的计入2024年，"
                "2024年11月签收、2025年1月开庭的不计入")  # fmt: skip
    built.quirk("appeal_tried_on_papers", LITIGATION_FILE, "应诉登记", f,
                "二审 不开庭审理（开庭日期 写 不开庭审理，出庭负责人 —）：没有开庭，不是出庭率的分母")  # fmt: skip
    built.quirk("plaintiff_type_and_name", LITIGATION_FILE, "应诉登记", f,
                "原告 › 类型（公民 / 法人、其他组织）/ 姓名或名称 两行表头")  # fmt: skip
    built.quirk("statistics_form_beside_register", LITIGATION_FILE, "统计表", f,
                "同一本里另有 行政复议和行政应诉案件统计表：收案数按收到应诉通知书计（5件），与按开庭计的件数（4件）不同；以台账为准")  # fmt: skip


# --- 平安建设: the station's 家庭暴力告诫书 register in the fields of the 告诫 rules --------------------------------------

WARNINGS_FILE = f"{TOWN}派出所家庭暴力告诫书登记台账（{YEAR}年）.xlsx"


def warning_rules_fields(built: Built, rng: random.Random) -> None:
    head = ["序号", "告诫书编号", "出具日期", "村（社区）", "被告诫人", "受害人", "双方关系", "送达方式",
            "通报妇联/村（居）委会", "查访监督情况", "办案民警"]  # fmt: skip
    sheet = Sheet("告诫书登记")
    sheet.title(f"{TOWN}派出所{YEAR}年家庭暴力告诫书登记台账", len(head))
    sheet.header([head])
    days = [dt.date(YEAR - 1, 12, 30), *fake.dates_in(rng, YEAR, 7)]
    records = []
    for n, day in enumerate(days, start=1):
        number = f"桑公（家）告字〔{day.year}〕{n:03d}号"
        way = rng.choice(["直接送达", "直接送达", "留置送达"])
        visits = "；".join(f"{(day + dt.timedelta(days=d)):%m.%d}电话回访" for d in (7, 30))
        sheet.add(n, number, f"{day.year}年{day.month}月{day.day}日", rng.choice(VILLAGES), fake.name(rng),
                  fake.name(rng), rng.choice(["夫妻", "父子", "母子", "兄弟"]), way,
                  f"已通报（{(day + dt.timedelta(days=2)):%m.%d}）", visits, fake.name(rng))  # fmt: skip
        records.append({"occurred_on": day, "type": "家暴告诫书", "detained": 0})
    built.books.append(Book(WARNINGS_FILE, [sheet]))
    built.ledgers["security"] = records
    why = Null("只有家庭暴力告诫书登记台账，没有治安案件的登记")
    built.overrides.update({"security.dv_detentions": why, "security.vice_cases": why, "security.vice_detentions": why})
    built.quirk("warning_rules_fields", WARNINGS_FILE, "告诫书登记", "security.dv_warnings",
                "告诫书编号、送达方式（直接送达 / 留置送达）、通报妇联/村（居）委会、查访监督情况（两次回访在一格）：每行一份告诫书")  # fmt: skip
    built.quirk("prior_year_row", WARNINGS_FILE, "告诫书登记", "security.dv_warnings",
                "2023年12月30日出具的一份排在第一行：不计入2024年")  # fmt: skip
    built.quirk("only_warning_register", WARNINGS_FILE, "告诫书登记",
                ("security.dv_detentions", "security.vice_cases", "security.vice_detentions"),
                "只有告诫书登记：家暴拘留、涉黄案件 为空（null），不是 0")  # fmt: skip
