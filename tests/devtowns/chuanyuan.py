"""川塬镇 (虚构; 泉涧县, a fictitious 县 of 宁夏 on the 川区 / 山区 border), 2024: a 生态移民 镇 settled by 吊庄移民 from
the 南部山区, 回族 and 汉族 villages side by side, 枸杞 and 酿酒葡萄 farms that hire seasonal pickers (and owe them wages),
设施温棚, fields watered by 扬黄灌溉 in turns (轮灌), a 综合执法办 that took the 县's powers after 赋权 (违规放牧 under
the 全域禁牧, 违法占地建房, 露天焚烧秸秆), 塞上枫桥-style mediation, 一村一警 and 一村一法律顾问. Built blind (the 80th
town): from shared/spec, the harness API and public pages only.

Sources (public pages, read through the search tool):
- 中宁县宁安镇 2024年法治政府建设工作报告 (znzf.gov.cn/xxgk/zfxxgkml/fzzfjsgzbg/202503/t20250327_4867675.html):
  法律明白人 培训班 场次, 解答法律咨询 人次, 法律援助 件, 送法下乡 — the 学法 sheet and the counsel register's services.
- 红寺堡区红寺堡镇 2024年法治政府建设工作报告 (hongsibu.gov.cn/ztzl_17788/fzzfjs/202501/t20250122_4799082.html):
  a 移民 镇's 四办四中心, 党委理论学习中心组 学法, 会前学习 — the 法治 workbook.
- 中新网 2024-12-11 “宁夏：筑牢法治基石 绘就乡村善治新画卷” (zjks.cc/hot/id/97768.html): 综治中心 化解 counts, 邻里
  纠纷 over 空地 and 牛粪堆放, 法律明白人 who mediate — the dispute types and the 调解室 of the register.
- 中国警察网 2022-05-20 “宁夏：塞上江南新画卷徐徐展开” (legal.neamco.com/2022-05/20/content_35752197.htm): 红寺堡's
  移民 from 西海固, 社区警务室 民警 with 群防群治 — the 一村一警 list of the 派出所.
- 闽宁镇 生态移民 survey (victorzhang.cn/page/2018/0514/6307920.shtml): 吊庄移民 from 西吉 / 海原, 回族 83%, 生态移民 and
  劳务移民 — the town's people and villages (names invented).
- 西夏区人民政府办公室 2024年政府信息公开工作年度报告 (ycxixia.gov.cn/zwgk/bmxxgkmn/xxqzfbgs/xxgknb/202501/
  t20250123_4800850.html): 政府网站 and 政务新媒体, 宁夏回族自治区政府信息公开申请办理规范 — the portal export's columns.
- 中宁县 2025 枸杞采摘 劳务协作 (the 中宁 portal's 政情民生 page) and 柴达木日报 2025-09-15: 枸杞 pickers paid by the
  斤, 采摘 茬 — the 劳务费 disputes.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the 县 (泉涧县), the 市 (固川市), the 镇, its villages, the law firm, the people (回族 and
汉族 surnames from a short list of common ones), the case numbers and court codes.

Files (10, eight formats): the 综合执法办's 行政执法案件台账 (xlsx: 执法类别 typed short — 处罚 / 检查 / 强制 — or with
the procedure, a hidden row, a case decided in January 2025, a 合计 row); the 水管所's 扬黄灌溉 轮灌 schedule (GBK CSV,
no figure, a 备注 saying a 争水 quarrel was mediated); the 综治中心's 矛盾纠纷排查化解台账 (.ods, a sheet for 2024 and
one for 2025年1月); the 人民调解 register (.xls BIFF, two header rows, 案补 typed 200元); the 信访 register (Word, 区信访局
= 自治区); the 县 portal's 信息公开 export (HTML .xls, items of December 2023 and January 2025); the 宣传报道 list (xlsx);
the 派出所's 一村一警 list (Excel 2003 XML); the 一村一法律顾问 register (UTF-8 BOM CSV, 服务人次 3人次); the 法治
workbook (WPS .et: 行政应诉, 学法用法, 规范性文件). No 涉诈 list is handed over.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "川塬镇"
YEAR = 2024
COUNTY = "泉涧县"
CITY = "固川市"
SEED = 80_2024
# 移民 villages named as 宁夏 移民 villages are (富民, 兴泾 after the 泾源 they came from), and one 社区; all invented.
VILLAGES = ("富民村", "兴泾村", "团结村", "红崖村", "永清村", "南塬村", "川塬社区")
# Common 回族 and 汉族 surnames of the region, and given names; a short list of our own (fake.py has no 马 or 海).
_SURNAMES = "马马马马杨杨李李海田白丁王锁冶穆金虎纳苏张刘"
_GIVEN = ("有福", "占林", "学军", "秀兰", "海燕", "文忠", "志强", "玉梅", "德明", "小平", "建国", "国华", "晓燕",
          "伟", "强", "俊", "梅", "兰", "成", "军")  # fmt: skip


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN)


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


# --- 综合执法办: 行政执法案件台账 (xlsx) ------------------------------------------------------------------

# 案由 → (执法类别 in the truth, how the clerk types the category, weight)
CAUSES = {
    "违规放牧（禁牧区偷牧）": ("行政处罚", "处罚", 6),
    "违法占地建房": ("行政处罚", "行政处罚（普通程序）", 3),
    "露天焚烧秸秆": ("行政处罚", "行政处罚（简易程序）", 3),
    "乱倒建筑垃圾": ("行政处罚", "处罚", 2),
    "设施温棚安全生产检查": ("行政检查", "检查", 5),
    "禁牧巡查": ("行政检查", "行政检查", 6),
    "农村自建房安全检查": ("行政检查", "检查", 4),
    "查扣偷牧羊只": ("行政强制", "强制", 1),
}


def enforcement_register_xlsx(built: Built, rng: random.Random) -> None:
    """The 综合执法办's 行政执法案件台账 after 赋权 (xlsx): 案件编号 川塬综执罚〔2024〕N号 / 川塬综执检〔2024〕N号 /
    川塬综执强〔2024〕N号, 案由 (违规放牧 under the 全域禁牧, 违法占地建房, 温棚 检查), 执法类别 typed short (处罚, 检查, 强制)
    or with the procedure (行政处罚（简易程序）), 决定日期 2024.3.5; a row hidden after a filter (a record), a case filed
    in December and decided in January 2025 (next year's), and a 合计 row."""
    name = f"{TOWN}综合执法办{YEAR}年行政执法案件台账.xlsx"
    sheet = Sheet("执法台账")
    sheet.title(f"{TOWN}人民政府{YEAR}年行政执法案件台账（赋权事项）", 11)
    sheet.add(f"填报单位：{TOWN}综合行政执法办公室", None, None, None, None, None, None, None, "填报时间：2025年1月6日",
              None, None)  # fmt: skip
    sheet.header([["序号", "案件编号", "案由", "执法类别", "当事人", "村（社区）", "立案日期", "决定日期",
                   "罚款金额（元）", "承办人", "备注"]])  # fmt: skip
    plan = [c for c, (_, _, w) in CAUSES.items() for _ in range(w * 5)]
    rng.shuffle(plan)
    plan = plan[:118]
    counters = {"行政处罚": 0, "行政检查": 0, "行政强制": 0}
    letter = {"行政处罚": "罚", "行政检查": "检", "行政强制": "强"}
    records = []
    hidden_done = False
    for n, (cause, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        category, typed, _ = CAUSES[cause]
        counters[category] += 1
        case_no = f"川塬综执{letter[category]}〔{YEAR}〕{counters[category]}号"
        amount = rng.choice([200, 500, 1000, 2000]) if category == "行政处罚" and rng.random() < 0.8 else None
        r = sheet.add(n, case_no, cause, typed, _name(rng), rng.choice(VILLAGES),
                      fake.date_cell(day - dt.timedelta(days=rng.randint(0, 12)), "dot"), fake.date_cell(day, "dot"),
                      amount, f"{_name(rng)}、{_name(rng)}", "")  # fmt: skip
        if not hidden_done and category == "行政处罚" and n > 40:
            sheet.hidden_rows.add(r)
            hidden_done = True
        records.append({"case_no": case_no, "category": category, "decided_on": day})
    # Filed 2024-12-23, decided 2025-01-08: the year of the decision is next year's.
    counters_next = 1
    sheet.add(len(plan) + 1, f"川塬综执罚〔{YEAR + 1}〕{counters_next}号", "违规放牧（禁牧区偷牧）", "处罚", _name(rng),
              rng.choice(VILLAGES), fake.date_cell(dt.date(YEAR, 12, 23), "dot"),
              fake.date_cell(dt.date(YEAR + 1, 1, 8), "dot"), 500, _name(rng), "跨年办结")  # fmt: skip
    records.append(
        {"case_no": f"川塬综执罚〔{YEAR + 1}〕1号", "category": "行政处罚", "decided_on": dt.date(YEAR + 1, 1, 8)}
    )
    sheet.add("合计", f"{len(plan) + 1}件", None, None, None, None, None, None, None, None, None)
    built.books.append(Book(name, [sheet]))
    built.ledgers["enforcement"] = records
    built.quirk("value_suffixes", name, sheet.name, ("enforcement.penalty", "enforcement.inspection"),
                "执法类别 写简称 处罚 / 检查 / 强制，或带程序 行政处罚（简易程序）")  # fmt: skip
    built.quirk("hidden_rows", name, sheet.name, "enforcement.penalty", "筛选后隐藏的一行是记录，照样计入")
    built.quirk("next_january_decision", name, sheet.name, "enforcement.cases",
                "2024年12月立案、2025年1月决定的一件：按决定日期属下一年，不计入")  # fmt: skip


# --- 水管所: 扬黄灌溉 轮灌 schedule (GBK CSV; no figure) --------------------------------------------------


def irrigation_turns_gbk(built: Built, rng: random.Random) -> None:
    """The 扬水 灌区 水管所's 轮灌 schedule for the 镇 (GBK CSV): 轮次 (春灌 / 夏灌 / 冬灌), 支渠 / 斗口, 村, 开口时间, 关口
    时间, 灌溉面积（亩）, 放水员, 备注 (one says a 争水 quarrel was mediated by the 村调委会) — water turns, no ledger."""
    name = f"{TOWN}扬黄灌溉轮灌排班表（{YEAR}年）.csv"
    sheet = Sheet("轮灌排班")
    sheet.add(f"泉涧扬水管理所{TOWN}灌区{YEAR}年轮灌排班表")
    sheet.header([["轮次", "支渠", "斗口", "村（社区）", "开口时间", "关口时间", "灌溉面积（亩）", "放水员", "备注"]])
    for turn, (first, last) in (("春灌第一轮", (4, 20)), ("春灌第二轮", (5, 12)), ("夏灌第一轮", (6, 10)),
                                ("夏灌第二轮", (7, 8)), ("冬灌", (10, 25))):  # fmt: skip
        for village in VILLAGES[:-1]:
            start = dt.datetime(YEAR, first, last, rng.randint(6, 20))
            hours = rng.randint(18, 60)
            end = start + dt.timedelta(hours=hours)
            sheet.add(turn, f"{rng.choice(['一', '二', '三'])}支渠", f"{rng.randint(1, 12)}斗", village,
                      f"{start:%Y-%m-%d %H:00}", f"{end:%Y-%m-%d %H:00}", rng.randint(300, 1800), _name(rng),
                      "两户争水，村调委会已调解" if village == "兴泾村" and turn == "夏灌第一轮" else "")  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.quirk("csv_gbk", name, sheet.name, ("disputes.screened", "mediation.cases"),
                "扬黄灌溉轮灌排班表：放水的轮次，不是任何一类台账；备注里的争水调解不是一件登记的纠纷")  # fmt: skip


# --- 综治中心: 矛盾纠纷排查化解台账 (.ods) ------------------------------------------------------------------

DISPUTE_TYPES = {
    "劳务费拖欠纠纷（枸杞采摘）": 4,
    "劳务费拖欠纠纷（葡萄园务工）": 2,
    "土地流转纠纷": 4,
    "灌溉用水纠纷（轮灌争水）": 3,
    "邻里纠纷": 6,
    "婚姻家庭纠纷": 3,
    "宅基地纠纷": 2,
    "温棚租赁纠纷": 1,
    "牛羊损害庄稼纠纷": 2,
}
# 化解状态 as the 综治中心 types it → ledger-kinds.md.
DISPUTE_STATES = {
    "已化解": ("已化解", 60),
    "已化解（签订协议）": ("已化解", 14),
    "化解中": ("化解中", 8),
    "稳控中": ("化解中", 6),
    "未化解（引导诉讼）": ("未化解", 5),
    "已移交县综治中心": ("已上报/移交", 3),
}


def disputes_register_ods(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解台账 (.ods, saved by WPS): a sheet 2024年 and a sheet 2025年1月 (the next year's
    first month, kept on in the same book), 排查时间 2024.3.5, 纠纷类型 in the region's words (劳务费拖欠 of 枸杞 pickers,
    土地流转, 轮灌争水, 牛羊损害庄稼), 化解状态 已化解 / 已化解（签订协议） / 化解中 / 稳控中 / 未化解（引导诉讼） /
    已移交县综治中心, 风险等级 红 / 黄 / 蓝. Returns the year's records (for the 调解 register)."""
    name = f"{TOWN}矛盾纠纷排查化解台账{YEAR}.ods"
    records: list[dict] = []
    sheets = []
    for label, days in (
        (f"{YEAR}年", _days(rng, 168)),
        (f"{YEAR + 1}年1月", fake.dates_in(rng, YEAR + 1, 9, dt.date(YEAR + 1, 1, 2), dt.date(YEAR + 1, 1, 24))),
    ):
        sheet = Sheet(label)
        sheet.title(f"{TOWN}矛盾纠纷排查化解工作台账（{label}）", 11)
        sheet.header([["序号", "排查时间", "村（社区）", "纠纷类型", "当事人", "简要情况", "化解措施", "化解状态",
                       "化解时间", "包案领导", "风险等级"]])  # fmt: skip
        for n, day in enumerate(days, start=1):
            kind = fake.pick(rng, DISPUTE_TYPES)
            said = fake.pick(rng, {k: w for k, (_, w) in DISPUTE_STATES.items()})
            status = DISPUTE_STATES[said][0]
            done = day + dt.timedelta(days=rng.randint(0, 20)) if status == "已化解" else None
            brief = {"劳": "采摘工工钱未结清", "土": "流转费未按期支付", "灌": "轮灌时段争水", "邻": "院墙滴水、堆放杂物",
                     "婚": "家庭矛盾", "宅": "宅基地界址不清", "温": "温棚租金", "牛": "牛羊进地啃食"}[kind[0]]  # fmt: skip
            sheet.add(n, fake.date_cell(day, "dot"), rng.choice(VILLAGES), kind,
                      f"{fake.masked(_name(rng))}与{fake.masked(_name(rng))}", brief,
                      fake.pick(rng, {"村调委会调解": 4, "法律明白人劝和": 2, "一村一警联调": 1, "镇综治中心调处": 2}),
                      said, fake.date_cell(done, "dot") if done else "", _name(rng),
                      fake.pick(rng, {"蓝": 6, "黄": 3, "红": 1}))  # fmt: skip
            records.append({"screened_on": day, "status": status, "kind": kind})
        sheets.append(sheet)
    built.books.append(Book(name, sheets, fmt="ods"))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("ods_spreadsheet", name, f"{YEAR}年", "disputes.screened")
    built.quirk("value_qualifiers", name, f"{YEAR}年", ("disputes.resolved", "disputes.resolution_rate"),
                "已化解（签订协议） = 已化解；稳控中 = 化解中；未化解（引导诉讼）、已移交县综治中心 不是化解")  # fmt: skip
    built.quirk("next_january_sheet", name, f"{YEAR + 1}年1月", "disputes.screened",
                "同一本台账里 2025年1月 一张表：下一年的，不计入")  # fmt: skip
    return [r for r in records if r["screened_on"].year == YEAR]


# --- 人民调解 (.xls BIFF) ------------------------------------------------------------------------------

# 以案定补 of this fictitious 县 (illustrative): 口头 简易 50; 书面 一般 200 / 疑难 400 / 重大 600 元.
SUBSIDY = {("口头", "简易"): 50, ("书面", "一般"): 200, ("书面", "疑难"): 400, ("书面", "重大"): 600}


def mediation_register_biff(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 司法所's 人民调解案件登记台账 saved by an old Excel (.xls): two header rows (当事人 › 申请人 | 被申请人), 案号
    （2024）川人调字第N号, 调解组织 镇人民调解委员会 / a 村调委会 / 老马家调解室 (a 塞上枫桥 调解室 named after a 回族
    elder), 调解结果 成功 / 调解成功 / 不成功 / 终止调解, 协议形式 口头 / 书面, 以案定补等级 简易 / 一般 / 疑难 / 重大,
    案补金额 typed 200元 (text)."""
    name = f"{TOWN}人民调解案件登记台账（{YEAR}）.xls"
    resolved = [r for r in screened if r["status"] == "已化解"]
    picked = sorted(rng.sample(resolved, 64), key=lambda r: r["screened_on"])
    cases = [("成功", r["screened_on"], r["kind"]) for r in picked]
    cases += [(o, d, fake.pick(rng, DISPUTE_TYPES)) for o, d in zip(["不成功"] * 4 + ["终止"] * 2, _days(rng, 6))]
    cases.sort(key=lambda c: c[1])
    sheet = Sheet("调解登记")
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记台账", 12)
    sheet.header(
        [
            ["序号", "案号", "受理时间", "调解组织", "纠纷类别", "当事人", None, "调解员", "调解结果", "协议形式",
             "以案定补等级", "案补金额"],
            [None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None],
        ],
        [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12)] + [(1, 6, 1, 7)],
    )  # fmt: skip
    records = []
    for n, (outcome, day, kind) in enumerate(cases, start=1):
        file_no = f"（{YEAR}）川人调字第{n}号"
        org = fake.pick(
            rng, {"镇人民调解委员会": 3, f"{rng.choice(VILLAGES[:-1])}人民调解委员会": 4, "老马家调解室": 2}
        )
        if outcome == "成功":
            form = "书面" if rng.random() < 0.35 else "口头"
            tier = fake.pick(rng, {"一般": 6, "疑难": 3, "重大": 1}) if form == "书面" else "简易"
            money = SUBSIDY[(form, tier)]
            row = (rng.choice(["成功", "调解成功"]), form, tier, f"{money}元")
        else:
            form, money = None, None
            row = ("不成功" if outcome == "不成功" else "终止调解", "", "", "")
        sheet.add(n, file_no, fake.date_cell(day, "cn"), org, kind.split("（")[0], _name(rng), _name(rng), _name(rng),
                  *row)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("header_four_rows", name, sheet.name, "mediation.cases", "两行表头：当事人 › 申请人 / 被申请人")
    built.quirk("amount_with_unit_in_cell", name, sheet.name, "mediation.subsidy_yuan", "案补金额 写成 200元（文本）")
    built.quirk("value_synonyms", name, sheet.name, ("mediation.cases", "mediation.written"),
                "成功 = 调解成功；终止调解 不是成功；老马家调解室 是村里的调解组织")  # fmt: skip


# --- 信访 (Word) ------------------------------------------------------------------------------------------


def petitions_word_region(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word: 来源 in 宁夏's words — 国家信访局网上转送, 区信访局交办 (in 宁夏 the 区 is the
    自治区: the province's level), 市信访局交办, 县信访局交办 / 县联席办交办, 本级来访; 办理状态 已化解 / 正在化解 / 化解中 /
    未化解."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{TOWN}信访办", "（虚构示例数据）"]
    sheet.doc_after = ["登记人：　　　　　　分管领导："]
    sheet.header([["序号", "信访编号", "来源", "信访人", "反映问题", "交办日期", "办理状态", "办结日期"]])
    items = [
        ("国家信访局网上转送", "中联办", "已化解", "移民安置房产权证办理"),
        ("区信访局交办", "省联办", "已化解", "枸杞基地拖欠采摘工工资"),
        ("区信访局交办", "省联办", "正在化解", "土地流转费拖欠"),
        (f"{CITY}信访局交办", "市联办", "已化解", "扬水灌溉水费分摊"),
        (f"{COUNTY}信访局交办", "县联办", "已化解", "宅基地界址"),
        (f"{COUNTY}信访局交办", "县联办", "化解中", "温棚补贴发放"),
        (f"{COUNTY}联席办交办", "县联办", "未化解", "吊庄移民户籍迁移"),
        ("本级来访", "本级受理", "已化解", "邻里院墙"),
        ("本级来访", "本级受理", "已化解", "葡萄园务工工资"),
    ]
    status_truth = {"已化解": "已化解", "正在化解": "正在化解", "化解中": "正在化解", "未化解": "未化解"}
    records = []
    for n, ((said, source, status, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"CYXF{YEAR}{n:03d}"
        done = day + dt.timedelta(days=rng.randint(15, 60)) if status == "已化解" else None
        sheet.add(n, no, said, fake.masked(_name(rng)), issue, fake.date_cell(day, "cn"), status,
                  fake.date_cell(done, "cn") if done and done.year == YEAR else "")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status_truth[status], "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("region_office_is_province", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "区信访局交办：宁夏说的 区 是自治区（省级，省联办）；市 / 县信访局、县联席办交办 是上级交办；本级来访 不是")  # fmt: skip


# --- 政务公开: the 县 portal's export (HTML .xls) and the 宣传报道 list (xlsx) -----------------------------


def disclosure_portal_html(built: Built, rng: random.Random) -> None:
    """The 县 portal's 信息发布 export for the 镇's 栏目 (HTML saved .xls): 序号, 信息标题, 索引号, 发布机构, 主题分类,
    公开方式 主动公开 / 依申请公开, 发布日期 with seconds, 浏览次数; exported 2023-12-01 to 2025-01-31, so items of
    December 2023 and January 2025 are in it."""
    name = f"信息发布列表导出_{TOWN}_20231201-20250131.xls"
    sheet = Sheet("信息发布列表")
    sheet.header([["序号", "信息标题", "索引号", "发布机构", "主题分类", "公开方式", "发布日期", "浏览次数"]])
    records = []
    titles = {"工作动态": ["禁牧巡查工作动态", "移民村人居环境整治", "枸杞采摘季劳务对接"],
              "财政信息": ["镇2024年部门预算公开", "惠民惠农补贴发放公示"],
              "通知公告": ["冬灌轮灌安排公告", "设施温棚补贴申报通知"],
              "依申请公开": ["关于移民安置房分配信息的申请答复"]}  # fmt: skip
    days = fake.dates_in(rng, YEAR, 4, dt.date(YEAR - 1, 12, 1), dt.date(YEAR - 1, 12, 29))
    days += _days(rng, 58)
    days += fake.dates_in(rng, YEAR + 1, 3, dt.date(YEAR + 1, 1, 2), dt.date(YEAR + 1, 1, 28))
    requests = set(rng.sample(range(4, 62), 3))
    for n, day in enumerate(days, start=1):
        kind = "依申请公开" if n - 1 in requests else "主动公开"
        topic = "依申请公开" if kind == "依申请公开" else rng.choice(["工作动态", "财政信息", "通知公告"])
        sheet.add(n, rng.choice(titles[topic]), f"640399-CY/{day.year}-{n:05d}", f"{TOWN}人民政府", topic, kind,
                  f"{day:%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                  rng.randint(12, 900))  # fmt: skip
        records.append({"published_on": day, "type": kind})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers.setdefault("disclosure", []).extend(records)
    built.quirk("html_as_xls", name, sheet.name, ("disclosure.proactive", "disclosure.on_request"),
                "县政府网站的发布列表导出（2023年12月至2025年1月）：只计2024年发布的")  # fmt: skip


def publicity_list_xlsx(built: Built, rng: random.Random) -> None:
    """The 党政办's 宣传报道 登记 (xlsx): 报道标题, 刊发媒体 (宁夏日报, 固川日报, 学习强国宁夏学习平台, “川塬发布”
    微信公众号), 刊发日期 3月5日 (the year in the title), 作者."""
    name = f"{TOWN}{YEAR}年宣传报道登记表.xlsx"
    sheet = Sheet("宣传报道")
    sheet.title(f"{TOWN}{YEAR}年新闻宣传报道登记表", 5)
    sheet.header([["序号", "报道标题", "刊发媒体", "刊发日期", "作者"]])
    records = []
    for n, day in enumerate(_days(rng, 37), start=1):
        sheet.add(n, rng.choice(["移民新村枸杞红", "塞上枫桥在川塬：调解室里化纠纷", "扬黄水润移民田", "禁牧护绿守青山"]),
                  fake.pick(rng, {"“川塬发布”微信公众号": 5, "宁夏日报": 1, f"{CITY}日报（虚构）": 2, "学习强国宁夏学习平台": 1}),
                  fake.date_cell(day, "yearless"), _name(rng))  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    built.books.append(Book(name, [sheet]))
    built.ledgers.setdefault("disclosure", []).extend(records)
    built.quirk("year_from_title", name, sheet.name, "disclosure.media", "刊发日期 3月5日，年份在标题里")
    built.quirk("category_from_sheet_or_title", name, sheet.name, "disclosure.media",
                "没有公开类型列：表名、标题 宣传报道 就是媒体发布")  # fmt: skip


# --- 派出所: 一村一警 list (Excel 2003 XML) ----------------------------------------------------------------


def police_list_xml(built: Built, rng: random.Random) -> None:
    """The 派出所's 一村一警 平安建设 list for the 镇 (Excel 2003 XML .xls): 日期, 警情类别 家庭暴力告诫书 / 卖淫嫖娼 /
    赌博 / 盗窃（偷摘枸杞） / 违规放牧, 村, 驻村民警, 当事人 masked, 处理结果, 拘留人数."""
    name = f"川塬派出所一村一警平安建设数据（{YEAR}）.xls"
    sheet = Sheet("平安建设")
    sheet.title(f"{COUNTY}公安局川塬派出所{YEAR}年一村一警平安建设数据", 8)
    sheet.header([["序号", "日期", "警情类别", "村（社区）", "驻村民警", "当事人", "处理结果", "拘留人数"]])
    plan = ["家庭暴力告诫书"] * 11 + ["卖淫嫖娼"] * 3 + ["赌博"] * 8 + ["盗窃（偷摘枸杞）"] * 6
    rng.shuffle(plan)
    truth_type = {"家庭暴力告诫书": "家暴告诫书", "卖淫嫖娼": "涉黄治安案件", "赌博": "涉赌治安案件",
                  "盗窃（偷摘枸杞）": "其他"}  # fmt: skip
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        if kind == "家庭暴力告诫书":
            result, held = "出具家庭暴力告诫书", 0
        else:
            held = rng.randint(1, 3)
            result = f"行政拘留{rng.choice([5, 7, 10])}日"
        sheet.add(n, fake.date_cell(day, "date"), kind, rng.choice(VILLAGES), _name(rng), fake.masked(_name(rng)),
                  result, held)  # fmt: skip
        records.append({"occurred_on": day, "type": truth_type[kind], "detained": held})
    built.books.append(Book(name, [sheet], fmt="xml-xls"))
    built.ledgers["security"] = records
    built.quirk("xml_spreadsheet_as_xls", name, sheet.name, ("security.dv_warnings", "security.vice_cases"))
    built.quirk("value_synonyms", name, sheet.name, ("security.vice_cases", "security.dv_warnings"),
                "卖淫嫖娼 = 涉黄治安案件；家庭暴力告诫书 = 家暴告诫书；盗窃（偷摘枸杞） 不计入")  # fmt: skip


# --- 一村一法律顾问 (CSV UTF-8 BOM) -------------------------------------------------------------------------

COUNSEL = {
    "法律咨询": ("法律咨询", 7),
    "土地流转合同审查": ("文书审核", 2),
    "村规民约审核": ("文书审核", 1),
    "出具法律意见书": ("法律意见书", 1),
    "参与矛盾纠纷调解": (None, 2),
    "法治宣传（以案释法）": (None, 1),
    "法律援助": ("法律援助", 0.5),
}


def counsel_register_bom(built: Built, rng: random.Random) -> None:
    """The 一村一法律顾问 服务台账 the 司法所 collects (UTF-8 BOM CSV): 服务日期 2024/3/5, 服务村（社区）, 法律顾问, 所属律所,
    服务方式 坐班 / 电话 / 微信, 服务事项 (法律咨询, 土地流转合同审查, 村规民约审核, 出具法律意见书, 参与矛盾纠纷调解,
    法治宣传（以案释法）, 法律援助), 服务人次（件） typed 3人次 / 2件 or blank (1)."""
    name = f"{TOWN}一村一法律顾问服务台账{YEAR}.csv"
    sheet = Sheet("服务台账")
    sheet.add(f"{TOWN}{YEAR}年“一村一法律顾问”服务台账")
    sheet.header(
        [["序号", "服务日期", "服务村（社区）", "法律顾问", "所属律所", "服务方式", "服务事项", "服务人次（件）"]]
    )
    records = []
    weights = {k: w for k, (_, w) in COUNSEL.items()}
    for n, day in enumerate(_days(rng, 112), start=1):
        what = fake.pick(rng, weights)
        qty = rng.choice([1, 2, 3, 4]) if what == "法律咨询" else rng.choice([1, 1, 1, 2])
        unit = "人次" if what in ("法律咨询", "参与矛盾纠纷调解", "法治宣传（以案释法）") else "件"
        typed = "" if qty == 1 and rng.random() < 0.4 else f"{qty}{unit}"
        sheet.add(n, fake.date_cell(day, "slash"), rng.choice(VILLAGES), f"{_name(rng)}律师", "宁夏泉涧律师事务所（虚构）",
                  fake.pick(rng, {"坐班": 3, "电话": 2, "微信": 2}), what, typed)  # fmt: skip
        service = COUNSEL[what][0]
        if service:
            records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["counsel"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, "counsel.consultations")
    built.quirk("value_synonyms", name, sheet.name, ("counsel.document_reviews", "counsel.consultations"),
                "土地流转合同审查、村规民约审核 = 文书审核；参与矛盾纠纷调解、法治宣传 不计入；3人次 = 3，空着 = 1")  # fmt: skip


# --- 法治 workbook (WPS .et): 行政应诉, 学法用法, 规范性文件 ------------------------------------------------


def rule_of_law_et(built: Built, rng: random.Random) -> None:
    """The 镇's 法治政府建设 workbook saved by WPS (.et): 行政应诉 (案号 （2024）宁0399行初N号, 被告 川塬镇人民政府, 案由
    行政强制（拆除违建） / 禁牧处罚 / 移民安置, 出庭负责人 镇长 / 副镇长, 是否出庭 是 / 否), 学法用法 (党委理论学习中心组,
    法律明白人 培训 线上 / 线下, 国家工作人员学法考试 应参考 / 实参考) and 规范性文件 (header only, a note: none made)."""
    name = f"{TOWN}{YEAR}年法治政府建设工作台账.et"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件台账", 8)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭时间", "出庭负责人", "是否出庭"]])
    plan = [
        (f"（{YEAR}）宁0399行初12号", dt.date(YEAR, 3, 21), "马某（镇长）", "是", "行政强制（拆除违法建筑）"),
        (f"（{YEAR}）宁0399行初40号", dt.date(YEAR, 6, 18), "杨某（副镇长）", "是", "行政处罚（违规放牧）"),
        (f"（{YEAR}）宁0399行初77号", dt.date(YEAR, 10, 15), "", "否", "移民安置补偿"),
    ]
    records = []
    for n, (case_no, day, who, appeared, cause) in enumerate(plan, start=1):
        lit.add(n, case_no, fake.masked(_name(rng)), f"{TOWN}人民政府", cause, fake.date_cell(day, "cn"), who, appeared)
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared == "是"})
    train = Sheet("学法用法")
    train.title(f"{TOWN}{YEAR}年学法用法及法律明白人培训台账", 8)
    train.header([["序号", "日期", "活动名称", "对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("党委理论学习中心组学习习近平法治思想", "领导干部", "中心组学习", 15, None, None),
        ("法律明白人培训班（第一期）", "法律明白人", "线下", 46, None, None),
        ("法律明白人线上培训", "法律明白人", "线上", 58, None, None),
        ("国家工作人员学法用法考试", "领导干部", "考试", 72, 74, 72),
        ("综合执法人员执法规范化培训", "行政执法人员", "集中培训", 12, None, None),
    ]
    t_records = []
    for n, ((title, who, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "cn"), title, who, form, people, req, took)
        t_records.append({"held_on": day, "audience": who, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件制定备案登记", 6)
    docs.header([["序号", "文件名称", "文号", "印发日期", "报备日期", "备案审查意见"]])
    docs.blank()
    docs.add("注：本年度未制定行政规范性文件。")
    built.books.append(Book(name, [lit, train, docs], fmt="biff"))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued",
                "规范性文件表只有表头，表下注 本年度未制定：台账在，数是0")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_register_xlsx(built, rng)
    irrigation_turns_gbk(built, rng)
    screened = disputes_register_ods(built, rng)
    mediation_register_biff(built, rng, screened)
    petitions_word_region(built, rng)
    disclosure_portal_html(built, rng)
    publicity_list_xlsx(built, rng)
    police_list_xml(built, rng)
    counsel_register_bom(built, rng)
    rule_of_law_et(built, rng)
    built.ledgers["fraud_watch"] = Null("没有涉诈高危人员台账（镇未交来）")
    return built
