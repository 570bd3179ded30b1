"""潇湾镇 (虚构; 湘潇县, a fictitious county of 湖南), 2023: a 镇 of hill villages and their 屋场 (the clusters of houses
a 湖南 village holds its 屋场恳谈会 in), with 一村一辅警 (a 驻村辅警 in every village who patrols, screens disputes and
helps mediate them), a 综合行政执法办公室 enforcing the powers the county devolved (赋权) and entering its cases on
the province's 行政执法 platform, 互联网+监管 inspections, 信访 received through 湖南 网上信访 and the 领导接访日, a
村（社区）法律顾问 for each village, and 政务公开 on the county's portal. Built blind (issue 12, the 76th town): from
shared/spec, the harness and public pages only.

The year is **2023**, and several books go on into January 2024 (an export run in February, a register kept on in
the same sheet): those rows are after the year's and count for nothing here.

Sources (public pages, read through the search tool):
- 《湖南乡村振兴报告(2025)》 on 衡南县's 屋场会 (163.com/dy/article/KKOPD2260521E31Q.html): the 屋场 as the smallest
  unit of village governance, 矛盾在群众家门口化解 — the 屋场恳谈会 as a source of the dispute register.
- 涟源 “屋场会” (amitalaw.com/industrytrends/11039.html): 503 村 held 15,000 屋场会 and settled 1,252 矛盾纠纷 —
  a meeting log that counts disputes the register already holds.
- 桑植 澧源镇 屋场会 (chinawznews.net 2020-12-20): 讲政策、传技术、议事情、化积怨 — the 议题 of the meeting log.
- 邵阳 “一村一辅警” (hunan.voc.com.cn 2020-12-10): a 辅警 per 行政村, the “八员” duties (矛盾纠纷调解员, 法律政策宣传员 …);
  永兴县马田镇 驻村辅警 (湖南日报, longmiaoa.com/afhhy/3962.html): 协助派出所调解矛盾纠纷 — the 驻村辅警 columns.
- 长塘镇 2023 法治政府建设情况报告 (ahjw.anhua.gov.cn): 社会治安和应急管理办公室, 综合行政执法大队, 司法所 — who keeps
  which book; 武冈 龙溪镇 2024 报告 (wugang.gov.cn): 持证执法人员, 互联网+监督, 智慧信访平台.
- 湘潭县 云湖桥镇 2025 报告 (yqfq.com.cn): 干部职工完成“如法网”线上学法考法 — the 湖南 exam platform of the training
  sheet; 湖南省人民政府 2023 / 2024 法治政府建设情况报告 (hunan.gov.cn): 述法, 法治为民办实事.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the town, the county, the villages and 屋场, the people, the law firm, the case numbers.

Files (11, eight formats): the 综治中心's 排查化解 台账 (xlsx, 排查来源 屋场恳谈会 / 驻村辅警 / 网格员, January 2024
rows kept on under the year's), the 屋场恳谈会 记录 (Word: meetings, no figure), the 司法所's 人民调解 登记簿 (Excel 97
.xls, 山林田土纠纷, 调解地点 a 屋场, 2024 cases at the end), the 综合行政执法 platform's export (Excel 2003 XML .xls:
立案 / 决定 dates, 行政强制措施, 办理中 cases), the 互联网+监管 inspections (CSV UTF-8 BOM, no category column), the
网上信访 export (HTML .xls: 信访形式 and 交办来源 in 湖南 words), the 派出所's 治安 and 家暴告诫 register (WPS .et, a
驻村辅警 column), the 涉诈 list (GBK CSV), the 村（社区）法律顾问 register (.ods), the 政务公开 workbook (xlsx: the
county portal's export newest first, 宣传报道, an empty 依申请公开 sheet) and a 法治建设 workbook (xlsx: 行政应诉, 如法网
学法考法, 规范性文件).
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "潇湾镇"
YEAR = 2023
COUNTY = "湘潇县"
SEED = 76_2023
NEXT = YEAR + 1
# 村（社区） and, under each, the 屋场 its 屋场恳谈会 are held in (all fictitious).
VILLAGES = {
    "潇湾村": ("张家屋场", "河边屋场", "大屋场"),
    "枫木村": ("枫木冲屋场", "刘家湾屋场"),
    "石塘村": ("石塘屋场", "周家屋场", "塘坳屋场"),
    "茶山村": ("茶山坳屋场", "李家屋场"),
    "龙井村": ("龙井屋场", "上屋场", "下屋场"),
    "潇湾社区": ("老街屋场",),
}
WEIGHTS = (4, 3, 3, 2, 3, 1.5)


def _days(rng: random.Random, n: int) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n)


def _january(rng: random.Random, n: int) -> list[dt.date]:
    """Days of the next year's first weeks, which books kept on in the same sheet hold after the year's rows."""
    return fake.dates_in(rng, NEXT, n, dt.date(NEXT, 1, 3), dt.date(NEXT, 1, 26))


def _village(rng: random.Random) -> str:
    return fake.pick(rng, dict(zip(VILLAGES, WEIGHTS)))


# --- 矛盾纠纷排查化解 (综治中心) --------------------------------------------------------------------

DISPUTE_TYPES = {
    "邻里纠纷": 6,
    "山林田土纠纷": 5,
    "婚姻家庭纠纷": 3,
    "房屋宅基地纠纷": 2.5,
    "损害赔偿纠纷": 1.5,
    "合同纠纷": 1,
    "劳动争议（欠薪）": 1,
    "道路交通事故纠纷": 1,
}
SOURCES = {"屋场恳谈会": 4, "驻村辅警排查": 3, "网格员排查": 3, "群众来访": 2, "村（社区）上报": 1}
# 化解状态 as the 综治中心 types it, and what it is by ledger-kinds.md.
STATES = {"已化解": "已化解", "化解中": "化解中", "稳控中": "化解中", "已移交": "已上报/移交"}


def disputes_kept_into_january(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解台账 as one sheet the center keeps writing in: 编号 XW2023-NNN, 排查时间 typed
    2023.3.5, 排查来源 屋场恳谈会 / 驻村辅警排查 / 网格员排查 …, 化解方式 屋场会现场化解 / 辅警调解 / 司法所调解, and after
    the year's rows the first disputes of January 2024 (编号 XW2024-NNN), under the same header. Returns the year's
    records with their type and village (for the mediation register)."""
    name = f"{TOWN}矛盾纠纷排查化解工作台账.xlsx"
    sheet = Sheet("排查化解台账")
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解工作台账", 12)
    sheet.add("填报单位：潇湾镇综治中心", *[None] * 8, "填报时间：2024年2月", None, None)
    sheet.header(
        [["序号", "编号", "排查时间", "村（社区）", "排查来源", "纠纷类型", "当事人", "简要情况", "化解方式",
          "化解状态", "化解时间", "包案责任人"]]
    )  # fmt: skip
    records: list[dict] = []
    n = 0
    for year, days in ((YEAR, _days(rng, 214)), (NEXT, _january(rng, 9))):
        for k, day in enumerate(days, start=1):
            n += 1
            village = _village(rng)
            source = fake.pick(rng, SOURCES)
            kind = fake.pick(rng, DISPUTE_TYPES)
            said = fake.pick(rng, {"已化解": 88, "化解中": 5, "稳控中": 3, "已移交": 4})
            if year == NEXT:
                said = fake.pick(rng, {"已化解": 3, "化解中": 4})
            how = {"屋场恳谈会": "屋场会现场化解", "驻村辅警排查": "辅警调解"}.get(source, "村调委会调解")
            if STATES[said] != "已化解":
                how = "司法所调解" if said != "已移交" else "移交镇信访办"
            done = day + dt.timedelta(days=rng.randint(0, 15)) if STATES[said] == "已化解" else None
            sheet.add(n, f"XW{year}-{k:03d}", fake.date_cell(day, "dot"), village, source, kind,
                      f"{fake.name(rng)}、{fake.name(rng)}", f"{rng.choice(VILLAGES[village])}{kind.split('（')[0]}",
                      how, said, fake.date_cell(done, "dot") if done else "", fake.name(rng))  # fmt: skip
            records.append({"screened_on": day, "status": STATES[said], "kind": kind, "village": village})
    built.books.append(Book(name, [sheet]))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("next_year_rows_kept_on", name, sheet.name, ("disputes.screened", "disputes.resolved"),
                "2024年1月的纠纷接在2023年各行之后（编号 XW2024-），同一表头：不是当年的")  # fmt: skip
    built.quirk("fill_in_line_over_header", name, sheet.name, "disputes.screened",
                "表头上方一行 填报单位：… | 填报时间：2024年2月（填报时间不是年份）")  # fmt: skip
    built.quirk("value_synonyms", name, sheet.name, ("disputes.resolved", "disputes.resolution_rate"),
                "稳控中 = 化解中；已移交 不是化解；排查来源 屋场恳谈会 / 驻村辅警排查")  # fmt: skip
    return [r for r in records if r["screened_on"].year == YEAR]


