"""桦岭镇 (fictitious; 白桦县, 黑龙江省 — a county that does not exist), 2024: the 63rd development town, built blind.

A northeastern 镇 of eight 村 with their 自然屯 and a 林场社区 (桦岭林场社区) inside its area. Its offices keep the
ledgers as the northeastern provinces' templates and platforms shape them:

- 综合行政执法办公室: a case register with one sheet per quarter and a 填表说明 sheet, 村（屯） column, fines in 万元
  under a unit-only sub-header, categories typed loosely (行政检查（日常）, 处罚类, 许可类); the 秸秆露天焚烧 and
  野外违规用火 penalties of the northeastern 禁烧 and 森林防火 seasons; one row per offender of a shared case.
- 党政办: the 政务信息发布 register as a UTF-8 CSV: the 信息公开专栏 of the county's platform and the town's WeChat
  account, as 通化县光华镇's 2024 年报 counts them (信息公开专栏 14 条, 微信公众号 99 条), and below it, in the same
  file, the 依申请公开 register with its own header (the national 年报 format of 国办公开办函〔2021〕30号).
- 综治中心: the 矛盾纠纷排查化解 register (.xls of Excel 97, one sheet per quarter), with 所在村屯, 包保责任人 and
  风险等级 columns, as 孙吴县孙吴镇 keeps its 分级分类调处台账 (hlj.cnr.cn 2025-12-15): 简单纠纷当场化解; the
  security register the 派出所 sends as a GBK CSV; the 涉诈高危人员 list with 出国劳务（韩国） notes.
- 司法所: the 人民调解 cases exported from the province's 调解平台 (as the 萨尔图区 guidance asks: 及时将调解案件录入
  调解平台 … 申报案件补贴, saertu.gov.cn 2025-04, 《黑龙江省调解条例》): an HTML table saved as .xls, time stamps
  to the second, 调解失败 and 终止调解 beside 调解成功, subsidies typed 100元; the 村居法律顾问 work log in Word
  (每事一记, one line per service, the count inside the service text).
- 信访办: the 信访 workbook with the sheets 东港市前阳镇 names (上级交办信访案件, 自查信访案件 — 辽宁长安网): the assigning
  office written as the agency (国家信访局, 省信访局 …), not as the 联席会议 office.
- 党政办: 行政应诉 register, 规范性文件 register (none made in 2024), and the 学法用法 workbook saved by WPS as .ods.

Everything is fictitious: names, ID numbers and phones come from fake.py; 白桦县 and its villages are invented.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built

TOWN = "桦岭镇"
YEAR = 2024
SEED = 63_2024

VILLAGES = ("桦岭村", "东兴村", "永安村", "前进村", "胜利村", "红星村", "双河村", "三道岗村", "桦岭林场社区")
# 自然屯 as the registers write the place: 村 and 屯, or the 屯 alone.
TUN = ("李家屯", "王家窝棚", "后屯", "腰屯", "北岗屯", "西大院屯", "张家店屯")


def place(rng: random.Random) -> str:
    village = rng.choice(VILLAGES)
    if village.endswith("社区") or rng.random() < 0.5:
        return village
    return f"{village}{rng.choice(TUN)}"


def d(month: int, day: int, year: int = YEAR) -> dt.date:
    return dt.date(year, month, day)


# --- enforcement ------------------------------------------------------------------------------

ENF_PLAN = {"行政检查": 44, "行政处罚": 13, "行政许可": 9, "行政确认": 6, "行政强制": 2}
ENF_SPELLING = {
    "行政检查": ("行政检查", "行政检查（日常）", "检查", "行政检查（专项）"),
    "行政处罚": ("行政处罚", "处罚类", "行政处罚"),
    "行政许可": ("许可类", "行政许可"),
    "行政确认": ("行政确认", "确认"),
    "行政强制": ("行政强制",),
}
ENF_PREFIX = {"行政检查": "检", "行政处罚": "罚", "行政许可": "许", "行政确认": "确", "行政强制": "强"}
ENF_MATTER = {
    "行政检查": ("燃气安全检查", "森林防火检查", "农村自建房安全检查", "烟花爆竹销售点检查", "秸秆禁烧巡查"),
    "行政处罚": ("秸秆露天焚烧", "野外违规用火", "占道经营", "乱堆乱放柴草垛"),
    "行政许可": ("临时占用道路许可", "户外广告设置许可", "乡村建设规划许可"),
    "行政确认": ("农村宅基地使用确认", "林地权属确认"),
    "行政强制": ("查封违规用火工具",),
}


def enforcement(built: Built, rng: random.Random) -> None:
    fname = "综合行政执法办公室/桦岭镇2024年行政执法案件台账.xlsx"
    cases = []
    serial = {k: 0 for k in ENF_PLAN}
    for category, n in ENF_PLAN.items():
        for day in fake.dates_in(rng, YEAR, n):
            serial[category] += 1
            no = f"桦岭综执{ENF_PREFIX[category]}〔2024〕{serial[category]}号"
            cases.append({"case_no": no, "category": category, "decided_on": day})
    # Two cases of late December 2023, kept in the first quarter's sheet because they were filed in January.
    old = [
        {"case_no": "桦岭综执罚〔2023〕17号", "category": "行政处罚", "decided_on": d(12, 27, 2023)},
        {"case_no": "桦岭综执检〔2023〕58号", "category": "行政检查", "decided_on": d(12, 29, 2023)},
    ]
    cases.sort(key=lambda c: c["decided_on"])
    built.ledgers["enforcement"] = old + cases
    shared = next(c for c in cases if c["category"] == "行政处罚" and c["decided_on"].month in (4, 10))

    sheets = []
    for q in range(1, 5):
        name = "一季度 二季度 三季度 四季度".split()[q - 1]
        sheet = Sheet(name)
        sheet.title(f"桦岭镇2024年第{name[0]}季度行政执法案件登记台账", 9)
        sheet.add(
            f"填报单位：桦岭镇综合行政执法办公室　　　　填报时间：2024年{3 * q + 1 if q < 4 else 12}月", *[None] * 8
        )
        sheet.header(
            [
                ["序号", "案件编号", "案件名称", "执法类别", "当事人", "村（屯）", "办理日期", "罚没金额", "备注"],
                [None, None, None, None, None, None, None, "（万元）", None],
            ],
            [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 6, 7, 9)],
        )
        first = sheet.next_row
        rows = [c for c in cases if (c["decided_on"].month - 1) // 3 + 1 == q]
        if q == 1:
            rows = old + rows
        n = 0
        fines = 0.0
        for case in rows:
            cat = case["category"]
            fine = round(rng.choice([0.02, 0.05, 0.1, 0.2]), 2) if cat == "行政处罚" else None
            people = 2 if case is shared else 1
            fines += (fine or 0) * people
            for _ in range(people):
                n += 1
                day = case["decided_on"]
                cell = fake.date_cell(day, "dot") if n % 3 else fake.date_cell(day, "date")
                sheet.add(
                    n,
                    case["case_no"],
                    f"{rng.choice(ENF_MATTER[cat])}案" if cat == "行政处罚" else rng.choice(ENF_MATTER[cat]),
                    rng.choice(ENF_SPELLING[cat]),
                    fake.masked(fake.name(rng))
                    if cat != "行政检查"
                    else rng.choice(("加油站", "超市", "农户", "烟花爆竹销售点")),
                    place(rng),
                    cell,
                    fine,
                    "同案二人，各处罚款" if people == 2 else None,
                )
        last = sheet.next_row - 1
        sheet.add("合计", None, None, None, None, None, None, Formula(f"SUM(H{first}:H{last})", round(fines, 2)), None)
        sheets.append(sheet)
    note = Sheet("填表说明")
    note.add("填表说明：")
    note.add("1. 执法类别按行政许可、行政处罚、行政强制、行政检查、行政确认等填写；")
    note.add("2. 罚没金额以万元为单位；3. 同一案件多名当事人的，每人一行。")
    sheets.append(note)
    built.books.append(Book(fname, sheets))
    built.quirk("value_qualifiers", fname, "一季度", "enforcement.inspection", "行政检查（日常）、行政检查（专项）")
    built.quirk("value_suffixes", fname, "二季度", ("enforcement.penalty", "enforcement.licensing"), "处罚类、许可类")
    built.quirk("unit_only_header", fname, "三季度", (), "罚没金额 › （万元）")
    built.quirk("one_row_per_offender", fname, "二季度", ("enforcement.cases", "enforcement.penalty"), "同案二人两行")
    built.quirk("northeast_prior_year_cases", fname, "一季度", "enforcement.cases", "2023年12月的两案记在一季度表里")


# --- normative documents ------------------------------------------------------------------------


def normative(built: Built) -> None:
    fname = "党政办/规范性文件登记备案台账.xls"
    sheet = Sheet("登记备案")
    sheet.title("桦岭镇行政规范性文件登记备案台账", 6)
    sheet.header([["序号", "文件名称", "文号", "制定日期", "报备日期", "备注"]])
    sheet.add(
        1,
        "桦岭镇森林草原防灭火管理办法",
        "桦政规〔2022〕1号",
        fake.date_cell(d(6, 15, 2022), "cn"),
        "2022年6月24日",
        "有效",
    )
    r = sheet.add("2024年度未制定行政规范性文件", *[None] * 5)
    sheet.merges.append((r, 1, r, 6))
    built.books.append(Book(fname, [sheet], fmt="biff"))
    built.ledgers["normative_documents"] = [{"issued_on": d(6, 15, 2022)}]
    built.quirk("none_this_year_row", fname, "登记备案", "normative_documents.issued", "本年度未制定：0，不是未知")


# --- disclosure -----------------------------------------------------------------------------------

DISCLOSURE_TITLES = {
    "主动公开": (
        "2024年财政预算公开",
        "耕地地力保护补贴发放公示",
        "玉米大豆生产者补贴公示",
        "低保动态调整公示",
        "秸秆禁烧通告",
        "森林防火戒严期通告",
        "冬季清雪工作安排",
    ),
    "宣传报道": (
        "桦岭镇开展冬季供暖安全检查",
        "桦岭镇召开春耕生产动员会",
        "桦岭林场社区开展普法宣传",
        "桦岭镇大豆喜获丰收",
        "桦岭镇开展防汛演练",
    ),
}


def disclosure(built: Built, rng: random.Random) -> None:
    fname = "党政办/桦岭镇2024年政务信息发布台账.csv"
    sheet = Sheet("发布台账")
    sheet.title("桦岭镇2024年政务信息发布登记台账", 6)
    sheet.header([["序号", "信息名称", "发布时间", "发布平台", "公开方式", "责任站所"]])
    plan = [("主动公开", 16), ("宣传报道", 41)]
    items = []
    for kind, n in plan:
        for day in fake.dates_in(rng, YEAR, n):
            items.append((day, kind))
    items.sort()
    records = []
    for k, (day, kind) in enumerate(items, start=1):
        platform = (
            "白桦县人民政府网站信息公开专栏"
            if kind == "主动公开"
            else rng.choice(("微信公众号“桦岭发布”", "白桦县融媒体中心"))
        )
        stamp = f"{day:%Y/%m/%d} {rng.randint(8, 17)}:{rng.randint(0, 59):02d}"
        sheet.add(
            k,
            rng.choice(DISCLOSURE_TITLES[kind]),
            stamp,
            platform,
            kind,
            rng.choice(("党政办", "农业农村办", "社会事务办")),
        )
        records.append({"published_on": day, "type": "主动公开" if kind == "主动公开" else "媒体发布"})
    # An item published on 2023-12-28 that the register carries over at its head? No: a register of the year only.
    sheet.add()
    sheet.add("依申请公开办理登记")
    sheet.add("序号", "收到申请日期", "申请内容", "答复日期", "公开方式", "答复结果")
    sheet.add(1, "2024/7/16", "某屯土地确权登记信息", "2024/8/2", "依申请公开", "予以公开")
    records.append({"published_on": d(7, 16), "type": "依申请公开"})
    built.books.append(Book(fname, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["disclosure"] = records
    built.quirk("csv_utf8_bom", fname, "发布台账", ("disclosure.proactive", "disclosure.media"))
    built.quirk("several_tables", fname, "发布台账", "disclosure.on_request", "发布台账下面是依申请公开登记，另有表头")
    built.quirk("timestamp_dates", fname, "发布台账", ("disclosure.proactive",), "2024/03/05 9:12")


# --- disputes -------------------------------------------------------------------------------------

DISPUTE_TYPES = ("土地承包", "邻里纠纷", "婚姻家庭", "劳务纠纷", "损害赔偿", "宅基地", "林地", "其他")
STATUS_SPELLING = {
    "已化解": ("已化解", "已化解", "化解", "已调处化解", "已化解", "化解成功"),
    "化解中": ("正在化解", "稳控中", "化解中"),
    "未化解": ("未化解", "化解不成功"),
    "已上报": ("已上报", "移交派出所"),
}


def disputes(built: Built, rng: random.Random) -> None:
    fname = "综治中心/2024年矛盾纠纷排查化解台账.xls"
    days = fake.dates_in(rng, YEAR, 96)
    records = []
    sheets = []
    for q in range(1, 5):
        sheet = Sheet(f"{q}季度")
        sheet.title(f"桦岭镇矛盾纠纷排查化解工作台账（2024年第{q}季度）", 11)
        sheet.header(
            [
                [
                    "序号",
                    "排查时间",
                    "所在村屯",
                    "纠纷类型",
                    "当事人",
                    None,
                    "简要情况",
                    "化解情况",
                    "化解时间",
                    "包保责任人",
                    "风险等级",
                ],
                [None, None, None, None, "甲方", "乙方", None, None, None, None, None],
            ],
            [(1, c, 2, c) for c in (1, 2, 3, 4, 7, 8, 9, 10, 11)] + [(1, 5, 1, 6)],
        )
        n = 0
        for day in [x for x in days if (x.month - 1) // 3 + 1 == q]:
            n += 1
            status = fake.pick(rng, {"已化解": 84, "化解中": 8, "未化解": 3, "已上报": 3})
            spelled = rng.choice(STATUS_SPELLING[status])
            style = "two_digit_year" if n % 11 == 5 else "cn"
            done = day + dt.timedelta(days=rng.randint(0, 12)) if status == "已化解" else None
            r = sheet.add(
                n,
                fake.date_cell(day, style),
                place(rng),
                rng.choice(DISPUTE_TYPES),
                fake.masked(fake.name(rng)),
                fake.masked(fake.name(rng)),
                rng.choice(("地界不清", "牛羊啃食庄稼", "秸秆堆放占道", "赡养老人", "工钱未结", "排水")),
                spelled,
                f"{done.month}月{done.day}日" if done else None,
                fake.name(rng),
                rng.choice(("黄", "黄", "黄", "橙", "红")) if status != "已化解" else "黄",
            )
            if q == 2 and n == 4:
                sheet.hidden_rows.add(r)
            records.append({"screened_on": day, "status": status})
        sheets.append(sheet)
    note = Sheet("填表说明")
    note.add("化解情况填写：已化解、化解中、未化解、已上报；风险等级按红、橙、黄三级。")
    sheets.append(note)
    built.books.append(Book(fname, sheets, fmt="biff"))
    built.ledgers["disputes"] = records
    built.quirk("value_synonyms", fname, "1季度", "disputes.resolved", "化解、已调处化解、化解成功=已化解")
    built.quirk("negated_results", fname, "2季度", "disputes.resolved", "化解不成功不是化解")
    built.quirk("two_digit_year", fname, "3季度", "disputes.screened", "24.3.5")
    built.quirk("hidden_rows", fname, "2季度", "disputes.screened", "隐藏的一行是记录")
    built.quirk("restarting_numbers", fname, "4季度", "disputes.screened", "序号每季度从1起")


# --- mediation ------------------------------------------------------------------------------------

# The example standard of the spec (indicators.md): 口头 50; 书面 by tier 100 / 200 / 300 (简易 → 一般 tier of 100).
SUBSIDY = {("口头", None): 50, ("书面", "简易"): 100, ("书面", "一般"): 200, ("书面", "疑难"): 300}


def mediation(built: Built, rng: random.Random) -> None:
    fname = "司法所/人民调解案件导出.xls"
    sheet = Sheet("人民调解案件")
    sheet.header(
        [
            [
                "序号",
                "案件编号",
                "调委会名称",
                "纠纷类型",
                "受理时间",
                "案件状态",
                "调解结果",
                "协议形式",
                "结案时间",
                "案件补贴（元）",
            ]
        ]
    )
    records = []
    days = [d(12, 18, 2023), d(12, 26, 2023), *fake.dates_in(rng, YEAR, 64)]
    for k, day in enumerate(days, start=1):
        year = day.year
        no = f"（{year}）桦调字第{k:04d}号"
        result = fake.pick(rng, {"调解成功": 80, "达成协议": 8, "调解失败": 6, "终止调解": 3, "调解中": 3})
        success = result in ("调解成功", "达成协议")
        form = ("口头" if rng.random() < 0.65 else "书面") if success else None
        tier = rng.choice(("简易", "一般", "疑难")) if form == "书面" else None
        subsidy = SUBSIDY[(form, tier)] if success else None
        stamp = f"{day:%Y-%m-%d} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        end = day + dt.timedelta(days=rng.randint(1, 20))
        spelled_form = {"口头": rng.choice(("口头协议", "口头")), "书面": rng.choice(("书面协议", "调解协议书"))}.get(
            form
        )
        sheet.add(
            k,
            no,
            rng.choice(("桦岭镇人民调解委员会", f"{rng.choice(VILLAGES[:8])}人民调解委员会")),
            rng.choice(("婚姻家庭纠纷", "邻里纠纷", "山林土地纠纷", "损害赔偿纠纷", "劳务纠纷")),
            stamp,
            "已结案" if result != "调解中" else "办理中",
            result if result != "调解中" else None,
            spelled_form,
            f"{end:%Y-%m-%d}" if result != "调解中" else None,
            f"{subsidy}元" if subsidy else None,
        )
        records.append(
            {
                "file_no": no,
                "accepted_on": day,
                "result": "调解成功" if success else result,
                "form": form,
                "subsidy": subsidy,
            }
        )
    built.books.append(Book(fname, [sheet], fmt="html-xls"))
    built.ledgers["mediation"] = records
    built.quirk("html_as_xls", fname, "人民调解案件", ("mediation.cases",), "调解平台导出")
    built.quirk(
        "value_synonyms",
        fname,
        "人民调解案件",
        ("mediation.cases", "mediation.written"),
        "达成协议=调解成功；调解协议书=书面",
    )
    built.quirk(
        "platform_timestamps", fname, "人民调解案件", "mediation.cases", "受理时间到秒，2023年12月受理的两案不计"
    )
    built.quirk("units_in_cells", fname, "人民调解案件", "mediation.subsidy_yuan", "补贴写作 100元")


# --- petitions ------------------------------------------------------------------------------------

# The assigning office as the register writes it → the level it is in the counting rule.
AGENCY = {"国家信访局": "中联办", "省信访局": "省联办", "市信访局": "市联办", "县信访局": "县联办"}


def petitions(built: Built, rng: random.Random) -> None:
    fname = "信访办/信访案件台账2024.xlsx"
    assigned = [
        ("国家信访局", d(3, 12), "已化解", "否"),
        ("省信访局", d(5, 8), "化解中", "是"),
        ("省信访局", d(6, 20), "已化解", "否"),
        ("市信访局", d(8, 2), "正在化解", "否"),
        ("县信访局", d(9, 11), "已化解", "否"),
        ("县信访局", d(11, 5), "已化解", "否"),
        ("市信访局", d(11, 20, 2023), "已化解", "否"),  # carried over from 2023: not the year's
    ]
    records = []
    sheet = Sheet("上级交办信访案件")
    sheet.title("桦岭镇上级交办信访案件台账", 9)
    sheet.header(
        [["序号", "交办编号", "交办单位", "信访人", "反映问题", "交办时间", "是否重复访", "化解情况", "办结时间"]]
    )
    for k, (agency, day, status, repeat) in enumerate(sorted(assigned, key=lambda a: a[1]), start=1):
        no = f"XF{day.year}{k:03d}"
        sheet.add(
            k,
            no,
            agency,
            fake.masked(fake.name(rng)),
            rng.choice(("土地承包经营权", "林地补偿款", "拖欠农民工工资", "低保认定")),
            fake.date_cell(day, "cn"),
            repeat,
            status,
            fake.date_cell(day + dt.timedelta(days=40), "cn") if status == "已化解" else None,
        )
        canonical = {"化解中": "正在化解"}.get(status, status)
        records.append({"petition_no": no, "source": AGENCY[agency], "status": canonical, "assigned_on": day})
    own = Sheet("自查信访案件")
    own.title("桦岭镇自查信访案件台账", 7)
    own.header([["序号", "登记编号", "信访人", "反映问题", "登记时间", "化解情况", "办结时间"]])
    for k, day in enumerate(fake.dates_in(rng, YEAR, 5), start=1):
        no = f"ZC2024{k:03d}"
        status = "已化解" if k != 3 else "正在化解"
        own.add(k, no, fake.masked(fake.name(rng)), "邻里地界", fake.date_cell(day, "cn"), status, None)
        records.append({"petition_no": no, "source": "本级受理", "status": status, "assigned_on": day})
    built.books.append(Book(fname, [sheet, own]))
    built.ledgers["petitions"] = records
    built.quirk(
        "agency_as_source", fname, "上级交办信访案件", "petitions.assigned", "交办单位写作国家信访局、省信访局…"
    )
    built.quirk("self_found_sheet", fname, "自查信访案件", "petitions.assigned", "自查的案件不是上级交办")


# --- security -------------------------------------------------------------------------------------


def security(built: Built, rng: random.Random) -> None:
    fname = "综治中心/平安建设案件登记（派出所报送）.csv"
    sheet = Sheet("案件登记")
    sheet.title("桦岭派出所辖区2024年平安建设案件登记", 6)
    sheet.header([["序号", "日期", "案件类型", "村屯", "处理结果", "治安拘留人数"]])
    plan = (
        [("家庭暴力告诫书", "家暴告诫书", 0)] * 9
        + [("家暴", "家暴治安案件", 1)]
        + [("涉黄（卖淫嫖娼）", "涉黄治安案件", 2), ("涉黄（卖淫嫖娼）", "涉黄治安案件", 1)]
        + [("涉赌", "涉赌治安案件", 3)] * 4
        + [("盗窃", "盗窃", 0)] * 3
    )
    rng.shuffle(plan)
    days = fake.dates_in(rng, YEAR, len(plan))
    records = []
    for k, ((typed, canonical, detained), day) in enumerate(zip(plan, days), start=1):
        result = {0: "出具告诫书" if "告诫" in typed else "调解结案"}.get(detained, "行政拘留")
        cell = f"{detained}人" if detained else rng.choice(("0", "无", "/"))
        sheet.add(k, fake.date_cell(day, "dot"), typed, place(rng), result, cell)
        records.append({"occurred_on": day, "type": canonical, "detained": detained})
    built.books.append(Book(fname, [sheet], fmt="csv-gbk"))
    built.ledgers["security"] = records
    built.quirk("csv_gbk", fname, "案件登记", ("security.dv_warnings",))
    built.quirk("value_qualifiers", fname, "案件登记", ("security.vice_cases",), "涉黄（卖淫嫖娼）")
    built.quirk("units_in_cells", fname, "案件登记", ("security.vice_detentions",), "2人；无、/ 为0")


# --- fraud watch ----------------------------------------------------------------------------------


def fraud_watch(built: Built, rng: random.Random) -> None:
    fname = "综治中心/涉诈高危人员管控台账.xlsx"
    sheet = Sheet("管控台账")
    sheet.title("桦岭镇涉诈高危人员管控台账（截至2024年12月）", 8)
    sheet.header([["序号", "姓名", "身份证号码", "联系电话", "所在村屯", "管控状态", "是否取得联系", "备注"]])
    records = []
    for serial, removed, contacted, (nm, idn, phone, where) in fake.watch_list(rng, 13, list(VILLAGES), 0.35):
        status = rng.choice(("已核减", "核减")) if removed else rng.choice(("在管", "在管", "在册"))
        idcell = int(idn[:15] + "000") if serial % 4 == 0 and idn[-1] != "X" else idn
        note = "出国劳务（韩国）" if (not contacted and serial % 2) else ("2024年核减" if removed else None)
        sheet.add(serial, nm, idcell, phone, where, status, "是" if contacted else "否", note)
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(fname, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk(
        "value_synonyms", fname, "管控台账", ("fraud_watch.remaining", "fraud_watch.removed"), "在管=在册；核减=已核减"
    )
    built.quirk("id_as_number", fname, "管控台账", (), "身份证号存成数字，后三位成了000")


# --- counsel --------------------------------------------------------------------------------------

CN_NUM = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 12: "十二"}


def counsel(built: Built, rng: random.Random) -> None:
    fname = "司法所/村居法律顾问工作日志2024.docx"
    title = "桦岭镇2024年村（居）法律顾问服务工作台账"
    sheet = Sheet(title)
    sheet.header([["序号", "服务时间", "服务村屯", "服务内容", "法律顾问", "备注"]])
    records = []
    adviser = fake.name(rng)
    for k, day in enumerate(fake.dates_in(rng, YEAR, 34), start=1):
        roll = rng.random()
        if roll < 0.5:
            q = rng.choice([1, 2, 3, 4, 12])
            text = rng.choice((f"解答法律咨询{q}人次", f"接待村民法律咨询{CN_NUM[q]}人次")) if q != 1 else "法律咨询"
            service = "法律咨询"
        elif roll < 0.75:
            q = rng.choice([1, 2, 3])
            text = rng.choice((f"审查土地流转合同{q}份", f"审核村规民约{q}件")) if q > 1 else "审查土地流转合同"
            service = "文书审核"
        elif roll < 0.9:
            q = 1
            text = "为镇政府出具法律意见书"
            service = "法律意见书"
        else:
            q = 1
            text = "办理法律援助申请"
            service = "法律援助"
        sheet.add(k, fake.date_cell(day, "yearless"), place(rng), text, adviser, None)
        records.append({"served_on": day, "service": service, "quantity": q})
    built.books.append(Book(fname, [sheet], fmt="docx"))
    built.ledgers["counsel"] = records
    built.quirk("word_table", fname, title, COUNSEL_FIGS)
    built.quirk("count_inside_service_cell", fname, title, COUNSEL_FIGS, "解答法律咨询3人次、接待村民法律咨询十二人次")
    built.quirk("year_from_title", fname, title, COUNSEL_FIGS, "3月5日，年份在表名里")


COUNSEL_FIGS = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")


# --- litigation -----------------------------------------------------------------------------------


def litigation(built: Built, rng: random.Random) -> None:
    fname = "党政办/行政应诉案件台账.xlsx"
    sheet = Sheet("应诉台账")
    sheet.title("桦岭镇行政应诉案件台账", 9)
    sheet.header([["序号", "案号", "原告", "被告", "案由", "开庭时间", "出庭应诉负责人", "是否出庭", "审理结果"]])
    cases = [
        ("（2023）黑7591行初88号", d(12, 6, 2023), "是（镇长）", True, "驳回诉讼请求", "林地行政确认"),
        ("（2024）黑7591行初15号", d(4, 17), "是（镇长）", True, "驳回诉讼请求", "土地行政确认"),
        ("（2024）黑7591行初41号", d(7, 9), "是（副镇长）", True, "撤诉", "行政强制拆除"),
        ("（2024）黑7591行初63号", d(10, 22), "否（委托律师出庭）", False, "驳回诉讼请求", "行政处罚"),
    ]
    records = []
    for k, (no, day, said, appeared, result, cause) in enumerate(cases, start=1):
        sheet.add(
            k,
            no,
            fake.masked(fake.name(rng)),
            "白桦县桦岭镇人民政府",
            cause,
            fake.date_cell(day, "cn"),
            fake.name(rng) if appeared else None,
            said,
            result,
        )
        records.append({"case_no": no, "heard_on": day, "appeared": appeared})
    built.books.append(Book(fname, [sheet]))
    built.ledgers["litigation"] = records
    built.quirk(
        "value_qualifiers", fname, "应诉台账", "litigation.leader_appearances", "是（副镇长）、否（委托律师出庭）"
    )
    built.quirk("near_miss_header", fname, "应诉台账", "litigation.leader_appearances", "是否出庭")


# --- training -------------------------------------------------------------------------------------


def training(built: Built, rng: random.Random) -> None:
    fname = "党政办/2024年学法用法台账.ods"
    records = []
    s1 = Sheet("法律明白人培训")
    s1.title("桦岭镇2024年法治培训台账", 6)
    s1.header([["序号", "培训时间", "培训主题", "培训对象", "培训形式", "参训人数"]])
    sessions = [
        (d(3, 14), "民法典与农村土地承包", "法律明白人", "线下", 27),
        (d(6, 6), "森林防火法律法规", "法律明白人", "线上", 31),
        (d(9, 19), "反电信网络诈骗", "村“两委”干部", "线下", 22),
        (d(11, 28), "人民调解实务", "法律明白人", "线下", 26),
    ]
    for k, (day, topic, who, form, n) in enumerate(sessions, start=1):
        s1.add(k, day, topic, who, form, n)
        records.append({"held_on": day, "audience": who})
    s2 = Sheet("领导干部学法考试")
    s2.title("桦岭镇领导干部年度学法考试情况", 5)
    s2.header([["考试时间", "考试名称", "参考对象", "应参考人数", "实参考人数"]])
    for day, name, req, took in ((d(6, 25), "2024年上半年学法考试", 19, 19), (d(12, 10), "2024年度学法考试", 19, 17)):
        s2.add(day, name, "领导干部", req, took)
        records.append({"held_on": day, "audience": "领导干部", "exam_required": req, "exam_taken": took})
    built.books.append(Book(fname, [s1, s2], fmt="ods"))
    built.ledgers["training"] = records
    built.quirk(
        "ods_spreadsheet", fname, "领导干部学法考试", ("training.exam_coverage", "training.legal_literacy_sessions")
    )


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement(built, rng)
    normative(built)
    disclosure(built, rng)
    disputes(built, rng)
    mediation(built, rng)
    petitions(built, rng)
    security(built, rng)
    fraud_watch(built, rng)
    counsel(built, rng)
    litigation(built, rng)
    training(built, rng)
    return built
