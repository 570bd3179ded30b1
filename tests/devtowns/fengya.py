"""枫垭镇 (虚构; 汉岚县, a fictitious 县 of 陕南 in the 安康 / 汉中 hills of the 秦巴山区), 2024: a 镇 of 富硒茶 gardens and
魔芋 fields along a 汉江 支流 (岚河) under the 长江十年禁渔, with 地质灾害 避险搬迁 and 移民搬迁 to an 安置社区 beside the
村 (枫垭新村社区, with its own 调委会), 林地 / 山林 boundary quarrels, 河道采砂, returning 农民工 owed wages; a 镇综合行政
执法办公室 deciding the 赋权事项 the 县 devolved (陕政发〔2023〕9号), 院落 and 组 as the units below the 村, 三官一律 进社区,
一村（社区）一法律顾问, 法律明白人 and 法治带头人. Built blind (issue 12, the 84th town): from shared/spec, the harness and
public pages only.

Sources (public pages, read through the search tool):
- 汉台区河东店镇 / 徐望镇 2025 政府信息公开工作年度报告 (htq.gov.cn/hzshtqzf/zwgk/xxgknb/2019/zbxx/202601/
  9efc1fc6304e43c0a23d16300f472e54.shtml and …/a703a64c28bd4785988d7f2f9404f300.shtml): 主动公开 through the 区 portal and
  a 镇 微信订阅号 (“醉美褒河”, “汉台徐望”), no 依申请 — the 镇's 信息公开 list and 宣传 register.
- 宁陕县梅子镇 2024 政府信息公开工作年度报告 (ningshan.gov.cn/Content-2790280.html) and 略阳县两河口镇 2023 年报
  (63829.cn/lyxzf/c10435gg/202401/c363bae7a2da4e2289a1bbbac9322a53.shtml): the 年报's 第二十条 tables, a 镇 公众号
  (七彩两河口) for 政策宣传.
- 安康日报 2019-11-25, 宁陕县“后搬迁时代”观察 (sjk.akxw.cn/epaper/read.do?m=i&iid=828&eid=5943&sid=38910): 安置社区,
  a 管委会 for 邻里矛盾 of the newly moved — the 枫垭新村社区 and its 调委会, 搬迁 disputes.
- 宁陕县金川镇 平安建设 (nsxxww.cn/a/724.html): 院落会, 中心户长, 矛盾排查及处理工作台账, 包案责任人 — the 院落 column
  and 包案领导 of the 综治中心's register.
- 旬阳市关口镇 (reportify.ai/news/1200597185104842752): 院落说事 / 老倌说事, 网格巡查, 安康 平安建设 测评 — 纠纷来源.
- 紫阳县林业局 (lyj.ankang.gov.cn/Content-2745855.html): 林业 执法事权 下放到各镇, 擅自改变林地用途 cases decided by
  the 镇 — the 执法办's 案由; 咸阳 / 渭南 赋权 notices (kuaibao.lzzcloud.net/news_info/1186586.html, xinyangjiang.com …
  1744269007334277121.html): 陕政发〔2023〕9号, 《陕西省下放乡镇政府和街道办事处行政执法事项指导目录》, the 镇's
  name on the decision, 行政检查 / 行政强制 beside the 处罚权 — the 赋权事项 column.
- 钟祥 郑集镇 汉江 禁渔巡查 (m.zxm-sz.com/news/zbdt/202410/t4727404.shtml) and the 2020 禁捕 通告 pages: 一杆多钩, 地笼,
  网具 没收, 护渔员 and 派出所 joint patrols — the 禁捕 巡查日志 that is no ledger of ours.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the 县 (汉岚县), the 镇, its 村 and 社区, the river 岚河, the law firm, the people, the case
numbers and court codes.

Files (10, eight formats): the 执法办's 行政执法 register (xlsx: 赋权事项 and 事项编码 columns, 执法类别 with qualifiers,
a struck duplicate, a hidden row, January 2025 cases) and its 禁捕 巡查日志 (GBK CSV, no figure); the 综治中心's 矛盾纠纷
register (WPS .et: 村 and 组（院落） columns, 纠纷来源 院落说事 / 网格员, two January 2025 rows); the 司法所's 人民调解 register
(.ods, two header rows, a December 2023 case first, a 合计 line); the 信访 register (Word); the 法律顾问 book (Excel 2003
XML: 镇政府 and 村（社区） sheets); the 县 portal's 信息公开目录 (HTML .xls, December 2023 and January 2025 items); the 宣传
register (xlsx, 3月5日 dates with the year in the title); the 派出所's list (UTF-8 BOM CSV); the 法治 workbook (BIFF .xls:
行政应诉, 学法用法, 规范性文件). No 涉诈 list is handed over.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "枫垭镇"
YEAR = 2024
COUNTY = "汉岚县"
SEED = 84_2024
CUN = ("枫垭村", "茶坪村", "龙潭湾村", "硒谷村", "岚河口村", "魔芋坪村", "石板岩村")
SHEQU = "枫垭新村社区"  # the 移民搬迁 安置社区
PLACES = (*CUN, SHEQU)


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _group(rng: random.Random, place: str) -> str:
    """The unit below a 村: a 组, or a 院落 named after a family; a 社区's 楼栋."""
    if place == SHEQU:
        return f"{rng.randint(1, 12)}号楼"
    return rng.choice([f"{rng.randint(1, 9)}组", f"{rng.choice('王李张陈刘杨')}家院落"])


