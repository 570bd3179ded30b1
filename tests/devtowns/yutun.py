"""榆屯镇 (虚构; 榆原县, a fictitious 县 of 吉林 中部), 2024: a 镇 of the 松辽平原's 粮食主产区 growing 玉米 and 水稻, whose
村 are made of several 屯 (自然屯), one of them a 朝鲜族村 with a bilingual sign, where 黑土地保护 and the 秸秆全域禁烧 /
离田 campaigns of spring and autumn fill the 乡镇综合行政执法队's register after 赋权, where the 司法所 and the 村调委会
mediate at 百姓说事点 (舒兰's 小卖店 mediation points, spread over 吉林), where 土地承包 / 流转 and 地块边界, 农民工工资
and winter 供暖 are the disputes, and where 法律明白人 are trained 线上 and 线下. Built blind (issue 12, the 83rd town):
from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 伊通县 春季秸秆禁烧离田调度 (jilin.china.com.cn/2024-03/08/content_42718925.html): 乡镇包村干部 驻村（屯）包保 —
  the 屯 below the 村 in every place column; 秸秆全域禁烧 and 离田 as a 乡镇's task.
- 靖宇县三道湖镇 关于春耕森林防火秸秆禁烧的工作总结 (xxgk-jyx.cbs.gov.cn/zsjg/lyj/xbxxgkml/202407/t20240705_814636.html):
  包保责任体系, 巡回检查, and the 县's 政府信息公开专栏 with 索引号 11220622…/2024-05228, 发文机关, 成文日期, 发文字号
  三政字〔2024〕96号 — the columns of the portal export.
- 船营区欢喜乡 秸秆离田 (shtianchun.com/2/13/2024-04-16/257076.html) and 昌邑区孤店子镇 秋季秸秆禁烧离田 部署
  (mwcp945.com/1/23/2023-11-06/252586.html): 问题台账, 逐一销号, 日常巡查, 火点 处置 within half an hour, 低留茬,
  打包离田 — the 巡查日志, which is no ledger of ours.
- 前郭尔罗斯 and 磐石 秸秆禁烧 通告 (1500zi.500zi.com/article/5/178/Q4Pz1XkP6n.html, wototree.com/article-4773-1.html):
  露天焚烧秸秆 fined 500–2000 元 under the 吉林省大气污染防治条例 — the 案由 and 罚款 of the register.
- 通化县光华镇 2024年度政府信息公开工作报告 (xxgk.tonghuaxian.gov.cn/xz6/gh/ndbg/202501/t20250108_729974.html):
  信息公开专栏 14 items, the 镇's 微信公众号 (“多彩光华”) 99 items, 依申请 无 — the 政务公开 export and the 公众号 list.
- 人民日报 2020-08-14 on 吉林's 百姓说事点 (m.mkcnfr.com/c/2020-08-14/2643967.shtml): 舒兰 司法所, 小卖店 说事点,
  土地纠纷, 邻里矛盾 — the 调解组织 of the register.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the 县 (榆原县), the 镇, its 村 and 屯, the people, the case numbers and court codes.

Files (10, eight formats): the 执法队's register (xlsx: hidden rows, struck rows, January 2025 cases, a 合计 row); the
秋季禁烧 巡查日志 (GBK CSV, no figure); the 综治中心's 矛盾纠纷 register (WPS .et, 村 and 屯 columns, two 2025 rows);
the 司法所's 人民调解 register (.ods, two header rows, a 2023 case, 200元); the 信访 register (Word); the 法律顾问 book
(Excel 2003 XML .xls, a 镇 sheet and a 村 sheet with a 朝鲜文/汉文 title); the 信息公开专栏 export (HTML .xls); the
公众号 and media list (xlsx, yearless dates); the 派出所's list (UTF-8 BOM CSV); the 法治 workbook (.xls BIFF:
行政应诉, 学法用法, 规范性文件). No 涉诈 list is handed over.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "榆屯镇"
YEAR = 2024
COUNTY = "榆原县"
SEED = 83_2024
# 村 and the 屯 (自然屯) each is made of, as a 吉林 镇 lists them; 东兴朝鲜族村 is the 朝鲜族 village.
TUN = {
    "榆屯村": ("前屯", "后屯", "王家窝堡"),
    "太平村": ("东屯", "西屯", "腰屯"),
    "三合村": ("三合屯", "李家屯"),
    "东兴朝鲜族村": ("东兴屯", "新兴屯"),
    "柳条村": ("柳条屯", "北甸子", "孙家屯"),
    "双榆村": ("大双榆", "小双榆"),
}
CUN = tuple(TUN)
KNOWN_WITHHELD: dict[str, str] = {}


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _place(rng: random.Random) -> tuple[str, str]:
    cun = rng.choice(CUN)
    return cun, rng.choice(TUN[cun])


def _burning_season_days(rng: random.Random, n: int) -> list[dt.date]:
    """Days of the spring (3–5月) and autumn (10–11月) 禁烧 seasons, when most of the register's cases fall."""
    spring = _days(rng, n // 2, dt.date(YEAR, 3, 10), dt.date(YEAR, 5, 15))
    autumn = _days(rng, n - n // 2, dt.date(YEAR, 10, 8), dt.date(YEAR, 11, 30))
    return sorted(spring + autumn)


# --- 综合行政执法队 (xlsx) ------------------------------------------------------------------------------

# 案由 → (执法类别 as typed, category in the truth).
ENFORCEMENT_ITEMS = {
    ("露天焚烧秸秆", "行政处罚"): 6,
    ("露天焚烧秸秆", "处罚（简易程序）"): 4,
    ("秸秆禁烧巡查", "行政检查（禁烧巡查）"): 7,
    ("黑土地保护巡查（盗采黑土）", "检查（黑土地保护）"): 3,
    ("违法占用耕地建房", "行政处罚"): 1,
    ("违法占用耕地建房", "行政强制（查封）"): 0.5,
    ("乱堆乱放秸秆垛（占道）", "行政检查"): 2,
    ("农村自建房安全巡查", "行政检查（日常）"): 2,
}
CATEGORY_TRUTH = {
    "行政处罚": "行政处罚",
    "处罚（简易程序）": "行政处罚",
    "行政检查（禁烧巡查）": "行政检查",
    "检查（黑土地保护）": "行政检查",
    "行政强制（查封）": "行政强制",
    "行政检查": "行政检查",
    "行政检查（日常）": "行政检查",
}
PREFIX = {"行政处罚": "榆屯综执罚", "行政检查": "榆屯综执检", "行政强制": "榆屯综执强"}


def enforcement_register_burning_seasons(built: Built, rng: random.Random) -> None:
    """The 乡镇综合行政执法队's 行政执法案件台账 (xlsx): a 填报单位 line, 案件编号 榆屯综执罚〔2024〕N号 / 综执检 / 综执强,
    案由 of the 禁烧 and 黑土地 campaigns, 执法类别 typed short or with what was done in brackets (处罚（简易程序）,
    行政检查（禁烧巡查）, 检查（黑土地保护）, 行政强制（查封）), 所在村 and 屯 in two columns, 决定日期 2024.10.5;
    rows hidden by a filter (cases), two rows struck through (重复录入: no cases), three January 2025 cases under the
    year's, and a 合计 row at the foot."""
    name = f"{TOWN}综合行政执法队{YEAR}年行政执法案件台账.xlsx"
    sheet = Sheet("执法台账")
    sheet.title(f"{COUNTY}{TOWN}综合行政执法队{YEAR}年度行政执法案件登记台账", 10)
    sheet.add(
        f"填报单位：{TOWN}人民政府（综合行政执法队）", None, None, None, None, None, None, "单位：件、元", None, None
    )
    sheet.header([["序号", "案件编号", "案由", "执法类别", "当事人", "所在村", "所在屯", "决定日期", "罚款金额（元）",
                   "备注"]])  # fmt: skip
    records = []
    counters = dict.fromkeys(PREFIX, 0)
    serial = 0
    fines = 0
    for day in _burning_season_days(rng, 118):
        cause, typed = fake.pick(rng, {k: w for k, w in ENFORCEMENT_ITEMS.items()})
        category = CATEGORY_TRUTH[typed]
        counters[category] += 1
        case_no = f"{PREFIX[category]}〔{YEAR}〕{counters[category]}号"
        fine = rng.choice([500, 1000, 2000]) if category == "行政处罚" else None
        fines += fine or 0
        cun, tun = _place(rng)
        serial += 1
        row = sheet.add(serial, case_no, cause, typed, fake.name(rng), cun, tun, fake.date_cell(day, "dot"),
                        fine if fine else "/", "")  # fmt: skip
        if rng.random() < 0.06:
            sheet.hidden_rows.add(row)
        records.append({"case_no": case_no, "category": category, "decided_on": day})
        if serial in (31, 77):
            # The same case typed twice and the copy struck through (删除线): no second case.
            serial += 1
            struck = sheet.add(serial, case_no, cause, typed, fake.name(rng), cun, tun, fake.date_cell(day, "dot"),
                               fine if fine else "/", "重复录入")  # fmt: skip
            sheet.struck_rows.add(struck)
    if not sheet.hidden_rows:
        sheet.hidden_rows.add(sheet.header_rows[-1] + 6)
    for n, day in enumerate((dt.date(YEAR + 1, 1, 7), dt.date(YEAR + 1, 1, 14), dt.date(YEAR + 1, 1, 21)), start=1):
        serial += 1
        cun, tun = _place(rng)
        sheet.add(serial, f"榆屯综执检〔{YEAR + 1}〕{n}号", "冬季秸秆垛防火巡查", "行政检查（日常）", fake.name(rng),
                  cun, tun, fake.date_cell(day, "dot"), "/", "")  # fmt: skip
    sheet.add("合计", None, None, None, None, None, None, None, fines, f"共{serial - 2}件")
    built.books.append(Book(name, [sheet]))
    built.ledgers["enforcement"] = records
    built.quirk("hidden_rows", name, sheet.name, "enforcement.cases", "筛选后隐藏的行照样是案件")
    built.quirk("struck_copy_is_void", name, sheet.name, ("enforcement.cases", "enforcement.penalty"),
                "同一案件录入两遍，后一遍整行删除线（备注 重复录入）：只算一件")  # fmt: skip
    built.quirk("value_qualifiers", name, sheet.name, ("enforcement.inspection", "enforcement.penalty"),
                "处罚（简易程序） = 行政处罚；行政检查（禁烧巡查）、检查（黑土地保护） = 行政检查；行政强制（查封） = 行政强制")  # fmt: skip
    built.quirk("next_january_in_register", name, sheet.name, "enforcement.cases",
                "2025年1月的三件接在年内案件之后：不计入2024年")  # fmt: skip
    built.quirk(
        "village_and_tun_columns", name, sheet.name, "enforcement.cases", "所在村 / 所在屯 两列：屯是村下的自然屯"
    )


def burning_patrol_log_gbk(built: Built, rng: random.Random) -> None:
    """The 秋季秸秆禁烧 巡查日志 (GBK CSV) the 包保 cadres fill each day: 日期, 包保村, 巡查屯, 包保干部, 发现火点（处）,
    火点处置情况, 当日离田面积（亩）, 备注 — a campaign log of no kind of ours; no figure rests on it."""
    name = f"{TOWN}{YEAR}年秋季秸秆禁烧巡查日志.csv"
    sheet = Sheet("巡查日志")
    sheet.add(f"{TOWN}{YEAR}年秋季秸秆全域禁烧包保巡查日志（10月1日—11月30日）")
    sheet.header(
        [["日期", "包保村", "巡查屯", "包保干部", "发现火点（处）", "火点处置情况", "当日离田面积（亩）", "备注"]]
    )
    for day in _days(rng, 70, dt.date(YEAR, 10, 1), dt.date(YEAR, 11, 30)):
        cun, tun = _place(rng)
        fires = rng.choices([0, 1, 2], weights=[8, 2, 0.5])[0]
        done = "无" if not fires else rng.choice(["半小时内扑灭，已移交执法队", "已扑灭，责令清理过火地块"])
        sheet.add(fake.date_cell(day, "iso"), cun, tun, fake.name(rng), fires, done, rng.randint(80, 900),
                  rng.choice(["", "低留茬作业", "打包离田", "秸秆还田（深翻）"]))  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.quirk("csv_gbk", name, sheet.name, "enforcement.cases",
                "禁烧巡查日志不是执法台账：火点、离田面积都不计入任何数")  # fmt: skip
    built.quirk("campaign_log_no_ledger", name, sheet.name, "enforcement.cases",
                "包保巡查日志（日期、村、屯、干部）不是任何一类台账")  # fmt: skip


# --- 综治中心: 矛盾纠纷 (WPS .et) ------------------------------------------------------------------------

DISPUTE_TYPES = {
    "土地承包经营权纠纷": 5,
    "土地流转纠纷（租金）": 3,
    "邻里纠纷": 5,
    "婚姻家庭纠纷": 3,
    "拖欠农民工工资纠纷": 2,
    "冬季供暖纠纷": 1.5,
    "损害赔偿纠纷（牛马啃青）": 1,
    "房屋宅基地纠纷": 1.5,
    "道路交通事故纠纷": 1,
}
# 化解状态 as typed → ledger-kinds.md.
DISPUTE_STATES = {
    "已化解": "已化解",
    "化解成功": "已化解",
    "已调处化解": "已化解",
    "化解中": "化解中",
    "稳控中": "化解中",
    "未化解（引导诉讼）": "未化解",
    "已上报县综治中心": "已上报/移交",
}


def disputes_register_et(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解台账 (WPS .et): 排查日期 2024年3月5日, 所在村 and 所在屯, 纠纷来源 百姓说事点 /
    网格员排查 / 12345转办 / 来访, 纠纷类型 of a 吉林 粮食 镇 (土地承包, 流转租金, 农民工工资, 冬季供暖), 化解状态 in its
    words; the two first rows of January 2025 typed under the year's. Returns the year's records (for mediation)."""
    name = f"{TOWN}{YEAR}年矛盾纠纷排查化解工作台账.et"
    sheet = Sheet("排查化解台账")
    sheet.title(f"{TOWN}{YEAR}年度矛盾纠纷排查化解工作台账", 12)
    sheet.header([["序号", "排查日期", "所在村", "所在屯", "纠纷来源", "纠纷类型", "当事人", "简要情况", "化解状态",
                   "化解日期", "包保责任人", "备注"]])  # fmt: skip
    records = []
    days = _days(rng, 236)
    for n, day in enumerate(days, start=1):
        kind = fake.pick(rng, DISPUTE_TYPES)
        # Heating quarrels come with the cold: move them to the 供暖期 (Jan–Mar, Nov–Dec).
        if kind == "冬季供暖纠纷" and 4 <= day.month <= 10:
            kind = "邻里纠纷"
        said = fake.pick(rng, {"已化解": 55, "化解成功": 14, "已调处化解": 12, "化解中": 6, "稳控中": 4,
                               "未化解（引导诉讼）": 5, "已上报县综治中心": 4})  # fmt: skip
        status = DISPUTE_STATES[said]
        done = min(day + dt.timedelta(days=rng.randint(0, 20)), dt.date(YEAR, 12, 31)) if status == "已化解" else None
        cun, tun = _place(rng)
        source = fake.pick(rng, {"百姓说事点": 4, "网格员排查": 4, "12345转办": 2, "来访": 2})
        sheet.add(n, fake.date_cell(day, "cn"), cun, tun, source, kind,
                  f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}", f"{kind.split('（')[0]}",
                  said, fake.date_cell(done, "cn") if done else "", fake.name(rng), "")  # fmt: skip
        records.append({"screened_on": day, "status": status, "kind": kind})
    for m, day in enumerate((dt.date(YEAR + 1, 1, 3), dt.date(YEAR + 1, 1, 8)), start=len(days) + 1):
        cun, tun = _place(rng)
        sheet.add(m, fake.date_cell(day, "cn"), cun, tun, "来访", "冬季供暖纠纷",
                  f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}", "冬季供暖纠纷", "化解中", "",
                  fake.name(rng), "")  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("value_synonyms", name, sheet.name, ("disputes.resolved", "disputes.resolution_rate"),
                "化解成功 / 已调处化解 = 已化解；稳控中 = 化解中；已上报县综治中心 不是化解")  # fmt: skip
    built.quirk("next_january_in_register", name, sheet.name, "disputes.screened",
                "2025年1月排查的两件接在表尾：不计入2024年")  # fmt: skip
    built.quirk("village_and_tun_columns", name, sheet.name, "disputes.screened", "所在村 / 所在屯 两列")
    return records


# --- 司法所: 人民调解 (.ods) --------------------------------------------------------------------------

# 以案定补 of this fictitious 县 (illustrative): 口头 50; 书面 一般 200 / 疑难 300 / 重大 500 元.
SUBSIDY = {("口头", "一般"): 50, ("书面", "一般"): 200, ("书面", "疑难"): 300, ("书面", "重大"): 500}


def mediation_register_ods(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 司法所's 人民调解案件登记台账 (.ods): two header rows (当事人 › 申请人 | 被申请人), 卷宗号 （2024）榆屯人调字第N号,
    调解组织 镇调委会 / 村调委会 / 村's 百姓说事点, 协议形式 口头 / 口头协议 / 书面协议 / 人民调解协议书, 调解结果 调解成功 /
    成功 / 调解不成功 / 终止调解, 难易程度 and 以案定补（元） typed 200 or 200元; a case received 2023-12-28 listed first,
    and a 合计 line under the rows."""
    name = f"{TOWN}司法所{YEAR}年人民调解案件登记台账.ods"
    resolved = [r for r in screened if r["status"] == "已化解"]
    picked = sorted(rng.sample(resolved, 118), key=lambda r: r["screened_on"])
    cases = [("成功", r["screened_on"], r["kind"]) for r in picked]
    cases += [(o, d, fake.pick(rng, DISPUTE_TYPES)) for o, d in zip(["不成功"] * 5 + ["终止"] * 3, _days(rng, 8))]
    cases.sort(key=lambda c: c[1])
    sheet = Sheet("调解登记")
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记台账", 13)
    sheet.header(
        [
            ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "调解员", "协议形式", "调解结果",
             "难易程度", "以案定补（元）", "备注"],
            [None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None, None],
        ],
        [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13)] + [(1, 6, 1, 7)],
    )  # fmt: skip
    sheet.add(1, f"（{YEAR - 1}）榆屯人调字第97号", fake.date_cell(dt.date(YEAR - 1, 12, 28), "date"), "镇人民调解委员会",
              "冬季供暖纠纷", fake.name(rng), fake.name(rng), fake.name(rng), "口头协议", "调解成功", "一般", 50,
              "2024年1月9日结案")  # fmt: skip
    records = [{"file_no": f"（{YEAR - 1}）榆屯人调字第97号", "accepted_on": dt.date(YEAR - 1, 12, 28), "form": "口头",
                "result": "调解成功", "subsidy": 50}]  # fmt: skip
    total = 50
    for n, (outcome, day, kind) in enumerate(cases, start=1):
        file_no = f"（{YEAR}）榆屯人调字第{n}号"
        cun = rng.choice(CUN)
        org = fake.pick(rng, {"镇人民调解委员会": 4, f"{cun}人民调解委员会": 3, f"{cun}百姓说事点": 2})
        if outcome == "成功":
            form = "书面" if rng.random() < 0.35 else "口头"
            tier = fake.pick(rng, {"一般": 6, "疑难": 3, "重大": 1}) if form == "书面" else "一般"
            money = SUBSIDY[(form, tier)]
            total += money
            typed_form = (
                rng.choice(["书面协议", "人民调解协议书"]) if form == "书面" else rng.choice(["口头", "口头协议"])
            )
            typed_money = f"{money}元" if rng.random() < 0.3 else money
            row = (typed_form, rng.choice(["调解成功", "调解成功", "成功"]), tier, typed_money)
        else:
            form, money = None, None
            row = ("", "调解不成功" if outcome == "不成功" else "终止调解", "", "")
        sheet.add(n + 1, file_no, fake.date_cell(day, "date"), org, kind.split("（")[0], fake.name(rng),
                  fake.name(rng), fake.name(rng), *row, "")  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    sheet.add("合计", None, None, None, None, None, None, None, None, None, None, total, None)
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["mediation"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, "mediation.cases")
    built.quirk("header_four_rows", name, sheet.name, "mediation.cases", "两行表头：当事人 › 申请人 / 被申请人")
    built.quirk("value_synonyms", name, sheet.name, ("mediation.cases", "mediation.written"),
                "成功 = 调解成功；人民调解协议书 / 书面协议 = 书面；口头协议 = 口头；终止调解 不是成功")  # fmt: skip
    built.quirk("last_year_case_first", name, sheet.name, ("mediation.cases", "mediation.subsidy_yuan"),
                "2023年12月受理、2024年1月结案的一件排在第一行：按受理日期属上年")  # fmt: skip
    built.quirk("talk_point_as_committee", name, sheet.name, "mediation.cases",
                "调解组织 X村百姓说事点：村调委会设在屯里小卖店的调解点，照样计入")  # fmt: skip


# --- 信访 (Word) --------------------------------------------------------------------------------------


def petitions_word(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word: 交办来源 国家信访局网上转送 / 省信访局交办 / 市信访局交办 / 县信访局交办 /
    县联席办交办 / 本级受理（来访）, 反映问题 of a 粮食 镇 (土地确权, 流转租金, 供暖, 农民工工资), 办理状态 已化解 /
    已化解（息诉罢访） / 正在化解 / 化解中 / 未化解."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{COUNTY}{TOWN}信访办公室", "（虚构示例数据）"]
    sheet.doc_after = ["登记人：　　　　　　　审核人："]
    sheet.header([["序号", "信访编号", "交办来源", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态",
                   "办结日期"]])  # fmt: skip
    items = [
        ("国家信访局网上转送", "中联办", "已化解", "否", "土地确权面积不符"),
        ("省信访局交办", "省联办", "已化解（息诉罢访）", "否", "征地补偿款分配"),
        ("省信访局交办", "省联办", "正在化解", "是", "黑土地保护工程占地补偿"),
        ("市信访局交办", "市联办", "已化解", "否", "拖欠农民工工资"),
        ("市信访局交办", "市联办", "化解中", "否", "小区冬季供暖不达标"),
        ("县信访局交办", "县联办", "已化解", "否", "土地流转租金未兑付"),
        ("县联席办交办", "县联办", "未化解", "是", "二轮承包地边界"),
        ("县信访局交办", "县联办", "已化解", "否", "秸秆离田补贴发放"),
        ("本级受理（来访）", "本级受理", "已化解", "否", "邻里宅基地排水"),
        ("本级受理（来访）", "本级受理", "正在化解", "否", "低保认定"),
    ]
    status_truth = {"已化解": "已化解", "已化解（息诉罢访）": "已化解", "正在化解": "正在化解", "化解中": "正在化解",
                    "未化解": "未化解"}  # fmt: skip
    records = []
    for n, ((said, source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"YTXF-{YEAR}-{n:03d}"
        done = day + dt.timedelta(days=rng.randint(15, 60)) if status_truth[status] == "已化解" else None
        sheet.add(n, no, said, fake.masked(fake.name(rng)), issue, repeat, fake.date_cell(day, "cn"), status,
                  fake.date_cell(done, "cn") if done and done.year == YEAR else "")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status_truth[status], "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("bureau_levels", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "国家信访局网上转送 = 中联办；省 / 市 / 县信访局交办、县联席办交办 = 省 / 市 / 县联办；本级受理（来访） 不是交办；"
                "已化解（息诉罢访） = 已化解")  # fmt: skip


# --- 法律顾问 (Excel 2003 XML .xls) ----------------------------------------------------------------------

COUNSEL_TOWN = {
    "合同审查": ("文书审核", 4),
    "出具法律意见书": ("法律意见书", 2),
    "行政执法案卷评查": (None, 1),
    "参与信访接待": (None, 1),
}
COUNSEL_VILLAGE = {
    "法律咨询": ("法律咨询", 6),
    "土地流转合同审查": ("文书审核", 2),
    "出具法律意见书": ("法律意见书", 0.6),
    "参与百姓说事点调解": (None, 2),
    "法治讲座": (None, 1),
    "法律援助": ("法律援助", 0.5),
}


def counsel_book_xml(built: Built, rng: random.Random) -> None:
    """The 法律顾问 book exported as Excel 2003 XML (.xls): a 镇政府法律顾问 sheet and a 村法律顾问 sheet whose title line
    is bilingual (조선문 over 汉文, as 朝鲜族 villages sign), 服务事项 in plain words, 服务次数 typed 3人次 / 2件 or blank
    (= 1)."""
    name = f"{TOWN}{YEAR}年法律顾问服务台账.xls"
    records = []
    sheets = []
    for label, work, rows in (("镇政府法律顾问", COUNSEL_TOWN, 34), ("村法律顾问", COUNSEL_VILLAGE, 88)):
        sheet = Sheet(label)
        if label == "村法律顾问":
            sheet.title("유둔진 촌 법률고문 봉사대장", 6)
        sheet.title(f"{TOWN}{YEAR}年{label}服务台账", 6)
        sheet.header([["服务日期", "服务对象", "服务事项", "服务次数", "法律顾问", "备注"]])
        weights = {k: w for k, (_, w) in work.items()}
        for day in _days(rng, rows):
            what = fake.pick(rng, weights)
            qty = rng.choice([1, 2, 3, 4]) if what == "法律咨询" else rng.choice([1, 1, 1, 2])
            unit = "人次" if what == "法律咨询" else "件"
            typed = "" if qty == 1 and rng.random() < 0.5 else f"{qty}{unit}"
            target = f"{rng.choice(CUN)}村民委员会" if label == "村法律顾问" else f"{TOWN}人民政府"
            sheet.add(fake.date_cell(day, "slash"), target, what, typed, f"{fake.name(rng)}（律师）", "")
            service = work[what][0]
            if service:
                records.append({"served_on": day, "service": service, "quantity": qty})
        sheets.append(sheet)
    built.books.append(Book(name, sheets, fmt="xml-xls"))
    built.ledgers["counsel"] = records
    built.quirk("xml_spreadsheet_as_xls", name, "村法律顾问", "counsel.consultations")
    built.quirk("bilingual_title", name, "村法律顾问", "counsel.consultations",
                "标题两行：朝鲜文一行在上，汉文一行在下")  # fmt: skip
    built.quirk("count_in_quantity_cell", name, "村法律顾问", "counsel.consultations",
                "服务次数 3人次 / 2件，空着的算1")  # fmt: skip


# --- 政务公开: 信息公开专栏 export (HTML .xls) and the 公众号 list (xlsx) ------------------------------------


def disclosure_portal_html(built: Built, rng: random.Random) -> None:
    """The 县 portal's 信息公开专栏 list of the 镇 (HTML table saved as .xls): 索引号 11220799…/2024-00012, 分类, 发文机关,
    发文字号, 成文日期, 标题, 发布日期 with seconds, 公开方式 主动公开 / 依申请公开; items of December 2023 and January
    2025 in the download."""
    name = f"信息公开专栏_{TOWN}_20231201-20250131.xls"
    sheet = Sheet("Sheet1")
    sheet.header([["序号", "索引号", "分类", "发文机关", "发文字号", "成文日期", "标题", "发布日期", "公开方式"]])
    records = []
    plan = [(d, "主动公开") for d in _days(rng, 31)] + [(d, "依申请公开") for d in _days(rng, 2)]
    plan += [(dt.date(YEAR - 1, 12, 19), "主动公开"), (dt.date(YEAR - 1, 12, 27), "主动公开"),
             (dt.date(YEAR + 1, 1, 10), "主动公开")]  # fmt: skip
    plan.sort()
    for n, (day, how) in enumerate(plan, start=1):
        made = day - dt.timedelta(days=rng.randint(1, 12))
        title = rng.choice(["秸秆禁烧工作方案", "黑土地保护利用情况公示", "耕地地力保护补贴发放公示",
                            "农村低保对象公示", "财政预算公开", "玉米大豆生产者补贴面积公示"])  # fmt: skip
        sheet.add(n, f"11220799MB0{rng.randint(100000, 999999)}/{day.year}-{n:05d}", "综合政务",
                  f"{COUNTY}{TOWN}人民政府", f"榆屯政字〔{made.year}〕{rng.randint(1, 120)}号" if rng.random() < 0.5 else "",
                  f"{made:%Y年%m月%d日}", title if how == "主动公开" else f"关于{title}的申请答复",
                  f"{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", how)  # fmt: skip
        records.append({"published_on": day, "type": how})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers.setdefault("disclosure", []).extend(records)
    built.quirk("html_as_xls", name, sheet.name, "disclosure.proactive")
    built.quirk("download_spans_the_year", name, sheet.name, "disclosure.proactive",
                "下载时段 2023-12-01 至 2025-01-31：两头的条目不计入")  # fmt: skip


def media_list_yearless(built: Built, rng: random.Random) -> None:
    """The 党政办's list of 宣传报道 (xlsx): 报道标题, 发布平台 “多彩榆屯”微信公众号 / 榆原县融媒体中心 / 吉林日报（虚构）
    / 学习强国吉林学习平台, 发布日期 3月5日 (the year only in the title); no type column (the title says 宣传报道)."""
    name = f"{TOWN}{YEAR}年宣传报道登记表.xlsx"
    sheet = Sheet("宣传报道")
    sheet.title(f"{TOWN}{YEAR}年宣传报道登记表", 5)
    sheet.header([["序号", "报道标题", "发布平台", "发布日期", "报送人"]])
    records = []
    for n, day in enumerate(_days(rng, 87), start=1):
        sheet.add(n, rng.choice(["榆屯镇全力打好秋季秸秆禁烧攻坚战", "百姓说事点里化解邻里纠纷", "黑土地保护性耕作现场会",
                                 "法律明白人走进东兴朝鲜族村", "秸秆打包离田进度过半"]),
                  fake.pick(rng, {"“多彩榆屯”微信公众号": 6, f"{COUNTY}融媒体中心": 2, "吉林日报（虚构）": 0.5,
                                  "学习强国吉林学习平台": 1}),
                  fake.date_cell(day, "yearless"), fake.name(rng))  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    built.books.append(Book(name, [sheet]))
    built.ledgers.setdefault("disclosure", []).extend(records)
    built.quirk("year_from_title", name, sheet.name, "disclosure.media", "发布日期 3月5日，年份在标题里")
    built.quirk("category_from_sheet_or_title", name, sheet.name, "disclosure.media", "没有类型列：标题写 宣传报道")


# --- 派出所 (CSV UTF-8 BOM) ---------------------------------------------------------------------------


def police_list_bom(built: Built, rng: random.Random) -> None:
    """The 派出所's list for the 镇 (UTF-8 BOM CSV): 日期, 案件类别 家庭暴力告诫书 / 家庭暴力（拘留） / 卖淫嫖娼 / 赌博 /
    失火（焚烧秸秆） / 盗窃（粮食）, 村屯, 当事人 masked, 处理结果, 拘留人数."""
    name = f"{TOWN}派出所{YEAR}年平安建设数据.csv"
    sheet = Sheet("平安建设")
    sheet.add(f"{COUNTY}公安局{TOWN}派出所{YEAR}年平安建设相关案件统计")
    sheet.header([["序号", "日期", "案件类别", "村屯", "当事人", "处理结果", "拘留人数"]])
    plan = (
        ["家庭暴力告诫书"] * 11 + ["家庭暴力（拘留）"] * 2 + ["卖淫嫖娼"] * 3 + ["赌博"] * 9 + ["失火（焚烧秸秆）"] * 4
    )
    plan += ["盗窃（粮食）"] * 6
    rng.shuffle(plan)
    truth_type = {"家庭暴力告诫书": "家暴告诫书", "家庭暴力（拘留）": "家暴治安案件", "卖淫嫖娼": "涉黄治安案件",
                  "赌博": "涉赌治安案件", "失火（焚烧秸秆）": "其他", "盗窃（粮食）": "其他"}  # fmt: skip
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        if kind == "家庭暴力告诫书":
            result, held = "出具家庭暴力告诫书", 0
        elif kind == "失火（焚烧秸秆）":
            result, held = rng.choice([("行政拘留5日", 1), ("罚款500元", 0)])
        else:
            held = rng.randint(1, 3)
            result = f"行政拘留{rng.choice([5, 10])}日"
        cun, tun = _place(rng)
        sheet.add(n, fake.date_cell(day, "slash"), kind, f"{cun}{tun}", fake.masked(fake.name(rng)), result, held)
        records.append({"occurred_on": day, "type": truth_type[kind], "detained": held})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["security"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("security.dv_warnings", "security.vice_cases"))
    built.quirk("value_qualifiers", name, sheet.name, ("security.dv_detentions", "security.dv_warnings"),
                "家庭暴力（拘留） = 家暴治安案件；卖淫嫖娼 = 涉黄；失火（焚烧秸秆） 不是家暴也不是涉黄")  # fmt: skip


# --- 法治 workbook (.xls BIFF): 行政应诉, 学法用法, 规范性文件 -----------------------------------------------


def rule_of_law_biff(built: Built, rng: random.Random) -> None:
    """The 镇's 法治政府建设 workbook (.xls): 行政应诉 (案号 （2024）吉0799行初N号, one heard in December 2023 and one in
    January 2025, 负责人是否出庭 是 / 否), 学法用法 (法律明白人 线上 / 线下 培训, 国家工作人员学法用法考试 应参考 /
    实参考) and 规范性文件 (header only, a note that none was made)."""
    name = f"{TOWN}{YEAR}年法治政府建设工作台账.xls"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政诉讼应诉案件登记", 9)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭", "审理结果"]])
    plan = [
        (f"（{YEAR - 1}）吉0799行初61号", dt.date(YEAR - 1, 12, 12), "副镇长", "是", "驳回诉讼请求"),
        (f"（{YEAR}）吉0799行初12号", dt.date(YEAR, 4, 23), "镇长", "是", "驳回诉讼请求"),
        (f"（{YEAR}）吉0799行初40号", dt.date(YEAR, 8, 6), "副镇长", "是", "原告撤诉"),
        (f"（{YEAR}）吉0799行初77号", dt.date(YEAR, 11, 19), "", "否", "驳回诉讼请求"),
        (f"（{YEAR}）吉0799行初93号", dt.date(YEAR + 1, 1, 15), "副镇长", "是", "审理中"),
    ]
    records = []
    for n, (case_no, day, who, appeared, result) in enumerate(plan, start=1):
        lit.add(n, case_no, fake.masked(fake.name(rng)), f"{TOWN}人民政府",
                rng.choice(["行政处罚（露天焚烧秸秆）", "土地承包经营权确认", "政府信息公开"]), fake.date_cell(day, "cn"),
                f"{fake.masked(fake.name(rng))}（{who}）" if who else "", appeared, result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared == "是"})
    train = Sheet("学法用法")
    train.title(f"{TOWN}{YEAR}年学法用法及法律明白人培训登记", 8)
    train.header([["序号", "日期", "培训名称", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("镇党委理论学习中心组学法", "领导干部", "中心组学习", 16, None, None),
        ("法律明白人“百姓说事点”骨干培训", "法律明白人", "线下", 44, None, None),
        ("法律明白人线上专题课程", "法律明白人", "线上", 58, None, None),
        ("国家工作人员学法用法考试", "领导干部", "考试", 71, 73, 71),
        ("综合行政执法人员秸秆禁烧执法培训", "行政执法人员", "集中培训", 21, None, None),
        ("朝鲜族村法律明白人双语培训", "法律明白人", "线下", 19, None, None),
    ]
    t_records = []
    for n, ((title, who, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "iso"), title, who, form, people, req, took)
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
    built.quirk("out_of_year_hearings", name, lit.name, "litigation.cases",
                "2023年12月与2025年1月开庭的两件不计入2024年")  # fmt: skip
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued",
                "规范性文件表只有表头，表下注 本年度未制定：台账在，数是0")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_register_burning_seasons(built, rng)
    burning_patrol_log_gbk(built, rng)
    screened = disputes_register_et(built, rng)
    mediation_register_ods(built, rng, screened)
    petitions_word(built, rng)
    counsel_book_xml(built, rng)
    disclosure_portal_html(built, rng)
    media_list_yearless(built, rng)
    police_list_bom(built, rng)
    rule_of_law_biff(built, rng)
    built.ledgers["fraud_watch"] = Null("没有涉诈高危人员台账（镇未交来）")
    return built
