"""柑园镇（虚构）2024: the fifty-third development town, weighted to **ledgers compiled from villages and
departments** — where a wrong number comes from counting a roll-up beside its parts, or from adding parts that do not
make the year: a folder 各村调委会台账/ with one file per 村（社区）人民调解委员会 (one template, each village typing it
its own way, one an empty template: a committee with no case) beside the 司法所's 汇总表 of the committees; a 矛盾纠纷
排查化解台账 of one sheet per village whose first sheet 全镇汇总 copies every village's rows again; the departments'
enforcement registers beside the 综合执法办's 汇总 by department; a 一村一法律顾问 file per village beside the
司法所's summary of them; the 市场监管所's penalty register (the county bureau's cases) in the departments' folder;
and the 信访 monthly return as twelve files, one of them missing.

Truth decisions: a village's record counts once, whether it also stands in a roll-up (全镇汇总 copy, 汇总表 row) or
not; the roll-ups agree with their parts and are evidence only where no part states a figure (the 以案定补 amount,
which the villages' registers do not keep: the 司法所's 汇总表 states it per committee). The town's committee (镇调委会)
is one of the town's committees: its cases count, though its register was not handed over with the villages' (the
汇总表's first row is the only trace of them), so the villages' files alone are not the town's figure. An enforcement
case is the town's when the town decides it (its 综合行政执法队 under the 赋权 list, its 便民服务中心): the 市场监管所's
penalties are decided by the county 市场监督管理局 (处罚机关, 文号 橙市监处罚…), whose 派出机构 the 所 is, and are not
the town's, though the 所 sits in the town and sends it a copy. An empty template (header,
no row) from a committee is that committee's 0, not a missing ledger. The 信访 figures over the year are the sum of
twelve monthly returns: with the July return missing (and no 本年累计 column in any return) they are null — the sum of
eleven months would be a wrong number, not a lower bound the report could print.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null

TOWN = "柑园镇"
YEAR = 2024
VILLAGES = ("柑园社区", "橘林村", "石板村", "青冈村", "桃溪村")  # fictitious
# The 镇调委会's register is not in the folder: the villages' records are not the town's count, and fzlib says so
# (statistics.parts_missing names the committee) rather than publish them. Handing the register over gives them.
_MISSING_REGISTER = "汇总表列有镇人民调解委员会的案件，而其登记台账没有交来：只数各村的记录会漏掉它的案件"
KNOWN_WITHHELD: dict[str, str] = dict.fromkeys(
    ("mediation.cases", "mediation.oral", "mediation.written"), _MISSING_REGISTER
)

DISPUTE_TYPES = {"邻里纠纷": 5, "山林土地纠纷": 4, "婚姻家庭纠纷": 3, "房屋宅基地纠纷": 2, "合同纠纷": 1,
                 "损害赔偿纠纷": 1}  # fmt: skip
ORAL, WRITTEN = 50, 150  # 元/件 of the 以案定补 standard (illustrative)


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    village_committee_files_beside_summary_mediation(built, rng)
    town_copy_sheet_before_village_sheets_disputes(built, rng)
    department_registers_beside_summary_enforcement(built, rng)
    counsel_file_per_village_beside_summary(built, rng)
    monthly_files_one_missing_petitions(built, rng)
    absent = ("normative_documents", "disclosure", "security", "fraud_watch", "litigation", "training")
    for kind in absent:
        built.ledgers[kind] = Null("柑园镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 人民调解: a file per 村调委会 beside the 司法所's 汇总表 -------------------------------------------------------

MEDIATION_FOLDER = "各村调委会台账"
MEDIATION_SUMMARY = f"{TOWN}2024年各村（社区）人民调解委员会调解案件汇总表.xlsx"
HEAD1 = ["序号", "编号", "受理日期", "纠纷类型", "当事人", None, "纠纷简要情况", "调解结果", "协议形式", "结案日期",
         "调解员"]  # fmt: skip
HEAD2 = [None, None, None, None, "申请人", "被申请人", None, None, None, None, None]
MERGES = [(1, c, 2, c) for c in (1, 2, 3, 4, 7, 8, 9, 10, 11)] + [(1, 5, 1, 6)]
BRIEFS = ("田埂边界争执", "借款未还", "房前排水", "赡养费用分担", "土地流转租金", "牛践踏庄稼赔偿", "宅基地滴水檐")


def _committee_sheet(name: str, title: str | None) -> Sheet:
    sheet = Sheet(name)
    if title:
        sheet.title(title, len(HEAD1))
    sheet.header([HEAD1, HEAD2], merges=MERGES)
    return sheet


def village_committee_files_beside_summary_mediation(built: Built, rng: random.Random) -> None:
    # village → (file name, sheet name, title or None, date style, cases)
    plan = {
        "橘林村": ("橘林村人民调解委员会2024年案件登记台账.xlsx", "调解登记", "橘林村人民调解委员会案件登记台账（2024年）",
                   "date", 9),
        "石板村": ("石板村.xlsx", "台账", "村人民调解委员会案件登记台账（2024年）", "dot", 7),
        "青冈村": ("青冈村调委会2024年调解案件登记.xlsx", "Sheet1", None, "date", 6),
        "柑园社区": ("柑园社区人民调解委员会案件登记台账（2024年）.xlsx", "登记台账",
                     "柑园社区人民调解委员会案件登记台账（2024年）", "cn", 8),
        "桃溪村": ("桃溪村人民调解委员会2024年案件登记台账.xlsx", "调解登记", "桃溪村人民调解委员会案件登记台账（2024年）",
                   "date", 0),
    }  # fmt: skip
    records = []
    summary: dict[str, list[int]] = {}
    for village, (file, sheet_name, title, style, count) in plan.items():
        sheet = _committee_sheet(sheet_name, title)
        accepted, done, oral, written, subsidy = 0, 0, 0, 0, 0
        for n, day in enumerate(fake.dates_in(rng, YEAR, count, last=dt.date(YEAR, 12, 10)), start=1):
            result = fake.pick(rng, {"调解成功": 8, "调解不成功": 1})
            form = fake.pick(rng, {"口头": 3, "书面": 2}) if result == "调解成功" else None
            closed = day + dt.timedelta(days=rng.randint(1, 20))
            sheet.add(
                n,
                n,  # 编号 restarts at 1 in every committee's file: no key across the folder
                fake.date_cell(day, style),
                fake.pick(rng, DISPUTE_TYPES),
                fake.name(rng),
                fake.name(rng),
                rng.choice(BRIEFS),
                result,
                {"口头": "口头协议", "书面": "书面协议"}.get(form or ""),
                fake.date_cell(closed, style),
                fake.name(rng),
            )
            money = (ORAL if form == "口头" else WRITTEN) if form else None
            records.append({"file_no": f"{village}-{n}", "accepted_on": day, "result": result, "form": form,
                            "subsidy": money})  # fmt: skip
            accepted += 1
            if result == "调解成功":
                done += 1
                oral += form == "口头"
                written += form == "书面"
                subsidy += money or 0
        summary[village] = [accepted, done, oral, written, subsidy]
        built.books.append(Book(f"{MEDIATION_FOLDER}/{file}", [sheet]))
    # The town's own committee keeps its register in the 司法所, not in 各村调委会台账/, and it was not handed over:
    # its cases are the town's (the 汇总表 has its row), but no file of the folder lists them.
    own = {"accepted": 0, "done": 0, "oral": 0, "written": 0, "subsidy": 0}
    for n, day in enumerate(fake.dates_in(rng, YEAR, 7, last=dt.date(YEAR, 12, 10)), start=1):
        result = fake.pick(rng, {"调解成功": 6, "调解不成功": 1})
        form = fake.pick(rng, {"口头": 1, "书面": 2}) if result == "调解成功" else None
        money = (ORAL if form == "口头" else WRITTEN) if form else None
        records.append({"file_no": f"（2024）柑人调字第{n}号", "accepted_on": day, "result": result, "form": form,
                        "subsidy": money})  # fmt: skip
        own["accepted"] += 1
        own["done"] += result == "调解成功"
        own["oral"] += form == "口头"
        own["written"] += form == "书面"
        own["subsidy"] += money or 0
    summary = {TOWN: list(own.values()), **summary}
    built.ledgers["mediation"] = records

    # The 司法所's 汇总表 of the committees: a row each, the 以案定补 it paid, a SUM 合计.
    sheet = Sheet("汇总")
    head = ["序号", "调委会名称", "受理纠纷（件）", "调解成功（件）", "其中：口头协议（件）", "其中：书面协议（件）",
            "以案定补金额（元）", "备注"]  # fmt: skip
    sheet.title(f"{TOWN}2024年各村（社区）人民调解委员会调解案件汇总表", len(head))
    sheet.add("填报单位：柑园镇司法所（虚构）", None, None, None, None, None, "填报日期：2025年1月8日", None)
    first = sheet.header([head]) + 1
    for n, (village, counts) in enumerate(summary.items(), start=1):
        note = "全年无案件" if not counts[0] else ("卷宗存司法所" if village == TOWN else None)
        sheet.add(n, f"{village}人民调解委员会", *counts, note)
    last = sheet.next_row - 1
    sheet.add("合计", None, *[Formula(f"SUM({c}{first}:{c}{last})", sum(v[i] for v in summary.values()))
                            for i, c in enumerate("CDEFG")], None)  # fmt: skip
    built.books.append(Book(MEDIATION_SUMMARY, [sheet]))

    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    folder = f"{MEDIATION_FOLDER}/"
    built.quirk("numbers_restart_per_village_file", folder + plan["橘林村"][0], "调解登记", f,
                "每个调委会的文件 编号 都从 1 起：同号的两件在两个村，是两件，不是重复")  # fmt: skip
    built.quirk("village_only_in_file_name", folder + "石板村.xlsx", "台账", f,
                "文件名只写 石板村，标题是模板原样的“村人民调解委员会案件登记台账（2024年）”，没有村名列；日期 2024.3.5")  # fmt: skip
    built.quirk("sheet_left_as_sheet1_no_title", folder + plan["青冈村"][0], "Sheet1", f,
                "青冈村的表名没改（Sheet1），也没有标题行：两行表头在第一行")  # fmt: skip
    built.quirk("empty_template_is_zero", folder + plan["桃溪村"][0], "调解登记", f,
                "桃溪村全年没有调解案件，报来的是只有标题和两行表头的空模板（没有“本年无”之类的话）："
                "该调委会 0 件，不是缺台账；汇总表里它那一行是 0")  # fmt: skip
    built.quirk("summary_row_without_its_register", MEDIATION_SUMMARY, "汇总", f,
                "汇总表第一行是镇人民调解委员会（备注 卷宗存司法所），它的登记台账没有放进文件夹：各村文件之和少了镇调委会的案件，"
                "不是全镇数；汇总表的合计才包括它（真值按全部调委会计）")  # fmt: skip
    built.quirk("committee_summary_beside_village_files", MEDIATION_SUMMARY, "汇总", f,
                "司法所的汇总表与各村文件并排放在上一层：一村一行（受理、调解成功、其中口头/书面、以案定补金额）和 SUM 合计，"
                "数与各村文件一致：记录与汇总都计就翻倍；件数以各村记录为准，以案定补金额各村台账不记，只有汇总表写了")  # fmt: skip


# --- 矛盾纠纷: one sheet per village, the first sheet 全镇汇总 a copy of them all ------------------------------------

DISPUTES_FILE = f"{TOWN}2024年矛盾纠纷排查化解台账.xlsx"
STATES = {"已化解": 10, "化解中": 1.5, "未化解": 0.5}
SUMMARIES = ("两户因田坎垮塌互相指责", "外出务工人员工资被拖欠", "兄弟分家宅基地面积有争议", "相邻修房遮挡采光",
             "土地流转租金迟迟未付", "山林界桩被移动")  # fmt: skip


def town_copy_sheet_before_village_sheets_disputes(built: Built, rng: random.Random) -> None:
    head = ["编号", "排查日期", "纠纷类型", "当事人", "简要情况", "化解情况", "化解日期", "责任人"]
    rows: list[tuple[str, dt.date, str, str, str, str, dt.date | None, str]] = []
    sheets = []
    records = []
    for village, count in zip(VILLAGES, (11, 14, 9, 12, 8), strict=True):
        sheet = Sheet(village)
        sheet.title(f"{TOWN}{village}2024年矛盾纠纷排查化解台账", len(head))
        sheet.header([head])
        for n, day in enumerate(fake.dates_in(rng, YEAR, count), start=1):
            state = fake.pick(rng, STATES)
            solved = day + dt.timedelta(days=rng.randint(0, 15)) if state == "已化解" else None
            party = f"{fake.name(rng)}、{fake.name(rng)}"
            row = (village, day, fake.pick(rng, DISPUTE_TYPES), party, rng.choice(SUMMARIES), state, solved,
                   fake.name(rng))  # fmt: skip
            sheet.add(n, f"{day:%Y-%m-%d}", *row[2:6], f"{solved:%Y-%m-%d}" if solved else None, row[7])
            rows.append(row)
            records.append({"screened_on": day, "status": state})
        sheets.append(sheet)
    # The 综治中心 pastes every village's rows into one list for the county, sorted by date, numbered afresh.
    town = Sheet("全镇汇总")
    town_head = ["序号", "村（社区）", *head[1:]]
    town.title(f"{TOWN}2024年矛盾纠纷排查化解台账（全镇汇总）", len(town_head))
    town.header([town_head])
    for n, row in enumerate(sorted(rows, key=lambda r: r[1]), start=1):
        town.add(n, row[0], f"{row[1]:%Y-%m-%d}", *row[2:6], f"{row[6]:%Y-%m-%d}" if row[6] else None, row[7])
    built.books.append(Book(DISPUTES_FILE, [town, *sheets]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("town_copy_sheet_of_village_sheets", DISPUTES_FILE, "全镇汇总", f,
                "第一张表“全镇汇总”不是计数表，而是把五个村的记录原样复制在一起（按日期排序、序号重编、多一列 村（社区））："
                "与各村工作表是同一批纠纷，两处都计就翻倍")  # fmt: skip
    built.quirk("restarting_numbers", DISPUTES_FILE, "各村工作表", f, "编号在每个村的工作表从 1 重新开始")


# --- 行政执法: the departments' registers beside the 综合执法办's 汇总 --------------------------------------------

ENFORCEMENT_FOLDER = "各站所执法台账"
ENFORCEMENT_SUMMARY = f"{TOWN}2024年行政执法数据汇总表（按执法单位）.xlsx"
CATEGORIES = ("行政许可", "行政处罚", "行政强制", "行政检查", "行政确认")


def department_registers_beside_summary_enforcement(built: Built, rng: random.Random) -> None:
    # unit → (file, prefix of its case numbers, {category: cases}, date style)
    plan = {
        "综合行政执法队": ("综合行政执法队2024年行政执法案件台账.xlsx", "柑园综执",
                           {"行政处罚": 14, "行政强制": 3, "行政检查": 21}, "date"),
        "便民服务中心": ("便民服务中心2024年行政许可和行政确认办理台账.xlsx", "柑园便民",
                         {"行政许可": 26, "行政确认": 18}, "cn"),
    }  # fmt: skip
    letters = {"行政处罚": "罚", "行政强制": "强", "行政检查": "查", "行政许可": "许", "行政确认": "确"}
    names = {"行政处罚": "违规占道经营", "行政强制": "查封违法建设现场", "行政检查": "燃气安全日常检查",
             "行政许可": "农村村民宅基地审批", "行政确认": "农村低保对象认定"}  # fmt: skip
    head = ["序号", "案件编号", "案件名称", "执法类别", "当事人", "作出决定日期", "执法人员", "备注"]
    records = []
    counts: dict[str, dict[str, int]] = {}
    for unit, (file, prefix, cats, style) in plan.items():
        sheet = Sheet("台账")
        sheet.title(f"{TOWN}{unit}2024年行政执法案件台账", len(head))
        sheet.header([head])
        cases = [(c, d) for c, k in cats.items() for d in fake.dates_in(rng, YEAR, k)]
        cases.sort(key=lambda x: x[1])
        seq: dict[str, int] = {}
        for n, (category, day) in enumerate(cases, start=1):
            seq[category] = seq.get(category, 0) + 1
            case_no = f"{prefix}{letters[category]}〔2024〕{seq[category]}号"
            sheet.add(n, case_no, names[category], category, fake.name(rng), fake.date_cell(day, style),
                      f"{fake.name(rng)}、{fake.name(rng)}", None)  # fmt: skip
            records.append({"case_no": case_no, "category": category, "decided_on": day})
        counts[unit] = {c: cats.get(c, 0) for c in CATEGORIES}
        built.books.append(Book(f"{ENFORCEMENT_FOLDER}/{file}", [sheet]))
    built.ledgers["enforcement"] = records
    county_bureau_register_market_station(built, rng)

    sheet = Sheet("按单位汇总")
    head2 = ["序号", "执法单位", *CATEGORIES, "合计"]
    sheet.title(f"{TOWN}2024年行政执法数据汇总表（按执法单位）", len(head2))
    sheet.add("填报单位：柑园镇综合执法办（虚构）", *[None] * (len(head2) - 1))
    first = sheet.header([head2]) + 1
    for n, (unit, by_cat) in enumerate(counts.items(), start=1):
        r = sheet.next_row
        sheet.add(n, unit, *by_cat.values(), Formula(f"SUM(C{r}:G{r})", sum(by_cat.values())))
    last = sheet.next_row - 1
    totals = [sum(v[c] for v in counts.values()) for c in CATEGORIES]
    sheet.add("合计", None, *[Formula(f"SUM({col}{first}:{col}{last})", t) for col, t in zip("CDEFG", totals, strict=True)],
              Formula(f"SUM(H{first}:H{last})", sum(totals)))  # fmt: skip
    built.books.append(Book(ENFORCEMENT_SUMMARY, [sheet]))
    f = ("enforcement.cases", "enforcement.licensing", "enforcement.penalty", "enforcement.coercion",
         "enforcement.inspection", "enforcement.confirmation")  # fmt: skip
    built.quirk("department_registers_in_a_folder", f"{ENFORCEMENT_FOLDER}/", "台账", f,
                "执法案件分在两个单位各自的台账里（综合行政执法队：处罚、强制、检查；便民服务中心：许可、确认），各自编号：全镇是两本之和")  # fmt: skip
    built.quirk("department_summary_beside_registers", ENFORCEMENT_SUMMARY, "按单位汇总", f,
                "综合执法办按执法单位汇总（单位 × 执法类别，SUM 合计）放在两本台账旁边：与台账一致，不得再加一遍")  # fmt: skip


COUNTY = "橙江县"  # fictitious
MARKET_FILE = f"{ENFORCEMENT_FOLDER}/{COUNTY}市场监督管理局柑园市场监管所2024年行政处罚案件登记表.xlsx"


def county_bureau_register_market_station(built: Built, rng: random.Random) -> None:
    """The 市场监管所 sits in the town but is the county bureau's 派出机构: it files its penalties in the bureau's name
    (处罚机关 橙江县市场监督管理局, 文号 橙市监处罚〔2024〕N号) and sends the town a copy. Not the town's cases."""
    head = ["序号", "行政处罚决定书文号", "案件名称", "当事人", "处罚种类", "罚没金额（元）", "处罚机关", "承办机构",
            "处罚决定日期"]  # fmt: skip
    sheet = Sheet("处罚登记")
    sheet.title(f"{COUNTY}市场监督管理局柑园市场监管所2024年行政处罚案件登记表", len(head))
    sheet.header([head])
    acts = ("销售过期食品", "未明码标价", "无证经营小餐饮", "销售不合格农资", "计量器具未检定")
    for n, day in enumerate(fake.dates_in(rng, YEAR, 11), start=1):
        sheet.add(n, f"橙市监处罚〔2024〕{40 + 3 * n}号", rng.choice(acts), fake.name(rng),
                  rng.choice(["警告", "罚款", "罚款、没收违法所得"]), rng.choice([500, 1000, 2000, 3000]),
                  f"{COUNTY}市场监督管理局", "柑园市场监管所", fake.date_cell(day, "date"))  # fmt: skip
    built.books.append(Book(MARKET_FILE, [sheet]))
    f = ("enforcement.cases", "enforcement.penalty")
    built.quirk("county_bureau_cases_in_town_folder", MARKET_FILE, "处罚登记", f,
                "市场监管所是县市场监管局的派出机构，报来的处罚登记表处罚机关都是 橙江县市场监督管理局、文号 橙市监处罚〔2024〕N号："
                "是县局的案件，不是镇政府的（综合执法办的汇总表也不列它）；计入就多出 11 件处罚")  # fmt: skip


