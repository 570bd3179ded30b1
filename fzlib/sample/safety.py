"""The sample 信访事项台账, 平安建设（治安案件、家暴告诫）台账 and 涉诈高危人员管控台账."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pandas as pd

from fzlib.sample import people
from fzlib.sample.messy import date_cell, noisy, pick, placeholder, spread_dates
from fzlib.sample.targets import Ledger, Town
from fzlib.sample.writers import Book, Sheet

PETITION_COLUMNS = ["信访编号", "交办单位", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态", "办结日期"]
PETITION_HEADERS = {  # by layout
    2024: ["信访编号", "来源", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态", "办结日期"],
    2023: ["信访编号", "交办层级", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态", "办结日期"],
}
_PETITION_ISSUES = [
    "反映{v}土地征收补偿款未足额发放",
    "反映{v}产业路建设占用承包地补偿问题",
    "反映邻户建房影响通行问题",
    "反映{v}土地流转租金拖欠问题",
]
PETITION_STATUS = {"已化解": ["已化解"], "正在化解": ["正在化解", "化解中"]}

SECURITY_COLUMNS = ["日期", "类型", "村（社区）", "当事人", "处理结果", "拘留人数"]
FRAUD_COLUMNS = ["姓名", "身份证号码", "联系电话", "户籍地", "状态", "核减时间", "是否取得联系", "备注"]
FRAUD_HEADERS = {
    2024: ["姓名", "身份证号码", "联系电话", "户籍地", "状态", "核减时间", "是否取得联系", "备注"],
    2023: ["姓名", "身份证号", "联系电话", "户籍地", "状态", "核减时间", "是否取得联系", "备注"],
}
FRAUD_STATUS = {"在册": ["在册", "在管", "存量"], "已核减": ["已核减", "核减"]}
_CONTACT_NOTES = [
    "持合法出入境手续",
    "已取得联系，春节前返绥办理核减手续",
    "已取得联系，春节前返绥办理核减手续",
    "已取得联系，家属配合劝返",
]


def _petitions(rng: random.Random, town: Town) -> Ledger:
    year = town.year
    plan = town.figures["petitions"]
    days = spread_dates(rng, year, len(plan), end=dt.date(year, 10, 31))
    issues = rng.sample(_PETITION_ISSUES, len(plan))
    items = []
    for n, ((source, status, repeat), day, issue) in enumerate(zip(plan, days, issues), start=1):
        closed = day + dt.timedelta(days=rng.randint(20, 50)) if status == "已化解" else None
        items.append(
            {
                "信访编号": f"{town.code}XF{year}-{n:03d}",
                "交办单位": source,
                "信访人": people.name(rng),
                "反映问题": issue.format(v=rng.choice(town.villages)),
                "是否重复信访": "是" if repeat else "否",
                "交办日期": pd.Timestamp(day),
                "办理状态": status,
                "办结日期": pd.Timestamp(closed) if closed else pd.NaT,
            }
        )
    headers = PETITION_HEADERS[town.layout("petitions")]
    sheet = Sheet("上级交办信访事项")
    sheet.title(town.title("信访事项台账（上级交办）"), len(headers))
    sheet.line(town.filing_line(year + 1, 1, 8, f"{town.name}信访办"))
    sheet.header(headers)
    for p in items:
        sheet.record(
            [
                p["信访编号"],
                p["交办单位"],
                p["信访人"],
                p["反映问题"],
                p["是否重复信访"],
                date_cell(p["交办日期"].date(), pick(rng, {"cn": 1, "date": 1})),
                rng.choice(PETITION_STATUS[p["办理状态"]]),
                date_cell(p["办结日期"].date(), "cn") if p["办理状态"] == "已化解" else "/",
            ]
        )
    sheet.record(["合计", f"{len(items)}件"] + [None] * (len(headers) - 2))
    return Ledger(
        "petitions", pd.DataFrame(items, columns=PETITION_COLUMNS), [Book(f"{year}年信访事项台账.xlsx", [sheet])]
    )


def _security(rng: random.Random, town: Town) -> Ledger:
    year = town.year
    fig = town.figures["security"]
    dv = []
    detained = list(fig["dv_detained"]) + [0] * (fig["dv"] - len(fig["dv_detained"]))
    rng.shuffle(detained)
    for day, held in zip(spread_dates(rng, year, fig["dv"], weekdays_only=False), detained):
        dv.append(
            {
                "日期": pd.Timestamp(day),
                "类型": "家暴告诫书",
                "村（社区）": rng.choice(town.villages),
                "当事人": people.name(rng),
                "处理结果": "出具家暴告诫书" + (f"，治安拘留{held}人" if held else ""),
                "拘留人数": held,
            }
        )
    cases = []
    for kind, sizes in (("涉黄治安案件", fig["vice_detained"]), ("涉赌治安案件", fig["gambling_detained"])):
        for day, held in zip(spread_dates(rng, year, len(sizes), weekdays_only=False), sizes):
            names = "、".join(people.name(rng) for _ in range(max(held, 1) + rng.randint(0, 2)))
            result = f"行政拘留{held}人" if held else "警告并处罚款"
            cases.append(
                {
                    "日期": pd.Timestamp(day),
                    "类型": kind,
                    "村（社区）": rng.choice(town.villages),
                    "当事人": names,
                    "处理结果": result,
                    "拘留人数": held,
                }
            )
    cases.sort(key=lambda r: r["日期"])

    sheets = []
    for name, rows, held_title in (("家暴告诫", dv, "拘留人数"), ("治安案件", cases, "治安拘留人数")):
        headers = ["日期", "类型", "村（社区）", "当事人", "处理结果", held_title]
        sheet = Sheet(name)
        sheet.title(town.title("平安建设台账", f"（{name}）"), len(headers))
        sheet.line(town.filing_line(year + 1, 1, 6, f"{town.short}派出所、{town.name}综治中心"))
        sheet.header(headers)
        for r in rows:
            held = r["拘留人数"]
            sheet.record(
                [
                    date_cell(r["日期"].date(), pick(rng, {"date": 4, "dot": 1, "cn": 1, "compact": 1})),
                    noisy(r["类型"], rng),
                    noisy(r["村（社区）"], rng),
                    r["当事人"],
                    r["处理结果"],
                    rng.choice([held, f"{held}人"]) if held else rng.choice([0, "0人", "/", None]),
                ]
            )
        sheet.record(["合计", f"{len(rows)}起", None, None, None, sum(r["拘留人数"] for r in rows)])
        sheets.append(sheet)
    records = pd.DataFrame(sorted(dv + cases, key=lambda r: (r["日期"], r["类型"])), columns=SECURITY_COLUMNS)
    records["拘留人数"] = records["拘留人数"].astype("Int64")
    return Ledger("security", records, [Book(f"{year}年平安建设台账（治安案件、家暴告诫）.xlsx", sheets)])


def _fraud_watch(rng: random.Random, town: Town) -> Ledger:
    year = town.year
    fig = town.figures["fraud_watch"]
    removed_days = spread_dates(rng, year, fig["removed"])
    people_rows = []
    for day in removed_days:
        people_rows.append(("已核减", pd.Timestamp(day), "是", "已返回，办理核减"))
    notes = itertools.cycle(_CONTACT_NOTES)
    for i in range(fig["remaining"]):
        contacted = i < fig["contacted"]
        people_rows.append(("在册", pd.NaT, "是" if contacted else "否", next(notes) if contacted else None))
    records = []
    for status, when, contacted, note in people_rows:
        records.append(
            {
                "姓名": people.name(rng),
                "身份证号码": people.id_number(rng, 1985, 2004),
                "联系电话": people.mobile(rng),
                "户籍地": f"{town.name}{rng.choice(town.villages)}",
                "状态": status,
                "核减时间": when,
                "是否取得联系": contacted,
                "备注": note,
            }
        )
    headers = FRAUD_HEADERS[town.layout("fraud_watch")]
    sheet = Sheet("管控台账")
    sheet.title(town.title("涉诈高危人员管控台账", "（内部资料 注意保密）"), len(headers))
    sheet.line(town.filing_line(year + 1, 1, 3, f"{town.name}综治中心"))
    sheet.header(headers)
    for r in records:
        sheet.record(
            [
                r["姓名"],
                r["身份证号码"],
                r["联系电话"],
                r["户籍地"],
                rng.choice(FRAUD_STATUS[r["状态"]]),
                date_cell(r["核减时间"].date(), pick(rng, {"date": 2, "dot": 1, "slash": 1}))
                if r["状态"] == "已核减"
                else "/",
                r["是否取得联系"],
                r["备注"] if r["备注"] else placeholder(rng),
            ]
        )
    return Ledger(
        "fraud_watch",
        pd.DataFrame(records, columns=FRAUD_COLUMNS),
        [Book(f"{year}年涉诈高危人员管控台账.xlsx", [sheet])],
    )


def build(town: Town) -> list[Ledger]:
    rng = random.Random(f"{town.seed}/safety")
    return [_petitions(rng, town), _security(rng, town), _fraud_watch(rng, town)]