# --- 屋场恳谈会 记录 (Word) -----------------------------------------------------------------------

TOPICS = ("产业路修建筹资", "山塘清淤", "人居环境整治", "医保缴费政策宣讲", "防溺水宣传", "山林田土边界纠纷",
          "宅基地审批政策", "移风易俗（红白喜事简办）", "反诈宣传", "民法典宣讲")  # fmt: skip


def wuchang_meeting_log(built: Built, rng: random.Random) -> None:
    """The 屋场恳谈会 记录 the 党政办 keeps in Word: one row per meeting — 召开日期, 村（社区）, 屋场, 主持人, 参会人数,
    议题, 收集问题（个）, 现场化解矛盾纠纷（件） and 交办事项. A log of meetings: the disputes settled on the spot are in
    the 综治中心's register already (排查来源 屋场恳谈会), so the log feeds no figure."""
    name = f"{TOWN}{YEAR}年屋场恳谈会工作记录.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年屋场恳谈会开展情况登记表")
    sheet.doc_before = [f"中共{TOWN}委员会 {TOWN}人民政府", "（虚构示例数据）"]
    sheet.header([["序号", "召开日期", "村（社区）", "屋场名称", "主持人", "参会人数", "议题", "收集问题（个）",
                   "现场化解矛盾纠纷（件）", "交办事项及办理情况"]])  # fmt: skip
    for n, day in enumerate(_days(rng, 36), start=1):
        village = _village(rng)
        topic = rng.choice(TOPICS)
        sheet.add(n, fake.date_cell(day, "cn"), village, rng.choice(VILLAGES[village]), fake.name(rng),
                  rng.randint(18, 65), topic, rng.randint(2, 9), rng.randint(0, 3),
                  rng.choice(["已办结", "已交村两委办理", "已报镇农业综合服务中心", "已交综合行政执法办"]))  # fmt: skip
    sheet.doc_after = ["填表人：          审核人：          "]
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.quirk("meeting_log_not_register", name, sheet.name, ("disputes.screened", "mediation.cases"),
                "屋场恳谈会记录：一次会一行（参会人数、议题、现场化解矛盾纠纷（件））：不是纠纷或调解台账，不计入任何数")  # fmt: skip