# --- 一村一法律顾问: a file per village beside the 司法所's summary ---------------------------------------------------

COUNSEL_FOLDER = "一村一法律顾问"
COUNSEL_SUMMARY = f"{TOWN}2024年“一村一法律顾问”服务情况汇总表.xlsx"
SERVICES = {"解答法律咨询": ("法律咨询", 6), "审查合同": ("文书审核", 2), "出具法律意见书": ("法律意见书", 1),
            "协助法律援助": ("法律援助", 0.5), "开展法治讲座": (None, 1)}  # fmt: skip


def counsel_file_per_village_beside_summary(built: Built, rng: random.Random) -> None:
    head = ["序号", "服务时间", "服务方式", "服务内容", "服务对象", "次数", "法律顾问"]
    records = []
    table: dict[str, dict[str, int]] = {}
    for village in VILLAGES:
        sheet = Sheet("服务台账")
        sheet.title(f"{village}法律顾问工作台账（2024年）", len(head))
        sheet.header([head])
        table[village] = dict.fromkeys(SERVICES, 0)
        counsel = fake.name(rng)
        for n, day in enumerate(fake.dates_in(rng, YEAR, rng.randint(9, 14)), start=1):
            service = fake.pick(rng, {k: v[1] for k, v in SERVICES.items()})
            times = rng.choice([1, 1, 2, 3]) if service == "解答法律咨询" else 1
            cell = None if times == 1 and rng.random() < 0.4 else f"{times}次"  # blank = 1
            sheet.add(n, f"{day.month}月{day.day}日", rng.choice(["坐班值守", "电话咨询", "上门服务"]), service,
                      rng.choice(["村民", "村委会", f"{village}股份经济合作社"]), cell, counsel)  # fmt: skip
            table[village][service] += times
            kind = SERVICES[service][0]
            if kind:
                records.append({"served_on": day, "service": kind, "quantity": times})
        built.books.append(Book(f"{COUNSEL_FOLDER}/{village}法律顾问工作台账（2024年）.xlsx", [sheet]))
    built.ledgers["counsel"] = records

    sheet = Sheet("汇总")
    head2 = ["村（社区）", *[f"{s}（{'场' if s == '开展法治讲座' else '次'}）" for s in SERVICES]]
    sheet.title(f"{TOWN}2024年“一村一法律顾问”服务情况汇总表", len(head2))
    first = sheet.header([head2]) + 1
    for village, by_service in table.items():
        sheet.add(village, *by_service.values())
    last = sheet.next_row - 1
    sheet.add("合计", *[Formula(f"SUM({col}{first}:{col}{last})", sum(v[s] for v in table.values()))
                        for col, s in zip("BCDEF", SERVICES, strict=True)])  # fmt: skip
    built.books.append(Book(COUNSEL_SUMMARY, [sheet]))
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("counsel_file_per_village", f"{COUNSEL_FOLDER}/", "服务台账", f,
                "每个村（社区）的法律顾问各交一个文件，服务时间 写 3月5日（年份在标题），次数 写 2次 或空（=1）")  # fmt: skip
    built.quirk("counsel_summary_beside_village_files", COUNSEL_SUMMARY, "汇总", f,
                "司法所的汇总表（一村一行、一项服务一列、SUM 合计，没有日期）与各村文件并存：数一致，不得再加一遍")  # fmt: skip