# --- 镇综合行政执法办公室 (xlsx) and its 禁捕 巡查日志 (GBK CSV) -----------------------------------------

# 案由 → (事项编码 of the fictitious county's list, 执法类别 as typed, category of the truth, weight)
ENFORCEMENT = {
    "擅自改变林地用途": ("LY-015", "行政处罚（赋权事项）", "行政处罚", 3),
    "滥伐林木": ("LY-007", "处罚", "行政处罚", 1.5),
    "未经许可在河道管理范围内采砂": ("SL-022", "行政处罚（赋权事项）", "行政处罚", 1.5),
    "违法占用耕地建房": ("ZR-003", "行政处罚", "行政处罚", 2),
    "禁捕水域垂钓（一杆多钩）": ("NY-041", "行政处罚（简易程序）", "行政处罚", 2),
    "禁捕水域巡查": ("NY-040", "行政检查（禁捕巡查）", "行政检查", 5),
    "河道采砂巡查": ("SL-020", "检查（采砂）", "行政检查", 3),
    "森林防火检查": ("LY-030", "行政检查", "行政检查", 3),
    "扣押非法捕捞网具": ("NY-043", "行政强制（扣押）", "行政强制", 1),
}
_CODES = {"行政处罚": "罚", "行政检查": "检", "行政强制": "强"}


def enforcement_register_granted_powers(built: Built, rng: random.Random) -> None:
    """The 镇综合行政执法办公室's register (xlsx): 事项编码 and 赋权事项 columns (the 县's list of powers devolved), 案件编号
    枫垭综执罚〔2024〕N号 / 综执检 / 综执强, 执法类别 with qualifiers (行政处罚（赋权事项）, 行政检查（禁捕巡查）, 检查（采砂）,
    行政强制（扣押）), 所在村 and 组（院落）, 决定日期 2024.3.5; a case entered twice, the copy struck through (重复录入); a
    row hidden by a filter; three January 2025 cases under the year's."""
    name = f"{TOWN}综合行政执法办公室{YEAR}年行政执法案件台账.xlsx"
    sheet = Sheet("执法台账")
    sheet.title(f"{TOWN}人民政府{YEAR}年行政执法案件登记台账", 12)
    sheet.add(f"填报单位：{TOWN}综合行政执法办公室（盖章）", *[None] * 8, "填报时间：2025年1月8日", None, None)
    sheet.header([["序号", "事项编码", "赋权事项", "案件编号", "案由", "执法类别", "当事人", "所在村（社区）", "组（院落）",
                   "决定日期", "罚没金额（元）", "备注"]])  # fmt: skip
    weights = {k: v[3] for k, v in ENFORCEMENT.items()}
    counters = {"罚": 0, "检": 0, "强": 0}
    records = []
    days = _days(rng, 96)
    serial = 0
    struck_copy = None
    for day in days:
        cause = fake.pick(rng, weights)
        code, typed, category, _ = ENFORCEMENT[cause]
        letter = _CODES[category]
        counters[letter] += 1
        case_no = f"枫垭综执{letter}〔{YEAR}〕{counters[letter]}号"
        place = rng.choice(PLACES[:-1])
        party = (
            fake.name(rng)
            if rng.random() < 0.8
            else f"{COUNTY}（虚构）{rng.choice(['岚河', '硒源', '秦巴'])}砂石有限公司"
        )
        amount = {"行政处罚": rng.choice([200, 500, 1000, 3000, 5000, 20000])}.get(category, "/")
        serial += 1
        row = sheet.add(serial, code, "是" if code[:2] in ("LY", "SL", "NY", "ZR") else "否", case_no, cause, typed,
                        party, place, _group(rng, place), fake.date_cell(day, "dot"), amount, "")  # fmt: skip
        records.append({"case_no": case_no, "category": category, "decided_on": day})
        if serial == 31:
            sheet.hidden_rows.add(row)
        if serial == 52 and struck_copy is None:
            struck_copy = (serial, code, case_no, cause, typed, party, place, day, amount)
            serial += 1
            r2 = sheet.add(serial, code, "是", case_no, cause, typed, party, place, _group(rng, place),
                           fake.date_cell(day, "dot"), amount, "重复录入")  # fmt: skip
            sheet.struck_rows.add(r2)
    for n, day in enumerate((dt.date(YEAR + 1, 1, 7), dt.date(YEAR + 1, 1, 10), dt.date(YEAR + 1, 1, 14)), start=1):
        serial += 1
        sheet.add(serial, "NY-040", "是", f"枫垭综执检〔{YEAR + 1}〕{n}号", "禁捕水域巡查", "行政检查（禁捕巡查）",
                  "岚河枫垭段", "岚河口村", "3组", fake.date_cell(day, "dot"), "/", "")  # fmt: skip
    built.books.append(Book(name, [sheet]))
    built.ledgers["enforcement"] = records
    built.quirk("value_qualifiers", name, sheet.name, ("enforcement.penalty", "enforcement.inspection"),
                "执法类别 行政处罚（赋权事项）/ 行政检查（禁捕巡查）/ 检查（采砂）/ 行政强制（扣押）")  # fmt: skip
    built.quirk("hidden_rows", name, sheet.name, "enforcement.cases", "筛选后隐藏的一行照样是案件")
    built.quirk(
        "struck_duplicate", name, sheet.name, "enforcement.cases", "同一案件录了两次，第二行划了删除线（重复录入）"
    )
    built.quirk("next_january_rows", name, sheet.name, "enforcement.cases", "2025年1月的三件排在当年案件之后：不计入")
    built.quirk("granted_powers_columns", name, sheet.name, "enforcement.cases",
                "事项编码 / 赋权事项（是/否）两列：县下放镇的执法事项目录，不是执法类别")  # fmt: skip


