"""弄贺镇 (虚构; 芒宛县, a fictitious border county of a 傣族景颇族 autonomous prefecture of 云南 on the 缅甸 border),
2024: a 镇 of 村委会 and their 村民小组 (寨子), a 国境线 with 通道 and a 边民互市点, 傣族 on the 坝子 and 景颇族 in the
hills, a state farm's 胶林 (rubber) beside the villages' own, 缅籍 spouses and 务工人员 in the villages. Built blind
(issue 12, the 71st town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 云南省司法厅, 瑞丽 姐相司法所 (sft.yn.gov.cn/pf/yunnan/FaChiYaoWen/201708399.shtml, 2017-08): the 村委会 › 村民小组
  levels (银井村委会银井一组), a 缅方 村民's cattle in a 中方 秧田, the 涉外矛盾纠纷联合调处 with a 缅方调解员, 赔偿
  经济损失人民币1200元 — the 损害赔偿 disputes across the line and the 涉外 sheet of the 调解 register.
- 新华每日电讯 2018-07-12 (xinhuanet.com/politics/2018-07/12/c_1123113393.htm): the 中缅边民矛盾纠纷联合调处中心
  ("国际小法庭") whose 卷宗 record 当事人姓名、国籍、性别、年龄、住址, 纠纷简述, 调解结果; its dispute words 经济赔偿,
  涉缅婚姻家庭, 赡养老人, 财产分割 — the 国籍 columns under 申请人 / 被申请人.
- 德宏长安网, 畹町司法所 涉外纠纷调解 (dhzf.gov.cn/content-23-38144-1.html, 2018-11-28): a 镇 of 3 村委会 and 3 社区,
  汉、傣、景颇、德昂 peoples, 边民互市通婚, 缅籍务工人员 disputes — the size of the town and its 涉外 disputes.
- 中国侨联 2018-08-25 (chinaql.org/n1/2018/0825/c421059-30250836.html): 章凤镇迭撒村委会, 边民互市, the 边调委 —
  the 边民互市 dispute type.
- 云南 边境管理支队 news (cn.apdnews.com, 怒江 2020; m.kunming.cn 2020-10-16 畹町边境派出所; 工人日报 文山边管支队):
  the categories a 边境派出所 counts — 毒品案件, 妨害国（边）境 (偷越国（边）境, 非法入境), 走私, 护边员, 边境村民小组 —
  the 案由 of the 派出所's list, none of them a figure of indicators.md except 家暴 and 涉黄.
- 西双版纳 勐满 "无毒村" (web.seofeiyu.cn/article/438.html): 禁毒专干, 涉毒重点村寨 — 吸毒 cases on the list.
- 砚山县人民调解"以案定补"办法 (yanshan.gov.cn/view/xzgfxwg/156430.html, 2023) and 双柏县 (cxshb.gov.cn, 2026):
  云南 以案定补 by 难易程度, cases entered in the 云南省司法行政基层工作管理系统 — the tiers of the register; the amounts
  here are illustrative.
- 勐海县 勐往乡 界址纠纷 (yncaw.gov.cn 2025-08-21) and 孟连 勐马 咖啡地承包纠纷 (2025): 刀 / 岩 names, 综治中心 and
  司法所 and 自然资源所 on a 地界 dispute — the 山林土地 disputes over 胶林 boundaries and 承包 of a farm's land.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the town, the county, the farm, the 村委会 and 村民小组, the law firm, the people (傣族,
景颇族 and 缅籍 names are made up from common name syllables), the case numbers.

Files (9, eight formats): the 司法所's 人民调解 登记簿 in WPS (.et: three header rows with 国籍 under each party, a
涉外纠纷 sheet repeating the 涉外 cases), the 综治中心's 排查化解 台账 (xlsx, a sheet per 村委会 with its 村民小组,
a 汇总 sheet of formulas in front), the 边境派出所's 警综平台 export (HTML .xls: 案由 吸毒 / 非法入境 / 卖淫 / 嫖娼 /
家庭暴力), the 涉诈 list (GBK CSV), the 行政执法 system export (Excel 2003 XML .xls), the 信访 register in Word (州联办
交办), the law firm's service register (.ods), the 政务公开 register (CSV UTF-8 BOM) and a 法治建设 workbook (行政应诉,
学法用法, an empty 规范性文件 sheet).
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built

TOWN = "弄贺镇"
YEAR = 2024
COUNTY = "芒宛县"
SEED = 71_2024
_POLICE = (
    "边境派出所的警综平台导出把类别写在 案由（卖淫、嫖娼、家庭暴力、殴打家庭成员、吸毒、非法入境），案件类别 只写 治安案件 / 家暴告诫："
    "案由 按类型列读，家暴告诫 那一类的 案由 家庭暴力（出具家庭暴力告诫书）读成了家暴治安案件，于是没有能记家暴告诫书的表，"
    "告诫书份数不给；另三个数已与真值一致（殴打家庭成员 读作家暴治安案件，自 瓦吉乡 起）"
)
KNOWN_WITHHELD = {
    "security.dv_warnings": _POLICE,
}
# 村委会 and, under each, its 村民小组 (寨子): the two levels a 云南 village keeps its books by.
VILLAGES = {
    "弄贺村委会": ("弄贺一组", "弄贺二组", "弄贺三组", "芒喊寨"),
    "等嘎村委会": ("等嘎上寨", "等嘎下寨", "贺闷组"),
    "南帕村委会": ("南帕一组", "南帕二组", "曼允组", "南帕新寨"),
    "户弄村委会": ("户弄老寨", "户弄新寨", "邦瓦组"),
    "拉勐村委会": ("拉勐组", "卡场组", "木瓜坝组"),  # 景颇族 hills
    "弄贺社区": ("街子组", "互市点组"),
}
FARM = f"{COUNTY}（虚构）芒宛农场"
_DAI_MALE = ("岩温", "岩罕", "岩保", "岩章", "岩所", "岩帕", "岩香", "岩应")
_DAI_FEMALE = ("玉香", "玉罕", "依拉", "依香", "玉叫", "依罕", "玉喃", "玉应")
_DAI_SURNAMES = ("刀", "线", "孟", "龚", "方", "思", "喊", "")
_JINGPO = ("排早", "木然诺", "勒排干", "岳麻腊", "石勒", "何木", "雷腊", "排麻", "金腊", "董堵", "木然当", "勒排诺")
_MYANMAR = ("貌昂", "玛丹", "貌吞", "玛拉", "吴丁", "杜钦", "貌觉", "玛温", "岩哈（缅）", "玉南（缅）")


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def person(rng: random.Random, nationality: str = "中国") -> str:
    """A party's name as the registers of a 傣族景颇族 border town hold them: 傣 (岩 / 玉 / 依 names, often with 刀, 线,
    孟 …), 景颇 (排, 木然, 勒排 …), 汉 (fake.name), and 缅籍 (貌 / 玛 / 吴 / 杜)."""
    if nationality == "缅甸":
        return rng.choice(_MYANMAR)
    roll = rng.random()
    if roll < 0.45:
        return rng.choice(_DAI_SURNAMES) + rng.choice(_DAI_MALE + _DAI_FEMALE)
    if roll < 0.7:
        return rng.choice(_JINGPO)
    return fake.name(rng)


def _place(rng: random.Random) -> tuple[str, str]:
    village = fake.pick(rng, {v: w for v, w in zip(VILLAGES, (4, 3, 4, 3, 2, 1.5))})
    return village, rng.choice(VILLAGES[village])


# --- 矛盾纠纷排查 (综治中心) ------------------------------------------------------------------------

DISPUTE_TYPES = {
    "山林土地纠纷（胶林地界）": 5,
    "邻里纠纷": 5,
    "婚姻家庭纠纷": 3,
    "涉外婚姻（跨境婚姻）纠纷": 2,
    "损害赔偿（牲畜越境毁损庄稼）": 2.5,
    "边民互市买卖纠纷": 1.5,
    "土地承包（农场胶林承包）纠纷": 1.5,
    "劳务纠纷（缅籍务工人员工资）": 1.5,
    "房屋宅基地纠纷": 1.5,
    "道路交通事故纠纷": 1,
}
# What the 综治中心 types as 化解情况, and what it is by ledger-kinds.md.
DISPUTE_STATES = {"已化解": "已化解", "已调处化解": "已化解", "化解中": "化解中", "稳控中": "化解中",
                  "已移交司法所": "已上报/移交", "已移交边境派出所": "已上报/移交"}  # fmt: skip


def disputes_sheet_per_village(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解台账 kept as one workbook with a sheet per 村委会 (序号 restarting on each, a
    村民小组 column, 国籍 of the parties: a 涉外 dispute names 缅甸), dates typed 2024.3.5, 化解情况 in the center's
    words (已调处化解, 稳控中, 已移交司法所 / 边境派出所), and in front a 汇总 sheet whose counts are formulas over the
    village sheets. Returns the records (with their village and type, for the 调解 register)."""
    name = f"{TOWN}2024年矛盾纠纷排查化解工作台账（综治中心）.xlsx"
    records: list[dict] = []
    by_village: dict[str, list] = {v: [] for v in VILLAGES}
    for day in _days(rng, 236):
        village, group = _place(rng)
        kind = fake.pick(rng, DISPUTE_TYPES)
        foreign = "涉外" in kind or "越境" in kind or "缅籍" in kind or ("互市" in kind and rng.random() < 0.6)
        said = fake.pick(rng, {"已化解": 70, "已调处化解": 16, "化解中": 5, "稳控中": 3, "已移交司法所": 4,
                               "已移交边境派出所": 2})  # fmt: skip
        by_village[village].append((day, group, kind, foreign, said))
    summary = Sheet("汇总")
    summary.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解情况汇总", 4)
    summary.header([["村（社区）", "排查数（件）", "已化解（件）", "化解率"]])
    sheets = [summary]
    first_data = summary.next_row
    for village, rows in by_village.items():
        sheet = Sheet(village)
        sheet.title(f"{TOWN}{village}{YEAR}年矛盾纠纷排查化解台账", 11)
        sheet.add(f"填报单位：{village}（盖章）", *[None] * 6, "填报人：", None, "联系电话：", None)
        sheet.header([["序号", "排查时间", "村民小组", "纠纷类型", "当事人", "国籍", "简要情况", "化解情况",
                       "化解时间", "包案责任人", "备注"]])  # fmt: skip
        start = sheet.next_row
        for n, (day, group, kind, foreign, said) in enumerate(sorted(rows), start=1):
            a = person(rng, "缅甸" if foreign and rng.random() < 0.7 else "中国")
            b = person(rng)
            nationality = "缅甸/中国" if a in _MYANMAR else "中国"
            done = day + dt.timedelta(days=rng.randint(0, 20)) if DISPUTE_STATES[said] == "已化解" else None
            sheet.add(n, fake.date_cell(day, "dot"), group, kind, f"{a}、{b}", nationality,
                      f"{group}{kind.split('（')[0].removesuffix('纠纷')}问题", said,
                      fake.date_cell(min(done, dt.date(YEAR, 12, 31)), "dot") if done else "",
                      fake.name(rng), "中缅联合调处" if foreign and rng.random() < 0.3 else "")  # fmt: skip
            records.append({"screened_on": day, "status": DISPUTE_STATES[said], "kind": kind, "foreign": foreign,
                            "village": village})  # fmt: skip
        end = sheet.next_row - 1
        resolved = sum(1 for r in rows if DISPUTE_STATES[r[4]] == "已化解")
        r = summary.add(
            village,
            Formula(f"COUNTA('{village}'!A{start}:A{end})", len(rows)),
            Formula(f"COUNTIF('{village}'!H{start}:H{end},\"已*化解\")", resolved),
            None,
        )
        summary.rows[r - 1][3] = Formula(f"C{r}/B{r}", round(resolved / len(rows), 4) if rows else "#DIV/0!")
        sheets.append(sheet)
    last = summary.next_row - 1
    total = len(records)
    resolved_all = sum(1 for r in records if r["status"] == "已化解")
    summary.add("合计", Formula(f"SUM(B{first_data}:B{last})", total), Formula(f"SUM(C{first_data}:C{last})", resolved_all),
                Formula(f"C{last + 1}/B{last + 1}", round(resolved_all / total, 4)))  # fmt: skip
    built.books.append(Book(name, sheets))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("restarting_numbers", name, "南帕村委会", "disputes.screened", "每个村委会一张表，序号各自从1编起")
    built.quirk("aggregate_vs_records", name, "汇总", ("disputes.screened", "disputes.resolved"),
                "汇总表的数是对各村表的公式：以记录为准，汇总只作核对")  # fmt: skip
    built.quirk("village_and_group_levels", name, "弄贺村委会", "disputes.screened",
                "村委会（表名）与村民小组（寨子）两级地名；纠纷类型带括号说明（胶林地界、跨境婚姻、牲畜越境）")  # fmt: skip
    built.quirk("fill_in_line_over_header", name, "户弄村委会", "disputes.screened",
                "表头上方一行 填报单位：…（盖章） | 填报人： | 联系电话：，不是表头的上一行（联系电话 不是 包案责任人 的标题）")  # fmt: skip
    built.quirk("common_names_across_village_sheets", name, "等嘎村委会", ("disputes.screened", "disputes.resolved"),
                "两个村委会表里同一天、同类型、当事人同名（杜钦、石勒）的两件纠纷，村民小组不同：是两件，不是一件重录")  # fmt: skip
    built.quirk("value_synonyms", name, "等嘎村委会", ("disputes.resolved", "disputes.resolution_rate"),
                "已调处化解 = 已化解；稳控中 = 化解中；已移交司法所 / 边境派出所 = 已上报/移交（不是化解）")  # fmt: skip
    return records


