"""槐阳乡（虚构）2025: the thirty-ninth development town, whose ledgers are **exports of government platforms no
other town imitates**, handed over as downloaded.

A 12345 热线 work-order export whose 工单类别 sorts the tickets under 矛盾纠纷 and 信访诉求 beside 城乡建设 and
社会保障 (诉求类型, 办结状态, 满意度): another channel's tickets, counted by no figure — the town keeps no dispute
or petition register, so those figures are null. The 综合行政执法 platform's case export: 案件类型 beside
**处罚种类 holding several penalties in one cell** (警告┋罚款, 罚款；没收违法所得, 警告、罚款), 案件状态 已结案 /
已归档 / 办理中 / **已撤销 — a decision later withdrawn keeps its 决定日期 but is no case**. The counsel's service
log kept as a **问卷星 survey** (序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP, question-titled columns), the
quantity question skipped by the survey's jump logic written **(跳过)**. The 依申请公开 register exported from the
政务公开 platform **one row per step** (登记受理, 补正告知, 申请人补正, 延期答复告知, 答复) of the same 申请编号.
No enforcement statistics, no mediation, security, fraud-watch, litigation, training or normative-document ledger."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import COUNSEL_FIGURES, Built
from .truth import Null

TOWN = "槐阳乡"
YEAR = 2025
GOV = "槐阳乡人民政府"
VILLAGES = ("槐阳社区", "柿子坪村", "龙井村", "桃花溪村", "白岩村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}

HOTLINE_FILE = f"{TOWN}12345热线工单导出_{YEAR}.xlsx"
ENFORCEMENT_FILE = f"{TOWN}综合行政执法平台案件导出.xlsx"
COUNSEL_FILE = f"301562874_0_{TOWN}法律顾问服务登记_58_58.xlsx"
DISCLOSURE_FILE = f"{TOWN}{YEAR}年政府信息公开申请办理登记表.xlsx"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    hotline_tickets_mixing_disputes_and_petitions(built, rng)
    several_penalties_in_one_cell_enforcement(built, rng)
    survey_export_counsel_log(built, rng)
    row_per_step_on_request_register(built, rng)
    absent = ("mediation", "security", "fraud_watch", "litigation", "training", "normative_documents")
    for kind in absent:
        built.ledgers[kind] = Null("槐阳乡没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


def _at(d: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59))


# --- 12345 热线: the work-order export, disputes and petitions among the tickets -------------------------------------

HOTLINE_CLASSES = {
    "矛盾纠纷>邻里纠纷": ("投诉", "反映与邻居因排水沟堵塞发生争执，请求协调"),
    "矛盾纠纷>土地权属纠纷": ("求助", "反映承包地界址与邻户有争议，请求调处"),
    "矛盾纠纷>劳资纠纷": ("投诉", "反映在村内施工队务工工资被拖欠"),
    "信访诉求>征地补偿": ("投诉", "反映产业路占地补偿款未到位"),
    "信访诉求>低保评定": ("建议", "对村里低保评定结果有意见，要求公开"),
    "城乡建设>路灯": ("求助", "反映组上路灯损坏多日未修"),
    "社会保障>养老保险": ("咨询", "咨询城乡居民养老保险缴费档次"),
    "农业农村>补贴发放": ("咨询", "咨询耕地地力保护补贴发放时间"),
}


def hotline_tickets_mixing_disputes_and_petitions(built: Built, rng: random.Random) -> None:
    sheet = Sheet("工单列表")
    head = ["工单编号", "来电时间", "诉求类型", "工单类别", "诉求内容", "承办单位", "办结状态", "办结时间", "满意度"]
    sheet.add(*head)
    sheet.header_rows.append(1)
    sheet.autofilter = "A1:I61"
    sheet.freeze = "A2"
    days = fake.dates_in(rng, YEAR, 60)
    for day in days:
        at = _at(day, rng)
        cls = rng.choice(list(HOTLINE_CLASSES))
        typed, content = HOTLINE_CLASSES[cls]
        state = fake.pick(rng, {"已办结": 7, "办理中": 1, "已退回": 0.6, "已撤销": 0.4})
        closed = at + dt.timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 5))
        sheet.add(
            f"{at:%y%m%d%H%M}{rng.randint(1000, 9999)}",
            f"{at:%Y-%m-%d %H:%M:%S}",
            typed,
            cls,
            content,
            rng.choice([f"{TOWN}综治中心", f"{TOWN}社会事务办", f"{TOWN}村镇建设办", f"{TOWN}农业服务中心"]),
            state,
            f"{closed:%Y-%m-%d %H:%M:%S}" if state == "已办结" else None,
            rng.choice(["满意", "满意", "基本满意", "不满意", "未评价"]) if state == "已办结" else None,
        )
    built.books.append(Book(HOTLINE_FILE, [sheet]))
    reason = "槐阳乡没有矛盾纠纷排查、信访台账；12345 热线工单是另一渠道的诉求件，不计入"
    built.ledgers["disputes"] = Null(reason)
    built.ledgers["petitions"] = Null(reason)
    f = ("disputes.screened", "disputes.resolved", "petitions.assigned", "petitions.resolved")
    built.quirk(
        "hotline_classes_name_disputes_and_petitions",
        HOTLINE_FILE,
        "工单列表",
        f,
        "12345 工单（诉求类型 咨询/求助/投诉/建议，办结状态 已办结/办理中/已退回/已撤销，满意度）的 工单类别 写着 "
        "矛盾纠纷>邻里纠纷、信访诉求>征地补偿：仍是热线工单，不是矛盾纠纷台账或信访台账，乡里没有这两类台账：为空（null）",
    )


# --- 行政执法: the 综合行政执法 platform's case export ---------------------------------------------------------------

# 处罚种类 as the platform writes several penalties of one decision in one cell, each join an office's export used.
PENALTY_KINDS = ("警告┋罚款", "罚款；没收违法所得", "警告、罚款", "罚款", "警告", "责令停产停业┋罚款")
ENF_PLAN = {"行政处罚": 13, "行政检查": 11, "行政强制": 3, "行政许可": 5}
ENF_PREFIX = {"行政处罚": "罚", "行政检查": "检", "行政强制": "强", "行政许可": "许"}


def several_penalties_in_one_cell_enforcement(built: Built, rng: random.Random) -> None:
    sheet = Sheet("案件信息")
    sheet.title(f"{TOWN}综合行政执法办案系统案件信息导出", 11)
    sheet.add(f"导出时间：{YEAR + 1}-01-08 10:12:45")
    sheet.header(
        [
            [
                "序号",
                "案件编号",
                "案件名称",
                "当事人",
                "案件类型",
                "处罚种类",
                "罚没金额（元）",
                "立案日期",
                "决定日期",
                "结案日期",
                "案件状态",
            ]
        ]
    )
    plan = [c for c, n in ENF_PLAN.items() for _ in range(n)]
    rng.shuffle(plan)
    days = fake.dates_in(rng, YEAR, len(plan), last=dt.date(YEAR, 12, 5))
    # Decisions withdrawn after they were made (已撤销: the 决定日期 stays in the export), a case still under
    # investigation (办理中, no decision), and one decided whose fine is not yet paid (办理中 with a 决定日期).
    revoked = {5, 17}
    cancelled = {9}  # the filing withdrawn before any decision
    open_cases = {22, 30}
    decided_open = {26}
    records = []
    counter: dict[str, int] = {}
    for n, (category, filed) in enumerate(zip(plan, days), start=1):
        counter[category] = counter.get(category, 0) + 1
        no = f"槐综执{ENF_PREFIX[category]}〔{YEAR}〕{counter[category]}号"
        decided: dt.date | None = filed + dt.timedelta(days=rng.randint(1, 25))
        closed: dt.date | None = decided + dt.timedelta(days=rng.randint(3, 20))
        state = rng.choice(["已结案", "已结案", "已归档"])
        if n in revoked:
            state = "已撤销"
        elif n in cancelled:
            state, decided, closed = "已撤销", None, None
        elif n in open_cases:
            state, decided, closed = "办理中", None, None
        elif n in decided_open:
            state, closed = "办理中", None
        kinds = rng.choice(PENALTY_KINDS) if category == "行政处罚" else None
        fine = rng.choice([200, 500, 1000, 3000]) if kinds and "罚款" in kinds else None
        sheet.add(
            n,
            no,
            rng.choice(["占道经营", "违规搭建棚房", "露天焚烧秸秆", "未按规定设置户外广告", "农村自建房施工安全"]),
            fake.masked(fake.name(rng))
            if rng.random() < 0.6
            else f"槐阳乡某{rng.choice(['商店', '养殖场', '建材部'])}",
            category,
            kinds,
            fine,
            f"{filed:%Y-%m-%d}",
            f"{decided:%Y-%m-%d}" if decided else None,
            f"{closed:%Y-%m-%d}" if closed else None,
            state,
        )
        if decided and state != "已撤销":
            records.append({"case_no": no, "decided_on": decided, "category": category})
    built.books.append(Book(ENFORCEMENT_FILE, [sheet]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.penalty", "enforcement.inspection", "enforcement.coercion")
    built.quirk(
        "several_penalties_in_one_cell",
        ENFORCEMENT_FILE,
        "案件信息",
        f,
        "处罚种类 一格写几种处罚，用 ┋、；或 、 连接（警告┋罚款、罚款；没收违法所得、警告、罚款）：是处罚的种类，不是执法类别；"
        "一案只计一次，类别取 案件类型",
    )
    built.quirk(
        "revoked_decision_keeps_its_date",
        ENFORCEMENT_FILE,
        "案件信息",
        f,
        "两件 已撤销 的案件留着决定日期（决定作出后被撤销），一件 已撤销 没有决定日期：都不计为执法案件",
    )
    built.quirk(
        "open_case_decided",
        ENFORCEMENT_FILE,
        "案件信息",
        f,
        "办理中 两件没有决定日期（不计）；一件已作出决定、罚款未缴清仍是 办理中（有决定日期：计入）",
    )


# --- 法律顾问: the counsel's service log kept as a 问卷星 survey ------------------------------------------------------

# 服务类型 option → what the truth counts (None: a service no figure counts).
SURVEY_SERVICES = {
    "法律咨询": ("法律咨询", 6),
    "审查合同": ("文书审核", 2),
    "出具法律意见书": ("法律意见书", 1),
    "法律援助": ("法律援助", 0.5),
    "参与矛盾纠纷调解": (None, 1),
    "法治讲座": (None, 0.8),
}


def survey_export_counsel_log(built: Built, rng: random.Random) -> None:
    sheet = Sheet("Sheet1")
    sheet.add(
        "序号",
        "提交答卷时间",
        "所用时间",
        "来源",
        "来源详情",
        "来自IP",
        "1、服务日期：",
        "2、服务村（社区）：",
        "3、服务类型：",
        "4、本次解答咨询人次：",
        "5、服务方式（多选）：",
        "6、备注：",
    )
    sheet.header_rows.append(1)
    records = []
    days = fake.dates_in(rng, YEAR, 58)
    for n, day in enumerate(days, start=1):
        option = fake.pick(rng, {k: w for k, (_, w) in SURVEY_SERVICES.items()})
        counted, _ = SURVEY_SERVICES[option]
        submitted = _at(day + dt.timedelta(days=rng.randint(0, 3)), rng)
        # The survey asks the number of people only after 法律咨询; its jump logic skips the question otherwise, and
        # 问卷星 writes (跳过) in the cell. A consultation typed with 人次 in words, or left (空) (counted as 1).
        if option == "法律咨询":
            quantity = rng.choice([1, 2, 3, 4])
            cell: object = rng.choice([quantity, quantity, f"{quantity}人次"])
            if n % 11 == 0:
                quantity, cell = None, "(空)"
        else:
            quantity, cell = None, "(跳过)"
        ways = rng.sample(["现场", "电话", "微信"], rng.randint(1, 2))
        sheet.add(
            n,
            f"{submitted:%Y/%m/%d %H:%M:%S}",
            f"{rng.randint(40, 400)}秒",
            rng.choice(["微信", "手机提交", "链接"]),
            "直接访问" if rng.random() < 0.7 else "N/A",
            f"{rng.randint(100, 223)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}(贵州-遵义)",
            f"{day:%Y-%m-%d}",
            rng.choice(VILLAGES),
            option,
            cell,
            "┋".join(ways),
            "(空)",
        )
        if counted:
            records.append({"served_on": day, "service": counted, "quantity": quantity})
    built.books.append(Book(COUNSEL_FILE, [sheet]))
    built.ledgers["counsel"] = records
    built.quirk(
        "form_export_system_columns",
        COUNSEL_FILE,
        "Sheet1",
        COUNSEL_FIGURES,
        "问卷星 导出：序号、提交答卷时间、所用时间 125秒、来源、来源详情、来自IP（含属地）在题目列之前",
    )
    built.quirk(
        "skipped_question_placeholder",
        COUNSEL_FILE,
        "Sheet1",
        COUNSEL_FIGURES,
        "跳题逻辑跳过的题 问卷星 写 (跳过)，未答的写 (空)：都是空白（数量空白计 1），不是数值错误",
    )
    built.quirk(
        "quantity_question_titled_for_one_service",
        COUNSEL_FILE,
        "Sheet1",
        COUNSEL_FIGURES,
        "4、本次解答咨询人次：只对法律咨询作答，是该行的数量（3人次）",
    )
    built.quirk("multi_choice_joined", COUNSEL_FILE, "Sheet1", COUNSEL_FIGURES, "服务方式 多选用 ┋ 连接：现场┋电话")


# --- 政务公开 依申请: the platform's register, one row per step of an application ---------------------------------------

REPLIES = ("予以公开", "部分公开", "信息不存在", "不予公开", "非本机关政府信息")


def row_per_step_on_request_register(built: Built, rng: random.Random) -> None:
    sheet = Sheet("依申请公开办理")
    sheet.title(f"{TOWN}政府信息公开申请办理登记表", 9)
    sheet.add(f"填报单位：{GOV}党政办公室　　　统计时段：{YEAR}年1月1日至{YEAR}年12月31日（按收到申请日期）")
    sheet.header(
        [
            [
                "申请编号",
                "收到申请日期",
                "申请人",
                "申请方式",
                "所需信息内容描述",
                "办理环节",
                "环节日期",
                "答复结果",
                "经办人",
            ]
        ]
    )
    received = [dt.date(YEAR - 1, 12, 19), *fake.dates_in(rng, YEAR, 9, last=dt.date(YEAR, 11, 28))]
    received.append(dt.date(YEAR, 12, 22))
    records = []
    for n, day in enumerate(received, start=1):
        no = f"HYGK-{day.year}-{n:03d}"
        who = fake.masked(fake.name(rng))
        how = rng.choice(["网上申请", "信函申请", "当面申请"])
        what = rng.choice(["本村土地征收补偿标准及发放明细", "2024年度村集体资金使用情况", "某路段产业路建设招标文件"])
        officer = fake.masked(fake.name(rng))
        steps = [("登记受理", day, None)]
        when = day
        if n % 3 == 1:  # the request unclear: 补正告知 within 7 working days, then the applicant's 补正
            when += dt.timedelta(days=rng.randint(3, 6))
            steps.append(("补正告知", when, None))
            when += dt.timedelta(days=rng.randint(2, 8))
            steps.append(("申请人补正", when, None))
        if n % 4 == 1 or day.month == 12:  # the answer postponed by 20 working days (延期答复告知)
            when += dt.timedelta(days=rng.randint(14, 18))
            steps.append(("延期答复告知", when, None))
        when += dt.timedelta(days=rng.randint(8, 18))
        steps.append(("答复", when, rng.choice(REPLIES)))
        for step, on, reply in steps:
            sheet.add(no, f"{day:%Y-%m-%d}", who, how, what, step, f"{on:%Y-%m-%d}", reply, officer)
        records.append({"published_on": day, "type": "依申请公开"})
    built.books.append(Book(DISCLOSURE_FILE, [sheet]))
    built.ledgers["disclosure"] = records
    reason = "只有依申请公开登记表，主动公开、媒体发布没有台账"
    built.overrides["disclosure.proactive"] = Null(reason)
    built.overrides["disclosure.media"] = Null(reason)
    f = ("disclosure.on_request",)
    built.quirk(
        "row_per_step_of_one_application",
        DISCLOSURE_FILE,
        "依申请公开办理",
        f,
        "一件申请按办理环节（登记受理、补正告知、申请人补正、延期答复告知、答复）各占一行，申请编号与收到申请日期重复：按申请编号计一件",
    )
    built.quirk(
        "prior_year_row",
        DISCLOSURE_FILE,
        "依申请公开办理",
        f,
        "一件 2024 年 12 月收到、延期后 2025 年 1 月答复的申请：不计入 2025 年；2025 年 12 月收到、次年答复的计入",
    )
    built.quirk(
        "only_on_request_register",
        DISCLOSURE_FILE,
        "依申请公开办理",
        ("disclosure.proactive", "disclosure.media"),
        "只有依申请公开的登记表：主动公开、媒体发布 为空（null），不是 0",
    )
