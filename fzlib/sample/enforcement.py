"""The sample 行政执法案件台账: quarterly sheets of licensing/confirmation/inspection cases, plus the penalty ledger."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from fzlib.sample import people
from fzlib.sample.messy import date_cell, doc_number, noisy, pick, placeholder, spread_dates
from fzlib.sample.targets import Ledger, Town
from fzlib.sample.writers import Book, Sheet

COLUMNS = ["案件编号", "案件名称", "执法类别", "执法单位", "办理日期", "当事人", "村（社区）", "罚没金额", "备注"]

# category → (number prefix after the town's short name, typed variants of the category, case names)
CATEGORIES = {
    "行政许可": (
        "许字",
        ["行政许可", "许可", "行政许可类"],
        [
            "农村村民住宅建设许可",
            "乡村建设规划许可",
            "临时占用道路许可",
            "农村宅基地使用审批",
            "户外广告设置许可",
            "烤烟房建设用地审批",
        ],
    ),
    "行政确认": (
        "确字",
        ["行政确认", "确认", "行政确认类"],
        [
            "农村宅基地资格权确认",
            "土地承包经营权变更确认",
            "计划生育家庭特别扶助对象确认",
            "残疾人两项补贴资格确认",
            "高龄津贴资格确认",
            "农村最低生活保障对象确认",
        ],
    ),
    "行政检查": (
        "检字",
        ["行政检查", "检查", "行政检查类"],
        [
            "烤烟烘烤房安全生产检查",
            "农村自建房安全隐患检查",
            "森林防火检查",
            "食品经营场所安全检查",
            "燃气使用安全检查",
            "辣椒加工企业安全生产检查",
            "产业路施工安全检查",
        ],
    ),
    "行政处罚": (
        "罚字",
        ["行政处罚", "处罚", "行政处罚类"],
        ["未取得乡村建设规划许可证建房", "违法占用道路堆放建材", "露天焚烧秸秆", "擅自占用林地"],
    ),
}
_SHOPS = ("超市", "烤烟专业合作社", "辣椒加工厂", "农家乐", "副食店", "建材店", "餐馆")
_INSPECTORS = "综合行政执法队"  # the unit of 行政检查, after the town's name; the government does the rest

# Header titles per layout (canonical names and aliases from ledger-kinds.md, mixed on purpose).
MAIN_HEADERS = {
    2024: [
        "序号",
        "文号",
        "事项名称",
        "执法类型",
        "承办单位",
        "办结日期",
        "行政相对人",
        "村（社区）",
        "罚款(元)",
        "备注",
    ],
    2023: [
        "序号",
        "案件编号",
        "案件名称",
        "执法类别",
        "执法单位",
        "办理日期",
        "当事人",
        "村（社区）",
        "罚没金额",
        "备注",
    ],
}
PENALTY_HEADERS = [
    "序号",
    "决定书文号",
    "案由",
    "执法类别",
    "处罚机关",
    "处罚日期",
    "被处罚人",
    "村（社区）",
    "罚款金额（万元）",
    "备注",
]
_QUARTERS = ("一季度", "二季度", "三季度", "四季度")
_DATE_STYLES = {"date": 8, "serial": 1.5, "dot": 1, "slash": 1, "cn": 1, "compact": 0.5}


def _party(rng: random.Random, town: Town, category: str, village: str) -> str:
    if category == "行政检查" and rng.random() < 0.7:
        return f"{town.county}{town.name}{village[:2]}{rng.choice(_SHOPS)}"
    return people.name(rng)


def _case(rng: random.Random, town: Town, year: int, category: str, n: int, day: dt.date) -> dict:
    prefix, _, names = CATEGORIES[category]
    prefix = town.short + prefix
    village = rng.choice(town.villages)
    fine = None
    remark = None
    if category == "行政检查":
        remark = "已制作现场检查笔录" if rng.random() < 0.5 else None
    if category == "行政处罚":
        fine = float(rng.choice([500, 1000, 2000, 3000]))
    return {
        "案件编号": doc_number(prefix, year, n, "canon"),
        "案件名称": rng.choice(names),
        "执法类别": category,
        "执法单位": town.name + _INSPECTORS if category == "行政检查" else town.government,
        "办理日期": pd.Timestamp(day),
        "当事人": _party(rng, town, category, village),
        "村（社区）": village,
        "罚没金额": fine,
        "备注": remark,
        "_n": n,
    }


def _row(rng: random.Random, town: Town, rec: dict, seq: int, number_style: str, fine_cell) -> list:
    prefix = town.short + CATEGORIES[rec["执法类别"]][0]
    year = rec["办理日期"].year
    return [
        seq,
        doc_number(prefix, year, rec["_n"], number_style),
        noisy(rec["案件名称"], rng),
        noisy(rng.choice(CATEGORIES[rec["执法类别"]][1]), rng, 0.15),
        rec["执法单位"],
        date_cell(rec["办理日期"].date(), pick(rng, _DATE_STYLES)),
        noisy(rec["当事人"], rng),
        noisy(rec["村（社区）"], rng),
        fine_cell,
        rec["备注"] if rec["备注"] else placeholder(rng),
    ]


def _number_style(rng: random.Random) -> str:
    return pick(rng, {"canon": 12, "square": 1, "paren": 1, "fullparen": 1, "lenticular": 0.5, "pad": 1})


def build(town: Town) -> Ledger:
    year = town.year
    rng = random.Random(f"{town.seed}/enforcement")
    figures = town.figures["enforcement"]
    cases, penalties = [], []
    for category, count in figures.items():
        for n, day in enumerate(spread_dates(rng, year, count), start=1):
            (penalties if category == "行政处罚" else cases).append(_case(rng, town, year, category, n, day))
    cases.sort(key=lambda r: (r["办理日期"], r["案件编号"]))

    # A case decided late in the previous year, entered in the first-quarter sheet: the year excludes it.
    stale = _case(rng, town, year - 1, "行政许可", 263, dt.date(year - 1, 12, 27))

    headers = MAIN_HEADERS[town.layout("enforcement")]
    sheets = []
    by_quarter = [[r for r in cases if (r["办理日期"].month - 1) // 3 == q] for q in range(4)]
    for q, quarter in enumerate(by_quarter):
        sheet = Sheet(_QUARTERS[q])
        sheet.title(town.title("行政执法案件台账", f"（{_QUARTERS[q]}）"), len(headers))
        end_month = 3 * q + 4
        sheet.line(town.filing_line(year + (end_month > 12), (end_month - 1) % 12 + 1, 8))
        sheet.header(headers)
        rows = list(quarter)
        if q == 0:
            rows.insert(0, stale)
        if q == 1:
            # The last first-quarter case copied again into the second-quarter sheet, number typed differently.
            rows.insert(0, by_quarter[0][-1])
        for seq, rec in enumerate(rows, start=1):
            style = "square" if (q == 1 and seq == 1) else _number_style(rng)
            sheet.record(_row(rng, town, rec, seq, style, placeholder(rng)))
        if q == 3:
            for seq in range(len(rows) + 1, len(rows) + 4):  # numbered template rows left empty
                sheet.record([seq])
        sheet.record(["合计", None, f"{len(rows)}件"] + [None] * (len(headers) - 3))
        sheets.append(sheet)
    notes = Sheet("填表说明")
    notes.line("填表说明：")
    notes.line("1. 本台账按季度分表填报，每季度结束后5个工作日内报镇法治办。")
    notes.line(
        "2. 执法类别按行政许可、行政处罚、行政强制、行政征收、行政检查、行政裁决、行政给付、行政确认、行政奖励、其他填写。"
    )
    notes.line("3. 行政检查须有书面检查记录方可登记。")
    notes.line("4. " + "本表为示例数据（虚构，仅供演示），人名、证件号、电话均为随机生成。")
    sheets.append(notes)
    books = [Book(f"{year}年行政执法案件台账.xlsx", sheets)]

    # The penalty ledger exists even in a year without penalties: header and a one-cell note.
    pen = Sheet("行政处罚")
    pen.title(town.title("行政处罚案件台账"), len(PENALTY_HEADERS))
    pen.line(town.filing_line(year + 1, 1, 6))
    pen.header(PENALTY_HEADERS)
    for seq, rec in enumerate(sorted(penalties, key=lambda r: r["办理日期"]), start=1):
        wan = rec["罚没金额"] / 10_000
        pen.record(_row(rng, town, rec, seq, _number_style(rng), f"{wan:g}"))
    if not penalties:
        pen.record(["本年度无行政处罚案件"])
    else:
        pen.record(
            [
                "合计",
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                f"{sum(r['罚没金额'] for r in penalties) / 10_000:g}",
                None,
            ]
        )
    books.append(Book(f"{year}年行政处罚案件台账.xlsx", [pen]))

    records = pd.DataFrame(sorted(cases + penalties, key=lambda r: (r["办理日期"], r["案件编号"])), columns=COLUMNS)
    records["罚没金额"] = records["罚没金额"].astype("Float64")
    return Ledger("enforcement", records.reset_index(drop=True), books)
