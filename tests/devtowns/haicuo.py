"""海厝镇 (虚构; 东澳县, a fictitious county of 福建's coast), 2024: a fishing-harbour 镇 of villages, 社区 and 渔村 whose
offices keep their ledgers as 福建 townships publish and export them. Built blind (issue 12, the 65th town): from
shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 泉港 南埔镇 "海枫调解室" (china.com.cn, 2025-11-11): 涉渔涉海纠纷 (渔船碰撞, 海域养殖, 船员劳务) mediated at the
  harbour by 专职/兼职调解员, with 调解成功率 and 以案定补 rewards — the dispute and mediation vocabularies here.
- 萩芦镇 (pthj.gov.cn, 2025-01-10), 蓬华镇 (nanan.gov.cn, 2025-01-07), 玉田镇 (fzcl.gov.cn) 2024 政府信息公开工作年度报告:
  a 福建 town publishes a few dozen items a year on the 区/县 portal and its 微信公众号, 依申请公开 0 — the
  disclosure register's channels and volume.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the town, the county, the villages (前澳村, 后屿村, 东礁村, 西埕村, 渔港社区, 镇区社区),
the people (tests/devtowns/fake.py), the case numbers.

Files (9): a 综合执法 platform's web export (.xls that is HTML), a 信息发布 register (CSV UTF-8 BOM), the 综治
platform's 矛盾纠纷 quarterly sheets, a WPS .xls of 人民调解 以案定补, a Word 信访 register with tick boxes, a
GBK CSV of 平安建设 events, a 涉诈 list, the 一村一法律顾问 log in .ods with the count in the service cell, and a
法治建设台账汇编 (目录 + 行政应诉 + 学法 + 规范性文件).
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "海厝镇"
YEAR = 2024
COUNTY = "东澳县"
VILLAGES = ("前澳村", "后屿村", "东礁村", "西埕村", "渔港社区", "镇区社区")
SEED = 65_2024


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def enforcement(built: Built, rng: random.Random) -> None:
    """综合执法 cases as the province's 行政执法 platform exports them: an HTML table saved as .xls, the category with
    类 appended, a case with two parties listed once per party, and a case decided in late 2023."""
    name = f"{TOWN}综合执法案件导出.xls"
    sheet = Sheet("案件列表")
    sheet.title(f"{COUNTY}{TOWN}综合行政执法案件信息（导出）", 8)
    sheet.header([["序号", "案件编号", "案由", "执法类别", "当事人", "所在村（社区）", "办结日期", "承办队员"]])
    plan = {"行政检查": 46, "行政处罚": 14, "行政许可": 9, "行政确认": 6, "行政强制": 2}
    causes = {
        "行政检查": ["渔港码头安全生产检查", "渔船停泊区消防检查", "海鲜排档食品安全检查", "沿海防风设施检查"],
        "行政处罚": ["违规占用渔港岸线堆放渔具", "擅自在海滩倾倒垃圾", "违法搭建养殖看护棚", "占道晾晒海产品"],
        "行政许可": ["临时占用道路许可", "户外广告设置许可", "渔港临时搭建许可"],
        "行政确认": ["渔船归属村确认", "农村宅基地使用确认"],
        "行政强制": ["强制拆除违法搭建养殖棚"],
    }
    cases = [c for c, n in plan.items() for _ in range(n)]
    rng.shuffle(cases)
    days = _days(rng, len(cases))
    records = []
    serial = 0
    for n, (category, day) in enumerate(zip(cases, days), start=1):
        case_no = f"东澳海厝综执〔{YEAR}〕{n:03d}号"
        people = [fake.name(rng)] + ([fake.name(rng)] if category == "行政处罚" and n % 5 == 0 else [])
        for person in people:  # one row per party: the platform lists a case once for each
            serial += 1
            sheet.add(
                serial,
                case_no,
                rng.choice(causes[category]),
                category + "类",
                fake.masked(person),
                rng.choice(VILLAGES),
                f"{day:%Y-%m-%d}",
                fake.name(rng),
            )
        records.append({"case_no": case_no, "category": category, "decided_on": day})
    # Filed in 2023's last days, exported with this year's: not a 2024 case.
    late = dt.date(YEAR - 1, 12, 27)
    sheet.add(serial + 1, f"东澳海厝综执〔{YEAR - 1}〕118号", "违规占用渔港岸线堆放渔具", "行政处罚类", "陈某",
              "前澳村", f"{late:%Y-%m-%d}", fake.name(rng))  # fmt: skip
    records.append({"case_no": f"东澳海厝综执〔{YEAR - 1}〕118号", "category": "行政处罚", "decided_on": late})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["enforcement"] = records
    built.quirk("html_as_xls", name, sheet.name, "enforcement.cases", "平台导出的 HTML 表格冒充 .xls")
    built.quirk("value_suffixes", name, sheet.name, "enforcement.inspection", "执法类别写作 行政检查类")
    built.quirk("one_row_per_offender", name, sheet.name, "enforcement.penalty", "一案两名当事人各一行，编号重复")


def disclosure(built: Built, rng: random.Random) -> None:
    """The 党政办's 信息发布 register: portal items and 公众号 news, typed by 信息类别; CSV UTF-8 with BOM."""
    name = f"{TOWN}政务信息发布登记{YEAR}.csv"
    sheet = Sheet("信息发布")
    sheet.add(f"{TOWN}{YEAR}年政务信息发布登记表")
    sheet.header([["序号", "信息标题", "发布时间", "发布平台", "信息类别", "责任办公室"]])
    kinds = ["主动公开"] * 14 + ["媒体发布"] * 22
    rng.shuffle(kinds)
    topics_portal = ["渔船安全生产通告", "防台风应急预案", "乡村振兴项目公示", "临时救助名单公示", "惠渔补贴发放公示"]
    topics_media = ["海上调解室化解渔船纠纷", "渔港综合整治见成效", "法治宣传进渔村", "海上平安船队巡航"]
    records = []
    for n, (kind, day) in enumerate(zip(kinds, _days(rng, len(kinds))), start=1):
        if kind == "主动公开":
            platform, title, label = f"{COUNTY}人民政府网站", rng.choice(topics_portal), "主动公开"
        else:
            platform, title, label = "“海厝发布”微信公众号", rng.choice(topics_media), "宣传报道"
        sheet.add(n, title, f"{day.year}/{day.month}/{day.day}", platform, label, "党政办")
        records.append({"published_on": day, "type": kind})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["disclosure"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("disclosure.proactive", "disclosure.media"))
    built.quirk("value_synonyms", name, sheet.name, "disclosure.media", "宣传报道 = 媒体发布")


