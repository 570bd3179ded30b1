"""榛岭镇 (虚构; 凤岫县, a fictitious 县 of 辽宁's 东部山区 in the 丹东 / 本溪 / 抚顺 area), 2024: a 镇 of 柞蚕 放养 on
contracted 蚕场 (柞岚 hills let by the 把), 林下参 and 板栗 under the forest, 草莓大棚 in the valley, a 水库 whose 移民
were resettled into a 移民村, 满族 village names, 林地 / 山场 boundaries and 蚕场 contracts as the disputes, winter
供暖 and 农电 as the hotline's complaints; whose 乡镇综合行政执法队 decides cases on the 县's 赋权清单 with each
officer's 执法证号 on the register, whose 涉企行政检查 are logged apart for 辽宁's 营商环境 (扫码入企), whose 信访 words
are 初信初访 and 受理告知, and whose 12345 工单 come through the 辽宁 platform with its 供热直通车. Built blind (session 56,
the 85th town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 海城市西四镇 2025年政府信息公开工作年度报告 (haicheng.gov.cn/html/HCS/202601/0176938436489438.html): 主动公开 through
  电子屏幕 and 公告栏, 不同渠道发布的同一信息计为1条, 依申请 none, 规范性文件 0 — the 政务公开 book's channels and its
  empty 依申请 sheet.
- 盘锦市双台子区陆家镇 2024年政府信息公开工作年度报告 (metzwerk.net/2025_01/16_15/content-506114.html): a 镇 with no
  platform of its own (the 区 portal), 三务公开栏 and 电子大屏 — the channels of the 主动公开 sheet.
- 辽宁 12345 “供热直通车” (cnsb.zzxfkm.com.cn/504723792345.html; reportify.cn …12345热线+网格化): 12345政务服务便民热线,
  辽事通APP, 供热诉求 转办 / 办结 / 满意, 工单 — the 12345 工单 export, which is no ledger of ours.
- 盖州 东部山区 柞蚕 (360elib.com … NewsId=74043505): 柞树林 蚕场, 放养 counted in 把 — the 蚕场 words of the disputes.
- 司法所 林权 纠纷 mediation pages (m.tauj.cn/sifa/36/122110.html, fzr.ahnews.com.cn/news/2026/01/21/c_844968.htm):
  林权证 四至, 山场 界限, 现场勘查, 调解协议书 — the 林地 / 山场 disputes and their written agreements.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind. No public 辽宁 township register export was
  found in the stored corpora: columns are ledger-kinds.md's with the region's words.

Everything is fictitious: the 县 (凤岫县), the 镇, its villages, the 调委会, the people, 执法证号, credit codes, case
numbers and court codes.

Files (10, eight formats): the 综合行政执法队's 案件台账 (xlsx: 执法证号 and 职权来源 columns, 处罚 / 检查 / 行政强制措施,
rows hidden by a filter, January 2025 cases, a 合计 row); its 涉企行政检查 登记 (WPS .et, no category column); the 12345
工单 export (GBK CSV, no figure); the 综治中心's 矛盾纠纷 register (xlsx, 上半年 / 下半年 sheets, a struck 重复录入 row,
January 2025 rows); the 司法所's 人民调解 register (Excel 2003 XML .xls, two header rows, 以案定补 typed 150元); the 信访
register (Word: 初信初访, 受理告知 dates, 县12345转办); the 法律顾问 book (.ods); the 政务公开 book (xlsx: 主动公开,
依申请公开 empty with a note, 宣传报道); the 派出所's list (UTF-8 BOM CSV); the 法治 workbook (.xls BIFF: 行政应诉,
学法用法, 规范性文件). No 涉诈 list is handed over.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "榛岭镇"
YEAR = 2024
COUNTY = "凤岫县"
SEED = 85_2024
# 满族 village names (fictitious) and the 水库移民 village.
VILLAGES = ("榛岭村", "柞岚沟村", "哈塘村", "莫勒岔村", "乌拉堡村", "蚕场岭村", "双岔河村", "移民新村")
KNOWN_WITHHELD: dict[str, str] = {}


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _next_january(rng: random.Random, n: int) -> list[dt.date]:
    return fake.dates_in(rng, YEAR + 1, n, dt.date(YEAR + 1, 1, 3), dt.date(YEAR + 1, 1, 24))


def _badge(rng: random.Random) -> str:
    """A 行政执法证 number as 辽宁 prints them: the area code, then a serial (here 99, no real area)."""
    return f"2199{rng.randint(0, 99):02d}{rng.randint(0, 99999):05d}"


# --- 综合行政执法队: 案件台账 (xlsx) -------------------------------------------------------------------

CAUSES = {
    "擅自改变林地用途（栽植林下参）": ("处罚", 3),
    "未经批准野外用火": ("处罚", 4),
    "擅自占用林地修建蚕场作业路": ("处罚", 2),
    "违法占用耕地建草莓大棚看护房": ("处罚", 2),
    "农村村民未经批准建住宅": ("处罚", 2),
    "扣押野外用火工具": ("行政强制措施", 1),
    "森林防火检查": ("检查", 3),
    "农村自建房安全检查": ("检查", 2),
}


def enforcement_register_badges(built: Built, rng: random.Random) -> list[dict]:
    """The 综合行政执法队's 行政执法案件台账 (xlsx): 案件编号 榛岭综执罚〔2024〕N号 / 综执检 / 综执强, 案由, 职权来源
    (县级赋权（赋权清单第N项）/ 法定职权), 执法类别 处罚 / 检查 / 行政强制措施 (辽宁's words, the 行政 dropped), 当事人,
    决定日期 typed 2024.10.5, 执法人员 and 执法证号 in two columns (an 11-digit number typed as text beside the case
    number), rows hidden by a filter, three January 2025 cases at the foot and a 合计 row."""
    name = f"{TOWN}综合行政执法队{YEAR}年行政执法案件台账.xlsx"
    sheet = Sheet("案件台账")
    sheet.title(f"{COUNTY}{TOWN}综合行政执法队{YEAR}年度行政执法案件登记台账", 11)
    sheet.add(f"填报单位：{TOWN}人民政府（综合行政执法队）", *[None] * 10)
    sheet.header([["序号", "案件编号", "案由", "职权来源", "执法类别", "当事人", "所在村", "决定日期",
                   "执法人员", "执法证号", "备注"]])  # fmt: skip
    plan = [cause for cause, (_, w) in CAUSES.items() for _ in range(w * 7)]
    rng.shuffle(plan)
    plan = plan[:96]
    prefix = {"处罚": "罚", "检查": "检", "行政强制措施": "强"}
    truth = {"处罚": "行政处罚", "检查": "行政检查", "行政强制措施": "行政强制"}
    numbers = {"处罚": 0, "检查": 0, "行政强制措施": 0}
    records = []
    officers = [(fake.name(rng), _badge(rng)) for _ in range(5)]
    for n, (cause, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        kind = CAUSES[cause][0]
        numbers[kind] += 1
        case_no = f"榛岭综执{prefix[kind]}〔{YEAR}〕{numbers[kind]}号"
        source = f"县级赋权（赋权清单第{rng.randint(3, 86)}项）" if rng.random() < 0.7 else "法定职权"
        who, badge = rng.choice(officers)
        party = (
            fake.name(rng)
            if rng.random() < 0.8
            else f"{COUNTY}（虚构）{rng.choice(['榛源', '岭北', '蚕乡'])}农业专业合作社"
        )
        r = sheet.add(n, case_no, cause, source, kind, party, rng.choice(VILLAGES), fake.date_cell(day, "dot"), who,
                      badge, "")  # fmt: skip
        if rng.random() < 0.06:
            sheet.hidden_rows.add(r)
        records.append({"case_no": case_no, "category": truth[kind], "decided_on": day})
    base = len(plan)
    for k, day in enumerate(_next_january(rng, 3), start=1):
        who, badge = rng.choice(officers)
        sheet.add(base + k, f"榛岭综执罚〔{YEAR + 1}〕{k}号", "未经批准野外用火", "县级赋权（赋权清单第12项）", "处罚",
                  fake.name(rng), rng.choice(VILLAGES), fake.date_cell(day, "dot"), who, badge, "")  # fmt: skip
        records.append({"case_no": f"榛岭综执罚〔{YEAR + 1}〕{k}号", "category": "行政处罚", "decided_on": day})
    sheet.add("合计", f"{base + 3}件", *[None] * 9)
    sheet.autofilter = f"A3:K{sheet.next_row - 1}"
    built.books.append(Book(name, [sheet]))
    built.quirk("badge_number_beside_case_number", name, sheet.name, "enforcement.cases",
                "执法证号（11位数字文本）紧挨案件编号一列：不是案件编号")  # fmt: skip
    built.quirk("category_without_xingzheng", name, sheet.name, ("enforcement.penalty", "enforcement.coercion"),
                "执法类别 处罚 / 检查 去掉了 行政；行政强制措施 = 行政强制")  # fmt: skip
    built.quirk("hidden_rows", name, sheet.name, "enforcement.cases", "筛选后隐藏的行照样是案件")
    built.quirk("next_january_rows", name, sheet.name, "enforcement.cases", "2025年1月的三件排在最后：不计入当年")
    return records


def enterprise_inspections_et(built: Built, rng: random.Random, records: list[dict]) -> None:
    """The 执法队's 涉企行政检查 登记 in WPS (.et), kept apart for 辽宁's 营商环境 (检查 recorded, 扫码入企): 检查编号
    榛岭综执企检〔2024〕第N号, 检查日期 2024年3月5日, 企业名称, 统一社会信用代码 (fictitious 9199…), 检查事项, 检查方式
    双随机、一公开 / 专项检查 / 投诉举报核查, 是否扫码入企 是 / 否, 检查结果. No category column: the title says 检查."""
    name = f"{TOWN}{YEAR}年涉企行政检查登记台账.et"
    sheet = Sheet("涉企检查")
    sheet.title(f"{TOWN}综合行政执法队{YEAR}年涉企行政检查登记台账", 10)
    sheet.header([["序号", "检查编号", "检查日期", "企业名称", "统一社会信用代码", "检查事项", "检查方式",
                   "是否扫码入企", "检查结果", "执法人员"]])  # fmt: skip
    firms = [f"{COUNTY}（虚构）{a}{b}" for a in ("榛岭", "岚沟", "哈塘", "乌拉") for b in ("柞蚕制种场", "板栗加工厂",
             "草莓种植专业合作社", "人参种植有限公司")]  # fmt: skip
    for n, day in enumerate(_days(rng, 31), start=1):
        case_no = f"榛岭综执企检〔{YEAR}〕第{n}号"
        code = f"9199{rng.randint(0, 10**13 - 1):013d}"[:17] + rng.choice("0123456789ABCDEFGH")
        sheet.add(n, case_no, fake.date_cell(day, "cn"), rng.choice(firms), code,
                  fake.pick(rng, {"森林防火": 2, "安全生产": 3, "耕地保护": 1, "农村自建房经营安全": 1}),
                  fake.pick(rng, {"双随机、一公开": 4, "专项检查": 2, "投诉举报核查": 1}), rng.choice(["是", "是", "否"]),
                  fake.pick(rng, {"未发现问题": 6, "责令限期整改": 2}), f"{fake.name(rng)}、{fake.name(rng)}")  # fmt: skip
        records.append({"case_no": case_no, "category": "行政检查", "decided_on": day})
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.quirk("category_from_sheet_or_title", name, sheet.name, "enforcement.inspection",
                "涉企行政检查登记：没有类别列，标题写 行政检查")  # fmt: skip


# --- 12345 工单 (GBK CSV, no figure) ------------------------------------------------------------------

HOTLINE = {
    ("投诉", "供暖温度不达标（供热直通车）"): 5,
    ("求助", "农网线路故障停电"): 3,
    ("投诉", "农电电费异议"): 2,
    ("咨询", "水库移民后期扶持直补发放"): 2,
    ("投诉", "蚕场承包费收取"): 1,
    ("投诉", "林地边界被邻户侵占"): 1,
    ("求助", "拖欠草莓大棚务工工资"): 1,
    ("咨询", "营商环境 涉企检查"): 1,
}


def hotline_orders_gbk(built: Built, rng: random.Random) -> None:
    """The 12345政务服务便民热线 工单 the 镇 exports from 辽宁's platform (GBK CSV): 工单编号, 来电时间, 诉求渠道 电话 /
    辽事通 / 网站, 诉求类别, 诉求内容 (供暖 through the 供热直通车, 农电, 蚕场, 林地边界 among them), 承办单位, 办理状态
    已办结 / 延期办理 / 退单, 满意度. Requests dispatched, none a dispute screened nor a petition."""
    name = f"12345热线工单_{COUNTY}{TOWN}_{YEAR}0101-{YEAR}1231.csv"
    sheet = Sheet("工单")
    sheet.header([["工单编号", "来电时间", "诉求渠道", "诉求类别", "诉求内容", "所属村", "承办单位", "办理状态",
                   "办结时间", "回访满意度"]])  # fmt: skip
    for day in _days(rng, 84):
        kind, what = fake.pick(rng, HOTLINE)
        state = fake.pick(rng, {"已办结": 8, "延期办理": 1, "退单": 1})
        sheet.add(f"LN{day:%Y%m%d}{rng.randint(1000, 9999)}", f"{day:%Y-%m-%d} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}",
                  fake.pick(rng, {"电话": 6, "辽事通": 3, "网站": 1}), kind, what, rng.choice(VILLAGES),
                  fake.pick(rng, {f"{TOWN}人民政府": 4, "县供电公司": 2, "县热力公司": 2}), state,
                  f"{min(day + dt.timedelta(days=rng.randint(1, 6)), dt.date(YEAR, 12, 31)):%Y-%m-%d}" if state == "已办结" else "",
                  fake.pick(rng, {"满意": 6, "基本满意": 2, "不满意": 1}) if state == "已办结" else "")  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.quirk("csv_gbk", name, sheet.name, ("disputes.screened", "petitions.assigned"),
                "12345 工单（供暖、农电、蚕场承包费、林地边界）：热线诉求，不是排查的纠纷，也不是信访事项")  # fmt: skip


# --- 综治中心: 矛盾纠纷 (xlsx) -------------------------------------------------------------------------

DISPUTE_TYPES = {
    "蚕场承包纠纷": 4,
    "林地（山场）边界纠纷": 4,
    "邻里纠纷": 5,
    "婚姻家庭纠纷": 3,
    "土地承包纠纷": 2,
    "损害赔偿纠纷（牛羊啃食参苗）": 2,
    "拖欠务工工资": 1.5,
    "水库移民安置纠纷": 1,
    "供暖费纠纷": 1,
}
DISPUTE_STATES = {"已化解": "已化解", "化解成功": "已化解", "已调处化解": "已化解", "化解中": "化解中", "稳控中": "化解中",
                  "未化解（引导诉讼）": "未化解", "已上报县综治中心": "已上报/移交"}  # fmt: skip


def disputes_halves_struck(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解工作台账 (xlsx): 上半年 and 下半年 sheets, 编号 ZL-2024-NNN running on, 排查日期 as
    real dates, 纠纷类型 蚕场承包纠纷 / 林地（山场）边界纠纷 / 水库移民安置纠纷 / 供暖费纠纷, 风险等级 红 / 黄 / 蓝, 化解状态
    in the office's words; one row entered twice, the copy struck through (备注 重复录入); two January 2025 rows at the foot
    of 下半年."""
    name = f"{TOWN}{YEAR}年矛盾纠纷排查化解工作台账.xlsx"
    header = ["序号", "编号", "排查日期", "所在村", "纠纷类型", "当事人", "简要情况", "风险等级", "化解状态", "化解日期",
              "包案领导", "备注"]  # fmt: skip
    days = _days(rng, 176)
    records: list[dict] = []
    sheets = []
    serial = 0
    for label, months in (("上半年", range(1, 7)), ("下半年", range(7, 13))):
        sheet = Sheet(label)
        sheet.title(f"{TOWN}{YEAR}年{label}矛盾纠纷排查化解台账", len(header))
        sheet.header([header])
        mine = [d for d in days if d.month in months]
        for n, day in enumerate(mine, start=1):
            serial += 1
            kind = fake.pick(rng, DISPUTE_TYPES)
            said = fake.pick(rng, {"已化解": 55, "化解成功": 15, "已调处化解": 10, "化解中": 6, "稳控中": 4,
                                   "未化解（引导诉讼）": 5, "已上报县综治中心": 3})  # fmt: skip
            status = DISPUTE_STATES[said]
            done = (
                min(day + dt.timedelta(days=rng.randint(0, 20)), dt.date(YEAR, 12, 31)) if status == "已化解" else None
            )
            row = [n, f"ZL-{YEAR}-{serial:03d}", dt.datetime(day.year, day.month, day.day), rng.choice(VILLAGES), kind,
                   f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}", f"{kind.split('（')[0].removesuffix('纠纷')}问题",
                   fake.pick(rng, {"蓝": 6, "黄": 3, "红": 1}), said,
                   dt.datetime(done.year, done.month, done.day) if done else "", fake.name(rng), ""]  # fmt: skip
            sheet.add(*row)
            records.append({"screened_on": day, "status": status})
            if label == "下半年" and n == 9:  # entered twice, the copy struck through
                copy = list(row)
                copy[0] = n
                copy[-1] = "重复录入"
                sheet.struck_rows.add(sheet.add(*copy))
        if label == "下半年":
            for k, day in enumerate(_next_january(rng, 2), start=1):
                serial += 1
                sheet.add(len(mine) + k, f"ZL-{YEAR + 1}-{k:03d}", dt.datetime(day.year, day.month, day.day),
                          rng.choice(VILLAGES), "供暖费纠纷", f"{fake.masked(fake.name(rng))}与县热力公司", "供暖费问题",
                          "蓝", "化解中", "", fake.name(rng), "")  # fmt: skip
                records.append({"screened_on": day, "status": "化解中"})
        sheets.append(sheet)
    built.books.append(Book(name, sheets))
    built.ledgers["disputes"] = records
    built.quirk("struck_copy_is_void", name, "下半年", "disputes.screened",
                "同一纠纷录入两遍，后一遍整行删除线（备注 重复录入）：只算一件")  # fmt: skip
    built.quirk("value_synonyms", name, "上半年", ("disputes.resolved", "disputes.resolution_rate"),
                "化解成功 / 已调处化解 = 已化解；稳控中 = 化解中；已上报县综治中心 不是化解")  # fmt: skip
    built.quirk("next_january_rows", name, "下半年", "disputes.screened", "2025年1月的两件排在下半年表末：不计入当年")
    return records


