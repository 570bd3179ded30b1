"""椰湾镇 (虚构; 琼椰市, a fictitious county-level 市 of 海南 directly under the province), 2024: a coastal 镇 beside
a 农垦 farm (南椰农场, its 农场公司 and the 农场社区 handed to the 镇), 黎族 villages inland, a 渔港 with its 渔民,
滩涂 and 海域 养殖; disputes between the 农场公司 and the villages over land (场社土地纠纷), 海域 / 滩涂 and 渔业
disputes, referrals from the 海警工作站 and the 渔政; damage and petitions after 超强台风“摩羯” (September 2024); the
镇's own 综合行政执法队 enforcing the powers the 市 devolved (赋权事项); 一村（居）一法律顾问 logged on 12348海南法网;
政务公开 on the 市's portal. Built blind (issue 12, the 75th town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 新华网 海南频道 2024-03-22 (hq.news.cn/20240322/9619dc45f7f14fa09b7a6fbe4e7378cc/c.html): 海南's "一支队伍管执法" —
  218 乡镇 and 街道 each with a 综合行政执法中队 enforcing in the 乡镇's own name; the 海洋渔业监察 kept apart — the
  镇's enforcement register and the 渔政 / 海警 referrals.
- 谭波、赵智, "行政权下沉"乡镇（街道）法治建设研究——以海南省为例 (m.fx361.cc/news/2023/0102/13950971.html): the
  赋权清单 of 海南's 乡镇 — the 赋权事项清单 sheet beside the cases.
- 李钊, 解决海南场社土地纠纷的对策与建议——基于琼海市的调查 (m.fx361.cc/news/2017/1124/11534164.html) and 海南琼海
  农村土地纠纷成因及对策 (fx361.cc/page/2015/0815/12502195.shtml): 场社土地纠纷 between 国营农场 and the villages
  around, 土地权属 going to the 市县 government (海南省土地权属确定与争议处理条例, m.jianbiaoku.com/webarbs/book/18915.shtml)
  — the 场社 disputes moved on to the 市 (已移交), and the 行政确认 case in court.
- 三亚市人民政府关于2024年度法治政府建设工作情况的报告 (m.myjhkq.com/sanyasite/zdlyxxgk/202503/…): 理论学习中心组学法,
  学法考法 — the training sheet.
- 南海网 / 海南日报 on 超强台风“摩羯” at 文昌 翁田镇 (toutiao.com/topic/7468819497806333990; m.huxiu.com/article/
  3465564.html): 村委会 › 村民小组 (明月村委会大高村民小组), houses and 养殖 destroyed on 2024-09-06 — the 台风 disputes
  and petitions of the autumn.
- 福建 泉港 南埔镇 "海枫调解" (zw.china.com.cn 2025-11-11) and 长岛 海警工作站 (海上调解员): 涉渔涉海 disputes mediated
  at the 渔港 with 海警 and 渔政 — the 渔港调解工作室 sheet of the mediation register.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the town, the 市, the farm and its company, the villages (黎族 names are made from common
syllables of 海南 place names: 什, 抱, 番), the law firm, the people, the case numbers, the boats.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "椰湾镇"
YEAR = 2024
CITY = "琼椰市"  # fictitious; a county-level 市 of 海南, under the province with no prefecture between
SEED = 75_2024
FARM = "海南农垦南椰农场有限公司（虚构）"
VILLAGES = {
    "椰湾村委会": 4,
    "港北村委会": 3,
    "新港社区": 3,  # the 渔港
    "什荣村委会": 2,  # 黎族
    "抱椰村委会": 2,  # 黎族
    "番坡村委会": 1.5,  # 黎族
    "南椰农场社区": 2,  # the farm's 居, handed to the 镇
}
TYPHOON = dt.date(YEAR, 9, 6)  # 超强台风“摩羯” landed this day


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _village(rng: random.Random) -> str:
    return fake.pick(rng, VILLAGES)


# --- 综合行政执法 -------------------------------------------------------------------------------------

# category → (赋权事项 or item, 执法类别 as typed, weight)
ENFORCEMENT_ITEMS = {
    "行政处罚": (("对在乡村规划区内未取得乡村建设规划许可证进行建设的处罚", "对擅自占用滩涂搭建养殖棚的处罚",
                  "对在渔港水域乱倒垃圾的处罚", "对未经许可占道经营的处罚"), 38),
    "行政检查": (("台风前渔船回港避风检查", "自建房安全隐患排查", "渔港码头消防安全检查", "槟榔加工作坊环境检查"), 64),
    "行政强制": (("强制拆除违法搭建的养殖设施",), 4),
    "行政许可": (("乡村建设规划许可证核发",), 22),
}  # fmt: skip
SOURCES = {"日常巡查": 6, "投诉举报": 2, "海警工作站移送": 1, "渔政移交": 1, "市综合行政执法局交办": 1}


def enforcement_team_register(built: Built, rng: random.Random) -> None:
    """The 镇综合行政执法队's case register (xlsx): a title, a 填报 line, the cases with 赋权事项名称, 执法类别 typed
    行政处罚 / 简易程序处罚 / 行政检查 / 行政强制 / 行政许可, 案件来源 (巡查, 举报, 海警工作站移送, 渔政移交), 立案日期
    and 决定（办结）日期 (cases still 调查中 without a decision); and beside it the 赋权事项清单 of the 市 (事项编码,
    事项名称, 事项类型, 原实施部门): a list of powers, no case."""
    name = f"{TOWN}综合行政执法队{YEAR}年行政执法案件台账.xlsx"
    sheet = Sheet("执法案件登记")
    sheet.title(f"{TOWN}人民政府（综合行政执法队）{YEAR}年行政执法案件登记台账", 11)
    sheet.add(f"填报单位：{TOWN}综合行政执法队", *[None] * 7, f"填报时间：{YEAR + 1}年1月6日", None, None)
    sheet.header([["序号", "案件编号", "赋权事项名称", "执法类别", "案件来源", "当事人", "所在村（居）", "立案日期",
                   "决定日期", "罚没金额（元）", "办理状态"]])  # fmt: skip
    plan = [(cat, item) for cat, (items, n) in ENFORCEMENT_ITEMS.items() for item in rng.choices(items, k=n)]
    rng.shuffle(plan)
    codes = {"行政处罚": "罚", "行政检查": "检", "行政强制": "强", "行政许可": "许"}
    serials: dict[str, int] = {}
    records = []
    for n, ((cat, item), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        serials[cat] = serials.get(cat, 0) + 1
        simple = cat == "行政处罚" and "垃圾" in item and rng.random() < 0.7
        no = f"琼椰椰湾{'当' if simple else ''}{codes[cat]}字〔{YEAR}〕{serials[cat]:03d}号"
        typed = "简易程序处罚" if simple else cat
        source = fake.pick(rng, SOURCES) if cat in ("行政处罚", "行政强制") else "日常巡查"
        if "台风" in item:
            day = fake.dates_in(rng, YEAR, 1, dt.date(YEAR, 9, 2), dt.date(YEAR, 9, 5))[0]
        pending = cat == "行政处罚" and day.month == 12 and day.day > 15 and not simple
        filed = day - dt.timedelta(days=0 if cat != "行政处罚" or simple else rng.randint(5, 25))
        money = (50 if simple else rng.choice([500, 1000, 2000, 5000])) if cat == "行政处罚" else None
        party = rng.choice([fake.name(rng), fake.name(rng), "琼椰市（虚构）某水产养殖合作社", FARM])
        decided = None if pending else day
        sheet.add(n, no, item, typed, source, party, _village(rng), fake.date_cell(filed, "date"),
                  fake.date_cell(decided, "date") if decided else "", money if money and decided else "",
                  "调查中" if pending else "已结案")  # fmt: skip
        records.append({"case_no": no, "category": cat, "decided_on": decided})
    powers = Sheet("赋权事项清单")
    powers.title(f"{CITY}赋予{TOWN}行政执法事项清单（{YEAR}年版）", 6)
    powers.header([["序号", "事项编码", "事项名称", "事项类型", "原实施部门", "实施依据"]])
    for n, (item, kind, dept) in enumerate(
        [
            ("对在乡村规划区内未取得乡村建设规划许可证进行建设的处罚", "行政处罚", "市自然资源和规划局"),
            ("对擅自占用滩涂搭建养殖棚的处罚", "行政处罚", "市海洋和渔业局"),
            ("对在渔港水域乱倒垃圾的处罚", "行政处罚", "市海洋和渔业局"),
            ("对未经许可占道经营的处罚", "行政处罚", "市综合行政执法局"),
            ("强制拆除违法搭建的养殖设施", "行政强制", "市综合行政执法局"),
            ("乡村建设规划许可证核发", "行政许可", "市自然资源和规划局"),
            ("对渔船进出渔港的检查", "行政检查", "市海洋和渔业局"),
        ],
        start=1,
    ):
        powers.add(n, f"4690XX-{kind[2:]}-{n:03d}", item, kind, dept, "《海南省（虚构条款）乡镇综合行政执法赋权决定》")
    built.books.append(Book(name, [sheet, powers]))
    built.ledgers["enforcement"] = records
    built.quirk("power_list_beside_cases", name, powers.name, ("enforcement.cases", "enforcement.penalty"),
                "赋权事项清单（事项编码、事项类型 行政处罚/行政强制…）在案件表旁：是权力清单，不是案件")  # fmt: skip
    built.quirk(
        "value_synonyms", name, sheet.name, "enforcement.penalty", "简易程序处罚 = 行政处罚（当场处罚决定书，当罚字）"
    )
    built.quirk("case_without_decision", name, sheet.name, ("enforcement.cases", "enforcement.penalty"),
                "十二月下旬立案、调查中、没有决定日期的处罚案件：不计入当年案件")  # fmt: skip
    built.quirk("referral_sources", name, sheet.name, "enforcement.penalty",
                "案件来源 海警工作站移送、渔政移交：由镇作出决定的案件，照常计入")  # fmt: skip


# --- 矛盾纠纷排查 (综治中心, WPS .et) ------------------------------------------------------------------

DISPUTE_TYPES = {
    "场社土地纠纷（农场与村）": 3,
    "海域滩涂养殖纠纷": 2.5,
    "渔业生产纠纷（网具损坏、渔船碰撞）": 2,
    "渔船船员劳务报酬纠纷": 1.5,
    "台风“摩羯”灾后房屋修缮纠纷": 1.5,
    "山林土地纠纷（槟榔地界）": 2.5,
    "邻里纠纷": 5,
    "婚姻家庭纠纷": 3,
    "房屋宅基地纠纷": 2,
    "道路交通事故纠纷": 1,
}
# What the 综治中心 types as 化解情况, and what it is by ledger-kinds.md.
DISPUTE_STATES = {"已化解": "已化解", "化解成功": "已化解", "化解中": "化解中", "稳控中": "化解中",
                  "已移交市政府确权": "已上报/移交", "已移交海警工作站": "已上报/移交", "已引导诉讼": "未化解"}  # fmt: skip
DISPUTE_SOURCES = {"村（居）排查": 5, "网格员上报": 3, "群众来访": 2, "海警工作站移送": 1, "渔政移交": 0.7}


def disputes_quarter_sheets_et(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解台账 kept in WPS (.et): a 填表说明 sheet, then a sheet per quarter (序号 restarting),
    a two-row header 当事人 › 甲方 / 乙方 (甲方 often the 农场公司), 纠纷来源 with 海警工作站移送 / 渔政移交, 化解情况 in
    the center's words (化解成功, 稳控中, 已移交市政府确权, 已移交海警工作站, 已引导诉讼), and at the top of the first
    quarter four disputes of December 2023 carried over (备注 上年结转) with their 2023 dates. Returns the records."""
    name = f"{TOWN}综治中心{YEAR}年矛盾纠纷排查化解台账.et"
    notes = Sheet("填表说明")
    notes.add("填表说明：")
    notes.add("1. 本台账按季度分表登记，每季度序号从1开始。")
    notes.add("2. 化解情况填写：已化解 / 化解成功 / 化解中 / 稳控中 / 已移交（注明单位）/ 已引导诉讼。")
    notes.add("3. 涉及场社土地权属的，按《海南省土地权属确定与争议处理条例》移交市政府处理。")
    head = [
        ["序号", "登记日期", "纠纷来源", "所属村（居）", "纠纷类型", "当事人", None, "联系电话", "简要情况", "化解情况",
         "化解日期", "包案领导", "备注"],
        [None, None, None, None, None, "甲方", "乙方", None, None, None, None, None, None],
    ]  # fmt: skip
    merges = [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13)] + [(1, 6, 1, 7)]
    quarters = [Sheet(f"第{q}季度") for q in "一二三四"]
    for q, sheet in enumerate(quarters, start=1):
        sheet.title(f"{TOWN}{YEAR}年第{'一二三四'[q - 1]}季度矛盾纠纷排查化解台账", 13)
        sheet.header(head, merges)
    records: list[dict] = []
    serial = {q: 0 for q in range(1, 5)}

    def row(q: int, day: dt.date, carried: bool) -> None:
        kind = fake.pick(rng, DISPUTE_TYPES)
        if "台风" in kind and day < TYPHOON:
            kind = "邻里纠纷"
        village = _village(rng)
        if "场社" in kind:
            village = rng.choice(["南椰农场社区", "什荣村委会", "抱椰村委会", "椰湾村委会"])
        if "渔" in kind or "海域" in kind:
            village = rng.choice(["新港社区", "港北村委会", "椰湾村委会"])
        source = fake.pick(rng, DISPUTE_SOURCES)
        if ("渔" in kind or "海域" in kind) and rng.random() < 0.4:
            source = rng.choice(["海警工作站移送", "渔政移交"])
        weights = {"已化解": 68, "化解成功": 14, "化解中": 6, "稳控中": 3, "已移交海警工作站": 1, "已引导诉讼": 2}
        if "场社" in kind:
            weights = {"已化解": 40, "化解成功": 10, "稳控中": 10, "已移交市政府确权": 25, "化解中": 10}
        said = fake.pick(rng, weights)
        a = FARM if "场社" in kind and rng.random() < 0.7 else fake.name(rng)
        b = fake.name(rng) if rng.random() < 0.8 else f"{village}{rng.randint(1, 6)}村民小组"
        done = None
        if DISPUTE_STATES[said] == "已化解":
            done = min(day + dt.timedelta(days=rng.randint(1, 30)), dt.date(YEAR, 12, 31))
        serial[q] += 1
        quarters[q - 1].add(serial[q], fake.date_cell(day, "date"), source, village, kind, a, b, fake.mobile(rng),
                            f"{village}{kind.split('（')[0].removesuffix('纠纷')}问题", said,
                            fake.date_cell(done, "date") if done else "", fake.name(rng),
                            "上年结转" if carried else "")  # fmt: skip
        records.append({"screened_on": day, "status": DISPUTE_STATES[said], "kind": kind, "village": village})

    for day in (
        dt.date(YEAR - 1, 12, 11),
        dt.date(YEAR - 1, 12, 19),
        dt.date(YEAR - 1, 12, 22),
        dt.date(YEAR - 1, 12, 28),
    ):
        row(1, day, True)
    days = _days(rng, 214) + _days(rng, 46, TYPHOON + dt.timedelta(days=2), dt.date(YEAR, 10, 31))
    for day in sorted(days):
        row((day.month - 1) // 3 + 1, day, False)
    built.books.append(Book(name, [notes, *quarters], fmt="biff"))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("restarting_numbers", name, "第二季度", "disputes.screened", "每季度一张表，序号各自从1编起")
    built.quirk("value_synonyms", name, "第三季度", ("disputes.resolved", "disputes.resolution_rate"),
                "化解成功 = 已化解；稳控中 = 化解中；已移交市政府确权 / 海警工作站、已引导诉讼 不是化解")  # fmt: skip
    built.quirk("carried_over_from_last_year", name, "第一季度", "disputes.screened",
                "第一季度表开头四件上年十二月排查、备注 上年结转 的纠纷：排查日期在上年，不计入当年排查数")  # fmt: skip
    built.quirk("organisation_as_party", name, "第二季度", "disputes.screened",
                "甲方是农场公司（海南农垦…有限公司）、乙方是村民小组：当事人不都是人")  # fmt: skip
    built.quirk("notes_sheet_first", name, "填表说明", "disputes.screened", "第一张是 填表说明，没有表")
    return records


# --- 人民调解 (Excel 2003 XML .xls) -------------------------------------------------------------------

# 以案定补 of this fictitious 市 (illustrative): 口头 简易 50 元; 书面 by 案件等级 一般 150 / 疑难 300 / 重大 500 元.
SUBSIDY = {"简易": 50, "一般": 150, "疑难": 300, "重大": 500}


def mediation_two_committees_xml(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 镇人民调解委员会's 调解案件登记表 exported as Excel 2003 XML (.xls) with two sheets: the 镇调委会 (and the
    村调委会 under it) and the 渔港调解工作室 (the 镇调委会's room at the 渔港, with 海警 and 渔政 sitting in), each
    with its own 案号 series; two header rows 当事人 › 申请人 / 被申请人; 协议形式 口头协议 / 书面协议; 调解结果
    调解成功 / 调解不成功 / 终止调解; 案件等级 and 补贴金额 typed as a number or with 元 (150元)."""
    name = f"{TOWN}人民调解委员会{YEAR}年调解案件登记表.xls"
    resolved = [r for r in screened if r["status"] == "已化解" and r["screened_on"].year == YEAR]
    sea = [r for r in resolved if "渔" in r["kind"] or "海域" in r["kind"]]
    land = [r for r in resolved if r not in sea]
    head = [
        ["序号", "案号", "受理日期", "纠纷类型", "当事人", None, "协议形式", "调解结果", "案件等级", "补贴金额（元）",
         "调解员"],
        [None, None, None, None, "申请人", "被申请人", None, None, None, None, None],
    ]  # fmt: skip
    merges = [(1, c, 2, c) for c in (1, 2, 3, 4, 7, 8, 9, 10, 11)] + [(1, 5, 1, 6)]
    records = []
    sheets = []
    for label, code, pool, take, fails in (
        ("镇调委会", "椰湾人调", land, 118, 8),
        ("渔港调解工作室", "椰渔调", sea, 26, 3),
    ):
        sheet = Sheet(label)
        sheet.title(f"{TOWN}人民调解委员会{label if label != '镇调委会' else ''}{YEAR}年调解案件登记表", 11)
        sheet.header(head, merges)
        picked = [("成功", r["screened_on"], r["kind"]) for r in rng.sample(pool, min(take, len(pool)))]
        failed = [(rng.choice(["不成功", "终止"]), d, fake.pick(rng, DISPUTE_TYPES)) for d in _days(rng, fails)]
        for n, (outcome, day, kind) in enumerate(sorted(picked + failed, key=lambda c: c[1]), start=1):
            file_no = f"（{YEAR}）{code}字第{n}号"
            if outcome == "成功":
                form = "书面" if rng.random() < 0.4 else "口头"
                tier = fake.pick(rng, {"一般": 6, "疑难": 3, "重大": 1}) if form == "书面" else "简易"
                money = SUBSIDY[tier]
                typed_money = f"{money}元" if rng.random() < 0.3 else money
                cells = (f"{form}协议", "调解成功", tier, typed_money)
            else:
                form, money = None, None
                cells = ("", "调解不成功" if outcome == "不成功" else "终止调解", "", "")
            sheet.add(n, file_no, fake.date_cell(day, "date"), kind.split("（")[0], fake.name(rng),
                      FARM if "场社" in kind else fake.name(rng), *cells, fake.name(rng))  # fmt: skip
            records.append({"file_no": file_no, "accepted_on": day, "form": form,
                            "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
        sheets.append(sheet)
    built.books.append(Book(name, sheets, fmt="xml-xls"))
    built.ledgers["mediation"] = records
    built.quirk("xml_spreadsheet_as_xls", name, sheets[0].name, "mediation.cases")
    built.quirk("two_committees_two_series", name, sheets[1].name, ("mediation.cases", "mediation.subsidy_yuan"),
                "渔港调解工作室 一张表、案号 椰渔调字 自成一套，序号和第N号与镇调委会重复：是另外的案件，都计入")  # fmt: skip
    built.quirk("negated_results", name, sheets[0].name, "mediation.cases", "调解不成功、终止调解 不是成功")
    built.quirk("unit_in_cell", name, sheets[0].name, "mediation.subsidy_yuan", "补贴金额 有的写 150元")


# --- 信访 (Word) -----------------------------------------------------------------------------------


def petitions_county_city_word(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word: 来源 in 海南's words — 省信访联席办交办, 市信访联席办交办 (the 市 is county-level, under
    the province: there is no prefecture between), 镇信访办受理 (本级); 反映问题 after the 台风 (倒塌房屋重建补助), 场社
    土地, 渔船燃油补贴; 办理情况 已化解 / 正在化解."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{TOWN}党政办公室（信访办）", "（虚构示例数据）"]
    sheet.header([["序号", "信访编号", "来源", "信访人", "反映问题", "是否重复信访", "交办日期", "办理情况",
                   "办结日期"]])  # fmt: skip
    items = [
        ("省联办", "已化解", "否", "渔船燃油补贴发放"),
        ("市联办", "已化解", "否", "台风“摩羯”倒塌房屋重建补助"),
        ("市联办", "正在化解", "是", "农场公司收回承包地（场社土地权属）"),
        ("市联办", "已化解", "否", "滩涂养殖清退补偿"),
        ("本级受理", "已化解", "否", "台风后渔排损毁救助"),
        ("本级受理", "正在化解", "否", "邻里排水纠纷"),
        ("本级受理", "已化解", "否", "低保申请"),
    ]
    said = {"省联办": "省信访联席办交办", "市联办": "市信访联席办交办", "本级受理": "镇信访办受理"}
    records = []
    days = sorted(_days(rng, 4, last=dt.date(YEAR, 8, 30)) + _days(rng, 3, TYPHOON + dt.timedelta(days=5)))
    order = [0, 3, 5, 6, 1, 2, 4]  # the typhoon items fall after 6 September
    for n, (k, day) in enumerate(zip(order, days), start=1):
        source, status, repeat, issue = items[k]
        if "台风" in issue and day < TYPHOON:
            raise AssertionError("a typhoon petition before the typhoon")
        no = f"YW-XF-{YEAR}-{n:03d}"
        done = day + dt.timedelta(days=rng.randint(15, 45)) if status == "已化解" else None
        sheet.add(n, no, said[source], fake.masked(fake.name(rng)), issue, repeat, fake.date_cell(day, "cn"), status,
                  fake.date_cell(done, "cn") if done and done.year == YEAR else "")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status, "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("joint_office_long_names", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "省信访联席办交办 = 省联办；市信访联席办交办 = 市联办（海南的市是县级，省直管）；镇信访办受理 = 本级受理")  # fmt: skip


# --- 平安建设 (派出所, GBK CSV) -----------------------------------------------------------------------

SECURITY = {
    # typed 类型 → (truth type or None, count, detained range)
    "家暴告诫": ("家暴告诫书", 9, (0, 0)),
    "家庭暴力（拘留）": ("家暴治安案件", 2, (1, 1)),
    "卖淫嫖娼": ("涉黄治安案件", 3, (1, 3)),
    "赌博": (None, 7, (1, 6)),
    "盗窃（渔具、电缆）": (None, 11, (1, 2)),
    "非法捕捞（移交渔政）": (None, 4, (0, 0)),
}


def security_station_csv(built: Built, rng: random.Random) -> None:
    """The 派出所's 治安案件及家暴告诫 register as a GBK CSV: 类型 家暴告诫 / 家庭暴力（拘留） / 卖淫嫖娼 / 赌博 / 盗窃
    （渔具、电缆） / 非法捕捞（移交渔政）, 拘留人数 typed 2人 or left blank where nobody was detained."""
    name = f"{CITY}公安局椰湾派出所{YEAR}年治安案件及家暴告诫登记表.csv"
    sheet = Sheet("登记表")
    sheet.add(f"{CITY}公安局椰湾派出所{YEAR}年治安案件及家暴告诫登记表")
    sheet.header([["序号", "日期", "类型", "发生地点", "当事人", "处理结果", "拘留人数", "承办民警"]])
    plan = [t for t, (_, n, _) in SECURITY.items() for _ in range(n)]
    rng.shuffle(plan)
    records = []
    for n, (typed, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        kind, _, (lo, hi) = SECURITY[typed]
        detained = rng.randint(lo, hi)
        result = {"家暴告诫": "出具家庭暴力告诫书", "非法捕捞（移交渔政）": "移交渔政部门"}.get(
            typed, f"行政拘留{rng.choice([5, 7, 10])}日" if detained else "罚款"
        )
        sheet.add(n, fake.date_cell(day, rng.choice(["slash", "cn"])), typed, _village(rng), fake.masked(fake.name(rng)),
                  result, f"{detained}人" if detained else "", fake.name(rng))  # fmt: skip
        if kind:
            records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["security"] = records
    built.quirk("csv_gbk", name, sheet.name, "security.dv_warnings")
    built.quirk("value_suffixes", name, sheet.name, ("security.dv_warnings", "security.vice_cases"),
                "家暴告诫 = 家暴告诫书；卖淫嫖娼 = 涉黄治安案件；家庭暴力（拘留） = 家暴治安案件；拘留人数 2人 / 空白为0")  # fmt: skip


# --- 涉诈 (.ods) ---------------------------------------------------------------------------------


def fraud_list_fishermen_ods(built: Built, rng: random.Random) -> None:
    """The 涉诈重点人员 list saved by WPS as .ods: 在管 / 已核减, 是否取得联系 是 / 否, 备注 出海捕捞（船载电话联系）."""
    name = f"{TOWN}涉诈高危人员管控台账（{YEAR}年12月）.ods"
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账", 9)
    sheet.header([["序号", "姓名", "身份证号码", "联系电话", "户籍地", "管控状态", "核减时间", "是否取得联系", "备注"]])
    records = []
    for serial, removed, contacted, fields in fake.watch_list(rng, 31, list(VILLAGES), 0.35):
        when = fake.date_cell(_days(rng, 1)[0], "date") if removed else None
        note = fake.pick(rng, {"": 5, "出海捕捞（船载电话联系）": 2, "在外务工": 2})
        sheet.add(serial, *fields[:3], fields[3], "已核减" if removed else "在管", when, "是" if contacted else "否",
                  note)  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["fraud_watch"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, "fraud_watch.remaining")
    built.quirk("value_synonyms", name, sheet.name, "fraud_watch.remaining", "在管 = 在册")


# --- 法律顾问 (12348海南法网 export, HTML .xls) ---------------------------------------------------------

COUNSEL_WORK = {
    "法律咨询": ("法律咨询", 6),
    "合同审查": ("文书审核", 2.5),
    "审核行政执法决定书": ("文书审核", 1),
    "出具法律意见书": ("法律意见书", 1.5),
    "参与矛盾纠纷调解": (None, 2),
    "法治宣传讲座": (None, 1.5),
    "法律援助": ("法律援助", 0.4),
}


def counsel_platform_export(built: Built, rng: random.Random) -> None:
    """The 一村（居）一法律顾问 service records exported from 12348海南法网 as an HTML table saved .xls: 服务时间 with
    the time of day, 服务对象 a 村（居） or the 镇人民政府, 服务类型 in the platform's words, 服务数量 (人次 / 件), and the
    律师 and 律所."""
    name = f"{TOWN}一村（居）一法律顾问服务记录导出（{YEAR}年）.xls"
    sheet = Sheet("服务记录")
    sheet.title(f"12348海南法网 一村（居）一法律顾问服务记录（{TOWN}，{YEAR}-01-01至{YEAR}-12-31）", 9)
    sheet.header(
        [["序号", "服务时间", "服务对象", "服务类型", "服务数量", "服务方式", "法律顾问", "所属律所", "服务内容"]]
    )
    weights = {k: w for k, (_, w) in COUNSEL_WORK.items()}
    records = []
    for n, day in enumerate(_days(rng, 96), start=1):
        work = fake.pick(rng, weights)
        qty = rng.choice([1, 2, 3, 4]) if work == "法律咨询" else rng.choice([1, 1, 2])
        target = "镇人民政府" if work in ("审核行政执法决定书", "出具法律意见书") else _village(rng)
        sheet.add(n, f"{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", target, work, qty,
                  rng.choice(["现场", "电话", "微信"]), rng.choice(["符律师", "王律师", "吉律师"]),
                  "（虚构）海南椰风律师事务所", f"{target}{work}")  # fmt: skip
        service = COUNSEL_WORK[work][0]
        if service:
            records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["counsel"] = records
    built.quirk("html_as_xls", name, sheet.name, "counsel.consultations", "12348海南法网导出的 HTML 表格冒充 .xls")
    built.quirk("value_synonyms", name, sheet.name, "counsel.document_reviews",
                "合同审查、审核行政执法决定书 = 文书审核；参与矛盾纠纷调解、法治宣传讲座 不是任何数")  # fmt: skip


# --- 政务公开 (CSV UTF-8 BOM) ---------------------------------------------------------------------


def disclosure_register_csv(built: Built, rng: random.Random) -> None:
    """The 党政办's 政务公开 register as a CSV UTF-8 with BOM: 信息类别 主动公开 / 新闻宣传 / 依申请公开, 发布平台 the 市's
    portal (镇 column), the 公开栏, the town's 公众号, 南海网 and 海南日报; dates 2024年3月5日."""
    name = f"{TOWN}{YEAR}年政务公开信息登记台账.csv"
    sheet = Sheet("登记台账")
    sheet.add(f"{TOWN}{YEAR}年政务公开信息登记台账")
    sheet.header([["序号", "发布日期", "信息标题", "发布平台", "信息类别", "经办人"]])
    kinds = ["主动公开"] * 64 + ["新闻宣传"] * 71 + ["依申请公开"] * 2
    rng.shuffle(kinds)
    records = []
    for n, (kind, day) in enumerate(zip(kinds, _days(rng, len(kinds))), start=1):
        if kind == "主动公开":
            carrier = fake.pick(rng, {f"{CITY}人民政府门户网站（{TOWN}专栏）": 4, "镇村务公开栏": 1})
            title = rng.choice(["台风灾后救助对象公示", "渔船燃油补贴发放公示", "乡村建设规划许可批前公示",
                                "低保对象公示"])  # fmt: skip
        elif kind == "新闻宣传":
            carrier = fake.pick(rng, {"“椰湾发布”微信公众号": 4, "南海网": 1, "海南日报": 1})
            title = rng.choice(["渔港调解室化解渔业纠纷", "抗击台风“摩羯”", "法律明白人进黎村", "综合执法整治滩涂"])
        else:
            carrier, title = "依申请答复", "关于某宗地权属资料的申请答复"
        sheet.add(n, fake.date_cell(day, "cn"), title, carrier, kind, fake.name(rng))
        records.append({"published_on": day, "type": {"新闻宣传": "媒体发布"}.get(kind, kind)})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["disclosure"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("disclosure.proactive", "disclosure.media"))
    built.quirk("value_synonyms", name, sheet.name, "disclosure.media", "新闻宣传 = 媒体发布")


# --- 法治建设 (行政应诉, 学法, 规范性文件) ----------------------------------------------------------------


def rule_of_law_workbook(built: Built, rng: random.Random) -> None:
    """The 法治建设 workbook: 行政应诉 (a 村民小组 suing the 镇 over a 场社 land confirmation, an 养殖 operator over the
    clearing of a 滩涂 shed, a house after the 台风), 出庭负责人 是（镇长） / 否; 学法用法 (法律明白人 sessions, one 黎汉
    双语, the cadres' 学法考法 应参考 / 实参考); and a 规范性文件 sheet saying 无 (a register read: 0)."""
    name = f"{TOWN}{YEAR}年法治建设工作台账.xlsx"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记表", 8)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭日期", "负责人是否出庭", "审理结果"]])
    plan = [
        ("土地权属行政确认（场社土地）", "是（镇长）", "驳回诉讼请求"),
        ("行政强制（拆除滩涂养殖棚）", "否", "撤诉"),
        ("行政给付（台风灾后重建补助）", "是（镇长）", "驳回诉讼请求"),
    ]
    records = []
    for n, ((cause, appeared, result), day) in enumerate(zip(plan, _days(rng, 3)), start=1):
        case_no = f"（{YEAR}）琼9799行初{10 + 9 * n}号"
        plaintiff = f"{rng.choice(list(VILLAGES))}第{n + 2}村民小组" if n == 1 else fake.name(rng)
        lit.add(n, case_no, plaintiff, f"{TOWN}人民政府", cause, fake.date_cell(day, "dot"), appeared, result)
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared.startswith("是")})
    train = Sheet("学法用法")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训台账", 8)
    train.header([["序号", "日期", "培训内容", "培训对象", "形式", "参训人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("党委理论学习中心组学法（海南自由贸易港法）", "领导干部", "中心组学习", 14, None, None),
        ("法律明白人培训（黎汉双语）", "法律明白人", "线下", 36, None, None),
        ("法律明白人“以案释法”线上培训", "法律明白人", "线上", 41, None, None),
        ("国家工作人员学法考法", "领导干部", "考试", 52, 53, 52),
        ("综合行政执法人员业务培训", "行政执法人员", "集中培训", 18, None, None),
        ("法律明白人台风灾后矛盾纠纷化解培训", "法律明白人", "线下", 33, None, None),
    ]
    t_records = []
    for n, ((title, audience, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "date"), title, audience, form, people, req, took)
        t_records.append({"held_on": day, "audience": audience, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件登记备案表", 6)
    docs.header([["序号", "文件名称", "文号", "印发日期", "报备日期", "备注"]])
    docs.add("无", None, None, None, None, "本年度未制定")
    built.books.append(Book(name, [lit, train, docs]))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("value_qualifiers", name, lit.name, "litigation.leader_appearances", "是（镇长）")
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued",
                "规范性文件登记表只有一行 无 / 本年度未制定：台账在，数是0")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_team_register(built, rng)
    screened = disputes_quarter_sheets_et(built, rng)
    mediation_two_committees_xml(built, rng, screened)
    petitions_county_city_word(built, rng)
    security_station_csv(built, rng)
    fraud_list_fishermen_ods(built, rng)
    counsel_platform_export(built, rng)
    disclosure_register_csv(built, rng)
    rule_of_law_workbook(built, rng)
    return built