DISPUTE_TYPES = {
    "海上渔业纠纷": 5,
    "渔船碰撞纠纷": 2,
    "海域养殖纠纷": 3,
    "船员劳务纠纷": 2,
    "邻里纠纷": 4,
    "婚姻家庭纠纷": 3,
    "房屋宅基地纠纷": 2,
}
# The platform's 化解情况 words and what each is.
DISPUTE_STATUS = {
    "调处成功": "已化解",
    "已化解": "已化解",
    "化解中": "化解中",
    "稳控中": "化解中",
    "已移交": "已上报/移交",
}


def disputes(built: Built, rng: random.Random) -> list[dict]:
    """The 综治 platform's 矛盾纠纷排查化解 rows, one sheet a quarter as the office pastes them: 序号 restarts each
    quarter, the dates are 3月5日 with the year only in the sheet's title. Returns the resolved rows (mediation)."""
    name = f"{TOWN}矛盾纠纷排查化解台账（{YEAR}年）.xlsx"
    sheets, records = [], []
    quarters = ((1, 3), (4, 6), (7, 9), (10, 12))
    for q, (m1, m2) in enumerate(quarters, start=1):
        sheet = Sheet(f"第{'一二三四'[q - 1]}季度")
        sheet.title(f"{TOWN}{YEAR}年第{'一二三四'[q - 1]}季度矛盾纠纷排查化解台账", 9)
        sheet.add("填报单位：海厝镇综治中心（加盖公章）", None, None, None, None, None, "填报人：", None, None)
        sheet.header(
            [["序号", "编号", "排查时间", "村（社区）", "纠纷类型", "当事人", "简要情况", "化解情况", "责任人"]]
        )
        last = dt.date(YEAR, m2, 28 if m2 != 12 else 27)
        for n, day in enumerate(_days(rng, rng.randint(14, 19), dt.date(YEAR, m1, 2), last), start=1):
            kind = fake.pick(rng, DISPUTE_TYPES)
            word = fake.pick(rng, {"调处成功": 6, "已化解": 3, "化解中": 0.8, "稳控中": 0.5, "已移交": 0.3})
            no = f"HC{YEAR}{len(records) + 1:04d}"
            sheet.add(n, no, f"{day.month}月{day.day}日", rng.choice(VILLAGES), kind,
                      f"{fake.masked(fake.name(rng))}、{fake.masked(fake.name(rng))}",
                      "双方就" + kind.removesuffix("纠纷") + "问题发生争执", word, fake.name(rng))  # fmt: skip
            records.append({"screened_on": day, "status": DISPUTE_STATUS[word], "no": no, "kind": kind})
        sheets.append(sheet)
    built.books.append(Book(name, sheets))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("year_from_title", name, "第一季度", "disputes.screened", "排查时间 3月5日，年份只在表名")
    built.quirk("restarting_numbers", name, "第二季度", "disputes.screened", "序号每季度从1重新编")
    built.quirk("value_synonyms", name, "第三季度", "disputes.resolved", "调处成功 = 已化解，稳控中 = 化解中")
    built.quirk(
        "sea_dispute_types",
        name,
        "第一季度",
        "disputes.screened",
        "海上渔业纠纷、渔船碰撞纠纷、海域养殖纠纷、船员劳务纠纷：统计口径的 生产经营、损害赔偿、山林土地、劳动争议",
    )
    return [r for r in records if r["status"] == "已化解"]