def fishing_ban_patrol_log_gbk(built: Built, rng: random.Random) -> None:
    """The 禁捕退捕 巡查日志 the 镇 keeps with the 护渔员 (GBK CSV): 巡查日期, 巡查河段, 巡查人员, 发现问题 (垂钓 / 地笼 /
    无), 清理网具（张）, 劝离垂钓（人次）, 是否移交执法办 — patrols, not decisions: no figure."""
    name = f"{TOWN}{YEAR}年长江禁捕退捕巡查日志.csv"
    sheet = Sheet("巡查日志")
    sheet.add(f"{TOWN}{YEAR}年禁捕水域巡查记录（护渔员）")
    sheet.header([["序号", "巡查日期", "巡查河段", "巡查人员", "发现问题", "清理网具（张）", "劝离垂钓（人次）",
                   "是否移交执法办", "备注"]])  # fmt: skip
    for n, day in enumerate(_days(rng, 70), start=1):
        found = fake.pick(rng, {"无": 6, "岸边垂钓": 3, "地笼网具": 2, "电鱼痕迹": 0.5})
        sheet.add(n, fake.date_cell(day, "slash"), rng.choice(["岚河枫垭段", "岚河龙潭湾段", "汉江入河口"]),
                  f"{fake.name(rng)}、{fake.name(rng)}", found, rng.randint(1, 6) if found == "地笼网具" else 0,
                  rng.randint(1, 4) if found == "岸边垂钓" else 0, "是" if found == "电鱼痕迹" else "否", "")  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.quirk("csv_gbk", name, sheet.name, "enforcement.cases",
                "护渔员的禁捕巡查日志：巡查记录，不是行政执法案件，不计入任何数")  # fmt: skip


# --- 镇综治中心: 矛盾纠纷 (WPS .et) -----------------------------------------------------------------

DISPUTE_TYPES = {
    "邻里纠纷": 5,
    "山林权属纠纷": 3,
    "林地界址纠纷": 2,
    "土地承包经营纠纷": 2,
    "婚姻家庭纠纷": 3,
    "拖欠农民工工资纠纷": 2,
    "避险搬迁安置纠纷": 1.5,
    "宅基地纠纷": 1.5,
    "损害赔偿纠纷": 1,
    "采砂引发的纠纷": 0.5,
}
DISPUTE_STATES = {"已化解": "已化解", "化解成功": "已化解", "调处成功": "已化解", "正在化解": "化解中",
                  "稳控中": "化解中", "未化解（引导诉讼）": "未化解", "移交镇综合执法办": "已上报/移交"}  # fmt: skip


