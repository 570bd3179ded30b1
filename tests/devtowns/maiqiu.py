"""麦丘镇（虚构，河南）, 2024: a northern plains town whose 司法所 and 综治中心 keep the ministry's statistics and the
platforms' exports rather than registers of their own, built blind (from shared/spec/ and public pages only).

Files (ten, in six formats): the 司法所's 人民调解工作情况统计表 a quarter a sheet (本期 / 累计 columns, 填报单位 /
负责人 / 填表人 lines, 说明 notes) and its 以案定补 经费发放表 (a row per village and batch, 领款人签字, 合计) as a WPS
.et; the 综治 platform's 矛盾纠纷 event export (Excel 2003 XML .xls: 事件来源 / 处置状态 / 办结时间 / 化解结果, events of
other classes, 2023 events closed in 2024); the 国家信访信息系统's 信访件 export (an HTML table as .xls: 登记日期 /
办理方式 / 是否办结); the 综合行政执法 book (.xls, Excel 97) holding the 赋权事项目录 (a list, not cases) beside the case
register; a Word 法律顾问 log per village; the 学法 register as .ods. No 政务公开, 规范性文件, 平安建设, 涉诈 or
行政应诉 ledger: those figures are null.

Sources (public pages; only titles, header structures and vocabularies were taken):
- 某某镇人民调解案件补贴发放办法 (以案定补: 一案一补, 一般 / 疑难 / 重大 tiers, 50-100 元 for a 一般 case) —
  https://xiexiebang.com/a2/2019051220/7e8c989daefc1a50.html ; 双柏县人民调解“以案定补”管理办法 —
  https://www.cxshb.gov.cn/info/46277/595702.htm ; 厚街镇人民调解“以案定补”工作实施办法 —
  https://www.dg.gov.cn/dgdghjz/gkmlpt/content/4/4214/post_4214779.html
- 河南省赋予乡镇（街道）行政处罚权指导目录（2025年） (34 items: 擅自占用挖掘公路, 在公路用地范围内摆摊设点, 农村集中供水
  管道上直接装泵抽水, 非法占地建房, 露天焚烧秸秆, 在公共走道为电动自行车充电, 占用堵塞消防车通道) —
  https://dzb.zzrbnews.com/news/83209.html ; 卫滨区县乡两级权责清单通用目录 (职权分类 行政许可 … 其他职权, 9+X) —
  the 新乡 卫滨区 notice of 2021 found beside it.
- (no public template found) the 人民调解 季报's exact columns, the 综治 platform's event export, the 国家信访信息系统's
  export: office and system habits after the brief of the sixty-first town (written blind).
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "麦丘镇"
YEAR = 2024
SEED = 6161

VILLAGES = ("东岗村", "西岗村", "前王庄村", "后王庄村", "李楼村", "张集村", "麦丘社区")
COMMITTEES = ("镇人民调解委员会", *(f"{v}人民调解委员会" for v in VILLAGES))
QUARTERS = ("一季度", "二季度", "三季度", "四季度")
ABSENT = Null("没有这一类台账")
# The truth counts an item whose 交办单位 is blank as received here (本级受理); fzlib keeps such a blank an error (a
# cell left blank or an item received here?) where no 问题来源 column says which, so the assigned items' figures stay
# unknown (tests/test_plains_town_exports.py says why).
_BLANK_SOURCE = (
    "交办单位 空着的信访件没有 问题来源 列说明是本级受理：空格可能是漏填，上级交办的件数可能更多，"
    "三项无从确定（issue 12：空格不当作本级受理；办理方式 受理/转送 说的是怎么办，不是从哪来）"
)
KNOWN_WITHHELD = {
    "petitions.assigned": _BLANK_SOURCE,
    "petitions.resolved": _BLANK_SOURCE,
    "petitions.in_progress": _BLANK_SOURCE,
}


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    successes = mediation_quarterly_form_with_period_and_cumulative_columns(built, rng)
    subsidy_sheet_paid_in_batches_with_signatures(built, rng, successes)
    platform_event_export_with_other_classes_and_last_years_events(built, rng)
    petition_system_export_with_handling_and_closed_flags(built, rng)
    enforcement_book_with_delegated_powers_catalogue(built, rng)
    for village in VILLAGES[:4]:
        counsel_word_log_per_village(built, rng, village)
    built.ledgers["counsel"] = built.ledgers.get("counsel", [])
    study_register_as_ods(built, rng)
    for kind in ("disclosure", "normative_documents", "security", "fraud_watch", "litigation"):
        built.ledgers[kind] = ABSENT
    built.quirk(
        "absent_ledger",
        "（无）",
        "",
        ("disclosure.*", "normative_documents.*", "security.*", "fraud_watch.*", "litigation.*"),
    )
    return built


# --- 人民调解: the ministry's quarterly form and the 以案定补 payments ------------------------------------------


def _form_lines(sheet: Sheet, quarter: int, width: int) -> None:
    sheet.title("人民调解工作情况统计表", width)
    sheet.add(
        "填报单位（盖章）：麦丘镇司法所",
        *[None] * 5,
        f"统计时段：{YEAR}年第{quarter}季度",
        *[None] * 3,
        "单位：件、万元",
    )


def mediation_quarterly_form_with_period_and_cumulative_columns(built: Built, rng: random.Random) -> dict:
    """The 司法行政统计 人民调解 季报, a sheet a quarter: a row per 调委会, 合计 last; each count twice, 本期 and 累计
    (年初至本期末). The year's figures are the 四季度 累计 of the 合计 row, the sum of the four 本期. Returns the
    successful cases per committee and half-year (oral, written), for the subsidy sheet."""
    name = f"麦丘镇司法所{YEAR}年人民调解工作统计（季报）.xlsx"
    width = 11
    running = {c: [0, 0, 0, 0, 0.0] for c in COMMITTEES}  # 受理, 成功, 口头, 书面, 金额（万元）
    halves: dict[tuple[str, int], list[int]] = {}
    sheets = []
    for q, label in enumerate(QUARTERS, start=1):
        sheet = Sheet(label)
        _form_lines(sheet, q, width)
        sheet.header(
            [
                [
                    "调解组织",
                    "调解案件数",
                    None,
                    "调解成功数",
                    None,
                    "其中：口头协议",
                    None,
                    "书面协议",
                    None,
                    "协议涉及金额",
                    None,
                ],  # fmt: skip
                [None, "本期", "累计", "本期", "累计", "本期", "累计", "本期", "累计", "本期", "累计"],
            ],
            [(1, 1, 2, 1), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7), (1, 8, 1, 9), (1, 10, 1, 11)],
        )
        total_now = [0, 0, 0, 0, 0.0]
        for committee in COMMITTEES:
            accepted = rng.randint(2, 9) if committee != COMMITTEES[0] else rng.randint(4, 10)
            done = accepted - rng.choice([0, 0, 1, 1, 2])
            done = max(done, 0)
            oral = sum(1 for _ in range(done) if rng.random() < 0.7)
            written = done - oral
            amount = round(rng.uniform(0.2, 3.0) * max(done, 1), 2) if done else 0.0
            now = [accepted, done, oral, written, amount]
            run = running[committee]
            for i, v in enumerate(now):
                run[i] = round(run[i] + v, 2) if i == 4 else run[i] + v
            half = halves.setdefault((committee, 1 if q <= 2 else 2), [0, 0])
            half[0] += oral
            half[1] += written
            for i, v in enumerate(now):
                total_now[i] = round(total_now[i] + v, 2) if i == 4 else total_now[i] + v
            sheet.add(committee, *[x for pair in zip(now, run) for x in pair])
        total_run = [sum(running[c][i] for c in COMMITTEES) for i in range(5)]
        total_run[4] = round(total_run[4], 2)
        sheet.add("合计", *[x for pair in zip(total_now, total_run) for x in pair])
        sheet.add(
            "说明：1.本表由司法所汇总辖区各人民调解委员会数据填报；2.“累计”为年初至本期末累计数；"
            "3.调解成功数=口头协议+书面协议；4.协议涉及金额以万元为单位，保留两位小数。"
        )
        sheet.add("单位负责人：", fake.name(rng), None, "填表人：", fake.name(rng), None, "填报日期：",
                  f"{YEAR + (q == 4)}年{(q * 3) % 12 + 1}月5日")  # fmt: skip
        sheets.append(sheet)
    built.books.append(Book(name, sheets))
    year_total = {c: running[c] for c in COMMITTEES}
    cases = sum(v[1] for v in year_total.values())
    oral = sum(v[2] for v in year_total.values())
    written = sum(v[3] for v in year_total.values())
    built.ledgers["mediation"] = {"cases": cases, "oral": oral, "written": written}
    built.quirk("quarter_and_cumulative_columns", name, "一季度…四季度", ("mediation.cases", "mediation.oral",
                "mediation.written"), "司法行政统计季报：本期/累计两列，全年取四季度累计（=四个本期之和）")  # fmt: skip
    built.quirk("form_lines_around_the_table", name, "一季度…四季度", "mediation.cases",
                "填报单位（盖章）/统计时段/单位：件、万元 在表头上方，说明、单位负责人/填表人/填报日期 在表下")  # fmt: skip
    built.quirk("amount_in_wan_beside_counts", name, "一季度…四季度", "mediation.subsidy_yuan",
                "协议涉及金额（万元）是调解协议的标的额，不是案件补贴：补贴只在发放表里")  # fmt: skip
    return halves


ORAL_RATE, WRITTEN_RATE = 50, 150  # 元 per case, illustrative (the county's 以案定补 standard is local)


def subsidy_sheet_paid_in_batches_with_signatures(built: Built, rng: random.Random, halves: dict) -> None:
    """The 以案定补 经费发放表 of the year's successful cases: a row per 调委会 and batch (第一批 for the first
    half-year, paid in July; 第二批 for the second, paid in the next January), some committees paid all at once in
    the second batch; 领款人签字 left for the signature, a 合计 row. Its amounts are the year's subsidy."""
    name = f"麦丘镇{YEAR}年度人民调解“以案定补”经费发放表.et"
    sheet = Sheet("发放表")
    sheet.title(f"麦丘镇{YEAR}年度人民调解“以案定补”经费发放表", 10)
    sheet.add("单位：麦丘镇司法所", *[None] * 8, "金额单位：元")
    sheet.header(
        [
            [
                "序号",
                "调解组织",
                "批次",
                "调解成功案件数（件）",
                None,
                None,
                "补贴标准",
                "补贴金额",
                "领款人签字",
                "备注",
            ],
            [None, None, None, "口头", "书面", "小计", None, "（元）", None, None],
        ],
        [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 6), (1, 7, 2, 7), (1, 9, 2, 9), (1, 10, 2, 10)],
    )
    standard = f"口头{ORAL_RATE}元/件，书面{WRITTEN_RATE}元/件"
    n, total, cases = 0, 0, [0, 0]
    for committee in COMMITTEES:
        first, second = halves[(committee, 1)], halves[(committee, 2)]
        batches = [("第一批", first, ""), ("第二批", second, "")]
        if rng.random() < 0.35:  # paid once for the year
            batches = [("第二批", [first[0] + second[0], first[1] + second[1]], "全年一次发放")]
        for batch, (oral, written), note in batches:
            if oral + written == 0:
                continue
            n += 1
            amount = oral * ORAL_RATE + written * WRITTEN_RATE
            total += amount
            cases[0] += oral
            cases[1] += written
            sheet.add(n, committee.replace("人民调解委员会", "调委会"), batch, oral, written, oral + written, standard,
                      amount, None, note or None)  # fmt: skip
    sheet.add("合计", None, None, cases[0], cases[1], sum(cases), None, total, None, None)
    sheet.add("审核人：", None, "经办人：", None, None, None, "发放日期：第一批2024年7月，第二批2025年1月")
    built.books.append(Book(name, [sheet], fmt="biff"))
    mediation = built.ledgers["mediation"]
    assert cases == [mediation["oral"], mediation["written"]]
    built.ledgers["mediation"] = Stats(
        {
            "mediation.cases": mediation["cases"],
            "mediation.oral": mediation["oral"],
            "mediation.written": mediation["written"],
            "mediation.subsidy_yuan": total,
        }
    )
    built.quirk("subsidy_paid_per_committee_in_batches", name, "发放表", "mediation.subsidy_yuan",
                "一个调委会分两批发放（第一批、第二批各一行），有的全年一次；领款人签字空着；合计行不再加")  # fmt: skip
    built.quirk("payment_rows_are_not_cases", name, "发放表", ("mediation.cases", "mediation.oral"),
                "每行是一次发放，不是一件案件：件数在“调解成功案件数”列里")  # fmt: skip


