"""窑岭镇 (虚构; 山西 晋中 / 晋东南 hills, the fictitious 岭东县), 2024: a former 煤 town whose 采煤沉陷区 villages are being
moved to a 移民新村 and whose 采空区 are being 治理, with 小杂粮 and 设施蔬菜 on the hills, where every 村 is in the
山西 “三零”单位创建 (零上访、零事故、零案件), the 综治中心 keeps the 矛盾纠纷 register, each 村 has its 村（居）法律顾问, a
乡镇综合行政执法队 decides the cases of the 赋权清单, and the 镇 takes the 12345 工单 at its 信访 desk. Built blind
(issue 12, the 79th town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- “三零”单位创建：社会治理创新的“山西实践” (sxpeace.gov.cn/zfsp/71246.shtml, 山西日报 2021-01-21): the 三零 村 / 社区 /
  企事业单位 share and the 红橙黄蓝绿 risk colours of the 网格 — the 三零 创建 book, a per-村 summary of its own.
- 山西省综治中心规范化建设的探索与实践 (e.mzyfz.org.cn/paper/2448/paper_65540_13364.html): 四级综治中心, a 搬迁
  购房纠纷 in a 村 moved for 重建搬迁 — the 综治中心 register and its 搬迁安置 disputes.
- 万荣县王显乡 “三招”化解“千千结” (sx.xinhuanet.com/20250521/f9956bed81244a7c9c4d54e98003b470/c.html): 工作台账 and
  调解卷宗, 专职调解员 of the 司法所, 地界纠纷 in the spring, 机动地租金 — the dispute types.
- 中阳县 关于调整下放乡镇行政执法职权目录的决定 (sxzhongyang.gov.cn/zyxzw/zwgk/zfwj/202409/t20240927_1899913.shtml) and
  晋城 乡镇综合行政执法改革 (epaper.sxrb.com/shtml/sxfzb/20221219/823485.shtml): the 赋权 list, the 乡综合行政执法队,
  未批先建 on collective land, 限期拆除通知书 — the 执法队's register and its 案由.
- 武乡县上司乡行政执法检查事项清单 (wuxiang.gov.cn/zwgk/zfxxgk/zfxxgkml/sqxzjcgszl/xzjcsxyj/xq/202504/t20250427_3040576.html):
  a 乡's 事项名称 / 事项类型 行政许可 (承包地调整 and 土地承包经营 审批) — the 许可 sheet's 事项.
- 汾阳市杏花村镇 2025 政府信息公开工作年度报告 (fenyang.gov.cn/zwgk/xxgknb/xznb/2025xznb/202601/t20260120_2010682.shtml) and
  晋城市 2024 年报 (xxgk.jcgov.gov.cn/jcsrmzf/zfxxgknb/202503/t20250306_2109314.shtml): a 镇 publishing through the 县
  portal, 未收到政府信息公开申请 — the 政务公开 book.
- 山西省司法厅 “1名村（居）法律顾问+N名法律明白人” 行动 (handmsg.com/page/2024/0101/25770611.shtml): 结对, 工作台账,
  坐班 at the 司法所 / 公共法律服务站 — the 法律顾问 platform export and the 法律明白人 training.
- 山西省 2024 法治政府建设情况报告 (shanxi.gov.cn/zfxxgk/tzgg/202503/t20250328_9798361.shtml): 述法, 学法 — the 学法 sheet.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the 县 (岭东县), the 镇, the 村, the 煤矿, the law firm, the people, the case numbers and
the court code (晋0799).

Files (10, nine formats): the 综合行政执法队's 执法案件 book (xlsx: an 执法案件 sheet with hidden rows, struck rows
and January 2025 cases, and an 审批 sheet of 宅基地 / 乡村建设规划 许可 with no category column); the 综治中心's
矛盾纠纷 register (WPS .et, “三零”创建 words, 稳控中, next January's rows); the 三零 创建 book (xlsx, per 村: 零上访 /
零事故 / 零案件 and the 村's 排查 / 化解 counts — a summary, no ledger of ours); the 司法所's 人民调解 register (.ods:
上半年 / 下半年 sheets and a 统计 sheet); the 信访 register (Word); the 12345 工单 (GBK CSV, no figure); the 法律顾问
platform export (HTML .xls); the 政务公开 book (Excel 2003 XML .xls); the 派出所's list (UTF-8 BOM CSV); the 法治
workbook (.xls BIFF: 行政应诉 and 学法). No 规范性文件 register and no 涉诈 list are handed over.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "窑岭镇"
YEAR = 2024
COUNTY = "岭东县"
SEED = 79_2024
# 村 of the hills; 沉陷 villages moved to the 移民新村社区 (the 采煤沉陷区搬迁安置 community).
CUN = ("窑岭村", "后沟村", "石窑村", "南庄村", "柳树坪村", "西坡村", "马家庄村", "东沟村")
COMMUNITY = "移民新村社区"
PLACES = (*CUN, COMMUNITY)
NEXT_JAN = (dt.date(YEAR + 1, 1, 3), dt.date(YEAR + 1, 1, 8), dt.date(YEAR + 1, 1, 15))


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _stamp(rng: random.Random, day: dt.date) -> str:
    return f"{day:%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


# --- 综合行政执法队: 执法案件 and 审批 (xlsx) -------------------------------------------------------------

# 案由 of the 赋权清单 a hill 镇 keeps, with its 执法类型 as the 队 types it (and the truth's category).
ENFORCEMENT_ITEMS = {
    ("未批先建（占用耕地建房）", "行政处罚"): 4,
    ("在采空区治理范围内擅自建房", "行政处罚"): 1,
    ("露天焚烧秸秆", "行政处罚"): 2,
    ("乱倒建筑垃圾", "行政处罚"): 2,
    ("农村自建房安全日常巡查", "行政检查（日常巡查）"): 6,
    ("煤矿塌陷区护坡隐患专项检查", "行政检查（专项）"): 3,
    ("设施蔬菜大棚农药使用检查", "行政检查（日常巡查）"): 3,
    ("强制拆除违法建筑", "行政强制"): 0.7,
}
CATEGORY_TRUTH = {
    "行政处罚": "行政处罚",
    "处罚": "行政处罚",
    "行政检查（日常巡查）": "行政检查",
    "行政检查（专项）": "行政检查",
    "行政强制": "行政强制",
}
PREFIX = {"行政处罚": "窑岭综执罚", "行政检查": "窑岭综执检", "行政强制": "窑岭综执强"}


def enforcement_book_hidden_struck(built: Built, rng: random.Random) -> None:
    """The 乡镇综合行政执法队's 执法案件台账 (xlsx): an 执法案件 sheet (案件编号 窑岭综执罚〔2024〕N号, 案由, 执法类型
    typed 行政处罚 / 处罚 / 行政检查（日常巡查） / 行政检查（专项） / 行政强制, 当事人, 所在村, 办结日期 2024.3.5, 罚款（元）),
    rows hidden by a filter the clerk left (records all the same), two rows struck through (entered by mistake, 作废),
    and three January 2025 cases under the year's; and an 审批 sheet of the 便民服务中心's 农村宅基地 and 乡村建设规划
    许可 with no category column (the sheet and title say 行政许可)."""
    name = f"{TOWN}综合行政执法队{YEAR}年执法案件台账.xlsx"
    sheet = Sheet("执法案件")
    sheet.title(f"{TOWN}综合行政执法队{YEAR}年度行政执法案件台账", 9)
    sheet.add(f"填报单位：{TOWN}人民政府（综合行政执法队）", None, None, None, None, None, "单位：件、元", None, None)
    sheet.header([["序号", "案件编号", "案由", "执法类型", "当事人", "所在村", "办结日期", "罚款（元）", "备注"]])
    records = []
    counters = {k: 0 for k in PREFIX}
    plan = _days(rng, 96)
    serial = 0
    for day in plan:
        (cause, typed) = fake.pick(rng, ENFORCEMENT_ITEMS)
        if typed == "行政处罚" and rng.random() < 0.25:
            typed = "处罚"
        category = CATEGORY_TRUTH[typed]
        counters[category] += 1
        case_no = f"{PREFIX[category]}〔{YEAR}〕{counters[category]}号"
        fine = rng.choice([200, 500, 1000, 2000]) if category == "行政处罚" else None
        serial += 1
        row = sheet.add(serial, case_no, cause, typed, fake.name(rng), rng.choice(PLACES), fake.date_cell(day, "dot"),
                        fine if fine else "/", "")  # fmt: skip
        if rng.random() < 0.07:
            sheet.hidden_rows.add(row)
        records.append({"case_no": case_no, "category": category, "decided_on": day})
        if serial in (23, 61):
            # Entered by mistake and struck through (删除线): not a case; its number is never issued.
            serial += 1
            struck = sheet.add(serial, f"{PREFIX['行政处罚']}〔{YEAR}〕{900 + serial}号", "乱倒建筑垃圾", "行政处罚",
                               fake.name(rng), rng.choice(PLACES), fake.date_cell(day, "dot"), 500, "录入错误，作废")  # fmt: skip
            sheet.struck_rows.add(struck)
    if not sheet.hidden_rows:
        sheet.hidden_rows.add(sheet.header_rows[-1] + 5)
    for n, day in enumerate(NEXT_JAN, start=1):
        serial += 1
        sheet.add(serial, f"窑岭综执检〔{YEAR + 1}〕{n}号", "农村自建房安全日常巡查",
                  "行政检查（日常巡查）", fake.name(rng), rng.choice(PLACES), fake.date_cell(day, "dot"), "/",
                  "次年1月")  # fmt: skip
    permits = Sheet("审批")
    permits.title(f"{TOWN}人民政府{YEAR}年行政许可办理登记（农村宅基地、乡村建设规划许可）", 8)
    permits.header([["序号", "许可文号", "事项名称", "申请人", "所在村", "受理日期", "批准日期", "审批结果"]])
    items = {"农村宅基地审批（原址翻建）": 5, "农村宅基地审批（移民新村安置）": 2, "乡村建设规划许可证核发": 3}
    for n, day in enumerate(_days(rng, 31), start=1):
        what = fake.pick(rng, items)
        case_no = f"窑岭宅审〔{YEAR}〕{n:03d}号" if "宅基地" in what else f"乡字第9907{YEAR}{n:03d}号"
        permits.add(n, case_no, what, fake.name(rng), COMMUNITY if "移民" in what else rng.choice(CUN),
                    fake.date_cell(day - dt.timedelta(days=rng.randint(5, 20)), "cn"), fake.date_cell(day, "cn"),
                    "准予许可")  # fmt: skip
        records.append({"case_no": case_no, "category": "行政许可", "decided_on": day})
    built.books.append(Book(name, [sheet, permits]))
    built.ledgers["enforcement"] = records
    built.quirk("hidden_rows", name, sheet.name, "enforcement.cases", "筛选后留下的隐藏行照样是案件")
    built.quirk("struck_rows_are_void", name, sheet.name, ("enforcement.cases", "enforcement.penalty"),
                "整行删除线（录入错误，作废）：不是案件")  # fmt: skip
    built.quirk("value_qualifiers", name, sheet.name, "enforcement.inspection",
                "行政检查（日常巡查） / 行政检查（专项） = 行政检查；处罚 = 行政处罚")  # fmt: skip
    built.quirk("next_january_rows", name, sheet.name, "enforcement.inspection",
                "表尾三件2025年1月的检查：不是当年的")  # fmt: skip
    built.quirk("category_from_sheet_or_title", name, permits.name, "enforcement.licensing",
                "审批表没有类别列：标题写 行政许可办理登记")  # fmt: skip


# --- 综治中心: 矛盾纠纷 (WPS .et) ---------------------------------------------------------------------

DISPUTE_TYPES = {
    "地界纠纷": 5,
    "宅基地纠纷": 3,
    "邻里纠纷": 5,
    "婚姻家庭纠纷": 3,
    "赡养纠纷": 1,
    "劳务费纠纷": 3,
    "采煤沉陷区搬迁安置纠纷": 2,
    "煤矿占地补偿纠纷": 1.5,
    "窑洞护坡排水纠纷": 1,
    "土地承包（机动地）纠纷": 1.5,
}
# 化解情况 as the 综治中心 types it → ledger-kinds.md.
DISPUTE_STATES = {"已化解": "已化解", "已调处化解": "已化解", "稳控中": "化解中", "化解中": "化解中",
                  "已移交县综治中心": "已上报/移交", "未化解": "未化解"}  # fmt: skip


def disputes_three_zero_et(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解台账 (WPS .et), kept for the “三零”单位创建: 排查时间 2024年3月5日, 所在村, 纠纷类型
    (地界, 宅基地, 劳务费, 采煤沉陷区搬迁安置, 煤矿占地补偿 …), 风险等级 红 / 橙 / 黄 / 蓝 / 绿, 化解情况 已化解 / 已调处化解 /
    稳控中 / 化解中 / 已移交县综治中心 / 未化解, 包案领导; January 2025's first rows under the year's. Returns the year's
    records (for the 三零 book and the 调解 register)."""
    name = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账（“三零”单位创建）.et"
    sheet = Sheet("排查化解台账")
    sheet.title(f"{TOWN}{YEAR}年度矛盾纠纷排查化解工作台账", 11)
    sheet.add(f"“三零”单位创建  填报单位：{TOWN}综治中心", *[None] * 10)
    sheet.header([["序号", "排查时间", "所在村（社区）", "纠纷类型", "当事人", "简要情况", "风险等级", "化解情况",
                   "化解时间", "包案领导", "备注"]])  # fmt: skip
    records = []
    serial = 0
    for day in [*_days(rng, 188), *NEXT_JAN[:2]]:
        kind = fake.pick(rng, DISPUTE_TYPES)
        said = fake.pick(rng, {"已化解": 64, "已调处化解": 16, "稳控中": 6, "化解中": 5, "已移交县综治中心": 3,
                               "未化解": 2})  # fmt: skip
        status = DISPUTE_STATES[said]
        place = COMMUNITY if "搬迁" in kind and rng.random() < 0.6 else rng.choice(CUN)
        done = day + dt.timedelta(days=rng.randint(0, 20)) if status == "已化解" else None
        serial += 1
        sheet.add(serial, fake.date_cell(day, "cn"), place, kind, f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}",
                  f"{kind.removesuffix('纠纷')}问题", fake.pick(rng, {"绿": 5, "蓝": 3, "黄": 2, "橙": 1, "红": 0.3}),
                  said, fake.date_cell(done, "cn") if done else "", fake.name(rng),
                  "次年" if day.year > YEAR else "")  # fmt: skip
        if day.year == YEAR:
            records.append({"screened_on": day, "status": status, "kind": kind, "place": place})
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("value_synonyms", name, sheet.name, ("disputes.resolved", "disputes.resolution_rate"),
                "已调处化解 = 已化解；稳控中 = 化解中；已移交县综治中心 不是化解")  # fmt: skip
    built.quirk("next_january_rows", name, sheet.name, "disputes.screened", "表尾两条2025年1月排查的：不是当年的")
    return records