def disputes_register_et(built: Built, rng: random.Random) -> list[dict]:
    """The 镇综治中心's 矛盾纠纷排查化解台账 (WPS .et): 所在村（社区） and 组（院落） in two columns, 纠纷来源 院落说事 /
    网格员排查 / 来访 / 12345转办 / 三官一律进社区, 纠纷类型 of the hills (山林权属, 林地界址, 避险搬迁安置, 拖欠农民工工资),
    化解状态 in the office's words, 包案领导; two January 2025 rows at the foot."""
    name = f"{TOWN}综治中心{YEAR}年矛盾纠纷排查化解工作台账.et"
    sheet = Sheet(f"{YEAR}年")
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解工作台账", 11)
    sheet.header([["序号", "排查日期", "所在村（社区）", "组（院落）", "纠纷类型", "当事人", "纠纷来源", "简要情况",
                   "化解状态", "化解日期", "包案领导"]])  # fmt: skip
    records = []
    said_w = {"已化解": 60, "化解成功": 15, "调处成功": 10, "正在化解": 5, "稳控中": 3, "未化解（引导诉讼）": 4,
              "移交镇综合执法办": 3}  # fmt: skip
    for n, day in enumerate(_days(rng, 168), start=1):
        kind = fake.pick(rng, DISPUTE_TYPES)
        place = SHEQU if kind == "避险搬迁安置纠纷" and rng.random() < 0.7 else rng.choice(PLACES)
        said = fake.pick(rng, said_w)
        status = DISPUTE_STATES[said]
        done = min(day + dt.timedelta(days=rng.randint(0, 20)), dt.date(YEAR, 12, 31)) if status == "已化解" else None
        source = fake.pick(rng, {"网格员排查": 4, "院落说事": 3, "来访": 2, "12345转办": 1, "三官一律进社区": 1})
        sheet.add(n, fake.date_cell(day, "cn"), place, _group(rng, place), kind,
                  f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}", source,
                  f"{kind.removesuffix('纠纷')}问题", said, fake.date_cell(done, "cn") if done else "",
                  fake.name(rng))  # fmt: skip
        records.append({"screened_on": day, "status": status, "kind": kind})
    for day in (dt.date(YEAR + 1, 1, 6), dt.date(YEAR + 1, 1, 9)):
        n += 1
        sheet.add(n, fake.date_cell(day, "cn"), "茶坪村", "4组", "邻里纠纷", "王某与李某", "院落说事", "邻里问题",
                  "正在化解", "", fake.name(rng))  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("value_synonyms", name, sheet.name, ("disputes.resolved", "disputes.resolution_rate"),
                "化解成功 / 调处成功 = 已化解；稳控中 = 化解中；移交镇综合执法办 不是化解")  # fmt: skip
    built.quirk("village_and_courtyard_columns", name, sheet.name, "disputes.screened",
                "所在村（社区）与 组（院落） 两列；安置社区的 楼栋")  # fmt: skip
    built.quirk("next_january_rows", name, sheet.name, "disputes.screened", "表尾两行2025年1月的纠纷：不计入")
    return records


# --- 司法所: 人民调解 (.ods) -------------------------------------------------------------------------

# 以案定补 of this fictitious 县 (illustrative): 口头 50; 书面 一般 100 / 疑难 200 / 重大 300 元.
SUBSIDY = {("口头", "一般"): 50, ("书面", "一般"): 100, ("书面", "疑难"): 200, ("书面", "重大"): 300}