# --- 矛盾纠纷: the 综治 platform's event export ---------------------------------------------------------------

SOURCES = ("网格员上报", "群众来访", "12345热线转办", "村（社区）排查", "信访转办")
OTHER_CLASSES = ("治安隐患", "安全隐患", "环境卫生", "民生诉求")
DISPUTE_TYPES = ("邻里纠纷", "婚姻家庭纠纷", "土地承包纠纷", "宅基地纠纷", "劳务纠纷", "合同纠纷", "道路交通事故纠纷")


def _stamp(rng: random.Random, day: dt.date) -> str:
    return f"{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def platform_event_export_with_other_classes_and_last_years_events(built: Built, rng: random.Random) -> None:
    """The 综治 platform's 事件列表 export: one row per event of every class (治安隐患, 环境卫生 … beside 矛盾纠纷),
    reported from November 2023 (events reported in 2023 and closed in 2024 are last year's screening) to December
    2024, 处置状态 已办结 / 处置中, 办结时间 as a datetime, 化解结果 for a closed dispute (化解成功 / 调解不成功).
    Only the year's 矛盾纠纷 events are screened disputes; resolved are those 化解成功."""
    name = "麦丘镇综治中心事件列表（导出）.xls"
    sheet = Sheet("事件列表")
    sheet.add("事件列表")
    sheet.add(f"导出时间：2025-01-06 09:30:00    导出人：综治中心    查询条件：上报时间 2023-11-01 至 {YEAR}-12-31")
    sheet.header([["序号", "事件编号", "事件标题", "事件大类", "事件小类", "所属村（社区）", "所属网格", "事件来源",
                   "上报时间", "处置状态", "办结时间", "化解结果"]])  # fmt: skip
    records = []
    days = fake.dates_in(rng, YEAR, 150, first=dt.date(2023, 11, 1))
    for n, day in enumerate(days, start=1):
        village = rng.choice(VILLAGES)
        dispute = rng.random() < 0.72
        kind = "矛盾纠纷" if dispute else rng.choice(OTHER_CLASSES)
        sub = rng.choice(DISPUTE_TYPES) if dispute else {"治安隐患": "治安防范", "安全隐患": "消防安全",
                                                           "环境卫生": "垃圾堆放", "民生诉求": "道路维修"}[kind]  # fmt: skip
        closed_on = day + dt.timedelta(days=rng.randint(1, 40))
        open_ = closed_on > dt.date(YEAR, 12, 31) or rng.random() < 0.06
        status = "处置中" if open_ else "已办结"
        result = None
        if dispute and not open_:
            result = "化解成功" if rng.random() < 0.9 else "调解不成功"
        elif not dispute and not open_:
            result = "已处置"
        sheet.add(n, f"SJ{day:%Y%m%d}{n:04d}", f"{village}{sub}", kind, sub, village, f"{village}第{rng.randint(1, 4)}网格",
                  rng.choice(SOURCES), _stamp(rng, day), status, None if open_ else _stamp(rng, closed_on), result)  # fmt: skip
        if dispute:
            records.append({"screened_on": day, "status": "已化解" if result == "化解成功" else
                            ("未化解" if result else "化解中")})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="xml-xls"))
    built.ledgers["disputes"] = records
    figures = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("events_of_other_classes", name, "事件列表", figures,
                "平台导出所有事件：事件大类 治安隐患/安全隐患/环境卫生/民生诉求 不是矛盾纠纷")  # fmt: skip
    built.quirk("last_years_events_closed_this_year", name, "事件列表", figures,
                "2023年11-12月上报、2024年办结的事件是上年的排查（按上报时间计，不按办结时间）")  # fmt: skip
    built.quirk(
        "value_synonyms", name, "事件列表", "disputes.resolved", "化解成功 即 已化解；已办结 是处置状态，不是化解结果"
    )


