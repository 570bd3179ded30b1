"""竹溪乡（虚构）2023: the seventh development town, from public templates and platform exports none of the other
six used.

Disputes as the 综治中心 platform's event export (a WPS xlsx with 筛选 buttons and frozen panes: 事件编号, 事件来源
网格员上报 / 群众来访 / 12345热线 / 解纷码, 一级分类 / 二级分类, 所属网格, 上报时间 with the clock time, 办理时限,
办结时间, 超期状态 正常/超期 beside 事件状态 已办结/已归档/办理中/待签收, one event reported in December 2022);
petitions as the 信访 "事要解决" 台账 (来源 县信访局交办 / 市信访局交办 / 本级受理, 责任单位, 包案领导, 办理时限 a
date, 办理情况 merged over 办结日期 / 是否按期办结 / 化解情况); the counsel's "一村一法律顾问" 工作台账, one sheet
per village (一村一卷), 服务方式 (坐班值守 / 电话咨询 / 微信咨询 / 上门服务) beside 服务内容; mediation only as the
司法所 工作统计月报表, one sheet per month with 本月 and 本年累计 columns, whose 开展矛盾纠纷排查（次） counts
screening rounds, not disputes; disclosure as the portal's publication export, a GB18030 CSV with a preamble
(导出时间, 查询条件) and a 共N条记录 footer; enforcement as the 行政执法"三项制度"公示台账 (事前公示: the officers
and their 执法证号 per category, not decisions; 事后公示: the decisions; 重大执法决定法制审核: some of the same
decisions again); litigation with 开庭时间 to the minute; the fraud watch list per village under a two-row header.
Three files are not ledgers: the 行政执法人员持证情况一览表 (a roster with 执法类别 and 发证日期), the 行政执法
案卷评查结果 (case files evaluated, two of them of 2022) and the "八五"普法责任清单 (a list of duties with 普法对象
法律明白人). No training, security or normative-document ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "竹溪乡"
YEAR = 2023
GOV = "竹溪乡人民政府"
VILLAGES = ("竹溪社区", "桐木村", "岩脚村", "白果村", "河坝村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
# tests/test_devtowns.py holds the engine to exactly these. (The 11 enforcement figures were here
# until a sheet recognised as another document, 事前公示, stopped leaving its file's kind incomplete.)
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    platform_export_disputes(built, rng)
    on_time_register_petitions(built, rng)
    village_files_counsel(built, rng)
    monthly_report_mediation(built, rng)
    csv_preamble_disclosure(built, rng)
    three_systems_register_enforcement(built, rng)
    minute_hearings_litigation(built, rng)
    two_row_header_fraud_watch(built, rng)
    officer_roster_not_a_ledger(built, rng)
    file_review_not_a_ledger(built, rng)
    duty_list_not_a_ledger(built, rng)
    for kind in ("training", "security", "normative_documents"):
        built.ledgers[kind] = Null("竹溪乡没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", ("training.*", "security.*", "normative_documents.*"))
    return built


def _at(d: dt.date, rng: random.Random) -> str:
    return f"{d:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


# --- 矛盾纠纷: the 综治中心 platform's event export --------------------------------------------------------

EVENT_SOURCES = ("网格员上报", "网格员上报", "群众来访", "12345热线", "解纷码")
EVENT_TYPES = ("邻里纠纷", "婚姻家庭纠纷", "山林土地纠纷", "劳务纠纷", "损害赔偿纠纷", "物业纠纷")
# 事件状态 → canonical status, weight. 已归档: closed and filed after 办结.
EVENT_STATES = {"已办结": ("已化解", 6), "已归档": ("已化解", 2), "办理中": ("化解中", 1), "待签收": ("化解中", 0.3)}


def platform_export_disputes(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}矛盾纠纷事件导出_{YEAR + 1}0108.xlsx"
    head = [
        "序号",
        "事件编号",
        "事件标题",
        "事件来源",
        "一级分类",
        "二级分类",
        "所属网格",
        "村社名称",
        "上报时间",
        "办理时限",
        "办结时间",
        "超期状态",
        "事件状态",
        "处置部门",
    ]
    sheet = Sheet("事件列表")
    sheet.header([head])
    days = [dt.date(YEAR - 1, 12, 27), *fake.dates_in(rng, YEAR, 71)]
    records = []
    for n, day in enumerate(days, start=1):
        state = fake.pick(rng, {k: w for k, (_, w) in EVENT_STATES.items()})
        if day.year < YEAR:
            state = "已办结"
        village = rng.choice(VILLAGES)
        done = state in ("已办结", "已归档")
        closed = day + dt.timedelta(days=rng.randint(1, 25))
        deadline = day + dt.timedelta(days=15)
        sheet.add(
            n,
            f"ZX{day:%Y%m%d}{n:04d}",
            rng.choice(["反映邻居占用通道", "反映拖欠务工工资", "反映林地界址不清", "反映家庭赡养矛盾"]),
            rng.choice(EVENT_SOURCES),
            "矛盾纠纷",
            rng.choice(EVENT_TYPES),
            f"{village}第{rng.randint(1, 4)}网格",
            village,
            _at(day, rng),
            f"{deadline:%Y-%m-%d}",
            _at(closed, rng) if done else None,
            "超期" if done and closed > deadline else "正常",
            state,
            rng.choice(["乡综治中心", "乡司法所", "乡派出所", f"{village}村（居）委会"]),
        )
        records.append({"screened_on": day, "status": EVENT_STATES[state][0]})
        if state in ("办理中", "待签收"):
            sheet.hidden_rows.add(sheet.next_row - 1)  # the filter left on 事件状态 = 已办结/已归档
    sheet.autofilter = f"A1:N{len(days) + 1}"
    sheet.freeze = "C2"
    built.books.append(Book(file, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("platform_export", file, "事件列表", f, "综治平台导出：表头在第1行，带筛选按钮和冻结窗格（WPS 导出）")
    built.quirk(
        "hidden_rows",
        file,
        "事件列表",
        f,
        "筛选未取消：事件状态为 办理中、待签收 的行被筛选隐藏，仍是排查到的纠纷",
    )
    built.quirk("near_miss_header", file, "事件列表", f, "事件编号=纠纷编号，上报时间=排查日期，事件状态=化解状态")
    built.quirk(
        "competing_headers",
        file,
        "事件列表",
        f,
        "超期状态（正常/超期）与事件状态（已办结/已归档/办理中/待签收）并列：化解状态在事件状态列",
    )
    built.quirk("value_synonyms", file, "事件列表", f, "已办结、已归档=已化解；办理中、待签收=化解中")
    built.quirk("date_with_clock_time", file, "事件列表", f, "上报时间 2023-03-05 10:21:33")
    built.quirk("prior_year_row", file, "事件列表", f, "第1件 2022年12月27日上报、2023年办结：不计入2023年")


# --- 信访: the "事要解决" 台账 --------------------------------------------------------------------------

PETITION_PLAN = (  # 来源 as typed, canonical source, 化解情况 as typed, canonical status
    ("县信访局交办", "县联办", "已化解", "已化解"),
    ("本级受理", "本级受理", "已化解", "已化解"),
    ("市信访局交办", "市联办", "已化解", "已化解"),
    ("县信访局交办", "县联办", "正在化解", "正在化解"),
    ("本级受理", "本级受理", "已化解", "已化解"),
    ("县信访局交办", "县联办", "已化解", "已化解"),
    ("省信访局交办", "省联办", "正在化解", "正在化解"),
    ("本级受理", "本级受理", "未化解", "未化解"),
    ("县信访局交办", "县联办", "已化解", "已化解"),
)


def on_time_register_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}信访事项“事要解决”台账（{YEAR}年）.xlsx"
    sheet = Sheet("事要解决台账")
    sheet.title(f"{TOWN}{YEAR}年信访事项“事要解决”工作台账", 12)
    sheet.add(f"填报单位：{TOWN}信访办", None, None, None, None, None, None, None, None, None, "单位：件")
    sheet.header(
        [
            [
                "序号",
                "信访件编号",
                "来源",
                "交办日期",
                "信访人",
                "反映问题",
                "责任单位",
                "包案领导",
                "办理时限",
                "办理情况",
                None,
                None,
            ],
            [None, None, None, None, None, None, None, None, None, "办结日期", "是否按期办结", "化解情况"],
        ],
        [(1, c, 2, c) for c in range(1, 10)] + [(1, 10, 1, 12)],
    )
    records = []
    carried = dt.date(YEAR - 1, 12, 12)  # 上年结转: assigned in 2022, still open in 2023
    plan = [(carried, ("县信访局交办", "县联办", "正在化解", "正在化解"))]
    plan += list(zip(fake.dates_in(rng, YEAR, len(PETITION_PLAN)), PETITION_PLAN))
    for n, (day, (typed, source, state, status)) in enumerate(plan, start=1):
        no = f"ZXXF{day.year}{n:03d}"
        deadline = day + dt.timedelta(days=60)
        done = status == "已化解"
        closed = day + dt.timedelta(days=rng.randint(10, 75))
        sheet.add(
            n,
            no,
            typed,
            fake.date_cell(day, "dot"),
            fake.masked(fake.name(rng)),
            rng.choice(["反映征地补偿款未到位", "反映低保评定不公", "反映邻里宅基地争议", "反映拖欠工程款"]),
            rng.choice(["乡综治中心", "乡自然资源所", "乡社会事务办", "乡农业服务中心"]),
            f"副乡长{fake.masked(fake.name(rng))}",
            fake.date_cell(deadline, "dot"),
            fake.date_cell(closed, "dot") if done else None,
            ("是" if closed <= deadline else "否") if done else None,
            state,
        )
        records.append({"petition_no": no, "source": source, "assigned_on": day, "status": status})
    built.books.append(Book(file, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("value_suffixes", file, "事要解决台账", f, "来源 写作 县信访局交办、市信访局交办；本级受理不是上级交办")
    built.quirk(
        "parent_over_ticks",
        file,
        "事要解决台账",
        f,
        "父标题“办理情况”合并在 办结日期 / 是否按期办结 / 化解情况 之上：办理状态在化解情况列",
    )
    built.quirk(
        "competing_headers", file, "事要解决台账", f, "是否按期办结（是/否）不是办理状态；办理时限（日期）不是交办日期"
    )
    built.quirk("prior_year_row", file, "事要解决台账", f, "第1件 2022年12月交办、仍在办理（上年结转）：不计入2023年")


# --- 法律顾问: "一村一法律顾问" 工作台账, a sheet per village -----------------------------------------------

SERVICE_TYPED = {  # 服务内容 as typed → canonical, weight
    "解答法律咨询": ("法律咨询", 5),
    "审查合同": ("文书审核", 2),
    "出具法律意见": ("法律意见书", 1),
    "协助法律援助": ("法律援助", 0.4),
    "举办法治讲座": ("法治讲座", 1),
    "参与调解纠纷": ("参与调解", 1),
}
SERVICE_MODES = ("坐班值守", "电话咨询", "微信咨询", "上门服务")


def village_files_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}“一村一法律顾问”工作台账（{YEAR}年）.xlsx"
    head = ["序号", "服务时间", "服务方式", "服务对象", "服务内容", "服务次数", "办理结果", "顾问签字"]
    sheets = []
    records = []
    for village in VILLAGES:
        sheet = Sheet(village)
        sheet.title(f"{village}“一村一法律顾问”工作台账（{YEAR}年）", len(head))
        sheet.add(f"村（居）法律顾问：某某律师事务所（虚构）　联系村干部：{fake.name(rng)}")
        sheet.header([head])
        for n, day in enumerate(fake.dates_in(rng, YEAR, rng.randint(9, 14)), start=1):
            typed = fake.pick(rng, {k: w for k, (_, w) in SERVICE_TYPED.items()})
            service = SERVICE_TYPED[typed][0]
            qty = rng.choice([1, 1, 2, 3]) if service == "法律咨询" else 1
            sheet.add(
                n,
                fake.date_cell(day, "dot"),
                rng.choice(SERVICE_MODES),
                rng.choice(["村民", "村委会", "村集体经济合作社"]),
                typed,
                (f"{qty}人次" if service == "法律咨询" else None) if qty > 1 or rng.random() < 0.5 else qty,
                rng.choice(["已解答", "已出具书面意见", "已办结"]),
                fake.name(rng),
            )
            records.append({"served_on": day, "service": service, "quantity": qty})
        sheets.append(sheet)
    # The 汇总 the 司法所 asks for: a row per village, a count column per service, no dates.
    shown = ("解答法律咨询", "审查合同", "出具法律意见", "协助法律援助")
    units = {"解答法律咨询": "人次"}
    summary = Sheet("汇总")
    summary.title(f"{YEAR}年“一村一法律顾问”服务情况汇总表", len(shown) + 1)
    summary.header([["村（社区）", *(f"{t}（{units.get(t, '件')}）" for t in shown)]])
    first = summary.next_row
    for village, sheet in zip(VILLAGES, sheets):
        per = {t: 0 for t in shown}
        for row in sheet.rows:
            if len(row) > 5 and row[4] in per:
                cell = row[5]
                per[row[4]] += 1 if cell is None else int(str(cell).rstrip("人次"))
        summary.add(village, *(per[t] for t in shown))
    last = summary.next_row - 1
    cached = [sum(summary.rows[r - 1][k + 1] for r in range(first, last + 1)) for k in range(len(shown))]
    summary.add("合计", *(Formula(f"SUM({c}{first}:{c}{last})", v) for c, v in zip("BCDE", cached)))
    sheets.append(summary)
    built.books.append(Book(file, sheets))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("sheet_per_village", file, "各村", f, "一村一卷：每村一张表，序号每表从1起")
    built.quirk(
        "competing_headers",
        file,
        "各村",
        f,
        "服务方式（坐班值守/电话咨询/微信咨询/上门服务）与服务内容并列：类型在服务内容列，电话咨询不是法律咨询的件数",
    )
    built.quirk("units_in_quantity", file, "各村", f, "服务次数 写作 2人次，或空（=1）")
    built.quirk(
        "summary_per_village",
        file,
        "汇总",
        f,
        "各村工作表之后有“汇总”：每村一行、每项服务一列计数、没有日期（年份只在标题）：是汇总表，不是按日期的记录，不得再加一遍",
    )


# --- 人民调解: only the 司法所工作统计月报表 -------------------------------------------------------------

REPORT_ROWS = (  # 项目, 单位, key
    ("一、人民调解", None, None),
    ("开展矛盾纠纷排查（次）", "次", "rounds"),
    ("受理调解纠纷", "件", "accepted"),
    ("调解成功", "件", "success"),
    ("其中：口头协议", "件", "oral"),
    ("书面协议", "件", "written"),
    ("涉及金额", "万元", "amount"),
    ("二、法律援助", None, None),
    ("受理法律援助案件", "件", "aid"),
    ("三、社区矫正", None, None),
    ("在册社区矫正对象", "人", "corrections"),
    ("四、法治宣传", None, None),
    ("开展法治宣传活动", "次", "publicity"),
)


def monthly_report_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}司法所{YEAR}年工作统计月报表.xlsx"
    sheets = []
    totals = {key: 0 for _, _, key in REPORT_ROWS if key}
    for month in range(1, 13):
        oral, written = rng.randint(2, 6), rng.randint(0, 3)
        month_counts = {
            "rounds": rng.randint(2, 4),
            "oral": oral,
            "written": written,
            "success": oral + written,
            "accepted": oral + written + rng.randint(0, 2),
            "amount": round(rng.uniform(0.5, 6), 1),
            "aid": rng.randint(0, 2),
            "publicity": rng.randint(1, 3),
        }
        corrections = rng.randint(3, 6)
        sheet = Sheet(f"{month}月")
        sheet.title(f"{TOWN}司法所工作统计月报表（{YEAR}年{month}月）", 4)
        sheet.add(f"填报单位：{TOWN}司法所（盖章）", None, "填报日期：", f"{YEAR}年{month}月28日")
        sheet.header([["项目", "单位", "本月", "本年累计"]])
        for label, unit, key in REPORT_ROWS:
            if key is None:
                sheet.add(label, None, None, None)
                continue
            if key == "corrections":
                sheet.add(label, unit, corrections, corrections)
                continue
            totals[key] = round(totals[key] + month_counts[key], 1)
            r = sheet.next_row
            # From March on the 本年累计 column is a formula on the month before.
            cum = Formula(f"'{month - 1}月'!D{r}+C{r}", totals[key]) if month >= 3 and key != "amount" else totals[key]
            sheet.add(label, unit, month_counts[key], cum)
        sheet.add("填表人：", None, "审核人：", None)
        sheets.append(sheet)
    # The office keeps the year's summary beside the months: the year, once more.
    summary = Sheet("全年汇总")
    summary.title(f"{TOWN}司法所{YEAR}年工作统计（全年汇总）", 3)
    summary.header([["项目", "单位", "全年合计"]])
    for label, unit, key in REPORT_ROWS:
        if key is None:
            summary.add(label, None, None)
        elif key != "corrections":
            summary.add(label, unit, Formula(f"SUM('1月:12月'!C{summary.next_row + 1})", totals[key]))
    sheets.append(summary)
    built.books.append(Book(file, sheets))
    built.ledgers["mediation"] = Stats(
        {"mediation.cases": totals["success"], "mediation.oral": totals["oral"], "mediation.written": totals["written"]}
    )
    built.overrides["mediation.subsidy_yuan"] = Null("月报表没有以案定补金额（涉及金额是纠纷标的，不是补贴）")
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk(
        "statistics_form_only",
        file,
        "1月…12月",
        f,
        "人民调解只有司法所月报表：全年数取 12月 的“本年累计”列（不是各月本年累计相加）",
    )
    built.quirk("subset_column", file, "各月", f, "调解成功 下“其中：口头协议”“书面协议”两行")
    built.quirk(
        "not_disputes_screened",
        file,
        "各月",
        ("disputes.screened",),
        "开展矛盾纠纷排查（次）是排查次数，不是排查出的纠纷件数；纠纷件数以综治平台导出的事件为准",
    )
    built.quirk("formula_cached_values", file, "3月…12月", f, "本年累计 ='上月'!D5+C5 跨表公式，带缓存值")
    built.quirk(
        "year_summary_beside_months",
        file,
        "全年汇总",
        f,
        "12 张月报之后还有一张“全年汇总”（全年合计，三维 SUM 公式）：全年数只计一次，不是各月与汇总相加",
    )
    built.quirk("section_lines", file, "各月", f, "表头下一行即“一、人民调解”，其下各行属人民调解；二、法律援助 …")
    built.quirk(
        "no_amount_column", file, "各月", "mediation.subsidy_yuan", "涉及金额（万元）是标的额，不是补贴：补贴为 null"
    )


# --- 政务公开: the portal's export, a GB18030 CSV with a preamble -------------------------------------------

COLUMNS = ("通知公告", "政策文件", "财政预决算", "民生保障", "工作动态")


def csv_preamble_disclosure(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}政务公开信息发布记录（导出）.csv"
    sheet = Sheet("发布记录")
    sheet.add("政务公开信息发布记录")
    sheet.add(f"导出时间：{YEAR + 1}-01-08 09:30:12")
    sheet.add(f"查询条件：发布日期 {YEAR}-01-01 至 {YEAR}-12-31；站点：{TOWN}人民政府；栏目：全部")
    sheet.add()
    sheet.add("序号", "标题", "所属栏目", "发布渠道", "公开方式", "发布日期", "发布人", "浏览次数")
    records = []
    days = fake.dates_in(rng, YEAR, 52)
    for n, day in enumerate(days, start=1):
        kind = "依申请公开" if n in (14, 40) else ("媒体发布" if n % 6 == 0 else "主动公开")
        typed = {"主动公开": "主动公开", "依申请公开": "依申请公开", "媒体发布": "新闻宣传"}[kind]
        column = "工作动态" if kind == "媒体发布" else rng.choice(COLUMNS[:4])
        sheet.add(
            n,
            rng.choice(
                [
                    "竹溪乡开展森林防火宣传",
                    "关于做好城乡居民医保参保缴费的通知",
                    "竹溪乡财政预算公开",
                    "低保资金发放公示",
                ]
            ),
            column,
            "县融媒体中心" if kind == "媒体发布" else rng.choice(["政府网站", "微信公众号"]),
            typed,
            f"{day.year}/{day.month}/{day.day} {rng.randint(8, 18)}:{rng.randint(0, 59):02d}",
            fake.name(rng),
            rng.randint(20, 900),
        )
        records.append({"published_on": day, "type": kind})
    sheet.add(f"共 {len(days)} 条记录")
    built.books.append(Book(file, [sheet], fmt="csv-gb18030"))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk(
        "csv_gb18030_preamble", file, "（CSV）", f, "GB18030 编码；表头前有标题、导出时间、查询条件三行和一空行"
    )
    built.quirk("count_footer", file, "（CSV）", f, "末行“共 52 条记录”：不是记录")
    built.quirk("value_synonyms", file, "（CSV）", f, "公开方式 新闻宣传=媒体发布")
    built.quirk("date_with_clock_time", file, "（CSV）", f, "发布日期 2023/3/5 14:22")


# --- 行政执法: the 行政执法"三项制度"公示台账 ------------------------------------------------------------------

ENF_PLAN = (  # category, prefix, how many
    ("行政许可", "竹许", 9),
    ("行政检查", "竹检", 16),
    ("行政处罚", "竹罚决", 5),
    ("行政确认", "竹确", 6),
)


def three_systems_register_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年行政执法“三项制度”公示台账.xlsx"
    before = Sheet("事前公示")
    head = ["序号", "执法主体", "执法人员", "执法证号", "执法类别", "执法依据", "公示载体"]
    before.title("行政执法事前公示信息（执法主体、人员、职责）", len(head))
    before.header([head])
    for n, category in enumerate(["行政许可", "行政检查", "行政处罚", "行政确认", "行政检查", "行政处罚"], start=1):
        before.add(
            n,
            GOV,
            fake.name(rng),
            f"99{rng.randint(100000, 999999)}",
            category,
            rng.choice(["《中华人民共和国城乡规划法》", "《中华人民共和国森林法》", "《社会救助暂行办法》"]),
            "乡政府网站、公示栏",
        )
    after = Sheet("事后公示")
    head = ["序号", "执法决定文书号", "执法类别", "事项名称", "行政相对人", "执法决定日期", "公示日期", "公示载体"]
    after.title(f"{TOWN}{YEAR}年行政执法决定信息公示（事后公示）", len(head))
    after.add(f"公示单位：{GOV}", None, None, None, None, "公示期限：", "7个工作日")
    after.header([head])
    records = []
    plan: list[tuple[str, str, dt.date]] = [("行政许可", f"竹许〔{YEAR - 1}〕12号", dt.date(YEAR - 1, 12, 28))]
    for category, prefix, count in ENF_PLAN:
        for k, day in enumerate(fake.dates_in(rng, YEAR, count), start=1):
            plan.append((category, f"{prefix}〔{YEAR}〕{k}号", day))
    plan.sort(key=lambda p: p[2])
    for n, (category, no, day) in enumerate(plan, start=1):
        published = day + dt.timedelta(days=rng.randint(2, 7))
        after.add(
            n,
            no,
            category,
            rng.choice(["乡村建设规划许可", "燃气安全检查", "违规焚烧秸秆", "低保对象认定", "森林防火检查"]),
            fake.masked(fake.name(rng)),
            fake.date_cell(day, "date"),
            fake.date_cell(published, "date"),
            "乡政府网站",
        )
        records.append({"case_no": no, "category": category, "decided_on": day})
    review = Sheet("重大执法决定法制审核")
    head = ["序号", "执法决定文书号", "执法类别", "审核日期", "审核人员", "审核意见"]
    review.title("重大行政执法决定法制审核登记", len(head))
    review.header([head])
    big = [p for p in plan if p[0] == "行政处罚" and p[2].year == YEAR][:3]
    for n, (category, no, day) in enumerate(big, start=1):
        review.add(n, no, category, fake.date_cell(day - dt.timedelta(days=2), "date"), fake.name(rng), "同意")
    built.books.append(Book(file, [before, after, review]))
    built.ledgers["enforcement"] = records
    f = (
        "enforcement.cases",
        "enforcement.licensing",
        "enforcement.inspection",
        "enforcement.penalty",
        "enforcement.confirmation",
    )
    built.quirk(
        "officers_table_not_records",
        file,
        "事前公示",
        f,
        "事前公示 列的是执法人员、执法证号和执法类别：不是执法决定，不计入",
    )
    built.quirk(
        "review_register_not_cases",
        file,
        "重大执法决定法制审核",
        f,
        "法制审核登记是另一份文书，只列经审核的重大决定（这里 3 件，已在事后公示中）：不计入案件",
    )
    built.quirk(
        "competing_dates",
        file,
        "事后公示",
        f,
        "执法决定日期 与 公示日期 并列：年份按决定日期；2022年12月28日决定、2023年1月公示的一件不计入",
    )
    built.quirk("near_miss_header", file, "事后公示", f, "执法决定文书号=案件编号，执法决定日期=决定日期")


# --- 行政应诉 ------------------------------------------------------------------------------------------


def minute_hearings_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政应诉案件台账（{YEAR}年）.xlsx"
    sheet = Sheet("应诉台账")
    head = ["序号", "案号", "原告", "被告", "案由", "开庭时间", "出庭应诉负责人", "负责人是否出庭", "审理结果"]
    sheet.title(f"{TOWN}{YEAR}年行政应诉案件台账", len(head))
    sheet.header([head])
    plan = (
        (f"（{YEAR}）黔9906行初33号", dt.datetime(YEAR, 3, 21, 9, 30), True, "驳回诉讼请求"),
        (f"（{YEAR}）黔9906行初87号", dt.datetime(YEAR, 7, 12, 14, 30), False, "撤诉"),
        (f"（{YEAR}）黔99行终41号", dt.datetime(YEAR, 10, 18, 10, 0), True, "驳回上诉，维持原判"),
    )
    records = []
    for n, (no, when, appeared, result) in enumerate(plan, start=1):
        sheet.add(
            n,
            no,
            fake.masked(fake.name(rng)),
            GOV,
            rng.choice(["林地确权", "行政强制拆除", "政府信息公开"]),
            f"{when.year}年{when.month}月{when.day}日{when.hour}:{when.minute:02d}",
            f"乡长{fake.masked(fake.name(rng))}" if appeared else "委托律师",
            "是" if appeared else "否（委托代理人出庭）",
            result,
        )
        records.append({"case_no": no, "heard_on": when.date(), "appeared": appeared})
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("date_with_clock_time", file, "应诉台账", f, "开庭时间 写作 2023年3月21日9:30")
    built.quirk("value_qualifiers", file, "应诉台账", f, "否（委托代理人出庭）")


# --- 涉诈: the list per village under a two-row header ---------------------------------------------------


def two_row_header_fraud_watch(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}涉诈高危人员动态管控台账.xlsx"
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员动态管控台账（截至{YEAR}年12月31日）", 9)
    sheet.header(
        [
            ["序号", "基本信息", None, None, None, "管控情况", None, None, "备注"],
            [None, "姓名", "身份证号", "联系电话", "户籍地", "管控状态", "是否取得联系", "核减日期", None],
        ],
        [(1, 1, 2, 1), (1, 2, 1, 5), (1, 6, 1, 8), (1, 9, 2, 9)],
    )
    records = []
    plan = ["在控"] * 7 + ["已核减"] * 4
    for n, status in enumerate(plan, start=1):
        contacted = status == "在控" and n not in (3, 6)
        removed = fake.dates_in(rng, YEAR, 1)[0] if status == "已核减" else None
        sheet.add(
            n,
            fake.name(rng),
            fake.id_number(rng),
            fake.mobile(rng),
            rng.choice(VILLAGES),
            status,
            ("是" if contacted else "否") if status == "在控" else None,
            fake.date_cell(removed, "cn") if removed else None,
            "持合法出入境手续" if status == "已核减" else None,
        )
        records.append({"status": "在册" if status == "在控" else "已核减", "contacted": contacted})
    built.books.append(Book(file, [sheet]))
    built.ledgers["fraud_watch"] = records
    f = ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted")
    built.quirk("header_two_rows", file, "管控台账", f, "基本信息 / 管控情况 合并在各列之上")
    built.quirk("value_synonyms", file, "管控台账", f, "在控=在册")


# --- files that are not ledgers ---------------------------------------------------------------------------


def officer_roster_not_a_ledger(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政执法人员持证情况一览表.xlsx"
    sheet = Sheet("持证人员")
    head = ["序号", "姓名", "工作单位", "执法证号", "执法类别", "执法区域", "发证日期", "有效期至"]
    sheet.title(f"{TOWN}行政执法人员持证情况一览表（{YEAR}年12月）", len(head))
    sheet.header([head])
    for n in range(1, 13):
        issued = fake.dates_in(rng, YEAR, 1)[0] if n % 3 else dt.date(YEAR - 2, 6, 15)
        sheet.add(
            n,
            fake.name(rng),
            GOV,
            f"99{rng.randint(100000, 999999)}",
            rng.choice(["行政处罚、行政检查", "行政许可", "行政检查", "行政确认"]),
            f"{TOWN}行政区域",
            fake.date_cell(issued, "date"),
            fake.date_cell(dt.date(issued.year + 5, issued.month, issued.day), "date"),
        )
    built.books.append(Book(file, [sheet]))
    built.quirk(
        "not_a_ledger",
        file,
        "持证人员",
        ("enforcement.cases",),
        "执法人员名册（执法证号、执法类别、发证日期）：不是执法案件，不计入任何数",
    )


def file_review_not_a_ledger(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年行政执法案卷评查结果.xlsx"
    sheet = Sheet("评查结果")
    head = ["序号", "案卷编号", "案件名称", "执法类别", "承办人", "评查日期", "评查得分", "评查等次"]
    sheet.title(f"{TOWN}{YEAR}年度行政执法案卷评查结果一览表", len(head))
    sheet.header([head])
    files = [f"竹罚决〔{YEAR - 1}〕{k}号" for k in (4, 9)] + [f"竹许〔{YEAR}〕{k}号" for k in (2, 5)]
    for n, no in enumerate(files, start=1):
        score = rng.randint(78, 96)
        sheet.add(
            n,
            no,
            rng.choice(["违规焚烧秸秆案", "乡村建设规划许可"]),
            "行政处罚" if "罚" in no else "行政许可",
            fake.name(rng),
            fake.date_cell(dt.date(YEAR, 11, 16), "date"),
            score,
            "优秀" if score >= 90 else "合格",
        )
    built.books.append(Book(file, [sheet]))
    built.quirk(
        "not_a_ledger",
        file,
        "评查结果",
        ("enforcement.cases", "enforcement.penalty"),
        "案卷评查结果（两件是2022年的案卷，2023年11月评查）：不是执法案件台账，不计入",
    )


def duty_list_not_a_ledger(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}“八五”普法责任清单（{YEAR}年度）.xlsx"
    sheet = Sheet("责任清单")
    head = ["序号", "责任单位", "普法内容", "普法对象", "工作措施", "完成时限", "责任人"]
    sheet.title(f"{TOWN}{YEAR}年度“谁执法谁普法”普法责任清单", len(head))
    sheet.header([head])
    rows = (
        ("乡司法所", "宪法、民法典", "法律明白人", "集中培训、以案释法", f"{YEAR}年6月30日"),
        ("乡综治中心", "反有组织犯罪法、反电信网络诈骗法", "村民群众", "进村入户宣传", f"{YEAR}年12月31日"),
        ("乡自然资源所", "土地管理法、森林法", "村民群众", "现场咨询、发放资料", f"{YEAR}年12月31日"),
        ("乡社会事务办", "社会救助暂行办法", "困难群众", "政策解读", f"{YEAR}年9月30日"),
        ("乡司法所", "人民调解法", "法律明白人", "专题培训", f"{YEAR}年11月30日"),
        ("乡党政办", "习近平法治思想", "领导干部", "会前学法", f"{YEAR}年12月31日"),
    )
    for n, (office, laws, audience, how, due) in enumerate(rows, start=1):
        sheet.add(n, office, laws, audience, how, due, fake.name(rng))
    built.books.append(Book(file, [sheet]))
    built.quirk(
        "not_a_ledger",
        file,
        "责任清单",
        ("training.legal_literacy_sessions",),
        "普法责任清单（普法对象 法律明白人、完成时限）是任务分工，不是培训记录：培训数仍为 null",
    )
