"""新合镇（虚构）2024: the forty-third development town, **formed in the year by merging two townships**
(撤乡并镇: 原新店乡 and 原合兴镇 成建制合并设立新合镇 on 2024-07-01), as a province's 批复 merges them and the
offices hand their files over (档案移交) to the new government.

The ledgers of January–June are kept by each former township under its own name: titles 原新店乡… / 原合兴镇…,
sheets named after them, 承办单位 新店乡人民政府 / 合兴镇司法所, document numbers 新店乡综执罚〔2024〕N号 beside
合兴镇综执罚〔2024〕N号, each with its own 编号 series from 1 (so 编号 1, 2, 3 are in both former townships' books and
name different disputes). From July the merged town's ledgers run under the new name, with new numbers from 1; the
cases still open at the end of June are **carried over** into them (the same case twice: once open in the old book,
once under its new 编号 with its outcome, 备注 原新店乡第N号移交). Villages were merged and renamed with the
townships (新店村 and 桥头村 → 新桥村), so a village is written both ways. The county's 信访 summary for the year still
lists the two former townships as rows of their own beside the new town. The town's params name its former
townships (`former_towns`).

Truth decisions: the merged town reports the whole year of both former townships (indicators.md counts): every
record of their January–June books is the town's, and each case is counted once — a case carried over is one case,
its outcome the new book's; a county form's rows of the former townships are the town's rows (their sum with the new
town's row), never another town's."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import COUNSEL_FIGURES, Built, plain_counsel_register
from .truth import Null, Stats

TOWN = "新合镇"
YEAR = 2024
COUNTY = "安平县"  # fictitious
FORMER = ("新店乡", "合兴镇")
MERGED_ON = dt.date(YEAR, 7, 1)
PARAMS = {"town": TOWN, "county": COUNTY, "former_towns": list(FORMER)}
# The villages of each former township (fictitious), and what they became in the merged town.
OLD_VILLAGES = {"新店乡": ("新店村", "桥头村", "花园村"), "合兴镇": ("合兴社区", "兴隆村", "石堰村")}
RENAMED = {"新店村": "新桥村", "桥头村": "新桥村", "花园村": "花园村", "合兴社区": "合兴社区", "兴隆村": "兴隆村",
           "石堰村": "石堰社区"}  # fmt: skip
NEW_VILLAGES = tuple(dict.fromkeys(RENAMED.values()))
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    former_townships_enforcement(built, rng)
    carried_over_disputes(built, rng)
    one_register_two_committees_mediation(built, rng)
    county_form_lists_former_townships(built, rng)
    counsel = plain_counsel_register(built, rng, TOWN, YEAR, NEW_VILLAGES, 20)
    built.quirk("own_register_for_contrast", counsel, "服务台账", COUNSEL_FIGURES, "合并后新合镇自己记的台账")
    absent = ("disclosure", "security", "fraud_watch", "litigation", "normative_documents", "training")
    for kind in absent:
        built.ledgers[kind] = Null("新合镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


def _first_half(rng: random.Random, n: int) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, last=dt.date(YEAR, 6, 28))


def _second_half(rng: random.Random, n: int) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first=dt.date(YEAR, 7, 1))


# --- 行政执法: one book per former township (1–6月) and the merged town's (7–12月) ------------------------------------

CATEGORIES = {"行政检查": 5, "行政处罚": 3, "行政许可": 2, "行政确认": 1}
SERIES = {"行政处罚": "罚", "行政检查": "检", "行政许可": "许", "行政确认": "确"}
ENF_HEADER = ["序号", "决定书文号", "案件名称", "执法类别", "承办单位", "立案日期", "作出决定日期", "案件状态", "备注"]
MATTERS = {"行政处罚": "违规占道经营", "行政检查": "农村自建房安全检查", "行政许可": "临时占用道路许可",
           "行政确认": "农村宅基地使用确认"}  # fmt: skip


def _case_no(town: str, category: str, n: int) -> str:
    return f"{town}综执{SERIES[category]}〔{YEAR}〕{n}号"


def former_townships_enforcement(built: Built, rng: random.Random) -> None:
    cases: list[dict] = []
    carried: list[tuple[str, str, dt.date, str]] = []  # (former town, category, filed on, old 立案号)
    files = {"新店乡": f"原新店乡{YEAR}年1-6月行政执法案件台账（移交）.xlsx",
             "合兴镇": f"原合兴镇{YEAR}年上半年行政执法案件登记台账.xlsx"}  # fmt: skip
    office = {"新店乡": "新店乡人民政府", "合兴镇": "合兴镇综合行政执法队"}
    for town, n_cases in (("新店乡", 17), ("合兴镇", 22)):
        sheet = Sheet(f"原{town}")
        sheet.title(f"原{town}{YEAR}年1-6月行政执法案件登记台账", len(ENF_HEADER))
        sheet.add(f"移交单位：原{town}人民政府", None, None, None, None, None, "移交日期：2024年7月5日")
        sheet.header([ENF_HEADER])
        numbers = dict.fromkeys(SERIES, 0)
        days = _first_half(rng, n_cases)
        for i, day in enumerate(days, start=1):
            category = fake.pick(rng, CATEGORIES)
            numbers[category] += 1
            case_no = _case_no(town, category, numbers[category])
            filed = day - dt.timedelta(days=rng.randint(0, 12))
            sheet.add(i, case_no, MATTERS[category], category, office[town], f"{filed:%Y.%m.%d}", f"{day:%Y.%m.%d}",
                      "已结案", None)  # fmt: skip
            cases.append({"case_no": case_no, "category": category, "decided_on": day})
        # The penalty cases filed in late June and still open at the merger: no decision yet, handed over.
        for k in range(2):
            filed = dt.date(YEAR, 6, 18 + 4 * k + (town == "合兴镇"))
            filing_no = f"{town}综执立〔{YEAR}〕{20 + k}号"
            sheet.add(n_cases + k + 1, None, MATTERS["行政处罚"], "行政处罚", office[town], f"{filed:%Y.%m.%d}", None,
                      "未结案（移交新合镇）", f"立案号{filing_no}")  # fmt: skip
            carried.append((town, "行政处罚", filed, filing_no))
        built.books.append(Book(files[town], [sheet]))
    # The merged town's book from July, numbering from 1 under the new name; the carried cases first.
    sheet = Sheet(TOWN)
    sheet.title(f"{TOWN}{YEAR}年行政执法案件登记台账（7-12月）", len(ENF_HEADER))
    sheet.header([ENF_HEADER])
    numbers = dict.fromkeys(SERIES, 0)
    rows = [(c, f, f"原{t}移交，原立案号{no}") for t, c, f, no in carried]
    rows += [(fake.pick(rng, CATEGORIES), None, None) for _ in range(26)]
    days = _second_half(rng, len(rows))
    for i, ((category, filed, note), day) in enumerate(zip(rows, days), start=1):
        numbers[category] += 1
        case_no = _case_no(TOWN, category, numbers[category])
        filed = filed or day - dt.timedelta(days=rng.randint(0, 12))
        sheet.add(i, case_no, MATTERS[category], category, "新合镇人民政府", f"{filed:%Y.%m.%d}", f"{day:%Y.%m.%d}",
                  "已结案", note)  # fmt: skip
        cases.append({"case_no": case_no, "category": category, "decided_on": day})
    new_file = f"{TOWN}{YEAR}年行政执法案件登记台账（7-12月）.xlsx"
    built.books.append(Book(new_file, [sheet]))
    built.ledgers["enforcement"] = cases
    f = ("enforcement.cases", "enforcement.penalty", "enforcement.inspection", "enforcement.licensing",
         "enforcement.confirmation")  # fmt: skip
    built.quirk("former_township_title", files["新店乡"], "原新店乡", f,
                "撤并前原新店乡自己的台账：标题、表名、承办单位都写原乡名：是新合镇上半年的记录，不是别的乡镇的")  # fmt: skip
    built.quirk("document_prefix_of_former_township", files["合兴镇"], "原合兴镇", f,
                "文号前缀是原乡镇的（合兴镇综执罚〔2024〕1号），与新店乡、新合镇的 1号 不是同一案")  # fmt: skip
    built.quirk("open_case_handed_over", new_file, TOWN, f,
                "6月立案未结的案件在原台账里无决定日期（未结案（移交新合镇）），在新台账里以新文号作出决定：只计一次")  # fmt: skip


# --- 矛盾纠纷: one book, a sheet per former township and the new town's; 编号 from 1 in each ---------------------------

# The book the 综治中心 put together from the two townships' books at the merger (台账合并): named so.
DISPUTES_FILE = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账（合并）.xlsx"
STATUS = {"已化解": 8, "化解中": 1, "未化解": 0.4}
TYPES = ("邻里纠纷", "婚姻家庭纠纷", "山林土地纠纷", "房屋宅基地纠纷", "劳动争议")
DISPUTE_HEADER = ["编号", "排查日期", "村（社区）", "纠纷类型", "当事人", "化解情况", "化解日期", "责任人", "备注"]


def _dispute_sheet(name: str, title: str) -> Sheet:
    sheet = Sheet(name)
    sheet.title(title, len(DISPUTE_HEADER))
    sheet.header([DISPUTE_HEADER])
    return sheet


def carried_over_disputes(built: Built, rng: random.Random) -> None:
    records: list[dict] = []
    carried: list[tuple[str, int, dt.date, str, str, str]] = []
    sheets = []
    for town, n in (("新店乡", 27), ("合兴镇", 34)):
        sheet = _dispute_sheet(f"原{town}（1-6月）", f"原{town}{YEAR}年1-6月矛盾纠纷排查化解台账")
        days = _first_half(rng, n - 2) + [dt.date(YEAR, 6, 24), dt.date(YEAR, 6, 26 + (town == "合兴镇"))]
        for i, day in enumerate(days, start=1):
            village, kind, parties = (
                rng.choice(OLD_VILLAGES[town]),
                rng.choice(TYPES),
                f"{fake.name(rng)}、{fake.name(rng)}",
            )
            open_at_merger = i > n - 2
            status = "化解中" if open_at_merger else fake.pick(rng, STATUS)
            resolved = None if status != "已化解" else day + dt.timedelta(days=rng.randint(1, 9))
            if resolved and resolved > dt.date(YEAR, 6, 30):
                status, resolved = "化解中", None
                open_at_merger = True
            sheet.add(i, f"{day.month}月{day.day}日", village, kind, parties, status,
                      resolved and f"{resolved.month}月{resolved.day}日", fake.name(rng), None)  # fmt: skip
            if open_at_merger:
                carried.append((town, i, day, village, kind, parties))
            else:
                records.append({"screened_on": day, "status": status})
        sheets.append(sheet)
    new = _dispute_sheet(f"{TOWN}（7-12月）", f"{TOWN}{YEAR}年7-12月矛盾纠纷排查化解台账")
    number = 0
    for town, old_no, day, village, kind, parties in carried:
        number += 1
        status = "已化解" if number % 3 else "未化解"
        resolved = dt.date(YEAR, 7, 8 + number) if status == "已化解" else None
        # The new book writes the village by its new name, the old one in brackets where it changed.
        place = RENAMED[village] if RENAMED[village] == village else f"{RENAMED[village]}（原{village}）"
        new.add(number, f"{day.month}月{day.day}日", place, kind, parties, status,
                resolved and f"{resolved.month}月{resolved.day}日", fake.name(rng), f"原{town}第{old_no}号移交")  # fmt: skip
        records.append({"screened_on": day, "status": status})
    for day in _second_half(rng, 38):
        number += 1
        status = fake.pick(rng, STATUS)
        resolved = (
            None if status != "已化解" else min(day + dt.timedelta(days=rng.randint(1, 9)), dt.date(YEAR, 12, 31))
        )
        new.add(number, f"{day.month}月{day.day}日", rng.choice(NEW_VILLAGES), rng.choice(TYPES),
                f"{fake.name(rng)}、{fake.name(rng)}", status, resolved and f"{resolved.month}月{resolved.day}日",
                fake.name(rng), None)  # fmt: skip
        records.append({"screened_on": day, "status": status})
    built.books.append(Book(DISPUTES_FILE, [*sheets, new]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("former_township_sheets", DISPUTES_FILE, "原新店乡（1-6月）", f,
                "一本台账三张表：原新店乡、原合兴镇（1-6月）和新合镇（7-12月），标题各写各的乡镇名：全是本镇的记录")  # fmt: skip
    built.quirk("numbers_restart_per_former_township", DISPUTES_FILE, "原合兴镇（1-6月）", f,
                "两个原乡镇的编号都从1开始，编号相同的是不同的纠纷")  # fmt: skip
    built.quirk("open_dispute_carried_over_with_new_number", DISPUTES_FILE, f"{TOWN}（7-12月）", f,
                "6月下旬化解中的纠纷在新台账以新编号重录（备注 原新店乡第N号移交，村名改为新村名）：同一件，只计一次，按新台账的结果")  # fmt: skip
    built.quirk("book_named_merged", DISPUTES_FILE, "", f,
                "文件名写“（合并）”：是两本台账合并成一本，不是每条记录都“已合并”到别的记录")  # fmt: skip
    built.quirk(
        "village_renamed",
        DISPUTES_FILE,
        f"{TOWN}（7-12月）",
        f,
        "村并村改名：新店村、桥头村 → 新桥村；新台账写 新桥村（原桥头村）",
    )


# --- 信访: the county's summary by town, the former townships still as rows of their own ----------------------------

PETITIONS_FILE = f"{COUNTY}{YEAR}年信访事项分乡镇统计表.xlsx"
OTHER_TOWNS = ("城关镇", "石坝镇", "白马乡", "青龙镇")  # fictitious


def county_form_lists_former_townships(built: Built, rng: random.Random) -> None:
    sheet = Sheet("分乡镇统计")
    sheet.title(f"{COUNTY}{YEAR}年上级交办信访事项分乡镇统计表", 6)
    sheet.add("统计时段：2024年1月1日至12月31日", None, None, None, None, "单位：件")
    sheet.header([["序号", "乡镇", "交办件数", "已化解", "正在化解", "备注"]])
    rows = []
    names = (OTHER_TOWNS[0], f"原{FORMER[0]}", f"原{FORMER[1]}", TOWN, *OTHER_TOWNS[1:])
    for town in names:
        assigned = rng.randint(3, 9) if town.startswith("原") else rng.randint(6, 20)
        resolved = assigned - rng.randint(0, 2)
        note = "2024年1-6月（已撤并）" if town.startswith("原") else ("2024年7月1日设立" if town == TOWN else None)
        rows.append((town, assigned, resolved, assigned - resolved, note))
    for n, row in enumerate(rows, start=1):
        sheet.add(n, *row)
    sheet.add("合计", None, *(sum(r[i] for r in rows) for i in (1, 2, 3)), None)
    own = [r for r in rows if r[0] in (TOWN, *(f"原{t}" for t in FORMER))]
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = Stats({
        "petitions.assigned": sum(r[1] for r in own),
        "petitions.resolved": sum(r[2] for r in own),
        "petitions.in_progress": sum(r[3] for r in own),
    })  # fmt: skip
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("county_form_lists_former_townships", PETITIONS_FILE, "分乡镇统计", f,
                "县里的全年统计表仍把原新店乡、原合兴镇（1-6月）各列一行，新合镇（7-12月）一行：三行相加才是新合镇全年")  # fmt: skip


# --- 人民调解: the 司法所's register over the year, the former townships' 调委会 beside the new one ------------------

MEDIATION_FILE = f"{TOWN}司法所{YEAR}年人民调解案件登记台账.xlsx"
RESULTS = {"调解成功": 8, "调解不成功": 1}
RATES = {"口头": 50, "书面": 150}
MED_HEADER = [
    "序号",
    "卷宗号",
    "调解组织",
    "受理日期",
    "纠纷类型",
    "当事人",
    "调解结果",
    "协议形式",
    "补贴金额（元）",
    "备注",
]


def one_register_two_committees_mediation(built: Built, rng: random.Random) -> None:
    """The 司法所 kept one register; the first half-year's sheet lists both former townships' 调委会, each
    numbering its 卷宗号 from 1 under its own short name; a case still in mediation at the merger is entered again in
    the second half-year's sheet under the new 调委会's number with its result."""
    records: list[dict] = []
    first = Sheet("上半年")
    first.title(f"原新店乡、原合兴镇{YEAR}年上半年人民调解案件登记台账", len(MED_HEADER))
    first.header([MED_HEADER])
    carried = []
    row = 0
    for town, short, n in (("新店乡", "新店", 9), ("合兴镇", "合兴", 12)):
        days = _first_half(rng, n - 1) + [dt.date(YEAR, 6, 25)]
        for i, day in enumerate(days, start=1):
            row += 1
            file_no = f"（{YEAR}）{short}人调字第{i}号"
            parties = f"{fake.name(rng)}、{fake.name(rng)}"
            kind = rng.choice(TYPES)
            if i == n:  # still in mediation when the townships merged
                first.add(row, file_no, f"{town}人民调解委员会", f"{day:%Y-%m-%d}", kind, parties, "调解中", None, None,
                          "移交新合镇调委会")  # fmt: skip
                carried.append((town, file_no, day, kind, parties))
                continue
            result = fake.pick(rng, RESULTS)
            form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
            subsidy = RATES[form] if form else None
            first.add(row, file_no, f"{town}人民调解委员会", f"{day:%Y-%m-%d}", kind, parties, result, form, subsidy,
                      None)  # fmt: skip
            records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    second = Sheet("下半年")
    second.title(f"{TOWN}{YEAR}年下半年人民调解案件登记台账", len(MED_HEADER))
    second.header([MED_HEADER])
    n = 0
    for town, old_no, day, kind, parties in carried:
        n += 1
        file_no = f"（{YEAR}）新合人调字第{n}号"
        second.add(n, file_no, "新合镇人民调解委员会", f"{day:%Y-%m-%d}", kind, parties, "调解成功", "书面", RATES["书面"],
                   f"原{town}{old_no}移交")  # fmt: skip
        records.append({"file_no": old_no, "accepted_on": day, "result": "调解成功", "form": "书面", "subsidy": 150})
    for day in _second_half(rng, 16):
        n += 1
        file_no = f"（{YEAR}）新合人调字第{n}号"
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
        subsidy = RATES[form] if form else None
        second.add(n, file_no, "新合镇人民调解委员会", f"{day:%Y-%m-%d}", rng.choice(TYPES),
                   f"{fake.name(rng)}、{fake.name(rng)}", result, form, subsidy, None)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    built.books.append(Book(MEDIATION_FILE, [first, second]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("committees_of_former_townships", MEDIATION_FILE, "上半年", f,
                "上半年一张表里两个原乡镇的调委会各自从第1号编卷宗号（新店人调字、合兴人调字），标题写两个原乡镇名")  # fmt: skip
    built.quirk("open_case_handed_over", MEDIATION_FILE, "下半年", f,
                "6月下旬调解中的案件在下半年表里以新合人调字新号登记并调解成功：只计一次")  # fmt: skip