# --- 人民调解 (司法所, Excel 2003 XML) -------------------------------------------------------------------

# 以案定补 of this fictitious 县 (illustrative): 口头 50; 书面 一般 150 / 疑难 300 / 重大 500 元.
SUBSIDY = {("口头", "一般"): 50, ("书面", "一般"): 150, ("书面", "疑难"): 300, ("书面", "重大"): 500}
COMMITTEES = {"榛岭镇人民调解委员会": 4, "柞蚕产业人民调解委员会": 2, "村人民调解委员会": 4}


def mediation_register_xml(built: Built, rng: random.Random) -> None:
    """The 司法所's 人民调解案件登记台账 exported as Excel 2003 XML (.xls): two header rows (当事人 › 申请人 | 被申请人),
    卷宗号 （2024）榛岭人调字第N号, 调解组织 镇调委会 / 柞蚕产业人民调解委员会 (a 行业性专业调委会) / X村调委会, 协议形式
    口头 / 口头协议 / 书面协议 / 人民调解协议书, 调解结果 调解成功 / 成功 / 调解不成功 / 终止调解, 补贴档次 and 以案定补
    金额 typed 150 or 150元; a case received 2023-12-26 first."""
    name = f"{TOWN}司法所{YEAR}年人民调解案件登记台账.xls"
    sheet = Sheet("调解案件")
    sheet.title(f"{TOWN}{YEAR}年人民调解案件登记台账", 13)
    sheet.header(
        [
            ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "调解员", "协议形式", "调解结果",
             "结案日期", "补贴档次", "以案定补金额（元）"],
            [None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None, None],
        ],
        [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13)] + [(1, 6, 1, 7)],
    )  # fmt: skip
    old = f"（{YEAR - 1}）榛岭人调字第97号"
    sheet.add(1, old, fake.date_cell(dt.date(YEAR - 1, 12, 26), "iso"), "榛岭镇人民调解委员会", "林地（山场）边界纠纷",
              fake.name(rng), fake.name(rng), fake.name(rng), "书面协议", "调解成功", fake.date_cell(dt.date(YEAR, 1, 9), "iso"),
              "一般", 150)  # fmt: skip
    records = [{"file_no": old, "accepted_on": dt.date(YEAR - 1, 12, 26), "form": "书面", "result": "调解成功",
                "subsidy": 150}]  # fmt: skip
    for n, day in enumerate(_days(rng, 92), start=1):
        file_no = f"（{YEAR}）榛岭人调字第{n}号"
        org = fake.pick(rng, COMMITTEES)
        if org == "村人民调解委员会":
            org = f"{rng.choice(VILLAGES)}人民调解委员会"
        kind = fake.pick(rng, DISPUTE_TYPES)
        outcome = fake.pick(rng, {"调解成功": 80, "成功": 8, "调解不成功": 6, "终止调解": 3})
        closed = fake.date_cell(min(day + dt.timedelta(days=rng.randint(1, 15)), dt.date(YEAR, 12, 31)), "iso")
        if outcome in ("调解成功", "成功"):
            form = "书面" if rng.random() < 0.35 else "口头"
            tier = fake.pick(rng, {"一般": 6, "疑难": 3, "重大": 1}) if form == "书面" else "一般"
            money = SUBSIDY[(form, tier)]
            typed_form = (
                rng.choice(["书面协议", "人民调解协议书"]) if form == "书面" else rng.choice(["口头", "口头协议"])
            )
            typed_money = f"{money}元" if rng.random() < 0.3 else money
            sheet.add(n + 1, file_no, fake.date_cell(day, "iso"), org, kind, fake.name(rng), fake.name(rng),
                      fake.name(rng), typed_form, outcome, closed, tier, typed_money)  # fmt: skip
            records.append(
                {"file_no": file_no, "accepted_on": day, "form": form, "result": "调解成功", "subsidy": money}
            )
        else:
            sheet.add(n + 1, file_no, fake.date_cell(day, "iso"), org, kind, fake.name(rng), fake.name(rng),
                      fake.name(rng), "", outcome, closed, "", "")  # fmt: skip
            records.append(
                {"file_no": file_no, "accepted_on": day, "form": None, "result": "调解不成功", "subsidy": None}
            )
    built.books.append(Book(name, [sheet], fmt="xml-xls"))
    built.ledgers["mediation"] = records
    built.quirk("xml_spreadsheet_as_xls", name, sheet.name, "mediation.cases")
    built.quirk("header_four_rows", name, sheet.name, "mediation.cases", "两行表头：当事人 › 申请人 / 被申请人")
    built.quirk("value_synonyms", name, sheet.name, ("mediation.written", "mediation.oral", "mediation.cases"),
                "人民调解协议书 / 书面协议 = 书面；口头协议 = 口头；成功 = 调解成功；终止调解 不是成功")  # fmt: skip
    built.quirk("industry_committee", name, sheet.name, "mediation.cases",
                "柞蚕产业人民调解委员会（行业性专业调委会）的案件：镇的调解案件，照样计入")  # fmt: skip
    built.quirk("last_year_case_first", name, sheet.name, ("mediation.cases", "mediation.subsidy_yuan"),
                "2023年12月受理、2024年1月结案的一件排在最前：按受理日期属上年，不计入")  # fmt: skip


