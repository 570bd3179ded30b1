"""The sample 规范性文件登记备案台账 and 政务公开（信息发布）台账 (a CSV or web export, plus the 依申请公开 register)."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd

from fzlib.sample.messy import date_cell, noisy, pick, spread_dates
from fzlib.sample.targets import Ledger, Town
from fzlib.sample.writers import Book, Sheet

# ledger-kinds.md lists no columns for this kind; these titles are the common template's.
NORMATIVE_COLUMNS = ["文件名称", "文号", "制定日期", "备案日期", "备注"]
# {t}: the town, {s}: the first character of its short name.
NORMATIVE_DOCS = [
    ("{t}农村村民住宅建设管理办法（试行）", "{s}府发〔{y}〕12号", (6, 15), (6, 28), "已报县司法局备案"),
]
DISCLOSURE_COLUMNS = ["信息标题", "公开日期", "公开渠道", "公开类型", "责任科室"]
CHANNEL_VARIANTS = {
    "政府网站": ["政府网站", "门户网站"],
    "政务公开栏": ["政务公开栏", "公开栏"],
    "微信公众号": ["微信公众号", "政务新媒体"],
    "媒体报道": ["媒体报道"],
}
TYPE_VARIANTS = {"主动公开": ["主动公开"], "媒体发布": ["媒体发布", "宣传报道"], "依申请公开": ["依申请公开"]}
HEADERS = {  # by layout
    2024: ["序号", "标题", "发布日期", "发布渠道", "公开类型", "责任科室"],
    2023: ["序号", "信息标题", "公开日期", "载体", "公开类型", "责任科室"],
}
ON_REQUEST_HEADERS = ["序号", "信息标题", "公开日期", "公开渠道", "公开类型", "责任科室"]
_OFFICES = ("党政办", "经济发展办", "社会事务办", "综治中心", "自然资源所", "农业服务中心")
_PROACTIVE = [
    "{t}{y}年财政预算公开",
    "{t}{y}年重大行政决策事项目录",
    "{v}产业路建设项目公示",
    "{m}月农村低保对象名单公示",
    "{v}土地流转项目公示",
    "{t}{y}年权责清单调整公示",
    "{m}月临时救助资金发放情况公示",
    "{v}危房改造对象公示",
    "{t}烤烟生产扶持资金发放公示",
]
_MEDIA = [
    "{t}开展烤烟生产技术培训",
    "{v}朝天椒喜获丰收",
    "{t}召开{m}月安全生产工作会",
    "{v}开展民法典宣传进村入户活动",
    "{t}推进水稻机插秧作业",
    "{v}调解员化解邻里纠纷",
    "{t}开展森林防火宣传",
    "{v}人居环境整治见成效",
    "{t}法律明白人走村入户宣讲",
    "{t}开展防范电信网络诈骗宣传",
    "{v}产业路建成通车",
]
_ON_REQUEST = ["关于申请公开{v}土地征收补偿标准的答复", "关于申请公开{v}产业路项目资金使用情况的答复"]


def _items(
    rng: random.Random, town: Town, kind: str, count: int, templates: list[str], channels: list[str], seen: set
) -> list[dict]:
    out = []
    for day in spread_dates(rng, town.year, count):
        while True:
            text = rng.choice(templates).format(y=town.year, v=rng.choice(town.villages), m=day.month, t=town.name)
            item = {
                "信息标题": text,
                "公开日期": pd.Timestamp(day),
                "公开渠道": rng.choice(channels),
                "公开类型": kind,
                "责任科室": rng.choice(_OFFICES),
            }
            key = tuple(item.values())
            if key not in seen:  # whole-row duplicates would be collapsed by the reader
                seen.add(key)
                out.append(item)
                break
    return out


def _disclosure_row(rng: random.Random, seq: int, item: dict, styles: dict) -> list:
    return [
        seq,
        noisy(item["信息标题"], rng),
        date_cell(item["公开日期"].date(), pick(rng, styles)),
        rng.choice(CHANNEL_VARIANTS[item["公开渠道"]]),
        noisy(rng.choice(TYPE_VARIANTS[item["公开类型"]]), rng),
        item["责任科室"],
    ]


def _disclosure(rng: random.Random, town: Town) -> Ledger:
    year, layout = town.year, town.layout("disclosure")
    fig = town.figures["disclosure"]
    seen: set = set()
    items = _items(rng, town, "主动公开", fig["主动公开"], _PROACTIVE, ["政府网站", "政务公开栏"], seen) + _items(
        rng, town, "媒体发布", fig["媒体发布"], _MEDIA, ["微信公众号", "媒体报道"], seen
    )
    items.sort(key=lambda i: (i["公开日期"], i["信息标题"]))
    requests = _items(rng, town, "依申请公开", fig["依申请公开"], _ON_REQUEST, ["政府网站"], seen)

    headers = HEADERS[layout]
    sheet = Sheet("信息发布台账")
    sheet.title(town.title("政务公开（信息发布）台账"), len(headers))
    text_styles = {"iso": 3, "slash": 2, "dot": 2, "cn": 2, "compact": 1}
    if layout == 2024:
        sheet.line(town.filing_line(year + 1, 1, 7))
    sheet.header(headers)
    for seq, item in enumerate(items, start=1):
        sheet.record(_disclosure_row(rng, seq, item, text_styles))
    sheet.record(["合计", f"{len(items)}条"] + [None] * (len(headers) - 2))
    main = (
        Book(f"{year}年政务公开信息发布台账.csv", [sheet], "csv-gb18030")
        if layout == 2024
        else Book(f"{year}年政务公开信息发布台账（网站导出）.xls", [sheet], "html-xls")
    )

    reg = Sheet("依申请公开")
    reg.title(town.title("政府信息依申请公开登记台账"), len(ON_REQUEST_HEADERS))
    reg.line(town.filing_line(year + 1, 1, 7))
    reg.header(ON_REQUEST_HEADERS)
    for seq, item in enumerate(requests, start=1):
        reg.record(_disclosure_row(rng, seq, item, {"date": 1}))
    if not requests:
        reg.record(["本年度未收到政府信息公开申请"])
    register = Book(f"{year}年依申请公开登记台账.xlsx", [reg])
    records = pd.DataFrame(items + requests, columns=DISCLOSURE_COLUMNS)
    records = records.sort_values(["公开日期", "信息标题"], kind="stable").reset_index(drop=True)
    return Ledger("disclosure", records, [main, register])


def _normative(rng: random.Random, town: Town) -> Ledger:
    year = town.year
    count = town.figures["normative_documents"]
    docs = []
    for name, number, made, filed, remark in NORMATIVE_DOCS[:count]:
        docs.append(
            {
                "文件名称": name.format(t=town.name),
                "文号": number.format(y=year, s=town.short[0]),
                "制定日期": pd.Timestamp(dt.date(year, *made)),
                "备案日期": pd.Timestamp(dt.date(year, *filed)),
                "备注": remark,
            }
        )
    headers = ["序号"] + NORMATIVE_COLUMNS
    sheet = Sheet("登记备案")
    sheet.title(town.title("规范性文件登记备案台账"), len(headers))
    sheet.line(town.filing_line(year + 1, 1, 9))
    sheet.header(headers)
    for seq, d in enumerate(docs, start=1):
        sheet.record(
            [
                seq,
                d["文件名称"],
                d["文号"],
                date_cell(d["制定日期"].date(), "cn"),
                date_cell(d["备案日期"].date(), "date"),
                d["备注"],
            ]
        )
    if not docs:
        sheet.record(["本年度未制定规范性文件"])
    sheet.blank()
    sheet.line("注：本年度对现行有效的规范性文件进行了清理。")
    records = pd.DataFrame(docs, columns=NORMATIVE_COLUMNS)
    # Typed even when empty, so a year without documents still has date columns.
    records = records.astype({"制定日期": "datetime64[ns]", "备案日期": "datetime64[ns]"})
    return Ledger("normative_documents", records, [Book(f"{year}年规范性文件登记备案台账.xlsx", [sheet])])


def build(town: Town) -> list[Ledger]:
    rng = random.Random(f"{town.seed}/documents")
    return [_normative(rng, town), _disclosure(rng, town)]
