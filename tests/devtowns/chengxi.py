"""澄溪镇（虚构）2024: the fourteenth development town, weighted to enforcement and the counsel's work as a town's
综合行政执法队 and 司法所 keep them after the 赋权 reform ("一支队伍管执法"), from public rules none of the other towns
used.

Enforcement is the 综合行政执法队's own book: a 办案台账 whose 执法领域 (城乡建设, 自然资源, 农业农村 …: the domain of the
devolved powers) stands beside the 执法类别, with a 案件状态 column — cases 立案 in the year but still 办理中 or 撤销立案
have no decision and no 决定书文号 — and a 结案日期 after the decision (a December decision closed in January); a
行政检查登记 sheet in the 检查方式 words of a township's inspection plan (主动巡查, 定期随机抽查, 接举报投诉后检查 …)
with no category column; and a 按领域统计 sheet counting the cases by domain. Reviews and lawsuits are one register
(行政复议和行政应诉案件登记台账) told apart only by 案件类型. Normative documents are the "三统一" register kept
over the years (登记号 澄府规〔2021〕001 …, 效力状态 现行有效 / 已废止), one document registered in December 2023 and
issued in January 2024. The counsel's book has a 日常法律服务 sheet in the words of a 政府法律顾问 rule (个别咨询,
参加会议, 参与商务谈判, 出具法律意见书) and a 合同审查登记 whose only number is the 合同金额（万元）. Training names two
audiences in one cell (行政执法人员、法律明白人). Disclosure is the portal register, a third of it 行政执法公示 items
titled by a decision's number. Mediation is the 司法所's CSV with 履行情况 beside 调解结果. No dispute, petition,
security or fraud-watch ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "澄溪镇"
YEAR = 2024
GOV = "澄溪镇人民政府"
TEAM = "澄溪镇综合行政执法队"
VILLAGES = ("澄溪社区", "上埠村", "芦湾村", "桥头村", "石坎村", "新塘村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    team_book_enforcement(built, rng)
    reviews_and_lawsuits_in_one_register_litigation(built, rng)
    running_register_normative_documents(built, rng)
    counsel_book_with_contract_register(built, rng)
    two_audiences_training(built, rng)
    enforcement_publications_disclosure(built, rng)
    performance_beside_result_mediation(built, rng)
    absent = ("disputes", "petitions", "security", "fraud_watch")
    for kind in absent:
        built.ledgers[kind] = Null("澄溪镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 行政执法: the 综合行政执法队's book -------------------------------------------------------------------------

DOMAINS = {  # 执法领域 → matters (the devolved powers of a township team)
    "城乡建设": ["未经批准擅自搭建建筑物", "违规占道经营", "擅自设置户外广告"],
    "自然资源": ["非法占用耕地建房", "未经批准临时用地"],
    "农业农村": ["农村村民未经批准建住宅", "违规焚烧秸秆"],
    "市场监管": ["无照经营", "销售过期食品"],
    "生态环境": ["露天焚烧垃圾", "餐饮油烟直排"],
    "卫生健康": ["公共场所未取得卫生许可"],
}
SOURCES = {"巡查发现": 5, "投诉举报": 3, "上级交办": 1, "部门移送": 1}


def team_book_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TEAM}{YEAR}年执法办案台账.xlsx"
    head = ["序号", "案件来源", "执法领域", "案由", "当事人", "立案日期", "执法类别", "决定书文号", "作出决定日期",
            "罚没金额（元）", "案件状态", "结案日期"]  # fmt: skip
    cases = Sheet("办案台账")
    cases.title(f"{TEAM}{YEAR}年行政执法办案台账", len(head))
    cases.header([head])
    records = []
    by_domain: dict[str, int] = {d: 0 for d in DOMAINS}
    numbers = {"行政处罚": 0, "行政强制": 0}
    decided = fake.dates_in(rng, YEAR, 30, last=dt.date(YEAR, 12, 20))
    decided[0] = dt.date(YEAR, 1, 10)  # filed in December 2023
    decided[-1] = dt.date(YEAR, 12, 20)  # closed in January 2025: still a 2024 decision
    plan: list[tuple[dt.date | None, str]] = [(d, "已结案") for d in decided]
    # Filed in the year, not decided in it: still being handled, or the filing withdrawn; one decided in 2025.
    plan += [
        (None, "办理中"),
        (None, "办理中"),
        (None, "撤销立案"),
        (dt.date(YEAR + 1, 1, 8), "已结案"),
        (None, "办理中"),
    ]
    plan.sort(key=lambda p: p[0] or dt.date(YEAR, 11, 25))
    for n, (day, state) in enumerate(plan, start=1):
        domain = fake.pick(
            rng, {"城乡建设": 5, "自然资源": 2, "农业农村": 3, "市场监管": 2, "生态环境": 2, "卫生健康": 1}
        )
        category = "行政强制" if rng.random() < 0.15 else "行政处罚"
        if day is None:
            filed = dt.date(YEAR, rng.choice([10, 11, 12]), rng.randint(1, 20))
        elif day == dt.date(YEAR, 1, 10):
            filed = dt.date(YEAR - 1, 12, 21)
        else:
            filed = day - dt.timedelta(days=rng.randint(5, 40))
        no = None
        if day is not None:
            numbers[category] += 1 if day.year == YEAR else 0
            letter = "罚" if category == "行政处罚" else "强"
            no = f"澄综执{letter}决〔{day.year}〕{numbers[category] if day.year == YEAR else 1}号"
        closed = None
        if state == "已结案" and day is not None:
            closed = day + dt.timedelta(days=rng.randint(3, 30)) if day != decided[-1] else dt.date(YEAR + 1, 1, 15)
        fine = rng.choice([200, 500, 1000, 2000, 5000]) if category == "行政处罚" and day else None
        cases.add(
            n,
            fake.pick(rng, SOURCES),
            domain,
            rng.choice(DOMAINS[domain]),
            fake.masked(fake.name(rng))
            if rng.random() < 0.7
            else f"某某{rng.choice(['商行', '餐饮店', '建材经营部'])}（虚构）",
            fake.date_cell(filed, "iso"),
            category,
            no,
            fake.date_cell(day, "iso") if day else None,
            fine,
            state,
            fake.date_cell(closed, "iso") if closed else None,
        )
        if day is not None:
            records.append({"case_no": no, "category": category, "decided_on": day})
            if day.year == YEAR:
                by_domain[domain] += 1
    # 行政检查登记: the inspections, no category column (the sheet says what they are).
    ihead = ["序号", "检查编号", "检查日期", "检查对象", "检查事项", "检查方式", "检查结果", "执法人员"]
    checks = Sheet("行政检查登记")
    checks.title(f"{TEAM}{YEAR}年行政检查登记表", len(ihead))
    checks.header([ihead])
    ways = {"主动巡查": 5, "定期随机抽查": 3, "接举报投诉后检查": 2, "专项执法检查": 2, "联合检查": 1}
    results = {"未发现问题": 6, "责令限期整改": 3, "已立案查处": 1}
    for n, day in enumerate(fake.dates_in(rng, YEAR, 26), start=1):
        no = f"澄综执检〔{YEAR}〕{n}号"
        checks.add(
            n,
            no,
            fake.date_cell(day, "cn"),
            f"{rng.choice(VILLAGES)}{rng.choice(['沿街商铺', '农家乐', '建筑工地', '小作坊'])}（虚构）",
            rng.choice(["燃气安全", "市容秩序", "农村建房", "食品安全"]),
            fake.pick(rng, ways),
            fake.pick(rng, results),
            f"{fake.name(rng)}、{fake.name(rng)}",
        )
        records.append({"case_no": no, "category": "行政检查", "decided_on": day})
    # 按领域统计: the cases decided in the year counted by domain (not by category), with a 合计.
    stats = Sheet("按领域统计")
    stats.title(f"{TEAM}{YEAR}年办案情况（按执法领域）", 3)
    stats.header([["执法领域", "办结案件（件）", "备注"]])
    for domain, count in by_domain.items():
        stats.add(domain, count, None)
    stats.add("合计", sum(by_domain.values()), "不含行政检查")
    built.books.append(Book(file, [cases, checks, stats]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.penalty", "enforcement.coercion", "enforcement.inspection")
    built.quirk(
        "pending_cases_without_decision",
        file,
        "办案台账",
        f,
        "案件状态 办理中 / 撤销立案 的案件已立案而未作出决定（没有决定书文号和作出决定日期）：不是当年的执法决定，不计入",
    )
    built.quirk(
        "domain_beside_category",
        file,
        "办案台账",
        f,
        "执法领域（城乡建设/自然资源/农业农村/市场监管…，赋权事项的领域）在 执法类别 旁：领域不是类别",
    )
    built.quirk(
        "closing_date_after_decision",
        file,
        "办案台账",
        f,
        "结案日期 在 作出决定日期 之后：2024年12月20日决定、2025年1月15日结案的计入2024年；2023年12月立案、2024年1月决定的计入；2024年12月立案、2025年1月决定的不计入",
    )
    built.quirk(
        "category_from_sheet_or_title",
        file,
        "行政检查登记",
        "enforcement.inspection",
        "没有执法类别列：检查方式 写 主动巡查/定期随机抽查/接举报投诉后检查/专项执法检查/联合检查；检查结果 已立案查处 的检查仍是一次检查",
    )
    built.quirk(
        "domain_summary_not_categories",
        file,
        "按领域统计",
        f,
        "按执法领域的办案统计（不含行政检查）：领域不是执法类别，合计不是全部执法案件；以记录为准",
    )


# --- 行政复议 and 行政应诉 in one register -------------------------------------------------------------------------


def reviews_and_lawsuits_in_one_register_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政复议和行政应诉案件登记台账（{YEAR}年）.xlsx"
    head = ["序号", "案件类型", "案号", "申请人（原告）", "被申请人（被告）", "复议机关（审理法院）", "案由", "收案日期",
            "开庭日期", "出庭负责人", "负责人是否出庭", "办理结果"]  # fmt: skip
    sheet = Sheet("登记台账")
    sheet.title(f"{TOWN}{YEAR}年行政复议和行政应诉案件登记台账", len(head))
    sheet.header([head])
    plan = [  # type, received, heard, appeared, result
        ("行政复议", dt.date(YEAR, 1, 16), None, None, "维持"),
        ("行政诉讼", dt.date(YEAR, 2, 5), dt.date(YEAR, 3, 19), True, "驳回诉讼请求"),
        ("行政复议", dt.date(YEAR, 4, 2), None, None, "终止（申请人撤回）"),
        ("行政诉讼", dt.date(YEAR, 4, 22), dt.date(YEAR, 6, 11), False, "撤诉"),
        ("行政复议", dt.date(YEAR, 6, 3), None, None, "驳回复议申请"),
        ("行政诉讼", dt.date(YEAR, 7, 1), dt.date(YEAR, 8, 27), True, "驳回诉讼请求"),
        ("行政诉讼", dt.date(YEAR, 9, 9), dt.date(YEAR, 10, 30), True, "维持原判"),
        ("行政复议", dt.date(YEAR, 10, 14), None, None, "撤销"),
        ("行政诉讼", dt.date(YEAR, 12, 2), dt.date(YEAR + 1, 1, 14), False, "待开庭"),
    ]
    records = []
    r = 0
    for n, (kind, received, heard, appeared, result) in enumerate(plan, start=1):
        leader = f"{fake.name(rng)}（副镇长）" if appeared else None
        if kind == "行政复议":
            r += 1
            no = f"某县府复〔{YEAR}〕{rng.randint(10, 90)}号"
            sheet.add(n, kind, no, fake.masked(fake.name(rng)), GOV if r % 2 else TEAM, "某县人民政府",
                      rng.choice(["行政处罚", "政府信息公开", "举报投诉处理"]), fake.date_cell(received, "cn"), "/", "/",
                      "/", result)  # fmt: skip
            continue
        second = result == "维持原判"
        no = f"（{received.year}）某0123行{'终' if second else '初'}{rng.randint(10, 299)}号"
        sheet.add(n, kind, no, fake.masked(fake.name(rng)), GOV if n % 3 else TEAM,
                  "某市中级人民法院" if second else "某县人民法院", rng.choice(["行政处罚", "行政强制", "土地行政确认"]),
                  fake.date_cell(received, "cn"), fake.date_cell(heard, "cn"), leader or "/",
                  "是" if appeared else "否", result)  # fmt: skip
        records.append({"case_no": no, "heard_on": heard, "appeared": appeared})
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk(
        "reviews_and_lawsuits_in_one_register",
        file,
        "登记台账",
        f,
        "行政复议和行政应诉记在一张表，只靠 案件类型（行政复议/行政诉讼）区分：复议案件（复议机关 某县人民政府，开庭日期 /）不是应诉案件，不计入",
    )
    built.quirk(
        "competing_dates",
        file,
        "登记台账",
        f,
        "收案日期 旁有 开庭日期：年份按开庭日期；2024年12月收案、2025年1月开庭的不计入",
    )


# --- 规范性文件: the 三统一 register kept over the years ---------------------------------------------------------


def running_register_normative_documents(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政规范性文件“三统一”登记簿.xlsx"
    head = ["登记号", "登记日期", "文件名称", "制定机关", "发文字号", "印发日期", "施行日期", "有效期至", "效力状态"]
    sheet = Sheet("登记簿")
    sheet.title(f"{TOWN}行政规范性文件统一登记、统一编号、统一印发登记簿", len(head))
    sheet.header([head])
    plan = [  # registered, issued, name, status
        (dt.date(2021, 3, 2), dt.date(2021, 3, 10), "澄溪镇集镇市容管理办法", "已废止"),
        (dt.date(2021, 9, 13), dt.date(2021, 9, 22), "澄溪镇村级财务管理规定", "已失效"),
        (dt.date(2022, 5, 6), dt.date(2022, 5, 18), "澄溪镇农村建房管理实施细则", "现行有效"),
        (dt.date(2022, 11, 1), dt.date(2022, 11, 9), "澄溪镇河道保洁管理办法", "现行有效"),
        (dt.date(2023, 4, 10), dt.date(2023, 4, 20), "澄溪镇农贸市场管理暂行规定", "现行有效"),
        (dt.date(2023, 8, 7), dt.date(2023, 8, 15), "澄溪镇临时救助实施办法", "现行有效"),
        (dt.date(2023, 12, 27), dt.date(YEAR, 1, 8), "澄溪镇村级工程项目管理办法", "现行有效"),
        (dt.date(YEAR, 5, 14), dt.date(YEAR, 5, 24), "澄溪镇户外广告设置管理规定", "现行有效"),
        (dt.date(YEAR, 9, 2), dt.date(YEAR, 9, 12), "澄溪镇秸秆禁烧网格化管理办法", "现行有效"),
        (dt.date(YEAR, 12, 23), dt.date(YEAR, 12, 30), "澄溪镇集镇停车管理办法", "现行有效"),
    ]
    serial: dict[int, int] = {}
    records = []
    for registered, issued, name, status in plan:
        serial[registered.year] = serial.get(registered.year, 0) + 1
        takes_effect = issued + dt.timedelta(days=30)
        sheet.add(
            f"澄府规〔{registered.year}〕{serial[registered.year]:03d}",
            fake.date_cell(registered, "dot"),
            name,
            GOV,
            f"澄政发〔{issued.year}〕{rng.randint(3, 60)}号",
            fake.date_cell(issued, "dot"),
            fake.date_cell(takes_effect, "dot"),
            fake.date_cell(dt.date(takes_effect.year + 5, takes_effect.month, 1), "dot"),
            status,
        )
        records.append({"issued_on": issued})
    built.books.append(Book(file, [sheet]))
    built.ledgers["normative_documents"] = records
    built.quirk(
        "running_register_over_years",
        file,
        "登记簿",
        "normative_documents.issued",
        "三统一 登记簿 逐年续记（2021–2024 年的文件都在一张表里，效力状态 现行有效/已废止/已失效）：只计印发日期在2024年的",
    )
    built.quirk(
        "registration_year_not_issue_year",
        file,
        "登记簿",
        "normative_documents.issued",
        "登记号 澄府规〔2023〕003 的一件 2023年12月27日登记、2024年1月8日印发：计入2024年；施行日期、有效期至 不是印发日期",
    )


# --- 法律顾问: the 政府法律顾问's book -----------------------------------------------------------------------------

SERVICE_WAYS = {  # as typed → canonical (None: counted by no figure), weight, count range
    "个别咨询": ("法律咨询", 5, (1, 6)),
    "出具法律意见书": ("法律意见书", 3, (1, 2)),
    "参加会议": (None, 2, (1, 1)),
    "参与商务谈判": (None, 1, (1, 1)),
    "协助法律援助": ("法律援助", 0.6, (1, 1)),
    "法治讲座": ("法治讲座", 1, (1, 1)),
}


def counsel_book_with_contract_register(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}政府法律顾问履职台账（{YEAR}年）.xlsx"
    head = ["序号", "服务日期", "委托科室", "服务事项", "服务方式", "件（次）数", "办理情况"]
    daily = Sheet("日常法律服务")
    daily.title(f"{TOWN}{YEAR}年政府法律顾问履职台账", len(head))
    daily.add("法律顾问单位：某某律师事务所（虚构）    聘期：2024年1月1日至2025年12月31日")
    daily.header([head])
    records = []
    topics = ["征地补偿协议", "集镇改造项目", "综合执法案件", "信访事项答复", "村级工程纠纷", "劳动用工"]
    for n, day in enumerate(fake.dates_in(rng, YEAR, 40), start=1):
        way = fake.pick(rng, {k: w for k, (_, w, _) in SERVICE_WAYS.items()})
        service, _, (lo, hi) = SERVICE_WAYS[way]
        count = rng.randint(lo, hi)
        typed = None if count == 1 and rng.random() < 0.4 else count
        daily.add(
            n,
            fake.date_cell(day, "slash"),
            rng.choice(["党政办", "综合行政执法队", "平安法治办", "经济发展办", "社会事务办"]),
            rng.choice(topics),
            way,
            typed,
            rng.choice(["已办结", "已出具意见", "已答复"]),
        )
        if service:
            records.append({"served_on": day, "service": service, "quantity": typed})
    # 合同审查登记: one row per contract reviewed; the only number is the contract's value.
    chead = ["序号", "审查编号", "送审日期", "合同名称", "送审单位", "合同金额（万元）", "审查意见", "审查人"]
    contracts = Sheet("合同审查登记")
    contracts.title(f"{TOWN}{YEAR}年政府合同合法性审查登记", len(chead))
    contracts.header([chead])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 14), start=1):
        contracts.add(
            n,
            f"澄法审〔{YEAR}〕{n}号",
            fake.date_cell(day, "slash"),
            rng.choice(["村道硬化工程施工合同", "垃圾清运服务合同", "土地流转协议", "物业管理服务合同", "采购合同"]),
            rng.choice([*VILLAGES[1:], "党政办", "经济发展办"]),
            round(rng.choice([3.5, 12, 28.6, 45, 86.2, 150, 236]) * rng.choice([1, 1, 2]), 1),
            rng.choice(["同意签订", "修改后签订", "修改后签订", "不同意签订"]),
            fake.name(rng),
        )
        records.append({"served_on": day, "service": "文书审核", "quantity": 1})
    built.books.append(Book(file, [daily, contracts]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk(
        "counsel_rule_words",
        file,
        "日常法律服务",
        f,
        "服务方式 用政府法律顾问工作规定的说法：个别咨询（=法律咨询）、出具法律意见书、参加会议、参与商务谈判（不计入四项数）；件（次）数 空=1",
    )
    built.quirk(
        "amount_beside_count",
        file,
        "合同审查登记",
        "counsel.document_reviews",
        "合同审查登记 一份合同一行，没有数量列，唯一的数是 合同金额（万元）：不是件数；每行计一件文书审核（不同意签订的也审查了）",
    )


# --- 学法用法: two audiences in one cell ---------------------------------------------------------------------------

AUDIENCES = {"行政执法人员": 4, "镇村干部": 3, "法律明白人": 2, "行政执法人员、法律明白人": 1}


def two_audiences_training(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年学法用法培训台账.xlsx"
    head = ["序号", "培训日期", "培训内容", "培训对象", "培训形式", "参训人数", "学时"]
    sheet = Sheet("培训台账")
    sheet.title(f"{TOWN}{YEAR}年学法用法培训台账", len(head))
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 15), start=1):
        audience = fake.pick(rng, AUDIENCES) if n > 2 else "行政执法人员、法律明白人"
        sheet.add(
            n,
            fake.date_cell(day, "cn"),
            rng.choice(
                ["《行政处罚法》与乡镇赋权事项", "行政执法文书制作", "《民法典》进农村", "《行政复议法》修订解读"]
            ),
            audience,
            rng.choice(["集中培训", "线上", "以会代训"]),
            rng.randint(12, 80),
            rng.choice([2, 3, 4]),
        )
        records.append({"held_on": day, "audience": "法律明白人" if "法律明白人" in audience else audience})
    exam = Sheet("执法人员考试")
    ehead = ["单位", "应参考人数", "实参考人数", "合格人数", "备注"]
    exam.title(f"{TOWN}{YEAR}年行政执法人员法律知识考试情况", len(ehead))
    exam.header([ehead])
    units = ["综合行政执法队", "党政办", "平安法治办", "经济发展办", "社会事务办"]
    required_total = taken_total = 0
    for unit in units:
        required = rng.randint(4, 16)
        taken = required - (1 if rng.random() < 0.4 else 0)
        required_total += required
        taken_total += taken
        exam.add(unit, required, taken, taken, "病假" if taken < required else None)
    exam.add("合计", required_total, taken_total, taken_total, None)
    records.append({"held_on": dt.date(YEAR, 11, 20), "exam_required": required_total, "exam_taken": taken_total})
    built.books.append(Book(file, [sheet, exam]))
    built.ledgers["training"] = records
    built.quirk(
        "two_audiences_in_one_cell",
        file,
        "培训台账",
        "training.legal_literacy_sessions",
        "培训对象 一格写两类：行政执法人员、法律明白人：为法律明白人办的培训，计入",
    )


# --- 政务公开: the portal register, a third of it 行政执法公示 -----------------------------------------------------


def enforcement_publications_disclosure(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年政务公开台账.xlsx"
    head = ["序号", "信息标题", "公开栏目", "公开日期", "公开方式", "责任科室"]
    sheet = Sheet("政务公开")
    sheet.title(f"{TOWN}{YEAR}年政务公开台账", len(head))
    sheet.header([head])
    records = []
    columns = {"财政信息": 3, "重大决策": 1, "行政执法公示": 4, "乡村振兴": 2, "新闻动态": 3}
    k = 0
    for n, day in enumerate(fake.dates_in(rng, YEAR, 36), start=1):
        column = fake.pick(rng, columns)
        if column == "行政执法公示":
            k += 1
            title = f"{TEAM}行政处罚决定信息公示（澄综执罚决〔{YEAR}〕{k}号）"
            kind = "主动公开"
        elif column == "新闻动态":
            title = f"澄溪镇{rng.choice(['开展燃气安全专项整治', '召开法治政府建设推进会', '举办法律明白人培训'])}"
            kind = "媒体发布"
        else:
            title = f"澄溪镇{column}信息（第{n}期）"
            kind = "主动公开"
        typed = {"主动公开": "主动公开", "媒体发布": "宣传报道"}[kind]
        sheet.add(n, title, column, fake.date_cell(day, "iso"), typed,
                  "综合行政执法队" if column == "行政执法公示" else "党政办")  # fmt: skip
        records.append({"published_on": day, "type": kind})
    built.books.append(Book(file, [sheet]))
    built.ledgers["disclosure"] = records
    built.quirk(
        "enforcement_publications_in_disclosure",
        file,
        "政务公开",
        ("disclosure.proactive", "disclosure.media", "disclosure.on_request", "enforcement.cases"),
        "公开栏目 行政执法公示 的信息标题带处罚决定书文号（澄综执罚决〔2024〕3号）：是主动公开的信息，不是执法案件；没有依申请公开的件（0）",
    )


# --- 人民调解: the 司法所's CSV, 履行情况 beside 调解结果 ----------------------------------------------------------

RESULTS = {"调解成功": 8, "调解不成功": 1, "调解中": 0.5}
PERFORMANCE = {"已履行": 6, "部分履行": 1, "未履行": 1}


def performance_beside_result_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}司法所人民调解案件登记（{YEAR}年）.csv"
    head = ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "调解结果", "协议形式", "履行情况", "补贴金额（元）"]
    sheet = Sheet("人民调解")
    sheet.add(*head)
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 28), start=1):
        no = f"（{YEAR}）澄人调字第{n}号"
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头协议", "口头协议", "书面协议"]) if result == "调解成功" else None
        subsidy = (50 if form == "口头协议" else rng.choice([100, 200])) if form else None
        sheet.add(
            n,
            no,
            fake.date_cell(day, "iso"),
            rng.choice(["澄溪镇人民调解委员会", *(f"{v}人民调解委员会" for v in VILLAGES[1:4])]),
            rng.choice(["邻里纠纷", "婚姻家庭纠纷", "山林土地纠纷", "合同纠纷", "损害赔偿纠纷"]),
            result,
            form,
            fake.pick(rng, PERFORMANCE) if form else None,
            subsidy,
        )
        records.append(
            {"file_no": no, "accepted_on": day, "result": result, "form": (form or "")[:2], "subsidy": subsidy}
        )
    built.books.append(Book(file, [sheet], fmt="csv-gbk"))
    built.ledgers["mediation"] = records
    built.quirk(
        "performance_beside_result",
        file,
        "（CSV）",
        ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan"),
        "履行情况（已履行/部分履行/未履行）在 调解结果 旁：未履行 的协议仍是调解成功",
    )