# --- 信访: the 国家信访信息系统's export ----------------------------------------------------------------------

LEVELS = {"县联办": 0.45, "市联办": 0.25, "省联办": 0.1, "中联办": 0.05}
FORMS = ("来访", "来信", "网上信访", "电话")
ISSUES = ("土地承包", "宅基地", "拖欠工资", "村务公开", "低保认定", "道路建设", "环境污染")


def petition_system_export_with_handling_and_closed_flags(built: Built, rng: random.Random) -> None:
    """The system's 信访件 list saved as .xls (an HTML table): 信访件编号, 登记日期 (from December 2023), 信访形式,
    交办单位 (the 联席办 that assigned it, blank for an item received here), 办理方式 (交办 / 受理 / 转送 / 直接答复),
    是否办结 是 / 否. A closed item assigned from above is 已化解, an open one 正在化解 (truth decision)."""
    name = "麦丘镇信访件查询结果.xls"
    sheet = Sheet("信访件查询结果")
    sheet.header([["序号", "信访件编号", "登记日期", "信访形式", "信访人", "问题属地", "内容分类", "交办单位",
                   "办理方式", "是否办结", "办结日期"]])  # fmt: skip
    records = []
    days = fake.dates_in(rng, YEAR, 34, first=dt.date(2023, 12, 1))
    for n, day in enumerate(days, start=1):
        assigned = rng.random() < 0.55
        level = fake.pick(rng, LEVELS) if assigned else None
        handling = "交办" if assigned else rng.choice(("受理", "转送", "直接答复"))
        closed = rng.random() < 0.8 or day.year < YEAR
        closed_on = day + dt.timedelta(days=rng.randint(10, 60))
        sheet.add(n, f"4199{day:%Y%m%d}{rng.randint(1000, 9999)}", f"{day:%Y-%m-%d}", rng.choice(FORMS),
                  fake.masked(fake.name(rng)), f"麦丘镇{rng.choice(VILLAGES)}", rng.choice(ISSUES), level or "",
                  handling, "是" if closed else "否", f"{closed_on:%Y-%m-%d}" if closed else "")  # fmt: skip
        records.append({"petition_no": f"{day:%Y%m%d}-{n}", "assigned_on": day, "source": level or "本级受理",
                        "status": "已化解" if closed else "正在化解"})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["petitions"] = records
    figures = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("closed_flag_for_status", name, "信访件查询结果", figures,
                "没有化解状态列：是否办结 是/否；交办单位 空着的是本级受理；2023年12月登记的件不计")  # fmt: skip
    built.quirk("html_as_xls", name, "信访件查询结果", figures, "国家信访信息系统导出的 HTML 表格，扩展名 .xls")


