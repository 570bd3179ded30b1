"""The sample 矛盾纠纷排查化解台账 and 人民调解案件登记台账, built together so every mediation points at its dispute."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from fzlib.sample import people
from fzlib.sample.messy import amount_cell, date_cell, noisy, pick, placeholder, spread_dates
from fzlib.sample.targets import SUBSIDY_ORAL, SUBSIDY_WRITTEN, Ledger, Town
from fzlib.sample.writers import Book, Sheet

DISPUTE_COLUMNS = [
    "编号",
    "排查日期",
    "村（社区）",
    "纠纷类型",
    "当事人",
    "联系电话",
    "简要情况",
    "化解状态",
    "化解日期",
    "责任人",
    "风险等级",
]
MEDIATION_COLUMNS = [
    "卷宗号",
    "受理日期",
    "调解组织",
    "纠纷类型",
    "申请人",
    "被申请人",
    "协议形式",
    "调解结果",
    "结案日期",
    "补贴等级",
    "补贴金额",
    "关联排查编号",
    "履行情况",
]

# canonical type → (weight in a rural town, typed variants, what happened)
TYPES = {
    "邻里": (
        30,
        ["邻里", "邻里纠纷"],
        [
            "因房屋滴水、排水沟渠问题发生争执",
            "因修建围墙占道发生纠纷",
            "因牲畜损毁庄稼发生纠纷",
            "因通行便道使用发生争执",
        ],
    ),
    "山林土地": (
        22,
        ["山林土地", "土地承包", "林地", "山林土地纠纷"],
        ["因土地流转租金支付问题发生纠纷", "因承包地边界不清发生争议", "因林地界址不清发生争执"],
    ),
    "婚姻家庭": (
        12,
        ["婚姻家庭", "家庭纠纷", "婚姻家庭继承", "婚姻家庭纠纷"],
        ["因赡养老人费用分摊发生矛盾", "因夫妻感情不和引发家庭矛盾", "因遗产继承发生争执"],
    ),
    "房屋宅基地": (
        10,
        ["房屋宅基地", "宅基地", "房屋宅基地纠纷"],
        ["因宅基地界址不清发生争执", "因建房地基越界发生纠纷"],
    ),
    "损害赔偿": (6, ["损害赔偿", "损害赔偿纠纷"], ["因烤烟房失火殃及邻户发生赔偿纠纷", "因犬只咬伤发生赔偿纠纷"]),
    "合同": (4, ["合同", "合同纠纷"], ["因辣椒收购合同价款结算发生纠纷"]),
    "劳动争议": (4, ["劳动争议", "欠薪", "劳务"], ["因产业路施工务工工资拖欠发生纠纷"]),
    "道路交通事故": (4, ["道路交通事故", "交通事故"], ["因农用三轮车刮擦事故赔偿发生纠纷"]),
    "村务管理": (3, ["村务管理", "村务管理纠纷"], ["对村集体经济收益分配有异议"]),
    "生产经营": (2, ["生产经营", "生产经营纠纷"], ["因烤烟代烤费用结算发生纠纷"]),
    "其他": (3, ["其他"], ["因饮水管道使用发生争执"]),
}
STATUS_VARIANTS = {
    "已化解": ["已化解", "化解", "已调处化解"],
    "化解中": ["化解中", "正在化解", "稳控中"],
    "未化解": ["未化解"],
}
RESULT_VARIANTS = {"调解成功": ["调解成功", "成功"], "调解不成功": ["调解不成功", "不成功", "终止调解"]}
FORM_VARIANTS = {"口头": ["口头", "口头协议"], "书面": ["书面", "书面协议", "调解协议书"]}

DISPUTE_HEADERS = {  # by layout
    2024: [
        "序号",
        "编号",
        "登记日期",
        "村居",
        "矛盾纠纷类型",
        "涉及当事人",
        "联系方式",
        "简要情况",
        "办理状态",
        "化解时间",
        "责任人",
        "风险等级",
    ],
    2023: [
        "序号",
        "编号",
        "排查日期",
        "村（社区）",
        "纠纷类型",
        "当事人",
        "联系电话",
        "简要情况",
        "化解状态",
        "化解日期",
        "责任人",
        "风险等级",
    ],
}
# Two-row headers: 当事人 spans 申请人 / 被申请人.
MEDIATION_HEADERS = {
    2024: [
        "序号",
        "卷宗号",
        "受理时间",
        "调解组织",
        "纠纷类别",
        ("当事人", ["申请人", "被申请人"]),
        "协议方式",
        "调解结果",
        "结案日期",
        "补贴等级",
        "补助金额（元）",
        "关联排查编号",
        "履行情况",
    ],
    2023: [
        "序号",
        "卷号",
        "受理日期",
        "调解组织",
        "纠纷类型",
        ("当事人", ["申请人", "被申请人"]),
        "协议形式",
        "调解结果",
        "结案日期",
        "补贴等级",
        "案补金额",
        "关联排查编号",
        "履行情况",
    ],
}
_QUARTERS = ("一季度", "二季度", "三季度", "四季度")


def _disputes(rng: random.Random, town: Town) -> list[dict]:
    year = town.year
    fig = town.figures["disputes"]
    screened, resolved = fig["screened"], fig["resolved"]
    open_count = screened - resolved
    statuses = ["已化解"] * resolved + ["化解中"] * (open_count - open_count // 3) + ["未化解"] * (open_count // 3)
    rng.shuffle(statuses)
    names = list(TYPES)
    weights = [TYPES[t][0] for t in names]
    officers = [people.name(rng) for _ in range(6)]
    dates = spread_dates(rng, year, screened, end=dt.date(year, 12, 12), weekdays_only=False)
    last = dt.date(year, 12, 30)
    out = []
    for n, (day, status) in enumerate(zip(dates, statuses), start=1):
        kind = rng.choices(names, weights=weights)[0]
        a, b = people.name(rng), people.name(rng)
        story = rng.choice(TYPES[kind][2])
        resolved_on = min(day + dt.timedelta(days=rng.randint(1, 20)), last) if status == "已化解" else None
        out.append(
            {
                "编号": f"{town.code}JF{year}-{n:04d}",
                "排查日期": pd.Timestamp(day),
                "村（社区）": rng.choice(town.villages),
                "纠纷类型": kind,
                "当事人": f"{a}、{b}",
                "联系电话": people.mobile(rng),
                "简要情况": f"{a}与{b}{story}" if rng.random() < 0.6 else f"双方{story}",
                "化解状态": status,
                "化解日期": pd.Timestamp(resolved_on) if resolved_on else pd.NaT,
                "责任人": rng.choice(officers),
                "风险等级": rng.choices(["黄", "橙", "红"], weights=[85, 12, 3])[0],
                "_parties": (a, b),
            }
        )
    return out


def _mediations(rng: random.Random, town: Town, disputes: list[dict]) -> list[dict]:
    year = town.year
    fig = town.figures["mediation"]
    done = [d for d in disputes if d["化解状态"] == "已化解"]
    written = [tier for tier, k in fig["written"].items() for _ in range(k)]
    forms = [None] * fig["oral"] + written
    if len(forms) != len(done):
        raise ValueError(f"{year}: {len(forms)} successful mediations planned for {len(done)} resolved disputes")
    rng.shuffle(forms)
    failed = rng.sample([d for d in disputes if d["化解状态"] != "已化解"], fig["failed"])
    cases = []
    for dispute, tier in zip(done, forms):
        cases.append((dispute, "调解成功", "书面" if tier else "口头", tier))
    for dispute in failed:
        cases.append((dispute, "调解不成功", None, None))
    cases.sort(key=lambda c: (c[0]["排查日期"], c[0]["编号"]))
    out = []
    for n, (dispute, result, form, tier) in enumerate(cases, start=1):
        received = dispute["排查日期"] + pd.Timedelta(days=rng.randint(0, 1))
        if result == "调解成功":
            closed = max(dispute["化解日期"], received)
            subsidy = SUBSIDY_WRITTEN[tier] if tier else SUBSIDY_ORAL
            performed = rng.choices(["已履行", "部分履行"], weights=[95, 5])[0]
        else:
            closed, subsidy, performed = pd.NaT, None, None
        village = dispute["村（社区）"]
        out.append(
            {
                "卷宗号": f"（{year}）{town.short[0]}人调字第{n}号",
                "受理日期": received,
                "调解组织": "镇调委会" if rng.random() < 0.3 else f"{village}调委会",
                "纠纷类型": dispute["纠纷类型"],
                "申请人": dispute["_parties"][0],
                "被申请人": dispute["_parties"][1],
                "协议形式": form,
                "调解结果": result,
                "结案日期": closed,
                "补贴等级": tier,
                "补贴金额": subsidy,
                "关联排查编号": dispute["编号"],
                "履行情况": performed,
            }
        )
    return out


def _dispute_book(rng: random.Random, town: Town, disputes: list[dict]) -> Book:
    year, layout = town.year, town.layout("disputes")
    headers = DISPUTE_HEADERS[layout]
    sheet = Sheet("矛盾纠纷排查化解台账")
    sheet.title(town.title("矛盾纠纷排查化解台账"), len(headers))
    if layout == 2023:
        sheet.line(town.filing_line(year + 1, 1, 5, f"{town.name}综治中心"))
    sheet.header(headers)
    styles = {"iso": 8, "slash": 1} if layout == 2024 else {"iso": 3, "dot": 2, "slash": 2, "cn": 2, "compact": 1}
    for seq, d in enumerate(disputes, start=1):
        sheet.record(
            [
                seq,
                d["编号"],
                date_cell(d["排查日期"].date(), pick(rng, styles)),
                noisy(d["村（社区）"], rng),
                noisy(rng.choice(TYPES[d["纠纷类型"]][1]), rng),
                d["当事人"],
                d["联系电话"],
                d["简要情况"],
                rng.choice(STATUS_VARIANTS[d["化解状态"]]),
                date_cell(d["化解日期"].date(), pick(rng, styles)) if d["化解状态"] == "已化解" else placeholder(rng),
                d["责任人"],
                d["风险等级"],
            ]
        )
    if layout == 2024:
        # The web platform appends its own count line under the table.
        sheet.record(["合计", f"共{len(disputes)}条"] + [None] * (len(headers) - 2))
        return Book(f"{year}年矛盾纠纷排查化解台账（平台导出）.xls", [sheet], "html-xls")
    return Book(f"{year}年矛盾纠纷排查化解台账.csv", [sheet], "csv-gb18030")


def _mediation_book(rng: random.Random, town: Town, cases: list[dict]) -> Book:
    year = town.year
    headers = MEDIATION_HEADERS[town.layout("mediation")]
    width = sum(len(h[1]) if isinstance(h, tuple) else 1 for h in headers)
    styles = {"date": 6, "serial": 1, "cn": 1, "dot": 1, "compact": 1}
    sheets = []
    for q in range(4):
        quarter = [c for c in cases if (c["受理日期"].month - 1) // 3 == q]
        sheet = Sheet(_QUARTERS[q])
        sheet.title(town.title("人民调解案件登记台账", f"（{_QUARTERS[q]}）"), width)
        end_month = 3 * q + 4
        unit = f"{town.name}人民调解委员会"
        sheet.line(town.filing_line(year + (end_month > 12), (end_month - 1) % 12 + 1, 10, unit))
        sheet.blank()
        sheet.header2([(h, None) if isinstance(h, str) else h for h in headers])
        total = 0
        for seq, c in enumerate(quarter, start=1):
            ok = c["调解结果"] == "调解成功"
            total += c["补贴金额"] or 0
            sheet.record(
                [
                    seq,
                    c["卷宗号"],
                    date_cell(c["受理日期"].date(), pick(rng, styles)),
                    c["调解组织"],
                    noisy(rng.choice(TYPES[c["纠纷类型"]][1]), rng),
                    c["申请人"],
                    c["被申请人"],
                    rng.choice(FORM_VARIANTS[c["协议形式"]]) if ok else placeholder(rng),
                    rng.choice(RESULT_VARIANTS[c["调解结果"]]),
                    date_cell(c["结案日期"].date(), pick(rng, styles)) if ok else placeholder(rng),
                    c["补贴等级"] if c["补贴等级"] else rng.choice([None, "/"]),
                    amount_cell(c["补贴金额"], rng) if ok else rng.choice(["/", 0, None]),
                    c["关联排查编号"],
                    noisy(c["履行情况"], rng) if ok else placeholder(rng),
                ]
            )
        sheet.record(["小计", None, f"{len(quarter)}件"] + [None] * 8 + [total, None, None])
        sheets.append(sheet)
    return Book(f"{year}年人民调解案件登记台账.xlsx", sheets)


def build(town: Town) -> list[Ledger]:
    rng = random.Random(f"{town.seed}/disputes")
    disputes = _disputes(rng, town)
    cases = _mediations(rng, town, disputes)
    dispute_records = pd.DataFrame(disputes, columns=DISPUTE_COLUMNS)
    mediation_records = pd.DataFrame(cases, columns=MEDIATION_COLUMNS)
    mediation_records["补贴金额"] = mediation_records["补贴金额"].astype("Int64")
    return [
        Ledger("disputes", dispute_records, [_dispute_book(rng, town, disputes)]),
        Ledger("mediation", mediation_records, [_mediation_book(rng, town, cases)]),
    ]
