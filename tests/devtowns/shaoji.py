"""芍集镇 (虚构; 涡北县, a fictitious 县 of 皖北 in the 亳州 / 阜阳 plain), 2024: a 镇 of 白芍 and 亳菊 fields and a
药材 market on its 集, of 小麦 and 玉米, whose 村 are cut into 组, one of them moved off the 采煤塌陷区 into an 安置社区
(新芍社区) with its 塌陷 compensation quarrels, whose young go out for 劳务 and leave the old and the children behind,
whose 婚恋 / 彩礼 and 宅基地 quarrels fill the 镇综治中心's book, whose 综合行政执法队 decides the 县's 赋权 matters
(露天焚烧秸秆, 违法占地建房, 占道经营 on market days) and whose cadres walk a 秸秆禁烧 rota every 三夏 and 秋收. Built
blind (issue 12, the 86th town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool; words and headers taken, no data):
- 利辛县 望疃镇 2025 法治政府建设情况报告 (lixin.gov.cn/XxgkContent/show/2933448.html) and 芜湖 六郎镇 2024 法治政府
  建设年度报告 (wanzhi.gov.cn/openness/public/6604601/39783073.html): 乡镇综合行政执法, “一站式”矛调中心, 调解工作室,
  合法性审查 by 司法所 and 法律顾问, 安徽普法 网上测试 — the 执法队's register, the 学法 sheet and the counsel log.
- 利辛县 阚疃镇 / 城关镇 2024 and 谯城区 芦庙镇 2025 政府信息公开工作年度报告 (lixin.gov.cn/XxgkAnnualReport/show/6144.html,
  lixin.gov.cn/XxgkAnnualReport/show/6099.html, bzqc.gov.cn/XxgkAnnualReport/show/6477.html): 主动公开 through the
  县 portal, 栏目 惠民惠农 / 社会保障 / 扶贫领域 / 回应关切, 依申请 0–2 件 — the 政务公开 book.
- 青阳县 杜村乡 and 义安区 老洲乡 2024 年报 (ahqy.gov.cn/Xxgknb/show/5246.html,
  ahtlyaq.gov.cn/openness/OpennessAnnualReport/show/3965.html): 政务公开栏, the 镇's 微信公众号 as a channel.
- 人民网 on 凤台县 顾桥镇 (suscaya.com/a/huainanxinwen/2023/1016/493024.html): 采煤沉陷搬迁安置, 调解室 and 信访室
  合署办公, 镇村调委会 排查调处 — the 塌陷 disputes and the 安置社区.
- 亳州 秸秆禁烧 工作方案 (m.turksiberkonseyi.net/?p=11170: 午收 5月25日–6月25日, 秋收 9月25日–10月25日, 中药材秸秆) and
  利辛县 永兴镇 禁烧 (zgzbxw.com/hn/12390.shtml) — the rota; 亳州 中药材初加工 治理 (twgreatdaily.com/k5zgknEBnkjnB-0zxzOG.html:
  白芍 脱皮, 炕房, 12345 / 12369 举报) — the 药材 words of the 12345 工单 and the inspection register.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.
No public 安徽 township register export was found in the stored corpora: columns are ledger-kinds.md's with the
region's words. Everything is fictitious: the 县 (涡北县), the 镇, its 村 and 组, the 律所, the people, the case numbers
and the court code (皖1699).

Files (10, eight formats): the 执法队's register (xlsx: 执法类别 处罚 / 行政处罚（赋权事项） / 检查（日常巡查） /
行政强制, a hidden row, a struck copy, a January 2025 decision); the 秸秆禁烧 巡查值班表 (WPS .et, no figure); the 综治中心's
矛盾纠纷 book (.ods: 村 and 组, 婚恋彩礼纠纷 / 采煤塌陷补偿纠纷, 化解情况 已稳控, January 2025 rows at its foot); the
司法所's 人民调解 register (BIFF .xls, two header rows); the 信访 register (Word: 初信初访 beside 是否重复); the 12345 工单
(GBK CSV, no figure); the 一村一法律顾问 platform export (HTML .xls: 代写法律文书, 法治体检); the 政务公开 book (Excel 2003
XML .xls, 公开类别 column); the 派出所's statistics form (UTF-8 BOM CSV); the 法治 workbook (xlsx: 行政应诉, 学法考法,
规范性文件). No 涉诈 list is handed over.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "芍集镇"
YEAR = 2024
COUNTY = "涡北县"
SEED = 86_2024
# 集 names of the 皖北 plain; 新芍社区 is the 采煤塌陷区 搬迁安置 community (no 组).
CUN = ("芍集村", "孙集村", "王寨村", "药王庙村", "菊花岗村", "陈楼村", "李大庄村")
SHEQU = "新芍社区"
PLACES = (*CUN, SHEQU)


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _next_january(rng: random.Random, n: int) -> list[dt.date]:
    return fake.dates_in(rng, YEAR + 1, n, dt.date(YEAR + 1, 1, 2), dt.date(YEAR + 1, 1, 24))


def _group(rng: random.Random, place: str) -> str:
    return "" if place == SHEQU else f"{'一二三四五六七八九十'[rng.randint(0, 9)]}组"


# --- 综合行政执法队 (xlsx) ------------------------------------------------------------------------------

# 案由 → (truth category, how the 执法类别 cell is typed, weight).
ENFORCEMENT = {
    "露天焚烧秸秆": ("行政处罚", "行政处罚（赋权事项）", 5),
    "违法占地建房（宅基地）": ("行政处罚", "处罚", 3),
    "集市占道经营": ("行政处罚", "行政处罚", 3),
    "擅自倾倒建筑垃圾": ("行政处罚", "处罚", 1),
    "中药材交易市场日常检查": ("行政检查", "检查（日常巡查）", 5),
    "白芍初加工炕房环保检查": ("行政检查", "行政检查", 4),
    "秸秆禁烧重点时段检查": ("行政检查", "检查（日常巡查）", 3),
    "强制拆除违法建筑": ("行政强制", "行政强制", 1),
}
_LETTER = {"行政处罚": "罚", "行政检查": "检", "行政强制": "强"}


def enforcement_register_xlsx(built: Built, rng: random.Random) -> None:
    """The 综合行政执法队's 行政执法案件台账 (xlsx): 案件编号 芍集综执罚〔2024〕N号 / 综执检 / 综执强, 执法类别 typed as the
    clerks type it (处罚, 行政处罚（赋权事项）, 检查（日常巡查）), 村（社区） and 组, 决定日期 2024年3月5日 or a date; a row
    hidden (a case), a struck copy of a case (作废，重复录入) and a decision of January 2025 at the foot."""
    name = f"{TOWN}综合行政执法队{YEAR}年行政执法案件台账.xlsx"
    sheet = Sheet("执法台账")
    sheet.title(f"{TOWN}{YEAR}年行政执法案件台账", 12)
    sheet.add(
        f"填报单位：{TOWN}综合行政执法队（盖章）", None, None, None, None, None, None, None, "填报时间：2025年1月6日"
    )
    sheet.header([["序号", "案件编号", "案由", "执法类别", "当事人", "村（社区）", "组", "立案日期", "决定日期",
                   "处理结果", "罚没金额（元）", "备注"]])  # fmt: skip
    plan = [c for c, (_, _, w) in ENFORCEMENT.items() for _ in range(w * 4)]
    rng.shuffle(plan)
    counters = {"罚": 0, "检": 0, "强": 0}
    records = []
    rows = []
    for cause, day in zip(plan, _days(rng, len(plan))):
        category, typed, _ = ENFORCEMENT[cause]
        letter = _LETTER[category]
        counters[letter] += 1
        case_no = f"芍集综执{letter}〔{YEAR}〕{counters[letter]}号"
        rows.append((case_no, cause, typed, day, category))
        records.append({"case_no": case_no, "category": category, "decided_on": day})
    hidden_at = rng.randrange(10, len(rows) - 10)
    struck_at = rng.randrange(5, len(rows) - 5)
    n = 0
    for i, (case_no, cause, typed, day, category) in enumerate(rows):
        place = rng.choice(PLACES)
        result = {"行政处罚": rng.choice(["罚款", "警告", "责令限期拆除并罚款"]),
                  "行政检查": rng.choice(["未发现问题", "责令整改", "已整改"]),
                  "行政强制": "已强制拆除"}[category]  # fmt: skip
        amount = rng.choice([200, 500, 1000, 2000]) if result.endswith("罚款") else ""
        style = "cn" if rng.random() < 0.6 else "date"
        cells = [case_no, cause, typed, fake.name(rng), place, _group(rng, place),
                 fake.date_cell(day - dt.timedelta(days=rng.randint(0, 20)) if category != "行政检查" else day, style),
                 fake.date_cell(day, style), result, amount]  # fmt: skip
        n += 1
        r = sheet.add(n, *cells, "")
        if i == hidden_at:
            sheet.hidden_rows.add(r)
        if i == struck_at:
            # The same case typed twice; the copy struck through (Ctrl+5), its 备注 saying why.
            n += 1
            sheet.struck_rows.add(sheet.add(n, *cells, "作废，重复录入"))
    for k, day in enumerate(_next_january(rng, 2), start=1):
        place = rng.choice(CUN)
        n += 1
        case_no = f"芍集综执罚〔{YEAR + 1}〕{k}号"
        sheet.add(n, case_no, "露天焚烧秸秆", "处罚", fake.name(rng), place, _group(rng, place),
                  fake.date_cell(day - dt.timedelta(days=3), "cn"), fake.date_cell(day, "cn"), "罚款", 200, "")  # fmt: skip
        records.append({"case_no": case_no, "category": "行政处罚", "decided_on": day})
    built.books.append(Book(name, [sheet]))
    built.ledgers["enforcement"] = records
    built.quirk("value_qualifiers", name, sheet.name, ("enforcement.penalty", "enforcement.inspection"),
                "行政处罚（赋权事项）、检查（日常巡查）：括号里的限定语不改变类别；处罚 = 行政处罚")  # fmt: skip
    built.quirk("hidden_rows", name, sheet.name, "enforcement.cases", "一行被隐藏：仍是一件案件")
    built.quirk("struck_duplicate", name, sheet.name, "enforcement.cases",
                "同一案件录了两次，第二行整行删除线、备注 作废，重复录入：只计一次")  # fmt: skip
    built.quirk("next_january", name, sheet.name, "enforcement.penalty",
                "台账末尾两件2025年1月决定的秸秆焚烧处罚：属下一年，不计入")  # fmt: skip


# --- 秸秆禁烧 巡查值班表 (.et, no figure) ----------------------------------------------------------------


def straw_burning_rota_et(built: Built, rng: random.Random) -> None:
    """The 秸秆禁烧 巡查值班表 of the 午收 and 秋收 重点时段 (WPS .et, a sheet each): 日期, 带班领导, 包保村, 巡查人员,
    巡查路段, 发现火点（处）, 处置情况 (无 / 已扑灭 / 已扑灭，移交综合执法队), 巡查记录人. The cadres' rota, no case and no
    inspection record of the 执法队: counted by no figure (a 火点 moved to a case is in the 执法队's register)."""
    name = f"{TOWN}{YEAR}年秸秆禁烧巡查值班表.et"
    sheets = []
    for label, first, last in (("午收禁烧", dt.date(YEAR, 5, 25), dt.date(YEAR, 6, 25)),
                               ("秋收禁烧", dt.date(YEAR, 9, 25), dt.date(YEAR, 10, 25))):  # fmt: skip
        sheet = Sheet(label)
        sheet.title(f"{TOWN}{YEAR}年{label}重点时段巡查值班表", 8)
        sheet.header([["日期", "带班领导", "包保村", "巡查人员", "巡查路段", "发现火点（处）", "处置情况", "记录人"]])
        day = first
        while day <= last:
            for village in rng.sample(CUN, 3):
                fires = 1 if rng.random() < 0.08 else 0
                done = rng.choice(["已扑灭", "已扑灭，移交综合执法队"]) if fires else "无"
                sheet.add(f"{day.month}月{day.day}日", fake.name(rng), village, f"{fake.name(rng)}、{fake.name(rng)}",
                          f"{village}{rng.choice(['南地', '北湖', '东岗', '西洼'])}田间路", fires, done, fake.name(rng))  # fmt: skip
            day += dt.timedelta(days=1)
        sheets.append(sheet)
    built.books.append(Book(name, sheets, fmt="biff"))
    built.quirk("patrol_rota_not_a_register", name, "午收禁烧", ("enforcement.cases", "enforcement.inspection"),
                "秸秆禁烧 巡查值班表（包保村、发现火点、处置情况）：干部值班巡查，不是行政检查笔录，不计入任何数")  # fmt: skip


# --- 综治中心: 矛盾纠纷 (.ods) ------------------------------------------------------------------------

DISPUTE_TYPES = {
    "邻里纠纷": 6,
    "宅基地纠纷": 4,
    "婚恋彩礼纠纷": 3,
    "婚姻家庭纠纷": 3,
    "采煤塌陷补偿纠纷": 2,
    "土地承包纠纷": 3,
    "赡养纠纷（留守老人）": 1.5,
    "劳务欠薪纠纷": 2,
    "药材买卖合同纠纷": 1.5,
    "道路交通事故纠纷": 1,
}
# 化解情况 as the 综治中心 types it → the truth's status.
DISPUTE_STATES = {"已化解": "已化解", "已调处化解": "已化解", "化解中": "化解中", "已稳控": "化解中",
                  "未化解": "未化解", "已上报县综治中心": "已上报/移交"}  # fmt: skip


def disputes_book_ods(built: Built, rng: random.Random) -> list[dict]:
    """The 镇综治中心's 矛盾纠纷排查化解台账 (.ods): 编号 SJ2024-N, 排查日期 2024.3.5, 村（社区） and 组 in two columns,
    纠纷类型 in the 镇's words (婚恋彩礼纠纷, 采煤塌陷补偿纠纷, 赡养纠纷（留守老人）…), 化解情况 已化解 / 已调处化解 / 化解中 /
    **已稳控** (stable, not resolved) / 未化解 / 已上报县综治中心, 风险等级 红 / 黄 / 蓝; the clerk went on into January
    2025 under the year's rows. Returns the year's records (for the mediation register)."""
    name = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账.ods"
    sheet = Sheet("排查化解台账")
    sheet.title(f"{TOWN}{YEAR}年度矛盾纠纷排查化解工作台账", 12)
    sheet.header([["编号", "排查日期", "村（社区）", "组", "纠纷类型", "当事人", "简要情况", "化解情况", "化解日期",
                   "包案领导", "风险等级", "备注"]])  # fmt: skip
    records = []
    days = _days(rng, 196)
    jan = _next_january(rng, 6)
    states = {"已化解": 58, "已调处化解": 22, "化解中": 7, "已稳控": 6, "未化解": 4, "已上报县综治中心": 3}
    for n, day in enumerate([*days, *jan], start=1):
        place = rng.choice(PLACES)
        kind = fake.pick(rng, DISPUTE_TYPES)
        if place == SHEQU and rng.random() < 0.5:
            kind = "采煤塌陷补偿纠纷"
        said = fake.pick(rng, states)
        status = DISPUTE_STATES[said]
        done = (
            min(day + dt.timedelta(days=rng.randint(0, 20)), dt.date(day.year, 12, 31)) if status == "已化解" else None
        )
        sheet.add(f"SJ{day.year}-{n:03d}", fake.date_cell(day, "dot"), place, _group(rng, place), kind,
                  f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}", f"{kind.split('（')[0].removesuffix('纠纷')}问题",
                  said, fake.date_cell(done, "dot") if done else "", fake.name(rng),
                  fake.pick(rng, {"蓝": 8, "黄": 2, "红": 0.4}),
                  "诉调对接" if rng.random() < 0.05 else "")  # fmt: skip
        records.append({"screened_on": day, "status": status, "kind": kind})
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("ods_spreadsheet", name, sheet.name, "disputes.screened")
    built.quirk("stabilised_is_not_resolved", name, sheet.name, ("disputes.resolved", "disputes.resolution_rate"),
                "化解情况 已稳控：稳住了、没化解（化解中）；已调处化解 = 已化解；已上报县综治中心 不是化解")  # fmt: skip
    built.quirk("next_january", name, sheet.name, "disputes.screened",
                "年度台账末尾接着登记了2025年1月的6件：属下一年，不计入")  # fmt: skip
    built.quirk("village_and_group_columns", name, sheet.name, "disputes.screened",
                "村（社区） 与 组 分两列，安置社区没有组")  # fmt: skip
    return [r for r in records if r["screened_on"].year == YEAR]


