"""陇畔镇 (虚构; 塬川县 of 陇东市, both fictitious, on a 甘肃 陇东/陇中 黄土塬), 2024: a dryland 镇 of 梯田 and 塬面 — 苹果,
马铃薯, 中药材 (当归, 黄芪) and 草畜 (肉牛, 羊) — with an 易地扶贫搬迁 安置点 that is a 社区 of its own (陇畔新村社区),
whose young people go out for seasonal 劳务输出 and phone in their wage claims from far cities through 12345, whose
disputes are about 地埂 (the ridge between two fields), 宅基地, 饮水 and 搬迁安置, whose 综合行政执法队 decides the
cases of the 县's 赋权清单 since 甘肃's 乡镇 赋权, whose 信访 comes down through the 县 (国家、省、市、县信访局交办), whose
司法所 keeps the 人民调解 register with a mediator's own 调解工作室 and a 难易程度 subsidy, and whose every 村 has its
一村一法律顾问. Built blind (issue 12, the 82nd town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 张家川县 2024年法治政府建设 report (zjc.gov.cn/info/1361/1189922.htm): 甘肃's 县 report (15 个乡镇, 述法,
  the 法治政府建设实施方案) — the 镇's 法治 workbook (应诉, 学法, 规范性文件).
- 甘肃 乡镇 政府信息公开工作年度报告: 秦安县兴国镇 (qinan.gov.cn/info/14423/1395492.htm: 索引号 xgz/2026-00001,
  政府网站 and its 微信公众号), 武山县城关镇 (wushan.gov.cn/info/17122/1839562.htm: 政府网站 工作信息（新闻） /
  栏目信息（预算决算、公示公告、政策文件）, “武山城关发布” 公众号 and 视频号, 未收到依申请公开), 甘谷县礼辛镇
  (gangu.gov.cn/info/7902/747072.htm: 政务动态 / 公示公告 / 政策文件 / 政策解读 on the 县 platform, 融媒体客户端),
  清水县白驼镇 (tsqs.gov.cn/info/14051/918940.htm: “大美白驼”微信公众号), 白银区四龙镇
  (baiyinqu.gov.cn/…/art_f973dc2ac5be4360afb033ebcccd94d2.html) — the 县 portal's 信息公开目录 export (索引号, 主题分类
  政务动态 / 公示公告 / 政策文件 / 政策解读 / 财政信息) and the 宣传 book (公众号, 融媒 客户端) with its empty 依申请 sheet.
- 法治甘肃网 古浪 (gsfzb.com/content-730-120168-1.html): 调解工作室 named after a mediator (马有信调解工作室), 人民调解
  办案补贴 in 四类 by 难易程度 — the 调解组织 and 难易程度 / 办案补贴 columns of the 司法所's register.
- 瞭望 2024 法治乡村基层行 (m.163.com/dy/article/JGOB9AVS05346RC6.html, wxredian.com/art?id=f0c4b087…): 甘肃's
  法律顾问 on village duty (合同 范本, 合同审查, 法律咨询 in the fields), 县乡村三级调委会, a 司法所 mediating a 风电项目
  施工 quarrel — the 一村一法律顾问 register's services.
- 甘肃政法网 临洮县司法局 2024-08-15 (gszfw.gov.cn/Wap/Show/408270): 普法花儿 (法治文艺), 到户送法, 人民调解
  “属地管理”“分级负责” — a counsel's 普法花儿 宣讲 (no counsel figure) and the dispute register's 包案 columns.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind. 甘肃's 村民小组 is the 社 (三社): the
  dispute register's 社 column.

Everything is fictitious: the 市, 县, 镇, 村 and 社区, the 调解工作室, the law firm, the people, case numbers and
court codes (甘99xx).

Files (10, eight formats): the 综合行政执法队's case register (xlsx: 执法类别 typed 处罚类 / 检查类 / 强制类 / 行政许可,
a 赋权事项 column, struck 作废 rows, January 2025 decisions); the 综治中心's 矛盾纠纷 register (WPS .et: 社, 地埂 /
饮水 / 务工欠薪 disputes, hidden rows, January 2025 rows); the 司法所's 人民调解 register (Excel 2003 XML .xls); the
信访 register (Word); the 12345 工单 export (GBK CSV, no figure); the 一村一法律顾问 register (.ods, a sheet a
quarter); the 县 portal's 信息公开目录 export (HTML .xls); the 宣传 book (xlsx: 宣传报道 and an empty 依申请公开 sheet);
the 派出所's list (UTF-8 BOM CSV); the 法治 workbook (.xls BIFF: 行政应诉, 学法用法, 规范性文件). No 涉诈 list.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "陇畔镇"
YEAR = 2024
COUNTY = "塬川县"
CITY = "陇东市"
SEED = 82_2024
CUN = ("塬头村", "柳沟村", "杏树湾村", "高崖村", "马家塬村", "苜蓿沟村", "南庄村")
SHEQU = "陇畔新村社区"  # the 易地扶贫搬迁 安置点's own 社区
PLACES = (*CUN, SHEQU)
NEXT_JAN = dt.date(YEAR + 1, 1, 1)


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _stamp(rng: random.Random, day: dt.date) -> str:
    return f"{day:%Y-%m-%d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _she(rng: random.Random) -> str:
    return f"{rng.choice(CUN)}{'一二三四五六七'[rng.randint(0, 6)]}社"


# --- 综合行政执法队 (xlsx) ---------------------------------------------------------------------------

# 案由 of the 赋权清单 and the 执法类别 the 队 types for it; the truth's category.
CAUSES = {
    "禁牧区内违规放牧": ("处罚类", "行政处罚", "罚", 5),
    "农村乱占耕地建房": ("处罚类", "行政处罚", "罚", 2),
    "未经批准临时占用土地": ("处罚类", "行政处罚", "罚", 1),
    "露天焚烧秸秆及果树枝条": ("处罚类", "行政处罚", "罚", 2),
    "果园农药使用安全检查": ("检查类", "行政检查", "检", 4),
    "果库（冷库）消防安全检查": ("检查类", "行政检查", "检", 3),
    "饮用水水源保护区巡查": ("检查类", "行政检查", "检", 3),
    "农村人居环境整治检查": ("行政检查（联合检查）", "行政检查", "检", 2),
    "扣押违规放牧牲畜": ("强制类", "行政强制", "强", 1),
    "查封违法建房施工现场": ("强制类", "行政强制", "强", 0.5),
    "农村宅基地审批": ("行政许可", "行政许可", "许", 2),
    "乡村建设规划许可": ("行政许可", "行政许可", "许", 1),
}


def enforcement_register_empowered(built: Built, rng: random.Random) -> None:
    """The 综合行政执法队's 行政执法案件台账 (xlsx): a 填报单位 line, 赋权事项 (县级赋权 / 镇本级) beside 案由, 执法类别
    typed with 类 (处罚类 / 检查类 / 强制类) or with a qualifier (行政检查（联合检查）), 案件编号 陇畔综执罚〔2024〕N号,
    作出决定日期 2024年3月5日; two rows struck through (备注 作废，重复录入), two rows hidden by a filter (records), three
    decisions of January 2025 at the end (not the year's)."""
    name = f"{TOWN}综合行政执法队{YEAR}年行政执法案件台账.xlsx"
    sheet = Sheet("执法案件")
    sheet.title(f"{TOWN}综合行政执法队{YEAR}年度行政执法案件登记台账", 11)
    sheet.add(f"填报单位：{TOWN}人民政府（综合行政执法队）", *[None] * 7, "填报时间：2025年1月6日", None, None)
    sheet.header([["序号", "案件编号", "案由", "赋权事项", "执法类别", "当事人", "村（社区）", "作出决定日期",
                   "罚没金额（元）", "承办人", "备注"]])  # fmt: skip
    weights = {k: v[3] for k, v in CAUSES.items()}
    counters: dict[str, int] = {}
    records = []
    days = _days(rng, 96)
    serial = 0
    for day in days:
        cause = fake.pick(rng, weights)
        typed, category, letter, _ = CAUSES[cause]
        counters[letter] = counters.get(letter, 0) + 1
        case_no = f"陇畔综执{letter}〔{YEAR}〕{counters[letter]}号"
        serial += 1
        amount = rng.choice([200, 500, 1000, 2000]) if category == "行政处罚" else "/"
        party = (
            fake.name(rng)
            if rng.random() < 0.8
            else f"{COUNTY}（虚构）{rng.choice(['塬丰', '陇果', '金塬'])}果业合作社"
        )
        source = "县级赋权" if category in ("行政处罚", "行政强制") else rng.choice(["县级赋权", "镇本级"])
        r = sheet.add(serial, case_no, cause, source, typed, party, rng.choice(PLACES), fake.date_cell(day, "cn"),
                      amount, fake.name(rng), "")  # fmt: skip
        records.append({"case_no": case_no, "category": category, "decided_on": day})
        if serial in (23, 61):
            sheet.hidden_rows.add(r)
        if serial in (17, 70):  # entered twice: the copy struck through
            serial += 1
            s = sheet.add(serial, case_no, cause, source, typed, party, rows_place(sheet, r), fake.date_cell(day, "cn"),
                          amount, fake.name(rng), "作废，重复录入")  # fmt: skip
            sheet.struck_rows.add(s)
    for day in (dt.date(YEAR + 1, 1, 6), dt.date(YEAR + 1, 1, 8), dt.date(YEAR + 1, 1, 10)):
        cause = rng.choice(["禁牧区内违规放牧", "果库（冷库）消防安全检查"])
        typed, category, letter, _ = CAUSES[cause]
        serial += 1
        sheet.add(serial, f"陇畔综执{letter}〔{YEAR + 1}〕{serial % 3 + 1}号", cause, "县级赋权", typed, fake.name(rng),
                  rng.choice(PLACES), fake.date_cell(day, "cn"), 500 if letter == "罚" else "/", fake.name(rng), "")  # fmt: skip
        records.append({"case_no": f"陇畔综执{letter}〔{YEAR + 1}〕{serial % 3 + 1}号", "category": category,
                        "decided_on": day})  # fmt: skip
    built.books.append(Book(name, [sheet]))
    built.ledgers["enforcement"] = records
    built.quirk("value_suffixes", name, sheet.name, ("enforcement.penalty", "enforcement.inspection"),
                "执法类别 处罚类 / 检查类 / 强制类；行政检查（联合检查）")  # fmt: skip
    built.quirk("empowered_matter_column", name, sheet.name, "enforcement.cases",
                "赋权事项 县级赋权 / 镇本级：权力来源，不是执法类别")  # fmt: skip
    built.quirk("struck_copy_void", name, sheet.name, "enforcement.cases", "删除线的重复录入行（作废）不计")
    built.quirk("hidden_rows", name, sheet.name, "enforcement.cases", "筛选隐藏的两行仍是案件")
    built.quirk("next_january_rows", name, sheet.name, "enforcement.cases", "2025年1月的三件决定不是当年的")


def rows_place(sheet: Sheet, row: int) -> str:
    """The 村（社区） of an earlier row (a copy repeats it)."""
    return sheet.rows[row - 1][6]


# --- 综治中心: 矛盾纠纷 (WPS .et) -------------------------------------------------------------------

DISPUTE_TYPES = {
    "地埂纠纷": 5,
    "宅基地纠纷": 3,
    "人畜饮水纠纷": 2,
    "务工欠薪纠纷（劳务输出）": 3,
    "婚姻家庭纠纷": 3,
    "赡养纠纷": 1.5,
    "邻里纠纷": 4,
    "土地流转纠纷": 2,
    "苹果园承包合同纠纷": 1.5,
    "搬迁安置纠纷": 1,
    "牛羊啃食庄稼纠纷": 1.5,
}
DISPUTE_STATES = {
    "已化解": "已化解",
    "调处成功": "已化解",
    "已化解（签订人民调解协议）": "已化解",
    "正在化解": "化解中",
    "稳控中": "化解中",
    "未化解（引导诉讼）": "未化解",
    "已移交县综治中心": "已上报/移交",
}


def disputes_register_she_et(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解台账 (WPS .et): 排查时间 2024.3.5, 村（社区） and 社 (甘肃's 村民小组), 纠纷类别 in
    the 塬区's words (地埂纠纷, 人畜饮水纠纷, 务工欠薪纠纷（劳务输出）, 搬迁安置纠纷, 牛羊啃食庄稼纠纷), 包案领导, 化解情况
    已化解 / 调处成功 / 已化解（签订人民调解协议） / 正在化解 / 稳控中 / 未化解（引导诉讼） / 已移交县综治中心, 风险等级
    红 / 黄 / 蓝; three rows hidden (records), and January 2025's first rows under the year's."""
    name = f"{TOWN}{YEAR}年矛盾纠纷排查化解工作台账.et"
    sheet = Sheet(f"{YEAR}年")
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解工作台账", 13)
    sheet.header([["序号", "排查时间", "村（社区）", "社", "纠纷类别", "纠纷来源", "当事人", "联系电话", "纠纷简要情况",
                   "风险等级", "包案领导", "化解情况", "化解时间", "备注"]])  # fmt: skip
    records = []
    days = _days(rng, 186)
    for n, day in enumerate(days, start=1):
        kind = fake.pick(rng, DISPUTE_TYPES)
        said = fake.pick(rng, {"已化解": 60, "调处成功": 14, "已化解（签订人民调解协议）": 10, "正在化解": 5,
                               "稳控中": 4, "未化解（引导诉讼）": 4, "已移交县综治中心": 3})  # fmt: skip
        status = DISPUTE_STATES[said]
        place = SHEQU if kind == "搬迁安置纠纷" else rng.choice(CUN)
        she = "" if place == SHEQU else f"{'一二三四五六七'[rng.randint(0, 6)]}社"
        done = min(day + dt.timedelta(days=rng.randint(0, 20)), dt.date(YEAR, 12, 31)) if status == "已化解" else None
        source = fake.pick(rng, {"网格员排查": 5, "群众来访": 2, "12345热线转办": 1.5, "电话求助（外出务工）": 1})
        if kind.startswith("务工欠薪") and rng.random() < 0.6:
            source = "电话求助（外出务工）"
        r = sheet.add(n, fake.date_cell(day, "dot"), place, she, kind, source, f"{fake.name(rng)}、{fake.name(rng)}",
                      fake.mobile(rng), f"{kind.removesuffix('纠纷')}问题", fake.pick(rng, {"蓝": 6, "黄": 3, "红": 1}),
                      fake.name(rng), said, fake.date_cell(done, "dot") if done else "", "")  # fmt: skip
        if n in (40, 41, 133):
            sheet.hidden_rows.add(r)
        records.append({"screened_on": day, "status": status, "kind": kind, "place": place})
    n = len(days)
    for day in (dt.date(YEAR + 1, 1, 3), dt.date(YEAR + 1, 1, 7), dt.date(YEAR + 1, 1, 9), dt.date(YEAR + 1, 1, 10)):
        n += 1
        sheet.add(n, fake.date_cell(day, "dot"), rng.choice(CUN), "二社", "务工欠薪纠纷（劳务输出）",
                  "电话求助（外出务工）", f"{fake.name(rng)}、{fake.name(rng)}", fake.mobile(rng), "年底返乡讨薪", "黄",
                  fake.name(rng), "正在化解", "", "")  # fmt: skip
        records.append({"screened_on": day, "status": "化解中", "kind": "务工欠薪纠纷（劳务输出）", "place": None})
    # The 综治中心's 统计表 of the year by 村（社区）, typed from the register (it agrees with the year's rows).
    stats = Sheet("统计表")
    stats.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解情况统计表", 4)
    stats.add("统计时段：2024年1月1日至12月31日", None, None, None)
    stats.header([["村（社区）", "排查数（件）", "化解数（件）", "化解率"]])
    year_rows = [r for r in records if r["screened_on"].year == YEAR]
    for place in PLACES:
        mine = [r for r in year_rows if r["place"] == place]
        done = sum(1 for r in mine if r["status"] == "已化解")
        stats.add(place, len(mine), done, f"{done / len(mine):.1%}" if mine else "/")
    done = sum(1 for r in year_rows if r["status"] == "已化解")
    stats.add("合计", len(year_rows), done, f"{done / len(year_rows):.1%}")
    built.books.append(Book(name, [sheet, stats], fmt="biff"))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("value_synonyms", name, sheet.name, ("disputes.resolved", "disputes.resolution_rate"),
                "调处成功 / 已化解（签订人民调解协议） = 已化解；稳控中 = 化解中；已移交县综治中心 不是化解")  # fmt: skip
    built.quirk("she_column", name, sheet.name, "disputes.screened", "社（甘肃的村民小组）一列；安置社区的行空着")
    built.quirk("hidden_rows", name, sheet.name, "disputes.screened", "三行隐藏，仍是排查的纠纷")
    built.quirk("aggregate_vs_records", name, stats.name, ("disputes.screened", "disputes.resolved"),
                "按村（社区）的统计表与台账同在一本：以台账为准，统计表只核对")  # fmt: skip
    built.quirk("hotline_source_is_a_dispute", name, sheet.name, "disputes.screened",
                "纠纷来源 12345热线转办 / 电话求助（外出务工）：登记进台账的就是排查的纠纷，来源不影响")  # fmt: skip
    built.quirk("next_january_rows", name, sheet.name, "disputes.screened", "2025年1月的四行（返乡讨薪）不是当年的")
    built.quirk("loess_dispute_words", name, sheet.name, "disputes.screened",
                "地埂纠纷、人畜饮水纠纷、务工欠薪纠纷（劳务输出）、搬迁安置纠纷、牛羊啃食庄稼纠纷：类别不影响任何数")  # fmt: skip
    return records


# --- 司法所: 人民调解 (Excel 2003 XML) ---------------------------------------------------------------

STUDIO = "老杨调解工作室"
# 办案补贴 by 难易程度 (四类, illustrative): 简易 50 / 一般 100 / 复杂 200 / 重大 400 元.
SUBSIDY = {"简易": 50, "一般": 100, "复杂": 200, "重大": 400}


def mediation_register_xml(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 司法所's 人民调解案件登记台账 (Excel 2003 XML .xls): 卷宗号 （2024）陇畔人调字第N号, 受理日期 2024年3月5日,
    调解组织 镇人民调解委员会 / 村调委会 / 老杨调解工作室, two header rows (当事人 › 申请人 | 被申请人), 调解结果
    调解成功 / 调解不成功 / 终止调解, 协议形式 口头协议 / 书面协议, 难易程度 简易 / 一般 / 复杂 / 重大, 办案补贴（元）;
    a case received 2023-12-26 first."""
    name = f"{TOWN}司法所人民调解案件登记台账（{YEAR}年）.xls"
    resolved = [r for r in screened if r["status"] == "已化解" and r["screened_on"].year == YEAR]
    picked = rng.sample(resolved, 64)
    cases = [("成功", r["screened_on"], r["kind"]) for r in picked]
    cases += [(o, d, fake.pick(rng, DISPUTE_TYPES)) for o, d in zip(["不成功"] * 4 + ["终止"] * 2, _days(rng, 6))]
    cases.sort(key=lambda c: c[1])
    sheet = Sheet("调解案件登记")
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记台账", 13)
    sheet.header(
        [
            ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "调解员", "调解结果", "协议形式",
             "难易程度", "办案补贴（元）", "结案日期"],
            [None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None, None],
        ],
        [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13)] + [(1, 6, 1, 7)],
    )  # fmt: skip
    old = f"（{YEAR - 1}）陇畔人调字第97号"
    sheet.add(1, old, fake.date_cell(dt.date(YEAR - 1, 12, 26), "cn"), "镇人民调解委员会", "地埂纠纷", fake.name(rng),
              fake.name(rng), fake.name(rng), "调解成功", "口头协议", "简易", 50,
              fake.date_cell(dt.date(YEAR, 1, 9), "cn"))  # fmt: skip
    records = [{"file_no": old, "accepted_on": dt.date(YEAR - 1, 12, 26), "form": "口头", "result": "调解成功",
                "subsidy": 50}]  # fmt: skip
    for n, (outcome, day, kind) in enumerate(cases, start=1):
        file_no = f"（{YEAR}）陇畔人调字第{n}号"
        org = fake.pick(rng, {"镇人民调解委员会": 4, STUDIO: 3, f"{rng.choice(CUN)}人民调解委员会": 3})
        closed = fake.date_cell(min(day + dt.timedelta(days=rng.randint(1, 15)), dt.date(YEAR, 12, 31)), "cn")
        if outcome == "成功":
            form = "书面" if rng.random() < 0.35 else "口头"
            tier = fake.pick(rng, {"一般": 5, "复杂": 3, "重大": 1}) if form == "书面" else "简易"
            money = SUBSIDY[tier]
            row = ("调解成功", f"{form}协议", tier, money, closed)
        else:
            form, money = None, None
            row = ("调解不成功" if outcome == "不成功" else "终止调解", "", "", "", closed)
        sheet.add(n + 1, file_no, fake.date_cell(day, "cn"), org, kind, fake.name(rng), fake.name(rng), fake.name(rng),
                  *row)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="xml-xls"))
    built.ledgers["mediation"] = records
    built.quirk("xml_spreadsheet_as_xls", name, sheet.name, "mediation.cases")
    built.quirk("header_four_rows", name, sheet.name, "mediation.cases", "两行表头：当事人 › 申请人 / 被申请人")
    built.quirk("four_tier_subsidy", name, sheet.name, "mediation.subsidy_yuan",
                "难易程度 简易 / 一般 / 复杂 / 重大（四类补贴）；办案补贴（元） 按件求和")  # fmt: skip
    built.quirk(
        "named_mediator_studio", name, sheet.name, "mediation.cases", "老杨调解工作室：镇调委会下的调解组织，照样计入"
    )
    built.quirk("last_year_case_first", name, sheet.name, ("mediation.cases", "mediation.subsidy_yuan"),
                "2023年12月受理、2024年1月结案的一件排在最前：按受理日期属上年，不计入")  # fmt: skip