# --- 信访 (Word) ------------------------------------------------------------------------------------


def petitions_word_first_visits(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word, in 辽宁's words: 信访形式 来信 / 来访 / 网上信访, 交办来源 国家信访局网上转送 / 省信访局交办 /
    市信访局交办 / 县信访局交办 / 县12345转办 / 初信初访（本级受理）, a 受理告知书送达日期 column, 是否重复信访, 办理状态
    已化解 / 已化解（息诉罢访） / 正在化解 / 化解中 / 未化解."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{TOWN}信访办公室", "（虚构示例数据）"]
    sheet.doc_after = ["登记人：　　　　　　审核人："]
    sheet.header([["序号", "信访编号", "信访形式", "交办来源", "信访人", "反映问题", "是否重复信访", "交办（受理）日期",
                   "受理告知书送达日期", "办理状态"]])  # fmt: skip
    items = [
        ("网上信访", "国家信访局网上转送", "中联办", "已化解", "否", "水库移民后期扶持资金"),
        ("来信", "省信访局交办", "省联办", "已化解（息诉罢访）", "否", "蚕场承包合同纠纷"),
        ("来访", "市信访局交办", "市联办", "正在化解", "是", "林地确权四至争议"),
        ("来访", "县信访局交办", "县联办", "已化解", "否", "草莓大棚务工工资"),
        ("网上信访", "县信访局交办", "县联办", "化解中", "否", "冬季供暖不达标"),
        ("来访", "县信访局交办", "县联办", "未化解", "是", "移民安置房分配"),
        ("来电", "县12345转办", "本级受理", "已化解", "否", "农网改造电杆占地"),
        ("来访", "初信初访（本级受理）", "本级受理", "已化解", "否", "邻里山场边界"),
        ("来信", "初信初访（本级受理）", "本级受理", "正在化解", "否", "林下参地被毁赔偿"),
    ]
    status_truth = {"已化解": "已化解", "已化解（息诉罢访）": "已化解", "正在化解": "正在化解", "化解中": "正在化解",
                    "未化解": "未化解"}  # fmt: skip
    records = []
    for n, ((form, said, source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), 1):
        no = f"ZLXF{YEAR}{n:03d}"
        told = day + dt.timedelta(days=rng.randint(3, 14))
        sheet.add(n, no, form, said, fake.masked(fake.name(rng)), issue, repeat, fake.date_cell(day, "cn"),
                  fake.date_cell(told, "cn"), status)  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status_truth[status], "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("first_visits_are_own", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "初信初访（本级受理）、县12345转办 是本级受理，不是上级交办；受理告知书送达日期 不是交办日期")  # fmt: skip