def three_zero_book(built: Built, rng: random.Random, disputes: list[dict]) -> None:
    """The 镇's “三零”单位创建 台账 (xlsx), one row a 村: 创建类型 “三零”村 / “三零”社区, 零上访 (上访人次), 零事故 (安全事故
    起数), 零案件 (刑事案件起数), the 村's 矛盾纠纷 排查 / 化解 counts of the year (those of the register), 是否达标 and a
    合计 row. A creation summary: no ledger of ours; its 排查 / 化解 columns agree with the register."""
    name = f"{TOWN}{YEAR}年“三零”单位创建工作台账.xlsx"
    sheet = Sheet("三零创建")
    sheet.title(f"{TOWN}{YEAR}年“三零”单位创建情况统计表", 10)
    sheet.header(
        [
            ["序号", "村（社区）", "创建类型", "零上访", None, "零事故", "零案件", "矛盾纠纷", None, "是否达标"],
            [None, None, None, "上访人次", "其中越级上访", "安全事故起数", "刑事案件起数", "排查", "化解", None],
        ],
        [(1, c, 2, c) for c in (1, 2, 3, 10)] + [(1, 4, 1, 5), (1, 8, 1, 9)],
    )
    totals = [0] * 6
    for n, place in enumerate(PLACES, start=1):
        screened = sum(1 for r in disputes if r["place"] == place)
        resolved = sum(1 for r in disputes if r["place"] == place and r["status"] == "已化解")
        visits = rng.choice([0, 0, 0, 1, 2])
        over = 1 if visits and rng.random() < 0.3 else 0
        accidents = rng.choice([0, 0, 0, 1])
        crimes = rng.choice([0, 0, 1])
        ok = "是" if visits + accidents + crimes == 0 else "否"
        sheet.add(n, place, "“三零”社区" if place == COMMUNITY else "“三零”村", visits, over, accidents, crimes, screened,
                  resolved, ok)  # fmt: skip
        for i, v in enumerate((visits, over, accidents, crimes, screened, resolved)):
            totals[i] += v
    sheet.add("合计", None, None, *totals, None)
    built.books.append(Book(name, [sheet]))
    built.quirk("three_zero_summary_not_register", name, sheet.name, ("disputes.screened", "petitions.assigned"),
                "“三零”创建统计表（上访人次、安全事故、刑事案件、排查/化解件数，每村一行）：汇总，不是台账；排查/化解与台账一致")  # fmt: skip