# 以案定补 of this fictitious county (illustrative): 口头 80 元; 书面 by tier 一般 200 / 疑难 400 / 重大 600 元.
SUBSIDY = {("口头", None): 80, ("书面", "一般"): 200, ("书面", "疑难"): 400, ("书面", "重大"): 600}


def mediation(built: Built, rng: random.Random, resolved: list[dict]) -> None:
    """The 镇调委会's 人民调解案件登记 (以案定补) kept in WPS and saved as Excel 97 .xls: 当事人 over 申请人 / 被申请人,
    案补经费 over 等级 / （元）, 协议形式 typed 口头协议 / 调解协议书, and a 合计 row under the cases."""
    name = f"{TOWN}人民调解案件登记台账（以案定补）{YEAR}.xls"
    sheet = Sheet("调解登记")
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年调解案件登记台账（以案定补）", 11)
    sheet.header(
        [
            ["序号", "卷宗号", "受理日期", "纠纷类型", "当事人", None, "协议形式", "调解结果", "案补经费", None, "调解员"],
            [None, None, None, None, "申请人", "被申请人", None, None, "等级", "（元）", None],
        ],
        [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 1, 6), (1, 7, 2, 7), (1, 8, 2, 8),
         (1, 9, 1, 10), (1, 11, 2, 11)],
    )  # fmt: skip
    cases = [("成功", r) for r in rng.sample(resolved, min(len(resolved), 34))]
    cases += [("不成功", None)] * 3
    cases.sort(key=lambda c: c[1]["screened_on"] if c[1] else dt.date(YEAR, 6, 1))
    records, total = [], 0
    for n, (outcome, dispute) in enumerate(cases, start=1):
        day = dispute["screened_on"] if dispute else _days(rng, 1)[0]
        file_no = f"（{YEAR}）海人调字第{n}号"
        kind = dispute["kind"] if dispute else rng.choice(list(DISPUTE_TYPES))
        form = "书面" if kind in ("海上渔业纠纷", "渔船碰撞纠纷", "海域养殖纠纷") or rng.random() < 0.25 else "口头"
        tier = rng.choice(["一般", "一般", "疑难", "重大"]) if form == "书面" else None
        if outcome == "成功":
            money = SUBSIDY[(form, tier)]
            total += money
            result = rng.choice(["调解成功", "达成协议"])
        else:
            form, tier, money, result = "口头", None, None, "调解不成功"
        sheet.add(
            n,
            file_no,
            f"{day:%Y.%m.%d}",
            kind,
            fake.masked(fake.name(rng)),
            fake.masked(fake.name(rng)),
            {"口头": "口头协议", "书面": "调解协议书"}[form] if result != "调解不成功" else "",
            result,
            tier or ("简易" if money else ""),
            money,
            fake.name(rng),
        )
        records.append(
            {"file_no": file_no, "accepted_on": day, "form": form, "result": "调解成功" if money else "调解不成功",
             "subsidy": money}
        )  # fmt: skip
    sheet.add("合计", None, None, None, None, None, None, None, None, total, None)
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("unit_only_header", name, sheet.name, "mediation.subsidy_yuan", "案补经费 › （元）")
    built.quirk("value_synonyms", name, sheet.name, ("mediation.cases", "mediation.written"),
                "达成协议 = 调解成功，调解协议书 = 书面")  # fmt: skip
    built.quirk("negated_results", name, sheet.name, "mediation.cases", "调解不成功 不是成功")


