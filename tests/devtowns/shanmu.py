"""杉木镇（虚构）2024: the thirty-fourth development town, whose enforcement, dispute and mediation work is kept in the
forms and exports of provinces and systems no other town imitates, in old formats (Excel 97 .xls, WPS .et, HTML
saved as .xls, Word).

Enforcement is kept **only** as the 行政执法统计年报's data tables in the layout a county published for 2024: one
sheet holding four small tables one under another — 表一 行政处罚实施情况统计表 (行政处罚实施数量（宗） merged over
the penalty kinds, 合计（宗）, 罚没金额（万元）), 表二 行政许可实施情况统计表 (申请数量 / 受理数量 / 许可数量 / 不予许可数量
/ 撤销许可数量), 表三 行政强制实施情况统计表, 表四 其他行政执法行为实施情况统计表 (行政检查次数 …), each with its
说明 lines — in an Excel 97 .xls. Mediation is kept as a provincial mediation platform's case export (HTML saved as
.xls, 受理时间 with seconds and a Java timestamp's ``.0``, 调解状态 调解成功/调解失败/调解中/已撤回/不予受理, 协议类型 with
“无”) beside the 司法所's 人民调解工作统计表 in a WPS .et (a row per 调委会, 调解成功, 协议形式 › 口头/书面, 以案定补金额).
Disputes are a Word register with a second table (by village) in the same document.

Truth decisions: the form's 行政许可 cases are the licensing **decisions** of the year, 许可数量 + 不予许可数量 (the form's
own note: 许可数量、不予许可数量 count decisions made; 申请数量 and 受理数量 count applications, 撤销许可 a later act on an
old licence); a coercion case is a 行政强制措施 or a 行政强制执行 (申请法院强制执行 is 0 here); each 次数 of 表四 is that
category's count; the mediation register has no subsidy column, and the 以案定补金额 the 司法所's form states for the same
cases is the year's subsidy."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "杉木镇"
YEAR = 2024
VILLAGES = ("杉木社区", "岩门村", "枫香坪村", "白岩溪村", "茶园村", "龙井湾村")  # fictitious
COMMITTEES = ("杉木镇人民调解委员会", "杉木社区人民调解委员会", "岩门村人民调解委员会", "枫香坪村人民调解委员会")
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    annual_report_tables_enforcement(built)
    platform_export_and_office_form_mediation(built, rng)
    word_register_with_village_table_disputes(built, rng)
    absent = ("normative_documents", "disclosure", "petitions", "security", "fraud_watch", "counsel", "litigation",
              "training")  # fmt: skip
    for kind in absent:
        built.ledgers[kind] = Null("杉木镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 行政执法: the 行政执法统计年报's four data tables in one sheet of an Excel 97 .xls ----------------------------------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年度行政执法统计年报（数据表）.xls"
PENALTY_KINDS = {  # the county form's columns, as published, and this town's counts
    "警告、通报批评": 4,
    "罚款": 11,
    "没收违法所得、没收非法财物": 1,
    "暂扣许可证件、降低资质等级": 0,
    "吊销许可证件": 0,
    "限制开展生产经营活动": 0,
    "责令停产停业、责令关闭、限制从业": 1,
    "行政拘留": 0,
    "其他行政处罚": 0,
}
LICENSING = {"申请数量": 47, "受理数量": 45, "许可数量": 41, "不予许可数量": 2, "撤销许可数量": 1}
# 表三 in the national form's layout: the measures' kinds and the executions' kinds, each group under its own merged
# title and closed by its own 合计, then the applications to a court.
COERCION_MEASURES = {"查封场所、设施或者财物": 2, "扣押财物": 1, "冻结存款、汇款": 0, "其他行政强制措施": 0}
COERCION_EXECUTIONS = {
    "加处罚款或者滞纳金": 0,
    "划拨存款、汇款": 0,
    "拍卖或者依法处理查封、扣押的场所、设施或者财物": 0,
    "排除妨碍、恢复原状": 0,
    "代履行": 1,
    "其他强制执行": 0,
}
COURT_APPLICATIONS = 0  # 申请法院强制执行数量（宗）
OTHER_ACTS = {  # 表四's columns → the figure each counts
    "行政征收次数": ("enforcement.levy", 0),
    "行政检查次数": ("enforcement.inspection", 58),
    "行政确认次数": ("enforcement.confirmation", 12),
    "行政给付次数": ("enforcement.payment", 6),
    "行政裁决次数": ("enforcement.adjudication", 0),
    "行政奖励次数": ("enforcement.award", 1),
    "其他行政执法行为次数": ("enforcement.other", 2),
}


def annual_report_tables_enforcement(built: Built) -> None:
    width = len(PENALTY_KINDS) + 2
    sheet = Sheet("数据表")
    sheet.title(f"{TOWN}{YEAR}年度行政执法数据表", width)
    sheet.add(f"填报单位：{TOWN}人民政府（综合行政执法办公室）", *([None] * (width - 1)))

    # 表一: the penalties, the kinds under a merged 行政处罚实施数量（宗）, then 合计（宗） and 罚没金额（万元）.
    sheet.add("表一", *([None] * (width - 1)))
    sheet.title(f"{TOWN}{YEAR}年度行政处罚实施情况统计表", width)
    penalties = sum(PENALTY_KINDS.values())
    sheet.header(
        [["行政处罚实施数量（宗）", *([None] * (width - 2)), "罚没金额（万元）"], [*PENALTY_KINDS, "合计（宗）", None]],
        merges=[(1, 1, 1, width - 1), (1, width, 2, width)],
    )
    sheet.add(*PENALTY_KINDS.values(), penalties, 2.86)
    sheet.add(
        "说明：1.行政处罚实施数量的统计范围为统计年度1月1日至12月31日期间作出行政处罚决定的数量。",
        *([None] * (width - 1)),
    )
    sheet.add("2.并处两种以上行政处罚的，算一宗行政处罚，计入最重的行政处罚类别。", *([None] * (width - 1)))
    sheet.add(*([None] * width))

    # 表二: licensing — applications, acceptances, decisions to licence and to refuse, revocations.
    sheet.add("表二", *([None] * (width - 1)))
    sheet.title(f"{TOWN}{YEAR}年度行政许可实施情况统计表", width)
    sheet.header([["行政许可实施数量（宗）", None, None, None, None], list(LICENSING)], merges=[(1, 1, 1, 5)])
    sheet.add(*LICENSING.values())
    sheet.add(
        "说明：1.“申请数量”的统计范围为统计年度1月1日至12月31日期间许可机关收到当事人许可申请的数量。",
        *([None] * (width - 1)),
    )
    sheet.add("2.“受理数量”“许可数量”“不予许可数量”“撤销许可数量”的统计范围为统计年度1月1日至12月31日期间许可机关作出受理决定、"
              "许可决定、不予许可决定和撤销许可决定的数量。", *([None] * (width - 1)))  # fmt: skip
    sheet.add(*([None] * width))

    # 表三: coercion.
    sheet.add("表三", *([None] * (width - 1)))
    sheet.title(f"{TOWN}{YEAR}年度行政强制实施情况统计表", width)
    m, e = len(COERCION_MEASURES) + 1, len(COERCION_EXECUTIONS) + 1
    sheet.header(
        [
            ["行政强制措施实施数量（宗）", *([None] * (m - 1)), "行政强制执行实施数量（宗）", *([None] * (e - 1)),
             "申请法院强制执行数量（宗）"],
            [*COERCION_MEASURES, "合计", *COERCION_EXECUTIONS, "合计", None],
        ],
        merges=[(1, 1, 1, m), (1, m + 1, 1, m + e), (1, m + e + 1, 2, m + e + 1)],
    )  # fmt: skip
    measures, executions = sum(COERCION_MEASURES.values()), sum(COERCION_EXECUTIONS.values())
    sheet.add(*COERCION_MEASURES.values(), measures, *COERCION_EXECUTIONS.values(), executions, COURT_APPLICATIONS)
    sheet.add(*([None] * width))

    # 表四: the other acts, one 次数 column each.
    sheet.add("表四", *([None] * (width - 1)))
    sheet.title(f"{TOWN}{YEAR}年度其他行政执法行为实施情况统计表", width)
    sheet.header([list(OTHER_ACTS)])
    sheet.add(*(n for _, n in OTHER_ACTS.values()))
    sheet.add("说明：“行政检查次数”的统计范围为统计年度内开展行政检查的次数，检查1个检查对象、有完整检查记录的，计为检查1次。",
              *([None] * (width - 1)))  # fmt: skip
    sheet.add("填表人：", None, None, "审核人：", None, None, "填报日期：2025年1月10日", None, None, None, None)
    built.books.append(Book(ENFORCEMENT_FILE, [sheet], fmt="biff"))

    licensing = LICENSING["许可数量"] + LICENSING["不予许可数量"]
    coercion = sum(COERCION_MEASURES.values()) + sum(COERCION_EXECUTIONS.values()) + COURT_APPLICATIONS
    counts = {"enforcement.penalty": penalties, "enforcement.licensing": licensing, "enforcement.coercion": coercion}
    counts.update({figure: n for figure, n in OTHER_ACTS.values()})
    counts["enforcement.cases"] = sum(counts.values())
    built.ledgers["enforcement"] = Stats(counts)
    f = tuple(counts)
    built.quirk("statistics_form_only", ENFORCEMENT_FILE, "数据表", f,
                "执法只有年报数据表：四张小表上下排在一张表里（表一 处罚、表二 许可、表三 强制、表四 其他执法行为），各有表名和说明")  # fmt: skip
    built.quirk("annual_report_one_table_per_category", ENFORCEMENT_FILE, "数据表", f,
                "每类一张表，类别只在表名里（行政处罚实施情况统计表…），列是该类的细项：处罚取 合计（宗），其他行为取各 …次数")  # fmt: skip
    built.quirk("licensing_applications_beside_decisions", ENFORCEMENT_FILE, "数据表", "enforcement.licensing",
                "许可表 申请数量/受理数量/许可数量/不予许可数量/撤销许可数量：许可件数是当年作出的许可决定和不予许可决定（41+2），"
                "不是申请数、受理数，撤销许可是对旧证的另一行为")  # fmt: skip
    built.quirk("two_groups_each_with_its_total", ENFORCEMENT_FILE, "数据表", ("enforcement.coercion", "enforcement.cases"),
                "强制表两组细项：行政强制措施实施数量（宗）下 查封/扣押/冻结/其他 和 合计，行政强制执行实施数量（宗）下 加处罚款…代履行/其他 和 合计："
                "行政强制件数是两个合计之和（3+1），不是第一个合计")  # fmt: skip
    built.quirk("biff_xls", ENFORCEMENT_FILE, "数据表", f, "Excel 97-2003 格式（BIFF8 复合文档）")


# --- 人民调解: a provincial platform's export (HTML as .xls) beside the 司法所's statistics form (.et) -------------------

MEDIATION_FILE = f"{TOWN}人民调解案件列表_导出20250108.xls"
FORM_FILE = f"{TOWN}司法所{YEAR}年人民调解工作统计表.et"
MEDIATION_TYPES = ("婚姻家庭纠纷", "邻里纠纷", "房屋宅基地纠纷", "山林土地纠纷", "损害赔偿纠纷", "劳动争议纠纷")
STATES = {"调解成功": 8, "调解失败": 1.2, "调解中": 0.6, "已撤回": 0.5, "不予受理": 0.3}
TRUTH_RESULT = {
    "调解成功": "调解成功",
    "调解失败": "调解不成功",
    "已撤回": "调解不成功",
    "调解中": "调解中",
    "不予受理": None,
}
RATES = {"口头": 50, "书面": 150}  # the county's example standard: 口头 50 元, 书面 150 元


def platform_export_and_office_form_mediation(built: Built, rng: random.Random) -> None:
    sheet = Sheet("案件列表")
    head = ["序号", "案件编号", "纠纷类型", "申请人", "被申请人", "受理时间", "调解组织", "调解员", "调解状态", "协议类型",
            "结案时间"]  # fmt: skip
    sheet.add("查询条件：受理时间 2023-12-01 至 2024-12-31；所属司法所：杉木镇司法所", *([None] * (len(head) - 1)))
    sheet.merges.append((1, 1, 1, len(head)))
    sheet.header([head])
    records = []
    days = [dt.date(YEAR - 1, 12, 14), dt.date(YEAR - 1, 12, 27), *fake.dates_in(rng, YEAR, 34)]
    by_committee: dict[str, list[tuple[str, str | None]]] = {c: [] for c in COMMITTEES}
    for n, day in enumerate(days, start=1):
        case_no = f"TJ{day.year}{day.month:02d}{n:04d}"
        state = fake.pick(rng, STATES)
        form = rng.choice(["口头", "口头", "书面"]) if state == "调解成功" else None
        committee = rng.choice(COMMITTEES)
        moment = dt.datetime(day.year, day.month, day.day, rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59))
        # The platform's exporter writes a Java timestamp (…:33.0) for records migrated from the old system.
        accepted = f"{moment:%Y-%m-%d %H:%M:%S}" + (".0" if n % 4 == 0 else "")
        closed = day + dt.timedelta(days=rng.randint(2, 20)) if state in ("调解成功", "调解失败", "已撤回") else None
        sheet.add(n, case_no, rng.choice(MEDIATION_TYPES), fake.name(rng), fake.name(rng), accepted, committee,
                  fake.name(rng), state, f"{form}协议" if form else "无", f"{closed:%Y-%m-%d}" if closed else "")  # fmt: skip
        subsidy = RATES[form] if form else None
        if TRUTH_RESULT[state] is not None:
            records.append({"file_no": case_no, "accepted_on": day, "result": TRUTH_RESULT[state], "form": form,
                            "subsidy": subsidy})  # fmt: skip
        if day.year == YEAR:
            by_committee[committee].append((state, form))
    built.books.append(Book(MEDIATION_FILE, [sheet], fmt="html-xls"))

    # The 司法所's year form: a row per committee, the cases it took, those settled (oral / written), the subsidy paid.
    form = Sheet("统计表")
    # 协议形式 merged over 口头（件） and 书面（件）, the other titles merged down the header's two rows.
    cols = ["调解组织", "受理纠纷（件）", "调解成功（件）", "协议形式", None, "调解不成功（件）", "以案定补金额（元）"]
    form.title(f"{TOWN}司法所{YEAR}年人民调解工作统计表", len(cols))
    form.add(f"统计时段：{YEAR}年1月1日至{YEAR}年12月31日", None, None, None, None, None, "单位：件、元")
    form.header(
        [cols, [None, None, None, "口头（件）", "书面（件）", None, None]],
        merges=[(1, 4, 1, 5), *[(1, c, 2, c) for c in (1, 2, 3, 6, 7)]],
    )
    totals = [0] * 6
    for committee, cases in by_committee.items():
        taken = sum(1 for s, _ in cases if s != "不予受理")
        done = [f for s, f in cases if s == "调解成功"]
        oral, written = done.count("口头"), done.count("书面")
        failed = sum(1 for s, _ in cases if s in ("调解失败", "已撤回"))
        paid = oral * RATES["口头"] + written * RATES["书面"]
        row = [taken, len(done), oral, written, failed, paid]
        totals = [a + b for a, b in zip(totals, row)]
        form.add(committee, *row)
    form.add("合计", *totals)
    form.add("填表人：", None, "审核人：", None, "填报日期：2025年1月6日", None, None)
    built.books.append(Book(FORM_FILE, [form], fmt="biff"))

    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("html_as_xls", MEDIATION_FILE, "案件列表", f, "平台导出的 HTML 表格，扩展名 .xls；表头上方一行查询条件")
    built.quirk("java_timestamp_dates", MEDIATION_FILE, "案件列表", f,
                "受理时间 带秒，旧系统迁移来的记录写成 Java 时间戳 2024-03-05 10:21:33.0；两件 2023 年 12 月受理的不计")  # fmt: skip
    built.quirk("platform_states", MEDIATION_FILE, "案件列表", f,
                "调解状态 调解成功/调解失败/调解中/已撤回/不予受理，协议类型 口头协议/书面协议/无")  # fmt: skip
    built.quirk("subsidy_only_in_office_form", FORM_FILE, "统计表", "mediation.subsidy_yuan",
                "平台导出没有补贴列；司法所的人民调解工作统计表（WPS .et，按调委会一行）写明以案定补金额：补贴取自统计表")  # fmt: skip
    built.quirk("aggregate_vs_records", FORM_FILE, "统计表", f,
                "同一类既有平台导出的案件又有司法所统计表：件数以记录为准，与统计表一致")  # fmt: skip
    built.quirk("agreement_forms_under_one_title", FORM_FILE, "统计表", ("mediation.oral", "mediation.written"),
                "统计表 协议形式 合并在 口头（件）、书面（件）之上：口头协议、书面协议件数取自这两列（平台导出缺失时）")  # fmt: skip
    built.quirk("wps_et", FORM_FILE, "统计表", f, "WPS 表格 .et 文件")


# --- 矛盾纠纷: a Word register, and a table by village under it in the same document --------------------------------------

DISPUTES_FILE = f"{TOWN}{YEAR}年矛盾纠纷排查化解登记表.docx"
DISPUTE_TYPES = ("邻里纠纷", "婚姻家庭纠纷", "山林土地纠纷", "房屋宅基地纠纷", "损害赔偿纠纷", "劳资纠纷")
DISPUTE_STATES = {"已化解": 8, "化解中": 1.2, "未化解": 0.6}
TYPED_STATE = {"已化解": ("已化解", "调解成功", "达成和解"), "化解中": ("正在化解", "跟进中"), "未化解": ("未化解",)}


def word_register_with_village_table_disputes(built: Built, rng: random.Random) -> None:
    sheet = Sheet(f"{TOWN}{YEAR}年矛盾纠纷排查化解登记表")
    sheet.doc_before = [f"{TOWN}综治中心", "（矛盾纠纷多元化解工作台账之一）"]
    sheet.header(
        [["序号", "登记编号", "排查日期", "村（社区）", "纠纷类型", "纠纷当事人", "化解情况", "化解日期", "责任人"]]
    )
    records = []
    by_village: dict[str, list[int]] = {v: [0, 0] for v in VILLAGES}
    for n, day in enumerate(fake.dates_in(rng, YEAR, 41), start=1):
        state = fake.pick(rng, DISPUTE_STATES)
        village = rng.choice(VILLAGES)
        resolved_on = day + dt.timedelta(days=rng.randint(1, 25)) if state == "已化解" else None
        sheet.add(n, f"SMJF-{YEAR}-{n:03d}", f"{day.year}年{day.month}月{day.day}日", village, rng.choice(DISPUTE_TYPES),
                  f"{fake.name(rng)}与{fake.name(rng)}", rng.choice(TYPED_STATE[state]),
                  f"{resolved_on.month}月{resolved_on.day}日" if resolved_on else "", fake.name(rng))  # fmt: skip
        records.append({"screened_on": day, "status": state})
        by_village[village][0] += 1
        by_village[village][1] += state == "已化解"
    sheet.doc_after = ["填表人：　　　　审核人：　　　　填报日期：2025年1月6日"]
    table = Sheet(f"{TOWN}{YEAR}年矛盾纠纷排查化解情况统计表（按村（社区））")
    table.header([["村（社区）", "排查数（件）", "化解数（件）", "化解率"]])
    for village, (screened, resolved) in by_village.items():
        table.add(village, screened, resolved, f"{resolved / screened:.1%}" if screened else "—")
    total_s = sum(v[0] for v in by_village.values())
    total_r = sum(v[1] for v in by_village.values())
    table.add("合计", total_s, total_r, f"{total_r / total_s:.1%}")
    built.books.append(Book(DISPUTES_FILE, [sheet, table], fmt="docx"))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("word_table", DISPUTES_FILE, sheet.name, f, "登记表是 Word 文档里的表格，表名是表格上方的段落")
    built.quirk("resolved_date_without_year", DISPUTES_FILE, sheet.name, f,
                "化解日期 只写 3月8日（年份在排查日期里）；化解情况 已化解/调解成功/达成和解/正在化解/跟进中/未化解")  # fmt: skip
    built.quirk("aggregate_vs_records", DISPUTES_FILE, table.name, f,
                "同一文档第二张表按村统计排查数、化解数、化解率：与登记表一致，以记录为准")  # fmt: skip