# --- 司法所: 人民调解 (.ods) ---------------------------------------------------------------------------

# 以案定补 of the fictitious 岭东县 (illustrative): 口头 50; 书面 简易 100 / 一般 200 / 疑难 400 元.
SUBSIDY = {"口头": 50, ("书面", "简易"): 100, ("书面", "一般"): 200, ("书面", "疑难"): 400}


def mediation_halves_ods(built: Built, rng: random.Random, disputes: list[dict]) -> None:
    """The 司法所's 人民调解案件登记台账 (.ods): 上半年 and 下半年 sheets (卷宗号 （2024）窑岭人调字第N号 running on, 受理日期
    as dates, 调解组织 镇调委会 / 村调委会, 纠纷类型, 申请人 / 被申请人, 协议形式 口头 / 书面 / 人民调解协议书, 调解结果
    调解成功 / 调解不成功 / 终止调解, 案件难易 简易 / 一般 / 疑难, 以案定补（元） typed 200 or 200元) and a 统计 sheet of
    the half-years' counts that agrees with them."""
    name = f"{TOWN}司法所{YEAR}年人民调解案件登记台账.ods"
    resolved = [r for r in disputes if r["status"] == "已化解"]
    picked = sorted(rng.sample(resolved, 84), key=lambda r: r["screened_on"])
    cases = [("成功", r["screened_on"], r["kind"], r["place"]) for r in picked]
    cases += [(o, d, fake.pick(rng, DISPUTE_TYPES), rng.choice(PLACES))
              for o, d in zip(["不成功"] * 5 + ["终止"] * 2, _days(rng, 7))]  # fmt: skip
    cases.sort(key=lambda c: c[1])
    header = [["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "申请人", "被申请人", "协议形式", "调解结果",
               "案件难易", "以案定补（元）", "调解员"]]  # fmt: skip
    halves = {h: Sheet(h) for h in ("上半年", "下半年")}
    for h, s in halves.items():
        s.title(f"{TOWN}人民调解委员会{YEAR}年{h}人民调解案件登记台账", 12)
        s.header(header)
    records = []
    counts = {h: [0, 0, 0, 0] for h in halves}  # accepted, successful, oral, written
    for n, (outcome, day, kind, place) in enumerate(cases, start=1):
        half = "上半年" if day.month <= 6 else "下半年"
        s = halves[half]
        file_no = f"（{YEAR}）窑岭人调字第{n}号"
        org = "镇人民调解委员会" if rng.random() < 0.55 else f"{place}人民调解委员会"
        counts[half][0] += 1
        if outcome == "成功":
            form = "书面" if rng.random() < 0.35 else "口头"
            tier = fake.pick(rng, {"简易": 2, "一般": 5, "疑难": 2}) if form == "书面" else "简易"
            money = SUBSIDY["口头"] if form == "口头" else SUBSIDY[(form, tier)]
            typed_form = ("人民调解协议书" if rng.random() < 0.5 else "书面") if form == "书面" else "口头"
            typed_money = f"{money}元" if rng.random() < 0.2 else money
            row = (typed_form, "调解成功", tier, typed_money)
            counts[half][1] += 1
            counts[half][2 if form == "口头" else 3] += 1
        else:
            form, money = None, None
            row = ("", "调解不成功" if outcome == "不成功" else "终止调解", "", "")
        s.add(len(s.rows) - 1, file_no, dt.datetime(day.year, day.month, day.day), org, kind, fake.name(rng),
              fake.name(rng), *row, fake.name(rng))  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    stats = Sheet("统计")
    stats.title(f"{TOWN}{YEAR}年人民调解工作统计", 5)
    stats.header([["时段", "受理（件）", "调解成功（件）", "其中口头协议", "其中书面协议"]])
    for h, c in counts.items():
        stats.add(h, *c)
    stats.add("全年合计", *[a + b for a, b in zip(*counts.values())])
    built.books.append(Book(name, [*halves.values(), stats], fmt="ods"))
    built.ledgers["mediation"] = records
    built.quirk("ods_spreadsheet", name, "上半年", "mediation.cases")
    built.quirk("aggregate_vs_records", name, stats.name, ("mediation.cases", "mediation.oral"),
                "统计表与两张半年台账一致：以台账为准")  # fmt: skip
    built.quirk("value_synonyms", name, "下半年", "mediation.written", "人民调解协议书 = 书面；终止调解 不是成功")
    built.quirk("unit_in_amount_cell", name, "下半年", "mediation.subsidy_yuan", "以案定补 写成 200元")


