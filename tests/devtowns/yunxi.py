"""云溪街道（虚构）2024: enforcement in the 双公示 publication layout (许可类别/处罚类别 are not the enforcement
category) plus an 其他执法行为 sheet with qualified categories and 文号+日期 in one cell; disputes with
status ticks and a carried-over table in the same sheet; mediation one sheet per committee with numbers
restarting and a hand-typed monthly summary that disagrees; counsel as a tick matrix; department exam
rows under a 合计 formula."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built

TOWN = "云溪街道"
YEAR = 2024
GOV = "云溪街道办事处"
COMMUNITIES = ("和平社区", "新桥社区", "云溪村", "桃源社区")


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    publication_layout_enforcement(built, rng)
    status_ticks_with_carried_over_table_disputes(built, rng)
    per_committee_numbering_mediation(built, rng)
    sheet_per_type_disclosure(built, rng)
    tick_matrix_counsel(built, rng)
    ticked_appearance_litigation(built, rng)
    typed_category_security(built, rng)
    two_status_tables_fraud_watch(built, rng)
    gb18030_petitions(built, rng)
    department_exam_rows_training(built, rng)
    normative_register(built, rng)
    return built


# --- 行政执法 ---------------------------------------------------------------------------------------

LICENCE_HEADER = [
    "序号",
    "行政相对人名称",
    "行政相对人类别",
    "行政许可决定文书名称",
    "行政许可决定文书号",
    "许可类别",
    "许可内容",
    "许可决定日期",
    "有效期自",
    "有效期至",
    "许可机关",
    "当前状态",
]
PENALTY_HEADER = [
    "序号",
    "行政处罚决定书文号",
    "案件名称",
    "违法行为类型",
    "处罚类别",
    "处罚内容",
    "罚款金额（万元）",
    "行政相对人名称",
    "处罚决定日期",
    "处罚机关",
    "公示期限",
]
OTHER_HEADER = ["序号", "文书号及日期", "事项名称", "执法类别", "行政相对人", "承办科室"]
# Typed category → canonical: qualifiers in brackets, 类 suffixes, short forms.
OTHER_CATEGORIES = {
    "检查（日常）": "行政检查",
    "检查（专项）": "行政检查",
    "行政检查类": "行政检查",
    "行政确认类": "行政确认",
    "确认": "行政确认",
    "行政强制措施": "行政强制",
    "行政给付类": "行政给付",
    "奖励": "行政奖励",
    "行政征收类": "行政征收",
}


def publication_layout_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年行政执法信息公示台账.xlsx"
    records = []
    lic = Sheet("行政许可")
    lic.title(f"{TOWN}{YEAR}年行政许可信息公示台账", len(LICENCE_HEADER))
    lic.header([LICENCE_HEADER])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 27), start=1):
        no = f"云溪街许〔{YEAR}〕{n:03d}号"
        person = rng.random() < 0.6
        lic.add(
            n,
            fake.masked(fake.name(rng)) if person else f"云溪街道{rng.choice('甲乙丙丁')}商店",
            "自然人" if person else "个体工商户",
            "准予行政许可决定书",
            no,
            fake.pick(rng, {"普通": 5, "登记": 2, "核准": 1}),
            rng.choice(["临时占用城市道路", "户外广告设置", "城市建筑垃圾处置核准"]),
            fake.date_cell(day, "iso"),
            fake.date_cell(day, "iso"),
            fake.date_cell(day + dt.timedelta(days=365), "iso"),
            GOV,
            "有效",
        )
        records.append({"case_no": no, "category": "行政许可", "decided_on": day})
    pen = Sheet("行政处罚")
    pen.title(f"{TOWN}{YEAR}年行政处罚信息公示台账", len(PENALTY_HEADER))
    pen.header([PENALTY_HEADER])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 9), start=1):
        no = f"云溪街罚决字〔{YEAR}〕第{n}号"
        kinds = fake.pick(rng, {"罚款": 4, "警告": 1, "罚款；没收违法所得": 1})
        fine = rng.choice([0.05, 0.1, 0.2, 0.5]) if "罚款" in kinds else None
        pen.add(
            n,
            no,
            rng.choice(["占道经营案", "违规设置户外广告案", "乱倒建筑垃圾案"]),
            "违反城市管理规定",
            kinds,
            f"{kinds}" + (f"{fine}万元" if fine else ""),
            fine,
            fake.masked(fake.name(rng)),
            fake.date_cell(day, "cn"),
            GOV,
            "三年",
        )
        records.append({"case_no": no, "category": "行政处罚", "decided_on": day})
    other = Sheet("其他执法行为")
    other.title(f"{TOWN}{YEAR}年其他行政执法行为登记台账", len(OTHER_HEADER))
    other.header([OTHER_HEADER])
    weights = {
        "检查（日常）": 8,
        "检查（专项）": 3,
        "行政检查类": 2,
        "行政确认类": 4,
        "确认": 2,
        "行政强制措施": 1,
        "行政给付类": 2,
        "奖励": 1,
        "行政征收类": 0.5,
    }
    prefixes = {
        "行政检查": "云溪街检",
        "行政确认": "云溪街确",
        "行政强制": "云溪街强",
        "行政给付": "云溪街给",
        "行政奖励": "云溪街奖",
        "行政征收": "云溪街征",
    }
    serial: dict[str, int] = {}
    rows = []
    for day in fake.dates_in(rng, YEAR, 52):
        typed = fake.pick(rng, weights)
        category = OTHER_CATEGORIES[typed]
        serial[category] = serial.get(category, 0) + 1
        no = f"{prefixes[category]}〔{YEAR}〕{serial[category]}号"
        rows.append((no, day, typed, category))
    rows.insert(20, rows[19])  # the same inspection entered twice: one case
    for n, (no, day, typed, category) in enumerate(rows, start=1):
        # 文号 and date in one cell, in either order, as clerks type them.
        cell = f"{no} {day.year}.{day.month}.{day.day}" if n % 3 else f"{day.year}年{day.month}月{day.day}日\n{no}"
        other.add(
            n,
            cell,
            rng.choice(
                [
                    "燃气安全检查",
                    "沿街商铺消防检查",
                    "居住证明确认",
                    "困难群众临时救助",
                    "违法建筑强制拆除",
                    "见义勇为奖励",
                ]
            ),
            typed,
            rng.choice([fake.masked(fake.name(rng)), "云溪街道某餐馆"]),
            rng.choice(["城管办", "应急办", "社事办"]),
        )
        records.append({"case_no": no, "category": category, "decided_on": day})
    built.books.append(Book(file, [lic, pen, other]))
    built.ledgers["enforcement"] = records
    f = (
        "enforcement.cases",
        "enforcement.licensing",
        "enforcement.penalty",
        "enforcement.inspection",
        "enforcement.confirmation",
        "enforcement.coercion",
        "enforcement.payment",
        "enforcement.award",
        "enforcement.levy",
    )
    built.quirk(
        "category_from_sheet_or_title",
        file,
        "行政许可/行政处罚",
        ("enforcement.licensing", "enforcement.penalty"),
        "双公示格式没有执法类别列，类别取自工作表名",
    )
    built.quirk(
        "subtype_column_not_category",
        file,
        "行政许可/行政处罚",
        ("enforcement.licensing", "enforcement.penalty"),
        "“许可类别”（普通/登记/核准）和“处罚类别”（罚款/警告）是子类，不是执法类别",
    )
    built.quirk("value_qualifiers", file, "其他执法行为", ("enforcement.inspection",), "检查（日常）、检查（专项）")
    built.quirk("value_suffixes", file, "其他执法行为", f, "行政检查类、行政确认类、行政给付类、行政征收类")
    built.quirk(
        "date_and_number_in_one_cell",
        file,
        "其他执法行为",
        f,
        "“文书号及日期”一格里写 云溪街检〔2024〕3号 2024.3.5，或 日期\\n文号",
    )
    built.quirk("duplicate_entry", file, "其他执法行为", "enforcement.cases", "同一检查登记了两行：按文号计一件")


# --- 矛盾纠纷: status as ticks; a carried-over table below in the same sheet ---------------------------


def status_ticks_with_carried_over_table_disputes(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}矛盾纠纷排查化解台账（{YEAR}年）.xlsx"
    sheet = Sheet("排查化解")
    top = ["序号", "排查时间", "所在社区", "纠纷情况", None, None, "化解情况", None, None, "化解时间", "责任人"]
    low = [None, None, None, "纠纷类型", "涉及当事人", "简要情况", "已化解", "化解中", "未化解", None, None]
    merges = [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 6), (1, 7, 1, 9), (1, 10, 2, 10), (1, 11, 2, 11)]
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解台账", len(top))
    sheet.header([top, low], merges)
    records = []
    statuses = {"已化解": 9, "化解中": 0.8, "未化解": 0.3}
    for n, day in enumerate(fake.dates_in(rng, YEAR, 83), start=1):
        status = fake.pick(rng, statuses)
        ticks = ["√" if status == s else None for s in statuses]
        sheet.add(
            n,
            fake.date_cell(day, fake.pick(rng, {"serial": 2, "cn": 2, "date": 3})),
            rng.choice(COMMUNITIES),
            rng.choice(["邻里纠纷", "物业纠纷", "婚姻家庭纠纷", "消费纠纷", "劳动争议"]),
            f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}",
            "因琐事发生争执",
            *ticks,
            fake.date_cell(day + dt.timedelta(days=5), "cn") if status == "已化解" else None,
            fake.name(rng),
        )
        records.append({"key": n, "screened_on": day, "status": status})
    sheet.blank()
    sheet.blank()
    sheet.title("上年结转矛盾纠纷化解情况", len(top))
    sheet.header([top, low], merges)
    for n, day in enumerate(fake.dates_in(rng, YEAR - 1, 4, first=dt.date(YEAR - 1, 11, 1)), start=1):
        sheet.add(
            n,
            fake.date_cell(day, "cn"),
            rng.choice(COMMUNITIES),
            "邻里纠纷",
            fake.masked(fake.name(rng)),
            "上年排查，本年化解",
            "√",
            None,
            None,
            fake.date_cell(dt.date(YEAR, 1, 20 + n), "cn"),
            fake.name(rng),
        )
        records.append({"key": f"2023-{n}", "screened_on": day, "status": "已化解"})
    built.books.append(Book(file, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("tick_matrix", file, "排查化解", f, "化解情况 下分 已化解/化解中/未化解 三列打 √")
    built.quirk("parent_over_ticks", file, "排查化解", f, "父标题“化解情况”不是化解状态列本身")
    built.quirk("several_tables", file, "排查化解", f, "同一工作表下方另有“上年结转”表（2023年排查），不计入本年排查数")


# --- 人民调解: one sheet per committee, 卷宗号 restarting; a hand-typed monthly summary that is off --------


def per_committee_numbering_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解案件台账（{YEAR}）.xlsx"
    header = ["卷宗号", "申请日期", "调解组织", "纠纷类别", "当事人", "协议方式", "调解结果", "案补金额", "结案时间"]
    sheets, records = [], []
    monthly = {m: [0, 0] for m in range(1, 13)}
    for org in ("街道调委会", *COMMUNITIES[:3]):
        sheet = Sheet(org)
        sheet.title(
            f"{TOWN}{org.replace('街道', '', 1) if org.startswith('街道') else org}{YEAR}年人民调解案件登记台账",
            len(header),
        )
        sheet.header([header])
        for n, day in enumerate(fake.dates_in(rng, YEAR, rng.randint(9, 16)), start=1):
            result = fake.pick(rng, {"调解成功": 6, "成功": 2, "终止调解": 0.6, "调解中": 0.4})
            ok = result in ("调解成功", "成功")
            form = ("口头" if rng.random() < 0.6 else "书面") if ok else None
            amount = (50 if form == "口头" else 200) if ok else None
            amount_cell = (
                None
                if amount is None
                else fake.pick(rng, {f"{amount}元": 2, str(amount): 2, {50: "伍拾", 200: "贰佰"}[amount]: 1})
            )
            no = f"（{YEAR}）人调字第{n}号"
            sheet.add(
                no,
                fake.date_cell(day, fake.pick(rng, {"dot": 2, "date": 2})),
                org,
                rng.choice(["邻里纠纷", "物业纠纷", "婚姻家庭纠纷", "合同纠纷"]),
                fake.masked(fake.name(rng)),
                {None: None, "口头": "口头协议", "书面": "书面协议"}[form],
                result,
                amount_cell,
                fake.date_cell(day + dt.timedelta(days=7), "dot") if result != "调解中" else None,
            )
            records.append(
                {
                    "file_no": f"{org}:{no}",
                    "accepted_on": day,
                    "result": "调解成功" if ok else "其他",
                    "form": form,
                    "subsidy": amount,
                }
            )
            monthly[day.month][0] += 1
            monthly[day.month][1] += ok
        sheets.append(sheet)
    summary = Sheet("月度汇总")
    summary.title(f"{TOWN}{YEAR}年人民调解案件月度汇总（手工填报）", 3)
    summary.header([["月份", "受理（件）", "调解成功（件）"]])
    for m, (taken, ok) in monthly.items():
        # November was filled in before two late cases were entered: the hand-typed summary is stale.
        summary.add(f"{m}月", taken - (1 if m == 11 else 0), ok - (1 if m == 11 else 0))
    summary.add("合计", sum(v[0] for v in monthly.values()) - 1, sum(v[1] for v in monthly.values()) - 1)
    sheets.append(summary)
    built.books.append(Book(file, sheets))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk(
        "restarting_numbers",
        file,
        "街道调委会/各社区",
        f,
        "每个调委会一张表，卷宗号都从（2024）人调字第1号起：相同卷宗号是不同案件",
    )
    built.quirk("aggregate_sheet", file, "月度汇总", f, "手填的月度汇总表，不是记录")
    built.quirk(
        "aggregate_vs_records",
        file,
        "月度汇总",
        "mediation.cases",
        "汇总比记录少 1 件（11月汇总填得早）：以记录为准，并提示不一致",
    )


# --- 政务公开: one sheet per type, no type column; an empty 依申请公开 sheet -----------------------------


def sheet_per_type_disclosure(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年政务公开台账.xlsx"
    records, sheets = [], []
    for kind, sheet_name, count, titles in (
        (
            "主动公开",
            "主动公开",
            58,
            (
                "云溪街道办事处2024年部门预算",
                "低保对象公示",
                "老旧小区改造项目公示",
                "燃气安全隐患排查通告",
                "城市管理执法公示",
            ),
        ),
        ("媒体发布", "宣传报道", 36, ("云溪街道开展反诈宣传", "和平社区举办邻里节", "新桥社区法律明白人进小区")),
    ):
        sheet = Sheet(sheet_name)
        sheet.title(f"{TOWN}{YEAR}年{sheet_name}信息登记", 5)
        sheet.header([["序号", "标题", "发布时间", "发布渠道", "责任科室"]])
        for n, day in enumerate(fake.dates_in(rng, YEAR, count), start=1):
            when = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59))
            sheet.add(
                n,
                rng.choice(titles),
                f"{when:%Y-%m-%d %H:%M}",
                rng.choice(
                    ["政府网站", "微信公众号", "政务公开栏"] if kind == "主动公开" else ["微信公众号", "市融媒体"]
                ),
                rng.choice(["党政办", "社事办", "城管办"]),
            )
            records.append({"published_on": day, "type": kind})
        sheets.append(sheet)
    req = Sheet("依申请公开")
    req.title(f"{TOWN}{YEAR}年依申请公开登记", 6)
    req.header([["序号", "申请日期", "申请人", "申请内容", "答复日期", "答复结果"]])
    req.add("本年度未收到政府信息公开申请。")
    sheets.append(req)
    built.books.append(Book(file, sheets))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk(
        "category_from_sheet_or_title", file, "主动公开/宣传报道/依申请公开", f, "没有公开类型列，类型即工作表名"
    )
    built.quirk("no_record_is_zero", file, "依申请公开", "disclosure.on_request", "表在、只有一句说明：是 0")


# --- 法律顾问: a tick matrix, √ or a number under each service --------------------------------------

COUNSEL_SERVICES = ("法律咨询", "法律意见书", "文书审核", "法律援助", "参与调解", "法治讲座")


def tick_matrix_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}法律顾问服务登记表.xlsx"
    sheet = Sheet("服务登记")
    width = 2 + len(COUNSEL_SERVICES) + 2
    sheet.title(f"{TOWN}{YEAR}年村（社区）法律顾问服务登记表", width)
    sheet.header(
        [
            ["日期", "服务社区", "服务内容", *[None] * (len(COUNSEL_SERVICES) - 1), "法律顾问", "备注"],
            [None, None, *COUNSEL_SERVICES, None, None],
        ],
        [
            (1, 1, 2, 1),
            (1, 2, 2, 2),
            (1, 3, 1, 2 + len(COUNSEL_SERVICES)),
            (1, width - 1, 2, width - 1),
            (1, width, 2, width),
        ],
    )
    records = []
    for day in fake.dates_in(rng, YEAR, 70):
        cells = []
        for service in COUNSEL_SERVICES:
            p = {
                "法律咨询": 0.7,
                "法律意见书": 0.12,
                "文书审核": 0.3,
                "法律援助": 0.04,
                "参与调解": 0.2,
                "法治讲座": 0.1,
            }[service]
            if rng.random() < p:
                qty = rng.choice([1, 1, 1, 2, 3]) if service == "法律咨询" else 1
                cells.append("√" if qty == 1 else qty)
                records.append({"served_on": day, "service": service, "quantity": qty})
            else:
                cells.append(None)
        sheet.add(fake.date_cell(day, "date"), rng.choice(COMMUNITIES), *cells, fake.name(rng), None)
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("tick_matrix", file, "服务登记", f, "服务内容下分 6 列，打 √（=1）或写数字（=该数）")
    built.quirk("parent_over_ticks", file, "服务登记", f, "父标题“服务内容”合并在各服务列之上")


# --- 行政应诉: 负责人出庭 ticked; a case heard last year ----------------------------------------------


def ticked_appearance_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政机关负责人出庭应诉情况统计表.xlsx"
    sheet = Sheet("出庭应诉")
    header = ["序号", "案号", "原告", "案由", "开庭日期", "负责人出庭", "出庭负责人及职务", "未出庭原因", "审理结果"]
    sheet.title(f"{TOWN}{YEAR}年行政机关负责人出庭应诉情况统计表", len(header))
    sheet.header([header])
    plan = (
        (dt.date(YEAR - 1, 12, 12), True),
        (dt.date(YEAR, 4, 9), True),
        (dt.date(YEAR, 7, 2), False),
        (dt.date(YEAR, 10, 23), True),
    )
    records = []
    for n, (day, appeared) in enumerate(plan, start=1):
        no = f"（{day.year}）黔9902行初{30 + n}号"
        sheet.add(
            n,
            no,
            fake.masked(fake.name(rng)),
            rng.choice(["行政强制拆除", "政府信息公开", "行政补偿"]),
            fake.date_cell(day, "date"),
            "√" if appeared else None,
            "副主任" if appeared else None,
            None if appeared else "因公出差，委托工作人员出庭",
            rng.choice(["驳回诉讼请求", "撤诉"]),
        )
        records.append({"case_no": no, "heard_on": day, "appeared": appeared})
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("tick_marks", file, "出庭应诉", f, "负责人出庭 一列打 √，空白为否")
    built.quirk("prior_year_row", file, "出庭应诉", f, "第1件2023年12月开庭：不计入2024年")


# --- 平安建设: a 类型 column with short forms; an impossible 2024年4月31日 --------------------------------


def typed_category_security(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}平安建设台账.xlsx"
    sheet = Sheet("治安案件及家暴告诫")
    header = ["序号", "日期", "类型", "所在社区", "当事人", "处理结果", "拘留（人）"]
    sheet.title(f"{TOWN}{YEAR}年平安建设台账", len(header))
    sheet.header([header])
    plan = [("家庭暴力告诫书", 0)] * 14 + [("家暴治安案件", 1), ("涉黄", 2), ("涉黄", 1), ("涉赌", 3), ("涉黄", 4)]
    records = []
    days = fake.dates_in(rng, YEAR, len(plan))
    rng.shuffle(plan)
    for n, ((typed, detained), day) in enumerate(zip(plan, days), start=1):
        cell: object = fake.date_cell(day, "date")
        if n == 5:
            day, cell = dt.date(YEAR, 4, 30), f"{YEAR}年4月31日"  # impossible day, certain year
        canonical = {
            "家庭暴力告诫书": "家暴告诫书",
            "家暴治安案件": "家暴治安案件",
            "涉黄": "涉黄治安案件",
            "涉赌": "涉赌治安案件",
        }[typed]
        sheet.add(
            n,
            cell,
            typed,
            rng.choice(COMMUNITIES),
            fake.masked(fake.name(rng)),
            "行政拘留" if detained else "出具告诫书",
            detained if detained else None,
        )
        records.append({"occurred_on": day, "type": canonical, "detained": detained})
    built.books.append(Book(file, [sheet]))
    built.ledgers["security"] = records
    built.quirk("impossible_day", file, "治安案件及家暴告诫", ("security.*",), "第5条 2024年4月31日：计入2024年并警告")


# --- 涉诈: two tables, 在册 and 已核减, no status column -------------------------------------------------


def two_status_tables_fraud_watch(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}涉诈高危人员台账.xlsx"
    sheet = Sheet("名单")
    header = ["序号", "姓名", "身份证号码", "联系电话", "所在社区", "是否取得联系", "备注"]
    records = []
    for title, status, count in (("一、在册涉诈高危人员", "在册", 8), ("二、已核减人员", "已核减", 5)):
        sheet.title(title, len(header))
        sheet.header([header])
        for n in range(1, count + 1):
            contacted = status == "在册" and rng.random() < 0.6
            sheet.add(
                n,
                fake.name(rng),
                fake.id_number(rng),
                fake.mobile(rng),
                rng.choice(COMMUNITIES),
                ("是" if contacted else "否") if status == "在册" else None,
                f"{YEAR}年{rng.randint(2, 11)}月核减" if status == "已核减" else None,
            )
            records.append({"status": status, "contacted": contacted})
        sheet.blank()
    built.books.append(Book(file, [sheet]))
    built.ledgers["fraud_watch"] = records
    f = ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted")
    built.quirk("several_tables", file, "名单", f, "在册与已核减两张表上下排列，各有表头，序号各自从1起")
    built.quirk("category_from_sheet_or_title", file, "名单", f, "没有状态列，状态取自各表标题")


# --- 信访: GB18030 CSV ---------------------------------------------------------------------------


def gb18030_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年信访事项台账.csv"
    sheet = Sheet("信访")
    sheet.add(f"{TOWN}{YEAR}年上级交办信访事项台账")
    sheet.header([["信访件编号", "来源", "信访人姓名", "主要诉求", "重复信访", "交办时间", "化解情况", "办结时间"]])
    plan = (("中联办", "已化解"), ("省联办", "正在化解"), ("市联办", "已化解"), ("市联办", "已化解"))
    records = []
    for n, (source, status) in enumerate(plan, start=1):
        day = fake.dates_in(rng, YEAR, 1)[0]
        no = f"YX-{YEAR}-{n:02d}"
        sheet.add(
            no,
            source,
            fake.masked(fake.name(rng)),
            rng.choice(["物业维修资金", "拆迁补偿", "噪音扰民"]),
            "是" if status == "正在化解" else "否",
            fake.date_cell(day, "cn_hao"),
            status,
            fake.date_cell(day + dt.timedelta(days=40), "cn_hao") if status == "已化解" else None,
        )
        records.append({"petition_no": no, "source": source, "assigned_on": day, "status": status})
    built.books.append(Book(file, [sheet], "csv-gb18030"))
    built.ledgers["petitions"] = records
    built.quirk("hao_for_ri", file, "（CSV）", ("petitions.*",), "交办时间 2024年3月5号")


# --- 学法: sessions per sheet; exam rows per department under a 合计 formula ------------------------------


def department_exam_rows_training(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年学法用法台账.xlsx"
    sessions = Sheet("法律明白人培训")
    sessions.title(f"{TOWN}{YEAR}年法律明白人培训台账", 5)
    sessions.header([["序号", "培训日期", "培训主题", "培训形式", "参训人数"]])
    records = []
    for n, (day, form) in enumerate(zip(fake.dates_in(rng, YEAR, 4), ("线下", "线上", "线下", "现场")), start=1):
        sessions.add(
            n,
            fake.date_cell(day, "cn"),
            rng.choice(["民法典宣讲", "人民调解技巧", "反诈知识"]),
            form,
            rng.randint(30, 80),
        )
        records.append({"held_on": day, "audience": "法律明白人"})
    exam = Sheet("法宣在线考试")
    exam.title(f"{TOWN}{YEAR}年度领导干部法宣在线考试参考情况", 4)
    exam.header([["科室", "应参考人数", "实参考人数", "参考率"]])
    first = exam.next_row
    day = dt.date(YEAR, 11, 20)
    for dept in ("党政办", "社事办", "城管办", "经发办", "综治中心"):
        required = rng.randint(4, 9)
        taken = required - (1 if dept == "城管办" else 0)
        r = exam.next_row
        exam.add(dept, required, taken, Formula(f"C{r}/B{r}", round(taken / required, 6)))
        records.append({"held_on": day, "audience": "领导干部", "exam_required": required, "exam_taken": taken})
    last = exam.next_row - 1
    req = sum(r.get("exam_required") or 0 for r in records)
    took = sum(r.get("exam_taken") or 0 for r in records)
    r = exam.next_row
    exam.add(
        "合计",
        Formula(f"SUM(B{first}:B{last})", req),
        Formula(f"SUM(C{first}:C{last})", took),
        Formula(f"C{r}/B{r}", round(took / req, 6)),
    )
    exam.add("考试时间：2024年11月20日")
    built.books.append(Book(file, [sessions, exam]))
    built.ledgers["training"] = records
    built.quirk(
        "category_from_sheet_or_title",
        file,
        "法律明白人培训",
        "training.legal_literacy_sessions",
        "没有对象列，对象取自工作表名“法律明白人培训”",
    )
    built.quirk(
        "total_row_not_record",
        file,
        "法宣在线考试",
        "training.exam_coverage",
        "合计行为 SUM 公式：不得与各科室行再加一遍",
    )
    built.quirk("formula_cached_values", file, "法宣在线考试", "training.exam_coverage")


def normative_register(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政规范性文件备案登记表.xlsx"
    sheet = Sheet("备案登记")
    header = ["序号", "规范性文件名称", "发文字号", "公布日期", "报备时间", "备案审查结果"]
    sheet.title(f"{TOWN}行政规范性文件备案登记表", len(header))
    sheet.header([header])
    plan = (
        (dt.date(YEAR - 1, 9, 15), "云溪街道城市管理网格化工作办法"),
        (dt.date(YEAR, 3, 8), "云溪街道临时救助实施细则"),
        (dt.date(YEAR, 8, 19), "云溪街道居民小区停车管理办法"),
    )
    records = []
    for n, (day, name) in enumerate(plan, start=1):
        no = f"云溪办发〔{day.year}〕{n + 2}号"
        sheet.add(n, name, no, fake.date_cell(day, "cn"), fake.date_cell(day + dt.timedelta(days=20), "cn"), "予以备案")
        records.append({"doc_no": no, "issued_on": day})
    built.books.append(Book(file, [sheet]))
    built.ledgers["normative_documents"] = records
