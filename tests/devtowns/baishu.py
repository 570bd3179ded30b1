"""柏树乡（虚构）2025: the thirty-sixth development town, whose disputes, mediation, petitions and enforcement are
**exports of information systems as offices download them**, with two books kept by hand for the kinds no platform
covers.

Disputes as the 矛盾纠纷多元化解平台's list, **exported once a quarter** into four GBK CSV files, each with a title,
导出时间, 查询条件 and 共N条 line above the header; the platform's own column names (矛盾纠纷编号 a 19-digit key,
受理时间 to the second), **a code column beside each coded name** (矛盾纠纷类型代码 | 矛盾纠纷类型, 矛盾纠纷状态代码
| 矛盾纠纷状态); the query windows **end on the first day of the next quarter**, so the events of 1 April, 1 July and
1 October are in two files; the first query began on 2024-12-30, so two December events are in it; a 合计 line under
the records. Mediation as the 人民调解信息系统's xlsx export: **a row of the database's field names under the
titles** (ajbh, slsj, tjjg …), 案件编号 an 18-digit number the office's Excel **rounded to 15 digits** (the running
number lost: the cases of one day share one number), 受理时间 **yyyyMMddHHmmss** (20250305142210), 调解结果 and
协议形式 **as dictionary codes whose legend is in a 说明 sheet after the list**, a 合计 line. Petitions as the
信访信息系统's query results, **one export per query** (办理状态 已办结, then 办理中), each with its 导出时间 /
查询条件 line and a 共计 line, 登记日期 as the number 20250305, 信访件编号 a 16-digit text. Enforcement as the
行政执法综合管理监督平台's GBK CSV (执法类别代码 beside 执法类别, 决定时间 to the second, 已撤销 cases without a
decision, one case filed in December and decided in January 2026, a 合计 line with the fines). Kept by hand: the
counsel register and the 行政应诉 register. No disclosure, security, fraud-watch, training or normative-document
ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import COUNSEL_FIGURES, Built, plain_counsel_register
from .truth import Null

TOWN = "柏树乡"
YEAR = 2025
GOV = "柏树乡人民政府"
VILLAGES = ("柏树社区", "青杠村", "石板村", "杨柳村", "水井村")  # fictitious
KNOWN_WITHHELD = {
    "petitions.assigned": "信访事项按办理状态分两次导出（查询条件 办理状态：已办结 / 办理中）：两份合起来只含已化解和正在化解的事项，"
    "未化解、息访等状态的上级交办事项不在其中，全数无从得知（issue 12：不把查询结果当作全年；已化解、正在化解两项照常给出）",
}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    quarterly_csv_exports_disputes(built, rng)
    field_name_row_mediation(built, rng)
    export_per_query_petitions(built, rng)
    code_beside_name_enforcement(built, rng)
    name = plain_counsel_register(built, rng, TOWN, YEAR, VILLAGES, 24)
    built.quirk("plain_words_for_contrast", name, "服务台账", COUNSEL_FIGURES, "手工台账：同一乡里不是系统导出的台账")
    hand_kept_litigation(built, rng)
    absent = ("disclosure", "security", "fraud_watch", "training", "normative_documents")
    for kind in absent:
        built.ledgers[kind] = Null("柏树乡没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


def _at(d: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59))


# --- 矛盾纠纷: the 矛盾纠纷多元化解平台's list, exported a quarter at a time --------------------------------------

DISPUTE_TYPES = {
    "0101": "婚姻家庭纠纷",
    "0102": "邻里纠纷",
    "0201": "山林土地纠纷",
    "0302": "劳务纠纷",
    "0405": "损害赔偿纠纷",
}
# 矛盾纠纷状态代码 → (as exported, canonical status, weight)
DISPUTE_STATES = {
    "03": ("已化解", "已化解", 7),
    "02": ("调处中", "化解中", 1.5),
    "04": ("化解不成功", "未化解", 0.6),
    "05": ("已移交", "已移交", 0.5),
}
# Each export's query window: from its first day to the first day of the next quarter (both included).
QUERIES = (
    ("一季度", dt.date(YEAR - 1, 12, 30), dt.date(YEAR, 4, 1)),
    ("二季度", dt.date(YEAR, 4, 1), dt.date(YEAR, 7, 1)),
    ("三季度", dt.date(YEAR, 7, 1), dt.date(YEAR, 10, 1)),
    ("四季度", dt.date(YEAR, 10, 1), dt.date(YEAR, 12, 31)),
)


def quarterly_csv_exports_disputes(built: Built, rng: random.Random) -> None:
    days = [dt.date(YEAR - 1, 12, 30), dt.date(YEAR - 1, 12, 31), *fake.dates_in(rng, YEAR, 64)]
    days += [dt.date(YEAR, 4, 1), dt.date(YEAR, 7, 1), dt.date(YEAR, 10, 1)]  # working days on the window's edge
    days.sort()
    # The platform's key: a snowflake number (milliseconds since its epoch, shifted, a worker and a sequence).
    events = []
    records = []
    for day in days:
        at = _at(day, rng)
        millis = int((at - dt.datetime(2020, 1, 1)).total_seconds() * 1000) + rng.randint(0, 999)
        key = str((millis << 22) | (rng.randint(1, 31) << 12) | rng.randint(0, 4095))
        code = fake.pick(rng, {k: w for k, (_, _, w) in DISPUTE_STATES.items()})
        if day.year < YEAR:
            code = "03"
        typed, status, _ = DISPUTE_STATES[code]
        kind = rng.choice(list(DISPUTE_TYPES))
        village = rng.choice(VILLAGES)
        events.append((day, key, at, kind, code, typed, village))
        records.append({"screened_on": day, "status": status})
    head = [
        "序号",
        "矛盾纠纷编号",
        "矛盾纠纷名称",
        "矛盾纠纷类型代码",
        "矛盾纠纷类型",
        "受理时间",
        "矛盾纠纷状态代码",
        "矛盾纠纷状态",
        "管辖单位",
        "责任单位",
        "涉及人员总数",
        "紧急程度",
    ]
    files = []
    for label, first, last in QUERIES:
        chosen = [e for e in events if first <= e[0] <= last]
        sheet = Sheet("矛盾纠纷列表")
        sheet.add("矛盾纠纷列表")
        sheet.add(f"导出时间：{last + dt.timedelta(days=1):%Y-%m-%d} 09:{rng.randint(10, 59)}:{rng.randint(10, 59)}")
        sheet.add(f"查询条件：受理时间 {first:%Y-%m-%d} 00:00:00 至 {last:%Y-%m-%d} 23:59:59；管辖单位：{TOWN}")
        sheet.add(f"共{len(chosen)}条")
        sheet.add(*head)
        # From the third quarter the platform's new exporter writes a tab before each long number, so that Excel
        # opening the CSV keeps it as text (no 6.63442E+17).
        tab = "\t" if label in ("三季度", "四季度") else ""
        for n, (day, key, at, kind, code, typed, village) in enumerate(chosen, start=1):
            if day == last and day.year == YEAR and last.month != 12:
                # Exported the next morning, an event of the window's last day was still in hand: the next quarter's
                # export, months later, lists it again with how it ended.
                code, typed = "02", DISPUTE_STATES["02"][0]
            sheet.add(
                n,
                tab + key,
                rng.choice(["宅基地界址争议", "赡养费纠纷", "务工工资拖欠", "林地承包界限不清", "噪音扰邻"]),
                kind,
                DISPUTE_TYPES[kind],
                f"{at:%Y-%m-%d %H:%M:%S}",
                code,
                typed,
                f"{TOWN}综治中心",
                rng.choice([f"{village}调委会", f"{TOWN}司法所", f"{TOWN}派出所"]),
                rng.randint(2, 6),
                rng.choice(["一般", "一般", "较急", "紧急"]),
            )
        sheet.add("合计", f"{len(chosen)}条")
        file = f"{TOWN}矛盾纠纷多元化解平台导出_{YEAR}{label}.csv"
        built.books.append(Book(file, [sheet], fmt="csv-gbk"))
        files.append(file)
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    for file in files:
        built.quirk("csv_gbk", file, "（CSV）", f, "平台导出的 GBK 编码 CSV")
    built.quirk(
        "export_per_quarter_files",
        files[0],
        "（CSV）",
        f,
        "平台一次导出一个季度，存成四个文件：一类台账跨四个文件，每个文件有标题、导出时间、查询条件、共N条四行",
    )
    built.quirk(
        "overlapping_query_windows_across_files",
        files[1],
        "（CSV）",
        f,
        "查询区间都到下季度第一天为止：4月1日、7月1日、10月1日受理的事件在两个文件里各出现一次（矛盾纠纷编号相同），只计一次",
    )
    built.quirk(
        "code_column_beside_name",
        files[0],
        "（CSV）",
        f,
        "矛盾纠纷类型代码 0101 在 矛盾纠纷类型 旁，矛盾纠纷状态代码 03 在 矛盾纠纷状态 旁：取名称列，代码列不是另一个字段",
    )
    built.quirk(
        "snowflake_key", files[0], "（CSV）", f, "矛盾纠纷编号 是平台的19位雪花编号：文本，不得当作数值（会丢末几位）"
    )
    built.quirk(
        "copy_still_in_hand",
        files[1],
        "（CSV）",
        f,
        "窗口末日受理的事件在前一季度的导出里还是 调处中（次日导出），下一季度的导出里是最终状态：同一件，以后一份的状态为准",
    )
    built.quirk(
        "tab_before_long_number",
        files[2],
        "（CSV）",
        f,
        "三、四季度的导出在长编号前加一个制表符（防止 Excel 改成 6.63442E+17）：7月1日的事件在二季度无制表符、三季度有，仍是同一件",
    )
    built.quirk("prior_year_row", files[0], "（CSV）", f, "一季度查询从 2024-12-30 起：两件 2024 年 12 月受理的不计")
    built.quirk("count_footer", files[0], "（CSV）", f, "末行 合计 N条：不是记录")
    built.quirk("value_synonyms", files[0], "（CSV）", f, "调处中=化解中，化解不成功=未化解，已移交 不是已化解")


# --- 人民调解: the 人民调解信息系统's xlsx export ------------------------------------------------------------------

RESULTS = {1: ("调解成功", 8), 2: ("调解不成功", 1.2), 3: ("调解终止", 0.5)}
FORMS = {1: "口头", 2: "书面"}


def _excel_15_digits(number: int) -> float:
    """A long number as Excel keeps it once the export is opened and saved: 15 significant digits."""
    return float(f"{number:.14e}")


def field_name_row_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解案件导出（人民调解信息系统）.xlsx"
    sheet = Sheet("案件列表")
    sheet.header(
        [
            [
                "序号",
                "案件编号",
                "案件名称",
                "纠纷类型",
                "受理时间",
                "调解员",
                "调解结果",
                "协议形式",
                "以案定补金额（元）",
                "所属调委会",
            ],
            ["xh", "ajbh", "ajmc", "jflx", "slsj", "tjy", "tjjg", "xyxs", "yadbje", "sstwh"],
        ]
    )
    days = [dt.date(YEAR - 1, 12, 23), dt.date(YEAR - 1, 12, 29), *fake.dates_in(rng, YEAR, 40)]
    # Offices accept several cases on a market day: three days with two cases each.
    days += [days[8], days[20], days[33]]
    days.sort()
    records = []
    seq = {}
    total = 0
    for n, day in enumerate(days, start=1):
        seq[day.year] = seq.get(day.year, 0) + 1
        exact = int(f"339901{day:%Y%m%d}{seq[day.year]:04d}")
        result = fake.pick(rng, {k: w for k, (_, w) in RESULTS.items()})
        form = rng.choice([1, 1, 2]) if result == 1 else None
        subsidy = (200 if form == 2 else 100) if result == 1 else 0
        committee = rng.choice([f"{v}人民调解委员会" for v in VILLAGES] + [f"{TOWN}人民调解委员会"])
        sheet.add(
            n,
            _excel_15_digits(exact),
            rng.choice(["相邻通行纠纷", "婚姻家庭纠纷", "劳务报酬纠纷", "人身损害赔偿纠纷"]),
            rng.choice(["邻里纠纷", "婚姻家庭纠纷", "劳务纠纷", "损害赔偿纠纷"]),
            f"{_at(day, rng):%Y%m%d%H%M%S}",
            fake.name(rng),
            result,
            form,
            subsidy,
            committee,
        )
        if day.year == YEAR and result == 1:
            total += subsidy
        # The truth keys a case by what the system issued, not by what Excel kept.
        records.append(
            {
                "file_no": exact,
                "accepted_on": day,
                "result": RESULTS[result][0],
                "form": FORMS.get(form),
                "subsidy": subsidy,
            }
        )
    sheet.add("合计", None, None, None, None, None, None, None, sum(r["subsidy"] for r in records), None)
    notes = Sheet("说明")
    notes.add("导出说明")
    notes.add(f"1. 本表由人民调解信息系统导出，导出时间：{YEAR + 1}-01-06 10:02:11，导出范围：{TOWN}各人民调解委员会。")
    notes.add("2. 调解结果：1-调解成功，2-调解不成功，3-调解终止")
    notes.add("3. 协议形式：1-口头协议，2-书面协议")
    notes.add("4. 受理时间格式为 yyyyMMddHHmmss。")
    # The system's 字段说明 sheet before the list: a row per field, the codes a field takes under 取值说明.
    fields = Sheet("字段说明")
    fields.title("人民调解案件导出字段说明", 5)
    fields.header([["序号", "字段名称", "字段代码", "类型", "取值说明"]])
    dictionary = (
        ("案件编号", "ajbh", "数值", "系统生成"),
        ("案件名称", "ajmc", "字符", None),
        ("纠纷类型", "jflx", "字符", None),
        ("受理时间", "slsj", "字符", "yyyyMMddHHmmss"),
        ("调解员", "tjy", "字符", None),
        ("调解结果", "tjjg", "字典", "1-调解成功；2-调解不成功；3-调解终止"),
        ("协议形式", "xyxs", "字典", "1-口头协议；2-书面协议"),
        ("以案定补金额（元）", "yadbje", "数值", "单位：元"),
        ("所属调委会", "sstwh", "字符", None),
    )
    for n, row in enumerate(dictionary, start=1):
        fields.add(n, *row)
    built.books.append(Book(file, [fields, sheet, notes]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk(
        "field_name_row",
        file,
        "案件列表",
        f,
        "标题行下一行是数据库字段名 xh、ajbh、slsj、tjjg …：是表头的一部分，不是记录",
    )
    built.quirk(
        "long_number_rounded_key",
        file,
        "案件列表",
        f,
        "案件编号 18 位数字存成数值，Excel 只留 15 位有效数字（末 3 位流水号变 000）：同一天受理的两件编号相同，仍是两件",
    )
    built.quirk("compact_timestamp", file, "案件列表", f, "受理时间 写作 20250305142210（yyyyMMddHHmmss）")
    built.quirk(
        "legend_in_notes_sheet_after",
        file,
        "说明",
        f,
        "调解结果、协议形式 只导出代码 1/2/3，含义在列表之后的 说明 工作表：2. 调解结果：1-调解成功，2-调解不成功…",
    )
    built.quirk(
        "data_dictionary_sheet",
        file,
        "字段说明",
        f,
        "列表前的 字段说明 工作表（序号、字段名称、字段代码、类型、取值说明）：一行一个字段，不是记录，也不是竖排的台账；"
        "取值说明 1-调解成功；2-调解不成功 是代码的含义",
    )
    built.quirk("prior_year_row", file, "案件列表", f, "两件 2024 年 12 月受理的不计")
    built.quirk("total_row", file, "案件列表", f, "末行 合计（以案定补金额之和）：不是记录")


# --- 信访: the 信访信息系统's query results, one export per query --------------------------------------------------

PETITION_SOURCES = {"省信访局": "省联办", "市信访局": "市联办", "县信访局": "县联办"}


def export_per_query_petitions(built: Built, rng: random.Random) -> None:
    days = fake.dates_in(rng, YEAR, 17)
    items = []
    for n, day in enumerate(days, start=1):
        above = rng.random() < 0.6
        office = rng.choice(list(PETITION_SOURCES)) if above else None
        done = n not in (6, 13, 15, 16, 17)  # still in hand at the year's end
        items.append((n, day, office, "已办结" if done else "办理中"))
    records = []
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    for state in ("已办结", "办理中"):
        file = f"{TOWN}信访事项查询导出_{state}.xlsx"
        chosen = [i for i in items if i[3] == state]
        sheet = Sheet("查询结果")
        sheet.title("信访事项查询结果", 9)
        sheet.add(
            f"导出时间：{YEAR + 1}-01-05 16:40:02　查询条件：登记日期 {YEAR}0101-{YEAR}1231；办理状态：{state}；"
            f"登记机构：{GOV}"
        )
        sheet.header(
            [["序号", "信访件编号", "登记日期", "信访形式", "来源", "交办机关", "反映问题", "责任单位", "办理状态"]]
        )
        for k, (n, day, office, _) in enumerate(chosen, start=1):
            no = f"3399{YEAR}{n:08d}"
            sheet.add(
                k,
                no,
                int(f"{day:%Y%m%d}"),
                rng.choice(["来访", "来信", "网上信访", "电话"]),
                "上级交办" if office else "本级受理",
                office,
                rng.choice(["反映土地征收补偿", "反映低保评定", "反映邻里宅基地争议", "反映工程款拖欠"]),
                rng.choice([f"{TOWN}综治中心", f"{TOWN}自然资源所", f"{TOWN}社会事务办"]),
                state,
            )
            records.append(
                {
                    "petition_no": no,
                    "source": PETITION_SOURCES[office] if office else "本级受理",
                    "assigned_on": day,
                    "status": "已化解" if state == "已办结" else "正在化解",
                }
            )
        sheet.add(f"共计：{len(chosen)}件")
        built.books.append(Book(file, [sheet]))
        built.quirk(
            "export_per_query",
            file,
            "查询结果",
            f,
            f"信访系统按办理状态分次查询导出：{state} 一个文件；两个文件合起来是全年的信访事项",
        )
        built.quirk("integer_date", file, "查询结果", f, "登记日期 是数值 20250305（不是日期格式）")
        built.quirk("count_footer", file, "查询结果", f, "末行 共计：N件：不是记录")
    built.ledgers["petitions"] = records
    built.quirk(
        "value_suffixes",
        f"{TOWN}信访事项查询导出_已办结.xlsx",
        "查询结果",
        f,
        "来源 上级交办 旁 交办机关 省/市/县信访局：上级交办的才计交办件",
    )


# --- 行政执法: the 行政执法综合管理监督平台's GBK CSV ---------------------------------------------------------------

ENF_CATEGORIES = {"01": ("行政许可", 9), "02": ("行政处罚", 7), "03": ("行政强制", 1), "05": ("行政检查", 14)}
ENF_PREFIX = {"01": "许", "02": "罚", "03": "强", "05": "检"}


def code_beside_name_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政执法案件导出（行政执法综合管理监督平台）.csv"
    sheet = Sheet("案件查询")
    sheet.add("行政执法案件查询")
    sheet.add(f"导出时间：{YEAR + 1}-01-07 08:55:40")
    sheet.add(f"查询条件：立案日期 {YEAR}-01-01 至 {YEAR}-12-31；执法主体：{GOV}")
    sheet.add(
        "序号",
        "案件编号",
        "执法主体",
        "执法类别代码",
        "执法类别",
        "案由",
        "立案时间",
        "决定时间",
        "案件状态",
        "罚没金额（元）",
    )
    plan = [code for code, (_, n) in ENF_CATEGORIES.items() for _ in range(n)]
    rng.shuffle(plan)
    days = fake.dates_in(rng, YEAR, len(plan), last=dt.date(YEAR, 12, 10))
    records = []
    fines = 0
    withdrawn = {4, 19}
    for n, (code, day) in enumerate(zip(plan, days), start=1):
        name = ENF_CATEGORIES[code][0]
        no = f"柏树{ENF_PREFIX[code]}〔{YEAR}〕{n}号"
        decided = day + dt.timedelta(days=rng.randint(0, 20))
        if n == len(plan):  # filed on 10 December at the latest: this one decided in January
            day = dt.date(YEAR, 12, 22)
            decided = dt.date(YEAR + 1, 1, 9)
        state = "已撤销" if n in withdrawn else rng.choice(["已结案", "已结案", "已归档"])
        fine = rng.choice([200, 500, 1000, 2000]) if code == "02" and n not in withdrawn else None
        fines += fine or 0
        sheet.add(
            n,
            no,
            GOV,
            code,
            name,
            rng.choice(["占道经营", "违规搭建", "个体工商登记", "安全生产检查", "农药经营检查"]),
            f"{_at(day, rng):%Y-%m-%d %H:%M:%S}",
            None if n in withdrawn else f"{_at(decided, rng):%Y-%m-%d %H:%M:%S}",
            state,
            fine,
        )
        if n not in withdrawn:
            records.append({"case_no": no, "decided_on": decided, "category": name})
    sheet.add("合计", None, None, None, None, None, None, None, f"{len(plan)}件", fines)
    built.books.append(Book(file, [sheet], fmt="csv-gbk"))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.licensing", "enforcement.penalty", "enforcement.coercion")
    built.quirk("csv_gbk", file, "（CSV）", f, "平台导出的 GBK 编码 CSV，表头前有标题、导出时间、查询条件三行")
    built.quirk("code_column_beside_name", file, "（CSV）", f, "执法类别代码 01/02/03/05 在 执法类别 旁：类别取名称列")
    built.quirk("withdrawn_without_decision", file, "（CSV）", f, "两件 已撤销 没有决定时间：不是作出的执法决定")
    built.quirk("next_year_decision", file, "（CSV）", f, "最后一件 12 月立案、次年 1 月决定：不计入本年")
    built.quirk("total_row", file, "（CSV）", f, "末行 合计 N件 与罚没金额之和：不是记录")


# --- 行政应诉: kept by hand ----------------------------------------------------------------------------------------


def hand_kept_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政应诉案件登记表（{YEAR}年）.xlsx"
    sheet = Sheet("应诉登记")
    sheet.title(f"{TOWN}{YEAR}年行政应诉案件登记表", 8)
    sheet.header([["序号", "案号", "原告", "案由", "开庭时间", "负责人是否出庭", "出庭负责人", "审理结果"]])
    plan = [
        (dt.date(YEAR, 3, 18), True),
        (dt.date(YEAR, 6, 11), False),
        (dt.date(YEAR, 8, 27), True),
        (dt.date(YEAR, 11, 5), True),
        (dt.date(YEAR + 1, 1, 14), False),  # filed in 2025, heard in January 2026
    ]
    records = []
    for n, (heard, appeared) in enumerate(plan, start=1):
        no = f"（{YEAR}）虚0101行初{10 + n * 3}号"
        sheet.add(
            n,
            no,
            fake.masked(fake.name(rng)),
            rng.choice(["不服行政处罚决定", "要求履行法定职责", "不服土地确权决定"]),
            fake.date_cell(heard, "cn"),
            "是" if appeared else "否",
            f"副乡长{fake.masked(fake.name(rng))}" if appeared else None,
            rng.choice(["驳回诉讼请求", "原告撤诉", "审理中"]),
        )
        records.append({"case_no": no, "heard_on": heard, "appeared": appeared})
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("plain_words_for_contrast", file, "应诉登记", f, "手工台账；一件 2026 年 1 月开庭，不计入")
