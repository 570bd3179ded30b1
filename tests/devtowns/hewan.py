"""河湾镇（虚构）2024: the twenty-eighth development town, whose folder holds ledgers **compiled by or for the
county, with other towns' rows in them**, as the county's 综治中心, 司法局 and 信访局 send back a county-wide
register, a county book of one sheet per town, and a county summary by town.

A county-wide 矛盾纠纷 register whose 乡镇（街道） column names each row's town (this town written 河湾镇, 河湾 or
河湾镇人民政府, among seven other towns'); a county 人民调解 book with one sheet per town (this town's sheet named
河湾, the others after their towns); a county 信访 summary with a row per town (乡镇 | 交办件数 | 已化解 | 正在化解)
and a 合计 row; the town's own enforcement register (with a 村（社区） column: a village, not a town) and legal
counsel register, for contrast. The town's name is in its params (`town: 河湾镇`).

Truth decisions: only this town's rows are its records; another town's row is never one of them, whatever it
holds; the county summary states this town's figures in this town's row only (never the 合计); with the town's
name unknown or not found, a county table gives no figure of this town (null), never the county's."""

from __future__ import annotations

import random

from . import fake
from .books import Book, Sheet
from .town import COUNSEL_FIGURES, Built, plain_counsel_register
from .truth import Null, Stats

TOWN = "河湾镇"
YEAR = 2024
COUNTY = "清溪县"  # fictitious
GOV = "河湾镇人民政府"
# The town's params (params/<year>.yaml beside the project's, with these keys replaced): the harness writes them.
PARAMS = {"town": TOWN, "county": COUNTY}
VILLAGES = ("河湾社区", "柳滩村", "石门坎村", "青冈村")  # fictitious
# The other towns of the fictitious county, as the county's tables write them.
OTHERS = ("城关街道", "石桥镇", "龙口镇", "白沙镇", "柳林乡", "三岔镇", "马场镇")
OTHER_VILLAGES = ("新民村", "红岩村", "大坪村", "桥头社区", "沙湾村", "双龙村")  # fictitious
# How the county's staff wrote this town in the 乡镇（街道） column.
OWN_SPELLINGS = {TOWN: 5, "河湾": 3, GOV: 2}
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    county_register_disputes(built, rng)
    sheet_per_town_mediation(built, rng)
    county_summary_petitions(built, rng)
    village_column_enforcement(built, rng)
    own_register_counsel(built, rng)
    absent = ("disclosure", "security", "fraud_watch", "litigation", "normative_documents", "training")
    for kind in absent:
        built.ledgers[kind] = Null("河湾镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 矛盾纠纷: the county-wide register, a 乡镇（街道） column naming each row's town ----------------------------------

DISPUTES_FILE = f"{COUNTY}{YEAR}年矛盾纠纷排查化解台账（全县汇总）.xlsx"
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.6}
TYPES = ("邻里纠纷", "婚姻家庭纠纷", "山林土地纠纷", "损害赔偿纠纷")


def county_register_disputes(built: Built, rng: random.Random) -> None:
    sheet = Sheet("全县台账")
    sheet.title(f"{COUNTY}{YEAR}年矛盾纠纷排查化解工作台账（全县汇总）", 8)
    sheet.add(f"填报单位：{COUNTY}综治中心", None, None, None, None, "填报日期：2025年1月8日")
    sheet.header([["序号", "乡镇（街道）", "排查日期", "村（社区）", "纠纷类型", "化解情况", "包案责任人", "备注"]])
    rows, records = [], []
    towns = {TOWN: 34, **{t: rng.randint(12, 40) for t in OTHERS}}
    for town, n in towns.items():
        for day in fake.dates_in(rng, YEAR, n):
            status = fake.pick(rng, STATUS)
            written = fake.pick(rng, OWN_SPELLINGS) if town == TOWN else town
            village = rng.choice(VILLAGES if town == TOWN else OTHER_VILLAGES)
            rows.append((day, written, village, rng.choice(TYPES), status))
            if town == TOWN:
                records.append({"screened_on": day, "status": status})
    # The county's register is kept in date order: the towns' rows interleave.
    for n, (day, written, village, kind, status) in enumerate(sorted(rows, key=lambda r: r[0]), start=1):
        sheet.add(n, written, day, village, kind, status, fake.name(rng), None)
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("county_register_town_column", DISPUTES_FILE, "全县台账", f,
                "全县汇总台账：乡镇（街道）列写每行所属乡镇，本镇 34 行夹在另外 7 个乡镇的行中：只有本镇的行是本镇的记录")  # fmt: skip
    built.quirk("town_written_three_ways", DISPUTES_FILE, "全县台账", f,
                "本镇写作 河湾镇、河湾 或 河湾镇人民政府：都是本镇")  # fmt: skip


# --- 人民调解: the county book, one sheet per town ---------------------------------------------------------------------