# --- 综合行政执法: the 赋权事项目录 beside the case register ------------------------------------------------------

POWERS = (
    ("对擅自占用、挖掘公路的处罚", "行政处罚", "交通运输"),
    ("对在公路用地范围内摆摊设点、堆放物品的处罚", "行政处罚", "交通运输"),
    ("对在农村集中供水管道上直接装泵抽水的处罚", "行政处罚", "水利"),
    ("对农村村民未经批准非法占用土地建住宅的处罚", "行政处罚", "农业农村"),
    ("对露天焚烧秸秆的处罚", "行政处罚", "生态环境"),
    ("对在公共走道、楼梯间为电动自行车充电的处罚", "行政处罚", "消防救援"),
    ("对占用、堵塞、封闭消防车通道的处罚", "行政处罚", "消防救援"),
    ("对农村宅基地使用情况的检查", "行政检查", "农业农村"),
    ("对秸秆禁烧情况的检查", "行政检查", "生态环境"),
    ("查封、扣押违法建设施工工具", "行政强制", "自然资源"),
)


def enforcement_book_with_delegated_powers_catalogue(built: Built, rng: random.Random) -> None:
    """The 综合行政执法队's book (Excel 97 .xls): sheet 赋权事项目录 lists the county's delegated powers (事项编码, 事项名称,
    职权类别 行政处罚 / 行政检查 / 行政强制, 原实施部门: a list, not cases), sheet 案件登记 the cases: 案件编号, 案由 (a
    power's name), 执法类别, 立案日期, 决定日期 (blank while 办理中), 罚款金额（元）. A case counts in the year of its
    decision: one opened in December 2023 and decided in January counts, one still 办理中 none."""
    name = f"麦丘镇综合行政执法台账（{YEAR}年）.xls"
    catalogue = Sheet("赋权事项目录")
    catalogue.title("麦丘镇承接县级赋权事项目录", 6)
    catalogue.header([["序号", "事项编码", "事项名称", "职权类别", "原实施部门", "备注"]])
    for n, (power, category, field) in enumerate(POWERS, start=1):
        catalogue.add(n, f"FQ-{n:03d}", power, category, f"县{field}局", "以镇政府名义行使")
    cases = Sheet("案件登记")
    cases.title(f"麦丘镇综合行政执法案件登记台账（{YEAR}年）", 10)
    cases.header([["序号", "案件编号", "案由", "执法类别", "当事人", "立案日期", "决定日期", "罚款金额（元）",
                   "办理状态", "承办人"]])  # fmt: skip
    records = []
    days = fake.dates_in(rng, YEAR, 46, first=dt.date(2023, 11, 15), last=dt.date(YEAR, 12, 20))
    numbers = {"行政处罚": 0, "行政检查": 0, "行政强制": 0}
    words = {"行政处罚": "罚", "行政检查": "检", "行政强制": "强"}
    for n, opened in enumerate(days, start=1):
        power, category, _ = rng.choice(POWERS)
        decided = opened + dt.timedelta(days=rng.randint(3, 45))
        pending = decided > dt.date(YEAR, 12, 31) or rng.random() < 0.08
        numbers[category] += 1 if opened.year == YEAR else 0
        year = opened.year
        case_no = f"麦丘综执{words[category]}〔{year}〕{numbers[category] if year == YEAR else 30 + n}号"
        fine = rng.choice((200, 500, 1000, 2000)) if category == "行政处罚" else None
        cases.add(n, case_no, power.removeprefix("对").removesuffix("的处罚"), category, fake.masked(fake.name(rng)),
                  fake.date_cell(opened, "date"), None if pending else fake.date_cell(decided, "date"), fine,
                  "办理中" if pending else "已结案", fake.name(rng))  # fmt: skip
        records.append({"case_no": case_no, "category": category, "decided_on": None if pending else decided})
    built.books.append(Book(name, [catalogue, cases], fmt="biff"))
    built.ledgers["enforcement"] = records
    figures = ("enforcement.cases", "enforcement.penalty", "enforcement.inspection", "enforcement.coercion")
    built.quirk("catalogue_of_powers_beside_cases", name, "赋权事项目录", figures,
                "赋权事项目录（事项编码、事项名称、职权类别）是清单，不是案件：不计入")  # fmt: skip
    built.quirk("decided_next_year_or_pending", name, "案件登记", figures,
                "2023年底立案、2024年决定的计入；决定日期空着（办理中）的不计")  # fmt: skip


