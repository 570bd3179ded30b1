"""查干淖尔苏木 (虚构; 察汗旗 of 白音盟, a fictitious banner and league of 内蒙古's steppe), 2024: a pastoral 苏木 of
嘎查 and one 社区 whose offices — 综治中心, 司法所, 综合行政执法 (草原执法: 禁牧, 草畜平衡), 信访 — keep their ledgers
as 内蒙古 sumu publish and export them. Built blind (issue 12, the 66th town): from shared/spec, the harness and
public pages only.

Sources (public pages, read through the search tool; only vocabularies, columns and volumes were taken):
- 扎赉特旗巴达尔胡镇 矛盾纠纷化解 (m.163.com/dy/article/KMQ468E70514BL38.html): 镇—嘎查—艾里屯 three-level 排查,
  the dispute words of the steppe (土地草牧场边界纠纷, 牛羊越界"溜茬", 养殖粪污, 婚姻家庭, 邻里) — the dispute types here.
- 鄂温克族自治旗巴彦塔拉达斡尔民族乡 "禁牧巡查不松懈" (2024-08-16, a 政务公开 item): the 综合行政执法局队's daily 禁牧 and
  草畜平衡 patrols, each herd counted, registered and signed (《内蒙古自治区草畜平衡和禁牧休牧条例》) — the two
  inspection registers of the enforcement book.
- 阿拉善左旗巴彦木仁苏木 2024年政府信息公开工作年度报告 (gxq.als.gov.cn/art/2025/1/6/art_4823_522822.html: 46 items on
  the portal, 240 on the 苏木's 微信公众号) and 扎赉特旗宝力根花苏木 2024 report (zltq.gov.cn, 66 portal items, 220 on
  政务新媒体, no 依申请) — the disclosure register's channels and volume.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind; 自治区 / 盟 / 旗 are 内蒙古's words for
  省 / 市 / 县, so its 信访 联办 are 自治区联办, 盟联办, 旗联办.

Everything is fictitious: the 苏木, the banner and league, the 嘎查 (宝力格嘎查, 呼和嘎查, 乌兰哈达嘎查, 额尔敦嘎查,
阿拉坦嘎查, 塔林嘎查, 查干社区), the people (tests/devtowns/fake.py), the case numbers.

Files (10): the 综合行政执法's 草原执法 book saved by WPS as .et (a sheet per category, no category column, a
Mongolian-script title line), the 综治中心's 排查 register (xlsx: 排查时间 as 年 | 月 | 日 columns, the year merged down
its block, empty numbered template rows), the 人民调解 register (GBK CSV, 以案定补 amounts typed 150元), a Word 信访
register (自治区联办 / 盟联办 / 旗联办), the portal's 信息 export (HTML as .xls, times of day), a BIFF .xls of 平安建设
events (2024年3月5号), the 涉诈 list (xlsx), the 嘎查法律顾问 log (CSV UTF-8 BOM, 次数 "3次" or blank), the 行政应诉
register (.ods) and the 学法用法 register (xlsx, “法律明白人” in quotes). No 规范性文件 register (the 苏木 issues none
and keeps none): those figures are null.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "查干淖尔苏木"
YEAR = 2024
BANNER = "察汗旗"
LEAGUE = "白音盟"
VILLAGES = ("宝力格嘎查", "呼和嘎查", "乌兰哈达嘎查", "额尔敦嘎查", "阿拉坦嘎查", "塔林嘎查", "查干社区")
GACHA = VILLAGES[:-1]
SEED = 66_2024
# The 苏木's name in Mongolian script (Chagan Nagur Sumu), as bilingual 内蒙古 documents head their titles.
MONGOLIAN_TITLE = "ᠴᠠᠭᠠᠨ ᠨᠠᠭᠤᠷ ᠰᠤᠮᠤ"


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def category_per_sheet_grassland_enforcement(built: Built, rng: random.Random) -> None:
    """The 综合行政执法's 草原执法 book, kept in WPS and saved as .et: one sheet per category and no category column
    — 行政处罚, and 行政检查 twice, qualified by the patrol (禁牧巡查, 草畜平衡核查) — a Mongolian-script line above
    each Chinese title, penalty decisions dated as dates, a penalty of late 2023 left at the top, and a 填表说明 sheet."""
    name = f"{TOWN}草原执法案件台账{YEAR}.et"
    records = []

    pen = Sheet("行政处罚")
    pen.title(MONGOLIAN_TITLE, 10)
    pen.title(f"{BANNER}{TOWN}{YEAR}年草原行政处罚案件台账", 10)
    pen.header(
        [
            [
                "序号",
                "案件编号",
                "案件名称",
                "当事人",
                "嘎查",
                "违法事实",
                "处罚决定日期",
                "罚款金额（元）",
                "执法人员",
                "备注",
            ]
        ]
    )
    causes = {
        "违反禁牧规定擅自放牧": ("在禁牧区放牧羊只{n}只", (500, 3000)),
        "超载过牧未按期核减牲畜": ("超核定载畜量{n}个羊单位", (1000, 5000)),
        "非法开垦草原": ("开垦天然草原{n}亩", (3000, 20000)),
        "机动车辆离开道路碾压草原植被": ("碾压草原植被约{n}平方米", (200, 2000)),
    }
    late = dt.date(YEAR - 1, 12, 26)
    case_no = f"察查综执罚字〔{YEAR - 1}〕第31号"
    pen.add(1, case_no, "违反禁牧规定擅自放牧", fake.masked(fake.name(rng)), "塔林嘎查", "在禁牧区放牧羊只86只",
            dt.datetime(late.year, late.month, late.day), 800, f"{fake.name(rng)}、{fake.name(rng)}", "上年案件")  # fmt: skip
    records.append({"case_no": case_no, "category": "行政处罚", "decided_on": late})
    for n, day in enumerate(_days(rng, 17, dt.date(YEAR, 3, 1)), start=1):
        cause = fake.pick(rng, {"违反禁牧规定擅自放牧": 6, "超载过牧未按期核减牲畜": 3, "非法开垦草原": 1,
                                "机动车辆离开道路碾压草原植被": 2})  # fmt: skip
        fact, (lo, hi) = causes[cause]
        case_no = f"察查综执罚字〔{YEAR}〕第{n}号"
        pen.add(n + 1, case_no, cause, fake.masked(fake.name(rng)), rng.choice(GACHA),
                fact.format(n=rng.randint(20, 300)), dt.datetime(day.year, day.month, day.day),
                rng.randrange(lo, hi, 100), f"{fake.name(rng)}、{fake.name(rng)}", "")  # fmt: skip
        records.append({"case_no": case_no, "category": "行政处罚", "decided_on": day})

    patrol = Sheet("行政检查（禁牧巡查）")
    patrol.title(MONGOLIAN_TITLE, 8)
    patrol.title(f"{TOWN}{YEAR}年禁牧巡查检查台账", 8)
    patrol.header(
        [["序号", "检查编号", "检查日期", "检查嘎查", "检查对象（牧户）", "检查内容", "检查结果", "现场检查笔录"]]
    )
    for n, day in enumerate(_days(rng, 44, dt.date(YEAR, 3, 15), dt.date(YEAR, 6, 20)), start=1):
        case_no = f"察查综执检〔{YEAR}〕{n:03d}号"
        result = fake.pick(rng, {"未发现违规放牧": 8, "发现违规放牧，已责令改正": 2})
        patrol.add(n, case_no, dt.datetime(day.year, day.month, day.day), rng.choice(GACHA),
                   fake.masked(fake.name(rng)), "春季休牧期禁牧巡查", result, "有")  # fmt: skip
        records.append({"case_no": case_no, "category": "行政检查", "decided_on": day})

    balance = Sheet("行政检查（草畜平衡核查）")
    balance.title(MONGOLIAN_TITLE, 10)
    balance.title(f"{TOWN}{YEAR}年草畜平衡核查台账", 10)
    balance.header(
        [["序号", "文书编号", "核查日期", "嘎查", "牧户", "承包草场面积（亩）", "核定载畜量（羊单位）",
          "实际存栏（羊单位）", "核查结论", "执法人员"]]
    )  # fmt: skip
    for n, day in enumerate(_days(rng, 31, dt.date(YEAR, 6, 25), dt.date(YEAR, 11, 29)), start=1):
        case_no = f"察查综执草平〔{YEAR}〕{n}号"
        area = rng.randrange(1500, 12000, 50)
        allowed = area // 40
        actual = allowed + rng.choice([-30, -10, 0, 0, 5, 20, 60])
        balance.add(n, case_no, dt.datetime(day.year, day.month, day.day), rng.choice(GACHA),
                    fake.masked(fake.name(rng)), area, allowed, actual,
                    "超载，限期核减" if actual > allowed else "草畜平衡", fake.name(rng))  # fmt: skip
        records.append({"case_no": case_no, "category": "行政检查", "decided_on": day})

    notes = Sheet("填表说明")
    notes.add("填表说明：")
    notes.add("1. 本台账按执法类别分表填写，行政处罚以处罚决定日期为准，行政检查以检查日期为准；")
    notes.add("2. 禁牧巡查、草畜平衡核查均须制作现场检查笔录或核查文书；")
    notes.add("3. 罚款金额以元为单位。")

    built.books.append(Book(name, [pen, patrol, balance, notes], fmt="biff"))
    built.ledgers["enforcement"] = records
    figures = ("enforcement.cases", "enforcement.inspection", "enforcement.penalty")
    built.quirk(
        "category_from_sheet_or_title",
        name,
        patrol.name,
        figures,
        "没有执法类别列：类别在表名里（行政检查（禁牧巡查））",
    )
    built.quirk(
        "value_qualifiers", name, balance.name, "enforcement.inspection", "两张表同属 行政检查，括号里是巡查种类"
    )
    built.quirk("mongolian_script_title", name, pen.name, "enforcement.penalty", "标题上方一行蒙古文（蒙汉双语）")
    built.quirk("wps_et", name, pen.name, "enforcement.cases", "WPS 另存的 .et")


DISPUTE_TYPES = {
    "草场边界纠纷": 5,
    "草牧场承包纠纷": 3,
    "牲畜损害纠纷": 4,
    "劳务纠纷": 2,
    "邻里纠纷": 3,
    "婚姻家庭纠纷": 2,
    "养殖粪污纠纷": 1,
}
DISPUTE_STATUS = {
    "已化解": "已化解",
    "化解": "已化解",
    "已调处化解": "已化解",
    "正在化解": "化解中",
    "稳控中": "化解中",
    "已上报": "已上报/移交",
    "未化解": "未化解",
}
STATUS_WEIGHTS = {
    "已化解": 6,
    "化解": 1,
    "已调处化解": 1.5,
    "正在化解": 0.4,
    "稳控中": 0.3,
    "已上报": 0.2,
    "未化解": 0.1,
}


def year_month_day_columns(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解 register: 排查时间 over three columns 年 | 月 | 日, the year cell merged down over
    its block of records (three of December 2023 carried over, then the year's), 化解情况 over 化解状态 | 化解时间, and
    numbered template rows left empty at the end. Returns the year's resolved disputes (for the mediation register)."""
    name = f"{TOWN}矛盾纠纷排查化解工作台账（{YEAR}年度）.xlsx"
    sheet = Sheet("排查化解台账")
    sheet.title(f"{TOWN}{YEAR}年度矛盾纠纷排查化解工作台账", 13)
    sheet.add(f"填报单位：{TOWN}综治中心", *[None] * 9, "填报时间：2025年1月6日", None, None)
    sheet.header(
        [
            ["序号", "编号", "排查时间", None, None, "嘎查（社区）", "纠纷类型", "当事人", "简要情况", "化解情况", None,
             "风险等级", "包联干部"],
            [None, None, "年", "月", "日", None, None, None, None, "化解状态", "化解时间", None, None],
        ],
        [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 1, 5), (1, 6, 2, 6), (1, 7, 2, 7), (1, 8, 2, 8), (1, 9, 2, 9),
         (1, 10, 1, 11), (1, 12, 2, 12), (1, 13, 2, 13)],
    )  # fmt: skip
    carried = sorted(rng.sample(range(18, 30), 3))
    days = [dt.date(YEAR - 1, 12, d) for d in carried] + _days(rng, 168)
    records, resolved = [], []
    block_start = None
    serial = 0
    for day in days:
        serial += 1
        kind = fake.pick(rng, DISPUTE_TYPES)
        word = fake.pick(rng, STATUS_WEIGHTS)
        status = DISPUTE_STATUS[word]
        if day.year < YEAR:  # the carried-over ones were all settled in January
            word, status = "已化解", "已化解"
        done = day + dt.timedelta(days=rng.randint(1, 20)) if status == "已化解" else None
        no = f"CG{day.year}{serial:03d}"
        row = sheet.add(
            serial,
            no,
            day.year,
            day.month,
            day.day,
            rng.choice(VILLAGES),
            kind,
            f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}",
            "双方因" + kind.removesuffix("纠纷") + "问题发生争执",
            word,
            f"{done:%Y-%m-%d}" if done else "",
            fake.pick(rng, {"蓝": 8, "黄": 2, "红": 0.3}),
            fake.name(rng),
        )
        if block_start is None or sheet.rows[block_start - 1][2] != day.year:
            if block_start is not None:
                _merge_year(sheet, block_start, row - 1)
            block_start = row
        else:
            sheet.rows[row - 1][2] = None  # the year stands on its block's first row only (merged down)
        records.append({"screened_on": day, "status": status})
        if status == "已化解" and day.year == YEAR:
            resolved.append({"no": no, "screened_on": day, "kind": kind})
    _merge_year(sheet, block_start, len(sheet.rows))
    for n in range(serial + 1, serial + 11):  # the template's numbered rows nobody filled
        sheet.add(n, *[None] * 12)
    sheet.add("审核人：", None, None, None, None, None, None, "填表人：")
    built.books.append(Book(name, [sheet]))
    built.ledgers["disputes"] = records
    figures = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("date_in_three_columns", name, sheet.name, figures, "排查时间 分 年 | 月 | 日 三列")
    built.quirk("year_merged_down", name, sheet.name, figures,
                "年 一格合并覆盖整段记录（2023年12月三件在前，2024年一段在后）")  # fmt: skip
    built.quirk(
        "value_synonyms", name, sheet.name, ("disputes.resolved",), "化解、已调处化解 = 已化解；稳控中 = 化解中"
    )
    built.quirk("empty_numbered_rows", name, sheet.name, "disputes.screened", "表尾10行只有序号的空模板行")
    return resolved