MEDIATION_FILE = f"{COUNTY}{YEAR}年人民调解案件登记台账（分乡镇）.xlsx"
RESULTS = {"调解成功": 8, "调解不成功": 1, "终止调解": 0.6}
RATES = {"口头": 100, "书面": 200}
OWN_SHEET = "河湾"


def _mediation_sheet(name: str, town: str, rng: random.Random, n: int, records: list | None) -> Sheet:
    sheet = Sheet(name)
    sheet.title(f"{town}{YEAR}年人民调解案件登记台账", 7)
    sheet.header([["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"]])
    for i, day in enumerate(fake.dates_in(rng, YEAR, n), start=1):
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
        subsidy = RATES[form] if form else None
        file_no = f"（{YEAR}）{town[:2]}人调字第{i}号"
        sheet.add(i, file_no, day, rng.choice(TYPES), result, form, subsidy)
        if records is not None:
            records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    return sheet


def sheet_per_town_mediation(built: Built, rng: random.Random) -> None:
    records: list[dict] = []
    sheets = []
    for town in OTHERS[:3]:
        sheets.append(_mediation_sheet(town, town, rng, rng.randint(15, 30), None))
    sheets.append(_mediation_sheet(OWN_SHEET, TOWN, rng, 23, records))
    for town in OTHERS[3:6]:
        sheets.append(_mediation_sheet(town, town, rng, rng.randint(15, 30), None))
    built.books.append(Book(MEDIATION_FILE, sheets))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("sheet_per_town", MEDIATION_FILE, OWN_SHEET, f,
                "全县一本、每乡镇一张表：本镇的表名 河湾（简称），其余表名是别的乡镇：只有本镇那张是本镇的记录")  # fmt: skip


# --- 信访: the county summary, a row per town -------------------------------------------------------------------------

PETITIONS_FILE = f"{COUNTY}{YEAR}年信访事项分乡镇统计表.xlsx"


def county_summary_petitions(built: Built, rng: random.Random) -> None:
    sheet = Sheet("分乡镇统计")
    sheet.title(f"{COUNTY}{YEAR}年信访事项分乡镇统计表", 5)
    sheet.add("统计时段：2024年1月1日至12月31日", None, None, "单位：件")
    sheet.header([["序号", "乡镇", "交办件数", "已化解", "正在化解"]])
    rows = []
    for town in (OTHERS[0], OTHERS[1], TOWN, *OTHERS[2:]):
        assigned = rng.randint(6, 25)
        resolved = assigned - rng.randint(0, 3)
        rows.append((town, assigned, resolved, assigned - resolved))
    for n, (town, assigned, resolved, pending) in enumerate(rows, start=1):
        sheet.add(n, town, assigned, resolved, pending)
    sheet.add("合计", None, *(sum(r[i] for r in rows) for i in (1, 2, 3)))
    own = next(r for r in rows if r[0] == TOWN)
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = Stats(
        {"petitions.assigned": own[1], "petitions.resolved": own[2], "petitions.in_progress": own[3]}
    )
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("county_summary_by_town", PETITIONS_FILE, "分乡镇统计", f,
                "全县分乡镇统计表：每乡镇一行，末行合计：本镇的数只在本镇那一行，合计是全县的")  # fmt: skip


# --- 行政执法: the town's own register with a 村（社区） column, for contrast -----------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年行政执法案件登记台账.xlsx"
CATEGORIES = {"行政检查": 6, "行政处罚": 3, "行政许可": 2}


def village_column_enforcement(built: Built, rng: random.Random) -> None:
    sheet = Sheet("执法台账")
    sheet.title(f"{TOWN}{YEAR}年行政执法案件登记台账", 6)
    sheet.header([["序号", "案件编号", "执法类别", "村（社区）", "作出决定日期", "承办人"]])
    cases = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 21), start=1):
        category = fake.pick(rng, CATEGORIES)
        case_no = f"河执〔{YEAR}〕{n}号"
        sheet.add(n, case_no, category, rng.choice(VILLAGES), day, fake.name(rng))
        cases.append({"case_no": case_no, "category": category, "decided_on": day})
    built.books.append(Book(ENFORCEMENT_FILE, [sheet]))
    built.ledgers["enforcement"] = cases
    f = ("enforcement.cases", "enforcement.inspection", "enforcement.penalty", "enforcement.licensing")
    built.quirk("village_column_not_town", ENFORCEMENT_FILE, "执法台账", f,
                "本镇自己的台账：村（社区）列写的是村，不是乡镇：每行都是本镇的")  # fmt: skip


# --- 法律顾问: the town's own register, for contrast ---------------------------------------------------------------------


def own_register_counsel(built: Built, rng: random.Random) -> None:
    counsel = plain_counsel_register(built, rng, TOWN, YEAR, VILLAGES, 22)
    f = COUNSEL_FIGURES
    built.quirk("own_register_for_contrast", counsel, "服务台账", f, "本镇自己记的台账：没有乡镇列，每行都是本镇的")
