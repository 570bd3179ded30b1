"""那岜乡 (虚构; 德边县, a fictitious border county of 广西), 2024: a 壮族 乡 of 村 with 屯 whose offices keep their
ledgers as 广西 townships do: 屯级 排查 by the grid members, the 司法所's 人民调解 and 一村一法律顾问 logs, the
综治中心's 平安建设 records, the 党政办's 政务公开 and 规范性文件 registers. Built blind (issue 12, the 67th town):
from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 柳城县古砦仫佬族乡人民政府2025年政府信息公开工作年度报告 (liucheng.gov.cn/bmxzjy/wjlxxgk/202601/t20260121_3716019.shtml):
  a 广西 乡 publishes on the 县政府门户网站 (73 items) and its own 微信公众号 (71), and keeps a 依申请公开 台账 of
  its own ("建立专门台账，做到件件有登记") — the disclosure register's channels, volume and its request table.
- 广西加强村（社区）法律顾问工作 (gx.chinanews.com/sh/2021-12-23/detail-ihatzwis4185613.shtml): the 广西 一村（社区）
  一法律顾问 work counted as 法律咨询 人次, 法治宣传 场, 法律援助 件, 起草、修改法律文书 份, 法律意见 条 — the columns
  of the village counsel's quarterly count sheet.
- 平果市基层调解巧化乡村纠纷见闻 (farmer.com.cn/2024/10/28/99968337.html) and 马山县古零镇羊山村 (gx.cri.cn,
  2022-12-05): 村调委会 mediating 林地纠纷 of a 屯 (八角树, boundaries), 施工纠纷 — the dispute words here.
- 藤县东荣镇 网格化 (tengxian.pawz.gov.cn/article_show.php?id=20850, 2023-09-15): the 网格员 report a dispute to the
  镇综治指挥中心, 调解协议书 signed on the spot — the grid member as 排查人 and the written agreement.
- 广西综治中心规范化建设 (chinapeace.gov.cn, 2026-02-09): 综治中心 "一站式" 调处 of every 乡.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the 乡, the county, the villages and 屯 (那岜村 那岜屯 …), the people (fake.py), the
numbers.

Files (10): the 综合行政执法 cases in a WPS .et, one sheet per category; the 政务公开 台账 (xlsx) with a 依申请公开
登记 table under the 主动公开 one; the 屯级 矛盾纠纷 排查 台账 (xlsx, a sheet per 村 with 零报告 rows); the 人民调解
案件登记 (Excel 97 .xls, amounts partly in capital numerals); the 信访 register in Word (自治区联席办 交办); the 平安建设
台账 (GBK CSV); the 涉诈 list (xlsx); the 法律顾问 quarterly count sheets (.ods); 学法 (CSV UTF-8 BOM); 行政应诉
(HTML as .xls); 规范性文件 (Word).
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "那岜乡"
YEAR = 2024
COUNTY = "德边县"
# 村 → its 屯 (all fictitious, named in the 壮语 place-name pattern 那/弄/板/岜/陇).
VILLAGES = {
    "那岜村": ("那岜屯", "陇内屯", "板六屯"),
    "弄怀村": ("弄怀屯", "弄桑屯", "坡豪屯"),
    "板端村": ("板端屯", "那美屯"),
    "岜念村": ("岜念上屯", "岜念下屯", "弄旺屯"),
    "峒坎村": ("峒坎屯", "陇仁屯"),
    "念安村": ("念安屯", "板岭屯", "那良屯"),
}
SURNAMES = "覃韦黄蒙陆农莫蓝梁李"
SEED = 66_2024


def _name(rng: random.Random) -> str:
    """A 壮族 area name: the common local surnames, the given name from fake.py."""
    return rng.choice(SURNAMES) + fake.name(rng)[1:]


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


ENFORCEMENT_SHEETS = {
    "行政检查": ("检", ["农村自建房安全检查", "烟花爆竹经营场所检查", "集市食品安全检查", "林区野外用火检查"], 31),
    "行政处罚": ("罚", ["违法占用耕地建房", "乱倒建筑垃圾", "占道经营", "擅自采挖河砂"], 9),
    "行政许可": ("许", ["乡村建设规划许可", "临时占用道路许可"], 12),
    "行政确认": ("确", ["农村宅基地使用确认"], 4),
}
BRACKETS = (("〔", "〕"), ("[", "]"), ("（", "）"), ("【", "】"))


def enforcement_sheet_per_category(built: Built, rng: random.Random) -> None:
    """The 综合行政执法队's cases in WPS (.et, the Excel 97 compound file): a 填表说明 sheet, then one sheet per
    category with no category column (the sheet's name is the category), the decision numbers' brackets as each
    clerk typed them, dates as real dates on some sheets and 2024.3.5 text on others, and a 合计 row."""
    name = f"{COUNTY}{TOWN}综合行政执法案件台账{YEAR}.et"
    note = Sheet("填表说明")
    note.add("填表说明：")
    note.add("1. 按执法类别分表登记，一案一行；")
    note.add("2. 文书编号按“德那综执X字〔年份〕N号”填写；")
    note.add("3. 办结日期以作出决定之日为准。")
    sheets, records = [note], []
    for s, (category, (letter, causes, count)) in enumerate(ENFORCEMENT_SHEETS.items()):
        sheet = Sheet(category)
        sheet.title(f"{TOWN}{YEAR}年{category}案件登记台账", 7)
        sheet.header([["序号", "文书编号", "案由（事项名称）", "当事人", "所在村（屯）", "办结日期", "承办人"]])
        for n, day in enumerate(_days(rng, count), start=1):
            left, right = BRACKETS[(n + s) % len(BRACKETS)]
            case_no = f"德那综执{letter}字{left}{YEAR}{right}{n}号"
            village = rng.choice(list(VILLAGES))
            when = dt.datetime(day.year, day.month, day.day) if s % 2 == 0 else fake.date_cell(day, "dot")
            sheet.add(n, case_no, rng.choice(causes), fake.masked(_name(rng)),
                      f"{village}{rng.choice(VILLAGES[village])}", when, _name(rng))  # fmt: skip
            records.append({"case_no": case_no, "category": category, "decided_on": day})
        sheet.add("合计", None, f"{count}件", None, None, None, None)
        sheets.append(sheet)
    built.books.append(Book(name, sheets, fmt="biff"))
    built.ledgers["enforcement"] = records
    built.quirk("category_from_sheet_or_title", name, "行政检查", ("enforcement.cases", "enforcement.inspection"),
                "没有执法类别列，一类一表，表名即类别")  # fmt: skip
    built.quirk("mixed_case_number_brackets", name, "行政处罚", "enforcement.penalty",
                "文书编号括号 〔〕 [] （） 【】 混用，仍是不同的案件")  # fmt: skip
    built.quirk("instructions_sheet", name, "填表说明", "enforcement.cases", "填表说明表没有表格")


def disclosure_with_request_table(built: Built, rng: random.Random) -> None:
    """The 党政办's 政务公开 台账: the year's items (县政府门户网站 / 乡政务公开栏 / 微信公众号), typed 主动公开 or
    宣传报道, and under them, on the same sheet, the 依申请公开 登记 table with its own title and header (申请人,
    申请时间, 申请内容, 答复时间, 答复方式) and no 公开类型 column: each of its rows is one request."""
    name = f"{TOWN}{YEAR}年政务公开工作台账.xlsx"
    sheet = Sheet("政务公开台账")
    sheet.title(f"{TOWN}{YEAR}年政务公开（信息发布）工作台账", 6)
    sheet.add("填报单位：那岜乡党政办", None, None, None, "填报时间：2025年1月6日", None)
    sheet.header([["序号", "信息名称", "公开时间", "公开载体", "公开类型", "责任站所"]])
    plan = ["主动公开"] * 41 + ["媒体发布"] * 58
    rng.shuffle(plan)
    portal = ["乡村振兴衔接资金项目公示", "临时救助对象公示", "农村危房改造名单公示", "耕地地力保护补贴公示",
              "防汛应急预案", "森林防火禁火令"]  # fmt: skip
    media = ["法治宣传进村屯", "三月三民族团结活动", "综治中心一站式调处见成效", "砂糖橘丰收", "边境联防巡逻"]
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        if kind == "主动公开":
            carrier = rng.choice([f"{COUNTY}人民政府门户网站", f"{COUNTY}人民政府门户网站", "乡政务公开栏"])
            title, label = rng.choice(portal), "主动公开"
        else:
            carrier, title, label = "“那岜发布”微信公众号", rng.choice(media), "宣传报道"
        sheet.add(n, title, fake.date_cell(day, "date"), carrier, label,
                  rng.choice(["党政办", "社会事务办", "乡村振兴办", "综治中心"]))  # fmt: skip
        records.append({"published_on": day, "type": kind})
    sheet.blank()
    sheet.blank()
    sheet.title(f"{TOWN}{YEAR}年依申请公开政府信息登记表", 6)
    sheet.header([["序号", "申请人", "申请时间", "申请内容", "答复时间", "答复方式"]])
    requests = [(dt.date(YEAR, 4, 17), "本屯道路硬化项目资金使用情况"), (dt.date(YEAR, 9, 3), "本人宅基地审批材料")]
    for n, (day, content) in enumerate(requests, start=1):
        sheet.add(n, fake.masked(_name(rng)), fake.date_cell(day, "date"), content,
                  fake.date_cell(day + dt.timedelta(days=12), "date"), "书面答复（予以公开）")  # fmt: skip
        records.append({"published_on": day, "type": "依申请公开"})
    built.books.append(Book(name, [sheet]))
    built.ledgers["disclosure"] = records
    built.quirk("value_synonyms", name, sheet.name, "disclosure.media", "宣传报道 = 媒体发布")
    built.quirk("several_tables", name, sheet.name, "disclosure.on_request",
                "主动公开表下面另有一张 依申请公开政府信息登记表（自己的标题与表头）")  # fmt: skip
    built.quirk("request_table_without_type_column", name, sheet.name, "disclosure.on_request",
                "依申请公开登记表没有 公开类型 列：类型取自它的标题，每行一件申请")  # fmt: skip


DISPUTE_TYPES = {
    "林地纠纷": 5,
    "山林土地纠纷": 2,
    "邻里纠纷": 5,
    "婚姻家庭纠纷": 3,
    "宅基地纠纷": 2,
    "用水纠纷": 1.5,
    "施工纠纷": 1,
    "劳务纠纷": 1,
}
# The grid members' 化解情况 words and what each is.
DISPUTE_STATUS = {"已化解": 6, "调解成功": 2.5, "化解中": 0.9, "稳控中": 0.4, "已上报乡综治中心": 0.4}
STATUS_TRUTH = {"已化解": "已化解", "调解成功": "已化解", "化解中": "化解中", "稳控中": "化解中",
                "已上报乡综治中心": "已上报/移交"}  # fmt: skip


def disputes_by_village_with_zero_reports(built: Built, rng: random.Random) -> list[dict]:
    """The 屯级 矛盾纠纷 排查 台账: one sheet per 村, each row a 屯's dispute found by its grid member (网格员), the
    排查时间 typed 2024.3.5 or as a date; a 屯 with nothing to report in a month writes a 零报告 row (排查时间, the 屯,
    纠纷类型 "/", 简要情况 本月无矛盾纠纷), which is no dispute. A 乡级 汇总 sheet first, whose numbers agree with
    the villages' rows. Returns the disputes (for the mediation register)."""
    name = f"{TOWN}{YEAR}年屯级矛盾纠纷排查化解台账.xlsx"
    summary = Sheet("汇总")
    summary.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解情况汇总表", 5)
    summary.header([["村", "排查数（件）", "已化解（件）", "正在化解（件）", "化解率"]])
    sheets, records = [summary], []
    totals = [0, 0, 0]
    for v, (village, tuns) in enumerate(VILLAGES.items()):
        sheet = Sheet(village)
        sheet.title(f"{TOWN}{village}{YEAR}年屯级矛盾纠纷排查化解台账", 10)
        sheet.header([["序号", "屯", "排查时间", "纠纷类型", "当事人", "简要情况", "化解情况", "化解时间",
                       "网格员", "备注"]])  # fmt: skip
        count = rng.randint(14, 24)
        rows = []
        for day in _days(rng, count):
            kind = fake.pick(rng, DISPUTE_TYPES)
            word = fake.pick(rng, DISPUTE_STATUS)
            rows.append((day, "dispute", kind, word))
        # 零报告: some 屯 report nothing at a month's end.
        for month in rng.sample(range(1, 13), 5):
            rows.append((dt.date(YEAR, month, 25), "zero", None, None))
        rows.sort(key=lambda r: r[0])
        resolved = unresolved = screened = 0
        for n, (day, what, kind, word) in enumerate(rows, start=1):
            tun = rng.choice(tuns)
            when = fake.date_cell(day, "dot") if (n + v) % 3 else dt.datetime(day.year, day.month, day.day)
            if what == "zero":
                sheet.add(n, tun, when, "/", "/", f"{day.month}月份{tun}排查无矛盾纠纷（零报告）", "/", "/",
                          _name(rng), "零报告")  # fmt: skip
                continue
            truth = STATUS_TRUTH[word]
            done = fake.date_cell(day + dt.timedelta(days=rng.randint(0, 9)), "dot") if truth == "已化解" else ""
            sheet.add(n, tun, when, kind, f"{fake.masked(_name(rng))}与{fake.masked(_name(rng))}",
                      f"双方因{kind.removesuffix('纠纷')}问题发生争执", word, done, _name(rng), "")  # fmt: skip
            records.append({"screened_on": day, "status": truth, "kind": kind, "village": village})
            screened += 1
            resolved += truth == "已化解"
            unresolved += truth == "化解中"
        summary.add(village, screened, resolved, unresolved, f"{resolved / screened:.1%}")
        totals = [totals[0] + screened, totals[1] + resolved, totals[2] + unresolved]
        sheets.append(sheet)
    summary.add("合计", *totals, f"{totals[1] / totals[0]:.1%}")
    built.books.append(Book(name, sheets))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("zero_report_rows", name, "那岜村", ("disputes.screened", "disputes.resolution_rate"),
                "屯的零报告行（纠纷类型 /，本月无矛盾纠纷）不是纠纷")  # fmt: skip
    built.quirk("restarting_numbers", name, "弄怀村", "disputes.screened", "序号每村从1重新编")
    built.quirk("aggregate_vs_records", name, "汇总", "disputes.screened", "乡级汇总与各村记录一致")
    built.quirk("value_synonyms", name, "岜念村", "disputes.resolved", "调解成功 = 已化解，稳控中 = 化解中")
    built.quirk("local_dispute_types", name, "峒坎村", "disputes.screened",
                "林地纠纷、用水纠纷、施工纠纷：山林土地、其他、合同 之类的统计口径")  # fmt: skip
    return records


# 以案定补 of this fictitious county (illustrative): 口头 50 元; 书面 by tier 一般 150 / 疑难 300 / 重大 500 元.
SUBSIDY = {("口头", "简易"): 50, ("书面", "一般"): 150, ("书面", "疑难"): 300, ("书面", "重大"): 500}
CAPITALS = {50: "伍拾元", 150: "壹佰伍拾元", 300: "叁佰元", 500: "伍佰元"}


def mediation_capital_numeral_amounts(built: Built, rng: random.Random, disputes: list[dict]) -> None:
    """The 乡人民调解委员会's 案件登记台账 (以案定补) saved as Excel 97 .xls: 当事人 over 申请人 / 被申请人, 调解情况
    over 调解结果 / 协议形式, 以案定补 over 补贴等级 / 补贴金额（元）; some amounts typed in capital numerals as on a
    payment voucher (壹佰伍拾元), 调解组织 乡调委会 or a 村调委会; 终止调解 cases without money."""
    name = f"{TOWN}人民调解案件登记台账{YEAR}.xls"
    sheet = Sheet("案件登记")
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记台账（以案定补）", 12)
    sheet.header(
        [
            ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "调解情况", None, "以案定补", None,
             "调解员"],
            [None, None, None, None, None, "申请人", "被申请人", "调解结果", "协议形式", "补贴等级", "补贴金额（元）",
             None],
        ],
        [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 1, 7), (1, 8, 1, 9),
         (1, 10, 1, 11), (1, 12, 2, 12)],
    )  # fmt: skip
    resolved = [d for d in disputes if d["status"] == "已化解"]
    chosen = sorted(rng.sample(resolved, min(len(resolved), 58)), key=lambda d: d["screened_on"])
    failed = [{"screened_on": d, "kind": rng.choice(list(DISPUTE_TYPES)), "village": rng.choice(list(VILLAGES))}
              for d in _days(rng, 5)]  # fmt: skip
    cases = sorted([(d, True) for d in chosen] + [(d, False) for d in failed], key=lambda c: c[0]["screened_on"])
    records = []
    for n, (dispute, success) in enumerate(cases, start=1):
        day = dispute["screened_on"]
        file_no = f"（{YEAR}）那人调字第{n}号"
        organ = rng.choice(["乡调委会", f"{dispute['village']}调委会"])
        if success:
            form = (
                "书面"
                if dispute["kind"] in ("林地纠纷", "山林土地纠纷", "宅基地纠纷") or rng.random() < 0.2
                else "口头"
            )
            tier = rng.choice(["一般", "一般", "疑难", "重大"]) if form == "书面" else "简易"
            money = SUBSIDY[(form, tier)]
            typed = CAPITALS[money] if rng.random() < 0.3 else money
            result = rng.choice(["调解成功", "调解成功", "成功"])
            agreement = {"口头": "口头协议", "书面": "书面协议"}[form]
        else:
            form, tier, money, typed, agreement = None, "", None, None, ""
            result = rng.choice(["调解不成功", "终止调解"])
        sheet.add(n, file_no, fake.date_cell(day, "cn"), organ, dispute["kind"], fake.masked(_name(rng)),
                  fake.masked(_name(rng)), result, agreement, tier, typed, _name(rng))  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if success else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("capital_numeral_amounts", name, sheet.name, "mediation.subsidy_yuan",
                "补贴金额写作 壹佰伍拾元、伍拾元（大写）")  # fmt: skip
    built.quirk("two_row_merged_header", name, sheet.name, ("mediation.oral", "mediation.written"),
                "当事人 › 申请人/被申请人，调解情况 › 调解结果/协议形式，以案定补 › 补贴等级/补贴金额（元）")  # fmt: skip
    built.quirk("negated_results", name, sheet.name, "mediation.cases", "调解不成功、终止调解 不是成功")