def mediation_register_ods(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 司法所's 人民调解案件登记台账 (.ods): two header rows (当事人 › 申请人 | 被申请人), 卷宗号 （2024）枫垭人调字第N号,
    调解组织 镇人民调解委员会 / X村人民调解委员会 / 枫垭新村社区人民调解委员会, 协议形式 口头 / 口头协议 / 书面协议 /
    人民调解协议书, 调解结果 调解成功 / 成功 / 调解不成功 / 终止调解, 以案定补（元） typed 100 or 100元; a case of
    2023-12-26 first and a 合计 line."""
    name = f"{TOWN}司法所{YEAR}年人民调解案件登记台账.ods"
    resolved = [r for r in screened if r["status"] == "已化解"]
    picked = sorted(rng.sample(resolved, 92), key=lambda r: r["screened_on"])
    cases = [("成功", r["screened_on"], r["kind"]) for r in picked]
    cases += [(o, d, fake.pick(rng, DISPUTE_TYPES)) for o, d in zip(["不成功"] * 5 + ["终止"] * 2, _days(rng, 7))]
    cases.sort(key=lambda c: c[1])
    sheet = Sheet("调解登记")
    sheet.title(f"{TOWN}{YEAR}年人民调解案件登记台账", 12)
    sheet.header(
        [
            ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "调解员", "协议形式", "调解结果",
             "案件等级", "以案定补（元）"],
            [None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None],
        ],
        [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12)] + [(1, 6, 1, 7)],
    )  # fmt: skip
    sheet.add(1, f"（{YEAR - 1}）枫垭人调字第97号", fake.date_cell(dt.date(YEAR - 1, 12, 26), "iso"), "镇人民调解委员会",
              "邻里纠纷", fake.name(rng), fake.name(rng), fake.name(rng), "口头协议", "调解成功", "一般", 50)  # fmt: skip
    records = [{"file_no": f"（{YEAR - 1}）枫垭人调字第97号", "accepted_on": dt.date(YEAR - 1, 12, 26), "form": "口头",
                "result": "调解成功", "subsidy": 50}]  # fmt: skip
    total = 50
    for n, (outcome, day, kind) in enumerate(cases, start=1):
        file_no = f"（{YEAR}）枫垭人调字第{n}号"
        place = SHEQU if kind == "避险搬迁安置纠纷" else rng.choice(PLACES)
        org = "镇人民调解委员会" if rng.random() < 0.4 else f"{place}人民调解委员会"
        if outcome == "成功":
            form = "书面" if rng.random() < 0.35 else "口头"
            tier = fake.pick(rng, {"一般": 6, "疑难": 3, "重大": 1}) if form == "书面" else "一般"
            money = SUBSIDY[(form, tier)]
            typed = rng.choice(["书面协议", "人民调解协议书"]) if form == "书面" else rng.choice(["口头", "口头协议"])
            result = "调解成功" if rng.random() < 0.8 else "成功"
            row = (typed, result, tier, f"{money}元" if rng.random() < 0.3 else money)
            total += money
        else:
            form, money = None, None
            row = ("", "调解不成功" if outcome == "不成功" else "终止调解", "", "")
        mediator = rng.choice([fake.name(rng), fake.name(rng), f"{fake.name(rng)}（驻村法官）"])
        sheet.add(n + 1, file_no, fake.date_cell(day, "iso"), org, kind, fake.name(rng), fake.name(rng), mediator,
                  *row)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    sheet.add("合计", None, None, None, None, None, None, None, None, None, None, total)
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["mediation"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, "mediation.cases")
    built.quirk("header_four_rows", name, sheet.name, "mediation.cases", "两行表头：当事人 › 申请人 / 被申请人")
    built.quirk("value_synonyms", name, sheet.name, ("mediation.written", "mediation.oral"),
                "人民调解协议书 / 书面协议 = 书面；口头协议 = 口头；成功 = 调解成功；终止调解 不是成功")  # fmt: skip
    built.quirk("last_year_case_first", name, sheet.name, ("mediation.cases", "mediation.subsidy_yuan"),
                "2023年12月受理的一件排在最前：不计入；合计 行不是案件")  # fmt: skip


# --- 信访 (Word) --------------------------------------------------------------------------------


def petitions_word(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word: 交办来源 国家信访局网上转送 / 省信访局交办 / 市信访局交办 / 县信访局交办 / 县联席办交办 /
    本级来访, 办理状态 已化解 / 已化解（息诉罢访） / 正在化解 / 化解中 / 未化解."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{TOWN}信访办（综治中心）", "（虚构示例数据）"]
    sheet.doc_after = ["登记人：　　　　　　分管领导："]
    sheet.header([["序号", "信访编号", "交办来源", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态",
                   "办结日期"]])  # fmt: skip
    items = [
        ("国家信访局网上转送", "中联办", "已化解", "否", "避险搬迁安置房分配"),
        ("省信访局交办", "省联办", "已化解（息诉罢访）", "否", "山林权属确权"),
        ("省信访局交办", "省联办", "正在化解", "是", "河道采砂损毁耕地"),
        ("市信访局交办", "市联办", "已化解", "否", "拖欠农民工工资"),
        ("县信访局交办", "县联办", "已化解", "否", "退耕还林补助"),
        ("县联席办交办", "县联办", "化解中", "否", "茶园流转租金"),
        ("县信访局交办", "县联办", "未化解", "是", "地灾搬迁旧宅拆除补偿"),
        ("县信访局交办", "县联办", "已化解", "否", "禁捕退捕渔民补助"),
        ("本级来访", "本级受理", "已化解", "否", "林地界址"),
        ("本级来访", "本级受理", "正在化解", "否", "魔芋收购款"),
    ]
    status_truth = {"已化解": "已化解", "已化解（息诉罢访）": "已化解", "正在化解": "正在化解", "化解中": "正在化解",
                    "未化解": "未化解"}  # fmt: skip
    records = []
    for n, ((said, source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"FYXF{YEAR}{n:03d}"
        done = day + dt.timedelta(days=rng.randint(15, 60)) if status_truth[status] == "已化解" else None
        sheet.add(n, no, said, fake.masked(fake.name(rng)), issue, repeat, fake.date_cell(day, "cn"), status,
                  fake.date_cell(done, "cn") if done and done.year == YEAR else "")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status_truth[status], "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("bureau_levels", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "国家信访局网上转送 = 中联办；省 / 市 / 县信访局交办、县联席办交办 = 省 / 市 / 县联办；"
                "已化解（息诉罢访） = 已化解")  # fmt: skip


# --- 法律顾问 (Excel 2003 XML) -------------------------------------------------------------------------

COUNSEL_GOV = {
    "合同审查": ("文书审核", 4),
    "出具法律意见书": ("法律意见书", 2),
    "重大行政决策合法性审查": ("文书审核", 1),
    "行政执法案卷评查": (None, 1),
    "参与信访接待": (None, 1),
}
COUNSEL_VILLAGE = {
    "法律咨询": ("法律咨询", 6),
    "审核村规民约": ("文书审核", 1),
    "审查茶园流转合同": ("文书审核", 1.5),
    "出具法律意见书": ("法律意见书", 0.5),
    "参与调解": (None, 2),
    "法治讲座": (None, 1),
    "“三官一律”进社区坐班": (None, 1),
    "法律援助（代写申请）": ("法律援助", 0.6),
}


def counsel_book_xml(built: Built, rng: random.Random) -> None:
    """The 一村（社区）一法律顾问 book (Excel 2003 XML .xls): a 镇政府法律顾问 sheet and a 村（社区）法律顾问 sheet, 服务内容
    in the counsel's words, 服务次数 typed 3人次 / 2件 or blank."""
    name = f"{TOWN}{YEAR}年法律顾问服务台账.xls"
    records = []
    sheets = []
    for label, work, rows in (("镇政府法律顾问", COUNSEL_GOV, 36), ("村（社区）法律顾问", COUNSEL_VILLAGE, 88)):
        sheet = Sheet(label)
        sheet.title(f"{TOWN}{YEAR}年{label}服务台账", 6)
        sheet.header([["服务日期", "服务对象", "服务内容", "服务次数", "法律顾问", "备注"]])
        weights = {k: w for k, (_, w) in work.items()}
        for day in _days(rng, rows):
            what = fake.pick(rng, weights)
            qty = rng.choice([1, 2, 3, 4]) if what == "法律咨询" else rng.choice([1, 1, 1, 2])
            unit = "人次" if what == "法律咨询" else ("份" if "审" in what else "件")
            typed = "" if qty == 1 and rng.random() < 0.5 else f"{qty}{unit}"
            target = f"{TOWN}人民政府" if label == "镇政府法律顾问" else rng.choice(PLACES)
            sheet.add(
                fake.date_cell(day, "date"), target, what, typed, f"{fake.name(rng)}（陕西岚硒律师事务所，虚构）", ""
            )
            service = work[what][0]
            if service:
                records.append({"served_on": day, "service": service, "quantity": qty})
        sheets.append(sheet)
    built.books.append(Book(name, sheets, fmt="xml-xls"))
    built.ledgers["counsel"] = records
    built.quirk("xml_spreadsheet_as_xls", name, "村（社区）法律顾问", "counsel.consultations")
    built.quirk("two_counsel_sheets", name, "镇政府法律顾问", ("counsel.document_reviews", "counsel.opinions"),
                "镇政府与村（社区）两张表相加；合同审查、审核村规民约、审查茶园流转合同、重大行政决策合法性审查 = 文书审核；"
                "行政执法案卷评查、参与信访接待、参与调解、法治讲座、三官一律坐班 不计入")  # fmt: skip


# --- 政务公开: the 县 portal's list (HTML .xls) and the 宣传 register (xlsx) -----------------------------


def disclosure_portal_html(built: Built, rng: random.Random) -> list[dict]:
    """The 县 portal's 信息公开目录 for the 镇 (HTML saved .xls): 索引号, 标题, 发文字号, 发布日期 with seconds, 公开方式
    主动公开 / 依申请公开; items of December 2023 and January 2025 in it."""
    name = f"信息公开目录_{TOWN}_20231201-20250131.xls"
    sheet = Sheet("公开目录")
    sheet.header([["序号", "索引号", "标题", "发文字号", "发布机构", "发布日期", "公开方式"]])
    records = []
    days = [dt.date(YEAR - 1, 12, 12), dt.date(YEAR - 1, 12, 27), *_days(rng, 38), dt.date(YEAR + 1, 1, 15)]
    titles = ["关于2024年地质灾害避险搬迁对象的公示", "枫垭镇2024年财政预算公开", "关于禁捕水域垂钓管理的通告",
              "枫垭镇富硒茶产业奖补资金公示", "魔芋种植保险理赔公示", "枫垭镇2024年城乡低保对象公示",
              "枫垭镇森林防火期野外用火管理通告"]  # fmt: skip
    for n, day in enumerate(days, start=1):
        kind = "依申请公开" if n in (9, 26) else "主动公开"
        sheet.add(n, f"FYZ/{day.year}-{n:05d}", rng.choice(titles),
                  f"枫政发〔{day.year}〕{n}号" if rng.random() < 0.3 else "", f"{TOWN}人民政府",
                  f"{day:%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", kind)  # fmt: skip
        records.append({"published_on": day, "type": kind})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.quirk("html_as_xls", name, sheet.name, ("disclosure.proactive", "disclosure.on_request"),
                "县门户网站导出的网页表格：2023年12月与2025年1月的条目不计入")  # fmt: skip
    return records


def publicity_register_xlsx(built: Built, rng: random.Random, records: list[dict]) -> None:
    """The 党政办's 宣传报道 register (xlsx): 发布平台 “枫垭发布”微信公众号 / 汉岚县融媒体中心 / 学习强国陕西学习平台,
    发布日期 typed 3月5日 (the year in the title), no type column."""
    name = f"{TOWN}{YEAR}年宣传报道登记表.xlsx"
    sheet = Sheet("宣传报道")
    sheet.title(f"{TOWN}{YEAR}年度新闻宣传报道登记表", 5)
    sheet.header([["序号", "报道标题", "发布平台", "发布日期", "报送人"]])
    for n, day in enumerate(_days(rng, 64), start=1):
        sheet.add(n, rng.choice(["枫垭富硒茶开园采摘", "岚河禁捕护渔在行动", "安置社区“三官一律”进社区",
                                 "法律明白人走进院落", "魔芋丰收助农增收"]),
                  fake.pick(rng, {"“枫垭发布”微信公众号": 5, f"{COUNTY}融媒体中心（虚构）": 2, "学习强国陕西学习平台": 1}),
                  fake.date_cell(day, "yearless"), fake.name(rng))  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    built.books.append(Book(name, [sheet]))
    built.ledgers["disclosure"] = records
    built.quirk("year_from_title", name, sheet.name, "disclosure.media", "发布日期 3月5日，年份只在标题里")


# --- 派出所 (CSV UTF-8 BOM) ------------------------------------------------------------------------


def police_list_bom(built: Built, rng: random.Random) -> None:
    """The 派出所's list for the 镇 (UTF-8 BOM CSV): 案件类别 家庭暴力告诫书 / 卖淫嫖娼 / 赌博 / 非法捕捞（电鱼） / 盗窃
    （茶叶）, 村（社区）, 拘留人数."""
    name = f"{TOWN}派出所{YEAR}年平安建设数据.csv"
    sheet = Sheet("平安建设")
    sheet.add(f"{COUNTY}公安局{TOWN}派出所 {YEAR}年平安建设相关案件统计")
    sheet.header([["序号", "日期", "案件类别", "村（社区）", "当事人", "处理结果", "拘留人数"]])
    plan = ["家庭暴力告诫书"] * 9 + ["卖淫嫖娼"] * 2 + ["赌博"] * 6 + ["非法捕捞（电鱼）"] * 3 + ["盗窃（茶叶）"] * 4
    rng.shuffle(plan)
    truth_type = {"家庭暴力告诫书": "家暴告诫书", "卖淫嫖娼": "涉黄治安案件", "赌博": "涉赌治安案件",
                  "非法捕捞（电鱼）": "其他", "盗窃（茶叶）": "其他"}  # fmt: skip
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        if kind == "家庭暴力告诫书":
            result, held = "出具告诫书", 0
        else:
            held = rng.randint(1, 3)
            result = f"行政拘留{rng.choice([5, 10])}日"
        sheet.add(n, fake.date_cell(day, "slash"), kind, rng.choice(PLACES), fake.masked(fake.name(rng)), result, held)
        records.append({"occurred_on": day, "type": truth_type[kind], "detained": held})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["security"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("security.dv_warnings", "security.vice_cases"))
    built.quirk("value_synonyms", name, sheet.name, ("security.vice_cases", "security.dv_warnings"),
                "卖淫嫖娼 = 涉黄治安案件；家庭暴力告诫书 = 家暴告诫书；非法捕捞（电鱼）、盗窃（茶叶） 都不是")  # fmt: skip


# --- 法治 workbook (.xls BIFF): 行政应诉, 学法用法, 规范性文件 ----------------------------------------------


def rule_of_law_biff(built: Built, rng: random.Random) -> None:
    """The 镇's 法治政府建设 workbook (.xls BIFF): 行政应诉 (（2024）陕0999行初N号, one heard December 2023, 出庭负责人
    and 是否出庭 是 / 否（委托律师）), 学法用法 (法律明白人 and 法治带头人 sessions, 学法考试 应参考 / 实参考) and
    规范性文件 (header only, a note that none was made)."""
    name = f"{TOWN}{YEAR}年法治政府建设工作台账.xls"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记", 8)
    lit.header([["序号", "案号", "原告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭", "审理结果"]])
    plan = [
        (f"（{YEAR - 1}）陕0999行初41号", dt.date(YEAR - 1, 12, 19), "副镇长", "是", "驳回诉讼请求"),
        (f"（{YEAR}）陕0999行初12号", dt.date(YEAR, 5, 14), "镇长", "是", "驳回诉讼请求"),
        (f"（{YEAR}）陕0999行初66号", dt.date(YEAR, 8, 28), "", "否（委托律师）", "原告撤诉"),
        (f"（{YEAR}）陕0999行初90号", dt.date(YEAR, 11, 6), "副镇长", "是", "判决确认违法"),
    ]
    records = []
    for n, (case_no, day, who, appeared, result) in enumerate(plan, start=1):
        lit.add(n, case_no, fake.masked(fake.name(rng)), rng.choice(["林地行政处罚", "避险搬迁安置补偿", "政府信息公开"]),
                fake.date_cell(day, "cn"), f"{fake.masked(fake.name(rng))}（{who}）" if who else "", appeared, result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared == "是"})
    train = Sheet("学法用法")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训登记", 8)
    train.header([["序号", "日期", "培训名称", "培训对象", "形式", "参训人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("镇党委理论学习中心组学法", "领导干部", "中心组学习", 17, None, None),
        ("法律明白人培训（民法典）", "法律明白人", "线下", 46, None, None),
        ("法律明白人、法治带头人线上培训", "法律明白人", "线上", 58, None, None),
        ("村（社区）法治带头人培训", "法治带头人", "线下", 16, None, None),
        ("国家工作人员学法考试", "领导干部", "考试", 64, 66, 64),
        ("综合执法人员赋权事项业务培训", "行政执法人员", "集中培训", 12, None, None),
        ("法律明白人院落宣讲能力培训", "法律明白人", "线下", 39, None, None),
    ]
    t_records = []
    for n, ((title, who, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        shown = "法律明白人、法治带头人" if "法治带头人线上" in title else who
        train.add(n, fake.date_cell(day, "iso"), title, shown, form, people, req, took)
        t_records.append({"held_on": day, "audience": who, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件制定及备案登记", 6)
    docs.header([["序号", "文件名称", "文号", "印发日期", "报备日期", "备案审查意见"]])
    docs.blank()
    docs.add("注：本年度未制定行政规范性文件。")
    built.books.append(Book(name, [lit, train, docs], fmt="biff"))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("value_qualifiers", name, lit.name, "litigation.leader_appearances", "否（委托律师）")
    built.quirk("rule_of_law_leaders_apart", name, train.name, "training.legal_literacy_sessions",
                "法治带头人 单独的培训不是法律明白人培训；法律明白人、法治带头人 一起培训的算一次")  # fmt: skip
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued",
                "规范性文件表只有表头，表下注 本年度未制定：台账在，数是0")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_register_granted_powers(built, rng)
    fishing_ban_patrol_log_gbk(built, rng)
    screened = disputes_register_et(built, rng)
    mediation_register_ods(built, rng, screened)
    petitions_word(built, rng)
    counsel_book_xml(built, rng)
    records = disclosure_portal_html(built, rng)
    publicity_register_xlsx(built, rng, records)
    police_list_bom(built, rng)
    rule_of_law_biff(built, rng)
    built.ledgers["fraud_watch"] = Null("没有涉诈高危人员台账（镇未交来）")
    return built