# --- 信访 (Word) ---------------------------------------------------------------------------------


def petitions_word_bureaus(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word: 交办来源 named by each level's 信访局 (国家信访局网上信访转送 / 甘肃省信访局交办 / 陇东市
    信访局交办 / 塬川县信访局交办 / 塬川县联席办交办) or 镇本级接访; 办理状态 已化解 / 已办结（息诉罢访） / 正在化解 /
    化解中 / 未化解."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{TOWN}信访工作办公室", "（虚构示例数据）"]
    sheet.doc_after = ["登记人：　　　　　　分管领导："]
    sheet.header([["序号", "信访编号", "交办来源", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态",
                   "办结日期"]])  # fmt: skip
    items = [
        ("国家信访局网上信访转送", "中联办", "已化解", "否", "搬迁安置房质量"),
        ("甘肃省信访局交办", "省联办", "正在化解", "是", "退耕还林补助"),
        (f"{CITY}信访局交办", "市联办", "已办结（息诉罢访）", "否", "外出务工工资拖欠"),
        (f"{CITY}信访局交办", "市联办", "已化解", "否", "宅基地审批"),
        (f"{COUNTY}信访局交办", "县联办", "已化解", "否", "人畜饮水入户"),
        (f"{COUNTY}信访局交办", "县联办", "化解中", "否", "地埂边界"),
        (f"{COUNTY}联席办交办", "县联办", "已化解", "否", "苹果园承包费"),
        (f"{COUNTY}信访局交办", "县联办", "未化解", "是", "低保评定"),
        ("镇本级接访", "本级受理", "已化解", "否", "邻里排水"),
        ("镇本级接访", "本级受理", "正在化解", "否", "土地流转租金"),
        (f"{COUNTY}12345热线转办", "本级受理", "已化解", "否", "外出务工工资拖欠（来电）"),
    ]
    status_truth = {"已化解": "已化解", "已办结（息诉罢访）": "已化解", "正在化解": "正在化解", "化解中": "正在化解",
                    "未化解": "未化解"}  # fmt: skip
    records = []
    for n, ((said, source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"LPXF-{YEAR}-{n:03d}"
        done = day + dt.timedelta(days=rng.randint(15, 60)) if status_truth[status] == "已化解" else None
        sheet.add(n, no, said, fake.masked(fake.name(rng)), issue, repeat, fake.date_cell(day, "cn"), status,
                  fake.date_cell(done, "cn") if done and done.year == YEAR else "")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status_truth[status], "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("hotline_transfer_not_assigned", name, sheet.name, "petitions.assigned",
                "县12345热线转办 的一件：政务服务热线的工单，不是信访联席办交办的信访事项，不计入上级交办")  # fmt: skip
    built.quirk("bureau_of_each_level", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "国家信访局网上信访转送 = 中联办；省 / 市 / 县信访局交办 = 该级联办；县联席办交办 = 县联办；镇本级接访 = 本级受理；"
                "已办结（息诉罢访） = 已化解")  # fmt: skip


# --- 12345 工单 (GBK CSV, no figure) -----------------------------------------------------------------

HOTLINE = {
    ("劳资纠纷", "外出务工被拖欠工资"): 5,
    ("农业农村", "苹果收购价格"): 2,
    ("城乡建设", "安置点房屋漏水"): 2,
    ("水利", "自来水停水"): 3,
    ("社会保障", "医保缴费咨询"): 3,
    ("农业农村", "退耕还林补助"): 1,
}


def hotline_orders_gbk(built: Built, rng: random.Random) -> None:
    """The 县 12345 政务服务便民热线's 工单 for the 镇 (GBK CSV): 工单编号, 来电时间, 来电号码归属地 (新疆乌鲁木齐,
    浙江宁波, 内蒙古鄂尔多斯 — workers far away), 诉求分类, 诉求内容, 承办单位, 办理状态, 回访满意度: another channel's
    orders, no dispute register and no 信访 item."""
    name = f"{COUNTY}12345热线工单明细_{TOWN}_{YEAR}.csv"
    sheet = Sheet("工单明细")
    sheet.header([["工单编号", "来电时间", "来电号码归属地", "诉求分类", "诉求内容", "涉及村（社区）", "承办单位",
                   "办理状态", "回访满意度"]])  # fmt: skip
    for day in _days(rng, 64):
        kind, what = fake.pick(rng, dict(HOTLINE))
        where = (
            "甘肃陇东" if kind != "劳资纠纷" else rng.choice(["新疆乌鲁木齐", "浙江宁波", "内蒙古鄂尔多斯", "江苏苏州"])
        )
        sheet.add(f"GS12345{day:%Y%m%d}{rng.randint(1000, 9999)}", _stamp(rng, day), where, kind, what,
                  rng.choice(PLACES), fake.pick(rng, {f"{TOWN}人民政府": 3, f"{COUNTY}人社局": 1, f"{COUNTY}水务局": 1}),
                  fake.pick(rng, {"已办结": 9, "办理中": 1}), fake.pick(rng, {"满意": 6, "基本满意": 2, "不满意": 1}))  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.quirk("csv_gbk", name, sheet.name, ("disputes.screened", "petitions.assigned"),
                "12345 工单（外出务工被拖欠工资，来电归属地在外省）：另一个渠道的诉求，不计入排查，也不是信访事项")  # fmt: skip


# --- 一村一法律顾问 (.ods, a sheet a quarter) ---------------------------------------------------------

COUNSEL = {
    "法律咨询": ("法律咨询", 7),
    "审查土地流转合同": ("文书审核", 2),
    "审查苹果园承包合同": ("文书审核", 1.5),
    "审核村规民约": ("文书审核", 0.7),
    "出具法律意见书": ("法律意见书", 1.2),
    "代为申请法律援助": ("法律援助", 0.6),
    "参与矛盾纠纷调解": (None, 2),
    "普法宣讲（普法花儿）": (None, 1),
}


def counsel_quarter_sheets_ods(built: Built, rng: random.Random) -> None:
    """The 一村一法律顾问 register (.ods): a sheet a quarter, 序号 restarting; 服务时间 as dates, 服务村（社区）, 服务事项
    (法律咨询, 审查土地流转合同, 审查苹果园承包合同, 审核村规民约, 出具法律意见书, 代为申请法律援助, 参与矛盾纠纷调解,
    普法宣讲（普法花儿）), 服务次数 typed 3次 / 2 / blank (1), 法律顾问, 所在律所."""
    name = f"{TOWN}{YEAR}年一村一法律顾问服务台账.ods"
    records = []
    sheets = []
    days = _days(rng, 150)
    weights = {k: w for k, (_, w) in COUNSEL.items()}
    for q, quarter in enumerate(("第一季度", "第二季度", "第三季度", "第四季度")):
        sheet = Sheet(quarter)
        sheet.title(f"{TOWN}{YEAR}年{quarter}一村一法律顾问服务台账", 7)
        sheet.header([["序号", "服务时间", "服务村（社区）", "服务事项", "服务次数", "法律顾问", "所在律所"]])
        for n, day in enumerate([d for d in days if (d.month - 1) // 3 == q], start=1):
            what = fake.pick(rng, weights)
            qty = rng.choice([1, 2, 3, 4]) if what == "法律咨询" else rng.choice([1, 1, 2])
            typed = "" if qty == 1 and rng.random() < 0.6 else (f"{qty}次" if rng.random() < 0.5 else qty)
            sheet.add(n, fake.date_cell(day, "date"), rng.choice(PLACES), what, typed, fake.name(rng),
                      "甘肃塬川（虚构）律师事务所")  # fmt: skip
            service = COUNSEL[what][0]
            if service:
                records.append({"served_on": day, "service": service, "quantity": qty})
        sheets.append(sheet)
    built.books.append(Book(name, sheets, fmt="ods"))
    built.ledgers["counsel"] = records
    built.quirk("ods_spreadsheet", name, "第一季度", "counsel.consultations")
    built.quirk("restarting_numbers", name, "第二季度", "counsel.consultations", "每季度一张表，序号各自从1编起")
    built.quirk("contract_reviews_named", name, "第三季度", "counsel.document_reviews",
                "审查土地流转合同 / 审查苹果园承包合同 / 审核村规民约 = 文书审核；代为申请法律援助 = 法律援助；"
                "参与矛盾纠纷调解、普法宣讲（普法花儿） 不计入")  # fmt: skip


# --- 政务公开: the 县 portal's export (HTML .xls) and the 宣传 book (xlsx) ------------------------------

TOPICS = {"政务动态": 6, "公示公告": 3, "政策文件": 1, "政策解读": 1, "财政信息": 1}


def portal_catalogue_html(built: Built, rng: random.Random) -> list[dict]:
    """The 县 portal's 信息公开目录 export for the 镇 (HTML saved .xls): 索引号 lpz/2024-00012, 信息名称, 发布机构,
    主题分类 政务动态 / 公示公告 / 政策文件 / 政策解读 / 财政信息, 公开方式 主动公开, 发布日期 with seconds; the export
    runs from December 2023 to January 2025."""
    name = f"信息公开目录导出_{TOWN}_20231201-20250131.xls"
    sheet = Sheet("信息公开目录")
    sheet.header([["序号", "索引号", "信息名称", "发布机构", "主题分类", "公开方式", "发布日期"]])
    titles = {"政务动态": "镇召开苹果产业发展推进会", "公示公告": "城乡低保对象公示", "政策文件": "镇禁牧工作实施方案",
              "政策解读": "《禁牧工作实施方案》解读", "财政信息": "镇2024年部门预算公开"}  # fmt: skip
    records = []
    days = fake.dates_in(rng, YEAR, 3, dt.date(YEAR - 1, 12, 4), dt.date(YEAR - 1, 12, 29))
    days += _days(rng, 58) + fake.dates_in(rng, YEAR, 2, dt.date(YEAR + 1, 1, 3), dt.date(YEAR + 1, 1, 24))
    for n, day in enumerate(sorted(days, reverse=True), start=1):
        topic = fake.pick(rng, TOPICS)
        sheet.add(n, f"lpz/{day.year}-{rng.randint(1, 999):05d}", titles[topic], f"{TOWN}人民政府", topic, "主动公开",
                  _stamp(rng, day))  # fmt: skip
        records.append({"published_on": day, "type": "主动公开"})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.quirk("html_as_xls", name, sheet.name, "disclosure.proactive")
    built.quirk("export_spans_years", name, sheet.name, "disclosure.proactive",
                "导出区间 2023年12月至2025年1月，新的在前：只计2024年")  # fmt: skip
    return records


def publicity_book_xlsx(built: Built, rng: random.Random, records: list[dict]) -> None:
    """The 党政办's 宣传 book (xlsx): a 宣传报道 sheet (报道标题, 刊发平台 “陇畔发布”微信公众号 / 视频号 / 新陇东客户端
    (虚构) / 甘肃日报 / 学习强国甘肃学习平台, 刊发日期), no type column; an 依申请公开 sheet with its header and a note
    saying none was received (0, the register is there)."""
    name = f"{TOWN}{YEAR}年宣传报道及依申请公开登记表.xlsx"
    news = Sheet("宣传报道")
    news.title(f"{TOWN}{YEAR}年宣传报道登记表", 5)
    news.header([["序号", "报道标题", "刊发平台", "刊发日期", "报送人"]])
    for n, day in enumerate(_days(rng, 83), start=1):
        news.add(n, rng.choice(["陇畔苹果喜获丰收", "梯田里的当归种植", "法律明白人走进安置社区", "禁牧宣传进村入户",
                                "普法花儿唱响田间地头"]),
                 fake.pick(rng, {"“陇畔发布”微信公众号": 5, "“陇畔发布”视频号": 2, "新陇东客户端（虚构）": 2,
                                 "甘肃日报": 0.5, "学习强国甘肃学习平台": 0.5}),
                 fake.date_cell(day, "date"), fake.name(rng))  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    req = Sheet("依申请公开")
    req.title(f"{TOWN}{YEAR}年政府信息依申请公开登记表", 7)
    req.header([["序号", "申请日期", "申请人", "申请内容", "答复日期", "答复结果", "备注"]])
    req.blank()
    req.add(f"注：{YEAR}年度我镇未收到政府信息公开申请。")
    built.books.append(Book(name, [news, req]))
    built.ledgers["disclosure"] = records
    built.quirk("category_from_sheet_or_title", name, news.name, "disclosure.media",
                "宣传报道表没有类型列：表名、标题 宣传报道 = 媒体发布")  # fmt: skip
    built.quirk("empty_register_says_none", name, req.name, "disclosure.on_request",
                "依申请公开表只有表头，表下注 未收到申请：台账在，数是0")  # fmt: skip


# --- 派出所 (UTF-8 BOM CSV) -------------------------------------------------------------------------


def police_list_bom(built: Built, rng: random.Random) -> None:
    """The 派出所's list for the 镇 (UTF-8 BOM CSV): 日期, 案件类别 家庭暴力告诫书 / 卖淫嫖娼 / 赌博 / 殴打他人 /
    盗窃（牛羊）, 村（社区）, 当事人 masked, 处理结果, 拘留人数 typed 2 or 2人."""
    name = f"{TOWN}派出所{YEAR}年平安建设数据.csv"
    sheet = Sheet("平安建设")
    sheet.add(f"{COUNTY}公安局{TOWN}派出所 {YEAR}年平安建设相关案件统计")
    sheet.header([["序号", "日期", "案件类别", "村（社区）", "当事人", "处理结果", "拘留人数"]])
    plan = ["家庭暴力告诫书"] * 11 + ["卖淫嫖娼"] * 3 + ["赌博"] * 6 + ["殴打他人"] * 5 + ["盗窃（牛羊）"] * 4
    rng.shuffle(plan)
    truth_type = {"家庭暴力告诫书": "家暴告诫书", "卖淫嫖娼": "涉黄治安案件", "赌博": "涉赌治安案件",
                  "殴打他人": "其他", "盗窃（牛羊）": "其他"}  # fmt: skip
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        if kind == "家庭暴力告诫书":
            result, held = "出具家庭暴力告诫书", 0
        else:
            held = rng.randint(1, 3)
            result = f"行政拘留{rng.choice([5, 7, 10])}日"
        typed = f"{held}人" if held and rng.random() < 0.3 else held
        sheet.add(n, fake.date_cell(day, "slash"), kind, rng.choice(PLACES), fake.masked(fake.name(rng)), result, typed)
        records.append({"occurred_on": day, "type": truth_type[kind], "detained": held})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["security"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("security.dv_warnings", "security.vice_cases"))
    built.quirk("value_synonyms", name, sheet.name, ("security.vice_cases", "security.dv_warnings"),
                "卖淫嫖娼 = 涉黄治安案件；家庭暴力告诫书 = 家暴告诫书；盗窃（牛羊） 都不是")  # fmt: skip


# --- 法治 workbook (.xls BIFF) -----------------------------------------------------------------------


def rule_of_law_biff(built: Built, rng: random.Random) -> None:
    """The 镇's 法治政府建设 workbook (.xls BIFF): 行政应诉 (案号 （2024）甘9901行初N号, one heard December 2023, 是否出庭
    是 / 否), 学法用法 (法律明白人 培训 线下 / 线上, 国家工作人员学法用法考试 应参考 / 实参考) and 规范性文件 (header, a note
    saying none was made)."""
    name = f"{TOWN}{YEAR}年法治政府建设工作台账.xls"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记表", 9)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭", "审理结果"]])
    plan = [
        (f"（{YEAR - 1}）甘9901行初61号", dt.date(YEAR - 1, 12, 12), "副镇长", "是", "驳回诉讼请求"),
        (f"（{YEAR}）甘9901行初14号", dt.date(YEAR, 5, 21), "镇长", "是", "驳回诉讼请求"),
        (f"（{YEAR}）甘9901行初39号", dt.date(YEAR, 8, 13), "", "否", "原告撤诉"),
        (f"（{YEAR}）甘9901行初77号", dt.date(YEAR, 11, 6), "副镇长", "是", "驳回诉讼请求"),
    ]
    records = []
    for n, (case_no, day, who, appeared, result) in enumerate(plan, start=1):
        lit.add(n, case_no, fake.masked(fake.name(rng)), f"{TOWN}人民政府",
                rng.choice(["行政强制（拆除违法建筑）", "行政处罚（禁牧）", "土地承包经营权确认"]), fake.date_cell(day, "cn"),
                f"{fake.masked(fake.name(rng))}（{who}）" if who else "", appeared, result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared == "是"})
    train = Sheet("学法用法")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训登记表", 8)
    train.header([["序号", "日期", "培训内容", "培训对象", "培训形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("党委理论学习中心组学法", "领导干部", "中心组学习", 15, None, None),
        ("村（社区）法律明白人集中培训", "法律明白人", "线下", 44, None, None),
        ("法律明白人线上专题培训", "法律明白人", "线上", 51, None, None),
        ("国家工作人员学法用法考试", "干部职工", "考试", 57, 58, 57),
        ("综合行政执法人员业务培训", "行政执法人员", "集中培训", 16, None, None),
        ("法律明白人民法典专题培训", "法律明白人", "线下", 39, None, None),
    ]
    t_records = []
    for n, ((title, who, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "dot"), title, who, form, people, req, took)
        t_records.append({"held_on": day, "audience": who, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件登记备案表", 6)
    docs.header([["序号", "文件名称", "文号", "印发日期", "报备日期", "备案审查意见"]])
    docs.blank()
    docs.add("注：本年度我镇未制定行政规范性文件。")
    built.books.append(Book(name, [lit, train, docs], fmt="biff"))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("last_year_hearing", name, lit.name, "litigation.cases", "2023年12月开庭的一件不计入")
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued",
                "规范性文件表只有表头，表下注 本年度未制定：台账在，数是0")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_register_empowered(built, rng)
    screened = disputes_register_she_et(built, rng)
    mediation_register_xml(built, rng, screened)
    petitions_word_bureaus(built, rng)
    hotline_orders_gbk(built, rng)
    counsel_quarter_sheets_ods(built, rng)
    disclosure = portal_catalogue_html(built, rng)
    publicity_book_xlsx(built, rng, disclosure)
    police_list_bom(built, rng)
    rule_of_law_biff(built, rng)
    built.ledgers["fraud_watch"] = Null("没有涉诈高危人员台账（镇未交来）")
    return built
