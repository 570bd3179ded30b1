"""柏营镇 (虚构; 滹阳县, a fictitious 县 of the 冀中平原 in 河北), 2024: a farming 镇 near the 京津冀 belt — 梨园 and
设施蔬菜大棚, 农村 "双代" (煤改气 / 煤改电) with its 散煤 checks, 秸秆禁烧 and "散乱污" 企业 enforcement under the
大气污染防治 campaign, 河长制, the 大棚房 and 乱占耕地建房 clean-up, 承包地 / 宅基地 / 地埝 quarrels, 农民工 wages on
building sites, a 镇 一站式 矛盾纠纷调处化解中心 with 村 调解室, and 信访代办. Built blind (session 55, the 81st town):
from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 石家庄市栾城区 2024年度法治政府建设工作情况报告 (luancheng.gov.cn/columns/3c901e57-…/202501/13/737b1c51-….html) and
  保定市 2024 法治政府建设 report (baoding.gov.cn/zwgkdocnrForOld-888888711-504874.html): 乡镇 学法 on 学习强国,
  行政执法 under the 县's 指导 — the 镇's 法治 workbook.
- 河北省乡镇综合执法 powers (fudaoke.com/exam/2791674.html, after 《河北省乡镇和街道综合行政执法条例》): 违法建设,
  秸秆焚烧, 非法占用耕地, "首次违法教育整改" — the 综合行政执法队's 案由 and its 检查.
- 雄县 秸秆禁烧 红黑榜 (m.bm463.com/2020-02/26/c_1210490489.htm): 火情, 立案处罚, 罚款 — the 秸秆 cases;
  杨家庄乡 秸秆禁烧 (dingzhou.hebei.com.cn/system/2018/10/16/019183647.shtml): 乡干部包村、村干部包地块, 网格.
- 平乡县 寻召乡 2024 政府信息公开年报 (pingxiangxian.gov.cn/single/29/95883.html) and 赵县 沙河店镇 2024 年报
  (zhaoxian.gov.cn/columns/1bc71dcb-…/202501/17/ae0a61f2-….html): 公众号 beside the 县 portal's 政务公开平台, 依申请
  none received — the portal export and the 宣传 book.
- 魏县 野胡拐乡 矛盾纠纷排查调解中心 (sfj.hd.gov.cn/web/info.aspx?id=1987): 宅基纠纷, 干群矛盾, 信访 and 调解 in
  one 中心; 武强县 乡镇矛盾纠纷联合调解中心 (teke168.cn/html/2022122189425.html): 耕地地埝 disputes, 村调解室 first;
  唐县 白合镇 和合调解室 (bd.hebei.com.cn/system/2022/01/06/100854134.shtml): a 调解室 in every 村; 容城 晾马台镇
  (河北法制报, cn.office369.com/news/show-2692092.html): 每日巡查、每周汇总, 村庄法律顾问 — the 中心's register, its
  周 summary and the 调解 register's 调解组织.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the 县 (滹阳县) and 市 (定河市), the 镇, the 村, the 调解室, the law firm, the people, the
case numbers and court codes (冀0999).

Files (10, eight formats): the 综合行政执法队's 案件台账 (xlsx: struck 作废 rows, a row hidden by a filter, a January
2025 decision); the 大气办's 双代 散煤 巡查 log (GBK CSV) and the 大棚房 / 乱占耕地建房 整治台账 (xlsx), both counted
by no figure; the 矛调中心's 矛盾纠纷 register (xlsx with a 周汇总 sheet and January 2025 rows); the 司法所's 人民调解
register (BIFF .xls, two header rows); the 信访代办 register (Word); the 一村一法律顾问 record (UTF-8 BOM CSV); the 县
portal's 政务公开 export (HTML .xls) and the 宣传 book (.ods); the 派出所's 平安建设 statistics (Excel 2003 XML); the
法治 workbook (WPS .et: 行政应诉, 学法培训, 规范性文件). No 涉诈 list is handed over.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "柏营镇"
YEAR = 2024
COUNTY = "滹阳县"
CITY = "定河市"
SEED = 81_2024
VILLAGES = ("柏营村", "东柏营村", "西柏营村", "梨元村", "南庄头村", "北辛庄村", "大王庄村", "小刘家营村", "马家坊村",
            "后屯村", "前屯村", "东小营村")  # fmt: skip


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


# --- 综合行政执法队: 案件台账 (xlsx) --------------------------------------------------------------

# 案由 → (执法类别 as typed, truth category, weight)
CAUSES = {
    "露天焚烧秸秆": ("行政处罚", "行政处罚", 5),
    "违法占用耕地建房": ("行政处罚", "行政处罚", 3),
    "未取得乡村建设规划许可证建房": ("行政处罚", "行政处罚", 2),
    "散乱污企业违规生产": ("行政处罚", "行政处罚", 2),
    "燃用散煤（禁燃区）": ("行政处罚", "行政处罚", 2),
    "设施农业用地违规建设（大棚房）": ("行政强制", "行政强制", 1.5),
    "违法建筑限期拆除": ("行政强制", "行政强制", 1),
    "秸秆禁烧巡查": ("行政检查", "行政检查", 6),
    "农村建房巡查": ("行政检查", "行政检查", 4),
    "散乱污企业动态排查": ("行政检查", "行政检查", 3),
    "河道“四乱”巡查": ("行政检查", "行政检查", 2),
    "乡村建设规划许可": ("行政许可", "行政许可", 2),
}
PREFIX = {"行政处罚": "罚", "行政强制": "强", "行政检查": "检", "行政许可": "许"}


def enforcement_register_struck_and_next_january(built: Built, rng: random.Random) -> list[dict]:
    """The 综合行政执法队's 行政执法案件登记台账 (xlsx): a title and a 填报单位 line, 案件编号 柏营综执罚〔2024〕N号 (检 / 强
    / 许 of its own series), 案由 in 河北's campaign words (露天焚烧秸秆, 违法占用耕地建房, 散乱污企业违规生产, 燃用散煤,
    大棚房), 执法类别 typed 行政处罚（简易程序） / 处罚 / 检查 / 强制 as the clerk pleased, 决定日期 2024.3.5, 罚款（元）;
    two rows struck through (备注 录入重复，作废), one row hidden by a filter, one case decided 2025-01-08 at the end."""
    name = f"{TOWN}综合行政执法队{YEAR}年行政执法案件登记台账.xlsx"
    sheet = Sheet("执法案件")
    sheet.title(f"{TOWN}综合行政执法队{YEAR}年行政执法案件登记台账", 11)
    sheet.add(f"填报单位（盖章）：{TOWN}人民政府综合行政执法队", None, None, None, None, None, None, None,
              "填报时间：2025年1月10日", None, None)  # fmt: skip
    sheet.header([["序号", "案件编号", "案由", "执法类别", "当事人", "所在村", "立案日期", "决定日期", "处理结果",
                   "罚款（元）", "备注"]])  # fmt: skip
    records: list[dict] = []
    weights = {k: w for k, (_, _, w) in CAUSES.items()}
    serials = {k: 0 for k in PREFIX}
    days = _days(rng, 118)
    n = 0
    for day in days:
        cause = fake.pick(rng, weights)
        typed, category, _ = CAUSES[cause]
        serials[category] += 1
        case_no = f"柏营综执{PREFIX[category]}〔{YEAR}〕{serials[category]}号"
        if category == "行政处罚":
            typed = fake.pick(rng, {"行政处罚": 5, "处罚": 2, "行政处罚（简易程序）": 1})
            result = fake.pick(rng, {"罚款": 6, "警告": 1})
            amount = rng.choice([200, 500, 1000, 2000, 5000, 20000]) if result == "罚款" else None
        elif category == "行政检查":
            typed = fake.pick(rng, {"行政检查": 4, "检查": 2})
            result, amount = fake.pick(rng, {"未发现问题": 5, "责令改正": 3}), None
        elif category == "行政强制":
            typed = fake.pick(rng, {"行政强制": 3, "强制": 1})
            result, amount = "强制拆除", None
        else:
            result, amount = "准予许可", None
        filed = day - dt.timedelta(days=rng.randint(0, 20) if category != "行政检查" else 0)
        n += 1
        row = sheet.add(n, case_no, cause, typed, fake.name(rng) if rng.random() < 0.7 else
                        f"{COUNTY}（虚构）{rng.choice(['鑫达', '恒源', '宏利'])}{rng.choice(['板材加工厂', '塑料颗粒厂', '铸造厂'])}",
                        rng.choice(VILLAGES), fake.date_cell(filed, "dot"), fake.date_cell(day, "dot"), result,
                        amount if amount is not None else "", "")  # fmt: skip
        records.append({"case_no": case_no, "category": category, "decided_on": day})
        if n in (37, 81):  # a row typed twice: the copy struck through and marked void
            n += 1
            struck = sheet.add(n, case_no, cause, typed, "同上", "", fake.date_cell(filed, "dot"),
                               fake.date_cell(day, "dot"), result, amount if amount is not None else "",
                               "录入重复，作废")  # fmt: skip
            sheet.struck_rows.add(struck)
        if n == 52:
            sheet.hidden_rows.add(row)
    # Filed in December, decided in January 2025: next year's.
    serials["行政处罚"] += 1
    late_no = f"柏营综执罚〔{YEAR}〕{serials['行政处罚']}号"
    n += 1
    sheet.add(n, late_no, "露天焚烧秸秆", "行政处罚", fake.name(rng), rng.choice(VILLAGES),
              fake.date_cell(dt.date(YEAR, 12, 23), "dot"), fake.date_cell(dt.date(YEAR + 1, 1, 8), "dot"), "罚款", 500,
              "")  # fmt: skip
    records.append({"case_no": late_no, "category": "行政处罚", "decided_on": dt.date(YEAR + 1, 1, 8)})
    built.books.append(Book(name, [sheet]))
    built.quirk("value_suffixes", name, sheet.name, ("enforcement.penalty", "enforcement.inspection"),
                "执法类别 写 处罚 / 检查 / 强制，或 行政处罚（简易程序）")  # fmt: skip
    built.quirk("struck_rows_are_void", name, sheet.name, "enforcement.cases",
                "两行录入重复，整行删除线、备注 作废：不是案件")  # fmt: skip
    built.quirk("hidden_rows", name, sheet.name, "enforcement.cases", "筛选后隐藏的一行：仍是案件")
    built.quirk("next_january_decision", name, sheet.name, "enforcement.cases",
                "2024年12月立案、2025年1月8日决定：属下一年，不计入")  # fmt: skip
    return records


# --- 大气办: 双代 散煤 巡查 log (GBK CSV) — no figure -------------------------------------------------


def clean_heating_patrol_gbk(built: Built, rng: random.Random) -> None:
    """The 大气污染防治办公室's 农村 "双代" 运行及散煤复烧 巡查记录 (GBK CSV): 巡查日期, 村, 户主, 改造方式 煤改气 / 煤改电
    (空气源热泵, 蓄热式电暖器), 设备运行情况, 是否发现散煤, 处理情况 现场收缴 / 劝导 / 移交综合执法队, 巡查人. A winter
    patrol log — households checked, not decisions of any kind; a few were handed to the 执法队 (their cases are its)."""
    name = f"{TOWN}农村双代运行及散煤复烧巡查记录（{YEAR}年采暖季）.csv"
    sheet = Sheet("巡查记录")
    sheet.add(f"{TOWN}大气污染防治办公室 {YEAR}年“双代”运行及散煤复烧巡查记录")
    sheet.header([["序号", "巡查日期", "村", "户主", "改造方式", "设备运行情况", "是否发现散煤", "处理情况", "巡查人"]])
    winter = [d for d in _days(rng, 160) if d.month in (1, 2, 3, 11, 12)]
    for n, day in enumerate(winter, start=1):
        found = rng.random() < 0.12
        sheet.add(n, fake.date_cell(day, "slash"), rng.choice(VILLAGES), fake.name(rng),
                  fake.pick(rng, {"煤改气": 5, "煤改电（空气源热泵）": 2, "煤改电（蓄热式电暖器）": 1}),
                  fake.pick(rng, {"正常": 8, "壁挂炉故障已报修": 1, "未开启": 1}), "是" if found else "否",
                  fake.pick(rng, {"现场收缴": 2, "劝导": 2, "移交综合执法队": 1}) if found else "",
                  f"{fake.name(rng)}、{fake.name(rng)}")  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.quirk("csv_gbk", name, sheet.name, ("enforcement.cases", "enforcement.inspection"),
                "双代 散煤复烧 巡查记录：入户巡查的记录，不是行政检查的案件，不计入任何数")  # fmt: skip


# --- 大棚房 / 乱占耕地建房 整治台账 (xlsx) — no figure ------------------------------------------------------


def greenhouse_housing_cleanup(built: Built, rng: random.Random) -> None:
    """The 镇's 大棚房问题及农村乱占耕地建房 专项整治台账 (xlsx): 问题编号 (the 县's 卫片 图斑号), 村, 户主 / 经营主体,
    问题类型 大棚房 / 违规建设看护房 / 乱占耕地建房, 占地面积（亩）, 整改措施 拆除复耕 / 补办手续 / 没收, 整改时限,
    整改完成情况 已完成 / 整改中, 销号日期. A 清理整治 list of problems and their 整改 — not enforcement decisions (those
    that went to a case are in the 执法队's register)."""
    name = f"{TOWN}大棚房问题及乱占耕地建房专项整治台账（{YEAR}年）.xlsx"
    sheet = Sheet("整治台账")
    sheet.title(f"{TOWN}“大棚房”问题及农村乱占耕地建房专项整治台账", 11)
    sheet.header([["序号", "图斑编号", "村", "户主（经营主体）", "问题类型", "占地面积（亩）", "整改措施", "整改时限",
                   "整改完成情况", "销号日期", "包联干部"]])  # fmt: skip
    for n, day in enumerate(_days(rng, 27), start=1):
        done = rng.random() < 0.8
        sheet.add(n, f"130999{YEAR}{rng.randint(1000, 9999)}", rng.choice(VILLAGES),
                  fake.name(rng) if rng.random() < 0.7 else f"{rng.choice(VILLAGES)}蔬菜种植专业合作社",
                  fake.pick(rng, {"大棚房": 3, "违规建设看护房": 2, "乱占耕地建房": 2}),
                  round(rng.uniform(0.1, 2.5), 2), fake.pick(rng, {"拆除复耕": 5, "补办手续": 1, "没收": 1}),
                  fake.date_cell(day + dt.timedelta(days=30), "cn"), "已完成" if done else "整改中",
                  fake.date_cell(min(day + dt.timedelta(days=rng.randint(10, 40)), dt.date(YEAR, 12, 30)), "cn")
                  if done else "", fake.name(rng))  # fmt: skip
    built.books.append(Book(name, [sheet]))
    built.quirk("cleanup_list_not_register", name, sheet.name, ("enforcement.cases", "enforcement.coercion"),
                "大棚房 / 乱占耕地建房 整治台账：问题清单与整改销号，不是执法决定，不计入")  # fmt: skip


# --- 矛调中心: 矛盾纠纷 register with a 周汇总 sheet (xlsx) -------------------------------------------------

DISPUTE_TYPES = {
    "邻里纠纷": 6,
    "婚姻家庭纠纷": 3,
    "宅基纠纷": 3,
    "耕地地埝纠纷": 2,
    "土地承包纠纷": 2,
    "拖欠农民工工资纠纷": 2,
    "梨园承包合同纠纷": 1,
    "道路交通事故纠纷": 1.5,
    "赡养纠纷": 1,
    "损害赔偿纠纷": 1,
}
# 化解情况 as the 中心 types it → ledger-kinds.md.
DISPUTE_STATES = {"已化解": "已化解", "调处成功": "已化解", "化解中": "化解中", "稳控中": "化解中",
                  "未化解（引导诉讼）": "未化解", "已上报县矛调中心": "已上报/移交"}  # fmt: skip


def disputes_center_with_weekly_summary(built: Built, rng: random.Random) -> list[dict]:
    """The 镇 一站式 矛盾纠纷调处化解中心's 矛盾纠纷排查化解台账 (xlsx): 登记日期 typed 2024年3月5日, 村, 纠纷类型 in
    the plain's words (宅基纠纷, 耕地地埝纠纷, 土地承包纠纷, 拖欠农民工工资纠纷, 梨园承包合同纠纷), 来源 网格员排查 /
    村调解室上报 / 来访 / 12345转办 / 信访代办, 化解情况 已化解 / 调处成功 / 化解中 / 稳控中 / 未化解（引导诉讼） /
    已上报县矛调中心; three rows hidden; the book kept on into January 2025 (five rows at the end); a 月度汇总 sheet of
    排查 / 化解 by month with SUM formulas, agreeing with the records."""
    name = f"{TOWN}矛盾纠纷调处化解中心{YEAR}年矛盾纠纷排查化解台账.xlsx"
    sheet = Sheet("排查化解台账")
    sheet.title(f"{TOWN}矛盾纠纷排查化解工作台账（{YEAR}年度）", 11)
    sheet.header([["序号", "登记日期", "村", "纠纷类型", "当事人", "来源", "简要情况", "化解情况", "化解日期",
                   "责任人", "备注"]])  # fmt: skip
    records: list[dict] = []
    days = _days(rng, 236) + sorted(dt.date(YEAR + 1, 1, d) for d in (3, 6, 9, 14, 17))
    for n, day in enumerate(days, start=1):
        kind = fake.pick(rng, DISPUTE_TYPES)
        said = fake.pick(rng, {"已化解": 70, "调处成功": 16, "化解中": 5, "稳控中": 3, "未化解（引导诉讼）": 3,
                               "已上报县矛调中心": 3})  # fmt: skip
        status = DISPUTE_STATES[said]
        done = (
            min(day + dt.timedelta(days=rng.randint(0, 20)), day.replace(month=12, day=31))
            if status == "已化解"
            else None
        )
        row = sheet.add(n, fake.date_cell(day, "cn"), rng.choice(VILLAGES), kind,
                        f"{fake.masked(fake.name(rng))}、{fake.masked(fake.name(rng))}",
                        fake.pick(rng, {"网格员排查": 5, "村调解室上报": 3, "来访": 2, "12345转办": 1, "信访代办": 1}),
                        f"{kind.removesuffix('纠纷')}问题", said, fake.date_cell(done, "cn") if done else "",
                        fake.name(rng), "")  # fmt: skip
        if n in (44, 130, 201):
            sheet.hidden_rows.add(row)
        records.append({"screened_on": day, "status": status, "kind": kind})
    summary = Sheet("月度汇总")
    summary.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解情况月度汇总", 4)
    summary.header([["月份", "排查（件）", "化解（件）", "化解率"]])
    first = summary.next_row
    for m in range(1, 13):
        mine = [r for r in records if r["screened_on"].year == YEAR and r["screened_on"].month == m]
        got = sum(1 for r in mine if r["status"] == "已化解")
        r = summary.next_row
        summary.add(
            f"{m}月", len(mine), got, Formula(f"IF(B{r}=0,0,C{r}/B{r})", round(got / len(mine), 4) if mine else 0)
        )
    last = summary.next_row - 1
    year_rows = [r for r in records if r["screened_on"].year == YEAR]
    ok = sum(1 for r in year_rows if r["status"] == "已化解")
    r = summary.next_row
    summary.add("合计", Formula(f"SUM(B{first}:B{last})", len(year_rows)), Formula(f"SUM(C{first}:C{last})", ok),
                Formula(f"C{r}/B{r}", round(ok / len(year_rows), 4)))  # fmt: skip
    built.books.append(Book(name, [sheet, summary]))
    built.ledgers["disputes"] = [{"screened_on": x["screened_on"], "status": x["status"]} for x in records]
    built.quirk("hidden_rows", name, sheet.name, "disputes.screened", "三行被隐藏：仍是记录")
    built.quirk("next_january_rows", name, sheet.name, "disputes.screened",
                "台账记到2025年1月：最后五行是下一年的，不计入")  # fmt: skip
    built.quirk("aggregate_vs_records", name, summary.name, ("disputes.screened", "disputes.resolved"),
                "月度汇总（SUM 公式）与记录一致：以记录为准")  # fmt: skip
    built.quirk("value_synonyms", name, sheet.name, ("disputes.resolved", "disputes.resolution_rate"),
                "调处成功 = 已化解；稳控中 = 化解中；未化解（引导诉讼）、已上报县矛调中心 不是化解")  # fmt: skip
    return records


# --- 司法所: 人民调解 register (BIFF .xls) ------------------------------------------------------------

# 以案定补 of this fictitious 县 (illustrative): 简易 50; 一般 100; 疑难 200; 重大 400 元.
SUBSIDY = {"简易": 50, "一般": 100, "疑难": 200, "重大": 400}
ROOMS = ("镇人民调解委员会", "镇矛调中心调解室", "和顺调解室")


def mediation_register_biff(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 司法所's 人民调解案件登记台账 (Excel 97 .xls): 卷宗号 （2024）柏营人调字第N号, 受理日期 (real dates), 调解组织
    镇人民调解委员会 / X村人民调解委员会 / 镇矛调中心调解室 / a 村's 和顺调解室, two header rows (当事人 › 申请人 |
    被申请人), 纠纷类型, 调解结果 调解成功 / 调解不成功 / 终止调解, 协议形式 口头 / 书面, 补贴等级 简易 / 一般 / 疑难 /
    重大, 以案定补（元）; a case received 2023-12-28 listed first."""
    name = f"{TOWN}司法所{YEAR}年人民调解案件登记台账.xls"
    resolved = [r for r in screened if r["status"] == "已化解" and r["screened_on"].year == YEAR]
    picked = sorted(rng.sample(resolved, 118), key=lambda r: r["screened_on"])
    cases = [("成功", r["screened_on"], r["kind"]) for r in picked]
    cases += [(o, d, fake.pick(rng, DISPUTE_TYPES)) for o, d in zip(["不成功"] * 5 + ["终止"] * 2, _days(rng, 7))]
    cases.sort(key=lambda c: c[1])
    sheet = Sheet("调解案件")
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记台账", 13)
    sheet.header(
        [
            ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "调解员", "调解结果", "协议形式",
             "补贴等级", "以案定补（元）", "备注"],
            [None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None, None],
        ],
        [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13)] + [(1, 6, 1, 7)],
    )  # fmt: skip
    sheet.add(1, f"（{YEAR - 1}）柏营人调字第97号", fake.date_cell(dt.date(YEAR - 1, 12, 28), "date"), ROOMS[0],
              "邻里纠纷", fake.name(rng), fake.name(rng), fake.name(rng), "调解成功", "口头", "一般", 100,
              "2024年1月结案")  # fmt: skip
    records = [{"file_no": f"（{YEAR - 1}）柏营人调字第97号", "accepted_on": dt.date(YEAR - 1, 12, 28), "form": "口头",
                "result": "调解成功", "subsidy": 100}]  # fmt: skip
    for n, (outcome, day, kind) in enumerate(cases, start=1):
        file_no = f"（{YEAR}）柏营人调字第{n}号"
        org = fake.pick(rng, {ROOMS[0]: 3, ROOMS[1]: 2, f"{rng.choice(VILLAGES)}人民调解委员会": 3,
                              f"{rng.choice(VILLAGES)}{ROOMS[2]}": 1})  # fmt: skip
        if outcome == "成功":
            form = "书面" if rng.random() < 0.35 else "口头"
            tier = (
                fake.pick(rng, {"一般": 6, "疑难": 3, "重大": 1})
                if form == "书面"
                else fake.pick(rng, {"简易": 1, "一般": 3})
            )
            money = SUBSIDY[tier]
            row = ("调解成功", form, tier, money)
        else:
            form, money = None, None
            row = ("调解不成功" if outcome == "不成功" else "终止调解", "", "", "")
        sheet.add(n + 1, file_no, fake.date_cell(day, "date"), org, kind, fake.name(rng), fake.name(rng), fake.name(rng),
                  *row, "")  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("header_four_rows", name, sheet.name, "mediation.cases", "两行表头：当事人 › 申请人 / 被申请人")
    built.quirk("last_year_case_first", name, sheet.name, ("mediation.cases", "mediation.subsidy_yuan"),
                "2023年12月28日受理、2024年1月结案的一件排在最前：按受理日期属上年，不计入")  # fmt: skip
    built.quirk("studio_as_committee", name, sheet.name, "mediation.cases",
                "调解组织 镇矛调中心调解室、村和顺调解室：镇、村调委会的调解组织，照样计入")  # fmt: skip


# --- 信访代办 register (Word) ---------------------------------------------------------------------------


def petitions_agency_word(built: Built, rng: random.Random) -> None:
    """The 镇 信访办's 信访事项登记台账 (Word) of a 镇 that runs 信访代办: 交办单位 国家信访局网上转送 / 省信访局交办 /
    定河市信访局交办 / 滹阳县信访局交办 / 县联席办交办 / 镇本级受理（代办）, 代办员 (a 村 代办员), 办理状态 已化解 /
    正在化解 / 未化解, 办结日期; one item assigned in December 2023."""
    name = f"{TOWN}{YEAR}年信访事项登记台账（含信访代办）.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{TOWN}信访办公室", "（虚构示例数据）"]
    sheet.doc_after = ["登记人：　　　　　　分管领导："]
    sheet.header([["序号", "信访编号", "交办单位", "信访人", "反映问题", "代办员", "交办日期", "办理状态", "办结日期"]])
    items = [
        ("国家信访局网上转送", "中联办", "已化解", "宅基地确权"),
        ("省信访局交办", "省联办", "正在化解", "煤改气补贴发放"),
        (f"{CITY}信访局交办", "市联办", "已化解", "农民工工资拖欠"),
        (f"{CITY}信访局交办", "市联办", "已化解", "土地承包经营权"),
        (f"{COUNTY}信访局交办", "县联办", "已化解", "大棚房拆除补偿"),
        (f"{COUNTY}信访局交办", "县联办", "未化解", "宅基地四至"),
        (f"{COUNTY}信访局交办", "县联办", "正在化解", "梨园承包费"),
        ("县联席办交办", "县联办", "已化解", "散乱污企业噪声扰民"),
        ("镇本级受理（代办）", "本级受理", "已化解", "低保评定"),
        ("镇本级受理（代办）", "本级受理", "已化解", "耕地地埝"),
        ("镇本级受理（代办）", "本级受理", "正在化解", "农村危房改造"),
    ]
    records = []
    old = (f"{COUNTY}信访局交办", "县联办", "已化解", "承包地调整")
    sheet.add(1, f"BYXF{YEAR - 1}118", old[0], fake.masked(fake.name(rng)), old[3], f"{fake.name(rng)}（东柏营村代办员）",
              fake.date_cell(dt.date(YEAR - 1, 12, 19), "cn"), old[2], fake.date_cell(dt.date(YEAR, 1, 22), "cn"))  # fmt: skip
    records.append({"petition_no": f"BYXF{YEAR - 1}118", "source": old[1], "status": old[2],
                    "assigned_on": dt.date(YEAR - 1, 12, 19)})  # fmt: skip
    for n, ((said, source, status, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=2):
        no = f"BYXF{YEAR}{n:03d}"
        done = day + dt.timedelta(days=rng.randint(15, 55)) if status == "已化解" else None
        sheet.add(n, no, said, fake.masked(fake.name(rng)), issue, f"{fake.name(rng)}（{rng.choice(VILLAGES)}代办员）",
                  fake.date_cell(day, "cn"), status, fake.date_cell(done, "cn") if done and done.year == YEAR else "")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status, "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("bureau_of_each_level", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "交办单位写 各级信访局（国家 / 省 / 市 / 县）与 县联席办；镇本级受理（代办）不是交办；2023年12月交办的一件不计入")  # fmt: skip


# --- 一村一法律顾问 (UTF-8 BOM CSV) ---------------------------------------------------------------------

COUNSEL = {
    "法律咨询": ("法律咨询", 7),
    "审查土地承包合同": ("文书审核", 2),
    "审查大棚租赁合同": ("文书审核", 1.5),
    "审查村规民约": ("文书审核", 0.7),
    "出具法律意见书": ("法律意见书", 1),
    "参与矛盾纠纷调解": (None, 2),
    "法治讲座": (None, 1),
    "法律援助": ("法律援助", 0.5),
}


def counsel_record_bom(built: Built, rng: random.Random) -> None:
    """The 一村一法律顾问 服务记录 (UTF-8 BOM CSV) the 司法所 collects from the 律所: 服务日期 2024-03-05, 服务村, 服务
    方式 驻村坐班 / 电话 / 微信群, 服务事项, 服务数量 typed 3人次 / 2份 / blank, 法律顾问, 律所."""
    name = f"{TOWN}一村一法律顾问服务记录{YEAR}.csv"
    sheet = Sheet("服务记录")
    sheet.header([["序号", "服务日期", "服务村", "服务方式", "服务事项", "服务数量", "法律顾问", "所属律所"]])
    records = []
    weights = {k: w for k, (_, w) in COUNSEL.items()}
    for n, day in enumerate(_days(rng, 138), start=1):
        what = fake.pick(rng, weights)
        qty = rng.choice([1, 2, 3, 5]) if what == "法律咨询" else rng.choice([1, 1, 2])
        unit = "人次" if what == "法律咨询" else ("份" if "审查" in what or "意见书" in what else "件")
        typed = "" if qty == 1 and rng.random() < 0.5 else f"{qty}{unit}"
        sheet.add(n, fake.date_cell(day, "iso"), rng.choice(VILLAGES), fake.pick(rng, {"驻村坐班": 3, "电话": 2, "微信群": 2}),
                  what, typed, f"{fake.name(rng)}", "河北（虚构）滹阳律师事务所")  # fmt: skip
        service = COUNSEL[what][0]
        if service:
            records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["counsel"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, "counsel.consultations")
    built.quirk("value_synonyms", name, sheet.name, ("counsel.document_reviews",),
                "审查土地承包合同 / 审查大棚租赁合同 / 审查村规民约 = 文书审核；参与矛盾纠纷调解、法治讲座 不计入")  # fmt: skip


# --- 政务公开: the 县 portal's export (HTML .xls) and the 宣传 book (.ods) ----------------------------------


def _stamp(rng: random.Random, day: dt.date) -> str:
    return f"{day:%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def disclosure_portal_export_html(built: Built, rng: random.Random) -> list[dict]:
    """The 县 政府网站 政务公开平台's 信息列表 export for the 镇's 栏目 (HTML saved .xls): 索引号, 标题, 信息类别
    (机构职能, 工作部署, 行政执法公示, 部门预算, 公告公示), 发布机构, 公开方式 主动公开, 发布日期 with seconds; an item of
    December 2023 and two of January 2025 (the export ran 20231201-20250115)."""
    name = f"政务公开信息列表_{TOWN}_20231201-20250115.xls"
    sheet = Sheet("信息列表")
    sheet.header([["序号", "索引号", "标题", "信息类别", "发布机构", "公开方式", "发布日期", "浏览次数"]])
    records = []
    days = [dt.date(YEAR - 1, 12, 22)] + _days(rng, 31) + [dt.date(YEAR + 1, 1, 7), dt.date(YEAR + 1, 1, 13)]
    days.sort(reverse=True)  # newest first, as the platform lists
    for n, day in enumerate(days, start=1):
        cls = fake.pick(rng, {"行政执法公示": 3, "工作部署": 2, "公告公示": 2, "部门预算": 1, "机构职能": 1})
        title = {"行政执法公示": "行政处罚决定公示", "工作部署": "秸秆禁烧工作部署", "公告公示": "双代补贴资金公示",
                 "部门预算": "部门预算公开", "机构职能": "机构职能"}[cls]  # fmt: skip
        sheet.add(n, f"13099{rng.randint(10_000, 99_999)}/{day.year}-{rng.randint(100, 999)}", f"{TOWN}{title}", cls,
                  f"{TOWN}人民政府", "主动公开", _stamp(rng, day), rng.randint(20, 900))  # fmt: skip
        records.append({"published_on": day, "type": "主动公开"})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.quirk("html_as_xls", name, sheet.name, "disclosure.proactive",
                "县政府网站政务公开平台导出（网页另存 .xls），新的在前；2023年12月和2025年1月的条目不计入")  # fmt: skip
    return records


def publicity_book_ods(built: Built, rng: random.Random, records: list[dict]) -> None:
    """The 党政办's 宣传报道 book (.ods): 稿件标题, 刊发平台 (“柏营发布”微信公众号, 定河日报（虚构）, 河北新闻网,
    学习强国河北学习平台), 刊发日期 3/5 in a real date cell, 报送人; and a 依申请公开 sheet with its header and a note
    本年度未收到政府信息公开申请."""
    name = f"{TOWN}{YEAR}年宣传报道及依申请公开登记.ods"
    news = Sheet("宣传报道")
    news.title(f"{TOWN}{YEAR}年宣传报道登记表", 5)
    news.header([["序号", "稿件标题", "刊发平台", "刊发日期", "报送人"]])
    for n, day in enumerate(_days(rng, 64), start=1):
        news.add(n, rng.choice(["秸秆禁烧网格化监管全覆盖", "梨花节引客来", "和顺调解室化解宅基纠纷", "双代设备入户安检",
                                "法律明白人进大棚"]),
                 fake.pick(rng, {"“柏营发布”微信公众号": 5, "定河日报（虚构）": 1, "河北新闻网": 1, "学习强国河北学习平台": 1}),
                 fake.date_cell(day, "date"), fake.name(rng))  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    req = Sheet("依申请公开")
    req.title(f"{TOWN}{YEAR}年政府信息公开申请登记表", 6)
    req.header([["序号", "收到申请日期", "申请人", "申请内容", "答复日期", "答复结果"]])
    req.blank()
    req.add("注：本年度未收到政府信息公开申请。")
    built.books.append(Book(name, [news, req], fmt="ods"))
    built.ledgers["disclosure"] = records
    built.quirk("ods_spreadsheet", name, news.name, "disclosure.media")
    built.quirk("empty_register_says_none", name, req.name, "disclosure.on_request",
                "依申请公开表只有表头，注 本年度未收到：数是0")  # fmt: skip


# --- 派出所: 平安建设 statistics (Excel 2003 XML) -------------------------------------------------------------


def police_statistics_xml(built: Built, rng: random.Random) -> None:
    """The 派出所's 平安建设相关数据统计表 for the 镇 (Excel 2003 XML .xls): 项目 / 单位 / 上半年 / 下半年 / 全年 (a
    formula), 填报单位 line; items 出具家庭暴力告诫书, 家庭暴力案件行政拘留, 涉黄治安案件, 涉黄行政拘留, 涉赌治安案件,
    盗窃（电动车、电缆）."""
    name = f"{TOWN}派出所{YEAR}年平安建设相关数据统计表.xls"
    sheet = Sheet("统计表")
    head = ["项目", "单位", "上半年", "下半年", "全年"]
    sheet.title(f"{COUNTY}公安局{TOWN}派出所{YEAR}年平安建设相关数据统计表", len(head))
    sheet.add("填报单位：柏营派出所（虚构）", None, None, "填报日期：2025年1月8日", None)
    sheet.header([head])
    items = [("出具家庭暴力告诫书", "份", "security.dv_warnings", 9), ("家庭暴力案件行政拘留", "人", "security.dv_detentions", 2),
             ("涉黄治安案件", "起", "security.vice_cases", 3), ("涉黄行政拘留", "人", "security.vice_detentions", 5),
             ("涉赌治安案件", "起", None, 6), ("盗窃（电动车、电缆）", "起", None, 11)]  # fmt: skip
    counts = {}
    for label, unit, figure, scale in items:
        halves = [rng.randint(0, scale) for _ in range(2)]
        r = sheet.next_row
        sheet.add(label, unit, *halves, Formula(f"SUM(C{r}:D{r})", sum(halves)))
        if figure:
            counts[figure] = sum(halves)
    built.books.append(Book(name, [sheet], fmt="xml-xls"))
    built.ledgers["security"] = Stats(counts)
    built.quirk("statistics_form_only", name, sheet.name, ("security.dv_warnings", "security.vice_cases"),
                "平安建设只有派出所的统计表（项目 / 单位 / 上半年 / 下半年 / 全年 SUM），Excel 2003 XML")  # fmt: skip


# --- 法治 workbook (WPS .et): 行政应诉, 学法培训, 规范性文件 ---------------------------------------------------


def rule_of_law_et(built: Built, rng: random.Random) -> None:
    """The 镇's 法治政府建设工作台账 (WPS .et): 行政应诉 (案号 （2024）冀0999行初N号, one 冀99行终 appeal, one heard
    December 2023; 出庭负责人, 负责人是否出庭 是 / 否（委托律师）), 学法培训 (镇党委理论学习中心组学法, 法律明白人 培训 线下 /
    线上 (学习强国), 河北省国家工作人员学法用法考试 应参考 / 实参考) and 规范性文件 (header, a note 本年度未制定)."""
    name = f"{TOWN}{YEAR}年法治政府建设工作台账.et"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记表", 9)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭", "审理结果"]])
    plan = [
        (f"（{YEAR - 1}）冀0999行初41号", dt.date(YEAR - 1, 12, 12), "张某（副镇长）", "是", "驳回诉讼请求"),
        (f"（{YEAR}）冀0999行初9号", dt.date(YEAR, 3, 26), "李某（镇长）", "是", "驳回诉讼请求"),
        (f"（{YEAR}）冀0999行初33号", dt.date(YEAR, 6, 18), "", "否（委托律师）", "原告撤诉"),
        (f"（{YEAR}）冀99行终77号", dt.date(YEAR, 9, 10), "张某（副镇长）", "是", "驳回上诉，维持原判"),
        (f"（{YEAR}）冀0999行初120号", dt.date(YEAR, 11, 5), "李某（镇长）", "是", "确认违法"),
    ]
    records = []
    for n, (case_no, day, who, appeared, result) in enumerate(plan, start=1):
        lit.add(n, case_no, fake.masked(fake.name(rng)), f"{TOWN}人民政府",
                rng.choice(["行政强制（拆除大棚房）", "政府信息公开", "行政处罚（秸秆焚烧）", "土地承包经营权登记"]),
                fake.date_cell(day, "cn"), who, appeared, result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared == "是"})
    train = Sheet("学法培训")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训登记", 8)
    train.header([["序号", "日期", "培训内容", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("镇党委理论学习中心组学法（习近平法治思想）", "领导干部", "中心组学习", 16, None, None),
        ("法律明白人培训（民法典婚姻家庭编）", "法律明白人", "线下", 48, None, None),
        ("法律明白人“学习强国”线上专题学习", "法律明白人", "线上", 57, None, None),
        ("综合行政执法人员执法规范化培训", "行政执法人员", "集中培训", 22, None, None),
        ("河北省国家工作人员学法用法考试", "领导干部", "考试", 71, 73, 71),
        ("法律明白人培训（土地承包、宅基地）", "法律明白人", "线下", 44, None, None),
        ("镇政府常务会议会前学法", "领导干部", "会前学法", 12, None, None),
    ]
    t_records = []
    for n, ((title, who, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "iso"), title, who, form, people, req, took)
        t_records.append({"held_on": day, "audience": who, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件制定备案登记", 6)
    docs.header([["序号", "文件名称", "文号", "印发日期", "报备日期", "备案审查意见"]])
    docs.blank()
    docs.add("注：本年度我镇未制定行政规范性文件。")
    built.books.append(Book(name, [lit, train, docs], fmt="biff"))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("value_qualifiers", name, lit.name, "litigation.leader_appearances", "否（委托律师）")
    built.quirk("appeal_is_another_hearing", name, lit.name, "litigation.cases",
                "行终 二审 是另一次应诉（件次）；2023年12月开庭的一件不计入")  # fmt: skip
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued",
                "规范性文件表只有表头，注 本年度未制定：数是0")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    built.ledgers["enforcement"] = enforcement_register_struck_and_next_january(built, rng)
    clean_heating_patrol_gbk(built, rng)
    greenhouse_housing_cleanup(built, rng)
    screened = disputes_center_with_weekly_summary(built, rng)
    mediation_register_biff(built, rng, screened)
    petitions_agency_word(built, rng)
    counsel_record_bom(built, rng)
    portal = disclosure_portal_export_html(built, rng)
    publicity_book_ods(built, rng, portal)
    police_statistics_xml(built, rng)
    rule_of_law_et(built, rng)
    built.ledgers["fraud_watch"] = Null("没有涉诈高危人员台账（镇未交来）")
    return built