# --- 人民调解 (司法所, WPS) ------------------------------------------------------------------------

# 以案定补 of this fictitious county (illustrative; 云南 counties pay by 难易程度): 口头 简易 40 元; 书面 by tier
# 一般 100 / 疑难复杂 200 / 重大 400 元.
SUBSIDY = {("口头", "简易"): 40, ("书面", "一般"): 100, ("书面", "疑难复杂"): 200, ("书面", "重大"): 400}


def mediation_wps_register_with_foreign_sheet(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 司法所's 人民调解案件登记簿 kept in WPS (.et): a sheet for the year, with three header rows (当事人情况 ›
    申请人 | 被申请人 › 姓名 | 国籍), 调解组织 镇调委会 / 村调委会 / 中缅边民矛盾纠纷联合调处中心, 协议形式 口头 / 书面
    (调解协议书), 调解结果 调解成功 / 调解未成功 / 终止调解, 难易程度 简易 / 一般 / 疑难复杂 / 重大 and the 以案定补
    amount; then a 涉外纠纷 sheet the 司法所 keeps for the 州's 涉外 statistics, repeating each 涉外 case with its
    卷宗号 typed 〔2024〕 instead of （2024） and no amount."""
    name = f"{TOWN}司法所人民调解案件登记簿（{YEAR}年）.et"
    resolved = [r for r in screened if r["status"] == "已化解"]
    picked = sorted(rng.sample(resolved, 148), key=lambda r: r["screened_on"])
    failures = [(o, d) for o, d in zip(["未成功"] * 7 + ["终止"] * 3, _days(rng, 10))]
    cases = sorted(
        [("成功", r["screened_on"], r["kind"], r["foreign"]) for r in picked]
        + [(o, d, fake.pick(rng, DISPUTE_TYPES), rng.random() < 0.3) for o, d in failures],
        key=lambda c: c[1],
    )
    head = [
        ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人情况", None, None, None, "协议形式", "调解结果",
         "难易程度", "以案定补金额（元）", "调解员"],
        [None, None, None, None, None, "申请人", None, "被申请人", None, None, None, None, None, None],
        [None, None, None, None, None, "姓名", "国籍", "姓名", "国籍", None, None, None, None, None],
    ]  # fmt: skip
    merges = [(1, c, 3, c) for c in (1, 2, 3, 4, 5, 10, 11, 12, 13, 14)] + [(1, 6, 1, 9), (2, 6, 2, 7), (2, 8, 2, 9)]
    year_sheet = Sheet(f"{YEAR}年登记")
    year_sheet.title(f"{TOWN}人民调解委员会案件登记簿（{YEAR}年）", 14)
    year_sheet.header(head, merges)
    foreign_sheet = Sheet("涉外纠纷")
    foreign_sheet.title(f"{TOWN}{YEAR}年涉外（中缅边民）矛盾纠纷调解登记", 10)
    foreign_sheet.header([["序号", "卷宗号", "受理日期", "纠纷类型", "中方当事人", "外方当事人", "外方国籍",
                           "调解结果", "是否邀请缅方调解员", "备注"]])  # fmt: skip
    records = []
    f_serial = 0
    for n, (outcome, day, kind, foreign) in enumerate(cases, start=1):
        file_no = f"（{YEAR}）弄贺人调字第{n}号"
        if foreign:
            org = "中缅边民矛盾纠纷联合调处中心"
        else:
            org = "镇人民调解委员会" if rng.random() < 0.35 else f"{rng.choice(list(VILLAGES))}人民调解委员会"
        a_nat = "缅甸" if foreign and rng.random() < 0.8 else "中国"
        a, b = person(rng, a_nat), person(rng)
        if outcome == "成功":
            form = "书面" if rng.random() < 0.35 else "口头"
            tier = fake.pick(rng, {"一般": 6, "疑难复杂": 3, "重大": 1}) if form == "书面" else "简易"
            money = SUBSIDY[(form, tier)]
            words = ("调解协议书" if form == "书面" and rng.random() < 0.4 else f"{form}协议", "调解成功", tier, money)
        else:
            form, money = None, None
            words = ("", "调解未成功" if outcome == "未成功" else "终止调解", "", None)
        year_sheet.add(n, file_no, fake.date_cell(day, "date"), org, kind.split("（")[0], a, a_nat, b, "中国",
                       *words, fake.name(rng))  # fmt: skip
        if foreign:
            f_serial += 1
            foreign_sheet.add(f_serial, f"〔{YEAR}〕弄贺人调字第{n}号", fake.date_cell(day, "date"), kind.split("（")[0],
                              b, a if a_nat == "缅甸" else person(rng, "缅甸"), "缅甸", words[1],
                              "是" if rng.random() < 0.6 else "否", "")  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [year_sheet, foreign_sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("header_four_rows", name, year_sheet.name, ("mediation.cases", "mediation.subsidy_yuan"),
                "三行表头：当事人情况 › 申请人 / 被申请人 › 姓名 / 国籍")  # fmt: skip
    built.quirk("same_case_in_two_sheets", name, "涉外纠纷", "mediation.cases",
                "涉外案件在 涉外纠纷 表再列一次，卷宗号写作〔2024〕，没有协议形式和金额：只计一次")  # fmt: skip
    built.quirk("negated_results", name, year_sheet.name, "mediation.cases", "调解未成功、终止调解 不是成功")
    built.quirk(
        "value_synonyms", name, year_sheet.name, "mediation.written", "调解协议书 = 书面；难易程度 疑难复杂 = 疑难"
    )


# --- 边境派出所 -------------------------------------------------------------------------------------

# 案由 of the 警综平台 list → the spec's type (None: a case the figures do not count).
CAUSES = {
    "吸毒": (None, 30, (1, 1)),
    "容留他人吸毒": (None, 3, (1, 2)),
    "非法入境": (None, 26, (1, 4)),
    "非法出境": (None, 9, (1, 3)),
    "偷越国（边）境": (None, 4, (1, 3)),
    "走私": (None, 6, (0, 0)),
    "赌博": (None, 8, (1, 5)),
    "殴打他人": (None, 14, (1, 2)),
    "卖淫": ("涉黄治安案件", 3, (1, 2)),
    "嫖娼": ("涉黄治安案件", 2, (1, 1)),
    "家庭暴力": ("家暴告诫书", 11, (0, 0)),
    "殴打家庭成员": ("家暴治安案件", 2, (1, 1)),
}


def police_platform_causes(built: Built, rng: random.Random) -> None:
    """The 边境派出所's export from the 警综平台 as an HTML table saved .xls: one row per case, 案件类别 治安案件 /
    刑事案件 / 家暴告诫, 案由 in police words — 吸毒, 非法入境, 偷越国（边）境, 走私 (禁毒 and 边境管控, which no figure
    of indicators.md counts), 卖淫 / 嫖娼 (涉黄), 家庭暴力 with 处理结果 出具家庭暴力告诫书; 处理结果 行政拘留N日 /
    强制隔离戒毒 / 遣返出境 and a 拘留人数 column; 发案地点 the 村委会 and 村民小组."""
    name = f"{COUNTY}公安局弄贺边境派出所案件信息导出（{YEAR}年）.xls"
    sheet = Sheet("案件列表")
    sheet.title(f"弄贺边境派出所 {YEAR}-01-01 至 {YEAR}-12-31 受立案件信息", 11)
    sheet.header([["序号", "案件编号", "案件类别", "案由", "发案时间", "发案地点", "涉案人员国籍", "涉案人数",
                   "处理结果", "拘留人数", "办案民警"]])  # fmt: skip
    plan = [cause for cause, (_, n, _) in CAUSES.items() for _ in range(n)]
    rng.shuffle(plan)
    records = []
    for n, (cause, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        kind, _, (lo, hi) = CAUSES[cause]
        village, group = _place(rng)
        people = max(1, rng.randint(lo, hi)) if hi else rng.randint(1, 3)
        foreign = cause in ("非法入境", "偷越国（边）境", "走私") or rng.random() < 0.15
        criminal = cause in ("偷越国（边）境", "走私") and rng.random() < 0.5
        if cause == "家庭暴力":
            category, result, detained = "家暴告诫", "出具家庭暴力告诫书", 0
        elif cause == "吸毒" and rng.random() < 0.3:
            category, result, detained = "治安案件", "责令社区戒毒", 0
        elif cause == "非法入境":
            category, result, detained = "治安案件", f"罚款、遣返出境（{people}人）", 0
        elif cause == "走私" or criminal:
            category, result, detained = ("刑事案件" if criminal else "治安案件"), "移送处理", 0
        else:
            category, detained = "治安案件", people
            result = (
                "强制隔离戒毒" if cause == "吸毒" and rng.random() < 0.3 else f"行政拘留{rng.choice([5, 7, 10, 15])}日"
            )
        sheet.add(n, f"A53{rng.randint(10_000, 99_999)}{day:%Y%m%d}{n:04d}", category, cause, f"{day:%Y-%m-%d} "
                  f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", f"{village}{group}",
                  "缅甸" if foreign else "中国", people, result, detained, fake.name(rng))  # fmt: skip
        if kind:
            records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["security"] = records
    built.quirk("html_as_xls", name, sheet.name, "security.dv_warnings", "警综平台导出的 HTML 表格冒充 .xls")
    built.quirk("criminal_case_listed", name, sheet.name, "security.vice_cases",
                "案件类别 刑事案件（偷越国（边）境、走私）也在导出里：不是治安案件，不计入任何数")  # fmt: skip
    built.quirk("police_causes_not_types", name, sheet.name,
                ("security.vice_cases", "security.vice_detentions", "security.dv_warnings"),
                "案由写 卖淫 / 嫖娼（涉黄）、家庭暴力（出具告诫书）；吸毒、非法入境、偷越国（边）境、走私 的拘留人数"
                "不是涉黄拘留")  # fmt: skip


# --- 涉诈 ---------------------------------------------------------------------------------------


def fraud_list_border_remarks(built: Built, rng: random.Random) -> None:
    """The 涉诈高危人员 list as a GBK CSV from the 综治中心: 民族, 户籍地 村委会 + 村民小组, 管控状态 在管 / 已核减,
    是否取得联系 是 / 否, 备注 持边民证（合法出入境） or 已回国 — the border words of the list."""
    name = f"{TOWN}涉诈高危人员管控台账（截至{YEAR}年12月）.csv"
    sheet = Sheet("管控台账")
    sheet.add(f"{TOWN}涉诈高危人员管控台账")
    sheet.header([["序号", "姓名", "民族", "身份证号码", "联系电话", "户籍地", "管控状态", "核减时间",
                   "是否取得联系", "备注"]])  # fmt: skip
    records = []
    places = [f"{v}{g}" for v, groups in VILLAGES.items() for g in groups]
    for serial, removed, contacted, fields in fake.watch_list(rng, 38, places, 0.4):
        nation = fake.pick(rng, {"傣族": 5, "景颇族": 3, "汉族": 3, "德昂族": 0.5})
        who = person(rng) if rng.random() < 0.7 else fields[0]
        when = fake.date_cell(_days(rng, 1)[0], "dot") if removed else ""
        note = fake.pick(rng, {"": 5, "持边民证（合法出入境）": 2, "已回国，落地核查": 2, "在外务工": 1})
        sheet.add(serial, who, nation, fields[1], fields[2], fields[3], "已核减" if removed else "在管", when,
                  "是" if contacted else "否", note)  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["fraud_watch"] = records
    built.quirk("csv_gbk", name, sheet.name, "fraud_watch.remaining")
    built.quirk("value_synonyms", name, sheet.name, "fraud_watch.remaining", "在管 = 在册")


# --- 行政执法 ------------------------------------------------------------------------------------

ENFORCEMENT_ITEMS = {
    "行政许可": (("乡村建设规划许可", "农村宅基地用地审批"), 46),
    "行政确认": (("农村土地承包经营权变更确认", "边境地区居民身份情况确认"), 18),
    "行政给付": (("临时救助金给付", "边民补助发放"), 24),
    "行政检查": (("森林防火检查（胶林）", "边民互市点安全检查", "自建房安全排查", "农药经营门店检查"), 71),
    "行政处罚": (("违法占用耕地建房", "擅自在胶林内野外用火", "未经许可占道经营"), 13),
    "行政强制": (("查封违法建设施工现场",), 2),
}


def enforcement_system_export_xml(built: Built, rng: random.Random) -> None:
    """The 行政执法 system's export as Excel 2003 XML saved .xls: one row per 当事人 (a penalty on two parties is
    two rows under one 文号), 执法行为类型 sometimes with a qualifier (行政检查（日常巡查）), 办结日期 real dates, and
    cases of the year's last days filed in December 2023 listed with their 2023 decision."""
    name = f"{TOWN}人民政府{YEAR}年行政执法案件信息导出.xls"
    sheet = Sheet("执法案件")
    sheet.title(f"{TOWN}人民政府行政执法案件信息（{YEAR}年度）", 9)
    sheet.header([["序号", "文书编号", "事项名称", "执法行为类型", "执法主体", "行政相对人", "所属村（社区）",
                   "办结日期", "备注"]])  # fmt: skip
    plan = [(cat, item) for cat, (items, n) in ENFORCEMENT_ITEMS.items() for item in rng.choices(items, k=n)]
    rng.shuffle(plan)
    records = []
    serials: dict[str, int] = {}
    codes = {"行政许可": "许", "行政确认": "确", "行政给付": "给", "行政检查": "检", "行政处罚": "罚", "行政强制": "强"}
    row = 0
    # Two decisions of late December 2023 the export still lists: not cases of the year.
    for n, (cat, item, day) in enumerate([("行政处罚", "违法占用耕地建房", dt.date(YEAR - 1, 12, 27)),
                                          ("行政许可", "乡村建设规划许可", dt.date(YEAR - 1, 12, 29))], start=1):  # fmt: skip
        row += 1
        no = f"弄贺{codes[cat]}字〔{YEAR - 1}〕{90 + n}号"
        sheet.add(row, no, item, cat, f"{TOWN}人民政府", person(rng), rng.choice(list(VILLAGES)),
                  dt.datetime(day.year, day.month, day.day), "")  # fmt: skip
        records.append({"case_no": no, "category": cat, "decided_on": day})
    for (cat, item), day in zip(plan, _days(rng, len(plan))):
        serials[cat] = serials.get(cat, 0) + 1
        no = f"弄贺{codes[cat]}字〔{YEAR}〕{serials[cat]}号"
        parties = 2 if cat == "行政处罚" and rng.random() < 0.3 else 1
        typed = cat
        if cat == "行政检查" and rng.random() < 0.3:
            typed = f"行政检查（{rng.choice(['日常巡查', '专项检查'])}）"
        for _ in range(parties):
            row += 1
            sheet.add(row, no, item, typed, f"{TOWN}人民政府", person(rng), rng.choice(list(VILLAGES)),
                      dt.datetime(day.year, day.month, day.day), "共同违法" if parties > 1 else "")  # fmt: skip
        records.append({"case_no": no, "category": cat, "decided_on": day})
    built.books.append(Book(name, [sheet], fmt="xml-xls"))
    built.ledgers["enforcement"] = records
    built.quirk("xml_spreadsheet_as_xls", name, sheet.name, "enforcement.cases")
    built.quirk("one_row_per_offender", name, sheet.name, ("enforcement.cases", "enforcement.penalty"),
                "共同违法的两名当事人各占一行、文书编号相同：按编号计一件")  # fmt: skip
    built.quirk("value_qualifiers", name, sheet.name, "enforcement.inspection", "行政检查（日常巡查）")
    built.quirk("last_year_cases_listed", name, sheet.name, ("enforcement.cases", "enforcement.penalty"),
                "上年十二月办结的两件仍在导出里：不是当年的案件")  # fmt: skip


