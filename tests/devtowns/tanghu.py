"""棠湖乡（虚构）2024: the forty-ninth development town, weighted to **grassroots governance** — the 综治中心's grid
platform, the 司法所's 以奖代补 payout, the 国家信访信息系统, the “一村一法律顾问” monthly return and the 普法 office's
“谁执法谁普法” book — each kept in the layout of a public template, system or rule no other town imitates.

Disputes are the 综治中心 platform's event export: the header on row 1 is the system's **English field names**
(eventNo, categoryL1 …), the Chinese titles on row 2; the event type in **two levels**, 一级分类 a heading of the
platform's taxonomy (社会矛盾纠纷) and only the **二级分类** the spec's dispute type; 处置状态 the platform's states
(待签收, 处置中, 已超期, 已办结) beside 处置结果 (化解成功 / 化解不成功…), and **办结时限** a deadline (in January 2025 for
the last events), not a date of the record. Mediation is kept only as the 司法所's **以奖代补 补贴发放表**: a row per
mediator (调委会, 调解员, 调解成功案件数 › 口头协议 / 书面协议 / 小计, 补贴标准（元/件） › 口头 / 书面, 补贴金额 › 小写（元）
/ 大写, 领取人签字), a 合计 row. Petitions are the 国家信访信息系统's export (信访形式 来信 / 来访 / 网上信访, 问题来源
上级交办 / 本级受理, 交办单位, 是否重复信访, 办理状态 已办结 / 办理中, 满意度评价). The counsel's work is the “一村一法律顾问”
**monthly return with one column per month** (村（社区） and 法律顾问 merged down over the services, 1月 … 12月, 合计, a 全乡合计
block under the villages). Training is the 普法 office's book: a **责任清单** sheet (not records) beside the 普法活动台账
whose 参与人数 counts people, its 活动对象 mostly the public, a few sessions for 法律明白人.

Truth decisions: a dispute is 已化解 only when the platform closed it (已办结) **and** its 处置结果 is 化解成功; 已超期
is an open event (化解中). The payout form's counts are successful cases (以奖代补 pays only those); the standards
are rates, not counts; the 大写 column is the 小写 amount again. A petition's bare 已办结 is 已化解 (README, truth
decisions); 满意度 不满意 does not undo it. The monthly return's blank cells are 0, its 合计 column and 全乡合计 rows
sums of the months. Only the 普法 activities whose 活动对象 is 法律明白人 are 法律明白人培训 sessions; 参与人数 is people,
never sessions. No exam (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .tanwan import capital_yuan
from .town import Built
from .truth import Null, Stats

TOWN = "棠湖乡"
YEAR = 2024
VILLAGES = ("棠湖社区", "柳岸村", "石板村", "青冈村", "鹅塘村", "竹林坳村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    english_field_row_grid_event_export_disputes(built, rng)
    per_mediator_payout_form_mediation(built, rng)
    petition_system_export_with_form_and_satisfaction(built, rng)
    months_as_columns_counsel_return(built, rng)
    responsibility_list_beside_activity_register_training(built, rng)
    absent = ("enforcement", "normative_documents", "disclosure", "security", "fraud_watch", "litigation")
    for kind in absent:
        built.ledgers[kind] = Null("棠湖乡没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 矛盾纠纷: the 综治中心 platform's event export, English field names above the Chinese titles ---------------------

DISPUTES_FILE = f"{TOWN}综治中心矛盾纠纷事件导出（{YEAR}年）.xlsx"
# 二级分类 as the platform lists them under 一级分类 社会矛盾纠纷 (the spec's dispute types, the platform's words).
SECOND_LEVEL = {"邻里纠纷": 5, "婚姻家庭纠纷": 3, "山林土地纠纷": 4, "宅基地纠纷": 2, "劳资纠纷": 1.5, "合同纠纷": 1,
                "道路交通事故纠纷": 1, "其他纠纷": 0.5}  # fmt: skip
DESCRIPTIONS = ("两户因排水沟堵塞发生争执", "兄弟因赡养老人费用分摊产生矛盾", "两组因山林界址不清发生争议",
                "邻居建房占用通道", "务工人员讨要工资", "土地流转租金未按期支付", "农用车剐蹭引发赔偿争议")  # fmt: skip


def english_field_row_grid_event_export_disputes(built: Built, rng: random.Random) -> None:
    fields = ["eventNo", "categoryL1", "categoryL2", "gridName", "reporter", "reportTime", "eventDesc", "status",
              "timeLimit", "finishTime", "result"]  # fmt: skip
    titles = ["事件编号", "一级分类", "二级分类", "所属网格", "上报人", "上报时间", "事件描述", "处置状态", "办结时限",
              "办结时间", "处置结果"]  # fmt: skip
    sheet = Sheet("事件列表")
    sheet.header([fields, titles])
    days = fake.dates_in(rng, YEAR, 46)
    days[0] = dt.date(YEAR - 1, 12, 28)  # reported last December, closed in January: last year's event
    records = []
    for n, day in enumerate(days, start=1):
        reported = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
        limit = day + dt.timedelta(days=15)
        late_in_year = day >= dt.date(YEAR, 12, 10)
        if late_in_year:
            state = fake.pick(rng, {"处置中": 2, "待签收": 1, "已办结": 1})
        else:
            state = fake.pick(rng, {"已办结": 12, "已超期": 1, "处置中": 0.6})
        result, finished = "", ""
        if state == "已办结":
            result = fake.pick(rng, {"化解成功": 10, "化解不成功（已引导诉讼）": 1, "化解不成功（已移交派出所）": 0.5})
            done = reported + dt.timedelta(days=rng.randint(1, 14), hours=rng.randint(0, 6))
            finished = f"{done:%Y-%m-%d %H:%M:%S}"
        grid = f"{rng.choice(VILLAGES)}第{rng.randint(1, 4)}网格"
        sheet.add(
            f"THZZ{day:%Y%m%d}{n:04d}",
            "社会矛盾纠纷",
            fake.pick(rng, SECOND_LEVEL),
            grid,
            fake.name(rng),
            f"{reported:%Y-%m-%d %H:%M:%S}",
            rng.choice(DESCRIPTIONS),
            state,
            f"{limit:%Y-%m-%d}",
            finished,
            result,
        )
        status = (
            "已化解" if (state == "已办结" and result == "化解成功") else ("未化解" if state == "已办结" else "化解中")
        )
        records.append({"screened_on": day, "status": status})
    sheet.autofilter = f"A2:K{sheet.next_row - 1}"
    sheet.freeze = "B3"
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("english_field_row_above_header", DISPUTES_FILE, "事件列表", f,
                "第1行是系统的英文字段名（eventNo、categoryL1、reportTime、status…），第2行才是中文标题：两行都是表头，不是记录")  # fmt: skip
    built.quirk("two_level_event_category", DISPUTES_FILE, "事件列表", f,
                "事件类型分两级：一级分类 都是 社会矛盾纠纷（平台的大类），二级分类 才是纠纷类型（邻里纠纷、山林土地纠纷…）")  # fmt: skip
    built.quirk("platform_state_beside_result", DISPUTES_FILE, "事件列表", f,
                "处置状态 待签收 / 处置中 / 已超期 / 已办结 旁有 处置结果：已办结且 化解成功 才是已化解，"
                "化解不成功（已引导诉讼）不是；已超期 是仍在处置的事件")  # fmt: skip
    built.quirk("deadline_beside_finish_time", DISPUTES_FILE, "事件列表", f,
                "办结时限 是期限（12月中旬以后上报的，期限在2025年1月），不是事件的日期；日期取 上报时间")  # fmt: skip
    built.quirk("timestamp_cells", DISPUTES_FILE, "事件列表", f, "上报时间、办结时间 是文本 2024-03-05 10:21:33")
    built.quirk("prior_year_row", DISPUTES_FILE, "事件列表", f,
                "2023年12月28日上报、2024年1月办结的事件：按上报时间不计入2024年")  # fmt: skip


# --- 人民调解: only the 以奖代补 补贴发放表, a row per mediator -----------------------------------------------------

MEDIATION_FILE = f"{TOWN}{YEAR}年度人民调解“以奖代补”补贴发放表.xlsx"
ORAL_RATE, WRITTEN_RATE = 30, 80  # 元/件; illustrative


def per_mediator_payout_form_mediation(built: Built, rng: random.Random) -> None:
    head1 = ["序号", "调解组织", "调解员", "调解成功案件数（件）", None, None, "补贴标准（元/件）", None, "补贴金额", None,
             "领取人签字", "备注"]  # fmt: skip
    head2 = [None, None, None, "口头协议", "书面协议", "小计", "口头", "书面", "小写（元）", "大写", None, None]
    sheet = Sheet("发放表")
    sheet.title(f"{TOWN}{YEAR}年度人民调解“以奖代补”补贴发放表", len(head1))
    sheet.add("发放单位（盖章）：棠湖乡司法所", None, None, None, None, None, None, None,
              "统计时段：2024年1月1日至12月31日")  # fmt: skip
    merges = [(1, c, 2, c) for c in (1, 2, 3, 11, 12)] + [(1, 4, 1, 6), (1, 7, 1, 8), (1, 9, 1, 10)]
    sheet.header([head1, head2], merges=merges)
    committees = [f"{TOWN}人民调解委员会", *(f"{v}人民调解委员会" for v in VILLAGES)]
    mediators = [(committees[0], fake.name(rng)), (committees[0], fake.name(rng))]
    mediators += [(c, fake.name(rng)) for c in committees[1:]]
    mediators.insert(4, (committees[2], fake.name(rng)))  # a second mediator in one village committee
    start = sheet.next_row
    oral_sum = written_sum = amount_sum = 0
    for n, (committee, person) in enumerate(mediators, start=1):
        if n == 6:
            oral = written = 0  # no successful case this year: a row of zeros, 备注 says so
        else:
            oral, written = rng.randint(2, 11), rng.randint(0, 5)
        amount = oral * ORAL_RATE + written * WRITTEN_RATE
        r = sheet.next_row
        sheet.add(n, committee, person, oral, written, Formula(f"D{r}+E{r}", oral + written), ORAL_RATE, WRITTEN_RATE,
                  Formula(f"D{r}*G{r}+E{r}*H{r}", amount), capital_yuan(amount).removeprefix("人民币") if amount else "零元",
                  None, "本年度无调解成功案件" if amount == 0 else None)  # fmt: skip
        oral_sum, written_sum, amount_sum = oral_sum + oral, written_sum + written, amount_sum + amount
    end = sheet.next_row - 1
    sheet.add("合计", None, None, Formula(f"SUM(D{start}:D{end})", oral_sum), Formula(f"SUM(E{start}:E{end})", written_sum),
              Formula(f"SUM(F{start}:F{end})", oral_sum + written_sum), None, None,
              Formula(f"SUM(I{start}:I{end})", amount_sum), capital_yuan(amount_sum).removeprefix("人民币"), None, None)  # fmt: skip
    sheet.merges.append((sheet.next_row - 1, 1, sheet.next_row - 1, 3))
    sheet.add(f"合计发放金额（大写）：{capital_yuan(amount_sum)}")
    sheet.blank()
    sheet.add("制表人：", None, None, "审核人：", None, None, "分管领导：", None, None, "发放日期：2025年1月10日")
    built.books.append(Book(MEDIATION_FILE, [sheet]))
    built.ledgers["mediation"] = Stats(
        {
            "mediation.cases": oral_sum + written_sum,
            "mediation.oral": oral_sum,
            "mediation.written": written_sum,
            "mediation.subsidy_yuan": amount_sum,
        }
    )
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("subsidy_payout_per_mediator", MEDIATION_FILE, "发放表", f,
                "调解只有司法所的以奖代补补贴发放表：一行一个调解员（同一村调委会可有两人），调解成功案件数 › 口头协议 / 书面协议 / 小计，"
                "合计行；一名调解员本年为 0 件")  # fmt: skip
    built.quirk("rate_columns_beside_counts", MEDIATION_FILE, "发放表", ("mediation.oral", "mediation.written"),
                "补贴标准（元/件） › 口头 / 书面 两列是每件的金额（30、80），不是件数")  # fmt: skip
    built.quirk("amount_in_figures_and_words", MEDIATION_FILE, "发放表", "mediation.subsidy_yuan",
                "补贴金额 › 小写（元） / 大写（壹佰伍拾元整）成对：大写是同一金额，不能再加一次；表下 合计发放金额（大写）：人民币…元整")  # fmt: skip
    built.quirk(
        "signature_column", MEDIATION_FILE, "发放表", f, "领取人签字 一列留空，表下 制表人 / 审核人 / 分管领导 签字行"
    )


# --- 信访: the 国家信访信息系统 export -----------------------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项明细（国家信访信息系统导出）{YEAR}.xlsx"
FROM_ABOVE = {"县联办": 7, "市联办": 2, "省联办": 1, "中联办": 0.4}
FORMS = {"来信": 2, "来访": 4, "网上信访": 5}
CLAIMS = ("反映土地征收补偿标准问题", "反映低保评定不公问题", "反映农村饮水工程停水问题", "反映产业路占地补偿问题",
          "反映务工工资拖欠问题", "反映危房改造补助问题")  # fmt: skip


def petition_system_export_with_form_and_satisfaction(built: Built, rng: random.Random) -> None:
    head = ["序号", "信访件编号", "登记时间", "信访形式", "问题来源", "交办单位", "信访人", "诉求内容", "问题属地",
            "是否重复信访", "办理状态", "办结时间", "满意度评价"]  # fmt: skip
    sheet = Sheet("信访件列表")
    sheet.add("导出时间：2025-01-06 09:30:12", None, None, None, None, None, None, None, None, None, None, None,
              "导出人：棠湖乡信访办")  # fmt: skip
    sheet.header([head])
    records = []
    earlier: list[list] = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 22, last=dt.date(YEAR, 12, 20)), start=1):
        above = rng.random() < 0.6
        source = fake.pick(rng, FROM_ABOVE) if above else "本级受理"
        state = "已办结" if (day < dt.date(YEAR, 11, 15) and rng.random() < 0.85) else "办理中"
        done = day + dt.timedelta(days=rng.randint(15, 55))
        number = f"5299{day:%y%m%d}{n:06d}"
        claim, person = rng.choice(CLAIMS), fake.name(rng)
        repeat = "否"
        if earlier and n % 5 == 0:
            # The same person on the same matter again (重复信访): a new item under a new number.
            claim, person = earlier[-1][0], earlier[-1][1]
            repeat = "是"
        earlier.append([claim, person])
        satisfaction = (
            fake.pick(rng, {"满意": 6, "基本满意": 2, "不满意": 1, "未评价": 1}) if state == "已办结" else "未评价"
        )
        sheet.add(n, number, f"{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
                  fake.pick(rng, FORMS), "上级交办" if above else "本级受理", source if above else None, person, claim,
                  f"{TOWN}{rng.choice(VILLAGES)}", repeat, state, f"{done:%Y-%m-%d}" if state == "已办结" else None,
                  satisfaction)  # fmt: skip
        records.append({"petition_no": number, "assigned_on": day, "source": source,
                        "status": "已化解" if state == "已办结" else "正在化解"})  # fmt: skip
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("petition_form_beside_source", PETITIONS_FILE, "信访件列表", f,
                "信访形式 来信 / 来访 / 网上信访 是信访的方式，不是交办层级；问题来源 上级交办 / 本级受理，交办单位 只在上级交办时填写")  # fmt: skip
    built.quirk("satisfaction_beside_status", PETITIONS_FILE, "信访件列表", f,
                "满意度评价 满意 / 基本满意 / 不满意 / 未评价 在 办理状态 旁：已办结 仍是已化解，不满意不改变它")  # fmt: skip
    built.quirk("repeat_petition_new_number", PETITIONS_FILE, "信访件列表", f,
                "同一人同一事项再次信访，是否重复信访 是，另有信访件编号：各是一件")  # fmt: skip
    built.quirk("export_line_above_header", PETITIONS_FILE, "信访件列表", f, "表头上方一行 导出时间 / 导出人")


# --- 法律顾问: the “一村一法律顾问” return, one column per month ----------------------------------------------------

COUNSEL_FILE = f"{TOWN}“一村一法律顾问”服务情况统计表（{YEAR}年）.xlsx"
# 服务项目 as the return words them → the figure it feeds (None: none of the four).
SERVICES = {
    "法律咨询（人次）": ("counsel.consultations", (1, 6), 0.7),
    "审查合同（份）": ("counsel.document_reviews", (1, 2), 0.4),
    "出具法律意见书（份）": ("counsel.opinions", (1, 1), 0.2),
    "法律援助（件）": ("counsel.legal_aid", (1, 1), 0.08),
    "法治讲座（场）": (None, (1, 1), 0.25),
    "参与调解（次）": (None, (1, 2), 0.3),
}


def months_as_columns_counsel_return(built: Built, rng: random.Random) -> None:
    months = [f"{m}月" for m in range(1, 13)]
    head = ["村（社区）", "法律顾问", "服务项目", *months, "合计"]
    sheet = Sheet("全年")
    sheet.title(f"{TOWN}{YEAR}年“一村一法律顾问”服务情况统计表", len(head))
    sheet.add(
        "填报单位：棠湖乡司法所",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        "顾问单位：某某律师事务所（虚构）",
    )
    sheet.header([head])
    totals = {s: [0] * 12 for s in SERVICES}
    for village in VILLAGES:
        counsel = fake.name(rng)
        first = sheet.next_row
        for service, (_, (lo, hi), share) in SERVICES.items():
            counts = []
            for m in range(12):
                c = rng.randint(lo, hi) if rng.random() < share else 0
                counts.append(c)
                totals[service][m] += c
            r = sheet.next_row
            # A month without that service is left blank, as returns are filled.
            sheet.add(village if r == first else None, counsel if r == first else None, service,
                      *[c or None for c in counts], Formula(f"SUM(D{r}:O{r})", sum(counts)))  # fmt: skip
        last = sheet.next_row - 1
        sheet.merges += [(first, 1, last, 1), (first, 2, last, 2)]
    first = sheet.next_row
    for service in SERVICES:
        r = sheet.next_row
        sheet.add("全乡合计" if r == first else None, None, service, *totals[service],
                  Formula(f"SUM(D{r}:O{r})", sum(totals[service])))  # fmt: skip
    sheet.merges.append((first, 1, sheet.next_row - 1, 2))
    sheet.blank()
    sheet.add("说明：每月5日前报送上月数据；无服务的月份不填。")
    built.books.append(Book(COUNSEL_FILE, [sheet]))
    counts = {figure: sum(totals[s]) for s, (figure, *_) in SERVICES.items() if figure}
    built.ledgers["counsel"] = Stats(counts)
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("months_as_columns", COUNSEL_FILE, "全年", f,
                "一村一行一项服务，1月…12月各一列计数、合计列（SUM）：空格是 0；村（社区）与法律顾问 向下合并")  # fmt: skip
    built.quirk("town_total_block_under_villages", COUNSEL_FILE, "全年", f,
                "各村之下又有 全乡合计 六行（每项服务一行）：是各村之和，不能再加一次")  # fmt: skip
    built.quirk("unit_in_service_name", COUNSEL_FILE, "全年", f,
                "服务项目 带单位：法律咨询（人次）、审查合同（份）、出具法律意见书（份）、法律援助（件）、法治讲座（场）")  # fmt: skip


# --- 普法: “谁执法谁普法” 责任清单 beside the 普法活动台账 -----------------------------------------------------------

TRAINING_FILE = f"{TOWN}{YEAR}年“谁执法谁普法”责任清单及普法活动台账.xlsx"
DUTIES = (
    ("乡综合行政执法队", "《中华人民共和国土地管理法》《城乡规划法》", "村民、建房户", "结合执法检查以案释法"),
    ("乡司法所", "《中华人民共和国民法典》《人民调解法》", "法律明白人、村（社区）干部", "专题培训、法治讲座"),
    ("乡派出所", "《反电信网络诈骗法》《治安管理处罚法》", "群众、学生", "赶集宣传、进校园"),
    ("乡农业服务中心", "《农村土地承包法》《种子法》", "种植户", "田间课堂"),
    ("乡社会事务办", "《社会救助暂行办法》《老年人权益保障法》", "困难群众、老年人", "入户宣传"),
)
ACTIVITIES = {
    "群众": ("赶集日法治宣传", "宪法宣传周集中宣传", "防范电信网络诈骗宣传", "民法典进村入户宣讲"),
    "中小学生": ("法治进校园讲座", "青少年禁毒宣传"),
    "种植户": ("农村土地承包法田间课堂",),
    "村（社区）干部": ("村级事务依法管理讲座",),
}


def responsibility_list_beside_activity_register_training(built: Built, rng: random.Random) -> None:
    duties = Sheet("责任清单")
    duties.title(f"{TOWN}{YEAR}年“谁执法谁普法”普法责任清单", 7)
    duties.header([["序号", "责任单位", "普法重点内容", "普法对象", "工作措施", "完成时限", "责任人"]])
    for n, (office, laws, audience, measure) in enumerate(DUTIES, start=1):
        duties.add(n, office, laws, audience, measure, "2024年12月31日前", fake.name(rng))
    sheet = Sheet("活动台账")
    head = [
        "序号",
        "活动时间",
        "活动名称",
        "活动形式",
        "活动对象",
        "主办单位",
        "参与人数（人次）",
        "发放资料（份）",
        "备注",
    ]
    sheet.title(f"{TOWN}{YEAR}年普法活动台账", len(head))
    sheet.header([head])
    rows = []
    for day in fake.dates_in(rng, YEAR, 18):
        audience = fake.pick(rng, {"群众": 6, "中小学生": 2, "种植户": 1, "村（社区）干部": 1})
        rows.append((day, rng.choice(ACTIVITIES[audience]), fake.pick(rng, {"集中宣讲": 2, "法治讲座": 1, "赶集宣传": 2}),
                     audience, rng.choice([d[0] for d in DUTIES]), rng.randint(30, 400), rng.randint(50, 800)))  # fmt: skip
    trained = fake.dates_in(rng, YEAR, 3, first=dt.date(YEAR, 3, 1))
    topics = ("“法律明白人”民法典专题培训", "“法律明白人”人民调解实务培训", "“法律明白人”反家庭暴力法培训")
    for day, topic in zip(trained, topics, strict=True):
        rows.append((day, topic, "专题培训", "法律明白人", "乡司法所", rng.randint(18, 30), rng.randint(20, 60)))
    rows.sort(key=lambda r: r[0])
    records = []
    for n, (day, name, form, audience, office, people, leaflets) in enumerate(rows, start=1):
        sheet.add(n, fake.date_cell(day, "cn"), name, form, audience, office, people, leaflets, None)
        if audience == "法律明白人":
            records.append({"held_on": day, "audience": "法律明白人"})
    built.books.append(Book(TRAINING_FILE, [duties, sheet]))
    built.ledgers["training"] = records
    built.overrides["training.exam_coverage"] = Null("没有学法用法考试的记录")
    f = ("training.legal_literacy_sessions",)
    built.quirk("responsibility_list_sheet", TRAINING_FILE, "责任清单", f,
                "普法责任清单（责任单位、普法重点内容、普法对象、工作措施、完成时限）：是分工，不是活动；普法对象 含 法律明白人 也不是培训")  # fmt: skip
    built.quirk("public_activities_beside_trainings", TRAINING_FILE, "活动台账", f,
                "普法活动台账 的 活动对象 多是 群众 / 中小学生 / 种植户 / 村（社区）干部；只有 活动对象 法律明白人 的3次专题培训 是法律明白人培训")  # fmt: skip
    built.quirk("participants_not_sessions", TRAINING_FILE, "活动台账", f,
                "参与人数（人次） 与 发放资料（份） 是人数和份数，不是场次")  # fmt: skip