# --- 法律顾问 (.ods) ---------------------------------------------------------------------------------

COUNSEL_WORK = {
    "法律咨询": ("法律咨询", 6),
    "审查蚕场承包合同": ("文书审核", 2),
    "合同审查": ("文书审核", 2),
    "出具法律意见书": ("法律意见书", 1),
    "法律援助": ("法律援助", 0.5),
    "参与调解": (None, 2),
    "法治讲座（法律明白人）": (None, 1),
}


def counsel_ods(built: Built, rng: random.Random) -> None:
    """The 一村（社区）一法律顾问 book saved by WPS as .ods: 服务日期 as dates, 服务村, 服务内容, 服务次数 typed 3人次 / 2份
    or blank (1), 法律顾问 and 律所 (fictitious)."""
    name = f"{TOWN}{YEAR}年一村一法律顾问服务台账.ods"
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}{YEAR}年村（社区）法律顾问服务台账", 6)
    sheet.header([["服务日期", "服务村", "服务内容", "服务次数", "法律顾问", "所在律所"]])
    weights = {k: w for k, (_, w) in COUNSEL_WORK.items()}
    records = []
    for day in _days(rng, 88):
        what = fake.pick(rng, weights)
        qty = rng.choice([1, 2, 3]) if what == "法律咨询" else rng.choice([1, 1, 2])
        unit = "人次" if what == "法律咨询" else ("份" if "审" in what else "件")
        typed = "" if qty == 1 and rng.random() < 0.5 else f"{qty}{unit}"
        sheet.add(dt.datetime(day.year, day.month, day.day), rng.choice(VILLAGES), what, typed, fake.name(rng),
                  "辽宁（虚构）岫岭律师事务所")  # fmt: skip
        service = COUNSEL_WORK[what][0]
        if service:
            records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["counsel"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, "counsel.consultations")
    built.quirk("document_named_before_verb", name, sheet.name, "counsel.document_reviews",
                "审查蚕场承包合同 = 合同审查 = 文书审核；法治讲座、参与调解 不计入")  # fmt: skip