# --- 法律顾问: a Word log per village ------------------------------------------------------------------------

SERVICES = {"法律咨询": 6, "审查合同": 2, "出具法律意见书": 1, "参与调解": 1.5, "法治讲座": 0.8, "法律援助": 0.3}
TRUTH = {"法律咨询": "法律咨询", "审查合同": "文书审核", "出具法律意见书": "法律意见书", "法律援助": "法律援助"}


def counsel_word_log_per_village(built: Built, rng: random.Random, village: str) -> None:
    """A village's 法律顾问 service record kept in Word: the title as the paragraph above the table, 服务时间 typed
    2024年3月5日 (one entry of late December 2023 at the top), 服务内容 in words, 服务类型, 数量 as 3人次 or blank
    (one), 顾问签字 / 村干部签字 columns; 参与调解 and 法治讲座 are services of no figure."""
    name = f"{village}法律顾问服务记录（{YEAR}年）.docx"
    sheet = Sheet(f"麦丘镇{village}法律顾问服务记录表")
    sheet.header([["序号", "服务时间", "服务内容", "服务类型", "数量", "顾问签字", "村干部签字"]])
    days = [dt.date(2023, 12, 27), *fake.dates_in(rng, YEAR, rng.randint(7, 11))]
    records = built.ledgers.setdefault("counsel", [])
    for n, day in enumerate(days, start=1):
        service = fake.pick(rng, SERVICES)
        quantity = rng.choice([1, 2, 3, 4]) if service == "法律咨询" else rng.choice([None, None, 1, 2])
        typed = "" if quantity is None else (f"{quantity}人次" if service == "法律咨询" else f"{quantity}件")
        sheet.add(n, fake.date_cell(day, "cn"), f"为{rng.choice(('村民', '村委会', '合作社'))}{service}", service, typed,
                  None, None)  # fmt: skip
        if service in TRUTH:
            records.append({"served_on": day, "service": TRUTH[service], "quantity": quantity})
    sheet.doc_after = ["法律顾问：__________    律师事务所：__________    村（社区）负责人：__________"]
    built.books.append(Book(name, [sheet], fmt="docx"))
    if village == VILLAGES[0]:
        built.quirk("word_table", name, sheet.name, ("counsel.consultations", "counsel.document_reviews"),
                    "每村一份 Word 服务记录表，表名是表格上方的段落；12月27日的2023年一条不计")  # fmt: skip
        built.quirk("count_with_unit_or_blank", name, sheet.name, "counsel.consultations",
                    "数量写作 3人次 / 2件，空着算 1；参与调解、法治讲座 不属任何数")  # fmt: skip