def petitions(built: Built, rng: random.Random) -> None:
    """The 信访办's register in Word: 交办单位 short forms, the status a printed choice with the chosen box ticked."""
    name = f"{TOWN}信访事项办理台账{YEAR}.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项办理台账")
    sheet.header([["信访编号", "交办单位", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态"]])
    items = [
        ("省联办", "正在化解", "是", "渔船休渔期补贴发放争议"),
        ("市联办", "已化解", "否", "海域养殖用海权属争议"),
        ("县联办", "已化解", "否", "渔港码头噪声扰民"),
        ("县联办", "已化解", "否", "船员工资拖欠"),
        ("县联办", "正在化解", "否", "沿海防护林占地补偿"),
        ("本级受理", "已化解", "否", "邻里排水纠纷"),
        ("本级受理", "正在化解", "否", "宅基地界址争议"),
    ]
    records = []
    for n, ((source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"XF{YEAR}-{n:02d}"
        box = "☑已化解 □正在化解" if status == "已化解" else "□已化解 ☑正在化解"
        sheet.add(no, source, fake.masked(fake.name(rng)), issue, repeat, fake.date_cell(day, "cn"), box)
        records.append({"petition_no": no, "source": source, "status": status, "assigned_on": day})
    # A 2023 item still open, carried into this year's register: not assigned this year.
    sheet.add(
        f"XF{YEAR - 1}-09", "市联办", "林某某", "渔排清理补偿", "是", f"{YEAR - 1}年11月20日", "□已化解 ☑正在化解"
    )
    records.append({"petition_no": f"XF{YEAR - 1}-09", "source": "市联办", "status": "正在化解",
                    "assigned_on": dt.date(YEAR - 1, 11, 20)})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("checkbox_choice_in_cell", name, sheet.name, ("petitions.resolved", "petitions.in_progress"),
                "☑已化解 □正在化解：取打勾的一项")  # fmt: skip


def security(built: Built, rng: random.Random) -> None:
    """The 派出所/综治 平安建设 events, exported as a GBK CSV, dates typed 24.3.5."""
    name = f"{TOWN}平安建设工作台账{YEAR}.csv"
    sheet = Sheet("平安建设")
    sheet.add(f"{TOWN}{YEAR}年平安建设（治安案件、家暴告诫）台账")
    sheet.header([["序号", "日期", "类型", "村（社区）", "处理结果", "治安拘留人数"]])
    plan = ["家暴告诫书"] * 7 + ["家暴治安案件"] * 1 + ["涉黄治安案件"] * 2 + ["涉赌治安案件"] * 4
    rng.shuffle(plan)
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        detained = {
            "家暴告诫书": 0,
            "家暴治安案件": 1,
            "涉黄治安案件": rng.randint(1, 3),
            "涉赌治安案件": rng.randint(2, 5),
        }[kind]
        result = "出具告诫书" if kind == "家暴告诫书" else "行政拘留"
        sheet.add(n, fake.date_cell(day, "two_digit_year"), kind, rng.choice(VILLAGES), result, detained)
        records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["security"] = records
    built.quirk("csv_gbk", name, sheet.name, "security.dv_warnings")
    built.quirk("two_digit_year", name, sheet.name, ("security.vice_cases", "security.dv_warnings"), "日期 24.3.5")


def fraud_watch(built: Built, rng: random.Random) -> None:
    """The 涉诈高危人员 list: 在管 / 已核减, 核减时间, 是否取得联系."""
    name = f"{TOWN}涉诈高危人员管控台账.xlsx"
    sheet = Sheet("管控名单")
    sheet.title(f"{TOWN}涉诈高危人员管控台账（截至{YEAR}年12月31日）", 8)
    sheet.header([["序号", "姓名", "身份证号码", "联系电话", "户籍村（社区）", "管控状态", "核减时间", "是否取得联系"]])
    records = []
    for serial, removed, contacted, person in fake.watch_list(rng, 11, list(VILLAGES), 0.4):
        when = fake.date_cell(_days(rng, 1)[0], "dot") if removed else ""
        sheet.add(serial, *person[:3], person[3], "已核减" if removed else "在管", when, "是" if contacted else "否")
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("value_synonyms", name, sheet.name, "fraud_watch.remaining", "在管 = 在册")


COUNSEL_PLAIN = {
    "解答法律咨询": "法律咨询",
    "审查合同": "文书审核",
    "出具法律意见书": "法律意见书",
    "办理法律援助": "法律援助",
}
_CN_NUM = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 8: "八", 10: "十", 12: "十二"}


def counsel(built: Built, rng: random.Random) -> None:
    """The 一村（社区）一法律顾问 log, saved from WPS as .ods: no quantity column, the count at the end of the service cell
    (解答法律咨询5人次, 审查合同两份), as lawyers fill the 福建 village-counsel log by hand."""
    name = f"{TOWN}一村一法律顾问工作台账{YEAR}.ods"
    sheet = Sheet("工作台账")
    sheet.title(f"{TOWN}{YEAR}年“一村（社区）一法律顾问”工作台账", 5)
    sheet.header([["日期", "服务村（社区）", "服务内容", "法律顾问", "所在律所"]])
    records = []
    weights = {"解答法律咨询": 6, "审查合同": 2.5, "出具法律意见书": 1.2, "办理法律援助": 0.4}
    for day in _days(rng, 34):
        service = fake.pick(rng, weights)
        qty = rng.choice([2, 3, 4, 5, 6, 8, 10, 12]) if service == "解答法律咨询" else rng.choice([1, 1, 2, 3])
        if service == "办理法律援助":
            qty = 1
        unit = "人次" if service == "解答法律咨询" else ("件" if service == "办理法律援助" else "份")
        count = _CN_NUM[qty] if rng.random() < 0.3 else str(qty)
        sheet.add(
            fake.date_cell(day, "cn"),
            rng.choice(VILLAGES),
            f"{service}{count}{unit}",
            fake.name(rng),
            "（虚构）海澜律师事务所",
        )
        records.append({"served_on": day, "service": COUNSEL_PLAIN[service], "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["counsel"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, "counsel.consultations")
    built.quirk("count_inside_service_cell", name, sheet.name, COUNSEL_FIGURES,
                "解答法律咨询5人次、审查合同两份")  # fmt: skip


COUNSEL_FIGURES = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")


def compiled(built: Built, rng: random.Random) -> None:
    """The 司法所's 法治建设台账汇编: a 目录 sheet, then 行政应诉, 学法 and 规范性文件 each on its own sheet."""
    name = f"{TOWN}{YEAR}年法治建设台账汇编.xlsx"
    toc = Sheet("目录")
    toc.title(f"{TOWN}{YEAR}年法治建设台账汇编", 3)
    toc.add("序号", "台账名称", "页码")
    for n, title in enumerate(["行政应诉案件登记台账", "学法用法培训台账", "规范性文件登记备案台账"], start=1):
        toc.add(n, title, n + 1)

    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记台账", 7)
    lit.header([["序号", "案号", "原告", "案由", "开庭日期", "出庭应诉负责人", "负责人是否出庭"]])
    lit_records = []
    plan = [("是（镇长）", True), ("是（副镇长）", True), ("否", False), ("是（镇长）", True)]
    for n, ((said, appeared), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        case_no = f"（{YEAR}）闽9{n}99行初{10 + n * 7}号"
        lit.add(n, case_no, fake.masked(fake.name(rng)), rng.choice(["海域使用行政处罚", "违法建筑强制拆除", "渔船登记"]),
                fake.date_cell(day, "iso"), fake.name(rng) if appeared else "委托律师出庭", said)  # fmt: skip
        lit_records.append({"case_no": case_no, "heard_on": day, "appeared": appeared})

    train = Sheet("学法培训")
    train.title(f"{TOWN}{YEAR}年学法用法培训台账", 7)
    train.header([["序号", "日期", "活动名称", "对象", "形式", "应参考人数", "实参考人数"]])
    plan_t = [
        ("法律明白人培训（渔村专场）", "法律明白人", "线下", None, None),
        ("党委理论学习中心组学法", "领导干部", "中心组学习", None, None),
        ("法律明白人线上培训", "法律明白人", "线上", None, None),
        ("领导干部法宣在线考试", "领导干部", "考试", 46, 45),
        ("法律明白人“海上平安”专题培训", "法律明白人", "线下", None, None),
        ("行政执法人员培训", "行政执法人员", "集中培训", None, None),
    ]
    train_records = []
    for n, ((title, audience, form, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), start=1):
        train.add(n, fake.date_cell(day, "cn"), title, audience, form, req, took)
        train_records.append({"held_on": day, "audience": audience, "exam_required": req, "exam_taken": took})

    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}规范性文件登记备案台账", 6)
    docs.header([["序号", "文件名称", "文号", "制定日期", "备案日期", "备注"]])
    issued = dt.date(YEAR - 1, 9, 14)
    docs.add(
        1,
        f"{TOWN}渔港岸线管理办法",
        f"海政〔{YEAR - 1}〕31号",
        fake.date_cell(issued, "cn"),
        f"{YEAR - 1}年9月28日",
        "",
    )
    docs.add(None, f"{YEAR}年度本镇未制定规范性文件", None, None, None, None)

    built.books.append(Book(name, [toc, lit, train, docs]))
    built.ledgers["litigation"] = lit_records
    built.ledgers["training"] = train_records
    built.ledgers["normative_documents"] = [{"issued_on": issued}]
    built.quirk("compiled_workbook", name, "目录", ("litigation.cases", "training.legal_literacy_sessions"))
    built.quirk(
        "contents_sheet_with_header",
        name,
        "目录",
        "litigation.cases",
        "目录页有表头（序号、台账名称、页码）：另一种材料，不是未知台账",
    )
    built.quirk("value_qualifiers", name, lit.name, "litigation.leader_appearances", "是（镇长）")
    built.quirk("only_last_year_records", name, docs.name, "normative_documents.issued",
                "本年无文件：登记只有上年一件和一行说明，数为0（不是 null）")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement(built, rng)
    disclosure(built, rng)
    resolved = disputes(built, rng)
    mediation(built, rng, resolved)
    petitions(built, rng)
    security(built, rng)
    fraud_watch(built, rng)
    counsel(built, rng)
    compiled(built, rng)
    return built