# --- 政务公开 (xlsx) ---------------------------------------------------------------------------------


def disclosure_book_empty_requests(built: Built, rng: random.Random) -> None:
    """The 党政办's 政务公开 book (xlsx): 主动公开 (信息名称, 公开日期, 公开渠道 县政府门户网站信息公开专栏 / 三务公开栏 /
    电子显示屏), 依申请公开 with its header and a note 本年度未收到政府信息公开申请 (0), 宣传报道 (报道标题, 刊发媒体
    “榛岭发布”微信公众号 / 县融媒体中心 / 学习强国辽宁学习平台, 刊发日期). No type column: each sheet is one."""
    name = f"{TOWN}{YEAR}年政务公开工作台账.xlsx"
    records = []
    pro = Sheet("主动公开")
    pro.title(f"{TOWN}{YEAR}年政府信息主动公开登记台账", 5)
    pro.header([["序号", "信息名称", "公开日期", "公开渠道", "责任部门"]])
    for n, day in enumerate(_days(rng, 41), start=1):
        pro.add(n, rng.choice(["柞蚕放养补贴发放公示", "水库移民后期扶持人员名单公示", "镇财政预算公开",
                               "农村低保对象公示", "草莓大棚设施农业补贴公示", "森林防火禁火令"]),
                fake.date_cell(day, "iso"), fake.pick(rng, {f"{COUNTY}人民政府门户网站信息公开专栏": 3, "三务公开栏": 2,
                "电子显示屏": 1}), rng.choice(["党政办", "农业农村办", "社会事务办"]))  # fmt: skip
        records.append({"published_on": day, "type": "主动公开"})
    req = Sheet("依申请公开")
    req.title(f"{TOWN}{YEAR}年政府信息依申请公开登记台账", 6)
    req.header([["序号", "申请日期", "申请人", "申请内容", "答复日期", "答复结果"]])
    req.blank()
    req.add("注：本年度未收到政府信息公开申请。")
    news = Sheet("宣传报道")
    news.title(f"{TOWN}{YEAR}年宣传报道登记表", 5)
    news.header([["序号", "报道标题", "刊发媒体", "刊发日期", "报送部门"]])
    for n, day in enumerate(_days(rng, 64), start=1):
        news.add(n, rng.choice(["柞蚕放养迎丰收", "法律明白人进蚕场", "草莓大棚里的营商环境", "林下参种植户学法用法"]),
                 fake.pick(rng, {"“榛岭发布”微信公众号": 4, "凤岫县融媒体中心（虚构）": 2, "学习强国辽宁学习平台": 1}),
                 fake.date_cell(day, "iso"), "党政办")  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    built.books.append(Book(name, [pro, req, news]))
    built.ledgers["disclosure"] = records
    built.quirk("category_from_sheet_or_title", name, "宣传报道", "disclosure.media",
                "没有公开类型列：表名 主动公开 / 依申请公开 / 宣传报道 就是类型")  # fmt: skip
    built.quirk("empty_register_says_none", name, "依申请公开", "disclosure.on_request",
                "依申请公开表只有表头，表下注 本年度未收到：台账在，数是0")  # fmt: skip