# --- 信访: a monthly return a file, July's missing ---------------------------------------------------------------

PETITIONS_FOLDER = "信访月报"
MISSING_MONTH = 7


def monthly_files_one_missing_petitions(built: Built, rng: random.Random) -> None:
    for month in range(1, 13):
        assigned = rng.randint(0, 2)
        resolved = rng.randint(0, assigned)
        if month == MISSING_MONTH:
            continue  # the July return was never filed into the folder
        sheet = Sheet(f"{month}月")
        sheet.title(f"{TOWN}信访工作月报表（2024年{month}月）", 4)
        sheet.add("填报单位：柑园镇信访办（虚构）", None, f"报送日期：2024年{month}月28日", None)
        sheet.header([["项目", "单位", "本月", "备注"]])
        sheet.add("群众来访", "批次", rng.randint(1, 6), None)
        sheet.add("群众来信", "件", rng.randint(0, 3), None)
        sheet.add("上级交办信访事项", "件", assigned, None)
        sheet.add("已化解", "件", resolved, None)
        sheet.add("本级受理", "件", rng.randint(0, 4), None)
        built.books.append(Book(f"{PETITIONS_FOLDER}/{TOWN}信访工作月报表（2024年{month}月）.xlsx", [sheet]))
    built.ledgers["petitions"] = Null("信访只有月报，缺7月的月报、也没有本年累计：全年数不能由11个月相加")
    built.quirk("monthly_files_one_missing", f"{PETITIONS_FOLDER}/", "1月…12月", "petitions.*",
                "信访月报一月一个文件，只有 本月 一列，7月的文件没有：全年数为 null（11个月之和不是全年），不是部分和")  # fmt: skip
