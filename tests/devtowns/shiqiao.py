"""石桥镇（虚构）2024: the thirteenth development town, weighted to how an office files and types rather than to
any one ledger's columns.

The rule-of-law office hands in **one compiled workbook** (法治建设工作台账汇编) with a 目录 sheet first and then
a sheet per ledger, the counsel's and the normative documents' sheets naming their kind only in the sheet name.
The mediation register is kept in a **Word table** as offices print it. Enforcement is the case system's export in
**Excel 2003 XML Spreadsheet** saved as .xls, whose 案件类型 holds the statutory kinds (罚款, 简易程序, 警告, 查封,
扣押) rather than the enforcement category. Litigation and security exist only as the county's **年度法治政府建设
数据统计表** (指标 / 单位 / 数值 rows over several kinds at once), petitions only as a **季度报表 with 本季 and 累计
columns**. Dates are typed 2024。3。5, 2024年元月8日, 2024年3月上旬 and, in a book titled by its year, 3月上旬;
amounts 150（元）; answers negated (化解不成功, 调解未成功, 未核减, 未取得联系). Every kind has a ledger or a form."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Stats

TOWN = "石桥镇"
YEAR = 2024
GOV = "石桥镇人民政府"
VILLAGES = ("石桥社区", "青冈村", "白沙村", "龙潭村", "沙坝村")  # fictitious
COMPILED = f"{TOWN}{YEAR}年法治建设工作台账汇编.xlsx"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    compiled: list[Sheet] = [contents_sheet()]
    compiled.append(typed_dates_and_negated_results_disputes(built, rng))
    compiled.append(kind_only_in_sheet_name_counsel(built, rng))
    compiled.append(kind_only_in_sheet_name_training(built, rng))
    compiled.append(none_issued_line_normative_documents(built))
    compiled.append(yearless_xun_dates_disclosure(built, rng))
    compiled.append(negated_answers_fraud_watch(built, rng))
    built.books.append(Book(COMPILED, compiled))
    built.quirk(
        "compiled_workbook",
        COMPILED,
        "目录",
        ("disputes.*", "counsel.*", "training.*", "normative_documents.issued", "disclosure.*", "fraud_watch.*"),
        "一本汇编收六种台账：第一张是目录（序号、台账名称、页次），其后每种台账一张表",
    )
    word_table_mediation(built, rng)
    exam_table_in_word_training(built, rng)
    statutory_kinds_xml_spreadsheet_enforcement(built, rng)
    indicator_rows_statistics_form(built, rng)
    quarter_and_cumulative_columns_petitions(built, rng)
    return built


# --- how this office types dates --------------------------------------------------------------------------------


def ideographic_stops(d: dt.date) -> str:
    """2024。3。5: the Chinese full stop typed for the dot."""
    return f"{d.year}。{d.month}。{d.day}"


def yuanyue(d: dt.date) -> str:
    """元月 for January, the month otherwise written as usual."""
    month = "元" if d.month == 1 else str(d.month)
    return f"{d.year}年{month}月{d.day}日"


def xun(d: dt.date) -> str:
    """Only the third of the month: 上旬 / 中旬 / 下旬."""
    part = "上" if d.day <= 10 else "中" if d.day <= 20 else "下"
    return f"{d.year}年{d.month}月{part}旬"


def typed_date(d: dt.date, rng: random.Random) -> str:
    if d.month == 1:
        return yuanyue(d)
    return rng.choice([ideographic_stops, ideographic_stops, xun, fake_cn])(d)


def fake_cn(d: dt.date) -> str:
    return fake.date_cell(d, "cn")


# --- the compiled workbook ----------------------------------------------------------------------------------------


def contents_sheet() -> Sheet:
    sheet = Sheet("目录")
    sheet.title(f"{TOWN}{YEAR}年法治建设工作台账汇编", 3)
    sheet.add(f"编制单位：{GOV}（虚构）", None, f"编制日期：{YEAR + 1}年1月")
    sheet.header([["序号", "台账名称", "页次"]])
    for n, (name, page) in enumerate(
        [
            ("矛盾纠纷排查化解台账", "1—6"),
            ("法律顾问服务台账", "7—9"),
            ("学法用法台账", "10"),
            ("规范性文件备案", "11"),
            ("政务公开信息发布登记", "12—14"),
            ("涉诈高危人员管控", "15"),
        ],
        start=1,
    ):
        sheet.add(n, name, page)
    return sheet


DISPUTE_TYPES = {"邻里纠纷": 5, "婚姻家庭": 3, "山林土地": 3, "房屋宅基地": 2, "合同纠纷": 1, "劳动争议": 1}
# As typed → canonical status.
STATUSES = {"已化解": ("已化解", 12), "化解成功": ("已化解", 3), "化解中": ("化解中", 2), "化解不成功": ("未化解", 2)}


def typed_dates_and_negated_results_disputes(built: Built, rng: random.Random) -> Sheet:
    head = ["序号", "排查时间", "村（社区）", "纠纷类型", "当事人", "简要情况", "化解情况", "责任人"]
    sheet = Sheet("一、矛盾纠纷排查化解")
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解台账", len(head))
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 64), start=1):
        typed = fake.pick(rng, {k: w for k, (_, w) in STATUSES.items()})
        kind = fake.pick(rng, DISPUTE_TYPES)
        sheet.add(
            n,
            typed_date(day, rng),
            rng.choice(VILLAGES),
            kind,
            f"{fake.name(rng)}、{fake.name(rng)}",
            f"{kind}，经村调委会排查发现",
            typed,
            fake.name(rng),
        )
        records.append({"screened_on": day, "status": STATUSES[typed][0]})
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    where = sheet.name
    built.quirk("typed_dates", COMPILED, where, f, "排查时间 写作 2024。3。5（句号作点）、2024年元月8日、2024年3月上旬")
    built.quirk("negated_results", COMPILED, where, f, "化解情况 写 化解不成功：是未化解，不是已化解")
    built.quirk("value_synonyms", COMPILED, where, f, "化解成功=已化解")
    return sheet


COUNSEL = {  # as typed → canonical, weight, count range
    "法律咨询": ("法律咨询", 5, (1, 6)),
    "审查合同": ("文书审核", 3, (1, 3)),
    "出具法律意见书": ("法律意见书", 2, (1, 2)),
    "法律援助": ("法律援助", 0.6, (1, 1)),
    "法治讲座": ("法治讲座", 1, (1, 1)),
}


def kind_only_in_sheet_name_counsel(built: Built, rng: random.Random) -> Sheet:
    head = ["序号", "日期", "服务对象", "服务事项", "数量", "备注"]
    sheet = Sheet("二、法律顾问")
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 30), start=1):
        typed = fake.pick(rng, {k: w for k, (_, w, _) in COUNSEL.items()})
        service, _, (lo, hi) = COUNSEL[typed]
        count = rng.randint(lo, hi)
        quantity = None if count == 1 and rng.random() < 0.5 else f"{count}（次）" if typed == "法律咨询" else count
        sheet.add(n, ideographic_stops(day), rng.choice([GOV, *VILLAGES]), typed, quantity, None)
        records.append({"served_on": day, "service": service, "quantity": count})
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk(
        "kind_only_in_sheet_name",
        COMPILED,
        sheet.name,
        f,
        "没有标题，表头只有 日期、服务对象、服务事项、数量：法律顾问 只在工作表名里；数量 写 3（次），空=1",
    )
    return sheet


def kind_only_in_sheet_name_training(built: Built, rng: random.Random) -> Sheet:
    head = ["序号", "时间", "主题", "参加对象", "形式", "参加人数"]
    sheet = Sheet("三、学法用法")
    sheet.header([head])
    records = []
    sessions = [
        ("法律明白人", "线下", "法律明白人业务培训"),
        ("领导干部", "会前学法", "学习《中华人民共和国行政复议法》"),
        ("法律明白人", "线上", "法律明白人网络培训"),
        ("全体干部职工", "集中培训", "民法典专题讲座"),
        ("法律明白人", "线下", "法律明白人调解技能培训"),
        ("领导干部", "中心组学习", "学习习近平法治思想"),
    ]
    days = fake.dates_in(rng, YEAR, len(sessions))
    for n, ((audience, form, topic), day) in enumerate(zip(sessions, days, strict=True), start=1):
        sheet.add(n, yuanyue(day), topic, audience, form, f"{rng.randint(12, 60)}人")
        records.append({"held_on": day, "audience": "法律明白人" if audience == "法律明白人" else audience})
    built.ledgers["training"] = records
    built.quirk(
        "kind_only_in_sheet_name",
        COMPILED,
        sheet.name,
        ("training.legal_literacy_sessions",),
        "学法用法 只在工作表名里；时间 写 2024年元月16日；考试情况另在一份 Word 文档里",
    )
    return sheet


def none_issued_line_normative_documents(built: Built) -> Sheet:
    head = ["序号", "文件名称", "文号", "印发日期", "报备日期", "备注"]
    sheet = Sheet("四、规范性文件备案")
    sheet.header([head])
    sheet.title(f"{YEAR}年度本镇未制定行政规范性文件。", len(head))
    built.ledgers["normative_documents"] = []
    built.quirk(
        "kind_only_in_sheet_name",
        COMPILED,
        sheet.name,
        ("normative_documents.issued",),
        "只有表头和一句“本年度未制定行政规范性文件”：0，不是 null",
    )
    return sheet


DISCLOSURE = {"主动公开": ("主动公开", 5), "宣传报道": ("媒体发布", 3)}  # as typed → canonical, weight


def yearless_xun_dates_disclosure(built: Built, rng: random.Random) -> Sheet:
    head = ["序号", "发布时间", "信息标题", "发布渠道", "公开类别"]
    sheet = Sheet("五、政务公开")
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 40), start=1):
        typed = fake.pick(rng, {k: w for k, (_, w) in DISCLOSURE.items()})
        part = "上" if day.day <= 10 else "中" if day.day <= 20 else "下"
        when = rng.choice([f"{day.month}月{part}旬", ideographic_stops(day), f"{day.month}月{part}旬"])
        channel = "政府网站" if typed == "主动公开" else rng.choice(["微信公众号", "县融媒体中心"])
        sheet.add(
            n, when, f"{TOWN}{rng.choice(['村务', '惠农补贴', '安全生产', '人居环境'])}信息（{n}）", channel, typed
        )
        records.append({"published_on": day, "type": DISCLOSURE[typed][0]})
    built.ledgers["disclosure"] = records
    built.quirk(
        "yearless_xun_dates",
        COMPILED,
        sheet.name,
        ("disclosure.proactive", "disclosure.media", "disclosure.on_request"),
        "发布时间 多写 3月上旬（没有年份，只到旬），年份只在文件名和目录里；宣传报道=媒体发布；没有依申请公开的件（0）",
    )
    return sheet


# 管控状态 and 联系情况 as typed → (status, contacted), weight: the negated forms say the opposite.
WATCH = {
    ("在册", "已取得联系"): ("在册", True, 3),
    ("在册", "未取得联系"): ("在册", False, 2),
    ("未核减", "已联系"): ("在册", True, 1),
    ("未核减", "联系不上"): ("在册", False, 1),
    ("已核减", "已取得联系"): ("已核减", True, 2),
}


def negated_answers_fraud_watch(built: Built, rng: random.Random) -> Sheet:
    head = ["序号", "姓名", "身份证号码", "联系电话", "户籍地", "管控状态", "联系情况", "备注"]
    sheet = Sheet("六、涉诈高危人员管控")
    sheet.header([head])
    records = []
    for n in range(1, 15):
        (status_typed, contact_typed) = rng.choices(list(WATCH), weights=[w for *_, w in WATCH.values()])[0]
        status, contacted, _ = WATCH[(status_typed, contact_typed)]
        note = "持合法出入境手续" if status == "已核减" else None
        sheet.add(
            n,
            fake.name(rng),
            fake.id_number(rng),
            fake.mobile(rng),
            rng.choice(VILLAGES),
            status_typed,
            contact_typed,
            note,
        )
        records.append({"status": status, "contacted": contacted})
    built.ledgers["fraud_watch"] = records
    built.quirk(
        "negated_results",
        COMPILED,
        sheet.name,
        ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted"),
        "管控状态 写 未核减（=在册），联系情况 写 未取得联系、联系不上（=否）：否定的写法不是它所含的词",
    )
    return sheet


# --- 人民调解: a register kept in Word -----------------------------------------------------------------------------

RESULTS = {"调解成功": ("调解成功", 10), "成功": ("调解成功", 2), "调解未成功": ("调解不成功", 2)}
RATES = {("口头", "一般"): 50, ("书面", "一般"): 100, ("书面", "疑难"): 150, ("书面", "重大"): 300}


def word_table_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解案件登记表（{YEAR}年度）.docx"
    top = ["序号", "卷宗号", "受理日期", "纠纷类型", "当事人", None, "调解情况", None, "补贴金额"]
    low = [None, None, None, None, "申请人", "被申请人", "协议形式", "调解结果", None]
    single = [(1, c, 2, c) for c in (1, 2, 3, 4, 9)]
    sheet = Sheet(f"{TOWN}人民调解委员会案件登记表（{YEAR}年度）")
    sheet.header([top, low], [*single, (1, 5, 1, 6), (1, 7, 1, 8)])
    records = []
    by_type: dict[str, list[int]] = {}
    for n, day in enumerate(fake.dates_in(rng, YEAR, 28), start=1):
        typed = fake.pick(rng, {k: w for k, (_, w) in RESULTS.items()})
        result = RESULTS[typed][0]
        form = rng.choice(["口头", "口头", "书面"])
        tier = "一般" if form == "口头" else fake.pick(rng, {"一般": 3, "疑难": 2, "重大": 1})
        subsidy = RATES[(form, tier)] if result == "调解成功" else None
        typed_subsidy = (
            None if subsidy is None else rng.choice([f"{subsidy}（元）", f"{subsidy}元", subsidy, f"{subsidy}（元）"])
        )
        kind = fake.pick(rng, DISPUTE_TYPES)
        counts = by_type.setdefault(kind, [0, 0])
        counts[0] += 1
        counts[1] += result == "调解成功"
        sheet.add(
            n,
            f"（{YEAR}）石人调字第{n}号",
            typed_date(day, rng),
            kind,
            fake.name(rng),
            fake.name(rng),
            f"{form}协议" if result == "调解成功" else None,
            typed,
            typed_subsidy,
        )
        records.append(
            {"file_no": n, "accepted_on": day, "result": result, "form": form if result == "调解成功" else None,
             "subsidy": subsidy}
        )  # fmt: skip
    summary = Sheet(f"{TOWN}{YEAR}年人民调解案件分类统计")
    summary.header([["纠纷类型", "受理（件）", "调解成功（件）"]])
    for kind, (taken, done) in sorted(by_type.items()):
        summary.add(kind, taken, done)
    summary.add("合计", sum(t for t, _ in by_type.values()), sum(d for _, d in by_type.values()))
    built.books.append(Book(file, [sheet, summary], fmt="docx"))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("word_table", file, sheet.name, f, "台账是 Word 文档里的一张表，表名是表格上方的段落")
    built.quirk("negated_results", file, sheet.name, f, "调解结果 写 调解未成功：是调解不成功")
    built.quirk("unit_in_brackets", file, sheet.name, ("mediation.subsidy_yuan",), "补贴金额 写 150（元）、50元 或 100")
    built.quirk("typed_dates", file, sheet.name, f, "受理日期 写 2024。3。5、2024年元月9日、2024年5月中旬")
    built.quirk(
        "header_two_rows",
        file,
        sheet.name,
        f,
        "Word 表格两行表头：当事人 横跨 申请人/被申请人，调解情况 横跨 协议形式/调解结果",
    )
    built.quirk(
        "aggregate_vs_records",
        file,
        summary.name,
        ("mediation.cases",),
        "同一文档第二张表是按纠纷类型的分类统计（受理、调解成功、合计）：与登记表一致，以记录为准，不重复计",
    )


def exam_table_in_word_training(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年度国家工作人员学法用法考试情况.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年度学法用法考试参考情况统计表")
    sheet.header([["单位", "应参考人数", "实参考人数", "参考率", "备注"]])
    required = taken = 0
    for office in ("党政办", "综合行政执法队", "司法所", "社会事务办", "经济发展办"):
        need = rng.randint(5, 14)
        got = need - rng.choice([0, 0, 1, 2])
        required, taken = required + need, taken + got
        sheet.add(office, need, got, f"{got / need:.0%}", "病假" if got < need else None)
    sheet.add("合计", required, taken, f"{taken / required:.1%}", None)
    built.books.append(Book(file, [sheet], fmt="docx"))
    built.ledgers["training"].append(
        {"held_on": dt.date(YEAR, 11, 20), "audience": None, "exam_required": required, "exam_taken": taken}
    )
    built.quirk(
        "word_table",
        file,
        sheet.name,
        ("training.exam_coverage",),
        "学法考试参考情况是 Word 表格：各单位 应参考/实参考，合计行，参考率 打成 86%：参考率按人数算",
    )


# --- 行政执法: the case system's XML Spreadsheet export -------------------------------------------------------------

KINDS = {  # 案件类型 as the system exports it → enforcement category, weight
    "罚款": ("行政处罚", 4),
    "简易程序": ("行政处罚", 3),
    "警告": ("行政处罚", 1),
    "查封": ("行政强制", 1),
    "扣押": ("行政强制", 1),
    "行政检查": ("行政检查", 5),
    "行政许可": ("行政许可", 3),
    "行政确认": ("行政确认", 2),
}


def statutory_kinds_xml_spreadsheet_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政执法案件信息（系统导出）.xls"
    head = ["序号", "案件编号", "案件名称", "案件类型", "当事人", "决定日期", "罚没金额（元）", "执法单位"]
    sheet = Sheet("案件信息")
    sheet.title(f"{TOWN}行政执法案件信息", len(head))
    sheet.header([head])
    days = [dt.date(YEAR - 1, 12, 27), *fake.dates_in(rng, YEAR, 41)]
    records = []
    for n, day in enumerate(days, start=1):
        typed = fake.pick(rng, {k: w for k, (_, w) in KINDS.items()})
        category = KINDS[typed][0]
        case_no = f"石桥{'罚' if category == '行政处罚' else '执'}字〔{day.year}〕{n:03d}号"
        fine = rng.choice([50, 200, 500, 1000]) if typed in ("罚款", "简易程序") else None
        sheet.add(
            n,
            case_no,
            f"{rng.choice(['占道经营', '违规搭建', '农村建房', '烟花爆竹', '食品经营'])}案",
            typed,
            fake.name(rng),
            dt.datetime(day.year, day.month, day.day),
            fine,
            f"{GOV}综合行政执法队",
        )
        if typed in ("查封", "扣押", "警告"):  # the filter on 案件类型 left on: these rows hidden
            sheet.hidden_rows.add(sheet.next_row - 1)
        records.append({"case_no": case_no, "category": category, "decided_on": day})
    by_kind = Sheet("按类型统计")
    by_kind.header([["案件类型", "件数"]])
    for typed in KINDS:
        by_kind.add(typed, sum(1 for r in sheet.rows[2:] if len(r) > 3 and r[3] == typed))
    by_kind.add("合计", len(days))
    built.books.append(Book(file, [sheet, by_kind], fmt="xml-xls"))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.penalty", "enforcement.coercion", "enforcement.inspection")
    built.quirk("xml_spreadsheet_as_xls", file, sheet.name, f, "系统导出的 Excel 2003 XML 表格，扩展名 .xls")
    built.quirk("hidden_rows", file, sheet.name, f, "导出时筛选未取消：查封、扣押、警告 各行 ss:Hidden，仍是记录")
    built.quirk(
        "aggregate_vs_records",
        file,
        by_kind.name,
        f,
        "第二张工作表按案件类型计数（含2023年12月决定的一件，合计42）：是汇总，不是记录；以记录为准",
    )
    built.quirk(
        "statutory_kinds",
        file,
        sheet.name,
        f,
        "案件类型 写 罚款、简易程序、警告（=行政处罚），查封、扣押（=行政强制）；2023年12月27日决定的一件不计入",
    )


# --- 年度法治政府建设数据统计表: 指标 / 单位 / 数值 over several kinds -------------------------------------------------


def indicator_rows_statistics_form(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年度法治政府建设数据统计表.xlsx"
    enforcement = built.ledgers["enforcement"]
    cases = len({r["case_no"] for r in enforcement if r["decided_on"].year == YEAR})
    lit_cases, appeared = 4, 3
    dv_warnings, dv_detained, vice_cases, vice_detained = 6, 1, 3, 5
    rows = [
        ("一、行政执法", None, None),
        ("行政执法案件总数", "件", cases),
        ("二、行政应诉", None, None),
        ("行政诉讼应诉案件", "件", lit_cases),
        ("行政机关负责人出庭应诉", "件次", appeared),
        ("负责人出庭应诉率", "%", f"{appeared / lit_cases:.0%}"),
        ("三、平安建设", None, None),
        ("家庭暴力告诫书", "份", dv_warnings),
        ("家暴治安案件行政拘留", "人", dv_detained),
        ("涉黄治安案件", "起", vice_cases),
        ("涉黄治安案件行政拘留", "人", vice_detained),
        ("四、规范性文件", None, None),
        ("制定行政规范性文件", "件", 0),
    ]
    sheet = Sheet("统计表")
    sheet.title(f"{TOWN}{YEAR}年度法治政府建设数据统计表", 4)
    sheet.add(f"填报单位（盖章）：{GOV}（虚构）", None, None, f"统计时段：{YEAR}年1月1日至12月31日")
    sheet.header([["指标", "单位", "数值", "备注"]])
    for label, unit, value in rows:
        if unit is None:
            r = sheet.add(label, None, None, None)
            sheet.merges.append((r, 1, r, 4))
        else:
            sheet.add(label, unit, value, None)
    sheet.add("填表人：", None, "审核人：", None)
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = Stats({"litigation.cases": lit_cases, "litigation.leader_appearances": appeared})
    built.ledgers["security"] = Stats(
        {"security.dv_warnings": dv_warnings, "security.dv_detentions": dv_detained,
         "security.vice_cases": vice_cases, "security.vice_detentions": vice_detained}
    )  # fmt: skip
    f = ("litigation.*", "security.*")
    built.quirk(
        "indicator_rows_form",
        file,
        "统计表",
        f,
        "县里的年度数据统计表：指标/单位/数值 三列，一、二、三、四 分节，一张表跨几类；应诉与平安建设只有这张表",
    )
    built.quirk(
        "aggregate_vs_records",
        file,
        "统计表",
        ("enforcement.cases", "normative_documents.issued"),
        "执法案件总数与系统导出一致，规范性文件 0 与汇编一致：以记录为准，不重复计",
    )


# --- 信访: the quarterly report, 本季 beside 累计 -------------------------------------------------------------------


def quarter_and_cumulative_columns_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年信访工作季度报表.xlsx"
    assigned_q = [2, 1, 3, 2]
    resolved_q = [1, 2, 1, 3]
    sheets = []
    cum_a = cum_r = 0
    for q, (a, r) in enumerate(zip(assigned_q, resolved_q, strict=True), start=1):
        cum_a, cum_r = cum_a + a, cum_r + r
        stock = cum_a - cum_r
        name = f"{'一二三四'[q - 1]}季度"
        sheet = Sheet(name)
        sheet.title(f"{TOWN}信访工作季度报表", 4)
        sheet.add(f"填报单位：{GOV}（虚构）", None, None, f"{YEAR}年第{'一二三四'[q - 1]}季度")
        sheet.header([["项目", "单位", "本季", "累计"]])
        sheet.add("上级交办信访事项", "件", a, cum_a)
        sheet.add("其中：已化解", "件", r, cum_r)
        sheet.add("正在化解（季末）", "件", stock, stock)
        sheet.add("填报人：", None, "填报日期：", None)
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["petitions"] = Stats(
        {"petitions.assigned": cum_a, "petitions.resolved": cum_r, "petitions.in_progress": cum_a - cum_r}
    )
    built.quirk(
        "quarter_and_cumulative_columns",
        file,
        "一季度…四季度",
        ("petitions.assigned", "petitions.resolved", "petitions.in_progress"),
        "每季一张表，本季 与 累计 两列：全年数是四季度的累计（=各季本季之和），正在化解 是季末存量",
    )