# --- 派出所 (CSV UTF-8 BOM) ----------------------------------------------------------------------------


def police_list_bom(built: Built, rng: random.Random) -> None:
    """The 派出所's list for the 镇 (UTF-8 BOM CSV): 日期, 案件类别 家庭暴力告诫书 / 家庭暴力（拘留） / 卖淫嫖娼 / 赌博 /
    盗窃（偷摘柞蚕茧）, 村, 当事人 masked, 处理结果, 拘留人数."""
    name = f"{TOWN}派出所{YEAR}年平安建设数据.csv"
    sheet = Sheet("平安建设")
    sheet.add(f"{COUNTY}公安局{TOWN}派出所 {YEAR}年平安建设相关案件统计")
    sheet.header([["序号", "日期", "案件类别", "村", "当事人", "处理结果", "拘留人数"]])
    plan = (
        ["家庭暴力告诫书"] * 11
        + ["家庭暴力（拘留）"] * 2
        + ["卖淫嫖娼"] * 2
        + ["赌博"] * 6
        + ["盗窃（偷摘柞蚕茧）"] * 5
    )
    rng.shuffle(plan)
    truth_type = {"家庭暴力告诫书": "家暴告诫书", "家庭暴力（拘留）": "家暴治安案件", "卖淫嫖娼": "涉黄治安案件",
                  "赌博": "涉赌治安案件", "盗窃（偷摘柞蚕茧）": "其他"}  # fmt: skip
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        if kind == "家庭暴力告诫书":
            result, held = "出具告诫书", 0
        else:
            held = rng.randint(1, 3)
            result = f"行政拘留{rng.choice([5, 10])}日"
        sheet.add(
            n, fake.date_cell(day, "slash"), kind, rng.choice(VILLAGES), fake.masked(fake.name(rng)), result, held
        )
        records.append({"occurred_on": day, "type": truth_type[kind], "detained": held})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["security"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("security.dv_warnings", "security.vice_cases"))
    built.quirk("value_synonyms", name, sheet.name, ("security.vice_cases", "security.dv_detentions"),
                "卖淫嫖娼 = 涉黄治安案件；家庭暴力（拘留） = 家暴治安案件；偷摘柞蚕茧 是盗窃，不计入")  # fmt: skip