# --- 信访 ---------------------------------------------------------------------------------------


def petitions_prefecture_office(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word: 交办来源 in the words of an autonomous prefecture — 州联办交办 (the 州 is the
    prefecture level, the 市联办 of the spec), 省联办交办, 县联办交办, 本级来访; 办理情况 已化解 / 化解中."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{TOWN}党政综合办公室（信访）", "（虚构示例数据）"]
    sheet.header([["序号", "编号", "交办来源", "信访人", "反映问题", "是否重复信访", "交办时间", "办理情况",
                   "办结时间"]])  # fmt: skip
    items = [
        ("州联办", "已化解", "否", "胶林承包合同到期收回争议"),
        ("州联办", "化解中", "是", "农场胶林地界历史遗留问题"),
        ("省联办", "已化解", "否", "边民补助发放"),
        ("县联办", "已化解", "否", "缅籍配偶子女入学"),
        ("县联办", "已化解", "否", "宅基地审批"),
        ("县联办", "化解中", "否", "互市点摊位分配"),
        ("本级受理", "已化解", "否", "邻里排水纠纷"),
        ("本级受理", "化解中", "否", "务工工资拖欠"),
    ]
    said = {"州联办": "州联办交办", "省联办": "省联办交办", "县联办": "县联办交办", "本级受理": "本级来访"}
    truth_source = {"州联办": "市联办", "省联办": "省联办", "县联办": "县联办", "本级受理": "本级受理"}
    records = []
    for n, ((source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"NH-XF-{YEAR}-{n:02d}"
        done = day + dt.timedelta(days=rng.randint(20, 60)) if status == "已化解" else None
        sheet.add(n, no, said[source], fake.masked(person(rng)) if rng.random() < 0.5 else person(rng), issue, repeat,
                  fake.date_cell(day, "cn"), status, fake.date_cell(done, "cn") if done and done.year == YEAR else "")  # fmt: skip
        records.append({"petition_no": no, "source": truth_source[source],
                        "status": "正在化解" if status == "化解中" else status, "assigned_on": day})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("prefecture_joint_office", name, sheet.name, ("petitions.assigned", "petitions.in_progress"),
                "州联办交办：自治州是地级，州联办即 市联办；化解中 = 正在化解")  # fmt: skip


# --- 法律顾问 (.ods) ------------------------------------------------------------------------------

COUNSEL_WORK = {
    "审查合同（胶林承包、互市点租赁）": ("文书审核", 3),
    "审核行政执法文书": ("文书审核", 1.5),
    "出具法律意见书": ("法律意见书", 1.5),
    "法律咨询（双语）": ("法律咨询", 5),
    "参与涉外纠纷调解": (None, 1.5),
    "法治宣传进村寨": (None, 1),
    "法律援助": ("法律援助", 0.4),
}


def counsel_register_ods(built: Built, rng: random.Random) -> None:
    """The law firm's 法律顾问服务台账 for the 镇人民政府 saved by WPS as .ods: 服务事项 in its own words (审查合同（胶林
    承包、互市点租赁）, 法律咨询（双语）), 数量 typed 3件 / 5人次 or left blank (one), 服务方式 现场 / 电话 / 微信."""
    name = f"{TOWN}人民政府法律顾问服务台账{YEAR}.ods"
    sheet = Sheet("服务台账")
    sheet.title(f"（虚构）云南芒宛律师事务所 {TOWN}人民政府法律顾问服务台账（{YEAR}年）", 7)
    sheet.header([["日期", "服务对象", "服务事项", "服务方式", "数量", "承办律师", "备注"]])
    weights = {k: w for k, (_, w) in COUNSEL_WORK.items()}
    records = []
    for day in _days(rng, 84):
        work = fake.pick(rng, weights)
        qty = rng.choice([1, 2, 3, 5]) if "咨询" in work else rng.choice([1, 1, 1, 2])
        unit = "人次" if "咨询" in work else ("次" if work in ("参与涉外纠纷调解", "法治宣传进村寨") else "件")
        typed = "" if qty == 1 and rng.random() < 0.5 else f"{qty}{unit}"
        target = fake.pick(rng, {"镇人民政府": 3, "司法所": 1, rng.choice(list(VILLAGES)): 2})
        sheet.add(fake.date_cell(day, "date"), target, work, rng.choice(["现场", "电话", "微信"]), typed,
                  rng.choice(["李律师", "岩律师", "杨律师"]), "")  # fmt: skip
        service = COUNSEL_WORK[work][0]
        if service:
            records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["counsel"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, "counsel.consultations")
    built.quirk("value_qualifiers", name, sheet.name, ("counsel.document_reviews", "counsel.consultations"),
                "审查合同（胶林承包、互市点租赁）= 文书审核；法律咨询（双语）= 法律咨询；数量 3件、5人次、空白为1")  # fmt: skip


# --- 政务公开 (CSV UTF-8 BOM) ---------------------------------------------------------------------


def disclosure_csv_carriers(built: Built, rng: random.Random) -> None:
    """The 党政办's 信息发布 register as a CSV UTF-8 with BOM: 信息类型 主动公开 / 宣传报道, 发布载体 the county's
    portal, the 政务公开栏, the town's 公众号, the 州's paper and 云南网; no application this year (依申请公开 0)."""
    name = f"{TOWN}{YEAR}年政务公开信息发布登记表.csv"
    sheet = Sheet("信息发布")
    sheet.add(f"{TOWN}{YEAR}年政务公开信息发布登记表")
    sheet.header([["序号", "发布日期", "信息标题", "发布载体", "信息类型", "审核人"]])
    kinds = ["主动公开"] * 58 + ["宣传报道"] * 87
    rng.shuffle(kinds)
    records = []
    for n, (kind, day) in enumerate(zip(kinds, _days(rng, len(kinds))), start=1):
        if kind == "主动公开":
            carrier = fake.pick(rng, {f"{COUNTY}人民政府门户网站": 4, "政务公开栏": 2})
            title = rng.choice(
                ["边民补助资金发放公示", "农村危房改造对象公示", "临时救助对象公示", "宅基地审批结果公示"]
            )
        else:
            carrier = fake.pick(rng, {"“边关弄贺”微信公众号": 5, "州报（虚构）": 1, "云南网": 1})
            title = rng.choice(["中缅边民联合调处化解纠纷", "禁毒宣传进村寨", "法律明白人双语普法", "护边员巡边"])
        sheet.add(n, fake.date_cell(day, "slash"), title, carrier, kind, fake.name(rng))
        records.append({"published_on": day, "type": "主动公开" if kind == "主动公开" else "媒体发布"})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["disclosure"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("disclosure.proactive", "disclosure.media"))
    built.quirk("value_synonyms", name, sheet.name, "disclosure.media", "宣传报道 = 媒体发布")


# --- 法治建设 (行政应诉, 学法用法, 规范性文件) ---------------------------------------------------------


def rule_of_law_workbook(built: Built, rng: random.Random) -> None:
    """The 司法所's 法治建设 workbook: 行政应诉 (two cases over 胶林 land, one heard with the 镇长 in court), 学法用法
    (法律明白人 trained in 傣语 / 景颇语 双语, the 领导干部 online exam 应参考 / 实参考) and a 规范性文件 sheet whose only
    line says none was made this year (a register read, so the figure is 0)."""
    name = f"{TOWN}{YEAR}年法治建设工作台账.xlsx"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件台账", 8)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭时间", "出庭应诉负责人", "负责人是否出庭"]])
    plan = [("土地行政确认（胶林承包经营权）", True), ("行政强制（拆除违法建筑）", False)]
    records = []
    for n, ((cause, appeared), day) in enumerate(zip(plan, _days(rng, 2)), start=1):
        case_no = f"（{YEAR}）云9931行初{20 + 7 * n}号"
        lit.add(n, case_no, person(rng), f"{TOWN}人民政府", cause, fake.date_cell(day, "cn"),
                "刀某（镇长）" if appeared else "", "是" if appeared else "否（委托司法所所长出庭）")  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared})
    train = Sheet("学法用法")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训台账", 8)
    train.header([["序号", "日期", "培训名称", "培训对象", "形式", "参训人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("党委理论学习中心组学法（边境管理法律法规）", "领导干部", "中心组学习", 15, None, None),
        ("法律明白人双语（傣语）培训", "法律明白人", "线下", 42, None, None),
        ("法律明白人禁毒防艾知识培训", "法律明白人", "线下", 38, None, None),
        ("领导干部学法用法网上考试", "领导干部", "考试", 45, 46, 45),
        ("法律明白人双语（景颇语）线上培训", "法律明白人", "线上", 31, None, None),
        ("村（社区）干部人民调解业务培训", "村（社区）干部", "集中培训", 56, None, None),
    ]
    t_records = []
    for n, ((title, audience, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "dot"), title, audience, form, people, req, took)
        t_records.append({"held_on": day, "audience": audience, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件制定及备案登记", 6)
    docs.header([["序号", "文件名称", "文号", "发布日期", "报备日期", "备案审查结果"]])
    docs.add("本年度未制定行政规范性文件", None, None, None, None, None)
    docs.merges.append((docs.next_row - 1, 1, docs.next_row - 1, 6))
    built.books.append(Book(name, [lit, train, docs]))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("value_qualifiers", name, lit.name, "litigation.leader_appearances", "否（委托司法所所长出庭）")
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued",
                "规范性文件登记表只有一行 本年度未制定：台账在，数是0，不是未知")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    screened = disputes_sheet_per_village(built, rng)
    mediation_wps_register_with_foreign_sheet(built, rng, screened)
    police_platform_causes(built, rng)
    fraud_list_border_remarks(built, rng)
    enforcement_system_export_xml(built, rng)
    petitions_prefecture_office(built, rng)
    counsel_register_ods(built, rng)
    disclosure_csv_carriers(built, rng)
    rule_of_law_workbook(built, rng)
    return built