# --- 人民调解 (司法所, Excel 97) ---------------------------------------------------------------------

# 以案定补 of this fictitious county (illustrative): 口头 简易 50 元; 书面 一般 100 / 复杂 200 / 重大 500 元.
SUBSIDY = {("口头", "简易"): 50, ("书面", "一般"): 100, ("书面", "复杂"): 200, ("书面", "重大"): 500}


def mediation_register_with_wuchang_places(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 司法所's 人民调解案件登记簿 as an Excel 97 .xls: a two-row header (当事人 › 申请人 / 被申请人), 调解组织 村调委会 /
    镇调委会, 调解地点 a 屋场 (屋场调解) or the 调解室, 驻村辅警 who helped, 纠纷类型 in 湖南 words (山林田土纠纷), 调解结果
    调解成功 / 调解不成功, 协议形式 口头协议 / 书面协议, 案件难易 and 个案补贴（元）; after 2023's cases, the first
    cases of 2024 ((2024)潇人调字第N号) under the same header."""
    name = f"{TOWN}司法所人民调解案件登记簿.xls"
    resolved = [r for r in screened if r["status"] == "已化解"]
    picked = sorted(rng.sample(resolved, 121), key=lambda r: r["screened_on"])
    cases = [("成功", r["screened_on"], r["kind"], r["village"]) for r in picked]
    cases += [("不成功", d, fake.pick(rng, DISPUTE_TYPES), _village(rng)) for d in _days(rng, 8)]
    cases.sort(key=lambda c: c[1])
    sheet = Sheet("登记簿")
    sheet.title(f"{TOWN}人民调解案件登记簿（{YEAR}年度）", 14)
    sheet.header(
        [
            ["序号", "案号", "受理日期", "纠纷类型", "当事人", None, "调解组织", "调解地点", "驻村辅警", "调解结果",
             "协议形式", "案件难易", "个案补贴（元）", "调解员"],
            [None, None, None, None, "申请人", "被申请人", None, None, None, None, None, None, None, None],
        ],
        [(1, c, 2, c) for c in (1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14)] + [(1, 5, 1, 6)],
    )  # fmt: skip
    records = []
    late = [("成功", d, fake.pick(rng, DISPUTE_TYPES), _village(rng)) for d in _january(rng, 5)]
    for year, batch in ((YEAR, cases), (NEXT, late)):
        for k, (outcome, day, kind, village) in enumerate(batch, start=1):
            file_no = f"（{year}）潇人调字第{k}号"
            at_wuchang = rng.random() < 0.4
            place = f"{rng.choice(VILLAGES[village])}（屋场调解）" if at_wuchang else "调解室"
            org = f"{village}人民调解委员会" if rng.random() < 0.7 else f"{TOWN}人民调解委员会"
            if outcome == "成功":
                form = "书面" if rng.random() < 0.3 else "口头"
                tier = fake.pick(rng, {"一般": 6, "复杂": 3, "重大": 1}) if form == "书面" else "简易"
                money = SUBSIDY[(form, tier)]
                words = ("调解成功", f"{form}协议", tier, money)
            else:
                form, money = None, None
                words = ("调解不成功", "", "", None)
            sheet.add(len(sheet.rows) - 2, file_no, fake.date_cell(day, "date"), kind, fake.name(rng), fake.name(rng),
                      org, place, fake.name(rng) if rng.random() < 0.5 else "", *words, fake.name(rng))  # fmt: skip
            records.append({"file_no": file_no, "accepted_on": day, "form": form,
                            "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("next_year_rows_kept_on", name, sheet.name, ("mediation.cases", "mediation.subsidy_yuan"),
                "（2024）潇人调字 的五件接在2023年之后：受理日期2024年1月，不计入")  # fmt: skip
    built.quirk("hunan_dispute_words", name, sheet.name, "mediation.cases",
                "纠纷类型 山林田土纠纷（= 山林土地）、劳动争议（欠薪）；调解地点 张家屋场（屋场调解）")  # fmt: skip
    built.quirk("negated_results", name, sheet.name, "mediation.cases", "调解不成功 不是成功")


# --- 综合行政执法 (湖南省行政执法 platform, Excel 2003 XML) -------------------------------------------

ITEMS = {
    "行政处罚": ("对未取得乡村建设规划许可证进行建设的处罚", "对在禁烧区露天焚烧秸秆的处罚",
                 "对擅自占用城镇道路摆摊经营的处罚", "对违反规定倾倒建筑垃圾的处罚"),
    "行政检查": ("农村自建房安全检查", "燃气经营场所安全检查", "森林防火检查"),
    "行政强制措施": ("查封违法建设施工现场", "暂扣摆摊经营工具"),
}  # fmt: skip
PLAN = {"行政处罚": 24, "行政检查": 31, "行政强制措施": 3}
CODES = {"行政处罚": "罚", "行政检查": "检", "行政强制措施": "强"}
TRUTH_CATEGORY = {"行政处罚": "行政处罚", "行政检查": "行政检查", "行政强制措施": "行政强制"}


def enforcement_platform_export(built: Built, rng: random.Random) -> list[dict]:
    """The 综合行政执法办's cases as the province's 行政执法 platform exports them (Excel 2003 XML saved .xls): 案件编号
    潇湾综执罚〔2023〕N号, 赋权事项 (the county's list of devolved powers), 执法类别 行政处罚 / 行政检查 / 行政强制措施,
    立案日期 and 决定日期, 案件状态 已结案 / 办理中. Beside the year's: two cases filed in December 2022 and decided in
    January 2023 (the year's), three decided in January 2024, and two filed in December 2023 still 办理中 (not the
    year's: the year is the decision date)."""
    name = f"湖南省行政执法平台案件导出_{TOWN}人民政府_20240205.xls"
    sheet = Sheet("案件信息")
    sheet.header([["序号", "案件编号", "案件名称", "执法类别", "赋权事项", "执法主体", "立案日期", "决定日期",
                   "案件状态", "执法人员"]])  # fmt: skip
    rows: list[tuple] = []
    serial: dict[tuple[str, int], int] = {}
    plan = [c for c, n in PLAN.items() for _ in range(n)]
    rng.shuffle(plan)

    def number(cat: str, year: int) -> str:
        serial[(cat, year)] = serial.get((cat, year), 0) + 1
        return f"潇湾综执{CODES[cat]}〔{year}〕{serial[(cat, year)]}号"

    for cat, decided in [("行政处罚", dt.date(YEAR, 1, 9)), ("行政处罚", dt.date(YEAR, 1, 13))]:
        rows.append((number(cat, YEAR - 1), cat, decided - dt.timedelta(days=rng.randint(20, 30)), decided))
    for cat, decided in zip(plan, _days(rng, len(plan))):
        filed = decided - dt.timedelta(days=0 if cat != "行政处罚" else rng.randint(3, 25))
        filed = max(filed, dt.date(YEAR, 1, 2))
        rows.append((number(cat, YEAR), cat, filed, decided))
    for cat, filed in [("行政处罚", dt.date(YEAR, 12, 14)), ("行政处罚", dt.date(YEAR, 12, 21))]:
        rows.append((number(cat, YEAR), cat, filed, None))
    for cat, decided in zip(["行政处罚", "行政检查", "行政处罚"], _january(rng, 3)):
        rows.append((number(cat, NEXT), cat, decided - dt.timedelta(days=rng.randint(0, 12)), decided))
    records = []
    for n, (no, cat, filed, decided) in enumerate(rows, start=1):
        item = rng.choice(ITEMS[cat])
        sheet.add(n, no, f"{fake.name(rng)}{item.removeprefix('对').split('的处罚')[0]}案" if cat == "行政处罚" else item,
                  cat, item, f"{TOWN}人民政府", fake.date_cell(filed, "date"),
                  fake.date_cell(decided, "date") if decided else None, "已结案" if decided else "办理中",
                  f"{fake.name(rng)}、{fake.name(rng)}")  # fmt: skip
        records.append({"case_no": no, "category": TRUTH_CATEGORY[cat], "decided_on": decided})
    built.books.append(Book(name, [sheet], fmt="xml-xls"))
    built.quirk("xml_spreadsheet_as_xls", name, sheet.name, "enforcement.cases")
    built.quirk("filed_and_decided_dates", name, sheet.name, ("enforcement.cases", "enforcement.penalty"),
                "立案日期 与 决定日期 两列：2022年12月立案、2023年1月决定的两件计入；2023年12月立案仍办理中的两件、"
                "2024年1月决定的三件不计入")  # fmt: skip
    built.quirk("coercive_measure_word", name, sheet.name, "enforcement.coercion", "行政强制措施 = 行政强制")
    return records


def internet_supervision_inspections(built: Built, rng: random.Random, records: list[dict]) -> None:
    """The 互联网+监管 system's 检查行为 export as a CSV UTF-8 with BOM: one row per inspection with its written
    record (检查结果), 检查方式 双随机抽查 / 重点检查 / 日常检查, 检查编号 JC4300…; no category column — every row
    is a 行政检查 (the file and its title say so)."""
    name = f"{TOWN}人民政府互联网+监管行政检查行为导出（{YEAR}年）.csv"
    sheet = Sheet("检查行为")
    sheet.add(f"互联网+监管系统 行政检查行为数据 检查实施机关：{TOWN}人民政府 {YEAR}-01-01至{YEAR}-12-31")
    sheet.header([["序号", "检查编号", "检查对象", "检查事项", "检查方式", "检查日期", "检查结果", "检查人员"]])
    shops = ("农资经营部", "副食店", "烟花爆竹零售点", "民宿", "加油站", "砖厂", "养殖场")
    for n, day in enumerate(_days(rng, 27), start=1):
        no = f"JC4300{YEAR}{n:05d}"
        sheet.add(n, no, f"{TOWN}{rng.choice(list(VILLAGES))}{rng.choice(shops)}（虚构）",
                  rng.choice(["安全生产检查", "消防安全检查", "森林防火检查"]),
                  fake.pick(rng, {"双随机抽查": 3, "重点检查": 1, "日常检查": 2}), fake.date_cell(day, "iso"),
                  fake.pick(rng, {"未发现问题": 5, "发现问题，责令限期整改": 2}), f"{fake.name(rng)}、{fake.name(rng)}")  # fmt: skip
        records.append({"case_no": no, "category": "行政检查", "decided_on": day})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["enforcement"] = records
    built.quirk("category_from_sheet_or_title", name, sheet.name, "enforcement.inspection",
                "互联网+监管 检查行为导出没有类别列：每行是一次有检查记录的行政检查（标题与文件名写明）")  # fmt: skip
    built.quirk("csv_utf8_bom", name, sheet.name, "enforcement.inspection")


# --- 信访 (湖南 网上信访, HTML .xls) ----------------------------------------------------------------

PETITIONS = [
    ("网上信访", "省信访联席办交办", "省联办", "已化解", "否", "山林田土确权"),
    ("网上信访", "市信访联席办交办", "市联办", "已化解", "否", "产业路征地补偿"),
    ("网上信访", "市信访联席办交办", "市联办", "化解中", "是", "山塘承包合同"),
    ("来访", "县信访联席办交办", "县联办", "已化解", "否", "宅基地审批"),
    ("网上信访", "县信访联席办交办", "县联办", "已化解", "否", "低保评定"),
    ("来信", "县信访联席办交办", "县联办", "化解中", "否", "砖厂噪音"),
    ("领导接访", "镇领导接访日受理", "本级受理", "已化解", "否", "邻里排水"),
    ("领导接访", "镇领导接访日受理", "本级受理", "已化解", "否", "务工工资拖欠"),
    ("网上信访", "本级受理", "本级受理", "化解中", "否", "农村自建房审批"),
]
PETITION_STATES = {"已化解": "已化解", "化解中": "正在化解"}


def petitions_online_export(built: Built, rng: random.Random) -> None:
    """The 湖南 网上信访 system's list for the town as an HTML table saved .xls: 信访形式 网上信访 / 来访 / 来信 /
    领导接访, 交办来源 省信访联席办交办 / 市… / 县…  or 镇领导接访日受理 / 本级受理, 办理状态 已化解 / 化解中, 登记日期
    typed 2023-03-05; the export's range runs to 2024-01-31, so two January 2024 items follow."""
    name = f"{TOWN}网上信访事项导出（2023-01-01至2024-01-31）.xls"
    sheet = Sheet("信访事项")
    sheet.title(f"{COUNTY}网上信访信息系统 {TOWN} 信访事项列表", 10)
    sheet.header([["序号", "信访件编号", "登记日期", "信访形式", "交办来源", "信访人", "反映问题", "是否重复信访",
                   "办理状态", "办结日期"]])  # fmt: skip
    records = []
    items = [(*p, d) for p, d in zip(PETITIONS, _days(rng, len(PETITIONS)))]
    items += [(*p, d) for p, d in zip([("网上信访", "县信访联席办交办", "县联办", "化解中", "否", "山林田土纠纷"),
                                       ("领导接访", "镇领导接访日受理", "本级受理", "化解中", "否", "邻里纠纷")],
                                      _january(rng, 2))]  # fmt: skip
    for n, (form, said, source, status, repeat, issue, day) in enumerate(items, start=1):
        no = f"XX{day.year}{n:04d}{rng.randint(100, 999)}"
        done = day + dt.timedelta(days=rng.randint(15, 50)) if status == "已化解" else None
        sheet.add(n, no, fake.date_cell(day, "iso"), form, said, fake.masked(fake.name(rng)), issue, repeat, status,
                  fake.date_cell(done, "iso") if done else "")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": PETITION_STATES[status], "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["petitions"] = records
    built.quirk("html_as_xls", name, sheet.name, "petitions.assigned")
    built.quirk("joint_office_words", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "省/市/县信访联席办交办 = 省/市/县联办；镇领导接访日受理 = 本级受理；化解中 = 正在化解")  # fmt: skip
    built.quirk(
        "next_year_rows_kept_on", name, sheet.name, "petitions.assigned", "导出区间到2024-01-31：两件2024年的不计入"
    )


# --- 派出所 (治安 and 家暴告诫, WPS .et) ---------------------------------------------------------------

POLICE = {
    "家暴告诫书": ("家暴告诫书", 9, (0, 0)),
    "卖淫嫖娼": ("涉黄治安案件", 3, (1, 3)),
    "赌博": (None, 7, (2, 6)),
    "殴打他人": (None, 8, (1, 2)),
    "盗窃": (None, 6, (1, 1)),
    "家庭暴力（殴打家庭成员）": ("家暴治安案件", 2, (1, 1)),
}


def police_register_with_village_auxiliary(built: Built, rng: random.Random) -> None:
    """The 派出所's 治安案件及家暴告诫 登记 kept in WPS (.et): 类别 家暴告诫书 / 卖淫嫖娼 / 赌博 / 殴打他人 / 盗窃 /
    家庭暴力（殴打家庭成员）, 处理结果, 拘留人数 typed 2人 or blank, and a 驻村辅警 column (一村一辅警: the village's
    auxiliary who reported or helped); two January 2024 rows after the year's."""
    name = f"{COUNTY}公安局潇湾派出所治安案件及家暴告诫登记.et"
    sheet = Sheet(f"{YEAR}年")
    sheet.title(f"潇湾派出所{YEAR}年治安案件及家庭暴力告诫登记表", 9)
    sheet.header([["序号", "日期", "类别", "村（社区）", "驻村辅警", "当事人", "处理结果", "拘留人数", "办案民警"]])
    plan = [c for c, (_, n, _) in POLICE.items() for _ in range(n)]
    rng.shuffle(plan)
    records = []
    dated = [(YEAR, c, d) for c, d in zip(plan, _days(rng, len(plan)))]
    dated += [(NEXT, c, d) for c, d in zip(["家暴告诫书", "卖淫嫖娼"], _january(rng, 2))]
    for n, (_year, cause, day) in enumerate(dated, start=1):
        kind, _, (lo, hi) = POLICE[cause]
        detained = rng.randint(lo, hi)
        if cause == "家暴告诫书":
            result = "出具家庭暴力告诫书"
        elif detained:
            result = f"行政拘留{rng.choice([5, 7, 10])}日"
        else:
            result = "罚款"
        typed = "" if detained == 0 and rng.random() < 0.6 else f"{detained}人"
        sheet.add(n, fake.date_cell(day, "date"), cause, _village(rng), fake.name(rng), fake.masked(fake.name(rng)),
                  result, typed, fake.name(rng))  # fmt: skip
        if kind:
            records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["security"] = records
    built.quirk("village_auxiliary_column", name, sheet.name, "security.dv_warnings",
                "一村一辅警：驻村辅警 一列是人名，不是当事人，也不是类别")  # fmt: skip
    built.quirk("police_causes_not_types", name, sheet.name, ("security.vice_cases", "security.dv_detentions"),
                "类别 卖淫嫖娼 = 涉黄；家庭暴力（殴打家庭成员）= 家暴治安案件；拘留人数 2人 / 空白")  # fmt: skip
    built.quirk("next_year_rows_kept_on", name, sheet.name, "security.dv_warnings", "2024年1月的两行不计入")


# --- 涉诈 (GBK CSV) -------------------------------------------------------------------------------


def fraud_list(built: Built, rng: random.Random) -> None:
    name = f"{TOWN}涉诈高危人员管控台账（{YEAR}年12月）.csv"
    sheet = Sheet("管控台账")
    sheet.add(f"{TOWN}涉诈高危人员管控台账")
    sheet.header([["序号", "姓名", "身份证号码", "联系电话", "户籍地", "管控状态", "核减时间", "是否取得联系",
                   "包保责任人（驻村辅警）", "备注"]])  # fmt: skip
    records = []
    places = [f"{v}{w.removesuffix('屋场')}组" for v, ws in VILLAGES.items() for w in ws]
    for serial, removed, contacted, fields in fake.watch_list(rng, 31, places, 0.35):
        when = fake.date_cell(_days(rng, 1)[0], "slash") if removed else ""
        note = fake.pick(rng, {"": 5, "在广东务工": 2, "已返乡，落地核查": 1})
        sheet.add(serial, *fields, "已核减" if removed else "在管", when, "是" if contacted else "否",
                  fake.name(rng), note)  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["fraud_watch"] = records
    built.quirk("csv_gbk", name, sheet.name, "fraud_watch.remaining")
    built.quirk("value_synonyms", name, sheet.name, "fraud_watch.remaining", "在管 = 在册")


# --- 村（社区）法律顾问 (.ods) ---------------------------------------------------------------------

COUNSEL_WORK = {
    "法律咨询": ("法律咨询", 6),
    "审查村级合同": ("文书审核", 2.5),
    "出具法律意见书": ("法律意见书", 1),
    "参与屋场恳谈会普法": (None, 2),
    "参与矛盾纠纷调解": (None, 1.5),
    "法律援助": ("法律援助", 0.4),
}


def counsel_village_register_ods(built: Built, rng: random.Random) -> None:
    """The 村（社区）法律顾问 服务台账 of the county's 一村（社区）一法律顾问, saved by WPS as .ods: 服务内容 法律咨询 / 审查
    村级合同 / 出具法律意见书 / 参与屋场恳谈会普法 / 参与矛盾纠纷调解 / 法律援助, 服务次数（人次/件） typed 3 or 3人次 or
    blank (one); after the year's rows, January 2024's."""
    name = f"{TOWN}村（社区）法律顾问服务台账.ods"
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}村（社区）法律顾问服务台账（{YEAR}年度）", 7)
    sheet.header([["序号", "服务日期", "村（社区）", "法律顾问", "服务内容", "服务次数（人次/件）", "备注"]])
    weights = {k: w for k, (_, w) in COUNSEL_WORK.items()}
    records = []
    days = [(d, True) for d in _days(rng, 78)] + [(d, False) for d in _january(rng, 4)]
    for n, (day, _mine) in enumerate(days, start=1):
        work = fake.pick(rng, weights)
        qty = rng.choice([1, 2, 3, 4]) if work == "法律咨询" else rng.choice([1, 1, 2])
        typed = (
            None
            if qty == 1 and rng.random() < 0.5
            else (f"{qty}人次" if work == "法律咨询" and rng.random() < 0.5 else qty)
        )
        sheet.add(n, fake.date_cell(day, "date"), _village(rng), f"{rng.choice('刘谭彭曾')}律师（虚构湘潇律师事务所）",
                  work, typed, "")  # fmt: skip
        if COUNSEL_WORK[work][0]:
            records.append({"served_on": day, "service": COUNSEL_WORK[work][0], "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["counsel"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, "counsel.consultations")
    built.quirk("value_synonyms", name, sheet.name, ("counsel.document_reviews", "counsel.consultations"),
                "审查村级合同 = 文书审核；参与屋场恳谈会普法、参与矛盾纠纷调解 不是四类中的任何一类；次数 3人次 / 空白为1")  # fmt: skip


# --- 政务公开 (xlsx: the county portal's export, 宣传报道, 依申请公开) -------------------------------------


def disclosure_portal_newest_first(built: Built, rng: random.Random) -> None:
    """The 党政办's 政务公开 workbook: a sheet the county portal exported (栏目 乡镇动态 / 通知公告 / 财政信息 /
    政策文件, 发布时间 2023-03-05 10:12:33 as text, newest first — its first rows are January 2024's), all of it
    主动公开 (no type column: the title says so); a 宣传报道 sheet (红网, 新湖南, 县融媒体中心, the town's 公众号
    “潇湾发布”); and a 依申请公开 sheet whose one line says no request came this year (0)."""
    name = f"{TOWN}{YEAR}年政务公开工作台账.xlsx"
    portal = Sheet("门户网站公开")
    portal.title(f"{TOWN}主动公开政府信息目录（{COUNTY}人民政府门户网站·乡镇政务公开专栏）", 5)
    portal.header([["序号", "标题", "栏目", "发布时间", "发布机构"]])
    records = []
    items = [(d, True) for d in _days(rng, 47)] + [(d, False) for d in _january(rng, 3)]
    items.sort(key=lambda x: x[0], reverse=True)
    for n, (day, _) in enumerate(items, start=1):
        column = fake.pick(rng, {"乡镇动态": 4, "通知公告": 3, "财政信息": 2, "政策文件": 1})
        title = {"乡镇动态": "潇湾镇召开屋场恳谈会", "通知公告": "关于农村自建房安全排查的通知",
                 "财政信息": "潇湾镇惠民惠农补贴资金发放公示", "政策文件": "潇湾镇森林防火工作方案"}[column]  # fmt: skip
        portal.add(
            n,
            f"{title}（{day.month}月）",
            column,
            f"{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            TOWN,
        )
        records.append({"published_on": day, "type": "主动公开"})
    media = Sheet("宣传报道")
    media.title(f"{TOWN}{YEAR}年宣传报道登记", 5)
    media.header([["序号", "报道日期", "标题", "媒体", "采用类型"]])
    for n, day in enumerate(_days(rng, 64), start=1):
        outlet = fake.pick(rng, {"“潇湾发布”微信公众号": 5, "县融媒体中心": 3, "红网": 2, "新湖南": 1})
        media.add(n, fake.date_cell(day, "dot"), rng.choice(["屋场恳谈会化解山林纠纷", "驻村辅警护平安", "法律顾问进屋场"]),
                  outlet, fake.pick(rng, {"宣传报道": 3, "新闻报道": 1}))  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    asked = Sheet("依申请公开")
    asked.title(f"{TOWN}{YEAR}年依申请公开政府信息登记", 6)
    asked.header([["序号", "申请日期", "申请人", "申请内容", "答复日期", "答复结果"]])
    asked.add(f"{YEAR}年度未收到政府信息公开申请", None, None, None, None, None)
    asked.merges.append((asked.next_row - 1, 1, asked.next_row - 1, 6))
    built.books.append(Book(name, [portal, media, asked]))
    built.ledgers["disclosure"] = records
    built.quirk("newest_first_with_next_year", name, portal.name, "disclosure.proactive",
                "门户网站导出按发布时间倒序，最前几行是2024年1月的；发布时间 带时分秒的文本")  # fmt: skip
    built.quirk("category_from_sheet_or_title", name, portal.name, "disclosure.proactive",
                "没有公开类型列：标题写明 主动公开政府信息目录")  # fmt: skip
    built.quirk("value_synonyms", name, media.name, "disclosure.media", "采用类型 宣传报道 / 新闻报道 = 媒体发布")
    built.quirk("empty_register_says_none", name, asked.name, "disclosure.on_request", "一行 年度未收到申请：数是0")


# --- 法治建设 (行政应诉, 如法网 学法考法, 规范性文件) ----------------------------------------------------


def rule_of_law_workbook(built: Built, rng: random.Random) -> None:
    name = f"{TOWN}{YEAR}年法治建设工作台账.xlsx"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记", 8)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭应诉负责人", "负责人是否出庭"]])
    plan = [("土地行政确认（山林田土权属）", True), ("行政强制（拆除违法建筑）", True), ("行政处罚（占道经营）", False)]
    records = []
    for n, ((cause, appeared), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        case_no = f"（{YEAR}）湘9931行初{10 + 9 * n}号"
        lit.add(n, case_no, fake.masked(fake.name(rng)), f"{TOWN}人民政府", cause, fake.date_cell(day, "cn"),
                "谭某（镇长）" if appeared else "", "是" if appeared else "否（委托律师出庭）")  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared})
    train = Sheet("学法用法")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训台账", 8)
    train.header([["序号", "日期", "名称", "对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("党委理论学习中心组专题学法", "领导干部", "中心组学习", 14, None, None),
        ("“法律明白人”培训班（第一期）", "法律明白人", "线下", 36, None, None),
        ("屋场恳谈会·民法典进屋场", "村民", "屋场宣讲", 52, None, None),
        ("“法律明白人”线上培训（湖南省普法网）", "法律明白人", "线上", 40, None, None),
        ("国家工作人员“如法网”学法考法", "国家工作人员", "考试", 67, 68, 67),
        ("驻村辅警法律知识培训", "驻村辅警", "集中培训", 8, None, None),
    ]
    t_records = []
    for n, ((title, audience, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "dot"), title, audience, form, people, req, took)
        t_records.append({"held_on": day, "audience": audience, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件制定及备案登记", 6)
    docs.header([["序号", "文件名称", "文号", "发布日期", "报备日期", "备案审查结果"]])
    docs.add("无", None, None, None, None, None)
    built.books.append(Book(name, [lit, train, docs]))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("value_qualifiers", name, lit.name, "litigation.leader_appearances", "否（委托律师出庭）")
    built.quirk("exam_platform_name", name, train.name, "training.exam_coverage",
                "国家工作人员“如法网”学法考法（湖南的学法考试平台）68 / 67；屋场宣讲、驻村辅警培训 不是法律明白人培训")  # fmt: skip
    built.quirk(
        "empty_register_says_none", name, docs.name, "normative_documents.issued", "规范性文件表只有一行 无：数是0"
    )


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    screened = disputes_kept_into_january(built, rng)
    wuchang_meeting_log(built, rng)
    mediation_register_with_wuchang_places(built, rng, screened)
    enforcement = enforcement_platform_export(built, rng)
    internet_supervision_inspections(built, rng, enforcement)
    petitions_online_export(built, rng)
    police_register_with_village_auxiliary(built, rng)
    fraud_list(built, rng)
    counsel_village_register_ods(built, rng)
    disclosure_portal_newest_first(built, rng)
    rule_of_law_workbook(built, rng)
    return built