def petitions_autonomous_region_office(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word as the 党政办 prints it: 交办单位 written in full as 广西 offices do — 自治区信访联席办
    (the provincial level of an autonomous region), 市信访联席办, 县信访联席办, 中央信访联席办, and 本级受理 (乡综治中心
    接访) items that are not assigned; status 已化解 / 化解中."""
    name = f"{TOWN}信访事项登记台账{YEAR}.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记办理台账")
    sheet.header([["序号", "信访编号", "交办单位", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态",
                   "办结日期"]])  # fmt: skip
    items = [
        ("自治区信访联席办", "省联办", "化解中", "是", "林地权属争议（重复反映）"),
        ("中央信访联席办", "中联办", "已化解", "否", "边境贸易货款纠纷"),
        ("市信访联席办", "市联办", "已化解", "否", "易地扶贫搬迁安置房分配"),
        ("县信访联席办", "县联办", "已化解", "否", "屯级道路征地补偿"),
        ("县信访联席办", "县联办", "化解中", "否", "饮水工程管道占地"),
        ("自治区信访联席办", "省联办", "已化解", "否", "低保评定"),
        ("乡综治中心接访", "本级受理", "已化解", "否", "邻里排水沟纠纷"),
        ("乡综治中心接访", "本级受理", "化解中", "否", "宅基地界址争议"),
    ]
    records = []
    for n, ((unit, source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"NB{YEAR}{n:03d}"
        done = fake.date_cell(day + dt.timedelta(days=rng.randint(15, 40)), "cn") if status == "已化解" else ""
        sheet.add(n, no, unit, fake.masked(_name(rng)), issue, repeat, fake.date_cell(day, "cn"), status, done)
        records.append({"petition_no": no, "source": source, "status": "已化解" if status == "已化解" else "正在化解",
                        "assigned_on": day})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("autonomous_region_office", name, sheet.name, ("petitions.assigned", "petitions.in_progress"),
                "自治区信访联席办 = 省联办，中央/市/县信访联席办 = 中联办/市联办/县联办；乡综治中心接访 = 本级受理")  # fmt: skip


def security_gbk(built: Built, rng: random.Random) -> None:
    """The 综治中心's 平安建设 台账 exported as a GBK CSV: 家暴告诫书, 涉黄 / 涉赌 治安案件, 打架斗殴; 拘留人数 typed
    with its unit (3人) and 0 as 无."""
    name = f"{TOWN}平安建设工作台账{YEAR}.csv"
    sheet = Sheet("平安建设")
    sheet.add(f"{TOWN}{YEAR}年平安建设工作台账（治安案件、家暴告诫）")
    sheet.header([["序号", "日期", "类别", "村（屯）", "处理结果", "拘留人数"]])
    plan = ["家暴告诫书"] * 6 + ["涉黄治安案件"] * 3 + ["涉赌治安案件"] * 5 + ["打架斗殴"] * 4 + ["家暴治安案件"]
    rng.shuffle(plan)
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        detained = {"家暴告诫书": 0, "涉黄治安案件": rng.randint(1, 4), "涉赌治安案件": rng.randint(2, 6),
                    "打架斗殴": rng.randint(0, 2), "家暴治安案件": 1}[kind]  # fmt: skip
        result = "出具家庭暴力告诫书" if kind == "家暴告诫书" else ("行政拘留" if detained else "调解处理")
        village = rng.choice(list(VILLAGES))
        sheet.add(n, fake.date_cell(day, "cn"), kind, f"{village}{rng.choice(VILLAGES[village])}", result,
                  f"{detained}人" if detained else "无")  # fmt: skip
        records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["security"] = records
    built.quirk("csv_gbk", name, sheet.name, "security.dv_warnings")
    built.quirk("unit_in_count_cell", name, sheet.name, ("security.vice_detentions", "security.dv_detentions"),
                "拘留人数 3人，0 写作 无")  # fmt: skip


def fraud_watch_border(built: Built, rng: random.Random) -> None:
    """The 涉诈高危人员 list of a border 乡: 管控状态 在管 with the reason in brackets (在管（出境未归）), 已核减 with
    its date, 是否取得联系, 备注 持合法出入境手续."""
    name = f"{TOWN}涉诈高危人员管控台账.xlsx"
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账（截至{YEAR}年12月31日）", 9)
    sheet.header([["序号", "姓名", "身份证号码", "联系电话", "户籍地", "管控状态", "核减时间", "是否取得联系",
                   "备注"]])  # fmt: skip
    records = []
    places = [f"{v}{t}" for v, ts in VILLAGES.items() for t in ts]
    for serial, removed, contacted, person in fake.watch_list(rng, 14, places, 0.35):
        abroad = not removed and rng.random() < 0.3
        when = fake.date_cell(_days(rng, 1)[0], "dot") if removed else ""
        status = "已核减" if removed else ("在管（出境未归）" if abroad else "在管")
        remark = "持合法出入境手续" if removed and rng.random() < 0.5 else ""
        sheet.add(serial, *person, status, when, "是" if contacted else "否", remark)
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("value_qualifiers", name, sheet.name, "fraud_watch.remaining", "在管（出境未归）= 在册")


COUNSEL_COLUMNS = {
    "法律咨询（人次）": "法律咨询",
    "法治宣传（场次）": None,
    "参与调解（件）": None,
    "审查合同（份）": "文书审核",
    "出具法律意见书（份）": "法律意见书",
    "法律援助（件）": "法律援助",
}


def counsel_quarterly_wide_counts(built: Built, rng: random.Random) -> None:
    """The 一村（社区）一法律顾问 工作量统计 kept by the 司法所 in .ods, one sheet per quarter: a row per 村 with its
    counsel and one count column per service, and a 合计 row; quarters with nothing for a service leave it blank."""
    name = f"{TOWN}村（社区）法律顾问工作量统计表{YEAR}.ods"
    sheets, records = [], []
    lawyers = {v: f"{_name(rng)}（虚构·德边律师事务所）" for v in VILLAGES}
    for q in range(1, 5):
        label = "一二三四"[q - 1]
        sheet = Sheet(f"第{label}季度")
        sheet.title(f"{TOWN}{YEAR}年第{label}季度村（社区）法律顾问工作量统计表", 8)
        sheet.header([["村（社区）", "法律顾问", *COUNSEL_COLUMNS]])
        day = dt.date(YEAR, q * 3, 28 if q < 4 else 27)
        totals = [0] * len(COUNSEL_COLUMNS)
        for village in VILLAGES:
            counts = [
                rng.randint(3, 14),
                rng.randint(0, 2),
                rng.randint(0, 3),
                rng.choice([0, 0, 1, 2, 3]),
                rng.choice([0, 0, 0, 1, 2]),
                rng.choice([0, 0, 0, 0, 0, 1]),
            ]
            sheet.add(village, lawyers[village], *[c or None for c in counts])
            for service, count in zip(COUNSEL_COLUMNS.values(), counts):
                if service and count:
                    records.append({"served_on": day, "service": service, "quantity": count})
            totals = [t + c for t, c in zip(totals, counts)]
        sheet.add("合计", None, *totals)
        sheets.append(sheet)
    built.books.append(Book(name, sheets, fmt="ods"))
    built.ledgers["counsel"] = records
    built.quirk("ods_spreadsheet", name, "第一季度", "counsel.consultations")
    built.quirk("wide_log", name, "第二季度", ("counsel.consultations", "counsel.document_reviews",
                "counsel.opinions", "counsel.legal_aid"), "每村一行，每项服务一列计数，空格为0，有合计行")  # fmt: skip
    built.quirk("year_from_title", name, "第三季度", "counsel.consultations", "没有日期列：季度与年份在表名和标题")


def training_utf8(built: Built, rng: random.Random) -> None:
    """The 学法用法 台账 (CSV UTF-8 with BOM): 法律明白人 trainings (one taught in 壮语), 会前学法, the 法宣在线 exam."""
    name = f"{TOWN}{YEAR}年学法用法及普法培训台账.csv"
    sheet = Sheet("学法培训")
    sheet.add(f"{TOWN}{YEAR}年学法用法及普法培训台账")
    sheet.header([["序号", "日期", "活动名称", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan = [
        ("“法律明白人”培训班（壮汉双语授课）", "法律明白人", "线下", 46, None, None),
        ("党委理论学习中心组学法", "领导干部", "中心组学习", 15, None, None),
        ("乡政府常务会议会前学法", "领导干部", "会前学法", 12, None, None),
        ("法律明白人线上培训", "法律明白人", "线上", 38, None, None),
        ("领导干部法宣在线年度考试", "领导干部", "考试", 52, 52, 51),
        ("综合行政执法人员业务培训", "行政执法人员", "集中培训", 18, None, None),
        ("“三月三”法治宣传暨法律明白人骨干培训", "法律明白人", "线下", 30, None, None),
    ]
    records = []
    for n, ((title, audience, form, people, req, took), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        sheet.add(n, fake.date_cell(day, "slash"), title, audience, form, people, req or "", took or "")
        records.append({"held_on": day, "audience": audience, "exam_required": req, "exam_taken": took})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["training"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("training.legal_literacy_sessions", "training.exam_coverage"))


def litigation_html(built: Built, rng: random.Random) -> None:
    """The 行政应诉 list exported from the county's 行政复议应诉 system: an HTML table saved as .xls."""
    name = f"{TOWN}行政应诉案件台账{YEAR}.xls"
    sheet = Sheet("行政应诉")
    sheet.title(f"{TOWN}{YEAR}年行政应诉案件登记台账", 8)
    sheet.header([["序号", "案号", "原告", "被告", "案由", "开庭时间", "出庭应诉负责人", "负责人是否出庭"]])
    plan = [("是", "乡长"), ("否", "委托代理律师"), ("是", "副乡长")]
    records = []
    for n, ((said, who), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        case_no = f"（{YEAR}）桂99{n}2行初{20 + n * 9}号"
        sheet.add(n, case_no, fake.masked(_name(rng)), f"{TOWN}人民政府",
                  rng.choice(["林地确权行政决定", "违法建筑限期拆除", "土地承包经营权确认"]),
                  fake.date_cell(day, "iso"), f"{_name(rng)}（{who}）" if said == "是" else who, said)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": said == "是"})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["litigation"] = records
    built.quirk("html_as_xls", name, sheet.name, ("litigation.cases", "litigation.appearance_rate"))


def normative_documents_word(built: Built, rng: random.Random) -> None:
    """The 党政办's 规范性文件 登记备案 register in Word: one document of the year, one of 2023 still listed."""
    name = f"{TOWN}规范性文件登记备案台账.docx"
    sheet = Sheet(f"{TOWN}行政规范性文件登记备案台账（{YEAR}年度）")
    sheet.header([["序号", "文件名称", "文号", "制定日期", "报备日期", "备案审查结果"]])
    docs = [
        (f"{TOWN}农村村民建房管理办法", f"那政规〔{YEAR - 1}〕1号", dt.date(YEAR - 1, 8, 21)),
        (f"{TOWN}村级集体经济收益分配指导意见", f"那政规〔{YEAR}〕1号", dt.date(YEAR, 6, 12)),
    ]
    records = []
    for n, (title, doc_no, day) in enumerate(docs, start=1):
        sheet.add(n, title, doc_no, fake.date_cell(day, "cn"), fake.date_cell(day + dt.timedelta(days=20), "cn"),
                  "符合规定，准予备案")  # fmt: skip
        records.append({"issued_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["normative_documents"] = records
    built.quirk("word_table", name, sheet.name, "normative_documents.issued", "上年一件仍在登记，只计本年")


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_sheet_per_category(built, rng)
    disclosure_with_request_table(built, rng)
    disputes = disputes_by_village_with_zero_reports(built, rng)
    mediation_capital_numeral_amounts(built, rng, disputes)
    petitions_autonomous_region_office(built, rng)
    security_gbk(built, rng)
    fraud_watch_border(built, rng)
    counsel_quarterly_wide_counts(built, rng)
    training_utf8(built, rng)
    litigation_html(built, rng)
    normative_documents_word(built, rng)
    return built