def _merge_year(sheet: Sheet, first: int, last: int) -> None:
    if last > first:
        sheet.merges.append((first, 3, last, 3))


# 以案定补 of this fictitious banner (illustrative, not a published rate): 口头 50 元; 书面 by tier 一般 150 /
# 疑难 300 / 重大 500 元.
SUBSIDY = {("口头", "简易"): 50, ("书面", "一般"): 150, ("书面", "疑难"): 300, ("书面", "重大"): 500}


def amounts_typed_with_yuan(built: Built, rng: random.Random, resolved: list[dict]) -> None:
    """The 司法所's 人民调解案件登记 exported from the mediation system as a GBK CSV: 苏木 and 嘎查 调委会 in one
    list, 补贴金额 typed 150元 on some rows and 150 on others, / for none, a case of December 2023 concluded in
    January, unsuccessful and pending cases, and a 合计 line."""
    name = f"{TOWN}人民调解案件登记台账{YEAR}.csv"
    sheet = Sheet("调解登记")
    sheet.add(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记台账")
    sheet.header(
        [["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "申请人", "被申请人", "协议形式", "调解结果",
          "结案日期", "补贴等级", "补贴金额", "关联排查编号", "履行情况"]]
    )  # fmt: skip
    cases = [("成功", r, r["screened_on"] + dt.timedelta(days=rng.randint(0, 2))) for r in rng.sample(resolved, 96)]
    cases += [(outcome, None, day) for outcome, day in zip(["不成功"] * 4 + ["调解中"] * 2, _days(rng, 6))]
    cases = [(outcome, dispute, min(day, dt.date(YEAR, 12, 20))) for outcome, dispute, day in cases]
    cases.sort(key=lambda c: c[2])
    records, total = [], 0
    old_no = f"（{YEAR - 1}）查人调字第88号"
    sheet.add(1, old_no, f"{YEAR - 1}/12/20", "苏木人民调解委员会", "草场边界纠纷", fake.masked(fake.name(rng)),
              fake.masked(fake.name(rng)), "书面协议", "成功", f"{YEAR}/1/9", "一般", "150元", "", "已履行")  # fmt: skip
    records.append({"file_no": old_no, "accepted_on": dt.date(YEAR - 1, 12, 20), "form": "书面", "result": "调解成功",
                    "subsidy": 150})  # fmt: skip
    for n, (outcome, dispute, day) in enumerate(cases, start=1):
        file_no = f"（{YEAR}）查人调字第{n}号"
        kind = dispute["kind"] if dispute else fake.pick(rng, DISPUTE_TYPES)
        org = "苏木人民调解委员会" if rng.random() < 0.35 else f"{rng.choice(GACHA)}人民调解委员会"
        if outcome == "成功":
            form = (
                "书面"
                if kind in ("草牧场承包纠纷", "草场边界纠纷") and rng.random() < 0.6 or rng.random() < 0.15
                else "口头"
            )
            tier = rng.choice(["一般", "一般", "疑难", "重大"]) if form == "书面" else "简易"
            money = SUBSIDY[(form, tier)]
            total += money
            typed_money = f"{money}元" if rng.random() < 0.5 else money
            sheet.add(n + 1, file_no, f"{day.year}/{day.month}/{day.day}", org, kind, fake.masked(fake.name(rng)),
                      fake.masked(fake.name(rng)), f"{form}协议", "成功",
                      f"{(day + dt.timedelta(days=rng.randint(1, 10))):%Y/%m/%d}", tier, typed_money,
                      dispute["no"], fake.pick(rng, {"已履行": 9, "部分履行": 1}))  # fmt: skip
            records.append(
                {"file_no": file_no, "accepted_on": day, "form": form, "result": "调解成功", "subsidy": money}
            )
        else:
            result = "不成功" if outcome == "不成功" else "调解中"
            sheet.add(n + 1, file_no, f"{day.year}/{day.month}/{day.day}", org, kind, fake.masked(fake.name(rng)),
                      fake.masked(fake.name(rng)), "/", result,
                      f"{(day + dt.timedelta(days=15)):%Y/%m/%d}" if outcome == "不成功" else "", "/", "/", "",
                      "/")  # fmt: skip
            records.append({"file_no": file_no, "accepted_on": day, "form": None,
                            "result": "调解不成功" if outcome == "不成功" else "调解中", "subsidy": None})  # fmt: skip
    sheet.add("合计", None, None, None, None, None, None, None, None, None, None, f"{total + 150}元", None, None)
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["mediation"] = records
    built.quirk("csv_gbk", name, sheet.name, "mediation.cases")
    built.quirk(
        "amount_with_unit_in_cell", name, sheet.name, "mediation.subsidy_yuan", "补贴金额 150元 与 150 混写，无补贴写 /"
    )
    built.quirk("accepted_last_year", name, sheet.name, ("mediation.cases", "mediation.written"),
                "2023年12月受理、2024年1月结案的一件不计入本年")  # fmt: skip


# 内蒙古's words for the levels: 自治区 (省), 盟 (市), 旗 (县).
PETITION_SOURCES = {
    "中联办": "中联办",
    "自治区联办": "省联办",
    "盟联办": "市联办",
    "旗联办": "县联办",
    "本级受理": "本级受理",
}


def autonomous_region_levels(built: Built, rng: random.Random) -> None:
    """The 信访 register kept in Word: 交办单位 in 内蒙古's level words (自治区联办, 盟联办, 旗联办), dates 2024年3月5日, and
    a 2023 item still open carried at the bottom."""
    name = f"{TOWN}信访事项登记台账{YEAR}.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.header([["信访编号", "交办单位", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态", "办结日期"]])
    items = [
        ("中联办", "已化解", "否", "草原生态补奖资金发放"),
        ("自治区联办", "已化解", "否", "草牧场承包经营权确权"),
        ("自治区联办", "正在化解", "是", "草场边界争议"),
        ("盟联办", "已化解", "否", "禁牧补助标准"),
        ("盟联办", "正在化解", "否", "牧民工资拖欠"),
        ("旗联办", "已化解", "否", "嘎查集体草场流转收益分配"),
        ("旗联办", "已化解", "是", "牲畜被车辆撞死赔偿"),
        ("旗联办", "正在化解", "否", "围栏占用草场"),
        ("本级受理", "已化解", "否", "邻里饮水井使用"),
        ("本级受理", "正在化解", "否", "草场转包合同"),
    ]
    records = []
    for n, ((source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"CGXF-{YEAR}-{n:02d}"
        closed = fake.date_cell(day + dt.timedelta(days=rng.randint(15, 50)), "cn") if status == "已化解" else ""
        sheet.add(no, source, fake.masked(fake.name(rng)), issue, repeat, fake.date_cell(day, "cn"), status, closed)
        records.append({"petition_no": no, "source": PETITION_SOURCES[source], "status": status, "assigned_on": day})
    sheet.add(f"CGXF-{YEAR - 1}-07", "盟联办", fake.masked(fake.name(rng)), "草原征占补偿", "是",
              f"{YEAR - 1}年10月12日", "正在化解", "")  # fmt: skip
    records.append({"petition_no": f"CGXF-{YEAR - 1}-07", "source": "市联办", "status": "正在化解",
                    "assigned_on": dt.date(YEAR - 1, 10, 12)})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("region_level_words", name, sheet.name, ("petitions.assigned", "petitions.resolved", "petitions.in_progress"),
                "自治区联办 = 省联办，盟联办 = 市联办，旗联办 = 县联办")  # fmt: skip


def portal_export_with_times(built: Built, rng: random.Random) -> None:
    """The 旗 portal's 信息 list of the 苏木, exported as an HTML table saved as .xls: 发布时间 with the time of day,
    公开类型 主动公开 / 宣传报道 / 依申请公开, an item of 2023's last days at the bottom."""
    name = f"{TOWN}政务公开信息导出.xls"
    sheet = Sheet("信息列表")
    sheet.title(f"{TOWN}政务公开信息发布登记", 7)
    sheet.header([["序号", "信息标题", "所属栏目", "公开类型", "发布渠道", "发布时间", "发布人"]])
    kinds = ["主动公开"] * 52 + ["媒体发布"] * 118 + ["依申请公开"] * 1
    rng.shuffle(kinds)
    portal = {"草原生态保护补助奖励资金发放公示": "财政信息", "禁牧休牧通告": "通知公告", "嘎查“三务”公开": "通知公告",
              "苏木2024年部门预算公开": "财政信息", "临时救助对象公示": "社会救助"}  # fmt: skip
    media = [
        "法律明白人走进牧户",
        "草原防火宣传进嘎查",
        "苏木开展禁牧巡查",
        "乌兰牧骑送法下乡",
        "调解室化解草场边界纠纷",
    ]
    records = []
    for n, (kind, day) in enumerate(zip(kinds, _days(rng, len(kinds))), start=1):
        stamp = f"{day:%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        if kind == "主动公开":
            title = rng.choice(list(portal))
            row = (title, portal[title], "主动公开", f"{BANNER}人民政府门户网站")
        elif kind == "媒体发布":
            row = (rng.choice(media), "工作动态", "宣传报道", "“查干淖尔发布”微信公众号")
        else:
            row = ("关于草场确权登记信息的申请答复", "依申请公开", "依申请公开", "书面答复")
        sheet.add(n, *row, stamp, fake.name(rng))
        records.append({"published_on": day, "type": kind})
    sheet.add(len(kinds) + 1, "苏木冬季草原防火紧急通知", "通知公告", "主动公开", f"{BANNER}人民政府门户网站",
              f"{YEAR - 1}-12-28 16:40:12", fake.name(rng))  # fmt: skip
    records.append({"published_on": dt.date(YEAR - 1, 12, 28), "type": "主动公开"})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["disclosure"] = records
    figures = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk("html_as_xls", name, sheet.name, figures)
    built.quirk("datetime_text", name, sheet.name, figures, "发布时间 2024-03-05 10:22:31")
    built.quirk("value_synonyms", name, sheet.name, "disclosure.media", "宣传报道 = 媒体发布")


def hao_dates_security(built: Built, rng: random.Random) -> None:
    """The 派出所/综治 平安建设 events in an Excel 97 .xls: dates typed 2024年3月5号, 拘留人数 typed 2人, 偷盗牲畜 cases
    beside the 家暴 and 涉黄 rows."""
    name = f"{TOWN}平安建设工作台账{YEAR}.xls"
    sheet = Sheet("平安建设")
    sheet.title(f"{TOWN}{YEAR}年平安建设工作台账（治安案件、家暴告诫）", 7)
    sheet.header([["序号", "日期", "类型", "嘎查（社区）", "当事人", "处理结果", "治安拘留人数"]])
    plan = (["家暴告诫书"] * 6 + ["家暴治安案件"] * 1 + ["涉黄治安案件"] * 1 + ["涉赌治安案件"] * 3
            + ["偷盗牲畜治安案件"] * 2)  # fmt: skip
    rng.shuffle(plan)
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        detained = {"家暴告诫书": 0, "家暴治安案件": 1, "涉黄治安案件": 2}.get(kind, rng.randint(1, 4))
        result = "出具家庭暴力告诫书" if kind == "家暴告诫书" else "行政拘留"
        sheet.add(n, fake.date_cell(day, "cn_hao"), kind, rng.choice(VILLAGES), fake.masked(fake.name(rng)), result,
                  f"{detained}人" if detained else "0")  # fmt: skip
        records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["security"] = records
    built.quirk("hao_for_ri", name, sheet.name, ("security.dv_warnings", "security.vice_cases"), "日期 2024年3月5号")
    built.quirk("count_with_unit", name, sheet.name, "security.vice_detentions", "拘留人数 2人")


def fraud_list(built: Built, rng: random.Random) -> None:
    """The 涉诈高危人员 list of the 综治中心: 在管 / 已核减, 核减时间, 是否取得联系, a 备注 of lawful travel."""
    name = f"{TOWN}涉诈高危人员管控台账.xlsx"
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账（截至{YEAR}年12月31日）", 9)
    sheet.header([["序号", "姓名", "身份证号码", "联系电话", "户籍地", "管控状态", "核减时间", "是否取得联系", "备注"]])
    records = []
    for serial, removed, contacted, person in fake.watch_list(rng, 9, list(VILLAGES), 0.45):
        when = fake.date_cell(_days(rng, 1)[0], "dot") if removed else ""
        note = "持合法出入境手续" if removed and rng.random() < 0.5 else ""
        sheet.add(serial, *person[:3], f"{BANNER}{person[3]}", "已核减" if removed else "在管", when,
                  "是" if contacted else "否", note)  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("value_synonyms", name, sheet.name, "fraud_watch.remaining", "在管 = 在册")


COUNSEL_WORDS = {
    "咨询": "法律咨询",
    "合同审查": "文书审核",
    "审核文书": "文书审核",
    "出具法律意见书": "法律意见书",
    "法律援助": "法律援助",
    "法治讲座": None,
    "参与调解": None,
}


def blank_count_is_one(built: Built, rng: random.Random) -> None:
    """The 嘎查法律顾问 service log, a CSV with BOM from the 司法所's spreadsheet: 次数 typed 3次, 2, or left blank (one),
    lectures and joined mediations beside the counted services."""
    name = f"{TOWN}嘎查（社区）法律顾问服务台账{YEAR}.csv"
    sheet = Sheet("服务台账")
    sheet.header([["日期", "服务嘎查（社区）", "服务类型", "次数", "法律顾问", "律所", "备注"]])
    weights = {"咨询": 6, "合同审查": 1.5, "审核文书": 1, "出具法律意见书": 1, "法律援助": 0.3, "法治讲座": 1,
               "参与调解": 1}  # fmt: skip
    records = []
    for day in _days(rng, 58):
        word = fake.pick(rng, weights)
        qty = rng.choice([None, 1, 2, 3, 4]) if word == "咨询" else rng.choice([None, None, 1, 2])
        if word == "法律援助":
            qty = None
        typed = "" if qty is None else rng.choice([f"{qty}次", str(qty)])
        sheet.add(f"{day:%Y-%m-%d}", rng.choice(VILLAGES), word, typed, fake.name(rng), "（虚构）草原律师事务所", "")
        if COUNSEL_WORDS[word]:
            records.append({"served_on": day, "service": COUNSEL_WORDS[word], "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["counsel"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, "counsel.consultations")
    built.quirk("blank_quantity_counts_one", name, sheet.name,
                ("counsel.consultations", "counsel.opinions", "counsel.document_reviews", "counsel.legal_aid"),
                "次数 空着算1，写作 3次 或 3")  # fmt: skip


def litigation_ods(built: Built, rng: random.Random) -> None:
    """The 行政应诉 register saved as .ods: two herders' suits over 草原 penalties this year, one heard in 2023."""
    name = f"{TOWN}行政应诉案件登记台账{YEAR}.ods"
    sheet = Sheet("行政应诉")
    sheet.title(f"{TOWN}行政应诉案件登记台账", 8)
    sheet.header([["案号", "原告", "被告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭", "审理结果"]])
    plan = [
        (f"（{YEAR - 1}）内2599行初41号", dt.date(YEAR - 1, 11, 16), True, "驳回诉讼请求"),
        (f"（{YEAR}）内2599行初8号", dt.date(YEAR, 4, 23), True, "驳回诉讼请求"),
        (f"（{YEAR}）内2599行初27号", dt.date(YEAR, 9, 10), False, "撤诉"),
    ]
    records = []
    for case_no, day, appeared, result in plan:
        sheet.add(case_no, fake.masked(fake.name(rng)), f"{TOWN}人民政府", "草原行政处罚", fake.date_cell(day, "iso"),
                  f"{fake.name(rng)}（苏木达）" if appeared else "", "是" if appeared else "否", result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared})
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["litigation"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, "litigation.cases")


def quoted_audience_training(built: Built, rng: random.Random) -> None:
    """The 学法用法 register: sessions for the 嘎查 “法律明白人” (the audience typed with and without quotes), the
    领导干部 online exam with 应参考 / 实参考, and other sessions that count for neither figure."""
    name = f"{TOWN}学法用法培训台账{YEAR}.xlsx"
    sheet = Sheet("学法用法")
    sheet.title(f"{TOWN}{YEAR}年学法用法及普法培训台账", 9)
    sheet.header([["序号", "日期", "活动名称", "对象", "形式", "参加人数", "学时", "应参考人数", "实参考人数"]])
    plan = [
        ("党委理论学习中心组学法", "领导干部", "中心组学习", 15, 2, None, None),
        ("“法律明白人”草原法专题培训", "“法律明白人”", "线下", 24, 3, None, None),
        ("行政执法人员草原执法业务培训", "行政执法人员", "集中培训", 12, 4, None, None),
        ("法律明白人线上培训", "法律明白人", "线上", 21, 2, None, None),
        ("领导干部法宣在线学法考试", "领导干部", "考试", None, None, 42, 41),
        ("嘎查“法律明白人”调解技能培训", "“法律明白人”", "线下", 23, 3, None, None),
        ("会前学法：内蒙古自治区草畜平衡和禁牧休牧条例", "领导干部", "会前学法", 18, 1, None, None),
    ]
    records = []
    for n, ((title, audience, form, people, hours, req, took), day) in enumerate(zip(plan, _days(rng, len(plan))), 1):
        sheet.add(n, fake.date_cell(day, "cn"), title, audience, form, people, hours, req, took)
        records.append({"held_on": day, "audience": audience.strip("“”"), "exam_required": req, "exam_taken": took})
    built.books.append(Book(name, [sheet]))
    built.ledgers["training"] = records
    built.quirk(
        "quoted_audience", name, sheet.name, "training.legal_literacy_sessions", "对象写作 “法律明白人”（带引号）"
    )


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    category_per_sheet_grassland_enforcement(built, rng)
    resolved = year_month_day_columns(built, rng)
    amounts_typed_with_yuan(built, rng, resolved)
    autonomous_region_levels(built, rng)
    portal_export_with_times(built, rng)
    hao_dates_security(built, rng)
    fraud_list(built, rng)
    blank_count_is_one(built, rng)
    litigation_ods(built, rng)
    quoted_audience_training(built, rng)
    built.ledgers["normative_documents"] = Null("苏木没有规范性文件登记备案台账")
    return built