# --- 信访 (Word) --------------------------------------------------------------------------------


def petitions_word_joint_offices(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word (a 镇 信访办): 交办单位 in 山西's words — 国家信访局网上转送, 省联席办交办, 市联席办交办,
    县联席办交办 (联席办 of the 信访工作联席会议), 本级受理（来访） —, 是否重复信访, 办理状态 已化解 / 已化解（息诉罢访） /
    化解中 / 未化解."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{TOWN}信访办公室", "（虚构示例数据）"]
    sheet.doc_after = ["登记人：　　　　　　审核人："]
    sheet.header([["序号", "信访编号", "交办单位", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态",
                   "办结日期"]])  # fmt: skip
    items = [
        ("国家信访局网上转送", "中联办", "已化解", "否", "采煤沉陷区搬迁安置房分配"),
        ("省联席办交办", "省联办", "已化解（息诉罢访）", "否", "煤矿占地补偿款"),
        ("市联席办交办", "市联办", "已化解", "否", "拖欠劳务费"),
        ("市联席办交办", "市联办", "化解中", "是", "采空区房屋裂缝鉴定"),
        ("县联席办交办", "县联办", "已化解", "否", "宅基地地界"),
        ("县联席办交办", "县联办", "已化解", "否", "设施蔬菜大棚租金"),
        ("县联席办交办", "县联办", "化解中", "否", "移民新村物业"),
        ("县联席办交办", "县联办", "未化解", "是", "土地承包经营权"),
        ("本级受理（来访）", "本级受理", "已化解", "否", "邻里排水"),
        ("本级受理（来访）", "本级受理", "已化解", "否", "低保评定"),
    ]
    status_truth = {"已化解": "已化解", "已化解（息诉罢访）": "已化解", "化解中": "正在化解", "未化解": "未化解"}
    records = []
    for n, ((said, source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"YLXF{YEAR}{n:03d}"
        done = day + dt.timedelta(days=rng.randint(15, 50)) if status_truth[status] == "已化解" else None
        sheet.add(n, no, said, fake.masked(fake.name(rng)), issue, repeat, fake.date_cell(day, "cn"), status,
                  fake.date_cell(done, "cn") if done and done.year == YEAR else "")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status_truth[status], "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("joint_office_levels", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "省/市/县联席办交办 = 省联办/市联办/县联办；国家信访局网上转送 = 中联办；本级受理（来访）不是交办；"
                "已化解（息诉罢访）= 已化解")  # fmt: skip


# --- 12345 (GBK CSV, no figure) -------------------------------------------------------------------

HOTLINE = {
    ("投诉", "拖欠农民工工资"): 3,
    ("求助", "采空区房屋裂缝"): 2,
    ("咨询", "搬迁安置政策"): 3,
    ("投诉", "冬季清洁取暖"): 2,
    ("咨询", "养老保险缴费"): 2,
    ("投诉", "邻里宅基地地界"): 1,
}


def hotline_orders_gbk(built: Built, rng: random.Random) -> None:
    """The 12345 政务服务便民热线 工单 the 镇 exports (GBK CSV): 工单编号, 来电时间, 诉求类别 投诉 / 求助 / 咨询, 诉求内容
    (拖欠农民工工资, 采空区房屋裂缝, 邻里宅基地地界 among them), 承办科室, 办理状态 已办结 / 办理中, 回访满意度."""
    name = f"{TOWN}12345热线工单明细_{YEAR}.csv"
    sheet = Sheet("工单")
    sheet.header([["工单编号", "来电时间", "诉求类别", "诉求内容", "所属村（社区）", "承办科室", "办理状态", "办结时间",
                   "回访满意度"]])  # fmt: skip
    for day in _days(rng, 70):
        kind, what = fake.pick(rng, HOTLINE)
        state = fake.pick(rng, {"已办结": 9, "办理中": 1})
        sheet.add(f"1407{day:%Y%m%d}{rng.randint(1000, 9999)}", _stamp(rng, day), kind, what, rng.choice(PLACES),
                  fake.pick(rng, {"综治中心": 2, "社会事务办": 2, "综合行政执法队": 1, "信访办": 1}), state,
                  _stamp(rng, min(day + dt.timedelta(days=rng.randint(1, 6)), dt.date(YEAR, 12, 31)))
                  if state == "已办结" else "",
                  fake.pick(rng, {"满意": 6, "基本满意": 2, "不满意": 1}) if state == "已办结" else "")  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.quirk("csv_gbk", name, sheet.name, ("petitions.assigned", "disputes.screened"),
                "12345 工单（拖欠农民工工资、邻里宅基地地界）：热线诉求，不是信访事项，也不是排查的纠纷")  # fmt: skip


# --- 法律顾问 platform export (HTML .xls) ---------------------------------------------------------------

COUNSEL_SERVICES = {
    "法律咨询": ("法律咨询", 7),
    "合同审查": ("文书审核", 2.5),
    "出具法律意见书": ("法律意见书", 1),
    "参与矛盾纠纷调解": (None, 2),
    "法治宣传": (None, 1.5),
    "法律援助": ("法律援助", 0.6),
}


def counsel_platform_html(built: Built, rng: random.Random) -> None:
    """The 村（居）法律顾问 工作平台's export (HTML saved .xls): 服务时间 with seconds, 服务村（社区）, 法律顾问, 所在律所,
    服务类型 法律咨询 / 合同审查 / 出具法律意见书 / 参与矛盾纠纷调解 / 法治宣传 / 法律援助, 服务数量 (blank = 1), 服务方式
    坐班 / 电话 / 微信群."""
    name = f"{TOWN}村（居）法律顾问服务记录导出_{YEAR}.xls"
    sheet = Sheet("服务记录")
    sheet.header([["序号", "服务时间", "服务村（社区）", "法律顾问", "所在律所", "服务类型", "服务数量", "服务方式"]])
    records = []
    weights = {k: w for k, (_, w) in COUNSEL_SERVICES.items()}
    for n, day in enumerate(_days(rng, 118), start=1):
        what = fake.pick(rng, weights)
        qty = rng.choice([1, 1, 2, 3, 4]) if what == "法律咨询" else rng.choice([1, 1, 1, 2])
        typed = "" if qty == 1 and rng.random() < 0.4 else qty
        sheet.add(n, _stamp(rng, day), rng.choice(PLACES), fake.name(rng), "山西（虚构）岭东律师事务所", what, typed,
                  fake.pick(rng, {"坐班": 3, "电话": 2, "微信群": 2}))  # fmt: skip
        service = COUNSEL_SERVICES[what][0]
        if service:
            records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["counsel"] = records
    built.quirk("html_as_xls", name, sheet.name, "counsel.consultations")
    built.quirk(
        "value_synonyms", name, sheet.name, "counsel.document_reviews", "合同审查 = 文书审核；参与调解、法治宣传 不计入"
    )


# --- 政务公开 (Excel 2003 XML) --------------------------------------------------------------------------


def disclosure_xml(built: Built, rng: random.Random) -> None:
    """The 党政办's 政务公开 book (Excel 2003 XML .xls): 信息公开 (信息名称, 发布日期, 发布渠道 岭东县人民政府门户网站 /
    政务公开栏, 公开类型 主动公开 / 依申请公开) and 宣传报道 (标题, 刊发媒体 “窑岭发布”微信公众号 / 岭东融媒（虚构） /
    山西日报（虚构稿）, 刊发日期; no type column: the sheet is the type)."""
    name = f"{TOWN}{YEAR}年政务公开工作台账.xls"
    records = []
    pub = Sheet("信息公开")
    pub.title(f"{TOWN}{YEAR}年政府信息公开登记台账", 6)
    pub.header([["序号", "信息名称", "发布日期", "发布渠道", "公开类型", "责任科室"]])
    rows = [(d, "主动公开") for d in _days(rng, 38)] + [(d, "依申请公开") for d in _days(rng, 2)]
    rows.sort()
    for n, (day, kind) in enumerate(rows, start=1):
        title = rng.choice(["采煤沉陷区搬迁安置方案公示", "财政预算公开", "低保对象公示", "宅基地审批结果公示",
                            "小杂粮种植补贴公示"]) if kind == "主动公开" else "申请公开煤矿占地补偿协议"  # fmt: skip
        pub.add(n, title, fake.date_cell(day, "iso"),
                fake.pick(rng, {f"{COUNTY}人民政府门户网站": 4, "政务公开栏": 1}) if kind == "主动公开" else "书面答复",
                kind, rng.choice(["党政办", "社会事务办", "农业农村办"]))  # fmt: skip
        records.append({"published_on": day, "type": kind})
    news = Sheet("宣传报道")
    news.title(f"{TOWN}{YEAR}年宣传报道登记", 5)
    news.header([["序号", "标题", "刊发媒体", "刊发日期", "报送科室"]])
    for n, day in enumerate(_days(rng, 55), start=1):
        news.add(n, rng.choice(["“三零”创建筑牢平安底线", "沉陷区群众喜迁新居", "法律顾问进村坐班", "小杂粮丰收"]),
                 fake.pick(rng, {"“窑岭发布”微信公众号": 4, "岭东融媒（虚构）": 2, "山西日报（虚构稿）": 1}),
                 fake.date_cell(day, "iso"), "党建办")  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    built.books.append(Book(name, [pub, news], fmt="xml-xls"))
    built.ledgers["disclosure"] = records
    built.quirk("xml_spreadsheet_as_xls", name, pub.name, "disclosure.proactive")
    built.quirk("category_from_sheet_or_title", name, news.name, "disclosure.media", "宣传报道表没有类型列：表名即类型")


# --- 派出所 (UTF-8 BOM CSV) ------------------------------------------------------------------------------


def police_list_bom(built: Built, rng: random.Random) -> None:
    """The 派出所's 平安建设 list for the 镇 (UTF-8 BOM CSV): 日期, 案件类别 家庭暴力告诫书 / 涉黄 / 涉赌 / 盗窃（煤） /
    打架斗殴, 村, 当事人 masked, 处理结果, 拘留人数."""
    name = f"{TOWN}派出所{YEAR}年平安建设数据.csv"
    sheet = Sheet("平安建设")
    sheet.add(f"{COUNTY}公安局{TOWN}派出所 {YEAR}年平安建设相关案件")
    sheet.header([["序号", "日期", "案件类别", "村（社区）", "当事人", "处理结果", "拘留人数"]])
    plan = ["家庭暴力告诫书"] * 11 + ["涉黄"] * 3 + ["涉赌"] * 6 + ["盗窃（煤）"] * 5 + ["打架斗殴"] * 4
    rng.shuffle(plan)
    truth_type = {"家庭暴力告诫书": "家暴告诫书", "涉黄": "涉黄治安案件", "涉赌": "涉赌治安案件", "盗窃（煤）": "其他",
                  "打架斗殴": "其他"}  # fmt: skip
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        if kind == "家庭暴力告诫书":
            result, held = "出具告诫书", 0
        else:
            held = rng.randint(1, 3)
            result = f"行政拘留{rng.choice([5, 10, 15])}日"
        sheet.add(n, fake.date_cell(day, "slash"), kind, rng.choice(PLACES), fake.masked(fake.name(rng)), result, held)
        records.append({"occurred_on": day, "type": truth_type[kind], "detained": held})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["security"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("security.dv_warnings", "security.vice_cases"))
    built.quirk(
        "value_synonyms", name, sheet.name, "security.vice_cases", "涉黄 = 涉黄治安案件；家庭暴力告诫书 = 家暴告诫书"
    )


# --- 法治 workbook (.xls BIFF): 行政应诉 and 学法 -----------------------------------------------------------


def rule_of_law_biff(built: Built, rng: random.Random) -> None:
    """The 镇's 法治建设 workbook saved by an old Excel (.xls): 行政应诉 (案号 （2024）晋0799行初N号, 开庭日期, 出庭负责人,
    负责人是否出庭 是 / 否; one heard January 2025) and 学法 (法律明白人 “1+N” 培训 线上 / 线下, 领导干部 会前学法, 国家
    工作人员学法考试 with 应参考 / 实参考)."""
    name = f"{TOWN}{YEAR}年法治政府建设工作台账.xls"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记", 8)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭"]])
    plan = [
        (f"（{YEAR}）晋0799行初12号", dt.date(YEAR, 3, 21), "李某（副镇长）", "是"),
        (f"（{YEAR}）晋0799行初47号", dt.date(YEAR, 6, 13), "王某（镇长）", "是"),
        (f"（{YEAR}）晋0799行初90号", dt.date(YEAR, 10, 29), "", "否"),
        (f"（{YEAR}）晋0799行初133号", dt.date(YEAR + 1, 1, 14), "李某（副镇长）", "是"),
    ]
    records = []
    for n, (case_no, day, who, appeared) in enumerate(plan, start=1):
        lit.add(n, case_no, fake.masked(fake.name(rng)), f"{TOWN}人民政府",
                rng.choice(["行政强制（拆除违法建筑）", "征收补偿（采煤沉陷区搬迁）", "政府信息公开"]),
                fake.date_cell(day, "cn"), who, appeared)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared == "是"})
    train = Sheet("学法培训")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训登记", 8)
    train.header([["序号", "日期", "培训名称", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("镇政府常务会议会前学法", "领导干部", "会前学法", 15, None, None),
        ("“1+N”法律明白人结对培训", "法律明白人", "线下", 41, None, None),
        ("法律明白人线上学习（山西干部在线）", "法律明白人", "线上", 38, None, None),
        ("国家工作人员学法用法考试", "领导干部", "考试", 57, 58, 57),
        ("综合行政执法队执法规范化培训", "行政执法人员", "集中培训", 12, None, None),
        ("法律明白人民法典宣讲培训", "法律明白人", "线下", 36, None, None),
    ]
    t_records = []
    for n, ((title, who, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "iso"), title, who, form, people, req, took)
        t_records.append({"held_on": day, "audience": who, "exam_required": req, "exam_taken": took})
    built.books.append(Book(name, [lit, train], fmt="biff"))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.quirk("next_january_rows", name, lit.name, "litigation.cases", "2025年1月开庭的一件不计入")


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_book_hidden_struck(built, rng)
    disputes = disputes_three_zero_et(built, rng)
    three_zero_book(built, rng, disputes)
    mediation_halves_ods(built, rng, disputes)
    petitions_word_joint_offices(built, rng)
    hotline_orders_gbk(built, rng)
    counsel_platform_html(built, rng)
    disclosure_xml(built, rng)
    police_list_bom(built, rng)
    rule_of_law_biff(built, rng)
    built.ledgers["normative_documents"] = Null("没有规范性文件登记台账（镇未交来）")
    built.ledgers["fraud_watch"] = Null("没有涉诈高危人员台账（镇未交来）")
    return built
