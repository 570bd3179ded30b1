"""The sample 法律顾问服务台账, 行政应诉案件台账 and 学法用法与普法培训台账."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from fzlib.sample import people
from fzlib.sample.messy import count_cell, date_cell, noisy, pick, spread_dates
from fzlib.sample.targets import Ledger, Town
from fzlib.sample.writers import Book, Sheet

COUNSEL_COLUMNS = ["日期", "服务类型", "数量", "服务对象", "顾问姓名", "律所", "联系电话"]
COUNSEL_HEADERS = {  # by layout
    2024: ["日期", "服务类型", "数量", "服务对象", "顾问姓名", "律所", "联系电话"],
    2023: ["日期", "事项类型", "件数", "服务对象", "顾问姓名", "律所", "联系电话"],
}
# canonical service → (typed variants, unit typed after a count, typical batch sizes)
SERVICES = {
    "法律意见书": (["法律意见书", "出具法律意见书"], "件", [1, 1, 1, 2, 2, 3]),
    "文书审核": (["文书审核", "审核文书", "合同审查", "规范性文件审查"], "件", [1, 1, 2, 2, 3, 4]),
    "法律咨询": (["法律咨询", "咨询"], "次", [1, 2, 3, 4, 5, 6]),
    "法律援助": (["法律援助"], "件", [1]),
    "参与调解": (["参与调解"], "次", [1, 1, 2]),
    "法治讲座": (["法治讲座"], "次", [1]),
}
_EXTRA = {"参与调解": 6, "法治讲座": 4}  # services the figures do not count, present as in real ledgers
_TOWN_FIRM = "示例律师事务所（虚构）"
_VILLAGE_FIRM = "{s}法律服务所（示例）"  # {s}: the town's short name

LITIGATION_COLUMNS = ["案号", "原告", "被告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭", "审理结果"]
LITIGATION_HEADERS = {
    2024: ["案号", "原告", "被告", "案由", "开庭日期", "出庭应诉负责人", "负责人是否出庭", "审理结果"],
    2023: ["案号", "原告", "被告", "案由", "开庭时间", "出庭负责人", "是否主要领导出庭", "审理结果"],
}
_CAUSES = ["不服土地征收补偿安置决定", "要求履行法定职责", "不服行政强制拆除行为", "不服政府信息公开答复"]
_RESULTS = ["驳回诉讼请求", "撤诉", "调解", "驳回诉讼请求"]

TRAINING_COLUMNS = ["日期", "名称", "对象", "形式", "参加人数", "学时", "应参考人数", "实参考人数"]
TRAINING_HEADERS = {
    2024: ["日期", "名称", "对象", "形式", "参加人数", "学时", "应参考人数", "实参考人数"],
    2023: ["日期", "活动名称", "对象", "形式", "人次", "学时", "应参考人数", "实参考人数"],
}


def _batches(rng: random.Random, total: int, sizes: list[int]) -> list[int]:
    """Split a yearly total into the quantities of individual rows."""
    out = []
    while total > 0:
        size = min(rng.choice(sizes), total)
        out.append(size)
        total -= size
    return out


def _counsel(rng: random.Random, town: Town) -> Ledger:
    year = town.year
    fig = dict(town.figures["counsel"], **_EXTRA)
    lawyer = (people.name(rng), _TOWN_FIRM, people.mobile(rng))
    firm = _VILLAGE_FIRM.format(s=town.short)
    village_advisers = [(people.name(rng), firm, people.mobile(rng)) for _ in range(3)]
    seen, rows = set(), []
    for service, total in fig.items():
        for qty in _batches(rng, total, SERVICES[service][2]):
            while True:
                day = spread_dates(rng, year, 1)[0]
                client = town.government if rng.random() < 0.5 else rng.choice(town.villages)
                name, firm, phone = lawyer if client == town.government else rng.choice(village_advisers)
                row = {
                    "日期": pd.Timestamp(day),
                    "服务类型": service,
                    "数量": qty,
                    "服务对象": client,
                    "顾问姓名": name,
                    "律所": firm,
                    "联系电话": phone,
                }
                if tuple(row.values()) not in seen:
                    seen.add(tuple(row.values()))
                    rows.append(row)
                    break
    rows.sort(key=lambda r: (r["日期"], r["服务类型"], r["服务对象"]))
    headers = COUNSEL_HEADERS[town.layout("counsel")]
    sheets = []
    for half, months in (("上半年", range(1, 7)), ("下半年", range(7, 13))):
        sheet = Sheet(half)
        sheet.title(town.title("法律顾问服务台账", f"（{half}）"), len(headers))
        sheet.line(town.filing_line(year + (half == "下半年"), 7 if half == "上半年" else 1, 5))
        sheet.header(headers)
        part = [r for r in rows if r["日期"].month in months]
        for r in part:
            variants, unit, _ = SERVICES[r["服务类型"]]
            sheet.record(
                [
                    date_cell(r["日期"].date(), pick(rng, {"date": 4, "slash": 1, "cn": 1, "serial": 1})),
                    noisy(rng.choice(variants), rng),
                    count_cell(r["数量"], rng, unit),
                    r["服务对象"],
                    r["顾问姓名"],
                    r["律所"],
                    r["联系电话"],
                ]
            )
        sheets.append(sheet)
    return Ledger(
        "counsel", pd.DataFrame(rows, columns=COUNSEL_COLUMNS), [Book(f"{year}年法律顾问服务台账.xlsx", sheets)]
    )


def _litigation(rng: random.Random, town: Town) -> Ledger:
    year = town.year
    plan = town.figures["litigation"]
    mayor = people.name(rng)
    days = spread_dates(rng, year, len(plan), start=dt.date(year, 3, 1), end=dt.date(year, 11, 30))
    cases = []
    for n, (appeared, day) in enumerate(zip(plan, days), start=1):
        cases.append(
            {
                "案号": f"（{year}）黔0323行初{rng.randint(3, 12) + 14 * n}号",
                "原告": people.name(rng),
                "被告": town.government,
                "案由": rng.choice(_CAUSES),
                "开庭日期": pd.Timestamp(day),
                "出庭负责人": f"{mayor}（镇长）" if appeared else f"{people.name(rng)}（副镇长）",
                "负责人是否出庭": "是" if appeared else "否",
                "审理结果": rng.choice(_RESULTS),
            }
        )
    headers = LITIGATION_HEADERS[town.layout("litigation")]
    sheet = Sheet("行政应诉")
    sheet.title(town.title("行政应诉案件台账"), len(headers))
    sheet.line(town.filing_line(year + 1, 1, 8))
    sheet.header(headers)
    for c in cases:
        sheet.record(
            [
                c["案号"],
                c["原告"],
                c["被告"],
                c["案由"],
                date_cell(c["开庭日期"].date(), "cn"),
                c["出庭负责人"],
                c["负责人是否出庭"],
                c["审理结果"],
            ]
        )
    return Ledger(
        "litigation", pd.DataFrame(cases, columns=LITIGATION_COLUMNS), [Book(f"{year}年行政应诉案件台账.xlsx", [sheet])]
    )


def _training(rng: random.Random, town: Town) -> Ledger:
    year = town.year
    fig = town.figures["training"]
    plan = []  # (name, audience, form, attendance, hours, required, took)
    for i, form in enumerate(fig["legal_literacy"], start=1):
        topic = ["民法典", "人民调解实务", "反电信网络诈骗"][(i - 1) % 3]
        plan.append((f"法律明白人{form}培训（{topic}）", "法律明白人", form, rng.randint(35, 60), 2, None, None))
    required, took = fig["exam"]
    plan.append(("领导干部法宣在线考试", "领导干部", "考试", took, 1, required, took))
    for topic in (
        "《中华人民共和国行政诉讼法》",
        "《中华人民共和国民法典》",
        "《信访工作条例》",
        "《中华人民共和国未成年人保护法》",
    )[: 3 + (year % 2 == 0)]:
        plan.append((f"党委会会前学法：{topic}", "领导干部", "会前学法", rng.randint(9, 13), 1, None, None))
    plan.append(("党委理论学习中心组法治专题学习", "领导干部", "中心组学习", rng.randint(11, 15), 2, None, None))
    plan.append(("行政执法人员业务培训", "行政执法人员", "集中培训", rng.randint(18, 30), 4, None, None))
    plan.append(("初任公务员法律知识培训", "初任公务员", "集中培训", rng.randint(4, 9), 3, None, None))
    days = spread_dates(rng, year, len(plan))
    rng.shuffle(days)
    rows = [dict(zip(TRAINING_COLUMNS, (pd.Timestamp(d),) + p)) for d, p in zip(days, plan)]
    rows.sort(key=lambda r: r["日期"])
    headers = TRAINING_HEADERS[town.layout("training")]
    sheet = Sheet("培训台账")
    sheet.title(town.title("学法用法与普法培训台账"), len(headers))
    sheet.line(town.filing_line(year + 1, 1, 10))
    sheet.blank()
    sheet.header(headers)
    for r in rows:
        sheet.record(
            [
                date_cell(r["日期"].date(), pick(rng, {"date": 3, "dot": 1, "cn": 1})),
                r["名称"],
                noisy(r["对象"], rng),
                r["形式"],
                rng.choice([r["参加人数"], f"{r['参加人数']}人"]),
                r["学时"],
                r["应参考人数"] if r["应参考人数"] else "/",
                r["实参考人数"] if r["实参考人数"] else "/",
            ]
        )
    notes = Sheet("填表说明")
    notes.line("填表说明：参加人数填写实际到场人次；领导干部法宣在线考试须填写应参考人数和实参考人数。")
    notes.line("本表为示例数据（虚构，仅供演示）。")
    records = pd.DataFrame(rows, columns=TRAINING_COLUMNS)
    for col in ("参加人数", "学时", "应参考人数", "实参考人数"):
        records[col] = records[col].astype("Int64")
    return Ledger("training", records, [Book(f"{year}年学法用法与普法培训台账.xlsx", [sheet, notes])])


def build(town: Town) -> list[Ledger]:
    rng = random.Random(f"{town.seed}/services")
    return [_counsel(rng, town), _litigation(rng, town), _training(rng, town)]