# --- 学法: the study register as .ods -------------------------------------------------------------------------

STUDY = (
    ("党委理论学习中心组学法", "中心组学习", "领导干部"),
    ("政府常务会议会前学法", "会前学法", "领导干部"),
    ("法律明白人培训", "集中培训", "法律明白人"),
    ("村两委干部法治培训", "集中培训", "村两委干部"),
    ("行政执法人员业务培训", "集中培训", "行政执法人员"),
)


def study_register_as_ods(built: Built, rng: random.Random) -> None:
    """The 学法用法 register saved by WPS as .ods: a row per session (日期 2024.3.5, 学习内容, 学习形式, 参学对象, 参加人数),
    the 法宣在线 exam one more row with 应参考人数 / 实参考人数 filled only there."""
    name = f"麦丘镇{YEAR}年学法用法登记表.ods"
    sheet = Sheet("学法登记")
    sheet.title(f"麦丘镇{YEAR}年学法用法登记表", 9)
    sheet.header([["序号", "日期", "学习内容", "学习形式", "参学对象", "参加人数（人次）", "应参考人数", "实参考人数",
                   "备注"]])  # fmt: skip
    records = []
    days = fake.dates_in(rng, YEAR, 14)
    exam_at = 10
    for n, day in enumerate(days, start=1):
        if n == exam_at:
            required, taken = 52, 51
            sheet.add(n, fake.date_cell(day, "dot"), f"{YEAR}年度领导干部法宣在线学法考试", "考试", "领导干部", taken,
                      required, taken, "1人因病缺考")  # fmt: skip
            records.append({"held_on": day, "audience": "领导干部", "exam_required": required, "exam_taken": taken})
            continue
        topic, form, audience = rng.choice(STUDY)
        sheet.add(n, fake.date_cell(day, "dot"), topic, form, audience, rng.randint(12, 60), None, None, None)
        records.append({"held_on": day, "audience": audience})
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["training"] = records
    built.quirk("ods_spreadsheet", name, "学法登记", ("training.legal_literacy_sessions", "training.exam_coverage"),
                "WPS 另存的 .ods；考试一行填 应参考/实参考，其余行空着")  # fmt: skip