# --- 司法所: 人民调解 (BIFF .xls) ---------------------------------------------------------------------

# 以案定补 of this fictitious 县 (illustrative): 口头 50; 书面 一般 200 / 疑难 400 / 重大 600 元.
SUBSIDY = {("口头", "一般"): 50, ("书面", "一般"): 200, ("书面", "疑难"): 400, ("书面", "重大"): 600}


def mediation_register_biff(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 司法所's 人民调解案件登记台账 (.xls of Excel 97): 卷宗号 （2024）芍人调字第N号, two header rows (当事人 ›
    申请人 | 被申请人), 调解组织 镇人民调解委员会 / 村人民调解委员会 / 镇矛调中心调解室, 协议形式 口头协议 / 书面协议 /
    人民调解协议书, 调解结果 调解成功 / 调解不成功 / 终止调解, 案件难易 一般 / 疑难 / 重大, 以案定补（元）; a case received
    2023-12-27 listed first."""
    name = f"{TOWN}司法所{YEAR}年人民调解案件登记台账.xls"
    resolved = [r for r in screened if r["status"] == "已化解"]
    picked = sorted(rng.sample(resolved, 64), key=lambda r: r["screened_on"])
    cases = [("成功", r["screened_on"], r["kind"]) for r in picked]
    cases += [(o, d, fake.pick(rng, DISPUTE_TYPES)) for o, d in zip(["不成功"] * 4 + ["终止"] * 2, _days(rng, 6))]
    cases.sort(key=lambda c: c[1])
    sheet = Sheet("调解案件登记")
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记台账", 13)
    sheet.header(
        [
            ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "调解员", "协议形式", "调解结果",
             "案件难易", "以案定补（元）", "备注"],
            [None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None, None],
        ],
        [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13)] + [(1, 6, 1, 7)],
    )  # fmt: skip
    sheet.add(1, f"（{YEAR - 1}）芍人调字第97号", fake.date_cell(dt.date(YEAR - 1, 12, 27), "date"), "镇人民调解委员会",
              "邻里纠纷", fake.name(rng), fake.name(rng), fake.name(rng), "口头协议", "调解成功", "一般", 50,
              "2024年1月结案")  # fmt: skip
    records = [{"file_no": f"（{YEAR - 1}）芍人调字第97号", "accepted_on": dt.date(YEAR - 1, 12, 27), "form": "口头",
                "result": "调解成功", "subsidy": 50}]  # fmt: skip
    for n, (outcome, day, kind) in enumerate(cases, start=1):
        file_no = f"（{YEAR}）芍人调字第{n}号"
        org = fake.pick(rng, {"镇人民调解委员会": 4, "镇矛调中心调解室": 2, f"{rng.choice(CUN)}人民调解委员会": 3})
        if outcome == "成功":
            form = "书面" if rng.random() < 0.35 else "口头"
            tier = fake.pick(rng, {"一般": 6, "疑难": 3, "重大": 1}) if form == "书面" else "一般"
            money = SUBSIDY[(form, tier)]
            typed = ("人民调解协议书" if rng.random() < 0.5 else "书面协议") if form == "书面" else "口头协议"
            row = (typed, "调解成功", tier, money, "")
        else:
            form, money = None, None
            row = (
                "",
                "调解不成功" if outcome == "不成功" else "终止调解",
                "",
                "",
                "引导诉讼" if outcome == "不成功" else "",
            )
        sheet.add(n + 1, file_no, fake.date_cell(day, "date"), org, kind.split("（")[0], fake.name(rng), fake.name(rng),
                  fake.name(rng), *row)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("header_four_rows", name, sheet.name, "mediation.cases", "两行表头：当事人 › 申请人 / 被申请人")
    built.quirk("value_synonyms", name, sheet.name, ("mediation.written", "mediation.oral"),
                "人民调解协议书 / 书面协议 = 书面；口头协议 = 口头；终止调解 不是成功")  # fmt: skip
    built.quirk("last_year_case_first", name, sheet.name, ("mediation.cases", "mediation.subsidy_yuan"),
                "2023年12月受理的一件排在最前：按受理日期属上年，不计入")  # fmt: skip


# --- 信访 (Word) --------------------------------------------------------------------------------------


def petitions_word(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word: 交办单位 国家信访局（网上信访）转送 / 省信访局交办 / 亳阜市（虚构）信访局交办 / 县信访局交办 /
    县联席办交办 / 本级受理（来访）; a column **初信初访** (是 for a first petition) beside 是否重复信访; 办理情况 已化解 /
    正在化解 / 未化解."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{TOWN}综治中心（信访办）", "（虚构示例数据）"]
    sheet.doc_after = ["登记人：　　　　　　包案领导："]
    sheet.header([["序号", "信访件编号", "交办单位", "信访人", "反映问题", "初信初访", "是否重复信访", "交办时间",
                   "包案领导", "办理情况"]])  # fmt: skip
    items = [
        ("国家信访局（网上信访）转送", "中联办", "已化解", "采煤塌陷区房屋受损补偿"),
        ("省信访局交办", "省联办", "正在化解", "塌陷区搬迁安置房分配"),
        ("亳阜市信访局交办", "市联办", "已化解", "土地流转租金拖欠"),
        (f"{COUNTY}信访局交办", "县联办", "已化解", "宅基地界址"),
        (f"{COUNTY}信访局交办", "县联办", "未化解", "彩礼返还"),
        (f"{COUNTY}联席办交办", "县联办", "正在化解", "药材市场摊位费"),
        (f"{COUNTY}信访局交办", "县联办", "已化解", "务工工资拖欠"),
        ("本级受理（来访）", "本级受理", "已化解", "邻里排水沟"),
        ("本级受理（来访）", "本级受理", "正在化解", "低保评定"),
    ]
    records = []
    for n, ((said, source, status, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        repeat = status != "已化解" and rng.random() < 0.5
        no = f"SJXF-{YEAR}-{n:02d}"
        sheet.add(n, no, said, fake.masked(fake.name(rng)), issue, "否" if repeat else "是", "是" if repeat else "否",
                  fake.date_cell(day, "cn"), fake.name(rng), status)  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status, "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("first_petition_column", name, sheet.name, "petitions.in_progress",
                "初信初访 是/否 与 是否重复信访 并列（意思相反）；信访局 / 联席办 按层级为 中联办 / 省联办 / 市联办 / 县联办")  # fmt: skip


# --- 12345 工单 (GBK CSV, no figure) -------------------------------------------------------------------

HOTLINE = {
    ("投诉", "焚烧秸秆冒烟"): 3,
    ("投诉", "白芍炕房烟气"): 2,
    ("求助", "塌陷区房屋裂缝"): 1,
    ("咨询", "种粮补贴发放"): 3,
    ("投诉", "邻居占路堆放杂物"): 2,
    ("投诉", "拖欠务工工资"): 1,
    ("建议", "集市路口加装红绿灯"): 1,
}


def hotline_orders_gbk(built: Built, rng: random.Random) -> None:
    """The 12345 政务服务便民热线 工单 the 县 hands the 镇 (GBK CSV): 工单编号, 来电时间, 诉求类型, 诉求内容, 所属村,
    承办单位, 办理状态, 满意度. Calls handled, no dispute screened, no 信访 item: counted by no figure."""
    name = f"12345热线工单_{TOWN}_{YEAR}.csv"
    sheet = Sheet("工单")
    sheet.header([["工单编号", "来电时间", "诉求类型", "诉求内容", "所属村（社区）", "承办单位", "办理状态", "满意度"]])
    for day in _days(rng, 70):
        kind, what = fake.pick(rng, HOTLINE)
        sheet.add(f"AH{YEAR}{day:%m%d}{rng.randint(1000, 9999)}",
                  f"{day:%Y-%m-%d} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}", kind, what, rng.choice(PLACES),
                  fake.pick(rng, {"镇综合行政执法队": 2, "镇综治中心": 1, "镇农业农村办": 1, "镇社会事务办": 1}),
                  fake.pick(rng, {"已办结": 9, "办理中": 1}), fake.pick(rng, {"满意": 6, "基本满意": 2, "不满意": 1}))  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.quirk("csv_gbk", name, sheet.name, ("disputes.screened", "petitions.assigned"),
                "12345 工单（焚烧秸秆冒烟、邻居占路）：热线诉求，不是排查的纠纷，也不是信访事项")  # fmt: skip


# --- 一村一法律顾问 (HTML .xls platform export) ---------------------------------------------------------

# 服务类型 as the platform lists it → the truth's service (None: counted by no figure).
COUNSEL = {
    "法律咨询": ("法律咨询", 7),
    "审查合同": ("文书审核", 2),
    "审核村规民约": ("文书审核", 1),
    "出具法律意见书": ("法律意见书", 1),
    "法律援助": ("法律援助", 0.5),
    "参与矛盾纠纷调解": (None, 2),
    "法治宣传": (None, 1.5),
    "代写法律文书": (None, 1),
    "法治体检": (None, 0.5),
}


def counsel_platform_html(built: Built, rng: random.Random) -> None:
    """The 一村（居）一法律顾问 platform's 服务记录 export (HTML saved .xls): 服务时间 with seconds, 服务村（居）, 法律顾问,
    所属律所 (fictitious), 服务类型, 服务内容, 服务人次 (blank for one)."""
    name = f"一村一法律顾问服务记录导出_{TOWN}_{YEAR}.xls"
    sheet = Sheet("服务记录")
    sheet.header([["序号", "服务时间", "服务村（居）", "法律顾问", "所属律所", "服务类型", "服务内容", "服务人次"]])
    records = []
    contents = {"法律咨询": ["彩礼返还咨询", "务工工资追讨", "土地流转合同咨询", "塌陷补偿标准咨询"],
                "审查合同": ["药材种植基地土地流转合同", "村集体光伏租赁合同"], "审核村规民约": ["村规民约修订稿"],
                "出具法律意见书": ["村集体资产处置"], "法律援助": ["欠薪农民工申请法律援助"],
                "参与矛盾纠纷调解": ["宅基地界址纠纷"], "法治宣传": ["民法典进集市"],
                "代写法律文书": ["代写起诉状（彩礼返还）", "代写答辩状"], "法治体检": ["药材合作社法治体检"]}  # fmt: skip
    for n, day in enumerate(_days(rng, 118), start=1):
        kind = fake.pick(rng, {k: w for k, (_, w) in COUNSEL.items()})
        qty = rng.choice([1, 2, 3, 4]) if kind == "法律咨询" else 1
        typed = "" if qty == 1 and rng.random() < 0.6 else qty
        sheet.add(n, f"{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                  rng.choice(PLACES), f"{fake.name(rng)}", rng.choice(["安徽涡北（虚构）律师事务所", "亳阜（虚构）律师事务所"]),
                  kind, rng.choice(contents[kind]), typed)  # fmt: skip
        service = COUNSEL[kind][0]
        if service:
            records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["counsel"] = records
    built.quirk("html_as_xls", name, sheet.name, "counsel.consultations", "平台导出的网页表格，扩展名 .xls")
    built.quirk("value_synonyms", name, sheet.name, "counsel.document_reviews",
                "审查合同、审核村规民约 = 文书审核；参与矛盾纠纷调解、法治宣传、代写法律文书（起草，不是审核）、法治体检 不计入；"
                "服务人次 空着按1")  # fmt: skip


# --- 政务公开 (Excel 2003 XML .xls) --------------------------------------------------------------------


def disclosure_book_xml(built: Built, rng: random.Random) -> None:
    """The 党政办's 政务公开信息发布台账 (Excel 2003 XML .xls): one list with a 公开类别 column 主动公开 / 依申请公开 /
    宣传报道, 公开栏目 (惠民惠农, 社会保障, 工作动态, 回应关切) or the 媒体 (“芍集发布”微信公众号, 涡北融媒（虚构）),
    发布日期 2024/3/5; items of December 2023 the clerk carried over first."""
    name = f"{TOWN}{YEAR}年政务公开信息发布台账.xls"
    sheet = Sheet("信息发布台账")
    sheet.title(f"{TOWN}{YEAR}年政务公开信息发布登记台账", 7)
    sheet.header([["序号", "信息标题", "公开类别", "公开栏目/发布媒体", "发布日期", "公开方式", "责任科室"]])
    plan = ["主动公开"] * 64 + ["宣传报道"] * 41 + ["依申请公开"] * 2
    rng.shuffle(plan)
    days = [
        *fake.dates_in(rng, YEAR - 1, 3, dt.date(YEAR - 1, 12, 4), dt.date(YEAR - 1, 12, 29)),
        *_days(rng, len(plan)),
    ]
    plan = ["主动公开"] * 3 + plan
    truth = {"主动公开": "主动公开", "宣传报道": "媒体发布", "依申请公开": "依申请公开"}
    records = []
    for n, (kind, day) in enumerate(zip(plan, days), start=1):
        if kind == "主动公开":
            title = rng.choice(["耕地地力保护补贴发放公示", "城乡低保对象公示", "采煤塌陷区搬迁安置进展", "秸秆禁烧通告",
                                "财政预算公开"])  # fmt: skip
            where, how = rng.choice(["惠民惠农", "社会保障", "工作动态", "回应关切"]), f"{COUNTY}人民政府网站"
        elif kind == "宣传报道":
            title = rng.choice(["芍集镇白芍喜获丰收", "法律明白人走上集市", "塌陷区群众喜迁新居", "禁烧宣传进村组"])
            where, how = (
                fake.pick(rng, {"“芍集发布”微信公众号": 4, "涡北融媒（虚构）": 2, "学习强国安徽学习平台": 1}),
                "媒体",
            )
        else:
            title = rng.choice(["申请公开搬迁安置补偿标准", "申请公开土地征收批复"])
            where, how = "", "书面答复"
        sheet.add(
            n, title, kind, where, fake.date_cell(day, "slash"), how, rng.choice(["党政办", "农业农村办", "综治中心"])
        )
        records.append({"published_on": day, "type": truth[kind]})
    built.books.append(Book(name, [sheet], fmt="xml-xls"))
    built.ledgers["disclosure"] = records
    built.quirk("xml_spreadsheet_as_xls", name, sheet.name, "disclosure.proactive")
    built.quirk("value_synonyms", name, sheet.name, "disclosure.media", "宣传报道 = 媒体发布；2023年12月的3条不计入")


# --- 派出所: 平安建设 statistics form (UTF-8 BOM CSV) --------------------------------------------------


def police_form_bom(built: Built, rng: random.Random) -> None:
    """The 派出所's 平安建设相关数据统计表 for the 镇 (UTF-8 BOM CSV): a statistics form only — 项目 / 单位 / 数量, with
    家庭暴力告诫书, 因家暴行政拘留, 涉黄治安案件（卖淫嫖娼）, 涉黄行政拘留 and the 涉赌 and 盗窃 lines no figure counts."""
    name = f"{TOWN}派出所{YEAR}年平安建设相关数据统计表.csv"
    sheet = Sheet("统计表")
    sheet.add(f"{COUNTY}公安局{TOWN}派出所{YEAR}年平安建设相关数据统计表")
    sheet.add(f"统计时段：{YEAR}年1月1日至{YEAR}年12月31日")
    sheet.header([["项目", "单位", "数量", "备注"]])
    counts = {"security.dv_warnings": 13, "security.dv_detentions": 1, "security.vice_cases": 3,
              "security.vice_detentions": 5}  # fmt: skip
    sheet.add("出具家庭暴力告诫书", "份", counts["security.dv_warnings"], "")
    sheet.add("因家庭暴力行政拘留", "人", counts["security.dv_detentions"], "")
    sheet.add("涉黄治安案件（卖淫嫖娼）", "起", counts["security.vice_cases"], "")
    sheet.add("涉黄行政拘留", "人", counts["security.vice_detentions"], "")
    sheet.add("涉赌治安案件", "起", 8, "含集市赌博")
    sheet.add("涉赌行政拘留", "人", 14, "")
    sheet.add("盗窃案件（含药材）", "起", 21, "")
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["security"] = Stats(counts)
    built.quirk("statistics_form_only", name, sheet.name, ("security.dv_warnings", "security.vice_cases"),
                "派出所只交统计表：数取自表中各行")  # fmt: skip
    built.quirk("csv_utf8_bom", name, sheet.name, "security.vice_detentions")


# --- 法治 workbook (xlsx): 行政应诉, 学法考法, 规范性文件 ---------------------------------------------------


def rule_of_law_xlsx(built: Built, rng: random.Random) -> None:
    """The 镇's 法治政府建设工作台账 (xlsx): 行政应诉 (案号 （2024）皖1699行初N号, one heard December 2023, 出庭负责人,
    是否出庭 是 / 否（委托律师）), 学法考法 (会前学法, 法律明白人 线下 / 线上 培训, 安徽 国家工作人员学法用法考试 应参考 /
    实参考) and 规范性文件 (header only, a note 本年度未制定)."""
    name = f"{TOWN}{YEAR}年法治政府建设工作台账.xlsx"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记表", 8)
    lit.header([["序号", "案号", "原告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭", "审理结果"]])
    plan = [
        (f"（{YEAR - 1}）皖1699行初77号", dt.date(YEAR - 1, 12, 12), "王某某（副镇长）", "是", "驳回诉讼请求"),
        (f"（{YEAR}）皖1699行初18号", dt.date(YEAR, 4, 23), "孙某（镇长）", "是", "驳回诉讼请求"),
        (f"（{YEAR}）皖1699行初64号", dt.date(YEAR, 8, 6), "", "否（委托律师）", "原告撤诉"),
        (f"（{YEAR}）皖1699行初109号", dt.date(YEAR, 11, 14), "李某（副镇长）", "是", "驳回诉讼请求"),
    ]
    records = []
    for n, (case_no, day, who, appeared, result) in enumerate(plan, start=1):
        lit.add(n, case_no, fake.masked(fake.name(rng)), rng.choice(["行政强制（拆除违法建筑）", "采煤塌陷搬迁补偿",
                "政府信息公开"]), fake.date_cell(day, "cn"), who, appeared, result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared == "是"})
    train = Sheet("学法考法")
    train.title(f"{TOWN}{YEAR}年学法用法及法律明白人培训登记", 8)
    train.header([["序号", "日期", "培训名称", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("党委理论学习中心组学习习近平法治思想", "领导干部", "中心组学习", 17, None, None),
        ("法律明白人骨干培训（民法典婚姻家庭编）", "法律明白人", "线下", 48, None, None),
        ("法律明白人网上培训", "法律明白人", "线上", 55, None, None),
        ("国家工作人员学法用法考试", "领导干部", "考试", 64, 66, 64),
        ("综合行政执法人员赋权事项培训", "行政执法人员", "集中培训", 21, None, None),
        ("法律明白人调解技能培训", "法律明白人", "线下", 39, None, None),
    ]
    t_records = []
    for n, ((title, who, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "date"), title, who, form, people, req, took)
        t_records.append({"held_on": day, "audience": who, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件制定及备案登记", 6)
    docs.header([["序号", "文件名称", "文号", "印发日期", "报备日期", "备案审查意见"]])
    docs.blank()
    docs.add("注：本年度我镇未制定行政规范性文件。")
    built.books.append(Book(name, [lit, train, docs]))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("value_qualifiers", name, lit.name, "litigation.leader_appearances", "否（委托律师）")
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued",
                "规范性文件表只有表头，表下注 本年度我镇未制定：台账在，数是0")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_register_xlsx(built, rng)
    straw_burning_rota_et(built, rng)
    screened = disputes_book_ods(built, rng)
    mediation_register_biff(built, rng, screened)
    petitions_word(built, rng)
    hotline_orders_gbk(built, rng)
    counsel_platform_html(built, rng)
    disclosure_book_xml(built, rng)
    police_form_bom(built, rng)
    rule_of_law_xlsx(built, rng)
    built.ledgers["fraud_watch"] = Null("没有涉诈高危人员台账（镇未交来）")
    return built