# --- 法治 workbook (.xls BIFF) -------------------------------------------------------------------------


def rule_of_law_biff(built: Built, rng: random.Random) -> None:
    """The 镇's 法治政府建设工作台账 saved by an old Excel (.xls): 行政应诉 (辽0699行初 cases, one heard December 2023,
    负责人是否出庭 是 / 否（委托律师）), 学法用法 (法律明白人 培训 线下 / 线上 and the 学法用法考试 with 应参考 / 实参考) and
    规范性文件 (header only, a note 本年度未制定)."""
    name = f"{TOWN}{YEAR}年法治政府建设工作台账.xls"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记", 9)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭", "审理结果"]])
    plan = [
        (f"（{YEAR - 1}）辽0699行初41号", dt.date(YEAR - 1, 12, 12), "于某某（副镇长）", "是", "驳回诉讼请求"),
        (f"（{YEAR}）辽0699行初9号", dt.date(YEAR, 3, 21), "于某某（副镇长）", "是", "驳回诉讼请求"),
        (f"（{YEAR}）辽0699行初36号", dt.date(YEAR, 6, 13), "", "否（委托律师）", "原告撤诉"),
        (f"（{YEAR}）辽0699行初72号", dt.date(YEAR, 10, 17), "关某（镇长）", "是", "驳回诉讼请求"),
    ]
    records = []
    for n, (case_no, day, who, appeared, result) in enumerate(plan, start=1):
        lit.add(n, case_no, fake.masked(fake.name(rng)), f"{TOWN}人民政府", rng.choice(["林业行政处罚", "行政强制（拆除）",
                "政府信息公开", "移民安置"]), fake.date_cell(day, "cn"), who, appeared, result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared == "是"})
    train = Sheet("学法用法")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训登记", 8)
    train.header([["序号", "日期", "培训名称", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("镇党委理论学习中心组学法", "领导干部", "中心组学习", 16, None, None),
        ("法律明白人培训（蚕场承包与林权）", "法律明白人", "线下", 44, None, None),
        ("法律明白人线上专题培训", "法律明白人", "线上", 51, None, None),
        ("国家工作人员学法用法考试", "领导干部", "考试", 63, 64, 63),
        ("综合行政执法人员业务培训", "行政执法人员", "集中培训", 12, None, None),
    ]
    t_records = []
    for n, ((title, who, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "iso"), title, who, form, people, req, took)
        t_records.append({"held_on": day, "audience": who, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件制定情况登记", 6)
    docs.header([["序号", "文件名称", "文号", "印发日期", "报备日期", "备案审查意见"]])
    docs.blank()
    docs.add("注：本年度未制定行政规范性文件。")
    built.books.append(Book(name, [lit, train, docs], fmt="biff"))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("value_qualifiers", name, lit.name, "litigation.leader_appearances", "否（委托律师）")
    built.quirk("prior_year_hearing", name, lit.name, "litigation.cases", "2023年12月开庭的一件不计入")


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement = enforcement_register_badges(built, rng)
    enterprise_inspections_et(built, rng, enforcement)
    built.ledgers["enforcement"] = enforcement
    hotline_orders_gbk(built, rng)
    disputes_halves_struck(built, rng)
    mediation_register_xml(built, rng)
    petitions_word_first_visits(built, rng)
    counsel_ods(built, rng)
    disclosure_book_empty_requests(built, rng)
    police_list_bom(built, rng)
    rule_of_law_biff(built, rng)
    built.ledgers["fraud_watch"] = Null("没有涉诈高危人员台账（镇未交来）")
    return built
